"""holdout264, part A: 范文 sites, 文库 previews, county portals, news portals and
forums. Every case written by hand; the objects are small wine cups (酒盅), oil cans
(油壶), spittoons (痰盂), chopstick holders (筷笼) and kerosene stoves (煤油炉). Invented
text, places, people, sites, URLs and phones; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="fanwen-chuanbi-speech-wine-cup-banquet",
        site="椽笔范文苑 (invented, gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.chuanbi365.cn/jianghua/xiangfeng/2024/0423/11726.html",
        title="县委副书记在全县“小酒盅·文明宴”推广会上的讲话",
        record_title="【乡风文明】县委副书记在全县“小酒盅·文明宴”推广会上的讲话（精编可改）_椽笔范文苑",
        date="2024-04-18",
        date_also=["2024-04-23"],
        notes="old gb2312 table page: marquee, 阅读设置 row, floating ghost-writer QQ box, visitor counter; date under the speech title, the page's posting date also accepted; speaker line neutral; a ghost-writer WeChat glued after a sentence, a login-to-unfold line between paragraphs",
        page="""
<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【乡风文明】县委副书记在全县“小酒盅·文明宴”推广会上的讲话（精编可改）_椽笔范文苑</title>
<meta name="keywords" content="小酒盅,文明宴,移风易俗,讲话稿">
<link href="/skin/cb/style.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/qqkefu.js"></script>
</head>
<body topmargin="0" leftmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="300"><img src="/skin/cb/logo.gif" alt="">⟦m 椽笔范文苑⟧</td><td>⟦m 一管椽笔，千篇公文⟧</td><td align="right">⟦a <a href="/user/login.asp">会员登录</a> | <a href="/user/reg.asp">注册新会员</a>⟧</td></tr>
<tr><td colspan="3" class="nav">⟦m <a href="/">网站首页</a> <a href="/jianghua/">讲话致辞</a> <a href="/zongjie/">总结汇报</a> <a href="/xinde/">心得体会</a> <a href="/jihua/">计划方案</a> <a href="/hetong/">合同范本</a>⟧</td></tr>
<tr><td colspan="3"><marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">⟦l 最新上传：村级红白理事会章程范本　婚事新办倡议书　乡镇移风易俗工作汇报⟧</marquee></td></tr>
</table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="700" valign="top">
<div class="weizhi">⟦m 您的位置：<a href="/">椽笔范文苑</a> &gt;&gt; <a href="/jianghua/">讲话致辞</a> &gt;&gt; 乡风文明讲话⟧</div>
<h1 class="title">{T}</h1>
<div class="info">⟦m 发布：2024-04-23　来源：会员投稿　人气：2196⟧</div>
<div class="yuedu">⟦a 【阅读设置：字号 大 中 小 ｜ 护眼底色 ｜ 自动滚屏】⟧</div>
<div class="content">
<p align="center">（2024年4月18日）</p>
<p align="center">醑川县委副书记　陆承远</p>
{BODY}
</div>
<div class="down">⟦a 【下载本文Word版】　【加入我的文件夹】　【发给同事】⟧</div>
<div class="prenext">⟦l 上一篇：在全镇红白理事会换届大会上的讲话⟧<br>⟦l 下一篇：村党支部书记在婚事新办座谈会上的发言⟧</div>
</td>
<td width="250" valign="top" class="side">
<div class="box"><h3>⟦l 讲话致辞·点击榜⟧</h3>
<ul><li>⟦l 乡镇长在春季森林防火会上的讲话⟧</li><li>⟦l 在全县文明村镇创建推进会上的讲话⟧</li><li>⟦l 红白理事会会长表态发言（3篇）⟧</li></ul></div>
</td></tr></table>
<table width="960" border="0" align="center" class="foot">
<tr><td align="center">⟦d 本苑文章均由会员上传，仅供写作参考，转载请注明出处，侵权即删。⟧</td></tr>
<tr><td align="center">⟦m Copyright 2009-2024 chuanbi365.cn 椽笔范文苑 湘ICP备09031876号⟧</td></tr>
<tr><td align="center">⟦m 本页已被浏览 3861 次⟧</td></tr>
</table>
<div id="qqfloat" style="position:fixed;right:8px;top:240px">⟦w 写手在线QQ：2870416653 点我咨询⟧</div>
<script>qqkefu.init("qqfloat");</script>
</body></html>
""",
        body="""
同志们：
今天我们在这里召开全县“小酒盅·文明宴”推广会，目的是把近两年在煨塘、焐口两镇试点的好做法推向全县。刚才，两位镇党委书记介绍了经验，县文明办通报了试点情况，我都同意。⟦w 代拟讲话稿请加微信：cbfw_2024⟧
下面，我讲三点意见。
一、小酒盅里有大文章。过去办酒席，大碗斟酒、轮番劝酒，一桌下来喝倒好几个，既伤身体又伤和气。试点以来，两镇238场宴席统一换用容量一钱的小酒盅，人均饮酒量下降了六成，因劝酒引发的纠纷一起也没有发生。
⟦a ……剩余内容已折叠，登录会员即可展开……⟧
二、推广要靠群众自愿。各乡镇要把“小酒盅”写进村规民约，由红白理事会上门宣传，不搞一刀切，不强行收缴村民家里的大酒碗。
三、干部要带头。党员干部操办婚丧事宜，一律使用小酒盅，不劝酒、不拼酒，主动接受群众监督。
同志们，移风易俗贵在坚持。希望大家从一只小酒盅做起，让文明宴席在全县蔚然成风。
""",
    ),
    dict(
        slug="fanwen-moqi-contract-template-chopstick-holders",
        site="墨畦范文网 (invented)",
        style="范文站",
        genre="合同范本",
        kind="other",
        form="text",
        source="https://www.moqi99.com/hetong/caigou/60417.html",
        title="竹制沥水筷笼采购合同（范本）",
        record_title="竹制沥水筷笼采购合同（范本）〔Word可填写〕 - 墨畦范文网",
        date=None,
        notes="a purchase-contract template with ×× placeholders, ＿＿ blanks and ＿＿年＿＿月＿＿日; 第N条 articles; an update stamp is no date; a contract-review QQ glued after a sentence, an unfold line between articles",
        page="""
!m 墨畦范文网　|　合同协议　|　采购合同
!m 位置：墨畦范文网 ＞ 合同协议 ＞ 采购合同 ＞ 正文
!t 竹制沥水筷笼采购合同（范本）〔Word可填写〕
!m 更新于 2024-06-02　｜　浏览 1209　｜　收录编号 MQ-60417
!a 〖复制全文〗〖存为Word〗〖收进我的文件夹〗
{BODY}
!a 本合同共2页，开通畦友会员后可下载可编辑原稿。
!l 同类合同：食堂餐具采购合同范本　｜　竹木制品购销合同　｜　学校食材配送协议
!l 上一份：不锈钢餐盘采购合同　　下一份：消毒柜买卖合同（简版）
!d 温馨声明：范本仅供参考，签订前请结合实际并咨询专业律师，本网不承担因使用范本产生的任何责任。
!m 墨畦范文网 moqi99.com　客服邮箱：kefu@moqi99.com　苏ICP备20017452号-3
""",
        indent="\u3000\u3000",
        body="""
甲方（采购方）：××县××学校食堂
乙方（供货方）：××竹木制品有限公司
根据《中华人民共和国民法典》及有关规定，甲乙双方经协商一致，就甲方向乙方采购竹制沥水筷笼事宜订立本合同。
第一条　甲方向乙方采购竹制沥水筷笼＿＿个，单价＿＿元，合同总价人民币＿＿元（大写：＿＿＿＿）。
第二条　筷笼须采用当年生毛竹制作，底部设沥水孔，不得使用胶水拼接，不得刷漆上色；每批货随附检测报告。
第三条　乙方应于＿＿年＿＿月＿＿日前将货物送至甲方指定地点，运费由乙方承担。
⟦a ▽ 点此展开第四条至第六条 ▽⟧
第四条　甲方收货后七日内验收，发现霉斑、开裂、毛刺的，乙方应在三日内无条件调换。⟦w 合同代审代拟，QQ 3317250846⟧
第五条　验收合格后十五日内，甲方一次性支付货款。
第六条　本合同一式两份，甲乙双方各执一份，自双方签字盖章之日起生效。
甲方（盖章）：　　　　　　乙方（盖章）：
签订日期：＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="wenku-juanzhi-research-kerosene-stoves-markers",
        site="卷帙文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.juanzhiwk.com/view/8d41c07a2f95.html",
        title="关于燔岭县高山村落煤油炉使用情况的调研报告",
        record_title="关于燔岭县高山村落煤油炉使用情况的调研报告.pdf",
        date="2023-11-20",
        notes="a 文库 reader: viewer toolbar, page-marker paragraphs ⚶ n ⚶ between the halves of cut paragraphs, a monthly-card lock between paragraphs, a coin pay box; file-name record title; 成文日期 under the signature",
        page="""
<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>关于燔岭县高山村落煤油炉使用情况的调研报告.pdf - 卷帙文库</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<link rel="stylesheet" href="https://static.juanzhiwk.com/reader/v5/reader.css">
<script src="https://static.juanzhiwk.com/reader/v5/reader.js" defer></script>
</head><body>
<header class="jz-head"><a class="logo" href="/">⟦m 卷帙文库⟧</a><nav>⟦m <a href="/c/gongwen">公文写作</a> <a href="/c/report">调研报告</a> <a href="/c/edu">教育资料</a>⟧</nav><a class="login" href="/passport">⟦a 登录 / 注册领取新人书券⟧</a></header>
<main class="jz-main">
<h1 class="doc-title">{T}</h1>
<div class="doc-meta">⟦m 上传者：山居客　｜　4页　｜　阅读 1870　｜　评分 4.6⟧</div>
<div class="viewer-bar">⟦a 适应页宽　放大　缩小　全屏阅读　⇩ 下载⟧</div>
<div class="doc-body">
{BODY}
</div>
<div class="pay-box">⟦a 本文档需付费：12卷帙币　立即购买　／　开通月卡畅读⟧</div>
<section class="jz-rel"><h3>⟦l 读了这篇的人还读了⟧</h3>
<ul><li>⟦l 农村冬季取暖安全情况调研（2篇）⟧</li><li>⟦l 独居老人居家安全隐患排查报告⟧</li></ul></section>
</main>
<footer class="jz-foot"><p>⟦d 文档内容由用户上传，卷帙文库仅提供存储与展示，如有侵权请提交申诉。⟧</p><p>⟦m © 卷帙文库 juanzhiwk.com　浙ICP备21044096号⟧</p></footer>
</body></html>
""",
        p_html='<p class="pg-line">{}</p>',
        pages=dict(fmt="⚶ {n} ⚶", every=130, start=2),
        body="""
今年10月，县应急管理局会同县能源办组成调研组，走访了篝湾镇、醍水镇海拔800米以上的14个自然村，入户察看炊事取暖器具，重点了解煤油炉的使用情况。现将调研情况报告如下。
一、基本情况。14个自然村常住126户，仍在使用煤油炉的有41户，其中独居老人户29户。这些农户大多用煤油炉烧水、热饭，冬季夜间还用来烘手取暖。
⟦a 试读至此，开通卷帙月卡即可阅读全文⟧
二、主要问题。一是储油不规范，37户把煤油装在饮料瓶里，放在灶台边；二是炉具老旧，有19台炉子油箱锈蚀渗油；三是室内通风差，部分老人关窗睡觉时仍让炉火燃着。
三、几点建议。一是由乡镇牵头，为独居老人户免费更换电热水壶和电暖器；二是对仍需使用煤油炉的农户，统一发放带盖金属油桶，并上门讲解安全知识；三是把煤油炉纳入冬季防火入户检查清单。
燔岭县应急管理局调研组
2023年11月20日
""",
    ),
    dict(
        slug="wenku-qingwu-plan-oil-cans-wrapped-markers",
        site="青芜文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://wk.qingwu.net/p/2024031155820.html",
        title="醍水镇“控油壶进万家”健康促进行动实施方案",
        record_title="【健康促进】醍水镇“控油壶进万家”健康促进行动实施方案（完整版）- 青芜文库",
        date="2024-03-05",
        notes="a 文库 text hard-wrapped at 60 columns and cut by ✴n✴ markers glued to the continuation lines; numbered steps; 成文日期 in Chinese numerals; a preview-end line and coin price under the text",
        page="""
!m 青芜文库 · 海量文档免费看
!m 文库首页 / 公文范文 / 实施方案
!t 【健康促进】醍水镇“控油壶进万家”健康促进行动实施方案（完整版）
!m 贡献者：芜野　　共3页　　1036人看过　　上传于2024-03-11
!a ☆收藏　↓下载　⎘分享给好友
{BODY}
!a 试看已到最后一页，余下内容下载后可见
!a 下载本文需 6 芜币（会员8折）
!l 相似文档：控油限盐健康行动方案｜家庭健康生活方式推广方案｜减盐减油宣传活动总结
!d 版权提示：本文档由用户提供并上传，收益归属内容提供方，若内容存在侵权，请联系平台删除。
""",
        wrap=60,
        indent="\u3000\u3000",
        pages=dict(fmt="✴{n}✴", every=120, start=2, glue=True),
        body="""
为落实全民健康生活方式行动，减少居民烹调用油，镇政府决定在全镇开展“控油壶进万家”健康促进行动。现制定方案如下。
一、目标任务。2024年内向全镇3860户常住家庭每户免费发放带刻度控油壶一只，居民人均每日烹调油摄入量力争降到30克以下。
二、实施步骤。
1.宣传发动（3月）：各村利用广播、宣传栏讲解多油饮食的危害。
2.发放登记（4月至5月）：以村民小组为单位发放，逐户登记签收。
3.入户指导（6月至9月）：村医结合随访，教居民看刻度、控油量。
4.总结评估（10月）：抽查200户，比较发放前后用油量变化。
三、保障措施。所需经费从基本公共卫生服务项目中列支，镇卫生院负责技术指导，各村明确一名联络员。
醍水镇人民政府
二〇二四年三月五日
""",
    ),
    dict(
        slug="gov-zunshan-notice-oil-cans-salt-spoons",
        site="罇山县人民政府网 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.zunshan.gov.cn/zwgk/tzgg/202405/t20240516_318842.html",
        title="关于发放控油壶和限盐勺的通知",
        record_title="关于发放控油壶和限盐勺的通知｜卫健信息｜罇山县人民政府网",
        date="2024-05-13",
        date_also=["2024-05-16"],
        notes="county portal: 长者模式/读屏 links, 索引号 table with an unmarked 文号 cell, a 12345 line and a 纠错 link beside the notice's own 联系人/电话/邮箱; 附件 list, 抄送 and 印发 lines; the portal's 发布日期 differs from the 成文日期",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>关于发放控油壶和限盐勺的通知｜卫健信息｜罇山县人民政府网</title>
<meta name="SiteName" content="罇山县人民政府网">
<meta name="ColumnName" content="卫健信息">
<script src="/js/jquery.min.js"></script>
<script src="/js/zwgk.js"></script>
</head><body>
<div class="topbar">⟦a <a href="javascript:;">长者模式</a>　<a href="javascript:;">读屏辅助</a>　<a href="/big5/">正體</a>⟧　<span class="wx">⟦a 罇山发布微信⟧</span></div>
<div class="banner">⟦m 罇山县人民政府网⟧<span class="slogan">⟦m 山水罇山 · 宜居宜业⟧</span></div>
<ul class="mainnav"><li>⟦m 首页⟧</li><li>⟦m 走进罇山⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 办事服务⟧</li><li>⟦m 互动交流⟧</li></ul>
<div class="crumbs">⟦m 当前所在：首页 ＞ 政务公开 ＞ 部门信息 ＞ 卫健信息⟧</div>
<table class="xxgk-table">
<tr><td>⟦m 索引号：11361127MB1732046R/2024-00582⟧</td><td>⟦m 发布机构：罇山县卫生健康局⟧</td></tr>
<tr><td>⟦m 发文日期：2024-05-13⟧</td><td>罇卫健字〔2024〕17号</td></tr>
<tr><td>⟦m 主题分类：卫生、体育⟧</td><td>⟦m 有效性：有效⟧</td></tr>
</table>
<div class="art">
<h2>{T}</h2>
<div class="art-info">⟦m 发布日期：2024-05-16 10:42　来源：县卫生健康局　访问量：[ 663 ]⟧　⟦a 〔字体：大｜中｜小〕⟧</div>
<div class="art-con">
{BODY}
</div>
<div class="art-fj">⟦a 附件下载：分配表.xlsx　签收表.docx⟧</div>
<div class="art-tool">⟦a 【收藏本页】【打印正文】【关闭页面】⟧</div>
<div class="share">⟦l 分享至：微信 微博 QQ空间⟧</div>
</div>
<div class="related"><h4>⟦l 相关信息⟧</h4><ul><li>⟦l 罇山县全民健康生活方式行动工作方案⟧</li><li>⟦l 县疾控中心开展“减盐减油”进社区活动⟧</li></ul></div>
<div class="footer">
<p>⟦m 主办：罇山县人民政府办公室　承办：罇山县政务数据服务中心⟧</p>
<p>⟦m 政务服务便民热线：12345　<a href="/jiucuo/">网页纠错</a>⟧</p>
<p>⟦m 赣ICP备05004721号　赣公网安备36112702000118号　网站标识码3611270009⟧</p>
</div>
</body></html>
""",
        body="""
各乡镇卫生院、社区卫生服务中心：
为推进减盐减油行动，县卫生健康局采购了一批带刻度控油壶和2克限盐勺，现将发放有关事项通知如下。
一、发放对象：辖区内已建档的高血压、糖尿病患者家庭，每户控油壶一只、限盐勺一把。
二、发放数量：各单位分配数量见附件1，请于5月24日前到县疾控中心仓库领取。
三、有关要求：发放时要讲清使用方法，填写签收表（附件2），6月10日前将签收表扫描件报送县卫生健康局疾控股。
联系人：郑茹，联系电话：0793-6215047，邮箱：jkgs_zs@163.com。
附件：1.控油壶限盐勺分配表
2.发放签收表
罇山县卫生健康局
2024年5月13日
抄送：县疾控中心。
罇山县卫生健康局办公室　2024年5月13日印发
""",
    ),
    dict(
        slug="gov-danhu-notice-kerosene-stoves-markets-wrapped",
        site="酾江市甔湖区人民政府门户网站 (invented)",
        style="政府门户",
        genre="通告",
        kind="notice",
        form="text",
        source="http://www.danhu.shijiang.gov.cn/xxgk/gggs/202312/t20231204_77105.html",
        title="关于禁止在集贸市场使用煤油炉等明火炉具的通告",
        date="2023-12-01",
        notes="record title as is; a district portal's 通告 hard-wrapped at 56 columns; two issuers and 成文日期; a 12345 line and a 纠错 line under the text; the portal's 发布时间 (a later day) also accepted",
        date_also=["2023-12-04"],
        page="""
!m 酾江市甔湖区人民政府门户网站
!a 无障碍浏览　|　老年模式　|　English
!m 首页 > 信息公开 > 公告公示
{T}
!m 发布时间：2023-12-04　信息来源：区消防救援大队　浏览次数：418
!a 字号：【大】【中】【小】　　【打印】　　【关闭】
{BODY}
!l 【上一条】甔湖区2023年冬春火灾防控工作方案
!l 【下一条】关于蔌溪农贸市场临时改造期间交通组织的通告
!m 甔湖区人民政府办公室主办　　网站纠错：0756-3300718
!m 12345政务服务热线　　粤ICP备13041872号-1
""",
        wrap=56,
        indent="\u3000\u3000",
        body="""
为消除集贸市场火灾隐患，保障群众生命财产安全，根据《中华人民共和国消防法》等规定，现就有关事项通告如下：
一、自2023年12月10日起，辖区各集贸市场内的摊位、门店一律不得使用煤油炉、酒精炉等明火炉具加热食品或取暖。
二、市场开办者应当逐摊检查，发现使用煤油炉的，立即劝止并登记，拒不整改的报告属地消防救援站。
三、经营户确需加热食品的，应使用带过热保护的电器，并与可燃物保持安全距离。
四、对违反本通告的行为，由消防救援机构依法查处。
特此通告。
酾江市甔湖区消防救援大队
酾江市甔湖区市场监督管理局
2023年12月1日
""",
    ),
    dict(
        slug="news-shijiang-news-bamboo-chopstick-holders",
        site="酾江新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.sjnews.com.cn/xw/xq/2024-05/21/content_4417826.html",
        title="煨塘镇竹编筷笼走进城市超市",
        record_title="煨塘镇竹编筷笼走进城市超市 - 县区新闻 - 酾江新闻网",
        record_date="2024-05-21",
        date="2024-05-21",
        notes="a city news portal: app prompt, listen button, photo caption between paragraphs, an editor/reviewer line glued after the last sentence, a 24-hour list; record date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>煨塘镇竹编筷笼走进城市超市 - 县区新闻 - 酾江新闻网</title>
<meta name="description" content="煨塘镇竹编合作社的沥水筷笼走进市区12家连锁超市">
<script async src="https://ad.sjnews.com.cn/slot.js"></script>
</head><body>
<div class="sj-top">⟦m 酾江新闻网⟧　⟦m 酾江日报社主办⟧　<a href="/app">⟦a 下载酾江新闻客户端，看更多本地新闻⟧</a></div>
<nav class="sj-nav">⟦m 首页　时政　县区　民生　财经　文旅　视频⟧</nav>
<div class="sj-crumb">⟦m 首页 > 县区新闻 > 正文⟧</div>
<article>
<h1>{T}</h1>
<div class="byline">⟦m 2024-05-21 07:58　来源：酾江日报⟧　<span class="listen">⟦a ▶ 听新闻⟧</span></div>
<div class="text">
{BODY}
</div>
<div class="sj-share">⟦l 转发到：朋友圈 微博 复制链接⟧</div>
</article>
<aside class="sj-hot"><h3>⟦l 24小时热读⟧</h3><ol>
<li>⟦l 市区今夏新增6处口袋公园⟧</li><li>⟦l 醑川县焐口镇端午龙舟赛报名开启⟧</li><li>⟦l 甔湖区12条背街小巷完成提升改造⟧</li></ol></aside>
<footer><p>⟦d 本网原创稿件，未经授权不得转载、摘编。⟧</p><p>⟦m 互联网新闻信息服务许可证：36120170009　违法和不良信息举报：0756-3201100⟧</p></footer>
</body></html>
""",
        body="""
本报讯（记者 邝晓岚 通讯员 钟予）5月的一个清晨，醑川县煨塘镇竹编合作社的仓库里，2000只沥水筷笼正在装箱，它们将被送进市区的12家连锁超市。
煨塘镇盛产毛竹，过去村民编的多是竹篮、簸箕，销路越来越窄。去年，合作社请来市职业技术学院的老师，按照“底部留缝、侧面镂空、可挂可立”的思路重新设计筷笼，解决了筷子底部积水发霉的老问题。
⟦m 图为煨塘镇村民在编织沥水筷笼。邝晓岚 摄⟧
“一只筷笼卖十八元，编一只要四十分钟，手快的老人一天能挣一百多元。”合作社负责人冯德旺说，目前合作社已吸纳62名村民在家编织。
据了解，今年1至4月，合作社筷笼销售额已达31万元。⟦m （编辑：蓝蔚　审核：严启）⟧
""",
    ),
    dict(
        slug="news-shijiang-evening-station-spittoons-no-title",
        site="酾江晚报网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.sjwb.cn/shehui/20240312/103377.shtml",
        title="酾江火车站候车室撤下最后一批痰盂",
        record_title=None,
        date="2024-03-12",
        notes="no record title: the title line on the page; an app prompt glued before the lead's first words; 发布时间 byline taken as the date; a photo credit line and a reporter line between paragraphs",
        page="""
!m 酾江晚报网　｜　城事　民生　文体　评论
!m 当前位置：首页 » 城事 » 正文
{T}
!m 发布时间：2024-03-12 09:15　　来源：酾江晚报　　作者：谈蕾
!a 分享　｜　收藏　｜　A+ A-
{BODY}
!l 相关报道：市博物馆征集“城市卫生变迁”老物件　｜　春运期间火车站日均旅客超3万人次
!l 网友评论（12）　我来说两句
!d 酾江晚报网版权所有，转载须注明出处并保留作者署名。
!m 新闻热线：0756-3208866　　广告合作：0756-3208800
""",
        indent="\u3000\u3000",
        body="""
⟦a 打开酾江晚报APP，阅读体验更佳⟧近日，酾江火车站候车室里的最后18个搪瓷痰盂被撤下，取而代之的是带脚踏盖的分类垃圾桶和壁挂式纸巾盒。
“这些痰盂用了二十多年，每天要倒三次、刷三次。”车站保洁班班长鲁秀珍说，最多的时候，候车室里摆着60多个痰盂，一到春运，刷痰盂是保洁员最累的活。
⟦m 【图】候车室内新设的脚踏式垃圾桶　谈蕾 摄⟧
车站客运主任包云峰介绍，近年来旅客随地吐痰的现象明显减少，痰盂使用率很低，反而容易滋生细菌、散发异味。
撤下的痰盂中，有3个品相较好的将捐给市博物馆，作为城市卫生变迁的见证。
""",
    ),
    dict(
        slug="forum-shiyi-kerosene-stove-restore-jammer",
        site="拾遗论坛 (invented, Discuz-like)",
        style="论坛",
        genre="论坛帖子",
        kind="other",
        form="html",
        source="https://bbs.shiyi-lwj.com/thread-301772-1-1.html",
        title="翻出一台七十年代的煤油炉，拆洗后居然能点着",
        record_title="[修复记] 翻出一台七十年代的煤油炉，拆洗后居然能点着 - 老物件修复 - 拾遗论坛",
        date=None,
        notes="Discuz-like forum: jammer fonts inside the post, medals, rating row, signature, reply box; 发表于 3 天前 is no date; board and site suffix and a [修复记] prefix in the record title",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>[修复记] 翻出一台七十年代的煤油炉，拆洗后居然能点着 - 老物件修复 - 拾遗论坛</title>
<style>.jammer{color:#fff;font-size:0px}</style>
<script src="static/js/common.js?Z9k"></script>
</head><body>
<div id="toptb">⟦m 拾遗论坛⟧　⟦a <a>登录</a> <a>立即注册</a> <a>找回密码</a>⟧</div>
<div id="pt">⟦m 拾遗论坛 › 老物件 › 老物件修复 › 查看帖子⟧</div>
<div class="ts"><span>⟦m [修复记]⟧</span> <h1 id="thread_subject">{T}</h1></div>
<table class="plhin"><tr>
<td class="pls"><div class="pi">⟦m 铁皮老王⟧</div><div>⟦m 帖子 682　精华 3　积分 4417⟧</div><div class="md">⟦m 勋章：修复达人 · 老物件守护者⟧</div></td>
<td class="plc"><div class="pti">⟦m 发表于 3 天前 | 只看此人⟧</div>
<div class="t_fsz" id="postmessage_5520931">
{BODY}
</div>
<div class="rate">⟦l 参与评分 3　|　收藏 +1　鲜花 +2⟧</div>
<div class="sign">⟦m 签名：旧物不言，修好了就会说话。⟧</div>
<div class="po">⟦a 回复　引用　举报　只看楼主⟧</div>
</td></tr></table>
<div class="pgb">⟦l 上一主题 ‹ 老式手摇电话机换线圈记　　下一主题 › 搪瓷脸盆补瓷的土办法⟧</div>
<div id="f_pst">⟦a 登录后方可回帖，还没有账号？立即注册⟧</div>
<div id="ft">⟦m 拾遗论坛 · 旧物新生　( 冀ICP备18022715号 )⟧　⟦m GMT+8, 2024-11-06 22:04⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
上个月帮老家拆旧屋，在阁楼角落翻出一台煤油炉，铭牌上还能看清“向阳牌”三个字和“1976”的钢印。
拆开一看，油箱里的煤油早干了，灯芯结成了硬壳。我先用煤油把油箱里外洗了三遍，又把锈住的调芯齿轮泡在松动剂里一整夜，第二天才拧得动。
灯芯是在五金店买的棉芯，剪成原来的宽度，穿进芯管后留出五毫米。
装好以后倒了半瓶煤油，等灯芯吸透十分钟再点火。火苗一开始是黄的，调低一点就变成了蓝火。
提醒想修煤油炉的朋友：一定在室外试火，旁边放灭火毯，千万别在屋里试。
""",
    ),
    dict(
        slug="forum-guwan-wine-cups-collection-junk",
        site="古玩时光论坛 (invented)",
        style="论坛",
        genre="论坛帖子",
        kind="other",
        form="text",
        source="https://www.guwansg.com/bbs/read-88120.html",
        title="我的十二只民窑青花小酒盅",
        record_title="【晒藏品】我的十二只民窑青花小酒盅（多图慎入） - 瓷杂天地 - 古玩时光论坛",
        date=None,
        notes="a collectors' forum text with junk lines and junk glued after sentences; 发表于 昨天 is no date; replies, a reward row and a board footer",
        page="""
!m 古玩时光论坛 » 瓷杂天地 » 浏览帖子
!m 本版今日：37　主题：5216　排名：6
!t 【晒藏品】我的十二只民窑青花小酒盅（多图慎入）
!m 楼主：醑川老瓷　　发表于 昨天 21:40　　查看 903　回复 27
{BODY}
!l 打赏 2 人　|　好帖 +15
!l 2#　青花迷途：第三只缠枝莲的画工真好，眼馋
!l 3#　窑口探幽：玉堂款的那两只能上个底足特写吗？
!a 快速回帖　（文明发言，禁止广告）
!m 古玩时光论坛 Powered by PHPWind
""",
        junk=dict(lines=2, glued=3),
        body="""
玩瓷杂十几年，最喜欢的还是小酒盅，个头小、不占地方，价钱也还能接受。今天把压箱底的十二只青花小酒盅拿出来晒晒。
这批酒盅口径都在五厘米上下，容量大约半两，是从醑川、酹溪一带乡下收来的，大多是清末民初的民窑货，画工粗放，有缠枝莲、寿字、鱼藻几种纹样。
其中两只底足有“玉堂”款，是我最得意的；还有一只口沿有冲线，当时贪便宜收的，现在看来也算交了学费。
收小酒盅要注意三点：一看胎，民窑胎质偏粗；二看釉，老釉温润；三看底足，老底足有自然磨损。
欢迎各位坛友拍砖交流。
""",
    ),
]

"""holdout201, part A: 范文 sites, 文库 previews, government portals, news portals, forums, a blog.

Invented text, written by hand; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="fanwen-yanqi-speech-lock-cylinder-gb2312",
        site="砚畦范文网 (invented, gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.yanqifw.com/jianghua/zhengfa/2025/0418/5521.html",
        title="在全县老旧小区防盗门锁芯升级工作推进会上的讲话",
        record_title="【讲话范本】在全县老旧小区防盗门锁芯升级工作推进会上的讲话（可直接套用）_砚畦范文网",
        date="2025-04-16",
        date_also=["2025-04-18"],
        notes="old gb2312 table page: marquee, font/background row, floating ghost-writer QQ box, weekly click list, visitor counter; "
        "date under the speech title, the site's shelving date also accepted; speaker line neutral; a ghost-writer prompt glued after a 。 "
        "and a copy prompt on a line of its own between paragraphs",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【讲话范本】在全县老旧小区防盗门锁芯升级工作推进会上的讲话（可直接套用）_砚畦范文网</title>
<script type="text/javascript" src="/js/qqfloat.js"></script>
<style>td{font-size:14px}.hei{color:#333}</style>
</head><body bgcolor="#f3efe6">
<table width="960" align="center" border="0"><tr><td><img src="/images/logo.gif" alt=""> ⟦m 砚畦范文网·笔下有畦，字里有田⟧</td>
<td align="right"><a href="#">⟦a 设砚畦为首页⟧</a>　<a href="#">⟦a 存入浏览器书签⟧</a></td></tr></table>
<table width="960" align="center" class="nav"><tr><td>⟦m <a href="/">首页</a> | <a href="/jianghua/">讲话发言</a> | <a href="/zongjie/">总结汇报</a> | <a href="/xinde/">心得感悟</a> | <a href="/zhidu/">规章制度</a>⟧</td></tr></table>
<marquee scrollamount="3" class="hei">⟦m 砚畦小贴士：本站范文每天午后上新，投稿满十篇送半年畦友卡⟧</marquee>
<table width="960" align="center"><tr><td width="700" valign="top">
<div class="weizhi">⟦m 您的位置：砚畦首页 &gt;&gt; 讲话发言 &gt;&gt; 政法综治类⟧</div>
<h1>{T}</h1>
<div class="shuxing">⟦m 上架：2025-04-18　整理：畦边小吏　人气：1207⟧</div>
<div class="zihao">⟦a 〖字体：大 中 小〗〖底色：米黄 淡绿 素白〗〖关掉本页〗⟧</div>
<p align="center">（2025年4月16日）</p>
<p align="center">县委常委、政法委书记　郑启明</p>
<div id="neirong">
{BODY}
</div>
<div class="xiazai"><a href="/down/5521.html">⟦a 下载本篇Word原稿（扣1枚畦币）⟧</a></div>
<div class="shangxia">⟦l 前一篇：在全县电动自行车充电隐患整治会上的讲话⟧<br>⟦l 后一篇：乡镇平安建设工作述职报告（两篇）⟧</div>
</td><td width="240" valign="top">
<div class="box"><b>⟦l 本周点击榜⟧</b><br>⟦l 1. 平安建设推进会讲话稿⟧<br>⟦l 2. 入室盗窃防范宣传主持词⟧<br>⟦l 3. 社区治安工作汇报提纲⟧</div>
</td></tr></table>
<div id="qqfloat" style="position:absolute;right:0;top:220px">⟦w 急稿找畦边笔杆：QQ 2875 0619⟧</div>
<table width="960" align="center"><tr><td align="center">⟦d 砚畦范文网文章多由网友投递，只作写作参照，请勿整篇照抄上报。⟧<br>⟦m 砚畦范文网 yanqifw.com 赣ICP备19062207号⟧　⟦m 您是本站第 0638215 位来客⟧</td></tr></table>
</body></html>
""",
        p_html="<p>　　{}</p>",
        body="""
同志们：
今天召开这次推进会，主要是通报前一阶段老旧小区防盗门锁芯升级工作进展，部署下一步任务。刚才，县公安局通报了情况，鹈口镇和鳜溪街道作了交流发言，我都同意。下面，我讲三点意见。⟦w 讲话稿改写请留言，畦边编辑两小时内回⟧
一、认清形势，把锁芯升级当作民生实事来办
去年全县入室盗窃警情中，近六成发生在没有改造的老旧小区，其中多数是A级锁芯被技术开启。换一个锁芯花钱不多，却能挡住大部分“溜门撬锁”，群众盼得很急。
⟦a 以下两点为本篇要点，畦友可一键复制⟧
二、突出重点，先换独居老人和出租屋的锁芯
各镇（街道）要把独居老人、留守家庭和群租房列为首批，6月底前完成3200户更换任务；公安、市场监管部门要把好产品关，统一选用C级锁芯，杜绝以次充好。
三、压实责任，做到换一户、回访一户
社区民警和网格员要逐户登记、逐户回访，县里每月通报一次进度，对推进缓慢的单位要约谈提醒。
同志们，锁芯虽小，连着千家万户的平安。希望大家抓紧抓实，把这件好事办好。
""",
    ),
    dict(
        slug="fanwen-gaojiang-report-access-card-cn-date",
        site="稿匠范文网 (invented)",
        style="范文站",
        genre="述职报告",
        kind="report",
        form="text",
        source="http://m.gaojiangfw.net/shuzhi/wuye/31862.html",
        title="鹓桥社区物业服务中心主任2024年度述职报告",
        record_title="【年终述职】鹓桥社区物业服务中心主任2024年度述职报告（稿匠精选）_稿匠范文网",
        date="2025-01-06",
        date_also=["2025-01-20"],
        notes="述职 with its 成文日期 in Chinese numerals; the page's shelving date also accepted; a copy button glued after a 。; "
        "a ghost-writer WeChat line and related links below",
        page="""
!m 稿匠范文网 · 材料不求人
!m 您在这里：稿匠首页 / 述职报告 / 物业述职
!t 【年终述职】鹓桥社区物业服务中心主任2024年度述职报告（稿匠精选）
!m 入库时间：2025-01-20　热度：862　来源：会员投稿
!a ⊕收藏　⊕转给同事　⊕生成PDF
{T}
{BODY}
!w 述职报告定制：稿匠老师一对一改稿，微信 gaojiang_007
!l 同栏目推荐：物业项目经理年终述职（三篇）｜保安队长个人述职
!d 稿匠范文网范文仅供参考借鉴，引用请注明出处。
!m 稿匠范文网 版权所有 © 2017-2025　湘ICP备18077420号
""",
        indent="\u3000\u3000",
        body="""
各位领导、各位业主代表：
2024年，我在街道和社区党委的指导下，主持物业服务中心全面工作，重点抓了门禁系统更新和服务规范。现将履职情况报告如下。
一、完成门禁系统改造。小区原有磁卡门禁已用满九年，复制卡多、故障多。我们分三批更换了18个单元门的读卡器，为1460户重新发放加密门禁卡，旧卡于9月底统一停用。
二、规范门禁卡发放。坚持“人、证、房”三对应，业主凭房产证明办理，租户凭租赁合同和业主授权办理，每户限办四张，补卡当天可取。全年补办门禁卡213张，没有发生一起冒领投诉。⟦a 点此复制本段⟧
三、存在的不足。部分老年业主不会用手机开门，外卖、快递进出仍有堵点，夜间值守力量不足。
2025年，我将继续完善访客登记办法，为高龄业主增配大字号门禁卡套，努力让业主进门更方便、更安心。
述职人：温雅琴
二〇二五年一月六日
""",
    ),
    dict(
        slug="wenku-muzhou-research-reading-glasses-marker-paras",
        site="牍舟文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.duzhouwk.com/doc/77120435.html",
        title="关于鳙湖区老年人老花镜佩戴情况的调研报告",
        record_title=None,
        date="2025-05-20",
        notes="文库 reader: no record title (the title in the <h1>); a viewer toolbar, a season-card lock and a coin pay box; "
        "page-marker paragraphs ⦾ n ⦾ cut sentences; a data table one row a paragraph; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>关于鳙湖区老年人老花镜佩戴情况的调研报告 - 牍舟文库</title>
<script>window.__DOC__={id:77120435,pages:5};</script>
</head><body>
<header class="dz-top"><a class="logo" href="/">⟦m 牍舟文库⟧</a><span class="slogan">⟦m 一叶牍舟，载文千万⟧</span>
<form class="search"><input placeholder="搜文档、搜作者"><button>⟦a 搜一下⟧</button></form>
<a class="vip" href="/card">⟦a 办季卡·全站畅读⟧</a> <a href="/login">⟦a 登录或注册⟧</a></header>
<main class="reader">
<h1 class="doc-title">{T}</h1>
<div class="doc-meta">⟦m 5页　｜　3.1千字　｜　上传于 2025-06-03　｜　浏览 2,408⟧</div>
<div class="toolbar">⟦a 放大　缩小　适合宽度　全屏阅读　下载⟧</div>
<div class="pages">
{BODY}
</div>
<div class="lock">⟦a 后面还有 3 页，开通季卡后免费读完⟧</div>
<div class="paybox">⟦a 单篇购买 6 牍币　｜　牍币不足？去充值⟧</div>
<div class="notice">⟦d 本文档由牍舟用户上传，版权归原作者，牍舟文库仅提供在线阅读，如有侵权请提交申诉。⟧</div>
</main>
<aside class="rel"><h3>⟦l 相似文档推荐⟧</h3><ul>
<li>⟦l 老年人视力健康状况调查报告（5页）⟧</li>
<li>⟦l 社区眼健康服务工作总结（3页）⟧</li>
<li>⟦l 关于老年助视器具适配的几点建议（2页）⟧</li></ul></aside>
<footer>⟦m © 2025 牍舟文库 duzhouwk.com　苏ICP备21054417号-3⟧</footer>
</body></html>
""",
        p_html='<p class="pg-line">{}</p>',
        pages=dict(fmt="⦾ {n} ⦾", every=60, start=2),
        body="""
为了解辖区老年人近距离用眼和老花镜佩戴情况，区老龄办于2025年4月在6个街道随机走访60周岁以上老年人412名。现将调研情况报告如下。
一、基本情况
年龄段　受访人数　佩戴老花镜　配镜前验光
60—69岁　187　151　43
70—79岁　158　139　31
80岁以上　67　58　9
二、主要问题
一是验光配镜比例低。受访者中只有两成多在配镜前做过验光，多数在集市、药店随手买成品镜。二是一副镜子多年不换。近半数老人的老花镜已用五年以上，镜片划花、度数不合仍在使用。三是对眼病信号警觉不够，有的把白内障引起的视物模糊当成“老花加深”。
三、几点建议
建议卫健部门把老花镜验配纳入老年人健康体检项目，民政部门对低保、特困老人配镜给予补贴，社区每季度开展一次用眼科普。
鳙湖区老龄工作委员会办公室
2025年5月20日
""",
    ),
    dict(
        slug="wenku-shuxia-plan-lock-cylinder-wrapped-glued-markers",
        site="书匣文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.shuxiawk.com/p-5519023.html",
        title="蜩岭镇独居老人家庭防盗锁芯免费更换实施方案",
        record_title="蜩岭镇独居老人家庭防盗锁芯免费更换实施方案.docx",
        date="2025-03-10",
        notes="file-name record title; preview text hard-wrapped at 60 columns and cut by ⸙n⸙ markers glued to the continuation line; "
        "upload stamp is no date; 成文日期 under the signature",
        page="""
!m 书匣文库 — 好文档，一匣藏
!t 蜩岭镇独居老人家庭防盗锁芯免费更换实施方案.docx
!m 共3页　｜　格式：DOCX　｜　贡献者：锁**民　｜　2025-03-18上传
!a 放进书匣　　下载本文（8 书币）　　报错
{T}
{BODY}
!a 免费预览到此为止，后面的页面请下载原文查看
!a 开通书匣季卡，全站文档随意下
!d 本文档为网友自行上传，书匣文库只提供存储与展示，如有不妥请来信处理。
!l 大家还在看：老旧小区技防改造方案｜独居老人关爱服务工作方案
""",
        indent="\u3000\u3000",
        wrap=60,
        pages=dict(fmt="⸙{n}⸙", every=100, start=2, glue=True),
        body="""
为提升独居老人家庭防盗能力，镇政府决定为辖区独居老人免费更换防盗门锁芯，特制定本方案。
一、实施范围
全镇登记在册的独居老人家庭，共计286户，优先安排年满80周岁和行动不便的老人。
二、工作步骤
（一）摸底登记（3月15日前）。各村（社区）组织网格员入户核对门型和锁体尺寸，逐户填写更换登记表。
（二）集中更换（3月16日至4月30日）。由镇综治办统一组织有资质的锁匠上门，一律更换为C级锁芯，每户配钥匙三把，其中一把经老人同意后交村（社区）备存。
（三）回访验收（5月上旬）。网格员逐户回访，请老人现场开关试用，发现问题当日报修。
三、工作要求
更换时要有村干部或网格员陪同，不得向老人收取任何费用，不得借机推销其他商品。
蜩岭镇人民政府
2025年3月10日
""",
    ),
    dict(
        slug="gov-guixi-notice-reading-glasses-annex-cc",
        site="鳜溪县人民政府门户网站 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.gxx-zf.gov.cn/zwgk/tzgg/202506/t20250612_88217.html",
        title="关于开展2025年“明眸助老”老花镜免费验配活动的通知",
        record_title="〔惠民服务〕关于开展2025年“明眸助老”老花镜免费验配活动的通知｜鳜溪县政府网·通知公告",
        date="2025-06-09",
        date_also=["2025-06-12"],
        notes="county portal: 长辈版/读屏 links, 索引号 table with the 文号 cell unmarked, a 纠错 line and 12345 beside the notice's own "
        "联系人/电话; 附件 list, 抄送 and 印发 lines in the body; 成文日期 expected, the portal's date also accepted",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〔惠民服务〕关于开展2025年“明眸助老”老花镜免费验配活动的通知｜鳜溪县政府网·通知公告</title>
<meta name="SiteName" content="鳜溪县人民政府"><meta name="ColumnName" content="通知公告">
<script src="/common/js/jquery.min.js"></script></head><body>
<div class="topbar">⟦m 欢迎访问鳜溪县人民政府门户网站⟧ <a>⟦a 长辈版⟧</a> <a>⟦a 读屏专用⟧</a> <a>⟦a 注册｜登录⟧</a></div>
<div class="banner">⟦m 鳜溪县人民政府⟧</div>
<ul class="menu"><li>⟦m 首页⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政务服务⟧</li><li>⟦m 互动交流⟧</li><li>⟦m 走进鳜溪⟧</li></ul>
<div class="path">⟦m 首页 ＞ 政务公开 ＞ 通知公告⟧</div>
<table class="xxgk-meta">
<tr><td>⟦m 索 引 号：113611237M5830217K/2025-00117⟧</td><td>⟦m 主题分类：民政、扶贫、救灾⟧</td></tr>
<tr><td>⟦m 发布机构：鳜溪县民政局⟧</td><td>⟦m 发布日期：2025-06-12⟧</td></tr>
<tr><td>文　　号：鳜民发〔2025〕17号</td><td>⟦m 有 效 性：有效⟧</td></tr>
</table>
<div class="article">
<h2>{T}</h2>
{BODY}
</div>
<div class="tools">⟦a 【加大字号】【减小字号】【打印本页】【关闭】⟧</div>
<div class="qr">⟦a 用手机扫一扫，本页随身看⟧</div>
<div class="rel"><h4>⟦l 相关信息⟧</h4><ul><li>⟦l 鳜溪县2025年特困人员照护服务情况公示⟧</li><li>⟦l 县民政局关于高龄津贴发放的说明⟧</li></ul></div>
<div class="footer">
<p>⟦m 主办：鳜溪县人民政府办公室　承办：鳜溪县政务数据服务中心⟧</p>
<p>⟦m 网站纠错：0799-6230000　政务服务便民热线：12345⟧</p>
<p>⟦m 网站标识码：3611230017　赣ICP备05006618号　赣公网安备36112302000119号⟧</p>
</div>
</body></html>
""",
        body="""
各镇人民政府、街道办事处，县直有关单位：
为帮助老年人解决“看不清”的烦恼，县民政局、县卫生健康局决定在全县开展老花镜免费验配活动。现将有关事项通知如下。
一、服务对象。本县户籍60周岁以上的低保、特困、低收入家庭老年人，以及80周岁以上独居老人。
二、服务方式。由县人民医院眼科组织验光师分片巡回，先查视力和眼底，再按验光结果配镜，每人一副，不收取任何费用。
三、工作要求。各镇（街道）要于6月30日前完成摸底，填写需求汇总表报县民政局；发现疑似白内障、青光眼的，要及时转介就诊。
联系人：县民政局养老服务股　孟丽华，电话：0799-6231475。
附件：1.老花镜验配需求汇总表
2.巡回验配日程安排表
鳜溪县民政局　　鳜溪县卫生健康局
2025年6月9日
抄送：县委办公室，县人大常委会办公室，县政府办公室。
鳜溪县民政局办公室　　2025年6月9日印发
""",
    ),
    dict(
        slug="gov-shijiang-bulletin-lock-cylinder-spotcheck-table",
        site="鲥江市市场监督管理局网站 (invented)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="text",
        source="https://scjgj.shijiang.gov.cn/xxgk/zljd/202507/t20250703_41562.html",
        title="鲥江市市场监督管理局关于2025年机械防盗锁产品质量监督抽查情况的通报",
        record_title="鲥江市市场监督管理局关于2025年机械防盗锁产品质量监督抽查情况的通报 · 质量监督 · 鲥江市场监管",
        date="2025-07-01",
        notes="city bureau's text page: breadcrumb, index-number line, views; a table of failed products one row a paragraph; "
        "the bulletin's own 联系人/电话 beside the portal's 12345 and 纠错 lines; a scan-to-read line between paragraphs",
        page="""
!m 鲥江市市场监督管理局
!m 当前栏目：首页 » 信息公开 » 质量监督
!m 索引号：SJ-SCJG-2025-0702-03　　发文日期：2025-07-03　　浏览次数：977
{T}
{BODY}
!a 〔放大〕〔缩小〕〔打印此页〕〔关掉窗口〕
!l 上一条：鲥江市2025年第二季度电动自行车产品抽查结果
!l 下一条：关于开展儿童用品质量安全“护苗”行动的通告
!m 主办单位：鲥江市市场监督管理局　地址：鲥江市滨河大道218号
!m 投诉举报热线：12315　政务服务热线：12345　网站纠错：0785-8826000
!m 网站标识码：4408230041　粤ICP备14088320号
""",
        indent="\u3000\u3000",
        body="""
各县（区）市场监督管理局，各有关企业：
今年5月至6月，我局组织对全市生产、销售的机械防盗锁产品开展质量监督抽查，共抽查32家企业的40批次产品，检出不合格产品6批次。现将主要情况通报如下。
一、部分不合格产品
受检单位　产品　不合格项目
鲂城县固宁锁业有限公司　C级锁芯　防技术开启时间
鳙湖区安途五金商行　B级锁芯　钥匙牙花数
蠡塘县恒锁门业有限公司　C级锁芯　防钻性能
⟦a 扫码在手机上阅读全文⟧
二、处理要求
各县（区）局要督促不合格产品的生产、销售单位立即停止生产销售，查明原因、认真整改，并依法查处；对标称C级但实测达不到要求的锁芯，要追溯同批次产品流向。
联系人：质量监督科　卢振川，电话：0785-8826103。
鲥江市市场监督管理局
2025年7月1日
""",
    ),
    dict(
        slug="news-fangcheng-whisk-export-title-glued",
        site="鲂城新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.fangchengnews.cn/jj/2025-08/14/content_660213.html",
        title="鲂城手持打蛋器订单排到年底",
        record_title="产业观察｜鲂城手持打蛋器订单排到年底 — 鲂城新闻网",
        record_date="2025-08-14",
        date="2025-08-14",
        notes="county news portal: app prompt, listen button, a photo caption between paragraphs, the title repeated and glued before the lead's "
        "first words, an editor line glued after the last sentence, a 24-hour list and a licence footer",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>产业观察｜鲂城手持打蛋器订单排到年底 — 鲂城新闻网</title>
<script>var pageType="article";</script></head><body>
<div class="hd">⟦m 鲂城新闻网⟧ ⟦m 鲂城县融媒体中心主办⟧ <a>⟦a 下载“看鲂城”客户端⟧</a> <a>⟦m 数字报⟧</a></div>
<nav>⟦m 首页　时政　经济　民生　乡镇　视频　专题⟧</nav>
<div class="loc">⟦m 首页 / 经济 / 产业观察⟧</div>
<article>
<h1>{T}</h1>
<div class="byline">⟦m 来源：鲂城日报　作者：蔡一帆　2025-08-14 07:52⟧　<span class="listen">⟦a ▶ 听新闻⟧</span></div>
{BODY}
</article>
<div class="share">⟦l 转发到：微信　微博　QQ空间⟧</div>
<aside><h3>⟦l 24小时热读⟧</h3><ol>
<li>⟦l 螓湾镇小家电共享检测中心开工⟧</li>
<li>⟦l 鲂城县上半年外贸进出口增长两成⟧</li>
<li>⟦l 暑期文旅消费季启动⟧</li></ol></aside>
<footer>⟦m 互联网新闻信息服务许可证：44120230017⟧　⟦m 鲂城新闻网 版权所有，未经书面授权不得转载⟧　⟦m 粤ICP备20041178号-1⟧</footer>
</body></html>
""",
        body="""
⟦t 鲂城手持打蛋器订单排到年底⟧8月13日，走进鲂城县螓湾镇小家电产业园，鸿焙电器的装配线上，工人正给一批手持打蛋器装上搅拌头。“这批货发往中东，年底前的订单已经排满。”企业负责人向记者介绍。
⟦m 图为鸿焙电器工人正在组装手持打蛋器。记者 蔡一帆 摄⟧
螓湾镇生产打蛋器已有十多年，从最初给外地品牌代工，到现在拥有自主品牌的企业有14家，今年上半年全镇打蛋器出口额达到1.6亿元，同比增长21%。
为帮助企业稳订单，县商务局组织企业参加境外展会6场，县市场监管局上门指导电机噪声、搅拌头材质等检测认证。鸿焙电器研发部经理说，今年新推出的低噪款打蛋器，噪声比老款降低了8分贝，很受欧洲客户欢迎。
下一步，螓湾镇将建设小家电共享检测中心，让中小企业不出园区就能做完出口检测。⟦m （责任编辑：秦蔓　审核：符东）⟧
""",
    ),
    dict(
        slug="news-bianshan-reading-glasses-oneline",
        site="鳊山在线 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.bianshan-online.cn/news/shehui/2025/1009/77810.shtml",
        title="鳊山县“老花镜爱心驿站”开进十二个乡镇集市",
        record_title="〖民生〗鳊山县“老花镜爱心驿站”开进十二个乡镇集市 - 鳊山在线",
        date="2025-10-09",
        notes="county news page copied with the whole body on one line; the 发布时间 line is the page's date; channel nav, share row and a "
        "more-news list around it",
        page="""
!m 鳊山在线｜鳊山人自己的新闻网
!m 首页｜时政｜社会｜乡镇｜视频｜爆料
{T}
!m 发布时间：2025-10-09 09:14　来源：鳊山在线　编辑：伍小棠
{BODY}
!l 分享到：朋友圈｜微博｜复制链接
!l 更多新闻：鳊山县重阳敬老月活动启动｜县残联为困难残疾人送辅具
!d 鳊山在线原创稿件，转载请注明来源
!m 新闻爆料：0763-5120110（24小时）
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
重阳节前后，鳊山县“老花镜爱心驿站”走进全县十二个乡镇的集市，为赶集的老人免费测视力、试戴老花镜。
驿站由县残联、县红十字会和志愿者协会共同设立，每个站点配备视力表、试戴镜片箱和放大镜，志愿者先请老人读报纸上的小字，再根据需要推荐合适度数的老花镜。
“以前在地摊上随便买一副，戴久了眼睛胀。”在蛩田乡集市上，七十三岁的鲁长根戴上新眼镜后，连说看得清楚。
截至10月8日，驿站已服务老人2100多人次，送出老花镜1380副，发现疑似白内障等眼病68例，均已转介到县医院复查。
""",
    ),
    dict(
        slug="forum-suoyouhui-post-lock-cylinder-jammer",
        site="锁友汇论坛 (invented, Discuz-like)",
        style="论坛",
        genre="论坛帖子",
        kind="other",
        form="html",
        source="https://bbs.suoyouhui.com/thread-21877-1-1.html",
        title="换了C级锁芯后钥匙经常拔不出来，是装歪了吗",
        record_title="【新手提问】换了C级锁芯后钥匙经常拔不出来，是装歪了吗（附图）- 锁具维修区 - 锁友汇",
        date=None,
        notes="Discuz-like thread: jammer-font junk in the post, a numbered list, a relative post time (no date), poster card, "
        "quoted replies, a signature, a rating row and a reply box",
        page="""
<html><head><meta charset="gbk"><title>【新手提问】换了C级锁芯后钥匙经常拔不出来，是装歪了吗（附图）- 锁具维修区 - 锁友汇</title>
<style>.jammer{font-size:0;color:#fff}</style></head><body>
<div id="hd">⟦m 锁友汇论坛⟧ ⟦m 修锁、换锁、玩锁的人都在这⟧ <a>⟦a 快捷登录⟧</a> <a>⟦a 注册新锁友⟧</a></div>
<div id="pt">⟦m 锁友汇 › 锁具维修区 › 查看主题⟧</div>
<div class="ts"><span id="thread_subject">{T}</span></div>
<div class="hm">⟦m 查看：1864　｜　回复：23⟧</div>
<table class="plhin"><tr>
<td class="pls">⟦m 门后小周⟧<br>⟦m 锁友等级：二级学徒　积分 86⟧</td>
<td class="plc">
<div class="authi">⟦m 发表于 3 天前 ｜ 只看楼主⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="sign">⟦m 签名：老房子，新锁芯，安心过日子⟧</div>
<div class="rate">⟦a 评分　收藏　转给朋友　举报⟧</div>
</td></tr></table>
<div class="reply">⟦l 沙发 ｜ 老钥匙：锁芯超出门板三毫米以上就该换短一号的⟧</div>
<div class="reply">⟦l 板凳 ｜ 开锁老陈：别喷油，用石墨粉，油会粘灰⟧</div>
<div id="fastpost">⟦a 登录锁友汇后才能回帖⟧</div>
<script type="text/javascript">var discuz_uid=0;</script>
<div id="ft">⟦m 锁友汇 suoyouhui.com　浙ICP备17039216号⟧　⟦m 页面生成用时 0.041 秒⟧</div>
</body></html>
""",
        junk=dict(lines=1, glued=3),
        body="""
上个月小区统一换了C级锁芯，刚开始挺好用，最近两个礼拜钥匙插进去转完一圈，要左右晃好几下才拔得出来。
我自己看了一下，锁芯露在外面的那一截比门板多出来将近5毫米，固定螺丝也有点松。是不是当时装的师傅没选对长度？
另外想请教各位：
1.锁芯长度怎么量，是从中间的固定螺孔往两边量吗？
2.自己能不能换，需不需要拆整个锁体？
3.往锁孔里喷润滑剂有没有用，会不会越喷越黏？
家里老人每天要开门好几次，拔不出钥匙很着急，先谢谢大家了。
""",
    ),
    dict(
        slug="forum-zaotaibian-post-kitchen-knife-junk",
        site="灶台边论坛 (invented)",
        style="论坛",
        genre="论坛帖子",
        kind="other",
        form="text",
        source="https://www.zaotaibian.com/forum/t/55203",
        title="用了二十年的老菜刀，我是这样磨的",
        record_title="【厨具心得】用了二十年的老菜刀，我是这样磨的（多图慎入）- 厨具杂谈 - 灶台边",
        date=None,
        notes="cooking forum text: anti-scraping junk on lines and glued after 。; 第一/第二/第三 steps; relative post times are no dates; "
        "floors below the post",
        page="""
!m 灶台边论坛 › 厨具杂谈 › 正文
!t 【厨具心得】用了二十年的老菜刀，我是这样磨的（多图慎入）
!m 楼主：巷口阿坤　　发表于 2 天前　　看帖 3305　回帖 41
{BODY}
!a 顶一下（128）　踩一下（2）　收进我的菜谱本
!l 2楼　饭点到了：桑刀用水石确实好，油石容易堵
!l 3楼　小葱拌豆腐：求问一千目之后要不要上三千目
!l 4楼　巷口阿坤：回3楼，家用一千目够了
!a 登录后发表你的看法
!m 灶台边 zaotaibian.com　｜　联系版主｜手机版｜Archiver
""",
        junk=dict(lines=2, glued=3),
        body="""
家里这把桑刀是我结婚那年买的，切了二十年菜，刃口还是利的，秘诀就是隔三岔五磨一磨。说说我的办法，老手别笑话。
第一，磨刀石要先泡。我用的是一千目的水石，泡到不冒气泡再用，大约十分钟。
第二，角度要稳。刀背垫起大约一枚硬币的高度，来回推拉时手腕不要翻，磨完一面数一下次数，另一面照样来。
第三，磨完要试。拿一张旧报纸竖着切，能顺顺当当切开不起毛，就可以了。
最后提醒一句，磨好的菜刀要擦干挂起来，别和别的刀具混放在抽屉里，既伤刃口也容易划手。
""",
    ),
    dict(
        slug="blog-beixiaoman-essay-three-whisks",
        site="焙小满的厨房日记 (invented, WordPress-like)",
        style="博客",
        genre="随笔",
        kind="other",
        form="html",
        source="https://beixiaoman.blog/2025/03/22/three-whisks/",
        title="我家厨房的三把打蛋器",
        record_title="我家厨房的三把打蛋器 ~ 焙小满的厨房日记",
        date="2025-03-22",
        notes="WordPress-like blog: tagline, category/tag line, the post's 发布于 line as the page's date, a related link glued after a 。, "
        "tag cloud, archive, comment form",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="UTF-8"><title>我家厨房的三把打蛋器 ~ 焙小满的厨房日记</title>
<link rel="alternate" type="application/rss+xml" href="/feed/"></head><body class="single">
<header class="site-header"><p class="site-title">⟦m 焙小满的厨房日记⟧</p><p class="site-description">⟦m 面粉、黄油和一点点耐心⟧</p>
<nav>⟦m 首页　烘焙笔记　工具控　关于小满⟧</nav></header>
<article class="post">
<h1 class="entry-title">{T}</h1>
<div class="entry-meta">⟦m 发布于 2025年3月22日　分类：工具控　阅读 1,126⟧</div>
<div class="entry-content">
{BODY}
</div>
<footer class="entry-footer">⟦l 标签：打蛋器 / 手动 / 电动 / 厨房好物⟧</footer>
</article>
<nav class="post-navigation">⟦l ← 上一篇：第一次做蛋白霜失败记⟧　⟦l 下一篇：硅胶刮刀买哪种 →⟧</nav>
<section class="comments"><h3>⟦l 5 条留言⟧</h3>
<p>⟦l 麦穗儿：硅胶头那把求链接！⟧</p>
<p>⟦l 写下你的留言（邮箱不会公开）⟧</p><p>⟦a 提交留言⟧</p></section>
<aside class="widget"><h3>⟦l 标签云⟧</h3><p>⟦l 戚风　吐司　打发　模具　黄油⟧</p>
<h3>⟦l 文章归档⟧</h3><p>⟦l 2025年3月 (4)　2025年2月 (6)⟧</p></aside>
<script src="/wp-includes/js/comment-reply.min.js"></script>
<footer class="site-footer">⟦m © 2025 焙小满 · 自豪地采用 WordPress⟧</footer>
</body></html>
""",
        body="""
刚学烘焙那年，我只有一把十几块钱的手动打蛋器，打一盆蛋白要换三次手，胳膊酸得抬不起来。
后来买了第一台手持电动打蛋器，五档调速，打发蛋白五分钟就能拉出直立的小尖角。它陪我做了上百个戚风，直到去年电机开始发烫、有焦味，才退了休。⟦l 顺手看看：戚风塌腰的五个原因⟧
现在厨房里常用的是三把：一把硅胶头的手动打蛋器，专门拌面糊，不刮盆；一把不锈钢的手持电动款，负责打发；还有一把小小的奶泡器，周末给孩子打热牛奶。
用了这么多年，我的体会是：打蛋器不在贵，在于用完马上冲洗、晾干。搅拌头的缝里最容易藏面糊，放上一夜就难洗了。
""",
    ),
]

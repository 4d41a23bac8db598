"""holdout268, part A: 范文 sites, 文库 previews, government portals, news portals, forums, a blog.

Invented text, sites, places and people; each case written by hand. See ../README.md and
../build.py for the markup.
"""

CASES = [
    dict(
        slug="fanwen-moyun-speech-incense-burner-industry",
        site="墨耘范文网 (invented, gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.moyun-fw.com/jianghua/chanye/2024/0419/41873.html",
        title="在全县铜香炉铸造产业提质发展推进会上的讲话",
        record_title="【讲话稿·铸造专题】在全县铜香炉铸造产业提质发展推进会上的讲话（改改单位名就能讲）_墨耘范文网",
        date="2024-04-11",
        date_also=["2024-04-19"],
        notes="old gb2312 table page: marquee, text-size row, floating ghost-writer QQ box, hot list, visitor counter; "
        "date under the speech title (neutral), the site's update date also accepted; speaker line neutral; "
        "a ghost-writer prompt glued after a sentence and a login lock between paragraphs",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【讲话稿·铸造专题】在全县铜香炉铸造产业提质发展推进会上的讲话（改改单位名就能讲）_墨耘范文网</title>
<link href="/css/moyun.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/float_qq.js"></script>
</head>
<body bgcolor="#F4F1E8" topmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td height="70"><img src="/images/logo.gif"> <font color="#8B0000">⟦m 墨耘范文网 · 笔下有乾坤⟧</font></td>
<td align="right"><a href="/sethome.asp">⟦a 把墨耘设成浏览器首页⟧</a> <a href="/fav.asp">⟦a 墨耘加入收藏⟧</a></td></tr>
<tr><td colspan="2" bgcolor="#6B3E26"><a href="/">⟦m 网站首页⟧</a> <a href="/jianghua/">⟦m 领导讲话⟧</a> <a href="/zongjie/">⟦m 总结汇报⟧</a> <a href="/fangan/">⟦m 计划方案⟧</a> <a href="/hetong/">⟦m 合同协议⟧</a></td></tr>
<tr><td colspan="2"><marquee scrollamount="3">⟦d 墨耘公告：本站稿件均系网友交流所投，请勿整篇照抄用于正式场合，侵权稿件来函即删⟧</marquee></td></tr>
</table>
<table width="960" border="0" align="center" cellpadding="6" cellspacing="0">
<tr><td width="700" valign="top">
<div class="weizhi">⟦m 所在栏目：墨耘范文网 ＞＞ 领导讲话 ＞＞ 产业发展讲话⟧</div>
<h2 align="center">{T}</h2>
<div align="center"><font color="#999999">⟦m 更新时间：2024-04-19　人气：1873　投稿：耕读斋主⟧</font></div>
<div align="center">⟦a 【字体：特大 大 中 小】【底色：米黄 淡绿 原色】⟧</div>
<p align="center">（2024年4月11日）</p>
<p align="center">县委副书记　苗立衡</p>
{BODY}
<p align="right">⟦l ↑ 返回顶部 ↑⟧</p>
<p>⟦l 前一篇：县长在全县文旅产业招商推介会上的致辞⟧<br>⟦l 后一篇：乡镇工艺品产业园建设情况汇报（两篇）⟧</p>
</td>
<td width="260" valign="top" bgcolor="#FBF8F0">
<p><b>⟦l 讲话稿本月点击榜⟧</b></p>
<p>⟦l 1. 在特色手工业发展大会上的讲话⟧<br>⟦l 2. 分管副县长在非遗保护工作会上的讲话⟧<br>⟦l 3. 在铸造企业安全生产约谈会上的讲话⟧</p>
<div id="floatqq" style="position:fixed;right:0;top:220px">⟦w 材料难写？墨耘执笔团 QQ 3051762294 帮你改⟧</div>
</td></tr>
</table>
<table width="960" align="center" bgcolor="#6B3E26"><tr><td align="center"><font color="#FFFFFF">
⟦m 墨耘范文网　www.moyun-fw.com　冀ICP备15073164号⟧<br>
⟦m 您是本站第 00418226 位访客⟧<br>
⟦d 本站所载文章版权归作者所有，转载请保留墨耘出处⟧
</font></td></tr></table>
</body>
</html>
""",
        p_html='<p style="text-indent:2em;line-height:200%">{}</p>',
        body="""
同志们：
今天召开全县铜香炉铸造产业提质发展推进会，主要是总结去年产业发展情况，部署今年重点工作。刚才，鸒口镇和三家骨干企业作了发言，讲得很实在，我都赞同。⟦w 写不出讲话稿？墨耘执笔团包写包改，加Q 3051762294⟧
一、看清家底，增强发展信心
锱水铸造香炉已有三百多年历史。去年全县香炉及铜器工艺品企业达到46家，年产值3.2亿元，带动就业2100余人，“锱水铜炉”集体商标通过了注册。
⟦a 本段以下内容登录墨耘通行证后可见　[立即登录]⟧
二、补齐短板，推动提质升级
一要抓工艺传承，鼓励老师傅带徒，今年再认定县级传承人10名；二要抓环保改造，熔炼工序全部使用电炉，年底前完成除尘设施验收；三要抓品牌营销，组织企业参加省工艺美术博览会，办好香炉设计大赛。
三、压实责任，确保措施落地
各乡镇、各部门要把产业发展列入重要议事日程，工信、市场监管、生态环境等部门要靠前服务，对企业反映的用地、融资问题建立台账、限时办结。
同志们，要以只争朝夕的劲头抓好落实，让锱水香炉走得更远。
""",
    ),
    dict(
        slug="fanwen-maiduo-pledge-pram-stairwell-no-title",
        site="麦垛公文范文库 (invented)",
        style="范文站",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://www.maiduo-gw.cn/changyi/shequ/p-20871.html",
        title="关于楼道不停放婴儿车、共同守护生命通道的倡议书",
        record_title=None,
        date=None,
        notes="no title in the record: the page's title line; a sample pledge signed without a date; "
        "a copy button glued before the salutation; 2 天前 and a 收录 stamp are no dates; "
        "the community phone spoken of as content",
        page="""
!m 麦垛公文范文库｜一穗一字积成篇
!m 首页 ＞ 倡议书 ＞ 社区倡议 ＞ 正文
{T}
!m 收录于 2 天前　·　阅读 683　·　编辑：垛垛
!a 【划词复制已开启】　【存为我的素材】
{BODY}
!a 全文已显示完毕，套用格式请在文末领取Word模板
!l 同栏推荐｜关于文明养犬的倡议书　关于垃圾分类从我做起的倡议书　关于电动车不进楼的倡议书
!w 找麦垛写手定制：微信 maiduo_xiezuo88
!d 麦垛公文范文库所收稿件仅供写作参考，禁止商业转载
!m 麦垛公文范文库 maiduo-gw.cn　鲁ICP备20038852号-1
""",
        indent="\u3000\u3000",
        body="""
⟦a 一键复制本篇⟧亲爱的居民朋友们：
近来，小区不少楼道里停放着婴儿车、儿童推车，有的横在楼梯转角，有的挡住了消防栓箱门。楼道是发生火情时的逃生通道，一辆婴儿车就可能让抱着孩子下楼的家长绊倒，也会让消防员铺设水带时多耽误几分钟。为此，我们向全体居民发出如下倡议：
一、婴儿车用后请推回家中或停放到各单元一楼的临时停放区，不在楼梯、转角和电梯前室停放。
二、临时停放区的婴儿车请折叠整齐，车上不放纸箱、衣物等易燃物品。
三、看到楼道有杂物堵塞的，请拨打社区电话告知，由网格员上门提醒。
邻里多一分自觉，家里多一分平安。让我们从收好一辆婴儿车做起，守护好回家的路。
鹐园社区居民委员会
""",
    ),
    dict(
        slug="wenku-duyu-survey-grain-measure-marker-paragraphs",
        site="蠹鱼文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.duyuwenku.com/view/7f31c2a90e.html",
        title="关于镒阳县民间老米斗存量与保护情况的调研报告",
        record_title="【文库精选】关于镒阳县民间老米斗存量与保护情况的调研报告（全文六页） - 蠹鱼文库",
        date="2024-08-26",
        notes="文库 reader: page-marker paragraphs '⧝ n ⧝' cut sentences; a data table one row a paragraph; "
        "upload stamp is no date; 成文日期 under the signature; viewer toolbar, paywall, related docs",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【文库精选】关于镒阳县民间老米斗存量与保护情况的调研报告（全文六页） - 蠹鱼文库</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<script src="https://static.duyuwenku.com/reader/v3/reader.min.js"></script>
</head>
<body>
<header class="dy-top">
<a class="logo" href="/">⟦m 蠹鱼文库⟧</a>
<span class="slogan">⟦m 啃书的虫，存文的库⟧</span>
<a href="/member">⟦a 开卡畅读，全库文档随意翻⟧</a>
</header>
<div class="dy-doc-head">
<h1>{T}</h1>
<p class="dy-meta">⟦m 上传者：书蠹阿九　上传于 2024-09-03　6页　2.3万次浏览⟧</p>
<div class="dy-toolbar">⟦a 放大 ｜ 缩小 ｜ 全屏阅读 ｜ 跳到第＿页⟧</div>
</div>
<div class="dy-pages">
{BODY}
</div>
<div class="dy-lock">
<p>⟦a 免费试读到此为止，解锁剩余2页仅需1.5元⟧</p>
<button>⟦a 扫码支付后继续读⟧</button>
</div>
<aside class="dy-rel">
<h3>⟦l 读这篇的人还在看⟧</h3>
<ul>
<li>⟦l 民间传统计量器具普查报告.docx⟧</li>
<li>⟦l 乡村老物件保护利用的几点思考⟧</li>
</ul>
</aside>
<footer>⟦d 文库中的文档由上传者提供，蠹鱼文库只做存储展示，内容真实性请自行核实⟧<br>⟦m © 蠹鱼文库 duyuwenku.com 浙ICP备21064019号⟧</footer>
</body>
</html>
""",
        p_html='<p class="dy-line">{}</p>',
        pages=dict(fmt="⧝ {n} ⧝", every=140, start=2),
        body="""
为摸清全县民间老米斗的存量和保存状况，县文化馆于今年7月组成调研组，走访9个乡镇、31个村，入户查看老米斗152件，并与14位老木匠和收藏者座谈。现将调研情况报告如下。
一、基本情况
类型　件数　保存较好
方斗　87　52
圆斗　41　19
升子　24　15
调研发现，老米斗多为杉木、樟木制成，斗口包铁，部分刻有商号和年号，是研究本地粮食交易和计量习俗的实物资料。
二、存在问题
一是散存农户家中，受潮、虫蛀较多；二是不少村民把米斗当作旧物卖给上门收购的商贩，近三年流出本县的约有60件；三是懂得米斗制作的木匠大多年过七旬，技艺面临失传。
三、几点建议
建议将老米斗纳入县级可移动文物普查补充登记，在鹝溪镇建设米斗展示室，并请老木匠录制制作工艺影像资料。
镒阳县文化馆调研组
2024年8月26日
""",
    ),
    dict(
        slug="wenku-qingjian-plan-pram-lending-wrapped-markers",
        site="青简文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://wk.qingjian365.cn/p/20240402/88412.html",
        title="鹥湖区商场母婴室婴儿车借用服务提升方案",
        record_title="鹥湖区商场母婴室婴儿车借用服务提升方案.pdf",
        date="2024-03-18",
        notes="file-name record title; wrapped at 56 columns and cut by '⧩n⧩' markers glued to the continuation line; "
        "扫码借用 as content; upload stamp is no date; 成文日期 under the signature",
        page="""
!t 鹥湖区商场母婴室婴儿车借用服务提升方案.pdf
!m 青简文库 · 方案计划 · 商贸服务
!m 贡献者：jianjian_07　｜　上传时间：2024-04-02　｜　格式：PDF　｜　共4页
!a ☆收藏到书架　⇩下载原文件（8简币）
{T}
{BODY}
!a —— 试读已结束，剩余1页请下载后阅读 ——
!a 开通青简年卡，本站文档不限次下载
!l 同类文档：商场便民服务设施配置标准.doc｜母婴室建设指引（试行）.pdf｜购物中心顾客服务提升行动方案.docx
!d 本文档为贡献者上传分享，青简文库不保证其准确完整，如有侵权请联系 jubao@qingjian365.cn
""",
        wrap=56,
        indent="\u3000\u3000",
        pages=dict(fmt="⧩{n}⧩", every=110, start=2, glue=True),
        body="""
为方便带婴幼儿的市民逛街购物，提升商场母婴服务水平，结合我区实际，制定本方案。
一、工作目标
到今年9月底，全区12家大中型商场全部设立婴儿车借用点，每处配备婴儿车不少于8辆，实现免押金扫码借用。
二、主要任务
（一）统一配置标准。借用婴儿车须有安全带、刹车和遮阳篷，车身张贴清洁日期和报修电话。
（二）落实清洁消毒。商场每日营业前对婴儿车扶手、坐垫进行擦拭消毒，每周拆洗一次坐垫套。
（三）规范借还管理。顾客扫码借车、原处归还，超过4小时未还的由商场客服电话提醒。
三、保障措施
区商务局会同区市场监管局每季度开展一次暗访检查，检查结果在全区商贸工作会上通报。
鹥湖区商务局
2024年3月18日
""",
    ),
    dict(
        slug="gov-zhuling-bulletin-pram-spot-check-index-table",
        site="铢岭县人民政府 (invented)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="html",
        source="https://www.zhuling.gov.cn/xxgk/bmxxgk/scjgj/202406/t20240617_336012.html",
        title="铢岭县市场监督管理局关于2024年婴儿推车产品质量监督抽查情况的通报",
        record_title="铢岭县市场监督管理局关于2024年婴儿推车产品质量监督抽查情况的通报 - 部门信息公开 · 铢岭县人民政府",
        date="2024-06-14",
        date_also=["2024-06-17"],
        notes="county portal: 长辈版/读屏 links, 索引号 table (文号 and 成文日期 cells unmarked), a data table one row "
        "a paragraph; the bureau's own 联系人/电话 beside the portal's 纠错 line and service line; the portal's "
        "publication date also accepted; a 解读 link between paragraphs and a 纠错 link glued after a sentence",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>铢岭县市场监督管理局关于2024年婴儿推车产品质量监督抽查情况的通报 - 部门信息公开 · 铢岭县人民政府</title>
<script type="text/javascript" src="/static/js/zl_stat.js"></script>
<style>.xxgk-tab td{border:1px solid #ddd;padding:4px}</style>
</head>
<body>
<div class="zl-top">
<span>⟦m 铢岭县人民政府 欢迎您⟧</span>
<a href="/zhangbei/">⟦a 长辈版⟧</a> <a href="/dupin/">⟦a 读屏专用⟧</a> <a href="/search/">⟦a 全站检索⟧</a>
</div>
<div class="zl-banner">⟦m 铢岭县人民政府门户网站⟧</div>
<ul class="zl-nav"><li>⟦m 首页⟧</li><li>⟦m 铢岭概况⟧</li><li>⟦m 公开铢岭⟧</li><li>⟦m 办事服务⟧</li><li>⟦m 政民互动⟧</li></ul>
<div class="zl-loc">⟦m 您所在的位置：首页 » 政府信息公开 » 部门信息公开 » 县市场监管局⟧</div>
<table class="xxgk-tab">
<tr><td>⟦m 索引号：431125-ZL06-2024-00213⟧</td><td>⟦m 主题分类：市场监管、安全生产监管⟧</td></tr>
<tr><td>⟦m 发布机构：铢岭县市场监督管理局⟧</td><td>成文日期：2024-06-14</td></tr>
<tr><td>文号：铢市监通〔2024〕11号</td><td>⟦m 公开日期：2024-06-17⟧</td></tr>
</table>
<div class="zl-article">
<h1>{T}</h1>
<div class="zl-info">⟦m 来源：县市场监管局　浏览：<span id="hits">1206</span>次⟧　⟦a 【大 中 小】【打印本页】【关闭】⟧</div>
<div class="zl-content">
{BODY}
</div>
<div class="zl-share">⟦l 分享至：微信 ｜ 微博 ｜ QQ空间⟧</div>
<div class="zl-rel"><h4>⟦l 相关信息⟧</h4>
<p>⟦l 铢岭县开展儿童用品质量安全“守护”行动⟧</p>
<p>⟦l 关于2023年电动自行车产品质量抽查情况的通报⟧</p></div>
</div>
<div class="zl-foot">
<p>⟦m 主办：铢岭县人民政府办公室　承办：铢岭县政务服务数据中心⟧</p>
<p>⟦m 网站纠错电话：0736-8120099　政务服务便民热线：12345⟧</p>
<p>⟦m 湘ICP备07015290号　网站标识码4311250017⟧</p>
</div>
</body>
</html>
""",
        body="""
各乡镇人民政府，县直有关单位，各有关经营者：
今年5月，我局对全县商场、母婴店和网店销售的婴儿推车开展了产品质量监督抽查，共抽取样品24批次，检出不合格8批次。现将有关情况通报如下。
销售渠道　抽查批次　不合格批次
商场　9　2
母婴店　11　4
网店　4　2
⟦l 【政策解读】一图读懂婴儿推车选购“五看”⟧
不合格项目主要集中在刹车装置、锁定装置和安全带强度三项，其中两批次产品折叠锁定装置在受力后自动松开，存在夹伤和倾翻风险。
对抽查不合格的经营者，我局已责令立即下架、停止销售，并依法立案调查。⟦a 〔我要纠错〕⟧请各经营者严格落实进货查验制度，不销售无3C认证标志的婴儿推车。
联系人：邬静岚　联系电话：0736-8125046
铢岭县市场监督管理局
2024年6月14日
""",
    ),
    dict(
        slug="gov-zishui-notice-temple-incense-burners-annex-cc",
        site="锱水县人民政府 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.zishui.gov.cn/zwgk/tzgg/202402/t20240205_190344.html",
        title="关于规范宗教活动场所露天香炉使用有关事项的通知",
        date="2024-02-02",
        date_also=["2024-02-05"],
        notes="record title as is; 成文日期 in Chinese numerals; 文号 line neutral; the document's own 联系人/电话, 附件 list, 抄送 and 印发 lines; "
        "the portal's hotline and its publication date (also accepted); 适老化 links and a share bar",
        page="""
!m 锱水县人民政府｜政务公开
!a 无障碍浏览　关怀模式　简體/繁體
!m 当前位置：首页 ＞ 政务公开 ＞ 通知公告
{T}
锱民宗发〔2024〕3号
!m 发文单位：锱水县民族宗教事务局　　公开时间：2024-02-05 10:12　　浏览量：2219
!a [ 放大字号 ]  [ 还原 ]  [ 打印此页 ]
{BODY}
!l 微信　微博　复制链接
!l 上一条：锱水县2024年春运交通安全提示
!l 下一条：关于公布县级非物质文化遗产代表性传承人名单的通知
!m 锱水县人民政府办公室主办　政务服务热线：0738-5212345
!m 赣ICP备08004417号　赣公网安备36092302000158号
""",
        indent="\u3000\u3000",
        body="""
各乡镇人民政府，各宗教活动场所：
春节、元宵期间，寺观进香人数集中，露天大香炉周边人员密集，火灾和烫伤隐患突出。为保障群众安全，现就有关事项通知如下。
一、各场所露天香炉与殿堂门窗、木构件的距离不得少于5米，香炉周边3米内不得堆放纸箱、杂物。
二、提倡文明敬香，每人限敬三支清香，不燃放高香、大香，禁止在香炉内焚烧纸钱和包装物。
三、香炉旁须配备灭火器不少于4具、水桶和沙箱各1个，安排专人值守，闭寺前清理香灰、确认无余火。
四、各乡镇于2月8日前组织一次检查，检查情况填写附件2，报县民宗局宗教科。
联系人：蔺楚瑶，电话：0738-5210367。
附件：1.宗教活动场所露天香炉安全检查要点
2.香炉安全检查情况汇总表
锱水县民族宗教事务局
二〇二四年二月二日
抄送：县消防救援大队，县应急管理局。
锱水县民族宗教事务局办公室　2024年2月2日印发
""",
    ),
    dict(
        slug="news-bingchuan-museum-grain-measure-exhibition",
        site="秉川新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.bcnews.com.cn/wenhua/2024-10/09/content_771305.html",
        title="一百二十只老米斗“量”出旧时光",
        record_title="【看展】一百二十只老米斗“量”出旧时光 ▏秉川新闻网·文化",
        date="2024-10-09",
        notes="news portal: app prompt, listen button, 24-hour list; byline 发布时间 is the page's date; a photo caption "
        "between paragraphs; an editor line glued after the last sentence",
        page="""
<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="UTF-8">
<title>【看展】一百二十只老米斗“量”出旧时光 ▏秉川新闻网·文化</title>
<script>window.bcAd = {slot: "article-top"};</script>
</head>
<body>
<div class="bc-head">
<a href="/">⟦m 秉川新闻网⟧</a><span>⟦m 秉川市委宣传部主管　秉川日报社主办⟧</span>
<a class="app" href="/app/">⟦a 打开“秉川+”客户端，看更多本地新闻⟧</a>
</div>
<nav>⟦m 要闻　时政　民生　文化　区县　视频⟧</nav>
<div class="bc-path">⟦m 秉川新闻网 ＞ 文化 ＞ 文博⟧</div>
<article>
<h1>{T}</h1>
<div class="bc-byline">⟦m 发布时间：2024-10-09 08:45　来源：秉川日报　记者：权晓禾⟧</div>
<div class="bc-tools">⟦a ▶ 听新闻⟧ ⟦a 字号 A+ A-⟧</div>
{BODY}
<div class="bc-share">⟦l 转发到：微信好友 朋友圈 微博⟧</div>
</article>
<aside>
<h3>⟦l 24小时点击排行⟧</h3>
<ol>
<li>⟦l 秉川地铁2号线南段开始试运行⟧</li>
<li>⟦l 鹥湖区新增三处口袋公园⟧</li>
<li>⟦l 国庆假期全市接待游客186万人次⟧</li>
</ol>
</aside>
<footer>
<p>⟦d 凡本网注明“来源：秉川日报”的作品，未经书面授权不得转载摘编⟧</p>
<p>⟦m 新闻热线：0737-5100110　互联网新闻信息服务许可证 43120200017⟧</p>
</footer>
</body>
</html>
""",
        body="""
本报讯（记者 权晓禾）10月8日，“斗量千秋——民间米斗收藏展”在秉川市博物馆开展，展出清代至上世纪七十年代的各式米斗120件。
这些米斗大多由市民捐赠或借展，有方口斗、圆口斗，也有专门量谷种的小升子。一只斗口包着铜皮的方斗上，还刻着“鹝溪公和号”几个字，是当年粮行的专用斗。
⟦m △图为市民在展厅里端详一只清代方斗。权晓禾 摄⟧
展览策展人介绍，过去农村交公粮、借还粮食都靠米斗计量，“平斗”和“尖斗”的差别曾是乡邻间最常说起的话题。展厅还设置了体验区，孩子们可以用米斗量豆子，认识斗、升、合的换算关系。
展览将持续到明年1月5日，市民可凭身份证免费参观，每周一闭馆。⟦m （责任编辑：乔语　终审：武岑）⟧
""",
    ),
    dict(
        slug="news-yiyang-cricket-cage-craftsman-record-date",
        site="镒阳新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.yiyangxw.cn/xiangzhen/2024-08/21/c_40219.html",
        title="七旬老人编出“会唱歌的笼子”",
        record_title="韪坪镇｜七旬老人编出“会唱歌的笼子” —— 镒阳新闻网·乡镇视窗",
        record_date="2024-08-21",
        date="2024-08-21",
        notes="date from the record; decorated title (town prefix and site-column suffix); app prompt glued before "
        "the lead; a follow line and photo caption between paragraphs; source/editor line at the bottom",
        page="""
!m 镒阳新闻网　镒阳县融媒体中心
!m 首页 / 乡镇视窗 / 韪坪镇
!t 韪坪镇｜七旬老人编出“会唱歌的笼子”
!m 2024-08-21 07:30　来源：镒阳县融媒体中心　阅读 4506
!a 【小字】【中字】【大字】
{BODY}
!m 编辑：施果　审核：杭宁
!l 分享｜微信　QQ　微博
!l 延伸阅读：镒阳县公布第七批县级非遗代表性项目名录
!d 镒阳新闻网原创稿件，转载请注明出处
!m 镒阳县融媒体中心　电话：0739-6600711
""",
        indent="\u3000\u3000",
        body="""
⟦a 下载“爱镒阳”APP看视频版⟧8月20日一早，韪坪镇文化站的院子里挂起了几十只蝈蝈笼，笼里的蝈蝈叫个不停。
编笼子的是72岁的村民薄庆山。他用秫秸秆和竹篾编笼，不用一颗钉子、一滴胶水，一只六角笼要穿插三百多根秸秆。“秸秆要选霜降后砍的，皮硬、不裂。”薄庆山一边劈篾一边说。
⟦m 图：薄庆山在教村民编六角笼（融媒记者 任蔓 摄）⟧
今年，秫秸蝈蝈笼编织技艺被列入县级非物质文化遗产代表性项目名录。镇文化站请薄庆山每周二开课，已有18名村民和学生跟着学。
镇里还把蝈蝈笼做成文创礼盒，放进县游客中心销售，一个月卖出四百多只。
""",
    ),
    dict(
        slug="forum-qiuchongge-cricket-cage-howto-jammer",
        site="秋虫阁论坛 (invented, Discuz-like)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.qiuchongge.net/thread-30518-1-1.html",
        title="用竹篾编了个葫芦底蝈蝈笼，附步骤",
        record_title="〔手作分享〕用竹篾编了个葫芦底蝈蝈笼，附步骤 - 虫具DIY - 秋虫阁论坛",
        date=None,
        notes="Discuz-like thread with jammer fonts inside the post; rating row, signature, reply box; "
        "发表于 3 天前 is no date; numbered steps; a poster's edit note glued after a sentence",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="gbk">
<title>〔手作分享〕用竹篾编了个葫芦底蝈蝈笼，附步骤 - 虫具DIY - 秋虫阁论坛</title>
<style>.jammer{color:#fff;font-size:0}</style>
<script src="static/js/common.js?Qx2"></script>
</head>
<body>
<div id="toptb">⟦m 秋虫阁论坛⟧ ⟦a 手机访问⟧ ⟦a 登录⟧ ⟦a 注册新虫友⟧</div>
<div id="pt">⟦m 秋虫阁 › 虫具天地 › 虫具DIY › 帖子详情⟧</div>
<div class="ts-head">
<h1><span id="thread_subject">⟦t 〔手作分享〕用竹篾编了个葫芦底蝈蝈笼，附步骤⟧</span></h1>
<span class="xg1">⟦m 查看 2611 ｜ 回复 38⟧</span>
</div>
<table class="plhin"><tr>
<td class="pls"><div class="authi">⟦m 篾刀老周⟧</div><p>⟦m 鸣虫长老　积分 4417⟧</p></td>
<td class="plc">
<div class="pi">⟦m 楼主｜发表于 3 天前｜只看该作者⟧</div>
<div class="t_fsz"><table><tr><td class="t_f" id="postmessage_91022">
{BODY}
</td></tr></table></div>
<div class="rate">⟦l 参与评分 6 人　威望 +6　鸣币 +30　收起理由：实用好帖⟧</div>
<div class="sign">⟦m 签名：秋风起，虫声齐——篾刀老周的笼子只送不卖⟧</div>
<div class="po">⟦a 回复　引用　举报　收藏本帖⟧</div>
</td></tr></table>
<div class="reply">⟦l 蛐蛐张：学会了，周末试试葫芦底的⟧</div>
<div id="f_pst">⟦a 登录秋虫阁后方能发表回复⟧</div>
<div id="ft">⟦m 秋虫阁论坛 bbs.qiuchongge.net　Powered by Discuz! X3.4⟧</div>
</body>
</html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
笼子做好挂了一个礼拜，蝈蝈叫得挺欢，把过程发上来给坛友参考。
材料：毛竹篾二十根，宽三毫米；细铁丝一小段；葫芦底座一个，是去年自家种的小葫芦锯开的。
1.竹篾先在水里泡一夜，软了才好弯，不泡容易折。
2.六根篾做经，十字交叉压住，用细铁丝在中心扎紧。
3.剩下的篾做纬，一压一挑往上编，编到两寸高开始收口，留一个小门。⟦m [本帖最后由 篾刀老周 于 3 天前 编辑]⟧
4.门用一小块竹片做插销，别用铁丝钩，蝈蝈腿细，容易被刮伤。
编好后别放在太阳底下暴晒，挂在阴凉通风的地方就行。喂点毛豆、南瓜花，叫声能持续到国庆。
""",
    ),
    dict(
        slug="forum-xiaomianao-secondhand-pram-tips-junk",
        site="小棉袄育儿论坛 (invented)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="https://bbs.xiaomianao-yuer.com/t/552803",
        title="买二手婴儿车前一定要看的几处地方",
        record_title="【闲置淘车】买二手婴儿车前一定要看的几处地方（宝妈亲测） - 好物交流版 - 小棉袄育儿论坛",
        date=None,
        notes="forum post with junk lines and junk glued after 。; 发表于 昨天 is no date; floor replies and medals",
        page="""
!m 小棉袄育儿论坛 - 妈妈们的第二个家
!m 论坛首页 » 好物交流版 » 闲置淘车
!t 【闲置淘车】买二手婴儿车前一定要看的几处地方（宝妈亲测）
!m 浏览 3920 · 回帖 57
!m 楼主：糖豆妈妈　勋章：热心宝妈 · 晒单达人
!m 发表于 昨天 22:14　只看楼主　倒序看帖
{BODY}
!l 2# 小鹿乱撞：太有用了，我上次买的那辆刹车就是松的
!l 3# 果果妈：楼主能不能分享一下在哪个群淘的
!a 回帖请先登录，新用户注册送20棉花糖
!m 小棉袄育儿论坛 xiaomianao-yuer.com　客服邮箱 kefu@xiaomianao-yuer.com
""",
        junk=dict(lines=2, glued=3),
        body="""
家里老二出生了，想买辆二手婴儿车省点钱，逛了几天闲置群，把看车时总结的几条经验写下来，给准备买二手的姐妹们参考。
第一看车架。折叠几次，听听有没有咔咔的异响，锁扣能不能自动锁死，车架有裂纹的千万别要。
第二看刹车。踩下刹车后用力推，轮子不能转动才算合格。我看的一辆外观九成新，刹车却是松的。
第三看安全带。五点式安全带的卡扣要按得下去、扣得牢，织带没有起毛和断线。
第四问年份。超过五年的车塑料件会老化，再便宜也不建议买。
最后提醒一句，买回来用消毒湿巾把扶手、坐垫都擦一遍，坐垫套能拆就拆下来洗。
""",
    ),
    dict(
        slug="blog-baohua-restoring-grandfather-armchair",
        site="刨花与松香 (invented, WordPress-like blog)",
        style="博客",
        genre="随笔",
        kind="other",
        form="html",
        source="https://paohua-songxiang.net/2024/05/26/taishiyi/",
        title="修好了爷爷的那把太师椅",
        record_title="〈修旧札记〉修好了爷爷的那把太师椅 — 刨花与松香",
        date="2024-05-26",
        notes="WordPress-like blog: calendar widget, archive, tag cloud, comment form; the post's 发表于 byline "
        "is the page's date; a like/tip row glued after the last sentence",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<title>〈修旧札记〉修好了爷爷的那把太师椅 — 刨花与松香</title>
<link rel="stylesheet" href="/wp-content/themes/woodshop/style.css">
<script src="/wp-includes/js/wp-emoji-release.min.js"></script>
</head>
<body class="single">
<header><p class="site-title">⟦m 刨花与松香⟧</p><p class="site-description">⟦m 一个小木匠的修修补补⟧</p></header>
<nav>⟦m 首页　修旧札记　工具杂谈　留言板⟧</nav>
<main>
<article>
<h1 class="entry-title">{T}</h1>
<div class="entry-meta">⟦m 发表于 2024年5月26日　作者 老榆木　分类 修旧札记⟧</div>
<div class="entry-content">
{BODY}
</div>
<footer class="entry-footer">⟦l 标签：太师椅、榫卯、老家具修复⟧</footer>
</article>
<nav class="post-nav">⟦l « 给工作台换了新台钳⟧　⟦l 一把清代条凳的拆解 »⟧</nav>
<section id="comments">
<h3>⟦l 2 条评论⟧</h3>
<p>⟦l 山间木屋：补雕的梅花瓣真看不出来，手艺好！⟧</p>
<p>⟦l 老榆木 回复 山间木屋：谢谢，磨了整整一下午⟧</p>
<form>⟦a 发表评论（电子邮箱不会被公开）⟧</form>
</section>
</main>
<aside>
<div class="widget">⟦l 2024年五月 日历 一 二 三 四 五 六 日⟧</div>
<div class="widget"><h4>⟦l 文章归档⟧</h4><p>⟦l 2024年五月 (3)　2024年四月 (5)⟧</p></div>
<div class="widget"><h4>⟦l 标签云⟧</h4><p>⟦l 榫卯 刨子 老家具 木蜡油 雕刻⟧</p></div>
</aside>
<footer class="site-footer">⟦m © 2024 刨花与松香　自豪地采用 WordPress⟧</footer>
</body>
</html>
""",
        body="""
爷爷留下的那把太师椅在老屋里放了十几年，椅面开裂，右边扶手的榫头也松了，一坐就吱呀响。五一假期，我把它拉回工作室，花了四天把它修好。
拆开才发现，当年的师傅用的是鱼鳔胶，受潮后早已失效。我用温水慢慢把旧胶泡软，把榫头一个个退出来，清理干净后重新用骨胶拼合，再用木楔把松动的地方塞紧。
靠背上雕的是“喜上眉梢”，有两片梅花瓣断了。我挑了一块颜色相近的老榆木，照着另一侧的纹样补雕，打磨了很久才看不出接缝。
最后只上了一遍蜂蜡，没有刷漆。爸爸说，椅子又能坐了，爷爷当年就坐在这把椅子上给他讲故事。⟦l 👍 喜欢 12　☕ 请老榆木喝杯茶⟧
""",
    ),
]

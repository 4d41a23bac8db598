"""holdout360, part A: 范文站, 文库预览, 政府门户, 新闻门户, 论坛 (each once as HTML, once as text).

Invented text throughout (see ../README.md); markup as ../build.py describes.
"""

CASES = [
    dict(
        slug="fanwen-moqi-speech-aerator-water-saving-gb2312",
        site="墨畦范文苑 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.moqifw.cn/jianghua/jieshui/2025/0402/18836.html",
        title="在全县节水型单位创建推进会上的讲话",
        record_title="在全县节水型单位创建推进会上的讲话（节水专题·讲话定稿）_墨畦范文苑",
        date="2025-03-20",
        date_also=["2025-04-02"],
        notes="old table layout with marquee, reading row, floating ghost-writer box, hot list, visitor counter; date and speaker under the speech title (neutral); a ghost-writer QQ glued after a sentence; page posting date also accepted",
        p_html="<p style=\"text-indent:2em\">{}</p>",
        page="""
<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>在全县节水型单位创建推进会上的讲话（节水专题·讲话定稿）_墨畦范文苑</title>
<meta name="keywords" content="节水型单位,起泡器,讲话稿">
<link href="/css/fw2011.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/float_qq.js"></script>
</head>
<body topmargin="0" leftmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td height="28" bgcolor="#F3EFE2"><marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">⟦m ★墨畦范文苑：一畦笔墨，万篇范文，讲话总结随手取用★⟧</marquee></td></tr>
<tr><td><img src="/images/logo_moqi.gif" alt="墨畦范文苑" width="260" height="62"> ⟦a 设墨畦为主页 | 把本站放进收藏夹⟧</td></tr>
<tr><td class="nav">⟦m <a href="/">网站首页</a> | <a href="/jianghua/">领导讲话</a> | <a href="/zongjie/">总结汇报</a> | <a href="/xinde/">心得感悟</a> | <a href="/gongwen/">公文格式</a>⟧</td></tr>
</table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="700" valign="top">
<div class="weizhi">⟦m 您的位置：<a href="/">墨畦范文苑</a> → <a href="/jianghua/">领导讲话</a> → 节水环保讲话⟧</div>
<table width="100%" border="0"><tr><td align="center"><h2>{T}</h2></td></tr>
<tr><td align="center" class="info">⟦m 录入：青畦　更新：2025-04-02　人气：<script src="/count.asp?id=18836"></script>1207⟧</td></tr>
<tr><td align="center">⟦a 【页面字体：特大 中号 小号】【换个底色看看】⟧</td></tr></table>
<table width="100%" border="0"><tr><td class="content">
<p align="center">县机关事务服务中心主任　郝立文</p>
<p align="center">（2025年3月20日）</p>
{BODY}
</td></tr></table>
<p>⟦a 【复制这篇讲话】　【存成Word文档】　【发给朋友看看】⟧</p>
<p>⟦l ◇上一篇：全县公共机构节能宣传周启动仪式讲话⟧<br>⟦l ◇下一篇：在机关食堂反食品浪费推进会上的发言⟧</p>
</td>
<td width="250" valign="top" bgcolor="#FAF8F0">
<div class="sidetit">⟦l 讲话稿·本月点击榜⟧</div>
<ul>
<li>⟦l 在节约用水宣传月启动会上的讲话⟧</li>
<li>⟦l 机关后勤工作会议讲话（精编）⟧</li>
<li>⟦l 县长在水资源管理考核会上的讲话⟧</li>
</ul>
<div class="sidetit">⟦w 写讲话找墨畦：微信 moqi_bigan 随时在线⟧</div>
</td></tr></table>
<table width="960" border="0" align="center"><tr><td align="center" class="foot">
⟦d 墨畦范文苑所收文章均来自网友投稿，仅供写作参考，转载请保留出处⟧<br>
⟦m 墨畦范文苑 www.moqifw.cn　赣ICP备11038207号⟧<br>
⟦m 您是第 00836142 位来到墨畦的朋友⟧
</td></tr></table>
<div id="floatqq" style="position:absolute;right:6px;top:220px;">⟦w 代笔咨询 QQ：2740 1983⟧</div>
<script type="text/javascript">floatQQ('floatqq');</script>
</body></html>
""",
        body="""
同志们：
今天召开全县节水型单位创建推进会，主要是通报前一阶段进展，安排下一步工作。⟦w 讲话稿赶时间？墨畦老师帮你改，QQ 3318 0562⟧刚才几家单位介绍了做法，讲得很实在，我都赞成。
去年以来，全县已有四十二家机关单位完成节水器具改造，累计更换水龙头起泡器一千六百余只，机关办公区用水量同比下降百分之十一点四。实践证明，一只小小的起泡器，拧上去不过一分钟，省下来的却是实打实的水费。
下面，我讲三点意见。
一是摸清底数。各单位要在四月底前对办公楼、食堂和公共卫生间的用水点逐一登记，哪些龙头已经装了起泡器、哪些还没有装，要做到心中有数。
二是选好器具。采购时要认准节水产品认证标识，不能图便宜买来路不明的产品，更不能装上去就不管。
三是管好维护。起泡器用久了容易积水垢、出水变小，后勤部门要每季度拆洗一次，发现滤网破损要及时更换。
同志们，节水是一件天天做、人人做的小事，也是一件关系长远的大事。希望大家抓细抓实，确保年底前全县公共机构全部达到节水型单位标准。
""",
    ),
    dict(
        slug="fanwen-antou-insight-needle-threader-volunteer",
        site="案头范文库 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://m.antoufw.com/xinde/zhiyuan/60417.html",
        title="参加“穿针引线·适老同行”志愿服务活动心得体会",
        record_title=None,
        date=None,
        notes="no title in the record: found on the page's title line after a tag line; no date (an update stamp in days ago); a collect link glued after a sentence and a member prompt on a line of its own inside the body",
        indent="\u3000\u3000",
        page="""
!m 案头范文库｜把好材料放在你的案头
!m 当前栏目：首页 ＞ 心得体会 ＞ 志愿服务心得
!m 标签：志愿服务　适老化　敬老
{T}
!m 整理：案头小编　更新于 3 天前　浏览 2641
!a 〔一键复制〕〔转存到手机〕〔纠错反馈〕
{BODY}
!a 本文已展示全部正文，Word排版版需开通案头会员后下载
!l 同栏目推荐
!l ▪ 重阳节敬老院志愿服务心得（三篇）
!l ▪ 社区适老化改造入户走访体会
!l ▪ 青年志愿者“银龄陪伴”活动感悟
!d 案头范文库内容来源于网友分享，仅作学习交流，勿作他用。
!m 案头范文库 antoufw.com 蜀ICP备20031877号-1
""",
        body="""
上个月，我跟随单位团支部参加了“穿针引线·适老同行”志愿服务活动，到晰园社区为独居老人送上便民针线包，并手把手教大家使用穿针器。短短半天，却让我对“为老服务”有了新的理解。
活动开始前，我以为穿针器是个再简单不过的小东西，发下去就行。真到了老人家里才发现，很多老人眼睛花了，连穿针器头上那根细钢丝都看不清，需要我们一遍遍地演示。⟦a ☆收藏这篇心得⟧八十三岁的周奶奶试了五次终于把线穿了过去，高兴得像个孩子。
⟦a 开通会员，范文全站畅读不限次⟧
这次活动让我体会到，适老服务不在于送多贵的东西，而在于把老人的难处放在心上。一根线穿不过针眼，在年轻人看来是小事，对老人来说却可能意味着一件衣服只能放着不补。
今后，我将继续参加社区志愿服务，多听老人说话，多帮老人做些力所能及的小事，让“穿针引线”的温暖传得更远。
""",
    ),
    dict(
        slug="wenku-shijuan-plan-pegboard-tool-wall-markers-html",
        site="拾卷文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="other",
        form="html",
        source="https://www.shijuanwk.com/view/p-7204418.html",
        title="塾湖区第三中学实验室打孔板工具墙建设实施方案",
        record_title="塾湖区第三中学实验室打孔板工具墙建设实施方案（可直接套用·含布置图说明）- 拾卷文库",
        date="2025-02-26",
        notes="文库 reader: viewer toolbar, page markers '⪙ n ⪚' as HTML paragraphs cutting sentences, decimal headings, coin pay box; 成文日期 at the end",
        p_html="<p class=\"reader-txt\">{}</p>",
        pages=dict(fmt="⪙ {n} ⪚", every=150, start=2),
        page="""
<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>塾湖区第三中学实验室打孔板工具墙建设实施方案（可直接套用·含布置图说明）- 拾卷文库</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<script src="https://static.shijuanwk.com/reader/v3/reader.min.js"></script>
<style>.reader-txt{line-height:1.9}</style>
</head><body>
<header class="sj-top"><a class="logo" href="/">⟦m 拾卷文库 · 卷卷有用⟧</a>
<nav><a href="/jiaoyu/">⟦m 教育文档⟧</a> <a href="/fangan/">⟦m 方案计划⟧</a> <a href="/zhidu/">⟦m 规章制度⟧</a></nav>
<a href="/passport/login">⟦a 登录领取新人文库券⟧</a></header>
<div class="crumbs">⟦m 拾卷文库 / 教育文档 / 学校管理 / 实验室建设⟧</div>
<main class="doc-wrap">
<h1 class="doc-title">{T}</h1>
<div class="doc-meta">⟦m 贡献者：塾湖老蔡　页数：5页　格式：DOCX　大小：142.6KB　上传于：2025-03-11⟧</div>
<div class="viewer-bar">⟦a 适合宽度 ｜ 放大 ｜ 缩小 ｜ 全屏阅读⟧</div>
<div class="reader" id="reader">
{BODY}
</div>
<div class="pay-box"><p>⟦a 余下2页需支付 6 拾卷币解锁，会员可免费阅读⟧</p>
<button>⟦a 支付并下载原文⟧</button> <button>⟦a 开通年卡省一半⟧</button></div>
<section class="similar"><h3>⟦l 读过这份方案的人也在看⟧</h3>
<ul><li>⟦l 中学物理实验室器材定置管理制度.docx⟧</li><li>⟦l 劳动教育实践室布置方案（附效果图）⟧</li><li>⟦l 学校创客空间建设方案范文⟧</li></ul></section>
</main>
<footer><p>⟦d 文档由用户上传至拾卷文库，著作权归上传者；如有侵权请通过举报通道反馈⟧</p>
<p>⟦m ©2025 shijuanwk.com　沪ICP备19074230号-3⟧</p></footer>
<script>Reader.init({id:"7204418",free:3});</script>
</body></html>
""",
        body="""
为规范实验室器材管理，提高学生动手实践的效率，学校决定在物理、通用技术两个实验室建设打孔板工具墙，特制定本方案。
1.总体目标
1.1 用一学期时间，把两个实验室常用的钳子、螺丝刀、万向夹、导线等工具全部上墙定位，做到一物一位、取用有序。
1.2 通过工具墙建设，培养学生归位意识，减少器材丢失和损坏。
2.建设内容
2.1 每个实验室安装1.2米×2.4米钢制打孔板两块，孔距统一为25毫米，配挂钩、托板和收纳盒。
2.2 工具位置用彩色轮廓线标出，缺了哪一件，一眼就能看出来。
2.3 打孔板下沿距地面不低于90厘米，防止学生弯腰取物时碰头。
3.实施步骤
3.1 三月上旬完成测量和采购，三月下旬完成安装，四月起在各班试用。
3.2 试用一个月后，由实验员收集师生意见，调整挂钩位置。
4.保障措施
由总务处负责采购安装，教务处负责使用指导，安全办负责检查挂件是否牢固。
塾湖区第三中学
2025年2月26日
""",
    ),
    dict(
        slug="wenku-diaye-research-beer-mug-wrapped-pdf",
        site="叠页文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://www.dieyewenku.com/doc/3380917.html",
        title="关于全市餐饮场所玻璃啤酒杯使用安全情况的调研报告",
        record_title="关于全市餐饮场所玻璃啤酒杯使用安全情况的调研报告.pdf",
        date="2024-11-15",
        notes="file-name record title; a PDF preview hard-wrapped at 62 columns with markers '⋦n⋧' glued to the continuation line; 成文日期 at the end; upload stamp is no date",
        wrap=62,
        indent="\u3000\u3000",
        pages=dict(fmt="⋦{n}⋧", every=120, start=2, glue=True),
        page="""
!m 叠页文库　一页一页，叠出好文档
!t 关于全市餐饮场所玻璃啤酒杯使用安全情况的调研报告.pdf
!m 上传者：jzsj_2024　上传时间：2024-12-02　共 7 页　PDF
!a 下载此文档　｜　放入我的书架　｜　打印预览
{T}
{BODY}
!a 试看部分已结束，付费 ￥5.80 即可查看余下 3 页
!a 微信支付　　支付宝支付　　叠页会员免费
!d 本文档为叠页文库用户上传，平台不保证其准确性；侵权内容请发邮件至 jubao@dieyewenku.com
!l 你可能还想看：餐饮服务食品安全操作规范解读.pdf　｜　夜市经营安全管理调研.docx
""",
        body="""
今年夏季，市消费者权益保护委员会会同市市场监管局，对城区三十六家烧烤店、啤酒屋和大排档的玻璃啤酒杯使用情况进行了调研，现将有关情况报告如下。
一、基本情况
调研共查看啤酒杯一千二百余只，其中杯口有崩边、杯身有裂纹的一百零七只，占百分之八点九；使用非钢化普通玻璃杯的门店有十四家。调研期间收集到顾客被碎杯划伤的投诉九起，多发生在夜间客流高峰。
二、存在的问题
一是部分门店为节约成本，长期使用有破损的杯子，不及时淘汰；二是洗杯时冷热水交替冲洗，容易造成杯体炸裂；三是服务员端杯数量过多，碰撞频繁。
三、对策建议
建议餐饮门店全面使用钢化玻璃或耐摔材质的啤酒杯，建立杯具定期检查和淘汰制度；行业协会组织开展员工培训；市场监管部门将杯具安全纳入日常检查内容。
柬州市消费者权益保护委员会
2024年11月15日
""",
    ),
    dict(
        slug="gov-fanchuan-notice-aerator-replacement-html",
        site="藩川县人民政府 (invented county portal)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.fanchuan.gov.cn/zwgk/tzgg/202503/t20250307_55019.html",
        title="关于开展公共机构节水器具更换工作的通知",
        record_title="关于开展公共机构节水器具更换工作的通知_机关事务动态_藩川县人民政府",
        date="2025-03-06",
        date_also=["2025-03-07"],
        notes="county portal: elder/screen-reader links, 索引号 table (the 文号 cell unmarked), attachment download link beside the 附件 list, 纠错 and 12345 lines beside the notice's own contact, 抄送 and 印发 lines; posting date also accepted",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>关于开展公共机构节水器具更换工作的通知_机关事务动态_藩川县人民政府</title>
<meta name="ArticleTitle" content="关于开展公共机构节水器具更换工作的通知">
<meta name="PubDate" content="2025-03-07 10:12">
<script src="/js/jquery-1.12.4.min.js"></script>
<script src="/js/fcgov-aria.js"></script>
</head><body>
<div class="topbar"><span>⟦m 藩川县人民政府门户网站⟧</span> <a href="#">⟦a 银发大字版⟧</a> <a href="#">⟦a 视障辅助通道⟧</a> <a href="#">⟦a 手机看藩川⟧</a></div>
<div class="nav"><a href="/">⟦m 首页⟧</a> <a href="/zwgk/">⟦m 政务公开⟧</a> <a href="/zwfw/">⟦m 政务服务⟧</a> <a href="/hdjl/">⟦m 互动交流⟧</a> <a href="/zjfc/">⟦m 走进藩川⟧</a></div>
<div class="position">⟦m 当前位置：首页 &gt; 政务公开 &gt; 机关事务动态⟧</div>
<table class="xxgk-head">
<tr><td>⟦m 索引号：11361027MB1C04582X/2025-00319⟧</td><td>⟦m 发布机构：藩川县机关事务服务中心⟧</td></tr>
<tr><td>⟦m 主题分类：节能节水⟧</td><td>藩机事发〔2025〕9号</td></tr>
<tr><td>⟦m 成文时间：2025-03-06⟧</td><td>⟦m 公开日期：2025-03-07⟧</td></tr>
</table>
<div class="article">
<h1>{T}</h1>
<div class="tools">⟦a 【字号 加大 默认 减小】⟧ ⟦a 【打印正文】⟧ ⟦a 【关掉此窗】⟧</div>
<div class="TRS_Editor">
{BODY}
</div>
<div class="fujian">⟦a 附件下载：公共机构用水点登记表.xlsx（23KB）⟧<br>⟦a 附件下载：节水器具更换进度月报表.xlsx（18KB）⟧</div>
</div>
<div class="share">⟦l 转发到：微信 · 微博 · QQ空间⟧</div>
<div class="related"><h4>⟦l 相关信息⟧</h4><ul><li>⟦l 藩川县2024年节水型机关建设情况通报⟧</li><li>⟦l 县水利局开展“节水进机关”宣传⟧</li></ul></div>
<div class="footer">
<p>⟦m 主办：藩川县人民政府办公室　承办：藩川县大数据中心⟧</p>
<p>⟦m 网站内容纠错请致电：0796-8216600（工作日）⟧　⟦m 政务服务便民热线：12345⟧</p>
<p>⟦m 赣ICP备05008121号　政府网站标识码：3608270009⟧</p>
</div>
<script>_fcAria.init();</script>
</body></html>
""",
        body="""
县直各单位，各乡镇人民政府：
为推进节约型机关建设，县机关事务服务中心决定在全县公共机构开展节水器具更换工作。现将有关事项通知如下。
1.更换范围。各单位办公区、食堂和公共卫生间的洗手龙头、厨房龙头，未加装起泡器或起泡器损坏的，一律更换为节水型起泡器。
2.时间安排。3月底前完成用水点登记，5月底前完成更换，6月中旬县机关事务服务中心组织抽查。
3.工作要求。各单位要明确一名联络员，如实填报登记表和进度表，不得漏报、虚报。
附件：1.公共机构用水点登记表
2.节水器具更换进度月报表
联系人：县机关事务服务中心节能科　黄晓岚　电话：0796-8213075
藩川县机关事务服务中心
2025年3月6日
抄送：县水利局，县财政局。
藩川县机关事务服务中心办公室　2025年3月6日印发
""",
    ),
    dict(
        slug="gov-jianzhou-bulletin-tester-pen-spot-check-wrapped",
        site="柬州市市场监督管理局 (invented city portal, text view)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="text",
        source="https://scjgj.jianzhou.gov.cn/xxgk/cjgs/202410/t20241030_8812.html",
        title="关于2024年第三季度测电笔等电工工具产品质量监督抽查情况的通报",
        record_title="关于2024年第三季度测电笔等电工工具产品质量监督抽查情况的通报 - 产品质量抽检结果 - 柬州市市场监督管理局",
        date="2024-10-28",
        date_also=["2024-10-30"],
        notes="text view of a portal page hard-wrapped at 58 columns: a data table (one row a paragraph, cells apart by ideographic spaces), a 文号 line (neutral), 抄送 line; portal publish date also accepted",
        wrap=58,
        indent="\u3000\u3000",
        page="""
!m 柬州市市场监督管理局　|　政务公开　|　抽查公示
!m 首页 >> 信息公开 >> 产品质量抽查
{T}
!m 发布日期：2024-10-30　信息来源：质量监督科　浏览量：[ 903 ]
!a [ 大字 ] [ 中字 ] [ 小字 ]　　打印此页　　关闭窗口
柬市监质〔2024〕31号
{BODY}
!l 【上一条】柬州市2024年电动自行车头盔专项抽查结果公示
!l 【下一条】关于开展儿童玩具质量安全“护苗”行动的通知
!m 柬州市市场监督管理局主办　地址：柬州市塾湖区政和路58号　邮编：331208
!m 网站标识码 3610000021　赣公网安备 36100202000418号
""",
        body="""
各县（区）市场监管局，市局各有关科室：
2024年第三季度，市局组织对全市流通领域的测电笔、电工钳、绝缘胶带等电工工具产品开展了质量监督抽查。现将抽查情况通报如下。
一、抽查结果
本次共抽查电工工具产品90批次，不合格11批次，不合格发现率12.2%。其中测电笔抽查32批次，不合格6批次，主要问题是氖泡启辉电压偏高、绝缘外壳耐压不足。
产品类别　抽查批次　不合格批次
测电笔　32　6
电工钳　30　3
绝缘胶带　28　2
二、处理意见
对抽查不合格的产品，由属地市场监管部门依法责令经营者停止销售，并跟踪整改。请各县（区）局于11月30日前将核查处置情况报市局质量监督科。
柬州市市场监督管理局
2024年10月28日
抄送：市消费者权益保护委员会。
""",
    ),
    dict(
        slug="news-fanchuan-rongmei-threaders-for-elderly-html",
        site="藩川融媒 (invented county news portal)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.fcrongmei.cn/ms/2025-01/14/content_40718.html",
        title="藩川县百余名独居老人领到“穿针神器”",
        record_title="藩川县百余名独居老人领到“穿针神器” - 藩川融媒 · 民生暖闻",
        record_date="2025-01-14",
        date="2025-01-14",
        notes="news page: client prompt glued before the lead's first words, a photo caption between paragraphs, an editor line glued after the last paragraph, 24-hour list, ad slot; the record gives the date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>藩川县百余名独居老人领到“穿针神器” - 藩川融媒 · 民生暖闻</title>
<script>window.__FC_AD__={slot:"art-right"};</script>
<link rel="stylesheet" href="//img.fcrongmei.cn/css/article2024.css">
</head><body>
<div class="hd"><a class="logo" href="/">⟦m 藩川融媒 · 藩川人自己的新闻⟧</a>
<ul class="chn"><li>⟦m 时政⟧</li><li>⟦m 民生⟧</li><li>⟦m 乡镇⟧</li><li>⟦m 视频⟧</li><li>⟦m 藩川号⟧</li></ul></div>
<div class="path">⟦m 藩川融媒 &gt; 民生频道 &gt; 正文⟧</div>
<div class="art">
<h1>{T}</h1>
<div class="src">⟦m 2025-01-14 16:05　来源：藩川融媒　记者 伍春梅 通讯员 方立⟧ <a class="listen">⟦a ▶ 听这篇新闻⟧</a></div>
<div class="txt">
{BODY}
</div>
<div class="fx">⟦l 分享此文：朋友圈 ｜ 微博 ｜ 复制链接⟧</div>
</div>
<div class="aside"><h3>⟦l 藩川24小时热读⟧</h3>
<ol><li>⟦l 藩溪大桥春节期间错峰通行⟧</li><li>⟦l 斌河镇腊货市场开市⟧</li><li>⟦l 县医院开设老年综合门诊⟧</li></ol>
<div class="ad">⟦m 广告　藩川年货节·满200减30⟧</div></div>
<div class="ft"><p>⟦d 未经藩川融媒书面授权，不得转载、摘编本站稿件⟧</p><p>⟦m 藩川县融媒体中心主办　赣ICP备18006437号⟧</p></div>
<script src="//img.fcrongmei.cn/js/stat.js"></script>
</body></html>
""",
        body="""
⟦a 下载“藩川融媒”App，本地新闻抢先看⟧本报讯　1月13日上午，县民政局联合县老年协会在斌河镇敬老院举行“暖冬助老”便民物品发放活动，为全县一百二十六名独居老人送去装有穿针器、老花镜和针线的便民包。
“眼睛不好使，穿根线要折腾半天，有了这个就方便了。”七十九岁的胡大爷拿着穿针器，在工作人员指导下很快把线穿进了针眼。
⟦m 图为工作人员教老人使用穿针器。伍春梅 摄⟧
据了解，这批便民包由县内爱心企业捐赠，县民政局将通过村（社区）网格员陆续送到其余乡镇的独居老人手中，并上门教老人使用。⟦m （编辑：范小禾　审核：谌立）⟧
""",
    ),
    dict(
        slug="news-xiyang-online-beer-mug-check-missing-title",
        site="晰阳在线 (invented county news site, text)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.xiyangzx.com/news/2024/0703/112906.shtml",
        title="啤酒节开幕在即　晰阳县抽检夜市啤酒杯",
        record_title=None,
        date="2024-07-03",
        notes="no title in the record: the title line under the channel name; the byline's 发布时间 is the page's date; a photo caption and a related link between paragraphs",
        page="""
!m 晰阳在线 — 晰阳人的网上家园
!m 新闻中心 ＞ 本地要闻
{T}
!m 发布时间：2024-07-03 10:15　作者：庞岚　来源：晰阳在线
!a 【大 中 小】【我要评论】
{BODY}
!l 【延伸阅读】去年晰阳啤酒节接待游客十二万人次
!l 网友评论（0）　快来抢沙发
!m 晰阳在线版权所有　未经许可请勿转载
!m 新闻热线：0795-7361188　投稿邮箱：news@xiyangzx.com
""",
        body="""
7月2日晚，晰阳县市场监管局执法人员来到即将举办啤酒节的沿河夜市，对二十余家摊位使用的玻璃啤酒杯进行抽检。
执法人员逐桌查看杯口、杯底，发现三家摊位仍在使用有崩口的杯子，当场要求其撤换，并登记了一家使用无标识塑料杯的摊位。
⟦m ▲执法人员检查摊位上的啤酒杯（庞岚 摄）⟧
“啤酒杯一旦有裂纹，倒冰啤酒时温差大，很容易炸开伤人。”县市场监管局食品经营科负责人说，啤酒节期间将每晚安排人员巡查，同时提醒市民发现杯具破损及时向摊主提出更换。
据悉，今年晰阳啤酒节将于7月6日开幕，预计持续十天。
""",
    ),
    dict(
        slug="forum-huoxian-tester-pen-pitfalls-jammer-html",
        site="火线电工社区 (invented, Discuz-like)",
        style="论坛",
        genre="经验帖",
        kind="other",
        form="html",
        source="https://bbs.huoxiandg.com/thread-294471-1-1.html",
        title="测电笔不亮就一定没电吗？说说我踩过的坑",
        record_title="[避坑复盘] 测电笔不亮就一定没电吗？说说我踩过的坑（入行三年内必读）- 电工茶话 - 火线电工社区",
        date=None,
        notes="Discuz-like thread with jammer fonts inside the post (<br> lines), poster panel, rating row, signature; posted 5 天前 (no date)",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        page="""
<!DOCTYPE html>
<html><head><meta charset="gbk">
<title>[避坑复盘] 测电笔不亮就一定没电吗？说说我踩过的坑（入行三年内必读）- 电工茶话 - 火线电工社区</title>
<style>.jammer{color:#fff;font-size:0px}</style>
<script src="static/js/common.js?Vx2"></script>
</head><body>
<div id="toptb">⟦m 火线电工社区⟧ <a>⟦a 登录⟧</a> <a>⟦a 注册会员⟧</a> <a>⟦a 找回密码⟧</a></div>
<div id="pt">⟦m 火线电工社区 › 技术交流 › 电工茶话 › 查看帖子⟧</div>
<div class="hm">⟦m 阅读 6408 ｜ 回复 57⟧</div>
<table class="plhin"><tr>
<td class="pls"><div class="pi">⟦m 零线不零⟧</div><p>⟦m 中级电工　帖子 833　积分 2120⟧</p></td>
<td class="plc"><h1><span id="thread_subject">{T}</span></h1>
<div class="authi">⟦m 楼主　发表于 5 天前　|　只看此人　|　倒着看⟧</div>
<div class="t_fsz"><table><tr><td class="t_f">
{BODY}
</td></tr></table></div>
<div class="psth">⟦a 参与评分 3　电工币 +6⟧</div>
<div class="sign">⟦m 签名：干了二十年电工，手上的老茧比证书多⟧</div>
<div class="po">⟦a 回复　引用　点赞　收藏帖子⟧</div></td></tr></table>
<div class="pgs">⟦l ‹ 上一主题：漏电保护器老跳闸怎么查⟧　⟦l 下一主题：家装电线选2.5还是4平方 ›⟧</div>
<div id="f_pst">⟦a 登录后才能参与讨论，还没账号？马上注册⟧</div>
<div id="ft">⟦m 火线电工社区 ( 冀ICP备16052819号 ) 电工互助，安全第一⟧</div>
</body></html>
""",
        body="""
干电工这行十来年，测电笔天天揣在兜里，可有一回差点栽在它手上，今天说出来给新手提个醒。
那次修一户人家的插座，我用测电笔碰了一下火线孔，氖泡不亮，就以为断电了，伸手去拆面板，结果被麻了一下。后来才发现，是测电笔里的电阻受潮了，氖泡根本不会亮。
所以我现在的习惯是：
1.每次用之前，先在确定有电的插座上试一下，亮了再去测要修的地方。
2.测的时候手指一定要按住笔尾的金属部分，不然有电也不亮。
3.阳光下看不清氖泡，要用手挡一挡光再看。
4.测电笔只能判断有没有电，真要动手拆线，还是得拉闸、验电、挂牌，一步都不能省。
这些都是血泪教训，大家干活千万别偷懒。
""",
    ),
    dict(
        slug="forum-jumo-pegboard-garage-junk-text",
        site="锯末与螺丝DIY论坛 (invented)",
        style="论坛",
        genre="经验帖",
        kind="other",
        form="text",
        source="https://www.jumoluosi.com/bbs/t/51880",
        title="车库打孔板上墙记",
        record_title="[DIY晒单] 车库打孔板上墙记（附五金清单）- 收纳改造区 - 锯末与螺丝DIY论坛",
        date=None,
        notes="hobby-forum post with anti-scraping junk as lines and glued after 。; a materials table; posted 昨天 (no date); replies below",
        page="""
!m 锯末与螺丝DIY论坛 · 动手的人在这里
!m 首页 » 收纳改造区 » 帖子详情
!t [DIY晒单] 车库打孔板上墙记（附五金清单）
!m 楼主：钉子户老马　发表于 昨天 21:40　浏览 1533　回复 24
{BODY}
!a 觉得有用就点个“有料”，让更多人看到
!l 2楼　木工小白：挂钩在哪买的？求链接
!l 3楼　钉子户老马：回复2楼，五金城随便一家都有
!l 4楼　阿瓦：膨胀螺丝那段太有用了，收藏
!a 游客请先登录，登录后可查看帖内大图
!m 锯末与螺丝DIY论坛　Powered by Discuz! X3.5
""",
        junk=dict(lines=2, glued=3),
        body="""
车库里的工具一直堆在纸箱里，找把螺丝刀都要翻半天。上周末下决心在墙上装了两块打孔板，折腾一天，效果还不错，记录一下过程。
先说材料，都是在本地五金城买的：
材料　数量　价格
金属打孔板60×120厘米　2块　236元
各式挂钩　40个　58元
膨胀螺丝和垫片　12套　15元
安装时要注意，打孔板和墙之间得留出两三厘米的空隙，不然挂钩插不进去。我是在螺丝上套了塑料垫管，板子离墙正好两厘米半。打膨胀螺丝前一定先用探测仪看看墙里有没有电线水管。
挂的时候把常用的放在齐胸高，锯子、锤子这种重的放下面。现在每样工具都有自己的位置，用完随手挂回去，车库一下子清爽了。
""",
    ),
]

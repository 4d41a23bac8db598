# ruff: noqa: W291  (a line of the page ends with a space, as scraped)
"""holdout39, part A: a county people's armed forces department (民兵整组), an oilfield work
area, a hot-spring resort, an acrobatic troupe, a toy factory, a laundry trade association,
a satellite ground station, a ballet school. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="gov-tangxi-militia-notice-old-table",
        site="棠溪县人民武装部 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://rwb.tangxi.example.gov.cn/Article/ShowArticle.asp?ArticleID=3318",
        title="关于开展2025年度民兵整组工作的通知",
        record_title="关于开展2025年度民兵整组工作的通知--棠溪县人民武装部",
        date="2025-03-04",
        notes="old ASP table layout with a scrolling notice, a 'visits' counter and a font row; the notice's own 联系人/电话 next to the site's 值班电话; a table of quotas; signature date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>关于开展2025年度民兵整组工作的通知--棠溪县人民武装部</title>
<script language="javascript">function fontZoom(s){document.getElementById('zoom').style.fontSize=s+'px';}</script></head>
<body topmargin="0">
<table width="980" align="center"><tr><td class="logo">⟦m 棠溪县人民武装部　国防动员网⟧</td><td align="right">⟦m 今天是：乙巳年 星期二⟧</td></tr>
<tr><td colspan="2"><marquee scrollamount="3">⟦l 滚动公告：欢迎适龄青年踊跃报名参军，携笔从戎正当时！⟧</marquee></td></tr>
<tr><td colspan="2" class="nav">⟦m 首页 | 机构概况 | 征兵工作 | 民兵建设 | 国防教育 | 双拥共建⟧</td></tr></table>
<table width="980" align="center"><tr><td width="220" valign="top">
<div class="box"><b>⟦l 栏目导航⟧</b><br>⟦l ·民兵建设⟧<br>⟦l ·专武干部之窗⟧<br>⟦l ·国防教育进校园⟧</div>
<div class="box">⟦m 值班电话：0759-6620110（24小时）⟧</div>
</td><td valign="top">
<div class="path">⟦m 位置：网站首页 >> 民兵建设 >> 通知公告⟧</div>
<h2 align="center">{T}</h2>
<div align="center">⟦m 作者：政工科　　来源：本站原创　　点击数：1427　　更新时间：2025-3-4⟧</div>
<div align="center">⟦a 【字号：大 中 小】【关闭窗口】【打印此页】⟧</div>
<div id="zoom">
{BODY}
</div>
<div>⟦l 上一条：县人武部召开党委第一季度议军会⟧<br>⟦l 下一条：关于组织民兵参加春季森林防火演练的通知⟧</div>
</td></tr></table>
<table width="980" align="center"><tr><td align="center">⟦d 版权所有：棠溪县人民武装部　未经授权禁止转载⟧<br>⟦m 备案号：棠ICP备05008812号⟧　⟦m 您是本站第 0086213 位访客⟧</td></tr></table>
</body></html>
""",
        body="""
各乡镇人民武装部，县直各单位：
根据上级关于年度民兵整组工作的部署，结合我县实际，现就做好2025年度民兵整组工作通知如下。
一、整组时间。3月上旬开始，4月30日前全面完成，分宣传发动、摸底调查、编组点验三个阶段进行。
二、编建规模。各乡镇基干民兵编建任务见下表：
单位　应急连（排）　专业分队　人数
枳桥镇　1个排　1个　46
青岗乡　1个排　无　32
白石镇　1个连　2个　118
三、工作要求。要坚持按纲施训、按需编组，严禁空挂虚编，凡退役士兵、专业技术人员优先编入。整组结束后，各单位要将花名册报县人武部军事科备案。
联系人：军事科　钟立民　　电话：0759-6620132
棠溪县人民武装部
2025年3月4日
""",
    ),
    dict(
        slug="fanwen-wenjiao-militia-speech-jingxuan",
        site="文娇范文网 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.wenjiaofw.com/jianghua/2025/31877.html",
        title="在全县民兵整组点验大会上的讲话",
        record_title="【精选】在全县民兵整组点验大会上的讲话（通用2篇）",
        date="2025-04-18",
        notes="decorated record title; page title decorated again; speaker and date lines under the title (neutral, date in Chinese numerals); a writing-service prompt glued after a sentence; a related list and an 'open VIP' line at the bottom",
        page="""
!m 文娇范文网 > 讲话稿 > 会议讲话
!t 【精选】在全县民兵整组点验大会上的讲话（通用2篇）
!m 时间：2025-05-02 08:41　　栏目：会议讲话　　阅读：2608次
!a 点此一键复制　|　下载为Word
{T}
县人武部政委　罗志坚
（二〇二五年四月十八日）
{BODY}
!a 温馨提示：开通会员后可查看本站全部精选讲话稿，并支持无限次下载。
!l 你可能还需要：民兵应急分队训练动员讲话｜征兵工作会议主持词｜国防教育月活动方案
""",
        indent="　　",
        body="""
同志们：
今天，我们在这里召开全县民兵整组点验大会，目的是检验整组成果，激发民兵队伍的荣誉感和责任感。
刚才，县人武部宣读了整组情况通报，几个单位作了表态发言，讲得都很好。⟦w 本站代写各类讲话稿，加微信 wjfw_0927 咨询。⟧
下面，我再讲三点意见。
第一，要把政治建设摆在首位。民兵是党领导下的不脱离生产的群众武装组织，必须始终听党指挥。
第二，要把能力建设作为根本。各应急分队要围绕防汛抢险、森林防火等任务，扎实开展专业训练。
第三，要把制度落实作为保证。乡镇党委书记要切实履行党管武装第一责任人职责，做到议武有计划、工作有督导。
同志们，让我们以这次点验为新起点，努力开创全县民兵工作新局面！
""",
    ),
    dict(
        slug="wenku-youbao-oilfield-plan-wrapped-markers",
        site="优宝文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://wk.youbao.example.com/p/6620918.html",
        title="采油三区2025年夏季防雷防汛安全工作方案",
        record_title="采油三区2025年夏季防雷防汛安全工作方案.docx",
        date=None,
        notes="file-name record title; wrapped at 64 columns; page markers in a form of its own (⸨N⸩) on lines of their own cutting sentences; preview-end prompt; upload stamp and crawl stamp are no dates",
        wrap=64,
        pages=dict(fmt="⸨{n}⸩", every=160, start=2),
        page="""
!m 优宝文库 · 石油化工 · 安全管理
!t 采油三区2025年夏季防雷防汛安全工作方案.docx
!m 上传者：井场老刘　上传时间：2025-06-03　页数：5　格式：DOCX
!a 免费预览前3页　|　全文下载需10优宝币
{BODY}
!a —— 预览已到末尾，获取剩余2页请点击“立即获取” ——
!d 本站文档均由用户上传，优宝文库不对内容真实性负责，如需删除请联系客服处理。
!m 抓取时间：2025-06-11 03:12:09
""",
        indent="  ",
        body="""
为切实做好夏季防雷防汛工作，确保汛期油水井、集输站场和人员安全，结合采油三区实际，制定本方案。
一、组织机构
成立防雷防汛工作领导小组，区长任组长，主管安全副区长任副组长，各采油班站站长为成员。领导小组办公室设在安全环保组，负责日常协调和信息报送。
二、重点工作
1. 开展汛前隐患排查。6月20日前完成对低洼井场、河道沿线管线、储油罐区的全面排查，建立问题清单，逐项落实整改责任人。
2. 检测防雷接地装置。对全区所有储罐、计量间和值班房的防雷接地电阻进行一次全面检测，检测不合格的限期整改。
3. 储备防汛物资。各班站配备编织袋、铁锹、雨衣和应急照明灯，物资实行专人管理、定点存放。
三、应急处置
遇强降雨或雷暴天气，各班站要停止高处作业和动火作业，巡井人员不得在雷雨中靠近抽油机和井口装置。发生井场进水、管线冲刷等险情时，现场人员要立即上报，并按应急预案组织处置。
""",
    ),
    dict(
        slug="news-shanyang-hotspring-html-photo-captions",
        site="珂州新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.kezhounews.example.cn/content/2025-11/26/content_771203.htm",
        title="珂州温泉度假区启动冬季安全经营专项检查",
        record_title="珂州温泉度假区启动冬季安全经营专项检查_珂州新闻网",
        date="2025-11-26",
        notes="modern news portal; byline 发布时间 is the date; photo caption between news paragraphs; a share bar and '责任编辑' line glued after the last paragraph; a hot list in the sidebar",
        page="""
<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">
<title>珂州温泉度假区启动冬季安全经营专项检查_珂州新闻网</title>
<link rel="stylesheet" href="/static/css/detail.css"><script src="/static/js/stat.js"></script></head>
<body>
<header class="top"><div class="logo">⟦m 珂州新闻网⟧</div><div class="slogan">⟦m 权威发布 · 珂州声音⟧</div>
<nav><a>⟦m 首页⟧</a><a>⟦m 时政⟧</a><a>⟦m 文旅⟧</a><a>⟦m 民生⟧</a><a>⟦m 视频⟧</a></nav></header>
<div class="crumb">⟦m 当前所在：首页 > 文旅 > 正文⟧</div>
<article>
<h1>{T}</h1>
<div class="meta"><span>⟦m 发布时间：2025-11-26 16:05⟧</span> <span>⟦m 来源：珂州日报⟧</span> <span>⟦m 记者 晏秋 通讯员 戴佳⟧</span></div>
<div class="content">
{BODY}
</div>
<div class="share">⟦l 分享到：微信 微博 QQ空间⟧</div>
</article>
<aside><h3>⟦l 文旅热读⟧</h3><ol><li>⟦l 珂州入选省级全域旅游示范区创建单位⟧</li><li>⟦l 冬游珂州：五条精品线路请收好⟧</li><li>⟦l 温泉小镇迎来首批冬令营⟧</li></ol></aside>
<footer>⟦d 本网站所刊登的各类新闻、信息和各种专题专栏资料，均为珂州新闻网版权所有，未经协议授权禁止下载使用。⟧<br>⟦m 珂州日报社主办　新闻热线：0733-2160000⟧</footer>
</body></html>
""",
        body="""
11月25日，珂州温泉度假区管委会联合市场监管、消防救援等部门，启动为期一个月的冬季安全经营专项检查。
检查组首日走访了度假区内6家温泉酒店，重点检查了水质检测记录、锅炉运行台账和消防通道畅通情况，现场督促整改问题11处。
⟦l 图为检查人员在温泉池边抽取水样。（记者 晏秋 摄）⟧
据了解，进入冬季以来，度假区日均接待游客超过8000人次。管委会要求各经营主体每两小时巡查一次泡池，公示水质检测结果，并配足救生员。
“安全是温泉经营的底线。”管委会负责人表示，检查结束后将公布检查结果，对整改不到位的单位依法依规处理。⟦m （责任编辑：鲁晨）⟧
""",
    ),
    dict(
        slug="forum-zajichang-troupe-notice-junk",
        site="杂技迷论坛 (invented)",
        style="论坛",
        genre="通知",
        kind="notice",
        form="text",
        source="http://bbs.zajimi.example.net/thread-50431-1-1.html",
        title="关于暑期惠民演出售票安排的通知",
        record_title="[转帖] 关于暑期惠民演出售票安排的通知 - 演出资讯 - 杂技迷论坛",
        date="2025-06-28",
        date_also=["2025-07-01"],
        notes="a troupe's notice reposted on a fans' forum with anti-scraping junk lines and glued junk; floor header with post time (another date, also accepted); the notice's own 咨询电话; signature date",
        junk=dict(lines=2, glued=2),
        page="""
!m 杂技迷论坛 › 演出资讯 › 查看帖子
!t [转帖] 关于暑期惠民演出售票安排的通知
!m 楼主　飞叉小王　　发表于 2025-7-1 09:13　　只看该作者
!m 查看：963 | 回复：27
{BODY}
!d 本帖转自蘅州杂技团官方账号，如有侵权请联系版主删除。
!l 回复 引用 举报 ↑返回顶部
!l 沙发：票价真良心，带孩子去看！
""",
        body="""
广大观众朋友：
为丰富暑期群众文化生活，蘅州杂技团将于7月5日至8月24日每周六、周日晚在杂技艺术中心举办惠民专场演出，现将售票有关事项通知如下。
一、票价。惠民票分为30元、50元两档，1.2米以下儿童在家长陪同下免票。
二、购票方式。观众可到艺术中心售票窗口购票，也可通过团里的官方服务号在线购票。每场演出开演前一小时停止线上售票。
三、观演须知。请观众提前20分钟入场，演出期间请勿使用闪光灯拍照，不要站立或走动，以免影响演员安全。
咨询电话：0734-8832561（工作日9:00—17:00）
蘅州杂技团
2025年6月28日
""",
    ),
    dict(
        slug="blog-wanju-qc-summary-archive",
        site="小罗的质检笔记 (invented)",
        style="博客",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://xiaoluo-qc.example.blog/2025/12/29/summary",
        title="2025年玩具车间质量检验工作总结",
        record_title=None,
        date="2025-12-29",
        notes="no record title; title once on the page with a blog category; a bracketed post time is the date; tags, prev/next and a comment box at the end; a numbered list and decimal headings stay in the body",
        page="""
!m 小罗的质检笔记 —— 把每一只小熊都检验好
!m 首页　归档　关于我　友情链接
{T}
!m [2025-12-29 21:40]　分类：工作随记　浏览(88)　评论(3)
{BODY}
!l 标签：质检　玩具　年终总结
!l « 上一篇：毛绒玩具缝合强度怎么测　　下一篇：新年第一篇随记 »
!l 发表评论（昵称必填，邮箱不公开）
!m Powered by QingBlog 　 Theme by Lu
""",
        body="""
2025年，我在璜塘玩具厂质检科负责毛绒和塑胶两个车间的成品检验工作，现将一年的工作总结如下。
1. 主要完成情况
1.1 全年共抽检成品批次1286批，一次检验合格率97.4%，比上年提高1.1个百分点。
1.2 配合外贸订单完成第三方验厂3次，均一次通过。
2. 存在的不足
一是小零件拉力测试记录不够规范；二是新员工对安全标准掌握不熟练。
3. 明年打算
（1）编写车间检验作业指导书；（2）每月组织一次标准学习；（3）推动检验数据电子化。
""",
    ),
    dict(
        slug="wechat-xidi-laundry-pledge-html",
        site="琚水市洗染行业协会 公众号镜像 (invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="pledge",
        form="html",
        source="https://mp.wxmirror.example.com/s/xdxh_20250915",
        title="绿色洗涤倡议书",
        record_title="绿色洗涤倡议书 | 琚水洗染",
        date="2025-09-15",
        notes="a WeChat-mirror page of a laundry trade association; account line with a date (the page's date); 'read the original', likes and 'watching' buttons; a follow prompt; the pledge's sentence about 扫码 as content; signature date",
        page="""
<!doctype html><html><head><meta charset="utf-8"><title>绿色洗涤倡议书 | 琚水洗染</title>
<meta name="viewport" content="width=device-width"></head>
<body><div class="rich_media">
<h2 class="rich_media_title">{T}</h2>
<div class="meta">⟦m 琚水洗染　2025年09月15日 10:02　浙江⟧</div>
<div class="tip">⟦a 点击上方蓝字“琚水洗染”关注我们⟧</div>
<div class="rich_media_content">
{BODY}
</div>
<div class="tool">⟦a 阅读原文⟧　⟦l 阅读 1.2万⟧　⟦a 赞 86⟧　⟦a 在看 19⟧</div>
<div class="qr">⟦a 长按识别二维码　关注行业资讯⟧</div>
<div class="mirror-foot">⟦d 本页面为公开文章镜像，内容版权归原公众号所有。⟧</div>
</div></body></html>
""",
        p_html='<section><span style="font-size:15px">{}</span></section>',
        body="""
全市洗染行业的经营者们：
洗涤行业用水多、用电多、用化学品多，推动绿色洗涤是我们的共同责任。琚水市洗染行业协会向全体会员单位发出如下倡议：
一、节约用水用电。推广使用节水型洗衣设备，合理安排洗涤批次，杜绝“小批量、多频次”洗涤。
二、规范使用洗涤剂。优先选用无磷、低泡、可降解的洗涤剂，干洗溶剂实行密闭回收，严禁随意倾倒。
三、诚信明码标价。在店堂醒目位置公示收费标准和赔偿办法，主动提示顾客衣物的洗涤风险。
四、引导顾客参与。门店可张贴协会统一制作的绿色洗涤海报，请顾客扫码了解衣物护理小知识，减少不必要的送洗。
琚水市洗染行业协会
2025年9月15日
""",
    ),
    dict(
        slug="docshare-pinwen-satellite-report-file-name",
        site="品文共享 (invented)",
        style="文档分享",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://www.pinwenshare.example.com/doc/90871145.html",
        title="卫星地面站运控室主任2025年述职报告",
        record_title="卫星地面站运控室主任2025年述职报告.wps",
        date="2026-01-06",
        notes="file-name record title; upload notice in wording of its own; download cost line; signature date in Chinese numerals; the report's own 下载/打印 sentence stays",
        page="""
!m 品文共享｜让好文档流动起来
!t 卫星地面站运控室主任2025年述职报告.wps
!m 文档编号：PW90871145　　大小：46KB　　共4页　　分享于 2026-01-09
!d 温馨提醒：本文由分享者自主上传，品文共享仅提供信息存储空间，若有侵权请发邮件至 jubao@pinwenshare.example.com。
{BODY}
!a 下载本文档需消耗2积分，开通年卡可免积分下载
!l 相关文档：运控中心年度工作总结.docx　测控岗位安全责任书.doc
""",
        indent="　　",
        gap=True,
        body="""
尊敬的各位领导、同志们：
2025年，我担任栝苍卫星地面站运控室主任，在站党委的领导下，带领全室12名同志完成了年度各项任务。现将履职情况报告如下。
一、完成跟踪测控任务情况。全年共完成卫星跟踪接收任务4127圈次，数据接收成功率99.86%，未发生责任性差错。
二、抓好值班规范化建设。修订运控值班手册，要求值班员每班下载并打印设备状态日报，交接班时双人签字确认。
三、存在的不足。一是设备老化问题还没有根本解决，二是年轻同志应急处置经验不足。
新的一年，我将继续带领全室同志恪尽职守，确保各项任务圆满完成。
述职人：卢向东
二〇二六年一月六日
""",
    ),
    dict(
        slug="edu-yaobu-ballet-letter-receipt",
        site="瑶埠县教育信息网 (invented)",
        style="教育门户",
        genre="告家长书",
        kind="letter",
        form="text",
        source="http://jyj.yaobu.example.gov.cn/xxgk/tzgg/202507/t20250708_40912.html",
        title="瑶埠县芭蕾舞学校暑期集训致家长的一封信",
        record_title="瑶埠县芭蕾舞学校暑期集训致家长的一封信",
        record_date="2025-07-08",
        date="2025-07-08",
        notes="record title and date; a school letter with its 回执 template placeholders (____) kept; site name and slogan lines, a breadcrumb, an 'attachments' viewer prompt; the letter's own 联系电话; footer with 主办/技术支持",
        page="""
!m 瑶埠县教育信息网
!m 立德树人　办人民满意的教育
!m 首页 / 通知公告 / 学校动态
{T}
!m 发布者：瑶埠芭蕾舞学校　　发布时间：2025-07-08　　浏览量：602
{BODY}
!a 【打印本页】　【关闭】
!m 主办：瑶埠县教育局　技术支持：瑶埠数字科技　
""",
        body="""
尊敬的家长：
您好！我校2025年暑期集训将于7月14日开始，8月15日结束，为期五周。为保障集训顺利进行，现将有关事项告知如下。
一、集训期间学生每天8:00到校，17:30离校，中午在校用餐、午休。
二、请为孩子准备好练功服、软鞋和足尖鞋，所有物品写上姓名。
三、集训结束时将举行汇报演出，欢迎家长届时观看。
联系电话：0738-5126630（教务处）
瑶埠县芭蕾舞学校
2025年7月8日
回执
学生姓名：________　班级：________
家长签名：________　联系电话：________
""",
    ),
    dict(
        slug="oa-youtian-minutes-html-flow",
        site="珂州油田第二采油厂协同办公平台 (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.cy2.kzyt.example.local/doc/view?id=20250813-0412",
        title="第二采油厂2025年第三季度安全生产例会纪要",
        record_title="内部文件：第二采油厂2025年第三季度安全生产例会纪要",
        date="2025-08-13",
        notes="intranet document view: its menu, a watermark line, the 流转记录 and read count; minutes with 时间/地点/主持/参会/记录 lines (body); a table of tasks; the minutes' own 印发 line",
        page="""
<html><head><meta charset="utf-8"><title>内部文件：第二采油厂2025年第三季度安全生产例会纪要</title>
<style>.wm{opacity:.1}</style></head>
<body>
<div class="sys">⟦m 珂州油田第二采油厂协同办公平台⟧　<span>⟦a 退出登录⟧</span>　<span>⟦m 当前用户：qhs_zhanglei⟧</span></div>
<ul class="menu"><li>⟦m 待办事项⟧</li><li>⟦m 公文管理⟧</li><li>⟦m 会议管理⟧</li><li>⟦m 通讯录⟧</li></ul>
<div class="doc">
<div class="title">{T}</div>
<div class="info">⟦m 文档类别：会议纪要　密级：内部　拟稿部门：质量安全环保科⟧</div>
{BODY}
</div>
<div class="wm">⟦d 内部资料 注意保密 严禁外传⟧</div>
<table class="flow"><tr><th>⟦l 流转记录⟧</th></tr>
<tr><td>⟦l 2025-08-14 09:20　质安科 王静　起草⟧</td></tr>
<tr><td>⟦l 2025-08-14 15:02　副厂长 段平　签发⟧</td></tr></table>
<div class="read">⟦m 已阅 63 人　未阅 8 人⟧　⟦a 导出PDF⟧　⟦a 打印⟧</div>
</body></html>
""",
        body="""
时间：2025年8月13日上午9:00
地点：厂部三楼会议室
主持：段平
参会：各采油作业区负责人、机关各科室负责人
记录：王静
会议通报了第三季度以来全厂安全生产情况，分析了夏季高温和汛期带来的风险，对下阶段工作作出安排。纪要如下：
一、各作业区要落实高温作业防护措施，合理调整巡井时间，避开中午高温时段。
二、下阶段重点工作及责任分工如下：
工作事项　牵头单位　完成时限
储罐区防雷检测　设备管理科　8月底
低洼井场排水　各作业区　9月10日
应急演练　质量安全环保科　9月20日
三、会议要求各单位于每月5日前报送上月安全检查情况。
印发：厂领导，各作业区，机关各科室。
""",
    ),
    dict(
        slug="qa-wendaba-militia-answer-signed",
        site="问答吧 (invented)",
        style="问答社区",
        genre="问答",
        kind="answer",
        form="text",
        source="https://www.wendaba.example.com/q/20917733.html",
        title="退役后回到农村，还要参加民兵登记吗？",
        record_title="退役后回到农村，还要参加民兵登记吗？ - 问答吧",
        date="2025-03-12",
        notes="a Q&A page: the question is the title; 回答于 line is the date; vote buttons; 'other answers' box; a consultancy ad; relative time of a comment is no date",
        page="""
!m 问答吧 > 社会民生 > 兵役
!t 退役后回到农村，还要参加民兵登记吗？
!m 提问者：匿名用户　　2个回答　　浏览 1,843
!a 写回答　邀请回答　关注问题
!m 热心网友“老兵阿杰” 回答于 2025-03-12 20:47
{BODY}
!a 赞同 112　反对　评论(6)　收藏　举报
!m 3天前 · 来自手机客户端
!l 其他回答（1）：按规定是要登记的，到乡镇武装部问一下就知道了。
!w 兵役政策咨询、退役安置答疑，添加助手微信 bingyi365 一对一解答
""",
        body="""
需要。根据兵役法的规定，退出现役的士兵回到户籍所在地后，符合条件的要编入民兵组织，这就需要进行民兵登记。
具体做法是：退役后30日内，带上退役证和身份证到乡镇人民武装部报到，由专武干部办理登记手续。
登记以后一般会编入基干民兵，平时参加训练和应急任务，也不会影响你外出务工。
如果有特殊情况不能按时报到，可以先打电话跟乡镇武装部说明，补办即可。
""",
    ),
    dict(
        slug="anthology-zaji-veteran-speech-cn-date",
        site="老团长文存 (invented)",
        style="个人文集",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://laotuanzhang.example.net/wencun/juan2/017.html",
        title="在蘅州杂技团建团六十周年座谈会上的发言",
        record_title="《老团长文存》卷二·第17篇｜在蘅州杂技团建团六十周年座谈会上的发言",
        date="2024-10-20",
        notes="a retired troupe head's collection; decorated record title (volume prefix); speaker line and Chinese-numeral date under the title (neutral); previous/next chapter links; a visitor counter",
        page="""
!m 老团长文存 · 卷二　讲话与发言
!l 目录　|　上一篇：致青年演员的信　|　下一篇：谈“顶碗”的传承
!t 在蘅州杂技团建团六十周年座谈会上的发言
原团长　柯正山
（二〇二四年十月二十日）
{BODY}
!m 本篇录入：孙女柯小禾　　字数：约900字
!l « 返回卷二目录
!m 本站已访问 21039 次
""",
        indent="　　",
        body="""
各位领导、各位老同事、年轻的朋友们：
六十年前，十几个年轻人背着道具箱走村串户，在打谷场上撑起一块幕布，就是我们团最早的舞台。
我进团那年才十四岁，第一个学的节目是“顶碗”。那时候没有练功房，冬天在河滩上练，手脚冻得裂口子，谁也不叫苦。
这六十年，我们团走出了三位全国比赛获奖演员，也把杂技送到了全省一千多个村子。
今天看到年轻演员们在新剧场里排练，我心里非常高兴。希望大家守住“苦练”两个字，把这门手艺传下去。
谢谢大家！
""",
    ),
]

"""Holdout 23, part A: bureaus and public bodies no earlier part names (a civil air defence
office, a place-name office, a housing provident fund centre, a government offices
administration, an ethnic and religious affairs bureau, a gas company's tender, a bus group's
bid result, a foreign affairs office's print view). Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="gov-renfang-quyang-notice-old-table",
        site="渠阳县人民防空办公室 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://rfb.quyang.example.gov.cn/Article/ShowArticle.asp?ArticleID=2317",
        title="渠阳县人民防空办公室关于开展2025年防空警报试鸣的通告",
        record_title="渠阳县人民防空办公室关于开展2025年防空警报试鸣的通告_渠阳人防",
        date="2025-09-10",
        notes="old ASP table layout, marquee of hot news, visitor counter, a body line telling people not to panic and to follow the 应急 account; 成文日期 under the signature",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>渠阳县人民防空办公室关于开展2025年防空警报试鸣的通告_渠阳人防</title></head>
<body><table width="960" align="center"><tr><td class="logo">⟦m 渠阳人防　平战结合　造福人民⟧</td></tr>
<tr><td class="menu">⟦m 网站首页 | 机构概况 | 人防工程 | 警报通信 | 宣传教育 | 办事指南⟧</td></tr>
<tr><td><marquee>⟦l 最新动态：全县人防工程专项检查启动　　人防志愿者队伍授旗⟧</marquee></td></tr></table>
<table width="960" align="center"><tr><td width="220" valign="top">
<div class="lm">⟦l 栏目导航 · 通知公告 · 政策法规 · 工程建设 · 疏散基地⟧</div>
<div class="count">⟦m 您是本站第 0082731 位访客⟧</div></td>
<td valign="top"><div class="pos">⟦m 所在位置：渠阳人防 &gt;&gt; 通知公告 &gt;&gt; 正文⟧</div>
<h3>⟦t 渠阳县人民防空办公室关于开展2025年防空警报试鸣的通告⟧</h3>
<div class="info">⟦m 作者：警报通信股　来源：本办　点击数：1207　更新时间：2025-9-11⟧</div>
{BODY}
<div class="tool">⟦a 【字号 大 中 小】【打印此页】【关闭窗口】⟧</div>
<div class="prev">⟦l 上一条：关于人防工程平时使用备案的公告⟧<br>⟦l 下一条：人防知识进社区活动圆满结束⟧</div>
</td></tr></table>
<table width="960" align="center"><tr><td class="foot">⟦d 主办：渠阳县人民防空办公室　未经许可不得转载本站信息⟧<br>⟦m 备案号：渠ICP备10028817号-1　联系电话：0793-6612009⟧</td></tr></table>
</body></html>
""",
        body="""
为增强全民国防观念和防空意识，检验防空警报设施性能，根据《中华人民共和国人民防空法》有关规定，县人民防空办公室定于2025年9月18日（星期四）上午10时至10时23分，在县城规划区范围内组织防空警报试鸣。现将有关事项通告如下：
一、试鸣信号：预先警报为鸣36秒、停24秒，反复3遍，时间3分钟；空袭警报为鸣6秒、停6秒，反复15遍，时间3分钟；解除警报为连续鸣放3分钟。
二、试鸣期间，请广大群众保持正常的生产生活秩序，不要惊慌。各单位可结合实际组织人员疏散演练。
三、市民可关注“渠阳应急”公众号，收听警报音响识别讲解。
特此通告。
渠阳县人民防空办公室
2025年9月10日
""",
    ),
    dict(
        slug="gov-diming-songhe-request-text",
        site="松禾县地名办 (invented)",
        style="政府门户",
        genre="请示",
        kind="request",
        form="text",
        source="http://www.songhe.example.gov.cn/mzj/dmgl/202504/t20250416_58821.html",
        title="关于命名城东新区6条道路名称的请示",
        record_title=None,
        date="2025-04-14",
        notes="a place-name office's request, title missing from the record; a road-name table with ideographic spaces; 联系人 line inside the document; site line and view counter above",
        page="""
!m 松禾县民政局　>　地名管理　>　地名命名
!m 【发布日期：2025-04-16　浏览次数：　】【字体：大　中　小】
{T}
松民地〔2025〕7号
{BODY}
!a 【打印本页】【关闭窗口】
!m 松禾县民政局（县地名委员会办公室）主办　地址：松禾县府前路17号
!m 松ICP备18007731号
""",
        body="""
县人民政府：
根据城东新区建设进展和群众出行需要，县地名办会同县自然资源局、县住建局，对新区内6条新建道路名称进行了拟定，并征求了沿线单位和居民意见。现将拟命名方案请示如下：
序号　拟定名称　起止点　长度（米）
1　禾丰路　新华大道至滨河路　1280
2　松韵街　禾丰路至东环路　760
3　青荷路　工业大道至滨河路　1450
4　惠民街　青荷路至禾丰路　620
5　东环路　松源大道至青荷路　2100
6　滨河路　北环路至南湖路　3300
以上名称符合《地名管理条例》要求，寓意健康、易读易记。妥否，请批示。
联系人：郑晓蔓，电话：0736-5218870。
松禾县民政局
2025年4月14日
""",
    ),
    dict(
        slug="gov-gongjijin-lanshui-notice-modern",
        site="澜水市住房公积金管理中心 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://gjj.lanshui.example.gov.cn/xxgk/tzgg/202503/t20250305_9917.html",
        title="关于调整2025年度住房公积金缴存基数的通知",
        record_date="2025-03-05",
        date="2025-03-05",
        notes="modern gov template: header search box, breadcrumb, meta table (索引号 etc.), share bar, a body that tells units to log in to the online hall and download a form, a 12329 hotline in the body beside the site's footer phone",
        page="""
<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>关于调整2025年度住房公积金缴存基数的通知 - 澜水市住房公积金管理中心</title></head>
<body><header><div class="brand">⟦m 澜水市住房公积金管理中心⟧</div>
<nav>⟦m 首页　政务公开　业务指南　网上办事　政策解读　互动交流⟧</nav>
<form class="search">⟦a 请输入关键字 搜索⟧</form></header>
<div class="crumb">⟦m 当前位置：首页 ＞ 政务公开 ＞ 通知公告⟧</div>
<table class="xxgk-meta"><tr><td>⟦m 索引号：11331000MB1C22741X/2025-00046⟧</td><td>⟦m 发布机构：澜水市住房公积金管理中心⟧</td></tr>
<tr><td>⟦m 生成日期：2025-03-05⟧</td><td>⟦m 文号：澜公积金〔2025〕3号⟧</td></tr></table>
<article><h1>⟦t 关于调整2025年度住房公积金缴存基数的通知⟧</h1>
{BODY}
</article>
<div class="share">⟦l 分享到：微信 微博 QQ空间⟧</div>
<div class="rel"><h4>⟦l 相关文件⟧</h4><ul><li>⟦l 《关于调整2025年度住房公积金缴存基数的通知》政策解读⟧</li><li>⟦l 2024年度住房公积金年度报告⟧</li></ul></div>
<footer>⟦d 版权所有：澜水市住房公积金管理中心　未经授权请勿转载⟧<br>⟦m 网站标识码：3310000027　浙公网安备33100202000518号⟧</footer>
</body></html>
""",
        body="""
各缴存单位：
根据国家和省有关规定，结合我市实际，现将2025年度住房公积金缴存基数调整有关事项通知如下：
一、缴存基数为职工本人2024年月平均工资。月缴存基数上限为30318元，下限为2490元。
二、单位和职工缴存比例均为5%至12%，由单位在规定范围内自主确定。
三、各单位可登录公积金网上服务大厅办理基数调整，也可下载《缴存基数调整表》填写后到各服务网点办理。调整工作于2025年6月30日前完成。
咨询电话：12329。
澜水市住房公积金管理中心
2025年3月5日
""",
    ),
    dict(
        slug="news-hexi-wanbao-html-byline",
        site="禾溪晚报网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.hexiwb.example.cn/2025/04/22/news_30178.html",
        title="禾溪县公证处推出“遗嘱公证上门办”服务",
        record_title=None,
        date="2025-04-22",
        notes="news HTML with byline 发布时间 as the only date, title missing from the record, photo caption between paragraphs, a reader poll and hot ranking",
        page="""
<html><head><meta charset="utf-8"><title>禾溪晚报网</title></head><body>
<div class="top">⟦m 禾溪晚报网　禾溪人自己的新闻网⟧ ⟦a 客户端下载⟧ ⟦a 登录⟧</div>
<div class="nav">⟦m 要闻 | 县域 | 民生 | 法治 | 文旅 | 视频 | 专题⟧</div>
<div class="pos">⟦m 首页 &gt; 法治 &gt; 正文⟧</div>
<h1>⟦t 禾溪县公证处推出“遗嘱公证上门办”服务⟧</h1>
<div class="byline">⟦m 发布时间：2025-04-22 16:05　来源：禾溪晚报　记者：方若溪　通讯员：卢静⟧</div>
<div class="content">
<p>记者从禾溪县公证处获悉，为方便行动不便的老年人办理遗嘱公证，该处近日推出“遗嘱公证上门办”服务，由两名公证员携带便携设备入户办理。</p>
<p class="pic">⟦l 图为公证员在城南社区为老人办理遗嘱公证。方若溪 摄⟧</p>
<p>据介绍，70周岁以上老人或持有残疾证的申请人，可通过电话预约上门服务，公证员将在3个工作日内与申请人确定上门时间。</p>
<p>今年以来，县公证处已上门办理各类公证41件，为群众节省往返时间约200小时。</p>
</div>
<div class="editor">⟦m 编辑：汪晓帆　审核：韦立⟧</div>
<div class="poll">⟦l 你觉得这项服务实用吗？ 实用(312) 一般(18)⟧</div>
<div class="hot"><h4>⟦l 24小时热读⟧</h4><ol><li>⟦l 禾溪高铁站至城区公交线路调整⟧</li><li>⟦l 春季招聘会本周六举行⟧</li></ol></div>
<div class="foot">⟦d 禾溪晚报社版权所有，转载须注明出处⟧　⟦m 互联网新闻信息服务许可证：33120190011⟧</div>
</body></html>
""",
        body="""
记者从禾溪县公证处获悉，为方便行动不便的老年人办理遗嘱公证，该处近日推出“遗嘱公证上门办”服务，由两名公证员携带便携设备入户办理。
据介绍，70周岁以上老人或持有残疾证的申请人，可通过电话预约上门服务，公证员将在3个工作日内与申请人确定上门时间。
今年以来，县公证处已上门办理各类公证41件，为群众节省往返时间约200小时。
""",
    ),
    dict(
        slug="news-tongyuan-text-caption-hashtags",
        site="桐源之声 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://news.tongyuan.example.com/a/20250611/77810.shtml",
        title="桐源公交集团新开通两条学生定制专线",
        record_title="桐源公交集团新开通两条学生定制专线|桐源之声",
        date="2025-06-10",
        date_also=["2025-06-11"],
        notes="text news page with the title glued to the lead, a hashtag row, a 'more from the reporter' line; the only date is the byline",
        page="""
!m 桐源之声 · 城事
!t 桐源公交集团新开通两条学生定制专线|桐源之声
!m 2025.06.10 19:42 ｜ 桐源之声客户端 ｜ 阅读 2.3万
⟦t 桐源公交集团新开通两条学生定制专线⟧{BODY}
!l #城市出行# #学生专线# #桐源公交#
!l 更多该记者稿件 ＞＞
!d 本文为桐源之声原创稿件，未经授权不得使用
""",
        body="""
6月10日，记者从桐源公交集团获悉，该集团新开通S1、S2两条学生定制专线，分别连接城北片区与县第一中学、城南片区与实验中学，每天早晚各开行两个班次。
学生家长可在“桐源出行”小程序上预约座位，车票每次2元，持学生卡乘车享受半价优惠。
集团相关负责人表示，后续将根据预约情况动态调整班次，必要时增开区间车。
""",
    ),
    dict(
        slug="dangjian-jiguan-shiwu-speech-date-under-title",
        site="蓼城机关党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.liaocheng-jgdj.example.org.cn/ldjh/2025/0703/1182.html",
        title="在县机关事务管理局七一表彰大会上的讲话",
        record_title="【领导讲话】在县机关事务管理局七一表彰大会上的讲话",
        date="2025-07-01",
        notes="speech with the speaker line and a Chinese-numeral date under the title (neutral), a sentence mentioning the 节约型机关 app; column label and share bar",
        page="""
!m 蓼城机关党建网　 ＞　领导讲话
!t 【领导讲话】在县机关事务管理局七一表彰大会上的讲话
局党组书记、局长　梅远航
（二〇二五年七月一日）
{BODY}
!l 分享：朋友圈 · 微博 · 复制链接
!m 责任编辑：桂一丹
!m 本网地址：蓼城县政务中心B座四楼　电话：0719-3326107
""",
        body="""
同志们：
今天，我们在这里召开庆祝中国共产党成立104周年暨“两优一先”表彰大会，表彰过去一年来涌现出的先进基层党组织、优秀共产党员和优秀党务工作者。在此，我代表局党组，向受到表彰的同志们表示热烈的祝贺！
一年来，局机关各支部紧扣机关运行保障主责主业，在公务用车改革、公共机构节能、办公用房清理等工作中，党员冲在前、干在先，为全县机关高效运转提供了有力保障。
下一步，希望大家以受表彰的同志为榜样，坚持过紧日子，推广使用“节约型机关”管理平台，把节约理念落实到每一度电、每一张纸。
同志们，让我们更加紧密地团结在党中央周围，为奋力谱写蓼城发展新篇章贡献机关事务力量！
""",
    ),
    dict(
        slug="dangjian-minzong-html-study-column",
        site="芸州民族宗教事务局 (invented)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://mzj.yunzhou.example.gov.cn/djgz/202501/t20250109_301.html",
        title="2024年度机关党支部工作总结",
        record_title="2024年度机关党支部工作总结_党建工作_芸州市民族宗教事务局",
        date="2025-01-08",
        notes="modern Party-building column: left tree menu, a study-points badge, a numbered list and a table of branch activities in the body; 成文日期 in Chinese numerals",
        page="""
<html><head><meta charset="utf-8"><title>2024年度机关党支部工作总结_党建工作_芸州市民族宗教事务局</title></head><body>
<div class="head">⟦m 芸州市民族宗教事务局⟧ ⟦m 民族团结一家亲⟧</div>
<ul class="menu"><li>⟦m 首页⟧</li><li>⟦m 机构职能⟧</li><li>⟦m 党建工作⟧</li><li>⟦m 民族工作⟧</li><li>⟦m 宗教事务⟧</li></ul>
<aside><div class="tree">⟦l 党建工作：支部动态 | 学习园地 | 党风廉政⟧</div><div class="badge">⟦a 阅读本文可获学习积分 +1⟧</div></aside>
<main><div class="loc">⟦m 您当前的位置：首页 / 党建工作 / 支部动态⟧</div>
<h2>⟦t 2024年度机关党支部工作总结⟧</h2><div class="src">⟦m 来源：机关党支部　发布：2025-01-10 09:12　阅读：356⟧</div>
{BODY}
<div class="btns">⟦a 打印　收藏　关闭⟧</div></main>
<div class="f">⟦d 芸州市民族宗教事务局　版权所有⟧ ⟦m 地址：芸州市新城区文昌路88号⟧</div>
</body></html>
""",
        date_also=["2025-01-10"],
        body="""
2024年，局机关党支部在局党组和市直机关工委的领导下，围绕铸牢中华民族共同体意识主线，扎实推进支部标准化规范化建设，现将全年工作总结如下。
一、抓学习，筑牢思想根基。全年开展集中学习12次，专题研讨4次，支部书记讲党课2次。
二、抓融合，服务中心工作。支部结合民族团结进步创建，开展主题党日活动如下：
月份　主题　参加人数
3月　走进民族村寨　21
6月　民族政策宣讲进社区　18
9月　团结杯趣味运动会　26
三、抓作风，严守纪律规矩。开展廉政警示教育3次，组织党员签订廉洁承诺书。
2025年，支部将继续在强化政治功能上下功夫，推动党建与业务深度融合。
中共芸州市民族宗教事务局机关支部委员会
二〇二五年一月八日
""",
    ),
    dict(
        slug="exam-rsks-haiqu-html-notice-table",
        site="海曲市人事考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.hqrsks.example.cn/ksap/2025/0512/2231.html",
        title="海曲市2025年度事业单位公开招聘笔试考务安排的公告",
        record_title="【考务公告】海曲市2025年度事业单位公开招聘笔试考务安排的公告",
        date="2025-05-12",
        notes="exam site HTML with a floating consult box, the body's own 打印准考证 instruction, a timetable table, its own 咨询电话 beside the site's 技术支持 line",
        page="""
<html><head><meta charset="utf-8"><title>海曲市人事考试网</title></head><body>
<div class="banner">⟦m 海曲市人事考试网　公平 公正 公开⟧</div>
<div class="nav">⟦m 网站首页 · 考试动态 · 报名入口 · 成绩查询 · 政策法规⟧</div>
<div class="float">⟦w 考试咨询请拨 0546-8833120（工作日 9:00-17:00）⟧</div>
<div class="crumb">⟦m 位置：首页 ➝ 考试动态⟧</div>
<div class="article"><h1>⟦t 海曲市2025年度事业单位公开招聘笔试考务安排的公告⟧</h1>
<div class="info">⟦m 发布日期：2025-05-12　信息来源：考试中心　字号：[大][中][小]⟧</div>
{BODY}
</div>
<div class="attach">⟦l 相关链接：准考证打印入口　考场查询⟧</div>
<div class="footer">⟦d 本站所载考试信息以正式公告为准，请考生注意甄别⟧<br>⟦m 技术支持：海曲智考信息科技　鲁ICP备15020041号⟧</div>
</body></html>
""",
        body="""
海曲市2025年度事业单位公开招聘笔试将于5月24日举行，现将有关考务事项公告如下：
一、准考证打印。考生请于5月20日9:00至5月24日9:00登录报名网站自行下载打印准考证。
二、笔试时间安排：
科目　时间
职业能力倾向测验　5月24日　9:00—10:30
综合应用能力　5月24日　14:00—16:30
三、考生须携带准考证和有效身份证件参加考试，开考30分钟后不得入场。
咨询电话：0546-8201337。
海曲市人力资源和社会保障局
2025年5月12日
""",
    ),
    dict(
        slug="exam-rsks-qingbo-text-interview",
        site="青波人事考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.qbpta.example.org/ms/20250703-55.html",
        title="关于2025年青波县公开选调工作人员面试有关事项的通知",
        record_title="关于2025年青波县公开选调工作人员面试有关事项的通知.docx",
        date="2025-07-02",
        notes="file-name title, hard-wrapped notice at 60 columns, 成文日期 in Chinese numerals; a download-the-attachment line and an 附件 list in the body",
        wrap=60,
        indent="　　",
        page="""
!m 青波人事考试网｜面试公告
!t 关于2025年青波县公开选调工作人员面试有关事项的通知.docx
!m 上传人：县考试中心　｜　下载 286 次
{BODY}
!a ▼ 附件下载（需登录）
!d 网站内容如有疑问请以县人社局发布为准
""",
        body="""
各位考生：
根据《2025年青波县公开选调工作人员公告》，经资格复审，现将面试有关事项通知如下：
一、面试时间为2025年7月12日上午8:00，考生须于7:30前到青波县委党校报到，逾时未到视为自动放弃。
二、面试采取结构化面试方式，满分100分，合格分数线为60分。
三、面试人员名单及面试须知请下载附件查看。
附件：1.面试人员名单
2.面试须知
青波县公开选调工作领导小组办公室
二〇二五年七月二日
""",
    ),
    dict(
        slug="tender-ranqi-html-procurement",
        site="霁川燃气集团采购平台 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://zb.jichuan-gas.example.com/cggg/2025/06/0318.html",
        title="霁川燃气集团2025年度燃气表具采购项目招标公告",
        record_title=None,
        date="2025-06-03",
        notes="enterprise tender HTML, project info table, purchaser and agency contacts in the body beside the platform's CA hotline, login-to-download-bid-documents box",
        page="""
<html><head><meta charset="utf-8"><title>招标公告-霁川燃气集团采购平台</title></head><body>
<div class="top">⟦m 霁川燃气集团电子采购平台⟧ ⟦a 供应商登录⟧ ⟦a 免费注册⟧</div>
<div class="nav">⟦m 首页 | 招标公告 | 变更公告 | 中标公示 | 下载中心⟧</div>
<div class="pos">⟦m 当前位置：首页 ＞ 招标公告⟧</div>
<h2>⟦t 霁川燃气集团2025年度燃气表具采购项目招标公告⟧</h2>
<div class="meta">⟦m 项目编号：JCRQ-ZB-2025-017　发布时间：2025-06-03　浏览：644⟧</div>
{BODY}
<div class="box">⟦a 请登录后下载招标文件 立即登录⟧</div>
<div class="ca">⟦w 数字证书办理热线：400-871-0635⟧</div>
<div class="foot">⟦d 霁川燃气集团有限公司 版权所有⟧ ⟦m 苏ICP备20011873号⟧</div>
</body></html>
""",
        body="""
霁川燃气集团有限公司2025年度燃气表具采购项目已具备招标条件，现对该项目进行公开招标。
一、项目概况
标段　产品　预估数量
一标段　智能物联网燃气表　32000台
二标段　工商业流量计　450台
二、投标人资格要求：具有独立法人资格，具备燃气表具生产许可，近三年无重大质量事故。
三、招标文件获取时间为2025年6月4日至6月10日，投标截止时间为2025年6月24日9时30分。
四、联系方式
采购人：霁川燃气集团有限公司　联系人：严工　电话：0513-6900231
代理机构：鼎信招标咨询有限公司　联系人：凌女士　电话：0513-6677108
""",
    ),
    dict(
        slug="tender-gongjiao-text-bid-result",
        site="嵘州公交集团招标信息 (invented)",
        style="招投标网",
        genre="公示",
        kind="notice",
        form="text",
        source="http://www.rongzhoubus.example.com/zbxx/zbgs/20250415-09.html",
        title="嵘州公交集团新能源公交车电池维保服务项目中标候选人公示",
        record_title="嵘州公交集团新能源公交车电池维保服务项目中标候选人公示 - 招标信息 - 嵘州公交",
        date="2025-04-15",
        notes="a bus group's bid-result text page, candidate table, objection contact in the body, no 成文日期 but a 公示期 range (the 发布时间 line is the page date)",
        page="""
!m 嵘州公交　｜　首页 / 招标信息 / 中标公示
!t 嵘州公交集团新能源公交车电池维保服务项目中标候选人公示 - 招标信息 - 嵘州公交
!m 发布时间：2025-04-15　　阅读量：912
{BODY}
!a 【收藏】【打印】【返回列表】
!l 上一篇：嵘州公交集团2025年度轮胎采购项目招标公告
!d © 嵘州市公共交通集团有限公司　保留所有权利
""",
        body="""
嵘州公交集团新能源公交车电池维保服务项目评标工作已结束，现将中标候选人公示如下：
排名　单位名称　投标报价（元）
第一名　嵘州恒能电池技术服务有限公司　1862000
第二名　华澜新能源科技有限公司　1917500
第三名　启泰动力系统有限公司　1955800
公示期为2025年4月15日至4月17日。投标人对公示结果有异议的，请在公示期内以书面形式向招标人提出。
异议受理电话：0751-2336091。
""",
    ),
    dict(
        slug="print-waiban-fuchun-print-view",
        site="芙春市外事办公室 (invented)",
        style="打印页",
        genre="工作方案",
        kind="plan",
        form="text",
        source="http://wb.fuchun.example.gov.cn/print.jsp?id=66120",
        title="芙春市2025年友好城市交流合作工作方案",
        record_title="打印 - 芙春市2025年友好城市交流合作工作方案",
        date="2025-02-26",
        notes="print view of a foreign-affairs plan: the print header with the URL and print stamp (not a date), a print footer page counter; numbered measures and decimal headings",
        page="""
!m 芙春市人民政府外事办公室
!m http://wb.fuchun.example.gov.cn/art/2025/2/27/art_1130_66120.html
!a [打印] [关闭]
{T}
{BODY}
!m 打印时间：2025-10-09 14:22:31
!m 第1页 共1页
""",
        body="""
为深化与国际友好城市的务实合作，服务全市对外开放大局，制定本方案。
一、工作目标
全年组织友城互访团组不少于6批次，推动签署经贸、教育、文旅合作协议3项以上。
二、重点任务
2.1 经贸合作。依托友城商会资源，组织本市企业参加境外展会，协助外方企业来芙春考察投资。
2.2 人文交流。办好“友城青少年夏令营”，推动市内3所中学与友城学校建立校际关系。
2.3 机制建设。建立友城工作联络员制度，每季度通报一次工作进展。
三、保障措施
各相关部门要明确专人负责，外事办做好统筹协调和跟踪问效。
芙春市人民政府外事办公室
2025年2月26日
""",
    ),
]

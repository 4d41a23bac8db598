"""holdout208, part B: government, news, Party-building, education, personnel-exam and tender sites.

Invented text throughout; see ../README.md and ../build.py for the markup. Every case written by hand.
"""

CASES = [
    dict(
        slug="gov-jinchuan-bulletin-airer-spot-check-index-table",
        site="襟川县人民政府门户网站 (invented)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="html",
        source="https://www.jinchuanxian-gov.cn/zwgk/tzgg/202505/t20250519_31877.html",
        title="襟川县市场监督管理局关于2025年电动晾衣机产品质量监督抽查情况的通报",
        record_title="【质量抽查】襟川县市场监督管理局关于2025年电动晾衣机产品质量监督抽查情况的通报 - 襟川县人民政府",
        date="2025-05-16",
        date_also=["2025-05-19"],
        notes="county portal: care-mode links, 索引号 table (文号 cell unmarked, neutral), 纠错 line and 12345 beside the bulletin's own 联系人/电话; a data table one row a paragraph; print link glued after a sentence; 成文日期 differs from the portal's date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="SiteName" content="襟川县人民政府">
<meta name="ArticleTitle" content="襟川县市场监督管理局关于2025年电动晾衣机产品质量监督抽查情况的通报">
<title>【质量抽查】襟川县市场监督管理局关于2025年电动晾衣机产品质量监督抽查情况的通报 - 襟川县人民政府</title>
<script src="/common/js/jquery.min.js"></script>
<script>var _jcgov={site:"6230990011"};</script>
</head>
<body>
<div class="topbar"><span>⟦m 今天是：2025年6月3日 星期二⟧</span><a href="/care">⟦a 【大字护眼】⟧</a><a href="/voice">⟦a 【语音导读】⟧</a><a href="/login">⟦a 个人中心⟧</a></div>
<div class="banner"><h2>⟦m 襟川县人民政府⟧</h2><form><input placeholder="请输入关键字"><button>⟦a 检索⟧</button></form></div>
<ul class="mainnav"><li>⟦m 首页⟧</li><li>⟦m 走进襟川⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政务服务⟧</li><li>⟦m 互动交流⟧</li></ul>
<div class="position">⟦m 当前位置：首页 &gt; 政务公开 &gt; 通知公告 &gt; 部门通报⟧</div>
<table class="xxgk-index">
<tr><td>⟦m 索引号：623099001/2025-00213⟧</td><td>⟦m 主题分类：市场监管、安全生产监管⟧</td></tr>
<tr><td>⟦m 发布机构：襟川县市场监督管理局⟧</td><td>文号：襟市监〔2025〕18号</td></tr>
<tr><td>⟦m 发布日期：2025-05-19⟧</td><td>⟦m 有效性：有效⟧</td></tr>
</table>
<div class="article">
<h1>{T}</h1>
<div class="art-info">⟦m 来源：县市场监管局　阅读次数：688⟧　<span class="font">⟦a 文字大小：特大 适中 偏小⟧</span></div>
<div class="art-con">
{BODY}
</div>
<div class="art-tools"><a href="javascript:window.print()">⟦a [打印正文]⟧</a> <a href="javascript:window.close()">⟦a [关闭本页]⟧</a></div>
</div>
<div class="related"><h3>⟦l 相关阅读⟧</h3><ul><li>⟦l 关于2024年电热水壶产品质量监督抽查情况的通报⟧</li><li>⟦l 关于开展小家电质量安全“进企业”活动的通知⟧</li></ul></div>
<div class="footer">
<p>⟦m 主办：襟川县人民政府办公室　承办：襟川县政务数据服务中心⟧</p>
<p>⟦m 网站标识码：6230990011　陇ICP备05007621号⟧</p>
<p>⟦m 发现网页内容有误？请拨打0962-6120012纠错⟧　⟦m 政务服务便民热线：12345⟧</p>
</div>
</body>
</html>
""",
        body="""
各乡镇人民政府，县直有关单位，各有关企业：
为提升电动晾衣机产品质量，保障消费者安全，县市场监管局于2025年3月至4月组织开展了电动晾衣机产品质量监督抽查，现将有关情况通报如下。⟦a 〔打印此页〕⟧
本次共抽查县内生产企业9家、销售企业14家的电动晾衣机产品30批次，检验项目包括对触及带电部件的防护、发热、机械强度、遇阻停止功能等。经检验，合格27批次，不合格3批次。
序号　企业名称　产品型号　不合格项目
1　襟川县晾晴电器有限公司　LQ-A8　遇阻停止功能
2　缯岭镇美晒家居经营部　MS-2200　标志和说明
3　襟川县祥衣五金制品厂　XY-09　机械强度
对抽查不合格的企业，县市场监管局已责令其停止销售不合格产品，限期整改，并依法立案调查。
联系人：钟立新　　联系电话：0962-6127048
襟川县市场监督管理局
2025年5月16日
""",
    ),
    dict(
        slug="gov-jushui-notice-toaster-tradein-attachments-cc",
        site="裾水县人民政府网 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.jushuixian.gov.cn/xxgk/bmwj/swj/202504/t20250403_88102.html",
        title="关于开展烤面包机等小家电以旧换新补贴申报工作的通知",
        date="2025-04-02",
        date_also=["2025-04-03"],
        notes="title as in the record; 文号 line neutral; 附件 list, 抄送 and 印发 lines; 下载附件 as content; 成文日期 in Chinese numerals; the portal's 发布时间 also accepted",
        page="""
!m 裾水县人民政府网　www.jushuixian.gov.cn
!m 首页 > 信息公开 > 部门文件 > 县商务局
{T}
!m 发布时间：2025-04-03 09:12　来源：县商务局　浏览次数：1206
!a 【字号：放大　默认　缩小】【打印】【关闭】
裾商务〔2025〕9号
{BODY}
!l 分享至：微信　微博　QQ空间
!l 上一条：县商务局关于组织参加省消费品博览会的通知
!l 下一条：关于公布2025年第一批县级电商示范企业的公示
!m 裾水县人民政府办公室主办　网站标识码：6231020008
!m 陇公网安备62102002000117号
""",
        body="""
各乡镇人民政府，县直有关单位，各有关家电销售企业：
为扩大消费需求，推动小家电更新换代，根据市商务局有关要求，决定在全县开展烤面包机、电热水壶、挂烫机等小家电以旧换新补贴申报工作。现将有关事项通知如下。
一、补贴对象。在县内参与活动的销售企业购买新品并交售同类旧品的个人消费者。
二、补贴标准。按新品成交价的15%给予补贴，每件最高不超过200元，每人限补2件。
三、申报方式。销售企业于每月5日前将上月销售明细报县商务局，请各企业下载附件中的申报表，填写后加盖公章报送。
四、活动时间。即日起至2025年10月31日。
联系人：姚春雷　电话：0964-5120366
附件：1.小家电以旧换新补贴申报表
2.参与活动销售企业名单
裾水县商务局
二〇二五年四月二日
抄送：县财政局、县市场监管局。
裾水县商务局办公室　2025年4月2日印发
""",
    ),
    dict(
        slug="news-maiyang-robot-vacuums-elderly-centres-photo",
        site="袂阳新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.maiyangnews.cn/minsheng/2025-03/11/content_4471206.html",
        title="绯城区首批扫地机器人走进社区养老服务中心",
        record_title="绯城区首批扫地机器人走进社区养老服务中心_民生关注_袂阳新闻网",
        date="2025-03-11",
        notes="news portal: an app prompt glued before the lead, a listen button, a photo caption between paragraphs, an editor line glued after the last one, a 24-hour list; the byline's 发布时间 is the page's date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>绯城区首批扫地机器人走进社区养老服务中心_民生关注_袂阳新闻网</title>
<script async src="https://tj.maiyangnews.cn/t.js"></script>
</head>
<body>
<div class="head"><a class="logo">⟦m 袂阳新闻网⟧</a><span>⟦m 袂阳本地权威新闻门户⟧</span><a href="/app">⟦a 下载袂阳观察客户端⟧</a></div>
<div class="channel">⟦m 首页⟧ ⟦m 时政⟧ ⟦m 民生关注⟧ ⟦m 区县⟧ ⟦m 视频⟧ ⟦m 袂阳号⟧</div>
<div class="wrap">
<div class="article">
<h1>{T}</h1>
<div class="byline">⟦m 发布时间：2025-03-11 08:05⟧　⟦m 来源：袂阳日报⟧　⟦m 记者：苏晴⟧</div>
<div class="listen"><button>⟦a ▶ 听这篇新闻 03:12⟧</button></div>
<div class="content">
{BODY}
</div>
<div class="share">⟦l 转发到：朋友圈 · 微博 · 复制链接⟧</div>
</div>
<div class="aside"><h3>⟦l 24小时热读⟧</h3><ol>
<li>⟦l 袂阳地铁2号线南延段开始试运行⟧</li>
<li>⟦l 绯城区今年新增普惠托位1200个⟧</li>
<li>⟦l 市区这6条道路夜间施工，请绕行⟧</li>
</ol><div class="ad">⟦m 广告⟧</div></div>
</div>
<div class="foot">⟦d 未经袂阳新闻网书面授权，不得转载、摘编本网原创作品。⟧<br>⟦m 互联网新闻信息服务许可证：62120170006　违法和不良信息举报：0966-3300110⟧</div>
</body>
</html>
""",
        body="""
⟦a 打开袂阳观察App，看更多身边事⟧本报讯（记者 苏晴）3月10日，绯城区民政局向辖区8个社区养老服务中心配发的首批24台扫地机器人正式投入使用。
“以前每天拖两遍地，腰都直不起来。”缟园社区养老服务中心保洁员吴阿姨说，现在机器人每天定时清扫两次，她可以腾出更多时间陪老人聊天、做康复操。
⟦m 图为缟园社区养老服务中心工作人员为扫地机器人设置清扫区域。苏晴 摄⟧
据介绍，这批扫地机器人具备防跌落、自动避障和边角清扫功能，中心还专门在活动室地面贴了防撞条，避免机器人碰到老人的拐杖和轮椅。
绯城区民政局养老服务科负责人表示，下一步将跟踪使用效果，计划年内为全区所有养老服务中心配齐扫地机器人，并探索将其纳入居家适老化改造补贴目录。⟦m （编辑：罗一帆　校对：许卉）⟧
""",
    ),
    dict(
        slug="news-shangxi-consumer-council-massage-gun-test-table",
        site="裳溪在线 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.shangxizx.com/xiaofei/202506/18/t20250618_209133.shtml",
        title="县消保委发布筋膜枪比较试验结果 3款产品噪声超标",
        record_title="〔消费观察〕县消保委发布筋膜枪比较试验结果 3款产品噪声超标",
        record_date="2025-06-18",
        date="2025-06-18",
        notes="news with a test-result table (one row a paragraph); the record gives the date; reporter and source lines; comment count and related list",
        page="""
!m 裳溪在线 · 消费频道
!m 裳溪在线 > 消费 > 维权曝光
{T}
!m 2025-06-18 16:25　来源：裳溪在线　作者：何远航　通讯员 白露
!a 字体：A+ A-　　｜　　转发　　｜　　收藏
{BODY}
!m 【责任编辑：贝宁】
!l 网友评论（0）　我来说两句
!l 相关新闻：
!l · 县市场监管局抽查电吹风　两批次不合格
!l · 健身器材消费投诉同比上升三成
!m 裳溪在线版权所有　新闻热线：0968-8291100
""",
        body="""
6月17日，裳溪县消费者权益保护委员会发布筋膜枪比较试验结果。此次试验的12款样品均从县内商场和网店购买，价格在99元至899元之间。
试验结果显示，12款样品的电气安全项目全部符合标准要求，但有3款产品的运行噪声超过企业标称值，有2款产品的续航时间明显低于宣传值。
样品编号　标称续航　实测续航　标称噪声　实测噪声
7号　6小时　3.2小时　45分贝　52分贝
9号　8小时　4.1小时　40分贝　49分贝
11号　5小时　4.8小时　45分贝　55分贝
县消保委提醒，筋膜枪属于放松工具，不能代替治疗。购买时要查看说明书和合格证，使用时避开颈部、骨骼突出处，每个部位不宜超过2分钟。
""",
    ),
    dict(
        slug="dangjian-jinchuan-speech-airer-micro-project-date-under-title",
        site="襟川先锋网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://www.jcxianfeng.cn/djyw/2025/0512/11842.html",
        title="在绦河社区“晾晒有处”民生微实事项目推进会上的讲话",
        record_title="【微实事·晾晒】在绦河社区“晾晒有处”民生微实事项目推进会上的讲话_襟川先锋网",
        date="2025-05-08",
        date_also=["2025-05-12"],
        notes="Party portal: date and speaker line under the title (neutral); study-points prompt, a phone QR line, share bar; the speech's date differs from the portal's",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【微实事·晾晒】在绦河社区“晾晒有处”民生微实事项目推进会上的讲话_襟川先锋网</title>
<script src="/static/js/dj.js"></script>
</head>
<body>
<div class="dj-top">⟦m 襟川先锋网⟧　⟦m 中共襟川县委组织部主办⟧　<a href="/study">⟦a 党员学习登录⟧</a></div>
<div class="dj-nav">⟦m 首页｜党建要闻｜基层党建｜惠民微实事｜党员教育｜先锋风采⟧</div>
<div class="dj-crumb">⟦m 您在这里：首页 » 惠民微实事 » 社区实践⟧</div>
<div class="dj-article">
<h1>{T}</h1>
<p class="dj-date">（2025年5月8日）</p>
<p class="dj-speaker">褶湖街道党工委书记　葛文澜</p>
<div class="dj-meta">⟦m 发布日期：2025-05-12　来源：褶湖街道党工委　浏览：905⟧</div>
<div class="dj-text">
{BODY}
</div>
<div class="dj-points">⟦a 本文计入学习时长，读满3分钟得1学分⟧</div>
<div class="dj-qr">⟦a 手机扫一扫，路上也能读完这篇⟧</div>
<div class="dj-share">⟦l 分享：微信好友 ｜ 朋友圈 ｜ 学习群⟧</div>
</div>
<div class="dj-list"><h3>⟦l 惠民微实事·更多⟧</h3>
<p>⟦l 缯岭镇：老旧小区加装电梯“一梯一策”⟧</p>
<p>⟦l 绢口镇：党员认领“微心愿”126个⟧</p></div>
<div class="dj-foot">⟦m 中共襟川县委组织部　版权所有　陇ICP备08001924号⟧<br>⟦m 地址：襟川县裳衣路1号　邮编：744600⟧</div>
</body>
</html>
""",
        body="""
同志们：
今天我们在这里召开“晾晒有处”民生微实事项目推进会，目的是把居民反映最集中的晾晒难题解决好。
绦河社区是上世纪九十年代建成的老小区，楼间距窄、阳台小，不少居民只能把衣服晾在楼道和绿化带里，既不美观，也存在安全隐患。今年初，社区党委把“晾晒难”列为民生微实事第一项，通过入户走访、楼栋议事会，最终确定了“阳台装电动晾衣机、楼顶建共享晾晒区”的方案。
下面我讲三点意见。第一，要把好事办好，安装费用怎么分担、产品怎么选，都要让居民参与决定。第二，要守住安全底线，严禁施工单位破坏外墙保温层。第三，要建立长效管护机制，共享晾晒区由楼栋长牵头轮值管理。
同志们，民生无小事。希望大家把这件事办实办好，让居民看得见变化、得到实惠。
""",
    ),
    dict(
        slug="dangjian-shangxi-summary-robot-vacuum-volunteers-table",
        site="裳溪党建在线 (invented)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.shangxidj.cn/jgdj/zbgz/2024/1225/6631.html",
        title="县机关工委“智慧助老”志愿服务活动工作总结",
        record_title="县机关工委“智慧助老”志愿服务活动工作总结 - 机关党建 - 裳溪党建在线",
        date="2024-12-20",
        date_also=["2024-12-25"],
        notes="Party site: a table one row a paragraph, a study prompt between paragraphs; signature date differs from the site's date",
        page="""
!m 裳溪党建在线
!m 位置：首页 → 机关党建 → 支部活动
{T}
!m 发布：2024-12-25　来源：县直机关工委　点击：412
!a 〖加大字号〗〖恢复默认〗〖打印文章〗
{BODY}
!a 学习强国用户可扫描页面右侧二维码，把本文加入“我的学习”
!l 上篇：县委办机关党支部开展主题党日活动
!l 下篇：县财政局党组书记讲专题党课
!m 中共裳溪县委组织部　裳溪县直属机关工作委员会　联合主办
""",
        body="""
今年以来，县机关工委组织各机关党支部开展“智慧助老”志愿服务活动，为独居、高龄老人上门送去扫地机器人，并手把手教会老人使用。现将有关情况总结如下。
一、基本情况
全年共有26个机关党支部、318名党员参与，为纾湖乡、绢口镇、缯岭镇的独居老人配送扫地机器人140台，开展上门教学和回访560人次。
乡镇　配送台数　回访人次
纾湖乡　36　148
绢口镇　41　162
缯岭镇　63　250
⟦a 【党员学习】本文已收入“助老服务”学习专题，读完记得打卡⟧
二、主要做法
一是精准摸底，由村级网格员提供独居老人名单，逐户确认需求；二是结对包户，每台机器人明确一名党员负责教学和维护；三是定期回访，帮助老人清理尘盒、更换边刷。
三、下一步打算
明年将扩大服务范围，探索与家电企业合作，建立旧机回收和维修机制。
中共裳溪县直属机关工作委员会
2024年12月20日
""",
    ),
    dict(
        slug="edu-jushui-notice-massage-gun-sports-teams-attachments",
        site="裾水县教育体育局网站 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://jyt.jushuixian.gov.cn/tzgg/2025/0908/3127.html",
        title="关于规范中小学运动队筋膜枪等恢复器材使用管理的通知",
        record_title="关于规范中小学运动队筋膜枪等恢复器材使用管理的通知 - 教体动态 - 裾水县教育体育局",
        date="2025-09-05",
        date_also=["2025-09-08"],
        notes="education bureau: large-print/read-aloud links, attachment download links next to the notice's own 附件 list, 下载附件 as content, the notice's 联系人/电话/邮箱 beside the site's technical line",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>关于规范中小学运动队筋膜枪等恢复器材使用管理的通知 - 教体动态 - 裾水县教育体育局</title>
<script src="/js/aria.js"></script>
</head>
<body>
<div class="jt-top"><span>⟦m 裾水县教育体育局⟧</span><a>⟦a 长辈大字版⟧</a> <a>⟦a 网页朗读⟧</a> <a>⟦a 用户登录⟧</a></div>
<div class="jt-nav">⟦m 首页⟧ ⟦m 机构概况⟧ ⟦m 教体动态⟧ ⟦m 政策文件⟧ ⟦m 招生考试⟧ ⟦m 办事指南⟧</div>
<div class="jt-crumb">⟦m 当前栏目：首页 ＞ 教体动态 ＞ 通知公告⟧</div>
<div class="jt-main">
<h1>{T}</h1>
<div class="jt-info">⟦m 发布日期：2025-09-08　作者：体卫艺股　访问量：1530⟧</div>
<div class="jt-body">
{BODY}
</div>
<div class="jt-files"><p>⟦a 附件下载：运动队恢复器材使用登记表.xlsx⟧</p><p>⟦a 附件下载：运动队器材配备情况统计表.xlsx⟧</p></div>
<div class="jt-prev">⟦l 上一篇：关于做好2025年秋季学期开学工作的通知⟧</div>
<div class="jt-next">⟦l 下一篇：县第十五届中小学生田径运动会竞赛规程⟧</div>
</div>
<div class="jt-foot">⟦m 主办单位：裾水县教育体育局　地址：裾水县袍泽路56号⟧<br>⟦m 网站技术支持：裾水县教育信息中心　电话：0964-5129988⟧<br>⟦m 陇ICP备06011345号-2⟧</div>
</body>
</html>
""",
        body="""
各乡镇中心学校，县直各学校：
近期，部分学校运动队在训练后使用筋膜枪放松肌肉，个别学生因使用不当出现皮下淤血。为保障学生安全，现就有关事项通知如下。
一、筋膜枪由学校统一保管，学生不得自带使用，使用时须有体育教师在场指导。
二、不得对颈部、腰椎、关节等部位使用，每个部位不超过1分钟，档位不超过二档。
三、各校要建立器材使用登记制度，请各校下载附件中的登记表，按月填写留存。
四、各校于9月20日前将运动队器材配备情况报县教育体育局体卫艺股。
联系人：龚书瑶　电话：0964-5129013　邮箱：jstiwei@jushui-edu.cn
附件：1.运动队恢复器材使用登记表
2.运动队器材配备情况统计表
裾水县教育体育局
2025年9月5日
""",
    ),
    dict(
        slug="edu-shangxi-school-notice-labour-week-robot-vacuum",
        site="裳溪县实验小学校园网 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.sxsyxx.cn/dyc/tzgg/2025-10-13/542.html",
        title="关于开展“和扫地机器人比一比”家庭劳动实践活动的通知",
        record_title="关于开展“和扫地机器人比一比”家庭劳动实践活动的通知〔德育处〕· 裳溪县实验小学",
        date="2025-10-13",
        notes="school site: the notice's own contact line beside the site's phone, school account mentioned as content; the title repeated glued to the addressee line",
        page="""
!m 裳溪县实验小学　崇德　尚勤　乐学
!m 学校首页 / 德育天地 / 通知公告
!t 关于开展“和扫地机器人比一比”家庭劳动实践活动的通知〔德育处〕
!m 发布者：德育处　　阅读：2231　　更新于 2 天前
{T}{BODY}
!l 附：往期活动回顾｜“整理小书包”比赛获奖名单
!m 学校地址：裳溪县城关镇学府路9号　校办电话：0968-8206300
!m Copyright © 裳溪县实验小学　陇ICP备17003380号
""",
        body="""
各班主任、全体家长：
为落实劳动教育要求，引导学生正确看待智能家电，学校决定于10月20日至26日开展“和扫地机器人比一比”家庭劳动实践活动。现将有关事项通知如下。
一、活动内容。家中有扫地机器人的，学生与机器人各清扫一个房间，比一比谁扫得更干净、谁更会清理死角；家中没有的，学生完成一个房间的清扫，并观察家人如何整理收纳。
二、活动要求。学生不得拆卸扫地机器人，清理尘盒、边刷时须在家长陪同下进行。
三、成果提交。请家长拍摄一段1分钟以内的视频，由班主任收集后于10月28日前报德育处，优秀作品将在学校公众号展示。
德育处联系人：邵雨禾　电话：0968-4461307
裳溪县实验小学德育处
2025年10月13日
""",
    ),
    dict(
        slug="exam-jinchuan-notice-robot-vacuum-repair-certification",
        site="襟川县人事考试信息网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://rsks.jinchuanxian-gov.cn/ksgg/2025/0804/1903.html",
        title="关于2025年家用电器产品维修工（扫地机器人方向）职业技能等级认定的公告",
        record_title="〔等级认定〕关于2025年家用电器产品维修工（扫地机器人方向）职业技能等级认定的公告 - 襟川人事考试信息网",
        date="2025-08-01",
        date_also=["2025-08-04"],
        notes="exam site: maintenance banner, admission-ticket float, technical line beside the centre's own 咨询电话; exam timetable; downloading and printing the admission ticket as content",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>〔等级认定〕关于2025年家用电器产品维修工（扫地机器人方向）职业技能等级认定的公告 - 襟川人事考试信息网</title>
<script src="/js/ks.common.js"></script>
</head>
<body>
<div class="ks-notice">⟦m 【停机预告】8月3日22:00至24:00系统升级，期间暂停报名与查询⟧</div>
<div class="ks-head"><b>⟦m 襟川县人事考试信息网⟧</b><span>⟦m 公开　公平　公正⟧</span></div>
<div class="ks-nav">⟦m 网站首页⟧ ⟦m 考试公告⟧ ⟦m 技能认定⟧ ⟦m 成绩查询⟧ ⟦m 证书领取⟧</div>
<div class="ks-path">⟦m 位置：首页 &gt; 技能认定 &gt; 认定公告⟧</div>
<div class="ks-art">
<h1>{T}</h1>
<p class="ks-meta">⟦m 发布时间：2025-08-04 10:30　信息来源：县职业技能鉴定中心⟧</p>
<div class="ks-txt">
{BODY}
</div>
</div>
<div class="ks-float">⟦a ▶ 准考证自助打印通道⟧<br>⟦a ▶ 认定成绩查询⟧</div>
<div class="ks-links"><h4>⟦l 最新公告⟧</h4><p>⟦l 2025年下半年保育师等级认定报名通知⟧</p><p>⟦l 关于领取2025年第二批职业技能等级证书的通知⟧</p></div>
<div class="ks-foot">⟦m 襟川县人力资源和社会保障局主办⟧　⟦m 报名系统技术咨询：0962-6130199（工作日）⟧<br>⟦m 陇ICP备12000875号-4⟧</div>
</body>
</html>
""",
        body="""
根据职业技能等级认定工作安排，襟川县职业技能鉴定中心定于2025年9月举办家用电器产品维修工（扫地机器人方向）四级、三级职业技能等级认定。现将有关事项公告如下。
一、报名条件。从事家电维修相关工作满2年，或取得相关专业中职以上学历证书。
二、报名时间。8月10日至8月20日，考生登录县人社局网站在线报名。
三、考试安排。
科目　时间　地点
理论知识　9月13日9:00—10:30　县职业中专实训楼
操作技能　9月13日14:00—16:00　县职业中专家电实训室
四、准考证。考生于9月8日起自行下载并打印准考证，凭准考证和身份证参加考试。操作技能考试须自带十字螺丝刀和万用表。
咨询电话：0962-6130112（工作日）
襟川县职业技能鉴定中心
2025年8月1日
""",
    ),
    dict(
        slug="exam-jushui-notice-steamer-pressing-skill-test",
        site="裾水人事考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.jsrsks.cn/zxnl/2025/1103/771.html",
        title="关于服装整烫工（挂烫机实操）专项职业能力考核安排的通知",
        record_title="关于服装整烫工（挂烫机实操）专项职业能力考核安排的通知【考核安排】",
        record_date="2025-11-03",
        date="2025-11-03",
        notes="the record gives the date (also under the signature); exam site's ticket line and technical line beside the notice's 咨询电话",
        page="""
!m 裾水人事考试网
!m 首页 >> 专项职业能力 >> 考核通知
{T}
!m 日期：2025-11-03　来源：县职业技能鉴定所　点击：376
{BODY}
!a ⇒ 考生须知下载　⇒ 考核结果查询
!l 【相关链接】2025年第三期服装整烫工考核合格人员名单
!m 网站维护：裾水县人社信息中心　技术服务电话：0964-5126699
!m 陇ICP备09004412号
""",
        body="""
各培训机构、各位考生：
2025年第四期服装整烫工专项职业能力考核定于11月15日举行，现将有关事项通知如下。
一、考核对象：已完成服装整烫工培训课程并经培训机构审核合格的学员，共计86人。
二、考核内容：挂烫机安全检查、衬衫整烫、西裤整烫三项，满分100分，60分及格。
三、考核地点：裾水县职业技能实训基地二楼整烫室。
四、注意事项：考生须提前30分钟入场，不得携带自用挂烫机；考核中发生喷头对人、空烧等违规操作的，该项不得分。
咨询电话：0964-5126640
裾水县职业技能鉴定所
2025年11月3日
""",
    ),
    dict(
        slug="tender-jinchuan-bid-result-robot-vacuums-welfare-home",
        site="襟川县公共资源交易网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://ggzy.jinchuanxian-gov.cn/zfcg/zbgg/2025/0722/JCCG-2025-0417.html",
        title="襟川县社会福利院扫地机器人及清洁设备采购项目中标结果公告",
        record_title="襟川县社会福利院扫地机器人及清洁设备采购项目中标结果公告 - 政府采购 - 襟川县公共资源交易网",
        record_date="2025-07-22",
        date="2025-07-22",
        notes="tender portal: countdown, CA and trading-system lines beside the purchaser's and agency's own contacts; bid-lot table; the record gives the date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>襟川县社会福利院扫地机器人及清洁设备采购项目中标结果公告 - 政府采购 - 襟川县公共资源交易网</title>
<script src="/js/countdown.js"></script>
</head>
<body>
<div class="jy-top">⟦m 襟川县公共资源交易网⟧　<a>⟦a 主体注册⟧</a> <a>⟦a 投标人登录⟧</a></div>
<div class="jy-nav">⟦m 首页⟧ ⟦m 交易信息⟧ ⟦m 政府采购⟧ ⟦m 工程建设⟧ ⟦m 服务指南⟧</div>
<div class="jy-path">⟦m 首页 › 交易信息 › 政府采购 › 结果公告⟧</div>
<div class="jy-detail">
<h2>{T}</h2>
<div class="jy-meta">⟦m 信息时间：2025-07-22　阅读：244⟧　<span id="cd">⟦m 质疑期剩余：6天12时30分⟧</span></div>
<div class="jy-body">
{BODY}
</div>
</div>
<div class="jy-side"><h4>⟦l 同类项目⟧</h4><p>⟦l 县养老服务中心适老化改造设备采购询价公告⟧</p></div>
<div class="jy-foot">⟦m 数字证书（CA）办理咨询：0962-6100321⟧<br>⟦m 电子交易系统服务热线：0962-6100888⟧<br>⟦m 主办：襟川县公共资源交易中心⟧</div>
</body>
</html>
""",
        body="""
一、项目编号：JCCG-2025-0417
二、项目名称：襟川县社会福利院扫地机器人及清洁设备采购项目
三、中标信息
包号　标的　中标供应商　中标金额（元）
1　扫地机器人（18台）　襟川县捷洁商贸有限公司　52740
2　洗地机及配件　袂阳市清源环境设备有限公司　38600
四、公告期限：自本公告发布之日起1个工作日。
五、联系方式
采购人：襟川县社会福利院　联系人：苗女士　电话：0962-6118820
代理机构：襟川县正衡招标代理有限公司　联系人：钟工　电话：0962-6109346
六、其他：各有关当事人对中标结果有异议的，可在公告期限届满之日起7个工作日内以书面形式提出质疑。
襟川县正衡招标代理有限公司
2025年7月22日
""",
    ),
    dict(
        slug="tender-jushui-inquiry-airers-public-rental-table",
        site="裾水县政府采购网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.jushuicg.cn/xjgg/2025/0303/5561.html",
        title="裾水县公租房小区电动晾衣机采购询价公告",
        date="2025-03-03",
        notes="title as in the record; items table; downloading the inquiry file as content; the purchaser's contact beside the platform's hotline; date under the signature",
        page="""
!m 裾水县政府采购网
!m 采购公告 ＞ 询价公告
{T}
!m 公告类型：询价公告　｜　浏览：91
{BODY}
!a 【我要报价】　【收藏项目】
!m 平台客服：0964-5100666　CA锁办理：0964-5100777
!m 裾水县财政局　主办
""",
        body="""
裾水县住房保障服务中心拟对公租房小区电动晾衣机项目进行询价采购，欢迎符合条件的供应商参加。
一、采购内容
序号　品名　数量　最高限价（元）
1　电动晾衣机（双杆、带照明）　260套　1180
2　安装及两年维保　260户　150
二、供应商资格：具有独立承担民事责任的能力，近三年无重大违法记录。
三、询价文件获取：3月4日至3月10日，供应商可在本网站下载询价文件。
四、报价截止时间：2025年3月12日10时。
采购人：裾水县住房保障服务中心　联系人：滕先生　电话：0964-5138217
裾水县住房保障服务中心
2025年3月3日
""",
    ),
]

"""holdout343, part A: 范文 sites, 文库 readers, county portals, news portals, forums. Invented text."""

CASES = [
    dict(
        slug="fanwen-biqi-speech-water-cup-launch",
        site="笔畦范文网 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.biqi-fw.com/jhzc/jiaoyu/2025/0327/60418.html",
        title="在全县“带杯上学·喝足白开水”行动启动仪式上的讲话",
        record_title="【讲坛精选】在全县“带杯上学·喝足白开水”行动启动仪式上的讲话（含启动流程）_笔畦范文网",
        date="2025-03-10",
        date_also=["2025-03-27"],
        notes="old gb2312 table page with marquee, font row, floating ghost-writer QQ, hot list and visitor counter; "
        "speaker line and a Chinese-numeral date under the speech title (neutral); the page's posting time differs",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【讲坛精选】在全县“带杯上学·喝足白开水”行动启动仪式上的讲话（含启动流程）_笔畦范文网</title>
<meta name="keywords" content="启动仪式讲话,教育局讲话稿,健康饮水">
<link rel="stylesheet" href="/skin/bq2009.css">
<script language="javascript" src="/js/bq_count.js"></script>
</head>
<body topmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="300"><img src="/skin/logo.gif" alt="">⟦m 笔畦范文网·一亩文字田⟧</td>
<td align="right"><a href="#">⟦a 设笔畦为首页⟧</a>　<a href="#">⟦a 把本站加入收藏⟧</a></td></tr>
</table>
<table width="960" align="center"><tr><td bgcolor="#FFF7E0"><marquee scrollamount="3">⟦m 笔畦新收讲话致辞范文三百余篇，天天有更新，写材料先来转一转⟧</marquee></td></tr></table>
<table width="960" align="center" class="menu"><tr>
<td><a href="/">⟦m 笔畦首页⟧</a></td><td><a href="/jhzc/">⟦m 讲话致辞⟧</a></td><td><a href="/zj/">⟦m 总结汇报⟧</a></td><td><a href="/fa/">⟦m 活动方案⟧</a></td><td><a href="/xd/">⟦m 心得感悟⟧</a></td>
</tr></table>
<table width="960" align="center"><tr>
<td width="690" valign="top">
<div class="weizhi">⟦m 您的足迹：<a href="/">笔畦范文网</a> ＞＞ <a href="/jhzc/">讲话致辞</a> ＞＞ 教育卫生讲话⟧</div>
<h2 align="center">{T}</h2>
<div align="center">卦岭县教育局副局长　季安澜</div>
<div align="center">（二〇二五年三月十日）</div>
<div class="info" align="center">⟦m 收录：秋禾　上架时间：2025-03-27　已阅 1088 人次⟧</div>
<div align="center">⟦a 【页面字号】 放大 ｜ 缩小 ｜ 还原　【换底色】 米黄 ｜ 淡绿⟧</div>
<div class="neirong">
{BODY}
</div>
<div align="center">⟦a 〖拷贝本篇〗 〖存为Word〗 〖整页打印〗⟧</div>
<div>⟦l 上一篇：春季开学典礼校长致辞（精选三篇）⟧</div>
<div>⟦l 下一篇：学校食堂从业人员岗前培训会讲话⟧</div>
</td>
<td width="260" valign="top">
<table class="side"><tr><td>⟦l ◆讲话致辞阅读排行◆⟧</td></tr>
<tr><td><a href="/jhzc/1.html">⟦l 1.全县教育系统安全工作会议讲话⟧</a></td></tr>
<tr><td><a href="/jhzc/2.html">⟦l 2.近视防控宣传月启动仪式致辞⟧</a></td></tr>
<tr><td><a href="/jhzc/3.html">⟦l 3.家长学校开班典礼讲话稿⟧</a></td></tr>
</table>
<div id="piaofu" style="position:absolute;right:6px;top:220px">⟦w 稿子赶时间？老笔杆帮写帮润色，QQ：3318 0627⟧</div>
</td></tr></table>
<table width="960" align="center" class="foot"><tr><td align="center">
⟦d 笔畦范文网所载文章多系网友投稿，仅作写作借鉴，转载请注明出处。⟧<br>
⟦m 笔畦范文网 www.biqi-fw.com　陇ICP备16052203号-1⟧<br>
⟦m 您是本站第 0521367 位来客⟧
</td></tr></table>
</body>
</html>
""",
        body="""
老师们、同学们，各位家长朋友：
今天，我们在弭河镇中心小学举行全县“带杯上学·喝足白开水”行动启动仪式。首先，我代表县教育局，向长期关心孩子健康成长的各位家长和社区志愿者表示衷心感谢！
去年秋季学期，县疾控中心对全县12所小学的饮水情况做了抽样调查。结果显示，近四成学生在校期间一天喝水不足两杯，不少孩子拿含糖饮料代替白开水，还有一些孩子的水杯吸嘴发黄发霉却一直没有更换。⟦w 讲话稿不会写？笔畦代笔，微信同号 bq-wenmi25⟧喝水是小事，关系的却是孩子们的健康大事。
这次行动，我们要做好三件事。一是让每个孩子都有一只合格的水杯。各校要提醒家长选购标明食品级材质的儿童水杯，家庭困难学生由学校统一配发。二是让喝水成为课间习惯。每节课后留出两分钟“饮水时间”，班主任带头示范。三是让水杯干净卫生。学校每天供应开水，教室设置水杯架，每周五提醒学生把水杯带回家彻底清洗。
同学们，一只小小的水杯，装的是健康，也装着好习惯。希望大家从今天起带杯上学、喝足白开水，做健康快乐的好少年！⟦l 相关范文：小学“健康饮水周”国旗下讲话⟧
""",
    ),
    dict(
        slug="fanwen-moqi-insight-paint-box-missing-title",
        site="墨畦文稿网 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.moqiwengao.com/xinde/jiaoshi/7731.html",
        title="参加“颜料盒里的传统色”美术教师研修班心得体会",
        record_title=None,
        date=None,
        notes="no title in the record: the title line stands after a tag line; an update stamp only, no date",
        page="""
!m 墨畦文稿网｜材料不再熬夜写
!m 您在这里：首页 / 心得体会 / 教师研修
!l 标签：研修心得　美术教师　传统色彩
{T}
!m 投稿：青黛　更新于 2025-08-03　人气 764
!a 【一键拷贝】　【另存Word】　【发到邮箱】
{BODY}
!a 全文1287字，开通会员可看未删节版并免费下载
!a ▶ 开月卡　▶ 单篇 2.9 元
!l 同栏目推荐
!l ◇ 国培计划美术学科研修总结
!l ◇ 暑期师德集中培训心得（两篇）
!l ◇ 参加非遗进校园活动的几点体会
!w 写作卡壳了？资深笔杆一对一帮改，加V：moqi_wengao
!d 墨畦文稿网资料多来自网友投稿，若涉及版权问题请联系站长处理。
!m 墨畦文稿网 moqiwengao.com　站长邮箱：zhanzhang@moqiwengao.com
""",
        indent="\u3000\u3000",
        body="""
暑假里，我参加了镐阳市教育局组织的“颜料盒里的传统色”美术教师研修班。五天时间里，我们跟着非遗传承人研磨矿物颜料，学习传统色的名称和调配方法，还分组为学生设计了一套“二十四节气色卡”。下面谈几点体会。
一是颜料盒不只是工具箱，也是一本色彩书。以前我给学生讲色彩，只会说红黄蓝，这次才知道“天水碧”“黛蓝”“藕荷”背后都有故事。开学后，我准备让学生在颜料盒盖内侧贴一张自己调出的传统色卡。⟦a 收藏此文⟧
二是用好颜料比买贵颜料更重要。研修班的老师让我们用最普通的十二色颜料盒调出三十多种颜色，我深受启发：美术课不必追求昂贵材料，关键是引导孩子多观察、多尝试。
⟦w 心得体会代写，八百字起，当天交稿⟧
三是要把爱惜材料的习惯教给学生。课后洗净画笔、擦干调色格、盖紧盒盖，这些小事做好了，一盒颜料可以用上一个学期。
这次研修让我重新认识了手边的颜料盒，也让我更清楚今后的美术课该怎么上。
""",
    ),
    dict(
        slug="wenku-yanling-survey-toy-boxes-html-markers",
        site="檐铃文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.yanlingwk.com/view/a7c31e9b02.html",
        title="关于珵湖区幼儿园玩具收纳箱配备与使用情况的调研报告",
        record_title="【调研范本·可下载】关于珵湖区幼儿园玩具收纳箱配备与使用情况的调研报告 - 檐铃文库",
        date="2025-04-18",
        notes="文库 reader with a viewer toolbar, '⮪ n ⮫' page-marker paragraphs cutting sentences, a coin pay box; "
        "signature date; upload stamp is no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【调研范本·可下载】关于珵湖区幼儿园玩具收纳箱配备与使用情况的调研报告 - 檐铃文库</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<script>window.__DOC__={id:"a7c31e9b02",pages:5};</script>
<style>.reader{width:820px}.pg-sep{color:#999;text-align:center}</style>
</head>
<body>
<header class="yl-top"><a class="logo" href="/">⟦m 檐铃文库⟧</a><span class="slogan">⟦m 好文档，风一吹就响⟧</span>
<form class="s"><input placeholder="输入关键词找文档"><button>⟦a 找一找⟧</button></form>
<a href="/member">⟦a 开通铃铛会员⟧</a> <a href="/login">⟦a 账号登录 · 新用户注册⟧</a></header>
<nav class="crumb">⟦m 檐铃文库 › 行业资料 › 教育教学 › 学前教育⟧</nav>
<div class="doc-head">
<h1>{T}</h1>
<p class="meta">⟦m 上传者：pi****tao　上传于 2025-05-06　5 页　2.1 万次浏览　4.7 分⟧</p>
<div class="viewer-bar">⟦a 缩小 ｜ 放大 ｜ 全屏阅读 ｜ 加入书架⟧</div>
</div>
<div class="reader">
{BODY}
</div>
<div class="pay-box">
<p>⟦a 余下 2 页尚未展示，消耗 3 枚檐铃币即可解锁全文⟧</p>
<p><a class="btn">⟦a 立即解锁⟧</a> <a class="btn2">⟦a 领新人券⟧</a></p>
</div>
<aside class="rel">
<h3>⟦l 读过这篇的人也在看⟧</h3>
<ul>
<li>⟦l 幼儿园区角材料投放现状调查报告⟧</li>
<li>⟦l 幼儿园玩教具安全管理制度汇编⟧</li>
<li>⟦l 学前教育三年行动计划中期评估报告⟧</li>
</ul>
</aside>
<footer class="yl-ft">
<p>⟦d 檐铃文库中的文档均由用户自主上传，平台只提供存储与展示；如有侵权，请通过申诉通道联系我们。⟧</p>
<p>⟦m ©2019-2025 yanlingwk.com　湘ICP备19072841号-3⟧</p>
</footer>
</body>
</html>
""",
        p_html='<p class="txt">{}</p>',
        pages=dict(fmt="⮪ {n} ⮫", every=170, start=2),
        body="""
为了解全区幼儿园玩具收纳箱的配备和使用情况，区教育局学前教育科于3月中下旬对全区27所公办、民办幼儿园进行了实地调研，查看活动室142间，收回教师问卷316份。现将有关情况报告如下。
一、基本情况
全区幼儿园共配备各类玩具收纳箱2860个，平均每间活动室约20个。其中，塑料收纳箱占71%，木质收纳柜占22%，布艺收纳筐占7%。多数幼儿园按区角分类摆放，并在箱体上贴了图文标签，方便幼儿自取自放。
二、存在的问题
一是部分收纳箱老化破损。调研发现，有9所幼儿园的塑料收纳箱已使用五年以上，箱角开裂、卡扣脱落，存在划伤幼儿的隐患。二是摆放高度不合理。有的活动室把收纳箱叠放到一米五以上，幼儿要踮脚甚至攀爬才能取放玩具。三是清洁消毒不规范。约三成教师表示收纳箱“想起来才擦一次”，没有固定的清洁频次和记录。
三、几点建议
（一）建立收纳箱更新台账，对破损、变形的箱体及时淘汰更换。（二）统一摆放高度，小班收纳箱不超过幼儿肩高，禁止叠放三层以上。（三）将收纳箱纳入日常消毒范围，每周至少清洁一次并做好记录。
珵湖区教育局学前教育科
2025年4月18日
""",
    ),
    dict(
        slug="wenku-hongzhua-plan-bag-covers-wrapped-glued-markers",
        site="鸿爪文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="other",
        form="text",
        source="https://hongzhuawk.com/p-55093172.html",
        title="珵湖区小学生雨季出行书包罩配发工作方案",
        record_title="珵湖区小学生雨季出行书包罩配发工作方案.docx",
        date="2025-05-08",
        notes="file-name record title; hard-wrapped at 60 columns; '⫦n⫦' markers glued to the continuation line; two signatures",
        page="""
!t 珵湖区小学生雨季出行书包罩配发工作方案.docx
!m 鸿爪文库 · 文档在线预览
!m 贡献者：yu****07　上传于 2025-05-19　DOCX　共 4 页　浏览 1926
!a 下载本文档（需 8 鸿币）　　收进文件夹　　转给好友
{T}
{BODY}
!a 以上为前 3 页试读，后续内容请下载后阅读
!a ¥4.50 立即购买　　年卡会员免费下
!d 鸿爪文库全部文档由用户上传，本站不对内容的真实性、完整性负责，如有侵权请提交申诉。
!l 你可能还需要：
!l 中小学雨季安全教育实施方案.docx　6页
!l 学生上下学“护学岗”值守方案.doc　3页
""",
        indent="\u3000\u3000",
        wrap=60,
        pages=dict(fmt="⫦{n}⫦", every=120, start=2, glue=True),
        body="""
为提高小学生雨天上下学的安全性，减少书包淋湿和交通事故隐患，区教育局、区妇联决定在全区小学开展雨季出行书包罩配发工作，特制定本方案。
一、配发对象
全区18所小学一至三年级学生，共计11460人；四至六年级学生中的家庭困难学生，由学校摸底后一并纳入。
二、产品要求
书包罩采用防水涤纶面料，颜色为亮黄色或荧光橙色，四周缝有不少于2厘米宽的反光条，夜间在车灯照射下150米外清晰可见；罩口松紧带应柔软，不得勒伤肩部。
三、工作步骤
（一）摸底阶段（5月12日至5月20日）。各校统计学生人数和书包尺寸，按大、中、小三个型号上报。（二）配发阶段（5月26日至6月6日）。由区教育局统一采购，各校以班级为单位发放到学生手中。（三）宣传阶段（6月上旬）。各校利用班会讲解雨天出行安全知识，提醒学生过马路时把书包罩的反光面朝外。
四、工作要求
各校要指定专人负责，做好发放登记，不得向学生收取任何费用。
珵湖区教育局
珵湖区妇女联合会
2025年5月8日
""",
    ),
    dict(
        slug="gov-chenghu-notice-cup-spot-check-record",
        site="镐阳市珵湖区人民政府门户网站 (invented)",
        style="政府门户",
        genre="通告",
        kind="notice",
        form="html",
        source="http://www.chenghu.gov.cn/zwgk/bmxx/scjgj/202506/t20250616_881402.html",
        title="珵湖区市场监督管理局关于2025年儿童水杯产品质量监督抽查结果的通告",
        record_date="2025-06-16",
        date="2025-06-16",
        date_also=["2025-06-13"],
        notes="title and date from the record; 索引号 table with an unmarked 文号 cell; a data table; the bureau's own "
        "complaint line and contact beside the portal's 纠错 line and 12345; 附件 list beside attachment links",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>珵湖区市场监督管理局关于2025年儿童水杯产品质量监督抽查结果的通告</title>
<meta name="SiteName" content="镐阳市珵湖区人民政府">
<meta name="ColumnName" content="部门信息">
<script src="/static/js/jquery.min.js"></script>
<script src="/static/js/zoom.js"></script>
</head>
<body>
<div class="topbar">⟦a 长辈模式⟧ <a href="javascript:;">⟦a 读屏专用⟧</a> <a href="/en/">⟦a 繁/简⟧</a> <span>⟦m 今天是：<span id="today"></span>⟧</span></div>
<div class="banner"><img src="/img/banner.png" alt="">⟦m 镐阳市珵湖区人民政府⟧</div>
<ul class="nav">
<li><a href="/">⟦m 首页⟧</a></li><li><a href="/zwgk/">⟦m 政务公开⟧</a></li><li><a href="/zwfw/">⟦m 政务服务⟧</a></li><li><a href="/hdjl/">⟦m 互动交流⟧</a></li><li><a href="/zjch/">⟦m 走进珵湖⟧</a></li>
</ul>
<div class="location">⟦m 当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/bmxx/">部门信息</a> &gt; 区市场监管局⟧</div>
<table class="xxgk">
<tr><td>⟦m 索 引 号：11610302MB0C47215R/2025-00412⟧</td><td>⟦m 主题分类：质量监督⟧</td></tr>
<tr><td>⟦m 发布机构：区市场监督管理局⟧</td><td>⟦m 公开日期：2025-06-16⟧</td></tr>
<tr><td>文　　号：珵市监告〔2025〕7号</td><td>⟦m 公开方式：主动公开⟧</td></tr>
</table>
<div class="article">
<h1>{T}</h1>
<div class="tools">⟦a 字号 [大 中 小]　视力保护色　打印本页　关闭窗口⟧</div>
<div class="TRS_Editor">
{BODY}
</div>
<div class="fj">
<p>⟦a 附件下载：2025年儿童水杯抽查合格名单.xlsx⟧</p>
<p>⟦a 附件下载：2025年儿童水杯抽查不合格名单.xlsx⟧</p>
</div>
<div class="share">⟦l 分享到：微信 微博 QQ空间⟧</div>
<div class="qr">⟦a 手机扫码，随时随地看公开信息⟧</div>
</div>
<div class="related"><h4>⟦l 相关信息⟧</h4>
<ul><li>⟦l 珵湖区2025年第一季度电动自行车抽查结果⟧</li><li>⟦l 区市场监管局开展“六一”儿童用品专项检查⟧</li></ul></div>
<div class="footer">
<p>⟦m 主办单位：镐阳市珵湖区人民政府办公室　承办：珵湖区大数据服务中心⟧</p>
<p>⟦m 网站标识码 6103020008　陕公网安备 61030202000917号⟧</p>
<p>⟦m 本页纠错请致电：0917-5310086⟧　⟦m 政务服务便民热线：12345⟧</p>
</div>
</body>
</html>
""",
        body="""
根据《中华人民共和国产品质量法》和年度监督抽查计划，我局于2025年5月组织开展了儿童水杯产品质量监督抽查，共抽查区内16家生产、销售企业的儿童水杯20批次，检验项目包括标识标注、容积偏差、吸嘴拉力、迁移物和密封性能。现将抽查结果通告如下：
一、抽查发现合格产品17批次，不合格产品3批次，不合格发现率15%。
二、不合格产品情况如下：
序号　产品名称　标称生产企业　不合格项目
1　小象吸管杯　镐阳市乐饮塑胶制品厂　吸嘴拉力
2　学生背带水壶　珵湖区童趣日用品商行　标识标注
3　鸭嘴学饮杯　嬴川县禾苗日用塑料厂　密封性能
三、对抽查不合格的产品，我局已依法责令相关企业停止生产销售，督促其查明原因、限期整改，整改完成后组织复查。
消费者如发现上述不合格产品仍在销售，可拨打我局投诉举报电话0917-5326315反映。
联系人：伍思源　联系电话：0917-5326208
附件：1.2025年儿童水杯产品质量监督抽查合格产品名单
2.2025年儿童水杯产品质量监督抽查不合格产品名单
珵湖区市场监督管理局
2025年6月13日
""",
    ),
    dict(
        slug="gov-gualing-notice-felt-boards-wrapped",
        site="卦岭县人民政府门户网站 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.gualing.gov.cn/xxgk/bmdt/jyj/202503/t20250306_40917.html",
        title="卦岭县教育局关于规范中小学教室毛毡板张贴管理的通知",
        record_title="卦岭县教育局关于规范中小学教室毛毡板张贴管理的通知_部门动态·教育条线_卦岭县人民政府",
        date="2025-03-04",
        date_also=["2025-03-06"],
        notes="hard-wrapped at 64 columns; 文号 line under the title (neutral); 抄送 and 印发 lines; portal posting date differs",
        page="""
!m 卦岭县人民政府　www.gualing.gov.cn
!a 长辈版 | 无障碍浏览 | 繁體中文
!m 首页 > 信息公开 > 部门动态 > 教育条线
{T}
!m 发布日期：2025-03-06　信息来源：县教育局　访问量：418
!a 【字号：特大 大 默认】【打印此页】【关闭】
卦教发〔2025〕9号
{BODY}
!a 扫一扫，用手机继续阅读本条信息
!l 上一条：卦岭县2025年春季学期开学工作安排
!l 下一条：县教育局关于开展校园周边环境整治的通知
!m 主办：卦岭县人民政府办公室　运维：县政务数据服务中心
!m 网站标识码：6104300012　陇ICP备2020011846号
!m 网页内容有误？纠错电话：0917-6620110
""",
        indent="\u3000\u3000",
        wrap=64,
        body="""
各乡镇中心学校，县直各学校：
近期，我局在开学检查中发现，部分学校教室毛毡板张贴内容过多、层层覆盖，有的使用大头针、图钉固定作品，存在扎伤学生的隐患；个别班级还在毛毡板上张贴培训机构宣传单。为规范教室毛毡板使用管理，现就有关事项通知如下：
一、毛毡板安装高度以下沿距地面不低于90厘米为宜，边框应牢固、无毛刺，破损起鼓的要及时维修或更换。
二、固定作品一律使用魔术贴、软磁贴或圆头按钉，禁止使用大头针、缝衣针等尖锐物品。
三、毛毡板内容以学生作品、班级公约和学习园地为主，每月至少更新一次，严禁张贴任何商业广告。
四、各校要将毛毡板纳入班级日常管理，由班主任负责检查，学校总务处每学期开展一次安全巡查。
请各校于3月20日前完成自查整改，并将整改情况报县教育局基础教育股。
卦岭县教育局
2025年3月4日
抄送：县教育督导室，各乡镇人民政府。
卦岭县教育局办公室　　2025年3月4日印发
""",
    ),
    dict(
        slug="news-chenghu-toy-box-drift-station-missing-title",
        site="珵湖融媒 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.chenghurm.cn/news/shequ/2025-04/27/c_118204.html",
        title="珵园社区“玩具收纳箱漂流站”开张 旧玩具在邻里间“转起来”",
        record_title=None,
        record_date="2025-04-27",
        date="2025-04-27",
        notes="no title in the record (the <h1>); a client prompt before the lead's first words; a photo caption between "
        "paragraphs; an editor line glued after the last sentence; 24-hour list and ad slot",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>珵园社区“玩具收纳箱漂流站”开张 旧玩具在邻里间“转起来”_社区_珵湖融媒</title>
<script>var _czc=_czc||[];</script>
<style>.ad{height:90px}</style>
</head>
<body>
<div class="head"><a href="/">⟦m 珵湖融媒⟧</a> <span>⟦m 区委宣传部主管　区融媒体中心主办⟧</span>
<a href="/app">⟦a 下载“掌上珵湖”⟧</a></div>
<ul class="channels"><li>⟦m 要闻⟧</li><li>⟦m 街镇⟧</li><li>⟦m 社区⟧</li><li>⟦m 民生⟧</li><li>⟦m 视听⟧</li></ul>
<div class="path">⟦m 首页 &gt; 社区 &gt; 正文⟧</div>
<div class="main">
<h1>{T}</h1>
<div class="src">⟦m 2025-04-27 07:45　来源：珵湖融媒　记者：柏晓禾⟧ <a class="listen">⟦a 🔊 收听本文⟧</a></div>
<div class="content">
{BODY}
</div>
<div class="zan">⟦l 👍 点赞 46　　💬 评论 3　　↗ 转发⟧</div>
</div>
<div class="ad">⟦m 广告位招租：0917-5102288⟧</div>
<div class="side"><h3>⟦l 24小时热读⟧</h3>
<ol><li>⟦l 镐北街道老旧小区加装电梯进度公示⟧</li><li>⟦l 珵湖区新增三处口袋公园⟧</li><li>⟦l 五一假期区内公交线路调整⟧</li></ol></div>
<div class="foot">⟦d 凡本站注明“来源：珵湖融媒”的作品，版权归珵湖区融媒体中心所有，转载须经书面授权。⟧<br>⟦m 互联网新闻信息服务许可证 61120250017　违法和不良信息举报：0917-5102200⟧</div>
</body>
</html>
""",
        body="""
⟦a 打开掌上珵湖，身边新鲜事早知道⟧本报讯（记者 柏晓禾 通讯员 任佳）4月26日上午，珵湖区镐北街道珵园社区的“玩具收纳箱漂流站”正式开张。十几只贴着编号的玩具收纳箱整齐排放在社区儿童之家门口，居民可以把孩子玩腻的玩具放进箱子，也可以从箱子里挑走需要的玩具。
“家里玩具堆成山，扔了可惜，送人又不好意思开口。”居民苏女士带着女儿送来一套积木和两本布书，“放进漂流箱，别的孩子还能接着玩。”她笑着说。
⟦m ▲ 小朋友在漂流站挑选玩具　柏晓禾 摄⟧
据社区工作人员介绍，漂流站按照玩具种类设置了益智拼插、绘本布书、户外玩具等六个收纳箱，每只箱子都有一名志愿者“箱长”负责清点和消毒。进入漂流站的玩具须清洗干净、无尖锐破损，电动玩具须取出电池。
下一步，社区还将联合辖区幼儿园开展“玩具换换乐”活动，让闲置玩具在更多家庭之间流动起来。⟦m 责编：季青　终审：柏山⟧
""",
    ),
    dict(
        slug="news-quexi-bag-covers-byline-date",
        site="阙溪发布 (invented county news portal)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.quexifabu.com/jiaoyu/20250521/31876.html",
        title="弭河镇中心小学为一千余名学生送上反光书包罩",
        record_title="【雨季护学】弭河镇中心小学为一千余名学生送上反光书包罩 - 阙溪发布",
        date="2025-05-21",
        notes="the byline's 发布时间 is the page's date (the event is dated 5月20日 inside a sentence); photo caption; glued share line",
        page="""
!m 阙溪发布 — 阙溪县融媒体中心主办
!m 首页 ＞ 教育 ＞ 正文
!t 【雨季护学】弭河镇中心小学为一千余名学生送上反光书包罩
{T}
!m 发布时间：2025-05-21 09:12　来源：阙溪县融媒体中心　作者：伍鸣
!a ▷ 听新闻　　A+　A-
{BODY}
!l 【相关新闻】
!l 县交警大队“护学岗”进入雨季执勤模式
!l 阙溪县中小学雨季安全大排查启动
!m 责任编辑：季芸
!d 阙溪发布所刊稿件，未经书面许可不得转载、摘编。
!m 阙溪县融媒体中心　新闻热线：0917-7213366
""",
        body="""
5月20日，阙溪县弭河镇中心小学操场上一片“亮黄色”。县交警大队、县妇联和镇中心小学联合开展“雨天亮起来”护学活动，为全校1136名学生免费发放反光书包罩。
弭河镇地处山区，不少学生每天要沿国道步行上下学，雨天能见度低，书包又多为深色，过往车辆很难及早发现。“套上书包罩，孩子背上就多了一块‘反光板’。”县交警大队宣传民警现场演示，在车灯照射下，书包罩上的反光条在百米开外清晰可见。
⟦m ▲民警为学生调整书包罩松紧带（伍鸣 摄）⟧
活动现场，民警还给孩子们上了一堂雨天交通安全课，提醒大家雨天出行要走人行道，过马路时先停、再看、后通过，不要打着伞猛跑。
“以前一下雨书包就湿透，现在有了书包罩，书本再也不怕淋了。”四年级学生季小雨说。⟦l 分享至：微信好友 ｜ 朋友圈 ｜ QQ空间⟧
""",
    ),
    dict(
        slug="forum-douya-cup-review-jammer",
        site="豆芽妈妈社区 (invented, Discuz-like parents' forum)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.douyamama.net/thread-882041-1-1.html",
        title="三款儿童吸管杯用了一个月的真实感受",
        record_title="[宝妈实测] 三款儿童吸管杯用了一个月的真实感受（附清洗小窍门） - 宝宝用品 - 豆芽妈妈社区",
        date=None,
        notes="Discuz-like thread with poster panel, jammer fonts, rating row, signature; the post is '6 天前', no date",
        page="""
<html>
<head>
<meta charset="gbk">
<title>[宝妈实测] 三款儿童吸管杯用了一个月的真实感受（附清洗小窍门） - 宝宝用品 - 豆芽妈妈社区</title>
<style>.jammer{display:none}</style>
<script src="static/js/common.js"></script>
</head>
<body>
<div id="toptb">⟦a 快捷导航⟧ <a href="member.php?mod=register">⟦a 注册新账号⟧</a> <a href="member.php?mod=logging">⟦a 登录⟧</a></div>
<div id="hd"><a href="./">⟦m 豆芽妈妈社区⟧</a> <span>⟦m 和一百万个妈妈一起带娃⟧</span></div>
<div id="pt">⟦m 社区首页 › 育儿交流 › 宝宝用品 › 帖子详情⟧</div>
<div class="stat">⟦m 浏览 3406 ｜ 回帖 58⟧</div>
<table id="pid1" class="plhin"><tr>
<td class="pls"><div class="pi">⟦m 橙橙麻麻⟧</div><p>⟦m 积分 2318　帖子 417　精华 3⟧</p><p>⟦m 注册于 2021 年⟧</p></td>
<td class="plc">
<h1 id="thread_subject">⟦t [宝妈实测] 三款儿童吸管杯用了一个月的真实感受（附清洗小窍门）⟧</h1>
<div class="authi">⟦m 楼主 · 发表于 6 天前 ｜ 只看楼主 ｜ 倒序看帖⟧</div>
<div class="t_fsz"><table><tr><td class="t_f" id="postmessage_1">
{T}<br />
{BODY}
</td></tr></table></div>
<div class="rate">⟦l 参与评分 12　豆芽币 +36　收起理由：实用，谢谢分享⟧</div>
<div class="sign">⟦m 二宝妈，只分享自己真用过的东西⟧</div>
<div class="po">⟦a 回复　引用　举报　收藏帖子⟧</div>
</td></tr></table>
<div class="pgs">⟦l 下一帖：宝宝一岁了还不会用杯子喝水正常吗⟧</div>
<div id="f_pst">⟦a 登录后参与讨论，还没有账号？点此注册⟧</div>
<div id="ft">⟦m 豆芽妈妈社区 ( 浙ICP备18064219号 )⟧ ⟦m GMT+8, 2025-7-9 22:31⟧</div>
</body>
</html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=2),
        body="""
家里老二一岁半，开始自己喝水，前前后后买了三款吸管杯，每款都用了一个月左右，说说真实感受，不是广告。
第一款是重力球吸管杯。优点是杯子怎么歪都能吸到水，缺点是吸管细、零件多，重力球那一截特别难洗，我后来专门买了小刷子。
第二款是鸭嘴杯。清洗最省事，但孩子咬得厉害，不到一个月鸭嘴就咬出了小口子，只好又买了两个备用嘴。
第三款是带刻度的直饮杯，适合大一点的孩子练习。宝宝一开始总洒一身，练了两周才学会。
清洗小窍门：吸管和密封圈每天拆下来用热水烫一烫，每周用小苏打刷一次；密封圈发黑了就直接换新的，别心疼那几块钱。
大家家里的吸管杯都多久换一次？欢迎交流。
""",
    ),
    dict(
        slug="forum-tiaosepan-paint-box-palette-junk",
        site="调色盘手作论坛 (invented)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="https://www.tiaosepan.club/forum/t/40977",
        title="用旧颜料盒改了个水彩调色格，分享一下做法",
        record_title="[旧盒新生] 用旧颜料盒改了个水彩调色格，分享一下做法（多图预警）- 手工改造区 - 调色盘手作论坛",
        date=None,
        notes="forum post with junk lines and junk glued after 。; post time '昨天 21:40', edit stamp; no date",
        page="""
!m 调色盘手作论坛 · 一起把生活涂上颜色
!m 论坛 » 手工改造区 » 帖子
!t [旧盒新生] 用旧颜料盒改了个水彩调色格，分享一下做法（多图预警）
!m 阅读 1527　回复 33　楼主：青柠不酸
!m 青柠不酸　昨天 21:40　　电梯直达
!m 该帖于 3 小时前被作者重新编辑
{T}
{BODY}
!l 📷 [图片] 改好后的颜料盒.jpg（326 KB，下载次数 41）
!a 点赞 88　　收藏 21　　举报
!l 2# 水杉：盖子里垫白卡纸这招太好了，马上学
!l 3# 阿橘今天也画画：请问磁铁用的多大规格？
!l 4# 青柠不酸 回复 阿橘今天也画画：直径8毫米的圆片
!a 发表回复前请先登录，游客仅可浏览
!m 调色盘手作论坛 ©2025　粤ICP备22017735号
""",
        junk=dict(lines=2, glued=2),
        body="""
家里翻出一个用了好几年的铁皮颜料盒，原来的颜料早就干裂了。扔掉又舍不得，就动手改成了外出写生用的水彩调色格。
材料很简单：旧颜料盒一个、空分装格十二个、圆形小磁铁十二片、白色卡纸一张、热熔胶枪一把。
第一步，把盒子里残留的颜料用温水泡软刮干净，晾干后用砂纸把生锈的边角打磨一遍。
第二步，在每个分装格底部粘一片小磁铁。这样格子吸在铁皮上不会乱跑，想换位置也方便。
第三步，把白卡纸裁成盒盖大小，用热熔胶贴在盖子内侧，当作试色卡，每种颜色先在卡纸上刷一笔，找颜色一目了然。
改完以后整个盒子比原来还轻，装进背包也不占地方。唯一要注意的是磁铁别买太厚的，不然盒盖合不上。
""",
    ),
]

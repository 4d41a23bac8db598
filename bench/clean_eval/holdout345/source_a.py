"""holdout345, part A: 范文 sites, 文库 previews, government portals, news portals, forums.

Invented text throughout (see ../README.md and ../build.py for the markup).
"""

CASES = [
    dict(
        slug="fanwen-wenshu-speech-food-jar-lunch",
        site="文枢范文网 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.wenshu5.net/jianghua/jiaoyu/2024/0918/55127.html",
        title="在全县中小学生自带午餐安全管理工作会议上的讲话",
        record_title="在全县中小学生自带午餐安全管理工作会议上的讲话（定稿可改）_文枢范文网",
        date="2024-09-06",
        date_also=["2024-09-18"],
        notes="old gb2312 table page: marquee, 字号/护眼 row, floating ghost-writer QQ box, visitor counter; "
        "date under the speech title, the page's 更新 line differs; speaker line neutral",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>在全县中小学生自带午餐安全管理工作会议上的讲话（定稿可改）_文枢范文网</title>
<meta name="keywords" content="焖烧杯,自带午餐,讲话稿">
<link href="/css/ws_main.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/ws_float.js"></script>
</head>
<body bgcolor="#f3f1ea" topmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="300"><img src="/images/ws_logo.gif" alt=""></td>
<td align="right"><font color="#7a1f1f">⟦m 文枢范文网·讲话稿汇编与公文写作参考⟧</font></td></tr>
<tr><td colspan="2" bgcolor="#8c2b1c">⟦m <a href="/">网站主页</a> | <a href="/jianghua/">领导讲话</a> | <a href="/zongjie/">年终总结</a> | <a href="/fangan/">活动方案</a> | <a href="/gongwen/">公文范例</a>⟧</td></tr>
<tr><td colspan="2"><marquee scrollamount="3">⟦m 文枢范文网开学季更新：教育系统讲话稿已收录3100余篇，每日整理上架⟧</marquee></td></tr>
</table>
<table width="960" border="0" align="center" cellpadding="6" cellspacing="0">
<tr><td width="680" valign="top">
<div class="weizhi">⟦m 所在位置：<a href="/">文枢范文网</a> &raquo; <a href="/jianghua/">领导讲话</a> &raquo; 教育系统讲话⟧</div>
<h2 align="center">{T}</h2>
<div align="center">（2024年9月6日）</div>
<div align="center">县教育局副局长　邝明远</div>
<div class="xinxi" align="center">⟦m 更新：2024-09-18　栏目编辑：若溪　浏览：<font color="red">2206</font> 次⟧</div>
<div class="zihao">⟦a 【字号：特大 大 中 小】【护眼底色】【关闭本页】⟧</div>
<div class="zhengwen">
{BODY}
</div>
<div class="xiazai"><a href="/down/55127.html">⟦a ↓ 点此下载本篇讲话稿Word文档（会员免积分）⟧</a></div>
<div class="sxp">⟦l 前一篇：在全县秋季学期安全工作会议上的讲话（精编）⟧<br>⟦l 后一篇：县教育局局长在新学期开学工作部署会上的讲话⟧</div>
</td>
<td width="260" valign="top" bgcolor="#efe9dc">
<div class="bt">⟦l ◆ 教育讲话阅读排行⟧</div>
<ul>
<li>⟦l 校长在秋季开学典礼上的讲话稿（三篇可选）⟧</li>
<li>⟦l 在学校食堂从业人员培训会上的讲话提纲⟧</li>
<li>⟦l 家长学校开班仪式讲话（范本）⟧</li>
</ul>
<div class="bt">⟦l ◆ 本栏标签⟧</div>
<p>⟦l 开学讲话　校园食品　家校共育　午餐管理⟧</p>
</td></tr>
</table>
<div id="qqfloat" style="position:absolute;right:6px;top:220px;">⟦w 讲话稿代笔/润色　QQ：2967315508　当天交稿⟧</div>
<table width="960" border="0" align="center" cellpadding="4" cellspacing="0" bgcolor="#8c2b1c">
<tr><td align="center"><font color="#ffffff">⟦d 本站文章多为网友投稿整理，仅作写作参考，转载使用请自行核实，若有不妥请来函告知。⟧<br>
⟦m 文枢范文网 wenshu5.net　晋ICP备13008217号⟧<br>⟦m 您是本站第 0041872 位访客⟧</font></td></tr>
</table>
<script language="javascript">ws_float('qqfloat');</script>
</body>
</html>
""",
        body="""
同志们：
新学期开学以来，不少家长给孩子配了焖烧杯，早上装进热粥、米饭或者炖菜，中午在教室里打开就能吃。这件事方便了家长，也给学校的午餐管理带来了新课题。今天召开这次会议，就是要把自带午餐特别是焖烧杯带餐的安全管理抓实抓细。
一、看清风险。焖烧杯保温靠的是真空夹层，食物装进去时温度不够高、放置时间过长，就会落进细菌容易繁殖的温度区间。上学期，我县有两所学校出现过学生吃了焖烧杯里的隔夜米粥后腹痛的情况，虽然没有造成严重后果，但教训必须记取。
二、立好规矩。各校要给家长发一封信，讲清焖烧杯带餐“当天做、滚烫装、中午吃”的要求；对清晨六点前装杯、到午饭时已超过六个小时的，班主任要提醒家长调整。⟦w 写材料卡壳？文枢老笔杆帮您逐段改稿。⟧有条件的学校可以在每层楼设一个加热点，由专人看管。
三、压实责任。校长是第一责任人，分管副校长、班主任、生活老师各负其责。县教育局将会同县市场监管局在十月中旬开展一次专项检查，检查结果纳入学校年度考核。
同志们，孩子的午餐无小事。希望大家把这件事当作自家的事来办，让每一个焖烧杯里装着的都是放心饭菜。
""",
    ),
    dict(
        slug="fanwen-moqi-insight-frying-pan-fire",
        site="墨畦范文 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://m.moqi365.cn/xinde/anquan/40318.html",
        title="参加社区厨房消防安全课的心得体会",
        record_title=None,
        date=None,
        notes="no title in the record: the page's title line, after a tag line; no date (only an 入库 stamp); "
        "a member prompt between paragraphs and a collect link glued after a sentence",
        page="""
!m 墨畦范文 · 手机版
!w 心得、发言稿代写，微信 moqi_daixie（24小时在线）
!m 主页 / 心得体会 / 安全教育心得
!l 标签：消防安全　厨房　心得体会
{T}
!m 入库时间：3 天前　　字数：约640字　　已有1.4万人看过
!a 【一键复制】　【转成Word】　【放进我的文件夹】
{BODY}
!a 看完整篇需开通墨畦会员，首月仅需6元，开通后全站范文随意下载。
!l 同主题再读几篇
!l ▸ 消防安全培训心得体会（通用3篇）
!l ▸ 观看火灾警示片有感
!l ▸ 家庭防火安全知识学习体会
!d 墨畦范文所收文章均来自用户上传及网络整理，著作权归原作者，发现侵权请联系删除。
!m 墨畦范文 moqi365.cn　陕ICP备20011394号-3
""",
        indent="\u3000\u3000",
        body="""
上周六，社区请来消防站的教员，在活动室给我们上了一堂厨房消防安全课。课不长，但有一个演示让我到现在还记得清清楚楚：教员在煎锅里倒了半锅油，加热到起火，再让一位大姐按平时的习惯泼了一瓢水，火苗一下子窜起一米多高。
以前我总以为水能灭一切火，这次才知道，煎锅里的油一旦起火，泼水只会让燃烧的油四处飞溅。正确的做法是马上关火，用锅盖从侧面斜着盖上去，隔绝空气，火很快就灭了；手边没有锅盖，可以放入切好的青菜降温。⟦a 收藏这篇⟧
教员还提醒我们，煎锅不能空烧太久，油温冒青烟时就该下料；炒菜时人不要离开灶台，接电话、收快递都要先关火。回家后，我把家里那口用了十来年、锅盖早已变形的旧煎锅换掉了，又在灶台边挂了一块灭火毯。
⟦a 下方内容已折叠，点击展开全文⟧
这堂课让我明白，厨房安全靠的不是运气，而是一个个看似不起眼的好习惯。我打算把学到的东西讲给家里老人和孩子听，让全家人都记住：油锅起火，千万别泼水。
""",
    ),
    dict(
        slug="wenku-juanzhi-survey-drying-net-docx",
        site="卷帙文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://wk.juanzhi.com/view/7f3a91c04b2e.html",
        title="关于城区老旧小区阳台外挂晾衣网情况的调研报告",
        record_title="关于城区老旧小区阳台外挂晾衣网情况的调研报告.docx",
        date="2024-05-20",
        notes="a 文库 reader: viewer toolbar, page-marker paragraphs ⫞ n ⫟ cutting paragraphs, a coin pay box; "
        "file name as the record title; 成文日期 under the signature; data table",
        pages=dict(fmt="⫞ {n} ⫟", every=150, start=2),
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>关于城区老旧小区阳台外挂晾衣网情况的调研报告.docx - 卷帙文库</title>
<script src="https://static.juanzhi.com/reader/v5/viewer.min.js"></script>
<link rel="stylesheet" href="https://static.juanzhi.com/reader/v5/viewer.css">
</head>
<body>
<header class="jz-top">
<a class="logo" href="/">⟦m 卷帙文库⟧</a>
<nav><a href="/c/gongwen">⟦m 公文材料⟧</a><a href="/c/diaoyan">⟦m 调研报告⟧</a><a href="/c/jiaoan">⟦m 教案课件⟧</a></nav>
<div class="user"><a href="/login">⟦a 登录领10卷币⟧</a></div>
</header>
<div class="jz-crumb">⟦m 卷帙文库 › 公文材料 › 调研报告 › 城市管理⟧</div>
<div class="jz-doc">
<h1>{T}</h1>
<div class="jz-doc-info">⟦m 贡献者：鞠川小吏　格式：DOCX　页数：4页　上传于 2024-06-02⟧</div>
<div class="jz-toolbar">⟦a 放大　缩小　全屏阅读　下载（3卷币）　转存到我的卷帙⟧</div>
<div class="jz-page">
{BODY}
</div>
<div class="jz-paywall"><p>⟦a 免费预览已结束，剩余内容支付3卷币即可阅读并下载原文件⟧</p><button>⟦a 立即支付⟧</button></div>
</div>
<aside class="jz-side">
<h4>⟦l 看过此文档的人还在看⟧</h4>
<ul><li>⟦l 老旧小区改造居民意见调查报告⟧</li><li>⟦l 关于城市“空中违建”治理的调研与思考⟧</li><li>⟦l 背街小巷环境整治情况汇报⟧</li></ul>
</aside>
<footer>
<p>⟦d 文档由用户上传，卷帙文库仅提供存储与预览服务，如涉及版权问题请点击举报，核实后24小时内处理。⟧</p>
<p>⟦m © 2024 卷帙文库 juanzhi.com　苏ICP备18062751号-6⟧</p>
</footer>
<script>JZViewer.init({docId:"7f3a91c04b2e",freePages:3});</script>
</body>
</html>
""",
        body="""
为摸清城区老旧小区阳台外挂晾衣网的底数，市城市管理局会同耀湖区城管执法大队，于今年4月对城区12个老旧小区开展了专题调研，共入户走访386户，现场查看楼栋57栋。现将有关情况报告如下。
一、基本情况。调研的57栋楼中，有41栋存在阳台外挂晾衣网，共计612处，其中不锈钢折叠式218处、铁丝自制式297处、尼龙网兜式97处。铁丝自制式多为居民十多年前自行焊接，锈蚀松动问题突出。
小区名称　楼栋数　外挂晾衣网数量　存在松动锈蚀
耀华新村　9　134　38
斯园小区　7　96　21
东门巷小区　6　88　33
二、主要问题。一是部分晾衣网固定螺栓锈断，大风天气有坠落风险；二是晾衣网超出阳台外沿过多，遮挡下层住户采光；三是少数居民将花盆、杂物放在晾衣网上，存在高空坠物隐患。
三、对策建议。建议由街道牵头、物业配合，对锈蚀松动的晾衣网开展集中排查加固；对确需拆除的，提供统一规格的可收折晾衣架作为替代；同时将外挂物管理写入小区管理规约，形成长效机制。
董浦市城市管理局调研组
2024年5月20日
""",
    ),
    dict(
        slug="wenku-yezhan-plan-stirring-rod-wrapped",
        site="页栈文档 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.yezhan.net/p/3308172.html",
        title="兕岭县第二中学化学实验室玻璃搅拌棒更换及安全使用方案",
        record_title="【实验室管理】兕岭县第二中学化学实验室玻璃搅拌棒更换及安全使用方案（改改校名就能用）- 页栈文档",
        date="2024-03-11",
        notes="a text 文库 preview hard-wrapped at 62 columns, cut by page markers ⋼n⋽ glued to the continuation line; "
        "decorated record title; 成文日期 under the signature; a points prompt between paragraphs",
        wrap=62,
        indent="\u3000\u3000",
        pages=dict(fmt="⋼{n}⋽", every=150, start=2, glue=True),
        page="""
!m 页栈文档 — 你要的材料，这一页就有
!t 【实验室管理】兕岭县第二中学化学实验室玻璃搅拌棒更换及安全使用方案（改改校名就能用）
!m 文档编号 YZ3308172　共5页　已读2413次　收藏96次
!a 阅读模式：单页 / 双页 / 滚动
{T}
{BODY}
!a ——试读到此为止：剩余2页内容，签到满7天或支付2元即可查看——
!l 同类文档：实验室危险化学品管理方案 ｜ 中学化学实验安全应急预案 ｜ 实验员岗位职责
!d 页栈文档内容均由用户分享上传，本站不对其准确性负责；如有侵权，请发邮件至 jubao@yezhan.net。
!m 页栈文档 yezhan.net　浙ICP备16047120号
""",
        body="""
为消除实验教学中因玻璃搅拌棒破损、缺口带来的割伤隐患，规范学生使用搅拌棒的操作，结合学校实验室实际，制定本方案。
一、现状。学校现有化学实验室3间，配备玻璃搅拌棒约620支。经3月初清点，有缺口、裂纹或长度不足的搅拌棒共137支，占比两成以上，部分搅拌棒端头未经烧圆，学生使用时易划手。
二、更换安排。3月下旬前完成全部破损搅拌棒的报废登记。⟦a 本页内容已加密，下载后可复制全文。⟧统一更换为端头经火焰烧圆的高硼硅玻璃搅拌棒；溶解、过滤等学生分组实验另配一批聚四氟乙烯搅拌棒，供低年级使用。
三、使用要求。搅拌时搅拌棒不得碰击烧杯壁和杯底，不得用搅拌棒捣碎固体；用后立即冲洗并放回专用试管架，不得随手放在桌面上；发现缺口立即交实验员处理，不得继续使用。
四、责任分工。实验员负责每周检查一次搅拌棒完好情况，任课教师负责课前讲解使用要领，学校总务处负责采购和报废处置。
兕岭县第二中学
2024年3月11日
""",
    ),
    dict(
        slug="gov-dongpu-notice-drying-net-balcony",
        site="董浦市人民政府门户网站 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.dongpu.gov.cn/zwgk/tzgg/202406/t20240614_228491.html",
        title="董浦市城市管理局关于开展老旧小区阳台外挂晾衣网安全隐患排查整治的通知",
        record_title="董浦市城市管理局关于开展老旧小区阳台外挂晾衣网安全隐患排查整治的通知_通知公示栏_董浦市人民政府",
        date="2024-06-11",
        date_also=["2024-06-14"],
        notes="county portal: 索引号 table with the 文号 cell unmarked (neutral), 长辈版/读屏 links, attachment link beside the "
        "document's 附件 list, the document's 联系人/电话 beside the portal's 纠错 and 12345 lines; 抄送 and 印发 lines",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>董浦市城市管理局关于开展老旧小区阳台外挂晾衣网安全隐患排查整治的通知_通知公示栏_董浦市人民政府</title>
<meta name="SiteName" content="董浦市人民政府">
<meta name="ColumnName" content="通知公示栏">
<script src="/js/jquery.min.js"></script>
</head>
<body>
<div class="gov-top">
<span>⟦m 董浦市人民政府　董浦之窗⟧</span>
<span class="gov-tools"><a href="/zhangbei/">⟦a 长辈版⟧</a> <a href="javascript:;">⟦a 读屏助手⟧</a> <a href="/en/">⟦a EN 英文版⟧</a></span>
</div>
<ul class="gov-nav"><li>⟦m 董浦概况⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 办事服务⟧</li><li>⟦m 互动交流⟧</li></ul>
<div class="gov-pos">⟦m 当前所在：首页 ＞ 政务公开 ＞ 通知公示栏⟧</div>
<table class="gov-meta">
<tr><td>⟦m 索引号：11410900MB1743826K/2024-01963⟧</td><td>⟦m 发布机构：董浦市城市管理局⟧</td></tr>
<tr><td>⟦m 主题分类：城乡建设、环境保护⟧</td><td>⟦m 公开方式：主动公开⟧</td></tr>
<tr><td>董市城管〔2024〕27号</td><td>⟦m 公开日期：2024-06-14⟧</td></tr>
</table>
<div class="gov-art">
<h1>{T}</h1>
<div class="gov-sub">⟦m 来源：市城市管理局　时间：2024-06-14 09:30　访问量：1187⟧　⟦a [ 大 中 小 ]　打印本页　关闭⟧</div>
<div class="gov-body">
{BODY}
</div>
<div class="gov-fj">⟦a 附件下载：晾衣网隐患排查登记表.xlsx（32KB）⟧</div>
<div class="gov-share">⟦l 分享到：微信　微博　QQ空间⟧</div>
</div>
<div class="gov-rel"><h3>⟦l 相关文件⟧</h3>
<p>⟦l 董浦市城市管理局关于开展城区“空中飞线”清理工作的通知⟧</p>
<p>⟦l 关于印发《董浦市居住小区高空坠物防范指引》的通知⟧</p></div>
<div class="gov-foot">
<p>⟦m 主办：董浦市人民政府办公室　承办：董浦市大数据中心⟧</p>
<p>⟦m 网站纠错：0379-6208 1150（工作日）　政务服务便民热线：12345⟧</p>
<p>⟦m 网站标识码 4109000017　豫公网安备 41090002000731号⟧</p>
</div>
<script>var _govstat = "dp2024";</script>
</body>
</html>
""",
        body="""
各区城市管理局、各街道办事处，市直有关单位：
入汛以来，城区先后发生两起老旧小区阳台外挂晾衣网锈断坠落事件，所幸未造成人员伤亡。为切实消除高空坠物隐患，经研究，决定在全市老旧小区开展阳台外挂晾衣网安全隐患排查整治。现将有关事项通知如下。
一、排查范围。2000年以前建成的住宅小区，重点是六层及以下无物业或物业服务薄弱的楼栋。
二、排查内容。晾衣网支架是否锈蚀、螺栓是否松动、焊点是否开裂，网面是否堆放花盆、杂物，外挑长度是否超过60厘米。
三、时间安排。6月20日前完成入户排查，7月15日前完成加固、更换或拆除，7月底前各区报送整治情况。
四、工作要求。各街道要逐楼建立台账，对独居老人家庭的晾衣网由社区组织志愿者帮助加固，不得简单一拆了之。
联系人：市城市管理局市容科　祝海帆，电话：0379-62087713。
附件：1.阳台外挂晾衣网隐患排查登记表
2.整治情况汇总表
董浦市城市管理局
2024年6月11日
抄送：市应急管理局，市住房和城乡建设局。
董浦市城市管理局办公室　2024年6月11日印发
""",
    ),
    dict(
        slug="gov-juchuan-bulletin-frying-pan-spotcheck",
        site="鞠川县人民政府网 (invented)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="text",
        source="https://www.juchuan.gov.cn/xxgk/scjg/202411/t20241108_91274.html",
        title="鞠川县市场监督管理局关于2024年不粘煎锅产品质量县级监督抽查情况的通报",
        record_title="鞠川县市场监督管理局关于2024年不粘煎锅产品质量县级监督抽查情况的通报 - 部门信息 - 鞠川县人民政府网",
        date="2024-11-05",
        date_also=["2024-11-08"],
        notes="portal text: the 文号 line under the title neutral; a spot-check table; a 抄送 line; the portal's "
        "posting date differs from the 成文日期; a 纠错 line and a 信箱 link at the bottom",
        page="""
!m 鞠川县人民政府网　www.juchuan.gov.cn
!a 无障碍浏览　｜　关怀版　｜　手机版
!m 首页 » 信息公开 » 部门信息 » 县市场监督管理局
{T}
鞠市监〔2024〕44号
!m 信息来源：县市场监督管理局　　发布日期：2024-11-08　　点击：683
{BODY}
!a 【打印】【收藏】【关闭窗口】
!l 上一条：鞠川县市场监督管理局关于开展冬季燃气器具安全检查的通告
!l 下一条：关于2024年第三季度食品安全抽检结果的公告
!m 网站纠错电话：0396-7120 4471　县长信箱：点此留言
!d 本网站由鞠川县人民政府办公室主办，未经授权禁止复制或建立镜像。
!m 主办单位：鞠川县人民政府办公室　豫ICP备09021855号
""",
        body="""
各市场监管所，各有关生产经营单位：
为掌握我县市场销售的不粘煎锅产品质量状况，今年9月至10月，县局对县城及斟口、舀水两镇的商超、五金店和网店实体仓开展了不粘煎锅产品质量监督抽查，共抽查样品24批次，经检验合格20批次，不合格4批次。现将有关情况通报如下。
一、不合格产品情况
样品名称　标称生产企业　不合格项目
不粘煎锅28cm　某炊具厂　涂层耐磨性
平底煎锅26cm　某厨具公司　涂层附着力
不粘煎锅30cm　某家居公司　手柄耐热性
麦饭石色煎锅24cm　某贸易商行　标识
二、主要问题。涂层耐磨性、附着力不合格，使用中涂层易起皮脱落；手柄耐热性不合格，长时间煎炒时手柄可能变软变形，存在烫伤隐患。
三、处理要求。各相关市场监管所要责令不合格产品销售者立即停止销售，依法开展后处理，并于12月10日前将处理结果报县局质量科。
鞠川县市场监督管理局
2024年11月5日
抄送：县消费者协会。
""",
    ),
    dict(
        slug="news-juchuan-cake-knife-bakery-html",
        site="鞠川融媒 (invented county news portal)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.juchuanrm.cn/news/shehui/2025/0312/118836.shtml",
        title="县城12家蛋糕店试用纸质蛋糕刀 一季度少用塑料刀具近两万把",
        record_title="县城12家蛋糕店试用纸质蛋糕刀 一季度少用塑料刀具近两万把_鞠川融媒·民生",
        record_date="2025-03-12",
        date="2025-03-12",
        notes="news portal: a client prompt glued before the lead, photo captions between paragraphs, an editor line "
        "glued after the last paragraph, a listen button, a 24-hour list",
        page="""
<!DOCTYPE html>
<html lang="zh-cn">
<head>
<meta charset="utf-8">
<title>县城12家蛋糕店试用纸质蛋糕刀 一季度少用塑料刀具近两万把_鞠川融媒·民生</title>
<script src="//cdn.juchuanrm.cn/js/stat.js"></script>
</head>
<body>
<div class="rm-top">⟦m 鞠川融媒 · 鞠川县融媒体中心主办⟧ <a href="/app/">⟦a 下载“掌上鞠川”客户端⟧</a></div>
<nav class="rm-nav"><a>⟦m 要闻⟧</a><a>⟦m 民生⟧</a><a>⟦m 乡镇⟧</a><a>⟦m 视频⟧</a><a>⟦m 专题⟧</a></nav>
<div class="rm-loc">⟦m 鞠川融媒 ＞ 民生 ＞ 正文⟧</div>
<article>
<h1>{T}</h1>
<div class="rm-byline">⟦m 2025-03-12 08:47　来源：鞠川融媒　记者 郜晴川 实习生 牟安⟧　<a>⟦a 🔊 听新闻⟧</a></div>
<div class="rm-text">
{BODY}
</div>
<div class="rm-share">⟦l 转发到：微信好友　朋友圈　抖音⟧</div>
</article>
<aside class="rm-side">
<h3>⟦l 24小时热读⟧</h3>
<ol><li>⟦l 县城南环路3月15日起分段封闭施工⟧</li><li>⟦l 斟口镇油菜花节下周开幕⟧</li><li>⟦l 今年首批公租房配租名单公示⟧</li></ol>
<div class="rm-ad">⟦m 广告位招租 0396-7231 6600⟧</div>
</aside>
<footer><p>⟦d 鞠川融媒原创稿件，转载请注明出处；未经许可不得用于商业用途。⟧</p><p>⟦m 互联网新闻信息服务许可证 41120230017　豫ICP备21003396号⟧</p></footer>
<script>rmStat.push("118836");</script>
</body>
</html>
""",
        body="""
⟦a 打开掌上鞠川，看更多身边事⟧本报讯　买生日蛋糕时，附赠的不再是塑料刀，而是一把折叠起来的硬纸刀。记者从县烘焙行业协会了解到，今年1月起，县城12家蛋糕店开始试用纸质蛋糕刀，一个季度下来，少用塑料刀具近两万把。
纸质蛋糕刀用食品级白卡纸压制，刀刃处做了防水处理，切奶油蛋糕、慕斯都没有问题。“一开始担心顾客不习惯，结果大多数人觉得挺好，还有人专门拍照发朋友圈。”城东一家蛋糕店的店长说。
⟦m 图为顾客在蛋糕店试用纸质蛋糕刀。记者 郜晴川 摄⟧
不过也有顾客反映，切冻得较硬的冰淇淋蛋糕时，纸刀不太好用。对此，协会建议门店在顾客需要时另备可回收的不锈钢蛋糕刀，借出后由顾客下次购物时带回。
县市场监管局相关负责人表示，将继续跟踪纸质蛋糕刀的使用情况，适时在全县推广。⟦m （编辑：蔺小禾　审核：晏川）⟧
""",
    ),
    dict(
        slug="news-mangxi-food-jar-porridge-textline",
        site="芒溪新闻网 (invented county news site)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="http://news.mangxi.com.cn/shehui/20241203/35517.html",
        title="焖烧杯里的隔夜粥能不能吃？医生：最好别超过六小时",
        record_title=None,
        date="2024-12-03",
        notes="no title in the record: the title line; 发布时间 byline taken as the page's date; a follow prompt "
        "between paragraphs; a related-reading link glued after a sentence",
        page="""
!m 芒溪新闻网 · 芒溪县融媒体中心
!m 新闻首页 > 社会民生 > 健康
{T}
!m 发布时间：2024-12-03 10:12　来源：芒溪县融媒体中心　作者：邓嘉禾
!a 【字体：大 中 小】　【我要纠错】
{BODY}
!l 相关新闻：冬季“捂汗”要适度　医生提醒这几类人群当心
!l 相关新闻：县人民医院开通夜间儿科门诊
!a 扫描右侧二维码，下载芒溪新闻客户端
!d 芒溪新闻网所刊原创内容版权属芒溪县融媒体中心所有，转载须经授权。
!m 芒溪新闻网　新闻热线：0398-5712 2210　豫ICP备17009863号
""",
        indent="\u3000\u3000",
        body="""
天冷了，不少上班族和学生喜欢头天晚上把米和开水装进焖烧杯，第二天中午打开就是一杯热粥。这样的隔夜粥能不能放心吃？记者采访了县人民医院消化内科主任医师蒋维宁。
蒋维宁介绍，焖烧杯能让食物保持较高温度，但随着时间延长，杯内温度会逐渐降低。焖的时间越长，温度越接近细菌繁殖的适宜区间，尤其是加了肉、蛋、菌菇的粥，风险更大。⟦l 延伸阅读：冬季家庭食品储存小常识⟧
“我们建议焖制时间不要超过六小时，早上现焖、中午食用比较稳妥。”蒋维宁说，装杯前要先用开水预热杯体，食材煮开后再装入，装得越满保温越好；打开后如果发现有酸味、发黏，就不要再吃了。
⟦a 关注芒溪新闻公众号，健康提醒每天推送⟧
他还提醒，焖烧杯的密封圈容易藏污垢，每次用后要拆下清洗、晾干，发现老化变形应及时更换。
""",
    ),
    dict(
        slug="forum-zaoxiang-frying-pan-seasoning-jammer",
        site="灶香论坛 (invented, Discuz-like cooking forum)",
        style="论坛",
        genre="论坛帖",
        kind="post",
        form="html",
        source="https://bbs.zaoxiang.net/thread-401273-1-1.html",
        title="铁煎锅开锅养锅一个月的记录",
        record_title="[开锅实录] 铁煎锅开锅养锅一个月的记录（附实拍步骤） - 锅具杂谈 - 灶香论坛",
        date=None,
        notes="Discuz-like forum: poster panel, jammer-font junk inside the post, rating row, signature, reply box; "
        "no date (the post only says 3 天前)",
        junk=dict(lines=1, glued=3),
        p_html="{}<br />",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="gbk">
<title>[开锅实录] 铁煎锅开锅养锅一个月的记录（附实拍步骤） - 锅具杂谈 - 灶香论坛</title>
<style>.jammer{font-size:0;color:#fff}</style>
<script src="static/js/common.js"></script>
</head>
<body>
<div id="toptb">⟦m 灶香论坛 — 做饭的人都在这儿⟧　<a>⟦a 登录⟧</a>　<a>⟦a 加入灶香⟧</a></div>
<div id="pt">⟦m 灶香论坛 › 厨房器具 › 锅具杂谈 › 正文⟧</div>
<div id="postlist">
<table><tr>
<td class="pls"><div class="pi">⟦m 老铁勺⟧</div><p>⟦m 用户组：掌勺师傅　积分 3371　帖子 562⟧</p></td>
<td class="plc">
<h1 id="thread_subject">⟦t [开锅实录] 铁煎锅开锅养锅一个月的记录（附实拍步骤）⟧</h1>
<div class="authi">⟦m 楼主　发表于 3 天前　只看楼主　倒序看帖⟧</div>
<div class="t_fsz"><table><tr><td class="t_f" id="postmessage_7729031">
{BODY}
</td></tr></table></div>
<div class="rate">⟦l 参与人数 6　香火 +18　收起理由：干货满满，已收藏⟧</div>
<div class="sign">⟦m —— 一锅一铲，慢慢炒日子 ——⟧</div>
<div class="po">⟦a 回复　引用　举报　点赞 42⟧</div>
</td></tr></table>
</div>
<div class="pgs">⟦l 下一帖：不锈钢煎锅煎鱼不粘的三个窍门⟧</div>
<div id="f_pst">⟦a 登录后才能参与讨论，还没有账号？马上加入灶香⟧</div>
<div id="ft">⟦m 灶香论坛 zaoxiang.net　鲁ICP备15039127号⟧　⟦m GMT+8, 2025-4-2 21:06⟧</div>
</body>
</html>
""",
        body="""
上个月入了一口28厘米的熟铁煎锅，按老师傅教的法子开锅、养锅，用到现在已经基本不粘了，把过程记下来给想入铁锅的朋友参考。
第一步是开锅。新锅表面有防锈油，先用热水加洗洁精刷两遍，擦干后上灶小火烘干，再用一块猪肥肉在锅里来回擦，擦到整个锅面发亮、肥肉变焦黄为止，这一步大概二十分钟。
第二步是头一个星期的养锅。这几天尽量用它煎东西、炒油多的菜，别煮汤、别炖酸的东西。每次用完趁热用清水刷，不用洗洁精，刷完小火烘干，再抹一层薄油。
第三步是防锈。铁煎锅最怕泡水过夜，我第二周偷懒泡了一晚，第二天锅底就起了一层浮锈，只好用钢丝球擦掉重新抹油烘了两遍。
一个月下来，现在煎荷包蛋、煎饺子都能整片滑动。铁煎锅就是得勤用，用得越多越好用。
""",
    ),
    dict(
        slug="forum-qiyou-stirring-stick-paint-junk",
        site="漆友社区 (invented DIY forum)",
        style="论坛",
        genre="论坛帖",
        kind="post",
        form="text",
        source="http://www.qiyoushequ.com/t/88214.html",
        title="刷墙时用木头搅拌棒搅乳胶漆，这几个坑我替你们踩过了",
        date=None,
        notes="forum thread as text: junk lines and junk glued after 。, floor headers and replies; the record's title "
        "is the title as is; no date (发帖 2 天前)",
        junk=dict(lines=2, glued=3),
        page="""
!m 漆友社区 — 自己动手刷出好墙面
!m 社区 > 刷漆施工 > 经验交流
!m 浏览 1742　回复 23
{T}
!m 楼主：刷墙小郭　发帖：2 天前　来自手机端
!j kW7 ^d 3x Qe# 90
{BODY}
!j Zr ~8 mP4 &a
!a 赞 31　收藏　举报
!l 2# 漆工老卢：第三条说得对，底下沉的那层最要紧
!l 3# 白墙控：请问电钻搅拌头哪里买的？求链接
!l 4# 刷墙小郭（楼主）：五金店就有，十几块钱
!a 回复本帖需要先绑定手机号　去绑定
!m 漆友社区 qiyoushequ.com　蜀ICP备19027645号
""",
        body="""
上个月自己刷了两个卧室，乳胶漆都是用木头搅拌棒手搅的，踩了几个坑，写出来给准备自己刷墙的朋友提个醒。
一是搅拌棒别用随手捡的木条。我第一次用的是装修剩下的边角料，上面有毛刺，搅了几下木屑全掉进漆里，刷到墙上一粒一粒的，只好重新打磨。
二是搅拌棒要够长、够宽。一桶十八升的漆，搅拌棒短了够不着桶底，窄了搅半天也搅不匀。后来我买了五金店那种一头带孔的宽木棒，搅起来省力多了。
三是一定要搅到底。乳胶漆放久了，颜料会沉在桶底，只搅上面一层，刷出来颜色会深浅不一。我的办法是先把搅拌棒插到底，贴着桶壁往上翻，翻够三五分钟再开刷。
最后提醒一句，搅拌棒用完马上冲洗，干了之后漆皮一层层的，下次再用就会往漆里掉渣。
""",
    ),
]

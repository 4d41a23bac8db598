"""holdout310, part A: 范文站, 文库预览, 政府门户, 新闻门户, 论坛 — each once as HTML and once as
text. Every page, site, place, person, number and URL here is invented; see ../README.md and
../build.py for the markup."""

CASES = [
    dict(
        slug="fanwen-shisui-speech-nursing-tables-gb2312",
        site="拾穗范文苑 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.shisuifwy.com/jianghua/huiyi/2025/0502/31847.asp",
        title="在全市公共场所母婴设施建设推进会上的讲话",
        record_title="【大会讲话】在全市公共场所母婴设施建设推进会上的讲话（范本两篇·任选其一）_拾穗范文苑",
        date="2025-04-17",
        notes="an old gb2312 table layout: marquee notice, a 字号/护眼 row, a floating ghost-writer QQ box, a hot list and a visitor counter; speaker and date lines under the title are neutral; a writing-service line between paragraphs and a collect link glued after a sentence",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【大会讲话】在全市公共场所母婴设施建设推进会上的讲话（范本两篇·任选其一）_拾穗范文苑</title>
<script language="javascript" src="/js/float_qq.js"></script>
</head>
<body bgcolor="#F2EFE6">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td height="60"><font size="5" color="#8B4513">⟦m 拾穗范文苑⟧</font>　<font size="2">⟦m 一粒一穗，攒出好文章⟧</font></td>
<td align="right">⟦a <a href="#">设为首页</a> | <a href="#">收藏拾穗</a>⟧</td></tr>
<tr><td colspan="2" bgcolor="#8B4513"><a href="/">⟦m 首页⟧</a>　<a href="/jianghua/">⟦m 讲话致辞⟧</a>　<a href="/zongjie/">⟦m 总结汇报⟧</a>　<a href="/tongzhi/">⟦m 通知公文⟧</a>　<a href="/xinde/">⟦m 心得感悟⟧</a></td></tr>
<tr><td colspan="2"><marquee scrollamount="3">⟦m 穗苑快讯：二〇二五年会议讲话专栏已扩容，会员可免积分浏览⟧</marquee></td></tr>
</table>
<table width="960" align="center"><tr>
<td width="700" valign="top">
<div>⟦m 您所在位置：拾穗范文苑 &gt;&gt; 讲话致辞 &gt;&gt; 会议讲话⟧</div>
<h2 align="center">{T}</h2>
<div align="center">⟦m 整理：穗苑小编　人气：2816　更新：2025-05-02⟧</div>
<div align="center">⟦a 【字号：特大 大 中 小】【护眼米色】【关闭本页】⟧</div>
<p align="center">市卫生健康委员会主任　蔺秋禾</p>
<p align="center">（2025年4月17日）</p>
{BODY}
<div>⟦l ↑上一篇：全市托育服务工作会议主持词⟧<br>⟦l ↓下一篇：在妇幼健康服务年启动会上的讲话⟧</div>
</td>
<td width="250" valign="top" bgcolor="#FAF8F2">
<b>⟦l 穗苑热读榜⟧</b><br>
<a href="/1.asp">⟦l 托育机构年度工作总结（三篇）⟧</a><br>
<a href="/2.asp">⟦l 在卫生健康系统作风建设会上的讲话⟧</a><br>
<a href="/3.asp">⟦l 母婴室管理制度范本⟧</a><br>
</td></tr></table>
<div id="qqfloat" style="position:fixed;right:0;top:200px">⟦w 写材料找老穗 QQ 2873310465⟧</div>
<table width="960" align="center"><tr><td align="center"><font size="2">⟦d 本苑文章多为会员投稿，仅供写作时借鉴，请勿原文照搬⟧<br>⟦m 拾穗范文苑 版权所有 湘ICP备09117352号⟧<br>⟦m 您是本苑第 0328817 位访客⟧</font></td></tr></table>
</body>
</html>
""",
        p_html='<p style="text-indent:2em">{}</p>',
        body="""
同志们：
今天召开这次推进会，主要是贯彻落实省里关于优化生育支持环境的部署，推动全市公共场所母婴设施建设提速提质。刚才，爰湖区和庥阳县作了交流发言，讲得很实在。下面，我讲三点意见。
一、正视短板。去年我们对全市一百二十六处交通枢纽、商场和景区开展摸底，配有独立母婴室的只有四十一处，不少场所的尿布台装在女卫生间里，爸爸带孩子出门时找不到地方换尿布。
⟦w 原创代笔，三小时交初稿，微信 shisui_laosui⟧
二、抓住重点。今年全市新建、改造母婴室六十个，日均客流超过一万人次的场所都要配置尿布台，尿布台要有安全束带、承重标识和防夹设计，每天消毒不少于两次。⟦a 收藏本篇⟧
三、压实责任。各县区要把母婴室建设纳入民生实事清单，卫健、住建、商务、文旅等部门按行业分工督促落实，九月底前市里将组织第三方进行暗访评估。
同志们，一张小小的尿布台，连着千家万户的日常。希望大家把这件实事办好、办实。
""",
    ),
    dict(
        slug="fanwen-antou-insight-chalk-dust-training",
        site="案头范文库 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://m.antoufw.cn/xinde/jiaoshi/58812.html",
        title="参加教室粉尘防护专题培训心得体会",
        record_title="参加教室粉尘防护专题培训心得体会（教师版·精选）- 案头范文库",
        date=None,
        notes="a 范文 page in text: a member-unlock line of its own between paragraphs, a writing-service prompt glued after a sentence, a copy hint and a points line; no date anywhere (the upload stamp is no date)",
        page="""
!m 案头范文库　｜　写东西之前先翻一翻
!m 位置：案头 / 心得体会 / 教师心得
!t 参加教室粉尘防护专题培训心得体会（教师版·精选）
!m 入库时间：3 天前　　翻阅：1206　　字数：约900字
!a 长按段落可复制 · 开通案头卡后不限次数
{BODY}
!a 余下段落已折叠，刷新后再点“展开”即可
!l 同栏目还有：
!l 　班主任安全教育培训心得（两篇）
!l 　参加心理健康教育研修的收获与思考
!d 案头范文库文章由作者授权或网友整理，转载请保留出处
!m 案头范文库 antoufw.cn　蜀ICP备20018876号
""",
        indent="\u3000\u3000",
        body="""
上周，学校组织全体任课教师参加了教室粉尘防护专题培训。培训由区疾控中心的医生主讲，讲了粉笔灰对师生呼吸道的影响，也演示了防尘粉笔盒和湿式板擦的用法。听完以后，我对讲台这一方小天地有了新的认识。
过去我总觉得粉笔灰是教书人的“勋章”，下课时袖口、头发上落一层白，拍一拍就过去了。医生拿出一组数据：一节课擦三次黑板，前排学生吸入的粉尘量相当于在马路边站半小时。这让我很受触动。⟦w 需要同题原创稿的老师，私信“案头小秘书”⟧
⟦a 开通案头卡，本文剩余两段随看随复制⟧
培训后我马上做了几件事：把敞口的粉笔盒换成带翻盖的防尘粉笔盒，断头粉笔集中收进盒底的小格，不再随手丢在讲台上；板擦每天用湿布清理；前排座位每周轮换一次。
一个小小的粉笔盒，折射的是对学生健康的细心。今后我还要把这些做法带到教研组，和同事们一起把教室变得更干净。
""",
    ),
    dict(
        slug="wenku-jiwei-research-toilet-brushes-pdf-markers",
        site="积微文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.jiweiwenku.com/view/8f31c02d77a9.html",
        title="关于爰湖区公厕保洁工具配置情况的调研报告",
        record_title="关于爰湖区公厕保洁工具配置情况的调研报告.pdf",
        date="2025-03-28",
        notes="a 文库 reader: a viewer toolbar, page-marker paragraphs (﹋ n ﹋) cutting sentences, a data table one row a paragraph, a points paywall and a coin box; the title as a file name; the 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>关于爰湖区公厕保洁工具配置情况的调研报告.pdf - 积微文库</title>
<script src="/static/reader.min.js"></script>
<script>window.__DOC__ = {id: "8f31c02d77a9", pages: 5};</script>
</head>
<body>
<header class="jw-top"><a class="logo" href="/">⟦m 积微文库⟧</a>
<nav><a href="/c/gongwen">⟦m 公文写作⟧</a><a href="/c/diaoyan">⟦m 调研报告⟧</a><a href="/c/fangan">⟦m 方案计划⟧</a></nav>
<a class="btn-login" href="/login">⟦a 登录 / 注册领微币⟧</a></header>
<div class="jw-doc">
<h1 class="doc-title">{T}</h1>
<div class="doc-meta">⟦m 共5页　3.1万次阅读　上传于 2025-04-09　上传者：微尘拾遗⟧</div>
<div class="viewer-bar">⟦a 适合宽度 │ 放大 │ 缩小 │ 全屏阅读⟧</div>
<div class="doc-pages">
{BODY}
</div>
<div class="doc-lock"><p>⟦a 阅读已达免费页数，剩余2页需5微币解锁⟧</p><button>⟦a 用微币下载原文件⟧</button></div>
</div>
<aside class="jw-side"><h4>⟦l 看了这篇的人也在读⟧</h4>
<ul><li>⟦l 城市公厕精细化管理实施方案.pdf⟧</li><li>⟦l 环卫保洁作业质量考核细则⟧</li></ul></aside>
<footer>⟦d 积微文库仅提供文档存储与在线预览，文档内容由上传者负责⟧　⟦m 粤ICP备21074430号-3⟧</footer>
</body>
</html>
""",
        p_html='<p class="pg-line">{}</p>',
        pages=dict(fmt="﹋ {n} ﹋", every=150, start=2),
        body="""
为摸清城区公厕保洁工具的配置和使用情况，区城市管理局调研组于2月下旬至3月中旬走访了全区四个街道的38座公厕，查看工具间、询问保洁员，并对马桶刷、拖把等工具的更换记录进行了核对。现将情况报告如下。
一、基本情况
被调查公厕中，一类公厕9座、二类公厕29座，共配置蹲位和坐便器612个。按每个坐便器一把马桶刷计，应配336把，实有298把。
街道　公厕数　应配马桶刷　实有马桶刷
妤园街道　11　104　97
婧湾街道　9　82　70
翳水街道　10　86　80
寰城街道　8　64　51
二、存在问题
一是马桶刷更换不及时，有的刷头已秃仍在使用；二是刷架不透气，刷头长期泡在积水里；三是部分保洁员用同一把刷子清洗洗手台，交叉污染风险较大。
三、几点建议
建议统一马桶刷配置标准，刷头每季度至少更换一次；推广带沥水底座的刷架；按用途分色管理保洁工具，红色专用于便器。
爰湖区城市管理局调研组
2025年3月28日
""",
    ),
    dict(
        slug="wenku-shutian-plan-step-stools-wrapped-glued-markers",
        site="书田文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://shutianwk.com/p/5027715.html",
        title="县图书馆书库梯凳安全使用管理方案",
        record_title="县图书馆书库梯凳安全使用管理方案.doc",
        date="2024-11-06",
        notes="a 文库 text hard-wrapped at 60 columns and cut by page markers (┋n┋) glued to the continuation lines; the title as a .doc file name; decimal-free numbered list and a 成文日期 under the signature; a preview-limit line and a membership prompt",
        page="""
!m 书田文库 · 文档在线预览
!t 县图书馆书库梯凳安全使用管理方案.doc
!m 文档页数：4　　浏览 862 次　　本文档由用户“阿桔”于 2024-12-01 上传
!a 翻页模式　│　滚动模式　│　夜间
{BODY}
!a 免费预览到此为止，书田会员可下载全部4页
!a 立即下载（需8书田币）　　加入书架
!l 书田推荐：图书馆安全管理制度汇编｜古籍书库防火方案
!d 书田文库所存文档均由网友上传，如有侵权请通过页面底部“申诉”通道联系
""",
        indent="\u3000\u3000",
        wrap=60,
        pages=dict(fmt="┋{n}┋", every=150, start=2, glue=True),
        body="""
为规范书库梯凳的使用，防止馆员和读者在取放图书时发生跌落事故，结合本馆实际，制定本方案。
一、适用范围。本方案适用于总馆基藏书库、密集书库和少儿借阅区使用的各类梯凳，包括两步梯凳、三步梯凳和带扶手的移动登高梯。
二、配置要求。书架顶层高于1.8米的区域，每两排书架至少配置一个带扶手的三步梯凳；少儿借阅区只配置高度不超过40厘米的防滑矮凳，不得配置折叠梯。
三、使用要求。登高前应检查踏板有无松动、防滑垫有无脱落；使用时双脚站在踏板中央，不得站在最上层踏板，不得在梯凳上侧身取书；搬运整摞图书应分次进行。
四、检查维护。典藏部每月对梯凳进行一次检查，发现开焊、变形、缺少防滑垫的，立即停用并贴上“停用”标识，报后勤部门维修或更换。
五、责任分工。各部室负责人是本部室梯凳安全第一责任人，馆办公室负责统一采购和建立台账。
夤川县图书馆
2024年11月6日
""",
    ),
    dict(
        slug="gov-yuanhu-notice-changing-tables-index-table",
        site="廛溪市爰湖区人民政府 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.yuanhu.chanxi.gov.cn/zwgk/tzgg/202505/t20250514_77210.html",
        title="关于加快公共场所母婴室尿布台配置工作的通知",
        record_title="关于加快公共场所母婴室尿布台配置工作的通知_公示公告栏_爰湖区人民政府",
        date="2025-05-12",
        date_also=["2025-05-14"],
        notes="a district portal: 长者模式/读屏 links, an 索引号 table (the 文号 cell unmarked, neutral), a 纠错 hotline and 12345 in the footer beside the notice's own 联系人/电话; an attachment download link next to the notice's own 附件 list; 抄送 and 印发 lines; the 成文日期 and the portal's 发布日期 differ",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>关于加快公共场所母婴室尿布台配置工作的通知_公示公告栏_爰湖区人民政府</title>
<meta name="SiteName" content="廛溪市爰湖区人民政府">
<script src="/js/jquery.min.js"></script><script src="/js/elder-mode.js"></script>
</head>
<body>
<div class="top-links">⟦a <a href="javascript:;">长者模式</a> | <a href="javascript:;">读屏朗读</a> | <a href="/wza/">无障碍辅助</a>⟧</div>
<div class="banner"><h2>⟦m 廛溪市爰湖区人民政府⟧</h2></div>
<ul class="main-nav"><li>⟦m 首页⟧</li><li>⟦m 走进爰湖⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 办事服务⟧</li><li>⟦m 互动交流⟧</li></ul>
<div class="crumb">⟦m 当前位置：首页 ＞ 政务公开 ＞ 通知公告⟧</div>
<table class="idx">
<tr><td>⟦m 索引号：11330107MB1F6022XQ/2025-00381⟧</td><td>⟦m 主题分类：卫生健康⟧</td></tr>
<tr><td>⟦m 发布机构：爰湖区卫生健康局⟧</td><td>⟦m 发布日期：2025-05-14⟧</td></tr>
<tr><td>爰卫健〔2025〕19号</td><td>⟦m 有效性：有效⟧</td></tr>
</table>
<div class="article">
<h1>{T}</h1>
<div class="tools">⟦a 【字号 A+ A A-】⟧　⟦a 【打印这篇通知】⟧　⟦a 【关闭此页】⟧</div>
<div class="content">
{BODY}
</div>
<div class="att"><a href="/att/2025/0514/mys_biao.xlsx">⟦a 附件下载：母婴室尿布台配置情况统计表.xlsx（18KB）⟧</a></div>
<div class="share">⟦l 分享至：微信 微博 QQ空间⟧</div>
</div>
<div class="related"><h3>⟦l 相关信息⟧</h3>
<p>⟦l · 爰湖区2025年民生实事项目清单公布⟧</p>
<p>⟦l · 区卫健局开展托育机构安全检查⟧</p></div>
<div class="footer">
<p>⟦m 主办：廛溪市爰湖区人民政府办公室　承办：爰湖区大数据服务中心⟧</p>
<p>⟦m 网站纠错电话：0763-2210056　政务服务便民热线：12345⟧</p>
<p>⟦m 网站标识码：3301070047　浙公网安备33010702001984号⟧</p>
</div>
</body>
</html>
""",
        body="""
各街道办事处，区直有关单位：
为进一步优化生育支持环境，方便婴幼儿家庭出行，区政府决定今年在全区公共场所加快配置母婴室尿布台。现将有关事项通知如下：
一、配置范围。区内三级以上医院、客运站点、大型商场超市、A级旅游景区和政务服务大厅，已建母婴室但未配尿布台的，6月30日前补齐；未建母婴室的，应在第三卫生间或男女卫生间内各安装一台壁挂式尿布台。
二、配置标准。尿布台承重不低于25公斤，台面有护栏和安全束带，安装高度80至90厘米，旁边张贴使用提示，配备湿巾和带盖垃圾桶。
三、工作要求。各单位要落实专人每日清洁消毒，并于6月10日前将配置情况报区卫生健康局妇幼科。
联系人：柯意蓉，电话：0763-2235718。
附件：1.公共场所母婴室尿布台配置标准
　　　2.母婴室尿布台配置情况统计表
廛溪市爰湖区卫生健康局
2025年5月12日
抄送：区政府办公室，区妇联。
爰湖区卫生健康局办公室　2025年5月12日印发
""",
    ),
    dict(
        slug="gov-xiuyang-bulletin-toilet-brush-spotcheck",
        site="庥阳县人民政府网 (invented)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="text",
        source="http://www.xiuyang.gov.cn/art/2025/6/5/art_1182_40931.html",
        title="关于城区公厕保洁质量抽查情况的通报",
        record_title="庥阳县城市管理局关于城区公厕保洁质量抽查情况的通报 - 部门动态 - 庥阳县人民政府网",
        date="2025-06-03",
        date_also=["2025-06-05"],
        notes="a county portal in text: the record title carries the issuer before the title and a column and site suffix; a data table one row a paragraph; the 文号 line neutral; a 纠错 line under the body; the 成文日期 and the page's 发布时间 differ",
        page="""
!m 庥阳县人民政府网 www.xiuyang.gov.cn
!m 首页 » 政务公开 » 部门动态
!t 庥阳县城市管理局关于城区公厕保洁质量抽查情况的通报
!m 发布时间：2025-06-05 09:40　来源：县城市管理局　浏览次数：417
!a 【大字版】【听全文】【打印】
庥城管〔2025〕27号
{BODY}
!l 【上一条】县城管局开展夏季环卫作业安全培训
!l 【下一条】关于2025年端午节期间市容保障工作的安排
!m 本页纠错：0763-5106680（工作日）　邮箱：xyzwgk@xiuyang.gov.cn
!m 庥阳县人民政府办公室主办　技术支持：庥阳县信息中心
""",
        indent="\u3000\u3000",
        body="""
各环卫作业单位：
5月下旬，县城市管理局对城区42座公厕的保洁质量进行了随机抽查，重点检查便器洁净度、异味控制和保洁工具管理。现将抽查情况通报如下。
一、总体情况。抽查的42座公厕中，评为优秀的15座、合格的21座、不合格的6座，合格率85.7%。
二、主要问题。部分公厕马桶刷刷毛脱落、发黑，刷架内积存污水；个别保洁员用马桶刷清理蹲便器后未冲洗即放回工具间；3座公厕的工具间无通风设施。
三、抽查结果。
作业单位　抽查座数　不合格座数　主要问题
东城保洁队　14　1　刷架积水
西城保洁队　12　3　马桶刷破损
翳水环卫公司　16　2　工具混放
四、整改要求。各作业单位要在6月15日前完成整改，破损马桶刷一律更换，刷架每天倒空冲洗；县城管局将于6月下旬组织复查。
庥阳县城市管理局
2025年6月3日
""",
    ),
    dict(
        slug="news-chanxi-daily-floor-lamp-spotcheck",
        site="廛溪新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.chanxinews.cn/jj/2025-03/19/content_6620418.htm",
        title="我市抽检30批次落地灯 5批次稳定性不合格",
        record_title="我市抽检30批次落地灯 5批次稳定性不合格_要闻_廛溪新闻网",
        record_date="2025-03-19",
        date="2025-03-19",
        notes="a city news portal: an app prompt and a listen button, a 24-hour list and an ad slot in the sidebar, a photo caption between paragraphs, a 责任编辑 line glued after the last sentence; the record gives the date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>我市抽检30批次落地灯 5批次稳定性不合格_要闻_廛溪新闻网</title>
<script>var _czc = _czc || [];</script></head>
<body>
<div class="topbar">⟦m 廛溪新闻网 · 廛溪日报社主办⟧　<a href="/app">⟦a 下载“廛溪+”客户端，看更多本地新闻⟧</a></div>
<nav><a>⟦m 要闻⟧</a><a>⟦m 民生⟧</a><a>⟦m 财经⟧</a><a>⟦m 县区⟧</a><a>⟦m 视频⟧</a></nav>
<div class="path">⟦m 廛溪新闻网 > 要闻 > 正文⟧</div>
<article>
<h1>{T}</h1>
<div class="info">⟦m 2025-03-19 08:12　来源：廛溪日报　记者 窦晴川 通讯员 邵雁⟧　<span class="listen">⟦a ▶ 听新闻⟧</span></div>
<div class="text">
{BODY}
</div>
<div class="share">⟦l 转发到：微信好友 朋友圈 微博⟧</div>
</article>
<aside>
<div class="ad">⟦m 广告位招租 0763-8890123⟧</div>
<h3>⟦l 24小时热闻⟧</h3>
<ol><li>⟦l 廛溪至夤川城际公交下月开通⟧</li><li>⟦l 翳水河滨步道春季开放时间调整⟧</li><li>⟦l 市区新增三处口袋公园⟧</li></ol>
</aside>
<footer>⟦d 凡注明“廛溪日报”的稿件，未经书面授权不得转载⟧<br>⟦m 互联网新闻信息服务许可证：33120170031　违法和不良信息举报：0763-8890000⟧</footer>
</body></html>
""",
        body="""
本报讯　近日，市市场监督管理局公布了今年第一季度落地灯产品质量监督抽查结果。此次共抽检市内生产和销售的落地灯30批次，其中5批次不合格，主要问题是稳定性和电源线固定不达标。
据介绍，抽查依据灯具安全国家标准，检验项目包括稳定性、防触电保护、电源线固定件和标记说明等。不合格产品中，有3批次在倾斜10度时即倾倒，另有2批次电源线拉扯后接线端子松动。
⟦m 图为检验人员在实验室对落地灯进行倾斜稳定性试验。　记者 窦晴川 摄⟧
市市场监管局相关负责人表示，对抽查不合格的产品，已责令企业停止生产销售、查清库存并限期整改。该负责人提醒，市民选购落地灯时，应查看底座是否厚重、灯杆连接是否牢固，家中有小孩和老人的，要把落地灯摆放在不易碰撞的位置。⟦m 责任编辑：盛可为⟧
""",
    ),
    dict(
        slug="news-yinchuan-chalk-box-rural-school",
        site="夤川新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.ycxnews.com.cn/xiangzhen/20250109/3318.html",
        title="娴溪镇中心小学用上磁吸防尘粉笔盒",
        date="2025-01-09",
        notes="a county news portal in text: the record gives the title as is; the byline's 发布时间 is the page's date; a listen button, a photo caption line between paragraphs, a source/editor line glued after the last sentence; a comments count and a hot list below",
        page="""
!m 夤川新闻网　夤川县融媒体中心主办
!m 首页 > 乡镇动态 > 正文
{T}
!m 发布时间：2025-01-09　作者：融媒记者 邬北辰　点击：1325
!a 语音播报　｜　A+　A-
{BODY}
!l 已有 6 人跟帖，点击查看
!l 乡镇热点：娴溪镇冬季农田水利建设掠影｜窠岭镇新添两处便民服务点
!m 夤川县融媒体中心版权所有　电话：0763-6612011
""",
        indent="\u3000\u3000",
        body="""
寒假前的最后一周，娴溪镇中心小学的讲台上多了一个新物件：一只带磁吸盖的防尘粉笔盒。老师取完粉笔，盒盖“啪”地一声自动吸合，粉笔灰被挡在盒子里。
这批粉笔盒是镇教育基金会出资购置的，共86只，覆盖全校所有教室。盒内分成整支区和断头区，底部加了一层海绵垫，既减少粉笔摔断，又能吸住粉末。
⟦m （图）老师从新粉笔盒中取粉笔。融媒记者 邬北辰 摄⟧
“以前一盒粉笔敞着口放在讲台上，风一吹，前排孩子的课本上都是白灰。”四年级班主任聂小棠说，用了新盒子以后，讲台干净了许多。
校长说，下学期学校还将为每间教室配备湿式板擦，让孩子们在更清爽的环境里上课。⟦m 来源：夤川县融媒体中心　编辑：龚一苇⟧
""",
    ),
    dict(
        slug="forum-paohua-post-step-stool-diy-jammer",
        site="刨花木工论坛 (invented, Discuz-like)",
        style="论坛",
        genre="论坛帖子",
        kind="other",
        form="html",
        source="https://bbs.paohuamg.com/thread-220917-1-1.html",
        title="自己做了个三步实木梯凳，分享一下尺寸和做法",
        record_title=None,
        date=None,
        notes="a Discuz-like woodworkers' forum: jammer fonts inside the post (lines and glued after 。), a rating row, a signature and replies; the title only as the thread subject; the post time is relative (3 天前), so no date",
        page="""
<html><head><meta charset="gbk"><title>自己做了个三步实木梯凳，分享一下尺寸和做法 - 作品展示 - 刨花木工论坛</title>
<style>.jammer{font-size:0;color:#fff}</style></head>
<body>
<div id="hd">⟦m 刨花木工论坛⟧　<a>⟦a 登录⟧</a> <a>⟦a 注册入坊⟧</a></div>
<div id="pt">⟦m 刨花木工论坛 › 木作交流 › 作品展示⟧</div>
<div class="pls"><p>⟦m 老樟木匠⟧</p><p>⟦m 帖子 318　刨花 2790　坊龄 6 年⟧</p></div>
<div class="plc">
<h1 id="thread_subject">{T}</h1>
<div class="authi">⟦m 楼主　发表于 3 天前　｜　只看该作者⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="rate">⟦l 评分　参与人数 4　刨花 +18　收起 理由⟧</div>
<div class="sign">⟦m 签名：不用钉子的家具才耐用——老樟木匠⟧</div>
<div class="po">⟦a 回复 支持 反对 举报⟧</div>
</div>
<div class="reply"><p>⟦l 沙发 木屑飞飞：榫头做得漂亮，求图纸⟧</p><p>⟦l 板凳 北窗：第三步加宽这个细节好，收藏了⟧</p></div>
<div id="ft">⟦m 刨花木工论坛 Powered by Discuz! X3.5　京ICP备18033471号⟧</div>
</body></html>
""",
        p_html="{}<br /><br />",
        junk=dict(lines=1, glued=3),
        body="""
家里老人总要够吊柜，原来那把铁折叠梯太轻，一踩就晃，于是这个月用边角料做了个三步实木梯凳，给大家汇报一下。
材料用的是白蜡木，踏板厚25毫米。整体高度62厘米，三步踏板高度分别是20、41、62厘米，最上面一步加宽到32厘米，站上去脚掌能全部放下。
结构上两侧立板开燕尾榫，踏板和立板之间用半透榫加胶，没用一颗钉子。底部四个脚垫了橡胶垫，在瓷砖上推不动。
侧面加了一根扶手，老人上下可以抓着。做完让我爸试了一周，他说比铁梯子踏实多了。
有兄弟问能不能折叠，我觉得梯凳还是别折叠，稳字当头。
""",
    ),
    dict(
        slug="forum-chaimi-post-toilet-brush-hygiene-junk",
        site="柴米家居论坛 (invented)",
        style="论坛",
        genre="论坛帖子",
        kind="other",
        form="text",
        source="http://bbs.chaimijia.net/t/77314-1.html",
        title="马桶刷到底怎么放才不臭？说说我家的三个办法",
        record_title="[居家妙招] 马桶刷到底怎么放才不臭？说说我家的三个办法 - 收纳清洁版 - 柴米家居论坛",
        date=None,
        notes="a home forum thread in text: anti-scraping junk as lines and glued after 。, floors and a reply box; the thread title with a board tag and board and site suffixes; the post time is 昨天, so no date",
        page="""
!m 柴米家居论坛 » 收纳清洁版 » 帖子正文
!t [居家妙招] 马桶刷到底怎么放才不臭？说说我家的三个办法
!m 查看：2208｜回复：31｜楼主：豆包妈　昨天 21:47 发表
!l 只看楼主｜倒序看帖｜跳到最后一楼
{BODY}
!l 2楼 小满：第二个办法学到了，今晚就试
!l 3楼 阿芋：我家直接换成硅胶刷了，干得快
!a 发帖前请先登录，没有账号？点这里注册
!m 柴米家居论坛　闽ICP备17026655号
""",
        junk=dict(lines=2, glued=3),
        body="""
卫生间里最让人头疼的就是马桶刷，用完湿漉漉往刷架里一插，过两天一开柜子就有味。折腾了半年，总结了三个办法，分享给大家。
第一，刷完别马上收起来。冲水的时候把刷头放在马桶圈下面，用马桶盖压住刷柄，让水滴干十来分钟再放回刷架，刷架底部就不会积水。
第二，刷架里放一点消毒液。我用的是稀释过的含氯消毒液，刷架底部倒薄薄一层，每周换一次，异味基本没有了。
第三，刷头定期换。我家现在三个月换一次刷头，旧刷头毛都倒了，越刷越脏。
最后提醒一下，消毒液别和洁厕剂混用，会产生有害气体。
""",
    ),
]

"""Holdout16 cases, part D: document libraries, download sites, cloud disks and 范文 sites and apps
in forms no earlier part imitates (a QQ-group file preview, a decompiled CHM e-book, a cloud disk's
WPS preview, a download site's old table page), with page markers in forms no earlier part lists
(⁅2⁆, ❲2❳, (2 of 5), 页码：2, ▪ 2 ▪, 〓2〓, 第2屏, ⟮2⟯). Invented text; see ../README.md and
../build.py for the markup."""

CASES = [
    dict(
        slug="wenku-moyun-summary-docx-glued-markers",
        site="墨韵文库 (invented)",
        style="文库预览",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.moyunwk.example.com/p-6629173054.html",
        title="石岭镇2025年上半年防汛工作总结",
        record_title="石岭镇2025年上半年防汛工作总结.docx",
        date="2025-07-08",
        notes="a document library's preview: file-name title; upload line (an upload date, no date of the document); page markers '⁅n⁆' glued to the start of the continuation line; a preview-end prompt with a price, an upload/appeal notice",
        page="""
!m 墨韵文库 — 海量实用文档在线阅读
!t 石岭镇2025年上半年防汛工作总结.docx
!m 上传者：m***7　　上传时间：2025-07-20　　共4页　　免费预览2页
!a 📥 下载文档（3.00元）　　⭐ 加入文件夹
{BODY}
!a 预览已到第2页，剩余内容请下载后阅读
!d 文档内容由上传者提供，墨韵文库仅作信息存储，如涉及侵权请点击“申诉”处理。
""",
        pages=dict(fmt="⁅{n}⁆", every=140, start=2, glue=True),
        body="""
今年以来，石岭镇坚持“人民至上、生命至上”，把防汛工作作为重大政治任务来抓，扎实做好汛前准备、汛中应对各项工作，成功应对了6轮强降雨过程，实现了不死人、少伤人、少损失的目标。
一、压实防汛责任
镇党委、镇政府主要负责同志带头包片，全镇落实镇、村、组三级防汛责任人286名，对12座小型水库、37处山洪灾害危险区逐一明确巡查责任人和转移责任人。
二、开展隐患排查
汛前组织排查水库、山塘、河道、地质灾害点等风险隐患4轮，发现隐患43处，已全部整改到位；清理河道阻水障碍物1.2万立方米。
三、强化应急准备
镇、村两级组建应急抢险队伍15支、队员420人；储备编织袋3万条、救生衣600件、发电机8台。5月份组织开展山洪灾害转移避险演练，参演群众800余人。
四、科学应对降雨
6月17日至19日，全镇普降暴雨，最大降雨量达到186毫米。镇防汛指挥部提前转移危险区群众1260人，未发生人员伤亡。
下半年，我镇将继续绷紧防汛这根弦，抓好“七下八上”主汛期各项防范措施落实。
石岭镇人民政府
2025年7月8日
""",
    ),
    dict(
        slug="wenku-qianfan-speech-html-markers-no-date",
        site="千帆文档 (invented)",
        style="文库预览",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://www.qianfandoc.example.cn/view/8c41f2e0a7.html",
        title="在全镇秋冬季森林防火工作会议上的讲话",
        record_title="在全镇秋冬季森林防火工作会议上的讲话（精选）",
        date=None,
        notes="a document library's HTML preview: decorated record title, page markers '❲n❳' as paragraphs of their own cutting sentences; the document has no date and no speaker line; a VIP card, a 'similar documents' list, a page-count line and footer",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>在全镇秋冬季森林防火工作会议上的讲话（精选）- 千帆文档</title></head>
<body>
<div class="tb">⟦m 千帆文档⟧　⟦a 登录 / 注册⟧　⟦a 开通超级会员⟧</div>
<div class="doc-title"><h1>⟦t 在全镇秋冬季森林防火工作会议上的讲话（精选）⟧</h1>
<p>⟦m 页数：5　　阅读：689　　评分：4.6⟧</p></div>
<div class="reader">
{BODY}
</div>
<div class="reader-end">⟦a 还剩3页未读，继续阅读需开通超级会员⟧ <button>⟦a 去开通⟧</button></div>
<div class="similar"><h3>⟦l 相似文档⟧</h3>
<p>⟦l 乡镇森林防火工作会议主持词⟧</p><p>⟦l 在全县森林草原防灭火工作会议上的讲话⟧</p><p>⟦l 森林防火宣传标语（100条）⟧</p></div>
<div class="ft">⟦d 千帆文档所有资源均由用户分享，如有侵犯您的权益请联系客服删除⟧　⟦m 京ICP证110372号⟧</div>
</body></html>
""",
        pages=dict(fmt="❲{n}❳", every=160, start=2),
        body="""
同志们：
今天召开全镇秋冬季森林防火工作会议，主要任务是分析当前森林防火形势，安排部署今冬明春森林防火工作。
进入秋冬季以来，我镇降雨持续偏少，林下可燃物大量积累，加之秋收后农事用火增多，森林火灾风险等级明显升高。从前段时间督查情况看，个别村还存在巡山护林不到位、野外用火管控不严等问题，必须引起高度重视。
下面，我强调三点意见。
第一，要严管火源。各村要在进山路口设置临时检查点，严禁携带火种进山；对祭祀用火、烧荒烧田等行为，要做到发现一起、制止一起、处理一起。
第二，要加强巡护。全镇护林员要严格按照巡护路线每日巡山，重点时段、重点部位要加密巡查频次，确保火情早发现、早报告、早处置。
第三，要做好扑救准备。镇半专业扑火队要24小时备勤，各村要组建应急分队，备足风力灭火机、二号工具等扑火物资，一旦发生火情，要按照“打早、打小、打了”的要求迅速处置。
同志们，森林防火责任重于泰山。希望大家克服麻痹思想，以对人民群众生命财产安全高度负责的态度，坚决守住不发生森林火灾的底线。
""",
    ),
    dict(
        slug="docshare-qqgroup-minutes-doc-of-markers",
        site="QQ群文件在线预览 (invented)",
        style="文档分享",
        genre="会议纪要",
        kind="other",
        form="text",
        source="https://qungroup.example.qq/file/preview?gid=73xxxx&fid=9a81",
        title="枫溪乡2025年第8次党委会议纪要",
        record_title="枫溪乡2025年第8次党委会议纪要.doc",
        date="2025-05-16",
        date_also=["2025-05-14"],
        notes="a chat group's file preview: file-name title, the group's name, the uploader and the file's expiry; page markers '(n of 5)' on lines of their own; the minutes' own 时间/地点/主持/出席/列席 lines and 印发 date (the meeting's date also accepted); a transcoding notice and save/download buttons",
        page="""
!m 群文件 · 碧岑基层工作交流群
!t 枫溪乡2025年第8次党委会议纪要.doc
!m 上传者：老莫　　大小：46KB　　有效期：还剩18天
!d 当前为转码预览，排版可能与原文件不一致
{T}
{BODY}
!a 转存到微云　　下载　　转发到群
""",
        pages=dict(fmt="({n} of 5)", every=150, start=2),
        body="""
时间：2025年5月14日上午
地点：乡政府三楼会议室
主持：乡党委书记　邱海明
出席：乡党委委员
列席：乡人大主席、纪委副书记、党政办主任
会议学习了省、市关于加强基层应急管理能力建设的文件精神，听取了有关工作汇报，研究了近期重点工作。纪要如下：
一、会议研究了2025年农村人居环境整治“百村示范”创建工作。会议同意将石门村、大坪村列为今年乡级示范村，各安排奖补资金15万元，由乡农业综合服务中心负责牵头推进。
二、会议研究了枫溪中心小学门前道路改造问题。会议要求党政办加强与县交通运输局对接，力争7月底前完成排水改造，施工期间由乡派出所配合做好交通疏导。
三、会议研究了防汛工作。会议要求各村严格落实24小时值班制度，对山洪灾害危险区、地质灾害隐患点要安排专人巡查，遇强降雨提前转移群众。
四、会议研究了干部调整事项。会议同意乡党委委员、副乡长袁立分管应急管理和安全生产工作。
中共枫溪乡委员会办公室　　2025年5月16日印发
""",
    ),
    dict(
        slug="download-chm-ebook-request-cn-date-no-title",
        site="公文写作范本大全.chm 反编译页 (invented)",
        style="资料下载站",
        genre="请示",
        kind="other",
        form="text",
        source="file:///E:/ebook/gwfb/vol3/qs027.htm",
        title="关于申请解决大坪村通组公路硬化资金的请示",
        record_title=None,
        date="2024-11-05",
        notes="a decompiled CHM e-book topic: the volume/chapter path, topic navigation, a maker's notice and a site URL; no record title; the request's date in Chinese numerals; 联系人/电话 after the signature",
        page="""
!m 《公文写作范本大全》第三卷 · 请示类 · 第27篇
!l 上一主题 | 下一主题 | 目录 | 索引 | 搜索
{T}
{BODY}
!d 本电子书由墨池工作室整理制作，仅供个人学习参考，不得用于商业用途
!m 更多电子书请访问 www.mochi-ebook.example.net
""",
        body="""
乡人民政府：
我村位于枫溪乡西北部，辖8个村民小组，共412户1630人。目前，全村仍有上坪、下坪、石坳3个村民小组共4.2公里通组公路为泥结石路面，晴天一身灰、雨天一身泥，群众出行和农产品外运十分困难，群众要求硬化道路的愿望非常强烈。
经初步测算，上述道路按宽4.5米、厚20厘米水泥混凝土路面标准硬化，共需资金136万元。我村已通过“一事一议”筹资筹劳方式落实资金18万元，群众自愿投工投劳1200个工日，尚有资金缺口118万元。
为解决群众出行难问题，特恳请乡人民政府帮助协调解决大坪村通组公路硬化资金118万元。
妥否，请批示。
大坪村村民委员会
二〇二四年十一月五日
联系人：陶守义，联系电话：13907781265
""",
    ),
    dict(
        slug="netdisk-feiniao-plan-wps-page-label-markers",
        site="飞鸟云盘 分享页 (invented)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="text",
        source="https://pan.feiniao.example.com/s/3Kq9ZxTr",
        title="芦湾县2025年“全民阅读”活动实施方案",
        record_title="芦湾县2025年“全民阅读”活动实施方案.wps",
        date="2025-03-28",
        notes="a cloud-disk share of a WPS file: file-name title; sharer, expiry and extraction-code lines; page markers '页码：n' on lines of their own; a 'speed up with membership' prompt; the plan's own library website and a sentence telling readers to 扫码 and 下载 an app",
        page="""
!t 芦湾县2025年“全民阅读”活动实施方案.wps
!m 分享者：书山有路　　分享时间：2025-04-02　　过期时间：永久有效
!m 提取码：r8m4
!a 保存到我的网盘　　下载（28.6KB）
{BODY}
!a 开通飞鸟会员，下载提速10倍　>>
!d 请勿分享违法违规文件，一经发现将永久封禁账号
""",
        pages=dict(fmt="页码：{n}", every=170, start=2),
        body="""
为深入推进书香芦湾建设，引导广大群众多读书、读好书，根据省、市关于全民阅读工作的部署要求，结合我县实际，制定本方案。
一、活动主题
书香芦湾　悦读同行
二、活动时间
2025年4月至12月。
三、主要活动
（一）“世界读书日”主题活动。4月23日前后，在县图书馆、新华书店和各乡镇综合文化站集中开展图书漂流、好书推荐、名家讲座等活动。
（二）“书香家庭”评选活动。面向全县家庭开展“书香家庭”评选，年内评选县级“书香家庭”50户。
（三）“数字阅读”推广活动。县图书馆开通电子书借阅服务，读者可扫描馆内二维码或下载“芦湾图书馆”App，免费借阅电子图书3万余种。
（四）“阅读进乡村”活动。依托农家书屋开展亲子共读、读书分享会等活动，每个农家书屋年内开展活动不少于4次。
四、工作要求
各乡镇、各有关单位要高度重视全民阅读工作，结合实际制定具体活动方案，并于12月10日前将活动开展情况报送县委宣传部。活动信息可登录县图书馆网站www.lwlib.example.cn查询。
中共芦湾县委宣传部
2025年3月28日
""",
    ),
    dict(
        slug="fanwen-yizhan-debrief-html-paywall-year-only",
        site="公文驿站 (invented)",
        style="范文站",
        genre="述职报告",
        kind="report",
        form="html",
        source="https://www.gwyizhan.example.com/shuzhi/ganbu/20917.html",
        title="2024年度村党组织书记抓基层党建工作述职报告",
        record_title="2024年度村党组织书记抓基层党建工作述职报告（5篇合集）",
        date=None,
        notes="a 范文 site's modern page: decorated record title; only the year in the title (no date anywhere); a login prompt in the header, a half-page paywall glued after a sentence, a 'same category' list, a writer-service card, tags and footer",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="UTF-8"><title>2024年度村党组织书记抓基层党建工作述职报告（5篇合集）_公文驿站</title></head>
<body>
<header><div class="logo">⟦m 公文驿站⟧</div><div class="sl">⟦m 让每一篇材料都有出处⟧</div><div class="user">⟦a 扫码一键登录⟧</div></header>
<nav>⟦m 首页　讲话稿　述职报告　工作总结　心得体会　党建材料⟧</nav>
<div class="path">⟦m 首页 › 述职报告 › 干部述职⟧</div>
<article>
<h1>⟦t 2024年度村党组织书记抓基层党建工作述职报告（5篇合集）⟧</h1>
<div class="stat">⟦m 字数：1180　　阅读：2.1万　　收藏：367⟧</div>
<div class="txt">
{BODY}
</div>
<div class="pay">⟦a 开通驿站会员，5篇全文无限看 ¥19.9/月⟧</div>
<div class="tags">⟦l 标签：述职报告　村党支部　抓党建⟧</div>
</article>
<aside>
<div class="card">⟦w 写材料卡壳了？资深笔杆子一对一改稿，咨询 VX：yizhan_gw⟧</div>
<h3>⟦l 同类推荐⟧</h3><ul><li>⟦l 社区党委书记抓党建述职报告2024⟧</li><li>⟦l 机关支部书记述职报告（精选）⟧</li></ul>
</aside>
<footer>⟦d 本站文章来源于会员投稿及网络，仅供写作参考，请勿直接照搬⟧<br>⟦m 公文驿站 gwyizhan.example.com　苏ICP备21033071号⟧</footer>
</body></html>
""",
        body="""
2024年，我认真履行村党组织书记抓基层党建第一责任人职责，坚持以党建引领乡村振兴，推动村里各项工作取得新进展。现将有关情况报告如下。
一、履职情况
一是抓班子带队伍。坚持每月召开一次支委会、党员大会，严格落实“三会一课”制度，全年讲党课4次。村“两委”班子团结协作，带领群众干成了几件实事。
二是抓产业促增收。依托本村土地资源，由村党支部领办种植专业合作社，流转土地620亩发展高山蔬菜，村集体经济收入达到28.6万元，同比增长31%。⟦a 余下68%内容仅对会员开放⟧
三是抓治理保稳定。推行党员联户制度，每名党员联系10至15户群众，全年化解矛盾纠纷23起。
二、存在问题
一是党员队伍年龄老化，45岁以下党员只占22%；二是对年轻党员的教育管理还不够到位；三是村集体经济增收渠道仍然单一。
三、下步打算
2025年，我将着力发展年轻党员，推动合作社延伸产业链，带领全村党员群众共同建设宜居宜业和美乡村。
""",
    ),
    dict(
        slug="fanwen-bimo-insight-wrapped-record-date",
        site="笔墨范文库 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://www.bimofw.example.net/xinde/gongzuo/2025/0512/77812.html",
        title="参加新任科级干部任职培训班心得体会",
        record_title="参加新任科级干部任职培训班心得体会（精选范文）",
        record_date="2025-05-12",
        date="2025-05-12",
        notes="a 范文 site's text page: decorated record title; hard-wrapped at 60 columns; a glued 'continue' link inside the body (a body line that is all chrome between paragraphs); a writer-service prompt with a disguised QQ, hot list and footer",
        page="""
!m 笔墨范文库 · 优质范文天天更新
!m 您的位置：首页>>心得体会>>工作心得
!t 参加新任科级干部任职培训班心得体会（精选范文）
!m 2025-05-12　编辑：墨白　人气：1508
{BODY}
!w 原创材料量身定制，企鹅号：贰柒捌伍伍二零一九三
!l 热门范文：
!l 年轻干部座谈会发言材料　｜　新提拔干部表态发言　｜　任职培训班结业典礼讲话
!m 笔墨范文库 版权所有　皖ICP备17008812号-1
""",
        indent="\u3000\u3000",
        wrap=60,
        body="""
4月中旬，我参加了县委组织部举办的新任科级干部任职培训班。为期一周的培训，既有政治理论辅导，也有领导能力提升专题讲座，还安排了到先进乡镇现场观摩，让我对如何当好一名科级领导干部有了更清晰的认识。
一、角色转变要快。走上领导岗位，不再只是“干好自己的事”，更要“带好一班人”。我要尽快完成从执行者到组织者的转变，学会谋全局、抓重点、带队伍。
⟦a ……点击阅读全文……⟧
二、能力提升要实。培训中，几位老领导讲到的“一线工作法”让我很受启发。今后我要多到基层一线调研，在解决实际问题中提升本领。
三、作风要求要严。新任职干部是群众眼中的“新面孔”，更要严格要求自己，坚守廉洁底线，用实际行动树立良好形象。
""",
    ),
    dict(
        slug="fanwenapp-xiezuo-host-script-share",
        site="写作助手APP 分享页 (invented)",
        style="范文APP",
        genre="主持词",
        kind="speech",
        form="text",
        source="https://m.xiezuozs.example.com/share/article/55190?from=wx",
        title="全县“最美家庭”表彰大会主持词",
        record_title="全县“最美家庭”表彰大会主持词（附流程）",
        date=None,
        notes="a writing app's share page: decorated record title; 'open in the app' banners at top and bottom, a 'copied from the app' line, a word-count/reading line; the host script's program items; no date",
        page="""
!a 打开写作助手App，阅读体验更佳　　立即打开
!t 全县“最美家庭”表彰大会主持词（附流程）
!m 写作助手 · 主持词频道　　1436字　　约4分钟读完
{BODY}
!a 在App内可一键替换单位名称、导出Word
!l 👍 1.2k　　💬 评论 48　　⭐ 收藏
!a 打开App查看更多主持词模板 ▶
""",
        body="""
尊敬的各位领导，各位来宾，同志们：
大家上午好！家庭是社会的基本细胞，家风是社会风气的重要组成部分。今天，我们在这里隆重召开全县“最美家庭”表彰大会，表彰一批爱国爱家、相亲相爱、向上向善、共建共享的先进家庭。
出席今天大会的领导有：县委常委、宣传部部长，县人大常委会副主任，县政协副主席。参加会议的还有各乡镇分管领导、妇联主席和受表彰的家庭代表。
下面，进行大会第一项：请县妇联主席宣读《关于表彰2025年度全县“最美家庭”的决定》。
进行大会第二项：为受表彰家庭颁奖。请受表彰的家庭代表上台领奖，请各位领导为他们颁奖。
进行大会第三项：请受表彰家庭代表发言。
进行大会第四项：请县委常委、宣传部部长讲话。大家欢迎！
同志们，刚才，县领导对做好新时代家庭家教家风建设提出了明确要求，希望大家认真抓好贯彻落实，以好家风带动好民风、促进好社风。
今天的大会到此结束，谢谢大家！
""",
    ),
    dict(
        slug="download-hongxing-research-table-layout-markers",
        site="红星资料站 (invented)",
        style="资料下载站",
        genre="调研报告",
        kind="report",
        form="html",
        source="http://www.hongxingzl.example.com/soft/diaoyan/8872.html",
        title="关于全县农村留守儿童关爱保护工作的调研报告",
        record_title="关于全县农村留守儿童关爱保护工作的调研报告 [doc格式] 免费下载",
        date="2025-04-18",
        notes="an old download site in a table layout: 软件大小/授权/语言 info rows, several 下载地址 links and an unzip password, a preview with page markers '▪ n ▪' between two halves of a cut paragraph; 成文日期 under the signature; footer",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>关于全县农村留守儿童关爱保护工作的调研报告 [doc格式] 免费下载 - 红星资料站</title></head>
<body>
<table width="950" align="center" border="0" cellspacing="0" cellpadding="0">
<tr><td height="70" bgcolor="#C81E1E"><font size="5" color="#FFFFFF"><b>⟦m 红星资料站⟧</b></font>　<font color="#FFE4B5">⟦m 免费公文资料下载基地⟧</font></td></tr>
<tr><td>⟦m 位置：红星资料站 → 调研报告 → 社会民生⟧</td></tr>
<tr><td><table width="100%" border="1" cellspacing="0" bordercolor="#DDDDDD">
<tr><td colspan="2" align="center"><b>⟦t 关于全县农村留守儿童关爱保护工作的调研报告 [doc格式] 免费下载⟧</b></td></tr>
<tr><td width="120">⟦m 资料大小：⟧</td><td>⟦m 52 KB⟧</td></tr>
<tr><td>⟦m 资料授权：⟧</td><td>⟦m 免费资料⟧</td></tr>
<tr><td>⟦m 资料语言：⟧</td><td>⟦m 简体中文⟧</td></tr>
<tr><td>⟦m 更新时间：⟧</td><td>⟦m 2025-05-06 22:18:40⟧</td></tr>
<tr><td colspan="2"><b>⟦m 资料简介：⟧</b>
{BODY}
</td></tr>
<tr><td>⟦a 下载地址：⟧</td><td>⟦a 电信下载1　电信下载2　联通下载　移动下载⟧</td></tr>
<tr><td colspan="2">⟦a 解压密码：www.hongxingzl.example.com⟧</td></tr>
</table></td></tr>
<tr><td align="center">⟦d 本站资料均来源于互联网，仅供学习研究，请于下载后24小时内删除⟧<br>⟦m Copyright 2006-2025 红星资料站⟧</td></tr>
</table></body></html>
""",
        pages=dict(fmt="▪ {n} ▪", every=200, start=2),
        body="""
为全面了解全县农村留守儿童关爱保护工作情况，今年3月至4月，县民政局、县妇联组成联合调研组，深入8个乡镇、24个村和12所中小学，通过入户走访、召开座谈会、发放问卷等方式开展专题调研。现将调研情况报告如下。
一、基本情况
截至2025年3月底，全县共有农村留守儿童4376名，其中学龄前儿童1102名、小学生2238名、初中生1036名。留守儿童中由祖父母隔代照料的占86%，由其他亲属照料的占9%，无人照料或照料不到位的有38名。
二、主要做法和成效
（一）建立健全关爱服务体系。全县15个乡镇全部配备儿童督导员，218个村（社区）全部配备儿童主任，实现留守儿童信息动态管理。
（二）开展“一对一”帮扶。组织党员干部、教师、志愿者与困境留守儿童结对帮扶，落实监护责任，帮助解决生活、学习中的实际困难。
（三）发挥学校主阵地作用。全县寄宿制学校全部建立“留守儿童之家”，配备亲情电话和视频聊天设备，方便孩子与外出务工父母联系。
三、存在的问题
一是隔代监护普遍存在“重养轻教”现象，部分祖辈监护人难以辅导孩子学习；二是农村儿童心理健康服务资源不足，全县只有3所学校配有专职心理教师；三是部分儿童主任身兼数职，关爱服务流于形式。
四、对策建议
建议进一步加强儿童主任队伍建设，加大心理健康教育投入，引导社会组织参与留守儿童关爱服务，推动形成家庭、学校、政府、社会共同参与的关爱保护格局。
县民政局　县妇联联合调研组
2025年4月18日
""",
    ),
    dict(
        slug="wenku-lantu-plan-oneline-mix-markers",
        site="蓝图文库 (invented)",
        style="文库预览",
        genre="计划",
        kind="plan",
        form="text",
        source="https://www.lantuwk.example.com/d/4482019.html",
        title="社区2025年度志愿服务工作计划",
        record_title=None,
        date=None,
        notes="a document library's extracted text: no record title, the title once on its own line; the whole body on one line with page markers '〓n〓' inside it; only the year in the title; a 'buy the full text' prompt and a notice",
        page="""
!m 蓝图文库
{T}
!m 文档格式：DOC　　页数：3　　大小：24K
{BODY}
!a 本文档需付费下载，全文 ¥2.50　立即购买
!d 蓝图文库不拥有用户上传文档的完整版权，仅提供信息存储空间服务
""",
        oneline=True,
        indent="\u3000\u3000",
        pages=dict(fmt="〓{n}〓", every=80, start=2, glue="mix"),
        body="""
为进一步弘扬“奉献、友爱、互助、进步”的志愿精神，推动社区志愿服务常态化、制度化，结合社区实际，制定本计划。
一、壮大志愿服务队伍。年内新招募注册志愿者120名，重点吸纳退休党员、在校大学生和青年职工加入，社区注册志愿者总数达到600名以上。
二、打造特色服务项目。重点打造“银龄互助”“四点半课堂”“楼道美容师”三个志愿服务品牌项目，每个项目每月至少开展两次活动。
三、完善激励机制。推行志愿服务积分制度，志愿者可凭积分到社区“爱心超市”兑换生活用品，年底评选表彰优秀志愿者20名。
四、加强培训管理。每季度组织一次志愿者培训，内容包括应急救护、心理疏导、沟通技巧等，提高志愿服务专业化水平。
""",
    ),
    dict(
        slug="netdisk-wenchuan-notice-pdf-html-share",
        site="文川云盘 分享页 (invented)",
        style="网盘分享",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.wenchuanpan.example.com/share/init?surl=Xp3f0q",
        title="关于做好2025年度城乡居民医疗保险参保缴费工作的通知",
        record_title="关于做好2025年度城乡居民医疗保险参保缴费工作的通知.pdf",
        date="2024-09-20",
        notes="a cloud-disk share page in HTML: file-name title; sharer and share time (no date of the document), a 'client download' banner, save/download buttons, a report link; the preview holds the notice with its own hotline, a sentence telling readers to 扫码 pay, a 附件 line and a 成文日期",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>文川云盘 - 分享无限制</title></head>
<body>
<div class="header">⟦m 文川云盘⟧ <a>⟦a 下载客户端⟧</a> <a>⟦a 登录⟧</a></div>
<div class="share-info">
<h2>⟦t 关于做好2025年度城乡居民医疗保险参保缴费工作的通知.pdf⟧</h2>
<p>⟦m 分享者：松亭医保小助手　　2024-09-23 09:15　　失效时间：永久有效⟧</p>
<p><button>⟦a 保存到网盘⟧</button> <button>⟦a 下载(412KB)⟧</button> <a>⟦a 举报⟧</a></p>
</div>
<div class="preview">
{BODY}
</div>
<div class="end">⟦a 预览结束，保存后可查看完整文件⟧</div>
<div class="footer">⟦d 文川云盘倡导绿色分享，严禁上传侵权、违法文件⟧　⟦m ©2025 文川科技⟧</div>
</body></html>
""",
        body="""
各乡镇人民政府，县直有关单位：
根据省、市医疗保障部门关于做好城乡居民基本医疗保险参保工作的要求，现就我县2025年度城乡居民医疗保险参保缴费工作通知如下。
一、缴费时间
2024年9月1日至12月31日为集中缴费期。
二、缴费标准
2025年度城乡居民医疗保险个人缴费标准为每人每年400元。特困人员、低保对象、防止返贫监测对象等按规定享受参保资助。
三、缴费方式
参保群众可通过“松亭医保”微信公众号、税务部门“扫码缴费”二维码或到村（社区）便民服务点缴费。学生可由所在学校统一组织缴费。
四、工作要求
各乡镇要层层压实责任，确保应保尽保，全县参保率稳定在95%以上。
咨询电话：县医疗保障局0856-7326110。
附件：2025年度城乡居民医疗保险参保资助对象名单
松亭县医疗保障局　国家税务总局松亭县税务局
2024年9月20日
""",
    ),
    dict(
        slug="fanwenapp-gongwenbao-letter-screen-markers",
        site="公文宝App 阅读模式 (invented)",
        style="范文APP",
        genre="函",
        kind="letter",
        form="text",
        source="https://app.gongwenbao.example.com/read/hz/30821",
        title="关于商请协助开展职工健康体检工作的函",
        date="2025-02-19",
        notes="a 范文 app's reading mode: screen markers '第n屏' on lines of their own; a swipe prompt, an 'AI polish' button, a member-only export prompt; the letter's own 联系人/电话 and 成文日期",
        page="""
!m 公文宝 · 阅读模式
{T}
!m 函 · 商洽函　　收录于「常用函件100例」
{BODY}
!a ✨ AI润色　　📄 导出（会员专享）　　🔖 加入我的素材库
!a ← 左滑看上一篇　|　右滑看下一篇 →
""",
        pages=dict(fmt="第{n}屏", every=140, start=2),
        body="""
县人民医院：
为关心职工身体健康，根据《汀泽县总工会关于做好职工健康体检工作的通知》要求，我局拟于2025年3月组织全局在职职工和退休职工共126人进行健康体检。
贵院医疗设备先进、技术力量雄厚，体检服务规范。为此，特商请贵院协助开展我局职工健康体检工作，具体体检项目按照县总工会确定的标准执行，体检时间由双方协商确定。体检费用由我局工会经费统一结算。
如蒙同意，请予函复。
联系人：县自然资源局工会　韦晓彤，电话：0779-5537019。
汀泽县自然资源局
2025年2月19日
""",
    ),
]

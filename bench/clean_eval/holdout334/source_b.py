"""holdout334, part B: a blog, WeChat mirrors, document-sharing pages, education portals, intranets, Q&As.

Invented text (places, people, sites, URLs, phones and ids are made up); see ../README.md and
../build.py for the markup.
"""

CASES = [
    dict(
        slug="jieqian-blog-door-chain-memoir-wrapped",
        site="阶前笔记 (invented, personal blog, text export)",
        style="博客",
        genre="回忆散文",
        kind="other",
        form="text",
        source="https://jieqian.blog.example.cn/post/2231",
        title="外婆家的那根门链",
        date=None,
        notes="record title as is; memoir hard-wrapped at 58 columns with indented paragraphs; update stamp "
        "'2 个月前' is no date; tags, prev/next and comments",
        page="""
!m 阶前笔记 —— 记些小事，留点温度
!m 首页　随笔　旧物　关于
{T}
!m 归类：旧物　|　更新于 2 个月前　|　围观 388
{BODY}
!l 标签：外婆 · 门链 · 老房子
!l 上一篇：那台脚踏缝纫机
!l 下一篇：邱塘镇的端午集
!l 留言（4）
!l 阿禾：看哭了，我奶奶家也有一根，挂在门后落满了灰。
!a 写留言请先登录　｜　用微信扫码登录
!m 阶前笔记 © 2016-2025　本站文字未经允许请勿转载
""",
        indent="\u3000\u3000",
        wrap=58,
        body="""
外婆家在邱塘镇老街，木门后面挂着一根铜门链，链子有七节，末端是一颗磨得发亮的圆头。
小时候我最喜欢去拨弄它。外婆说，这根门链是外公当年在镇上五金社买的，那会儿家里开着小杂货铺，晚上有人敲门买火柴，外婆就挂着门链，把门开一道缝，从缝里递东西、收钱。
后来外公走了，杂货铺也关了，门链却一直挂着。有一年我放暑假回去，半夜听见有人拍门，外婆披着衣服起来，先把链子挂上，才隔着门缝问是谁。原来是隔壁婶子的孩子发烧，来借体温计。
前年老房子拆迁，别的东西都送了人，外婆只把那根门链拆下来，用手帕包好，放进了她的针线盒。
""",
    ),
    dict(
        slug="pengxi-maternal-account-bottle-brush-h1",
        site="号外存档 (invented, WeChat mirror)",
        style="公众号镜像",
        genre="健康科普",
        kind="news",
        form="html",
        source="https://haowai-cundang.example.cn/a/pengxi-fuyou/20241015-2",
        title="奶瓶刷多久换一次？出现这三个信号就该换了",
        record_title=None,
        date="2024-10-15",
        notes="WeChat mirror: no record title, the h1 holds it; a follow prompt glued before the first words; the "
        "account line's date is the page's date; 阅读原文/在看 rows, a QR line and the mirror's archive note",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>号外存档 - 公众号文章备份</title>
<meta name="description" content="鹏溪县妇幼保健院公众号文章">
</head>
<body>
<div class="mirror-bar">⟦m 号外存档 · 替你留住每一篇好文章⟧　<a href="/search">⟦a 搜一搜存档⟧</a></div>
<div class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta">⟦m 原创　鹏溪县妇幼保健院　2024-10-15 18:02　发表于鹏溪⟧</div>
<div class="rich_media_content">
{BODY}
</div>
<div class="read-more"><a href="#">⟦a 阅读原文⟧</a>　⟦m 阅读 5612⟧　⟦a 在看 87⟧　⟦a 分享　收藏　点赞⟧</div>
<div class="qr">⟦a 长按识别二维码，关注“鹏溪妇幼”⟧</div>
<div class="tags">⟦l 收录于合集 #科学育儿 21个⟧</div>
</div>
<div class="mirror-note">⟦d 本页为号外存档自动备份，版权属于原公众号，如需删除请联系 del@haowai-cundang.example.cn⟧</div>
<script>var mirrorId="pengxi-fuyou-20241015-2";</script>
</body>
</html>
""",
        p_html='<section style="margin:8px 0"><p style="font-size:15px;line-height:1.75">{}</p></section>',
        body="""
⟦a 点击上方蓝字“鹏溪妇幼”，育儿知识早知道⟧不少家长问：奶瓶刷看着还挺干净，为什么要经常换？我院儿童保健科护士长戚敏告诉大家，奶瓶刷长期处在潮湿环境中，刷头缝隙容易残留奶渍，滋生细菌。一般海绵刷头建议每月更换一次，尼龙刷头每两到三个月更换一次。
如果出现下面三个信号，不到时间也要及时更换：
1.刷毛变形、倒伏，或者海绵出现破口、掉渣；
2.刷头发黄、发黑，清洗后仍有酸味；
3.刷柄连接处松动，刷头容易脱落。
另外，奶瓶刷用完后要冲洗干净、甩干水分，挂在通风处晾干，不要泡在水里或放进密闭的抽屉。奶瓶刷和洗碗的刷子要分开使用。
如需了解更多婴幼儿喂养知识，可到我院儿童保健科咨询，咨询电话：0735-7712086。
""",
    ),
    dict(
        slug="huoling-fire-account-window-guard-text",
        site="文章拾遗 (invented, WeChat mirror, text view)",
        style="公众号镜像",
        genre="安全提示",
        kind="news",
        form="text",
        source="http://wzshiyi.example.cn/mp/huolingxiaofang/2025-04-03.html",
        title="隐形防护网不等于封死窗户，这份安装提示请收好",
        record_title="隐形防护网不等于封死窗户，这份安装提示请收好 | 霍岭消防（文章拾遗·公号备份）",
        date="2025-04-03",
        notes="text mirror of a fire brigade's account: 原创 line with the account date; a star prompt before the "
        "salutation glued to it; sentences that ask readers to 扫码 as content; 阅读原文/在看 at the bottom",
        page="""
!m 文章拾遗 · 公号备份
{T}
!m 原创　霍岭县消防救援大队　霍岭消防　2025年4月3日 08:30
!m 霍岭消防
{BODY}
!a 阅读原文　　在看　　转发给家人
!m 阅读 2.1万
!l 往期回顾：电动车进楼入户有多危险？｜家庭灭火器怎么选｜高层住户逃生四要点
!a 扫一扫上方二维码，关注霍岭消防
!d 文章拾遗仅作备份展示，如有侵权请留言删除
""",
        body="""
⟦a 把“霍岭消防”设为星标，第一时间收到提醒⟧各位居民朋友：
最近，不少家庭为了防止孩子坠楼，给窗户和阳台装上了隐形防护网。防护网能防坠落，但装得不对，火灾时就可能变成“困人网”。
我们提醒大家，安装时注意以下几点：
一是至少保留一处逃生口。建议在客厅或主卧窗户设置可开启区域，用专用钥匙或卡扣打开，钥匙放在全家人都知道的固定位置。
二是钢丝间距不宜超过5厘米，选用有产品合格证的不锈钢包胶钢丝。
三是不要在防护网上晾晒衣物、堆放杂物，以免影响外部救援。
3月起，县消防救援大队联合各社区开展高层住户防护网免费上门检查，居民可扫描社区公告栏的二维码预约。
""",
    ),
    dict(
        slug="tongxiang-request-nappy-bins-clinic-wps",
        site="同享文档 (invented, document sharing)",
        style="文档分享",
        genre="请示",
        kind="notice",
        form="html",
        source="https://www.tongxiangwd.example.cn/view/b71e02c9.html",
        title="关于为镇卫生院产科病区购置脚踏式尿布桶的请示",
        record_title="关于为镇卫生院产科病区购置脚踏式尿布桶的请示.wps",
        date="2024-07-09",
        notes="file-name record title (.wps); upload notice, a points lock, a service WeChat; the request's own "
        "contact line beside it; an items table one row a paragraph; signature date",
        page="""
<!doctype html>
<html>
<head><meta charset="utf-8"><title>关于为镇卫生院产科病区购置脚踏式尿布桶的请示.wps - 同享文档</title>
<script>window.__DOC__ = {"id":"b71e02c9","ext":"wps"};</script></head>
<body>
<header><a href="/">⟦m 同享文档⟧</a> <a href="/up">⟦a 上传我的文档⟧</a> <a href="/me">⟦a 个人中心⟧</a></header>
<main>
<div class="doc-title"><h2>{T}</h2></div>
<div class="doc-meta">⟦m 格式：WPS　上传者：郭集小吏　浏览 466　点赞 12⟧</div>
<div class="notice">⟦d 本文档来自网友分享，同享文档只做存储，内容准确性请自行判断，若涉及侵权请联系删除⟧</div>
<article class="doc-body">
{BODY}
</article>
<div class="lock">⟦a 后续内容已折叠，消耗 3 同享豆即可展开并下载⟧</div>
<div class="svc">⟦w 文档代找、公文代写请添加客服微信：tongxiang_kf66⟧</div>
<div class="more"><h4>⟦l 这位上传者还分享了⟧</h4><p>⟦l 郭集镇卫生院院感管理制度.wps⟧</p><p>⟦l 关于申请产科设备更新资金的报告.docx⟧</p></div>
</main>
<footer>⟦m 同享文档 tongxiangwd.example.cn　苏ICP备21058804号-1⟧</footer>
</body>
</html>
""",
        body="""
县卫生健康局：
我院产科病区现有床位24张，月均分娩60余例。病区目前使用的是普通敞口垃圾桶，换下的新生儿尿布不能及时密闭存放，异味较重，也不利于院感防控。为改善住院环境，我院拟为产科病区购置脚踏式密封尿布桶，具体如下：
品名　数量　单价（元）　金额（元）
脚踏式密封尿布桶（20升）　26只　85　2210
配套内衬袋　40卷　18　720
合计　—　—　2930
所需资金拟从我院2024年公用经费中列支。
妥否，请批示。
联系人：裴小红，电话：0512-5831077。
郭集镇卫生院
2024年7月9日
""",
    ),
    dict(
        slug="wenjianchouti-pledge-glove-clips-workers",
        site="文件抽屉 (invented, document sharing)",
        style="文档分享",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://wjchouti.example.cn/d/88310475",
        title="关于为户外劳动者送上“暖手夹”的倡议书",
        record_title="关于为户外劳动者送上“暖手夹”的倡议书（可修改·含落款）",
        date="2024-12-02",
        notes="decorated record title; sharing page with an upload notice, a download line and a report link; "
        "a sentence asking readers to share the pledge as content; signature date",
        page="""
!m 文件抽屉｜把好文档放进抽屉
!t 关于为户外劳动者送上“暖手夹”的倡议书（可修改·含落款）
!m 分享人：熊口团委小王　　文件大小：19KB　　已被打开 251 次
!d 抽屉提示：文档为用户自行分享，本站未做审核，使用前请自行核对内容
{T}
{BODY}
!a 下载这个文件（DOCX）　　放进我的抽屉　　举报
!l 也许你还想找：冬季送温暖活动方案｜新就业群体关爱倡议书｜志愿服务活动总结
""",
        indent="\u3000\u3000",
        body="""
全镇广大团员青年、爱心商户：
寒冬将至，环卫工人、快递小哥、外卖骑手等户外劳动者每天在寒风中忙碌。他们常常需要频繁摘下手套扫码、搬货、找零，一不留神手套就掉在路边。为此，熊口镇团委、镇志愿者协会发起“暖手夹”爱心行动，倡议如下：
一、捐一副手套夹。每副手套夹成本约6元，可到镇团委或各村团支部登记捐赠，也可直接捐赠实物。⟦w 倡议书、活动方案定制请加微信 wjct_zhuli⟧
二、做一次志愿者。12月15日起，我们将在镇区设置3个发放点，欢迎大家报名参与发放。
三、传一份温暖。请把这份倡议分享到您的朋友圈和工作群，让更多人加入进来。
一副小小的手套夹，让户外劳动者的手暖一点、心也暖一点。
共青团熊口镇委员会
熊口镇志愿者协会
2024年12月2日
""",
    ),
    dict(
        slug="baohu-edu-notice-kindergarten-glove-clips-attach",
        site="鲍湖县教育信息网 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.baohu.example.cn/tzgg/2024/1128/1642.html",
        title="关于做好冬季幼儿园户外活动防寒保暖工作的通知",
        record_title="关于做好冬季幼儿园户外活动防寒保暖工作的通知 - 学前教育 - 鲍湖县教育信息网",
        date="2024-11-26",
        date_also=["2024-11-28"],
        notes="education portal: 读屏/关怀 links, an attachment download link beside the body's 附件 list, the "
        "bureau's contact beside a technical-support line; 成文日期 differs from the posting date",
        page="""
<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<title>关于做好冬季幼儿园户外活动防寒保暖工作的通知 - 学前教育 - 鲍湖县教育信息网</title>
</head>
<body>
<div class="top-links">⟦a 关怀版⟧ | ⟦a 读屏模式⟧ | ⟦m 今天是：<span id="today"></span>⟧</div>
<div class="logo">⟦m 鲍湖县教育信息网⟧</div>
<ul class="menu"><li>⟦m 教育要闻⟧</li><li>⟦m 学前教育⟧</li><li>⟦m 基础教育⟧</li><li>⟦m 招生考试⟧</li><li>⟦m 局长信箱⟧</li></ul>
<div class="loc">⟦m 当前所在：鲍湖县教育信息网 ＞ 通知公告 ＞ 学前教育⟧</div>
<div class="art">
<h2>{T}</h2>
<div class="info">⟦m 发布人：学前教育股　发布日期：2024-11-28　点击：1377⟧</div>
<div class="art-body">
{BODY}
</div>
<div class="att">⟦a 附件下载：幼儿园防寒保暖自查表.xlsx（23KB）⟧</div>
<div class="prev-next"><p>⟦l 上一条：关于开展中小学冬季消防安全演练的通知⟧</p><p>⟦l 下一条：鲍湖县2025年春季学期校历⟧</p></div>
</div>
<div class="footer">
<p>⟦m 鲍湖县教育局主办　地址：鲍湖县文澜路26号⟧</p>
<p>⟦m 网站技术维护：0714-3328901（仅限网站问题）⟧</p>
</div>
<div class="side"><h4>⟦l 热点通知⟧</h4><p>⟦l 2025年县直幼儿园春季插班工作安排⟧</p></div>
<script src="/js/edu-stat.js"></script>
</body>
</html>
""",
        body="""
各乡镇中心学校，县直各幼儿园，各民办幼儿园：
入冬以来，我县气温持续走低。为保障幼儿冬季户外活动安全，预防冻伤和感冒，现就有关事项通知如下：
一、合理安排户外活动。气温低于零下5℃或有大风时，户外活动改在室内进行；户外活动时间以上午10点至下午3点为宜。
二、做好幼儿保暖防护。各园要提醒家长为幼儿准备大小合适的手套，可为手套配上手套夹，夹在外衣袖口，防止幼儿脱手套后丢失。手套夹应选用塑料夹口，不得有尖锐金属齿。
三、加强室内通风消毒。活动室每日开窗通风不少于两次，每次不少于30分钟。
各园于12月10日前将自查表报县教育局学前教育股。
联系人：姚雪梅，电话：0714-3325160。
附件：幼儿园防寒保暖自查表
鲍湖县教育局
2024年11月26日
""",
    ),
    dict(
        slug="mengtang-edu-letter-parents-window-guards",
        site="孟塘县教育信息网 (invented)",
        style="教育门户",
        genre="致家长的一封信",
        kind="notice",
        form="text",
        source="http://www.mtjy.example.cn/html/aqjy/20250703/2290.html",
        title="孟塘县实验小学暑期防坠楼安全致家长的一封信",
        record_title="【平安暑假】孟塘县实验小学暑期防坠楼安全致家长的一封信_孟塘县教育信息网",
        date="2025-07-03",
        notes="text page of an education portal; 扫码 as content (a receipt QR code); the school's own phone beside "
        "a site hotline; 成文日期 under the signature",
        page="""
!m 孟塘县教育信息网　www.mtjy.example.cn
!m 位置：首页 ＞ 平安校园 ＞ 安全教育
!t 【平安暑假】孟塘县实验小学暑期防坠楼安全致家长的一封信_孟塘县教育信息网
!m 作者：校安办　　来源：孟塘县实验小学　　阅读：2095
{BODY}
!a 〖关闭窗口〗　〖打印本文〗
!m 孟塘县教育局　版权所有　网站热线：0739-6610022
""",
        body="""
尊敬的家长朋友：
暑假即将来临，孩子们在家的时间多了。近年来，儿童从窗户、阳台坠落的事故时有发生，令人痛心。为了孩子的安全，学校恳请您做好以下几点：
一、检查家中窗户。住在高层的家庭，请检查窗户是否安装限位器或防护网。已安装隐形防护网的，请检查钢丝有无松动、断裂。
二、不把孩子单独留在家中。确需外出时，请关好窗户，不让孩子在窗边、阳台攀爬玩耍。
三、窗边不放可攀爬的物品。床、沙发、凳子等家具不要靠窗摆放。
请家长阅读本信后，扫描班级群中的回执二维码确认，班主任将在7月10日前统计。如有疑问，请联系学校政教处，电话：0739-6618840。
孟塘县实验小学
2025年7月3日
""",
    ),
    dict(
        slug="herun-oa-minutes-bottle-brush-bristles",
        site="禾润协同办公平台 (invented, enterprise OA)",
        style="企业内网",
        genre="会议纪要",
        kind="other",
        form="html",
        source="http://oa.herun-daily.example.cn/doc/view?id=20250318007",
        title="关于奶瓶刷刷毛拉脱力不合格问题的专题会议纪要",
        record_title="〔品管会议〕关于奶瓶刷刷毛拉脱力不合格问题的专题会议纪要 - 禾润协同办公",
        date="2025-03-17",
        notes="OA document view: 流转记录, read count and a 标记已阅 button; the minutes' 时间/地点/主持/参会/记录 "
        "lines stay in the body and the 时间 line is the date; a numbered list of decisions",
        page="""
<html>
<head><meta charset="utf-8"><title>〔品管会议〕关于奶瓶刷刷毛拉脱力不合格问题的专题会议纪要 - 禾润协同办公</title></head>
<body>
<div class="oa-head">⟦m 禾润协同办公平台⟧　⟦m 当前用户：质量部 俞晓岚⟧　<a href="/logout">⟦a 安全退出⟧</a></div>
<div class="oa-menu">⟦m 待办事项⟧ ⟦m 公文管理⟧ ⟦m 会议管理⟧ ⟦m 通讯录⟧</div>
<div class="doc">
<h2>{T}</h2>
<div class="doc-meta">⟦m 密级：内部　拟稿：质量部　阅读次数：64⟧</div>
<div class="doc-body">
{BODY}
</div>
<div class="doc-ops"><button>⟦a 标记已阅⟧</button> <button>⟦a 转交他人阅处⟧</button> <button>⟦a 存成版式文件⟧</button></div>
<table class="flow">
<tr><th>⟦m 流转记录⟧</th></tr>
<tr><td>⟦m 2025-03-18 09:12　质量部 俞晓岚　发起⟧</td></tr>
<tr><td>⟦m 2025-03-18 10:40　总经理 孟庆安　已阅⟧</td></tr>
</table>
</div>
<div class="oa-foot">⟦m 信息中心维护　内线 8006　禾润日用品有限公司⟧</div>
<script>oa.markRead("20250318007");</script>
</body>
</html>
""",
        body="""
时间：2025年3月17日下午2:30
地点：公司二楼质量会议室
主持：孟庆安
参会：生产部、质量部、采购部、销售部负责人
记录：俞晓岚
3月12日，昆溪市市场监管局公布的抽检结果中，我公司一批次海绵奶瓶刷刷毛拉脱力不合格。会议听取了质量部的原因分析：该批次刷毛由新供应商提供，植毛孔径偏大，且出厂检验未做拉脱力项目。会议决定：
1.立即召回该批次产品，销售部3日内通知全部经销商下架。
2.采购部暂停与该供应商合作，恢复原供应商供货。
3.质量部将刷毛拉脱力列为出厂必检项目，每批抽检不少于20支。
4.生产部对植毛机进行校准，3月底前完成。
""",
    ),
    dict(
        slug="jiebao-intranet-rules-nappy-bin-molding",
        site="洁宝塑业内网 (invented, enterprise intranet)",
        style="企业内网",
        genre="操作规程",
        kind="other",
        form="text",
        source="http://intra.jiebao-plastic.example.cn/zhidu/scgl/0417.html",
        title="尿布桶注塑车间安全操作规程",
        record_title="[注塑车间] 尿布桶注塑车间安全操作规程（试行第三稿）- 洁宝内网",
        date=None,
        notes="intranet rules with 第N条 articles, one of which speaks of 扫码/打印 as content; IT desk and "
        "login lines around it; an effective clause without a date: no date",
        page="""
!m 洁宝塑业内网 · 制度中心
!m 导航：内网首页 > 制度中心 > 生产管理类
!t [注塑车间] 尿布桶注塑车间安全操作规程（试行第三稿）- 洁宝内网
!m 发布部门：安全环保部　　修订：试行第三稿　　浏览：312
{BODY}
!a 【下载原件】【打印】【收藏到我的制度】
!m 内网账号问题请联系信息部，分机 6021
!d 本文件仅限公司内部使用，严禁外传
""",
        body="""
第一条　为保障尿布桶注塑车间作业安全，防止机械伤害和烫伤事故，制定本规程。
第二条　操作人员须经安全培训考核合格后方可上岗，上岗时应穿戴工作服、防烫手套和防护眼镜。
第三条　开机前应检查安全门、急停按钮和液压系统，确认正常后方可启动注塑机。
第四条　取出桶身、桶盖时必须打开安全门，严禁将手伸入模具区域；模具温度较高，取件应使用专用夹具。
第五条　每班结束后，操作人员须扫描机台上的设备二维码填写点检记录，班长每周打印汇总后交安全环保部。
第六条　本规程自发布之日起施行，原规程同时废止。
""",
    ),
    dict(
        slug="wengemingbai-qa-door-chain-height-h1",
        site="问个明白 (invented, Q&A)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.wengemingbai.example.cn/q/50917726.html",
        title="门链装在门的哪个高度合适？家里老人也要用",
        record_title=None,
        date=None,
        notes="Q&A page: no record title, the question h1 holds it; an adopted-answer badge, vote row, more answers; "
        "answered '5 天前': no date",
        page="""
<!DOCTYPE html>
<html>
<head><meta charset="utf-8"><title>问个明白 - 有问题，就来问个明白</title></head>
<body>
<div class="hd">⟦m 问个明白⟧ <form><input placeholder="搜索你想知道的"><button>⟦a 搜答案⟧</button></form> <a href="/ask">⟦a 我要提问⟧</a></div>
<div class="crumb">⟦m 问个明白 › 生活 › 家居装修⟧</div>
<div class="question">
<h1>{T}</h1>
<p class="q-desc">⟦m 提问者：佟家营的小佟　浏览 1,306 次⟧</p>
</div>
<div class="best-answer">
<div class="badge">⟦m 提问者采纳⟧</div>
<div class="answerer">⟦m 老锁匠邵师傅　擅长：门锁安装维修⟧</div>
<div class="content">
{BODY}
</div>
<div class="ans-meta">⟦m 回答于 5 天前⟧　⟦a 有用 236　没用 4　评论 12⟧</div>
</div>
<div class="other-answers">
<h3>⟦l 其他 3 条回答⟧</h3>
<p>⟦l 匿名用户：装在门把手上方一拳的位置就行，我家就是这么装的。⟧</p>
<p>⟦l 家居小能手：建议买带报警的，挂着的时候有人推门会响。⟧</p>
</div>
<div class="related"><h3>⟦l 相关问题⟧</h3><p>⟦l 防盗门上能装门链吗？会不会把门打坏？⟧</p><p>⟦l 门链和门铰链有什么区别⟧</p></div>
<div class="ft">⟦d 回答内容由网友提供，仅供参考，问个明白不对其准确性负责⟧　⟦m © 2025 问个明白⟧</div>
<script>window.__Q__={qid:50917726};</script>
</body>
</html>
""",
        body="""
装了几十年门链，说说我的经验。
一般门链的链座装在门框上，滑槽装在门扇内侧，高度以门把手上方10到15厘米为宜，也就是成年人胸口附近。太低了弯腰挂不方便，太高了老人够不着。
家里有老人的，要以老人站直后抬手不费劲为准。可以先让老人站在门后，抬手比划一下，在那个位置做个记号再打孔。
另外提醒几点：链子挂上后门缝不要超过10厘米，手伸不进来才安全；固定螺丝要打进门框的实木或钢板里，只拧在门套薄板上的，一拽就掉；防盗门上安装要用配套的自攻螺丝，不要随便钻孔。
""",
    ),
    dict(
        slug="yuerbaida-qa-bottle-brush-sponge-oneline",
        site="育儿百答 (invented, Q&A)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://yuerbaida.example.cn/question/77203.html",
        title="海绵奶瓶刷和硅胶奶瓶刷哪个好用？",
        record_title="海绵奶瓶刷和硅胶奶瓶刷哪个好用？ - 育儿百答 - 新手爸妈都在问",
        date=None,
        notes="text Q&A: the answer on one line (paragraphs separated only by their indent); 3 天前 and an "
        "'edited' stamp are no dates",
        page="""
!m 育儿百答 - 新手爸妈都在问
!m 育儿百答 > 喂养 > 奶瓶清洁
{T}
!m 提问：果果妈　3 天前　　已有 7 个回答
!m 最佳回答　｜　答主：乾湾区母婴护理员 邱丽
{BODY}
!m 编辑于 3 天前
!a 赞同 58　　收藏　　举报
!l 查看全部 7 个回答
!l 你可能还想问：奶瓶刷要不要消毒？｜玻璃奶瓶用什么刷子？
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
两种我都用过，各有长处，说说区别。
海绵刷头软，不容易刮花奶瓶内壁，适合塑料奶瓶；缺点是容易藏污、干得慢，一般一个月就要换。
硅胶刷头不吸水，容易冲干净，也不容易长霉，适合玻璃奶瓶；缺点是比较硬，刷奶瓶底部的死角没有海绵那么贴合。
我的建议是家里备两把：平时用硅胶刷，奶瓶上有顽固奶垢时再用海绵刷。不管用哪种，奶嘴都要用单独的小奶嘴刷清洗。
""",
    ),
]

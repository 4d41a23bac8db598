"""holdout172, part E: hoes (锄头) and hand farm tools. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="gov-township-hand-tools-distribution-notice",
        site="珑山镇人民政府网 (invented township portal)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.longshan.gov.cn/xxgk/tzgg/202503/t20250303_4412.html",
        title="关于向脱贫户和监测户发放春耕小农具的通知",
        record_title="关于向脱贫户和监测户发放春耕小农具的通知",
        record_date="2025-03-03",
        date="2025-03-03",
        notes="township portal: font row and elder-mode link; an allocation table; 联系人 in the body beside the portal's 纠错 mailbox; byline and signature agree",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>珑山镇人民政府网</title>
<script src="/static/js/common.js"></script></head>
<body>
<div class="tb">⟦a 长者模式⟧ ⟦a 读屏专用⟧ ⟦m 珑山镇人民政府⟧</div>
<div class="nav">⟦m 首页 / 信息公开 / 通知公告⟧</div>
<h1>{T}</h1>
<div class="sx">⟦m 发布时间：2025-03-03　来源：镇农业综合服务中心⟧ ⟦a 字体：【大】【中】【小】⟧</div>
<div class="article">
{BODY}
</div>
<div class="jc">⟦m 网站纠错邮箱：lsz_web@163.com⟧</div>
<div class="bq">⟦m 主办单位：珑山镇人民政府　备案号：赣ICP备15008824号-2⟧</div>
</body></html>
""",
        body="""
各村（社区）：
为支持脱贫户和监测户做好春耕生产，镇政府利用衔接资金采购了一批锄头、铁锹、镰刀等小农具，现就发放工作通知如下。
一、发放标准：每户锄头1把、铁锹1把、镰刀1把、喷壶1个。
二、分配数量：
村名　户数　套数
上坪村　46　46
石门村　38　38
溪口村　52　52
三、发放要求：各村于3月10日前到镇农业综合服务中心领取，3月15日前发放到户，并由户主签字确认，不得截留、挪用。
联系人：黄敏　电话：0797-6231045
珑山镇人民政府
2025年3月3日
""",
    ),
    dict(
        slug="fanwenapp-school-farm-labour-class-insight-h5",
        site="妙语范文APP (invented), H5 share",
        style="范文APP",
        genre="心得体会",
        kind="other",
        form="html",
        source="https://m.miaoyufw.com/h5/share/art/229107",
        title="学校农场劳动课心得体会",
        record_title="学校农场劳动课心得体会（精选范文）｜妙语范文",
        date=None,
        notes="writing-app H5 share: open-app bar, VIP lock between paragraphs, AI-rewrite button glued after a sentence; no date",
        page="""
<html><head><meta name="viewport" content="width=device-width"><meta charset="utf-8"><title>学校农场劳动课心得体会（精选范文）｜妙语范文</title></head>
<body>
<div class="openapp">⟦a 打开妙语范文APP　查看更多范文⟧</div>
<h2>{T}</h2>
<div class="au">⟦m 妙语范文编辑部　·　收录于「劳动教育」合集⟧</div>
{BODY}
<div class="bottom">⟦a 复制　收藏　分享给好友⟧</div>
<div class="rec">⟦l 相关范文：劳动教育实践活动总结　种菜日记300字⟧</div>
</body></html>
""",
        body="""
这学期，学校开辟了一块两亩大的劳动农场，每个班分到一小块地，我们班种的是土豆和青菜。
第一次上劳动课，老师发给我们每人一把小锄头。我以为锄地很简单，可一锄下去，锄头不是砸进土里拔不出来，就是在地面上蹭一下。老师教我们双脚前后站稳，锄头落下时手腕放松，才慢慢锄出了样子。⟦a AI一键改写本段⟧
⟦a 开通VIP解锁全文，剩余60%内容⟧
一个学期下来，我们收了三十多斤土豆。我这才明白，碗里的每一粒粮食都是一锄一锄种出来的。
""",
    ),
    dict(
        slug="edu-primary-school-labour-course-plan",
        site="瑞川区教育体育局 (invented)",
        style="教育门户",
        genre="方案",
        kind="plan",
        form="text",
        source="http://jyj.ruichuan.gov.cn/jyxw/2025/0226/9921.html",
        title="瑞川区中小学劳动教育实践基地建设方案",
        record_title="【劳动教育】瑞川区中小学劳动教育实践基地建设方案_瑞川区教育体育局",
        date="2025-02-24",
        notes="education portal as text: decimal headings 1.1/2.1 kept; a sentence about 下载 course resources kept; 成文日期",
        page="""
!m 瑞川区教育体育局　｜　教育新闻
!m 首页 >> 教育新闻 >> 正文
{T}
!m 作者：德育科　来源：本站原创　更新时间：2025/2/26　点击数：688
{BODY}
!a 【发表评论】【加入收藏】【告诉好友】【打印此文】【关闭窗口】
!l 上一篇文章：区教体局召开2025年春季开学工作会议
!l 下一篇文章：关于公布第二批区级劳动教育特色学校的通知
!m 瑞川区教育体育局 版权所有　技术支持：区电教站
""",
        body="""
为深入推进劳动教育，让学生在田间地头体验劳动的艰辛与快乐，结合我区实际，制定本方案。
1. 建设目标
1.1 到2025年底，每所中小学建成一处不少于300平方米的校内劳动实践基地。
1.2 建成区级劳动教育综合实践基地2个。
2. 建设内容
2.1 场地建设：划分种植区、工具房和展示区，工具房配备适合学生使用的小锄头、小铁锹、洒水壶等农具。
2.2 课程建设：每周安排1课时劳动课，区教研室编写的劳动课程资源包可在区教育资源平台下载使用。
3. 保障措施
3.1 各校明确一名分管校长负责，配备专兼职劳动教师。
瑞川区教育体育局
2025年2月24日
""",
    ),
    dict(
        slug="anthology-father-hoe-essay-html",
        site="禾下集 (invented personal collection)",
        style="个人文集",
        genre="随笔",
        kind="other",
        form="html",
        source="http://www.hexiaji.cn/juan2/37.html",
        title="父亲的锄头",
        record_title="《禾下集》卷二·第37篇｜父亲的锄头",
        date=None,
        notes="personal collection: volume nav, word count and previous/next; no date anywhere",
        page="""
<html><head><meta charset="utf-8"><title>《禾下集》卷二·第37篇｜父亲的锄头</title></head>
<body>
<div class="top">⟦m 禾下集 · 一个农家子弟的散文⟧</div>
<div class="vol">⟦l 卷一 乡土　卷二 亲人　卷三 远行⟧</div>
<h2>{T}</h2>
<div class="info">⟦m 卷二·亲人　第37篇　约380字⟧</div>
{BODY}
<div class="pn">⟦l ← 第36篇：母亲的灶台⟧　⟦l 第38篇：祠堂前的老井 →⟧</div>
<div class="cr">⟦d 本集文字版权归作者所有，转载请注明出处。⟧</div>
</body></html>
""",
        body="""
父亲有一把锄头，锄把是他自己选的檀木，用了三十年，被手磨得油亮。
每年开春，父亲都要把锄头拿到村口铁匠铺去打一打，锄刃磨得雪亮。他说，锄头钝了，人就得多费一倍的力气。
我上中学那年，父亲带我去地里锄玉米。太阳毒，我锄了两垄就直喊累。父亲没说话，只是把锄头在地上一杵，说：“庄稼不等人。”
后来我进了城，父亲也老了，锄头挂在堂屋的墙上，再没下过地。每次回家，我都要摸一摸那光滑的锄把，好像还能摸到父亲手心的温度。
""",
    ),
    dict(
        slug="snapshot-agri-bureau-weeding-notice-frame",
        site="搜索快照 (invented cache frame) over a county agriculture bureau",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://snapshot.chaxunla.com/cache?url=nyj.qiaoxian.gov.cn/tzgg/0612.html",
        title="关于做好夏季玉米田间除草工作的通知",
        record_title="关于做好夏季玉米田间除草工作的通知 - 快照",
        date="2025-06-11",
        notes="search-cache frame above the bureau page; the snapshot stamp is no date; 成文日期 under signature",
        page="""
<html><head><meta charset="utf-8"><title>关于做好夏季玉米田间除草工作的通知 - 快照</title></head>
<body>
<div class="snapbar" style="background:#ffffe0">⟦m 您查询的关键词：玉米 除草 锄头⟧ ⟦m 快照日期：2025-06-30 07:41⟧ ⟦d 本快照由查询啦自动生成，与网页作者无关。⟧ ⟦a 查看原网页⟧</div>
<div class="orig">
<div class="sitehead">⟦m 乔县农业农村局⟧</div>
<div class="nav">⟦m 首页 ＞ 通知公告⟧</div>
<h2>{T}</h2>
{BODY}
<div class="sitefoot">⟦m 乔县农业农村局主办　鲁ICP备13019902号⟧</div>
</div>
</body></html>
""",
        body="""
各镇（街道）农业综合服务中心：
当前正值夏玉米苗期，田间杂草进入快速生长期，为减少杂草危害，确保玉米稳产，现就做好除草工作通知如下。
一、因地制宜选择除草方式。鼓励采用中耕锄草与化学除草相结合的方式，小地块和套种地块提倡人工锄草，既除草又松土保墒。
二、科学使用除草剂。严格按照标签用量使用，不得随意加大剂量，避免在高温时段和大风天气喷施。
三、加强技术指导。各镇要组织农技人员深入田间，指导农户分清苗情草情，及时除早除小。
乔县农业农村局
2025年6月11日
""",
    ),
    dict(
        slug="localforum-lost-farm-tools-shed-jammer",
        site="鹂山人家论坛 (invented county forum)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="http://bbs.lishanrenjia.com/thread-66821-1-1.html",
        title="我家地头工具棚的锄头又被人拿走了，大家看看有没有办法",
        record_title="[乡村杂谈] 我家地头工具棚的锄头又被人拿走了，大家看看有没有办法 - 鹂山人家论坛",
        date=None,
        notes="county forum with jammer fonts; relative time only; replies below",
        page="""
<html><head><meta charset="utf-8"><title>[乡村杂谈] 我家地头工具棚的锄头又被人拿走了，大家看看有没有办法 - 鹂山人家论坛</title></head>
<body>
<div class="hd">⟦m 鹂山人家论坛 · 鹂山人自己的网上家园⟧</div>
<div class="nv">⟦m 论坛首页 › 乡村杂谈⟧</div>
<h1>{T}</h1>
<div class="au">⟦m 楼主：种地的老周　发表于 前天 19:02⟧</div>
<div class="msg">
{BODY}
</div>
<div class="rp">⟦l 2# 山里娃：装个太阳能摄像头吧，几十块钱⟧</div>
<div class="rp">⟦l 3# 老何家：农具上刻名字，拿去也不好用⟧</div>
<div class="fp">⟦a 发表回复　[登录后才能回帖]⟧</div>
<div class="ft">⟦m 鹂山人家论坛 版权所有 · 站长QQ：10736218⟧</div>
</body></html>
""",
        junk=dict(lines=1, glued=2),
        body="""
我家在村东头有两亩菜地，地头搭了个小棚子放农具，省得每天扛来扛去。
这个月已经是第二回了，棚子里的两把锄头和一把铁锹都不见了，锁也被撬坏了。锄头倒不值几个钱，可正是锄草的时候，耽误事。
问了邻居，说隔壁组也丢过。想问问大家，有没有什么好办法防一下？是不是要报给村里？
""",
    ),
    dict(
        slug="gkforum-shenlun-hoe-metaphor-essay",
        site="申论之家论坛 (invented exam forum)",
        style="公考论坛",
        genre="申论",
        kind="other",
        form="html",
        source="https://bbs.shenlunzj.com/thread-90211-1-1.html",
        title="申论范文：握紧乡村振兴的“锄头”",
        record_title="[申论范文] 申论范文：握紧乡村振兴的“锄头”- 申论交流 - 申论之家",
        date=None,
        notes="exam forum with a hidden-answer prompt glued into the body and a course ad between paragraphs; no date",
        page="""
<html><head><meta charset="utf-8"><title>申论之家论坛</title></head>
<body>
<div class="top">⟦m 申论之家论坛 · 公考人的学习社区⟧ ⟦a 签到领积分⟧</div>
<div class="crumb">⟦m 申论之家 › 申论交流 › 范文赏析⟧</div>
<h1>{T}</h1>
<div class="author">⟦m 楼主 上岸的稻草人 · 12 小时前 · 查看 1544⟧</div>
<div class="post">
{BODY}
</div>
<div class="bar">⟦a 点赞 · 收藏 · 回复⟧</div>
<div class="ft">⟦m 申论之家论坛　客服QQ群：61283077⟧</div>
</body></html>
""",
        body="""
锄头是农民最熟悉的农具。一把锄头，锄去杂草，松动土壤，庄稼才能长得壮实。推进乡村振兴，同样需要握紧几把“锄头”。
握紧产业发展的“锄头”。产业兴旺是乡村振兴的基础。要立足本地资源禀赋，发展特色种养和农产品加工，让农民在家门口增收。
⟦w 2026省考申论精品班火热报名中，私信领取试听课⟧
握紧人才振兴的“锄头”。要引导大学毕业生、退役军人和外出务工人员返乡创业，让乡村有人干事、能干成事。⟦a 完整范文及批改要点回复可见⟧
握紧乡风文明的“锄头”。要锄去陈规陋习，培育文明乡风、良好家风、淳朴民风。
锄头握在手，幸福在前头。只要我们一锄一锄地干下去，乡村振兴的美好图景就一定会变为现实。
""",
    ),
    dict(
        slug="baike-hoe-entry-contents-box",
        site="百识百科 (invented)",
        style="百科问答",
        genre="词条",
        kind="other",
        form="html",
        source="https://www.baishibaike.com/wiki/锄头",
        title="锄头",
        record_title="锄头 - 百识百科",
        date=None,
        notes="encyclopaedia page with a contents box and edit links; section headings in the body; no date",
        page="""
<html><head><meta charset="utf-8"><title>锄头 - 百识百科</title></head>
<body>
<div class="logo">⟦m 百识百科⟧ ⟦a 编辑⟧ ⟦a 讨论⟧ ⟦a 历史版本⟧</div>
<h1>{T}</h1>
<div class="toc"><b>⟦l 目录⟧</b><ul><li>⟦l 1 概述⟧</li><li>⟦l 2 种类⟧</li><li>⟦l 3 保养⟧</li></ul></div>
{BODY}
<div class="ref">⟦l 参考资料：《中国传统农具图谱》⟧</div>
<div class="upd">⟦m 本页面最后修订于3天前⟧ ⟦d 文字内容遵循知识共享署名协议发布。⟧</div>
</body></html>
""",
        body="""
锄头是一种传统的手工农具，由锄板和锄柄组成，主要用于松土、除草、培土和开沟。
种类
按锄板形状可分为板锄、薅锄、条锄等。板锄锄板宽大，适合翻土开沟；薅锄锄板窄小，适合在作物行间除草；北方常见的大锄锄柄较长，可以站着锄地。
保养
锄头用后应清除泥土，锄刃保持锋利，长期不用时锄板涂一层油防锈，锄柄放在阴凉干燥处，防止开裂。
""",
    ),
    dict(
        slug="mail-fwd-farm-tool-museum-donation-call",
        site="乡音邮箱 (invented webmail), forwarded mail",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="text",
        source="mail://xiangyinmail/inbox/7712",
        title="关于征集传统农具实物的函",
        record_title="转发：关于征集传统农具实物的函",
        date="2025-04-21",
        date_also=["2025-04-23"],
        notes="forwarded mail: the forwarder's note and headers are chrome; the letter's own contact and email kept; send date differs from the letter's date",
        page="""
!m 乡音邮箱
!a 返回　回复　转发　彻底删除　标记
!m 发件人：芷溪镇文化站 <zxwhz@xiangyin.cn>
!m 收件人：各村文化管理员
!m 时间：2025年4月23日（星期三）上午9:15
!m 主题：转发：关于征集传统农具实物的函
!w 各位：请帮忙在村里群里转一下，有意愿的直接联系县博物馆。——文化站小柯
!m -------- 原始邮件 --------
{BODY}
!d 本邮件由乡音邮箱发送，请勿直接回复系统通知地址。
""",
        body="""
各乡镇文化站：
为保护和展示我县农耕文化，县农耕文化博物馆正在筹建传统农具展厅，现面向社会征集传统农具实物。
一、征集范围：锄头、犁、耙、镰刀、连枷、风车、石碾等上世纪八十年代以前使用的农具，以及与农具相关的老照片、使用说明。
二、征集方式：以捐赠为主，对有特殊价值的可协商收购。捐赠者将获颁收藏证书，展品标注捐赠人姓名。
三、联系方式：县农耕文化博物馆筹建办　联系人：吕方舟　电话：0736-5312206　邮箱：nonggengbwg@126.com
芷溪县农耕文化博物馆筹建办公室
2025年4月21日
""",
    ),
    dict(
        slug="docshare-coop-weeding-summary-dash-markers",
        site="文档共享网 (invented)",
        style="文档分享",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.wdgxw.net/doc/55182046.html",
        title="瑶田茶叶专业合作社2025年茶园人工除草工作总结",
        record_title="瑶田茶叶专业合作社2025年茶园人工除草工作总结.wps",
        date="2025-11-28",
        notes="document-sharing text with ∥n∥ markers glued or not cutting sentences; file-name record title; 成文日期",
        page="""
!m 文档共享网　专业文档分享平台
!m 格式：WPS　　页数：2页　　大小：21K　　上传时间：2025-12-08
!a 下载此文档　　收藏　　分享
{T}
{BODY}
!a 文档试读结束，下载后可阅读全部内容
!l 相关文档：茶园管理工作计划　茶叶合作社年度总结
""",
        indent="\u3000\u3000",
        pages=dict(fmt="∥{n}∥", every=130, start=2, glue="mix"),
        body="""
今年，合作社坚持茶园不用除草剂，在520亩生态茶园全面推行人工除草和机械除草相结合的方式，茶叶品质和价格都有明显提升。
一、组织开展情况。全年组织人工除草4轮，其中春茶前、夏茶后各1轮以锄头浅锄为主，结合松土；伏天和秋季以割草覆盖为主，既控草又保墒。累计投入用工2800个，带动周边农户务工增收22万元。
二、取得成效。经检测，今年春茶农残检测全部合格，合作社茶叶获得绿色食品认证，春茶收购均价同比提高18%。
三、明年打算。试点茶园套种绿肥，减少除草用工；添置轻便型微耕机，降低劳动强度。
瑶田茶叶专业合作社
2025年11月28日
""",
    ),
    dict(
        slug="download-old-asp-hoe-forging-safety-rules",
        site="农资文库下载站 (invented, old gb2312 ASP)",
        style="资料下载站",
        genre="制度",
        kind="other",
        form="html",
        source="http://www.nzwk.net/Soft/ShowSoft.asp?SoftID=8830",
        title="农具锻造作坊安全操作规程",
        record_title="农具锻造作坊安全操作规程.doc下载",
        date=None,
        notes="old ASP download station: file-info table, three mirror links and an error report; numbered articles; no date (update stamp only)",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>农具锻造作坊安全操作规程.doc下载 - 农资文库下载站</title></head>
<body>
<table width="950" align="center"><tr><td>⟦m 农资文库下载站⟧</td><td align="right">⟦a 设为首页⟧ ⟦a 收藏本站⟧</td></tr></table>
<table width="950" align="center" class="nav"><tr><td>⟦m 首页 | 农业技术 | 农机资料 | 安全制度 | 合同范本⟧</td></tr></table>
<table width="950" align="center" class="info" border="1">
<tr><td>⟦m 文件名称：农具锻造作坊安全操作规程.doc⟧</td><td>⟦m 文件大小：27 KB⟧</td></tr>
<tr><td>⟦m 更新时间：2025-10-17⟧</td><td>⟦m 运行环境：Win/WPS/Office⟧</td></tr>
<tr><td>⟦m 下载次数：312⟧</td><td>⟦m 软件等级：★★★★☆⟧</td></tr>
</table>
<h3>{T}</h3>
{BODY}
<table width="950" align="center"><tr><td>⟦a 下载地址一（电信）⟧</td><td>⟦a 下载地址二（网通）⟧</td><td>⟦a 下载地址三（本站）⟧</td></tr></table>
<div>⟦a 如果下载地址无效，请点此报错⟧</div>
<div>⟦d 本站所有资源仅供学习参考，请在下载后24小时内删除。⟧</div>
</body></html>
""",
        body="""
第一条　本规程适用于锄头、镰刀、铁锹等农具的锻造、淬火和磨刃作业。
第二条　作业人员须穿戴防护眼镜、隔热手套、阻燃围裙和劳保鞋，不得穿化纤衣物。
第三条　开炉前检查鼓风机、空气锤和夹钳是否完好，空气锤运行时严禁将手伸入锤头下方。
第四条　淬火时工件应缓慢入水，人员站在侧面，防止热水和蒸汽烫伤。
第五条　磨刃时砂轮须装有防护罩，操作者站在砂轮侧面。
第六条　作业结束后熄灭炉火，清理现场，切断电源。
""",
    ),
]

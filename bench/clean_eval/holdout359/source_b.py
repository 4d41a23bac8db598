"""holdout359, part B: blogs, WeChat mirrors, document-sharing pages, education portals and intranets.

Invented text; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="blog-weizhou-gloves-essay-calendar",
        site="苇舟的骑行博客 (invented, WordPress-like)",
        style="博客",
        genre="随笔",
        kind="other",
        form="html",
        source="https://weizhou.blogyard.cn/2025/11/02/third-pair-of-gloves/",
        title="我的第三双骑行手套",
        record_title="我的第三双骑行手套 ⁂ 车轮上的笔记 ⁂ 苇舟的骑行博客",
        date="2025-11-02",
        notes="blog post: bracketed post time as the page's date; tag cloud, archive, calendar widget, comment form; a collect link glued after a sentence",
        page="""
<!DOCTYPE html><html lang="zh"><head><meta charset="UTF-8">
<title>我的第三双骑行手套 ⁂ 车轮上的笔记 ⁂ 苇舟的骑行博客</title>
<link rel="stylesheet" href="/wp-content/themes/lane/style.css">
<script src="/wp-includes/js/wp-emoji-release.min.js"></script>
</head><body class="single">
<header><div class="site-title">⟦m 苇舟的骑行博客⟧</div><div class="tagline">⟦m 慢慢骑，慢慢写⟧</div>
<nav>⟦m 回到主页⟧ ⟦m 路书⟧ ⟦m 装备⟧ ⟦m 关于苇舟⟧</nav></header>
<main><article>
<h1 class="entry-title">{T}</h1>
<div class="entry-meta">⟦m [2025-11-02 21:18] 分类：车轮上的笔记　阅读(733)　评论(9)⟧</div>
<div class="entry-content">
{BODY}
</div>
<div class="tags">⟦l 本文标签：骑行手套 / 装备 / 冬骑⟧</div>
<div class="nav-links">⟦l « 前文：浘河边的五十公里⟧　⟦l 后文：给车换了一对新刹车皮 »⟧</div>
<section id="comments"><h3>⟦l 9 条留言⟧</h3>
<p>⟦l 秋田骑士：同款掌垫，磨破了还舍不得扔⟧</p>
<form>⟦a 写下你的留言（昵称与邮箱必填）⟧ <button>⟦a 提交留言⟧</button></form></section>
</article></main>
<aside><div class="widget">⟦m 2025年11月 日 一 二 三 四 五 六⟧</div>
<div class="widget"><h4>⟦l 标签云⟧</h4>⟦l 爬坡 长途 补给 手套 码表 雨骑⟧</div>
<div class="widget"><h4>⟦l 往期存档⟧</h4><ul><li>⟦l 2025年十月 (6)⟧</li><li>⟦l 2025年九月 (4)⟧</li></ul></div></aside>
<footer>⟦d 本博文字与照片版权归苇舟，转载请留言打招呼⟧ ⟦m 由 WordPress 驱动 · 主题 Lane⟧</footer>
</body></html>
""",
        body="""
我骑车七年，用坏过两双骑行手套，现在戴的是第三双。
第一双是入门时随车送的，掌心只有一层薄布。第一次长途骑到一百公里，下车时手掌麻得握不住水壶，才知道手套不是摆设。⟦a ☆ 收进我的书签⟧
第二双是半指的，掌根垫了凝胶。它陪我骑过鹍阳到蒻溪的山路，有一次下坡摔车，手掌先着地，手套磨穿了，手却只擦破一点皮。
现在这双是冬季全指款，防风面料，食指和拇指可以划手机屏幕。戴上它，早上六点出门也不觉得冻手。
三双手套，正好是我骑车的三个阶段。买手套不必追贵，合手、掌垫位置对，比什么都要紧。
""",
    ),
    dict(
        slug="blog-azhi-straightener-wrapped-58",
        site="阿栀的美发手帐 (invented, blog)",
        style="博客",
        genre="随笔",
        kind="other",
        form="text",
        source="http://azhi-meifa.blog.lanyue.net/post/2291",
        title="师傅教我用直板夹的那个冬天",
        record_title="师傅教我用直板夹的那个冬天 ～ 学徒小记 ～ 阿栀的美发手帐",
        date=None,
        notes="a hairdresser's blog essay hard-wrapped at 58 columns; no date (a relative time and an 更新 stamp are no dates)",
        page="""
!m 阿栀的美发手帐　·　剪刀、梳子和我
!m 首页 | 学徒小记 | 发型日志 | 留言板
{T}
!m 阿栀　写于 5 天前　·　最近更新 2025-12-30　·　标签：学徒、直板夹
{BODY}
!a ♡ 喜欢这篇（58）　　↗ 转给朋友
!l 上一篇：第一次给客人洗头就被表扬了
!l 下一篇：染膏要怎么调才不发红
!l 留言（6）｜ 小鹿：看哭了，我师傅也是这么严
!d 手帐内容为阿栀个人经历，未经允许请勿搬运
""",
        wrap=58,
        indent="\u3000\u3000",
        body="""
十九岁那年冬天，我在澛州茀湖区一家小发廊当学徒。师傅姓甘，话不多，手上功夫却是整条街最好的。
我学直板夹的第一天，师傅没让我碰客人的头发，而是给了我一顶旧假发。她说，直板夹温度不能一上来就开到最高，细软的头发一百六十度就够了，夹的时候要一路滑下去，不能在一个地方停。
我急于求成，把温度开到二百二十度，停了两秒，假发立刻冒出一股焦味。师傅把直板夹拔了插头，放在耐热垫上，让我站在旁边看着它慢慢凉下来。
后来我自己带徒弟，第一课也是这样上的。手艺是慢慢磨出来的，急不得。
""",
    ),
    dict(
        slug="wechat-xinkang-chest-strap-h1-missing",
        site="茀湖区人民医院心脏康复 公众号镜像 (invented)",
        style="公众号镜像",
        genre="科普文章",
        kind="other",
        form="html",
        source="https://wxmirror.kanwen.cc/s/FhXk2CbQ0rT8",
        title="运动时戴心率带，这三个数字要看懂",
        record_title=None,
        date="2025-08-06",
        notes="WeChat mirror, no title in the record (found in the <h1>); the account line's date is the page's date; a star prompt glued before the first line; 在看/阅读原文 rows, QR line, the mirror's archive note",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>看文镜像 - 公众号文章存档</title>
<script src="/static/mirror.js"></script>
</head><body>
<div class="mirror-top">⟦m 看文镜像 · 公众号文章存档⟧</div>
<div id="img-content">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta">⟦m 原创　心康小课堂　茀湖区人民医院　2025年8月6日 07:30　澛州⟧</div>
<div class="rich_media_content">
{BODY}
</div>
<p>⟦a 阅读原文⟧　⟦a 分享　收藏　点赞　在看⟧</p>
<p>⟦a 长按识别二维码，关注“心康小课堂”⟧</p>
<p>⟦m 心康小课堂 · 写留言⟧</p>
</div>
<div class="mirror-foot">⟦d 看文镜像仅为公众号文章做离线存档，版权归原公众号所有⟧<br>⟦m 存档于 2025-08-09 03:12⟧</div>
</body></html>
""",
        p_html='<section><p style="font-size:16px;line-height:1.75;">{}</p></section>',
        body="""
⟦a 点上方蓝字“心康小课堂”，再点右上角设为星标⟧不少心脏康复期的患者在家锻炼时会戴心率带。心率带测得准，但很多人只会看一个数，其实有三个数字都要看懂。
第一个是静息心率。早上醒来先别起床，戴好心率带静躺三分钟，记下读数。如果比平时高出10次以上，说明前一天太累或没睡好，当天锻炼量要减半。
第二个是靶心率。康复期锻炼的靶心率由医生根据运动试验结果给出，一般在每分钟100到120次之间。锻炼时保持在这个范围内，既有效又安全。
第三个是恢复心率。停止运动一分钟后，心率下降不足12次的，要及时到心脏康复门诊复查。
特别提醒：心率带只能帮助监测，不能代替医生的评估。锻炼中出现胸闷、心慌，应立即停止。
""",
    ),
    dict(
        slug="wechat-qilu-pledge-patch-points-text",
        site="澛州骑行圈 公众号镜像 (invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://mp.wenzhai.site/a/qxq-20250818-pledge",
        title="关于在全市骑行驿站设立公益补胎点的倡议书",
        record_title="倡议书速递丨关于在全市骑行驿站设立公益补胎点的倡议书｜澛州骑行圈（文章转存）",
        date="2025-08-15",
        date_also=["2025-08-18"],
        notes="WeChat mirror as text: the account line's date and the 成文日期 differ, the document's expected; a sentence asking readers to share the pledge is body; 在看 row and mirror note",
        page="""
!m 文摘转存站　·　公众号文章离线阅读
!t 倡议书速递丨关于在全市骑行驿站设立公益补胎点的倡议书
!m 澛州骑行圈　2025-08-18 19:02　发表于澛州
{BODY}
!a 赞　　转发　　推荐到看一看
!l 精选留言：补胎片我们车店可以捐两盒！—— 车行老季
!m 转存时间：2025-08-20　原文链接已失效
!d 本站转存内容仅供个人阅读，商业使用请联系原作者
""",
        indent="\u3000\u3000",
        body="""
⟦a 轻点“澛州骑行圈”，不错过每一次约骑⟧全市骑友们：
骑行途中扎胎是常有的事。不少骑友出门只带打气筒，不带补胎片，在荒郊野外扎了胎只能推车走回去。为此，澛州市自行车运动协会向全市骑行驿站和骑友发出如下倡议：
一、请各骑行驿站设立公益补胎点，常备补胎片、锉片、撬胎棒和打气筒，供过往骑友免费取用。
二、请广大骑友取用补胎片后，有条件的下次路过时补还一片，让补胎点“用得上、不断货”。
三、请各骑行俱乐部组织补胎教学，争取让每一位骑友都学会自己补胎。
欢迎转发分享本倡议，让更多骑友知道身边的补胎点。
澛州市自行车运动协会
2025年8月15日
""",
    ),
    dict(
        slug="docshare-xiangyou-gripper-rules-pdf",
        site="享优文档 (invented)",
        style="文档分享",
        genre="规定",
        kind="other",
        form="html",
        source="https://www.xiangyoudoc.com/p/4410298736.html",
        title="鹍阳县第三中学学生体质测试握力项目实施细则",
        record_title="鹍阳县第三中学学生体质测试握力项目实施细则.pdf",
        date="2025-03-03",
        notes="sharing page: file-info box, sign-in points lock, service WeChat; a .pdf file name as the record title; 第N条 articles; 成文日期 under the signature",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8">
<title>鹍阳县第三中学学生体质测试握力项目实施细则.pdf - 享优文档</title>
<script src="//cdn.xiangyoudoc.com/js/view.js"></script>
</head><body>
<div class="hd">⟦m 享优文档 · 好文档一起享⟧ <a>⟦a 上传赚积分⟧</a> <a>⟦a 我的文档⟧</a></div>
<div class="crumb">⟦m 享优文档 ＞ 教育专区 ＞ 中学教育⟧</div>
<div class="fileinfo"><h1>{T}</h1>
<ul><li>⟦m 体积 312KB⟧</li><li>⟦m 页数：2页⟧</li><li>⟦m 分享者：鹍*老师⟧</li><li>⟦m 分享日期：2025-03-11⟧</li></ul></div>
<div class="preview">
{BODY}
</div>
<div class="lock">⟦a 签到满7天可免积分下载本文⟧ <a>⟦a 去签到⟧</a></div>
<div class="svc">⟦w 找不到想要的资料？加享优客服微信 xiangyou_kf08⟧</div>
<div class="more"><h4>⟦l 你可能还想找⟧</h4><p>⟦l 初中体育课堂常规管理细则⟧</p><p>⟦l 国家学生体质健康标准测试流程⟧</p></div>
<div class="ft">⟦d 享优文档所有资料均由用户分享，平台不审核其内容⟧ ⟦m 享优文档 粤ICP备21038846号⟧</div>
</body></html>
""",
        body="""
第一条　为规范学生体质测试中握力项目的组织实施，保证测试数据真实准确，制定本细则。
第二条　握力测试使用学校统一配备的电子握力器，每学期开学前由体育组校准一次，校准记录存档备查。
第三条　测试时学生站立，两脚自然分开，手臂下垂，用有力的一只手全力紧握握力器，测两次，取最大值，记录到0.1公斤。
第四条　测试前须进行不少于五分钟的准备活动。手部有伤病的学生，凭医院证明申请缓测。
第五条　测试成绩由两名体育教师共同签字确认后录入系统，任何人不得擅自修改。
第六条　本细则自印发之日起施行，由学校体育组负责解释。
鹍阳县第三中学
2025年3月3日
""",
    ),
    dict(
        slug="docshare-meiyu-summary-straightener-mix-markers",
        site="美誉文档网 (invented)",
        style="文档分享",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://meiyudoc.cn/doc/6637104.html",
        title="澛州市美容美发职业学校2025年上半年实训室安全检查工作总结",
        record_title="澛州市美容美发职业学校2025年上半年实训室安全检查工作总结（免积分在线看）·美誉文档网",
        date="2025-07-04",
        notes="sharing page as text: page markers cutting sentences, glued to the continuation lines; an upload notice; 成文日期 under the signature",
        page="""
!m 美誉文档网　|　职教资料专区
!m 文档编号 MY6637104　上传于 2025-07-11　3 页
!t 澛州市美容美发职业学校2025年上半年实训室安全检查工作总结（免积分在线看）
!a 在线预览中，完整版请点击“保存到本地”
{BODY}
!d 该文档为网友上传分享，美誉文档网仅作展示，若涉及版权请发邮件至 jubao@meiyudoc.cn
!a 保存到本地　　加入我的文件夹
!l 热门职教文档：实训室“6S”管理制度　｜　学生实习安全告知书
""",
        indent="\u3000\u3000",
        pages=dict(fmt="⨭{n}⨮", every=110, start=2, glue=True),
        body="""
今年上半年，学校坚持每月开展一次实训室安全检查，重点检查美发实训室直板夹、卷发棒、吹风机等电热器具的使用管理。现将有关情况总结如下。
一、检查情况。上半年共检查实训室36间次，发现隐患19处，其中直板夹用后未断电的9处、电源线破损的4处、器具放在可燃物上的6处，均已当场整改。
二、主要做法。一是给每个工位配备耐热垫和定时断电插座；二是实行“谁使用、谁断电、谁签字”的下课检查制度；三是对破损的直板夹一律报废，不再修理使用。
三、下一步打算。下半年将把安全用电纳入技能考核，凡操作中发生安全违规的，技能考核实行一票否决。
澛州市美容美发职业学校
2025年7月4日
""",
    ),
    dict(
        slug="edu-fuhu-notice-chest-strap-attachments",
        site="澛州市茀湖区教育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://jyj.fuhu.gov.cn/tzgg/2025/0908/3170.html",
        title="关于在中小学体育课开展心率带监测试点工作的通知",
        record_title="关于在中小学体育课开展心率带监测试点工作的通知_通知公告_澛州市茀湖区教育局网站",
        date="2025-09-05",
        date_also=["2025-09-08"],
        notes="education portal: 适老/读屏 links, attachment download links beside the document's own 附件 list, the document's contact and mailbox beside a technical-support line; 抄送 line; 文号 line neutral",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8">
<title>关于在中小学体育课开展心率带监测试点工作的通知_通知公告_澛州市茀湖区教育局网站</title>
<script src="/assets/js/access.js"></script>
</head><body>
<div class="top">⟦m 澛州市茀湖区教育局⟧ <a>⟦a 长者浏览⟧</a> <a>⟦a 屏幕朗读⟧</a></div>
<ul class="menu"><li>⟦m 教育要闻⟧</li><li>⟦m 通知公告⟧</li><li>⟦m 招生考试⟧</li><li>⟦m 体卫艺⟧</li></ul>
<div class="pos">⟦m 当前栏目：教育局首页 ＞ 通知公告⟧</div>
<h2>{T}</h2>
<div class="info">⟦m 发布日期：2025-09-08　作者：体卫艺科　阅读：1380⟧</div>
<p class="wh">茀教体〔2025〕19号</p>
<div class="content">
{BODY}
</div>
<div class="attach"><p>⟦a 附件1下载：试点学校名单.docx⟧</p><p>⟦a 附件2下载：课堂心率监测记录表.xlsx⟧</p></div>
<div class="tool">⟦a 打印｜关闭｜返回顶部⟧</div>
<div class="foot">⟦m 网站技术支持：澛州智校信息技术有限公司 0573-89020157⟧<br>⟦m 主办：澛州市茀湖区教育局　浙ICP备09004461号-3⟧</div>
</body></html>
""",
        body="""
各中小学：
为科学把握体育课运动负荷，经研究，决定在部分学校体育课开展心率带监测试点。现将有关事项通知如下。
一、试点学校。鹒园小学、茀湖实验中学等8所学校，名单见附件1。
二、试点内容。试点学校每周选择两节体育课，为随机抽取的10名学生佩戴心率带，记录全课平均心率和运动密度，填写课堂心率监测记录表。
三、工作要求。心率带由区教育局统一配发，学校指定专人保管、消毒和充电；监测数据只用于改进教学，不作为学生成绩依据。
联系人：区教育局体卫艺科 谢芷汀，电话：0573-89021346，邮箱：twyk@fuhu.edu.cn
附件：1．心率带监测试点学校名单
2．体育课堂心率监测记录表
抄送：区卫生健康局。
澛州市茀湖区教育局
2025年9月5日
""",
    ),
    dict(
        slug="edu-kunyang-school-notice-gripper-numbered",
        site="鹍阳县教育信息网 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.kyedu.net.cn/html/xxtz/2025/1014/5562.html",
        title="浘河镇中心小学关于开展学生体质监测周活动的通知",
        record_title="浘河镇中心小学关于开展学生体质监测周活动的通知（体卫艺专栏）-鹍阳县教育信息网",
        date="2025-10-13",
        date_also=["2025-10-14"],
        notes="education site as text: numbered list 1. 2. 3.; a sentence asking parents to scan a code is body; the site's posting date also accepted",
        page="""
!m 鹍阳县教育信息网　　服务师生　服务家长
!m 栏目导航：首页 → 学校动态 → 体卫艺专栏
!t 浘河镇中心小学关于开展学生体质监测周活动的通知（体卫艺专栏）
!m 录入：浘河镇中心小学　　发布：2025-10-14　　点击：508
{BODY}
!a 【收藏此文】【推荐给好友】【打印此文】
!l 相关信息：鹍阳县中小学秋季运动会竞赛规程
!m 本站由鹍阳县教育局主办　技术维护电话：0574-65213309
""",
        indent="\u3000\u3000",
        body="""
各班主任、家长朋友们：
为全面了解学生体质状况，学校定于10月20日至24日开展体质监测周活动。现将有关事项通知如下：
1．监测项目：身高体重、坐位体前屈、50米跑、跳绳和握力。握力项目为今年新增，仅对五、六年级学生测试。
2．测试安排：各班按体育组排定的时间到操场测试，握力器由学校体育组统一提供。
3．家长配合：请家长提醒孩子测试当天穿运动鞋，手部受伤的学生请提前告知班主任。
测试结束后，家长可扫描班级群里的二维码查询孩子的成绩和锻炼建议。
浘河镇中心小学
2025年10月13日
""",
    ),
    dict(
        slug="oa-jinqi-minutes-gloves-vote",
        site="锦骑服饰协同办公平台 (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.jinqi-fs.local/doc/view?id=20251106-0042",
        title="关于冬季骑行手套掌心防滑点脱落问题的质量专题会议纪要",
        record_title="〔纪要·质量部〕关于冬季骑行手套掌心防滑点脱落问题的质量专题会议纪要 - 锦骑协同办公",
        date="2025-11-05",
        notes="OA document view: 流转记录, read count, archive/forward buttons; the 时间/地点/主持/参会/记录 lines of minutes and a vote count; the minutes' 时间 line gives the date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8">
<title>〔纪要·质量部〕关于冬季骑行手套掌心防滑点脱落问题的质量专题会议纪要 - 锦骑协同办公</title>
<script src="/oa/static/doc.js"></script>
</head><body>
<div class="oa-head">⟦m 锦骑协同办公 V6.2⟧　⟦m 当前用户：质量部 彭一苇⟧　<a>⟦a 注销⟧</a></div>
<div class="oa-path">⟦m 公文中心 / 会议纪要 / 质量部⟧</div>
<div class="oa-btns">⟦a 归档　转发　打印　收藏到我的文件⟧</div>
<h2>{T}</h2>
<div class="oa-meta">⟦m 拟稿：孟晚樵　审核：彭一苇　已阅 37 人⟧</div>
<div class="doc">
{BODY}
</div>
<div class="flow"><h4>⟦l 流转记录⟧</h4>
<p>⟦l 11-06 09:12 孟晚樵 提交⟧</p><p>⟦l 11-06 10:40 彭一苇 审核通过⟧</p><p>⟦l 11-06 14:03 总经理办公室 已阅⟧</p></div>
<div class="oa-foot">⟦m 内部资料　请勿外传　技术支持分机 8006⟧</div>
</body></html>
""",
        body="""
时间：2025年11月5日下午2:30
地点：公司三楼质量会议室
主持：彭一苇（质量部经理）
参会：生产部、技术部、采购部、业务部负责人及二车间主任
记录：孟晚樵
会议听取了二车间关于冬季骑行手套掌心硅胶防滑点脱落问题的情况汇报。10月下旬发往澛州经销商的一批手套中，有132双在使用两周后出现防滑点成片脱落，客户要求退换。
经讨论，会议议定以下事项：
一、技术部在一周内完成原因分析，初步判断为新换的硅胶浆料与掌心面料附着力不足。
二、采购部暂停使用该批次硅胶浆料，恢复原供应商供货。
三、业务部负责为客户全部退换，费用由公司承担。
会议对是否将掌心防滑点剥离试验列入每批出厂检验进行了表决，参会7人，同意6人，弃权1人，通过。
""",
    ),
    dict(
        slug="intranet-yunfeng-bulletin-straightener-record",
        site="熨风电器内部信息网 (invented)",
        style="企业内网",
        genre="通报",
        kind="notice",
        form="text",
        source="http://intra.yunfeng-elec.local/news/2025/0612-017.html",
        title="关于直板夹装配线温控器错装问题的通报",
        date="2025-06-12",
        notes="intranet notice as text, the record's title as is; 文号 line neutral; an extension line of the document beside the IT desk's; 成文日期 under the signature",
        page="""
!m 熨风电器内部信息网　|　仅限公司内网访问
!m 首页 > 公司文件 > 品质通报
{T}
熨品〔2025〕8号
!m 发文部门：品质管理部　发布人：车小满　浏览：214
{BODY}
!a 〖我已阅读〗　〖下载原件〗
!m 信息中心服务台：分机 6100
!d 本网信息为公司内部资料，严禁截图外传
""",
        body="""
各车间、各部门：
6月10日，成品检验发现直板夹二号装配线生产的ZB-08型直板夹中，有46台温控器型号错装，最高温度可达245摄氏度，超出设计值25度。经查，原因是领料员将两种外观相似的温控器混放，装配工上线前未核对型号。
为严肃工艺纪律，经公司研究，对二号装配线予以通报批评，扣减当月质量考核分5分。
各车间要立即对在制品和库存品开展全面排查，相似物料一律分区存放、挂牌标识；装配工上线前须核对物料编码，首件由检验员确认后方可批量生产。
如有疑问，请联系品质管理部车小满，分机6218。
澛州熨风电器有限公司品质管理部
2025年6月12日
""",
    ),
]

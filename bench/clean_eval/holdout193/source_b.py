"""holdout193, part B: blogs, WeChat mirrors, document-sharing pages, education portals and intranets.

Invented text throughout (see ../README.md and ../build.py for the markup).
"""

CASES = [
    dict(
        slug="blog-zaotai-essay-bamboo-skimmer-tagcloud",
        site="灶台边的碎碎念 (invented personal blog)",
        style="博客",
        genre="散文",
        kind="other",
        form="html",
        source="https://zaotaibian.blog.cn/2025/01/19/zhuli.html",
        title="外婆的竹笊篱",
        record_title="外婆的竹笊篱 | 灶台边的碎碎念",
        date="2025-01-19",
        notes="blog with tag cloud, archive, comment form; the bracketed post time is the page's date; a like button glued after a paragraph",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<title>外婆的竹笊篱 | 灶台边的碎碎念</title>
<link rel="stylesheet" href="/wp-content/themes/quiet/style.css">
<script src="/wp-includes/js/wp-emoji-release.min.js"></script>
</head>
<body class="single">
<header><div class="site-title">⟦m 灶台边的碎碎念⟧</div><div class="site-desc">⟦m 烟火气里记点小事⟧</div>
<nav><a href="/">⟦m 首页⟧</a> <a href="/about">⟦m 关于我⟧</a> <a href="/guestbook">⟦m 留言板⟧</a></nav></header>
<main>
<article>
<h2 class="entry-title">{T}</h2>
<div class="entry-meta">⟦m [2025-01-19 21:07]　分类：旧物志　｜　阅读 318　｜　评论 4⟧</div>
<div class="entry-content">
{BODY}
</div>
<div class="entry-tags">⟦l 标签：外婆 / 竹编 / 老厨房⟧</div>
<div class="post-nav"><span>⟦l « 腊月里的米花糖⟧</span><span>⟦l 阳台上那盆茉莉 »⟧</span></div>
</article>
<section id="comments">
<h3>⟦l 4 条评论⟧</h3>
<div class="comment">⟦l 雨巷 ：我奶奶也有一把，捞饺子特别好用。⟧</div>
<div class="comment">⟦l 阿苏 ：看哭了，想家了。⟧</div>
<form>⟦l 发表评论　昵称（必填）　邮箱（不公开）　提交评论⟧</form>
</section>
</main>
<aside>
<h4>⟦l 标签云⟧</h4><p>⟦l 旧物志 老厨房 外婆 年味 竹编 搪瓷 腌菜⟧</p>
<h4>⟦l 文章归档⟧</h4><ul><li>⟦l 2025年1月 (3)⟧</li><li>⟦l 2024年12月 (5)⟧</li><li>⟦l 2024年11月 (2)⟧</li></ul>
</aside>
<footer>⟦d 本博文字与图片均为原创，转载请联系作者⟧　⟦m Powered by WordPress · Theme Quiet⟧</footer>
</body>
</html>
""",
        body="""
外婆家的灶台边，常年挂着一把竹笊篱。竹丝编成的网兜像一只张开的手掌，柄是一截磨得发亮的老竹子，握上去温温的。
小时候过年，外婆在大锅里炸酥肉、煮汤圆，都靠这把笊篱捞起来。她捞东西很有讲究，先贴着锅底轻轻一兜，再在锅沿上磕两下，沥干的汤圆一个不破。我踮着脚在旁边等，她总会先捞一个放进我的碗里。⟦a ♡ 喜欢这段⟧
后来家里换了不锈钢漏勺，又轻又好洗，竹笊篱就被收进了柜子。去年整理外婆的旧物，我又翻出了它，竹丝已经发黄，有几处用细铁丝补过，是外公当年的手艺。
我把它带回城里，挂在自己厨房的墙上。不常用，但每次看到，就好像又闻到了那口大锅里的热气。
""",
    ),
    dict(
        slug="blog-fenbihui-teacher-eraser-wrapped-62",
        site="粉笔灰里的日子 (invented teacher's blog, text)",
        style="博客",
        genre="散文",
        kind="other",
        form="text",
        source="http://fenbihui.blogbus.cn/post/20250311.html",
        title="讲台上的那块板擦",
        record_title="讲台上的那块板擦 · 粉笔灰里的日子",
        date=None,
        notes="teacher's blog hard-wrapped at 62 columns; only a relative time; category/tag/count line, prev/next and comments",
        page="""
!m 粉笔灰里的日子
!m 一个乡村数学老师的教书笔记
{T}
!m 樊老师 · 3 天前 · 分类：教书笔记
{BODY}
!l 标签：黑板擦　讲台　学生
!m 阅读(214)　评论(6)　转载(1)
!l ← 上一篇：期中考试后的一次家访
!l → 下一篇：带着孩子们量操场
!l 最新评论：
!l 小河：樊老师，我就是当年轮流擦黑板的那届学生！
!l 木子：板擦的故事好暖。
!a 登录后才能评论哦
""",
        indent="\u3000\u3000",
        wrap=62,
        body="""
我教书二十三年，讲台上的板擦换过很多块。最早是木头把上钉一块绒布，用久了绒布磨秃，擦过的黑板总留着一道道白印；后来学校统一配了海绵板擦，轻了，也擦得干净些。
现在这块是去年换的吸尘板擦，侧面有个小盒子，擦下来的粉笔灰大半被吸进去。刚用时，班上的孩子都抢着擦黑板，说像在开小吸尘器。
我一直让学生轮流擦黑板，不是为了省事。孩子们踮着脚，一下一下把上一节课的内容擦掉，擦得干干净净，再等下一节课的老师写上新的东西。我觉得这里面有一点对知识的敬意，也有一点对别人的体贴。
有个毕业多年的学生回来看我，进门第一句话就是：“老师，那块板擦还在吗？”我笑着指了指讲台。
""",
    ),
    dict(
        slug="wechat-zhuling-pledge-leash-mirror",
        site="公众号文章镜像站「拾阅」 (invented WeChat mirror)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://shiyue.wxmirror.net/s/ZhuLingJieDao/20250603_1",
        title="拴好一根绳 守护邻里情——致辖区养犬居民的倡议书",
        record_title="拴好一根绳 守护邻里情——致辖区养犬居民的倡议书 | 拾阅",
        date="2025-06-03",
        notes=(
            "WeChat-style <section><span> mirror; account line with date; a follow card between paragraphs; the 倡议书 "
            "speaks of 扫码登记 as content; recommend/top buttons and a comment count"
        ),
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>拴好一根绳 守护邻里情——致辖区养犬居民的倡议书 | 拾阅</title>
<script src="/static/mirror.js"></script>
</head>
<body>
<div class="mirror-bar">⟦m 拾阅 · 公众号好文存档⟧　<a href="/">⟦m 返回存档首页⟧</a></div>
<div class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta">⟦m 柷岭街道　埙川柷岭发布　2025年06月03日 19:30　贵州⟧</div>
<div class="rich_media_content" id="js_content">
{BODY}
</div>
<div class="rich_media_tool">⟦m 阅读 2618⟧　⟦a 点亮“推荐”，让更多邻居看到⟧　⟦a 轻触两下回到顶部⟧</div>
<div class="comments">⟦l 留言 · 精选 12 条⟧<p>⟦l 篪声苑业主：支持！楼下天天有狗不拴绳。⟧</p><p>⟦l 张阿姨：已经扫码登记了，社区还送了绳子。⟧</p></div>
</div>
<div class="mirror-foot">⟦d 本页内容转存自微信公众平台，版权归原公众号所有，如需删除请发邮件至 takedown@wxmirror.net⟧</div>
</body>
</html>
""",
        p_html='<section><span style="font-size:15px;line-height:1.75em;">{}</span></section>',
        body="""
辖区广大养犬居民朋友们：
犬只是很多家庭的伙伴，但遛狗不拴绳、犬只随地便溺、深夜吠叫扰民等问题，也让不少邻居心存顾虑。为营造文明和谐的居住环境，柷岭街道向大家发出如下倡议：
一、出门必拴绳。携犬出户时使用牵引绳，进入电梯、楼道主动收短，遇到老人和小孩主动避让。
二、登记要及时。请养犬居民扫描社区公告栏上的二维码，填写犬只和免疫信息，街道将为完成登记的家庭免费发放一根牵引绳。
⟦a 关注“埙川柷岭发布”，第一时间获取街道通知⟧
三、粪便随手清。外出时随身携带清洁袋，做到犬粪不落地。
四、大型犬、烈性犬不入住宅区。已饲养的，请主动到社区说明情况。
文明养犬，从拴好一根绳开始。让我们携起手来，共同守护邻里之间的这份安心。
柷岭街道办事处
2025年6月3日
""",
    ),
    dict(
        slug="wechat-foushan-chashi-teatray-care-text",
        site="公众号文章文字版「转码阅读」 (invented text mirror)",
        style="公众号镜像",
        genre="科普",
        kind="other",
        form="text",
        source="https://zhuanma.wxread.cc/a/foushanchashi/8812041",
        title="茶盘总是发霉开裂？这五招请收好",
        record_title="茶盘总是发霉开裂？这五招请收好｜转码阅读",
        date="2025-04-12",
        notes="text mirror of an account article: account line with the date, a read-aloud prompt, a shop ad line between paragraphs, a like/share row",
        page="""
!m 转码阅读 · 公众号文章文字版
{T}
!m 原创　缶山茶事　2025-04-12 07:58
!a ▶ 听全文（AI朗读 约3分钟）
{BODY}
!a 觉得有用就点个“赞”和“分享”吧
!m 阅读 1904　赞 77
!l 往期推荐：新茶到了，怎么存才不跑味？｜紫砂壶开壶的正确姿势
!d 文字版由转码阅读自动生成，排版可能与原文不同，请以原公众号为准。
""",
        body="""
不少茶友反映，木茶盘用了一两年就发黑、长霉，有的还从中间裂开。其实茶盘是“喝水”的家具，保养得当，十几年都能用。今天就把店里老师傅的经验整理出来，分享给大家。
第一招，用后擦干。每次喝完茶，把盘面积水倒掉，用干茶巾擦一遍，别让茶汤在盘里过夜。
第二招，远离暖气和空调出风口。忽冷忽热、忽干忽湿，是木茶盘开裂的头号原因。
⟦l 【店铺】缶山老茶盘专卖，乌木、竹根、石材现货，进店领券⟧
第三招，定期上油。乌木、花梨等硬木茶盘，每隔两三个月用核桃油薄薄擦一遍，可以防干裂、养包浆。
第四招，储水盒勤清洗。带储水盒的茶盘，盒里的茶渍最容易滋生霉菌，最好每天清空、每周刷洗一次。
第五招，发霉别用洗洁精。用软毛刷蘸淡盐水轻刷霉点，清水冲净后放在阴凉通风处晾干即可。
""",
    ),
    dict(
        slug="docshare-gongxiangku-summary-polish-workshop-docx",
        site="共享库文档 (invented document-sharing viewer)",
        style="文档分享",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://www.gongxiangku.com/view/8a21d0c7e63f.html",
        title="篪溪洁亮日化有限公司2024年鞋油车间安全生产工作总结",
        record_title="篪溪洁亮日化有限公司2024年鞋油车间安全生产工作总结.docx",
        date="2025-01-10",
        notes="file-name record title; sharing viewer with <h1>, file info, a points-download prompt and a copy-protection line between paragraphs; numbered list; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>篪溪洁亮日化有限公司2024年鞋油车间安全生产工作总结.docx - 共享库文档</title>
<script src="/js/viewer.bundle.js"></script>
</head>
<body>
<div class="gx-head">⟦m 共享库文档 gongxiangku.com⟧<a href="/upload">⟦a 上传文档赚积分⟧</a><a href="/vip">⟦a 开通超级会员⟧</a></div>
<div class="gx-crumb">⟦m 共享库 / 企业管理 / 安全生产⟧</div>
<h1 class="doc-title">⟦t 篪溪洁亮日化有限公司2024年鞋油车间安全生产工作总结.docx⟧</h1>
<div class="doc-info">⟦m 文件大小：27.6KB　页数：3页　分享者：安全员小骆　更新时间：2025-02-08⟧</div>
<div class="doc-body">
<h2>{T}</h2>
{BODY}
</div>
<div class="doc-dl">⟦a 本文档需 5 积分下载，积分不足可签到领取⟧</div>
<div class="doc-rel"><b>⟦l 相关文档推荐⟧</b>
<a>⟦l 化工车间年度安全生产工作总结.docx⟧</a>
<a>⟦l 危险化学品仓库管理制度.doc⟧</a>
<a>⟦l 车间班组长安全生产述职报告.docx⟧</a></div>
<div class="gx-foot">⟦d 本站文档由用户分享，如有侵犯您的权益，请点击页面右下角“投诉”处理⟧　⟦m 沪ICP备21035560号⟧</div>
</body>
</html>
""",
        body="""
2024年，鞋油车间在公司安委会的领导下，坚持“安全第一、预防为主”，全年实现零事故、零职业病、零火情，现将工作总结如下。
一、主要工作
1.落实岗位责任。车间与熔蜡、调色、灌装三个班组签订安全责任书，班组长每班开展岗前安全讲话。
2.管好易燃原料。石蜡、松节油等原料全部进入专用库房，实行双人双锁，领用登记做到日清日结。
⟦d 本文档禁止复制，如需使用请下载原文件⟧
3.改造熔蜡工序。将两台明火熔蜡锅更换为电加热恒温锅，并加装温度超限自动断电装置。
4.开展应急演练。全年组织火灾和化学品泄漏应急演练4次，参演职工186人次。
二、存在不足
灌装线局部通风效果不够理想，夏季车间内溶剂气味偏重；个别新员工对防护用品的佩戴要求掌握不牢。
三、明年打算
2025年将完成灌装线通风系统改造，并对全体员工开展一轮职业健康知识培训。
篪溪洁亮日化有限公司鞋油车间
2025年1月10日
""",
    ),
    dict(
        slug="docshare-wendangwu-plan-screwdriver-line-mix-markers",
        site="文档屋 (invented sharing site, text view)",
        style="文档分享",
        genre="方案",
        kind="plan",
        form="text",
        source="https://wendangwu.net/d/5527718.html",
        title="螺丝刀装配线精益改善实施方案",
        record_title="【生产管理】螺丝刀装配线精益改善实施方案（可编辑版）- 文档屋",
        date="2025-02-17",
        notes="sharing text view cut by ⸱n/4⸱ markers, glued or on their own line; numbered steps; a target table; date under the signature",
        page="""
!m 文档屋 — 资料分享与交流
!m 当前：首页 → 生产管理 → 精益生产
!t 【生产管理】螺丝刀装配线精益改善实施方案（可编辑版）
!m 格式：DOCX　页数：4　上传：jingyi_2019　下载：66次
{BODY}
!a 喜欢本文档？点击“保存到我的文档屋”随时查看
!l 你可能还需要：装配车间5S管理方案　｜　生产线平衡率提升方案　｜　班组精益改善提案表
!d 文档屋所有文档均来自网友分享，仅供交流学习。
""",
        pages=dict(fmt="⸱{n}/4⸱", every=140, start=2, glue="mix"),
        body="""
为解决螺丝刀装配线在制品积压、工序不平衡的问题，提高人均产出，结合车间实际，制定本方案。
一、现状
目前装配线共有插杆、压柄、充磁、检验、包装五道工序，12名操作工，日产量约9600支。压柄工序节拍明显慢于其他工序，线边常积压半成品600支以上。
二、改善措施
1.重新测算各工序标准工时，将压柄工序由2个工位增加到3个工位。
2.在充磁和检验工序之间取消中转周转箱，改为滑道直送。
3.推行“一个流”作业，每个工位只保留3支在制品。
三、改善目标
指标　现状　目标
日产量（支）　9600　12000
线边在制品（支）　600　150
四、进度安排
2月下旬完成工位调整，3月份试运行，4月份组织验收。
五金工具事业部装配车间
2025年2月17日
""",
    ),
    dict(
        slug="edu-chixi-notice-eraser-survey-html",
        site="篪溪县教育信息网 (invented education portal)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.chixi.gov.cn/tzgg/202503/t20250326_7712.html",
        title="关于开展中小学教室黑板及板擦配备情况摸底的通知",
        record_title="【通知公告】关于开展中小学教室黑板及板擦配备情况摸底的通知",
        date="2025-03-25",
        date_also=["2025-03-26"],
        notes=(
            "education portal with 大字模式/语音朗读 links; 发布时间 differs from the 成文日期; contact line of the notice "
            "beside the site's technical line; 附件 list; a sentence about downloading and printing the form"
        ),
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>关于开展中小学教室黑板及板擦配备情况摸底的通知-篪溪县教育信息网</title>
<script src="/static/js/tts.js"></script>
</head>
<body>
<div class="top">⟦m 篪溪县教育信息网⟧　<a>⟦a 大字模式⟧</a>　<a>⟦a 语音朗读⟧</a>　<a>⟦a 教师登录⟧</a></div>
<div class="menu">⟦m 首页　教育动态　通知公告　政策法规　招生考试　党建园地⟧</div>
<div class="here">⟦m 当前位置：首页 >> 通知公告⟧</div>
<div class="con">
<h3>{T}</h3>
<p class="info">⟦m 发布时间：2025-03-26 15:02　来源：装备与后勤股　点击：947⟧</p>
<div class="text">
{BODY}
</div>
<p class="print">⟦a [打印本页]　[关闭窗口]⟧</p>
</div>
<div class="side"><h4>⟦l 最新公告⟧</h4>
<p>⟦l 关于做好2025年春季学期校园安全工作的通知⟧</p>
<p>⟦l 篪溪县2025年义务教育招生工作方案⟧</p></div>
<div class="foot">⟦m 主办：篪溪县教育局　地址：篪溪县城关镇文昌路8号⟧<br>⟦m 网站技术支持电话：0855-6621003⟧　⟦m 黔ICP备08001562号⟧</div>
</body>
</html>
""",
        body="""
各乡镇中心学校，县直各中小学：
为做好今年教室教学设备更新工作，县教育局决定对全县中小学教室黑板及板擦配备情况进行一次摸底。现将有关事项通知如下：
一、摸底内容
各学校所有普通教室和功能室的黑板类型、使用年限、破损情况，以及现有板擦的种类、数量和更换周期。
二、工作要求
1.各学校要指定专人逐间教室核对，不得估填、漏填。
2.请从县教育信息网“下载中心”下载附件中的摸底表，填写后打印并加盖学校公章。
3.请于4月7日前将纸质表送县教育局装备与后勤股，电子表发送至邮箱 cxjyzb@163.com。
三、联系方式
联系人：巫晓岚，联系电话：0855-6621047。
附件：1.篪溪县中小学教室黑板及板擦配备情况摸底表
2.填表说明
篪溪县教育局
2025年3月25日
""",
    ),
    dict(
        slug="edu-xunchuan-notice-canteen-skimmer-text",
        site="埙川县教育体育局网站 (invented, text)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://jtj.xunchuan.gov.cn/html/tzgg/2025/0512/3391.html",
        title="关于排查更换学校食堂破损漏勺等手持炊具的通知",
        record_title="关于排查更换学校食堂破损漏勺等手持炊具的通知 - 埙川县教育体育局",
        date="2025-05-12",
        notes="education bureau text page; document number neutral; byline and 成文日期 agree; numbered requirements; contact line and reporting deadline",
        page="""
!m 埙川县教育体育局
!m 网站首页 ＞ 通知公告 ＞ 后勤管理
{T}
埙教体发〔2025〕41号
!m 作者：后勤管理股　发布日期：2025-05-12　阅读：1208
!a 〖放大〗〖缩小〗〖默认〗　〖打印〗
{BODY}
!l 下一条：埙川县2025年学生资助政策宣传月活动方案
!m 版权所有：埙川县教育体育局　网站维护：县教育信息中心
""",
        indent="\u3000\u3000",
        body="""
各中小学、幼儿园：
近期，县市场监管局在餐饮环节检查中发现，个别学校食堂仍在使用焊点开裂、网面破损的漏勺和笊篱，存在金属碎屑混入食物的风险。为保障师生饮食安全，现就有关事项通知如下：
一、各学校要在5月20日前对食堂漏勺、笊篱、汤勺、锅铲等手持炊具开展一次全面排查，发现焊点开裂、网眼变形、手柄松动的，立即停止使用。
二、更换的炊具应当选用食品接触用不锈钢材质，索取合格证明，并做好进货查验记录。
三、食堂负责人每周检查一次手持炊具，检查情况记入食堂日常管理台账。
四、排查情况请于5月23日前报县教育体育局后勤管理股。
联系人：鲁青芷，电话：0857-3318062。
埙川县教育体育局
2025年5月12日
""",
    ),
    dict(
        slug="oa-jingxin-minutes-screwdriver-quality-flow",
        site="精信五金OA协同办公平台 (invented intranet)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.jingxin-tools.com/seeyon/collaboration.do?method=summary&affairId=-4417083920",
        title="螺丝刀事业部2025年第3次质量分析会会议纪要",
        record_date="2025-03-14",
        date="2025-03-14",
        notes="OA document view with 流转记录, read count and approval opinions; minutes' 时间/地点/主持/参会/记录 lines stay in the body; a defect table",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>螺丝刀事业部2025年第3次质量分析会会议纪要</title>
<script src="/seeyon/common/js/ui.js"></script>
</head>
<body>
<div class="oa-top">⟦m 精信五金协同办公平台⟧　⟦m 当前用户：质量部 蔺少川⟧　<a>⟦a 退出⟧</a></div>
<div class="oa-tabs">⟦m 待办事项 | 已办事项 | 公文管理 | 会议管理 | 知识文档⟧</div>
<div class="oa-doc">
<div class="doc-attr">⟦m 文档类型：会议纪要　密级：内部　发起人：蔺少川　发起时间：2025-03-14 17:22⟧</div>
<h2>{T}</h2>
{BODY}
</div>
<div class="oa-flow"><h4>⟦m 流转记录⟧</h4>
<table>
<tr><td>⟦m 蔺少川　发起　2025-03-14 17:22⟧</td></tr>
<tr><td>⟦m 郜文彬（事业部总经理）　审核通过：同意印发。　2025-03-15 09:03⟧</td></tr>
<tr><td>⟦m 系统　分发至：装配车间、热处理车间、采购部、质量部⟧</td></tr>
</table></div>
<div class="oa-read">⟦m 已阅 23 人　未阅 4 人⟧　<a>⟦a 查看阅读情况⟧</a></div>
<div class="oa-op">⟦a 打印　|　转发　|　归档　|　加入常用⟧</div>
<div class="oa-foot">⟦m 精信五金工具有限公司 信息中心　IT服务热线 8006⟧</div>
</body>
</html>
""",
        body="""
时间：2025年3月14日下午2:30
地点：事业部二楼会议室
主持：郜文彬
参会：装配车间、热处理车间、采购部、质量部负责人及相关人员
记录：蔺少川
会议通报了2月份螺丝刀产品质量情况，分析了客户投诉集中的问题，明确了整改措施。纪要如下：
一、2月份质量情况
缺陷类型　件数　占比
刃口崩缺　212　46%
批头打滑　137　30%
手柄松动　111　24%
二、原因分析
刃口崩缺主要是热处理炉温波动，部分批次回火不足；批头打滑与新换供应商的S2钢线材硬度偏低有关；手柄松动为压柄工序胶水用量不稳定所致。
三、整改措施
1.热处理车间每两小时记录一次炉温，3月20日前完成温控仪校准。
2.采购部暂停新供应商线材采购，退回库存不合格材料。
3.装配车间压柄工序改用定量点胶机。
四、下次会议定于4月中旬召开，各责任部门届时汇报整改情况。
""",
    ),
    dict(
        slug="oa-jingming-request-teatray-approval-trail",
        site="缶山景明茶业有限公司内网 (invented, text export)",
        style="企业内网",
        genre="请示",
        kind="request",
        form="text",
        source="http://10.18.0.6/oa/doc/view?id=20250302-0117",
        title="关于采购接待室茶盘及配套茶具的请示",
        record_title="内网审批件-关于采购接待室茶盘及配套茶具的请示",
        date="2025-03-02",
        notes="intranet export with an approval trail whose dates differ from the 请示's date; item table; 妥否，请批示 closing",
        page="""
!m 景明茶业内网 · 审批中心
!m 审批单号：SP-20250302-0117　类型：费用请示　状态：已办结
{T}
{BODY}
!m 审批流程：
!m 1. 行政部 童以宁　提交　2025-03-02 10:15
!m 2. 财务部 郑慧芸　同意，按预算列支。　2025-03-03 09:41
!m 3. 总经理 邬家骏　同意。　2025-03-03 16:20
!a 导出PDF　｜　打印审批单　｜　返回列表
!d 本系统仅限公司内部使用，请勿外传截图
""",
        indent="\u3000\u3000",
        body="""
公司领导：
公司接待室现用的茶盘已使用六年，盘面多处开裂，排水口渗漏，来访客户较多时影响接待形象。结合今年新品推介会的接待需要，行政部拟采购乌木茶盘及配套茶具一批，具体如下：
品名　数量　预算单价（元）　小计（元）
乌木整板茶盘（带储水盒）　2套　1680　3360
盖碗茶具组　4套　260　1040
茶巾、茶夹等配件　1批　300　300
合计4700元，拟在行政办公费中列支。采购时优先选用缶湾乡本地作坊产品，便于后期维修保养。
妥否，请批示。
行政部
2025年3月2日
""",
    ),
]

"""holdout288, part B: blogs, WeChat mirrors, document-sharing pages, education portals, intranets.

Every page, site, place, person, number and URL here is invented; see ../README.md and
../build.py for the markup.
"""

CASES = [
    dict(
        slug="blog-beiyuan-memoir-grandma-pillow-towels",
        site="棓园闲笔 (invented, WordPress-like blog)",
        style="博客",
        genre="散文",
        kind="other",
        form="html",
        source="https://beiyuanxianbi.cn/2024/11/grandma-pillow-towels/",
        title="外婆压箱底的那对枕巾",
        record_title="外婆压箱底的那对枕巾 | 棓园闲笔 · 旧物小记",
        date=None,
        notes="personal blog: calendar widget, tag cloud, archive, comment form; only an update stamp "
        "and a relative time (no date)",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="UTF-8">
<title>外婆压箱底的那对枕巾 | 棓园闲笔 · 旧物小记</title>
<link rel="stylesheet" href="https://beiyuanxianbi.cn/wp-content/themes/inkpaper/style.css">
<script src="https://beiyuanxianbi.cn/wp-includes/js/jquery/jquery.min.js"></script>
</head><body class="single">
<header class="site-header"><p class="site-title">⟦m 棓园闲笔⟧</p><p class="site-description">⟦m 写给旧物，也写给旧人⟧</p>
<nav><a>⟦m 首页⟧</a> <a>⟦m 旧物小记⟧</a> <a>⟦m 读书⟧</a> <a>⟦m 关于⟧</a></nav></header>
<main><article>
<h1 class="entry-title">{T}</h1>
<div class="entry-meta">⟦m 分类：旧物小记　｜　最后更新于 3 天前　｜　阅读 486⟧</div>
<div class="entry-content">
{BODY}
</div>
<footer class="entry-footer">⟦l 标签：外婆 枕巾 樟木箱 刺绣⟧</footer>
<nav class="post-nav"><p>⟦l « 前一篇：老屋门口的石磨⟧</p><p>⟦l 后一篇：父亲的搪瓷缸 »⟧</p></nav>
<section id="comments"><h3>⟦l 已有 7 条留言⟧</h3>
<p>⟦l 青瓦：我家也有一对“花好月圆”，一模一样⟧</p>
<form>⟦a 写下你的留言（邮箱不会公开）　提交留言⟧</form></section>
</article></main>
<aside class="widget-area">
<section>⟦l 十一月 2024　一 二 三 四 五 六 日⟧</section>
<section><h4>⟦l 标签云⟧</h4>⟦l 外婆 旧物 老屋 搪瓷 石磨 针线⟧</section>
<section><h4>⟦l 文章归档⟧</h4><ul><li>⟦l 2024年十一月 (4)⟧</li><li>⟦l 2024年十月 (6)⟧</li></ul></section>
</aside>
<footer class="site-footer">⟦d 本博文字均为原创，转载请私信博主。⟧　⟦m 由 WordPress 驱动 · 主题 Inkpaper⟧</footer>
</body></html>
""",
        body="""
外婆的樟木箱底，一直压着一对枕巾。白色的棉布，四边锁着蓝线，中间绣着一对喜鹊和“花好月圆”四个字。那是她出嫁那年自己绣的，一次也没舍得用。
小时候我生病，外婆才会把其中一条拿出来，铺在我的枕头上。枕巾上有股淡淡的樟木味，我闻着就不哭了。
后来外婆搬来城里和我们一起住，箱子带不走，那对枕巾她却用手帕包着带来了。
外婆走后，妈妈把枕巾交给我。我没有用它，只是每年梅雨季过后拿出来晒一晒，再叠好放回去。喜鹊的颜色已经淡了，可针脚还是那么密。
""",
    ),
    dict(
        slug="blog-teacher-classroom-window-screens-wrapped",
        site="粉笔末里的光阴 (invented)",
        style="博客",
        genre="随笔",
        kind="other",
        form="text",
        source="http://fenbihui.blog.example-cn.net/post/20240612/teacher-screens",
        title="教室的纱窗破了以后",
        date="2024-06-12",
        notes="teacher's blog hard-wrapped at 58 columns; the record's title as is; 发布于 line is the date",
        page="""
!m 粉笔末里的光阴
!m 一个小学班主任的流水账
!m 首页 | 班级日志 | 读书 | 留言板
{T}
!m 发布于 2024-06-12 21:40　|　分类：班级日志　|　围观 213
{BODY}
!l 标签：班主任 纱窗 班会
!l ← 上一篇：六一的气球　　下一篇：期末复习那些事 →
!l 评论（3）
!l 小橙子妈妈：谢谢老师，孩子回家说再也没挨蚊子咬了
!a 发表评论请先登录
!m © 粉笔末里的光阴　本站由 Z-Blog 驱动
""",
        indent="\u3000\u3000",
        wrap=58,
        body="""
入夏以后，教室里的蚊子一天比一天多。我们班在一楼，窗外就是绿化带，上午第三节课一过，孩子们的胳膊上就是一片红包。
我把情况报给了总务处。总务主任来看了一圈，说六扇窗的纱网都是前年换的，破洞多是学生拿笔戳的。听完这话我有点脸红，回到班上开了个短短的班会。
班会上，孩子们自己定了三条规矩：不戳纱网，不扒纱窗，谁发现破洞谁报告。副班长还画了一张“纱窗值日表”，每天由一名同学检查。
一周后，新纱网装上了。上课时再没有孩子挠胳膊，我心里也踏实了许多。
小事里藏着教育，这大概就是班主任的日常。
""",
    ),
    dict(
        slug="wechat-liyuan-pledge-pillow-towel-recycling",
        site="峛源邻里 (invented WeChat account, mirror page)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://wxmirror.example-reader.cn/s/liyuanlinli/20240815_01",
        title="关于开展旧枕巾回收再利用的倡议书",
        record_title=None,
        date="2024-08-14",
        date_also=["2024-08-15"],
        notes="WeChat mirror: no record title (the <h1>); a follow prompt glued before the salutation; "
        "the pledge itself asks readers to follow and share (content); 成文日期 vs account date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>峛源邻里</title>
<link rel="stylesheet" href="https://wxmirror.example-reader.cn/static/rich_media.css">
</head><body id="activity-detail">
<div class="mirror-bar">⟦m 本页为公众号文章的网页存档，排版可能与原文不同⟧</div>
<div class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta_list"><span>⟦m 原创⟧</span> <span>⟦m 峛源邻里　2024-08-15 18:20　堉城⟧</span></div>
<div class="rich_media_content" id="js_content">
{BODY}
</div>
<div class="qr">⟦a 长按识别二维码，进入峛源邻里服务大厅⟧</div>
<div class="tool">⟦l 阅读原文　　阅读 1052　　在看 38　　赞 61⟧</div>
<div class="reward">⟦a 喜欢作者　给社区志愿者加个鸡腿⟧</div>
<div class="cmt"><h4>⟦l 精选留言⟧</h4><p>⟦l 3栋刘阿姨：家里攒了一袋，明天就送过去⟧</p></div>
</div>
<div class="mirror-foot">⟦d 存档页面仅供阅读，版权归原公众号所有，转载请联系原作者。⟧</div>
</body></html>
""",
        p_html='<p style="margin:0 0 12px;line-height:1.75;">{}</p>',
        body="""
⟦a 点上方蓝字“峛源邻里”，社区消息不错过⟧亲爱的居民朋友们：
家里的旧枕巾、旧毛巾，扔了可惜，留着占地方。为倡导绿色生活，社区联合辖区爱心裁缝工作室，开展旧枕巾回收再利用活动，特向大家发出如下倡议：
一、请将洗净晾干的旧枕巾、旧毛巾送到社区服务站一楼的回收箱，每周二、周五上午有志愿者值守。
二、回收的旧枕巾将由裁缝工作室改制成宠物垫和抹布，送给辖区流浪动物救助点和环卫工人休息室。
三、欢迎大家关注“峛源邻里”公众号，把这份倡议分享给身边的邻居。
峛源社区居民委员会
2024年8月14日
""",
    ),
    dict(
        slug="wechat-ziyang-museum-bamboo-ruler-metrology-day",
        site="澬阳县博物馆 (invented WeChat account, text mirror)",
        style="公众号镜像",
        genre="新闻",
        kind="news",
        form="text",
        source="https://mp.example-archive.cn/ziyangbwg/2024/05/20/zhuchi",
        title="从一把竹尺说起：世界计量日里的老量具",
        record_title="从一把竹尺说起：世界计量日里的老量具 | 澬阳县博物馆（公号文字存档）",
        date="2024-05-20",
        notes="WeChat mirror as text: 原创 mark, account line as the page's date, 阅读原文/在看 rows, "
        "a star prompt and a QR line at the bottom",
        page="""
!m 公号文字存档 · 澬阳县博物馆
{T}
!m 原创　澬阳县博物馆　2024年05月20日 09:30　湖南
!a 把“澬阳县博物馆”设为星标，展讯早一步收到
{BODY}
!m 文字：展陈部　图片：典藏部　编辑：谷青
!l 往期回顾：馆藏老秤的故事　｜　一只量米升里的乡村记忆
!l 阅读原文　　分享　　收藏　　在看 52
!a 扫码预约周末讲解，每场限30人
""",
        body="""
5月20日是世界计量日。今天，我们从馆藏的一把竹尺说起。
这把竹尺长33.3厘米，正好是一市尺，是去年汈湾镇一位老木匠捐赠的。尺面刻有十寸，每寸再分十分，刻线用烧红的铁针烫出，至今清晰可辨。
在钢卷尺普及以前，竹尺是乡村最常见的量具。竹子遇潮不易变形，又轻便耐用，木匠、裁缝、篾匠几乎人手一把。老木匠回忆，他的师傅每年都要拿竹尺到供销社的标准尺上比一比，差了就重新刻线。
如今，这把竹尺陈列在本馆二楼“百姓生活”展厅，欢迎大家来馆参观。
""",
    ),
    dict(
        slug="docshare-wendui-request-news-racks-doc",
        site="文兑网 (invented document-sharing site)",
        style="文档分享",
        genre="请示",
        kind="other",
        form="html",
        source="https://www.wendui.net/doc/5518203946.html",
        title="关于为各村农家书屋购置报刊架的请示",
        record_title="关于为各村农家书屋购置报刊架的请示.doc",
        date="2024-03-06",
        notes="sharing reader: upload notice, points lock, a service WeChat beside the request's own "
        "联系人/电话; file-name record title; 成文日期",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>关于为各村农家书屋购置报刊架的请示.doc-文兑网</title>
<link rel="stylesheet" href="/assets/doc-view.css">
</head><body>
<div class="hd"><a href="/" class="logo">⟦m 文兑网⟧</a><span>⟦m 文档互换，知识互通⟧</span><a href="/login">⟦a 登录领积分⟧</a></div>
<div class="crumb">⟦m 文兑网 / 公文写作 / 请示报告⟧</div>
<div class="doc-title"><h1>{T}</h1>
<p>⟦m 分享者：楉田小文　格式：DOC　页数：1　兑换：2积分　评分 4.6⟧</p></div>
<div class="notice">⟦d 文兑网所有文档均由网友分享，平台不对内容负责；发现侵权可提交申诉，核实后下架。⟧</div>
<div class="doc-view">
{BODY}
</div>
<div class="lock">⟦a 积分不足？完成每日签到即可兑换本文档⟧</div>
<div class="svc">⟦w 文档代找、代排版，客服微信：wendui_kf07⟧</div>
<div class="like"><h4>⟦l 同类文档推荐⟧</h4><ul><li>⟦l 关于申请农家书屋图书补充经费的请示⟧</li><li>⟦l 村文化活动室设备购置预算表⟧</li></ul></div>
<div class="ft">⟦m 文兑网 wendui.net　沪ICP备19015572号-2⟧</div>
</body></html>
""",
        body="""
乡人民政府：
我乡十二个村的农家书屋于2012年建成，当时配发的报刊架多为简易铁架，目前已有九个村的报刊架出现锈蚀、断裂，报刊只能堆放在桌面上，群众取阅很不方便。
为改善书屋阅读环境，我站拟为九个村各购置双面木质报刊架一组，每组预算一千八百元，共计一万六千二百元，经费从乡文化专项经费中列支。
以上请示妥否，请批示。
联系人：谭小萸，电话：0743-5512307。
楉田乡综合文化站
2024年3月6日
""",
    ),
    dict(
        slug="docshare-wenpu-summary-pincushion-class-docx",
        site="文谱共享 (invented)",
        style="文档分享",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://wenpu-share.com/d/88020471",
        title="椪桥社区“巧手针插”公益课堂工作总结",
        record_title="椪桥社区“巧手针插”公益课堂工作总结.docx",
        date="2024-11-08",
        notes="sharing page as text: upload notice, rating, a points prompt on a line of its own between "
        "paragraphs; file-name record title; 成文日期",
        page="""
!m 文谱共享 · 让好文档流动起来
!t 椪桥社区“巧手针插”公益课堂工作总结.docx
!m 贡献者：椪桥小邱　大小：26KB　上传时间：2024-11-12　评分：★★★★☆
!d 温馨提示：本文档为网友上传，文谱共享仅提供存储和展示，如有侵权请联系删除。
{T}
{BODY}
!a 完整文档含活动照片6张，兑换后可下载
!l 你可能还需要：社区老年大学年度工作总结　｜　巾帼手工坊活动方案
!m 文谱共享 wenpu-share.com　京ICP备21008864号
""",
        body="""
今年四月至十月，椪桥社区联合辖区老年大学开办“巧手针插”公益课堂，共开课二十四期，参加居民三百一十二人次，现将有关情况总结如下。
一、主要做法。课堂每周六上午开课，由两位退休服装厂老师傅授课，从剪布、缝边到填充、绣花，一节课完成一只针插。社区提供布料和填充物，居民不花一分钱。
⟦a 本页仅预览前半部分，登录后用5积分查看全文⟧
二、取得成效。居民共制作针插六百余只，其中二百只送给了社区独居老人，一百只在端午义卖中售出，所得一千四百元全部用于购买课堂材料。
三、存在不足。参加者以老年人为主，年轻居民参与较少；课堂场地偏小，每期只能容纳十五人。
明年，社区计划开设晚间班，吸引上班族参与。
椪桥社区居民委员会
2024年11月8日
""",
    ),
    dict(
        slug="edu-yunxi-notice-bamboo-ruler-activity-attachments",
        site="篔溪县教育信息网 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.yunxi-xian.edu.cn/jcjy/2024/0923/2207.html",
        title="关于开展“一把竹尺量校园”小学数学实践活动的通知",
        record_title="关于开展“一把竹尺量校园”小学数学实践活动的通知-基础教育股-篔溪县教育信息网",
        date="2024-09-20",
        date_also=["2024-09-23"],
        notes="education portal: 适老 and 读屏 links, attachment download links beside the notice's own "
        "附件 list, its contact and mailbox beside a technical-support line; 下载/打印 as content",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>关于开展“一把竹尺量校园”小学数学实践活动的通知-基础教育股-篔溪县教育信息网</title>
<link rel="stylesheet" href="/css/edu2023.css">
<script src="/js/ariaTool.js"></script>
</head><body>
<div class="top">⟦a 读屏辅助⟧ ⟦a 关怀版⟧ ⟦m 篔溪县教育信息网⟧</div>
<div class="nav">⟦m 首页　教育要闻　通知公告　基础教育　招生考试　教师发展⟧</div>
<div class="pos">⟦m 当前：首页 › 通知公告 › 基础教育股⟧</div>
<div class="art"><h1>{T}</h1>
<div class="src">⟦m 作者：基础教育股　来源：篔溪县教育局　发布时间：2024-09-23　点击数：1307⟧</div>
<div class="art-body">
{BODY}
</div>
<div class="att"><p>⟦a 附件1：测量记录单.docx（点击下载）⟧</p><p>⟦a 附件2：测量小报告评分表.xlsx（点击下载）⟧</p></div>
<div class="prevnext">⟦l 上一条：篔溪县2024年秋季学期开学工作督查情况⟧<br>⟦l 下一条：关于举办全县中小学书法比赛的通知⟧</div></div>
<div class="foot">⟦m 主办：篔溪县教育局　地址：篔溪县城关镇学府路18号⟧<br>⟦m 网站技术支持：0746-3309950（篔溪县教育信息中心）⟧<br>⟦m 湘ICP备10006237号-1⟧</div>
</body></html>
""",
        body="""
各乡镇中心学校、县直各小学：
为落实义务教育数学课程标准中“综合与实践”的要求，县教育局决定在全县小学三年级开展“一把竹尺量校园”数学实践活动。现将有关事项通知如下。
一、活动时间：2024年10月8日至11月15日。
二、活动内容：学生用竹尺测量校园内的物体，记录测量过程，撰写测量小报告。
三、成果报送：各校评选优秀测量报告三份，于11月20日前发送至县教研室邮箱yxjys_sx@yunxi-edu.cn。
请各校下载附件中的测量记录单，按班级打印后发给学生使用。
联系人：覃雨舟，电话：0746-3320518。
附件：1.测量记录单
2.测量小报告评分表
篔溪县教育局
2024年9月20日
""",
    ),
    dict(
        slug="edu-ziyang-school-dorm-screens-wrapped",
        site="澬阳县第一中学 (invented school site)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.zyyz.example-school.cn/zwc/tzgg/1188.html",
        title="关于宿舍楼纱窗集中维修的通知",
        record_title="关于宿舍楼纱窗集中维修的通知_总务处_澬阳一中",
        date="2024-05-09",
        date_also=["2024-05-10"],
        notes="school notice as text, hard-wrapped at 66 columns; 扫码报修 as content; 成文日期 vs posting date",
        page="""
!m 澬阳县第一中学　　厚德　博学　笃行
!m 学校首页 >> 总务处 >> 通知公告
{T}
!m 发布人：总务处　　发布日期：2024-05-10　　浏览：842
{BODY}
!a 打印　|　关闭
!l 上一篇：关于做好汛期校园安全工作的通知
!l 下一篇：2024年春季学期食堂满意度调查结果
!m 版权所有：澬阳县第一中学　地址：澬阳县城北路66号　湘ICP备09021183号
""",
        indent="\u3000\u3000",
        wrap=66,
        body="""
各班主任、住校生：
为做好夏季防蚊工作，学校定于5月13日至5月17日对男、女生宿舍楼纱窗进行集中维修。现将有关事项通知如下。
一、维修期间，请住校生将窗台上的物品收进柜内，不要在窗边晾晒衣物。
二、维修人员进入宿舍时，由宿管员全程陪同，学生上课期间宿舍门由宿管员统一开启。
三、维修结束后，如仍发现纱窗破损，请扫描宿舍门后的报修二维码登记，总务处在两天内处理。
四、请各班主任利用班会课提醒学生爱护纱窗，人为损坏的照价赔偿。
澬阳县第一中学总务处
2024年5月9日
""",
    ),
    dict(
        slug="intranet-laishui-hotel-minutes-pillow-towels",
        site="棶水宾馆协同办公平台 (invented OA)",
        style="企业内网",
        genre="会议纪要",
        kind="other",
        form="html",
        source="http://oa.lsbg.example-intra.cn/doc/view?id=20240619-0042",
        title="关于客房枕巾质量问题的专题会议纪要",
        record_title="〘部门纪要〙关于客房枕巾质量问题的专题会议纪要（内部传阅） - 棶水宾馆协同办公平台",
        date="2024-06-18",
        date_also=["2024-06-19"],
        notes="OA document view: 流转记录, read count, a mark-as-read button; the 时间/地点/主持/参会/记录 "
        "lines of minutes stay in the body; the meeting date vs the OA posting date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>〘部门纪要〙关于客房枕巾质量问题的专题会议纪要（内部传阅） - 棶水宾馆协同办公平台</title>
<link rel="stylesheet" href="/oa/theme/blue/doc.css">
<script src="/oa/js/watermark.js"></script>
</head><body>
<div class="oa-top">⟦m 棶水宾馆协同办公平台⟧ <span>⟦m 当前用户：前厅部 王**⟧</span> <a>⟦a 退出⟧</a></div>
<div class="oa-menu">⟦m 待办事项　已办事项　公文查阅　知识库　通讯录⟧</div>
<div class="oa-path">⟦m 公文查阅 ＞ 部门纪要 ＞ 客房部⟧</div>
<div class="doc"><h2>{T}</h2>
<div class="doc-meta">⟦m 拟稿：阮晓蝉　审核：蔺秋萍　发布：2024-06-19 10:02　已阅 46 人⟧</div>
<div class="doc-body">
{BODY}
</div>
<div class="doc-btn"><button>⟦a ✔ 标记为已阅⟧</button> <button>⟦a 转给同事看⟧</button></div>
<div class="flow"><h4>⟦l 流转记录⟧</h4>
<p>⟦l 2024-06-19 09:40　阮晓蝉　起草⟧</p><p>⟦l 2024-06-19 09:58　蔺秋萍　审核通过⟧</p><p>⟦l 2024-06-19 10:02　系统　分发至各部门⟧</p></div>
</div>
<div class="oa-foot">⟦d 内部资料，严禁截图外传，页面已加水印。⟧　⟦m 信息中心值班：分机 8010⟧</div>
</body></html>
""",
        body="""
时间：2024年6月18日14:30
地点：宾馆三楼小会议室
主持：客房部经理 蔺秋萍
参会：客房部、采购部、洗涤中心负责人及楼层领班
记录：阮晓蝉
会议就近期客人反映枕巾发硬、起球的问题进行了专题研究，纪要如下：
一、洗涤中心反馈，5月新进的一批枕巾克重偏低，洗涤三十次后即出现起球，已封存剩余库存二百四十条。
二、采购部负责与供货方联系退换，并在下一次采购时将枕巾克重写入合同。
三、客房部即日起对在用枕巾进行逐条检查，起球、发黄的一律撤下，不得再铺到客房。
四、洗涤中心调整柔顺剂用量，每周报送一次洗涤记录。
""",
    ),
    dict(
        slug="intranet-garment-rules-pincushion-articles",
        site="织锦服饰内网 (invented)",
        style="企业内网",
        genre="制度",
        kind="other",
        form="text",
        source="http://intra.zhijin-fs.example-intra.cn/zhidu/shengchan/0317",
        title="服装车间针插使用管理规定",
        date=None,
        notes="intranet rules export: 第N条 articles, 扫码领用 as content; no date (effective from 印发); "
        "the record's title as is",
        page="""
!m 织锦服饰 · 员工内网
!m 制度中心 ＞ 生产管理类 ＞ 车间制度
{T}
!m 文件编号：ZJ-SC-017　　版本：A/1　　归口部门：生产部
!m 页面浏览 312 次　　导出人：一车间 张**
!a 下载PDF　收藏到我的制度　意见反馈
{BODY}
!l 相关制度：缝纫设备日常保养规定　｜　车间剪刀领用登记办法
!d 本制度仅限公司内部使用，未经许可不得外传。
!m IT服务台：分机 6600　　织锦服饰信息部维护
""",
        body="""
第一条　为防止缝针遗失、扎伤人员，规范车间针插的使用，制定本规定。
第二条　本规定适用于公司服装一车间、二车间的全体缝制人员。
第三条　每个工位配备磁性针插一个，由班组长扫描工位二维码登记领用，离职或调岗时交回。
第四条　手缝针、大头针用后必须插回针插，不得插在布料、衣领或桌面上。
第五条　每日下班前，缝制人员清点针插上的针数，与上班时登记的数量一致后方可离岗；数量不符的，应立即报告班组长。
第六条　针插损坏的，凭旧针插到车间办公室以旧换新。
第七条　本规定自印发之日起施行。
""",
    ),
]

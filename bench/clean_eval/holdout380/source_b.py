"""holdout380, part B: WeChat mirrors, document-sharing pages, education portals, intranets, Q&A sites.

Invented text (see ../README.md and ../build.py for the markup). Written by hand for this part.
"""

CASES = [
    # 13 ── 公众号镜像 · HTML · whiteboard magnets · hospital account article (title missing)
    dict(
        slug="wechat-haowenge-magnet-swallow-warning",
        site="号文阁（公众号网页存档） (invented)",
        style="公众号镜像",
        genre="科普文章",
        kind="other",
        form="html",
        source="https://www.haowenge.example.com/a/wcfybj/20241022/6f2e91.html",
        title="孩子误吞磁钉，这些表现要警惕",
        record_title=None,
        date="2024-10-22",
        notes="no title in the record: the mirror's <h1>; 原创 badge, a star prompt glued before the first words, "
        "a past-posts link glued after the last sentence, 在看/阅读原文/赞赏 rows, a QR line and the mirror's "
        "archive note; the account line's date is the page's date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>号文阁 - 公众号文章存档</title>
<meta name="description" content="号文阁收录公众号文章，方便检索与回看">
<script async src="https://hm.haowenge.example.com/stat.js"></script>
</head>
<body>
<div class="hw-top">⟦m 号文阁 · 好文章不怕被删⟧ <a href="/">⟦m 回号文阁首页⟧</a> <a href="/rank">⟦m 热文榜⟧</a> <a href="/submit">⟦a 提交公众号⟧</a></div>
<div class="rich_media">
<span class="tag">⟦m 原创⟧</span>
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta">⟦m 暐城妇幼保健　2024-10-22 07:30　发表于暐城⟧</div>
<div class="rich_media_content">
{BODY}
</div>
<p class="ed">⟦m 文字：儿科　韩书雅　｜　排版：宣传科　桑榆⟧</p>
<p class="qr">⟦a 长按识别下方二维码，关注“暐城妇幼保健”⟧</p>
<div class="tool">⟦l 阅读原文　　赞赏作者　　在看 68　　分享给朋友⟧</div>
</div>
<div class="archive-note">⟦d 本页为号文阁自动存档的公众号文章，版权归原公众号所有；原文如已删除，本页仅作留存。⟧</div>
<div class="hw-side"><h4>⟦l 该号其他文章⟧</h4>
<p>⟦l 秋冬季儿童腹泻高发，家长要做好这几点⟧</p>
<p>⟦l 宝宝发烧到多少度需要去医院？⟧</p></div>
<div class="hw-foot">⟦m 号文阁 haowenge.example.com　京ICP备20036615号⟧</div>
</body>
</html>
""",
        body="""
⟦a 点上方蓝色字，设为星标，推送不走丢⟧近日，我院儿科接诊了一名4岁男孩，孩子在家玩耍时吞下了两颗白板磁钉，出现腹痛、呕吐。经X线检查，两颗磁钉隔着肠壁吸在一起，医生通过胃镜将其取出。
儿科主任韩书雅提醒，白板磁钉多为强磁材料，单颗吞下一般可随粪便排出，但两颗以上或同时吞下其他铁制物品，就可能隔着肠壁相互吸引，造成肠穿孔、肠梗阻。
家长发现孩子误吞磁钉后，不要催吐，也不要喂食物，应立即带孩子到医院就诊，并告诉医生吞下的数量和大小。
家中和教室里的磁钉要放在孩子拿不到的地方，购买时尽量选体积较大、带塑料外壳的款式。⟦l 往期回顾：孩子把豆子塞进鼻孔怎么办？⟧
""",
    ),
    # 14 ── 公众号镜像 · text · heated insoles · market-supervision account (account date)
    dict(
        slug="wechat-text-yuyang-scjg-insoles-buying-tips",
        site="悦读存档站（微信文章文本镜像） (invented)",
        style="公众号镜像",
        genre="消费提示",
        kind="other",
        form="text",
        source="https://yuedu-cundang.example.net/mp/yyscjg/20241203-01.txt",
        title="冬季选购电热鞋垫，记住这五点",
        record_title="冬季选购电热鞋垫，记住这五点 ｜ 楀阳市场监管（号内原文留档）",
        date="2024-12-03",
        notes="text mirror of an account article: follow prompt glued before the lead, a numbered list, a "
        "sentence telling readers to 关注 the account as content, a collection tag and the mirror's note",
        page="""
!m 悦读存档站 · 公众号文章文本版
!t 冬季选购电热鞋垫，记住这五点
!m 楀阳市场监管　2024年12月3日 08:30　楀阳
!m 合集：#消费提示 12篇
{BODY}
!a ▼ 觉得有用，点个“在看”再走
!l 阅读原文 ｜ 留言 23 ｜ 赞 97
!d 本文由悦读存档站转存，仅供存档检索，著作权归原公众号所有。
""",
        body="""
⟦a 戳上方“楀阳市场监管”关注我们⟧入冬以来，电热鞋垫成了不少户外工作者和老年人的保暖“神器”。县市场监管局提醒，电热鞋垫属于电器产品，选购和使用时要注意以下几点。
一、看标识。正规产品应标明生产厂名、厂址、额定电压、电池容量和执行标准，内置锂电池的还应有安全认证标志。
二、选低压。优先选择5伏低压供电的产品，不要购买需要直接插市电使用的鞋垫。
三、看温控。有多档温度调节和过热保护功能的产品更安全，糖尿病患者等对温度不敏感的人群应慎用。
四、正确充电。充电时要取出鞋垫，放在不易燃的地方，不要边充边用，更不要整夜充电。
五、留凭证。购买时索要发票或购物凭证，发现质量问题可拨打12315投诉，也可以关注“楀阳市场监管”公众号，在“投诉举报”栏目在线反映。
""",
    ),
    # 15 ── 文档分享 · text · whiteboard magnets · 方案 (markers on lines of their own; file-name title)
    dict(
        slug="docshare-suye-plan-school-magnets-markers",
        site="素页文档 (invented)",
        style="文档分享",
        genre="方案",
        kind="other",
        form="text",
        source="https://www.suyedoc.example.com/d/5517302.html",
        title="樛岭区第二实验小学教室白板磁钉安全管理方案",
        record_title="樛岭区第二实验小学教室白板磁钉安全管理方案.doc",
        date="2024-09-02",
        notes="file-name record title; '❟n❠' markers on lines of their own cut sentences; a numbered list; "
        "成文日期 in Chinese numerals under the signature; the upload stamp is no date",
        page="""
!m 素页文档 ＞ 教育 ＞ 学校管理
!t 樛岭区第二实验小学教室白板磁钉安全管理方案.doc
!m 分享者：樛岭小树苗　　共享于 2024-09-15　　3 页　　48KB
!a 免费预览　｜　原格式下载（需 3 素豆）　｜　加入收藏
{T}
{BODY}
!a 剩余内容已折叠，下载原文档可查看全部
!l 猜你需要：学生安全教育班会教案.doc　｜　教室物品管理制度.doc
!d 温馨提示：本文档由网友共享，素页文档不对内容作任何保证，若有侵权请联系客服。
""",
        indent="\u3000\u3000",
        pages=dict(fmt="❟{n}❠", every=150, start=2),
        body="""
为防止学生误吞、误伤，规范教室白板磁钉的采购、发放和使用，结合我校实际，制定本方案。
一、工作目标
全校42个教学班的白板磁钉全部实行定量配发、专人保管、每日清点，确保全年不发生学生误吞磁钉事件。
二、主要措施
1.统一采购。总务处统一采购直径不小于30毫米、带塑料外壳的磁钉，不得采购直径小于10毫米的强力小磁钉。
2.定量配发。每班配发磁钉20颗，装入带锁扣的收纳盒，由班主任指定一名班干部负责收发。
3.每日清点。放学前由班干部清点数量并登记，发现缺少立即报告班主任查找。
4.安全教育。各班每学期开展一次“小磁钉、大危险”主题班会，低年级同步发放家长告知书。
三、责任分工
德育处负责安全教育，总务处负责采购和检查，各班主任为本班第一责任人。
樛岭区第二实验小学
二〇二四年九月二日
""",
    ),
    # 16 ── 文档分享 · HTML · whiteboard magnets · 请示 (contact beside the site's service WeChat)
    dict(
        slug="docshare-shihe-request-safe-magnets",
        site="拾禾共享文档 (invented)",
        style="文档分享",
        genre="请示",
        kind="other",
        form="html",
        source="https://www.shihedoc.example.cn/share/ab73c0e915.html",
        title="栻川县第三中学关于申请购置安全型白板磁钉的请示",
        record_title="【学校公文】栻川县第三中学关于申请购置安全型白板磁钉的请示（Word原件） - 拾禾共享文档",
        date="2024-03-11",
        notes="sharing page with a file-info box, a sign-in points lock and a service WeChat; the request's own "
        "联系人/电话 beside the site's service line; 成文日期 under the signature; the share stamp is no date",
        page="""
<!doctype html>
<html>
<head>
<meta charset="utf-8">
<title>【学校公文】栻川县第三中学关于申请购置安全型白板磁钉的请示（Word原件） - 拾禾共享文档</title>
<script src="/static/js/shihe.bundle.js"></script>
</head>
<body>
<div class="sh-header"><span class="logo">⟦m 拾禾共享文档⟧</span> <span class="slogan">⟦m 一人上传，众人受益⟧</span> <a>⟦a 账号登录 · 新人注册送禾分⟧</a></div>
<div class="sh-crumb">⟦m 拾禾 / 教育文档 / 学校公文 / 请示报告⟧</div>
<div class="sh-info">
<h1>{T}</h1>
<ul><li>⟦m 文件类型：Word（.docx）⟧</li><li>⟦m 页数：2⟧</li><li>⟦m 共享时间：2024-03-19⟧</li><li>⟦m 浏览 641 ｜ 下载 37⟧</li></ul>
</div>
<div class="sh-view">
{BODY}
</div>
<div class="sh-lock">⟦a 每日签到可领 2 禾分，下载本文档需 4 禾分⟧ <a>⟦a 去签到⟧</a></div>
<div class="sh-rate">⟦l 文档评价：★★★★☆（12人评）⟧</div>
<div class="sh-side">
<h4>⟦l 大家还下载了⟧</h4>
<p>⟦l 关于申请校舍维修经费的请示（中学）⟧</p>
<p>⟦l 学校教学设备采购申请报告范文⟧</p>
</div>
<div class="sh-kf">⟦w 找不到想要的文档？加客服微信 shihe_kefu01 帮你找⟧</div>
<div class="sh-foot">⟦d 文档由用户共享，拾禾仅提供存储与展示，若内容侵权请提交申诉，核实后 24 小时内下架。⟧<br>⟦m 拾禾共享文档 © 2019-2024　鄂ICP备19008817号-1⟧</div>
</body>
</html>
""",
        body="""
县教育局：
我校现有教学班36个，教室白板使用的磁钉多为直径8毫米的小型强磁钉。上学期，初一年级发生1起学生将磁钉含在嘴里的险情，所幸及时发现，未造成伤害。为消除安全隐患，我校拟将全部小型磁钉更换为带塑料外壳的安全型磁钉。
经市场询价，安全型磁钉每颗约1.2元，按每班配备30颗、另备用10%计算，共需1188颗，加上收纳盒36个，预计费用约1800元。
我校公用经费已用于校舍维修，无力承担此项支出，特申请县教育局予以专项补助。
妥否，请批示。
联系人：总务处　翟文涛　电话：0795-7712406
栻川县第三中学
2024年3月11日
""",
    ),
    # 17 ── 教育门户 · HTML · whiteboard magnets · 通知 (附件 beside download links; contact and mailbox)
    dict(
        slug="edu-shichuan-notice-small-teaching-aids",
        site="栻川教育信息网 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://jyj.shichuan.gov.example.cn/tzgg/2024/0904/1187.html",
        title="栻川县教育局关于加强中小学幼儿园白板磁钉等小件教具安全管理的通知",
        record_title="栻川县教育局关于加强中小学幼儿园白板磁钉等小件教具安全管理的通知 - 县局文件 - 栻川教育信息网",
        date="2024-09-03",
        date_also=["2024-09-04"],
        notes="education portal with 长辈版/朗读 links, a 文号 line (neutral), 附件 list beside attachment download "
        "links, a sentence about 扫描 a QR code as content, the bureau's contact and mailbox beside a technical "
        "line; 成文日期 under the signature, the portal's date also accepted",
        page="""
<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<title>栻川县教育局关于加强中小学幼儿园白板磁钉等小件教具安全管理的通知 - 县局文件 - 栻川教育信息网</title>
<script src="/res/js/yjkit.js"></script>
</head>
<body>
<div class="bar">⟦a 长辈版 · 朗读本页 · 高对比度⟧</div>
<div class="head">⟦m 栻川教育信息网 · 栻川县教育局主办⟧</div>
<div class="menu">⟦m 网站首页 教育新闻 县局文件 政策文件 招生考试 办事指南⟧</div>
<div class="where">⟦m 位置：首页 ＞ 县局文件⟧</div>
<div class="doc">
<h2>{T}</h2>
<p class="sub">⟦m 发布时间：2024-09-04　来源：安全办　阅读：1376⟧</p>
<p class="wh">栻教字〔2024〕41号</p>
<div class="txt">
{BODY}
</div>
<div class="att">
<p>⟦a 📎 附件1 致家长的一封信.docx（点击下载）⟧</p>
<p>⟦a 📎 附件2 小件教具安全排查填报二维码.png（点击下载）⟧</p>
</div>
<div class="pn">⟦l 上一篇：关于做好2024年秋季学期开学工作的通知⟧<br>⟦l 下一篇：全县中小学食堂食品安全专项检查安排⟧</div>
</div>
<div class="foot">
<p>⟦m 栻川县教育局　地址：栻川县文昌路9号⟧</p>
<p>⟦m 网站技术支持：0795-7726999（仅受理网站故障）⟧</p>
<p>⟦m 赣ICP备11004706号-2⟧</p>
</div>
</body>
</html>
""",
        body="""
各乡镇中心学校，县直各学校、幼儿园：
近期，外地接连发生幼儿误吞磁钉、纽扣电池等小件物品致伤事件。为切实保障师生安全，现就加强白板磁钉等小件教具安全管理有关事项通知如下。
一、全面排查。各校要对教室、功能室、办公室使用的磁钉、图钉、小磁贴开展一次全面排查，幼儿园和小学低年级教室一律停用直径小于10毫米的强力磁钉。
二、规范管理。磁钉实行班级定量配发，由专人保管、每日清点，严禁学生带回家中玩耍。
三、加强教育。各校要利用班会、家长会开展防误吞安全教育，并将《致家长的一封信》发送到每一位家长。
请各校于9月20日前扫描附件2中的二维码填报排查情况。
附件：1.致家长的一封信
2.小件教具安全排查情况填报二维码
联系人：县教育局安全办　闵春燕，电话：0795-7726031，邮箱：aqb@shichuanedu.example.cn
栻川县教育局
2024年9月3日
""",
    ),
    # 18 ── 教育门户 · text · heated insoles · 紧急通知 (抄送 line)
    dict(
        slug="edu-guoxi-notice-dorm-insole-charging",
        site="漍溪教体网 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://jtj.guoxi.gov.example.cn/html/tzgg/2024-12/3317.html",
        title="关于严禁学生在宿舍为电热鞋垫等电器充电的紧急通知",
        record_title="【冬季校园安全】关于严禁学生在宿舍为电热鞋垫等电器充电的紧急通知 - 漍溪教体网",
        date="2024-12-09",
        date_also=["2024-12-10"],
        notes="a read-screen row, the title repeated glued to the addressee line, a 抄送 line kept; 成文日期 in "
        "Chinese numerals under the signature, the portal's date also accepted; a scan-to-read line at the foot",
        page="""
!m 漍溪教体网　｜　漍溪县教育体育局
!a 读屏模式　｜　字号 ＋ －　｜　打印
!m 当前位置：首页 / 通知公告 / 安全稳定
{T}
!m 发布：局安全股　　日期：2024-12-10　　点击：902
{BODY}
!a 手机扫一扫，在手机上继续阅读本文
!l 相关通知：关于开展寒假前校园安全隐患排查的通知
!m 主办：漍溪县教育体育局　地址：漍溪县滨河路37号　备案号：赣ICP备12008370号
""",
        indent="\u3000\u3000",
        body="""
⟦t 关于严禁学生在宿舍为电热鞋垫等电器充电的紧急通知⟧各寄宿制学校：
12月5日晚，外县一所中学学生宿舍内一副正在充电的电热鞋垫起火，所幸宿管员及时发现扑灭，未造成人员伤亡。为防止类似事故，现就有关事项紧急通知如下。
一、各寄宿制学校要立即开展一次宿舍安全大检查，重点查处学生私自在宿舍为电热鞋垫、暖手宝、充电宝等充电的行为。
二、学校要在宿舍楼一层设置集中充电区，安装带过载保护的充电柜，安排专人值守，学生确需充电的一律到充电区进行。
三、班主任要通过家长群告知家长，不为孩子购买无合格证、无过热保护的电热鞋垫。
各校检查情况于12月16日前报局安全股。
漍溪县教育体育局
二〇二四年十二月九日
抄送：县消防救援大队。
""",
    ),
    # 19 ── 企业内网 · text · electric heating film · 会议纪要 (时间 line, vote count)
    dict(
        slug="intranet-nuantu-minutes-heating-film-safety",
        site="暖途科技协同办公平台 (invented intranet)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://oa.nuantu-tech.example.local/doc/view?id=2024-1011-07",
        title="暐城暖途电热科技有限公司2024年第四季度安全生产例会纪要",
        date="2024-10-11",
        notes="the record's title as is; intranet export with a doc-type line, read counts and a 流转记录 "
        "trail; the 时间/地点/主持/参会/记录 lines and a vote count kept; the meeting's 时间 line gives the date; "
        "export and archive stamps are no dates",
        page="""
!m 暖途科技协同办公平台　›　公文管理　›　会议纪要
!m 文档类型：会议纪要　　密级：内部　　已阅 37 人 / 未阅 5 人
{T}
{BODY}
!a 〔归档〕　〔转发〕　〔导出PDF〕　〔标为已读〕
!l 流转记录：
!l 安环部 温晓蕾 起草 → 副总经理 邵启航 审核 → 行政部 分发
!l 生产部 已阅　质检部 已阅　仓储部 已阅
!m 导出时间：2024-10-15 17:02　导出人：lujia
""",
        body="""
时间：2024年10月11日14:30
地点：公司三楼会议室
主持：副总经理　邵启航
参会：生产部、质检部、仓储部、安环部负责人及班组长共14人
记录：安环部　温晓蕾
会议听取了安环部关于第三季度安全生产情况的汇报，研究了电热膜生产线改造和冬季用电安全工作。纪要如下。
一、会议指出，第三季度电热膜层压线发生1起烫伤事故，暴露出交接班时未断电检修的问题。生产部要在10月20日前完成层压机急停按钮和防护罩改造。
二、会议要求，成品电热膜出厂前必须逐卷进行耐压和绝缘电阻测试，测试记录保存两年，不合格品一律隔离存放。
三、会议审议了《车间临时用电管理办法（修订稿）》，参会人员表决，14人同意，0人反对，0人弃权，办法获得通过，自11月1日起施行。
四、仓储部要做好电热膜卷材的防潮防压，库房温度不得超过40摄氏度。
""",
    ),
    # 20 ── 企业内网 · HTML · voice recorders · 规定 (第N条; no date)
    dict(
        slug="intranet-yuyang-media-recorder-lending-rules",
        site="楀阳县融媒体中心OA (invented intranet)",
        style="企业内网",
        genre="规定",
        kind="other",
        form="html",
        source="http://oa.yyrmt.example.local/gw/zd/detail?id=3307",
        title="楀阳县融媒体中心采访录音设备借用管理规定",
        record_title="〔规章·技术保障部〕楀阳县融媒体中心采访录音设备借用管理规定 - 融媒OA",
        date=None,
        notes="OA document view with its 流转记录, read counts and archive/forward buttons; articles 第一条 … "
        "第七条 speak of a 协同办公平台 and of copying files as content; only an effective clause, no date; "
        "the draft and read stamps are no dates",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〔规章·技术保障部〕楀阳县融媒体中心采访录音设备借用管理规定 - 融媒OA</title>
<script src="/oa/js/seeyon.min.js"></script>
<style>.flow td{padding:2px 8px}</style>
</head>
<body>
<div class="oa-top">⟦m 楀阳县融媒体中心 · 协同办公⟧ <span>⟦m 当前用户：郝静（技术保障部）⟧</span> <a>⟦a 安全退出⟧</a></div>
<div class="oa-menu">⟦m 待办事项 ｜ 公文管理 ｜ 规章制度 ｜ 通讯录 ｜ 个人设置⟧</div>
<div class="oa-doc">
<div class="oa-doc-head">
<h1>{T}</h1>
<p>⟦m 拟稿：技术保障部　拟稿人：郝静　签发：副主任 彭立言⟧</p>
<p>⟦m 阅读 86 次 ｜ 已阅 41 人⟧</p>
</div>
<div class="oa-doc-body">
{BODY}
</div>
<div class="oa-btns">⟦a 〔标记已阅〕〔转发给同事〕〔存入我的文件夹〕〔打印稿纸〕⟧</div>
<table class="flow">
<tr><td>⟦l 流转记录⟧</td></tr>
<tr><td>⟦l 技术保障部 郝静 拟稿 → 办公室 审核 → 副主任 彭立言 签发 → 全体人员 传阅⟧</td></tr>
<tr><td>⟦l 新闻采访部 已阅（23） 编辑制作部 已阅（12） 技术保障部 已阅（6）⟧</td></tr>
</table>
</div>
<div class="oa-foot">⟦d 内部资料，严禁外传；截屏、拍照外发须经办公室同意。⟧ ⟦m 技术支持：信息组 分机 8016⟧</div>
</body>
</html>
""",
        body="""
第一条　为加强采访录音设备管理，保障新闻采访工作顺利开展，制定本规定。
第二条　本规定所称采访录音设备，是指中心配发的录音笔、无线话筒及配套存储卡。
第三条　录音笔由技术保障部统一编号、登记和保管。记者借用时须通过协同办公平台提交申请，写明采访任务和归还时间。
第四条　借用期限一般不超过3天。重大采访任务确需延期的，须经部门负责人同意。
第五条　录音文件属中心工作资料，记者应在归还前导入中心素材库，不得私自拷贝、上传至个人网盘或社交平台。
第六条　设备损坏、遗失的，借用人应及时报告，因个人过失造成损失的照价赔偿。
第七条　本规定由技术保障部负责解释，自印发之日起施行。
""",
    ),
    # 21 ── 问答社区 · HTML · water softeners · Q&A (title missing: the question)
    dict(
        slug="qa-wenxiaoman-softener-salt-how-often",
        site="问小满 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.wenxiaoman.example.com/q/7730215.html",
        title="软水机多久加一次盐？一次加多少合适？",
        record_title=None,
        date=None,
        notes="no title in the record: the question; the adopted answer is the body, the question detail is "
        "left neutral; an adopted-answer badge, a vote bar and more answers; relative times are no dates",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>问小满 - 有问题，问小满</title>
<script src="//s.wenxiaoman.example.com/qa.js"></script>
</head>
<body>
<div class="wx-top"><span>⟦m 问小满⟧</span> <span>⟦m 有问题，问小满⟧</span> <a>⟦a 我要提问⟧</a> <a>⟦a 登录⟧</a></div>
<div class="wx-crumb">⟦m 问小满 › 家居生活 › 家电使用⟧</div>
<div class="question">
<h1>{T}</h1>
<p class="qdesc">我家刚装了一台软水机，安装师傅说要定期加盐，但没说多久加一次，怕加多了浪费，加少了又没效果。</p>
<p class="qmeta">⟦m 匿名用户　提问于 5 天前　｜　1,930 人看过⟧</p>
</div>
<div class="answer best">
<p class="badge">⟦m ✔ 提问者采纳⟧</p>
<p class="who">⟦m 水处理老周　｜　家电维修师傅　｜　回答于 4 天前⟧</p>
<div class="acontent">
{BODY}
</div>
<p class="vote">⟦l 👍 有用 214　　👎 没用 3　　💬 评论 8⟧</p>
</div>
<div class="more">
<h3>⟦l 其他 4 条回答⟧</h3>
<p>⟦l 晴天小雨：我家两个月加一袋，看盐箱里盐快没了就加。⟧</p>
<p>⟦l 用户2291xx：别用食盐！我就是用食盐把树脂堵了。⟧</p>
</div>
<div class="rel"><h4>⟦l 相关问题⟧</h4>
<p>⟦l 软水机排出的水能浇花吗？⟧</p>
<p>⟦l 软水机和净水器有什么区别？⟧</p></div>
<div class="wx-foot">⟦d 回答内容由网友提供，仅供参考，不构成专业建议。⟧ ⟦m © 2024 问小满　沪ICP备22031847号⟧</div>
</body>
</html>
""",
        body="""
这个要看你家的用水量和软水机的型号，没有统一标准，给你说说我的经验。
一般家用软水机盐箱能装25公斤左右的软水盐，三口之家每天用水在一吨上下的话，一个半月到两个月加一次就行。加盐时不要一次加满，盐面保持在水位线以上、盐箱三分之二以下比较合适，加太多容易结块“搭桥”，下面化了上面悬空，机器以为有盐，其实已经吸不上盐水了。
另外一定要用专用的软水盐，也就是颗粒状的高纯度再生盐，别用家里炒菜的食盐，里面的抗结剂会堵树脂。
平时可以每周掀开盖子看一眼，发现盐结成硬块，用木棍轻轻捣碎就好。
""",
    ),
    # 22 ── 问答社区 · text · voice recorders · Q&A (decorated question title)
    dict(
        slug="qa-daanpu-recorder-transcribe-text",
        site="答案铺 (invented Q&A site, text capture)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.daanpu.example.cn/question/551873",
        title="录音笔录的音频怎么转成文字？有没有免费的办法？",
        record_title="录音笔录的音频怎么转成文字？有没有免费的办法？ - 答案铺",
        date=None,
        notes="a numbered answer that speaks of 下载 a player as content; vote line and more answers; "
        "'answered yesterday' is no date",
        page="""
!m 答案铺 — 每个问题都值得一个好答案
!m 首页 › 数码 › 办公设备
{T}
!m 提问者：三棵树　　浏览 4,417　　关注 63
!m 最佳答案　｜　会议记录员阿秋　｜　昨天 21:07
{BODY}
!l 赞同 388　　反对 2　　收藏 140
!l 其他回答（6）
!l 小石头：讯飞类的软件很好用，但要注意别传涉密录音
!a 登录答案铺，写下你的回答
!m 答案铺 daanpu.example.cn　川ICP备21012258号
""",
        body="""
我是做会议记录的，录音笔转文字基本天天用，分享几个办法。
1.用录音笔自带的软件。现在不少录音笔买的时候就送转写服务，在电脑上装好配套软件，把录音文件导进去就能转，普通话识别率挺高。
2.用手机上的办公软件。把音频文件传到手机，用带“语音转文字”功能的办公软件打开，一般每月有几个小时的免费额度。
3.自己边听边打。这个最笨，但最准。可以下载一个能调倍速的播放器，调到0.8倍速，听一句打一句。
需要提醒的是，单位的会议录音别随便传到网上的转写平台，特别是涉及内部事务的，最好用单位指定的离线软件处理。
转出来的文字一定要对照录音再核一遍，人名、数字最容易出错。
""",
    ),
]

"""holdout347, part D: personal collections, Party-building sites, hospitals, universities, county forums. Invented text."""

CASES = [
    dict(
        slug="anthology-pangshouzhuo-memoir-bamboo-high-jump-gb2312",
        site="砚边拾忆·庞守拙文集 (invented, old gb2312 table layout)",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="html",
        source="http://www.yanbianshiyi.net/wenji/juan1/09.htm",
        title="父亲做的竹竿跳高架",
        record_title="父亲做的竹竿跳高架（《墅阁旧忆》卷一之九）— 庞守拙文集",
        date=None,
        notes="retired teacher's collection in an old gb2312 table layout: marquee, volume links, visitor counter, the author's mailbox; a memoir dated only 写于 winter of a year: no date",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>父亲做的竹竿跳高架（《墅阁旧忆》卷一之九）— 庞守拙文集</title>
<style>body{background:#efe8d8}td{font-size:14px;line-height:180%}</style>
<script language="javascript">var hits=106734;</script>
</head>
<body>
<table width="780" align="center" border="0">
<tr><td align="center"><font size="5">⟦m 砚边拾忆 · 庞守拙文集⟧</font></td></tr>
<tr><td><marquee direction="left" scrollamount="2">⟦m 退休教师的一点旧事，写给墅阁的老乡和我的学生们⟧</marquee></td></tr>
<tr><td align="center">⟦m 〖文集首页〗〖墅阁旧忆〗〖教书札记〗〖诗词习作〗〖留言本〗⟧</td></tr>
<tr><td align="center">⟦m 《墅阁旧忆》卷一 · 第九篇⟧</td></tr>
<tr><td align="center"><b>{T}</b></td></tr>
<tr><td>
{BODY}
</td></tr>
<tr><td align="center">⟦l 〈〈 卷一之八：晒谷场上的露天电影⟧　⟦l 卷一之十：外婆的针线笸箩 〉〉⟧</td></tr>
<tr><td align="center">⟦l 回到卷一目录⟧</td></tr>
<tr><td align="center">⟦w 读者来信请寄：pangshouzhuo@yanbianshiyi.net⟧</td></tr>
<tr><td align="center">⟦m 本文集自2009年开办，累计来访 106734 人次⟧</td></tr>
<tr><td align="center">⟦d 文集文字系作者原创，转载请告知作者。⟧</td></tr>
</table>
</body>
</html>
""",
        body="""
我念小学的时候，墅阁村小学没有一样像样的体育器材。操场是晒谷场改的，跳高用的“横杆”是一根麻绳，两头拴着石块，搭在两棵苦楝树的树杈上。
那年秋天，公社要办小学生运动会，学校报了我去比跳高。父亲听说后，从后山砍回两根碗口粗的毛竹，在竹竿上每隔两寸钻一个眼，插上削好的竹钉当横杆托，又在底下埋了半截石磨盘当底座。一副跳高架，他做了整整三个晚上。
横杆是一根晒干的细竹，碰落了也不会摔断。沙坑是父亲和几个叔伯用箩筐从河滩挑来沙子堆起来的。
那次运动会，我跳过了一米一五，拿了第二名，奖品是一个印着红五星的搪瓷缸。父亲没说什么，只是把缸子擦得锃亮，摆在堂屋的条桌上。
如今村小早已并到镇上，那副竹跳高架也不知去向。可每当看到孩子们在塑胶跑道旁跳高，我总会想起父亲在油灯下钻竹眼的样子。
二〇二四年冬写于隆襄
""",
    ),
    dict(
        slug="anthology-jiangyue-essay-old-football-goals-oneline",
        site="江月随笔集 (invented, personal collection, text view)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="http://jiangyue.wenji.cc/suibi/2025-012.html",
        title="操场上那两座旧球门",
        record_title="操场上那两座旧球门 · 《江月随笔》第二辑",
        date=None,
        notes="collection essay with the whole body on one line (paragraphs only separated by their indent); no date",
        page="""
!m 江月随笔集
!m 目录：第一辑 乡土　第二辑 校园　第三辑 行旅
!t 操场上那两座旧球门 · 《江月随笔》第二辑
{T}
!m 江月　著
{BODY}
!l 【上一篇】食堂窗口的那盏灯　【下一篇】毕业照背后的名字
!a 字号：大 / 中 / 小　　背景：白 / 米 / 夜
!d 本站文字均为江月原创，未经许可请勿转载。
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
我教书的第一所学校在殿涌镇，操场东西两头各立着一座铁球门，据说是上世纪八十年代县体委支援的。门框刷过好几遍漆，绿漆底下透着红漆，红漆底下又透着锈。
球网早就没了，孩子们也不在乎。进没进球，全凭守门的那个人说了算，常常为一个球争得面红耳赤，最后由我这个年轻老师来“裁决”。
有一年夏天刮大风，西边那座球门被吹得歪了，横梁斜斜地挂着。校长怕出事，让人用两根木桩把它撑住，一撑就是好几年，孩子们管它叫“拄拐杖的球门”。
前些年回去，操场铺了人造草，两座新球门白得发亮，后面还压着沉甸甸的配重块。我站在场边看了很久，竟有些想念那两座锈迹斑斑的老家伙。
""",
    ),
    dict(
        slug="dangjian-dianyong-speech-village-pitch-goals",
        site="殿涌党建网 (invented, Party-building portal)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.dianyongdj.cn/djyw/2025/0702/2207.html",
        title="在“党建引领·村村有球场”韩寨村足球场交付仪式上的讲话",
        record_title="【党建赋能乡村体育】在“党建引领·村村有球场”韩寨村足球场交付仪式上的讲话_殿涌党建网",
        date="2025-06-28",
        date_also=["2025-07-02"],
        notes="Party portal: study-points prompt, read-on-phone QR line, share row; date under the speech title, page date also accepted; speaker line neutral",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【党建赋能乡村体育】在“党建引领·村村有球场”韩寨村足球场交付仪式上的讲话_殿涌党建网</title>
<script src="/js/dj.js"></script>
</head>
<body>
<div class="dj-head"><span>⟦m 殿涌党建网 · 中共泰屯县殿涌镇委员会主办⟧</span></div>
<ul class="dj-nav"><li>⟦m 首页⟧</li><li>⟦m 党建要闻⟧</li><li>⟦m 支部风采⟧</li><li>⟦m 讲话文稿⟧</li><li>⟦m 学习园地⟧</li></ul>
<div class="dj-loc">⟦m 位置：首页 ＞ 讲话文稿⟧</div>
<div class="dj-art">
<h1>{T}</h1>
<p class="dj-src">⟦m 发布日期：2025-07-02　来源：镇党政办　字数：约900字⟧</p>
<p class="dj-sub">——2025年6月28日</p>
<p class="dj-sub">中共殿涌镇委员会书记　邓云舒</p>
<div class="dj-txt">
{BODY}
</div>
<p class="dj-study">⟦a 阅读满3分钟可计入本月学习积分，请勿中途离开⟧</p>
<p class="dj-qr">⟦a 手机扫码，把这篇讲话带在身边学⟧</p>
<p class="dj-share">⟦l 转发至：学习群 ｜ 支部群 ｜ 朋友圈⟧</p>
</div>
<div class="dj-side"><h4>⟦l 支部风采速览⟧</h4><p>⟦l 韩寨村党支部：党员突击队平整球场纪实⟧</p><p>⟦l 墅阁村党支部开展“周末球场夜”活动⟧</p></div>
<div class="dj-foot"><p>⟦m 殿涌党建网 版权所有　琼ICP备17005526号-2⟧</p><p>⟦m 联系电话：0896-7733012⟧</p></div>
</body>
</html>
""",
        body="""
同志们、乡亲们：
今天，韩寨村足球场正式交付使用了。这块球场是镇党委“党建引领·村村有球场”行动建成的第四块村级球场，也是村党支部带领党员群众出工出力、共建共管的成果。
球场选址在原村小学旧址，面积3200平方米，铺设了人造草坪，安装了两副七人制足球门和夜间照明。建设过程中，村里17名党员组成突击队，义务投工四百多个，为村集体节省资金6万余元。
借此机会，我讲三点意见。一要管好用好。村党支部要明确专人管护，每周检查足球门配重和地锚，发现松动及时加固，绝不能让好事变成隐患。二要办出特色。要依托球场组织村级联赛、周末亲子足球，让球场成为凝聚人心的新阵地。三要长效运营。球场要向周边村和学校开放，探索由村集体统一管理、群众自愿参与的长效机制。
同志们，一块球场连着民心。希望韩寨村以球场交付为新起点，把党建引领乡村振兴的文章做得更实！
""",
    ),
    dict(
        slug="dangjian-xianjiao-summary-marathon-water-station",
        site="宪郊先锋网 (invented, Party-building portal, text view)",
        style="党建网",
        genre="总结",
        kind="summary",
        form="text",
        source="https://www.xjxianfeng.org.cn/zyfw/20251105/6617.html",
        title="宪郊区机关党员志愿服务队2025隆襄半程马拉松补给服务工作总结",
        record_title="宪郊区机关党员志愿服务队2025隆襄半程马拉松补给服务工作总结 - 志愿服务 - 宪郊先锋网",
        date="2025-11-03",
        date_also=["2025-11-05"],
        notes="Party portal text view: a study-points prompt between paragraphs, a collect link glued after a sentence; 关注 and 扫码 as content; 成文日期 expected, posting date also",
        page="""
!m 宪郊先锋网　党建引领 · 志愿同行
!m 首页 » 志愿服务 » 活动总结
{T}
!m 发布时间：2025-11-05　来源：区直机关工委　浏览：382
!a 〔我要评论〕〔打印全文〕〔关闭〕
{BODY}
!l 相关阅读：区直机关“我为群众办实事”志愿服务月启动
!m 主办：中共隆襄市宪郊区委组织部　技术支持：宪郊区融媒体中心
""",
        indent="\u3000\u3000",
        body="""
10月26日，区直机关党员志愿服务队56名队员参与了2025隆襄半程马拉松第二续水区的保障工作。现将有关情况总结如下。
一、精心准备。赛前，服务队组织两次专题培训，学习续水操作、应急处置和文明引导要求；按照组委会安排，提前一天完成续水台、大桶直饮水和应急纸杯的摆放。
二、高效服务。比赛当天，队员分成四组轮班，为4000余名选手的运动水壶续水，平均每人续水用时不到20秒，未发生拥堵和漏水事故。⟦a 收藏本文到“我的学习”⟧
⟦a 本文计入党员学习积分，读完请点“已学”⟧
三、倡导环保。队员们在续水区向选手宣传“自带水壶、少用瓶装水”，引导近500名市民扫码关注“隆襄跑协”公众号，了解赛事环保倡议。
四、存在不足。部分队员对吸管式水壶的开合方式不熟悉，续水速度偏慢；下一步将在培训中增加实物演练。
宪郊区机关党员志愿服务队
2025年11月3日
""",
    ),
    dict(
        slug="hospital-longxiang-second-gastro-water-bottle-hygiene",
        site="隆襄市第二人民医院 (invented)",
        style="医院官网",
        genre="科普文章",
        kind="other",
        form="html",
        source="https://www.lxsey.com/kepu/xiaohua/2025/0715/1930.html",
        title="运动水壶不勤洗，小心喝出肠胃炎",
        record_title="【消化内科·夏季科普】运动水壶不勤洗，小心喝出肠胃炎 - 健康科普 - 隆襄市第二人民医院",
        date="2025-07-15",
        notes="hospital page: booking float, 24-hour line, experts list; the department's own 咨询电话 in the body beside the hospital's booking and emergency lines; 发布时间 byline is the date; a numbered list",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【消化内科·夏季科普】运动水壶不勤洗，小心喝出肠胃炎 - 健康科普 - 隆襄市第二人民医院</title>
<script src="/static/js/hospital.js"></script>
</head>
<body>
<div class="hp-top"><span>⟦m 隆襄市第二人民医院 · 三级甲等综合医院⟧</span> <span>⟦m 预约挂号：0731-85550120　急救：0731-85550999（24小时）⟧</span></div>
<nav><a>⟦m 医院概况⟧</a> <a>⟦m 科室导航⟧</a> <a>⟦m 专家介绍⟧</a> <a>⟦m 健康科普⟧</a> <a>⟦m 就医指南⟧</a></nav>
<div class="hp-crumb">⟦m 首页 > 健康科普 > 消化内科⟧</div>
<div class="hp-art">
<h1>{T}</h1>
<p class="hp-meta">⟦m 发布时间：2025-07-15　作者：消化内科 车晓燕　审核：宣传科⟧</p>
<div class="hp-body">
{BODY}
</div>
<p class="hp-disc">⟦d 本文仅作健康知识普及，不能代替医生面诊，身体不适请及时就医。⟧</p>
</div>
<aside><h3>⟦l 消化内科专家⟧</h3><p>⟦l 倪建华　主任医师　周一、周四上午⟧</p><p>⟦l 车晓燕　副主任医师　周二全天⟧</p></aside>
<div class="hp-float">⟦a 在线预约 · 诊间支付 · 报告查询⟧</div>
<footer><p>⟦m 地址：隆襄市宪郊区泰和路203号　邮编 410219⟧</p><p>⟦m 湘ICP备09011842号-1　© 隆襄市第二人民医院⟧</p></footer>
</body>
</html>
""",
        body="""
入夏以来，消化内科门诊接诊了不少腹痛、腹泻的年轻患者，追问病史，有几位都提到自己的运动水壶“好久没认真洗过”。
运动水壶装的多是白开水或运动饮料，看上去干净，但吸嘴、吸管和密封圈的缝隙里很容易残留糖分和唾液。夏季气温高，细菌繁殖快，一两天不洗，壶内就可能形成肉眼看不见的生物膜。
医生建议：
1.每天用完后清洗，吸管、吸嘴、密封圈要拆下来分别刷洗；
2.装过运动饮料、果汁的水壶，当天必须用温水加洗洁精彻底清洗；
3.洗净后开盖倒置晾干，不要带着水汽直接拧紧盖子；
4.壶内出现异味、黑点或霉斑时，应及时更换。
如出现持续腹泻、发热等症状，请及时到消化内科就诊。消化内科咨询电话：0731-85550468（工作日8:00—17:30）。
""",
    ),
    dict(
        slug="hospital-taitun-rehab-tennis-elbow-screening",
        site="泰屯县人民医院 (invented, text view)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.ttxrmyy.com/news/tzgg/2025/0410/887.html",
        title="康复医学科关于开展“网球肘”免费筛查活动的通知",
        date="2025-04-10",
        notes="record title as is; the department's own 内线 and 联系人 beside the hospital's switchboard and complaint line; 成文日期",
        page="""
!m 泰屯县人民医院　仁心仁术 泰和百姓
!m 总机：0896-7718120　投诉电话：0896-7718001
!m 当前位置：首页 > 新闻中心 > 通知公告
{T}
!m 发布者：康复医学科　时间：2025-04-10　阅读：219
!a 【放大】【缩小】【打印】
{BODY}
!l 上一条：关于调整周末门诊时间的通知
!l 下一条：2025年“世界卫生日”义诊活动圆满结束
!m 泰屯县人民医院信息科 维护　琼ICP备13001772号
""",
        indent="\u3000\u3000",
        body="""
“网球肘”即肱骨外上髁炎，并不只发生在打网球的人身上，长期使用球拍、鼠标、锅铲的人群都容易出现肘部外侧疼痛。为帮助群众早发现、早干预，我科定于4月19日开展“网球肘”免费筛查活动。现将有关事项通知如下：
一、活动时间：2025年4月19日（星期六）上午8:30—11:30。
二、活动地点：门诊楼三楼康复医学科治疗大厅。
三、筛查内容：肘部压痛及抗阻试验检查、肌骨超声初筛、球拍握法和挥拍动作指导。请经常打网球、羽毛球的群众携带自己的球拍到场，治疗师将现场查看握柄尺寸是否合适。
四、其他事项：筛查免挂号费，每人限一次；如需进一步治疗，按常规流程挂号就诊。
联系人：殷护士长，科室内线：8327。
泰屯县人民医院康复医学科
2025年4月10日
""",
    ),
    dict(
        slug="college-longxiang-pe-students-refit-high-jump-stands",
        site="隆襄师范高等专科学校 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.lxsz.edu.cn/info/1033/8214.htm",
        title="体育系学生为附属小学改装三副跳高架",
        record_title=None,
        date="2025-12-04",
        notes="college news page: title missing from the record, found in the <h1>; a dotted date in the meta line is the page's date; campus-photos link on its own line; a photo caption",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>学院新闻-隆襄师范高等专科学校</title>
<script src="/_js/jquery.js"></script>
</head>
<body>
<div class="sz-head"><span>⟦m 隆襄师范高等专科学校 · 学高为师 身正为范⟧</span> <a>⟦a 信息门户⟧</a> <a>⟦a 图书馆⟧</a> <a>⟦a 英文版⟧</a></div>
<ul class="sz-nav"><li>⟦m 学校概况⟧</li><li>⟦m 院系设置⟧</li><li>⟦m 教育教学⟧</li><li>⟦m 招生就业⟧</li><li>⟦m 校园文化⟧</li></ul>
<div class="sz-crumb">⟦m 首页 ＞＞ 学院新闻 ＞＞ 正文⟧</div>
<div class="sz-art">
<h1>{T}</h1>
<div class="sz-info">⟦m 2025.12.04　作者：体育系 郑嘉禾　摄影：谭一鸣　点击数：⟧<span>⟦m 1167⟧</span></div>
<div class="sz-body">
{BODY}
</div>
<div class="sz-edit">⟦m （编辑：宣传部 殷可　审核：汪立群）⟧</div>
</div>
<div class="sz-side"><h4>⟦l 近期要闻⟧</h4><p>⟦l 学校举行第二十二届田径运动会⟧</p><p>⟦l 体育系与三所小学签订共建协议⟧</p></div>
<div class="sz-foot"><p>⟦m 地址：隆襄市宪郊区师苑路1号　邮编：410231⟧</p><p>⟦m 隆襄师范高等专科学校 版权所有　湘ICP备05009312号⟧</p></div>
</body>
</html>
""",
        body="""
12月3日下午，体育系“器材维修志愿服务队”的15名学生来到学校附属小学，为该校改装完成的三副跳高架举行了交接。
附属小学原有的三副跳高架是老式铁架，横杆托只能按5厘米调整，底座也容易晃动。今年10月起，志愿服务队利用课余时间，在老师指导下拆下旧立柱，重新打孔、加装刻度尺和可调节横杆托，并在底座焊接了加宽支脚。
⟦m 图为体育系学生在附属小学调试改装后的跳高架。谭一鸣 摄⟧
“现在可以按1厘米调节高度了，低年级孩子也能从很低的高度开始练。”附属小学体育教师殷晓梅说。
⟦l 点击查看更多校园图片⟧
体育系负责人表示，服务队今后将每学期到附属小学和周边学校开展一次器材义务检修。
""",
    ),
    dict(
        slug="college-taitun-vocational-racket-lending-notice",
        site="泰屯职业技术学院体育教学部 (invented, text view)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://tyb.ttzy.edu.cn/tzgg/2025/0908/314.html",
        title="体育教学部关于网球选项课球拍借用的通知",
        record_title="体育教学部关于网球选项课球拍借用的通知-体育教学部-泰屯职业技术学院",
        record_date="2025-09-08",
        date="2025-09-08",
        notes="record date; department column in the record title; the notice's own 联系人 and office phone; 扫码 as content",
        page="""
!m 泰屯职业技术学院　体育教学部
!m 首页 / 通知公告 / 正文
{T}
!m 发布人：tyb_admin　日期：2025年09月08日　浏览次数：640
{BODY}
!a 〖关闭〗〖返回列表〗
!l 相关通知：2025—2026学年第一学期体育选项课安排表
!m Copyright © 泰屯职业技术学院体育教学部　地址：泰屯县职教园区4号
""",
        indent="\u3000\u3000",
        gap=True,
        body="""
各位选修网球课的同学：
本学期网球选项课开课在即，为解决部分同学没有球拍的问题，体育教学部为每个教学班准备了20支训练球拍。现将借用事项通知如下：
一、借用时间：每次课前15分钟，在网球场器材室凭校园卡借用，下课后当场归还。
二、借用规则：球拍一人一支，不得转借；请勿用球拍击打地面、围网或坐压球拍；拍线断裂或拍框破损的，应如实告知器材管理员。
三、损坏赔偿：因人为原因造成拍框断裂的，按球拍原价的50%赔偿；正常使用造成的断线，不需赔偿。
四、需要长期借用的同学，可扫描器材室门口的二维码登记，每学期限20人。
联系人：汪老师，办公室电话：0896-7751308。
体育教学部
2025年9月8日
""",
    ),
    dict(
        slug="countyforum-taitun-toppled-goal-jammer",
        site="泰屯在线·百姓论坛 (invented, county forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.taituncn.com/forum.php?mod=viewthread&tid=402218",
        title="城北公园那个足球门又倒了，啥时候能固定一下？",
        record_title=None,
        date=None,
        notes="county forum: title missing from the record, found as the thread subject; weather line, medals, jammer fonts, decoration ad, forward-to-department link; no date (发表于 5 小时前)",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="gbk">
<title>泰屯在线·百姓论坛 - 民生热线</title>
<style>font.jammer{display:none}</style>
<script src="/static/js/forum.js"></script>
</head>
<body>
<div class="tz-top">⟦m 泰屯在线 · 百姓论坛⟧ ⟦m 今日泰屯：多云 14～23℃ 东南风2级⟧ <a>⟦a 登录⟧</a> <a>⟦a 注册⟧</a></div>
<div class="tz-pt">⟦m 百姓论坛 › 民生热线 › 帖子⟧</div>
<table class="tz-post"><tr>
<td class="tz-user"><p>⟦m 城北老居民⟧</p><p>⟦m 勋章：热心网友 · 随手拍达人⟧</p></td>
<td class="tz-main">
<h1>{T}</h1>
<p class="tz-time">⟦m 发表于 5 小时前 ｜ 查看 3260 ｜ 回复 48⟧</p>
<div class="tz-msg">
{BODY}
</div>
<p class="tz-zj"><a>⟦a 【一键转交县住建局】⟧</a></p>
<p class="tz-act">⟦a 顶 ｜ 收藏 ｜ 分享到朋友圈 ｜ 举报⟧</p>
</td></tr></table>
<div class="tz-ad">⟦w 泰屯装修找阁涌家装，免费量房 QQ 3306217795⟧</div>
<div class="tz-reply"><p>⟦l 1# 东门阿华：上个月也倒过一次，幸好没人⟧</p><p>⟦l 2# 屯河边：已转给12345了，坐等回复⟧</p></div>
<div class="tz-foot">⟦m 泰屯在线 版权所有　琼ICP备14003309号⟧</div>
</body>
</html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=2),
        body="""
今天下午带孩子去城北公园踢球，西边草坪上那个移动足球门又倒在地上了，横梁砸进草皮里好几公分。幸亏当时旁边没有小孩，不然后果不敢想。
这已经是我见到的第三次了。这个球门底下没有压任何东西，也没打地钉，风一大或者有孩子吊在上面就会翻。公园里每天傍晚都有十几个孩子在那里踢球。
建议管理部门：一是尽快给球门加配重或者打地锚；二是在球门上贴个“禁止攀爬”的提示牌；三是不用的时候放倒或者锁起来。
希望有关部门看到能尽快处理，孩子的安全不是小事。
""",
    ),
    dict(
        slug="countyforum-changlong-lost-passport-holder-junk",
        site="昌陇生活网论坛 (invented, county forum, text view)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="http://bbs.changlonglife.com/thread-55120-1-1.html",
        title="昌陇客运站捡到一个护照夹，内有护照一本，失主速来认领",
        record_title="〈寻失主〉昌陇客运站捡到一个护照夹，内有护照一本，失主速来认领（速转）- 便民信息 - 昌陇生活网论坛",
        date=None,
        notes="county forum as text with junk lines and glued junk; the poster's own contact in the body beside a forum ad; 发表于 昨天 is no date",
        page="""
!m 昌陇生活网论坛　便民信息
!m 论坛首页 › 便民信息 › 失物招领
!t 〈寻失主〉昌陇客运站捡到一个护照夹，内有护照一本，失主速来认领（速转）- 便民信息 - 昌陇生活网论坛
!m 楼主：陇上清风　发表于 昨天 19:52　查看 908　回复 12
{BODY}
!a 支持　反对　｜　转发到本地群
!l 1楼 昌陇跑腿小哥：已帮转，好人一生平安
!l 2楼 清水河：这么重要的东西，失主肯定急坏了
!w 本地广告：昌陇搬家拉货，价格实惠 电话 139 7410 2268
!m 昌陇生活网 版权所有　陇ICP备16002201号
""",
        junk=dict(lines=1, glued=2),
        body="""
今天下午四点多，我在昌陇汽车客运站二楼候车室的座椅上捡到一个深蓝色护照夹，里面有一本护照和两张登机牌存根，还有一张写着英文地址的卡片。
护照上的照片是一位五十岁左右的女士，为了保护隐私就不公开姓名了。我已经把护照夹交给了客运站服务台，并登记了我的联系方式。
请失主或知情人看到后，带上身份证到客运站二楼服务台认领，也可以先打服务台电话0897-6230126确认。麻烦大家帮忙转发一下，出国的证件丢了真的很着急。
""",
    ),
]

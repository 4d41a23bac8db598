"""holdout322, part C: Q&A sites, personal collections, Party sites, hospitals, universities.

Invented text, written by hand; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="zhilin-qa-office-chair-cushion-question-title",
        site="知邻问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.zhilinwenda.com/q/7740219.html",
        title="办公椅垫坐久了闷热，选什么材质好？",
        record_title=None,
        date=None,
        notes="no title in the record: the question is the title; the adopted answer is the body; the "
        "question's detail line is neutral; vote row, more answers; '3 days ago' is no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>办公椅垫坐久了闷热，选什么材质好？ - 知邻问答</title>
<script src="/static/qa.bundle.js" defer></script>
</head><body>
<div class="header"><a class="logo">⟦m 知邻问答⟧</a><span>⟦m 有问题，问问身边懂行的人⟧</span><input placeholder="搜索你感兴趣的问题"><a>⟦a 我要提问⟧</a></div>
<div class="crumbs">⟦m 知邻问答 > 家居日用 > 办公用品⟧</div>
<div class="question"><h1>{T}</h1>
<p>公司椅子上的海绵垫夏天坐着特别闷，想自己换一个，大家有推荐吗？</p>
<p class="qmeta">⟦m 提问者：打工人小罗　浏览 3,906 次　关注 41⟧</p>
<a class="btn">⟦a 我来回答⟧</a></div>
<div class="best"><div class="badge">⟦m ✔ 提问者采纳⟧</div>
<div class="author">⟦m 坐班老刘　采纳率 92%　回答于 3 天前⟧</div>
<div class="answer-body">
{BODY}
</div>
<div class="vote">⟦a 有帮助(318)　没帮助(4)　评论(21)⟧</div></div>
<div class="others"><h3>⟦l 其他 6 个回答⟧</h3>
<p>⟦l 椅垫控阿然：凝胶的真的凉快，就是有点重⟧</p>
<p>⟦l 不想上班：夏天直接换藤编，十几块钱⟧</p></div>
<div class="side"><h4>⟦l 相似问题⟧</h4><ul><li>⟦l 久坐腰疼，椅子上加个腰靠有用吗？⟧</li><li>⟦l 记忆棉坐垫塌了还能恢复吗？⟧</li></ul></div>
<div class="footer">⟦m 知邻问答 zhilinwenda.com　京ICP备22017364号⟧　⟦d 回答仅代表网友个人观点，仅供参考⟧</div>
</body></html>
""",
        body="""
我在办公室坐了十几年，椅垫前后换过五六个，说说体会。
1.夏天最闷的是海绵加绒布的，坐半小时屁股就出汗，不推荐。
2.冰丝或藤编的凉垫透气最好，但冬天偏凉，适合空调开得不足的办公室。
3.蜂窝凝胶椅垫散热不错，也不容易塌，价格贵一些，一百元左右能买到不错的。
4.记忆棉的坐感最软，但一定要选带透气孔、外套能拆洗的。
另外，椅垫再好也替代不了起身活动，每坐四十分钟最好站起来走几步，对腰椎也好。
""",
    ),
    dict(
        slug="wushi-qa-bathroom-switch-waterproof-cover",
        site="屋事问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.wushiwenda.com/question/52011873",
        title="卫生间的开关有必要装防水盖吗？",
        record_title="卫生间的开关有必要装防水盖吗？ - 屋事问答",
        date=None,
        notes="Q&A: decorated record title; the top answer is the body; 'edited yesterday' and '2 days ago' are "
        "no dates; a disclaimer and more answers below",
        page="""
!m 屋事问答 — 装修路上不孤单
!m 问答首页 > 水电改造 > 卫生间
!t 卫生间的开关有必要装防水盖吗？
!m 提问者：新房小白　｜　浏览 4,512 次　｜　2 天前
!a 关注此问　邀请师傅回答　我也来答
!m 高赞回答 · 水电师傅阿凯 · 认证电工 · 编辑于 昨天
{BODY}
!a 赞同 672　　反对　　评论 38　　收藏　　分享
!l 更多回答（14）
!l 装修监理小温：预算够的话，防溅盒比翻盖更保险
!d 回答内容仅代表作者观点，涉及用电安全请咨询持证电工
!m 屋事问答 wushiwenda.com　沪ICP备20041731号
""",
        body="""
有必要，尤其是离淋浴区比较近的开关和插座。
卫生间洗澡时水汽大，水蒸气会在开关内部凝结，时间长了容易造成接触不良、漏电，甚至面板发黑。防水开关盖是一个带翻盖的透明罩子，装在面板外面，平时盖着，用的时候翻开，几块钱一个，自己拧两颗螺丝就能装好。
选的时候注意三点：一是看防护等级，至少IP44；二是翻盖要有回弹，能自己合上；三是尺寸要和面板对得上，国内常见的是86型。
如果开关离淋浴头不到60厘米，光装盖子还不够，最好请电工把开关移到更远的位置。
""",
    ),
    dict(
        slug="yanjiao-collection-memoir-grandma-egg-trays-oldtable",
        site="檐角札记 (invented personal site, old table layout)",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="html",
        source="http://www.yanjiao-zhaji.net/wen/014.htm",
        title="外婆攒的蛋托",
        record_title="《檐角札记》第十四篇·外婆攒的蛋托",
        date=None,
        notes="a retired teacher's collection in an old gb2312 table layout: 繁體/简体 links, chapter links, "
        "a visitor counter, the author's mailbox; a memoir with no date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>《檐角札记》第十四篇·外婆攒的蛋托</title>
<style>body{background:#f5f0e1} td{font-size:14px;line-height:180%}</style>
</head>
<body>
<table width="780" align="center" border="0" cellspacing="0" cellpadding="6">
<tr><td align="center">⟦m 檐角札记 —— 一个老教书匠的零碎文字⟧</td></tr>
<tr><td align="right"><a href="/big5/wen/014.htm">⟦a 繁體閱讀⟧</a>　<a href="/wen/014.htm">⟦a 简体阅读⟧</a></td></tr>
<tr><td>⟦m 目录：第十二篇 老井　第十三篇 晒谷场　第十四篇 外婆攒的蛋托　第十五篇 供销社⟧</td></tr>
<tr><td align="center"><font size="5"><b>⟦t 外婆攒的蛋托⟧</b></font></td></tr>
<tr><td>
{BODY}
</td></tr>
<tr><td align="center"><a href="013.htm">⟦l ←上一篇：晒谷场⟧</a>　<a href="index.htm">⟦l 回目录⟧</a>　<a href="015.htm">⟦l 下一篇：供销社→⟧</a></td></tr>
<tr><td align="center">⟦m 你是第 004417 位来檐角坐坐的朋友⟧</td></tr>
<tr><td align="center">⟦m 来信请寄：yanjiao_laoshi@post-mail.cn⟧　⟦d 文字粗陋，转载请告知一声⟧</td></tr>
</table>
</body></html>
""",
        p_html="<p>　　{}</p>",
        body="""
外婆家的碗柜顶上，总是摞着一叠灰扑扑的纸蛋托。
那时候村里没有超市，鸡蛋是自家鸡下的，用不着蛋托。这些蛋托是舅舅从县城副食品店讨回来的，外婆拿它们派了许多用场：装针头线脑，装晒干的南瓜子，开春孵小鸡时给蛋保暖。
最妙的是过年。外婆把蛋托剪成一朵一朵的小花，染上红颜色，插在堂屋神龛的两边，远远看去，竟像一簇簇腊梅。
我上初中那年，外婆病了，舅舅把她接进城里。临走前，她让我把碗柜顶上的蛋托都搬下来，一个一个压平了捆好，说放着占地方，卖给收废品的还能换两毛钱。
后来我每次在超市看到蛋托，都会想起那一捆压平的纸，和外婆那双搓麻绳搓出了茧的手。
""",
    ),
    dict(
        slug="goudeng-collection-essay-glass-desk-mat-oneline",
        site="篝灯小集 (invented personal collection)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="https://goudeng-ji.cn/juan2/boli-zhuodian.html",
        title="玻璃桌垫下的老照片",
        record_title="玻璃桌垫下的老照片 ·《篝灯小集》卷二",
        date=None,
        notes="an essay whose whole body is one line, paragraphs apart only by their indent; chapter nav, "
        "the author's mailbox; no date ('last month' is no date)",
        page="""
!m 篝灯小集 · 蔚叔的文字小屋
!m 卷一 乡土　｜　卷二 旧物　｜　卷三 行旅
!t 玻璃桌垫下的老照片 ·《篝灯小集》卷二
!m 作者：蔚叔　字数：约四百　｜　本篇收入时间：上个月
{BODY}
!l ‹ 前一篇：粮站的算盘　　后一篇：母亲的顶针 ›
!d 《篝灯小集》文字为作者原创，未经许可请勿转载
!m 联系作者：weishu_goudeng@mail-box.cn
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
父亲办公桌上压着一块厚玻璃，玻璃下面垫着一张墨绿色的绒布桌垫，那是他在粮站当会计时单位统一配的。
绒布桌垫和玻璃之间，夹着父亲的全部“收藏”：一张全家福，一张粮站职工的合影，几张粮票，还有我小学三年级得的一张“三好学生”奖状。
我小时候放学去粮站找他，最爱趴在那块玻璃上，一张一张地看。看久了，玻璃上就留下一团哈出来的白气，父亲也不恼，拿袖子一抹，接着打他的算盘。
父亲退休那天，把桌垫和下面的东西一起卷回了家。如今那卷绒布还在我的书柜里，照片已经发黄，奖状的边角也脆了，可每次展开，我总能闻到一股粮站仓库里麦子的味道。
""",
    ),
    dict(
        slug="tingyang-dangjian-speech-warm-cushions-cn-date",
        site="珽阳党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://www.tydj.org.cn/xfyl/202511/t20251114_30118.html",
        title="在瑔塘街道“暖椅行动”志愿服务项目启动仪式上的讲话",
        record_title="【暖椅行动·党员在行动】在瑔塘街道“暖椅行动”志愿服务项目启动仪式上的讲话_珽阳党建网",
        date="2025-11-12",
        date_also=["2025-11-14"],
        notes="Party portal: a speaker line and a date in Chinese numerals under the title (neutral); a "
        "study-points prompt on a line of its own between paragraphs; the posting date differs",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>【暖椅行动·党员在行动】在瑔塘街道“暖椅行动”志愿服务项目启动仪式上的讲话_珽阳党建网</title>
<link rel="stylesheet" href="/css/dj.css">
<script src="/js/points.js"></script>
</head><body>
<div class="dj-head">⟦m 珽阳党建网　中共珽阳市委组织部主办⟧ <a>⟦a 党员登录⟧</a></div>
<div class="dj-nav">⟦m 首页⟧ ⟦m 要闻⟧ ⟦m 党员先锋⟧ ⟦m 组织建设⟧ ⟦m 远程教育⟧ ⟦m 党内法规⟧</div>
<div class="dj-pos">⟦m 当前位置：首页 ＞ 党员先锋 ＞ 志愿服务⟧</div>
<div class="dj-art"><h1>{T}</h1>
<div class="dj-info">⟦m 发布时间：2025-11-14　来源：瑔塘街道党工委　阅读 688⟧</div>
<p class="c">瑔塘街道党工委书记　卞惠琳</p>
<p class="c">（二〇二五年十一月十二日）</p>
{BODY}
<div class="dj-tools">⟦a 〔打印〕〔关闭〕〔大字号〕⟧</div>
<div class="dj-qr">⟦a 扫右侧二维码，把本文带到手机上读⟧</div></div>
<div class="dj-side"><h3>⟦l 先锋榜⟧</h3><ul><li>⟦l 社区党员“银发帮帮团”一周年记⟧</li><li>⟦l 机关党员下沉社区报到情况⟧</li></ul></div>
<div class="dj-foot">⟦m 主办：中共珽阳市委组织部　承办：珽阳市党员教育中心　赣ICP备11002785号⟧</div>
</body></html>
""",
        body="""
同志们、志愿者朋友们：
今天，我们在这里启动“暖椅行动”志愿服务项目。这个项目是街道“我为群众办实事”的一件具体事，就是由党员志愿者为辖区独居、失能老人家中的椅子和轮椅缝制、更换椅垫，让老人们坐得暖和、坐得安全。
前期，街道组织党员干部走访了辖区416户老年家庭，发现不少老人的椅垫已经破旧塌陷，有的干脆没有椅垫。为此，街道机关、各社区党组织和驻街单位共认领了530个椅垫的缝制和更换任务。
⟦a 学习提示：本页停留满3分钟计入本月学习时长⟧
借此机会，我提三点希望：一是用心，每一个椅垫都要按老人家里椅子的尺寸来做；二是用情，上门时多陪老人说说话；三是用力，把这件小事做实做细，年底前全部完成。
谢谢大家！
""",
    ),
    dict(
        slug="lishui-xianfeng-summary-deodoriser-wishes-table",
        site="瓅水先锋网 (invented Party-building site)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.lsxianfeng.gov.cn/zbfc/gzjl/2025-08-20/1419.html",
        title="城管局机关第二党支部“微心愿”认领活动总结",
        record_title="支部工作｜城管局机关第二党支部“微心愿”认领活动总结 - 瓅水先锋网",
        record_date="2025-08-20",
        date="2025-08-20",
        notes="Party site: the record's date, the same as the 成文日期; a data table one row a paragraph; a "
        "study-points line after the body",
        page="""
!m 瓅水先锋网 · 基层党建频道
!m 首页 » 支部天地 » 工作交流
{T}
!m 来源：县城管局机关党委　发布：2025-08-20　浏览：233
!a [收藏] [打印] [大字号]
{BODY}
!a 学习积分：阅读满60秒可获得0.2分
!l 相关文章：县城管局开展“清凉一夏”送关怀活动
!m 主办：中共瓅水县委组织部　承办：县委党员教育中心　赣ICP备19008821号
""",
        indent="\u3000\u3000",
        body="""
今年7月，我支部在环卫工人中开展“微心愿”征集，共收到心愿58个，其中23个是希望宿舍鞋柜“没有异味”。环卫工人每天穿胶靴作业，宿舍鞋柜通风差，夏天气味很重，支部把这件事作为重点心愿来办。
一、认领情况
心愿内容　认领党员　完成情况
鞋柜除味盒　23人　已完成
防滑雨靴　15人　已完成
折叠小风扇　20人　已完成
二、主要做法
支部党员自掏腰包购买竹炭除味盒96个，8月上旬分四批送到东西两个环卫工宿舍，每个鞋柜放两个，并教大家每月拿出来晒一晒。同时协调后勤科给宿舍加装了排风扇。
三、下一步打算
支部将每季度回访一次，及时更换除味盒，把“微心愿”做成常态化的服务项目。
瓅水县城市管理局机关第二党支部
2025年8月20日
""",
    ),
    dict(
        slug="changxi-hospital-derm-article-deodoriser-lines",
        site="瑒溪县人民医院 (invented)",
        style="医院官网",
        genre="科普文章",
        kind="news",
        form="html",
        source="https://www.cxrmyy.com/jkjt/pfk/20250703/2216.html",
        title="足癣反复发作，别只靠鞋柜除味盒",
        record_title="【皮肤科·健康讲堂】足癣反复发作，别只靠鞋柜除味盒-瑒溪县人民医院",
        date="2025-07-03",
        notes="hospital page: booking float, 24-hour line and switchboard beside the department's own 咨询电话 "
        "in the body; the byline's 发布时间 is the page's date; the author line after the body is chrome",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>【皮肤科·健康讲堂】足癣反复发作，别只靠鞋柜除味盒-瑒溪县人民医院</title>
<link rel="stylesheet" href="/skin/hos.css">
<script src="/js/float-yy.js"></script>
</head><body>
<div class="h-top">⟦m 瑒溪县人民医院　二级甲等综合医院⟧　⟦m 总机：0793-5530000⟧</div>
<div class="h-nav">⟦m 医院首页⟧ ⟦m 医院概况⟧ ⟦m 科室导航⟧ ⟦m 专家介绍⟧ ⟦m 健康讲堂⟧ ⟦m 就医指南⟧</div>
<div class="h-pos">⟦m 您现在的位置：首页 &gt; 健康讲堂 &gt; 皮肤科⟧</div>
<div class="h-art"><h1>{T}</h1>
<div class="h-info">⟦m 发布时间：2025-07-03　作者：皮肤科　浏览次数：952⟧</div>
{BODY}
<p class="author">⟦m 供稿：皮肤科 庾明哲 主治医师⟧</p>
<p class="tip">⟦d 本文仅作健康科普，不能替代医生面诊⟧</p></div>
<div class="h-side"><h3>⟦l 皮肤科专家⟧</h3><ul><li>⟦l 濮文澜　主任医师　周二、周四上午⟧</li><li>⟦l 庾明哲　主治医师　周一至周五⟧</li></ul></div>
<div class="float-yy"><p>⟦w 预约挂号：0793-5530114⟧</p><p>⟦w 24小时急诊：0793-5530120⟧</p><a>⟦a 微信预约⟧</a></div>
<div class="h-foot">⟦m 地址：瑒溪县迎宾路18号　赣ICP备08012093号⟧</div>
</body></html>
""",
        body="""
夏天到了，皮肤科门诊因足癣就诊的患者明显增多。不少患者告诉医生，家里鞋柜早就放了除味盒，为什么脚气还是反复发作？
足癣是真菌感染引起的，鞋柜除味盒里的活性炭只能吸附异味，并不能杀灭真菌。潮湿、闷热的鞋子才是真菌滋生的温床。
预防足癣复发，建议做到：1.鞋子穿后放在通风处晾干再收进鞋柜；2.袜子每天更换，和其他衣物分开洗；3.家人之间不共用拖鞋和毛巾；4.已经感染的，要在医生指导下规范用药，症状消失后再坚持用药一到两周。
如有疑问，可拨打皮肤科咨询电话0793-5538216（工作日8:00-17:30）。
""",
    ),
    dict(
        slug="changxi-hospital-notice-waiting-chair-cushions",
        site="瑒溪县人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.cxrmyy.com/ywgk/tzgg/20251120/2290.html",
        title="关于门诊候诊区座椅加装椅垫的通知",
        date="2025-11-20",
        notes="title as the record gives it; 成文日期 under the signature; booking and emergency lines after the body",
        page="""
!m 瑒溪县人民医院 ｜ 二级甲等综合医院
!m 首页 > 院务公开 > 通知公告
{T}
!m 发布：院办　时间：2025-11-20　阅读：506
{BODY}
!m 预约挂号：0793-5530114　24小时急诊：0793-5530120
!l 上一篇：关于调整冬季门诊作息时间的通知
!m 地址：瑒溪县迎宾路18号　赣ICP备08012093号
""",
        body="""
各科室：
为改善患者候诊体验，医院决定为门诊一至三楼候诊区的金属排椅统一加装椅垫，现将有关事项通知如下。
一、安装时间：2025年11月24日至11月28日，每天18:00以后施工，不影响白天门诊。
二、椅垫采用可拆洗的阻燃面料，由总务科负责每周清洗消毒一次，遇有污染随时更换。
三、各科室护士长要提醒保洁人员，不得在椅垫上喷洒含氯消毒液，以免面料褪色变硬。
四、患者和家属对椅垫有意见建议的，可向门诊服务中心反映。
瑒溪县人民医院办公室
2025年11月20日
""",
    ),
    dict(
        slug="tingyang-tech-college-news-library-desk-mats-h1",
        site="珽阳理工学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.typu.edu.cn/info/1003/18824.htm",
        title="图书馆为自习座位铺上静音桌垫",
        record_title=None,
        date="2025-10-15",
        notes="no title in the record: the news page's <h1>; the dotted date in the info line is the page's date; "
        "photo and source credits after the body",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>图书馆为自习座位铺上静音桌垫-珽阳理工学院新闻网</title>
<link rel="stylesheet" href="/css/news.css">
</head><body>
<div class="u-top"><span>⟦m 珽阳理工学院新闻网⟧</span> <a>⟦a 学校主页⟧</a> <a>⟦a 信息门户⟧</a></div>
<div class="u-nav">⟦m 首页⟧ ⟦m 理工要闻⟧ ⟦m 综合新闻⟧ ⟦m 院部动态⟧ ⟦m 媒体理工⟧ ⟦m 图说校园⟧</div>
<div class="u-pos">⟦m 当前位置：首页 » 综合新闻 » 正文⟧</div>
<div class="u-art"><h1>{T}</h1>
<div class="u-info">⟦m 2025.10.15　来源：图书馆　浏览量：1146⟧</div>
{BODY}
<p class="u-credit">⟦m （图书馆 供稿　摄影：牟思远　编辑：邝雨）⟧</p></div>
<div class="u-rel"><h3>⟦l 综合新闻 · 更多⟧</h3><ul><li>⟦l 我校举行2025级新生开学典礼⟧</li><li>⟦l 第十届读书月活动开幕⟧</li></ul></div>
<div class="u-foot">⟦m 珽阳理工学院党委宣传部　地址：珽阳市学府路1号　赣ICP备05004417号⟧</div>
</body></html>
""",
        body="""
近日，图书馆在二至四楼自习区的612个座位铺设了静音桌垫，同学们在桌上放水杯、翻书、敲键盘时的声响明显减小。
据图书馆读者服务部介绍，今年春季开展的读者意见征集中，有近三成同学反映自习区噪声大，其中桌面碰撞声是主要来源之一。图书馆经过比选，选用了厚度为3毫米的软木复合桌垫，既吸音，又不反光。
桌垫铺设后，图书馆还在每张桌子上贴了“轻声提示”卡片，提醒大家文明自习。机械工程学院大二学生詹雨萌说：“以前隔壁同学放个水杯都能吓一跳，现在安静多了。”图书馆表示，将根据使用情况，明年把静音桌垫推广到一楼阅览区。
""",
    ),
    dict(
        slug="tingyang-tech-logistics-notice-dorm-deodoriser",
        site="珽阳理工学院后勤管理处 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://hqc.typu.edu.cn/tzgg/2025/1010/771.htm",
        title="关于学生公寓鞋柜除味盒统一配发的通知",
        record_title="关于学生公寓鞋柜除味盒统一配发的通知（后勤管理处）｜珽阳理工学院",
        date="2025-10-09",
        date_also=["2025-10-10"],
        notes="university office: the notice's own contact beside the office's 24-hour service line; 扫码登记 "
        "as content; the posting date differs from the 成文日期",
        page="""
!m 珽阳理工学院 后勤管理处
!m 首页 | 部门概况 | 通知公告 | 公寓服务 | 餐饮服务 | 报修入口
{T}
!m 发布时间：2025-10-10　作者：公寓管理科　点击数：2,073
{BODY}
!a 【关闭窗口】　【打印通知】
!m 后勤服务热线：0795-8367000（24小时）
!m 版权所有 © 珽阳理工学院后勤管理处
""",
        body="""
各学院：
为改善学生公寓卫生环境，后勤管理处将为全校学生公寓统一配发鞋柜除味盒，现将有关事项通知如下。
一、配发范围：东区、西区学生公寓全部宿舍，每间宿舍2盒。
二、领取方式：10月13日至10月17日，由各宿舍长持学生证到所在公寓值班室扫码登记领取。
三、使用要求：除味盒放置在鞋柜上层，每月晾晒一次，下学期开学时统一更换。请勿拆开内袋，以免炭粉洒落。
四、宿舍鞋柜门损坏的，请通过“后勤报修”平台提交报修。
联系人：龚老师　电话：0795-8367021
后勤管理处
2025年10月9日
""",
    ),
]

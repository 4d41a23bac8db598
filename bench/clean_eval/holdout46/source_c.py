"""holdout46, part C: 问答社区, 个人文集, 党建网, 医院官网, 高校官网. Invented text throughout."""

CASES = [
    dict(
        slug="qa-html-fengmi-answer-vote",
        site="问知社区 (invented)",
        style="问答社区",
        genre="问答",
        kind="answer",
        form="html",
        source="https://www.wenzhi.cn/question/88102/answer/301994",
        title="农户自产土蜂蜜在集市上销售需要办什么证？",
        record_title=None,
        date="2025-05-07",
        notes="question as title; 回答于 line is the page's date; vote bar and related questions; answer cites a hotline as content",
        page="""
<html><head><meta charset="utf-8"><title>农户自产土蜂蜜在集市上销售需要办什么证？ - 问知社区</title></head><body>
<div class="hd">⟦m 问知社区⟧ ⟦a 提问⟧ ⟦a 登录后可回答⟧</div>
<h1>{T}</h1>
<div class="q">⟦m 关注者 41　被浏览 6,380⟧</div>
<div class="answer"><div class="author">⟦m 甜水岭老蜂农 · 养蜂二十年⟧</div>
<div class="time">⟦m 回答于 2025-05-07 20:31⟧</div>
{BODY}
<div class="vote">⟦l ▲ 赞同 126　▼　💬 18 条评论　分享　收藏⟧</div></div>
<aside>⟦l 相关问题：蜂蜜波美度怎么测？ / 个人卖蜂蜜要交税吗？⟧</aside>
<footer>⟦d 回答仅代表个人观点，不构成任何建议⟧ ⟦m © 2025 问知社区⟧</footer>
</body></html>
""",
        body="""
谢邀。农户在集市上销售自产的初级农产品，一般不需要办理食品经营许可证。
但要注意两点：一是蜂蜜应当是自己养殖、自己采收的，收购别人的蜂蜜再卖就不属于自产了；二是最好能提供养殖场所证明，很多地方由村委会出具。
各地规定不完全一样，具体可以打电话问当地市场监管所，或者拨打12315咨询。
""",
    ),
    dict(
        slug="qa-yanchang-request-text-answer",
        site="办事知道 (invented)",
        style="问答社区",
        genre="请示",
        kind="request",
        form="text",
        source="http://zhidao.banshi123.com/q/55120.html",
        title="关于申请盐田堤坝应急加固资金的请示",
        record_title="求一篇关于申请盐田堤坝应急加固资金的请示，领导明天要！",
        date=None,
        notes="Q&A asking for a sample 请示; placeholders 20××年×月×日 and ×× not dates; relative time not a date",
        page="""
!m 办事知道 > 公文写作 > 已解决
!m 提问者：匿名用户　　2天前
!t 求一篇关于申请盐田堤坝应急加固资金的请示，领导明天要！
!m 最佳答案　　回答者：公文老炮　　采纳率：92%
{T}
{BODY}
!l 追问：谢谢，救急了！
!l 其他回答（3）
!a 我来回答　　去APP查看更多
""",
        body="""
××县盐务局：
受今年第×号台风影响，我场东区堤坝出现多处塌陷，已危及盐田生产和周边群众安全。经测算，应急加固需资金××万元，我场自筹××万元，尚缺××万元。
特请求给予资金支持。
妥否，请批示。
××盐场
20××年×月×日
""",
    ),
    dict(
        slug="collection-html-laodugong-memoir-chapter",
        site="河声文集 (invented)",
        style="个人文集",
        genre="回忆文章",
        kind="essay",
        form="html",
        source="https://hesheng-wenji.cn/juan2/017.html",
        title="我在下埠渡口的三十二年",
        record_title="《河声集》卷二·第十七篇｜我在下埠渡口的三十二年",
        date=None,
        notes="personal collection chapter page with prev/next chapter links; years in the text are not a date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>《河声集》卷二·第十七篇｜我在下埠渡口的三十二年</title></head><body>
<nav>⟦m 河声文集 · 一个渡工的回忆⟧ ⟦m 目录 | 卷一 | 卷二 | 卷三⟧</nav>
<div class="chapter-head">⟦m 卷二 · 第十七篇⟧</div>
<h1>{T}</h1>
{BODY}
<div class="chapter-nav">⟦l ← 上一篇：第一次撑篙⟧ ⟦l 返回目录⟧ ⟦l 下一篇：涨水那年 →⟧</div>
<footer>⟦d 文集由家人整理，转载请联系⟧</footer>
</body></html>
""",
        body="""
一九九二年开春，我从父亲手里接过了竹篙。那时渡船还是木头的，一趟要撑二十分钟。
渡口对岸是中学，每天早上六点半，一船孩子等着过河。我记住了每个孩子的名字，谁没来，我就多等两分钟。
二〇一〇年，县里给换了铁壳机动船，过一趟只要五分钟，可我还是习惯把竹篙放在船头。
大桥通车那天，我最后撑了一趟，船上坐的是当年那些孩子。
""",
    ),
    dict(
        slug="collection-yaogong-speech-text-founder",
        site="老窑工文存 (invented)",
        style="个人文集",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://laoyaogong.wenji.cn/p/2018-kaiyao.html",
        title="在青窑坞龙窑复烧仪式上的发言",
        record_title="旧稿·在青窑坞龙窑复烧仪式上的发言",
        date="2018-11-02",
        notes="old speech in a personal collection; Chinese-numeral date under the title; retyping stamp not a date",
        page="""
!m 老窑工文存
!m 目录 › 讲话发言
{T}
二〇一八年十一月二日
{BODY}
!m 录入于2024年冬，由孙女整理
!l 上一篇：窑工歌谣十首 | 下一篇：给学徒的信
""",
        body="""
各位领导、乡亲们：
我们青窑坞的龙窑，已经熄火二十三年了。今天能重新点火，我这个老窑工心里说不出的高兴。
龙窑不只是一座窑，它是我们村几百年的饭碗和念想。我今年七十一岁，只要还走得动，就把看火、投柴的手艺教给年轻人。
谢谢大家！
""",
    ),
    dict(
        slug="dangjian-html-yanchang-lecture-points",
        site="卤湾党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://dj.luwan.gov.cn/djjt/2025/0701/6610.html",
        title="在盐场党委庆祝建党104周年大会上的讲话",
        record_title="【支部课堂】在盐场党委庆祝建党104周年大会上的讲话",
        date="2025-06-30",
        notes="Party-building portal with a study-points float; speaker line neutral; date under title",
        page="""
<html><head><meta charset="utf-8"><title>【支部课堂】在盐场党委庆祝建党104周年大会上的讲话_卤湾党建网</title></head><body>
<div class="banner">⟦m 卤湾党建网　凝心聚力 向海图强⟧</div>
<nav>⟦m 首页 党建要闻 支部课堂 先锋风采 廉政园地⟧</nav>
<div class="crumb">⟦m 您当前的位置：首页 - 支部课堂⟧</div>
<h1>{T}</h1>
<p class="speaker">卤湾盐场党委书记　林国栋</p>
<p class="date">（2025年6月30日）</p>
{BODY}
<div class="float">⟦a 阅读满60秒可获学习积分+1⟧</div>
<div>⟦l 【上一条】盐场团委开展青年读书会⟧</div>
<footer>⟦m 中共卤湾盐场委员会主办　联系电话：0596-3310088⟧</footer>
</body></html>
""",
        body="""
同志们：
今天我们隆重集会，庆祝中国共产党成立104周年，表彰先进党组织和优秀共产党员。
过去一年，场党委坚持党建引领，推动“党员先锋岗”在滩晒一线全覆盖，全年完成原盐生产任务的103%。
希望受表彰的同志珍惜荣誉、再接再厉，希望全体党员立足岗位、担当作为，为盐场高质量发展贡献力量！
""",
    ),
    dict(
        slug="dangjian-duchuan-news-text-pioneer",
        site="棹溪先锋 (invented)",
        style="党建网",
        genre="新闻",
        kind="news",
        form="text",
        source="http://xianfeng.zhaoxi.gov.cn/zbfc/3871.html",
        title="渡运党员先锋岗守护群众平安过河",
        record_title="渡运党员先锋岗守护群众平安过河-支部风采-棹溪先锋",
        date="2025-02-26",
        notes="Party site news; 发布日期 line; share bar glued after the last paragraph",
        page="""
!m 棹溪先锋网
!m 首页 > 支部风采
{T}
!m 发布日期：2025年02月26日　来源：县交通运输局机关党委　字号：大 中 小
{BODY}
!l 相关链接：交通系统“我为群众办实事”成果展
!m 主办：中共棹溪县委组织部　技术支持：县大数据中心
""",
        body="""
在棹溪县下埠、芦花等渡口，身穿红马甲的党员渡工格外显眼。去年以来，县交通运输局党委在全县渡口设立党员先锋岗9个。
先锋岗党员每天提前半小时到岗检查船舶，雨雪天气主动搀扶老人、护送学生过河。
截至目前，先锋岗累计护渡群众12万余人次，无一起安全事故。⟦l 分享到：微信 朋友圈 QQ⟧
""",
    ),
    dict(
        slug="hospital-html-zhenshan-burn-notice",
        site="砧山县人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.zsxrmyy.com/news/tz/2025/1109.html",
        title="关于开展锻造行业职工职业健康体检的通知",
        record_title="关于开展锻造行业职工职业健康体检的通知_医院公告_砧山县人民医院",
        date="2025-04-15",
        notes="hospital page with appointment and 24-hour lines in header/footer; department's own 咨询电话 kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于开展锻造行业职工职业健康体检的通知_医院公告_砧山县人民医院</title></head><body>
<div class="top">⟦m 砧山县人民医院　二级甲等综合医院⟧　⟦w 预约挂号：0768-5338120⟧　⟦w 急救：0768-5333120（24小时）⟧</div>
<nav>⟦m 医院概况 | 科室导航 | 专家介绍 | 就医指南 | 新闻公告⟧</nav>
<div class="loc">⟦m 当前位置：首页 > 新闻公告 > 医院公告⟧</div>
<h1>{T}</h1>
<div class="pub">⟦m 发布时间：2025-04-15　浏览量：733⟧</div>
{BODY}
<div class="act">⟦a 【打印本页】【关闭窗口】⟧</div>
<footer>⟦m 地址：砧山县人民路88号　粤ICP备10093311号⟧ ⟦d 本站信息仅供参考，不作为诊断依据⟧</footer>
</body></html>
""",
        body="""
各锻造企业：
为保障锻造行业职工身体健康，我院职业病科将于4月下旬至6月为全县锻造企业职工开展职业健康体检。
体检项目：纯音听阈测试、胸部X线、肺功能、血常规等。
请各企业提前与我院职业病科预约，体检当日职工须空腹。
职业病科咨询电话：0768-5338246（工作日8:00-17:00）。
砧山县人民医院
2025年4月15日
""",
    ),
    dict(
        slug="hospital-mifeng-news-text-sting",
        site="蜜岭镇卫生院 (invented)",
        style="医院官网",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.milingwsy.cn/xw/20250611.html",
        title="蜜岭镇卫生院成功救治一名蜂蜇伤过敏患者",
        record_title="蜜岭镇卫生院成功救治一名蜂蜇伤过敏患者",
        date="2025-06-11",
        notes="township clinic news; 更新时间 line; health tip contains 扫码 as content",
        page="""
!m 蜜岭镇卫生院
!m 首页 | 院务公开 | 健康科普 | 联系我们
{T}
!m 更新时间：2025-06-11　　作者：院办
{BODY}
!m 院办电话：0597-7681120　　服务时间：全天
!d Copyright © 蜜岭镇卫生院 All Rights Reserved
""",
        body="""
6月9日下午，一名蜂农在采蜜时被多只蜜蜂蜇伤，出现全身皮疹、呼吸困难等严重过敏反应，被家人送到镇卫生院。
急诊医生立即进行抗过敏、吸氧等处理，患者半小时后症状明显缓解，目前已康复出院。
卫生院提醒：蜂农作业时要穿戴防护服，出现过敏症状应立即就医。群众可扫描卫生院门口的二维码，学习蜂蜇伤急救知识。
""",
    ),
    dict(
        slug="university-html-haiyan-college-internship",
        site="卤湾海洋职业学院 (invented)",
        style="高校官网",
        genre="工作方案",
        kind="plan",
        form="html",
        source="https://www.lwhyzy.edu.cn/jwc/info/1017/3326.htm",
        title="海洋化工专业2025届学生盐场实习工作方案",
        record_title="【教务处】海洋化工专业2025届学生盐场实习工作方案",
        date="2025-02-20",
        notes="college page; data table of placements; decimal headings; 发布日期 in a field",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【教务处】海洋化工专业2025届学生盐场实习工作方案-卤湾海洋职业学院</title></head><body>
<header>⟦m 卤湾海洋职业学院　教务处⟧<nav>⟦m 学院首页 | 教务动态 | 实践教学 | 下载中心⟧</nav></header>
<h1>{T}</h1>
<div class="info">⟦m 发布日期：2025-02-20　点击：[ 512 ]⟧</div>
{BODY}
<div>⟦l 上一条：2025年春季学期开学工作安排⟧ ⟦l 下一条：关于开展教学检查的通知⟧</div>
<footer>⟦m 版权所有 © 卤湾海洋职业学院　地址：卤湾区海滨大道1号⟧</footer>
</body></html>
""",
        body="""
1 实习目的
通过在盐场一线实习，使学生掌握海盐生产工艺和安全规程。
2 实习安排
2.1 时间：2025年3月10日至5月30日。
2.2 单位和人数如下：
实习单位　人数　带队教师
卤湾盐场东区　18　王静
卤湾盐场西区　16　林晓
3 纪律要求：实习期间严禁进入深卤池，严格遵守盐场作息和安全规定。
""",
    ),
    dict(
        slug="university-yaoyi-news-text-art-college",
        site="窑坞艺术学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.ywys.edu.cn/xyxw/2025/0415/1207.shtml",
        title="我院陶瓷系龙窑教学实践基地揭牌",
        record_title="我院陶瓷系龙窑教学实践基地揭牌 - 学院新闻 - 窑坞艺术学院",
        date="2025-04-15",
        notes="college news; photo caption line; writer/editor lines at the end",
        page="""
!m 窑坞艺术学院新闻网
!m 首页 / 学院新闻
{T}
!m 2025-04-15 16:20　　浏览：618　　来源：陶瓷系
{BODY}
!m 文：赵一帆　图：陶瓷系　审核：宣传部
!l 相关新闻：陶瓷系学生作品亮相省美展
""",
        body="""
4月14日，我院陶瓷系龙窑教学实践基地在青窑坞村揭牌。
该基地依托村里修复的百年龙窑建设，将承担陶瓷系学生柴烧课程和毕业创作任务。
⟦m 图为揭牌仪式现场⟧
陶瓷系主任表示，学生将跟随老窑工学习装窑、看火等技艺，让课堂走进窑场。
""",
    ),
]

"""holdout83, part C: Q&A, collections, Party-building, hospitals, universities. Invented text."""

CASES = [
    dict(
        slug="qa-wendaba-steelyard-answer-html-votes",
        site="问答吧 (invented)",
        style="问答社区",
        genre="问答",
        kind="answer",
        form="html",
        source="https://www.wendaba.cn/q/4471208.html",
        title="老杆秤上的星点为什么是十六两一斤？",
        record_title=None,
        date="2025-06-02",
        notes="Q&A with vote bar; question as title; 回答于 line the page date; ask button",
        page="""
<html><head><meta charset="utf-8"><title>老杆秤上的星点为什么是十六两一斤？ - 问答吧</title><script src="/qa.js"></script></head><body>
<div class="hd">⟦m 问答吧 · 有问题，就来问⟧ <button>⟦a 我要提问⟧</button></div>
<div class="q"><h1>{T}</h1><p>⟦m 提问者：秤砣小白　｜ 3人关注⟧</p></div>
<div class="a"><p>⟦m 最佳回答　衡器老张　回答于 2025-06-02⟧</p>
{BODY}
<p>⟦l 赞同 52　反对 1　评论 6⟧</p></div>
<div class="other">⟦l 其他 2 条回答 展开⟧</div>
<div class="ft">⟦m © 问答吧 2025　京ICP证110208号⟧</div></body></html>
""",
        body="""
旧制一斤十六两，说法很多，民间流传最广的是北斗七星、南斗六星加福禄寿三星，合起来十六颗。
秤上每一颗星代表一两，做生意少给一两就是折福，少给三两就是丢了福禄寿。
现在法定计量单位一斤是十两，新做的杆秤也按十两刻星了。
""",
    ),
    dict(
        slug="qa-zhidao-waterwheel-question-text",
        site="乡里知道 (invented)",
        style="问答社区",
        genre="问答",
        kind="answer",
        form="text",
        source="http://zhidao.xiangli.org/question/88127.html",
        title="木水车一年要维护几次？",
        record_title="木水车一年要维护几次？_乡里知道",
        date=None,
        notes="Q&A text; relative times (2小时前, 昨天) are no dates",
        page="""
!m 乡里知道
!t 木水车一年要维护几次？_乡里知道
!m 提问于 昨天 · 浏览 96
!m 热心网友 回答于 2小时前
{BODY}
!l 有用(8)　没用(0)
!l 相关问题：水车叶板用什么木头好？　水车转得慢怎么办？
!a 下载乡里知道APP，随时提问
""",
        body="""
一般一年两次：春灌前检查主轴和轴承，给木轴上油；秋收后把叶板拆下来晾晒，烂了的换新。
汛期涨水时要把水车用绳子固定好，防止被冲坏。
""",
    ),
    dict(
        slug="anthology-suohu-raincoat-memoir-wrap",
        site="棕溪文存 (invented personal collection)",
        style="个人文集",
        genre="散文",
        kind="essay",
        form="text",
        source="http://www.zongxiwencun.net/juan2/041.html",
        title="父亲的蓑衣",
        record_title="《棕溪文存》卷二·第41篇：父亲的蓑衣",
        date=None,
        notes="collection chapter; hard-wrapped at 62; 写于 year only; chapter nav",
        page="""
!m 棕溪文存 · 卷二 · 乡土篇
!t 《棕溪文存》卷二·第41篇：父亲的蓑衣
!m 作者：宁远山
{BODY}
!m 写于2019年冬
!l ← 第40篇 老屋　　目录　　第42篇 稻场 →
!d 本文集文字版权归作者所有
""",
        wrap=62,
        indent="　　",
        body="""
父亲的蓑衣挂在堂屋的墙上，已经二十多年没人穿了。
那是他年轻时自己编的，棕片一层压一层，肩头用麻线缝得密密实实。下雨天他披着蓑衣、戴着斗笠去田里看水，回来时蓑衣往门口一挂，水珠顺着棕丝滴成一条线。
父亲走后，我把蓑衣取下来掸了掸灰，棕丝还是硬的，像他的脾气。
""",
    ),
    dict(
        slug="anthology-mojia-millstone-essay-oneline",
        site="碾岭旧事 (invented personal collection)",
        style="个人文集",
        genre="散文",
        kind="essay",
        form="text",
        source="http://nianling.jiushi.cc/p/17",
        title="推磨",
        record_title="推磨",
        date=None,
        notes="body on one line; no date",
        page="""
!m 碾岭旧事 · 卷一
{T}
{BODY}
!l 上一篇：晒酱　下一篇：打年糕
""",
        oneline=True,
        indent="  ",
        body="""
腊月里家家都要推磨，磨米粉、磨豆子，准备过年。
母亲添料，我和姐姐推磨杆，一圈一圈，磨盘的缝里流出白白的浆。
如今村里的石磨都成了摆设，可我一闭眼，还能听见那咕噜咕噜的声音。
""",
    ),
    dict(
        slug="dangjian-lunxi-waterwheel-party-day-html",
        site="轮溪党建网 (invented)",
        style="党建网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://djw.lunxi.gov.cn/jcdj/202506/t20250628_4410.html",
        title="轮溪镇水车村党支部开展“守护老水车”主题党日活动",
        record_title="【主题党日】轮溪镇水车村党支部开展“守护老水车”主题党日活动",
        date="2025-06-28",
        notes="Party-building site with scan-to-phone prompt; 发布时间 date; photo caption between paragraphs",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【主题党日】轮溪镇水车村党支部开展“守护老水车”主题党日活动-轮溪党建网</title></head><body>
<div class="banner">⟦m 轮溪党建网　中共轮溪县委组织部主办⟧</div>
<div class="nav">⟦m 首页 党建要闻 基层党建 党员教育 人才工作⟧</div>
<div class="loc">⟦m 当前位置：首页 > 基层党建⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 发布时间：2025-06-28　来源：轮溪镇党委　浏览次数：305⟧</div>
<div class="qrcode">⟦a 扫一扫在手机打开当前页⟧</div>
<div class="art">
{BODY}
</div>
<div class="foot">⟦m 中共轮溪县委组织部 版权所有　技术支持：轮溪县大数据中心⟧</div>
</body></html>
""",
        body="""
6月27日，轮溪镇水车村党支部组织二十余名党员开展“守护老水车”主题党日活动。
⟦m ▲党员们清理水车引水渠⟧
党员们重温入党誓词后，分组清理水车引水渠中的淤泥和杂物，并为沿河村民发放防汛宣传单。
支部书记韦长根表示，老水车是村里的宝贝，党员要带头守护好。
""",
    ),
    dict(
        slug="dangjian-hengling-steelyard-lecture-text",
        site="衡岭先锋 (invented)",
        style="党建网",
        genre="党课讲稿",
        kind="speech",
        form="text",
        source="http://www.hlxianfeng.cn/dk/2025/0701/912.html",
        title="一杆秤里的为民情怀——在市场监管局机关党支部七一党课上的讲稿",
        record_title="一杆秤里的为民情怀——在市场监管局机关党支部七一党课上的讲稿",
        date="2025-06-30",
        notes="lecture with speaker line and date under title (neutral speaker line)",
        page="""
!m 衡岭先锋网 > 党员教育 > 党课讲稿
{T}
局党组书记、局长　龚国平
（2025年6月30日）
{BODY}
!a 【打印】【关闭】【返回顶部】
!l 上一条：机关党建工作要点　下一条：党员积分管理办法
!m 主办：中共衡岭县委组织部
""",
        body="""
同志们：
老百姓常说，“人心就是一杆秤”。我们市场监管干部，手里握着的就是这杆秤。
秤杆要直，就是执法要公正；秤星要明，就是标准要公开；秤砣要实，就是作风要扎实。
希望大家守住心中这杆秤，让群众买得放心、卖得舒心。
""",
    ),
    dict(
        slug="hospital-moyang-tofu-allergy-html",
        site="磨阳县人民医院 (invented)",
        style="医院官网",
        genre="健康科普",
        kind="news",
        form="html",
        source="https://www.myxrmyy.com/jkkp/2025/1033.html",
        title="吃石磨豆腐过敏？营养科提醒注意大豆过敏",
        record_title="吃石磨豆腐过敏？营养科提醒注意大豆过敏_磨阳县人民医院",
        date="2025-10-21",
        notes="hospital page with booking row and 24-hour line; department consult phone kept in body",
        page="""
<html><head><meta charset="utf-8"><title>吃石磨豆腐过敏？营养科提醒注意大豆过敏_磨阳县人民医院</title></head><body>
<div class="top">⟦m 磨阳县人民医院　二级甲等综合医院⟧　⟦m 急诊24小时：0566-8120120⟧</div>
<div class="nav">⟦m 医院概况 | 科室导航 | 专家介绍 | 健康科普 | 就医指南⟧</div>
<div class="book">⟦a 网上预约挂号 ›⟧</div>
<h2>{T}</h2>
<p class="meta">⟦m 作者：营养科　发布日期：2025-10-21　阅读：129⟧</p>
{BODY}
<div class="share">⟦l 分享到微信 | 分享到微博⟧</div>
<div class="foot">⟦m 地址：磨阳县磨城大道66号　皖ICP备15007821号⟧</div></body></html>
""",
        body="""
近日，营养科接诊了一名吃石磨豆腐后出现皮肤瘙痒的游客，经检查为大豆过敏。
大豆过敏多见于儿童，症状包括皮疹、腹痛，严重时可出现呼吸困难。
有过敏史的人应避免食用豆制品，出现症状及时就医。营养科咨询电话：0566-8120375。
""",
    ),
    dict(
        slug="hospital-zhuoyang-pinwheel-pediatric-html",
        site="棹阳市妇幼保健院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.zyfybjy.cn/news/20250530/771.html",
        title="儿科病房“六一”风车手工活动通知",
        record_title="儿科病房“六一”风车手工活动通知",
        date="2025-05-28",
        notes="hospital with float box; 联系人 kept; date in document",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>儿科病房“六一”风车手工活动通知-棹阳市妇幼保健院</title><script>var chat=1;</script></head><body>
<div class="hdr">⟦m 棹阳市妇幼保健院⟧ <span>⟦m 预约热线 0566-2285566⟧</span></div>
<nav>⟦m 首页 就医服务 科室 新闻 党建⟧</nav>
<h1>{T}</h1>
{BODY}
<div class="float">⟦w 在线咨询⟧ ⟦w 微信挂号⟧</div>
<div class="footer">⟦m Copyright © 棹阳市妇幼保健院⟧</div></body></html>
""",
        body="""
各位住院患儿家长：
为让小朋友们过一个快乐的儿童节，儿科病房将于5月31日下午三点在病房活动室举办风车手工活动。
材料由病房准备，请家长陪同参加，病情不宜活动的患儿可由护士送材料到床旁。
联系人：儿科护士站 鲁护士，电话：0566-2285603。
儿科病房
2025年5月28日
""",
    ),
    dict(
        slug="university-dengcheng-steelyard-lecture-html",
        site="戥城学院新闻网 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.dcxy.edu.cn/info/1021/6652.htm",
        title="机械学院举办“杆秤里的力学”科普讲座",
        record_title="机械学院举办“杆秤里的力学”科普讲座-戥城学院新闻网",
        date="2025-11-06",
        notes="university news with photo/author line; 审核 line glued after last paragraph",
        page="""
<html><head><meta charset="utf-8"><title>机械学院举办“杆秤里的力学”科普讲座-戥城学院新闻网</title></head><body>
<div class="logo">⟦m 戥城学院新闻网⟧</div>
<div class="menu">⟦m 学院首页 | 综合新闻 | 教学科研 | 校园文化 | 媒体戥院⟧</div>
<h2>{T}</h2>
<div class="art-info">⟦m 时间：2025-11-06　作者：晏清　摄影：司马青　点击：[ 533 ]⟧</div>
{BODY}
<div class="pre">⟦l 上一条：我校在省大学生力学竞赛中获佳绩⟧</div>
<div class="bottom">⟦m 地址：戥城区学府路1号　版权所有 © 戥城学院⟧</div></body></html>
""",
        body="""
11月5日晚，机械学院在工科楼报告厅举办“杆秤里的力学”科普讲座，邀请县级非遗传承人邢守业现场演示制秤。
邢守业从选料、刨杆讲到定星，学生们轮流上台用杆秤称重，体会杠杆平衡的原理。
学院负责人表示，将把杆秤制作引入工程训练课程。⟦m （审核：钟敏）⟧
""",
    ),
    dict(
        slug="university-luchuan-waterwheel-survey-text",
        site="轳川职业技术学院 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.lcvtc.edu.cn/jwc/tz/2025/0915.html",
        title="关于组织学生参加水车测绘实习的通知",
        record_title="关于组织学生参加水车测绘实习的通知",
        date="2025-09-15",
        notes="college academic-affairs notice; table rows kept; 附件",
        page="""
!m 轳川职业技术学院 教务处
!m 首页 » 通知公告
{T}
!m 发布者：教务处　发布时间：2025-09-15　浏览：188
{BODY}
!a 附件下载请登录校内门户
!m 轳川职业技术学院教务处 版权所有
""",
        body="""
各二级学院：
经研究，组织古建专业2023级学生赴轳川村开展水车测绘实习，安排如下：
班级　人数　时间
古建2301　38　9月22日至26日
古建2302　36　9月29日至10月1日
请各班辅导员做好安全教育。
附件：测绘实习安全承诺书
教务处
2025年9月15日
""",
    ),
]

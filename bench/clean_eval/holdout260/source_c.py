"""holdout260, part C: 问答社区, 个人文集, 党建网, 医院官网, 高校官网. Invented text."""

CASES = [
    dict(
        slug="qa-zhidao-answer-oil-lamp-html",
        site="问个明白 (invented Q&A)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.wengemingbai.com/q/7731209.html",
        title="老式煤油灯的玻璃罩为什么会熏黑？",
        record_title=None,
        date=None,
        notes="missing title: the question; adopted-answer badge; relative answer time; more answers",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>问个明白</title><script src="/s/qa.js"></script></head><body>
<div class="hd">⟦m 问个明白 — 有问题，来这问⟧ ⟦a 我要提问⟧</div>
<h1>{T}</h1>
<div class="q">⟦m 提问者：灯芯草　｜　浏览 3021 次⟧</div>
<div class="best">⟦m ✔ 提问者采纳⟧ ⟦m 答主：老物件修理铺　回答于 2 天前⟧</div>
{BODY}
<div class="vote">⟦l 有用 128　没用 3⟧</div>
<div class="more">⟦l 其他 4 条回答⟧</div>
<aside>⟦l 相关问题：马灯的灯芯多久换一次？⟧</aside>
<footer>⟦d 问个明白所有回答仅代表答主个人观点⟧</footer></body></html>
""",
        body="""
玻璃罩熏黑，一般是灯芯调得太高，煤油烧不完全，冒出的黑烟附在罩子内壁上。
解决办法有三个：第一，把灯芯往下拧，火苗不超过一指高；第二，灯芯烧焦的部分要剪平，不要剪成尖的；第三，用煤油不要掺柴油。
熏黑的灯罩可以用温水加洗洁精泡半小时，再用软布擦，千万别用钢丝球，会划花玻璃。擦干净后晾干再装回去，灯光会亮很多。
""",
    ),
    dict(
        slug="qa-bangda-answer-bike-basket-text-junk",
        site="帮答网 (invented Q&A)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://bangda.cn/question/558210",
        title="电动车前面加装车筐违法吗？",
        record_title="电动车前面加装车筐违法吗？ - 帮答网",
        date=None,
        notes="text Q&A with forum junk; answer time relative; no date",
        page="""
!m 帮答网 ｜ 生活问答
{T}
!m 3个回答　被浏览 1.2万次
!m 最佳回答　律界小哥 ｜ 回答于 昨天
{BODY}
!l 赞同 56 ｜ 反对 ｜ 评论 9
!l 更多回答 ▾
!m 帮答网 © 2025 苏ICP备23055108号
""",
        junk=dict(lines=1, glued=2),
        body="""
一般不违法，但要看怎么装。
正规电动车出厂时多数带有前车筐，后装一个同样大小的车筐，只要牢固、不遮挡车灯和号牌，交警一般不会处罚。
要注意的是，不能加装超宽、超长的货筐，也不能把车筐装到影响转向的位置。有些城市对外卖车辆另有规定，最好问一下当地交警。
总之，装车筐是为了方便，别为了多装东西把安全丢了，车筐里的东西也要放稳。
""",
    ),
    dict(
        slug="anthology-jiuwu-essay-team-flag-html",
        site="鄳口旧物志 (invented collection)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="html",
        source="http://www.mengkoujwz.net/wenji/juan2/17.html",
        title="那面补了三次的队旗",
        record_title="《鄳口旧物志》卷二·第17篇｜那面补了三次的队旗",
        date=None,
        notes="old table layout collection; chapter links; visitor counter; essay without a date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>《鄳口旧物志》卷二·第17篇｜那面补了三次的队旗</title></head><body>
<table width="900" align="center"><tr><td>⟦m 鄳口旧物志 · 一位退休供销社职工的笔记⟧</td></tr>
<tr><td>⟦l 卷一 农具　卷二 集体　卷三 家什　卷四 人物⟧</td></tr></table>
<table width="900" align="center"><tr><td>
<h3>{T}</h3>
{BODY}
<p>⟦l ← 卷二·第16篇 公社的铁皮喇叭　｜　卷二·第18篇 晒谷场上的夜校 →⟧</p>
</td></tr></table>
<table width="900" align="center"><tr><td>⟦m 您是本集第00018833位读者⟧ ⟦w 来信请寄：jiuwuzhi1952@mail.cc⟧</td></tr></table>
</body></html>
""",
        body="""
生产队那年组了一支篮球队，队长从公社领回一面红布队旗，旗上贴着剪出来的“东风”两个黄字。
队旗第一次破，是去邻村比赛时被树枝挂了个口子，妇女队长连夜用红线缝好。第二次是下暴雨，旗子掉色，把字染成了橘红色。第三次是被老鼠咬了一个角，我们干脆补上一块蓝布。
如今那面队旗早已不知去向，可每次想起它，我还能看见那块蓝布在风里飘。
""",
    ),
    dict(
        slug="anthology-laoshi-essay-mudguard-text-oneline",
        site="皛溪退休教师文集 (invented collection)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="http://wenji.xiaoxi-ls.org/chen/28.html",
        title="二八车的挡泥板",
        record_title="二八车的挡泥板（皛溪旧话之九）— 陈老师文集",
        date=None,
        notes="text collection; the whole body on one line; no date",
        page="""
!m 陈老师文集　｜　目录　｜　留言簿
{T}
{BODY}
!l 上一篇：供销社的柜台　下一篇：放映队来了
!m 本集共收文章46篇，累计访问19230次
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
上世纪八十年代，我骑一辆二八自行车上班，车子最先坏的就是挡泥板。
前挡泥板被石子打得坑坑洼洼，后挡泥板的螺丝常常震松，骑起来哗啦哗啦响，学生远远就知道陈老师来了。
后来我用铁丝把它绑牢，又刷了一层绿漆，一直骑到退休。那辆车早就卖了废品，可那哗啦哗啦的声音，我到现在还记得，仿佛又回到了那条坑坑洼洼的土路上。
""",
    ),
    dict(
        slug="party-dangjian-summary-team-flag-html",
        site="琠城组工网 (invented)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://www.tczgw.gov.cn/djdt/2024/1216/2290.html",
        title="湭阳镇党员志愿服务队授旗一周年工作总结",
        record_title="【志愿先锋】湭阳镇党员志愿服务队授旗一周年工作总结_基层动态_琠城组工网",
        date="2024-12-12",
        date_also=["2024-12-16"],
        notes="Party portal; study-points prompt; document date differs from portal date; glued share bar after a sentence",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【志愿先锋】湭阳镇党员志愿服务队授旗一周年工作总结_基层动态_琠城组工网</title><script src="/js/zg.js"></script></head><body>
<div class="head">⟦m 琠城组工网 · 琠城市委组织部主办⟧</div>
<nav>⟦m 首页 组工要闻 基层动态 干部工作 人才工作⟧</nav>
<div class="loc">⟦m 当前位置 » 基层动态⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 发布时间：2024-12-16　来源：湭阳镇党委⟧</div>
{BODY}
<div class="study">⟦a 阅读满3分钟可获学习积分⟧</div>
<footer>⟦m 琠城市委组织部 版权所有 鲁ICP备06010377号⟧</footer></body></html>
""",
        body="""
去年12月，镇党委为党员志愿服务队授旗。一年来，服务队扛着队旗走村入户，共开展志愿服务86次，参与党员1400余人次。⟦l 分享到：微信 微博 QQ空间⟧
一是助农服务。农忙时帮助留守老人收割稻谷二百余亩。
二是交通安全服务。在集镇路口为电动车和三轮车粘贴反光贴三千多张。
三是环境整治。清理房前屋后垃圾一百二十余吨。
明年，服务队将新设理论宣讲小组，让队旗插到每个村组。
中共湭阳镇委员会
2024年12月12日
""",
    ),
    dict(
        slug="party-jiguan-speech-reflective-text",
        site="醽川先锋网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.lcxianfeng.cn/ldjh/2025/0108/66.html",
        title="在“亮尾护行”党员先锋岗启动会上的讲话",
        record_title="在“亮尾护行”党员先锋岗启动会上的讲话 - 领导讲话 - 醽川先锋网",
        date="2025-01-08",
        notes="text; date under the title in Chinese numerals; speaker line neutral",
        page="""
!m 醽川先锋网　｜　醽川县委组织部
!m 首页 ＞ 领导讲话
{T}
县委常委、组织部部长　钟韵川
（二〇二五年一月八日）
{BODY}
!a 〘打印本稿〙〘关闭窗口〙
!m 醽川先锋网　投稿邮箱：lcxf_tougao@lingchuan.gov.cn
""",
        indent="\u3000\u3000",
        body="""
同志们：
今天，我们启动“亮尾护行”党员先锋岗。冬季夜长，农村道路照明不足，农用车、三轮车没有反光标识，追尾事故时有发生。
各党支部要组织党员在集镇、路口设立先锋岗，为群众免费粘贴反光贴，同时讲清夜间行车的注意事项。
希望每一名党员都当好“亮尾人”，用一张张反光贴，守护群众平安回家的路。先锋岗工作情况每月底报县委组织部。
""",
    ),
    dict(
        slug="hospital-guke-article-bike-basket-html",
        site="澯水县人民医院 (invented)",
        style="医院官网",
        genre="科普文章",
        kind="other",
        form="html",
        source="https://www.csrmyy.com/jkkp/2024/1008/772.html",
        title="孩子坐车筐摔伤，这几点家长要知道",
        record_title="【健康科普】孩子坐车筐摔伤，这几点家长要知道 - 澯水县人民医院",
        date="2024-10-08",
        notes="hospital; byline 发布时间; booking float; hospital 24-hour line next to the department's 咨询电话",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【健康科普】孩子坐车筐摔伤，这几点家长要知道 - 澯水县人民医院</title><script src="/js/yy.js"></script></head><body>
<div class="top">⟦m 澯水县人民医院 二级甲等综合医院⟧ ⟦m 急救电话 0796-5120120（全天候）⟧</div>
<nav>⟦m 医院概况 科室导航 专家介绍 就医指南 健康科普⟧</nav>
<h1>{T}</h1>
<div class="info">⟦m 发布时间：2024-10-08　作者：小儿外科 甄慕白⟧</div>
{BODY}
<div class="float">⟦a 在线预约挂号 点此进入⟧</div>
<aside>⟦l 专家团队：小儿外科 主任医师 3 人⟧</aside>
<footer>⟦m 地址：澯水县人民路88号　赣ICP备14002281号⟧</footer></body></html>
""",
        body="""
近来，小儿外科接诊了多名坐在自行车、电动车前车筐里摔伤的幼儿，有的是脚卷进车轮，有的是翻车时头部着地。
医生提醒：车筐不是座椅，不能让孩子坐在车筐里。带孩子出行，应当安装合格的儿童座椅，并给孩子戴上头盔。
孩子摔伤后，如果出现呕吐、精神差、肢体不能活动，要立即就医。小儿外科咨询电话：0796-5120436。
""",
    ),
    dict(
        slug="hospital-zhongyi-notice-team-flag-text",
        site="皛溪县中医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.xxzyy.cn/news/tz/2025/0402.html",
        title="关于开展“杏林杯”职工趣味运动会的通知",
        record_title="关于开展“杏林杯”职工趣味运动会的通知",
        date="2025-04-01",
        notes="record title; 成文日期; data table; each team brings its flag",
        page="""
!m 皛溪县中医院 · 院务公开
{T}
!m 作者：工会　来源：院办　点击：412
{BODY}
!l 上一条：2025年春季护士招聘公告
!m 预约挂号：0796-7180555　　院址：皛溪县东门街18号
""",
        indent="\u3000\u3000",
        body="""
各科室、各党支部：
为丰富职工文化生活，医院工会定于4月18日在县体育馆举办“杏林杯”职工趣味运动会。现将有关事项通知如下。
项目　人数　备注
拔河　每队12人　男女各半
跳大绳　每队10人　限时两分钟
二、各代表队须自备队旗一面，入场式时展示。
三、请各科室于4月10日前将报名表交工会办公室。
医院工会
2025年4月1日
""",
    ),
    dict(
        slug="univ-xiaoyuan-news-bike-basket-html",
        site="琠城职业技术学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.tczy.edu.cn/xwzx/xyxw/2024/1115/4471.html",
        title="学院志愿者为校园共享单车修车筐",
        record_title=None,
        date="2024-11-15",
        notes="missing title: the university's h1; byline date; photo caption between paragraphs",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>琠城职业技术学院</title><script src="/_js/jquery.js"></script></head><body>
<div class="hd">⟦m 琠城职业技术学院 新闻网⟧</div>
<nav>⟦m 学院首页 综合新闻 院系动态 媒体职院 图说职院⟧</nav>
<h1>{T}</h1>
<div class="byline">⟦m 发布日期：2024-11-15　供稿：机电工程系　摄影：谭一舟　浏览：506⟧</div>
{BODY}
<div class="nav2">⟦l 上一篇：学院举行冬季消防演练 下一篇：图书馆开展读书月活动⟧</div>
<footer>⟦m 版权所有 © 琠城职业技术学院　地址：琠城市职教园区1号⟧</footer></body></html>
""",
        body="""
11月13日下午，机电工程系二十名学生志愿者在学生公寓楼下摆起“爱心修车摊”，为校园共享单车修理车筐。
⟦m 志愿者正在为单车更换车筐螺丝⟧
一个下午，志愿者们紧固松动车筐四十多个，更换变形车筐十一个。大三学生伍晨说，车筐修好了，同学们放书包就安心了。
据悉，修车摊将每两周开一次，同学们可以扫码预约修车时间，志愿者还会现场教大家自己检查车筐。
""",
    ),
    dict(
        slug="univ-houqin-notice-mudguard-text",
        site="醽川学院后勤处 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://hqc.lcxy.edu.cn/tzgg/1197.htm",
        title="关于清理校园废弃自行车的通知",
        record_title="关于清理校园废弃自行车的通知-后勤处-醽川学院",
        date="2025-03-18",
        notes="text; 成文日期; mentions mudguards as marking; site technical line next to the office phone",
        page="""
!m 醽川学院后勤处
!m 首页 / 通知公告
{T}
!m 发布者：后勤处　浏览量：934
{BODY}
!m 技术支持：醽川学院网络中心　电话 0797-3306000
""",
        body="""
全校师生：
校园内停放着大量长期无人使用的自行车，占用车棚空间。后勤处将于3月25日至4月5日集中清理。
一、请车主在3月24日前在自己车辆的后挡泥板上系上写有姓名和学号的标签。
二、未系标签、车胎缺气且锈蚀严重的车辆，将统一移至北门临时存放点，保留一个月后处理。
三、有疑问请联系后勤处物业科，电话0797-3306217。
醽川学院后勤处
2025年3月18日
""",
    ),
]

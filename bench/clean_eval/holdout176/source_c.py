"""holdout176, part C: 个人文集, 党建网, 医院官网, 高校官网, 地方论坛. Invented text."""

CASES = [
    dict(
        slug="collection-boatman-songs-essay",
        site="澧水闲笔 个人文集 (invented)",
        style="个人文集",
        genre="随笔",
        kind="essay",
        form="text",
        source="https://lishuixianbi.cn/juan2/38.html",
        title="记父亲唱过的澧江船工号子",
        record_title="《澧水闲笔》卷二·第38篇｜记父亲唱过的澧江船工号子",
        date=None,
        notes="collection prefix; 写于 year only is no date; one-line body",
        page="""
!m 澧水闲笔 · 向守成文集
!m 目录 > 卷二 乡土 > 第38篇
{T}
!m 写于2019年冬　字数 260
{BODY}
!l ← 第37篇 渡口　　第39篇 油榨坊 →
!d 文集内容为作者原创，转载请联系作者。
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
父亲年轻时在澧江上拉了十二年船，号子是他嘴里最常有的东西。
上滩时唱“拉纤号”，一人领众人和，调子短，字咬得狠；下滩顺水时唱“摇橹号”，拖得长，像是一口气要唱到对岸。
前些年县里搞非遗普查，来人录了他唱的七段号子，他唱完说，船没了，号子留着也好。
如今父亲走了两年，录音还在县文化馆的柜子里。
""",
    ),
    dict(
        slug="collection-vet-retired-ai-station",
        site="牧野拾遗 个人文集 (invented)",
        style="个人文集",
        genre="回忆录",
        kind="essay",
        form="html",
        source="https://www.muyeshiyi.net/wenji/15.html",
        title="在黄牛冻配改良站的那些年",
        record_title="在黄牛冻配改良站的那些年 - 牧野拾遗",
        date=None,
        notes="personal site with visit counter; memoir with years only; no date",
        page="""
<html><head><meta charset="gb2312"><title>在黄牛冻配改良站的那些年 - 牧野拾遗</title></head><body>
<table width="800" align="center"><tr><td>⟦m 牧野拾遗 —— 一个老畜牧员的文集⟧</td></tr>
<tr><td>⟦m 首页 | 文集目录 | 老照片 | 留言⟧</td></tr>
<tr><td><h2>{T}</h2>
<div>⟦m 作者：冉福生　　收入文集：2022-08-14⟧</div>
{BODY}
<div>⟦l 上一篇：草场上的兽医包⟧ ⟦l 下一篇：第一头西门塔尔杂交牛⟧</div>
</td></tr>
<tr><td>⟦m 您是第 004417 位来访者⟧ ⟦d 本站文字为冉福生原创，未经允许不得转载⟧</td></tr></table>
</body></html>
""",
        body="""
1986年，我从地区农校毕业，分到公社黄牛冻配改良站，站里连我一共三个人，一个液氮罐，一辆自行车。
那时候老乡不信人工授精，说“没见过牛的面，哪来的牛犊”。我们就一家一家去讲，头一年全公社只配了140多头。
到了1990年，改良牛犊卖价比本地牛高出一倍，找上门的人排起了队，一年配种突破两千头。
现在改良站早合并了，可那个掉了漆的液氮罐，我一直留在家里。
""",
    ),
    dict(
        slug="dangjian-mushroom-branch-lecture",
        site="桦阳党建网 (invented)",
        style="党建网",
        genre="党课讲稿",
        kind="speech",
        form="html",
        source="http://dj.huayang.gov.cn/djdt/202307/t20230703_7781.html",
        title="把支部建在产业链上——在菌种场党支部七一专题党课上的讲稿",
        record_title="【七一党课】把支部建在产业链上——在菌种场党支部七一专题党课上的讲稿_桦阳党建网",
        date="2023-06-30",
        notes="Party-building site; date under the lecture title; speaker line neutral; 发布时间 differs (also accepted)",
        date_also=["2023-07-03"],
        page="""
<!DOCTYPE html><html><head><title>【七一党课】把支部建在产业链上_桦阳党建网</title></head><body>
<div class="banner">⟦m 桦阳党建网　中共桦阳县委组织部主办⟧</div>
<nav>⟦m 首页 党建动态 组织建设 党员教育 基层风采 党务公开⟧</nav>
<div class="wz">⟦m 当前位置：首页 &gt; 基层风采⟧</div>
<h1>{T}</h1>
<p>（2023年6月30日）</p>
<p>菌种场党支部书记　卜国栋</p>
<div class="meta">⟦m 发布时间：2023-07-03　　来源：县供销社党委　　字号：大 中 小⟧</div>
{BODY}
<div class="share">⟦l 分享到：⟧ ⟦l 微信　微博　QQ⟧</div>
<footer>⟦m 中共桦阳县委组织部　地址：桦阳县人民路1号　邮编：152300⟧ ⟦m 黑ICP备06001873号⟧</footer>
</body></html>
""",
        body="""
同志们：
我们菌种场是全县食用菌产业链的“源头”，全县2600多户菇农用的栽培种，七成出自我们场。今天这堂党课，我想和大家讲讲怎样把支部建在产业链上。
第一，党员要守住菌种质量这道关。每一批母种都要有党员签字把关，出了问题先问责党员。
第二，党员要走到菇农中间去。去年我们组建了6个党员技术服务队，上门解决污染、退菌问题380多次。
第三，支部要带动更多合作社。今年要和10个村的党组织结对，共建标准化示范棚。
同志们，产业链延伸到哪里，党的工作就要跟进到哪里。
""",
    ),
    dict(
        slug="dangjian-rangeland-summary",
        site="格尔敖包党建在线 (invented)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.geraobao-dj.cn/jcdj/2024/0108/339.html",
        title="草原监测站党支部2023年党建工作总结",
        record_title="【支部工作】草原监测站党支部2023年党建工作总结",
        date="2024-01-05",
        notes="decorated with a column tag; 成文日期 under the signature; chrome glued after the last paragraph",
        page="""
!m 格尔敖包党建在线
!m 首页 > 基层党建 > 支部工作
{T}
!m 信息来源：旗草原工作站　发布：2024-01-08　浏览量：77
{BODY}
!a 打印　|　关闭　|　返回顶部
!m 格尔敖包旗委组织部主办　蒙ICP备13002291号
""",
        body="""
2023年，草原监测站党支部以“党建+草原保护”为抓手，把支部工作与草原监测任务紧密结合。
一是抓学习。全年开展集中学习12次，组织党员到牧区宣讲草原法律法规9场。
二是抓业务。党员带头承担全旗62个监测样地的野外调查任务，按时完成草原植被盖度和产草量监测报告。
三是抓服务。党员结对牧户37户，帮助制定草畜平衡计划。⟦l 更多支部风采请点击进入专栏⟧
旗草原监测站党支部
2024年1月5日
""",
    ),
    dict(
        slug="hospital-academician-workstation-news",
        site="巫溪市第二人民医院 (invented)",
        style="医院官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.wxsey.com/news/yydt/2024/0425/2318.html",
        title="我院院士工作站揭牌成立",
        record_title="我院院士工作站揭牌成立-巫溪市第二人民医院",
        date="2024-04-25",
        notes="hospital site; department's 咨询电话 next to the hospital's 预约 line; photo caption between paragraphs",
        page="""
<!DOCTYPE html><html><head><title>我院院士工作站揭牌成立-巫溪市第二人民医院</title></head><body>
<div class="top">⟦m 巫溪市第二人民医院　三级甲等综合医院⟧ ⟦m 预约挂号：0727-96033⟧</div>
<nav>⟦m 首页 医院概况 科室导航 专家介绍 就医指南 新闻中心⟧</nav>
<div class="crumb">⟦m 首页 &gt; 新闻中心 &gt; 医院动态⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 作者：宣传科　日期：2024-04-25　点击量：466⟧</div>
{BODY}
<div class="pn">⟦l 上一条：我院开展世界疟疾日宣传活动⟧ ⟦l 下一条：护理部举办静脉治疗培训班⟧</div>
<footer>⟦m 地址：巫溪市东城大道66号⟧ ⟦m 急诊24小时电话：0727-8820120⟧ ⟦d 版权所有 © 巫溪市第二人民医院⟧</footer>
</body></html>
""",
        body="""
4月24日，我院与中国工程院康姓院士团队合作共建的院士工作站正式揭牌，这是我市医疗卫生系统第一家院士工作站。
⟦m 图为揭牌仪式现场⟧
根据协议，院士团队将在胸外科微创手术、肺癌早期筛查等方向开展技术指导，每年来院查房、手术示教不少于4次，并帮助医院培养学科带头人。
工作站设在胸外科，患者如需咨询专家门诊安排，可拨打胸外科咨询电话0727-8820463。
""",
    ),
    dict(
        slug="hospital-nursing-skill-contest-notice",
        site="汀南县中医医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.tnxzyy.cn/hlb/tz/20230912/87.html",
        title="关于举办2023年护理技能竞赛的通知",
        record_title="【护理部】关于举办2023年护理技能竞赛的通知",
        date="2023-09-12",
        notes="decorated with a department tag; schedule table kept; date under the signature",
        page="""
!m 汀南县中医医院 | 护理之窗
!m 您的位置：首页 >> 护理之窗 >> 通知
{T}
!m 2023-09-12　　护理部　　阅读 214 次
{BODY}
!a [打印] [关闭]
!m 门诊咨询：0598-5710120　　地址：汀南县南门街9号
""",
        body="""
各护理单元：
为提高护理人员基本技能，经研究，定于9月下旬举办护理技能竞赛。
项目　时间　地点
心肺复苏　9月25日上午　技能培训中心
静脉输液　9月26日上午　技能培训中心
中医护理技术（艾灸、耳穴）　9月27日下午　门诊四楼
每个护理单元选派2名35岁以下护士参赛，9月20日前将名单报护理部。
护理部
2023年9月12日
""",
    ),
    dict(
        slug="university-tissue-culture-lab-notice",
        site="柯岭农林学院 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.klnl.edu.cn/smkx/info/1032/5417.htm",
        title="关于组培实验室暑期开放使用的通知",
        record_title="关于组培实验室暑期开放使用的通知-生命科学学院",
        date="2024-07-05",
        notes="university department site; a sentence telling students to 扫码 and 下载 the form kept; contact e-mail kept",
        page="""
<!DOCTYPE html><html><head><title>关于组培实验室暑期开放使用的通知-生命科学学院</title></head><body>
<header>⟦m 柯岭农林学院　生命科学学院⟧ ⟦a 学院首页⟧ ⟦a 学校首页⟧ ⟦a English⟧</header>
<nav>⟦m 学院概况 师资队伍 本科教学 研究生教育 科学研究 通知公告⟧</nav>
<div class="pos">⟦m 当前位置：首页 » 通知公告 » 正文⟧</div>
<h1>{T}</h1>
<div class="art-info">⟦m 发布者：实验中心　时间：2024-07-05　浏览：⟧</div>
{BODY}
<div class="close">⟦a 【关闭】⟧ ⟦a 【打印】⟧</div>
<footer>⟦m 地址：柯岭市学府路2号　邮编：415000⟧ ⟦d Copyright © 2024 柯岭农林学院 生命科学学院⟧</footer>
</body></html>
""",
        body="""
各研究生、本科毕业论文学生：
暑假期间（7月15日至8月25日），学院植物组培实验室继续对外开放，现将有关事项通知如下。
1. 开放时间为每周一至周五8:30—17:00，超净工作台需提前一天预约。
2. 使用前请扫描实验室门口二维码进行登记，并下载填写《组培实验室安全承诺书》交实验中心。
3. 培养室温度、光照由管理员统一设置，个人不得随意调整。
4. 灭菌锅使用须有两人在场，严格按操作规程执行。
联系人：汤老师，邮箱：klnl_zupei@126.com。
""",
    ),
    dict(
        slug="university-magnesium-coop-report",
        site="西垣理工大学科研院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="text",
        source="http://kyy.xyut.edu.cn/info/1011/3362.htm",
        title="我校与县镁业公司共建镁合金联合实验室",
        record_title="我校与县镁业公司共建镁合金联合实验室",
        date="2023-12-14",
        record_date="2023-12-14",
        notes="record title and date; 审核 and photo lines glued and between paragraphs",
        page="""
!m 西垣理工大学科学技术研究院
!m 首页 / 科研动态
{T}
!m 作者：董宁　来源：科研院　时间：2023-12-14
{BODY}
!m 【审核：施刚】
!l 上一篇：我校获批省重点研发计划项目5项
!m 地址：西垣市高新区理工路9号　电话：029-8633xxxx
""",
        body="""
12月12日，我校与岩口县华盛镁业有限公司共建的镁合金联合实验室在材料学院揭牌。
根据协议，企业三年投入研发经费600万元，双方围绕高强镁合金压铸件、镁渣综合利用等方向开展联合攻关。
⟦m 摄影：白小雨⟧
材料学院院长表示，学院将选派8名教师担任企业科技副总，每年安排不少于30名研究生进企业实习。
""",
    ),
    dict(
        slug="localforum-coal-yard-dust-complaint",
        site="岩口生活网论坛 (invented)",
        style="地方论坛",
        genre="通告",
        kind="notice",
        form="html",
        source="http://bbs.yankoulife.com/thread-220341-1-1.html",
        title="关于河东储煤场扬尘问题的处理情况说明",
        record_title="关于河东储煤场扬尘问题的处理情况说明 - 民生关注 - 岩口生活网",
        date="2024-03-22",
        date_also=["2024-03-23"],
        notes="county forum; official reply posted a day later; the bureau's phone next to the forum's ad",
        page="""
<html><head><title>关于河东储煤场扬尘问题的处理情况说明 - 民生关注 - 岩口生活网</title></head><body>
<div id="hd">⟦m 岩口生活网 - 岩口人自己的论坛⟧ ⟦a 登录⟧ ⟦a 注册⟧</div>
<div class="ad">⟦w 岩口装修找老杜，电话 139 7402 1188⟧</div>
<div id="pt">⟦m 岩口生活网 › 民生关注 › 查看帖子⟧</div>
<h1>{T}</h1>
<div class="authi">⟦m 岩口环境 发表于 2024-3-23 11:26⟧ ⟦m 官方认证⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="sign">⟦l 本帖最后由 岩口环境 于 2024-3-23 11:30 编辑⟧</div>
<div class="reply">⟦l 回复 #2 老街坊：终于有回音了，希望别反弹⟧</div>
<div id="ft">⟦m 岩口生活网 版权所有⟧ ⟦m 湘ICP备15009342号⟧</div>
</body></html>
""",
        body="""
网友“河东老街坊”：
您反映的河东储煤场扬尘问题，我局高度重视，3月20日会同镇政府到现场进行了检查。
经查，该储煤场部分煤堆未完全苫盖，进出车辆未冲洗，存在扬尘污染。我局已责令企业立即整改，目前已新增防尘网1.2万平方米，安装车辆冲洗设备1套，喷淋系统恢复运行。
下一步我们将每周巡查一次，如发现问题可拨打我局举报电话0731-5203369。
岩口县生态环境局
2024年3月22日
""",
    ),
    dict(
        slug="localforum-micro-fire-station-call",
        site="鹤洲论坛 (invented)",
        style="地方论坛",
        genre="倡议书",
        kind="proposal",
        form="text",
        source="https://www.hezhoubbs.com/t/771020",
        title="招募社区微型消防站志愿队员倡议书",
        record_title=None,
        date="2024-04-10",
        notes="title missing from the record; forum junk; relative reply times",
        page="""
!m 鹤洲论坛 » 社区公告
[公告] {T}
!m 楼主 鹤洲街道 | 2024-04-10 16:08 | 只看楼主
{BODY}
!l 2楼 小李飞刀 | 昨天 | 报名了，退伍老兵一个
!l 3楼 鹤洲居民 | 5小时前 | 支持！
!a 回复本帖　收藏　举报
""",
        junk=dict(lines=1, glued=2),
        body="""
各位居民朋友：
为提升社区火灾初起扑救能力，鹤洲街道拟在辖区6个社区各建一座微型消防站，现面向社会招募志愿队员。
招募条件：18至55周岁，身体健康，居住或工作在本街道，有退伍军人、保安、电工经历者优先。
队员将接受消防救援站组织的集中培训，配发统一服装和装备，参加夜间巡查和应急处置。
有意者请到所在社区居委会报名，报名截止时间为4月30日。
鹤洲街道办事处
2024年4月10日
""",
    ),
]

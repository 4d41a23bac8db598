"""holdout98, part C. Invented text; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="oa-html-tailings-company-doc-view-trail",
        site="铎川宏石矿业内网 (invented)",
        style="企业内网",
        genre="通知",
        kind="notice",
        form="html",
        source="http://10.8.1.20/oa/gw/detail.jsp?docid=8817",
        title="关于成立尾矿库汛期应急抢险队的通知",
        record_title=None,
        date="2025-05-06",
        notes="intranet document view: 流转记录 table and read receipts; a numbered member list kept; no record title",
        page="""
<html><head><meta charset="utf-8"><title>公文查看</title></head>
<body>
<div class="oa-top">⟦m 宏石矿业综合办公系统⟧ ⟦m 当前用户：张工（生产技术部）⟧ <a>⟦a 退出登录⟧</a></div>
<div class="oa-path">⟦m 公文管理 &gt; 收文 &gt; 查看⟧</div>
<h2 class="gw-title">{T}</h2>
<p class="gw-no">宏石矿〔2025〕41号</p>
<div class="gw-body">
{BODY}
</div>
<table class="lz"><tr><th>⟦m 流转记录⟧</th></tr>
<tr><td>⟦m 拟稿：安环部 刘洋 2025-05-05 16:20⟧</td></tr>
<tr><td>⟦m 签发：总经理 邢国栋 2025-05-06 08:47⟧</td></tr></table>
<div class="read">⟦m 已阅 37 人　未阅 5 人⟧ <a>⟦a 催阅⟧</a> <a>⟦a 下载正文⟧</a></div>
</body></html>
""",
        body="""
公司各部门、各车间：
为有效应对汛期尾矿库突发险情，经公司研究，决定成立尾矿库汛期应急抢险队。现将有关事项通知如下。
一、抢险队组成
队长：邢国栋
副队长：刘洋、陈海波
队员：从选矿车间、机修车间、运输队抽调骨干20人，名单另行下发。
二、主要职责
1.汛期每日巡查坝体、排洪井和截洪沟，遇强降雨加密至每2小时一次。
2.发生险情时第一时间到场处置，并向公司应急办报告。
3.每月组织一次抢险演练，熟练掌握沙袋封堵、临时排水等技能。
三、物资保障
安环部负责在库区值班室储备编织袋2000条、抽水泵4台、应急照明灯20套，每周检查一次。
铎川宏石矿业有限公司
2025年5月6日
""",
    ),
    dict(
        slug="qa-text-dengue-travel-answer",
        site="问必答社区 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.wenbida.com/q/77120943.html",
        title="从东南亚旅游回来发烧，会不会是登革热？",
        record_title=None,
        date="2025-08-03",
        notes="Q&A: the question is the title; 回答于 line the page's date; answerer's badge and votes chrome; no site",
        page="""
!m 问必答 — 有问题，就有人答
!m 首页 > 健康 > 传染病
{T}
!m 提问者：匿名用户　｜　1.4万人看过
!l 我来回答　　邀请回答
!m 最佳答案　医学顾问 @林医生（认证：三甲医院感染科）
!m 回答于 2025-08-03 22:10
{BODY}
!l 有用 312 ｜ 没用 4 ｜ 评论 18
!l 其他 6 条回答 >
!d 以上回答仅供参考，不能代替医生面诊。
""",
        body="""
有可能，但不一定。登革热在东南亚很常见，潜伏期一般3到14天，多数在5到9天。如果你回来两周内出现突然高烧，体温常在39度以上，同时伴有明显的头痛、眼眶后疼痛、肌肉和关节酸痛，或者身上出皮疹，就要高度怀疑。
建议尽快到有发热门诊的医院就诊，主动告诉医生你的旅行史，医生会安排血常规和登革热抗原检测，结果一般当天就能出来。
在确诊之前，不要自己吃阿司匹林、布洛芬这类退烧药，可能加重出血倾向，发热可以先用物理降温。另外，在家也要注意防蚊，避免被蚊子叮咬后传给家人。
""",
    ),
    dict(
        slug="qa-html-saline-land-request-sample",
        site="百事通问答 (invented)",
        style="问答社区",
        genre="请示",
        kind="request",
        form="html",
        source="https://zhidao.baishitong.example.com/question/3318204.html",
        title="关于申请盐碱地改良项目资金的请示",
        record_title="求一篇申请盐碱地改良资金的请示范文，村里急用",
        date=None,
        notes="Q&A page: the asker's question as the record title; the sample 请示 uses ××××年×月×日 (no date); 回答于 line with a relative time",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>求一篇申请盐碱地改良资金的请示范文，村里急用_百事通问答</title></head>
<body>
<div class="hd">⟦m 百事通问答⟧ <input> <button>⟦a 搜索答案⟧</button> <button>⟦a 我要提问⟧</button></div>
<div class="q"><h1>⟦t 求一篇申请盐碱地改良资金的请示范文，村里急用⟧</h1><p>⟦m 悬赏20财富值　提问者：海边小村官　3天前⟧</p></div>
<div class="a best"><div class="who">⟦m 热心网友 公文小能手　回答于2天前⟧</div>
<p>⟦m 采纳率：91%⟧</p>
<p>给你写了一篇，按实际情况改改就行：</p>
<h3>{T}</h3>
{BODY}
<div class="vote">⟦l 赞同 56　踩 2　评论 7⟧</div></div>
<div class="related">⟦l 相关问题⟧<p>⟦l 请示和报告有什么区别？⟧</p><p>⟦l 村委会申请资金的报告怎么写⟧</p></div>
<div class="ft">⟦d 答案由网友提供，仅供参考⟧ ⟦m ©2025 百事通问答⟧</div>
</body></html>
""",
        body="""
××镇人民政府：
我村位于镇北部沿海，现有耕地3200亩，其中中度、重度盐碱地1450亩，长期以来作物出苗率低、产量不稳，群众改良愿望强烈。
为改善耕地质量，村“两委”经研究并召开村民代表大会讨论通过，计划实施盐碱地综合改良项目，主要建设内容包括：疏浚排碱沟6.5公里，铺设暗管排盐工程300亩，推广增施有机肥和种植绿肥1000亩。项目总投资约186万元，村集体自筹36万元，尚缺资金150万元。
为此，特申请镇政府给予项目资金支持，并帮助向上级争取盐碱地综合改造利用专项资金。
妥否，请批示。
××村民委员会
××××年×月×日
""",
    ),
    dict(
        slug="anthology-text-retired-forester-speech",
        site="胡杨文存 (invented personal collection)",
        style="个人文集",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://huyangwencun.example.cn/juan2/031.html",
        title="在北沙窝林场建场四十周年座谈会上的发言",
        record_title="《胡杨文存》卷二·第31篇｜在北沙窝林场建场四十周年座谈会上的发言",
        date="2024-09-26",
        notes="collection chapter with volume/chapter nav; date under the title in Chinese numerals; speaker line neutral",
        page="""
!m 胡杨文存 · 一个老林业人的文字
!m 目录 ｜ 卷一 林场记事 ｜ 卷二 讲话发言 ｜ 卷三 诗词
!t 《胡杨文存》卷二·第31篇｜在北沙窝林场建场四十周年座谈会上的发言
{T}
原北沙窝林场场长　马守田
（二〇二四年九月二十六日）
{BODY}
!l ‹ 第30篇 致林场新职工的一封信　　　第32篇 退休那天 ›
!l 返回卷二目录
!d 文存内容由作者家属整理，请勿商用。
""",
        indent="\u3000\u3000",
        body="""
各位领导，各位老同事，年轻的朋友们：
四十年前的今天，我们十几个人拉着两辆马车来到北沙窝，住的是地窝子，喝的是苦咸水。那时候，沙丘一年往前走七八米，村子里的房子年年被沙埋。
四十年来，一代代林场人扎草格、种梭梭、栽杨树，把三万多亩流动沙丘固定了下来。今天站在瞭望塔上往北看，看到的是一片绿。
我已经退休十二年了，但每年春天还要回来看看。看到年轻人用上了无人机播种、卫星监测，我心里高兴。治沙是一代接一代的事，希望大家守住这片绿，再往北推一推。
谢谢大家！
""",
    ),
    dict(
        slug="anthology-text-epidemiologist-hydatid-essay-wrapped",
        site="高原行医录 (invented personal collection)",
        style="个人文集",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://gaoyuanxingyi.example.org/wenji/18.html",
        title="在牧区做包虫病筛查的三点体会",
        record_title=None,
        date=None,
        notes="no record title; wrapped at 58 columns; no date (only a 整理于 stamp)",
        page="""
!m 高原行医录（个人文集）
!m 上一章 ｜ 目录 ｜ 下一章
{T}
!m 整理于去年冬天　字数 812
{BODY}
!l 上一章：第一次骑马出诊
!l 下一章：写给县疾控的年轻人
!a 喜欢这篇？点此打赏作者
""",
        wrap=58,
        indent="\u3000\u3000",
        body="""
我在瓒州西部牧区做包虫病筛查前后九年，走过大大小小六十多个牧业点。回头想想，有三点体会。
一是要跟着牧民的时间走。夏季牧场分散，冬季才相对集中，筛查安排在冬春转场之前，一天能多查几十个人。
二是B超机要背得动、用得住。山里没有稳定电源，我们后来都带着便携式B超和发电机，零下二十度也要给探头保温。
三是宣传要用牧民听得懂的话。与其讲寄生虫的生活史，不如告诉他们：家里的狗要按月吃药，宰羊的内脏不能随手喂狗，喝开水、吃熟食。
""",
    ),
    dict(
        slug="dangjian-html-geohazard-branch-lecture",
        site="黛川先锋网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.dcxianfeng.cn/djdt/2025/0701/12007.html",
        title="在地质灾害防治一线党员先锋岗授牌仪式上的讲话",
        record_title="【七一专题】在地质灾害防治一线党员先锋岗授牌仪式上的讲话_黛川先锋网",
        date="2025-06-30",
        notes="Party-building site; decorated title with a topic bracket; date under the speech title; speaker line neutral",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【七一专题】在地质灾害防治一线党员先锋岗授牌仪式上的讲话_黛川先锋网</title></head>
<body>
<div class="dj-top">⟦m 黛川先锋网⟧ ⟦m 黛川县委组织部主办⟧</div>
<div class="dj-nav">⟦m 首页⟧ ⟦m 组工动态⟧ ⟦m 基层党建⟧ ⟦m 先锋风采⟧ ⟦m 学习园地⟧</div>
<div class="dj-path">⟦m 当前位置：首页 &gt; 基层党建⟧</div>
<h1>{T}</h1>
<p class="dj-meta">⟦m 作者：县委组织部　发布时间：2025-07-01　【字体：大 中 小】⟧</p>
<p>县自然资源局党组书记、局长　田野</p>
<p>（2025年6月30日）</p>
{BODY}
<p class="dj-edit">⟦m 【责任编辑：龙晴】⟧</p>
<div class="dj-side">⟦l 专题推荐：学习贯彻党的二十届三中全会精神⟧ ⟦l 党员e家 入口⟧</div>
<div class="dj-foot">⟦m 中共黛川县委组织部 版权所有 · 滇ICP备15003382号-2⟧ ⟦a 网站地图⟧</div>
</body></html>
""",
        body="""
同志们：
在建党104周年即将到来之际，我们在这里为12个地质灾害防治一线党员先锋岗授牌。这既是荣誉，更是责任。
地质灾害防治工作点多、线长、面广，越是暴雨倾盆的时候，越需要有人顶在前面。去年汛期，我局党员干部和群测群防员一起，成功预报地质灾害险情9起，安全转移群众460余人，这背后是党员同志们一个个不眠的夜晚。
希望获得授牌的先锋岗做到三个“带头”：带头巡查排险，带头宣传培训，带头转移群众。各党支部要把先锋岗作为锤炼党性的阵地，让党旗在防灾一线高高飘扬。
""",
    ),
    dict(
        slug="dangjian-text-notoginseng-industry-party-summary",
        site="琮阳党建 (invented)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.cydangjian.org.cn/jcdj/2024/1220/5521.html",
        title="“党建+三七产业”工作总结",
        record_title="“党建+三七产业”工作总结 - 基层党建 - 琮阳党建",
        date="2024-12-18",
        notes="Party-building site text page; glued font-size button after a paragraph; 成文日期",
        page="""
!m 琮阳党建　|　凝聚力量　引领发展
!m 首页 / 基层党建 / 工作交流
{T}
!m 来源：三七园区党委　发布：2024-12-20　浏览：279
{BODY}
!l 分享到：微信 | 学习强国 | 复制链接
!l 上一篇：关于开展年终党员评议的通知
!m 中共琮阳县委组织部主办　技术维护：县融媒体中心
""",
        body="""
今年以来，三七产业园区党委坚持把支部建在产业链上，推动党建与产业发展深度融合。⟦a 【A+ A-】⟧
一是建强组织体系。在种植基地、加工企业、营销协会建立党支部6个，选派14名党员担任技术指导员，实现产业链重点环节党组织全覆盖。
二是党员带头示范。开展“党员示范田”创建，党员户带动种植户推行绿色防控技术，示范田根腐病发病率比周边低三成。
三是服务群众增收。党支部牵头对接药企订单，组织产销对接会4场，帮助群众销售三七鲜品860吨。
下一步，园区党委将继续深化“党建+产业”模式，为三七产业高质量发展提供坚强组织保证。
中共琮阳县三七产业园区委员会
2024年12月18日
""",
    ),
    dict(
        slug="hospital-html-dengue-fever-clinic-notice",
        site="鄢水县人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.yshospital.cn/news/gonggao/2025/0715/1883.html",
        title="关于夏季发热门诊延长服务时间的公告",
        record_title="关于夏季发热门诊延长服务时间的公告-鄢水县人民医院",
        record_date="2025-07-15",
        date="2025-07-15",
        notes="hospital site: appointment links and 24-hour line as chrome; the department's 咨询电话 kept; sentence telling readers to 关注 the hospital's account kept",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于夏季发热门诊延长服务时间的公告-鄢水县人民医院</title></head>
<body>
<div class="h-top">⟦m 鄢水县人民医院⟧ ⟦m 二级甲等综合医院⟧ <span>⟦a 预约挂号⟧</span> <span>⟦a 报告查询⟧</span></div>
<ul class="h-nav"><li>⟦m 医院概况⟧</li><li>⟦m 科室导航⟧</li><li>⟦m 专家介绍⟧</li><li>⟦m 就医指南⟧</li><li>⟦m 新闻公告⟧</li></ul>
<div class="h-loc">⟦m 首页 » 新闻公告 » 医院公告⟧</div>
<h1>{T}</h1>
<p class="h-meta">⟦m 发布者：医务科　时间：2025-07-15　浏览：688⟧</p>
{BODY}
<div class="h-side">⟦l 医院公告⟧<br>⟦l 2025年护理岗位招聘公告⟧<br>⟦l 关于调整门诊收费窗口的通知⟧</div>
<div class="h-foot">⟦m 地址：鄢水县滨江路12号⟧ ⟦m 24小时急救电话：0873-5212120⟧ ⟦m 滇ICP备10001942号⟧</div>
</body></html>
""",
        body="""
广大患者朋友：
近期我县进入蚊媒传染病高发季节，为方便群众及时就诊，经医院研究，自2025年7月16日起至9月30日，发热门诊服务时间调整如下：
周一至周日全天24小时接诊，其中8:00—22:00增设登革热快速检测窗口。
发热患者请佩戴口罩，从医院东门直接进入发热门诊，不要进入普通门诊区域。近期有外地旅居史的，请主动向接诊医生说明。
发热门诊咨询电话：0873-5219036。
市民可关注医院微信服务号，查询发热门诊实时候诊人数。
特此公告。
鄢水县人民医院
2025年7月15日
""",
    ),
    dict(
        slug="hospital-text-hydatid-free-screening",
        site="瓒州市第二人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.zzsdermyy.com/Item/Show.asp?id=2291",
        title="关于开展包虫病免费B超筛查的通知",
        record_title=None,
        date="2025-04-25",
        notes="no record title; hospital text page with 预约 links; screening schedule table; department phone kept",
        page="""
!m 瓒州市第二人民医院　　厚德　精医　仁爱
!m 首页 - 医院新闻 - 通知公告
!a 在线预约　|　体检预约　|　报告查询
{T}
!m 信息来源：超声科　　时间：2025-04-25 15:02
{BODY}
!l 【打印】【关闭】【返回列表】
!m 瓒州市第二人民医院 版权所有　地址：瓒州市团结西路201号
""",
        body="""
根据全市地方病防治工作安排，我院将于5月在西部三个乡镇开展包虫病免费B超筛查，现将有关事项通知如下。
乡镇　筛查时间　筛查地点
草原乡　5月6日—5月8日　乡卫生院
石泉乡　5月12日—5月14日　乡卫生院
牧新镇　5月19日—5月22日　镇卫生院
筛查对象为当地6周岁以上常住居民，请携带身份证或户口簿。筛查中发现的疑似病例，由我院免费复查并纳入规范治疗。
咨询电话：超声科0974-8829015。
瓒州市第二人民医院
2025年4月25日
""",
    ),
    dict(
        slug="university-html-field-hockey-team-title",
        site="珂岭体育学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.klty.edu.cn/info/1021/8830.htm",
        title="我校女子曲棍球队获全国大学生锦标赛亚军",
        record_title="我校女子曲棍球队获全国大学生锦标赛亚军-珂岭体育学院新闻网",
        date="2025-08-12",
        notes="university news site; byline with 审核; photo caption between paragraphs; 上一条/下一条",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>我校女子曲棍球队获全国大学生锦标赛亚军-珂岭体育学院新闻网</title></head>
<body>
<div class="u-hd">⟦m 珂岭体育学院新闻网⟧ <a>⟦m 学校主页⟧</a> <a>⟦m English⟧</a></div>
<div class="u-nav">⟦m 综合新闻⟧ ⟦m 学院动态⟧ ⟦m 竞赛捷报⟧ ⟦m 媒体珂体⟧</div>
<h1>{T}</h1>
<div class="u-meta">⟦m 作者：闫晓萌　摄影：程锐　审核：高原　发布日期：2025-08-12　浏览次数：961⟧</div>
<div class="v_news_content">
{BODY}
</div>
<div class="u-pn">⟦l 上一条：我校举行2025届毕业典礼⟧ ⟦l 下一条：运动训练学院开展暑期社会实践⟧</div>
<div class="u-ft">⟦m 珂岭体育学院党委宣传部　版权所有⟧ ⟦m 地址：珂岭市大学城体育路1号⟧</div>
</body></html>
""",
        body="""
8月10日，2025年全国大学生曲棍球锦标赛在南方某市落下帷幕，我校女子曲棍球队在决赛中以1比2惜败，获得亚军，创造了该队参加全国大学生比赛的最好成绩。
本次比赛共有来自全国的16支高校代表队参赛。我校女子曲棍球队小组赛三战全胜，淘汰赛先后战胜两支传统强队闯入决赛。
⟦m 图为我校女子曲棍球队在颁奖仪式上合影⟧
球队主教练刘敏表示，这支队伍平均年龄不到20岁，多数队员是入学后才开始专项训练的。下一步，学校将继续加大对曲棍球项目的投入，争取在明年的比赛中更进一步。
""",
    ),
    dict(
        slug="university-text-agri-college-saline-lab",
        site="栾阳农业职业学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.lyny.edu.cn/xwzx/xyxw/2025/0520/3316.html",
        title="我院盐碱地改良实训基地获评省级示范基地",
        record_title="我院盐碱地改良实训基地获评省级示范基地 - 学院新闻 - 栾阳农业职业学院",
        date="2025-05-20",
        notes="college news page; 日期 field the page's date; share bar glued after the last paragraph",
        page="""
!m 栾阳农业职业学院　LUANYANG VOCATIONAL COLLEGE OF AGRICULTURE
!m 学院首页 > 新闻中心 > 学院新闻
{T}
!m 日期：2025-05-20　来源：农学系　点击：
{BODY}
!l 【相关阅读】农学系师生赴滨海镇开展科技服务
!m 版权所有：栾阳农业职业学院　鲁ICP备09011223号
""",
        body="""
近日，省教育厅公布了第二批省级职业教育示范性实训基地名单，我院盐碱地改良实训基地榜上有名。
该基地建于2021年，占地320亩，建有土壤检测实训室、暗管排盐示范区和耐盐作物品种展示区，每年承担600余名学生的实训任务，并面向周边农户开展技术培训。
近三年来，基地师生团队筛选出适合本地种植的耐盐碱大豆品种两个，相关成果在栾阳北部三个镇推广应用1.2万亩。⟦l 分享到：微信　微博　QQ⟧
""",
    ),
    dict(
        slug="localforum-text-bookmobile-route-repost",
        site="笈山在线 (invented county forum)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="text",
        source="http://bbs.jishanol.com/forum.php?mod=viewthread&tid=221784",
        title="县图书馆流动书车5月服务线路公告",
        record_title="【便民】县图书馆流动书车5月服务线路公告（转）",
        date="2025-04-28",
        date_also=["2025-04-29"],
        notes="county forum repost; forum post date differs from the notice's date (both accepted); table rows kept; 回复 and 版规 chrome",
        page="""
!m 笈山在线 › 便民信息 › 正文
!t 【便民】县图书馆流动书车5月服务线路公告（转）
!m 发表于 2025-4-29 08:02 | 来自手机 | 楼主：小城书虫
!d 【版规】本版只发布便民信息，广告一律删帖
{BODY}
!l 1# 山里娃妈妈：终于排到我们村了！
!l 2# 老钟：书车司机人很好
!a 回复本帖需要登录，点此快速登录
""",
        body="""
各位读者：
县图书馆流动书车5月服务线路安排如下：
日期　线路　停靠点
每周二　金坑线　金坑镇、石门村、下坝村
每周三　白沙线　白沙乡、上河村、沙坪村
每周四　龙潭线　龙潭镇、黄泥村、新寨村
每站停靠时间约1小时，如遇雨天顺延。读者可凭读者证借书，每证限借3册，借期一个月。
笈山县图书馆
2025年4月28日
""",
    ),
]

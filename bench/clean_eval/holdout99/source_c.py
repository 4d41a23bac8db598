"""holdout99, part C: collections, Party-building sites, hospitals, universities, local forums.
Invented text; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="collection-laoshu-speech-literacy-wrap",
        site="砚田集 (invented personal collection)",
        style="个人文集",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://yantianji.personal.cn/juan2/47.html",
        title="在老年识字班结业典礼上的讲话",
        record_title="《砚田集》卷二·第47篇｜在老年识字班结业典礼上的讲话",
        date="2024-12-20",
        notes="hard-wrapped at 58 columns; Chinese-numeral date under the speech title; collection chrome",
        page="""
!m 砚田集 · 一个退休老教师的文字
!m 目录　卷一　卷二　卷三　后记
!m 卷二 · 第47篇
{T}
（二〇二四年十二月二十日）
{BODY}
!l ← 第46篇：写给孙女的一封信　　第48篇：社区读报组十年记 →
!d 文集所收均为作者旧稿，转引请注明出处。
""",
        wrap=58,
        indent="\u3000\u3000",
        body="""
各位学员、各位老师：
今天，我们社区老年识字班第三期的二十六位学员顺利结业了。我先代表社区老年协会，向坚持学完一百二十课时的各位老同学表示热烈祝贺！
这一期学员中，年纪最大的七十九岁，最小的也有六十一岁。大家大多是年轻时没有机会上学的老人，有的连自己的名字都不会写。三个月来，大家每周三个上午准时来上课，风雨无阻。现在，大多数学员能认识一千个左右常用字，能看懂药品说明书，能用手机给儿女发文字消息了。
这里我要特别感谢五位志愿者老师，他们都是退休的小学教师，分文不取，还自己掏钱给学员买字帖。
学无止境。希望大家结业以后坚持每天读一读、写一写，也欢迎大家报名参加明年开办的读报班。
""",
    ),
    dict(
        slug="collection-yaonong-report-toad-html",
        site="药农手记 (invented personal collection)",
        style="个人文集",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://yaonong.notes.cn/wenji/chanchu-diaoyan.html",
        title="关于蟾蜍人工养殖与蟾酥采集情况的调查报告",
        record_title=None,
        date="2025-08-30",
        notes="title missing from the record, found in the h1; a collection chapter page; date in the document",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>药农手记 - 文集</title></head><body>
<div class="head">⟦m 药农手记　种药、采药、说药⟧</div>
<div class="menu">⟦m 文集首页 | 种植篇 | 养殖篇 | 杂记⟧</div>
<div class="crumb">⟦m 文集首页 / 养殖篇 / 第12章⟧</div>
<h1>{T}</h1>
<p class="by">⟦m 作者：柯老根　字数：约900字⟧</p>
{BODY}
<div class="chap">⟦l 上一章：天麻林下种植试验记⟧ | ⟦l 下一章：金银花……（另见种植篇）⟧</div>
<div class="foot">⟦d 本文集由作者本人整理发布，转载请留言。⟧ ⟦m 访问统计：28816⟧</div>
</body></html>
""",
        body="""
蟾酥是蟾蜍耳后腺和皮肤腺的干燥分泌物，是传统中药材。近几年野生蟾蜍资源减少，我县有十余户农民试着搞人工养殖。今年夏天，我用一个月时间走访了其中八户，情况如下。
一、养殖规模。八户共有养殖池四十二个，总面积约二十亩，年末存栏成体蟾蜍三万余只。规模最大的一户养了八千只。
二、养殖方式。多数农户利用房前屋后的水田改建养殖池，池边种植遮阴植物，晚上用诱虫灯引虫喂养，成本较低。
三、蟾酥采集。采酥一般在七月至九月进行，每只蟾蜍每季可采两次。由于没有统一技术标准，各户采出的蟾酥成色差别较大。
四、几点建议。一是请县农技部门组织一次采酥技术培训；二是引导养殖户成立合作社，统一收购、统一加工；三是养殖前要依法办理相关手续。
柯老根
2025年8月30日
""",
    ),
    dict(
        slug="party-huaiyang-plan-elderly-alone-html",
        site="槐阳党建网 (invented)",
        style="党建网",
        genre="方案",
        kind="plan",
        form="html",
        source="http://dj.huaiyang.gov.cn/zzjs/2025/1010/2209.html",
        title="“党员结对·暖心守护”独居老人关爱行动方案",
        record_title="“党员结对·暖心守护”独居老人关爱行动方案 - 组织建设 - 槐阳党建网",
        date="2025-10-09",
        notes="Party-building portal; numbered lists; a pairing table; the plan's own contact next to the site's hotline",
        page="""
<html><head><meta charset="utf-8"><title>“党员结对·暖心守护”独居老人关爱行动方案 - 组织建设 - 槐阳党建网</title></head><body>
<div class="logo">⟦m 槐阳党建网　中共槐阳区委组织部主办⟧</div>
<div class="nav">⟦m 首页　组织建设　党员教育　先锋风采　基层动态　远程教育⟧</div>
<div class="pos">⟦m 当前位置 :: 首页 :: 组织建设⟧</div>
<div class="content"><h1>{T}</h1>
<div class="meta">⟦m 稿源：区委组织部　　日期：2025-10-10　　阅读：【 1288 】⟧</div>
{BODY}
</div>
<div class="related">⟦l 相关文章：在职党员“双报到”工作指引　|　社区党组织“红色物业”建设方案⟧</div>
<div class="foot">⟦m 槐阳党建网　党员服务热线：12371⟧ ⟦m 冀ICP备12017739号⟧</div>
</body></html>
""",
        body="""
为深入践行以人民为中心的发展思想，切实解决辖区独居老人生活中的急难愁盼问题，区委组织部决定在全区开展“党员结对·暖心守护”独居老人关爱行动，制定本方案。
一、结对对象
全区六十五周岁以上独居老人共一千一百二十人，由各社区党组织逐一摸排确认。
二、结对方式
每名独居老人由一至二名在职党员或社区党员结对，原则上就近结对。
三、服务内容
1. 每周至少上门或电话联系一次，了解老人身体和生活情况；
2. 协助老人办理就医、缴费等事项；
3. 节假日和极端天气期间增加走访频次；
4. 发现老人身体异常时及时联系家属和社区。
四、工作安排
街道　　独居老人数　　结对党员数
东关街道　　386　　412
西城街道　　451　　480
南湖街道　　283　　305
五、联系方式
区委组织部组织科　联系人：郝婧　电话：0312-5083116
中共槐阳区委组织部
2025年10月9日
""",
    ),
    dict(
        slug="party-liuyun-summary-bookmobile",
        site="流云县机关党建网 (invented)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://jgdj.liuyun.gov.cn/zbfc/2025/06/17/5531.html",
        title="县图书馆党支部“流动图书车进乡村”主题党日活动总结",
        date="2025-06-16",
        notes="Party-building text page; glued editor line after the last paragraph; share bar",
        page="""
!m 流云县机关党建网
!m 首页 ＞ 支部风采 ＞ 正文
{T}
!m 信息来源：县图书馆党支部　　发布日期：2025-06-17
!a 【字号：放大　还原　缩小】　【我要纠错】
{BODY}
!l 分享至：微信朋友圈　｜　QQ　｜　微博
!l 上一篇：县档案馆党支部开展“七一”前夕走访慰问
!l 下一篇：县文旅局党组理论学习中心组集体学习
!m 中共流云县直属机关工作委员会主办　技术维护：县政务信息中心
""",
        body="""
6月中旬，县图书馆党支部组织开展“流动图书车进乡村”主题党日活动，支部十二名党员分成三组，随流动图书车走进白沙、竹坪、马岭三个偏远村。
活动中，党员志愿者为村民办理借书证九十七张，借出图书六百余册，并为村小捐赠少儿读物三百册。在竹坪村，党员们还给留守老人读报、讲解防诈骗知识，受到群众欢迎。
通过这次活动，党员们进一步了解了乡村群众的阅读需求。支部决定，今后每月安排一次流动图书车下乡，并在三个村设立图书流通点，实现图书定期轮换。
流云县图书馆党支部
2025年6月16日⟦m （编辑：谢萍　审核：钟海）⟧
""",
    ),
    dict(
        slug="hospital-shiyuan-notice-hepatitis-html",
        site="诗源县人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.syxrmyy.com/news/tz/2025/0725/1034.html",
        title="关于开展“世界肝炎日”乙肝免费筛查活动的通知",
        record_title="关于开展“世界肝炎日”乙肝免费筛查活动的通知-诗源县人民医院",
        date="2025-07-24",
        notes="hospital site; department's 咨询电话 next to the hospital's 24-hour line and 预约 line; floating consult box",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于开展“世界肝炎日”乙肝免费筛查活动的通知-诗源县人民医院</title></head><body>
<div class="top">⟦m 诗源县人民医院　二级甲等综合医院⟧ ⟦m 24小时急诊电话：0736-6120120⟧</div>
<div class="nav">⟦m 医院概况 | 科室导航 | 专家介绍 | 就医指南 | 新闻中心 | 党建园地⟧</div>
<div class="loc">⟦m 首页 &gt; 新闻中心 &gt; 通知公告⟧</div>
<div class="article"><h1>{T}</h1>
<div class="time">⟦m 发布时间：2025-07-25　作者：感染科　浏览次数：672⟧</div>
{BODY}
</div>
<div class="float">⟦w 在线咨询 · 预约挂号请拨 0736-6125566⟧</div>
<div class="pn">⟦l 上一篇：我院成功开展首例经皮椎间孔镜手术⟧ ⟦l 下一篇：暑期儿童眼健康讲座预告⟧</div>
<div class="footer">⟦m 地址：诗源县人民路109号　湘ICP备16008822号⟧ ⟦d 本站信息仅供参考，不能作为诊断及医疗的依据⟧</div>
</body></html>
""",
        body="""
7月28日是第十五个“世界肝炎日”。为提高群众对病毒性肝炎的知晓率，做到早发现、早治疗，我院感染科将开展乙肝免费筛查活动。现将有关事项通知如下。
一、活动时间：2025年7月28日至8月1日，每天上午8:00—11:30。
二、活动地点：门诊楼一楼感染科诊区。
三、筛查对象：年满十八周岁、近一年内未做过乙肝检测的本县常住居民，每天限额一百人。
四、筛查项目：乙肝表面抗原快速检测，结果阳性者可免费进一步检测乙肝病毒DNA。
五、注意事项：请携带身份证，检测无需空腹。
咨询电话：0736-6127703（感染科护士站）
诗源县人民医院
2025年7月24日
""",
    ),
    dict(
        slug="hospital-mingmu-speech-cornea-donation",
        site="明目眼科医院 (invented)",
        style="医院官网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.mingmueye.cn/dongtai/2025/0409/388.html",
        title="在角膜捐献者缅怀纪念活动上的致辞",
        record_title="【院长致辞】在角膜捐献者缅怀纪念活动上的致辞 | 明目眼科医院",
        date="2025-04-04",
        notes="hospital news page; a date under the speech title; speaker line neutral; a hotline footer",
        page="""
!m 明目眼科医院　专注眼健康二十年
!m 首页 ｜ 医院动态 ｜ 院长致辞
{T}
院长　尹晴川
（2025年4月4日）
{BODY}
!m 供稿：院办　摄影：宣传科　发布：2025-04-09
!l 相关新闻：我院角膜库年内完成移植手术四十一例
!m 预约热线：400-8061-777　地址：滨江路66号
!d 版权所有 明目眼科医院 未经授权禁止复制
""",
        body="""
各位捐献者家属，各位来宾，同志们：
又是一年清明时节。今天，我们在这里缅怀过去一年里无偿捐献角膜的二十三位逝者，向他们致以崇高的敬意，向他们的家属表示深深的感谢。
他们在生命的最后时刻，选择把光明留给他人。正是因为他们的大爱，我院去年完成角膜移植手术四十一例，让四十一位患者重新看见了世界。其中最小的受者只有九岁。
角膜捐献是一项崇高的事业，也是一项需要全社会理解和支持的事业。我们将严格按照规范做好角膜的获取、保存和分配工作，让每一份捐献都发挥最大价值，也将持续做好对捐献者家属的关怀工作。
最后，再次感谢各位家属。让我们一起，把这份光明传递下去。
""",
    ),
    dict(
        slug="univ-nanyang-notice-cp-volunteers-html",
        site="南阳师范学院特殊教育学院 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://tjxy.nysf.edu.cn/info/1071/6632.htm",
        title="关于招募脑瘫儿童康复陪伴志愿者的通知",
        record_title="关于招募脑瘫儿童康复陪伴志愿者的通知-特殊教育学院",
        date="2025-03-12",
        notes="university school site; an e-mail of the document kept; the site's own contact footer; the document speaks of 扫码",
        page="""
<html><head><meta charset="utf-8"><title>关于招募脑瘫儿童康复陪伴志愿者的通知-特殊教育学院</title></head><body>
<div class="header">⟦m 特殊教育学院　School of Special Education⟧ ⟦m 学校主页 | English⟧</div>
<div class="nav">⟦m 学院概况　师资队伍　人才培养　科学研究　学生工作　党建工作⟧</div>
<div class="position">⟦m 当前位置: 首页 &gt;&gt; 学生工作 &gt;&gt; 通知公告 &gt;&gt; 正文⟧</div>
<form name="_newscontent_fromname"><h1>{T}</h1>
<div class="info">⟦m 作者：团委　　来源：本站原创　　发布时间：2025-03-12　　点击数：⟧</div>
{BODY}
</form>
<div class="close">⟦a 【关闭窗口】⟧</div>
<div class="copyright">⟦m Copyright © 2025 特殊教育学院　学院地址：卧龙校区明德楼　办公电话：0377-63519021⟧</div>
</body></html>
""",
        body="""
各班级：
为提升同学们的专业实践能力，学院与市残疾人康复中心合作开展脑瘫儿童康复陪伴志愿服务，现面向全院学生招募志愿者。
一、招募人数：30人。
二、服务内容：协助康复治疗师开展运动训练和游戏活动，陪伴患儿进行语言、认知训练。
三、服务时间：2025年3月至6月，每周六上午，每名志愿者每月服务不少于两次。
四、报名条件：热爱特殊教育事业，有耐心、有责任心，康复治疗、特殊教育专业学生优先。
五、报名方式：请扫码填写报名表，或将报名表发送至 tjxytw@nysf.edu.cn，截止时间为3月18日。
院团委将于3月20日组织岗前培训，请入选同学准时参加。
特殊教育学院团委
2025年3月12日
""",
    ),
    dict(
        slug="univ-qiaolin-notice-turmeric-fieldtrip",
        site="侨林农林大学药学院 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://yxy.qiaolin.edu.cn/xwgg/2025/1103/7719.htm",
        title="关于组织2023级中药资源专业学生赴姜黄种植基地实习的通知",
        date="2025-11-03",
        notes="university school text page; a schedule table; numbered list; the byline date",
        page="""
!m 侨林农林大学药学院
!m 首页 | 学院概况 | 本科教学 | 研究生教育 | 科研平台 | 通知公告
!m 位置：首页 >> 通知公告 >> 正文
{T}
!m 发布时间：2025-11-03 09:48　　发布者：教学办　　浏览次数：197
{BODY}
!a 【打印本页】　【关闭】
!m 版权所有：侨林农林大学药学院　地址：金山校区生科楼B座
""",
        body="""
各班级：
根据教学计划，学院定于11月中旬组织2023级中药资源与开发专业学生赴县域姜黄种植基地开展专业实习。现将有关事项通知如下。
一、实习安排
日期　　内容　　带队教师
11月17日　　基地概况与种植模式讲解　　黄文轩
11月18日　　姜黄采挖与产地初加工　　林素雅
11月19日　　质量检测与实习总结　　黄文轩
二、注意事项
1. 实习期间统一乘车往返，不得单独行动；
2. 进入田间须穿长袖长裤和胶鞋；
3. 每名学生实习结束后提交实习报告一份，计入课程成绩。
药学院教学办公室
2025年11月3日
""",
    ),
    dict(
        slug="localforum-tangxi-notice-power-outage-junk",
        site="塘西生活网论坛 (invented)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="text",
        source="http://bbs.tangxi.cc/thread-771203-1-1.html",
        title="关于2025年10月计划停电的通知",
        record_title="扩散！下周这些地方停电，关于2025年10月计划停电的通知",
        title_in="decorated",
        date="2025-10-10",
        date_also=["2025-10-11"],
        notes="local forum repost with junk; a table of outage areas; post date differs from the notice's date",
        page="""
!m 塘西生活网 › 塘西论坛 › 便民信息
扩散！下周这些地方停电，关于2025年10月计划停电的通知
!m 阿水哥　　发表于 2025-10-11 08:03　　来自手机
{BODY}
!l 评论 (14)
!l 城东老王：又停？上个月刚停过
!l 小鱼儿：收到，提前给冰箱腾一腾
!a 回帖需要登录　　发帖　　回复
!m 塘西生活网 Powered by Discuz!
""",
        junk=dict(lines=1, glued=2),
        body="""
尊敬的电力客户：
为提高供电可靠性，供电公司将对部分线路进行检修。届时以下区域将暂停供电，请各单位和居民提前做好准备。
停电时间　　停电范围
10月15日 8:00—17:00　　塘西镇新街、老街、粮站路一带
10月16日 7:30—16:30　　塘西工业园A区
10月18日 8:00—12:00　　上湾村、下湾村
如遇天气等原因，停电时间可能调整，恢复供电不再另行通知，停电期间请视同带电。
供电服务热线：95598
国网塘西供电所
2025年10月10日
""",
    ),
    dict(
        slug="localforum-fenghu-notice-street-vendors-html",
        site="枫湖论坛 (invented)",
        style="地方论坛",
        genre="通告",
        kind="notice",
        form="html",
        source="https://www.fenghuluntan.com/thread-30092-1-1.html",
        title="关于设置流动摊贩临时疏导点的通告",
        record_title="【民生】关于设置流动摊贩临时疏导点的通告 - 枫湖论坛",
        date="2025-05-20",
        notes="town forum with jammer fonts; a table of vending points; the forum post date is the only page date besides the document's",
        page="""
<html><head><meta charset="utf-8"><title>【民生】关于设置流动摊贩临时疏导点的通告 - 枫湖论坛</title></head><body>
<div id="toptb">⟦m 枫湖论坛 — 枫湖人自己的网上家园⟧ <a>⟦a 快捷登录⟧</a></div>
<div id="pt">⟦m 枫湖论坛 › 城事民生 › 帖子⟧</div>
<div class="pi">⟦m 楼主　枫湖城管小蓝　发表于 2025-5-21 10:17⟧</div>
<h1>⟦t 【民生】关于设置流动摊贩临时疏导点的通告⟧</h1>
<div class="t_fsz">
{BODY}
</div>
<div class="sign">⟦l 本帖最后由 枫湖城管小蓝 于 2025-5-21 10:20 编辑⟧</div>
<div class="po">⟦a 回复　引用　举报　分享到微信⟧</div>
<div class="fl">⟦l 2楼 夜宵爱好者：终于有固定地方了⟧</div>
<div id="ft">⟦m 手机版 | Archiver | 枫湖论坛 ©2008-2025⟧</div>
</body></html>
""",
        junk=dict(lines=1, glued=1),
        body="""
为方便群众生活，规范流动摊贩经营秩序，经镇人民政府研究，决定在镇区设置流动摊贩临时疏导点。现将有关事项通告如下：
一、疏导点位置和经营时间
疏导点　　经营时间
人民广场东侧停车场　　17:00—23:00
农贸市场北门空地　　6:00—10:00
二、入驻办法。摊贩须到镇城管中队登记，免费领取摊位号，实行定点、定时经营。
三、经营要求。摊贩应自备垃圾桶，收摊后清扫干净；不得占用盲道和消防通道。
四、本通告自2025年6月1日起施行。
枫湖镇人民政府
2025年5月20日
""",
    ),
]

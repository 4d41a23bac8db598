"""holdout179, part C: Q&A sites, personal collections, Party-building sites, hospitals and
universities. Invented text throughout; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="qa-wenba-soapbox-mould-answer-text",
        site="问吧生活 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://wenba.example.com/question/70223341",
        title="肥皂盒底下总是黏糊糊的，怎么解决？",
        record_title=None,
        date=None,
        notes="title missing: the question on the page; best-answer badge; relative answer time is no date; 关注问题 button",
        page="""
!m 问吧生活 > 家居日用
{T}
!a 关注问题　写回答　邀请回答
!m 3 个回答 · 被浏览 6,912 次
!m ★ 最佳回答　　收纳达人阿柚　回答于 5 天前
{BODY}
!l 赞同 211　　反对　　评论 14
!l 相关问题：浴室地漏反味怎么办？　　毛巾发硬发臭怎么处理？
""",
        body="""
这个问题主要是肥皂泡在积水里，表面化开形成皂泥，建议从三方面入手。
第一，换成带沥水孔或者双层的肥皂盒，让水能流下去；第二，把肥皂盒放在通风的地方，不要放在花洒正下方。
第三，每周用热水把肥皂盒冲一次，皂泥就不会越积越多。
如果不想换肥皂盒，也可以在肥皂下面垫一块丝瓜络，既能沥水又能顺手搓澡巾。
""",
    ),
    dict(
        slug="qa-zhidian-shoehorn-elderly-answer-html",
        site="知点问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.zhidian-qa.example.com/q/5519082.html",
        title="老人弯腰穿鞋困难，长柄鞋拔子有用吗？",
        record_title="老人弯腰穿鞋困难，长柄鞋拔子有用吗？_知点问答",
        date="2024-04-28",
        notes="Q&A answer by a rehab therapist; 回答时间 line date; a sentence about the answerer's own clinic phone is document content? no: consult box is chrome; similar questions",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>老人弯腰穿鞋困难，长柄鞋拔子有用吗？_知点问答</title></head><body>
<div class="nav">⟦m 知点问答⟧ ⟦m 首页 分类 专家团⟧ ⟦a 我要提问⟧</div>
<div class="q"><h1>{T}</h1><div>⟦m 提问者：禾苗妈妈 · 健康/老年护理⟧</div></div>
<div class="ans">
<div class="badge">⟦m 专家回答　康复治疗师 鲁青⟧</div>
<div class="time">⟦m 回答时间：2024-04-28 15:06⟧</div>
{BODY}
<div class="vote">⟦l 有用(83)⟧ ⟦l 没用(2)⟧ ⟦l 分享⟧</div>
</div>
<div class="consult">⟦w 想找康复师一对一指导？添加客服微信 zd_kangfu01⟧</div>
<div class="sim">⟦l 类似问题⟧<ul><li>⟦l 老人走路不稳该选什么样的拐杖？⟧</li></ul></div>
<footer>⟦d 回答内容仅供参考，不能代替医生面诊。⟧</footer>
</body></html>
""",
        body="""
长柄鞋拔子对腰腿不便的老人确实有帮助，推荐长度在50到70厘米之间，这样老人站着或坐着都能用，不需要弯腰。
选的时候注意三点：一是手柄要有防滑套，二是鞋拔子头部要宽一些、弧度贴合脚跟，三是尾部最好有挂绳，方便挂在鞋柜旁边。
另外，建议给老人换成魔术贴或者一脚蹬的鞋，配合鞋拔子使用，穿鞋会轻松很多。
""",
    ),
    dict(
        slug="collection-linmu-thimble-essays-chapter",
        site="林木文存 (invented)",
        style="个人文集",
        genre="随笔",
        kind="other",
        form="text",
        source="http://www.linmuwencun.example.net/juan2/047.html",
        title="母亲的顶针箍",
        record_title="《林木文存》卷二·第47篇｜母亲的顶针箍",
        date=None,
        notes="personal collection with volume nav; no date (only a year mentioned in the text); oneline body",
        oneline=True,
        indent="　　",
        page="""
!m 林木文存　·　一个退休教师的文字角落
!m 卷二　家常篇　（第47篇 / 共63篇）
{T}
{BODY}
!l 〈 第46篇　雪夜煮茶　　|　　目录　　|　　第48篇　村口的井 〉
!d 文集内容为作者原创，转载请先留言告知。
""",
        body="""
母亲的顶针是一个铁箍，不是铜的，上面的麻点早已磨平，边缘还缺了一小块。
一九七八年冬天，她就戴着这个顶针，在煤油灯下给我们兄妹四个做棉鞋，常常做到鸡叫头遍。
后来日子好了，家里买了缝纫机，顶针就收进了抽屉，可她补袜子的时候还是习惯戴上它。
如今母亲已经八十六岁，手指不再灵活，那个铁箍却一直放在她床头的针线盒里。
""",
    ),
    dict(
        slug="collection-penholder-retired-engineer-html",
        site="铎翁集 (invented)",
        style="个人文集",
        genre="随笔",
        kind="other",
        form="html",
        source="https://duoweng.example.org/ji/3/12.html",
        title="我的第一只竹笔筒",
        record_title="我的第一只竹笔筒 - 铎翁集",
        date="2022-05-14",
        notes="personal collection HTML; date written at the end of the essay (成文 line); chapter nav; visitor counter",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>我的第一只竹笔筒 - 铎翁集</title></head><body>
<div class="banner">⟦m 铎翁集 · 一个老工程师的闲笔⟧</div>
<div class="toc">⟦m 第三辑 器物小记 · 第12篇⟧</div>
<h2>{T}</h2>
{BODY}
<div class="pager">⟦l 上一篇：砚台的来历⟧ ⟦l 返回目录⟧ ⟦l 下一篇：一把老算尺⟧</div>
<div class="cnt">⟦m 本页浏览 244 次⟧</div>
<footer>⟦d 文字版权归作者所有，未经同意请勿转载。⟧</footer>
</body></html>
""",
        body="""
我的第一只竹笔筒，是上中学时父亲用一截竹筒给我做的，筒壁上刻着“勤学”两个字。
那时候家里穷，买不起文具盒，铅笔、钢笔、尺子都插在这只笔筒里，我用它一直用到高中毕业。
参加工作后，我走南闯北修了三十年桥，那只竹笔筒一直跟着我，边口裂了又用铁丝箍上。
如今它摆在我的书桌上，插的还是那几支旧钢笔。
二〇二二年五月十四日于铎山寓所
""",
    ),
    dict(
        slug="dangjian-soapbox-factory-branch-speech-text",
        site="铖湖非公党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://fgdj.chenghu.example.gov.cn/zbfc/202407/1180.html",
        title="在肥皂盒生产企业党支部“党员先锋岗”授牌仪式上的讲话",
        record_title="【支部风采】在肥皂盒生产企业党支部“党员先锋岗”授牌仪式上的讲话",
        date="2024-07-01",
        notes="speech with a date in Chinese numerals under the title and a speaker line (neutral); study-points line; breadcrumb",
        page="""
!m 铖湖非公党建网　　凝聚非公力量　建强战斗堡垒
!m 首页 ＞ 支部风采 ＞ 正文
{T}
!m 时间：2024-07-03　来源：县非公党工委　点击：391
!a 阅读本文可获学习积分 1 分
（二〇二四年七月一日）
县非公有制经济组织党工委书记　唐立新
{BODY}
!l 【相关阅读】两新组织党建工作联席会议召开
!m 主办：中共铖湖县委非公有制经济组织工作委员会
""",
        body="""
同志们：
今天，我们在这里为公司党支部的六个“党员先锋岗”授牌，这是支部建设的一件喜事。
公司是我县规模最大的日用塑料制品企业，肥皂盒年产量占全县的三成，党支部在生产一线设立先锋岗，就是要让党员在注塑、包装、质检等关键岗位上带头。
希望受牌的党员同志亮身份、当表率，把先锋岗的牌子擦亮。
""",
        date_also=["2024-07-03"],
    ),
    dict(
        slug="dangjian-doorstop-volunteer-summary-html",
        site="镆原机关党建 (invented)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://jgdj.moyuan.example.gov.cn/dzbjs/2024/12/19/5581.html",
        title="机关党支部“为老人家门口装门挡”志愿服务活动总结",
        record_title="机关党支部“为老人家门口装门挡”志愿服务活动总结_镆原机关党建",
        date="2024-12-19",
        notes="Party-building portal; 发布时间 byline; data table rows kept; sidebar study links",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>机关党支部“为老人家门口装门挡”志愿服务活动总结_镆原机关党建</title></head><body>
<div class="top">⟦m 镆原机关党建⟧ ⟦a 学习强国⟧ ⟦a 共产党员网⟧</div>
<nav>⟦m 党建要闻 支部建设 党员教育 廉政建设⟧</nav>
<div class="loc">⟦m 当前位置：首页 &gt; 支部建设⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 发布时间：2024-12-19　作者：县自然资源局机关党支部　浏览次数：208⟧</div>
{BODY}
<div class="tools">⟦a 【打印正文】⟧ ⟦a 【关闭窗口】⟧</div>
<aside>⟦l 专题：主题教育⟧ ⟦l 专题：基层减负⟧</aside>
<footer>⟦m 中共镆原县直属机关工作委员会主办⟧</footer>
</body></html>
""",
        body="""
今年以来，局机关党支部结合“我为群众办实事”，在结对社区开展了为独居老人家门口安装门挡的志愿服务活动。
活动情况如下：
季度　服务户数　安装门挡数
第二季度　36　58
第三季度　41　66
第四季度　29　47
通过入户安装，党员还顺带检查了老人家中的燃气阀门和电线插座，发现并整改隐患21处。
下一步，支部将把这项服务纳入常态化志愿服务清单。
""",
    ),
    dict(
        slug="hospital-rehab-shoehorn-news-html",
        site="锃溪县中医院 (invented)",
        style="医院官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.zxzyy.example.com/news/kfk/20240612/1290.html",
        title="康复科开展“自助穿鞋”训练 让髋关节术后患者少弯腰",
        record_title=None,
        date="2024-06-12",
        notes="hospital site with booking float and 24-hour line; the department's own 咨询电话 kept in the body next to the hospital hotline",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>康复科开展“自助穿鞋”训练 让髋关节术后患者少弯腰-锃溪县中医院</title></head><body>
<header>⟦m 锃溪县中医院　二级甲等中医医院⟧ ⟦a 预约挂号⟧ ⟦a 报告查询⟧</header>
<nav>⟦m 医院概况 科室导航 专家介绍 新闻动态 就医指南⟧</nav>
<div class="crumb">⟦m 新闻动态 &gt;&gt; 科室动态⟧</div>
<h3>{T}</h3>
<div class="src">⟦m 2024-06-12　康复医学科　阅读：517⟧</div>
{BODY}
<div class="float">⟦a 在线预约　扫码挂号⟧</div>
<footer>⟦m 24小时急诊电话：0731-8810120⟧ ⟦m 地址：锃溪县杏林路1号⟧</footer>
</body></html>
""",
        body="""
近日，医院康复医学科为髋关节置换术后患者开展了“自助穿鞋”专项训练，教患者使用长柄鞋拔子和穿袜器。
康复治疗师介绍，髋关节置换术后三个月内要避免髋关节过度屈曲，弯腰穿鞋容易造成假体脱位。
训练中，治疗师手把手示范坐位下用鞋拔子穿鞋的动作，并为每位患者发放了一把长柄鞋拔子。
康复医学科咨询电话：0731-8812265。
""",
    ),
    dict(
        slug="hospital-thimble-nursing-insight-text",
        site="钤阳市第二人民医院 (invented)",
        style="医院官网",
        genre="心得体会",
        kind="insight",
        form="text",
        source="http://www.qysey.example.cn/hlb/hlwh/2024/0512.html",
        title="一枚顶针的护理课",
        record_title="【护理部】一枚顶针的护理课-钤阳市第二人民医院",
        date="2024-05-12",
        notes="nurse's essay on a hospital site; 发布 line date; glued photo caption; font-size links",
        page="""
!m 钤阳市第二人民医院 —— 护理部 · 护理文化
!m 【字号：A+ A A-】
{T}
!m 发布于：2024年05月12日　撰稿：外科一病区 车佩瑶
{BODY}
!l 上一条：护士节表彰大会召开　　下一条：静脉治疗专科小组开展培训
!m 医院地址：钤阳市人民北路66号　咨询电话：0733-2298000
""",
        body="""
上个月，病区收治了一位做了一辈子裁缝的老奶奶，她手上总戴着一枚铜顶针，说摘了就睡不着。
按规定，手术前患者要摘下所有金属饰品，我们耐心跟她解释，并找来一个小布袋，把顶针装好交给她女儿保管。
手术后第一天，她醒来第一句话就是问顶针，女儿把顶针放回她手心，老人才安心地笑了。⟦m 图：护士为患者整理床单位⟧
这件小事让我明白，护理不仅是执行医嘱，更要读懂每一位患者心里的那份牵挂。
""",
    ),
    dict(
        slug="university-penholder-design-contest-html",
        site="钧口职业技术学院 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.jkvtc.example.edu.cn/info/1042/7781.htm",
        title="关于举办第五届“文房新器”笔筒创意设计大赛的通知",
        record_title="关于举办第五届“文房新器”笔筒创意设计大赛的通知-钧口职业技术学院",
        date="2025-03-10",
        notes="university office notice; decimal headings; 扫码报名 as content; a 邮箱 in the body; quick links",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于举办第五届“文房新器”笔筒创意设计大赛的通知-钧口职业技术学院</title></head><body>
<div class="hd">⟦m 钧口职业技术学院⟧ ⟦a 信息门户⟧ ⟦a 图书馆⟧ ⟦a 校园邮箱⟧</div>
<nav>⟦m 学校概况 院系设置 教学科研 招生就业 校园文化⟧</nav>
<div class="pos">⟦m 当前位置：首页 › 通知公告 › 正文⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 作者：艺术设计学院　发布时间：2025-03-10　点击：[1185]⟧</div>
{BODY}
<div class="close">⟦a 【关闭】⟧</div>
<footer>⟦m 地址：钧口县大学城文华路88号　邮编：421900⟧ ⟦m 湘ICP备10022019号⟧</footer>
</body></html>
""",
        body="""
各二级学院：
为激发学生创新设计能力，学校决定举办第五届“文房新器”笔筒创意设计大赛。
1 参赛要求
1.1 作品须为原创笔筒设计，材质不限，可提交实物或三维效果图。
1.2 每件作品参赛人数不超过3人，指导教师不超过1人。
2 报名方式
参赛学生请扫描报名二维码填写信息，作品电子版发送至wfxq2025@example.edu.cn。
3 时间安排
报名截止时间为4月15日，5月中旬进行现场评审。
艺术设计学院
2025年3月10日
""",
    ),
    dict(
        slug="university-library-doorstop-news-text",
        site="铙浦学院图书馆 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="text",
        source="http://lib.naopu.example.edu.cn/news/2023/1121.html",
        title="图书馆为自习室木门加装缓冲门挡",
        record_title="图书馆为自习室木门加装缓冲门挡",
        record_date="2023-11-21",
        date="2023-11-21",
        notes="record date; site footer; 馆内 nav; previous/next lines",
        page="""
!m 铙浦学院图书馆　|　首页　|　资源　|　服务　|　本馆动态
{T}
!m 来源：办公室　日期：2023-11-21
{BODY}
!l 【上一篇】图书馆开展“书香月”读书分享会
!l 【下一篇】关于寒假期间开馆时间的通知
!m 铙浦学院图书馆 版权所有 © 2023
""",
        body="""
近期，不少同学反映三楼自习室的木门开关时声响较大，影响学习。
图书馆高度重视，联系后勤处为三楼、四楼的12扇木门加装了缓冲门挡和闭门器。
改造完成后，自习室关门声明显减小，同学们纷纷点赞。
图书馆欢迎读者通过意见箱继续提出改进建议。
""",
    ),
]

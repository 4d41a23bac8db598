"""holdout112, part D: second sites of the education, intranet, Q&A, collection, Party-building,
hospital, university, local-forum, download, exam, tender, law-firm and residents' kinds.
Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="edu-weiping-school-radio-club-plan",
        site="渭坪县实验中学 (invented)",
        style="教育门户",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.wpsyzx.example.edu.cn/xyxw/2025/0912/330.html",
        title="“走进发射台”科普研学活动方案",
        record_title="“走进发射台”科普研学活动方案 - 渭坪县实验中学",
        date="2025-09-12",
        notes="school page: a schedule table, safety numbered list, the teacher's own contact kept, hard-wrapped at 64 columns with page markers on their own lines",
        wrap=64,
        indent="　　",
        pages=dict(fmt="⁘{n}⁘", every=90, start=2),
        page="""
!m 渭坪县实验中学 · 校园新闻
!m 首页 >> 德育天地 >> 研学实践
!t “走进发射台”科普研学活动方案
!m 作者：教务处　来源：本站原创　点击数：356　更新：2025-09-12
{BODY}
!l 上一篇：2025年秋季开学典礼隆重举行　下一篇：我校举行消防疏散演练
!m 渭坪县实验中学版权所有　技术维护：渭坪县电教馆
""",
        body="""
为激发学生学习物理的兴趣，了解无线电波的传播原理，学校决定组织八年级学生赴磐石山广播电视发射台开展科普研学活动。活动由学校物理组和发射台技术科共同组织，学生将参观发射机房、天线铁塔和监测值班室，听取技术人员讲解电视信号从发射到接收的全过程，并完成一份研学报告。
时间　班级　带队教师
9月20日上午　八（1）—八（4）班　陈涛
9月27日上午　八（5）—八（8）班　杨帆
安全要求：
1. 学生统一乘坐学校租用的客车，不得自行前往。
2. 进入机房后听从讲解员指挥，不得触摸任何设备。
3. 发射塔下为高压区域，严禁越过警戒线。
联系人：陈涛，电话：0913-6021588
渭坪县实验中学教务处
2025年9月12日
""",
    ),
    dict(
        slug="oa-tangcheng-egg-factory-safety-html",
        site="松香蛋品公司协同办公 (invented)",
        style="企业内网",
        genre="通知",
        kind="notice",
        form="html",
        source="http://oa.songxiang.example.local/notice/view.do?id=7731",
        title="关于腌制车间碱液使用安全的紧急通知",
        record_title="内网通知-关于腌制车间碱液使用安全的紧急通知",
        date="2025-05-17",
        notes="intranet document view: approval flow, read counts and an export bar; 抄送 line kept; 内部资料 notice",
        page="""
<html><head><meta charset="utf-8"><title>内网通知-关于腌制车间碱液使用安全的紧急通知</title></head><body>
<div class="sys">⟦m 松香蛋品公司协同办公系统⟧ ⟦m 当前用户：质检部 何丽⟧ ⟦a 退出⟧</div>
<div class="path">⟦m 公告通知 » 安全生产 » 正文⟧</div>
<h2>⟦t 关于腌制车间碱液使用安全的紧急通知⟧</h2>
<div class="m">⟦m 发布部门：安全环保部　发布时间：2025-05-17 10:26　已读 63 / 未读 12⟧</div>
{BODY}
<div class="flow">⟦m 审批流程：安全环保部 拟稿 → 生产副总 审核 → 总经理 批准⟧</div>
<div class="bar">⟦a 导出Word⟧ ⟦a 打印⟧ ⟦a 标记已读⟧</div>
<div class="ft">⟦d 本系统信息仅限公司内部使用，严禁截图外传⟧</div>
</body></html>
""",
        body="""
各车间、各部门：
5月16日，腌制车间一名员工在配制料液时未佩戴防护眼镜，碱液溅入眼睛造成灼伤。为杜绝类似事故，现紧急通知如下：
一、配制料液必须佩戴防护眼镜、耐碱手套和围裙，缺一不得上岗。
二、车间洗眼器每班检查一次，确保出水正常。
三、各车间于5月20日前组织一次碱液灼伤应急处置培训。
安全环保部
2025年5月17日
抄送：总经理、生产副总
""",
    ),
    dict(
        slug="qa-wenjing-maltose-why-hardens",
        site="问境 (a Q&A site, invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.wenjing.example.com/question/88120417",
        title="自己熬的麦芽糖为什么放两天就变硬了？",
        record_title=None,
        date=None,
        notes="Q&A with no record title: the question on the page; the answerer's 编辑于 with a relative time is no date; vote bar",
        page="""
!m 问境 · 发现好答案
{T}
!m 关注问题　写回答　邀请回答
!m 12 个回答　·　被浏览 8,420
!m 糖坊第三代　古街熬糖人　　编辑于 昨天 21:14
{BODY}
!l 赞同 356　　 27 条评论　　分享　　收藏　　喜欢
!l 查看全部 12 个回答
""",
        body="""
我家在古街熬了三代麦芽糖，这个问题遇到过很多次。
变硬主要是两个原因：一是熬的时候火候过了，含水量太低，冷了就发脆发硬；二是存放时没有密封，糖吸了空气里的水又析出结晶。
解决办法是熬到用筷子挑起能拉出细丝、滴进冷水里成软团就关火，装进干净的玻璃罐密封，放在阴凉处。
已经变硬的糖也不用扔，隔水加热十几分钟就能软回来。
""",
    ),
    dict(
        slug="collection-dongqiao-essay-winter-melon-html",
        site="东桥杂忆 (a personal collection, invented)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="html",
        source="https://dongqiao-zayi.example.net/chapter/23.html",
        title="外婆的冬瓜棚",
        record_title="第二十三篇 外婆的冬瓜棚 - 东桥杂忆",
        date=None,
        notes="collection chapter reader: chapter nav, font and night-mode controls, a reader's comment; a year in the text is no date",
        page="""
<html><head><meta charset="utf-8"><title>第二十三篇 外婆的冬瓜棚 - 东桥杂忆</title></head><body>
<div class="bar">⟦m 东桥杂忆⟧ ⟦a 字号 大 中 小⟧ ⟦a 护眼模式⟧</div>
<div class="toc">⟦l 返回目录⟧</div>
<h1>⟦t 第二十三篇　外婆的冬瓜棚⟧</h1>
{BODY}
<div class="nav">⟦l ‹ 第二十二篇 放牛的夏天⟧ ⟦l 第二十四篇 村口的代销店 ›⟧</div>
<div class="cmt">⟦l 读者留言：看哭了，我外婆也种冬瓜。——南山⟧</div>
<div class="cp">⟦d 本文集所有文字版权归作者所有⟧</div>
</body></html>
""",
        body="""
外婆家的冬瓜棚搭在屋后的菜地里，用竹竿和稻草绳扎成，夏天瓜藤爬满棚顶，底下是一片阴凉。
我七八岁那几年，暑假都在外婆家过。外婆摘下最大的一个冬瓜，足有三十来斤，要我和表哥两个人抬着回家。
冬瓜炖排骨、冬瓜虾皮汤，外婆能变出十几种吃法。吃不完的，她就切成块晒成冬瓜干，留到冬天。
1998年外婆去世以后，那个冬瓜棚再也没有人搭了。
""",
    ),
    dict(
        slug="dangjian-fengyuan-geese-volunteer-branch",
        site="沣源机关党建网 (invented)",
        style="党建网",
        genre="经验材料",
        kind="report",
        form="text",
        source="http://www.fyjgdj.example.gov.cn/jcdj/2025/1216/552.html",
        title="党员护雁队守护湿地生态——沣源市林业局机关第二党支部工作经验",
        record_title="【支部风采】党员护雁队守护湿地生态——沣源市林业局机关第二党支部工作经验",
        date="2025-12-16",
        notes="Party-building site: study-platform link on a line of its own inside the body, a 【支部风采】 decoration, source/editor lines",
        page="""
!m 沣源机关党建网 — 建设模范机关
!m 首页 ＞ 基层党建 ＞ 支部风采
!t 党员护雁队守护湿地生态——沣源市林业局机关第二党支部工作经验
!m 来源：市林业局机关党委　时间：2025-12-16　编辑：许诺
{BODY}
!a 【字体：大 中 小】　【打印】　【关闭】
!l 相关链接：市直机关“一支部一品牌”创建名单公布
!m 中共沣源市直属机关工作委员会主办
""",
        body="""
市林业局机关第二党支部现有党员十九名。2023年以来，支部组建党员护雁队，利用周末到沣源湖开展巡护，形成了“一支部一品牌”。
一是定期巡护。越冬期每周巡湖两次，累计清理废弃渔网一千二百米，救助受伤鸿雁十一只。
⟦a 进入“沣源先锋”学习平台⟧
二是宣传引导。在湖区周边村庄开展护鸟宣讲二十余场，发动村民担任护鸟信息员。
三是结对共建。与湖区派出所党支部结对，联合开展打击非法捕鸟行动三次。
""",
    ),
    dict(
        slug="hospital-hanshui-food-poison-yuba-html",
        site="邗水区第二人民医院 (invented)",
        style="医院官网",
        genre="健康科普",
        kind="other",
        form="html",
        source="https://www.hsey.example.com/jkkp/2025/0818/1402.html",
        title="泡发腐竹别超过一天——急诊科医生提醒",
        record_title="泡发腐竹别超过一天——急诊科医生提醒_健康科普_邗水区第二人民医院",
        date="2025-08-18",
        notes="hospital health page: appointment buttons, expert card, a 24-hour line beside the department's own 咨询电话 in the body",
        page="""
<html><head><meta charset="utf-8"><title>泡发腐竹别超过一天——急诊科医生提醒_健康科普_邗水区第二人民医院</title></head><body>
<div class="tb">⟦a 微信挂号⟧ ⟦a 智能导诊⟧ ⟦a English⟧</div>
<div class="logo">⟦m 邗水区第二人民医院⟧</div>
<div class="crumb">⟦m 首页 / 健康科普⟧</div>
<h1>⟦t 泡发腐竹别超过一天——急诊科医生提醒⟧</h1>
<div class="info">⟦m 作者：急诊科 钱文杰　审核：宣传科　日期：2025-08-18　阅读：2204⟧</div>
{BODY}
<div class="card">⟦l 专家门诊：钱文杰 副主任医师 周二、周四上午⟧</div>
<div class="tel">⟦m 24小时急救电话：0514-8722120⟧</div>
<div class="ft">⟦m 地址：邗水区文昌路66号　苏ICP备15027733号⟧</div>
</body></html>
""",
        body="""
近日，我院急诊科接诊了一家三口，都是吃了泡发两天的腐竹后出现恶心、呕吐、腹痛。
急诊科医生提醒，腐竹、木耳等干货泡发时间过长，容易滋生米酵菌酸等毒素，这种毒素耐高温，煮熟也无法破坏。
建议腐竹用凉水泡发，夏季泡发时间不超过四小时，泡发后尽快食用；发现腐竹发黏、有异味的，坚决不吃。
如出现不适，请及时就医。急诊科咨询电话：0514-8722301
""",
    ),
    dict(
        slug="university-rongping-cordyceps-lecture-html",
        site="榕坪高原农牧学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.rpgynm.example.edu.cn/xwzx/xydt/2025-05-09/3310.htm",
        title="我院专家赴牧区开展虫草可持续采挖技术培训",
        record_title="我院专家赴牧区开展虫草可持续采挖技术培训-榕坪高原农牧学院",
        date="2025-05-09",
        notes="university news: 作者/摄影/审核 line, photo caption, 返回顶部 link, address footer",
        page="""
<html><head><meta charset="utf-8"><title>我院专家赴牧区开展虫草可持续采挖技术培训-榕坪高原农牧学院</title></head><body>
<div class="hd">⟦m 榕坪高原农牧学院⟧ ⟦a 信息门户⟧ ⟦a 图书馆⟧ ⟦a 校园邮箱⟧</div>
<div class="nav">⟦m 学院概况 | 院系设置 | 科学研究 | 招生就业 | 合作交流⟧</div>
<h1>⟦t 我院专家赴牧区开展虫草可持续采挖技术培训⟧</h1>
<div class="sub">⟦m 作者：科技处　摄影：次仁　审核：王建　发布时间：2025-05-09⟧</div>
{BODY}
<div class="top">⟦a 返回顶部⟧ ⟦a 关闭本页⟧</div>
<div class="ft">⟦m 地址：榕坪县学院路2号　邮编：857400⟧ ⟦d 版权所有 © 榕坪高原农牧学院⟧</div>
</body></html>
""",
        body="""
5月6日至8日，我院草业科学系三名专家深入榕坪县三个牧区乡，为四百余名牧民和采集人员开展虫草可持续采挖技术培训。
专家们用藏汉双语讲解了虫草的生长规律，现场示范“挖小坑、取单草、回填土”的采挖方法。
⟦m 专家在牧区现场示范回填草皮。⟧
据介绍，规范采挖可以使草皮破坏面积减少七成以上，对保护高寒草甸、实现虫草资源永续利用具有重要意义。
""",
    ),
    dict(
        slug="localforum-duochuan-drum-festival-traffic",
        site="铎川在线论坛 (invented)",
        style="地方论坛",
        genre="通告",
        kind="notice",
        form="text",
        source="http://bbs.duochuan.example.com/thread-12011-1-1.html",
        title="铜鼓节期间城区部分路段交通管制的通告",
        record_title="【出行】铜鼓节期间城区部分路段交通管制的通告（附绕行路线）- 铎川在线",
        date="2025-10-22",
        date_also=["2025-10-23"],
        notes="county forum repost: pinned-post marks, a detour table, the police's own 咨询电话, post time differs from the 成文日期 (also accepted)",
        page="""
!m 铎川在线 › 铎川资讯 › 便民信息
!m 【置顶】
!t 【出行】铜鼓节期间城区部分路段交通管制的通告（附绕行路线）
!m 铎川交警小编　发表于 2025-10-23 09:01　查看 7764　回复 88
{BODY}
!l 本帖最后由 铎川交警小编 于 2025-10-23 09:15 编辑
!l 收藏 26　　顶　　踩
!l 2楼　城西老杨：终于有铜鼓节了，一定去看
!m 铎川在线 - 铎川人自己的网上家园
""",
        body="""
为保障铜鼓节期间活动安全有序，根据《中华人民共和国道路交通安全法》有关规定，决定对城区部分路段实行临时交通管制。
管制时间：2025年10月26日7:00至13:00。
路段　管制方式　绕行建议
人民路（文化广场段）　禁止机动车通行　经滨江路绕行
鼓楼街　禁止所有车辆通行　经新华路绕行
请广大驾驶人提前规划出行路线，服从现场交警指挥。
咨询电话：0778-5120122
铎川县公安局交通管理大队
2025年10月22日
""",
    ),
    dict(
        slug="download-ziyuan-transmitter-duty-rules",
        site="资源猫资料下载 (invented)",
        style="资料下载站",
        genre="制度",
        kind="other",
        form="text",
        source="https://www.ziyuanmao.example.com/down/20317.html",
        title="发射台值班员岗位职责",
        record_title="发射台值班员岗位职责.wps",
        date=None,
        notes="download site: file-name title, file-info lines, three mirrors and a dead-link report; numbered duties speak of 打印 as content",
        page="""
!m 资源猫资料下载 — 办公文档一站下载
!m 首页 > 岗位职责 > 广电通信
!m 文件名称：发射台值班员岗位职责.wps
!m 文件大小：14KB　　更新日期：2025-03-30　　下载次数：419
!m 运行环境：WPS / Office 2010及以上
{BODY}
!a 本地下载一　　本地下载二　　网通下载
!a 链接失效？告诉我们
!d 本站所有资源仅供学习交流，版权归原作者所有。
""",
        body="""
1．按时到岗，认真交接班，逐项核对发射机运行参数并填写值班日志。
2．每两小时巡视机房一次，检查发射机、天馈线、供电和空调设备运行情况。
3．发生停播或异常时，立即启动备用机，五分钟内向台长报告，并做好记录。
4．每日零时打印当日运行报表，交接班时双方签字确认。
5．保持机房整洁，严禁在机房内吸烟、堆放杂物。
""",
    ),
    dict(
        slug="exam-fengyuan-wetland-ranger-interview-html",
        site="沣源市人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.fyrsks.example.gov.cn/ksgg/2025/1030/412.html",
        title="沣源湖湿地保护中心2025年公开招聘工作人员面试公告",
        record_title="【考务公告】沣源湖湿地保护中心2025年公开招聘工作人员面试公告",
        date="2025-10-30",
        notes="exam site: floating consult box, interview timetable table, print the notice as content, exam office's 咨询电话 beside the site's technical line",
        page="""
<html><head><meta charset="utf-8"><title>【考务公告】沣源湖湿地保护中心2025年公开招聘工作人员面试公告</title></head><body>
<div class="hd">⟦m 沣源市人事考试网⟧ ⟦a 考生登录⟧ ⟦a 准考证打印入口⟧</div>
<div class="nav">⟦m 首页　考试动态　公务员考试　事业单位招聘　职称考试⟧</div>
<h1>⟦t 沣源湖湿地保护中心2025年公开招聘工作人员面试公告⟧</h1>
<div class="meta">⟦m 发布日期：2025-10-30　来源：市人事考试中心⟧</div>
{BODY}
<div class="float">⟦w 考务在线咨询（工作日 8:30-17:30）⟧</div>
<div class="ft">⟦m 技术支持热线：0395-3218066⟧ ⟦m 豫ICP备12004433号⟧</div>
</body></html>
""",
        body="""
根据招聘工作安排，现将面试有关事项公告如下：
一、面试时间和地点
岗位　面试时间　地点
湿地巡护　11月8日上午　市人事考试中心三楼
鸟类监测　11月8日下午　市人事考试中心三楼
二、面试人员须于11月6日前登录本网站打印面试通知书，面试当天携带身份证和面试通知书，于开考前三十分钟到达候考室。
三、咨询电话：0395-3218122（市人事考试中心考务科）
沣源市人事考试中心
2025年10月30日
""",
    ),
    dict(
        slug="tender-luxi-okra-cold-storage-result",
        site="蒗溪县政府采购网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.lxzfcg.example.gov.cn/zbgg/2025/0612/2231.html",
        title="蒗溪县秋葵产地预冷库建设项目中标结果公告",
        record_title="蒗溪县秋葵产地预冷库建设项目中标结果公告",
        date="2025-06-12",
        record_date="2025-06-12",
        notes="tender result: bid candidates table, purchaser and agency contacts kept; CA hotline and a 同类公告 box as chrome",
        page="""
!m 蒗溪县政府采购网
!m 采购公告 ＞ 中标（成交）结果公告
!t 蒗溪县秋葵产地预冷库建设项目中标结果公告
!m 发布时间：2025-06-12 16:30　浏览：318
{BODY}
!w 电子招投标CA锁办理：400-992-5186
!l 同类公告：蒗溪县农产品冷链物流中心监理服务中标公告
!m 蒗溪县财政局主办
""",
        body="""
一、项目编号：LXCG-2025-041
二、中标信息
排名　投标人　投标报价
1　蒗溪建工集团有限公司　286.4万元
2　江南冷链工程有限公司　291.0万元
三、公告期限：自本公告发布之日起一个工作日。
四、联系方式
采购人：蒗溪县农业农村局，联系人：韦华，电话：0771-6512008
代理机构：蒗溪正诚招标代理有限公司，联系人：蓝天，电话：0771-6510933
""",
    ),
    dict(
        slug="lawfirm-shaoxi-script-game-minors-html",
        site="韶溪正言律师事务所 (invented)",
        style="律所网站",
        genre="普法文章",
        kind="other",
        form="html",
        source="https://www.zhengyanlaw.example.com/news/2025/0715/318.html",
        title="剧本杀店接待未成年人，这几条红线不能碰",
        record_title="法律讲堂｜剧本杀店接待未成年人，这几条红线不能碰-正言律所",
        date="2025-07-15",
        notes="law-firm page: lawyer card, a lawyer's WeChat glued after a sentence, a not-legal-advice notice, numbered list",
        page="""
<html><head><meta charset="utf-8"><title>法律讲堂｜剧本杀店接待未成年人，这几条红线不能碰-正言律所</title></head><body>
<div class="top">⟦m 正言律师事务所⟧ ⟦m 以法为言 · 以信立身⟧</div>
<div class="nav">⟦m 首页　律所简介　专业领域　律师团队　法律讲堂　联系我们⟧</div>
<h2>⟦t 剧本杀店接待未成年人，这几条红线不能碰⟧</h2>
<div class="by">⟦m 撰稿：文娱法律事务部 林可欣律师　2025-07-15⟧</div>
{BODY}
<div class="notice">⟦d 声明：本文仅供参考，不构成法律意见或建议。⟧</div>
<div class="contact">⟦w 预约律师面谈 ☎ 0752-2290168⟧</div>
<div class="ft">⟦d © 正言律师事务所 2025⟧</div>
</body></html>
""",
        body="""
暑假到了，不少中学生结伴去玩剧本杀。作为经营者，接待未成年人时要注意以下几点：
1. 除国家法定节假日和寒暑假外，不得在工作日接待未成年人。
2. 不得向未成年人提供含有恐怖、暴力等不适宜内容的剧本，剧本应当标注适龄提示。⟦w 有疑问可加林律师微信 lkx_law2025⟧
3. 未成年人在店内发生意外，经营者未尽到安全保障义务的，应当承担相应的赔偿责任。
建议经营者建立未成年人入场登记制度，对身份存疑的顾客要求出示证件。
""",
    ),
    dict(
        slug="community-panyang-meter-replacement-schedule",
        site="幸福里社区 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.xingfuli-sq.example.cn/tzgg/558.html",
        title="幸福里小区智能水表更换时间安排",
        record_title="幸福里小区智能水表更换时间安排",
        date="2025-03-26",
        notes="residents' site: an app banner, schedule table by building, the community office's phone beside a 物业 24-hour line; sentence telling residents to 扫码 kept",
        page="""
!a 扫码下载“幸福里”APP　报修缴费一键搞定
!m 幸福里社区　>　社区公告
{T}
!m 发布人：社区居委会　2025-03-26　浏览 1207
{BODY}
!m 物业24小时服务电话：0537-6689000
!l 最新公告：关于开展春季灭鼠工作的通知　|　幸福里社区“邻里节”活动预告
!d 幸福里社区网站　版权所有
""",
        body="""
各位居民：
根据市城管局统一安排，我小区智能水表更换工作将于3月31日开始。具体安排如下：
楼栋　更换日期
1—4号楼　3月31日
5—8号楼　4月1日
9—12号楼　4月2日
换表当天请家中留人，施工期间停水约半小时。居民可扫描楼道公示牌上的二维码查看施工进度。
联系人：赵敏，电话：0537-6612730
幸福里社区居委会
2025年3月26日
""",
    ),
]

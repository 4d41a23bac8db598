"""Held-back part 4, sources D: writing-app share pages and civil-service-exam forums.

Invented text; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="app-bisu-host-script-oneline",
        site="笔速写作App share page (invented)",
        style="范文APP",
        genre="主持词",
        kind="speech",
        form="text",
        source="https://share.bisuxiezuo.com/s/7Rk2pQz",
        title="2025年度单位年终总结表彰大会主持词",
        record_title="2025年度单位年终总结表彰大会主持词（热门7篇）",
        date=None,
        notes="app share page: a '（热门7篇）' title, a 篇1 marker, the whole piece on one line (indents only), open-in-app prompts before and after",
        page="""
!m 笔速写作 App
!a 打开App，阅读全文 >
!m 来自 笔速写作 用户「晓雨」的分享
!t 2025年度单位年终总结表彰大会主持词（热门7篇）
!l 篇1 · 共7篇
{BODY}
!a 剩余6篇精彩范文，请在App内查看
!a App内打开　|　保存图片分享
!d 本内容由用户在笔速写作App内创作或分享，不代表平台观点。
!m 笔速写作 ©2025 苏ICP备24001135号-2A
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
尊敬的各位领导、同事们：
大家下午好！岁末年初，辞旧迎新。今天，我们在这里隆重召开2025年度总结表彰大会，回顾一年来的工作成绩，表彰先进集体和先进个人，动员全体干部职工以更加饱满的热情投入新一年的工作。
出席今天大会的领导有：局党组书记、局长彭建华同志，局党组成员、副局长韦红梅同志、邓志强同志，以及局属各单位主要负责同志。让我们以热烈的掌声欢迎各位领导的到来！
今天的大会共有四项议程：一是由韦红梅副局长宣读表彰决定；二是为受表彰的先进集体和先进个人颁奖；三是请先进代表作交流发言；四是请彭建华局长作重要讲话。
下面进行大会第一项议程，请韦红梅副局长宣读表彰决定。
同志们，刚才彭局长的讲话，既充分肯定了成绩，又深刻分析了形势，对新一年的工作提出了明确要求。希望大家以受表彰的先进为榜样，凝心聚力、真抓实干，奋力开创各项工作新局面。
大会到此结束，散会！
""",
    ),
    dict(
        slug="app-wenbixia-party-summary-title-glued",
        site="文笔侠App share page (invented)",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://m.wenbixia.cn/share/doc/556019",
        title="2025年上半年机关党建工作总结",
        record_title=None,
        date=None,
        notes="no title in the record; a share-card title with ' - site', the title glued to the first sentence; a related list whose last item is a decorated collection title; no date",
        page="""
!m 文笔侠 · 写材料神器
!a 下载App　免费领会员7天
!t 2025年上半年机关党建工作总结 - 文笔侠
{T}{BODY}
!a 以上为部分内容，打开文笔侠App查看完整版
!l 大家都在看
!l 2025年上半年党支部工作总结
!l 机关党委上半年工作总结及下半年计划
!l 上半年党建工作总结（精选10篇）
!m 文笔侠App · 让写作不再难
""",
        body="""
今年上半年，局机关党委坚持以党的政治建设为统领，紧紧围绕中心工作抓党建、抓好党建促业务，各项工作取得了新进展。现将有关情况总结如下。
一、政治理论学习走深走实。制定年度理论学习计划，上半年组织党组理论学习中心组集中学习6次、专题研讨3次，各党支部开展集中学习48次。开展“书记讲党课”活动，局领导班子成员到所在支部讲党课9次。
二、基层组织建设扎实推进。对照支部建设标准化要求，完成5个党支部按期换届，规范“三会一课”记录台账。开展党员积分管理，对47名党员进行季度量化评价，评出“先锋党员”12名。
三、党风廉政建设持续加强。召开党风廉政建设工作会议，层层签订责任书。组织观看警示教育片2次，开展节日期间廉政提醒4次，对重点岗位人员开展廉政谈话23人次。
四、存在问题和下步打算。上半年工作中，还存在党建与业务融合不够紧密、部分支部活动形式单一等问题。下半年，我们将深化“一支部一品牌”创建，推动党建工作与业务工作同谋划、同部署、同考核。
""",
    ),
    dict(
        slug="app-fanbentong-health-center-plan-html",
        site="范本通App share page (invented)",
        style="范文APP",
        genre="工作计划",
        kind="other",
        form="html",
        source="https://h5.fanbentong.com/d/20251203/8a41c",
        title="2026年社区卫生服务中心工作计划",
        record_title="2026年社区卫生服务中心工作计划.docx",
        date=None,
        notes="app share page of a file: file-name record title, open-in-app banner, an expand prompt right after the body, related files with extensions, an upload notice; no date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>范本通</title></head><body>
<div class="banner">⟦m 范本通⟧ <a class="open">⟦a 打开App⟧</a></div>
<div class="sharer">⟦m 用户「春晖」分享了一篇文档⟧</div>
<h1 class="doc-title">{T}</h1>
<div class="doc-meta">⟦m 共3页　2,316人阅读⟧</div>
<div class="doc-body">
{BODY}
</div>
<div class="fold">⟦a 展开全文 ▼⟧</div>
<div class="app-tip">⟦a 在App中打开，可下载、编辑⟧</div>
<div class="rel"><p>⟦l 相关文档⟧</p><p>⟦l 社区卫生服务中心年度工作总结.docx⟧</p><p>⟦l 乡镇卫生院2026年工作计划.doc⟧</p></div>
<div class="legal">⟦d 该内容来自App用户分享，如有侵权请通过App内“反馈”联系处理⟧</div>
<div class="icp">⟦m 范本通 · 浙ICP备22019064号-3A⟧</div>
</body></html>
""",
        body="""
2026年，中心将以提升基层医疗卫生服务能力为核心，以家庭医生签约服务为抓手，持续推进基本公共卫生服务均等化，努力为辖区居民提供更加优质、便捷的医疗卫生服务。
一、主要目标
全年门急诊服务量力争达到9.5万人次；重点人群家庭医生签约率达到85%以上；65岁及以上老年人健康管理率达到72%以上；高血压、糖尿病患者规范管理率均达到70%以上。
二、重点工作
（一）做实家庭医生签约服务。优化签约服务包，推出针对老年人、慢性病患者、孕产妇等群体的个性化服务包，推行“签约一人、履约一人、做实一人”。
（二）提升医疗服务能力。新开设康复理疗科，引进全科医生2名，选派5名医务人员到上级医院进修学习，提高常见病、多发病诊疗水平。
（三）加强公共卫生服务。做好儿童预防接种、慢性病随访、严重精神障碍患者管理等工作，加强传染病监测报告，提高突发公共卫生事件应对能力。
三、保障措施
中心将完善绩效考核办法，把签约服务质量、群众满意度作为考核重点，充分调动医务人员积极性；加强与辖区社区居委会的协作，共同做好健康宣教工作。
""",
    ),
    dict(
        slug="gongkao-shangan-trainee-insight-junk",
        site="上岸公考论坛 (invented)",
        style="公考论坛",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://bbs.shangangk.com/thread-2290417-1-1.html",
        title="新录用公务员初任培训心得体会",
        record_title="[经验分享] 新录用公务员初任培训心得体会（附原文）",
        date="2025-09-14",
        notes="exam forum thread: view/reply counters, post line with the date, junk lines and junk glued after 。, replies with floor names",
        page="""
!m 上岸公考论坛 - 公务员考试交流社区
!m 论坛首页 › 上岸经验 › 入职培训
!m 查看: 5163 | 回复: 38
!t [经验分享] 新录用公务员初任培训心得体会（附原文）
!m 考公小白菜 发表于 2025-9-14 22:08 | 只看该作者 | 电梯直达
{BODY}
!a 评分　收藏　分享　举报
!l 沙发 · lucky2025 发表于 2025-9-14 22:31
!l 恭喜上岸！写得很用心，借鉴一下。
!l 板凳 · 海阔天空 发表于 2025-9-15 07:12
!l 想问下楼主是哪个市的？
!a 回帖后跳转到最后一页　|　高级模式
!m 上岸公考论坛　粤ICP备19055120号
""",
        junk=dict(lines=2, glued=4),
        body="""
9月上旬，我参加了市委组织部举办的新录用公务员初任培训班。为期十天的培训，安排了理论教学、政策解读、能力训练和现场教学等内容，让我这个刚走出校门的“新兵”对公务员的职责使命有了更加深刻的理解。
一是身份转变要从思想上开始。培训第一课就讲到，公务员首先是政治机关的工作人员，必须把讲政治放在第一位。以前我以为考上公务员就是找到了一份稳定工作，现在我认识到，这份工作意味着责任和担当。
二是本领提升要从基础学起。公文写作、群众工作、依法行政等课程让我意识到自己的短板还很多。老师说，机关工作没有小事，一个标点、一个数字都可能影响工作的质量。今后我要向身边同事学习，从起草一份简单的通知、整理一份会议记录做起，扎扎实实打好基础。
三是纪律规矩要时刻牢记。在警示教育基地，一个个反面典型让我深受触动。我将严守纪律底线，做到慎初、慎微、慎独，走好公务员生涯的第一步。
培训虽已结束，但成长才刚刚开始。我将带着培训所得，尽快进入角色，努力成为一名让组织放心、让群众满意的公务员。
""",
    ),
    dict(
        slug="gongkao-xiaoxiang-recruitment-announcement-html",
        site="潇湘公考圈 (invented, Discuz-style)",
        style="公考论坛",
        genre="公告",
        kind="notice",
        form="html",
        source="http://bbs.xxgkq.com/forum.php?mod=viewthread&tid=880415",
        title="岑阳县2025年事业单位公开招聘工作人员公告",
        record_title="【湖南】岑阳县2025年事业单位公开招聘工作人员公告",
        record_date="2025-04-10",
        date="2025-04-10",
        date_also=["2025-04-08"],
        notes="forum repost of a recruitment notice in a <br>-lined post cell with jammer junk; a position table, the bureau's 咨询/举报 phone lines and 附件 line stay; reply-to-see prompt after",
        page="""
<html><head><meta charset="gbk"><title>【湖南】岑阳县2025年事业单位公开招聘工作人员公告 - 事业单位 - 潇湘公考圈</title></head><body>
<div id="toptb">⟦m 潇湘公考圈⟧　<a>⟦a 签到领积分⟧</a></div>
<div id="pt">⟦m 潇湘公考圈 › 招考公告 › 事业单位⟧</div>
<div class="hm">⟦m 查看: 12907 | 回复: 211⟧</div>
<table><tr><td class="pls">⟦m 公告搬运工⟧</td>
<td class="plc"><h1><span id="thread_subject">⟦t 【湖南】岑阳县2025年事业单位公开招聘工作人员公告⟧</span></h1>
<div class="authi">⟦m 发表于 2025-4-10 08:45⟧</div>
<div class="t_f">
<strong>{T}</strong><br />
{BODY}
</div>
<div class="locked">⟦a 回复可见：岗位表Excel下载地址⟧</div></td></tr></table>
<div class="rel">⟦l 相关帖子：岑阳县2024年事业单位招聘笔试成绩公示⟧</div>
<div id="f_pst">⟦a 登录后才能参与回复，没有账号？立即注册⟧</div>
<div id="ft">⟦m 潇湘公考圈 ( 湘ICP备20009981号 )⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
根据《事业单位人事管理条例》和有关规定，经研究决定，岑阳县2025年事业单位面向社会公开招聘工作人员46名。现将有关事项公告如下：
一、招聘原则
坚持德才兼备的用人标准，贯彻公开、平等、竞争、择优的原则，按照考试与考察相结合的办法进行。
二、招聘岗位及人数
本次招聘涉及县教育、卫生健康、农业农村等系统共23家单位，具体岗位如下：
单位类别　招聘人数　学历要求
教育系统　18名　本科及以上
卫生健康系统　15名　大专及以上
农业农村系统　8名　本科及以上
其他单位　5名　本科及以上
三、报名时间和方式
报名采取网上报名方式，报名时间为2025年4月15日9:00至4月21日17:00。报考人员每人限报一个岗位，报名时提交的信息和材料必须真实、准确。
四、考试
考试分笔试和面试两部分，笔试和面试成绩各占总成绩的50%。笔试时间另行公告，请报考人员及时关注岑阳县人民政府网。
五、咨询方式
政策咨询电话：0739-6318025（县人力资源和社会保障局）
监督举报电话：0739-6318031（驻县人社局纪检监察组）
附件：岑阳县2025年事业单位公开招聘工作人员岗位表
岑阳县人力资源和社会保障局
2025年4月8日
""",
    ),
    dict(
        slug="gongkao-shenlunba-elderly-care-research-wrapped",
        site="公考申论吧 (invented, tieba-style)",
        style="公考论坛",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://tieba.gkslb.cn/p/9031785521",
        title="关于苇塘镇农村养老服务情况的调研报告",
        record_title=None,
        date=None,
        notes="no title in the record; the thread has its own title; the report is hard-wrapped at 60 columns; client tag, replies, client-download prompt; no date",
        page="""
!m 公考申论吧
!m 关注：38.6万　帖子：102万
!m 分享一篇乡镇调研报告，申论大作文可以参考
!m 楼主：申论小达人　　只看楼主
{T}
{BODY}
!m 来自iPhone客户端
!l 2楼　上岸的咸鱼：感谢分享，已存
!l 3楼　Alex_0618：楼主还有类似的吗？
!a 下载客户端，查看更多精彩回复
!l 相关帖子：申论大作文素材｜乡村振兴类20篇
""",
        wrap=60,
        body="""
为了解农村养老服务现状，今年6月，镇民政办会同镇卫生院组成调研组，采取走访入户、座谈交流、问卷调查等方式，对全镇14个行政村的养老服务情况进行了专题调研，共走访老年人家庭210户，回收有效问卷386份。现将调研情况报告如下。
一、基本情况
全镇户籍人口3.86万人，其中60岁以上老年人8120人，占总人口的21%；80岁以上高龄老人1260人，独居、空巢老人2340人。全镇现有敬老院1所、村级互助养老服务点9个，床位合计186张。
二、存在的主要问题
一是服务供给不足。村级互助养老服务点普遍存在场地小、功能少的问题，能够提供助餐服务的仅有3个，难以满足高龄、失能老人的需求。
二是专业人才缺乏。养老服务人员多为本村中老年妇女，平均年龄57岁，未经过系统培训，只能提供简单的生活照料。
三是资金保障薄弱。村级养老服务点运营主要依靠上级补助和村集体投入，缺乏稳定的资金来源，部分服务点建成后处于半闲置状态。
三、对策建议
（一）整合资源扩大供给。依托村党群服务中心、闲置校舍等建设综合性养老服务站，推广“邻里互助+志愿服务”模式，力争三年内实现村级助餐服务全覆盖。
（二）加强队伍建设。每年组织养老护理员培训不少于2期，探索设立公益性岗位，吸引本地青年从事养老服务。
（三）多渠道筹措资金。在争取上级补助的同时，鼓励乡贤捐助和社会资本参与，建立多元化投入机制。
""",
    ),
]

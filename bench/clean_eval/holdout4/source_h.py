"""Held-back part 4, sources H: 范文 sites and 文库 preview pages (new sites, new chrome wording).

Invented text; see ../README.md and ../build.py for the markup. ``_split`` writes the body into
the page with chrome lines between paragraphs (the body's own marks stay in both).
"""


def _split(body: str, at: list[int], inserts: list[str], indent: str = "") -> str:
    """The body's paragraphs as page lines with ``inserts[k]`` placed before paragraph ``at[k]``."""
    paras = [p.strip() for p in body.strip().split("\n") if p.strip()]
    out: list[str] = []
    for i, p in enumerate(paras):
        for k, pos in enumerate(at):
            if pos == i:
                out.append(inserts[k])
        out.append(indent + p)
    return "\n".join(out)


_QINGFENG_BODY = """
按照单位党组统一部署，近期我认真参加了深入贯彻中央八项规定精神学习教育，系统学习了中央八项规定及其实施细则精神，观看了警示教育片，参加了专题研讨。通过学习，我深刻认识到，作风建设永远在路上，永远没有休止符。
一、提高思想认识，深刻把握作风建设的重大意义
中央八项规定是改进作风的切入口和动员令。十多年来，从“舌尖上的浪费”到“车轮上的腐败”，一系列顽瘴痼疾得到有效整治，党风政风焕然一新。⟦m （本文来源：清风范文网）⟧事实证明，作风建设抓一抓就有效果，常抓不懈才能见长效。
二、对照检查自身，找准作风方面存在的差距
对照学习要求，我认真进行了自我检视，发现自己在工作中还存在一些不足：一是调查研究不够深入，有时满足于听汇报、看材料；二是工作标准不够高，有时存在“差不多就行”的思想；三是勤俭节约意识有所放松，对办公用品的使用不够精打细算。
三、坚持知行合一，以优良作风推动工作落实
今后，我将从以下几个方面抓好整改：一要带头严守规矩，严格执行公务接待、公务用车等各项规定，坚决抵制享乐主义和奢靡之风；二要带头改进作风，每月至少安排4天时间深入基层，真正做到问需于民、问计于民；三要带头勤俭节约，从节约一张纸、一度电做起，坚决反对铺张浪费。
作风建设只有进行时，没有完成时。我将以这次学习教育为契机，始终保持清正廉洁的政治本色，以实际行动践行初心使命。
"""

CASES = [
    dict(
        slug="fanwen-moyun-investment-speech-title-thrice",
        site="墨韵范文网 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.moyunfw.com/jianghua/jingji/2025/0412/15530.html",
        title="在全市2025年招商引资工作推进会上的讲话",
        record_title="【精选】在全市2025年招商引资工作推进会上的讲话",
        date=None,
        notes="title three times: decorated, plain, and glued to the salutation; a 收录时间：未知 meta line; members-only prompt, prev/next, a ghost-writing studio's phone",
        page="""
!m 墨韵范文网 · 公文写作一站式服务
!m 墨韵范文 > 讲话稿 > 经济工作讲话
!t 【精选】在全市2025年招商引资工作推进会上的讲话
!m 收录时间：未知　　字数：1623　　热度：★★★★☆
{T}
!a 【复制正文】【存为文档】【打印】【纠错】
{T}{BODY}
!a 温馨提示：本文为会员专享内容，开通会员后可一键导出全文
!l 上一篇：在全市优化营商环境大会上的讲话
!l 下一篇：招商引资工作表态发言（县区长）
!w 原创代笔、材料润色，请联系墨韵写作工作室：199 2817 3306
!d 墨韵范文网内容均由网友投稿，版权归原作者所有。
""",
        body="""
同志们：
今天召开全市招商引资工作推进会，主要是通报一季度全市招商引资工作情况，分析存在的问题，安排部署下一阶段工作。刚才，市商务局通报了一季度招商引资情况，三个县区作了交流发言，讲得都很好。下面，我讲三点意见。
一、正视差距，增强抓招商的紧迫感
一季度，全市新签约项目47个，协议投资额386亿元，同比增长12%；实际到位市外资金129亿元，完成年度目标的23%。但我们也要看到，全市引进的项目中，投资10亿元以上的重大项目只有5个，产业链关键环节项目偏少；部分县区签约项目开工率不高，“签而不落”的问题比较突出。
二、聚焦重点，提高招商引资的精准度
一要坚持产业链招商。围绕新能源、新材料、食品加工等主导产业，绘制产业链图谱，瞄准头部企业和配套企业精准招引。二要创新招商方式。用好以商招商、基金招商、驻点招商等方式，发挥在外乡贤和商会作用，提高招商成功率。三要强化要素保障。对重大项目实行“一项目一专班”，在用地、用能、融资等方面优先保障，推动项目早签约、早开工、早投产。
三、压实责任，营造比学赶超的浓厚氛围
市招商引资领导小组要实行月调度、季通报、年考核，对工作成效突出的单位给予表彰奖励，对排名靠后的单位进行约谈。各县区、各部门主要负责同志要亲自抓招商、带头跑项目，形成全市上下合力抓招商的工作格局。
同志们，招商引资是经济工作的生命线。希望大家只争朝夕、真抓实干，以招商引资的新突破推动全市经济高质量发展！
""",
    ),
    dict(
        slug="fanwen-yawen-july-first-host-script-html",
        site="雅文范文网 (invented)",
        style="范文站",
        genre="主持词",
        kind="speech",
        form="html",
        source="https://www.yawenfw.net/zhuchici/huiyi/62017.html",
        title="“七一”表彰大会主持词",
        record_title="“七一”表彰大会主持词（精编3篇）_雅文范文网",
        date=None,
        notes="collection page: an h1 with （精编3篇）, the first piece under '第1篇：' and the next pieces' headings after it, a login prompt for the rest, a WeChat writing-adviser prompt; no date",
        page="""
<html><head><meta charset="utf-8"><title>“七一”表彰大会主持词（精编3篇）_雅文范文网</title></head><body>
<div class="logo">⟦m 雅文范文网⟧</div>
<div class="bc">⟦m 首页 / 主持词 / 会议主持词⟧</div>
<h1>⟦t “七一”表彰大会主持词（精编3篇）⟧</h1>
<h2>⟦l 第1篇：⟧{T}</h2>
<div class="art">
{BODY}
</div>
<h2>⟦l 第2篇：七一党员大会主持词⟧</h2>
<h2>⟦l 第3篇：“两优一先”表彰会议主持稿⟧</h2>
<div class="lock"><a>⟦a 登录查看剩余2篇⟧</a></div>
<div class="wx">⟦w 需要定制主持词？添加写作顾问微信 yawen_gw88⟧</div>
<div class="icp">⟦m 雅文范文网 ©2025　琼ICP备20002716号⟧</div>
</body></html>
""",
        body="""
同志们：
现在开会！今天，我们在这里隆重召开庆祝中国共产党成立104周年暨“两优一先”表彰大会，回顾党的光辉历程，表彰先进典型，激励全体党员干部坚定理想信念、勇于担当作为。
出席今天大会的领导有：县委书记周启明同志，县委副书记、县长何文涛同志，以及县四套班子其他领导同志。参加今天大会的还有各乡镇、县直各单位党组织书记和受表彰的先进代表。
今天的大会共有五项议程：一是全体起立，奏唱国歌；二是宣读表彰决定；三是为受表彰的先进集体和个人颁奖；四是先进代表发言；五是请县委书记周启明同志讲话。
下面进行第一项议程，请全体起立，奏唱国歌。（奏唱国歌）请坐下。
同志们，刚才周书记的讲话，高屋建瓴、内涵深刻，希望大家认真学习领会，抓好贯彻落实。会后，各级党组织要迅速传达大会精神，以先进典型为榜样，奋力谱写高质量发展新篇章。
大会到此结束，散会！
""",
    ),
    dict(
        slug="fanwen-qingfeng-conduct-insight-midbody-chrome",
        site="清风范文网 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.qingfengfw.cn/xinde/lianzheng/2025/0521/4402.html",
        title="学习贯彻中央八项规定精神心得体会",
        record_title=None,
        date="2025-05-21",
        notes="chrome between body paragraphs (a follow prompt, a junk line, a recommended title that looks like a heading) and a source note glued between two sentences; date only in the meta line",
        page=(
            """
!m 清风范文网 — 廉政范文专栏
!m 首页 - 心得体会 - 廉政心得
{T}
!m 2025-05-21　来源：清风范文网　作者：文心
"""
            + _split(
                _QINGFENG_BODY,
                [3, 5, 7],
                [
                    "!a ▲ 点击关注本站公众号，每天推送最新范文 ▲",
                    "!j Kx7 @92 mPq ~wR",
                    "!l 推荐阅读：学习贯彻中央八项规定精神研讨发言（12篇）",
                ],
                "\u3000\u3000",
            )
            + """
!a 喜欢本文请点赞 👍 0
!l 标签：八项规定 作风建设 心得体会
!d 版权声明：本站文章均来自网络整理，仅供学习参考。
"""
        ),
        body=_QINGFENG_BODY,
    ),
    dict(
        slug="wenku-zhiyuan-principal-debrief-page-of-eight",
        site="知源文库 (invented)",
        style="文库预览",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://www.zhiyuanwk.com/p-88107233.html",
        title="2025年度学校校长述职报告",
        record_title="2025年度学校校长述职报告(完整版)",
        date=None,
        notes="文库 preview: wrapped at 62 columns with '第n页/共8页' markers glued or alone; uploader/pages/format line; preview-finished prompt; related .docx/.pdf titles; no date",
        page="""
!m 知源文库 > 教育专区 > 述职报告
!t 2025年度学校校长述职报告(完整版)
!m 上传者：桃李天下　　页数：8页　　格式：DOCX
!a 立即下载　|　开通VIP免费下
!m 1,236 阅读　|　47 下载
{T}
{BODY}
!a 试读已完毕，剩余5页请下载后阅读
!l 相关推荐
!l 小学校长年度述职报告.docx
!l 中学校长个人述职述廉报告2025.pdf
!d 知源文库所有文档均由用户上传，平台仅提供信息存储空间服务。
""",
        wrap=62,
        indent="\u3000\u3000",
        pages=dict(fmt="第{n}页/共8页", every=180, start=2, glue="mix", sep=" "),
        body="""
各位领导、各位老师：
2025年，我在县教育局党委的坚强领导下，在全体教职工的大力支持下，坚持立德树人根本任务，团结带领学校班子成员，围绕“办人民满意的教育”目标，扎实推进各项工作。现将一年来的履职情况报告如下。
一、坚持党建引领，把牢办学方向
落实党组织领导的校长负责制，坚持重大事项集体研究决策。全年召开支委会22次、校务会31次，研究“三重一大”事项16项。开展“党员先锋岗”创建活动，14名党员教师在教育教学一线发挥了示范带头作用。
二、聚焦质量提升，推进教学改革
深化课堂教学改革，推行“学案导学”教学模式，组织校级公开课、研讨课86节。加强教学常规管理，每月开展一次备课、作业检查。2025年中考，我校平均分位居全县第三，较上年前进两位；6名学生在省级学科竞赛中获奖。
三、加强队伍建设，激发教师活力
实施青年教师“青蓝工程”，组织21对师徒结对帮扶。选派教师参加各级培训96人次，新增县级骨干教师4名。完善绩效考核办法，向一线教师、班主任倾斜，教职工干事创业的积极性明显提高。
四、强化安全管理，守牢校园底线
健全校园安全责任体系，落实门卫值守、校园巡查、食品留样等制度，全年开展安全演练6次，排查整改安全隐患38处，校园安全形势持续稳定。
""",
    ),
    dict(
        slug="wenku-boya-womens-federation-plan-html-pages",
        site="博雅文库 (invented)",
        style="文库预览",
        genre="工作计划",
        kind="other",
        form="html",
        source="https://www.boyawenku.com/view/5c81e0a2f7.html",
        title="2026年县妇联工作计划",
        record_title="2026年县妇联工作计划.doc",
        date=None,
        notes="HTML 文库 preview with '[第n页]' paragraphs between the halves of cut paragraphs; the plan names the 12338 hotline in the body while the site's support mail is chrome; pay-to-download prompts; no date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>2026年县妇联工作计划.doc-博雅文库</title></head><body>
<div class="hd">⟦m 博雅文库⟧ <a>⟦a 搜索文档⟧</a></div>
<div class="crumb">⟦m 博雅文库 › 党政工作 › 工作计划⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 贡献者：妇联小宋　　评分：4.6分　　28人浏览⟧</div>
<div class="reader">
{BODY}
</div>
<div class="paywall"><p>⟦a 全文免费阅读已结束，付费下载享完整排版⟧</p><p><a>⟦a ￥3.90　购买下载⟧</a></p></div>
<div class="rec"><h3>⟦l 你可能喜欢⟧</h3><p>⟦l 2025年县妇联工作总结及2026年工作打算⟧</p><p>⟦l 妇联主席述职报告⟧</p></div>
<div class="ft"><p>⟦d 本文档仅供参考，不构成任何建议；如涉及侵权，请联系客服处理⟧</p><p>⟦m 客服邮箱：help@boyawenku.com⟧</p></div>
</body></html>
""",
        pages=dict(fmt="[第{n}页]", every=240, start=2),
        body="""
2026年，县妇联将紧紧围绕县委、县政府中心工作，团结引领全县广大妇女建功新时代、奋进新征程，推动妇女儿童事业高质量发展。
一、聚焦思想引领，凝聚巾帼力量
深入开展“巾帼心向党”主题宣传教育活动，组建“百姓名嘴”巾帼宣讲团，全年开展宣讲活动100场以上。持续开展“最美家庭”寻访活动，评选县级“最美家庭”50户，以好家风带动好民风。
二、聚焦发展大局，服务妇女就业创业
实施“巾帼助力乡村振兴”行动，举办电商直播、家政服务、手工编织等技能培训20期，培训妇女1500人次。用好创业担保贷款政策，协调发放妇女创业担保贷款3000万元以上，扶持巾帼创业示范基地5个。
三、聚焦权益维护，守护妇女儿童安全
深化“妇女维权站”规范化建设，畅通12338妇女维权热线，及时受理妇女儿童信访投诉。联合公检法司等部门开展反家暴宣传和婚姻家庭纠纷排查化解，力争婚姻家庭矛盾纠纷化解率达到95%以上。
四、聚焦自身建设，增强组织活力
推进“妇女之家”提质增效，年内建成示范性“妇女微家”20个。加强基层妇联干部培训，全年轮训村（社区）妇联主席200人次，不断提高服务妇女群众的能力。
""",
    ),
    dict(
        slug="wenku-molin-deputy-training-insight-oneline",
        site="墨林文库 (invented)",
        style="文库预览",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.molinwk.com/doc/3318820.html",
        title="参加县级人大代表履职培训班心得体会",
        record_title="参加县级人大代表履职培训班心得体会_墨林文库",
        date=None,
        notes="one-line 文库 text (indents only) with '— n / 3 —' markers glued to the continuation; the free-preview notice; related titles separated by ｜; no date",
        page="""
!m 墨林文库
!m 墨林文库 » 党政 » 人大政协
{T}
!m 共3页　　免费阅读
!a 下载　收藏　分享
{BODY}
!a 全文共3页，已显示全部免费内容
!l 其他人还看了：人大代表培训心得（6篇）｜代表履职情况报告｜基层人大代表述职
!m 墨林文库 molinwk.com 版权所有
""",
        oneline=True,
        indent="\u3000\u3000",
        pages=dict(fmt="— {n} / 3 —", every=280, start=2, glue=True),
        body="""
今年6月，我有幸参加了县人大常委会举办的县级人大代表履职能力培训班。培训班邀请了省人大常委会研究室的专家和市人大常委会的领导授课，内容涵盖宪法和代表法、代表建议的撰写、人大监督工作实务等，既有理论高度，又有实践深度，使我受益匪浅。
一是进一步明确了代表的职责定位。通过学习，我认识到人大代表不是荣誉称号，而是沉甸甸的责任。作为来自基层的代表，我必须始终站稳人民立场，把群众的呼声带到人代会上，把党和政府的政策带回群众中去。
二是进一步掌握了履职的方法技巧。授课老师结合大量案例，讲解了如何开展调研、如何撰写高质量的代表建议。我意识到，过去提出的一些建议调研不够深入、措施不够具体，今后要坚持“不调研不建议”，努力提出有分量、能落地的建议。
三是进一步增强了履职的责任担当。培训中，几位优秀代表分享了他们的履职经历，他们为民代言、为民办事的事迹深深打动了我。我将以他们为榜样，积极参加闭会期间的代表活动，经常深入选区联系选民，切实做到代表人民、服务人民。
""",
    ),
]

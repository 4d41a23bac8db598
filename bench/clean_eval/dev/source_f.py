"""Dev cases, part F: kinds of site not in parts A–E (school and company sites, a Q&A
community, a personal anthology, a WeChat mirror, an OA intranet), and chrome worded
unlike the rules' vocabulary. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="edu-qinglan-school-notice-cn-date",
        site="青岚县第二实验小学 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.qlex2.edu.cn/tzgg/2024/0826/1517.html",
        title="关于做好2024年秋季学期开学工作的通知",
        record_title=None,
        date="2024-08-26",
        notes="school site; no title in the record; 成文日期 in Chinese numerals; click counter and update time",
        page="""
!m 青岚县第二实验小学
!m 学校概况 | 校园新闻 | 通知公告 | 教学教研 | 家校共育
!m 您现在所在的栏目 >> 通知公告
{T}
!m 发布者：教务处　　点击数：356　　更新时间：2024-08-27 08:15
{BODY}
!a 【关闭本窗】　【打印文章】
!m 学校地址：青岚县城南新区育才路9号　联系电话：0736-4421018
!m Copyright © 2024 青岚县第二实验小学 All Rights Reserved
""",
        indent="\u3000\u3000",
        body="""
各年级组、各处室：
新学期即将开始，为确保秋季学期各项工作平稳有序开展，现就有关事项通知如下。
一、返岗时间
全体教职工于8月29日上午8时到校报到，参加新学期教职工大会，各年级组同日下午开展集体备课。
二、开学准备
总务处要在8月30日前完成教室、食堂、饮用水设施的全面检查和消毒，信息中心要调试好班级多媒体设备，确保开学第一课正常开展。
三、安全教育
各班主任要在开学第一周组织交通、防溺水、食品卫生等专题安全教育，并通过家长群做好家校沟通。
青岚县第二实验小学
二〇二四年八月二十六日
""",
    ),
    dict(
        slug="oa-haichuan-plan-intranet",
        site="海川集团协同办公平台 (invented)",
        style="企业内网",
        genre="方案",
        kind="plan",
        form="text",
        source="https://oa.haichuan-group.example.cn/kb/doc/88231",
        title="海川集团2024年“安全生产月”活动实施方案",
        record_title="海川集团2024年“安全生产月”活动实施方案.docx",
        date="2024-05-28",
        notes="company intranet knowledge base: file-name title, security label, action bar, employee-only notice; 成文日期 under the signature",
        page="""
!m 协同办公平台 › 知识库 › 制度文件
!t 海川集团2024年“安全生产月”活动实施方案.docx
!m 发起人：安环部　|　阅读 88　|　附件 2
!d 密级：内部资料　严禁外传
{BODY}
!a 回复　转发　收藏　导出为PDF
!d 本页面内容仅限集团在职员工查阅，未经审批不得截图或对外发送。
!m 技术支持：集团信息中心　服务分机 8021
""",
        body="""
各子公司、各部门：
今年6月是全国第23个“安全生产月”。为深入贯彻安全生产法律法规，进一步落实全员安全生产责任制，结合集团实际，制定本方案。
一、活动主题
人人讲安全、个个会应急——查找身边安全隐患。
二、主要活动
（一）开展全员安全培训。各单位要组织一线员工参加不少于8学时的安全培训，考试合格率达到100%。
（二）开展隐患随手拍。鼓励员工通过协同平台上报身边的安全隐患，安环部每周汇总通报，对有效隐患给予奖励。
（三）开展应急演练。各生产单位至少组织一次火灾或危化品泄漏应急演练，检验预案的可操作性。
三、工作要求
各单位主要负责人是活动第一责任人，要精心组织、务求实效，活动总结于7月5日前报集团安环部。
海川集团有限公司
2024年5月28日
""",
    ),
    dict(
        slug="qa-wenda-how-to-summary-answer",
        site="问策社区 (invented)",
        style="问答社区",
        genre="经验",
        kind="other",
        form="text",
        source="https://www.wence.example.com/question/556120/answer/90812",
        title="如何写好一篇乡镇年度工作总结？",
        record_title="如何写好一篇乡镇年度工作总结？ - 问策社区",
        date="2024-03-02",
        notes="Q&A page: the question is the title, one answer is the body; follower counts, vote bar, answer time with a clock, licence footer of the answer",
        page="""
!m 问策社区　首页　发现　等你来答
{T}
!m 已有 218 人关注　·　被浏览 12,345 次
!a 写回答　　邀请回答　　好问题 5
!m 老笔杆（基层文字工作者）
!m 发布于 2024-03-02 19:21
{BODY}
!a 赞同 1.2K　　添加评论　　分享　　收藏　　喜欢
!d 本回答版权归答主所有，转载请联系答主获得许可。
!l 更多回答
""",
        body="""
写了十几年材料，谈几点自己的体会。
第一，先把数字搞准。总结最怕数据打架，年初目标、年中进度、年底完成情况要对得上，最好逐项和业务部门核对一遍。
第二，成绩要写具体。与其说“取得明显成效”，不如写清楚新建了几个项目、惠及多少群众，让读者一看就明白。
第三，问题不能回避。领导最反感的是只讲成绩不讲问题，把短板写实、原因找准，下一步打算才有针对性。
第四，篇幅宁短勿长。一篇乡镇年度总结，控制在四五千字就够了，重点工作多写，常规工作少写。
""",
    ),
    dict(
        slug="anthology-songyin-essay-nav-comment",
        site="松荫文集 (invented)",
        style="个人文集",
        genre="随笔",
        kind="other",
        form="text",
        source="https://songyin.example.net/essays/2023/11/reading-notes-7.html",
        title="读《乡土中国》札记",
        record_title="读《乡土中国》札记 ｜ 松荫文集",
        date="2023-11-12",
        notes="personal anthology: site suffix in the record title, older/newer links, tags with dots, comment form; date with weekday under the title",
        page="""
!m 松荫文集 —— 一个人的读书与行走
!m 文集首页 / 读书札记
{T}
!m 2023年11月12日 星期日　　阅读(436)　　评论(3)
{BODY}
!l 标签：读书 · 札记 · 社会学
!l ← 较早一篇：冬夜读史记
!l 较新一篇：山居笔记之二 →
!l 留下你的足迹
!l 昵称（必填）　邮箱（必填）　个人网站
!a 提交评论
!m 本站文字均为原创 © 松荫 2015–2024
""",
        gap=True,
        body="""
重读费孝通先生的《乡土中国》，和二十年前初读时的感受大不相同。那时只觉得文字平实，如今在基层工作多年，才体会到书中每个判断背后的分量。
书中说乡土社会是“熟人社会”，人们靠的是对规矩的熟悉，而不是对法律的了解。我在村里蹲点时见过不少邻里纠纷，真正解决问题的往往不是条文，而是老支书一句“都是一个村的，抬头不见低头见”。
当然，时代变了。如今村里年轻人大多外出务工，熟人社会正在松动，单靠人情已经难以维系秩序。怎样把法治和乡情结合起来，是我们这代基层干部要回答的问题。
""",
    ),
    dict(
        slug="wechat-yunxi-speech-mirror-buttons",
        site="云溪融媒 公众号镜像 (invented)",
        style="公众号镜像",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://mp-mirror.example.org/s/yunxi/20241220-01",
        title="在全县冬季森林防火工作会议上的讲话",
        date="2024-12-20",
        notes="WeChat mirror: follow prompts in other words, author line with a place, reading bar at the end; speech date under the title in Chinese numerals",
        page="""
!a 轻触上方蓝色字体，关注我们获取更多资讯
!m 原创　云溪融媒　2024-12-21 07:30　发表于浙江
{T}
（二〇二四年十二月二十日）
县委副书记　方立群
{BODY}
!m 来源：县应急管理局
!m 编辑：林晓　校对：吴桐　审核：陈树
!a 长按识别下方二维码，关注云溪融媒
!a 阅读原文　　赞　　分享　　推荐
""",
        body="""
同志们：
今天召开全县冬季森林防火工作会议，主要任务是分析当前形势，部署今冬明春森林防火工作。
今年入冬以来，我县降水明显偏少，山林干燥，加上春节临近，祭祀用火、农事用火增多，森林防火形势不容乐观。各乡镇、各部门一定要克服麻痹思想，把森林防火摆在突出位置。
一要严管火源。在重点林区路口设卡，实行进山人员登记，严禁携带火种进山。二要强化巡护。护林员要做到每天巡山，节假日加密巡查频次。三要备足力量。各乡镇扑火队要集中驻防，确保接到火情后半小时内赶到现场。
同志们，森林防火责任重于泰山。希望大家以对人民群众高度负责的态度，抓好各项措施落实，确保全县森林资源安全。
""",
    ),
    dict(
        slug="forum-qiushi-report-edited-junk",
        site="求实公文论坛 (invented)",
        style="论坛",
        genre="调研报告",
        kind="report",
        form="text",
        source="http://bbs.qiushigw.example.cn/thread-40211-1-1.html",
        title="关于村级集体经济发展情况的调研报告",
        record_title="关于村级集体经济发展情况的调研报告-求实公文论坛",
        date="2024-04-17",
        notes="forum post: edited-by line with a clock time, user stats, anti-scraping junk between lines and glued after sentences, reply box",
        page="""
!m 求实公文论坛 » 调研报告 » 查看帖子
!m 楼主　清风徐来　UID 30412　精华 2　威望 118
{T}
!m 发表于 2024-04-17 21:06　　只看该作者
!m 本帖最后由 清风徐来 于 2024-04-18 09:12 编辑
{BODY}
!l 回复　引用　举报　顶部
!a 您需要登录后才可以回帖　登录 | 立即注册
""",
        junk=dict(lines=2, glued=3),
        body="""
为摸清全镇村级集体经济发展底数，近期，镇党委组成调研组，深入12个行政村实地走访，召开座谈会6场，形成本报告。
一、基本情况
全镇12个村2023年集体经营性收入合计412万元，其中超过50万元的村3个，10万元至50万元的村7个，10万元以下的村2个。
二、存在问题
一是发展路子窄，多数村主要依靠资源发包和房屋出租；二是经营人才缺，村干部懂经营、会管理的不多；三是风险防控弱，部分项目前期论证不充分。
三、对策建议
建议推行“强村带弱村”抱团发展模式，引进专业经营团队，建立集体经济项目联审机制，稳步提升村级集体经济的造血能力。
""",
    ),
    dict(
        slug="wenku-duoduo-oneline-glued-title-missing",
        site="多多文库 (invented)",
        style="文库预览",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://m.duoduowk.example.com/p-7712094.html",
        title="参加青年干部培训班心得体会",
        record_title=None,
        date=None,
        notes="document-sharing preview: the whole document on one line with the title glued to its first words, preview-end and points prompts after it",
        page="""
!m 多多文库 › 党政范文 › 心得体会
!m 文档贡献者：y***8　上传时间：2024-06-03　页数：3
⟦t 参加青年干部培训班心得体会⟧{BODY}
!a 预览已结束，剩余1页可下载查看
!a 下载所需积分：2　立即兑换
!d 文档来自用户分享，如有侵权请点击举报，平台核实后处理。
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
按照组织安排，我参加了为期两周的全县青年干部培训班。培训内容丰富、形式多样，既有理论授课，也有现场教学，让我受益匪浅。
通过学习，我更加深刻地认识到，青年干部必须把理想信念作为立身之本，在基层一线的摔打中增长才干。
今后，我将把培训所学转化为工作动力，主动到急难险重岗位上锻炼自己，努力成长为让组织放心、让群众满意的年轻干部。
""",
    ),
    dict(
        slug="gov-huaiyin-html-byline-related",
        site="淮荫区人民政府 (invented)",
        style="政府门户",
        genre="会议新闻",
        kind="news",
        form="html",
        source="https://www.huaiyin-qu.example.gov.cn/zwdt/bmdt/202409/t20240905_88120.html",
        title="区政府召开三季度经济运行分析会",
        date="2024-09-05",
        notes="gov HTML news page: the byline (time and source) in a div the main-text extractor may leave out; related news box and footer without an ICP number",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>区政府召开三季度经济运行分析会-淮荫区人民政府</title></head><body>
<div class="top">⟦m 淮荫区人民政府⟧<span class="right">⟦a 无障碍　长辈版　English⟧</span></div>
<div class="menu">⟦m 首页　走进淮荫　政务公开　政务服务　互动交流⟧</div>
<div class="crumbs">⟦m 首页 &gt; 政务动态 &gt; 部门动态⟧</div>
<div class="article">
<h1>{T}</h1>
<div class="info">⟦m 时间：2024-09-05 17:40　来源：区发改委　字号：大 中 小⟧</div>
<div class="content">
{BODY}
</div>
<div class="related"><h3>⟦l 相关新闻⟧</h3><ul><li>⟦l 区政府召开二季度经济运行分析会⟧</li><li>⟦l 区领导调研重点项目建设⟧</li></ul></div>
</div>
<div class="footer"><p>⟦m 主办单位：淮荫区人民政府办公室⟧</p><p>⟦m 联系我们　网站地图　隐私说明⟧</p></div>
</body></html>
""",
        body="""
9月5日下午，区政府召开三季度经济运行分析会，通报前三季度主要经济指标完成情况，分析当前经济运行中存在的问题，研究部署四季度工作。
会议指出，今年以来全区经济运行总体平稳，固定资产投资、社会消费品零售总额等主要指标增速高于全市平均水平，但工业用电量、税收收入增长放缓，稳增长压力依然较大。
会议要求，各部门要紧盯全年目标，加快重点项目建设进度，落实好各项惠企政策，全力冲刺四季度，确保完成全年目标任务。
""",
    ),
    dict(
        slug="fanwen-yuyan-insight-collection-wrapped",
        site="语妍范文网 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.yuyanfw.example.com/xinde/2024/98812.html",
        title="学习新修订《中国共产党纪律处分条例》心得体会",
        record_title="学习新修订《中国共产党纪律处分条例》心得体会（合集12篇）",
        date=None,
        notes="范文 collection page: decorated title, the site's intro naming the document, contents list of the collection, hard-wrapped body, writing-service prompt with a phone",
        page="""
!m 语妍范文网　好范文　助成长
!t 学习新修订《中国共产党纪律处分条例》心得体会（合集12篇）
!d 以下是本站编辑精选整理的学习纪律处分条例心得体会范文，欢迎阅读参考。
!l 篇一：学习新修订《中国共产党纪律处分条例》心得体会
!l 篇二：党员干部学习纪律处分条例研讨发言
!l 篇三：学习纪律处分条例专题党课讲稿
{BODY}
!w 原创材料定制　一对一服务　咨询电话：0731-85552468
!l 相关推荐：纪律教育学习月心得体会 | 廉洁自律专题研讨发言
""",
        indent="\u3000\u3000",
        wrap=68,
        body="""
近期，我认真学习了新修订的《中国共产党纪律处分条例》，对照条文逐条思考，对党的纪律建设有了更加全面深刻的认识。
新条例坚持问题导向，对形式主义、官僚主义等突出问题作出了更有针对性的规定，释放出越往后执纪越严的强烈信号。
作为一名基层党员干部，我将把条例作为日常工作的“标尺”，自觉用条例规范言行，做到知敬畏、存戒惧、守底线。
""",
    ),
    dict(
        slug="news-lanjiang-html-photo-editor",
        site="澜江新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.lanjiang.example.cn/bd/2024-07/11/content_5521.htm",
        title="澜江开展防汛应急演练",
        date="2024-07-11",
        notes="news portal HTML: the byline as a separate span pair, a share bar worded as icons, an editor line and a print/close bar",
        page="""
<html><head><meta charset="utf-8"><title>澜江开展防汛应急演练_澜江新闻网</title></head><body>
<header>⟦m 澜江新闻网⟧ <nav>⟦m 要闻　本地　县区　视频　图片⟧</nav></header>
<main>
<h1>{T}</h1>
<p class="byline"><span>⟦m 2024-07-11 10:08⟧</span> <span>⟦m 来源：澜江日报⟧</span></p>
<div class="share">⟦l 分享到：微信　朋友圈　微博⟧</div>
<article>
{BODY}
</article>
<p class="editor">⟦m （责任编辑：蓝天）⟧</p>
<div class="tool">⟦a 【打印】【关闭】⟧</div>
</main>
<footer>⟦m 澜江日报社主办　违法和不良信息举报电话：0838-2251100⟧</footer>
</body></html>
""",
        body="""
7月10日，澜江市防汛抗旱指挥部在江北区滨江堤段组织开展防汛应急演练，市应急、水利、消防等12个部门和单位共300余人参加。
演练模拟强降雨导致江水上涨、堤防出现管涌险情，各救援力量按照预案迅速集结，开展险情处置、群众转移和医疗救护等科目。
市防汛抗旱指挥部负责人表示，进入主汛期以来，全市已组织各类演练40余场，将进一步完善预案、加强值守，确保安全度汛。
""",
    ),
]

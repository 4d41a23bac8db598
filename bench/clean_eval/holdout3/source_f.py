"""Holdout3 cases, part F: more of every kind (government, forum, Party-building, sharing, preview,
intranet, hospital, university, 范文) to round out genres, forms and page-marker forms.

Held back (see ../README.md): written blind, from dev's sources and build.py only. Every
site, place, person, number and URL is invented; see ../build.py for the markup.
"""

CASES = [
    dict(
        slug="gov-liaoyuan-text-annual-report-site-dash-suffix",
        site="蓼原县人民政府 (invented), text rendering",
        style="政府门户",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.liaoyuan.gov.cn/zwgk/fzzfjs/202501/t20250122_1179902.html",
        title="蓼原县2024年法治政府建设情况报告",
        record_title="蓼原县2024年法治政府建设情况报告-蓼原县人民政府",
        date="2025-01-20",
        notes="site after a hyphen in the record title; information-disclosure guide link and error-report button; Chinese-numeral date",
        page="""
!m 蓼原县人民政府
!m 政府信息公开 > 法定主动公开内容 > 法治政府建设
!m 信息公开指南　｜　信息公开制度　｜　依申请公开
{T}
!m 发布日期：2025-01-22　　【我要纠错】
{BODY}
!a 分享到：　〖打印此文〗　〖关闭页面〗
!l 相关链接：蓼原县2023年法治政府建设情况报告 ｜ 县政府常务会议学法制度
!m 网站标识码：4307220031　　湘ICP备05017736号
""",
        date_also=["2025-01-22"],
        indent="\u3000\u3000",
        body="""
2024年，蓼原县深入贯彻习近平法治思想，全面落实法治政府建设实施纲要，各项工作取得积极成效。现将有关情况报告如下。
一、主要举措和成效
（一）依法全面履行政府职能。动态调整县级行政许可事项清单，保留行政许可事项219项；深化“一件事一次办”改革，推出高频事项套餐服务42项，平均办理时限压缩65%。
（二）推进行政决策科学化民主化法治化。严格落实重大行政决策程序规定，全年对5项重大行政决策事项进行了公众参与、专家论证和合法性审查；县政府常务会议学法4次。
（三）严格规范公正文明执法。推行行政执法“三项制度”，全年开展行政执法案卷评查2次，评查案卷180卷；推行包容审慎监管，对轻微违法行为依法不予处罚217件。
（四）依法有效化解社会矛盾纠纷。全年办理行政复议案件36件，行政机关负责人出庭应诉率达到100%；人民调解组织调解各类纠纷2874件，调解成功率98.2%。
二、存在的不足
一是部分行政执法人员执法能力有待提高；二是基层合法性审查力量较为薄弱；三是法治宣传的针对性和实效性还需增强。
三、2025年工作安排
我县将持续深化法治政府建设，加强行政执法队伍建设，推进乡镇合法性审查全覆盖，为全县高质量发展提供有力法治保障。
蓼原县人民政府
二〇二五年一月二十日
""",
    ),
    dict(
        slug="forum-jichuan-html-duty-report-original-jammer",
        site="霁川公务员论坛 (invented)",
        style="论坛",
        genre="述职报告",
        kind="report",
        form="html",
        source="https://bbs.jcgwy.net/thread-91102-1-1.html",
        title="乡镇副镇长2024年述职述廉报告",
        record_title="[原创] 乡镇副镇长2024年述职述廉报告",
        date=None,
        date_also=["2025-01-03"],
        notes="forum HTML: [原创] prefix in the record title, jammer spans glued after sentences, hidden-content notice, reply bar; no date",
        page="""
<html><head><meta charset="utf-8"><title>[原创] 乡镇副镇长2024年述职述廉报告 - 材料共享 - 霁川公务员论坛</title></head>
<body>
<div id="hd">⟦m 霁川公务员论坛⟧ ⟦m 公考·遴选·材料交流⟧</div>
<div id="pt">⟦m 论坛 › 材料共享 › 述职报告⟧</div>
<div class="ts"><h1>⟦m [原创]⟧ {T}</h1> <span>⟦l [复制链接]⟧</span></div>
<div class="pi">⟦m 楼主　青衫客　发表于 2025-1-3 20:15⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="locked">⟦a 此处内容已隐藏，回复本帖后刷新可见⟧</div>
<div class="pob">⟦l 回复　引用　支持　反对　举报⟧</div>
<div id="ft">⟦m 纯文本版｜手机版｜霁川公务员论坛⟧</div>
</body></html>
""",
        junk=dict(lines=1, glued=4),
        body="""
2024年，我在镇党委、政府的领导下，分管农业农村、水利和林业工作，联系3个村。现将一年来的履职和廉洁自律情况报告如下。
一、履职情况
（一）粮食生产保持稳定。全镇落实粮食播种面积4.2万亩，总产量1.9万吨；新建高标准农田3800亩，完成年度任务的100%。
（二）水利建设扎实推进。完成山塘整治12座、渠道清淤28公里，新建农村饮水安全工程2处，解决了1900多名群众的饮水问题。
（三）森林防火形势平稳。落实护林员42名，全年未发生较大森林火灾，森林覆盖率稳定在61%以上。
二、廉洁自律情况
我严格执行中央八项规定精神，认真落实“一岗双责”，在项目招投标、资金拨付等环节坚持按程序办事，没有违反廉洁纪律的行为。
三、存在的问题
一是工作创新不够，有时习惯于按部就班；二是深入田间地头调研不够，对农业产业发展的思路还不够宽。
新的一年，我将扬长补短，努力把分管工作做得更好。
""",
    ),
    dict(
        slug="dangjian-ludingting-text-notice-publish-line",
        site="鹭汀机关党建网 (invented)",
        style="党建网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://jgdj.luting.gov.cn/tzgg/2025/0415/2207.html",
        title="关于开展2025年度“党员先锋岗”创建活动的通知",
        date="2025-04-15",
        notes="Party-building site text: date only in the 发布时间 line; signature without a date; column header and share bar",
        page="""
!m 鹭汀机关党建网
!m 区直机关工委主办
!m 当前位置 ▸ 首页 ▸ 通知公告
{T}
!m 发布时间：2025-04-15　　发布人：组织科　　阅读：766
{BODY}
!l 分享：微信 / 朋友圈 / 微博
!l 返回列表
!m 区直机关工委　地址：鹭汀区府前路5号　电话：0574-8711302
""",
        indent="\u3000\u3000",
        body="""
各区直机关党组织：
为进一步激发机关党员干事创业热情，充分发挥党员先锋模范作用，区直机关工委决定在区直机关开展2025年度“党员先锋岗”创建活动。现将有关事项通知如下。
一、创建范围
区直机关各部门中，直接面向群众和企业提供服务的窗口科室、执法岗位、服务岗位等，均可申报创建“党员先锋岗”。
二、创建标准
党员先锋岗应做到“三亮三比”：亮身份、亮职责、亮承诺，比服务、比作风、比业绩。岗位党员服务群众零投诉，年度考核为优秀等次或完成重点任务成效突出。
三、方法步骤
（一）申报确定。各机关党组织于4月30日前确定创建岗位，填写申报表报区直机关工委组织科。
（二）创建实施。5月至11月，各创建岗位围绕年度重点工作开展创建活动，并接受群众监督。
（三）评估命名。12月，区直机关工委组织评估，对达到标准的岗位命名为“党员先锋岗”并授牌。
四、工作要求
各机关党组织要把创建活动与业务工作紧密结合，防止搞形式、走过场。联系人：组织科朱晴，电话：0574-8711305。
中共鹭汀区直属机关工作委员会
""",
    ),
    dict(
        slug="docshare-yunzhi-insight-wrapped-page-of-total-lines",
        site="云纸文档 (invented)",
        style="文档分享",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.yunzhidoc.com/p/3390178452.html",
        title="学习新修订《中华人民共和国安全生产法》心得体会",
        record_title="学习新修订《中华人民共和国安全生产法》心得体会.docx",
        date=None,
        date_also=["2024-05-17"],
        notes="file-name title; hard wrap at 70 columns; 第n页/共7页 markers on lines of their own between lines of one paragraph; uploader box",
        page="""
!m 云纸文档 - 在线文档分享平台
{T}
!m 上传者：安环小白　　上传时间：2024-05-17　　7页　　阅读 392
!d 温馨提示：本文档由用户上传，云纸文档仅提供存储服务，若侵犯您的权益，请联系客服处理。
{BODY}
!a 阅读已结束，如需下载或编辑，请点击“获取原文档”
!a 获取原文档　　加入收藏　　分享给朋友
""",
        wrap=70,
        indent="    ",
        pages=dict(fmt="第{n}页/共7页", every=180, start=2),
        body="""
近期，公司组织全体管理人员集中学习了新修订的《中华人民共和国安全生产法》。通过学习，我对安全生产的重要性有了更加深刻的认识，对自身岗位的安全责任有了更加清晰的把握。下面谈几点学习体会。
一、深刻认识“安全第一”的理念
新修订的安全生产法把“人民至上、生命至上”写入总则，进一步明确了安全生产工作坚持安全第一、预防为主、综合治理的方针。作为一名车间主任，我深深感到，安全是企业最大的效益，没有安全，一切生产经营活动都无从谈起。
二、准确把握全员安全生产责任制
新法明确要求生产经营单位建立健全全员安全生产责任制，做到“横向到边、纵向到底”。我将对照新法要求，重新梳理车间每个岗位的安全职责，把责任落实到每一个班组、每一名员工。
三、切实加强隐患排查治理
新法强调构建安全风险分级管控和隐患排查治理双重预防机制。我将坚持每天巡查、每周检查、每月排查，对发现的隐患实行清单化管理，做到整改措施、责任、资金、时限和预案“五到位”。
四、着力提升全员安全素质
事故的背后往往是安全意识的淡薄和操作技能的不足。我将结合车间实际，组织开展岗位安全操作培训和应急演练，让每一名员工都懂安全、会安全、能安全。
""",
    ),
    dict(
        slug="wenku-boya-html-research-dash-markers",
        site="博雅文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.boyawk.com/html/2024/1008/9931082.shtml",
        title="关于我县乡村旅游发展情况的调研报告",
        record_title="关于我县乡村旅游发展情况的调研报告 - 博雅文库",
        date=None,
        notes="HTML preview with dash page-number paragraphs between the halves of cut paragraphs; a paid-download box; no date",
        page="""
<html><head><meta charset="utf-8"><title>关于我县乡村旅游发展情况的调研报告 - 博雅文库</title></head>
<body>
<div class="top"><a>⟦m 博雅文库⟧</a> <a>⟦a 上传⟧</a> <a>⟦a VIP专享⟧</a></div>
<h1>{T}</h1>
<div class="doc-meta">⟦m 分类：调研报告　　页数：6　　浏览：2310　　评分：4.6⟧</div>
<div class="page-wrap">
{BODY}
</div>
<div class="pay">⟦a 还剩4页未读，付费￥4.90下载完整文档⟧ <button>⟦a 立即购买⟧</button></div>
<div class="rec">⟦l 为您推荐：全域旅游调研报告｜民宿发展调研报告｜农文旅融合调研⟧</div>
<div class="copy">⟦d 博雅文库仅提供信息存储空间服务，文档内容由上传用户提供，平台不对其合法性负责。⟧</div>
</body></html>
""",
        pages=dict(fmt="- {n} -", every=260, start=2),
        body="""
为摸清全县乡村旅游发展现状，推动乡村旅游提质增效，县政协组织部分委员于今年8月对全县乡村旅游发展情况进行了专题调研。调研组先后走访了6个乡镇、15个旅游村和30余家民宿、农家乐经营户，并召开了座谈会。现将调研情况报告如下。
一、发展现状
近年来，我县依托山水资源和古村落优势，大力发展乡村旅游。目前全县共有A级旅游景区9个，省级乡村旅游重点村4个，民宿和农家乐经营户326家，直接带动就业5600余人。今年1至7月，全县乡村旅游接待游客312万人次，实现旅游收入18.7亿元，同比分别增长14.2%和16.8%。
二、存在的问题
一是产品同质化严重，多数乡村旅游点以观光、采摘、农家餐为主，缺乏特色和文化内涵；二是基础设施不够完善，部分旅游村停车场、公厕、标识标牌等配套设施不足；三是经营主体小而散，服务水平参差不齐，缺少有影响力的品牌；四是专业人才缺乏，懂经营、会管理的人才尤为紧缺。
三、对策建议
（一）突出特色，丰富旅游产品。深入挖掘古村落、非遗技艺和红色文化资源，开发研学、康养、露营等新业态，打造“一村一品”。
（二）完善设施，提升服务水平。统筹整合各类项目资金，补齐交通、停车、公厕等基础设施短板，推进旅游村智慧化建设。
（三）培育主体，打响旅游品牌。引导民宿经营户组建行业协会，推行服务标准，统一对外宣传推介。
""",
    ),
    dict(
        slug="oa-xinhe-text-safety-bulletin-sig-date",
        site="新禾建工集团内网 (invented intranet), text export",
        style="企业内网",
        genre="通报",
        kind="notice",
        form="text",
        source="http://oa.xinhe-cg.internal/gongwen/tb/2025-0608",
        title="关于樾东项目部“6·03”高处坠落未遂事件的通报",
        date="2025-06-08",
        notes="intranet: document number and distribution lines as neutral and meta; an 'acknowledge' button; watermark; Arabic date under the signature",
        page="""
!m 新禾建工协同办公系统 ▸ 公文管理 ▸ 收文
!m 签收人：项目管理部　签收时间：2025-06-09 08:41
{T}
新禾建工安〔2025〕17号
{BODY}
!m 抄送：集团领导，各分公司、项目部
!a 【签收】　【转办】　【办结】　【打印】
!d 内部文件　禁止转发　（水印：项目管理部 2025-06-09）
""",
        indent="\u3000\u3000",
        body="""
各分公司、各项目部：
6月3日14时20分许，集团樾东安置房项目部一名作业人员在12号楼11层外架进行拆除作业时，未按规定系挂安全带，不慎踩空，因下方水平安全网拦挡，未造成人员伤亡。这起未遂事件暴露出项目部安全管理中存在的突出问题，现予以通报。
一、事件原因
一是作业人员安全意识淡薄，违反高处作业必须系挂安全带的规定；二是班组长未进行班前安全交底，现场安全员未及时发现和制止违章行为；三是项目部对外架拆除作业危险性认识不足，未安排专人监护。
二、处理决定
对违章作业人员给予罚款500元并清退出场；对班组长罚款1000元；对项目部安全员给予通报批评；责令项目部停工整改3天，整改验收合格后方可复工。
三、工作要求
各项目部要立即开展高处作业专项检查，重点检查安全带系挂、临边防护、安全网设置等情况；严格执行班前安全交底制度，危险性较大的作业必须安排专人旁站监护。
新禾建工集团有限公司安全生产委员会
2025年6月8日
""",
    ),
    dict(
        slug="hospital-zhiyang-html-blood-donation-initiative",
        site="芷阳县人民医院 (invented)",
        style="医院官网",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://www.zyxrmyy.com/xwzx/ywdt/2024/0614/3305.html",
        title="“热血传递爱心　生命因你精彩”无偿献血倡议书",
        title_also=["“热血传递爱心 生命因你精彩”无偿献血倡议书"],
        record_date="2024-06-14",
        date="2024-06-14",
        notes="hospital news page: appointment buttons, department nav, health hotline; signature with a date line",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>芷阳县人民医院</title></head>
<body>
<div class="head">⟦m 芷阳县人民医院⟧ <span>⟦m 三级综合医院　爱心　精心　责任心⟧</span></div>
<div class="quick"><a>⟦a 网上预约⟧</a> <a>⟦a 专家门诊⟧</a> <a>⟦a 费用查询⟧</a> <a>⟦a 满意度调查⟧</a></div>
<div class="loc">⟦m 您的位置：首页 - 新闻中心 - 院务动态⟧</div>
<h1>{T}</h1>
<div class="date">⟦m 时间：2024年06月14日　　来源：输血科　　点击：1203⟧</div>
<div class="content">
{BODY}
</div>
<div class="f">⟦m 24小时急救电话：0745-6623120　医院地址：芷阳县建设路99号⟧</div>
<div class="f2">⟦d 芷阳县人民医院版权所有　未经许可不得复制、转载或摘编⟧</div>
</body></html>
""",
        body="""
全院职工、广大市民朋友们：
6月14日是第21个世界献血者日。无偿献血是无私奉献、救死扶伤的崇高行为，每一份热血都可能挽救一个鲜活的生命。当前正值夏季用血高峰，临床用血需求较大，为保障患者用血安全，我院向大家发出倡议：
一、积极参与。凡年龄在18至55周岁、身体健康的公民，都可以参加无偿献血。献血前一晚请保证充足睡眠，献血当天早餐请清淡饮食。
二、科学认识。健康成年人一次献血200至400毫升，不会影响身体健康，血液在短期内即可得到补充。
三、广泛宣传。希望大家向身边的亲友宣传无偿献血知识，带动更多人加入无偿献血的行列。
6月14日至16日，县中心血站献血车将停放在我院门诊楼前广场，欢迎大家踊跃参与。
芷阳县人民医院
2024年6月14日
""",
    ),
    dict(
        slug="univ-luzhou-text-teacher-insight-no-title",
        site="鹭洲职业技术学院 (invented)",
        style="高校官网",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://dwzzb.lzvtc.edu.cn/info/1088/2261.htm",
        title="教师党员参加暑期师德师风专题培训心得",
        record_title=None,
        date=None,
        notes="university department page: no title in the record; author/reviewer/click line; previous/next items; no date",
        page="""
!m 鹭洲职业技术学院党委组织部
!m 首页 / 党建工作 / 学习园地
{T}
!m 作者：机电工程学院 卓雅　　审核：党委组织部　　点击：[ 318 ]次
{BODY}
!l 上一条：学院召开2025年党风廉政建设工作会议
!l 下一条：组织部开展“七一”走访慰问活动
!m 版权所有：鹭洲职业技术学院　地址：鹭洲市大学城环路12号
""",
        indent="\u3000\u3000",
        body="""
今年暑假，我参加了学院组织的师德师风专题培训。培训通过专家讲座、案例剖析、交流研讨等形式，帮助我们进一步明确了新时代高校教师的职责使命。结合自身工作实际，我有以下几点体会。
首先，师德是教师的立身之本。一名好老师，不仅要传授知识，更要塑造学生的品格。在今后的教学中，我要把立德树人贯穿教学全过程，在专业课中融入工匠精神、劳动精神等思政元素。
其次，关爱学生是师德的核心。高职学生普遍动手能力强，但有的学生学习基础薄弱、自信心不足。作为教师，要多一些耐心和鼓励，发现每个学生的闪光点，帮助他们找到成长的方向。
最后，终身学习是师德的必然要求。职业教育与产业发展联系紧密，技术更新很快。我将利用假期到企业实践锻炼，及时把新技术、新工艺、新规范引入课堂，不断提高自己的教学水平。
作为一名党员教师，我将以这次培训为契机，严守师德规范，争做学生成长道路上的引路人。
""",
    ),
    dict(
        slug="fanwen-wenyuan-duty-report-collection-wrapped",
        site="文苑公文网 (invented)",
        style="范文站",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://www.wenyuangw.com/shuzhi/nianzhong/2024/1230/60118.html",
        title="2024年度村党支部书记述职报告",
        record_title="2024年度村党支部书记述职报告（通用10篇）",
        date=None,
        notes="decorated record title (通用10篇); a numbered 篇一 marker before the body; hard wrap at 68 columns; expand and collection buttons",
        page="""
!m 文苑公文网
!m 导航：首页 - 述职报告 - 年终述职
!t 2024年度村党支部书记述职报告（通用10篇）
!m 时间：2024-12-30 08:12　作者：文苑小编　分类：年终述职
!a 【点击收藏】【复制链接】
!m 第1篇：
{T}
{BODY}
!a 点击展开剩余9篇　▽
!w 文苑提供材料润色、代拟服务，电话微信同号：18679031125
!l 为你推荐：村主任述职报告（精选） / 社区书记述职报告范文 / 村干部个人述职
!d 声明：本站内容仅供学习参考，不代表本站观点，如有侵权请及时联系删除。
""",
        date_also=["2024-12-30"],
        wrap=68,
        indent="　　",
        body="""
一年来，在镇党委的坚强领导下，我带领村“两委”班子和全体党员，团结一心、真抓实干，较好地完成了各项工作任务。现将个人履职情况报告如下。
一、抓党建，班子凝聚力不断增强
严格落实“三会一课”制度，全年召开支部党员大会6次、支委会18次，讲党课4次。新发展党员2名，培养入党积极分子3名。坚持“四议两公开”，村里大事都由党员和群众代表共同商量决定。
二、抓发展，集体经济不断壮大
带领村集体流转土地620亩，建成蔬菜基地和苗木基地各一个，村集体经济收入达到32万元，比上年增加11万元。
三、抓民生，群众生活不断改善
争取项目资金180万元，硬化村组道路4.6公里，安装路灯120盏，新建村级文化广场一处。全年走访慰问困难群众86户次。
四、存在的不足
一是带头学习不够，对新政策理解不够透彻；二是发展思路还不够宽，产业发展的带动力还不强。
今后，我将带领全村党员群众，为建设和美乡村继续努力。
""",
    ),
]

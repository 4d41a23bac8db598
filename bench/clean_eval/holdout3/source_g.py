"""Holdout3 cases, part G: more page-marker forms (n/m glued or not, bare numbers glued to a
wrapped line, 第 n 页，共 m 页 on lines of their own), a local-forum minutes page and an exam-site
notice without a title in the record.

Held back (see ../README.md): written blind, from dev's sources and build.py only. Every
site, place, person, number and URL is invented; see ../build.py for the markup.
"""

CASES = [
    dict(
        slug="wenku-tanyuan-speech-slash-markers-cn-date-under-title",
        site="潭源文库 (invented)",
        style="文库预览",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.tanyuanwk.com/doc/5528110473.html",
        title="在全县耕地保护和粮食安全工作会议上的讲话",
        record_title="在全县耕地保护和粮食安全工作会议上的讲话_潭源文库",
        date="2025-03-06",
        notes="site after an underscore in the record title; n/9 page markers, some glued to the continuation; the date under the title in Chinese numerals",
        page="""
!m 潭源文库
!m 首页 > 党政范文 > 讲话材料
{T}
（二〇二五年三月六日）
!m 9页　　2.1万次浏览　　4.7分（1,203人评价）
{BODY}
!a 剩余7页可阅读，登录后查看全文
!a 下载完整版　　转为Word　　打印
!l 相关推荐
!l 全县农业农村工作会议讲话提纲
!l 耕地保护专项整治动员讲话
""",
        indent="\u3000\u3000",
        pages=dict(fmt="{n}/9", every=190, start=2, glue="mix", sep=" "),
        body="""
同志们：
今天召开全县耕地保护和粮食安全工作会议，主要任务是认真贯彻落实中央和省、市关于耕地保护和粮食安全的决策部署，总结去年工作，安排部署今年任务。刚才，县自然资源局、县农业农村局分别通报了有关情况，几个乡镇作了表态发言，我都同意。下面，我讲三点意见。
一、提高站位，切实扛牢耕地保护政治责任
耕地是粮食生产的命根子。去年，全县守住了耕地保有量和永久基本农田保护目标，粮食总产稳定在4.6亿斤以上。但我们也要清醒地看到，违法占用耕地问题时有发生，部分地方耕地“非粮化”苗头仍然存在。各乡镇、各部门一定要从讲政治的高度，把耕地保护作为一项重大政治任务抓紧抓实。
二、突出重点，坚决遏制耕地“非农化”“非粮化”
一要严格落实田长制，县、乡、村三级田长要切实履职，做到耕地保护网格全覆盖、无死角。二要严格耕地占补平衡，补充耕地必须做到数量、质量、生态“三位一体”。三要加大执法力度，对新增违法占用耕地行为发现一起、查处一起，绝不手软。
三、强化保障，全力稳定粮食生产
今年全县粮食播种面积要稳定在85万亩以上。各乡镇要把目标任务分解到村、落实到户，抓好种粮补贴政策落实，调动农民种粮积极性；县农业农村局要加强技术指导和社会化服务，推广良种良法，努力提高单产水平。
同志们，耕地保护和粮食安全责任重大。希望大家以更加务实的作风，抓好各项工作落实，为保障国家粮食安全作出芷阳贡献！
""",
    ),
    dict(
        slug="docshare-qiushui-summary-bare-numbers-glued-wrap",
        site="秋水文档网 (invented)",
        style="文档分享",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.qiushuidoc.com/read/88120947.html",
        title="苇塘乡二〇二四年综治中心工作总结",
        record_title=None,
        date="2024-12-18",
        notes="no title in the record; hard wrap at 64 columns; bare page numbers glued to the start of continuation lines (the body writes its numbers in Chinese); Chinese-numeral date under the signature",
        page="""
!m 秋水文档网
{T}
!m 上传者 基层小编 · 文档格式：DOC
{BODY}
!a 剩余内容已隐藏，下载后可阅读全文
!d 本站所有文档由用户上传分享，仅供学习参考。如有侵权，请联系本站删除。
""",
        wrap=64,
        indent="    ",
        pages=dict(fmt="{n}", every=170, start=2, glue=True),
        body="""
今年以来，乡综治中心在乡党委、政府的领导下，以“矛盾不上交、平安不出事、服务不缺位”为目标，扎实推进综治中心规范化建设，全乡社会大局保持和谐稳定。现将全年工作总结如下。
一、规范化建设稳步推进
按照“一厅一室一平台”的标准，完成乡综治中心功能分区改造，整合信访、司法所、派出所、人民调解等力量集中入驻，实现群众诉求“一站式接收、一揽子调处、全链条解决”。全乡十二个村全部建成村级综治中心。
二、矛盾纠纷化解成效明显
全年共受理各类矛盾纠纷二百一十七起，调处成功二百零九起，调处成功率百分之九十六以上。对土地承包、邻里纠纷等常见矛盾，推行“村级当天受理、乡级三日调处”机制，做到小事不出村、大事不出乡。
三、网格化服务管理持续深化
全乡划分网格四十六个，配备专兼职网格员五十二名。网格员每周入户走访，及时掌握辖区人员动态和安全隐患，全年上报并处置各类事件一千三百余件。
四、存在不足和明年打算
部分村级综治中心作用发挥还不够充分，网格员业务能力有待提高。明年，我们将加强网格员培训，推进综治中心信息化建设，持续提升基层社会治理水平。
苇塘乡综治中心
二〇二四年十二月十八日
""",
    ),
    dict(
        slug="wenku-jingyuan-contingency-page-of-total-record-date",
        site="经源文库 (invented)",
        style="文库预览",
        genre="预案",
        kind="plan",
        form="text",
        source="https://jingyuanwk.com/p/20250520/6631904.html",
        title="鹭汀区大型群众性活动突发事件应急预案",
        record_date="2025-05-20",
        date="2025-05-20",
        notes="第 n 页，共 5 页 markers on lines of their own, cutting paragraphs at any character; long body; the record gives the date",
        page="""
!m 经源文库 · 专业文档分享平台
{T}
!m 文档格式：PDF　　页数：5　　大小：286KB
!p 第 1 页，共 5 页
{BODY}
!a 加载更多
!a 全文预览已结束，下载本文档可查看全部内容
!l 本文档关键词：应急预案　大型活动　突发事件　安全保卫
!l 最新文档：校园欺凌事件应急预案 · 电梯困人应急处置预案 · 燃气泄漏应急预案
""",
        pages=dict(fmt="第 {n} 页，共 5 页", every=260, start=2),
        body="""
一、总则
（一）编制目的。为有效预防和妥善处置大型群众性活动中可能发生的突发事件，最大限度减少人员伤亡和财产损失，保障活动安全有序进行，制定本预案。
（二）适用范围。本预案适用于在我区举办的参加人数在1000人以上的体育比赛、文艺演出、展览展销、灯会、庙会等大型群众性活动中发生的拥挤踩踏、火灾、食物中毒、治安事件等突发事件的应急处置。
（三）工作原则。坚持以人为本、预防为主，统一领导、分级负责，快速反应、协同应对。
二、组织体系
区政府设立大型群众性活动安全工作领导小组，由分管副区长任组长，区公安分局、区应急管理局、区卫生健康局、区市场监管局、区消防救援大队等单位负责人为成员。活动承办单位是活动安全的责任主体，须制定本活动的安全工作方案和应急处置方案。
三、预防和预警
活动承办单位应当在活动举办20日前向公安机关提出安全许可申请。公安机关应当对活动场所、设施进行实地检查，核定容纳人数，对不符合安全条件的，不予许可。活动期间，现场实行人流监测，当人员密度接近核定容量的80%时，立即采取限流措施。
四、应急处置
（一）拥挤踩踏事件。现场工作人员立即疏导人群，开启全部安全出口，组织人员有序疏散；医疗救护组迅速救治伤员。
（二）火灾事故。立即组织人员疏散，使用现场消防器材扑救初起火灾，同时拨打119报警。
（三）食物中毒事件。立即停止供应可疑食品，封存留样，组织救治中毒人员，并报告区卫生健康局、区市场监管局。
五、后期处置
突发事件处置结束后，领导小组应当组织有关部门对事件原因、处置情况进行调查评估，形成书面报告，提出改进措施。
""",
    ),
    dict(
        slug="localforum-tongxi-minutes-owners-committee-junk",
        site="桐溪家园论坛 (invented)",
        style="地方论坛",
        genre="纪要",
        kind="notice",
        form="text",
        source="http://bbs.tongxijy.com/thread-50213-1-1.html",
        title="樾湖花园第二届业主委员会第五次会议纪要",
        record_title="【业委会公告】樾湖花园第二届业主委员会第五次会议纪要",
        date="2025-04-28",
        notes="local forum: decorated record title, junk lines and glued junk, floor replies; dates and phones inside the minutes; Arabic date at the end",
        page="""
!m 桐溪家园论坛 » 楼盘业主圈 » 樾湖花园
!t 【业委会公告】樾湖花园第二届业主委员会第五次会议纪要
!m 樾湖业委会　发表于 2025-4-28 21:06
!l 仅看楼主 | 从新到旧 | 沉浸阅读
{BODY}
!l 2楼　湖边散步的猫：电梯的事终于有着落了，支持！
!l 3楼　9栋老王：停车费调价能不能再开个听证会？
!a 登录后才能回复，没有账号？立即注册
!m 桐溪家园论坛 - 桐溪人的生活社区　闽ICP备13008892号
""",
        junk=dict(lines=2, glued=3),
        body="""
会议时间：2025年4月26日19:30
会议地点：樾湖花园物业服务中心二楼会议室
出席人员：业委会委员5人（应到5人）
列席人员：社区居委会代表1人，物业服务企业项目经理1人
会议由业委会主任詹以宁主持，形成如下决议：
一、关于电梯更新改造。小区3栋、5栋电梯已使用18年，故障频发。会议同意启动电梯更新改造，所需资金从专项维修资金中列支，具体方案由物业公司提出，经业主大会表决通过后实施。
二、关于地面停车管理。会议同意对小区地面停车位进行重新施划，增设访客临时车位12个。停车收费标准暂不调整，待征求业主意见后另行研究。
三、关于公共收益公开。会议要求物业公司于每季度首月10日前，在小区公告栏公示上季度公共收益收支明细。
四、其他事项。业主对本纪要有异议的，可在5月10日前向业委会书面反映，联系电话：0591-8377420。
樾湖花园业主委员会
2025年4月28日
""",
    ),
    dict(
        slug="rsks-luting-text-qualification-review-no-title",
        site="鹭汀区人事考试网 (invented), text rendering",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://rsks.luting.gov.cn/ksxx/2025/0618/5120.html",
        title="鹭汀区2025年公开招聘社区工作者资格复审通知",
        record_title=None,
        date="2025-06-18",
        notes="exam site text: no title in the record; the date only in the 发布时间 line; schedule and materials lists, addresses and phones inside the body; no signature date",
        page="""
!m 鹭汀区人事考试网
!a 【考生服务】报名入口 ｜ 准考证打印 ｜ 成绩查询
!m 您现在的位置：首页 >> 考试信息 >> 招聘考试
{T}
!m 发布时间：2025-06-18 17:02　　阅读次数：9127
{BODY}
!l 附件下载：资格复审人员名单.xls　　资格复审表.doc
!l 上一篇：鹭汀区2025年公开招聘社区工作者笔试成绩公告
!m 鹭汀区人力资源和社会保障局主办　咨询电话：0574-8723301
""",
        indent="\u3000\u3000",
        body="""
根据《鹭汀区2025年公开招聘社区工作者公告》，现将资格复审有关事项通知如下：
一、复审对象
按照笔试成绩从高到低，以招聘计划数1：2的比例确定资格复审人员，名单详见附件。
二、复审时间和地点
时间：2025年6月23日至24日，上午8:30—11:30，下午14:30—17:00。
地点：鹭汀区人力资源市场三楼（鹭汀区府前路18号）。
三、复审材料
1．本人有效居民身份证原件及复印件；
2．毕业证书、学位证书原件及复印件；
3．岗位要求的其他资格证书原件及复印件；
4．近期免冠2寸彩色照片2张。
四、注意事项
不按规定时间参加资格复审或复审不合格的，取消面试资格，所缺名额从同岗位报考人员中按笔试成绩依次递补。递补人员名单将于6月26日在本网站公布。
咨询电话：0574-8723316（工作日）。
""",
    ),
]

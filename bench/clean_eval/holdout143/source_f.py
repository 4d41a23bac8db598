"""holdout143, part F: written blind. Invented sites, counties, people, URLs and chrome wording."""

CASES = [
    dict(
        slug="training-html-boyu-russian-school-brochure",
        site="博语俄语培训学校 (invented)",
        style="培训机构",
        genre="简章",
        kind="notice",
        form="html",
        source="https://www.boyu-russian.example.com/zhaosheng/2025-chunji.html",
        title="博语俄语培训学校2025年春季班招生简章",
        record_title="【招生简章】博语俄语培训学校2025年春季班招生简章（附课程表）",
        date="2025-01-06",
        notes="training school HTML: floating consult box, free-trial button, course table, the school's 报名电话 kept beside a 400 line; 发布 date line",
        page="""
<html><head><meta charset="utf-8"><title>博语俄语培训学校2025年春季班招生简章</title></head>
<body>
<div class="top">⟦m 博语俄语 · 专注俄语教学十二年⟧ ⟦w 全国咨询热线 400-820-7716⟧</div>
<div class="nav">⟦m 首页　课程体系　师资团队　学员风采　招生简章　联系我们⟧</div>
<h1>⟦t 博语俄语培训学校2025年春季班招生简章⟧</h1>
<p class="date">⟦m 发布：2025-01-06　阅读 1.7k⟧</p>
{BODY}
<div class="float">⟦w 在线咨询⟧ ⟦a 预约免费试听课⟧ ⟦w 留下电话，老师回电⟧</div>
<div class="ft">⟦d 博语教育 版权所有 · 民办学校办学许可证 教民1401092000318号⟧</div>
</body></html>
""",
        body="""
博语俄语培训学校是经教育行政部门批准设立的外语培训机构，现开设春季俄语课程。
班型　课时　学费
零基础入门班　96课时　3800元
中级提高班　120课时　4600元
留学备考班　144课时　6200元
开课时间：2025年3月1日，周末班和晚班可选。
授课教师均具有俄语专业硕士以上学历，外籍教师每周授课不少于四课时。
报名电话：0351-7022816（前台 齐老师）。
""",
    ),
    dict(
        slug="fanwenapp-html-xiezi-poverty-monitoring-summary",
        site="写字宝范文APP (invented)",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://h5.xiezibao.example.com/share/art/88301",
        title="乡镇防止返贫动态监测帮扶工作总结",
        record_title="乡镇防止返贫动态监测帮扶工作总结（可编辑）｜写字宝",
        date="2024-12-20",
        notes="writing-app HTML share page: open-app banner, VIP unlock box between paragraphs, AI 润色 button, bottom bar; date under signature",
        page="""
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>乡镇防止返贫动态监测帮扶工作总结（可编辑）｜写字宝</title></head>
<body>
<div class="banner">⟦a 打开写字宝APP 免费看全文⟧</div>
<h2>⟦t 乡镇防止返贫动态监测帮扶工作总结⟧</h2>
<div class="meta">⟦m 写字宝·总结专区　2.3万次使用⟧</div>
{BODY}
<div class="bottom">⟦a AI润色　｜　复制全文　｜　下载Word⟧</div>
</body></html>
""",
        body="""
今年以来，我镇严格落实防止返贫动态监测和帮扶机制，牢牢守住不发生规模性返贫的底线。
一、精准识别监测对象。通过农户自主申报、干部排查、部门预警三条途径，全年新识别监测对象二十三户六十八人。
⟦a 解锁全文需开通VIP会员（首月1元）⟧
二、落实针对性帮扶。对有劳动能力的监测户落实产业和就业帮扶，对弱劳动力家庭落实兜底保障。
三、及时消除风险。经过帮扶，已有十五户监测对象风险消除，实现稳定增收。
××镇人民政府
2024年12月20日
""",
    ),
    dict(
        slug="gkforum-html-zhongbang-xiangxian-council-material",
        site="中榜公考社区 (invented)",
        style="公考论坛",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.zhongbang-gk.example.com/thread/71205",
        title="发挥乡贤理事会作用助力乡村治理的调研",
        record_title="[申论素材]发挥乡贤理事会作用助力乡村治理的调研 - 申论天地 - 中榜公考社区",
        date="2025-02-14",
        notes="exam community HTML: decorated record title, 发表于 line (page date), moderator badge, course ad box between paragraphs, reply area",
        page="""
<html><head><meta charset="utf-8"><title>[申论素材]发挥乡贤理事会作用助力乡村治理的调研 - 申论天地 - 中榜公考社区</title></head>
<body>
<div class="hd">⟦m 中榜公考社区　考公考编 一站上榜⟧ ⟦a 登录⟧ ⟦a 注册⟧</div>
<div class="crumb">⟦m 首页 › 申论天地 › 素材积累⟧</div>
<h1>⟦t 发挥乡贤理事会作用助力乡村治理的调研⟧</h1>
<div class="author">⟦m 版主 申论老纪 发表于 2025-02-14 21:40⟧</div>
{BODY}
<div class="reply">⟦l 已有 56 人回复⟧ ⟦a 回复本帖⟧</div>
<div class="ft">⟦d 本社区内容仅供备考交流⟧</div>
</body></html>
""",
        body="""
近年来，青川县在全县一百三十个行政村成立乡贤理事会，吸纳退休干部、教师、企业家等乡贤一千二百余人。
调研发现，乡贤理事会在调解邻里纠纷、推动移风易俗、引进项目资金等方面发挥了积极作用，去年共调解纠纷四百余起。
⟦a 【广告】申论80分冲刺班今晚开课，点击抢位⟧
但也存在部分理事会活动不经常、与村两委职责不清等问题。
建议明确乡贤理事会在村党组织领导下开展工作，建立乡贤履职积分和激励机制，让乡贤“回得来、留得住、用得好”。
""",
    ),
    dict(
        slug="baike-text-huiwen-alligator-gar-qa",
        site="汇问百科问答 (invented)",
        style="百科问答",
        genre="问答",
        kind="other",
        form="text",
        source="https://zhidao.huiwen.example.com/question/204418873.html",
        title="钓到鳄雀鳝应该怎么处理？",
        record_title="钓到鳄雀鳝应该怎么处理？_汇问百科问答",
        date="2025-07-31",
        notes="Q&A text: 回答于 date line (the page's date), 专业回答 badge, 有用/无用 buttons, more-questions list; answer tells readers to 拍照 and 打电话 (kept)",
        page="""
!m 汇问百科问答 · 你问我答
{T}
!m 提问者：钓鱼佬阿强　|　浏览 9203 次
!m 专业回答　水产站技术员　2025-07-31 回答
{BODY}
!l 有用(214)　无用(3)　|　评论　分享
!l 更多相关问题：鳄雀鳝有毒吗？　外来入侵鱼类有哪些？
!d 以上回答由网友提供，仅供参考
""",
        body="""
鳄雀鳝属于外来入侵物种，性情凶猛，会大量捕食本地鱼类，对水域生态危害很大。
钓到后千万不要放生，也不要私自转卖或饲养。
正确做法是：先拍照记录钓获地点和时间，然后将鱼就地无害化处理，或者交给当地农业农村部门。
它的鱼卵有毒，不能食用。
如果在同一水域多次发现，请拨打当地12316热线或渔政部门电话报告，方便及时开展清除。
""",
    ),
    dict(
        slug="netdisk-html-yunzhou-fall-webworm-plan",
        site="云舟网盘 (invented)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="html",
        source="https://yunzhou-pan.example.com/s/Fw8Q1tL",
        title="2025年美国白蛾防控工作方案",
        record_title="2025年美国白蛾防控工作方案.docx",
        date="2025-05-09",
        notes="cloud-drive HTML share: file-name title, sharer and expiry, save/download buttons, online-preview header, report link; date under signature",
        page="""
<html><head><meta charset="utf-8"><title>2025年美国白蛾防控工作方案.docx - 云舟网盘</title></head>
<body>
<div class="hd">⟦m 云舟网盘⟧ ⟦a 登录⟧ ⟦a 客户端下载⟧</div>
<div class="file">⟦m 2025年美国白蛾防控工作方案.docx　46.3KB⟧</div>
<div class="sharer">⟦m 来自 南陵林业站 的分享　失效时间：永久有效⟧</div>
<div class="ops">⟦a 保存到网盘⟧ ⟦a 普通下载⟧ ⟦a 举报⟧</div>
<div class="preview"><p>⟦a 在线预览（仅显示文本）⟧</p>
{BODY}
</div>
<div class="ft">⟦d 云舟网盘 · 请勿分享侵权或违法内容⟧</div>
</body></html>
""",
        body="""
为有效控制美国白蛾发生危害，保护城乡绿化成果，结合我县实际，制定本方案。
一、防控目标：成灾率控制在千分之一以下，无公害防治率达到百分之九十五以上。
二、防治时间：第一代幼虫防治期为6月上旬至7月上旬，第二代为8月上旬至9月上旬。
三、防治措施：网幕期人工剪除网幕，幼虫期喷施苏云金杆菌等生物药剂，蛹期释放周氏啮小蜂。
四、工作要求：各乡镇要落实专人负责，每周向县林业站报送一次疫情。
南陵县林业站
2025年5月9日
""",
    ),
    dict(
        slug="snapshot-text-kuaizhao-plant-quarantine",
        site="快照搜 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="text",
        source="https://kz.kuaizhaosou.example.com/cache?id=9b21e6&u=zjz.shiquan.example.gov.cn",
        title="关于做好春季苗木调运植物检疫工作的通知",
        record_title="关于做好春季苗木调运植物检疫工作的通知 - 快照",
        date="2025-02-20",
        notes="text-only cache: snapshot header with cache time (not a date), original-page link, highlight note; the station's own contact kept; 成文日期 under the signature",
        page="""
!m 快照搜 · 网页快照
!m 您查看的是 zjz.shiquan.example.gov.cn 于 2025年3月9日 的快照版本
!a 点此访问当前网页
!m 快照搜和网页作者无关，不对其内容负责
{T}
{BODY}
!m 石泉县植保植检站　版权所有
""",
        body="""
各苗木生产经营单位：
春季是苗木调运的高峰期，为防止松材线虫病、美国白蛾等检疫性有害生物传播扩散，现将有关事项通知如下：
一、凡从外地调入苗木、花卉、种子的，须持有调出地植物检疫机构签发的植物检疫证书。
二、调出本县的苗木，生产经营者应提前三日向县植保植检站申请产地检疫。
三、对未经检疫擅自调运的，依法予以处罚。
联系电话：0915-6312208，联系人：谭站长。
石泉县植保植检站
2025年2月20日
""",
    ),
    dict(
        slug="print-html-minzhou-campus-clinic-notice",
        site="闽洲学院校医院 (invented)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="html",
        source="https://xyy.mzxy.example.edu.cn/print.asp?id=1520",
        title="校医院关于新生入学体检的通知",
        record_title="〖打印〗校医院关于新生入学体检的通知",
        date="2025-09-01",
        notes="print view HTML: print toolbar, URL line, print footer with page count (page marker) and print time (not a date); schedule table; the clinic's own phone kept",
        page="""
<html><head><meta charset="utf-8"><title>打印 - 校医院关于新生入学体检的通知</title></head>
<body onload="window.print()">
<div class="noprint">⟦a 〖打 印〗 〖关 闭〗⟧</div>
<div class="url">⟦m 原文地址：https://xyy.mzxy.example.edu.cn/info/1520.html⟧</div>
<h2>⟦t 校医院关于新生入学体检的通知⟧</h2>
<div class="src">⟦m 发布时间：2025-09-01　来源：校医院⟧</div>
{BODY}
<div class="pfoot">⟦p 第1页/共1页⟧　⟦m 打印于 2025-09-15 08:02⟧</div>
</body></html>
""",
        body="""
各学院：
根据教育部有关规定，校医院将组织2025级新生入学体检，现将有关事项通知如下：
日期　学院
9月8日　文学院、外国语学院
9月9日　理学院、工学院
9月10日　经济管理学院、艺术学院
体检当天须空腹，携带身份证和一寸照片一张。
校医院咨询电话：0591-22870120。
""",
    ),
    dict(
        slug="mail-text-fw-cangjiang-graduate-retest",
        site="沧江大学学院邮件 (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mailto:archive/2025/cangjiang-yjs-0320.eml",
        title="关于2025年硕士研究生招生复试工作安排的通知",
        record_title="Fw: 关于2025年硕士研究生招生复试工作安排的通知",
        date="2025-03-18",
        date_also=["2025-03-20"],
        notes="forwarded mail: Fw header block, forwarder's note, original header separator, the notice's own contact and 附件 kept, mail-system notice footer",
        page="""
!m From: 土木学院研究生秘书 <tmyjs@cangjiang-univ.example.edu.cn>
!m Sent: 2025年3月20日 星期四 14:06
!m To: 2025复试工作组
!m Subject: Fw: 关于2025年硕士研究生招生复试工作安排的通知
!l 各位老师：转发研究生院通知，请按时间节点准备，谢谢。
!m -------- Forwarded Message --------
{BODY}
!d 本邮件及附件仅发送给指定收件人，如误收请删除
""",
        body="""
各招生学院：
根据教育部和学校有关规定，现将2025年硕士研究生招生复试工作安排通知如下：
一、复试时间：3月29日至4月2日，各学院须在此期间完成复试。
二、复试方式：采取现场复试方式，包括专业能力考核、外语听说能力测试和综合素质面试。
三、各学院须于3月25日前在学院网站公布复试细则和复试名单。
联系人：研究生招生办公室 温老师，电话：027-88126603。
附件：复试工作日程安排表
研究生院
2025年3月18日
""",
    ),
    dict(
        slug="gov-text-shuangqiao-goldenrod-wrapped",
        site="双桥镇人民政府 (invented)",
        style="政府门户",
        genre="通告",
        kind="notice",
        form="text",
        source="http://www.shuangqiao.example.gov.cn/art/2025/10/9/art_1021_70231.html",
        title="双桥镇关于集中清除加拿大一枝黄花的通告",
        record_title="双桥镇关于集中清除加拿大一枝黄花的通告",
        date="2025-10-09",
        notes="township page text hard-wrapped at 66 columns; 信息来源/发布时间 line; glued notice after the last paragraph; 【我要纠错】 chrome",
        wrap=66,
        indent="　　",
        page="""
!m 双桥镇人民政府网　>　政务公开　>　通知公告
{T}
!m 信息来源：镇农业农村办　发布时间：2025-10-09 15:31
{BODY}
!a 【我要纠错】【打印】【关闭】
!m 双桥镇人民政府办公室主办
""",
        body="""
加拿大一枝黄花是国家重点管理的外来入侵植物，繁殖力极强，严重威胁农田和林地生态安全。每年10月至11月是其开花结籽期，也是集中清除的关键时期。
镇政府决定于10月15日至11月30日在全镇范围内开展集中清除行动。各村（社区）要组织人员对房前屋后、道路两侧、河岸荒地进行全面排查，做到发现一株、清除一株。
清除时应连根拔除，装袋集中焚烧或深埋，严禁随意丢弃，防止种子扩散。
欢迎群众积极参与并举报，举报电话：0574-65213307。⟦d 本通告最终解释权归双桥镇人民政府⟧
双桥镇人民政府
2025年10月9日
""",
    ),
    dict(
        slug="wenku-oneline-yegang-black-pepper-summary",
        site="椰港文库 (invented)",
        style="文库预览",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://wenku.yegang.example.com/p/3018837.html",
        title="椰港农场胡椒产业2024年发展情况总结",
        record_title=None,
        date="2025-01-15",
        notes="文库 preview with the whole body on one line, page markers ⁅n⁆ glued inside it; no record title (found in the repeated title); preview-end and upload notice",
        oneline=True,
        indent="　　",
        pages=dict(fmt="⁅{n}⁆", every=90, start=2, glue=True),
        page="""
!m 椰港文库 - 免费文档分享
{T}
!m 3页 · 上传者：农场办公室 · 2025-02-11上传 · 预览 88 次
{BODY}
!a 试读结束，继续阅读请下载（1下载券）
!d 本文档由用户上传分享，如有侵权请联系处理
""",
        body="""
2024年，农场胡椒种植面积稳定在一万二千亩，干胡椒产量一千六百吨，比上年增长百分之八。
一是推广良种良法，新植胡椒园全部采用抗病品种，施用有机肥三千吨。
二是防控胡椒瘟病，组建植保服务队，全年发病率控制在百分之二以内。
三是延伸产业链，白胡椒加工厂投产，产品附加值提高三成。
椰港农场办公室
2025年1月15日
""",
    ),
]

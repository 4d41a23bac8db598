"""holdout98, part F. Invented text; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="netdisk-html-night-school-handbook-share",
        site="小鲸同步盘 (invented)",
        style="网盘分享",
        genre="规章制度",
        kind="rule",
        form="html",
        source="https://share.xiaojing-pan.example.cn/f/8TqW2m",
        title="社区居民夜校学员守则",
        record_title=None,
        date=None,
        notes="personal-drive share page: file list, save button, expiry countdown; no record title; no date (a share stamp only)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>小鲸同步盘 - 文件分享</title></head>
<body>
<div class="bar">⟦m 小鲸同步盘⟧ <a>⟦a 登录⟧</a> <a>⟦a 下载客户端⟧</a></div>
<div class="file"><span>⟦m 学员守则.docx　23.6KB⟧</span> <span>⟦m 分享于 2025-09-02 · 7天后过期⟧</span></div>
<div class="ops"><button>⟦a 保存到网盘⟧</button><button>⟦a 下载⟧</button></div>
<div class="pv">
<h2>{T}</h2>
{BODY}
</div>
<div class="ft">⟦d 分享内容由用户上传，小鲸同步盘不对其负责⟧</div>
</body></html>
""",
        body="""
一、学员应按时上课，不迟到、不早退，因故不能上课的，请提前向班主任请假。
二、上课期间请将手机调至静音，不大声喧哗，爱护教室设施。
三、实操课程须听从教师指导，注意用电、用火安全。
四、学员之间互相尊重、互相帮助，共同营造文明和谐的学习氛围。
五、每学期出勤率达到80%以上并通过结业考核的，颁发结业证书。
""",
    ),
    dict(
        slug="snapshot-text-geohazard-patrol-rules-oneline",
        site="搜知快照 (invented search cache)",
        style="搜索快照",
        genre="规章制度",
        kind="rule",
        form="text",
        source="http://cache.souzhi.example.com/c?u=dc.gov.cn/zrzy/20250318.html",
        title="黛川县地质灾害隐患点巡查制度",
        record_title="黛川县地质灾害隐患点巡查制度 - 搜知快照",
        date=None,
        notes="text-only search cache: cache banner and highlight note; the whole body on one line; no date (crawl stamp only)",
        page="""
!m 这是 dc.gov.cn/zrzy/20250318.html 的快照，抓取时间 2025年3月20日 04:11:38。
!m 当前页面可能已更新，请点击此处查看最新页面。
!m 您查询的关键词已被标记：巡查制度
{T}
{BODY}
!l 相关搜索：地质灾害群测群防 隐患点巡查记录表 汛期值班制度
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
第一条　为规范地质灾害隐患点巡查工作，及时发现险情，制定本制度。
第二条　隐患点巡查实行定人、定点、定时“三定”制度，群测群防员为巡查责任人。
第三条　非汛期每月巡查不少于2次，汛期每周巡查不少于2次，强降雨期间实行24小时值守。
第四条　巡查人员应如实填写巡查记录，发现异常情况立即报告乡镇和县自然资源局。
第五条　本制度自发布之日起施行。
""",
    ),
    dict(
        slug="snapshot-html-field-hockey-ground-closure-frame",
        site="快照在线 (invented search cache)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="https://webcache.kuaizhao.example.net/view?id=lsqgq-2025-10-09",
        title="关于体育公园曲棍球场暂停开放的通知",
        record_title="关于体育公园曲棍球场暂停开放的通知",
        date="2025-10-09",
        notes="snapshot frame above the cached page; the cached page's own chrome; the notice's 成文日期",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>快照在线 - 关于体育公园曲棍球场暂停开放的通知</title></head>
<body>
<div class="snap-frame">⟦m 快照在线：以下是网页在 2025-10-12 08:03 的存档，与原网页可能存在差异。⟧ ⟦a 查看原网页⟧ ⟦a 纯文字版⟧</div>
<div class="cached">
<div>⟦m 翎山市体育公园管理中心⟧</div>
<div>⟦m 首页 &gt; 公告公示⟧</div>
<h2>{T}</h2>
{BODY}
<div>⟦m 翎山市体育公园管理中心 © 2025⟧</div>
</div>
</body></html>
""",
        body="""
广大市民朋友：
因体育公园曲棍球场人工草坪更换工程施工需要，曲棍球场自2025年10月13日起暂停对外开放，预计于12月20日恢复开放，具体时间另行通知。
暂停开放期间，已预约场地的团体和个人，请于10月12日前到公园服务中心办理退费或改约。
由此给您带来的不便，敬请谅解。
翎山市体育公园管理中心
2025年10月9日
""",
    ),
    dict(
        slug="print-text-saline-land-letter-footer",
        site="栾阳市政务服务网 打印页 (invented)",
        style="打印页",
        genre="函",
        kind="letter",
        form="text",
        source="http://zwfw.luanyang.gov.cn/print.jsp?id=71820",
        title="关于商请支持盐碱地耐盐作物试验示范的函",
        record_title="打印预览：关于商请支持盐碱地耐盐作物试验示范的函",
        date="2025-04-03",
        notes="print view: print header and footer (第1页/共1页 in its own form) and URL line; the letter's document number neutral",
        page="""
!a 【打印本页】　【返回】
!t 打印预览：关于商请支持盐碱地耐盐作物试验示范的函
!m 打印时间：2025/4/10 15:22
{T}
栾农函〔2025〕12号
{BODY}
!m http://zwfw.luanyang.gov.cn/print.jsp?id=71820
!m ══ 页码 1 ∕ 1 ══
""",
        body="""
省农业科学院作物研究所：
为推进我市盐碱地综合改造利用，我局拟于今年在北部三个镇建设耐盐碱作物试验示范区，面积共计600亩。贵所在耐盐碱小麦、大豆品种选育方面成果丰硕，特商请贵所在以下方面给予支持：
一、提供适宜我市种植的耐盐碱品种及配套栽培技术；
二、选派专家开展试验方案设计和田间技术指导；
三、联合开展试验数据监测与分析。
盼予支持为感。
联系人：耕地建设科　高明，电话：0546-8213074。
栾阳市农业农村局
2025年4月3日
""",
    ),
    dict(
        slug="print-html-shelterbelt-protection-notice",
        site="磬原县林业和草原局 打印视图 (invented)",
        style="打印页",
        genre="公告",
        kind="notice",
        form="html",
        source="http://lcj.qingyuan.gov.cn/art/print/2025/4/1/art_221_5530.html",
        title="磬原县林业和草原局关于加强农田防护林带管护的公告",
        record_title="〖打印〗磬原县林业和草原局关于加强农田防护林带管护的公告",
        date="2025-04-01",
        notes="print view: print/close buttons, print footer; reporting phone kept",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〖打印〗磬原县林业和草原局关于加强农田防护林带管护的公告</title>
<style>@media print{.noprint{display:none}}</style></head>
<body onload="">
<div class="noprint">⟦a 打　印⟧ ⟦a 关　闭⟧</div>
<h2>{T}</h2>
<p>⟦m 磬原县林业和草原局　2025-04-01⟧</p>
{BODY}
<p>⟦m 本页地址：lcj.qingyuan.gov.cn/art/2025/4/1/art_221_5530.html⟧</p>
<p>⟦m ～第 1 页（共 1 页）～⟧</p>
</body></html>
""",
        body="""
农田防护林带是保护农田、防风固沙的重要屏障。近期，个别地方出现擅自砍伐林带树木、在林带内放牧和堆放杂物等行为。为加强防护林带管护，现公告如下：
一、任何单位和个人不得擅自采伐防护林带树木。确需更新采伐的，须依法办理林木采伐许可证。
二、严禁在防护林带内放牧、挖沙、取土、倾倒垃圾。
三、各乡镇要落实护林员巡护责任，发现违法行为及时制止并报告。
对违反上述规定的，由林业主管部门依法处理。举报电话：0937-6612208。
磬原县林业和草原局
2025年4月1日
""",
    ),
    dict(
        slug="mail-text-dengue-notice-forwarded",
        site="鄢水县卫健局邮件 (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mailto:export/yswjj-20250613-0932.eml",
        title="关于开展登革热防控知识培训的通知",
        record_title="转发：关于开展登革热防控知识培训的通知",
        date="2025-06-13",
        date_also=["2025-06-14"],
        notes="forwarded mail: headers and the forwarder's note are chrome; the notice's own 附件 line kept; mail date differs from the document's (also accepted)",
        page="""
!m 发件人：县卫健局疾控股 <jkg@ysxwjj.example.gov.cn>
!m 收件人：各镇卫生院公卫科
!m 发送时间：2025年6月14日 星期六 上午9:32
!t 转发：关于开展登革热防控知识培训的通知
!m 附件：培训回执.xlsx (12KB)
!w 各位好，请查收，回执周二前发回本邮箱，谢谢！——疾控股小欧
!m -------- 原始邮件 --------
{T}
{BODY}
!d 此邮件及其附件仅供指定收件人使用，如误收请删除。
""",
        body="""
各镇卫生院、社区卫生服务中心：
为提高基层医务人员登革热诊治和处置能力，县卫健局定于2025年6月19日举办登革热防控知识培训班。现将有关事项通知如下。
一、培训对象：各单位分管公卫负责人、门诊医生和公卫专干各1名。
二、培训时间：6月19日上午9:00—12:00。
三、培训地点：县人民医院门诊楼五楼学术报告厅。
四、培训内容：登革热临床诊断与治疗、病例报告、蚊媒监测与应急处置。
请各单位于6月17日前报送参训回执。
附件：参训回执
鄢水县卫生健康局
2025年6月13日
""",
    ),
    dict(
        slug="mail-text-endemic-screening-reply-chain",
        site="瓒州疾控邮件 (invented)",
        style="邮件转发",
        genre="请示",
        kind="request",
        form="text",
        source="mailto:export/zzcdc-re-20250310.eml",
        title="关于增配包虫病筛查便携式B超设备的请示",
        record_title="Re: 回复：关于增配包虫病筛查便携式B超设备的请示.docx",
        date="2025-03-07",
        notes="reply chain above the forwarded document: replies and quoted headers chrome; a file-name title with Re:/回复： prefixes",
        page="""
!m 主题：Re: 回复：关于增配包虫病筛查便携式B超设备的请示.docx
!m 发件人：财务科 李会计　时间：2025-03-10 16:05
!w 已阅，预算科目需调整，请按修改意见再报一次。
!m > 发件人：地方病防治科　时间：2025-03-08 10:44
!m > 请财务科审核，谢谢。
!m > 正文附后：
{T}
{BODY}
!d 内部邮件，请勿外传
""",
        body="""
市卫生健康委员会：
我市西部牧区是包虫病流行区，每年需对约2万名群众开展B超筛查。目前我中心仅有便携式B超机2台，且已使用8年以上，图像质量下降，难以满足筛查需要。
为保障筛查工作顺利开展，拟申请增配便携式B超设备4台，预算约48万元，资金从地方病防治专项经费中列支。
妥否，请批示。
瓒州市疾病预防控制中心
2025年3月7日
""",
    ),
]

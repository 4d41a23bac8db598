"""Holdout7 cases, part E: document-preview and sharing sites with page markers in forms of
their own (`〔2〕`, `|3|`, `(4/8)`, `== 5 ==`, `第6頁`, `Page 2`, `3／7`, `[第4页]`, `＜5＞`,
`◆2◆`, `【3/6】`, `No.4`), cutting sentences on lines of their own or glued to the next line,
with preview-end, coin and upload prompts worded anew, and file-name titles (.doc, .pdf, .wps,
.docx, .txt). Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="wenku-qiancheng-report-lenticular-markers",
        site="千城文库 (invented)",
        style="文库预览",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://wenku.qiancheng.example.com/view/7c2f19a0.html",
        title="2024年度乡镇纪委书记述职述廉报告",
        record_title="2024年度乡镇纪委书记述职述廉报告.doc",
        date=None,
        notes="wrapped at 64 columns; 〔n〕 page markers between lines of one paragraph; a 文档贡献者 line, 阅读券 prompt and a 全文共N页 note",
        wrap=64,
        indent="\u3000\u3000",
        pages=dict(fmt="〔{n}〕", every=80, start=2),
        page="""
!t 2024年度乡镇纪委书记述职述廉报告.doc
!m 千城文库　文档贡献者：清风徐来jw　全文共4页　2.1万次阅读
{BODY}
!a 使用1张阅读券即可查看剩余内容
!l 相关文档：村级纪检委员述职报告（4页）　纪委书记个人述廉报告（6页）
""",
        body="""
2024年，我在县纪委监委和镇党委的坚强领导下，认真履行监督执纪问责职责，推动全面从严治党向基层延伸，现将履职情况报告如下。
一、强化政治监督。围绕乡村振兴、耕地保护、惠民资金发放等重点工作开展监督检查六次，发现问题十八个，督促整改十八个。
二、严肃执纪问责。全年受理信访举报十一件，立案四件，给予党纪处分四人，运用第一种形态处理十二人次。
三、加强自身建设。带头遵守中央八项规定精神，从未利用职务之便为本人和亲属谋取私利。
存在的不足是监督方式还不够多样，对村级小微权力的监督还有盲区。今后，我将进一步强化担当，把监督做深做细做实。
""",
    ),
    dict(
        slug="wenku-yuhang-plan-pipe-markers-glued",
        site="语航文档 (invented)",
        style="文库预览",
        genre="实施方案",
        kind="plan",
        form="text",
        source="https://www.yuhangdoc.example.com/p-11820377.html",
        title="城区燃气安全专项整治实施方案",
        record_title="城区燃气安全专项整治实施方案.pdf",
        date=None,
        notes="not wrapped: paragraphs cut mid-word by |n| markers glued at the start of the continuation; a 免费预览已结束 prompt and a 文档价格 line",
        pages=dict(fmt="|{n}|", every=80, start=2, glue=True),
        page="""
!m 语航文档 > 行业资料 > 安全生产
!t 城区燃气安全专项整治实施方案.pdf
!m 文档价格：6金币　页数：9　大小：318KB
{BODY}
!a 免费预览已结束，剩余7页可下载查看
!a 下载文档（6金币）
""",
        body="""
为深刻吸取近期燃气事故教训，全面排查整治城区燃气安全隐患，坚决防范遏制燃气安全事故发生，制定本实施方案。
一、整治范围。城区范围内的燃气经营企业、餐饮等燃气用户、燃气管道设施和燃气具销售企业。
二、整治内容。重点整治燃气经营企业违规充装、餐饮场所未安装可燃气体报警装置、燃气管道被占压和穿越密闭空间等问题。
三、时间安排。动员部署阶段到4月15日，排查整治阶段到9月30日，巩固提升阶段到12月底。
四、保障措施。城区燃气安全专项整治工作专班每月召开一次调度会，通报整治进展，对整治不力的单位进行约谈。
""",
    ),
    dict(
        slug="wenku-zhiyuan-summary-fraction-paren",
        site="知源文库 (invented)",
        style="文库预览",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://zhiyuan.example.com/d/20931.html",
        title="社区2024年平安建设工作总结",
        record_title="社区2024年平安建设工作总结（8页）.wps",
        date="2024-12-18",
        notes="wrapped at 58 columns with (n/8) markers, glued mix; the 成文日期 under the signature; a 举报 / 纠错 row and a 该文档已被收录 badge",
        wrap=58,
        pages=dict(fmt="({n}/8)", every=80, start=2, glue="mix"),
        page="""
!t 社区2024年平安建设工作总结（8页）.wps
!m 知源文库 · 该文档已被“社区工作”专题收录
{BODY}
!a 举报　纠错　下载（8页）
""",
        body="""
2024年，我社区在街道党工委的领导下，以创建“无刑事案件社区”为目标，扎实推进平安建设各项工作。
一、矛盾纠纷排查化解。建立“网格员＋楼栋长＋调解员”的排查机制，全年排查化解矛盾纠纷六十一起，调解成功率百分之九十八。
二、治安防控体系建设。新增高清视频监控探头四十二个，组建平安志愿巡逻队三支，全年辖区入室盗窃案件同比下降四成。
三、重点人群服务管理。对辖区社区矫正对象、刑满释放人员逐人落实帮教措施，未发生重新犯罪。
下一步，我们将进一步夯实基层基础，努力建设更高水平的平安社区。
红星社区居民委员会
2024年12月18日
""",
    ),
    dict(
        slug="wenku-hanlin-speech-equals-markers",
        site="翰林文档网 (invented)",
        style="文库预览",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.hanlindoc.example.net/doc/55102.html",
        title="在全市文明城市创建推进会上的讲话",
        record_title="在全市文明城市创建推进会上的讲话.docx",
        date="2025-04-18",
        notes="wrapped at 72 columns with == n == markers on lines of their own; the title printed twice (file name and plain); a VIP 畅读 prompt",
        wrap=72,
        indent="\u3000\u3000",
        pages=dict(fmt="== {n} ==", every=80, start=2),
        page="""
!t 在全市文明城市创建推进会上的讲话.docx
!m 翰林文档网　上传时间：2025-04-18　下载：312
{T}
{BODY}
!a 开通VIP畅读全站文档，首月仅需9.9元
!l 猜你想找：文明城市创建工作方案　创文工作表态发言
""",
        body="""
同志们：
今天召开全市文明城市创建推进会，主要任务是对照测评体系查找短板，对下一阶段创建工作进行再部署。
去年全国文明城市年度测评，我市成绩比上年有所提升，但在背街小巷环境卫生、公益广告宣传、志愿服务常态化等方面还存在明显失分点。
各区要对照问题清单建立整改台账，明确责任单位、责任人和完成时限，做到整改一项、销号一项。
要充分发动群众参与，让文明城市创建成为全体市民的自觉行动，做到创建为民、创建惠民。
同志们，创建文明城市没有旁观者，希望大家以更加饱满的热情投入到创建工作中去。
""",
    ),
    dict(
        slug="docshare-shuyun-minutes-trad-page",
        site="書韻文檔 (invented, traditional-script page chrome)",
        style="文档分享",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="https://www.shuyundoc.example.hk/view/88210.html",
        title="县政府常务会议纪要",
        record_title="县政府常务会议纪要",
        date="2025-02-26",
        notes="page chrome in traditional script (第n頁, 下載, 分享), the document in simplified script; the minutes' 出席/列席/记录 lines and 印发 line kept",
        pages=dict(fmt="第{n}頁", every=80, start=2, glue=False),
        page="""
!m 書韻文檔 > 政務資料 > 會議紀要
{T}
!m 上傳者：古道西風　頁數：3　瀏覽：1,206
{BODY}
!a 下載文檔　加入收藏　分享到微信
!d 本站文檔均由用戶上傳，如有侵權請聯繫刪除。
""",
        body="""
2月25日，县长廖志明主持召开县政府第二十九次常务会议，研究了以下事项。
一、会议听取了县财政局关于2024年财政预算执行情况的汇报。会议要求，要严格执行预算，坚持过紧日子，确保“三保”支出。
二、会议审议通过了《县城区老旧管网改造实施方案》，由县住建局按程序组织实施。
三、会议研究了春季森林防火工作，要求各乡镇严格落实野外用火管理，坚决防止发生森林火灾。
出席：廖志明、高建华、刘敏、邱海涛
列席：县政府办、县财政局、县住建局、县林业局负责人
记录：罗小军
县人民政府办公室　2025年2月26日印发
""",
    ),
    dict(
        slug="docshare-page-english-plan-glued",
        site="简页文档 (invented)",
        style="文档分享",
        genre="方案",
        kind="plan",
        form="text",
        source="https://jianye.example.com/file/2209183",
        title="2025年职工技能大赛工作方案",
        record_title="2025年职工技能大赛工作方案.txt",
        date="2025-03-20",
        record_date="2025-03-20",
        notes="Page n markers glued at line starts of a 70-column wrap; a 文件信息 block (大小, 格式) and a 复制链接 action",
        wrap=70,
        pages=dict(fmt="Page {n}", every=80, start=2, glue=True, sep=" "),
        page="""
!m 简页文档　文件信息：txt　14KB　2025-03-20
!t 2025年职工技能大赛工作方案.txt
!a 复制链接　下载　全屏预览
{BODY}
!m 文件编号：JY-2209183
""",
        body="""
为深入实施技能强企战略，营造比学赶超的良好氛围，公司工会决定举办2025年职工技能大赛，方案如下。
一、比赛项目。设置电工、焊工、钳工、数控车工四个比赛项目，每个项目分理论考试和实际操作两部分，理论成绩占三成，实操成绩占七成。
二、参赛对象。公司在岗职工，年龄不超过五十五周岁，每个基层单位每个项目推荐选手不超过三名。
三、奖励办法。每个项目设一等奖一名、二等奖二名、三等奖三名，一等奖获得者授予“公司技术能手”称号，并优先推荐参加省级比赛。
四、时间安排。5月报名，6月理论考试，7月实际操作比赛，8月表彰。
""",
    ),
    dict(
        slug="download-site-notice-fullwidth-slash",
        site="资料汇下载站 (invented)",
        style="资料下载站",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.ziliaohui.example.com/soft/gw/20250405/8821.html",
        title="关于开展2025年度档案工作检查的通知",
        record_title="关于开展2025年度档案工作检查的通知 免费下载",
        date="2025-04-03",
        date_also=["2025-04-05"],
        notes="a download site: 软件大小/授权/语言 meta, 高速下载/普通下载 buttons, n／7 page markers of the preview on lines of their own, 附件 list and 联系人 kept, 成文日期 at the end",
        pages=dict(fmt="{n}／7", every=80, start=2, glue=False),
        page="""
!m 资料汇下载站 — 绿色 安全 高速
!t 关于开展2025年度档案工作检查的通知 免费下载
!m 资料大小：26KB　授权：免费　语言：简体中文　更新：2025-04-05
!a 高速下载　普通下载　电信下载
!l 资料预览：
{BODY}
!d 本站资料均来自互联网收集，仅供学习交流，下载后请于24小时内删除。
""",
        body="""
各乡镇，县直各单位：
为推动全县档案工作规范化建设，县档案局决定于今年5月至6月对全县各单位档案工作开展检查，现将有关事项通知如下。
一、检查内容。档案工作责任落实、文书档案整理归档、电子文件归档和档案安全保管等情况。
二、检查方式。各单位先对照检查标准开展自查，县档案局再组织抽查，抽查比例不低于百分之三十。
联系人：姚丽君　电话：0744-8226017
附件：1.2025年度档案工作检查评分标准
2.档案工作自查情况表
县档案局
2025年4月3日
""",
    ),
    dict(
        slug="wenku-ruixue-insight-bracket-page-cn",
        site="瑞雪文库 (invented)",
        style="文库预览",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.ruixuewk.example.com/doc/1029.html",
        title="学习新修订《中国共产党纪律处分条例》心得体会",
        record_title=None,
        date=None,
        notes="no record title; [第n页] markers glued mix; the title printed once at the top with a 文库 tag; preview cut prompt in new words (下滑解锁更多)",
        wrap=68,
        indent="\u3000\u3000",
        pages=dict(fmt="[第{n}页]", every=80, start=2, glue="mix"),
        page="""
!m 瑞雪文库｜党建资料
{T}
{BODY}
!a 下滑解锁更多内容，登录即可免费看完
!l 文库精选：党纪学习教育研讨发言　廉政党课讲稿
""",
        body="""
近期，我认真学习了新修订的《中国共产党纪律处分条例》，对照条例深入思考，进一步增强了纪律意识和规矩意识。
新修订的条例坚持问题导向，对党员干部的政治纪律、组织纪律、廉洁纪律、群众纪律、工作纪律和生活纪律作出了更加严格、更加具体的规定。
学习条例，关键在于把纪律要求转化为日常行为习惯。我将把条例作为案头书，经常对照检查，做到知敬畏、存戒惧、守底线。
同时，我将认真履行一岗双责，管好分管领域的干部，及时提醒、经常教育，让遵规守纪成为自觉。
""",
    ),
    dict(
        slug="docshare-angle-fullwidth-html-pages",
        site="文汇共享 (invented)",
        style="文档分享",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.wenhuigx.example.com/view/44120.html",
        title="关于农村留守儿童关爱服务情况的调研报告",
        record_title="关于农村留守儿童关爱服务情况的调研报告.pdf",
        date="2025-05-29",
        notes="HTML preview: a ＜n＞ page marker paragraph between the halves of a cut paragraph, the converter's page divs, a 下载券 prompt, an uploader card and a 相似文档 sidebar",
        pages=dict(fmt="＜{n}＞", every=80, start=2),
        p_html='<div class="pg-line">{}</div>',
        page="""
<html><head><meta charset="utf-8"><title>关于农村留守儿童关爱服务情况的调研报告.pdf - 文汇共享</title></head><body>
<div class="top">⟦m 文汇共享　让知识流动起来⟧</div>
<h1>⟦t 关于农村留守儿童关爱服务情况的调研报告.pdf⟧</h1>
<div class="up">⟦m 上传者：暖阳小屋　贡献于 2025-05-29　共5页⟧</div>
<div class="reader">
{BODY}
</div>
<div class="end">⟦a 需要2下载券下载此文档⟧</div>
<div class="side"><h4>⟦l 相似文档⟧</h4><p>⟦l 留守儿童之家工作总结⟧</p><p>⟦l 关爱留守儿童实施方案⟧</p></div>
</body></html>
""",
        body="""
为全面了解我县农村留守儿童关爱服务情况，县民政局会同县妇联、县教育局于今年四月组成调研组，深入八个乡镇开展调研。
一、基本情况。全县现有农村留守儿童三千二百一十六名，其中由祖辈监护的占百分之八十七。全县建成儿童之家九十二个，配备儿童主任一百八十六名。
二、存在问题。一是部分祖辈监护人文化程度低，难以辅导孩子学习；二是心理健康服务力量不足，专业社工缺乏；三是部分儿童之家使用率不高。
三、对策建议。建议实施“代理家长”结对帮扶，每个乡镇配备一名专职心理辅导老师，将儿童之家建设与学校课后服务结合起来。
""",
    ),
    dict(
        slug="wenku-bailu-speech-diamond-markers",
        site="白鹭文库 (invented)",
        style="文库预览",
        genre="主持词",
        kind="speech",
        form="text",
        source="https://bailuwk.example.com/view/66301.html",
        title="全县政法工作会议主持词",
        record_title="全县政法工作会议主持词（2025年）",
        date=None,
        notes="◆n◆ page markers on lines of their own in a 60-column wrap; a 本文档由 AI 辅助生成摘要 box (notice), 收藏 / 评分 row",
        wrap=60,
        indent="\u3000\u3000",
        pages=dict(fmt="◆{n}◆", every=80, start=2),
        page="""
!m 白鹭文库
!t 全县政法工作会议主持词（2025年）
!d 【AI摘要】本文档为政法工作会议主持词，包括会议议程及主持人串词。摘要仅供参考。
{BODY}
!a ☆收藏　✎评分　⤓下载
""",
        body="""
同志们：
现在开会。今天召开的全县政法工作会议，主要任务是总结去年全县政法工作，安排部署今年工作任务。
出席今天会议的有：县委常委、政法委书记韩志勇同志，县人民法院、县人民检察院、县公安局主要负责同志。
会议共有三项议程：一是通报表彰去年度平安建设先进单位；二是县公安局、县司法局作交流发言；三是韩志勇同志作重要讲话。
同志们，刚才韩志勇同志的讲话，站位高远、要求明确，希望大家认真抓好贯彻落实。会议到此结束。
""",
    ),
    dict(
        slug="wenku-xingchen-plan-bracket-total",
        site="星辰文库 (invented)",
        style="文库预览",
        genre="应急预案",
        kind="plan",
        form="text",
        source="https://www.xingchenwk.example.com/v/3310d2.html",
        title="学校食物中毒事件应急处置预案",
        record_title="学校食物中毒事件应急处置预案.doc",
        date=None,
        notes="【n/6】 markers glued at line starts, wrapped at 66 columns; decimal headings 1.1 / 1.2 and the preplan's own 联系电话 kept; a 试读3页 prompt",
        wrap=66,
        pages=dict(fmt="【{n}/6】", every=80, start=2, glue=True),
        page="""
!t 学校食物中毒事件应急处置预案.doc
!m 星辰文库　共6页　试读3页
{BODY}
!a 试读已到末页，购买后下载完整版（¥3.00）
""",
        body="""
1 总则
1.1 为有效预防、及时控制和妥善处置学校食物中毒事件，保障师生身体健康和生命安全，制定本预案。
1.2 本预案适用于本校发生的食物中毒事件的应急处置工作，学校食堂、校外供餐单位均应遵照执行。
2 组织机构
2.1 学校成立食物中毒事件应急处置领导小组，校长任组长，分管后勤的副校长任副组长，成员由各处室负责人组成。
2.2 领导小组办公室设在总务处，联系电话：0738-5512306。
3 处置程序
3.1 发现疑似食物中毒病例后，立即停止食堂供餐，封存剩余食品和留样，第一时间拨打120送医救治。
3.2 在两小时内向县教育局和县卫生健康局报告，配合有关部门开展调查处理。
""",
    ),
    dict(
        slug="docshare-modian-summary-html-numero-markers",
        site="墨点共享 (invented)",
        style="文档分享",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://www.modiangx.example.com/doc/71120.html",
        title="县图书馆总分馆制建设工作总结",
        record_title="县图书馆总分馆制建设工作总结.docx",
        date="2025-01-06",
        notes="HTML preview: No.n page markers between cut paragraphs, a 本文档共4页 header, a 打赏 box and 举报 link; the summary's own 成文日期",
        pages=dict(fmt="No.{n}", every=80, start=2),
        page="""
<html><head><meta charset="utf-8"><title>县图书馆总分馆制建设工作总结.docx-墨点共享</title></head><body>
<div class="bar">⟦m 墨点共享　本文档共4页⟧</div>
<h2>⟦t 县图书馆总分馆制建设工作总结.docx⟧</h2>
<div class="doc">
{BODY}
</div>
<div class="tip">⟦a 觉得有用？打赏上传者 ¥1⟧ ⟦a 举报⟧</div>
</body></html>
""",
        body="""
2024年，县图书馆按照县委、县政府的部署，全面推进总分馆制建设，构建起覆盖城乡的公共图书馆服务体系。
一是建成分馆网络。全县十六个乡镇全部建成图书馆分馆，新建农家书屋服务点四十个，实现通借通还。
二是丰富馆藏资源。全年新增图书三万二千册，向分馆配送图书一万八千册，开通数字阅读平台。
三是开展阅读推广。举办“书香进万家”等各类阅读推广活动一百二十场，参与群众两万余人次。
县图书馆
2025年1月6日
""",
    ),
]

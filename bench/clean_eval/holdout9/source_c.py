"""Holdout9, part C: document-sharing and paid-preview pages — a paid-document site with its
own preview-end wording, a template marketplace, a PDF-to-text dump with running heads and
footers, an OCR'd scan with stray characters, a 文库 preview hard-wrapped with glued markers,
a one-line preview, a download station and a cloud-drive share. Page markers in forms the
README does not list. Written blind; everything invented."""

CASES = [
    dict(
        slug="paiddoc-yunjuan-speech-preview-end-bars",
        site="云卷文档 (invented)",
        style="文库预览",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.yunjuandoc.example.com/p-58820413.html",
        title="在全县农村人居环境整治推进会上的讲话",
        record_title="在全县农村人居环境整治推进会上的讲话（最新整理）.docx",
        date=None,
        notes="a paid-document preview: file-name record title with （最新整理）; ▌N▌ markers on lines of their own cutting sentences; its own preview-end wording and a coupon prompt; a price line and a 'similar documents' box",
        indent="\u3000\u3000",
        pages=dict(fmt="▌{n}▌", every=150, start=2),
        page="""
!m 云卷文档 · 海量实用文档随心下
!t 在全县农村人居环境整治推进会上的讲话（最新整理）.docx
!m 格式：docx　页数：4　大小：28KB　上传时间：2025-03-21
!a 原价：￥6.80　会员价：￥0.00　立即购买
{BODY}
!a —— 本文档预览到此为止，付费后可阅读并下载剩余 2 页 ——
!a 领取新人券，首单立减3元
!l 与本文相似的文档
!l 全镇人居环境整治动员会讲话稿
!l 村庄清洁行动工作推进会主持词
""",
        body="""
同志们：
今天召开全县农村人居环境整治推进会，主要任务是通报前一阶段工作情况，部署下一步重点任务。刚才，三个乡镇作了交流发言，讲得都很好，我都同意。
去年以来，全县上下以农村改厕、生活垃圾和污水治理、村容村貌提升为重点，扎实推进农村人居环境整治，完成户厕改造八千六百户，行政村生活垃圾收运处置体系实现全覆盖。
但是也要看到，工作推进还不平衡，有的村重建设轻管护，改厕后“建而不用”的问题比较突出；有的地方群众参与度不高，存在“干部干、群众看”的现象。
下一步，要重点抓好三件事：一是抓好问题厕所整改，今年六月底前全部整改到位；二是建立长效管护机制，落实管护人员和经费；三是充分发动群众，开展“美丽庭院”评比，激发群众内生动力。
同志们，农村人居环境整治事关群众切身利益，希望大家真抓实干，以钉钉子精神抓好各项工作落实。
""",
    ),
    dict(
        slug="template-mart-plan-html-price-card",
        site="墨格模板市场 (invented)",
        style="资料下载站",
        genre="方案",
        kind="plan",
        form="html",
        source="https://www.mogemoban.example.com/word/10827733.html",
        title="社区“邻里节”活动策划方案",
        record_title="社区“邻里节”活动策划方案Word模板下载_编号10827733_墨格模板",
        date=None,
        notes="HTML template marketplace: decorated record title with Word模板下载_编号_site; a price card, format/size specs, a 'members free' button and license notice; the plan's own schedule table rows and its slogan stay",
        page="""
<html><head><meta charset="utf-8"><title>社区“邻里节”活动策划方案Word模板下载_编号10827733_墨格模板</title></head><body>
<div class="hd">⟦m 墨格模板⟧ <span>⟦m 设计不求人 · 模板随心换⟧</span> ⟦a 登录 / 注册⟧</div>
<div class="crumb">⟦m 墨格模板 / Word模板 / 策划方案⟧</div>
<h1>{T}</h1>
<ul class="spec"><li>⟦m 编号：10827733⟧</li><li>⟦m 格式：DOCX　大小：1.2MB　页数：3⟧</li></ul>
<div class="price">⟦a 单张购买 ￥9.9　　VIP会员免费下载⟧</div>
<div class="preview">
{BODY}
</div>
<div class="lic">⟦d 本模板版权归墨格模板及设计师所有，仅限个人非商业用途，禁止二次售卖。⟧</div>
<div class="tags">⟦l 标签：邻里节　社区活动　策划书　Word⟧</div>
<div class="rel">⟦l 猜你喜欢：社区重阳节活动方案 | 物业业主答谢会策划⟧</div>
</body></html>
""",
        body="""
一、活动主题
远亲不如近邻　共建和美家园
二、活动目的
通过举办邻里节系列活动，增进社区居民之间的交流与互助，营造团结友爱、和谐共处的社区氛围。
三、活动时间和地点
时间：5月17日（星期六）上午9:00—12:00
地点：社区文化广场
四、活动安排
时段　活动内容　负责人
9:00—9:30　开幕式及邻里公约宣读　社区居委会
9:30—11:00　百家宴、跳蚤市场、便民服务　各楼栋长
11:00—12:00　文艺表演及“好邻居”颁奖　社区文艺队
五、经费预算
本次活动预计经费三千五百元，主要用于场地布置、奖品购置和宣传物料制作。
""",
    ),
    dict(
        slug="pdfdump-audit-report-running-heads",
        site="岚溪县审计局公开文件PDF (invented)",
        style="文档分享",
        genre="工作报告",
        kind="report",
        form="text",
        source="https://sjj.lanxi.example.gov.cn/upload/2025/07/audit_work_report.pdf",
        title="关于岚溪县2024年度本级预算执行和其他财政收支的审计工作报告",
        record_title="audit_work_report.pdf",
        title_in="file-name",
        date="2025-07-24",
        notes="a PDF-to-text dump: the record title is a file name that is not the title; running heads glued to the page numbers inserted between wrapped lines (岚溪县审计局 ∣ N); a running footer of the converter; the date under the title from the document",
        wrap=64,
        pages=dict(fmt="岚溪县审计局 ∣ {n}", every=150, start=2),
        page="""
!m %PDF-text extracted by pdftext 0.9 — 8 pages
{T}
——2025年7月24日在县第十九届人民代表大会常务委员会第二十三次会议上
县审计局局长　庞亚楠
{BODY}
!p 岚溪县审计局 ∣ 8
!m （本文件转换自 audit_work_report.pdf，版式可能与原件不一致）
""",
        body="""
主任、各位副主任、秘书长、各位委员：
我受县人民政府委托，向县人大常委会报告2024年度县本级预算执行和其他财政收支的审计情况，请予审议。
一、县本级预算执行审计情况
审计结果表明，县财政部门认真落实县人大批准的预算，财政运行总体平稳，全县一般公共预算收入完成14.27亿元，增长3.6%。审计也发现，部分项目预算编制不够精准，年中调整频繁，有1.36亿元专项资金未能在当年支出。
二、部门预算执行审计情况
重点审计了县教育局、县卫健局等九个部门，发现部分单位存在公务卡结算不规范、资产账实不符等问题，涉及金额2160万元。
三、审计建议
一是加强预算管理，提高预算编制的科学性和精准性；二是盘活存量资金，提高财政资金使用效益；三是严肃财经纪律，推动审计整改常态长效。
主任、各位副主任、秘书长、各位委员，我们将自觉接受县人大常委会的监督，依法全面履行审计监督职责，为全县经济社会高质量发展作出新的贡献。
""",
    ),
    dict(
        slug="ocr-scan-minutes-stray-chars",
        site="扫描识别文本 (invented)",
        style="文档分享",
        genre="会议纪要",
        kind="other",
        form="text",
        source="file:///scans/2025/gzjy_0412_ocr.txt",
        title="镇党委理论学习中心组2025年第三次集体学习会议纪要",
        record_title="gzjy_0412_ocr.txt",
        title_in="file-name",
        date="2025-04-12",
        notes="an OCR'd scan: a file-name record title unlike the title; stray OCR characters as lines of their own (junk) and a scanner's header/footer; the minutes' 时间/地点/主持人/参加人员 lines stay; the date from the 时间 line",
        page="""
!m [OCR] 识别引擎 v3.2　置信度 91%　第1/2帧
!j | l ·· '  ̄ ,
{T}
{BODY}
!j ]| 1 ., ' ;
!m [OCR] 第2/2帧　扫描仪：DS-5180　分辨率 300dpi
""",
        body="""
时间：2025年4月12日上午9时
地点：镇机关三楼会议室
主持人：镇党委书记　甘立民
参加人员：镇党委理论学习中心组成员，各村党组织书记列席。
会议集体学习了关于加强基层治理体系和治理能力现代化建设的有关论述，甘立民同志领学了《中国共产党农村基层组织工作条例》有关内容。
⟦j ' ! ~ .| ｀⟧
会议指出，基层治理是国家治理的基石，全镇各级党组织要把抓基层、打基础作为长远之计和固本之举，推动治理重心向村组下移。
会议强调，一要抓好网格化管理，把全镇划分为86个网格，每个网格明确一名网格员；二要深化矛盾纠纷排查化解，做到小事不出村、大事不出镇；三要加强村级组织建设，提升村干部服务群众的能力。
会议要求，各村要在4月底前完成网格划分和人员配备，镇综治中心要加强督导，确保各项措施落地见效。
""",
    ),
    dict(
        slug="wenku-shulin-summary-wrapped-glued-corners",
        site="书林文库 (invented)",
        style="文库预览",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://wenku.shulin.example.com/view/9f2c7a10b3e4.html",
        title="2025年上半年综治中心工作总结",
        record_title=None,
        date="2025-07-02",
        notes="no record title; a 文库 preview hard-wrapped at 58 columns with 「N」 markers glued at the start of the next line; the title repeated with a page count; a 'continue reading' button glued after the last body sentence; the date under the signature",
        wrap=58,
        indent="\u3000\u3000",
        pages=dict(fmt="「{n}」", every=140, start=2, glue=True),
        page="""
!m 书林文库 > 党政司法 > 综治维稳
!t 2025年上半年综治中心工作总结（共4页）
!m 贡献者：ljzz_2023　|　浏览 2,031　|　下载 87
{T}
{BODY}⟦a 〔继续阅读全文〕⟧
!l 相关文档推荐：综治中心规范化建设汇报材料｜平安建设工作总结
""",
        body="""
今年上半年，镇综治中心在镇党委、政府的领导下，坚持和发展新时代“枫桥经验”，整合资源、规范运行，全力维护社会和谐稳定。
一、规范化建设稳步推进。按照“一中心一平台一网格”的要求，完成综治中心场所改造，设置群众接待、矛盾调处、心理服务等功能室六个，实现一站式接待、一揽子调处。
二、矛盾纠纷有效化解。上半年共排查矛盾纠纷213件，调处化解205件，化解率96.2%，未发生因矛盾纠纷激化引发的刑事案件。
三、网格管理不断完善。全镇86个网格配齐专兼职网格员，通过网格员上报事件1780件，办结率99%以上。
下半年，我们将继续健全矛盾纠纷多元化解机制，为建设更高水平的平安乡镇作出新贡献。
瑶埠镇综治中心
2025年7月2日
""",
    ),
    dict(
        slug="wenku-oneline-pledge-glued-title-missing",
        site="小满文档 (invented)",
        style="文库预览",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://m.xiaomandoc.example.com/d/44128.html",
        title="文明祭扫倡议书",
        record_title=None,
        date="2025-03-28",
        notes="no record title; a mobile preview with the whole pledge on one line and 〘N〙 markers glued inside it; the title glued to the first words; a 'open in app' prompt on top and a 'pay to copy' prompt under it",
        oneline=True,
        indent="\u3000\u3000",
        pages=dict(fmt="〘{n}〙", every=140, start=2, glue=True),
        page="""
!a 打开小满文档APP，阅读体验更佳 >
⟦t 文明祭扫倡议书⟧{BODY}
!a 复制全文需支付1.00元
!m 小满文档 m.xiaomandoc.example.com
""",
        body="""
广大市民朋友们：
清明节是缅怀先人、寄托哀思的传统节日。为进一步推进殡葬移风易俗，倡导文明、绿色、安全的祭扫方式，我们向全市广大市民发出如下倡议。
一、倡导绿色祭扫。提倡以敬献鲜花、植树绿化、网络祭扫、家庭追思等方式缅怀先人，不在街道、小区等公共场所焚烧纸钱。
二、注重安全祭扫。进入林区、墓区严禁携带火种，不燃放烟花爆竹，确保森林防火安全。
三、倡导错峰祭扫。合理安排祭扫时间，尽量避开高峰时段，乘坐公共交通工具出行。
让我们从自身做起，从现在做起，以实际行动传承文明新风。
鹤汀市文明办
2025年3月28日
""",
    ),
    dict(
        slug="download-station-report-html-counters",
        site="及时雨资料站 (invented)",
        style="资料下载站",
        genre="述职报告",
        kind="report",
        form="html",
        source="https://www.jishiyu-zl.example.net/shuzhi/2025/0119/23318.html",
        title="2024年度村党支部书记述职报告",
        record_title="2024年度村党支部书记述职报告【范本】-及时雨资料站",
        date=None,
        notes="HTML download station: decorated record title 【范本】-site; download counters and a 'point' cost, a 'report broken link' row; a download prompt glued to the start of a body paragraph; a stats table of the report stays",
        page="""
<html><head><meta charset="utf-8"><title>2024年度村党支部书记述职报告【范本】-及时雨资料站</title></head><body>
<div class="top">⟦m 及时雨资料站 — 写材料不求人⟧</div>
<div class="pos">⟦m 资料站首页 › 述职报告 › 村干部述职⟧</div>
<h1>{T}</h1>
<table class="info"><tr><td>⟦m 资料类型：Word⟧</td><td>⟦m 所需积分：5⟧</td><td>⟦m 下载次数：1482⟧</td></tr></table>
<div class="txt">
{BODY}
</div>
<div class="dl"><a>⟦a 电信高速下载⟧</a> <a>⟦a 联通高速下载⟧</a> <a>⟦a 报告错误⟧</a></div>
<div class="ft">⟦d 本站资料均来源于网络，仅供学习参考，版权归原作者所有。⟧</div>
</body></html>
""",
        body="""
2024年，我在镇党委的坚强领导下，团结带领村“两委”班子和全体党员群众，围绕乡村振兴中心任务，扎实开展各项工作，现将一年来的工作情况报告如下。
一、抓班子带队伍，战斗堡垒更加坚强。严格落实“三会一课”制度，全年召开支部党员大会12次，上党课4次；发展党员2名，培养入党积极分子3名。
⟦a 点击下载本文Word版⟧二、抓产业促增收，集体经济不断壮大。
村集体经济收入情况如下：
项目　2023年（万元）　2024年（万元）
光伏发电　8.2　9.6
厂房租赁　5.0　7.5
合计　13.2　17.1
三、抓治理办实事，群众满意度持续提升。硬化村组道路2.3公里，新装路灯86盏，调解矛盾纠纷19起。
存在的不足主要是产业项目单一，年轻党员偏少。2025年，我将带头苦干实干，努力推动全村各项工作再上新台阶。
""",
    ),
    dict(
        slug="clouddrive-tianyun-insight-share-expiry",
        site="天云盘 (invented)",
        style="网盘分享",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://pan.tianyun.example.com/share/init?surl=Qk7mP2xa",
        title="参加全市年轻干部能力提升培训班心得体会",
        record_title="参加全市年轻干部能力提升培训班心得体会.wps",
        date=None,
        notes="a cloud-drive share: file-name record title .wps; the share card with sharer, expiry and an extraction code, a 'save to my drive' button, an ad for a larger plan glued after a body sentence, a report link",
        page="""
!m 天云盘 | 分享无限容量
!t 参加全市年轻干部能力提升培训班心得体会.wps
!m 分享者：一叶知秋88　　分享时间：2025-05-06 21:14　　失效时间：7天后
!m 提取码：a9x3
!a 保存到天云盘　　下载(46KB)
{BODY}
!a 在线预览仅展示文档前部，完整内容请下载后查看
!l 举报　|　分享给好友
""",
        body="""
4月21日至4月30日，我参加了全市年轻干部能力提升培训班。十天的学习时间虽然不长，但内容丰富、形式多样，既有理论辅导，又有现场教学和分组研讨，使我在思想上、理论上和能力上都有了很大收获。
一是理想信念更加坚定。通过系统学习党的创新理论，参观红色教育基地，我深刻认识到年轻干部必须把牢政治方向，始终做到对党忠诚。
二是能力短板更加清晰。在分组研讨中，我发现自己在统筹协调、群众工作等方面还有不少差距，特别是处理复杂问题的经验明显不足。⟦a 开通超级会员，享10T空间与极速下载⟧
三是干事劲头更加充足。培训班上，几位优秀年轻干部的经验分享让我深受鼓舞，他们扎根基层、敢于担当的事迹给了我很大启发。
今后，我将把这次培训的收获运用到工作中，主动到基层一线、到吃劲岗位去经受锻炼，努力成为可堪大用、能担重任的栋梁之才。
""",
    ),
]

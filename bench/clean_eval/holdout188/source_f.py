"""holdout188, part F: encyclopaedias, cloud drives, search snapshots, print views, forwarded mails. Invented text."""

CASES = [
    dict(
        slug="wiki-zhishu-html-entry-staffing-plan",
        site="知树百科 (invented)",
        style="百科问答",
        genre="百科词条",
        kind="entry",
        form="html",
        source="https://baike.zhishu.cn/item/编制调整方案/40117",
        title="编制调整方案",
        record_title="编制调整方案_知树百科",
        date=None,
        notes="entry with edit links and a catalogue; example placeholder date inside a sentence; no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>编制调整方案_知树百科</title></head>
<body>
<div class="hd">⟦m 知树百科 · 人人可编辑的知识树⟧ ⟦a 编辑词条 | 登录⟧</div>
<h1>{T}</h1>
<div class="catalog">⟦l 目录 1 定义 2 结构 3 注意事项⟧</div>
{BODY}
<div class="edit">⟦m 词条统计 浏览次数：8821 编辑次数：6次 最近更新：知树编辑组⟧</div>
<div class="ref">⟦l 参考资料 · 机构编制工作手册 · 公文写作实务⟧</div>
<div class="ft">⟦d 知树百科内容仅供参考，如需专业意见请咨询相关机构⟧</div>
</body></html>
""",
        body="""
编制调整方案是机构编制部门就某一单位编制数额、内设机构或领导职数调整提出的书面方案。
方案一般由调整依据、调整内容、调整后情况和实施要求四部分组成，落款写明机构编制委员会办公室名称和“20××年×月×日”形式的日期。
撰写时应注意：调整事项须有明确依据，编制只能在总量内调剂，不得突破控制数。
""",
    ),
    dict(
        slug="wiki-baiwenku-text-qa-kabaddi-rules",
        site="百问库 (invented)",
        style="百科问答",
        genre="百科问答",
        kind="answer",
        form="text",
        source="http://www.baiwenku.net/ask/tiyu/55081.html",
        title="卡巴迪比赛的基本规则是什么？",
        record_title=None,
        date=None,
        notes="encyclopaedia Q&A: the question as title, missing from the record; no date",
        page="""
!m 百问库 > 体育 > 冷门运动
{T}
!m 最佳回答 · 体育老师阿坤 · 已被 512 人认为有帮助
{BODY}
!l 相关问题：卡巴迪起源于哪个国家？｜卡巴迪需要什么装备？
!a 我来补充　　纠错
!m 百问库 baiwenku.net
""",
        body="""
卡巴迪是一项两队对抗的运动，每队上场7人。
进攻方派一名“袭击手”进入对方半场，在一口气内连续喊“卡巴迪”，并设法触碰对方队员后返回本方半场，每触碰一人得一分。
防守方如果在袭击手返回前将其抱住或按倒，则防守方得一分。比赛分上下两个半场，每半场20分钟。
""",
    ),
    dict(
        slug="netdisk-feiyun-html-share-plan-seedling-trays",
        site="飞云盘 (invented)",
        style="网盘分享",
        genre="工作方案",
        kind="plan",
        form="html",
        source="https://pan.feiyunpan.com/s/1Kx8dQ2Lm",
        title="檀溪镇水稻集中育秧工作方案",
        record_title="檀溪镇水稻集中育秧工作方案.docx",
        date="2024-03-05",
        notes="cloud-drive share page with file list and save prompts; file-name title",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>檀溪镇水稻集中育秧工作方案.docx_免费高速下载|飞云盘</title></head>
<body>
<div class="bar">⟦m 飞云盘 · 文件分享⟧ ⟦a 登录 ⟧ ⟦a 客户端下载⟧</div>
<div class="share">
<div class="fn">⟦t 檀溪镇水稻集中育秧工作方案.docx⟧</div>
<div class="fi">⟦m 分享者：檀溪农办 | 失效时间：永久有效 | 大小：46.2KB⟧</div>
<div class="btns">⟦a 保存到我的网盘⟧ ⟦a 普通下载⟧</div>
<div class="preview">
<h2>{T}</h2>
{BODY}
</div>
</div>
<div class="tip">⟦d 请勿分享违法违规内容，飞云盘将依法处理⟧</div>
</body></html>
""",
        body="""
为稳定水稻生产，推进机插秧，镇政府决定今年继续实施水稻集中育秧。
一、目标任务：全镇建设集中育秧点5个，育秧盘12万张，满足机插面积1.5万亩。
二、时间安排：3月20日前完成苗床整理，4月上旬播种，5月上旬移栽。
三、补助政策：每张育秧盘补助0.6元，由镇农业服务中心验收后兑付。
檀溪镇人民政府
2024年3月5日
""",
    ),
    dict(
        slug="netdisk-nas-text-share-report-womens-home",
        site="家庭NAS分享页 (invented)",
        style="网盘分享",
        genre="工作报告",
        kind="report",
        form="text",
        source="http://nas.linjia-home.cn:5000/sharing/Qm7tY2",
        title="妇女之家建设情况汇报",
        record_title="妇女之家建设情况汇报（定稿）.docx",
        date="2024-06-20",
        notes="NAS share; file listing chrome; title in file name; 成文日期 in Chinese numerals",
        page="""
!m 林家的NAS · 共享文件夹 / 村妇联 / 2024
!m 妇女之家建设情况汇报（定稿）.docx　　修改时间 2024-06-21 08:02　　38 KB
!a 下载　|　在线预览　|　复制链接
{T}
{BODY}
!d 本共享链接由个人设备提供，仅限受邀人访问。
""",
        indent="\u3000\u3000",
        body="""
乡妇联：
我村妇女之家于2023年10月建成，面积120平方米，设有议事室、儿童活动室和手工编织室。
半年来，妇女之家举办家庭教育讲座6场、手工编织培训4期，帮助18名留守妇女实现居家就业。
下一步，我们将引进家政培训项目，把妇女之家建成妇女群众离不开的“娘家”。
棠湾村妇联
二〇二四年六月二十日
""",
    ),
    dict(
        slug="snapshot-sousou-html-notice-emu-quarantine",
        site="搜搜快照 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://cache.sousou.com/c?u=www.lishanny.gov.cn/tzgg/3381.html",
        title="关于做好特种禽类养殖场秋季防疫工作的通知",
        record_title="关于做好特种禽类养殖场秋季防疫工作的通知",
        date="2024-09-10",
        notes="snapshot frame banner with crawl time (no date); county farm bureau notice",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于做好特种禽类养殖场秋季防疫工作的通知 - 搜搜快照</title></head>
<body>
<div class="snap-bar">⟦m 这是搜搜对 http://www.lishanny.gov.cn/tzgg/3381.html 的缓存，是网页在 2024年11月02日 06:41 的快照。⟧<br>⟦a 点击这里查看当前页面⟧ ⟦m 搜搜与网页作者无关，不对其内容负责。⟧</div>
<div class="orig">
<div class="site">⟦m 栎山县农业农村局⟧</div>
<div class="bread">⟦m 首页>>通知公告⟧</div>
<h1>{T}</h1>
{BODY}
<div class="foot">⟦m 栎山县农业农村局主办 联系电话：0376-2212048⟧</div>
</div>
</body></html>
""",
        body="""
各乡镇农业综合服务中心，各特种禽类养殖场：
为做好鸸鹋、鸵鸟、孔雀等特种禽类秋季防疫工作，现就有关事项通知如下：
一、9月20日至10月20日开展秋季集中免疫，禽流感免疫密度达到100%。
二、养殖场要建立免疫档案，做到免疫一只、登记一只。
三、发现禽类异常死亡的，须在2小时内报告当地动物防疫机构。
栎山县农业农村局
2024年9月10日
""",
    ),
    dict(
        slug="snapshot-textcache-text-request-clock-tower",
        site="纯文本快照 (invented)",
        style="搜索快照",
        genre="请示",
        kind="request",
        form="text",
        source="http://textcache.kuaizhao.net/?url=jiedao.nanqiao.gov.cn/xxgk/1044.html",
        title="关于维修更换老街钟楼机芯的请示",
        record_title="关于维修更换老街钟楼机芯的请示 - 快照",
        date="2024-10-14",
        notes="text-only cache with header; 请示 with 附件 and contact line kept",
        page="""
!m 【文本快照】原网址：jiedao.nanqiao.gov.cn/xxgk/1044.html　抓取于 2024-12-08
!a 查看原始网页　｜　查看图片版
!m 南桥县城关街道办事处 > 信息公开
{T}
{BODY}
!d 快照仅保存网页文字内容，与原网站无关。
""",
        body="""
县财政局：
老街钟楼建于1936年，是我县重点保护历史建筑。其机芯因老化已停摆半年，群众多次反映。经专业机构评估，需更换机芯并修缮表盘，预算资金8.4万元。
街道财力有限，特请求县财政给予专项补助。
妥否，请批示。
附件：钟楼机芯维修评估报告
联系人：傅远山，电话：0599-5830211。
南桥县城关街道办事处
2024年10月14日
""",
    ),
    dict(
        slug="print-xingfu-html-print-rules-cable-ferry",
        site="杏府县交通运输局 (invented)",
        style="打印页",
        genre="管理办法",
        kind="rules",
        form="html",
        source="http://jtj.xingfu.gov.cn/print.jsp?id=70125",
        title="杏府县渡口渡船安全管理办法",
        record_title="打印 - 杏府县渡口渡船安全管理办法",
        date="2024-04-28",
        notes="print view: print/close buttons and a print footer; articles kept",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>打印 - 杏府县渡口渡船安全管理办法</title>
<style>@media print{.noprint{display:none}}</style></head>
<body onload="window.print()">
<div class="noprint">⟦a [打印] [关闭]⟧</div>
<div class="ph">⟦m 杏府县交通运输局 http://jtj.xingfu.gov.cn⟧</div>
<h2>{T}</h2>
<div class="time">⟦m 发布时间：2024-04-28⟧</div>
{BODY}
<div class="pf">⟦p 第 1 页，共 1 页⟧</div>
</body></html>
""",
        body="""
第一条 为加强渡口渡船安全管理，保障渡运安全，制定本办法。
第二条 渡船须持有有效船舶检验证书，渡工须持证上岗。
第三条 渡船严禁超载，载客时须为每名乘客配备救生衣。
第四条 遇大风、大雾、洪水等恶劣天气，渡口应当停航。
第五条 本办法自发布之日起施行。
""",
    ),
    dict(
        slug="print-yunling-text-print-plan-reading-month",
        site="云岭图书馆 (invented)",
        style="打印页",
        genre="活动方案",
        kind="plan",
        form="text",
        source="http://www.ylslib.cn/print/2024/0401.html",
        title="2024年“全民阅读月”活动方案",
        record_title="〖打印稿〗2024年“全民阅读月”活动方案",
        date="2024-04-01",
        notes="print view text: header URL, page footer, print time (no date)",
        page="""
!m 云岭县图书馆　www.ylslib.cn
!m 打印时间：2024/12/3 下午4:15
{T}
{BODY}
!p —— 1/1 ——
!a 关闭本页
""",
        indent="\u3000\u3000",
        body="""
为营造书香云岭氛围，县图书馆定于4月开展“全民阅读月”活动。
一、主题书展：4月1日至30日，在一楼大厅展出新书300种。
二、名家讲座：每周六上午举办一场，请读者提前扫码预约座位。
三、亲子共读：面向3至10岁儿童家庭，每周日下午开展。
云岭县图书馆
2024年4月1日
""",
    ),
    dict(
        slug="mail-fwd-text-notice-annual-assessment",
        site="单位邮箱转发 (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mail://rsk.xingfu.gov.cn/inbox/20241205-0931",
        title="关于做好2024年度考核工作的通知",
        record_title="Fw: 关于做好2024年度考核工作的通知",
        date="2024-12-04",
        date_also=["2024-12-05"],
        notes="forwarded mail: headers as meta; the mail's own 附件 list kept; send date differs",
        page="""
!m 发件人：人事科 <rsk@xingfu.gov.cn>
!m 发送时间：2024年12月5日 9:31
!m 收件人：各股室
!m 主题：Fw: 关于做好2024年度考核工作的通知
!m ---------- 转发的邮件 ----------
{T}
{BODY}
!d 此邮件及附件仅供指定收件人使用，如误收请删除。
!m 发自杏府政务邮箱
""",
        body="""
局属各股室、各二级单位：
根据县委组织部、县人社局的统一部署，现就做好我局2024年度考核工作通知如下：
一、考核对象为局机关及二级单位全体在编在岗工作人员。
二、个人填写《年度考核登记表》，12月20日前交人事科。
三、优秀等次比例不超过参加考核人数的20%。
附件：1.年度考核登记表
2.优秀等次推荐汇总表
杏府县交通运输局人事科
2024年12月4日
""",
    ),
    dict(
        slug="mail-reply-text-letter-reception-office",
        site="政务邮箱回复链 (invented)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="text",
        source="mail://jdb.lanxi.gov.cn/sent/20240918-1422",
        title="关于商请协助做好考察团接待工作的函",
        record_title="回复：关于商请协助做好考察团接待工作的函.docx",
        date="2024-09-18",
        notes="reply chain: quoted headers and a signature; 抄送 in the letter kept; file-name title",
        page="""
!m 发件人：县接待办 <jdb@lanxi.gov.cn>
!m 时间：2024-09-18 14:22
!m 主题：回复：关于商请协助做好考察团接待工作的函.docx
!m 收到，已转相关同志办理。
!m ------------------ 原始邮件 ------------------
{T}
{BODY}
!d 温馨提示：请勿通过本邮箱传输涉密信息。
""",
        body="""
县文化和旅游局：
9月24日至25日，友好县考察团一行12人将来我县考察乡村旅游工作。为做好接待，商请贵局协助安排参观点讲解人员，并提供宣传资料50份。
请于9月20日前将讲解人员名单报县接待办。
联系人：钮晓晨，电话：0579-88806233。
兰溪县政府接待办公室
2024年9月18日
抄送：县政府办公室。
""",
    ),
]

"""holdout135, part f: written blind (see NOTE.md). Invented sites, places, people, URLs."""

CASES = [
    dict(
        slug="netdisk-feipan-unicycle-club-plan",
        site="飞盘云 (invented)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="text",
        source="https://pan.feipanyun.example.com/s/1qUc8ZdWx",
        title="独轮车社团2025年秋季训练计划",
        record_title="独轮车社团2025年秋季训练计划.docx",
        date="2025-09-01",
        notes="cloud-drive share text; file-name title; extraction code and save prompts; a training table; share expiry stamp is no date",
        page="""
!m 飞盘云 · 文件分享
!m 独轮车社团2025年秋季训练计划.docx　(28.6KB)
!m 分享者：轮子上的小蔡　｜　有效期：永久　｜　浏览 77
!a 保存到我的飞盘　　下载　　举报
!m 在线预览（第1页/共1页）
{BODY}
!a 登录飞盘云，享受2T免费空间
!d 请勿通过分享传播违法违规内容
""",
        body="""
一、训练目标
让新社员在十周内掌握独立上车和直线骑行，老社员练习原地定车、后退骑行和跳跃动作。
二、训练安排
周次　内容　场地
第1—3周　扶墙上车、平衡练习　体育馆北侧走廊
第4—6周　直线骑行二十米　田径场跑道
第7—10周　绕桩、定车、分组表演编排　田径场跑道
三、安全要求
训练时必须佩戴头盔、护膝和护腕，新社员练习时须有老社员在旁保护。
枫渡中学独轮车社团
2025年9月1日
""",
    ),
    dict(
        slug="netdisk-mengshu-hamster-club-letter",
        site="萌鼠网盘 (invented)",
        style="网盘分享",
        genre="书信",
        kind="letter",
        form="text",
        source="https://www.mengshupan.example.cn/share/init?surl=h8mSt2",
        title="致仓鼠领养人的一封信",
        record_title=None,
        date="2025-04-12",
        notes="cloud-drive preview text; no record title (title in the file line and the page); a 回执 slip kept; extraction-code line",
        page="""
!m 萌鼠网盘 — 分享你的小世界
!m 文件：致仓鼠领养人的一封信.pdf
!m 提取码：k3m9　分享时间：2025-04-15 20:11
!a 普通下载　|　高速下载（会员）
{T}
{BODY}
!a 文件较大时建议使用客户端下载
!d 萌鼠网盘仅提供存储服务，内容由用户上传
""",
        body="""
亲爱的领养人：
感谢您从我们小动物救助站领养仓鼠。为了让它在新家健康生活，请您留意以下几点：
一、笼子底面积不小于八十厘米乘五十厘米，垫料厚度十五厘米以上，方便它挖洞。
二、一只笼子只养一只仓鼠，金丝熊等品种合笼容易打架致伤。
三、不要给仓鼠洗澡，可以放一盆浴沙让它自己清洁。
四、领养后第一个月，我们会电话回访一次，请保持电话畅通。
回执：我已阅读并同意以上事项。领养人签名：________
蓓蕾小动物救助站
2025年4月12日
""",
    ),
    dict(
        slug="snapshot-souyi-html-bighead-carp-reservoir",
        site="搜易快照 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://cache.souyi.example.com/c?u=sk.hengshui.example.gov.cn/tzgg/3011.html",
        title="关于横水水库花鲢增殖放流的通知",
        record_title="关于横水水库花鲢增殖放流的通知_横水县水利局",
        date="2025-03-25",
        notes="snapshot frame HTML: cache banner with a capture stamp (no date), highlighted keywords; inner page's _site title and byline",
        page="""
<html><head><meta charset="utf-8"><title>关于横水水库花鲢增殖放流的通知_横水县水利局</title></head>
<body>
<div class="cache-banner">⟦d 这是 sk.hengshui.example.gov.cn/tzgg/3011.html 的快照，快照时间 2025-05-02 03:11:47，当前页面可能已更改⟧</div>
<div class="cache-banner">⟦m 搜易快照 · 您搜索的关键词已高亮：花鲢 放流⟧ ⟦a 查看原网页⟧</div>
<div class="inner">
<div class="site">⟦m 横水县水利局⟧</div>
<div class="nav">⟦m 首页 > 通知公告⟧</div>
<h2>{T}</h2>
<div class="meta">⟦m 发布时间：2025-03-25　来源：渔政股⟧</div>
{BODY}
<div class="foot">⟦m 横水县水利局　版权所有⟧ ⟦m 备案号：皖ICP备07001926号⟧</div>
</div>
</body></html>
""",
        body="""
各有关乡镇、县水库管理所：
为净化横水水库水质，恢复渔业资源，县水利局定于4月2日在横水水库开展花鲢、白鲢增殖放流活动。
本次计划放流花鲢鱼种八万尾、白鲢鱼种十二万尾，放流规格为每尾十三厘米以上，苗种须经检验检疫合格。
放流后三个月内，水库全域禁止捕捞，请沿库乡镇做好宣传和巡查工作。
横水县水利局
2025年3月25日
""",
    ),
    dict(
        slug="snapshot-kuaizhao-mandarin-duck-text-cache",
        site="快照库 (invented)",
        style="搜索快照",
        genre="新闻",
        kind="news",
        form="text",
        source="http://kz.kuaizhaoku.example.net/text?url=www.luxi-news.example.cn/2025/1126/771.html",
        title="鸳鸯湖迎来越冬鸳鸯四百余只",
        record_title="鸳鸯湖迎来越冬鸳鸯四百余只 - 芦溪新闻网",
        date="2025-11-26",
        record_date="2025-11-26",
        notes="text-only cache; cache stamp not a date; inner byline date; - site title; a 'view original' link and a keyword line",
        page="""
!d 快照库提示：本页为网页的纯文字版本，抓取于 2025-12-01 14:05
!a 查看原始网页 ｜ 查看完整版
!m 关键词：鸳鸯 越冬 芦溪
!m 芦溪新闻网　首页 > 生态
{T}
!m 2025-11-26 09:40　来源：芦溪日报　记者：汤宁
{BODY}
!l 上一篇：全县秋冬季森林防火工作会召开
!m 芦溪新闻网　版权所有
""",
        body="""
连日来，芦溪县鸳鸯湖湿地迎来四百余只越冬鸳鸯，成群结队在湖面觅食嬉戏，成为初冬一道亮丽的风景。
县林业局监测人员介绍，今年到达的越冬鸳鸯比去年增加了六十多只，这与湖区退渔还湿、岸线植被恢复密切相关。
为保护越冬鸳鸯，湿地管理站在观鸟区设置了隐蔽观察棚，并提醒游客不要投喂、不要使用无人机近距离拍摄。
""",
    ),
    dict(
        slug="print-luxian-vulture-rescue-summary",
        site="鹿县林草局 打印页 (invented)",
        style="打印页",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://lcj.luxian.example.gov.cn/print.jsp?id=30218",
        title="鹿县野生动物救护站2025年上半年秃鹫救护工作总结",
        record_title="鹿县野生动物救护站2025年上半年秃鹫救护工作总结 - 打印",
        date="2025-07-08",
        notes="print view text: print-time line and URL at the top, a print footer 「第 1 页 · 共 1 页」, close/print row; - 打印 title",
        page="""
!m 鹿县林业和草原局
!m 打印时间：2025/7/20 16:02
!m 网址：http://lcj.luxian.example.gov.cn/art/2025/7/8/art_30218.html
!t 鹿县野生动物救护站2025年上半年秃鹫救护工作总结 - 打印
{BODY}
!p 第 1 页 · 共 1 页
!a [打印本页]　[关闭窗口]
""",
        body="""
今年上半年，县野生动物救护站共接收救助秃鹫十一只，其中群众发现报告七只，森林公安移交四只。
经检查，受伤原因主要为误食中毒、撞击电线和体力衰竭。救护站对每只秃鹫建立了救护档案，开展洗胃、清创、补液等治疗。
截至六月底，已有八只秃鹫康复并在高山草甸放飞，两只仍在康复中，一只因伤势过重死亡。
下半年，我们将联合电力部门对鹫类活动频繁区域的输电线路加装防撞警示装置。
鹿县野生动物救护站
2025年7月8日
""",
    ),
    dict(
        slug="print-hongtan-html-parasailing-rules",
        site="红滩旅游度假区 打印预览 (invented)",
        style="打印页",
        genre="制度",
        kind="other",
        form="html",
        source="https://www.hongtan-resort.example.com/print/notice-2025-16",
        title="红滩海滨拖曳伞项目游客安全须知",
        record_title="打印预览：红滩海滨拖曳伞项目游客安全须知",
        date="2025-06-01",
        notes="print template HTML; 打印预览： prefix; print footer 「页 1 ／ 1」; the resort's rescue phone in the body kept; page URL line",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>打印预览：红滩海滨拖曳伞项目游客安全须知</title>
<style>@media print{.noprint{display:none}}</style></head>
<body>
<div class="noprint">⟦a 打印　|　另存为PDF　|　关闭预览⟧</div>
<div class="ph">⟦m 红滩旅游度假区管理委员会⟧</div>
<h2>{T}</h2>
<div class="pm">⟦m 发布日期：2025-06-01⟧</div>
{BODY}
<div class="pf">⟦m https://www.hongtan-resort.example.com/notice/2025-16.html⟧</div>
<div class="pf">⟦p 页 1 ／ 1⟧</div>
</body></html>
""",
        body="""
一、参加拖曳伞项目的游客须年满十二周岁、体重在四十至一百公斤之间，患有心脏病、高血压者及孕妇不得参加。
二、升空前须穿好救生衣，系紧安全带，听从操作员讲解，严禁在空中解开任何卡扣。
三、风力超过五级、浪高超过一点五米或有雷电时，项目暂停运营。
四、游客如在项目中感到不适，请挥动双臂示意，快艇将立即减速降落。
五、度假区海上救援电话：0898-3316120，全天有人值守。
红滩旅游度假区管理委员会
2025年6月1日
""",
    ),
    dict(
        slug="mail-fwd-pelican-survey-request",
        site="邮件转发 (invented)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="text",
        source="mailto:archive/2025/0314/pelican-survey.eml",
        title="关于协助开展卷羽鹈鹕越冬种群同步调查的函",
        record_title="Fw: 关于协助开展卷羽鹈鹕越冬种群同步调查的函",
        date="2025-03-10",
        date_also=["2025-03-14"],
        notes="forwarded mail: headers (发件人/收件人/时间/主题) as meta; the letter's own 附件 list and 联系人 kept; mail send date differs (accepted)",
        page="""
!m 发件人：湿地保护站 <sdbhz@example-mail.cn>
!m 收件人：各县林业局办公室
!m 发送时间：2025年3月14日（星期五）上午10:21
!t 主题：Fw: 关于协助开展卷羽鹈鹕越冬种群同步调查的函
!m 附件：调查记录表.xlsx（18KB）
!m ---------- 转发的邮件 ----------
{BODY}
!d 此邮件及附件仅供收件人使用，如误收请立即删除。
!m 发自我的手机邮箱
""",
        body="""
各县林业局：
为掌握卷羽鹈鹕在我市越冬的种群数量和分布，根据省林业局统一部署，我站定于3月22日开展卷羽鹈鹕越冬种群同步调查。
请各县林业局于3月18日前确定调查人员二至三名，并于调查当日上午八时至十二时同步开展计数，严禁使用无人机惊扰鸟群。
调查结束后，请于3月25日前将调查记录表报送我站。
联系人：卓文澜，电话：0779-2236508。
附件：卷羽鹈鹕越冬种群同步调查记录表
北湾市湿地保护管理站
2025年3月10日
""",
    ),
    dict(
        slug="mail-shansheng-lynx-camera-trap-report",
        site="邮件转发 (invented)",
        style="邮件转发",
        genre="报告",
        kind="report",
        form="text",
        source="mailto:archive/2025/1020/lynx.eml",
        title="关于猞猁红外相机监测情况的报告",
        record_title="转发：关于猞猁红外相机监测情况的报告",
        date=None,
        date_also=[],
        notes="forwarded mail with a reply chain above; the report's own 抄送 line; no date in the document and a send date that is the mail's, not the document's (none expected)",
        page="""
!m 发件人：刘巍 <liuwei@shansheng-nr.example.cn>
!m 发送时间：2025-10-20 17:44
!m 收件人：科研科全体
!t 主题：转发：关于猞猁红外相机监测情况的报告
!w 各位，下面这份报告请大家先看看，周四讨论。——刘巍
!m -------- 原始邮件 --------
!m 发件人：监测中心 <jcz@shansheng-nr.example.cn>
{BODY}
!d 本邮件由山圣保护区邮件系统发送
""",
        body="""
保护区管理局：
今年五月以来，我们在北坡高海拔区布设的六十台红外相机中，有九台拍到猞猁影像，累计有效照片四十一张、视频十二段。
从拍摄位置看，猞猁主要活动在海拔三千二百米以上的灌丛草甸，活动高峰为清晨和黄昏。
根据斑纹个体识别，初步判断至少有四只不同个体，其中一张照片显示一只雌性带着两只幼崽。
建议下一年度在南坡增加相机布设，并对周边牧民开展保护宣传，减少放牧干扰。
抄送：科研科、巡护大队。
""",
    ),
    dict(
        slug="gov-shuxi-spoonbill-notice-wrapped",
        site="舒溪县人民政府 (invented)",
        style="政府门户",
        genre="通告",
        kind="notice",
        form="text",
        source="http://www.shuxi.example.gov.cn/xxgk/tzgg/2025/1105/18811.html",
        title="关于设立黑脸琵鹭越冬栖息地临时保护区域的通告",
        record_title="关于设立黑脸琵鹭越冬栖息地临时保护区域的通告-舒溪县人民政府",
        date="2025-11-05",
        notes="county portal text hard-wrapped at 66 columns; -site title; document number neutral; the document's 监督电话 next to the portal's 12345 footer",
        wrap=66,
        indent="\u3000\u3000",
        page="""
!m 舒溪县人民政府　政府信息公开
!m 索引号：003318209/2025-01127　发布机构：县自然资源局
{T}
舒自然资通〔2025〕8号
{BODY}
!m 【发布日期：2025-11-05】【来源：县自然资源局】
!a 【我要纠错】【打印】【关闭】
!m 政务服务便民热线：12345
""",
        body="""
为保护在我县滩涂越冬的黑脸琵鹭，根据《中华人民共和国野生动物保护法》等有关规定，县人民政府决定设立黑脸琵鹭越冬栖息地临时保护区域，现通告如下：
一、保护区域为东港闸以南至红树林公园以北的滩涂和养殖塘，面积约一千二百公顷，具体界线以现场界桩为准。
二、保护期限为2025年11月15日至2026年3月31日。保护期内，禁止在保护区域内驱赶、捕捉、投喂鸟类，禁止燃放烟花爆竹和驾驶无人机。
三、保护区域内的养殖户可以正常生产，但应当降低夜间照明强度。
监督电话：0596-5522817（县自然资源局）。
舒溪县人民政府
2025年11月5日
""",
    ),
    dict(
        slug="fanwen-jiazi-peanut-brittle-speech-markers",
        site="佳字范文网 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.jiazifw.example.com/zhici/2025/77120.html",
        title="在花生糖非遗工坊开工仪式上的讲话",
        record_title="在花生糖非遗工坊开工仪式上的讲话（精选）_佳字范文网",
        date="2025-12-12",
        notes="范文 site text; decorated title; page markers ⦅n⦆ cutting sentences; date in Chinese numerals under the speech title; copy lock prompt",
        indent="\u3000\u3000",
        pages=dict(fmt="⦅{n}⦆", every=140, start=2, glue=False),
        page="""
!m 佳字范文网 — 专注机关公文写作
!m 首页 > 致辞讲话 > 开工致辞
!t 在花生糖非遗工坊开工仪式上的讲话（精选）_佳字范文网
!a 本页内容已加密，复制请先登录
{T}
镇长　易晓帆
（二〇二五年十二月十二日）
{BODY}
!a 下载本文Word版（需2积分）
!l 热门范文：乡村振兴项目开工仪式致辞｜非遗传承基地揭牌讲话
!m 站长微信：jiazi_fw88
""",
        body="""
各位来宾，乡亲们：
今天，柏坡镇花生糖非遗工坊正式开工了！这是我们镇发展特色产业、带动群众增收的一件大喜事。
柏坡花生糖已有一百多年的制作历史，选用本地小粒红皮花生和麦芽糖，经过炒、熬、拌、压、切等十几道工序，香脆不粘牙，去年被列入县级非物质文化遗产名录。
工坊建成后，将按照“传承人＋合作社＋农户”的模式运营，预计每年收购本地花生三百吨，吸纳六十多名留守妇女就业。
希望工坊守住老手艺、打出好品牌，让柏坡花生糖走得更远！
谢谢大家！
""",
    ),
]

"""holdout185, part E: 范文APP, 公考论坛, 百科问答, 网盘分享, 搜索快照, 打印页, 邮件转发. Invented text."""

CASES = [
    dict(
        slug="fanwenapp-html-trivet-volunteer-speech",
        site="写作宝APP (invented)",
        style="范文APP",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://h5.xiezuobao.com/share/art/9021733",
        title="在“暖心锅垫”手作义卖活动上的致辞",
        record_title="在“暖心锅垫”手作义卖活动上的致辞（精选）｜写作宝",
        date="2025-12-06",
        notes="writing app H5 share; date under title in Chinese numerals; open-in-app buttons",
        page="""
<html><head><meta name="viewport" content="width=device-width"><title>在“暖心锅垫”手作义卖活动上的致辞（精选）｜写作宝</title></head>
<body><div class="app-bar">⟦a 打开写作宝APP，阅读体验更佳⟧ <button>⟦a 立即打开⟧</button></div>
<h2>{T}</h2>
<p>（二〇二五年十二月六日）</p>
{BODY}
<div class="ai">⟦a AI一键改写⟧ ⟦a 复制全文⟧</div>
<div class="more">⟦l 更多致辞范文 › 志愿服务｜公益活动⟧</div>
<div class="ft">⟦d 内容由写作宝用户创作上传⟧</div>
</body></html>
""",
        body="""
各位志愿者、朋友们：
今天摆在大家面前的每一块锅垫，都是社区的阿姨们用旧毛线、碎布头一针一线钩出来的。
义卖所得将全部用于为独居老人购买冬季取暖用品。
希望大家买走的不只是一块锅垫，更是一份温暖。谢谢大家！
""",
    ),
    dict(
        slug="fanwenapp-text-bookshelf-reading-summary",
        site="公文助手APP (invented)",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://m.gwzhushou.cn/s/7Rk20q",
        title="2025年“书香机关”创建工作总结",
        record_title="2025年“书香机关”创建工作总结（通用版）｜公文助手",
        date="2025-12-20",
        notes="app share text; share stamp; glued page markers mixed; 成文日期",
        page="""
!m 公文助手 · 你的随身写作库
!m 来自用户“桦城小秘”的分享　3天前
{T}
{BODY}
!a 下载公文助手APP，查看全文及更多同类范文
!l 猜你还想看：读书分享会主持词｜机关读书月活动方案
""",
        pages=dict(fmt="〖{n}〗", every=120, start=2, glue="mix"),
        body="""
今年以来，局机关以“书香机关”创建为抓手，推动干部职工多读书、读好书。
一是建好阵地。在各楼层走廊设置开放式书架8组，新增藏书1500余册，实行自助借阅。
二是办好活动。举办读书分享会6场、“共读一本书”活动2期，参与干部职工400余人次。
三是用好成果。将读书心得汇编成册，优秀篇目在局微信公众号推送。
明年，我们将在书架旁增设电子阅读终端，进一步提升阅读便利度。
桦城市住房和城乡建设局办公室
2025年12月20日
""",
    ),
    dict(
        slug="gkforum-html-gluestick-shenlun-essay",
        site="上岸公考论坛 (invented)",
        style="公考论坛",
        genre="申论",
        kind="other",
        form="html",
        source="http://bbs.shangan-gk.com/thread-77120-1-1.html",
        title="小小胶棒里的“大监管”",
        record_title="[申论范文] 小小胶棒里的“大监管” - 申论交流 - 上岸公考论坛",
        date=None,
        notes="exam forum with jammer fonts; relative time; essay",
        page="""
<html><head><meta charset="utf-8"><title>[申论范文] 小小胶棒里的“大监管” - 申论交流 - 上岸公考论坛</title></head>
<body><div class="hd">⟦m 上岸公考论坛 — 一起上岸⟧ ⟦a 登录⟧ ⟦a 注册⟧</div>
<div class="pt">⟦m 首页 › 申论交流 › 范文分享⟧</div>
<h1>{T}</h1>
<div class="pi">⟦m 楼主：备考第三年　发表于 4 天前⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="rp">⟦l 沙发：立意不错，结尾可以再升华⟧</div>
<div class="ad">⟦l 【面授】省考申论冲刺营 报名倒计时⟧</div>
<div class="ft">⟦d 本帖为网友原创，仅供备考交流⟧</div>
</body></html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=1),
        body="""
一支胶棒，价格不过两三元，却关系着千万孩子的健康。
近年来，一些校园周边小店售卖的“三无”胶棒甲醛超标，暴露出小商品监管的薄弱环节。
守护孩子，需要监管部门把抽检做到校门口，需要生产企业守住质量底线，也需要家长和学校提高辨识能力。
小商品无小事，监管的精细程度，正是治理能力的刻度。
""",
    ),
    dict(
        slug="gkforum-text-paperweight-interview-answer",
        site="公考驿站 (invented)",
        style="公考论坛",
        genre="面试",
        kind="other",
        form="text",
        source="http://www.gkyizhan.net/forum/t/2291",
        title="面试题：领导让你为调研活动准备纪念镇纸，你怎么做？",
        record_title="[面试真题] 面试题：领导让你为调研活动准备纪念镇纸，你怎么做？ - 面试板块 - 公考驿站",
        date=None,
        notes="text exam forum; answer kept; relative time; hard-wrapped",
        page="""
!m 公考驿站 › 面试板块
{T}
!m 发帖：面霸养成中　5 小时前
{BODY}
!l 回复（12）｜只看楼主｜倒序浏览
!a 收藏本帖　分享
""",
        wrap=60,
        body="""
参考答案：首先，我会向领导确认纪念品的数量、预算和用途，并查阅有关规定，确保符合厉行节约的要求，纪念品应当价值低廉、具有地方文化特色。
其次，我会比较三家以上供应商的样品和报价，优先选用本地非遗工坊的青石镇纸，既节约成本又宣传本地文化。
最后，按财务规定办理采购手续，做好登记发放，活动结束后向领导汇报。
""",
    ),
    dict(
        slug="wiki-html-stamppad-entry",
        site="知识百科 (invented)",
        style="百科问答",
        genre="词条",
        kind="other",
        form="html",
        source="https://baike.zhishibk.com/item/印台/50213",
        title="印台",
        record_title="印台_知识百科",
        date=None,
        notes="encyclopaedia with infobox and history tabs; no date",
        page="""
<html><head><meta charset="utf-8"><title>印台_知识百科</title></head>
<body><div class="hd">⟦m 知识百科⟧ <input> ⟦a 进入词条⟧ ⟦a 编辑⟧</div>
<div class="tabs">⟦l 词条 讨论 历史版本⟧</div>
<h1>{T}</h1>
<div class="box">⟦m 中文名：印台　外文名：ink pad　类别：办公用品⟧</div>
{BODY}
<div class="ref">⟦l 参考资料：1.《文具手册》⟧</div>
<div class="stat">⟦m 浏览次数：12万　最近更新：2025-03-04⟧</div>
<div class="ft">⟦d 词条内容仅供参考，如有错误请编辑修正⟧</div>
</body></html>
""",
        body="""
印台是盛放印油、供盖章时蘸取的办公用品，通常由盒体和吸油海绵或布垫组成。
按印油性质可分为水性印台、油性印台和光敏印台；常见颜色有红、蓝、黑三种。
使用时印章应垂直按压，印台长期不用应盖紧盒盖，防止印油挥发干涸。
""",
    ),
    dict(
        slug="wiki-text-tablecloth-qa",
        site="百问知道 (invented)",
        style="百科问答",
        genre="问答",
        kind="other",
        form="text",
        source="http://zhidao.baiwen.net/q/88021.html",
        title="会议桌布用什么颜色合适？",
        record_title=None,
        date=None,
        notes="question as title missing from record; relative time",
        page="""
!m 百问知道 > 商务礼仪
{T}
!m 匿名用户　提问于 1 个月前
!l 推荐答案
{BODY}
!m 回答者：会务老周　七级
!a 有用(33)　没用　评论
""",
        body="""
正式会议一般用墨绿色或深蓝色桌布，显得庄重；座谈会、茶话会可以用米白色或浅灰色。
签约仪式常用深红色，但要注意与背景板颜色协调。
桌布长度以垂到离地面十厘米左右为宜，太短显得局促，太长容易绊脚。
""",
    ),
    dict(
        slug="netdisk-html-bookshelf-shop-rules",
        site="云存盘 (invented)",
        style="网盘分享",
        genre="制度",
        kind="other",
        form="html",
        source="https://pan.yuncunpan.com/s/1xQ8bR2m",
        title="旧书店书架防潮防虫管理办法",
        record_title="旧书店书架防潮防虫管理办法.docx",
        date=None,
        notes="cloud-drive preview; file-name title; save/download buttons; no date",
        page="""
<html><head><meta charset="utf-8"><title>旧书店书架防潮防虫管理办法.docx_免费高速下载|云存盘</title></head>
<body><div class="hd">⟦m 云存盘 · 文件分享⟧ ⟦a 登录⟧</div>
<div class="file">⟦m 旧书店书架防潮防虫管理办法.docx　41.6KB　分享者：书虫阿三　3 天前⟧</div>
<div class="btns">⟦a 保存到我的网盘⟧ ⟦a 普通下载⟧ ⟦a 超级会员极速下载⟧</div>
<div class="preview">
{BODY}
</div>
<div class="ft">⟦d 请勿分享违法违规内容，举报请点击此处⟧</div>
</body></html>
""",
        body="""
第一条 书架距离墙面不少于10厘米，底层距地面不少于15厘米。
第二条 梅雨季节每日开启除湿机，室内湿度控制在60%以下。
第三条 每月检查一次书架，发现书虫、霉斑的图书立即隔离处理。
第四条 书架隔板放置樟木块，每半年更换一次。
""",
    ),
    dict(
        slug="netdisk-text-trivet-sales-plan",
        site="小飞盘 (invented)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="text",
        source="https://xiaofeipan.cn/share/k71mzq",
        title="软木隔热垫直播带货活动方案",
        record_title="软木隔热垫直播带货活动方案.pdf",
        date="2025-10-22",
        notes="text cloud share; file-name title; page markers on own lines; 成文日期",
        page="""
!m 小飞盘 | 分享链接
!m 文件：软木隔热垫直播带货活动方案.pdf（3页）　有效期：7天
!a 提取码：8h2k　｜　转存　｜　下载
{T}
{BODY}
!d 分享内容由用户上传，平台不对内容负责
""",
        pages=dict(fmt="⸤第{n}屏⸥", every=100, start=2),
        body="""
为拓展软木隔热垫销售渠道，公司拟于11月开展直播带货活动。
一、直播时间：11月8日、15日、22日晚19:30至22:00，每场不少于两个半小时。
二、主推产品：圆形软木垫、防烫硅胶边软木垫、定制刻字垫三款，直播间专享价比店铺价低15%。
三、人员分工：主播1名，助播1名，运营和客服各2名。
樟浦木塞制品有限公司电商部
2025年10月22日
""",
    ),
    dict(
        slug="snapshot-html-paperweight-exhibit-notice",
        site="搜得快照 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://cache.soude.com/c?u=www.yljsg.cn/tz/0903.html",
        title="关于举办“文房四宝与镇纸”展览的通知",
        record_title="关于举办“文房四宝与镇纸”展览的通知 - 快照",
        date="2025-09-03",
        notes="search-cache frame; snapshot stamp no date; 成文日期",
        page="""
<html><head><meta charset="utf-8"><title>关于举办“文房四宝与镇纸”展览的通知 - 快照</title></head>
<body><div class="cache-bar">⟦d 这是 www.yljsg.cn/tz/0903.html 的快照，抓取于 2025年10月02日 04:11，页面可能已经更改⟧ ⟦a 查看原网页⟧</div>
<div class="hl">⟦m 以下关键词已高亮：镇纸 展览⟧</div>
<div class="orig"><div>⟦m 榆岭县文化馆⟧</div>
<h2>{T}</h2>
{BODY}
<div>⟦m 地址：榆岭县文化路18号　电话：0912-3350011⟧</div></div>
</body></html>
""",
        body="""
各位市民朋友：
为弘扬传统文化，县文化馆定于9月10日至10月10日在一楼展厅举办“文房四宝与镇纸”展览，展出笔、墨、纸、砚及各式镇纸200余件。
展览免费开放，周一闭馆。团体参观请提前一天预约。
榆岭县文化馆
2025年9月3日
""",
    ),
    dict(
        slug="snapshot-text-gluestick-school-notice",
        site="网页快照 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="text",
        source="http://kuaizhao.sosou.net/q?url=xx.qyxx.cn/2025/0901",
        title="致一年级新生家长的文具准备提示",
        record_title="致一年级新生家长的文具准备提示 - 网页快照",
        date="2025-08-28",
        notes="text cache banner; list kept; 成文日期",
        page="""
!d 您正在查看的是网页快照，抓取时间：2025-09-14，原网页可能已更新或删除
!m 原网址：xx.qyxx.cn/2025/0901
!m 楸阳县实验小学
{T}
{BODY}
!m 学校地址：楸阳县学院路9号
""",
        body="""
各位家长：
新学期即将开始，请为孩子准备以下文具：
1.铅笔5支、橡皮2块、卷笔刀1个；
2.固体胶棒1支（请选择有生产厂家和执行标准的产品）；
3.安全剪刀1把，田字格本2本。
请不要购买气味刺鼻、造型像食品的文具。
楸阳县实验小学一年级组
2025年8月28日
""",
    ),
    dict(
        slug="print-html-tablecloth-hall-request",
        site="笺溪会堂管理处 (invented)",
        style="打印页",
        genre="请示",
        kind="request",
        form="html",
        source="http://www.jxhtglc.cn/print.aspx?id=3312",
        title="关于更换会堂主席台桌布及台裙的请示",
        record_title="打印预览 - 关于更换会堂主席台桌布及台裙的请示",
        date="2025-03-25",
        notes="print view calling window.print(); print footer; 成文日期",
        page="""
<html><head><meta charset="utf-8"><title>打印预览 - 关于更换会堂主席台桌布及台裙的请示</title>
<script>window.onload=function(){window.print();}</script></head>
<body><div class="noprint">⟦a 🖨 打印本页⟧ ⟦a 关闭⟧</div>
<h2>{T}</h2>
{BODY}
<div class="pf">⟦m 打印自：笺溪会堂管理处网站　⟧⟦p ☰ 1 / 1 ☰⟧</div>
</body></html>
""",
        body="""
县机关事务管理局：
县会堂主席台桌布及台裙已使用十年，褪色起球，影响重要会议形象。拟更换阻燃绒面桌布12米、台裙24米，经询价，所需经费约1.6万元。
妥否，请批示。
笺溪县会堂管理处
2025年3月25日
""",
    ),
    dict(
        slug="print-text-stamppad-audit-checklist",
        site="椿湾审计所 (invented)",
        style="打印页",
        genre="清单",
        kind="other",
        form="text",
        source="http://www.chwsj.cn/print/880",
        title="村级财务用印检查清单",
        record_title="〔打印稿〕村级财务用印检查清单",
        date=None,
        notes="text print view; print footer; no date; checklist",
        page="""
!a 【打印】【返回】
{T}
{BODY}
!m 打印时间：2025-11-03 10:22
!p 页 1 ∶ 1
""",
        body="""
1.村委会公章、财务专用章是否分人保管；
2.用印登记簿是否逐笔登记用途、经办人、审批人；
3.印台、印油是否与印章分开存放；
4.空白凭证是否有预先盖章的情况。
""",
    ),
    dict(
        slug="mail-html-bookshelf-archive-request",
        site="桦城政务邮箱 (invented)",
        style="邮件转发",
        genre="请示",
        kind="request",
        form="html",
        source="https://mail.huacheng.gov.cn/read?mid=20250506-0032",
        title="关于购置档案室密集书架的请示",
        record_title="Fwd: 关于购置档案室密集书架的请示.docx",
        date="2025-05-06",
        date_also=["2025-05-07"],
        notes="webmail forward; file-name title; attachment bar and mail headers; document attachments kept",
        page="""
<html><head><meta charset="utf-8"><title>Fwd: 关于购置档案室密集书架的请示.docx - 桦城政务邮箱</title></head>
<body><div class="mail-top">⟦m 桦城政务邮箱⟧ ⟦a 回复⟧ ⟦a 转发⟧ ⟦a 删除⟧</div>
<div class="hdr">⟦m 发件人：档案科 &lt;daks@huacheng.gov.cn&gt;⟧<br>⟦m 收件人：办公室综合组⟧<br>⟦m 时间：2025年5月7日 8:41⟧</div>
<div class="att">⟦m 附件：关于购置档案室密集书架的请示.docx（28KB）⟧</div>
<p>⟦m -------- 转发邮件 --------⟧</p>
<h3>{T}</h3>
{BODY}
<div class="sig">⟦d 本邮件及附件可能含有保密信息，如误收请删除⟧</div>
</body></html>
""",
        body="""
局领导：
档案室现有开放式书架已满载，2024年以后形成的档案无处存放。拟购置手摇式密集书架8列，需资金约9.8万元。
附件：1.档案室平面图
2.密集书架报价单
档案科
2025年5月6日
""",
    ),
    dict(
        slug="mail-text-trivet-canteen-forward",
        site="企业邮局转发 (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mailto:houqin@zhehu-group.com",
        title="关于食堂餐桌配置隔热垫的通知",
        record_title="转发：关于食堂餐桌配置隔热垫的通知",
        date="2025-01-09",
        notes="mail forward text; headers and signature chrome; 抄送 of the document kept",
        page="""
!m 发件人：后勤部 houqin@zhehu-group.com
!m 发送时间：2025-01-10 09:05
!m 主题：转发：关于食堂餐桌配置隔热垫的通知
!m ---------- 原始邮件 ----------
{T}
{BODY}
!d 此邮件由柘湖集团邮件系统发出，请勿直接回复
""",
        body="""
各部门：
近期食堂推出砂锅、铁板类菜品，为防止烫坏桌面和烫伤员工，后勤部已为每张餐桌配置硅胶隔热垫2块。
请员工用餐后将隔热垫留在桌上，不得带走。
抄送：行政部、工会
柘湖集团后勤部
2025年1月9日
""",
        date_also=["2025-01-10"],
    ),
]

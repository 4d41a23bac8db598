"""holdout371, part F: exam forums, encyclopaedias, cloud drives, search snapshots, print views, forwarded mails.

Invented text throughout (see ../README.md and ../build.py for the markup).
"""

CASES = [
    dict(
        slug="examforum-shangan-essay-seasoning-jar-jammer",
        site="上岸驿站 (invented civil-service-exam forum)",
        style="公考论坛",
        genre="申论文章",
        kind="other",
        form="html",
        source="https://bbs.shanganyz.com/thread-204417-1-1.html",
        title="小小调味罐里的减盐大文章",
        record_title="〔申论·同题互批〕小小调味罐里的减盐大文章（自拟题，求狠批） - 申论交流 - 上岸驿站",
        date=None,
        notes="exam forum: reply-to-see prompt, rating row, a QQ-group ad, jammer fonts inside the essay; relative "
        "post time is no date",
        page="""
<html><head><meta charset="gbk"><title>〔申论·同题互批〕小小调味罐里的减盐大文章（自拟题，求狠批） - 申论交流 - 上岸驿站</title>
<style>.jammer{font-size:0;color:transparent}</style>
<script>var tid=204417,fid=38;</script></head>
<body>
<div class="sa-hd">⟦m 上岸驿站⟧ ⟦m 公考人的加油站⟧ <a>⟦a 登录驿站⟧</a> <a>⟦a 注册领资料包⟧</a></div>
<div class="sa-pt">⟦m 上岸驿站 › 申论交流 › 大作文练笔⟧</div>
<table><tr><td class="pls"><p>⟦m 今年必上岸2026⟧</p><p>⟦m 驿站书生　积分 736⟧</p></td>
<td class="plc">
<h1>⟦t 〔申论·同题互批〕小小调味罐里的减盐大文章（自拟题，求狠批）⟧</h1>
<p class="authi">⟦m 发表于 6 天前　｜　倒序浏览　｜　阅读模式⟧</p>
<div class="t_f">
<p><b>{T}</b></p>
{BODY}
</div>
<div class="locked">⟦a 本帖附有批改范文，回复后可见⟧</div>
<div class="rate">⟦a 评分 3 人　驿站币 +9　理由：结构清楚，论证可再充实⟧</div>
</td></tr></table>
<div class="sa-ad">⟦w 申论批改交流群 QQ 874402319，入群送历年真题⟧</div>
<div class="sa-reply">⟦l 2# 晓风残月：第三段的“共治”可以再举个例子⟧</div>
<div class="sa-ft">⟦m 上岸驿站 ( 苏ICP备22008916号 )　GMT+8, 2025-12-1 22:10⟧</div>
</body></html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=3),
        body="""
走进褒川县机关食堂的后厨，灶台边整齐排着一列带刻度的调味罐，盐罐一勺两克，酱油按毫升出。一个小小的调味罐，折射出的是健康中国建设在基层落地的真实图景。
减盐之难，难在习惯。“口重”是许多地方世代相传的饮食传统，厨师凭手感放盐，食客凭口味叫好。改变习惯，靠说教不行，要靠看得见、摸得着的工具和办法。限量调味罐让“少许”“适量”变成了“两克”“五毫升”，把健康要求变成了操作标准。
减盐之要，要在共治。食堂公示每道菜的用盐量，职工投票评选清淡菜品，让就餐者从被动接受变成主动参与。政府、单位、家庭各尽其责，健康饮食才能蔚然成风。
减盐之效，效在长久。从一罐盐到一桌菜，从一个食堂到千家万户，健康生活方式的养成非一日之功。唯有久久为功，小小调味罐才能撬动全民健康的大文章。
""",
    ),
    dict(
        slug="examforum-gongkaoquan-interview-rice-cups-junk",
        site="公考圈 (invented exam forum, text)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="text",
        source="http://www.gongkaoquan.net/bbs/t-90381.html",
        title="社区给老人发量米器，有人说是形式主义，你怎么看？",
        record_title="【面试口袋题】社区给老人发量米器，有人说是形式主义，你怎么看？（说说我的答法）",
        date=None,
        notes="exam forum as text with anti-scraping junk; the candidate's answer is the body; relative times are no dates",
        page="""
!m 公考圈 » 面试专区 » 结构化每日一练
!t 【面试口袋题】社区给老人发量米器，有人说是形式主义，你怎么看？（说说我的答法）
!m 作者：稳住能上　　发表于 2 天前　　查看 2210　　回复 41
{BODY}
!a 觉得答得还行就点个“有用”吧　[有用 56]　[收藏]
!l 回复 #2 上岸锦鲤：开头表态很稳，第三段对策可以再具体到“谁来做”
!l 回复 #3 面试小白：学习了，打卡第27天
!a 想要本题的考官评分表？回复本帖即可下载
!m 公考圈　苏ICP备21030772号
""",
        junk=dict(lines=1, glued=3),
        body="""
各位考官，我的观点是：发放量米器本身不是形式主义，关键看发了之后有没有用起来。
首先，这项举措有积极意义。量米器把“按需做饭”变成了看得见的一格一格，对习惯凭手感做饭的老人来说，是一个简单实用的提醒，有助于减少剩饭浪费，也传递了节约粮食的理念。
其次，网友的担心也值得重视。如果只是拍照留痕、发完了事，量米器被扔进抽屉，那确实成了形式主义，还浪费了财政资金。
因此，我认为要做到三点：一是发放时教会用法，志愿者入户演示；二是跟踪使用效果，通过回访了解老人是否在用；三是把节粮宣传融入日常，结合社区食堂、邻里活动长期开展。
总之，好事要办实，小物件才能发挥大作用。
""",
    ),
    dict(
        slug="encyclopedia-wanwu-entry-egg-separator",
        site="万物百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://www.wanwubaike.cn/item/蛋清分离器/20417",
        title="蛋清分离器",
        record_title=None,
        date=None,
        notes="no title in the record: the entry's <h1>, which also opens the body (matched as head); reading/edit/"
        "discuss/history tabs, an infobox, a contents box, reference markers glued after sentences, an 'edit this "
        "section' link glued to a heading; the revision stamp is no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>万物百科</title>
<script>var wb_item={id:20417,rev:9};</script></head>
<body>
<div class="wb-top">⟦m 万物百科⟧ ⟦m 知万物，懂生活⟧ <a>⟦a 创建词条⟧</a> <a>⟦a 个人中心⟧</a></div>
<div class="wb-tabs">⟦a 阅读　编辑　讨论　历史版本⟧</div>
<h1>{T}</h1>
<div class="wb-info"><table>
<tr><td>⟦m 中文名：蛋清分离器⟧</td><td>⟦m 外文名：egg separator⟧</td></tr>
<tr><td>⟦m 类　别：厨房小工具⟧</td><td>⟦m 常见材质：不锈钢、塑料、硅胶⟧</td></tr>
</table></div>
<div class="wb-toc">⟦l 目录　1 结构　2 材质　3 使用注意⟧</div>
<div class="wb-text">
{BODY}
</div>
<div class="wb-ref"><h3>⟦l 参考资料⟧</h3><p>⟦l 1. 《家庭烘焙工具手册》，诸阳轻工出版社⟧</p><p>⟦l 2. 厨房小工具的原理与选购，《居家》杂志⟧</p></div>
<div class="wb-stat">⟦m 词条统计：浏览 12,906 次　编辑 9 次　最近修订于 4 个月前⟧</div>
<div class="wb-foot">⟦d 万物百科词条由网友协作编写，内容仅供参考。⟧ ⟦m 京ICP备23004418号⟧</div>
</body></html>
""",
        body="""
蛋清分离器是一种用于把生鸡蛋的蛋清与蛋黄分开的厨房小工具，常见于家庭烘焙和餐饮后厨。⟦m [1]⟧
结构⟦a [编辑本节]⟧
常见的蛋清分离器有漏勺式、漏斗式、挂碗式和吸管式等。漏勺式和漏斗式利用蛋黄体积大、蛋清流动性强的特点，让蛋清从缝隙中流下，蛋黄留在勺内；吸管式则利用负压把蛋黄吸起。⟦m [2]⟧
材质
多为不锈钢、食品级塑料或硅胶，也有陶瓷制品。与食品直接接触的产品应符合食品接触材料相关标准。
使用注意
使用前宜将鸡蛋外壳清洗干净；分离时不应让蛋壳碎屑落入蛋液；用后应及时清洗晾干，塑料和硅胶制品不宜长期高温烘烤。
""",
    ),
    dict(
        slug="encyclopedia-xiaobaike-entry-cheese-knife",
        site="万物小百科 (invented encyclopaedia, text)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="http://m.wanwuxbk.com/wiki/nailaodao",
        title="奶酪刀",
        record_title="奶酪刀（西餐刀具）· 万物小百科",
        date=None,
        notes="entry as text: the entry name with a gloss in the record and on the page; tabs, a contents line and "
        "references; the revision stamp is no date",
        page="""
!m 万物小百科 ＞ 厨房用具 ＞ 刀具
!t 奶酪刀（西餐刀具）
!a 编辑 ｜ 讨论 ｜ 历史版本 ｜ 收藏词条
!m 本词条由“厨房认证编辑团”审核
!l 目录：软质奶酪刀 · 硬质奶酪刀 · 奶酪刨 · 钢丝切割器 · 保养
{BODY}
!l 参考资料：〔1〕西餐厨房器具图鉴　〔2〕奶酪的品鉴与侍酒
!m 浏览 9,804 次　｜　最近更新：3 个月前
!d 词条内容仅供参考，如需专业意见请咨询相关人士。
""",
        body="""
奶酪刀，又称芝士刀，是专门用于切分奶酪的刀具。由于不同奶酪的硬度、黏性差异很大，奶酪刀形成了多种样式。
软质奶酪刀：刀面常开有若干孔洞，以减少软奶酪与刀面的接触面积，防止粘刀，适合切布里、卡门贝尔等奶酪。
硬质奶酪刀：刀身较厚，刀尖常带双叉，可用于切块和叉取，适合切帕玛森等硬奶酪。
奶酪刨：形似铲子，刀面上有一道刃口，用于把半硬质奶酪刨成薄片。
钢丝切割器：以一根绷紧的钢丝代替刀刃，切片厚薄均匀，多用于切块状软奶酪。
奶酪刀使用后应及时清洗擦干，存放时宜套上刀鞘，避免刃口碰撞。
""",
    ),
    dict(
        slug="clouddrive-gepan-instruction-rice-cup-calibration-pdf",
        site="格子盘 (invented cloud drive, share preview)",
        style="网盘分享",
        genre="作业指导书",
        kind="other",
        form="html",
        source="https://pan.gezipan.com/s/1Qm7tLx0aRv",
        title="量米器容量校准作业指导书",
        record_title="量米器容量校准作业指导书（QM-ZY-04）.pdf",
        date=None,
        notes="file-name record title; cloud-drive preview with save/download buttons and VIP speed prompts; decimal "
        "headings 3.1–4.2; a work instruction with no date; the share stamp is no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>量米器容量校准作业指导书（QM-ZY-04）.pdf_免费高速下载|格子盘</title>
<script>var shareid="1Qm7tLx0aRv";</script></head>
<body>
<div class="gz-top">⟦m 格子盘⟧ ⟦m 你的资料，格格分明⟧ <a>⟦a 登录格子盘⟧</a></div>
<div class="gz-file">
<p class="name">⟦t 量米器容量校准作业指导书（QM-ZY-04）.pdf⟧</p>
<p class="info">⟦m 由 稽阳仓储质检 分享　｜　3 天前　｜　有效期：永久　｜　412KB⟧</p>
<p class="btns"><button>⟦a 存到我的格子⟧</button> <button>⟦a 普通下载⟧</button> <button>⟦a 极速下载⟧</button></p>
</div>
<div class="gz-vip">⟦a 开通格子超级会员，下载速度最高提升20倍⟧</div>
<div class="gz-preview">
<p class="pv-title">{T}</p>
{BODY}
</div>
<div class="gz-end">⟦a 文档预览到此结束，下载后可查看全部内容⟧</div>
<div class="gz-report">⟦d 如分享内容侵犯了您的权益，请点击举报，格子盘将依法处理。⟧</div>
<div class="gz-foot">⟦m © 2025 格子盘　浙ICP备20051338号-2⟧</div>
</body></html>
""",
        body="""
1 目的
规范量米器出厂前的容量校准操作，确保每只量米器标称容量误差不超过正负2%。
2 适用范围
适用于本公司生产的150毫升、180毫升两种规格塑料量米器。
3 校准步骤
3.1 将量米器放在水平台面上，用20℃纯净水注满至刻度线。
3.2 将水倒入经检定的量筒中读数，连续测量3次，取平均值。
3.3 平均值超出标称容量正负2%的，判为不合格，隔离存放并挂不合格品标识卡。
4 记录
4.1 校准结果填入容量校准记录表，由质检员签字确认。
4.2 记录表每月装订归档，保存期限两年。
""",
    ),
    dict(
        slug="clouddrive-panda-procedure-yogurt-cup-seal-markers",
        site="盘搭 (invented cloud-drive share page, text)",
        style="网盘分享",
        genre="检验规程",
        kind="other",
        form="text",
        source="https://www.panda-share.cn/f/8Hk2Qe",
        title="酸奶杯封口密封性检验规程",
        record_title="酸奶杯封口密封性检验规程.pdf",
        date="2025-02-20",
        notes="file-name record title; cloud-drive text preview with converter page markers '⯢ n ⯣' on lines of their "
        "own cutting sentences; the procedure's own date under the department line",
        page="""
!m 盘搭 · 文件分享
!t 酸奶杯封口密封性检验规程.pdf
!m 分享者：晨牧品管　　分享时间：5 天前　　大小：268KB
!a 保存到盘搭　　下载（非会员限速 100KB/s）
{T}
{BODY}
!a 当前为在线预览，格式可能错乱，下载原文件查看效果更佳
!d 盘搭不对用户分享的文件内容负责，请勿分享违法违规内容。
""",
        pages=dict(fmt="⯢ {n} ⯣", every=105, start=2),
        body="""
一、目的
规范酸奶杯封口密封性检验，防止漏液、胀杯产品流入市场。
二、抽样
每条灌装线每小时抽取酸奶杯10只，换膜、换杯后首批加抽10只。
三、检验方法
（一）目视检查：封膜应平整、居中，无褶皱、无偏移，杯口热封圈完整连续。
（二）倒置试验：将酸奶杯倒置于吸水纸上静置5分钟，纸面无湿痕为合格。
（三）挤压试验：用手轻压杯身，封膜无鼓起、无渗漏为合格。
（四）剥离试验：每班抽取2只，用拉力计测定封膜剥离力，应在8至15牛之间。
四、不合格处理
任一项不合格的，立即通知灌装班组停机检查封口温度和压力，并对前一小时产品加倍抽检。
赫岭县晨牧乳业有限公司品管部
2025年2月20日
""",
    ),
    dict(
        slug="snapshot-suoyuan-notice-cheese-knife-labels",
        site="索源搜索 (invented search engine cache of a district portal)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://cache.suoyuan.cn/c?u=www.yehu.gov.cn/scjg/2025/1103/8812.html",
        title="关于开展进口西餐刀具中文标签专项检查的通知",
        record_title="关于开展进口西餐刀具中文标签专项检查的通知｜掖湖区政府网 — 索源快照（历史版本）",
        date="2025-11-03",
        date_also=["2025-11-04"],
        notes="snapshot frame: a capture banner with highlighted terms and a capture stamp (no date); the cached "
        "portal's posting date differs from the notice's own date; the bureau's 咨询电话 in the body",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于开展进口西餐刀具中文标签专项检查的通知｜掖湖区政府网 — 索源快照（历史版本）</title>
<style>.hl{background:#ff0}</style>
<script>var sy_cache={ts:1763494860};</script></head>
<body>
<div class="sy-frame">
<p>⟦d 这是索源搜索保存的网页历史版本，原网页可能已经变化。⟧</p>
<p>⟦m 索源抓取于 2025-11-19 03:41⟧ <a>⟦a 访问原网页⟧</a></p>
<p>⟦m 已为您标亮：<span class="hl">奶酪刀</span>　<span class="hl">中文标签</span>⟧</p>
</div>
<hr>
<div class="yh-head">⟦m 诸阳市掖湖区人民政府⟧</div>
<div class="yh-pos">⟦m 首页 > 政务公开 > 市场监管⟧</div>
<h2>{T}</h2>
<div class="yh-info">⟦m 发布日期：2025-11-04　来源：区市场监督管理局⟧</div>
<div class="yh-text">
{BODY}
</div>
<div class="yh-foot">⟦m 掖湖区人民政府办公室主办　鄂ICP备05017643号⟧</div>
</body></html>
""",
        body="""
各商场、超市、进口商品经营户：
近期，区局接到消费者投诉，反映部分商场销售的进口奶酪刀、牛排刀等西餐刀具没有中文标签，消费者无法了解材质、产地和使用注意事项。为维护消费者合法权益，区局决定于2025年11月在全区开展进口西餐刀具中文标签专项检查。现将有关事项通知如下：
一、检查内容。进口奶酪刀等西餐刀具是否加贴中文标签，标签是否标明产品名称、材质、原产国、境内代理商名称和地址等内容。
二、工作安排。11月10日前为自查阶段，各经营户对在售产品逐一自查，发现问题的立即下架整改；11月11日至30日为检查阶段，区局组织执法人员进行全面检查。
三、有关要求。对检查中发现未加贴中文标签仍继续销售的，依法予以查处。
咨询电话：0728-8625310
诸阳市掖湖区市场监督管理局
2025年11月3日
""",
    ),
    dict(
        slug="snapshot-suoyuan-letter-egg-separator-parts-oneline",
        site="索源搜索 (invented, text-only cache)",
        style="搜索快照",
        genre="函",
        kind="letter",
        form="text",
        source="http://cache.suoyuan.cn/t?u=www.danhe-food.com/gg/0812.html",
        title="关于更换打蛋分离设备易损件的函",
        date="2025-08-12",
        notes="record title as is; a text-only cache with the letter's body on one line; the capture stamp is no date",
        page="""
!d 索源纯文本快照：仅保留文字，图片与样式已去除。
!m 原网址：www.danhe-food.com/gg/0812.html　　抓取：2025-09-30
{T}
{BODY}
!m 褒川县蛋禾食品有限公司官网　版权所有
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
诸阳市正衡食品机械有限公司：
我厂2023年向贵公司购置的DF-2型机械蛋清分离器一台，近期出现分离杯裂纹、传送链磨损等问题，蛋黄破损率由原来的不足1%上升至4%左右，影响了液蛋产品质量。
根据双方签订的设备采购合同售后服务条款，请贵公司于本月内派技术人员来厂检修，并提供分离杯48只、传送链2条等易损件报价。
联系人：设备科　任小川　电话：0916-8276604
褒川县蛋禾食品有限公司
2025年8月12日
""",
    ),
    dict(
        slug="print-heling-bulletin-canteen-seasoning-jars",
        site="赫岭县教育局 (invented, print view)",
        style="打印页",
        genre="通报",
        kind="notice",
        form="html",
        source="https://jyj.heling.gov.cn/print.aspx?id=6631",
        title="关于全县学校食堂秋季食品安全检查情况的通报",
        record_title="（张贴用·A4）关于全县学校食堂秋季食品安全检查情况的通报｜赫岭县教育局",
        date="2025-10-28",
        notes="print view calling window.print(): a print stamp (no date), a close-window link and a print footer "
        "'⮸ 第 1 页 ∕ 共 1 页 ⮸'; 抄送 and 印发 lines stay in the body",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>（张贴用·A4）关于全县学校食堂秋季食品安全检查情况的通报｜赫岭县教育局</title>
<script>window.onload=function(){window.print();};</script>
<style>@media print{.noprint{display:none}}</style></head>
<body>
<div class="noprint">⟦a 🖨 重新打印⟧ <a>⟦a 关闭打印窗口⟧</a></div>
<p>⟦m 赫岭县教育局　jyj.heling.gov.cn⟧</p>
<p>⟦m 打印时间：2025-11-02 09:14⟧</p>
<h2 align="center">{T}</h2>
{BODY}
<p align="center">⟦p ⮸ 第 1 页 ∕ 共 1 页 ⮸⟧</p>
</body></html>
""",
        body="""
各中小学校、幼儿园：
10月20日至24日，县教育局会同县市场监管局对全县32所学校（幼儿园）食堂开展了秋季食品安全检查，重点检查了调味品管理情况。现将检查情况通报如下。
一、总体情况
多数学校食堂调味品管理规范，调味罐标识清楚、加盖存放，未发现亚硝酸盐等禁用物品。
二、存在问题
（一）5所学校食堂调味罐未标注品名，盐、糖、味精混用同一种罐子，存在误用风险。
（二）3所学校食堂调味罐敞口存放，罐内调味料结块、有异物。
（三）2所学校调味品进货台账不全，无法追溯来源。
三、整改要求
各校要在11月15日前完成整改：所有调味罐贴上品名标签、加盖存放，开封后的调味料注明开封日期，进货台账做到一品一档。县教育局将组织复查。
赫岭县教育局
2025年10月28日
抄送：县市场监督管理局。
赫岭县教育局办公室　2025年10月28日印发
""",
    ),
    dict(
        slug="print-yaqiao-rules-yogurt-cup-kindergarten",
        site="鸦桥镇中心幼儿园 (invented, print view as text)",
        style="打印页",
        genre="规定",
        kind="other",
        form="text",
        source="http://yqzxyey.zhuyang.edu.cn/print/zd/15",
        title="鸦桥镇中心幼儿园酸奶杯分发与回收规定",
        record_title="【仅供张贴】鸦桥镇中心幼儿园酸奶杯分发与回收规定（打印）",
        date=None,
        notes="print view as text: a URL line and a print stamp at the top, a print footer '⯕ 1 / 1 ⯕'; rules with only "
        "an effective clause, no date",
        page="""
!m 鸦桥镇中心幼儿园 · 园务制度
!m http://yqzxyey.zhuyang.edu.cn/zd/15
!m 打印于：2025/11/20 16:37
{T}
{BODY}
!p ⯕ 1 / 1 ⯕
""",
        indent="\u3000\u3000",
        body="""
一、每日上午10:00由保健医生从冷藏柜取出酸奶，核对生产日期和保质期后交各班保育员。
二、酸奶杯须在取出后30分钟内分发，未开封的不得带回教室二次冷藏。
三、幼儿喝完后，由值日生把酸奶杯放进班级回收盒，保育员统一冲洗、沥干。
四、洗净的酸奶杯一部分交美工区做手工材料，其余每周五由后勤送到社区回收点。
五、对酸奶过敏或乳糖不耐受的幼儿，由保健医生登记后改发其他加餐，班主任做好提醒。
本规定自发布之日起执行，由园务办公室负责解释。
""",
    ),
    dict(
        slug="mail-yuping-request-rice-cups-funding-webmail",
        site="褒川政务邮箱 (invented webmail reading view)",
        style="邮件转发",
        genre="请示",
        kind="other",
        form="html",
        source="https://mail.baochuan.gov.cn/read?mid=ZC1809-4417",
        title="关于申请购置量米器宣传用品经费的请示",
        record_title="转局办阅：关于申请购置量米器宣传用品经费的请示.docx",
        date="2025-09-12",
        date_also=["2025-09-15"],
        notes="webmail reading view: forwarded header, attachment bar beside the request's own 附件 list; the station's "
        "own contact kept; the mail's send date differs from the request's date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>褒川政务邮箱 - 读信</title>
<script src="/webmail/read.js"></script></head>
<body>
<div class="wm-top">⟦m 褒川政务邮箱⟧ ⟦m cbk_bgs@baochuan.gov.cn⟧ <a>⟦a 退出⟧</a></div>
<div class="wm-side">⟦m 收件箱(12)　星标邮件　草稿箱　已发送　已删除⟧</div>
<div class="wm-bar"><button>⟦a 回复⟧</button><button>⟦a 回复全部⟧</button><button>⟦a 转发⟧</button><button>⟦a 标为未读⟧</button><button>⟦a 移动到…⟧</button></div>
<div class="wm-head">
<h2>⟦t 转局办阅：关于申请购置量米器宣传用品经费的请示.docx⟧</h2>
<p>⟦m 发件人：驭坪粮油站 &lt;ypyly2019@163.com&gt;⟧</p>
<p>⟦m 时　间：2025年9月15日（星期一）上午10:21⟧</p>
<p>⟦m 收件人：县储备局办公室 &lt;cbk_bgs@baochuan.gov.cn&gt;⟧</p>
</div>
<div class="wm-att">⟦a 📎 附件2个：量米器询价单.xlsx（18K）　入户宣传工作安排表.docx（25K）　全部下载　在线预览⟧</div>
<div class="wm-body">
<p>⟦m ------------------ 转发邮件 ------------------⟧</p>
<p>⟦m 局办公室：请示正文如下，原件随后报送，请审阅。葛春生⟧</p>
<p><b>{T}</b></p>
{BODY}
</div>
<div class="wm-foot">⟦d 政务邮箱严禁传输涉密信息，请遵守保密规定。⟧</div>
</body></html>
""",
        body="""
县粮食和物资储备局：
为做好今年“节粮进农家”量米器入户宣传工作，我站计划在驭坪乡及周边三个村开展入户宣传，需购置量米器800个、宣传折页2000份。经询价，量米器每个单价4.5元，宣传折页每份0.6元，共需经费4800元。我站公用经费不足以承担，特申请县局给予经费支持。
妥否，请批示。
附件：1.量米器询价单
2.入户宣传工作安排表
联系人：驭坪粮油站　葛春生　电话：0916-8719066
褒川县驭坪粮油站
2025年9月12日
""",
    ),
    dict(
        slug="mail-hupan-letter-cheese-knife-delivery-forwarded",
        site="诸阳湖畔酒店邮件系统 (invented, forwarded mail as text)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="text",
        source="mailto:sales@ruijiang-knife.com?msgid=20250919-0847",
        title="关于奶酪刀订单交货期调整的函",
        record_title="[自动转发] 答复：关于奶酪刀订单交货期调整的函",
        date="2025-09-18",
        date_also=["2025-09-19"],
        notes="forwarded mail as text: mail headers with their own 抄送 line next to the letter's own 抄送 line; the "
        "send date differs from the letter's date; the hotel's contact and mailbox kept",
        page="""
!t [自动转发] 答复：关于奶酪刀订单交货期调整的函
!m 发件人：贺思琪 <purchase@hwjd-hotel.cn>
!m 发送时间：2025年9月19日 星期五 08:47
!m 收件人：sales@ruijiang-knife.com
!m 抄　送：finance@hwjd-hotel.cn; xicanting@hwjd-hotel.cn
!m ======== 以下为转发内容 ========
{T}
{BODY}
!a 附件：交货期调整函（盖章版）.pdf　[预览] [下载]
!d 本邮件及其附件仅发给指定收件人，如误收请立即删除并告知发件人。
""",
        body="""
诸阳市掖湖区锐匠刀具有限公司：
我酒店于2025年9月3日向贵公司订购软质奶酪刀60把、硬质奶酪刀60把（订单号RJ-0903-17），原定9月30日前交货。因我酒店西餐厅装修工期延后，现商请将交货日期调整至10月20日，其他合同条款不变。
如无异议，请于9月22日前书面回复。给贵公司带来的不便，敬请谅解。
联系人：采购部　贺思琪　电话：0728-8655021　邮箱：purchase@hwjd-hotel.cn
抄送：本酒店财务部、西餐厅
诸阳湖畔酒店有限公司
2025年9月18日
""",
    ),
]

"""holdout285, part D: Q&A sites, encyclopaedias, personal collections, cloud drives and forwarded mail.

Invented text (every county, person, firm, site, URL and number); see ../README.md and ../build.py
for the markup. Each case is written by hand.
"""

CASES = [
    dict(
        slug="qa-wenda-crochet-hook-sizes-question-title",
        site="问答小站 (invented Q&A)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.wendaxz.example.com/question/47730612",
        title="钩针的号数怎么选？新手钩围巾用几号的？",
        record_title=None,
        date=None,
        notes="a Q&A without a record title: the question is the title; adopted-answer badge, vote row, answerer card, "
        "more answers; a 'helpful' line glued after the last sentence; relative times are no dates",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>问答小站 - 有问题，来这里问</title></head><body>
<header>⟦m 问答小站｜有问题，来这里问⟧ <a>⟦a 我要提问⟧</a> <a>⟦a 登录⟧</a></header>
<div class="crumb">⟦m 问答小站 > 生活 > 手工DIY⟧</div>
<h1 class="q-title">{T}</h1>
<div class="q-meta">⟦m 提问者：小鹿乱钩　┆　5 人关注　┆　浏览 2,906⟧</div>
<div class="best">⟦l ✔ 提问者采纳⟧</div>
<div class="answerer">⟦m 毛线团团长　手工达人　已帮助 1.8 万人⟧</div>
<div class="answer">
{BODY}
</div>
<div class="ans-meta">⟦m 回答于 2 天前⟧</div>
<div class="vote">⟦l 有用 418　没用 6　评论 12⟧</div>
<div class="more"><h3>⟦l 其他 3 条回答⟧</h3>
<p>⟦l 钩针新手小白：我钩围巾用的5号，钩得快⟧</p><p>⟦l 织女星：看毛线标签上的建议针号就行⟧</p></div>
<aside><h4>⟦l 相关问题⟧</h4><p>⟦l 钩针和棒针哪个更适合新手？⟧</p><p>⟦l 牛奶棉线钩玩偶用几号针？⟧</p></aside>
<footer>⟦m ©2024 问答小站　京ICP证170388号⟧</footer>
</body></html>
""",
        body="""
钩针的号数主要看毛线的粗细，一般毛线标签上都会写建议针号，照着选就不会错。
给新手几个参考：
1. 细棉线、蕾丝线，用0.6到1.5毫米的钩针；
2. 常见的牛奶棉、中粗毛线，用2.5到4毫米的钩针；
3. 粗毛线、冰岛毛线，用5毫米以上的钩针。
钩围巾的话，建议选中粗毛线配4毫米左右的钩针，针大一点钩得快，成品也更松软。新手最好买带软胶手柄的钩针，握久了手不容易酸。
另外，同一件作品尽量从头到尾用同一根钩针，中途换针，织片的松紧会不一样。⟦l 👍 这个回答对你有帮助吗？⟧
""",
    ),
    dict(
        slug="qa-wenwen-bamboo-stool-mould-answer",
        site="问问邻居 (invented Q&A)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="http://www.wenwenlinju.example.cn/q/330875.html",
        title="竹凳放久了发霉长黑点，怎么处理？",
        record_title="【家居】竹凳放久了发霉长黑点，怎么处理？ - 问问邻居",
        date=None,
        notes="a Q&A as text: question line, answerer line with a relative time (no date), an 'expand' action on a line "
        "of its own between paragraphs, vote row and more answers",
        page="""
!m 问问邻居 › 家居生活 › 清洁保养
{T}
!m 1个回答　·　被浏览 3,417 次
!m 竹林深处的老张　家居达人　回答于 昨天 08:12
{BODY}
!l 赞同 96　·　反对　·　收藏　·　举报
!l 更多回答：用84消毒液兑水擦也行，但要戴手套
!a 还有疑问？免费向达人追问
""",
        body="""
竹凳发霉主要是受潮引起的，黑点一般是霉斑，处理得早完全可以恢复。
第一步，把竹凳搬到通风处，用软毛刷蘸淡盐水或者稀释的白醋，顺着竹纹刷洗发霉的地方。
第二步，霉斑比较顽固的，可以用细砂纸轻轻打磨，注意别磨破竹青。
⟦a ▼ 展开全部步骤⟧
第三步，洗完后放在阴凉通风处晾干，千万不要暴晒，否则竹子容易开裂。
以后平时注意别把竹凳放在卫生间、厨房这些潮湿的地方，梅雨季可以隔一段时间擦一遍，必要时刷一层清漆防潮。
""",
    ),
    dict(
        slug="wiki-zhimu-entry-crochet-hook-h1",
        site="知木百科 (invented)",
        style="百科问答",
        genre="词条",
        kind="other",
        form="html",
        source="https://baike.zhimu.example.com/item/钩针/60217",
        title="钩针",
        record_title=None,
        date=None,
        notes="an encyclopaedia entry without a record title: the <h1> entry name, which also opens the body (matched as "
        "head); edit/discuss/history tabs, infobox, contents box, reference markers glued, references and an "
        "update stamp (no date)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>知木百科 — 自由的中文知识库</title></head><body>
<div class="top">⟦m 知木百科 — 自由的中文知识库⟧ <a>⟦a 创建词条⟧</a> <a>⟦a 个人中心⟧</a></div>
<div class="tabs">⟦a 阅读　编辑本条　讨论区　修订历史⟧</div>
<h1>{T}</h1>
<div class="summary-tip">⟦m （手工编织工具）⟧</div>
<table class="infobox">
<tr><td>⟦m 中文名：钩针⟧</td></tr><tr><td>⟦m 外文名：crochet hook⟧</td></tr>
<tr><td>⟦m 材　质：钢、铝、竹、塑料⟧</td></tr><tr><td>⟦m 常见规格：0.6—10毫米⟧</td></tr>
</table>
<div class="toc">⟦l 目录　1 结构与规格　2 与棒针的区别　3 基本针法⟧</div>
<div class="body">
{BODY}
</div>
<div class="ref"><h3>⟦l 参考资料⟧</h3><p>⟦l 1. 《手工编织技法入门》，钩编教研组编⟧</p></div>
<div class="stat">⟦m 本词条最近修订于 5 个月前 · 共 23 人参与编辑⟧</div>
<footer>⟦d 知木百科内容遵循知识共享署名—相同方式共享协议⟧</footer>
</body></html>
""",
        body="""
钩针是一种用于钩编织物的手工工具，一端带有钩头，用来把线圈从另一个线圈中钩出，形成针目。
钩针通常由钢、铝、竹、木或塑料制成，长度多在13到15厘米之间。按钩头直径分为不同号数，常见规格从0.6毫米到10毫米不等，细号多用于钩织蕾丝，粗号多用于钩织毛毯、围巾。⟦l [1]⟧
与棒针编织相比，钩针编织每次只处理一个线圈，拆改方便，适合钩织玩偶、花片、杯垫等立体或镂空作品。
钩针编织的基本针法有锁针、短针、中长针、长针和引拔针等，由这些针法组合可以变化出上千种花样。⟦a [编辑本段]⟧
""",
    ),
    dict(
        slug="wiki-zhimu-entry-dressing-table-decorated",
        site="知木百科 (invented)",
        style="百科问答",
        genre="词条",
        kind="other",
        form="text",
        source="https://baike.zhimu.example.com/item/梳妆台/20913",
        title="梳妆台",
        record_title="梳妆台（家具）_知木百科",
        date=None,
        notes="an encyclopaedia entry as text: the entry name line (repeated title, head), a disambiguation line, "
        "a contents line, an 'edit section' link glued to a line's end; no date",
        page="""
!m 知木百科 — 自由的中文知识库
{T}
!m （卧室家具，另有同名电视剧词条，点此查看）
!a 编辑本条　｜　讨论区　｜　修订历史
!l 目录：1 简介　2 历史沿革　3 分类与选购
{BODY}
!l 词条分类：家具　卧室用品　婚俗
!m 本词条最近修订于 3 个月前　浏览次数：15,804
""",
        body="""
梳妆台，又称妆台、镜台，是供人梳头、化妆用的家具，通常由台面、镜子和抽屉组成，多放置在卧室内。
中国古代女子梳妆多用镜架和妆奁，放在桌案上使用。明清时期出现了带镜架的梳妆桌，常以黄花梨、红木制作，雕饰精美，是嫁妆中的重要物件。⟦a 〔编辑此段〕⟧
现代梳妆台按材质可分为实木、板式、金属和玻璃等类型，按结构可分为独立式、壁挂式和与衣柜、书桌组合的一体式。选购时应注意镜面是否平整、抽屉是否顺滑，以及板材的甲醛释放量是否符合国家标准。
""",
    ),
    dict(
        slug="collection-jiuchuang-memoir-mothers-dressing-table-gb2312",
        site="旧窗集 (invented personal collection, old gb2312 pages)",
        style="个人文集",
        genre="回忆散文",
        kind="other",
        form="html",
        source="http://www.jiuchuangji.example.net/er/07.htm",
        title="母亲的梳妆台",
        record_title="《旧窗集》第二辑·母亲的梳妆台",
        date=None,
        notes="a retired writer's collection on old gb2312 table pages: marquee, chapter links, visitor counter, guestbook "
        "and mailbox; an essay ending with a season-and-year 写于 line (no date)",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>《旧窗集》第二辑·母亲的梳妆台</title></head>
<body background="/img/paper.jpg">
<table width="760" align="center"><tr><td align="center">⟦m 旧窗集 · 一个老教书匠的文字存放处⟧</td></tr>
<tr><td><div><marquee>⟦m 欢迎光临寒舍，文章可转载，请注明作者和出处⟧</marquee></div></td></tr>
<tr><td align="center">⟦l 第一辑 旧街　第二辑 旧人　第三辑 旧物　留言簿⟧</td></tr></table>
<table width="760" align="center"><tr><td>
<h2 align="center">{T}</h2>
<p align="center">⟦m 文/镂阳 柯守拙⟧</p>
{BODY}
</td></tr></table>
<table width="760" align="center"><tr><td align="center">
⟦l ← 上一篇：外婆的顶针⟧　⟦l 回目录⟧　⟦l 下一篇：父亲的刨子 →⟧<br>
⟦m 本页访问人次：013842⟧<br>
⟦w 来信请寄：keshouzhuo_jc@jiuchuangji.example.net⟧
</td></tr></table>
</body></html>
""",
        body="""
母亲的梳妆台是父亲亲手打的。那年父亲二十六岁，在镦田镇木器社当学徒，攒了半年的边角料，才凑够一张梳妆台的木料。
梳妆台不大，一面椭圆的镜子，两个小抽屉。镜框上刻着两朵并蒂莲，是父亲跟老师傅学了一个月才刻成的。母亲很珍惜它，每天早上对着镜子梳头，梳完总要用手帕把台面擦一遍。
后来家里搬了三次家，添了新衣柜、新床，唯独这张梳妆台一直跟着。母亲走后，我把它搬到了自己家。每次擦拭镜子，仿佛还能看见她对着镜子梳头的样子。
写于二〇二三年秋
""",
    ),
    dict(
        slug="collection-duoweng-memoir-water-buckets-wrapped-68",
        site="柮翁文存 (invented personal collection)",
        style="个人文集",
        genre="回忆散文",
        kind="other",
        form="text",
        source="http://duoweng.example-home.cn/wencun/jiushi-05.html",
        title="挑水的铁桶",
        record_title="挑水的铁桶（《榾柮坪旧事》之五）- 柮翁文存",
        date=None,
        notes="a personal collection as text, hard-wrapped at 68 columns; series line, chapter links, a visitor count and "
        "an add-to-favourites stamp (no date)",
        page="""
!m 柮翁文存　·　榾柮坪旧事
!t 挑水的铁桶（《榾柮坪旧事》之五）
!m 柮翁　收入文存：2024-02-11
{BODY}
!l 〈 之四：村口的碾盘　　目录　　之六：赶集 〉
!m 本文存已有 6,275 位朋友来过
!d 文章系柮翁原创，转载请与作者联系。
""",
        wrap=68,
        indent="\u3000\u3000",
        body="""
小时候，我家在榾柮坪村的半山腰，吃水要到山脚的老井去挑。家里有一对铁桶，是爷爷从镇上供销社买回来的，桶身漆成墨绿色，桶梁上缠着一圈麻绳。
十二岁那年，我第一次挑水。两只铁桶装满水有六十多斤，扁担压在肩上火辣辣地疼，走到半路就洒了小半桶。爷爷在后面说：“腰要直，步子要匀，水才不晃。”
后来村里通了自来水，那对铁桶就挂在了柴房墙上，慢慢生了锈。前年回老家，我把它们取下来擦干净，种上了两棵栀子花。
""",
    ),
    dict(
        slug="netdisk-yunxia-procedure-drum-welding-docx",
        site="云匣网盘 (invented)",
        style="网盘分享",
        genre="规程",
        kind="other",
        form="html",
        source="https://pan.yunxia.example.com/s/8mQz3RtK",
        title="制桶车间卷边焊接安全操作规程",
        record_title="制桶车间卷边焊接安全操作规程.docx",
        date=None,
        notes="a cloud-drive preview: the file name as the title, size/sharer/expiry lines, save and download buttons, "
        "extraction code, VIP prompts, one on a line of its own between paragraphs; decimal headings 2.1–3.3; "
        "a share stamp is no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>制桶车间卷边焊接安全操作规程.docx - 云匣网盘</title></head><body>
<div class="bar">⟦m 云匣网盘 · 文件随身带⟧ <a>⟦a 登录云匣⟧</a></div>
<div class="file">
<h2>⟦t 制桶车间卷边焊接安全操作规程.docx⟧</h2>
<p>⟦m 36.7 KB　分享者：安全员老梁　分享于 2024-08-30　⟧⟦m 链接有效期：30 天⟧</p>
<p>⟦a 转存到我的云匣⟧　⟦a 下载（开通超级会员提速）⟧　⟦a 举报此分享⟧</p>
<p>⟦m 提取码：t7wq⟧</p>
</div>
<div class="preview">
{BODY}
</div>
<div class="vip">⟦a 在线预览仅展示前2页，开通会员预览全文⟧</div>
<footer>⟦d 云匣网盘仅提供存储服务，分享内容由分享者负责，发现违规请举报。⟧</footer>
</body></html>
""",
        body="""
1 适用范围
本规程适用于制桶车间铁桶卷边、缝焊及试漏工序的操作人员。
2 作业前准备
2.1 操作人员必须穿戴工作服、防护鞋和护目镜，长发须盘入工作帽内。
2.2 检查卷边机防护罩、急停按钮是否完好，焊机接地是否可靠。
⟦a 〔超级会员可免广告预览〕⟧
3 作业要求
3.1 送料时手指与卷边滚轮保持20厘米以上距离，严禁戴手套直接扶料。
3.2 缝焊过程中不得触碰焊轮，焊接后的铁桶须冷却后方可搬运。
3.3 试漏时压缩空气压力不得超过0.05兆帕，发现渗漏应做好标记后送返修区。
4 作业结束
关闭电源和气源，清理铁屑，填写设备运行记录。
""",
    ),
    dict(
        slug="netdisk-yunxia-summary-bamboo-stool-pdf-mixed-markers",
        site="云匣网盘 (invented)",
        style="网盘分享",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://pan.yunxia.example.com/s/2bPn6WcL",
        title="榾岭乡2024年竹凳编织产业帮扶工作总结",
        record_title="榾岭乡2024年竹凳编织产业帮扶工作总结.pdf",
        date="2024-12-18",
        notes="a cloud-drive text preview: the file name as the title, page markers ⟘n⟘ cutting sentences, glued to the start of the "
        "continuation line with a space; 成文日期 under the signature; a share stamp is no date",
        page="""
!m 云匣网盘 · 文件随身带
!t 榾岭乡2024年竹凳编织产业帮扶工作总结.pdf
!m 218 KB　分享者：榾岭乡小周　分享于 2025-01-06　永久有效
!a 转存　｜　下载　｜　举报
{BODY}
!a 预览到此为止，转存后可查看完整文件
!d 云匣网盘不对分享者上传的内容负责
""",
        indent="\u3000\u3000",
        pages=dict(fmt="⟘{n}⟘", every=120, start=2, glue="mix", sep=" "),
        body="""
2024年，榾岭乡把竹凳编织作为巩固脱贫成果、促进群众增收的重点产业来抓，取得了较好成效。现将有关情况总结如下。
一、基本情况
全乡现有竹凳编织户213户，其中脱贫户和监测户87户。全年编制竹凳5.2万张，实现销售收入460万元，帮扶户户均增收8600元。
二、主要做法
一是技能帮扶。联合县人社局举办竹凳编织培训班6期，培训312人次。
二是订单帮扶。引导产业园与帮扶户签订保底收购协议，每张竹凳按不低于35元收购。
三是设施帮扶。为编织户统一配发竹材烘烤炉和防霉药剂，减少竹凳开裂发霉。
三、下步打算
明年将推动成立乡级竹编协会，打造“榾岭竹凳”区域品牌。
榾岭乡人民政府
2024年12月18日
""",
    ),
    dict(
        slug="mail-chaihu-hotel-letter-coffee-tables-attachment-bar",
        site="钗湖宾馆企业邮箱 (invented webmail)",
        style="邮件转发",
        genre="函",
        kind="other",
        form="html",
        source="https://mail.chaihu-hotel.example.cn/read?mid=ZL1827306",
        title="关于采购客房圆角钢化玻璃茶几的函",
        record_title="Fwd：[待处理] 关于采购客房圆角钢化玻璃茶几的函",
        date="2024-03-11",
        date_also=["2024-03-12"],
        notes="a webmail reading view: toolbar, forwarded header block with send time (a later date), an attachment bar "
        "beside the letter's own 附件 list, the letter's 联系人/电话/邮箱; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Fwd：[待处理] 关于采购客房圆角钢化玻璃茶几的函 - 钗湖宾馆邮箱</title></head><body>
<div class="tb">⟦a 回复　全部回复　转发　删除　标记为…⟧</div>
<h2 class="subj">⟦t Fwd：[待处理] 关于采购客房圆角钢化玻璃茶几的函⟧</h2>
<div class="hdr">
<p>⟦m 发件人：采购部 鲁文静 &lt;caigou@chaihu-hotel.example.cn&gt;⟧</p>
<p>⟦m 时　间：2024年3月12日（周二）上午9:06⟧</p>
<p>⟦m 收件人：总经理办公室 &lt;zjb@chaihu-hotel.example.cn&gt;⟧</p>
</div>
<div class="attbar">⟦a 📎 附件2个（共1.3MB）：茶几规格及数量明细表.xlsx　客房平面示意图.pdf　打包下载⟧</div>
<div class="fwd">⟦m -------- 转发邮件信息 --------⟧<br>⟦m 原收件人：岩木家居销售部 &lt;sales@yanmu-home.example.com&gt;⟧</div>
<div class="mailbody">
{BODY}
</div>
<div class="sig">⟦m 钗湖宾馆采购部 · 本邮件及附件仅供指定收件人使用⟧</div>
<div class="foot">⟦a 快速回复：点击此处输入回复内容⟧</div>
</body></html>
""",
        body="""
岩木家居有限公司：
我馆正在进行客房改造，拟向贵公司采购圆角钢化玻璃茶几一批，现将有关事项函告如下：
一、采购数量：小号茶几（80×50厘米）60张，大号茶几（120×60厘米）12张。
二、质量要求：玻璃须经均质处理，边角倒圆，并提供3C认证证书复印件。
三、交货时间：2024年4月15日前送货到馆并安装。
请贵公司于3月20日前回复报价。
联系人：鲁文静，电话：0756-3382215，邮箱：caigou@chaihu-hotel.example.cn
附件：1. 茶几规格及数量明细表
2. 客房平面示意图
钗湖宾馆
2024年3月11日
""",
    ),
    dict(
        slug="mail-fwd-letter-crochet-hooks-donation-cc",
        site="鍑州市钩编艺术协会 mailbox (invented, forwarded as text)",
        style="邮件转发",
        genre="函",
        kind="other",
        form="text",
        source="mailto:gouxie@fzgouxie.example.org?msgid=20241030164211.7720",
        title="关于捐赠钩针及毛线支持“暖冬编织”活动的函",
        record_title="转发：关于捐赠钩针及毛线支持“暖冬编织”活动的函",
        date="2024-10-28",
        date_also=["2024-10-30"],
        notes="a forwarded mail as text: the mail's own headers (send date, 抄送) above the letter, whose own 抄送 line "
        "stays in the body; 成文日期 in Chinese numerals; the forwarder's mail-client footer",
        page="""
!m ---------- 转发的邮件 ----------
!m 发件人：盛佳 <shengjia@qiaozhi-craft.example.cn>
!m 发送时间：2024年10月30日 星期三 16:42
!m 收件人：鍑州市钩编艺术协会 <gouxie@fzgouxie.example.org>
!m 抄送：慈善总会项目部 <xiangmu@fzcishan.example.org>
!t 主题：关于捐赠钩针及毛线支持“暖冬编织”活动的函
{BODY}
!m 发自我的巧织企业邮 · 移动版
""",
        body="""
鍑州市钩编艺术协会：
贵会发起的“暖冬编织”公益活动，组织会员为山区学校的孩子们编织围巾、帽子，我们深受感动。经公司研究，决定向贵会捐赠钩针500套、羊毛线800团，用于支持活动开展。
捐赠物资将于11月5日前送达贵会指定地点，请安排人员接收清点。如需开具捐赠票据，请与我公司联系。
联系人：盛佳，电话：0793-5563308
特此函告。
鍑州巧织工艺品有限公司
二〇二四年十月二十八日
抄送：鍑州市慈善总会
""",
    ),
]

"""holdout272, part F: encyclopaedias, cloud drives, search caches, print views and forwarded mails.

Every page, site, place, person, number and URL here is invented; each case was written by
hand. Markup: see ../build.py.
"""

CASES = [
    # 53 ── 百科问答, HTML ── embroidery hoops, an encyclopaedia entry whose name opens the body
    dict(
        slug="wiki-wanwu-entry-embroidery-hoop-infobox",
        site="万物百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://www.wanwubaike.com/item/绣花绷/44017",
        title="绣花绷",
        record_title=None,
        date=None,
        notes="title missing in the record and in <title>: the entry name in the <h1> (matched as head: it opens "
        "the body); edit/discuss/history tabs, an infobox, a contents box, reference markers glued after 。, a "
        "references list and an 'edited 2 个月前' stamp (no date)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>万物百科 — 人人可编的知识库</title>
<script src="/static/wiki.js"></script></head>
<body>
<div class="top">⟦m 万物百科⟧　⟦a 进入词条　搜索词条⟧　⟦a 登录⟧</div>
<div class="tabs">⟦a 词条　编辑　讨论　历史版本⟧</div>
<div class="entry">
<h1>{T}</h1>
<div class="summary-meta">⟦m 本词条由“器物志”编辑组审核　｜　最近编辑：2 个月前　｜　浏览 6,093⟧</div>
<table class="infobox">
<tr><td>⟦m 中文名：绣花绷⟧</td></tr>
<tr><td>⟦m 别　名：绣绷、花绷子⟧</td></tr>
<tr><td>⟦m 类　别：刺绣工具⟧</td></tr>
<tr><td>⟦m 材　质：竹、木、塑料⟧</td></tr></table>
<div class="toc">⟦l 目录　1 形制　2 使用方法　3 参考资料⟧</div>
<div class="para">
{BODY}
</div>
<div class="refs"><h3>⟦l 参考资料⟧</h3><p>⟦l [1] 缵山县文化馆编：《缵山刺绣技法》，内部资料⟧</p><p>⟦l [2] 龙秀英口述，刺绣工具访谈记录⟧</p></div>
<div class="cat">⟦l 词条分类：刺绣　手工工具　民间器物⟧</div>
</div>
<div class="ft">⟦d 万物百科内容由网友共同编辑，如有错误请点“编辑”修改⟧<br>⟦m ©2024 万物百科　浙ICP备22019063号⟧</div>
</body></html>
""",
        body="""
绣花绷，又称绣绷、花绷子，是刺绣时用来绷紧绣布的圆形工具，使布面平整、受力均匀，便于下针。
形制
常见的绣花绷由内外两个圆圈组成，外圈留有开口，用螺丝或绳子调节松紧。旧时多用竹片弯制，今有木质和塑料制品，直径一般在10至30厘米之间。大幅绣品则改用长方形的绷架。⟦m [1]⟧
使用方法
将绣布平铺在内圈上，套上外圈，边拧紧螺丝边向四周拉布，直至布面紧绷。为防止绷圈勒伤绣布，刺绣者常在内圈缠一层棉布条。⟦m [2]⟧绣完一部分后移动绷位，应避开已绣好的部分，以免压坏针脚。
""",
    ),
    # 54 ── 百科问答, text ── cotton-fluffing bows, a folk-tools encyclopaedia entry
    dict(
        slug="wiki-xiangtu-entry-cotton-bow",
        site="乡土百科 (invented)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="http://www.xiangtubaike.cn/minjian/qiju/tanmiangong.html",
        title="弹棉弓",
        record_title="弹棉弓_乡土百科·民间器具",
        date=None,
        notes="an entry: the name repeated above (head, it opens the body), a basic-facts box, an 'edit section' link "
        "glued to a heading, a 'see also' list; no date",
        page="""
!m 乡土百科 › 民间器具 › 纺织工具
{T}
!m 词条创建者：石板路　｜　贡献 12 人次
!m 【名称】弹棉弓　【用途】弹松棉花　【流行地区】南方各省
{BODY}
!l 相关词条：纺车　轧花车　棉絮
!d 本站词条内容仅供参考
!m 乡土百科 xiangtubaike.cn
""",
        body="""
弹棉弓是旧时弹棉匠用来弹松棉花的工具，也叫弹花弓、绷弓。
构造⟦a [编辑本段]⟧
弹棉弓由弓背、弓弦和弓头组成。弓背多用桑木、檀木等韧性好的木料，长约1.5米；弓弦用牛筋制成，粗细如筷子。使用时还要配一把木槌，弹棉匠称为“弹花锤”。
用法
弹棉匠把弓背挂在腰间的竹竿上，左手握弓，使弓弦贴近棉絮，右手持木槌敲击弓弦，弦的震动把板结的棉絮弹松、弹匀。弹好的棉絮再经拉纱、磨压，就成了一床棉被。
现状
二十世纪九十年代以后，机械弹棉逐渐普及，弹棉弓已不多见，一些地方把手工弹棉列为非物质文化遗产加以保护。
""",
    ),
    # 55 ── 网盘分享, HTML ── fine-tooth combs, a work instruction on a cloud drive cut by marker paragraphs
    dict(
        slug="clouddrive-yunxia-instruction-bamboo-comb-pdf-markers",
        site="云匣网盘 (invented cloud drive, preview page)",
        style="网盘分享",
        genre="作业指导书",
        kind="other",
        form="html",
        source="https://pan.yunxia.cn/s/1bXq7mP0c",
        title="竹篦制作作业指导书",
        record_title="竹篦制作作业指导书.pdf",
        date=None,
        notes="cloud-drive preview: VIP prompts, a save-to-drive button, a share-expiry line; marker paragraphs "
        "⧑ n ⧑ cut sentences; decimal headings 1.1–3.2; no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>竹篦制作作业指导书.pdf_免费高速下载|云匣网盘</title>
<script src="https://pan.yunxia.cn/static/preview.js"></script></head>
<body>
<div class="bar">⟦m 云匣网盘⟧　⟦a 超级会员 · 不限速⟧　⟦a 登录⟧</div>
<div class="file">
<h2>{T}</h2>
<p class="fmeta">⟦m 分享者：篦香技术部　文件大小：1.2M　分享于 3 天前　永久有效⟧</p>
<p class="ops">⟦a 保存到我的云匣　｜　普通下载　｜　会员极速下载⟧</p>
</div>
<div class="preview">
{BODY}
</div>
<div class="limit">⟦a 非会员仅可预览前3页，开通会员查看全部⟧</div>
<div class="ft">⟦d 云匣网盘严厉打击违法违规内容，如发现请举报⟧<br>⟦m 云匣网盘 © 2024　粤ICP备18057722号⟧</div>
</body></html>
""",
        p_html='<p class="pv-line">{}</p>',
        pages=dict(fmt="⧑ {n} ⧑", every=90, start=2),
        body="""
1 适用范围
1.1 本指导书适用于公司竹篦车间手工篦子的制作，规定了选料、劈篾、排齿、上胶、磨齿各工序的操作要求。
2 操作要求
2.1 选料：选用三年生毛竹，竹节间距不小于30厘米，无虫蛀、无霉斑。
2.2 劈篾：篾片厚度0.6至0.8毫米，宽窄一致，劈好后在阴凉处晾干48小时。
2.3 排齿：细齿篦每厘米排齿14至16根，齿距偏差不超过0.1毫米。
2.4 磨齿：齿尖逐根打磨圆滑，用手指顺齿划过不挂手、不扎手。
3 检验
3.1 每批抽取5%，检验齿距、齿尖和胶合牢固度。
3.2 不合格品挂红牌隔离，由班长组织返工。
""",
    ),
    # 56 ── 网盘分享, text ── sugar jars, a kindergarten activity plan shared as a .docx
    dict(
        slug="clouddrive-maisui-plan-kindergarten-sugar-jar-docx",
        site="麦穗网盘 (invented cloud drive, text preview)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.maisuipan.com/share/k7Tq2R",
        title="鬟湖区实验幼儿园“糖罐的秘密”主题活动方案",
        record_title="鬟湖区实验幼儿园“糖罐的秘密”主题活动方案.docx",
        date="2024-04-08",
        notes="file-name record title; a cloud drive's text preview with an extraction-code line, a save prompt and "
        "a share-expiry line; date under the signature",
        page="""
!m 麦穗网盘 — 文件预览
!m 文件：鬟湖区实验幼儿园“糖罐的秘密”主题活动方案.docx　（45.3KB）
!m 提取码：m7q2　·　链接 7 天后失效
!a 转存到我的网盘　　下载（需登录）
{BODY}
!a 预览仅显示文字内容，图片与表格样式请下载后查看
!d 麦穗网盘不对用户分享的内容负责
""",
        indent="\u3000\u3000",
        body="""
一、活动目标
1．知道糖罐里装的白糖、冰糖、红糖是什么样子，能说出它们的不同。
2．了解吃糖过多对牙齿的危害，养成少吃糖、饭后漱口的好习惯。
二、活动准备
透明糖罐3只，分别装白糖、冰糖和红糖；放大镜、小勺若干；牙齿模型一套。
三、活动过程
1．看一看、尝一尝：幼儿用放大镜观察三只糖罐里的糖，每人用小勺尝一点，说说味道。
2．听一听：保健医生用牙齿模型讲“小蛀牙的故事”。
3．做一做：师幼一起制作“糖罐守门员”标志，贴在班级糖罐上，提醒大家每天少吃一颗糖。
鬟湖区实验幼儿园大班组
2024年4月8日
""",
    ),
    # 57 ── 搜索快照, HTML ── cotton-fluffing bows, a cultural centre's call for old objects in a cache frame
    dict(
        slug="snapshot-shiguang-cache-call-for-cotton-bows",
        site="拾光搜索快照 (invented search cache of 绲阳县文化馆)",
        style="搜索快照",
        genre="公告",
        kind="notice",
        form="html",
        source="http://cache.shiguangsousuo.com/c?u=www.gyxwhg.cn/tzgg/2024/0510.html",
        title="绲阳县文化馆关于征集弹棉弓等传统手工艺老物件的公告",
        record_title="〔网页快照〕绲阳县文化馆关于征集弹棉弓等传统手工艺老物件的公告_绲阳县文化馆",
        date="2024-05-08",
        notes="a cache frame: a capture banner with a capture time (no date), highlighted search terms in the banner, "
        "the original site's nav and footer; a scan-to-upload sentence (content); the centre's own phone beside "
        "the cache's report line; date under the signature",
        page="""
<html><head><meta charset="utf-8"><title>〔网页快照〕绲阳县文化馆关于征集弹棉弓等传统手工艺老物件的公告_绲阳县文化馆</title>
<script src="/cache/highlight.js"></script></head>
<body>
<div class="cache-banner" style="border:1px solid #999;background:#FFF8DC">
<p>⟦d 这是拾光搜索保存的网页副本，抓取于上周三 14:08，原网页可能已更改。⟧</p>
<p>⟦m 已为您标亮的搜索词：<b>弹棉弓</b>　<b>征集</b>⟧</p>
<p>⟦a 查看原网页　｜　纯文字版⟧</p>
</div>
<div class="orig">
<div class="hd">⟦m 绲阳县文化馆⟧⟦m 首页 · 场馆介绍 · 非遗保护 · 通知公告 · 群文活动⟧</div>
<h2>{T}</h2>
<p class="info">⟦m 发布人：非遗部　点击：389⟧</p>
<div class="nr">
{BODY}
</div>
<div class="ft">⟦m 绲阳县文化馆　地址：绲阳县文庙街1号　湘ICP备13006619号⟧</div>
</div>
<div class="cache-foot">⟦a 快照内容有误？向拾光搜索反馈⟧</div>
</body></html>
""",
        body="""
为丰富县非遗展示馆馆藏，记录绲阳弹棉等传统手工艺的历史，县文化馆面向社会征集相关老物件。现将有关事项公告如下：
一、征集范围。弹棉弓、弹花锤、压棉磨盘、纺车、轧花车等与棉花加工有关的旧器具，以及老照片、账簿、招牌等。
二、征集方式。可捐赠，也可有偿收购或借展。捐赠者由文化馆颁发收藏证书，展品旁标注捐赠人姓名。
三、报名方式。请将物件照片和简要说明扫码上传至“绲阳文化馆”小程序，或送至县文化馆非遗部。
征集时间：即日起至2024年12月31日。
联系电话：0735-8219011
绲阳县文化馆
2024年5月8日
""",
    ),
    # 58 ── 搜索快照, text ── aluminium pots, a market-supervision tip in a text-only cache
    dict(
        slug="snapshot-textcache-aluminium-pot-tips-numbered",
        site="拾光搜索纯文字缓存 (invented, cache of 纡溪县市场监督管理局)",
        style="搜索快照",
        genre="科普",
        kind="other",
        form="text",
        source="http://cache.shiguangsousuo.com/t?u=scjgj.yuxi-xian.gov.cn/xfts/20240227.html",
        title="铝锅选购使用小常识",
        record_title="〔纯文字缓存〕铝锅选购使用小常识",
        date="2024-02-27",
        notes="a text-only cache: the cache's notice lines, the original page's byline whose 发布时间 is the page's "
        "date, a numbered list, the original footer",
        page="""
!d 【纯文字缓存】本页为原网页的文字副本，图片和样式已省略，抓取时间以原站为准
!m 原网址：scjgj.yuxi-xian.gov.cn/xfts/20240227.html
!m 纡溪县市场监督管理局 › 消费提示
{T}
!m 发布时间：2024-02-27　来源：消费者权益保护股
{BODY}
!m 纡溪县市场监督管理局　消费投诉：12315
!a 返回带格式的快照
""",
        body="""
铝锅轻便耐用、导热快，是很多家庭常用的炊具。县市场监管局提醒消费者，选购和使用铝锅时要注意以下几点：
1．看标识。选购时查看产品是否标明生产企业名称、地址、材质和执行标准，不买“三无”铝锅。
2．看做工。锅体厚薄均匀，表面光滑，无明显划痕、气泡，手柄铆接牢固。
3．闻气味。新锅有刺鼻气味或彩色涂层容易掉色的，不要购买。
4．正确使用。不用铝锅长时间盛放酸性、碱性和咸的食物，刷洗时不用钢丝球，锅底变形、变薄的要及时更换。
消费者购买到不合格铝锅，可保留购物凭证，依法维护自身合法权益。
""",
    ),
    # 59 ── 打印页, HTML ── sugar jars, an inspection 通报 in a print view with a print footer
    dict(
        slug="print-huanhu-circular-canteen-sugar-jars-footer",
        site="鬟湖区教育局 (invented, print view)",
        style="打印页",
        genre="通报",
        kind="notice",
        form="html",
        source="http://jyj.huanhu.gov.cn/print.jsp?id=20241028-33",
        title="关于学校食堂调味品容器专项检查情况的通报",
        record_title="关于学校食堂调味品容器专项检查情况的通报（打印稿·A4）",
        date="2024-10-25",
        notes="a print view calling window.print(): a print bar, a print-time stamp (no date), a print footer "
        "第1页 ⬤ 共1页; a table of problems, 抄送 and 印发 lines; date under the signature",
        page="""
<html><head><meta charset="utf-8"><title>关于学校食堂调味品容器专项检查情况的通报（打印稿·A4）</title>
<style>@media print{.noprint{display:none}}</style>
<script>window.onload=function(){window.print();};</script></head>
<body>
<div class="noprint">⟦a 【立即打印】　【返回原文】　【关闭窗口】⟧</div>
<p class="ph">⟦m 鬟湖区教育局　jyj.huanhu.gov.cn　打印时间：2024-11-04 16:22⟧</p>
<h3 align="center">{T}</h3>
<div class="print-body">
{BODY}
</div>
<p class="pf" align="center">⟦p 第1页 ⬤ 共1页⟧</p>
</body></html>
""",
        body="""
各中小学、幼儿园：
10月中旬，区教育局会同区市场监管局对全区42所学校（幼儿园）食堂的糖罐、盐罐、油壶等调味品容器进行了专项检查。总体情况良好，但仍有部分学校存在问题，现通报如下：
问题类型　学校数　主要表现
容器未加盖　5所　糖罐、盐罐敞口放置
标识不清　7所　糖罐、盐罐未贴品名标签
材质不合规　2所　使用非食品级塑料桶装白砂糖
请上述学校于11月10日前完成整改，整改照片报区教育局后勤保障科。
鬟湖区教育局
2024年10月25日
抄送：鬟湖区市场监督管理局。
鬟湖区教育局办公室　2024年10月25日印发
""",
    ),
    # 60 ── 打印页, text ── fine-tooth combs, a funding request's print view with a print footer
    dict(
        slug="print-minchuan-request-comb-workshop-funds-footer",
        site="缗川县人民政府 (invented, print view)",
        style="打印页",
        genre="请示",
        kind="notice",
        form="text",
        source="http://www.minchuan.gov.cn/print/zwgk/qs/20241106_4408.html",
        title="关于申请竹篦技艺非遗工坊扶持资金的请示",
        record_title="〔打印件〕关于申请竹篦技艺非遗工坊扶持资金的请示",
        date="2024-11-05",
        notes="a print view as text: a print header with a print time (no date), a 文号 line and a 签发人 line "
        "(neutral), the request's own 联系人/电话, a print footer — 页 1 ⇆ 1 —; date under the signature",
        page="""
!m 缗川县人民政府门户网站　打印时间：2024-11-20 09:41
!a ⎙ 送打印机　✕ 关掉本页
{T}
缗文旅〔2024〕52号　　　　签发人：胡振声
{BODY}
!p — 页 1 ⇆ 1 —
""",
        indent="\u3000\u3000",
        body="""
县人民政府：
竹篦制作技艺是我县市级非物质文化遗产代表性项目。为加强保护传承，带动群众就业，我局拟在绺口镇建设竹篦技艺非遗工坊。现将有关事项请示如下：
一、建设内容。改造绺口镇闲置厂房约600平方米，设置传习教室、制作车间和展示厅，配备劈篾机、磨齿机等设备。
二、资金需求。项目总投资68万元，申请县财政扶持资金40万元，其余由工坊运营企业自筹。
三、预期效益。工坊建成后可吸纳就业40人左右，每年培训学徒20名。
妥否，请批示。
联系人：严楚青，电话：0739-6615206
缗川县文化和旅游局
2024年11月5日
""",
    ),
    # 61 ── 邮件转发, HTML ── embroidery hoops, a letter forwarded in webmail with an attachment bar
    dict(
        slug="mail-zanshan-webmail-fwd-letter-custom-hoops",
        site="缵山县文化馆邮箱 (invented webmail)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.zsxwhg.cn/read?mid=ZS20240912-0088",
        title="关于订购定制绣花绷的函",
        record_title="Fwd：关于订购定制绣花绷的函【请阅处】",
        date="2024-09-10",
        date_also=["2024-09-12"],
        notes="a webmail reading view: forwarded headers (发件人/收件人/抄送/时间), an attachment bar beside the "
        "letter's own 附件 list, reply/forward buttons, a forward note; the letter's date differs from the mail's",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Fwd：关于订购定制绣花绷的函【请阅处】 - 缵山县文化馆邮箱</title>
<script src="/webmail/js/read.js"></script></head>
<body>
<div class="mail-top">⟦m 缵山县文化馆邮箱⟧　⟦m lxy@zsxwhg.cn⟧　⟦a 写信　收信　通讯录　退出⟧</div>
<div class="mail-tools">⟦a 回复　回复全部　转发　删除　标记为未读⟧</div>
<div class="mail-head">
<h2>{T}</h2>
<p>⟦m 发件人：非遗部 符雅婷 &lt;fyt@zsxwhg.cn&gt;⟧</p>
<p>⟦m 收件人：馆长 龙晓岚 &lt;lxy@zsxwhg.cn&gt;⟧</p>
<p>⟦m 时　间：2024年9月12日（星期四）上午10:26⟧</p>
<p>⟦m 附　件：1 个（定制绷架规格表.xlsx）⟧</p>
</div>
<div class="mail-body">
<p>⟦m 龙馆长：锦绷厂来函如下，请阅示。——雅婷⟧</p>
<p>⟦m ---------- 转发的邮件 ----------⟧</p>
<p>⟦m 发件人：锦绷刺绣工艺厂 &lt;jinbeng_cx@163.com&gt;　日期：2024年9月10日 17:02⟧</p>
{BODY}
</div>
<div class="attach-bar">⟦a 📎 定制绷架规格表.xlsx（16.2K）　预览　下载　存网盘⟧</div>
<div class="mail-foot">⟦m 缵山县文化馆邮件系统 · 技术支持：县政务云⟧</div>
</body></html>
""",
        body="""
缵山县文化馆：
贵馆9月5日来函收悉。关于贵馆为“刺绣进社区”项目订购定制绣花绷一事，经我厂研究，函复如下：
一、规格和数量。直径20厘米竹绷300只、直径25厘米竹绷100只，外圈烫印“缵山刺绣”字样。
二、价格。20厘米每只9.5元，25厘米每只12元，合计4050元，含运费。
三、交货时间。合同签订后25天内分两批交货。
如无异议，请于9月20日前回复确认。
附件：定制绷架规格表
联系人：郝春生，电话：0743-3356207
缵山县锦绷刺绣工艺厂
2024年9月10日
""",
    ),
    # 62 ── 邮件转发, text ── sugar jars, a union's letter forwarded as plain text
    dict(
        slug="mail-manling-union-fwd-letter-sugar-jar-quote",
        site="鞔岭县总工会 (invented, forwarded plain-text mail)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="text",
        source="mailto:ghb@manling-zgh.cn?msg=20250109-04",
        title="关于商请提供春节慰问品玻璃糖罐报价的函",
        record_title="转发: Re: 关于商请提供春节慰问品玻璃糖罐报价的函",
        date="2025-01-08",
        date_also=["2025-01-09"],
        notes="a forwarded text mail: forwarded and original headers, a forward note, a mail-client signature and "
        "an unsubscribe line below; the letter's own 抄送 line and contact kept; the mail's date differs",
        page="""
!m 发件人：工会办公室 <ghb@manling-zgh.cn>
!m 发送时间：2025年1月9日 星期四 09:15
!m 收件人：sales@jingtianglass.com
!t 主题：转发: Re: 关于商请提供春节慰问品玻璃糖罐报价的函
!m 晶甜玻璃销售部：昨日电话所谈函件，现转发，请按函中要求报价。
!m -------- 原始邮件 --------
!m 发件人：工会办公室　日期：2025年1月8日 16:40
{BODY}
!m ——
!m 发自 鞔岭县总工会 电子邮件系统
!d 此邮件可能包含工作秘密，如误收请删除并告知发件人
""",
        indent="\u3000\u3000",
        body="""
鞔岭晶甜玻璃制品有限公司：
为做好2025年春节困难职工慰问工作，县总工会拟采购一批玻璃糖罐，装入糖果作为慰问品。现商请贵公司提供报价，有关事项如下：
一、数量和规格。容量1升左右的带盖玻璃糖罐600只，罐身可印“鞔岭县总工会　春节慰问”字样。
二、报价要求。请注明单价、印字费用和交货时间，于1月13日前以函件形式回复。
三、其他。所供糖罐须符合食品接触用玻璃制品的有关标准，并提供检测报告复印件。
联系人：县总工会办公室 祁玉珍，电话：0796-7712680
鞔岭县总工会
2025年1月8日
抄送：县总工会经费审查委员会。
""",
    ),
]

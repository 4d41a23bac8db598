"""holdout294, part F: encyclopaedia/Q&A pages, cloud-drive shares, search snapshots, print views, forwarded mails.

Invented text, sites, places and people (see ../README.md and ../build.py for the markup).
Each case written by hand.
"""

CASES = [
    dict(
        slug="wiki-wuzhi-entry-kerosene-lamp-h1",
        site="物知百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://baike.wuzhi-wiki.com/item/meiyoudeng",
        title="煤油灯",
        record_title=None,
        date=None,
        notes="no record title: the entry name in the <h1> (also the body's first words, matched as head); "
        "edit/discuss/history tabs, an infobox, a contents box and reference markers glued after 。; "
        "an edit stamp '2 周前': no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>物知百科</title>
<script>var lemmaId=118207;</script>
<style>.ref{font-size:10px;vertical-align:super}</style>
</head><body>
<div class="wk-top">⟦m 物知百科⟧ <span>⟦m 生活里的每样东西都有来历⟧</span> <a>⟦a 登录后可编辑⟧</a></div>
<div class="tabs">⟦a 词条　编辑　讨论　历史版本⟧</div>
<div class="lemma">
<h1>{T}</h1>
<div class="lemma-sum">⟦m 本词条由“灯影”创建，最近由 柳下客 修订于 2 周前⟧</div>
<table class="infobox">
<tr><td>⟦m 中文名：煤油灯⟧</td></tr>
<tr><td>⟦m 别　名：洋油灯、火油灯⟧</td></tr>
<tr><td>⟦m 燃　料：灯用煤油⟧</td></tr>
</table>
<div class="toc"><h4>⟦l 目录⟧</h4><p>⟦l 1 结构　2 历史　3 种类　4 使用安全⟧</p></div>
<div class="lemma-body">
{BODY}
</div>
<div class="refs"><h4>⟦l 参考资料⟧</h4><p>⟦l [1] 洫阳市民俗博物馆.《灯火可亲》展览图录⟧</p><p>⟦l [2] 垡川县志·风俗卷⟧</p></div>
<div class="tags">⟦l 词条标签：生活用品　照明器具　老物件⟧</div>
</div>
<div class="wk-foot">⟦d 物知百科词条内容由用户共同编辑，仅供参考。⟧ ⟦m ©2025 wuzhi-wiki.com⟧</div>
</body></html>
""",
        body="""
煤油灯是以煤油为燃料、用灯芯吸油燃烧照明的灯具，由灯座（油壶）、灯头、灯芯和玻璃灯罩等部分组成。
煤油灯在19世纪中叶出现后很快普及。20世纪中后期，我国农村普遍使用煤油灯照明，直到电网延伸到乡村才逐渐退出日常生活。⟦m ［1］⟧
常见的煤油灯有台灯式、壁挂式和手提式三类。手提式煤油灯带有铁丝提梁和防风灯罩，适合夜间外出和野外作业使用。
使用煤油灯时，应将灯芯调到不冒黑烟的高度，灯具远离易燃物，人离开时熄灭灯火。
如今，煤油灯多作为收藏品和民俗展品出现在博物馆、纪念馆中。⟦m ［2］⟧
""",
    ),
    dict(
        slug="wiki-wuzhi-entry-carrying-basket-text",
        site="物知百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="https://baike.wuzhi-wiki.com/item/tilan",
        title="提篮",
        record_title="【器物】提篮 - 物知百科",
        date=None,
        notes="an encyclopaedia entry whose one-word title stands on a line of its own (matched as head); "
        "edit/discuss tabs, a creation line with a relative time, a contents line and tags; no date",
        page="""
!m 物知百科 — 人人可编辑的生活百科
!a 编辑　｜　讨论　｜　历史版本　｜　收藏词条
{T}
!m 本词条由“柳下客”创建，共被编辑 14 次，最近更新于 6 天前
!l 目录：1 概述　2 分类　3 现状
{BODY}
!l 词条标签：器物　柳编　竹编　民俗
!d 物知百科提醒：词条内容仅供参考，如有疑问请查阅专业资料。
""",
        body="""
提篮，一种带提梁、可用手提挎的盛物器具，多用竹篾、柳条、藤条等编成，也有木制或金属制的。
提篮历史悠久，各地叫法不一，有的地方称“挎篮”“篮子”。传统提篮常用于盛放蔬菜、鸡蛋、点心，也是走亲访友时装礼品的器具。
按材料分，提篮可分为竹编提篮、柳编提篮、藤编提篮等。柳编提篮以杞柳为原料，经过选条、浸泡、编织、收口等工序制成，质地坚韧，透气性好。
近年来，柳编提篮被开发为野餐篮、花篮和收纳篮，成为一些地方的特色手工艺品。
""",
    ),
    dict(
        slug="clouddrive-panyun-lesson-plan-window-flowers-pdf",
        site="盘云网盘分享页 (invented)",
        style="网盘分享",
        genre="教学设计",
        kind="plan",
        form="html",
        source="https://pan.panyun-cloud.com/s/1Qv7Tx9cWm",
        title="小学美术《对称的窗花》教学设计",
        record_title="小学美术《对称的窗花》教学设计.pdf",
        date=None,
        notes="a .pdf file name as the record title; a cloud-drive preview with VIP prompts, a share expiry line and a "
        "save button; decimal headings 1–3.4; no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>小学美术《对称的窗花》教学设计.pdf_免费高速下载|盘云网盘</title>
<script>window.shareInfo={surl:"1Qv7Tx9cWm",expire:7};</script>
</head><body>
<div class="pan-top">⟦m 盘云网盘⟧ <a>⟦a 登录盘云⟧</a> <a>⟦a 开通超级会员⟧</a></div>
<div class="share-head">
<h2>{T}</h2>
<div class="share-by">⟦m 分享者：美术组小范　｜　分享于 3 天前　｜　7天后失效⟧</div>
<div class="share-btns">⟦a 转存至我的盘云⟧ ⟦a 下载（1.2MB）⟧</div>
</div>
<div class="preview">
<div class="pv-tip">⟦a 当前为低清预览，开通会员可查看高清原件⟧</div>
{BODY}
<div class="pv-end">⟦a 非会员仅可预览前2页，剩余内容请保存后查看⟧</div>
</div>
<div class="guess"><h4>⟦l 你可能需要的资源⟧</h4><p>⟦l 剪纸入门课件（PPT）⟧</p><p>⟦l 春节民俗手抄报模板⟧</p></div>
<div class="pan-foot">⟦d 盘云网盘严厉打击侵权内容传播，如发现违规分享请举报。⟧ ⟦m 京ICP备19030447号⟧</div>
</body></html>
""",
        body="""
1 教学目标
1.1 了解窗花的历史和民俗寓意，感受民间剪纸艺术的美。
1.2 掌握对折剪、四折剪的基本方法，能剪出一幅对称的窗花。
2 教学重难点
2.1 重点：对称图案的折叠与剪法。
2.2 难点：镂空部分的设计，保证剪后图案连而不断。
3 教学过程
3.1 导入：出示春节窗花图片，请学生说说家里贴窗花的习俗。
3.2 示范：教师演示四折剪“团花”，边剪边讲解下剪顺序。
3.3 练习：学生分组练习，教师巡回指导，提醒安全使用剪刀。
3.4 展评：将作品贴在教室窗户上，学生互评。
""",
    ),
    dict(
        slug="clouddrive-xiaoyun-plan-basket-course-docx-markers",
        site="小云盘文件预览 (invented)",
        style="网盘分享",
        genre="教学计划",
        kind="plan",
        form="text",
        source="https://share.xiaoyunpan.net/f/88c1e0b2",
        title="柳编提篮非遗传承人研修班教学计划",
        record_title="柳编提篮非遗传承人研修班教学计划.docx",
        date="2025-02-20",
        notes="a .docx file name as the record title; page markers (✐n) glued with a space to the continuation; "
        "share and expiry lines; 成文日期 under the signature",
        page="""
!m 小云盘 · 文件预览
!t 柳编提篮非遗传承人研修班教学计划.docx
!m 来自：垡川非遗中心　｜　文件大小 46KB　｜　有效期：永久
!a 转存　｜　下载　｜　举报
{BODY}
!a 预览结束，登录小云盘可下载原文件
!d 该文件由用户自行上传分享，小云盘不对内容负责
""",
        indent="\u3000\u3000",
        pages=dict(fmt="✐{n}", every=80, start=2, glue=True, sep=" "),
        body="""
为提升柳编提篮编织技艺传承水平，培养一批懂设计、会经营的青年传承人，县非遗保护中心决定举办柳编提篮非遗传承人研修班。教学计划如下。
一、培训对象：全县柳编从业人员及有意学艺的返乡青年，共30人。
二、培训时间：2025年3月10日至3月30日，共20天。
三、课程安排：柳编基础技法6天，提篮造型设计5天，新材料与新工艺应用4天，网店运营与直播3天，结业作品创作2天。
四、考核方式：学员须独立完成提篮作品一件，经专家评审合格后颁发结业证书。
垡川县非物质文化遗产保护中心
2025年2月20日
""",
    ),
    dict(
        slug="snapshot-xunzong-news-window-flower-stalls",
        site="寻踪搜索快照 of 垡川融媒 (invented)",
        style="搜索快照",
        genre="新闻",
        kind="news",
        form="html",
        source="https://cache.xunzong-search.com/c?u=https%3A%2F%2Fwww.fcrm.cn%2Fxz%2F20250119%2F3306.html",
        title="赓岭乡年货集市上窗花卖得俏",
        record_title="赓岭乡年货集市上窗花卖得俏（网页缓存）_寻踪搜索",
        date="2025-01-19",
        notes="a search-cache frame with a capture banner (a snapshot stamp, no date) and a highlighted-terms line; the "
        "cached page's 发布时间 is the date; a quote paragraph",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>赓岭乡年货集市上窗花卖得俏（网页缓存）_寻踪搜索</title>
<base href="https://www.fcrm.cn/xz/20250119/3306.html">
<script>var q=["窗花","赓岭","集市"];/* highlight */</script>
</head><body>
<div class="cache-banner" style="border:1px solid #999;background:#fffbe6">
<p>⟦d 这是 寻踪搜索 于 2025-01-22 08:14 保存的网页快照，原网页可能已经更改。⟧</p>
<p>⟦a 查看原网页⟧　⟦a 仅看文字版⟧</p>
<p>⟦m 以下搜索词已被标亮：窗花　赓岭　集市⟧</p>
</div>
<div class="orig">
<div class="head">⟦m 垡川融媒⟧ <span>⟦m 垡川县融媒体中心⟧</span></div>
<div class="nav">⟦m 首页　时政　乡镇　民生　视听⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 来源：垡川融媒　发布时间：2025-01-19 17:02⟧</div>
<div class="article">
{BODY}
</div>
<div class="edit">⟦m 编辑：聂川　审核：詹一鸣⟧</div>
<div class="rel">⟦l 相关：埤口镇百名巧手剪窗花　｜　县城年货节开幕⟧</div>
</div>
</body></html>
""",
        body="""
腊月二十，赓岭乡年货集市迎来赶集高峰。集市东头的窗花摊前围满了人，红彤彤的窗花挂了整整两排。
摊主邵桂英今年62岁，剪窗花已经四十多年。她说，今年卖得最好的是“蛇盘兔”“五福临门”几个样式，一天能卖出两百多张。
“机器印的窗花便宜，可老百姓还是认手剪的，说有人情味。”邵桂英一边招呼顾客，一边剪着手里的红纸。
据乡文化站统计，今年集市上共有窗花摊位11个，比去年多了4个，不少年轻人也开始跟着长辈学剪窗花、摆摊卖窗花。
""",
    ),
    dict(
        slug="snapshot-wangyuan-text-cache-lamp-exhibition-delay",
        site="望远搜索文字快照 of 洫阳市民俗博物馆 (invented)",
        style="搜索快照",
        genre="公告",
        kind="notice",
        form="text",
        source="https://kuaizhao.wangyuan-so.cn/text?url=http%3A%2F%2Fwww.xyms-museum.cn%2Fgg%2F2025%2F0224%2F71.html",
        title="关于“灯火可亲——百年照明器具展”延期开放的公告",
        record_title="关于“灯火可亲——百年照明器具展”延期开放的公告（文字缓存版）",
        date="2025-02-24",
        notes="a text-only cache: a capture line (no date), the original URL and view links above the page; the "
        "museum's own phone and a sentence asking readers to 关注 its account stay; 成文日期 under the signature",
        page="""
!m 望远搜索 · 网页快照
!d 您查看的是该网页的纯文本缓存，抓取于2025-02-27 06:31，内容可能与当前页面不一致
!m 原网址：http://www.xyms-museum.cn/gg/2025/0224/71.html
!a 查看当前网页　｜　查看带图快照
!m 洫阳市民俗博物馆 › 公告
{T}
{BODY}
!m 洫阳市民俗博物馆　开放时间：周二至周日 9:00-17:00
""",
        body="""
广大观众朋友：
因展厅消防设施升级改造，原定于2025年3月1日开幕的“灯火可亲——百年照明器具展”延期至3月22日开放。
本次展览共展出清末至上世纪八十年代的煤油灯、马灯、汽灯等照明器具163件，其中多数由市民捐赠。已预约3月1日至3月21日参观的观众，预约记录自动取消，请于3月15日起重新预约。
展览开放后，观众可关注“洫阳民俗博物馆”微信公众号预约参观，每日限约800人。
给您带来的不便，敬请谅解。
咨询电话：0397-6216600。
洫阳市民俗博物馆
2025年2月24日
""",
    ),
    dict(
        slug="print-xuyang-edu-bulletin-steamer-inspection",
        site="洫阳市教育局打印页 (invented)",
        style="打印页",
        genre="通报",
        kind="notice",
        form="html",
        source="http://jyj.xuyang.gov.cn/print.jsp?id=40612",
        title="关于全市中小学食堂蒸制炊具专项检查情况的通报",
        record_title="打印 ⇒ 关于全市中小学食堂蒸制炊具专项检查情况的通报 · 洫阳市教育局",
        date="2024-12-02",
        notes="a print view calling window.print(): print/close buttons, a print stamp (no date), the page URL and a "
        "print footer (第 1 页 ⌕ 共 1 页); 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>打印 ⇒ 关于全市中小学食堂蒸制炊具专项检查情况的通报 · 洫阳市教育局</title>
<style>@media print{.noprint{display:none}}</style>
<script>window.onload=function(){window.print();};</script>
</head><body>
<div class="noprint">⟦a 〔立即打印〕〔关闭本页〕⟧</div>
<div class="print-head">⟦m 洫阳市教育局 · 公文打印⟧</div>
<h2 align="center">{T}</h2>
<div class="print-meta">⟦m 打印时间：2024-12-09 15:20　打印来源：政务公开栏目⟧</div>
<div class="print-body">
{BODY}
</div>
<div class="print-url">⟦m 本页网址：http://jyj.xuyang.gov.cn/art/2024/12/3/art_40612.html⟧</div>
<div class="print-foot">⟦p 第 1 页 ⌕ 共 1 页⟧</div>
</body></html>
""",
        body="""
各区教育局、市直各学校：
11月中下旬，市教育局会同市市场监管局对全市68所中小学食堂蒸制炊具清洗消毒情况进行了专项检查。现将检查情况通报如下。
一、总体情况。检查发现，多数学校建立了蒸屉清洗消毒台账，蒸屉、蒸笼布管理基本规范。
二、存在问题。有9所学校竹蒸屉存在霉斑未及时更换，5所学校蒸笼布未做到一餐一洗，3所学校消毒记录不完整。
三、整改要求。存在问题的学校须在12月15日前完成整改，并将整改报告报市教育局体卫艺科，市教育局将适时组织复查。
洫阳市教育局
2024年12月2日
""",
    ),
    dict(
        slug="print-fachuan-request-window-flower-workshop-repair",
        site="垡川县文化广电和旅游局打印页 (invented)",
        style="打印页",
        genre="请示",
        kind="report",
        form="text",
        source="http://wglj.fachuan.gov.cn/zwgk/qs/2025/0318/77.html?print=1",
        title="关于申请埤口镇窗花非遗工坊修缮经费的请示",
        record_title="关于申请埤口镇窗花非遗工坊修缮经费的请示（A4打印）— 垡川县文化广电和旅游局",
        date="2025-03-18",
        notes="a print view: print/close row, a print stamp (no date), the page URL and a print footer (⎲ 第1页 · 共1页 ⎳); "
        "成文日期 in Chinese numerals followed by the request's own contact line",
        page="""
!a 打印　｜　关闭本窗口
!m 垡川县文化广电和旅游局 · 政务公开
{T}
!m 打印时间：2025-03-25 10:07　　打印人：访客
{BODY}
!m 本页地址：http://wglj.fachuan.gov.cn/zwgk/qs/2025/0318/77.html
!p ⎲ 第1页 · 共1页 ⎳
""",
        indent="\u3000\u3000",
        body="""
县财政局：
埤口镇窗花非遗工坊设在原镇供销社旧址，房屋建于上世纪七十年代，屋面漏雨、墙体开裂，已影响正常教学和作品保存。经专业机构评估，需对屋面、墙体和门窗进行修缮，并更换消防和照明设施，预计需资金38.6万元。
为保护好窗花非遗传承阵地，恳请县财政局从非遗保护专项资金中安排修缮经费38.6万元。
妥否，请批示。
垡川县文化广电和旅游局
二〇二五年三月十八日
（联系人：聂红，电话：0398-5218067）
""",
    ),
    dict(
        slug="mail-webmail-letter-cotton-shoes-order-attachments",
        site="洫阳环卫中心企业邮箱 (invented webmail)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.xyhw-center.cn/read?mid=ZL3021-1107",
        title="关于确认冬季劳保棉鞋订单数量及交货安排的函",
        record_title="转发：关于确认冬季劳保棉鞋订单数量及交货安排的函（请回复）",
        date="2024-11-06",
        date_also=["2024-11-07"],
        notes="a webmail reading view with forwarded headers, an attachment bar and reply buttons; the letter's own "
        "附件 list and contact/mailbox stay next to the bar; the mail's send date differs from the 成文日期",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>转发：关于确认冬季劳保棉鞋订单数量及交货安排的函（请回复） - 企业邮箱</title>
<script src="/webmail/js/readmail.js"></script>
</head><body>
<div class="wm-top">⟦m 洫阳环卫中心企业邮箱⟧ <span>⟦m wuzi@xyhw-center.cn⟧</span> <a>⟦a 退出⟧</a></div>
<div class="wm-left">⟦m 收件箱(4)　草稿箱　已发送　已删除⟧</div>
<div class="wm-read">
<div class="wm-btns">⟦a 回复　回复全部　转发　删除　标为未读⟧</div>
<div class="wm-subject">⟦t 转发：关于确认冬季劳保棉鞋订单数量及交货安排的函（请回复）⟧</div>
<div class="wm-hdr">
<p>⟦m 发件人：邢海涛 &lt;wuzi@xyhw-center.cn&gt;⟧</p>
<p>⟦m 收件人：暖步鞋业销售部 &lt;sales@nuanbu-shoes.com&gt;⟧</p>
<p>⟦m 时　间：2024年11月7日 星期四 10:26⟧</p>
</div>
<div class="wm-attbar">⟦a 附件（2个）：鞋码分布表.xlsx 12K　验收单样式.docx 20K　〔打包下载〕⟧</div>
<div class="wm-fwd">⟦m ---------- 转发邮件 ----------⟧</div>
<div class="wm-body">
{BODY}
</div>
</div>
<div class="wm-foot">⟦d 邮件内容仅供收件人使用，如误收请删除并告知发件人。⟧ ⟦m 企业邮箱服务 · 技术支持 0397-6101122⟧</div>
</body></html>
""",
        body="""
邕溪县暖步鞋业有限公司：
根据双方签订的采购合同，现将我中心冬季劳保棉鞋订单确认如下：
一、订单数量：防滑防水棉鞋2200双，鞋码分布详见附件1。
二、交货时间：2024年11月25日前分两批交付，第一批1200双，第二批1000双。
三、交货地点：洫阳市环境卫生服务中心物资仓库。
请贵公司收到本函后3个工作日内书面回复确认。
联系人：邢海涛，电话：0397-6612220，邮箱：wuzi@xyhw-center.cn。
附件：1.棉鞋鞋码分布表
2.交货验收单（样式）
洫阳市环境卫生服务中心
2024年11月6日
""",
    ),
    dict(
        slug="mail-forward-text-old-baskets-collection-cc",
        site="垡川县文旅局转发邮件 (invented)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="text",
        source="mailto:whz-all@fachuan-wl.cn",
        title="关于征集老提篮等农家旧物参加“乡村记忆”展览的函",
        record_title="［转发］关于征集老提篮等农家旧物参加“乡村记忆”展览的函",
        date="2025-05-12",
        date_also=["2025-05-14"],
        notes="a mail forwarded as text: its own 抄送 header beside the letter's own 抄送 line, a forwarder's note, the "
        "subject line with Fwd:, a confidentiality footer; the send date differs from the 成文日期",
        page="""
!m -------- 转发邮件信息 --------
!m 发件人："县文旅局办公室" <bgs@fachuan-wl.cn>
!m 发送时间：2025年5月14日（星期三）上午9:40
!m 收件人：各乡镇文化站 <whz-all@fachuan-wl.cn>
!m 抄送：局领导 <ld@fachuan-wl.cn>
!t 主题：Fwd: 关于征集老提篮等农家旧物参加“乡村记忆”展览的函
!m 各位：转县博物馆来函，请按要求报送。——局办公室
{BODY}
!a 回复 | 全部回复 | 转发
!d 本邮件及附件可能含有保密信息，如误收请立即删除。
""",
        body="""
各乡镇综合文化站：
为展示我县农耕文化和乡村生活变迁，县博物馆拟于2025年6月举办“乡村记忆——农家旧物展”。现面向各乡镇征集老提篮、竹篮、簸箕等农家旧物，有关事项函告如下：
一、征集范围：上世纪八十年代以前制作和使用的各类提篮、篮筐，以柳编、竹编为主，保存基本完好。
二、征集方式：以借展为主，展期结束后原物归还；自愿捐赠的，博物馆颁发捐赠证书。
三、请各文化站于5月31日前将征集物品清单报县博物馆陈列部。
联系人：范文卿，电话：0398-5219931。
垡川县博物馆
2025年5月12日
抄送：县文化广电和旅游局。
""",
    ),
]

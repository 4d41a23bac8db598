"""holdout265, part F: encyclopaedias, cloud drives, search snapshots, print views and forwarded mails.

Written by hand, blind (see NOTE.md). Every place, person, firm, site, URL and phone is invented.
"""

CASES = [
    dict(
        slug="wiki-shihai-entry-pocket-watch-infobox-edit-tabs",
        site="识海百科 (invented)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://baike.shihai.example.com/item/怀表/40913",
        title="怀表",
        record_title="怀表（随身计时器具）- 识海百科",
        date=None,
        notes="encyclopaedia entry: edit/discuss/history tabs, an infobox, a contents box, an 'edit this section' link glued to a section heading, reference markers glued after a 。; the one-word title opens the body (matched as head); no date (the last-edit stamp is none)",
        page="""
<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8">
<title>怀表（随身计时器具）- 识海百科</title>
<link rel="stylesheet" href="/skins/wx/entry.css">
<script src="/skins/wx/entry.js"></script>
</head><body>
<div class="wx-top">⟦m 识海百科⟧ ⟦m 收录识海，人人可写⟧ <a>⟦a 登录⟧</a> <a>⟦a 创建词条⟧</a></div>
<div class="tabs">⟦a 词条　讨论　修订历史　编辑⟧</div>
<h1 class="entry-name">{T}</h1>
<div class="polysemy">⟦m 随身计时器具　同义词 袋表⟧</div>
<table class="infobox">
<tr><td>⟦m 中文名⟧</td><td>⟦m 怀表⟧</td></tr>
<tr><td>⟦m 外文名⟧</td><td>⟦m pocket watch⟧</td></tr>
<tr><td>⟦m 类　别⟧</td><td>⟦m 机械计时器具⟧</td></tr>
</table>
<div class="toc">⟦l 目录　1 历史　2 结构　3 保养⟧</div>
<div class="entry-body">
{BODY}
</div>
<div class="refs"><h3>⟦l 参考资料⟧</h3><ol><li>⟦l [1] 《钟表史话》，榔川科技出版社，2019⟧</li><li>⟦l [2] 《机械表维修手册》，第3版⟧</li></ol></div>
<div class="entry-stat">⟦m 浏览 26,418 次　编辑 31 次　最近修订：2 个月前⟧</div>
<div class="wx-foot">⟦d 词条内容仅供参考，如需专业意见请咨询相关机构。⟧ ⟦m © 2024 识海百科⟧</div>
</body></html>
""",
        body="""
怀表是一种装在衣袋里随身携带的机械表，多配有表链，可挂在衣扣或腰带上。
历史
怀表起源于16世纪的欧洲，早期表壳多为球形。⟦l [1]⟧19世纪以后，随着机械加工技术的进步，怀表逐渐变薄变轻，成为绅士的常用配饰。20世纪初，腕表开始流行，怀表的日常使用逐渐减少。
结构⟦a ✎修改此节⟧
怀表主要由表壳、表盘、机芯和表链组成。按表壳样式，可分为开面怀表和猎表两类：开面怀表的表盘直接露在外面；猎表有可开合的前盖，能保护表镜。⟦l [2]⟧
保养
怀表宜每天定时上弦，避免受潮、受磁和剧烈震动，一般每三至五年应请专业人员清洗加油一次。
""",
    ),
    dict(
        slug="qa-nongzhi-rake-vs-iron-rake-question-line",
        site="农知百科问答 (invented)",
        style="百科问答",
        genre="问答",
        kind="other",
        form="text",
        source="http://wenda.nongzhibaike.example.cn/q/208817.html",
        title="竹耙和铁耙有什么区别？",
        record_title=None,
        date=None,
        notes="no record title: the question line; the answerer's badge line and a helpful-vote row; a related-questions box; no date (answered 4 天前)",
        page="""
!m 农知百科问答 · 种养殖问题找农知
!m 问答首页 > 农机农具
{T}
!m 提问：帻岭种粮户　｜　3 个回答
!m 最佳答案　｜　农技员小温　农知认证专家　4 天前
{BODY}
!a 👍 有帮助（88）　👎 没帮助（2）
!l 其他回答：竹耙搂稻草好用，铁耙平地好用。
!l 相关问题：竹耙齿断了能修吗？　｜　竹耙用什么竹子做最好？
!d 农知百科问答内容来自网友，仅供参考。
""",
        body="""
竹耙和铁耙都是农家常用的搂扒工具，主要区别有三点：
一是材料不同。竹耙用毛竹制作，耙齿是把竹片削薄后用火烤弯的；铁耙的耙齿是熟铁锻打的，装在木柄上。
二是用途不同。竹耙齿软、分量轻，适合搂落叶、干草、稻草和晒场上的谷物；铁耙齿硬、分量重，适合平整土地、打碎土块和扒拉碎石。
三是价格和寿命不同。竹耙便宜，一把十几元到二三十元，但用一两年竹齿就会折断；铁耙贵一些，保养得好能用十几年。
简单说，搂轻东西用竹耙，动土用铁耙。
""",
    ),
    dict(
        slug="netdisk-kuangpan-instruction-camphor-chest-pdf-markers",
        site="筐盘 (invented cloud drive)",
        style="网盘分享",
        genre="作业指导书",
        kind="other",
        form="html",
        source="https://pan.kuangpan.example.com/s/1Xq7ZmW3",
        title="樟木箱防霉防虫养护作业指导书（2024版）",
        record_title="樟木箱防霉防虫养护作业指导书（2024版）.pdf",
        date=None,
        notes="cloud-drive preview of a PDF: file name, size and sharer, a save/download row, an extraction code, VIP prompts, page-marker paragraphs (⌿ n ⌿) cutting sentences; decimal headings 1–4.2; no date (a year only in the file name, the share stamp is none)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>樟木箱防霉防虫养护作业指导书（2024版）.pdf_免费高速下载|筐盘</title>
<link rel="stylesheet" href="/static/share.min.css">
<script src="/static/share.min.js"></script>
</head><body>
<div class="kp-head">⟦m 筐盘⟧ ⟦m 装得下，找得到⟧ <a>⟦a 客户端下载⟧</a> <a>⟦a 登录⟧</a></div>
<div class="file-bar">
<h2 class="file-name">⟦t 樟木箱防霉防虫养护作业指导书（2024版）.pdf⟧</h2>
<p>⟦m 1.8M　｜　分享者：库房老陶　｜　分享于 6 天前　｜　永久有效⟧</p>
<p>⟦a 保存到我的筐盘⟧ ⟦a 下载（1.8M）⟧ ⟦a 举报⟧</p>
</div>
<div class="preview">
<p class="tip">⟦a 文档在线预览（非会员仅可预览前3页）⟧</p>
{BODY}
</div>
<div class="vip">⟦a 开通筐盘超级会员，预览全部页面并极速下载⟧</div>
<div class="kp-foot">⟦d 筐盘仅提供存储空间，分享内容由用户自行上传，如涉嫌侵权请提交投诉。⟧ ⟦m 沪ICP备19004572号-6⟧</div>
</body></html>
""",
        p_html='<div class="pdf-line">{}</div>',
        pages=dict(fmt="⌿ {n} ⌿", every=100, start=2),
        body="""
1 适用范围
1.1 本指导书适用于博物馆库房内樟木箱及箱内藏品的日常养护。
2 日常检查
2.1 每月检查一次箱体外观，查看有无开裂、霉斑、虫蛀孔和粉状排泄物。
2.2 每季度开箱一次，开箱时间选择晴天上午，开箱时长不超过2小时。
3 防霉措施
3.1 库房相对湿度超过65%时，开启除湿机，并将樟木箱离地、离墙各10厘米以上放置。
3.2 箱体出现霉斑的，用软毛刷蘸75%酒精轻轻擦拭，晾干后再复位。
4 防虫措施
4.1 樟木箱本身具有驱虫作用，但箱内不得再放置樟脑丸等化学防虫剂，以免与藏品发生反应。
4.2 发现虫蛀的，立即将箱体移入隔离间，报保管部处理。
""",
    ),
    dict(
        slug="netdisk-shancun-plan-headscarf-knitting-docx-text",
        site="闪存云盘 (invented cloud drive)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.shancunyun.example.net/share/init?surl=Hk20Ju",
        title="2024年爱心头巾编织活动实施方案",
        record_title="2024年爱心头巾编织活动实施方案.docx",
        date="2024-10-30",
        notes="cloud-drive share as text: file name, size, validity, an extraction code and a save row; a speed-up VIP prompt; date under the signature",
        page="""
!m 闪存云盘 ｜ 分享文件
!t 2024年爱心头巾编织活动实施方案.docx
!m 大小 24.3K　·　分享人：巾帼志愿小分队　·　有效期 7 天
!m 提取码：hj24
!a 保存到云盘　｜　普通下载　｜　SVIP极速下载
{BODY}
!a 预览仅显示文档文字，排版以原文件为准
!d 请勿分享违规内容，闪存云盘将依法配合有关部门调查。
""",
        indent="\u3000\u3000",
        body="""
为帮助化疗患者温暖过冬，市妇联联合市第二人民医院开展爱心头巾编织活动，特制定本方案。
一、活动时间
2024年11月5日至12月31日。
二、活动内容
（一）发动编织。各区妇联组织巧手妈妈、退休女职工编织头巾，目标收集头巾600条。
（二）集中清洗消毒。12月16日至20日，由市第二人民医院后勤部门对收集的头巾统一清洗消毒。
（三）集中捐赠。12月下旬在医院肿瘤科举行捐赠仪式，同步开展头巾佩戴教学。
三、工作要求
各区妇联要在12月15日前将收集的头巾送交市妇联，并填报数量统计表。
榔川市妇女联合会
2024年10月30日
""",
    ),
    dict(
        slug="snapshot-tanyou-notice-fishing-gear-frame-highlight",
        site="探幽搜索快照 of 篊湾镇人民政府 (invented)",
        style="搜索快照",
        genre="通告",
        kind="notice",
        form="html",
        source="http://cache.tanyou.example.com/c?u=hongwan-gov-tzgg-2024-0227&k=鱼篓",
        title="篊湾镇人民政府关于禁渔期规范使用渔具的通告",
        record_title="篊湾镇人民政府关于禁渔期规范使用渔具的通告_篊湾镇人民政府 - 探幽快照",
        date="2024-02-26",
        date_also=["2024-02-27"],
        notes="search-cache frame: a capture banner with its time, highlighted keywords and a 'see the current page' link above the town site's own chrome; the town page's publish date differs from the 通告's; the capture stamp is no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>篊湾镇人民政府关于禁渔期规范使用渔具的通告_篊湾镇人民政府 - 探幽快照</title>
<style>.hl{background:#ff0}</style>
</head><body>
<div class="snap-banner">⟦d 您正在查看的是探幽保存的网页副本，抓取于2024年3月9日 11:26:05，原网页可能已变动。⟧ <a>⟦a 查看原网页⟧</a></div>
<div class="snap-kw">⟦d 已为您标亮以下检索词：<span class="hl">鱼篓</span> <span class="hl">禁渔期</span>⟧</div>
<hr>
<div class="orig">
<div class="t-head">⟦m 篊湾镇人民政府⟧ ⟦m 罭溪县篊湾镇人民政府主办⟧</div>
<div class="t-nav">⟦m 首页　镇情概况　政务公开　便民服务⟧</div>
<div class="t-loc">⟦m 首页 &gt; 政务公开 &gt; 公告公示⟧</div>
<h2>{T}</h2>
<div class="t-info">⟦m 发布日期：2024-02-27　来源：镇农业综合服务中心⟧</div>
<div class="t-con">
{BODY}
</div>
<div class="t-foot">⟦m 篊湾镇人民政府　地址：篊湾镇渔港路1号⟧</div>
</div>
</body></html>
""",
        body="""
为保护鲑溪水生生物资源，根据《中华人民共和国渔业法》和县人民政府有关规定，现就禁渔期内渔具使用有关事项通告如下：
一、2024年3月1日0时至6月30日24时，鲑溪篊湾段全面禁渔，禁止一切捕捞作业。
二、禁渔期内，禁止在河道内放置地笼、须笼、倒须篓等渔具。传统竹编鱼篓仅可用于盛装垂钓所获鱼获，不得改作诱捕工具沉放河中。
三、休闲垂钓实行“一人一杆一线一钩”，禁止使用可视化探鱼设备。
四、对违反本通告的，由渔政部门依法没收渔具、渔获，并处罚款。
篊湾镇人民政府
2024年2月26日
""",
    ),
    dict(
        slug="snapshot-shiguang-text-guide-script-pocket-watches",
        site="拾光搜索文字快照 of 罭溪县博物馆 (invented)",
        style="搜索快照",
        genre="讲解词",
        kind="speech",
        form="text",
        source="http://snapshot.shiguang.example.net/text?url=yuxi-museum-jjc-02",
        title="怀表里的百年时光——“时光里的罭溪”展厅讲解词",
        record_title="〔文字版快照〕怀表里的百年时光——“时光里的罭溪”展厅讲解词",
        date=None,
        notes="a text-only cache: the capture line and a plain-text notice above the museum site's chrome; a guide's script with no date (the capture stamp is none)",
        page="""
!d 【纯文字快照】此为拾光搜索于2024年8月2日存下的文字版本，图片与样式已略去
!a 返回拾光搜索结果　｜　查看当前网页
!m 罭溪县博物馆 > 宣教活动 > 讲解词
{T}
!m 供稿：宣教部　｜　阅读 540
{BODY}
!m 罭溪县博物馆　开放时间：周二至周日 9:00—17:00（周一闭馆）
!m 罭溪县博物馆版权所有
""",
        indent="\u3000\u3000",
        body="""
各位观众，欢迎来到“时光里的罭溪”第二展厅。这里陈列的，是县博物馆从社会各界征集来的42块老怀表。
请大家看中间这个展柜。这块银壳怀表产自二十世纪二十年代，是篊湾镇一位老渔民捐赠的。他的父亲当年在码头管账，每天靠这块表记录渔船进出的时间。表盖内侧还刻着“勤俭持家”四个字。
再看右边这一组，是罭溪老街钟表铺使用过的修表工具，有开表器、镊子、小锤和一盏煤油放大灯。当年的修表师傅，就是靠着这些简单的工具，让一块块停摆的怀表重新走起来。
时间是看不见的，但这些怀表让我们看见了时间。参观结束后，欢迎大家到出口处的留言簿写下您的感想。
""",
    ),
    dict(
        slug="print-yinghu-notice-winter-headscarves-window-print",
        site="籯湖区城市管理局 (invented) — print view",
        style="打印页",
        genre="通知",
        kind="notice",
        form="html",
        source="http://cgj.yinghu.example.gov.cn/print.jsp?id=20241126017",
        title="关于为一线环卫工人发放冬季防寒用品的通知",
        record_title="打印本页 | 关于为一线环卫工人发放冬季防寒用品的通知",
        date="2024-11-26",
        notes="print view calling window.print(): a print-time line, the page URL, print/close buttons and a print footer (⍗ 第1页／共1页 ⍗) closing the page; date under the signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>打印本页 | 关于为一线环卫工人发放冬季防寒用品的通知</title>
<style>@media print{.noprint{display:none}}</style>
<script>window.onload=function(){window.print();}</script>
</head><body>
<div class="noprint"><button onclick="window.print()">⟦a 打　印⟧</button> <button onclick="window.close()">⟦a 关　闭⟧</button></div>
<div class="p-head">⟦m 籯湖区城市管理局⟧</div>
<div class="p-url">⟦m 原文地址：http://cgj.yinghu.example.gov.cn/tzgg/2024/1126/017.html⟧</div>
<div class="p-time">⟦m 打印于 2024-12-02 10:47⟧</div>
<h2>{T}</h2>
<div class="p-body">
{BODY}
</div>
<div class="p-foot">⟦p ⍗ 第1页／共1页 ⍗⟧</div>
</body></html>
""",
        body="""
各街道城管环卫所，各保洁作业公司：
为做好一线环卫工人冬季劳动保护，区城市管理局决定为全区一线环卫工人发放防寒头巾、棉手套等防寒用品。现将有关事项通知如下。
一、发放标准：每人防寒头巾2条、棉手套2副、护膝1副。
二、发放对象：全区在岗一线环卫工人，共1146人。
三、领取方式：各单位于12月2日至6日到区环卫物资仓库统一领取，领取时提交人员花名册并加盖公章。
四、各单位要在12月10日前全部发放到人，不得截留、挪用或折现。
籯湖区城市管理局
2024年11月26日
""",
    ),
    dict(
        slug="print-zeling-plan-rake-training-decimal-print-footer",
        site="帻岭镇人民政府 (invented) — print view",
        style="打印页",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.zeling.example.gov.cn/print/2025/0218/0093.html",
        title="帻岭镇2025年竹耙编制技能培训实施方案",
        record_title="【打印预览】帻岭镇2025年竹耙编制技能培训实施方案（删繁版）",
        date="2025-02-18",
        notes="print view as text: a print-preview heading, the page URL and print time at the top, a print/close row and a print footer (⏎ 1 / 1 ⏎) at the bottom; decimal headings 1.1–3.2; date under the signature",
        page="""
!m 帻岭镇人民政府 · 打印预览
!m 页面地址：http://www.zeling.example.gov.cn/zwgk/2025/0218/0093.html
!m 打印时间：2025-02-21 15:02
!t 【打印预览】帻岭镇2025年竹耙编制技能培训实施方案（删繁版）
{BODY}
!a [ 开始打印 ]　[ 关闭预览 ]
!p ⏎ 1 / 1 ⏎
""",
        body="""
1 培训目标
1.1 培训农村劳动力60人，使学员掌握竹耙选料、削齿、烤弯、绑扎等工序，结业后能独立制作合格竹耙。
1.2 推荐合格学员进入镇竹耙编制合作社务工或居家加工。
2 培训安排
2.1 培训时间：2025年3月10日至3月24日，共15天。
2.2 培训地点：帻岭镇竹耙编制专业合作社加工车间。
2.3 授课教师：由合作社3名高级技工担任。
3 保障措施
3.1 培训期间每人每天发放误工补贴50元，由镇就业服务中心负责发放。
3.2 培训结束后组织考核，考核合格的颁发结业证书。
帻岭镇人民政府
2025年2月18日
""",
    ),
    dict(
        slug="mail-webmail-letter-borrow-camphor-chests-attachment-bar",
        site="榔川市民俗博物馆 webmail (invented)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.lcmsbwg.example.cn/read?mid=ZC3817-20240410",
        title="关于商借馆藏樟木箱参加巡回展览的函",
        record_title="转发：关于商借馆藏樟木箱参加巡回展览的函",
        date="2024-04-09",
        date_also=["2024-04-10"],
        notes="webmail reading view: folder list, a forwarded header (发件人/收件人/抄送/时间) and an attachment bar next to the letter's own 附件 list and 抄送 line; the mail's send date differs from the letter's",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>转发：关于商借馆藏樟木箱参加巡回展览的函 - 榔川民俗博物馆邮件系统</title>
<link rel="stylesheet" href="/webmail/skin/blue.css">
<script src="/webmail/js/read.js"></script>
</head><body>
<div class="wm-top">⟦m 榔川民俗博物馆邮件系统⟧ ⟦m tengyan@lcbwy.example.cn⟧ <a>⟦a 退出⟧</a></div>
<div class="wm-folders">⟦l 收件箱(12)　草稿箱　已发送　已删除　垃圾邮件⟧</div>
<div class="wm-tool">⟦a 回复　回复全部　转发　删除　标记为未读⟧</div>
<div class="wm-head">
<h3>⟦t 转发：关于商借馆藏樟木箱参加巡回展览的函⟧</h3>
<p>⟦m 发件人：滕雁 &lt;tengyan@lcbwy.example.cn&gt;⟧</p>
<p>⟦m 收件人：bgs@yxbwg.example.cn⟧</p>
<p>⟦m 抄　送：zhanlan@lcbwy.example.cn⟧</p>
<p>⟦m 时　间：2024年4月10日（星期三）上午9:18⟧</p>
</div>
<div class="wm-att">⟦a 附件 2 个：巡回展览方案.pdf (1.2M)　展品借用协议（草案）.docx (46K)　全部下载⟧</div>
<div class="wm-body">
<p>⟦m ---------- 转发的邮件 ----------⟧</p>
<p>{T}</p>
{BODY}
</div>
<div class="wm-foot">⟦d 本邮件及附件含保密信息，如误收请立即删除并通知发件人。⟧</div>
</body></html>
""",
        body="""
罭溪县博物馆：
我馆拟于2024年5月至10月举办“香樟记忆——江南樟木箱民俗展”巡回展览，计划在省内四个城市巡展。贵馆收藏的清代雕花樟木嫁妆箱工艺精湛、保存完好，具有很高的展示价值，特商借2只参加展览。
借展期间，我馆负责展品的包装、运输、保险和安全保卫，展品投保金额按贵馆评估价值确定。展览结束后，我馆将于2024年10月31日前将展品完好归还。
如蒙同意，请于4月20日前函复。
联系人：滕雁　电话：0737-8842071　邮箱：tengyan@lcbwy.example.cn
附件：1.巡回展览方案
2.展品借用协议（草案）
榔川市民俗博物馆
2024年4月9日
抄送：榔川市文化广电和旅游局
""",
    ),
    dict(
        slug="mail-fwd-request-retirement-pocket-watches-text",
        site="榔川鸣远机械有限公司 mail (invented)",
        style="邮件转发",
        genre="请示",
        kind="request",
        form="text",
        source="mailto:forwarded/lcmingyuan-gh-20241211",
        title="关于为退休职工定制纪念怀表的请示",
        record_title="Fwd: 关于为退休职工定制纪念怀表的请示",
        date="2024-12-10",
        date_also=["2024-12-11"],
        notes="a forwarded mail as text: the forwarder's note, the forwarded header (发件人/日期/收件人/主题 with the title), a phone signature; the request's own 附件 line stays; the mail's date differs from the request's",
        page="""
!m 发件人：工会办公室 <ghb@lcmingyuan.example.com>
!m 收件人：总经理办公室 <zjb@lcmingyuan.example.com>
!t Fwd: 关于为退休职工定制纪念怀表的请示
!m 时间：2024年12月11日 09:14
!m 汤总：转上工会请示，请您审阅。——工会办　冼敏
!m ---------- Forwarded message ----------
!m 发件人：冼敏 <xianmin@lcmingyuan.example.com>
!m 日期：2024年12月11日 08:52
!m 主题：关于为退休职工定制纪念怀表的请示
{BODY}
!m 发自我的手机
!d 此邮件仅限公司内部传阅，请勿外发。
""",
        body="""
公司领导：
今年公司共有退休职工37人。为感谢退休职工多年来的辛勤付出，工会拟为每位退休职工定制一块纪念怀表，表盖内侧镌刻本人姓名和入职、退休年份。
经询价，机械怀表每块约460元，37块共计约17020元，拟从工会经费中列支。定制周期约30天，计划在2025年1月中旬的退休职工座谈会上统一颁发。
妥否，请批示。
附件：纪念怀表询价单
公司工会
2024年12月10日
""",
    ),
]

"""holdout225, part F: encyclopaedias, cloud-drive previews, search snapshots, print views and
forwarded mail. Every case written by hand; everything invented."""

CASES = [
    dict(
        slug="wiki-wanxiang-entry-vacuum-flask",
        site="万象百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://baike.wanxiang.example.com/item/热水瓶/30172",
        title="热水瓶",
        record_title=None,
        date=None,
        notes="encyclopaedia entry, no record title: the entry name in the <h1> (head match, it opens the body); infobox, contents box, edit/discuss/history tabs, a reference marker glued after a 。 and an edit link glued to a section heading; no date (a last-edited stamp is none)",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>万象百科 - 人人可编辑的知识库</title>
<script src="//static.wanxiang.example.com/wiki/entry.v7.js"></script>
</head><body>
<div class="wx-top">⟦m 万象百科⟧ <form><input placeholder="搜词条"><button>⟦a 进入词条⟧</button></form> <a>⟦a 登录⟧</a></div>
<div class="wx-tabs">⟦a 编辑⟧ ⟦a 讨论⟧ ⟦a 历史版本⟧ ⟦a 收藏⟧</div>
<div class="wx-entry">
<h1>{T}</h1>
<div class="wx-lemma">⟦m （日用保温器具）⟧</div>
<table class="wx-info">
<tr><td>⟦m 中文名：热水瓶⟧</td><td>⟦m 别　称：暖水瓶、暖壶⟧</td></tr>
<tr><td>⟦m 主要部件：瓶胆、外壳、瓶塞⟧</td><td>⟦m 类　别：日用器具⟧</td></tr>
</table>
<div class="wx-toc">⟦l 目录：1 结构原理　2 发展历史　3 使用注意⟧</div>
<div class="wx-text">
{BODY}
</div>
<div class="wx-ref"><h3>⟦l 参考资料⟧</h3><p>⟦l [1] 《日用玻璃制品手册》，漭州轻工出版社⟧</p></div>
<div class="wx-stat">⟦m 词条浏览 18,204 次　最近更新：4 天前⟧</div>
</div>
<div class="wx-foot">⟦d 万象百科词条由网友协作编辑，内容仅供参考⟧　⟦m 京ICP备20046617号⟧</div>
</body></html>
""",
        body="""
热水瓶，又称暖水瓶、暖壶，是一种用于盛装热水并保持水温的日用器具，主要由瓶胆、外壳、瓶塞和提手组成。
结构原理⟦a ✎编辑本节⟧
瓶胆是热水瓶的核心部件，由两层玻璃制成，两层之间抽成真空，内壁镀银。真空层可以减少热传导和对流，镀银层可以反射热辐射，从而起到保温作用。⟦l [1]⟧
发展历史
20世纪初，真空保温瓶传入中国。20世纪五六十年代起，国内各地相继建立热水瓶厂，竹壳、铁皮壳、塑料壳热水瓶先后普及，成为家庭和单位的常用器具。
使用注意
新瓶胆使用前应先用温水预热；灌水不宜过满；瓶胆破裂后应立即停止使用，防止烫伤。
""",
    ),
    dict(
        slug="wiki-zhiwu-entry-postbox",
        site="知物百科 (invented)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="https://www.zhiwu-baike.example.net/wiki/邮筒",
        title="邮筒",
        record_title="邮筒（邮政设施）- 知物百科",
        date=None,
        notes="entry decorated with its disambiguation and - site; the entry name recurs in the body (head match for the repeated title); infobox lines; a 'contributors' line and a 'share this entry' button glued after a 。; no date",
        page="""
!m 知物百科 · 万物皆有来历
!t 邮筒（邮政设施）
!m 浏览 6,130　｜　编辑 23 次　｜　最近编辑：昨天
!a 编辑词条　｜　添加义项　｜　纠错
!m 中文名：邮筒　　类别：邮政设施　　常见颜色：绿色
{BODY}
!l 相关词条：信报箱　明信片　邮政编码
!m 词条贡献者：知物编辑团队及 12 位网友
!d 知物百科内容遵循知识共享协议，转载请注明来源
""",
        body="""
邮筒是邮政企业设置在街道、广场等公共场所，供公众投寄平常信件和明信片的邮政设施，多为圆柱形，外涂绿色。
邮筒一般设有投信口和取信门，筒身标有开箱时间和开箱频次。邮政投递人员按规定时间开箱取信，将信件带回邮局分拣寄递。
我国早期邮筒多为铸铁制成，后来逐步改用铸铝、不锈钢等材料。随着书信往来减少，部分城市的邮筒数量有所下降。⟦a 〔分享此词条〕⟧一些老邮筒被移入博物馆收藏，也有城市将邮筒改造成兼具信报投递和城市景观功能的设施。
投寄信件时，应在信封上写清收件人地址和邮政编码，贴足邮资，再从投信口投入。
""",
    ),
    dict(
        slug="clouddrive-zhouyun-guide-meter-box-docx",
        site="舟云网盘 share preview (invented)",
        style="网盘分享",
        genre="作业指导书",
        kind="other",
        form="html",
        source="https://pan.zhouyun.example.com/s/1Kq7dZ0eWm",
        title="供电所电表箱巡检作业指导书",
        record_title="供电所电表箱巡检作业指导书.docx",
        date=None,
        notes="cloud-drive preview: the file name with its extension, a share stamp (2 天前, no date), VIP prompts and a save-to-my-drive button; decimal headings 1 / 1.1 … 4.1; a 'preview quality' line between sections",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>供电所电表箱巡检作业指导书.docx_免费高速下载｜舟云网盘</title>
<script src="/share/js/preview-docx.js"></script>
</head><body>
<div class="pan-top">⟦m 舟云网盘⟧ <a>⟦a 登录⟧</a> <a>⟦a 注册送10G⟧</a></div>
<div class="share-info">
<div class="file-name">⟦t 供电所电表箱巡检作业指导书.docx⟧</div>
<div class="sharer">⟦m 分享者：台区老韦　分享时间：2 天前　有效期：永久⟧</div>
<div class="ops">⟦a 存入我的舟云⟧ ⟦a 普通下载⟧ ⟦a 超级会员极速下载⟧</div>
</div>
<div class="preview">
<h2>{T}</h2>
{BODY}
</div>
<div class="vip">⟦a 在线预览仅显示前3页，开通超级会员可预览全部⟧</div>
<div class="report">⟦a 举报该分享⟧</div>
<div class="pan-foot">⟦d 请勿通过舟云网盘分享侵权及违法内容⟧　⟦m ©2024 舟云网盘⟧</div>
</body></html>
""",
        body="""
1 适用范围
1.1 本指导书适用于供电所台区经理对低压电表箱的日常巡检。
2 巡检周期
2.1 城区表箱每季度巡检一次，农村表箱每半年巡检一次。
2.2 雷雨、大风等恶劣天气后，对易受损表箱开展特巡。
⟦a 当前为标清预览，下载原文件查看高清版式⟧
3 巡检内容
3.1 检查表箱外壳有无锈蚀、变形，箱门锁具是否完好。
3.2 检查电表运行指示是否正常，封印是否完整。
3.3 检查进出线有无破损、私接。
4 记录要求
4.1 巡检结果当日录入系统，发现缺陷的拍照上传并填写缺陷单。
""",
    ),
    dict(
        slug="clouddrive-cangzhou-points-manifold-markers",
        site="沧舟云盘 text preview (invented)",
        style="网盘分享",
        genre="作业要点",
        kind="other",
        form="text",
        source="https://www.cangzhou-yp.example.net/share/preview/8Fq2Lw",
        title="地暖分集水器清洗作业要点",
        record_title="地暖分集水器清洗作业要点（内部培训用）- 沧舟云盘",
        date=None,
        notes="cloud-drive text preview: page markers ✬ pn ✬ glued with a space to the continuation; share and VIP lines; a procedure with no date",
        page="""
!m 沧舟云盘 · 文件预览
!t 地暖分集水器清洗作业要点（内部培训用）.docx
!m 分享人：暖居售后培训组　｜　3 天前分享　｜　18.6KB
!a 保存　｜　下载　｜　以文本方式预览
{T}
{BODY}
!a 预览仅显示部分内容，完整文档请下载后查看
!a 开通沧舟会员，下载不限速
!d 沧舟云盘不对用户分享内容承担责任
""",
        pages=dict(fmt="✬ p{n} ✬", every=85, start=2, glue=True, sep=" "),
        body="""
一、作业准备
作业前与用户确认清洗时间，携带清洗机、过滤网、扳手、防水布和压力表，进门须穿鞋套。
二、作业步骤
先关闭热源和分集水器进出水总阀，在分集水器下方铺好防水布；拆下过滤器，清除杂质后冲洗干净；用清洗机逐路冲洗地暖管道，每路冲洗时间不少于5分钟，直至出水清澈；冲洗完毕后装回过滤器，缓慢补水至0.15兆帕，逐路排气。
三、作业验收
开启热源运行30分钟，用手触摸各路回水管，确认温度基本一致；检查各接口无渗漏后，请用户签字确认。
四、注意事项
铜质接口拆装时用力要均匀，避免滑丝；老旧阀门锈死的，应先告知用户，不得强行拆卸。
""",
    ),
    dict(
        slug="snapshot-xunji-notice-postboxes-moved",
        site="寻迹搜索 web snapshot of 郗水邮政 (invented)",
        style="搜索快照",
        genre="公告",
        kind="notice",
        form="html",
        source="http://cache.xunji-so.example.com/c?u=www.xsyz.example.com%2Fgg%2F2025%2F0217.html",
        title="关于城区部分邮筒停用并迁移的公告",
        record_title="［快照］关于城区部分邮筒停用并迁移的公告_郗水邮政",
        date="2025-02-17",
        notes="a search engine's snapshot frame: capture banner (the capture stamp is no date), highlighted search terms line, the original site's chrome inside; a relocation table; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>［快照］关于城区部分邮筒停用并迁移的公告_郗水邮政</title>
<script>/* xunji snapshot frame */</script>
</head><body>
<div class="snap-banner" style="background:#fffbe6;border:1px solid #e6d48a">
<p>⟦d 这是寻迹搜索保存的网页快照，抓取于 2025-03-02 04:18，原网页可能已经更新⟧</p>
<p>⟦m 已为您标亮以下搜索词：<span style="background:#ffff00">邮筒</span> <span style="background:#9cf">迁移</span>⟧</p>
<p>⟦a 查看原网页⟧ ⟦a 纯文字版⟧</p>
</div>
<div class="orig">
<div class="site-head">⟦m 郗水邮政 · 中国邮政集团郗水县分公司⟧</div>
<div class="site-nav">⟦m 首页⟧ ⟦m 邮政业务⟧ ⟦m 网点查询⟧ ⟦m 公告通知⟧</div>
<h2>{T}</h2>
<div class="info">⟦m 公告通知　｜　浏览 402⟧</div>
<div class="con">
{BODY}
</div>
<div class="site-foot">⟦m 郗水县邮政分公司　客服热线 0917-5261100⟧</div>
</div>
</body></html>
""",
        body="""
因城市道路改造，我公司决定自2025年3月1日起，停用城区以下3个邮筒，并迁移至新址：
原址　新址
人民路百货大楼门口　人民路与文化街交叉口东北角
车站路加油站旁　县客运站进站口
南关小学门口　南关社区服务中心门前
停用期间，市民可就近到邮政营业网点或其他邮筒投寄信件。给您带来的不便，敬请谅解。
郗水县邮政分公司
2025年2月17日
""",
    ),
    dict(
        slug="snapshot-souli-text-survey-grain-storage",
        site="搜狸 text-only snapshot of 郗水统计信息网 (invented)",
        style="搜索快照",
        genre="调查报告",
        kind="report",
        form="text",
        source="http://kz.souli.example.cn/text?q=米缸+储粮&u=tjj.xishui.example.gov.cn%2Ftjfx%2F20240930",
        title="关于农村家庭储粮方式变化情况的调查",
        record_title="关于农村家庭储粮方式变化情况的调查【仅文字】- 搜狸快照",
        date="2024-09-30",
        notes="a text-only snapshot hard-wrapped at 70 columns; the capture stamp is no date; 成文日期 under the signature; the original site's nav lines and a back-to-snapshot line",
        page="""
!d 搜狸快照（文字版）：本页为 2024-10-15 06:21 抓取的纯文字内容，与原网页可能不一致
!a 返回完整快照 ｜ 访问原网页
!m 郗水统计信息网 > 统计分析
{T}
!m 发布单位：郗水县统计局
{BODY}
!m 郗水县统计局主办　陕ICP备11002731号
""",
        wrap=70,
        indent="  ",
        body="""
为了解农村家庭储粮方式的变化，9月上旬，郗水县统计局在濑口镇等3个乡镇抽取150户农户开展了问卷调查。
调查显示，受访农户中仍以米缸储粮的占41%，比2019年下降23个百分点；改用密封塑料桶的占38%；基本不存粮、随吃随买的占21%。
储粮方式变化的主要原因：一是年轻人外出务工，家中人口减少，存粮需求下降；二是乡镇超市增多，买米方便；三是塑料桶价格便宜、防潮防虫效果好。
调查还发现，60岁以上老人家庭仍普遍使用米缸，对米缸有较深的感情。
郗水县统计局
2024年9月30日
""",
    ),
    dict(
        slug="print-yinchuan-post-plan-festival-collection",
        site="溵川邮政 print view (invented)",
        style="打印页",
        genre="方案",
        kind="plan",
        form="html",
        source="http://www.ycyz.example.com/print.aspx?id=3307",
        title="溵川县邮政分公司春节期间邮筒加密开箱工作方案",
        record_title="打印本页 ⇢ 溵川县邮政分公司春节期间邮筒加密开箱工作方案",
        date="2025-01-15",
        notes="print view calling window.print(); a print header with the source URL; a print footer ⏀ 1 / 1 ⏀ closes the page; a numbered list inside; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>打印本页 ⇢ 溵川县邮政分公司春节期间邮筒加密开箱工作方案</title>
<style>@media print{.noprint{display:none}}</style>
<script>window.onload=function(){window.print();}</script>
</head><body>
<div class="noprint">⟦a 🖨 打印　｜　✕ 关闭窗口⟧</div>
<div class="print-head">⟦m 溵川邮政 · 内容打印⟧　⟦m 原文地址：http://www.ycyz.example.com/news/3307.html⟧</div>
<h2 style="text-align:center">{T}</h2>
<div class="print-body">
{BODY}
</div>
<div class="print-foot">⟦p ⏀ 1 / 1 ⏀⟧</div>
</body></html>
""",
        body="""
为满足春节期间群众寄送贺卡、家书的需求，确保信件及时寄递，制定本方案。
一、时间安排：2025年1月20日至2月12日。
二、工作措施
1.城区8个邮筒开箱频次由每日一次增加到每日两次，开箱时间为10:00和16:00。
2.在县邮政营业厅设立春节寄递服务台，提供免费贺卡和代写信封服务。
3.投递班实行节日轮班，除夕和正月初一照常开箱。
三、工作要求：各班组要提前排好班次，开箱人员须按时开箱、如实登记，确保信件不积压。
溵川县邮政分公司
2025年1月15日
""",
    ),
    dict(
        slug="print-xishui-power-bulletin-rusty-boxes",
        site="郗水县供电公司 print view (invented)",
        style="打印页",
        genre="通报",
        kind="notice",
        form="text",
        source="http://www.xsgd.example.com/tzgg/print/20240830-41.html",
        title="关于部分小区电表箱锈蚀问题排查情况的通报",
        record_title="关于部分小区电表箱锈蚀问题排查情况的通报（打印稿·A4竖版）",
        date="2024-08-30",
        notes="a print view as text: print header with the source URL and a print stamp (no date), a problems table, the print footer 第1页 ❂ 共1页 closing the page; 成文日期 under the signature",
        page="""
!m 郗水县供电公司 — 打印稿
!m 原文链接：http://www.xsgd.example.com/tzgg/20240830-41.html
!m 打印时间：2024-09-03 10:17
{T}
{BODY}
!p 第1页 ❂ 共1页
""",
        indent="\u3000\u3000",
        body="""
各供电所：
7月下旬至8月中旬，公司组织对城区31个老旧小区的电表箱进行了锈蚀问题排查。现将排查情况通报如下。
共排查电表箱1264个，发现锈蚀严重的86个、箱门损坏的41个、箱内进水的17个。
问题类型　数量　涉及小区
锈蚀严重　86　14个
箱门损坏　41　9个
箱内进水　17　5个
各供电所要在9月底前完成问题表箱整改，整改前要加强巡视，设置警示标识，防止发生触电事故。
郗水县供电公司运维检修部
2024年8月30日
""",
    ),
    dict(
        slug="webmail-guoyuan-letter-rice-bin-rodents",
        site="崞原县政务邮箱 webmail reading view (invented)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.guoyuan.example.gov.cn/read?mid=ZB0710-2207",
        title="关于商请协助开展农户米缸防鼠改造的函",
        record_title="Fwd: 【商请函】关于商请协助开展农户米缸防鼠改造的函",
        date="2024-07-08",
        date_also=["2024-07-10"],
        notes="webmail reading view: forwarded header, the mail's send date differs from the 成文日期, an attachment bar beside the letter's own 附件 list, the letter's 联系人/电话/邮箱 in the body; folder tree and reply buttons",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>Fwd: 【商请函】关于商请协助开展农户米缸防鼠改造的函 - 崞原县政务邮箱</title>
<script src="/webmail/js/readmail.js"></script>
</head><body>
<div class="mail-top">⟦m 崞原县政务邮箱⟧ ⟦m gxs_bgs@guoyuan.example.gov.cn⟧ <a>⟦a 退出⟧</a></div>
<div class="folders">⟦m 收件箱(6)　草稿箱　已发送　已删除　垃圾邮件⟧</div>
<div class="toolbar">⟦a 回复　全部回复　转发　删除　标记为未读⟧</div>
<div class="mail-head">
<div>⟦m 主　题：Fwd: 【商请函】关于商请协助开展农户米缸防鼠改造的函⟧</div>
<div>⟦m 发件人：崞原县粮储局办公室 &lt;lcj_bgs@guoyuan.example.gov.cn&gt;⟧</div>
<div>⟦m 收件人：县供销社办公室 &lt;gxs_bgs@guoyuan.example.gov.cn&gt;⟧</div>
<div>⟦m 时　间：2024年7月10日（星期三）上午10:26⟧</div>
</div>
<div class="attach-bar">⟦a 📎 2个附件（共86KB）　全部下载　在线预览⟧</div>
<div class="mail-body">
<p>⟦m ---------- 转发的邮件 ----------⟧</p>
<h3>{T}</h3>
{BODY}
</div>
<div class="mail-foot">⟦d 本邮件系统仅用于传输非涉密信息⟧</div>
</body></html>
""",
        body="""
崞原县供销合作社：
为减少农户储粮损失，我局今年在岢头镇试点开展农户米缸防鼠改造，为300户农户加装金属缸盖和防鼠底座。鉴于贵社在农村网点多、熟悉农户情况，特商请贵社协助做好以下工作：
一、利用供销网点张贴宣传材料，组织农户报名；
二、协助采购金属缸盖和防鼠底座，并配送到村。
如蒙同意，请于7月20日前函复。
联系人：韦立新　电话：0356-7718420　邮箱：gclyju@guoyuan.example.gov.cn
附件：1.米缸防鼠改造试点农户名单
2.金属缸盖及防鼠底座技术要求
崞原县粮食和物资储备局
2024年7月8日
""",
    ),
    dict(
        slug="mailfwd-jiguan-notice-floor-heating-stop",
        site="forwarded mail as text (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mailto:zhb@xishui-jgsw.example.cn?subject=zhuanfa-dinuan",
        title="关于机关办公楼地暖系统停运检修的通知",
        record_title="转发：关于机关办公楼地暖系统停运检修的通知.docx",
        date="2024-10-21",
        date_also=["2024-10-22"],
        notes="a forwarded mail kept as text: the forwarder's note, mail headers and the send date (differs from the 成文日期); the notice's own 联系人/电话; an attachment line and a mail-client signature at the foot",
        page="""
!m 发件人：县机关事务服务中心综合科 <zhb@xishui-jgsw.example.cn>
!m 发送时间：2024年10月22日 星期二 08:47
!m 收件人：各科室公共邮箱
!m 主题：转发：关于机关办公楼地暖系统停运检修的通知.docx
!w 各位同事：转发给大家，请相互告知。有事请回复本邮件。
!m -------- 原始邮件 --------
{T}
{BODY}
!a 附件：关于机关办公楼地暖系统停运检修的通知.docx（24KB）　下载 ｜ 预览
!m 发自我的政务邮箱客户端
""",
        body="""
机关各科室：
根据机关事务服务中心安排，办公楼地暖系统将于10月24日至25日停运检修，检修期间办公室温度会有所下降，请各科室提前做好准备。
一、检修期间请勿私自调节分集水器阀门；
二、各办公室不得使用电暖器等大功率取暖设备；
三、发现地面渗水、暖气不热等情况，请及时报告。
联系人：综合科　梁晓燕　电话：6628015
县机关事务服务中心
2024年10月21日
""",
    ),
]

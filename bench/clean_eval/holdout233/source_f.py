"""holdout233, part F: an exam forum, encyclopaedias, cloud drives, search caches, print views, forwarded mail.

Every page, place, person, firm, site, URL and number here is invented; see ../README.md
and ../build.py for the markup. Each case was written by hand.
"""

CASES = [
    dict(
        slug="examforum-shangan-interview-hoop-grain-junk",
        site="上岸吧公考论坛 (invented, text page)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="text",
        source="https://bbs.shanganba.net/thread-71388-1-1.html",
        title="篮球场被占来晒粮，你作为驻村干部怎么处理",
        record_title="〔结构化·模拟作答〕篮球场被占来晒粮，你作为驻村干部怎么处理（附答题思路）- 面试交流 - 上岸吧",
        date=None,
        notes="exam-forum thread as text with junk lines and glued junk; an interview answer (no date; '发表于 "
        "前天 23:10'); a reply-to-see line, a QQ-group ad and replies",
        page="""
!m 上岸吧公考论坛 › 面试交流 › 结构化模拟
!t 〔结构化·模拟作答〕篮球场被占来晒粮，你作为驻村干部怎么处理（附答题思路）
!m 楼主 岸边等风来　发表于 前天 23:10　查看 906　回复 14
{BODY}
!a 回复本帖可查看考官点评
!l 2楼 小满上岸中：第三点很好，长效机制想到了
!w 面试一对一模拟，QQ群 583019772 备注“结构化”
!m 上岸吧公考论坛 shanganba.net
""",
        junk=dict(lines=2, glued=2),
        body="""
题目：秋收时节，村文化广场的篮球场被几户村民占来晾晒玉米，孩子们没地方打球，双方起了争执。你作为驻村干部，怎么处理？
我会分三步来处理。
第一，先到现场化解矛盾。及时赶到广场，安抚双方情绪，向晒粮的村民说明篮球场是全村共用的健身场地，篮球架下堆放玉米还容易被球砸散；也理解秋收晒粮确实需要场地。
第二，马上解决眼前的晒粮问题。和村两委商量，临时开放村小学的操场和村委会院子，协调有空场的农户互相借用，帮几户村民把玉米转运过去，尽快把篮球场腾出来。
第三，建立长效机制。村里可以规划一块固定的晒粮场，在村规民约里写明篮球场的使用规则，秋收期间错开时间共用，既保障晒粮，又让孩子们有地方打球。
""",
    ),
    dict(
        slug="encyclopedia-baike-entry-play-sandpit",
        site="万象百科 (invented, encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://baike.wanxiang-zs.com/item/游戏沙坑/52913",
        title="游戏沙坑",
        record_title=None,
        date=None,
        notes="encyclopaedia entry with edit/discuss/history tabs, an infobox, a contents box and reference markers "
        "glued after sentences; no title in the record, the <h1> holds it and also opens the body (matched as "
        "head); no date ('最近更新：5 天前')",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>万象百科</title>
<script src="/static/lemma.js"></script>
</head><body>
<div class="wx-top">⟦m 万象百科 · 人人可编的知识库⟧ <input placeholder="搜词条"> <a>⟦a 进入词条⟧</a></div>
<div class="wx-tabs">⟦a 编辑词条⟧　⟦a 讨论⟧　⟦a 历史版本⟧</div>
<div class="wx-lemma"><h1>{T}</h1>
<div class="wx-box">⟦m 中文名：游戏沙坑⟧<br>⟦m 外文名：sandpit⟧<br>⟦m 类　别：儿童户外游乐设施⟧<br>⟦m 常见于：幼儿园、社区公园⟧</div>
<div class="wx-toc">⟦l 目录：1 结构 2 用沙要求 3 日常管理⟧</div>
<div class="wx-para">
{BODY}
</div>
<div class="wx-ref">⟦l 参考资料：［1］幼儿园户外活动场地设计指南 ［2］儿童游乐用沙卫生要求⟧</div>
<div class="wx-upd">⟦m 最近更新：5 天前（沙粒小编）⟧　⟦m 浏览次数：38,211⟧</div>
</div>
<div class="wx-foot">⟦d 词条内容由网友编辑，仅供参考，不作为专业意见⟧ ⟦m © 万象百科⟧</div>
</body></html>
""",
        body="""
游戏沙坑，指专供儿童挖沙、堆沙等游戏活动的沙池，通常设在幼儿园、社区公园的儿童游乐区内，与田径运动中的跳远沙坑不同。⟦l [1]⟧
结构：沙坑一般下挖40至60厘米，底部铺设碎石和透水土工布以便排水，四周设圆角或软包边框，部分沙坑配有可开合的顶盖。
用沙要求：宜使用经过水洗、筛分和消毒的石英砂，粒径均匀，含泥量和粉尘少，不得混有石子、贝壳等尖锐杂物。⟦l [2]⟧
日常管理：管理人员应每日翻沙检查、清除异物，定期消毒，一般每年至少更换或补充一次沙子。
""",
    ),
    dict(
        slug="encyclopedia-yuanzhi-qa-rusty-iron-stand",
        site="园知网 (invented, gardening Q&A encyclopaedia)",
        style="百科问答",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.yuanzhiwang.cn/wenda/huajia/3318.html",
        title="铁艺花架生锈了怎么处理？",
        record_title="铁艺花架生锈了怎么处理？【园艺百事通】_园知网",
        date=None,
        notes="gardening encyclopaedia Q&A as text; a numbered list; no date ('编辑于 2 个月前'); a related list, a "
        "gardening-shop ad and a like row",
        page="""
!m 园知网 —— 养花种草，问园知
!m 园知网 › 园艺百事通 › 花架花盆
!t 铁艺花架生锈了怎么处理？【园艺百事通】
!m 园知小编 · 编辑于 2 个月前 · 12.6万 人看过
{BODY}
!l 有帮助(1822)　没帮助(17)
!l 相关问题：木花架发霉了怎么办？ ｜ 阳台花架怎么选？ ｜ 花架刷什么漆好？
!a 园知优选：防锈铁艺花架 限时 79 元起，点击购买
!m 园知网 yuanzhiwang.cn
""",
        indent="",
        body="""
铁艺花架放在阳台上，经常被浇花的水淋湿，时间长了容易生锈。处理方法如下：
1．除锈：把花架上的花盆搬开，用钢丝刷或砂纸打磨锈迹，直到露出金属本色，再用干布擦净铁屑。
2．刷防锈漆：先刷一遍防锈底漆，等干透后再刷一到两遍面漆，颜色可以和原来的花架一致。
3．做好防水：在花盆下加接水托盘，避免浇花时水直接流到花架上；花架脚下可以垫橡胶垫，不让它长期泡在积水里。
4．日常检查：每个季度检查一次焊点和螺丝，锈蚀严重、焊点开裂的花架不要再承重，应及时更换。
""",
    ),
    dict(
        slug="clouddrive-wanpan-preview-board-acceptance-markers",
        site="万盘云 (invented, cloud-drive preview)",
        style="网盘分享",
        genre="工作规范",
        kind="other",
        form="html",
        source="https://pan.wanpanyun.com/s/1hQz7XbWk3",
        title="户外展板安装验收要点",
        record_title="户外展板安装验收要点.docx",
        date=None,
        notes="cloud-drive preview cut by ⚜ n ⚜ marker paragraphs; VIP prompts, a share-expiry line and a save button; "
        "acceptance points (no date); a share stamp is no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>户外展板安装验收要点.docx_免费高速下载|万盘云-分享无限制</title>
<script src="https://pan.wanpanyun.com/static/previewer.js"></script>
</head><body>
<div class="wp-head">⟦m 万盘云⟧ <a>⟦a 登录⟧</a> <a>⟦a 开通超级会员⟧</a></div>
<div class="wp-file"><h2>{T}</h2>
<p class="wp-meta">⟦m 分享者：展陈工程老白　分享时间：2025-03-07 14:20　失效时间：永久有效⟧</p>
<div class="wp-btns">⟦a 保存到我的万盘⟧ ⟦a 普通下载⟧ ⟦a 超级会员极速下载⟧</div></div>
<div class="wp-preview">
{BODY}
</div>
<div class="wp-vip">⟦a 预览仅显示前3页，开通超级会员查看全部⟧</div>
<div class="wp-foot">⟦d 万盘云严禁分享侵权及违法内容，一经发现立即删除⟧ ⟦m © 2025 万盘云⟧</div>
</body></html>
""",
        p_html='<div class="pv-line">{}</div>',
        pages=dict(fmt="⚜ {n} ⚜", every=90, start=2),
        body="""
一、基础与固定。落地展板底座配重不少于厂家规定值，户外使用的须加装地锚或配重沙袋；壁挂展板膨胀螺栓每块不少于4个，安装后逐一检查是否松动。
二、结构与边框。立柱垂直偏差不超过3毫米，铝合金边框接缝平整，边角做圆角处理，无毛刺、无锐边。
三、画面质量。画面无气泡、无褶皱，色彩与设计稿一致，户外画面须覆防紫外线膜。
四、安全距离。展板不得遮挡消防栓、安全出口和交通标志，距离人行道路缘石不少于0.5米。
五、验收记录。每块展板拍照存档，填写验收单，由施工方和使用方共同签字。
""",
    ),
    dict(
        slug="clouddrive-yunxia-plan-hoop-installation-markers",
        site="云匣网盘 (invented, text preview)",
        style="网盘分享",
        genre="施工方案",
        kind="plan",
        form="text",
        source="https://yunxia-pan.cn/f/7Rk2mQ",
        title="屐塘村文化广场篮球架安装施工方案",
        record_title="屐塘村文化广场篮球架安装施工方案.pdf",
        date="2025-06-09",
        notes="cloud-drive text preview cut by ◙ n ◙ markers on lines of their own; decimal-free numbered steps; "
        "成文日期 under the signature; a share stamp and a size line are no dates",
        page="""
!m 云匣网盘 · 文件预览
!t 屐塘村文化广场篮球架安装施工方案.pdf
!m 1.3 MB　·　3 页　·　分享于 2025-06-11　·　来自 旂坪体育工程
!a 下载　|　转存　|　用云匣App打开
{BODY}
!a 还有 1 页未加载，登录云匣后继续预览
!d 网盘文件由用户分享，云匣不对其内容负责
!m yunxia-pan.cn
""",
        indent="\u3000\u3000",
        pages=dict(fmt="◙ {n} ◙", every=75, start=2),
        body="""
为做好屐塘村文化广场2副整体配重式篮球架的安装，确保施工安全和质量，制定本方案。
一、施工准备。施工前核对篮球架型号和配件数量，检查配重块、螺栓是否齐全；用警戒带围挡施工区域，禁止无关人员进入。
二、安装步骤。（一）按图纸定位，两副篮球架篮板投影中心与场地端线距离为1.2米；（二）组装底座并放入配重块；（三）用吊车吊装立柱和篮板，吊装时下方严禁站人；（四）调整篮圈高度至3.05米，紧固全部螺栓。
三、验收。安装完成后进行稳定性测试，在篮圈上悬挂100公斤重物保持1分钟，篮球架无倾斜、无变形为合格。
四、施工时间。6月16日至6月18日，遇雨顺延。
毂阳旂坪体育工程有限公司
2025年6月9日
""",
    ),
    dict(
        slug="snapshot-xundu-school-letter-feeder-science",
        site="寻渡搜索 网页快照 (invented)",
        style="搜索快照",
        genre="告家长书",
        kind="notice",
        form="html",
        source="https://cache.xundu-so.com/c?u=glxx.zsedu.cn/html/xxgg/2025/1104/1998.html",
        title="关于科学课制作喂鸟器的家长告知书",
        record_title="关于科学课制作喂鸟器的家长告知书_光禄路小学 — 寻渡网页快照",
        date="2025-11-03",
        date_also=["2025-11-04"],
        notes="search-cache frame with a capture banner and highlighted terms; the school page's date inside the "
        "cached page differs from the 成文日期; the school's 联系电话 stays; 'capture time' is no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于科学课制作喂鸟器的家长告知书_光禄路小学 — 寻渡网页快照</title>
<style>b.hl{background:#ff0}</style>
</head><body>
<div class="xd-cache">⟦d 这是寻渡保存的网页副本，仅作临时查看；原网页可能已修改⟧
<p>⟦m 快照抓取：11月6日 03:41　原始网址：glxx.zsedu.cn/html/xxgg/2025/1104/1998.html⟧</p>
<p>⟦m 已为您标出这些搜索词：喂鸟器 家长⟧</p></div>
<div class="orig">
<div class="sc-top">⟦m 辀山县光禄路小学⟧ ⟦m 辀山教育云 · 学校空间⟧</div>
<div class="sc-pos">⟦m 学校首页 ＞ 家校共育⟧</div>
<h2>{T}</h2>
<p class="sc-meta">⟦m 作者：科学组　时间：2025-11-04　点击：312⟧</p>
<div class="sc-txt">
{BODY}
</div>
<div class="sc-foot">⟦m 学校地址：辀山县光禄路88号⟧</div>
</div>
</body></html>
""",
        body="""
各位家长：
本学期三年级科学课开展“我们身边的鸟”单元学习，11月中旬，学生将在课堂上动手制作简易喂鸟器，并带回家悬挂观察。现将有关事项告知如下。
一、材料准备。请协助孩子准备一个洗净的1.5升塑料饮料瓶、两根筷子和一段麻绳，剪刀等工具由学校统一提供。
二、安全提醒。制作时需用剪刀开口，老师会在课堂上全程指导。带回家后，请家长帮助孩子把喂鸟器挂在阳台内侧或庭院树枝上，不要让孩子探身窗外悬挂。
三、观察记录。请家长陪孩子每天观察一次，在记录单上画一画来访的小鸟。
如有疑问，请联系三年级科学老师：庞晓禾，电话：0745-7326625。
辀山县光禄路小学
2025年11月3日
""",
    ),
    dict(
        slug="snapshot-xundu-text-cache-stand-adoption-summary",
        site="寻渡搜索 文字快照 (invented)",
        style="搜索快照",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://cache.xundu-so.com/t?u=www.maoyuan-sq.cn/work/20251030.html",
        title="旄园社区“花架认养”活动工作总结",
        date="2025-10-28",
        notes="text-only cache; the record gives the title as is; a capture banner, a highlight line and the cached "
        "page's chrome; 成文日期 under the signature; the capture stamp is no date",
        page="""
!d 寻渡文字快照：您看到的是网页在 2025-11-02 05:12 的纯文本副本，图片和样式已去除
!m 原网址：www.maoyuan-sq.cn/work/20251030.html
!m 高亮词：花架 认养
!m 旄园社区网　　邻里一家亲
!m 首页 > 工作动态
{T}
!m 发布者：旄园社区　阅读量：198
{BODY}
!l 上一篇：旄园社区重阳节敬老活动掠影
!m 旄园社区居民委员会 主办
""",
        indent="\u3000\u3000",
        body="""
今年4月至10月，旄园社区开展“花架认养”活动，把小区公共区域的12个花架交给居民认养，现将活动情况总结如下。
一、基本情况。活动共有31户居民报名，经抽签确定12户认养人。认养人负责花架上花卉的浇水、修剪和更换，社区提供花苗和肥料。
二、主要成效。认养的花架全年保持整洁美观，没有出现花盆坠落和积水生蚊的问题；居民自发组织了两次养花经验交流会，邻里关系更加融洽。
三、存在问题。个别认养人外出期间花卉缺水枯死；部分花架木条开始老化。
四、下一步打算。明年将认养花架增加到20个，建立认养人互助替班制度，并对老化花架进行更换。
旄园社区居民委员会
2025年10月28日
""",
    ),
    dict(
        slug="print-guyang-bulletin-park-sandpits-footer",
        site="毂阳市城市管理局 打印视图 (invented)",
        style="打印页",
        genre="通报",
        kind="notice",
        form="html",
        source="http://cgj.guyang.gov.cn/print.jsp?id=20250716009",
        title="关于城区公园沙坑卫生检查情况的通报",
        record_title="打印稿 ▷ 关于城区公园沙坑卫生检查情况的通报｜毂阳市城市管理局",
        record_date="2025-07-16",
        date="2025-07-16",
        notes="print view calling window.print(), with a print/close bar, the portal header in print form and a "
        "print footer 第1页 ⑈ 共1页; the record gives the date; a data table one row a paragraph; 抄送 line",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>打印稿 ▷ 关于城区公园沙坑卫生检查情况的通报｜毂阳市城市管理局</title>
<style>@media print{.noprint{display:none}}</style>
<script>window.onload=function(){window.print();}</script>
</head><body>
<div class="noprint">⟦a [ 开始打印 ]　[ 关闭窗口 ]⟧</div>
<div class="pr-head">⟦m 毂阳市城市管理局⟧</div>
<h2>{T}</h2>
<p class="pr-meta">⟦m 发布日期：2025-07-16　信息来源：公园管理科⟧</p>
<div class="pr-body">
{BODY}
</div>
<div class="pr-foot">⟦m 本页网址：http://cgj.guyang.gov.cn/art/2025/7/16/art_88_31027.html⟧</div>
<div class="pr-page">⟦p 第1页 ⑈ 共1页⟧</div>
</body></html>
""",
        body="""
各区城市管理局、市公园服务中心：
7月上旬，市局对城区8个公园的儿童沙坑进行了卫生检查，现将检查情况通报如下。
公园　沙坑数　存在问题
軎水湿地公园　2　无
滨河公园　1　沙子发黑，有烟头
麾湖公园　3　一处无顶盖
通衢游园　1　有碎玻璃
检查发现，个别公园沙坑长期未换沙，日常翻沙清杂不到位。请有关单位于7月31日前完成整改，滨河公园沙坑须全部换沙。
毂阳市城市管理局
2025年7月16日
抄送：市卫生健康委员会。
""",
    ),
    dict(
        slug="print-huihu-letter-borrow-boards-footer",
        site="麾湖区档案馆 打印页 (invented)",
        style="打印页",
        genre="函",
        kind="letter",
        form="text",
        source="http://www.huihu.gov.cn/dag/print/2025-0304.html",
        title="关于商借宣传展板的函",
        record_title="关于商借宣传展板的函（适合打印的版本）",
        date="2025-03-04",
        notes="print view as text: a print bar and a header line, then the letter and a print footer ⚌ 1 / 1 ⚌; "
        "成文日期 under the signature; the letter's own 联系人/电话 beside the office's switchboard",
        page="""
!a 打印　　返回原文
!m 麾湖区人民政府门户网站 · 打印页
{T}
!m 来源：区档案馆　　2025-03-05
{BODY}
!m 区政府总机：0745-8200000
!p ⚌ 1 / 1 ⚌
""",
        indent="\u3000\u3000",
        body="""
麾湖区图书馆：
为迎接“6·9国际档案日”，我馆拟于6月上旬在区政务服务中心大厅举办“麾湖老照片”档案展。因我馆展板数量不足，特向贵馆商借可移动展板20块，借用时间为6月3日至6月15日，由我馆负责运输，展览结束后完好归还，如有损坏照价赔偿。
恳请予以支持为盼。
联系人：庾小晴，电话：0745-8207311
麾湖区档案馆
2025年3月4日
""",
    ),
    dict(
        slug="webmail-guyang-forward-hoop-repair-quote",
        site="毂阳邮 网页版 (invented webmail)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.guyangyou.cn/read?mid=ZC3108-nFw9",
        title="关于屐塘村篮球架维修报价的函",
        record_title="转发：回复：关于屐塘村篮球架维修报价的函 - 毂阳邮 网页版",
        date="2025-08-14",
        date_also=["2025-08-15"],
        notes="webmail reading view with forwarded headers and an attachment bar next to the letter's own 附件 list "
        "and 抄送 line; the mail's send date differs from the 成文日期; the sender's 联系电话 stays",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>转发：回复：关于屐塘村篮球架维修报价的函 - 毂阳邮 网页版</title>
<script src="/webmail/js/reader.js"></script>
</head><body>
<div class="gm-top">⟦m 毂阳邮⟧ ⟦m qiping_tiyu@guyangyou.cn⟧ <a>⟦a 退出⟧</a></div>
<div class="gm-left">⟦m 收件箱 (12)⟧<br>⟦m 草稿箱⟧<br>⟦m 已发送⟧<br>⟦m 垃圾邮件⟧</div>
<div class="gm-read">
<div class="gm-tools">⟦a 回复　全部回复　转发　删除　标记为未读⟧</div>
<h3>{T}</h3>
<div class="gm-head">
<p>⟦m 发件人：旂坪镇人民政府 &lt;qpz_gov@guyangyou.cn&gt;⟧</p>
<p>⟦m 收件人：qiping_tiyu@guyangyou.cn⟧</p>
<p>⟦m 抄　送：wxwlt_ty@guyangyou.cn⟧</p>
<p>⟦m 时　间：2025年8月15日（周五）上午10:26⟧</p>
</div>
<div class="gm-fwd">⟦m ---------- 转发的邮件 ----------⟧</div>
<div class="gm-body">
{BODY}
</div>
<div class="gm-att">⟦a 📎 2 个附件：维修清单.xlsx（18K）　现场照片.zip（4.2M）　全部下载⟧</div>
</div>
<div class="gm-foot">⟦m 毂阳邮 · 政务邮箱服务　客服：0745-8229000⟧</div>
</body></html>
""",
        body="""
毂阳旂坪体育工程有限公司：
屐塘村文化广场原有的2副旧篮球架，经村委会检查，存在篮圈变形、篮板开裂、底座配重缺失等问题。为保障群众健身安全，请贵公司派人现场查勘，并于8月22日前提供维修报价。
报价请列明更换部件、单价、工时和质保期限。
附件：1．篮球架维修清单
2．现场照片
联系人：齐永顺，电话：0745-6650218
旂坪镇人民政府
2025年8月14日
抄送：辋溪县文化和旅游体育局。
""",
    ),
    dict(
        slug="mail-forward-text-feeder-design-call",
        site="邮件转发 (invented, plain-text forward)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mailto:wangqiao-sq@guyangyou.cn#msg-20251106",
        title="关于征集社区喂鸟器设计作品的通知",
        record_title="Fwd: 关于征集社区喂鸟器设计作品的通知.doc",
        date="2025-11-05",
        date_also=["2025-11-06"],
        notes="a plain-text forwarded mail: Fwd headers, a forwarder's note and a signature block are chrome; the mail's "
        "send date differs from the 成文日期; the notice's 邮箱 and 电话 stay; file-name record title",
        page="""
!m 发件人: 卞小麦 <bianxm@guyangyou.cn>
!m 日期: 2025年11月6日 周四 09:48
!m 主题: Fwd: 关于征集社区喂鸟器设计作品的通知.doc
!m 收件人: 辋桥社区志愿者群组
!m ---------- Forwarded message ---------
!m From: 麾湖街道办事处 <huihujd@guyangyou.cn>
!m Subject: 关于征集社区喂鸟器设计作品的通知
{BODY}
!m --
!m 卞小麦 | 辋桥社区第三网格
!m 本邮件由毂阳邮发送，手机看邮件请下载毂阳邮App
""",
        indent="",
        body="""
各社区居委会：
为配合冬季护鸟宣传，街道决定面向辖区居民和中小学生征集喂鸟器设计作品，现将有关事项通知如下。
一、作品要求：喂鸟器须使用木材、竹子或回收材料制作，结构牢固，便于添食和清洗，有防雨顶盖。
二、报送时间：11月25日前，各社区将作品实物送街道文化站，并将作品照片发送至huihujd_wh@guyangyou.cn。
三、评选与展示：街道将评出一等奖3名、二等奖6名，获奖作品在辋桥公园悬挂展示。
联系电话：0745-8230417
麾湖街道办事处
2025年11月5日
""",
    ),
]

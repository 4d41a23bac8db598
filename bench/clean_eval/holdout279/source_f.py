"""holdout279, part F: exam forums, encyclopaedias, cloud drives, search snapshots, print views, forwarded mails.

Invented text (see ../README.md and ../build.py for the markup). Every case written by hand.
"""

CASES = [
    dict(
        slug="gkforum-shangan-essay-bamboo-bed-village",
        site="上岸驿站公考论坛 (invented exam forum)",
        style="公考论坛",
        genre="申论文章",
        kind="other",
        form="html",
        source="https://bbs.shanganyz.com/thread-402286-1-1.html",
        title="一张竹床里的乡村振兴",
        record_title="〖申论范文仿写〗一张竹床里的乡村振兴 ∣ 上岸驿站公考论坛",
        date=None,
        notes="an exam forum thread: a reply-to-see prompt, a rating row, a QQ-group ad, a moderator's 'highlighted' line; "
        "a 申论 essay with no date; '发表于 5 天前' is no date",
        page="""
<html><head><meta charset="utf-8"><title>〖申论范文仿写〗一张竹床里的乡村振兴 ∣ 上岸驿站公考论坛</title>
<script src="/static/js/forum.js"></script></head><body>
<div id="hd">⟦m 上岸驿站公考论坛⟧ ⟦m 国考省考 一站上岸⟧ ⟦a 登录⟧ ⟦a 注册⟧</div>
<div id="pt">⟦m 首页 › 申论专区 › 范文仿写⟧</div>
<table><tr><td class="pls">⟦m 今年必上岸⟧<br>⟦m 用户组：备考中 积分 655⟧</td>
<td class="plc"><h1>⟦t 〖申论范文仿写〗一张竹床里的乡村振兴⟧</h1>
<div class="authi">⟦m 发表于 5 天前 | 只看楼主⟧</div>
<div class="modact">⟦m 本主题由 版主小鹿 于 4 天前 加入精华⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="rate">⟦l 评分人数 4　学分 +12　理由：立意不错，论证可以再充实⟧</div>
<div class="locked">⟦a 本帖隐藏的批改意见需回复后才能查看⟧</div>
<div class="po">⟦a 回复 ｜ 点评 ｜ 收藏⟧</div></td></tr></table>
<div class="ad">⟦w 申论批改互助群，QQ群号 801274636，进群备注论坛ID⟧</div>
<div id="ft">⟦m 上岸驿站公考论坛　豫ICP备20016683号⟧</div>
</body></html>
""",
        body="""
在芍川县鹌塘镇，一张竹床能卖出三百多元，一个镇一年能卖出十来万张。谁能想到，过去农家院里最常见的竹床，如今成了带动乡亲们致富的好产业。
一张竹床，连着传统手艺。从选竹、烤竹到穿榫，老师傅的手艺是竹床的“根”。乡村振兴不是推倒重来，而要把这些祖辈传下来的好东西保护好、传下去。
一张竹床，连着市场需求。款式老、品牌小，竹床就只能在县城里打转。只有请来设计团队、搭上电商快车，传统产品才能走进城市家庭。
一张竹床，连着农民增收。竹子从山上砍下来卖，一根只值几块钱；做成竹床，价值翻了几十倍。延长产业链，才能让农民分享更多增值收益。
小竹床，大文章。守住手艺、对接市场、富裕农民，乡村振兴的路就会越走越宽。
""",
    ),
    dict(
        slug="gkforum-kaogongquan-interview-clay-bowl-junk",
        site="考公圈论坛 (invented exam forum)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="text",
        source="http://www.kaogongquan.net/bbs/viewthread-33812.html",
        title="结构化面试答题示范：如何让古窑村陶碗走出大山",
        record_title="【面试日日练】结构化面试答题示范：如何让古窑村陶碗走出大山（含作答要点）-考公圈论坛",
        date=None,
        notes="an exam forum post as text: anti-scraping junk lines and junk glued after a 。; a reply-for-points prompt, a course ad; "
        "'发表于 昨天 07:30' is no date",
        page="""
!m 考公圈论坛 - 面试交流区
!t 【面试日日练】结构化面试答题示范：如何让古窑村陶碗走出大山（含作答要点）
!m 楼主：面试官老吴　发表于 昨天 07:30　查看 1288　回复 41
{BODY}
!a 回帖打卡满30天，送面试真题精讲一套
!w 想要一对一模考点评，私信吴老师或加微信 kgq_wulaoshi
!l 下一题：群众对你的工作不理解，你怎么办？
!m 考公圈论坛 ©2018-2025
""",
        indent="",
        junk=dict(lines=2, glued=2),
        body="""
题目：古窑村有六百年制陶历史，但村里年轻人都外出打工，手工陶碗销路不畅。假如你是驻村干部，如何让古窑村陶碗走出大山？
答：我会从人、品、路三个方面入手。
第一，留住人。摸清村里还有多少老艺人，争取非遗传承补助，组织返乡青年跟师学艺，让手艺后继有人。
第二，做好品。联系高校设计团队，在保留柴烧特色的基础上，开发适合城市家庭的餐具和文创产品，同时推动制定陶碗质量标准，让产品卖得放心。
第三，拓宽路。一方面借助电商平台和直播带货打开线上销路，另一方面把窑场和研学旅游结合，让游客来村里亲手做碗、买碗。
以上就是我的回答，谢谢各位考官。
""",
    ),
    dict(
        slug="wiki-shiwu-entry-shoe-last-head",
        site="识物百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://baike.shiwuwiki.cn/item/鞋楦/20713",
        title="鞋楦",
        record_title="鞋楦_识物百科",
        date=None,
        notes="an encyclopaedia entry: edit/discuss/history tabs, an infobox, a contents box, reference markers glued after sentences; "
        "the entry name opens the body (matched as head); no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>鞋楦_识物百科</title>
<script src="/js/wiki-core.js"></script></head>
<body>
<div class="top">⟦m 识物百科 · 万物皆可查⟧ ⟦a 进入词条⟧ ⟦a 全站搜索⟧</div>
<div class="tabs">⟦a 编辑⟧ ⟦a 讨论⟧ ⟦a 历史版本⟧ ⟦a 收藏词条⟧</div>
<h1>{T}</h1>
<p class="sub">⟦m （制鞋用的脚型模具）⟧</p>
<div class="infobox">
<p>⟦m 中文名：鞋楦⟧</p><p>⟦m 别　名：楦头、鞋楦头⟧</p><p>⟦m 材　质：木材、塑料、金属⟧</p><p>⟦m 用　途：制鞋成型⟧</p></div>
<div class="toc">⟦l 目录 1 简介 2 材质 3 使用⟧</div>
<div class="entry">
{BODY}
</div>
<div class="refs"><h3>⟦m 参考资料⟧</h3><p>⟦m [1] 《制鞋工艺基础》，轻工教材编写组⟧</p><p>⟦m [2] 筅城市鞋楦行业协会资料汇编⟧</p></div>
<div class="stat">⟦m 词条浏览 16,774 次　编辑 12 次　最近修改：3 个月前⟧</div>
<div class="foot">⟦d 识物百科词条由网友协作编辑，内容仅供参考⟧</div>
</body></html>
""",
        body="""
鞋楦是制鞋时使用的脚型模具，俗称楦头。鞋帮在鞋楦上绷紧、定型，鞋子的长短、肥瘦和样式都由鞋楦决定。⟦m [1]⟧
鞋楦按材质可分为木楦、塑料楦和金属楦。传统手工鞋多用榉木、桦木等硬木制作的木楦；现代制鞋厂多用塑料楦，尺寸稳定，便于批量生产。
制作鞋楦要依据脚长、跖围、跗围等脚型数据，还要考虑鞋的款式和放余量。同一尺码的鞋，楦型不同，穿着感受也会有明显差别。⟦m [2]⟧
鞋楦通常左右成对使用。使用后应放在干燥通风处，避免受潮变形。
""",
    ),
    dict(
        slug="wiki-zhiyuan-entry-seesaw-title-line",
        site="知源百科 (invented)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="http://www.zhiyuanbaike.com/wiki/跷跷板",
        title="跷跷板",
        record_title=None,
        date=None,
        notes="no title in the record: the entry's title line; the entry name opens the body (matched as head); an entry card, "
        "a contents line, a 'cite this entry' prompt and an update stamp; no date",
        page="""
!m 知源百科 | 开放的知识平台
{T}
!m 词条编辑 · 添加义项 · 分享
!m 拼音：qiāo qiāo bǎn　类别：儿童游乐设施
!l 目录：1.释义　2.原理　3.安全
{BODY}
!a 引用本词条请注明出处：知源百科
!m 本词条最后更新于 昨天 · 已被浏览 8,390 次
!d 知源百科提醒：词条内容不能作为专业意见
""",
        indent="",
        gap=True,
        body="""
跷跷板是一种常见的儿童游乐设施，由一块长板和位于中间的支点组成，两端各坐一人，一上一下交替起落。
跷跷板利用的是杠杆原理。支点两边的人体重和离支点的距离决定了哪一端下沉，体重较轻的一方坐得离支点远一些，双方就能玩起来。
公园和小区的跷跷板多用木材、钢材或塑料制作。为防止夹伤和撞伤，座位下方一般装有缓冲垫，支点处设有防护罩，两端设有扶手。儿童玩耍时应有成年人看护。
""",
    ),
    dict(
        slug="netdisk-xinghe-instruction-clay-bowl-glaze-pdf",
        site="星盒网盘 (invented cloud drive, preview page)",
        style="网盘分享",
        genre="作业指导书",
        kind="other",
        form="html",
        source="https://pan.xinghe.cn/s/7Kq2mZx9",
        title="陶碗釉面质量检验作业指导书",
        record_title="陶碗釉面质量检验作业指导书.pdf",
        date=None,
        notes="a cloud-drive preview with a file-name title: page markers '⥾n⥿' as HTML paragraphs cutting sentences, VIP prompts, "
        "a share stamp (no date), an extraction-code line; decimal headings; no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>陶碗釉面质量检验作业指导书.pdf - 星盒网盘</title>
<script src="//cdn.xinghe.cn/pan/preview.js"></script></head>
<body>
<div class="hd">⟦m 星盒网盘⟧ <a>⟦a 开通星盒会员⟧</a> <a>⟦a 客户端下载⟧</a></div>
<div class="file">
<h2>⟦t 陶碗釉面质量检验作业指导书.pdf⟧</h2>
<p>⟦m 分享者：窑边人　分享于 6 天前　有效期：永久　大小：412KB⟧</p>
<p>⟦a 保存到我的星盒　｜　下载（会员极速）⟧</p>
</div>
<div class="pdf-view">
{BODY}
</div>
<div class="vip">⟦a 非会员仅可预览前3页，开通会员查看全部⟧</div>
<div class="report">⟦a 举报该分享⟧</div>
<div class="ft">⟦d 星盒网盘仅为用户提供存储空间，分享内容由用户自行负责⟧</div>
</body></html>
""",
        p_html='<div class="pdf-line">{}</div>',
        pages=dict(fmt="⥾{n}⥿", every=90, start=2),
        body="""
1.目的
为统一陶碗釉面质量检验方法，防止釉面缺陷产品出厂，制定本指导书。
2.检验要求
2.1 检验在自然光或日光灯下进行，检验员距离陶碗约40厘米，逐只转动观察碗内外釉面。
2.2 釉面不得有裂纹、缩釉、针孔聚集和明显色差；碗口一周不得有崩釉，碗底露胎处应打磨光滑，不得划手。
2.3 每批次随机抽取5只送实验室检测铅、镉溶出量，结果须符合国家标准要求。
3.不合格品处理
3.1 检验不合格的陶碗挂红色标签，放入不合格品区，不得与合格品混放。
3.2 同一缺陷连续出现3只以上时，检验员应立即通知窑炉班长停窑查找原因。
""",
    ),
    dict(
        slug="netdisk-yunxia-request-bamboo-bed-park-markers",
        site="云匣网盘 (invented cloud drive)",
        style="网盘分享",
        genre="请示",
        kind="other",
        form="text",
        source="https://www.yunxiapan.com/share/f/3vTq81",
        title="关于申请竹床产业园基础设施建设补助资金的请示",
        record_title="关于申请竹床产业园基础设施建设补助资金的请示.docx",
        date="2025-03-12",
        notes="a cloud-drive share as text with a file-name title: page markers '✙ 第n页 ✙' on lines of their own cutting sentences; "
        "a save/download row and an extraction code; 成文日期 and the contact line under the request",
        page="""
!m 云匣网盘 · 文件分享
!t 关于申请竹床产业园基础设施建设补助资金的请示.docx
!m 分享人：鹌塘镇办公室　文件大小：38.6KB　分享时间：2025-03-14
!a 保存到云匣　｜　下载　｜　举报
!m 提取码：zc37
{BODY}
!a 在线预览仅显示部分格式，完整排版请下载查看
!d 云匣网盘提醒：请勿通过网盘传播涉密文件
""",
        indent="\u3000\u3000",
        pages=dict(fmt="✙ 第{n}页 ✙", every=80, start=2),
        body="""
县人民政府：
近年来，我镇竹床竹器产业发展较快，现有竹床加工企业和作坊47家，年产竹床9万余张。但现有企业分散在各村，道路狭窄，用电不足，消防条件差，制约了产业进一步发展。
为此，镇党委、政府决定在鹌塘村规划建设竹床产业园，占地约120亩，计划引导20家以上企业入园集中生产。产业园道路、供电、给排水和消防等基础设施建设总投资约860万元，镇里已自筹资金260万元，尚有较大缺口。
恳请县人民政府给予补助资金600万元，支持产业园基础设施建设。
妥否，请批示。
鹌塘镇人民政府
2025年3月12日
（联系人：谢云鹏，电话：0795-6155012）
""",
    ),
    dict(
        slug="snapshot-soushi-museum-copper-basin-exhibition",
        site="搜视 (invented engine) snapshot of 燠岭县博物馆 (invented)",
        style="搜索快照",
        genre="公告",
        kind="notice",
        form="html",
        source="http://snapshot.soushi.cn/c?u=yulingmuseum-2025-1216-notice",
        title="关于“千锤百炼——燠岭铜盆锻制技艺展”开展的公告",
        record_title="搜视快照 ▷ 关于“千锤百炼——燠岭铜盆锻制技艺展”开展的公告_燠岭县博物馆",
        date="2025-12-15",
        notes="a search-cache frame: a capture banner with its stamp (no date), highlighted keywords, the museum's header and footer inside; "
        "成文日期 under the signature; a sentence telling visitors to book by scanning a code (content)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>搜视快照 ▷ 关于“千锤百炼——燠岭铜盆锻制技艺展”开展的公告_燠岭县博物馆</title>
<style>.hl{background:#ff0}</style></head>
<body>
<div class="snap-bar">⟦d 搜视已为您保存此页面的快照（抓取于 2026-01-07 03:21），原网页可能已改动⟧ <a>⟦a 访问原网页⟧</a></div>
<div class="snap-kw">⟦d 以下词语已加亮显示：铜盆 技艺展⟧</div>
<div class="orig">
<div class="head">⟦m 燠岭县博物馆⟧ ⟦m 开放时间：周二至周日 9:00-17:00⟧</div>
<div class="nav">⟦m 首页⟧ ⟦m 展览⟧ ⟦m 藏品⟧ ⟦m 参观⟧ ⟦m 公告⟧</div>
<h2>{T}</h2>
<div class="txt">
{BODY}
</div>
<div class="foot">⟦m 燠岭县博物馆　地址：燠岭县城南路2号　电话：0797-3302266⟧</div>
</div>
</body></html>
""",
        body="""
由燠岭县博物馆、燠岭县非遗保护中心联合主办的“千锤百炼——燠岭铜盆锻制技艺展”将于12月20日在博物馆二楼临展厅开展，展期三个月。
本次展览展出明清至今的各式铜盆一百二十余件，其中有清代錾花陪嫁铜盆、民国时期的店铺洗脸盆等珍贵藏品，并通过工具实物、老照片和影像资料，展示铜盆从下料、退火、锻打到錾花的全过程。
展览期间，每周六下午邀请传承人邱长根的徒弟现场演示铜盆锻打技艺。
展览免费开放，观众可扫描博物馆公众号二维码预约参观。
燠岭县博物馆
2025年12月15日
""",
    ),
    dict(
        slug="snapshot-suoyin-letter-wooden-lasts-text",
        site="索隐搜索 (invented engine) text-only cache of 芍川县非遗保护中心 (invented)",
        style="搜索快照",
        genre="函",
        kind="letter",
        form="text",
        source="http://cache.suoyin.cn/text?u=scfy.shaochuan.gov.cn/tzgg/1017",
        title="关于商请提供传统木楦实物用于展陈的函",
        record_title="关于商请提供传统木楦实物用于展陈的函（纯文本缓存页）- 索隐搜索",
        date="2025-10-17",
        notes="a text-only search cache: a capture note and a 'this is the text version' line above the original page's header; "
        "a 函 with its 成文日期 and contact; snapshot stamps are no date",
        page="""
!d 【索隐搜索·纯文本缓存】本页为 2025/11/02 抓取的文字版本，图片与样式已去除
!a 查看完整快照　｜　访问原始网页
!m 芍川县非遗保护中心
!m 首页 > 中心公告
{T}
{BODY}
!m 芍川县非遗保护中心　地址：芍川县文化路16号　邮编：332500
""",
        indent="\u3000\u3000",
        body="""
筅城市鞋楦行业协会：
为筹办“芍川百工”传统手工艺展览，我中心拟征集一批传统木楦实物进行展示。贵会会员企业历史悠久，不少企业保存有上世纪五六十年代使用的手工木楦，具有较高的展示价值。
现商请贵会协助征集传统手工木楦十至二十副，展期结束后原物归还，展陈期间由我中心负责保管并购买保险。
请于11月10日前将可提供的木楦数量和年代告知我中心。
联系人：祝丹，电话：0795-6137720。
芍川县非遗保护中心
2025年10月17日
""",
    ),
    dict(
        slug="print-tongyin-notice-seesaw-replacement",
        site="桐荫物业服务中心 (invented, print view)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.tongyinwuye.cn/print.aspx?id=1187",
        title="关于小区儿童游乐区跷跷板更换维修的通知",
        record_title="〔打印·A4版式〕关于小区儿童游乐区跷跷板更换维修的通知 - 桐荫物业",
        date="2025-04-21",
        notes="a property company's print view calling window.print(): a print-time line, the page address, a print/close row and a print footer "
        "'第1页 ✚ 共1页'; a sentence about scanning a code to report repairs (content); 成文日期 under the signature",
        page="""
<html><head><meta charset="utf-8"><title>〔打印·A4版式〕关于小区儿童游乐区跷跷板更换维修的通知 - 桐荫物业</title>
<style>@media print{.noprint{display:none}}</style>
<script>window.onload=function(){window.print();}</script></head>
<body>
<div class="noprint">⟦a [打印此通知]　[关闭本窗]⟧</div>
<div>⟦m 桐荫物业服务中心　打印于 2025-04-23 15:08⟧</div>
<div>⟦m 原文地址：http://www.tongyinwuye.cn/news.aspx?id=1187⟧</div>
<h3>{T}</h3>
{BODY}
<div class="pfoot">⟦p 第1页 ✚ 共1页⟧</div>
</body></html>
""",
        body="""
各位业主、住户：
小区中心花园儿童游乐区的两台跷跷板使用已满八年，经检查，支点轴承磨损严重，座板有开裂现象，存在安全隐患。为保障儿童安全，物业服务中心决定对其进行更换维修，现将有关事项通知如下：
一、施工时间：4月25日至4月30日。
二、施工期间儿童游乐区将设置围挡，请家长看护好孩子，不要进入施工区域。
三、新跷跷板座位下方加装了橡胶缓冲块，支点加装了防夹护罩。
使用中发现设施损坏，请扫描游乐区入口处的报修二维码，或拨打物业服务中心电话0798-2230789。
桐荫物业服务中心
2025年4月21日
""",
    ),
    dict(
        slug="print-suihu-bulletin-clay-bowls-restaurants",
        site="荽湖县市场监督管理局 (invented, print view)",
        style="打印页",
        genre="通报",
        kind="notice",
        form="text",
        source="http://scjgj.suihu.gov.cn/print/2025/1031/1322.html",
        title="关于部分餐饮单位使用陶碗餐具抽检情况的通报",
        record_title="【打印用·荽湖市监】关于部分餐饮单位使用陶碗餐具抽检情况的通报",
        date="2025-10-30",
        notes="a bureau's print view as text: a print-time line, the page address, an inspection table one row a paragraph, "
        "a print footer '⸖ 1/1 ⸖'; 成文日期 under the signature",
        page="""
!m 荽湖县市场监督管理局 · 打印页面
!m 打印时间：2025-11-03 09:47
!m 页面地址：http://scjgj.suihu.gov.cn/xxgk/2025/1031/1322.html
!t 【打印用·荽湖市监】关于部分餐饮单位使用陶碗餐具抽检情况的通报
{BODY}
!p ⸖ 1/1 ⸖
""",
        indent="\u3000\u3000",
        body="""
各乡镇市场监管所：
近年来，农家乐和特色餐馆使用手工陶碗的越来越多。10月，县局对城区和荽水沿线18家餐饮单位使用的陶碗餐具进行了抽检，共抽检陶碗27批次，其中3批次铅溶出量超标。情况如下：
餐饮单位　陶碗来源　检测结果
荽水人家农家乐　外地集市散购　铅溶出量超标
老码头鱼馆　网购　铅溶出量超标
湖畔土菜馆　无法提供来源　铅溶出量超标
对上述单位，县局已责令其立即停止使用不合格陶碗并依法立案调查。各所要督促餐饮单位从正规渠道采购陶瓷餐具，索取并留存检测报告。
荽湖县市场监督管理局
2025年10月30日
""",
    ),
    dict(
        slug="mail-changyou-letter-bamboo-beds-camp-attachment-bar",
        site="畅邮企业邮箱 (invented webmail)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.changyou.com/read?mid=Zc8812f0",
        title="关于订购竹床用于青少年夏令营营地的函",
        record_title="转发：关于订购竹床用于青少年夏令营营地的函",
        date="2025-06-05",
        date_also=["2025-06-06"],
        notes="a webmail reading view: folder list, a forwarded header (sender, time, recipients), an attachment bar with file sizes; "
        "the letter's own 附件 list and contact stay; the mail's send time differs from the 成文日期",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>转发：关于订购竹床用于青少年夏令营营地的函 - 畅邮企业邮箱</title>
<script src="/webmail/js/reader.js"></script></head>
<body>
<div class="mail-top">⟦m 畅邮企业邮箱⟧ ⟦m xsh@anttzhuqi.com⟧ <a>⟦a 退出⟧</a></div>
<div class="folders">⟦m 收件箱(12)⟧ ⟦m 星标邮件⟧ ⟦m 草稿箱⟧ ⟦m 已发送⟧</div>
<div class="read-ops">⟦a 回复　回复全部　转发　删除　标记为未读⟧</div>
<h2 class="subject">⟦t 转发：关于订购竹床用于青少年夏令营营地的函⟧</h2>
<div class="mail-head">
<p>⟦m 发件人：芍川县青少年活动中心 &lt;scqsn_hdzx@163.com&gt;⟧</p>
<p>⟦m 时　间：2025年6月6日（星期五）上午10:12⟧</p>
<p>⟦m 收件人：鹌塘镇竹器厂销售部 &lt;xsh@anttzhuqi.com&gt;⟧</p>
</div>
<div class="fwd">⟦m ---------- 转发的邮件 ----------⟧</div>
<div class="mail-body">
{BODY}
</div>
<div class="attach-bar">⟦a 附件（2 个）　订购清单.xlsx（18K）　营地平面图.pdf（1.2M）　全部下载⟧</div>
<div class="mail-foot">⟦d 畅邮提示：请勿轻信邮件中的汇款要求，谨防诈骗⟧</div>
</body></html>
""",
        body="""
鹌塘镇竹器厂：
我中心今年暑期将在县青少年营地举办三期夏令营，每期营员约一百人。为让营员体验芍川竹乡特色，营地宿舍拟统一使用竹床。经了解，贵厂生产的单人竹床质量好、价格合理，现商请订购以下产品：
单人竹床（长190厘米、宽80厘米）110张，要求竹片打磨光滑、无毛刺，床腿加装防滑垫。
请贵厂于6月20日前送货到营地并负责安装，货款在验收合格后15个工作日内支付。
联系人：左晓春，电话：0795-6108830。
附件：1.订购清单
2.营地平面图
芍川县青少年活动中心
2025年6月5日
""",
    ),
    dict(
        slug="mail-fwd-request-copper-basin-hall-repair",
        site="forwarded mail (invented)",
        style="邮件转发",
        genre="请示",
        kind="other",
        form="text",
        source="mail://forward/2025-08-13/bpx-0813-02",
        title="关于申请铜器老街铜盆展示馆修缮经费的请示",
        record_title="Fwd: 〔急·请审核〕关于申请铜器老街铜盆展示馆修缮经费的请示",
        date="2025-08-11",
        date_also=["2025-08-13"],
        notes="a forwarded mail as text: the forwarding header (from, date, to, cc, subject) and a forwarder's note above, a mail client's footer below; "
        "the request's own 抄送 line and contact stay; the mail's date differs from the 成文日期",
        page="""
!m 发件人：蓖坪乡党政办 <bpxdzb@126.com>
!m 发送时间：2025年8月13日 9:05
!m 收件人：县文旅局计财股 <ylwlj_jc@163.com>
!m 抄送：蓖坪乡文化站 <bpxwhz@126.com>
!t 主题：Fwd: 〔急·请审核〕关于申请铜器老街铜盆展示馆修缮经费的请示
!m 计财股各位同志：请示原文转给你们，请帮忙看一下，有问题随时联系。——乡党政办 小甘
!m -------- 原始邮件 --------
{BODY}
!m 此邮件由 126 网易免费邮 发送
""",
        indent="",
        body="""
县文化和旅游局：
蓖坪乡铜器老街铜盆展示馆建于2012年，是我县唯一展示铜盆锻制技艺的场馆，年接待游客约三万人次。由于建成时间较长，展馆屋面漏雨，部分展柜损坏，已影响藏品安全和正常开放。
经初步测算，屋面防水、展柜更换和消防设施改造共需资金48万元。我乡财力有限，恳请县文化和旅游局给予修缮经费支持。
妥否，请批示。
蓖坪乡人民政府
2025年8月11日
（联系人：甘雨欣，电话：0797-3361028）
抄送：县财政局。
""",
    ),
]

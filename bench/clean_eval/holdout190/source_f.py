"""holdout190, part F: exam forums, encyclopaedia/Q&A pages, cloud-drive shares, search
snapshots, print views and forwarded mails, around peelers, binder clips, plungers,
mousetraps and badge lanyards. An exam forum's 申论 essay with a hidden-review prompt and a
marking-service ad, an interview answer with forum junk, an encyclopaedia entry with
infobox, contents and edit tabs whose title is only its <h1>, a dialect Q&A whose title is
the question, a cloud-drive preview of a .docx, a .pdf plan cut by ▦ n ▦ markers glued or
not, a snapshot frame with highlighted terms, a text-only cache, a hotel's print view with
its own page footer, a bureau's print page with a 文号, a webmail reading view and a
forwarded text mail with a test table. Invented text throughout; see ../README.md and
../build.py."""

CASES = [
    dict(
        slug="examforum-shangan-shenlun-glue-boards-hidden-review",
        site="上岸吧公考论坛 (invented)",
        style="公考论坛",
        genre="申论范文",
        kind="other",
        form="html",
        source="https://bbs.shanganba.example.com/thread-330718-1-1.html",
        title="小小粘鼠板里的基层治理",
        record_title="〖申论习作〗小小粘鼠板里的基层治理（求拍砖）- 上岸吧公考论坛",
        date=None,
        notes="an exam forum: sign-in row, breadcrumb, a relative post time and an edit stamp (no date), a reply-to-see prompt for the hidden review, reply/collect/rate row, a marking-service ad with a WeChat id, a recommended link, copyright/ICP",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〖申论习作〗小小粘鼠板里的基层治理（求拍砖）- 上岸吧公考论坛</title>
<script src="/static/js/forum.js"></script></head>
<body>
<div class="hd">⟦m 上岸吧公考论坛⟧ ⟦a 登录　注册　签到领积分⟧</div>
<div class="pt">⟦m 论坛首页 › 申论交流区 › 范文点评⟧</div>
<div class="post">
<h1>{T}</h1>
<div class="authi">⟦m 楼主　申论搬砖人　发表于 前天 23:10⟧</div>
<div class="pstatus">⟦m 本帖最后由 申论搬砖人 于 前天 23:41 编辑⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="locked">⟦a 本帖隐藏的批改意见需回复可见⟧</div>
<div class="po">⟦l 回复 88　收藏 156　评分⟧</div>
</div>
<div class="ad">⟦w 申论一对一批改，加老师微信 sk_pigai01⟧</div>
<div class="rec">⟦l 推荐阅读：2025省考申论高频主题汇总⟧</div>
<div class="ft">⟦d 论坛内容仅供备考交流，版权归原作者⟧<br>⟦m Copyright © 上岸吧 粤ICP备23011862号⟧</div>
</body></html>
""",
        body="""
前不久，某地一位网友发帖吐槽：小区里老鼠成灾，向物业反映，物业说归社区管；找社区，社区说灭鼠药剂要疾控部门统一配发。一张粘鼠板，转了三道手，老鼠照样在楼道里跑。
小小粘鼠板，照见的是基层治理中的“推绕拖”。鼠患治理涉及物业、社区、卫健、市场监管等多个主体，职责交叉，看似人人有责，实则无人负责。
破解这一难题，关键在于厘清权责。要建立“网格发现、社区吹哨、部门报到”的联动机制，明确牵头单位和完成时限；要把群众的“小麻烦”纳入考核，让“接诉即办”不只停留在口号上。
民生无小事。把一张粘鼠板的事办好，群众才会相信，更大的事也能办好。
""",
    ),
    dict(
        slug="examforum-gongkaoquan-interview-binder-clips-junk",
        site="公考圈论坛 (invented)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="text",
        source="https://www.gongkaoquan.example.net/forum/t-77120.html",
        title="单位倡导节约使用长尾夹，有同事说小题大做，你怎么看？",
        record_title="【结构化·综合分析】单位倡导节约使用长尾夹，有同事说小题大做，你怎么看？- 公考圈论坛",
        date=None,
        notes="an exam forum's interview answer: the title repeated with its column prefix, a relative post time (no date), forum junk on lines and glued after sentences, support/reply row, a signature, a mock-interview ad with a QQ, a login-to-download prompt",
        page="""
!m 公考圈论坛 › 面试交流 › 结构化真题
!t 【结构化·综合分析】单位倡导节约使用长尾夹，有同事说小题大做，你怎么看？
!m 楼主：上岸再说　发表于 4 天前　|　只看楼主
{BODY}
!l 支持 45　反对 1　|　回复本帖
!m 签名：今年必上岸，不上岸不改名
!w 面试模拟一对一，联系Q：3380916725
!a 登录后可查看本题全部高分答案
""",
        junk=dict(lines=2, glued=2),
        body="""
我认为，倡导节约使用长尾夹看似是小事，实则体现的是单位的作风和风气，不能说是小题大做。
首先，节约办公用品是落实过紧日子要求的具体体现。一只长尾夹虽然只值几毛钱，但一个单位一年用量上万只，积少成多，就是一笔不小的开支。
其次，小事最能反映作风。对公家的东西随手丢弃，久而久之就会滋生浪费之风，在更大的事情上也不知道珍惜。
当然，单位在倡导节约时也要讲究方法，比如设置回收箱、定额领用，让节约变得方便易行，而不是简单地限制使用。
作为一名工作人员，我会从自身做起，用完的长尾夹及时回收，同时耐心向同事解释，争取大家的理解和支持。
""",
    ),
    dict(
        slug="wiki-zhiyuan-entry-badge-lanyard-infobox-h1",
        site="知源百科 (invented)",
        style="百科问答",
        genre="词条",
        kind="other",
        form="html",
        source="https://baike.zhiyuan.example.org/item/证件挂绳/20417",
        title="证件挂绳",
        record_title=None,
        date=None,
        notes="no record title: the entry name is the page's <h1> (and the first words of the body, so its label is matched as head); edit/discussion/history tabs, review line, infobox, contents, statistics with an update stamp (no date), references, related entries, disclaimer",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>证件挂绳_知源百科</title>
<script src="/static/baike.js"></script></head>
<body>
<div class="top">⟦m 知源百科 - 人人可编辑的百科全书⟧ ⟦a 进入词条　全站搜索⟧</div>
<div class="tabs">⟦a 编辑　讨论　历史版本⟧</div>
<h1 class="lemma-title">{T}</h1>
<div class="review">⟦m 本词条由“知源百科”词条编辑团队审核⟧</div>
<table class="infobox">
<tr><td>⟦m 中文名：证件挂绳⟧</td></tr>
<tr><td>⟦m 别名：工作证挂绳、胸卡挂绳⟧</td></tr>
<tr><td>⟦m 常见材质：涤纶、尼龙、竹纤维⟧</td></tr>
</table>
<div class="catalog">⟦l 目录　1 材质　2 工艺　3 安全⟧</div>
<div class="lemma">
{BODY}
</div>
<div class="stat">⟦m 词条统计：浏览次数 8,412　编辑次数 7 次　最近更新 2025-02-11⟧</div>
<div class="ref">⟦l 参考资料：[1] 会展用品采购指南⟧</div>
<div class="rel">⟦l 相关词条：卡套　伸缩扣　工作证⟧</div>
<div class="foot">⟦d 百科内容由网友共同编辑，仅供参考，如有不实请提交修改⟧</div>
</body></html>
""",
        body="""
证件挂绳，又称工作证挂绳、胸卡挂绳，是用于悬挂工作证、参会证、门禁卡等证件的绳带，一般由绳带、扣具和卡套连接件组成。
材质
常见的材质有涤纶、尼龙、棉和竹纤维等。涤纶挂绳价格低、印刷效果好，使用最广；竹纤维挂绳可自然降解，近年来在会展行业推广较多。
工艺
挂绳图案主要采用丝网印刷、热转印和编织等工艺。热转印色彩鲜艳，适合复杂图案；编织工艺图案不易磨损，但成本较高。
安全
用于儿童、医护人员、机械操作人员等人群的挂绳，一般应配有安全断扣，受到一定拉力时自动断开，防止勒伤颈部或被卷入设备。
""",
    ),
    dict(
        slug="wiki-wenbaike-why-called-pichuaizi-question-title",
        site="问百科 (invented)",
        style="百科问答",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.wenbaike.example.com/jiaju/q/90332.html",
        title="皮搋子为什么叫皮搋子？",
        record_title=None,
        date=None,
        notes="no record title: the question on the page is the title; category line, agree/views line, answerer line with a badge, all-answers link, related questions, write/invite/share row, disclaimer; no date",
        page="""
!m 问百科 · 生活常识
!m 分类：家居日用 > 清洁工具
{T}
!m 12人赞同了该回答　被浏览 6,930 次
!m 答主：方言爱好者老唐　已认证：民俗研究者
{BODY}
!l 查看全部 5 个回答
!l 相关问题：地漏堵了用什么工具？｜马桶疏通剂安全吗？
!a 写回答　邀请回答　分享
!d 内容来自用户分享，不代表问百科立场
""",
        body="""
“皮搋子”是北方不少地区对马桶疏通器的俗称，学名叫“橡胶疏通器”或“吸盘式疏通器”。
“搋”字本义是用手揉、压，比如“搋面”就是用力揉面。使用皮搋子时，要握住木柄把橡胶碗反复往下压、往上提，动作和搋面很像，再加上碗是橡胶做的，于是就有了“皮搋子”这个叫法。
在南方一些地方，人们也管它叫“吸把”或“水拔子”。
需要注意的是，皮搋子适合处理纸巾、粪便等软性堵塞，遇到硬物堵塞时不宜强行使用。
""",
    ),
    dict(
        slug="netdisk-feixu-peeler-moulding-5s-plan-docx",
        site="飞絮网盘 (invented)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="html",
        source="https://pan.feixu.example.com/s/1aQ7fZk3Lm",
        title="削皮器注塑车间5S管理推行方案",
        record_title="削皮器注塑车间5S管理推行方案.docx",
        date="2025-08-25",
        notes="file-name record title; a cloud-drive preview: the file name as the page's title line, a share stamp and validity (no date), save/download buttons, a preview-limit notice, report link; the signature date expected",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>削皮器注塑车间5S管理推行方案.docx_免费高速下载|飞絮网盘</title>
<script src="https://pan.feixu.example.com/static/share.js"></script></head>
<body>
<div class="hd">⟦m 飞絮网盘⟧ ⟦a 登录 | 注册⟧</div>
<div class="file">
<div class="fname">⟦t 削皮器注塑车间5S管理推行方案.docx⟧</div>
<div class="finfo">⟦m 分享者：lifeng_scb　分享时间：2025-08-27 14:02　有效期：永久⟧</div>
<div class="fsize">⟦m 文件大小：46.5KB⟧</div>
<div class="btn">⟦a 转存到我的网盘⟧ ⟦a 下载（需客户端）⟧</div>
</div>
<div class="preview">
{BODY}
</div>
<div class="limit">⟦d 仅支持预览前3页，完整内容请保存后查看⟧</div>
<div class="report">⟦l 举报此分享⟧</div>
<div class="ft">⟦d 请勿通过网盘分享违法违规内容⟧ ⟦m ©2025 飞絮网盘⟧</div>
</body></html>
""",
        body="""
一、推行目的
通过开展整理、整顿、清扫、清洁、素养活动，改善注塑车间现场环境，减少削皮器手柄注塑不良品，提高生产效率。
二、推行组织
成立5S推行小组，组长由生产部经理担任，各班组长为组员，质量部负责检查评比。
三、推行步骤
第一阶段（9月1日至9月15日）：全面清理车间内的废料、旧模具和不用的工装夹具，划定物料区、半成品区和成品区。
第二阶段（9月16日至10月15日）：对注塑机、模具架、周转箱进行定置定位，设置标识牌。
第三阶段（10月16日起）：每周开展一次5S检查，结果在车间看板公布，纳入班组绩效考核。
绛溪县利丰厨具有限公司生产部
2025年8月25日
""",
    ),
    dict(
        slug="netdisk-yandu-granary-pest-plan-pdf-grid-markers-mix",
        site="雁渡网盘 (invented)",
        style="网盘分享",
        genre="计划",
        kind="plan",
        form="text",
        source="https://www.yandu-pan.example.cn/share/init?surl=Qm3v8Kd2",
        title="2025年度储备粮库虫鼠害防治计划",
        record_title="2025年度储备粮库虫鼠害防治计划.pdf",
        date="2025-01-08",
        notes="file-name record title (.pdf); a cloud-drive text preview cut by ▦ n ▦ markers, some on lines of their own, some glued to the continuation; a share stamp (no date), save/download row, preview-end prompt, storage notice",
        page="""
!m 雁渡网盘 · 文件分享
!m 分享人：粮库小周　分享于 2025-01-10　浏览 77 次
!t 2025年度储备粮库虫鼠害防治计划.pdf
!m 文件大小 1.8MB　共4页
!a 保存到网盘　普通下载　极速下载（会员）
{BODY}
!a 预览已结束，查看更多请保存到网盘
!d 雁渡网盘仅提供存储服务，分享内容由用户负责
""",
        pages=dict(fmt="▦ {n} ▦", every=80, start=2, glue="mix", sep=" "),
        body="""
一、指导思想
坚持“以防为主、综合防治”的方针，优先采用物理防治和生物防治方法，严格控制化学药剂使用，确保储粮安全和人员安全。
二、防治目标
全年储粮基本无虫粮率达到100%，库区鼠密度控制在1%以下，不发生鼠咬电缆引发的安全事故。
三、主要措施
（一）仓房密闭。入库前对仓房门窗、通风口安装防虫网和挡鼠板，检查墙体孔洞并及时封堵。
（二）器械防鼠。在仓房四周、器材库、配电房每10米布放一只捕鼠笼，粘鼠板每周检查更换一次。
（三）监测预警。每月开展一次虫情鼠情监测，建立台账，发现异常立即报告。
四、保障措施
库里安排专项经费6万元，用于购置防鼠器械和检测设备，保管员防治工作情况纳入年度考核。
缙原县粮食储备库
2025年1月8日
""",
    ),
    dict(
        slug="snapshot-xunzong-conference-badges-lanyards-highlight-frame",
        site="寻踪快照 (invented search cache)",
        style="搜索快照",
        genre="须知",
        kind="notice",
        form="html",
        source="http://cache.xunzong.example.com/c?u=www.jxicc.example.com/hwfw/2025/1009/41.html",
        title="会议代表证件及挂绳发放须知",
        record_title="会议代表证件及挂绳发放须知_绛溪国际会议中心 - 寻踪快照",
        date="2025-10-09",
        notes="a search-cache frame (snapshot banner with its stamp, current/text-only links, highlighted terms) over a conference centre's page with its own 发布时间 (equal to the signature date); colour-coded lanyards; the registration desk's phone in the body beside the centre's switchboard",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>会议代表证件及挂绳发放须知_绛溪国际会议中心 - 寻踪快照</title>
<style>.hl{background:#ff0}</style></head>
<body>
<div class="snap-bar">
<p>⟦d 这是 寻踪 保存的 2025年10月12日 06:31 的网页快照，当前页面可能已经更改⟧</p>
<p>⟦a 查看当前页面　|　仅文字版⟧</p>
<p>⟦m 以下关键词已高亮：代表证 挂绳⟧</p>
</div>
<div class="orig">
<div class="hd">⟦m 绛溪国际会议中心⟧</div>
<div class="nav">⟦m 首页　会议服务　场馆介绍　服务须知　联系我们⟧</div>
<h1>{T}</h1>
<p class="meta">⟦m 发布时间：2025-10-09　来源：会务部⟧</p>
{BODY}
<p class="rel">⟦l 相关通知：会议期间交通管制提示⟧</p>
<div class="ft">⟦m 地址：绛溪县滨江大道1号　总机：0731-8920000⟧</div>
</div>
</body></html>
""",
        body="""
一、报到时间：2025年10月15日14:00至20:00；地点：会议中心一楼大堂报到处。
二、代表凭身份证和会议通知领取代表证，代表证用红色挂绳佩戴，工作人员证用蓝色挂绳，媒体证用黄色挂绳。
三、会议期间，请代表全程佩戴证件，凭证进入会场、餐厅和住宿楼层。
四、代表证如有遗失，请立即到报到处登记，补办时原证件同时作废。
五、会议结束后，请将挂绳投入各出口的回收箱，以便循环使用。
报到处联系电话：0731-8920066。
绛溪国际会议中心
2025年10月9日
""",
    ),
    dict(
        slug="snapshot-textonly-library-binder-clips-copy-area",
        site="寻踪快照 (invented search cache, text version)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="text",
        source="http://cache.xunzong.example.com/t?u=www.tslib.example.cn/tzgg/2025/0224/88.html",
        title="关于自助复印区暂停提供长尾夹等免费用品的通知",
        record_title="关于自助复印区暂停提供长尾夹等免费用品的通知 - 快照（纯文字版）",
        date="2025-02-24",
        notes="a text-only cache: snapshot notice, original address and a crawl stamp (no date), the library's menu line, prev link, the library's address/phone, back-to-snapshot link; the signature date expected",
        page="""
!d 提示：您正在查看的是网页快照的纯文字版本，原网页可能已经更新
!m 原始地址：http://www.tslib.example.cn/tzgg/2025/0224/88.html
!m 快照抓取时间：2025-03-05 11:07:44
!m 缇山县图书馆 | 首页 | 读者服务 | 通知公告
{T}
{BODY}
!l 上一条：春节期间开放时间调整的通知
!m 地址：缇山县文化路12号　咨询电话：0745-6630188
!a 返回完整版快照
""",
        body="""
各位读者：
为倡导节约、减少浪费，自2025年3月1日起，本馆二楼自助复印区暂停免费提供长尾夹、回形针、订书钉等用品。
近一年来，复印区每月消耗长尾夹约两千只，但归还率不足一成，部分读者一次取用数十只，造成较大浪费。
读者如有需要，可到一楼服务台按成本价购买，或自带办公用品。复印、扫描服务照常提供。
感谢各位读者的理解与支持。
缇山县图书馆
2025年2月24日
""",
    ),
    dict(
        slug="print-jinting-hotel-toilet-clog-procedure-window-print",
        site="缙原锦庭酒店质量管理体系 (invented)",
        style="打印页",
        genre="制度",
        kind="other",
        form="html",
        source="http://qms.jinting-hotel.example.com/doc/print.aspx?id=JT-GC-017",
        title="客房卫生间堵塞应急处置流程",
        record_title="客房卫生间堵塞应急处置流程 · 打印视图 · 缙原锦庭酒店",
        date=None,
        notes="a hotel's print view calling window.print(): system name, document number/version, printed-by line with a print stamp (no date), print/back row, a print footer 【本页 1 / 全文 1 页】, controlled-copy notice; numbered steps; no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>客房卫生间堵塞应急处置流程 · 打印视图 · 缙原锦庭酒店</title>
<style>@media print{.noprint{display:none}}</style>
<script>window.onload=function(){window.print();};</script></head>
<body>
<div class="noprint">⟦a 确认打印　返回上页⟧</div>
<div class="head">⟦m 缙原锦庭酒店 · 质量管理体系文件⟧</div>
<div class="no">⟦m 文件编号：JT-GC-017　版本：B/1⟧</div>
<h2>{T}</h2>
<div class="printer">⟦m 打印人：前厅部 卢倩　打印时间：2025-11-20 15:42⟧</div>
{BODY}
<div class="pf">⟦p 【本页 1 / 全文 1 页】⟧</div>
<div class="ctrl">⟦d 受控文件，复印无效⟧</div>
</body></html>
""",
        body="""
1.接到客人报修后，前台应在3分钟内通知工程部值班人员，并告知客人预计到达时间。
2.工程部人员携带皮搋子、疏通弹簧、防水手套和吸水毛巾进房，进房前须敲门通报。
3.先用皮搋子处理，不得使用强酸、强碱类疏通剂；10分钟内无法疏通的，由值班经理协调为客人更换房间。
4.处置完毕后，客房部须对卫生间地面、马桶进行清洁消毒，更换地巾。
5.工程部在维修单上登记堵塞原因，每月汇总分析，对反复堵塞的房间安排管道检修。
""",
    ),
    dict(
        slug="print-goulin-grain-bureau-rodent-notice-docno",
        site="缑岭县粮食和物资储备局 (invented)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="text",
        source="http://lsj.goulin.example.gov.cn/tzgg/print_1010.html",
        title="关于做好秋粮入库期间防鼠工作的通知",
        record_title="关于做好秋粮入库期间防鼠工作的通知（打印页）",
        date="2025-10-10",
        notes="a bureau's print page: print date and source URL (no date), a 文号 line (neutral), the document's 联系人/电话, print/close row, a print footer ⛶ 1／1 ⛶, copyright; the signature date expected",
        page="""
!m 缑岭县粮食和物资储备局 - 打印页
!m 打印日期：2025/10/23　来源网址：http://lsj.goulin.example.gov.cn/tzgg/1010.html
{T}
缑粮储〔2025〕21号
{BODY}
!a 点击打印　|　关闭本窗口
!p ⛶ 1／1 ⛶
!m 缑岭县粮食和物资储备局版权所有
""",
        indent="\u3000\u3000",
        body="""
各国有粮食储备库、各收储企业：
当前正值秋粮集中入库时期，粮食进出频繁，鼠类活动增加。为确保储粮安全，现就做好防鼠工作通知如下：
一、入库前全面检查仓房挡鼠板、防鼠网，缺失破损的立即补齐修复。
二、收购现场散落粮食做到随落随清，不得过夜堆放。
三、仓内严禁投放化学灭鼠药，统一使用捕鼠笼、粘鼠板等器械，并做好检查记录。
四、各单位于11月30日前将防鼠工作开展情况报局仓储科。
联系人：仓储科　叶春明，电话：0743-5238017。
缑岭县粮食和物资储备局
2025年10月10日
""",
    ),
    dict(
        slug="mail-xiangyang-webmail-fwd-lanyard-order-confirmation",
        site="缃阳云邮 (invented webmail)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.xyyunyou.example.com/read?mid=ZC2025102509120417",
        title="关于年会代表证挂绳定制的确认函",
        record_title="Fwd: 关于年会代表证挂绳定制的确认函",
        date="2025-10-24",
        date_also=["2025-10-25"],
        notes="a webmail reading view: toolbar rows, sender/recipient/time headers (the mail's send date 10-25 also accepted), subject line with Fwd:, a forwarded-message header, an attachment bar; the 函's signature date (10-24) expected; the document's contact in the body",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Fwd: 关于年会代表证挂绳定制的确认函 - 缃阳云邮</title>
<script src="/js/mailread.js"></script></head>
<body>
<div class="mhd">⟦m 缃阳云邮 · 企业邮箱⟧ ⟦a 写信　收信　通讯录　退出⟧</div>
<div class="tb">⟦a 回复　回复全部　转发　删除　标记为…⟧</div>
<div class="mhead">
<div>⟦t 主题：Fwd: 关于年会代表证挂绳定制的确认函⟧</div>
<div>⟦m 发件人：鲁海燕 &lt;luhaiyan@fcmice.example.org&gt;⟧</div>
<div>⟦m 收件人：sales@caihong-ribbon.example.com⟧</div>
<div>⟦m 时间：2025年10月25日(星期六) 上午9:12⟧</div>
</div>
<div class="mbody">
<p>⟦m ---------- 转发的邮件 ----------⟧</p>
<p>⟦m 发件人：绂川市会展行业协会秘书处⟧</p>
<p>⟦m 日期：2025年10月24日 17:30⟧</p>
{BODY}
</div>
<div class="att">⟦a 附件（1个）：确认函盖章版.pdf　下载　预览⟧</div>
<div class="mft">⟦d 本邮件及所附文件可能含有保密信息，如您误收，请立即删除⟧</div>
</body></html>
""",
        body="""
绂川市彩虹织带有限公司：
贵公司10月20日报来的年会代表证挂绳设计稿及报价单已收悉。经研究，现将有关事项确认如下：
一、同意采用第二稿设计方案，挂绳宽度20mm，深红色底，白色字样，配塑料安全断扣。
二、订购数量为800根，单价3.2元，总价2560元（含税）。
三、请于11月15日前送达我会秘书处，随货提供材质检测报告。
请贵公司接函后按上述要求组织生产。
联系人：鲁海燕，电话：0746-3381205。
绂川市会展行业协会秘书处
2025年10月24日
""",
    ),
    dict(
        slug="mail-lifeng-forward-peeler-test-report-docx-title",
        site="利丰厨具企业邮箱 (invented)",
        style="邮件转发",
        genre="整改意见",
        kind="other",
        form="text",
        source="mailto:scb@lifeng-kitchen.example.com?msg=20250915-1021",
        title="削皮器样品检测报告及整改意见",
        record_title="回复：Re: 削皮器样品检测报告及整改意见.docx",
        date="2025-09-12",
        date_also=["2025-09-15"],
        notes="a forwarded text mail: forward header, sender, send time (09-15, also accepted), recipients, subject with 回复：Re: and a .docx name (file-name title); the forwarder's note (neutral); a test-results table; the institute's signature date (09-12, expected); attachment line and a mobile-client footer",
        page="""
!m -------- 转发邮件信息 --------
!m 发件人："邵明"<shaoming@lifeng-kitchen.example.com>
!m 发送时间：2025年9月15日 星期一 10:21
!m 收件人："生产部全体"<scb@lifeng-kitchen.example.com>
!t 主题：回复：Re: 削皮器样品检测报告及整改意见.docx
各位：检测所的整改意见转给大家，请生产部本周内拿出方案。——邵明
{BODY}
!a 附件：削皮器样品检测报告及整改意见.docx（32KB）　下载 | 预览
!m 发自我的手机邮箱
""",
        body="""
利丰厨具公司品质部：
你司8月送检的LF-Y05型削皮器样品，经我所检测，共检验项目12项，其中2项不合格，具体如下：
检验项目　标准要求　检测结果　判定
刀片硬度　≥48HRC　45HRC　不合格
刀片与刀架连接强度　≥200N　168N　不合格
手柄耐热性　无变形　无变形　合格
针对上述问题，提出以下整改意见：
1.调整刀片热处理工艺，提高回火后硬度；
2.改进铆接工装，增加铆点数量，并对每批次进行拉力抽检。
请于整改完成后重新送样复检。
绛溪县产品质量检验所
2025年9月12日
""",
    ),
]

"""holdout298, part F: 公考论坛, 百科问答, 网盘分享, 搜索快照, 打印页, 邮件转发 (one HTML and one text case each).

Every case written by hand; invented places, people, sites, URLs and chrome wording."""

CASES = [
    dict(
        slug="examforum-shangan-essay-lunchbag-reply-to-see",
        site="上岸驿站公考论坛 (invented)",
        style="公考论坛",
        genre="申论文章",
        kind="other",
        form="html",
        source="https://bbs.shanganyz.com/thread-301876-1-1.html",
        title="一只饭盒袋里的民生温度",
        record_title="〔申论大作文·自练〕一只饭盒袋里的民生温度｜求点评 - 申论区 - 上岸驿站公考论坛",
        date=None,
        notes="an exam forum's essay post: a reply-to-see prompt, a QQ group ad, a rating row; relative post time; no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>〔申论大作文·自练〕一只饭盒袋里的民生温度｜求点评 - 申论区 - 上岸驿站公考论坛</title>
<script src="static/js/forum.js?V3"></script>
</head><body>
<div id="toptb">⟦m 上岸驿站公考论坛　陪你一路上岸⟧　<a>⟦a 登录⟧</a>　<a>⟦a 注册⟧</a></div>
<div id="nv">⟦m 首页　国考区　省考区　申论区　面试区　事业单位区⟧</div>
<div id="pt">⟦m 上岸驿站 › 申论区 › 大作文自练⟧</div>
<div class="post">
<h1>⟦t 〔申论大作文·自练〕一只饭盒袋里的民生温度｜求点评⟧</h1>
<div class="authi">⟦m 楼主：青灯备考中　发表于 4 天前　只看该作者⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="rate">⟦l 评分：论坛币 +5　理由：结构清楚，论据再具体些⟧</div>
<div class="hide">⟦a 楼主附了逐段批改意见，回复本帖后可见⟧</div>
</div>
<div class="ad">⟦w 申论批改交流群：QQ 815520374（备注上岸）⟧</div>
<div id="ft">⟦m 上岸驿站公考论坛　Powered by Discuz!　豫ICP备21020736号⟧</div>
</body></html>
""",
        body="""
清晨六点，环卫工人老馇把饭盒装进社区送来的保温饭盒袋，挂在三轮车把上。中午在路边歇脚时，打开饭盒，饭菜还冒着热气。一只小小的饭盒袋，装着的是城市对劳动者的温情。
民生无小事。群众的冷暖，往往就藏在一只饭盒袋、一张长椅、一盏路灯这样的细节里。基层治理要把这些细节放在心上，才能把好事办到群众心坎上。
把细节做实，需要精准对接需求。有的社区一拍脑袋统一采购，送去的东西群众用不上；有的社区先入户问需，再由志愿者量身缝制，一只饭盒袋就成了连心袋。
把细节做实，更需要久久为功。温暖不能只在节日里出现，要让关爱成为常态，让每一位劳动者都能吃上一口热饭。
""",
    ),
    dict(
        slug="examforum-bimiantong-interview-laundry-bag-junk",
        site="笔面通论坛 (invented exam forum)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="text",
        source="https://www.bimiantong.com/forum/sydw/t-66183.html",
        title="洗衣房发现感染性织物未装水溶性洗衣袋，你怎么处理？",
        record_title="〖卫健面试真题〗洗衣房发现感染性织物未装水溶性洗衣袋，你怎么处理？（附答题思路） - 事业单位区 - 笔面通论坛",
        date=None,
        notes="an interview answer on an exam forum with anti-scraping junk as lines and glued after a 。; relative post "
        "time; a reply-to-see prompt and a coaching WeChat under it",
        page="""
!m 笔面通论坛 › 事业单位区 › 面试交流
!t 〖卫健面试真题〗洗衣房发现感染性织物未装水溶性洗衣袋，你怎么处理？（附答题思路）
!m 楼主：一次上岸　发表于 6 天前　阅读 904
{BODY}
!l 1楼 小白兔考编：收藏了，思路很清楚
!a 回复后可查看楼主整理的卫健面试题库
!w 面试一对一陪练，加微信 bmt_mianshi
!m 笔面通论坛 ©2024
""",
        junk=dict(lines=2, glued=1),
        body="""
我的答题思路，供大家参考：
首先，立即控制风险。我会第一时间赶到洗衣房，请工作人员暂停对这批织物的分拣和洗涤，穿戴好防护用品后，将织物重新装入水溶性洗衣袋，再放入专用收集袋，单独整袋入机洗涤。
其次，查明原因。通过查看交接登记、询问病区护工，弄清是哪个病区、哪个环节没有按规定装袋，是洗衣袋缺货，还是人员不熟悉流程。
再次，举一反三。将情况报告科室负责人，建议对相关病区进行一次专项培训，并把水溶性洗衣袋的配备纳入日常检查。
最后，做好记录，跟踪整改效果，确保此类问题不再发生。
""",
    ),
    dict(
        slug="wiki-zhiduoshao-entry-clothes-brush-infobox",
        site="知多少百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://baike.zhiduoshao.net/item/衣刷/30127",
        title="衣刷",
        record_title=None,
        date=None,
        notes="an encyclopaedia entry: no record title, the <h1> entry name (also the body's first word, matched as head); "
        "edit/discuss/history tabs, an infobox, a contents box, reference markers glued after 。 and an 'edit' link "
        "glued to a section heading; an update stamp is no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>知多少百科 - 人人可编辑的百科全书</title>
<script src="//baike.zhiduoshao.net/static/item.js"></script>
</head><body>
<div class="bk-top">⟦m 知多少百科⟧　<form><input><button>⟦a 进入词条⟧</button></form>　⟦a 登录⟧</div>
<div class="bk-tabs">⟦a 编辑词条　讨论区　历史版本⟧</div>
<div class="bk-main">
<h1>{T}</h1>
<p class="bk-sub">⟦m 日用刷具⟧</p>
<table class="infobox">
<tr><td>⟦m 中文名：衣刷⟧</td><td>⟦m 外文名：clothes brush⟧</td></tr>
<tr><td>⟦m 类　别：日用刷具⟧</td><td>⟦m 主要材料：猪鬃、马毛、尼龙丝⟧</td></tr>
</table>
<div class="toc"><p>⟦l 目录⟧</p><p>⟦l 1 历史⟧</p><p>⟦l 2 种类⟧</p><p>⟦l 3 使用方法⟧</p></div>
<div class="bk-para">
{BODY}
</div>
<div class="refs"><h3>⟦l 参考资料⟧</h3><p>⟦l [1] 日用刷具编写组.日用刷具基础知识.轻工出版社⟧</p><p>⟦l [2] 饸川县志·工业篇.地方志办公室编⟧</p></div>
<p class="bk-stat">⟦m 浏览 6027 次　编辑 14 次　最近更新：2024-05-30⟧</p>
</div>
<div class="bk-foot">⟦d 词条内容由网友协作编辑，仅供参考，不构成专业建议⟧　⟦m © zhiduoshao.net⟧</div>
</body></html>
""",
        body="""
衣刷是用来清除衣物表面灰尘、毛屑和污渍的刷子，多由刷柄和刷毛两部分组成，是家庭、干洗店和服装厂常用的日用刷具。⟦m [1]⟧
历史⟦a [编辑]⟧
早期的衣刷多以竹木为柄、猪鬃为毛，靠手工逐束植毛。二十世纪后期，尼龙丝和机械植毛逐渐普及，衣刷产量大幅提高。⟦m [2]⟧
种类
按刷毛材质，衣刷可分为猪鬃衣刷、马毛衣刷、尼龙衣刷和混合毛衣刷。马毛较软，适合羊绒、丝绸等细软面料；猪鬃较硬，适合呢子大衣和西装。另有带静电吸附功能的除尘衣刷，以及粘毛滚刷等衍生产品。
使用方法
刷衣时应顺着面料的纹理，自上而下轻刷。刷完后宜将衣刷挂在通风处，定期用温水清洗刷毛并阴干。
""",
    ),
    dict(
        slug="wiki-zhiduoshao-entry-shoe-rack-text",
        site="知多少百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="https://baike.zhiduoshao.net/item/晾鞋架/30988",
        title="晾鞋架",
        record_title="晾鞋架（居家晾晒用具）_知多少百科",
        date=None,
        notes="an encyclopaedia entry as text: the entry name with a gloss in brackets; a creator line, edit actions, a "
        "reference marker glued after a 。, related entries; 'last updated 昨天' is no date",
        page="""
!m 知多少百科 · 人人可编辑的百科全书
!t 晾鞋架（居家晾晒用具）
!m 本词条由网友“阳台达人”创建，共 9 人参与编辑
!a 编辑本条　补充义项　收藏
{BODY}
!l 相关词条：晾衣架　鞋柜　烘鞋器
!d 百科词条由网友共同编辑，如发现错误欢迎指正
!m 最近更新：昨天　浏览：3311
""",
        body="""
晾鞋架是用于晾晒、风干鞋子的架子，常见于家庭阳台、学生宿舍和公共浴室。
按安装方式，晾鞋架可分为挂窗式、落地式、壁挂式和挂杆式。挂窗式晾鞋架挂在窗外或栏杆外侧，节省室内空间，但存在坠落隐患，不少城市已提倡拆除；落地式和壁挂式安装在阳台以内，安全性较好。⟦m [3]⟧
常见材料有不锈钢、铝合金和塑料。不锈钢晾鞋架承重大、不易生锈；塑料晾鞋架轻便价廉，但长期日晒容易老化变脆。
选购时应注意挂钩和焊点是否牢固，安装在室外的应加装防坠绳。
""",
    ),
    dict(
        slug="netdisk-chengyun-instruction-mesh-bag-docx",
        site="澄云盘 (invented cloud drive)",
        style="网盘分享",
        genre="作业指导书",
        kind="other",
        form="html",
        source="https://pan.chengyun.cc/s/7hQ2xKd",
        title="网眼洗衣袋缝制作业指导书",
        record_title="网眼洗衣袋缝制作业指导书.docx",
        date=None,
        notes="a cloud-drive preview: the file name as the title, a share stamp and validity, an extraction code, VIP "
        "download prompts; a work instruction with decimal headings; no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>网眼洗衣袋缝制作业指导书.docx_免费高速下载|澄云盘</title>
<script src="https://pan.chengyun.cc/static/share.js"></script>
</head><body>
<div class="cy-head">⟦m 澄云盘⟧　⟦a 登录⟧　⟦a 下载客户端⟧</div>
<div class="cy-file">
<h2>⟦t 网眼洗衣袋缝制作业指导书.docx⟧</h2>
<p>⟦m 分享者：车间文员小宋　分享时间：2024-08-02 10:17　有效期：7天⟧</p>
<p>⟦m 提取码：x7pd⟧</p>
<p>⟦a 保存到云盘　下载（需超级会员）　举报⟧</p>
</div>
<div class="cy-preview">
{BODY}
</div>
<div class="cy-vip">⟦a 当前为预览模式，开通超级会员可下载原文件⟧</div>
<div class="cy-foot">⟦d 请勿通过澄云盘分享侵权或违法内容⟧　⟦m © 2024 chengyun.cc⟧</div>
</body></html>
""",
        body="""
1 适用范围
本指导书适用于本公司网眼洗衣袋缝制车间的裁剪、包边、上拉链和检验工序。
2 作业要求
2.1 裁剪：网布按样板裁剪，尺寸偏差不超过3毫米，裁片边缘不得有抽丝。
2.2 包边：使用40支涤纶线，每3厘米12针，包边宽度1厘米，不得漏缝、跳针。
2.3 上拉链：拉链两端各留1.5厘米，拉头一律朝向袋口小口袋一侧。
3 检验
3.1 每只洗衣袋下线后，检验员逐只检查缝线和拉链，往复拉动拉链10次无卡滞为合格。
3.2 不合格品挂红色标签，退回对应工序返修。
""",
    ),
    dict(
        slug="netdisk-chengzhou-plan-willow-baskets-wps-markers",
        site="橙舟网盘 (invented cloud drive)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.chengzhoupan.com/f/Lh82mQ",
        title="鞡河镇柳编脏衣篮出口订单质量提升工作方案",
        record_title="鞡河镇柳编脏衣篮出口订单质量提升工作方案.wps",
        date="2024-03-28",
        notes="a cloud-drive text preview of a .wps file cut by page markers ▯n▯ on lines of their own; a share stamp "
        "(3 天前) is no date; the 成文日期 is the date",
        page="""
!m 橙舟网盘 · 文件分享
!t 鞡河镇柳编脏衣篮出口订单质量提升工作方案.wps
!m 文件大小：56.5KB　分享者：lhzf_ban　3 天前分享
!a 保存到我的网盘　普通下载　高速下载（会员）
{BODY}
!a 在线预览最多显示20页，完整内容请下载查看
!d 请勿分享涉密文件，违规内容将被删除。
!m 橙舟网盘 chengzhoupan.com
""",
        pages=dict(fmt="▯{n}▯", every=100, start=2),
        body="""
为提高我镇柳编脏衣篮出口订单交货合格率，巩固柳编产业发展成果，制定本方案。
一、工作目标。年内全镇柳编脏衣篮交货合格率由92%提高到97%以上，退货率控制在1%以内。
二、主要措施。
（一）统一原料标准。由镇柳编协会统一收购杞柳，按粗细分级，去皮后晾晒至含水率不超过15%。
（二）加强技术指导。聘请两名省级工艺美术师，每月到各合作社巡回指导，重点解决锁边不紧、篮盖变形等问题。
（三）实行质量追溯。每只脏衣篮挂编织人编号牌，出现质量问题可追溯到人。
三、组织保障。成立由分管副镇长任组长的工作专班，每季度通报一次各合作社质量情况。
鞡河镇人民政府
2024年3月28日
""",
    ),
    dict(
        slug="snapshot-xunzong-union-notice-lunchbags-frame",
        site="寻踪搜索 快照 (invented) of 馃阳县总工会",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://cache.xunzong.com/c?u=www.gyzgh.org.cn%2Ftzgg%2F2024%2F1128.html",
        title="关于为户外劳动者发放保温饭盒袋的通知",
        record_title="关于为户外劳动者发放保温饭盒袋的通知 - 馃阳县总工会 - 寻踪快照",
        record_date="2024-11-28",
        date="2024-11-28",
        notes="a search cache frame: a capture banner with its own time (no date), a highlighted-keywords line, the original "
        "site's header, posting line and footer inside; the record gives the date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>关于为户外劳动者发放保温饭盒袋的通知 - 馃阳县总工会 - 寻踪快照</title>
<base href="http://www.gyzgh.org.cn/tzgg/2024/1128.html">
<script src="http://cache.xunzong.com/js/highlight.js"></script>
</head><body>
<div class="xz-frame">
<p>⟦d 寻踪快照：此为网页在 2024年12月15日 09:20 的存档，原网页可能已经变化⟧</p>
<p>⟦d 已为您高亮显示以下搜索词：饭盒袋　户外劳动者⟧</p>
<p>⟦a 查看原网页　｜　关于快照⟧</p>
</div>
<div class="orig">
<div class="gh-top">⟦m 馃阳县总工会　职工之家⟧</div>
<div class="gh-nav">⟦m 首页　工会要闻　通知公告　维权服务　职工书屋⟧</div>
<div class="gh-pos">⟦m 首页 → 工会通知⟧</div>
<h1>{T}</h1>
<p class="gh-meta">⟦m 发布日期：2024-11-28　信息来源：权益保障部⟧</p>
<div class="gh-txt">
{BODY}
</div>
<div class="gh-foot">⟦m 馃阳县总工会　地址：馃阳县人民北路21号　职工维权热线：12351⟧</div>
</div>
</body></html>
""",
        body="""
各镇（街道）总工会，县直各基层工会：
为关心关爱户外劳动者，县总工会决定今冬为全县环卫工人、快递员、外卖送餐员等户外劳动者发放保温饭盒袋，现将有关事项通知如下：
一、发放对象为在我县“户外劳动者服务站”登记的一线户外劳动者，每人一只。
二、各基层工会于12月10日前将发放名单报县总工会权益保障部，县总工会统一采购后分批配送到各服务站。
三、各服务站要同步做好微波炉、热水等配套服务，让户外劳动者吃上热饭、喝上热水。
馃阳县总工会
2024年11月28日
""",
    ),
    dict(
        slug="snapshot-xunzong-consumer-tip-brushes-wrapped",
        site="寻踪搜索 文字快照 (invented) of 粿溪县消费者协会",
        style="搜索快照",
        genre="消费提示",
        kind="notice",
        form="text",
        source="http://cache.xunzong.com/t?u=www.gxxxh.org.cn%2Fxfts%2F2024%2F1202.html",
        title="冬季大衣护理消费提示：用好衣刷，少跑干洗店",
        record_title="【消费提示】冬季大衣护理消费提示：用好衣刷，少跑干洗店（仅文字快照）",
        date="2024-12-02",
        notes="a text-only cache hard-wrapped at 66 columns; the snapshot stamp is no date; the notice's signature date; "
        "12315 inside the body next to the council's complaint line",
        page="""
!d 您正在查看网页的文字快照，生成于 2024-12-09，图片和样式已略去。
!a 查看原网页 ｜ 快照说明
!m 粿溪县消费者协会
!t 【消费提示】冬季大衣护理消费提示：用好衣刷，少跑干洗店
!m 日期：2024-12-02　来源：县消协秘书处
{BODY}
!m 投诉咨询：0833-5212315
!m 粿溪县消费者协会　地址：粿溪县解放路115号
""",
        indent="\u3000\u3000",
        wrap=66,
        body="""
进入冬季，呢子大衣、羊绒大衣成为不少市民的常穿衣物。近期，县消费者协会接到多起大衣干洗纠纷投诉。为此，县消协发布消费提示：
一、日常打理用衣刷。大衣穿着后，挂在衣架上用软毛衣刷顺着面料纹理从上往下轻刷，可以去掉大部分浮尘和毛屑，减少送洗次数。
二、选对衣刷。羊绒等细软面料宜选马毛衣刷，呢子面料可用猪鬃衣刷，不宜使用硬质尼龙刷，以免刮伤面料。
三、送洗留好凭证。确需干洗的，应选择证照齐全的干洗店，索要并保存好取衣凭证，当面检查衣物状况。
如遇消费纠纷，可拨打12315投诉。
粿溪县消费者协会
2024年12月2日
""",
    ),
    dict(
        slug="print-anju-notice-shoe-racks-window-print",
        site="馃阳安居物业 业主服务平台 (invented, print view)",
        style="打印页",
        genre="告知书",
        kind="notice",
        form="html",
        source="https://www.gyanju-wy.com/gg/print.aspx?id=20240628",
        title="关于统一更换阳台外挑晾鞋架的告知书",
        record_title="打印视图 › 关于统一更换阳台外挑晾鞋架的告知书",
        date="2024-06-28",
        notes="a print view calling window.print(): a print-time line (no date), the original address, a print/close row and "
        "a print footer (第1页 ⇌ 共1页); the notice's own 咨询电话 in the body",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>打印视图 › 关于统一更换阳台外挑晾鞋架的告知书</title>
<style>@media print{.noprint{display:none}}</style>
<script>window.onload=function(){window.print();};</script>
</head><body class="print">
<div class="noprint">⟦a [打印]　[关闭本页]⟧</div>
<div class="ph">⟦m 馃阳安居物业 · 业主服务平台⟧</div>
<div class="pt">⟦m 打印时间：2024-07-02 08:15⟧</div>
<h2>{T}</h2>
<div class="pc">
{BODY}
</div>
<div class="purl">⟦m 原文地址：https://www.gyanju-wy.com/gg/2024/0628.html⟧</div>
<div class="pf">⟦p 第1页 ⇌ 共1页⟧</div>
</body></html>
""",
        body="""
尊敬的业主：
根据县住建局关于开展老旧小区悬挂物安全隐患排查整治的要求，经业主委员会同意，本服务中心将于7月统一拆除各户阳台外侧的挑出式晾鞋架，并免费更换为阳台内侧的壁挂式晾鞋架。
一、拆换时间：7月8日至7月19日，每天9:00-17:00，各楼栋具体时间另行张贴。
二、拆换期间请家中留人，或将钥匙委托楼栋长；确实不需要更换的，请于7月5日前到物业服务中心登记。
三、拆换费用由公共维修资金列支，业主无需支付任何费用。
咨询电话：0837-6235120（物业服务中心）
馃阳安居物业服务有限公司锦程苑服务中心
2024年6月28日
""",
    ),
    dict(
        slug="print-tuoling-request-dissolvable-bags-oa",
        site="饦岭县人民医院 协同办公系统 (invented, print view)",
        style="打印页",
        genre="请示",
        kind="other",
        form="text",
        source="http://oa.tlxrmyy.com/gw/print.do?id=YG2024-007",
        title="关于为住院病区配备水溶性洗衣袋的请示",
        record_title="【A4打印版】关于为住院病区配备水溶性洗衣袋的请示",
        date="2024-04-26",
        notes="an OA print view: printer and print-time lines (no date), the 文号 unmarked (neutral), an approval line after "
        "the text and a print footer ⌅ 第 1 / 1 页 ⌅",
        page="""
!m 饦岭县人民医院协同办公系统 — 打印视图
!m 打印人：龙晓芸　打印时间：2024-05-06 14:22
{T}
院感〔2024〕7号
{BODY}
!m 审批意见：同意，请后勤保障部按程序采购。——邵院长 2024-04-29
!p ⌅ 第 1 / 1 页 ⌅
""",
        body="""
院领导：
根据医院医用织物洗涤消毒的有关技术规范，感染性织物应使用水溶性包装袋盛装。目前我院12个住院病区中，仅感染科和重症医学科配备了水溶性洗衣袋，其余病区仍使用普通塑料袋，洗涤人员拆袋时存在职业暴露风险。
为此，拟为全院住院病区统一配备水溶性洗衣袋。按每床每周3只、全院468张床位测算，全年约需7.3万只，单价0.85元，全年经费约6.2万元。
以上请示妥否，请批示。
医院感染管理科
2024年4月26日
""",
    ),
    dict(
        slug="mail-dingping-letter-lunchbags-attachment-bar",
        site="饤坪乡政务邮箱 (invented webmail)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.dingping.gov.cn/read?mid=1733793120.4471",
        title="关于定制员工保温饭盒袋的函",
        record_title="Fwd: 关于定制员工保温饭盒袋的函（请周五前回复）",
        date="2024-12-09",
        date_also=["2024-12-10"],
        notes="a webmail reading view: folder list, action buttons, a forwarded header with a send date that differs from "
        "the letter's, the forwarder's note (neutral), an attachment bar next to the letter's own 附件 list and its "
        "联系人/电话/邮箱",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>Fwd: 关于定制员工保温饭盒袋的函（请周五前回复） - 饤坪乡政务邮箱</title>
<script src="/webmail/js/read.min.js"></script>
</head><body>
<div class="wm-top">⟦m 饤坪乡政务邮箱⟧　⟦m bfb@dingping.gov.cn⟧　⟦a 退出⟧</div>
<div class="wm-folders">⟦m 收件箱(23)　草稿箱　已发送　已删除　垃圾邮件⟧</div>
<div class="wm-tools">⟦a 回复　回复全部　转发　删除　标为未读⟧</div>
<div class="wm-read">
<h3>⟦t Fwd: 关于定制员工保温饭盒袋的函（请周五前回复）⟧</h3>
<p>⟦m 发件人：饤坪乡帮扶车间 &lt;dpfc_cj@163.com&gt;⟧</p>
<p>⟦m 收件人：乡帮扶办 &lt;bfb@dingping.gov.cn&gt;⟧</p>
<p>⟦m 时　间：2024年12月10日（星期二）09:12⟧</p>
<div class="wm-body">
<p>转给帮扶办看看，这个单子车间能接。</p>
<p>⟦m ---------- 转发的邮件 ----------⟧</p>
<p>⟦m 发件人：宋嘉禾 &lt;songjh@gehu-gas.com&gt;⟧</p>
<p>⟦m 发送时间：2024年12月9日 16:40⟧</p>
<p>⟦m 主题：关于定制员工保温饭盒袋的函⟧</p>
{BODY}
</div>
<div class="wm-att">⟦a 附件（2 个）：饭盒袋样式参考图.jpg（1.2M）　公司标志.ai（356K）　全部打包下载⟧</div>
</div>
<div class="wm-foot">⟦m 饤坪乡政务邮箱系统　技术支持：县电子政务中心⟧</div>
</body></html>
""",
        body="""
饤坪乡帮扶车间：
我公司拟为全体员工定制保温饭盒袋800只，用于员工自带午餐。经了解，贵车间生产的保温饭盒袋质量可靠，现就定制事宜函询如下：
一、规格要求：尺寸约25厘米×18厘米×12厘米，外层牛津布，内层铝膜，袋面印公司标志。
二、交货时间：2025年1月10日前一次交货。
三、请贵车间于12月20日前报送报价单及样品一只。
联系人：综合部　宋嘉禾，电话：0817-2236619，邮箱：songjh@gehu-gas.com
附件：1.饭盒袋样式参考图
2.公司标志矢量文件
籺湖燃气有限公司综合部
2024年12月9日
""",
    ),
    dict(
        slug="mail-qingyi-report-broken-baskets-forwarded-doc",
        site="清漪洗涤服务有限公司 邮件 (invented, forwarded as text)",
        style="邮件转发",
        genre="报告",
        kind="report",
        form="text",
        source="mailto:managers@qingyi-xidi.com?subject=fwd-20241012",
        title="关于第三季度周转脏衣篮破损情况的报告",
        record_title="转发：关于第三季度周转脏衣篮破损情况的报告.doc",
        date="2024-10-11",
        date_also=["2024-10-12"],
        notes="a mail forwarded as text: the record's title is the attachment's file name; mail headers and an attachment "
        "line above, the forwarder's note (neutral), the report's date differs from the send date; a confidentiality "
        "footer",
        page="""
!m ---------- 转发邮件 ----------
!m 发件人："韦思远" <weisy@qingyi-xidi.com>
!m 发送时间：2024年10月12日 星期六 08:47
!m 收件人：全体部门经理
!t 主题：转发：关于第三季度周转脏衣篮破损情况的报告.doc
!m 附件：关于第三季度周转脏衣篮破损情况的报告.doc（48KB）
各位经理：附件是物流部的报告，请大家周一例会前看一下。
{BODY}
!d 此邮件及其附件含有清漪洗涤公司的保密信息，仅限指定收件人使用，误收请删除。
!m 清漪洗涤服务有限公司　总机：0817-2277000
""",
        body="""
公司领导：
现将第三季度洗涤中心周转脏衣篮破损情况报告如下：
一、基本情况。第三季度共回收周转脏衣篮6820只次，发现破损412只，破损率6.0%，比第二季度上升1.8个百分点。
二、破损原因。一是部分酒店用脏衣篮盛装湿布草后叠放超过五层，篮底压裂；二是运输途中未使用隔板，篮体相互挤压；三是今年新购的一批脏衣篮材质偏薄。
三、处理建议。建议向供货商索赔薄壁脏衣篮损失，并在下批采购合同中明确壁厚不低于2.5毫米；同时在各酒店布草间张贴叠放不超过三层的提示。
物流部
2024年10月11日
""",
    ),
]

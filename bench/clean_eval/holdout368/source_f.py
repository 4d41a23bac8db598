"""holdout368, part F: encyclopaedias, cloud-drive shares, search snapshots, print views, forwarded mail.

Invented text throughout; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="wiki-zhiyuan-maraca-entry-h1-refs",
        site="知源百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://baike.zhiyuan-bk.com/item/沙锤/20417",
        title="沙锤",
        record_title=None,
        date=None,
        notes="encyclopaedia: title missing from the record, found in the <h1>; the entry name opens the body "
        "(the title label matched as head); 阅读/编辑/讨论/历史 tabs, an infobox, a contents box, reference "
        "markers glued after sentences, an 'edit this section' link; no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>沙锤_知源百科</title>
<script src="/static/bk/entry.js"></script>
</head>
<body>
<div class="bk-top">⟦m 知源百科 · 人人可编的知识库⟧　<a>⟦a 进入词条⟧</a>　<a>⟦a 创建词条⟧</a></div>
<div class="tabs">⟦a 阅读　编辑　讨论　历史版本⟧</div>
<h1>{T}</h1>
<p class="polysemy">⟦m （拉丁美洲摇奏乐器）⟧</p>
<div class="infobox">
<p>⟦m 外文名：maracas⟧</p>
<p>⟦m 别　名：沙球、沙槌⟧</p>
<p>⟦m 类　别：体鸣乐器⟧</p>
<p>⟦m 起源地：拉丁美洲⟧</p>
</div>
<div class="toc">⟦l 目录　1 结构　2 演奏方法　3 教学应用　4 参考资料⟧</div>
<div class="entry">
{BODY}
</div>
<div class="refs"><h3>⟦l 参考资料⟧</h3>
<p>⟦l [1] 佩川县教师进修学校.幼儿园打击乐器教学手册.2019⟧</p>
<p>⟦l [2] 尉溪县文化馆.群众打击乐入门.2021⟧</p></div>
<div class="bk-foot">⟦m 词条统计：浏览 3 万余次　编辑 27 次⟧　⟦d 知源百科内容仅供参考，不构成任何专业建议⟧　⟦m ©2024 知源百科⟧</div>
</body>
</html>
""",
        body="""
沙锤，又称沙球，是一种摇奏的体鸣乐器，起源于拉丁美洲，常用于伦巴、恰恰等舞曲的伴奏。⟦l [1]⟧
结构⟦a [编辑本段]⟧
传统沙锤用晒干的葫芦或椰壳制成，内装干种子或小石子，下接木柄。现代沙锤多用塑料、木材制作，内装塑料粒或钢珠，通常两只一对，一只声音稍高，一只稍低。
演奏方法
演奏时双手各持一只沙锤，以手腕带动上下或前后摇动，使内部颗粒撞击外壳发声。也可以用沙锤敲击掌心，奏出短促清晰的节奏。
教学应用
沙锤构造简单、容易上手，是幼儿园和小学音乐课常用的打击乐器。教师常引导幼儿用空瓶和豆类自制沙锤，比较不同填充物的音色，培养节奏感和动手能力。⟦l [2]⟧
""",
    ),
    dict(
        slug="wiki-baiwenku-expander-entry-text",
        site="百问库 (invented encyclopaedia/Q&A)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="http://www.baiwenku.net/entry/tanhuang-laliqi",
        title="弹簧拉力器",
        record_title="弹簧拉力器_健身器械词条_百问库",
        date=None,
        notes="encyclopaedia as text: an infobox as meta lines, a contents line, reference markers glued after "
        "sentences; the entry's name opens the body (the title matched as head); no date",
        page="""
!m 百问库 · 你问我答 百科全书
!a 编辑词条 ｜ 添加义项 ｜ 收藏
!t 弹簧拉力器_健身器械词条_百问库
{T}
!m 中文名：弹簧拉力器　　外文名：chest expander
!m 类型：健身器械　　主要材料：弹簧钢丝、手柄
!l 目录：1 结构 ｜ 2 使用方法 ｜ 3 安全注意事项
{BODY}
!l 参考资料：①《家庭健身器械使用指南》②毅州市市场监管局消费提示
!l 词条标签：健身器材　扩胸　力量训练
!d 百问库词条由网友共同编辑，如有错误欢迎修正。
""",
        indent="",
        body="""
弹簧拉力器，又称扩胸器，是一种利用弹簧弹力进行力量训练的健身器械，主要用于锻炼胸部、肩部和手臂肌肉。⟦l ①⟧
结构
弹簧拉力器一般由两个手柄和三至五根可拆卸的弹簧组成，使用者可以通过增减弹簧数量调节阻力。近年来也出现了用橡胶弹力绳代替弹簧的款式。
使用方法
常见动作有胸前扩胸、背后拉、单臂侧拉等。初学者宜从少量弹簧开始，动作要平稳，拉开和还原都要控制速度。
安全注意事项
使用前应检查弹簧有无锈蚀、变形，挂钩是否牢固；不要对着面部拉伸，不要突然松手；弹簧出现锈斑或回弹变慢时应及时更换。⟦l ②⟧
""",
    ),
    dict(
        slug="netdisk-yunji-pan-shake-machine-plan-pdf",
        site="云笈网盘分享 (invented cloud drive)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="html",
        source="https://pan.yunji-pan.cn/s/1kTq7Rw9xLm",
        title="叙河镇社区老年人防范“免费体验”会销宣传活动方案",
        record_title="叙河镇防范会销宣传活动方案（甩脂机专题）.pdf",
        date="2024-04-15",
        notes="cloud-drive preview: save/download buttons, VIP speed prompts, a share expiry line (no date); a "
        "file-name record title; a plan with 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>叙河镇防范会销宣传活动方案（甩脂机专题）.pdf - 云笈网盘</title>
<script src="//pan.yunji-pan.cn/static/share.js"></script>
</head>
<body>
<div class="yx-head">⟦m 云笈网盘⟧　<a>⟦a 登录云笈⟧</a>　<a>⟦a 客户端下载⟧</a></div>
<div class="share-info">
<p>⟦t 叙河镇防范会销宣传活动方案（甩脂机专题）.pdf⟧</p>
<p>⟦m 分享者：叙河镇文化站　文件大小 412KB　有效期：剩余 6 天⟧</p>
<p><button>⟦a 保存到我的云笈⟧</button> <button>⟦a 下载（普通速度）⟧</button></p>
<p>⟦a 开通超级会员，下载提速 30 倍⟧</p>
</div>
<div class="preview">
<h3>{T}</h3>
{BODY}
</div>
<div class="preview-end">⟦a 预览仅显示前 2 页，完整内容请下载查看⟧</div>
<div class="yx-foot">⟦d 请勿分享违法违规内容，云笈网盘将依法配合有关部门处理。⟧　⟦m © 云笈网盘 2024⟧</div>
</body>
</html>
""",
        body="""
为提高老年人识骗防骗能力，遏制以“免费体验”“健康讲座”为名高价推销甩脂机等产品的会销行为，结合我镇实际，制定本方案。
一、活动时间
2024年4月20日至6月30日。
二、活动内容
（一）进村入户宣传。各村（社区）组织网格员、志愿者走访独居、空巢老人，发放宣传资料，讲解会销常见套路。
（二）举办“防骗小课堂”。在镇老年活动中心和各村文化室举办防骗讲座不少于10场，邀请派出所民警、市场监管所工作人员现场讲解。
（三）开展“子女一封信”活动。通过学校向学生家庭发放《致子女的一封信》，提醒子女关心父母消费情况。
三、工作要求
各村（社区）要明确一名联络员，每月底前将活动开展情况报镇文化站。发现会销窝点要及时报告，配合有关部门依法查处。
叙河镇人民政府
2024年4月15日
""",
    ),
    dict(
        slug="netdisk-jiyun-castanets-training-points-wps",
        site="积云盘 (invented cloud drive)",
        style="网盘分享",
        genre="训练要点",
        kind="other",
        form="text",
        source="https://www.jiyunpan.com/share/init?surl=Fc82mQ",
        title="少儿打击乐团响板训练要点",
        record_title="少儿打击乐团响板训练要点（团内用）.wps",
        date=None,
        notes="cloud-drive share as text: save/download buttons, a speed-up prompt, a share stamp (分享于 2 天前, "
        "no date); a file-name record title; technical points with no date",
        page="""
!m 积云盘 · 文件分享
!t 少儿打击乐团响板训练要点（团内用）.wps
!m 分享人：祈山少儿打击乐团 ｜ 分享于 2 天前 ｜ 28.4KB
!a ［保存到积云盘］［普通下载］
!a 开通积云会员，享极速下载与在线编辑
{T}
{BODY}
!a 在线预览到此结束，下载后查看全部内容
!d 积云盘提醒：请勿下载来源不明的文件，谨防诈骗。
""",
        indent="",
        body="""
一、握持
响板绳套在拇指第一关节处，绳结朝上，左右手各一副。系好后两片响板应自然张开一条小缝，合拢时能刚好贴紧。
二、基本击法
1.单击：用中指和无名指的指肚迅速弹击响板下半部，手腕放松，声音要短而清脆。
2.滚奏：小指、无名指、中指、食指依次弹击，形成连续的“哒啦啦啦”声。
3.双手配合：一般左手打重拍，右手打装饰音和滚奏。
三、练习安排
初学阶段每天练习10分钟，先慢速单击，稳定后再练滚奏；每周合练一次，跟随节拍器由每分钟60拍逐步提高到120拍。
四、保养
练习结束后用干布擦净，放入布袋，避免受潮和暴晒；绳子磨损要及时更换。
""",
    ),
    dict(
        slug="snapshot-xunying-maraca-consumer-warning-highlight",
        site="循影搜索网页快照 (invented search cache)",
        style="搜索快照",
        genre="消费提示",
        kind="notice",
        form="html",
        source="http://cache.xunyingso.com/c?u=www.yzxfwq.org.cn/xfts/2024/0601/315.html",
        title="关于警惕劣质玩具沙锤颗粒外漏的消费提示",
        record_title="关于警惕劣质玩具沙锤颗粒外漏的消费提示 - 毅州消费维权网〔循影快照〕",
        date="2024-06-01",
        notes="search-cache frame: a capture banner with highlighted terms and the capture time (no date), the "
        "original page's chrome inside; the association's own complaint line in the body; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>关于警惕劣质玩具沙锤颗粒外漏的消费提示 - 毅州消费维权网〔循影快照〕</title>
<style>.hl{background:#ff0}</style>
</head>
<body>
<div class="xj-banner">
<p>⟦d 这是循影搜索对 http://www.yzxfwq.org.cn/xfts/2024/0601/315.html 的缓存，是该网页于 2024年7月9日 抓取时的样子。⟧</p>
<p>⟦d 当前页面可能已经更改，请点击访问原网页。⟧</p>
<p>⟦m 以下搜索词已高亮显示：<span class="hl">玩具沙锤</span> <span class="hl">颗粒</span>⟧</p>
</div>
<hr>
<div class="orig-top">⟦m 毅州消费维权网 · 毅州市消费者协会⟧</div>
<div class="orig-nav">⟦m 首页　消费提示　投诉指南　比较试验　协会动态⟧</div>
<div class="orig-art">
<h2>{T}</h2>
<p>⟦m 来源：毅州市消费者协会　浏览：1 907⟧</p>
{BODY}
</div>
<div class="orig-foot">⟦m 毅州市消费者协会　投诉咨询：12315⟧</div>
</body>
</html>
""",
        body="""
近期，市消费者协会接到多起家长投诉，反映孩子玩耍的玩具沙锤在摇晃、摔落后外壳开裂，里面的塑料颗粒、小珠子漏出，存在儿童误吞的风险。为此，市消费者协会提醒广大家长：
一、选购玩具沙锤时，要查看产品是否有3C认证标志和中文标识，不要购买“三无”产品。
二、选择外壳厚实、接缝牢固的沙锤，用力摇晃几下，检查有无松动和异响。
三、三岁以下儿童应在家长看护下玩耍，玩具出现裂纹要立即收起，不要自行用胶带粘补后继续使用。
四、家庭自制沙锤要选用塑料瓶，瓶盖用胶带缠紧，不要装入纽扣电池、磁铁等危险物品。
如遇玩具质量问题，可拨打市消费者协会投诉电话0736-2230315。
毅州市消费者协会
2024年6月1日
""",
    ),
    dict(
        slug="snapshot-kuaizhao-expander-testing-letter-oneline",
        site="旧网页文字馆 text cache (invented)",
        style="搜索快照",
        genre="函",
        kind="letter",
        form="text",
        source="http://kz.cundang-so.net/text?id=8816402",
        title="关于商请协助开展弹簧拉力器产品质量检测的函",
        record_title="关于商请协助开展弹簧拉力器产品质量检测的函 ‹存档文字版›",
        date="2024-05-20",
        notes="text-only cache: a capture banner (no date), the letter's whole body on one line; the sender's own "
        "contact inside the line; 成文日期 at the end",
        page="""
!d 【文字馆存档】本页面为网页的纯文字存档，抓取于 2024-08-02 03:15，原网页可能已更新或删除。
!m 原始地址：http://www.yhqscjg.gov.cn/gzdt/2024/0520/1173.html
!a 查看完整快照 ｜ 访问原网页
{T}
{BODY}
!d —— 快照结束 ——
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
毅州市产品质量监督检验所：
近期，我局陆续接到消费者投诉，反映辖区内销售的部分弹簧拉力器在使用中出现弹簧断裂、挂钩脱落等问题。为查明原因、依法处置，我局拟对辖区内销售的弹簧拉力器开展质量抽检，现商请贵所协助开展检测工作。
一、检测样品：弹簧拉力器20批次，由我局执法人员在辖区超市、体育用品店和网店随机抽取。
二、检测项目：弹簧疲劳寿命、挂钩强度、手柄连接牢固度、标志和说明等。
三、时间安排：样品拟于6月上旬送达，请于7月10日前出具检测报告。
检测费用由我局按规定支付。请予支持为盼。
联系人：郑宇航　联系电话：0736-2270455
毅州市仰湖区市场监督管理局
2024年5月20日
""",
    ),
    dict(
        slug="print-peichuan-culture-maraca-summary-window-print",
        site="佩川县文化馆网站打印页 (invented print view)",
        style="打印页",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://www.pcwhg.cn/print.aspx?id=2291",
        title="“节拍进万家”沙锤公益培训活动总结",
        record_title="纸面预览 ➟ “节拍进万家”沙锤公益培训活动总结 · 佩川县文化馆",
        date="2024-11-25",
        notes="print view calling window.print(): a print/close button row, the source URL line, a print footer "
        "┗ 第 1 页 ∕ 共 1 页 ┛; a data table one row a paragraph; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>纸面预览 ➟ “节拍进万家”沙锤公益培训活动总结 · 佩川县文化馆</title>
<style>@media print{.noprint{display:none}}</style>
<script>window.onload=function(){window.print();}</script>
</head>
<body>
<div class="noprint">⟦a 〖立即打印〗〖关闭窗口〗⟧</div>
<div class="ph">⟦m 佩川县文化馆 · 文化服务平台⟧</div>
<h2>{T}</h2>
<p>⟦m 本页地址：http://www.pcwhg.cn/news/2291.html⟧</p>
{BODY}
<p class="pf">⟦p ┗ 第 1 页 ∕ 共 1 页 ┛⟧</p>
</body>
</html>
""",
        body="""
为丰富群众文化生活，县文化馆于今年8月至11月开展“节拍进万家”沙锤公益培训活动，组织馆内音乐干部和文化志愿者深入乡镇、社区，教群众用沙锤打节奏、学伴奏。现将活动情况总结如下。
一、基本情况
培训地点　场次　参训人数
侯坪镇文化站　6　184
叙河镇文化站　5　152
县城文昌社区　8　236
二、主要成效
一是群众参与热情高。参训群众中，50岁以上的占七成，不少人是第一次接触打击乐器。二是带动组建了队伍。培训结束后，三个乡镇、社区自发组建了沙锤队，经常参加广场文化活动。三是自制乐器受欢迎。培训中教群众用塑料瓶、竹筒制作沙锤，既节约又有趣。
三、存在问题和打算
下乡培训的场次还不够多，偏远村组群众参与较少。明年我们将把培训延伸到村级文化室，并编印《沙锤节奏入门》小册子。
佩川县文化馆
二〇二四年十一月二十五日
""",
    ),
    dict(
        slug="print-xiankou-shake-machine-bulletin-print-footer",
        site="咸口镇人民政府网站打印页 (invented print view)",
        style="打印页",
        genre="通报",
        kind="notice",
        form="text",
        source="http://www.xiankou.gov.cn/print/?id=5517",
        title="关于辖区会销场所甩脂机销售行为专项检查情况的通报",
        record_title="〔出纸版〕关于辖区会销场所甩脂机销售行为专项检查情况的通报 - 咸口镇人民政府",
        date="2024-09-12",
        notes="print view as text: a print/close line and a print time stamp (no date); 文号 line under the title "
        "(neutral); 抄送 and 印发 lines; a print footer ⩇ 1 / 1 ⩇; 成文日期 under the signature",
        page="""
!a 【打印】【返回】
!m 咸口镇人民政府
!t 〔出纸版〕关于辖区会销场所甩脂机销售行为专项检查情况的通报 - 咸口镇人民政府
!m 打印时间：2025-01-06 15:42
{T}
咸政通〔2024〕31号
{BODY}
!p ⩇ 1 / 1 ⩇
""",
        indent="\u3000\u3000",
        body="""
各村（社区），镇直各单位：
8月中旬至9月上旬，镇市场监管所会同派出所、综治中心，对辖区内以“健康讲座”“免费体验”为名销售甩脂机等产品的会销场所开展了专项检查。现将检查情况通报如下。
一、检查情况
共检查会销场所5处，其中菜市场二楼、原粮站仓库两处场所存在宣传甩脂机能“降血压、治失眠”等虚假宣传行为，已依法立案查处，责令退还老人购机款共计4.2万元。
二、存在问题
一是部分村（社区）对出租场地的用途掌握不清；二是少数老人受骗后碍于面子不愿举报；三是会销团伙流动性强，查处后易转移。
三、下一步要求
各村（社区）要加强对出租房屋、闲置场地的排查，发现可疑聚集活动及时报告；镇直各单位要结合职责，持续做好防范宣传。
咸口镇人民政府
2024年9月12日
抄送：县市场监督管理局，县公安局咸口派出所。
咸口镇党政办公室　2024年9月12日印发
""",
    ),
    dict(
        slug="mail-yumail-grip-order-letter-docx",
        site="宇邮网页版 (invented webmail)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.yumail.cn/read?mid=ZX2409040917",
        title="关于订购学生握笔器的函",
        record_title="转发（已回复）：关于订购学生握笔器的函.docx",
        date="2024-09-02",
        date_also=["2024-09-04"],
        notes="webmail reading view: a forwarded header with the send date, an attachment bar; a file-name record "
        "title; the school's own contact and mailbox in the letter; 成文日期 differs from the mail date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>转发（已回复）：关于订购学生握笔器的函.docx - 宇邮网页版</title>
<script src="/wm/js/reader.js"></script>
</head>
<body>
<div class="wm-top">⟦m 宇邮 YuMail⟧　⟦m xkxx_zongwu@yumail.cn⟧　<a>⟦a 退出⟧</a></div>
<div class="wm-tools">⟦a 回复　回复全部　转发　删除　标记为未读　更多⟧</div>
<div class="wm-head">
<p>⟦t 转发（已回复）：关于订购学生握笔器的函.docx⟧</p>
<p>⟦m 发件人：咸口镇中心小学总务处 &lt;xkxx_zongwu@yumail.cn&gt;⟧</p>
<p>⟦m 收件人：毅州市童趣文具有限公司 销售部⟧</p>
<p>⟦m 时　间：2024年9月4日（星期三）上午9:17⟧</p>
</div>
<div class="wm-fwd">⟦m ---------- 转发的邮件 ----------⟧</div>
<div class="wm-body">
<h3>{T}</h3>
{BODY}
</div>
<div class="wm-att">⟦a 附件（1 个）：订购数量明细表.xlsx　15.2KB　预览　下载⟧</div>
<div class="wm-foot">⟦d 宇邮提醒：请勿轻信邮件中的汇款要求，谨防诈骗。⟧　⟦m © 2024 宇邮⟧</div>
</body>
</html>
""",
        body="""
毅州市童趣文具有限公司：
根据我校一年级书写教学需要，经学校行政会研究，拟向贵公司订购小鲸鱼系列硅胶握笔器，用于课堂书写指导，由学校公用经费统一支付，不向学生收费。具体事项如下：
一、订购型号和数量：TQ-W1（小号）120个，TQ-W2（中号）60个，详见所附明细表。
二、质量要求：产品须附合格证和材质检测报告，无刺激性气味。
三、交货时间和地点：9月13日前送至咸口镇中心小学总务处。
四、结算方式：货到验收合格后，凭发票对公转账结算。
请贵公司收函后确认报价并回复。
联系人：祝老师　联系电话：0796-3302217　邮箱：xkxx_zongwu@yumail.cn
附件：订购数量明细表
咸口镇中心小学
2024年9月2日
""",
    ),
    dict(
        slug="mail-fwd-castanets-loan-letter-text",
        site="邮件转发（纯文本） (invented mail)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="text",
        source="mailto:yishutuan@yzxy.edu.cn?fwd=20241012",
        title="关于借用演出用响板的函",
        record_title="转寄>> 关于借用演出用响板的函（请乐器协会协助）",
        date="2024-10-10",
        date_also=["2024-10-12"],
        notes="forwarded mail as text: forward headers with the send date, a forwarder's note, a mail client "
        "signature; 附件 list under the letter's own attachment line; the letter's contact; 成文日期 differs from "
        "the mail date",
        page="""
!m 发件人: 辛晓蔓 <xinxm@yzxy.edu.cn>
!m 发送时间: 2024年10月12日 星期六 14:06
!m 收件人: 祈山县乐器制作行业协会秘书处 <qsyqxh@126.com>
!t 主题: 转寄>> 关于借用演出用响板的函（请乐器协会协助）
!m 秘书处您好，附上学院的借用函，麻烦转给专委会各单位，谢谢！
!m -------- 原始邮件 --------
{T}
{BODY}
!d 此邮件可能包含保密信息，如您误收，请立即删除并告知发件人。
!m 发自我的手机邮箱
""",
        indent="\u3000\u3000",
        body="""
祈山县乐器制作行业协会：
我院舞蹈作品《响板声声》已入选全省大学生艺术展演决赛，将于11月16日在省会参加比赛。由于参演人数增加，现有的16副响板已不能满足排练和比赛需要，且部分响板已出现开裂。
为保证演出效果，特商请贵会协调会员单位，借用演出用硬木响板12副（大小号各6副），借用时间为10月20日至11月20日。演出结束后，我院将按时归还，如有损坏，照价赔偿。
盼予支持。
联系人：辛晓蔓　联系电话：0736-2261752
附件：1.借用响板规格清单
2.演出节目单
毅州学院艺术学院
2024年10月10日
""",
    ),
]

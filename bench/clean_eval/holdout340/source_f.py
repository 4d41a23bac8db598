"""holdout340, part F: 公考论坛, 百科问答, 网盘分享, 搜索快照, 打印页, 邮件转发 (one HTML and one text case each).

Invented text, sites, places and people; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="examforum-anbian-essay-beauty-economy",
        site="岸边公考论坛 (invented exam forum)",
        style="公考论坛",
        genre="申论",
        kind="other",
        form="html",
        source="https://bbs.anbian-gk.example.com/thread-402216-1-1.html",
        title="指尖上的小产业，连着县域的大民生",
        record_title="[申论晚练] 指尖上的小产业，连着县域的大民生（求拍砖，轻喷）- 申论作文互评 - 岸边公考论坛",
        date=None,
        notes="exam forum: a reply-to-see prompt, a rating row and a QQ-group ad; an essay about the false-eyelash and "
        "nail industries; posted 4 天前, no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>[申论晚练] 指尖上的小产业，连着县域的大民生（求拍砖，轻喷）- 申论作文互评 - 岸边公考论坛</title>
<script src="/static/js/discuz.js"></script>
</head><body>
<div id="hd">⟦m 岸边公考论坛⟧ ⟦m 离上岸，只差一步⟧ ⟦a 登录⟧ ⟦a 注册⟧</div>
<div class="ad">⟦w 申论批改群：QQ 735021946，每晚8点真题带练⟧</div>
<div id="pt">⟦m 岸边公考论坛 › 申论 › 申论作文互评⟧</div>
<table><tr><td class="pls">⟦m 早睡早起的阿远⟧<br>⟦m 积分 1032 岸币 87⟧</td>
<td class="plc"><h1>{T}</h1>
<div class="authi">⟦m 发表于 4 天前 | 只看该作者⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="locked">⟦a 本帖参考范文需回复后可见，回复即可查看⟧</div>
<div class="rate">⟦l 评分 3 人　岸币 +6　理由：结构清楚，论据再具体些⟧</div>
<div class="po">⟦a 回复⟧ ⟦a 收藏⟧ ⟦a 举报⟧</div>
</td></tr></table>
<div id="ft">⟦m 岸边公考论坛 Powered by Discuz!⟧ ⟦m 鲁ICP备21011873号⟧</div>
</body></html>
""",
        p_html="<p>{}</p>",
        body="""
一盒假睫毛，几瓶洗甲水，一台美甲灯，看上去都是不起眼的小东西，却撑起了不少县城的就业和消费。
小产业能带动大就业。有的县把假睫毛加工车间开到村里，留守妇女在家门口就能挣到工资，既照顾了老人孩子，也让村里的集体经济有了收入。
小产业也需要大监管。美甲灯紫外线超标、睫毛胶引起过敏、洗甲水存放不当引发火情，这些问题一旦出现，伤害的都是普通消费者。只有把标准立起来、把检查做起来，小产业才能走得稳。
小产业还需要大服务。技能培训、订单对接、品牌建设，单靠小作坊自己很难做到，需要政府、协会和企业一起发力。
指尖虽小，连着的是千家万户的生计。把小产业做好，就是把民生做实。
""",
    ),
    dict(
        slug="examforum-anbian-interview-nail-lamp-junk",
        site="岸边公考论坛 (invented exam forum)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="text",
        source="https://bbs.anbian-gk.example.com/thread-402391-1-1.html",
        title="群众反映多家美甲店使用不合格美甲灯，你作为市场监管所工作人员如何处理",
        record_title="【面试·突发应对】群众反映多家美甲店使用不合格美甲灯，你作为市场监管所工作人员如何处理（作答要点见楼下）- 面试交流 - 岸边公考论坛",
        date=None,
        notes="exam-forum text with forum junk as lines and glued after sentences; a moderator line; 昨天 is no date",
        page="""
!m 岸边公考论坛 - 面试交流
!m 论坛 › 面试 › 结构化练习
!t 【面试·突发应对】群众反映多家美甲店使用不合格美甲灯，你作为市场监管所工作人员如何处理（作答要点见楼下）- 面试交流 - 岸边公考论坛
!m 楼主：小满上岸　　发表于 昨天 07:58　　查看 902
{BODY}
!m 版主点评：思路完整，第二点可以补充对消费者的安抚。
!l 相关帖子：【面试】群众投诉餐馆油烟扰民怎么办 | 【面试】如何开展一次消费维权宣传
!a 回复后可下载本题完整答题模板
""",
        junk=dict(lines=2, glued=2),
        body="""
我的作答思路分四步。
第一，迅速核实情况。接到反映后，我会第一时间向领导汇报，和同事一起到群众反映的美甲店实地查看，核对美甲灯的合格证、铭牌和购进票据，对可疑产品依法抽样送检。
第二，依法分类处理。检验不合格的，责令门店立即停止使用，封存相关产品，追溯到供货商，对违法经营者依法处理；检验合格的，也要向群众说明情况。
第三，做好宣传引导。通过社区公众号、门店张贴提示等方式，告诉消费者美甲时可以要求戴防晒手套，发现问题拨打12315。
第四，建立长效机制。把美甲店纳入日常巡查，每季度抽查一次美甲灯，定期对店主开展培训。
""",
    ),
    dict(
        slug="baike-zhiyuan-entry-lash-curler-h1",
        site="知源百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://baike.zhiyuan.example.org/item/睫毛夹/30218",
        title="睫毛夹",
        record_title=None,
        date=None,
        notes="no record title: the entry name in the <h1> (head: it also opens the body); infobox, contents box, "
        "edit/discuss/history tabs and reference markers glued after sentences; no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>知源百科 - 人人可编辑的知识库</title>
<script src="/static/js/wiki.min.js"></script>
</head><body>
<div class="top">⟦m 知源百科⟧ <input placeholder="搜索词条"> ⟦a 进入词条⟧ ⟦a 登录⟧</div>
<div class="tabs">⟦a 词条⟧ ⟦a 讨论⟧ ⟦a 编辑⟧ ⟦a 历史版本⟧</div>
<h1>{T}</h1>
<div class="infobox"><table>
<tr><td>⟦m 中文名：睫毛卷夹器⟧</td></tr><tr><td>⟦m 类　别：眼部化妆工具⟧</td></tr><tr><td>⟦m 材　质：金属、塑料、硅胶⟧</td></tr></table></div>
<div class="toc"><b>⟦l 目录⟧</b><ol><li>⟦l 构造组成⟧</li><li>⟦l 使用方法⟧</li><li>⟦l 清洁保养⟧</li></ol></div>
<div class="lemma">
{BODY}
</div>
<div class="refs"><h3>⟦l 参考资料⟧</h3><p>⟦l [1] 《化妆工具选购与使用》，妩州科技出版社⟧</p><p>⟦l [2] 知源百科编辑组整理⟧</p></div>
<div class="edit-info">⟦m 本词条已被浏览 38,206 次，最近更新：5 天前⟧</div>
<div class="foot">⟦d 词条内容由网友协作编辑，仅供参考⟧ ⟦m 知源百科 2024⟧</div>
</body></html>
""",
        body="""
睫毛夹是一种用来使睫毛卷翘的眼部化妆工具，通常由夹框、夹口、胶垫和手柄组成。⟦m [1]⟧
结构上，睫毛夹的夹口呈弧形，以贴合眼睑的弧度。夹口下方嵌有一条硅胶或橡胶制成的胶垫，夹合时起缓冲作用，防止睫毛被夹断。
用法上，使用者将睫毛夹放在睫毛根部，轻轻夹合数秒，再向睫毛中段和末端移动，使睫毛形成自然的弧度。部分产品带有加热功能，称为电热睫毛夹。⟦m [2]⟧
保养上，睫毛夹使用后应擦去残留的睫毛膏，定期用酒精消毒。胶垫出现明显压痕或裂口时应及时更换，以免夹伤睫毛。
""",
    ),
    dict(
        slug="baike-zhiyuan-entry-nail-polish-remover",
        site="知源百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="https://baike.zhiyuan.example.org/item/洗甲水/30415",
        title="洗甲水",
        record_title="洗甲水（指甲清洁用品）_知源百科",
        date=None,
        notes="encyclopaedia text: the entry name line also opens the body (head); an infobox, an 'edit this section' link "
        "glued to a section heading; no date",
        page="""
!m 知源百科 | 词条
!a 编辑词条　　讨论　　收藏　　分享
{T}
!m 中文名：洗甲水 ｜ 外文名：nail polish remover ｜ 主要成分：丙酮、乙酸乙酯
!l 目录：1 成分　2 使用　3 注意事项
{BODY}
!m 词条统计：浏览 21,760 次 ｜ 编辑 14 次 ｜ 最近更新 2 个月前
!d 本词条内容仅供参考，如需专业意见请咨询相关人士。
""",
        body="""
洗甲水是用来去除指甲表面指甲油的液体清洁用品，又称卸甲水。
成分⟦a ［编辑本段］⟧
常见的洗甲水以丙酮为主要溶剂，也有以乙酸乙酯等为主要溶剂的“无丙酮”产品。部分产品添加甘油、维生素E等成分，以减轻对指甲和皮肤的干燥作用。
使用
使用时将洗甲水倒在化妆棉上，按压在指甲表面数秒，待指甲油溶解后擦除。光疗甲等需要先锉去表层，再用洗甲水浸泡包裹。
注意事项
洗甲水属于易燃液体，应远离火源、密封保存，放在儿童接触不到的地方。使用时保持通风，避免长时间接触皮肤和吸入挥发气体。
""",
    ),
    dict(
        slug="clouddisk-xinpan-nail-lamp-work-instruction-pdf",
        site="芯盘 (invented cloud-drive share)",
        style="网盘分享",
        genre="作业指导书",
        kind="other",
        form="html",
        source="https://pan.xinpan.example.com/s/1Kq8vT3mZ",
        title="美甲灯使用与维护作业指导书",
        record_title="美甲灯使用与维护作业指导书.pdf",
        date=None,
        notes="cloud-drive preview: file-name record title; marker paragraphs '≦ n ≧' cut sentences; VIP and save "
        "prompts; decimal headings; no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>美甲灯使用与维护作业指导书.pdf_芯盘分享</title>
<script src="https://pan.xinpan.example.com/static/preview.js"></script>
</head><body>
<div class="pan-top">⟦m 芯盘⟧ ⟦a 登录⟧ ⟦a 下载客户端⟧</div>
<div class="share-info"><h2>{T}</h2>
<p>⟦m 分享者：光妍售后小周　　分享时间：6 天前　　过期时间：永久有效⟧</p>
<p>⟦a 保存到我的芯盘⟧ ⟦a 普通下载⟧ ⟦a 超级会员极速下载⟧</p></div>
<div class="preview">
{BODY}
</div>
<div class="vip">⟦a 非会员仅可预览前2页，开通超级会员看全部⟧</div>
<div class="pan-foot">⟦d 请勿通过芯盘分享违法违规内容，举报请点这里⟧ ⟦m ©2024 芯盘⟧</div>
</body></html>
""",
        p_html='<div class="pdf-page"><p>{}</p></div>',
        pages=dict(fmt="≦ {n} ≧", every=110, start=2),
        body="""
1 目的
规范门店美甲灯的使用和日常维护，保障顾客和技师的安全。
2 操作步骤
2.1 开机前检查电源线有无破损，灯罩内有无残留甲油胶，发现破损立即停用。
2.2 按甲油胶说明书选择照射档位，单层照射一般为30秒至60秒，不得随意加长。
2.3 顾客手部放入灯内前，提醒其佩戴露指防晒手套。
3 日常维护
3.1 每天营业结束后关闭电源，用干布擦拭灯罩，不得用洗甲水擦灯罩内壁。
3.2 每月检查一次灯珠，亮度明显下降或有灯珠不亮的，报店长更换。
""",
    ),
    dict(
        slug="clouddisk-yunduan-lash-inspection-rules-markers",
        site="云端盘分享 (invented cloud-drive share, text view)",
        style="网盘分享",
        genre="规程",
        kind="other",
        form="text",
        source="https://share.yunduanpan.example.cn/f/9hZ4kW",
        title="假睫毛成品检验规程",
        record_title="假睫毛成品检验规程（2024修订）.pdf",
        date="2024-04-10",
        notes="cloud-drive text view: file-name record title; page markers '⬅ n ➡' on lines of their own cut sentences; "
        "decimal headings; 编制 date at the end",
        page="""
!m 云端盘分享　|　文件预览
!t 假睫毛成品检验规程（2024修订）.pdf
!m 大小 612KB　·　分享于 1 周前　·　来自 瞳岭美睫品管部
!a 保存到云端盘　　下载（需登录）
{BODY}
!a 预览仅显示前3页，下载后查看完整文件
!d 文件由用户分享，云端盘不对文件内容负责
""",
        pages=dict(fmt="⬅ {n} ➡", every=105, start=2),
        body="""
1 适用范围
本规程适用于本公司生产的各类假睫毛成品出厂检验。
2 检验项目
2.1 外观：睫毛排列整齐，无漏根、无胶团，梗线平直，左右两只长度、弧度一致。
2.2 卷翘度：用标准睫毛夹样板比对，弧度偏差不超过一个等级。
2.3 粘合牢度：每批随机抽取10对，用镊子轻拉单根睫毛，不得脱落。
3 抽样和判定
每批次按2%抽样，不少于20对。外观不合格超过2对的，整批返工；粘合牢度有1对不合格的，加倍抽样复检。
4 记录
检验员应如实填写检验记录，记录保存两年。
编制：品管部　　2024年4月10日
""",
    ),
    dict(
        slug="snapshot-tiaokou-notice-hotel-hygiene-frame",
        site="窕口镇人民政府 in a search engine's snapshot frame (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://cache.soujing.example.com/c?u=tiaokou.gov.example.cn/tzgg/2024/0513.html",
        title="窕口镇关于开展宾馆民宿卫生安全专项检查的通知",
        record_title="〈历史快照〉窕口镇关于开展宾馆民宿卫生安全专项检查的通知 - 窕口镇人民政府",
        record_date="2024-05-13",
        date="2024-05-13",
        notes="snapshot frame with a capture banner and highlighted keywords; the record gives the date; the town site's "
        "chrome inside the frame",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>〈历史快照〉窕口镇关于开展宾馆民宿卫生安全专项检查的通知 - 窕口镇人民政府</title>
<style>.hl{background:#ffef7a}</style>
</head><body>
<div class="cache-banner">⟦d 这是搜镜保存的网页快照，抓取于近期某时，原网页可能已经更新⟧
<p>⟦a 查看原网页⟧ ⟦a 纯文字版⟧</p><p>⟦m 已为您标出以下词语：<span class="hl">刮眉刀</span> <span class="hl">民宿</span>⟧</p></div>
<div class="frame">
<div class="site-hd">⟦m 窕口镇人民政府⟧ ⟦m 首页 | 政务公开 | 便民服务⟧</div>
<div class="art"><h2>{T}</h2>
<div class="info">⟦m 来源：镇综合执法办　点击：129⟧</div>
{BODY}
</div>
<div class="site-ft">⟦m 窕口镇人民政府主办　电话：0736-5580012⟧</div>
</div>
</body></html>
""",
        body="""
各村（社区），辖区各宾馆、民宿：
为做好旅游旺季接待工作，镇里决定于5月20日至31日开展宾馆民宿卫生安全专项检查，重点检查以下内容：
1. 客房布草是否一客一换，杯具是否清洗消毒；
2. 一次性刮眉刀、牙刷等用品是否来源合法、包装完好，客人遗留的刀片是否单独收集；
3. 消防器材是否完好，疏散通道是否畅通。
请各经营户对照自查，检查中发现问题的，限期整改。
窕口镇人民政府
2024年5月13日
""",
    ),
    dict(
        slug="snapshot-xiaobao-tip-false-lashes-text-cache",
        site="鬒川县消费者协会 in a text-only cache (invented)",
        style="搜索快照",
        genre="消费提示",
        kind="notice",
        form="text",
        source="http://cache.soujing.example.com/text?u=zcxxh.example.cn/xfts/2024/0918.html",
        title="鬒川县消费者协会关于选购和使用假睫毛的消费提示",
        record_title="〔仅文字版·缓存〕鬒川县消费者协会关于选购和使用假睫毛的消费提示",
        date="2024-09-18",
        notes="text-only cache: a capture stamp and a highlight line (no dates); the association's own site chrome; "
        "成文日期",
        page="""
!d 搜镜文字快照：本页面为文字版缓存，图片和样式已去除，抓取时间 3 天前
!m 高亮词：假睫毛　睫毛胶
!m 鬒川县消费者协会　首页 / 消费提示
{T}
!m 来源：县消协秘书处　　浏览 88
{BODY}
!m 投诉电话：12315　县消协地址：鬒川县鬒水路12号
!a ← 返回搜镜搜索结果
""",
        indent="\u3000\u3000",
        body="""
近年来，假睫毛成了不少年轻消费者的日常妆容用品。县消协提醒大家在选购和使用时注意以下几点：
一、看标签。选购有中文标签、标明生产企业和材质的产品，睫毛胶要看清生产许可证号和保质期。
二、先试用。第一次使用某款睫毛胶，先在耳后或手腕内侧试用，24小时内无红肿再用。
三、勤清洁。可重复使用的假睫毛要清除残胶后存放，睫毛夹等工具不要与他人共用。
四、别硬撕。卸假睫毛时用专用卸除液软化胶水，避免拉伤睫毛和眼睑皮肤。
出现眼部不适要及时就医，因产品质量问题受到损害的，可以向县消协投诉。
鬒川县消费者协会
2024年9月18日
""",
    ),
    dict(
        slug="print-niaoxi-bulletin-salon-inspection",
        site="袅溪县市场监督管理局 print view (invented)",
        style="打印页",
        genre="通报",
        kind="notice",
        form="html",
        source="http://scjg.niaoxi.gov.example.cn/print.jsp?id=20241025-09",
        title="袅溪县市场监督管理局关于美甲美睫门店专项检查情况的通报",
        record_title="【打印专用】袅溪县市场监督管理局关于美甲美睫门店专项检查情况的通报 - 袅溪县市场监督管理局",
        date="2024-10-24",
        notes="print view calling window.print(); a print toolbar; a print footer '✀ 第1页 ∘ 共1页 ✀' closes the page; "
        "numbered problems; 成文日期",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>【打印专用】袅溪县市场监督管理局关于美甲美睫门店专项检查情况的通报 - 袅溪县市场监督管理局</title>
<style>@media print{.noprint{display:none}}</style>
<script>window.onload=function(){window.print();};</script>
</head><body>
<div class="noprint">⟦a 立即打印⟧ ⟦a 关闭本页⟧ ⟦a 调整纸张方向⟧</div>
<div class="print-head">⟦m 袅溪县市场监督管理局　打印时间：刚刚⟧</div>
<h2>{T}</h2>
{BODY}
<div class="print-url">⟦m 原文地址：http://scjg.niaoxi.gov.example.cn/xxgk/20241025/09.html⟧</div>
<div class="print-foot">⟦p ✀ 第1页 ∘ 共1页 ✀⟧</div>
</body></html>
""",
        body="""
各市场监管所：
10月中旬，我局组织对城区42家美甲美睫门店开展了专项检查，发现问题门店17家。主要问题有：
1. 9家门店使用的美甲灯无合格证或无中文标识；
2. 6家门店将洗甲水与电源插座、取暖器放在一起；
3. 4家门店睫毛夹、镊子等工具未做到一客一消毒；
4. 3家门店从业人员未取得健康证明。
对上述门店，我局已责令限期整改，对使用无合格证美甲灯的门店依法立案调查。各市场监管所要在11月底前完成复查，复查结果报局特种设备和产品质量股。
袅溪县市场监督管理局
2024年10月24日
""",
    ),
    dict(
        slug="print-qiaoshou-remover-storage-rule-text",
        site="巧手职业培训学校 print view (invented)",
        style="打印页",
        genre="制度",
        kind="other",
        form="text",
        source="https://www.qiaoshou-edu.example.cn/print/zhidu/07.html",
        title="美甲实训室易燃化学品存放管理规定",
        date="2024-03-01",
        notes="record title as is; a print header and a print footer '≣ 第 1 页 · 共 1 页 ≣'; 成文日期 at the end",
        page="""
!a 〔打印〕〔返回〕
!m 巧手职业培训学校 · 制度汇编（打印版）
{T}
{BODY}
!m 本页打印自 www.qiaoshou-edu.example.cn
!p ≣ 第 1 页 · 共 1 页 ≣
""",
        indent="\u3000\u3000",
        body="""
一、实训室内的洗甲水、甲油胶稀释剂、酒精等易燃化学品，由实训室管理员统一保管，存放在防爆柜内，柜门上锁。
二、每个实训台只允许放置一瓶不超过100毫升的洗甲水，课后由学员交回，管理员登记数量。
三、易燃化学品存放处距离美甲灯、插座和加热设备不少于1米，严禁在实训室内吸烟和使用明火。
四、空瓶和沾有洗甲水的棉片放入带盖的专用垃圾桶，每天由保洁人员清运。
五、实训室配备灭火器和防火毯，管理员每月检查一次。
六、本规定自2024年3月1日起施行。
巧手职业培训学校
2024年3月1日
""",
    ),
    dict(
        slug="mail-xiaoyou-fwd-letter-nail-lamp-test-webmail",
        site="鬒川县职业中专学校 webmail reading view (invented)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.zczz.example.cn/read?mid=20240705-1132",
        title="关于美甲灯样品检验结果的函",
        record_title="Fwd: [来函转阅] 关于美甲灯样品检验结果的函",
        date="2024-07-03",
        date_also=["2024-07-05"],
        notes="webmail reading view: forwarded header (发件人/收件人/抄送/时间), an attachment bar beside the letter's own 附件 "
        "list; the letter's 抄送 line and contact stay in the body; the mail's date differs",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>Fwd: [来函转阅] 关于美甲灯样品检验结果的函 - 鬒川职中邮箱</title>
<script src="/webmail/js/reader.js"></script>
</head><body>
<div class="mail-top">⟦m 鬒川职中邮箱⟧ ⟦a 收信⟧ ⟦a 写信⟧ ⟦a 通讯录⟧ ⟦a 退出⟧</div>
<div class="mail-tools">⟦a 回复⟧ ⟦a 回复全部⟧ ⟦a 转发⟧ ⟦a 删除⟧ ⟦a 标记为未读⟧</div>
<div class="mail-head">
<h3>⟦t Fwd: [来函转阅] 关于美甲灯样品检验结果的函⟧</h3>
<p>⟦m 发件人：总务处 雷晓东 &lt;leixd@zczz.example.cn&gt;⟧</p>
<p>⟦m 收件人：美容专业组 &lt;mrzy@zczz.example.cn&gt;⟧</p>
<p>⟦m 抄　送：校长办公室 &lt;xzb@zczz.example.cn&gt;⟧</p>
<p>⟦m 时　间：2024年7月5日（星期五）上午 10:14⟧</p>
</div>
<div class="mail-body">
<p>⟦m 各位老师：检验所来函，请阅。——雷晓东⟧</p>
<p>⟦m ---------- 转发的邮件 ----------⟧</p>
<h4>{T}</h4>
{BODY}
</div>
<div class="attach-bar"><b>⟦a 附件（2 个）⟧</b> ⟦a 检验报告GY-52.pdf（1.2M） 预览 下载⟧ ⟦a 检验报告ML-40.pdf（1.1M） 预览 下载⟧ ⟦a 打包下载⟧</div>
<div class="mail-foot">⟦m 鬒川职中邮件系统 · 技术支持 信息中心⟧</div>
</body></html>
""",
        body="""
鬒川县职业中专学校：
你校6月26日送检的两批美甲灯样品（GY-52型、ML-40型各2台），我所已按相关标准完成检验。经检验，GY-52型样品所检项目均符合要求；ML-40型样品紫外辐射照度超出标称值，判定为不合格。
建议你校暂停使用ML-40型美甲灯，与供货商联系退换。具体数据见所附检验报告。
附件：1. 检验报告（GY-52型）
2. 检验报告（ML-40型）
联系人：邵工　电话：0736-2275530　邮箱：jys_shao@example.cn
妩州市产品质量检验所
2024年7月3日
抄送：鬒川县市场监督管理局
""",
    ),
    dict(
        slug="mail-niaoxi-fwd-letter-razor-blade-docx",
        site="袅溪宾馆 forwarded mail as text (invented)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="text",
        source="mailto:caigou@niaoxi-hotel.example.cn",
        title="关于一次性刮眉刀刀片松动问题的函",
        record_title="转发：关于一次性刮眉刀刀片松动问题的函（已盖章）.docx",
        date="2024-08-12",
        date_also=["2024-08-13"],
        notes="forwarded mail as text: file-name record title; mail headers and a forwarding note; the letter's own "
        "contact; the send date differs from the letter's date",
        page="""
!m 发件人：袅溪宾馆采购部 <caigou@niaoxi-hotel.example.cn>
!m 发送时间：2024年8月13日 16:02
!m 收件人：妩州洁雅日用品有限公司 <sales@jieya.example.com>
!t 主题：转发：关于一次性刮眉刀刀片松动问题的函（已盖章）.docx
!m 附件：关于一次性刮眉刀刀片松动问题的函（已盖章）.docx（28KB）
!m 王经理您好，函件正文如下，盖章件见附件，请尽快回复。
!m ——————— 原始邮件 ———————
{T}
{BODY}
!d 此邮件可能包含保密信息，如您误收，请立即删除并告知发件人。
!m 袅溪宾馆 · 让每一晚都安心
""",
        indent="\u3000\u3000",
        body="""
妩州洁雅日用品有限公司：
我宾馆7月向贵公司采购的一次性洗漱包（批号JY2407）中，客房部近期发现有11把刮眉刀刀片松动，其中1把在客人使用时脱落，客人眉尾被轻微划伤。
为保障客人安全，我宾馆已将该批次剩余的刮眉刀全部下架封存。请贵公司于8月20日前派人到我宾馆核查，说明原因，并更换合格产品。
联系人：卢敏　电话：0731-8756022
袅溪宾馆
2024年8月12日
""",
    ),
]

"""holdout156, part A: urban waterlogging (城市内涝) and dry-hot wind (干热风). Invented text."""

CASES = [
    dict(
        slug="fanwen-yunbi-plan-waterlogging-decorated",
        site="云笔范文库 (invented)",
        style="范文站",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.yunbifw.com/fangan/yingji/20250611/30417.html",
        title="蘅川县2025年城区防御内涝工作方案",
        record_title="蘅川县2025年城区防御内涝工作方案【精选3篇】",
        date="2025-05-28",
        notes="decorated record title; date under the signature; chrome glued after a sentence and a box between paragraphs",
        page="""
!m 云笔范文库｜好材料从这里起笔
!m 所在栏目：范文首页 / 工作方案 / 应急预案类
!t 蘅川县2025年城区防御内涝工作方案【精选3篇】
!m 整理：小舟　更新于：2025-06-11　人气值：1288
{T}
{BODY}
!a 登录会员即可一键导出本篇（含排版格式）
!l 本栏目推荐阅读：
!l ※ 街道汛期地下空间安全管理方案
!l ※ 排水管网清疏工作实施方案
!d 声明：文章内容由网友整理投稿，仅作写作参考，若涉及权属问题请联系站务删除。
!m 云笔范文库 yunbifw.com 　苏ICP备20115873号
""",
        indent="\u3000\u3000",
        body="""
为切实做好今年城区防御内涝工作，最大限度减轻强降雨对群众生命财产造成的损失，结合我县实际，制定本方案。
一、工作目标
坚持“以防为主、防抗救相结合”，确保城区主次干道积水在暴雨停止后2小时内退去，下穿通道、地下车库等重点部位不发生人员伤亡。⟦a 【本段可复制】⟧
二、重点任务
（一）排查易涝点。县住建局牵头，5月底前完成城区37处易涝点的排查建档，逐点明确责任单位和值守人员。
⟦l 延伸阅读：城区雨污分流改造调研报告⟧
（二）清疏管网。对城区雨水管网、检查井、雨水篦子开展全面清淤，确保排水畅通。
（三）备足物资。在每个易涝点就近储备沙袋、移动泵车和警示标志，并实行专人管理。
三、保障措施
各责任单位要严格落实汛期24小时值班制度，遇强降雨预警立即到岗到位，发现险情及时处置、及时上报。
蘅川县防汛抗旱指挥部办公室
2025年5月28日
""",
    ),
    dict(
        slug="wenku-chengyue-summary-waterlogging-page-markers",
        site="澄阅文库 (invented)",
        style="文库预览",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://wk.chengyue.cn/view/8c1e0f2a77b54d.html",
        title="苕水市排水管理处2024年汛期排涝工作总结",
        record_title="苕水市排水管理处2024年汛期排涝工作总结.docx",
        date="2024-10-15",
        notes="file-name record title; page markers cutting sentences; Chinese-numeral signature date",
        page="""
!m 澄阅文库 — 海量文档在线读
!a 全文共4页　|　当前可预览3页　|　⬇ 保存到手机
!t 苕水市排水管理处2024年汛期排涝工作总结.docx
{BODY}
!a 预览已到末尾，支付2元阅读券可查看余下内容
!l 看过这篇的人还看了：《泵站运行管理制度》《防汛值班记录表》
!d 本文档为用户分享，澄阅文库仅提供存储空间，如需删除请提交申诉。
""",
        pages=dict(fmt="·{n}·", every=130, start=2, glue=False),
        body="""
今年汛期，我市共经历强降雨过程9次，其中7月18日最大小时雨强达到71.4毫米，为有气象记录以来第二位。在市委、市政府的领导下，排水管理处全体干部职工连续奋战，城区未发生因内涝造成的人员伤亡。
一是提前清疏管网。汛前累计清疏雨水管道212公里，清掏检查井8600余座，更换破损雨水篦子430个。
二是强化泵站运行。全市19座排涝泵站实行“一站一策”，汛期累计运行4100台时，抽排雨水约2600万立方米。
三是科学调度抢险。组建6支专业抢险队伍，配备大流量移动泵车12台，汛期出动抢险人员2300余人次。
下一步，我们将加快推进老城区雨水管网改造，争取明年汛前再消除易涝点8处。
苕水市排水管理处
二〇二四年十月十五日
""",
    ),
    dict(
        slug="gov-heguan-notice-waterlogging-html",
        site="荷关区人民政府 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.heguan.gov.cn/zwgk/tzgg/202506/t20250604_88213.html",
        title="荷关区人民政府办公室关于加强汛期下穿通道和地下车库防淹管理的通知",
        date="2025-06-03",
        date_also=["2025-06-04"],
        notes="modern gov template; document number neutral; contact line of the document kept; site hotline in footer",
        page="""
<!DOCTYPE html><html lang="zh"><head><meta charset="utf-8"><title>荷关区人民政府办公室关于加强汛期下穿通道和地下车库防淹管理的通知-荷关区人民政府</title>
<script src="/js/jquery.min.js"></script><script>var _hmt=_hmt||[];</script></head><body>
<header class="top"><div class="logo">⟦m 荷关区人民政府⟧</div><div class="lang">⟦a 无障碍浏览⟧　⟦a 长者模式⟧</div></header>
<nav><ul><li>⟦m 首页⟧</li><li>⟦m 政务动态⟧</li><li>⟦m 信息公开⟧</li><li>⟦m 一网通办⟧</li><li>⟦m 区情概况⟧</li></ul></nav>
<div class="crumb">⟦m 位置：首页 ＞ 信息公开 ＞ 区政府办文件⟧</div>
<article>
<h1>{T}</h1>
<div class="info">⟦m 发文单位：区政府办公室　更新时间：2025-06-04　点击量：733⟧</div>
<p class="wh">荷政办发〔2025〕19号</p>
{BODY}
</article>
<aside><h3>⟦l 热点专题⟧</h3><ul><li>⟦l 防汛减灾 我们在行动⟧</li><li>⟦l 优化营商环境进行时⟧</li></ul></aside>
<footer><p>⟦m 区政府服务热线：12345　网站纠错电话：0512-86630211⟧</p><p>⟦m 荷关区人民政府办公室　版权所有　苏ICP备09004412号-1⟧</p></footer>
<script>document.write('')</script></body></html>
""",
        body="""
各街道办事处，区各有关部门：
近期我区将进入主汛期，短时强降雨多发。为防止下穿通道和地下车库积水淹车淹人，现就有关事项通知如下。
一、全区14处下穿通道全部落实“一道一长”，安装积水监测和自动拦车设施，水深超过20厘米立即封闭。
二、物业服务企业对小区地下车库出入口挡水坎、挡水板进行全面检查，备足沙袋和抽水设备。
三、各街道接到暴雨红色预警后，要组织人员在车库入口值守，引导车辆有序转移。
联系人：区住建局　孔立新　电话：0512-86639027
荷关区人民政府办公室
2025年6月3日
""",
    ),
    dict(
        slug="news-fuhai-waterlogging-report-byline",
        site="浮海新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://news.fuhai.com.cn/city/2025-07/19/c_81223.htm",
        title="连夜奋战十小时　城南积水全部退去",
        date="2025-07-19",
        notes="byline 发布时间 is the date; editor line and app prompt at the bottom",
        page="""
!m 浮海新闻网　>　城事　>　民生
{T}
!m 发布时间：2025-07-19 08:16　来源：浮海日报　记者 曲晓帆
!a A+ A-　　听新闻
{BODY}
!m 【责编：姜禾】
!a 下载“浮海+”客户端，看更多本地新闻
!l 猜你想看　|　今年第4号台风生成　|　暑期市民游泳安全提示
""",
        body="""
18日夜间，我市城南片区遭遇短时强降雨，3小时累计雨量达132毫米，多条道路出现积水。
接到险情后，市排水部门紧急调集移动泵车9台、抢险人员200余人，分赴南环路、青柳街等积水点抽排。
“水最深的时候没过了小腿，凌晨三点多就退下去了。”家住青柳街的市民周女士说。
截至19日6时，城南片区积水点已全部退水，道路恢复通行，未发生人员伤亡。
""",
    ),
    dict(
        slug="forum-xinan-waterlogging-junk-post",
        site="芷阳生活论坛 (invented)",
        style="论坛",
        genre="倡议书",
        kind="initiative",
        form="text",
        source="http://bbs.zhiyang.net/thread-551207-1-1.html",
        title="关于雨季主动清理楼前雨水口的倡议书",
        record_title=None,
        date="2025-06-20",
        notes="no record title; forum floor meta, anti-scraping junk lines and glued junk",
        page="""
!m 芷阳生活论坛 › 邻里互助 › 查看主题
!m 查看: 902 | 回复: 17
{T}
!m 楼主　雨后彩虹2021　发表于 2025-6-21 10:02
{BODY}
!l 回复 引用 举报 只看该作者
!m 沙发　老街坊　发表于 2025-6-21 11:30
!a 您需要登录后才可以回帖 登录 | 立即注册
""",
        junk=dict(lines=2, glued=2),
        body="""
各位居民朋友：
每逢大雨，小区楼前雨水口常被树叶、塑料袋堵住，积水漫进单元门厅。为了让雨水走得快，我们倡议：
一、雨季每天出门时顺手清理楼前雨水口上的落叶杂物。
二、不往雨水口倒剩菜、油污和建筑垃圾。
三、发现井盖缺失、雨水口堵塞，及时告诉物业或拨打社区电话。
让我们从身边小事做起，共同守护家园平安。
芷阳街道桂苑社区居委会
2025年6月20日
""",
    ),
    dict(
        slug="blog-laodong-insight-waterlogging-tags",
        site="老董的水务笔记 (invented blog)",
        style="博客",
        genre="心得体会",
        kind="insight",
        form="html",
        source="https://laodong-shuiwu.blog.cn/post/2024/09/hai-mian-cheng-shi.html",
        title="参加海绵城市建设培训班的几点体会",
        date="2024-09-08",
        notes="blog template with tag cloud and archive; date in the post meta",
        page="""
<html><head><meta charset="utf-8"><title>参加海绵城市建设培训班的几点体会 | 老董的水务笔记</title></head><body>
<div id="blog-header"><h1>⟦m 老董的水务笔记⟧</h1><p>⟦m 一个排水老兵的碎碎念⟧</p></div>
<div id="menu">⟦m 首页 · 随笔 · 技术 · 关于我⟧</div>
<div class="post">
<h2>{T}</h2>
<div class="post-meta">⟦m 发表于 2024-09-08　分类：学习心得　阅读(216)　评论(3)⟧</div>
{BODY}
<div class="tags">⟦l 标签：海绵城市 / 培训 / 排水⟧</div>
<div class="nav-links">⟦l « 前一篇：雨水泵站的日常巡检⟧　⟦l 后一篇：说说窨井里的那些事 »⟧</div>
</div>
<div id="sidebar"><h3>⟦l 文章归档⟧</h3><ul><li>⟦l 2024年9月 (4)⟧</li><li>⟦l 2024年8月 (6)⟧</li></ul></div>
<div id="footer">⟦d 本博客文字除注明外均为原创，转载请保留出处。⟧</div>
</body></html>
""",
        body="""
九月初，我参加了市里组织的海绵城市建设专题培训，三天课程让我对“渗、滞、蓄、净、用、排”有了新的认识。
第一点体会是，治内涝不能光靠管子粗。过去我们总想着把管网越做越大，但老城区地下空间有限，只有让雨水先在源头“慢下来”，管网压力才会真正减轻。
第二点体会是，细节决定成败。下凹式绿地的标高差、透水铺装的基层厚度，差几厘米效果就完全不同。
第三点体会是，建成后的维护同样重要。雨水花园如果长期不清理，一两年就会板结失效。
回到单位后，我准备把这些体会整理成班组学习材料，和同事们一起讨论。
""",
    ),
    dict(
        slug="wechat-nongqi-dryhotwind-mirror",
        site="茴原农技 公众号镜像 (invented)",
        style="公众号镜像",
        genre="通知",
        kind="notice",
        form="text",
        source="https://mp.weixin-mirror.net/s/HuiyuanNongji_0512_a",
        title="关于做好小麦干热风防御工作的紧急通知",
        record_title="关于做好小麦干热风防御工作的紧急通知 | 茴原农技",
        date="2025-05-12",
        notes="WeChat mirror chrome; the document's own 扫码 sentence kept; tail follow prompts",
        page="""
!m 茴原农技　2025-05-13 07:40　发表于豫州
{T}
!m 原创　茴原县农业技术推广中心
{BODY}
!l 往期回顾：小麦条锈病防治技术要点｜夏收机械准备情况
!a 长按识别二维码，关注“茴原农技”
!a 点个“在看”，让更多种粮户看到 👍
!l 阅读 3415　赞 67　在看 22
""",
        body="""
各乡镇农业服务中心：
据气象部门预测，5月中下旬我县将出现连续高温低湿天气，小麦正处于灌浆关键期，发生干热风的风险较大。为减轻灾害损失，现将有关事项通知如下。
一、适时浇好灌浆水。土壤墒情不足的麦田，要在干热风来临前3至5天浇水，做到“小水细浇、不漫灌”。
二、开展“一喷三防”。每亩用磷酸二氢钾150克加适量杀菌剂、杀虫剂对水喷施，增强植株抗逆能力。
三、加强技术指导。农户可扫描各村公示栏上的二维码，收看防御干热风技术视频。
茴原县农业技术推广中心
2025年5月12日
""",
    ),
    dict(
        slug="docshare-jinxia-dryhotwind-report-oneline",
        site="锦匣文档 (invented)",
        style="文档分享",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://www.jinxiadoc.com/p-7729310264.html",
        title="关于菖田县小麦干热风灾害影响情况的调研报告",
        record_title=None,
        date=None,
        notes="no title in the record; whole body on one line; no date anywhere (upload stamp is not a date)",
        page="""
!m 锦匣文档 > 农林牧渔 > 种植技术
{T}
!m 上传者：麦浪滚滚　上传时间：3天前　页数：2　大小：41KB
!a 下载本文档需要 8 锦豆
{BODY}
!d 锦匣文档所有资源均为用户上传，平台不对内容的准确性负责。
!a 举报　收藏　分享到
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
今年5月下旬，菖田县连续出现3次干热风天气，最高气温达36.8摄氏度，午后相对湿度低于25%。
为摸清灾害影响，县农业农村局组成调研组，深入8个乡镇、32个地块进行实地查看。
调研发现，未浇灌浆水的旱地麦田千粒重平均下降3.2克，而及时浇水并喷施叶面肥的地块基本未受影响。
建议今后将干热风防御纳入小麦生产技术意见，提前储备叶面肥，并加快推进高效节水灌溉设施建设。
""",
    ),
    dict(
        slug="edu-lanxiang-dryhotwind-notice-html",
        site="兰乡县教育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.lanxiang.gov.cn/html/tzgg/2025/0520/4412.html",
        title="兰乡县教育局关于在“三夏”期间加强中小学生安全教育的通知",
        date="2025-05-20",
        notes="education portal; attachment list kept; bottom school-link box",
        page="""
<html><head><meta charset="utf-8"><title>兰乡县教育局</title></head><body>
<div class="banner">⟦m 兰乡县教育局　办人民满意的教育⟧</div>
<div class="menu">⟦m 网站首页｜教育新闻｜通知公告｜招生考试｜校园风采⟧</div>
<div class="place">⟦m 当前栏目：通知公告⟧</div>
<div class="content">
<div class="title">{T}</div>
<div class="meta">⟦m 作者：基础教育股　　添加时间：2025/5/20　　【⟧⟦a 打印⟧⟦m 】⟧</div>
{BODY}
</div>
<div class="links">⟦l 校园网站链接：兰乡一中｜兰乡实验小学｜城关中学⟧</div>
<div class="copyright">⟦m 兰乡县教育局主办　地址：兰乡县文化路6号　豫ICP备11012209号⟧</div>
</body></html>
""",
        body="""
各中小学校、幼儿园：
“三夏”期间，农村学生在家时间增多，麦田焚烧、机械作业、高温干热风天气带来的安全隐患明显增加。现就加强学生安全教育通知如下：
1.各校要利用班会课开展一次专题教育，提醒学生远离收割机、打麦场和农用车辆。
2.干热风天气午后气温高，要提醒学生避免中午外出，注意防暑降温。
3.各校要通过家长群发送《致家长的一封信》，请家长签字回执。
附件：1.致家长的一封信
2.“三夏”学生安全教育记录表
兰乡县教育局
2025年5月20日
""",
    ),
    dict(
        slug="oa-hanmai-dryhotwind-plan-intranet",
        site="禾丰种业集团协同办公平台 (invented)",
        style="企业内网",
        genre="方案",
        kind="plan",
        form="text",
        source="http://oa.hefengseed.local/doc/view?id=20250508-0033",
        title="禾丰种业繁种基地2025年干热风防御工作方案",
        record_title="禾丰种业繁种基地2025年干热风防御工作方案",
        record_date="2025-05-08",
        date="2025-05-08",
        notes="record date; OA document view with flow records; a data table one row a paragraph",
        page="""
!m 禾丰种业集团协同办公平台　|　公文管理　>　已发文件
!m 拟稿：生产部 王秋生　核稿：魏冬　签发：刘振川
!a [下载正文] [打印] [转发] [关闭]
{T}
{BODY}
!m 流转记录：2025-05-08 09:12 生产部发起　→　2025-05-08 14:30 总经理办公室签发
!m 已阅 46 人　未阅 5 人
""",
        body="""
为做好今年繁种基地干热风防御，保障种子产量和质量，制定本方案。
一、各基地防御任务
基地　面积（亩）　负责人　灌溉方式
东营坡基地　1200　陈立　喷灌
北洼基地　860　孙敏　畦灌
二、技术措施
灌浆期保持土壤相对含水量70%以上，干热风预报发布后提前浇水；结合病虫害防治喷施磷酸二氢钾。
三、工作要求
各基地负责人每日上报田间情况，出现灾情当天报生产部。
""",
    ),
    dict(
        slug="qa-wenmai-dryhotwind-answer",
        site="问麦农事问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="answer",
        form="html",
        source="https://www.wenmai.cn/question/41877",
        title="小麦遭遇干热风后还有补救办法吗？",
        date=None,
        notes="Q&A page; relative times are not dates; answer body only",
        page="""
<html><head><meta charset="utf-8"><title>小麦遭遇干热风后还有补救办法吗？ - 问麦农事问答</title></head><body>
<div class="topbar">⟦m 问麦　种地有疑问，来问麦⟧　⟦a 登录⟧　⟦a 注册⟧</div>
<div class="question"><h1>{T}</h1><p class="q-meta">⟦m 提问者：豫东麦客　2小时前　浏览 318⟧</p></div>
<div class="answer">
<div class="author">⟦m 最佳答案　农技员老郑　　回答于 1小时前⟧</div>
{BODY}
<div class="ops">⟦l 有用(42)　没用(1)　评论(5)⟧</div>
</div>
<div class="related"><h3>⟦l 相关问题⟧</h3><p>⟦l 干热风和青枯病怎么区分？⟧</p><p>⟦l 一喷三防用什么药好？⟧</p></div>
<div class="foot">⟦d 回答仅代表网友个人观点，用药请遵照当地农技部门指导。⟧</div>
</body></html>
""",
        body="""
干热风过后，要先看麦子受害程度，再决定怎么补救。
如果只是叶片尖端发黄，籽粒还在灌浆，可以趁早晚浇一次小水，再喷一遍磷酸二氢钾，能延长叶片功能期。
如果穗子已经发白、籽粒干瘪，说明灌浆基本停止，这时就不要再浇水了，以免倒伏，应抓紧准备收割。
另外，记得把受灾情况报给村里，看看能不能走农业保险理赔。
""",
    ),
    dict(
        slug="anthology-qiaoweng-dryhotwind-essay",
        site="樵翁文集 (invented personal collection)",
        style="个人文集",
        genre="散文",
        kind="essay",
        form="text",
        source="http://qiaoweng.wenji.cn/juan3/017.html",
        title="麦黄时节话干热风",
        record_title="卷三　麦黄时节话干热风",
        date="2023-06-02",
        notes="collection chapter nav; date written at the end of the essay",
        page="""
!m 樵翁文集　›　卷三　乡土杂记
!l ← 上一篇：老井　|　目录　|　下一篇：看场 →
!t 卷三　麦黄时节话干热风
{BODY}
!l ← 上一篇：老井　|　目录　|　下一篇：看场 →
!m 文集访问：52119　本篇阅读：388
""",
        indent="\u3000\u3000",
        gap=True,
        body="""
麦黄时节，乡下人最怕的不是雨，而是一股从西南吹来的热风。
老辈人管它叫“火风”，说它一刮，麦穗一夜就能“炸白”。那时候没有天气预报，全凭看天色、摸风向。
如今村里的麦田早已通了水渠，农技站提前几天就把预报发到手机上，浇一遍水、喷一遍药，干热风的危害小多了。
可每到这个时候，我还是会想起父亲站在地头，眯着眼看天的样子。
二〇二三年六月二日　于菖田老家
""",
    ),
]

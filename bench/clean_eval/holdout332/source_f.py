"""holdout332, part F: 公考论坛, 百科问答, 网盘分享, 搜索快照, 打印页, 邮件转发. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="examforum-shenlun-essay-cistern-blocks-jammer",
        site="申论驿站 (invented civil-service exam forum)",
        style="公考论坛",
        genre="申论",
        kind="other",
        form="html",
        source="https://bbs.shenlunyizhan.com/thread-330871-1-1.html",
        title="小小洁厕块里的治理温度",
        record_title="[申论佳作赏析] 小小洁厕块里的治理温度（练笔第三周，欢迎指正） - 申论写作 - 申论驿站",
        date=None,
        notes="exam forum with a reply-to-see prompt between paragraphs, a rating row, a QQ-group ad and jammer-font junk; an essay has no date",
        page="""
<html><head><meta charset="utf-8">
<title>[申论佳作赏析] 小小洁厕块里的治理温度（练笔第三周，欢迎指正） - 申论写作 - 申论驿站</title>
<style>.jammer{font-size:0}</style>
</head><body>
<div id="hd">⟦m 申论驿站 · 上岸路上有人陪⟧ <a>⟦a 登录驿站⟧</a> <a>⟦a 注册驿站账号⟧</a></div>
<div id="pt">⟦m 申论驿站 › 笔试交流 › 申论写作⟧</div>
<div class="qqgroup">⟦w 2026省考申论冲刺群：QQ群 836120497，进群领真题⟧</div>
<table><tr><td class="pls">⟦m 岸边的小陈⟧ ⟦m 积分 702⟧</td>
<td class="plc"><h1 id="thread_subject">{T}</h1>
<div class="authi">⟦m 发表于 6 天前 | 只看该作者⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="rate">⟦a 评分 参与 4 人　驿站币 +12⟧</div>
<div class="po">⟦a 回复楼主 引用 举报⟧</div></td></tr></table>
<div class="pl">⟦l 沙发　上岸小能手：立意不错，分论点可以再拔高⟧</div>
<div id="ft">⟦m 申论驿站 ( 冀ICP备19027763号 )⟧</div>
</body></html>
""",
        junk=dict(lines=1, glued=2),
        body="""
城市公厕是否干净，往往藏在细节里。一块洁厕块，几块钱，却能看出一座城市的管理水平。
有的城市把公厕管理当作“面子工程”，外墙贴瓷砖、门口种花草，水箱里却常年空空，洁厕块更是无人问津；也有的城市建立公厕耗材台账，洁厕块投放有标准、补放有记录，市民如厕体验大不一样。
⟦a 回复本帖，查看作者的批改版⟧
治理的温度，不在口号多响亮，而在细节能否落到实处。管理者要俯下身子，把洁厕块这样的“小事”纳入日常考核，让保洁人员有标准可依、有物资可用。
小事见初心，细节显担当。把每一件“小事”做好，城市才会有真正的温度。
""",
    ),
    dict(
        slug="examforum-interview-answer-waist-warmers-junk",
        site="面试圈论坛 (invented)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="text",
        source="https://bbs.mianshiquan.net/thread-77180-1-1.html",
        title="单位给环卫工发暖腰带被网友质疑作秀，你怎么看？",
        record_title="【结构化面试真题】单位给环卫工发暖腰带被网友质疑作秀，你怎么看？ - 面试交流 - 面试圈论坛",
        date=None,
        notes="an interview answer on an exam forum with junk lines and junk glued after 。; relative posting time",
        page="""
!m 面试圈论坛 — 结构化、无领导，一起练
!m 面试圈 › 结构化面试 › 面试交流
!t 【结构化面试真题】单位给环卫工发暖腰带被网友质疑作秀，你怎么看？
!m 楼主：一战上岸中　发表于 4 天前　查看 983　回复 22
{BODY}
!a 支持　反对　收藏
!l 2#　面试老炮：第二段可以加一句“让关怀有温度也有长度”
!l 3#　小白菜：学习了，收藏
!a 本版回帖需先绑定手机号
!m 面试圈论坛 Powered by Discuz!
""",
        junk=dict(lines=2, glued=2),
        body="""
我的作答思路，请大家指点：
首先，单位为环卫工人发放暖腰带，出发点是关心一线劳动者，这种做法本身值得肯定。网友质疑“作秀”，多半是因为活动拍照多、宣传多，而后续保障少。
其次，要回应质疑，关键在于把关怀做实。一是了解环卫工人的真实需求，暖腰带、手套、热水哪样最缺就送哪样；二是变“一次送”为“常态送”，建立冬季防寒物资保障机制；三是宣传适度，不让劳动者为拍照摆姿势。
最后，如果我是工作人员，我会主动公开物资发放明细，接受社会监督，用实际行动消除质疑。
""",
    ),
    dict(
        slug="baike-huizhi-entry-collar-cleaner-h1",
        site="汇知百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://www.huizhibaike.com/item/衣领净/20317",
        title="衣领净",
        record_title=None,
        date=None,
        notes="encyclopaedia entry: no record title (the <h1>, also the entry name inside the body: head); infobox, contents box, edit/discuss/history tabs, reference markers glued after 。; an edit stamp is no date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8">
<title>衣领净_汇知百科</title>
</head><body>
<div class="top">⟦m 汇知百科 · 知识汇聚之地⟧ <a>⟦a 创建词条⟧</a> <a>⟦a 登录汇知⟧</a></div>
<div class="tabs">⟦a 编辑　讨论　历史版本⟧</div>
<div class="lemma"><h1>{T}</h1>
<div class="summary-meta">⟦m 日用化学品 · 洗涤剂⟧</div>
<table class="infobox">
<tr><td>⟦m 中文名：衣领净⟧</td><td>⟦m 类别：液体洗涤剂⟧</td></tr>
<tr><td>⟦m 主要成分：表面活性剂、蛋白酶⟧</td><td>⟦m 用途：去除领口袖口污渍⟧</td></tr>
</table>
<div class="catalog">⟦l 目录　1 定义　2 成分　3 用法　4 注意事项⟧</div>
<div class="para">
{BODY}
</div>
<div class="refs"><h3>⟦l 参考资料⟧</h3><p>⟦l [1] 日用洗涤剂分类与命名规范⟧</p><p>⟦l [2] 家庭衣物洗护手册⟧</p></div>
<div class="lemma-foot">⟦m 本词条浏览 2.7万次，最近编辑于 11 个月前⟧</div></div>
<div class="footer">⟦d 汇知百科内容由网友协作编辑，仅供参考⟧</div>
</body></html>
""",
        body="""
衣领净是一种专门用于去除衣领、袖口污渍的液体洗涤剂，多为瓶装，瓶口带有刷头或海绵头，可直接涂抹在污渍处。⟦l [1]⟧
主要成分包括非离子表面活性剂、阴离子表面活性剂、蛋白酶和助剂等。表面活性剂能乳化领口皮脂，蛋白酶能分解汗渍中的蛋白质。
使用时，将衣领净涂抹在领口、袖口的污渍处，静置五至十分钟后，用刷子轻刷，再按常规方法洗涤。⟦l [2]⟧
衣领净不宜用于真丝、羊毛等蛋白质纤维面料，以免酶制剂损伤纤维；使用时应避免接触眼睛，并放在儿童接触不到的地方。
""",
    ),
    dict(
        slug="baike-wuming-entry-storage-basket",
        site="物名百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="https://www.wumingbaike.cn/wiki/置物篮",
        title="置物篮",
        record_title="置物篮（家居收纳用品）｜物名百科",
        date=None,
        notes="entry text: decorated record title; the entry name at the top is also in the body (head); edit/discuss tabs, references, related entries; a revision stamp 5 个月前 is no date",
        page="""
!m 物名百科 — 日常万物一查便知
{T}
!a 编辑词条　｜　讨论　｜　历史版本
!m 本词条由物名百科“生活小百科”团队审核　｜　浏览次数：4.8万
{BODY}
!l 参考资料：《家居收纳用品分类与术语》
!l 相关词条：收纳盒　｜　鞋架　｜　挂钩
!m 词条最后修订于 5 个月前
!d 物名百科词条内容仅供参考，如需专业意见请咨询相关人士。
""",
        body="""
置物篮是用于存放、归类日常物品的篮状容器，常见于厨房、卫生间、卧室和办公场所。
按材质可分为塑料置物篮、金属置物篮、竹藤编置物篮和布艺置物篮等；按安装方式可分为落地式、壁挂式、悬挂式和桌面式。
竹藤编置物篮在我国有悠久历史，民间多以竹篾、藤条手工编制，兼具实用与装饰功能。金属置物篮多采用不锈钢或铁艺喷涂，承重较好，常用于厨房和卫生间。
选购时应注意边缘是否光滑、焊点是否牢固，卫生间使用的置物篮宜选择防锈材质。
""",
    ),
    dict(
        slug="clouddisk-fengchao-instruction-seat-covers-docx",
        site="蜂巢网盘 (invented cloud drive)",
        style="网盘分享",
        genre="作业指导书",
        kind="regulation",
        form="html",
        source="https://pan.fengchao-yun.com/s/1aQ7xKmZ0",
        title="养老机构马桶垫清洗消毒作业指导书",
        record_title="养老机构马桶垫清洗消毒作业指导书.docx",
        date=None,
        notes="cloud-drive preview with save/download buttons and VIP prompts; decimal headings 3.1–4.2; file-name title; a share stamp 2 周前 is no date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8">
<title>养老机构马桶垫清洗消毒作业指导书.docx_免费高速下载|蜂巢网盘</title>
</head><body>
<div class="bar">⟦m 蜂巢网盘⟧ <a>⟦a 登录蜂巢⟧</a> <a>⟦a 客户端下载⟧</a></div>
<div class="share-info"><span>⟦m 分享者：夕阳红护理部⟧</span> <span>⟦m 分享于 2 周前⟧</span> <span>⟦m 链接长期有效⟧</span></div>
<div class="file"><h2>{T}</h2>
<div class="fmeta">⟦m 文件大小：41.2KB　·　Word 文档⟧</div>
<div class="ops">⟦a 保存到我的蜂巢⟧ ⟦a 普通下载（限速）⟧ ⟦a 超级会员高速下载⟧</div>
<div class="preview">
{BODY}
</div>
<div class="vip">⟦a 开通蜂巢超级会员，在线预览全部页面⟧</div></div>
<div class="foot">⟦d 蜂巢网盘严禁分享违法违规内容，如发现请举报⟧ ⟦m © 2025 蜂巢网盘⟧</div>
</body></html>
""",
        body="""
1 目的
规范马桶垫清洗消毒操作，预防交叉感染。
2 适用范围
适用于本院各护理单元可拆洗马桶垫的日常清洗消毒。
3 操作步骤
3.1 护理员每日上午收集各房间马桶垫，装入黄色污物袋，送至洗消间。
3.2 用含有效氯500mg/L的消毒液浸泡30分钟。
3.3 清水漂洗两遍，放入烘干机烘干。
3.4 检查垫面有无破损，破损的予以报废登记。
4 注意事项
4.1 传染病老人使用的马桶垫单独清洗，不得混洗。
4.2 操作人员须戴口罩、手套，操作后洗手。
""",
    ),
    dict(
        slug="clouddisk-yunxia-rules-collar-cleaner-line-markers",
        site="云匣网盘 (invented cloud drive)",
        style="网盘分享",
        genre="规程",
        kind="regulation",
        form="text",
        source="https://yunxia-pan.cn/s/r8Tq2Lw",
        title="衣领净灌装车间安全操作规程",
        record_title="衣领净灌装车间安全操作规程.pdf",
        date=None,
        notes="cloud-drive text preview cut by page markers ⛨ 第n页 ⛨ on lines of their own; 第N条 articles; file-name title; a share stamp is no date",
        page="""
!m 云匣网盘 · 文件预览
!m 衣领净灌装车间安全操作规程.pdf　｜　312 KB　｜　分享于 2025-01-07
!a 【保存到云匣】【下载】【举报】
{T}
{BODY}
!a 云匣预览只显示前3页，开通会员可看完整文件
!m 分享者：安环部老吴　｜　有效期：7天
!d 云匣网盘仅提供存储服务，文件内容由分享者负责
""",
        pages=dict(fmt="⛨ 第{n}页 ⛨", every=110, start=2),
        body="""
第一条　为保障衣领净灌装车间生产安全，预防化学品灼伤和机械伤害，制定本规程。
第二条　操作人员上岗前须穿戴工作服、防护眼镜和耐碱手套，长发须盘入工作帽内。
第三条　开机前检查灌装机防护罩、急停按钮是否完好，确认料桶标签与生产指令一致。
第四条　灌装过程中不得用手触摸灌装头，出现滴漏应先停机再处理。
第五条　衣领净原液溅入眼睛时，应立即用洗眼器冲洗十五分钟以上，并报告班长送医。
第六条　下班前关闭电源和料阀，清理地面残液，做好交接班记录。
第七条　本规程自印发之日起执行。
""",
    ),
    dict(
        slug="snapshot-soude-union-notice-waist-warmers",
        site="影存快照 (invented search-engine cache) / 淄源县总工会",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://cache.yingcun.com/c?u=www.zyzgh.org.cn/tzgg/1128.html",
        title="淄源县总工会关于开展冬季户外劳动者暖腰带发放工作的通知",
        record_title="淄源县总工会关于开展冬季户外劳动者暖腰带发放工作的通知_影存网页快照",
        date="2024-11-28",
        date_also=["2024-11-29"],
        notes="snapshot frame with a capture banner and highlighted terms around the cached page; the union's name at the top is also its signature (head); the union's own contact; 成文日期, the cached page's date also accepted; the capture stamp is no date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8">
<title>淄源县总工会关于开展冬季户外劳动者暖腰带发放工作的通知_影存网页快照</title>
</head><body>
<div class="cache-banner">⟦d 您正在查看影存为 www.zyzgh.org.cn/tzgg/1128.html 保存的快照，保存时间为 2024-12-02 06:17⟧</div>
<div class="cache-links">⟦a 打开当前原网页⟧ ⟦a 仅文字版⟧</div>
<div class="cache-hl">⟦m 这些搜索词已标亮：暖腰带　户外劳动者　总工会⟧</div>
<hr>
<div class="orig-head">⟦m 淄源县总工会⟧ <span>⟦m 职工之家 温暖之家⟧</span></div>
<div class="orig-nav">⟦m 首页 | 工会要闻 | 通知公告 | 维权服务 | 普惠活动⟧</div>
<div class="orig-art"><h2>{T}</h2>
<div class="orig-meta">⟦m 发布日期：2024-11-29　点击数：412⟧</div>
<div class="orig-body">
{BODY}
</div></div>
<div class="orig-foot">⟦m 淄源县总工会 主办　职工维权热线：12351⟧</div>
</body></html>
""",
        body="""
各乡镇（街道）工会、县直各基层工会：
为关心关爱户外劳动者，县总工会决定开展冬季户外劳动者暖腰带发放工作，现将有关事项通知如下。
一、发放对象：环卫工人、快递员、外卖骑手、建筑工人等户外劳动者，共计1200名。
二、发放方式：各基层工会于12月3日前报送名单，县总工会统一采购，12月6日起分批发放。
三、工作要求：各基层工会要核实名单，确保发放到人，不得重复申报。
联系人：詹红梅　电话：0533-4021185
淄源县总工会
2024年11月28日
""",
    ),
    dict(
        slug="snapshot-xunji-text-cache-cistern-blocks-bleach",
        site="寻迹搜索 (invented text-only cache) / 汴溪县疾病预防控制中心",
        style="搜索快照",
        genre="科普文章",
        kind="article",
        form="text",
        source="http://kuaizhao.xunji-so.com/text?url=www.bxcdc.cn/jkjy/kpzs/1877.html",
        title="洁厕块和84消毒液，千万不能一起用",
        record_title="【文本快照】洁厕块和84消毒液，千万不能一起用 - 汴溪县疾病预防控制中心",
        record_date="2025-03-21",
        date="2025-03-21",
        notes="text-only cache: capture banner (a relative stamp), search terms, the cached page's breadcrumb, byline and footer; record date",
        page="""
!m 寻迹搜索 · 网页快照
!d 寻迹搜索快照保存于 3 天前，仅显示文字内容，原网页可能已经更新
!a ← 返回搜索结果　｜　访问原网页
!m 您的搜索词：洁厕块 84 一起用
!m 汴溪县疾病预防控制中心 > 健康教育 > 科普知识
{T}
!m 发布时间：2025-03-21　浏览：1462
{BODY}
!m 汴溪县疾病预防控制中心　地址：汴溪县健康路8号　电话：0543-7283156
!m 技术支持：汴溪县融媒体中心
""",
        body="""
打扫卫生间时，不少人喜欢多管齐下：水箱里放着洁厕块，便池里再倒点84消毒液，觉得消毒更彻底。
疾控专家提醒，这样做很危险。部分洁厕块含有酸性成分，与含次氯酸钠的84消毒液混合后，会释放出氯气。氯气有强烈刺激性，轻者咳嗽、流泪，重者可引起肺水肿。
正确的做法是：两种产品分开使用，用过84消毒液后先冲水几遍再放洁厕块；清洁时打开窗户或排气扇；一旦闻到刺鼻气味，立即离开卫生间，到通风处休息，症状严重的及时就医。
""",
    ),
    dict(
        slug="print-yanhu-fire-bulletin-corridor-baskets",
        site="兖湖区消防救援大队 (invented, print view)",
        style="打印页",
        genre="通报",
        kind="notice",
        form="html",
        source="http://www.yanhu119.gov.cn/print.jsp?id=20241028",
        title="关于高层住宅楼道置物篮等杂物消防隐患整改情况的通报",
        record_title="〈打印〉关于高层住宅楼道置物篮等杂物消防隐患整改情况的通报（通报原文）",
        date="2024-10-28",
        notes="print view calling window.print(), a print stamp (no date) and a print footer ⮔ 第1页，共1页 ⮔ closing it; 成文日期",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8">
<title>〈打印〉关于高层住宅楼道置物篮等杂物消防隐患整改情况的通报（通报原文）</title>
<script>window.onload=function(){window.print();}</script>
<style>@media print{.noprint{display:none}}</style>
</head><body>
<div class="noprint">⟦a 〔立即打印〕⟧ ⟦a 〔关闭此窗口〕⟧</div>
<div class="ph">⟦m 兖湖区消防救援大队　www.yanhu119.gov.cn⟧</div>
<h2>{T}</h2>
<div class="pm">⟦m 打印于 2024-11-02 10:41　打印人：访客⟧</div>
<div class="pc">
{BODY}
</div>
<div class="pf">⟦p ⮔ 第1页，共1页 ⮔⟧</div>
</body></html>
""",
        body="""
各街道、各物业服务企业：
9月以来，区消防救援大队联合各街道对辖区56栋高层住宅开展楼道消防隐患专项检查，发现楼道堆放置物篮、鞋柜、纸箱等杂物问题218处，现将整改情况通报如下。
截至10月25日，已整改203处，整改率93.1%。其中，莉园、茹苑两个社区通过统一安装壁挂式置物篮，实现楼道杂物清零，做法值得推广。
仍有15处未整改，主要集中在锦华、金桥两个小区。请相关物业企业于11月5日前整改到位，逾期未整改的，将依法处罚。
兖湖区消防救援大队
2024年10月28日
""",
    ),
    dict(
        slug="print-boshan-school-laundry-summary-cn-date",
        site="亳山县第二中学 (invented, print view)",
        style="打印页",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.bsez.edu.cn/hq/print.asp?id=615",
        title="寄宿部洗衣房2024年度工作总结",
        record_title="〔留档打印〕寄宿部洗衣房2024年度工作总结（校务会定稿）",
        date="2024-12-30",
        date_also=["2025-01-02"],
        notes="text print view with print buttons, the page URL and a print footer ⚴ 1 / 1 ⚴; 成文日期 in Chinese numerals, the posting date also accepted",
        page="""
!m 亳山县第二中学 · 打印专用页
!a [打印]　[关闭本窗口]
{T}
!m 发布者：后勤处　发布时间：2025-01-02
{BODY}
!m 本文网址：http://www.bsez.edu.cn/hq/2025/0102/615.html
!p ⚴ 1 / 1 ⚴
""",
        indent="\u3000\u3000",
        body="""
2024年，寄宿部洗衣房共为住校学生清洗衣物2.6万余件，未发生衣物丢失和损坏投诉，现将工作总结如下。
一是规范收送流程。实行按班收送、挂牌标识，每件衣物洗前登记、洗后核对。
二是改进洗涤方法。针对学生校服领口、袖口发黄的问题，统一采购衣领净，洗前逐件预涂处理，校服领口洁净度明显提高，家长满意度测评达到96%。
三是加强安全管理。洗涤剂、衣领净专柜存放，专人领用，洗衣机每月检修一次。
明年，洗衣房将增添烘干设备，缩短雨季衣物晾干时间。
亳山县第二中学后勤处
二〇二四年十二月三十日
""",
    ),
    dict(
        slug="mail-qingjian-letter-waist-warmers-attachment-bar",
        site="青笺邮箱 (invented webmail) / 菏岭县总工会",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.qingjian.cn/read?mid=2024120309120017",
        title="关于订购职工暖腰带的函",
        record_title="Fwd: 【请采购部阅办】关于订购职工暖腰带的函",
        date="2024-12-02",
        date_also=["2024-12-03"],
        notes="webmail reading view with a forwarded header, mail headers (their 抄送 beside the letter's own 抄送 line) and an attachment bar beside the body's 附件 list; the letter's own contact and mailbox; 成文日期, mail date also accepted",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Fwd: 【请采购部阅办】关于订购职工暖腰带的函 - 青笺邮箱</title>
</head><body>
<div class="mailbar">⟦m 青笺邮箱⟧ <a>⟦a 收信⟧</a> <a>⟦a 写信⟧</a> <a>⟦a 通讯录⟧</a></div>
<div class="toolbar">⟦a 回复　回复全部　转发　删除　标记为⟧</div>
<div class="mailhead">
<h3>⟦t Fwd: 【请采购部阅办】关于订购职工暖腰带的函⟧</h3>
<p>⟦m 发件人：郝立新 &lt;hlzgh_bgs@heling-gh.cn&gt;⟧</p>
<p>⟦m 收件人：采购部 &lt;caigou@nuantu-fs.com&gt;⟧</p>
<p>⟦m 抄　送：销售部 &lt;xiaoshou@nuantu-fs.com&gt;⟧</p>
<p>⟦m 时　间：2024年12月3日(星期二) 上午9:12⟧</p>
</div>
<div class="attbar">⟦a 附件（2 个）：暖腰带尺码统计表.xlsx（12K）　职工名单.xlsx（31K）　打包下载⟧</div>
<div class="mailbody">
<p>⟦m ---------- 转发的邮件 ----------⟧</p>
{BODY}
</div>
<div class="mailfoot">⟦d 青笺邮箱提醒您：请勿轻信邮件中的汇款要求⟧</div>
</body></html>
""",
        body="""
潍川暖途服饰有限公司：
我会拟为全县环卫、园林一线职工订购暖腰带，现将有关事项函告如下：
一、数量：暖腰带（充电发热款）480条，其中大码300条、中码180条。
二、要求：面料加绒，发热片可拆卸，附产品检测报告和合格证。
三、交货：请于12月20日前送至菏岭县总工会一楼仓库。
请贵公司于12月6日前回复报价。
附件：1．暖腰带尺码统计表
2．职工名单（分单位）
联系人：郝立新　电话：0530-5268810　邮箱：hlzgh_bgs@heling-gh.cn
菏岭县总工会
2024年12月2日
抄送：县财政局
""",
    ),
    dict(
        slug="mail-forward-request-heated-seat-covers-docx",
        site="forwarded mail (invented) / 汴溪县养老服务中心",
        style="邮件转发",
        genre="请示",
        kind="request",
        form="text",
        source="mail://bxyl_zx@bianxi-yl.cn/2024-11-22/fw-qingshi",
        title="关于采购电热马桶垫的请示",
        record_title="【转呈】关于采购电热马桶垫的请示（第二次修改）.docx",
        date="2024-11-22",
        notes="a request forwarded as text under mail headers and an attachment line; the request's own 抄送 line; file-name title",
        page="""
!m -------- 转发邮件信息 --------
!m 发件人："汴溪县养老服务中心" <bxyl_zx@bianxi-yl.cn>
!m 发送时间：2024年11月22日 16:48
!m 收件人："县民政局养老服务股" <ylfw@bxmz.gov.cn>
!m 主题：【转呈】关于采购电热马桶垫的请示（第二次修改）
!a 附件：关于采购电热马桶垫的请示（第二次修改）.docx (26.3KB)　下载　预览
{T}
{BODY}
!w 本邮件由“政务邮”手机版发出，回复请点“回复”
!d 此邮件含工作信息，误收请删除并告知发件人。
""",
        body="""
县民政局：
我中心现有入住老人138名，其中失能、半失能老人61名。入冬后，老人反映卫生间坐便器冰凉，起夜如厕尤为不便，部分老人因此减少饮水。
为改善老人冬季如厕条件，我中心拟为全部老人居室卫生间采购电热马桶垫70个，按每个135元测算，共需资金9450元。
妥否，请批示。
汴溪县养老服务中心
2024年11月22日
抄送：县财政局社保股
""",
    ),
]

"""holdout281, part E: 社区网站, 行业协会, 企业官网, 培训机构, 范文APP, 公考论坛 (one HTML and one text each).

Invented text, written by hand; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="community-tianyuan-notice-door-gods-scan-signup",
        site="恬园社区居民之家 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://tianyuan.ganshui-sq.example.cn/tzgg/20250115/77.html",
        title="关于开展“写春联 送门神”迎新春活动的通知",
        record_title="【居民通知】关于开展“写春联 送门神”迎新春活动的通知｜恬园社区居民之家",
        date="2025-01-14",
        date_also=["2025-01-15"],
        notes="residents' site with weather, a grid member's box and property repair lines; 扫描二维码报名 is content; "
        "the community's 咨询电话 stays in the body; 成文日期 differs from the posting date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【居民通知】关于开展“写春联 送门神”迎新春活动的通知｜恬园社区居民之家</title></head>
<body>
<div class="sq-top">⟦m 澉口镇恬园社区　今日 晴 1℃～9℃⟧ ⟦a 居民登录⟧</div>
<div class="sq-logo">⟦m 恬园社区居民之家⟧</div>
<ul class="sq-nav"><li>⟦m 社区首页⟧</li><li>⟦m 通知公告⟧</li><li>⟦m 办事指南⟧</li><li>⟦m 邻里互动⟧</li></ul>
<div class="sq-pos">⟦m 社区首页 » 通知公告⟧</div>
<h2>{T}</h2>
<p class="sq-meta">⟦m 发布：社区居委会　2025-01-15　已读 418⟧</p>
<div class="sq-text">
{BODY}
</div>
<div class="sq-grid"><h4>⟦l 我的网格员⟧</h4><p>⟦w 第三网格　卞小禾　手机 13807153361⟧</p></div>
<div class="sq-wy">⟦m 恬园物业报修：0715-3381900（夜间 0715-3381901）⟧</div>
<div class="sq-foot">⟦m 恬园社区居委会　地址：澉口镇恬园路12号⟧</div>
</body></html>
""",
        body="""
各位居民朋友：
新春将至，为营造喜庆祥和的节日氛围，社区定于1月20日（星期一）上午9:00在社区党群服务中心一楼开展“写春联 送门神”活动。
一、活动内容：书法志愿者现场写春联；社区为每户居民免费发放木版门神一对，数量有限，发完为止。
二、参加方式：请扫描社区公告栏上的二维码报名，也可以到社区服务大厅登记。行动不便的老人，可由网格员上门送门神。
三、温馨提示：张贴门神请使用浆糊或无痕胶，不要在消防门上张贴。
咨询电话：0715-3375208
澉水县澉口镇恬园社区居民委员会
2025年1月14日
""",
    ),
    dict(
        slug="community-laojie-pledge-sedan-no-road-blocking",
        site="耆山镇老街社区网 (invented)",
        style="社区网站",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://laojie.qishan.example.cn/gg/2025030102.html",
        title="文明婚俗 从我做起——花轿迎亲不占道倡议书",
        record_title="【文明倡议】文明婚俗 从我做起——花轿迎亲不占道倡议书 - 耆山镇老街社区",
        date="2025-03-01",
        notes="residents' text page with a share prompt glued after 。 inside the body; 成文日期 under the signature",
        page="""
!m 耆山镇老街社区网　老街是咱们共同的家
!m 首页 ＞ 社区公告
!t 【文明倡议】文明婚俗 从我做起——花轿迎亲不占道倡议书
!m 社区居委会　发布于 2025-03-02
{BODY}
!l 👍 支持（203）　　💬 留言（17）
!w 社区值班电话：0715-3390066（工作日 8:30—17:30）
!m 耆山镇老街社区居民委员会 版权所有
""",
        date_also=["2025-03-02"],
        body="""
广大居民朋友：
近年来，越来越多的新人选择在老街举办花轿婚礼，既传承了传统婚俗，也为老街增添了喜气。但也出现了迎亲队伍长时间占用车道、燃放鞭炮扰民、抛撒彩带不清理等问题。为此，社区向大家倡议：
一、花轿迎亲提前向社区和交警报备，按规定路线行进，不长时间占道。
二、不在老街燃放鞭炮，可用电子鞭炮或鼓乐代替。
三、婚礼结束后及时清理彩带、喜糖包装等垃圾。
四、简约办婚事，不攀比、不铺张。
让我们一起把喜事办得热闹又文明！⟦l 一键转发到业主群⟧
耆山镇老街社区居民委员会
2025年3月1日
""",
    ),
    dict(
        slug="assoc-xizhou-pledge-silver-fineness-labels",
        site="禊州市金银珠宝行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://www.xzjyxh.example.org.cn/xhdt/2025/0508/102.html",
        title="关于银饰品明码标注含银量的倡议书",
        record_title="〖诚信经营倡议〗关于银饰品明码标注含银量的倡议书 - 禊州市金银珠宝行业协会",
        date="2025-05-06",
        date_also=["2025-05-08"],
        notes="association site with member login row and a member hotline; the association's name is also the signature (the header "
        "label is longer); 转发分享 as content; 成文日期 differs from the posting date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〖诚信经营倡议〗关于银饰品明码标注含银量的倡议书 - 禊州市金银珠宝行业协会</title></head>
<body>
<div class="xh-login">⟦a 会员单位登录⟧ ⟦a 入会申请⟧ ⟦m 会员服务热线：0719-8279900⟧</div>
<div class="xh-logo">⟦m 禊州市金银珠宝行业协会 · 官方网站⟧</div>
<ul class="xh-nav"><li>⟦m 协会概况⟧</li><li>⟦m 协会动态⟧</li><li>⟦m 行业自律⟧</li><li>⟦m 会员风采⟧</li></ul>
<div class="xh-pos">⟦m 首页 - 协会动态 - 通知倡议⟧</div>
<h2>{T}</h2>
<div class="xh-meta">⟦m 发布日期：2025年05月08日　来源：协会秘书处⟧</div>
<div class="xh-text">
{BODY}
</div>
<div class="xh-share">⟦l 分享：微信好友 | 朋友圈 | 微博⟧</div>
<div class="xh-foot">⟦m 协会地址：禊州市禊阳区金街路7号　邮编 445000⟧<br>⟦m 鄂ICP备19024401号-1⟧</div>
</body></html>
""",
        body="""
全市银饰品生产、销售企业：
近年来，银镯等银饰品深受消费者喜爱，但个别商家标注不清、以低充高，损害了消费者权益，也影响了行业声誉。为此，协会向全体会员单位和银饰从业者倡议：
一、诚信标注。每只银镯须在内圈打上含银量印记，价签注明材质、重量和含银量。
二、公开称重。销售时当面称重，按克计价的如实告知工费。
三、主动送检。每季度至少送检一次产品，检测结果在店内公示。
四、接受监督。设立投诉电话，接到消费者投诉48小时内答复。
请各会员单位将本倡议转发分享给店员，共同维护“禊州银”的好口碑。
禊州市金银珠宝行业协会
2025年5月6日
""",
    ),
    dict(
        slug="assoc-yuchuan-tin-council-minutes-vote-record",
        site="燠川县锡器行业协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://www.ycxqxh.example.cn/hyjy/20250522.html",
        title="燠川县锡器行业协会第二届理事会第三次会议纪要",
        date="2025-05-20",
        date_also=["2025-05-22"],
        notes="record title as is; minutes' 时间/地点/主持/出席/列席/记录 lines and a vote count stay in the body; the 时间 line gives the date",
        page="""
!m 燠川县锡器行业协会
!m 首页 › 会议纪要
{T}
!m 秘书处　2025-05-22　阅读 211
{BODY}
!a 会员单位可登录下载纪要原件
!m 协会秘书处电话：0716-5236600　邮箱：ycxqxh@example-mail.cn
""",
        body="""
时间：2025年5月20日上午9:00
地点：燠川县臧湾镇锡器文化中心会议室
主持：会长　邵伯年
出席：理事15人（应到17人）
列席：县市场监督管理局　蔡汀
记录：秘书处　姚晓
会议审议通过了《燠川锡壶团体标准（试行）》，明确锡壶锡含量不低于97%，铅含量不超过0.05%。表决结果：同意14票，反对0票，弃权1票。
会议决定，协会统一设计“燠川锡器”防伪标签，会员单位生产的锡壶经抽检合格后方可加贴。
会议要求，各会员单位于6月30日前完成本单位锡壶产品自查，并将自查情况报秘书处。
""",
    ),
    dict(
        slug="company-xiyi-news-leadfree-pewter-record-date",
        site="燠川锡艺有限公司官网 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.yuchuan-xiyi.example.com/news/2025/0618.html",
        title="燠川锡艺推出无铅锡壶新品“臧湾春”",
        record_title="燠川锡艺推出无铅锡壶新品“臧湾春” - 新闻中心 - 燠川锡艺有限公司",
        record_date="2025-06-18",
        date="2025-06-18",
        notes="company site with a cookie notice and a service float; the title repeated and glued before the news lead; "
        "扫码即可查询 is content; dotted date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>燠川锡艺推出无铅锡壶新品“臧湾春” - 新闻中心 - 燠川锡艺有限公司</title></head>
<body>
<div class="cookie">⟦d 本站使用Cookie改善浏览体验，继续访问即表示您同意⟧ <button>⟦a 知道了⟧</button></div>
<header><span>⟦m 燠川锡艺 · 百年锡器手作⟧</span>
<nav><a>⟦m 首页⟧</a> <a>⟦m 产品中心⟧</a> <a>⟦m 新闻中心⟧</a> <a>⟦m 联系我们⟧</a></nav></header>
<div class="bread">⟦m 首页 &gt; 新闻中心 &gt; 公司新闻⟧</div>
<h1>{T}</h1>
<div class="date">⟦m 2025.06.18⟧</div>
<div class="news-body">
{BODY}
</div>
<div class="pn">⟦l 上一篇：公司锡器作品亮相省工艺美术博览会⟧ ⟦l 下一篇：锡壶保养的五个小窍门⟧</div>
<div class="kf-float">⟦w 在线客服⟧ ⟦w 订购热线 400-716-5288⟧</div>
<footer>⟦m © 燠川锡艺有限公司　湘ICP备21011905号⟧</footer>
</body></html>
""",
        body="""
⟦t 燠川锡艺推出无铅锡壶新品“臧湾春”⟧6月16日，燠川锡艺有限公司在臧湾镇锡器文化中心发布无铅锡壶新品“臧湾春”系列。
该系列共有提梁壶、执壶、酒壶三款，采用锡含量99.9%的高纯锡料手工打制，经第三方检测，铅、镉迁移量均远低于国家标准限值。
“过去很多人担心锡壶含铅，不敢用来装酒泡茶。”公司技术负责人卞守诚介绍，新品从选料到抛光共有32道工序，每一把壶都附有检测报告和唯一编号，扫码即可查询。
据悉，“臧湾春”系列将于7月起在公司门店和线上旗舰店同步销售。
""",
    ),
    dict(
        slug="company-yinfu-recall-kids-bangles-batches-record",
        site="旖溪县银福首饰有限公司官网 (invented)",
        style="企业官网",
        genre="召回公告",
        kind="notice",
        form="text",
        source="http://www.yinfu-jewelry.example.cn/gg/20250708.html",
        title="关于召回部分批次儿童银镯的公告",
        date="2025-07-08",
        notes="record title as is; recalled batches table one row a paragraph; the recall line beside the company's 400 order line; "
        "扫描二维码查询批号 is content",
        page="""
!m 银福首饰 YINFU　｜　旖溪银匠手作
!m 首页 / 公司公告
{T}
!m 2025-07-08　　来源：银福首饰
{BODY}
!w 门店加盟与订购热线：400-117-8860
!l 上一条：银福首饰2025年夏季新品发布
!m 旖溪县银福首饰有限公司　湘ICP备22009371号
""",
        body="""
尊敬的顾客：
经我公司自检发现，2025年3月至5月生产的部分批次儿童银镯，铃铛连接环焊接不牢，存在脱落后被儿童误吞的风险。为保障儿童安全，我公司决定主动召回以下批次产品：
产品名称　批号　生产日期
如意铃铛儿童银镯　YX250312　2025年3月12日
福字铃铛儿童银镯　YX250407　2025年4月7日
平安铃铛儿童银镯　YX250521　2025年5月21日
购买了上述产品的顾客，可扫描包装盒上的二维码查询批号，凭购买凭证到原门店办理全额退款。
召回咨询电话：0717-4452360
旖溪县银福首饰有限公司
2025年7月8日
""",
    ),
    dict(
        slug="training-jiangxin-brochure-silver-bangle-course",
        site="禊州匠心手作学堂 (invented training school)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.jiangxin-sz.example.cn/kecheng/yinshi-zhoumo.html",
        title="银饰錾刻周末班招生简章（银镯方向）",
        record_title="【周末錾银班】银饰錾刻周末班招生简章（银镯方向）（每期只收10人）- 禊州匠心手作学堂",
        date=None,
        notes="training school with a promo banner, a consult float and a 400 line; numbered list; the school's own 报名电话 stays in the body; "
        "no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【周末錾银班】银饰錾刻周末班招生简章（银镯方向）（每期只收10人）- 禊州匠心手作学堂</title></head>
<body>
<div class="promo">⟦a 暑期早鸟价：两人同报立减300元，点击领取⟧</div>
<header>⟦m 禊州匠心手作学堂⟧ <nav><a>⟦m 首页⟧</a> <a>⟦m 课程⟧</a> <a>⟦m 作品墙⟧</a> <a>⟦m 师资⟧</a></nav></header>
<div class="crumb">⟦m 首页 / 课程 / 银饰⟧</div>
<h1>{T}</h1>
<div class="course-body">
{BODY}
</div>
<div class="float-kf">⟦w 课程顾问在线，点我咨询⟧ ⟦w 全国统一热线 400-719-2633⟧</div>
<div class="works"><h4>⟦l 学员作品⟧</h4><p>⟦l 第12期学员作品：缠枝纹银镯⟧</p></div>
<footer>⟦m 禊州匠心手作学堂　地址：禊阳区文创园B栋3楼⟧</footer>
</body></html>
""",
        body="""
想亲手为家人打一只银镯吗？匠心手作学堂银饰錾刻周末班开始招生啦！
一、课程安排：每期4个周末，共8次课，每次3小时。
二、学习内容：
1.认识银料、工具和安全操作；
2.退火、敲打、拉丝等基本功；
3.银镯成型与錾刻缠枝纹、如意纹；
4.抛光、做旧与内圈打印记。
⟦a 立即预约免费试听课⟧
三、学费：每期2680元，含银料50克和全部工具使用费，结业作品归学员所有。
四、授课老师：斐溪镇银匠世家第五代传人俞守拙。
报名电话：0719-8257736（微信同号）
""",
    ),
    dict(
        slug="training-zangwan-diary-learning-pewter",
        site="臧湾锡艺传习所 (invented training workshop)",
        style="培训机构",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://www.zwxiyi.example.cn/xueyuan/riji/15.html",
        title="学打锡壶的第三个月",
        record_title="【学艺日志】学打锡壶的第三个月 - 臧湾锡艺传习所",
        date=None,
        notes="training workshop text page with a course ad between paragraphs and a sign-up prompt; no date",
        page="""
!m 臧湾锡艺传习所　·　学一门手艺，打一把好壶
!m 首页 > 学员天地 > 学艺日志
!t 【学艺日志】学打锡壶的第三个月
!m 学员：姚青苗　　第7期锡器制作班
{BODY}
!a 想学打锡壶？下期开班时间与学费点这里查看
!w 报名咨询：0716-5239118（传习所办公室）
!m 臧湾锡艺传习所　地址：燠川县臧湾镇锡器文化中心一楼
""",
        body="""
三个月前，我报名参加了臧湾锡艺传习所的锡器制作班，想学打一把自己的锡壶。
第一个月，师傅只让我练裁锡片和敲锡板。锡很软，下手轻了敲不平，下手重了就留下锤印。我的左手食指被锤子砸过两回，至今还有一块青。
⟦a 第8期锡器制作班火热报名中，满6人开班⟧
第二个月开始学焊接。锡壶的壶嘴和壶身要用烙铁焊在一起，焊缝要细、要匀，还不能漏水。我焊了十几个壶嘴，只有三个通过了试水。
这个月，我终于做出了第一把完整的小锡壶。虽然壶身有点歪，盖子也不太严，但倒水的那一刻，我心里特别踏实。师傅说，打锡壶没有捷径，就是一锤一锤地敲出来。
""",
    ),
    dict(
        slug="app-biling-report-lab-technician-h5",
        site="笔灵范文App H5 share page (invented)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="html",
        source="https://h5.bilingfw.example.com/share/doc?id=9207731&from=wx",
        title="学校实验员2024年度个人述职报告",
        record_title="学校实验员2024年度个人述职报告（拿去直接用）· 笔灵范文App",
        date=None,
        notes="writing app H5 share with an open-app mask, a fold and AI buttons; no date in the document",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>学校实验员2024年度个人述职报告（拿去直接用）· 笔灵范文App</title></head>
<body>
<div class="app-mask">⟦a 打开笔灵App，查看完整范文⟧ ⟦a 继续在浏览器看⟧</div>
<div class="app-bar">⟦m 笔灵范文⟧ ⟦m 120万篇材料随手写⟧</div>
<h1>{T}</h1>
<div class="doc-meta">⟦m 1832人已用　｜　收录于“述职报告”合集⟧</div>
<div class="doc-text">
{BODY}
</div>
<div class="ai-row">⟦a ✨AI换个说法⟧ ⟦a ✨AI扩写一段⟧ ⟦a 复制全文⟧</div>
<div class="fold">⟦a 余下内容已折叠，打开App继续阅读⟧</div>
<div class="rec"><h4>⟦l 写这篇的人还写了⟧</h4><p>⟦l 实验室管理员年终工作总结⟧</p><p>⟦l 学校仪器管理员述职述廉报告⟧</p></div>
</body></html>
""",
        body="""
一年来，我负责学校理化生实验室的管理工作，现将履职情况报告如下。
一、保障实验教学。全年准备分组实验和演示实验共计420节次，开出率达到100%。
二、管好仪器耗材。对全校烧杯、试管、量筒等玻璃仪器逐一登记造册，建立出入库台账。全年补充烧杯260只，报废破损仪器138件，做到账物相符。
三、抓好实验安全。每学期开展一次实验室安全检查，更换过期灭火器4具，设置破损玻璃回收箱6个。全年未发生实验安全事故。⟦a 👉 一键生成你的述职报告⟧
四、存在的不足。对学生实验操作的指导还不够细，部分班级烧杯破损率偏高。下一步，我将配合任课教师加强规范操作训练。
""",
    ),
    dict(
        slug="app-moge-summary-door-god-heritage-oneline",
        site="墨格写作App share (invented)",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://share.mogexiezuo.example.cn/t/4c19a7",
        title="耆山镇2024年门神年画非遗传承工作总结",
        record_title="耆山镇2024年门神年画非遗传承工作总结（精简版）| 墨格写作",
        date="2024-12-28",
        notes="writing app share: the whole body on one line, paragraphs apart only by their indent; 成文日期 at the end of the line",
        page="""
!m 墨格写作 · 分享给你一篇范文
!t 耆山镇2024年门神年画非遗传承工作总结（精简版）
!m 来自墨格用户 禾子 的分享　·　2 小时前
{BODY}
!a 下载墨格写作App，一键改写成你的单位
!l 相似范文：非遗保护工作总结｜文化站年度工作总结
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
2024年，耆山镇围绕门神木版年画这一县级非遗项目，扎实开展保护传承工作。
一是摸清家底。全镇登记在册的年画艺人23人，收集清代、民国门神老版56块，全部拍照建档。
二是培养传人。在镇中心小学开设年画兴趣班，每周一次课，全年培训学生140人次；组织老艺人带徒8名。
三是拓展市场。组织艺人参加县年货节、省非遗博览会，全年销售门神年画3.1万张。
下一步，我们将争取把门神木版年画申报为市级非遗项目。
耆山镇人民政府
2024年12月28日
""",
    ),
    dict(
        slug="examforum-shangan-essay-sedan-chair-jammer",
        site="上岸营公考社区 (invented exam forum)",
        style="公考论坛",
        genre="申论文章",
        kind="other",
        form="html",
        source="https://bbs.shanganying.example.com/thread-66190-1-1.html",
        title="一顶花轿里的乡愁与新风",
        record_title="[申论求改] 一顶花轿里的乡愁与新风（写了一晚上，求大家打分） - 申论写作 - 上岸营公考社区",
        date=None,
        notes="exam forum with jammer fonts, a reply-to-see prompt, a rating row and a study-group QQ ad; essay, no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>[申论求改] 一顶花轿里的乡愁与新风（写了一晚上，求大家打分） - 申论写作 - 上岸营公考社区</title>
<style>.jammer{position:absolute;left:-9999px}</style></head><body>
<div id="hd">⟦m 上岸营公考社区 · 一起上岸⟧ ⟦a 登录⟧ ⟦a 注册⟧</div>
<div id="pt">⟦m 上岸营 › 申论专区 › 申论写作⟧</div>
<div class="ts">⟦t [申论求改] 一顶花轿里的乡愁与新风（写了一晚上，求大家打分）⟧</div>
<div class="authi">⟦m 冲刺上岸的阿禾　发表于 6 天前⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="locked">⟦a 本帖隐藏的批改意见需回复后才能查看⟧</div>
<div class="rate">⟦l 评分　参与人数 4　上岸币 +9⟧</div>
<div class="ad">⟦w 申论批改互助群 QQ群：827316645，进群备注“上岸营”⟧</div>
<div id="ft">⟦m 上岸营公考社区　京ICP备22051198号⟧</div>
</body></html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=3),
        body="""
最近，不少地方的年轻人又坐上了花轿。有人说这是复古作秀，也有人说这是文化回归。在我看来，花轿重新出阁，关键不在轿子本身，而在于我们如何对待传统。
花轿承载的是乡愁。一顶花轿，连着鼓乐、轿夫、乡邻和老手艺，是一代人关于婚礼的集体记忆。保护好这些老手艺，就是守住一方水土的文化根脉。
花轿也要有新风。如果花轿婚礼变成攀比排场、占道扰民，就偏离了传统的本意。各地可以把花轿婚俗纳入文明实践，引导新人简约办、文明办。
传统不是放进博物馆的老物件，而是活在日常生活里的文化。让花轿既载得动乡愁，也载得动新风，这才是对传统最好的传承。
""",
    ),
    dict(
        slug="examforum-shangan-interview-door-god-event-junk",
        site="上岸营公考社区 (invented exam forum)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="text",
        source="https://bbs.shanganying.example.com/thread-67021-1-1.html",
        title="单位让你组织一次门神年画进社区活动，你怎么组织？",
        record_title="【结构化·活动策划】单位让你组织一次门神年画进社区活动，你怎么组织？ - 面试交流 - 上岸营公考社区",
        date=None,
        notes="exam forum text page with junk lines and junk glued after 。; an interview answer; relative times, no date",
        page="""
!m 上岸营公考社区 › 面试专区 › 面试交流
!t 【结构化·活动策划】单位让你组织一次门神年画进社区活动，你怎么组织？
!m 楼主　青灯夜读　发表于 2 天前 | 查看 905 | 回复 12
{BODY}
!a 回复本帖可查看楼主的答题录音
!l 沙发　面霸小鹿：第二点可以加上应急预案
!l 板凳　阿宁：思路清楚，收藏了
!m 上岸营公考社区　京ICP备22051198号
""",
        junk=dict(lines=1, glued=2),
        body="""
这是我自己练习时写的答题思路，请各位指点。
我会从三个方面来组织这次活动。
第一，做好前期准备。先到社区走访，了解居民对门神年画的兴趣和时间安排；再联系年画传承人，确定现场拓印、讲解等环节，准备好木版、宣纸和颜料。
第二，抓好现场组织。活动当天安排专人负责签到、引导和安全，请传承人讲门神故事，让居民亲手拓印一对门神，老人和孩子优先体验。
第三，做好总结宣传。活动结束后收集居民意见，整理照片和视频，通过社区公众号进行宣传，为今后开展同类活动积累经验。
""",
    ),
]

"""holdout52, part E: tree peonies for seed oil (油用牡丹) in an invented county, 丹垣县, and
walnuts in 桃岙乡 — exams, tenders, law firms, communities, associations, firms and schools. Blind part."""

CASES = [
    dict(
        slug="danyuan-forestry-tech-exam-text",
        site="丹垣县人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.dyrsks.example.gov.cn/gg/2025/0310/1102.html",
        title="丹垣县2025年特聘农技员（牡丹方向）面试公告",
        record_title="丹垣县2025年特聘农技员（牡丹方向）面试公告",
        date="2025-03-10",
        record_date="2025-03-10",
        notes="personnel-exam site as text; record title and date; interview list rows; a sentence telling candidates to 下载打印 the notice as content; exam office 咨询电话 next to the site's 技术支持",
        page="""
!a 考生入口　｜　准考证打印　｜　成绩查询
!m 丹垣县人事考试网 >> 考试公告
{T}
!m 发布：2025-03-10 17:30　点击：2206
{BODY}
!m 本网技术支持电话：0530-6102299（仅受理网站技术问题）
!l 【上一篇】丹垣县2025年事业单位公开招聘公告
""",
        body="""
根据丹垣县2025年特聘农技员招募工作安排，现将面试有关事项公告如下。
一、进入面试人员名单
准考证号　姓名　报考岗位
250101003　邢子涵　牡丹栽培技术
250101011　鲁明远　牡丹栽培技术
250102006　梁婉清　牡丹籽油加工
二、面试时间：2025年3月22日上午8:00，考生须于7:30前到达候考室。
三、请考生自行下载打印面试通知书，并携带身份证原件参加面试。
咨询电话：0530-6102136
丹垣县人力资源和社会保障局
2025年3月10日
""",
    ),
    dict(
        slug="danyuan-oil-press-bid-result-text",
        site="丹垣县政府采购网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://zfcg.danyuan.example.gov.cn/cjgg/2025/0716/5520.html",
        title="丹垣县牡丹籽油压榨设备采购项目中标结果公告",
        record_title="丹垣县牡丹籽油压榨设备采购项目中标结果公告【中标公告】",
        date="2025-07-16",
        notes="procurement portal as text; decorated title; project number neutral; result table; purchaser and agency contacts kept beside the portal's CA hotline; publicity-period date only in the text",
        page="""
!m 丹垣县政府采购网 | 中标公告
!t 丹垣县牡丹籽油压榨设备采购项目中标结果公告【中标公告】
!m 发布时间：2025-07-16　信息类型：中标公告　浏览：96
项目编号：DYZC-2025-114
{BODY}
!m CA数字证书服务热线：400-617-3301
!a 【打印】【关闭】
""",
        body="""
一、项目名称：丹垣县牡丹籽油压榨设备采购项目
二、中标结果
包号　中标供应商　中标金额（万元）
1　山东鲁丰粮油机械有限公司　87.6
2　丹垣县鑫源设备安装有限公司　23.4
三、公告期限：自本公告发布之日起1个工作日。
四、联系方式
采购人：丹垣县林业发展中心　联系人：孔德辉　电话：0530-6119021
代理机构：菏泽正衡招标有限公司　联系人：石磊　电话：0530-6337508
""",
    ),
    dict(
        slug="taoao-walnut-contract-lawfirm-html",
        site="正谊律师事务所 (invented)",
        style="律所网站",
        genre="普法文章",
        kind="article",
        form="html",
        source="https://www.zhengyilaw.example.com/news/viewpoint/2025-0912.html",
        title="核桃收购“订单合同”签订时要注意哪些问题",
        record_title=None,
        date="2025-09-12",
        notes="law firm with a consult float; no record title; numbered points; a free-consult prompt glued before a sentence; firm hotline chrome; publish date in byline",
        page="""
<html><head><title>{T} - 正谊律师事务所</title></head><body>
<div class="hd">⟦m 正谊律师事务所　ZHENGYI LAW FIRM⟧　⟦m 咨询热线：0530-6188866⟧</div>
<div class="nav">⟦m 首页 律所简介 专业领域 律师团队 律所观点 联系我们⟧</div>
<div class="path">⟦m 首页 > 律所观点⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 作者：韩秋实律师　发布时间：2025-09-12　阅读：318⟧</div>
{BODY}
<div class="float">⟦w 在线律师 · 免费咨询 · 5分钟响应⟧</div>
<div class="ft">⟦d 本站文章仅供参考，不构成法律意见⟧　⟦m 鲁ICP备2031000587号⟧</div>
</body></html>
""",
        body="""
每到秋季，桃岙乡不少核桃种植户都会和收购商签订订单合同，但因合同约定不清引发的纠纷也时有发生。
签订订单合同时，建议重点注意以下几点：
1. 明确收购标准，如核桃的果径、出仁率、含水量等，最好附上样品封存；
2. 明确价格条款，是固定价格还是随行就市，保底价是多少；
3. ⟦w 合同拿不准？点击免费让律师审一审⟧明确违约责任，收购商拒收或压价时应承担什么责任；
4. 保留好合同原件、交货单和付款记录。
一旦发生纠纷，可先找乡村人民调解委员会调解，调解不成再依法起诉。
""",
    ),
    dict(
        slug="taoao-community-walnut-drying-html",
        site="桃岙乡桃源社区 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.taoyuansq.example.org/tz/2025-0901.html",
        title="关于规范核桃晾晒 保障道路通行安全的通知",
        record_title="关于规范核桃晾晒 保障道路通行安全的通知",
        date="2025-09-01",
        notes="community site; a grid worker's own phone beside the site's service line; a 'volunteer signup' button glued after a line; 成文日期 under signature",
        page="""
<html><head><title>{T}_桃源社区</title></head><body>
<div class="top">⟦m 桃源社区服务网　共建共治共享⟧</div>
<div class="menu">⟦m 社区概况 | 社区公告 | 便民服务 | 志愿服务⟧</div>
<h2>{T}</h2>
<div class="tm">⟦m 2025-09-01　社区居委会⟧</div>
{BODY}
<div class="svc">⟦m 社区便民服务热线：0530-6159000⟧</div>
<div class="ft">⟦m 技术支持：桃岙乡综合服务中心⟧</div>
</body></html>
""",
        body="""
各位居民：
近期正值核桃收获期，部分居民在村道、公路上晾晒核桃，影响车辆通行，存在安全隐患。
社区提醒：请大家将核桃晾晒在自家院坝或社区统一设置的晾晒场，不得占用道路。⟦a 我要报名当文明劝导志愿者⟧
社区晾晒场位于社区文化广场东侧，免费开放，由网格员程玉兰（13561207748）负责协调。
桃源社区居民委员会
2025年9月1日
""",
    ),
    dict(
        slug="danyuan-peony-association-minutes",
        site="丹垣县牡丹产业协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://www.dypeony.example.org/xhgz/2025/0418.html",
        title="丹垣县牡丹产业协会二届三次理事会会议纪要",
        record_title=None,
        date="2025-04-18",
        notes="association site as text; no record title; 时间/地点/主持/出席 lines and a vote count kept; member-only line between paragraphs; 印发 line kept",
        page="""
!m 丹垣县牡丹产业协会 · 协会工作
!a 会员登录 | 申请入会
{T}
{BODY}
!m 协会秘书处　电话：0530-6127781
!d 协会网站资料，转载请注明出处
""",
        body="""
时间：2025年4月18日上午
地点：丹垣县牡丹产业园会议中心
主持：会长 解玉峰
出席：理事二十一人（应到二十三人）
会议审议通过了《2025年协会工作要点》，表决结果：同意二十一票，反对零票，弃权零票。
⟦a 以下内容仅对协会会员开放，请登录后查看⟧
会议决定，协会牵头制定《油用牡丹籽采收质量规范》团体标准，由秘书处组织起草。
丹垣县牡丹产业协会秘书处　2025年4月18日印发
""",
    ),
    dict(
        slug="danyuan-peony-oil-company-news-text",
        site="丹凤油脂有限公司 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.danfengoil.example.com/news/2025/10/1021.html",
        title="丹凤油脂牡丹籽油生产线通过有机认证",
        record_title="丹凤油脂牡丹籽油生产线通过有机认证-公司新闻-丹凤油脂",
        date="2025-10-21",
        notes="company site as text; decorated title; shop and 400 line chrome; photo caption between paragraphs; 发布 date",
        page="""
!m 丹凤油脂 | 官方商城 | 400-099-7700
!m 首页 > 新闻中心 > 公司新闻
!t 丹凤油脂牡丹籽油生产线通过有机认证-公司新闻-丹凤油脂
!m 发布日期：2025-10-21　阅读：417
{BODY}
!l 上一篇：公司参加中国粮油博览会　下一篇：牡丹籽收购价格公示
!m Copyright © 丹凤油脂有限公司　鲁ICP备2030000451号
""",
        body="""
近日，公司牡丹籽油生产线顺利通过有机产品认证，成为丹垣县首条获得有机认证的牡丹籽油生产线。
该生产线采用低温物理压榨工艺，年加工牡丹籽三千吨，产品α-亚麻酸含量稳定在百分之四十以上。
⟦m 图为公司质检人员在检测牡丹籽油。⟧
公司负责人表示，下一步将扩大有机牡丹种植基地，带动更多种植户增收。
""",
    ),
    dict(
        slug="taoao-walnut-grafting-course-html",
        site="桃岙农民田间学校 (invented)",
        style="培训机构",
        genre="简章",
        kind="notice",
        form="html",
        source="https://www.taoaotjxx.example.cn/course/2025-chun.html",
        title="2025年春季核桃嫁接技术培训班招生通知",
        record_title="2025年春季核桃嫁接技术培训班招生通知（免费）",
        date="2025-02-20",
        notes="training school page; decorated title; course table; the school's own 报名电话 next to a consult float; 'free trial' ad; 成文日期",
        page="""
<html><head><title>{T}（免费）_桃岙农民田间学校</title></head><body>
<div class="hd">⟦m 桃岙农民田间学校　把课堂搬到田间地头⟧</div>
<div class="nv">⟦m 学校简介　培训课程　师资力量　学员风采⟧</div>
<h1>{T}</h1>
{BODY}
<div class="kf">⟦w 在线客服 | 微信咨询：taoao_tianjian⟧</div>
<div class="ft">⟦m 桃岙农民田间学校　地址：桃岙乡政府院内⟧</div>
</body></html>
""",
        body="""
为提高核桃品种改良水平，学校定于3月开办春季核桃嫁接技术培训班，培训免费。
课程　课时　授课地点
嫁接原理与接穗采集　4课时　学校教室
方块芽接实操　8课时　桃岙核桃示范园
嫁接后管理　4课时　桃岙核桃示范园
报名时间：即日起至3月5日，报名电话：0530-6173310。
桃岙农民田间学校
2025年2月20日
""",
    ),
    dict(
        slug="danyuan-peony-speech-app-html",
        site="妙笔公文APP (invented)",
        style="范文APP",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://m.miaobigw.example.com/share/article/771245",
        title="在丹垣县牡丹花会开幕式上的主持词",
        record_title="在丹垣县牡丹花会开幕式上的主持词（精选）",
        date="2025-04-12",
        notes="writing-app share page; decorated title; host's role and date under the title neutral; AI-polish and open-in-app buttons; a member prompt glued after a sentence",
        page="""
<html><head><meta name="viewport" content="width=device-width"><title>{T}（精选）</title></head><body>
<div class="app-bar">⟦a 打开妙笔公文APP，查看更多主持词⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 妙笔公文 · 主持词 · 阅读 1.9万⟧</div>
<p>主持人：县委常委、宣传部部长</p>
<p>（2025年4月12日）</p>
{BODY}
<div class="ai">⟦a ✨ AI润色　✨ 换个风格⟧</div>
<div class="ft">⟦d 妙笔公文所有范文仅供学习参考⟧</div>
</body></html>
""",
        body="""
尊敬的各位领导、各位来宾，朋友们：
春风送暖，牡丹吐艳。今天，我们在这里隆重举行丹垣县第十届牡丹花会开幕式。
出席今天开幕式的领导和嘉宾有：省林业局、市人民政府的有关领导，以及来自各地的客商代表。⟦a 开通VIP，免费复制全文⟧
下面，请县人民政府县长致辞。
现在，我宣布，丹垣县第十届牡丹花会开幕！
""",
    ),
    dict(
        slug="danyuan-interview-post-exam-forum-html",
        site="公考圈论坛 (invented)",
        style="公考论坛",
        genre="心得体会",
        kind="essay",
        form="html",
        source="http://www.gongkaoquan.example.com/forum/t-220871.html",
        title="丹垣县林业岗面试经验分享",
        record_title=None,
        date=None,
        notes="exam forum HTML; no record title; relative post time is no date; points and VIP badge; a course ad between paragraphs; numbered tips",
        page="""
<html><head><title>{T} - 面试交流 - 公考圈</title></head><body>
<div class="hd">⟦m 公考圈 · 考公人的家⟧　⟦a 登录⟧ ⟦a 注册⟧</div>
<div class="pt">⟦m 公考圈 › 面试交流 › 经验分享⟧</div>
<h1>{T}</h1>
<div class="au">⟦m 楼主 上岸的牡丹　VIP3　昨天 22:47⟧</div>
{BODY}
<div class="tp">⟦a 支持 31　收藏　分享⟧</div>
<div class="rp">⟦l 沙发 小树苗：感谢楼主，正好报的林业岗⟧</div>
</body></html>
""",
        body="""
刚拿到体检通知，来还愿，分享一下丹垣县林业岗结构化面试的经验。
1. 题目很接地气，有一道是问如何动员农户改种油用牡丹，要结合本地产业来答。
2. 考官更看重思路，不要背模板，讲清楚“做什么、怎么做、效果怎么评估”就行。
⟦a 【面试冲刺班】名师1对1模拟，报名立减300元＞＞⟧
3. 准备几个本地数据，比如全县牡丹种植面积，答题时会加分。
最后祝大家都能顺利上岸！
""",
    ),
    dict(
        slug="taoao-walnut-baike-qa-text",
        site="百知问答 (invented)",
        style="百科问答",
        genre="问答",
        kind="answer",
        form="text",
        source="https://zhidao.baizhi.example.com/q/3301877.html",
        title="核桃青皮怎么去除比较快？",
        record_title="核桃青皮怎么去除比较快？_百知问答",
        date=None,
        notes="encyclopaedia-style Q&A; decorated title; view count and a relative answer time (no date); share/report row and a related-questions list",
        page="""
!m 百知问答 > 农业 > 林果
!t 核桃青皮怎么去除比较快？_百知问答
!m 网友提问　·　浏览 9,820 次
!m 最佳回答　桃岙老核桃　回答于1年前
{BODY}
!a 有帮助 231　·　分享　·　举报
!l 猜你想问：核桃青皮能泡酒吗？｜鲜核桃怎么保存？
""",
        body="""
比较快的办法有两种。
一是堆沤法：把采下的青皮核桃堆在阴凉处，厚度不超过五十厘米，上面盖上湿麻袋，三到五天青皮变软开裂，用木棍轻敲就能脱下。
二是机械脱皮：量大的可以租用核桃脱青皮机，一小时能处理一吨左右。
注意不要用手直接剥，青皮汁会把手染黑，最好戴橡胶手套。
""",
    ),
    dict(
        slug="danyuan-peony-seed-plan-netdisk-html",
        site="小满网盘 (invented)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="html",
        source="https://xmpan.example.com/s/8PqZt02Lx",
        title="丹垣县油用牡丹种籽采收工作方案",
        record_title="丹垣县油用牡丹种籽采收工作方案.pdf",
        date="2025-07-08",
        notes="cloud-drive preview HTML; file-name title; save/download buttons; share-expiry line; page markers ⧼2⧽ as HTML paragraphs; 成文日期 in Chinese numerals",
        pages=dict(fmt="⧼{n}⧽", every=130, start=2),
        page="""
<html><head><title>{T}.pdf_免费高速下载|小满网盘</title></head><body>
<div class="top">⟦m 小满网盘⟧ ⟦a 登录⟧ ⟦a 客户端下载⟧</div>
<div class="file">{T}.pdf</div>
<div class="fi">⟦m 分享时间：2025-07-20 10:33　过期时间：7天后　文件大小：1.2M⟧</div>
<div class="btn">⟦a 保存到网盘⟧ ⟦a 普通下载⟧</div>
<div class="preview">
{BODY}
</div>
<div class="vip">⟦a 开通小满会员，享受极速下载和原文件预览⟧</div>
</body></html>
""",
        body="""
为做好今年油用牡丹种籽采收工作，确保种籽质量，制定本方案。
一、采收时间：7月下旬至8月上旬，以蓇葖果呈蟹黄色、种皮变为褐色时为宜。
二、采收要求：分批采收，采后摊放在阴凉通风处后熟十天左右，再脱粒晾干，严禁暴晒。
三、收购标准：种籽含水量不高于百分之十二，杂质不高于百分之一。
四、各乡镇要组织技术人员进村入户指导，县林业发展中心负责抽检。
丹垣县林业发展中心
二〇二五年七月八日
""",
    ),
    dict(
        slug="taoao-walnut-market-snapshot-text",
        site="快搜快照 (invented)",
        style="搜索快照",
        genre="新闻",
        kind="news",
        form="text",
        source="http://kuaisou.example.com/snapshot?url=www.taoao.example.gov.cn/xw/2025/1009.html",
        title="桃岙乡核桃交易市场正式开市",
        record_title="桃岙乡核桃交易市场正式开市",
        date="2025-10-09",
        notes="text-only search cache: cache banner and capture time are no date; the page's 发布时间 line is the date; kw highlight line",
        page="""
!d 快搜快照：本页面为 2025-10-15 03:27:44 保存的快照，页面可能已经更新
!d 快照仅供参考，快搜与网页作者无关，不对其内容负责
!m 关键词已高亮：核桃 开市
!m 桃岙乡人民政府网 > 乡镇动态
{T}
!m 发布时间：2025年10月09日 10:05
{BODY}
!m 桃岙乡人民政府主办
""",
        body="""
10月8日，桃岙乡核桃交易市场正式开市，首日交易核桃六十余吨。
交易市场位于乡政府东侧，占地二十亩，设有交易区、分级区和冷藏库，可同时容纳二百余户交易。
乡党委书记表示，市场建成后，群众在家门口就能把核桃卖出好价钱，再也不用翻山越岭去县城。
""",
    ),
]

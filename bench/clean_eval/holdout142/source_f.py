"""holdout142, part F: 公考论坛, 百科问答, 网盘分享, 搜索快照, 打印页, 邮件转发. Invented text; see ../build.py."""

CASES = [
    dict(
        slug="gkbbs-shangan-text-interview-answer",
        site="上岸公考论坛 (invented)",
        style="公考论坛",
        genre="发言稿",
        kind="speech",
        form="text",
        source="http://bbs.shangangk.com/thread-77120-1-1.html",
        title="结构化面试模拟答题：如何优化营商环境",
        record_title="[面试素材] 结构化面试模拟答题：如何优化营商环境 - 面试交流 - 上岸公考论坛",
        date=None,
        notes="exam forum; reply-to-see prompt; forum junk glued; no date (relative time only)",
        page="""
!m 上岸公考论坛 » 面试交流
!t [面试素材] 结构化面试模拟答题：如何优化营商环境 - 面试交流 - 上岸公考论坛
!m 楼主：逆风上岸2025　　3天前
!a 回复可见更多素材　　|　　收藏本帖
{BODY}
!l 回复(58)　　加分　　举报
!w 面试一对一辅导，加Q：2905611738
!m 上岸公考论坛 Powered by Discuz!
""",
        junk=dict(lines=1, glued=1),
        body="""
考官您好，营商环境就是生产力。我认为优化营商环境可以从以下三个方面入手。
首先，在“减”字上下功夫。进一步压减审批事项、材料和时限，推行“一件事一次办”，让企业少跑腿。
其次，在“稳”字上做文章。保持政策的连续性和稳定性，新官要理旧账，政府承诺的事项必须兑现。
最后，在“优”字上求突破。建立企业诉求快速响应机制，对个体工商户和小微企业开展精准帮扶。
以上是我的回答，谢谢各位考官。
""",
    ),
    dict(
        slug="gkbbs-kaoyou-html-medical-insurance-post",
        site="考友家园 (invented)",
        style="公考论坛",
        genre="经验分享",
        kind="other",
        form="html",
        source="https://www.kaoyoujy.com/t/190233",
        title="医保局岗位笔试经验分享",
        record_title=None,
        date="2025-06-30",
        notes="modern exam forum: thread floors and badges; 发表于 date; numbered tips kept",
        page="""
<!doctype html><html><head><meta charset="utf-8"><title>医保局岗位笔试经验分享 - 考友家园</title></head>
<body><header>⟦m 考友家园 · 千万考友的备考社区⟧ ⟦a 签到领积分⟧</header>
<div class="bc">⟦m 首页 › 事业单位 › 经验交流⟧</div>
<div class="post"><h1>{T}</h1><div class="who">⟦m 蜗牛也能上岸　LV5　发表于 2025-06-30 22:17⟧</div>
{BODY}
<div class="acts">⟦l 点赞 96 · 收藏 210 · 回复 33⟧</div></div>
<div class="floor">⟦l 沙发 青柠薄荷：感谢楼主，医保基础知识去哪看？⟧</div>
<footer>⟦m 考友家园 ©2025 鲁ICP备21020007号⟧</footer>
</body></html>
""",
        body="""
上个月参加了县医疗保障事务中心的招聘考试，笔试排名第二，说说我的备考经验。
1. 医保专业知识占了四成分值，重点看基本医疗保险、大病保险、医疗救助三重保障制度，还有异地就医直接结算的政策。
2. 公共基础知识按常规复习，时政要看近半年的。
3. 写作题考的是“如何宣传医保政策”，我用了“群众看得懂、记得住、用得上”三个分论点。
祝大家都能上岸！
""",
    ),
    dict(
        slug="wiki-baike-html-soil-conservation",
        site="知源百科 (invented)",
        style="百科问答",
        genre="百科",
        kind="other",
        form="html",
        source="https://baike.zhiyuan.wiki/item/水土保持方案",
        title="水土保持方案",
        record_title="水土保持方案_知源百科",
        date=None,
        notes="encyclopaedia entry: infobox, edit links, references; example dates inside sentences; no date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>水土保持方案_知源百科</title></head>
<body><div class="top">⟦m 知源百科 全球中文知识库⟧ ⟦a 编辑词条⟧ ⟦a 登录⟧</div>
<h1>{T}</h1>
<div class="basic">⟦m 中文名：水土保持方案　适用领域：水利工程⟧</div>
<div class="catalog">⟦l 目录 1 定义 2 编报范围 3 主要内容⟧</div>
{BODY}
<div class="ref">⟦l 参考资料 [1] 水土保持法释义⟧</div>
<div class="stat">⟦m 浏览次数：17,882次　编辑次数：9次　最近更新：百科用户zy_3310⟧</div>
<div class="ft">⟦d 词条内容仅供参考，如需解决具体问题，建议咨询专业人士。⟧</div>
</body></html>
""",
        body="""
水土保持方案是生产建设单位对其项目建设可能造成的水土流失所编制的预防和治理计划，是项目审批的前置条件之一。
在山区、丘陵区、风沙区以及容易发生水土流失的其他区域开办可能造成水土流失的生产建设项目，生产建设单位应当编制水土保持方案。
方案的主要内容包括项目概况、水土流失预测、防治责任范围、防治措施布局和投资估算等。方案中的进度安排一般写到月份，例如“2023年5月完成表土剥离”。
""",
    ),
    dict(
        slug="wiki-wenda-text-leek-qa",
        site="农事问答百科 (invented)",
        style="百科问答",
        genre="问答",
        kind="other",
        form="text",
        source="http://www.nongshiwenda.com/wiki/cong-zhong.html",
        title="洋葱什么时候种最合适？",
        record_title=None,
        date="2025-09-03",
        notes="Q&A-encyclopaedia: question as title; answer's 回答时间 as the date; 温馨提示 chrome",
        page="""
!m 农事问答百科 > 蔬菜种植 > 葱蒜类
{T}
!m 1人回答　　浏览 4,220
!m 农技员老蒲　　回答时间：2025-09-03
{BODY}
!l 这个回答对您有帮助吗？　有用(41)　没用(2)
!d 温馨提示：各地气候差异大，请结合当地农技部门意见种植。
""",
        body="""
洋葱分秋播和春播两种。长江流域一般在9月中下旬育苗，11月移栽，来年5月收获；北方寒冷地区多在2月至3月温室育苗，4月定植，7月收获。
育苗时每亩苗床用种4至5公斤，苗龄50天左右、假茎粗0.6厘米时移栽最合适。苗太大容易先期抽薹，苗太小又不容易越冬。
""",
    ),
    dict(
        slug="netdisk-yunku-text-party-history-slides",
        site="云库网盘分享页 (invented)",
        style="网盘分享",
        genre="讲稿",
        kind="speech",
        form="text",
        source="https://pan.yunku.cn/s/1aX9kdP0",
        title="县域党史专题党课讲稿",
        record_title="县域党史专题党课讲稿.pdf",
        date=None,
        notes="cloud-drive share: file list, save/download buttons, expiry stamp; page markers; no date",
        page="""
!m 云库网盘　|　分享文件
!m 分享者：浦阳县党史*研*室　　有效期：7天
!t 县域党史专题党课讲稿.pdf
!a 保存到我的网盘　　下载(2.3M)　　举报
!m 文件预览 1/9
{BODY}
!a 预览仅显示部分页，保存后可查看全文
!d 请勿分享违法违规内容，云库网盘将依法处理。
""",
        pages=dict(fmt="P{n}", every=140, start=2, glue="mix"),
        body="""
同志们：
今天这堂党课，我想和大家讲一讲发生在我们县里的党史故事。
1927年秋，浦阳第一个党支部在城西一所小学里秘密成立，当时只有五名党员。他们白天教书，晚上油印传单，为后来的农民运动播下了火种。
1948年冬，县大队在北山坚持斗争，粮食断绝时靠群众冒险送来的红薯度过了最艰难的日子。这段历史告诉我们，党同人民群众的血肉联系是我们战胜一切困难的根本。
学习党史，就是要从这些故事里汲取力量，把为人民服务落实到每一项具体工作中。
""",
    ),
    dict(
        slug="netdisk-xiaofeng-html-dandelion-tech",
        site="小峰网盘 (invented)",
        style="网盘分享",
        genre="技术规程",
        kind="regulation",
        form="html",
        source="https://www.xiaofengpan.com/share/init?surl=pgy2025",
        title="蒲公英规范化种植技术规程",
        record_title="蒲公英规范化种植技术规程.docx",
        date=None,
        notes="cloud-drive share page: file table, extraction-code prompt; decimal headings; no date",
        page="""
<html><head><meta charset="utf-8"><title>小峰网盘-分享无限制</title></head>
<body><div class="hd">⟦m 小峰网盘⟧ ⟦a 登录⟧ ⟦a 下载客户端⟧</div>
<div class="file"><h2>{T}</h2><p>⟦m 2025-03-28 10:16 分享　失效时间：永久有效⟧</p>
<div>⟦a 保存到网盘⟧ ⟦a 普通下载⟧ ⟦a 超级会员极速下载⟧</div></div>
<div class="pv">
{BODY}
</div>
<div class="ft">⟦d 小峰网盘仅提供存储服务，分享内容由用户负责。⟧</div>
</body></html>
""",
        body="""
1 范围
本规程规定了蒲公英规范化种植的产地环境、播种、田间管理和采收要求。
2 产地环境
2.1 选择土层深厚、排灌方便的砂壤土地块，前茬以禾本科作物为宜。
2.2 产地环境质量应符合农田灌溉水和土壤环境质量相关标准。
3 田间管理
3.1 出苗后及时间苗，株距保持8至10厘米。
3.2 每次采收后追施腐熟有机肥，禁止使用高毒农药。
""",
    ),
    dict(
        slug="snapshot-sousuo-html-investment-notice",
        site="搜索快照 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://cache.sousuo-kz.com/c?u=www.qiancheng.gov.cn/tzcj/2025/0508.html",
        title="关于举办2025年芊城区产业链招商推介会的通知",
        record_title=None,
        date="2025-05-08",
        notes="search-cache frame header with snapshot stamp (not a date); page inside; document date at the end",
        page="""
<html><head><meta charset="utf-8"><title>关于举办2025年芊城区产业链招商推介会的通知</title></head>
<body><div class="kz-head">⟦m 这是 www.qiancheng.gov.cn/tzcj/2025/0508.html 的快照，是网页在2025年6月2日的存档。⟧<br>⟦m 当前页面可能已经更改。⟧ ⟦a 查看当前网页⟧ ⟦a 纯文字版本⟧</div>
<div class="orig"><div>⟦m 芊城区投资促进局⟧</div>
<h1>{T}</h1>
{BODY}
<div>⟦m 【关闭窗口】⟧</div></div>
</body></html>
""",
        body="""
各有关企业：
为推介我区新能源汽车零部件产业链投资机遇，区投资促进局定于5月20日在区会展中心举办产业链招商推介会。
请有意参会的企业于5月15日前将参会回执发送至邮箱qctzcj@126.com。
联系人：席女士　联系电话：020-82270061
芊城区投资促进局
2025年5月8日
""",
    ),
    dict(
        slug="snapshot-kuaiz-text-health-supervision",
        site="快照存档 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="text",
        source="http://kz.kuaizhao-archive.net/?q=hlwsjd-2025-7",
        title="关于开展游泳场所卫生专项监督检查的通知",
        date="2025-06-25",
        record_date="2025-06-25",
        notes="text-only cache; record date; snapshot header; one-line body",
        page="""
!m 〔网页快照〕原网址：www.hlwsjd.gov.cn/tzgg/2025/0625.html　抓取时间：2025-07-03
!m 本快照仅显示文字内容
{T}
{BODY}
!m 河洛县卫生监督所 版权所有
""",
        oneline=True,
        indent="　　",
        body="""
各游泳场所经营单位：
为保障暑期游泳场所卫生安全，我所定于7月1日至8月31日开展游泳场所卫生专项监督检查，重点检查池水余氯、浑浊度、尿素等指标和浸脚消毒池设置情况。
各单位要在检查前完成自查，对不合格项目立即整改。
河洛县卫生监督所
2025年6月25日
""",
    ),
    dict(
        slug="print-dayin-html-state-assets-rules",
        site="芊城区国资中心打印页 (invented)",
        style="打印页",
        genre="制度",
        kind="regulation",
        form="html",
        source="https://www.qiancheng.gov.cn/gzzx/zcfg/print.jsp?id=8830",
        title="区属国有企业闲置资产盘活管理办法",
        record_title="打印预览 - 区属国有企业闲置资产盘活管理办法",
        date="2025-02-14",
        notes="print view: print/close buttons, print footer stamp; articles mentioning 下载 kept; date at the end",
        page="""
<html><head><meta charset="utf-8"><title>打印预览 - 区属国有企业闲置资产盘活管理办法</title></head>
<body><div class="noprint">⟦a 【打印本页】⟧ ⟦a 【关闭窗口】⟧</div>
<h2>{T}</h2>
{BODY}
<div class="pf">⟦m 打印时间：2025-03-01 10:22⟧ ⟦m 来源网址：https://www.qiancheng.gov.cn/gzzx/zcfg/8830.html⟧</div>
<div class="pf">⟦p 第 1 页 ／ 共 1 页⟧</div>
</body></html>
""",
        body="""
第一条　为盘活区属国有企业闲置资产，提高国有资产使用效率，制定本办法。
第二条　本办法所称闲置资产，是指连续闲置6个月以上的房产、土地和设备。
第三条　盘活方式包括出租、转让、合作经营和划转使用，出租、转让应当通过公共资源交易平台公开进行。
第四条　承租人可在交易平台下载资产信息表，实地查看后报名。
第五条　本办法自印发之日起施行。
芊城区国有资产服务中心
2025年2月14日
""",
    ),
    dict(
        slug="print-dayinban-text-neonatal-rules",
        site="新禾县人民医院打印版 (invented)",
        style="打印页",
        genre="制度",
        kind="regulation",
        form="text",
        source="https://www.xhxrmyy.com/zhidu/print/0310.html",
        title="新生儿科探视管理规定",
        record_title="〔打印版〕新生儿科探视管理规定",
        date="2025-03-10",
        notes="print view in text; printer footer and URL; visiting hours lines kept; hard-wrapped",
        page="""
!a [打印]　[关闭]
!t 〔打印版〕新生儿科探视管理规定
{BODY}
!m 网址：https://www.xhxrmyy.com/zhidu/0310.html
!p 1/1
""",
        wrap=58,
        body="""
一、为预防院内感染，保障新生儿安全，新生儿科实行无陪护管理。
二、探视时间为每周二、周五下午15:00至15:30，每次限父母一人。
三、探视人员须更换隔离衣、戴口罩、手卫生后进入，患有感冒、腹泻等疾病者不得探视。
四、家属可关注医院公众号预约视频探视，每日一次，每次10分钟。
新禾县人民医院新生儿科
2025年3月10日
""",
    ),
    dict(
        slug="mail-fw-text-sculpture-review",
        site="凤河市城雕办邮件转发 (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mail://fhdiaosu/inbox/20250818-0932",
        title="关于召开滨河广场雕塑方案专家评审会的通知",
        record_title="Fw: 关于召开滨河广场雕塑方案专家评审会的通知",
        date="2025-08-15",
        date_also=["2025-08-18"],
        notes="forwarded mail: header lines and signature chrome; the document's own 附件 list and 联系人 kept",
        page="""
!m 发件人：城雕办综合科 <zhk@fhdiaosu.gov.cn>
!m 发送时间：2025年8月18日 9:32
!m 收件人：评审专家组
!m 主题：Fw: 关于召开滨河广场雕塑方案专家评审会的通知
!m 附件：评审会议程.docx (36KB)
!m -------- 转发的邮件 --------
{BODY}
!m —— 此邮件由凤河市政务邮箱系统发送 ——
!d 本邮件及附件可能含有保密信息，如误收请立即删除。
""",
        body="""
各位专家：
滨河广场主题雕塑方案公示期已满，现定于8月22日上午9:00在市规划展览馆三楼会议室召开专家评审会。
请各位专家提前审阅方案文本，会上每位专家发言不超过15分钟。
附件：1.评审会议程
2.三组雕塑方案文本
联系人：晏婕　电话：0739-5260213
凤河市城市雕塑管理办公室
2025年8月15日
""",
    ),
    dict(
        slug="mail-reply-html-reed-request",
        site="水泽县湿地中心邮件 (invented)",
        style="邮件转发",
        genre="请示",
        kind="request",
        form="html",
        source="mail://szsd/sent/20250903",
        title="关于申请芦苇收割专项经费的请示",
        record_title="答复：Re: 关于申请芦苇收割专项经费的请示.docx",
        date="2025-09-02",
        date_also=["2025-09-03"],
        notes="webmail view of a reply chain; mail headers and quoted marks; 抄送 line of the document kept",
        page="""
<html><head><meta charset="utf-8"><title>政务邮箱 - 阅读邮件</title></head>
<body><div class="mbar">⟦a 回复⟧ ⟦a 全部回复⟧ ⟦a 转发⟧ ⟦a 删除⟧</div>
<table class="mhead"><tr><td>⟦m 发件人：湿地保护中心办公室⟧</td></tr><tr><td>⟦m 时间：2025年9月3日(星期三) 上午10:05⟧</td></tr><tr><td>⟦m 主题：答复：Re: 关于申请芦苇收割专项经费的请示.docx⟧</td></tr></table>
<div class="reply">⟦m 已收到，请财务科按程序办理。——县财政局农业科⟧</div>
<div class="quote">⟦m ------------------ 原始邮件 ------------------⟧
<h3>{T}</h3>
{BODY}
</div>
<div class="sig">⟦m 水泽县政务邮箱 · 安全提醒：请勿点击陌生链接⟧</div>
</body></html>
""",
        body="""
县财政局：
白漾湖湿地芦苇每年需收割一次，以防止芦苇枯死后腐烂污染水体。今年收割面积约3000亩，经测算需收割及清运经费186万元。我中心已完成招标准备工作，恳请县财政局予以安排专项经费。
妥否，请批示。
水泽县白漾湖湿地保护中心
2025年9月2日
抄送：县林业局
""",
    ),
]

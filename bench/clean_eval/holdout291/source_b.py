"""holdout291, part B: blogs, WeChat mirrors, document-sharing pages, education portals, intranets.

Every page, place, person, firm, site, URL and phone number here is invented; each case was
written by hand. See ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="blog-nishan-xianbi-swing-memoir-html",
        site="鲵山闲笔 (invented personal blog, Typecho-like)",
        style="博客",
        genre="散文",
        kind="other",
        form="html",
        source="https://xianbi.nishan-blog.example.cn/archives/417/",
        title="外婆院里的秋千架",
        record_title="外婆院里的秋千架 · 随笔 · 鲵山闲笔",
        date=None,
        notes="blog memoir with no date (a relative 'posted 2 months ago' stamp); tag cloud, archive, comment form; "
        "a further-reading link between paragraphs and a tip line glued after the last 。",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="UTF-8">
<title>外婆院里的秋千架 · 随笔 · 鲵山闲笔</title>
<meta name="generator" content="Typecho 1.2.1">
<link rel="alternate" type="application/rss+xml" href="/feed/">
</head><body>
<header id="header"><a class="site-name" href="/">⟦m 鲵山闲笔⟧</a><p class="description">⟦m 山里长大的人，记些山里的事⟧</p>
<nav><a>⟦m 首页⟧</a> <a>⟦m 随笔⟧</a> <a>⟦m 读书⟧</a> <a>⟦m 留言板⟧</a></nav></header>
<div id="main"><article class="post">
<h1 class="post-title">{T}</h1>
<ul class="post-meta"><li>⟦m 作者：山茶⟧</li><li>⟦m 发布于 2 个月前⟧</li><li>⟦m 分类：随笔⟧</li></ul>
<div class="post-content">
{BODY}
</div>
<p class="tags">⟦l 标签：外婆　老院子　童年⟧</p>
<ul class="post-near"><li>⟦l 上一篇：腊月里的一锅豆腐⟧</li><li>⟦l 下一篇：父亲的老自行车⟧</li></ul>
</article>
<div id="comments"><h3>⟦l 已有 5 条评论⟧</h3>
<ol><li>⟦l 阿禾：看哭了，我外婆家也有一架⟧</li></ol>
<form><p>⟦l 称呼 *　邮箱 *　网站⟧</p><button>⟦a 提交评论⟧</button></form></div></div>
<aside id="secondary"><h3>⟦l 标签云⟧</h3><p>⟦l 故乡 外婆 老物件 读书 山居 节气⟧</p>
<h3>⟦l 归档⟧</h3><ul><li>⟦l 2024·09（3篇）⟧</li><li>⟦l 2024·08（5篇）⟧</li></ul></aside>
<footer id="footer">⟦m © 2024 鲵山闲笔.　由 Typecho 驱动⟧</footer>
</body></html>
""",
        body="""
外婆家的院子不大，东墙边却立着一架秋千。两根杉木柱子是外公亲手埋的，横梁上挂着两股麻绳，座板是从一扇旧门板上锯下来的。
小时候每年暑假，我和表妹都要为谁先荡吵上一架。外婆从不偏向谁，她拿一根筷子插在院角的土里，太阳影子挪到筷子那儿，就该换人了。
⟦l 延伸阅读：那些年外公亲手做的小物件⟧
后来麻绳换成了铁链，座板也换过两回，可那两根杉木柱子一直没动。外婆说，木头埋得深，人走了它还在。
去年冬天回去，院子已经卖给了别人。隔着墙往里看，秋千架拆了，只剩东墙边两个小土坑。我站了好一会儿，才想起外婆那根筷子，影子早就不知道挪到哪儿去了。⟦a 喜欢这篇？请山茶喝杯茶 ☕⟧
""",
    ),
    dict(
        slug="blog-laowei-grain-barn-rats-wrapped",
        site="老魏说粮 (invented blog of a grain-storage technician)",
        style="博客",
        genre="博文",
        kind="other",
        form="text",
        source="http://laoweishuoliang.blog.example.cn/post/2024/10/14/barn-rats",
        title="农户木谷仓防鼠的几个土办法",
        record_title="【储粮笔记】农户木谷仓防鼠的几个土办法 - 老魏说粮",
        date="2024-10-14",
        notes="blog post hard-wrapped at 56 columns; a bracketed post time is the page's date; counters, tags, prev/next "
        "and a comment box",
        page="""
!m 老魏说粮 —— 一个储粮技术员的田间笔记
!m 首页 | 储粮笔记 | 下乡见闻 | 关于老魏
!t 【储粮笔记】农户木谷仓防鼠的几个土办法
!m [2024-10-14 20:36]　　分类：储粮笔记
{BODY}
!m 阅读(612)　评论(9)　转载(3)
!l 标签：谷仓 防鼠 农户储粮
!l 前一篇：稻谷入仓前怎么判断干没干
!l 后一篇：阁楼存粮要注意的三件事
!l 留个言吧：
!m 老魏说粮 © 2024 · 博客空间由乡村博客园提供
""",
        wrap=56,
        body="""
这几年下乡查看农户储粮，发现木谷仓最头疼的不是虫，是老鼠。把这些年攒的几个土办法写下来，供乡亲们参考。
一是仓脚套铁皮。谷仓四条腿离地部分包一圈三十厘米高的白铁皮，老鼠爬不上去，成本不到五十块钱。
二是仓门加挡板。仓门下沿钉一条斜角木条，门缝压紧，不留手指宽的缝。
三是仓边不堆杂物。柴火、旧箩筐离谷仓至少一米，老鼠没了落脚的地方，自然就少来。
四是勤看勤扫。每周绕谷仓走一圈，看看有没有新鲜的咬痕和鼠粪，发现了就早处理。
这几条都花不了几个钱，关键在于坚持。
""",
    ),
    dict(
        slug="wechat-huanxi-rongmei-soy-vat-tips-no-title",
        site="mirror of the WeChat account 鲩溪融媒 (invented)",
        style="公众号镜像",
        genre="提示",
        kind="news",
        form="html",
        source="https://wxread.mirror-kan.example.cn/s/hxrm/20240618_02",
        title="晒酱时节，这份酱缸使用安全提示请收好",
        record_title=None,
        date="2024-06-18",
        notes="no title in the record: the mirror's <h1>; a follow prompt glued before the first words; account line "
        "with the date; 阅读原文/在看 rows; a 'share' line between paragraphs",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>鲩溪融媒 - 看鲩镜像</title>
<meta name="referrer" content="no-referrer"></head><body>
<div class="mirror-top">⟦m 看鲩镜像 · 公众号文章离线阅读⟧</div>
<div id="img-content">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta_list"><span>⟦m 原创⟧</span> <span>⟦m 鲩溪融媒⟧</span> <em>⟦m 2024年06月18日 07:45⟧</em> <em>⟦m 浙江⟧</em></div>
<div class="rich_media_content">
{BODY}
<p>⟦m 来源：县市场监管局　编辑：吕半夏　初审：谈青　终审：甄衡⟧</p>
</div>
<div class="rm-tools">⟦a 阅读原文⟧　⟦m 阅读 3852⟧　⟦l ♡ 在看 67⟧　⟦l 留言⟧</div>
<div class="qr">⟦a 长按识别二维码，关注鲩溪融媒⟧</div>
</div>
<div class="mirror-foot">⟦d 看鲩镜像仅做公众号文章的存档展示，著作权归原公众号所有。⟧</div>
</body></html>
""",
        body="""
⟦a 点上方蓝字“鲩溪融媒”设为星标⟧入伏以后，正是家家户户晒酱的好时候。县市场监管局提醒，自家用酱缸晒酱，要注意以下几点。
选缸。尽量选用内壁施釉均匀、没有裂纹的陶制酱缸，不要用来历不明的彩釉缸，以免重金属溶出。
清缸。入酱前用开水把缸烫一遍，倒扣晾干，缸里不能留生水。
⟦l 觉得有用，就转给家里晒酱的长辈吧⟧
护缸。晴天打开缸盖晒，夜里和雨天及时盖严，缸口蒙一层纱布防蚊蝇。
看酱。酱面发黑、有酸臭味、长出成片绿毛的，就不要再吃了。
如果对自家的酱拿不准，可以带样品到各乡镇市场监管所免费快检，也可以关注“鲩溪市场监管”服务号在线预约。
""",
    ),
    dict(
        slug="wechat-minkou-pledge-duck-sheds-account-date",
        site="mirror of the WeChat account 鳘口镇发布 (invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.tuiwenliudi.example.cn/a/mkzfb/20241106/1.html",
        title="关于规范河道沿岸鸭棚养殖的倡议书",
        record_title="关于规范河道沿岸鸭棚养殖的倡议书 — 鳘口镇发布（推文留底）",
        date="2024-11-04",
        date_also=["2024-11-06"],
        notes="WeChat mirror as text: the account's date (11-06) differs from the pledge's 成文日期 (11-04); the "
        "pledge's own phone stays in the body; follow prompt, 往期 list, 在看 line",
        page="""
!m 推文留底站　替你留住每一条好推文
!t 关于规范河道沿岸鸭棚养殖的倡议书
!m 鳘口镇发布　2024年11月06日 18:30　浙江
!a 戳上方蓝字，关注鳘口镇发布
{BODY}
!m 文字：镇生态办　编辑：郁禾
!l 往期回顾
!l ▷ 鳘口镇冬季森林防火致全体村民的一封信
!l ▷ 鲅河乡标准化养殖小区开始报名啦
!a 点个“在看”，让更多乡亲看到
!d 推文留底站只留底公开推文，原文版权归鳘口镇发布所有。
""",
        gap=True,
        body="""
全镇广大养殖户：
鳘口河是全镇两万多群众的饮用水源。近几年，河道沿岸陆续搭起了一些鸭棚，鸭粪直接排进河里，部分河段水质明显下降。为守护好我们的母亲河，我们倡议：
一、自觉退让。河道管理范围内的鸭棚，请在十二月底前自行拆除，镇里将给予每平方米二十元的拆除补助。
二、集中养殖。镇里在鲅河乡规划了标准化养殖小区，有意愿继续养鸭的农户可到镇农业服务中心报名。
三、相互监督。发现往河里排放鸭粪的，可以拨打镇生态办电话0574-6311520反映。
保护鳘口河，从每一户做起。
鳘口镇人民政府
2024年11月4日
""",
    ),
    dict(
        slug="docshare-chayou-tea-pitcher-rules-doc",
        site="茶友文档分享 (invented)",
        style="文档分享",
        genre="规程",
        kind="other",
        form="html",
        source="https://www.chayoudoc.example.cn/d/20931577.html",
        title="茶楼公道杯清洗消毒操作规程",
        record_title="茶楼公道杯清洗消毒操作规程.doc",
        date=None,
        notes="sharing page: file-name record title, an upload notice, a points lock, a service WeChat; articles "
        "第N条, no date (effective clause only)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>茶楼公道杯清洗消毒操作规程.doc_茶友文档分享</title></head><body>
<div class="hd"><span class="logo">⟦m 茶友文档分享⟧</span> <a>⟦a 我要上传⟧</a> <a>⟦a 茶友登录⟧</a></div>
<div class="crumbs">⟦m 茶友文档 ＞ 规章制度 ＞ 餐饮服务⟧</div>
<div class="docinfo"><h1>{T}</h1>
<p>⟦m 格式：DOC　　大小：31KB　　页数：2　　贡献者：茶小二⟧</p>
<p>⟦d 该文档由茶友上传分享，本站不保证其准确完整，使用前请自行核对。⟧</p></div>
<div class="docview">
{BODY}
</div>
<div class="lock">⟦a 下载本文档需 8 积分，签到可领积分⟧ <a>⟦a 去下载⟧</a></div>
<div class="kefu">⟦w 找不到想要的规程？加客服微信 chayou_doc88 帮你找⟧</div>
<div class="same"><h4>⟦l 同类文档⟧</h4><ul><li>⟦l 茶楼吧台岗位职责.doc⟧</li><li>⟦l 餐饮具清洗消毒记录表.xls⟧</li></ul></div>
<div class="ft">⟦m © 茶友文档分享　闽ICP备21004417号⟧</div>
</body></html>
""",
        body="""
第一条　为保证茶楼茶具卫生，规范公道杯清洗消毒操作，制定本规程。
第二条　公道杯每次使用后须在十分钟内倒净茶汤，用清水冲去茶渣，不得在杯内存放隔夜茶。
第三条　清洗时使用专用软毛刷和食品级洗洁精，杯嘴、杯把内侧须重点刷洗。
第四条　清洗后的公道杯放入消毒柜，在一百二十摄氏度下消毒不少于十五分钟；玻璃公道杯不得骤冷骤热。
第五条　出现裂纹、缺口的公道杯立即停用，登记后交吧台主管处理。
第六条　当班人员须在消毒记录表上签字，吧台主管每日下班前核查。
第七条　本规程自印发之日起施行。
""",
    ),
    dict(
        slug="docshare-wenjian-swing-contract-template",
        site="文件集分享网 (invented)",
        style="文档分享",
        genre="合同范本",
        kind="other",
        form="text",
        source="http://www.wenjianji.example.cn/share/htfb/77420.html",
        title="秋千架采购安装合同（范本）",
        record_title="秋千架采购安装合同（范本）〖空白可填〗- 文件集分享网",
        date=None,
        notes="contract template: ＿＿ blanks, ×× placeholders, 第N条, a ＿＿年＿＿月＿＿日 signing line; no date; "
        "an upload notice and a points prompt",
        page="""
!m 文件集分享网 · 好文件大家分享
!m 首页 > 合同范本 > 采购合同
!t 秋千架采购安装合同（范本）〖空白可填〗
!m 分享者：zhang***67　　分享时间：5 天前　　下载：317
!d 本文件由网友自行分享，仅作格式参考，签约前请咨询专业人士。
{BODY}
!a 下载这份范本需 3 个分享豆　　没有分享豆？上传文件即可获得
!l 大家还在找：游乐设施维护保养合同　|　健身器材采购合同　|　户外设备安装协议
!m 文件集分享网　粤ICP备19063320号
""",
        body="""
甲方（采购方）：＿＿＿＿＿＿＿＿
乙方（供货方）：××游乐设施有限公司
第一条　乙方向甲方提供户外双人秋千架＿＿套，单价＿＿元，合同总价＿＿＿＿元。
第二条　秋千架立柱采用直径不小于一百毫米的热镀锌钢管，吊链须带防夹手套管，座板离地高度不低于三百五十毫米。
第三条　乙方须在合同签订后＿＿日内完成安装，并提供产品合格证和检测报告。
第四条　质保期为＿＿年，质保期内乙方负责免费维修和更换损坏部件。
第五条　因产品质量问题造成人身伤害的，由乙方承担全部责任。
甲方（盖章）：＿＿＿＿　　乙方（盖章）：××游乐设施有限公司
签订日期：＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="edu-huanxi-notice-swing-check-attachment-link",
        site="鲩溪教育网 (invented county education bureau)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.huanxi.gov.example.cn/tzgg/202504/t20250403_30871.html",
        title="关于开展校园秋千架等游乐设施安全排查的通知",
        record_title="〔安全排查〕关于开展校园秋千架等游乐设施安全排查的通知-鲩溪教育网",
        date="2025-04-02",
        date_also=["2025-04-03"],
        notes="education portal: 适老/读屏 links, the notice's contact and mailbox beside the site's technical-support "
        "line, an attachment download link beside the body's 附件 line; 成文日期 differs from the posting date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〔安全排查〕关于开展校园秋千架等游乐设施安全排查的通知-鲩溪教育网</title>
<script src="/static/js/wza.js"></script></head><body>
<div class="top"><span>⟦m 鲩溪县教育局主办⟧</span> <a>⟦a 适老模式⟧</a> <a>⟦a 读屏开关⟧</a> <a>⟦a 站内搜索⟧</a></div>
<div class="logo">⟦m 鲩溪教育网⟧</div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 教育要闻⟧</li><li>⟦m 通知公告⟧</li><li>⟦m 校园安全⟧</li><li>⟦m 办事服务⟧</li></ul>
<div class="pos">⟦m 所在位置：首页 » 通知公告⟧</div>
<div class="art"><h1>{T}</h1>
<div class="info">⟦m 发布人：安全股　发布时间：2025-04-03　点击数：1288⟧</div>
<div class="txt">
{BODY}
</div>
<div class="att"><a href="/uploads/2025/0403/youle_dengji.docx">⟦a ⇩ 点击下载：游乐设施安全排查登记表.docx⟧</a></div>
<div class="pn">⟦l 上一条：关于做好2025年春季学校传染病防控工作的通知⟧<br>⟦l 下一条：全县中小学“安全教育周”活动安排⟧</div>
</div>
<div class="foot"><p>⟦m 鲩溪县教育局　地址：鲩溪县城关镇学府路12号⟧</p>
<p>⟦m 网站技术支持：0574-6299210（工作日）⟧</p><p>⟦m 浙ICP备10020746号-2⟧</p></div>
</body></html>
""",
        body="""
各乡镇中心学校、县直各幼儿园：
近期，外县发生一起幼儿荡秋千时吊链断裂致伤事件。为切实保障在园在校学生安全，县教育局决定在全县开展校园秋千架等游乐设施安全排查。现将有关事项通知如下。
一、各校（园）要在4月15日前对秋千架、滑梯、攀爬架逐件检查，重点查看吊链、吊环、螺栓和地面缓冲层。
二、排查中发现问题的，立即停用并设置警示标志，维修合格后方可重新开放。
三、请各校（园）填写排查登记表，加盖公章后扫描发送至县教育局安全股邮箱。
联系人：窦明川，电话：0574-6286034，邮箱：hxjy_aqg@hxedu.example.cn
附件：校园游乐设施安全排查登记表
鲩溪县教育局
2025年4月2日
""",
    ),
    dict(
        slug="edu-weichuan-school-plan-grain-barn-scan",
        site="鲔川教育信息网 (invented), text extract",
        style="教育门户",
        genre="方案",
        kind="other",
        form="text",
        source="https://www.wcedu.example.cn/xxdt/shiyan/2024-10-09/6612.html",
        title="鲔川县实验小学“认识谷仓”劳动教育实践活动方案",
        record_title="鲔川县实验小学“认识谷仓”劳动教育实践活动方案 - 学校动态 - 鲔川教育信息网",
        date="2024-10-09",
        notes="school plan with a numbered list and a 扫码签到 sentence as content; scan-to-read chrome line, "
        "counters and a print row",
        page="""
!m 鲔川教育信息网
!m 首页 >> 学校动态 >> 鲔川县实验小学
{T}
!m 信息来源：实验小学　录入：郁老师　浏览：　507
!a 【文字 大 中 小】【打印此页】【关闭】
{BODY}
!a 手机扫一扫，在微信里读这篇
!l 相关阅读：鲔川县实验小学秋季运动会秩序册
!m 鲔川县教育局信息中心维护　咨询：0571-5918100
""",
        body="""
为引导学生了解粮食从田间到谷仓的过程，培养爱粮节粮的习惯，学校决定组织四年级学生开展“认识谷仓”劳动教育实践活动，方案如下。
一、活动时间：2024年10月17日（星期四）全天。
二、活动地点：鲔川县鳆湾镇上仓村集体谷仓。
三、活动内容
1. 听老保管员讲谷仓的构造和看护方法；
2. 动手清扫仓底、翻晒稻谷；
3. 每人写一篇观察日记。
四、有关要求。学生统一乘车往返，家长请于10月15日前扫码签到登记，班主任负责清点人数。
鲔川县实验小学
2024年10月9日
""",
    ),
    dict(
        slug="oa-jiangyuan-minutes-soy-vat-yard",
        site="鲵山酱园协同办公平台 (invented intranet)",
        style="企业内网",
        genre="会议纪要",
        kind="other",
        form="html",
        source="http://oa.nsjiangyuan.example.cn/doc/view.do?id=24071601",
        title="酱缸晒场安全生产例会纪要",
        record_title="[内部] 酱缸晒场安全生产例会纪要 - 鲵山酱园协同办公",
        date="2024-07-16",
        notes="OA document view: 流转记录 with other dates, read count, a 标记已读 button and an IT-desk line; the "
        "minutes' 时间/地点/主持/参会/记录 lines stay in the body; the 时间 line gives the date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>[内部] 酱缸晒场安全生产例会纪要 - 鲵山酱园协同办公</title>
<script src="/oa/js/flow.js"></script></head><body>
<div class="oa-head">⟦m 鲵山酱园协同办公⟧ <span>⟦m 当前用户：韦小棠（综合部）⟧</span> <a>⟦a 退出⟧</a></div>
<div class="oa-menu">⟦m 待办事项　已办事项　公文查阅　会议纪要　通讯录⟧</div>
<div class="doc-title"><h2>{T}</h2></div>
<div class="doc-attr">⟦m 文种：会议纪要　密级：内部　拟稿：综合部⟧</div>
<div class="doc-body">
{BODY}
</div>
<div class="flow"><h4>⟦m 流转记录⟧</h4>
<p>⟦m 2024-07-16 17:02　韦小棠　拟稿⟧</p>
<p>⟦m 2024-07-17 08:40　邝守成　审核通过⟧</p>
<p>⟦m 2024-07-17 09:15　综合部　分发至各班组⟧</p></div>
<div class="readinfo">⟦m 已阅 31 人　未阅 4 人⟧ <button>⟦a 我已阅读，收起⟧</button></div>
<div class="oa-foot">⟦m 系统故障请拨信息中心分机 8006⟧</div>
</body></html>
""",
        body="""
时间：2024年7月16日上午9:00
地点：鲵山酱园二楼会议室
主持：邝守成（生产副总）
参会：晒场各班组长、质检部、安全部负责人共9人
记录：韦小棠
会议通报了上半年晒场安全情况，研究了伏天酱缸晒场管理事项。纪要如下：
一、晒场现有酱缸860口，上半年发生缸体开裂4起、工人滑倒1起，均已处理。
二、伏天每日11时至15时停止开缸翻酱，避免工人中暑。
三、晒场通道每天早晚各清扫一次，雨后立即铺设防滑草垫。
四、质检部每周抽查20口酱缸的发酵情况，结果在内网公示。
""",
    ),
    dict(
        slug="oa-fuwan-poultry-summary-duck-sheds-record",
        site="鳆湾禽业有限公司内网 (invented), text export",
        style="企业内网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://10.8.1.20/portal/notice/2024/1228-03.txt",
        title="鳆湾禽业有限公司2024年鸭棚改造工作总结",
        record_date="2024-12-28",
        date="2024-12-28",
        notes="title and date given by the record; a table one row a paragraph; intranet header and footer lines",
        page="""
!m 鳆湾禽业内网门户 ｜ 通知公告
!m 发布部门：生产部　　阅读权限：全体员工
{T}
{BODY}
!m 本文已被阅读 126 次
!a 〔导出为PDF〕　〔转发给同事〕
!m 内网维护：信息部　分机 6120
""",
        body="""
2024年，公司按照年初计划，对下属三个养殖场的鸭棚进行了标准化改造，现将工作情况总结如下。
一、改造完成情况
养殖场　改造鸭棚数　完成时间
鳆湾一场　24栋　5月
鳆湾二场　18栋　8月
鲩塘场　15栋　11月
二、主要成效。改造后的鸭棚全部安装了湿帘风机和自动清粪带，每栋用工从三人减少到一人，冬季雏鸭成活率由百分之九十一提高到百分之九十六。
三、存在问题。鲩塘场地势较低，雨季棚内积水问题还没有完全解决。
四、明年打算。完成鲩塘场排水改造，试点鸭棚光伏顶棚。
鳆湾禽业有限公司生产部
2024年12月28日
""",
    ),
]

"""holdout77, part F: a candle factory, a fresh-juice course, a water-chestnut co-op's report, a
scorpion-farm interview answer, a mink farm's minutes as a Q&A example, a cicada-slough buying
notice on a cloud drive, a honeysuckle notice in a snapshot frame, a water-caltrop harvest notice
in a print view and a buckwheat mill's forwarded request. Invented text; see ../README.md and
../build.py."""

CASES = [
    dict(
        slug="corp-guangming-candle-factory-drill-news",
        site="光明蜡业有限公司 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.gmlaye.example.com/news/show-331.html",
        title="公司开展2025年度消防应急疏散演练",
        record_title="公司开展2025年度消防应急疏散演练-光明蜡业",
        date="2025-11-09",
        record_date="2025-11-09",
        notes="corporate text page; decorated title; a language switch and an online-shop link; 发布 date in a dotted form; a product banner between paragraphs",
        page="""
!m 光明蜡业　GUANGMING CANDLE　　中文 | EN
!a 进入网上商城 ＞
!m 首页 - 新闻中心 - 公司新闻
{T}
!m 2025.11.09　　浏览 ：152
{BODY}
!l 上一篇：公司参加秋季进出口商品交易会　　下一篇：光明蜡业通过质量管理体系复审
!m 光明蜡业有限公司　地址：榉州市东港工业区9号　传真：0591-8712 6601
""",
        body="""
11月9日，公司在生产厂区开展2025年度消防应急疏散演练，全体员工二百三十余人参加。
演练模拟熔蜡车间加热锅温控失灵引发火情。警报响起后，车间员工按照预案切断电源，用灭火毯和干粉灭火器进行初期处置，其他人员沿疏散通道有序撤离到集合点。
⟦l 【新品】香薰蜡烛礼盒系列火热预订中⟧
演练结束后，消防救援站教员讲解了石蜡火灾的特点和灭火器的正确使用方法。
公司安全负责人表示，将针对演练中发现的通道堆物问题立即整改。
""",
    ),
    dict(
        slug="training-xianzha-juice-course-html",
        site="鲜榨学堂 (invented)",
        style="培训机构",
        genre="课程简介",
        kind="notice",
        form="html",
        source="https://www.xianzhaxt.example.com/course/juice-basic.html",
        title="鲜榨果汁饮品店创业实操班课程介绍",
        record_title="鲜榨果汁饮品店创业实操班课程介绍 | 鲜榨学堂",
        date=None,
        notes="training school HTML; decorated title; course table; booking bar and a limited-time coupon; the school's 报名电话 beside a 400 line; no date",
        page="""
<html><head><meta charset="utf-8"><title>鲜榨果汁饮品店创业实操班课程介绍 | 鲜榨学堂</title></head><body>
<div class="px-top">⟦m 鲜榨学堂 · 饮品技术培训⟧ ⟦w 全国咨询热线 400-772-3388⟧</div>
<div class="px-nav">⟦m 首页　课程中心　学员作品　师资团队　关于我们⟧</div>
<h1>⟦t 鲜榨果汁饮品店创业实操班课程介绍⟧</h1>
<div class="px-coupon">⟦a 🎁 领取200元学费抵用券⟧</div>
<div class="px-body">
{BODY}
</div>
<div class="px-book">⟦a 立即预约试学　　在线报名　　微信咨询⟧</div>
<div class="px-foot">⟦d ©鲜榨学堂 保留最终解释权⟧</div>
</body></html>
""",
        body="""
本课程面向准备开设鲜榨果汁饮品店的学员，从选址、选品到出品，手把手带学员跑通开店流程。
课程安排
模块　内容　课时
水果认识　常见水果的挑选、储存与预处理　2天
出品实操　三十款鲜榨果汁和果茶的制作　5天
门店运营　选址、定价、外卖平台运营　1天
学员结业后可免费回校复训一次。
报名电话：0592-6631 708（鲜榨学堂前台）。
""",
    ),
    dict(
        slug="fanwenapp-biqi-water-chestnut-coop-report-html",
        site="笔启范文App (invented)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="html",
        source="https://m.biqi.example.app/read/882190",
        title="荸荠专业合作社理事长2025年度述职报告",
        record_title=None,
        date="2025-12-20",
        notes="writing-app reading mode; no record title; 成文日期 in Chinese numerals; an unlock-the-rest fold and a membership prompt inside the body; bottom toolbar",
        page="""
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>笔启范文</title></head><body>
<div class="app-bar">⟦a ＜ 返回　　　阅读模式　Aa⟧</div>
<h2>⟦t 荸荠专业合作社理事长2025年度述职报告⟧</h2>
<div class="app-meta">⟦m 述职报告 · 2386字 · 1.2万阅读⟧</div>
<div class="app-read">
{BODY}
</div>
<div class="app-tools">⟦a 收藏　复制　导出Word　分享⟧</div>
<div class="app-dl">⟦a 下载笔启App，解锁全部10万篇范文⟧</div>
</body></html>
""",
        body="""
各位社员代表：
2025年，我担任合作社理事长已满三年。现将一年来的工作述职如下。
一、带领社员扩大种植。全年荸荠种植面积达到二千一百亩，统一供种、统一技术指导，亩产比上年增加一百五十公斤。
⟦a 开通笔启会员，查看剩余内容⟧
二、推动加工增值。合作社新建荸荠清洗分级车间，开发马蹄粉、清水马蹄罐头两个产品。
三、存在不足。冷藏库容不足，春节前集中上市时价格偏低；财务公开还不够及时。
明年，我将继续和大家一道，把合作社办得更好。
檵溪县金塘荸荠专业合作社理事长　尹德高
二〇二五年十二月二十日
""",
    ),
    dict(
        slug="gkforum-interview-scorpion-scam-answer-junk",
        site="面霸公考吧 (invented)",
        style="公考论坛",
        genre="面试答题",
        kind="answer",
        form="text",
        source="https://bbs.mianba-gk.example.com/t/30882",
        title="结构化面试真题：蝎子养殖“高价回收”骗局，你怎么看",
        record_title="[面试素材] 结构化面试真题：蝎子养殖“高价回收”骗局，你怎么看（附参考答案）",
        date=None,
        notes="exam forum; decorated title; junk lines and junk glued after 。; floor replies; a course ad between paragraphs; relative post time; no date",
        junk=dict(lines=2, glued=1),
        page="""
!m 面霸公考吧 » 结构化面试 » 真题讨论
!t [面试素材] 结构化面试真题：蝎子养殖“高价回收”骗局，你怎么看（附参考答案）
!m 作者：稳稳上岸　　3 小时前　　浏览 805
{BODY}
!l 沙发　考鸭一号：答得很全面，收藏了
!l 板凳　申论苦手：第三段的措施可以再具体点
!a 回复　｜　只看楼主　｜　加入收藏
""",
        body="""
近年来，一些不法分子以“蝎子养殖包技术、高价回收”为幌子，向农户高价出售种苗，收货时却百般挑剔、拒不回收。对此，我谈几点看法。
首先，这类骗局利用了农民渴望致富的心理，不仅让农户血本无归，也损害了特色养殖产业的声誉。
⟦l 面试一对一精讲班，今晚8点开课，扣1报名⟧
其次，骗局得逞也说明一些地方对新兴养殖项目的监管和服务存在短板。
如果我是基层工作人员，一是会通过村广播、微信群开展防骗宣传；二是会协助受骗农户收集证据，依法维权；三是会联系农业技术部门，帮助农户选择真正有市场的养殖项目。
""",
    ),
    dict(
        slug="baike-minutes-howto-mink-farm-example",
        site="问百科 (invented)",
        style="百科问答",
        genre="回答",
        kind="answer",
        form="text",
        source="https://www.wenbaike.example.com/answer/5521090.html",
        title="会议纪要怎么写？最好有个范例",
        record_title="会议纪要怎么写？最好有个范例 - 问百科",
        date="2025-04-27",
        notes="Q&A encyclopaedia; question as title; a minutes example with 时间/地点/主持/参会 lines kept; ×× placeholders; the answer's 回答于 date; the example's own date differs (answer date expected)",
        page="""
!m 问百科　｜　知识问答
!t 会议纪要怎么写？最好有个范例 - 问百科
!m 网友提问 · 2个回答
!m 优质回答　　公文小助手　　回答于 2025-04-27
{BODY}
!l 赞同 87　｜　反对　｜　评论
!l 相关问题：会议记录和会议纪要有什么区别？　请示的格式是什么？
!d 本回答由网友提供，内容仅供参考
""",
        body="""
会议纪要一般由标题、会议基本情况、议定事项和落款组成。议定事项要写清楚谁负责、什么时候完成。下面给你一个范例。
××镇水貂养殖场环境整治推进会会议纪要
时间：2025年4月20日上午9时
地点：镇政府三楼会议室
主持：副镇长　×××
参会：镇农业服务中心、生态环境所、各养殖场负责人
会议议定：一、各养殖场于5月31日前完成粪污收集池改造；二、镇生态环境所每半月开展一次巡查。
写的时候注意，纪要要用第三人称，以“会议认为”“会议要求”等开头，不要写成流水账。
""",
    ),
    dict(
        slug="netdisk-chantui-cicada-slough-price-notice-html",
        site="飞盘云存储 (invented)",
        style="网盘分享",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.feipanyun.example.com/share/init?surl=Cw8pLq",
        title="关于2025年蝉蜕收购质量标准和价格的通知",
        record_title="关于2025年蝉蜕收购质量标准和价格的通知.docx",
        date="2025-06-30",
        notes="cloud-drive HTML preview; file-name title; share stamps and an expiry; a login-to-save prompt; a price table; 成文日期",
        page="""
<html><head><meta charset="utf-8"><title>关于2025年蝉蜕收购质量标准和价格的通知.docx_免费高速下载|飞盘云</title></head><body>
<div class="pan-top">⟦m 飞盘云存储⟧ ⟦a 登录　注册　客户端下载⟧</div>
<div class="pan-file"><h3>⟦t 关于2025年蝉蜕收购质量标准和价格的通知.docx⟧</h3>
<p>⟦m 分享者：药材收购站　｜　2025-07-02 09:18　｜　失效时间：永久有效⟧</p></div>
<div class="pan-act">⟦a 保存到网盘　　下载(27KB)⟧</div>
<div class="pan-preview">
{BODY}
</div>
<div class="pan-tip">⟦a 登录后可保存文件到自己的网盘，享受2T免费空间⟧</div>
<div class="pan-foot">⟦d 飞盘云严厉打击侵权和违法内容传播⟧</div>
</body></html>
""",
        body="""
各收购点、各采集户：
为规范蝉蜕收购，保障药材质量，现将2025年蝉蜕收购质量标准和价格通知如下。
等级　质量要求　收购价（元/公斤）
统货　干燥、无泥沙、无杂质　260
一等　个大完整、色泽黄亮　300
收购时一律过秤，现场结算，不得压级压价。含泥沙、掺杂的，收购点有权拒收。
采集户上树采集时要注意安全，不得进入林区禁采区域。
檗岭镇中药材收购站
2025年6月30日
""",
    ),
    dict(
        slug="snapshot-jinyinhua-honeysuckle-village-notice-html",
        site="网页快照·岚坪村 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://snapshot.findit.example.com/cache?id=4417&url=lanping-cun.example.cn/cwgk/22.html",
        title="关于金银花采收期间有关事项的通知",
        record_title=None,
        date="2025-05-12",
        notes="snapshot frame around a village page; no record title; snapshot stamp not a date; keyword highlight bar; village committee date under the signature; the committee's own phone",
        page="""
<html><head><meta charset="utf-8"><title>岚坪村村务公开 - 网页快照</title></head><body>
<div class="snap">⟦d 您查看的是该网页在 2025-06-03 的快照版本，可能与当前内容不一致。⟧ ⟦a 访问原网页⟧</div>
<div class="snapkw">⟦d 搜索词已标亮：金银花 采收⟧</div>
<div class="orig">
<div>⟦m 岚坪村村务公开栏⟧</div>
<div>⟦m 首页 ＞ 村务公开 ＞ 通知⟧</div>
<h2>⟦t 关于金银花采收期间有关事项的通知⟧</h2>
{BODY}
<div>⟦m 岚坪村民委员会　　村务监督电话：0739-7782 2001⟧</div>
</div>
</body></html>
""",
        body="""
全体村民：
我村金银花即将进入采收期。为做好采收、晾晒和销售工作，现将有关事项通知如下。
一、采收时间：5月15日至6月15日，请在花蕾由绿转白、尚未开放时采摘。
二、晾晒要求：采摘的花蕾当天摊晒或烘干，不得堆放发热，晾晒场地由村委会统一安排。
三、统一收购：村合作社设立收购点，按质论价，当日结算。
联系人：村委会　谭冬梅，电话：13807397721。
岚坪村民委员会
2025年5月12日
""",
    ),
    dict(
        slug="print-lingjiao-water-caltrop-harvest-notice",
        site="榅原县农业农村局 (invented)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="text",
        source="http://nyncj.wenyuan.example.gov.cn/print.html?id=5120",
        title="关于做好菱角采收安全工作的通知",
        record_title="〔打印稿〕关于做好菱角采收安全工作的通知",
        date="2025-08-26",
        notes="print view in text: a print toolbar, the page URL, a print time (not the date), a print footer with page numbers; decorated title; document number neutral; 抄送 line",
        page="""
!a 〖打印本页〗　〖关闭〗
!t 〔打印稿〕关于做好菱角采收安全工作的通知
榅农发〔2025〕36号
{BODY}
!m 网址：http://nyncj.wenyuan.example.gov.cn/art/2025/8/26/art_5120.html
!m 打印于 2025年12月3日 10:44
!p －1／1－
""",
        body="""
各乡镇人民政府，各村（社区）：
当前正值菱角采收季节，采收作业多在水面进行，存在溺水风险。为保障群众生命安全，现就有关事项通知如下。
一、乘坐菱桶、小船采收的，必须穿着救生衣，严禁单人下水作业。
二、严禁未成年人参与水上采收作业。
三、各村要在采收水域设置警示标志，配备救生圈、救生绳等救援器材。
榅原县农业农村局
2025年8月26日
抄送：县应急管理局，县水利局。
""",
    ),
    dict(
        slug="mail-fwd-kuqiao-buckwheat-mill-request",
        site="工作邮箱转发 (invented)",
        style="邮件转发",
        genre="请示",
        kind="request",
        form="text",
        source="mailto:forward/kuqiao-20250410",
        title="关于苦荞加工厂申请电力增容补助资金的请示",
        record_title="Fw: 关于苦荞加工厂申请电力增容补助资金的请示.docx",
        date="2025-04-08",
        notes="forwarded mail; decorated subject with a file name; mail headers; the forward note with the sender's mobile; send date differs from the request date (document expected, send accepted); the request's own 联系人",
        date_also=["2025-04-10"],
        page="""
!m From: 乡镇企业股 韦涛
!m To: 局办公室
!m Date: 2025-04-10 14:52
!t Fw: 关于苦荞加工厂申请电力增容补助资金的请示.docx
!w 办公室：转来镇里报送的请示，请按程序呈局领导阅示。有事打我手机 139 0773 5588
!m ---------- Forwarded message ----------
{BODY}
!m ——发自移动办公客户端
""",
        body="""
县工业和信息化局：
我镇高山苦荞加工厂是县级农业产业化龙头企业。因新上苦荞茶生产线，现有变压器容量不能满足生产需要，需增容至八百千伏安，预计投资四十六万元。
根据县里支持农产品加工企业发展的有关政策，特申请电力增容补助资金十五万元。
妥否，请批示。
联系人：镇经济发展办　覃丽，电话：0773-8861 205。
槲原县岩口镇人民政府
2025年4月8日
""",
    ),
]

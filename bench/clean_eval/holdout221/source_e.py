"""holdout221, part E: a residents' site, trade associations, companies, training schools, writing apps
and civil-service-exam forums.

Invented text (places, people, sites, URLs, phones); see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="community-zhuwan-shutter-quiet-pledge-follow",
        site="蓫湾社区服务网 (invented residents' site)",
        style="社区网站",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.zhuwansq.example.cn/gg/2025-04-10/63.html",
        title="关于夜间轻拉卷帘门的倡议书",
        record_title="【睦邻倡议】关于夜间轻拉卷帘门的倡议书 - 蓫湾社区服务网",
        date="2025-04-10",
        notes="residents' site in text: the pledge asks residents to follow the community account and to share the pledge (content); a grid box and a property line at the bottom",
        page="""
!m 蓫湾社区服务网
!m 社区首页 › 社区公告
!t 【睦邻倡议】关于夜间轻拉卷帘门的倡议书
!m 发布人：社区居委会　时间：2025-04-10　浏览：198
{BODY}
!l 点赞 52　｜　我要留言
!m 网格服务：第二网格 伍小满 139-0593-2716
!m 物业客服：0593-6261155
""",
        indent="\u3000\u3000",
        body="""
蓫湾社区的商户朋友们：
近来，不少居民反映，部分临街商铺早晚开关卷帘门的声音过大，影响休息。为营造安静和谐的居住环境，社区居委会向大家倡议：
一、晚上十点至次日早上七点，开关卷帘门时请轻拉轻放，电动卷帘门请放慢速度。
二、定期为卷帘门导轨加注润滑油，门片变形的及时维修更换。
三、关注“蓫湾社区”公众号，在“邻里议事”栏目留言提出意见建议。
远亲不如近邻。请把这份倡议分享给身边的商户朋友，让我们互相体谅，共同守护街区的宁静。
蓫湾社区居民委员会
2025年4月10日
""",
    ),
    dict(
        slug="association-yanzhou-pen-content-pledge-member-login",
        site="檿州市教育装备行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://www.yzjyzb.example.org.cn/xhdt/2025/0606/90.html",
        title="点读笔内容审核自律倡议书",
        record_title="〖自律承诺〗点读笔内容审核自律倡议书_协会公告_檿州市教育装备行业协会",
        date="2025-06-06",
        notes="association site: member-login row and member hotline; the association's name in the header also stands in the body and signature (matched as head)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〖自律承诺〗点读笔内容审核自律倡议书_协会公告_檿州市教育装备行业协会</title></head><body>
<div class="login">⟦a 会员单位登录　｜　申请入会　｜　会费查询⟧</div>
<div class="hd">⟦m 檿州市教育装备行业协会⟧</div>
<div class="nav">⟦m 协会首页　协会公告　行业资讯　会员名录　标准规范⟧</div>
<h1>{T}</h1>
<div class="attr">⟦m 发布：协会秘书处　日期：2025-06-06⟧</div>
<div class="con">
{BODY}
</div>
<div class="side"><h4>⟦l 协会公告⟧</h4><p>⟦l 关于召开2025年会员大会的预通知⟧</p><p>⟦l 校园智能终端团体标准征求意见⟧</p></div>
<div class="ft">⟦m 会员服务热线：0591-8736620⟧　⟦m 地址：檿州市科创路9号⟧</div>
</body></html>
""",
        body="""
全市点读笔生产、销售企业：
点读笔已走进千家万户，成为孩子学习的好帮手。点读内容是否准确、健康，直接关系少年儿童的成长。为此，檿州市教育装备行业协会向全体会员单位发出如下倡议：
一、建立内容审核制度，对点读音频、绘本和习题逐一审校，不上线未经审核的内容。
二、不在点读资源中植入游戏、广告和付费诱导链接。
三、如实宣传产品功能，不夸大“提分”“包过”等效果。
四、开通投诉渠道，及时处理家长反映的问题。
檿州市教育装备行业协会
2025年6月6日
""",
    ),
    dict(
        slug="association-maoyang-door-branch-minutes-vote",
        site="楙阳县门窗幕墙行业协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://www.mymcxh.example.cn/news/2025/0224/38.html",
        title="楙阳县门窗幕墙行业协会卷帘门分会第二次会员大会会议纪要",
        record_title="〔秘书处发布〕楙阳县门窗幕墙行业协会卷帘门分会第二次会员大会会议纪要",
        date="2025-02-22",
        date_also=["2025-02-21", "2025-02-24"],
        notes="association text page: minutes with 时间/地点/主持/出席/记录 lines and a vote count; the meeting date and the posting date differ from the date under the signature",
        page="""
!m 楙阳县门窗幕墙行业协会
!m 首页 » 协会动态
!t 〔秘书处发布〕楙阳县门窗幕墙行业协会卷帘门分会第二次会员大会会议纪要
!m 发布于 2025-02-24　阅读 133
{BODY}
!l 上一条：协会走访会员企业开展节后安全检查
!a 会员可登录后下载会议材料
!m 协会秘书处电话：0598-5377012
""",
        indent="\u3000\u3000",
        body="""
时间：2025年2月21日上午9:00
地点：县工商联大楼五楼会议室
主持：分会会长 钟启航
出席：会员单位代表31人
记录：秘书处 温若溪
会议审议了《卷帘门安装服务规范（试行）》和2025年分会工作计划。纪要如下：
一、会议表决通过《卷帘门安装服务规范（试行）》，表决结果为同意29票、反对0票、弃权2票。
二、会议要求各会员单位自4月1日起执行该规范，电动卷帘门安装一律加装防坠器和遇阻回弹装置。
三、会议决定于5月组织一次安装工技能培训，由秘书处负责具体安排。
楙阳县门窗幕墙行业协会卷帘门分会秘书处
2025年2月22日
""",
    ),
    dict(
        slug="company-molan-ereader-charger-recall-h1",
        site="檿州墨澜数码科技有限公司 (invented)",
        style="企业官网",
        genre="召回公告",
        kind="notice",
        form="html",
        source="https://www.molan-tech.example.com/news/notice/2025010601.html",
        title="关于召回部分批次“墨澜”电子书阅读器充电器的公告",
        record_title=None,
        record_date="2025-01-06",
        date="2025-01-06",
        notes="company site: no record title, the <h1> is the title; record date; cookie notice, service float; a recall line in the notice beside the site's 400 order line; recalled batches table",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>新闻中心 - 墨澜数码</title></head><body>
<div class="cookie">⟦d 我们使用 Cookie 改善浏览体验，继续浏览即表示同意⟧ <button>⟦a 知道了⟧</button></div>
<header>⟦m 墨澜数码 MOLAN⟧ <nav>⟦m 产品　新闻中心　服务支持　关于墨澜⟧</nav></header>
<div class="bc">⟦m 首页 / 新闻中心 / 公司公告⟧</div>
<h1>{T}</h1>
<div class="date">⟦m 2025.01.06 ｜ 公司公告⟧</div>
<article>
{BODY}
</article>
<div class="service">⟦w 在线客服 · 工作日 9:00—18:00⟧</div>
<footer>⟦m 产品订购热线：400-8261-000⟧　⟦m © 2025 檿州墨澜数码科技有限公司⟧</footer>
</body></html>
""",
        body="""
近日，我公司在质量回访中发现，2024年9月至11月生产的部分“墨澜”电子书阅读器随机附赠的充电器，在长时间充电时可能出现外壳过热现象，存在一定安全隐患。为保障消费者安全，我公司决定主动召回上述充电器。
召回范围如下：
产品型号　充电器批次　数量
墨澜M6　CH2409—CH2411　6820个
墨澜M7 Pro　CH2410—CH2411　3150个
召回期间，请用户停止使用上述充电器，我公司将免费更换新款充电器，并承担往返快递费用。
召回专线：400-8261-335（每日9:00—21:00）
檿州墨澜数码科技有限公司
2025年1月6日
""",
    ),
    dict(
        slug="company-mingche-lamp-free-check-record",
        site="檖岭明澈照明电器有限公司 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.mingche-light.example.cn/gonggao/2025/07/01.html",
        title="关于部分型号护眼台灯开展免费检测服务的公告",
        date="2025-07-01",
        notes="record title as is; the company's after-sales line in the notice beside the site's order hotline",
        page="""
!m 明澈照明 · 让光更温柔
!m 首页 | 产品中心 | 服务与支持 | 新闻公告
{T}
!m 发布日期：2025-07-01　　浏览：1208
{BODY}
!a 转给朋友看：微信好友　朋友圈
!m 全国订购热线：400-0596-118
!m 檖岭明澈照明电器有限公司　粤ICP备18075243号
""",
        indent="\u3000\u3000",
        body="""
尊敬的用户：
近期，有用户反映我公司2023年生产的LT-30系列护眼台灯使用两年后亮度有所下降。为保障用户用眼健康，我公司决定自即日起至2025年12月31日，为该系列台灯提供免费检测服务。
一、服务内容：免费检测照度、频闪和色温，对光衰明显的灯板免费更换。
二、服务方式：用户可将台灯送至各地售后网点，或拨打售后服务电话预约上门取件。
三、售后服务电话：0596-4471230。
给您带来的不便，我们深表歉意。
檖岭明澈照明电器有限公司
2025年7月1日
""",
    ),
    dict(
        slug="training-shuya-pen-english-brochure-float",
        site="书芽少儿英语 (invented training school)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.shuya-english.example.cn/zs/2025spring.html",
        title="幼小衔接英语启蒙周末班招生简章",
        record_title="【开春招新】幼小衔接英语启蒙周末班招生简章 - 书芽少儿英语",
        date=None,
        notes="training school: promo banner, consult float; the school's 报名电话 in the brochure beside its franchise hotline; the school's name in the header also opens the body (head); no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【开春招新】幼小衔接英语启蒙周末班招生简章 - 书芽少儿英语</title></head><body>
<div class="banner">⟦a 报名即送绘本大礼包，名额有限先到先得⟧</div>
<div class="hd">⟦m 书芽少儿英语⟧ <nav>⟦m 首页　课程体系　师资团队　校区地址⟧</nav></div>
<h1>{T}</h1>
<div class="article">
{BODY}
</div>
<div class="float">⟦w 课程顾问在线 · 点我免费领试听课⟧</div>
<div class="ft">⟦m 加盟合作热线：400-6602-7315⟧　⟦m 书芽教育科技 版权所有⟧</div>
</body></html>
""",
        body="""
书芽少儿英语幼小衔接英语启蒙周末班现面向5至7岁儿童招生。
一、课程安排：每周六上午9:00—10:30，共16周，小班教学，每班不超过16人。
二、教学特色：以自然拼读和绘本阅读为主，每名学员配发点读笔一支，课后可点读绘本跟读，家长在家也能陪练。
三、课程费用：学费2880元，含教材和点读笔，不另收费。
四、报名方式：到校区前台现场报名，或拨打报名电话0592-3356606预约试听。
""",
    ),
    dict(
        slug="training-yinxing-elder-ereader-class-list",
        site="银杏老年学堂 (invented)",
        style="培训机构",
        genre="开课通知",
        kind="notice",
        form="text",
        source="http://www.yinxingxt.example.cn/kc/118.html",
        title="长辈电子书阅读器使用公益课堂开课通知",
        record_title="（公益·免费）长辈电子书阅读器使用公益课堂开课通知 - 银杏老年学堂",
        date=None,
        notes="training school text page: a numbered course list; the class's own 报名 phone beside the school's consult WeChat; no date",
        page="""
!m 银杏老年学堂 · 老有所学
!m 课程中心 > 公益课堂
!t （公益·免费）长辈电子书阅读器使用公益课堂开课通知
!m 热度 ★★★★　已报名 36 人
{BODY}
!a 【我要报名】　【转发给爸妈】
!w 课程咨询请加学堂小助手微信：yinxing_xt01
!m 银杏老年学堂　地址：檖岭县康乐路3号
""",
        indent="\u3000\u3000",
        body="""
为帮助老年朋友跨越“数字鸿沟”，银杏老年学堂联合县图书馆开设长辈电子书阅读器使用公益课堂，欢迎各位长辈报名参加。
课程内容：
1.阅读器开关机、充电和字号调节；
2.从图书馆数字平台借阅和导入电子书；
3.护眼阅读小常识。
上课时间：每周二、周四下午2:30—4:00，每期四次课。
上课地点：学堂二楼多功能教室，现场提供阅读器，无需自带。
报名方式：到学堂前台登记，或请子女代为电话报名，电话0598-5371126。
""",
    ),
    dict(
        slug="fanwenapp-biling-debrief-lamp-logistics-ai",
        site="笔灵写作 (invented writing app, H5 share)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="html",
        source="https://h5.bilingxiezuo.example.com/share/art?id=a8812f0",
        title="学校后勤主任2024年度述职报告",
        record_title="学校后勤主任2024年度述职报告（优选范本）- 笔灵写作",
        date="2025-01-15",
        notes="writing app H5 share: open-app mask, an AI-polish button glued after a 。, a fold line between paragraphs; 成文日期 under the 述职人 line",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>学校后勤主任2024年度述职报告（优选范本）- 笔灵写作</title></head><body>
<div class="mask">⟦a 打开笔灵写作，AI 帮你写完剩下的⟧ <button>⟦a 立即打开⟧</button></div>
<div class="art">
<h2>{T}</h2>
<div class="author">⟦m 笔灵写作·范文库　1.8万人已使用⟧</div>
{BODY}
</div>
<div class="bar">⟦a 一键套用　｜　AI 改写　｜　复制全文⟧</div>
<div class="rec"><h4>⟦l 相似范文⟧</h4><p>⟦l 学校总务主任个人述职报告⟧</p><p>⟦l 后勤副校长年度述职⟧</p></div>
</body></html>
""",
        body="""
各位领导、老师们：
2024年，我在学校党支部和校长室的领导下，分管后勤保障工作。现将一年来的履职情况报告如下。
一、扎实推进护眼环境改造。暑假期间，组织完成全校二十四间教室照明改造，更换无频闪灯具二百八十八套；为寄宿生配齐护眼台灯三百二十台，逐台登记编号。⟦a ✦AI润色此段⟧
⟦a —— 展开剩余内容 ——⟧
二、抓好校舍安全管理。坚持每周巡查，全年排查整改隐患三十七处。
三、规范经费使用。严格执行采购制度，所有采购项目均公开比价，全年未发生违规问题。
不足之处是台灯使用后的日常维护还不够及时，个别宿舍台灯损坏后更换周期偏长。新的一年，我将建立台灯报修台账，做到随报随修。
述职人：褚明远
2025年1月15日
""",
    ),
    dict(
        slug="fanwenapp-luobi-host-script-helmet-class",
        site="落笔App (invented writing app)",
        style="范文APP",
        genre="主持词",
        kind="other",
        form="text",
        source="https://m.luobi.example.cn/t/55201",
        title="“戴好头盔 平安回家”主题班会主持词",
        record_title="“戴好头盔 平安回家”主题班会主持词（套用即可）- 落笔App",
        date=None,
        notes="writing app share as text: a host script with lines without sentence punctuation; an open-app line and a member line around it; no date",
        page="""
!a 在落笔App内打开，查看完整排版
!t “戴好头盔 平安回家”主题班会主持词（套用即可）
!m 落笔范文 · 班会主持词　　已有 5342 位老师使用
{BODY}
!a 开通落笔会员，范文不限次下载
!l 你可能还想看：交通安全主题班会教案　｜　防溺水班会主持词
""",
        body="""
甲：亲爱的同学们，
乙：敬爱的老师们，
合：大家下午好！
甲：每天放学，很多同学坐着爸爸妈妈的电动车回家。
乙：可是，你们有没有提醒过家长戴好头盔呢？
甲：今天，我们就一起来开一次“戴好头盔 平安回家”主题班会。
乙：首先，请大家观看交警叔叔录制的安全视频。
甲：看了视频，大家有什么感想？请同学们举手发言。
乙：下面，请小组代表演示头盔的正确戴法：系好下巴带，松紧以能伸进一根手指为宜。
合：戴好头盔，平安回家！本次主题班会到此结束。
""",
    ),
    dict(
        slug="gkforum-shangan-essay-ereader-reading-jammer",
        site="上岸驿站 (invented civil-service-exam forum)",
        style="公考论坛",
        genre="申论文章",
        kind="other",
        form="html",
        source="https://bbs.shangan-yz.example.com/thread-66731-1-1.html",
        title="从“阅读器热”看全民阅读的新机遇",
        record_title="〔申论打卡·第12天〕从“阅读器热”看全民阅读的新机遇（请大家帮忙挑挑毛病） - 申论练兵场 - 上岸驿站",
        date=None,
        notes="exam forum: jammer-font junk inside an essay, a reply-to-see prompt, a rating row and a study-group ad; a relative post time",
        page="""
<html><head><meta charset="utf-8"><title>〔申论打卡·第12天〕从“阅读器热”看全民阅读的新机遇（请大家帮忙挑挑毛病） - 申论练兵场 - 上岸驿站</title>
<style>.jammer{position:absolute;left:-9999px}</style></head><body>
<div id="hd">⟦m 上岸驿站 · 公考人的加油站⟧ <a>⟦a 登录⟧</a></div>
<div id="pt">⟦m 上岸驿站 › 申论练兵场 › 主题⟧</div>
<h1>⟦t 〔申论打卡·第12天〕从“阅读器热”看全民阅读的新机遇（请大家帮忙挑挑毛病）⟧</h1>
<div class="authi">⟦m 岸边等风来　发表于 5 天前　|　只看该作者⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="locked">⟦a 本帖隐藏的批改意见需回复后可见⟧</div>
<div class="rate">⟦l 评分：思路清晰 +2　语言流畅 +1⟧</div>
<div class="ad">⟦w 申论一对一批改群，进群请加 QQ 2261937045⟧</div>
<div id="ft">⟦m 上岸驿站 鄂ICP备22009617号⟧</div>
</body></html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=3),
        body="""
近年来，电子书阅读器从“小众玩具”变成了不少人的随身书房。地铁上、候车室里，低头看墨水屏的人越来越多。这股“阅读器热”，折射出全民阅读的新机遇。
阅读器热，热在需求。快节奏生活中，人们渴望整块的、安静的阅读时间，而不弹窗、不推送的阅读器恰好满足了这种需求。
阅读器热，也暴露短板。优质正版电子书供给不足、老年人使用门槛高、农村地区普及率低，都制约着数字阅读的进一步发展。
推动全民阅读，既要顺势而为，也要补齐短板。一方面，公共图书馆应扩大电子书资源借阅，探索阅读器外借服务；另一方面，要加大对农家书屋、社区书屋的数字化投入，让更多群众“读得到、读得好”。
书香社会，需要每一块屏幕都亮起知识的光。
""",
    ),
    dict(
        slug="gkforum-tongxing-interview-shutter-injury-junk",
        site="公考同行社区 (invented exam forum)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="text",
        source="https://www.gktongxing.example.com/post/90317",
        title="你是社区工作人员，辖区商户卷帘门夹伤儿童，你如何组织开展安全排查？",
        record_title="【结构化日日练】你是社区工作人员，辖区商户卷帘门夹伤儿童，你如何组织开展安全排查？（内附参考作答）- 结构化面试 - 公考同行社区",
        date=None,
        notes="exam forum text thread: junk lines and glued junk; replies and a study-group line; posted 4 days ago",
        page="""
!m 公考同行社区
!m 首页 › 结构化面试 › 每日一题
!t 【结构化日日练】你是社区工作人员，辖区商户卷帘门夹伤儿童，你如何组织开展安全排查？（内附参考作答）
!m 面试小分队　4 天前　浏览 1,907　回复 33
{BODY}
!l 1# 明年一定上岸：第二点可以再细一点，分工要说清楚
!l 2# 面试小分队：收到，谢谢建议
!w 想进面试互练群的私信小分队，备注“日日练”
!m 公考同行社区　京ICP备23040018号
""",
        junk=dict(lines=2, glued=2),
        body="""
参考答案：
卷帘门夹伤儿童事件关系群众生命安全，我会第一时间行动，做到救治有力、排查到位、整改彻底。
第一，先处置。立即赶到现场，协助家属送医，了解事件经过，安抚家属情绪，并及时向领导汇报。
第二，摸底数。联合市场监管、消防等部门，对辖区沿街商户的卷帘门逐户登记，重点检查防坠器和遇阻回弹装置。
第三，抓整改。对存在隐患的，下发整改提示单，明确整改时限；对整改不力的，移交有关部门依法处理。
第四，强宣传。通过社区公众号、楼道海报等形式，提醒家长看护好孩子，不要在卷帘门下玩耍。
最后，我会建立长效巡查机制，把卷帘门安全纳入日常网格巡查内容。
""",
    ),
]

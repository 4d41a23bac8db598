"""holdout86, part D: combine-harvester operators on cross-region harvest (跨区机收) — an
operator's blog, an account's speech, a shared service plan, a vocational school's notice, a
machinery dealer's intranet report, a Q&A, an old operator's collection, a Party branch's summary,
a hospital's heat-stroke advice, a college's volunteer news, a town forum, a download station's
contract and a snapshot of a service-station notice. Invented text, sites and chrome."""

CASES = [
    dict(
        slug="blog-html-jishou-harvest-diary",
        site="麦客老霍的博客 (invented)",
        style="博客",
        genre="随笔",
        kind="essay",
        form="html",
        source="http://laohuo.blogspace.example.com/article/20250612.html",
        title="跨区机收第二十天",
        record_title="跨区机收第二十天 - 麦客老霍的博客",
        date="2025-06-12",
        notes="HTML blog: tag cloud, archive list, a bracketed post time as the page's date; prev/next; comment box; a 'reading time' note",
        page="""
<html><head><meta charset="utf-8"><title>跨区机收第二十天 - 麦客老霍的博客</title></head><body>
<div class="blogname">⟦m 麦客老霍的博客⟧ ⟦m 一台收割机，半个中国⟧</div>
<h2>⟦t 跨区机收第二十天⟧</h2>
<div class="posttime">⟦m [2025-06-12 22:40]⟧ ⟦m 阅读约需2分钟⟧</div>
<div class="post">
{BODY}
</div>
<div class="tags">⟦l 标签：麦收　跨区作业　收割机⟧</div>
<div class="nav">⟦l « 过黄河那天⟧ ⟦l 到家了 »⟧</div>
<div class="side"><h4>⟦l 文章归档⟧</h4><ul><li>⟦l 2025年6月(9)⟧</li><li>⟦l 2025年5月(4)⟧</li></ul></div>
<div class="cmt">⟦l 发表评论　已有5条评论⟧</div>
</body></html>
""",
        body="""
今天在霓原县北边的坡地收了一百二十亩，地块小，转弯多，比平原慢了一半。
中午机器的割台链条断了一节，幸好随车带着配件，半小时就换好了。
晚上住在地头的帐篷里，和两个同乡算了算账，这一季收入比去年略少，油价涨了不少。
明天往北转场，听说那边麦子还得再等三四天才能开镰。
""",
    ),
    dict(
        slug="wechat-nongji-speech-harvest-mobilization",
        site="霖湾农机（公众号镜像） (invented)",
        style="公众号镜像",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://wx.mirrorhub.example.com/a/linwan-nongji/20250526",
        title="在全县“三夏”跨区机收动员会上的讲话",
        record_title="在全县“三夏”跨区机收动员会上的讲话",
        date="2025-05-26",
        date_also=["2025-05-27"],
        notes="WeChat mirror as text: account line; speaker and date under the title neutral; the account's later publish date also accepted; 在看/分享 row; original-link line; a follow prompt on its own line inside the body",
        page="""
!m 霖湾农机　2025-05-27
!t 在全县“三夏”跨区机收动员会上的讲话
县农业农村局局长　纪海涛
（2025年5月26日）
{BODY}
!l 阅读原文　分享　在看
!m 原文链接：https://mp.example.com/s/lwnj0527
""",
        body="""
同志们：
今年全县小麦种植面积四十二万亩，预计投入联合收割机一千六百台，其中外出跨区作业的八百多台。
各乡镇要提前摸清机具底数，组织机手参加安全培训，做到人证相符、机证相符。
⟦a 👆关注霖湾农机，获取最新农机资讯⟧
农机监理部门要在国道出入口设立服务点，为跨区机手提供免费检修和政策咨询。
希望大家抓住晴好天气，确保颗粒归仓。
""",
    ),
    dict(
        slug="docshare-html-service-station-plan-markers",
        site="慧享文档 (invented)",
        style="文档分享",
        genre="方案",
        kind="plan",
        form="html",
        source="https://www.huixiangdoc.example.com/doc/4471208.html",
        title="2025年跨区机收接待服务站工作方案",
        record_title="2025年跨区机收接待服务站工作方案（word可编辑）",
        date=None,
        notes="HTML sharing reader: page markers ⎡n⎦ as paragraphs cutting sentences; decorated title; 'download Word' and 'favourite' row; no date (a year in the title only)",
        pages=dict(fmt="⎡{n}⎦", every=110, start=2),
        page="""
<html><head><meta charset="utf-8"><title>2025年跨区机收接待服务站工作方案（word可编辑） - 慧享文档</title></head><body>
<div class="hd">⟦m 慧享文档⟧ ⟦a 登录⟧ ⟦a 上传⟧</div>
<h1>⟦t 2025年跨区机收接待服务站工作方案（word可编辑）⟧</h1>
<div class="bar">⟦a 下载Word　收藏　分享⟧ ⟦m 格式：docx　页数：3⟧</div>
<div class="reader">
{BODY}
</div>
<div class="end">⟦a 阅读已结束，下载本文需要1积分⟧</div>
<div class="rel">⟦l 你可能喜欢：麦收期间农机安全生产方案 | 农机维修服务承诺书⟧</div>
</body></html>
""",
        body="""
一、服务站设置
在县境内京昆线和省道两处入口各设接待服务站一个，实行二十四小时值班。
二、服务内容
（一）为外地机手提供作业信息、天气预报和住宿指引。
（二）组织农机维修网点开展免费检修，配足常用配件。
（三）设置休息区，提供开水、防暑药品。
三、工作要求
各服务站要设立公开联系电话，建立机手接待台账，每日向县农机服务中心报送接待情况。
""",
    ),
    dict(
        slug="edu-zhijiao-notice-harvester-training",
        site="霑阳市职业教育中心 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.zyzjzx.example.edu.cn/tzgg/2025/0415/806.html",
        title="关于举办联合收割机驾驶操作培训班的通知",
        record_title="关于举办联合收割机驾驶操作培训班的通知_通知公告_霑阳市职业教育中心",
        date="2025-04-15",
        notes="school site as text: decorated record title; course table kept; the notice's own 报名咨询 line beside the school's switchboard; 附件 kept; 发布者 line",
        page="""
!m 霑阳市职业教育中心
!m 首页　学校概况　专业建设　招生就业　社会培训
!m 当前位置：首页 » 通知公告
!t 关于举办联合收割机驾驶操作培训班的通知
!m 发布者：培训处　发布时间：2025-04-15　阅读 632
{BODY}
!m 学校总机：0742-8210001　地址：霑阳市职教路1号
!d 霑阳市职业教育中心 版权所有
""",
        body="""
各乡镇农业综合服务中心：
为满足“三夏”跨区机收需要，我中心定于5月6日至5月15日举办联合收割机驾驶操作培训班。
时间　内容
5月6日至9日　机械构造与保养
5月10日至13日　田间实际操作
5月14日至15日　安全法规与考试
报名咨询：0742-8210356（培训处 龚老师）
附件：培训报名表
霑阳市职业教育中心
2025年4月15日
""",
    ),
    dict(
        slug="oa-nongjizhan-report-harvester-sales",
        site="丰疆农机销售公司OA (invented)",
        style="企业内网",
        genre="报告",
        kind="report",
        form="text",
        source="http://oa.fengjiangnj.example.local/doc/1190",
        title="五月份收割机销售和售后服务情况报告",
        record_title="内部公文-五月份收割机销售和售后服务情况报告",
        date="2025-06-03",
        notes="intranet export as text: decorated title '内部公文-'; approval trail; a data table; an export stamp (no date); the report's own date",
        page="""
!m 丰疆农机协同办公系统
!m 公文 > 报告 > 查看
!t 内部公文-五月份收割机销售和售后服务情况报告
!m 拟稿：销售部 杭琳　审核：副总经理 柯平
{BODY}
!m 审批意见：同意，请售后部抓好麦收期间服务。——总经理 苗建 2025-06-04
!m 导出时间：2025-06-20 17:03　导出人：admin
""",
        body="""
五月份公司共销售联合收割机六十八台，同比增长百分之十二。
机型　销量（台）　占比
4LZ-6型　41　60.3%
4LZ-8型　27　39.7%
麦收期间，公司派出流动服务车六台，跟随跨区机收队伍提供上门维修一百四十余次。
下一步，公司将提前备足玉米收获机配件，做好秋收服务准备。
销售部
2025年6月3日
""",
    ),
    dict(
        slug="qa-html-nongwen-harvester-insurance",
        site="农问网 (invented)",
        style="问答社区",
        genre="问答",
        kind="answer",
        form="html",
        source="https://www.nongwen.example.com/question/7781200.html",
        title="联合收割机跨区作业需要买哪些保险？",
        record_title=None,
        date="2025-05-30",
        notes="HTML Q&A: question title missing in the record; an expert's answer with a 回答于 line as the page date; an expert card; 'ask an expert' prompt; vote counts",
        page="""
<html><head><meta charset="utf-8"><title>联合收割机跨区作业需要买哪些保险？ - 农问网</title></head><body>
<div class="hd">⟦m 农问网 · 种养技术问答⟧ ⟦a 我要提问⟧</div>
<h1>⟦t 联合收割机跨区作业需要买哪些保险？⟧</h1>
<div class="q">⟦m 提问：霏岭机手 · 浏览 1408⟧</div>
<div class="ans">
<div class="who">⟦m 农机专家 庞卫国　回答于 2025-05-30⟧</div>
{BODY}
</div>
<div class="vote">⟦l 赞同 56　反对 1　收藏⟧</div>
<div class="ad">⟦w 想请专家一对一解答？添加客服微信 nongwen888⟧</div>
<div class="more">⟦l 相关问题：收割机上路需要什么证件？⟧</div>
</body></html>
""",
        body="""
跨区作业的联合收割机建议购买三类保险。
第一是农机交通事故责任强制保险，收割机转场需要上道路行驶，这是必须的。
第二是农机具综合保险，保障机器在作业中因火灾、倾覆等造成的损失。
第三是驾驶人和辅助人员的意外伤害保险，很多地方对农机保险有财政补贴，可以到当地农机部门咨询。
""",
    ),
    dict(
        slug="collection-html-maike-memoir-harvest",
        site="麦客岁月文集 (invented)",
        style="个人文集",
        genre="回忆录",
        kind="essay",
        form="html",
        source="http://www.maikesuiyue.example.com/wenji/juan2/31.html",
        title="第一次开着收割机出远门",
        record_title="麦客岁月·卷二第31篇｜第一次开着收割机出远门",
        date=None,
        notes="HTML personal collection: decorated title; a volume menu; a 整理于 line and a visit counter (no dates); a copyright note",
        page="""
<html><head><meta charset="utf-8"><title>第一次开着收割机出远门 - 麦客岁月文集</title></head><body>
<div class="hd">⟦m 麦客岁月文集⟧</div>
<div class="menu">⟦l 卷一　卷二　卷三　留言簿⟧</div>
<h2>⟦t 麦客岁月·卷二第31篇｜第一次开着收割机出远门⟧</h2>
<div class="info">⟦m 整理于 2年前　访问 911⟧</div>
<div class="txt">
{BODY}
</div>
<div class="nav">⟦l 上一篇：买机器借的钱⟧ ⟦l 下一篇：河北的那户人家⟧</div>
<div class="ft">⟦d 文集内容归作者家人所有，未经同意请勿转载⟧</div>
</body></html>
""",
        body="""
那年我二十六岁，和堂哥合伙买了第一台自走式收割机，一门心思想出去闯一闯。
五月底从家里出发，一路往南，白天收麦，夜里睡在机器旁边，蚊子咬得睡不着。
最难的一次是在一个陌生的村子里机器坏了，村里的老乡给我们送来饭菜，还帮着找修理师傅。
后来跑了十几年跨区，走过七八个省，可最记得的还是那一年。
""",
    ),
    dict(
        slug="dangjian-text-summary-harvest-party-service",
        site="霄城县农业农村局机关党建 (invented)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://nyj.xiaocheng.example.gov.cn/djgz/2025/0702/118.html",
        title="机关党支部“三夏”机收服务工作总结",
        record_title="【主题党日】机关党支部“三夏”机收服务工作总结",
        date="2025-07-02",
        notes="Party-building text page: decorated title; a font-size row and a share bar; a numbered list kept; 发布日期 line as the page's date",
        page="""
!m 霄城县农业农村局　机关党建
!m 首页 ＞ 支部工作
!t 【主题党日】机关党支部“三夏”机收服务工作总结
!m 发布日期：2025-07-02　来源：机关党支部
!a 【大 中 小】
{BODY}
!l 分享：微信 微博 QQ
!l 上一篇：支部开展廉政警示教育　下一篇：党员志愿服务队走进田间
""",
        body="""
“三夏”期间，机关党支部组织党员干部开展机收服务主题党日活动，取得了较好成效。
1.设立党员服务岗三个，为过境机手提供茶水、药品和信息咨询。
2.组织党员随农机部门开展安全检查，检查收割机二百一十台。
3.协调解决机手反映的加油难、住宿难等问题十一件。
今后，支部将把机收服务作为常态化志愿服务项目坚持下去。
""",
    ),
    dict(
        slug="hospital-text-heatstroke-harvest-operators",
        site="霈川县中医院 (invented)",
        style="医院官网",
        genre="科普",
        kind="article",
        form="text",
        source="https://www.pcxzyy.example.com/jkkp/2025/0605/204.html",
        title="麦收机手防中暑，记住这几点",
        record_title="【健康科普】麦收机手防中暑，记住这几点",
        date="2025-06-05",
        notes="hospital text page: decorated title; online-consult prompt; the hospital's 24-hour line beside the article's own 咨询电话 kept; a sentence telling readers to 扫码 the hospital's account kept",
        page="""
!m 霈川县中医院　国家二级甲等中医医院
!a 预约挂号　|　在线咨询
!m 首页 > 健康科普
!t 【健康科普】麦收机手防中暑，记住这几点
!m 作者：急诊科 姚春燕　日期：2025-06-05　阅读量：1320
{BODY}
!m 24小时急救电话：0738-7120120
!d 本文内容仅供健康科普，不能替代医生诊疗。
""",
        body="""
麦收季节气温高，机手长时间在驾驶室作业，容易发生中暑。
一要合理安排作业时间，中午最热的时候尽量休息。
二要少量多次饮水，可以喝些淡盐水或绿豆汤。
三要注意驾驶室通风，出现头晕、恶心时立即停机到阴凉处休息。
扫码关注医院公众号可查看更多防暑知识，咨询电话：0738-7123316（治未病科）。
""",
    ),
    dict(
        slug="university-text-volunteers-harvest-service",
        site="霁川农业大学新闻网 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="text",
        source="https://news.jcau.example.edu.cn/xyxw/2025/0618/4412.htm",
        title="我校学生志愿者服务“三夏”机收一线",
        record_title="我校学生志愿者服务“三夏”机收一线-霁川农业大学新闻网",
        date="2025-06-18",
        notes="university news as text: decorated title; 文/图/编辑/审核 line glued after the last paragraph; click count; prev/next",
        page="""
!m 霁川农业大学新闻网
!m 首页 > 校园新闻
!t 我校学生志愿者服务“三夏”机收一线
!m 2025-06-18　点击：[1287]
{BODY}
!l 上一条：学校召开毕业生就业工作推进会
!l 下一条：农学院举办麦田开放日
""",
        body="""
6月上旬，机械与电气工程学院组织四十名学生志愿者分赴六个县开展“三夏”机收服务。
志愿者们在服务站帮助检修收割机一百余台次，向机手发放安全手册两千份。
学院还开展了收割机作业损失率测定，为当地农机部门提供了数据参考。⟦m （文/图 余慧　编辑 林舟　审核 蒋立）⟧
""",
    ),
    dict(
        slug="townforum-html-harvest-price-jammer",
        site="霓原在线论坛 (invented)",
        style="地方论坛",
        genre="帖子",
        kind="post",
        form="html",
        source="http://bbs.nyzx.example.net/thread-55102-1-1.html",
        title="今年本地收麦一亩多少钱？大家说说",
        record_title="今年本地收麦一亩多少钱？大家说说",
        date="2025-06-01",
        notes="HTML town forum with jammer fonts; a price table in the post kept; 发布于 as the page date; floors under the post",
        junk=dict(lines=1, glued=1),
        page="""
<html><head><meta charset="utf-8"><title>今年本地收麦一亩多少钱？大家说说 - 霓原在线论坛</title></head><body>
<div class="hd">⟦m 霓原在线 · 家乡的网上家园⟧</div>
<div class="crumb">⟦m 霓原在线 » 三农天地⟧</div>
<h1>⟦t 今年本地收麦一亩多少钱？大家说说⟧</h1>
<div class="pinfo">⟦m 楼主：坡头种粮户　发布于 2025-06-01 07:55⟧</div>
<div class="post">
{BODY}
</div>
<div class="floor">⟦l 沙发　机手小王：南乡那边今年都是六十。⟧</div>
<div class="floor">⟦l 板凳　路过：坐等价格⟧</div>
<div class="reply">⟦a 发表回复⟧</div>
</body></html>
""",
        body="""
麦子这几天就能收了，问了几家机手，报价不太一样，整理一下给大家参考。
地块　报价（元/亩）
平地大块　55
坡地小块　70
倒伏地块　80
倒伏的麦子费工夫，贵一点也正常，大家收之前最好把价钱说清楚。
""",
    ),
    dict(
        slug="download-text-harvest-contract-template",
        site="合同下载网 (invented)",
        style="资料下载站",
        genre="合同",
        kind="contract",
        form="text",
        source="http://www.hetongxz.example.com/nongye/6613.html",
        title="联合收割机跨区作业服务合同",
        record_title="联合收割机跨区作业服务合同（范本）免费下载",
        date=None,
        notes="download station as text: decorated title; file-info lines; template placeholders (甲方：______, 年　月　日) kept; 'download address' rows; no date",
        page="""
!m 合同下载网 — 合同范本免费下
!m 当前位置：首页 > 农业合同
!t 联合收割机跨区作业服务合同（范本）免费下载
!m 软件大小：22KB　授权方式：免费　下载次数：2214
{BODY}
!a 下载地址：电信下载　网通下载
!d 本站所有合同范本仅供参考，使用前请咨询专业律师。
""",
        body="""
甲方（作业委托方）：______________
乙方（机手）：______________
一、作业内容：乙方为甲方收获小麦______亩，地块位于______村。
二、作业价格：每亩______元，作业完成经甲方验收后当日结清。
三、乙方应保证收获损失率不超过百分之二，因机器故障延误作业的，应及时调配机具。
甲方签字：　　　　乙方签字：
年　月　日
""",
    ),
    dict(
        slug="snapshot-text-service-station-notice",
        site="寻迹搜索快照 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="text",
        source="http://kuaizhao.xunji.example.com/?url=njj.yushui.example.gov.cn/tz/77.html",
        title="关于做好跨区机收机手接待服务的通知",
        record_title="关于做好跨区机收机手接待服务的通知 - 文本快照",
        date="2025-05-20",
        notes="text-only snapshot: decorated title '- 文本快照'; a crawl stamp (no date); the original page's breadcrumb; 成文日期 under the signature; the notice's own 服务热线 kept",
        page="""
!d 寻迹快照：本页为 2025-05-28 抓取的文本版本，原网页可能已经更新。
!a 查看原网页　|　完整版快照
!m 雩水县农业机械服务中心 > 通知公告
!t 关于做好跨区机收机手接待服务的通知
{BODY}
!d 寻迹搜索与该网页作者无关，不对其内容负责。
""",
        body="""
各乡镇农机站：
“三夏”跨区机收即将开始，为做好外地机手接待服务工作，现将有关事项通知如下。
一、各乡镇要公布本辖区农机作业信息联系人，及时发布小麦成熟和作业需求信息。
二、要协调加油站、维修点延长营业时间，保障机具用油和维修。
县跨区机收服务热线：0797-5531209
雩水县农业机械服务中心
2025年5月20日
""",
    ),
]

"""holdout71, part B: table tennis (乒乓球) — Party branches, a rehabilitation ward, a college
elective, community tables, referees, coaches' recruitment, a table purchase, a sports-goods maker.
Written by hand, blind; invented text, places, people, sites and URLs. See ../README.md and ../build.py."""

CASES = [
    dict(
        slug="dangjian-beijiang-pingpong-address-html",
        site="碚江先锋网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.beijiangxf.example.gov.cn/jgdj/202506/t20250620_33018.html",
        title="在县直机关“迎七一”乒乓球友谊赛开幕式上的致辞",
        record_title="【机关党建】在县直机关“迎七一”乒乓球友谊赛开幕式上的致辞",
        date="2025-06-20",
        notes="Party-building template: a decorated record title; the speaker line and the date under the title are neutral (the date expected); a study-app QR prompt and a 学习强国-like link row; a red-banner slogan",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>在县直机关“迎七一”乒乓球友谊赛开幕式上的致辞-碚江先锋网</title>
<script src="/js/jquery.min.js"></script></head><body>
<div class="top">⟦m 碚江先锋网⟧ ⟦m 中共碚江县委组织部主办⟧</div>
<div class="banner">⟦m 不忘初心　牢记使命⟧</div>
<div class="nav">⟦l 首页 | 党建要闻 | 机关党建 | 基层党建 | 党员教育 | 组工信息⟧</div>
<div class="loc">⟦m 当前位置：首页 > 机关党建⟧</div>
<h1>⟦t 【机关党建】在县直机关“迎七一”乒乓球友谊赛开幕式上的致辞⟧</h1>
<p class="speaker">县直机关工委书记　邝立新</p>
<p class="speaker">（2025年6月20日）</p>
<div class="TRS_Editor">
{BODY}
</div>
<div class="qr">⟦a 扫一扫，手机端阅读本文⟧</div>
<div class="links">⟦l 友情链接：县委办 县政府 县纪委监委 县融媒体中心⟧</div>
<div class="foot">⟦m 主办：中共碚江县委组织部　承办：县党员电教中心　渝ICP备2024003315号⟧</div>
</body></html>
""",
        body="""
同志们、朋友们：
在建党一百零四周年即将到来之际，县直机关“迎七一”乒乓球友谊赛今天开赛了。我代表县直机关工委，向参赛的各支部代表队表示热烈欢迎！
举办这次友谊赛，就是要为机关干部搭建一个强健体魄、交流沟通的平台，以良好的精神状态投入各项工作。
希望各位选手赛出风格、赛出水平，做到友谊第一、比赛第二；希望裁判员公正执裁，工作人员做好服务保障。
最后，预祝本次友谊赛圆满成功！
""",
    ),
    dict(
        slug="hospital-chongshan-rehab-class-html",
        site="崌山县中医医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.jsxzyy.example.cn/news/kfk/2025/0508/1276.html",
        title="康复医学科开设帕金森病患者乒乓球康复训练课的通知",
        record_title="康复医学科开设帕金森病患者乒乓球康复训练课的通知",
        date="2025-05-08",
        notes="hospital template: the department's own 预约电话 kept next to the hospital's 24-hour line and 投诉电话 in the footer; a 在线挂号 floating box; a 字号 row; 成文日期 under the signature",
        page="""
<html><head><meta charset="utf-8"><title>康复医学科开设帕金森病患者乒乓球康复训练课的通知 - 崌山县中医医院</title></head><body>
<div class="head">⟦m 崌山县中医医院⟧ ⟦m 二级甲等中医医院⟧ <span>⟦m 急诊24小时：0836-7712120⟧</span></div>
<ul class="menu"><li>⟦l 医院概况⟧</li><li>⟦l 科室导航⟧</li><li>⟦l 专家介绍⟧</li><li>⟦l 就医指南⟧</li><li>⟦l 新闻公告⟧</li></ul>
<div class="crumb">⟦m 位置：首页 / 新闻公告 / 科室动态⟧</div>
<h2>{T}</h2>
<div class="attr">⟦m 来源：康复医学科　发布人：廖颖　点击：208⟧　⟦a 字号 T T T⟧</div>
<div class="detail">
{BODY}
</div>
<div class="float">⟦a 在线挂号⟧<br>⟦a 智能导诊⟧</div>
<div class="footer">⟦m 地址：崌山县杏林路16号　投诉电话：0836-7718890⟧<br>⟦d 本站信息仅供参考，不能作为诊断及治疗的依据⟧</div>
</body></html>
""",
        body="""
研究表明，乒乓球运动能改善帕金森病患者的手眼协调和平衡能力。经医院研究，康复医学科自5月12日起开设乒乓球康复训练课。
一、对象：经我院神经内科或康复医学科确诊、病情稳定、能独立站立的帕金森病患者。
二、时间：每周二、周五下午3:00至4:00，每期八周。
三、地点：门诊楼五楼康复训练大厅。
训练由康复治疗师全程指导，首次参加须携带病历本进行评估。
预约电话：0836-7715306（康复医学科护士站）
崌山县中医医院康复医学科
2025年5月8日
""",
    ),
    dict(
        slug="college-yumei-elective-timetable-html",
        site="嵋阳学院体育部 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://tyb.yumei-u.example.edu.cn/info/1034/5520.htm",
        title="关于2025年秋季学期乒乓球选修课选课的通知",
        record_title="关于2025年秋季学期乒乓球选修课选课的通知-嵋阳学院体育部",
        date="2025-08-29",
        record_date="2025-08-29",
        notes="university department template: a site suffix; the 发布时间 of the byline is the date; a timetable kept (one row a paragraph); the document's own URL of the course system kept; print/close buttons and a quick-links sidebar",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于2025年秋季学期乒乓球选修课选课的通知-嵋阳学院体育部</title></head><body>
<div class="header">⟦m 嵋阳学院　体育部⟧<span>⟦m 厚德　健体　求真⟧</span></div>
<div class="nav">⟦l 部门概况 | 教学工作 | 群体竞赛 | 场馆服务 | 下载专区⟧</div>
<div class="side"><h3>⟦l 快速通道⟧</h3><p>⟦l 体质测试查询⟧</p><p>⟦l 场馆预约⟧</p></div>
<div class="main"><h1>⟦t 关于2025年秋季学期乒乓球选修课选课的通知⟧</h1>
<div class="info">⟦m 发布时间：2025-08-29　作者：教学科　浏览次数：1932⟧</div>
{BODY}
<div class="btns">⟦a 【打印本页】　【关闭窗口】⟧</div></div>
<div class="copy">⟦m Copyright © 嵋阳学院体育部　地址：嵋阳市大学城环路88号⟧</div>
</body></html>
""",
        body="""
各学院、全体本科生：
本学期体育部开设乒乓球选修课六个班，每班限选三十人。现将有关事项通知如下。
一、选课时间：9月1日9:00至9月5日17:00。
二、选课方式：登录教务系统（http://jwxt.yumei-u.example.edu.cn）选课，先到先得。
三、开课安排：
班级　上课时间　地点　任课教师
乒乓一班　周一3—4节　风雨操场二楼　邝文
乒乓二班　周三5—6节　风雨操场二楼　邝文
乒乓三班　周四1—2节　体育馆副馆　孟佳
四、已选修过乒乓球课程的学生不得重复选课。
""",
    ),
    dict(
        slug="localbbs-zhangxia-outdoor-tables-repost",
        site="嶂下生活网论坛 (invented)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="text",
        source="http://bbs.zhangxia.example.cn/forum.php?mod=viewthread&tid=118204",
        title="关于滨河公园室外乒乓球台维修的公告",
        record_title="[转帖]关于滨河公园室外乒乓球台维修的公告",
        date="2025-07-14",
        date_also=["2025-07-15"],
        notes="town forum repost: [转帖] in the title; the post's 发表于 and the notice's 成文日期 differ (the 成文日期 expected, the post date accepted); a shop signature and a 本版版主 line; a relative '刚刚' time",
        page="""
!m 嶂下生活网 » 嶂下杂谈 » 帖子详情
!t [转帖]关于滨河公园室外乒乓球台维修的公告
!m 楼主：河边遛弯的人　发表于 2025-07-15 07:42
!l 只看该作者　|　倒序浏览　|　阅读模式
{BODY}
!l 沙发　老街理发店 刚刚　终于要修了，那几张台子网都没了
!l 【广告】嶂下家电维修，上门服务，电话 139****2267
!m 本版版主：小河弯弯
""",
        body="""
广大市民朋友：
为改善群众健身条件，镇城管中队将于7月16日至7月25日对滨河公园十二张室外乒乓球台进行维修，更换台面和球网。
维修期间，相关区域设置围挡，请市民朋友绕行，注意安全，并看管好随行儿童。
给大家带来的不便，敬请谅解。如有意见建议，请拨打镇城管中队电话：0594-6620217。
嶂下镇城市管理中队
2025年7月14日
""",
    ),
    dict(
        slug="download-yukou-referee-notes-pdf-markers",
        site="峪口体育资料站 (invented)",
        style="资料下载站",
        genre="讲义",
        kind="handout",
        form="html",
        source="http://www.ykty-down.example.net/soft/3311.html",
        title="乒乓球裁判员培训讲义",
        record_title="乒乓球裁判员培训讲义.pdf",
        date=None,
        notes="old download-station table layout: file-info rows (size, grade, update date), mirror links, an error-report link; the preview cut by P-n markers as paragraphs; update stamps are no date",
        pages=dict(fmt="P-{n}", every=110, start=2),
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"><title>乒乓球裁判员培训讲义.pdf - 峪口体育资料站</title></head><body>
<table width="100%"><tr><td>⟦m 峪口体育资料站 www.ykty-down.example.net⟧</td><td>⟦a 设为首页 | 加入收藏⟧</td></tr></table>
<table><tr><td>⟦m 资料名称：⟧</td><td>⟦t 乒乓球裁判员培训讲义.pdf⟧</td></tr>
<tr><td>⟦m 资料大小：1.46 MB　资料等级：★★★☆☆　更新时间：2024-12-30⟧</td></tr>
<tr><td>⟦m 授权方式：免费资料　运行环境：PDF阅读器⟧</td></tr></table>
<div class="intro"><b>⟦m 资料预览：⟧</b>
{BODY}
</div>
<table><tr><td>⟦a 下载地址一：电信高速下载⟧</td><td>⟦a 下载地址二：联通高速下载⟧</td></tr>
<tr><td>⟦l 下载出错？点此报告错误⟧</td></tr></table>
<div>⟦d 本站资料均来源于网络，仅供学习参考，版权归原作者所有⟧</div>
</body></html>
""",
        body="""
第一讲　裁判员的职责与临场礼仪
裁判员应在赛前二十分钟到达赛区，检查球台、球网高度和比赛用球，并核对运动员名单。
比赛开始前，裁判员通过抽签决定发球、接发球和方位的选择权，抽签结果应当场记录在记分单上。
第二讲　合法发球的判定
发球时，球应放在不执拍手的手掌上，手掌张开伸平，球应几乎垂直地向上抛起，不得少于十六厘米。
对发球合法性有怀疑时，第一次可以警告，此后再出现可疑发球应判失分。
""",
    ),
    dict(
        slug="rsks-songbei-coach-recruitment",
        site="嵊北市人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://rsks.songbei.example.gov.cn/ksgg/2025/0403/1907.html",
        title="嵊北市少年儿童业余体育学校2025年公开招聘乒乓球教练员公告",
        record_title="嵊北市少年儿童业余体育学校2025年公开招聘乒乓球教练员公告",
        date="2025-04-03",
        notes="exam-authority page: the document's 咨询电话 and e-mail kept beside the site's 考生服务电话; 附件 list; a login row and an exam-calendar box at the bottom; 成文日期",
        page="""
!m 嵊北市人事考试网
!a 考生登录　|　注册　|　找回密码
!m 首页 > 考试公告 > 事业单位招聘
{T}
!m 2025-04-03　　嵊北市人社局　　【大 中 小】
{BODY}
!m 考生服务电话：0575-8866123（工作日8:30-17:00）
!l 考试日历：4月　事业单位联考报名｜5月　教师招聘笔试
""",
        body="""
根据工作需要，嵊北市少年儿童业余体育学校面向社会公开招聘乒乓球教练员二名，现将有关事项公告如下。
一、报考条件：具有大学本科及以上学历，年龄在三十五周岁以下，具有乒乓球运动员二级及以上等级称号。
二、报名方式：4月10日至4月16日，报考人员将报名表及相关材料发送至邮箱 songbeitixiao@example.cn。
三、考试采取专项技能测试和面试相结合的方式，专项技能测试占百分之六十。
咨询电话：0575-8837021（体校办公室）
附件：1.嵊北市少体校公开招聘乒乓球教练员报名表
2.专项技能测试评分标准
嵊北市少年儿童业余体育学校
2025年4月3日
""",
    ),
    dict(
        slug="tender-tongshan-tables-award-result",
        site="崮山县公共资源交易平台 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="https://ggzy.gushan.example.gov.cn/jyxx/zfcg/zbgg/20250418/8f31.html",
        title="崮山县中小学室内乒乓球台采购项目中标结果公告",
        record_title="崮山县中小学室内乒乓球台采购项目中标结果公告",
        date="2025-04-18",
        record_date="2025-04-18",
        notes="procurement result: a result table one row a paragraph; the agency's own 联系人/电话 kept; CA-login and 'subscribe' rows, a share row; 公告日期 at the end",
        page="""
!m 崮山县公共资源交易平台
!a CA登录　投标人注册　订阅交易信息
!m 交易信息 > 政府采购 > 中标公告
{T}
!m 信息时间：2025-04-18　阅读次数：87
{BODY}
!l 分享：微信　微博　复制链接
!l 上一条：县人民医院保洁服务项目招标公告
!m 平台技术支持热线：400-870-2231
""",
        body="""
一、项目编号：GSZC2025-016
二、项目名称：崮山县中小学室内乒乓球台采购项目
三、中标信息
包号　中标供应商　中标金额（元）
1　崮山博远体育器材有限公司　386400.00
2　嘉禾文体用品商行　192750.00
四、公告期限：自本公告发布之日起一个工作日。
五、采购代理机构：崮山恒信招标咨询有限公司，联系人：祁先生，电话：0539-5081267。
公告日期：2025年4月18日
""",
    ),
    dict(
        slug="lawfirm-tongxi-pingpong-injury-case-html",
        site="峒溪律师事务所 (invented)",
        style="律所网站",
        genre="案例分析",
        kind="article",
        form="html",
        source="https://www.tongxilaw.example.com/anli/2025/166.html",
        title="打乒乓球被球拍误伤，对方要担责吗",
        record_title="案例解读丨打乒乓球被球拍误伤，对方要担责吗",
        date=None,
        notes="law-firm template: 案例解读丨 prefix; a 免费咨询 box with the firm's phone (chrome) while the article mentions no contact; a lawyer card and related cases; no date (only a view count)",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>打乒乓球被球拍误伤，对方要担责吗_峒溪律师事务所</title></head><body>
<div class="logo">⟦m 峒溪律师事务所⟧ ⟦m 专注人身损害赔偿二十年⟧</div>
<nav>⟦l 律所简介 | 专业团队 | 典型案例 | 法律文书 | 联系我们⟧</nav>
<div class="crumb">⟦m 首页 ＞ 典型案例 ＞ 人身损害⟧</div>
<h1>⟦t 案例解读丨打乒乓球被球拍误伤，对方要担责吗⟧</h1>
<div class="hits">⟦m 浏览：2,316次⟧</div>
{BODY}
<div class="card">⟦m 本文律师：鲁承骏　执业证号：15302201810066672⟧</div>
<div class="consult">⟦w 遇到类似纠纷？免费法律咨询：0813-2667700（微信同号）⟧</div>
<div class="rel"><h4>⟦l 相关案例⟧</h4><p>⟦l 健身房器械砸伤会员，谁来赔？⟧</p><p>⟦l 小区篮球场摔伤能否索赔⟧</p></div>
<footer>⟦d 本站文章仅为普法宣传，不构成正式法律意见⟧</footer>
</body></html>
""",
        body="""
【基本案情】老周和老邓是球友，一次双打比赛中，老邓回身救球时球拍脱手，砸中老周的眼角，造成眼部受伤。老周起诉要求老邓赔偿医疗费等损失。
【法院观点】乒乓球属于具有一定风险的文体活动，自愿参加者应自担风险，但其他参加者对损害的发生有故意或者重大过失的除外。
本案中，老邓的动作属于正常比赛动作，不存在故意或重大过失，法院驳回了老周的诉讼请求。
【律师提示】参加体育活动时应做好防护，也可以购买意外伤害保险，分散风险。
""",
    ),
    dict(
        slug="community-shaping-table-room-wrapped",
        site="砂坪街道幸福里社区 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.shaping-xfl.example.org.cn/sqgg/2025-03-01.html",
        title="幸福里社区乒乓球活动室开放公告",
        record_title="【社区公告】幸福里社区乒乓球活动室开放公告",
        date="2025-03-01",
        notes="community site: hard-wrapped at 60 columns; 【社区公告】 prefix; the community's own 值班电话 kept beside the site's 网格员 hotline; a weather widget and a service-menu row",
        wrap=60,
        indent="　　",
        page="""
!m 砂坪街道幸福里社区　｜　今日 晴 6~15℃
!l 社区概况　居务公开　便民服务　志愿者之家
!t 【社区公告】幸福里社区乒乓球活动室开放公告
!m 发布：社区居委会　　2025-03-01　　阅读 77
{BODY}
!m 网格员热线：0831-2205517
!l 上一条：关于开展春季爱国卫生运动的通知
""",
        body="""
各位居民朋友：
经过一个多月的改造，社区党群服务中心一楼乒乓球活动室已装修完毕，配备标准球台四张，自3月3日起免费向辖区居民开放。
开放时间为每天上午8:30至11:30、下午2:30至9:00，每周一下午闭馆打扫卫生。
请大家自觉爱护公共设施，不在室内吸烟、吃零食，活动结束后关好门窗和电灯。
社区值班电话：0831-2211360
幸福里社区居民委员会
2025年3月1日
""",
    ),
    dict(
        slug="association-xiuyun-annual-report-cn-date",
        site="岫云县乒乓球协会 (invented)",
        style="行业协会",
        genre="工作报告",
        kind="report",
        form="text",
        source="http://www.xyppxh.example.org/xhdt/342.html",
        title="岫云县乒乓球协会第二届理事会工作报告",
        record_title="岫云县乒乓球协会第二届理事会工作报告",
        date="2025-01-11",
        notes="association site: the date under the report's title in Chinese numerals (expected); the speaker line neutral; decimal headings; a member-login row and a join-us prompt between paragraphs",
        page="""
!m 岫云县乒乓球协会官网
!a 会员登录｜入会申请｜会费缴纳
!m 首页 ＞ 协会动态
{T}
——在协会第三次会员代表大会上
会长　尤建平
（二〇二五年一月十一日）
{BODY}
!d 协会网站所载内容，转载请注明出处
!m 协会秘书处：岫云县体育中心南门二楼
""",
        body="""
各位代表：
我代表第二届理事会向大会报告工作，请予审议。
1.过去五年的主要工作
1.1 赛事活动丰富多彩。五年来共举办县级比赛二十三次，参赛人数累计四千余人次。
1.2 青少年培训扎实推进。在十二所中小学设立乒乓球训练点，输送三名队员进入市体校。
⟦a 想加入协会？点这里在线申请入会⟧
2.今后五年的工作建议
2.1 推动乒乓球进社区，力争每个社区都有一张标准球台。
2.2 加强裁判员和教练员队伍建设，每年举办一期培训班。
""",
    ),
    dict(
        slug="company-feihong-rubber-replacement-notice",
        site="飞虹体育用品有限公司 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="text",
        source="https://www.feihong-sports.example.com/news/company/2025/0715.html",
        title="关于部分批次乒乓球拍胶皮免费更换的公告",
        record_title="关于部分批次乒乓球拍胶皮免费更换的公告 - 飞虹体育",
        date="2025-07-15",
        notes="corporate site: a site suffix; the company's own 客服电话 inside the notice kept while the site header's 招商热线 and an online-shop prompt are chrome; batch numbers in a list; 成文日期",
        page="""
!m 飞虹体育｜专注乒乓器材三十年
!m 招商热线：400-665-7080
!l 首页　产品中心　新闻动态　经销网络　关于我们
!m 新闻动态 > 公司公告
!t 关于部分批次乒乓球拍胶皮免费更换的公告 - 飞虹体育
{BODY}
!a 进入官方旗舰店
!l 上一篇：飞虹体育亮相全国体育用品博览会
!m © 飞虹体育用品有限公司　浙ICP备2019011823号
""",
        body="""
尊敬的用户：
经我公司质量抽检，2025年3月生产的部分“飞虹·疾风”系列成品拍胶皮存在开胶现象。为保障用户权益，我公司决定对以下批次产品免费更换胶皮。
涉及批次：FH2503A07、FH2503A08、FH2503B11。
用户可凭购买凭证到当地经销商处办理更换，也可拨打客服电话400-665-7011咨询。
由此给您带来的不便，我们深表歉意。
飞虹体育用品有限公司
2025年7月15日
""",
    ),
    dict(
        slug="training-qiaonan-summer-camp-brochure",
        site="旋风乒乓培训中心 (invented)",
        style="培训机构",
        genre="简章",
        kind="notice",
        form="text",
        source="http://www.xuanfeng-pp.example.cn/zsjz/2025summer.html",
        title="2025年暑期青少年乒乓球训练营招生简章",
        record_title="2025年暑期青少年乒乓球训练营招生简章【名额有限】",
        date=None,
        notes="training-school page: 【名额有限】 suffix; a year in the title only (no date); the camp's own 报名电话 kept; a trial-class prompt glued after a sentence and a float consult box; a student-photo caption line",
        page="""
!m 旋风乒乓培训中心　·　让孩子爱上运动
!w 在线咨询　|　免费试听　|　电话：0772-3386110
!t 2025年暑期青少年乒乓球训练营招生简章【名额有限】
{BODY}
!m 图：2024年暑期营学员合影
!w 扫码添加课程顾问，领取试听券
!d 本中心保留对本简章的最终解释权
""",
        body="""
一、招生对象：6至14周岁，身体健康、热爱乒乓球运动的少年儿童。
二、营期安排：第一期7月7日至7月25日，第二期7月28日至8月15日，每天上午训练三小时。
三、课程内容：零基础班学习握拍、颠球和正反手攻球；提高班学习发球、搓球和步法组合。⟦a 现在报名立享早鸟价，点击抢位⟧
四、收费标准：每期一千六百元，含训练用球和营服。
报名地址：岑南区体育路9号旋风乒乓馆一楼前台
报名电话：0772-3386155
""",
    ),
]

"""holdout25, part B: a navigation-aids (航标) station, a development-zone Party work
committee, a health-check centre, a university's natural-history museum, a hot-pot
association, a bamboo-weaving co-op, a salvage bureau, a slaughterhouse, a yacht-lease law
letter, a residents' fitness-equipment notice, an auto-repair association and a
petrol-station chain. Invented text throughout; see ../README.md."""

CASES = [
    dict(
        slug="anthology-hangbiao-speech-date-under-title",
        site="灯塔守望文集 (invented personal collection)",
        style="个人文集",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.dengtashouwang.example.cn/wenji/juan2/63.html",
        title="在航标处建站六十周年座谈会上的发言",
        record_title="《守望集》卷二·第63篇｜在航标处建站六十周年座谈会上的发言",
        date="2024-10-12",
        notes="a retired lighthouse keeper's collection: volume/chapter decoration, a chapter nav, the speaker line (neutral) and the date under the title; a 'collect this chapter' button",
        page="""
!m 灯塔守望文集 · 一位老航标工的四十年
!m 目录 ＞ 卷二 海上岁月 ＞ 第63篇
{T}
退休职工代表　柏长海
（2024年10月12日）
{BODY}
!a ☆ 收藏本篇　　✎ 纠错
!l ← 第62篇：雾夜巡灯记
!l 第64篇：给新入职的年轻人 →
!d 文集内容为作者原创，转载请注明出处并告知作者。
""",
        body="""
各位领导、各位同事：
六十年前，航标处只有三间砖房、两条木船，老一辈航标工就是在这样的条件下，守护着这条航道的安全。
我十九岁进处里，在檫岭灯桩守了十一年。那时候没有遥测遥控，每天傍晚要爬上灯桩点灯，台风天还要冒雨检查灯器。
如今，航标都装上了北斗遥测终端，在值班室就能看到每一座灯标的工作状态，这是我们当年想都不敢想的。
希望年轻同志们接好接力棒，把“灯在人在”的精神传下去。
谢谢大家。
""",
    ),
    dict(
        slug="party-kaifaqu-lecture-chinese-date",
        site="槠溪经济开发区党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://dj.zhuxikfq.example.gov.cn/djyw/2025/0701/663.html",
        title="在开发区党工委“七一”专题党课上的讲稿",
        record_title="在开发区党工委“七一”专题党课上的讲稿_党建要闻_槠溪经济开发区党建网",
        date="2025-06-30",
        notes="modern Party-building template: a slogan banner, a speaker line (neutral) and a date in Chinese numerals under the title; a 学习强国-style share row in own words; footer with 主办",
        page="""
<html><head><meta charset="utf-8"><title>在开发区党工委“七一”专题党课上的讲稿_党建要闻_槠溪经济开发区党建网</title></head><body>
<div class="banner">⟦m 槠溪经济开发区党建网⟧<span>⟦m 红色引擎　聚力发展⟧</span></div>
<div class="nav">⟦m 首页　党建要闻　组织建设　党风廉政　两新党建　学习园地⟧</div>
<div class="pos">⟦m 位置：首页＞党建要闻⟧</div>
<h1>⟦t 在开发区党工委“七一”专题党课上的讲稿⟧</h1>
<p class="author">党工委书记　聂向阳</p>
<p class="date">（二〇二五年六月三十日）</p>
<div class="content">
{BODY}
</div>
<div class="share">⟦l 分享：朋友圈 ｜ 微博 ｜ 复制链接⟧</div>
<div class="info">⟦m 来源：党群工作部　编辑：童敏　阅读：452⟧</div>
<div class="foot">⟦m 主办：中共槠溪经济开发区工作委员会　地址：槠溪市科创大道1号⟧</div>
</body></html>
""",
        body="""
同志们：
今天，我们在这里上一堂专题党课，主题是“把党的组织优势转化为园区发展优势”。
一、园区党建要跟着产业链走。目前开发区有规模以上企业一百一十二家，已建立产业链党委三个，覆盖新材料、电子信息和生物医药三大主导产业。
二、党员要在项目一线当先锋。今年以来，我们组建了二十支党员突击队，帮助企业解决用工、用地、融资等问题一百三十余个。
三、要以严的基调正风肃纪。招商引资、工程建设、土地出让是廉政风险较高的领域，各级党组织要盯紧看牢。
同志们，让我们以更加饱满的精神状态，推动园区高质量发展迈上新台阶。
""",
    ),
    dict(
        slug="hospital-tijian-notice-own-line-vs-24h",
        site="蘩川市第二人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.fcey.example.com/news/yygg/2025-09-01-312.html",
        title="关于健康管理中心调整团体体检预约方式的通知",
        date="2025-09-01",
        notes="hospital site: a 预约挂号 button row, an address and 24-hour emergency line in the footer; the centre's own 预约电话 kept; 微信扫码 sentence of the document kept",
        page="""
!m 蘩川市第二人民医院 | 官方网站
!a 预约挂号　报告查询　来院导航
!m 首页 · 医院公告
{T}
!m 2025-09-01　作者：健康管理中心　浏览 980 次
{BODY}
!l 相关阅读：秋季流感疫苗接种开始预约
!m 院址：蘩川市健康路9号　急诊24小时电话：0738-2120120
!d © 蘩川市第二人民医院　湘ICP备17031200号
""",
        body="""
各合作单位：
为减少体检现场排队等候时间，自2025年9月15日起，健康管理中心团体体检一律实行分时段预约。
一、单位联系人应至少提前五个工作日提交体检名单，中心将按人数分配上午七点半至十点半之间的时段。
二、体检人员可关注医院服务号，在“健康管理”栏目中查看本人的预约时段和检前须知。
三、检前一日晚八点后禁食，抽血和腹部彩超须空腹进行。
预约电话：0738-2125516（工作日8:00—17:30）
蘩川市第二人民医院健康管理中心
2025年9月1日
""",
    ),
    dict(
        slug="univ-bowuguan-natural-history-reopen-html",
        site="茗岗大学 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.minggang-u.example.edu.cn/info/1021/38870.htm",
        title="关于自然博物馆恢复对外开放的通知",
        record_title="关于自然博物馆恢复对外开放的通知-茗岗大学",
        date="2025-03-03",
        notes="university template: a 校内门户/VPN row, a column nav, 发布者/点击 meta, a 附件 line kept, a 'quick links' box and a footer with address and 邮编",
        page="""
<html><head><meta charset="utf-8"><title>关于自然博物馆恢复对外开放的通知-茗岗大学</title></head><body>
<div class="top">⟦a 校内门户　VPN　English⟧</div>
<div class="logo">⟦m 茗岗大学　MINGGANG UNIVERSITY⟧</div>
<div class="nav">⟦m 学校概况　院系设置　教育教学　科学研究　招生就业⟧</div>
<div class="title"><h2>⟦t 关于自然博物馆恢复对外开放的通知⟧</h2></div>
<div class="meta">⟦m 发布者：博物馆　发布时间：2025-03-03　点击：3378⟧</div>
<div class="v_news_content">
{BODY}
</div>
<div class="links"><h4>⟦l 快速链接⟧</h4>⟦l 图书馆　信息门户　校历　电话黄页⟧</div>
<div class="copyright">⟦m 地址：茗岗市学府路88号　邮编：421008⟧<br>⟦d Copyright © 茗岗大学 版权所有⟧</div>
</body></html>
""",
        body="""
校内各单位及社会各界朋友：
自然博物馆展厅改造工程已经完工，经验收合格，定于2025年3月8日起恢复对外开放。
一、开放时间：每周二至周日9:00—16:30（16:00停止入馆），周一闭馆维护。
二、参观方式：个人参观凭身份证或校园卡免费入馆；二十人以上团体请提前三天预约。
三、新增展区：本次改造新增“本省鸟类”“化石与古环境”两个展区，展出标本一千二百余件。
团体预约电话：0734-8281065
附件：自然博物馆参观须知
自然博物馆
2025年3月3日
""",
    ),
    dict(
        slug="localforum-huoguo-oneline-pledge",
        site="薜溪生活圈论坛 (invented)",
        style="地方论坛",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://bbs.bixishq.example.com/thread-2281903-1-1.html",
        title="火锅餐饮行业油烟治理倡议书",
        record_title="【餐饮】火锅餐饮行业油烟治理倡议书（协会发的，大家看看）",
        date="2025-05-20",
        date_also=["2025-05-22"],
        notes="local forum repost: the whole body on one line; post line 发布于 differs from the pledge's date (also accepted); a floor number, like/reply row",
        oneline=True,
        indent="　　",
        page="""
!m 薜溪生活圈 » 吃喝玩乐 » 美食天地
!t 【餐饮】火锅餐饮行业油烟治理倡议书（协会发的，大家看看）
!m 老街吃货　发布于 2025-5-22 09:41　1楼
{BODY}
!l 点赞(12)　回复(30)　只看楼主
!l 2楼　城南居民：楼下那家每天晚上油烟大得很，希望管管
!a 登录后参与讨论
""",
        body="""
全市火锅餐饮经营者：
近期，部分居民反映火锅店油烟扰民问题。为改善城市环境，薜溪市火锅餐饮协会向全体会员单位倡议：
一、规范安装油烟净化设施，并按要求定期清洗，保存清洗记录。
二、不在店外露天支锅经营，不占用人行道摆放桌椅。
三、后厨废油交由有资质的单位回收，严禁流入非法渠道。
让我们共同守护城市的蓝天和邻里的安宁。
薜溪市火锅餐饮协会
2025年5月20日
""",
    ),
    dict(
        slug="download-zhubian-bamboo-table-layout",
        site="农技资料下载站 (invented)",
        style="资料下载站",
        genre="方案",
        kind="plan",
        form="html",
        source="http://www.nongjizl.example.net/soft/2025/7720.html",
        title="蕨岭县竹编技艺培训班实施方案",
        record_title="蕨岭县竹编技艺培训班实施方案 - 农技资料下载站",
        date=None,
        notes="old gb2312 table layout: marquee, visitor counter, a file-info table (size, 更新时间 stamp, rating), mirror links and a dead-link report; no document date: none",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>蕨岭县竹编技艺培训班实施方案 - 农技资料下载站</title></head>
<body bgcolor="#f4f8ee">
<table width="960" align="center"><tr><td><font size="5">⟦m 农技资料下载站⟧</font></td><td><marquee>⟦m 热烈欢迎广大农友光临本站！资料每日更新！⟧</marquee></td></tr></table>
<table width="960" align="center"><tr><td>⟦m 首页 | 种植技术 | 养殖技术 | 农村政策 | 手工技艺 | 农机维修⟧</td></tr></table>
<table width="960" align="center" border="1">
<tr><td>⟦m 资料名称：⟧</td><td>⟦t 蕨岭县竹编技艺培训班实施方案⟧</td></tr>
<tr><td>⟦m 文件大小：⟧</td><td>⟦m 38 KB⟧</td></tr>
<tr><td>⟦m 更新时间：⟧</td><td>⟦m 2025-04-17 15:22:08⟧</td></tr>
<tr><td>⟦m 推荐星级：⟧</td><td>⟦m ★★★★☆⟧</td></tr>
</table>
<table width="960" align="center"><tr><td>⟦m 资料简介：⟧
{BODY}
</td></tr></table>
<table width="960" align="center"><tr><td>⟦a 下载地址：⟧ ⟦a [电信下载]⟧ ⟦a [联通下载]⟧ ⟦a [备用下载]⟧</td></tr>
<tr><td>⟦l 下载地址无效？点此报告错误⟧</td></tr></table>
<table width="960" align="center"><tr><td>⟦m 本站访问量：0088213⟧　⟦d 本站资料来源于网络，仅供学习交流使用⟧</td></tr></table>
</body></html>
""",
        body="""
为传承竹编传统技艺，带动农村妇女居家就业，县人社局、县妇联联合举办竹编技艺培训班，制定本方案。
一、培训对象：全县有培训意愿的农村劳动力，优先安排脱贫户和留守妇女，每期四十人。
二、培训内容：竹材选料与破篾、基础编织技法、竹篮竹盒等日用品制作、产品包装与网络销售。
三、培训方式：集中授课十天，由县级竹编非遗传承人任主讲教师，结业后组织技能考核。
四、后续帮扶：对考核合格的学员，由合作社统一提供竹材、回收产品，按件计酬。
""",
    ),
    dict(
        slug="exam-jiulao-salvage-written-test-tech-line",
        site="薜溪人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="https://www.bxrsks.example.gov.cn/kwgg/2025/0512/209.html",
        title="救捞局所属事业单位2025年公开招聘工作人员笔试公告",
        record_title="救捞局所属事业单位2025年公开招聘工作人员笔试公告_考务公告_薜溪人事考试网",
        date="2025-05-12",
        notes="personnel-exam site: the document tells candidates to 打印 the 准考证 (kept), its own 咨询电话 beside the site's technical-support line; 考点 table",
        gap=True,
        page="""
!m 薜溪人事考试网
!m 网上报名 | 成绩查询 | 准考证打印 | 考务公告
!t 救捞局所属事业单位2025年公开招聘工作人员笔试公告_考务公告_薜溪人事考试网
!m 发布日期：2025-05-12　信息来源：考试中心
{BODY}
!m 网站技术支持电话：0731-85500199（仅解答网页操作问题）
!d 本网站为考试信息发布平台，考试政策以招聘单位解释为准
!l 返回顶部　关闭本页
""",
        body="""
经资格初审，现将东海救捞局所属事业单位2025年公开招聘工作人员笔试有关事项公告如下。
一、准考证打印：请考生于5月26日9:00至5月31日12:00登录本网站打印准考证，逾期不再办理。
二、笔试时间：2025年5月31日下午14:30—16:30。
三、考点安排
岗位类别　考点名称　地址
潜水救助岗　薜溪职业技术学院　学院路15号
船舶驾驶岗　薜溪第一中学　滨江路2号
四、考生须携带本人有效身份证件和准考证参加考试，二者缺一不可。
咨询电话：0731-85526230（招聘单位人事处）
东海救捞局人事处
2025年5月12日
""",
    ),
    dict(
        slug="tender-tuzai-slaughter-equipment-ca-line",
        site="苎溪公共资源交易中心 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://ggzy.zhuxi.example.gov.cn/jyxx/zfcg/cggg/20250619/88120.html",
        title="苎溪县定点屠宰场冷链设备采购项目公开招标公告",
        record_title="苎溪县定点屠宰场冷链设备采购项目公开招标公告",
        date="2025-06-19",
        notes="tender platform: 项目编号 meta, a lots table, purchaser and agency contacts kept beside the platform's CA/技术 hotline; a 'sign up online' button and a 'bid now' box",
        page="""
<html><head><meta charset="utf-8"><title>苎溪县定点屠宰场冷链设备采购项目公开招标公告</title></head><body>
<div class="hd">⟦m 苎溪公共资源交易中心　电子交易平台⟧</div>
<div class="menu">⟦m 交易信息　政策法规　办事指南　诚信体系　专家库⟧</div>
<h3>⟦t 苎溪县定点屠宰场冷链设备采购项目公开招标公告⟧</h3>
<div class="attr">⟦m 发布时间：2025-06-19 17:02:11⟧　⟦m 项目编号：ZXCG-2025-0417⟧</div>
<div class="ewb-article">
{BODY}
</div>
<div class="btn">⟦a 我要投标⟧　⟦a 下载招标文件（需CA登录）⟧</div>
<div class="footer">⟦m CA办理及平台技术咨询：400-660-3187⟧<br>⟦m 中心地址：苎溪县政务服务中心5楼⟧</div>
</body></html>
""",
        body="""
苎溪县农业农村局委托苎溪恒信招标代理有限公司，对苎溪县定点屠宰场冷链设备采购项目进行公开招标，欢迎合格的供应商参加投标。
一、采购内容
包号　名称　数量　预算（万元）
1　预冷间制冷机组　2套　86.0
2　冷藏运输车　3辆　72.5
二、投标截止时间：2025年7月10日9:30，逾期送达的投标文件不予受理。
三、联系方式
采购人：苎溪县农业农村局　联系人：贺立群　电话：0745-3327810
代理机构：苎溪恒信招标代理有限公司　联系人：黎婉　电话：0745-3360218
""",
    ),
    dict(
        slug="law-youting-yacht-lease-letter",
        site="澄岸律师事务所 (invented)",
        style="律所网站",
        genre="函",
        kind="letter",
        form="text",
        source="https://www.chengan-law.example.com/insights/2025/yacht-lease.html",
        title="关于游艇租赁合同履行风险的提示函",
        record_title="法律提示｜关于游艇租赁合同履行风险的提示函 | 澄岸律师事务所",
        date="2025-06-06",
        notes="law-firm page: a decorated title, a consult button and a lawyer's card, a not-legal-advice notice, a column of related insights; date in the letter's end",
        page="""
!m 澄岸律师事务所 CHENG'AN LAW
!m 首页 / 律所观点 / 海商海事
!t 法律提示｜关于游艇租赁合同履行风险的提示函 | 澄岸律师事务所
!w 在线预约律师　｜　咨询专线 400-077-5566
{BODY}
!d 本文仅为一般性法律信息，不视为对具体事项的法律意见，亦不构成律师与读者之间的委托关系。
!l 律所观点 更多 »
!l 船员劳务纠纷中的工伤认定
!l 码头货损索赔的举证要点
""",
        body="""
各游艇俱乐部会员及游艇经营单位：
近期，本所接到多起游艇租赁纠纷咨询，主要涉及出海取消后的退款、船舶损坏的赔偿和船员责任的划分。为防范风险，特提示如下。
一、签订书面合同。合同应写明游艇名称、出海时间、航线、人数上限和租金支付方式，不以聊天记录代替合同。
二、约定气象条款。遇大风、大雾等不适航天气取消出海的，双方应事先约定退款或改期规则。
三、核查船舶证书。承租前应查看游艇的登记证书、检验证书和船员适任证书，无证船舶不得出租。
澄岸律师事务所
2025年6月6日
""",
    ),
    dict(
        slug="community-jianshen-equipment-wrapped",
        site="棠阴街道社区服务网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.tangyin-sq.example.cn/notice/2025/1108.html",
        title="关于小区健身器材维修更换的通知",
        date="2025-11-07",
        notes="residents' site with a hard-wrapped text (62 columns); a 'my neighbourhood' row, a 业主评论 box, a service hotline footer; the notice's own 报修电话 kept",
        wrap=62,
        indent="　　",
        page="""
!m 棠阴街道社区服务网 · 邻里一家亲
!a 我的小区 ｜ 在线报事 ｜ 缴费查询
{T}
!m 发布：桂园社区居委会　2025/11/07　阅读 201
{BODY}
!l 业主评论（4）
!l 5栋住户：单杠那边地面也坏了，麻烦一起修
!m 街道便民服务热线：0739-5680012
""",
        body="""
各位居民朋友：
近期，社区对桂园小区内的健身器材进行了安全检查，发现太空漫步机、扭腰器等六件器材存在螺丝松动、转轴锈蚀等问题，已经停止使用并设置了警示带。
社区将于11月10日至11月20日对上述器材进行维修，对无法修复的三件器材予以更换。施工期间请居民特别是老人和儿童不要靠近施工区域。
如发现其他器材损坏，请及时拨打物业报修电话0739-5683307或到社区服务站登记。
桂园社区居委会
2025年11月7日
""",
    ),
    dict(
        slug="assoc-qixiu-auto-repair-pact-old-table",
        site="蒴城市汽车维修行业协会 (invented)",
        style="行业协会",
        genre="公约",
        kind="other",
        form="html",
        source="http://www.scqxxh.example.org/news_view.asp?id=412",
        title="蒴城市机动车维修行业诚信自律公约",
        record_title="蒴城市机动车维修行业诚信自律公约",
        date="2025-03-15",
        notes="old ASP table layout of an association: 会员单位 login box, 【字体：大 中 小】 row in own words, a visitor counter, a friendly-links select; the pact's 3.15 date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>蒴城市汽车维修行业协会</title></head><body>
<table width="100%"><tr><td>⟦m 蒴城市汽车维修行业协会⟧</td><td>⟦a 会员单位登录　用户名 密码 [登录]⟧</td></tr></table>
<table width="100%"><tr><td>⟦m 协会简介 | 行业动态 | 政策法规 | 维修质量投诉 | 会员名录⟧</td></tr></table>
<table width="780"><tr><td align="center"><b>⟦t 蒴城市机动车维修行业诚信自律公约⟧</b></td></tr>
<tr><td align="center">⟦m 作者：秘书处　来源：本站原创　点击数：1688⟧　⟦a 〖字体：特大 大 中 小〗⟧</td></tr>
<tr><td>
{BODY}
</td></tr></table>
<table width="100%"><tr><td>⟦l 友情链接：市交通运输局 | 市市场监管局 | 省汽修协会⟧</td></tr>
<tr><td>⟦m 您是本站第 00195320 位访客⟧　⟦m 协会电话：0736-2219090⟧</td></tr></table>
</body></html>
""",
        body="""
为维护机动车维修市场秩序，保障消费者合法权益，全市会员单位共同制定并自觉遵守本公约。
第一条　明码标价。维修工时单价、配件价格在接待大厅显著位置公示，不得在结算时另收未告知的费用。
第二条　先报价后维修。维修前向车主出具维修估价单，增加维修项目的须经车主签字同意。
第三条　配件可追溯。使用的配件应有合格证明，旧件经车主确认后处理，不以次充好、以旧充新。
第四条　质量保证。二级维护和小修的质量保证期不少于三十天或五千公里。
本公约自发布之日起施行。
蒴城市汽车维修行业协会
2025年3月15日
""",
    ),
    dict(
        slug="corp-jiayouzhan-points-rule-hotline",
        site="畅行能源加油站 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="text",
        source="https://www.changxing-energy.example.com/news/gg/2025/0828.html",
        title="关于会员积分规则调整的公告",
        record_title="关于会员积分规则调整的公告 | 畅行能源",
        date="2025-08-28",
        notes="corporate site of a petrol-station chain: '| brand' suffix, an app-download row, a 'sign up for membership' CTA glued after a sentence, a customer-service footer (the notice's own 客服 line kept in the body)",
        page="""
!m 畅行能源　油·气·电·非 一站服务
!m 关于我们 / 新闻中心 / 公司公告
!t 关于会员积分规则调整的公告 | 畅行能源
!m 2025.08.28　公司公告
{BODY}
!a 下载畅行APP ｜ 关注官方服务号 ｜ 申请加油卡
!m 全国服务热线 95105588　总部地址：蒴城市能源大道168号
!d ©2025 畅行能源股份有限公司　保留一切权利
""",
        body="""
尊敬的会员朋友：
为给您提供更实惠的加油体验，我公司决定自2025年9月1日起调整会员积分规则。⟦a 现在注册会员立享首单立减⟧
一、汽油、柴油每消费一元积一分，便利店商品每消费一元积二分。
二、积分有效期由十二个月调整为二十四个月，到期前一个月系统将短信提醒。
三、一百积分可抵扣一元油款，可在全省各站点通用。
如有疑问，请致电会员服务专线0736-8899117。
畅行能源股份有限公司
2025年8月28日
""",
    ),
]

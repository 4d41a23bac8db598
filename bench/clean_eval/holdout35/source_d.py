"""holdout35, part D: download stations (rafting rules, an inkstone letter), personnel-exam
sites (a schistosomiasis station, toll-station posts), tenders (fly ash, cave lighting),
law firms (rafting injuries, a winery's trademark), residents' sites (an incineration open
day, a lotus-pond clean-up) and an umbrella makers' association. Everything invented;
see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="download-rafting-rules-asp-file-table",
        site="绿野文档下载站 (invented)",
        style="资料下载站",
        genre="制度",
        kind="other",
        form="html",
        source="http://www.lvyexz.example.com/soft/zhidu/2025/14421.html",
        title="磐湾峡谷漂流景区游客安全管理规定",
        record_title="磐湾峡谷漂流景区游客安全管理规定 免费下载 - 绿野文档下载站",
        date="2025-05-20",
        notes="old ASP download station: a file-info table, three mirror links and a dead-link report; articles of the rules speak of 扫码/打印 and are kept",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>磐湾峡谷漂流景区游客安全管理规定 免费下载 - 绿野文档下载站</title></head>
<body><table width="950"><tr><td>⟦m 绿野文档下载站⟧</td><td>⟦a 加入收藏⟧ | ⟦a 设为首页⟧</td></tr></table>
<table width="950"><tr><td>⟦m 当前位置：首页 → 规章制度 → 安全管理⟧</td></tr></table>
<table width="950" class="info"><tr><td>⟦m 文档大小：26 KB⟧</td><td>⟦m 文档格式：DOC⟧</td></tr>
<tr><td>⟦m 更新时间：2025-06-02⟧</td><td>⟦m 下载次数：1377⟧</td></tr><tr><td colspan="2">⟦m 运行环境：Word 2003/2007/WPS⟧</td></tr></table>
<table width="950"><tr><td><b>⟦t 磐湾峡谷漂流景区游客安全管理规定⟧</b></td></tr><tr><td>
{BODY}
</td></tr></table>
<table width="950"><tr><td>⟦a 下载地址一：电信高速下载⟧</td></tr><tr><td>⟦a 下载地址二：联通高速下载⟧</td></tr><tr><td>⟦a 下载地址三：本地备用下载⟧</td></tr>
<tr><td>⟦l 如果下载链接失效，请点此报告死链⟧</td></tr></table>
<table width="950"><tr><td>⟦d 本站资源收集于网络，仅供个人学习研究，请在下载后24小时内删除⟧</td></tr></table>
</body></html>
""",
        body="""
第一条　为保障游客漂流安全，根据有关法律法规，结合本景区实际，制定本规定。
第二条　游客须在售票处扫码阅读安全须知并签署电子承诺书后方可购票。
第三条　六十五岁以上老人、一米二以下儿童、孕妇及心脏病患者不得参加漂流。
第四条　游客上艇前须穿好救生衣、戴好头盔，漂流途中不得擅自离艇。
第五条　需要纸质票据的游客，可在出口服务台凭购票记录打印。
第六条　本规定自2025年5月20日起施行。
磐湾峡谷漂流景区管理处
2025年5月20日
""",
    ),
    dict(
        slug="download-inkstone-letter-wps-name",
        site="公文素材下载网 (invented)",
        style="资料下载站",
        genre="函",
        kind="letter",
        form="text",
        source="https://www.gwsucai.example.net/down/han/30877.html",
        title="关于商请支持砚川砚参加文房四宝博览会的函",
        record_title="关于商请支持砚川砚参加文房四宝博览会的函.wps",
        date="2025-07-08",
        notes="file-name title; a download page's info block, a 'right-click save is disabled' notice and a points line; the letter's own 联系人/电话",
        page="""
!m 公文素材下载网 · 每天更新
!m 素材首页 > 公函 > 商洽函
!t 关于商请支持砚川砚参加文房四宝博览会的函.wps
!m 授权方式：免费　大小：21K　语言：简体中文　更新日期：07-10
!a 【点击下载】　【报错】　【收藏】
{BODY}
!d 本站所有素材仅用于写作参考，严禁转载到其他网站。
!a 右键另存已屏蔽，请通过上方按钮下载
""",
        body="""
砚川县商务局：
第十二届文房四宝博览会将于9月在省城举办。为扩大砚川砚的知名度，我会拟组织十五家砚雕企业参展。
因参展企业多为小微企业，展位费负担较重，特商请贵局从外贸发展资金中给予展位费补助。
如蒙支持，不胜感激。
联系人：邓石坚，电话：0743-8312609。
砚川县砚雕艺术协会
2025年7月8日
""",
    ),
    dict(
        slug="rsks-longxi-xuefang-recruit-exam-html-timetable",
        site="泷溪县人事考试信息网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://rsks.longxi.example.gov.cn/ksap/2025/0812/1190.html",
        title="泷溪县血吸虫病防治站2025年公开招聘工作人员笔试公告",
        record_title="【考务公告】泷溪县血吸虫病防治站2025年公开招聘工作人员笔试公告",
        date="2025-08-12",
        notes="exam site: the committee's own 咨询电话 beside the system's 技术支持电话; a timetable; sentences telling candidates to 下载/打印 准考证 kept",
        page="""
<html><head><meta charset="utf-8"><title>泷溪县血吸虫病防治站2025年公开招聘工作人员笔试公告-泷溪县人事考试信息网</title></head><body>
<div class="top">⟦m 泷溪县人事考试信息网⟧ ⟦m 公平 公正 公开⟧</div>
<div class="nav">⟦l 首页｜考试公告｜成绩查询｜准考证打印入口｜政策法规⟧</div>
<div class="pos">⟦m 您的位置：首页 &gt; 考试公告⟧</div>
<h2>{T}</h2>
<div class="date">⟦m 发布日期：2025-08-12 来源：县人社局⟧</div>
{BODY}
<div class="tech">⟦w 报名系统技术支持电话：400-880-3162（工作日）⟧</div>
<div class="foot">⟦m 泷溪县人力资源和社会保障局主办⟧ ⟦m 湘ICP备12003357号⟧</div>
</body></html>
""",
        body="""
根据《泷溪县血吸虫病防治站2025年公开招聘工作人员公告》，现将笔试有关事项公告如下。
一、笔试时间安排
科目　时间
公共基础知识　8月23日9:00至11:00
医学基础知识　8月23日14:30至16:30
二、准考证打印
请考生于8月19日至8月22日登录报名系统下载并打印准考证。
三、注意事项
考生须凭准考证和有效身份证件入场，开考三十分钟后不得入场。
咨询电话：0731-8841506。
泷溪县公开招聘工作领导小组办公室
2025年8月12日
""",
    ),
    dict(
        slug="rsks-yanchuan-toll-post-interview-notice",
        site="砚川人事考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.ycrsks.example.gov.cn/mszl/2025/1105/402.html",
        title="砚川县交通投资集团2025年收费员岗位面试通知",
        record_title="砚川县交通投资集团2025年收费员岗位面试通知_砚川人事考试网",
        date="2025-11-05",
        notes="an interview notice with a candidates table; the site's slogan and a 'check results' call; the document's 联系电话 beside a 监督电话 line of the site",
        page="""
!m 砚川人事考试网
!m 招考资讯 ｜ 面试公告
!t 砚川县交通投资集团2025年收费员岗位面试通知_砚川人事考试网
!m 时间：2025/11/05 10:20　点击：2865
{BODY}
!a ★成绩查询请点击首页“查分通道”★
!m 考试监督电话：0743-8260012
!l 相关公告：砚川县2025年事业单位招聘体检公告
""",
        body="""
根据笔试成绩，按照一比三的比例确定面试人选，现将面试有关事项通知如下。
一、面试人员名单
准考证号　姓名　笔试成绩
20251103012　甘雨欣　78.5
20251103027　粟嘉明　77.0
20251103041　覃立夏　76.5
二、面试时间和地点
11月15日8:00，砚川县交通投资集团四楼会议室。
三、面试形式
面试采取结构化面试方式，满分一百分。
联系电话：0743-8266125。
砚川县交通投资集团有限公司
2025年11月5日
""",
    ),
    dict(
        slug="tender-incineration-fly-ash-html-contacts",
        site="泷溪县公共资源交易中心 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://ggzy.longxi.example.gov.cn/jyxx/fwcg/20251021/7751.html",
        title="泷溪环能发电有限公司飞灰稳定化处置服务项目公开招标公告",
        record_title="【服务类】泷溪环能发电有限公司飞灰稳定化处置服务项目公开招标公告",
        date="2025-10-21",
        notes="tender platform: purchaser and agency contacts kept beside the platform's CA hotline; a lots table; a 'download bid documents' sentence of the notice kept",
        page="""
<html><head><meta charset="utf-8"><title>泷溪环能发电有限公司飞灰稳定化处置服务项目公开招标公告</title></head><body>
<div class="hd">⟦m 泷溪县公共资源交易中心⟧ ⟦a 登录⟧ ⟦a 注册⟧ ⟦a 帮助中心⟧</div>
<div class="crumb">⟦m 首页 ＞ 交易信息 ＞ 服务采购 ＞ 招标公告⟧</div>
<h3>⟦t 【服务类】泷溪环能发电有限公司飞灰稳定化处置服务项目公开招标公告⟧</h3>
<div class="time">⟦m 【信息时间：2025-10-21】 【阅读次数：307】⟧ ⟦a 【我要打印】⟧ ⟦a 【关闭】⟧</div>
{BODY}
<div class="ca">⟦w CA证书办理及驱动问题请拨打：400-616-0918⟧</div>
<div class="ft">⟦m 地址：泷溪县政务服务中心五楼　邮编：410600⟧</div>
</body></html>
""",
        body="""
项目概况：泷溪环能发电有限公司飞灰稳定化处置服务项目采用公开招标方式，欢迎符合条件的供应商参加投标。
一、项目基本情况
包号　内容　预算
1包　飞灰螯合稳定化处置　210万元
2包　稳定化飞灰运输　86万元
二、获取招标文件
请于2025年10月22日至10月28日登录交易平台下载招标文件。
三、联系方式
采购人：泷溪环能发电有限公司，联系人：柯工，电话：0731-8850213。
代理机构：湘中招标咨询有限公司，联系人：汤女士，电话：0731-8852677。
""",
    ),
    dict(
        slug="tender-rongchuan-cave-lighting-bid-result",
        site="溶川招标采购网 (invented)",
        style="招投标网",
        genre="公示",
        kind="notice",
        form="text",
        source="http://www.rczbcg.example.com/zbgs/2025/0714/2231.html",
        title="溶川溶洞景区洞内照明改造工程中标结果公示",
        record_title=None,
        date="2025-07-14",
        notes="no record title: the title in the page; a bid candidates table; a 公示期 and 异议 contacts kept; platform chrome with a QR prompt and a share line",
        page="""
!m 溶川招标采购网 | 工程 · 货物 · 服务
!m 首页 » 中标公示 » 工程类
{T}
!m 发布时间：2025-07-14　信息来源：溶川文旅集团
!a 扫码关注“溶川招采”，第一时间获取招标信息
{BODY}
!l 分享到：微信 | 微博 | 复制链接
!d 本网所发布信息由招标人或代理机构提供，其真实性由发布方负责
""",
        body="""
溶川溶洞景区洞内照明改造工程已于2025年7月10日完成评标，现将中标结果公示如下。
中标单位：湘桂照明工程有限公司
中标价：一百三十八万六千元
工期：六十日历天
其他投标人评审情况：
投标人　报价　综合得分
湘桂照明工程有限公司　138.6万元　92.4
溶川华光电气有限公司　141.2万元　88.7
公示期为2025年7月14日至7月16日，对公示结果有异议的，请于公示期内以书面形式向招标人提出。
招标人：溶川文化旅游投资集团有限公司，电话：0776-7122308。
""",
    ),
    dict(
        slug="lawfirm-rafting-injury-liability-letter",
        site="磐石律师事务所 (invented)",
        style="律所网站",
        genre="函",
        kind="letter",
        form="text",
        source="https://www.panshilaw.example.com/insights/2025/rafting-liability.html",
        title="致漂流经营单位的法律风险提示函",
        record_title="法律风险提示丨致漂流经营单位的法律风险提示函",
        date="2025-06-09",
        notes="a law firm's letter: a decorated title; a lawyer card; a 'not legal advice' notice in my own words; the consult line at the bottom; the letter's own contact kept",
        page="""
!m 磐石律师事务所 · 文旅法律服务中心
!m 首页 / 研究成果 / 法律提示
!t 法律风险提示丨致漂流经营单位的法律风险提示函
!m 撰稿：龙静怡 律师　|　2025-06-09
{BODY}
!d 提示：本文仅为一般性法律信息，不作为对具体个案的法律意见。
!w 如需专项法律服务，欢迎致电 0775-6280000 与我们预约
!l 延伸阅读：景区游客受伤，谁来担责？
""",
        body="""
各漂流经营单位：
近年来，因漂流引发的人身损害纠纷逐年增多，部分经营单位因安全保障义务履行不到位被判承担赔偿责任。为此，我所提示如下：
一、经营单位对游客负有安全保障义务，未尽到义务造成游客损害的，应当承担侵权责任。
二、免责告示不能免除经营单位因故意或重大过失造成游客人身损害的责任。
三、建议经营单位为游客购买意外伤害保险，并完整保存安全告知、救生装备发放的记录。
如需进一步咨询，请与本所文旅法律服务团队联系，联系人：龙静怡，电话：0775-6281146。
磐石律师事务所
2025年6月9日
""",
    ),
    dict(
        slug="lawfirm-winery-trademark-article-html",
        site="明衡知识产权律师事务所 (invented)",
        style="律所网站",
        genre="评论",
        kind="other",
        form="html",
        source="https://www.minghenglaw.example.cn/article/9021.html",
        title="葡萄酒地理标志保护中的三个常见误区",
        record_title="葡萄酒地理标志保护中的三个常见误区 | 明衡律师",
        date="2025-04-02",
        notes="law-firm template: author card, a consult floating box, a 'share' bar and disclaimer; the article's date line is the page's date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>葡萄酒地理标志保护中的三个常见误区 | 明衡律师</title></head><body>
<header>⟦m 明衡知识产权律师事务所⟧ ⟦l 关于我们　专业领域　律师团队　明衡观点　联系我们⟧</header>
<section class="article"><h1>{T}</h1>
<div class="byline">⟦m 明衡观点 · 作者：邹博远 律师 · 2025年4月2日⟧</div>
{BODY}
<div class="card">⟦m 邹博远，明衡所合伙人，专注商标与地理标志业务。⟧</div>
<div class="share">⟦l 分享：微信　领英　邮件⟧</div>
<div class="disclaimer">⟦d 本文观点仅代表作者个人，不构成本所对任何事项的正式意见。⟧</div></section>
<div class="float">⟦w 免费咨询热线 400-090-7766⟧</div>
<footer>⟦m © 2025 明衡知识产权律师事务所　粤ICP备20081234号⟧</footer>
</body></html>
""",
        body="""
近年来，葡源等产区的酒庄越来越重视地理标志保护，但在实务中仍存在一些误区。
误区一：注册了商标就等于有了地理标志保护。地理标志证明商标由协会等组织注册，单个酒庄无权独占。
误区二：只要酒在产区灌装就可以使用地理标志。实际上，原料葡萄须来自划定的产区范围，并符合产品标准。
误区三：被他人冒用只能自认倒霉。权利人可以向市场监管部门投诉，也可以通过诉讼要求赔偿。
酒庄应当建立从葡萄园到灌装线的全过程记录，为维权保存证据。
""",
    ),
    dict(
        slug="community-incineration-open-day-signup",
        site="泷溪县城东社区服务网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.chengdongsq.example.com/sqgg/2025/0904/113.html",
        title="关于组织居民参观垃圾焚烧发电厂公众开放日的通知",
        record_title="【居民须知】关于组织居民参观垃圾焚烧发电厂公众开放日的通知",
        date="2025-09-04",
        notes="residents' site: a decorated title; a community service station's own phone kept beside the site's 24-hour 便民 line; a WeChat group prompt",
        page="""
!m 城东社区服务网 · 您身边的社区
!m 社区公告 ＞ 正文
!t 【居民须知】关于组织居民参观垃圾焚烧发电厂公众开放日的通知
!m 发布：社区居委会　时间：2025-09-04　已读 488
{BODY}
!w 加入城东邻里微信群，请添加网格员微信 cd_wangge01
!m 24小时便民服务热线：0731-8866100
!l 上一条：关于开展秋季灭鼠活动的通知　　下一条：社区老年食堂九月菜单
""",
        body="""
各位居民：
为让大家了解生活垃圾焚烧处理全过程，泷溪环能发电有限公司将于9月20日举办公众开放日，社区组织居民报名参观。
一、参观时间：9月20日上午9时，社区统一乘车前往，11时30分返回。
二、报名人数：共四十人，年满十八周岁的居民均可报名，额满为止。
三、报名方式：到社区服务站登记，或拨打社区服务站电话0731-8866235报名。
城东社区居民委员会
2025年9月4日
""",
    ),
    dict(
        slug="community-oubu-lotus-pond-volunteers-html",
        site="藕埠新村邻里网 (invented)",
        style="社区网站",
        genre="倡议书",
        kind="other",
        form="html",
        source="http://www.oubu-linli.example.net/news/show-2208.html",
        title="荷塘清淤志愿服务活动倡议书",
        record_title="荷塘清淤志愿服务活动倡议书-藕埠新村邻里网",
        date="2025-11-02",
        notes="residents' site: a 'join volunteers' button glued after a paragraph; a weather widget; a volunteer-hours table kept",
        page="""
<html><head><meta charset="utf-8"><title>荷塘清淤志愿服务活动倡议书-藕埠新村邻里网</title></head><body>
<div class="top">⟦m 藕埠新村邻里网⟧ <span class="wx">⟦m 今日 晴 12～21℃⟧</span></div>
<div class="menu">⟦l 首页　社区公告　邻里互助　志愿服务　办事指南⟧</div>
<h2>{T}</h2>
<p class="m">⟦m 2025-11-02　志愿服务队⟧</p>
{BODY}
<div class="tail">⟦l 评论（3）　赞（27）⟧</div>
<div class="ft">⟦m 藕埠新村社区居委会　地址：藕埠镇新村路1号⟧</div>
</body></html>
""",
        body="""
亲爱的邻居们：
村口的荷塘多年未清淤，塘底淤泥堆积，夏天异味明显。为还大家一塘清水，社区志愿服务队发出如下倡议：
一、11月15日至16日，我们将组织荷塘清淤志愿服务活动，欢迎身体健康的居民参加。⟦a 我要报名当志愿者＞⟧
二、参加活动可记录志愿服务时长：
活动内容　时长
清理塘边垃圾　2小时
协助转运淤泥　4小时
三、请参加的居民自带手套、胶鞋，社区统一准备工具和午餐。
藕埠新村社区志愿服务队
2025年11月2日
""",
    ),
    dict(
        slug="association-umbrella-makers-council-minutes-vote",
        site="伞塘油纸伞行业协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="other",
        form="text",
        source="https://www.stysxh.example.org.cn/xhdt/2025/0115/66.html",
        title="伞塘油纸伞行业协会第二届理事会第三次会议纪要",
        record_title="【协会动态】伞塘油纸伞行业协会第二届理事会第三次会议纪要",
        date="2025-01-15",
        notes="association site: minutes' 时间/地点/主持/出席/列席/记录 lines and a vote count kept; a membership prompt and footer",
        page="""
!m 伞塘油纸伞行业协会　传承匠艺 · 共谋发展
!m 当前位置：首页 - 协会动态
!t 【协会动态】伞塘油纸伞行业协会第二届理事会第三次会议纪要
!m 发布者：秘书处　日期：2025-01-15　浏览：219
{BODY}
!a 申请入会 ｜ 会员登录 ｜ 会费缴纳
!m 协会秘书处地址：伞塘县古镇东街12号　电话：0736-5128008
!d ©伞塘油纸伞行业协会　未经许可不得转载
""",
        body="""
时间：2025年1月14日上午
地点：伞塘县非遗展示馆二楼会议室
主持：会长 聂春禾
出席：理事十七人
列席：监事二人，秘书处工作人员
记录：钟小棠
会议审议通过了《协会2024年工作报告》和《2025年油纸伞文化节筹备方案》。
会议以举手表决方式审议会员发展事项，应到理事十九人，实到十七人，同意十七票，反对零票，弃权零票，同意吸收六家作坊为新会员。
会议要求秘书处在春节前完成会员信息更新工作。
伞塘油纸伞行业协会秘书处
2025年1月15日
""",
    ),
]

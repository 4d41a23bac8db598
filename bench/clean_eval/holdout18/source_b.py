"""holdout18, part B: government and public-institution sites of kinds no earlier part names (a
state-owned-assets commission, a border inspection station, an inspection (巡察) office, a
confidential-affairs bureau, a waterway affairs centre, an agricultural-products testing station, a
veterinary station, a sericulture station, a botanical garden, a national-defence mobilisation
office, a price-certification exam, a township tender page, a residents' rental-housing board).
Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="gov-guoziwei-notice-html-info-table",
        site="澄江市国资委 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://gzw.chengjiang.example.gov.cn/zwgk/tzgg/202504/t20250411_88127.html",
        title="关于做好2025年度市属国有企业负责人经营业绩考核工作的通知",
        record_title="关于做好2025年度市属国有企业负责人经营业绩考核工作的通知_通知公告_澄江市人民政府国有资产监督管理委员会",
        date="2025-04-11",
        notes="modern portal: index table (索引号, 发布机构, 文号 neutral), font-size row, 抄送 版记 and 附件 list kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于做好2025年度市属国有企业负责人经营业绩考核工作的通知_通知公告_澄江市人民政府国有资产监督管理委员会</title></head><body>
<div class="top">⟦m 澄江市人民政府国有资产监督管理委员会⟧<span>⟦a 无障碍浏览　长者模式　English⟧</span></div>
<ul class="nav"><li>⟦m 首页　机构概况　政务公开　国企改革　党的建设　互动交流⟧</li></ul>
<div class="loc">⟦m 当前所在：首页 ＞ 政务公开 ＞ 通知公告⟧</div>
<table class="idx"><tr><td>⟦m 索引号：11440900MB2C01874X/2025-00317⟧</td><td>⟦m 发布机构：市国资委考核分配科⟧</td></tr>
<tr><td>澄国资〔2025〕21号</td><td>⟦m 发布日期：2025-04-11⟧</td></tr></table>
<h1>{T}</h1>
<div class="fs">⟦a 【字体：特大 大 中 小】【打印本页】【关闭窗口】⟧</div>
<div class="TRS_Editor">
{BODY}
</div>
<div class="share">⟦l 分享：微信　微博　QQ⟧</div>
<div class="pn">⟦l 上一条：市国资委2025年第一季度国企运行情况通报⟧<br>⟦l 下一条：关于开展国企安全生产专项检查的通知⟧</div>
<div class="foot">⟦m 主办：澄江市人民政府国有资产监督管理委员会　网站标识码：4409000031⟧<br>⟦m 粤ICP备05088120号　粤公网安备44090202000217号⟧</div>
</body></html>
""",
        body="""
各市属国有企业：
为进一步发挥考核导向作用，推动市属国有企业高质量发展，现就做好2025年度经营业绩考核工作有关事项通知如下。
一、考核指标。年度考核指标由利润总额、净资产收益率、营业收现率和分类考核指标构成，科技型企业增设研发投入强度指标。
二、目标申报。各企业应于4月30日前报送年度经营业绩考核目标建议值及说明材料，纸质材料一式两份。
三、工作要求。各企业要严格按照财务快报口径填报数据，确保真实准确，对弄虚作假的将扣减考核得分。
附件：1.2025年度经营业绩考核目标建议表
2.考核指标计算说明
澄江市人民政府国有资产监督管理委员会
2025年4月11日
抄送：市纪委监委驻市国资委纪检监察组。
澄江市国资委办公室　2025年4月11日印发
""",
    ),
    dict(
        slug="gov-bianjian-notice-text-hotline",
        site="澜湾边境检查站 (invented)",
        style="政府门户",
        genre="通告",
        kind="notice",
        form="text",
        source="https://www.lanwanbj.example.gov.cn/jwgk/202506/t20250603_4410.html",
        title="关于端午节假期口岸通关高峰的出行提示",
        record_title="关于端午节假期口岸通关高峰的出行提示",
        record_date="2025-06-03",
        date="2025-06-03",
        notes="the station's own 咨询电话 in the body next to the 12367 footer line in other words; a 警务公开 breadcrumb; views line",
        page="""
!m 澜湾出入境边防检查站
!m 位置：首页 >> 警务公开 >> 出行提示
!t 关于端午节假期口岸通关高峰的出行提示
!m 2025-06-03　来源：站政治处　点击量：2071
{BODY}
!m 移民管理服务热线：一二三六七（全天候）
!a 【打印正文】　【返回顶部】
!l 相关阅读：暑期出入境高峰预测｜外籍人员入境须知
""",
        body="""
端午节假期将至，预计5月31日至6月2日澜湾口岸日均出入境旅客将达到3.6万人次，较平日增长约四成。
为便于旅客顺利通关，边检站提示如下：
1.请提前检查出入境证件有效期，内地居民往来港澳通行证签注应在有效期内。
2.符合条件的旅客可使用自助查验通道，平均通关时间不超过15秒。
3.高峰时段为每日8时至11时、17时至21时，请合理安排出行时间。
如有疑问，可拨打澜湾边检站咨询电话0756-7721367。
""",
    ),
    dict(
        slug="gov-xunchaban-report-html-sidebar",
        site="枫亭县委巡察办 (invented)",
        style="党建网",
        genre="报告",
        kind="report",
        form="html",
        source="http://xcb.fengting.example.gov.cn/xcdt/2025/0718/1209.html",
        title="县委第二轮巡察进驻情况的报告",
        record_title=None,
        date="2025-07-18",
        notes="no record title; 举报方式 box in the sidebar in words of its own; the report's own 监督电话 and mailbox lines kept; date from the byline and the signature",
        page="""
<html><head><meta charset="utf-8"><title>枫亭清风网-巡察动态</title></head><body>
<div id="head">⟦m 枫亭清风网　中共枫亭县纪律检查委员会　枫亭县监察委员会⟧</div>
<div id="menu">⟦m 首页 | 工作动态 | 巡察工作 | 审查调查 | 警示教育 | 廉政文化⟧</div>
<div id="main"><div class="left">
<h2>{T}</h2>
<p class="by">⟦m 作者：县委巡察办　发布时间：2025-07-18　浏览：416⟧</p>
{BODY}
<p>⟦l 【巡察工作】更多 >>⟧</p>
</div>
<div class="right"><h4>⟦l 线索举报⟧</h4><p>⟦m 网上举报入口 / 来信地址：枫亭县纪委信访室⟧</p><h4>⟦l 图说廉政⟧</h4></div></div>
<div id="foot">⟦d 本网站内容未经授权不得转载　技术支持：枫亭县融媒体中心⟧</div>
</body></html>
""",
        body="""
根据县委巡察工作统一部署，县委第二轮巡察5个巡察组已于7月中旬完成进驻，分别对县自然资源局、县交通运输局等10个单位党组织开展常规巡察。
进驻期间，各巡察组召开动员会10场，开展个别谈话312人次，调阅资料1400余份。
巡察期间设立专门值班电话和邮政信箱，受理反映被巡察党组织领导班子及其成员的来信来电来访。
监督电话：0738-5527001，邮箱：fthxc2@fengting.example.gov.cn。
巡察组将严格遵守巡察工作纪律，确保巡察工作取得实效。
中共枫亭县委巡察工作领导小组办公室
2025年7月18日
""",
    ),
    dict(
        slug="gov-jiyao-rules-text-print-scan",
        site="梓川市国家保密局 (invented)",
        style="政府门户",
        genre="制度",
        kind="other",
        form="text",
        source="http://bmj.zichuan.example.gov.cn/bmzs/202503/t20250320_3102.html",
        title="机关涉密文件打印复印管理规定",
        record_title="机关涉密文件打印复印管理规定 - 梓川保密宣传",
        date="2025-03-20",
        notes="a regulation whose articles speak of 打印/复印/扫描/下载; site action row uses other words; 发布时间 byline is the date",
        page="""
!m 梓川保密宣传　｜　保守国家秘密　人人有责
!m 您现在的位置：保密知识 > 制度规范
!t 机关涉密文件打印复印管理规定
!m 发布时间：2025-03-20　信息来源：市保密局
{BODY}
!a 〖收藏本文〗〖打印预览〗〖发送给朋友〗
!d 本站不处理涉密信息，请勿通过本站上传或传递涉密文件。
!l 下一条：涉密计算机保密管理“十不准”
""",
        body="""
第一条　为加强机关涉密文件打印、复印管理，防止国家秘密泄露，制定本规定。
第二条　涉密文件应当使用专用打印机、复印机打印复印，严禁使用联网设备或者具有无线功能的设备。
第三条　打印、复印涉密文件须经单位分管领导批准，并在《涉密文件复制登记簿》上登记份数、密级和经手人。
第四条　禁止将涉密文件扫描上传至互联网云盘，禁止从互联网下载软件安装到涉密计算机。
第五条　复制的涉密文件视同原件管理，使用完毕按规定清退或者销毁。
第六条　本规定自发布之日起施行。
""",
    ),
    dict(
        slug="gov-hangdao-notice-wrapped",
        site="汭江航道事务中心 (invented)",
        style="政府门户",
        genre="通告",
        kind="notice",
        form="text",
        source="http://hdzx.ruijiang.example.gov.cn/hxtg/2025/0805/552.html",
        title="关于汭江下游航段实施临时交通管制的航行通告",
        record_title=None,
        date="2025-08-05",
        notes="hard-wrapped at 70 columns; no record title; 通告编号 neutral; coordinates with decimal points",
        indent="\u3000\u3000",
        wrap=70,
        page="""
!m 汭江航道事务中心 - 航行通告
!m 首页 → 航道信息 → 航行通告
{T}
汭航通〔2025〕第17号
{BODY}
!m （本页信息更新于 2025-08-05 16:40）
!a 订阅航行通告短信 | 返回列表
!m 值班电话：0736-4208800　传真：0736-4208801
""",
        body="""
因汭江大桥主墩防撞设施施工需要，自2025年8月10日8时至8月25日18时，汭江下游K36+200至K37+500航段实施临时交通管制，该航段白天单向通航，夜间禁止通航。
过往船舶应提前与施工现场警戒船联系，服从现场指挥，控制航速，保持安全距离，严禁在管制水域追越、掉头、锚泊。
船舶可通过甚高频09频道与汭江航道执法船联系，或关注“汭江航道”微信公众号了解每日通航安排。
特此通告。
汭江航道事务中心
2025年8月5日
""",
    ),
    dict(
        slug="gov-nongjian-report-table-html-old",
        site="桐坪县农产品质量安全检测站 (invented)",
        style="政府门户",
        genre="报告",
        kind="report",
        form="html",
        source="http://www.tpncpjc.example.gov.cn/news_show.asp?id=1177",
        title="桐坪县2025年第二季度农产品质量安全例行监测结果通报",
        record_title="桐坪县2025年第二季度农产品质量安全例行监测结果通报",
        date="2025-07-08",
        notes="old ASP table layout with a marquee and visitor counter; a data table one row a paragraph; 发布时间 byline",
        p_html='<tr><td class="c">{}</td></tr>',
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>桐坪县农产品质量安全检测站</title></head><body>
<table width="100%"><tr><td>⟦m 桐坪县农产品质量安全检测站⟧</td></tr><tr><td><marquee>⟦m 热烈祝贺我站顺利通过检验检测机构资质认定复评审！⟧</marquee></td></tr></table>
<table><tr><td>⟦m 网站首页 ┊ 站务公开 ┊ 检测动态 ┊ 政策法规 ┊ 在线咨询⟧</td></tr></table>
<table width="780"><tr><td><b>{T}</b></td></tr>
<tr><td>⟦m 发布人：admin　发布时间：2025-7-8　阅读：[ 97 ] 次⟧</td></tr>
{BODY}
<tr><td>⟦a 【发表评论】【告诉好友】【打印此文】【关闭窗口】⟧</td></tr></table>
<table><tr><td>⟦m 您是本站第 0031877 位访客⟧</td></tr><tr><td>⟦m 地址：桐坪县城关镇农科路12号　电话：0745-8213366⟧</td></tr></table>
</body></html>
""",
        body="""
2025年第二季度，我站在全县8个乡镇的生产基地、批发市场和农贸市场抽检蔬菜、水果、畜禽产品共420批次，检测合格415批次，总体合格率98.8%。
类别　抽检批次　合格批次　合格率
蔬菜　260　256　98.5%
水果　90　89　98.9%
畜禽产品　70　70　100%
不合格样品主要为豇豆、芹菜中农药残留超标，已移交县农业综合行政执法大队依法处置。
""",
    ),
    dict(
        slug="gov-shouyizhan-notice-pages-glued-mix",
        site="禾阳镇畜牧兽医站 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.heyang.example.gov.cn/xmsy/20250301_220.html",
        title="关于开展2025年春季重大动物疫病集中免疫的通知",
        record_title="禾阳镇：关于开展2025年春季重大动物疫病集中免疫的通知",
        date="2025-03-01",
        notes="page markers ◖n◗ glued or not; decorated record title (town prefix); a table of vaccination quotas",
        indent="\u3000\u3000",
        pages=dict(fmt="◖{n}◗", every=130, start=2, glue="mix"),
        page="""
!m 禾阳镇人民政府网 > 部门动态 > 畜牧兽医站
!t 禾阳镇：关于开展2025年春季重大动物疫病集中免疫的通知
!m 稿源：镇畜牧兽医站　日期：2025年03月01日
{BODY}
!l 【相关链接】非洲猪瘟防控知识问答
!m 扫一扫在手机上打开当前页
""",
        body="""
各村（社区）：
为有效防控重大动物疫病，保障畜牧业生产安全和公共卫生安全，镇畜牧兽医站决定于3月10日至4月10日开展春季重大动物疫病集中免疫工作。
一、免疫病种为高致病性禽流感、口蹄疫、小反刍兽疫等，应免畜禽免疫密度常年保持在90%以上。
二、各村防疫员要做到村不漏户、户不漏畜、畜不漏针，建立免疫档案，加施畜禽标识。
村别　猪（头）　牛羊（头）　家禽（羽）
东岭村　1200　310　8600
石桥村　860　150　5200
三、免疫结束后，镇站将组织免疫抗体抽检，抽检结果纳入村级考核。
禾阳镇畜牧兽医站
2025年3月1日
""",
    ),
    dict(
        slug="gov-cansang-summary-junk-forum-repost",
        site="蚕乡论坛 (invented)",
        style="地方论坛",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://bbs.canxiang.example.com/thread-90212-1-1.html",
        title="县蚕桑技术推广站2024年工作总结",
        record_title="[转帖] 县蚕桑技术推广站2024年工作总结",
        date="2025-01-10",
        notes="a local forum reposts a sericulture station's summary; junk lines and glued junk; 楼主 line; 发表于 is later than the 成文日期 (also accepted)",
        date_also=["2025-01-13"],
        junk=dict(lines=2, glued=3),
        page="""
!m 蚕乡论坛 › 农事天地 › 种养交流
!t [转帖] 县蚕桑技术推广站2024年工作总结
!m 楼主：老桑农　发表于 2025-1-13 20:41　只看该作者
{BODY}
!l 回复　引用　举报　顶(12)
!m 签名：养蚕三十年，欢迎同行交流
!l 2#　桑园边的云：学习了，希望多发技术类帖子
""",
        body="""
2024年，站里紧紧围绕蚕桑产业提质增效目标，全年推广优质桑苗420万株，新建标准化桑园1800亩。
全县共发放蚕种2.6万张，实现蚕茧产量1050吨，蚕农售茧收入5300余万元，户均增收超过八千元。
我们组织技术人员深入蚕区开展小蚕共育、省力化蚕台等技术指导120余场次，培训蚕农3100人次。
新的一年，站里将重点推进桑园机械化管理和桑枝食用菌综合利用。
县蚕桑技术推广站
2025年1月10日
""",
    ),
    dict(
        slug="gov-zhiwuyuan-news-html-modern",
        site="岚山植物园 (invented)",
        style="政府门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.lanshanbg.example.org.cn/news/2025/0421/3388.html",
        title="植物园举办第十届春季花展暨科普开放日活动",
        record_title="植物园举办第十届春季花展暨科普开放日活动 | 岚山植物园",
        date="2025-04-21",
        notes="modern template, body split into short blocks; ticket booking button; photo credit and 审核 line glued after the last paragraph; a body sentence telling visitors to 扫码预约",
        p_html='<div class="txt-block"><p>{}</p></div>',
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>植物园举办第十届春季花展暨科普开放日活动 | 岚山植物园</title></head><body>
<header>⟦m 岚山植物园⟧<nav>⟦m 园区导览　科学研究　科普教育　新闻动态　购票入园⟧</nav><a class="btn">⟦a 立即购票⟧</a></header>
<section class="article"><h1>{T}</h1>
<div class="info">⟦m 2025年04月21日　来源：科普宣教部⟧</div>
{BODY}
<p class="editor">⟦m 文/图：苏映雪　审核：邓启明⟧</p>
</section>
<section class="more"><h3>⟦l 往期回顾⟧</h3><ul><li>⟦l 秋季菊花展开幕⟧</li><li>⟦l 珍稀植物保育成果发布⟧</li></ul></section>
<footer>⟦m 地址：岚山市青峰路1号　开放时间：8:00—17:30⟧<br>⟦d © 岚山植物园 版权所有⟧</footer>
</body></html>
""",
        body="""
4月19日，岚山植物园第十届春季花展暨科普开放日活动开幕，展出郁金香、杜鹃、樱花等春季花卉200余个品种。
本届花展首次设置“乡土植物”专区，集中展示本地原生观赏植物45种。
开放日期间，园区科研人员现场讲解植物分类知识，并组织中小学生开展植物标本制作体验。
花展持续至5月5日，市民可扫描园区入口处二维码预约入园，预约后凭身份证核验入园。
""",
    ),
    dict(
        slug="gov-guofang-speech-text-date-under",
        site="柘岭县国防动员办公室 (invented)",
        style="政府门户",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://gfdy.zheling.example.gov.cn/ldjh/2025/0915/71.html",
        title="在全民国防教育日主题活动启动仪式上的致辞",
        record_title=None,
        date="2025-09-15",
        notes="no record title; speaker line and a date in Chinese numerals under the title; views line; prev/next",
        page="""
!m 柘岭县国防动员办公室
!m 栏目：领导讲话　　浏览次数：208
{T}
县政府副县长　孟庆林
（二〇二五年九月十五日）
{BODY}
!l 上一篇：在人民防空警报试鸣动员会上的讲话
!l 下一篇：无
!m 网站地图 | 联系我们 | 湘ICP备2022117805号
""",
        body="""
同志们、同学们：
今天是第25个全民国防教育日，我们在这里隆重举行主题活动启动仪式，意义十分重大。
国防是国家生存与发展的安全保障，国防教育是建设和巩固国防的基础。
希望全县各级各部门把国防教育纳入干部教育培训和学校教育内容，推动国防教育进机关、进学校、进社区、进企业。
希望广大青年学生牢固树立国防观念，积极报名参军，在火热的军营中建功立业。
谢谢大家！
""",
    ),
    dict(
        slug="exam-jiagerz-notice-html-print",
        site="江澄市人事考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.jcpta.example.gov.cn/ksap/2025/0618/912.html",
        title="关于2025年度价格鉴证师资格考试考务工作安排的通知",
        record_title="关于2025年度价格鉴证师资格考试考务工作安排的通知-江澄市人事考试网",
        date="2025-06-18",
        notes="exam portal; a schedule table; the notice tells candidates to 下载打印准考证; 考生咨询电话 kept; footer hotline in other words",
        page="""
<html><head><meta charset="utf-8"><title>关于2025年度价格鉴证师资格考试考务工作安排的通知-江澄市人事考试网</title></head><body>
<div class="hd">⟦m 江澄市人事考试网⟧<div>⟦a 考生登录　报名入口　成绩查询⟧</div></div>
<div class="path">⟦m 首页 » 考试安排 » 专业技术人员资格⟧</div>
<h3>{T}</h3>
<div class="src">⟦m 发布日期：2025-06-18　作者：考务科⟧</div>
<div class="con">
{BODY}
</div>
<div class="attach">⟦a 相关附件下载（共0个）⟧</div>
<div class="ft">⟦m 技术支持：江澄市人事考试中心信息科　考务热线（工作日）：0751-3101234⟧</div>
</body></html>
""",
        body="""
各有关单位、各位考生：
2025年度价格鉴证师资格考试定于6月28日至29日举行，现将考务工作安排通知如下。
日期　时间　科目
6月28日　9:00—11:30　价格鉴证理论与实务
6月28日　14:00—16:30　经济学和价格学基础理论
6月29日　9:00—11:30　法学基础与相关法规
考生须于6月23日至27日登录报名系统下载打印准考证，凭准考证和有效身份证件参加考试。
考生咨询电话：0751-3108826。
江澄市人事考试中心
2025年6月18日
""",
    ),
    dict(
        slug="tender-tangxi-result-text",
        site="棠溪镇政府采购信息 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.tangxi.example.gov.cn/zfcg/zbgg/2025/0526/18.html",
        title="棠溪镇环卫保洁服务采购项目成交结果公告",
        record_title="棠溪镇环卫保洁服务采购项目成交结果公告.pdf",
        date="2025-05-26",
        notes="file-name title; a bid-result table; 质疑 contact kept; a 公告期限 line; related list",
        indent="  ",
        page="""
!m 棠溪镇人民政府门户网站·政府采购
!m 公告类型：成交结果　项目编号：TXZC-2025-009
!t 棠溪镇环卫保洁服务采购项目成交结果公告
{BODY}
!m 【信息来源：镇财政所】【发布日期：2025-05-26】【浏览：56】
!l 同类公告：棠溪镇路灯维修项目询价公告 | 镇卫生院设备采购更正公告
""",
        body="""
一、项目名称：棠溪镇环卫保洁服务采购项目
二、成交信息
供应商名称　成交金额（元/年）　服务期限
澄净环境服务有限公司　1,286,000　三年
三、公告期限：自本公告发布之日起1个工作日。
四、其他事项：各参加磋商的供应商对成交结果有异议的，可在公告期限届满之日起七个工作日内以书面形式提出质疑。
采购人联系人：何明远，联系电话：0739-5516201
棠溪镇人民政府
2025年5月26日
""",
    ),
    dict(
        slug="community-zufang-notice-text",
        site="翠湖街道社区服务网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.cuihujd.example.cn/sqgg/1188.html",
        title="关于开展出租房屋安全隐患排查的通知",
        record_title=None,
        date=None,
        notes="no record title and no date in the text; a relative time line (3天前) and a share stamp are no dates; a 网格员 contact in the body",
        page="""
!m 翠湖街道社区服务网 · 邻里一家亲
!t 【社区通知】关于开展出租房屋安全隐患排查的通知
!m 发布者：翠湖社区网格站　3天前　已读 488
{BODY}
!a 👍 点赞　💬 评论　↗ 转发到业主群
!l 评论（2）：3栋王阿姨：什么时候到我们楼？
!l 网格员回复：本周四下午
""",
        body="""
各位房东、租户：
近期全市开展出租房屋消防安全专项整治，社区将于本月组织网格员逐户开展排查。
排查重点包括：电动自行车是否在室内或楼道充电；是否存在私拉乱接电线；群租房是否设置隔断和违规住人。
请房东主动配合，提前准备房屋租赁合同和承租人身份证复印件。
如有疑问，请联系本网格网格员刘春燕，电话13907391126。
""",
    ),
]

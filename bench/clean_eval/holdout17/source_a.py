"""Holdout17 cases, part A: county bureaus and offices no earlier part imitated (a landscaping
bureau, a river-chief office, an organisation department's 12371-like site, a political-legal
committee's 平安 portal, an animal-husbandry station, a fisheries bureau, a police station's
community platform, a propaganda department's study column, a social-credit office, a
cultural-relics bureau's print view, a family-planning association in a cache, a committee on
ageing's forwarded mail). Invented text (sites, places, people, numbers, URLs); see ../README.md
and ../build.py. Styles are the build's labels nearest to each kind of site."""

CASES = [
    dict(
        slug="gov-heping-yuanlin-oldtable-ancient-trees",
        site="禾坪县园林绿化局 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://ylj.heping.example.gov.cn/ShowNews.asp?NewsID=2291",
        title="关于开展全县古树名木资源普查的通知",
        record_title="关于开展全县古树名木资源普查的通知--禾坪县园林绿化局",
        date="2025-03-14",
        notes="old table layout (gb2312 era): marquee, visitor counter, a 【字号 大 中 小】 row, a 【关闭窗口】 row; the notice's own 联系人/电话 and 附件 list; 成文日期 under the signature",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>关于开展全县古树名木资源普查的通知--禾坪县园林绿化局</title></head>
<body>
<table width="960" align="center"><tr><td>⟦m 禾坪县园林绿化局　绿满禾坪　花漾家园⟧</td></tr>
<tr><td><marquee>⟦m 热烈庆祝禾坪县荣获省级园林县城称号⟧</marquee></td></tr>
<tr><td>⟦m 首页 | 机构设置 | 政务公开 | 绿化动态 | 古树保护 | 网上信箱⟧</td></tr></table>
<table width="960" align="center"><tr>
<td width="220" valign="top"><table><tr><td>⟦l ◎ 绿化动态⟧</td></tr><tr><td>⟦l · 县城新增口袋公园五处⟧</td></tr><tr><td>⟦l · 春季义务植树活动启动⟧</td></tr></table>
<table><tr><td>⟦m 您是本站第 0048213 位访客⟧</td></tr></table></td>
<td valign="top">
<table><tr><td align="center"><b>{T}</b></td></tr>
<tr><td align="center">⟦m 文章来源：绿化股　　点击数：356　　更新时间：2025-3-15⟧</td></tr>
<tr><td align="right">⟦a 【字号 大 中 小】⟧</td></tr>
<tr><td>
{BODY}
</td></tr>
<tr><td align="right">⟦a 【打印此页】　【关闭窗口】⟧</td></tr></table>
</td></tr></table>
<table width="960" align="center"><tr><td align="center">⟦d 主办单位：禾坪县园林绿化局　版权所有 不得转载⟧<br>⟦m 地址：禾坪县青檀大道21号　电话：0739-6612207⟧<br>⟦m 湘ICP备11004592号⟧</td></tr></table>
</body></html>
""",
        body="""
各乡镇人民政府，县直有关单位：
为全面掌握全县古树名木资源状况，依法加强保护管理，经县政府同意，决定于2025年4月至9月在全县范围内开展古树名木资源普查。现将有关事项通知如下。
一、普查范围和对象
全县行政区域内树龄一百年以上的古树，以及具有重要历史、文化、科学价值或者纪念意义的名木，包括散生古树和古树群。
二、普查内容
逐株调查树种、树龄、树高、胸围、冠幅、生长势、立地条件和权属，拍摄照片并采集经纬度坐标，建立一树一档。
三、时间安排
4月为准备阶段，5月至8月为外业调查阶段，9月为内业整理和验收阶段。
四、工作要求
各乡镇要明确一名分管领导和一名联络员，于3月31日前将名单报县园林绿化局绿化股。
联系人：邓小川，电话：0739-6612215，邮箱：hplhg@example.cn。
附件：1.古树名木每木调查表
2.乡镇普查联络员名单回执
禾坪县园林绿化局
2025年3月14日
""",
    ),
    dict(
        slug="gov-weitang-hezhang-plan-wrapped-cn-date",
        site="苇塘县河长制办公室 (invented)",
        style="政府门户",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.weitang.example.gov.cn/hzz/tzgg/202504/t20250408_66120.html",
        title="苇塘县2025年河湖“清四乱”专项行动方案",
        date="2025-04-03",
        notes="hard-wrapped at 64 columns, cut by ⁑n⁑ markers on lines of their own; 成文日期 in Chinese numerals; a 河长公示牌 hotline in the body",
        page="""
!m 苇塘县人民政府门户网站 > 河长制 > 通知公告
{T}
!m 信息来源：县河长办　发布日期：2025-04-08　浏览量：[ 412 ]
!a 【大 中 小】　【打印】　【分享到：微信 微博】
{BODY}
!l 【上一条】苇塘县2024年度河湖长制工作考核结果通报
!l 【下一条】关于公布县级河长名单的公告
!d 苇塘县人民政府办公室主办　苇塘县大数据中心承办
!m 网站标识码：4312290014　湘公网安备43122902000133号
""",
        wrap=64,
        indent="\u3000\u3000",
        pages=dict(fmt="⁑{n}⁑", every=190, start=2),
        date_also=["2025-04-08"],
        body="""
为持续改善河湖面貌，巩固河湖长制工作成效，根据省、市河长办工作部署，结合我县实际，制定本方案。
一、工作目标
以全县流域面积五十平方公里以上河流和常年水面面积一平方公里以上湖泊为重点，全面排查整治乱占、乱采、乱堆、乱建问题，2025年11月底前实现存量问题清零，新增问题动态清零。
二、工作任务
（一）全面排查。各乡镇以村为单元，组织河湖巡查员逐段排查，建立问题清单、责任清单和整改清单。
（二）集中整治。对排查出的问题实行销号管理，能立即整改的立即整改，不能立即整改的明确整改时限和责任人。
（三）强化监督。在河湖公示牌上公布监督电话0739-6723110，畅通群众举报渠道，对群众反映的问题及时核查处理。
三、保障措施
县河长办每月调度一次工作进展，对进展缓慢的乡镇进行通报，整治情况纳入年度河湖长制考核。
苇塘县河长制办公室
二〇二五年四月三日
""",
    ),
    dict(
        slug="dangjian-liaochuan-zzb-speech-role-title",
        site="蓼川先锋网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://www.lcxfw.example.gov.cn/zzgz/ldjh/202502/t20250221_9082.html",
        title="县委常委、组织部部长周明远在全县组织工作会议上的讲话",
        record_title=None,
        date="2025-02-19",
        notes="modern Party-building template, no record title; the title keeps the speaker's role; a date line under the title (neutral); a 微信 扫一扫 box and a 党员e家 app prompt; 相关阅读 box",
        page="""
<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>蓼川先锋网</title></head>
<body>
<header class="site-head"><div class="logo">⟦m 蓼川先锋网　组织工作门户⟧</div>
<nav>⟦m 首页　组工要闻　基层党建　干部工作　人才工作　党员教育　公示公告⟧</nav>
<div class="login">⟦a 党员登录　|　注册⟧</div></header>
<div class="crumb">⟦m 当前位置：首页 » 组工要闻 » 领导讲话⟧</div>
<main>
<article>
<h2 class="art-title">{T}</h2>
<div class="sub">（2025年2月19日）</div>
<div class="art-meta">⟦m 发稿：县委组织部办公室　｜　阅读 1,204⟧</div>
<div class="art-content">
{BODY}
</div>
<div class="art-tools">⟦l 分享至：　微信　QQ空间　微博⟧　⟦a 打印本页⟧　⟦a 返回顶部⟧</div>
</article>
<aside>
<div class="box"><h4>⟦l 相关阅读⟧</h4><ul><li>⟦l 全县年轻干部培训班开班⟧</li><li>⟦l 县委组织部召开机关党员大会⟧</li><li>⟦l 基层党组织书记述职评议会召开⟧</li></ul></div>
<div class="box qr">⟦a 微信扫一扫　关注“蓼川组工”⟧</div>
<div class="box app">⟦a 下载“党员e家”APP，随时随地学习⟧</div>
</aside>
</main>
<footer>⟦d 版权所有：中共蓼川县委组织部　未经许可请勿转载⟧<br>⟦m 举报电话：12380　湘ICP备15007734号-2⟧</footer>
</body></html>
""",
        p_html='<p style="text-indent:2em">{}</p>',
        body="""
同志们：
这次会议的主要任务是，总结2024年全县组织工作，安排部署2025年重点任务。刚才，三个单位作了交流发言，讲得都很好。下面，我讲三个方面的意见。
一、把握形势，增强做好组织工作的使命感
过去一年，全县组织系统围绕中心、服务大局，抓班子、强队伍、建堡垒、聚人才，各项工作取得新的进展。全县新选派驻村第一书记二十三名，整顿软弱涣散村党组织十一个，引进各类急需紧缺人才一百四十六人。
二、突出重点，推动组织工作提质增效
一要坚持正确用人导向，注重在重大任务、艰苦岗位一线考察识别干部。二要抓实基层党建，推动党支部标准化规范化建设全面提升。三要做优人才服务，落实人才住房、子女入学等支持政策。
三、从严从实，锻造过硬组工干部队伍
组工干部要带头讲党性、重品行、作表率，严守组织人事纪律，以实际行动树立组织部门的良好形象。
同志们，新的一年任务艰巨。让我们以更加昂扬的精神状态，奋力开创全县组织工作新局面。
""",
    ),
    dict(
        slug="gov-zitong-pingan-summary-byline-date",
        site="梓桐长安网 (invented)",
        style="政府门户",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.ztcaw.example.gov.cn/zfzz/2025/0107/3341.html",
        title="梓桐县2024年平安建设工作总结",
        record_title="梓桐县2024年平安建设工作总结_政法综治_梓桐长安网",
        date="2025-01-07",
        notes="decorated record title _column_site; the date only in the byline's 发布时间 (the page's date); a 网格员 hotline sentence in the body; a 平安二维码 prompt between paragraphs",
        page="""
!m 梓桐长安网 · 平安梓桐　法治梓桐
!m 网站首页 / 政法综治 / 工作动态
{T}
!m 发布时间：2025-01-07 16:20　作者：县委政法委　责编：贺青
{BODY}
!l 本文关键词：平安建设　综治中心　网格化
!l 上一篇：县委政法委召开全体干部会议
!l 下一篇：全县开展冬季治安巡防行动
!m 梓桐县委政法委员会主办　联系电话：0738-5521100
""",
        indent="\u3000\u3000",
        body="""
2024年，全县政法综治战线坚持以人民为中心，统筹发展和安全，平安梓桐建设取得新成效，群众安全感测评达到98.6%。
一、矛盾纠纷多元化解机制更加健全
县综治中心实体化运行，整合信访、司法、调解等力量入驻，全年受理矛盾纠纷二千一百余件，化解率97.2%。
二、社会治安防控体系更加完善
深入推进常态化扫黑除恶斗争，电信网络诈骗案件发案数同比下降31%，可防性案件持续下降。
⟦a 扫描下方平安二维码，参与满意度测评⟧
三、基层社会治理基础更加坚实
全县划分网格六百一十二个，配备专兼职网格员九百余名；群众可拨打网格服务热线0738-5529110反映身边问题。
2025年，我们将坚持和发展新时代“枫桥经验”，推动平安建设再上新台阶。
""",
    ),
    dict(
        slug="gov-zhixi-xumu-notice-brace-markers",
        site="枳溪县畜牧兽医水产中心 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.zhixi.example.gov.cn/xmsc/tzgg/2025/0302/10041.html",
        title="关于做好2025年春季重大动物疫病集中免疫工作的通知",
        record_title="关于做好2025年春季重大动物疫病集中免疫工作的通知 - 枳溪县畜牧兽医水产中心",
        date="2025-03-02",
        notes="⦃n⦄ page markers glued to the continuation line (a PDF attachment pasted into the page); a 免疫情况统计 table; 抄送 版记",
        page="""
!m 枳溪县畜牧兽医水产中心
!m 位置：首页 ＞ 通知公告
{T}
!m 时间：2025/03/02　来源：动物防疫股　浏览：129次
!a 附件下载：通知原文.pdf（167KB）
{BODY}
!d 本站所载文章如需转载，请注明出处。
!m 中心地址：枳溪县城南路8号　邮编：416300
""",
        pages=dict(fmt="⦃{n}⦄", every=210, start=2, glue=True),
        body="""
各乡镇畜牧兽医站，各规模养殖场：
为有效防控高致病性禽流感、口蹄疫、小反刍兽疫等重大动物疫病，确保全县畜牧业生产安全和公共卫生安全，决定在全县开展2025年春季重大动物疫病集中免疫工作。现将有关事项通知如下。
一、免疫时间。3月10日至4月20日集中开展，此后每月定期补免，做到应免尽免、不留空当。
二、免疫病种。猪口蹄疫、牛羊口蹄疫、小反刍兽疫和高致病性禽流感均实行强制免疫，群体免疫密度常年保持在90%以上。
三、进度安排。各乡镇于每周五前上报免疫进度，县中心汇总后通报。
乡镇　应免猪（万头）　应免牛羊（万头）　应免家禽（万羽）
清泉镇　2.6　0.8　31
石门乡　1.9　1.1　24
四、工作要求。各乡镇要落实免疫档案制度，做好免疫标识佩戴和免疫效果监测，严禁使用过期疫苗。
枳溪县畜牧兽医水产中心
2025年3月2日
抄送：县农业农村局，各乡镇人民政府。
""",
    ),
    dict(
        slug="gov-weishan-yuye-ban-html-attachments",
        site="薇山县农业农村局渔政专栏 (invented)",
        style="政府门户",
        genre="通告",
        kind="notice",
        form="html",
        source="https://nync.weishan.example.gov.cn/yzzl/202502/t20250226_3412.html",
        title="薇山县关于2025年长江支流禁渔期管理的通告",
        record_title="薇山县关于2025年长江支流禁渔期管理的通告",
        record_date="2025-02-26",
        date="2025-02-26",
        notes="modern county template: breadcrumb, 索引号 table at the top, a share row, a 附件 list in the body, an 打印/关闭 row, related files; a 举报电话 in the notice and a different site phone in the footer",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>薇山县关于2025年长江支流禁渔期管理的通告</title></head>
<body>
<div class="topbar">⟦a 无障碍浏览　长者模式　简　繁⟧</div>
<div class="banner">⟦m 薇山县农业农村局　渔政管理专栏⟧</div>
<ul class="menu"><li>⟦m 机构职能⟧</li><li>⟦m 政策文件⟧</li><li>⟦m 渔政执法⟧</li><li>⟦m 互动交流⟧</li></ul>
<div class="pos">⟦m 您所在的位置：首页 &gt; 渔政执法 &gt; 通知公告⟧</div>
<table class="xxgk"><tr><td>⟦m 索引号：11430627MB1C23X/2025-00417⟧</td><td>⟦m 发文机关：薇山县农业农村局⟧</td></tr></table>
<div class="detail">
<h1>{T}</h1>
<div class="fx">⟦l 分享到：朋友圈　微博　复制链接⟧</div>
<div class="TRS_Editor">
{BODY}
</div>
<div class="op">⟦a 【打印】⟧⟦a 【关闭】⟧</div>
<div class="xg"><p>⟦l 相关文件：⟧</p><p>⟦l 薇山县水生生物保护区管理办法⟧</p><p>⟦l 关于公布休闲垂钓指定水域的公告⟧</p></div>
</div>
<div class="footer"><p>⟦d 主办：薇山县农业农村局　技术支持：薇山县融媒体中心⟧</p><p>⟦m 网站联系电话：0745-3310021⟧</p><p>⟦m 湘ICP备08110524号　政府网站标识码4312270007⟧</p></div>
</body></html>
""",
        body="""
为保护长江支流水生生物资源，维护水域生态安全，根据《中华人民共和国长江保护法》等规定，现就2025年禁渔期管理有关事项通告如下。
一、禁渔范围：县境内资水、夫夷水干流及其一级支流全部天然水域。
二、禁渔时间：全年禁止天然渔业资源的生产性捕捞。
三、禁止行为：禁止使用电鱼、毒鱼、炸鱼等方式捕鱼；禁止使用多钩多线等严重破坏资源的钓具。
四、违反本通告的，由渔业行政主管部门依法处理；构成犯罪的，依法追究刑事责任。
五、举报电话：0745-3318110，欢迎社会各界监督。
附件：1.薇山县禁渔水域示意图
2.休闲垂钓行为规范
薇山县农业农村局
2025年2月26日
""",
    ),
    dict(
        slug="community-yuban-police-pledge-cn-date",
        site="榆坂警民通 (invented)",
        style="社区网站",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://jmt.yuban.example.com/station/chengguan/notice/571",
        title="防范电信网络诈骗致辖区居民的倡议书",
        record_title="【警民通】防范电信网络诈骗致辖区居民的倡议书",
        date="2025-05-06",
        notes="a police station's community platform: app chrome (打开警民通APP, 一键报警 button), a decorated record title; the pledge asks readers to 下载 the anti-fraud app and 扫码 — body sentences; 成文日期 in Chinese numerals",
        page="""
!a 打开警民通APP，查看更多辖区警情
!m 榆坂县公安局城关派出所 > 社区公告
{T}
!m 民警 孙立平　2025-05-07　已读 2.3万
{BODY}
!a 一键报警　|　在线咨询　|　预约办证
!l 评论 36　点赞 512　转发
!l 热门：夜间骑行注意安全 / 身份证到期怎么办
!d 警民通平台内容由辖区派出所发布，转载请注明来源
""",
        date_also=["2025-05-07"],
        body="""
广大居民朋友们：
近期，冒充客服退款、刷单返利、虚假投资理财等电信网络诈骗案件在我辖区时有发生，给群众造成财产损失。为此，我们向全体居民发出如下倡议：
一、不轻信。凡是自称公检法要求转账到“安全账户”的，都是诈骗。
二、不透露。不向陌生人透露身份证号、银行卡号和短信验证码。
三、不转账。对方要求下载陌生会议软件、开启屏幕共享的，一律挂断。
四、多核实。请下载安装国家反诈中心APP，或扫描社区公告栏上的二维码开启预警功能，遇到可疑情况及时拨打96110咨询。
让我们携起手来，守好自己的“钱袋子”。
榆坂县公安局城关派出所
二〇二五年五月六日
""",
    ),
    dict(
        slug="dangjian-qiling-xcb-insight-wrapped",
        site="杞岭宣传网 (invented)",
        style="党建网",
        genre="心得体会",
        kind="experience",
        form="text",
        source="http://www.qlxc.example.gov.cn/llxx/xxxd/20250410/12288.shtml",
        title="参加县委理论学习中心组专题学习的心得体会",
        record_title="参加县委理论学习中心组专题学习的心得体会（学习心得）",
        date=None,
        notes="hard-wrapped at 58 columns without indent; decorated record title （学习心得）; title printed twice (once glued to a column name); no date in the document (the page shows only a relative time)",
        page="""
!m 杞岭宣传网 — 理论学习 — 学习心得
!t 学习心得｜参加县委理论学习中心组专题学习的心得体会
{T}
!m 2天前　来源：县委宣传部理论科　字数：1068
{BODY}
!a 本文已收录至“学习心得”专题，点击查看全部
!l 推荐阅读：读书班学员心得选登（一） · 青年理论学习小组活动侧记
!d 杞岭宣传网　版权所有
""",
        wrap=58,
        body="""
近期，我参加了县委理论学习中心组专题学习，围绕推进基层治理现代化进行了系统学习和交流研讨，收获很大，体会很深。
一是提高了政治站位。通过学习，我深刻认识到基层治理是国家治理的基石，必须把党的领导贯穿基层治理全过程。
二是找准了工作差距。对照学习内容，我感到自己在调查研究、联系群众方面还有不足，有时满足于听汇报、看材料，深入一线少。
三是明确了努力方向。今后我将坚持学用结合，每月至少到联系村调研两次，把学习成果转化为推动工作的实际成效。
""",
    ),
    dict(
        slug="gov-puchuan-credit-letter-banji",
        site="信用朴川 (invented)",
        style="政府门户",
        genre="函",
        kind="letter",
        form="text",
        source="https://credit.puchuan.example.gov.cn/xydt/tzgg/202506/t20250612_771.html",
        title="关于商请报送2025年上半年失信主体信用修复情况的函",
        record_title="关于商请报送2025年上半年失信主体信用修复情况的函 | 信用朴川",
        date="2025-06-10",
        notes="a social-credit portal: 信用查询 buttons, a 双公示 banner line, a 文号 line (neutral), the letter's own 联系人 and e-mail and a URL of a repair system, 抄送/印发 版记",
        page="""
!m 信用朴川 | 诚信建设万里行
!a 信用查询　信用修复　异议申诉　双公示
!m 首页 - 信用动态 - 通知公告
{T}
朴信用办函〔2025〕9号
!m 发布：县社会信用体系建设办公室　2025-06-12　访问量：87
{BODY}
!d 信用朴川网站提供的信息仅供参考，以相关部门出具的正式文书为准。
!m 技术支持电话：0746-2281030（工作日）
""",
        indent="\u3000\u3000",
        date_also=["2025-06-12"],
        body="""
县直各有关单位：
为做好失信主体信用修复工作，推动“应修尽修”，现商请各单位报送2025年上半年信用修复情况。
一、报送内容。本单位作出的行政处罚信息修复申请受理数、办结数，以及未予修复的原因。
二、报送方式。请登录信用修复管理系统（https://xyxf.puchuan.example.gov.cn）在线填报，同时将盖章扫描件发送至pcxyb@example.cn。
三、报送时间。请于6月25日前报送。
联系人：钟晓莉，电话：0746-2281056。
朴川县社会信用体系建设办公室
2025年6月10日
抄送：县发展和改革局。
朴川县社会信用体系建设办公室　　2025年6月10日印发
""",
    ),
    dict(
        slug="print-jinjiang-wenwu-notice-print-stamp",
        site="槿江市文物局 (invented)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="text",
        source="https://wwj.jinjiang.example.gov.cn/tzgg/202507/print_t20250703_55021.html",
        title="关于做好汛期文物安全工作的通知",
        record_title="关于做好汛期文物安全工作的通知（打印版）",
        date="2025-07-02",
        notes="a print view: a 打印时间 stamp (no date), the page's address, a [打印本页][关闭] row; 成文日期 under the signature; a numbered list",
        page="""
!m 槿江市文物局　www.jjwwj.example.gov.cn
!m 打印日期：2025年07月09日 10:32
!t 关于做好汛期文物安全工作的通知（打印版）
!m 原文链接：https://wwj.jinjiang.example.gov.cn/tzgg/202507/t20250703_55021.html
{BODY}
!a [打印本页]　[关闭窗口]
!d ©槿江市文物局 2025
""",
        gap=True,
        body="""
各区县文物主管部门，各文物保护单位、博物馆：
当前我市已进入主汛期，强降雨、雷电等极端天气多发，文物安全面临严峻考验。为切实做好汛期文物安全工作，现就有关事项通知如下。
1.全面开展隐患排查。重点检查古建筑屋面、排水系统和周边山体，发现险情立即采取临时加固措施。
2.加强防雷设施检测。各文物保护单位要对防雷装置进行一次全面检测，确保有效运行。
3.落实值班值守制度。汛期实行二十四小时值班，重大险情第一时间报告市文物局。
4.做好馆藏文物防潮。各博物馆要加强库房温湿度监测，必要时对文物进行转移保护。
槿江市文物局
2025年7月2日
""",
    ),
    dict(
        slug="snapshot-quyang-jisheng-plan-year-only",
        site="蕖阳县计划生育协会 (invented)",
        style="搜索快照",
        genre="计划",
        kind="plan",
        form="text",
        source="http://cache.souyi.example.com/c?u=www.qyjsxh.example.org.cn/gzjh/2025/118.html",
        title="蕖阳县计划生育协会2025年工作要点",
        record_title=None,
        date=None,
        notes="a search engine's snapshot banner and its 快照日期 stamp (no date); the title only in the page; a year only in the title; a 生育友好 hotline in the body",
        page="""
!d 这是搜易网对 http://www.qyjsxh.example.org.cn/gzjh/2025/118.html 的缓存，是网页在2025年3月2日的快照。
!a 当前页面可能已经更改，点击这里查看最新页面。
!m 搜易快照　不代表被搜索网站的即时页面
!m 蕖阳县计划生育协会 | 工作计划
{T}
!m 录入：秘书处　日期：不详
{BODY}
!l 下一篇：县计生协召开第五届理事会第三次会议
!m 蕖阳县计划生育协会　地址：蕖阳县人民路102号
""",
        indent="\u3000\u3000",
        body="""
2025年，县计生协将围绕服务人口高质量发展，突出生育关怀、青春健康、家庭健康促进三项重点，扎实做好各项工作。
一、深化计生家庭帮扶。开展“暖心行动”，对计划生育特殊家庭做到走访慰问全覆盖，年内走访不少于三百户。
二、推进青春健康教育。在全县中学开展青春健康同伴教育活动十场以上，培训主持人四十名。
三、建设生育友好社区。在城区选择三个社区开展试点，开通婴幼儿照护咨询热线0735-8128120。
四、加强协会自身建设。完善基层协会组织网络，做好会员发展和会费收缴工作。
""",
    ),
    dict(
        slug="mail-dihua-laoling-minutes-forwarded",
        site="棣华市老龄工作委员会办公室 (invented)",
        style="邮件转发",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="mail://laoling-dihua/INBOX/4471",
        title="市老龄委2025年第一次全体成员会议纪要",
        record_title="转发：市老龄委2025年第一次全体成员会议纪要",
        date="2025-03-28",
        date_also=["2025-03-25"],
        notes="a forwarded mail: 发件人/收件人/发送时间 headers (meta), a forwarding note, the mail's own 附件 header, a signature with a phone; the minutes' 时间/地点/主持/出席 lines and 印发 date",
        page="""
!m 发件人：市老龄办综合科 <zhk_llb@example.cn>
!m 收件人：各成员单位联络员
!m 发送时间：2025年3月31日(星期一) 上午9:15
!m 主题：转发：市老龄委2025年第一次全体成员会议纪要
!m 附件：会议纪要.docx (32KB)
!a 各位联络员：转发纪要一份，请查收并抓好落实。收到请回复。
{T}
{BODY}
!w 市老龄办综合科 刘佳　办公电话：0731-5562288　手机同微信：139 0731 4471
!d 此邮件及附件可能含有内部信息，如误收请立即删除。
""",
        body="""
时间：2025年3月25日上午
地点：市行政中心3号楼第二会议室
主持：副市长、市老龄委主任龚平
出席：市老龄委各成员单位分管负责同志
会议听取了市老龄办关于2024年老龄工作情况和2025年工作安排的汇报，研究了有关事项。纪要如下：
一、会议认为，过去一年全市老龄工作扎实推进，新建社区老年食堂四十二家，老年人优待证办理实现“掌上办”。
二、会议要求，各成员单位要按照职责分工，抓好老年友好型社区创建和适老化改造工作，6月底前报送阶段进展。
三、会议明确，由市卫健委牵头，会同市民政局研究制定老年人健康服务清单。
棣华市老龄工作委员会办公室
2025年3月28日印发
""",
    ),
]

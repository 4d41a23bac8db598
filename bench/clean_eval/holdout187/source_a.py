"""holdout187, part A: 范文站, 文库预览, 政府门户, 新闻门户, 论坛. Invented text, written blind."""

CASES = [
    dict(
        slug="fanwen-yuanbi-speech-village-clinic-doctors",
        site="援笔范文苑 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.yuanbi365.cn/jh/weisheng/2024/1187.html",
        title="在全县村卫生室乡村医生业务轮训开班式上的讲话",
        record_title="在全县村卫生室乡村医生业务轮训开班式上的讲话【热门3篇】",
        date="2024-04-09",
        notes="decorated record title; date under the speech title; speaker line neutral; writing-service prompt glued after a sentence",
        page="""
!m 援笔范文苑｜笔下有章法
!m 位置：首页 ＞ 讲话稿 ＞ 卫生健康讲话
!t 在全县村卫生室乡村医生业务轮训开班式上的讲话【热门3篇】
!m 整理：荀棠　更新：前天　浏览：986
!a ☆收藏本篇　⇩存为文档　⎙打印此页
{T}
县卫生健康局副局长　葛仲衡
（2024年4月9日）
{BODY}
!a 篇幅较长，后两篇需兑换阅读券查看
!l 同主题推荐：
!l ▪ 基层卫生人才培训班结业讲话
!l ▪ 乡镇卫生院院长述职报告范文
!d 声明：本页文字系网友整理投稿，仅供写作借鉴，请勿原文照搬。
!m ©援笔范文苑 2019—2024　湘ICP备20331871号
""",
        indent="\u3000\u3000",
        body="""
各位乡村医生、同志们：
今天，全县村卫生室乡村医生业务轮训正式开班了。这次轮训分四期进行，每期五天，覆盖全县218个村卫生室的312名乡村医生。借此机会，我讲三点意见。
一、要认清村卫生室的“网底”作用。村卫生室是农村三级医疗卫生服务网络的最末端，群众头疼脑热、慢病随访、预防接种都离不开大家。近年来，全县村卫生室标准化建设达标率提高到91%，但部分乡村医生年龄偏大、知识更新慢的问题依然突出。⟦w 需要同类讲话原创定制，加V：ybfw_2017⟧
二、要把学习成果用到诊疗一线。这次轮训重点讲授常见病合理用药、高血压糖尿病规范管理、急救技能和中医适宜技术，请大家带着问题来、带着办法回。
三、要严守纪律，学有所成。轮训实行签到和结业考核，考核不合格的要参加补训。希望大家珍惜机会，学以致用，守护好乡亲们的健康。
""",
    ),
    dict(
        slug="fanwen-qingshu-summary-family-tradition-html",
        site="青书公文网 (invented)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://www.qingshugw.com/zongjie/jiafeng/20231221_5562.html",
        title="檫川镇2023年家风家训建设工作总结",
        record_title="檫川镇2023年家风家训建设工作总结（可编辑范本）_青书公文网",
        date="2023-12-18",
        notes="old table layout, gb2312; 成文日期 under the signature; sidebar hot list; consult box between paragraphs",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>檫川镇2023年家风家训建设工作总结（可编辑范本）_青书公文网</title>
<script>var _cnt=1;function addFav(){}</script></head>
<body bgcolor="#f4f1e8">
<table width="960" align="center"><tr><td class="logo">⟦m 青书公文网 · 公文写作资料库⟧</td><td align="right"><a href="#" onclick="addFav()">⟦a 设为书签⟧</a> | <a href="/reg.asp">⟦a 会员注册⟧</a></td></tr></table>
<table width="960" align="center"><tr><td class="nav">⟦m 首页 ｜ 工作总结 ｜ 工作计划 ｜ 讲话致辞 ｜ 心得体会⟧</td></tr></table>
<table width="960" align="center"><tr>
<td width="700" valign="top">
<div class="path">⟦m 当前所在：青书公文网 → 工作总结 → 乡镇工作总结⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 时间：2023-12-21　点击：<span id="hits">1204</span>　编辑：知白⟧</div>
<div class="ct">
{BODY}
</div>
<div class="pn">⟦l 上一篇：镇妇联2023年工作总结及2024年工作思路⟧<br>⟦l 下一篇：村级“道德评议会”运行情况汇报⟧</div>
</td>
<td width="240" valign="top" class="side">
<h3>⟦l 本周热阅⟧</h3>
<ul><li>⟦l 乡风文明建设工作总结⟧</li><li>⟦l 最美家庭评选活动方案⟧</li><li>⟦l 移风易俗倡议书（三篇）⟧</li></ul>
</td></tr></table>
<table width="960" align="center"><tr><td class="foot">⟦d 本站文章均为网友投稿，仅供参考学习，转载请保留出处。⟧<br>⟦m 青书公文网 版权所有 鄂ICP备16029471号⟧</td></tr></table>
</body></html>
""",
        p_html='<p style="text-indent:2em">{}</p>',
        body="""
2023年，檫川镇以“立家规、传家训、树家风”为主线，把家风家训建设融入乡村治理和精神文明建设，全镇14个村（社区）家风家训上墙入户率达到96%。现将有关情况总结如下。
一、主要做法
（一）征集家训。发动群众挖掘整理祖辈家训、老辈人的治家格言，共征集家训家规2300余条，评选“优秀家训”120条，汇编成《檫川家训百句》。
（二）评选典型。开展“最美家庭”“好婆婆好媳妇”评选，表彰各类典型家庭86户，组织典型家庭宣讲18场。
⟦w 写材料没头绪？资深笔杆一对一指导，咨询热线 400-661-0928⟧
（三）阵地建设。在镇文化广场和8个村建成家风文化长廊，把好家训写进村规民约。
二、存在问题
部分村活动形式单一，年轻群众参与度不高，家风建设与移风易俗结合还不够紧密。
三、下步打算
2024年，镇里将推动家风家训进校园、进企业，探索“家风积分”管理，让好家风成为檫川的鲜明标识。
中共檫川镇委员会宣传办
2023年12月18日
""",
    ),
    dict(
        slug="wenku-lingshu-plan-conjunctivitis-school",
        site="灵书文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://wenku.lingshu.net/view/c2a91f0e77.html",
        title="楝溪县中小学急性出血性结膜炎防控工作方案",
        record_title=None,
        date="2024-08-26",
        notes="no record title; page markers ⨭2⨭ cut sentences; preview-end prompt; Chinese-numeral date",
        page="""
!m 灵书文库 — 海量文档 免费预览
!m 文库首页 / 教育资料 / 卫生防疫
{T}
!m 上传用户：楝溪小雨　　上传于 2024-09-03　　4页　　格式：DOC
!a 阅读已达免费上限，开通会员可下载无水印原文
{BODY}
!a 还剩1页未读，继续阅读
!a ▼ 下载完整版 ▼
!l 你可能还喜欢：学校手足口病防控预案 | 秋季开学传染病防控方案
!d 本文档由用户上传，灵书文库仅提供存储服务，如有侵权请提交申诉。
""",
        indent="\u3000\u3000",
        pages=dict(fmt="⨭{n}⨭", every=170, start=2),
        body="""
为有效预防和控制急性出血性结膜炎（俗称“红眼病”）在校园内传播，保障师生身体健康，结合我县实际，制定本方案。
一、工作目标
早发现、早报告、早隔离、早治疗，杜绝因聚集性疫情造成停课，力争全县中小学不发生暴发疫情。
二、防控措施
（一）落实晨午检制度。班主任每天晨检、午检时注意观察学生眼部有无发红、流泪、分泌物增多等症状，发现疑似病例立即报告校医。
（二）严格隔离管理。确诊或疑似学生应居家隔离治疗，症状消失后七天凭医疗机构证明返校。
（三）加强环境消毒。教室门把手、课桌、水龙头每天消毒不少于两次，游泳课和集体眼保健操在流行期间暂停。
三、职责分工
县教育局负责督导各校落实防控措施，县疾控中心负责技术指导和疫情处置，各学校校长为第一责任人。
楝溪县教育局　　楝溪县卫生健康局
二〇二四年八月二十六日
""",
    ),
    dict(
        slug="wenku-yuedu-plan-hemorrhagic-fever-html-pages",
        site="悦读文档 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="html",
        source="https://www.yueduwd.com/p-30918274.html",
        title="栝城市2024年肾综合征出血热防控工作方案",
        record_title="栝城市2024年肾综合征出血热防控工作方案.doc",
        date="2024-03-15",
        notes="file-name record title; HTML preview with page-marker paragraphs ⩿2⪀; pay wall",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>栝城市2024年肾综合征出血热防控工作方案.doc - 悦读文档</title>
<link rel="stylesheet" href="/s/reader.css"><script src="/s/stat.js"></script></head>
<body>
<header class="top"><a href="/" class="logo">⟦m 悦读文档⟧</a><nav>⟦m 首页　分类　排行　专题⟧</nav><a class="login">⟦a 登录/注册⟧</a></header>
<div class="wrap"><div class="main">
<h1 class="doc-title">{T}</h1>
<div class="doc-meta">⟦m 共5页　|　2.1万次浏览　|　上传者：gc疾控小李⟧</div>
<div class="toolbar">⟦a 下载(8券)⟧ ⟦a 加入文件夹⟧ ⟦a 举报⟧</div>
<div class="reader">
{BODY}
</div>
<div class="paywall">⟦a 免费阅读已结束，付费1.9元下载全文⟧</div>
</div>
<aside class="side"><h4>⟦l 相关推荐⟧</h4><ul><li>⟦l 鼠疫防控应急预案⟧</li><li>⟦l 春季灭鼠工作方案⟧</li></ul></aside></div>
<footer>⟦d 文档内容由用户提供，本站不对内容的准确性负责。⟧ ⟦m 浙ICP备21004412号⟧</footer>
</body></html>
""",
        p_html='<div class="pg-line">{}</div>',
        pages=dict(fmt="⩿{n}⪀", every=160, start=2),
        body="""
为做好2024年肾综合征出血热防控工作，降低发病率和病死率，根据省卫生健康委有关要求，结合我市实际，制定本方案。
一、流行形势
我市是肾综合征出血热老疫区，2023年报告病例47例，较上年上升12%，病例主要集中在11月至次年1月，以农民为主，多与野外劳动、接触鼠类有关。
二、主要措施
（一）开展鼠情监测。在3个县（区）设立监测点，春秋两季各开展一次鼠密度和带毒率调查。
（二）推进疫苗接种。对疫区16至60岁重点人群开展免费接种，全年完成接种1.2万剂次。
（三）强化病例救治。各级医疗机构对发热伴“三红三痛”症状的患者要及时检测，确诊病例按规定转诊。
三、保障措施
各地要将防控经费纳入预算，加强督导考核，确保各项措施落实到位。
栝城市卫生健康委员会
2024年3月15日
""",
    ),
    dict(
        slug="gov-hezhu-notice-audiovisual-edu-html",
        site="荷渚县人民政府网 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.hezhu.gov.cn/zwgk/tzgg/202405/t20240513_88412.html",
        title="关于开展2024年全县中小学数字教育资源应用评比活动的通知",
        record_title="关于开展2024年全县中小学数字教育资源应用评比活动的通知_荷渚县人民政府网",
        date="2024-05-11",
        notes="modern county portal; index table meta; document number neutral; attachment list and contact kept; 扫码 sentence kept; byline 发布日期 differs",
        date_also=["2024-05-13"],
        page="""
<!doctype html><html lang="zh"><head><meta charset="utf-8"><title>关于开展2024年全县中小学数字教育资源应用评比活动的通知_荷渚县人民政府网</title>
<script>window.__site={id:"hz01"};</script><style>.ft{color:#666}</style></head>
<body>
<div class="topbar">⟦a 无障碍浏览⟧ ⟦a 长者模式⟧ ⟦a 繁體⟧ ⟦m 今天是：<span id="today"></span>⟧</div>
<div class="banner">⟦m 荷渚县人民政府⟧</div>
<ul class="menu"><li>⟦m 首页⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政务服务⟧</li><li>⟦m 互动交流⟧</li><li>⟦m 走进荷渚⟧</li></ul>
<div class="crumb">⟦m 您的位置： 首页 &gt; 政务公开 &gt; 通知公告⟧</div>
<table class="xxgk"><tr><td>⟦m 索引号：HZ-0112-2024-0041⟧</td><td>⟦m 发布机构：荷渚县电化教育馆⟧</td></tr><tr><td>⟦m 发布日期：2024-05-13⟧</td><td>⟦m 主题分类：教育⟧</td></tr></table>
<h2 class="tit">{T}</h2>
<p class="wh">荷电教〔2024〕7号</p>
<div class="TRS_Editor">
{BODY}
</div>
<div class="tools">⟦a 【打印本页】⟧ ⟦a 【关闭】⟧ ⟦l 分享到：微博 微信 QQ空间⟧</div>
<div class="ft">⟦m 主办：荷渚县人民政府办公室　网站标识码：3309270012⟧<br>⟦m 浙公网安备 33092702000118号⟧<br>⟦m 政务服务热线：0580-12345⟧</div>
</body></html>
""",
        body="""
各乡镇中心学校，县直各学校：
为推动数字教育资源在课堂教学中的常态化应用，县电化教育馆决定开展2024年全县中小学数字教育资源应用评比活动。现将有关事项通知如下。
一、参评对象
全县中小学在职教师，每人限报一件作品。
二、评比类别
1.课堂实录类：完整一节课，时长不超过45分钟。
2.微课类：时长5至10分钟。
3.资源应用案例类：字数3000字以内。
三、报送要求
作品于6月20日前上传至县教育资源公共服务平台，教师可扫描平台二维码登录后提交，逾期不予受理。
四、联系方式
联系人：卢晓岚　电话：0580-6021347　邮箱：hzdjg@163.com
附件：1.数字教育资源应用评比报名表
2.评分细则
荷渚县电化教育馆
2024年5月11日
""",
    ),
    dict(
        slug="gov-zhanshan-plan-spring-travel-rush",
        site="栈山县人民政府 (invented)",
        style="政府门户",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.zhanshan.gov.cn/art/2024/1/12/art_1520_40921.html",
        title="栈山县2024年春运工作方案",
        date="2024-01-12",
        record_date="2024-01-12",
        notes="record date; 抄送 and 印发 版记 kept; data table one row a paragraph; site font-size row glued to the heading line",
        page="""
!m 栈山县人民政府门户网站
!m 首页 » 信息公开 » 政府文件 » 县府办文件
{T}
!m 文章来源：县交通运输局　　发布时间：2024-01-12 09:31　　浏览次数：[ 4120 ]
!a 字号：〖大 中 小〗　　视力保护色：〖绿 黄 白〗
栈政办发〔2024〕2号
{BODY}
!a 〖打印正文〗〖关闭窗口〗
!l 相关文件：栈山县2023年春运工作总结　|　县道路运输安全专项整治方案
!m 栈山县人民政府办公室主办　地址：栈山县府前路1号　邮编：354200
!m 闽ICP备05021874号
""",
        date_also=[],
        body="""
各乡镇人民政府，县直有关单位：
2024年春运自1月26日开始，至3月5日结束，共40天。为确保春运期间群众安全便捷出行，制定本方案。
一、运力预测
预计全县春运期间道路旅客发送量58万人次，日均1.45万人次，节前1月30日至2月8日和节后2月14日至2月20日为两个高峰。
二、运力安排
线路　　车辆数　　日均班次
县城—省城　　42　　96
县城—各乡镇　　88　　310
乡镇—村　　120　　420
三、保障措施
（一）客运站实行“一站一策”，增设临时售票窗口，节假日延长营业时间。
（二）交警、交通部门加强“两客一危”车辆动态监控，严查超员超速和疲劳驾驶。
（三）气象部门及时发布雨雪冰冻预警，交通部门做好山区道路除冰保畅准备。
抄送：县委办，县人大常委会办，县政协办。
栈山县人民政府办公室　　2024年1月11日印发
""",
    ),
    dict(
        slug="news-kuanjiang-html-cadet-school-opening",
        site="宽江新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.kuanjiangnews.cn/jy/2024-07/10/content_318774.htm",
        title="宽江区少年军校暑期营开营 380名学生体验国防教育",
        record_title=None,
        date="2024-07-10",
        notes="no record title; byline 发布时间 is the page date; photo caption and editor line between/after paragraphs; hot list",
        page="""
<html><head><meta charset="utf-8"><title>宽江区少年军校暑期营开营 380名学生体验国防教育-宽江新闻网</title>
<script type="text/javascript">var cid=318774;</script></head>
<body>
<div id="hd"><div class="logo">⟦m 宽江新闻网⟧</div><div class="slogan">⟦m 宽江人自己的新闻门户⟧</div>
<ul class="chan"><li>⟦m 时政⟧</li><li>⟦m 教育⟧</li><li>⟦m 民生⟧</li><li>⟦m 视频⟧</li></ul></div>
<div id="main">
<div class="crumb">⟦m 宽江新闻网 &gt;&gt; 教育频道 &gt;&gt; 正文⟧</div>
<h1>{T}</h1>
<div class="byline">⟦m 发布时间：2024-07-10 17:02　来源：宽江日报　记者：齐珊　通讯员：晏冬⟧</div>
<div id="content">
{BODY}
</div>
<div class="editor">⟦m 【责编：鲁青　审核：付岩】⟧</div>
<div class="share">⟦l 转发到：⟧<a>⟦l 微信⟧</a><a>⟦l 微博⟧</a></div>
</div>
<div id="side"><h3>⟦l 24小时热榜⟧</h3><ol><li>⟦l 宽江至岚州快速路下月通车⟧</li><li>⟦l 区实验小学新校区秋季启用⟧</li></ol></div>
<div id="ft">⟦d 未经书面授权不得转载、摘编⟧ ⟦m 互联网新闻信息服务许可证：4412024001⟧</div>
</body></html>
""",
        body="""
7月10日上午，宽江区少年军校2024年暑期营在区青少年国防教育基地开营，来自全区21所中小学的380名学生将参加为期七天的集训。
开营仪式上，教官代表为学员授旗，学员代表进行了宣誓。区教育局负责人介绍，暑期营设置队列训练、内务整理、国防知识讲座、应急救护和野外定向等课程，并邀请退役军人讲述军营故事。
⟦m 图为学员在基地操场进行队列训练。（记者 齐珊 摄）⟧
“第一次叠‘豆腐块’被子，花了半个小时才叠好。”区第三中学学生陈一鸣说，希望在这几天里练出好作风。
据了解，宽江区少年军校自2015年成立以来，已累计培训中小学生1.6万余人次。
""",
    ),
    dict(
        slug="news-yuhe-text-cerebral-palsy-rehab",
        site="榆河融媒 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.yuhe-rm.com/news/shehui/20240521/66102.shtml",
        title="榆河县脑瘫儿童康复救助实现“应救尽救”",
        record_title="榆河县脑瘫儿童康复救助实现“应救尽救” - 民生 - 榆河融媒",
        date="2024-05-21",
        notes="decorated title with column and site; title repeated glued to the lead; 发稿 line; app download prompt between paragraphs",
        page="""
!m 榆河融媒 | 新闻客户端
!m 首页 > 民生
!t 榆河县脑瘫儿童康复救助实现“应救尽救” - 民生 - 榆河融媒
!m 2024年05月21日 08:47　　编辑：韦晓　　来源：榆河广播电视台
{T}{BODY}
!l 热门标签：#康复救助 #残疾儿童 #民生实事
!l 【往期回顾】全县残疾人就业招聘会举行
!d 榆河融媒原创内容，转载请注明来源。
""",
        body="""
记者从县残联获悉，今年以来，全县已有73名0至14岁脑瘫儿童纳入康复救助，救助覆盖率达到100%。
据介绍，县残联与县人民医院、县特殊教育学校合作，设立了脑瘫儿童康复训练中心，为孩子们提供运动疗法、作业治疗、言语训练等服务，每人每年最高补助2.4万元。
⟦a 下载“榆河融媒”APP，看更多本地新闻⟧
在康复中心，5岁的乐乐正在治疗师的帮助下练习站立。乐乐妈妈说，经过一年多的训练，孩子已经能扶着栏杆走几步了。
县残联负责人表示，下一步将推进社区康复服务，让家长在家门口就能学会家庭康复方法。
""",
    ),
    dict(
        slug="forum-qiaoxiang-cleft-charity-junk",
        site="桥巷论坛 (invented)",
        style="论坛",
        genre="通知",
        kind="notice",
        form="text",
        source="https://bbs.qiaoxiang.net/thread-882017-1-1.html",
        title="关于开展唇腭裂患儿免费手术救助筛查的通知",
        record_title="【转】关于开展唇腭裂患儿免费手术救助筛查的通知，有需要的家长看过来",
        date="2024-06-03",
        notes="forum junk lines and glued; floor meta; document's own 联系电话 kept beside the board's moderator QQ; post time differs",
        date_also=["2024-06-05"],
        page="""
!m 桥巷论坛 › 民生服务 › 求助互助
!t 【转】关于开展唇腭裂患儿免费手术救助筛查的通知，有需要的家长看过来
!m 楼主：巷口老梧　　发表于 2024-6-5 21:14　　|　只看该作者　|　倒序浏览
!m 查看: 2861|回复: 17
{T}
{BODY}
!l 回复 沙发　　顶一下，转给有需要的人
!l 回复 板凳　　我邻居家孩子去年做过，医生很好
!w 本版版主QQ：2017563320，发帖问题请私信
!a 您需要登录后才可以回帖 登录 | 注册
!m Powered by Discuz! X3.4
""",
        junk=dict(lines=2, glued=3),
        body="""
各乡镇卫生院、社区卫生服务中心：
为帮助贫困家庭唇腭裂患儿早日康复，县卫生健康局联合县慈善会，开展唇腭裂患儿免费手术救助筛查活动。现将有关事项通知如下。
一、救助对象：全县户籍、年龄在3个月至18岁之间的唇腭裂患者，低保、特困家庭优先。
二、筛查时间：6月15日至6月16日，上午8:00至12:00。
三、筛查地点：县人民医院门诊三楼口腔科。
四、救助内容：符合手术条件的患儿，手术费用、住院费用全部免除，并对术后语音训练给予补助。
请各单位做好宣传，及时通知辖区患儿家庭参加筛查。
联系电话：0736-7215586（县卫生健康局医政股）
县卫生健康局
2024年6月3日
""",
    ),
    dict(
        slug="forum-youyuan-newt-keepers-jammer-html",
        site="游螈社 (invented)",
        style="论坛",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://www.youyuanshe.com/forum.php?mod=viewthread&tid=40911",
        title="不放生、不弃养——致全体蝾螈饲养爱好者的倡议书",
        record_title=None,
        date="2024-04-20",
        notes="Discuz-like page with jammer fonts; no record title; date under the signature; post time differs",
        date_also=["2024-04-21"],
        page="""
<html><head><meta charset="utf-8"><title>不放生、不弃养——致全体蝾螈饲养爱好者的倡议书 - 饲养交流 - 游螈社</title>
<script src="static/js/common.js"></script><style>.jammer{display:none}</style></head>
<body>
<div id="toptb">⟦a 快捷登录⟧ ⟦a 立即注册⟧ ⟦m 游螈社 - 两栖爱好者之家⟧</div>
<div id="pt">⟦m 游螈社 › 饲养交流 › 查看帖子⟧</div>
<div id="postlist">
<table><tr><td class="pls">⟦m 版主 · 青苔老温⟧<br>⟦m 积分 9812⟧</td>
<td class="plc"><h1>{T}</h1>
<div class="authi">⟦m 发表于 2024-4-21 10:37⟧ ⟦a 只看该作者⟧</div>
<div class="t_fsz">
{BODY}
</div>
<div class="sign">⟦l 签名：养螈十年，不忘初心⟧</div>
</td></tr></table>
<div class="fastre">⟦l 回复⟧ ⟦l 支持 36⟧ ⟦l 反对 0⟧</div>
</div>
<div id="ft">⟦m Archiver｜手机版｜小黑屋｜游螈社⟧ ⟦m 粤ICP备18077342号⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
各位螈友：
近年来，饲养蝾螈的朋友越来越多。但我们也看到，有人把养腻了的蝾螈随手放进河塘，有人因为搬家把整缸蝾螈遗弃。外来蝾螈一旦进入野外，可能携带壶菌等病原，威胁本地两栖动物。为此，本社向全体螈友发出如下倡议：
一是不放生。任何情况下都不把人工饲养的蝾螈放归野外水体。
二是不弃养。确实无法继续饲养的，请通过本社“领养专区”转给有经验的螈友。
三是守法规。不购买、不饲养国家重点保护的野生蝾螈，购买时索要合法来源证明。
四是讲科学。发现蝾螈异常死亡，及时隔离消毒，不随意倾倒缸水。
让我们从自己做起，做负责任的饲养者。
游螈社管理团队
2024年4月20日
""",
    ),
]

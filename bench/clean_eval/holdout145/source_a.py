"""holdout145, part A: 范文 sites, 文库 previews, government portals, news portals, forums, a blog. Invented text."""

CASES = [
    dict(
        slug="fanwen-jinghao-supply-coop-summary-cn-date",
        site="井号范文馆 (invented)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.jinghaofw.com/zongjie/gxs/2025/3391.html",
        title="芪川县供销合作社联合社2024年工作总结",
        record_title="【精选】芪川县供销合作社联合社2024年工作总结（通用2篇）_井号范文馆",
        date="2025-01-14",
        notes="decorated record title; 成文日期 in Chinese numerals; writing-service prompt glued after a sentence; table rows",
        page="""
!m 井号范文馆｜公文素材每日更新
!m 所在位置：范文馆首页 / 总结汇报 / 单位工作总结
!t 【精选】芪川县供销合作社联合社2024年工作总结（通用2篇）
!m 整理：石楠　更新：3小时前　人气：1975
!a ［复制全文］［存为文档］［放入收藏夹］
{BODY}
!a 全文完，下载本篇Word需消耗1个下载券
!l 看了本文的人还看了：
!l ◆ 乡镇农业服务中心年度工作总结
!l ◆ 农民专业合作社年终总结精选
!d 本馆文章由用户投稿，若涉及版权问题请联系删除，本馆不承担相关责任。
!m 井号范文馆 jinghaofw.com　琼ICP备20118420号
""",
        indent="\u3000\u3000",
        body="""
2024年，县供销合作社联合社围绕为农服务根本宗旨，深化综合改革，全系统实现销售总额11.6亿元，同比增长7.9%，各项工作取得新进展。
一、主要工作
（一）织密基层服务网络。新建改造基层供销社4家、村级综合服务社23个，农资、日用品、农产品收购“一站式”服务覆盖全县81%的行政村。⟦w 材料不会写？专业写手一对一代笔，微信搜 jhfw-zhu 咨询。⟧
（二）做强农资保供。全年供应化肥3.2万吨、农药410吨，在春耕、三夏等关键时节设立流动服务点36个，确保农资不断供、价格不大涨。
（三）推进农产品上行。依托县级电商运营中心，帮助合作社销售茶叶、笋干等特色农产品2870万元。
主要指标完成情况如下：
指标　年度目标　完成数　完成率
销售总额（亿元）　11　11.6　105.5%
农产品销售额（万元）　2500　2870　114.8%
新建村级服务社（个）　20　23　115%
二、存在问题
社有企业规模小、实力弱，基层社经营人才缺乏，部分村级服务社经营不活跃。
三、2025年工作思路
我们将坚持姓农、务农、为农、兴农，继续推进基层组织建设，壮大社有经济，力争销售总额突破12.5亿元。
芪川县供销合作社联合社
二〇二五年一月十四日
""",
    ),
    dict(
        slug="fanwen-guqiao-overseas-federation-speech-table-layout",
        site="古桥文稿站 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.guqiaowg.net/article.asp?id=20871",
        title="在县归国华侨联合会第七次代表大会上的讲话",
        record_title="在县归国华侨联合会第七次代表大会上的讲话 - 古桥文稿站",
        date="2025-03-06",
        notes="old gb2312 table layout: marquee, visitor counter, 字号 row, floating consult box; date under the speech title; speaker line neutral",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>在县归国华侨联合会第七次代表大会上的讲话 - 古桥文稿站</title>
<script language="javascript" src="/js/float.js"></script>
</head><body bgcolor="#f4f4ee">
<table width="980" align="center" border="0" cellpadding="0" cellspacing="0">
<tr><td><img src="/img/logo.gif"> ⟦m 古桥文稿站 —— 笔耕不辍 稿稿精品⟧</td><td align="right"><a href="/user/login.asp">⟦a 会员登陆⟧</a> | <a href="/user/reg.asp">⟦a 新用户注册⟧</a></td></tr>
<tr><td colspan="2"><marquee scrollamount="3">⟦m 热烈庆祝古桥文稿站开通十五周年！本站稿件全部人工校对。⟧</marquee></td></tr>
<tr><td colspan="2" class="nav"><a href="/">⟦m 网站首页⟧</a> <a href="/jh/">⟦m 领导讲话⟧</a> <a href="/zj/">⟦m 总结汇报⟧</a> <a href="/fa/">⟦m 计划方案⟧</a></td></tr>
<tr><td width="700" valign="top">
<div class="weizhi">⟦m 您的位置：网站首页 &gt;&gt; 领导讲话 &gt;&gt; 群团讲话⟧</div>
<h2 align="center">{T}</h2>
<p align="center">⟦m 文章来源：会员上传　点击数：3318　录入时间：2025-3-9⟧</p>
<p align="center">⟦a 【阅读字号：大 中 小】【打印此文】【关闭窗口】⟧</p>
<p align="center">县委副书记　邵鹤鸣</p>
<p align="center">（2025年3月6日）</p>
{BODY}
<p>⟦l ■上一篇：在县科协代表大会闭幕式上的讲话⟧</p>
<p>⟦l ■下一篇：县总工会年度工作会议主持词⟧</p>
</td>
<td width="280" valign="top"><table border="1"><tr><td>⟦l 【本类热门】⟧</td></tr>
<tr><td>⟦l ·在县妇女代表大会上的讲话⟧</td></tr><tr><td>⟦l ·团代会开幕式讲话稿⟧</td></tr></table>
<p>⟦m 今日访问：1207　累计访问：8841230⟧</p></td></tr>
<tr><td colspan="2" align="center">⟦d 本站稿件仅供学习借鉴，严禁整篇转载用于商业用途。⟧<br>⟦m Copyright 2010-2025 古桥文稿站 guqiaowg.net 蜀ICP备10092317号⟧</td></tr>
</table>
<div id="float" style="position:absolute;right:5px;top:200px">⟦w 急需讲话稿？在线客服QQ 2875510364，24小时接单⟧</div>
</body></html>
""",
        body="""
各位代表，同志们、朋友们：
县归国华侨联合会第七次代表大会今天隆重开幕了。我代表县委、县政府，向大会的召开表示热烈祝贺！向全县广大归侨侨眷和海外乡亲致以诚挚问候！
过去五年，县侨联团结带领广大归侨侨眷，积极参与家乡建设，引进侨资项目17个，协调侨胞捐建学校、卫生院和道路桥梁，为全县经济社会发展作出了积极贡献。
新一届侨联要在凝聚侨心上下功夫，常态化联系海外社团和华裔新生代，讲好家乡故事；要在汇聚侨力上下功夫，搭建引资引智平台；要在维护侨益上下功夫，依法保护归侨侨眷的合法权益。
各级党委、政府要关心支持侨联工作，帮助解决实际困难，为侨联履职创造良好条件。
最后，预祝大会圆满成功！
""",
    ),
    dict(
        slug="wenku-shiyun-archives-digitisation-file-name-markers",
        site="拾云文库 (invented)",
        style="文库预览",
        genre="工作方案",
        kind="plan",
        form="text",
        source="https://wenku.shiyun.cc/view/8c2e11f0a3.html",
        title="蒲原县档案馆馆藏档案数字化工作实施方案",
        record_title="蒲原县档案馆馆藏档案数字化工作实施方案.docx",
        date="2025-02-20",
        notes="file-name record title; page markers ⟮n⟯ glued or not cut sentences; preview-end prompt; numbered list",
        page="""
!m 拾云文库 · 海量文档免费看
!t 蒲原县档案馆馆藏档案数字化工作实施方案.docx
!m 页数：4　大小：36.8KB　格式：DOCX　贡献者：tuo***88　上传于：2025-02-27
!a 免费预览已结束，剩余1页可下载查看
!a 点击下载文档（9.9元）　　加入文件夹
{T}
{BODY}
!a 阅读已结束，如需完整版请先登录或开通拾云会员
!d 本文档由用户分享至拾云文库，文库仅提供存储空间，若侵犯您的权益请发送邮件至 jubao@shiyun.cc。
!l 相关文档：档案馆年度工作计划｜档案整理规范｜机关档案室工作总结
""",
        pages=dict(fmt="⟮{n}⟯", every=260, start=2, glue="mix"),
        body="""
为加快推进档案信息化建设，提升馆藏档案利用效率，根据省档案局有关要求，结合我馆实际，制定本方案。
一、工作目标
2025年至2026年，完成馆藏文书档案、民生档案和照片档案的数字化扫描，累计扫描18万卷、约420万画幅，建成馆藏数字档案资源库，实现民生档案“跨馆出证”。
二、工作内容
1.前期整理。对待扫描档案逐卷清点、拆除装订物、修复破损页面，编制扫描目录。
2.图像扫描。采用平板和高速扫描仪分类扫描，分辨率不低于300dpi，彩色档案采用24位真彩模式。
3.图像处理与质检。进行纠偏、去污、裁边处理，质检比例不低于5%，不合格的一律返工重扫。
4.数据挂接与备份。将图像与目录数据逐条挂接，实行本地、异地双备份。
三、保障措施
成立由馆长任组长的工作领导小组；数字化加工实行全程监控，外包人员签订保密协议，严禁携带任何存储介质进入加工场所。
蒲原县档案馆
2025年2月20日
""",
    ),
    dict(
        slug="wenku-yanbo-termite-station-summary-html-pages",
        site="砚波文库 (invented)",
        style="文库预览",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://www.yanbowk.com/p/55810392.html",
        title="2024年度白蚁防治站工作总结",
        record_title=None,
        date="2024-12-18",
        notes="no record title: taken from the h1; page marker paragraphs 〔n／3〕 cut paragraphs; reader toolbar",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>2024年度白蚁防治站工作总结 - 砚波文库</title>
<link rel="stylesheet" href="/static/reader.css"><script src="/static/reader.min.js"></script></head>
<body>
<header class="wk-top"><a class="logo" href="/">⟦m 砚波文库⟧</a><form class="s"><input placeholder="搜索文档"></form><a href="/vip">⟦a 开通超级会员 下载8折⟧</a></header>
<div class="wk-crumb">⟦m 砚波文库 › 行业资料 › 建筑房产 › 物业管理⟧</div>
<main class="reader">
<h1>{T}</h1>
<div class="doc-meta">⟦m 上传人：蚁**师　3页　1.2万次阅读　4.5分⟧</div>
<div class="doc-body">
{BODY}
</div>
<div class="doc-more"><button>⟦a 展开余下全文（剩余15%）⟧</button> <button>⟦a 下载本文档⟧</button></div>
<div class="doc-rel"><h4>⟦l 相似文档推荐⟧</h4><ul><li>⟦l 白蚁防治工程施工方案⟧</li><li>⟦l 房屋白蚁预防技术规程解读⟧</li></ul></div>
</main>
<footer>⟦d 文档内容仅代表上传者观点，砚波文库不对其准确性负责。⟧ ⟦m © 砚波文库 yanbowk.com⟧</footer>
</body></html>
""",
        pages=dict(fmt="〔{n}／3〕", every=330, start=2),
        body="""
2024年，县白蚁防治站在县住建局的领导下，坚持“预防为主、综合治理”的方针，全年完成新建房屋白蚁预防面积68.4万平方米，实施灭治工程412处，未发生因白蚁危害引发的房屋安全事故。
一是严把新建房屋预防关。对全县37个在建项目实行施工前登记、基础阶段土壤处理、竣工前检查三道程序，预防处理合格率100%。
二是及时开展蚁害灭治。开通白蚁灭治服务电话0796-7312208，全年受理群众报修386起，平均48小时内上门，群众满意率98.6%。
三是加强古建筑和文物保护单位的白蚁监测，在县城老街和5处祠堂布设监测装置240套，发现蚁情及时处置。
四是开展科普宣传，在社区发放防治手册6000份，讲解家庭自查方法。
明年，我站将推广白蚁监测控制技术，建立重点区域蚁害档案，提升灭治工作专业化水平。
县白蚁防治站
2024年12月18日
""",
    ),
    dict(
        slug="gov-lanling-gazetteer-notice-index-table",
        site="澜陵县人民政府门户网站 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.lanling.gov.cn/zwgk/tzgg/202504/t20250411_128875.html",
        title="澜陵县地方志办公室关于开展乡镇志编纂工作的通知",
        record_title="澜陵县地方志办公室关于开展乡镇志编纂工作的通知_通知公告_澜陵县人民政府",
        date="2025-04-10",
        notes="modern county portal: 索引号 table, 长辈版 link, font row; 发布时间 the page's date; document's own contact next to the portal's 12345 line; 附件 list",
        page="""
<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8"><title>澜陵县地方志办公室关于开展乡镇志编纂工作的通知_通知公告_澜陵县人民政府</title>
<meta name="ColumnName" content="通知公告"><script src="/js/jquery.min.js"></script><script>var siteId="ll001";</script></head>
<body>
<div class="topbar"><span>⟦m 欢迎访问澜陵县人民政府门户网站⟧</span><a href="/zbb">⟦a 长辈版⟧</a><a href="/wza">⟦a 无障碍阅读⟧</a><a href="/en">⟦m English⟧</a></div>
<div class="banner">⟦m 澜陵县人民政府⟧</div>
<ul class="menu"><li>⟦m 首页⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政务服务⟧</li><li>⟦m 互动交流⟧</li><li>⟦m 走进澜陵⟧</li></ul>
<div class="path">⟦m 当前位置：首页 &gt; 政务公开 &gt; 通知公告⟧</div>
<table class="xxgk-meta">
<tr><td>⟦m 索引号：11361028MB1540321X/2025-00871⟧</td><td>⟦m 主题分类：文化、广电、新闻出版⟧</td></tr>
<tr><td>⟦m 发文机关：澜陵县地方志办公室⟧</td><td>⟦m 成文日期：2025-04-10⟧</td></tr>
</table>
<h1>{T}</h1>
<div class="byline">⟦m 发布时间：2025-04-11 10:26　来源：县地方志办　浏览次数：⟧<span id="pv">⟦m 571⟧</span></div>
<div class="fontsize">⟦a 字号：【大】【中】【小】　　【打印】【关闭】⟧</div>
<div class="TRS_Editor">
{BODY}
</div>
<div class="share">⟦l 分享到：微信 微博 QQ空间⟧</div>
<div class="related"><h3>⟦l 相关文章⟧</h3><p>⟦l 县档案馆关于征集老照片的公告⟧</p><p>⟦l 关于做好年鉴资料报送工作的通知⟧</p></div>
<footer><p>⟦m 主办：澜陵县人民政府办公室　承办：县政务数据中心⟧</p><p>⟦m 政务服务便民热线：12345　网站标识码：3610280012⟧</p><p>⟦m 赣ICP备05006172号　赣公网安备 36102802000114号⟧</p><p>⟦a 政府网站找错⟧</p></footer>
</body></html>
""",
        body="""
各乡镇人民政府：
为传承乡土文化、留存乡村记忆，县政府决定在全县开展乡镇志编纂工作。现将有关事项通知如下。
一、编纂范围。全县11个乡镇均须编纂乡镇志，记述时限上限尽量追溯至事物发端，下限统一断至2024年底。
二、时间安排。2025年6月底前完成篇目设计；2026年6月底前完成资料收集和初稿；2026年底前通过县级评审并出版。
三、工作要求。各乡镇要明确一名分管领导，落实编纂人员和经费，做到资料翔实、观点正确、体例规范。县地方志办将分片开展业务培训。
联系人：钟雨禾，电话：0796-8213370，邮箱：llxfzb@163.com。
附件：1.乡镇志篇目参考提纲
2.乡镇志编纂进度表
澜陵县地方志办公室
2025年4月10日
""",
        date_also=["2025-04-11"],
    ),
    dict(
        slug="gov-text-heshui-sample-survey-notice-banji",
        site="禾水县统计局网站 (invented, text extract)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://tjj.heshui.gov.cn/tzgg/2025/0612/1420.html",
        title="禾水县人民政府办公室关于做好2025年全国1%人口抽样调查工作的通知",
        date="2025-06-09",
        notes="text extract of a portal: document number neutral; 抄送 and 印发 版记 kept; chrome before and after",
        page="""
!m 禾水县统计局　　｜　　数据发布　统计公报　通知公告
!m 位置：统计局首页 — 通知公告
{T}
!m 日期：2025-06-12　　发布单位：禾水县统计局　　阅读 219
!a 【大字】【小字】【保存】【打印】
禾府办字〔2025〕27号
{BODY}
!a 扫一扫在手机上阅读本页
!l 上一条：2025年5月全县规上工业主要指标
!l 下一条：关于开展统计执法检查的公告
!m 地址：禾水县迎宾大道6号　邮编：341900　　版权所有：禾水县统计局
""",
        date_also=["2025-06-12"],
        body="""
各乡镇人民政府，县政府各部门：
根据国务院和省政府部署，我县将于2025年11月1日零时开展全国1%人口抽样调查。为做好调查工作，现就有关事项通知如下。
一、调查对象和内容。调查对象为抽中调查小区内的全部人口，主要调查姓名、性别、年龄、受教育程度、就业、住房等情况。
二、组织实施。县里成立人口抽样调查领导小组，办公室设在县统计局。各抽中乡镇要组建调查机构，选聘调查员和调查指导员。
三、时间安排。7月至8月完成小区绘图和摸底，9月至10月开展人员培训，11月1日至15日入户登记，12月完成复查和数据上报。
四、工作要求。各级各部门要依法保护调查对象的个人信息，严禁虚报、瞒报、拒报，不得以任何形式干预调查数据。
禾水县人民政府办公室
2025年6月9日
抄送：县委办公室，县人大常委会办公室，县政协办公室。
禾水县人民政府办公室　　　　2025年6月9日印发
""",
    ),
    dict(
        slug="news-xunzhou-procuratorate-litigation-photo-caption",
        site="浔州新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.xunzhounews.cn/fz/2025-05/22/content_318226.htm",
        title="浔州区检察院以公益诉讼推动古井群保护",
        record_title="浔州区检察院以公益诉讼推动古井群保护-浔州新闻网",
        date="2025-05-22",
        record_date="2025-05-22",
        notes="news portal: byline time the page date; photo caption and a 'read more' link between paragraphs; editor line glued after the last paragraph",
        page="""
<!doctype html><html><head><meta charset="utf-8"><title>浔州区检察院以公益诉讼推动古井群保护-浔州新闻网</title>
<script async src="/ad/loader.js"></script></head><body>
<div class="hd"><a href="/">⟦m 浔州新闻网⟧</a><span>⟦m 浔州区融媒体中心主办⟧</span><nav>⟦m 要闻　时政　法治　民生　视频⟧</nav></div>
<div class="loc">⟦m 首页 &gt; 法治频道 &gt; 正文⟧</div>
<article>
<h1>{T}</h1>
<div class="info">⟦m 2025-05-22 08:47:13　来源：浔州新闻网　记者：麦晓岚　通讯员：韦一诺⟧</div>
{BODY}
<div class="tags">⟦l 标签：公益诉讼 古井 文物保护⟧</div>
<div class="sharebar">⟦l 分享：朋友圈 | 微博 | 复制链接⟧</div>
</article>
<aside><h3>⟦l 24小时热读⟧</h3><ol><li>⟦l 浔州至江城高速预计年底通车⟧</li><li>⟦l 区人民医院新院区下月启用⟧</li></ol></aside>
<footer>⟦d 未经本网书面授权，不得转载、摘编或以其他方式使用本网作品。⟧ ⟦m 互联网新闻信息服务许可证编号：45120230017⟧</footer>
</body></html>
""",
        body="""
日前，浔州区人民检察院就辖区古井群保护问题向相关单位发出诉前检察建议，推动修复清理古井9口，古井周边环境明显改善。
今年3月，区检察院在开展文物和文化遗产保护专项监督中发现，城北老街一带的明清古井群有的被杂物填埋，有的井台开裂，井水被生活污水污染。
⟦m 图为检察干警在城北老街查看古井保护情况。（通讯员 供图）⟧
检察机关随即立案调查，并邀请文物专家实地评估，依法向属地街道和文物主管部门制发检察建议，建议落实保护责任、开展修缮和水质治理。
⟦l 延伸阅读：区检察院开展“检护名城”专项行动⟧
收到建议后，相关单位迅速行动，清理井内淤泥和垃圾，修复井台井栏，设立保护标识牌，并将古井群纳入街巷日常巡查。
“古井是城市的记忆，我们将持续跟进，确保保护措施落地见效。”区检察院第五检察部负责人说。⟦m （责任编辑：邝晨）⟧
""",
    ),
    dict(
        slug="news-text-yingshan-customs-crossborder-title-glued",
        site="鹰山日报客户端 (invented, text)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://app.yingshanrb.com/news/20250708/88142.html",
        title="鹰山海关跨境电商出口申报单量半年增长四成",
        date="2025-07-08",
        notes="news app text: title repeated and glued to the lead; dotted date line the page date; comment box and hot list after",
        page="""
!m 鹰山日报　　打开APP 阅读体验更佳
{T}
!m 鹰山日报 2025.07.08 09:12　　阅读 1.4万
!a 听新闻　　字号 A- A+
{T}{BODY}
!m 本文来源：鹰山日报　编审：甘露
!l 评论（3）　写评论…
!l 热门评论：家里卖的围巾终于能直接发到国外了
!l 更多推荐 ＞ 鹰山港集装箱吞吐量创新高
!d ©鹰山日报社 版权所有，转载请注明出处
""",
        body="""
记者从鹰山海关获悉，今年上半年，该关监管跨境电商出口申报单3460万票，同比增长41.2%，货值27.8亿元。
为支持跨境电商发展，鹰山海关在综合保税区设立跨境电商监管作业场所，推行“提前申报、货到验放”模式，出口包裹平均通关时间压缩至2小时以内。
海关还组织关员走进企业，上门讲解清单申报、退货监管等政策，帮助中小卖家规范经营。
鹰山海关有关负责人表示，下一步将推动跨境电商海外仓业务备案，支持本地服装、小家电企业拓展海外市场。
""",
    ),
    dict(
        slug="forum-chejiao-rc-club-event-junk",
        site="车胶模友论坛 (invented)",
        style="论坛",
        genre="通知",
        kind="notice",
        form="text",
        source="http://bbs.chejiao-rc.com/thread-60317-1-1.html",
        title="关于举办2025年春季遥控越野车友谊赛的通知",
        record_title="[赛事活动] 关于举办2025年春季遥控越野车友谊赛的通知 - 赛事公告区 - 车胶模友论坛",
        date="2025-03-18",
        notes="forum thread: anti-scraping junk lines and glued junk; post time differs from 成文日期, both accepted; sign-up contact kept; table",
        page="""
!m 车胶模友论坛 » 赛事公告区 » 查看主题
!l 查看: 2214 | 回复: 46
!t [赛事活动] 关于举办2025年春季遥控越野车友谊赛的通知
!m 楼主　泥地老飞　发表于 2025-3-20 21:07
!a 只看该作者　　倒序浏览　　阅读模式
{BODY}
!l 评分 参与人数 3　金币 +15　收起 理由
!a 回复　　支持　　反对　　举报
!l 沙发　小狐狸RC　发表于 2025-3-20 21:30　报名！带两台1/10短卡过去
!m 车胶模友论坛 | 手机版 | 小黑屋 | Archiver　　GMT+8, 2025-4-2 10:11
""",
        junk=dict(lines=2, glued=2),
        body="""
各位模友：
为增进交流、推广遥控模型运动，经俱乐部理事会研究，定于2025年4月12日在东湖越野场举办春季遥控越野车友谊赛。现将有关事项通知如下。
一、比赛组别：1/10电动短卡组、1/8油动越野组、少年组（14岁以下）。
二、报名方式：即日起至4月5日，向俱乐部秘书处报名，联系人：黎晓川，电话：13907451863。
三、费用标准如下：
组别　报名费　备注
1/10电动短卡组　80元　含午餐
1/8油动越野组　120元　含午餐、燃油补贴
少年组　免费　须家长陪同
四、注意事项：参赛车辆须安装合格失控保护装置，选手须自备护目镜；比赛当天8点检录，逾时不候。
东湖遥控模型俱乐部
2025年3月18日
""",
        date_also=["2025-03-20"],
    ),
    dict(
        slug="forum-shangyi-hanfu-outing-discuz-jammer",
        site="裳衣汉服同袍社区 (invented)",
        style="论坛",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://www.shangyi-hf.com/forum.php?mod=viewthread&tid=18820",
        title="花朝节汉服踏青文明出行倡议书",
        record_title="花朝节汉服踏青文明出行倡议书 - 活动召集 - 裳衣汉服同袍社区 - Powered by Discuz!",
        date="2025-03-10",
        notes="Discuz-like page with jammer fonts inside the post; post time is the page date; a sentence asking readers to 分享 kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>花朝节汉服踏青文明出行倡议书 - 活动召集 - 裳衣汉服同袍社区 - Powered by Discuz!</title>
<script src="static/js/common.js"></script><style>.jammer{display:none}</style></head><body>
<div id="hd"><a href="/">⟦m 裳衣汉服同袍社区⟧</a> <span>⟦m 衣冠上国 礼仪之邦⟧</span> <a href="member.php?mod=logging">⟦a 登录⟧</a> <a href="member.php?mod=register">⟦a 立即注册⟧</a></div>
<div id="pt">⟦m 社区 › 同袍雅集 › 活动召集 › 帖子⟧</div>
<div class="pl"><h1>{T}</h1>
<div class="authi">⟦m 云中锦书 发表于 2025-3-10 19:42⟧ ⟦a 只看该作者⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="sign">⟦m 本帖最后由 云中锦书 于 2025-3-11 08:03 编辑⟧</div>
<div class="po">⟦a 回复 引用 评分 收藏 分享⟧</div>
<div class="reply">⟦l 2# 青梧 这条倡议必须顶，上次公园垃圾太多了⟧</div>
<div class="reply">⟦l 3# 素裳 已转给社团群⟧</div>
</div>
<div id="ft">⟦m Powered by Discuz! X3.5　© 2013-2025 裳衣汉服同袍社区　浙ICP备13047715号⟧</div>
</body></html>
""",
        junk=dict(lines=1, glued=2),
        body="""
各位同袍：
一年一度的花朝节即将到来，各地汉服社团纷纷组织踏青活动。为展现汉服爱好者的良好风貌，社区向大家发出如下倡议。
一、文明游览。不攀折花木，不踩踏草坪，拍照时不占用主路，不长时间阻挡其他游客通行。
二、安全出行。大型活动提前向景区报备，衣摆较长的同袍注意台阶和水边安全，儿童须有家长照看。
三、绿色环保。自带垃圾袋，做到人走场清；道具、装饰品用完带回，不随意丢弃。
四、相互尊重。不对他人形制评头论足，不在公开场合争吵，遇到游客询问耐心讲解传统服饰文化。
欢迎各社团把本倡议分享到群里，让花朝踏青成为一道文明的风景。
裳衣汉服同袍社区
2025年3月10日
""",
    ),
    dict(
        slug="blog-zhenyin-acupuncturist-notes-bracket-time",
        site="针吟堂随笔 (invented blog)",
        style="博客",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://zhenyin.blog.example-host.cn/post/2025/04/1187",
        title="在社区卫生服务中心坐诊一年的针灸随想",
        record_title="【随笔】在社区卫生服务中心坐诊一年的针灸随想 | 针吟堂随笔",
        date="2025-04-26",
        notes="blog: bracketed post time the page date; tags, archive and comments after; hard-wrapped at 62 columns",
        page="""
!m 针吟堂随笔 —— 一个针灸医生的碎碎念
!m 首页 | 医话 | 读书 | 关于我
!t 【随笔】在社区卫生服务中心坐诊一年的针灸随想
!m [2025-04-26 21:15]　分类：医话　阅读(318)　评论(5)
{BODY}
!l 标签：针灸 基层医疗 随笔
!l « 上一篇：读《针灸大成》札记之三　　下一篇：春季养肝小贴士 »
!l 文章归档：2025年4月(3) 2025年3月(5) 2025年2月(2)
!l 网友评论：杏林小徒 — 写得真实，基层确实需要中医。
!d 本博客文字均为原创，转载请注明作者及出处，谢谢。
""",
        wrap=62,
        indent="\u3000\u3000",
        body="""
去年春天，我从县中医院调到城东社区卫生服务中心，负责新开设的针灸理疗室。一年下来，接诊了两千多人次，有些感受想记下来。
来得最多的是颈肩腰腿痛的老人。他们大多不愿意跑大医院，在家门口能扎上针，花钱少，心里踏实。有位七十多岁的阿婆，膝关节痛了好几年，坚持治疗两个月后能自己上下楼了，特地送来一篮自家种的青菜。
基层针灸也有难处。一是诊室只有两张床，高峰时要排队；二是有的老人合并高血压、糖尿病，进针前必须先量血压、测血糖，不能图快。
我越来越觉得，社区医生不只是治病，更多是陪伴和宣教。每次治疗间隙，我都教病人做几个简单的穴位按揉动作，回家也能坚持。
新的一年，希望理疗室能再添两张床，也希望有更多年轻中医愿意沉到社区来。
""",
    ),
]

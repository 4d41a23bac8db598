"""holdout24, part A: county portals (a high-standard farmland project office, a veterans'
honour home, a traditional-villages protection centre), a city news portal and a county
leader's address at a bamboo fair, two 范文 sites, two 文库 previews, two hobby forums and a
pig-breeding technician's blog. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="gov-qiuyuan-farmland-acceptance-notice-html",
        site="楸原县农业农村局 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://nyj.qiuyuan.example.gov.cn/tzgg/202509/t20250915_88120.html",
        title="关于开展2025年度高标准农田建设项目竣工验收工作的通知",
        record_title="关于开展2025年度高标准农田建设项目竣工验收工作的通知_通知公告_楸原县农业农村局",
        date="2025-09-12",
        date_also=["2025-09-15"],
        notes="modern county template: nav, breadcrumb, an info table, font-size row, share bar, related list; the office's own 联系人/电话 beside the portal's hotline; an 附件 list; a schedule table; 发布时间 differs from the 成文日期",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>关于开展2025年度高标准农田建设项目竣工验收工作的通知_通知公告_楸原县农业农村局</title>
<script>var _siteid="qy-nyj";document.write('');</script>
<style>.nav li{float:left}</style></head><body>
<div class="top-bar">⟦a 无障碍阅读⟧ | ⟦a 长者模式⟧ | ⟦a 登录个人中心⟧</div>
<header><div class="logo">⟦m 楸原县农业农村局　沃野千里 丰年有余⟧</div>
<ul class="nav"><li>⟦l 首页⟧</li><li>⟦l 机构概况⟧</li><li>⟦l 政务公开⟧</li><li>⟦l 三农服务⟧</li><li>⟦l 互动交流⟧</li></ul></header>
<div class="loc">⟦m 您现在所处的位置：首页 ＞ 政务公开 ＞ 通知公告⟧</div>
<table class="xxgk-info"><tr><td>⟦m 发文单位：县农业农村局⟧</td><td>⟦m 公开方式：主动公开⟧</td></tr>
<tr><td>⟦m 发布时间：2025-09-15 09:40⟧</td><td>⟦m 阅读量：1,207⟧</td></tr></table>
<h1 class="art-title">⟦t 关于开展2025年度高标准农田建设项目竣工验收工作的通知⟧</h1>
<div class="tools">⟦a 【文字 放大 默认 缩小】⟧　⟦a 【打印此页】⟧　⟦a 【关闭窗口】⟧</div>
<div class="art-con">
{BODY}
</div>
<div class="share">⟦l 一键转发：微信好友　QQ空间　新浪微博　复制链接⟧</div>
<div class="related"><h3>⟦l 本栏目相关信息⟧</h3><ul>
<li>⟦l 楸原县2025年耕地地力保护补贴发放公示 09-10⟧</li>
<li>⟦l 关于做好秋收秋种农机安全生产工作的通知 09-03⟧</li></ul></div>
<footer><p>⟦m 主办：楸原县农业农村局　承办：楸原县融媒体服务中心⟧</p>
<p>⟦m 农业服务热线：0739-8123366（工作日 8:30-17:30）⟧</p>
<p>⟦m 湘ICP备20251733号-2　政府网站标识码 4305990021⟧</p>
<p>⟦d 本站部分信息来源于各乡镇报送，转载请注明出处⟧</p></footer>
<script src="/js/count.js"></script>
</body></html>
""",
        body="""
各乡镇人民政府，县直有关单位：
按照省、市关于高标准农田建设项目管理的有关要求，经研究，决定对2024年度立项、2025年建成的高标准农田建设项目开展竣工验收。现将有关事项通知如下。
一、验收范围
全县2024年度高标准农田建设项目共涉及6个乡镇、21个行政村，建设面积3.2万亩。
二、验收安排
乡镇　　项目片区　　面积（亩）　　初验时间
檫溪镇　　东岗片　　6200　　9月22日
柞岭乡　　河滩片　　5400　　9月24日
棕坪镇　　北垄片　　7100　　9月26日
三、工作要求
（一）各乡镇要在初验前完成工程量核实、资料归档和管护主体落实，并填写竣工验收申请表。
（二）验收组将现场抽查田块、渠系、道路和电力设施，抽查比例不低于工程总量的百分之二十。
（三）验收中发现的问题，项目法人要在十五个工作日内整改到位，整改结果报县农业农村局备案。
联系人：谭一鸣，电话：0739-8126015，邮箱：qynt_gbnt@example.cn。
附件：1.高标准农田建设项目竣工验收申请表
2.竣工验收现场抽查记录表
楸原县农业农村局
2025年9月12日
""",
    ),
    dict(
        slug="gov-zuoling-honour-home-summary-cn-date",
        site="柞岭县光荣院 (invented, on the county veterans' affairs portal)",
        style="政府门户",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://tyjrswj.zuoling.example.gov.cn/gzdt/2025/0110/3307.html",
        title="柞岭县光荣院2024年度工作总结",
        record_title=None,
        date="2025-01-08",
        notes="no record title (repeated title on the page); breadcrumb with ＞, a views line, a font-size row between paragraphs, a prev/next pair and a 'close' row; 成文日期 in Chinese numerals",
        page="""
!m 柞岭县退役军人事务局　崇军尚武·服务为先
!m 位置：网站首页 ＞ 工作动态 ＞ 正文
{T}
!m 信息提供：县光荣院　　点击数：386　　更新于：2025-01-10
{BODY}
!l 上一条：县退役军人服务中心开展新春走访慰问
!l 下一条：2025年优抚对象定期抚恤补助标准调整说明
!a 【收藏本页】　【打印正文】　【返回顶部】
!m 柞岭县退役军人事务局版权所有　地址：柞岭县兴武路18号
!m 备案号：湘ICP备20254012号
""",
        body="""
2024年，县光荣院在县退役军人事务局的领导下，坚持以供养对象为中心，全面提升集中供养服务水平。现将全年工作总结如下。
一、基本情况
院内现有集中供养对象四十二人，其中老复员军人六人、伤残军人九人、烈士遗属十一人，平均年龄七十八岁。
⟦a 字号：【大】【中】【小】⟧
二、主要工作
一是完善生活照料。全年调整菜谱四次，为高龄老人增设夜间巡查岗，实现二十四小时有人值守。
二是加强医疗保障。与县人民医院签订医养结合协议，每季度组织一次健康体检，建立一人一档健康档案。
三是丰富精神生活。组织老兵讲述从军经历十二场，邀请县中学学生来院开展敬老活动八次。
三、存在问题和下步打算
院内护理人员偏少、专业化程度不高，部分房屋设施老化。2025年，我们将争取增加护理岗位，完成二号楼适老化改造。
柞岭县光荣院
二〇二五年一月八日
""",
    ),
    dict(
        slug="gov-juchuan-villages-plan-wrapped-markers",
        site="榉川县住房和城乡建设局 (invented)",
        style="政府门户",
        genre="工作方案",
        kind="plan",
        form="text",
        source="http://zjj.juchuan.example.gov.cn/zcwj/2025/0418/771.html",
        title="榉川县传统村落保护利用三年行动方案",
        record_title="榉川县传统村落保护利用三年行动方案 - 榉川县住房和城乡建设局",
        record_date="2025-04-18",
        date="2025-04-18",
        notes="a PDF attachment's text on a portal, hard-wrapped at 64 columns and cut by ❨N❩ page markers on lines of their own; a decimal heading list; a 文号 line (neutral); download buttons above, an attachment-viewer footer below",
        wrap=64,
        pages=dict(fmt="❨{n}❩", every=160, start=2),
        page="""
!m 榉川县住房和城乡建设局 > 政策文件 > 规范性文件
!a 原文下载（PDF，412KB）　｜　在线阅读　｜　纠错
榉建发〔2025〕9号
{BODY}
!m 文档阅读器 v3.2　第1页起共3页
!d 本页面附件如无法打开，请安装PDF阅读软件
""",
        body="""
为加强全县传统村落保护，推动传统村落活态传承和合理利用，结合我县实际，制定本方案。
1.总体目标
到2027年底，全县十四个中国传统村落全部完成保护发展规划修编，濒危传统建筑抢救修缮率达到百分之百，建成传统村落数字博物馆分馆一个。
2.重点任务
2.1 开展普查建档。对全县传统建筑逐栋测绘、拍照，建立“一村一档、一房一卡”。
2.2 实施抢救修缮。优先修缮祠堂、古桥、古井等公共建筑，修缮工程严格执行不改变原状的原则。
2.3 推动活化利用。鼓励村集体利用闲置古民居发展民宿、研学和手工作坊，收益优先用于村落保护。
3.保障措施
县财政每年安排传统村落保护专项资金不少于八百万元，各乡镇明确一名分管领导具体负责。
""",
    ),
    dict(
        slug="news-zhangting-bamboo-fair-html-captions",
        site="樟汀新闻网 (invented, city news portal)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.zhangtingnews.example.com/content/2025-10/16/content_501288.htm",
        title="第三届柚口竹产业博览会开幕 签约项目二十七个",
        record_title="第三届柚口竹产业博览会开幕 签约项目二十七个_樟汀新闻网",
        date="2025-10-16",
        notes="news-portal template: channel nav, a byline with source and time (the page's date), photo captions between paragraphs, an editor line glued after the last paragraph, a hot list and a comment box",
        page="""
<html><head><meta charset="utf-8"><title>第三届柚口竹产业博览会开幕 签约项目二十七个_樟汀新闻网</title>
<meta name="keywords" content="竹产业,博览会,柚口"></head><body>
<div class="topnav">⟦l 首页　时政　县域　财经　文旅　视频　专题⟧</div>
<div class="channel">⟦m 樟汀新闻网 · 县域经济⟧</div>
<h1>⟦t 第三届柚口竹产业博览会开幕 签约项目二十七个⟧</h1>
<div class="info">⟦m 2025-10-16 18:42　来源：樟汀日报　记者 芦小禾 通讯员 缪青⟧</div>
<div class="fontsize">⟦a 字体：A+ A A-⟧</div>
<div class="TRS_Editor">
{BODY}
</div>
<div class="hot"><h3>⟦l 24小时热读⟧</h3><ol>
<li>⟦l 樟汀至柚口城际公交下月开通⟧</li><li>⟦l 秋季征兵体检工作全面展开⟧</li><li>⟦l 我市三家企业入选省级专精特新名单⟧</li></ol></div>
<div class="cmt">⟦l 网友评论　已有0人参与⟧　⟦a 登录后发表评论⟧</div>
<div class="foot">⟦m 樟汀日报社主办　新闻热线：0591-86206000⟧<br>⟦d 未经授权禁止转载、摘编、复制或建立镜像⟧<br>⟦m 互联网新闻信息服务许可证编号：35120180019⟧</div>
</body></html>
""",
        body="""
10月16日上午，第三届柚口竹产业博览会在柚口县竹文化会展中心开幕。
本届博览会以“竹韵柚口·绿色共享”为主题，设竹材加工、竹编工艺、竹笋食品和以竹代塑四个展区，吸引了来自全国十一个省份的二百一十家企业参展。
⟦m 图为博览会竹编工艺展区一角。记者 芦小禾 摄⟧
开幕式上，共有二十七个项目集中签约，总投资四十六亿元，涉及竹纤维新材料、竹家居和竹林碳汇等领域。
县竹产业发展中心负责人介绍，全县现有竹林面积八十二万亩，竹产业年产值突破九十亿元。
⟦m 签约仪式现场。通讯员 缪青 摄⟧
博览会为期三天，其间还将举办竹产业高质量发展论坛和竹编技艺大赛。⟦m （责任编辑：冉桥）⟧
""",
    ),
    dict(
        slug="news-youkou-county-head-address-speech",
        site="樟汀新闻网 (invented, a leader's speech reprinted)",
        style="新闻门户",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.zhangtingnews.example.com/content/2025-10/17/content_501340.htm",
        title="在第三届柚口竹产业博览会开幕式上的致辞",
        record_title="在第三届柚口竹产业博览会开幕式上的致辞（全文）",
        date="2025-10-16",
        notes="a speech with the speaker line and the date under the title (neutral; the date the expected date), a 全文 decoration, a 'mobile' row and a comment count at top, a 'related' box and a disclaimer below",
        page="""
!m 樟汀新闻网 ＞ 县域 ＞ 要闻
!a 手机看　｜　听新闻　｜　0条评论
!t 在第三届柚口竹产业博览会开幕式上的致辞（全文）
柚口县人民政府县长　钱立新
（2025年10月16日）
{BODY}
!l 相关新闻：
!l · 第三届柚口竹产业博览会开幕 签约项目二十七个
!l · 柚口：一根竹子撑起富民大产业
!d 凡注明“来源：樟汀新闻网”的作品，版权均属樟汀日报社所有
""",
        body="""
尊敬的各位来宾，女士们、先生们，朋友们：
金秋十月，竹海飘香。今天，第三届柚口竹产业博览会在这里隆重开幕。我代表柚口县人民政府，向出席开幕式的各位领导和嘉宾表示热烈欢迎！
柚口是“中国竹子之乡”，竹林面积占全县林地面积的四成以上。近年来，我们坚持把竹产业作为富民强县的主导产业来抓，构建起从竹林培育到精深加工的全产业链。
我们诚挚欢迎各位企业家到柚口考察兴业，我们将以最优的服务、最好的环境，与大家共享发展机遇。
最后，预祝本届博览会圆满成功！祝各位来宾身体健康、万事如意！
""",
    ),
    dict(
        slug="fanwen-chengzi-checkup-summary-old-table",
        site="橙子范文网 (invented, old gb2312 table layout)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://www.chengzifw.example.net/zongjie/20250712/8812.html",
        title="健康体检中心上半年工作总结",
        record_title="【热】健康体检中心上半年工作总结（通用版）_橙子范文网",
        date=None,
        notes="old table layout: a marquee, a visitor counter, a 〔文字大小：A+ A A-〕 row, a floating consult box; a writing-service prompt glued after a sentence; a hot list; no date in the document (the 2025 of the hot list and the upload stamp are no dates)",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>【热】健康体检中心上半年工作总结（通用版）_橙子范文网</title></head>
<body bgcolor="#FFFFFF">
<table width="960" align="center"><tr><td>⟦m 橙子范文网 www.chengzifw.example.net⟧</td><td align="right">⟦a 设为主页⟧ ⟦a 加入书签⟧</td></tr></table>
<marquee scrollamount="3">⟦l 最新上传：2025年社区党支部半年总结　乡村医生述职报告　学校食堂管理制度⟧</marquee>
<table width="960" align="center"><tr><td width="700" valign="top">
<div>⟦m 当前位置：橙子范文网 → 工作总结 → 半年总结⟧</div>
<h2>⟦t 健康体检中心上半年工作总结⟧</h2>
<div>⟦m 上传会员：栀子花开　时间：2025-07-12　人气：2316⟧　⟦a 〔文字大小：A+ A A-〕⟧</div>
<div class="zw">
{BODY}
</div>
<div>⟦a ☆ 本文共3页，点击下载完整Word文档 ☆⟧</div>
</td><td width="240" valign="top">
<table><tr><td>⟦l 热门范文排行⟧</td></tr><tr><td>⟦l 1.医院护士长年度述职报告⟧</td></tr><tr><td>⟦l 2.2025年医德医风自查报告⟧</td></tr></table>
</td></tr></table>
<div id="float_qq">⟦w 在线客服 QQ：3309172215　工作日9:00-22:00⟧</div>
<table width="960" align="center"><tr><td align="center">⟦m 您是本站第 0218833 位访客⟧<br>⟦d 本站范文均由会员上传，仅供参考学习，请勿照搬照抄⟧<br>⟦m Copyright © 2011-2025 橙子范文网 闽ICP备11086211号⟧</td></tr></table>
</body></html>
""",
        body="""
上半年，体检中心全体职工围绕“提质量、优流程、强服务”的工作目标，圆满完成了各项体检任务。现将主要工作总结如下。
一、体检任务完成情况
上半年共完成各类健康体检一万八千六百人次，同比增长百分之十二，其中单位团体体检一百二十六家。⟦w （本文由橙子范文网会员整理，原创代写请加V：cz_wenmi88）⟧
二、优化体检流程
中心推行线上预约和分时段体检，客户平均等候时间由四十分钟缩短至十五分钟，空腹项目集中安排在上午九点以前完成。
三、加强质量控制
严格执行危急值报告制度，上半年报告危急值三十一例，全部在规定时间内通知本人并协助转诊。
四、下半年工作打算
下半年，中心将增设肺功能和骨密度检查项目，做好秋季学生入学体检和退休职工体检工作。
""",
    ),
    dict(
        slug="fanwen-usedcar-market-pledge-member-copy",
        site="笔友范文 (invented)",
        style="范文站",
        genre="倡议书",
        kind="letter",
        form="text",
        source="https://www.biyoufanwen.example.com/chang/61230.html",
        title="二手车交易市场诚信经营倡议书",
        record_title="二手车交易市场诚信经营倡议书范文（可编辑）",
        date="2025-06-03",
        notes="a 范文 page: a copy lock line between paragraphs, a 'more from this topic' list between paragraphs, a preview-end prompt and member pitch at the bottom; the pledge's own 监督电话 kept",
        page="""
!m 笔友范文 — 写材料，不求人
!m 首页 / 倡议书 / 行业倡议
!t 二手车交易市场诚信经营倡议书范文（可编辑）
!m 2025-06-05 发布　｜　已有 842 人阅读　｜　约 900 字
{BODY}
!a 此篇范文已为您隐藏后半部分格式，开通笔友会员可一键导出Word
!l 猜你想找：汽车销售服务承诺书　｜　商户诚信经营承诺书　｜　市场管理规定
!d 声明：范文仅作写作参考，著作权归原作者所有，侵删。
""",
        body="""
各车商、经纪公司及全体从业人员：
二手车交易关系千家万户，诚信是市场立足的根本。为营造公平透明的交易环境，柽原县二手车交易市场管理处向全体经营户发出如下倡议。
一、如实描述车况。不隐瞒事故、泡水、火烧等重大瑕疵，不篡改里程表，主动提供车辆维修保养记录。
⟦a 复制内容请先登录，会员可免费复制全文⟧
二、明码标价交易。严格执行一车一价，不虚高标价、不捆绑收费，过户费用按规定公示。
三、规范签订合同。统一使用示范合同文本，约定质保期限和售后责任。
⟦l 本专题更多：车商自律公约｜汽车市场消费提示｜诚信商户评选办法⟧
四、接受社会监督。市场设立投诉受理点，监督电话：0745-6630117。
让我们携起手来，诚信经营、文明经商，共同擦亮柽原二手车市场的金字招牌！
柽原县二手车交易市场管理处
2025年6月3日
""",
    ),
    dict(
        slug="wenku-livestream-report-docx-markers",
        site="知海文库 (invented, paid preview)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://www.zhihaiwenku.example.com/view/c81f0a22e7.html",
        title="关于县直播电商产业发展情况的调研报告",
        record_title="关于县直播电商产业发展情况的调研报告.docx",
        date=None,
        notes="a file-name title; ⊲N⊳ page markers glued or not, cutting sentences; an upload stamp and a 'pages' line (no date: the report has none); a preview-end prompt and an upload notice",
        pages=dict(fmt="⊲{n}⊳", every=150, start=2, glue="mix"),
        indent="\u3000\u3000",
        page="""
!m 知海文库 > 行业资料 > 电子商务
!t 关于县直播电商产业发展情况的调研报告.docx
!m 上传者：海边的小樟　上传于 2025-08-21　共6页　1.2万次浏览
!a 下载券 3　｜　加入文件夹　｜　举报
{BODY}
!a 试看结束，余下4页需购买后阅读（会员8折）
!d 本文档为用户上传，知海文库仅提供存储与展示服务，如涉及版权请联系平台处理。
""",
        body="""
为了解我县直播电商产业发展现状，县商务局调研组于七月上旬深入电商产业园、直播基地和重点企业开展了专题调研。
一、基本情况
全县现有直播电商企业一百三十七家，签约主播四百余人，上半年直播带货销售额达到九点六亿元，同比增长百分之四十一。
笋干、竹编制品和高山茶叶是直播销售的主要品类，占销售总额的六成以上。
二、存在的问题
一是专业人才短缺，本地主播多为兼职，策划、运营、选品人才主要依赖外地引进。
二是供应链支撑不足，冷链仓储和快递分拨能力不能满足旺季需要。
三、对策建议
建议设立直播电商人才专项资金，建设县级共享仓储中心，引导企业打造区域公用品牌。
""",
    ),
    dict(
        slug="wenku-ricenoodle-rules-html-pages",
        site="墨页文库 (invented, free preview reader)",
        style="文库预览",
        genre="制度",
        kind="rules",
        form="html",
        source="https://www.moyewenku.example.cn/p-30018822.html",
        title="米粉厂食品安全管理制度",
        record_title=None,
        date="2025-03-01",
        notes="a preview reader page with no record title; ≈ N ≈ markers as HTML paragraphs cutting paragraphs; a toolbar, a 'similar documents' list and a paywall; rules whose articles speak of 打印/扫码 kept; 成文 date at the end",
        pages=dict(fmt="≈ {n} ≈", every=140, start=2),
        page="""
<html><head><meta charset="utf-8"><title>米粉厂食品安全管理制度 - 墨页文库</title></head><body>
<div class="bar">⟦m 墨页文库⟧　⟦a 搜文档⟧　⟦a 上传赚收益⟧　⟦a 登录/注册⟧</div>
<div class="doc-head"><h1>⟦t 米粉厂食品安全管理制度⟧</h1>
<span>⟦m 4页　|　贡献者：阿桕　|　评分 4.6⟧</span></div>
<div class="toolbar">⟦a 全屏阅读　放大　缩小　下载本文档⟧</div>
<div class="reader">
{BODY}
</div>
<div class="paywall">⟦a 免费预览已结束，剩余内容开通墨页VIP即可畅读⟧</div>
<div class="sim"><h4>⟦l 相似文档⟧</h4><ul><li>⟦l 食品生产企业卫生管理制度 3页⟧</li><li>⟦l 小作坊食品安全承诺书 1页⟧</li></ul></div>
<div class="ft">⟦m 墨页文库 © 2025　苏ICP备19025530号⟧</div>
</body></html>
""",
        body="""
第一条　为加强本厂食品安全管理，保证米粉产品质量安全，根据《中华人民共和国食品安全法》等法律法规，制定本制度。
第二条　厂长为食品安全第一责任人，设专职食品安全管理员一名，负责日常检查和记录。
第三条　大米、淀粉等原料入库前必须查验供货者许可证和产品合格证明，并打印入库验收单存档备查。
第四条　生产人员每年进行一次健康检查，取得健康证明后方可上岗，进入车间前必须洗手消毒、穿戴工作衣帽。
第五条　每批产品出厂前须经检验合格，外包装加印追溯二维码，消费者扫码即可查询生产日期和原料来源。
第六条　本制度自2025年3月1日起施行。
桕湖县乐丰米粉厂
2025年3月1日
""",
    ),
    dict(
        slug="forum-pingpang-match-notice-discuz-junk",
        site="球友之家乒乓论坛 (invented, Discuz-like)",
        style="论坛",
        genre="通知",
        kind="notice",
        form="html",
        source="http://bbs.qiuyouzhijia.example.net/thread-208871-1-1.html",
        title="关于举办2025年柽原县“全民健身杯”乒乓球联赛的通知",
        record_title="[转发] 关于举办2025年柽原县“全民健身杯”乒乓球联赛的通知 - 赛事公告 - 球友之家乒乓论坛",
        date="2025-05-06",
        date_also=["2025-05-08"],
        notes="Discuz-like thread: jammer fonts inside the post, the poster's profile cell, a 发表于 line (also accepted) differing from the 成文日期; a quoted reply under the post; the notice's own 联系人/电话 and sign-up mailbox",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        page="""
<html><head><meta charset="gbk"><title>[转发] 关于举办2025年柽原县“全民健身杯”乒乓球联赛的通知 - 赛事公告 - 球友之家乒乓论坛</title></head><body>
<div id="toptb">⟦m 球友之家乒乓论坛⟧　⟦a 快捷导航⟧　⟦a 找回密码⟧</div>
<div id="pt">⟦m 球友之家 › 赛事公告 › 查看帖子⟧</div>
<div class="ts"><h1>⟦t 关于举办2025年柽原县“全民健身杯”乒乓球联赛的通知⟧</h1>⟦m [复制链接]⟧</div>
<table><tr><td class="pls">⟦m 直拍横打老杨⟧<br>⟦m 帖子 1892　精华 3　金币 5520⟧</td>
<td class="plc"><div class="pi">⟦m 楼主｜发表于 2025-5-8 20:17⟧　⟦a 只看该作者⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="sign">⟦l 签名：以球会友，每周三晚县体育馆二楼不见不散⟧</div></td></tr>
<tr><td class="pls">⟦l 弧圈小王子⟧</td><td class="plc">⟦l 沙发｜发表于 2025-5-8 21:02　去年打到十六强，今年再冲一冲⟧</td></tr></table>
<div>⟦a 高级模式　发表回复　回帖后跳转到最后一页⟧</div>
<div id="ft">⟦m Powered by Discuz! X3.4　© 2001-2025 Tencent Cloud.⟧　⟦m 湘ICP备17008826号⟧</div>
</body></html>
""",
        body="""
各乡镇文体站、县直各单位、各乒乓球俱乐部：
为深入开展全民健身活动，县体育事业发展中心、县乒乓球协会决定举办2025年柽原县“全民健身杯”乒乓球联赛。现将有关事项通知如下。
一、比赛时间和地点：2025年6月7日至8日，在县全民健身中心举行。
二、比赛项目：男子团体、女子团体、男子单打、女子单打、混合双打。
三、参赛办法：各单位可报男、女队各一支，每队由三至五名运动员组成，运动员须年满十八周岁。
四、报名时间：即日起至5月25日止，报名表发送至邮箱cyttx2025@example.cn。
联系人：龙小舟，电话：13807450926。
柽原县体育事业发展中心
柽原县乒乓球协会
2025年5月6日
""",
    ),
    dict(
        slug="forum-choir-host-script-relative-time",
        site="樟汀合唱论坛 (invented)",
        style="论坛",
        genre="主持词",
        kind="speech",
        form="text",
        source="http://www.zhangtingchorus.example.org/bbs/read.php?tid=40771",
        title="第五届“樟汀之声”合唱音乐会主持词",
        record_title="[转载] 第五届“樟汀之声”合唱音乐会主持词（附节目单）- 声乐合唱版 - 樟汀合唱论坛",
        date=None,
        notes="a host script reposted on a choir forum: A/B host lines and a programme table kept; forum junk on lines of its own and glued; relative post time 3天前 is no date",
        junk=dict(lines=2, glued=3),
        page="""
!m 樟汀合唱论坛 » 声乐合唱版 » 帖子正文
!t [转载] 第五届“樟汀之声”合唱音乐会主持词（附节目单）
!m 楼主：女高音阿蕉　　3天前　　查看 617　回复 9
{BODY}
!l 本帖被以下淘专辑推荐：· 合唱活动资料
!l 1#　男低音老周：今年的串词比去年顺多了，收了
!l 2#　指挥小梁：节目单第三首换成了《茉莉花》，以现场为准
!a 快速回复　｜　请先登录后再回帖　｜　表情
!m 樟汀合唱论坛　|　联系版主　|　无图版
""",
        body="""
A：尊敬的各位领导、各位来宾，
B：亲爱的朋友们，
合：大家晚上好！
A：秋风送爽，歌声飞扬。今晚，我们相聚在樟汀大剧院，共同欣赏第五届“樟汀之声”合唱音乐会。
B：本届音乐会由樟汀市合唱协会主办，全市十二支合唱团带来十五首精彩作品。
A：本场节目安排如下：
序号　　曲目　　表演团体
1　　《歌唱祖国》　　樟汀市教师合唱团
2　　《山丹丹开花红艳艳》　　樟汀老年大学合唱团
3　　《半个月亮爬上来》　　樟汀青年合唱团
B：首先请欣赏教师合唱团带来的《歌唱祖国》。
合：第五届“樟汀之声”合唱音乐会到此结束，朋友们，明年再见！
""",
    ),
    dict(
        slug="blog-pigfarm-tech-asf-summary",
        site="老甘的猪场笔记 (invented, a breeding technician's blog)",
        style="博客",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://blog.laogan-zhuchang.example.com/post/2025/12/30/asf-summary",
        title="种猪场非洲猪瘟防控工作总结",
        record_title="【场里的事】种猪场非洲猪瘟防控工作总结 | 老甘的猪场笔记",
        date="2025-12-28",
        date_also=["2025-12-30"],
        notes="a technician's blog: a bracketed post time (also accepted) and the summary's own signature date; a tag row, a read/comment counter, prev/next in blog words and an archive list; a disinfection table",
        page="""
!m 老甘的猪场笔记 —— 一个养猪技术员的碎碎念
!l 首页 · 归档 · 关于我 · 友链
!t 【场里的事】种猪场非洲猪瘟防控工作总结
!m [2025-12-30 21:48]　分类：生物安全　阅读(233)　评论(4)
{BODY}
!l 标签：#非洲猪瘟 #生物安全 #种猪场
!l « 较早的文章：冬季保育舍保温的几个小窍门
!l 较新的文章：没有了 »
!l 文章归档：2025年12月(3)　2025年11月(5)　2025年10月(2)
!d 本博文字均为原创，转载请留言告知
""",
        body="""
2025年，我场认真落实非洲猪瘟常态化防控各项措施，全年未发生非洲猪瘟疫情，种猪存栏稳定在一千二百头左右。现将全年防控工作总结如下。
一、严格分区管理。全场划分为生活区、隔离区和生产区，人员进入生产区必须经过洗澡、换衣、隔离四十八小时。
二、强化车辆洗消。外来车辆一律在场外两公里的洗消中心清洗消毒，饲料车实行场外中转。
三、落实定期监测。每月对环境、饲料和猪群开展采样检测，全年共采样一千三百余份，结果均为阴性。
全年消毒情况如下：
区域　　消毒频次　　主要药物
生活区　　每日一次　　过硫酸氢钾
生产区　　每日两次　　戊二醛
洗消中心　　每车一次　　次氯酸钠
明年，我场将继续完善生物安全体系，力争创建省级非洲猪瘟无疫小区。
枸坡县丰源种猪场
2025年12月28日
""",
    ),
]

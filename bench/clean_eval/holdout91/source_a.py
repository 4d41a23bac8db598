"""holdout91, part A. Invented text; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="fanwen-mudiaofang-summary-woodcarving-safety",
        site="笔耕斋范文 (invented)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.bigengzhai.net/zongjie/anquan/2024/5531.html",
        title="栎溪县木雕产业园2024年安全生产工作总结",
        record_title="【推荐】栎溪县木雕产业园2024年安全生产工作总结（可编辑）",
        date="2024-12-27",
        notes="decorated record title; 成文日期 under the signature; chrome glued after a 。 between paragraphs",
        page="""
!m 笔耕斋范文 —— 千篇材料 一站找齐
!m 位置：首页 / 总结大全 / 安全生产总结
!t 【推荐】栎溪县木雕产业园2024年安全生产工作总结（可编辑）
!m 收录于：2025-01-03　浏览 1,406 次　字数 1180
!a ☆收藏　⇩存为Word　⎙打印
{BODY}
!a 看完了？点这里把全文发到邮箱
!l 同类热门：木材加工企业粉尘防爆工作总结 / 园区消防安全年终总结
!d 本页内容为用户投稿，如涉及版权问题请与管理员联系处理。
!m 笔耕斋 bigengzhai.net 浙ICP备19033871号
""",
        indent="\u3000\u3000",
        body="""
2024年，园区管委会坚持“安全第一、预防为主、综合治理”方针，围绕木雕企业粉尘多、油漆多、木料多的特点，扎实开展安全生产各项工作，全年未发生一般及以上生产安全事故。
一、压实企业主体责任。与入园的47家木雕企业逐一签订安全生产责任书，督促企业建立全员安全生产责任制，配备专（兼）职安全员53名。⟦a 〖本段可一键复制〗⟧
二、整治木粉尘和涂装环节隐患。对雕刻、打磨车间除尘系统进行全面排查，整改除尘器未接地、管道积尘等隐患126处；推动9家企业将喷漆工序集中到园区共享涂装中心。
⟦l 相关推荐：木制品企业有限空间作业专项整治方案⟧
三、加强消防基础建设。新增室外消火栓14个，更新灭火器620具，组织企业开展消防疏散演练31场次，参训职工2100余人次。
四、存在问题和下步打算。部分小微作坊仍存在“前店后厂”、人员住宿与生产混设等问题。2025年，我们将开展“小作坊清零”行动，推动安全生产形势持续稳定向好。
栎溪县木雕产业园管委会
2024年12月27日
""",
    ),
    dict(
        slug="fanwen-yuebing-plan-mooncake-html",
        site="千字文材料网 (invented)",
        style="范文站",
        genre="方案",
        kind="plan",
        form="html",
        source="http://www.qianziwencl.com/fangan/shipin/20240806_7712.html",
        title="关于做好中秋月饼生产季食品安全监管工作的实施方案",
        record_title="关于做好中秋月饼生产季食品安全监管工作的实施方案_千字文材料网",
        date="2024-08-02",
        notes="old table layout; 成文日期 in Chinese numerals; document's own 联系人/电话 next to the site's hotline",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>关于做好中秋月饼生产季食品安全监管工作的实施方案_千字文材料网</title>
<script language="javascript" src="/js/ad_top.js"></script>
</head><body bgcolor="#FFFFFF">
<table width="960" align="center"><tr><td>⟦m 千字文材料网⟧</td><td>⟦m 公文写作好帮手⟧</td><td><a href="/user/login.asp">⟦a 会员登录⟧</a> | <a href="/user/reg.asp">⟦a 新用户注册⟧</a></td></tr></table>
<table width="960" align="center" class="menu"><tr><td><a href="/">⟦m 网站首页⟧</a></td><td><a href="/fangan/">⟦m 实施方案⟧</a></td><td><a href="/tongzhi/">⟦m 通知公告⟧</a></td><td><a href="/jianghua/">⟦m 领导讲话⟧</a></td></tr></table>
<table width="960" align="center"><tr><td width="700" valign="top">
<div class="weizhi">⟦m 您的位置 &raquo; 网站首页 &raquo; 实施方案 &raquo; 食品安全⟧</div>
<h2>{T}</h2>
<div class="xinxi">⟦m 更新日期：2024-08-06　文章来源：网友投稿　人气：377⟧<script>hits(7712)</script></div>
<div class="zihao">⟦a 【字号 特大 中 小】⟧</div>
{BODY}
<div class="fy">⟦l ← 上一篇：粽子生产经营专项检查方案⟧ ⟦l 下一篇：校园周边食品安全整治方案 →⟧</div>
</td><td width="250" valign="top">
<div class="box"><b>⟦l 阅读排行⟧</b><br>⟦l 食品小作坊备案管理实施细则⟧<br>⟦l 节日市场保供稳价工作方案⟧</div>
<div class="box">⟦w 材料代笔 原创定制 热线0571-86630245⟧</div>
</td></tr></table>
<table width="960" align="center"><tr><td>⟦d 所载文章由网友上传，本站不对其真实性负责⟧<br>⟦m Copyright 2009-2024 千字文材料网 浙ICP备09051377号⟧</td></tr></table>
<script>var cnzz_s_tag = document.createElement('script');</script>
</body></html>
""",
        body="""
各乡镇市场监管所，局机关各科室：
为切实保障中秋节期间月饼等节令食品质量安全，根据上级部署，结合我县实际，制定本方案。
一、工作目标
以月饼生产企业、食品小作坊、现制现售门店为重点，全面排查风险隐患，确保节日期间不发生区域性、系统性食品安全问题。
二、重点任务
（一）开展生产环节全覆盖检查。8月10日前，对全县21家月饼生产企业和38家小作坊逐户检查，重点查看原料进货查验、添加剂使用和过期馅料处理情况。
（二）加强抽检监测。计划抽检月饼样品80批次，重点检测菌落总数、防腐剂和酸价等项目，结果及时向社会公布。
（三）规范过度包装。联合发改部门对商场、超市销售的礼盒月饼开展包装检查，发现违规的依法处理。
三、工作要求
各所要于9月20日前报送工作总结。联系人：谭若岚，电话：0575-83167702。
芹阳县市场监督管理局
二〇二四年八月二日
""",
    ),
    dict(
        slug="wenku-yudiao-survey-jade-carving",
        site="知典文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://wenku.zhidianwk.com/view/9f31c0e27a5d44e8.html",
        title="关于汀浦县玉雕产业发展现状的调研报告",
        record_title="关于汀浦县玉雕产业发展现状的调研报告.docx",
        date=None,
        notes="file-name record title; page markers of a preview converter cutting sentences; year only in the text, no date",
        page="""
!m 知典文库　|　海量文档免费读
!t 关于汀浦县玉雕产业发展现状的调研报告.docx
!m 上传者：碧山行者　　页数：6页　　大小：31.2KB　　下载积分：5
!a 预览已结束，剩余 3 页需购买后阅读
{BODY}
!a 开通知典会员，全站文档免费下　　【立即开通】
!l 该用户的其他文档：玉石市场调查问卷.doc　｜　工艺美术大师评选办法.pdf
!d 知典文库中的文档由用户上传，平台仅提供存储空间，若侵犯您的权益请点击“举报”。
""",
        pages=dict(fmt="～{n}～", every=180, start=2),
        body="""
玉雕是汀浦县的传统特色产业，已有三百多年历史。为摸清产业底数、找准发展短板，县工信局会同县文联组成调研组，于今年春季走访了全县玉雕企业、工作室和交易市场。
一、基本情况。全县现有玉雕经营主体1260家，从业人员约9000人，其中省级以上工艺美术大师11人。去年全县玉雕产品交易额约14.6亿元，线上直播销售占比首次超过三成。
二、主要问题。一是原料依赖外购，价格波动大，中小工作室压力明显；二是设计同质化严重，题材多集中于生肖、佛像等传统样式；三是年轻从业者减少，学徒期长、收入低导致人才断层。
三、对策建议。建议设立玉雕设计创新基金，支持院校与大师工作室共建实训基地；建设原料集中采购平台，降低小微主体成本；规范直播销售行为，严厉打击以假充真、虚标产地等问题。
""",
    ),
    dict(
        slug="wenku-ditan-plan-carpet-training-html",
        site="学海文档馆 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="html",
        source="https://www.xuehaiwdg.com/p-2208871153.html",
        title="地毯厂新员工岗前培训实施方案",
        record_title=None,
        date="2023-03-15",
        notes="no record title; title on the page; preview page with a page-marker paragraph cut; 印发 line in the body",
        page="""
<!doctype html>
<html><head><meta charset="utf-8"><title>地毯厂新员工岗前培训实施方案 - 学海文档馆</title>
<link rel="stylesheet" href="/static/view.css"><script src="/static/pdfview.min.js"></script></head>
<body>
<header class="hd"><a class="logo" href="/">⟦m 学海文档馆⟧</a><form class="so"><input placeholder="搜文档"><button>⟦a 搜索⟧</button></form><a href="/vip">⟦a 开通VIP⟧</a></header>
<div class="doc-head"><h1>{T}</h1>
<p class="doc-info">⟦m 文档编号 XH2208871153 · 共4页 · 贡献者 经纬编织⟧</p>
<p class="doc-btn">⟦a 下载文档（¥2.90）⟧ ⟦a 加入文件夹⟧ ⟦a 分享给好友⟧</p></div>
<div class="reader">
{BODY}
</div>
<div class="reader-end"><p>⟦a 试看到此为止，支付后可阅读全部4页⟧</p></div>
<aside class="rec"><h4>⟦l 猜你想找⟧</h4><ul><li>⟦l 纺织企业新员工三级安全教育记录表⟧</li><li>⟦l 车间班组长培训计划⟧</li></ul></aside>
<footer>⟦d 文档内容来自用户上传，如有侵权请联系我们删除⟧ ⟦m © 学海文档馆 粤ICP备20088312号⟧</footer>
</body></html>
""",
        pages=dict(fmt="第{n}页／共4页", every=260, start=2),
        body="""
为帮助新入职员工尽快熟悉企业文化、掌握岗位技能、树立安全意识，结合本厂手工打结地毯和机织地毯生产实际，制定本方案。
一、培训对象：2023年3月至6月新招录的一线员工，预计约85人。
二、培训时间：每批次集中培训10天，其中理论学习3天，车间跟岗实训7天。
三、培训内容：（一）厂规厂纪和企业发展历程；（二）羊毛分拣、染色、打结、剪花、水洗各工序操作规范；（三）染化料安全使用和个人防护；（四）消防器材使用和紧急疏散。
四、考核方式：理论考试和实操考核各占50%，综合成绩80分以上者方可定岗，不合格者延长实训一周后补考。
五、组织保障：人力资源部负责统筹安排，各车间主任担任实训导师组长，安全环保部负责安全课程讲授。
宏织地毯有限公司人力资源部印发
2023年3月15日
""",
    ),
    dict(
        slug="gov-danche-notice-bike-sharing",
        site="栎溪县人民政府网 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.lixi.gov.cn/zwgk/tzgg/202405/t20240520_881204.html",
        title="栎溪县城市管理局关于规范互联网租赁自行车停放秩序的通告",
        record_title="栎溪县城市管理局关于规范互联网租赁自行车停放秩序的通告",
        date="2024-05-20",
        notes="modern county portal with font-size row, 信息公开 index table, byline 发布时间; 文号 neutral",
        page="""
<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8"><title>栎溪县城市管理局关于规范互联网租赁自行车停放秩序的通告_通知公告_栎溪县人民政府</title>
<meta name="SiteName" content="栎溪县人民政府"><script src="/js/jquery.min.js"></script><script>var _govstat=1;</script></head>
<body>
<div class="topbar">⟦m 今天是：<span id="today"></span>⟧ <a href="#">⟦a 无障碍浏览⟧</a> <a href="#">⟦a 长者模式⟧</a></div>
<div class="banner">⟦m 栎溪县人民政府⟧</div>
<nav><a href="/">⟦m 首页⟧</a><a href="/zwgk/">⟦m 政务公开⟧</a><a href="/bsfw/">⟦m 办事服务⟧</a><a href="/hdjl/">⟦m 互动交流⟧</a></nav>
<div class="loc">⟦m 当前位置：首页 &gt; 政务公开 &gt; 通知公告⟧</div>
<table class="xxgk"><tr><td>⟦m 索引号：11330789MB0F22391X/2024-00418⟧</td><td>⟦m 发布机构：县城市管理局⟧</td></tr><tr><td>⟦m 主题分类：城乡建设、环境保护⟧</td><td>⟦m 成文日期：2024-05-17⟧</td></tr></table>
<h1>{T}</h1>
<div class="bl">⟦m 发布时间：2024-05-20 09:32　来源：县城市管理局　浏览次数：1088⟧ <span class="fs">⟦a 【字体：大 中 小】⟧</span></div>
<p class="wh">栎城管通〔2024〕6号</p>
{BODY}
<div class="ops">⟦a 打印本页⟧ ⟦a 关闭窗口⟧ ⟦l 分享：微信 微博 QQ空间⟧</div>
<div class="rel"><h3>⟦l 相关信息⟧</h3><ul><li>⟦l 县城区占道经营整治情况通报⟧</li><li>⟦l 关于城区部分路段施划停车泊位的公示⟧</li></ul></div>
<footer><p>⟦m 主办：栎溪县人民政府办公室　承办：县大数据发展中心⟧</p><p>⟦m 浙ICP备05017723号-1　浙公网安备33078902000118号⟧</p><p>⟦m 网站标识码3307890001⟧</p></footer>
</body></html>
""",
        date_also=["2024-05-17"],
        body="""
为维护城区道路通行秩序和市容环境，规范互联网租赁自行车（以下简称共享单车）停放管理，根据《浙江省城市市容和环境卫生管理条例》等规定，现就有关事项通告如下：
一、共享单车应当在道路两侧施划的非机动车停放区域内有序停放，不得停放在盲道、消防通道、公交站台及绿化带内。
二、运营企业应当按照每300辆车不少于1人的标准配备运维人员，对车辆乱停乱放、堆积占道等情况在接到通知后30分钟内完成清理。
三、用户应当文明用车，不得私自加锁、损毁车辆，不得将车辆骑入小区、学校、医院等封闭区域。
四、对违反本通告的运营企业，城市管理部门将依法约谈、通报，并视情核减其投放配额。
监督电话：0579-86021930。
本通告自发布之日起施行。
栎溪县城市管理局
2024年5月17日
""",
    ),
    dict(
        slug="gov-jijiu-notice-first-aid-training",
        site="汀浦县红十字会 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://hsh.tingpu.gov.cn/art/2023/9/4/art_1187_40922.html",
        title="关于开展2023年度公众应急救护培训进机关活动的通知",
        record_date="2023-09-04",
        date="2023-09-04",
        notes="record date; 附件 list and 报名回执 kept; chrome on lines between paragraphs",
        page="""
!m 汀浦县红十字会　|　人道　博爱　奉献
!m 首页 ＞ 通知公告 ＞ 正文
{T}
!m 信息来源：县红十字会　发布日期：2023-09-04　点击：418
{BODY}
!a 【打印此页】【关闭】
!l 上一条：县红十字会开展“博爱送万家”慰问活动
!l 下一条：关于征集2023年度优秀志愿服务案例的通知
!m 汀浦县红十字会 主办　地址：汀浦县人民路77号　电话：0596-5312280
""",
        indent="    ",
        body="""
县直各单位：
为普及应急救护知识，提高机关干部职工自救互救能力，经研究，决定于今年9月至11月开展公众应急救护培训进机关活动。现将有关事项通知如下。
一、培训内容：心肺复苏、自动体外除颤器（AED）使用、气道异物梗阻急救、创伤止血包扎和骨折固定等。
二、培训方式：由县红十字会持证救护培训师上门授课，每场培训4学时，每场人数控制在40人以内。
!m 栏目编辑：林子衿
三、报名办法：请各单位于9月15日前将报名回执发送至县红十字会邮箱tphszh@163.com。联系人：庄一帆，电话：0596-5312286。
附件：1.2023年度应急救护培训进机关场次安排表
2.报名回执
汀浦县红十字会
2023年9月4日
""",
    ),
    dict(
        slug="news-matouqin-news-ensemble",
        site="北原新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.beiyuannews.cn/culture/2024-07/16/c_14420917.htm",
        title="乌兰塔拉旗马头琴乐团百人齐奏亮相草原文化节",
        record_title="乌兰塔拉旗马头琴乐团百人齐奏亮相草原文化节-北原新闻网",
        date="2024-07-16",
        notes="news portal with editor line glued after the last 。; byline date is the page date; decorated record title",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>乌兰塔拉旗马头琴乐团百人齐奏亮相草原文化节-北原新闻网</title>
<script>window.__ADSLOT__=['top','right'];</script><style>body{font-family:sans-serif}</style></head>
<body>
<div class="top-nav"><a href="/">⟦m 北原新闻网首页⟧</a> <a href="/news/">⟦m 时政⟧</a> <a href="/culture/">⟦m 文化⟧</a> <a href="/sports/">⟦m 体育⟧</a> <a href="/app">⟦a 下载北原新闻客户端⟧</a></div>
<div class="crumbs">⟦m 北原新闻网 › 文化 › 正文⟧</div>
<article>
<h1>{T}</h1>
<div class="meta">⟦m 2024年07月16日 18:05　来源：北原日报　记者 那仁　通讯员 苏和⟧</div>
{BODY}
<div class="share">⟦l 分享到：微信 朋友圈 微博⟧</div>
</article>
<aside><h3>⟦l 24小时热读⟧</h3><ol><li>⟦l 草原音乐季开票 首场演出门票三分钟售罄⟧</li><li>⟦l 牧区夏季转场路线发布⟧</li></ol>
<div class="qr">⟦a 扫码关注北原新闻官方微信⟧</div></aside>
<footer>⟦d 凡本网注明“来源：北原新闻网”的作品，版权均属北原新闻网，未经授权不得转载。⟧ ⟦m 蒙ICP备13000562号 互联网新闻信息服务许可证15120170003⟧</footer>
</body></html>
""",
        body="""
7月15日晚，第九届乌兰塔拉草原文化节在敖包山下开幕，旗马头琴乐团103名演奏员同台齐奏《万马奔腾》，悠扬的琴声引来观众阵阵掌声。
乌兰塔拉旗马头琴乐团成立于2016年，成员中既有专业演奏员，也有牧民、教师和中小学生。近年来，乐团坚持“送音乐到嘎查”，每年深入牧区演出60余场。
乐团团长巴图孟和介绍，为准备这次演出，团员们利用业余时间集中排练了两个多月，年纪最小的演奏员只有11岁。
据了解，本届文化节将持续至7月20日，期间还将举办长调民歌大赛、传统手工艺展示等活动。⟦m （责任编辑：乌日娜）⟧
""",
    ),
    dict(
        slug="news-xueche-news-bobsleigh-base",
        site="雪原都市报网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.xydsb.com.cn/tiyu/20240112/t_558120.shtml",
        title="松岭雪车训练基地迎来首批青少年学员",
        record_title=None,
        date="2024-01-12",
        notes="no record title; date only in the byline line; related list and comment box",
        page="""
!m 雪原都市报网 > 体育 > 冰雪
{T}
!m 2024-01-12 07:48:31　　雪原都市报　　记者 贺知秋
!a 字号：T|T　　　听新闻
{BODY}
!l 【相关阅读】
!l 冰雪运动进校园：全市新建冰场12块
!l 越野滑雪积分赛周末开赛
!l 网友评论（0）　我要评论
!d 本网站所刊载信息，不代表本网观点。刊用本网站稿件，务经书面授权。
""",
        body="""
1月11日，位于松岭镇的雪车训练基地迎来首批32名青少年学员。他们将在这里接受为期一个月的雪车、钢架雪车基础训练。
这批学员从全市各中学的田径、举重项目中选拔而来，平均年龄15岁。基地教练组组长介绍，雪车项目对爆发力和推车起跑要求很高，田径背景的孩子上手更快。
训练基地于去年底建成，拥有一条长1260米的训练赛道和室内推车起跑训练馆，可同时满足专业队和青少年队训练需要。
""",
    ),
    dict(
        slug="forum-nu-post-crossbow-club-rules",
        site="百步穿杨论坛 (invented)",
        style="论坛",
        genre="规章制度",
        kind="other",
        form="text",
        source="http://bbs.baibuyang.net/thread-30128-1-1.html",
        title="【置顶】本会射弩训练场安全管理规定（2024修订）",
        title_also=["本会射弩训练场安全管理规定（2024修订）"],
        record_title="【置顶】本会射弩训练场安全管理规定（2024修订） - 会务公告 - 百步穿杨论坛",
        date="2024-03-02",
        notes="Discuz-like floor with anti-scraping junk; 发表于 line is the page's date; numbered articles",
        page="""
!m 百步穿杨论坛 › 版块 › 会务公告 › 查看帖子
!m 查看: 2671|回复: 19
{T}
!m 弦上月 发表于 2024-3-2 21:14 | 只看该作者 | 倒序浏览 | 阅读模式
{BODY}
!l 回复 使用道具 举报
!l 沙发
!l 箭无虚发 发表于 2024-3-3 08:20
!l 支持！会里早该立这个规矩了。
!d 本站仅为民族传统体育爱好者交流平台，所发言论不代表本站观点。
!m Powered by Discuz! X3.4　　京ICP备18004433号
""",
        junk=dict(lines=2, glued=2),
        body="""
为保障会员和来访人员的人身安全，经理事会讨论通过，对本会射弩训练场安全管理规定修订如下。
第一条 训练场实行预约制，会员须提前一天在群内登记，非会员须由会员陪同并签署安全告知书。
第二条 弩在进入射击区前一律不得上弦，上弦、瞄准时弩口只能指向靶区。
第三条 射击时任何人不得进入安全线以外区域。取箭须待值班教练发出“停射”口令，全体放下弩具后方可进行。
第四条 未满14周岁的青少年须在教练一对一指导下训练。
第五条 违反本规定的，第一次予以警告，第二次暂停训练资格一个月。
本规定自2024年3月10日起施行，解释权归理事会。
""",
    ),
    dict(
        slug="forum-yuju-post-tackle-shop-closing-html",
        site="钓友之家社区 (invented)",
        style="论坛",
        genre="启事",
        kind="other",
        form="html",
        source="https://www.diaoyouzj.com/forum.php?mod=viewthread&tid=771203",
        title="老周渔具店搬迁启事",
        record_title="老周渔具店搬迁启事_鱼友杂谈_钓友之家社区",
        date=None,
        notes="Discuz-like page with jammer fonts; relative times only ('3 天前'): no date; phone of the shop kept in the body",
        page="""
<html><head><meta charset="utf-8"><title>老周渔具店搬迁启事_鱼友杂谈_钓友之家社区</title>
<script src="static/js/common.js?XkP"></script><style>.jammer{font-size:0;color:#fff}</style></head>
<body id="nv_forum">
<div id="toptb">⟦a 登录⟧ | ⟦a 立即注册⟧ | ⟦a 找回密码⟧</div>
<div id="hd"><a href="./">⟦m 钓友之家社区⟧</a></div>
<div id="pt">⟦m 钓友之家 › 论坛 › 鱼友杂谈 › 老周渔具店搬迁启事⟧</div>
<div class="hm">⟦m 查看: 905 | 回复: 12⟧</div>
<h1 id="thread_subject">{T}</h1>
<div class="authi">⟦m 老周渔具 发表于 3 天前⟧ ⟦a 只看该作者⟧</div>
<div class="t_fsz">
{BODY}
</div>
<div class="po">⟦l 回复 支持 反对 举报⟧</div>
<div class="reply">⟦l 板凳 溪口垂钓 发表于 前天 19:42⟧<br>⟦l 新地方离水库近多了，去捧场！⟧</div>
<div id="ft">⟦m Powered by Discuz! X3.5⟧ ⟦d 帖子内容均为网友发布，与本站无关⟧ ⟦m 湘ICP备17012203号⟧</div>
</body></html>
""",
        junk=dict(lines=1, glued=2),
        body="""
各位钓友：
本店在老街经营十二年，承蒙大家照顾。因老街改造，本店将于下月起搬到水库路与环湖东路交叉口往南50米，门面比原来大一倍。
搬迁期间，原店的鱼竿维修、线组定制业务照常办理，已付定金的钓友凭收据到新店取货。
新店开业头一周，饵料一律八折，另准备了一批浮漂小礼品，先到先得。
店里电话不变：13907351268，随时欢迎来电咨询。
""",
    ),
    dict(
        slug="blog-huangmei-essay-troupe-actor",
        site="梅韵博客 (invented)",
        style="博客",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://blog.meiyunxi.cn/u/qingyi_ling/archives/2023/1108.html",
        title="下乡演出三十场：一个黄梅戏青衣的冬日手记",
        date="2023-11-08",
        notes="blog with tags, archive and comments; date only in the post line; hard-wrapped body",
        page="""
!m 梅韵博客 · 青衣小玲的戏台日记
!m 首页　　戏里戏外　　巡演手记　　关于我
{T}
!m 2023-11-08 22:17 | 分类：巡演手记 | 阅读(312) | 评论(6)
{BODY}
!l 标签：黄梅戏　送戏下乡　青衣
!l « 前一篇：第一次扮七仙女　　后一篇：练功房里的冬至 »
!l 最新评论：戏迷阿良：小玲老师辛苦！明年还来我们村唱吧。
!m 文章归档：2023年11月(3)　2023年10月(5)
!d 本博客文字均为原创，转载请注明出处。
""",
        wrap=72,
        indent="\u3000\u3000",
        body="""
今年秋冬，剧团接了县里“送戏进万村”的任务，两个月里我跟着流动舞台车跑了三十个村子。这篇手记，算是给自己的一个交代。
最难忘的是在高岭村那一场。那天寒风刺骨，台下却坐满了人，前排好几位老人裹着棉被看完了整本《天仙配》。散场后一位老奶奶拉着我的手说，年轻时她也唱过这一段，如今嗓子不行了，听我们唱就像回到了从前。
下乡演出条件简陋，化妆常常在车厢里借着手电完成，水袖沾了泥要连夜洗干净。但每当锣鼓一响、幕布一拉，所有的辛苦就都忘了。
师父常说，戏是唱给老百姓听的。走过这三十个村子，我对这句话有了更深的体会。
""",
    ),
    dict(
        slug="blog-fazan-letter-hairpin-maker-html",
        site="簪花小筑 (invented)",
        style="博客",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://zanhua.blogspot-like.cn/2024/04/letter.html",
        title="致手作发簪同好的一封倡议书",
        record_title="致手作发簪同好的一封倡议书 | 簪花小筑",
        date="2024-04-21",
        notes="modern blog: tag cloud, archive, comment form; signature date; document speaks of 分享 and 扫码 as content",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>致手作发簪同好的一封倡议书 | 簪花小筑</title>
<script async src="/gtag.js"></script></head>
<body>
<header><div class="blog-title">⟦m 簪花小筑⟧</div><div class="desc">⟦m 一支簪，一段慢时光⟧</div>
<nav>⟦m 首页⟧ · ⟦m 作品⟧ · ⟦m 教程⟧ · ⟦m 留言板⟧</nav></header>
<main><article><h2>{T}</h2>
<p class="post-meta">⟦m 发表于 2024年4月21日　作者：阿簪　分类：随笔⟧</p>
{BODY}
<p class="post-foot">⟦l 标签：发簪 手作 非遗⟧</p>
<p>⟦l 上一篇：缠花入门：从一片叶子开始⟧ ⟦l 下一篇：点翠的替代材料试验⟧</p>
</article>
<section class="comments"><h3>⟦l 发表评论⟧</h3><p>⟦l 昵称（必填）　邮箱（必填）　提交评论⟧</p></section></main>
<aside><h4>⟦l 标签云⟧</h4><p>⟦l 缠花 绒花 木簪 银簪 材料包⟧</p><h4>⟦l 归档⟧</h4><p>⟦l 2024年4月 (4)⟧ ⟦l 2024年3月 (7)⟧</p></aside>
<footer>⟦d © 2024 簪花小筑 保留所有权利 未经许可请勿搬运图文⟧</footer>
</body></html>
""",
        body="""
各位做发簪的朋友：
这几年手作发簪越来越受欢迎，我们却也看到，一些店铺直接盗用别人的设计图和教程，换个名字就拿去售卖。为此，我们几位老手作人共同倡议：
一、尊重原创。借鉴别人的作品时请注明出处，未经同意不拿他人的设计批量生产。
二、诚实标注材料。铜镀金就写铜镀金，仿点翠就写仿点翠，不以次充好。
三、乐于分享。欢迎大家把自己摸索出的技法分享出来，扫码进群的同好可以在群文件里下载我们整理的入门资料。
愿我们一起把这门手艺做得更长久。
簪花小筑　阿簪及七位手作人
2024年4月20日
""",
        date_also=["2024-04-20"],
    ),
]

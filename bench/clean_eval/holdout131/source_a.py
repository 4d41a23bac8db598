"""holdout131, part A: 范文 sites, 文库 previews, government portals, news portals, forums. Invented text."""

CASES = [
    dict(
        slug="fanwen-huoba-speech-torch-festival-opening",
        site="笔耕坊范文 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.bigengfang.cn/jianghua/jieqing/2024/7731.html",
        title="在樗川县第十二届彝族火把节开幕式上的致辞",
        record_title="【精选】在樗川县第十二届彝族火把节开幕式上的致辞（通用5篇）",
        date="2024-07-28",
        notes="decorated record title; date under the speech title; speaker line neutral; chrome between paragraphs",
        page="""
!m 笔耕坊范文 · 让笔头更有底气
!m 所在位置：笔耕坊 / 致辞讲话 / 节庆活动致辞
!t 【精选】在樗川县第十二届彝族火把节开幕式上的致辞（通用5篇）
!m 收录时间：三天前　围观：1906人　整理：阿木
!a ［复制本篇］［存为DOCX］［放进我的书架］
{T}
樗川县人民政府县长　吉克伍呷
（2024年7月28日）
{BODY}
!a 全文已展示1288字，开通笔耕会员可一键下载排版稿。
!l 相关推荐 ▸ 民族节庆活动闭幕式致辞 ▸ 火把节安全保障工作方案 ▸ 文化旅游推介会主持词
!d 本站文章由网友整理发布，仅作写作参考，转载请注明出处。
!m ©2019-2024 bigengfang.cn 滇ICP备20047713号
""",
        indent="\u3000\u3000",
        body="""
各位来宾，父老乡亲们，朋友们：
今晚，樗川大地星火点点、歌声阵阵。在这欢乐祥和的时刻，第十二届彝族火把节隆重开幕了。我代表县人民政府，向远道而来的各位嘉宾表示热烈欢迎，向全县各族群众致以节日的祝福！
火把节是彝族同胞最隆重的传统节日，承载着祈求丰收、驱邪纳福的美好愿望。近年来，我县坚持以节会为媒、以文化为魂，先后建成火把广场、彝绣工坊和三条民俗旅游线路，去年节庆期间接待游客21.6万人次，带动旅游收入1.4亿元。
⟦a 【点此一键复制本段】⟧
本届火把节为期五天，将举办选美、斗牛、摔跤、彝族服饰展演和农特产品展销等十二项活动。县里已安排公安、消防、卫健等部门全程值守，各场地均设立了医疗救护点和防火隔离带，请广大群众和游客文明参与、注意用火安全。
朋友们，火把点燃的是希望，传递的是团结。让我们携起手来，把樗川的火把节办得更红火、更安全、更精彩！
最后，预祝本届火把节圆满成功！祝大家节日快乐、阖家安康！
""",
    ),
    dict(
        slug="fanwen-guozhuang-summary-html-old-table",
        site="公文易范文网 (invented)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://www.gongwenyi.net/zongjie/shetuan/20231219_5518.asp",
        title="栌城县锅庄舞协会2023年工作总结",
        record_title="栌城县锅庄舞协会2023年工作总结_公文易范文网",
        date="2023-12-18",
        notes="old table layout with marquee, font-size row and visitor counter; 成文日期 under the signature; data table kept",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>栌城县锅庄舞协会2023年工作总结_公文易范文网</title>
<script>var hits=0;document.write('');</script></head>
<body bgcolor="#f4f0e6">
<table width="960" align="center" border="0"><tr><td><a href="/">⟦m 公文易范文网⟧</a></td><td>⟦m 总结·计划·讲话·报告 一站写齐⟧</td></tr></table>
<marquee>⟦m 欢迎光临公文易，本站每日更新范文三百篇，老用户请记住新域名 gongwenyi.net⟧</marquee>
<table width="960" align="center"><tr><td width="700" valign="top">
<div class="nav">⟦m 您的位置：首页 &gt;&gt; 工作总结 &gt;&gt; 社团总结⟧</div>
<h2>{T}</h2>
<div class="info">⟦m 作者：佚名　文章来源：会员投稿　点击数：433　更新时间：2023-12-20⟧</div>
<div class="zoom">⟦a 【字体：放大 标准 缩小】⟧ ⟦a 【打印此页】⟧</div>
{BODY}
<div>⟦l 上一篇：社区文艺队年度工作总结⟧<br>⟦l 下一篇：老年体协2023年工作总结及2024年打算⟧</div>
</td><td width="260" valign="top">
<div class="side"><b>⟦l 本类热门⟧</b><br>⟦l ·社团年度工作总结范文⟧<br>⟦l ·广场舞队活动总结⟧<br>⟦l ·民族文化进校园总结⟧</div>
<div>⟦w 文稿润色找小易，QQ 2710049385⟧</div>
</td></tr></table>
<table width="960" align="center"><tr><td>⟦d 本站所有范文均来源于网络投稿，版权归作者所有，侵删。⟧<br>⟦m 您是第 0318842 位访客　黔ICP备13005526号⟧</td></tr></table>
</body></html>
""",
        body="""
2023年，栌城县锅庄舞协会在县文联和县民宗局指导下，围绕“跳起来、传下去”的目标，扎实开展培训、展演和进校园活动，现将一年来的工作总结如下。
一、基本情况
协会现有会员412人，下设城区、高原牧场、河谷三个分会和18支锅庄舞队，全年新发展会员67人，其中35岁以下青年会员占四成。
二、主要工作
（一）办好骨干培训。分三期举办领舞骨干培训班，培训学员156人次，编印《栌城锅庄基本步法》教材800册。
（二）开展展演交流。组织参加州级展演2次，举办“月光锅庄”周末广场活动26场，参与群众约1.9万人次。
（三）推动进校园。在县民族中学等6所学校开设锅庄兴趣课，每周一课时，参与学生1100余人。
全年主要活动统计如下：
项目　场次　参与人次
骨干培训　3　156
广场展演　26　19000
校园课程　210　1100
三、存在问题和明年打算
一是部分乡镇舞队老龄化明显，二是活动经费主要依靠会费。明年将争取文化惠民项目支持，新组建青年锅庄队4支，录制教学视频20节。
栌城县锅庄舞协会
2023年12月18日
""",
    ),
    dict(
        slug="wenku-muqam-plan-dash-markers",
        site="云页文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://wenku.yunye.com/view/7c2e91a4f0d3.html",
        title="柘源县木卡姆艺术团2024年下乡巡演工作方案",
        record_title="柘源县木卡姆艺术团2024年下乡巡演工作方案.docx",
        date="2024-03-05",
        notes="file-name record title; preview page markers ‹n› cutting sentences; pay prompt at the end",
        page="""
!m 云页文库　　文档详情
!m 首页 ＞ 行业资料 ＞ 文化艺术 ＞ 演出方案
!t 柘源县木卡姆艺术团2024年下乡巡演工作方案.docx
!m 上传者：yy_68203　　文档页数：4页　　上传日期：2024-03-07　　下载券：3
!a ＜免费预览前2页＞　　＜用APP打开＞
{BODY}
!a ……预览已到尽头，剩余内容需支付3下载券后阅读……
!a 【立即下载】　【加入文件夹】　【举报】
!l 与本文档相似的资料：
!l 乡村文艺巡演活动实施方案.docx
!l 非遗传承人带徒工作计划.doc
!d 本文档为用户上传，云页文库仅提供存储空间，不对内容真实性负责。
""",
        pages=dict(fmt="‹{n}›", every=120, start=2),
        body="""
为深入推进文化惠民工程，让木卡姆艺术走进田间地头，根据县文化体育广电和旅游局年度工作安排，结合艺术团实际，制定本方案。
一、巡演时间
2024年4月1日至10月31日，避开农忙时段，每月安排巡演不少于6场。
二、巡演范围
覆盖全县9个乡镇、86个行政村，重点安排边远牧业村和易地搬迁安置点，全年巡演不少于50场。
三、节目安排
（一）经典套曲选段，由国家级传承人带领老艺人演唱。
（二）新编节目，围绕乡村振兴、民族团结等主题创作5个短节目。
（三）互动教学，每场安排20分钟教群众学唱、学奏。
四、保障措施
1.艺术团成立巡演工作组，团长任组长，分设演出、后勤、安全三个小组。
2.巡演车辆、音响设备出发前逐一检查，雨雪天气暂停户外演出。
3.各乡镇文化站负责场地协调和群众组织，演出结束后填写服务反馈表。
联系人：买买提江　电话：0998-6213047
柘源县木卡姆艺术团
2024年3月5日
""",
    ),
    dict(
        slug="wenku-sanxian-report-html-preview",
        site="知页文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.zhiyewenku.com/p/5510283746.html",
        title="关于楸原县三弦书传承现状的调研报告",
        record_title=None,
        date=None,
        notes="title missing from the record, found in the h1; HTML preview markers between halves of a cut paragraph; upload date only (no date)",
        page="""
<!DOCTYPE html><html lang="zh"><head><meta charset="utf-8"><title>关于楸原县三弦书传承现状的调研报告 - 知页文库</title>
<link rel="stylesheet" href="/static/reader.css"></head>
<body>
<header class="top"><a class="brand" href="/">⟦m 知页文库⟧</a><nav>⟦m 首页⟧ ⟦m 分类⟧ ⟦m 专题⟧</nav><a class="btn">⟦a 登录/注册⟧</a></header>
<div class="crumb">⟦m 知页文库 › 文化 › 曲艺研究⟧</div>
<h1 class="doc-title">{T}</h1>
<div class="meta">⟦m 上传于 2024-05-11　|　共 5 页　|　2.1k 阅读⟧</div>
<div class="reader">
{BODY}
</div>
<div class="paywall">⟦a 还有 3 页未读，开通知页会员继续阅读⟧ <button>⟦a 下载本文档⟧</button></div>
<aside><h3>⟦l 猜你想看⟧</h3><ul><li>⟦l 地方曲艺保护调研报告⟧</li><li>⟦l 关于非遗传承人队伍建设的调研⟧</li></ul></aside>
<footer>⟦d 知页文库资料均由用户上传，如有侵权请发送邮件至平台处理。⟧ ⟦m 浙ICP备2021033417号⟧</footer>
<script src="/static/reader.js"></script>
</body></html>
""",
        p_html='<p class="rd-p">{}</p>',
        pages=dict(fmt="〖{n}〗", every=110, start=2),
        body="""
三弦书是我县流传两百余年的地方曲艺，2016年列入省级非物质文化遗产代表性项目名录。为摸清传承现状，县文化馆组成调研组，走访了全县7个乡镇的书场、艺人和听众。
一、基本情况
全县现有能完整演唱三弦书的艺人23人，平均年龄64岁，其中省级代表性传承人2人；常年开唱的书场4处，均设在集镇茶馆内，每周演出2至3场。
二、存在问题
一是传承断层明显，40岁以下能独立演出的艺人仅3人；二是书目流失严重，老艺人口传的长篇书目已有一半无人能唱；三是演出收入微薄，多数艺人靠务农或打零工维持生活。
三、对策建议
（一）实施书目抢救工程，对现存长篇书目逐部录音录像、整理文本。
（二）建立师带徒补贴制度，每招收一名学徒给予传承人适当补助。
（三）推动书场与乡村旅游结合，在古镇景区设固定演出点。
""",
    ),
    dict(
        slug="gov-luge-notice-html-portal",
        site="桦峪区人民政府网 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.huayu.gov.cn/zwgk/tzgg/202412/t20241203_88214.html",
        title="关于桦峪跳台滑雪训练中心冬季开放期间交通管制的通知",
        record_title="关于桦峪跳台滑雪训练中心冬季开放期间交通管制的通知",
        date="2024-12-03",
        notes="modern county portal with index table; 发布时间 byline; document number neutral; document's own 联系人 next to the portal hotline",
        page="""
<!doctype html><html><head><meta charset="utf-8"><title>关于桦峪跳台滑雪训练中心冬季开放期间交通管制的通知_通知公告_桦峪区人民政府</title></head>
<body>
<div class="topbar">⟦m 桦峪区人民政府 门户网站⟧ <span>⟦a 无障碍阅读⟧ ⟦a 长者模式⟧ ⟦a 简体/繁體⟧</span></div>
<nav class="mainnav">⟦m 首页 | 政务公开 | 政务服务 | 互动交流 | 走进桦峪⟧</nav>
<div class="loc">⟦m 当前位置：首页 ＞ 政务公开 ＞ 通知公告⟧</div>
<table class="xxgk"><tr><td>⟦m 索引号：11230815MB0X47-03-2024-0119⟧</td><td>⟦m 发布机构：桦峪区交通运输局⟧</td></tr></table>
<h1>{T}</h1>
<div class="byline">⟦m 发布时间：2024-12-03 09:30　来源：区交通运输局　浏览次数：⟧<span id="cnt"></span></div>
<p class="wh">桦交发〔2024〕41号</p>
<div class="TRS_Editor">
{BODY}
</div>
<div class="tools">⟦a 【打印正文】⟧ ⟦a 【关闭本页】⟧ ⟦l 分享至：微信 微博⟧</div>
<div class="rel">⟦l 相关文件：⟧<ul><li>⟦l 关于元旦期间城区停车管理的通告⟧</li><li>⟦l 区冰雪运动季活动安排⟧</li></ul></div>
<footer>⟦m 主办：桦峪区人民政府办公室　承办：区大数据中心⟧<br>⟦m 网站标识码：2307150012　黑ICP备05003871号-2⟧<br>⟦m 政务服务热线：12345⟧</footer>
</body></html>
""",
        body="""
各有关单位、广大驾乘人员：
桦峪跳台滑雪训练中心将于2024年12月15日起冬季开放，承担青少年集训和省级比赛任务。为保障训练、比赛期间道路交通安全有序，经研究，决定对周边道路实施临时交通管制。现将有关事项通知如下：
一、管制时间
2024年12月15日至2025年3月10日，每日7:00至18:00。
二、管制路段
松岭路（雪场南门至桦峪水库段）禁止除持证车辆以外的机动车通行；滑雪场环路实行单向通行。
三、绕行线路
前往桦峪水库方向的车辆，请经林场路、北沟路绕行。
四、其他事项
管制期间，持有训练中心通行证的车辆按指定路线行驶，停放于P2停车场。因突发雪情需延长或调整管制的，另行公告。
联系人：孙立新　联系电话：0451-57220618
桦峪区交通运输局
2024年12月3日
""",
    ),
    dict(
        slug="gov-roundabout-request-text-release",
        site="楸原县人民政府 (invented)",
        style="政府门户",
        genre="请示",
        kind="notice",
        form="text",
        source="http://www.qiuyuan.gov.cn/xxgk/gzdt/2024/10/content_40772.shtml",
        title="楸原县住房和城乡建设局关于实施城东环岛改造工程的请示",
        record_title=None,
        date="2024-10-22",
        notes="title missing from the record; portal text with breadcrumb and tools; 抄送 kept; date in Chinese numerals",
        page="""
!m 楸原县人民政府　　信息公开
!m 首页 >> 信息公开 >> 部门动态 >> 住建局
{T}
!m 信息来源：县住建局　　日期：2024-10-24　　【字号 大 中 小】
楸建请〔2024〕17号
{BODY}
!a 【打印本页】　【关闭窗口】
!l 上一条：县住建局开展燃气安全“回头看”
!l 下一条：关于老城区雨污分流二期工程的公示
!m 县政府办公室主办　　地址：楸原县人民路1号　　邮编：453900
!m 豫公网安备41078202000133号
""",
        body="""
县人民政府：
城东环岛位于人民路、迎宾大道、纬三路交会处，建成于2006年，直径42米。随着城东新区开发，高峰时段车流量已达每小时4300辆，环岛通行能力不足，车辆排队最长超过800米，今年以来发生剐蹭事故37起。
为缓解拥堵、消除安全隐患，我局委托县规划设计院编制了改造方案，拟将环岛改为信号灯控制的平面交叉口，同步拓宽进口道、增设行人过街安全岛和非机动车等候区。
工程概算总投资1260万元，计划2025年3月开工，工期5个月，施工期间分幅封闭、保持半幅通行。
妥否，请批示。
附件：1.城东环岛改造工程方案
2.城东环岛改造工程投资概算表
楸原县住房和城乡建设局
二〇二四年十月二十二日
抄送：县公安局交通管理大队，县财政局。
""",
    ),
    dict(
        slug="news-film-festival-html-byline-photo",
        site="榆滨日报网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.yubinrb.com/news/wenhua/2024-09/26/c_1158832.htm",
        title="第五届榆滨海岸电影节闭幕 32部短片获评“海鸥奖”",
        record_title="第五届榆滨海岸电影节闭幕 32部短片获评“海鸥奖”-榆滨日报网",
        date="2024-09-26",
        notes="news portal; byline date is the page's date; photo caption between paragraphs; editor line glued after the last paragraph",
        page="""
<html><head><meta charset="utf-8"><title>第五届榆滨海岸电影节闭幕 32部短片获评“海鸥奖”-榆滨日报网</title></head>
<body>
<div class="header"><img alt="logo"><span>⟦m 榆滨日报网 · 榆滨新闻第一站⟧</span><a>⟦a 客户端下载⟧</a></div>
<ul class="channel"><li>⟦m 要闻⟧</li><li>⟦m 本地⟧</li><li>⟦m 文化⟧</li><li>⟦m 视频⟧</li></ul>
<div class="path">⟦m 榆滨日报网 > 文化频道 > 正文⟧</div>
<h1>{T}</h1>
<div class="source">⟦m 2024-09-26 21:14:08　来源：榆滨日报　记者 陶一帆 实习生 孔令仪⟧</div>
<article>
{BODY}
</article>
<div class="share">⟦l 分享到：朋友圈 QQ空间 微博⟧</div>
<div class="hot"><h4>⟦l 24小时热点⟧</h4><ol><li>⟦l 榆滨港第二航道通航⟧</li><li>⟦l 海滨大道夜间施工公告⟧</li><li>⟦l 中秋档期票房出炉⟧</li></ol></div>
<div class="foot">⟦d 未经授权禁止转载、摘编、复制及建立镜像，违者必究。⟧ ⟦m 新闻热线：0535-6110000⟧ ⟦m 互联网新闻信息服务许可证编号：37120180007⟧</div>
</body></html>
""",
        body="""
9月26日晚，第五届榆滨海岸电影节在滨海剧场闭幕。经过五天展映和评审，来自14个省份的32部短片分获“海鸥奖”各奖项，纪录短片《渔灯》获最佳短片。
本届电影节共收到参赛作品1270部，较上届增长近一倍，其中在校学生作品占六成。展映期间，电影节在海滨广场、渔村晒场和3所高校设立露天放映点，累计放映86场，观众约4.2万人次。
⟦m 图为闭幕式现场。记者 陶一帆 摄⟧
评委会主席、导演郑澜在点评时表示，今年的作品更多把镜头对准普通人的生活，“拍海边的修船匠、拍夜市的摊主，有温度，也有力量”。
据电影节组委会介绍，下一届将增设青少年单元，并与本地影视基地合作，为获奖青年导演提供拍摄场地支持。⟦m （编辑：于晓彤）⟧
""",
    ),
    dict(
        slug="news-korfball-text-title-twice",
        site="桤川新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="http://news.qichuan.cn/tiyu/20240518/094411.html",
        title="桤川首届中小学合球联赛开赛",
        record_title="桤川首届中小学合球联赛开赛",
        record_date="2024-05-18",
        date="2024-05-18",
        notes="record date; title printed twice; views and tags; related list",
        page="""
!m 桤川新闻网
!m 首页 | 时政 | 民生 | 体育 | 教育
{T}
!m 来源：桤川融媒　作者：蓝心悦　发布：2024年05月18日 17:02　阅读 2.3万
{T}
{BODY}
!l 标签：合球　校园体育　联赛
!l ◇ 延伸阅读 ◇
!l 我市新增三所体育传统特色学校
!l 暑期青少年游泳免费培训报名开启
!d 本网所刊稿件未经书面授权不得转载。
!m 违法和不良信息举报：0573-82011009
""",
        body="""
5月18日上午，桤川首届中小学合球联赛在市体育中心开赛，来自全市22所学校的36支队伍、近500名学生参赛。
合球是一项男女同场竞技的球类运动，要求每队男女各半、相互配合。前年起，市教育局在8所学校试点开设合球课程，目前全市已有合球训练队41支。
本次联赛分小学、初中两个组别，采用小组循环加淘汰赛制，比赛将持续至6月中旬。市教育局体卫艺科负责人说，联赛结束后将选拔优秀队员组建市代表队，参加今年秋季的省青少年合球锦标赛。
""",
    ),
    dict(
        slug="forum-petanque-post-junk-floors",
        site="橿湾生活论坛 (invented)",
        style="论坛",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://bbs.jiangwan.net/thread-229815-1-1.html",
        title="橿湾滨江法式滚球俱乐部文明活动倡议书",
        record_title="[转帖]橿湾滨江法式滚球俱乐部文明活动倡议书 - 运动休闲 - 橿湾生活论坛",
        date="2024-04-06",
        date_also=["2024-04-08"],
        notes="Discuz-like text with floor meta and anti-scraping junk; forum post time differs from 成文日期",
        page="""
!m 橿湾生活论坛 » 运动休闲 » 查看帖子
!m 查看: 1573 | 回复: 19
!t [转帖]橿湾滨江法式滚球俱乐部文明活动倡议书 - 运动休闲 - 橿湾生活论坛
!m 江边老钟 发表于 2024-4-8 07:42 | 只看该作者 | 倒序浏览
!m 楼主
{BODY}
!a 本帖最后由 江边老钟 于 2024-4-8 07:50 编辑
!l 收藏 8　分享　支持 12　反对
!l 沙发 #  蓝色小舟 | 发表于 2024-4-8 08:10 早上去江边看到有人在练，挺好玩
!a 您需要登录后才可以回帖 登录 | 立即注册
!m Powered by Discuz! X3.4　© 2001-2024 Comsenz Inc.
""",
        junk=dict(lines=2, glued=2),
        body="""
广大球友：
近年来，法式滚球在我区江滨公园越来越受欢迎，每天早晚都有上百位球友在草坪和砂石场地上活动。为了让大家玩得开心、邻里相处和睦，俱乐部向全体球友发出如下倡议：
一、爱护场地。比赛结束后及时平整砂石、收好目标球，不在草坪上拖拽球车。
二、文明活动。早上七点前、晚上九点后不大声喧哗，不在步道上练习投掷，注意避让行人和儿童。
三、安全第一。投掷前确认前方无人，雨天场地湿滑时暂停活动。
四、互帮互学。老球友多带新球友，欢迎周六上午到俱乐部活动点免费学习规则。
让我们从自己做起，共同维护江滨公园的良好环境！
橿湾滨江法式滚球俱乐部
2024年4月6日
""",
    ),
    dict(
        slug="forum-sled-dog-summary-html-discuz",
        site="北疆户外 (invented)",
        style="论坛",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://bbs.beijianghuwai.com/forum.php?mod=viewthread&tid=88104",
        title="桦峪雪橇犬俱乐部2023—2024雪季工作总结",
        record_title=None,
        date="2024-04-02",
        date_also=["2024-04-03"],
        notes="Discuz-like HTML with jammer fonts; title missing from the record; post time differs from the 成文日期 (both accepted)",
        page="""
<html><head><meta charset="gbk"><title>桦峪雪橇犬俱乐部2023—2024雪季工作总结 - 冰雪运动 - 北疆户外 - Powered by Discuz!</title>
<style>.jammer{display:none}</style></head>
<body>
<div id="hd"><a href="/">⟦m 北疆户外⟧</a> <span>⟦a 登录⟧ | ⟦a 立即注册⟧</span></div>
<div id="pt">⟦m 北疆户外 › 冰雪运动 › 雪橇与滑雪⟧</div>
<div class="pls">⟦m 铁蹄阿拉斯加⟧<br>⟦m 主题 37　帖子 502　积分 1620⟧</div>
<div class="plc">
<h1>{T}</h1>
<div class="authi">⟦m 发表于 2024-4-3 20:15 | 只看该作者⟧</div>
{BODY}
<div class="sign">⟦m 签名：冬天不冷，狗子不累⟧</div>
</div>
<div class="po">⟦l 回复　评分　举报　支持(23)　反对(0)⟧</div>
<div class="fastpost">⟦a 发表回复 回帖后跳转到最后一页⟧</div>
<div id="ft">⟦m 北疆户外 ( 黑ICP备16002290号 )⟧ ⟦m GMT+8, 2024-12-1 10:22⟧</div>
</body></html>
""",
        junk=dict(lines=1, glued=2),
        body="""
2023—2024雪季，俱乐部在各位会员和志愿者的支持下，安全完成了全部训练和活动计划。现将本雪季工作总结如下。
一、犬只和人员情况
俱乐部现有雪橇犬58只，其中阿拉斯加犬21只、哈士奇犬37只，全部完成年度免疫和体检；注册驭手24名，新考取驭手资格证6名。
二、活动开展情况
雪季共开展日常训练92次，承接研学和游客体验活动41场，接待体验者约3200人次；派队参加全省雪橇犬邀请赛，获团体第二名。
三、安全和动物福利
全雪季未发生人员受伤和犬只走失事件。严格执行每日训练不超过两小时、气温低于零下30度停训的规定，新建犬舍保暖棚一座。
四、下一雪季打算
计划增设少年驭手培训班，完善犬只退役收养制度，与林场协商新开一条8公里训练道。
桦峪雪橇犬俱乐部
2024年4月2日
""",
    ),
    dict(
        slug="blog-font-foundry-insight-wrapped",
        site="墨点字记（个人博客） (invented)",
        style="博客",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://modianziji.blog.cn/post/2024/11/hanzi-zheng-wenzi",
        title="参加字库公司新员工岗前培训的心得体会",
        record_title="【随笔】参加字库公司新员工岗前培训的心得体会 | 墨点字记",
        date="2024-11-09",
        notes="hard-wrapped blog post at 60 columns; bracketed post time as the byline; tag cloud and archive",
        page="""
!m 墨点字记 —— 一个字体设计师的笔记本
!m 首页　归档　标签　关于我
!t 【随笔】参加字库公司新员工岗前培训的心得体会 | 墨点字记
!m [2024-11-09 22:41]　分类：工作　阅读(318)　评论(6)
{BODY}
!l 标签：字体设计 / 培训 / 檀口
!l « 上一篇：给“永”字改了十四稿　　下一篇：楷体与宋体的收笔 »
!l 文章归档：2024年11月(3) 2024年10月(5) 2024年9月(2)
!d 本博客文章均为原创，转载请保留原文链接，谢谢。
""",
        wrap=60,
        indent="  ",
        body="""
十月底，我正式入职檀口一家字库公司，参加了为期两周的新员工岗前培训。培训结束了，有几点体会想记下来。
一是对“一个字”有了敬畏。培训第一天，主讲的老师拿出一张宋体“国”字的放大稿，让我们找出它和另一款宋体的区别。一上午下来，大家只找到了四处，老师却讲出了十一处。原来横的粗细、点的角度、框的内收，每一处都经过反复推敲。
二是懂得了标准的分量。一套中文字库至少要做六千七百多个字，多的要做两三万字。每个字都要符合国家标准的字形规范，部件要统一，字重要均匀，任何一个字出了错，都会在用户的文档里被放大。
三是认识到团队的力量。我们这一期十二个人被分成三组，轮流做字、审字、改字。审别人的字时我才发现，自己觉得“差不多”的地方，在别人眼里就是“差很多”。
接下来我会分到黑体项目组，从修字做起。希望一年之后，我做的字能在某个人的书页上安静地待着，不被注意，却很好读。
""",
    ),
]

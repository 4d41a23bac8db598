"""holdout111, part A: granite quarries, gypsum mines, graphite and rare-earth sites. Invented text."""

CASES = [
    dict(
        slug="gov-yanchuan-granite-quarry-notice-missing-title",
        site="砚川县自然资源局 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://zrzy.yanchuan.example.gov.cn/tzgg/2025/0612/3307.html",
        title="关于开展全县花岗岩矿山边坡隐患排查整治的通知",
        record_title=None,
        date="2025-06-12",
        notes="no record title; breadcrumb, size row, views line; the notice's own 联系人/电话 next to the portal's hotline",
        page="""
!m 砚川县自然资源局欢迎您　今天是：星期四
!m 首页 ＞ 政务公开 ＞ 通知公告 ＞ 正文
{T}
!m 发文机构：县自然资源局　　浏览量：1,208次
!a 【字号 大 · 中 · 小】【关闭窗口】
{BODY}
!l 上一条：县自然资源局召开汛前地质灾害防治部署会
!l 下一条：关于公布2025年度矿业权出让计划的公告
!m 政务服务热线：0736-12345　技术维护：砚川县大数据中心
!m 湘ICP备2023017720号-2
""",
        body="""
各乡镇人民政府，县直有关单位，各花岗岩开采企业：
为防范矿山边坡坍塌事故，经研究，决定自6月中旬起在全县开展花岗岩矿山边坡隐患排查整治。现将有关事项通知如下。
一、排查范围。全县在册的十四家花岗岩开采企业，以及已关闭但未完成生态修复的废弃采场。
二、排查重点。台阶高度和坡面角是否符合设计，危岩体是否及时清除，截排水沟是否畅通。
三、时间安排。6月30日前企业自查，7月31日前县局组织专家核查，8月底前完成整改销号。
联系人：自然资源局矿管股　向立伟　电话：0736-5218046
砚川县自然资源局
2025年6月12日
""",
    ),
    dict(
        slug="wenku-gypsum-mine-training-plan-bracket-markers",
        site="石页文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.shiyewenku.example.com/p-88120937.html",
        title="楮溪石膏矿2025年度全员安全培训计划",
        record_title="楮溪石膏矿2025年度全员安全培训计划（可编辑word版）",
        date=None,
        notes="preview page cut by ⁅N⁆ markers, some glued; the preview-end and a pay prompt; a 2025 only in the title",
        pages=dict(fmt="⁅{n}⁆", every=110, start=2, glue="mix"),
        indent="　　",
        page="""
!m 石页文库 › 安全管理 › 矿山安全
!t 楮溪石膏矿2025年度全员安全培训计划（可编辑word版）
!m 贡献者：rockpage_0271　　页数：6页　　阅读：3412
!a 阅读已到尽头，余下5页请解锁后继续
{BODY}
!a 本资料共6页，当前预览2页　立即获取完整文档 ¥4.90
!d 文档由用户自行上传分享，本站仅提供存储空间，如涉及侵权请点击举报
!l 相关推荐：石膏矿井下透水应急演练方案　　非煤矿山班组长培训教案
""",
        body="""
一、培训目标。通过全年分层分类培训，使全矿一百八十六名从业人员掌握本岗位安全操作规程，特种作业人员持证上岗率达到百分之百。
二、培训对象。矿级负责人和安全管理人员，井下爆破、提升、通风等特种作业人员，新入矿和转岗人员，以及外包队伍作业人员。
三、培训内容。主要包括石膏矿顶板管理、采空区探测、防尘降尘、机电设备检修和自救器使用等内容。
四、培训方式。采取集中授课、井下现场教学和班前十分钟讲安全相结合的方式，每季度组织一次闭卷考试。
五、保障措施。安全科负责建立培训档案，培训经费在安全生产费用中列支，考试不合格者不得上岗。
""",
    ),
    dict(
        slug="news-zhiling-graphite-park-html-photo-caption",
        site="杞岭融媒 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.qiling-rm.example.cn/news/2025-08/14/c_60217.html",
        title="杞岭石墨新材料产业园首条负极材料生产线投产",
        record_title="杞岭石墨新材料产业园首条负极材料生产线投产_杞岭融媒",
        date="2025-08-14",
        notes="modern news template: channel nav, a byline 发布时间 (the date), a photo caption between paragraphs, a hot list, a share bar and a footer",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>杞岭石墨新材料产业园首条负极材料生产线投产_杞岭融媒</title>
<link rel="stylesheet" href="/static/css/article.css"><script>var _hmt=_hmt||[];</script></head>
<body>
<header class="top"><div class="logo">⟦m 杞岭融媒 · 县融媒体中心主办⟧</div>
<nav><a href="/">⟦l 首页⟧</a> <a href="/xw/">⟦l 本地新闻⟧</a> <a href="/sp/">⟦l 视频⟧</a> <a href="/zt/">⟦l 专题⟧</a></nav></header>
<div class="path">⟦m 位置：首页 / 本地新闻 / 产业经济⟧</div>
<article>
<h1>⟦t 杞岭石墨新材料产业园首条负极材料生产线投产⟧</h1>
<div class="info"><span>⟦m 发布时间：2025-08-14 10:26⟧</span> <span>⟦m 记者：柯映雪　通讯员：马骁⟧</span> <span>⟦m 阅读 2761⟧</span></div>
<div class="txt">
{BODY}
</div>
<div class="edit">⟦m 【责任编辑：龙思远　一审：邓琳　二审：彭锐】⟧</div>
</article>
<div class="sharebar">⟦l 转发到：微信好友 ｜ QQ空间 ｜ 新浪微博 ｜ 复制链接⟧</div>
<aside class="rank"><h3>⟦l 24小时热读⟧</h3><ol>
<li><a>⟦l 杞岭至白沙快速通道8月底全线通车⟧</a></li>
<li><a>⟦l 全县新增三所公办幼儿园秋季开园⟧</a></li></ol></aside>
<footer><p>⟦d 本网原创稿件，未经授权不得转载、摘编⟧</p><p>⟦m 网站备案号：湘ICP备19004412号　公网安备43312402000155号⟧</p></footer>
<script src="/static/js/count.js"></script>
</body></html>
""",
        body="""
8月14日上午，杞岭石墨新材料产业园首条锂电池负极材料生产线正式投产，标志着我县石墨产业由卖原矿向卖材料迈出关键一步。
该生产线由县属国企与省内一家新能源企业合资建设，总投资三点二亿元，设计年产能一万吨。
⟦m 图为投产仪式现场。记者　柯映雪　摄⟧
项目负责人介绍，生产线采用连续式石墨化工艺，单位产品能耗较传统工艺下降约两成。
县委主要负责同志表示，要做好要素保障和跟踪服务，推动更多上下游企业落户园区。
""",
    ),
    dict(
        slug="forum-tiancheng-rare-earth-post-junk",
        site="椿城论坛 (invented)",
        style="地方论坛",
        genre="倡议书",
        kind="letter",
        form="text",
        source="http://bbs.chuncheng.example.net/thread-551903-1-1.html",
        title="关于依法举报稀土非法开采行为的倡议书",
        record_title="【转发扩散】关于依法举报稀土非法开采行为的倡议书",
        date="2025-03-05",
        date_also=["2025-03-07"],
        notes="local forum thread: floor header with a 发表于 time, jammer junk lines and glued junk, a poster's signature; the 倡议书's own date beside the post time",
        junk=dict(lines=2, glued=2),
        page="""
!m 椿城论坛 › 椿城生活 › 民生热线 › 查看帖子
!m 楼主　山岭小石头　发表于 2025-3-7 08:41
!t 【转发扩散】关于依法举报稀土非法开采行为的倡议书
{BODY}
!m 本帖最后由 山岭小石头 于 2025-3-7 08:55 编辑
!l 回复　引用　举报　支持(18)　反对(0)
!l 个性签名：家在椿城，心系青山
!a 高级模式 | 快速回复 | 返回列表
""",
        body="""
全县广大群众：
稀土是国家战略资源。近年来，少数不法分子在我县山区偷采稀土，破坏植被，污染河溪，严重损害群众切身利益。
为此，县自然资源局、县生态环境局向全县群众发出如下倡议。
一、不参与、不容留、不运输非法开采的稀土矿产品，不为非法开采提供场地、水电和机械。
二、发现偷采、盗运和私设浸矿池的，及时拨打举报电话0797-8612110，或向所在乡镇反映。
三、经查证属实的举报，按照有关规定给予奖励，并对举报人信息严格保密。
椿城县自然资源局　椿城县生态环境局
2025年3月5日
""",
    ),
    dict(
        slug="blog-oilfield-retiree-memoir-wrapped",
        site="老井的博客 (invented)",
        style="博客",
        genre="心得体会",
        kind="insight",
        form="text",
        source="https://laojing.blog.example.com/2025/09/post-418.html",
        title="在油田干了三十五年，我想说的几句心里话",
        record_title="在油田干了三十五年，我想说的几句心里话 - 老井的博客",
        date="2025-09-20",
        notes="personal blog; hard-wrapped at 64 columns; a bracketed post time as the date; tags, archive and comment box",
        wrap=64,
        indent="    ",
        page="""
!m 老井的博客 —— 一个采油工的碎碎念
!l 首页 | 随笔 | 老照片 | 留言板
{T}
!m [2025-09-20 19:12]　分类：随笔　阅读(612)　评论(9)
{BODY}
!l 标签：油田　采油工　退休
!l « 上一篇：那年冬天的井口结冰　　下一篇：给新来的小伙子们 »
!l 发表评论（需登录）
!l 文章归档：2025年9月(3)　2025年8月(5)　2025年7月(2)
""",
        body="""
今年夏天，我正式从采油三矿退休了。收拾工具箱的时候，翻出一本发黄的巡井记录，上面记着我第一次独立巡井的日子。
三十五年里，我先后在四个采油队干过，从抽油机上的螺丝拧起，到后来带徒弟、管一个注水站，每一步都离不开老师傅们手把手地教。
我最想对年轻人说的是，油田上的安全规矩都是用教训换来的，不要嫌麻烦，不要图省事。
第二句话是，多学一点新东西。现在的井口都装了传感器，数据在手机上就能看，不会用就要被落下。
最后一句话，要照顾好家里人。我们常年在井上，家里的事全靠老伴撑着，这份情要记一辈子。
""",
    ),
    dict(
        slug="wechat-pellet-coop-speech-under-title-date",
        site="榆湾生物质燃料合作社公众号镜像 (invented)",
        style="公众号镜像",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://mp.mirror.example.com/s/yuwan-pellet-2025-1108",
        title="在榆湾镇生物质颗粒燃料推广会上的讲话",
        record_title="在榆湾镇生物质颗粒燃料推广会上的讲话",
        record_date=None,
        date="2025-11-08",
        notes="WeChat mirror template: account line, original badge, follow prompt and a 在看/点赞 row; the date under the speech title; speaker line neutral",
        page="""
<html><head><meta charset="utf-8"><title>在榆湾镇生物质颗粒燃料推广会上的讲话</title><style>.rich_media{max-width:677px}</style></head>
<body><div class="rich_media">
<h2 class="rich_media_title">⟦t 在榆湾镇生物质颗粒燃料推广会上的讲话⟧</h2>
<div class="meta"><span>⟦m 原创⟧</span> <span>⟦m 榆湾暖冬合作社⟧</span> <em>⟦m 2025年11月10日 07:30 山东⟧</em></div>
<section class="sub">榆湾镇人民政府副镇长　乔振东</section>
<section class="sub">（2025年11月8日）</section>
<div class="rich_media_content">
{BODY}
</div>
<p class="tail">⟦a 长按识别二维码，关注“榆湾暖冬合作社”⟧</p>
<div class="tool">⟦l 阅读 1503　　分享　　点赞 41　　在看 17⟧</div>
<div class="cmt">⟦l 写留言⟧</div>
</div>
<div class="mirror">⟦d 本页面为公众号文章镜像，内容版权归原作者所有⟧</div>
</body></html>
""",
        body="""
各位村干部，各位种植户，同志们：
今天我们在这里召开生物质颗粒燃料推广会，目的是把秸秆变成燃料，让群众冬天取暖既省钱又干净。
去年，镇里在三个村开展试点，合作社收购玉米秸秆四千二百吨，加工颗粒燃料二千八百吨，试点户每户取暖费用平均节省六百元。
今年我们要把试点扩大到全镇十六个村，镇里对购买专用炉具的农户每台补贴三百元。
希望各村把政策讲清楚、把账算明白，让更多群众用上清洁燃料，一起把榆湾的天空守得更蓝。
""",
    ),
    dict(
        slug="docshare-oilfield-safety-letter-file-title",
        site="共享文档港 (invented)",
        style="文档分享",
        genre="函",
        kind="letter",
        form="text",
        source="https://www.docgang.example.com/doc/5502718.html",
        title="关于商请协助做好油田输油管道沿线安全防护工作的函",
        record_title="关于商请协助做好油田输油管道沿线安全防护工作的函.docx",
        date="2025-04-18",
        notes="document-sharing page: a file-name title, an upload notice in its own words, a score/points download row, a contact line of the letter beside a site QQ",
        page="""
!m 共享文档港 ｜ 海量文档 在线阅读
!t 关于商请协助做好油田输油管道沿线安全防护工作的函.docx
!m 上传者：管道小卫士　上传时间：2025-06-02　格式：docx　大小：31KB
!a 下载本文档需消耗 3 积分 ｜ 加入文件夹 ｜ 举报
{BODY}
!d 本文档为网友共享，版权归原作者所有，平台不对内容真实性负责
!w 资料定制、文字整理请联系客服QQ 3308417725
!l 同类文档：输油管道保护宣传材料　　管道巡护责任书范本
""",
        body="""
栎阳县人民政府：
我厂所辖栎北输油管道途经贵县三个乡镇，全长四十二公里。近期沿线部分路段出现违规取土和违章搭建，对管道安全构成威胁。
为保障管道安全运行，恳请贵县协助做好以下工作：一是督促沿线乡镇开展一次违章占压清理；二是在管道中心线两侧五米范围内禁止种植深根植物；三是将管道保护纳入村规民约。
我厂将加密巡线频次，并承担宣传标识的设置费用。
联系人：管道保护科　覃国梁　联系电话：0546-8891207
恳请函复为盼。
栎北采油厂
2025年4月18日
""",
    ),
    dict(
        slug="edu-nanping-school-geology-trip-html-table-layout",
        site="楠坪县教育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.nanping-x.example.gov.cn/Article/ShowArticle.asp?ArticleID=4471",
        title="关于组织中小学生赴楠坪地质矿山公园开展研学实践的通知",
        record_title="关于组织中小学生赴楠坪地质矿山公园开展研学实践的通知",
        date="2025-09-03",
        notes="old gb2312 ASP table layout: marquee, visitor counter, font-size row; a schedule table one row a paragraph; the notice's 联系人/电话",
        p_html='<tr><td class="c">{}</td></tr>',
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>楠坪县教育信息网</title></head>
<body><table width="960" align="center"><tr><td>
<table width="100%"><tr><td class="logo">⟦m 楠坪县教育信息网⟧</td><td><marquee>⟦m 热烈庆祝第41个教师节！⟧</marquee></td></tr></table>
<table width="100%"><tr><td>⟦m 您现在的位置：教育信息网 &gt;&gt; 通知公告 &gt;&gt; 正文⟧</td></tr></table>
<table width="100%"><tr><td align="center"><b>⟦t 关于组织中小学生赴楠坪地质矿山公园开展研学实践的通知⟧</b></td></tr>
<tr><td align="center">⟦m 作者：基教股　来源：本站原创　点击数：886　更新时间：2025-9-3⟧</td></tr>
<tr><td align="center">⟦a 【字体：小 大】⟧</td></tr>
{BODY}
</table>
<table width="100%"><tr><td>⟦l 上一篇文章：全县秋季学期开学工作检查情况通报⟧</td></tr>
<tr><td>⟦l 下一篇文章：关于做好2025年秋季学生资助工作的通知⟧</td></tr></table>
<table width="100%"><tr><td align="center">⟦m 版权所有：楠坪县教育局　地址：楠坪县文昌路8号⟧<br>⟦m 您是本站第 0419366 位访客⟧</td></tr></table>
</td></tr></table></body></html>
""",
        body="""
各中小学校：
为落实中小学生研学实践教育要求，县教育局决定于9月至10月组织部分学校学生赴楠坪地质矿山公园开展研学实践。现将有关事项通知如下。
一、研学安排
学校　日期　人数
城关一中七年级　9月19日　320人
实验小学五年级　9月26日　280人
楠坪二中八年级　10月10日　305人
二、有关要求。各校要制定安全预案，按一比二十配备带队教师，提前为学生购买研学保险。
联系人：基教股　黎晓芸　电话：0745-7723058
楠坪县教育局
2025年9月3日
""",
    ),
    dict(
        slug="intranet-rare-earth-smelter-minutes",
        site="桤源稀土冶炼公司OA (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://oa.qiyuan-re.example.local/doc/view?id=20251022-07",
        title="公司2025年第四季度环保工作专题会议纪要",
        record_title="公司2025年第四季度环保工作专题会议纪要",
        date="2025-10-22",
        notes="OA document view: 流转 and read rows, 时间/地点/主持/参会 lines kept, 抄送/印发 版记 kept",
        page="""
!m 桤源稀土冶炼有限公司协同办公平台
!m 公文管理 / 收文阅办 / 会议纪要
!a [打印正文] [导出PDF] [转发] [归档]
{T}
!m 拟稿：安环部 陶一鸣　核稿：綦红　签发：尹建邦
{BODY}
!m 阅读情况：已读 27 人　未读 3 人
!l 流转记录：安环部 → 办公室 → 领导班子成员 → 各分厂
!d 内部资料　严禁外传
""",
        body="""
时间：2025年10月20日上午9时
地点：公司办公楼三楼会议室
主持：尹建邦
参会：公司领导班子成员，安环部、生产部、各分厂负责人
会议听取了安环部关于前三季度环保工作的汇报，研究部署第四季度重点工作。纪要如下。
一、会议要求，萃取车间废水处理站要在11月底前完成氨氮在线监测设备更换。
二、会议明确，放射性废渣暂存库由生产部牵头，每月开展一次辐射剂量检测并建立台账。
三、会议强调，各分厂要落实环保责任清单，对季度考核排名末位的分厂予以通报。
抄送：公司纪委，工会
桤源稀土冶炼有限公司办公室　2025年10月22日印发
""",
    ),
    dict(
        slug="qa-gypsum-board-warranty-answer",
        site="知否问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="answer",
        form="text",
        source="https://www.zhifou-qa.example.com/question/7719024",
        title="石膏板吊顶开裂，装修公司不给保修怎么办？",
        record_title="石膏板吊顶开裂，装修公司不给保修怎么办？ - 知否问答",
        date="2025-05-16",
        notes="Q&A: a question as title, an answerer line with 回答于 (the date), vote bar, related questions; advice sentences about 拍照/打印 kept",
        page="""
!m 知否问答　›　家居装修
!t 石膏板吊顶开裂，装修公司不给保修怎么办？
!m 楼下小周 提问于 2025-05-15 · 3 个回答 · 1.4万次浏览
!l 关注问题　　写回答　　邀请回答
!m 蔺律师（已认证：执业律师） 回答于 2025-05-16
{BODY}
!l 赞同 326　｜　反对　｜　评论 28　｜　收藏　｜　举报
!d 回答仅代表答主个人观点，不构成法律意见
!l 相关问题：装修合同没写保修期怎么办？　墙面空鼓算质量问题吗？
""",
        body="""
首先看合同。根据有关规定，住宅室内装饰装修工程的最低保修期限为二年，有防水要求的厨房、卫生间和外墙面的防渗漏为五年。
其次是固定证据。建议你把裂缝拍照录像，并把合同、付款凭证和聊天记录打印出来保存好。
再次是协商和投诉。可以先书面要求装修公司维修，对方拒绝的，可以向当地消费者协会或装饰行业协会投诉。
最后，协商不成的，可以向人民法院起诉，要求对方承担维修费用。
""",
    ),
    dict(
        slug="collection-stone-carver-essay-oneline",
        site="石语集 (invented)",
        style="个人文集",
        genre="心得体会",
        kind="insight",
        form="text",
        source="https://shiyuji.example.net/juan2/43.html",
        title="采石场上的师徒情",
        record_title="《石语集》卷二·第43篇｜采石场上的师徒情",
        date=None,
        notes="a personal collection's chapter; the whole body on one line; chapter nav and a collection footer; no date",
        oneline=True,
        indent="　　",
        page="""
!m 石语集 · 一个石匠的半生记录
!l 目录 ｜ 上一篇：雨天不开山 ｜ 下一篇：青石板路
!t 《石语集》卷二·第43篇｜采石场上的师徒情
{BODY}
!l 本卷共58篇　→ 返回目录
!d 文集内容为作者原创，转载请注明出处
""",
        body="""
我十六岁进采石场，跟的是村里的雷师傅。他话不多，教我的第一件事不是打钎，而是看石头的纹路。
他说，石头也有脾气，顺着纹路下钎，省力又不伤料；逆着来，石头会裂，人也会伤。
后来采石场关了，山上种满了树，雷师傅也走了好些年，可我每次摸到一块好石料，还会想起他说的那些话。
""",
    ),
]

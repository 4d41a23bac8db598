"""holdout242, part A: 范文站, 文库预览, 政府门户, 新闻门户, 论坛. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="fanwen-biyuan-speech-first-aid-kits-table-layout",
        site="笔苑范文网 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.biyuanfw.com/jianghua/weisheng/2025/0520/41873.html",
        title="在全县公共场所急救箱配置推进会上的讲话",
        record_title="〖会议讲话〗在全县公共场所急救箱配置推进会上的讲话（精编二则）_笔苑范文网",
        date="2025-05-16",
        date_also=["2025-05-20"],
        notes="old table layout with marquee, reading-preference row, hot list, floating ghost-writer box and visitor counter; "
        "speaker and date lines under the speech title are neutral; a ghost-writer QQ glued after the first paragraph's 。",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>〖会议讲话〗在全县公共场所急救箱配置推进会上的讲话（精编二则）_笔苑范文网</title>
<meta name="keywords" content="急救箱,讲话稿,推进会">
<link href="/css/main.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/qqfloat.js"></script>
</head>
<body topmargin="0" leftmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td class="logo">⟦m 笔苑范文网⟧</td><td class="slogan">⟦m 一篇好稿，从笔苑起步⟧</td><td align="right"><a href="/user/login.asp">⟦a 会员登入⟧</a> <a href="/user/reg.asp">⟦a 新会员注册⟧</a></td></tr>
</table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0" class="menu">
<tr><td><a href="/">⟦m 网站首页⟧</a></td><td><a href="/jianghua/">⟦m 领导讲话⟧</a></td><td><a href="/zongjie/">⟦m 年度总结⟧</a></td><td><a href="/fangan/">⟦m 策划方案⟧</a></td><td><a href="/xinde/">⟦m 学习体会⟧</a></td></tr>
</table>
<table width="960" align="center"><tr><td><marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">⟦m 笔苑公告：讲话、总结、方案类范文每日更新三百篇，按Ctrl+D可把笔苑存进收藏夹！⟧</marquee></td></tr></table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="680" valign="top">
<div class="weizhi">⟦m 您的位置：<a href="/">笔苑范文网</a> &gt;&gt; <a href="/jianghua/">领导讲话</a> &gt;&gt; <a href="/jianghua/weisheng/">卫生健康讲话</a> &gt;&gt; 正文⟧</div>
<h1>⟦t 〖会议讲话〗在全县公共场所急救箱配置推进会上的讲话（精编二则）⟧</h1>
<div class="info">⟦m 日期：2025-05-20　来源：会员上传　人气：1846⟧</div>
<div class="size">⟦a 【阅读偏好：大字 标准 小字 护眼底色】⟧</div>
<div class="wenzhang">
<p align="center"><b>{T}</b></p>
<p align="center">县卫生健康局党组书记、局长　钟启明</p>
<p align="center">（2025年5月16日）</p>
{BODY}
<p>⟦a 第二则请点此翻页阅读 &gt;&gt;⟧</p>
</div>
<div class="updown">⟦l 上一篇：在全市红十字应急救护培训开班式上的讲话⟧<br>⟦l 下一篇：全县“卫生应急宣传月”活动启动仪式致辞⟧</div>
</td>
<td width="270" valign="top" class="right">
<div class="rtit">⟦l 本月点击榜⟧</div>
<ul><li>⟦l 卫生健康系统半年工作推进会讲话⟧</li><li>⟦l 在应急救护知识进校园活动上的讲话⟧</li><li>⟦l 县红十字会年度工作报告范文⟧</li></ul>
<div class="rtit">⟦w 代写咨询⟧</div>
<div>⟦w 各类讲话、汇报材料定制：QQ 2718804519（白天在线）⟧</div>
</td></tr></table>
<table width="960" align="center" class="foot"><tr><td>
⟦d 笔苑范文仅作写作参考，转载请注明出处；涉及侵权请致信 jubao@biyuanfw.com⟧<br>
⟦m 笔苑范文网 biyuanfw.com　黔ICP备19008271号⟧　⟦m 您是笔苑第 3108275 位访客⟧
</td></tr></table>
<div id="qqfloat" style="position:fixed;right:8px;top:240px;">⟦w 笔苑写作顾问⟧<br>⟦w 点我QQ交谈⟧</div>
<script>document.write('<img src="/count.asp?id=41873" width="0" height="0">');</script>
</body></html>
""",
        body="""
同志们：
今天召开这次推进会，主要是对全县公共场所急救箱配置工作再动员、再部署。⟦w 讲话稿代笔、材料润色请加Q：2718804519⟧
去年以来，全县已在车站、学校、体育场馆和景区配置急救箱216个，培训持证急救员1300余人，今年一季度现场处置中暑、外伤等突发情况41起，群众反映很好。但也要看到，部分点位存在药品过期、箱体上锁找不到钥匙、标识不清等问题。
下面我讲三点意见。一是补齐点位。今年6月底前，各乡镇人民政府、农贸市场、客运站要实现急救箱全覆盖，具体点位由县卫健局统一编号。二是管好用好。每个急救箱要明确一名管理员，每月检查一次，药品临期前一个月更换，检查情况登记在箱门内侧的记录卡上。三是加强培训。红十字会要把急救箱使用纳入应急救护培训内容，做到“有箱会用、会用敢用”。
同志们，急救箱虽小，关系的是群众的生命安全。希望大家抓紧抓实，确保各项任务按期完成。
""",
    ),
    dict(
        slug="fanwen-gongwenjian-insight-hose-cabinet-title-line",
        site="公文笺范文网 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.gongwenjian.com/xinde/peixun/77310.html",
        title="参加消防箱规范化管理培训心得体会",
        record_title=None,
        date=None,
        notes="no title in the record: the page's title line; a relative 收录 time is no date; a copy button glued after a 。 "
        "and a ghost-writer line between paragraphs",
        page="""
!m 公文笺范文网（gongwenjian.com）
!m 当前所在：首页 / 心得体会 / 培训心得
{T}
!m 投稿人：晴川散人　收录于 3 天前　阅读 906
!a 一键拷贝全文　存为Word　放进我的书架
{BODY}
!w 写材料卡壳？资深笔杆一对一代拟，V：gwj_daini66
!l 同类范文推荐
!l ◇ 物业消防安全培训体会（三篇）
!l ◇ 小区消防演练活动小结
!d 本页内容由网友投稿整理，如涉及版权问题请来函，核实后即删。
!m ©2025 公文笺范文网　湘ICP备20061734号
""",
        indent="\u3000\u3000",
        body="""
5月下旬，我参加了街道组织的消防箱规范化管理培训。一天的课程不长，但让我这个物业维修工对每天经过的消防箱有了全新的认识。⟦a 复制本段⟧
过去巡检时，我只看箱门能不能打开、玻璃有没有破。培训老师现场拆开一个消防箱，讲解了水带、水枪、消火栓阀门和报警按钮的检查要点，还演示了水带“双卷”和快速连接的方法。我这才知道，水带受潮发霉、接口漏水，真到用时就是大问题。
⟦w 材料写不出来？点头像私信，笔杆子专人代笔⟧
回到小区后，我和同事把38个消防箱逐一检查了一遍，更换了5盘老化水带，给每个箱门贴上了检查记录卡。我还提议，在每栋楼的消防箱旁张贴简易使用图示，让居民也能看懂、会用。
消防箱平时不起眼，关键时刻能救命。今后我会把培训学到的方法用到日常巡检中，不让一个消防箱“带病上岗”。
""",
    ),
    dict(
        slug="wenku-lanjuan-report-mirrors-pdf-marker-paragraphs",
        site="览卷文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.lanjuan-wk.com/view/88231.html",
        title="关于山区公路急弯路段凸面反光镜设置情况的调研报告",
        record_title="关于山区公路急弯路段凸面反光镜设置情况的调研报告.pdf",
        date="2025-04-22",
        notes="文库 reader: file-name title, viewer toolbar, page markers ◸ n ◿ as paragraphs between the halves of cut paragraphs, "
        "month-card paywall; the upload date is no date, the 成文日期 under the signature is",
        pages=dict(fmt="◸ {n} ◿", every=140, start=2),
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>关于山区公路急弯路段凸面反光镜设置情况的调研报告.pdf - 览卷文库</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<script src="/static/reader.min.js"></script>
</head><body>
<header class="bar"><a class="logo" href="/">⟦m 览卷文库⟧</a><form class="search"><input placeholder="搜文档"><button>⟦a 搜一搜⟧</button></form><a href="/login">⟦a 账号登录⟧</a></header>
<nav class="crumb">⟦m 览卷文库 › 行业资料 › 交通运输 › 调研报告⟧</nav>
<div class="doc-head"><h1>⟦t 关于山区公路急弯路段凸面反光镜设置情况的调研报告.pdf⟧</h1>
<div class="doc-meta">⟦m 贡献者：桢阳路政小杨　上传于 2025-04-29　共 3 页　评分 4.6⟧</div></div>
<div class="viewer-tools">⟦a 放大 缩小 适合宽度 全屏阅读⟧</div>
<div class="reader">
{BODY}
</div>
<div class="paywall"><p>⟦a 余下 1 页未展示，开通览卷月卡即可畅读⟧</p><button>⟦a 3元下载本文⟧</button></div>
<div class="rel"><h3>⟦l 相似文档⟧</h3><ul><li>⟦l 农村公路安全生命防护工程实施方案⟧</li><li>⟦l 急弯陡坡路段隐患排查报告⟧</li></ul></div>
<footer><p>⟦d 文档为用户上传分享，览卷文库不对内容的准确性负责；如侵犯您的权益请发起申诉。⟧</p><p>⟦m © 览卷文库 lanjuan-wk.com 粤ICP备21034452号⟧</p></footer>
<script>window.__DOC__={id:88231,pages:3};</script>
</body></html>
""",
        body="""
为摸清全县山区公路急弯路段凸面反光镜设置和使用情况，4月上旬，县交通运输局组成调研组，用10天时间走访了6个乡镇、23条农村公路，实地查看急弯路段147处，并与养护站、村干部和客运驾驶员座谈。现将有关情况报告如下。
一、基本情况。全县已设置凸面反光镜312面，覆盖急弯路段的61%。其中直径80厘米的占七成，直径100厘米的主要设在县道和客运线路上。
二、存在的问题。一是镜面老化，有47面出现划痕、发黄或裂纹，雨雾天看不清来车。二是立柱歪斜，个别镜面被树枝遮挡，角度偏离车道。三是管护责任不清，部分村道上的反光镜损坏后无人报修。
三、几点建议。一要在今年汛期前完成损坏镜面的更换；二要把反光镜纳入农村公路日常巡查内容，明确乡镇和村的管护责任；三要在新建、改建道路时同步设计、同步安装。
桢阳县交通运输局调研组
2025年4月22日
""",
    ),
    dict(
        slug="wenku-zhiye-plan-school-kits-wrapped-glued-markers",
        site="知页文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.zhiye-wk.cn/p-60417725.html",
        title="桢阳县中小学校急救箱配置工作方案",
        record_title="桢阳县中小学校急救箱配置工作方案（附急救箱清单）",
        date="2025-06-03",
        notes="a 文库 text hard-wrapped at 58 columns and cut by markers ⸔n⸕ glued to the continuation line; decimal headings 1.1–3.2; "
        "成文日期 in Chinese numerals; a preview-end prompt",
        wrap=58,
        indent="\u3000\u3000",
        pages=dict(fmt="⸔{n}⸕", every=100, start=2, glue=True),
        page="""
!m 知页文库 — 千万份实用文档在线读
!m 文库首页 > 教育资料 > 学校管理 > 工作方案
!t 桢阳县中小学校急救箱配置工作方案（附急救箱清单）
!m 上传者：校医老周　|　文档页数：4 页　|　浏览 2311 次　|　下载 87 次
!a 【放进文件夹】【纠错举报】【存到本地】
{BODY}
!a 免费预览到此结束，后面 2 页要下载才能看
!a 下载本文档需 8 页币　去充值
!l 相关推荐：校园突发公共卫生事件应急预案｜学校卫生室管理制度
!d 本文档由用户自行上传，仅供学习参考，版权归原作者所有。
!m 知页文库 zhiye-wk.cn　浙ICP备20188573号-1
""",
        body="""
为提升校园突发伤病的现场处置能力，根据市教育局、市卫生健康委有关要求，结合我县实际，制定本方案。
1.工作目标
1.1 2025年秋季开学前，全县中小学校和幼儿园实现急救箱配置全覆盖，每个急救箱都有固定点位和专人管理。
1.2 每所学校至少培训2名持证急救员，寄宿制学校不少于4名。
2.配置标准
2.1 教学楼每层配置1个急救箱，食堂、体育馆、校医室各配置1个。
2.2 急救箱内应有消毒棉片、无菌纱布、弹力绷带、三角巾、医用胶带、体温计、剪刀和一次性手套等物品。
3.管理要求
3.1 急救箱由学校卫生室统一管理，每月检查一次，物品用后及时补充，过期物品当场销毁并登记。
3.2 学校不得将急救箱上锁存放，箱体应放在显眼位置，并张贴使用说明。
桢阳县教育局
二〇二五年六月三日
""",
    ),
    dict(
        slug="gov-zhenyang-notice-mirrors-index-table",
        site="桢阳县人民政府 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.zhenyang.gov.cn/xxgk/tzgg/202503/t20250320_2210457.html",
        title="桢阳县交通运输局关于在农村公路急弯路段增设凸面反光镜的通知",
        record_title="桢阳县交通运输局关于在农村公路急弯路段增设凸面反光镜的通知_通知公告_桢阳县人民政府",
        date="2025-03-18",
        date_also=["2025-03-20"],
        notes="county portal: 长辈版/无障碍 links, 索引号 table (the 文号 cell unmarked: neutral), 纠错 line and 12345 beside the "
        "notice's own 联系人/电话/邮箱; 附件 list; 抄送; 'please download the attachment' as content",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>桢阳县交通运输局关于在农村公路急弯路段增设凸面反光镜的通知_通知公告_桢阳县人民政府</title>
<meta name="SiteName" content="桢阳县人民政府"><meta name="ColumnName" content="通知公告">
<script src="/js/jquery.min.js"></script>
</head><body>
<div class="topbar"><span>⟦m 今天是：2025年3月20日 星期四⟧</span><a href="/zbb/">⟦a 长辈版⟧</a><a href="/wza/">⟦a 无障碍⟧</a><a href="/en/">⟦a EN版⟧</a></div>
<div class="banner"><h2>⟦m 桢阳县人民政府⟧</h2><p>⟦m 山水桢阳　康养福地⟧</p></div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 走进桢阳⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政务服务⟧</li><li>⟦m 互动交流⟧</li></ul>
<div class="loc">⟦m 当前位置：首页 &gt; 政务公开 &gt; 通知公告⟧</div>
<table class="xxgk-info">
<tr><td>⟦m 索引号：11431127MB1D2035X4/2025-00417⟧</td><td>⟦m 主题分类：交通运输⟧</td></tr>
<tr><td>⟦m 发布机构：桢阳县交通运输局⟧</td><td>⟦m 发布日期：2025-03-20⟧</td></tr>
<tr><td>文号：桢交〔2025〕17号</td><td>⟦m 有效性：现行有效⟧</td></tr>
</table>
<div class="article"><h1>{T}</h1>
<div class="tools">⟦a 【字体：放大 复原 缩小】⟧ ⟦a 【打印正文】⟧ ⟦a 【关闭页面】⟧</div>
<div class="zoom">
{BODY}
</div>
<div class="fj">⟦a 附件下载：急弯路段反光镜增设需求表.xlsx⟧</div>
<div class="qr">⟦a 扫码用手机看这条通知⟧</div>
</div>
<div class="related"><h4>⟦l 相关文件⟧</h4><ul><li>⟦l 桢阳县农村公路养护管理办法⟧</li><li>⟦l 关于开展道路交通安全隐患排查整治的通知⟧</li></ul></div>
<div class="footer"><p>⟦m 主办：桢阳县人民政府办公室　承办：桢阳县融媒体中心⟧</p><p>⟦m 网站识别码 4311270031　湘公网安备 43112702000117号⟧</p><p>⟦m 网站纠错：0736-5210000　政务服务便民热线：12345⟧</p></div>
</body></html>
""",
        body="""
各乡镇人民政府，县公路事业发展中心：
为减少农村公路急弯路段会车事故，县交通运输局决定在今年4月至6月集中开展凸面反光镜增设工作。现将有关事项通知如下。
一、各乡镇要对辖区农村公路急弯、视距不良路段进行排查，于4月10日前填报《急弯路段反光镜增设需求表》。
二、反光镜统一采用直径80厘米以上的亚克力凸面镜，立柱埋深不少于60厘米，镜面下沿距地面不低于1.8米。
三、县公路事业发展中心负责统一采购和安装指导，乡镇负责协调占地和日常管护。
请各乡镇下载附件，按要求填写后报送县交通运输局安全股。
联系人：许衡，电话：0736-5218406，邮箱：zyjtaqg@zhenyang.gov.cn
附件：1.急弯路段反光镜增设需求表
2.凸面反光镜安装示意图
桢阳县交通运输局
2025年3月18日
抄送：县应急管理局，县公安局交通管理大队。
""",
    ),
    dict(
        slug="gov-yunchuan-bulletin-hose-cabinets-table-wrapped",
        site="韫川县人民政府网 (invented)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="text",
        source="http://www.yunchuan.gov.cn/zwgk/tzgg/content_81904.html",
        title="韫川县消防救援大队关于第二季度公共场所消防箱检查情况的通报",
        record_title="韫川县消防救援大队关于第二季度公共场所消防箱检查情况的通报 - 韫川县人民政府网",
        date="2025-07-08",
        date_also=["2025-07-10"],
        notes="portal text hard-wrapped at 66 columns; a data table one row a paragraph (ideographic spaces); 抄送 and 印发 lines; "
        "the portal's posting date differs from the 成文日期",
        wrap=66,
        page="""
!m 韫川县人民政府网　www.yunchuan.gov.cn
!m 首页 > 政务公开 > 通知公告
{T}
!m 发布时间：2025-07-10 09:30　来源：县消防救援大队　浏览次数：1,287
!a 【大字阅读】【语音朗读】【打印此文】【关闭窗口】
{BODY}
!a 扫码在手机上继续阅读
!l 上一条：关于做好汛期道路交通安全工作的通知
!l 下一条：韫川县2025年夏季防溺水工作方案
!m 主办：韫川县人民政府办公室　承办：县融媒体中心　政府网站标识码：4311260008
!m 网站纠错电话：0736-6120110　湘ICP备05002317号
""",
        body="""
各乡镇人民政府，县直有关单位：
4月至6月，县消防救援大队联合各乡镇对全县商场、宾馆、学校、医院等公共场所的室内消防箱进行了抽查。现将检查情况通报如下。
一、总体情况
共抽查单位86家、消防箱1024个，发现问题消防箱173个，问题率16.9%。
单位类别　抽查数量　问题数量　主要问题
商场超市　312　61　箱门被货物遮挡
宾馆酒店　268　38　水带老化发霉
学校　251　29　箱内堆放杂物
医院　193　45　阀门锈蚀渗漏
二、工作要求
各单位要在7月31日前完成整改，并将整改情况报县消防救援大队防火监督科。对逾期未整改的，将依法予以处罚。
韫川县消防救援大队
2025年7月8日
抄送：县人民政府办公室，县应急管理局。
韫川县消防救援大队办公室　2025年7月8日印发
""",
    ),
    dict(
        slug="news-yangshui-stretchers-app-prompt-caption",
        site="泱水新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.yangshuinews.cn/minsheng/2025-08/12/content_390217.html",
        title="泱水县为全县乡镇卫生院配发铲式担架",
        record_title="泱水县为全县乡镇卫生院配发铲式担架｜泱水发布·民生",
        date="2025-08-12",
        notes="news portal: an app prompt glued before the lead, a photo caption on a line of its own between paragraphs, "
        "an editor/reviewer line glued after the last 。; the byline's 发布时间 is the date",
        page="""
<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8">
<title>泱水县为全县乡镇卫生院配发铲式担架｜泱水发布·民生</title>
<script>var _czc=_czc||[];</script>
</head><body>
<div class="app-tip">⟦a 下载“泱水发布”App，新闻早知道⟧ <span class="close">⟦a 不再提示⟧</span></div>
<header><div class="logo">⟦m 泱水新闻网⟧</div><nav>⟦m 要闻⟧ ⟦m 民生⟧ ⟦m 乡镇⟧ ⟦m 视频⟧ ⟦m 专题⟧</nav></header>
<div class="crumbs">⟦m 泱水新闻网 &gt; 民生 &gt; 正文⟧</div>
<article>
<h1>{T}</h1>
<div class="byline"><span>⟦m 发布时间：2025-08-12 10:26⟧</span> <span>⟦m 来源：泱水县融媒体中心⟧</span> <button class="listen">⟦a 听新闻⟧</button></div>
<div class="content">
{BODY}
</div>
<div class="share">⟦l 转发到：微信 朋友圈 微博 QQ空间⟧</div>
</article>
<aside><h3>⟦l 24小时热读⟧</h3><ol><li>⟦l 泱水县城区新增公交线路2条⟧</li><li>⟦l 泱河乡万亩油茶迎来采收期⟧</li><li>⟦l 县人民医院胸痛中心通过复审⟧</li></ol>
<div class="ad">⟦m 广告位招租 0733-2871166⟧</div></aside>
<footer><p>⟦d 泱水新闻网所刊原创内容，转载须经授权。⟧</p><p>⟦m 互联网新闻信息服务许可证编号：43120240035　湘ICP备18020744号⟧</p></footer>
</body></html>
""",
        body="""
⟦a 打开泱水发布App，本地新闻看不停⟧本报讯（记者 龚晓帆）8月11日，泱水县卫生健康局向全县14家乡镇卫生院配发铲式担架28副、真空固定担架14副，并组织急诊骨干开展担架搬运培训。
以往，乡镇卫生院转运骨折和脊柱受伤患者，大多使用帆布担架，搬运过程中容易造成二次损伤。铲式担架可以从两侧分开插入伤员身下，不用翻动身体就能平稳抬起。
⟦m 图为培训现场，急诊科医生示范铲式担架的使用方法。（通讯员 唐悦 摄）⟧
培训中，县人民医院急诊科护士长骆青示范了“四人平托”搬运法，并提醒大家，担架使用后要及时消毒，每月检查卡扣和固定带是否完好。
“山里路窄，有了这两种担架，转运更稳、更安全。”泱河乡卫生院院长符中立说。⟦m （编辑：沈澜　审核：秦雨）⟧
""",
    ),
    dict(
        slug="news-weicheng-mats-spot-check-record-title",
        site="玮城新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.weicheng-news.cn/xiaofei/20250620/83312.html",
        title="玮城市抽检夏季凉席产品 4批次不合格",
        record_date="2025-06-20",
        date="2025-06-20",
        notes="the record's title and date as they are; a news item with a table of failed batches; the byline's date is the date; "
        "hashtags and a hot list below",
        page="""
!m 玮城新闻网 > 本地新闻 > 消费
{T}
!m 2025-06-20 08:45　来源：玮城晚报　记者 何青芷
!a 字号 大 中 小　｜　收听本文
{BODY}
!m 责任编辑：邝一苇
!l #凉席 #产品抽检 #消费提醒
!l 本地热读
!l 1 玮城地铁4号线南延段开工
!l 2 珀湖区今年新增公办学位3200个
!d 本网原创稿件，未经许可不得转载、摘编或建立镜像。
!m 玮城新闻网　www.weicheng-news.cn
""",
        indent="\u3000\u3000",
        body="""
近日，玮城市市场监督管理局对全市商场、超市和网店销售的凉席产品开展专项抽检，共抽检竹席、藤席、草席和冰丝席42批次，发现4批次不合格。
不合格产品情况如下：
产品名称　标称生产企业　不合格项目
碳化竹席　榄园竹制品厂　霉菌
冰丝凉席　栀岭家纺有限公司　甲醛含量
藤席　濯田藤艺坊　含水率
蔺草凉席　淙湾草编厂　含水率
市场监管部门提醒，选购凉席要看标签标识是否齐全，闻一闻有没有刺鼻气味。新买的凉席应用温水擦洗后晾干再使用，存放前要彻底晒干，防止受潮发霉。
对抽检不合格的产品，市场监管部门已责令经营者下架，并依法立案调查。
""",
    ),
    dict(
        slug="forum-mianmian-post-mats-jammer-html",
        site="眠眠家居论坛 (invented, Discuz-like)",
        style="论坛",
        genre="论坛帖子",
        kind="other",
        form="html",
        source="https://bbs.mianmian-jj.com/thread-204417-1-1.html",
        title="竹席、藤席、冰丝席各睡了一个夏天，说说真实感受",
        record_title="[睡眠好物] 竹席、藤席、冰丝席各睡了一个夏天，说说真实感受 - 家居生活 - 眠眠家居论坛",
        date="2025-06-14",
        notes="Discuz-like thread with jammer fonts (junk lines and glued after 。), author cell, rating row, signature; "
        "the post's 发表于 is the page's date",
        junk=dict(lines=1, glued=3),
        page="""
<html><head><meta charset="gbk">
<title>[睡眠好物] 竹席、藤席、冰丝席各睡了一个夏天，说说真实感受 - 家居生活 - 眠眠家居论坛</title>
<style>.jammer{color:#fff;font-size:0}</style>
</head><body>
<div id="toptb">⟦a 快捷登录⟧ ⟦a 注册会员⟧ ⟦a 找回密码⟧</div>
<div id="hd">⟦m 眠眠家居论坛⟧ ⟦m 睡个好觉，从好物开始⟧</div>
<div id="pt">⟦m 眠眠家居论坛 › 家居生活 › 睡眠好物 › 查看帖子⟧</div>
<div class="hm">⟦m 查看：3306　回复：58⟧</div>
<table class="plhin"><tr>
<td class="pls"><div class="authi">⟦m 南方小满⟧</div><p>⟦m 帖子 211　精华 3　积分 1460⟧</p><p>⟦m 等级：中级会员⟧</p></td>
<td class="plc"><h1>⟦t [睡眠好物] 竹席、藤席、冰丝席各睡了一个夏天，说说真实感受⟧</h1>
<div class="authi">⟦m 发表于 2025-6-14 21:07⟧ ⟦a 只看楼主发言⟧ ⟦a 倒序浏览⟧</div>
<div class="t_fsz"><table><tr><td class="t_f" id="postmessage_3391206">
{BODY}
</td></tr></table></div>
<div class="rate">⟦l 参与评分 6　人气 +12　收起理由⟧</div>
<div class="sign">⟦m 签名：天热先换席，席好心不急⟧</div>
<div class="po">⟦a 回复 引用 收藏 点评⟧</div>
</td></tr></table>
<div class="pgs">⟦l 上一主题：乳胶枕到底值不值⟧ ⟦l 下一主题：夏天被子怎么收纳不压坏⟧</div>
<div id="f_pst">⟦a 登录以后才能回帖，还没账号？立即注册⟧</div>
<div id="ft">⟦m 眠眠家居论坛 ( 闽ICP备16071288号 )⟧ ⟦m GMT+8, 2025-6-30 22:14⟧</div>
<script src="static/js/common.js?M2q"></script>
</body></html>
""",
        body="""
坐标南方，家里三个房间三种凉席，正好对比一下。
竹席：最凉快，刚躺上去有点冰。缺点是夹毛发，翻身会有声音，新席子一定要用热水烫一遍再晒。
藤席：手感最舒服，不扎人也不太凉，适合老人。就是贵，而且要定期用湿毛巾擦，不然容易发脆。
冰丝席：软、可以机洗，小孩房用它最合适。但我这张睡久了会发热，凉感主要在前十分钟。
总结一下：怕热选竹席，老人选藤席，孩子选冰丝席。另外无论哪种，收起来之前一定要擦干晾透。我家去年一张竹席就是没晒干，今年拿出来全是霉点。
""",
    ),
    dict(
        slug="forum-cheyouhui-post-village-mirror-junk",
        site="车友汇论坛 (invented)",
        style="论坛",
        genre="论坛帖子",
        kind="other",
        form="text",
        source="https://bbs.cheyouhui.net/t/5519028",
        title="村口急弯装了面反光镜，两年没再出过事",
        record_title="[路况实拍] 村口急弯装了面反光镜，两年没再出过事 - 乡村路况 - 车友汇论坛",
        date=None,
        notes="a forum post with anti-scraping junk as lines and glued after 。; posted 昨天 (no date); replies below",
        junk=dict(lines=2, glued=3),
        page="""
!m 车友汇论坛 › 乡村路况 › 帖子详情
!t [路况实拍] 村口急弯装了面反光镜，两年没再出过事
!m 楼主：鱼塘边的老许　发表于 昨天 21:36　只看楼主
!m 查看 1520｜回复 37
{BODY}
!a 点赞 92　收藏　举报
!l 2# 山路弯弯：我们镇上也装了，晚上反光特别清楚
!l 3# 拖拉机手阿德：镜子装歪了等于白装，得找人调角度
!a 登录后参与讨论，发帖有积分奖励
!m 车友汇论坛 © 2012-2025　沪ICP备13047721号
""",
        body="""
我们村口那个弯，以前每年都要出几回事。弯道一边是山，一边是鱼塘，两边来车谁也看不见谁。
前年村里向乡里打了报告，交通部门在弯道对面立了一面大凸面镜。装好后，骑电动车的大爷都说，离着老远就能看见镜子里有没有车。这两年，这个弯再没出过事故。
不过也有两点想提醒大家：一是镜子里看到的车比实际要远，别以为还有空当就抢着过；二是镜面脏了要及时擦，我们村是保洁员每周擦一次。
有同样情况的村，可以向乡里申请，听说不用村里出钱。
""",
    ),
]

"""holdout366, part B: county portals, news portals, Party-building sites, education portals and
personnel-exam sites. Invented text; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="gov-liechuan-notice-film-spot-check-table",
        site="冽川县人民政府门户网站 (invented)",
        style="政府门户",
        genre="通告",
        kind="notice",
        form="html",
        source="http://www.liechuan.example.gov.cn/zwgk/zljg/202504/t20250430_61873.html",
        title="冽川县市场监督管理局关于2025年第一批手机钢化膜产品质量监督抽查结果的通告",
        record_title="冽川县市场监督管理局关于2025年第一批手机钢化膜产品质量监督抽查结果的通告〖冽川县人民政府·质量监管专栏〗",
        date="2025-04-28",
        date_also=["2025-04-30"],
        notes="county portal: 大字护眼版/无障碍 links, an 索引号 table with the 文号 cell unmarked (neutral), a data table, 附件 list beside an "
        "attachment link, the notice's own 联系人/电话 beside a 纠错 line and 12345; posting date differs from the 成文日期",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>冽川县市场监督管理局关于2025年第一批手机钢化膜产品质量监督抽查结果的通告_冽川县人民政府</title>
<meta name="SiteName" content="冽川县人民政府">
<meta name="ColumnName" content="质量监管">
<script src="/common/js/jquery.min.js"></script>
<script src="/common/js/zfwz_stat.js"></script>
</head>
<body>
<div class="topbar">
<span>⟦m 冽川县人民政府⟧</span>
<a href="javascript:;">⟦a 长辈护眼大字⟧</a> <a href="javascript:;">⟦a 读屏辅助通道⟧</a>
</div>
<ul class="mainnav">
<li>⟦m 首页⟧</li><li>⟦m 冽川概况⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政务服务⟧</li><li>⟦m 互动交流⟧</li>
</ul>
<div class="position">⟦m 您所在的位置：首页 &gt; 政务公开 &gt; 部门信息 &gt; 质量监管⟧</div>
<table class="xxgk-meta">
<tr><td>⟦m 索引号：11421023MB1C37210X/2025-00412⟧</td><td>⟦m 发布机构：冽川县市场监督管理局⟧</td></tr>
<tr><td>文　号：冽市监通〔2025〕9号</td><td>⟦m 发布日期：2025-04-30⟧</td></tr>
<tr><td>⟦m 主题分类：质量监督⟧</td><td>⟦m 有效性：有效⟧</td></tr>
</table>
<div class="article">
<h1>{T}</h1>
<div class="art-info">⟦m 来源：县市场监管局　浏览次数：617⟧ <span class="fsize">⟦a 正文字号 大｜中｜小⟧</span></div>
<div class="art-con">
{BODY}
</div>
<div class="fj"><a href="/zwgk/zljg/202504/P020250430512.xls">⟦a 📎 2025年第一批钢化膜抽查结果名单（合格+不合格）.xls⟧</a></div>
<div class="art-tool"><a>⟦a 打印正文⟧</a> <a>⟦a 关闭本页⟧</a> <span>⟦l 分享至：微信 微博 QQ空间⟧</span></div>
</div>
<div class="related"><h4>⟦l 相关阅读⟧</h4>
<p>⟦l 冽川县市场监督管理局2024年产品质量监督抽查情况通报⟧</p>
<p>⟦l 关于开展电子产品配件市场专项检查的通知⟧</p></div>
<div class="footer">
<p>⟦m 主办：冽川县人民政府办公室　承办：冽川县融媒体中心⟧</p>
<p>⟦m 网站纠错热线：0748-6631000　政务服务便民热线：12345⟧</p>
<p>⟦m 网站标识码：4210230013　鄂ICP备05019873号　鄂公网安备42102302000157号⟧</p>
</div>
<script>zfwzStat('61873');</script>
</body>
</html>
""",
        body="""
根据《中华人民共和国产品质量法》和年度抽查计划，我局于2025年3月至4月组织对全县销售的手机钢化膜产品开展了质量监督抽查。现将抽查结果通告如下：
一、本次共抽查县城及迳口镇、石咀镇经营户28家的钢化膜产品30批次，检验项目包括表面硬度、透光率、抗冲击性能和标识标注，经检验合格26批次，不合格4批次。
二、不合格产品情况如下：
序号　产品名称　标称生产者　不合格项目
1　全屏高清钢化膜　粤江膜业科技有限公司　透光率
2　防窥钢化膜　晶亮电子配件厂　防窥角度、标识标注
3　高铝钢化膜　鑫途数码商行（经销）　表面硬度
4　蓝光钢化膜　无厂名（标称“护眼星”）　标识标注
三、对抽查不合格的产品，我局已依法责令经营者停止销售，并将依法处理。消费者购买时请选择标识齐全的产品，并注意索要购物凭证。
附件：1.2025年第一批手机钢化膜产品质量监督抽查合格产品名单
2.2025年第一批手机钢化膜产品质量监督抽查不合格产品名单
联系人：阙文澜　联系电话：0748-6632019
冽川县市场监督管理局
2025年4月28日
""",
    ),
    dict(
        slug="gov-keshan-notice-reservoir-bottles-wrapped-56",
        site="轲山县人民政府门户网站 (invented)",
        style="政府门户",
        genre="通告",
        kind="notice",
        form="text",
        source="http://www.keshan.example.gov.cn/bmdt/slj/tzgg/202507/t20250703_40218.html",
        title="轲山县水利局关于禁止向轲溪水库投放漂流瓶等漂浮物的通告",
        date="2025-07-02",
        date_also=["2025-07-03"],
        notes="text hard-wrapped at 56 columns; a 文号 line above the title (neutral); the portal's 发布时间 differs from the 成文日期; "
        "the reservoir's duty phone in the body beside the bureau's footer phone",
        page="""
!m 轲山县人民政府门户网站
!m 首页 ＞ 部门动态 ＞ 县水利局 ＞ 通知公告
!m 【发布时间：2025-07-03　来源：县水利局　浏览次数：388】
轲水通〔2025〕14号
{T}
{BODY}
!a ［打印此页］　［收藏本页］
!m 轲山县水利局　地址：轲山县滨湖路36号　电话：0745-5218630
""",
        indent="\u3000\u3000",
        wrap=56,
        body="""
近期，部分游客和周边群众在轲溪水库库区投放“漂流瓶”“许愿瓶”，有的瓶内装有蜡烛、纸条和金属饰物，漂浮物堆积在取水口拦污栅附近，既影响库区水质，也给水库安全运行带来隐患。轲溪水库是县城主要饮用水水源地，为保护水源安全，根据《中华人民共和国水法》等规定，现就有关事项通告如下：
一、禁止在水库库区、入库河道及饮用水水源保护区范围内投放漂流瓶、许愿瓶、孔明灯残骸等漂浮物。
二、禁止在库区岸线丢弃玻璃瓶、塑料瓶及其他生活垃圾。
三、水库管理所将加强巡查，对违反本通告的行为予以劝阻、制止，情节严重的，依法移交有关部门处理。
四、欢迎广大群众监督，发现投放漂浮物的行为请拨打水库管理所值班电话0745-5290117。
本通告自发布之日起施行。
轲山县水利局
2025年7月2日
""",
    ),
    dict(
        slug="news-liechuan-fisherman-bottle-letter-caption",
        site="冽川新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.lcxww.example.com/minsheng/2025-08/14/content_302751.html",
        title="冽川渔民拾获漂流瓶 瓶中信寄自十一年前的小学生",
        record_title="冽川渔民拾获漂流瓶 瓶中信寄自十一年前的小学生·冽川新闻网·民生频道",
        record_date="2025-08-14",
        date="2025-08-14",
        notes="county news portal: client prompt, listen button, byline, a photo caption on a line of its own between paragraphs, "
        "an editor line glued after the last sentence, a 24-hour list and an ad slot; the record carries the date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>冽川渔民拾获漂流瓶 瓶中信寄自十一年前的小学生·冽川新闻网·民生频道</title>
<script src="//static.lcxww.example.com/js/app-guide.js"></script>
<script>var PAGE_ID="302751";</script>
</head>
<body>
<div class="app-tip">⟦a 装上“冽川融媒”客户端，爆料有奖⟧ <a>⟦a 马上装⟧</a></div>
<header><span class="logo">⟦m 冽川新闻网⟧</span>
<nav><a>⟦m 要闻⟧</a><a>⟦m 民生⟧</a><a>⟦m 乡镇⟧</a><a>⟦m 视频⟧</a><a>⟦m 专题⟧</a></nav></header>
<div class="crumb">⟦m 冽川新闻网 ＞ 民生频道 ＞ 正文⟧</div>
<div class="main">
<h1>{T}</h1>
<div class="byline">⟦m 发布时间：2025-08-14 09:26　来源：冽川融媒　记者：甄小鹏　通讯员：邝宁⟧</div>
<div class="listen"><button>⟦a 🔊 听这篇新闻⟧</button></div>
<div class="content">
{BODY}
</div>
<div class="share">⟦l 转发到：微信好友 朋友圈 微博⟧</div>
</div>
<aside>
<div class="ad">⟦d 广告位招租 0748-6200567⟧</div>
<h3>⟦l 冽川24小时⟧</h3>
<ul><li>⟦l 迳口镇万亩紫菜养殖区迎来首批采收⟧</li><li>⟦l 县城新增两条夜间公交线路⟧</li><li>⟦l 冽川一中高考放榜：本科上线率创新高⟧</li></ul>
</aside>
<footer>
<p>⟦d 冽川新闻网原创稿件，转载须经书面授权⟧</p>
<p>⟦m 冽川县融媒体中心主办　新闻热线：0748-6200110⟧</p>
</footer>
</body>
</html>
""",
        body="""
本网讯 8月12日清晨，迳口镇渔民吕长顺在近海收网时，发现渔网里缠着一只绿色玻璃瓶。瓶口用软木塞和胶带封得严严实实，里面卷着一张折成方块的信纸。
⟦m 图为渔民吕长顺展示拾获的漂流瓶和信纸。（甄小鹏　摄）⟧
信是用铅笔写的，落款为“镠州市实验小学三年级一班 小雨”，写信日期是2014年6月1日。信中写道：“捡到这个瓶子的人，你好！我长大了想当一名海洋科学家，你能告诉我大海有多大吗？”
吕长顺把信拍照发到镇里的微信群，不到半天，就有热心网友联系上了写信人。如今的“小雨”已在外地读大学，学的正是海洋科学专业。她在电话里说：“没想到十一年前的瓶子还能被人找到，这是我收到的最特别的回信。”
镇海洋站工作人员提醒，漂流瓶在海上长期漂浮可能造成污染，不提倡向海中投放，拾获后可交由海洋站或投放到可回收物收集点。⟦m （编辑：庞一帆　审核：邓曙）⟧
""",
    ),
    dict(
        slug="news-liuzhou-union-neck-stands-client-prompt-lead",
        site="镠州新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.liuzhounews.example.com/bendi/2025-03/06/content_118406.htm",
        title="镠州市总工会为一线职工送上五千个“护颈”笔记本支架",
        record_title="镠州市总工会为一线职工送上五千个“护颈”笔记本支架 ／ 镠州新闻网 ／ 本地",
        date="2025-03-06",
        notes="a client prompt glued before the lead's first words; the byline's date is the page's date (the event was the day before); "
        "editor line, 24-hour list and a reprint notice under the text",
        page="""
!m 镠州新闻网　镠州日报社主办
!m 首页 ∣ 本地 ∣ 民生 ∣ 工会在线
{T}
!m 2025-03-06 10:12　镠州日报　记者：侯思远
!a 转发：朋友圈 微博　｜　字体调整 ＋ －
{BODY}
!m 责任编辑：冼雨　值班主编：柏舟
!l 本地24小时：铄湖区新增三处口袋公园　｜　镠州地铁2号线开通一周年客流破亿
!d 未经镠州日报社书面授权，不得转载本网原创作品。
!m 镠州新闻网　违法和不良信息举报电话：0739-2266110
""",
        body="""
⟦a 下载“镠州新闻”客户端，本地资讯早知道⟧本报讯（记者 侯思远）3月5日，市总工会“工位健康行动”在市行政审批服务中心启动，首批五千个可调节笔记本支架将陆续送到全市窗口服务、客服热线和设计研发等岗位职工手中。
据了解，市总工会年初对全市一万二千名职工开展健康问卷调查，反映颈肩不适的占四成以上，其中长时间使用笔记本电脑的职工比例最高。
启动仪式上，市第二人民医院康复医学科医生现场讲解支架高度调节方法：屏幕上沿与眼睛平齐或略低，键盘、鼠标放在手肘自然弯曲的位置。
市总工会负责人表示，今年还将在二十家基层工会推广工间操，让职工“坐得住，也动得起来”。
""",
    ),
    dict(
        slug="dangjian-liechuan-speech-beach-cleanup-speaker",
        site="冽川先锋网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.lcxianfeng.example.gov.cn/dyjy/ldjh/202505/t20250519_9917.html",
        title="在“守护蓝色海湾”党员净滩行动启动仪式上的讲话",
        record_title="【先锋引擎·海湾卫士】在“守护蓝色海湾”党员净滩行动启动仪式上的讲话 - 冽川先锋网",
        date="2025-05-17",
        notes="Party portal: study-points prompt, read-on-phone QR line; speaker line and date under the title (neutral); "
        "no posting date on the page",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【先锋引擎·海湾卫士】在“守护蓝色海湾”党员净滩行动启动仪式上的讲话 - 冽川先锋网</title>
<script src="/res/js/xf-points.js"></script>
</head>
<body>
<div class="xf-head">
<span class="logo">⟦m 冽川先锋网⟧</span><span class="sub">⟦m 中共冽川县委组织部主办⟧</span>
<a>⟦a 党员登录⟧</a>
</div>
<ul class="xf-nav"><li>⟦m 首页⟧</li><li>⟦m 党建要闻⟧</li><li>⟦m 领导讲话⟧</li><li>⟦m 基层风采⟧</li><li>⟦m 党员教育⟧</li></ul>
<div class="xf-pos">⟦m 当前位置：首页 › 党员教育 › 领导讲话⟧</div>
<div class="xf-art">
<h2>{T}</h2>
<p class="spk">冽川县委组织部副部长　龚澜</p>
<p class="spk">（2025年5月17日）</p>
<div class="xf-points">⟦a 认真读完本文满60秒，可领学习积分2分⟧</div>
<div class="xf-body">
{BODY}
</div>
<div class="xf-qr">⟦a 手机扫一扫右侧二维码，路上也能接着学⟧</div>
<div class="xf-pn">⟦l 上一篇：在全县“两新”组织党建工作推进会上的讲话⟧ ⟦l 下一篇：在全县党员志愿服务总结表彰会上的讲话⟧</div>
</div>
<div class="xf-side"><h4>⟦l 学习排行⟧</h4>
<p>⟦l 党员冬训第三讲：讲好身边的奋斗故事⟧</p><p>⟦l 村“两委”干部履职能力提升专题⟧</p></div>
<div class="xf-foot">⟦m 冽川先锋网　中共冽川县委组织部　鄂ICP备12004519号⟧ ⟦m 党员服务热线：12380⟧</div>
</body>
</html>
""",
        body="""
同志们、志愿者朋友们：
今天，我们在沙咀海滩启动“守护蓝色海湾”党员净滩行动。来自全县42个党组织的300多名党员和群众一起走上海滩，这本身就是一堂生动的党课。
沙咀海滩是全县群众最爱去的地方，但近年来岸滩垃圾不断增多。去年志愿者在这里捡到的玻璃瓶中，有不少是游客抛下的漂流瓶，有的瓶子已经碎裂，险些划伤赶海的孩子。
希望各基层党组织把净滩行动作为“我为群众办实事”的具体项目，每月至少组织一次；希望党员同志带头不乱扔、带头劝导、带头宣传，用行动影响身边人。
守护蓝色海湾，人人都是参与者。让我们一起行动起来，还大海一片洁净！
""",
    ),
    dict(
        slug="dangjian-liuzhou-summary-neck-project-table",
        site="镠州机关党建网 (invented)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.lzjgdj.example.gov.cn/zbfc/sszx/202412/t20241227_3381.html",
        title="铄湖区机关第三党支部“护颈行动”为民办实事项目总结",
        record_title="〖实事项目巡礼〗铄湖区机关第三党支部“护颈行动”为民办实事项目总结｜镠州机关党建",
        date="2024-12-20",
        date_also=["2024-12-27"],
        notes="a Party site's text page: study-time prompt, scan-to-read line; a two-row data table with ideographic spaces; "
        "the page's posting date differs from the 成文日期",
        page="""
!m 镠州机关党建网　·　机关党员的网上家园
!m 位置：首页 ＞ 支部风采 ＞ 实事项目
!t 〖实事项目巡礼〗铄湖区机关第三党支部“护颈行动”为民办实事项目总结
!m 发布：2024-12-27　作者：区直机关工委　浏览：702
!a 认真阅读本文可累计学习时长
{BODY}
!a 扫描右侧二维码，换到手机上继续读
!l 上一条：区税务局党支部“便民办税”项目总结
!l 下一条：区卫健局党支部开展义诊进社区活动
!m 主办：中共镠州市直属机关工作委员会　技术支持：镠州数联信息
""",
        body="""
今年以来，支部围绕机关干部和窗口人员颈椎健康问题，开展“护颈行动”为民办实事项目，现将项目开展情况总结如下。
一、摸清需求。支部通过问卷对所联系的区政务大厅、区档案馆两家单位开展调查，收回有效问卷96份，其中使用笔记本电脑且反映颈肩不适的有61人。
二、解决问题。支部党员自筹与单位配套相结合，为两家单位购置可调节笔记本支架，并请区中医院医生开展健康讲座。主要情况如下：
单位　配发支架数　参加讲座人数
区政务大厅　38个　45人
区档案馆　23个　19人
三、下一步打算。支部将把工间操纳入日常，并对支架使用情况开展回访，推动项目长效化。
中共镠州市铄湖区机关第三支部委员会
2024年12月20日
""",
    ),
    dict(
        slug="edu-shuohu-notice-teacher-stands-attachments",
        site="铄湖区教育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.shuohu.example.gov.cn/tzgg/202502/t20250221_7704.html",
        title="关于做好全区中小学教师笔记本支架配发工作的通知",
        record_title="关于做好全区中小学教师笔记本支架配发工作的通知（配发清单见附件）—— 铄湖教育在线",
        date="2025-02-19",
        date_also=["2025-02-21"],
        notes="education portal: 读屏助手/字号放大 links, a 文号 line (neutral), two attachment links beside the 附件 list, the notice's contact "
        "and mailbox beside a technical-support line; a sentence about downloading a video; posting date differs",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>关于做好全区中小学教师笔记本支架配发工作的通知-铄湖区教育局</title>
<script src="/js/edu-a11y.js"></script>
</head>
<body>
<div class="edu-top"><span>⟦m 铄湖区教育局⟧</span> <a>⟦a 读屏助手⟧</a> <a>⟦a 字号放大⟧</a></div>
<div class="edu-nav">⟦m 首页⟧ ⟦m 教育新闻⟧ ⟦m 通知公告⟧ ⟦m 政策文件⟧ ⟦m 装备动态⟧</div>
<div class="edu-loc">⟦m 当前位置：铄湖教育在线 » 通知公告⟧</div>
<div class="edu-art">
<h1>{T}</h1>
<div class="edu-info">⟦m 发布日期：2025-02-21　发布单位：区教育装备中心　阅读数：1288⟧</div>
<p class="wh">铄教装〔2025〕3号</p>
{BODY}
<div class="edu-fj">
<p><a href="/u/cms/fj/20250221_1.xlsx">⟦a ⬇ 附件1-各校笔记本支架配发数量表.xlsx⟧</a></p>
<p><a href="/u/cms/fj/20250221_2.docx">⟦a ⬇ 附件2-笔记本支架领取单.docx⟧</a></p>
</div>
</div>
<div class="edu-side"><h4>⟦l 最新公告⟧</h4><p>⟦l 关于2025年春季学期中小学开学工作的通知⟧</p><p>⟦l 关于开展校园安全隐患排查的通知⟧</p></div>
<div class="edu-foot">
<p>⟦m 铄湖区教育局　地址：镠州市铄湖区育才路12号⟧</p>
<p>⟦m 网站技术支持：镠州云启信息　0739-5100800⟧</p>
</div>
</body>
</html>
""",
        body="""
各中小学校、区属各学校：
为改善教师备课办公条件，区教育局统一采购了一批可调节笔记本支架，将于3月上旬配发各校。现将有关事项通知如下：
一、配发范围。全区公办中小学在编在岗教师，每人1个，共计2316个，各校配发数量见附件1。
二、领取方式。各校于3月3日至3月7日到区教育装备中心领取，领取时携带加盖学校公章的领取单（见附件2）。
三、使用管理。支架纳入学校低值易耗品台账管理，教师调离时随办公设备移交。
四、各校要组织教师观看支架安装和高度调节视频，视频可登录区教育装备中心网站下载观看。
附件：1.各校笔记本支架配发数量表
2.笔记本支架领取单
联系人：区教育装备中心　桑怀瑾，电话：0739-5107736，邮箱：zbzx_shuohu@example.cn
铄湖区教育局
2025年2月19日
""",
    ),
    dict(
        slug="edu-jingkou-school-notice-wish-bottles-no-title-cn-date",
        site="迳口镇中心小学 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.jkzx.example.edu.cn/tzgg/2025/0512/331.html",
        title="关于开展“心愿漂流瓶”心理健康主题活动的通知",
        record_title=None,
        date="2025-05-12",
        notes="no title in the record; a school page with the title line under the byline; a numbered list; the 成文日期 in Chinese numerals",
        page="""
!m 迳口镇中心小学
!m 学校首页 · 通知公告
!m 发布者：德育处　点击数：219　［已有 2 位老师留言］
{T}
{BODY}
!l 相关通知：关于开展“5·25”心理健康月活动的通知
!a 【回到列表】
!m Copyright 迳口镇中心小学　地址：冽川县迳口镇学府路8号
""",
        body="""
各班主任、心理辅导老师：
五月是心理健康教育月。为帮助学生学会表达情绪、互相关心，学校决定在三至六年级开展“心愿漂流瓶”心理健康主题活动。现将有关事项通知如下：
1. 活动时间：5月19日至5月30日。
2. 活动方式：学生将自己的小烦恼或小心愿写在卡片上，放入塑料漂流瓶，投进各年级走廊的“心愿海洋”信箱；心理辅导室每天收取瓶子，由志愿者同学和老师匿名回信。
3. 注意事项：漂流瓶统一使用学校发放的环保塑料瓶，禁止带玻璃瓶到校；涉及安全、欺凌等情况的卡片，辅导老师要在当天告知班主任。
4. 活动结束后，各班评选“温暖回信”两封，于6月3日前交德育处。
迳口镇中心小学德育处
二〇二五年五月十二日
""",
    ),
    dict(
        slug="exam-liuzhou-notice-skills-test-stands-timetable",
        site="镠州人事考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.lzrsks.example.gov.cn/ksdt/sydw/202506/t20250603_2271.html",
        title="关于2025年镠州市事业单位公开招聘计算机类岗位专业技能测试有关事项的通知",
        record_title="【技能测试·计算机类】关于2025年镠州市事业单位公开招聘计算机类岗位专业技能测试有关事项的通知_镠州人事考试网",
        date="2025-06-03",
        notes="personnel-exam site: maintenance banner, admission-ticket float, timetable rows with ideographic spaces, a sentence about "
        "downloading and printing 准考证, the notice's 咨询电话 beside the site's technical line",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>关于2025年镠州市事业单位公开招聘计算机类岗位专业技能测试有关事项的通知_镠州人事考试网</title>
<script src="/static/js/zkz-float.js"></script>
</head>
<body>
<div class="notice-bar">⟦d 系统将于6月8日22:00—24:00停机维护，届时暂停访问⟧</div>
<div class="head"><span>⟦m 镠州人事考试网⟧</span><span>⟦m 镠州市人事考试院⟧</span></div>
<div class="nav">⟦m 首页⟧ ⟦m 考试动态⟧ ⟦m 报名入口⟧ ⟦m 成绩查询⟧ ⟦m 证书办理⟧</div>
<div class="loc">⟦m 您的位置：首页 - 考试动态 - 事业单位招聘⟧</div>
<div class="content">
<h3>{T}</h3>
<div class="meta">⟦m 来源：市人社局　　时间：2025年06月03日　　阅读：9641⟧</div>
{BODY}
</div>
<div id="zkzfloat" style="position:fixed;right:10px;bottom:120px">⟦a 准考证打印入口 »⟧</div>
<div class="foot">
<p>⟦m 主办单位：镠州市人事考试院⟧</p>
<p>⟦m 网站技术服务电话：0739-2210066（只解答网站使用问题）⟧</p>
<p>⟦m 湘ICP备06017215号-2⟧</p>
</div>
</body>
</html>
""",
        body="""
各位考生：
2025年镠州市事业单位公开招聘计算机类岗位专业技能测试定于6月14日举行，现将有关事项通知如下：
一、测试安排
岗位类别　测试时间　测试地点
网络管理　6月14日8:30—10:30　镠州理工学院实训楼A区
软件开发　6月14日14:00—16:30　镠州理工学院实训楼B区
二、准考证打印。考生须于6月10日至13日登录本网站下载并打印准考证。
三、考场设备。考场统一提供笔记本电脑、笔记本支架、外接键盘和鼠标，考生不得自带任何电子设备及支架、键盘等配件进入考场。
四、咨询电话：0739-2211583（工作日8:30—17:30）。
镠州市人力资源和社会保障局
2025年6月3日
""",
    ),
    dict(
        slug="exam-keshan-announcement-terminal-films",
        site="轲山县人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://rsks.keshan.example.gov.cn/kwgg/2025/0922/118.html",
        title="轲山县人事考试中心关于机考考点终端屏幕维护期间暂停模拟练习的公告",
        date="2025-09-22",
        notes="the record title as is; the centre's 咨询电话 in the body beside the site's operations line; a disclaimer footer",
        page="""
!m 轲山县人事考试网
!m 当前位置：首页 → 考务公告
{T}
!m 来源：县人事考试中心　发布于：2025年9月22日
{BODY}
!a 【加入收藏夹】【关掉此页】
!m 系统运维：0745-5236999（仅受理网站技术问题）
!d 本站发布的考试信息以正式公告为准，其他网站转载内容仅供参考。
""",
        body="""
各位考生：
为改善机考考场显示效果，减少屏幕反光对考生作答的影响，我中心定于9月25日至9月28日对县机考考点全部198台考试终端加贴防眩光钢化膜，并同步进行系统检测。维护期间，考点暂停开放模拟练习。
已预约上述日期模拟练习的考生，可于9月29日后重新预约，预约方式不变。
给考生带来的不便，敬请谅解。
咨询电话：0745-5236021
轲山县人事考试中心
2025年9月22日
""",
    ),
]

"""holdout96, part A: 范文站, 文库预览, 政府门户, 新闻门户, 论坛, 博客. Invented text throughout."""

CASES = [
    dict(
        slug="fanwen-jinjuwen-speech-streetlight-retrofit",
        site="锦句文汇 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.jinjuwenhui.cn/jh/chengguan/2024/7713.html",
        title="在全县城区路灯节能改造推进会上的讲话",
        record_title="在全县城区路灯节能改造推进会上的讲话（精选2篇）_锦句文汇",
        date="2024-04-17",
        notes="decorated title; date in Chinese numerals under the speech title; speaker line neutral; contact prompt between paragraphs",
        page="""
!m 锦句文汇｜一句一句写好材料
!m 所在栏目：锦句文汇 / 讲话发言 / 城建城管
!t 在全县城区路灯节能改造推进会上的讲话（精选2篇）
!a 〔复制全文〕　〔存为Word〕　〔放进我的素材夹〕
{T}
县住房和城乡建设局党组书记　尹德峰
（二〇二四年四月十七日）
{BODY}
!a 第1篇到此结束，第2篇需开通文汇卡后阅读
!l 同栏目推荐：城管执法队伍作风整顿动员讲话 ｜ 市政设施管护工作会议主持词
!d 文汇内容由用户整理上传，观点不代表本站，若涉侵权请联系删改。
!m 锦句文汇 jinjuwenhui.cn　湘ICP备20031876号
""",
        indent="\u3000\u3000",
        body="""
同志们：
今天召开这次推进会，就是要把城区路灯节能改造这件民生实事往前再推一把。去年全县城区共有路灯4260盏，其中高压钠灯占七成以上，故障率高、耗电量大，群众反映“晚上回家路黑”的问题比较集中。
一、改造任务必须按期完成
今年计划更换LED灯具3100盏，新增单灯控制器2400套，九月底前全部完工。县路灯管理所要倒排工期，一条路一条路地过，不能留尾巴。
⟦w 讲话稿写不顺？材料老师一对一润色，微信搜 jjwh_kefu⟧
二、施工安全必须守住底线
夜间高空作业多，要严格执行登高车检验和交通疏导制度，施工点位一律设置警示标志，确保不出一起安全事故。
三、长效管护必须同步跟上
改造完成后，要把每一盏灯录入智慧照明平台，做到故障自动报警、两小时内到场处置。同志们，路灯虽小，连着千家万户，希望大家把这件事办好办实。
""",
    ),
    dict(
        slug="fanwen-moyunge-plan-coral-reef-html",
        site="墨韵阁范文 (invented)",
        style="范文站",
        genre="方案",
        kind="plan",
        form="html",
        source="http://www.moyunge.net/fangan/haiyang/2023-0612-551.html",
        title="棠湾县珊瑚礁生态修复志愿行动实施方案",
        record_title="棠湾县珊瑚礁生态修复志愿行动实施方案【可编辑】_墨韵阁范文",
        date="2023-06-08",
        notes="old table layout page with marquee and visitor counter; date as 成文日期 under signature; numbered list and a table kept",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>棠湾县珊瑚礁生态修复志愿行动实施方案【可编辑】_墨韵阁范文</title>
<script language="javascript" src="/js/count.js"></script>
</head><body bgcolor="#f3efe4">
<table width="960" align="center"><tr><td>⟦m 墨韵阁范文网——千篇范本　随取随用⟧</td><td align="right"><a href="/fav.asp">⟦a 设为首页⟧</a> | <a href="/fav.asp?t=2">⟦a 加入收藏⟧</a></td></tr></table>
<table width="960" align="center"><tr><td><marquee>⟦m 欢迎光临墨韵阁！本站新增海洋生态类方案120余篇⟧</marquee></td></tr></table>
<table width="960" align="center"><tr><td width="700" valign="top">
<div>⟦m 您的位置：墨韵阁 &gt;&gt; 方案计划 &gt;&gt; 海洋生态⟧</div>
<h2>{T}</h2>
<div>⟦m 录入：海风　更新：2023-06-12　人气：1288⟧</div>
<div>⟦a 【字体：大 中 小】【打印此页】【关闭】⟧</div>
{BODY}
<div>⟦l 上篇：海岸线垃圾清理月活动方案⟧</div><div>⟦l 下篇：渔港防台风应急预案⟧</div>
</td><td width="240" valign="top">
<div>⟦l 阅读排行⟧</div>
<div>⟦l · 海洋保护志愿者招募方案⟧</div><div>⟦l · 红树林宣传周活动方案⟧</div>
</td></tr></table>
<table width="960" align="center"><tr><td align="center">⟦d 本站范文仅供学习参考，引用请自行核对。⟧<br>⟦m 您是第 0087631 位访客　琼ICP备1900882号⟧</td></tr></table>
</body></html>
""",
        body="""
为保护和恢复我县近岸珊瑚礁生态系统，动员社会力量参与海洋生态修复，结合我县实际，制定本方案。
一、行动目标
2023年6月至11月，在东澳湾、鹿回角两处礁区移植珊瑚苗3000株，成活率不低于六成，培训潜水志愿者80名。
二、主要任务
1. 建设珊瑚苗圃。在东澳湾设置育苗架20组，每组悬挂苗株150株。
2. 开展移植作业。由持证潜水员带领志愿者分批次下水，每批不超过8人。
3. 做好跟踪监测。每月下潜观测一次，记录白化、死亡和新生情况。
三、任务分工
礁区　移植数量（株）　责任单位
东澳湾　1800　县海洋和渔业局
鹿回角　1200　棠湾镇人民政府
四、工作要求
各单位要严格落实潜水安全规程，遇台风预警一律停止下水作业。
棠湾县海洋和渔业局
2023年6月8日
""",
    ),
    dict(
        slug="wenku-shuge-report-durian-survey-paged",
        site="书格文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://wenku.shuge365.com/view/8c1e66d2a0f14b.html",
        title="关于枇岭县榴莲引种试种情况的调研报告",
        record_title="关于枇岭县榴莲引种试种情况的调研报告.docx",
        date="2024-08-20",
        notes="file-name title; page markers ◇n◇ cut sentences; preview-end prompt; page count line",
        page="""
!m 书格文库 > 农林牧渔 > 调研报告
!t 关于枇岭县榴莲引种试种情况的调研报告.docx
!m 页数：4　大小：38KB　上传者：绿岭小陈　上传于2024-09-02
!a 下载券：3　　免费预览前3页
{BODY}
!a ——— 试读到此为止，完整文档请领取下载券后获取 ———
!d 本文档由网友上传，书格文库仅提供存储空间，如有侵权请联系我们处理。
!l 相关文档：热带水果引种风险评估报告　丨　菠萝蜜种植技术规程
""",
        pages=dict(fmt="◇{n}◇", every=260, start=2, glue=False),
        body="""
今年以来，县农业农村局调研组先后四次深入南坳镇、石梯镇的榴莲试种基地，采取实地察看、座谈交流、入户走访等方式，对全县榴莲引种试种情况进行了专题调研。现将有关情况报告如下。
一、基本情况
2021年起，我县在南坳镇引进榴莲品种三个，试种面积由最初的40亩扩大到目前的310亩，其中挂果面积65亩，今年首批鲜果亩产约420公斤，收购价每公斤36元。
二、存在的问题
一是抗寒能力弱，去年一月低温期间冻伤苗木近两千株；二是授粉依赖人工，用工成本偏高；三是缺少冷链和分级包装设施，鲜果只能就地低价销售。
三、对策建议
建议将榴莲纳入县级特色产业扶持目录，对新建防寒棚每亩补助800元，同时引进一家冷链物流企业，在南坳镇建设产地分拣中心。
县农业农村局调研组
2024年8月20日
""",
    ),
    dict(
        slug="wenku-qianye-summary-cordblood-html",
        site="千页阅读 (invented)",
        style="文库预览",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://read.qianye.cc/doc/5f3a0c92.html",
        title="柘源市脐带血造血干细胞库2023年度工作总结",
        record_title=None,
        date="2024-01-15",
        notes="missing record title; reader page with page markers as paragraphs; date under signature",
        page="""
<!doctype html><html><head><meta charset="utf-8"><title>千页阅读 - 在线预览</title>
<script src="/static/reader.min.js"></script></head><body>
<header><div class="logo">⟦m 千页阅读 · 好文档慢慢读⟧</div><nav><a>⟦m 文档⟧</a><a>⟦m 专题⟧</a><a>⟦m 会员中心⟧</a></nav></header>
<div class="docbar"><h1>{T}</h1><span>⟦m 共5页 · 2.1万次浏览 · 96%好评⟧</span><button>⟦a 立即下载⟧</button><button>⟦a 收藏⟧</button></div>
<div class="reader">
{BODY}
</div>
<div class="more">⟦a 还剩3页未读，开通会员继续阅读⟧</div>
<aside><h4>⟦l 猜你在找⟧</h4><ul><li>⟦l 血站年度工作总结⟧</li><li>⟦l 医院检验科个人总结⟧</li></ul></aside>
<footer>⟦d 文档来自用户分享，千页阅读不对内容真实性负责。⟧ ⟦m © 千页阅读 qianye.cc⟧</footer>
</body></html>
""",
        pages=dict(fmt="⌈{n}⌋", every=230, start=2),
        body="""
2023年，市脐带血造血干细胞库在市卫生健康委的指导下，坚持质量立库、服务为本，全年各项工作平稳有序。现总结如下。
一、采集与储存
全年在全市12家助产机构采集脐带血2874份，经检测合格入库2316份，合格率80.6%；公共库累计库存达到1.94万份。
二、临床供髓
全年向省内外移植中心提供配型查询1320人次，发放脐带血27份，其中用于地中海贫血患儿移植19份。
三、质量管理
顺利通过年度执业验收，完成液氮罐更换6台，实现库区温度全天候自动监测。
2024年，我们将继续扩大公共库规模，加强宣传，让更多家庭了解脐带血捐献。
柘源市脐带血造血干细胞库
2024年1月15日
""",
    ),
    dict(
        slug="gov-zhichuan-notice-ice-road-closure",
        site="枳川县人民政府网 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.zhichuan.gov.cn/xxgk/tzgg/202403/t20240305_88210.html",
        title="枳川县人民政府办公室关于关闭达里湖冰上通道的通知",
        record_title="枳川县人民政府办公室关于关闭达里湖冰上通道的通知",
        date="2024-03-05",
        notes="record title; info-disclosure index lines as meta; document number neutral; 联系人 of the document kept beside site phone",
        page="""
!m 枳川县人民政府　政务公开
!m 首页 ＞ 信息公开 ＞ 通知公告
!m 索引号：11152307MB0C4/2024-00061　　主题分类：交通运输
!m 发文机关：枳川县人民政府办公室　　发布日期：2024-03-05
{T}
枳政办发〔2024〕9号
{BODY}
!a 【打印本页】【关闭窗口】
!l 扫一扫在手机打开当前页
!m 主办：枳川县人民政府办公室　承办：县大数据中心　联系电话：0476-5210010
!m 网站标识码：1504230012　蒙ICP备08000617号
""",
        body="""
各乡镇人民政府，县直有关部门：
近日气温持续回升，达里湖冰层厚度已降至30厘米以下，局部出现冰面裂缝和渗水，冰上通道通行条件已不具备。经县人民政府同意，决定自2024年3月6日零时起关闭达里湖冰上通道。现将有关事项通知如下。
一、关闭期间，禁止一切车辆、行人和牲畜上冰通行，湖西村至南岸渔场车辆一律绕行S208线。
二、交通运输局负责在通道两端设置隔离设施和警示标志，公安交警部门加强巡逻劝导。
三、沿湖乡镇要通过村广播、微信群告知群众，严防冒险上冰。
联系人：县交通运输局　包海涛　电话：0476-5213378
枳川县人民政府办公室
2024年3月5日
""",
    ),
    dict(
        slug="gov-nanchuan-news-milk-bank-html",
        site="楠川市卫生健康委员会 (invented)",
        style="政府门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://wjw.nanchuan.gov.cn/xwdt/gzdt/202405/t20240521_4471.html",
        title="我市首家母乳库在市妇幼保健院启用",
        record_title="我市首家母乳库在市妇幼保健院启用_工作动态_楠川市卫生健康委员会",
        date="2024-05-21",
        notes="modern portal: byline 发布时间 is the date; font-size row; photo caption between paragraphs",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>我市首家母乳库在市妇幼保健院启用_工作动态_楠川市卫生健康委员会</title>
<link rel="stylesheet" href="/css/main.css"><script src="/js/jquery.js"></script></head>
<body>
<div class="header"><div class="wrap">⟦m 楠川市卫生健康委员会⟧ <span>⟦m 无障碍浏览⟧</span> <span>⟦m 长者模式⟧</span></div></div>
<div class="nav"><ul><li>⟦m 首页⟧</li><li>⟦m 机构概况⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 互动交流⟧</li></ul></div>
<div class="location">⟦m 当前所在：首页 - 新闻动态 - 工作动态⟧</div>
<div class="article"><h1>{T}</h1>
<div class="meta">⟦m 发布时间：2024-05-21 10:32　信息来源：市妇幼保健院　浏览次数：407⟧</div>
<div class="size">⟦a 字号：【大】【中】【小】⟧</div>
<div class="txt">
{BODY}
</div>
<div class="btns">⟦a 【打印正文】⟧ ⟦l 分享至：微信 微博 QQ空间⟧</div>
</div>
<div class="foot">⟦m 主办单位：楠川市卫生健康委员会　地址：楠川市新城大道88号⟧<br>⟦m 政府网站标识码：3607000021　赣公网安备36070202000318号⟧</div>
</body></html>
""",
        body="""
5月20日上午，市妇幼保健院母乳库正式启用，这是我市首家、全省第四家医院母乳库，将为新生儿科住院的早产儿和危重患儿提供安全的捐赠母乳。
母乳库设在新生儿科二楼，配备母乳巴氏消毒机、超低温冰箱和细菌检测设备，捐赠母乳需经过健康筛查、消毒和抽检三道关口后方可使用。
⟦m 图为护士演示母乳分装流程（记者 黎晓 摄）⟧
启用当天，已有11位哺乳期妈妈完成捐赠登记。院方介绍，符合条件的妈妈可在工作日到新生儿科二楼登记，咨询电话0797-8326115。
""",
    ),
    dict(
        slug="news-chenbao-news-lacrosse-league",
        site="栗阳晨报网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.liyangchenbao.com/sports/2024-10/27/content_318805.htm",
        title="首届栗阳长曲棍球城市联赛收杆",
        record_title="首届栗阳长曲棍球城市联赛收杆",
        date="2024-10-27",
        record_date="2024-10-27",
        notes="record title and date; reporter and source lines; hot list after; glued editor line",
        page="""
!m 栗阳晨报网　新闻 体育 城事 视频
!m 体育 > 本地赛事
{T}
!m 2024-10-27 19:06　来源：栗阳晨报　记者 戴雨桐
{BODY}
!l 【相关阅读】校园长曲棍球进课堂试点启动
!l 24小时热榜　1 城东立交夜间施工　2 周末气温骤降
!d 凡注明“来源：栗阳晨报”的作品，未经授权不得转载。
""",
        body="""
本报讯　10月26日，为期两个月的首届栗阳长曲棍球城市联赛在市体育中心落幕，来自高校、企业和社区的8支球队参加比赛。
决赛在栗阳学院队和滨江飞羽队之间进行，双方战至加时，栗阳学院队凭借一记远射以9比8险胜夺冠。
长曲棍球在我市起步不到三年，目前已有注册队员200余人。市体育总会表示，明年将增设青少年组。⟦m （编辑：柯然）⟧
""",
    ),
    dict(
        slug="news-ranhaiwang-news-dune-park-html",
        site="瀚海新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.hanhaiw.cn/local/20240702/a_907712.shtml",
        title="柰城鸣沙丘景区试行夜间限流预约",
        record_title="柰城鸣沙丘景区试行夜间限流预约 - 瀚海新闻网",
        date="2024-07-02",
        notes="news portal with nav, comments and hot list; sentence about 扫码预约 kept in body",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>柰城鸣沙丘景区试行夜间限流预约 - 瀚海新闻网</title><script>window.ads=[]</script></head><body>
<div id="top">⟦m 瀚海新闻网⟧ ⟦m 西北人的新闻客厅⟧ ⟦a 登录 | 注册⟧</div>
<ul id="channels"><li>⟦m 要闻⟧</li><li>⟦m 地方⟧</li><li>⟦m 文旅⟧</li><li>⟦m 视频⟧</li></ul>
<div class="main"><h1>{T}</h1>
<p class="src">⟦m 2024年07月02日 08:15　来源：瀚海新闻网　作者：马骁⟧</p>
{BODY}
<p class="ed">⟦m 责编：田甜　审核：吴涛⟧</p>
<div class="cmt">⟦l 网友评论（12）　我要评论⟧</div>
<div class="hot"><h3>⟦l 热点推荐⟧</h3><p>⟦l 沙漠公路夏季通行提示⟧</p><p>⟦l 暑期亲子游线路盘点⟧</p></div></div>
<div id="foot">⟦d 瀚海新闻网版权所有，转载须注明出处⟧ ⟦m 新ICP备13001592号-1⟧</div>
</body></html>
""",
        body="""
7月1日起，柰城鸣沙丘景区试行夜间观星时段限流预约，每晚接待游客不超过3000人。
景区负责人介绍，夏季夜游人数激增，去年高峰日超过9000人，沙丘踩踏和垃圾问题突出。游客需提前一天扫码预约，凭预约码入园。
景区同时在沙丘脚下增设了12处照明指引和3个医疗点，夜间游览时段为20时至23时。
""",
    ),
    dict(
        slug="forum-qianshan-pilates-studio-notice-junk",
        site="千山闲谈论坛 (invented)",
        style="论坛",
        genre="通知",
        kind="notice",
        form="text",
        source="http://bbs.qianshanxt.com/thread-662018-1-1.html",
        title="关于工作室普拉提器械课程调整的通知",
        record_title="[本地生活] 关于工作室普拉提器械课程调整的通知 - 健身运动 - 千山闲谈论坛",
        date="2024-02-26",
        date_also=["2024-02-27"],
        notes="forum post with junk lines and glued junk; post date differs from the notice date (both accepted)",
        page="""
!m 千山闲谈论坛 › 生活 › 健身运动
!t [本地生活] 关于工作室普拉提器械课程调整的通知 - 健身运动 - 千山闲谈论坛
!m 楼主：芯核小鹿　发表于 2024-2-27 21:40　只看该作者
!m 查看: 1532 | 回复: 18
{T}
{BODY}
!l 回复 收藏 举报
!m 2# 阿夏不想动　发表于 2024-2-27 22:05
!l 器械课终于加晚场了，支持！
!d 声明：论坛帖子仅代表网友个人观点。
""",
        junk=dict(lines=1, glued=2),
        body="""
各位会员：
为了给大家更好的上课体验，经工作室研究，自3月1日起对普拉提器械课程作如下调整。
一、核心床小班课由每班6人调整为每班4人，每节课60分钟。
二、周一至周五增开19:30晚场，周末上午增开亲子垫上课。
三、已购次卡的会员，剩余课时可按原价转换为新课程，有效期顺延一个月。
如有疑问，请到前台咨询或拨打工作室电话13907612258。
芯核普拉提工作室
2024年2月26日
""",
    ),
    dict(
        slug="forum-lvyou-birdwatch-summary-html",
        site="鸟语林户外论坛 (invented)",
        style="论坛",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://www.niaoyulin.org/forum.php?mod=viewthread&tid=30715",
        title="橡湖观鸟协会2023年冬季水鸟调查工作小结",
        record_title="【活动总结】橡湖观鸟协会2023年冬季水鸟调查工作小结",
        date="2024-01-12",
        notes="Discuz-like page with jammer fonts; a data table kept; date under signature",
        page="""
<html><head><meta charset="utf-8"><title>【活动总结】橡湖观鸟协会2023年冬季水鸟调查工作小结 - 观鸟交流 - 鸟语林户外论坛</title></head><body>
<div id="hd">⟦m 鸟语林户外论坛⟧ <a>⟦a 快捷登录⟧</a> <a>⟦a 立即注册⟧</a></div>
<div id="pt">⟦m 鸟语林 › 户外版块 › 观鸟交流 › 查看内容⟧</div>
<table id="pid1"><tr><td class="pls">⟦m 苇塘守望者　UID 2215　主题 86　积分 3420⟧</td>
<td class="plc"><h1>{T}</h1><div class="authi">⟦m 发表于 2024-1-13 09:12⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="po">⟦l 支持 反对 收藏 分享⟧</div></td></tr></table>
<div class="pgs">⟦l 返回列表 发新帖⟧</div>
<div id="ft">⟦m Powered by Discuz! X3.4⟧ ⟦m 鸟语林户外论坛 浙ICP备16035571号⟧</div>
</body></html>
""",
        junk=dict(lines=1, glued=1),
        body="""
2023年12月至2024年1月，协会组织会员分五组对橡湖及周边湿地开展冬季水鸟同步调查，共出动志愿者146人次。现将调查情况小结如下。
一、调查结果
本次共记录水鸟41种1.36万只，比上年增加2300余只，其中国家一级重点保护鸟类2种。
鸟种　数量（只）　主要分布
小天鹅　420　北湖滩
白琵鹭　86　芦苇荡东侧
青头潜鸭　7　南湾水面
二、下一步打算
协会将把调查数据报送县林业局，并在春节后举办一次观鸟入门讲座，欢迎新会员报名。
橡湖观鸟协会
2024年1月12日
""",
    ),
    dict(
        slug="blog-yeshu-insight-tree-nursery-wrapped",
        site="野墅随笔（博客） (invented)",
        style="博客",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://yeshu.blogbus.cc/post/2024/03/nursery.html",
        title="在苗圃跟班学习一个月的几点体会",
        record_title="在苗圃跟班学习一个月的几点体会 | 野墅随笔",
        date="2024-03-30",
        notes="hard-wrapped blog post; bracketed post time; tag line and archive list",
        page="""
!m 野墅随笔 —— 种树的人写点字
!m 首页 | 归档 | 关于我
{T}
!m [2024-03-30 22:14] 分类：林场手记
{BODY}
!l 标签：苗圃 / 育苗 / 跟班学习
!l 阅读(312) 评论(4) 赞(27)
!l 归档：2024年03月(5) 2024年02月(3) 2024年01月(6)
!d 本博客文字均为原创，转载请留言告知。
""",
        wrap=62,
        body="""
三月初，场里安排我到杉禾苗圃跟班学习一个月。说是学习，其实大多数时间是在育苗棚里搬基质、移容器苗，手上磨出了两层茧。
第一点体会是，育苗没有捷径。同一批马尾松种子，早播三天和晚播三天，出苗整齐度就差了一截，老师傅说“苗圃的账要按天算”。
第二点体会是，记录比经验可靠。苗圃每个棚都有一本温湿度登记簿，一天记四次，出了问题能翻回去找原因。
第三点体会是，苗子要“炼”。出圃前半个月逐步减水、掀膜，让苗适应外面的风和太阳，上山以后成活率能高出一成多。
一个月下来，我对“十年树木”有了新的理解。
""",
    ),
]

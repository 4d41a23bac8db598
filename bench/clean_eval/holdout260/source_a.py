"""holdout260, part A: 范文站, 文库预览, 政府门户, 新闻门户, 论坛. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="fanwen-dengyu-speech-team-flag-html",
        site="灯语范文阁 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.dengyufw.cn/jianghua/2024/0917/3318.html",
        title="在醽川县第三届村级篮球联赛授旗仪式上的讲话",
        record_title="在醽川县第三届村级篮球联赛授旗仪式上的讲话（精编2篇）_灯语范文阁",
        date="2024-09-14",
        notes="old gb2312 table layout; date under the speech title; marquee; glued writing prompt",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>在醽川县第三届村级篮球联赛授旗仪式上的讲话（精编2篇）_灯语范文阁</title>
<script src="/js/dengyu_tj.js"></script></head>
<body><table width="960" align="center"><tr><td><a href="/">⟦m 灯语范文阁·笔下有灯⟧</a></td><td><marquee>⟦d 本阁范文均经编辑校对，转载请保留出处链接⟧</marquee></td></tr>
<tr><td colspan="2">⟦m 所在栏目：首页 » 讲话大全 » 体育赛事致辞⟧</td></tr></table>
<table width="960" align="center"><tr><td width="680" valign="top">
<h2>{T}</h2>
<div>（2024年9月14日）</div>
<div>⟦a 〖调整字体：特大 适中 偏小〗⟧</div>
{BODY}
<div>⟦l 同栏推荐：村运会闭幕式讲话稿｜篮球赛开幕主持串词⟧</div>
</td><td width="260" valign="top"><div>⟦l 本周热读榜⟧</div><ul><li>⟦l 全民健身月启动仪式致辞⟧</li><li>⟦l 乡镇运动会表彰讲话⟧</li></ul>
<div>⟦w 找灯语老师改稿：QQ 2871604432⟧</div></td></tr></table>
<table width="960" align="center"><tr><td>⟦m 本站已运行第4118天 今日访客 602⟧<br>⟦m 赣ICP备20017733号⟧</td></tr></table>
</body></html>
""",
        body="""
各位运动员、教练员，同志们：
今天，我们在这里为参加第三届村级篮球联赛的二十四支代表队授旗。刚才接过队旗的，都是从田埂上、车间里走出来的队员，这面旗子写着村名，也写着乡亲们的期盼。⟦w 讲话稿不会写？灯语老师一对一帮改⟧
借此机会讲三点希望。一要赛出风格，尊重裁判、尊重对手；二要注意安全，赛前热身，量力而行；三要把队旗带回去，挂在村部，让更多群众走上球场。
最后，预祝本届联赛圆满成功！
""",
    ),
    dict(
        slug="fanwen-xiebi-summary-reflective-text",
        site="写笔坊 (invented)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://xiebifang.com/zongjie/jiaotong/88210.html",
        title="皛溪县交警大队电动车反光贴免费粘贴活动工作总结",
        record_title="【年度总结】皛溪县交警大队电动车反光贴免费粘贴活动工作总结 - 写笔坊",
        date="2024-12-20",
        date_also=["2024-12-23"],
        notes="text; 成文日期 under signature differs from the posting line; data table; site hotline next to the document's 联系人",
        page="""
!m 写笔坊 · 公文写作第一站
!m 当前栏目 > 总结报告 > 交通安全类
{T}
!m 收录时间 2024-12-23　浏览 1094　作者：写笔坊编辑部
!a ☞ 一键拷贝全文　☞ 存为Word　☞ 放进我的笔记本
{BODY}
!w 代拟总结、述职报告请拨写笔坊热线 0791-8826 4401
!l 前一篇：交通安全进校园活动总结
!l 后一篇：冬季道路交通安全隐患排查总结
!d 写笔坊文章仅供写作参考，请勿照搬用于正式场合。
""",
        indent="\u3000\u3000",
        body="""
今年10月以来，大队在城区和六个乡镇开展电动车反光贴免费粘贴活动，夜间骑行事故明显减少。现将情况总结如下。
一、基本情况
区域　粘贴车辆　发放反光贴
城区　3120辆　6240张
乡镇　2688辆　5376张
二、主要做法
一是设点粘贴，在集市和学校门口摆摊；二是上门服务，为外卖骑手集中粘贴；三是宣传教育，讲清车尾反光贴的作用。
联系人：宣传科沈毓凡，电话0791-6357218。
皛溪县公安局交通警察大队
2024年12月20日
""",
    ),
    dict(
        slug="wenku-yunjuan-survey-mudguard-html-markers",
        site="云卷文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://wk.yunjuan.net/view/7c1e0b92f4.html",
        title="关于澯水县共享单车挡泥板缺损情况的调研报告",
        record_title="关于澯水县共享单车挡泥板缺损情况的调研报告.pdf",
        date="2024-05-16",
        notes="file-name title; page markers as HTML paragraphs cut sentences; reader toolbar and paywall",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于澯水县共享单车挡泥板缺损情况的调研报告.pdf - 云卷文库</title>
<script>window.__wkConf={docId:"7c1e0b92f4"};</script></head><body>
<header><a href="/">⟦m 云卷文库⟧</a><nav>⟦m 教育资料 行业报告 公文范本 专业论文⟧</nav><a>⟦a 登录领阅读券⟧</a></header>
<div class="doc-head"><h1>{T}</h1><p>⟦m 分享者：卷友7741　｜　共5页　｜　2.1万人读过⟧</p>
<div class="bar">⟦a 放大 缩小 全屏阅读 转存到我的书架⟧</div></div>
<div class="pages">
{BODY}
</div>
<div class="wall">⟦a 余下3页为会员内容，开通云卷会员即可畅读⟧</div>
<aside><h3>⟦l 看过此文档的人还看了⟧</h3><ul><li>⟦l 城区公共自行车运营情况调研⟧</li><li>⟦l 共享单车停放管理调研报告⟧</li></ul></aside>
<footer>⟦d 文档内容由分享者提供，云卷文库不对内容的准确性负责。⟧ ⟦m 沪ICP备21008813号-4⟧</footer>
</body></html>
""",
        pages=dict(fmt="⦑ {n} ⦒", every=120, start=2),
        body="""
今年4月，县城市管理局组成调研组，对城区投放的共享单车挡泥板缺损情况进行了抽样调查。现将调研情况报告如下。
调研组在城区八个停放点随机抽查单车620辆，发现后挡泥板缺失或断裂的有97辆，占15.6%；前挡泥板松动的有43辆。雨天骑行时，泥水溅到骑行者后背，群众意见较多。
造成缺损的原因主要有三：一是车辆老化，部分单车投放已超过四年；二是人为损坏；三是运维人员巡检频次不够。
建议督促运营企业每周巡检一次，对缺损车辆及时下架更换，并在县政务服务平台开通报修渠道。
澯水县城市管理局调研组
2024年5月16日
""",
    ),
    dict(
        slug="wenku-dushu-plan-oil-lamp-text-wrapped",
        site="读书堂文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.dushutang.cc/p-55190237.html",
        title="湭阳镇民俗馆油灯展陈布置方案",
        record_title="湭阳镇民俗馆油灯展陈布置方案（可修改）",
        date=None,
        notes="hard-wrapped at 62 columns and cut by glued markers; no date (only an upload stamp)",
        page="""
!m 读书堂文库｜找资料，上读书堂
{T}
!m 上传时间：2025-03-02　页数：4页　阅读券：2张
!a 〔原文预览〕〔转存〕〔举报〕
{BODY}
!a 预览至此，领阅读券可继续看余下内容
!l 相关文档：民俗馆讲解词（通用）｜乡村博物馆开馆方案
!d 本文档为读书堂会员分享，内容与读书堂立场无关。
""",
        indent="\u3000\u3000",
        wrap=62,
        pages=dict(fmt="▕{n}▏", every=130, start=2, glue=True),
        body="""
一、展陈主题
以“一盏灯照三代人”为主题，展出镇民俗馆收集的油灯八十六盏，包括陶制豆油灯、铜制马灯和玻璃罩煤油灯，反映湭阳镇百年来的照明变化。
二、展区划分
1.1 第一展区陈列陶灯和瓷灯，配文字说明；
1.2 第二展区陈列马灯，复原老供销社柜台场景；
1.3 第三展区设互动区，游客可以扫码听老人讲点灯的故事。
三、安全要求
展柜内严禁注油点火，展品一律空置；每日闭馆前由值班员逐柜检查，做好防火和防盗登记。
""",
    ),
    dict(
        slug="gov-chengshi-notice-bike-basket-html",
        site="琠城市人民政府门户网站 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.tiancheng.gov.cn/zwgk/tzgg/202406/t20240611_88317.html",
        title="关于规范外卖电动车加装车筐的通知",
        record_title="关于规范外卖电动车加装车筐的通知_通知公告_琠城市人民政府",
        date="2024-06-07",
        date_also=["2024-06-11"],
        notes="modern county portal; 索引号 table; document date differs from the portal's; 抄送 line; site hotline next to the document's contact",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于规范外卖电动车加装车筐的通知_通知公告_琠城市人民政府</title>
<script src="/static/js/jquery.min.js"></script></head><body>
<div class="top">⟦a 长辈版 ｜ 盲人阅读 ｜ 简/繁切换⟧</div>
<div class="banner">⟦m 琠城市人民政府 www.tiancheng.gov.cn⟧</div>
<nav>⟦m 首页　政务公开　政务服务　互动交流　走进琠城⟧</nav>
<div class="crumb">⟦m 您在这里：首页 ＞ 政务公开 ＞ 通知公告⟧</div>
<table class="meta"><tr><td>⟦m 索引号：11371602MB0F3-08-2024-0019⟧</td><td>⟦m 发文机构：琠城市交通运输局⟧</td></tr>
<tr><td>⟦m 公开方式：主动公开⟧</td><td>⟦m 发布日期：2024-06-11⟧</td></tr></table>
<h1>{T}</h1>
<div class="content">
{BODY}
</div>
<div class="tools">⟦a 【放大阅读】【打印此页】【关闭本页】⟧</div>
<div class="err">⟦m 网页内容有误？请拨打网站纠错热线 0538-5570121⟧</div>
<footer>⟦m 主办：琠城市人民政府办公室　网站标识码3716020018⟧<br>⟦m 鲁ICP备05011926号　鲁公网安备37160202000311号⟧</footer>
</body></html>
""",
        body="""
各外卖配送企业，各区交通运输服务站：
近期，部分外卖骑手在电动车后座自行加装超宽车筐，遮挡号牌和尾灯，存在安全隐患。现就有关事项通知如下：
一、车筐宽度不得超过车把宽度，不得遮挡号牌、尾灯和反光装置。
二、各配送企业应于7月10日前完成自查，统一更换合规车筐。
三、请各企业下载附件中的登记表，如实填写后报送。
附件：外卖电动车车筐整改登记表
联系人：运输科鞠明岚，电话0538-5570366。
琠城市交通运输局
2024年6月7日
抄送：市公安局交通警察支队，市市场监督管理局。
""",
    ),
    dict(
        slug="gov-chengshi-reply-mudguard-text",
        site="醽川县人民政府 (invented)",
        style="政府门户",
        genre="函",
        kind="letter",
        form="text",
        source="http://www.lingchuan.gov.cn/hdjl/jydf/202408/t20240822_5201.html",
        title="关于醽川县公交车加装防溅挡泥板建议的答复函",
        record_title="关于醽川县公交车加装防溅挡泥板建议的答复函",
        date="2024-08-20",
        notes="record title as is; text-only portal page; 成文日期 in Chinese numerals; 抄送",
        page="""
!m 醽川县人民政府　建议提案办理
!m 首页 / 互动交流 / 建议提案答复
{T}
!m 来源：县交通运输局　　阅读次数：347
!a 〔字号：加大　默认〕　〔分享至微信〕
{BODY}
!l 上一条：关于增设城区公共自行车站点建议的答复
!l 下一条：关于改善乡村客运站候车条件建议的答复
!m 主办单位：醽川县人民政府办公室　技术支持：醽川县大数据中心
""",
        indent="\u3000\u3000",
        body="""
袁丽芬代表：
您提出的关于公交车加装防溅挡泥板的建议收悉，现答复如下。
您反映的雨天公交车经过站台时泥水溅到候车群众身上的问题确实存在。经调查，全县现有公交车112辆，其中38辆后轮挡泥板已老化变形。我局已督促县公交公司在九月底前完成更换，并在新购车辆验收时增加挡泥板检查项目。
感谢您对交通工作的关心和支持。
醽川县交通运输局
二〇二四年八月二十日
抄送：县人大常委会人代工委，县政府督查室。
""",
    ),
    dict(
        slug="news-chengbao-news-reflective-html",
        site="琠城晚报网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.tianchengwb.com/shehui/2024-11/05/content_330721.html",
        title="百名志愿者为环卫三轮车贴上反光贴",
        record_title="百名志愿者为环卫三轮车贴上反光贴｜琠城晚报网",
        date="2024-11-05",
        notes="news portal; byline time is the page's date; photo caption between paragraphs; editor glued after the last paragraph; app prompt glued before the lead",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>百名志愿者为环卫三轮车贴上反光贴｜琠城晚报网</title>
<script>var _hmt=_hmt||[];</script></head><body>
<div class="nav">⟦m 琠城晚报网 要闻 社会 民生 文体 视频⟧</div>
<div class="app">⟦a 下载琠城晚报客户端 看更多本地新闻⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 2024-11-05 08:42　来源：琠城晚报　记者 喻晓帆⟧</div>
<div class="article">
{BODY}
</div>
<div class="share">⟦l 转发本文：微信好友 朋友圈⟧</div>
<div class="side"><h3>⟦l 二十四小时热点⟧</h3><ul><li>⟦l 城区五条道路今起夜间施工⟧</li><li>⟦l 琠城初冬首场降温来袭⟧</li></ul></div>
<footer>⟦d 琠城晚报网所刊稿件未经书面授权不得转载⟧ ⟦m 违法和不良信息举报电话：0538-5190110⟧</footer>
</body></html>
""",
        body="""
⟦a 打开客户端听新闻⟧本报讯　4日晚，一百余名志愿者来到城区环卫作业站，为二百多辆环卫三轮车车尾贴上反光贴。
⟦m 图为志愿者在为三轮车粘贴反光贴。记者 喻晓帆 摄⟧
“天亮前作业最危险，后面的车看不清我们。”环卫工人卢大姐说，贴上反光贴后，车灯一照老远就能看到。
据了解，这次活动由团市委和市城管局联合组织，反光贴由爱心企业捐赠。下一步，志愿者还将为各乡镇的保洁车辆进行粘贴，并向环卫工人发放反光背心。⟦m （编辑：严沐 审核：甘道文）⟧
""",
    ),
    dict(
        slug="news-xianrong-news-oil-lamp-text",
        site="皛溪融媒 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.xiaoxirm.cn/news/2025/0118/66012.shtml",
        title="老匠人修复百年油灯 民俗馆添新展品",
        record_title="皛溪融媒丨老匠人修复百年油灯 民俗馆添新展品",
        date="2025-01-18",
        notes="text; column prefix 丨; news time line as the page's date; listen button; related list",
        page="""
!m 皛溪融媒 首页 | 本地 | 乡镇 | 视听
{T}
!m 2025年01月18日 10:15　皛溪融媒记者 邝一禾
!a ▷ 点击收听本文
{BODY}
!l 延伸阅读：民俗馆春节期间开放时间调整
!l 24小时热榜：皛溪县城区新增两处停车场
!m 皛溪融媒体中心主办　新闻热线 0796-7312800
""",
        body="""
近日，皛溪县八十一岁的铜匠牛德厚把一盏清末铜油灯修好，捐给了县民俗馆。
这盏油灯灯座开裂、灯盏锈穿，是老人年轻时从旧货摊上买回来的。他花了二十多天，用锡焊补好灯盏，又重新打磨了灯柱。
县民俗馆馆长说，馆里已收藏各式油灯六十余盏，这一盏的做工最为精细，将在春节期间对外展出，老人也会到现场为观众讲解修复过程。
""",
    ),
    dict(
        slug="forum-qiyou-post-bike-basket-html-jammer",
        site="骑游汇论坛 (invented)",
        style="论坛",
        genre="论坛帖子",
        kind="other",
        form="html",
        source="https://bbs.qiyouhui.net/thread-302991-1-1.html",
        title="自行车前车筐选铁丝的还是塑料的？说说我的经验",
        record_title="[装备交流] 自行车前车筐选铁丝的还是塑料的？说说我的经验 - 单车装备 - 骑游汇论坛",
        date=None,
        notes="Discuz-like; jammer fonts; no date (post time relative); signature; rating row",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>[装备交流] 自行车前车筐选铁丝的还是塑料的？说说我的经验 - 单车装备 - 骑游汇论坛</title>
<style>.jammer{font-size:0;color:#fff}</style><script src="/static/js/common.js"></script></head><body>
<div id="hd">⟦m 骑游汇论坛 - 骑行爱好者的家⟧ ⟦a 注册 ｜ 登录 ｜ 找回密码⟧</div>
<div id="pt">⟦m 骑游汇论坛 › 装备区 › 单车装备⟧</div>
<h1>{T}</h1>
<div class="authi">⟦m 楼主：老铁骑士　发表于 3 天前　只看该作者⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="rate">⟦l 评分人数 6　骑游币 +12　收起理由：经验贴，实用⟧</div>
<div class="sign">⟦l 签名：一车一筐走天涯，周末约骑请私信⟧</div>
<div id="ft">⟦m 骑游汇论坛 Powered by Discuz! X3.4⟧ ⟦m 粤ICP备19068271号-2⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=2),
        body="""
玩车十年，前后换过五个车筐，来聊聊怎么选。
铁丝筐结实，能放一袋米，缺点是生锈，下雨天要擦干。塑料筐轻、不锈，但冬天冻脆了，一磕就裂。我现在用的是铝合金筐，价格贵一点，用了三年没毛病。
装车筐一定要注意两点：一是别挡车灯，二是承重别超过五公斤，不然车头发飘，转弯容易摔。
另外提醒一句，买的时候看看卡扣，带防盗螺丝的更省心。有问题楼下问，看到就回。
""",
    ),
    dict(
        slug="forum-xiaoqu-post-team-flag-text-junk",
        site="彩旗营地论坛 (invented)",
        style="论坛",
        genre="论坛帖子",
        kind="other",
        form="text",
        source="http://www.caiqiyd.com/forum.php?mod=viewthread&tid=41186",
        title="队旗用什么面料不容易褪色？",
        record_title=None,
        date=None,
        notes="missing record title: the thread subject; forum junk lines and glued; relative post time",
        page="""
!m 彩旗营地论坛 › 户外团建 › 装备讨论
!a 回复本帖　｜　发新帖
{T}
!m 楼主 营地小马哥　发表于 昨天 21:06
{BODY}
!l 沙发 ｜ 板凳 ｜ 引用 ｜ 举报
!l 本版热帖：徒步队旗杆怎么收纳最方便
!m 彩旗营地论坛 caiqiyd.com 联系版主请发站内信
""",
        junk=dict(lines=2, glued=2),
        body="""
我们徒步队去年做的队旗，挂了半年就褪得发白，红色变成了粉色。
打听了一圈，有人说用涤纶经编布，有人说要用热转印，价格差不多。队里每次出发都要举着拍合影，旗子太旧实在难看。
做过队旗的朋友能不能说说经验，什么面料晒不褪色，用什么工艺印字耐洗？
我们是二十来人的小队，预算不多，一面旗子希望控制在两百元以内。先谢谢各位了。
""",
    ),
]

"""holdout88, part A: 范文站, 文库预览, 政府门户, 新闻门户, 论坛, 博客. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="fanwen-sichou-silk-reeling-summary-cn-date",
        site="笔耕公文库 (invented)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.bigengwk.cn/zongjie/qiye/2024/56213.html",
        title="璜城缫丝厂2024年安全生产工作总结",
        record_title="【精选】璜城缫丝厂2024年安全生产工作总结（通用3篇）",
        date="2024-12-27",
        notes="decorated record title; Chinese-numeral date under the signature; chrome glued before and after a 。 and on a line between paragraphs",
        page="""
!m 笔耕公文库｜写材料不再熬夜
!m 位置：首页 ＞ 总结大全 ＞ 企业总结
{T}
!m 整理：云舒　更新：3小时前　浏览 2,046
!a 〖复制全文〗〖存为文档〗〖放大字体〗
{BODY}
!a 喜欢本篇？按 Ctrl+D 收藏，下次更快找到
!l 同类范文：缫丝车间班组长述职｜蚕茧收购站年度总结｜纺织企业消防演练方案
!m bigengwk.cn 版权所有 ©2019-2025　赣ICP备19033107号
""",
        indent="\u3000\u3000",
        body="""
2024年，厂安全生产领导小组坚持“安全第一、预防为主”，以煮茧、缫丝、复摇三个车间为重点，全年未发生轻伤以上事故。
一、主要做法
（一）盯紧高温蒸汽。对煮茧机蒸汽管道逐段测厚，更换老化阀门14只，蒸汽区一律挂牌上锁。⟦a 下载本文完整版⟧
（二）抓实全员培训。组织缫丝工、锅炉工轮训6期，考核合格312人次，新进女工“三级教育”全覆盖。
⟦l 相关推荐：丝绸企业年终总结范文5篇⟧
（三）排查消防隐患。清理车间茧衣堆放点9处，⟦w 代写总结请联系QQ 2210458736⟧新增自动喷淋42个。
二、明年打算
明年将推进缫丝车间湿度在线监测，完成锅炉房改造。
璜城缫丝厂安全生产领导小组
二〇二四年十二月二十七日
""",
    ),
    dict(
        slug="fanwen-html-old-dragon-dance-plan-marquee",
        site="好范文在线 (invented)",
        style="范文站",
        genre="方案",
        kind="plan",
        form="html",
        source="http://www.haofanwen8.net/fangan/huodong/ShowArticle.asp?ArticleID=20931",
        title="琮川镇2025年元宵舞龙队巡游活动方案",
        record_title="琮川镇2025年元宵舞龙队巡游活动方案 - 好范文在线",
        date=None,
        notes="old gb2312 table layout with marquee, visitor counter, font row and floating writing box; no date (only a year in the title and a crawl stamp)",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>琮川镇2025年元宵舞龙队巡游活动方案 - 好范文在线</title>
<script language="javascript" src="/js/ad_float.js"></script>
</head><body bgcolor="#F5F5F0">
<table width="960" align="center"><tr><td><img src="/images/logo.gif" alt="">⟦m 好范文在线 www.haofanwen8.net⟧</td><td align="right">⟦a 设为首页⟧ | ⟦a 加入收藏⟧</td></tr></table>
<table width="960" align="center"><tr><td><marquee scrollamount="3">⟦m 热烈欢迎各位文友光临本站，本站所有范文每日更新！⟧</marquee></td></tr></table>
<table width="960" align="center"><tr><td class="nav">⟦m 您的位置：<a href="/">好范文在线</a> → <a href="/fangan/">活动方案</a> → 正文⟧</td></tr>
<tr><td align="center"><font size="4"><b>{T}</b></font></td></tr>
<tr><td align="center">⟦m 文章来源：网友投稿　点击数：<font color="red">577</font>　收录时间：2025-3-2 4:12:09⟧</td></tr>
<tr><td align="center">⟦a 【字号：放大 还原 缩小】⟧</td></tr>
<tr><td class="content">
{BODY}
</td></tr>
<tr><td>⟦l ◎上一篇：社区庙会安全保卫方案⟧<br>⟦l ◎下一篇：村级广场舞比赛实施方案⟧</td></tr>
<tr><td>⟦a 【打印本页】【关闭本页】⟧</td></tr></table>
<div id="float_box" style="position:absolute;right:5px;top:200px">⟦w 材料代笔 量身定制 微信：hfw_8866⟧</div>
<table width="960" align="center"><tr><td align="center">⟦m 本站访客：第 0083321 位⟧<br>⟦d 本站内容均来源于网络，若有侵权请联系删除⟧</td></tr></table>
</body></html>
""",
        p_html="<p>&nbsp;&nbsp;&nbsp;&nbsp;{}</p>",
        body="""
为丰富群众节日文化生活，传承舞龙技艺，经镇党委研究，决定于元宵节举办舞龙队巡游活动，特制定本方案。
一、时间路线：正月十五上午9时，自镇文化站出发，经老街、供销社至滨河广场，全程约2.4公里。
二、参演队伍：镇舞龙队、溪口村龙狮队、中心小学少年龙队，共计86人。
三、安全保障：派出所负责沿线交通管制，卫生院在广场设医疗点，各村安排志愿者维持秩序。
四、工作要求：各参演队伍于正月十三前完成彩排，龙具由文化站统一检查。
""",
    ),
    dict(
        slug="wenku-tilapia-plan-page-markers-bracket",
        site="知行文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://wenku.zhixing-doc.com/view/7b2e90c1a4f3.html",
        title="珂湾镇罗非鱼越冬保种工作方案",
        record_title="珂湾镇罗非鱼越冬保种工作方案.docx",
        date="2024-11-08",
        notes="file-name record title; page markers 〔n〕 on lines of their own cutting sentences; date under the signature",
        page="""
!m 知行文库 — 文档在线预览
!t 珂湾镇罗非鱼越冬保种工作方案.docx
!m 上传者：kw_yuye　　文件大小：38.6KB　　共3页
!a ★★★★☆ 4.2分　　下载券：2
{BODY}
!a 预览已结束，剩余内容请下载后阅读
!a 〔立即下载〕　〔加入文件夹〕　〔举报〕
!d 本文档为用户上传，版权归上传者所有，知行文库仅提供存储空间服务。
""",
        wrap=58,
        indent="\u3000\u3000",
        pages=dict(fmt="〔{n}〕", every=120, start=2),
        body="""
为确保今冬罗非鱼亲本安全越冬，保障明年苗种供应，结合全镇实际，制定本方案。
一、目标任务。全镇计划越冬保种亲鱼4.5万尾，越冬成活率达到90%以上。
二、主要措施。一是改造温棚，对12座越冬棚加装保温膜和增氧设备；二是控制水温，棚内水温保持在18℃以上；三是做好病害防控，每周检测一次水质。
三、保障措施。镇农业服务中心派技术员驻点指导，发现死鱼及时报告。
珂湾镇农业服务中心
2024年11月8日
""",
    ),
    dict(
        slug="wenku-html-agate-carving-reader-pages",
        site="墨海文档 (invented)",
        style="文库预览",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://www.mohaidoc.com/p-330918274.html",
        title="在玛瑙雕刻技艺传承基地揭牌仪式上的致辞",
        record_title="在玛瑙雕刻技艺传承基地揭牌仪式上的致辞_墨海文档",
        date="2023-09-16",
        notes="文库 reader, page-marker paragraphs between halves of a cut paragraph; date under the speech title; speaker line neutral",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>在玛瑙雕刻技艺传承基地揭牌仪式上的致辞_墨海文档</title>
<script src="https://static.mohaidoc.com/reader.min.js"></script></head><body>
<header><div class="logo">⟦m 墨海文档⟧</div><form class="search"><input placeholder="搜索文档"><button>⟦a 搜索⟧</button></form><a class="vip">⟦a 开通超级会员 免券下载⟧</a></header>
<div class="doc-info">⟦m 分类：致辞演讲 / 开幕致辞⟧　⟦m 页数：2页　阅读：1.7k次⟧</div>
<div class="reader">
<h2>{T}</h2>
<p class="sp">璜城县文化馆馆长　邵明岚</p>
<p class="sp">（2023年9月16日）</p>
{BODY}
</div>
<div class="end-tip">⟦a 还剩1页未读，继续阅读⟧</div>
<div class="btns"><a>⟦a 下载文档⟧</a><a>⟦a 收藏⟧</a><a>⟦a 分享给好友⟧</a></div>
<aside><h4>⟦l 相关文档⟧</h4><ul><li>⟦l 非遗传承基地授牌仪式主持词.doc⟧</li><li>⟦l 工艺美术大师工作室揭牌讲话.pdf⟧</li></ul></aside>
<footer>⟦d 墨海文档所有资源均由用户分享，如涉及侵权请通过“投诉”通道提交。⟧</footer>
</body></html>
""",
        pages=dict(fmt="第{n}页 / 共2页", every=150, start=2),
        body="""
各位来宾，各位匠人朋友们：
今天，璜城玛瑙雕刻技艺传承基地正式揭牌。玛瑙雕刻在我县已有三百余年历史，老艺人们因材施艺、俏色巧雕，留下了许多精品。
近年来，老艺人逐年减少，技艺传承面临断档。基地建成后，将开设学徒班，每年招收学员二十名，由省级传承人带徒授艺。
希望各位传承人把绝活教出来，希望年轻学员把手艺接下去。谢谢大家！
""",
    ),
    dict(
        slug="gov-html-pine-wilt-notice-index-table",
        site="瑷阳县人民政府 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.aiyang.gov.cn/zwgk/tzgg/202404/t20240419_882714.html",
        title="瑷阳县林业局关于开展春季松材线虫病疫情普查的通知",
        record_title=None,
        date="2024-04-19",
        notes="county portal with 索引号 table, elder-mode row; title missing in the record; 发布日期 in the table and 成文日期 agree; document number neutral; contact line of the notice kept",
        page="""
<!DOCTYPE html><html lang="zh"><head><meta charset="utf-8"><title>瑷阳县人民政府</title>
<script>var siteId='aiyang';</script></head><body>
<div class="topbar">⟦a 适老化模式⟧ ⟦a 无障碍阅读⟧ ⟦a 登录｜注册⟧</div>
<div class="banner">⟦m 瑷阳县人民政府 www.aiyang.gov.cn⟧</div>
<nav>⟦m 首页 政务公开 政务服务 互动交流 走进瑷阳⟧</nav>
<div class="pos">⟦m 当前位置：首页 > 政务公开 > 通知公告⟧</div>
<table class="xxgk">
<tr><td>⟦m 索引号：11330921MB0L723-04-2024-0031⟧</td><td>⟦m 发布机构：县林业局⟧</td></tr>
<tr><td>⟦m 发布日期：2024-04-19⟧</td><td>⟦m 主题分类：农业、林业、水利⟧</td></tr>
</table>
<h1>{T}</h1>
<p class="wh">瑷林〔2024〕12号</p>
{BODY}
<div class="fn">⟦a 【打印】【关闭】⟧　⟦a 扫一扫在手机打开当前页⟧</div>
<div class="links">⟦l 相关链接：县自然资源局　县应急管理局　县农业农村局⟧</div>
<footer>⟦m 主办：瑷阳县人民政府办公室　网站标识码：3309210008⟧<br>⟦m 浙ICP备05011762号　浙公网安备33092102000112号⟧</footer>
</body></html>
""",
        body="""
各乡镇人民政府，各国有林场：
为及时掌握松材线虫病疫情动态，经研究，决定在全县开展春季普查。现将有关事项通知如下。
一、普查范围：全县松林分布区域，重点是公路沿线、电力线路和景区周边。
二、普查时间：4月22日至5月20日。
三、工作要求：发现枯死松树应及时取样送检，严禁擅自砍伐、运输疫木。
联系人：郑若谷，电话：0580-3027716。
瑷阳县林业局
2024年4月19日
""",
    ),
    dict(
        slug="gov-text-reservist-enlistment-summary-cache",
        site="玢岭镇人民政府 (invented)",
        style="政府门户",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.fenling.gov.cn/art/2024/10/8/art_1201_77410.html",
        title="玢岭镇2024年征兵工作总结",
        date="2024-10-08",
        record_date="2024-10-08",
        notes="record gives title and date; text extraction of a township page with meta lines, a chrome line glued after a 。 and a data table kept",
        page="""
!m 玢岭镇人民政府门户网站
!m 首页 > 信息公开 > 工作总结
{T}
!m 发布时间：2024-10-08 09:31　来源：镇武装部　浏览次数：186
!a 字号：[大] [中] [小]　　分享到：微信 微博
{BODY}
!l 【上一条】玢岭镇民兵整组工作部署会召开
!l 【下一条】玢岭镇秋季森林防火宣传月启动
!m 玢岭镇人民政府主办　联系地址：玢岭镇府前路8号　电话：0575-8810 2231
""",
        body="""
今年以来，镇武装部在镇党委、政府领导下，扎实做好兵役登记、体检政审和役前教育等工作，圆满完成年度征兵任务。
一、主要数据
项目　计划数　完成数
兵役登记　420　436
上站体检　60　64
批准入伍　18　18
二、经验做法
⟦m 编辑：武装部　审核：方舒⟧一是宣传发动早，在各村张贴征兵公告，开展“光荣之家”走访。二是政审把关严，政审人员逐户走访，不漏一人。⟦a 点击收藏本文⟧
三、下步打算
继续做好退役军人接收安置和新兵家庭优待金发放工作。
""",
    ),
    dict(
        slug="news-html-egret-reserve-byline-24h",
        site="珑江日报网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.longjiangdaily.com.cn/shehui/2024-06/11/content_5521908.htm",
        title="璋田湿地白鹭数量创十年新高",
        record_title="璋田湿地白鹭数量创十年新高_珑江日报网",
        date="2024-06-11",
        notes="news portal, byline's 发布时间 is the date, photo caption chrome, 24-hour list; body speaks of 扫码 as its content",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>璋田湿地白鹭数量创十年新高_珑江日报网</title></head><body>
<div class="hd">⟦m 珑江日报网｜珑江新闻门户⟧ <a>⟦a 客户端下载⟧</a> <a>⟦m 数字报⟧</a></div>
<div class="nav">⟦m 要闻 · 社会 · 生态 · 县域 · 视频⟧</div>
<div class="crumb">⟦m 珑江日报网 > 社会 > 正文⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 发布时间：2024-06-11 08:05　来源：珑江日报　记者 宁绍清 通讯员 柯文⟧</div>
<figure><img src="/p/egret.jpg"><figcaption>⟦m 图为璋田湿地觅食的白鹭群。记者 宁绍清 摄⟧</figcaption></figure>
<div class="article">
{BODY}
</div>
<div class="editor">⟦m 【责任编辑：颜小棠】⟧</div>
<div class="share">⟦l 分享至：朋友圈　QQ空间　微博⟧</div>
<div class="rank"><h3>⟦l 24小时热读⟧</h3><ol><li>⟦l 城区两条主干道夜间施工⟧</li><li>⟦l 今夏首场强对流天气来袭⟧</li></ol></div>
<footer>⟦d 未经授权禁止转载、摘编、复制或建立镜像⟧　⟦m 互联网新闻信息服务许可证：33120180011⟧</footer>
</body></html>
""",
        body="""
本报讯　记者从璋田湿地保护站获悉，今年繁殖季湿地内白鹭数量达到3100余只，创下近十年新高。
保护站站长梁季平介绍，近年来湿地退塘还湿1200亩，鱼虾等食物明显增多，吸引白鹭前来筑巢。
为减少人为干扰，保护站在核心区设置了隔离带，游客可扫码预约观鸟时段，在指定观鸟台观赏。
""",
    ),
    dict(
        slug="news-text-kapok-festival-title-glued-lead",
        site="南潮新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="http://news.nanchao.cn/2025/0316/c2231-66104.html",
        title="琨水木棉花节开幕 首日迎客两万人次",
        record_title=None,
        date="2025-03-16",
        notes="title missing from record, printed twice and glued to the lead; 发布时间 line; 原标题 and editor lines as meta",
        page="""
!m 南潮新闻网
!m 首页 | 本地 | 文旅 | 民生
{T}
!m 2025年03月16日 19:42　发布时间以此为准　南潮新闻网-琨水频道
!a 听新闻　大字　小字
{T}{BODY}
!m 原标题：木棉红了 游人来了
!m （编辑：郁晚　校对：蔡远山）
!l 热门推荐：琨水古镇夜游线路开通　　春季赏花地图出炉
!d 南潮新闻网版权所有，转载请注明出处
""",
        body="""
3月16日，第六届琨水木棉花节在滨江木棉大道开幕，首日接待游客约2.1万人次。
本届花节持续至3月31日，设置木棉摄影展、非遗市集和夜间灯光秀等活动。
县文旅局提醒，花期正值雨季，游客出行请关注天气预报，注意交通安全。
""",
    ),
    dict(
        slug="forum-html-carillon-handbell-discuz-jammer",
        site="悦音手铃论坛 (invented)",
        style="论坛",
        genre="通知",
        kind="notice",
        form="html",
        source="https://bbs.yueyinbell.com/thread-40918-1-1.html",
        title="手铃合唱团秋季招新及排练安排的通知",
        record_title="手铃合唱团秋季招新及排练安排的通知 - 团务公告 - 悦音手铃论坛 - Powered by Discuz!",
        date="2024-08-30",
        notes="Discuz-like thread with jammer fonts, floor meta; 发表于 gives the date; signature and reply box chrome",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>手铃合唱团秋季招新及排练安排的通知 - 团务公告 - 悦音手铃论坛 - Powered by Discuz!</title></head><body>
<div id="toptb">⟦a 登录⟧ ⟦a 立即注册⟧ ⟦a 找回密码⟧</div>
<div id="nv">⟦m 悦音手铃论坛 › 社团专区 › 团务公告⟧</div>
<div class="ts"><h1>{T}</h1></div>
<div class="authi">⟦m 团长小林 发表于 2024-8-30 20:16 | 只看该作者 | 倒序浏览⟧</div>
<div class="pct"><div class="t_f">
{BODY}
</div></div>
<div class="sign">⟦l 签名：一铃一音，合而成乐⟧</div>
<div class="pob">⟦a 回复 支持 反对 举报⟧</div>
<div class="fastpost">⟦l 您需要登录后才可以回帖 登录 | 立即注册⟧</div>
<div id="ft">⟦m Powered by Discuz! X3.4 © 2001-2024 悦音手铃论坛⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=2),
        body="""
各位团员、铃友：
本团秋季招新开始啦。招新对象为本市18至60岁爱好音乐的朋友，无需基础，能识简谱即可。
报名时间：9月1日至9月15日。报名方式：在本帖回复姓名和联系电话，或到文化宫三楼排练室现场报名。
排练时间为每周六下午2点至4点半，铃具由团里统一保管，请勿带出排练室。
""",
    ),
    dict(
        slug="forum-text-debate-club-floors-junk",
        site="璐原高校生活论坛 (invented)",
        style="论坛",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://bbs.luyuanedu.net/read.php?tid=118204",
        title="辩论社一年：我学会了先听完别人说话",
        date=None,
        notes="forum post with junk lines and glued junk; relative time only (no date); floor meta and quick reply",
        page="""
!m 璐原高校生活论坛 » 社团天地 » 辩论社
!t 标题：辩论社一年：我学会了先听完别人说话
!m 楼主：蒲公英飞　发表于 昨天 22:47　[只看楼主] [复制链接]
{BODY}
!l ---------- 2楼 沙发 ----------
!l 写得真好，顶一个！
!a 快速回复　　[表情]　[提交]
""",
        junk=dict(lines=1, glued=2),
        body="""
加入辩论社已经一年了，想写点东西记录一下。
刚进社时，我总是急着反驳，对方话还没说完就在心里准备攻击点。结果一场比赛下来，常常答非所问。
学姐告诉我，辩论首先是倾听。后来我每次都先把对方的论点记下来，再想回应，反而越辩越清楚。
这一年我们打了十一场比赛，赢了六场。输的那几场，我收获更多。
""",
    ),
    dict(
        slug="blog-html-stone-rubbing-archive-tags",
        site="拓古斋博客 (invented)",
        style="博客",
        genre="心得体会",
        kind="other",
        form="html",
        source="https://tuoguzhai.blog.example-host.net/2024/05/stele-rubbing-notes.html",
        title="跟老师傅学拓片的三点体会",
        record_title="跟老师傅学拓片的三点体会 | 拓古斋",
        date="2024-05-21",
        notes="blog template with tag cloud, archive, recent comments; posted-on date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>跟老师傅学拓片的三点体会 | 拓古斋</title></head><body>
<header><h2 class="site">⟦m 拓古斋 — 一纸墨香留金石⟧</h2><nav>⟦m 首页 / 随笔 / 碑帖 / 关于我⟧</nav></header>
<article><h1>{T}</h1>
<div class="post-meta">⟦m 发表于 2024-05-21 · 分类：碑帖 · 阅读 312⟧</div>
{BODY}
<div class="post-tags">⟦l 标签：拓片 / 碑刻 / 手艺⟧</div>
<div class="post-nav">⟦l « 旧文：县博物馆碑廊一日⟧ ⟦l 新文：宣纸的选法 »⟧</div>
</article>
<aside><h3>⟦l 文章归档⟧</h3><ul><li>⟦l 2024年5月 (3)⟧</li><li>⟦l 2024年4月 (5)⟧</li></ul>
<h3>⟦l 最新评论⟧</h3><p>⟦l 石头记：老师傅的话很在理⟧</p></aside>
<footer>⟦d 本博客文字未经许可请勿转载⟧ ⟦m Theme by Ink｜Powered by Typecho⟧</footer>
</body></html>
""",
        body="""
上个月在琬溪文管所跟着胡师傅学了两周拓片，记下三点体会。
第一，上纸要平。纸一皱，字口就糊，胡师傅说“纸不平，心先乱”。
第二，扑墨要轻。墨包宁可多扑几遍，也不能一次蘸重，否则墨会渗进字口。
第三，敬畏碑石。每次动手前都要先看碑面有没有风化裂缝，宁可不拓，也不能伤碑。
""",
    ),
    dict(
        slug="blog-text-old-tree-survey-wrapped",
        site="青苔笔记 (invented)",
        style="博客",
        genre="调研报告",
        kind="report",
        form="text",
        source="http://qingtai.blogbus.example.org/logs/20230917.html",
        title="玳湖乡古树名木走访记录",
        date="2023-09-17",
        notes="hard-wrapped blog text; blog-archive meta; numbered list kept; date at the end as 记于",
        page="""
!m 青苔笔记 - 记录身边的老树和老房子
!t 玳湖乡古树名木走访记录
!m 分类：田野　|　标签：古树　|　评论(4)　|　阅读(219)
{BODY}
!a 转载　|　收藏　|　分享到微博
!l 上一篇：山里的老邮路　　下一篇：祠堂门口的两棵桂花
""",
        wrap=56,
        body="""
这个周末跟乡林业站的同志一起，走访了玳湖乡的八棵古树。
1. 上畈村樟树，树龄约520年，主干中空，已加装支撑架。
2. 下溪村银杏，树龄约380年，树旁新建护栏，长势良好。
3. 陈家坞枫香，树龄约260年，受白蚁危害，林业站已安排防治。
林业站的同志说，古树最怕的是根系周围被硬化，希望大家建房修路时给老树留一点土。
记于2023年9月17日
""",
    ),
]

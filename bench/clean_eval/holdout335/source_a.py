"""holdout335, part A: 范文 sites, 文库 previews, government portals, news portals, forums.

Invented text, sites, places and people; see ../README.md and ../build.py for the markup.
Every case written by hand.
"""

CASES = [
    dict(
        slug="fanwen-gengzi-speech-carrier-quality-gb2312",
        site="耕字范文网 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.gengzi365.com/jianghua/huiyi/2024/0603/51872.html",
        title="在全县婴幼儿用品质量安全提升工作会议上的讲话",
        record_title="【讲话素材库】在全县婴幼儿用品质量安全提升工作会议上的讲话（套上单位名就能用）_耕字范文网",
        date="2024-05-16",
        date_also=["2024-06-03"],
        notes="old gb2312 table page: marquee, font/background row, floating ghost-writer QQ box, visitor counter; "
        "date under the speech title, the site's posting date also accepted; speaker line neutral; a ghost-writer "
        "WeChat glued after a sentence and an 'expand the other piece' line between paragraphs",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【讲话素材库】在全县婴幼儿用品质量安全提升工作会议上的讲话（套上单位名就能用）_耕字范文网</title>
<link href="/css/style2008.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/count.asp?id=51872"></script>
</head><body topmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="300"><img src="/images/logo.gif" alt="">⟦m 耕字范文网⟧</td><td>⟦m 一笔一画耕好每一篇材料⟧</td><td align="right">⟦a <a href="#">设为首页</a> | <a href="#">加入收藏</a>⟧</td></tr>
</table>
<table width="960" align="center" class="nav"><tr>
<td><a href="/">⟦m 网站首页⟧</a></td><td><a href="/jianghua/">⟦m 讲话致辞⟧</a></td><td><a href="/zongjie/">⟦m 总结汇报⟧</a></td><td><a href="/fangan/">⟦m 方案计划⟧</a></td><td><a href="/xinde/">⟦m 心得感悟⟧</a></td>
</tr></table>
<table width="960" align="center"><tr><td><marquee scrollamount="3">⟦m 耕字公告：本站新开“婴童用品监管”范文小专栏，投稿一经采用赠送三十天会员⟧</marquee></td></tr></table>
<table width="960" align="center"><tr>
<td width="680" valign="top">
<div class="weizhi">⟦m 您所在位置：耕字范文网 &gt;&gt; 讲话致辞 &gt;&gt; 监管工作会议讲话⟧</div>
<table width="100%"><tr><td class="biaoti" align="center"><h1>{T}</h1></td></tr>
<tr><td align="center" class="xinxi">⟦m 发布日期：2024-06-03　栏目：讲话致辞　人气：1864⟧</td></tr>
<tr><td align="center">⟦a 【字号：大 中 小】【底色：米黄 豆绿 素白】⟧</td></tr></table>
<div class="neirong">
<p align="center">（2024年5月16日）</p>
<p align="center">沽阳县人民政府副县长　覃明远</p>
{BODY}
</div>
<table width="100%"><tr><td>⟦a 【一键复制本文】【下成Word】【打印本页】⟧</td></tr>
<tr><td>⟦l 上一篇：乡镇母婴店规范经营座谈会发言提纲⟧</td></tr>
<tr><td>⟦l 下一篇：在婴童用品抽检结果通报会上的讲话⟧</td></tr></table>
</td>
<td width="270" valign="top" class="youce">
<table width="100%"><tr><td class="lanmu">⟦l 讲话致辞排行⟧</td></tr>
<tr><td>⟦l ·市场监管所长年度会议讲话稿⟧</td></tr>
<tr><td>⟦l ·质量月活动启动仪式致辞⟧</td></tr>
<tr><td>⟦l ·消费维权座谈会主持词（两篇）⟧</td></tr></table>
</td></tr></table>
<div id="qqfloat" style="position:fixed;right:5px;top:200px">⟦w 写作咨询QQ：2875501346 工作日在线⟧</div>
<table width="960" align="center" class="foot"><tr><td align="center">
⟦d 耕字范文网所载文章均来自会员上传，仅作写作参考，引用请自行核对⟧<br>
⟦m 您是本站第 0238761 位访客⟧<br>
⟦m Copyright 2008-2024 gengzi365.com 湘ICP备10027461号⟧
</td></tr></table>
</body></html>
""",
        body="""
同志们：
今天召开全县婴幼儿用品质量安全提升工作会议，重点研究婴儿背带等背带类产品的质量安全问题。去年以来，县市场监管局在抽检中发现部分背带存在卡扣强度不足、腰带缝线开线等问题，有的网店产品连执行标准都标不出来。这些问题看似细小，却直接关系到孩子的生命安全，必须引起高度重视。⟦w 材料代笔找耕字，微信 gengzi_wb66⟧
一、摸清底数，建立生产销售台账。各乡镇要会同市场监管所，对辖区内生产、批发、零售婴儿背带的主体逐户登记，六月底前完成台账建设。
⟦a 本页为范文1，点此展开阅读范文2⟧
二、严格抽检，守住质量底线。今年全县计划抽检背带类产品60批次，重点检测卡扣、肩带和腿围开口，对不合格产品一律下架并追溯源头。
三、加强宣传，引导科学使用。妇联、卫健部门要把背带的正确用法纳入新手父母课堂，提醒家长做到孩子的脸“看得见、亲得到”。
同志们，孩子的安全无小事。希望大家各司其职、密切配合，把这项工作抓实抓细。
""",
    ),
    dict(
        slug="fanwen-hemiao-insight-food-scissors-title-line",
        site="禾苗范文站 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.hemiaofw.cn/xinde/peixun/20931.html",
        title="参加婴幼儿辅食添加指导培训的心得体会",
        record_title=None,
        date=None,
        notes="no title in the record: the page's title line carries a 〔热荐〕 tag; no date (only '2 天前更新'); "
        "a ghost-writer prompt glued after a sentence, a like/collect row between paragraphs",
        page="""
!m 禾苗范文站 · 写材料不求人
!m 当前：首页 / 心得体会 / 培训心得
!t 〔热荐〕参加婴幼儿辅食添加指导培训的心得体会
!m 整理：小禾　阅读 4128　2 天前更新
{BODY}
!a 全文已显示完毕，需要Word文档请点此获取（会员免费）
!l 同类推荐
!l ▪ 育婴员岗前培训心得三篇
!l ▪ 托育机构保健员学习体会
!d 禾苗范文站文章为网友投稿整理，仅供借鉴，转载请注明来自禾苗。
!m 禾苗范文站　备案号：桂ICP备21009347号
""",
        indent="\u3000\u3000",
        body="""
上个月，我参加了县妇幼保健院举办的婴幼儿辅食添加指导培训。三天的课程不长，却让我这个做了五年保育员的“老手”重新认识了辅食这件小事。
第一点体会，是工具也要讲科学。过去我们剪面条、剪青菜都用一把普通剪刀，老师专门讲了辅食剪的选用：刀刃要用食品级不锈钢，刀头最好是圆头，手柄不能有藏污的缝隙。一把小小的辅食剪，用不对就可能成了细菌的“中转站”。⟦w 需要定制心得的朋友可私信站长，微信hm_wenan⟧
⟦a 点赞 36　收藏本篇　举报⟧
第二点体会，是卫生习惯要落到每一餐。培训回来，我们班把辅食剪和成人剪刀分开存放，每餐用后沸水烫洗、晾干，登记在消毒记录本上。
第三点体会，是要多和家长沟通。不少家长把食物剪得过碎，孩子到一岁半还不会咀嚼。我准备在下次家长会上，把老师教的按月龄调整颗粒大小的方法讲给大家听。
这次培训让我明白，照护孩子没有小事，细节做到位，孩子才能吃得安全、长得健康。
""",
    ),
    dict(
        slug="wenku-zhanqiao-research-door-sensor-marker-paras",
        site="栈桥文库 (invented, 文库 reader)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.zhanqiaowk.com/view/8c41d0a7e3.html",
        title="关于老旧小区独居老人智能门磁使用情况的调研报告",
        record_title="〖调研精选〗关于老旧小区独居老人智能门磁使用情况的调研报告（5页完整版）- 栈桥文库",
        date="2024-08-22",
        notes="文库 reader: viewer toolbar, page-marker paragraphs ⯪ n ⯫ cutting sentences, a coin paywall; "
        "decimal headings 1.1–2.2; 成文日期 under the signature; upload stamp no date",
        page="""
<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8">
<title>〖调研精选〗关于老旧小区独居老人智能门磁使用情况的调研报告（5页完整版）- 栈桥文库</title>
<script src="//static.zhanqiaowk.com/reader/v3/viewer.min.js"></script>
</head><body>
<header class="wk-top"><a class="logo" href="/">⟦m 栈桥文库⟧</a><form class="search"><input placeholder="搜文档"><button>⟦a 搜一下⟧</button></form><a href="/vip">⟦a 开通栈桥月卡⟧</a> <a href="/login">⟦a 登录⟧</a></header>
<nav class="crumb">⟦m 栈桥文库 › 行业资料 › 社会保障 › 养老服务⟧</nav>
<main class="doc">
<h1 class="doc-title">{T}</h1>
<div class="doc-meta">⟦m 上传者：lin_xiaoqiao　上传于 2024-09-11　5页　浏览 902　下载 37⟧</div>
<div class="viewer-bar">⟦a 适应宽度 | 上一页 下一页 | 全屏阅读 | 下载文档⟧</div>
<div class="reader">
{BODY}
</div>
<div class="pay-mask">⟦a 余下2页已折叠，付8个栈桥币或开通月卡即可继续阅读⟧</div>
<div class="rel"><h3>⟦l 读过这篇的人还看了⟧</h3>
<a>⟦l 社区居家养老服务设施配置情况调研⟧</a>
<a>⟦l 独居老人关爱巡访制度落实情况报告⟧</a></div>
</main>
<footer>⟦d 栈桥文库所有文档均由用户上传分享，文库不对内容作任何保证，侵权请提交申诉⟧ ⟦m 浙ICP备19041322号-3⟧</footer>
</body></html>
""",
        pages=dict(fmt="⯪ {n} ⯫", every=110, start=2),
        p_html='<p class="wk-p">{}</p>',
        body="""
今年6月至7月，县民政局会同县老龄办，对城区12个老旧小区安装智能门磁的独居老人家庭开展了专题调研，入户走访186户，召开座谈会4场。现将有关情况报告如下。
1.基本情况
1.1安装情况。截至7月底，12个小区共为独居老人安装门磁412套，其中由政府购买服务安装356套，子女自费安装56套。
1.2运行情况。门磁连续24小时未开合即向社区网格员手机推送提醒，半年来共推送提醒97次，及时发现老人在家摔倒等情况5起。
2.存在的问题
2.1误报较多。部分老人习惯白天开着门，门磁长时间不动作，被误判为异常。
2.2维护不到位。约三成设备电池电量不足，个别门磁因门框变形脱落后无人更换。
下一步，建议将门磁维护纳入社区网格员日常巡访内容，并为老人提供“外出报备”按键，减少误报。
沽阳县民政局调研组
2024年8月22日
""",
    ),
    dict(
        slug="wenku-dieye-plan-end-caps-wrapped-glued-markers",
        site="叠页文库 (invented, text preview)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://dieye.wenku.cc/p/5520814.html",
        title="住宅小区晾衣杆堵头脱落隐患排查整治工作方案",
        record_title="住宅小区晾衣杆堵头脱落隐患排查整治工作方案.pdf",
        date="2024-04-10",
        notes="file-name title (.pdf); text hard-wrapped at 62 columns and cut by ⩶n⩶ markers glued to the "
        "continuation line; 成文日期 in Chinese numerals under the signature; preview-end prompt",
        page="""
!m 叠页文库 — 文档一页一页看
!t 住宅小区晾衣杆堵头脱落隐患排查整治工作方案.pdf
!m 格式：PDF　页数：4　大小：213KB　贡献者：物业小管家
!a 预览模式 ▸ 仅显示前3页，完整版请下载（12积分）
{BODY}
!a 预览到此为止 ▸ 继续阅读需下载原文件
!l 相关文档：高空坠物隐患排查整改台账 ｜ 物业安全巡查工作方案（3篇）
!d 叠页文库文档版权归上传者所有，本站仅提供存储与预览服务
""",
        wrap=62,
        indent="\u3000\u3000",
        pages=dict(fmt="⩶{n}⩶", every=110, start=2, glue=True),
        body="""
近期，我镇个别小区发生阳台晾衣杆堵头松脱坠落的情况，虽未造成人员伤亡，但暴露出高空坠物隐患不容忽视。为切实消除隐患，制定本方案。
一、排查范围。全镇所有住宅小区的阳台外挑晾衣杆、升降晾衣架及楼道公共晾晒设施。
二、排查内容。重点查看晾衣杆两端堵头是否缺失、开裂、老化，堵头与杆体连接是否牢固，固定螺丝有无锈蚀松动。
三、整治措施。物业服务企业对排查出的问题逐户建立台账，堵头缺失或老化的，免费为住户更换橡胶防脱堵头；属住户自装设施的，书面告知限期整改。
四、时间安排。4月15日至5月15日为排查整改阶段，5月下旬镇规划建设办组织抽查验收。
垛口镇人民政府
二〇二四年四月十日
""",
    ),
    dict(
        slug="gov-qixi-notice-door-sensor-index-table",
        site="亓溪县人民政府网 (invented, modern county portal)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.qixi.gov.cn/zwgk/tzgg/202407/t20240715_88213.html",
        title="关于为辖区独居老人免费安装智能门磁的通知",
        record_title="关于为辖区独居老人免费安装智能门磁的通知_民生实事公告_亓溪县人民政府网",
        date="2024-07-12",
        date_also=["2024-07-15"],
        notes="county portal: 长辈版/读屏 links, 索引号 table (文号 cell unmarked, neutral), 纠错 line and 12345; "
        "the notice's own 联系人/电话 and 附件 list; 抄送 and 印发 lines in the body; site date also accepted",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>关于为辖区独居老人免费安装智能门磁的通知_民生实事公告_亓溪县人民政府网</title>
<meta name="ArticleTitle" content="关于为辖区独居老人免费安装智能门磁的通知">
<script src="/static/js/jquery.min.js"></script>
</head><body>
<div class="topbar"><span>⟦m 亓溪县人民政府网⟧</span> <a>⟦a 长辈版⟧</a> <a>⟦a 读屏专用⟧</a> <a>⟦a 简/繁⟧</a> <a>⟦a 无障碍⟧</a></div>
<nav class="mainnav"><a>⟦m 首页⟧</a><a>⟦m 政务公开⟧</a><a>⟦m 政务服务⟧</a><a>⟦m 互动交流⟧</a><a>⟦m 走进亓溪⟧</a></nav>
<div class="loc">⟦m 当前位置：首页 &gt; 政务公开 &gt; 通知公告⟧</div>
<table class="xxgk-table">
<tr><td>⟦m 索引号：11330127MB1C42XX/2024-00413⟧</td><td>⟦m 公开方式：主动公开⟧</td></tr>
<tr><td>⟦m 发布机构：亓溪县人民政府办公室⟧</td><td>⟦m 成文日期：2024-07-12⟧</td></tr>
<tr><td>亓政办发〔2024〕27号</td><td>⟦m 发布日期：2024-07-15⟧</td></tr>
</table>
<article>
<h1>{T}</h1>
<div class="art-tool">⟦a 字号 大 中 小 ｜ 打印正文 ｜ 关闭本页⟧</div>
{BODY}
</article>
<div class="share">⟦l 分享至：微信 微博 QQ空间⟧</div>
<div class="relate"><h4>⟦l 相关公开信息⟧</h4><ul>
<li>⟦l 亓溪县2024年居家养老服务补贴发放公示⟧</li>
<li>⟦l 关于开展独居老人定期探访工作的通知⟧</li></ul></div>
<footer>
<p>⟦m 主办：亓溪县人民政府办公室　承办：亓溪县大数据发展中心⟧</p>
<p>⟦m 网站纠错热线：0571-64218800　政务服务便民热线：12345⟧</p>
<p>⟦m 浙ICP备05019387号　浙公网安备33012702000411号　网站标识码3301270008⟧</p>
</footer>
<script>var _maq = _maq || []; _maq.push(['_setAccount','qixi-gov']);</script>
</body></html>
""",
        body="""
各乡镇人民政府、街道办事处，县级有关单位：
为防范独居老人居家意外风险，县政府决定将“独居老人智能门磁安装”列入今年民生实事项目。现将有关事项通知如下。
一、安装对象。辖区内年满70周岁、独自居住的老年人，优先安排高龄、失能和低保家庭老人。
二、安装方式。由县民政局统一采购，社区组织上门安装，每户安装门磁1套、紧急呼叫按钮1个，老人不承担任何费用。
三、工作要求。各乡镇（街道）要于7月31日前摸清对象底数，8月底前完成安装，并指定专人接收门磁异常提醒。
联系人：县民政局养老服务科　蒋晓岚，联系电话：0571-64213375。
附件：1.独居老人智能门磁安装对象登记表
2.门磁异常提醒处置流程
亓溪县人民政府办公室
2024年7月12日
抄送：县委办公室，县人大常委会办公室，县政协办公室。
亓溪县人民政府办公室　2024年7月12日印发
""",
    ),
    dict(
        slug="gov-guyang-bulletin-end-caps-record-title",
        site="沽阳县住房和城乡建设局 (invented)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="text",
        source="http://zjj.guyang.gov.cn/art/2024/6/20/art_1428_97741.html",
        title="关于高层住宅晾衣杆堵头缺失问题排查情况的通报",
        date="2024-06-18",
        date_also=["2024-06-20"],
        notes="record title as is; a 文号 line neutral; the bureau's own 联系电话 beside the portal's 纠错 line; "
        "an 'interpretation' link between paragraphs; 抄送 line; page date also accepted",
        page="""
!m 沽阳县住房和城乡建设局
!m 首页 > 信息公开 > 工作动态 > 通知通报
{T}
沽建通〔2024〕15号
!m 信息来源：房产管理科　发布日期：2024-06-20　浏览次数：371
!a 【大字】【标准】【打印】【关闭】
{BODY}
!l 【政策解读】一图读懂高空坠物隐患排查要点
!m 网站纠错电话：0553-7260041（工作日）
!m 主办单位：沽阳县住房和城乡建设局　技术支持：沽阳县信息中心
""",
        indent="\u3000\u3000",
        body="""
各物业服务企业：
5月下旬至6月上旬，我局组织对全县37个高层住宅小区的阳台晾衣杆及堵头开展了专项排查。现将排查情况通报如下。
一、总体情况。共排查住户8912户，发现晾衣杆堵头缺失412处、老化开裂276处，已整改531处，整改率77.2%。
⟦l 延伸阅读：物业服务企业安全检查指引⟧
二、存在问题。部分物业企业对外挑晾衣杆不闻不问，认为是业主自有设施；个别小区堵头用胶带临时缠绕，存在二次脱落风险。
三、下一步要求。各物业企业要在6月30日前完成全部整改，整改情况报我局房产管理科。联系电话：0553-7263318。
沽阳县住房和城乡建设局
2024年6月18日
抄送：县应急管理局，各街道办事处。
""",
    ),
    dict(
        slug="news-gengzhou-carrier-class-photo-captions",
        site="庚州新闻网 (invented, city news portal)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.gengzhou.com.cn/shehui/2024-03/28/content_7718251.htm",
        title="市妇幼保健院开设“背带课堂” 手把手教新手爸妈安全背娃",
        record_title="市妇幼保健院开设“背带课堂” 手把手教新手爸妈安全背娃_城事民生_庚州新闻网",
        date="2024-03-28",
        notes="news portal: app prompt, listen button, photo captions between paragraphs, an editor line glued "
        "after the last paragraph, 24-hour list; the byline's 发布时间 is the page's date",
        page="""
<!doctype html>
<html><head><meta charset="utf-8">
<title>市妇幼保健院开设“背带课堂” 手把手教新手爸妈安全背娃_城事民生_庚州新闻网</title>
<script async src="https://ad.gengzhou.com.cn/slot.js"></script>
</head><body>
<div class="hd"><a class="logo">⟦m 庚州新闻网⟧</a><span>⟦m 庚州日报社主管主办⟧</span><a class="app">⟦a 下载庚州新闻客户端⟧</a></div>
<ul class="channel"><li>⟦m 时政⟧</li><li>⟦m 民生⟧</li><li>⟦m 区县⟧</li><li>⟦m 视听⟧</li></ul>
<div class="pos">⟦m 庚州新闻网 &gt; 民生频道 &gt; 正文⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 发布时间：2024-03-28 09:42　来源：庚州日报　记者 贺岑⟧</div>
<div class="listen">⟦a ▶ 听新闻⟧</div>
<div class="article">
{BODY}
</div>
<div class="h24"><h3>⟦l 二十四小时热读⟧</h3>
<p>⟦l 囤山区新增三处母婴室⟧</p><p>⟦l 庚州地铁二号线四月试运行⟧</p></div>
<div class="ft">⟦d 凡注明“来源：庚州日报”的作品，未经授权不得转载、摘编⟧<br>⟦m 庚州新闻网版权所有　新闻热线：0728-3316699⟧</div>
</body></html>
""",
        body="""
“肩带要调到能亲到宝宝头顶，腿要呈M形……”3月26日上午，市妇幼保健院三楼的“背带课堂”里，护士长邹晓棠一边示范，一边给十几位新手爸妈讲解婴儿背带的正确用法。
据介绍，近年来婴儿背带越来越受年轻家长欢迎，但使用不当导致孩子髋关节受压、背带卡扣松脱等情况时有发生。为此，市妇幼保健院从3月起每周二开设“背带课堂”，免费向孕产妇家庭开放。
⟦m 图为护士长邹晓棠为家长示范背带调节方法。记者 贺岑 摄⟧
课堂上，工作人员准备了不同款式的背带和仿真娃娃，家长们轮流上手练习。刚当上爸爸的小金说：“以前总觉得背带随便一背就行，今天才知道腰带高度、肩带松紧都有讲究。”
该院儿童保健科主任表示，下一步还将把背带使用指导纳入产后访视内容，让更多家庭学会科学育儿。⟦m （编辑：蔺楠　审核：褚岚）⟧
""",
    ),
    dict(
        slug="news-danshui-pacifier-spotcheck-table-record",
        site="郸水融媒 (invented, county media centre)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.danshuirm.cn/xw/bdxw/202409/t20240905_41173.shtml",
        title="郸水县抽检安抚奶嘴12批次 2批次不合格",
        record_date="2024-09-05",
        date="2024-09-05",
        notes="record title and date as is; a data table (one row a paragraph, ideographic spaces); "
        "an app prompt glued before the lead; photo-free news with a source/editor line at the bottom",
        page="""
!m 郸水融媒 · 郸水县融媒体中心
!m 首页 ｜ 本地新闻 ｜ 政务 ｜ 民生 ｜ 视频
{T}
!m 2024-09-05 16:20　来源：郸水融媒　作者：宁语溪
{BODY}
!m 责任编辑：管一帆　值班总编：卓岩
!l 相关新闻：县市场监管局开展“开学季”文具抽检
!l 相关新闻：母婴店“三无”产品专项整治启动
!a 分享到 ▏朋友圈 ▏微博 ▏复制链接
!m 郸水融媒版权所有　新闻爆料：0319-8812345
""",
        body="""
⟦a 打开郸水融媒APP，阅读体验更佳⟧本报讯　近日，县市场监管局公布了婴幼儿安抚奶嘴产品质量专项抽检结果，共抽检县内商超、母婴店销售的安抚奶嘴12批次，检出不合格产品2批次。
抽检结果如下：
抽检项目　批次　不合格批次
奶嘴拉力　12　1
挥发性物质　12　0
标志和说明　12　1
据了解，不合格项目主要为奶嘴拉力不达标和未按规定标注适用月龄。奶嘴拉力不足，孩子吸吮时奶嘴头可能脱落，存在窒息风险。
县市场监管局提醒，家长选购安抚奶嘴时要查看产品标识，使用前用力拉一拉奶嘴头，发现裂口、变黏要立即更换。对不合格产品，县市场监管局已责令经营者下架，并依法立案调查。
""",
    ),
    dict(
        slug="forum-naipingshu-pacifier-weaning-jammer",
        site="奶瓶树育儿论坛 (invented, Discuz-style)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.naipingshu.com/thread-260417-1-1.html",
        title="宝宝离不开安抚奶嘴怎么办？分享我家戒奶嘴的经过",
        record_title="[育儿经验] 宝宝离不开安抚奶嘴怎么办？分享我家戒奶嘴的经过（干货） - 奶嘴安抚区 - 奶瓶树育儿论坛",
        date=None,
        notes="Discuz-like page with jammer fonts (junk glued and on lines of their own), rating row, signature; "
        "a 1. 2. 3. list in the post; only a relative post time (3 天前): no date",
        page="""
<html><head><meta charset="gbk">
<title>[育儿经验] 宝宝离不开安抚奶嘴怎么办？分享我家戒奶嘴的经过（干货） - 奶嘴安抚区 - 奶瓶树育儿论坛</title>
<style>.jammer{font-size:0;color:#fff}</style>
</head><body>
<div id="toptb">⟦m 奶瓶树育儿论坛⟧ <a>⟦a 登录⟧</a> <a>⟦a 立即注册⟧</a> <a>⟦a 找回密码⟧</a></div>
<div id="pt">⟦m 奶瓶树 › 育儿交流 › 奶嘴安抚区 › 帖子详情⟧</div>
<div class="hm">⟦m 浏览：5307 ｜ 回复：48⟧</div>
<table class="plhin"><tr>
<td class="pls"><div class="pi">⟦m 果果妈2021⟧</div><div>⟦m 积分 2216　帖子 317　精华 3⟧</div></td>
<td class="plc">
<h1><span id="thread_subject">{T}</span></h1>
<div class="authi">⟦m 楼主　发表于 3 天前　只看楼主⟧</div>
<div class="t_fsz"><table><tr><td class="t_f">
{BODY}
</td></tr></table></div>
<div class="rate">⟦a 评分 参与人数 6　奶瓶 +18　收起理由⟧</div>
<div class="sign">⟦l 签名：带娃是场修行，我在修行的路上⟧</div>
<div class="po">⟦a 回复 引用 收藏 举报⟧</div>
</td></tr></table>
<div id="f_pst">⟦a 发帖前请先阅读版规，登录后才能参与讨论⟧</div>
<div id="ft">⟦m 奶瓶树育儿论坛 ( 闽ICP备17008862号 ) Powered by Discuz! X3.4⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
我家闺女从满月起就用安抚奶嘴，到两岁多还是睡觉必须叼着，牙医说再不戒会影响牙齿咬合。前后折腾了一个多月，总算戒掉了，说说我们的做法，给姐妹们参考。
1.白天先戒。白天玩的时候把奶嘴收起来，她要的时候就转移注意力，带她去楼下玩沙子、看小狗。
2.睡前讲“奶嘴仙子”的故事。告诉她奶嘴要送给更小的宝宝，让她自己把奶嘴放进信封里。
3.夜里多抱一抱。头几晚哭得厉害，我和她爸轮流抱着哄，一周后就能自己入睡了。
最重要的是别心软，一旦戒了就不要再拿出来。每个孩子情况不一样，大家量力而行。
""",
    ),
    dict(
        slug="forum-zhiju-door-sensor-false-alarm-junk-text",
        site="智居极客论坛 (invented, smart-home forum)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="https://bbs.zhijugeek.net/t/58817",
        title="门磁老是误报，折腾一周总结出的几个原因",
        record_title=None,
        date=None,
        notes="no title in the record: the thread subject is found on the page with a [经验] tag and a reply "
        "count; forum junk as lines and glued after 。; only 昨天 times: no date",
        page="""
!m 智居极客论坛 › 传感器与安防 › 门窗传感器
!t [经验] 门磁老是误报，折腾一周总结出的几个原因 [复制链接]
!m 拧螺丝的阿海　昨天 23:07　来自 网页版
{BODY}
!l 沙发　小米粒儿：收藏了，我家也是东北风一刮就报警
!l 板凳　半杯凉茶：第三条太真实了，我门缝贴了个泡棉就好了
!a 登录智居极客，和十万玩家一起折腾
!m 智居极客论坛 © 2015-2024　京ICP备16052210号
""",
        junk=dict(lines=2, glued=2),
        body="""
家里装了六个门磁，上周开始半夜老报警，说阳台门被打开，实际上门关得好好的。查了一周，总结几个原因，给遇到同样问题的朋友参考。
第一，磁铁和主体间距太大。说明书要求间距不超过15毫米，我阳台那个装的时候没对齐，刮大风门一晃就超距了。
第二，电池快没电。电量低的时候信号不稳，网关会误判。换了新电池以后，卧室那个再没报过。
第三，门框变形。老房子的木门夏天受潮会膨胀，门关不严，磁铁就对不上。
最后提醒一句，门磁装在门的上沿比装在侧边误报少，装之前先用胶带贴着试两天再打孔。
""",
    ),
]

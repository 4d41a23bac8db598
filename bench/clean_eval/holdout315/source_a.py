"""holdout315, part A: 范文站, 文库预览, 政府门户, 新闻门户, 论坛 (one HTML and one text each).

Invented text, sites, places, people and numbers; see ../README.md and ../build.py for the markup.
Objects: drain plugs (下水塞), steamer racks (蒸架), sushi mats (寿司帘), egg racks (蛋架), safety gates (安全门栏).
"""

CASES = [
    dict(
        slug="fanwen-zhiqiu-speech-drain-plug-gb2312",
        site="知秋范文网 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.zhiqiufw.com/jianghua/huiyi/2025/0321/40772.html",
        title="在全县老旧小区厨卫“防返味”下水塞换装工作部署会上的讲话",
        record_title="【讲话稿·会场篇】在全县老旧小区厨卫“防返味”下水塞换装工作部署会上的讲话（会上可直接念）_知秋范文网",
        date="2025-03-18",
        date_also=["2025-03-21"],
        notes="old gb2312 table layout: marquee, font row, floating ghost-writer QQ box, visitor counter; "
        "date under the speech title differs from the page's 发布时间; speaker line neutral; "
        "a ghost-writer WeChat id glued after a 。",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【讲话稿·会场篇】在全县老旧小区厨卫“防返味”下水塞换装工作部署会上的讲话（会上可直接念）_知秋范文网</title>
<script language="javascript" src="/js/float.js"></script>
<style>td{font-size:12px}</style>
</head><body topmargin="0">
<table width="960" align="center" cellpadding="0" cellspacing="0"><tr>
<td class="logo">⟦m 知秋范文网⟧</td>
<td class="slogan">⟦m 笔下有春秋·材料不求人⟧</td>
<td align="right"><a href="#">⟦a 设为首页 | 加入收藏⟧</a></td>
</tr></table>
<table width="960" align="center" class="nav"><tr>
<td><a href="/">⟦m 网站首页⟧</a></td><td><a href="/jianghua/">⟦m 讲话稿⟧</a></td><td><a href="/zongjie/">⟦m 工作总结⟧</a></td><td><a href="/fangan/">⟦m 活动方案⟧</a></td><td><a href="/xinde/">⟦m 心得体会⟧</a></td>
</tr></table>
<marquee scrollamount="3">⟦m 知秋范文网建站十周年，新会员注册即赠送30点下载积分⟧</marquee>
<table width="960" align="center"><tr><td width="700" valign="top">
<div class="weizhi">⟦m 您的位置：知秋范文网 → 讲话稿 → 会议讲话⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 发布时间：2025-03-21　来源：会员投稿　人气：1376⟧</div>
<div class="zihao">⟦a 〖字号调节：特大 默认 偏小〗⟧</div>
<p class="date" align="center">（2025年3月18日）</p>
<p class="speaker" align="center">县住房和城乡建设局局长　邬明哲</p>
<div id="content">
{BODY}
</div>
<div class="down">⟦a 下载本篇需消耗3点积分，年费会员不限次数⟧</div>
<div class="sxp">⟦l 上一篇：在全县城镇燃气安全专项整治推进会上的讲话⟧<br>⟦l 下一篇：物业服务质量提升年活动动员讲话⟧</div>
</td><td width="250" valign="top">
<div class="box"><b>⟦l 本周讲话排行⟧</b>
<li>⟦l 1. 老旧小区改造工作会议讲话稿⟧</li>
<li>⟦l 2. 城市更新项目推进会主持词⟧</li>
<li>⟦l 3. 住建系统作风建设大会讲话⟧</li></div>
</td></tr></table>
<div id="qqfloat">⟦w 材料代写找秋秋　QQ：2736514098⟧</div>
<table width="960" align="center" class="foot"><tr><td>
⟦d 本站稿件多为会员上传，仅作写作参考，请勿原文照搬⟧<br>
⟦m Copyright©2015-2025 zhiqiufw.com 蜀ICP备15020937号⟧<br>
⟦m 您是本站第 0842531 位访问者⟧
</td></tr></table>
</body></html>
""",
        body="""
同志们：
今天召开这次会议，主要是部署全县老旧小区厨卫“防返味”下水塞换装工作。去年，县住建局在橙溪街道试点换装防臭下水塞1860个，住户反映厨房、卫生间返味的问题明显减少，这件小事办到了群众的心坎上。下面，我讲三点意见。
一、摸清底数。各街道要在4月10日前完成入户排查，逐户登记地漏、洗菜池下水塞的型号和损坏情况，做到不漏一户、不少一处。⟦w 整篇讲话代写请加微信 zq_wen2025⟧
二、统一标准。换装的下水塞必须是带翻板或弹簧密封结构的防臭产品，材质为不锈钢或铜，由县住建局统一公布推荐型号，严禁以次充好、坐地加价。
三、强化监督。每个小区要公示施工单位和投诉电话，换装完成后由住户签字确认，县里将按10%的比例随机回访，回访不满意的要返工。
同志们，下水塞虽小，连着千家万户的日子。希望大家把这件实事办实办好！
""",
    ),
    dict(
        slug="fanwen-xingtan-insight-safety-gate-no-title",
        site="杏坛范文库 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.xtfanwen.net/xinde/peixun/58310.html",
        title="参加托育机构婴幼儿安全门栏安装培训的心得体会",
        record_title=None,
        date=None,
        notes="no title in the record: the title line on the page; a member-unlock line between paragraphs; "
        "an update stamp in relative time is no date",
        page="""
!m 杏坛范文库 — 心得不发愁，杏坛帮你写
!m 位置：首页 » 心得体会 » 培训心得
{T}
!m 投稿：佚名　　浏览：2318　　更新：3 天前
!a 〔复制全文〕〔生成Word〕〔收进我的文件夹〕
{BODY}
!w 需要量身定制心得体会，请加编辑微信 xingtan_678
!l 同类推荐
!l 保育员岗位培训心得体会（三篇合集）
!l 托育机构安全管理自查报告范本
!d 声明：本站范文由网友整理发布，若涉及版权问题请邮件告知，核实后即撤下。
!m 杏坛范文库 xtfanwen.net　湘ICP备2021008873号
""",
        indent="\u3000\u3000",
        body="""
上周，我作为琳湾镇“小橡果”托育园的保育员，参加了县卫健局组织的婴幼儿安全防护培训，其中安全门栏的选择和安装是重点内容。两天的学习让我收获很多。
一是认识到门栏不是装上就行。培训老师说，门栏高度不低于76厘米，栏杆间距不能超过6.5厘米，否则孩子的头可能卡进去。回园后我量了一下，有一道门栏的间距达到7厘米，已经报告园长更换。
⟦a 余下内容仅对会员开放，开通后可整篇复制⟧
二是认识到楼梯口要用打孔固定式。压力式门栏靠顶住墙面固定，孩子用力推搡容易松动，楼梯上口必须用螺丝固定的门栏。
三是认识到每天检查比安装更重要。今后我会在晨检时顺手推一推门栏、看一看锁扣，把隐患消灭在孩子碰到之前。
""",
    ),
    dict(
        slug="wenku-yunji-survey-sushi-mat-pdf-markers",
        site="云笈文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://wenku.yunjidoc.com/view/8c2f71e0a93d.html",
        title="关于全市日料门店寿司帘卫生状况的调研报告",
        record_title="关于全市日料门店寿司帘卫生状况的调研报告.pdf",
        date="2025-05-12",
        notes="文库 reader: viewer toolbar, page-marker paragraphs ⛛ n ⛛ cutting sentences, a monthly-card lock "
        "and a pay box; a data table one row a paragraph; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>关于全市日料门店寿司帘卫生状况的调研报告.pdf - 云笈文库</title>
<link rel="stylesheet" href="//static.yunjidoc.com/reader/v3.css">
<script src="//static.yunjidoc.com/reader/v3.js"></script>
</head><body>
<header class="yj-top"><a class="logo">⟦m 云笈文库⟧</a><nav>⟦m 精品文档⟧ ⟦m 行业资料⟧ ⟦m 办公模板⟧</nav><a class="login">⟦a 登录 / 注册⟧</a></header>
<div class="yj-crumb">⟦m 云笈文库 › 行业资料 › 食品安全⟧</div>
<h1 class="yj-title">{T}</h1>
<div class="yj-meta">⟦m 4.6分　1.2万次阅读　共4页　上传于2025-05-30⟧</div>
<div class="yj-toolbar">⟦a 适合宽度　放大　缩小　全屏阅读⟧</div>
<div class="yj-reader">
{BODY}
</div>
<div class="yj-lock">⟦a 开通云笈月卡，本篇及百万文档免费读⟧</div>
<div class="yj-pay">⟦a 剩余2页未显示，支付4.8元即可下载完整PDF⟧</div>
<div class="yj-upload">⟦d 本资料由上传者提供并负责，云笈文库仅提供存储与展示，如有侵权请提交申诉⟧</div>
<aside class="yj-rel"><h4>⟦l 看过本文的人还在看⟧</h4>
<a>⟦l 餐饮环节竹木器具使用情况调查⟧</a>
<a>⟦l 日料店后厨卫生管理制度（可编辑）⟧</a></aside>
<footer>⟦m © 2025 云笈文库 yunjidoc.com　京ICP备19004127号-3⟧</footer>
</body></html>
""",
        p_html='<p class="yj-line">{}</p>',
        pages=dict(fmt="⛛ {n} ⛛", every=110, start=2),
        body="""
今年4月，市市场监管局组织对主城区86家日料门店的寿司帘使用情况开展专题调研，采取现场查看、抽样检测和座谈交流相结合的方式进行。现将有关情况报告如下。
一、基本情况
调研门店中，使用竹制寿司帘的有71家，使用硅胶寿司帘的有15家。抽样情况如下：
类型　抽样数　霉斑检出　菌落超标
竹制　71　19　11
硅胶　15　0　1
二、主要问题
一是竹制寿司帘清洗后未晾干即收纳，缝隙内易生霉斑；二是多数门店未执行“一餐一换”，一张寿司帘连用一整天；三是从业人员对包保鲜膜使用的要求不清楚。
三、下一步建议
建议出台日料门店竹木器具清洗消毒指引，将寿司帘纳入餐饮具日常检查项目，并引导门店配备烘干柜。
聆川市市场监督管理局食品经营监管科
2025年5月12日
""",
    ),
    dict(
        slug="wenku-wanjuan-plan-egg-rack-wrapped-glued-markers",
        site="万卷书阁文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.wanjuanshuge.cn/p-30718824.html",
        title="翌阳县中小学食堂鲜蛋存放蛋架配置方案",
        record_title="翌阳县中小学食堂鲜蛋存放蛋架配置方案（完整可打印版） - 万卷书阁",
        date="2025-04-03",
        notes="preview text hard-wrapped at 62 columns and cut by page markers ⤛n⤜ glued to the continuation line; "
        "成文日期 in Chinese numerals; a numbered list",
        page="""
!m 万卷书阁文库
!m 文档分类：教育资料 > 后勤管理　　格式：DOC　　页数：3
!t 翌阳县中小学食堂鲜蛋存放蛋架配置方案（完整可打印版）
!a 〔加入书架〕〔转存到网盘〕〔举报此文档〕
{BODY}
!a ……试读到此为止，购买阅读券后可查看并下载全文……
!d 此文档为用户分享，书阁只做存储转发，内容如有不妥请联系管理员。
!l 相关文档：学校食堂食材储存管理规范　｜　食堂冷库使用登记表
!m 万卷书阁 wanjuanshuge.cn　浙ICP备20031756号
""",
        wrap=62,
        indent="\u3000\u3000",
        pages=dict(fmt="⤛{n}⤜", every=100, start=2, glue=True),
        body="""
为规范全县中小学食堂鲜蛋储存，防止鲜蛋堆压破损、交叉污染，县教育局决定为各校食堂统一配置鲜蛋存放蛋架，现制定方案如下。
一、配置范围。全县42所中小学食堂，按每日用蛋量每300枚配置一组不锈钢蛋架，最少配置两组。
二、配置标准。蛋架为304不锈钢材质，每组五层，层距不低于12厘米，底层离地30厘米以上，放置于干燥通风的专用区域，不得与生肉、蔬菜混放。
三、使用要求。鲜蛋入库后按进货日期分层摆放，坚持先进先出；蛋架每周清洗消毒一次，并在食堂管理台账上登记。
四、时间安排。4月底前完成采购，5月10日前配置到位，县教育局将组织验收。
翌阳县教育局
二〇二五年四月三日
""",
    ),
    dict(
        slug="gov-chengxi-notice-safety-gate-index-table",
        site="橙溪县人民政府 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.chengxi.gov.cn/xxgk/tzgg/202504/t20250409_2051733.html",
        title="橙溪县卫生健康局关于开展婴幼儿家庭安全门栏免费配送工作的通知",
        record_title="橙溪县卫生健康局关于开展婴幼儿家庭安全门栏免费配送工作的通知_通知公告_橙溪县人民政府",
        date="2025-04-07",
        date_also=["2025-04-09"],
        notes="county portal: 长辈模式/读屏 links, 索引号 table (the 文号 cell unmarked: neutral), font row, "
        "附件 list next to the site's attachment link, the bureau's own contact next to the portal's 纠错 line; "
        "成文日期 differs from the 发布日期",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8">
<title>橙溪县卫生健康局关于开展婴幼儿家庭安全门栏免费配送工作的通知_通知公告_橙溪县人民政府</title>
<script src="/js/jquery.min.js"></script></head><body>
<div class="toplinks">⟦a 长辈模式 ｜ 读屏专用 ｜ 橙溪政务APP⟧</div>
<div class="banner"><span class="sitename">⟦m 橙溪县人民政府⟧</span><span class="motto">⟦m 橙香溪畔·宜居之城⟧</span></div>
<ul class="mainnav"><li>⟦m 首页⟧</li><li>⟦m 橙溪概况⟧</li><li>⟦m 信息公开目录⟧</li><li>⟦m 办事服务⟧</li><li>⟦m 政民互动⟧</li></ul>
<div class="loc">⟦m 当前位置：首页 ＞ 政府信息公开 ＞ 通知公告⟧</div>
<table class="gk-info">
<tr><td>⟦m 索引号：114329240065317F/2025-00412⟧</td><td>⟦m 公开方式：主动公开⟧</td></tr>
<tr><td>⟦m 发文机关：橙溪县卫生健康局⟧</td><td>⟦m 发布日期：2025-04-09⟧</td></tr>
<tr><td>文号：橙卫健发〔2025〕19号</td><td>⟦m 有效性：有效⟧</td></tr>
</table>
<h2 class="wz-title">{T}</h2>
<div class="wz-tool">⟦a 字号：【大】【中】【小】　打印此页　关闭⟧</div>
<div class="wz-con">
{BODY}
</div>
<div class="wz-fj">⟦l 附件下载：婴幼儿家庭安全门栏配送登记表.xls⟧</div>
<div class="wz-share">⟦l 分享至：微信　微博　QQ空间⟧</div>
<div class="wz-pn">⟦l 上一条：橙溪县2025年春季爱国卫生运动安排⟧<br>⟦l 下一条：关于公布县级母婴室名单的公告⟧</div>
<div class="footer">
<p>⟦m 主办单位：橙溪县人民政府办公室　技术支持：橙溪县大数据中心⟧</p>
<p>⟦m 网站纠错热线：0793-6120345（工作日）⟧</p>
<p>⟦m 网站标识码：3611290008　赣ICP备06003312号⟧</p>
</div>
</body></html>
""",
        p_html='<p style="text-indent:2em">{}</p>',
        body="""
各镇人民政府，县妇幼保健院：
为减少婴幼儿居家跌落伤害，县卫生健康局决定为全县3岁以下婴幼儿家庭免费配送安全门栏，现将有关事项通知如下。
一、配送对象。户籍在本县、家中有楼梯或阳台且有3岁以下婴幼儿的家庭，每户限领一套。
二、办理方式。由各镇卫生院登记汇总，于4月25日前将登记表报县妇幼保健院，5月起由保健院组织上门安装。
三、有关要求。安装人员须现场讲解门栏使用和日常检查方法，并请家长签字确认。
联系人：卢婉清　联系电话：0793-6128817
附件：1.婴幼儿家庭安全门栏配送登记表
2.安全门栏安装验收单
橙溪县卫生健康局
2025年4月7日
""",
    ),
    dict(
        slug="gov-lingchuan-bulletin-steamer-rack-table-copy-to",
        site="聆川市人民政府门户网站 (invented)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="text",
        source="https://www.lingchuan.gov.cn/zwgk/bmwj/202504/t20250428_915204.html",
        title="聆川市市场监督管理局关于2025年第一季度蒸架产品质量监督抽查情况的通报",
        date="2025-04-25",
        notes="portal text: 长辈版 row, breadcrumb, index lines, share and prev/next; the record gives the title as is; "
        "a data table one row a paragraph, 抄送 and 印发 lines kept in the body",
        page="""
!a 长辈版 ∣ 无障碍阅读 ∣ 简/繁
!m 聆川市人民政府
!m 首页 ／ 政务公开 ／ 部门文件 ／ 市场监管
!m 发布机构：聆川市市场监督管理局　　发布日期：2025-04-28　　浏览次数：642
{T}
!a 【我要打印】【收藏本页】
{BODY}
!l 分享到：微信好友｜朋友圈｜微博
!l 上一篇：聆川市2025年电动自行车头盔抽查结果
!l 下一篇：关于开展不锈钢厨具标识专项检查的通知
!m 聆川市人民政府办公室主办　市大数据局运维　　网站标识码3618000021
""",
        indent="\u3000\u3000",
        body="""
各县（区）市场监督管理局：
今年第一季度，市局组织对全市生产、销售的蒸架产品开展了质量监督抽查，共抽查12家企业的24批次产品，合格20批次，不合格4批次，不合格项目主要为承重变形和不锈钢牌号不符。不合格产品情况如下：
企业名称　产品名称　不合格项目
琳湾五金制品厂　三脚蒸架　承重变形
沐田厨具商行　折叠蒸架　牌号不符
羚口金属制品公司　圆形蒸架　牌号不符
羚口金属制品公司　方形蒸架　承重变形
请各地依法处理不合格产品生产、销售者，督促其整改，并于5月20日前将处理情况报市局。
聆川市市场监督管理局
2025年4月25日
抄送：市商务局，各县（区）人民政府
聆川市市场监督管理局办公室　2025年4月25日印发
""",
    ),
    dict(
        slug="news-lingchuan-sushi-mat-weaving-captions",
        site="聆川融媒新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.lcrongmei.cn/xiangzhen/2025-06/03/content_7728194.html",
        title="穹岭镇：一张竹篾寿司帘织出“指尖经济”",
        record_title="穹岭镇：一张竹篾寿司帘织出“指尖经济” - 聆川融媒·镇街快讯",
        record_date="2025-06-03",
        date="2025-06-03",
        notes="news page: app prompt, listen button, photo captions between paragraphs, an editor/reviewer line "
        "glued after the last paragraph, a 24-hour list; the record gives the date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>穹岭镇：一张竹篾寿司帘织出“指尖经济” - 聆川融媒·镇街快讯</title>
<script>window.adSlot=1;</script></head><body>
<div class="lc-top"><span>⟦m 聆川融媒⟧</span><span>⟦m 权威发布 聆听聆川⟧</span><a>⟦a 下载聆川通APP⟧</a></div>
<nav>⟦m 要闻⟧ ⟦m 乡镇⟧ ⟦m 民生⟧ ⟦m 视频⟧ ⟦m 专题⟧</nav>
<div class="crumb">⟦m 首页 - 乡镇频道 - 正文⟧</div>
<h1>{T}</h1>
<div class="byline">⟦m 2025-06-03 08:52　来源：聆川融媒记者站　记者：齐映雪⟧</div>
<div class="listen">⟦a ▶ 听新闻⟧</div>
<div class="article">
{BODY}
</div>
<div class="share">⟦l 转发到：朋友圈　微博　复制链接⟧</div>
<div class="side"><h3>⟦l 24小时热读⟧</h3>
<p>⟦l 聆川至橙溪城际公交6月起加密班次⟧</p>
<p>⟦l 羚口街道启用首个社区共享厨房⟧</p></div>
<div class="foot">⟦d 未经授权，禁止转载、摘编本网原创稿件⟧<br>⟦m 聆川融媒体中心主办　互联网新闻信息服务许可证：36120250018⟧</div>
</body></html>
""",
        body="""
初夏时节，走进穹岭镇枚岗村的竹编工坊，十几位妇女正低头穿线，一根根细竹条在她们手中排得整整齐齐，不一会儿就成了一张寿司帘。
⟦m 图为枚岗村竹编工坊里，妇女们正在编织寿司帘。齐映雪 摄⟧
工坊负责人韩秀梅介绍，寿司帘看似简单，却要求竹条粗细一致、棉线松紧均匀。工坊去年接下外贸订单后，统一培训了46名留守妇女，人均每月增收2000元左右。
⟦m 图为打包待发的寿司帘。⟧
镇里还帮助工坊办理了竹制品出口备案，今年前五个月已发出寿司帘38万张，产品销往日本、韩国和东南亚。⟦m （编辑：骆晴　审核：方既白）⟧
""",
    ),
    dict(
        slug="news-yiyang-drain-plug-volunteers-no-title",
        site="翌阳新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.yiyangnews.com.cn/shehui/2025/0715/88210.shtml",
        title="志愿者上门为独居老人免费更换下水塞",
        record_title=None,
        date="2025-07-15",
        notes="no title in the record: the title line on the page; an app prompt glued before the lead's first words; "
        "the byline's 发布时间 is the page's date; a related list and footer",
        page="""
!m 翌阳新闻网　|　翌阳县融媒体中心主办
!m 首页 > 社会民生
{T}
!m 发布时间：2025-07-15 09:30　来源：翌阳县融媒体中心　作者：包丽娜
{BODY}
!m 【责任编辑：欧阳茜】
!l 相关新闻
!l · 琳湾社区开展“银龄安居”入户走访
!l · 县红十字会为独居老人送去防暑包
!d 翌阳新闻网版权所有，转载请注明出处
""",
        indent="\u3000\u3000",
        body="""
⟦a 打开翌阳新闻客户端看更多本地资讯⟧本报讯 7月14日上午，琳湾社区“银发帮帮团”志愿者带着工具箱，来到独居老人蒋奶奶家，为她更换了厨房和卫生间的下水塞。
蒋奶奶今年82岁，家里的下水塞用了十多年，橡胶圈早已老化，洗菜池总是存不住水，夏天下水道还往上返味。志愿者拆下旧塞子，换上带密封圈的不锈钢下水塞，又教老人怎样拔起、按下。
据了解，社区摸排出有类似需求的独居老人43户，志愿者将在月底前全部上门更换，所需下水塞由辖区一家五金店捐赠。
""",
    ),
    dict(
        slug="forum-zaobian-egg-rack-diy-jammer",
        site="灶边论坛 (invented, Discuz-like)",
        style="论坛",
        genre="论坛帖",
        kind="post",
        form="html",
        source="https://bbs.zaobian.net/thread-302119-1-1.html",
        title="用旧竹筷做了个三层蛋架",
        record_title="〖晒晒手工〗用旧竹筷做了个三层蛋架（附尺寸和步骤） - 厨房小物 - 灶边论坛",
        date=None,
        notes="Discuz-like thread: jammer fonts glued after 。 and as a line, poster panel, rating row, signature, "
        "reply box; the post time is relative (3 天前): no date",
        page="""
<html><head><meta charset="gbk"><title>〖晒晒手工〗用旧竹筷做了个三层蛋架（附尺寸和步骤） - 厨房小物 - 灶边论坛</title>
<style>.jammer{font-size:0;color:#fff}</style></head><body>
<div id="hd">⟦m 灶边论坛⟧　⟦m 烟火人间，灶边相见⟧　<a>⟦a 快捷登录⟧</a></div>
<div id="pt">⟦m 灶边论坛 › 居家版块 › 厨房小物⟧</div>
<table class="plhin"><tr>
<td class="pls"><div>⟦m 竹影听风⟧</div><div>⟦m 积分 1208　帖子 316　精华 2⟧</div></td>
<td class="plc">
<h1><span id="thread_subject">⟦t 〖晒晒手工〗用旧竹筷做了个三层蛋架（附尺寸和步骤）⟧</span></h1>
<div class="authi">⟦m 楼主 发表于 3 天前 | 只看楼主 | 显示全部楼层⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="rate">⟦l 评分　参与人数 6　灶币 +18　收起 理由⟧</div>
<div class="sign">⟦m 签名：一日三餐，慢慢来⟧</div>
<div class="po">⟦a 回复　收藏　点赞　举报⟧</div>
</td></tr></table>
<div class="fastpost">⟦a 发表回复前请先登录或注册灶边账号⟧</div>
<div id="ft">⟦m 灶边论坛 Powered by Discuz! X3.5　粤ICP备18062241号⟧</div>
<script src="static/js/common.js?v=X35"></script>
<script>var discuz_uid=0,cookiepre="zb_";</script>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
家里鸡蛋一直放在冰箱门上，常常磕破。上个月我把攒下的二十多双旧竹筷洗干净，做了个三层蛋架，用了快一个月，很稳当，来给大家晒一晒。
做法很简单：竹筷两两并排，用细麻绳每隔5厘米绑一道，做成三块“排子”；四个角各立一根竹筷当腿，层距10厘米，用热熔胶加麻绳固定。每层能放八个鸡蛋，一共二十四个。
需要注意的是，竹筷一定要晒透再做，不然容易发霉；绑好的蛋架最好刷一遍食品级木蜡油。有坛友问能不能放冰箱，我的蛋架放在阴凉的橱柜里，没有放冰箱。
""",
    ),
    dict(
        slug="forum-baobei-safety-gate-question-junk",
        site="宝贝家园论坛 (invented)",
        style="论坛",
        genre="论坛帖",
        kind="post",
        form="text",
        source="http://bbs.baobeijy.com/viewthread.php?tid=775102",
        title="楼梯口的安全门栏，压力式和打孔式到底选哪个",
        record_title="[宝妈求助] 楼梯口的安全门栏，压力式和打孔式到底选哪个？？ - 宝宝安全区 - 宝贝家园论坛",
        date=None,
        notes="forum thread as text: anti-scraping junk lines and junk glued after 。; replies below; "
        "yesterday's post time is no date",
        page="""
!m 宝贝家园论坛 - 妈妈们的交流地
!m 宝贝家园论坛 » 宝宝安全区 » 浏览帖子
!m 查看：905　回复：11
!t [宝妈求助] 楼梯口的安全门栏，压力式和打孔式到底选哪个？？
!m 糖豆妈 昨天 21:40 发表 | 只看该作者 | 电梯直达
{BODY}
!a 支持　反对　回复　引用
!l 2# 小满爸爸 昨天 22:03
!l 楼梯上口必须打孔，压力式只适合门洞。
!l 3# 橙子不酸 今天 07:15
!l 同意楼上，我家用的就是打孔的。
!a 登录后才能参与讨论，没有账号？马上注册
!m Powered by Discuz! 7.2　宝贝家园论坛 苏ICP备17039021号
""",
        junk=dict(lines=2, glued=2),
        body="""
宝宝11个月了，已经会扶着东西走，我们家是复式，楼梯口必须装安全门栏。网上看了一圈，有压力式的，不用打孔，靠两边顶住墙；也有打孔式的，要用螺丝固定在墙上。
压力式的好处是不伤墙，租的房子也能装，可是听说孩子推多了会松。打孔式的牢靠，可是我们家楼梯口一边是木扶手，不知道能不能打孔。
想问问有经验的家长：楼梯上口和下口是不是要装不一样的门栏？木扶手那边有没有专用的安装件？先谢谢大家了。
""",
    ),
]

"""holdout317, part A: 范文 sites, 文库 previews, government portals, news portals, forums.

Invented text, places, people, sites and chrome; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="fanwen-miaochuan-speech-noodle-rack-industry",
        site="妙椽范文网 (invented, gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.miaochuan-fw.com/jianghua/chanye/2024/1021/5817.html",
        title="在骀川县手工挂面产业发展推进会上的讲话",
        record_title="【讲话选粹】在骀川县手工挂面产业发展推进会上的讲话（附会议背景）_妙椽范文网",
        date="2024-10-16",
        date_also=["2024-10-21"],
        notes="old table layout with marquee, font row, hot list, floating QQ box and visitor counter; "
        "speaker and date lines under the title neutral; a ghost-writer prompt glued after a 。; page date differs",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【讲话选粹】在骀川县手工挂面产业发展推进会上的讲话（附会议背景）_妙椽范文网</title>
<style type="text/css">td{font-size:12px;line-height:180%}.logo{font-size:22px}</style>
<script language="javascript">function fontZoom(s){document.getElementById('art').style.fontSize=s+'px';}</script>
</head><body topmargin="0" leftmargin="0">
<table width="960" align="center" border="0" cellpadding="0" cellspacing="0">
<tr><td class="logo">⟦m 妙椽范文网⟧</td><td>⟦m 笔下有乾坤，椽中见文章⟧</td><td align="right"><a href="/user/login.asp">⟦a 会员登录⟧</a>　<a href="/user/reg.asp">⟦a 注册妙椽账号⟧</a></td></tr>
<tr><td colspan="3" class="nav">⟦m <a href="/">网站首页</a> | <a href="/jianghua/">讲话发言</a> | <a href="/zongjie/">总结汇报</a> | <a href="/fangan/">方案计划</a> | <a href="/xinde/">心得感悟</a>⟧</td></tr>
<tr><td colspan="3"><marquee scrollamount="3" onmouseover="this.stop()">⟦m 妙椽提醒：年底材料专区已开放，述职、总结、讲话稿每日上新⟧</marquee></td></tr>
</table>
<table width="960" align="center" border="0"><tr><td width="700" valign="top">
<div class="pos">⟦m 您所在位置：妙椽范文网 &gt;&gt; 讲话发言 &gt;&gt; 产业发展讲话⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 发布时间：2024-10-21　整理：椽下客　人气：1865⟧</div>
<div class="fz">⟦a 【字体：放大 中号 缩小】【护眼底色】【关闭本页】⟧</div>
<div class="spk">县委副书记、县长　赵文岐</div>
<div class="spk">（2024年10月16日）</div>
<div id="art">
{BODY}
</div>
<div class="tip">⟦a 本文共2180字，开通妙椽年卡可下载带格式的Word原稿⟧</div>
<div class="pn">⟦l 上一篇：在全县晾晒场地规范管理工作会上的讲话⟧<br>⟦l 下一篇：在农产品加工园区招商推介会上的致辞⟧</div>
</td><td width="250" valign="top">
<div class="hot"><b>⟦l 妙椽本月热读⟧</b><br>⟦l · 乡镇特色产业发展情况汇报（三稿合一）⟧<br>⟦l · 县长在产业项目观摩会上的讲话提纲⟧<br>⟦l · 非遗手工技艺保护传承工作总结⟧</div>
</td></tr></table>
<div id="qqfloat" style="position:fixed;right:0;top:200px">⟦w 材料定制 QQ 2930417766 全天在线⟧</div>
<table width="960" align="center"><tr><td class="foot">⟦d 妙椽范文网材料仅供参考借鉴，请勿原文照搬用于正式场合。⟧<br>⟦m Copyright 2008-2024 miaochuan-fw.com 妙椽范文网　鲁ICP备08061239号⟧<br>⟦m 您是妙椽第 3920717 位访客⟧</td></tr></table>
</body></html>
""",
        body="""
同志们：
骀川手工挂面已有三百多年历史，“一根面条、一副面条架、一片晾晒场”，撑起了全县四千多户群众的生计。今天召开这次推进会，就是要把这碗面做成富民的大产业。⟦w 同类讲话稿代写请加QQ 2930417766⟧下面，我讲三点意见。
一是把晾晒场地规范起来。各乡镇要在十一月底前划定集中晾晒区，木质面条架逐步更换为不锈钢面条架，坚决杜绝在国道两侧和村内主干道上支架晒面。
二是把卫生标准立起来。县市场监管局要牵头制定手工挂面小作坊卫生规范，面条架每天收面后要清洗晾干，晾晒区要设置防尘网和防鸟设施。
三是把品牌打出去。要统一使用“骀川挂面”区域公用品牌，支持合作社开设网店，力争明年全县挂面销售额突破两亿元。
同志们，小小面条架连着千家万户的饭碗。希望大家真抓实干，让骀川挂面香飘更远！
""",
    ),
    dict(
        slug="fanwen-wenyanzhai-insight-dumpling-mat-volunteer",
        site="文砚斋范文 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.wenyanzhai.cn/xinde/zhiyuan/33071.html",
        title="参加社区冬至包饺子志愿服务的心得体会",
        record_title=None,
        date=None,
        notes="no title in the record: the page's title line carries a 〔砚友荐读〕 tag; a member-unlock line between "
        "paragraphs; an update stamp in relative time is no date",
        page="""
!m 文砚斋范文 · 写作素材每日更新
!m 首页 / 心得体会 / 志愿服务心得
!t 〔砚友荐读〕参加社区冬至包饺子志愿服务的心得体会
!m 更新：3 天前　　字数：约900字　　收录：文砚斋编辑组
!a 〖复制片段〗〖全文下载〗〖加入素材夹〗
{BODY}
!a 余下约四成内容为砚台会员专享，开通后继续阅读
!l 同栏目推荐：敬老院志愿服务心得｜社区“邻里节”活动感悟｜冬至送温暖活动小结
!d 文砚斋所载范文由作者授权发布，转载请注明文砚斋出处。
!m 文砚斋 wenyanzhai.cn　黔ICP备20017735号-3
""",
        indent="\u3000\u3000",
        body="""
冬至前一天，我报名参加了姗园社区组织的“一盖帘饺子暖人心”志愿服务活动，和二十多位居民一起为辖区独居老人包饺子、送饺子。一天下来，手上沾满了面粉，心里却暖洋洋的。
活动一开始，社区的王阿姨拿出几张用高粱秆穿成的饺子帘，说这是她母亲留下的老物件。饺子一个个码在帘子上，横成行、竖成列，像一支整齐的队伍。我这才知道，饺子帘上要先撒一层薄面，饺子才不会粘底。
⟦a 登录文砚斋解锁本段以下全部内容⟧
送饺子时，八十七岁的刘大爷拉着我的手不肯放，他说老伴走后，已经好几年没吃过别人包的饺子了。那一刻我明白，志愿服务送去的不只是一碗饺子，更是一份牵挂。
这次活动让我体会到，为群众办事不一定要轰轰烈烈，把小事做细、把实事做暖，就是最好的服务。今后，我会继续参加社区志愿活动，做一名有温度的志愿者。
""",
    ),
    dict(
        slug="wenku-jianhai-research-noodle-drying-sites",
        site="笺海文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.jianhaiwk.com/p-61839204.html",
        title="关于旎阳县手工挂面晾晒场地情况的调研报告",
        record_title="关于旎阳县手工挂面晾晒场地情况的调研报告 - 笺海文库",
        date="2024-08-20",
        notes="文库 reader: viewer toolbar, page-marker paragraphs '♅ n ♅' between the halves of cut paragraphs, "
        "a monthly-card lock and a coin pay box; upload stamp is no date; signature date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>关于旎阳县手工挂面晾晒场地情况的调研报告 - 笺海文库</title>
<script>window.__DOC__={id:"61839204",pages:5,free:3};</script>
</head><body>
<header class="jh-top"><a class="logo" href="/">⟦m 笺海文库⟧</a><form class="search"><input placeholder="搜文档、找范文"><button>⟦a 搜一搜⟧</button></form><a href="/card">⟦a 笺海月卡 ¥9.9 畅读⟧</a></header>
<section class="doc-head"><h1>{T}</h1>
<p class="doc-meta">⟦m 上传者：禾下听风　上传于2024-09-03　共5页　2.1千次阅读⟧</p>
<div class="viewer-bar">⟦a 适合宽度　放大　缩小　全屏阅读⟧</div></section>
<section class="doc-pages">
{BODY}
</section>
<div class="doc-lock"><p>⟦a 剩余2页未展示，开通笺海月卡后可畅读全文⟧</p><p>⟦a 单篇购买：需支付6笺币⟧</p></div>
<aside class="related"><h4>⟦l 读过此文档的人还在看⟧</h4><ul><li>⟦l 手工挂面小作坊整治提升方案.docx⟧</li><li>⟦l 农产品晾晒场建设调研与建议.pdf⟧</li></ul></aside>
<footer>⟦d 笺海文库所有文档均由用户上传，平台仅提供存储与展示，如有侵权请提交申诉。⟧<br>⟦m 浙ICP备21044907号-2　笺海文库⟧</footer>
</body></html>
""",
        p_html='<p class="pg-txt">{}</p>',
        pages=dict(fmt="♅ {n} ♅", every=150, start=2),
        body="""
为摸清全县手工挂面晾晒场地底数，今年7月，县农业农村局会同县市场监管局组成调研组，走访了旎田、黹坪等6个乡镇的83户挂面作坊。现将调研情况报告如下。
一、基本情况。全县现有手工挂面作坊412户，使用面条架约2.6万副，其中木质面条架占七成，不锈钢面条架占三成；在集中晾晒场晾面的作坊只有96户，其余大多在房前屋后、村道两侧支架晾晒。
二、存在问题。一是占道晾晒带来安全隐患，旺季时部分村道被面条架挤占一半以上；二是木质面条架容易开裂、难以清洗，容易藏污纳垢；三是晾晒区缺少防尘、防蝇设施，遇到大风扬尘只能收面停产。
三、几点建议。建议按照“一村一场”的思路建设标准化晾晒场，对更换不锈钢面条架的作坊每副补贴30元，并把晾晒场地纳入村庄规划统一管理。
旎阳县农业农村局
2024年8月20日
""",
    ),
    dict(
        slug="wenku-liuyun-plan-dumpling-mat-weaving-wrapped",
        site="流云文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="other",
        form="text",
        source="https://wk.liuyun-doc.com/view/8b21e07c5d.html",
        title="高粱秆饺子帘编织技艺进校园活动实施方案",
        record_title="高粱秆饺子帘编织技艺进校园活动实施方案.docx",
        date="2025-03-06",
        notes="file-name record title; body hard-wrapped at 64 columns and cut by markers '⦬n⦭' glued to the "
        "continuation line; joint signature, date in Chinese numerals",
        page="""
!t 高粱秆饺子帘编织技艺进校园活动实施方案.docx
!m 流云文库　|　教育教学 › 活动方案　|　4页　|　评分 4.7
!a 下载本文档　　收藏　　转存到流云云盘
{BODY}
!a 试看已到第3页，后续内容请下载原文档阅读
!a 原价5流云币　会员免费
!d 声明：本文档由流云用户自主上传，流云文库不对内容的真实性、完整性作任何保证。
!l 猜你在找：非遗进校园活动方案｜劳动教育实践周安排表｜传统手工艺社团章程
""",
        indent="\u3000\u3000",
        wrap=64,
        pages=dict(fmt="⦬{n}⦭", every=100, start=2, glue=True),
        body="""
为传承高粱秆编织技艺，推动劳动教育走深走实，县文化馆、县教育体育局决定在全县中小学开展饺子帘编织技艺进校园活动，特制定本方案。
一、活动时间。2025年3月至6月，每校安排不少于4个课时。
二、活动内容。邀请县级非遗传承人走进课堂，讲解高粱秆选料、去皮、穿签、锁边等工序，指导学生亲手穿制一张直径30厘米的小饺子帘，课后带回家中使用。
三、组织方式。各校以年级为单位组织，每班推选两名“小小传承人”参加期末作品展评，优秀作品由县文化馆收藏展出。
四、工作要求。各校要落实安全责任，剪刀、竹签等工具由教师统一保管发放；活动开展情况请于6月20日前报县教育体育局基础教育股。
婳溪县文化馆　　婳溪县教育体育局
二〇二五年三月六日
""",
    ),
    dict(
        slug="gov-taichuan-notice-drying-poles-street-windows",
        site="骀川县人民政府网 (invented county portal)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.taichuan.gov.cn.example/zwgk/tzgg/202504/t20250414_40172.html",
        title="关于规范城区临街窗外晒衣竿设置的通知",
        record_title="关于规范城区临街窗外晒衣竿设置的通知-公示公告｜骀川县人民政府网",
        date="2025-04-11",
        date_also=["2025-04-14"],
        notes="county portal: 长辈版/无障碍 links, 索引号 table (the 文号 cell unmarked), attachment links, a 纠错 hotline "
        "beside the notice's own contact; 附件 list, 抄送 and 印发 lines in the body; publish date differs",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于规范城区临街窗外晒衣竿设置的通知-公示公告｜骀川县人民政府网</title>
<meta name="ArticleTitle" content="关于规范城区临街窗外晒衣竿设置的通知">
<script src="/js/zoom.js"></script></head><body>
<div class="topbar"><span>⟦m 骀川县人民政府网⟧</span> <a href="/zbb/">⟦a 长辈版⟧</a> <a href="/wza/">⟦a 无障碍·读屏⟧</a> <a href="/en/">⟦m EN⟧</a></div>
<ul class="mainnav"><li>⟦m 首页⟧</li><li>⟦m 走进骀川⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政务服务⟧</li><li>⟦m 互动交流⟧</li></ul>
<div class="loc">⟦m 当前位置：首页 &gt; 政务公开 &gt; 公示公告⟧</div>
<table class="xxgk-info">
<tr>⟦m <td>索引号：</td><td>11370923MB1D4207X/2025-00318</td>⟧⟦m <td>主题分类：</td><td>城乡建设、环境保护</td>⟧</tr>
<tr>⟦m <td>发布机构：</td><td>县住房和城乡建设局</td>⟧⟦m <td>发布日期：</td><td>2025-04-14</td>⟧</tr>
<tr><td>文号：</td><td>骀建发〔2025〕21号</td>⟦m <td>有效性：</td><td>有效</td>⟧</tr>
</table>
<div class="article"><h2>{T}</h2>
<div class="tools">⟦a 字号：大 中 小　｜　打印本页　｜　关闭窗口⟧</div>
<div class="TRS_Editor">
{BODY}
</div>
<div class="attach"><p>⟦a 附件下载：临街晒衣竿隐患排查台账.xls⟧</p><p>⟦a 附件下载：公共晾晒区设置指引.pdf⟧</p></div>
<div class="share">⟦l 分享至：微信 微博 QQ空间⟧</div>
</div>
<div class="relate"><h3>⟦l 相关信息⟧</h3><ul><li>⟦l 县住建局开展高空坠物隐患专项整治⟧</li><li>⟦l 关于征集城区公共晾晒区选址意见的公告⟧</li></ul></div>
<div class="foot"><p>⟦m 主办：骀川县人民政府办公室　承办：骀川县大数据服务中心⟧</p><p>⟦m 网站纠错热线：0541-6200110（工作日）⟧</p><p>⟦m 网站标识码3709230007　鲁公网安备37092302000413号⟧</p></div>
</body></html>
""",
        body="""
各街道办事处，城区各物业服务企业，有关单位：
近期，城区部分临街住宅窗外加装的晒衣竿出现锈蚀、松动，个别晒衣竿在大风天气中坠落，存在严重安全隐患。为保障行人安全，现就规范临街窗外晒衣竿设置有关事项通知如下：
一、临街住宅不得在窗外新装伸出墙面超过50厘米的晒衣竿，已经安装的须使用膨胀螺栓固定，并加装防坠绳。
二、各物业服务企业要在5月15日前对所管小区临街一侧的晒衣竿开展一次全面排查，建立台账，督促业主限期整改。
三、各街道要结合“清风晾晒”行动，在小区内设置公共晾晒区，引导居民将衣物晾晒到指定区域。
附件：1. 临街晒衣竿隐患排查台账
2. 公共晾晒区设置指引
联系人：黄立新，电话：0541-6203318
骀川县住房和城乡建设局
2025年4月11日
抄送：县应急管理局，县城市管理局。
骀川县住房和城乡建设局办公室　　2025年4月11日印发
""",
    ),
    dict(
        slug="gov-zhizhou-bulletin-calendar-stands-gifts",
        site="黹州市纪委监委网站 (invented)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="text",
        source="http://www.zzjjw.example.gov.cn/jdbg/202501/t20250120_6631.html",
        title="关于部分单位违规印制赠送日历牌问题的通报",
        date="2025-01-17",
        date_also=["2025-01-20"],
        notes="record title as is; document number line neutral; a table (one row a paragraph, cells apart by "
        "ideographic spaces); signature date (the posting line differs); portal chrome with a reporting line",
        page="""
!m 清风黹州　黹州市纪委监委网站
!m 首页 ＞ 监督曝光 ＞ 通报曝光
{T}
!m 来源：市纪委监委第二监督检查室　　发布：2025-01-20 09:30　　浏览次数：4077
!a 【大字】【标准】【打印】【关闭】
黹纪通〔2025〕3号
{BODY}
!l 上一条：关于3起违规收受礼品礼金典型问题的通报
!l 下一条：市纪委监委开展节前纠“四风”明察暗访
!m 举报网址：jubao.zzjjw.example.gov.cn　举报电话：12388
!m 黹州市纪委监委主办　版权所有　湘ICP备05019832号
""",
        indent="\u3000\u3000",
        body="""
各县（市、区）纪委监委，市直各单位：
今年元旦前后，市纪委监委对市直单位和各县（市、区）落实中央八项规定精神情况开展了专项检查，发现3家单位仍存在用公款印制、赠送日历牌问题。现将有关情况通报如下：
单位　问题　处理结果
黼城县某局　印制带单位标识的台式日历牌1200套，费用2.4万元　主要负责人诫勉谈话
骀川县某中心　向服务对象赠送挂式日历牌600份　分管负责人批评教育
徉湖区某街道　以宣传品名义定制日历牌800套　责令退赔相关费用
上述问题涉及金额虽然不大，但反映出一些单位对“小节”认识不足。各单位要举一反三，严禁以任何名义用公款印制、购买、赠送日历牌、挂历等礼品；确需印制宣传用品的，应当严格履行审批程序。
黹州市纪委监委
2025年1月17日
""",
    ),
    dict(
        slug="news-taichuan-rongmei-enamel-mug-exhibition",
        site="骀川融媒网 (invented county news portal)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.taichuan-rm.example.cn/xw/bdxw/2025-05/18/content_90217.html",
        title="“老饭缸里的烟火气”搪瓷老物件展在骀河镇开展",
        record_title=None,
        date="2025-05-18",
        notes="no title in the record (<title> is the column only); h1 holds it; an app prompt glued before the lead, "
        "photo captions between paragraphs, an editor line glued after the last paragraph; 发布时间 byline is the date",
        page="""
<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8"><title>本地要闻 - 骀川融媒网</title>
<script>var _czc=_czc||[];</script></head><body>
<div class="top-nav"><a href="/">⟦m 骀川融媒网⟧</a>　⟦m 骀川县融媒体中心主办⟧　<a href="/app">⟦a 下载“掌上骀川”客户端⟧</a></div>
<nav>⟦m 首页　本地要闻　乡镇动态　民生关注　视听骀川　专题⟧</nav>
<div class="ad-slot">⟦m 广告位招租：0541-6211835⟧</div>
<article>
<h1>{T}</h1>
<div class="byline">⟦m 发布时间：2025-05-18 10:26　来源：掌上骀川　记者：晏秋⟧　<a class="listen">⟦a ▶ 听全文⟧</a></div>
{BODY}
<div class="share-bar">⟦l 转发到：微信好友　朋友圈　微博⟧</div>
</article>
<aside><h3>⟦l 骀川24小时⟧</h3><ol><li>⟦l 骀河镇千亩油菜进入收割期⟧</li><li>⟦l 县城新增三处口袋公园⟧</li><li>⟦l 婳溪路段5月20日起夜间施工⟧</li></ol></aside>
<footer>⟦d 本网原创稿件未经授权不得转载，违者依法追究责任。⟧<br>⟦m 骀川县融媒体中心 版权所有　鲁ICP备19008842号⟧</footer>
</body></html>
""",
        body="""
⟦a 打开掌上骀川，看更多身边新闻⟧5月17日，骀河镇文化站里人头攒动，“老饭缸里的烟火气”搪瓷老物件展正式开展。两百余件搪瓷饭缸、茶缸和饭盒整齐排列，吸引了不少居民前来观看。
⟦m 图为展厅内陈列的各式搪瓷饭缸（通讯员　方禾　摄）⟧
这些饭缸大多由镇里的老职工捐出。七十六岁的退休钳工周德顺捐出了自己用了三十年的饭缸，缸身上“骀河农机厂”几个红字依然清晰。“那时候上班，人手一只饭缸，打饭、喝水全靠它。”周德顺说。
⟦m 图为周德顺向参观者讲述饭缸背后的故事⟧
据介绍，展览将持续到6月底，其间文化站还将组织“我和饭缸的故事”征文活动，并邀请老人们为中小学生讲述过去的工厂生活。⟦m （编辑：尹晓澜　审核：杜承）⟧
""",
    ),
    dict(
        slug="news-huaxi-noodle-rack-drying-festival",
        site="婳溪新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.huaxinews.example.cn/xzcz/2024/1109/77315.shtml",
        title="千副面条架铺满河滩 婳口镇首届挂面晾晒节开幕",
        record_title="千副面条架铺满河滩 婳口镇首届挂面晾晒节开幕｜乡镇传真｜婳溪新闻网",
        record_date="2024-11-09",
        date="2024-11-09",
        notes="record gives the date; column and site after full-width bars; an editor line and a share row under the text",
        page="""
!m 婳溪新闻网　权威发布 婳溪之声
!m 首页 » 乡镇传真 » 正文
{T}
!m 2024-11-09 08:12:40　来源：婳溪县融媒体中心　作者：邵可宁　字号：T｜T
{BODY}
!m 【责任编辑：孟繁林】
!l 分享：微信｜微博｜复制链接
!l 相关阅读：婳口挂面入选市级非遗名录　旎河河滩生态修复工程完工
!d 凡注明“来源：婳溪县融媒体中心”的作品，版权均属婳溪新闻网所有，转载须注明出处。
""",
        indent="\u3000\u3000",
        body="""
11月8日，婳口镇首届挂面晾晒节在旎河河滩开幕。一千多副面条架沿河滩排开，银白色的面条在阳光下随风摆动，吸引了周边县市不少游客前来拍照。
开幕式上，二十位老面匠同时上架“挑面”，把醒好的面条一挂挂拉长、晾开，现场响起阵阵掌声。镇党委书记林晓峰介绍，婳口手工挂面已有两百多年历史，全镇现有挂面作坊160多户，年产挂面1800吨。
为办好这次晾晒节，镇里提前统一更换了不锈钢面条架，在河滩划出晾晒区、观光区和展销区，做到晒面不占道、游客有去处。
晾晒节将持续三天，其间还将举办挂面技艺比赛和农特产品展销活动。
""",
    ),
    dict(
        slug="forum-laowujian-enamel-mug-jammer",
        site="老物件收藏论坛 (invented, Discuz-style)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.laowujian.example.com/thread-204417-1-1.html",
        title="收了一只七十年代的“先进生产者”饭缸",
        record_title="[藏品晒单] 收了一只七十年代的“先进生产者”饭缸 - 搪瓷杂项 - 老物件收藏论坛",
        date=None,
        notes="Discuz-like thread: jammer-font junk glued after 。 and on a line; rating row, signature, replies; "
        "post time only relative (5 天前), no date",
        page="""
<html><head><meta charset="gbk"><title>[藏品晒单] 收了一只七十年代的“先进生产者”饭缸 - 搪瓷杂项 - 老物件收藏论坛</title>
<style>.jammer{font-size:0;color:#fff}</style></head><body>
<div id="hd">⟦m 老物件收藏论坛⟧　<a>⟦a 登录⟧</a> <a>⟦a 立即注册⟧</a>　<a>⟦a 找回密码⟧</a></div>
<div id="pt">⟦m 老物件收藏论坛 › 杂项专区 › 搪瓷杂项 › 查看帖子⟧</div>
<div class="hm">⟦m 查看: 1306 | 回复: 27⟧</div>
<table class="plhin"><tr><td class="pls"><div class="authi">⟦m 窑口拾珍⟧</div><p>⟦m 等级：藏友四段　积分 2718⟧</p></td>
<td class="plc"><h1 class="ts"><span id="thread_subject">{T}</span></h1>
<div class="authi">⟦m 发表于 5 天前 | 只看该作者 | 倒序浏览⟧</div>
<div class="t_fsz"><table><tr><td class="t_f" id="postmessage_1">
{BODY}
</td></tr></table></div>
<div class="rate">⟦l 参与评分 3　藏品币 +6　收起理由：品相不错⟧</div>
<div class="sign">⟦m 只收不卖，欢迎交流搪瓷老物件⟧</div>
<div class="po">⟦a 回复　引用　举报　收藏本帖⟧</div></td></tr></table>
<div class="reply">⟦l 2楼　瓷面斑驳：掉瓷别补，补了反而掉价⟧</div>
<div class="reply">⟦l 3楼　缸底有窑号：锈斑用小苏打泡一晚上试试⟧</div>
<div id="f_pst">⟦a 登录后方可回帖，还没有账号？立即注册⟧</div>
<div id="ft">⟦m Powered by Discuz! X3.4　老物件收藏论坛　蜀ICP备17022650号⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
前几天在旧货市场转悠，从一位老大爷手里收了这只饭缸。白底红字，正面印着“先进生产者”五个字，背面是“旎阳农具厂”和一个年份。
缸口有两处掉瓷，盖子的提手也换过，但整体品相还算不错，缸底的窑号清清楚楚。老大爷说这是他父亲当年评上先进得的奖品，一直舍不得用。
我查了一下，那个年代不少工厂都拿搪瓷饭缸当奖品。印的字也五花八门，有“劳动光荣”的，也有“为人民服务”的。
想请教各位老师两个问题：一是掉瓷的地方要不要补；二是饭缸里面有点锈斑，用什么清理比较稳妥？先谢过了。
""",
    ),
    dict(
        slug="forum-qiaoshoufang-dumpling-mat-howto-junk",
        site="巧手坊论坛 (invented)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="https://www.qiaoshoufang.example.net/t/58127.html",
        title="高粱秆饺子帘穿法，一看就会",
        record_title="[草编手作] 高粱秆饺子帘穿法，一看就会（附帘子尺寸）- 竹草编织 - 巧手坊论坛",
        date=None,
        notes="forum post: junk lines and junk glued after 。, a level line, likes and replies; '昨天 21:40' is no date",
        page="""
!m 巧手坊论坛 › 传统手艺 › 竹草编织
!t [草编手作] 高粱秆饺子帘穿法，一看就会（附帘子尺寸）
!m 楼主：秆儿匠人　Lv.7　发帖 412　昨天 21:40
!l 只看楼主 | 楼层跳转
{BODY}
!l 👍 286　💬 43　⭐ 收藏
!l 沙发　面团子：收藏了，周末带孩子试试
!l 板凳　北窗：求问秆子去皮用什么工具
!a 发表回复前请先登录巧手坊
!m 巧手坊 © 2013-2025　手艺人的家
""",
        junk=dict(lines=2, glued=3),
        body="""
好多朋友问我家饺子帘是怎么穿的，今天把步骤整理一下，手把手教大家。
材料：秋天收的高粱秆顶端一节，粗细要均匀。再准备一把剪刀、一根长针和一团棉线。
第一步，把高粱秆剥去外皮，按长短分开。泡在清水里半天，让秆子变软不容易裂。
第二步，取两根秆子十字交叉，用针线从中心穿过，再一根挨一根往外加，每加一圈就把线拉紧一次。
第三步，穿到直径三十五厘米左右，用剪刀沿外圈修圆，最后用棉线锁一道边。
穿好的饺子帘放在通风处晾两天就能用，撒点面粉，饺子放上去不粘不破。有问题可以跟帖问我。
""",
    ),
]

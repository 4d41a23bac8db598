"""holdout87, part A: fishing-net makers and net-mending workshops (渔网编织) — invented
counties, people, sites and chrome wording; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="fanwen-wangyun-summary-net-coop",
        site="网韵范文馆 (invented)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.wangyunfw.example.com/zongjie/20250114/5521.html",
        title="罟湾县渔网编织专业合作社2024年工作总结",
        record_title="【精品】罟湾县渔网编织专业合作社2024年工作总结（通用4篇）",
        date="2025-01-14",
        notes="decorated record title; writing-service prompt glued after a sentence; copy lock between paragraphs; 成文日期 at the end",
        page="""
!m 网韵范文馆 — 写材料，先来网韵
!m 首页 » 工作总结 » 合作社总结
{T}
!m 编辑：阿黎　浏览：1,204次　更新：3小时前
{BODY}
!a 本篇全文共1632字，点击复制全文
!l 上一篇：养殖户年度个人总结三则
!l 下一篇：村集体经济发展情况汇报
!d 网韵范文馆内容由会员投稿，若有侵权请来函，我们将在48小时内删除。
""",
        body="""
2024年，合作社在县渔业部门的指导下，坚持“手工为本、订单为先”，全年编织各类渔网一万二千张，实现销售收入三百八十万元。
一、主要做法
一是稳定手艺人队伍，新吸收社员二十一名，其中返乡妇女十四名。⟦w 没时间写？专业团队代笔，微信 wyfw_2088⟧
二是推行“统一收线、统一验网、统一结算”，网目误差控制在两毫米以内。
⟦a 会员可免费复制，非会员仅能浏览⟧
二、存在的问题
年轻人学艺意愿不强，尼龙线价格波动较大，部分订单交付偏紧。
罟湾县渔网编织专业合作社
2025年1月14日
""",
    ),
    dict(
        slug="wenku-juanwang-plan-arc-markers",
        site="卷网文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://wenku.juanwang.example.cn/view/8c1e7a02.html",
        title="梭浦镇渔网补网技能培训实施方案",
        record_title="梭浦镇渔网补网技能培训实施方案.docx",
        date="2025-03-05",
        notes="file-name record title; page markers ⌒2⌒ cut sentences; preview-end prompt at the bottom; upload line",
        pages=dict(fmt="⌒{n}⌒", every=110, start=2),
        page="""
!m 卷网文库　|　海量文档　一键预览
!t 梭浦镇渔网补网技能培训实施方案.docx
!m 贡献者：sp_ocean　页数：3页　上传于 2025-03-09
{BODY}
!a 试看已到底，余下2页请用下载券获取
!a ＜ 下载源文件 ＞　＜ 加入文件夹 ＞
!d 本文档为用户自行上传，卷网文库不对其内容真实性负责，如侵犯您的权益请点击举报。
""",
        body="""
为帮助沿海渔民掌握补网技能，增加家庭收入，镇人社所联合镇渔业服务站制定本方案。
一、培训对象
全镇年满十八周岁、有意从事渔网修补的渔民及家属，计划培训六十人。
二、培训内容
主要讲授网片结构、破口判断、单结与双结打法、网目校正和网具保养等内容，实操课时不少于总课时的三分之二。
三、时间安排
培训分两期进行，每期十天，第一期于3月下旬开班。
梭浦镇人民政府
2025年3月5日
""",
    ),
    dict(
        slug="gov-gangling-notice-net-ban-html",
        site="纲岭县人民政府 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.gangling.example.gov.cn/zwgk/tzgg/2025/0410/1187.html",
        title="纲岭县农业农村局关于开展违规网具清理整治的通告",
        record_title="纲岭县农业农村局关于开展违规网具清理整治的通告_通知公告_纲岭县人民政府",
        date="2025-04-10",
        notes="modern county template with 索引号 table, 关怀版 row, font-size row; the notice's own 举报电话 beside the 12345 footer; 抄送-free; date in byline and under signature",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>纲岭县农业农村局关于开展违规网具清理整治的通告_通知公告_纲岭县人民政府</title>
<script>var _hmt=_hmt||[];(function(){var s=document.createElement("script");})();</script>
<link rel="stylesheet" href="/css/base.css"></head>
<body>
<div class="topbar">⟦a 无障碍浏览⟧ ⟦a 关怀版⟧ ⟦m 欢迎访问纲岭县人民政府门户网站⟧</div>
<div class="logo"><h1>⟦m 纲岭县人民政府⟧</h1></div>
<ul class="nav"><li>⟦l 首页⟧</li><li>⟦l 政务公开⟧</li><li>⟦l 政务服务⟧</li><li>⟦l 互动交流⟧</li><li>⟦l 走进纲岭⟧</li></ul>
<div class="pos">⟦m 您现在的位置：首页 &gt; 政务公开 &gt; 通知公告⟧</div>
<table class="xxgk">
<tr><td>⟦m 索 引 号：11431022MB1X7/2025-00213⟧</td><td>⟦m 发布机构：县农业农村局⟧</td></tr>
<tr><td>⟦m 发文日期：2025-04-10⟧</td><td>⟦m 主题分类：农业、林业、水利⟧</td></tr>
</table>
<h2 class="title">{T}</h2>
<div class="info">⟦m 信息来源：县农业农村局　发布时间：2025-04-10 16:20　⟧<span>⟦a 【字号：大 中 小】⟧</span></div>
<div class="TRS_Editor">
{BODY}
</div>
<div class="btns">⟦a 【打印本页】⟧ ⟦a 【关闭窗口】⟧</div>
<div class="related"><h3>⟦l 相关信息⟧</h3><ul><li>⟦l 县农业农村局2025年春季禁渔期公告⟧</li><li>⟦l 关于做好渔船安全生产检查的通知⟧</li></ul></div>
<div class="footer"><p>⟦m 主办：纲岭县人民政府办公室　承办：县政务服务和大数据中心⟧</p>
<p>⟦m 政务服务热线：12345　网站标识码：4310220003⟧</p><p>⟦m 湘ICP备05007731号-1⟧</p></div>
<script src="/js/common.js"></script>
</body></html>
""",
        body="""
为保护水生生物资源，维护渔业生产秩序，县农业农村局决定自即日起至6月30日，在全县水域开展违规网具清理整治。
一、整治范围
重点清理网目尺寸小于国家标准的密眼网、地笼网以及禁用的电拖网具。
二、工作要求
各乡镇要组织力量对辖区渔具销售门店和编织作坊进行排查，发现违规网具一律登记封存。
三、举报方式
举报电话：0735-5226107，举报邮箱：glnyjzf@example.gov.cn。
纲岭县农业农村局
2025年4月10日
""",
    ),
    dict(
        slug="news-gangcheng-net-festival-html",
        site="罟湾新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.guwan.example.com/local/2025-05/18/c_40127.html",
        title="罟湾首届织网技艺大赛开赛",
        record_title=None,
        date="2025-05-18",
        notes="no record title; title in <h1>; byline with 发布时间; photo caption between paragraphs; editor line glued after the last sentence; 24-hour hot list",
        page="""
<html><head><meta charset="utf-8"><title>罟湾首届织网技艺大赛开赛 - 罟湾新闻网</title>
<script>window.adConfig={slot:"rt_01"};</script></head>
<body>
<header><div class="brand">⟦m 罟湾新闻网　海风里的家乡事⟧</div>
<nav>⟦l 本地⟧ ⟦l 海洋⟧ ⟦l 民生⟧ ⟦l 视频⟧ ⟦l 专题⟧</nav></header>
<main>
<h1>{T}</h1>
<p class="byline">⟦m 发布时间：2025-05-18 10:42　来源：罟湾日报　记者 麦晴⟧</p>
<article>
{BODY}
</article>
<div class="share">⟦l 转发到：朋友圈 | QQ空间 | 微博⟧</div>
</main>
<aside><h4>⟦l 24小时热读⟧</h4><ol><li>⟦l 沿海公路东段今起封闭施工⟧</li><li>⟦l 渔港夜市开张首日人气旺⟧</li></ol></aside>
<footer>⟦d 罟湾新闻网版权所有，未经授权禁止转载、摘编⟧<br>⟦m 新闻热线：0759-3316688⟧</footer>
</body></html>
""",
        body="""
5月17日，罟湾县首届织网技艺大赛在海尾村晒网场开赛，来自九个乡镇的四十六名织网能手同场竞技。
比赛设定时织网、破网修补和网目校准三个项目，评委现场测量网目尺寸并记录用时。
⟦m 图为选手在晒网场修补破网。　麦晴 摄⟧
今年六十八岁的陈阿娣以二十六分钟补好一张破口近一米的拖网，获得修补项目第一名。
县文旅局表示，将把织网技艺列入县级非遗代表性项目申报名录。⟦m （责任编辑：许朗）⟧
""",
    ),
    dict(
        slug="forum-yuchuan-net-post-junk",
        site="渔船之家论坛 (invented)",
        style="论坛",
        genre="心得体会",
        kind="insight",
        form="text",
        source="http://bbs.yuchuanzhijia.example.net/thread-22871-1-1.html",
        title="补了三十年网的一点心得",
        record_title="补了三十年网的一点心得 - 网具交流 - 渔船之家论坛",
        date="2025-02-26",
        notes="forum title with board and site; junk lines and junk glued after 。; 发表于 byline is the page's date; signature line and reply box",
        junk=dict(lines=2, glued=2),
        page="""
!m 渔船之家论坛 › 网具交流 › 查看主题
!t 补了三十年网的一点心得
!m 楼主：老海螺　发表于 2025-2-26 20:13　只看该作者
{BODY}
!m 本帖最后由 老海螺 于 2025-2-27 08:01 编辑
!l ——签名：船小好调头，网破先补眼——
!l 回复 | 引用 | 举报 | 加分
!a 登录后才能回帖，没有账号？立即注册
""",
        body="""
我十六岁跟父亲学补网，到今年正好三十年，说几点自己的体会，给年轻船员参考。
第一，补网先看破口走向，顺着网线补，补出来的网片受力均匀，下水不容易再裂。
第二，梭子里的线不能绕得太满，太满了穿网眼时容易卡，手也容易起泡。
第三，补完一定要拉一拉，网目大小对不上的地方宁可拆了重来。
这些都是土办法，说得不对的地方请大家指正。
""",
    ),
    dict(
        slug="blog-haiwei-net-memoir",
        site="海尾小记（个人博客） (invented)",
        style="博客",
        genre="随笔",
        kind="other",
        form="text",
        source="http://haiweixiaoji.example.blog.cn/post/2025/03/net-loft.html",
        title="祖屋阁楼上的那张旧网",
        record_title="祖屋阁楼上的那张旧网 | 海尾小记",
        date="2025-03-22",
        notes="blog title with | blog; bracketed post time is the page's date; tag row and archive list; a reprint notice after the last paragraph",
        page="""
!m 海尾小记 · 一个渔村孩子的笔记本
{T}
!m [2025-03-22 21:05]　分类：旧物　阅读(87)　评论(3)
{BODY}
!d 原创文字，转载请注明出处并保留本链接。
!l 标签：渔网 | 祖屋 | 回忆
!l 归档：2025年3月(4)　2025年2月(6)　2025年1月(2)
!l « 上一篇：退潮后的滩涂　　下一篇：阿公的船号 »
""",
        body="""
清明前回老家收拾祖屋，在阁楼角落里翻出一张用麻线织的旧网，网线已经发黑，有几处还打着补丁。
父亲说，这是爷爷年轻时织的，那时候没有尼龙线，麻线要先用薯莨汁浸泡，晒干了才经得起海水。
我把网摊在院子里，一个一个数网目，数到第三排就数乱了。
父亲在一旁笑，说爷爷那一辈人织网不用数，手一摸就知道大小。
后来我把旧网洗干净，叠好放进了樟木箱。
""",
    ),
    dict(
        slug="wechat-lanfan-net-lesson-html",
        site="蓝帆手作（公众号镜像） (invented)",
        style="公众号镜像",
        genre="新闻",
        kind="news",
        form="html",
        source="https://mp.lanfan-mirror.example.com/s/Ab8ZpQe41",
        title="周末带娃来学织网兜",
        record_title="周末带娃来学织网兜",
        record_date="2025-04-19",
        date="2025-04-19",
        notes="WeChat mirror in section/span markup; account line; 阅读原文/在看 row; a follow prompt and a mini-program card inside the body; the text's own sentence about scanning a code to sign up kept",
        p_html='<section><span style="font-size:15px">{}</span></section>',
        page="""
<html><head><meta charset="utf-8"><title>周末带娃来学织网兜</title>
<meta name="viewport" content="width=device-width"></head><body>
<div id="js_content">
<h2 class="rich_media_title">{T}</h2>
<div class="meta">⟦m 蓝帆手作　2025年4月19日 09:30　广东⟧</div>
<section>⟦a 点击上方蓝字“蓝帆手作”，关注我们⟧</section>
{BODY}
<section>⟦a 阅读原文⟧　⟦l 赞　分享　在看⟧</section>
<section>⟦l 写留言⟧</section>
</div>
<div class="mirror-foot">⟦d 本页由第三方镜像生成，内容版权归原公众号所有⟧</div>
</body></html>
""",
        body="""
这个周末，蓝帆手作工坊请来梭浦镇的老织网师傅，教孩子们用彩色棉线织一个小网兜。
网兜可以装皮球、装贝壳，也可以挂在书包上当装饰。
⟦l 【小程序】蓝帆手作课程预约⟧
活动时间为4月26日下午两点半至四点半，每组一位家长带一位孩子，共十五组。
报名请扫描海报下方二维码填写信息，每组收取材料费三十元。
""",
    ),
    dict(
        slug="docshare-jingwang-net-standard",
        site="经纬文档共享 (invented)",
        style="文档分享",
        genre="规范",
        kind="other",
        form="text",
        source="https://share.jingwei-doc.example.com/d/5f2c901a",
        title="手工渔网网片质量要求（团体标准征求意见稿）",
        record_title="手工渔网网片质量要求（团体标准征求意见稿）_经纬文档共享",
        date=None,
        notes="site suffix; decimal headings 3.1/3.2 and a data table kept; no date (only a year in the standard number and an upload stamp)",
        page="""
!m 经纬文档共享 ｜ 文档 · 资料 · 范本
{T}
!m 文档大小：86KB　格式：DOCX　上传时间：2025-06-02 14:11
!a 下载本文档（需2积分）　收藏　举报
{BODY}
!d 平台仅提供信息存储空间服务，文档版权归上传者或原作者所有。
!l 相关文档：刺网网目尺寸测量方法 / 渔具分类与命名
""",
        body="""
T/GWYJ 003—2025
1 范围
本文件规定了手工编织渔网网片的术语、技术要求和检验方法，适用于以聚乙烯、锦纶单丝为材料的手工网片。
2 技术要求
2.1 网目长度偏差应不大于公称网目长度的百分之二。
2.2 网结应牢固，不得有滑结、漏结。
3 检验方法
网目长度　取样数量　允许偏差
小于30毫米　20目　±0.5毫米
30毫米至60毫米　20目　±1.0毫米
""",
    ),
    dict(
        slug="edu-sucheng-net-class-html",
        site="梭城县教育信息网 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.suocheng.example.gov.cn/jygk/2025/0312/902.html",
        title="关于开展“织网进校园”劳动教育课程试点的通知",
        record_title="关于开展“织网进校园”劳动教育课程试点的通知",
        date="2025-03-12",
        notes="old table layout with marquee, visitor counter and 【发表评论】【打印此文】 row; 附件 list and the document's own 联系人/电话 kept; a 文号 neutral",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>梭城县教育信息网</title></head>
<body bgcolor="#ffffff">
<table width="960" align="center"><tr><td>⟦m 梭城县教育信息网⟧</td><td align="right">⟦a 设为首页⟧ | ⟦a 加入收藏⟧</td></tr></table>
<table width="960" align="center"><tr><td><marquee>⟦m 热烈祝贺我县学生在全市劳动技能展示中获佳绩！⟧</marquee></td></tr></table>
<table width="960" align="center"><tr>
<td width="220" valign="top"><div>⟦l 教育动态⟧</div><div>⟦l 通知公告⟧</div><div>⟦l 教研园地⟧</div><div>⟦l 下载中心⟧</div></td>
<td valign="top">
<div align="center"><b>{T}</b></div>
<div align="center">⟦m 作者：基础教育股　来源：本站原创　点击数：316　更新时间：2025-3-12⟧</div>
<div>梭教通〔2025〕9号</div>
{BODY}
<div>⟦a 【发表评论】【告诉好友】【打印此文】【关闭窗口】⟧</div>
</td></tr></table>
<table width="960" align="center"><tr><td align="center">⟦m 版权所有：梭城县教育局　地址：梭城县新港路8号⟧<br>⟦m 您是第 0082143 位访客⟧</td></tr></table>
</body></html>
""",
        body="""
各中小学：
为落实劳动教育要求，传承本地渔家技艺，县教育局决定在部分学校开展“织网进校园”劳动教育课程试点。
一、试点学校
县第二小学、梭浦镇中心小学、海尾九年一贯制学校。
二、课程安排
每周安排一课时，由学校聘请织网传承人担任校外辅导员。
附件：1.“织网进校园”课程指导纲要
2.试点学校课时安排表
联系人：蔡文君，电话：0759-3380214。
梭城县教育局
2025年3月12日
""",
    ),
    dict(
        slug="oa-haisheng-net-factory-minutes",
        site="海晟网具有限公司OA (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://oa.haisheng-net.example.local/doc/view?id=20250407-03",
        title="生产调度会会议纪要（第7期）",
        record_title="内部资料-生产调度会会议纪要（第7期）",
        date="2025-04-07",
        notes="intranet export: approval trail, read count; minutes' 时间/地点/主持/参会/记录 lines kept; 印发 line kept; an export stamp that is not the date",
        page="""
!m 海晟网具OA办公系统 ＞ 公文管理 ＞ 会议纪要
{T}
!m 拟稿：行政部 谢岚　审核：副总经理 邓伟　签发：总经理 黄启明
!m 已阅 23 人 / 未阅 4 人
{BODY}
!m 流转记录：行政部拟稿 → 生产部会签 → 总经理签发 → 分发
!m 导出时间：2025-05-30 17:45:02　导出人：admin02
!d 内部资料，严禁外传
""",
        body="""
时间：2025年4月7日上午9时
地点：公司二楼会议室
主持：邓伟
参会：生产部、质检部、采购部、销售部负责人
记录：谢岚
一、关于拖网订单排产。会议确定，出口拖网订单优先排产，4月25日前完成首批八百张。
二、关于原料储备。采购部要按两个月用量储备锦纶单丝，防止价格上涨影响交付。
三、关于车间安全。织网车间严禁私拉电线，下班前由班组长检查断电。
海晟网具有限公司行政部　2025年4月7日印发
""",
    ),
    dict(
        slug="qa-wenhai-net-knot-answer",
        site="问海问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://ask.wenhai.example.com/q/774120",
        title="织渔网用单结好还是双结好？",
        record_title=None,
        date="2025-01-08",
        notes="question as the title found on the page; answerer card; 回答于 line is the page's date; vote bar and 'more answers' list",
        page="""
!m 问海问答　|　有问题，问海
!l 首页 / 渔业 / 网具
{T}
!m 3个回答　1.2万浏览
!m 答主：网线老周（渔具店店主）　回答于 2025-01-08
{BODY}
!l 赞同 128　|　反对　|　收起评论
!a 我也要回答
!l 更多回答（2）
!l 相关问题：渔网用什么颜色好？ · 网线越粗越好吗？
""",
        body="""
看用途。拖网和围网受力大，网结要用双结，也叫死结，拉不开、不滑动。
刺网、挂网一般用单结就够了，单结省线，网片轻，下水更灵活。
如果是自己织网兜、晒鱼网这类小东西，单结完全可以。
""",
    ),
]

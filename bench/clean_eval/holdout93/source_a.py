"""holdout93, part A: 范文站, 文库预览, 政府门户, 新闻门户, 论坛 — snuff-bottle inside-painting
workshops, hawthorn orchards, wrought-iron smithies, cello ensembles, map-making offices and
bamboo-rat farms. Everything invented (counties, people, sites, URLs, chrome wording)."""

CASES = [
    dict(
        slug="fanwen-caiyun-hawthorn-coop-summary-decorated",
        site="彩云范文网 (invented)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.caiyunfw.example.com/zongjie/2024/88127.html",
        title="柘川县山楂种植专业合作社2024年度工作总结",
        record_title="【推荐下载】柘川县山楂种植专业合作社2024年度工作总结（通用2篇）_彩云范文网",
        date="2024-12-26",
        notes="decorated record title; title repeated; writing-service prompt glued after a sentence; hot list at the bottom; 成文日期 under the signature",
        page="""
!m 彩云范文网 —— 每天一篇好范文
!m 您在这里：首页 / 工作总结 / 合作社总结
{T}
!m 整理：范文君　更新于：2025-01-03　热度：1732℃
!a 本文共2页 ▸ 一键复制全文
{BODY}
!a 觉得有用？点个赞再走吧 👍
!l 本周热门：
!l ◎ 柑橘合作社年度工作总结范文
!l ◎ 村级产业发展情况汇报
!d 本站部分内容源于网友投稿，若侵犯您的权益请来函告知，核实后即删。
!m 彩云范文网 版权所有　浙ICP备20251847号-3
""",
        indent="　　",
        body="""
2024年，合作社在县农业农村局指导下，围绕“提品质、拓销路”目标，全年新增社员37户，山楂种植面积扩大到2160亩。
一是抓标准化生产。统一修剪、统一施肥、统一采收，优果率由去年的61%提高到74%。⟦w 代写各类总结材料，请加微信 cyfw_2288⟧
二是抓加工销售。新建冷库一座，与两家果脯企业签订保底收购协议，鲜果均价每斤提高0.4元。
三是抓社员培训。全年举办田间课堂9期，培训社员430人次。
柘川县山楂种植专业合作社
2024年12月26日
""",
    ),
    dict(
        slug="fanwen-juwen-snuff-painting-speech-html",
        site="聚文范文大全 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.juwendq.example.net/jianghua/201811/5521.html",
        title="在枳阳县内画鼻烟壶技艺传习所揭牌仪式上的讲话",
        record_title=None,
        date="2024-04-18",
        notes="old gb2312 table layout; title missing from the record (found in h1); speaker line and date under the title neutral; font-size row, related list, floating QQ box",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>在枳阳县内画鼻烟壶技艺传习所揭牌仪式上的讲话-聚文范文大全</title>
<script language="javascript">function doZoom(s){document.getElementById('zoom').style.fontSize=s+'px';}</script>
</head><body bgcolor="#f4f4f4">
<table width="960" align="center"><tr><td>⟦m 聚文范文大全　|　写材料，上聚文⟧</td><td align="right">⟦a 设为主页⟧ ⟦a 收藏聚文⟧</td></tr></table>
<table width="960" align="center"><tr><td>⟦m 首页　讲话稿　工作总结　心得体会　演讲稿　计划方案⟧</td></tr></table>
<table width="960" align="center"><tr><td valign="top" width="700">
<div class="pos">⟦m 位置：聚文范文大全 &gt;&gt; 讲话稿 &gt;&gt; 开幕致辞⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 时间：2024-05-06 10:12　来自：网友投稿　阅读：286次⟧</div>
<div>⟦a 【字号 大 中 小】⟧</div>
<p>县文化馆馆长　秦若岚</p>
<p>（2024年4月18日）</p>
<div id="zoom">
{BODY}
</div>
<div>⟦l 上一篇：在青年书画展开幕式上的致辞⟧</div>
<div>⟦l 下一篇：非遗进校园启动仪式主持词⟧</div>
</td><td valign="top" width="250">
<div class="side">⟦l 相关讲话稿推荐⟧<br>⟦l 在非遗工坊授牌仪式上的讲话⟧<br>⟦l 传统技艺培训班开班讲话⟧</div>
</td></tr></table>
<div style="position:fixed;right:0;top:200px">⟦w 在线代笔 QQ：3310428765⟧</div>
<table width="960" align="center"><tr><td>⟦d 声明：本站稿件均来自网络，仅供参考，请勿照搬使用。⟧<br>⟦m Copyright 2009-2025 juwendq.example.net 皖ICP备10022871号⟧</td></tr></table>
</body></html>
""",
        body="""
各位来宾，同志们：
今天，我们在这里为枳阳县内画鼻烟壶技艺传习所揭牌，这是我县非遗保护工作中的一件喜事。
内画鼻烟壶以细笔探入壶内反向作画，一只壶往往要画上十几天，靠的是眼力，更是耐心。
传习所成立后，将每年招收学员不少于20名，由两位省级代表性传承人轮流授课。
希望学员们沉下心来，把这门手艺学到手、传下去。谢谢大家！
""",
    ),
    dict(
        slug="wenku-jinye-iron-railing-plan-markers",
        site="金页文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://wenku.jinye.example.com/view/9f31c0a2b8.html",
        title="榕坪镇老街铁艺栏杆修缮实施方案",
        record_title="榕坪镇老街铁艺栏杆修缮实施方案.docx",
        date="2025-03-10",
        notes="file-name title; page markers ⁅n⁆ cut sentences; preview-end prompt and upload notice; 成文日期 in Chinese numerals",
        page="""
!m 金页文库　海量文档 随心预览
!m 文档分类：行业资料 > 城乡建设
!m 上传者：t_铁匠铺　页数：3页　下载券：2
{T}
{BODY}
!a 预览已到末页，获取完整文档请使用2下载券
!a 加入书架　｜　举报　｜　转存到网盘
!d 本文档为用户自主上传，金页文库仅提供存储空间，如有侵权请联系删除。
!l 猜你喜欢：古街立面改造设计说明　铁艺护栏技术交底
""",
        indent="　　",
        pages=dict(fmt="⁅{n}⁆", every=90, start=2, glue=False),
        body="""
为保护老街历史风貌，消除栏杆锈蚀、松动带来的安全隐患，结合镇人大代表建议，制定本方案。
一、修缮范围。老街东段至石拱桥共计铁艺栏杆412米，其中需整体更换的58米，局部补焊的354米。
二、工艺要求。保留原有缠枝纹样，新制构件由镇上两家铁艺作坊手工锻打，防锈底漆不少于两遍。
三、时间安排。四月上旬完成测绘放样，五月底前完成施工，六月中旬组织验收。
榕坪镇人民政府
二〇二五年三月十日
""",
    ),
    dict(
        slug="wenku-yunshu-cello-ensemble-report-html",
        site="云书文库 (invented)",
        style="文库预览",
        genre="报告",
        kind="report",
        form="html",
        source="https://www.yunshuwk.example.cn/doc/44120877.html",
        title="楮山市少年大提琴乐团2024年度活动报告",
        record_title="楮山市少年大提琴乐团2024年度活动报告 - 云书文库",
        date=None,
        notes="modern doc-preview page; paragraph page markers (｛第n页｝ as paragraphs); VIP prompt and download button between paragraphs; no date (only a year in the title and an upload stamp)",
        page="""
<!DOCTYPE html><html lang="zh"><head><meta charset="utf-8"><title>楮山市少年大提琴乐团2024年度活动报告 - 云书文库</title>
<script>window.__DOC__={id:44120877,pages:4};</script><style>.doc p{line-height:1.8}</style></head><body>
<header><div class="logo">⟦m 云书文库⟧</div><nav>⟦m 精品文档　教育专区　行业资料　VIP专区⟧</nav><a>⟦a 登录/注册⟧</a></header>
<main>
<h1>{T}</h1>
<div class="meta">⟦m 贡献者：弦歌小筑　上传时间：2025-01-14　浏览 905 次⟧</div>
<div class="doc">
{BODY}
</div>
<div class="end">⟦a 还剩2页未读，开通VIP畅读全文⟧</div>
<div class="btns">⟦a 下载文档（4.2元）⟧ ⟦a 存到我的收藏⟧</div>
<aside>⟦l 相似文档：乐团年度演出总结 / 少儿器乐培训工作报告 / 弦乐团排练制度⟧</aside>
</main>
<footer>⟦d 文档内容由用户上传，版权归原作者所有，本站不对内容真实性负责。⟧</footer>
</body></html>
""",
        pages=dict(fmt="｛第{n}页｝", every=100, start=2),
        body="""
本年度，乐团共有在册团员46名，其中新招团员11名，年龄最小的8岁。
全年组织集中排练38次，分声部练习120余次，完成《天鹅》《沂蒙山小调》等9首作品的排演。
乐团先后在市文化中心、两所乡村小学举办公益音乐会4场，观众累计约2600人次。
⟦a 点击下载完整版Word⟧
下一年度，乐团计划增设低音提琴声部，并与市艺术学校合作开设乐理课。
""",
    ),
    dict(
        slug="gov-zhiyang-map-office-notice-html",
        site="枳阳县人民政府 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.zhiyang.example.gov.cn/zwgk/tzgg/202506/t20250612_71831.html",
        title="枳阳县自然资源局关于编制2025版县域标准地图征集意见的通知",
        record_title="枳阳县自然资源局关于编制2025版县域标准地图征集意见的通知_枳阳县人民政府",
        date="2025-06-12",
        date_also=["2025-06-13"],
        notes="county portal with 信息公开 table, 关怀模式 row, toolbar; document's own 联系人/电话/邮箱 next to the site's 政务服务热线; 附件 list in the body; 文号 neutral",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>枳阳县自然资源局关于编制2025版县域标准地图征集意见的通知_枳阳县人民政府</title>
<script src="/js/jquery.min.js"></script><script>var _hmt=_hmt||[];</script></head><body>
<div class="topbar">⟦a 无障碍浏览⟧ ⟦a 关怀模式⟧ ⟦a 简/繁⟧ ⟦m 今天是：2025年6月13日 星期五⟧</div>
<div class="banner">⟦m 枳阳县人民政府　ZHIYANG COUNTY⟧</div>
<ul class="menu"><li>⟦m 首页⟧</li><li>⟦m 走进枳阳⟧</li><li>⟦m 政府信息公开⟧</li><li>⟦m 互动交流⟧</li></ul>
<div class="crumb">⟦m 首页 ＞ 政府信息公开 ＞ 通知公告⟧</div>
<table class="info"><tr><td>⟦m 索引号：ZY-0421-2025-00318⟧</td><td>⟦m 发文机关：县自然资源局⟧</td></tr>
<tr><td>⟦m 成文日期：2025-06-12⟧</td><td>⟦m 公开日期：2025-06-13⟧</td></tr></table>
<h1>{T}</h1>
<p class="wh">枳自然资发〔2025〕19号</p>
<div class="tool">⟦a 【大字】【中字】【小字】　【打印】　【关闭】⟧</div>
<div class="content">
{BODY}
</div>
<div class="qrbox">⟦a 微信扫一扫　本页随身带⟧</div>
<div class="foot">⟦m 主办：枳阳县人民政府办公室　政务服务热线：12345⟧<br>⟦m 网站标识码：4310280019　湘公网安备43102802000147号⟧</div>
</body></html>
""",
        body="""
各乡镇人民政府，县直有关单位：
为规范地图使用，我局拟编制2025版枳阳县县域标准地图，现面向社会公开征集意见。
一、征集内容。地名标注、道路等级、景点及公共服务设施的位置是否准确。
二、征集时间。2025年6月12日至7月11日。
三、反馈方式。联系人：邓小满，电话：0746-5213307，邮箱：zyzrzy_dt@example.cn。
附件：1.县域标准地图（征求意见稿）
2.意见反馈表
枳阳县自然资源局
2025年6月12日
""",
    ),
    dict(
        slug="gov-guanwan-bamboo-rat-text-meta",
        site="桤湾镇人民政府网 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://qiwan.example.gov.cn/xzdt/2025/0415_3308.html",
        title="桤湾镇关于规范竹鼠养殖场防疫管理的通知",
        date="2025-04-15",
        notes="text page of a township portal; meta lines at top; font and print buttons glued to the title line? no — on their own; data table rows with ideographic spaces; printing/share row and footer",
        page="""
!m 桤湾镇人民政府网
!m 首页 → 镇务公开 → 通知公告
{T}
!m 信息来源：镇农业服务中心　发布时间：2025-04-15　点击：214
!a 〖字号：放大 还原〗〖打印正文〗
{BODY}
!l 【分享到】朋友圈　微博　复制链接
!l 上一条：桤湾镇春季植树活动安排
!l 下一条：关于开展农村自建房排查的通知
!m 桤湾镇人民政府主办　地址：桤湾镇兴业路8号　ICP备案：赣ICP备19007712号
""",
        body="""
各村（社区）、各养殖户：
近期周边县区出现竹鼠养殖场疫病散发情况，为做好防疫工作，现将有关事项通知如下。
一、全面登记。各村于4月25日前将辖区养殖户情况报镇农业服务中心，具体如下：
村别　养殖户数　存栏只数
上坪村　6　3200
下溪村　4　1850
二、落实消毒。养殖场每周消毒不少于两次，病死竹鼠一律无害化处理，不得出售。
三、严禁违规引种。外地引种须凭检疫证明，并报镇农业服务中心备案。
桤湾镇人民政府
2025年4月15日
""",
    ),
    dict(
        slug="news-chushan-cello-concert-html-photo",
        site="楮山新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.chushannews.example.com/wh/2025-05/20/c_118220.html",
        title="百名学生同奏大提琴 楮山乡村音乐课结出硕果",
        record_title=None,
        date="2025-05-20",
        notes="modern news portal; title missing (from h1); byline 发布时间 is the date; photo caption and editor line; 24-hour list; title repeated in share bar",
        page="""
<!doctype html><html><head><meta charset="utf-8"><title>百名学生同奏大提琴 楮山乡村音乐课结出硕果_楮山新闻网</title>
<meta name="description" content="楮山乡村音乐课"><script async src="/stat.js"></script></head><body>
<div class="nav">⟦m 楮山新闻网⟧ ⟦m 时政　民生　文化　视频　专题⟧ ⟦a 客户端下载⟧</div>
<div class="path">⟦m 楮山新闻网 &gt; 文化 &gt; 正文⟧</div>
<article>
<h1>{T}</h1>
<div class="byline">⟦m 发布时间：2025-05-20 17:46　来源：楮山日报　记者 顾清禾⟧</div>
{BODY}
<p class="editor">⟦m 责编：韦一鸣　审核：郁初⟧</p>
</article>
<div class="sharebar">⟦l 分享：⟧ ⟦l 微信⟧ ⟦l 微博⟧</div>
<div class="hot"><h3>⟦l 24小时热读⟧</h3><ul><li>⟦l 楮山城区将新增三处口袋公园⟧</li><li>⟦l 端午假期客流预测出炉⟧</li></ul></div>
<footer>⟦d 未经本网书面授权，不得转载、摘编或以其他方式使用上述作品。⟧<br>⟦m 楮山日报社主办　违法和不良信息举报：0739-8800110⟧</footer>
</body></html>
""",
        body="""
5月19日晚，楮山市少年宫剧场座无虚席，来自12所乡村学校的103名学生同台演奏大提琴。
三年前，市教育局在乡村学校试点开设大提琴课，由市乐团演奏员每周下乡授课。
⟦m 图为学生们在演出前调音。顾清禾 摄⟧
“一开始连琴弓都握不稳，现在能拉完整首曲子了。”上坪小学五年级学生彭小雨说。
据介绍，今年秋季学期试点学校将扩大到20所。
""",
    ),
    dict(
        slug="news-boshan-iron-smithy-text-wrapped",
        site="柏山融媒 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://m.boshanrm.example.com/a/20250308/91302",
        title="老铁匠的新订单：柏山铁艺作坊走进城市阳台",
        record_title="老铁匠的新订单：柏山铁艺作坊走进城市阳台｜柏山融媒",
        date="2025-03-08",
        notes="news app text page hard-wrapped at 62 columns; date from a 发布 line; title repeated and glued before the lead? no — lead starts with the same phrase; open-in-app and related list",
        page="""
!m 柏山融媒　掌上看柏山
!a 打开APP，阅读体验更佳
{T}
!m 柏山融媒 2025-03-08 09:15 发布于柏山
{BODY}
!m （通讯员：魏东亭　编辑：苗可）
!l 相关阅读
!l 柏山非遗集市本周六开市
!l 手艺人直播带货培训班开班
!a 点赞 26　收藏　转发
""",
        wrap=62,
        indent="　　",
        body="""
在柏山镇西街，经营了三十多年的袁氏铁艺作坊最近订单不断，订货的大多是城里装修阳台和庭院的年轻人。
“过去打的是锄头、门闩，现在多是花架、栏杆和灯架。”作坊主人袁德厚一边抡锤一边说。
去年起，他的儿子把作品拍成短视频发到网上，一件手工锻打的花架能卖到八百多元。
今年作坊又招了两个徒弟，计划在镇上开一间体验工坊。
""",
    ),
    dict(
        slug="forum-liuxi-hawthorn-picking-post-junk",
        site="柃溪生活论坛 (invented)",
        style="论坛",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://bbs.lingxilife.example.com/thread-402281-1-1.html",
        title="关于文明采摘、保护山楂林的倡议书",
        record_title="[公益] 关于文明采摘、保护山楂林的倡议书 - 乡村振兴 - 柃溪生活论坛",
        date="2025-09-22",
        notes="Discuz-like text page; forum junk lines and glued; floor meta; signature; 倡议 date at the end",
        page="""
!m 柃溪生活论坛 › 乡村振兴 › 查看帖子
!m 查看: 1182|回复: 9
!t [公益] 关于文明采摘、保护山楂林的倡议书
!m 楼主　山里红妹子　发表于 2025-9-23 08:41　只看该作者
{BODY}
!m 本帖最后由 山里红妹子 于 2025-9-23 08:45 编辑
!l 回复　引用　举报　顶 ↑
!l 沙发　野山客：支持！去年好多枝子被折断了
!m 手机版｜小黑屋｜柃溪生活论坛
""",
        junk=dict(lines=1, glued=2),
        body="""
各位游客朋友：
每到金秋，柃溪北坡的山楂林都会迎来大批采摘游客。
为保护果树，我们倡议：一是在开放果园采摘，不擅入未开放地块。二是不攀爬、不折枝，用采摘剪剪取果柄。三是带走垃圾，不在林中生火。
让我们一起守护这片山楂林，明年再来时它依旧红满枝头。
柃溪村山楂种植户联合会
2025年9月22日
""",
    ),
    dict(
        slug="forum-jianghu-map-club-html-floors",
        site="江湖地图迷论坛 (invented)",
        style="论坛",
        genre="心得体会",
        kind="insight",
        form="html",
        source="https://bbs.dituimi.example.com/forum.php?mod=viewthread&tid=77031",
        title="手绘县城老地图的一点心得",
        record_title="手绘县城老地图的一点心得 - 手绘交流区 - 江湖地图迷论坛 - Powered by Discuz!",
        date="2025-02-17",
        notes="Discuz-like HTML with jammer fonts; 发表于 byline is the date; floor numbers, reply box; signature line",
        page="""
<html><head><meta charset="gbk"><title>手绘县城老地图的一点心得 - 手绘交流区 - 江湖地图迷论坛 - Powered by Discuz!</title>
<style>.jammer{display:none}</style></head><body>
<div id="hd">⟦m 江湖地图迷论坛⟧ ⟦a 登录⟧ ⟦a 立即注册⟧ ⟦a 找回密码⟧</div>
<div id="pt">⟦m 论坛 › 手绘交流区 › 手绘县城老地图的一点心得⟧</div>
<div class="pls">⟦m 楼主　墨线老周　积分 2411　帖子 318⟧</div>
<div class="pi">⟦m 发表于 2025-2-17 21:05⟧　⟦m 电梯直达 1#⟧</div>
<h1>{T}</h1>
<div class="t_f">
{BODY}
</div>
<div class="sign">⟦m 签名：一笔一划，画出家乡⟧</div>
<div class="po">⟦l 回复　支持(31)　反对(0)　收藏⟧</div>
<div class="fastpost">⟦l 您需要登录后才可以回帖 登录 | 注册⟧</div>
<div id="ft">⟦m Archiver｜手机版｜江湖地图迷论坛 ( 粤ICP备16034419号 )⟧</div>
</body></html>
""",
        junk=dict(lines=1, glued=1),
        body="""
画了两年家乡县城的老地图，说几点体会。
第一，先定比例再落笔。我用的是一比五千，街巷宽度统一夸大一倍，不然小巷根本画不下。
第二，老地名要核对。我跑了县档案馆三趟，又找老人一条街一条街地问，改了二十多处。
第三，图例要少而清楚，老店铺、水井、牌坊各用一个符号就够了。
画完以后最大的收获，是重新认识了自己长大的地方。
""",
    ),
]

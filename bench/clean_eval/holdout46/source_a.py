"""holdout46, part A: 范文站, 文库预览, 政府门户, 新闻门户, 论坛. Invented text throughout."""

CASES = [
    dict(
        slug="fanwen-duzhou-speech-ferry-safety",
        site="写手驿站 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.xieshouyz.cn/jianghua/anquan/2025/0412-7731.html",
        title="在全县渡口渡船安全管理工作会议上的讲话",
        record_title="【必备】在全县渡口渡船安全管理工作会议上的讲话（精选2篇）",
        date="2025-04-09",
        notes="decorated title; date under the speech title; speaker line neutral; writing prompt glued after a sentence",
        page="""
!m 写手驿站｜笔头快一点，材料好一点
!m 位置：驿站首页 / 讲话稿 / 安全生产
!t 【必备】在全县渡口渡船安全管理工作会议上的讲话（精选2篇）
!m 收录：2025-04-12　人气：1877　整理：小满
!a 「全文复制」「存为DOC」「收藏」
{T}
苇渡县副县长　陈启川
（2025年4月9日）
{BODY}
!a 还剩余约六成内容未显示，开通月卡即可阅读下载。
!l 看了本文的人还看了：
!l 汛期水上交通安全工作会议发言稿
!l 乡镇渡运安全隐患排查整治方案
!d 声明：本站稿件多由会员投稿，观点不代表本站立场，若涉及权利问题请联系站长处理。
!m ©2019-2025 xieshouyz.cn　湘ICP备19088213号
""",
        indent="\u3000\u3000",
        body="""
同志们：
全县现有渡口19处、渡船27艘，年渡运量约46万人次，渡口安全关系到沿河群众每一天的出行。今天召开这次会议，就是要把渡运安全的责任再压一压、措施再细一细。⟦w 需要定制同类讲话稿的，可私信站内“代笔小满”。⟧
一、底数要清。各乡镇要对辖区渡口、渡船、渡工逐一登记，做到船籍、证书、救生设备“三清楚”，发现无证渡船一律停航。
二、制度要严。严格执行“六不开航”规定，遇大风、大雾、洪水等恶劣天气坚决停渡，渡口管理员要每天记录渡运情况。
三、责任要实。县交通运输局牵头，海事、公安、应急等部门配合，每季度联合检查一次；乡镇主要负责同志是本辖区渡口安全第一责任人。
同志们，水上安全无小事。希望大家时刻绷紧安全这根弦，确保全年渡运零事故。
""",
    ),
    dict(
        slug="fanwen-html-minyao-summary-kiln-oldtable",
        site="公文百宝箱 (invented)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://www.gwbbx.com/Article/zongjie/202501/58812.asp",
        title="青窑坞村龙窑保护利用工作总结",
        record_title=None,
        date="2025-01-06",
        notes="old gb2312 table layout with marquee and counter; title missing from the record, found in the page; 成文日期 under the signature",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>青窑坞村龙窑保护利用工作总结-公文百宝箱</title>
<script>document.oncontextmenu=function(){return false}</script></head>
<body><table width="960" align="center"><tr><td>
<div class="logo">⟦m 公文百宝箱　www.gwbbx.com⟧</div>
<marquee>⟦m 欢迎光临公文百宝箱！本站每日更新范文三百篇，会员享受无限下载。⟧</marquee>
<table><tr><td>⟦m 您的位置：首页 &gt;&gt; 总结大全 &gt;&gt; 村级工作总结⟧</td></tr></table>
</td></tr><tr><td>
<h2>{T}</h2>
<div class="info">⟦m 作者：佚名　　来源：会员投稿　　点击数：　4,216　　更新：2025-1-9⟧</div>
<div>⟦a 【字体：放大 还原 缩小】【打印此文】【关闭窗口】⟧</div>
<div class="content">
{BODY}
</div>
<div>⟦l 上篇文章：村集体经济发展情况总结⟧</div>
<div>⟦l 下篇文章：传统村落保护年度工作总结⟧</div>
</td><td width="220" valign="top">
<div class="side">⟦l 本月排行　1.村级年度工作总结　2.非遗保护工作汇报　3.文旅融合发展总结⟧</div>
<div class="kf">⟦w 材料代笔，在线客服Q：2298140765⟧</div>
</td></tr><tr><td colspan="2">
<div>⟦d 本站所有文章来自网友投稿，仅供参考学习，请勿用于商业用途。⟧</div>
<div>⟦m 公文百宝箱 版权所有　闽ICP备13005521号　您是第 0018326 位访客⟧</div>
</td></tr></table></body></html>
""",
        body="""
2024年，青窑坞村在镇党委、镇政府的指导下，围绕龙窑“保护好、传承好、利用好”的目标，扎实推进各项工作，现总结如下。
一、摸清家底。组织村干部和老窑工对村内3条龙窑、11处作坊遗址进行实地踏勘，绘制分布图，建立一窑一档。
二、抢救修缮。争取上级资金48万元，完成上窑窑棚加固和窑床局部修补，恢复试烧2次，出窑合格率达到八成以上。
三、传承带徒。聘请3名老窑工为传承师傅，招收本村青年学徒9名，全年授课60余次。
四、融合发展。举办首届“开窑节”，接待游客1.2万人次，带动村民增收约35万元。
2025年，我村将继续做好龙窑日常维护，积极申报县级文物保护单位。
青窑坞村村民委员会
2025年1月6日
""",
    ),
    dict(
        slug="wenku-html-mifeng-plan-bracket-markers",
        site="知页文库 (invented)",
        style="文库预览",
        genre="工作方案",
        kind="plan",
        form="html",
        source="https://wenku.zhiye365.com/view/8c2e11f04ab0.html",
        title="蜜岭镇中蜂养殖产业发展实施方案",
        record_title="蜜岭镇中蜂养殖产业发展实施方案.docx",
        date=None,
        notes="file-name title; preview reader with a page-marker paragraph between halves of a cut paragraph; year only in the text; upload stamp no date",
        pages=dict(fmt="⁅ {n} ⁆", every=150, start=2),
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>蜜岭镇中蜂养殖产业发展实施方案.docx - 知页文库</title></head>
<body><header><nav>⟦m 知页文库 首页 | 分类 | 专题 | 会员中心⟧</nav><div>⟦a 登录/注册⟧</div></header>
<main><h1>{T}</h1>
<div class="doc-meta">⟦m 上传者：bee_****　上传于：2025-03-02　页数：4页　浏览：693⟧</div>
<div class="toolbar">⟦a 下载文档（4下载券）⟧ ⟦a 加入文件夹⟧ ⟦a 分享⟧</div>
<div class="reader">
{BODY}
</div>
<div class="paywall">⟦a 预览已结束，剩余1页需开通知页会员后阅读⟧</div>
</main>
<aside><h3>⟦l 相似文档⟧</h3><ul><li>⟦l 养蜂合作社年度工作计划⟧</li><li>⟦l 特色养殖产业扶持政策汇编⟧</li></ul></aside>
<footer>⟦d 本文档由用户上传，知页文库仅提供存储空间，如侵犯您的权益请提交举报。⟧<br>⟦m © 知页文库 zhiye365.com⟧</footer>
<script src="/js/reader.min.js"></script></body></html>
""",
        body="""
为做强中蜂养殖特色产业，带动群众增收，结合我镇实际，制定本方案。
一、发展目标。到2026年底，全镇中蜂饲养量达到6000群，培育养蜂专业户80户，建成蜂蜜标准化加工车间1个，“蜜岭土蜂蜜”品牌在县内外形成一定影响。
二、主要任务。（一）扩大养殖规模，对新增饲养20群以上的农户，每群给予50元一次性补助。（二）强化技术服务，每年举办养蜂技术培训不少于4期，重点讲授分蜂、越冬管理和病虫害防治。（三）规范质量管理，推行蜂场养殖记录，统一蜂蜜检测和包装标识。
三、保障措施。成立由镇长任组长的工作领导小组，镇农业服务中心负责日常工作；各村确定一名联络员，每月报送养殖进度。
""",
    ),
    dict(
        slug="wenku-lubing-speech-wrapped-markers-glued",
        site="文海预览 (invented)",
        style="文库预览",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.wenhaiyl.com/p-5521907.html",
        title="在卤湾盐场建场六十周年座谈会上的讲话",
        record_title="在卤湾盐场建场六十周年座谈会上的讲话",
        date="2024-10-18",
        date_also=[],
        notes="hard-wrapped at 58 columns, page markers of my own glued at line starts; Chinese-numeral date under the title",
        wrap=58,
        indent="\u3000\u3000",
        pages=dict(fmt="⟬{n}⟭", every=90, start=2, glue="mix"),
        page="""
!m 文海预览 · 海量文档在线看
!a 免费预览前3页　完整版请下载
{T}
二〇二四年十月十八日
{BODY}
!a 本文档已预览完毕，点击“立即下载”获取可编辑版本
!m 文档编号：WH5521907　　大小：38KB　　格式：DOC
!d 版权说明：文档来自用户分享，如有侵权请联系平台客服删除
""",
        body="""
各位老领导、老同事，同志们：
六十年前，第一批建设者挑着扁担来到卤湾的滩涂上，用双手开出了第一片盐田。六十年来，一代代盐场人晒盐、运盐、守滩，为国家食盐供应作出了重要贡献。在此，我代表场党委，向全体离退休老同志和在岗职工致以崇高的敬意！
回顾六十年，我们最宝贵的是艰苦创业的精神。老同志们常说，“盐是汗水晒出来的”，这句话今天依然管用。
面向未来，我们要推进盐田改造，发展海盐文化旅游，让老盐场焕发新活力。希望大家继续关心支持盐场发展，共同书写卤湾盐场新的篇章！
""",
    ),
    dict(
        slug="gov-html-zhenshan-notice-forge-index-table",
        site="砧山县人民政府 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.zhenshan.gov.cn/zwgk/tzgg/202505/t20250512_88213.html",
        title="砧山县工业和信息化局关于开展锻造企业安全生产专项检查的通知",
        record_title="砧山县工业和信息化局关于开展锻造企业安全生产专项检查的通知_通知公告_砧山县人民政府",
        date="2025-05-12",
        notes="index table with 索引号/文号 (meta); elderly-mode bar; document's own contact beside the portal hotline; 抄送 kept",
        page="""
<!DOCTYPE html><html lang="zh"><head><meta charset="utf-8"><title>砧山县工业和信息化局关于开展锻造企业安全生产专项检查的通知_通知公告_砧山县人民政府</title>
<script>var _hmt=_hmt||[];</script></head><body>
<div class="topbar">⟦a 长者模式⟧ ⟦a 无障碍浏览⟧ ⟦a 简|繁⟧</div>
<header><div class="site">⟦m 砧山县人民政府　ZHENSHAN COUNTY PEOPLE'S GOVERNMENT⟧</div>
<nav>⟦m 首页　政务公开　政务服务　互动交流　走进砧山⟧</nav></header>
<div class="crumb">⟦m 当前所在：首页 > 政务公开 > 通知公告⟧</div>
<table class="xxgk">
<tr><td>⟦m 索引号：115223K09/2025-00412⟧</td><td>⟦m 发布机构：县工业和信息化局⟧</td></tr>
<tr><td>⟦m 主题分类：安全生产⟧</td><td>⟦m 发文日期：2025-05-12⟧</td></tr>
</table>
<h1>{T}</h1>
<div class="wh">砧工信〔2025〕17号</div>
<div class="zw">
{BODY}
</div>
<div class="tools">⟦a 【打印本页】⟧ ⟦a 【关闭】⟧ ⟦l 分享到：微信 微博⟧</div>
<footer>⟦m 主办：砧山县人民政府办公室　政务服务热线：12345⟧<br>⟦m 网站标识码：4408250011　备案号：粤ICP备05012947号⟧<br>⟦d 未经授权，禁止复制或建立镜像⟧</footer>
</body></html>
""",
        body="""
各乡镇人民政府，县直有关单位，各锻造企业：
为防范锻造行业高温、机械伤害等事故，县工业和信息化局决定于2025年5月至7月在全县开展锻造企业安全生产专项检查。现将有关事项通知如下。
一、检查范围：全县46家锻造、锻压及刀具加工企业。
二、检查内容：1.加热炉、空气锤、压力机等设备安全防护情况；2.作业人员持证上岗和劳动防护用品配备情况；3.车间通风、消防通道和应急预案落实情况。
三、时间安排：5月20日前企业自查，6月集中检查，7月上旬复查整改。
联系人：郭立峰，电话：0768-5321047。
砧山县工业和信息化局
2025年5月12日
抄送：县应急管理局，县市场监督管理局。
""",
    ),
    dict(
        slug="gov-luting-plan-ferry-text-site-suffix",
        site="芦汀镇人民政府 (invented)",
        style="政府门户",
        genre="工作方案",
        kind="plan",
        form="text",
        source="http://www.luting.gov.cn/xxgk/ghjh/content_4471.html",
        title="芦汀镇2025年汛期渡口停渡应急处置方案",
        record_title="芦汀镇2025年汛期渡口停渡应急处置方案 - 芦汀镇人民政府门户网站",
        date="2025-05-28",
        notes="portal text page; font-size row and share bar glued; a byline date; table rows kept",
        page="""
!m 芦汀镇人民政府门户网站
!m 首页 » 信息公开 » 规划计划
{T}
!m 信息来源：镇应急办　发布时间：2025-05-28 10:12　浏览次数：286
!a 字号：[ 大 中 小 ]　视力保护色
{BODY}
!l 【分享至】 QQ空间 · 微博 · 微信
!l 相关信息：芦汀镇防汛抢险队伍名单公示
!m 芦汀镇人民政府主办　地址：芦汀镇滨河路9号　值班电话：0731-86310012
!m 湘ICP备20004471号-1
""",
        body="""
为做好汛期渡口安全工作，遇险情时及时停渡、妥善疏导，制定本方案。
一、停渡条件：（一）河道水位超过警戒水位；（二）风力达到6级以上；（三）能见度低于100米。
二、各渡口责任人如下：
渡口　责任人　联系电话
上湾渡　李海生　13907318821
芦花渡　周春莲　13574219036
三、处置程序：责任人接到停渡指令后，立即悬挂停渡牌，劝离候渡群众，并向镇应急办报告。
四、群众可关注镇政府公众号了解停渡复航信息，也可拨打镇应急办电话咨询。
""",
    ),
    dict(
        slug="news-html-cuchuan-ferry-bridge-photo",
        site="棹溪新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.zhaoxinews.cn/2025/06/18/ARTI1718624410.shtml",
        title="棹溪最后一条渡船退役 老渡工守渡三十二年",
        record_title=None,
        date="2025-06-18",
        notes="news page: title missing, found in h1; time line is the page's date; photo caption between paragraphs; editor line glued after last paragraph",
        page="""
<!doctype html><html><head><meta charset="utf-8"><title>棹溪最后一条渡船退役 老渡工守渡三十二年_棹溪新闻网</title></head>
<body><div class="nav">⟦m 棹溪新闻网 | 要闻 | 民生 | 乡镇 | 视频 | 专题⟧</div>
<div class="search">⟦a 搜索⟧</div>
<article><h1>{T}</h1>
<p class="byline">⟦m 2025-06-18 08:35　来源：棹溪融媒　记者 方晓禾⟧</p>
{BODY}
</article>
<div class="comment">⟦l 网友评论（12）　我来说两句⟧</div>
<aside><h4>⟦l 24小时热读⟧</h4><ol><li>⟦l 棹溪大桥今日通车⟧</li><li>⟦l 夏季防溺水提醒⟧</li></ol></aside>
<footer>⟦d 本网所刊稿件未经书面授权不得转载⟧　⟦m 棹溪新闻网 版权所有 浙ICP备17029133号⟧</footer>
</body></html>
""",
        body="""
6月17日下午，随着棹溪大桥通车，沿用了半个多世纪的下埠渡口正式停渡。渡船“棹溪渡3号”被拖上岸，将作为展品存放在镇文化站。
今年61岁的渡工黄守根在这条船上撑了三十二年，“风大浪急的日子也没停过，为的就是对岸的娃娃能按时上学。”
⟦m 图为渡工黄守根最后一次撑船过河。记者 方晓禾 摄⟧
据了解，下埠渡口高峰时每天渡运群众400余人次。镇里已为黄守根安排了大桥管护公益岗位。⟦m （编辑：吴可）⟧
""",
    ),
    dict(
        slug="news-mifeng-text-title-glued-lead",
        site="蜜岭融媒 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://m.miling-rm.cn/news/2025/0520/55108.html",
        title="蜜岭镇首届蜂蜜采收节开幕",
        record_title="蜜岭镇首届蜂蜜采收节开幕|蜜岭融媒",
        date="2025-05-20",
        notes="title glued before the lead; dotted date line; related list and open-in-app prompt",
        page="""
!m 蜜岭融媒 · 看蜜岭
!a 打开APP，阅读体验更佳
{T}
!m 2025.05.20　蜜岭融媒中心
{BODY}
!l 推荐阅读
!l 蜜岭镇召开中蜂产业发展推进会
!l 养蜂户的“甜蜜账本”
!m 蜜岭融媒中心出品　新闻热线：0597-7681900
""",
        body="""
⟦t 蜜岭镇首届蜂蜜采收节开幕⟧5月20日上午，蜜岭镇首届蜂蜜采收节在岭背村开幕，来自周边县市的游客和客商1500余人参加。
开幕式上，镇里为10户“养蜂示范户”授牌，并现场签订蜂蜜购销协议6份，金额达到120万元。
活动期间，游客可以跟随蜂农体验摇蜜，品尝新割的土蜂蜜。
""",
    ),
    dict(
        slug="forum-html-diaoyou-ferry-jammer",
        site="鱼乐汇钓友论坛 (invented)",
        style="论坛",
        genre="通知",
        kind="notice",
        form="html",
        source="https://bbs.yulehui.net/thread-301872-1-1.html",
        title="关于苇渡水库库区禁止垂钓的通告",
        record_title="[转] 关于苇渡水库库区禁止垂钓的通告 - 本地钓讯 - 鱼乐汇钓友论坛",
        date="2025-03-15",
        date_also=["2025-03-17"],
        notes="Discuz-like thread with jammer fonts; post time differs from the notice's date (also accepted); floors below",
        junk=dict(lines=1, glued=2),
        page="""
<html><head><meta charset="utf-8"><title>[转] 关于苇渡水库库区禁止垂钓的通告 - 本地钓讯 - 鱼乐汇钓友论坛</title><style>.jammer{display:none}</style></head>
<body><div id="hd">⟦m 鱼乐汇钓友论坛⟧ ⟦a 登录 | 立即注册⟧</div>
<div id="pt">⟦m 鱼乐汇 › 本地钓讯 › 查看内容⟧</div>
<div class="pl">⟦m 查看: 2208|回复: 31⟧</div>
<h1>{T}</h1>
<div class="authi">⟦m 老钓翁 发表于 2025-3-17 09:44⟧　⟦a 只看该作者⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="floor">⟦l 沙发　钓鱼佬阿明：收到，以后去下游钓⟧</div>
<div class="floor">⟦l 板凳　水边的风：支持保护水源⟧</div>
<div class="fastpost">⟦l 快速回复　发表回复⟧</div>
<div id="ft">⟦m Powered by Discuz! X3.4⟧ ⟦d 本帖内容由网友发表，不代表本站观点⟧</div>
</body></html>
""",
        body="""
为保护饮用水水源安全，根据有关规定，现就苇渡水库库区禁止垂钓事项通告如下。
一、自本通告发布之日起，苇渡水库一级保护区范围内禁止垂钓、游泳、洗涤和放养畜禽。
二、违反本通告的，由相关部门依法予以处理。
三、欢迎群众监督举报，举报电话：0739-4418225。
苇渡县水利局
2025年3月15日
""",
    ),
    dict(
        slug="forum-yanchang-summary-text-floors",
        site="海盐人家 (invented)",
        style="论坛",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.haiyanrj.com/bbs/viewthread.php?tid=44190",
        title="卤湾盐场2024年安全生产工作总结",
        record_title="卤湾盐场2024年安全生产工作总结【原帖】",
        date="2024-12-30",
        notes="text forum: junk glued; floor meta; relative time in replies not a date",
        junk=dict(lines=1, glued=1),
        page="""
!m 海盐人家 » 盐场生活 » 帖子
!m 楼主　滩上老李　　注册：2016-04-02　　帖子：833
{T}
!m 发表于 2025-1-2 20:15　　只看楼主　　倒序浏览
{BODY}
!l 1楼　晒盐人：写得实在，老李辛苦
!l 2楼　潮水：3天前来看过，顶一下
!a 回复本帖　　收藏　　举报
!m 海盐人家论坛　www.haiyanrj.com
""",
        body="""
2024年，场安全生产工作坚持预防为主，全年未发生生产安全事故。现总结如下。
一是抓制度。修订《盐田作业安全规程》等制度8项，班组安全活动每周一次。
二是抓隐患。组织检查23次，整改堤坝护坡、输卤管道、配电箱等隐患41处。
三是抓培训。开展台风防范、触电急救等培训6期，职工受训率100%。
2025年，场里将重点做好老旧滩晒设施改造中的安全管理。
卤湾盐场安全科
2024年12月30日
""",
    ),
]

"""holdout291, part A: 范文 sites, 文库 previews, government portals, news portals, forums.

Every page, place, person, firm, site, URL and phone number here is invented; each case was
written by hand. See ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="fanwen-mogeng-speech-grain-barn-gb2312",
        site="墨耕范文苑 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.mogengfwy.com/jh/nongye/2024/0920/18843.asp",
        title="在鲩溪县农户科学储粮暨谷仓改造推进会上的讲话",
        record_title="【会议讲话·优选】在鲩溪县农户科学储粮暨谷仓改造推进会上的讲话（范文2篇可挑）_墨耕范文苑",
        date="2024-09-12",
        date_also=["2024-09-20"],
        notes="old table layout with marquee, font-size row, floating ghost-writer QQ box and visitor counter; "
        "speaker and date lines under the title are neutral; a switch-to-piece-2 line between paragraphs, a "
        "ghost-writer prompt glued after a 。; the site's update date differs from the speech's date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【会议讲话·优选】在鲩溪县农户科学储粮暨谷仓改造推进会上的讲话（范文2篇可挑）_墨耕范文苑</title>
<script language="javascript" src="/inc/tongji.js"></script>
<style>td{font-size:12px}</style>
</head><body bgcolor="#F7F5EE" topmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="220"><img src="/images/logo.gif"><font color="#8B0000">⟦m 墨耕范文苑⟧</font></td>
<td>⟦m 稿子憋不出来？来苑里翻一翻⟧</td>
<td align="right">⟦a <a href="/user/denglu.asp">苑友登录</a> | <a href="/user/zhuce.asp">新苑友报到</a> | <a href="javascript:addfav()">把本苑存进收藏夹</a>⟧</td></tr>
<tr><td colspan="3"><marquee scrollamount="2" onmouseover="this.stop()">⟦m 苑内收讲话、总结、方案四万余篇，天天上新，稿件请投苑长信箱⟧</marquee></td></tr>
<tr><td colspan="3" bgcolor="#A52A2A">⟦m <a href="/">苑首页</a> | <a href="/jh/">讲话致辞</a> | <a href="/zj/">总结汇报</a> | <a href="/fa/">方案计划</a> | <a href="/xd/">心得感悟</a>⟧</td></tr>
</table>
<table width="960" border="0" align="center"><tr><td width="700" valign="top">
<table width="100%"><tr><td>⟦m 您在这儿：墨耕范文苑 → 讲话致辞 → 农业农村讲话⟧</td></tr></table>
<h1 align="center">{T}</h1>
<table width="100%"><tr><td align="center">⟦m 录入：小满　更新：2024-09-20　人气：1487⟧</td></tr>
<tr><td align="center">⟦a 〖字号：特大 大 中 小〗〖换个护眼底色〗⟧</td></tr></table>
<p align="center">鲩溪县人民政府副县长　钟启年</p>
<p align="center">（2024年9月12日）</p>
{BODY}
<table width="100%"><tr><td>⟦a ※ 觉得还行？点这里整篇复制到剪贴板 ※⟧</td></tr>
<tr><td>⟦l 上一篇：在全镇秋粮收购工作会上的讲话⟧</td></tr>
<tr><td>⟦l 下一篇：县长在粮食安全责任制考核部署会上的讲话⟧</td></tr></table>
</td><td width="250" valign="top">
<table width="100%"><tr><td bgcolor="#EEE8D5">⟦l 苑内热读排行⟧</td></tr>
<tr><td>⟦l ① 乡镇秋收秋种动员会讲话稿⟧</td></tr>
<tr><td>⟦l ② 粮食仓储安全生产会议讲话⟧</td></tr>
<tr><td>⟦l ③ 农村人居环境整治推进会讲话⟧</td></tr></table>
</td></tr></table>
<div id="piaofu" style="position:absolute;right:5px;top:220px">⟦w 赶材料找老笔杆 一对一代笔 QQ 2871390654⟧</div>
<table width="960" align="center"><tr><td align="center">⟦d 苑内稿件多为苑友投寄，只供学习参考，照抄照搬后果自负。⟧</td></tr>
<tr><td align="center">⟦m 您是本苑第 0036512 位访客　　苑长信箱：yuanzhang@mogengfwy.com⟧</td></tr>
<tr><td align="center">⟦m 琼ICP备13071265号⟧</td></tr></table>
<script>document.write('<img src="/inc/cnt.asp?id=18843">');</script>
</body></html>
""",
        body="""
同志们：
今天我们在鳘口镇召开全县农户科学储粮暨谷仓改造推进会，刚才大家实地看了上仓村的改造样板，几个乡镇也作了交流发言，我都同意。下面，我讲三点意见。
一、看清谷仓改造的意义。全县还有一万二千多户农户用木板谷仓、土坯谷仓存粮，每年因虫蛀、鼠咬、霉变损失的稻谷估算在两百万斤以上。把谷仓改好，就是帮群众守住一年的收成。
⟦a 〔本题共收2篇，点此翻到第2篇〕⟧
二、抓住改造的关键环节。今年县里对每户改造补助六百元，重点是垫高仓底、加装防鼠板、更换密封仓门。各乡镇要逐户登记，先改老旧谷仓，再改一般谷仓，做到改一户、验一户。⟦w 写讲话稿没头绪？苑里老笔杆帮你捋，QQ：2871390654⟧
三、压实各方责任。农业农村局负责技术指导，粮食储备中心派技术员驻村，财政局要在验收后十五日内拨付补助资金。
同志们，秋粮入仓在即，希望大家抓紧时间，确保十月底前完成第一批改造任务。
""",
    ),
    dict(
        slug="fanwen-biyun-insight-soy-vat-text",
        site="笔耘范文网 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.biyunfw.net/xinde/peixun/55187.html",
        title="参加酱缸晒制技艺培训心得体会",
        record_title="参加酱缸晒制技艺培训心得体会（乡土手艺篇）- 笔耘范文网",
        date=None,
        notes="essay with no date; relative update stamp; a copy prompt glued after a 。 and a member line between paragraphs",
        page="""
!m 笔耘范文网 · 一亩方田，笔下耕耘
!m 首页 / 心得体会 / 培训心得 / 正文
!t 参加酱缸晒制技艺培训心得体会（乡土手艺篇）
!m 整理：耘小编　更新：3 天前　已读：2093
!a 〔整篇带走〕〔存成Word〕〔丢进我的书架〕
{BODY}
!a 全文已显示完毕，开通耘卡可不限次导出Word
!l 同栏推荐：
!l 非遗传承人培训班学习体会三则
!l 参加乡村工匠培育班的收获与思考
!l 农家酱菜制作技术培训小结
!d 笔耘范文网文章来自网友投递，如涉及权利问题请写信至 quanli@biyunfw.net，核实后下架。
!m © 2017-2024 笔耘范文网　浙ICP备18026634号
""",
        indent="\u3000\u3000",
        body="""
六月初，我跟着镇文化站组织的学员，到鲵山酱园参加了为期三天的酱缸晒制技艺培训。三天时间不长，却让我对家家户户都见过的酱缸有了新的认识。
第一点体会是“慢”。老师傅说，一缸好酱要晒足一百天，日出开盖、日落盖严，下雨前要抢着扣上竹笠。急不得，也省不得。⟦a 【抄走这一段】⟧
⟦a 耘卡会员可查看本篇配套的培训总结模板⟧
第二点体会是“净”。酱缸入酱前要用开水烫过、晾干，缸沿不能沾生水，打酱的竹勺要专用。老师傅说，酱坏，多半坏在一滴生水上。
第三点体会是“守”。酱园里最老的一口酱缸已经用了六十多年，缸身上的裂缝用铁箍箍着，照样出好酱。守住手艺，靠的就是这份耐心。
回到村里，我准备把学到的做法讲给乡亲们听，让各家的酱缸也晒出好味道。
""",
    ),
    dict(
        slug="wenku-zhiming-plan-duck-shed-html-markers",
        site="知茗文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="other",
        form="html",
        source="https://www.zhimingwk.com/view/7c31e0a94b.html",
        title="鲔川县养殖鸭棚汛期加固工作方案",
        record_title="鲔川县养殖鸭棚汛期加固工作方案.pdf",
        date="2024-05-20",
        notes="文库 reader: toolbar, page-marker paragraphs '༺ n ༻' between the halves of cut paragraphs, "
        "a coin paywall; upload date is no date; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>鲔川县养殖鸭棚汛期加固工作方案.pdf - 知茗文库</title>
<link rel="stylesheet" href="/static/reader.css">
<script src="/static/reader.min.js"></script>
</head><body>
<header class="wk-top"><a class="logo" href="/">⟦m 知茗文库⟧</a><span class="slogan">⟦m 一盏清茶，一份好文档⟧</span>
<form class="sch"><input type="text" placeholder="搜文档"><button>⟦a 搜一下⟧</button></form>
<a href="/member">⟦a 茗卡会员 全库畅下⟧</a></header>
<div class="wk-crumb">⟦m 知茗文库 ＞ 行业资料 ＞ 农林牧渔 ＞ 畜禽养殖⟧</div>
<div class="doc-head"><h1>{T}</h1>
<p class="doc-meta">⟦m 上传者：chuanxi_**32　　上传于 2024-06-03　　共 4 页　　2.1 千字⟧</p>
<div class="viewer-bar">⟦a 放大　缩小　整页　双页　全屏阅读⟧</div></div>
<div class="doc-pages">
{BODY}
</div>
<div class="pay-lock">⟦a 免费预览到此为止，余下 2 页需 5 茗币解锁⟧ <button>⟦a 5 茗币解锁全文⟧</button></div>
<aside class="rel"><h4>⟦l 读了这篇的人还读了⟧</h4><ul>
<li>⟦l 畜禽养殖场防汛应急预案（2024修订）⟧</li>
<li>⟦l 乡镇汛期农业生产安全检查方案⟧</li></ul></aside>
<footer>⟦d 知茗文库中的文档由用户上传，知茗文库只提供存储空间，如内容侵权请走申诉通道。⟧<br>⟦m 苏ICP备20071349号-3⟧</footer>
</body></html>
""",
        p_html='<p class="wk-txt">{}</p>',
        pages=dict(fmt="༺ {n} ༻", every=100, start=2),
        body="""
为做好今年汛期养殖鸭棚安全工作，防止强降雨和大风造成棚体倒塌、鸭群溺亡，结合我县实际，制定本方案。
一、工作目标。六月十五日前，完成全县沿河、沿湖四百一十二个养殖鸭棚的排查加固，做到棚体稳固、排水通畅、转移有路。
二、重点任务。（一）逐棚排查。各镇组织农技人员对鸭棚立柱、顶棚、围网逐一检查，登记建档。（二）分类加固。对立柱腐朽、顶棚老化的，限期更换；对地势低洼的，加高棚底或者搬迁。（三）落实转移预案。每个鸭棚明确一名责任人，遇橙色以上预警，提前将鸭群转移到安全地带。
三、保障措施。县财政安排加固补助资金八十万元，按每棚不超过两千元的标准据实补助。县农业农村局每周通报一次进度。
鲔川县农业农村局
2024年5月20日
""",
    ),
    dict(
        slug="wenku-zhiming-research-tea-pitcher-wrapped-glued",
        site="知茗文库 (invented), plain-text preview",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://www.zhimingwk.com/txt/4f08d2b61c.html",
        title="关于鲣湖市玻璃公道杯产业发展情况的调研报告",
        record_title="关于鲣湖市玻璃公道杯产业发展情况的调研报告 - 知茗文库·纯文本版",
        date="2024-10-18",
        notes="wrapped at 62 columns with '⦹n⦹' markers glued to the start of the continuation line; 成文日期 in "
        "Chinese numerals; upload stamp is no date",
        page="""
!m 知茗文库·纯文本阅读
!t 关于鲣湖市玻璃公道杯产业发展情况的调研报告
!m 页数：5　　字数：约1600　　上传：2024-11-02　　格式：PDF转文本
!a 〔下载原版PDF〕　〔加到我的茶单〕　〔纠错〕
{BODY}
!a 预览仅展示前3页，剩余内容请下载原文阅读
!l 相关文档：陶瓷茶具出口情况分析　|　玻璃制品行业质量提升行动方案
!d 本页文字由系统自动转换，版式可能与原文不同，内容以原文为准。
""",
        wrap=62,
        indent="\u3000\u3000",
        pages=dict(fmt="⦹{n}⦹", every=105, start=2, glue=True),
        body="""
今年八月至九月，市工业和信息化局组成调研组，走访了鲐阳区、鳎坪镇的23家玻璃茶具企业，重点了解公道杯的生产、销售和质量情况。现将调研情况报告如下。
一、基本情况。全市现有玻璃茶具生产企业41家，去年生产公道杯约1800万只，产值3.2亿元，产品七成销往外省，两成出口。
二、存在问题。一是同质化严重，多数企业只做“月牙把”“无把斜口”两三个款式；二是容量标注不统一，同样标称二百五十毫升的公道杯，实测容量最多相差四十毫升；三是高硼硅原料依赖外地，成本上涨明显。
三、几点建议。一是支持企业与高校合作开发新款；二是由行业协会牵头制定团体标准，统一容量标注；三是引导企业联合采购原料，降低生产成本。
鲣湖市工业和信息化局调研组
二〇二四年十月十八日
""",
    ),
    dict(
        slug="gov-huanxi-notice-grain-barn-index-table",
        site="鲩溪县人民政府门户网站 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.huanxi.gov.example.cn/art/2024/9/30/art_1207_88321.html",
        title="鲩溪县农业农村局关于开展农户谷仓安全隐患排查的通知",
        record_title="鲩溪县农业农村局关于开展农户谷仓安全隐患排查的通知_部门通知_鲩溪县人民政府",
        date="2024-09-29",
        date_also=["2024-09-30"],
        notes="county portal: 长辈版/读屏 links, 索引号 table (the 文号 cell unmarked, neutral), a 纠错 hotline beside "
        "the notice's own contact and mailbox, 附件 list, a 'policy reading' link between paragraphs",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>鲩溪县农业农村局关于开展农户谷仓安全隐患排查的通知_部门通知_鲩溪县人民政府</title>
<meta name="ArticleTitle" content="鲩溪县农业农村局关于开展农户谷仓安全隐患排查的通知">
<script src="/js/jquery.min.js"></script><script src="/js/ageing.js"></script>
</head><body>
<div class="toolbar"><span>⟦m 今天是：星期一　农历八月廿七⟧</span> <a href="#">⟦a 长辈版⟧</a> <a href="#">⟦a 读屏专用⟧</a> <a href="#">⟦a 简/繁⟧</a></div>
<div class="banner"><img src="/img/banner.jpg" alt="鲩溪县人民政府"><p>⟦m 鲩溪县人民政府　鲩水清清　稻谷飘香⟧</p></div>
<ul class="mainnav"><li>⟦m 首页⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政务服务⟧</li><li>⟦m 互动交流⟧</li><li>⟦m 走进鲩溪⟧</li></ul>
<div class="location">⟦m 当前所在：首页 ＞ 政务公开 ＞ 部门文件 ＞ 县农业农村局⟧</div>
<table class="xxgk-info">
<tr><td>⟦m 索引号：11330826MB1C47225X/2024-01963⟧</td><td>⟦m 主题分类：农业、林业、水利⟧</td></tr>
<tr><td>⟦m 发布机构：鲩溪县农业农村局⟧</td><td>⟦m 成文日期：2024-09-29⟧</td></tr>
<tr><td>鲩农〔2024〕57号</td><td>⟦m 公开日期：2024-09-30⟧</td></tr>
</table>
<div class="article"><h2 class="title">{T}</h2>
<div class="article-tools">⟦a 字体：〔大〕〔中〕〔小〕　〔打印本页〕　〔关闭〕⟧</div>
<div class="article-con">
{BODY}
</div>
<div class="fujian"><a href="/attach/2024/0930/88321_1.xlsx">⟦a 附件1下载：排查登记表.xlsx⟧</a> <a href="/attach/2024/0930/88321_2.xlsx">⟦a 附件2下载：排查汇总表.xlsx⟧</a></div>
<div class="share">⟦l 分享到：微信 ｜ 微博 ｜ 复制链接⟧</div>
<div class="related"><h4>⟦l 相关文件⟧</h4><ul><li>⟦l 鲩溪县2024年秋粮收购工作方案⟧</li><li>⟦l 关于做好农户储粮技术服务工作的通知⟧</li></ul></div>
</div>
<div class="footer">
<p>⟦m 主办：鲩溪县人民政府办公室　承办：鲩溪县大数据发展中心⟧</p>
<p>⟦m 网站纠错热线：0574-6230099　网站标识码：3308260017⟧</p>
<p>⟦m 浙ICP备05021833号　浙公网安备 33082602000118号⟧</p>
</div>
<script>var _pv = "88321";</script>
</body></html>
""",
        body="""
各乡镇人民政府，县直有关单位：
入秋以来，我县部分农户谷仓出现立柱朽坏、仓底返潮等情况，个别老旧谷仓存在倒塌风险。为保障群众粮食和人身安全，县农业农村局决定在全县开展农户谷仓安全隐患排查。现将有关事项通知如下。
一、排查范围。全县使用十年以上的木质、土坯谷仓的农户，以及村集体公用谷仓。
⟦l 【政策解读】一图读懂农户谷仓安全隐患排查⟧
二、排查内容。重点检查谷仓立柱、横梁是否虫蛀腐朽，仓底是否离地三十厘米以上，仓顶是否漏雨，有无电线从仓内穿过。
三、时间安排。十月八日至十月三十一日为排查阶段，十一月底前完成整改。请各乡镇于十一月五日前报送排查汇总表。
联系人：葛秋禾，电话：0574-6238117，邮箱：liangchu_hx@hxnyj.cn。
附件：1.农户谷仓安全隐患排查登记表
2.农户谷仓安全隐患排查汇总表
鲩溪县农业农村局
2024年9月29日
""",
    ),
    dict(
        slug="gov-nishan-bulletin-soy-vat-table-cc",
        site="鲵山县人民政府门户网站 (invented)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="text",
        source="http://www.nishan.gov.example.cn/zwgk/bmwj/scjgj/202408/t20240805_61204.html",
        title="鲵山县市场监管局关于酱缸发酵食品小作坊专项检查情况的通报",
        record_title="鲵山县市场监管局关于酱缸发酵食品小作坊专项检查情况的通报-鲵山县人民政府门户网站",
        date="2024-08-02",
        date_also=["2024-08-05"],
        notes="text extract of a portal page: 文号 line neutral, a table one row a paragraph, 抄送 and 印发 lines; "
        "the portal's 发布日期 differs from the 成文日期; 12345 line and 纠错 line at the bottom",
        page="""
!m 鲵山县人民政府门户网站
!m 首页 > 政务公开 > 部门文件 > 县市场监管局
!m 信息来源：县市场监管局　发布日期：2024-08-05　浏览次数：　412
!a 【大 中 小】　【打印】　【关闭窗口】
{T}
鲵市监〔2024〕33号
{BODY}
!l 上一条：鲵山县2024年上半年食品安全监督抽检信息公告
!l 下一条：关于开展校园周边食品安全专项整治的通知
!m 政务服务便民热线：12345　　网站纠错：0575-8260110
!m 鲵山县人民政府办公室主办　　浙ICP备06032191号
""",
        body="""
各乡镇人民政府，县直有关部门：
今年五月至七月，县市场监管局对全县使用酱缸自然发酵生产豆瓣酱、黄豆酱的小作坊开展了专项检查。现将检查情况通报如下。
一、总体情况。共检查酱缸发酵小作坊37家，在用酱缸2160口，发现问题作坊14家，已全部责令整改。
二、检查结果
乡镇　检查户数　问题户数　主要问题
鳎坪镇　12　5　酱缸无防蝇纱罩
鲅河乡　9　4　晒场紧邻旱厕
城关镇　16　5　缸沿积垢未清理
三、工作要求。各乡镇要督促问题作坊在八月底前整改到位，县市场监管局将组织复查，对拒不整改的依法查处。
鲵山县市场监管局
2024年8月2日
抄送：县食品安全委员会办公室，各乡镇市场监管所。
鲵山县市场监管局办公室　2024年8月2日印发
""",
    ),
    dict(
        slug="news-weichuan-swing-repair-caption-editor",
        site="鲔川新闻网 (invented county news portal)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.weichuannews.example.cn/xw/xz/202408/t20240827_553018.shtml",
        title="鳆湾镇12个村公共秋千架完成安全检修",
        record_title="鳆湾镇12个村公共秋千架完成安全检修_乡镇快讯_鲔川新闻网",
        date="2024-08-27",
        notes="county news portal: app prompt glued before the lead, a photo caption between paragraphs, an editor line "
        "glued after the last one, a listen button and a 24-hour list; 发布时间 byline is the page's date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>鳆湾镇12个村公共秋千架完成安全检修_乡镇快讯_鲔川新闻网</title>
<script async src="/js/adslot.js"></script></head><body>
<div class="topbar">⟦m 鲔川新闻网 — 鲔川县融媒体中心主办⟧ <a href="/app">⟦a 下载“今日鲔川”客户端⟧</a></div>
<nav><a>⟦m 首页⟧</a> <a>⟦m 时政⟧</a> <a>⟦m 乡镇快讯⟧</a> <a>⟦m 民生⟧</a> <a>⟦m 视频⟧</a></nav>
<div class="ad-slot">⟦m 广告 · 鲔川农商银行 “秋收贷”火热办理中⟧</div>
<div class="main"><div class="left">
<h1>{T}</h1>
<div class="byline">⟦m 发布时间：2024-08-27 09:16　来源：鲔川县融媒体中心　记者：潘晓棠⟧</div>
<div class="listen"><button>⟦a ▶ 听这篇新闻（约1分钟）⟧</button></div>
<div class="TRS_Editor">
{BODY}
</div>
<div class="share">⟦l 转到：朋友圈　QQ空间　微博⟧</div>
</div>
<div class="right"><h3>⟦l 24小时热读⟧</h3><ol>
<li>⟦l 鲔川县秋季学期中小学校车线路公布⟧</li>
<li>⟦l 鳆湾镇农产品展销会本周六开幕⟧</li>
<li>⟦l 县城区两条道路夜间施工绕行提示⟧</li></ol></div></div>
<footer><p>⟦d 本网原创稿件，转载请注明出处“鲔川新闻网”。⟧</p><p>⟦m 新闻热线：0571-5906600　违法和不良信息举报：0571-5906612⟧</p><p>⟦m 浙ICP备12019855号⟧</p></footer>
</body></html>
""",
        body="""
⟦a 打开“今日鲔川”看更多本地资讯⟧8月26日，鳆湾镇对辖区12个村的公共秋千架完成了一轮安全检修，共更换锈蚀吊链46条、座板31块。
今年暑假，镇里接到群众反映，有的村秋千架吊链磨损严重，孩子荡秋千时座板发生晃脱。镇安全办随即联合镇文化站，对全镇秋千架逐一排查。
⟦m （图为鳆湾镇工作人员在鲩塘村检查秋千架吊链。潘晓棠 摄）⟧
“秋千架年头久了，吊环和横梁连接的地方最容易磨。”负责检修的师傅祁大勇说，这次所有吊链都换成了带防脱扣的镀锌链，横梁还加装了限位挡块。
镇安全办负责人介绍，检修后每个秋千架旁都贴上了巡查卡，由村里的网格员每周检查一次，发现问题及时报修。⟦m （编辑：向一苇　审核：蒲乔）⟧
""",
    ),
    dict(
        slug="news-jianhu-tea-pitcher-contest-record",
        site="鲣湖新闻网 (invented city news portal), text extract",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://news.jianhu.example.cn/bendi/2024-11/10/c_2871104.htm",
        title="鲣湖市首届公道杯设计大赛落幕",
        record_date="2024-11-10",
        date="2024-11-10",
        notes="title and date given by the record; 24-hour list, listen prompt, app line, reprint notice",
        page="""
!m 鲣湖新闻网　城事 · 民生 · 文化
!m 首页 » 本地 » 文化
{T}
!m 2024-11-10 08:05　来源：鲣湖日报　作者：祝小满
!a 〔听新闻〕〔字号＋〕〔字号－〕
{BODY}
!m 图片：鲣湖日报记者 丁寻 摄
!l 24小时热读
!l · 鲣湖市冬季供暖试运行时间确定
!l · 鲐阳区茶器文化街完成提升改造
!a 扫码下载“鲣湖眼”APP，第一时间看本地新闻
!d 凡本网注明“来源：鲣湖日报”的作品，转载须经鲣湖日报社书面授权。
""",
        body="""
11月9日，鲣湖市首届公道杯设计大赛在鲐阳区茶器文化街落幕，来自全市高校和企业的146件作品参赛，32件作品获奖。
本次大赛以“一杯分茶，人人公道”为主题，要求作品既能均匀分茶，又方便日常清洗。获得金奖的作品《断水》出自鲣湖职业技术学院学生之手，杯嘴经过十几次改样，倒茶收尾时不挂水、不滴漏。
大赛评委、茶器设计师柯望舒说，公道杯看起来简单，出水快慢、握持手感、杯壁厚薄都有讲究，好的设计要让人用起来感觉不到它的存在。
据了解，部分获奖作品将由本地企业投产，首批预计明年春天上市。
""",
    ),
    dict(
        slug="forum-nongyou-duck-shed-jammer-materials",
        site="农友家园论坛 (invented, Discuz-like)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.nongyoujy.example.cn/thread-90217-1-1.html",
        title="自己搭的鸭棚过冬经验",
        record_title="[棚舍手记] 自己搭的鸭棚过冬经验（附材料表）- 水禽养殖 - 农友家园论坛",
        date=None,
        notes="Discuz-like thread with jammer fonts inside the post, numbered list and a materials table; relative "
        "post time only; rating row, signature, reply box",
        page="""
<html><head><meta charset="gbk">
<title>[棚舍手记] 自己搭的鸭棚过冬经验（附材料表）- 水禽养殖 - 农友家园论坛</title>
<style>.jammer{font-size:0px;color:#fff}</style></head><body>
<div id="toptb">⟦m 农友家园论坛⟧ <a>⟦a 登录⟧</a> <a>⟦a 加入农友家园⟧</a> <a>⟦a 手机逛论坛⟧</a></div>
<div id="pt">⟦m 农友家园 › 养殖交流 › 水禽养殖 › 帖子详情⟧</div>
<div class="hm">⟦m 查看: 4126 | 回复: 38⟧</div>
<table class="plhin"><tr><td class="pls"><p>⟦m 老郁的鸭塘⟧</p><p>⟦m 积分 2210 · 种地达人⟧</p></td>
<td class="plc"><h1><span id="thread_subject">{T}</span></h1>
<div class="authi">⟦m 楼主 · 发表于 4 天前 · 只看他⟧</div>
<div class="t_fsz"><table><tr><td class="t_f">
{BODY}
</td></tr></table></div>
<div class="rate">⟦l 评分　参与人数 6　金币 +18　收起 理由：实用贴，已加精⟧</div>
<div class="sign">⟦m 养鸭十二年，有问题站内信找我，不卖苗不卖料⟧</div>
<div class="po">⟦a 回复　引用　举报　分享到朋友圈⟧</div></td></tr></table>
<div class="next">⟦l 下一主题：雏鸭拉稀用什么药？⟧</div>
<div id="fastpost">⟦a 想发言？先登录再跟帖⟧</div>
<div id="ft">⟦m Powered by Discuz! X3.4　© 农友家园　皖ICP备16023751号⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=2),
        body="""
去年冬天我家的鸭棚冻死了二十多只小鸭，今年下决心把棚重新搭了一遍，到现在一个多月，鸭子精神都不错。把经验写出来，给大家参考。
1. 棚子坐北朝南，北面砌半截砖墙挡风，南面留通风窗。
2. 棚顶用双层塑料膜，中间夹一层稻草帘，白天卷起来透光，晚上放下来保温。
3. 地面垫高二十公分，铺稻壳和干沙，每三天翻一次，潮了就换。
下面是材料清单，按四十平方米的棚算：
材料　数量　花费
镀锌管　18根　540元
塑料膜　60平方米　180元
稻草帘　12张　240元
总共花了一千块左右，比请人搭便宜一半。有问题可以跟帖问，我看到就回。
""",
    ),
    dict(
        slug="forum-chaxi-tea-pitcher-post-junk-text",
        site="茶席论坛 (invented)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="http://www.chaxiluntan.example.cn/t/618204",
        title="公道杯到底要不要带把？说说我用了三年的感受",
        record_title=None,
        date=None,
        notes="no title in the record: the thread subject (with a board prefix) is on the page; junk lines and junk "
        "glued after 。; relative post time; replies below",
        page="""
!m 茶席论坛 › 茶器 › 杯盏
!m 阅读 1833 ｜ 回复 27
!t [茶席杂谈] 公道杯到底要不要带把？说说我用了三年的感受
{T}
!m 一壶秋水　发表于 昨天 21:40
{BODY}
!a 本帖被 3 人收藏　｜　送朵花　｜　举报
!l 沙发 · 云脚：无把的我一直用，确实好洗
!l 板凳 · 茶痴阿福：紫砂的公道杯挂不挂茶垢？
!l 3楼 · 一壶秋水：回复 茶痴阿福 用久了会，定期用小苏打泡
!a 登录后才能回复，没有账号？点此入会
!m 茶席论坛 © 2024　鄂ICP备17020458号
""",
        junk=dict(lines=2, glued=2),
        body="""
我家里有三只公道杯，一只带把的玻璃杯，一只无把的瓷杯，一只带把的紫砂杯，轮着用了三年，说说感受。
带把的好处是不烫手，泡岩茶、红茶这种高温出汤的茶，拿着稳当。缺点是占地方，茶盘小的话放不下。
无把的好处是好洗，杯口一圈都能倒水，左右手都方便。缺点是装满热汤时烫手，得捏着杯口边沿。
我的建议是，平时一个人喝绿茶，用无把的就行；家里来客人、泡高温茶，还是带把的放心。
另外，不管哪种，买之前一定要倒水试一试，看断水利不利落。滴滴答答的公道杯，用起来最糟心。
""",
    ),
]

"""holdout241, part A: 范文 sites, 文库 previews, government portals, news portals, forums.

Invented text (places, people, sites, URLs, numbers); see ../README.md and ../build.py for the markup.
Each case written by hand.
"""

CASES = [
    dict(
        slug="fanwen-yunzhang-speech-lantern-rack-check-gb2312",
        site="韵章范文网 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.yunzhang-fw.com/jianghua/anquan/2024/0123/58231.html",
        title="在全县春节灯饰布置暨灯笼架安全检查动员会上的讲话",
        record_title="【讲话稿库】在全县春节灯饰布置暨灯笼架安全检查动员会上的讲话（可改）_韵章范文网",
        date="2024-01-18",
        date_also=["2024-01-23"],
        notes=(
            "old gb2312 table page: marquee, font-size row, floating ghost-writer QQ box, hot list, visitor counter; "
            "speaker and date lines under the title (neutral); a ghost-writer WeChat glued after a 。 and an "
            "extended-reading link on a line of its own inside the body; the page's 发布时间 differs from the speech date"
        ),
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【讲话稿库】在全县春节灯饰布置暨灯笼架安全检查动员会上的讲话（可改）_韵章范文网</title>
<script language="javascript" src="/js/count.js"></script>
</head><body topmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td class="logo">⟦m 韵章范文网⟧</td><td><marquee scrollamount="3">⟦m 韵章在手　公文不愁 —— 每日更新讲话稿、总结、心得范文⟧</marquee></td></tr>
<tr><td colspan="2" class="nav">⟦m 首页 | 讲话致辞 | 工作总结 | 心得体会 | 规章制度 | 演讲稿⟧</td></tr>
<tr><td colspan="2" class="pos">⟦m 所在栏目：韵章范文网 → 讲话致辞 → 安全生产讲话⟧</td></tr>
</table>
<table width="960" align="center"><tr><td width="700" valign="top">
<table width="100%"><tr><td align="center" class="tit"><font size="4"><b>⟦t 【讲话稿库】在全县春节灯饰布置暨灯笼架安全检查动员会上的讲话（可改）⟧</b></font></td></tr>
<tr><td align="center" class="info">⟦m 发布时间：2024-01-23　　人气：1977　　录入：竹溪⟧</td></tr>
<tr><td align="center">⟦a 〖字号调节：特大 常规 偏小〗　〖复制本篇〗　〖存为书签〗⟧</td></tr>
<tr><td class="content">
<p align="center"><b>{T}</b></p>
<p align="center">县政府副县长　郁晓东</p>
<p align="center">（2024年1月18日）</p>
{BODY}
</td></tr>
<tr><td>⟦a 全文共1042字，开通韵章会员即可导出Word原稿⟧</td></tr>
<tr><td>⟦l 上一篇：在全县冬春火灾防控工作部署会上的讲话⟧<br>⟦l 下一篇：元宵节群众性文化活动安全保障会议讲话⟧</td></tr>
</table>
</td><td width="250" valign="top">
<table width="100%"><tr><td class="side-t">⟦l 本月点击排行⟧</td></tr>
<tr><td>⟦l ·节日期间安全生产检查讲话稿⟧</td></tr>
<tr><td>⟦l ·城区亮化工程推进会主持词⟧</td></tr>
<tr><td>⟦l ·春节前安全稳定工作会议讲话（三篇）⟧</td></tr>
</table></td></tr></table>
<div id="floatqq" style="position:absolute;right:5px;top:180px;">⟦w 材料代笔 急稿加急 在线QQ：2847716305⟧</div>
<table width="960" align="center"><tr><td align="center" class="foot">
⟦d 本站稿件多为网友投稿，仅供写作参考，转载引用请注明出处。⟧<br>
⟦m Copyright 2011-2024 韵章范文网 yunzhang-fw.com　湘ICP备11032876号⟧<br>
⟦m 您是本站第 0418263 位访客⟧
</td></tr></table>
</body></html>
""",
        p_html="<p>　　{}</p>",
        body="""
同志们：
春节、元宵将至，县城主要街道和各集镇的灯饰布置已陆续展开。今天召开这个会，就是要把灯笼架安全检查这件事抓紧抓实，确保节日期间群众观灯安全。⟦w 代笔改稿请加微信 yzfw_2288⟧
一、看清隐患。去年全县搭设灯笼架一千三百余组，节后检查发现，有的焊点开裂，有的地锚松动，有的电线直接缠在铁架上。这些问题平时不起眼，一遇大风雨雪就可能酿成事故。
⟦l 延伸阅读：节日亮化工程安全生产讲话汇编⟧
二、压实责任。按照“谁搭设、谁负责，谁使用、谁管理”的原则，各乡镇要在1月25日前完成辖区灯笼架逐组登记，城管、住建、供电等部门要组成联合检查组，逐条街道过筛子。
三、守住底线。凡是架体锈蚀、基础不牢、线路老化的，一律先整改后亮灯；临近学校、医院和主干道的，要增加配重，设置警示标识。
同志们，灯笼挂得红火，安全更要放心。希望大家把工作做在前面，让群众过一个平安祥和的春节。
""",
    ),
    dict(
        slug="fanwen-miaobi-insight-old-calendars-exhibition",
        site="妙笔文苑 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.miaobiwy.net/xinde/shijian/20240305/11872.html",
        title="整理旧挂历办社区记忆展的心得体会",
        record_title=None,
        date=None,
        notes=(
            "no title in the record: the page's title line gives it; a 收录 stamp is no date; a fold prompt on a "
            "line of its own between paragraphs and a ghost-writer WeChat glued after a 。; years only in the text"
        ),
        page="""
!m 妙笔文苑 · 公文范文与写作素材
!m 当下位置：妙笔文苑 ＞ 心得体会 ＞ 社会实践类
{T}
!m 收录：2024-03-05　｜　浏览 6.3k　｜　作者：栀子（网友投稿）
!a 〔复制全文〕〔生成Word〕〔存入我的文件夹〕
{BODY}
!w 写不出来？心得体会一对一代写，当天交稿，微信同号 mbwy_xiezuo
!l 同类推荐
!l ▸ 社区志愿服务活动心得（五篇）
!l ▸ 参与老街口述史整理工作的体会
!l ▸ 基层社会工作者年度感悟
!d 妙笔文苑所收范文均来自网友投稿，仅供学习借鉴，请勿整篇照搬用于正式场合。
!m 妙笔文苑 miaobiwy.net　浙ICP备20048157号-3
""",
        indent="\u3000\u3000",
        body="""
去年冬天，社区决定办一个“挂历里的栀园”记忆展，我负责向居民征集旧挂历。三个月下来，共收到一九七八年到二〇一〇年的挂历一百二十多本，有印着电影明星的，有印着山水风景的，也有单位自己印的“工作日历”。下面谈几点体会。
一是老物件能打开居民的话匣子。不少老人拿来挂历时，会指着某一页说起那年家里添了孩子、厂里分了房子。这些故事比挂历本身更珍贵，我们都用录音和笔记留了下来。
⟦a 余下段落已收起，轻触“展开阅读”查看全篇⟧
二是征集工作要细。每本挂历我们都登记捐赠人、年份和品相，展后按登记表逐本归还，没有一本弄丢。⟦w 需要原创稿件可私信小编，微信：mbwy_xiezuo⟧
三是展览要让年轻人也参与。我们请中学生志愿者给每本挂历写说明卡，很多孩子第一次知道，过去一本挂历要挂满一整年，撕下来的月份页还能包书皮。
这次展览让我明白，社区工作不只是办事，也是替大家守住共同的记忆。
""",
    ),
    dict(
        slug="wenku-zhiye-survey-school-gate-barriers-p-markers",
        site="知页文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.zhiyewenku.com/doc/5a71e0c3d9.html",
        title="关于城区中小学校门口护学隔离栏设置情况的调研报告",
        record_title="关于城区中小学校门口护学隔离栏设置情况的调研报告（调研精编稿） - 知页文库",
        date="2024-05-16",
        notes=(
            "文库 reader: viewer toolbar, contributor line with an upload stamp, page-marker paragraphs ⏒ n ⏒ cutting "
            "sentences, a monthly-card paywall and similar documents; a survey table one row a paragraph; 成文日期 under the signature"
        ),
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>关于城区中小学校门口护学隔离栏设置情况的调研报告（调研精编稿） - 知页文库</title>
<script src="https://static.zhiyewenku.com/reader/v3/reader.min.js"></script>
</head><body>
<header class="zy-head"><a class="logo" href="/">⟦m 知页文库⟧</a>
<form class="search"><input placeholder="搜文档、搜范文"><button>⟦a 搜一下⟧</button></form>
<a class="vip" href="/vip">⟦a 月卡19.9元 全站文档畅读⟧</a> <a href="/login">⟦a 登录｜免费注册账号⟧</a></header>
<nav class="crumb">⟦m 知页文库 / 行业资料 / 调研报告 / 教育调研⟧</nav>
<div class="doc-head"><h1>⟦t 关于城区中小学校门口护学隔离栏设置情况的调研报告（调研精编稿）⟧</h1>
<p class="meta">⟦m 贡献者：钎湖小政　上传于 2024-06-02　共 5 页　2,106 人看过⟧</p>
<div class="toolbar">⟦a 全屏 ｜ 放大 ｜ 缩小 ｜ 跳至第 __ 页⟧</div></div>
<div class="reader">
<p class="ptitle">{T}</p>
{BODY}
</div>
<div class="paywall">⟦a 试看到此结束，开通月卡可继续阅读剩余 2 页⟧ <button>⟦a 开通月卡⟧</button> <button>⟦a 单篇购买 ¥3.8⟧</button></div>
<aside class="similar"><h3>⟦l 看过此文的人还看了⟧</h3>
<ul><li>⟦l 校园周边交通安全隐患排查调研报告⟧</li><li>⟦l 关于中小学上下学接送秩序的调查与建议⟧</li></ul></aside>
<footer>⟦d 知页文库内文档均由用户上传，平台不保证其完整性与准确性，侵权请提交申诉。⟧<br>⟦m © 2024 知页文库　沪ICP备21083344号⟧</footer>
</body></html>
""",
        p_html='<p class="pg-txt">{}</p>',
        pages=dict(fmt="⏒ {n} ⏒", every=150, start=2),
        body="""
为了解城区学校门口护学隔离栏设置和使用情况，区政协教科卫体委员会于今年4月组成调研组，走访了城区27所中小学，并与学校、交警、城管和家长代表座谈。现将有关情况报告如下。
一、基本情况
调研的27所学校中，已在校门口设置护学隔离栏的有21所，设置率77.8%。分类情况如下：
学校类别　调研校数　已设隔离栏　设置率
小学　18　15　83.3%
初中　9　6　66.7%
二、存在问题
一是设置标准不统一，有的隔离栏只有十几米长，挡不住上下学高峰的人流；二是部分隔离栏被电动车、早餐摊占用，护学通道时断时续；三是管护责任不清，损坏后长时间无人修复。
三、几点建议
建议由区教育局牵头制定校门口隔离栏设置指引，明确长度、高度和退让距离；交警、城管部门加强高峰时段巡查；各学校落实专人管护，发现损坏及时报修。
钎湖区政协教科卫体委员会
2024年5月16日
""",
    ),
    dict(
        slug="wenku-hongjuan-plan-garage-bumper-strips-wrapped-markers",
        site="鸿卷文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://hongjuanwk.com/p-20947731.html",
        title="地下车库立柱防撞条更换实施方案",
        record_title="地下车库立柱防撞条更换实施方案.docx",
        date="2024-09-02",
        notes=(
            "file-name record title; preview text hard-wrapped at 62 columns and cut by ⍩n⍩ markers glued to the "
            "continuation line; upload stamp is no date; 成文日期 in Chinese numerals"
        ),
        page="""
!m 鸿卷文库 — 海量文档　随心查阅
!t 地下车库立柱防撞条更换实施方案.docx
!m 页数：3　大小：41KB　贡献者：hj_wuye2023　上传时间：2024-09-10
!a ☆收藏　⇩下载（5 下载券）　⚑举报
{BODY}
!a 已预览到第 3 页末尾，完整文档请使用下载券获取
!l 相关文档：小区车库划线及标识改造方案｜停车场减速带安装施工方案
!d 文档内容由用户上传，鸿卷文库不对其准确性负责；如有侵权请通过页面底部“投诉”入口反馈。
""",
        indent="\u3000\u3000",
        wrap=62,
        pages=dict(fmt="⍩{n}⍩", every=120, start=2, glue=True),
        body="""
为消除地下车库立柱碰擦隐患，保护业主车辆和公共设施，物业服务中心决定对小区地下车库立柱防撞条进行统一更换，特制定本方案。
一、现状
车库共有立柱412根，原装防撞条使用已满六年。经逐根排查，老化开裂的168根，脱落缺失的53根，其余基本完好。
二、更换范围和材料
（一）更换老化开裂和脱落缺失的221根立柱防撞条，其余立柱清洁后补贴反光膜。
（二）选用厚度不小于10毫米的橡塑防撞条，表面带黄黑相间反光警示纹，自地面起包覆高度不低于1.2米。
三、实施步骤
分A、B、C三个区域错峰施工，每个区域两天，施工期间用锥桶围挡，提前三天张贴告示，请业主临时挪车。
四、安全要求
施工人员须佩戴安全帽和反光背心，使用电钻时设专人看护，每日收工后清点工具、清理胶屑。
綖水县锦湾花园物业服务中心
二〇二四年九月二日
""",
    ),
    dict(
        slug="gov-zanyang-notice-lantern-fair-barriers-index-table",
        site="錾阳县人民政府门户网站 (invented)",
        style="政府门户",
        genre="通告",
        kind="notice",
        form="html",
        source="http://www.zanyang.gov.cn/zwgk/tzgg/202402/t20240219_418807.html",
        title="錾阳县人民政府关于元宵灯会期间设置临时隔离栏实行交通管制的通告",
        record_title="錾阳县人民政府关于元宵灯会期间设置临时隔离栏实行交通管制的通告_通告公示_錾阳县人民政府门户网站",
        date="2024-02-18",
        date_also=["2024-02-19"],
        notes=(
            "county portal: care-mode/voice/traditional links, 索引号 table with the 文号 cell unmarked (neutral), the "
            "site's name that is also the signature (head), a correction line and 12345 beside the notice's own "
            "联系人/电话, 附件 list; 成文日期 expected, the table's 发布日期 also"
        ),
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>錾阳县人民政府关于元宵灯会期间设置临时隔离栏实行交通管制的通告_通告公示_錾阳县人民政府门户网站</title>
<script>var siteIdcode="4308230017";</script>
</head><body>
<div class="gov-top"><span>⟦a 关怀版　｜　语音导读　｜　正體⟧</span><span class="r">⟦a 个人登录　法人登录⟧</span></div>
<div class="gov-banner"><span class="name">⟦m 錾阳县人民政府⟧</span><span class="motto">⟦m 青山錾水　宜居錾阳⟧</span></div>
<ul class="gov-nav"><li>⟦m 网站首页⟧</li><li>⟦m 魅力錾阳⟧</li><li>⟦m 公开目录⟧</li><li>⟦m 办事服务⟧</li><li>⟦m 政民互动⟧</li></ul>
<div class="gov-pos">⟦m 当前所处：首页 » 公开目录 » 通告公示⟧</div>
<table class="gk-info">
<tr><td>⟦m 索引号：431123000/2024-00031⟧</td><td>⟦m 信息分类：公安、交通⟧</td></tr>
<tr><td>⟦m 发文机关：錾阳县人民政府⟧</td><td>⟦m 发布日期：2024-02-19⟧</td></tr>
<tr><td>文号：錾政通〔2024〕3号</td><td>⟦m 有效性：有效⟧</td></tr>
</table>
<h1 class="gov-tit">{T}</h1>
<div class="gov-tools">⟦a 〔大字〕〔中字〕〔小字〕　〔打印此页〕　〔收起本页〕⟧</div>
<div class="gov-art">
{BODY}
</div>
<div class="gov-fj">⟦l 附件下载：灯会交通管制示意图.pdf　临时停车场分布表.xls⟧</div>
<div class="gov-jc">⟦m 发现错别字或链接失效？请点此纠错⟧</div>
<div class="gov-foot">
<p>⟦m 主办单位：錾阳县人民政府办公室　运维保障：錾阳县数据资源服务中心⟧</p>
<p>⟦m 政务服务便民热线：12345（24小时受理）⟧</p>
<p>⟦m 网站标识码：4311230017　湘ICP备09008251号⟧</p>
</div>
</body></html>
""",
        p_html='<p style="text-indent:2em;line-height:2;">{}</p>',
        body="""
为保障2024年元宵灯会期间群众观灯安全和道路交通有序，根据《中华人民共和国道路交通安全法》等规定，决定在灯会期间对部分路段设置临时隔离栏并实行交通管制。现通告如下：
一、管制时间：2024年2月23日至2月25日，每日17时至23时。
二、管制范围：滨河路（文昌桥至镲河路口）、南街全段禁止机动车通行；灯会主会场周边设置临时隔离栏，观灯群众按隔离栏指引单向通行。
三、请群众不要翻越、挪动、倚靠隔离栏，听从民警和志愿者指挥；携带儿童的，请看护好儿童。
四、因抢险救援等执行紧急任务的车辆不受本通告限制。
联系人：县公安局交警大队　宋立民　电话：0751-6623110
附件：1.灯会期间交通管制路段示意图
2.临时停车场分布表
錾阳县人民政府
2024年2月18日
""",
    ),
    dict(
        slug="gov-juechuan-notice-lantern-racks-wrapped-cc",
        site="镢川县人民政府网 · 县城市管理局栏目 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.juechuan.gov.cn/bmdt/cgj/202412/t20241220_77316.html",
        title="关于开展街面灯笼架安全隐患排查整治的通知",
        record_date="2024-12-20",
        date="2024-12-20",
        notes=(
            "record title and date as is; the notice hard-wrapped at 56 columns; 文号 line neutral; the notice's own "
            "联系人/电话 beside the portal's 12345 line; 抄送 and 印发 lines in the body"
        ),
        page="""
!m 镢川县人民政府网
!m 首页 > 部门动态 > 县城市管理局 > 通知公告
{T}
镢城管〔2024〕41号
!m 来源：县城市管理局　　浏览次数：386
!a 〔字号：放大｜还原｜缩小〕〔打印本文〕〔关窗〕
{BODY}
!l 上一条：关于做好城区冬季道路除冰保畅工作的通知
!l 下一条：2024年第四季度市容环境卫生考评结果
!m 镢川县人民政府网　主办：镢川县人民政府办公室
!m 政府服务热线：12345（全天候）　湘ICP备10021843号
""",
        indent="\u3000\u3000",
        wrap=56,
        body="""
各乡镇人民政府，县直有关单位：
近期，我县城区及各集镇陆续搭设节日灯笼架。为防止架体倾倒、线路漏电等事故发生，决定即日起至2025年1月20日开展街面灯笼架安全隐患排查整治。现将有关事项通知如下：
一、排查重点：架体焊接和螺栓连接是否牢固，底座配重和地锚是否到位，电源线是否穿管敷设并加装漏电保护。
二、工作要求：各单位要建立排查台账，发现隐患当场督促整改；不能立即整改的，先拆除灯笼、设置警戒，整改完成后方可亮灯。
三、请于2025年1月10日前将排查情况报县城市管理局市容科。
联系人：赵文涛，电话：0745-3381426。
镢川县城市管理局
2024年12月20日
抄送：县应急管理局，县供电公司。
镢川县城市管理局办公室　2024年12月20日印发
""",
    ),
    dict(
        slug="news-juechuan-half-marathon-number-tags-app-prompt",
        site="镢川新闻网 (invented county news portal)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.jcxww.cn/yaowen/2024-10/27/content_209164.html",
        title="千余枚号码牌连夜分装 镢川半程马拉松鸣枪开跑",
        record_title="【今日镢川】千余枚号码牌连夜分装 镢川半程马拉松鸣枪开跑 - 镢川新闻网",
        date="2024-10-27",
        notes=(
            "county news portal: an app prompt glued before the news lead, a listen button, a photo caption on a line "
            "of its own between paragraphs, an editor/reviewer line glued after the last 。, a 24-hour list; byline 发布时间 as the page's date"
        ),
        page="""
<!doctype html>
<html><head><meta charset="utf-8"><title>【今日镢川】千余枚号码牌连夜分装 镢川半程马拉松鸣枪开跑 - 镢川新闻网</title>
<script>window.__AD_SLOT__=["top","side"];</script></head>
<body>
<div class="jc-top"><a href="/">⟦m 镢川新闻网⟧</a><span>⟦m 镢川县融媒体中心主办⟧</span><a class="app">⟦a 扫码装镢川融媒客户端⟧</a></div>
<nav>⟦m 要闻 | 乡镇 | 民生 | 文体 | 视频 | 专题⟧</nav>
<div class="loc">⟦m 镢川新闻网 ＞ 要闻 ＞ 正文⟧</div>
<article>
<h1>{T}</h1>
<div class="byline">⟦m 发布时间：2024-10-27 08:40　来源：镢川融媒　记者：何芸⟧</div>
<div class="listen">⟦a ▶ 听新闻（约2分钟）⟧</div>
{BODY}
<div class="share">⟦a 转发到：微信好友　朋友圈　QQ空间⟧</div>
</article>
<aside><h3>⟦l 24小时热读⟧</h3>
<ol><li>⟦l 菅塘镇千亩油茶喜获丰收⟧</li><li>⟦l 县城新增两处口袋公园⟧</li><li>⟦l 秋季征兵体检工作启动⟧</li></ol></aside>
<footer>⟦d 镢川新闻网原创稿件，转载须经授权并注明出处⟧　⟦m 湘ICP备17004492号　互联网新闻信息服务许可证43120180006⟧</footer>
</body></html>
""",
        body="""
⟦a 下载“镢川融媒”客户端 看赛事回放⟧本网讯（记者 何芸）10月26日晚，县体育馆灯火通明，120名志愿者把1860枚号码牌和计时芯片分装进参赛包，为27日开跑的镢川半程马拉松做最后准备。
⟦m 图为志愿者核对号码牌与参赛者信息。何芸 摄⟧
“每一枚号码牌背面都贴着芯片，号码、姓名、组别要三对照。”志愿者负责人潘晓禾介绍，号码牌按半程、欢乐跑和亲子跑分成三种颜色，红色是半程，蓝色是欢乐跑，黄色是亲子跑。
为方便外地选手，组委会今年首次在菅塘镇设立领物点，选手凭身份证和电子确认单即可领取号码牌，不用再到县城排队。
27日上午7时30分，比赛在县体育中心鸣枪开跑，沿途共设9个补给站。县公安、卫健等部门安排300余人保障赛事安全。⟦m 编辑：龙小溪　审核：韦方⟧
""",
    ),
    dict(
        slug="news-hongcheng-evening-bus-stop-bumper-strips-title-line",
        site="纮城晚报网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.hcwbw.com/chengshi/minsheng/202407/t20240709_90431.shtml",
        title="钎湖区32座公交站台加装防撞条",
        record_title=None,
        date="2024-07-09",
        notes=(
            "no title in the record: the page's title line gives it; byline 发布时间 as the page's date; a photo "
            "caption and a share row on lines of their own; editor line, related news and a reprint notice at the bottom"
        ),
        page="""
!m 纮城晚报网｜城事频道
!m 首页 > 城事 > 民生
{T}
!m 发布时间：2024-07-09 10:12　来源：纮城晚报　记者：梁晓岚
!a 字号：A+ A-　｜　转给朋友：微信 微博
{BODY}
!m （责任编辑：苏原）
!l 相关新闻：
!l 钎湖区新开通两条社区微公交线路
!l 纮城主城区公交站台完成适老化改造
!d 凡本网注明“来源：纮城晚报”的作品，未经书面许可不得转载、摘编。
!m 纮城晚报网　新闻热线：0743-2256110
""",
        indent="\u3000\u3000",
        body="""
本报讯 7月8日，记者从钎湖区交通运输局获悉，该区已完成32座公交站台防撞条加装工作，站台边缘、立柱和座椅转角都包上了黄黑相间的橡胶防撞条。
此前，有市民反映部分站台立柱棱角尖锐，夜间候车时容易磕碰，一些站台边缘还被进站公交车剐蹭过。
⟦m 【图】工人在钎湖路站台立柱上粘贴防撞条。梁晓岚 摄⟧
区交通运输局工作人员介绍，这次加装的防撞条厚度为15毫米，带有反光条，夜间在车灯照射下十分醒目。站台立柱统一包覆到1.5米高，座椅两端加装圆角护套。
“以前晚上带孩子等车，总担心他撞到柱子，现在放心多了。”家住盂湾社区的市民吴女士说。
⟦a 点赞 ｜ 转发 ｜ 写评论⟧
下一步，该区将对其余站台开展排查，计划年底前完成全部站台的防撞改造。
""",
    ),
    dict(
        slug="forum-paozhe-number-tag-pins-jammer",
        site="跑者驿站论坛 (invented, Discuz-like running forum)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.paozheyz.com/thread-402817-1-1.html",
        title="号码牌别针老扎破速干衣？试了三种固定方法",
        record_title="[跑装杂谈] 号码牌别针老扎破速干衣？试了三种固定方法 - 跑鞋与装备 - 跑者驿站",
        date=None,
        notes=(
            "Discuz-like thread with jammer fonts (junk glued after 。 and on a line of its own), a relative post "
            "time (3 天前, no date), a rating row, a signature and replies"
        ),
        page="""
<html><head><meta charset="gbk"><title>[跑装杂谈] 号码牌别针老扎破速干衣？试了三种固定方法 - 跑鞋与装备 - 跑者驿站</title>
<style>.jammer{color:#fff;font-size:0}</style></head><body>
<div id="hd">⟦m 跑者驿站 · 让每一公里都有伴⟧　<a>⟦a 登录⟧</a> <a>⟦a 注册新跑友⟧</a></div>
<div id="pt">⟦m 跑者驿站 › 跑鞋与装备 › 帖子详情⟧</div>
<div class="hm">⟦m 浏览 4327 ┆ 回帖 58⟧</div>
<table class="plhin"><tr><td class="pls">⟦m 风过铁岭⟧<br>⟦m 金牌跑友　积分 8214⟧</td>
<td class="plc"><h1><span id="thread_subject">⟦t [跑装杂谈] 号码牌别针老扎破速干衣？试了三种固定方法⟧</span></h1>
<div class="authi">⟦m 发表于 3 天前 | 只看楼主 | 楼层直达⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="rate">⟦a 评分 参与人数 6　驿站币 +12　收起理由⟧</div>
<div class="sign">⟦l 签名：不为PB，只为终点那口热汤⟧</div>
<div class="po">⟦a 回复 ┆ 点赞 ┆ 收藏 ┆ 举报⟧</div>
</td></tr></table>
<div class="reply">⟦l 沙发　小步慢跑：号码带+1，省心⟧</div>
<div class="reply">⟦l 板凳　南山一只狐：磁吸扣我跑越野掉过一次⟧</div>
<div id="side"><h3>⟦l 本版热帖⟧</h3><p>⟦l 冬跑穿几层？我的洋葱穿法⟧</p><p>⟦l 镢川半马赛道全攻略⟧</p></div>
<div id="fastpost">⟦a 登录后才能参与讨论，立即登录⟧</div>
<div id="ft">⟦m 跑者驿站 ( 鄂ICP备19022671号 ) ┆ 手机版 ┆ 清除痕迹⟧</div>
<script src="static/js/forum_viewthread.js?v=K3q"></script>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
跑了四年马拉松，号码牌别针至少扎坏了我三件速干衣。最近比赛多，干脆把几种固定方法都试了一遍，给大家参考。
第一种，磁吸扣。一套四个，衣服里外各放一块吸住号码牌，不用打孔。缺点是跑步时晃动大，下坡容易歪，而且装有心脏起搏器的跑友不能用。
第二种，号码带。一根弹力腰带，号码牌扣在腰前，换衣服不用重新别。我跑全马用的就是这个，要注意的是检录时号码牌必须露在正面。
第三种，小夹子。夹在衣服下摆，不伤衣服，但大风天会翻起来，拍照时常常只露出半个号码。
综合下来，我推荐号码带，性价比最高。大家还有什么好办法，欢迎补充。
""",
    ),
    dict(
        slug="forum-jiuzhidui-1983-calendar-junk",
        site="旧纸堆收藏论坛 (invented)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="http://www.jiuzhidui.net/forum/viewthread.php?tid=77152",
        title="翻出一本1983年的风景挂历",
        record_title="[晒藏品] 翻出一本1983年的风景挂历（求鉴定） - 纸品杂项 - 旧纸堆收藏论坛",
        date=None,
        notes=(
            "collectors' thread: junk lines and junk glued after 。, post time 昨天 (no date), a year in the title "
            "is no date; replies, a signature and the forum footer"
        ),
        page="""
!m 旧纸堆收藏论坛　老纸头 · 老物件 · 老故事
!m 论坛首页 » 纸品杂项 » 浏览帖子
!t [晒藏品] 翻出一本1983年的风景挂历（求鉴定）
!m 楼主：阁楼翻箱人　发表于 昨天 21:37　　查看 912　回复 14
{BODY}
!l 签名档：收纸不收心，越收越开心
!l 2# 老纸匠：熨斗千万别直接上，隔宣纸低温轻压
!l 3# 岁月书签：县印刷厂的挂历现在少见了，好好留着
!a 快速回复　｜　高级模式　｜　需登录后发言
!m Powered by 旧纸堆 Board © 2008-2024
""",
        junk=dict(lines=2, glued=2),
        body="""
前几天收拾老屋阁楼，翻出一本1983年的挂历，十三张全都在，只是封面边角有点受潮。
这本挂历是当年县印刷厂印的，每月一幅本省风景，背面印着农历节气和当月农事提醒，比如三月写着“春分前后，早稻浸种”。
品相方面，铁丝挂钩已经生锈，装订孔有轻微撕裂，其余画面颜色保存得不错。我用宣纸把每一张隔开，平放在樟木箱里，不敢卷起来。
想请教各位老师两个问题：一是受潮起皱的地方能不能用熨斗隔布熨平？二是这种县级印刷厂的挂历，现在还有人收吗？
先谢过了，回头再上几张细节图。
""",
    ),
]

"""holdout254, part B: county portals, news portals, Party-building sites, education portals
and personnel-exam sites. Every case written by hand; all places, people, sites, URLs and
numbers are invented. See ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="gov-pianling-notice-scoreboards-index-table",
        site="翩岭县人民政府门户网站 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.pianling.gov.cn/zwgk/tzgg/202504/t20250430_118204.html",
        title="关于开展全县公共体育场地记分牌更新维护工作的通知",
        record_title="关于开展全县公共体育场地记分牌更新维护工作的通知 - 政务公开 - 翩岭县人民政府门户网站",
        date="2025-04-28",
        date_also=["2025-04-30"],
        notes="a county portal with 长辈版/读屏 links, its 索引号 table (the 文号 cell unmarked, neutral), a 纠错 line "
        "and a 12345 line beside the notice's own 联系人/电话/邮箱; 附件 list, 抄送 and 印发 lines; a graphic-reading "
        "link glued after a sentence; the portal's date differs from the 成文日期",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>关于开展全县公共体育场地记分牌更新维护工作的通知 - 政务公开 - 翩岭县人民政府门户网站</title>
<meta name="SiteName" content="翩岭县人民政府"><meta name="ColumnName" content="通知公告">
<link rel="stylesheet" href="/images/pl2024.css">
<script src="/js/jquery.min.js"></script>
</head><body>
<div class="pl-top"><span>⟦m 翩岭县人民政府　欢迎您⟧</span><a>⟦a 长辈版⟧</a> <a>⟦a 读屏专用⟧</a> <a>⟦a 繁體⟧</a> <a>⟦a 个人登录⟧</a></div>
<div class="pl-banner">⟦m 山水翩岭 · 宜居宜游⟧</div>
<ul class="pl-nav"><li>⟦m 首页⟧</li><li>⟦m 走进翩岭⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政务服务⟧</li><li>⟦m 互动交流⟧</li></ul>
<div class="pl-crumb">⟦m 当前位置：首页 ＞ 政务公开 ＞ 通知公告⟧</div>
<table class="pl-index">
<tr><td>⟦m 索引号：11431126MB1C72045Q/2025-00219⟧</td><td>⟦m 主题分类：文化、体育⟧</td></tr>
<tr><td>⟦m 发布机构：县文化广电体育局⟧</td><td>⟦m 发布日期：2025-04-30⟧</td></tr>
<tr><td>翩文体发〔2025〕9号</td><td>⟦m 有效性：有效⟧</td></tr>
</table>
<div class="pl-art">
<h1>{T}</h1>
<div class="pl-tools">⟦a 【字体：大 中 小】　【本页打印】　【关闭窗口】⟧</div>
<div class="pl-txt">
{BODY}
</div>
<div class="pl-share">⟦l 分享到：微信好友　QQ空间　微博⟧</div>
<div class="pl-rel"><h3>⟦l 相关政策⟧</h3><ul><li>⟦l 翩岭县全民健身设施管护办法⟧</li><li>⟦l 关于印发2025年全民健身工作要点的通知⟧</li></ul></div>
</div>
<div class="pl-foot">
<p>⟦m 主办：翩岭县人民政府办公室　承办：县融媒体中心⟧</p>
<p>⟦m 网站纠错：0739-5201100　政务服务便民热线：12345⟧</p>
<p>⟦m 网站标识码4305270009　湘ICP备05003198号　湘公网安备43052702000115号⟧</p>
</div>
<script src="/js/pl-count.js"></script>
</body></html>
""",
        body="""
各乡镇人民政府，县直有关单位：
为提升公共体育场地服务水平，县文化广电体育局决定于2025年5月至7月在全县开展公共体育场地记分牌更新维护工作。现将有关事项通知如下。⟦l 〔图解〕一图看懂记分牌更新维护⟧
一、更新范围。乡镇、村（社区）健身广场和灯光球场配备的记分牌，重点是翻页卡片缺失、支架锈蚀、电子屏不亮的记分牌。
二、工作步骤。5月31日前，各乡镇完成摸底登记；6月底前，由县局统一配送新记分牌；7月中旬，县局组织抽查验收。
三、工作要求。各乡镇要明确一名联络员，更新后的记分牌要落实管护责任人，防止再次丢失损坏。
联系人：龙绮　电话：0739-5203162　邮箱：plwtj_qz@163.com
附件：1.公共体育场地记分牌情况统计表
2.记分牌管护责任人名单
翩岭县文化广电体育局
2025年4月28日
抄送：县人民政府办公室。
翩岭县文化广电体育局办公室　2025年4月28日印发
""",
    ),
    dict(
        slug="gov-xichuan-bulletin-kids-bats-spotcheck-table",
        site="熹川县市场监督管理局 (invented)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="text",
        source="http://scjg.xichuan.gov.cn/cjxx/202506/t20250613_2047.html",
        title="熹川县市场监督管理局关于2025年儿童乒乓球拍产品质量监督抽查情况的通报",
        record_title="【抽检信息】熹川县市场监督管理局关于2025年儿童乒乓球拍产品质量监督抽查情况的通报｜熹川县市场监督管理局",
        date="2025-06-12",
        date_also=["2025-06-13"],
        notes="a bureau's page: breadcrumb, a source/time line (date differs from the 成文日期), font and print buttons; a "
        "data table of unqualified products (one row a paragraph, cells apart by ideographic spaces); a 12315 line in the "
        "body; 抄送 line; a document number under the title (neutral)",
        page="""
!m 熹川县市场监督管理局
!m 首页 ＞ 信息公开 ＞ 抽检信息
{T}
熹市监质〔2025〕14号
!m 信息来源：质量监督股　　发布时间：2025-06-13　　浏览次数：318
!a 〔字号　大　中　小〕　〔打印此页〕
{BODY}
!l 上一条：2025年第二季度食品安全监督抽检信息
!l 下一条：关于电动自行车充电器质量抽查情况的通报
!m 熹川县市场监督管理局主办　地址：熹川县滨江东路61号
!m 湘ICP备11004372号-2　网站识别码4312250011
""",
        indent="\u3000\u3000",
        body="""
各有关单位：
为加强儿童体育用品质量监管，2025年5月，我局对全县商场、文体用品店和电商经营者销售的儿童乒乓球拍开展了产品质量监督抽查。现将抽查情况通报如下。
本次共抽查儿童乒乓球拍28批次，合格25批次，不合格3批次，不合格项目主要为可迁移元素和拍柄锐利边缘。不合格产品情况如下：
序号　产品名称　标称生产单位　不合格项目
1　儿童横拍套装　鹱城区欣跃体育用品厂　可迁移元素
2　卡通直拍　琈溪县乐跳文具店（经销）　锐利边缘
3　亲子对拍　珊阳市小旋风玩具有限公司　可迁移元素
对抽查不合格的产品，我局已责令经营者立即下架，并依法立案调查。请各经营者严格落实进货查验制度，消费者发现问题可拨打12315投诉举报。
熹川县市场监督管理局
2025年6月12日
抄送：珊阳市市场监督管理局质量监督科。
""",
    ),
    dict(
        slug="news-shanyang-gourd-ladle-craftsman-photo-captions",
        site="珊阳新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.shanyangnews.cn/xzsd/2025-06/05/content_771280.html",
        title="蝶口镇：八旬老匠人让葫芦水瓢“活”起来",
        record_title="蝶口镇：八旬老匠人让葫芦水瓢“活”起来_乡镇速递_珊阳新闻网",
        date="2025-06-05",
        notes="a news portal with an app prompt glued before the lead, photo captions between paragraphs, an editor "
        "line glued after the last paragraph, a listen button and a 24-hour list; byline 发布时间 is the page's date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>蝶口镇：八旬老匠人让葫芦水瓢“活”起来_乡镇速递_珊阳新闻网</title>
<meta name="description" content="蝶口镇蜓湾村老匠人复原葫芦水瓢手艺">
<script>var _syq=_syq||[];_syq.push(['pv','771280']);</script>
</head><body>
<div class="sy-top">⟦m 珊阳新闻网 · 珊阳市重点新闻网站⟧ <a>⟦a 下载珊阳新闻客户端⟧</a></div>
<div class="sy-nav">⟦m 首页　时政　县区　乡镇速递　民生　文旅　视频⟧</div>
<div class="sy-crumb">⟦m 珊阳新闻网 > 乡镇速递⟧</div>
<div class="sy-main">
<h1>{T}</h1>
<div class="sy-info">⟦m 发布时间：2025-06-05 08:41　来源：蝶口镇融媒体　作者：鲁青禾⟧</div>
<div class="sy-listen">⟦a ▶ 听新闻 02:36⟧</div>
<div class="sy-content">
{BODY}
</div>
<div class="sy-share">⟦l 转发到：微信 · 朋友圈 · 微博 · 复制链接⟧</div>
</div>
<div class="sy-side"><h3>⟦l 24小时热读⟧</h3><ol>
<li>⟦l 珊阳至熹川快速路全线贯通⟧</li><li>⟦l 端午小长假全市文旅市场火热⟧</li><li>⟦l 鹱城区新增三处口袋公园⟧</li></ol></div>
<div class="sy-foot">⟦d 珊阳新闻网原创稿件，未经书面授权不得转载。⟧<br>⟦m 互联网新闻信息服务许可证：43120230011　违法和不良信息举报：0736-2216110⟧</div>
</body></html>
""",
        body="""
⟦a 打开珊阳新闻App，看更多乡镇新鲜事⟧初夏时节，走进翩岭县蝶口镇蜓湾村，八十一岁的老匠人匡守田正坐在院子里，把晒干的葫芦一剖两半。
“老辈人舀水、淘米都用葫芦瓢，轻巧，不烫手，掉地上也摔不坏。”匡守田说。选瓜、晾晒、开瓢、刮瓤、打磨、上蜡，一只葫芦水瓢要经过十多道工序，前后得一个多月。
⟦m ▲匡守田在院中打磨葫芦水瓢。鲁青禾 摄⟧
前些年，塑料瓢和不锈钢瓢进了家家户户，葫芦瓢渐渐没人用了。去年，镇里把葫芦瓢制作列入乡土技艺保护名录，在蜓湾村开设了手作坊，请匡守田带徒弟。
⟦m ▲蜓湾村手作坊里晾晒的葫芦。受访者供图⟧
如今，手作坊已种植葫芦二十亩，做成的水瓢、米瓢、酒瓢通过直播卖到外地，去年销售一万两千余只，带动十六户村民增收。
“手艺留下来，日子也跟着红火。”匡守田笑着说。⟦m （编辑：祁小棠　审核：樊越）⟧
""",
    ),
    dict(
        slug="news-fuxi-scoreboard-debut-title-line-missing",
        site="琈溪融媒 (invented county news portal)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.fuxirongmei.cn/xw/bdxw/20250802/99371.shtml",
        title="县全民健身中心新电子记分牌“上岗”",
        record_title=None,
        date="2025-08-02",
        notes="no record title: the title is the page's title line under the channel line; the byline's 发布时间 is the "
        "page's date; a photo caption between paragraphs; a reporter/editor line glued after the last paragraph",
        page="""
!m 琈溪融媒 | 琈溪县融媒体中心主办
!m 本地新闻 / 体育
{T}
!m 发布时间：2025-08-02 10:15　来源：琈溪融媒　阅读：1.6万
!a 分享　|　字号 A+ A-
{BODY}
!l 热门推荐
!l · 县职工篮球联赛进入决赛阶段
!l · 暑期游泳安全提示：这些水域禁止下水
!d 琈溪融媒所发稿件，转载请注明出处。
!m 琈溪县融媒体中心　新闻热线：0812-3307799
""",
        indent="\u3000\u3000",
        body="""
8月1日晚，琈溪县全民健身中心体育馆新装的电子记分牌首次“亮相”。当晚进行的全县职工篮球联赛半决赛中，两块长六米、高三米的全彩屏实时显示比分、节次、犯规次数和进攻计时，看台上的观众不时举起手机拍照。
⟦m 图：新电子记分牌在比赛中显示比分。（融媒记者 季宛 摄）⟧
据县体育中心负责人介绍，体育馆原有的记分牌使用了十四年，屏幕多处坏点，比赛时常常要靠裁判员口头报分。此次更新总投资58万元，新屏还可以播放赛事回放和健身知识。
“以前坐在看台后排根本看不清比分，现在一目了然。”前来观赛的市民董一帆说。
据悉，县体育中心还将为各乡镇文体站配送翻页式记分牌60块，年底前完成配送。⟦m 记者：季宛　责编：邝书言⟧
""",
    ),
    dict(
        slug="dangjian-pianling-summary-bats-to-villages",
        site="翩岭党建网 (invented)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://www.pldj.gov.cn/zbfc/2025/0623/4418.html",
        title="机关第三党支部“送体育器材下乡”主题党日活动总结",
        record_title="【支部擂台】机关第三党支部“送体育器材下乡”主题党日活动总结 - 翩岭党建网",
        date="2025-06-20",
        date_also=["2025-06-23"],
        notes="a Party-building portal with a study-points prompt, a read-on-phone QR line and a 'more' box; the "
        "portal's date differs from the 成文日期 under the signature; an editor line glued after the signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>【支部擂台】机关第三党支部“送体育器材下乡”主题党日活动总结 - 翩岭党建网</title>
<link rel="stylesheet" href="/css/dj_red.css">
<script src="/js/dj_main.js"></script>
</head><body>
<div class="dj-head"><img src="/img/dj_logo.png" alt=""><span>⟦m 翩岭党建网 · 中共翩岭县委组织部主办⟧</span></div>
<div class="dj-nav">⟦m 首页 ｜ 要闻 ｜ 支部擂台 ｜ 党员教育 ｜ 先锋风采 ｜ 组工信息⟧</div>
<div class="dj-pos">⟦m 您当前的位置：首页 - 支部擂台⟧</div>
<div class="dj-body">
<h2>⟦t 【支部擂台】机关第三党支部“送体育器材下乡”主题党日活动总结⟧</h2>
<div class="dj-meta">⟦m 日期：2025-06-23　稿源：县文化广电体育局机关党委⟧</div>
<div class="dj-points">⟦a 登录“翩岭先锋”学习平台阅读本文，可累计学习积分1分⟧</div>
<h3>{T}</h3>
{BODY}
<div class="dj-qr">⟦a 扫码在手机上继续阅读⟧</div>
</div>
<div class="dj-more"><h4>⟦l 支部擂台 · 更多⟧</h4><ul><li>⟦l 县医院党总支开展义诊进村活动⟧</li><li>⟦l 鸪塘镇党委“田间党课”走进合作社⟧</li></ul></div>
<div class="dj-foot">⟦m 中共翩岭县委组织部　地址：翩岭县城关镇人民路9号⟧<br>⟦m 湘ICP备09012771号⟧</div>
</body></html>
""",
        body="""
6月中旬，机关第三党支部组织开展“送体育器材下乡”主题党日活动，18名党员来到鸪塘镇中心小学和两个村级文化广场，为孩子们和村民送去乒乓球拍、球网和训练球。现将活动情况总结如下。
一、精心准备。支部提前与鸪塘镇对接，摸清学校和村里的器材缺口，用党员自愿捐款和支部活动经费购置乒乓球拍80副、训练球40盒、球网12副。
二、用心服务。活动当天，支部邀请县乒乓球协会两名教练一同前往，为小学生上了一堂握拍和发球的体验课；党员们还帮助村里修好了三张旧球台。
三、收获体会。党员们普遍反映，这样的主题党日接地气、有温度。下一步，支部将与鸪塘镇中心小学结对，每学期组织一次体育志愿服务。
中共翩岭县文化广电体育局机关第三支部委员会
2025年6月20日⟦m （责任编辑：全晓鸥）⟧
""",
    ),
    dict(
        slug="dangjian-gongshui-speech-papercut-inheritors-cn-date",
        site="羾水党建 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.gongshuidj.cn/ldjh/20250616/2215.html",
        title="在全县剪纸技艺传承人座谈会上的讲话",
        record_title="〔传承有我〕在全县剪纸技艺传承人座谈会上的讲话——羾水党建",
        date="2025-06-14",
        date_also=["2025-06-16"],
        notes="a speech with its date in Chinese numerals under the title and a speaker line (neutral); the page's "
        "time line differs; a QR prompt glued after a sentence and a share bar between paragraphs",
        page="""
!m 羾水党建 —— 凝心聚力 党旗飘扬
!m 位置：首页 >> 领导讲话
!t 〔传承有我〕在全县剪纸技艺传承人座谈会上的讲话
!m 时间：2025-06-16　点击数：641
{T}
（二〇二五年六月十四日）
县委宣传部副部长　喻文澜
{BODY}
!a 【收藏本页】　【打印本页】　【返回顶部】
!l 上一篇：在全县文明实践志愿服务推进会上的讲话
!l 下一篇：县委宣传部2025年上半年工作总结
!m 羾水县委组织部　版权所有　湘ICP备17005630号
""",
        indent="\u3000\u3000",
        body="""
各位传承人、同志们：
今天，我们把全县十二位剪纸技艺传承人请到一起，听听大家的心里话。刚才，几位老师傅讲得很实在，有的讲到年轻人学艺坐不住，有的讲到好用的剪纸刀越来越难买，这些问题我们都记下了。
羾水剪纸有三百多年历史，一把剪刀、一柄剪纸刀、一张红纸，剪出了乡亲们的日子和念想。保护好这门手艺，是我们共同的责任。⟦a 〖扫码收听本篇讲话音频〗⟧
⟦l 分享：微信 ｜ 钉钉 ｜ 复制链接⟧
下面，我讲三点意见。一要把人留住。今年起，县里对带徒传艺的传承人每人每年补助三千元。二要把刀磨好。县文化馆将联系本地铁匠铺，恢复传统剪纸刀的打制，保证学员有称手的工具。三要把作品推出去。结合文旅活动办好剪纸展销，让好作品有市场。
同志们，手艺在人在，人在艺传。希望各位传承人多带徒弟、多出精品！
""",
    ),
    dict(
        slug="edu-fuxi-notice-papercut-contest-scan-signup",
        site="琈溪教育网 (invented county education bureau)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.fuxi.gov.cn/tzgg/2025/0312/6071.html",
        title="关于举办琈溪县第三届中小学生剪纸比赛的通知",
        record_title="关于举办琈溪县第三届中小学生剪纸比赛的通知【赛事速递】- 琈溪教育网",
        date="2025-03-10",
        date_also=["2025-03-12"],
        notes="an education bureau with 适老版/读屏 links and an attachment download link; the notice's own 联系人/电话 "
        "beside the site's technical line; 附件 list; a sentence telling schools to scan a QR code; the page's date "
        "differs from the 成文日期",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>关于举办琈溪县第三届中小学生剪纸比赛的通知【赛事速递】- 琈溪教育网</title>
<link rel="stylesheet" href="/static/fx_edu.css">
<script src="/static/fx_edu.js"></script>
</head><body>
<div class="edu-top">⟦m 琈溪县教育局⟧ <a>⟦a 适老版⟧</a> <a>⟦a 读屏⟧</a> <a>⟦a 智慧教育平台登录⟧</a></div>
<div class="edu-nav">⟦m 网站首页　教育要闻　通知公告　基础教育　体卫艺　政策文件⟧</div>
<div class="edu-crumb">⟦m 首页 / 通知公告 / 正文⟧</div>
<div class="edu-art">
<h1>{T}</h1>
<p class="edu-meta">⟦m 发布时间：2025-03-12　发布科室：体卫艺股　访问量：1027⟧</p>
<div class="edu-txt">
{BODY}
</div>
<div class="edu-att">⟦a 附件下载：报名汇总表.xlsx（14KB）　报名二维码.png（8KB）⟧</div>
<div class="edu-pn">⟦l 上一篇：2025年春季学期教学常规检查安排⟧<br>⟦l 下一篇：关于开展中小学生近视防控宣传月活动的通知⟧</div>
</div>
<div class="edu-foot">⟦m 主办单位：琈溪县教育局　技术支持：琈溪县教育信息中心（0812-3361900）⟧<br>⟦m 蜀ICP备16011082号⟧</div>
</body></html>
""",
        body="""
各中小学校：
为弘扬民间传统艺术，培养学生动手能力，县教育局决定举办第三届中小学生剪纸比赛。现将有关事项通知如下。
一、比赛分组：小学组、初中组，每校每组限报5人。
二、比赛时间地点：2025年4月12日上午9时，县青少年活动中心三楼。
三、比赛方式：现场命题创作，时长90分钟。红纸由组委会统一提供，参赛学生自带剪刀和剪纸刀，小学组学生使用剪纸刀须由指导教师在场看护。
四、报名方式：请各校于3月31日前扫描附件中的二维码报名，并将报名汇总表加盖公章后报县教育局体卫艺股。
联系人：阮星遥　电话：0812-3361025
附件：1.琈溪县第三届中小学生剪纸比赛报名汇总表
2.比赛报名二维码
琈溪县教育局
2025年3月10日
""",
    ),
    dict(
        slug="edu-gutang-school-notice-sports-meet-pistol-list",
        site="鸪塘镇中心小学校园网 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.gtzx.pianling.edu.cn/tzgg/2025/0407/312.html",
        title="关于做好2025年春季运动会安全工作的通知",
        record_date="2025-04-07",
        date="2025-04-07",
        notes="title and date given by the record; a school site's notice with a 1. 2. 3. list, the starting pistol "
        "handled in the list; print and close buttons, prev/next links",
        page="""
!m 鸪塘镇中心小学 · 校园网
!m 通知公告
{T}
!m 发布：教务处　浏览：233
{BODY}
!a 〔打印本通知〕〔关闭〕
!l 上一条：清明节放假安排及安全提醒
!l 下一条：四月份少先队活动安排
!m Copyright © 鸪塘镇中心小学　地址：翩岭县鸪塘镇学府路2号
""",
        body="""
各班主任、全体体育教师：
学校定于4月17日至18日举行2025年春季运动会。为确保运动会安全，现就有关事项通知如下：
1.各班主任要在赛前开展一次安全教育，提醒学生不在跑道上逗留、不随意穿越比赛场地。
2.发令枪由体育组长统一领用、专人使用，发令区设置警戒线，学生不得进入。
3.发令员发令时枪口朝上，比赛间隙发令枪一律收回器材箱，不得交给学生玩耍。
4.各班准备饮用水和常用药品，校医在主席台旁设立医疗点。
5.遇雷雨天气，比赛暂停，由广播通知各班有序撤离。
鸪塘镇中心小学
2025年4月7日
""",
    ),
    dict(
        slug="exam-pianling-notice-pe-teachers-bring-bats-table",
        site="翩岭人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://www.plrsks.cn/ksdt/2025/0703/1189.html",
        title="关于2025年翩岭县中小学体育教师招聘专业技能测试有关事项的公告",
        record_title="〈考试动态〉关于2025年翩岭县中小学体育教师招聘专业技能测试有关事项的公告 - 翩岭人事考试网",
        date="2025-07-02",
        date_also=["2025-07-03"],
        notes="a personnel-exam site with a maintenance banner and an admission-ticket float; a test timetable (one row "
        "a paragraph); a sentence telling candidates to download and print the 准考证; the bureau's 咨询电话 beside the "
        "site's technical line; the site's date differs",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>〈考试动态〉关于2025年翩岭县中小学体育教师招聘专业技能测试有关事项的公告 - 翩岭人事考试网</title>
<script src="/js/ks_float.js"></script>
</head><body>
<div class="ks-notice">⟦m 系统公告：7月5日22:00至次日6:00报名系统例行维护，暂停访问⟧</div>
<div class="ks-head">⟦m 翩岭人事考试网⟧ <span>⟦m 公开 · 公平 · 公正⟧</span></div>
<div class="ks-nav">⟦m 首页　考试动态　报名入口　成绩查询　考生服务⟧</div>
<div class="ks-main">
<div class="ks-crumb">⟦m 首页 » 考试动态⟧</div>
<h1>{T}</h1>
<div class="ks-meta">⟦m 发布日期：2025-07-03　来源：县教育体育局⟧</div>
<div class="ks-txt">
{BODY}
</div>
</div>
<div class="ks-float">⟦a 准考证打印入口 ›⟧</div>
<div class="ks-foot">⟦m 网站技术支持电话：0739-5218800（仅受理系统问题）⟧<br>⟦m 翩岭县人力资源和社会保障局主办　湘ICP备12003455号⟧</div>
</body></html>
""",
        body="""
根据招聘工作安排，现将体育教师岗位专业技能测试有关事项公告如下。
一、测试时间地点
岗位　测试项目　时间　地点
小学体育　乒乓球　7月12日上午　县全民健身中心
初中体育　乒乓球、田径　7月12日下午　县全民健身中心
二、测试要求
考生须自带乒乓球拍（横拍、直拍不限）和运动服装，测试用球由考点统一提供。
三、准考证
考生请于7月9日至11日登录本网站下载并打印准考证，凭准考证和身份证参加测试。
咨询电话：0739-5218027（县教育体育局人事股）
翩岭县教育体育局
2025年7月2日
""",
    ),
    dict(
        slug="exam-shanyang-notice-papercutter-skill-assessment",
        site="珊阳职业技能鉴定网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.syjnjd.cn/tzgg/20250906/5302.html",
        title="关于开展剪纸工职业技能等级认定的通知",
        record_title="【鉴定通知·剪纸工】关于开展剪纸工职业技能等级认定的通知 - 珊阳职业技能鉴定网",
        date="2025-09-05",
        date_also=["2025-09-06"],
        notes="an assessment site: candidates bring their own 剪纸刀; the notice's 咨询电话 beside the site's technical "
        "line and a candidates' QQ group; a sentence on printing the 准考证; the page's date differs",
        page="""
!m 珊阳职业技能鉴定网
!m 首页 > 通知公告 > 技能认定
{T}
!m 发布时间：2025-09-06　作者：鉴定中心考务科
{BODY}
!a 【在线报名】　【成绩查询】　【证书查询】
!w 考生交流QQ群：617203348（入群请备注工种）
!m 技术支持：珊阳智考科技　系统问题请拨 0736-8825199
!m 珊阳市职业技能鉴定中心　版权所有
""",
        indent="\u3000\u3000",
        body="""
各有关单位、各位考生：
根据年度职业技能等级认定计划，珊阳市职业技能鉴定中心将于2025年10月组织剪纸工（初级、中级）职业技能等级认定。现将有关事项通知如下。
一、认定内容：理论知识考试采用闭卷笔试；技能考核为现场创作，初级完成一幅对称团花，中级完成一幅刻纸作品。
二、考核时间：10月18日，具体考场以准考证为准。
三、考生须知：技能考核所用红纸、刻板由考点提供；剪刀、剪纸刀由考生自备，刀片须装入刀套，进出考场接受检查。考生可于10月14日起登录报名系统打印准考证。
四、报名时间：9月8日至9月26日。
咨询电话：0736-8825140
珊阳市职业技能鉴定中心
2025年9月5日
""",
    ),
]

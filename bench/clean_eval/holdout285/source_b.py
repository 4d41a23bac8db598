"""holdout285, part B: government portals, news portals, Party-building sites, search snapshots and print views.

Invented text (every county, person, firm, site, URL and number); see ../README.md and ../build.py
for the markup. Each case is written by hand.
"""

CASES = [
    dict(
        slug="gov-juancheng-notice-waste-iron-drums-index-table",
        site="镌城区人民政府门户网站 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.jcq.fuzhoushi.example.gov.cn/zwgk/tzgg/202408/t20240814_661902.html",
        title="关于开展废弃铁桶等危险废物包装物专项清理整治的通知",
        record_title="关于开展废弃铁桶等危险废物包装物专项清理整治的通知 · 公示公告 | 镌城区人民政府",
        date="2024-08-12",
        date_also=["2024-08-14"],
        notes="county portal: care-mode links, 索引号 table with the 文号 cell unmarked (neutral), an attachment download "
        "link beside the document's own 附件 list, 抄送 and 印发 lines, the document's 联系人/电话/邮箱 beside the "
        "portal's error-report and service lines; a sentence asking units to 下载 the attachment; 发布日期 differs",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>关于开展废弃铁桶等危险废物包装物专项清理整治的通知 · 公示公告 | 镌城区人民政府</title>
<meta name="SiteName" content="镌城区人民政府"><meta name="ColumnName" content="公示公告">
<script src="/common/js/jquery.min.js"></script><script src="/common/js/care-mode.js"></script>
</head><body>
<div class="topbar"><span>⟦m 今天是：<span id="today"></span>⟧</span> <a>⟦a 关怀版⟧</a> <a>⟦a 听读模式⟧</a> <a>⟦a 简/繁⟧</a> <a>⟦a 无障碍⟧</a></div>
<header><div class="logo">⟦m 鍑州市镌城区人民政府 · 镌城政务⟧</div>
<nav>⟦m 首页 政务公开 政务服务 互动交流 走进镌城⟧</nav></header>
<div class="loc">⟦m 您当前在：首页 ＞ 政务公开 ＞ 法定主动公开 ＞ 公示公告⟧</div>
<table class="syh">
<tr><td>⟦m 索引号：11360703MB1F42871Q/2024-00317⟧</td><td>⟦m 发布机构：镌城区生态环境分局⟧</td></tr>
<tr><td>文号：镌环字〔2024〕41号</td><td>⟦m 发布日期：2024-08-14⟧</td></tr>
<tr><td>⟦m 主题分类：生态环境／污染防治⟧</td><td>⟦m 时效：现行有效⟧</td></tr>
</table>
<div class="article">
<h1>{T}</h1>
<div class="zoom">⟦a 【文字 放大｜还原｜缩小】⟧ ⟦a 【打印正文】⟧ ⟦a 【关闭页面】⟧</div>
<div class="TRS_Editor">
{BODY}
</div>
<div class="fj">⟦a 附件下载：废弃铁桶排查登记表.xlsx⟧<br>⟦a 附件下载：危险废物经营许可单位名录.pdf⟧</div>
<div class="share">⟦l 分享至：微信 微博 QQ空间⟧</div>
</div>
<div class="rel"><h3>⟦l 相关公告⟧</h3><ul><li>⟦l 镌城区2024年第二季度重点排污单位名录公示⟧</li><li>⟦l 关于开展汛期环境安全隐患排查的通知⟧</li></ul></div>
<footer>
<p>⟦m 主办：鍑州市镌城区人民政府办公室　承办：镌城区大数据服务中心⟧</p>
<p>⟦m 网页内容有误？请致电0793-5526100（工作日）⟧　⟦m 政务服务便民热线：12345⟧</p>
<p>⟦m 赣ICP备05011873号-2　赣公网安备36070302000318号　网站标识码3607030017⟧</p>
</footer>
</body></html>
""",
        body="""
各街道办事处，区直有关单位，各有关企业：
近期检查发现，部分汽修厂、家具厂将用过的油漆、机油铁桶随意堆放在厂外，存在较大环境风险。为此，区生态环境分局决定于8月至10月开展专项清理整治。现将有关事项通知如下：
一、各企业要对厂区内废弃铁桶逐一清点，登记来源、数量和残留物种类，于9月10日前填报排查登记表。
二、盛装过油漆、机油、溶剂的废弃铁桶属于危险废物，须交有资质的单位处置，严禁随意丢弃、转卖或改作他用。
三、各街道要组织网格员开展拉网式排查，发现露天堆放的，督促产生单位限期清运。
请各单位下载附件，按要求填写后报送。
联系人：汤晓岚，电话：0793-5527418，邮箱：jcfj_gf@jcqsthj.example.cn
附件：1. 废弃铁桶排查登记表
2. 危险废物经营许可单位名录
鍑州市镌城区生态环境分局
2024年8月12日
抄送：区应急管理局，区市场监督管理局。
鍑州市镌城区生态环境分局办公室　2024年8月12日印发
""",
    ),
    dict(
        slug="gov-louyang-bulletin-dressing-table-spot-check-record",
        site="镂阳县人民政府网 (invented)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="text",
        source="http://www.louyang.example.gov.cn/xxgk/scjg/202410/t20241009_88317.html",
        title="镂阳县市场监督管理局关于2024年梳妆台等木制家具产品质量监督抽查情况的通报",
        record_date="2024-10-09",
        date="2024-10-09",
        date_also=["2024-10-08"],
        notes="the record gives title and date; a data table one row a paragraph (cells apart by ideographic spaces); "
        "a portal's header, reading tools, a view counter and footer; 成文日期 one day before the record's date",
        page="""
!m 镂阳县人民政府网　中国·镂阳
!m 您所在的位置：首页 > 信息公开 > 部门信息 > 县市场监管局
{T}
!m 信息来源：县市场监管局　发布时间：2024-10-09 15:02　浏览次数：[1173]
!a 〖 字号：大 ｜ 中 ｜ 小 〗〖 打印 〗〖 收藏 〗
{BODY}
!l 【上一条】镂阳县2024年第三季度食品安全抽检信息公告
!l 【下一条】关于开展电动自行车充电器质量专项检查的通知
!m 镂阳县人民政府办公室主办　县融媒体中心维护　湘ICP备06009421号
!m 纠错电话：0736-6620115　便民服务热线：12345
""",
        indent="\u3000\u3000",
        body="""
各市场监管所，各有关企业：
为提升我县木制家具产品质量，县市场监管局于2024年8月至9月组织开展了梳妆台、床头柜等木制家具产品质量监督抽查。现将抽查情况通报如下。
本次共抽查23家企业生产的40批次产品，合格36批次，合格率90%。不合格产品情况如下：
企业名称　产品名称　不合格项目
镂阳县榻溪木艺厂　实木梳妆台　甲醛释放量
镂阳县恒晟家具有限公司　板式梳妆台　镜面抗冲击性能
镂阳县木语轩家具店　梳妆凳　稳定性
榻溪镇美居家具厂　床头柜　甲醛释放量
对抽查不合格的企业，县局已责令其停止销售不合格产品，限期整改，并依法立案调查。各生产企业要引以为戒，严格落实质量主体责任。
镂阳县市场监督管理局
2024年10月8日
""",
    ),
    dict(
        slug="news-wuchuan-bamboo-stool-orders-photo-captions",
        site="杌川新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.wuchuannews.example.cn/sannong/2024-05/17/content_218840.html",
        title="杌川：一根竹子“编”出千万元竹凳订单",
        record_title="杌川：一根竹子“编”出千万元竹凳订单-杌川新闻网·三农频道",
        date="2024-05-17",
        notes="county news portal: ad slot, 24-hour list, a photo caption on a line of its own between paragraphs, an "
        "editor line glued after the last paragraph; the byline's 发布时间 is the page's date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>杌川：一根竹子“编”出千万元竹凳订单-杌川新闻网·三农频道</title>
<script async src="https://ad.wuchuannews.example.cn/slot.js"></script></head><body>
<div class="top">⟦m 杌川新闻网　杌川县融媒体中心主办⟧ <a>⟦a 下载“掌上杌川”客户端⟧</a></div>
<nav>⟦m 首页 时政 三农 民生 文旅 视频 专题⟧</nav>
<div class="crumb">⟦m 首页 › 三农 › 产业振兴⟧</div>
<h1>{T}</h1>
<div class="byline">⟦m 发布时间：2024-05-17 09:35　来源：杌川日报⟧ <span class="listen">⟦a ▶ 听新闻⟧</span></div>
<div class="adslot">⟦d 〔推广〕竹乡民宿季卡上线，周末两晚立减200⟧</div>
<div class="content">
{BODY}
</div>
<div class="sharebar">⟦l 转发到：朋友圈　微博　复制链接⟧</div>
<aside><h3>⟦l 24小时点击排行⟧</h3><ol>
<li>⟦l 杌川县今年首批乡村工匠名单公布⟧</li><li>⟦l 榾岭乡高山茶开采⟧</li><li>⟦l 县城东环路5月20日起封闭施工⟧</li></ol></aside>
<footer>⟦d 杌川新闻网所发稿件未经书面授权不得转载⟧<br>⟦m 新闻热线：0745-7231110　举报邮箱：jubao@wuchuannews.example.cn⟧</footer>
</body></html>
""",
        body="""
本报讯（记者 柯雨桐 通讯员 邱良）5月16日清晨，榾岭乡竹编产业园里一片忙碌，工人们削竹、烤弯、穿榫，一张张竹凳很快成形。这批3000张竹凳将发往省城的一家连锁茶馆。
“以前一张竹凳卖三四十元，现在做成带靠背的新款，一张能卖一百二十元。”产业园负责人邓守业告诉记者，今年以来，产业园已接到订单1.2万张，货值超过千万元。
⟦m 图为榾岭乡竹编产业园工人正在烤制竹凳。（柯雨桐 摄）⟧
杌川县竹林面积达46万亩，竹凳编织是当地传承百年的老手艺。近年来，县里依托传习所培训年轻艺人，引进设计团队改良款式，还在电商平台开设了“杌川竹凳”官方店铺。
县林业局相关负责人表示，下一步将扶持建设竹材烘干和防霉处理中心，让杌川竹凳走得更远。⟦m （责任编辑：苗一禾）⟧
""",
    ),
    dict(
        slug="news-fuzhou-crochet-charity-sale-record",
        site="鍑州网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://news.fuzhouwang.example.cn/shehui/20241203/3317205.shtml",
        title="鍑州市老年大学钩针编织班义卖作品善款捐助留守儿童",
        record_date="2024-12-03",
        date="2024-12-03",
        notes="the record gives title and date; a news portal's source/editor line, an app prompt glued before the lead, "
        "a share bar and related news",
        page="""
!m 鍑州网　鍑州新闻门户
!m 首页 » 社会 » 正文
{T}
!m 2024年12月03日 10:12　来源：鍑州晚报　作者：庄小满
!l 微信　微博　QQ　复制本文链接
⟦a 〔打开鍑州新闻APP，看更多本地事〕⟧{BODY}
!m 本文编辑：闻溪　　审核：韩立
!l 相关新闻
!l 镌城区社区老年学堂开设剪纸班
!l 鍑州市老年大学秋季班报名启动
!d 凡注明“来源：鍑州网”的作品，转载请注明出处。
""",
        indent="\u3000\u3000",
        body="""
12月2日，鍑州市老年大学钩针编织班在校园里举办作品义卖活动，42名学员带来的帽子、围巾、玩偶等320件钩针作品吸引了不少市民驻足选购。
“这顶帽子钩了整整一个星期，能帮到孩子们，值！”今年72岁的学员冯秀英一边招呼顾客，一边向记者展示自己的作品。
据了解，钩针编织班开办已有5年，先后有400多名老人在这里学会了钩针技艺。此次义卖共筹得善款18650元，将全部捐给镌城区钗影小学，用于为留守儿童购买冬衣和学习用品。
老年大学负责人表示，今后还将定期组织学员走进社区，教更多老人拿起钩针，丰富晚年生活。
""",
    ),
    dict(
        slug="party-wuchuan-speech-bamboo-stool-talks-cn-date",
        site="杌川先锋网 (invented Party-building portal)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.wcxianfeng.example.gov.cn/jcdj/202407/t20240712_4410.html",
        title="在全县“竹凳夜话”基层议事工作推进会上的讲话",
        record_title="【竹凳夜话·基层议事】在全县“竹凳夜话”基层议事工作推进会上的讲话_杌川先锋网",
        date="2024-07-09",
        date_also=["2024-07-12"],
        notes="Party portal: study-points prompt, read-on-phone QR line; speaker line and a date in Chinese numerals under "
        "the speech title (neutral); a points prompt on a line of its own between paragraphs; 发布时间 differs",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【竹凳夜话·基层议事】在全县“竹凳夜话”基层议事工作推进会上的讲话_杌川先锋网</title></head>
<body>
<div class="head">⟦m 杌川先锋网　中共杌川县委组织部⟧</div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 组工动态⟧</li><li>⟦m 基层党建⟧</li><li>⟦m 干部工作⟧</li><li>⟦m 人才工作⟧</li></ul>
<div class="pos">⟦m 位置：首页 / 基层党建 / 讲话文章⟧</div>
<div class="detail">
<h2>{T}</h2>
<p class="tc">县委常委、组织部部长　罗秋实</p>
<p class="tc">（二〇二四年七月九日）</p>
<div class="src">⟦m 发布时间：2024-07-12　来源：县委组织部　阅读：2308⟧</div>
{BODY}
<div class="qr">⟦a 用手机扫一扫，随时重温本篇⟧</div>
</div>
<div class="side"><h4>⟦l 组工信息速览⟧</h4><p>⟦l 杌川县开展村党组织书记轮训⟧</p><p>⟦l 榾岭乡“红色代办”打通服务最后一公里⟧</p></div>
<div class="foot">⟦m 中共杌川县委组织部主办　地址：杌川县人民路18号　邮编：421700⟧<br>⟦m 湘ICP备09041273号⟧</div>
</body></html>
""",
        body="""
同志们：
“竹凳夜话”是我县基层党组织在实践中摸索出来的好办法。每到傍晚，村干部搬上几张竹凳，和群众坐在院坝里拉家常、议村事，很多矛盾就在一场场夜话中化解了。去年以来，全县186个村（社区）共开展“竹凳夜话”2100余场，收集群众意见4600多条，办结率达到93%。
⟦a 〔本篇已学满3分钟，学习积分+1〕⟧
下面，就深化这项工作讲三点意见。
一是要坐得下来。村党组织书记要带头参加，不能只让网格员唱“独角戏”，更不能把夜话开成会议、念成文件。
二是要议得实在。议题要从群众最关心的路灯、水渠、垃圾清运等身边事选起，议定的事项要公示、有回音。
三是要管得长久。各乡镇要建立夜话台账，县委组织部将把这项工作纳入村党组织书记抓党建述职评议内容。
同志们，一张竹凳拉近的是党群距离。希望大家把这件小事做实做细，让群众感受到实实在在的变化。
""",
    ),
    dict(
        slug="party-juancheng-summary-coffee-table-volunteers-table",
        site="镌城党建网 (invented)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://dj.jcq.fuzhoushi.example.gov.cn/sqdj/2024/1223/1908.html",
        title="瑑园社区党支部“旧茶几·新邻里”党员志愿服务项目工作总结",
        date="2024-12-20",
        notes="the record gives the title only; a service-figures table one row a paragraph; a 'recommended' line "
        "on a line of its own between paragraphs; a study prompt and a Party-site footer",
        page="""
!m 镌城党建网 › 社区党建 › 支部工作
{T}
!m 作者：瑑园社区党支部　时间：2024年12月23日　点击：[ 612 ]
!a 【我要评论】【推荐给朋友】【打印】
{BODY}
!a 学党史 悟思想 — 点击进入“镌城学习角”每日答题
!l 上篇：钗影社区“红管家”议事会工作总结
!l 下篇：区直机关党员进社区报到服务情况
!m 中共鍑州市镌城区委组织部主办　技术支持：镌城区信息中心
""",
        indent="\u3000\u3000",
        date_also=["2024-12-23"],
        body="""
2024年，瑑园社区党支部围绕老旧小区居民家具更新需求，组织党员志愿者开展“旧茶几·新邻里”志愿服务项目，帮助困难家庭修补、翻新旧茶几，推动闲置家具循环利用。现将工作情况总结如下。
一、主要做法
一是组建服务队伍。招募懂木工、油漆的党员和居民志愿者18名，每月第二个周六集中开展服务。
二是建立需求清单。网格员逐户走访，摸排有需求的独居老人、低保家庭64户。
⟦l ★本文入选“镌城社区党建优秀案例”⟧
三是搭建交换平台。在社区活动室设立旧物交换角，居民可将闲置茶几登记后交换或捐出。
二、服务成效
项目　数量
翻新茶几　57张
更换玻璃面板　23块
交换闲置茶几　41张
服务家庭　64户
三、下步打算
明年将把服务范围扩大到沙发、书柜等家具，让更多居民受益。
中共鍑州市镌城区瑑园社区支部委员会
2024年12月20日
""",
    ),
    dict(
        slug="snapshot-xundao-notice-crochet-training-women-federation",
        site="寻道搜索快照 of 钗湖县妇女联合会 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://snap.xundao.example.com/cache?u=chaihu-fulian-2024-0906&k=%E9%92%A9%E9%92%88",
        title="关于举办“巧手钩针”公益培训班的通知",
        record_title="关于举办“巧手钩针”公益培训班的通知 - 钗湖县妇女联合会 [寻道快照]",
        date="2024-09-05",
        date_also=["2024-09-06"],
        notes="a snapshot frame: capture banner with its stamp (no date), highlighted keywords, the original page's header "
        "and footer inside; the document's 联系人/电话 beside the federation's office line; a sentence asking "
        "readers to 扫描 a QR code as content; 发布日期 differs from 成文日期",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于举办“巧手钩针”公益培训班的通知 - 钗湖县妇女联合会 [寻道快照]</title>
<style>.hl{background:#ff0}</style></head><body>
<div id="snap-head">
<p>⟦d 寻道搜索替您留存的页面副本，抓取于2024-10-17 03:26，原网页或已改动。⟧</p>
<p>⟦d 已着色检索词：<span class="hl">钩针</span> <span class="hl">培训</span>⟧</p>
<p><a>⟦a ↗ 转到原网页⟧</a> <a>⟦a 不再显示此提示⟧</a></p>
</div>
<div id="orig">
<div class="hd">⟦m 钗湖县妇女联合会　巾帼之家⟧</div>
<div class="nav">⟦m 首页 | 妇联要闻 | 通知公告 | 维权服务 | 家庭家教⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 发布日期：2024-09-06　信息来源：县妇联办公室⟧</div>
{BODY}
<div class="foot">⟦m 钗湖县妇女联合会 版权所有　办公室电话：0756-3310002⟧<br>⟦m 粤ICP备11019036号⟧</div>
</div>
</body></html>
""",
        body="""
各乡镇妇联，县直各单位妇委会：
为帮助城乡妇女掌握一门实用手艺，拓宽居家灵活就业渠道，县妇联决定举办“巧手钩针”公益培训班。现将有关事项通知如下。
一、培训时间：2024年9月23日至9月29日，共7天。
二、培训地点：钗湖县妇女儿童活动中心三楼手工教室。
三、培训对象：有意从事手工编织的城乡妇女，每期40人，额满为止。
四、培训内容：钩针基本针法、玩偶及家居小物钩制、作品拍照与网上销售。
五、报名方式：请扫描附件中的二维码报名，或到各乡镇妇联登记。培训免费，统一提供钩针和毛线。
联系人：郑丽君，电话：0756-3316027
钗湖县妇女联合会
2024年9月5日
""",
    ),
    dict(
        slug="snapshot-textcache-pledge-coffee-table-bulky-waste",
        site="寻道纯文字缓存 of 钗影街道办事处 (invented)",
        style="搜索快照",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://textcache.xundao.example.com/t?u=chaiying-jd-notice-0402",
        title="关于规范投放废旧茶几沙发等大件垃圾的倡议书",
        record_title="关于规范投放废旧茶几沙发等大件垃圾的倡议书_钗影街道办事处（文字缓存页）",
        date="2024-04-02",
        notes="a text-only cache: its banner and crawl stamp (no date) above, the street office's header and footer "
        "inside; a reposter's aside glued after a 。; 成文日期 under the signature",
        page="""
!d ※ 纯文字缓存：仅保留原页面文字，图片与样式已省略（收录于 2024-05-30）
!m 原始地址：http://www.chaiying-jd.example.gov.cn/tzgg/0402.html
!m 钗影街道办事处　通知公告
{T}
{BODY}
!m 钗影街道办事处 主办　地址：鍑州市镌城区钗影路9号
!d ※ 缓存页面仅供无法访问原站时参考
""",
        indent="\u3000\u3000",
        body="""
广大居民朋友们：
近年来，随着家具更新加快，小区里随意丢弃旧茶几、旧沙发的现象时有发生，有的堵塞消防通道，有的玻璃碎片伤及行人。为共同维护整洁安全的居住环境，我们倡议：
一、不乱扔。旧茶几、旧沙发等大件垃圾请勿堆放在楼道、消防通道和绿化带内。
二、先预约。需要丢弃大件垃圾的，请提前拨打社区电话预约，由收运人员上门收取。
三、拆包装。玻璃茶几请将玻璃面板用纸板包好，并注明“玻璃”字样，防止划伤。⟦d （缓存页未收录原文配图）⟧
四、多利用。还能使用的茶几，可送到社区旧物交换角，让闲置物品物尽其用。
让我们从自身做起，共建干净、安全、文明的美好家园！
钗影街道办事处
2024年4月2日
""",
    ),
    dict(
        slug="print-juancheng-request-fire-water-buckets-footer",
        site="镌城区应急管理局 (invented, print view)",
        style="打印页",
        genre="请示",
        kind="other",
        form="html",
        source="http://yjj.jcq.fuzhoushi.example.gov.cn/print.jsp?id=30177",
        title="关于购置森林防火应急储水铁桶的请示",
        record_title="⎙ 关于购置森林防火应急储水铁桶的请示（A4版式）· 镌城区应急管理局",
        date="2024-02-26",
        notes="a print view calling window.print(): print stamp (no date) and page address at the top, print/close buttons, "
        "a print footer ◼ 第 1 页 ◼ 共 1 页 ◼; a 请示 with its 附件 line and the contact in brackets",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>⎙ 关于购置森林防火应急储水铁桶的请示（A4版式）· 镌城区应急管理局</title>
<style>@media print{.noprint{display:none}}</style>
<script>window.onload=function(){window.print();}</script></head><body>
<div class="noprint">⟦a ⎙ 立即打印⟧　⟦a ✕ 关闭此窗口⟧</div>
<div class="ph">⟦m 镌城区应急管理局　打印于 2024-03-04 14:52⟧</div>
<div class="ph">⟦m 来源页：http://yjj.jcq.fuzhoushi.example.gov.cn/zwgk/qs/30177.html⟧</div>
<h2>{T}</h2>
{BODY}
<div class="pf">⟦p ◼ 第 1 页 ◼ 共 1 页 ◼⟧</div>
</body></html>
""",
        body="""
区人民政府：
我区林地面积12.6万亩，春季森林防火形势严峻。目前，全区林区防火检查站和重点村配备的储水铁桶大多购置于2015年前，锈蚀漏水严重，已不能满足扑救初期火情的需要。
为提升森林火灾早期处置能力，我局拟为12个防火检查站和38个重点村购置200升加厚储水铁桶300只，配套铁桶支架和防晒盖，预计需资金9.6万元。
妥否，请批示。
附件：储水铁桶购置明细表
鍑州市镌城区应急管理局
2024年2月26日
（联系人：季鸿，电话：0793-5530619）
""",
    ),
    dict(
        slug="print-chaihu-notice-elderly-dressing-tables-footer",
        site="钗湖县民政局 (invented, print view)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="text",
        source="http://mzj.chaihu.example.gov.cn/print/20240513_5521.html",
        title="关于开展养老机构适老化梳妆台改造的通知",
        record_title="可打印版：关于开展养老机构适老化梳妆台改造的通知 — 钗湖县民政局",
        date="2024-05-13",
        notes="a text print view: print stamp and address (no dates), print/close row, a print footer ▫ 页码 1 ▫ 共 1 ▫; "
        "成文日期 under the signature",
        page="""
!a [ 打印 ]　[ 返回原文 ]
!m 钗湖县民政局网站 · 打印稿　生成时间：2024-05-20 08:17
{T}
{BODY}
!m 本页地址：http://mzj.chaihu.example.gov.cn/tzgg/20240513_5521.html
!p ▫ 页码 1 ▫ 共 1 ▫
""",
        indent="\u3000\u3000",
        body="""
各乡镇人民政府，各养老机构：
为方便坐轮椅和行动不便的老年人日常梳洗，县民政局决定在全县养老机构开展适老化梳妆台改造。现将有关事项通知如下：
一、改造内容。将老人房间原有梳妆台更换为台面高度不超过75厘米、下方留空的适老化梳妆台，镜面可调节角度，边角做圆角防撞处理。
二、实施时间。2024年6月底前完成需求摸底，9月底前完成改造。
三、资金保障。改造费用由县级养老服务补助资金按每张800元标准予以补助。
四、有关要求。各养老机构要如实填报需求，改造完成后将照片报县民政局养老服务股。
钗湖县民政局
2024年5月13日
""",
    ),
]

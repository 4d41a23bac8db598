"""holdout248, part B: government portals, news portals, Party-building sites, residents' sites, tender portals.

Written by hand for this part only; every place, person, firm, site, URL, phone and id is
invented. See ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="gov-yunxi-notice-mask-reserve-index-table",
        site="筼溪县人民政府网 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.yunxi.gov.example.cn/zwgk/wjtz/202411/t20241111_88213.html",
        title="筼溪县卫生健康局关于做好冬春季口罩等防护物资储备工作的通知",
        record_title="筼溪县卫生健康局关于做好冬春季口罩等防护物资储备工作的通知_卫健信息_筼溪县人民政府",
        date="2024-11-08",
        date_also=["2024-11-11"],
        notes="county portal: voice/large-print links, 索引号 table (the 文号 cell neutral), the document's contact "
        "next to the portal's maintenance and 12345 lines, 附件 list, 抄送 and 印发 lines, a sentence asking units "
        "to 下载 an attachment; the portal's 发布日期 differs from the 成文日期",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>筼溪县卫生健康局关于做好冬春季口罩等防护物资储备工作的通知_卫健信息_筼溪县人民政府</title>
<meta name="SiteName" content="筼溪县人民政府">
<meta name="ColumnName" content="卫健信息">
<link rel="stylesheet" href="/images/2023/gov.css">
<script src="/images/2023/jquery.min.js"></script>
<script>var _govStat={siteId:"yx001",colId:"wjxx"};</script>
</head>
<body>
<div class="gov-top">
<span>⟦m 筼溪县人民政府门户网站⟧</span>
<span class="gov-tools">⟦a 语音朗读　｜　放大字号模式　｜　无障碍阅读⟧</span>
<span>⟦a 用户登录⟧</span>
</div>
<div class="gov-banner"><img src="/images/2023/banner.png" alt=""><form><input name="kw" placeholder="请输入关键词"><button>⟦a 站内搜索⟧</button></form></div>
<ul class="gov-nav">
<li>⟦m 首页⟧</li><li>⟦m 走进筼溪⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政务服务⟧</li><li>⟦m 互动交流⟧</li>
</ul>
<div class="gov-pos">⟦m 您的位置：首页 ＞ 政务公开 ＞ 部门文件 ＞ 卫健信息⟧</div>
<div class="gov-main">
<table class="gov-index">
<tr><td>⟦m 索引号：011382704/2024-01375⟧</td><td>⟦m 主题分类：卫生、体育⟧</td></tr>
<tr><td>⟦m 发布机构：筼溪县卫生健康局⟧</td><td>⟦m 发布日期：2024-11-11⟧</td></tr>
<tr><td>文　　号：筼卫发〔2024〕37号</td><td>⟦m 有效性：有效⟧</td></tr>
</table>
<h1 class="gov-title">{T}</h1>
<div class="gov-sub">⟦m 来源：县卫生健康局　浏览次数：637⟧ ⟦a 【字号 特大 标准 偏小】⟧</div>
<div class="gov-text">
<p class="docno">筼卫发〔2024〕37号</p>
{BODY}
</div>
<div class="gov-att">⟦a 附件下载：防护物资储备情况统计表.xlsx　口罩储备定额参考标准.pdf⟧</div>
<div class="gov-share">⟦l 分享本页到：微信　微博　QQ空间⟧ ⟦a 【打印正文】【关闭页面】⟧</div>
<div class="gov-rel"><h4>⟦l 相关信息⟧</h4>
<p>⟦l 筼溪县2024年秋冬季重点传染病防控工作方案⟧</p>
<p>⟦l 县卫健局关于加强医疗机构物资管理的通知⟧</p></div>
</div>
<div class="gov-foot">
<p>⟦m 主办：筼溪县人民政府办公室　承办：筼溪县大数据服务中心⟧</p>
<p>⟦m 网站标识码：4415270011　粤ICP备05039771号　粤公网安备44152702000318号⟧</p>
<p>⟦w 页面内容有差错？请致电网站运维 0752-6610099（工作日）　政务服务便民热线 12345⟧</p>
</div>
<script src="/images/2023/gov_foot.js"></script>
</body>
</html>
""",
        body="""
各乡镇卫生院，县直各医疗卫生单位：
冬春季是呼吸道传染病高发季节。为做好口罩等防护物资储备，现将有关事项通知如下：
1.各单位按30天用量储备医用外科口罩，医用防护口罩按10天用量储备。
2.储备物资实行台账管理，先进先出，临近有效期的及时轮换使用。
3.请各单位下载附件1，填写储备情况后于11月20日前报县卫健局医政股。
联系人：邵一帆，电话：0752-6613208，邮箱：yzg@yunxiwj.example.cn
附件：1.防护物资储备情况统计表
2.口罩储备定额参考标准
筼溪县卫生健康局
2024年11月8日
抄送：县疾病预防控制中心。
筼溪县卫生健康局办公室　2024年11月8日印发
""",
    ),
    dict(
        slug="gov-yingcheng-bulletin-rubber-boots-spotcheck-wrapped",
        site="蓥城市市场监督管理局网站 (invented)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="text",
        source="http://scjgj.yingcheng.example.gov.cn/xxgk/tzgg/202408/t20240829_4410.html",
        title="关于2024年劳保胶鞋产品质量市级监督抽查情况的通报",
        date="2024-08-27",
        notes="title given by the record as is; hard-wrapped at 56 columns; a table of unqualified products one row a "
        "paragraph; 文号 line neutral; portal chrome above and below",
        page="""
!m 蓥城市市场监督管理局
!m 首页 / 信息公开 / 通知公告
{T}
!m 发布时间：2024-08-29 10:05　信息来源：质量监督科　【字号 大 中 小】
蓥市监质〔2024〕19号
{BODY}
!a 【打印本页】　【收藏】　【关闭】
!l 上一条：关于开展电动自行车头盔质量专项整治的通知
!l 下一条：2024年第二季度食品安全抽检信息公告
!m 蓥城市市场监督管理局 版权所有　技术支持：蓥城市政务信息中心　投诉举报 12315
""",
        date_also=["2024-08-29"],
        wrap=56,
        indent="\u3000\u3000",
        body="""
各县（区）市场监督管理局：
今年6月至7月，市局组织对全市生产、销售的劳保胶鞋开展了监督抽查，共抽查28家企业的40批次产品，合格36批次，不合格4批次。不合格项目主要为鞋底耐磨性能和帮底剥离强度。不合格产品如下：
企业名称　产品名称　不合格项目
蓥城佳步鞋业有限公司　高帮劳保胶鞋　耐磨性能
箢山县力行制鞋厂　解放胶鞋　帮底剥离强度
缊川县顺达鞋材厂　防滑胶鞋　耐磨性能
箸岭县永固鞋业有限公司　绝缘胶鞋　帮底剥离强度
请各地依法处理不合格产品生产企业，督促其整改，并于9月30日前将处理情况报市局质量监督科。
蓥城市市场监督管理局
2024年8月27日
""",
    ),
    dict(
        slug="news-wanshan-douli-workshop-photo-caption",
        site="箢山新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.wanshannews.example.cn/xczx/2024-07/15/content_52091.htm",
        title="箔口镇斗笠编织工坊带动百余名留守妇女家门口就业",
        record_title="箔口镇斗笠编织工坊带动百余名留守妇女家门口就业_乡村振兴_箢山新闻网",
        date="2024-07-15",
        notes="news portal: app prompt, listen button, a photo caption between paragraphs, an editor line glued after "
        "the last paragraph, 24-hour list; the byline's 发布时间 is the page's date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>箔口镇斗笠编织工坊带动百余名留守妇女家门口就业_乡村振兴_箢山新闻网</title>
<meta name="description" content="箔口镇斗笠编织工坊带动百余名留守妇女就业">
<script src="//static.wanshannews.example.cn/js/stat.js"></script>
</head>
<body>
<div class="topbar">⟦m 箢山新闻网⟧ ⟦m 箢山县融媒体中心主办⟧ <a>⟦a 手机看箢山，下载“箢山发布”客户端⟧</a></div>
<nav class="channels">⟦m 首页　时政　乡村振兴　民生　文旅　视频　图片⟧</nav>
<div class="crumbs">⟦m 箢山新闻网 › 乡村振兴 › 正文⟧</div>
<div class="wrap">
<div class="article">
<h1>{T}</h1>
<div class="byline">⟦m 发布时间：2024-07-15 09:32　来源：箢山日报　作者：甘露⟧</div>
<div class="listen">⟦a ▶ 听新闻　语速 1.0x⟧</div>
<div class="content">
{BODY}
</div>
<div class="share">⟦l 分享至：朋友圈　微信好友　微博⟧</div>
<div class="statement">⟦d 凡注明来源为箢山新闻网的作品，未经书面授权不得转载、摘编⟧</div>
</div>
<div class="sidebar">
<h3>⟦l 24小时热文⟧</h3>
<ol><li>⟦l 县城新增三条公交线路8月起运行⟧</li><li>⟦l 箢山茶园迎来夏茶采摘高峰⟧</li><li>⟦l 幞阳镇斗笠文化节筹备工作启动⟧</li></ol>
</div>
</div>
<div class="footer">⟦m 箢山新闻网 版权所有　互联网新闻信息服务许可证：44120240018　粤ICP备19088041号⟧</div>
</body>
</html>
""",
        body="""
本报讯（记者 甘露）走进箔口镇斗笠编织工坊，二十多名妇女围坐在一起，劈篾、编顶、夹笋壳，手指翻飞间，一顶顶斗笠渐渐成形。
工坊去年10月开办，由镇里提供厂房，合作社负责接单和培训。编一顶普通斗笠工钱12元，熟练的一天能编五六顶。“带孩子、做家务两不误，一个月能挣两千多。”村民龚桂香说。
⟦m 图为工坊里的妇女正在编织斗笠。（甘露 摄）⟧
目前工坊已培训学员136人，产品销往周边景区和茶园，还接到了影视剧组的订单。镇里正在筹划建设斗笠文化展示馆，把编织体验和乡村旅游结合起来。⟦m （责编：江可　终审：陆云舟）⟧
""",
    ),
    dict(
        slug="news-yunchuan-hospital-bedsheets-daily-record-date",
        site="缊川在线 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.yunchuanol.example.cn/ms/202403/22/118604.shtml",
        title="县人民医院病房床单实现“一日一换”",
        record_title="【民生快讯】县人民医院病房床单实现“一日一换” - 缊川在线",
        record_date="2024-03-22",
        date="2024-03-22",
        notes="date from the record; an extended-reading link on a line of its own inside the body; share bar, "
        "comments and hot list below",
        page="""
!m 缊川在线　缊川人自己的新闻网站
!m 首页 > 民生 > 医疗健康
{T}
!m 2024年03月22日 16:48　来源：缊川在线　记者：麦晴
!a 字号：大　中　小　　|　　夜间模式
{BODY}
!l 转发到：微信　朋友圈　微博
!l 网友评论（3）
!l 缊川网友a5x：点赞，住院的时候最怕床单脏
!l 游客7721：中医院什么时候也这样？
!l 热点新闻：缊川县城区8月起实行垃圾分类定时投放｜高铁站至县城公交加密班次
!m 缊川在线 yunchuanol.example.cn　新闻热线：0752-7018866
""",
        body="""
近日，缊川县人民医院在全院26个病区推行床单“一日一换”，住院患者的床单、被套、枕套每天更换一次，遇有污染随时更换。
“以前是三天一换，现在每天早上护工推着布草车过来，换得干干净净。”在骨科住院的老周说。
⟦l 延伸阅读：缊川县中医院启用智能布草回收柜⟧
医院后勤科负责人介绍，医院与县内一家洗涤公司签订协议，换下的床单当天收走、次日送回，每条床单都缝有芯片，洗涤满150次即报废更换。为此，医院每年增加支出约40万元。
下一步，医院还将在门诊输液区推广一次性床单。
""",
    ),
    dict(
        slug="party-zhuling-speech-bamboo-alliance-cn-date",
        site="箸岭先锋网 (invented, county Party-building portal)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://www.zhulingxf.example.cn/djyw/202410/t20241014_6031.html",
        title="在箸岭县竹编产业党建联盟成立大会上的讲话",
        record_title="【党建+产业】在箸岭县竹编产业党建联盟成立大会上的讲话 - 箸岭先锋网",
        date="2024-10-12",
        date_also=["2024-10-14"],
        notes="Party portal with a study-points prompt and a read-on-phone QR line; date under the title in Chinese "
        "numerals (neutral line), the site's date differs; speaker line neutral",
        page="""
<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<title>【党建+产业】在箸岭县竹编产业党建联盟成立大会上的讲话 - 箸岭先锋网</title>
<link rel="stylesheet" href="/static/css/xf.css">
<script src="/static/js/xf.js"></script>
</head>
<body>
<header class="xf-head">
<div class="xf-logo">⟦m 箸岭先锋网⟧</div>
<div class="xf-sub">⟦m 中共箸岭县委组织部主办⟧</div>
<nav>⟦m 首页　党建要闻　组织建设　党员教育　人才工作　先锋风采⟧</nav>
</header>
<div class="xf-crumb">⟦m 所在位置：箸岭先锋网 → 党建要闻 → 领导讲话⟧</div>
<div class="xf-main">
<article>
<h2 class="xf-title">{T}</h2>
<p class="xf-info">⟦m 发稿日期：2024-10-14　来源：县委组织部组织科　阅读：956⟧</p>
<p class="xf-study">⟦a 学员登录后阅读满3分钟，可记入年度学习时长⟧</p>
<div class="xf-con">
<p style="text-align:center">（二〇二四年十月十二日）</p>
<p style="text-align:center">县委组织部副部长　林清源</p>
{BODY}
</div>
<p class="xf-qr">⟦a 扫描右侧二维码，把本篇带到手机上读⟧</p>
<p class="xf-pn">⟦l 上一篇：全县“两新”组织党建工作推进会召开⟧<br>⟦l 下一篇：箸岭县选派第三批产业党建指导员⟧</p>
</article>
<aside class="xf-side"><h4>⟦l 专题专栏⟧</h4><ul><li>⟦l 党建引领乡村振兴⟧</li><li>⟦l 红色箸岭⟧</li></ul></aside>
</div>
<footer class="xf-foot">⟦m 中共箸岭县委组织部　地址：箸岭县城关镇和平路8号　粤ICP备18062270号-1⟧</footer>
</body>
</html>
""",
        body="""
同志们：
今天，箸岭县竹编产业党建联盟正式成立。联盟由5个产竹乡镇党委、12个村党组织和8家竹编企业党支部组成，目的是把党组织建在产业链上，让竹篓、竹筐这些老产品走出大山。借此机会，我讲三点意见。
第一，要抱团闯市场。联盟成员要共享订单信息，统一竹篓规格和质量标准，不搞压价竞争。
第二，要带动群众增收。每个村党组织至少培育3名编织能手，带动脱贫户、留守妇女参与编织。
第三，要发挥党员作用。党员企业家要带头兑现收购承诺，党员编织户要带头保证质量。
同志们，一只竹篓连着千家万户。希望大家齐心协力，把联盟办实办好！
""",
    ),
    dict(
        slug="party-yingcheng-organs-insight-mask-packing",
        site="蓥城机关党建网 (invented)",
        style="党建网",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://www.ycjgdj.example.cn/dyxs/11782.html",
        title="参加口罩分装志愿服务的一点感悟",
        record_title="〔党员心声〕参加口罩分装志愿服务的一点感悟｜蓥城机关党建",
        date=None,
        notes="decorated record title; a study-credit prompt and a 'recommended' line between paragraphs; "
        "relative update time is no date; the essay carries no date",
        page="""
!m 蓥城机关党建网 — 建强机关支部 当好服务表率
!m 首页 ＞ 党员心声 ＞ 正文
{T}
!m 稿源：市直机关工委　浏览：1208　更新：2 天前
!a 〔放大〕〔还原〕〔打印〕
{BODY}
!a 读完了？别忘了点“学习打卡”领取今日积分
!l 相关推荐：机关党员下沉社区志愿服务感悟｜做一名合格的志愿者
!d 主办：中共蓥城市直属机关工作委员会　本网文章转载须注明出处
""",
        indent="\u3000\u3000",
        body="""
上周末，我和支部的六名党员一起，到市急救物资储备库参加口罩分装志愿服务。
我们的任务是把整箱的医用口罩按十只一袋分装，贴好标签，再按社区名单装箱。活看着简单，做起来却不轻松。口罩要一只只清点，标签不能贴歪，装箱还要核对两遍数量。一个上午下来，手指被包装袋磨得发红。
⟦l 推荐阅读：志愿服务积分兑换办法出台⟧
储备库的老刘告诉我们，这批口罩要送到全市两百多个社区的卫生服务站，供老人和慢性病患者免费领取。听了这话，大家干得更仔细了。
这次服务让我明白，为群众办事没有小事，哪怕只是分装一袋口罩，也要把细节做好。今后我会继续报名参加志愿服务。
""",
    ),
    dict(
        slug="community-peiwan-notice-bedsheet-washing-elderly",
        site="帔湾社区居民之家 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://peiwan.sq.example.cn/tzgg/2024/0903/417.html",
        title="关于为辖区高龄独居老人提供床单被套免费清洗服务的通知",
        record_title="【邻里关爱】关于为辖区高龄独居老人提供床单被套免费清洗服务的通知 - 帔湾社区",
        date="2024-09-03",
        notes="residents' site: weather line, grid member's box, property repair and night lines next to the "
        "community's own 咨询电话 in the body; a sentence about scanning a QR code to sign up is content",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【邻里关爱】关于为辖区高龄独居老人提供床单被套免费清洗服务的通知 - 帔湾社区</title>
<script src="/js/weather.js"></script>
</head>
<body>
<div class="sq-top">⟦m 帔湾社区居民之家⟧ <span class="weather">⟦m 蓥城 多云 24～31℃ 东南风2级⟧</span></div>
<div class="sq-nav">⟦m 首页 | 社区动态 | 通知公告 | 办事指南 | 邻里互助 | 社区风采⟧</div>
<div class="sq-body">
<div class="sq-left">
<div class="sq-pos">⟦m 当前：首页 - 通知公告⟧</div>
<h2>{T}</h2>
<p class="sq-date">⟦m 发布人：帔湾社区　阅读 284⟧</p>
{BODY}
<p class="sq-tool">⟦a 打印　｜　转发给家人⟧</p>
</div>
<div class="sq-right">
<div class="grid-box"><h4>⟦m 我的网格员⟧</h4><p>⟦m 第三网格　刘琼⟧</p><p>⟦m 手机：13902716634⟧</p></div>
<div class="wy-box"><h4>⟦m 物业服务⟧</h4><p>⟦m 物业报修（24小时）：0752-8826999⟧</p><p>⟦m 夜间值班：0752-8826900⟧</p></div>
<div class="hot"><h4>⟦l 社区热帖⟧</h4><p>⟦l 中秋邻里百家宴报名开始啦⟧</p><p>⟦l 8栋电梯更换进度公示⟧</p></div>
</div>
</div>
<div class="sq-foot">⟦m 帔湾社区居民委员会　地址：蓥城市帔湾路66号　技术支持：邻里云⟧</div>
</body>
</html>
""",
        body="""
各位居民朋友：
为让高龄独居老人住得更舒心，社区联合蓥城洁云洗涤公司，开展床单被套免费清洗服务，现将有关事项通知如下：
一、服务对象：辖区内80周岁以上独居老人。
二、服务时间：9月10日至9月30日，每周二、周五上门收取，三天内送回。
三、报名方式：老人或家属可到社区服务大厅登记，也可扫描社区公告栏上的二维码或关注“帔湾社区”公众号报名。
四、志愿者上门收取时会出示工作证，请勿将床单交给陌生人。
咨询电话：0752-8826013（社区服务大厅）
帔湾社区居民委员会
2024年9月3日
""",
    ),
    dict(
        slug="community-beiqiao-pledge-rubber-shoes-elderly",
        site="褙桥社区网 (invented)",
        style="社区网站",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.beiqiaosq.example.cn/news/show-2291.html",
        title="关于为独居老人捐赠防滑胶鞋的倡议书",
        record_title="关于为独居老人捐赠防滑胶鞋的倡议书_邻里互助_褙桥社区网",
        date="2024-05-28",
        notes="gap between paragraphs; a volunteer's mobile in the body beside the site's property and grid lines; "
        "a sentence asking residents to 分享 the pledge is content; a join button glued after a sentence",
        page="""
!m 褙桥社区网　　今天：小雨 19～25℃
!m 首页 › 邻里互助 › 倡议
{T}
!m 浏览：412　来源：褙桥社区党委
{BODY}
!a ❤ 我要参加　　⇪ 转给邻居
!m 网格员热线：0752-8830122　物业客服：0752-8830166
!l 上一篇：褙桥社区端午包粽子活动回顾
!l 下一篇：关于开展汛期小区排水设施检查的通知
!m 褙桥社区网 版权所有 © 2024
""",
        gap=True,
        indent="\u3000\u3000",
        body="""
亲爱的居民朋友们：
梅雨季节就要到了，小区楼道、菜市场的地面常常湿滑。社区走访发现，不少独居老人还穿着鞋底磨平的旧布鞋，去年雨季就有三位老人在楼道滑倒受伤。
为此，社区党委倡议：请大家为独居老人捐赠一双防滑胶鞋。可以捐新鞋，也可以捐款，由社区统一采购，每双约45元。⟦a 👉点我报名当志愿者⟧
捐赠时间：6月1日至6月15日，每天9时至17时，地点在社区服务大厅。
联系人：社区志愿者吴小满，手机：13760418825。
欢迎大家把这份倡议分享到楼栋群，让更多邻居知道。
褙桥社区党委
2024年5月28日
""",
    ),
    dict(
        slug="tender-yingcheng-award-masks-lots-countdown",
        site="蓥城阳光采购网 (invented)",
        style="招投标网",
        genre="中标公告",
        kind="notice",
        form="html",
        source="https://ygcg.yingcheng.example.cn/jyxx/zbgg/20241210/3307.html",
        title="蓥城市第二人民医院医用口罩采购项目中标（成交）结果公告",
        record_title="【交易结果】蓥城市第二人民医院医用口罩采购项目中标（成交）结果公告 - 蓥城阳光采购网",
        date="2024-12-10",
        notes="tender portal: countdown, CA and trading-system hotlines beside the purchaser's and agency's contacts in "
        "the body; a lot table one row a paragraph",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【交易结果】蓥城市第二人民医院医用口罩采购项目中标（成交）结果公告 - 蓥城阳光采购网</title>
<script src="/js/countdown.js"></script>
</head>
<body>
<div class="cg-head">
<span class="logo">⟦m 蓥城阳光采购网⟧</span>
<span class="login">⟦a 供应商登录　｜　专家登录　｜　CA证书办理⟧</span>
</div>
<div class="cg-nav">⟦m 首页 · 交易信息 · 政策法规 · 办事指南 · 信用信息 · 下载中心⟧</div>
<div class="cg-pos">⟦m 首页 ＞ 交易信息 ＞ 政府采购 ＞ 中标公告⟧</div>
<div class="cg-art">
<h3>{T}</h3>
<div class="cg-meta">⟦m 信息来源：蓥城正和招标代理有限公司　点击：301⟧</div>
<div class="cg-count">⟦m 距公示结束还有：0天 18时 42分⟧</div>
<div class="cg-text">
{BODY}
</div>
<div class="cg-op">⟦a 【打印此公告】　【退出】⟧</div>
</div>
<div class="cg-side"><h4>⟦l 最新公告⟧</h4>
<p>⟦l 县中医院一次性床单采购询价公告⟧</p><p>⟦l 市疾控中心防护服采购项目更正公告⟧</p></div>
<div class="cg-foot">
<p>⟦w CA数字证书服务：400-1186-320　交易系统技术支持：0752-2260001⟧</p>
<p>⟦m 主办：蓥城市公共资源交易中心　粤ICP备17022563号⟧</p>
</div>
</body>
</html>
""",
        body="""
一、项目编号：YCCG-2024-1187
二、项目名称：蓥城市第二人民医院医用口罩采购项目
三、中标信息：
包号　货物名称　中标供应商　中标金额
1　医用外科口罩　缊川康卫医疗用品有限公司　38.40万元
2　医用防护口罩　蓥城安泰防护科技有限公司　26.75万元
四、公告期限：自本公告发布之日起1个工作日。
五、联系方式
采购人：蓥城市第二人民医院，联系人：欧阳静，电话：0752-2203316
代理机构：蓥城正和招标代理有限公司，联系人：韦涛，电话：0752-2279084
蓥城正和招标代理有限公司
2024年12月10日
""",
    ),
    dict(
        slug="tender-yunxi-inquiry-tea-baskets-record-title",
        site="筼溪县政府采购信息网 (invented)",
        style="招投标网",
        genre="询价公告",
        kind="notice",
        form="text",
        source="http://zfcg.yunxi.example.gov.cn/xjgg/2024/0419/1206.html",
        title="筼溪县茶叶产业发展中心竹制茶篓采购询价公告",
        date="2024-04-19",
        notes="title given by the record as is; a sentence asking suppliers to 下载 the inquiry file is content; "
        "the purchaser's contact beside the site's CA hotline",
        page="""
!m 筼溪县政府采购信息网
!m 首页 >> 采购公告 >> 询价公告
{T}
!m 【发布单位：筼溪县茶叶产业发展中心】【点击：188】
{BODY}
!a 附件：竹制茶篓询价文件.doc（点击下载）
!m 网上报价系统使用咨询：0752-6688120　CA锁办理：0752-6688121
!l 相关公告：筼溪县农业农村局茶园管护工具采购询价公告
!d 本网发布的采购信息由采购人或代理机构提供，其真实性由发布者负责
""",
        body="""
筼溪县茶叶产业发展中心拟采购竹制茶篓一批，欢迎符合条件的供应商参加询价。
一、采购内容：竹制茶篓3000只，口径40厘米，高35厘米，须用当年生毛竹篾编织，不得刷漆。
二、最高限价：每只26元。
三、报价截止时间：2024年4月26日17时。
四、供应商请登录本网站下载询价文件，按要求填写报价单后密封送达。
五、联系人：管晓东，电话：0752-6630457。
筼溪县茶叶产业发展中心
2024年4月19日
""",
    ),
]

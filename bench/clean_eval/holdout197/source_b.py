"""holdout197, part B: government portals, news portals, Party-building sites, residents' sites and tender portals.

Invented text throughout; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="taoyang-portal-notice-loudhailers-index-table",
        site="鼗阳县人民政府网 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.taoyang.gov.cn/zwgk/tzgg/202405/t20240523_318842.html",
        title="鼗阳县应急管理局关于为行政村配备应急扩音喇叭的通知",
        record_title="鼗阳县应急管理局关于为行政村配备应急扩音喇叭的通知_部门文件_鼗阳县人民政府",
        date="2024-05-20",
        date_also=["2024-05-23"],
        notes="county portal with 长辈模式/读屏 links, an 索引号 table (the 文号 cell unmarked), a 纠错 line and a "
        "portal hotline beside the notice's own 联系人/电话; 附件, 抄送 and 印发 lines in the body; 发布日期 "
        "differs from the 成文日期",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>鼗阳县应急管理局关于为行政村配备应急扩音喇叭的通知_部门文件_鼗阳县人民政府</title>
<meta name="SiteName" content="鼗阳县人民政府"><meta name="ColumnName" content="通知公告">
<script src="/common/js/jquery.min.js"></script>
</head><body>
<div class="top-links">⟦a 长辈模式 | 读屏专用 | 简体 / 繁體 | 手机版⟧</div>
<div class="header"><h2>⟦m 鼗阳县人民政府⟧</h2><p>⟦m 政务服务 · 政务公开 · 互动交流⟧</p></div>
<div class="position">⟦m 您当前的位置：首页 &gt; 政务公开 &gt; 通知公告⟧</div>
<table class="xxgk-meta">
<tr><td>⟦m 索引号：11431023MB1528736X/2024-00417⟧</td><td>⟦m 发布机构：鼗阳县应急管理局⟧</td></tr>
<tr><td>⟦m 主题分类：安全生产监管⟧</td><td>⟦m 发布日期：2024-05-23⟧</td></tr>
<tr><td>文号：鼗应急〔2024〕19号</td><td>⟦m 有效性：有效⟧</td></tr>
</table>
<div class="article">
<h1>{T}</h1>
<div class="src">⟦m 来源：县应急管理局　　浏览次数：<span id="hits">1206</span>⟧　⟦a ［字号 放大｜默认｜缩小］⟧</div>
<div class="TRS_Editor">
{BODY}
</div>
<div class="ops">⟦a 【打印本页】　【关闭窗口】　【分享到微信】⟧</div>
</div>
<div class="related"><h4>⟦l 相关文件⟧</h4><ul><li>⟦l 鼗阳县2024年汛期应急预警发布工作方案⟧</li><li>⟦l 关于做好汛前应急物资储备工作的通知⟧</li></ul></div>
<div class="footer">
<p>⟦m 主办：鼗阳县人民政府办公室　承办：鼗阳县政务服务和数据资源局⟧</p>
<p>⟦m 网站标识码：4310230017　湘ICP备05009361号　湘公网安备 43102302000128号⟧</p>
<p>⟦m 网站纠错及政务咨询热线：0738-6610012⟧</p>
</div>
</body></html>
""",
        body="""
各乡镇人民政府（街道办事处），县直有关单位：
为解决山区村组在停电、断网等情况下预警信息“传不进、喊不到”的问题，县应急管理局利用省级防灾减灾补助资金，为全县137个行政村各配备2只手持应急扩音喇叭。现将有关事项通知如下：
一、领取时间：5月27日至5月31日，各乡镇统一到县应急物资储备库领取。
二、管理要求：喇叭由村“两委”指定专人保管，纳入村级应急物资台账，不得挪作他用。
三、使用要求：各村要结合汛前演练至少试用一次，确保电池满电、录音清晰。
附件：1.应急扩音喇叭分配表
2.应急物资领用登记表
联系人：何嘉宁　电话：0738-6613205
鼗阳县应急管理局
2024年5月20日
抄送：县防汛抗旱指挥部办公室。
鼗阳县应急管理局办公室　2024年5月20日印发
""",
    ),
    dict(
        slug="bocheng-portal-announcement-mats-wrapped-62",
        site="镈城区人民政府网 (invented, text-only 信息公开 page)",
        style="政府门户",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.bocheng.gov.cn/xxgk/bmxxgk/mzj/202411/t20241119_77610.html",
        title="关于为高龄老人免费发放居家防滑垫的公告",
        record_title="关于为高龄老人免费发放居家防滑垫的公告_信息公开_镈城区人民政府网",
        date="2024-11-18",
        date_also=["2024-11-19"],
        notes="text page hard-wrapped at 62 columns; 索引号 and 发布日期 lines (meta) above a 文号 line (neutral); "
        "the bureau's own 咨询电话 in the body beside the portal's service line; 成文日期 differs from the "
        "发布日期",
        page="""
!m 镈城区人民政府网
!m 首页 ＞ 信息公开 ＞ 部门信息公开 ＞ 区民政局
!m 索引号：MB1D0417-2/2024-01136　｜　公开方式：主动公开　｜　发布日期：2024-11-19
{T}
镈民政〔2024〕41号
!a [ 字号：大　中　小 ]　[ 打印 ]　[ 关闭 ]
{BODY}
!l 上一条：关于开展2024年度养老机构等级评定的通知
!l 下一条：镈城区民政局2024年政府信息公开工作年度报告
!m 网站主办：镈城区人民政府办公室　　政务服务便民热线：12345
!m 网站标识码 4301030009　湘ICP备10012487号-1
""",
        wrap=62,
        indent="\u3000\u3000",
        body="""
为预防高龄老人居家跌倒，区民政局将为辖区80周岁以上老人家庭免费发放居家防滑垫。现将有关事项公告如下：
一、发放对象：户籍在本区、年满80周岁的老年人，每户限领卫生间防滑垫2片、床边防滑垫1片。
二、领取方式：本人或家属持老人身份证原件到所在社区服务站领取；行动不便的，可电话预约，由网格员送货上门。
三、领取时间：2024年11月25日至12月31日（工作日）。
咨询电话：0731-8520461（区民政局养老服务科）
镈城区民政局
2024年11月18日
""",
    ),
    dict(
        slug="bochuan-rongmei-news-armband-night-patrol-photo",
        site="钹川融媒 (invented county news portal)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.bochuanrm.cn/shehui/2024-09/05/content_1183307.html",
        title="钹口镇“红袖章”夜巡队守护老街平安",
        record_title="钹口镇“红袖章”夜巡队守护老街平安｜钹川融媒·社会频道",
        date="2024-09-05",
        notes="county news portal: ad slot, 24-hour list, byline 发布时间 as the page's date; a photo caption on a "
        "line of its own between paragraphs and an editor line glued after the last sentence",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>钹口镇“红袖章”夜巡队守护老街平安｜钹川融媒·社会频道</title>
<script>(function(){var s=document.createElement("script");s.src="//tj.bochuanrm.cn/t.js";document.head.appendChild(s);})();</script>
</head><body>
<div class="rm-top">⟦m 钹川融媒　|　钹川县融媒体中心主办⟧　<a href="/app">⟦a 下载“钹川发布”客户端⟧</a></div>
<ul class="rm-nav">⟦m <li>首页</li><li>时政</li><li>社会</li><li>乡镇</li><li>视频</li>⟧</ul>
<div class="rm-ad">⟦m 推广　钹川农商银行·“老街贷”低息来了⟧</div>
<div class="rm-main">
<h1>{T}</h1>
<div class="rm-info">⟦m 发布时间：2024-09-05 08:47　来源：钹川融媒　记者：阮晓鸥 陶蓁⟧</div>
<div class="rm-share">⟦l 分享：微信 朋友圈 微博 复制链接⟧</div>
<div class="rm-text">
{BODY}
</div>
<div class="rm-tags">⟦l 标签：平安建设　钹口镇　志愿服务⟧</div>
</div>
<div class="rm-side"><h3>⟦l 24小时热读⟧</h3>
<p>⟦l 1　县城东环路9月10日起半幅封闭施工⟧</p>
<p>⟦l 2　钹川今秋首批脐橙开园采摘⟧</p>
<p>⟦l 3　全县中小学秋季学期食堂检查全覆盖⟧</p></div>
<div class="rm-foot">⟦d 本网原创稿件，未经授权不得转载；转载请注明来源“钹川融媒”。⟧<br>⟦m 互联网新闻信息服务许可证编号：43120230017　违法和不良信息举报电话：0736-5200110⟧</div>
</body></html>
""",
        body="""
每天晚上八点，钹口镇老街的石板路上就会出现一支特别的队伍：十几位居民戴着红袖章，拿着手电筒，沿着老街一路走、一路看。
⟦m 图为夜巡队员在老街检查店铺电线。记者 阮晓鸥 摄⟧
这支夜巡队成立于今年3月，队员大多是老街上的住户和店主。“老街房子多是木结构，晚上最怕的就是火。”队长阮德胜说，队员们每晚分两组，重点查看电线私拉、燃气使用和店铺关门情况。
半年来，夜巡队共发现并协助整改安全隐患53处，劝导深夜噪声扰民21起。镇派出所为队员统一配发了红袖章和反光背心，并开通了报警“直通线”。
“以前晚上不敢出门遛弯，现在看到红袖章就安心。”居民周阿姨说。⟦m （责任编辑：孔令仪　审核：邱岩）⟧
""",
    ),
    dict(
        slug="sexi-news-spotcheck-highlighters-table-no-title",
        site="瑟溪新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="http://news.sexi.com.cn/minsheng/202408/t20240826_52104.shtml",
        title="县市场监管局抽检42批次学生荧光笔，3批次不合格",
        record_title=None,
        date="2024-08-26",
        notes="no title in the record (found on the page); 发布时间 line as the page's date; a data table one row "
        "a paragraph; share bar and font row glued to the byline area; related list at the bottom",
        page="""
!m 瑟溪新闻网 > 民生 > 消费
{T}
!m 发布时间：2024-08-26 10:12　　来源：瑟溪县市场监管局　　作者：通讯员 阮楠
!a 字号：T | T　　分享到：微信　QQ空间　　打印
{BODY}
!m 【编辑：邹小禾】
!l 相关新闻
!l · 秋季开学前校园周边文具店专项检查启动
!l · 家长选购学生文具要注意“三看”
!d 瑟溪新闻网版权所有，未经书面授权禁止转载。
""",
        indent="\u3000\u3000",
        body="""
为保障秋季开学学生用品质量安全，近日，瑟溪县市场监管局对全县文具店、商超销售的学生荧光笔开展专项抽检，共抽检42批次，检出不合格3批次。
不合格产品情况如下：
产品名称　标称生产企业　不合格项目
多彩荧光笔（6色装）　义南某文具厂　可迁移元素铅
双头荧光标记笔　未标注　标识标注
学生荧光笔　锦华文具商行　可迁移元素镉
对抽检不合格的产品，县市场监管局已责令经营者立即下架，并依法立案调查。
县市场监管局提醒，家长为孩子选购荧光笔时，应查看包装上的厂名厂址和执行标准，不要购买气味刺鼻的产品。
""",
    ),
    dict(
        slug="sexi-dangjian-speech-party-armbands-under-title",
        site="瑟溪党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://www.sexidj.gov.cn/jcdj/202404/t20240408_20917.html",
        title="在“党员红袖章”志愿服务启动仪式上的讲话",
        record_title="【先锋引领】在“党员红袖章”志愿服务启动仪式上的讲话-瑟溪党建网",
        date="2024-04-02",
        date_also=["2024-04-08"],
        notes="Party-building portal: study-points prompt, read-on-phone QR line; speaker and date lines under "
        "the title (neutral, date expected); byline 发布时间 differs; a study-points line between paragraphs",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【先锋引领】在“党员红袖章”志愿服务启动仪式上的讲话-瑟溪党建网</title>
<link rel="stylesheet" href="/css/dj.css"></head>
<body>
<div class="dj-banner">⟦m 瑟溪党建网　中共瑟溪县委组织部主办⟧</div>
<div class="dj-nav">⟦m 首页　组工动态　基层党建　党员教育　先锋风采⟧</div>
<div class="dj-loc">⟦m 当前栏目：基层党建 » 城市基层党建⟧</div>
<div class="dj-art">
<h2>{T}</h2>
<p class="speaker">街道党工委书记　阮文涛</p>
<p class="when">（2024年4月2日）</p>
<div class="dj-meta">⟦m 发布时间：2024-04-08 16:20　信息来源：鹤鸣街道党工委　阅读：2013⟧</div>
<div class="dj-content">
{BODY}
</div>
<div class="dj-study">⟦a 阅读满3分钟可获学习积分1分，请勿切换页面⟧</div>
<div class="dj-qr">⟦a 手机扫一扫，随时随地读党建⟧</div>
<div class="dj-pn">⟦l 上一篇：鹤鸣街道召开在职党员“双报到”工作推进会⟧<br>⟦l 下一篇：“红色物业”让老小区焕发新颜⟧</div>
</div>
<div class="dj-foot">⟦m 中共瑟溪县委组织部　地址：瑟溪县人民路66号　邮编：418500⟧<br>⟦m 湘ICP备08017722号-2⟧</div>
</body></html>
""",
        body="""
同志们：
今天，我们在这里举行“党员红袖章”志愿服务启动仪式，全街道首批213名在职党员和退休党员将戴上红袖章，到社区报到，参与平安巡防、文明劝导和邻里帮扶。
戴上红袖章，就是亮出党员身份。希望大家走到哪里，就把党员的样子带到哪里，遇到乱停车、乱扔垃圾要敢于劝，遇到群众有难处要主动帮。
⟦a ★本文已计入“学习强基”积分，读完请点击“已学习”★⟧
戴上红袖章，就要守好服务阵地。各社区党组织要为党员排好班、分好区，建立“报到—服务—反馈”台账，每季度评选一次“最美红袖章”。
同志们，一枚红袖章，分量重千钧。让我们用实际行动，让党旗在基层一线高高飘扬！
""",
    ),
    dict(
        slug="sexi-dangjian-summary-mats-volunteers-table",
        site="瑟溪党建网 (invented, text page)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.sexidj.gov.cn/jgdj/202412/t20241209_21644.html",
        title="机关党支部“适老防滑进万家”志愿服务活动总结",
        date="2024-12-05",
        date_also=["2024-12-09"],
        notes="record title as is; a table one row a paragraph; 来源/作者 and a 发布日期 line differing from the "
        "成文日期; a font row and a QR prompt; a collect button glued after a sentence",
        page="""
!m 瑟溪党建网 · 机关党建
{T}
!m 来源：县民政局机关党支部　　作者：阮晓彤　　发布日期：2024-12-09
!a 【字号 大 | 中 | 小】　【护眼色】
{BODY}
!a 扫描二维码，手机端继续阅读
!l 上一篇：县直机关工委开展“支部联建”观摩活动
!l 下一篇：党员志愿服务积分兑换办法（试行）
!m 中共瑟溪县委组织部主办　技术支持：瑟溪县大数据中心
""",
        indent="\u3000\u3000",
        body="""
为落实“我为群众办实事”要求，今年10月至11月，局机关党支部组织党员开展“适老防滑进万家”志愿服务活动，为辖区高龄、独居老人上门铺设防滑垫。现将活动情况总结如下。
一、活动开展情况。支部32名党员分成8个小组，利用周末走进3个社区，共为156户老人家庭铺设防滑垫。具体如下：
社区　户数　防滑垫（片）
云鹤社区　62　148
鹤鸣社区　51　117
钹口社区　43　96
二、主要体会。老人最需要的不是物品本身，而是有人上门帮着铺好、教会怎么清洗。不少老人拉着党员的手说：“这下洗澡不怕滑了。”⟦a ☆收藏本文☆⟧
三、下一步打算。支部将把回访纳入党员“双报到”内容，每半年上门检查一次防滑垫使用情况。
中共瑟溪县民政局机关支部委员会
2024年12月5日
""",
    ),
    dict(
        slug="heming-community-notice-no-loudhailers-property-lines",
        site="鹤鸣社区网 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.hemingsq.cn/gonggao/2024/0708/612.html",
        title="关于禁止在小区内使用扩音喇叭叫卖的温馨提示",
        record_title="【居委会提示】关于禁止在小区内使用扩音喇叭叫卖的温馨提示 - 鹤鸣社区网",
        date="2024-07-08",
        notes="residents' site with a weather line, a grid worker's box and property repair lines beside the "
        "community's own duty phone in the body; numbered list 1. 2. 3.; signature name also in chrome (head)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【居委会提示】关于禁止在小区内使用扩音喇叭叫卖的温馨提示 - 鹤鸣社区网</title></head>
<body>
<div class="sq-head"><span>⟦m 鹤鸣社区网 · 邻里一家亲⟧</span><span class="weather">⟦m 今日 多云 26~33℃ 东南风2级⟧</span></div>
<div class="sq-nav">⟦m 社区首页 | 社区公告 | 办事指南 | 邻里互助 | 党群之家⟧</div>
<div class="sq-wrap">
<div class="sq-art">
<div class="crumb">⟦m 位置：社区首页 / 社区公告⟧</div>
<h3>{T}</h3>
<div class="meta">⟦m 发布人：社区居委会　浏览：588⟧</div>
{BODY}
<div class="act">⟦a 👍 有用(36)　💬 留言　↗ 转发给邻居⟧</div>
</div>
<div class="sq-side">
<div class="grid">⟦w 我的网格员：第三网格 孙晓燕　13974120586⟧</div>
<div class="wy">⟦m 物业服务中心报修：0736-5290777（7:30—21:00）⟧</div>
<div class="wy">⟦m 物业夜间值班：0736-5290799⟧</div>
<div class="news"><h4>⟦l 社区动态⟧</h4><p>⟦l 7月12日社区义诊进楼栋⟧</p><p>⟦l 暑期“四点半课堂”开始报名⟧</p></div>
</div>
</div>
<div class="sq-foot">⟦m 鹤鸣社区居民委员会主办　地址：鹤鸣路188号⟧　⟦m 湘ICP备19026654号⟧</div>
</body></html>
""",
        body="""
各位居民朋友：
近期，不少居民反映有流动商贩骑车进入小区，用扩音喇叭循环播放“收旧手机”“卖豆腐”等录音，影响老人午休和学生学习。经社区居委会、业委会和物业服务中心共同商定，现提示如下：
1.小区各出入口禁止流动商贩携带扩音喇叭进入，门岗发现后予以劝离。
2.居民家中办事确需使用扩音设备的，请提前告知物业，音量不得影响邻居。
3.发现扰民情况，可拨打社区值班电话0736-5290318反映。
让我们共同守护小区的安静。
鹤鸣社区居民委员会
2024年7月8日
""",
    ),
    dict(
        slug="yunhe-community-minutes-patrol-armbands",
        site="云鹤社区服务网 (invented)",
        style="社区网站",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://www.yunhesq.org.cn/dongtai/1009-minutes.html",
        title="云鹤社区平安巡防队第三季度工作例会纪要",
        record_title="〖例会纪要〗云鹤社区平安巡防队第三季度工作例会纪要 - 云鹤社区",
        date="2024-10-09",
        notes="minutes: 时间/地点/主持/参会/记录 lines kept in the body (the 时间 line gives the date); a 'comment' "
        "box between paragraphs; the weather and 'visit' lines at the top",
        page="""
!m 云鹤社区服务网　｜　今天是星期四　晴转多云
!m 社区动态 › 会议纪要
!t 〖例会纪要〗云鹤社区平安巡防队第三季度工作例会纪要
!m 发布：社区综治办　　阅读 214 次　　更新于 2 天前
{BODY}
!l 居民留言（3）：巡防队辛苦了！｜ 建议车棚多装几个灯
!a 我要留言（需实名登录）
!m 云鹤社区居民委员会　电话 0736-5281100　地址：云鹤路27号
""",
        body="""
时间：2024年10月9日上午9:00
地点：云鹤社区党群服务中心二楼会议室
主持：阮丽华（社区党委书记）
参会：巡防队6个小组组长、社区民警、物业经理
记录：曹雨桐
会议通报了第三季度巡防情况：共巡逻78次，发现隐患19处，已整改17处。会议议定以下事项：
⟦l ▶ 往期纪要：第二季度例会纪要｜第一季度例会纪要⟧
一、冬季夜巡时间调整为19:00至21:00，队员统一佩戴红袖章和反光袖标。
二、补发磨损红袖章20个，由社区统一订制。
三、物业负责在12号楼、15号楼车棚加装照明，10月底前完成。
会后，各小组组长将议定事项传达到每位队员。
""",
    ),
    dict(
        slug="biling-tender-bid-result-pliers-lots-ca",
        site="筚岭县公共资源交易网 (invented)",
        style="招投标网",
        genre="中标公告",
        kind="notice",
        form="html",
        source="https://ggzy.biling.gov.cn/jyxx/zfcg/zbgg/20250418/4481903.html",
        title="筚岭县职业中学钳工实训耗材采购项目中标结果公告",
        record_title="筚岭县职业中学钳工实训耗材采购项目中标结果公告 - 筚岭县公共资源交易网",
        date="2025-04-18",
        notes="tender portal with a countdown, CA and trading-system hotlines beside purchaser and agency "
        "contacts; a table of lots one row a paragraph; the 公告 date at the end",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>筚岭县职业中学钳工实训耗材采购项目中标结果公告 - 筚岭县公共资源交易网</title>
<script src="/js/countdown.js"></script></head>
<body>
<div class="gg-top">⟦m 筚岭县公共资源交易网⟧　⟦a 主体登录 | 免费注册 | CA办理指南⟧</div>
<div class="gg-nav">⟦m 首页 &gt; 交易信息 &gt; 政府采购 &gt; 中标（成交）结果公告⟧</div>
<div class="gg-box">
<h2>{T}</h2>
<div class="gg-info">⟦m 信息来源：筚岭县诚信招标咨询有限公司　浏览次数：86⟧</div>
<div class="gg-timer">⟦m 公示剩余：0天 19小时 42分⟧</div>
<div class="gg-con">
{BODY}
</div>
<div class="gg-att">⟦a 📎 中标结果公告.pdf（点击下载）⟧</div>
</div>
<div class="gg-help">⟦m CA数字证书办理及技术支持：0739-7399001⟧<br>⟦m 电子交易系统服务热线：400-818-6600（工作日 8:30—17:30）⟧</div>
<div class="gg-foot">⟦m 筚岭县公共资源交易中心　版权所有　湘ICP备16008413号⟧</div>
</body></html>
""",
        body="""
一、项目编号：BLZC-2025-0317
二、项目名称：筚岭县职业中学钳工实训耗材采购项目
三、中标信息
包号　货物名称　中标供应商　中标金额（元）
1　钢丝钳、尖嘴钳、斜口钳　筚岭县恒利五金经营部　38600
2　管子钳、大力钳　钹川县顺达工具有限公司　24150
四、公告期限：自本公告发布之日起1个工作日。
五、联系方式
采购人：筚岭县职业中学　联系人：宋老师　电话：0739-7321156
采购代理机构：筚岭县诚信招标咨询有限公司　联系人：阮工　电话：0739-7335820
2025年4月18日
""",
    ),
    dict(
        slug="bocheng-tender-inquiry-mats-download-content",
        site="镈城区政府采购信息网 (invented, text page)",
        style="招投标网",
        genre="询价公告",
        kind="notice",
        form="text",
        source="http://zfcg.bocheng.gov.cn/xjgg/2024/10/21/0093.html",
        title="镈城区养老服务中心防滑垫采购询价公告",
        record_title="【询价采购】镈城区养老服务中心防滑垫采购询价公告-镈城区政府采购信息网",
        date="2024-10-21",
        notes="inquiry notice: an items table, a sentence telling suppliers to 下载 the inquiry file (content), "
        "the purchaser's contact; site login prompt and a CA line at the bottom",
        page="""
!m 镈城区政府采购信息网
!m 当前位置：首页 - 采购公告 - 询价公告
!t 【询价采购】镈城区养老服务中心防滑垫采购询价公告
!m 公告类型：询价公告　　浏览：153
{BODY}
!a 供应商请先登录后报名　｜　忘记密码
!m 平台CA证书咨询：0731-8500616
!l 其他公告：镈城区第二社会福利院护理床采购询价公告　｜　区老年大学桌椅采购结果公告
""",
        indent="\u3000\u3000",
        body="""
镈城区养老服务中心拟对防滑垫采购项目进行询价采购，欢迎符合条件的供应商参加报价。
一、采购内容：
品目　规格　数量
浴室PVC防滑垫　60cm×90cm　300片
床边防滑地垫　50cm×120cm　200片
楼梯防滑条　120cm　500条
二、最高限价：4.2万元。
三、询价文件获取：请于2024年10月22日至10月25日登录镈城区公共资源交易平台下载询价文件。
四、报价截止时间：2024年10月28日9时30分。
五、联系人：阮女士　电话：0731-8520930
镈城区养老服务中心
2024年10月21日
""",
    ),
]

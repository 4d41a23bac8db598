"""holdout263, part D: county forums, download stations, personnel-exam sites, tender portals, law firms.

Invented text, sites, places, people and numbers; see ../README.md and ../build.py for the markup.
Every case written by hand.
"""

CASES = [
    dict(
        slug="localforum-cuoling-backbaskets-market-thread-jammer-html",
        site="厝岭论坛 (invented, a town forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.cuoling.net/forum.php?mod=viewthread&tid=20517",
        title="赶集日背篓挤人，老街能不能划一条背篓通道？",
        record_title=None,
        date=None,
        notes="no title in the record: the thread subject; jammer fonts in the post; a weather line, medals, an "
        "official-reply link, a furniture ad and a relative post time (no date)",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>赶集日背篓挤人，老街能不能划一条背篓通道？ - 厝岭杂谈 - 厝岭论坛</title>
<style>.jammer{display:none}</style>
<script src="data/cache/common.js"></script>
</head>
<body>
<div id="toptb">⟦m 厝岭论坛 · 厝岭人的网上家园⟧　⟦m 今日厝岭：小雨 9~14℃⟧　<a>⟦a 登录⟧</a> <a>⟦a 立即注册⟧</a></div>
<div id="nv">⟦m 首页　厝岭杂谈　便民信息　二手市场　招聘求职⟧</div>
<div id="pt">⟦m 厝岭论坛 › 厝岭杂谈 › 正文⟧</div>
<div class="ad-top">⟦d 【广告】厝岭红木家具城 全场七折 电话 0738-5139966⟧</div>
<table class="plhin"><tr>
<td class="pls"><p>⟦m 石门小刘⟧</p><p>⟦m 勋章：热心网友 老街达人⟧</p><p>⟦m 积分 1842⟧</p></td>
<td class="plc">
<h1 id="thread_subject">{T}</h1>
<div class="authi">⟦m 发表于 3 天前　|　查看 5127　|　回复 64⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="official">⟦l 镇城管中队已关注此帖，点此查看官方回复⟧</div>
<div class="po">⟦a 回复　支持 233　反对 4　分享⟧</div>
</td></tr></table>
<div class="replies">⟦l 2楼　竹湾老何：早就该管管了，上次我孙子也被刮了一下⟧</div>
<div id="ft">⟦m 厝岭论坛　客服QQ群 61730254⟧　⟦m 湘ICP备17022156号⟧</div>
</body>
</html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=2),
        body="""
每逢三、六、九赶集，厝岭老街就挤得走不动。老街本来只有三米多宽，两边摆满了摊子，中间再走几百个背着背篓的人，背篓一转身就刮到旁边的人。
上个集日，我家老人被一个装满红薯的背篓撞了一下，差点摔倒在台阶上。背篓的主人也是个老人家，连声道歉，我们也不好说什么。
我的建议是：一、集日在老街东口划一块背篓寄放点，派两个志愿者看着；二、老街中间用黄线隔出一条单向通道，背背篓的统一从东往西走；三、卖大件山货的摊位挪到粮站坪上去。
背篓是山里人离不开的东西，不能不让背，但总得想个办法让大家都走得顺当。不知道镇里有没有人管这事？
""",
    ),
    dict(
        slug="localforum-liping-copper-brazier-show-thread",
        site="黧坪在线 (invented, a township forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="http://www.lipingzx.com/thread-7730-1-1.html",
        title="谁家还留着老式铜火盆？晒晒我家这只",
        record_title="[翻箱底] 谁家还留着老式铜火盆？晒晒我家这只（附图三张）- 乡土记忆 - 黧坪在线",
        date=None,
        notes="a township forum's text page: an image-attachment line between paragraphs, replies, a relative post "
        "time; a year in the text is no date",
        page="""
!m 黧坪在线 — 黧坪乡第一网络社区
!m 首页 » 乡土记忆 » 帖子
!t [翻箱底] 谁家还留着老式铜火盆？晒晒我家这只（附图三张）
!m 吴家小满　发表于 前天 20:31　｜　阅读 1377
{BODY}
!a 赞一个（35）　　收藏　　举报
!l 1#　山那边：我家也有一只，比你这个小一号，是外公留下的
!l 2#　老邮差：吴记铜铺以前在黧坪老供销社隔壁，八几年就关门了
!a 回帖需要先绑定手机号
!m 黧坪在线 版权所有 · 站长QQ 3390172
""",
        gap=True,
        body="""
前几天收拾老屋，在阁楼上翻出了爷爷留下的这只铜火盆。盆口直径四十多厘米，三只脚，盆沿上刻着“民国二十六年 黧坪 吴记”几个字。
⟦m [附图] 火盆正面.jpg（218 KB，点开看大图）⟧
小时候冬天，全家人围着它烤火，奶奶在盆沿上架一把铜壶烧水，壶嘴咕嘟咕嘟地冒热气。后来家里装了暖气，火盆就上了阁楼，一放就是二十年。
我用草木灰和醋擦了两遍，铜色又亮了起来。想问问各位乡亲，谁家还留着这样的老火盆？这上面的“吴记”，是不是以前黧坪街上的那家铜匠铺？
""",
    ),
    dict(
        slug="download-taogong-procedure-teacup-throwing-gb2312",
        site="陶工资料屋 (invented, old gb2312 download station)",
        style="资料下载站",
        genre="规程",
        kind="other",
        form="html",
        source="http://www.taogongzl.com/soft/2317.html",
        title="茶盅拉坯成型操作规程",
        record_title="茶盅拉坯成型操作规程（Word版可直接改字）免费下载 - 陶工资料屋",
        date=None,
        notes="old download-station table: file-info rows with an update stamp (no date), three download links, an "
        "unzip password and a dead-link report; the procedure's decimal headings 1–4.2 in the body",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>茶盅拉坯成型操作规程（Word版可直接改字）免费下载 - 陶工资料屋</title>
<link href="/css/soft.css" rel="stylesheet" type="text/css">
<script src="/js/down.js"></script>
</head>
<body>
<table width="980" align="center" border="0" cellspacing="0" cellpadding="0">
<tr><td><a href="/">⟦m 陶工资料屋⟧</a></td><td align="right">⟦m 陶瓷行业资料免费分享⟧　<a href="/reg.asp">⟦a 注册⟧</a> <a href="/login.asp">⟦a 登录⟧</a></td></tr>
<tr><td colspan="2" bgcolor="#6b3e26">⟦m 首页 | 工艺规程 | 检验标准 | 釉料配方 | 窑炉资料⟧</td></tr>
<tr><td colspan="2">⟦m 当前位置：陶工资料屋 → 工艺规程 → 成型⟧</td></tr>
</table>
<table width="980" align="center" border="1" cellspacing="0" cellpadding="4" bordercolor="#d9c8b4">
<tr><td colspan="2" align="center"><b>{T}</b></td></tr>
<tr><td width="120">⟦m 资料大小：⟧</td><td>⟦m 36 KB⟧</td></tr>
<tr><td>⟦m 资料格式：⟧</td><td>⟦m DOC⟧</td></tr>
<tr><td>⟦m 最近更新于：⟧</td><td>⟦m 2024-10-03 11:27⟧</td></tr>
<tr><td>⟦m 被下载过：⟧</td><td>⟦m 本周 41 次⟧</td></tr>
<tr><td valign="top">⟦m 资料简介：⟧</td><td>
{BODY}
</td></tr>
<tr><td>⟦a 下载地址：⟧</td><td><a href="/d/2317/1">⟦a 电信下载点⟧</a>　<a href="/d/2317/2">⟦a 联通下载点⟧</a>　<a href="/d/2317/3">⟦a 备用镜像⟧</a></td></tr>
<tr><td>⟦a 解压密码：⟧</td><td>⟦a www.taogongzl.com⟧</td></tr>
<tr><td colspan="2">⟦a 下载不了？点这里告诉站长⟧</td></tr>
</table>
<table width="980" align="center"><tr><td align="center">⟦d 本站资料均来自网络，仅供陶瓷从业者交流学习⟧<br>⟦m Copyright 2011-2024 陶工资料屋　赣ICP备11007249号⟧</td></tr></table>
</body>
</html>
""",
        p_html="{}<br>",
        body="""
1 适用范围
本规程适用于本车间手工拉坯成型茶盅的作业。
2 作业准备
2.1 泥料须经真空练泥机练制两遍，含水率控制在22%至24%。
2.2 开机前检查辘轳车转盘是否平稳，脚踏调速是否灵敏。
3 操作要求
3.1 定中心：泥团置于转盘正中，双手扶泥由下向上提拉三次，使泥团居中不晃。
3.2 开孔拉坯：拇指由中心下压，留底厚约5毫米，再由下向上均匀提拉，坯壁厚度控制在3毫米左右。
3.3 定型：用牛角片修整口沿，茶盅口径误差不超过1毫米。
4 安全注意事项
4.1 长发须盘起，不得戴手套、手链操作辘轳车。
4.2 离开工位时必须关闭电源。
""",
    ),
    dict(
        slug="download-linye-request-billhooks-doc-filename",
        site="林业文档下载站 (invented)",
        style="资料下载站",
        genre="请示",
        kind="request",
        form="text",
        source="https://www.linyewd.com/down/qingshi/4410.html",
        title="赭川县大坳护林站关于购置巡山柴刀的请示",
        record_title="赭川县大坳护林站关于购置巡山柴刀的请示.doc",
        date="2024-03-11",
        notes="file-name record title; a document number line (neutral) above the request; the station's own "
        "contact in the body; 成文日期 under the signature; file-info and download chrome",
        page="""
!m 林业文档下载站 · 林业人自己的资料库
!m 首页 > 公文范本 > 请示报告
!t 赭川县大坳护林站关于购置巡山柴刀的请示.doc
!m 文件大小：24K　｜　收录：本站编辑　｜　下载：183
!a ▼ 高速下载　　▼ 普通下载
{T}
赭坳林〔2024〕3号
{BODY}
!d 提示：本站文档仅供参考，使用前请按本单位实际修改。
!l 同类文档：关于增加护林员编制的请示　关于购置防火物资的请示　关于林区道路维修的报告
!m 林业文档下载站　站长邮箱 admin@linyewd.com
""",
        indent="\u3000\u3000",
        body="""
县林业局：
我站现有护林员14名，负责大坳、石鼓两个林区共2.3万亩林地的巡护。巡山时清理藤蔓、开辟防火隔离带都离不开柴刀，现有柴刀多为2016年配发，刀口卷刃、刀柄松脱的有11把，已不能安全使用。
为保障护林员作业安全，我站拟购置护林专用柴刀20把（含刀鞘），按市场询价每把120元计，共需资金2400元，拟从今年森林管护经费中列支。
妥否，请批示。
联系人：符长青，电话：13907396218
赭川县大坳护林站
2024年3月11日
""",
    ),
    dict(
        slug="exam-tishui-ranger-skills-test-billhook-html",
        site="醍水县人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://rsks.tishui.gov.cn/ggtz/2024/10/22/5731.html",
        title="2024年醍水县国有林场公开招聘护林员技能测试公告",
        record_title="〖测试公告〗2024年醍水县国有林场公开招聘护林员技能测试公告-醍水县人事考试网",
        date="2024-10-21",
        date_also=["2024-10-22"],
        notes="personnel-exam site: an upgrade banner and an admission-ticket float as chrome; a timetable table; "
        "downloading and printing the admission ticket is content; the bureau's own 咨询电话 beside the site's "
        "technical line; 成文日期 differs from the posting date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>〖测试公告〗2024年醍水县国有林场公开招聘护林员技能测试公告-醍水县人事考试网</title>
<link rel="stylesheet" href="/skin/exam.css">
<script src="/skin/exam.js"></script>
</head>
<body>
<div class="ex-notice">⟦d 系统将于每周日 0:00—6:00 停机升级，其间暂停报名和打证服务⟧</div>
<div class="ex-head">⟦m 醍水县人事考试网⟧　⟦m 醍水县人事考试中心主办⟧</div>
<div class="ex-nav">⟦m 首页　考试公告　报名入口　成绩查询　政策法规⟧</div>
<div class="ex-path">⟦m 所在栏目：首页 → 考试公告⟧</div>
<div class="ex-art">
<h2>{T}</h2>
<p class="ex-meta">⟦m 发布日期：2024-10-22　信息来源：县人社局　阅读：4410⟧</p>
<div class="ex-body">
{BODY}
</div>
<p>⟦a 【收藏本页】【打印本页】【返回顶部】⟧</p>
</div>
<div class="ex-float"><a href="/zkz/">⟦a 准考证打印入口⟧</a><br><a href="/cj/">⟦a 成绩查询入口⟧</a></div>
<div class="ex-foot">⟦m 技术支持电话：0734-7219000（工作日）⟧　⟦m 湘ICP备16010937号⟧</div>
</body>
</html>
""",
        body="""
根据《2024年醍水县国有林场公开招聘护林员公告》，现将技能测试有关事项公告如下。
一、测试时间和地点
项目　时间　地点
山地行走　10月27日上午8:00　县林场石门管护站
柴刀清林　10月27日下午2:30　石门管护站后山试验地
二、测试内容
山地行走测试3公里山路，限时40分钟；柴刀清林测试在指定样方内清除灌木和藤蔓，由考官按作业质量和安全规范评分。清林使用的柴刀、手套由林场统一提供，考生不得自带刀具。
三、准考证打印
请考生于10月24日至26日登录本网站下载并打印准考证，凭准考证和身份证参加测试。
四、其他事项
考生须穿防滑鞋、长袖长裤。咨询电话：0734-7213308（县林业局人事股）
醍水县人力资源和社会保障局
2024年10月21日
""",
    ),
    dict(
        slug="exam-aishan-tea-art-appraisal-teacups",
        site="皑山人才考评网 (invented, a vocational-skills appraisal site)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.asrckp.cn/jdap/2024/0603/812.html",
        title="2024年第二期茶艺师职业技能等级认定考核安排",
        record_title="【鉴定安排】2024年第二期茶艺师职业技能等级认定考核安排 - 皑山人才考评网",
        date="2024-06-03",
        notes="appraisal notice: the centre's own 咨询电话 beside the site's hotline; printing the admission ticket "
        "is content; 成文日期 under the signature",
        page="""
!m 皑山人才考评网
!m 首页 ＞ 鉴定安排 ＞ 茶艺师
!t 【鉴定安排】2024年第二期茶艺师职业技能等级认定考核安排
!m 发布：鉴定科　｜　阅读 2751
!a 〈收藏〉 〈打印〉 〈字号＋〉 〈字号－〉
{BODY}
!l 相关链接：茶艺师国家职业技能标准（2018年版） ｜ 2024年第一期认定合格名单
!m 考评网服务热线：0736-2260000（工作日 9:00-17:00）
!m 皑山市职业技能鉴定指导中心主办　湘ICP备18051207号
""",
        indent="\u3000\u3000",
        body="""
各有关培训机构、各位考生：
2024年第二期茶艺师（五级、四级）职业技能等级认定将于6月22日至23日举行。现将考核安排通知如下。
一、考核地点：皑山市职业技能实训基地三楼茶艺实训室。
二、考核方式：理论知识考试采用机考，时长90分钟；操作技能考核为现场冲泡，四级考生须完成绿茶玻璃杯冲泡和乌龙茶茶盅冲泡两项。
三、考生须知：操作考核所用茶叶、茶盅、盖碗由考点统一提供，考生须着素色服装，不得佩戴首饰、涂指甲油。
四、考生可于6月18日起登录本网站打印准考证。
咨询电话：0736-2269017（鉴定科）
皑山市职业技能鉴定指导中心
2024年6月3日
""",
    ),
    dict(
        slug="tender-leijiang-bid-result-galoshes-lots-html",
        site="酹江市公共资源交易网 (invented)",
        style="招投标网",
        genre="中标公告",
        kind="notice",
        form="html",
        source="https://ggzy.leijiang.gov.cn/jyxx/zfcg/zbgg/20240528/8841.html",
        title="酹江市防汛物资（雨鞋）采购项目中标结果公告",
        record_title="〔中标公示〕酹江市防汛物资（雨鞋）采购项目中标结果公告_政府采购_酹江市公共资源交易网",
        date="2024-05-28",
        notes="tender portal: a publicity countdown, CA and trading-system helplines as chrome beside the purchaser's "
        "and the agency's own contacts; a table of lots one row a paragraph; date under the announcement",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>〔中标公示〕酹江市防汛物资（雨鞋）采购项目中标结果公告_政府采购_酹江市公共资源交易网</title>
<link rel="stylesheet" href="/css/jy-main.css">
<script src="/js/countdown.js"></script>
</head>
<body>
<div class="jy-top">⟦m 酹江市公共资源交易网⟧　<a href="/login">⟦a 主体登录⟧</a>　<a href="/reg">⟦a 主体注册⟧</a></div>
<div class="jy-nav">⟦m 首页　交易信息　政府采购　工程建设　服务指南　诚信体系⟧</div>
<div class="jy-crumb">⟦m 首页 ＞ 交易信息 ＞ 政府采购 ＞ 中标公告⟧</div>
<div class="jy-detail">
<h3>{T}</h3>
<p class="jy-meta">⟦m 信息时间：2024-05-28 16:02　浏览：318⟧</p>
<p class="jy-count">⟦a 公示期还剩 0 天 21 小时 37 分⟧</p>
<div class="jy-content">
{BODY}
</div>
<p>⟦a 〔原公告链接〕〔导出为图片〕⟧</p>
</div>
<div class="jy-help">
<p>⟦m CA证书办理咨询：0737-3301188⟧</p>
<p>⟦m 电子交易系统故障申报：0737-3301199⟧</p>
</div>
<div class="jy-foot">⟦m 酹江市公共资源交易中心　湘ICP备19033401号-2⟧</div>
</body>
</html>
""",
        body="""
一、项目编号：LJZC2024-0517
二、项目名称：酹江市防汛物资（雨鞋）采购项目
三、中标信息
包号　货物名称　数量　中标供应商　中标金额
1　高筒防汛雨鞋　3000双　罛湾胶鞋有限公司　20.4万元
2　中筒劳保雨鞋　2000双　陔阳县利步胶鞋厂　9.6万元
四、公告期限：自本公告发布之日起1个工作日。
五、采购人：酹江市应急管理局，联系人：邵立，电话：0737-3318210
六、采购代理机构：皑山衡信招标咨询有限公司，联系人：麦清，电话：0736-2275016
2024年5月28日
""",
    ),
    dict(
        slug="tender-zhechuan-inquiry-brazier-guards",
        site="赭川县政府采购网 (invented)",
        style="招投标网",
        genre="询价公告",
        kind="notice",
        form="text",
        source="http://zfcg.zhechuan.gov.cn/xjgg/2024/1105/1407.html",
        title="赭川县民政局敬老院火盆防护罩及一氧化碳报警器询价公告",
        record_title="［询价邀请］赭川县民政局敬老院火盆防护罩及一氧化碳报警器询价公告 - 赭川县政府采购网",
        date="2024-11-05",
        notes="inquiry with an items table; downloading the inquiry file is content; the bureau's own contact beside "
        "the portal's CA line; 成文日期 under the signature",
        page="""
!m 赭川县政府采购网
!m 首页 ＞ 采购公告 ＞ 询价公告
!t ［询价邀请］赭川县民政局敬老院火盆防护罩及一氧化碳报警器询价公告
!m 发布人：县采购中心　点击数：207
!a 询价文件.zip（请登录后下载）
{BODY}
!m CA数字证书服务：0739-8590666
!l 上一条：赭川县第一中学食堂设备采购询价公告
!l 下一条：县农业农村局无人机植保服务采购结果公告
!m 赭川县财政局主办　湘ICP备09017252号
""",
        indent="\u3000\u3000",
        body="""
赭川县民政局就全县敬老院火盆防护罩及一氧化碳报警器采购项目进行询价，欢迎符合条件的供应商参加。
一、采购内容
序号　品名　数量　主要要求
1　火盆铁丝防护罩　120个　直径60厘米，可拆卸，耐高温喷涂
2　一氧化碳报警器　120台　声光报警，电池供电
二、最高限价：3.6万元。
三、报价截止时间：2024年11月12日17:00，逾期不予受理。
四、请供应商下载询价文件，按要求填写报价单并加盖公章后密封递交。
五、联系方式：赭川县民政局养老服务股，联系人：翁立秋，电话：0739-8523416
赭川县民政局
2024年11月5日
""",
    ),
    dict(
        slug="lawfirm-hengyan-case-backbasket-injury-html",
        site="衡砚律师事务所 (invented, law-firm site)",
        style="律所网站",
        genre="案例评析",
        kind="other",
        form="html",
        source="https://www.hengyanlaw.com/anli/qinquan/118.html",
        title="赶集背篓刮伤路人，责任谁来担？",
        record_title="判例札记：赶集背篓刮伤路人，责任谁来担？｜衡砚律师事务所",
        date=None,
        notes="law-firm case note in bracketed sections; a lawyer card, a consult float, a 400 line and an "
        "original-address block as chrome; no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>判例札记：赶集背篓刮伤路人，责任谁来担？｜衡砚律师事务所</title>
<link rel="stylesheet" href="/assets/law.css">
<script src="/assets/consult.js"></script>
</head>
<body>
<div class="lw-head">⟦m 衡砚律师事务所⟧ <span>⟦m 以法为衡　以诚为砚⟧</span> ⟦m 全国咨询：400-611-3728⟧</div>
<div class="lw-nav">⟦m 首页　律所简介　专业领域　律师团队　判例札记　联系我们⟧</div>
<div class="lw-path">⟦m 首页 / 判例札记 / 侵权责任⟧</div>
<div class="lw-post">
<h1>{T}</h1>
<div class="lw-meta">⟦m 撰文：衡砚律师事务所 民事部　阅读 906⟧</div>
<div class="lw-body">
{BODY}
</div>
<div class="lw-addr">⟦m 原文地址：https://www.hengyanlaw.com/anli/qinquan/118.html　转载请保留⟧</div>
</div>
<div class="lw-card">
<p>⟦m 承办律师：钟慕白⟧</p><p>⟦m 执业证号：14312201910872214⟧</p><p>⟦w 微信同号 139-0736-5571，欢迎来电预约⟧</p>
</div>
<div class="lw-float">⟦w 免费评估您的案件⟧<br>⟦a 在线留言⟧</div>
<div class="lw-foot">⟦d 本文仅为普法交流，不构成正式法律意见⟧ ⟦m 地址：皑山市解放路208号国贸大厦11楼⟧</div>
</body>
</html>
""",
        body="""
【基本案情】2023年冬，隈溪县厝岭镇村民甲背着装满柴禾的背篓在集市上行走，转身时背篓边缘刮伤了路人乙的面部，乙缝了六针，花去医疗费2860元。双方协商不成，乙诉至法院。
【争议焦点】甲在人流密集处背负背篓行走，是否存在过错？集市管理方是否应承担责任？
【法院判决】法院认为，甲在拥挤的集市背负装满柴禾的背篓，转身时未注意周围行人，对损害的发生存在过错，应承担主要责任；集市管理方未对人流进行疏导，承担次要责任。最终判决甲赔偿乙各项损失的80%，管理方赔偿20%。
【律师点评】背篓本身不是危险物品，但在人多的地方也要注意避让。赶集时尽量把背篓放低，转身前先看一看身后。
""",
    ),
    dict(
        slug="lawfirm-weixi-legalaid-qa-billhook-on-bus",
        site="隈溪法援在线 (invented, legal-aid site)",
        style="律所网站",
        genre="问答",
        kind="other",
        form="text",
        source="http://www.weixify.cn/wenda/2024/3315.html",
        title="坐班车带柴刀去山里干活，算不算违法？",
        record_title="律师解答 | 坐班车带柴刀去山里干活，算不算违法？ - 隈溪法援在线",
        date=None,
        notes="a lawyer's answer in 问/答 form; the legal-aid centre's own phone in the body beside the site's "
        "consult prompt; no date",
        page="""
!m 隈溪法援在线
!m 首页 ＞ 律师解答 ＞ 治安管理
!t 律师解答 | 坐班车带柴刀去山里干活，算不算违法？
!m 解答律师：覃明理（隈溪县法律援助中心）　｜　被查看 688 次
{BODY}
!w 还有疑问？留下电话，值班律师半小时内回电
!l 你可能还想问：刀具怎样邮寄才合规？ ｜ 上山砍柴需要办采伐证吗？
!d 律师解答仅针对提问者描述的情况，不作为办案依据。
!m 隈溪法援在线　湘ICP备20011549号
""",
        indent="\u3000\u3000",
        body="""
问：我每周要坐班车去山上的果园干活，身上带着一把柴刀，这次被司机拦住不让上车。带柴刀坐车算违法吗？
答：柴刀属于农用刀具，不是管制刀具，日常携带用于生产劳动本身并不违法。但是，根据道路旅客运输的有关规定，乘客不得携带可能危及他人安全的刀具乘车，司机和安检人员有权拒绝。
建议您：一、坐车时把柴刀装进刀鞘，再用布包好放进行李，主动向司机说明用途；二、条件允许的，把柴刀存放在果园的工具房里，不要随身来回带；三、如果被拒载，不要和司机争执，可以改乘其他交通工具。
如有其他法律问题，可以拨打隈溪县法律援助中心电话0738-5120148咨询。
""",
    ),
]

"""holdout256, part D: county forums, download stations, personnel-exam sites, tendering portals
and law-firm sites (one HTML page and one text page each). Written by hand; everything is
invented. See ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="countyforum-chanyang-wine-jars-alley-jammer-html",
        site="浐阳论坛 (invented county forum)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="https://bbs.chanyang.net/thread-1290377-1-1.html",
        title="巷子里堆的酒坛子没人管，一下雨就积水",
        record_title="[槐树巷来信] 巷子里堆的酒坛子没人管，一下雨就积水（巷口实拍三张）- 百姓话题 - 浐阳论坛",
        date=None,
        notes=(
            "a county forum: a weather line, medals, a decoration ad, an official-reply link, jammer-font junk "
            "glued after 。 and on a line of its own; relative post time (no date)"
        ),
        page="""
<html><head><meta charset="gbk"><title>[槐树巷来信] 巷子里堆的酒坛子没人管，一下雨就积水（巷口实拍三张）- 百姓话题 - 浐阳论坛</title>
<style>.jammer{position:absolute;left:-9999px}</style></head><body>
<div class="weather">⟦m 浐阳今日：多云转阵雨 22℃～29℃⟧</div>
<div id="hd">⟦m 浐阳论坛⟧　⟦m 浐阳人的网上客厅⟧　<a>⟦a 登录⟧</a> <a>⟦a 注册⟧</a></div>
<div id="pt">⟦m 浐阳论坛 › 百姓话题 › 帖子⟧</div>
<div class="ad">⟦w 老房翻新找浞河家装，免费上门量房 138 0736 2217⟧</div>
<table><tr><td class="pls">⟦m 槐树巷老住户⟧<br>⟦m 勋章：热心市民　老会员⟧</td>
<td class="plc"><h1>⟦t [槐树巷来信] 巷子里堆的酒坛子没人管，一下雨就积水（巷口实拍三张）⟧</h1>
<div class="authi">⟦m 发表于 2 天前 ｜ 来自 浐阳论坛手机版⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="official">⟦l 本帖已转交相关部门　查看官方回复 »⟧</div>
<div class="po">⟦a 支持 71　反对 0　收藏　分享⟧</div></td></tr></table>
<div class="pl">⟦l 2楼 浞河小鱼：确实，我上次路过差点被绊倒⟧</div>
<div class="pl">⟦l 3楼 路人丙：这个应该找镇里城管中队⟧</div>
<div id="ft">⟦m 浐阳论坛　湘ICP备17009452号　客服QQ：3056128874⟧</div>
<script src="data/cache/common.js?Kq7"></script>
<script>ajaxget("misc.php?mod=patch&action=pmexpire","");</script>
</body></html>
""",
        junk=dict(lines=1, glued=2),
        body="""
家住浞河镇老街槐树巷的居民反映一个问题，希望有关部门看看。
巷子口那家酒坊去年关门以后，老板把几十只空酒坛堆在巷子里，一直没人清理。现在坛子东倒西歪，占了半条巷子，电动车都推不过去。
更麻烦的是，一下雨坛子里就积满了水，天一热全是孑孓，晚上蚊子多得没法开窗。巷子里住着好几位老人，还有小孩，真怕出点什么事。
我们找过社区，社区说联系不上酒坊老板。请问这种情况该找哪个部门？能不能帮忙协调一下，尽快把这些酒坛清走？
""",
    ),
    dict(
        slug="countyforum-langchuan-handmade-padded-jacket-junk",
        site="崀川论坛 (invented county forum)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="https://www.langchuanbbs.com/thread-88317-1-1.html",
        title="谁知道城里哪还有弹棉花做棉袄的？",
        record_title=None,
        date=None,
        notes="no record title: the thread subject; a weather line, forum junk glued and on a line, replies, a decoration ad with a phone; relative post time (no date)",
        page="""
!m 崀川论坛 — 崀川人自己的网上家园
!m 今日崀川：小雨 3℃～8℃
!m 崀川论坛 » 生活互助 » 帖子详情
{T}
!m 楼主：暖冬里的小蜗牛　发表于 前天 22:10　来自手机
!a 只看楼主　　收藏本帖　　举报
{BODY}
!l 2# 郛口老张：郛口镇农贸市场后面那条街还有一家，姓谭
!l 3# 山茶花开：同求，我妈也想要
!w 装修找小宋，十年老店，电话 139 0739 5126
!a 回复本帖需先登录　登录 | 注册
""",
        junk=dict(lines=1, glued=2),
        body="""
家里老人总念叨，说现在买的棉袄穿着不贴身，想找个老师傅用新棉花现做一件。
我记得以前东门菜市场旁边有一家弹棉花的铺子，上个月过去看，门面已经改成奶茶店了。问了几个朋友，都说现在城里很少有人做手工棉袄了，要做得去乡下找。
有没有知道的朋友说一声？最好是崀川城区或者郛口镇附近的，能上门量尺寸更好。
价格贵一点没关系，主要是想让老人穿得暖和、舒心。先谢谢大家！
""",
    ),
    dict(
        slug="download-ziliaobaoku-rules-clip-moulding-html",
        site="资料宝库 (invented download station, gb2312 table layout)",
        style="资料下载站",
        genre="规程",
        kind="other",
        form="html",
        source="http://www.ziliaobaoku.com/soft/guizhang/27718.html",
        title="晒衣夹注塑机安全操作规程",
        record_title="晒衣夹注塑机安全操作规程[Word文档]_规章制度下载_资料宝库",
        date=None,
        notes=(
            "an old gb2312 download station: a file-info table, three download links, an unzip password, a "
            "dead-link report and a floating ad; a 第N条 regulation (no date; the update stamp is none)"
        ),
        page="""
<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>晒衣夹注塑机安全操作规程[Word文档]_规章制度下载_资料宝库</title>
<script src="/js/float_ad.js"></script></head>
<body>
<table width="980" align="center"><tr><td>⟦m 资料宝库 www.ziliaobaoku.com⟧　⟦m 找资料，上宝库⟧</td></tr>
<tr><td>⟦m 首页 | 规章制度 | 合同范本 | 工作总结 | 表格大全 | 软件工具⟧</td></tr>
<tr><td>⟦m 您的位置：资料宝库 → 规章制度 → 安全生产⟧</td></tr></table>
<table width="980" align="center" border="1" bordercolor="#CCCCCC" cellspacing="0">
<tr><td colspan="2" bgcolor="#EFEFEF"><b>{T}</b></td></tr>
<tr><td>⟦m 资料大小：26 KB⟧</td><td>⟦m 资料语言：简体中文⟧</td></tr>
<tr><td>⟦m 授权方式：免费资料⟧</td><td>⟦m 更新时间：2024-05-30⟧</td></tr>
<tr><td>⟦m 下载次数：本周 41　总计 2906⟧</td><td>⟦m 运行环境：Word/WPS⟧</td></tr>
<tr><td colspan="2" class="jj">
{BODY}
</td></tr>
<tr><td colspan="2">⟦a 下载地址一：电信高速⟧　⟦a 下载地址二：联通高速⟧　⟦a 下载地址三：本站直链⟧</td></tr>
<tr><td colspan="2">⟦a 解压密码：www.ziliaobaoku.com⟧　⟦a 下载不了？点这里报告死链⟧</td></tr>
</table>
<div id="float_ad">⟦w 各类规章制度代写修改，QQ 1596027731⟧</div>
<table width="980" align="center"><tr><td align="center">⟦d 宝库资料来自网络，只供学习研究，请于下载后24小时内删除⟧<br>⟦m 资料宝库 豫ICP备12029917号⟧</td></tr></table>
</body></html>
""",
        p_html="{}<br>",
        body="""
第一条　本规程适用于本厂晒衣夹车间全部注塑机的操作。
第二条　操作人员须经培训考核合格后持证上岗，上岗时穿戴好工作服、防护手套和护目镜，长发须盘入工作帽内。
第三条　开机前检查安全门、急停按钮和液压油位是否正常，确认模具内无异物后方可合模。
第四条　生产中严禁将手伸入模具区域取件，卡在模具里的晒衣夹须待开模停稳后用专用钩子取出。
第五条　更换模具或清理料筒时，必须切断电源并挂“正在检修，禁止合闸”警示牌。
第六条　设备运行中出现异响、漏油或温度异常，应立即按下急停按钮，报告班组长处理。
第七条　下班前关闭加热和电源，清理机台周边的料头和废品。
""",
    ),
    dict(
        slug="download-ziliaobaoku-host-script-wine-jar-opening",
        site="资料宝库 (invented, text page)",
        style="资料下载站",
        genre="主持词",
        kind="speech",
        form="text",
        source="http://www.ziliaobaoku.com/doc/zhuchici/30215.html",
        title="第三届浐阳封坛酒开坛节开幕式主持词",
        record_title="第三届浐阳封坛酒开坛节开幕式主持词.wps",
        date=None,
        notes="a download station's text page: a .wps file name as the record title, format/size/update line (no date), download buttons, a preview limit line; a host script with no date",
        page="""
!m 资料宝库 — 海量文档 免费下载
!m 当前位置：资料宝库 » 主持词 » 节庆活动主持词
!t 第三届浐阳封坛酒开坛节开幕式主持词.wps
!m 文件格式：WPS　大小：17 KB　更新：2024-10-09　下载：377次
!a ⇩ 高速下载（需装下载器）　　⇩ 普通下载
{BODY}
!a 预览只显示前2页，下载以后才能看完整内容
!l 同类资料：酒文化节开幕式致辞　|　丰收节文艺晚会串词　|　农民丰收节主持稿
!d 资料来源于网络收集整理，如有侵权请联系删除。
""",
        body="""
尊敬的各位领导、各位来宾，父老乡亲们：
大家上午好！秋高气爽，酒香满城。在这个丰收的季节，我们相聚在浞河岸边，隆重举行第三届浐阳封坛酒开坛节开幕式。
首先，请允许我介绍出席今天开幕式的领导和嘉宾。
浐阳酿酒历史悠久，封坛藏酒的习俗代代相传。三年前埋下的一百坛封坛酒，今天将在这里启封，与大家共同分享这份醇香。
下面，请县人民政府县长致辞。
下面，请酿酒老师傅代表上台，一起敲开第一坛封坛酒！
朋友们，一坛好酒，酿的是时光，藏的是乡愁。第三届浐阳封坛酒开坛节开幕式到此结束，欢迎大家到酒文化街品酒赏景！
""",
    ),
    dict(
        slug="exam-haoshui-notice-tailoring-padded-jacket-html",
        site="淏水人事考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.hsrsks.cn/zyjn/2025/0310/1183.html",
        title="淏水县2025年第一批服装制作工职业技能等级认定考试通知",
        record_title="【技能等级考务】淏水县2025年第一批服装制作工职业技能等级认定考试通知（含实操要求）- 淏水人事考试网",
        date="2025-03-10",
        notes=(
            "a personnel-exam site: a maintenance banner, an admission-ticket float and a technical line next to "
            "the notice's own 咨询电话; a timetable; the practical test is to sew a padded jacket; a sentence "
            "telling candidates to 下载并打印准考证"
        ),
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【技能等级考务】淏水县2025年第一批服装制作工职业技能等级认定考试通知（含实操要求）- 淏水人事考试网</title></head><body>
<div class="notice-bar">⟦d 系统升级公告：3月15日22:00至次日6:00暂停报名与查询服务⟧</div>
<div class="hd">⟦m 淏水人事考试网⟧ ⟦m 淏水县人力资源和社会保障局主办⟧</div>
<div class="nav">⟦m 首页　考试公告　职业技能　成绩查询　政策法规⟧</div>
<div class="crumb">⟦m 首页 / 职业技能 / 考试通知⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 信息来源：县职业技能鉴定所　日期：2025-03-10　阅读量：2217⟧</div>
{BODY}
<div class="float-zkz">⟦a 准考证打印入口 ›⟧</div>
<div class="foot">⟦m 网站技术支持热线：0734-7210999（仅解答网站使用问题）⟧<br>⟦m 淏水县人力资源和社会保障局　湘ICP备13004176号⟧</div>
<script src="/static/js/float-zkz.js"></script>
</body></html>
""",
        body="""
各报考人员：
淏水县2025年第一批服装制作工（五级/初级工）职业技能等级认定考试定于3月22日举行，现将有关事项通知如下。
一、考试安排
科目　时间　地点
理论知识　3月22日9:00-10:30　县职业技能实训中心二楼
操作技能　3月22日13:30-17:30　县职业技能实训中心服装实训室
二、操作技能考核内容
考生须在规定时间内完成一件中式棉袄的裁剪、絮棉和缝制，考核评分包括尺寸规格、絮棉均匀度和针脚平整度。
三、其他事项
请考生于3月18日后登录本网站下载并打印准考证，考试时凭准考证和身份证入场；剪刀、划粉、皮尺等工具自带，棉花和面料由考点统一提供。
咨询电话：0734-7218863
淏水县职业技能鉴定所
2025年3月10日
""",
    ),
    dict(
        slug="exam-chiling-announcement-jar-throwing-test",
        site="茌岭人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://rsks.chiling.gov.cn/zkgg/sydw/2025/0509/712.html",
        title="茌岭县陶瓷研究所2025年公开招聘工作人员技能测试公告",
        record_title="茌岭县陶瓷研究所2025年公开招聘工作人员技能测试公告 → 招考公告 → 茌岭人事考试网",
        date="2025-05-08",
        date_also=["2025-05-09"],
        notes="a personnel-exam text page: an anti-fake warning, related notices, the exam-affairs and technical lines; the skill test is to throw a wine jar; the page's date differs from the 成文日期",
        page="""
!m 茌岭人事考试网
!d 温馨提示：本站为茌岭县人社局唯一官方考试信息发布平台，请谨防山寨网站
!m 首页 / 招考公告 / 事业单位招聘
{T}
!m 发布时间：2025-05-09　　来源：县人社局　　浏览次数：1024
{BODY}
!l 相关公告：茌岭县陶瓷研究所招聘资格复审结果公示　|　茌岭县2025年事业单位公开招聘笔试成绩公告
!m 考务咨询：0731-6520114　技术支持：0731-6520199
!m 茌岭县人力资源和社会保障局主办
""",
        body="""
根据《茌岭县陶瓷研究所2025年公开招聘工作人员公告》，现将陶艺技术岗位技能测试有关事项公告如下：
一、测试对象：资格复审合格的陶艺技术岗位报考人员，共9人。
二、测试时间：2025年5月17日上午8:30开始，考生须于8:00前到达测试地点报到。
三、测试地点：茌岭县陶瓷研究所实训车间（巉石镇窑前路6号）。
四、测试内容：考生在90分钟内用研究所提供的陶泥，手工拉坯制作一只容量约5斤的酒坛坯体，并完成修坯。测试满分100分，重点考察器型规整度、壁厚均匀度和操作规范性。
五、注意事项：考生须携带身份证和面试通知书，着便于操作的服装，迟到15分钟以上者取消测试资格。
茌岭县人力资源和社会保障局
2025年5月8日
""",
    ),
    dict(
        slug="tender-langchuan-fly-traps-procurement-html",
        site="崀川县公共资源交易平台 (invented)",
        style="招投标网",
        genre="招标公告",
        kind="notice",
        form="html",
        source="https://ggzy.langchuan.gov.cn/jyxx/zfcg/cggg/20250407/8812.html",
        title="崀川县城乡环卫捕蝇笼采购项目公开招标公告",
        record_title="崀川县城乡环卫捕蝇笼采购项目公开招标公告【货物·公开招标】- 崀川县公共资源交易平台",
        date="2025-04-07",
        notes=(
            "a tender portal: a countdown, a download-the-file button, CA and trading-system service lines next to "
            "the purchaser's and agency's own contacts; a lots table; the byline's 发布时间 is the page's date"
        ),
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>崀川县城乡环卫捕蝇笼采购项目公开招标公告【货物·公开招标】- 崀川县公共资源交易平台</title></head><body>
<div class="top">⟦m 崀川县公共资源交易平台⟧ <a>⟦a 主体登录⟧</a> <a>⟦a 主体注册⟧</a></div>
<div class="menu">⟦m 首页　交易信息　服务指南　政策法规　信用信息　专家库⟧</div>
<div class="pos">⟦m 首页 &gt; 交易信息 &gt; 政府采购 &gt; 采购公告⟧</div>
<h2>{T}</h2>
<div class="info">⟦m 发布时间：2025-04-07 16:20　信息来源：崀川正衡招标代理有限公司⟧</div>
<div class="countdown">⟦a 距投标截止还剩：20天 16时 39分⟧</div>
<div class="ewb-article">
{BODY}
</div>
<div class="btns"><a>⟦a 获取招标文件⟧</a> <a>⟦a 我要提问⟧</a></div>
<div class="foot">⟦m CA证书办理咨询：400-8190-517⟧　⟦m 交易系统客服：0739-6800360⟧<br>⟦m 崀川县公共资源交易中心　地址：崀川县政务服务中心四楼⟧</div>
<script src="/js/countdown.js"></script>
<script>countdown("2025-04-28 09:30:00");</script>
</body></html>
""",
        body="""
项目概况：崀川县城乡环卫捕蝇笼采购项目的潜在投标人应在崀川县公共资源交易平台获取招标文件，并于2025年4月28日9时30分（北京时间）前递交投标文件。
一、项目基本情况
项目编号：LCZC-2025-0412
预算金额：38.6万元
采购需求：
包号　品名　数量　最高限价（元）
1　不锈钢折叠捕蝇笼　4000只　22.00
2　太阳能诱蝇捕蝇笼　1200只　185.00
二、获取招标文件
时间：2025年4月7日至4月14日，投标人凭CA数字证书登录交易平台下载招标文件。
三、联系方式
采购人：崀川县城市管理和综合执法局，联系人：晏国栋，电话：0739-6823571
代理机构：崀川正衡招标代理有限公司，联系人：卓敏，电话：0739-6839026
""",
    ),
    dict(
        slug="tender-langchuan-result-ward-curtain-hooks",
        site="崀川县政府采购网 (invented)",
        style="招投标网",
        genre="成交结果公告",
        kind="notice",
        form="text",
        source="http://www.ccgp-langchuan.gov.cn/cggg/jggg/2024/0927/5521.html",
        title="崀川县人民医院病房门帘及门帘钩采购项目成交结果公告",
        date="2024-09-27",
        notes="record title as is; a results table, purchaser and agency contacts next to the platform's service hotline; the 公告 date under the signature",
        page="""
!m 崀川县政府采购网
!m 首页 ＞ 采购公告 ＞ 结果公告
{T}
!m 公告类型：成交公告　　发布日期：2024-09-27　　浏览：156
!a 【收藏】　【打印】　【返回列表】
{BODY}
!m 本平台服务热线：0739-6800360（工作日 8:30-17:30）
!d 本网站所载公告由采购人或代理机构发布，其内容真实性由发布者负责。
!l 上一条：崀川县第一中学课桌椅采购项目成交结果公告
""",
        body="""
一、项目编号：LCYY-2024-CG-087
二、项目名称：崀川县人民医院病房门帘及门帘钩采购项目
三、成交信息
包号　成交供应商　成交金额（元）
1　崀川县锦程布艺有限公司　68400.00
2　郛口镇顺达五金制品厂　9150.00
四、主要标的信息
第1包为阻燃抗菌病房门帘，共380幅；第2包为304不锈钢防脱门帘钩，共3050只。
五、公告期限：自本公告发布之日起1个工作日。
六、联系方式
采购人：崀川县人民医院，联系人：蒋立群，电话：0739-6801135
采购代理机构：崀川正衡招标代理有限公司，联系人：卓敏，电话：0739-6839026
崀川正衡招标代理有限公司
2024年9月27日
""",
    ),
    dict(
        slug="lawfirm-mingheng-falling-clothes-clip-case-html",
        site="明衡律师事务所 (invented law firm)",
        style="律所网站",
        genre="案例分析",
        kind="other",
        form="html",
        source="https://www.minghenglaw.com/ayfs/2025/0302/219.html",
        title="晒衣夹高空坠落砸伤行人，谁来担责？",
        record_title="案里说理▏晒衣夹高空坠落砸伤行人，谁来担责？- 明衡律师事务所",
        date="2025-03-02",
        notes=(
            "a law firm's article: a lawyer card, a consult float, a 400 line, a source-link block and a repost "
            "notice; 【案情】/【律师说法】/【律师提醒】 heads inside paragraphs; the byline's 发布时间 is the page's date"
        ),
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>案里说理▏晒衣夹高空坠落砸伤行人，谁来担责？- 明衡律师事务所</title></head><body>
<div class="top">⟦m 明衡律师事务所⟧<span>⟦m 明法 衡平 守信⟧</span><span>⟦m 全国咨询热线 400-613-2210⟧</span></div>
<div class="nav">⟦m 首页　律所简介　专业领域　律师团队　以案说法　联系我们⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 发布时间：2025-03-02　作者：明衡律所 宁可欣律师　阅读 688⟧</div>
<div class="lawyer-card">⟦m 宁可欣　执业证号 14301202010683271　擅长：侵权纠纷、物业纠纷⟧ <a>⟦a 向TA咨询⟧</a></div>
<div class="article">
{BODY}
</div>
<div class="srcblock">⟦m 本篇地址：https://www.minghenglaw.com/ayfs/2025/0302/219.html⟧<br>⟦d 转载本篇请注明来自明衡律师事务所官网⟧</div>
<div class="float-zx">⟦w 遇到类似纠纷？律师免费初步评估，留下电话即可⟧</div>
<div class="foot">⟦m 明衡律师事务所　地址：灏城市灏北区中山路202号鼎盛大厦16楼⟧</div>
<script src="//kefu.minghenglaw.com/float.js?v=3"></script>
</body></html>
""",
        body="""
【案情】去年夏天，家住某小区6楼的李女士在阳台晾衣服时，一只不锈钢晒衣夹不慎掉落，砸中了楼下经过的孙先生额头，造成头皮裂伤，缝了4针。孙先生要求李女士赔偿医药费、误工费共计8600元，李女士认为晒衣夹很轻，纯属意外，不愿全额赔偿。
【律师说法】根据《民法典》第一千二百五十四条，从建筑物中抛掷物品或者从建筑物上坠落的物品造成他人损害的，由侵权人依法承担侵权责任。晒衣夹虽小，从高处坠落仍具有相当的冲击力，李女士作为物品的所有人和使用人，应当承担赔偿责任。
【律师提醒】阳台晾晒时尽量使用带防坠绳的晒衣夹，不要把衣物、花盆等放在阳台外沿。一旦造成他人受伤，应及时送医并保留票据，协商不成可以通过诉讼解决。
""",
    ),
    dict(
        slug="lawfirm-hengxin-letter-leaking-wine-jars",
        site="灏城衡信律师事务所 (invented law firm, text page)",
        style="律所网站",
        genre="律师函",
        kind="letter",
        form="text",
        source="https://www.hengxinlawyer.cn/wsfb/lsh/0213.html",
        title="致浐阳县醇香陶艺商行的律师函",
        record_title="致浐阳县醇香陶艺商行的律师函.doc",
        date="2024-10-15",
        notes="a law firm's sample page: a .doc file name as the record title, a collection stamp (no date), a 400 consult line next to the letter's own 联系人/电话; the letter's date under the signature",
        page="""
!m 衡信律师事务所 · 专注商事争议解决
!m 首页 › 文书范本 › 律师函
!t 致浐阳县醇香陶艺商行的律师函.doc
!m 文书编号：HX-WS-0213　　收录：2024-10-20　　下载 64 次
{BODY}
!w 需要律师代为起草律师函？在线咨询请拨 400-068-9117
!d 本站文书仅供参考，具体法律问题请咨询执业律师。
!m 灏城衡信律师事务所　地址：灏城市滨江路88号金融大厦21层
""",
        body="""
浐阳县醇香陶艺商行：
灏城衡信律师事务所接受浞河镇柏记酒坊（以下简称“委托人”）的委托，指派本律师就贵商行所售酒坛质量问题致函如下：
2024年6月，委托人向贵商行购买50斤装陶制酒坛120只，货款共计21600元已全部付清。委托人将上述酒坛用于储存原酒后，陆续发现其中41只坛身渗漏，造成原酒损失约1500斤。经委托人多次联系，贵商行至今未予处理。
本律师认为，贵商行交付的酒坛不符合约定的质量要求，应当承担违约责任。请贵商行在收到本函之日起七日内与委托人协商退换货及赔偿事宜，否则委托人将依法提起诉讼。
联系人：林汐律师，电话：0730-8563302
灏城衡信律师事务所
律师：林汐
2024年10月15日
""",
    ),
]

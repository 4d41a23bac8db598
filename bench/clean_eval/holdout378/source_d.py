"""holdout378, part D: county forums, download stations, personnel-exam sites, tender portals, law firms.

Invented text (sites, places, people, numbers, URLs, chrome); see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="countyforum-conglingrenjia-arch-blind-path-jammer",
        site="聪岭人家论坛 (invented county forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.conglingrenjia.com/thread-551207-1-1.html",
        title="人民路上的气拱门一搭就是一个礼拜，盲道都被占了，有人管吗？",
        record_title="[街巷有话说] 人民路上的气拱门一搭就是一个礼拜，盲道都被占了，有人管吗？（附现场照三张）- 聪岭人家论坛",
        date=None,
        notes="county forum thread with jammer fonts, a weather line, medals, a forward-to-the-bureau link and a decoration "
        "ad; post time given as 前天 is no date",
        page="""
<html><head><meta charset="gbk"><title>[街巷有话说] 人民路上的气拱门一搭就是一个礼拜，盲道都被占了，有人管吗？（附现场照三张）- 聪岭人家论坛</title>
<style>.jammer{display:none}</style></head>
<body>
<div id="toptb">⟦m 聪岭人家论坛 · 聪岭人自己的网上家园⟧　⟦m 聪岭今日：多云转阵雨 14～23℃⟧　<a>⟦a 快速登录⟧</a></div>
<div id="nv">⟦m 论坛首页⟧ ⟦m 聪岭新闻⟧ ⟦m 街巷有话说⟧ ⟦m 房产家居⟧ ⟦m 二手集市⟧ ⟦m 招聘求职⟧</div>
<div id="pt">⟦m 聪岭人家论坛 » 民生互动 » 街巷有话说⟧</div>
<table class="plhin"><tr>
<td class="pls"><p>⟦m 东门老仲⟧</p><p>⟦m 勋章：热心市民 老会员⟧</p><p>⟦m 帖子 2087　金币 640⟧</p></td>
<td class="plc"><h1>{T}</h1>
<div class="authi">⟦m 发表于 前天 19:32 ｜ 只看该作者 ｜ 查看 4102 ｜ 回复 57⟧</div>
<div class="t_fsz"><div class="t_f">
{BODY}
</div></div>
<div class="forward">⟦a 本帖已转交县城市管理局　查看官方回复 ›⟧</div>
<div class="po">⟦a 支持(63) 反对(2) 收藏 分享⟧</div>
</td></tr></table>
<div class="ad-banner">⟦w 聪岭好邻居装修 全包套餐98元/㎡起 电话 0736-5899066⟧</div>
<div class="reply">⟦l 沙发　文昌路小卢：确实，我骑车也差点撞上沙袋⟧</div>
<div class="reply">⟦l 板凳　聪岭一家人：已经打过12345了，说会派人去看⟧</div>
<div id="fastpost">⟦a 发表回复前请先登录或注册聪岭人家账号⟧</div>
<div id="ft">⟦m 聪岭人家论坛 ( 湘ICP备12003319号 )⟧　⟦m 广告合作QQ：800061229⟧</div>
</body></html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=2),
        body="""
人民路和文昌路交叉口那家新开的家电城，门口的气拱门从上周六搭到现在，整整一个礼拜了还没撤。
拱门的两个脚正好压在人行道的盲道上，旁边还堆着四五个沙袋和一台一直嗡嗡响的鼓风机，电线从店里拉出来横在路面上。早上送孩子上学，推着电动车根本过不去，只能下到机动车道上绕。
昨天傍晚起风，那个拱门晃得厉害，路过的人都绕着走。我家老人腿脚不好，看着都害怕。
想问问城管部门，这种气拱门是不是要审批？审批了能搭多少天？盲道能随便占吗？希望有关部门来看看，别等出了事再管。
""",
    ),
    dict(
        slug="countyforum-gongchuandajiatan-salute-4am-subject-title-junk",
        site="恭川大家谈 (invented county forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="https://www.gongchuandjt.com/forum/t-90332.html",
        title="凌晨四点放礼炮，整栋楼都被吵醒了",
        record_title=None,
        date=None,
        notes="no record title: the thread subject is the title; forum junk as lines and glued after 。; a year and "
        "clock times inside the text are no date",
        page="""
!m 恭川大家谈 › 城事杂谈
!m 在线 1,306 人　｜　今日新帖 212
{T}
!m 楼主：梆溪河边住　｜　发布于 4 天前　｜　阅读 3887　｜　回复 96
!a 只看楼主　收藏本帖　分享到朋友圈
{BODY}
!m 本帖来自 恭川大家谈 安卓版
!l 1#　早起的鸟儿：我们小区也是，五点多就开始放
!l 2#　恭川小韦：听说城区已经划了禁放区了，可以打电话举报
!l 3#　楼主：@恭川小韦 谢谢，已经打了
!a 想说两句？先登录恭川大家谈吧
!m 恭川大家谈 gongchuandjt.com　客服QQ群：51830027
""",
        junk=dict(lines=1, glued=3),
        body="""
今天凌晨四点不到，楼下有人家接亲，在小区门口连着放了三四分钟礼炮，一栋楼的灯全亮了。我家孩子被吓醒，哭了半个钟头才哄睡着。
我不是反对人家办喜事，结婚是好事，热闹一下大家也理解。可是凌晨四点放礼炮，实在说不过去。楼里有老人、有小孩，还有上夜班刚睡下的人。
再说，放完以后小区门口满地红纸屑，保洁阿姨扫了一上午。礼炮的纸筒还被扔在绿化带里，一个半米多高的大筒子，看着都吓人。
听说从去年开始城区已经划了禁放区，电子礼炮也可以到社区借，为什么还有人放？希望物业和社区能管一管，也希望办喜事的人家多为邻居想一想。
""",
    ),
    dict(
        slug="download-yide-golf-rake-rules-doc-gb2312",
        site="易得资料下载站 (invented, old gb2312 table layout)",
        style="资料下载站",
        genre="规定",
        kind="other",
        form="html",
        source="http://www.yideziliao.com/soft/guizhi/20917.html",
        title="高尔夫球场沙坑耙使用管理规定",
        record_title="高尔夫球场沙坑耙使用管理规定.doc",
        date=None,
        notes="file-name record title; old table layout with a file-info table, three download links, an unzip password, "
        "a dead-link report and a floating ad; 第N条 articles; only an effective clause (no date)",
        page="""
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>高尔夫球场沙坑耙使用管理规定.doc 免费下载_易得资料下载站</title>
<script language="javascript" src="/js/yd_down.js"></script>
</head>
<body leftmargin="0" topmargin="0">
<table width="980" align="center" border="0" cellpadding="0" cellspacing="0">
<tr><td>⟦m 易得资料下载站 — 好资料，易得到⟧</td><td align="right">⟦a 设为主页⟧ | ⟦a 加入收藏⟧</td></tr>
<tr><td colspan="2">⟦m 首页⟧ ⟦m 规章制度⟧ ⟦m 合同范本⟧ ⟦m 表格模板⟧ ⟦m 行业资料⟧ ⟦m 最近更新⟧</td></tr>
<tr><td colspan="2">⟦m 您现在的位置：易得资料下载站 → 规章制度 → 体育场馆⟧</td></tr>
</table>
<table width="980" align="center" border="1" cellpadding="4" cellspacing="0" bordercolor="#C6D3E0">
<tr><td colspan="2"><b>{T}</b></td></tr>
<tr><td>⟦m 资料大小：36 KB⟧</td><td>⟦m 资料格式：Word 97-2003⟧</td></tr>
<tr><td>⟦m 资料语言：简体中文⟧</td><td>⟦m 授权方式：免费资料⟧</td></tr>
<tr><td>⟦m 收录时间：2025-05-14⟧</td><td>⟦m 下载人气：1290⟧</td></tr>
<tr><td colspan="2">⟦m 资料评级：★★★★☆⟧</td></tr>
</table>
<table width="980" align="center"><tr><td>
<p><b>⟦m 资料简介：⟧</b></p>
{BODY}
</td></tr></table>
<table width="980" align="center" border="0">
<tr><td><b>⟦a 下载地址：⟧</b></td></tr>
<tr><td><a href="/down/20917-1.html">⟦a 主站极速通道⟧</a>　<a href="/down/20917-2.html">⟦a 电信线路下载⟧</a>　<a href="/down/20917-3.html">⟦a 联通线路下载⟧</a></td></tr>
<tr><td>⟦a 解压密码：www.yideziliao.com⟧</td></tr>
<tr><td><a href="/report.asp?id=20917">⟦a 下载地址失效？点此报告给站长⟧</a></td></tr>
</table>
<div id="float_ad" style="position:fixed;right:0;bottom:60px">⟦w 各类制度代写 微信 yd_zhidu88⟧</div>
<table width="980" align="center"><tr><td align="center">⟦d 本站资料均来源于网络，仅供学习研究，请于下载后24小时内删除。⟧<br>⟦m 易得资料下载站 版权所有　闽ICP备13006927号⟧</td></tr></table>
</body></html>
""",
        body="""
第一条 为规范球场沙坑耙的配置、使用和保管，维护沙坑良好状态，保障球员正常击球，制定本规定。
第二条 本规定适用于球场内所有沙坑及练习场沙坑配置的沙坑耙。
第三条 草坪部负责沙坑耙的采购、配置、维修和更换，球童部负责在服务中提醒球员正确使用沙坑耙。
第四条 沙坑耙统一放置在沙坑外侧靠近出口处，耙头朝外，手柄与球道方向平行。面积较大的沙坑可在坑内边缘增设一把。
第五条 球员出沙后，应使用沙坑耙将本人留下的脚印和击球痕迹耙平，并将沙坑耙放回原处。
第六条 禁止用沙坑耙撑地借力、敲击球车或作其他用途；禁止将沙坑耙带离球场。
第七条 养护工每日开场前检查全部沙坑耙，发现耙齿缺失、手柄开裂的，当日更换并登记。
第八条 本规定由草坪部负责解释，自印发之日起施行。
""",
    ),
    dict(
        slug="download-gongwenxiazaiba-signin-duty-report-text",
        site="公文下载吧 (invented download station)",
        style="资料下载站",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://www.gongwenxiazai8.com/sz/ks/31177.html",
        title="2024年度县委办公室会务科科长述职报告",
        record_title="2024年度县委办公室会务科科长述职报告〔述职类·Word可编辑〕免积分下载",
        date="2025-01-22",
        notes="a download station's text page; a 述职报告 whose sign-in boards are one of its measures; a 述职人 line and "
        "the date under it; file-info lines (an add stamp is no date) and download prompts around the text",
        page="""
!m 公文下载吧 gongwenxiazai8.com
!m 首页 » 述职报告 » 科室负责人述职
!t 2024年度县委办公室会务科科长述职报告〔述职类·Word可编辑〕免积分下载
!m 文件大小：24KB　｜　格式：doc　｜　添加时间：2025-02-05　｜　下载次数：418
!a ▼ 下方为文档文字版，完整排版请下载附件 ▼
{T}
{BODY}
!a 【下载此文档】　【复制文字版】　【报告错误】
!l 猜你也要找：办公室主任述职报告｜会务工作总结｜机关科长个人述职
!d 公文下载吧所有文档来自网友分享，仅供参考交流
""",
        indent="\u3000\u3000",
        body="""
2024年，我在县委办公室领导和同志们的支持下，带领会务科认真履行会议组织、会场服务和会务保障职责，较好地完成了各项任务。现将一年来的履职情况报告如下。
一、履职基本情况
全年共承办县委全会、全县性工作会议和各类专题会议96场，参会人员累计1.8万人次，未出现一起会务差错。其中，全县2023年度工作总结表彰大会参会人员达860人，是近年来规模最大的一次会议。
二、主要工作和做法
（一）规范会议签到。针对过去大型会议签到拥堵的问题，我牵头修订了会议签到工作规程，按代表团分区设置签到板，每块签到板按单位预先印好参会人员姓名，参会人员找到本人姓名签名即可，大会签到时间由原来的50分钟缩短到25分钟。签到板会后统一收回存档，作为会议考勤的依据。
（二）细化会场服务。编制会场布置、座次安排、茶水服务等12项工作清单，做到每场会议有方案、有分工、有检查。
（三）加强队伍建设。组织科室人员开展会务礼仪和应急处置培训4次，新进人员全部实行“老带新”。
三、存在的不足
一是会务信息化水平还不高，电子签到等手段运用不够；二是对基层单位会务工作的指导还不多。
四、下一步打算
2025年，我将在继续用好签到板的基础上，试点电子签到与纸质签到并行，进一步提高会务工作效率。
述职人：谭子恭
2025年1月22日
""",
    ),
    dict(
        slug="exam-ciwan-interview-guide-placards-download-print",
        site="慈湾人事考试网 (invented personnel-exam site)",
        style="人事考试网",
        genre="考生须知",
        kind="notice",
        form="html",
        source="https://www.ciwanrsks.cn/ksxx/sydw/2025/0611_4412.html",
        title="慈湾市2025年度事业单位公开招聘面试考生须知",
        record_title="慈湾市2025年度事业单位公开招聘面试考生须知【面试专区·必读】- 慈湾人事考试网",
        date="2025-06-10",
        date_also=["2025-06-11"],
        notes="personnel-exam site with a maintenance banner and an admission-notice float; guides with handheld placards "
        "in the rules; 下载 and 打印 as content; the centre's 咨询电话 beside the site's technical line",
        page="""
<!doctype html>
<html><head><meta charset="utf-8"><title>慈湾市2025年度事业单位公开招聘面试考生须知【面试专区·必读】- 慈湾人事考试网</title>
<script src="/js/ks-base.js"></script></head>
<body>
<div class="notice-bar">⟦d 系统升级公告：6月15日22:00至次日6:00网上报名系统暂停服务⟧</div>
<div class="logo">⟦m 慈湾人事考试网　慈湾市人力资源考试中心⟧</div>
<div class="menu">⟦m 首页⟧ ⟦m 考试动态⟧ ⟦m 公务员招录⟧ ⟦m 事业单位⟧ ⟦m 职称考试⟧ ⟦m 成绩查询⟧</div>
<div class="path">⟦m 所在栏目：首页 ＞ 事业单位 ＞ 考试通知⟧</div>
<div class="content-box">
<h2>{T}</h2>
<p class="sub">⟦m 发布日期：2025-06-11　信息来源：考务科　浏览：12887⟧</p>
<div class="txt">
{BODY}
</div>
<p class="fn">⟦a 〖打印本页〗〖关闭窗口〗⟧</p>
</div>
<div class="right-float">⟦a 面试通知书打印入口 ▶⟧</div>
<div class="links">⟦l 友情链接：慈湾市人社局　慈湾市教育考试院⟧</div>
<div class="foot">⟦m 考试系统技术支持：0736-2218870（仅限报名系统操作问题）⟧<br>⟦m 慈湾市人力资源考试中心　湘ICP备08011826号⟧</div>
</body></html>
""",
        body="""
一、面试定于2025年6月21日（星期六）在慈湾市职业技术学校（伦港区学府大道18号）举行，考生须于当天7:30前到达考点。
二、请考生于6月18日至20日登录本网站下载并打印面试通知书，面试时须同时携带面试通知书和本人有效居民身份证，两证缺一不得参加面试。
三、考点大门内设有各面试组的引导员，引导员手举写有组别号的手举牌。考生进入考点后，请找到与面试通知书上组别一致的手举牌，跟随引导员进入候考室，不要自行走动。
四、考生进入候考室后，须将手机等通讯工具关机交工作人员统一保管，面试结束离开考点时领回。
五、面试顺序由抽签决定，考生在候考室等候期间不得离开，确需如厕的由工作人员陪同。
六、面试结束后，考生须立即离开考点，不得在考点附近逗留、喧哗。
考生咨询电话：0736-2218856（工作日9:00—17:00）。
慈湾市人力资源考试中心
2025年6月10日
""",
    ),
    dict(
        slug="exam-yuhu-park-greenkeeper-skills-test-timetable",
        site="恭川人才考试信息网 (invented personnel-exam site)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.gcrcks.com/zpgg/2025/07/03_1187.html",
        title="慈湾市愉湖体育公园管理处2025年公开招聘草坪养护员技能测试公告",
        record_title="慈湾市愉湖体育公园管理处2025年公开招聘草坪养护员技能测试公告［技能测试·时间安排］",
        date="2025-07-02",
        date_also=["2025-07-03"],
        notes="exam site text page: a timetable table, a bunker-raking test item, 打印 as content; the park office's "
        "contact beside the site's service line; posting date differs",
        page="""
!m 恭川人才考试信息网
!m 首页 | 招聘公告 | 考试安排 | 成绩公示 | 资料下载
!m 当前位置 → 招聘公告 → 事业单位
!t 慈湾市愉湖体育公园管理处2025年公开招聘草坪养护员技能测试公告［技能测试·时间安排］
{T}
!m 发布时间：2025-07-03 15:12　来源：愉湖体育公园管理处　浏览 906 次
{BODY}
!a 打印该页　|　关闭窗口
!m 本网服务电话：0736-6190888　网站维护：恭川人才考试信息网
!d 本网发布的招聘信息由招聘单位提供并负责解释
""",
        indent="\u3000\u3000",
        body="""
根据《慈湾市愉湖体育公园管理处2025年公开招聘编外工作人员简章》，经资格审查，现将草坪养护员岗位技能测试有关事项公告如下：
一、测试时间安排
日期　时间　测试项目　地点
7月12日　8:30—10:00　草坪机械操作　高尔夫练习场北侧草坪
7月12日　10:30—11:30　沙坑耙平作业　练习场3号沙坑
7月12日　14:30—16:00　草坪病虫害识别　管理处二楼会议室
二、测试内容
草坪机械操作主要考察滚刀式剪草机的启动、修剪和安全停机；沙坑耙平作业要求考生在20分钟内使用沙坑耙将指定沙坑恢复平整，并将沙坑耙按规定摆放；病虫害识别为笔试，考察常见草坪病害和虫害的识别与防治。
三、注意事项
考生须携带本人身份证和打印好的准考证参加测试，穿着运动鞋，不得穿带钉的鞋进入练习场。测试用工具由管理处统一提供。
联系人：管理处办公室 韦文恭，电话：0736-2260315。
慈湾市愉湖体育公园管理处
2025年7月2日
""",
    ),
    dict(
        slug="tender-ciwan-arch-inquiry-lots-ca-lines",
        site="慈湾采购与招标网 (invented tender portal)",
        style="招投标网",
        genre="询价公告",
        kind="notice",
        form="html",
        source="https://www.ciwancg.com/cggg/xjgg/202503/t20250303_7712093.html",
        title="慈湾市体育赛事服务中心气拱门及赛事拱门采购询价公告",
        record_title="慈湾市体育赛事服务中心气拱门及赛事拱门采购询价公告_询价公告_慈湾采购与招标网",
        date="2025-03-03",
        notes="tender portal with a countdown and CA/trading-system lines; a lots table; 下载 as content; purchaser and "
        "agency contacts in the body",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>慈湾市体育赛事服务中心气拱门及赛事拱门采购询价公告_询价公告_慈湾采购与招标网</title>
<script src="/js/cg-countdown.js"></script></head>
<body>
<div class="cg-top">⟦m 慈湾采购与招标网　公开 公平 公正⟧　<a>⟦a 供应商登录⟧</a> <a>⟦a 免费注册⟧</a></div>
<div class="cg-nav">⟦m 首页⟧ ⟦m 采购公告⟧ ⟦m 结果公告⟧ ⟦m 更正公告⟧ ⟦m 政策法规⟧ ⟦m 办事指南⟧</div>
<div class="cg-path">⟦m 位置：首页 / 采购公告 / 询价公告⟧</div>
<div class="cg-detail">
<h1>{T}</h1>
<div class="cg-meta">⟦m 公告类型：询价公告　项目编号：CWCG-2025-XJ-0318　发布时间：2025-03-03⟧</div>
<div class="cg-timer">⟦m 距报价截止还有：06天 18时 22分⟧</div>
<div class="cg-content">
{BODY}
</div>
<div class="cg-btn"><a>⟦a 我要报名⟧</a> <a>⟦a 收藏项目⟧</a></div>
</div>
<div class="cg-foot">⟦m CA数字证书办理咨询：400-118-6602⟧<br>⟦m 电子交易系统技术支持：0736-2236110⟧<br>⟦m 慈湾采购与招标网 湘ICP备20016644号⟧</div>
</body></html>
""",
        body="""
慈湾市体育赛事服务中心就气拱门及赛事拱门采购项目进行询价采购，欢迎符合条件的供应商参加报价。
一、项目编号：CWCG-2025-XJ-0318
二、采购内容及预算
包号　名称　数量　预算（万元）
1　充气式赛事起终点气拱门（跨度12米）　4座　6.8
2　充气式补给站气拱门（跨度8米）　10座　9.5
3　鼓风机及配套沙袋、地锚　14套　2.1
三、供应商资格要求：具有独立承担民事责任的能力，近三年内无重大违法记录，所供气拱门须提供抗风性能检测报告。
四、询价文件获取：2025年3月4日至3月10日，供应商请在本网站“采购公告”栏目下载询价文件，不收取费用。
五、报价截止时间：2025年3月11日9:30，逾期送达的报价文件不予受理。
六、联系方式
采购人：慈湾市体育赛事服务中心，联系人：伦仲勇，电话：0736-2297015。
采购代理机构：慈湾诚达招标代理有限公司，联系人：祝子慈，电话：0736-2216538。
慈湾诚达招标代理有限公司
2025年3月3日
""",
    ),
    dict(
        slug="tender-gongchuan-bunker-rakes-bid-result-record-date",
        site="恭川公共采购信息网 (invented tender portal)",
        style="招投标网",
        genre="中标结果公告",
        kind="notice",
        form="text",
        source="http://www.gcggcg.com/jggg/2025/0418/20250418003.html",
        title="愉湖体育公园高尔夫练习场沙坑耙及养护工具采购项目中标结果公告",
        record_date="2025-04-18",
        date="2025-04-18",
        notes="record title and record date; a bid-result table; the purchaser's and agency's contacts beside the "
        "platform's CA line",
        page="""
!m 恭川公共采购信息网
!m 首页 ▏采购公告 ▏结果公告 ▏合同公示
!m 当前位置：结果公告 > 货物类
{T}
!m 发布日期：2025-04-18　浏览：277　项目编号：GCCG-2025-H-0411
!a [关注项目]　[打印公告]
{BODY}
!m 平台CA服务热线：0736-6180770　交易系统客服：0736-6180771
!d 本公告由采购代理机构发布，对公告内容的真实性负责
""",
        body="""
一、项目编号：GCCG-2025-H-0411
二、项目名称：愉湖体育公园高尔夫练习场沙坑耙及养护工具采购项目
三、中标信息
包号　货物名称　中标供应商　中标金额（元）
1　沙坑耙（长柄，白色，60把）　慈湾绿茵体育用品有限公司　10,680.00
2　手推式沙坑平整机（2台）　恭川草坪机械经营部　23,400.00
3　草坪修边工具（20套）　慈湾绿茵体育用品有限公司　5,960.00
四、评审专家：卢文善、曹佐民、韦志哲（组长）
五、公告期限：自本公告发布之日起1个工作日。
六、联系方式
采购人：慈湾市愉湖体育公园管理处，联系人：韦文恭，电话：0736-2260315。
采购代理机构：恭川正源项目管理有限公司，联系人：钟祝，电话：0736-6152281。
""",
    ),
    dict(
        slug="lawfirm-chizhong-salute-streamer-eye-injury-case",
        site="恭川持中律师事务所 (invented law firm)",
        style="律所网站",
        genre="案例评析",
        kind="other",
        form="html",
        source="https://www.chizhonglaw.cn/anli/qinquan/418.html",
        title="婚礼上被礼炮彩带打伤眼睛，谁来赔？",
        record_title="婚礼上被礼炮彩带打伤眼睛，谁来赔？｜持中说法·侵权纠纷 - 恭川持中律师事务所",
        date=None,
        notes="law firm case note with a lawyer card, a consult float, a 400 line and a repost notice; update stamp "
        "in weeks is no date; dates inside the case are example dates",
        page="""
<!doctype html>
<html><head><meta charset="utf-8"><title>婚礼上被礼炮彩带打伤眼睛，谁来赔？｜持中说法·侵权纠纷 - 恭川持中律师事务所</title>
<script src="/static/law/chat.js"></script></head>
<body>
<div class="law-top">⟦m 恭川持中律师事务所　持正守中 以法为据⟧　⟦m 全国咨询热线 400-670-1128⟧</div>
<div class="law-nav">⟦m 首页⟧ ⟦m 律所简介⟧ ⟦m 专业领域⟧ ⟦m 律师团队⟧ ⟦m 持中说法⟧ ⟦m 联系我们⟧</div>
<div class="law-path">⟦m 首页 ＞ 持中说法 ＞ 侵权纠纷⟧</div>
<div class="law-article">
<h1>{T}</h1>
<div class="law-meta">⟦m 撰稿：卢慈恩律师　更新于 3 周前　阅读 522⟧</div>
<div class="law-text">
{BODY}
</div>
<div class="law-note">⟦d 本文系本所律师原创，仅为法律知识普及，不构成对具体案件的法律意见；转载请注明出处。⟧</div>
</div>
<div class="lawyer-card"><p>⟦m 卢慈恩　执业律师　擅长人身损害赔偿、合同纠纷⟧</p><p>⟦w 预约面谈请致电 139 7360 2214⟧</p></div>
<div class="float-zixun">⟦a 在线咨询律师 · 3分钟响应⟧</div>
<div class="law-foot">⟦m 地址：恭川县迎宾大道66号金融大厦9楼⟧　⟦m 桂ICP备20007719号⟧</div>
</body></html>
""",
        body="""
【案情】小祝应邀参加朋友婚礼。婚礼进行到新人入场环节时，婚庆公司工作人员手持彩带礼炮站在通道两侧燃放，其中一支礼炮的彩带和纸筒碎片击中了站在前排的小祝的左眼。小祝当即被送往医院，诊断为左眼角膜挫伤、前房积血，治疗花费1.2万余元。小祝要求婚庆公司和新人赔偿，双方协商未果，小祝诉至法院。
【争议】婚庆公司认为，礼炮是新人要求燃放的，且小祝自己站得太近；新人则认为，礼炮由婚庆公司购买并燃放，与自己无关。
【评析】本案中，婚庆公司作为专业服务提供者，负责礼炮的采购和燃放，应当对燃放方式和安全距离负有注意义务。工作人员在宾客密集的通道两侧平射礼炮，未提醒宾客保持距离，存在明显过错，应当承担主要赔偿责任。新人作为婚礼的组织者，对婚庆公司的服务有一定的监督义务，但其并未直接参与燃放，一般不承担责任或仅承担较小的补充责任。小祝站位靠前，但婚礼现场并未划定安全区域，难以认定其存在过错。⟦w 遇到类似纠纷？点击右侧免费问律师⟧
【提示】举办婚礼、开业等活动需要燃放礼炮的，应选择质量合格的产品，由专人按说明书操作，礼炮口朝上、不对人群，并提前提醒宾客保持安全距离。宾客在观礼时也要注意自我保护，尽量远离燃放位置。
""",
    ),
    dict(
        slug="lawfirm-mingxin-arch-collapse-liability-answer",
        site="贞阳明信律师事务所 (invented law firm)",
        style="律所网站",
        genre="法律咨询",
        kind="other",
        form="text",
        source="http://www.zymingxinlaw.com/zixun/2025/5121.html",
        title="商铺门口的气拱门被风吹倒砸伤行人，责任怎么划分？",
        record_title="〔在线咨询·精选答疑〕商铺门口的气拱门被风吹倒砸伤行人，责任怎么划分？ — 明信律师事务所",
        date=None,
        notes="law firm's answer page; the question line stays unmarked (neutral); a 400 line and a consult prompt; "
        "relative answer time is no date",
        page="""
!m 贞阳明信律师事务所　MINGXIN LAW FIRM
!m 首页　法律咨询　律师团队　成功案例　联系方式
!t 〔在线咨询·精选答疑〕商铺门口的气拱门被风吹倒砸伤行人，责任怎么划分？ — 明信律师事务所
{T}
网友提问：我母亲路过一家新开的超市，门口的气拱门突然被风吹倒，砸到她的肩膀，医院诊断锁骨骨折。超市说拱门是庆典公司搭的，庆典公司说是天气原因，我们该找谁？
!m 解答律师：邓哲明　｜　执业证号 14307201810****　｜　回复于 5 小时前
{BODY}
!w 遇到类似问题？拨打明信律所免费咨询专线 400-833-6021
!d 以上解答仅供参考，具体问题请携带材料到所面谈
!l 相关咨询：广告牌坠落伤人谁负责｜开业活动踩踏事故如何索赔
!m 贞阳明信律师事务所　地址：贞阳县文昌路汇金大厦12层
""",
        body="""
您好，根据您描述的情况，回答如下：
一、超市和庆典公司都可能要承担责任。气拱门属于临时搭建的设施，依照民法典的规定，建筑物、构筑物或者其他设施及其搁置物、悬挂物发生脱落、坠落造成他人损害，所有人、管理人或者使用人不能证明自己没有过错的，应当承担侵权责任。超市是气拱门的使用人，庆典公司是搭建人和管理人，双方如果都不能证明自己没有过错，应当承担赔偿责任。
二、“天气原因”一般不能免责。大风属于可以预见的天气，搭建方应当做好固定，使用方在预警发布后应当及时撤收。除非当时的风力远超正常预期、属于不可抗力，否则很难以此免责。
三、建议您尽快做好三件事：保存好医院的病历和票据；请目击者留下联系方式，调取超市门口的监控；向城管部门了解这座气拱门是否经过审批。
协商不成的，可以同时起诉超市和庆典公司，由法院根据各自过错确定责任份额。
""",
    ),
]

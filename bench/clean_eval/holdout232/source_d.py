"""holdout232, part D: county forums, download stations, personnel-exam sites, tender portals, law firms.

Invented text, sites, places, people and numbers; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="localforum-juyang-thread-shed-charging-jammer",
        site="椐阳生活网 (invented county forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.juyangshenghuo.com/thread-77105-1-1.html",
        title="小区车棚里充电线乱拉，物业到底管不管？",
        record_title=None,
        date=None,
        notes="county forum: no title in the record, the thread subject; a weather line, jammer-font junk, a "
        "decoration ad with a phone, a forwarded-to-department link; post time 前天, no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="gbk">
<title>小区车棚里充电线乱拉，物业到底管不管？ - 民生直通车 - 椐阳生活网</title>
<style>.jammer{display:none}</style>
<script src="data/cache/common.js?v9"></script>
</head><body>
<div id="hd">⟦m 椐阳生活网 · 椐阳人的网上家园⟧ ⟦m 椐阳 今日 多云 18~26℃⟧ <a>⟦a 登录⟧</a> <a>⟦a 注册⟧</a></div>
<div id="pt">⟦m 椐阳生活网 › 民生直通车 › 帖子⟧</div>
<div class="ad-top">⟦w 装修找椐阳家美装饰，免费上门量房 0799-5866688⟧</div>
<table class="plhin"><tr>
<td class="pls">⟦m 阳光花园老陶⟧<br>⟦m 居民 · 积分 233⟧</td>
<td class="plc"><h1><span id="thread_subject">{T}</span></h1>
<div class="pti">⟦m 发表于 前天 22:13 ｜ 查看 4021 ｜ 回复 58⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="zhuanjiao">⟦l 📮 本帖已转交县消防救援大队，点此查看部门答复⟧</div>
<div class="po">⟦a 回复　加分　收藏　分享⟧</div></td></tr></table>
<div class="replies"><p>⟦l 2楼 城关小胡：我们小区也这样，坐等答复⟧</p><p>⟦l 3楼 热心市民K：支持装集中充电桩⟧</p></div>
<div id="ft">⟦m 椐阳生活网 bbs.juyangshenghuo.com　赣ICP备17009913号⟧ ⟦d 帖子内容为网友个人观点，与本站无关⟧</div>
<script>_attachEvent(window, 'load', function(){ ajaxget('misc.php?mod=patch'); });</script>
</body></html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=2),
        body="""
我住椐阳县城关镇阳光花园7栋，楼下的自行车棚最近成了“充电站”。好几户人家从二楼、三楼窗户吊下电线，插线板就挂在车棚柱子上，下雨天还泡在水里。
上个月跟物业说过两次，物业说车棚是业主自己搭的，他们管不了。可万一起火，整栋楼都跑不掉。
昨天我打了县消防大队的电话，对方说会安排人来看看，也建议我们向社区反映，推动小区装集中充电桩。
想问问各位邻居，你们小区是怎么解决的？有没有一起去社区反映的？
""",
    ),
    dict(
        slug="localforum-wantian-post-broken-signal-junk",
        site="芄田家园 (invented township forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="http://bbs.wantianjy.com/read.php?tid=20931",
        title="芄田镇中心路口信号灯坏了三天了",
        record_title="[街坊随拍] 芄田镇中心路口信号灯坏了三天了（已报修）- 芄田杂谈 - 芄田家园",
        date=None,
        notes="township forum post: junk lines and junk glued after 。; board and site suffixes and a poster's "
        "aside in the record title; post time 今天, no date",
        page="""
!m 芄田家园 — 芄田人自己的论坛
!m 芄田家园 » 芄田杂谈 » 浏览帖子
!t [街坊随拍] 芄田镇中心路口信号灯坏了三天了（已报修）
!m 楼主 镇东头阿旺　发表于 今天 08:02　人气 1377
{BODY}
!a [引用] [回复] [举报] [收藏]
!l 沙发 菜市场卖鱼的：早上我也差点被撞，确实该修了
!l 板凳 芄田小学门卫：这几天我们在门口多站了一个人
!m 芄田家园 ©2009-2025　版主QQ：305518872
""",
        junk=dict(lines=1, glued=2),
        body="""
芄田镇中心路口的信号灯从周一开始就一直黄灯闪烁，到今天已经三天了。
早上七点多是上学高峰，电动车、三轮车、接孩子的小车全挤在路口，谁也不让谁。今天早上一辆三轮车和小轿车差点撞上，幸好都开得慢。
我已经在镇政府公众号留言报修，工作人员回复说配件要从县里调，这两天就能修好。
在信号灯修好之前，请大家经过路口时慢一点、让一让，特别是接送孩子的家长，别抢那一两秒。
""",
    ),
    dict(
        slug="download-wanjuan-host-script-drill-contest-doc-gb2312",
        site="万卷资料下载站 (invented, gb2312 table layout)",
        style="资料下载站",
        genre="主持词",
        kind="speech",
        form="html",
        source="http://www.wanjuan-down.com/soft/zhuchi/8821.html",
        title="电动工具安全技能比武主持词",
        record_title="电动工具安全技能比武主持词.doc",
        date=None,
        notes="download station's file-info table with three download links, an unzip password, a dead-link "
        "report and a floating ad; file-name record title; a 主持词 carries no date; the update stamp is none",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>电动工具安全技能比武主持词.doc下载_万卷资料下载站</title>
<script language="javascript" src="/js/down.js"></script>
</head><body>
<table width="980" align="center" border="0"><tr><td>⟦m 万卷资料下载站⟧ ⟦m 资料万卷，一点即得⟧</td><td align="right"><a href="/">⟦m 返回首页⟧</a></td></tr></table>
<table width="980" align="center" border="0"><tr><td>⟦m 当前路径：首页 → 文秘资料 → 主持词⟧</td></tr></table>
<table width="980" align="center" border="1" cellspacing="0" cellpadding="4" bordercolor="#cccccc">
<tr><td colspan="2"><b>{T}</b></td></tr>
<tr><td>⟦m 资料大小：26 KB⟧</td><td>⟦m 资料格式：DOC⟧</td></tr>
<tr><td>⟦m 更新时间：2025-06-30⟧</td><td>⟦m 下载次数：1843⟧</td></tr>
<tr><td>⟦m 授权方式：免费资料⟧</td><td>⟦m 资料评级：★★★☆☆⟧</td></tr>
<tr><td colspan="2">⟦m 资料简介：⟧
{BODY}
</td></tr>
<tr><td colspan="2">⟦a 下载通道一（电信）⟧ ⟦a 下载通道二（联通）⟧ ⟦a 下载通道三（备用）⟧</td></tr>
<tr><td colspan="2">⟦a 压缩包解压口令：wanjuan8821⟧　⟦a 链接失效？点此报告给站长⟧</td></tr>
</table>
<div id="float_ad" style="position:fixed;right:0;bottom:0">⟦w 主持稿、演讲稿专人代写，QQ 1497723506⟧</div>
<table width="980" align="center"><tr><td align="center">⟦d 本站资料均收集自网络，仅供学习研究，请于下载后24小时内删除。⟧<br>⟦m 万卷资料下载站　冀ICP备18033291号⟧</td></tr></table>
</body></html>
""",
        p_html="<p>{}</p>",
        body="""
各位领导、各位工友：
大家上午好！欢迎来到柍城建工集团第三届电动工具安全技能比武现场。
本次比武共有来自8个项目部的32名选手参加，设电钻定点打孔、角磨机切割、故障排查三个项目。其中电钻定点打孔要求选手在3分钟内，在划定的墙面上打出10个孔，孔位偏差不超过2毫米。
比赛开始前，请全体选手检查个人防护用品，戴好护目镜，摘下手套。裁判组将对每名选手的工具检查、断电操作等安全细节单独计分。
下面，我宣布：比武正式开始！
比武到此全部结束，感谢各位选手的精彩表现，也感谢裁判组的辛勤付出。让我们把今天比出来的好习惯带回每一个工地！
""",
    ),
    dict(
        slug="download-qiyue-contract-bus-sign-upkeep-blanks-markers",
        site="契约下载站 (invented contract-template download site)",
        style="资料下载站",
        genre="合同范本",
        kind="other",
        form="text",
        source="https://www.qiyuexiazai.com/hetong/fuwu/3187.html",
        title="公交站牌维护保养服务合同",
        record_title="【合同范本】公交站牌维护保养服务合同（可填空）免费领取 - 契约下载站",
        date=None,
        notes="contract template: 第N条 articles, ×× placeholders and ＿＿ blanks (＿＿年＿＿月＿＿日 is no date); page "
        "markers (⦷ n ⦷) glued or on their own line cut sentences",
        page="""
!m 契约下载站 — 合同范本一站下载
!m 首页 ›› 服务合同 ›› 维护保养
!t 【合同范本】公交站牌维护保养服务合同（可填空）免费领取
!m 文件格式：wps　大小：19KB　下载：612次　添加于 4 天前
!a 立即下载（免注册）　|　加入收藏
{T}
{BODY}
!d 温馨提示：合同范本仅供参考，签约前请结合实际情况咨询专业律师。
!l 同类范本：广告灯箱维护合同｜候车亭保洁服务协议｜道路标志牌安装合同
!m 契约下载站 qiyuexiazai.com　沪ICP备22019035号
""",
        pages=dict(fmt="⦷ {n} ⦷", every=140, start=2, glue="mix", sep=" "),
        body="""
甲方（委托方）：××市公共交通集团有限公司
乙方（服务方）：＿＿＿＿＿＿＿＿＿＿
第一条 服务内容。乙方负责甲方所属＿＿条线路共＿＿块公交站牌的日常保洁、信息更新和损坏维修。
第二条 服务标准。站牌每周保洁不少于一次；线路信息变更的，乙方应在接到通知后＿＿日内完成更新；站牌损坏影响使用的，应在24小时内修复。
第三条 服务费用。服务费每块站牌每年人民币＿＿＿元，合计＿＿＿＿＿元，按季度支付。
第四条 违约责任。乙方未按约定完成维修的，每逾期一日，按该站牌年服务费的＿＿%支付违约金。
第五条 本合同一式两份，甲乙双方各执一份，自双方签字盖章之日起生效。
甲方（盖章）：　　　　乙方（盖章）：
签订日期：＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="exam-fuhu-notice-signal-centre-written-test",
        site="桴湖区人事考试网 (invented personnel-exam site)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://rsks.fuhu.gov.cn/zkxx/2025/0818/951.html",
        title="2025年桴湖区交通信号设施维护中心公开招聘工作人员笔试公告",
        record_title="〖招考信息〗2025年桴湖区交通信号设施维护中心公开招聘工作人员笔试公告_桴湖区人事考试网",
        date="2025-08-18",
        notes="personnel-exam site with a maintenance banner and an admission-ticket float; a timetable one row a "
        "paragraph; 准考证 下载/打印 as content; the exam office's 咨询电话 beside the site's technical line",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>〖招考信息〗2025年桴湖区交通信号设施维护中心公开招聘工作人员笔试公告_桴湖区人事考试网</title>
<script src="/res/js/ks.js"></script>
</head><body>
<div class="ks-banner">⟦d 系统升级提示：本网8月24日0:00-6:00暂停服务，给您带来不便敬请谅解⟧</div>
<div class="ks-head">⟦m 桴湖区人事考试网⟧ ⟦m 桴湖区人力资源和社会保障局主办⟧</div>
<div class="ks-nav">⟦m 首页　考试公告　报名入口　成绩查询　政策法规⟧</div>
<div class="ks-pos">⟦m 首页 &gt; 考试公告 &gt; 事业单位招聘⟧</div>
<div class="ks-art">
<h2>{T}</h2>
<p class="ks-meta">⟦m 发布日期：2025-08-18　来源：区人社局　阅读：6120⟧</p>
<div class="ks-con">
{BODY}
</div>
</div>
<div class="ks-float">⟦a ▶ 准考证打印入口⟧<br>⟦a ▶ 成绩查询入口⟧</div>
<div class="ks-foot">⟦w 网上报名技术咨询：0798-3265599（工作日）⟧<br>⟦m 桴湖区人事考试网　赣ICP备11008865号⟧</div>
</body></html>
""",
        body="""
各位报考人员：
2025年桴湖区交通信号设施维护中心公开招聘工作人员资格初审已经结束，现将笔试有关事项公告如下：
一、笔试时间和科目
日期　时间　科目
8月30日　9:00—11:00　综合基础知识
8月30日　14:00—15:30　信号灯设备维护专业知识
二、准考证打印。请于8月26日至29日登录桴湖区人事考试网下载并打印准考证，凭准考证和身份证参加考试。
三、考试地点。桴湖区第一中学（桴湖区府前路16号）。
咨询电话：0798-3265510（区人社局事业单位人事管理股）。
桴湖区人力资源和社会保障局
2025年8月18日
""",
    ),
    dict(
        slug="exam-yangcheng-notice-bus-sign-maintainer-interview",
        site="柍城人事考试信息网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.ycrsks.cn/mszl/2025/0722/4410.html",
        title="柍城市公交集团2025年公开招聘站牌维护员面试公告",
        record_title="柍城市公交集团2025年公开招聘站牌维护员面试公告-招聘面试-柍城人事考试信息网",
        date="2025-07-22",
        notes="exam site as text: an interview timetable one row a paragraph, a practical test on sign boards, an "
        "附件 line; 成文日期 under the signature",
        page="""
!m 柍城人事考试信息网
!m 网站首页 ＞ 招聘面试 ＞ 国有企业
{T}
!m 时间：2025-07-22 16:40　来源：市公交集团人力资源部
!a 【大】【中】【小】　【打印】　【关闭】
{BODY}
!a 附件下载：进入面试人员名单.xls
!l 上一篇：柍城市供水集团2025年招聘笔试成绩公示
!m 柍城人事考试信息网　技术服务电话：0798-3260011
""",
        indent="\u3000\u3000",
        body="""
根据《柍城市公交集团2025年公开招聘站牌维护员公告》，笔试成绩已经公布，现将面试有关事项公告如下：
一、面试人员。按岗位招聘人数1:3的比例，从高分到低分确定18人进入面试，名单见附件。
二、面试安排
组别　时间　人数
第一组　7月29日上午　9
第二组　7月29日下午　9
三、面试形式。面试采用结构化面试加实操测试，实操内容为站牌信息板的更换和紧固，满分100分。
四、请面试人员携带本人身份证和面试通知书，于当天8:00前到公交集团培训中心（桴湖区汽运路9号）报到。
附件：进入面试人员名单
柍城市公共交通集团有限公司
2025年7月22日
""",
    ),
    dict(
        slug="tender-yangcheng-bid-notice-bus-signs-lots",
        site="柍城市公共资源交易网 (invented tender portal)",
        style="招投标网",
        genre="招标公告",
        kind="notice",
        form="html",
        source="https://ggzy.yangcheng.gov.cn/jyxx/jsgc/zbgg/20250407/0031.html",
        title="柍城市公交站牌更新改造项目招标公告",
        record_title="〔招标采购〕柍城市公交站牌更新改造项目招标公告｜柍城市公共资源交易网",
        date="2025-04-07",
        notes="tender portal with a countdown, CA and trading-system hotlines beside the purchaser's and agency's "
        "own contacts; a lots table; 下载 of the tender file as content; the closing date line is the date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>〔招标采购〕柍城市公交站牌更新改造项目招标公告｜柍城市公共资源交易网</title>
<script src="/ggzy/js/countdown.js"></script>
</head><body>
<div class="jy-head">⟦m 柍城市公共资源交易网⟧ <a>⟦a 投标人登录⟧</a> <a>⟦a CA数字证书办理⟧</a></div>
<div class="jy-nav">⟦m 首页　交易信息　政策法规　服务指南　诚信体系⟧</div>
<div class="jy-pos">⟦m 交易信息 » 工程建设 » 招标公告⟧</div>
<div class="jy-detail">
<h3>{T}</h3>
<p class="jy-meta">⟦m 信息时间：2025-04-07　项目编号：YCGJ-2025-0407　浏览：1530⟧</p>
<div class="jy-timer">⟦m 距投标截止还剩：20天 18时 22分⟧</div>
<div class="jy-text">
{BODY}
</div>
</div>
<div class="jy-help">⟦w CA证书服务热线：400-861-2230⟧<br>⟦w 交易系统技术支持：0798-3118800⟧</div>
<div class="jy-foot">⟦m 柍城市公共资源交易中心主办　赣ICP备14011277号-2⟧</div>
<script>startCountdown("2025-04-28 09:30:00");</script>
</body></html>
""",
        body="""
柍城市公交站牌更新改造项目已批准建设，招标人为柍城市公共交通集团有限公司，资金来源为财政资金。项目已具备招标条件，现进行公开招标。
一、项目概况
标段　内容　最高限价（万元）
一标段　电子站牌制作安装120块　396
二标段　立杆式站牌更换280块　168
二、投标人资格要求。投标人须具有独立法人资格，近三年完成过同类项目不少于2个。
三、招标文件获取。请于4月8日至14日登录本平台下载招标文件。
四、投标截止时间为2025年4月28日9时30分。
招标人：柍城市公共交通集团有限公司　联系人：祝工　电话：0798-3100210
招标代理机构：柍城中诚招标代理有限公司　联系人：葛女士　电话：0798-3255617
2025年4月7日
""",
    ),
    dict(
        slug="procure-chouchuan-result-shower-caps-record",
        site="椆川县政府采购网 (invented)",
        style="招投标网",
        genre="成交结果公告",
        kind="notice",
        form="text",
        source="http://zfcg.chouchuan.gov.cn/cjgg/2025/0924/1177.html",
        title="椆川县人民医院住院部一次性浴帽等洗浴用品采购项目成交结果公告",
        record_date="2025-09-24",
        date="2025-09-24",
        notes="title and date from the record; result table one row a paragraph; purchaser and agency contacts "
        "beside the platform's hotline",
        page="""
!m 椆川县政府采购网
!m 首页 > 采购公告 > 成交结果
{T}
!m 发布时间：2025-09-24　浏览次数：208
{BODY}
!w 政府采购平台服务热线：0797-6120399
!l 上一篇：椆川县第三中学课桌椅采购项目中标公告
!m 椆川县财政局主办　椆川县公共资源交易服务中心承办
""",
        body="""
一、项目编号：CCZC2025-117
二、项目名称：椆川县人民医院住院部一次性浴帽等洗浴用品采购项目
三、成交信息
品目　规格　数量　成交单价（元）
一次性浴帽　PE材质，直径约50厘米　60000只　0.12
洗浴毛巾　纯棉，70×140厘米　3000条　14.50
四、成交供应商：椆川洁宜日用品有限公司，成交金额：50700元。
五、公告期限：自本公告发布之日起1个工作日。
采购人：椆川县人民医院　联系人：黄女士　电话：0797-6231206
采购代理机构：椆川县公共资源交易服务中心　联系人：易先生　电话：0797-6120388
2025年9月24日
""",
    ),
    dict(
        slug="lawfirm-keheng-case-shed-fire-liability",
        site="柍城恪衡律师事务所 (invented law-firm site)",
        style="律所网站",
        genre="案例评析",
        kind="other",
        form="html",
        source="https://www.kehenglaw.cn/anli/2025/0616.html",
        title="车棚里电动车充电起火，物业要担责吗？",
        record_title="律师讲案｜车棚里电动车充电起火，物业要担责吗？_柍城恪衡律所",
        date=None,
        notes="law firm with a lawyer card, a consult float and a 400 line, a repost notice; a case note carries "
        "no date (the year in the text is none)",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>律师讲案｜车棚里电动车充电起火，物业要担责吗？_柍城恪衡律所</title>
<script src="/assets/js/kh.bundle.js"></script>
</head><body>
<header>⟦m 柍城恪衡律师事务所⟧ ⟦m 恪守法度 衡平为民⟧ ⟦w 全国免费法律热线 400-600-7123⟧</header>
<nav>⟦m 首页　律所介绍　专业领域　律师团队　案例评析　联系我们⟧</nav>
<div class="bread">⟦m 首页 / 案例评析 / 物业纠纷⟧</div>
<article>
<h1>{T}</h1>
<p class="meta">⟦m 供稿：恪衡物业纠纷团队　阅读 903⟧</p>
<div class="txt">
{BODY}
</div>
<p class="zz">⟦d 本文版权归恪衡律所，转载务请联系授权并保留作者信息⟧</p>
</article>
<aside class="card"><p>⟦m 本案承办律师：屈文斌⟧</p><p>⟦m 执业证号 13601202110893221⟧</p><p>⟦a 立即咨询屈律师⟧</p></aside>
<div class="kf-float">⟦a 在线咨询⟧ ⟦w 微信扫码加律师助理：kh_lawyer09⟧</div>
<footer>⟦m 柍城恪衡律师事务所　地址：柍城市桴湖区中山北路188号恪衡大厦9层⟧ ⟦m 赣ICP备20014682号⟧</footer>
</body></html>
""",
        body="""
【案情】2024年冬，桴湖区某小区业主宁某将电动车停在小区车棚内充电，夜间电池起火，火势蔓延烧毁车棚内11辆电动车。受损业主起诉宁某和物业公司，要求共同赔偿。
【法院观点】宁某的电动车起火是事故的直接原因，应承担主要责任。物业公司负责车棚日常管理，此前已多次发现车棚内私拉电线充电，却未采取制止措施，也未配备灭火器，未尽到安全保障义务，应承担相应的补充责任。
【律师提示】物业公司应定期巡查车棚，及时制止违规充电，并按规定配置消防设施；业主也应到正规充电桩充电，不要私拉电线。
""",
    ),
    dict(
        slug="lawfirm-minglu-qa-dark-signal-liability",
        site="椐阳明律律师事务所 (invented law-firm site)",
        style="律所网站",
        genre="法律问答",
        kind="other",
        form="text",
        source="http://www.minglvlaw.com/jtsg/1018.html",
        title="信号灯故障时发生事故，责任怎么分？",
        record_title="交通事故专栏：信号灯故障时发生事故，责任怎么分？ - 明律律师事务所",
        date="2025-10-18",
        notes="law firm's Q&A as text: a numbered list of rules; byline 发布时间 is the page's date; the firm's "
        "consult line and a lawyer's WeChat at the bottom",
        page="""
!m 椐阳明律律师事务所 · 交通事故专栏
!m 当前：首页 → 交通事故 → 律师答疑
{T}
!m 发布时间：2025-10-18　解答律师：柏晓舟
{BODY}
!w 遇到交通事故赔偿难题？拨打明律咨询专线 0799-5878100
!w 柏律师微信：bxz_lawyer
!l 相关问答：没有信号灯的路口右转车辆要让行吗？
!d 以上解答仅供参考，具体案件请携带材料到所面谈。
""",
        body="""
问：上周我开车经过一个路口，信号灯不亮，和横向来的车撞了。对方说我应该让他，这个责任怎么分？
答：信号灯不亮或者黄灯持续闪烁时，路口就视为没有交通信号控制。根据道路交通安全法实施条例，这种情况下应当遵守以下规则：
1. 有交通标志、标线控制的，让优先通行的一方先行；
2. 没有标志、标线控制的，在进入路口前停车瞭望，让右方道路的来车先行；
3. 转弯的机动车让直行的车辆先行。
因此，如果对方是从您的右侧驶来的，您一般要承担主要责任。如果您认为信号灯故障是管理部门维护不到位造成的，可以保留证据，向有关部门反映。
""",
    ),
]

"""holdout276, part D: county forums, download stations, personnel-exam sites, tender portals, law firms.

Invented text, sites, places and people; written by hand, one case at a time.
"""

CASES = [
    dict(
        slug="county-forum-gaoyang-tin-toy-repairman-jammer",
        site="杲阳论坛 (invented county forum, Discuz-like)",
        style="地方论坛",
        genre="论坛帖子",
        kind="other",
        form="html",
        source="https://bbs.gaoyang0878.com/thread-226180-1-1.html",
        title="老街修铁皮玩具的鲁师傅要搬走了，有没有人一起去送送",
        record_title=None,
        date=None,
        notes="county forum thread: the title only as the thread subject; a weather line, medals, jammer fonts in the post, "
        "a decoration ad and an official-reply link; the post time is relative (no date)",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>杲阳论坛 - 杲阳人自己的网上家园</title>
<style>.jammer{display:none}</style>
</head>
<body>
<div class="gy-top">⟦m 杲阳论坛⟧ <span>⟦m 杲阳今日 多云转晴 3～14℃ 空气质量 良⟧</span> <a>⟦a 登录⟧</a> <a>⟦a 注册⟧</a></div>
<div class="gy-nav">⟦m 杲阳论坛 » 杲阳茶馆 » 浏览主题⟧</div>
<div class="gy-ad">⟦a 杲阳家装节：全包装修 每平米仅需 499 元，咨询 0878-6190088⟧</div>
<table class="post"><tr>
<td class="author"><p>⟦m 老街口的梧桐⟧</p><p>⟦m 勋章：老杲阳　热心市民⟧</p><p>⟦m 帖子 2031　注册 2011-05-17⟧</p></td>
<td class="msg">
<h1 id="thread_subject">{T}</h1>
<p class="time">⟦m 楼主　发表于 4 小时前⟧</p>
<div class="t_f">
{BODY}
</div>
<p class="official">⟦a 向杲阳发布反映此事 · 查看官方回复⟧</p>
<p class="op">⟦a 支持(58)　反对(0)　收藏　分享⟧</p>
</td></tr></table>
<div class="reply">⟦l 2# 青石板：鲁师傅给我修过收音机，周六算我一个⟧</div>
<div class="reply">⟦l 3# 大头娃娃：老街的味道又少了一样⟧</div>
<div class="gy-foot">⟦m 杲阳论坛　站务QQ群：53112807⟧　⟦m 滇ICP备09004115号-1⟧</div>
</body>
</html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=2),
        body="""
在老街住了二十多年，巷子口鲁师傅的修理铺一直都在。修钟表、修收音机，也修铁皮玩具。我儿子小时候那只铁皮青蛙发条断了，就是鲁师傅给接上的，只收了两块钱。
昨天路过，看见铺子门上贴了张红纸，说是老街改造，月底就要搬到城东的儿子家去住了。鲁师傅今年七十六岁，说这一搬，手艺怕是要放下了。
我想周六上午去铺子里坐坐，顺便把家里那只老青蛙带过去让他再看看。有在老街长大的朋友，一起去送送老人家吧。
""",
    ),
    dict(
        slug="county-forum-yuxi-used-heatpads-sorting-junk",
        site="昱溪生活网论坛 (invented county forum)",
        style="地方论坛",
        genre="论坛帖子",
        kind="other",
        form="text",
        source="https://bbs.yuxishenghuo.com/forum.php?mod=viewthread&tid=481733",
        title="小区垃圾桶边一堆用过的暖宝宝，到底算什么垃圾？",
        record_title="[垃圾分类] 小区垃圾桶边一堆用过的暖宝宝，到底算什么垃圾？ - 昱溪茶馆 - 昱溪生活网",
        date=None,
        notes="county forum text: junk lines and junk glued after 。; the post time is 前天 (no date); replies, a property "
        "company's ad and the board footer",
        page="""
!m 昱溪生活网 › 论坛 › 昱溪茶馆
!t [垃圾分类] 小区垃圾桶边一堆用过的暖宝宝，到底算什么垃圾？
!m 查看 3207　回复 41
!m 楼主　沙滩拖鞋　前天 08:17　只看TA
{BODY}
!l 沙发　楼下王阿姨：说得对，我家孙子就捡过一片拿去玩
!l 板凳　物业小周：收到，今天就在垃圾房贴提示
!a 溪畔物业：小区保洁、开荒保洁上门服务，预约电话 0879-5277016
!a 登录后才能参与讨论　立即登录 | 注册新账号
!m 昱溪生活网论坛　Discuz! 驱动
""",
        junk=dict(lines=2, glued=2),
        body="""
这几天早上下楼扔垃圾，总看见其他垃圾桶边上堆着一小堆用过的暖宝宝，有的还被放进了可回收物桶。
我查了一下，暖宝宝里面是铁粉、活性炭和盐，用过以后铁粉氧化了，没有回收价值，应该算其他垃圾，扔进灰色的桶就行。外面的包装袋如果是塑料的，也投其他垃圾。
有几点想提醒邻居们：用完的暖宝宝最好卷起来再扔，免得里面的粉末漏出来；没用完的别随手丢在楼道里，小孩子容易拿去玩。
物业能不能在垃圾房贴个提示？大家一起把小区环境搞好。
""",
    ),
    dict(
        slug="download-qingzhi-rules-tin-stamping-gb2312-fileinfo",
        site="青枝资料站 (invented download station, old gb2312 layout)",
        style="资料下载站",
        genre="规程",
        kind="other",
        form="html",
        source="http://www.qingzhi-down.com/soft/anquan/31844.html",
        title="饼干盒制罐车间冲压岗位安全操作规程",
        record_title="饼干盒制罐车间冲压岗位安全操作规程 v2.1 绿色版下载 - 青枝资料站",
        date=None,
        notes="old table-layout download station: a file-info table, three download links, an unzip password, a dead-link "
        "report and a floating ad; 第N条 articles that speak of 扫码 and 打印 (content); no date (the update stamp is none)",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>饼干盒制罐车间冲压岗位安全操作规程 v2.1 绿色版下载 - 青枝资料站</title>
<script language="javascript" src="/js/ad_float.js"></script>
</head>
<body>
<table width="960" align="center" cellpadding="0" cellspacing="0"><tr>
<td>⟦m 青枝资料站⟧　⟦m 安全生产资料免费下载⟧</td>
<td align="right">⟦a 收藏本站 | 投稿⟧</td></tr></table>
<table width="960" align="center" class="nav"><tr><td>⟦m 首页 | 安全资料 | 管理制度 | 应急预案 | 表格模板⟧</td></tr></table>
<table width="960" align="center"><tr><td>⟦m 当前位置：青枝资料站 → 安全资料 → 操作规程⟧</td></tr></table>
<table width="960" align="center" border="1" bordercolor="#CCCCCC" class="info">
<tr><td colspan="4" align="center"><b>⟦t 饼干盒制罐车间冲压岗位安全操作规程 v2.1 绿色版⟧</b></td></tr>
<tr><td>⟦m 资料大小：38.5 KB⟧</td><td>⟦m 资料格式：.doc⟧</td><td>⟦m 更新时间：2025-01-06⟧</td><td>⟦m 下载次数：2714⟧</td></tr>
<tr><td>⟦m 授权方式：免费⟧</td><td>⟦m 运行环境：WPS/Office⟧</td><td colspan="2">⟦m 资料评级：★★★★☆⟧</td></tr>
</table>
<table width="960" align="center"><tr><td class="intro">
<p><b>{T}</b></p>
{BODY}
</td></tr></table>
<table width="960" align="center" class="down"><tr>
<td>⟦a 电信高速下载⟧</td><td>⟦a 联通高速下载⟧</td><td>⟦a 本地备用下载⟧</td></tr>
<tr><td colspan="3">⟦a 压缩包解压密码：www.qingzhi-down.com⟧</td></tr>
<tr><td colspan="3">⟦a 链接失效了？点这里告诉管理员⟧</td></tr></table>
<div id="float_ad">⟦w 安全台账代做 一对一服务 QQ：1738826450⟧</div>
<table width="960" align="center"><tr><td align="center">⟦d 本站资料均收集于网络，仅供学习交流，版权归原作者所有⟧<br>⟦m 青枝资料站　闽ICP备15027714号⟧</td></tr></table>
</body>
</html>
""",
        body="""
第一条　本规程适用于饼干盒制罐车间冲压岗位的全体操作人员。
第二条　上岗前必须穿戴工作服、防割手套和防护眼镜，长发应盘入工作帽内。
第三条　开机前检查冲床双手按钮、防护光栅和急停开关，确认完好后扫码填写设备点检记录。
第四条　送料时严禁将手伸入模具区域，铁皮须用专用夹钳送入。
第五条　冲好的饼干盒半成品应整齐码放，每垛不超过1.2米，废边料及时清入料箱。
第六条　设备发生异常时，应立即按下急停开关，挂“禁止合闸”牌后报告班长，不得自行拆修。
第七条　交班时打印当班产量和故障记录，交接双方签字确认。
第八条　本规程由设备动力科负责解释，自发布之日起执行。
""",
    ),
    dict(
        slug="download-wendangba-instruction-candy-twist-wrap-pdf",
        site="文档下载吧 (invented download station)",
        style="资料下载站",
        genre="作业指导书",
        kind="other",
        form="text",
        source="https://www.wendangxiazaiba.com/pdf/zhiliang/20240915/5527.html",
        title="甜旭糖果厂糖果扭结包装工序作业指导书",
        record_title="甜旭糖果厂糖果扭结包装工序作业指导书.pdf",
        date=None,
        notes="download-station text: file-name record title, file-info lines, download links, an unzip password and an "
        "error-report link; a numbered work instruction with sub-steps; no date",
        page="""
!m 文档下载吧　wendangxiazaiba.com
!m 位置：首页 > 质量管理 > 作业指导书
!t 甜旭糖果厂糖果扭结包装工序作业指导书.pdf
!m 文件大小：412KB　｜　页数：3　｜　收录时间：2024-09-15　｜　热度：1862
!m 简介：
{BODY}
!a 下载通道一（推荐）　下载通道二　下载通道三
!a 如需密码请输入：wdxzb2024
!a 文件打不开？点此反馈
!l 猜你还想下：包装车间岗位职责　食品接触材料进货查验制度
!d 所有资料来源于网络，本站只提供下载链接，如侵犯了您的权益请告知删除
""",
        body="""
1.目的：规范扭结包装工序操作，保证糖纸包裹严密、两端扭结对称。
2.适用范围：本厂硬糖、奶糖扭结包装机及其操作人员。
3.操作步骤：
（1）开机前核对糖纸批号，与生产指令单一致后方可上机；
（2）调整扭结手转角为540度，试包20粒，检查糖纸有无破损、露糖；
（3）正常生产中每30分钟抽查10粒，记录在包装质量巡检表上；
（4）更换糖纸卷时，应将剩余糖纸退回仓库，不得随意堆放。
4.注意事项：糖纸属于食品接触材料，拆封后4小时内用完，操作人员必须戴口罩和一次性手套。
""",
    ),
    dict(
        slug="exam-jiongcheng-notice-written-test-heatpads",
        site="炯城市人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://www.jcrsks.gov.cn/ksgg/202503/t20250320_3308.html",
        title="关于2025年上半年事业单位公开招聘笔试有关事项的公告",
        record_title="〔应考提示〕关于2025年上半年事业单位公开招聘笔试有关事项的公告_炯城市人事考试网",
        date="2025-03-20",
        notes="personnel-exam site: a maintenance banner, an admission-ticket float; the notice's own 咨询电话 beside the "
        "site's technical line; sentences telling candidates to 下载 and 打印 the 准考证 (content); 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〔应考提示〕关于2025年上半年事业单位公开招聘笔试有关事项的公告_炯城市人事考试网</title>
<script src="/js/zkz-float.js"></script>
</head>
<body>
<div class="notice-bar">⟦d 系统将于3月23日22:00至次日6:00停机升级，其间暂停报名和缴费⟧</div>
<div class="hd">⟦m 炯城市人事考试网⟧ <span>⟦m 炯城市人事考试中心主办⟧</span></div>
<div class="menu">⟦m 首页⟧ ⟦m 考试公告⟧ ⟦m 报名入口⟧ ⟦m 成绩查询⟧ ⟦m 政策法规⟧</div>
<div class="bread">⟦m 首页 ＞ 考试公告 ＞ 事业单位招聘⟧</div>
<div class="art">
<h3>{T}</h3>
<div class="meta">⟦m 发布日期：2025-03-20　信息来源：考试中心　阅读：30517⟧</div>
<div class="txt">
{BODY}
</div>
</div>
<div class="float-zkz">⟦a 准考证打印入口 ≫⟧</div>
<div class="ft">⟦m 网上报名技术支持：0871-66302990（仅解答系统操作问题）⟧<br>⟦m 琼ICP备13000921号　琼公网安备46010802000377号⟧</div>
</body>
</html>
""",
        body="""
各位报考人员：
炯城市2025年上半年事业单位公开招聘笔试定于3月29日举行，现将有关事项公告如下：
一、准考证打印。报考人员请于3月24日9:00至3月28日17:00登录本网站下载并打印准考证。
二、防寒保暖。考试当日气温较低，部分考点教室无空调，请考生注意添衣。考生可携带暖宝宝，但须在入场安检时拆去外包装，贴于外衣内侧，暖宝宝上不得有任何文字。
三、入场要求。考生须凭准考证和有效身份证件入场，开考30分钟后不得入场。
考务咨询电话：0871-66302517（工作日8:30-17:30）
炯城市人力资源和社会保障局
2025年3月20日
""",
    ),
    dict(
        slug="exam-yuxi-notice-toy-inspector-skill-test",
        site="昱溪县人事考试信息网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://rsks.yuxixian.gov.cn/jnjd/2025/0507/1129.html",
        title="关于开展玩具质检员职业技能等级认定考核的通知",
        record_title="关于开展玩具质检员职业技能等级认定考核的通知（附考核安排表）_昱溪县人事考试信息网",
        date="2025-05-06",
        notes="exam-site text: a timetable one row a paragraph, a practical test on tin frogs, a 下载打印准考证 sentence; the "
        "station's own 咨询电话 beside the site's technical line; 成文日期 under the signature",
        page="""
!m 昱溪县人事考试信息网
!m 首页 | 考试动态 | 技能鉴定 | 成绩查询 | 证书查询
!m 当前位置：首页 >> 技能鉴定
{T}
!m 发布者：县职业技能鉴定所　发布时间：2025-05-07 10:12　访问量：945
{BODY}
!a 【准考证打印】【成绩查询】【证书验真】
!m 本网站技术支持电话：0879-5250099（只受理网站使用问题）
!m 昱溪县人力资源和社会保障局主办
""",
        date_also=["2025-05-07"],
        body="""
各有关企业、各报考人员：
根据年度职业技能等级认定工作安排，县职业技能鉴定所将于5月下旬开展玩具质检员（四级、三级）职业技能等级认定考核。现将有关事项通知如下：
一、考核安排
科目　时间　地点
理论知识　5月24日9:00-10:30　县职教中心三号楼
操作技能　5月24日14:00-16:00　县职教中心实训楼
二、操作技能考核以铁皮青蛙为样品，考生须完成锐利边缘检测、发条扭力测试和标识核对三项内容，检测工具由考点提供。
三、考生请于5月20日后登录本网下载打印准考证。
咨询电话：0879-5250318
昱溪县职业技能鉴定所
2025年5月6日
""",
    ),
    dict(
        slug="tender-gaoyang-consultation-go-equipment-lots",
        site="杲阳县公共资源交易网 (invented)",
        style="招投标网",
        genre="采购公告",
        kind="notice",
        form="html",
        source="http://ggzy.gaoyang.gov.cn/jyxx/zfcg/cggg/20250407/0318.html",
        title="杲阳县青少年活动中心围棋教室棋具采购项目竞争性磋商公告",
        record_title="杲阳县青少年活动中心围棋教室棋具采购项目竞争性磋商公告 - 采购公告 - 杲阳县公共资源交易网",
        record_date="2025-04-07",
        date="2025-04-07",
        notes="tender portal: a countdown, an attachment link, CA and trading-system hotlines beside the purchaser's and "
        "agency's own contacts; a lots table one row a paragraph; a 下载磋商文件 sentence (content); the record gives the date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>杲阳县青少年活动中心围棋教室棋具采购项目竞争性磋商公告 - 采购公告 - 杲阳县公共资源交易网</title>
<script src="/js/countdown.js"></script>
</head>
<body>
<div class="jy-top">⟦m 杲阳县公共资源交易网⟧<span>⟦m 公开 公平 公正 诚信⟧</span><a>⟦a 主体登录⟧</a><a>⟦a 供应商注册⟧</a></div>
<div class="jy-nav">⟦m 首页⟧ ⟦m 交易信息⟧ ⟦m 政府采购⟧ ⟦m 工程建设⟧ ⟦m 服务指南⟧</div>
<div class="jy-loc">⟦m 交易信息 / 政府采购 / 采购公告⟧</div>
<div class="jy-art">
<h2>{T}</h2>
<p class="jy-info">⟦m 信息时间：2025-04-07　浏览：418⟧</p>
<p class="jy-count">⟦a 距响应文件提交截止还剩：13天 20时 41分⟧</p>
<div class="jy-con">
{BODY}
</div>
<p class="jy-file">⟦a 附件：杲阳县青少年活动中心围棋教室棋具采购项目磋商文件.zip⟧</p>
</div>
<div class="jy-help">⟦m CA数字证书办理咨询：0878-6200551⟧　⟦m 电子交易系统技术支持：400-606-7719⟧</div>
<div class="jy-foot">⟦m 杲阳县公共资源交易中心　版权所有⟧　⟦m 滇ICP备19002237号⟧</div>
</body>
</html>
""",
        body="""
项目编号：GYCG-2025-0318
一、项目基本情况
采购人杲阳县青少年活动中心拟采购围棋教室棋具一批，预算金额9.6万元，采购需求如下：
品目　数量　技术要求
围棋盘（双面）　120副　竹制，厚度不小于2厘米
围棋子　120副　云子，直径22毫米
围棋罐　240只　实木或藤编，带盖，外径不小于12厘米
二、获取磋商文件
时间：2025年4月8日至4月14日，请在杲阳县公共资源交易网免费下载磋商文件。
三、响应文件提交截止时间：2025年4月21日9:30。
四、联系方式
采购人：杲阳县青少年活动中心　联系人：韩思齐　电话：0878-6213340
代理机构：杲阳宏达招标代理有限公司　联系人：卫宁　电话：0878-6209518
""",
    ),
    dict(
        slug="tender-donghui-bid-result-biscuit-tin-packaging",
        site="东晖食品电子采购平台 (invented)",
        style="招投标网",
        genre="中标公告",
        kind="notice",
        form="text",
        source="https://caigou.donghui-food.com/notice/result/DH-CG-2025-027",
        title="饼干盒印铁包装采购项目中标结果公告",
        date="2025-06-12",
        notes="a company purchasing platform's text page: the record's title as is; a bid-result table one row a paragraph; "
        "the purchaser's own contact beside the platform's hotline; 成文日期 under the signature",
        page="""
!m 东晖食品电子采购平台
!m 首页 ＞ 采购公告 ＞ 结果公告
{T}
!m 公告类型：中标结果　　浏览次数：267
{BODY}
!m 平台客服热线：400-858-2716　工作时间：周一至周五 8:30-17:30
!a 供应商入驻　｜　我要报价　｜　下载平台操作手册
!d 本平台公告以采购人盖章原件为准
""",
        body="""
东晖食品有限公司2025年度饼干盒印铁包装采购项目（项目编号：DH-CG-2025-027）已完成评审，现将中标结果公告如下：
包号　包件名称　中标供应商　中标金额（万元）
1　方形铁皮饼干盒（908克）　熙湖印铁制罐有限公司　186.4
2　圆形铁皮饼干盒（454克）　烁口金属包装厂　97.2
公告期为3个工作日。供应商对中标结果有异议的，可在公告期内以书面形式向采购人提出。
采购人：东晖食品有限公司　联系人：孔令闻　电话：0871-66459021
东晖食品有限公司招标采购中心
2025年6月12日
""",
    ),
    dict(
        slug="lawfirm-hongzhi-case-candy-wrapper-imitation",
        site="弘直律师事务所 (invented)",
        style="律所网站",
        genre="案例评析",
        kind="other",
        form="html",
        source="https://www.hongzhi-law.com/anli/zhichan/1092.html",
        title="把糖纸做得和别人一模一样，构成不正当竞争吗？",
        record_title="知产课堂｜把糖纸做得和别人一模一样，构成不正当竞争吗？（附判决要点）- 弘直律所",
        date=None,
        notes="law-firm page: a lawyer card, a consult float, a 400 line, a repost notice and a 本文链接 block; a case note "
        "with no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>知产课堂｜把糖纸做得和别人一模一样，构成不正当竞争吗？（附判决要点）- 弘直律所</title>
<script src="/static/consult-float.js"></script>
</head>
<body>
<header>⟦m 弘直律师事务所⟧<span>⟦m 知识产权 · 商事争议 · 企业合规⟧</span><span>⟦m 全国服务热线 400-661-8390⟧</span></header>
<nav>⟦m 首页⟧ ⟦m 律所简介⟧ ⟦m 专业团队⟧ ⟦m 案例研究⟧ ⟦m 联系我们⟧</nav>
<div class="crumb">⟦m 首页 › 案例研究 › 知产课堂⟧</div>
<article>
<h1>{T}</h1>
<p class="meta">⟦m 作者：弘直知产团队　阅读：2,114⟧</p>
<div class="body">
{BODY}
</div>
<div class="link">⟦m 本文链接：https://www.hongzhi-law.com/anli/zhichan/1092.html⟧</div>
<div class="repost">⟦d 本文为弘直律所原创，媒体转载请事先联系授权⟧</div>
</article>
<aside class="lawyer-card"><p>⟦m 承办律师：戚文博⟧</p><p>⟦m 执业领域：商标、反不正当竞争⟧</p><p>⟦a 预约面谈⟧</p></aside>
<div class="consult-float">⟦w 包装侵权免费初评，微信 hongzhi_ip 发图即可⟧</div>
<footer>⟦m 弘直律师事务所　地址：炯城市熙湖区金融街18号宏远大厦21层⟧　⟦m 琼ICP备20005573号⟧</footer>
</body>
</html>
""",
        body="""
基本案情：某糖果厂生产的奶糖多年来一直使用蓝白格子糖纸，糖纸上印有一只戴帽子的小熊，在当地有较高知名度。2023年，另一家食品公司推出的奶糖采用几乎相同的蓝白格子糖纸，小熊图案只是把帽子换成了围巾。糖果厂以不正当竞争为由将其诉至法院。
法院认为：原告的糖纸装潢经长期使用，已具有区别商品来源的显著特征，属于有一定影响的商品装潢。被告使用近似糖纸，足以使消费者误认，构成不正当竞争，判决被告停止使用并赔偿经济损失12万元。
律师提示：企业设计包装时应主动避开同类知名商品的装潢，自己的特色糖纸也要注意保留设计稿和使用证据，必要时申请外观设计专利。
""",
    ),
    dict(
        slug="lawfirm-shounuo-answer-heatpad-burn-liability",
        site="守诺律师事务所 (invented)",
        style="律所网站",
        genre="法律问答",
        kind="other",
        form="text",
        source="https://www.shounuo-lawyer.cn/dayi/xiaofei/2025/0116/774.html",
        title="暖宝宝致低温烫伤，商家要担责吗？",
        record_title="守诺答疑丨暖宝宝致低温烫伤，商家要担责吗？_守诺律师事务所",
        date="2025-01-16",
        notes="law-firm text page: a question and a lawyer's answer; the 发布时间 byline is the page's date; a consult "
        "prompt glued after a 。; the firm's 400 line and footer",
        page="""
!m 守诺律师事务所　守信 · 重诺
!m 首页 / 律师答疑 / 消费维权
!t 守诺答疑丨暖宝宝致低温烫伤，商家要担责吗？
!m 发布时间：2025-01-16　解答律师：严慧敏　点击：1,388
{BODY}
!m 咨询热线：400-022-7186（7×24小时）
!l 相关问答：网购商品质量问题如何退一赔三？　｜　产品责任纠纷诉讼时效是多久？
!d 以上解答基于提问者的陈述，仅供参考，具体案件请委托律师详细分析
""",
        body="""
问：我母亲用某网店买的暖宝宝，贴了一晚上，腰上烫出了水疱，医生诊断为二度低温烫伤。商家说是我们使用不当，这种情况能索赔吗？
答：能否索赔，关键看两点。第一，产品本身是否合格。如果暖宝宝的最高温度、持续时间不符合国家标准，或者没有标注“不得直接接触皮肤”“睡眠时禁止使用”等警示说明，生产者和销售者应承担赔偿责任。⟦w 类似纠纷可在线留言，守诺律师当天回复⟧第二，使用人是否有过错。如果包装上已经清楚提示不得贴着睡觉，而使用人仍然这样做，可以适当减轻商家的责任。
建议您保存好购买记录、产品包装和病历，先与商家协商，协商不成可以向市场监管部门投诉，或者向法院起诉。
""",
    ),
]

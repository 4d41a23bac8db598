"""holdout348, part D: county forums, download stations, exam sites, tender portals, law firms.

Everything here is invented; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="bangkou-county-forum-tongs-for-elders-jammer",
        site="塝口生活网 (invented county forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.bangkou.net/thread-90215-1-1.html",
        title="给村里独居老人送炭，顺手带把长炭夹吧",
        record_title=None,
        date=None,
        notes="county forum: no title in the record (the thread subject), a weather line, medals, jammer-font junk, "
        "a forward-to-office link, a decoration ad with a phone, replies; relative times only",
        page="""
<!DOCTYPE html>
<html><head><meta charset="gbk">
<title>塝口生活网 - 塝口人自己的论坛</title>
<style>.jammer{display:none}</style>
<script src="/static/js/forum.js"></script>
</head><body>
<div class="topbar">⟦m 今日塝口：小雨转阴 2～7℃⟧ <a>⟦a 登录⟧</a> <a>⟦a 注册⟧</a></div>
<div class="hd">⟦m 塝口生活网 · 塝口人自己的论坛⟧</div>
<div class="pt">⟦m 塝口生活网 › 乡里乡亲 › 好人好事⟧</div>
<table class="post"><tr>
<td class="author"><p>⟦m 山茶花开⟧</p><p>⟦m 勋章：热心乡亲 ｜ 注册 3 年⟧</p></td>
<td class="main"><h1 id="thread_subject">{T}</h1>
<p class="time">⟦m 发表于 昨天 19:42 ｜ 查看 2,641 ｜ 回复 48⟧</p>
<div class="t_f">
{BODY}
</div>
<p class="op">⟦a 支持(57)　反对(0)　转交镇综治中心⟧</p></td></tr></table>
<div class="ad">⟦w 塝口老陈装修，水电木瓦一条龙，电话 13907361188⟧</div>
<div class="reply">⟦l 沙发　塝下阿明：点赞！我们组也去凑点钱。⟧</div>
<div class="reply">⟦l 板凳　一碗米粉：镇上哪家五金店？地址发一下。⟧</div>
<div class="ft">⟦m 塝口生活网　Powered by Discuz!⟧ ⟦m 湘ICP备19028811号-1⟧</div>
</body></html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=3),
        body="""
这几天降温，我们几个志愿者跟着村委会给碹坪村、塝下村的独居老人送木炭。送到第三家，看见八十多岁的刘奶奶蹲在炭盆边，用两根竹筷子夹红炭，手抖得厉害，炭块掉在棉鞋边上，吓了我们一跳。
后来一家家看过去，十来户老人里，有炭夹的不到一半。有的用火钳，火钳太短，还有的干脆用手抓没烧着的炭往盆里放。
我们当场凑钱在镇上五金店买了十二把长柄炭夹，四十厘米长，带挂钩，一把十五块钱，挨家送了过去。顺便把炭盆从床边挪到了门口通风的地方。
想跟大家说一声：谁家要是给老人送炭，别忘了顺手带一把长炭夹，再看看炭盆放得安不安全。花钱不多，能少很多担心。
""",
    ),
    dict(
        slug="bingxi-online-forum-stairwell-rollers-text-junk",
        site="昺溪在线 (invented county forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="http://bbs.bingxi.net/forum.php?mod=viewthread&tid=338104",
        title="周六给农技站宿舍刷楼道，缺人手也缺滚筒刷",
        record_title="【楼栋喊话】周六给农技站宿舍刷楼道，缺人手也缺滚筒刷（有空的来）",
        date=None,
        notes="county forum thread as text: anti-scraping junk lines and glued junk, a relative post time, replies "
        "and a moving-company ad",
        page="""
!m 昺溪在线 - 昺溪人的网上家园
!m 昺溪在线 › 城区板块 › 邻里互帮
!t 【楼栋喊话】周六给农技站宿舍刷楼道，缺人手也缺滚筒刷（有空的来）
!m 楼主：农技站老幺　发表于 2 天前　查看 1,405　回复 33
{BODY}
!a 顶帖　收藏　分享给好友
!l 2楼 穿拖鞋的猫：我家有两把滚筒刷，周五晚上给你送过去。
!l 3楼 老城墙根：支持！周六带梯子来。
!w 【广告】昺溪诚信搬家 随叫随到 138-0736-9911
!m 昺溪在线 版权所有　昺溪县网络文化协会指导
""",
        junk=dict(lines=2, glued=3),
        body="""
我们农技站宿舍那栋楼是八几年盖的，楼道墙面黑一块黄一块，还贴满了小广告。上周楼长牵头开了个会，大家同意自己动手刷一遍，涂料钱每户凑五十，已经买好了。
现在的问题是缺人手，也缺工具。我们算了一下，六层楼、两个单元，至少要八把滚筒刷、四根伸缩杆。现在只凑出三把，还有一把是去年刷阳台剩下的，毛都硬了。
所以在这里喊一声：周六早上八点开工，有空的邻居来搭把手。谁家有闲置的滚筒刷、伸缩杆、梯子，也可以先借我们用，用完洗干净还回去。
中午楼长管饭，大锅菜，管够。
""",
    ),
    dict(
        slug="wancai-download-rules-putty-knives-gb2312",
        site="万材下载站 (invented, old gb2312 layout)",
        style="资料下载站",
        genre="规定/制度",
        kind="other",
        form="html",
        source="http://www.wancaixz.com/soft/zhidu/31907.html",
        title="装饰公司腻子刀等手动工具管理制度",
        record_title="装饰公司腻子刀等手动工具管理制度（附领用登记表）[DOC] - 万材下载站",
        date=None,
        notes="download station: gb2312 table page with a file-info table, three mirror links, an unzip password, "
        "a dead-link report and a floating ghost-writer ad; 第N条 articles; the rule takes effect on issue (no date)",
        page="""
<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>装饰公司腻子刀等手动工具管理制度（附领用登记表）[DOC] - 万材下载站</title>
<link rel="stylesheet" href="/images/wc.css" type="text/css">
<script language="javascript" src="/js/float_ad.js"></script>
</head>
<body>
<table width="980" align="center" cellpadding="0" cellspacing="0">
<tr><td>⟦m 万材下载站⟧</td><td>⟦m 材料、表格、制度，一站下齐⟧</td></tr>
<tr><td colspan="2">⟦m <a href="/">首页</a> | <a href="/zhidu/">规章制度</a> | <a href="/hetong/">合同协议</a> | <a href="/biaoge/">常用表格</a>⟧</td></tr>
<tr><td colspan="2">⟦m 当前位置：万材下载站 → 规章制度 → 工程施工⟧</td></tr>
</table>
<table width="980" align="center" border="1" cellpadding="3" class="info">
<tr><td colspan="2"><h1>{T}</h1></td></tr>
<tr><td>⟦m 资料大小：23KB⟧</td><td>⟦m 资料格式：DOC⟧</td></tr>
<tr><td>⟦m 更新时间：3 天前⟧</td><td>⟦m 下载次数：1,209⟧</td></tr>
<tr><td>⟦m 资料评级：★★★★☆⟧</td><td>⟦m 解压密码：wancai.com⟧</td></tr>
</table>
<table width="980" align="center" class="jianjie"><tr><td>
<b>⟦m 资料简介：⟧</b>
{BODY}
</td></tr></table>
<table width="980" align="center" class="down"><tr>
<td>⟦a 电信线路下载⟧</td><td>⟦a 联通线路下载⟧</td><td>⟦a 备用线路下载⟧</td><td>⟦a 链接打不开？点此报错⟧</td></tr></table>
<div id="float_ad" style="position:absolute;left:4px;top:300px">⟦w 规章制度、管理手册代写，QQ：3509917624⟧</div>
<table width="980" align="center" class="foot"><tr><td>⟦d 本站资料来源于网友分享，仅供学习交流，请于下载后24小时内删除。⟧<br>⟦m 万材下载站 wancaixz.com　冀ICP备12008356号⟧</td></tr></table>
</body></html>
""",
        p_html="{}<br>",
        body="""
第一条　为加强施工现场手动工具管理，减少丢失损坏，防止工具伤人，结合公司实际，制定本制度。
第二条　本制度所称手动工具，包括腻子刀、铲刀、抹子、阴阳角器、刮板、美工刀等。
第三条　手动工具由仓库统一采购、编号入账。班组领用时填写《手动工具领用登记表》，由班组长签字确认。
第四条　腻子刀、铲刀等刃口工具在使用前应检查刃口和手柄，刃口卷边、手柄松动的不得使用。
第五条　工具使用完毕应及时清除腻子、砂浆等残留物，刃口朝下放入工具箱，不得插在材料桶内或放置在楼梯、通道等公共部位。
第六条　工具正常损耗的，以旧换新；因保管不善丢失的，由领用人按原价赔偿。
第七条　本制度由公司工程部负责解释，自印发之日起施行。
""",
    ),
    dict(
        slug="wenbencang-contract-template-pizza-cutters-wps",
        site="文本仓下载站 (invented)",
        style="资料下载站",
        genre="合同范本",
        kind="other",
        form="text",
        source="https://www.wenbencang.cn/ht/caigou/20871.html",
        title="披萨刀采购合同（范本）",
        record_title="披萨刀采购合同（范本）.wps",
        date=None,
        notes="file-name record title; a contract template with ×× placeholders, ＿＿ blanks and "
        "＿＿＿＿年＿＿月＿＿日; 第N条 articles; an update stamp with a relative time",
        page="""
!m 文本仓下载站 — 合同文书随手下
!m 当前：首页 > 合同范本 > 采购合同
!t 披萨刀采购合同（范本）.wps
!m 文件大小：18KB ｜ 格式：WPS ｜ 授权：免费 ｜ 更新：2 周前
!a 高速下载　普通下载　复制下载链接
{BODY}
!a 页面只展示前两页，完整文档请下载后查看
!l 同类下载：厨房设备采购合同 ｜ 餐具采购合同（简易版） ｜ 食材配送合同
!d 合同范本仅供参考，签订前请结合实际并咨询专业人士。
!m 文本仓 wenbencang.cn
""",
        body="""
甲方（采购方）：××餐饮管理有限公司
乙方（供货方）：××厨具有限公司
根据《中华人民共和国民法典》及有关规定，甲乙双方经协商一致，就甲方向乙方采购披萨刀事宜，订立本合同。
第一条　产品名称、规格及数量：不锈钢滚轮披萨刀，刀轮直径＿＿厘米，数量＿＿把，单价＿＿元，合计金额＿＿元（大写：＿＿＿＿）。
第二条　质量要求：刀轮应转动灵活、无晃动，刃口无缺口、无毛刺，手柄与刀头之间须有护手挡板；产品须附合格证和食品接触材料检测报告。
第三条　交货时间及地点：乙方应于＿＿＿＿年＿＿月＿＿日前将货物送至甲方指定地点××。
⟦t 披萨刀采购合同（范本）⟧
第四条　验收：甲方收货后＿＿日内验收，验收不合格的，乙方应在＿＿日内无偿更换。
第五条　违约责任：乙方逾期交货的，每逾期一日按合同金额的＿＿%支付违约金。
第六条　本合同一式两份，甲乙双方各执一份，自双方签字盖章之日起生效。
甲方（盖章）：＿＿＿＿　乙方（盖章）：＿＿＿＿
签订日期：＿＿＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="yizhou-exam-plasterer-practical-timetable",
        site="昳州人事考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.yzrsks.cn/zyjn/2025/1021/4406.html",
        title="关于2025年第四期抹灰工职业技能等级认定实操考核的通知",
        record_title="【技能认定·抹灰工】关于2025年第四期抹灰工职业技能等级认定实操考核的通知_昳州人事考试网",
        date="2025-10-20",
        date_also=["2025-10-21"],
        notes="exam site: a maintenance banner, an admission-ticket float, a timetable one row a paragraph, a "
        "sentence telling candidates to download and print the ticket, the notice's 咨询电话 beside the system's "
        "technical line; candidates bring their own putty knives",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>【技能认定·抹灰工】关于2025年第四期抹灰工职业技能等级认定实操考核的通知_昳州人事考试网</title>
<link rel="stylesheet" href="/css/ks.css">
<script src="/js/ks-float.js"></script>
</head><body>
<div class="notice-bar">⟦m 【系统公告】本网报名系统每周日凌晨2:00至5:00停机维护，请错峰操作⟧</div>
<div class="ks-head">⟦m 昳州人事考试网⟧<span>⟦m 昳州市人事考试院　昳州市职业技能鉴定指导中心⟧</span></div>
<div class="ks-nav">⟦m 首页 ｜ 考试动态 ｜ 职业技能 ｜ 成绩查询 ｜ 证书办理⟧</div>
<div class="ks-pos">⟦m 您的位置：首页 » 职业技能 » 考务通知⟧</div>
<div class="ks-art"><h1>{T}</h1>
<p class="ks-info">⟦m 发布日期：2025-10-21　浏览次数：3,077⟧</p>
<div class="ks-con">
{BODY}
</div></div>
<div class="ks-float">⟦a 准考证下载入口⟧<br>⟦a 成绩与证书查询⟧</div>
<div class="ks-foot">⟦m 报名系统技术支持：0795-8830299⟧<br>⟦d 本网发布的考试信息如与纸质文件不一致，以纸质文件为准。⟧<br>⟦m 赣ICP备11003982号⟧</div>
</body></html>
""",
        body="""
各位考生：
2025年第四期抹灰工（四级、五级）职业技能等级认定实操考核定于11月8日至9日举行，现将有关事项通知如下。
一、考核时间及地点
等级　考核日期　时间　地点
五级（初级工）　11月8日　8:30-11:00　昳州城建职业学院实训中心
四级（中级工）　11月9日　8:30-11:30　昳州城建职业学院实训中心
二、准考证打印
请考生于11月3日至7日登录本网站下载并打印准考证，凭准考证和身份证原件参加考核。
三、自带工具
考生须自带腻子刀（大、小各一把）、阴阳角抹子、托灰板和劳保手套；腻子、墙板和靠尺由考点统一提供。
四、注意事项
考生须提前三十分钟到达考点，迟到十五分钟以上不得入场。考核中不得互借工具。
咨询电话：0795-8830217（工作日上午9:00-12:00）。
昳州市职业技能鉴定指导中心
2025年10月20日
""",
    ),
    dict(
        slug="yuyang-exam-carpentry-skill-test-skirting",
        site="矞阳县人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://rsks.yuyang.gov.cn/sydw/2025/0704/1190.html",
        title="2025年矞阳县公共实训基地实训指导教师（装饰木工方向）技能测试公告",
        record_title="〔技测须知〕2025年矞阳县公共实训基地实训指导教师（装饰木工方向）技能测试公告 - 事业单位招聘 - 矞阳县人事考试网",
        date="2025-07-04",
        notes="exam site as text: the practical test is installing a skirting board around a corner; the posting "
        "date equals the 成文日期; a technical line in the footer",
        page="""
!m 矞阳县人事考试网
!m 首页 > 考试公告 > 事业单位招聘
{T}
!m 发布时间：2025-07-04　来源：县人社局　浏览：2,166
!a 〖加入收藏〗　〖打印〗　〖关闭〗
{BODY}
!l 上一篇：2025年矞阳县公共实训基地工作人员资格复审结果公示
!l 下一篇：2025年矞阳县“三支一扶”计划体检通知
!d 本网发布的考试信息以县人社局公告原件为准。
!m 考务系统技术咨询：0736-5190031
""",
        indent="\u3000\u3000",
        body="""
根据《矞阳县2025年公开招聘公共实训基地工作人员公告》，现将装饰木工方向实训指导教师岗位技能测试有关事项公告如下：
一、测试对象：资格复审合格的9名考生，名单见本网站此前公布的资格复审结果。
二、测试时间：2025年7月12日上午8:00报到，8:30开始测试。
三、测试地点：矞阳县公共实训基地二号车间。
四、测试内容：考生在120分钟内完成一段阴阳转角墙体的实木踢脚线安装，包括测量、45度角切割、拼接、固定和收口，考官从尺寸精度、接缝严密度、安装牢固度和安全文明操作四个方面评分，满分100分。
五、工具材料：踢脚线、钉枪、斜切锯等由考点提供，考生可自带卷尺和木工铅笔。
六、其他：测试成绩将于测试结束后三个工作日内在本网站公布。
矞阳县人力资源和社会保障局
2025年7月4日
""",
    ),
    dict(
        slug="yuyang-trading-inquiry-rollers-items-table",
        site="矞阳县公共资源交易网 (invented tender portal)",
        style="招投标网",
        genre="询价公告",
        kind="notice",
        form="html",
        source="https://ggzy.yuyang.gov.cn/zfcg/xjgg/20250818/6612.html",
        title="矞阳县第一中学校园墙面翻新耗材采购询价公告",
        record_title="【询价·校园维修】矞阳县第一中学校园墙面翻新耗材采购询价公告 - 政府采购 - 矞阳县公共资源交易网",
        record_date="2025-08-18",
        date="2025-08-18",
        notes="tender portal: a countdown, an attachment link, CA and trading-system lines beside the purchaser's "
        "and agency's contacts; an items table one row a paragraph; a sentence telling suppliers to download the file",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>【询价·校园维修】矞阳县第一中学校园墙面翻新耗材采购询价公告 - 政府采购 - 矞阳县公共资源交易网</title>
<link rel="stylesheet" href="/static/jy/css/detail.css">
<script src="/static/jy/js/countdown.js"></script>
</head><body>
<div class="jy-top">⟦m 矞阳县公共资源交易网⟧ ⟦a 主体登录⟧ ⟦a 主体注册⟧</div>
<div class="jy-nav">⟦m 首页　交易信息　政府采购　工程建设　土地矿产　服务指南⟧</div>
<div class="jy-pos">⟦m 当前位置：交易信息 ＞ 政府采购 ＞ 询价公告⟧</div>
<div class="jy-art"><h2>{T}</h2>
<p class="jy-meta">⟦m 发布时间：2025-08-18 16:20　信息来源：县政府采购中心⟧</p>
<p class="jy-cd">⟦m 距报价截止还剩：6天16小时⟧</p>
<div class="jy-con">
{BODY}
</div>
<p class="jy-fj">⟦a 相关附件：询价文件（YYCG-2025-0817）.zip⟧</p></div>
<div class="jy-foot">
<p>⟦m 数字证书（CA）办理咨询：400-0736-118⟧</p>
<p>⟦m 交易系统技术支持：0736-5170100⟧</p>
<p>⟦m 主办：矞阳县公共资源交易中心⟧</p>
</div>
</body></html>
""",
        body="""
项目编号：YYCG-2025-0817
一、采购内容
序号　名称　规格　数量
1　滚筒刷　9英寸中毛，含刷柄　300把
2　滚筒刷　4英寸短毛　120把
3　伸缩杆　1.2-2.4米，标准螺纹　80根
4　内墙乳胶漆　20千克/桶，白色　150桶
二、供应商资格要求：具有独立承担民事责任的能力，近三年内在经营活动中没有重大违法记录。
三、获取询价文件：有意向的供应商请于2025年8月18日至8月22日登录矞阳县公共资源交易网下载询价文件。
四、报价截止时间：2025年8月25日9:30，逾期送达的报价文件不予接收。
五、联系方式
采购人：矞阳县第一中学，联系人：骆明远，电话：0736-5123307
代理机构：矞阳县振业招标咨询有限公司，联系人：甘思颖，电话：0736-5177420
""",
    ),
    dict(
        slug="yizhou-construction-bid-result-skirting-lots",
        site="昳州市建设工程交易网 (invented)",
        style="招投标网",
        genre="中标结果公告",
        kind="notice",
        form="text",
        source="http://www.yzjsgc.cn/jggs/2025/0606/20413.html",
        title="昳州市镫岭区老旧小区楼道踢脚线更换工程中标结果公告",
        record_title="【定标公告】昳州市镫岭区老旧小区楼道踢脚线更换工程中标结果公告（一、二标段）",
        date="2025-06-06",
        notes="bid result: two lots one row a paragraph, the tenderer's and agent's contacts beside the platform's "
        "400 line; 成文日期 under the signature",
        page="""
!m 昳州市建设工程交易网
!m 首页 » 交易公告 » 中标结果
!t 【定标公告】昳州市镫岭区老旧小区楼道踢脚线更换工程中标结果公告（一、二标段）
!m 发布时间：2025-06-06　浏览：517
!a 【我要提问】　【收藏本条】
{BODY}
!l 相关公告：镫岭区老旧小区楼道踢脚线更换工程招标公告
!l 相关公告：镫岭区老旧小区楼道踢脚线更换工程中标候选人公示
!m 平台运维热线：400-0795-626
!d 公告内容由招标人负责，交易平台不对其真实性承担责任。
""",
        body="""
一、项目编号：DLQ-GC-2025-041
二、项目名称：镫岭区老旧小区楼道踢脚线更换工程
三、中标信息
标段　中标单位　中标金额（元）　工期
一标段（东关街道）　昳州市筑安装饰工程有限公司　386200.00　45日历天
二标段（西坊街道）　昳州市恒檀建设有限公司　341750.00　45日历天
四、主要标的：楼道瓷砖踢脚线拆除及更换约9600延米，阳角护角安装约1200处。
五、公告期限：自本公告发布之日起1个工作日。
六、凡对本次公告内容提出询问，请按以下方式联系：
招标人：镫岭区住房和城市更新局，联系人：潘云起，电话：0795-8526117
招标代理：昳州正弘项目管理有限公司，联系人：许暮晴，电话：0795-8590362
镫岭区住房和城市更新局
2025年6月6日
""",
    ),
    dict(
        slug="hengrui-law-case-pizza-cutter-injury",
        site="衡锐律师事务所 (invented)",
        style="律所网站",
        genre="案例解析",
        kind="other",
        form="html",
        source="https://www.hengrui-law.cn/pufa/2025/913.html",
        title="网购披萨刀刀轮脱落致伤，商家能以“已签收”免责吗？",
        record_title="法槌说案｜网购披萨刀刀轮脱落致伤，商家能以“已签收”免责吗？—衡锐律所",
        date=None,
        notes="law firm: a lawyer card, a consult float, a 400 line, a 本文链接 block and a repost notice; a case "
        "note with no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>法槌说案｜网购披萨刀刀轮脱落致伤，商家能以“已签收”免责吗？—衡锐律所</title>
<link rel="stylesheet" href="/assets/law.css">
<script src="/assets/chat-float.js"></script>
</head><body>
<div class="law-head">⟦m 衡锐律师事务所⟧<span>⟦m 衡平守正　锐意为民⟧</span> <span class="hot">⟦m 全国咨询热线：400-886-1735⟧</span></div>
<div class="law-nav">⟦m 首页 / 律所介绍 / 专业领域 / 律师团队 / 以案说法 / 联系我们⟧</div>
<div class="law-pos">⟦m 首页 &gt; 以案说法 &gt; 消费维权⟧</div>
<div class="law-main"><h1>{T}</h1>
<p class="law-meta">⟦m 作者：萧牧之律师　来源：衡锐普法　阅读 633⟧</p>
<div class="law-txt">
{BODY}
</div>
<p class="law-link">⟦m 本文链接：https://www.hengrui-law.cn/pufa/2025/913.html⟧</p>
<p class="law-note">⟦d 本文系衡锐律所原创普法内容，不构成对具体案件的法律意见，转载请注明出处。⟧</p></div>
<div class="law-side"><div class="card">⟦m 萧牧之　专职律师　擅长：消费者权益、侵权责任⟧</div>
<h4>⟦l 热门案例⟧</h4><ul><li>⟦l 健身房跑路，预付卡钱怎么要回？⟧</li><li>⟦l 快递丢件只赔三倍运费合理吗？⟧</li></ul></div>
<div class="chat-float">⟦w 在线咨询律师⟧</div>
<div class="law-foot">⟦m 地址：矞阳县滨河路8号金桂大厦12楼⟧　⟦m 湘ICP备20015571号⟧</div>
</body></html>
""",
        body="""
【案情】市民庞女士在某网店购买了一把滚轮披萨刀，第二次使用时刀轮突然从刀架上脱落，划伤了她的右手食指，缝了四针。庞女士要求店家赔偿医药费和误工费，店家以“产品已签收、使用不当”为由拒绝。
⟦d 以下分析仅为作者个人观点，具体个案请咨询执业律师⟧
【分析】根据《中华人民共和国民法典》和《中华人民共和国产品质量法》的规定，因产品存在缺陷造成他人损害的，被侵权人可以向产品的生产者请求赔偿，也可以向产品的销售者请求赔偿。本案中，刀轮在正常使用中脱落，可以初步认定产品存在缺陷，网店作为销售者不能以“已签收”为由免责。
【建议】消费者遇到类似情况，应保留购物订单、聊天记录、受伤照片、病历和医疗费票据，先与商家协商，也可以向平台投诉或拨打12315；协商不成的，可以向人民法院起诉。
""",
    ),
    dict(
        slug="zhengcheng-law-risk-letter-bbq-charcoal-tongs",
        site="正澄律师事务所 (invented)",
        style="律所网站",
        genre="函",
        kind="notice",
        form="text",
        source="https://www.zhengchenglaw.com/wenshu/2024/1203-18.html",
        title="致烧烤餐饮商户的用炭安全法律风险提示函",
        record_title="〔经营者须知〕致烧烤餐饮商户的用炭安全法律风险提示函 - 正澄律所文书",
        date="2024-12-02",
        notes="a law firm's letter: the letter's own contact lawyer and phone beside the firm's 400 consult line; "
        "成文日期 under the signature",
        page="""
!m 正澄律师事务所　以正为本　以澄为镜
!m 首页 ｜ 律所文书 ｜ 风险提示
{T}
!m 发布：律所文书部　阅读：290
{BODY}
!w 免费法律咨询热线：400-615-2290（7×24小时）
!l 上一篇：餐饮商户预付卡经营的五个法律要点
!l 下一篇：外卖骑手在店内受伤，谁来担责？
!d 未经本所书面许可，不得转载本页内容。
!m 正澄律所　浙ICP备19031177号
""",
        body="""
各烧烤、火锅餐饮商户：
近年来，因炭火使用不当引发的顾客烫伤、一氧化碳中毒纠纷时有发生。本所受祎川县餐饮行业协会委托，就用炭经营中的法律风险提示如下：
一、经营者负有安全保障义务。依照《中华人民共和国民法典》第一千一百九十八条，餐饮经营者未尽到安全保障义务，造成顾客损害的，应当承担侵权责任。
二、器具配备不到位易被认定为过错。添炭、翻炭应由店员使用长柄炭夹操作，不宜让顾客自行用筷子、短夹拨弄炭火；炭夹应放置在专用支架上，防止顾客误拿被烫伤。
三、通风和报警设施是重要证据。包间使用炭火的，应保持排风设施正常运行并安装一氧化碳报警器，日常检查要留存记录。
如需进一步了解，请联系本所律师。
联系人：梁知远律师，电话：0579-6870412。
正澄律师事务所
2024年12月2日
""",
    ),
]

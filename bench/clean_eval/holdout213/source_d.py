"""holdout213, part D: 地方论坛, 资料下载站, 人事考试网, 招投标网, 律所网站 (each once as HTML, once as text).

Written by hand for this part; every place, person, firm, site, URL and phone is invented.
"""

CASES = [
    dict(
        slug="localforum-duanxi-mahjong-noise-thread-subject",
        site="塅溪在线论坛 (invented, county forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.duanxizaixian.com/thread-733105-1-1.html",
        title="楼下棋牌室的麻将机每天响到凌晨两点，到底该找谁管？",
        record_title=None,
        date=None,
        notes="county forum: no title in the record (the thread subject); weather line, medals, a transferred-to-office "
        "official-reply link, a decoration ad with a QQ; jammer-font junk; 5 天前 is no date",
        page="""
<html><head><meta charset="gbk">
<title>塅溪在线 - 民生诉求</title>
<style>.jammer{display:none}</style>
</head><body>
<div id="toptb">⟦m 塅溪在线论坛⟧　⟦m 今天 塅溪 多云 19~27℃⟧　⟦a <a>登录</a> | <a>注册塅溪通行证</a>⟧</div>
<div id="pt">⟦m 塅溪在线 › 民生 › 民生诉求⟧</div>
<div class="ad">⟦w 塅溪本地装修找老廖，隔音吊顶特价，QQ：3309817725⟧</div>
<table class="plhin"><tr><td class="pls">⟦m 新华路老住户⟧<p>⟦m 勋章：热心居民　发帖 47⟧</p></td>
<td class="plc"><h1><span id="thread_subject">{T}</span></h1>
<div class="authi">⟦m 新华路老住户 发表于 5 天前 | 只看该作者⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="official">⟦l 【官方回复】本帖已转交城关镇人民政府办理，点击查看回复 ›⟧</div>
<div class="po">⟦a 顶一下 踩一下 收藏 分享⟧</div></td></tr></table>
<div class="reply">⟦l 2楼　城关一枝花：同病相怜，我家楼下是烧烤店⟧</div>
<div class="reply">⟦l 3楼　塅溪老兵：可以打环保的电话，噪声归他们管⟧</div>
<div id="ft">⟦m 塅溪在线 duanxizaixian.com　赣ICP备13008812号　客服热线：0793-5500968⟧</div>
</body></html>
""",
        junk=dict(lines=1, glued=2),
        body="""
我家住塅溪县城关镇新华路老粮站宿舍三楼，楼下一楼门面去年开了个棋牌室，摆了六台自动麻将机。
白天还好，一到晚上十点以后，洗牌的哗啦声、机器升降的嗡嗡声，还有打牌的吆喝声，隔着楼板听得清清楚楚，经常闹到凌晨一两点。家里老人有高血压，整夜整夜睡不着，孩子马上要中考，也没法复习。
我们几户邻居上门找过老板三次，他说自己是合法经营，让我们去告。也打过12345，说是转给了街道，来人看了一次就没下文了。
想问问坛友们，这种情况到底归哪个部门管？有没有人遇到过类似的事，最后是怎么解决的？
""",
    ),
    dict(
        slug="localforum-benling-good-neighbour-candyfloss-stall",
        site="畚岭家园论坛 (invented, county forum, text copy)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="http://www.benlingjiayuan.com/forum.php?mod=viewthread&tid=260417",
        title="广场上卖棉花糖的罗大姐，又把一天的收入捐了",
        record_title="[身边好人] 广场上卖棉花糖的罗大姐，又把一天的收入捐了 - 街坊闲话 - 畚岭家园论坛",
        date=None,
        notes="county forum text: board and site suffixes; a poster's 'edited' aside glued after a sentence; replies "
        "and a forum ad below; 2 天前 is no date",
        page="""
!m 畚岭家园论坛
!m 首页 › 畚岭生活 › 街坊闲话
!t [身边好人] 广场上卖棉花糖的罗大姐，又把一天的收入捐了
!m 楼主：滨河散步的人　2 天前　阅读 4471　回复 63
{BODY}
!a 点赞 219　收藏　举报
!l 沙发　南门口小陈：罗大姐人真的好，我家孩子每次都要买她的
!l 板凳　畚岭老刘：支持！明天带孙子去
!w 畚岭同城广告位招租，微信 benling_ad88
!m 畚岭家园论坛　Powered by Discuz!
""",
        body="""
畚岭人民广场东南角，有个推着小车卖棉花糖的罗大姐，常去广场的应该都见过。
罗大姐五十多岁，丈夫前几年生病走了，靠一台二手棉花糖机供女儿读完了大学。她的棉花糖做得大，颜色也好看，一个只卖五块钱。
让我佩服的是，她每年“六一”都把当天的全部收入捐给县福利院，今年已经是第七年了。⟦m （楼主于 2 天前 修改了帖子）⟧昨天我去买的时候问她，她说：“我女儿上学时也受过别人的帮助，现在能还一点是一点。”
她的小车上还挂着个小牌子：“小朋友请站在黄线外，机器烫手。”这种细心，也让人暖心。
大家路过广场，不妨去照顾一下罗大姐的生意。
""",
    ),
    dict(
        slug="download-baigong-rules-chopping-block-workshop-wps",
        site="百工资料站 (invented, download station, old gb2312 layout)",
        style="资料下载站",
        genre="规程",
        kind="other",
        form="html",
        source="http://www.baigongziliao.com/soft/anquan/2207.html",
        title="菜墩加工车间安全操作规程",
        record_title="菜墩加工车间安全操作规程.wps",
        date=None,
        notes="old table layout: file-info table (its update stamp no date), three download links, an unzip password, a "
        "dead-link report and a floating ad; a rule with 第N条 whose last article speaks of 打印 as content; file name "
        "as record title; no date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>菜墩加工车间安全操作规程.wps - 百工资料站</title>
<script language="javascript" src="/ad/float.js"></script>
</head><body>
<table width="970" align="center"><tr><td>⟦m 百工资料站⟧　⟦m 工厂制度·表格·规程免费下⟧</td></tr>
<tr><td class="menu">⟦m <a href="/">首页</a> | <a href="/zhidu/">管理制度</a> | <a href="/anquan/">安全规程</a> | <a href="/biaoge/">表格模板</a>⟧</td></tr></table>
<table width="970" align="center"><tr><td>⟦m 当前位置：百工资料站 → 安全规程 → 木工机械⟧</td></tr></table>
<table width="970" align="center" border="1" class="info">
<tr><td colspan="2"><h1>{T}</h1></td></tr>
<tr><td>⟦m 资料大小：18 KB⟧</td><td>⟦m 资料格式：WPS文字⟧</td></tr>
<tr><td>⟦m 授权方式：免费下载⟧</td><td>⟦m 更新时间：2024-07-12⟧</td></tr>
<tr><td>⟦m 下载次数：1208⟧</td><td>⟦m 运行环境：WPS/Office⟧</td></tr>
</table>
<table width="970" align="center"><tr><td class="intro">
{BODY}
</td></tr></table>
<table width="970" align="center"><tr><td>
<p>⟦a 下载地址一：电信高速下载⟧</p><p>⟦a 下载地址二：联通高速下载⟧</p><p>⟦a 下载地址三：本地备用下载⟧</p>
<p>⟦d 解压密码：www.baigongziliao.com⟧</p>
<p>⟦a 此资料无法下载？点此报告死链⟧</p>
</td></tr></table>
<div id="floatad">⟦l 安全生产月宣传挂图全套，限时免费领⟧</div>
<table width="970" align="center"><tr><td align="center">⟦d 本站资料均来自网络收集，仅供学习研究，请于下载后24小时内删除⟧<br>⟦m 百工资料站 版权所有　冀ICP备16009371号⟧</td></tr></table>
</body></html>
""",
        body="""
第一条　为防止机械伤害和木屑粉尘事故，保障作业人员安全，结合本车间实际，制定本规程。
第二条　作业人员上岗前须经安全培训考核合格，穿戴防护眼镜、防尘口罩和耳塞，不得戴手套操作圆锯。
第三条　开机前检查锯片、刨刀有无裂纹，防护罩是否完好，确认无误后方可启动。
第四条　截料时原木须用夹具固定，手与锯片距离不得小于20厘米；刨平墩面时应使用推料棒，严禁用手直接推送。
第五条　烘干房温度不得超过65℃，烘干期间每两小时巡查一次并记录。
第六条　木屑应每班清扫，集中存放于指定地点，车间内严禁吸烟和动火。
第七条　本规程打印后张贴于各机台旁，由车间主任负责监督执行。
""",
    ),
    dict(
        slug="download-gongchang-plan-spool-5s-decimal",
        site="工厂管理资料网 (invented, download station, text copy)",
        style="资料下载站",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.gcglzl.com/down/5s/11873.html",
        title="线轴注塑车间5S管理推行方案",
        record_title="线轴注塑车间5S管理推行方案（可直接下载）",
        date="2024-08-05",
        notes="download page text: file facts, download buttons and a password line; decimal headings 1/1.1/2.1 …; a "
        "VIP download prompt on a line of its own between sections; 成文日期 under the signature",
        page="""
!m 工厂管理资料网 — 制度 表格 方案
!m 首页 » 现场管理 » 5S管理
!t 线轴注塑车间5S管理推行方案（可直接下载）
!m 文件类型：.docx　大小：41KB　下载：762次　更新：2024-09-30
{BODY}
!a [本地下载]　[网盘下载]　[VIP极速下载]
!d 解压密码：gcglzl
!l 相关资料：注塑车间安全操作规程 | 5S检查评分表 | 车间定置管理图
!m 工厂管理资料网 版权所有
""",
        body="""
1 目的
1.1 通过推行5S管理，改善线轴注塑车间现场环境，减少模具和线轴混放、错放，提高生产效率。
1.2 力争三个月内车间现场5S检查得分达到85分以上。
2 实施步骤
2.1 整理（8月）：清理车间内闲置模具、废旧线轴和过期原料，不用的一律移出现场。
2.2 整顿（9月）：按线轴规格划定存放区，货架贴标识，做到“一物一位”。
⟦a 》开通VIP，全站方案模板不限次下载《⟧
2.3 清扫（9月起）：每班下班前15分钟清扫注塑机周边，及时回收飞边料。
2.4 清洁、素养（10月起）：制定5S检查表，每周评比一次，结果在车间看板公示。
3 职责分工
3.1 车间主任为第一责任人，各班组长负责本区域推行。
3.2 质量部每月组织一次联合检查。
杵川恒纶纺织有限公司注塑车间
2024年8月5日
""",
    ),
    dict(
        slug="exam-penjiang-skills-notice-cook-practical-timetable",
        site="湓江人事考试网 (invented, personnel-exam site)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.pjrsks.cn/zyjnjd/2025/0701/10326.html",
        title="关于2025年第二批中式烹调师职业技能等级认定实操考核有关事项的通知",
        record_title="〔技能鉴定〕关于2025年第二批中式烹调师职业技能等级认定实操考核有关事项的通知 - 湓江人事考试网",
        date="2025-06-30",
        date_also=["2025-07-01"],
        notes="exam site: maintenance banner, admission-ticket float; an exam timetable (one row a paragraph); sentences "
        "telling candidates to 下载并打印 the ticket are content; the exam's own 考务咨询电话 beside the site's technical "
        "line; 成文日期 vs posting date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>〔技能鉴定〕关于2025年第二批中式烹调师职业技能等级认定实操考核有关事项的通知 - 湓江人事考试网</title>
<script src="/js/zkz-float.js"></script>
</head><body>
<div class="notice-bar">⟦d 系统将于7月5日22:00—24:00停机升级，届时暂停报名和缴费⟧</div>
<div class="head">⟦m 湓江人事考试网⟧ <span>⟦m 湓江市人事考试院主办⟧</span></div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 公务员录用⟧</li><li>⟦m 事业单位⟧</li><li>⟦m 技能评价⟧</li><li>⟦m 成绩查询⟧</li></ul>
<div class="crumb">⟦m 首页 › 职业技能鉴定 › 考务通知⟧</div>
<div class="main"><h2>{T}</h2>
<p class="meta">⟦m 发布日期：2025-07-01　来源：市职业技能鉴定指导中心⟧</p>
<div class="content">
{BODY}
</div></div>
<div class="float-zkz">⟦a 准考证打印入口 ›⟧</div>
<div class="links"><h4>⟦l 考务快讯⟧</h4><ul><li>⟦l 2025年上半年焊工认定成绩查询⟧</li><li>⟦l 育婴员职业技能等级认定报名指南⟧</li></ul></div>
<div class="foot">⟦m 网站技术支持：0793-8127000（仅受理网站使用问题）⟧<br>⟦m 湓江市人事考试院　赣ICP备06014418号-2⟧</div>
</body></html>
""",
        body="""
各位考生：
2025年第二批中式烹调师职业技能等级认定实操考核定于7月12日至13日举行，现将有关事项通知如下：
一、考核安排
等级　日期　时间　地点
五级（初级工）　7月12日　8:30—11:30　湓江技师学院实训楼一楼
四级（中级工）　7月12日　14:00—17:00　湓江技师学院实训楼二楼
三级（高级工）　7月13日　8:30—12:00　湓江技师学院实训楼二楼
二、考生须知
1.请于7月8日起登录本网站下载并打印准考证，凭准考证和身份证入场。
2.考场统一提供菜墩、炉灶和调料，考生须自带刀具和工作服，不得携带半成品原料入场。
3.刀工考核项目的菜墩已编号，考生须在对应工位操作，不得调换。
考务咨询电话：0793-8127405（工作日9:00—17:00）。
湓江市职业技能鉴定指导中心
2025年6月30日
""",
    ),
    dict(
        slug="exam-chuchuan-winder-registration-announcement",
        site="杵川人事考试信息网 (invented, text copy)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.ccrsks.gov.cn/jnjd/2025/0303/412.html",
        title="杵川县2025年络筒工职业技能等级认定报名公告",
        date="2025-03-03",
        notes="title as the record gives it; numbered items; the centre's own 咨询电话 beside the site's technical line; "
        "a sign-up entrance line glued after a sentence; 成文日期 under the signature",
        page="""
!m 杵川人事考试信息网
!m 首页 > 职业技能鉴定 > 报名公告
{T}
!m 发布日期：2025-03-03　阅读：1320
!a 〔打印〕〔分享〕〔字号 大 小〕
{BODY}
!l 附件下载：络筒工报名汇总表.xls
!m 技术服务电话：0793-6630999（仅限系统故障）
!m 杵川县人力资源和社会保障局主办
""",
        body="""
根据省人力资源和社会保障厅职业技能等级认定工作安排，经研究，决定组织开展2025年络筒工职业技能等级认定。现将报名有关事项公告如下：
一、认定等级：络筒工五级（初级工）、四级（中级工）。
二、报名条件：从事络筒、倒筒工作满1年的纺织企业在职职工；四级须取得本职业五级证书后从事本职业满4年。
三、报名时间：2025年3月10日至3月21日。
四、考核内容：理论知识考试和操作技能考核。操作技能考核包括换筒、打结、线轴（筒管）装卸和常见断头处理。
五、报名方式：由企业统一组织报名，填写报名汇总表后报县职业技能鉴定指导中心。⟦a ➤ 网上报名入口⟧
咨询电话：0793-6630218。
杵川县职业技能鉴定指导中心
2025年3月3日
""",
    ),
    dict(
        slug="tender-penjiang-result-canteen-hotpot-lots",
        site="湓江市公共资源交易网 (invented, tender portal)",
        style="招投标网",
        genre="成交结果公告",
        kind="notice",
        form="html",
        source="https://ggzy.penjiang.gov.cn/jyxx/zfcg/cjgg/20250422/8841.html",
        title="湓江市机关事务服务中心职工食堂火锅设备采购项目成交结果公告",
        record_title="【成交结果】湓江市机关事务服务中心职工食堂火锅设备采购项目成交结果公告_湓江市公共资源交易网",
        record_date="2025-04-22",
        date="2025-04-22",
        notes="tender portal: countdown, CA and trading-system lines; a bid-result table (one row a paragraph); purchaser "
        "and agency contacts beside the platform's lines; the record gives the date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>【成交结果】湓江市机关事务服务中心职工食堂火锅设备采购项目成交结果公告_湓江市公共资源交易网</title>
<script src="/js/countdown.js"></script>
</head><body>
<div class="top">⟦m 湓江市公共资源交易网⟧ <a>⟦a 主体登录⟧</a> <a>⟦a CA证书办理⟧</a></div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 交易信息⟧</li><li>⟦m 政策法规⟧</li><li>⟦m 办事指南⟧</li><li>⟦m 信用信息⟧</li></ul>
<div class="loc">⟦m 交易信息 &gt; 政府采购 &gt; 成交公告⟧</div>
<div class="detail"><h3>{T}</h3>
<p class="date">⟦m 发布时间：2025-04-22 16:20:08　浏览次数：409⟧</p>
<p class="cd">⟦m 公告期剩余：0天 18小时 27分⟧</p>
<div class="ewb-article">
{BODY}
</div></div>
<div class="btn">⟦a 【打印公告】⟧ ⟦a 【收藏此页】⟧</div>
<div class="foot">⟦m CA数字证书服务热线：400-801-6217⟧　⟦m 电子交易系统技术支持：0793-8358999⟧<br>⟦m 湓江市公共资源交易中心　赣ICP备15006128号⟧</div>
</body></html>
""",
        body="""
一、项目编号：PJZC-2025-0416
二、项目名称：湓江市机关事务服务中心职工食堂火锅设备采购项目
三、成交信息
包号　货物名称　成交供应商　成交金额（元）
1　电磁单人小火锅（含锅具）　湓江鼎旺厨具有限公司　86400
2　紫铜火锅及炭炉　斛山县梁记铜器工坊　37800
四、主要标的信息：电磁单人小火锅120套，功率不超过1500W；紫铜火锅20口，内壁镀锡，铅含量符合国家标准。
五、公告期限：自本公告发布之日起1个工作日。
六、联系方式
采购人：湓江市机关事务服务中心，联系人：柯立群，电话：0793-8201634
采购代理机构：湓江正元招标代理有限公司，联系人：喻敏，电话：0793-8356120
""",
    ),
    dict(
        slug="tender-duanxi-inquiry-sewing-spools-items",
        site="塅溪县政府采购网 (invented, text copy)",
        style="招投标网",
        genre="询价公告",
        kind="notice",
        form="text",
        source="http://zfcg.duanxi.gov.cn/xjgg/20240905/2231.html",
        title="塅溪县职业中学服装实训耗材采购询价公告",
        record_title="塅溪县职业中学服装实训耗材采购询价公告 - 塅溪县政府采购网",
        date="2024-09-05",
        notes="inquiry: an items table (one row a paragraph); a sentence asking suppliers to 下载询价文件 is content; the "
        "school's own contact beside the platform's CA line; 成文日期 under the signature",
        page="""
!m 塅溪县政府采购网
!m 首页 / 采购公告 / 询价公告
{T}
!m 发布时间：2024-09-05　项目编号：DXCG-XJ-2024-077
!a 【我要报价】【收藏】【打印】
{BODY}
!a 询价文件下载（需使用CA锁登录）
!m CA锁办理及技术支持热线：0793-5523888
!m 塅溪县财政局主办　技术支持：塅溪县政务数据服务中心
""",
        body="""
塅溪县职业中学服装设计与工艺专业实训耗材采购项目，现进行询价采购，欢迎符合条件的供应商报价。
一、采购内容
品名　规格　数量
涤纶缝纫线（线轴装）　402规格，每轴3000码　600轴
工业锁边线（宝塔线轴）　3/20规格　240轴
金属梭芯　工业平缝机通用　500个
二、报价要求：报价含运费，线轴须为可回收塑料或纸质材料，报价有效期30天。
三、报价截止时间：2024年9月12日17:00。请供应商下载询价文件，填写报价单后密封送达。
四、联系人：邹春华，电话：0793-5526713。
塅溪县职业中学
2024年9月5日
""",
    ),
    dict(
        slug="lawfirm-hengli-case-seized-mahjong-deposit",
        site="衡礼律师事务所 (invented, law-firm site)",
        style="律所网站",
        genre="案例分析",
        kind="other",
        form="html",
        source="https://www.hengli-law.cn/anli/hetong/2025/0302/631.html",
        title="租来的麻将机被查扣，押金还能要回来吗？",
        record_title="判例拆解 ▪ 租来的麻将机被查扣，押金还能要回来吗？｜衡礼律师事务所",
        date="2025-03-02",
        notes="law-firm page: a lawyer card, consult float, 400 line, repost notice and a 本文链接 block; 【案情】【分析】"
        "【提示】 sections; the byline's 发布时间 is the page's date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>判例拆解 ▪ 租来的麻将机被查扣，押金还能要回来吗？｜衡礼律师事务所</title>
<script src="/js/consult.js"></script>
</head><body>
<div class="top">⟦m 衡礼律师事务所⟧ <span>⟦m 以衡持法　以礼待人⟧</span> ⟦m 全国咨询热线：400-690-3187⟧</div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 律所简介⟧</li><li>⟦m 专业领域⟧</li><li>⟦m 判例拆解⟧</li><li>⟦m 联系我们⟧</li></ul>
<div class="crumb">⟦m 首页 - 判例拆解 - 合同纠纷⟧</div>
<div class="article"><h1>{T}</h1>
<p class="meta">⟦m 发布时间：2025-03-02　作者：胥文涛律师　阅读：887⟧</p>
<div class="content">
{BODY}
</div>
<div class="link">⟦m 本文链接：https://www.hengli-law.cn/anli/hetong/2025/0302/631.html⟧</div>
<p>⟦d 本所原创文章，转载请注明出处及作者⟧</p></div>
<div class="lawyer-card">⟦m 胥文涛　专职律师　擅长合同、租赁纠纷⟧ ⟦w 一对一免费咨询：139 7930 2186⟧</div>
<div class="float">⟦a 在线咨询⟧ ⟦a 预约面谈⟧</div>
<div class="foot">⟦m 地址：湓江市觥城区江滨大道66号财富中心21楼⟧<br>⟦m 衡礼律师事务所 版权所有　赣ICP备19004403号⟧</div>
</body></html>
""",
        body="""
【案情】2024年5月，刘某从某器材店租了4台自动麻将机，在自家门面开棋牌室，交押金8000元。同年9月，因棋牌室有人聚众赌博，公安机关依法查处，4台麻将机作为涉案工具被扣押。器材店随即以“设备被扣、无法归还”为由，拒绝退还押金，并要求刘某按原价赔偿。
【分析】租赁合同中，承租人负有妥善保管、按约返还租赁物的义务。麻将机因刘某经营场所的违法行为被扣押，属于承租人原因导致无法返还，器材店有权要求赔偿损失，可以用押金抵扣。但赔偿应以设备的实际价值为限，已使用四个多月的麻将机应扣除折旧，器材店要求按新机原价赔偿缺乏依据。
【提示】出租方在合同中应写明禁止用于赌博等违法活动；承租人更要守法经营，否则不仅设备被扣，还可能承担法律责任。
""",
    ),
    dict(
        slug="lawfirm-mingsu-answer-hotpot-scald-compensation",
        site="明溯律师事务所 (invented, text copy of an online answer)",
        style="律所网站",
        genre="法律咨询",
        kind="other",
        form="text",
        source="http://www.mingsu-lawyer.com/zixun/q/20814.html",
        title="吃火锅被服务员打翻的汤锅烫伤，店家该赔多少？",
        record_title="【在线咨询】吃火锅被服务员打翻的汤锅烫伤，店家该赔多少？ - 明溯律师事务所",
        date=None,
        notes="law firm's answer: a lawyer line with 回复于 4 天前 (no date); numbered points; a consult prompt glued "
        "after a sentence; disclaimer and hotline below",
        page="""
!m 明溯律师事务所 · 在线咨询
!m 首页 > 法律咨询 > 人身损害
!t 【在线咨询】吃火锅被服务员打翻的汤锅烫伤，店家该赔多少？
!m 咨询人：匿名网友　所在地：湓江
!m 解答律师：阮清和（执业十一年）　回复于 4 天前
{BODY}
!a 👍 这个回答有帮助（57）
!d 以上解答仅针对咨询人描述的情况，具体案件请以律师面谈意见为准
!m 明溯律师事务所　咨询专线：0793-8317702
!l 类似咨询：火锅店地滑摔倒能索赔吗？ / 商场儿童乐园受伤谁负责？
""",
        body="""
您好，根据您描述的情况，服务员端锅时失手把汤锅打翻，导致您手臂二级烫伤，火锅店应当承担赔偿责任。
一、责任依据。经营场所的经营者未尽到安全保障义务，造成他人损害的，应当承担侵权责任；服务员在工作中造成他人损害，由用人单位即火锅店承担。
二、赔偿项目。一般包括医疗费、护理费、交通费、误工费、营养费，留下疤痕影响外观的还可以主张精神损害抚慰金。⟦w 不会算赔偿金额？点击免费让律师帮您测算⟧
三、证据准备。请保留就诊病历、发票、当天的消费小票，并尽快请店家提供包间监控录像，必要时可以报警由派出所调取。
四、协商不成的，可以向市场监管部门投诉，或向法院起诉。
""",
    ),
]

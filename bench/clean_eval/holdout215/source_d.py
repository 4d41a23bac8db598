"""Holdout215, part D: 地方论坛, 资料下载站, 人事考试网, 招投标网, 律所网站 (one HTML and one text page each).

Every document, place, person, firm, site, URL and number here is invented; each case was
written by hand. See ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="countyforum-chiyang-fishtank-burst-subject",
        site="螭阳论坛 (invented county forum)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="https://bbs.chiyang.cc/thread-551902-1-1.html",
        title="楼下海鲜馆的大鱼缸半夜爆了，整条巷子都是水",
        record_title=None,
        date=None,
        notes="no title in the record: the thread subject; a county forum with a weather line, medals, jammer fonts inside the post and as a line, a 转交职能部门 link, an official reply, a decoration ad QQ; relative post time (no date)",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>楼下海鲜馆的大鱼缸半夜爆了，整条巷子都是水 - 百姓话题 - 螭阳论坛</title>
<style>.jammer{display:none}</style>
<script src="/static/js/forum.js"></script>
</head>
<body>
<div class="cy-top">⟦m 螭阳论坛⟧ <span>⟦m 螭阳人自己的网上客厅⟧</span> <span class="weather">⟦m 今天 螭阳 多云 24~31℃ 东南风2级⟧</span> <a>⟦a 登录⟧</a> <a>⟦a 注册⟧</a></div>
<div class="cy-ad">⟦w 老吴装修，十年口碑，水电改造找我 QQ 3312970481⟧</div>
<div id="pt">⟦m 螭阳论坛 › 民生 › 百姓话题⟧</div>
<table class="plhin"><tr>
<td class="pls"><p>⟦m 巷口老陶⟧</p><p>⟦m 勋章：热心邻居　论坛元老⟧</p></td>
<td class="plc">
<h1 id="thread_subject">{T}</h1>
<div class="authi">⟦m 发表于 前天 08:15　查看 9027　回复 86⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="po">⟦a 顶一下　收藏　分享到朋友圈⟧　<a>⟦l 【转交职能部门】⟧</a></div>
</td></tr></table>
<div class="official">⟦l 官方回复：已转县城管局核实处理，感谢网友反映⟧</div>
<div class="reply">⟦l 2楼 静水流深：吓人，我家孩子每天从那儿过⟧</div>
<div class="reply">⟦l 3楼 蛟口阿杰：那口缸我见过，玻璃边上早就有裂纹了⟧</div>
<div class="cy-foot">⟦m 螭阳论坛 ( 湘ICP备16022875号 )　违法信息举报：jubao@chiyang.cc⟧</div>
</body>
</html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=2),
        body="""
昨晚十一点多，人民路菜市场对面那家海鲜馆门口的大鱼缸突然爆了，“嘭”的一声，整条巷子的人都被吵醒了。
我下楼一看，碎玻璃撒了一地，水顺着巷子往下流，好几条石斑鱼在地上乱蹦。还好当时店已经打烊，门口没人，不然肯定要伤人。
听店里的伙计说，这口鱼缸是前年找小作坊做的，玻璃没用钢化的，这两天又热，可能是热胀冷缩撑裂了。
想提醒一下县城里开饭店的老板：门口摆大鱼缸的，最好请正规厂家检查一下玻璃和底座，别为了省几个钱出大事。也希望有关部门管一管，人行道上摆这么大的鱼缸到底合不合规？
""",
    ),
    dict(
        slug="countyforum-jiaokou-swatter-groupbuy-oneline",
        site="蛟口生活圈 (invented town forum)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="http://www.jiaokoushq.com/thread-18820-1.html",
        title="村里团购电蚊拍和灭蚊灯，要的邻居跟帖登记",
        record_title="【邻里拼单】村里团购电蚊拍和灭蚊灯，要的邻居跟帖登记（已满50人）- 蛟口生活圈",
        date=None,
        notes="a town forum post whose body is on one line (paragraphs apart only by their indent); relative post time (no date); replies, a login prompt and the moderator's QQ",
        page="""
!m 蛟口生活圈 — 蛟口人的网上家园
!m 首页 › 邻里互助 › 正文
!t 【邻里拼单】村里团购电蚊拍和灭蚊灯，要的邻居跟帖登记（已满50人）
!m 楼主：竹林湾老周　发布于 5 天前　回复 63
{BODY}
!l 2楼 阿芳：3组 周芳 2把
!l 3楼 老李家：灭蚊灯一台，谢谢周叔
!a 回复请先登录，或用手机号快捷注册
!m 蛟口生活圈 | 联系版主：QQ 1770652281
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
各位邻居，最近蚊子实在太多，我问了镇上五金店的老板，电蚊拍凑够五十把可以按批发价拿货。
团购的是带充电座的电蚊拍，三十八元一把，灭蚊灯六十五元一台，都有3C标志，三个月内坏了包换。
需要的邻居直接在本帖回复姓名、村组和数量，周五晚上八点截止，周六上午在村委会门口统一发货，现场付款。
提醒一下，电蚊拍别放在小孩够得着的地方，充电时也别放在床上。
""",
    ),
    dict(
        slug="download-baigong-safe-rules-wps-fileinfo",
        site="百工文档下载站 (invented, old gb2312 layout)",
        style="资料下载站",
        genre="规程",
        kind="other",
        form="html",
        source="http://www.baigongdoc.com/soft/zhidu/14427.html",
        title="保险柜操作与钥匙密码管理规程",
        record_title="保险柜操作与钥匙密码管理规程.wps",
        date=None,
        notes="old download station: a file-info table (its update time is no date), three download links, an unzip password, a dead-link report and a floating ad; rules with 第N条 articles (no date)",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>保险柜操作与钥匙密码管理规程.wps - 百工文档下载站</title>
<script language="javascript" src="/js/down.js"></script>
</head>
<body>
<table width="980" align="center" border="0">
<tr><td>⟦m 百工文档下载站⟧　⟦m 制度表格 一站下齐⟧</td><td align="right">⟦a 设为首页⟧ ⟦a 收藏本站⟧</td></tr>
<tr><td colspan="2" bgcolor="#1f5fa8">⟦m 首页 | 规章制度 | 合同范本 | 表格模板 | 工作计划 | 下载排行⟧</td></tr>
<tr><td colspan="2">⟦m 当前位置：百工文档下载站 → 规章制度 → 行政管理⟧</td></tr>
</table>
<table width="980" align="center" border="1" bordercolor="#cccccc">
<tr><td width="120">⟦m 文档名称：⟧</td><td>⟦t 保险柜操作与钥匙密码管理规程.wps⟧</td></tr>
<tr><td>⟦m 文档体积：⟧</td><td>⟦m 18.6 KB⟧</td></tr>
<tr><td>⟦m 保存格式：⟧</td><td>⟦m WPS文字⟧</td></tr>
<tr><td>⟦m 入库时间：⟧</td><td>⟦m 2024-05-06 21:17⟧</td></tr>
<tr><td>⟦m 下载热度：⟧</td><td>⟦m 本周 37　累计 2904⟧</td></tr>
</table>
<table width="980" align="center" border="0">
<tr><td class="preview-head">⟦m 【文档内容预览】⟧</td></tr>
<tr><td class="preview">
{BODY}
</td></tr>
<tr><td>⟦a 下载地址：电信线路一　联通线路二　本站高速通道⟧</td></tr>
<tr><td>⟦m 解压密码：baigongdoc⟧</td></tr>
<tr><td><a href="/report.asp?id=14427">⟦a 链接打不开？告诉站长⟧</a></td></tr>
</table>
<div id="floatad" style="position:fixed;left:0;top:180px">⟦w 各类制度代写定制，站长QQ 904418372⟧</div>
<table width="980" align="center"><tr><td align="center">⟦d 本站资源均来自网络，仅供学习参考，请于下载后24小时内删除⟧</td></tr>
<tr><td align="center">⟦m Copyright © 2011-2024 baigongdoc.com　冀ICP备11010937号⟧</td></tr></table>
</body>
</html>
""",
        p_html="{}<br>",
        body="""
第一条　本规程适用于公司各部门使用的保险柜，包括财务、档案和印章保险柜。
第二条　保险柜应放置在有防盗门窗和监控的房间，柜体与墙面或地面固定。
第三条　开启保险柜时，应先核对开启登记本，由使用人本人操作，其他人员回避。
第四条　保险柜钥匙和密码实行分人保管，备用钥匙密封后交公司办公室存入专用保险柜，未经批准不得启封。
第五条　每日下班前，使用人应检查柜内物品，锁闭柜门并打乱密码，在登记本上签字。
第六条　保险柜出现故障的，应报办公室联系原厂维修，不得私自请人撬开或改装。
第七条　违反本规程造成损失的，按公司有关规定追究责任。
""",
    ),
    dict(
        slug="download-jiangxin-fishtank-instruction-page-lines",
        site="匠心资料库 (invented download site)",
        style="资料下载站",
        genre="作业指导书",
        kind="other",
        form="text",
        source="https://www.jiangxinzlk.com/down/8831.html",
        title="酒店大堂观赏鱼缸日常维护作业指导书",
        record_title="【零积分】酒店大堂观赏鱼缸日常维护作业指导书（可编辑Word）_匠心资料库",
        date=None,
        notes="a download site's text preview cut by page markers ⟒ 第n页 ⟒ on lines of their own; decimal headings 3.1–4.2; a work instruction (no date); a points prompt and a members' download button",
        page="""
!m 匠心资料库 · 管理文档免费下
!m 资料库 > 酒店管理 > 工程部
!t 【零积分】酒店大堂观赏鱼缸日常维护作业指导书（可编辑Word）
!m 格式：docx　页数：3　下载：412　收录于 2 周前
!a 〖高速下载〗〖网盘下载〗〖收进资料夹〗
{BODY}
!a 预览到此为止，下载后可获取可编辑原文件
!l 同类资料：酒店游泳池水质管理规程 | 工程部设备巡检表
!d 资料由用户投稿，如侵犯您的权益请邮件联系删除
""",
        pages=dict(fmt="⟒ 第{n}页 ⟒", every=110, start=2),
        body="""
1 目的
规范酒店大堂观赏鱼缸的日常维护，保持水质清澈、鱼只健康，防止漏水、漏电等事故。
2 适用范围
适用于工程部对大堂及餐厅区域观赏鱼缸的维护管理。
3 日常维护
3.1 每日早班检查水温、水位、过滤器和照明工作情况，水温保持在24至27摄氏度。
3.2 每周换水一次，每次换水量不超过总水量的五分之一，新水须提前晾晒或加入除氯剂。
3.3 每月清洗过滤棉一次，使用原缸水漂洗，不得用自来水冲洗生化滤材。
4 安全要求
4.1 维护作业前必须先切断加热棒、水泵和灯具电源，湿手不得触碰插座。
4.2 发现缸体玻璃有裂纹或密封胶开裂渗水的，立即放水停用并报告工程部经理。
5 记录
每次维护完成后填写《鱼缸维护记录表》，记录表由工程部存档一年。
""",
    ),
    dict(
        slug="exam-panzhou-notice-hardhat-ticket-timetable",
        site="蟠州市人事考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.pzrsks.cn/ksap/2024/0911/2247.html",
        title="关于2024年第二批建筑施工企业安全生产管理人员考核实操考试有关事项的通知",
        record_title="【考试安排】关于2024年第二批建筑施工企业安全生产管理人员考核实操考试有关事项的通知_蟠州市人事考试网",
        date="2024-09-10",
        date_also=["2024-09-11"],
        notes="personnel-exam site: a maintenance banner, an admission-ticket float, the exam centre's 咨询电话 beside the site's technical line; a timetable one row a paragraph; candidates told to download and print their tickets and bring a hard hat; page date differs",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【考试安排】关于2024年第二批建筑施工企业安全生产管理人员考核实操考试有关事项的通知_蟠州市人事考试网</title>
<script src="/js/notice-float.js"></script>
</head>
<body>
<div class="ks-banner">⟦d 系统将于9月15日22:00至次日6:00停机维护，期间报名入口暂停访问⟧</div>
<div class="ks-head">⟦m 蟠州市人事考试网⟧ <span>⟦m 蟠州市人事考试中心主办⟧</span></div>
<div class="ks-nav">⟦m 首页　考试动态　考试安排　成绩查询　证书领取　政策法规⟧</div>
<div class="ks-pos">⟦m 您的位置：首页 &gt; 考试安排⟧</div>
<div class="ks-art">
<h1>{T}</h1>
<div class="ks-info">⟦m 发布日期：2024-09-11　来源：考务科　阅读量：6630⟧</div>
<div class="ks-body">
{BODY}
</div>
</div>
<div class="ks-float">⟦a 准考证打印入口⟧<br>⟦a 成绩查询入口⟧</div>
<div class="ks-foot">
<p>⟦m 网上报名技术支持：0761-88902000⟧</p>
<p>⟦m 主办：蟠州市人事考试中心　地址：蟠州市鼍湖区育才路7号　蟠ICP备08011206号⟧</p>
</div>
</body>
</html>
""",
        body="""
各有关考生：
2024年第二批建筑施工企业安全生产管理人员考核实操考试定于9月21日至22日举行。现将有关事项通知如下：
一、准考证打印
考生于9月16日至20日登录蟠州市人事考试网下载并打印准考证，凭准考证和有效身份证件参加考试。
二、考试安排
日期　时间　科目
9月21日　8:30—11:30　专职安全生产管理人员实操
9月22日　8:30—11:30　项目负责人实操
三、注意事项
实操考试在模拟施工现场进行，考生须自备符合国家标准的安全帽，进场前由考务人员检查，未佩戴或佩戴不规范的不得进入考场。
考务咨询电话：0761-88902316（工作日9:00—17:00）
蟠州市人事考试中心
2024年9月10日
""",
    ),
    dict(
        slug="exam-yuanxi-notice-safe-paper-custody",
        site="鼋溪人事考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.yxrsks.cn/kwxx/20241009/431.html",
        title="关于做好2024年下半年专业技术人员职业资格考试试卷保管工作的通知",
        record_title="【考务】关于做好2024年下半年专业技术人员职业资格考试试卷保管工作的通知（请各考点负责人必读）- 鼋溪人事考试网",
        date="2024-10-09",
        notes="a county exam site in text: print/back buttons, the exam line and the site's technical line in the footer; rules for exam-paper safes (双人双锁) as a numbered notice; 成文日期 under the signature",
        page="""
!m 鼋溪人事考试网
!m 您的位置：首页 > 考务信息
!t 【考务】关于做好2024年下半年专业技术人员职业资格考试试卷保管工作的通知（请各考点负责人必读）
!m 发布：考试中心　时间：2024-10-09　浏览：611
{BODY}
!a 〔打印这一页〕〔返回上一级〕
!m 考试咨询：0762-4423000　网站技术：0762-4423099
!m 鼋溪县人事考试中心版权所有
""",
        indent="\u3000\u3000",
        body="""
各考点：
2024年下半年专业技术人员职业资格考试即将开考。为确保试卷安全，现就试卷保管工作通知如下：
一、试卷保密室须配备符合要求的保险柜，门窗加装防护栏，视频监控24小时运行，录像保存30日以上。
二、保险柜实行双人双锁管理，钥匙和密码分别由两名工作人员掌握，开启时两人同时在场并在登记簿上签字。
三、试卷运抵后立即入柜，考试当天按场次开柜取卷，不得提前开启，考后答卷当场清点入柜。
四、考点主考是试卷保管第一责任人，发生试卷丢失、泄露的，依法依规严肃追责。
请各考点于10月18日前完成保密室和保险柜自查，并将自查表报县人事考试中心。
鼋溪县人事考试中心
2024年10月9日
""",
    ),
    dict(
        slug="tender-chiyang-globe-bid-result-lots",
        site="螭阳县公共资源交易中心 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://ggzy.chiyang.gov.cn/jyxx/zfcg/zbgg/20240702/1187.html",
        title="螭阳县教育局中小学地理教学仪器采购项目中标结果公告",
        record_title="【成交公示】螭阳县教育局中小学地理教学仪器采购项目中标结果公告_螭阳县公共资源交易中心",
        date="2024-07-02",
        notes="tender portal: a publicity countdown, purchaser and agency contacts beside CA and trading-system lines; a bid-result table one row a paragraph; two signatures and a date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【成交公示】螭阳县教育局中小学地理教学仪器采购项目中标结果公告_螭阳县公共资源交易中心</title>
<script src="/js/countdown.js"></script>
</head>
<body>
<div class="jy-top">⟦m 螭阳县公共资源交易中心⟧ <a>⟦a 主体登录⟧</a> <a>⟦a 专家登录⟧</a></div>
<div class="jy-nav">⟦m 首页　交易公告　工程建设　政府采购　产权交易　诚信管理⟧</div>
<div class="jy-pos">⟦m 首页 &gt; 交易信息 &gt; 政府采购 &gt; 中标公告⟧</div>
<div class="jy-detail">
<h2>{T}</h2>
<div class="jy-meta">⟦m 信息来源：县公共资源交易中心　发布时间：2024-07-02 16:20⟧</div>
<div class="jy-count">⟦m 公示倒计时：0天 17时 42分⟧</div>
<div class="jy-content">
{BODY}
</div>
<div class="jy-att">⟦a 附件：中标结果公告.pdf（点击下载）⟧</div>
</div>
<div class="jy-foot">
<p>⟦m CA数字证书办理：400-0766-118⟧　⟦m 交易系统技术服务：0766-5299100⟧</p>
<p>⟦m 螭阳县公共资源交易中心　湘ICP备19002283号-1⟧</p>
</div>
</body>
</html>
""",
        body="""
一、项目编号：CYZC2024-0617
二、项目名称：螭阳县教育局中小学地理教学仪器采购项目
三、中标信息
包号　货物名称　中标供应商　中标金额（元）
第1包　教学用地球仪（32厘米）　蟠州市经纬教学设备有限公司　286400
第2包　地形地球仪及三球仪　鼋溪县启明教仪商行　97500
四、公告期限
自本公告发布之日起1个工作日。
五、联系方式
采购人：螭阳县教育局　联系人：邝老师　电话：0766-5281033
采购代理机构：蟠州诚正招标代理有限公司　联系人：尤工　电话：0761-88457126
螭阳县教育局
蟠州诚正招标代理有限公司
2024年7月2日
""",
    ),
    dict(
        slug="tender-panjian-hardhat-inquiry-items",
        site="蟠建阳光采购平台 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="https://cg.panjian-group.com/xjgg/2024/0301/5529.html",
        title="蟠州建工集团第三项目部安全帽及劳保用品询价公告",
        record_title="〖询价函〗蟠州建工集团第三项目部安全帽及劳保用品询价公告 - 蟠建阳光采购平台",
        date="2024-03-01",
        notes="a company procurement platform in text: a deadline countdown, download/quote buttons, the platform's service and CA lines beside the project's own contact; an items table; suppliers told to download the inquiry file and scan the quote",
        page="""
!m 蟠建阳光采购平台
!m 首页 ＞ 采购公告 ＞ 询价公告
!t 〖询价函〗蟠州建工集团第三项目部安全帽及劳保用品询价公告
!m 发布时间：2024-03-01 10:00　报价截止：2024-03-08 17:00　距截止还有 6 天
!a 〔获取询价文件〕〔我要报价〕
{BODY}
!m 平台客服热线：0761-88990001　CA证书办理：0761-88990002
!d 本平台所有公告以发布单位盖章原件为准
!m 蟠州建工集团有限公司 版权所有
""",
        body="""
蟠州建工集团第三项目部就安全帽及劳保用品采购进行询价，欢迎符合条件的供应商报价。
一、采购内容
序号　品名　规格要求　数量
1　安全帽　ABS材质，符合GB 2811，带下颏带　600顶
2　反光背心　荧光黄，带反光条　600件
3　劳保手套　浸胶防滑　3000副
二、供应商要求
具有有效营业执照，所供安全帽须提供出厂合格证和第三方检验报告。
三、报价方式
请于3月8日17时前登录本平台下载询价文件，按要求填写报价单并加盖公章，扫描上传至平台。
四、联系方式
联系人：项目部物资部 焦立，电话：13907614428
蟠州建工集团第三项目部
2024年3月1日
""",
    ),
    dict(
        slug="lawfirm-hengxin-fishtank-case-consult-float",
        site="衡信律师事务所 (invented)",
        style="律所网站",
        genre="案例",
        kind="other",
        form="html",
        source="https://www.hengxinlaw.cn/case/linli/20240812.html",
        title="鱼缸爆裂淹了楼下邻居家，谁来赔？",
        record_title="邻里案例 ▸ 鱼缸爆裂淹了楼下邻居家，谁来赔？｜衡信律师事务所",
        date=None,
        notes="a law firm's case note: lawyer card, consult float, a 400 line and a 本文链接 block, a repost notice; the case sections in 【】 stay; only an update stamp (no date)",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>邻里案例 ▸ 鱼缸爆裂淹了楼下邻居家，谁来赔？｜衡信律师事务所</title>
<script src="/assets/consult.js"></script>
</head>
<body>
<div class="hx-top">⟦m 衡信律师事务所⟧ <span>⟦m 专注民事纠纷与家事法律服务⟧</span> <span>⟦m 全国咨询热线：400-6107-828⟧</span></div>
<div class="hx-nav">⟦m 首页　律所简介　律师团队　业务领域　典型案例　联系我们⟧</div>
<div class="hx-main">
<h1>{T}</h1>
<div class="hx-meta">⟦m 栏目：邻里纠纷　更新于 2 天前　阅读 1350⟧</div>
<div class="hx-body">
{BODY}
</div>
<div class="hx-link">⟦m 本文链接：https://www.hengxinlaw.cn/case/linli/20240812.html⟧</div>
<div class="hx-repost">⟦d 本文为衡信律所原创，转载请注明出处，不代表对具体个案的法律意见⟧</div>
</div>
<div class="hx-card">⟦m 执业律师 桑若衡　执业证号 14301201911027634⟧<br>⟦w 扫码添加律师微信，免费初步咨询⟧</div>
<div class="hx-float">⟦a 在线留言⟧ ⟦a 预约面谈⟧</div>
<div class="hx-foot">⟦m 地址：蟠州市鼍湖区中山路88号金融大厦21层　蟠ICP备17009911号⟧</div>
</body>
</html>
""",
        body="""
【案情】鼍湖区某小区业主王某在客厅摆放了一只1.5米长的鱼缸。去年夏天的一个夜里，鱼缸侧面玻璃突然爆裂，大量的水渗到楼下，导致楼下住户李某家的吊顶、木地板和衣柜受损。双方协商赔偿不成，李某起诉至法院。
【争议】王某认为，鱼缸是在正规商家购买的，爆裂属于产品质量问题，应由商家赔偿。
【裁判】法院审理认为，王某作为鱼缸的所有人和管理人，对鱼缸漏水造成他人财产损害应当承担赔偿责任；鱼缸是否存在质量缺陷，王某可以在赔偿后另行向销售者追偿。最终判决王某赔偿李某各项损失2.3万元。
【律师提示】家中摆放大型鱼缸的，应选择质量可靠的产品，定期检查玻璃和密封胶，必要时可以购买家庭财产保险，降低意外风险。
""",
    ),
    dict(
        slug="lawfirm-mingli-safe-inheritance-byline",
        site="明理律师事务所 (invented)",
        style="律所网站",
        genre="普法文章",
        kind="other",
        form="text",
        source="http://www.minglilawyer.com/jicheng/2024/0528/96.html",
        title="父母去世后留下保险柜打不开，继承人该怎么办？",
        record_title="继承课堂 · 父母去世后留下保险柜打不开，继承人该怎么办？｜明理律所",
        date="2024-05-28",
        notes="a law firm's article in text: the 发布日期 byline is the page's date; a lawyer card, a 400 line, a free-consult prompt and a disclaimer",
        page="""
!m 明理律师事务所 · 婚姻家事与继承
!m 首页 > 继承课堂 > 正文
!t 继承课堂 · 父母去世后留下保险柜打不开，继承人该怎么办？
!m 作者：卢知行律师　发布日期：2024-05-28　阅读 2416
{BODY}
!w 遇到继承难题？一对一咨询继承律师，拨打 400-0762-365
!m 卢知行　明理律师事务所合伙人　擅长遗产继承、家事纠纷
!d 本文仅为一般性法律知识介绍，不构成对任何具体案件的法律意见
!m 明理律师事务所　地址：鼋溪县滨河路12号
""",
        body="""
不少当事人咨询：父母去世后，家里留下一只保险柜，密码没人知道，钥匙也找不到，能不能直接找人撬开？
我们的建议是：先别急着撬。
第一，保险柜里的财物属于遗产，在没有确定全部继承人之前，任何一个继承人擅自开启，都可能引起其他继承人的质疑，甚至被认为私自隐匿遗产。
第二，比较稳妥的做法是，全体继承人共同到场，请公证机构对开启过程进行现场公证，对柜内物品逐一清点、拍照、登记。
第三，如果继承人之间无法达成一致，可以向法院起诉，由法院主持清点和分割。
第四，开启保险柜应联系原厂或在公安机关备案的开锁机构，并保留开锁记录。
遗产纠纷往往源于信息不透明，把过程做规范，是对每一位继承人的保护。
""",
    ),
]

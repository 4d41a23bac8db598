"""holdout192, part D: local forums, download stations, personnel-exam sites, tender portals, law firms.

Invented text (documents, sites, places, people, numbers, URLs, chrome); see ../README.md and
../build.py for the markup.
"""

CASES = [
    dict(
        slug="localforum-luanjiang-found-badge-jammer-weather",
        site="鸾江生活网论坛 (invented)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="https://bbs.luanjianglife.com/thread-1190374-1-1.html",
        title="捡到一张医院工牌，失主速联系",
        record_title="[失物招领] 捡到一张医院工牌，失主速联系 - 便民信息 - 鸾江生活网",
        date=None,
        notes="county forum: weather widget, jammer fonts in the post, the poster's own phone in the body next "
        "to a forum ad QQ; '发表于 昨天 18:22' is no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>[失物招领] 捡到一张医院工牌，失主速联系 - 便民信息 - 鸾江生活网</title>
<style>.jammer{display:none}</style>
<script>var fid=37,tid=1190374;</script>
</head>
<body>
<div class="top">⟦m 鸾江生活网 — 鸾江人的网上家园⟧　⟦m 鸾江 今天 多云转小雨 23~29℃⟧　⟦a 用户登录 ｜ 新用户注册⟧</div>
<div class="nav">⟦m 首页　鸾江论坛　便民信息　二手市场　招聘求职　房产家居⟧</div>
<div class="crumb">⟦m 鸾江生活网 › 鸾江论坛 › 便民信息 › 失物招领⟧</div>
<div class="thread">
<h1>{T}</h1>
<div class="author">⟦m 楼主　江边的小石头　发表于 昨天 18:22　查看 2106　回复 31⟧</div>
<div class="post">
{BODY}
</div>
<div class="act">⟦a 回复本帖　只看楼主　顶一下　举报⟧</div>
</div>
<div class="floor">⟦l 沙发　热心市民老王：已转到小区群，好人一生平安⟧</div>
<div class="floor">⟦l 板凳　检验科的小李：已转告郑老师，谢谢楼主⟧</div>
<div class="ad">⟦w 鸾江本地广告位招租　详询 QQ 825530172⟧</div>
<div class="ft">⟦m 鸾江生活网 版权所有　湘ICP备16023017号　违法和不良信息举报：0738-5516000⟧</div>
</body>
</html>
""",
        junk=dict(lines=1, glued=2),
        body="""
今天下午五点多，在人民路和新华街交叉口的公交站台捡到一张工牌，蓝色挂绳，透明卡套，上面印着县人民医院的院徽。
工牌上有照片和工号，为了保护个人信息就不发照片了，只说姓氏是“郑”，科室是检验科。
估计失主明天上班要急用，我已经把工牌交到旁边的新华街派出所值班室了，失主可以直接去领，记得带身份证。
也麻烦认识的朋友帮忙转告一下。如果派出所联系不上，也可以打我电话：139 0738 5147，下班后都能接。
顺便提醒大家，工牌挂绳最好别挂在包带上，一拉拉链就容易甩出去。
""",
    ),
    dict(
        slug="localforum-hushan-floor-drain-backflow-complaint-junk",
        site="鹄山论坛 (invented)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="http://www.hushanbbs.com/forum.php?mod=viewthread&tid=662913",
        title="新交房小区卫生间地漏往上反污水，物业和开发商来回推",
        record_title="【业主维权】新交房小区卫生间地漏往上反污水，物业和开发商来回推 - 鹄山论坛",
        date=None,
        notes="a county forum's complaint thread with anti-scraping junk on lines and glued; a moderator note "
        "and floors; '5 天前' is no date",
        page="""
!m 鹄山论坛 — 鹄山人自己的论坛
!m 鹄山论坛 » 民生直通车 » 业主之家
!t 【业主维权】新交房小区卫生间地漏往上反污水，物业和开发商来回推
!m 锦绣三号楼业主　5 天前　　浏览 4529　回复 87
!m 版主提示：本帖已转交鹄原街道网络问政平台跟进
{BODY}
!l 2楼 同小区7号楼：我们楼也一样，一楼地漏冒了三次了
!l 3楼 水电老师傅：雨污混流，得让开发商改检查井，物业解决不了
!a 发帖　回复　收藏　分享到朋友圈
!m 鹄山论坛 www.hushanbbs.com　客服QQ群：71320458
""",
        junk=dict(lines=2, glued=2),
        body="""
我们是鹄原街道锦绣华庭3号楼的业主，去年12月交的房。这个月连着下了几场大雨，一楼、二楼好几户卫生间地漏往上冒污水，最严重的一户，卫生间和过道全泡了。
找物业，物业说是开发商的排水管网设计问题，让找开发商；找开发商，开发商说房子已经交付，让找物业维修。来回踢皮球已经两个星期了。
我们查了一下，小区的雨水和污水好像在楼下检查井里是串在一起的，一下暴雨污水管就满了，低楼层的地漏自然往上冒。
现在几户业主准备联名向街道和住建局反映，希望有同样情况的邻居一起留言，也想问问懂行的朋友，这种情况一般应该由谁来负责？
""",
    ),
    dict(
        slug="download-chuanxi-report-binder-clip-workshop-gb2312",
        site="椽溪资料站 (invented)",
        style="资料下载站",
        genre="述职报告",
        kind="report",
        form="html",
        source="http://www.chuanxizl.com/soft/shuzhi/20250712/88214.html",
        title="长尾夹车间主任2025年上半年述职报告",
        record_title="长尾夹车间主任2025年上半年述职报告（Word可编辑）免费下载_椽溪资料站",
        date="2025-07-08",
        notes="old gb2312 download station: file-info table, three download links, an unzip password, a dead-link "
        "report; the preview text is the document; 成文日期 in Chinese numerals after the 述职人 line",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>长尾夹车间主任2025年上半年述职报告（Word可编辑）免费下载_椽溪资料站</title>
<script language="javascript" src="/js/down.js"></script>
</head>
<body>
<table width="950" align="center"><tr><td>⟦m 椽溪资料站 www.chuanxizl.com⟧</td><td align="right">⟦a 会员登录 | 免费注册 | 上传资料⟧</td></tr></table>
<table width="950" align="center"><tr><td>⟦m 首页 | 公文资料 | 总结报告 | 合同范本 | 表格下载 | 教学课件⟧</td></tr></table>
<table width="950" align="center"><tr><td>⟦m 当前位置：首页 &gt;&gt; 总结报告 &gt;&gt; 述职报告⟧</td></tr></table>
<table width="950" align="center" border="1" cellspacing="0">
<tr><td colspan="2"><b>{T}</b></td></tr>
<tr><td>⟦m 资料大小：38 KB⟧</td><td>⟦m 资料格式：DOC⟧</td></tr>
<tr><td>⟦m 更新时间：2025-07-12⟧</td><td>⟦m 下载次数：本周 17 / 总计 203⟧</td></tr>
<tr><td>⟦m 授权方式：免费资料⟧</td><td>⟦m 运行环境：WPS / Office⟧</td></tr>
</table>
<table width="950" align="center"><tr><td class="yulan">
<p>⟦m 【资料预览】⟧</p>
{BODY}
</td></tr></table>
<table width="950" align="center"><tr><td>
⟦a 下载地址一：电信高速下载⟧<br>
⟦a 下载地址二：联通高速下载⟧<br>
⟦a 下载地址三：本地普通下载⟧<br>
⟦a 解压密码：www.chuanxizl.com⟧<br>
⟦a 链接失效？点此报告错误⟧
</td></tr></table>
<table width="950" align="center"><tr><td>⟦l 相关资料：车间主任年终述职报告 | 班组长述职报告范文 | 生产部经理半年工作总结⟧</td></tr></table>
<table width="950" align="center"><tr><td align="center">⟦d 本站资料均来自网络，如有侵犯您的版权，请来信告知，我们将及时删除。⟧<br>⟦m Copyright © 2012-2025 椽溪资料站　湘ICP备12031768号⟧</td></tr></table>
</body>
</html>
""",
        body="""
各位领导、同事：
我自2023年担任长尾夹车间主任以来，在公司领导下，带领车间46名职工完成了各项生产任务。现将今年上半年履职情况报告如下。
一、生产任务完成情况。上半年车间共生产各规格长尾夹1860万只，完成计划的104%；产品一次交验合格率99.2%，比去年同期提高0.6个百分点。
二、质量整改情况。针对3月份客户反映的41毫米长尾夹夹力不足问题，组织技术员调整弹簧钢丝热处理工艺，并增加夹力抽检频次，此后未再发生同类投诉。
三、安全生产情况。完成冲压机防护罩加装12台，组织手部防护专题培训2次，上半年车间未发生工伤事故。
四、存在不足。一是电镀外协件交货不稳定，影响成品入库；二是新员工技能培训还不够系统。下半年，我将重点抓好这两方面工作。
述职人：杨帆
二〇二五年七月八日
""",
    ),
    dict(
        slug="download-baoshu-contract-template-shoe-covers-doc",
        site="宝书文档下载站 (invented)",
        style="资料下载站",
        genre="合同范本",
        kind="other",
        form="text",
        source="https://www.baoshudoc.com/hetong/caigou/50916.html",
        title="一次性鞋套采购合同（范本）",
        record_title="一次性鞋套采购合同（范本）.doc",
        date=None,
        notes="file name as record title; a contract template with ×××× placeholders, ＿＿ blanks, a price table "
        "one row a paragraph and an undated 签订日期 blank; download box and points prompt",
        page="""
!m 宝书文档下载站 | 合同范本 | 采购合同
!t 一次性鞋套采购合同（范本）.doc
!m 文件大小：26KB　　文件类型：doc　　浏览：3806　　下载：519
!a ▼ 立即下载（消耗1个宝书币）　　☆ 加入收藏
{BODY}
!a 【温馨提示】以上为预览内容，格式以下载的Word文件为准。
!l 同类范本：医用耗材采购合同 ｜ 劳保用品采购合同 ｜ 物资供货框架协议
!d 本站范本仅供参考，使用前请结合实际并咨询专业人士。
""",
        body="""
甲方（采购方）：××××医院
乙方（供货方）：××××医疗用品有限公司
根据《中华人民共和国民法典》及有关规定，甲乙双方经协商一致，就一次性鞋套采购事宜订立本合同。
第一条 产品名称、规格及数量
产品名称　规格　单位　数量　单价（元）
一次性无纺布鞋套　加厚防滑　只　＿＿＿＿　＿＿＿＿
一次性PE鞋套　通用型　只　＿＿＿＿　＿＿＿＿
第二条 质量要求：产品应符合国家有关标准，无破损、无异味，每箱附产品合格证。
第三条 交货时间及地点：乙方应于合同签订后＿＿日内将货物送至甲方指定仓库。
第四条 付款方式：货到验收合格后＿＿日内，甲方一次性支付全部货款。
第五条 违约责任：乙方逾期交货的，每逾期一日按合同总价的＿＿%支付违约金。
甲方（盖章）：　　　　乙方（盖章）：
签订日期：＿＿＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="exam-ouchuan-interview-notice-badges-table",
        site="鸥川人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://www.ouchuanpta.cn/ksxx/sydw/202507/t20250718_1409.html",
        title="2025年鸥川县事业单位公开招聘工作人员面试公告",
        record_title="〔面试安排〕2025年鸥川县事业单位公开招聘工作人员面试公告_鸥川人事考试网",
        date="2025-07-18",
        notes="personnel-exam site: maintenance banner, technical line next to the bureau's own 咨询电话 in the "
        "body; a timetable one row a paragraph; sentences about 下载并打印 the notice and wearing badges",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〔面试安排〕2025年鸥川县事业单位公开招聘工作人员面试公告_鸥川人事考试网</title>
<script src="/js/common.js"></script>
</head>
<body>
<div class="notice-bar">⟦d 系统维护通知：本网站报名系统将于本周日22:00至24:00停机维护，届时暂停访问。⟧</div>
<div class="head">⟦m 鸥川人事考试网⟧　⟦a 考生登录　准考证打印　成绩查询⟧</div>
<div class="nav">⟦m 首页　考试信息　报名入口　政策法规　考务工作　联系我们⟧</div>
<div class="pos">⟦m 首页 → 考试信息 → 事业单位招聘⟧</div>
<div class="article">
<h2>{T}</h2>
<div class="meta">⟦m 发布时间：2025-07-18　信息来源：县人社局　浏览次数：9,831⟧</div>
<div class="body">
{BODY}
</div>
<div class="tools">⟦a 【打印本页】【收藏】【关闭】⟧</div>
</div>
<div class="rel">⟦l 相关公告：2025年鸥川县事业单位公开招聘笔试成绩公示⟧</div>
<div class="foot">⟦m 技术支持电话：0739-7830999（仅受理网站系统问题）⟧<br>⟦m 主办单位：鸥川县人事考试中心　湘ICP备14022605号⟧</div>
<script src="/js/tj.js"></script>
</body>
</html>
""",
        body="""
根据《2025年鸥川县事业单位公开招聘工作人员公告》，现将面试有关事项公告如下。
一、面试时间和地点
面试时间：2025年7月26日（星期六）
面试地点：鸥川县第一中学（鸥川县滨江路23号）
二、面试安排
岗位类别　报到时间　抽签时间
教育类岗位　7:00-7:30　7:40
卫生类岗位　12:30-13:00　13:10
三、有关要求
1.考生须于7月22日至25日登录鸥川人事考试网下载并打印面试通知书，凭面试通知书和有效身份证件报到。
2.抽签后，考生须佩戴工作人员发放的抽签号胸卡，不得佩戴工牌、校徽等任何可能暴露个人身份的标识。
3.考生不得携带手机等通讯工具进入候考室。
咨询电话：鸥川县人力资源和社会保障局事业单位人事管理股0739-7830216。
鸥川县人力资源和社会保障局
2025年7月18日
""",
    ),
    dict(
        slug="exam-sunling-rule-exam-staff-badges-wrapped-58",
        site="隼岭人事考试信息网 (invented)",
        style="人事考试网",
        genre="制度",
        kind="other",
        form="text",
        source="http://www.sunlingrsks.cn/kwgz/zcfg/2025/0315/118.html",
        title="考务工作人员证件管理规定",
        record_title="【考务制度】考务工作人员证件管理规定 - 隼岭人事考试信息网",
        date=None,
        notes="a rule of 第N条 articles hard-wrapped at 58 columns; an article that speaks of 复印/翻拍/上传; "
        "effective clause only (no date); an update stamp is no date",
        page="""
!m 隼岭人事考试信息网
!m 首页 > 考务工作 > 政策法规
{T}
!m 更新：2025-03-15 09:40　　阅读：2,774
!a [打印] [关闭] [字号：大 中 小]
{BODY}
!m 考生咨询：0735-3388100（工作日）　技术支持：0735-3388199
!d Copyright © 隼岭县人事考试中心 版权所有
""",
        wrap=58,
        indent="\u3000\u3000",
        body="""
第一条 为加强考务工作人员管理，维护考场秩序，根据有关考试工作规定，制定本规定。
第二条 本规定所称考务工作人员证件，包括主考证、监考证、巡视证、保密员证和考点服务证。
第三条 考务工作人员证件由县人事考试中心统一制作，按考点实际需要核发，一人一证，不得转借。
第四条 考务工作人员在考点内须将证件佩戴于胸前，正面朝外。证件挂绳颜色按岗位区分，主考为红色，监考为蓝色，服务人员为绿色。
第五条 考试结束后，考点须在两个工作日内收回全部证件，清点后交县人事考试中心；遗失证件的，考点应书面说明情况。
第六条 严禁复印、翻拍考务工作人员证件，或将证件照片上传网络。
第七条 本规定由县人事考试中心负责解释，自发布之日起施行。
""",
    ),
    dict(
        slug="tender-luanjiang-hospital-shoe-covers-lots-countdown",
        site="鸾江县公共资源交易网 (invented)",
        style="招投标网",
        genre="招标公告",
        kind="notice",
        form="html",
        source="https://ggzy.luanjiang.gov.cn/jyxx/zfcg/cggg/20250902/8a21f7c4.html",
        title="鸾江县人民医院一次性鞋套及隔离用品采购项目招标公告",
        record_title="〔公开招标〕鸾江县人民医院一次性鞋套及隔离用品采购项目招标公告-鸾江县公共资源交易网",
        date="2025-09-02",
        notes="tender platform: countdown, CA hotline and platform line as chrome next to purchaser and agency "
        "contacts in the body; lots table one row a paragraph; 发布时间 the date; a sentence about downloading "
        "the tender file",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〔公开招标〕鸾江县人民医院一次性鞋套及隔离用品采购项目招标公告-鸾江县公共资源交易网</title>
<script src="/js/countdown.js"></script>
</head>
<body>
<div class="hd">⟦m 鸾江县公共资源交易网⟧　⟦a 主体登录　CA证书驱动下载　交易系统入口⟧</div>
<div class="nav">⟦m 首页　交易信息　政策法规　服务指南　信用信息　监督投诉⟧</div>
<div class="loc">⟦m 首页 &gt; 交易信息 &gt; 政府采购 &gt; 采购公告⟧</div>
<div class="detail">
<h1>{T}</h1>
<div class="info">⟦m 发布时间：2025-09-02 17:05　信息来源：鸾江县公共资源交易中心　阅读：631⟧</div>
<div class="cd">⟦m 距投标截止还剩：20天 14时 32分⟧</div>
<div class="con">
{BODY}
</div>
<div class="fj">⟦a 附件下载：招标文件（正式版）.zip⟧</div>
</div>
<div class="help">⟦m CA数字证书办理咨询：400-6120-558⟧<br>⟦m 交易平台技术支持：0738-5500100⟧</div>
<div class="ft">⟦m 主办：鸾江县公共资源交易中心　湘ICP备19011562号⟧</div>
</body>
</html>
""",
        body="""
项目概况：本项目的潜在投标人应在鸾江县公共资源交易网获取招标文件，并于2025年9月23日9时30分（北京时间）前递交投标文件。
一、项目基本情况
项目编号：LJZC-2025-0917
采购需求：
包号　品目　数量　最高限价（万元）
1　一次性无纺布鞋套　60万只　4.2
2　一次性隔离衣　3万件　18.0
3　一次性防护袖套　8万副　2.4
二、获取招标文件
时间：2025年9月3日至9月9日，供应商登录交易网免费下载招标文件。
三、联系方式
采购人：鸾江县人民医院　联系人：庞立　电话：0738-5560213
代理机构：鸾江恒信招标咨询有限公司　联系人：侯晓棠　电话：0738-5587720
""",
    ),
    dict(
        slug="tender-sunling-bid-result-student-ponchos-record",
        site="隼岭县政府采购网 (invented)",
        style="招投标网",
        genre="中标公告",
        kind="notice",
        form="text",
        source="http://www.sunlingcg.gov.cn/zbgg/2025/0430/21.html",
        title="隼岭县教育局中小学生交通安全雨披采购项目中标结果公告",
        record_date="2025-04-30",
        date="2025-04-30",
        notes="record title and date as is; a bid-result table one row a paragraph; amount in capitals; "
        "purchaser and agency contacts in the body next to the site's supervision line",
        page="""
!m 隼岭县政府采购网 » 采购公告 » 中标（成交）结果公告
{T}
!m 公告时间：2025-04-30　　浏览次数：211
!a 【下载】　【打印】　【关闭】
{BODY}
!m 政府采购监督电话：0735-3329000
!d 本网站公告信息由采购人、采购代理机构负责，如有疑问请与其联系。
""",
        body="""
一、项目编号：SLJY-2025-021
二、项目名称：隼岭县教育局中小学生交通安全雨披采购项目
三、中标信息
供应商名称：隼岭县顺达服饰有限公司
供应商地址：隼岭县工业园区纬二路8号
中标金额：人民币叁拾贰万陆仟元整（¥326000.00）
四、主要标的信息
名称　规格型号　数量　单价（元）
学生反光雨披　儿童款110-150码　12000件　21.50
学生反光雨披　青少年款160-175码　3200件　21.25
五、公告期限：自本公告发布之日起1个工作日。
六、联系方式
采购人：隼岭县教育局　联系人：白松　电话：0735-3321046
代理机构：隼岭县宏远招标代理有限公司　联系人：梁笑　电话：0735-3367712
""",
    ),
    dict(
        slug="lawfirm-linchuan-lanyard-injury-case-html",
        site="檩川正衡律师事务所 (invented)",
        style="律所网站",
        genre="普法文章",
        kind="other",
        form="html",
        source="https://www.zhenghenglaw.cn/yasf/2025/1106/0331.html",
        title="员工工牌挂绳被传送带卷入受伤，责任谁担？",
        record_title="【以案说法】员工工牌挂绳被传送带卷入受伤，责任谁担？｜檩川正衡律师事务所",
        date="2025-11-06",
        notes="law-firm site: consult card with a lawyer's mobile, 发布日期 byline the date, disclaimer; "
        "a numbered analysis",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【以案说法】员工工牌挂绳被传送带卷入受伤，责任谁担？｜檩川正衡律师事务所</title>
<script src="/assets/js/site.js"></script>
</head>
<body>
<div class="hd">⟦m 檩川正衡律师事务所　专注劳动与工伤纠纷⟧　⟦m 24小时法律咨询：0736-4188148⟧</div>
<div class="nav">⟦m 首页　律所简介　律师团队　业务领域　以案说法　联系我们⟧</div>
<div class="crumb">⟦m 首页 / 以案说法 / 劳动工伤⟧</div>
<div class="post">
<h1>{T}</h1>
<div class="pmeta">⟦m 发布日期：2025-11-06　作者：严正衡律师团队　阅读 1,390⟧</div>
<div class="pbody">
{BODY}
</div>
<div class="pdisc">⟦d 本文仅为普法之用，不构成对具体案件的法律意见。⟧</div>
</div>
<div class="card">⟦w 咨询律师：严正衡律师　手机 138 7360 4411（微信同号）⟧</div>
<div class="more">⟦l 推荐阅读：下班途中电动车摔倒算工伤吗 · 试用期受伤单位能否解约⟧</div>
<div class="ft">⟦m 地址：檩川县椽溪路66号金融大厦9楼　湘ICP备20019842号⟧</div>
</body>
</html>
""",
        body="""
案情回顾：某食品厂员工小林在包装线作业时，胸前的工牌挂绳被传送带卷入，导致颈部擦伤、左手骨折。工厂认为小林违反操作规程，拒绝承担责任。
律师分析：
1.工厂要求员工佩戴工牌，却没有区分岗位规定佩戴方式。对在转动设备旁作业的岗位，工厂应当要求将工牌夹于胸前或收入口袋，或者配发受力即断的安全挂绳。
2.根据《工伤保险条例》，小林在工作时间、工作场所内因工作原因受伤，应当认定为工伤，本人存在一定过失，也不影响工伤认定。
3.工厂未为员工缴纳工伤保险的，应由工厂按工伤保险待遇项目和标准支付费用。
律师提示：用人单位制定工牌佩戴制度时，要把安全放在首位，机械作业岗位尽量选用背夹式工牌或安全挂绳；劳动者受伤后，要及时就医并保留证据，必要时申请工伤认定。
""",
    ),
    dict(
        slug="lawfirm-hushan-letter-template-floor-drain-leak",
        site="鹄山明理律师事务所 (invented)",
        style="律所网站",
        genre="律师函",
        kind="letter",
        form="text",
        source="http://www.minglilaw-hs.com/wsfb/lsh/27.html",
        title="关于卫生间地漏渗漏致楼下房屋受损事宜的律师函",
        record_title="文书范本 · 律师函（房屋漏水纠纷）｜关于卫生间地漏渗漏致楼下房屋受损事宜的律师函 - 鹄山明理律师事务所",
        date=None,
        notes="a lawyer's-letter template with ××× placeholders and 20××年×月×日; the firm's name is also the "
        "signature (chrome at the top, before the body); a consult line and a disclaimer",
        page="""
!m 鹄山明理律师事务所
!m 首页 > 文书范本 > 律师函
!t 文书范本 · 律师函（房屋漏水纠纷）
{T}
!m 浏览 2,061　　可免费参考使用
{BODY}
!w 遇到房屋漏水纠纷？来电咨询 0735-6129958，首次咨询免费
!d 本范本仅供参考，具体案件请委托律师根据事实修改。
!m 地址：鹄山县建设北路3号明理大厦　湘ICP备21004117号
""",
        body="""
×××先生/女士：
鹄山明理律师事务所接受×××（以下简称“委托人”）的委托，指派本所×××律师，就您所有的×××小区×栋×单元×××室卫生间地漏渗漏致委托人房屋受损一事，郑重致函如下：
一、委托人系×××室业主，居住于您房屋正下方。自20××年×月起，委托人卫生间顶棚持续渗水、出现霉斑，经物业公司查看，系您房屋卫生间地漏周边防水层破损所致。
二、委托人多次与您协商维修，均未获实质回应，渗漏至今仍在持续，已造成吊顶脱落、墙面发霉等损失。
三、依照《中华人民共和国民法典》相关规定，不动产权利人应当为相邻权利人提供必要便利，因过错造成他人损害的，应当承担侵权责任。
请您于收到本函之日起七日内安排维修，并与委托人协商赔偿事宜。逾期未处理的，委托人将依法提起诉讼。
鹄山明理律师事务所
律师：×××
20××年×月×日
""",
    ),
]

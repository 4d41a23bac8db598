"""holdout319, part D: 地方论坛, 资料下载站, 人事考试网, 招投标网, 律所网站. Invented text, written by hand;
see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="localforum-huanshui-empty-soap-bottles-jammer",
        site="阛水生活网论坛 (invented county forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.huanshuilife.example.com/thread-2207741-1-1.html",
        title="城东菜市场公厕的洗手液瓶一直是空的，谁来管管？",
        record_title=None,
        date=None,
        notes="county forum thread: no record title, the thread subject; jammer-font junk; weather line, medals, a decoration ad, a handed-to-department link; 昨天 (no date)",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="gbk">
<title>阛水生活网论坛</title>
<style>.jammer{display:none}</style>
<script src="data/cache/common.js?Hs2"></script>
</head>
<body>
<div id="hd">⟦m 阛水生活网论坛⟧　⟦m 阛水 今天 多云 14～22℃⟧　<a>⟦a 登录⟧</a> <a>⟦a 注册⟧</a></div>
<div id="nv">⟦m 首页　阛水杂谈　曝光台　房产家居　二手市场　招聘求职⟧</div>
<div id="pt">⟦m 阛水生活网论坛 › 民生 › 曝光台⟧</div>
<div class="ad-banner">⟦m 【广告】阛水安居装饰 全包套餐每平米599起 电话 0739-5812266⟧</div>
<table class="plhin"><tr>
<td class="pls"><p>⟦m 买菜的老周⟧</p><p>⟦m 勋章：热心市民　帖子 87⟧</p></td>
<td class="plc">
<h1><span id="thread_subject">{T}</span></h1>
<div class="authi">⟦m 发表于 昨天 21:47　|　只看该作者　|　查看: 3862　|　回复: 41⟧</div>
<div class="t_f" id="postmessage_9912034">
{BODY}
</div>
<div class="handle">⟦l 本帖已转交县城市管理局，点此查看官方回复 »⟧</div>
<div class="po">⟦a 顶　踩　收藏　分享⟧</div>
</td></tr></table>
<div class="replies"><p>⟦l 2楼　城东住户：确实，好几个月了⟧</p><p>⟦l 3楼　小鱼儿：西门那个公厕也一样⟧</p></div>
<div id="f_pst">⟦a 回帖须先登录，新用户请先完善手机号⟧</div>
<div id="ft">⟦m 阛水生活网 Powered by Discuz! 湘ICP备20011307号⟧</div>
</body>
</html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=2),
        body="""
阛水县城东菜市场的公厕，洗手台上摆着两个洗手液瓶，我这个月去了不下十次，回回都是空的，压下去只有一股气。
卖鱼卖肉的摊主上完厕所只能拿清水冲一冲，然后接着给顾客称肉找零，想想都不卫生。
我也问过保洁阿姨，她说洗手液要找市场管理处领，管理处说这个月的已经发完了。一瓶洗手液才几块钱，能不能别在这种地方省？
希望有关部门看到能管一管。也不只是这个市场，县里几个公厕都差不多。
""",
    ),
    dict(
        slug="localforum-zhicheng-fruitshop-keyhooks-junk",
        site="轵城论坛 (invented county forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="http://www.zhichengbbs.example.cn/thread-551863-1-1.html",
        title="捡到钥匙的请挂到老街水果店门口的钥匙挂上",
        record_title="【拾金不昧】捡到钥匙的请挂到老街水果店门口的钥匙挂上（长期有效）>> 城事杂谈 >> 轵城论坛",
        date=None,
        notes="county forum text: junk lines and junk glued after 。; medals and signature; 前天 (no date)",
        page="""
!m 轵城论坛 — 轵城人的网上家园
!m 轵城论坛 >> 城事杂谈 >> 正文
!t 【拾金不昧】捡到钥匙的请挂到老街水果店门口的钥匙挂上（长期有效）
!m 楼主：老街土著　发表于 前天 07:58　阅读 2210　回复 36
!m 勋章：老街守护者　优秀版主
{BODY}
!m ——每天早上老街口吃碗粉，人生就圆满了——
!a 点赞(128)　收藏　回复楼主
!l 沙发 — 阿斌：给老板娘点赞，上次我家电动车钥匙也是在那找到的
!l 板凳 — 轵城小七：这个好，建议每个小区门口都搞一个
!a 发帖需绑定手机号，点此去绑定
!m 轵城论坛 © 2010-2025 | 联系版主 QQ：2870015533
""",
        junk=dict(lines=1, glued=2),
        body="""
老街口“鲜果园”水果店的老板娘在店门口钉了一块木板，上面装了十几个钥匙挂，专门挂街坊们捡到的钥匙。
这个办法是她去年想出来的。以前有人捡到钥匙送到店里，她放在抽屉里，失主来问还得翻半天。现在钥匙挂在门口，每个挂钩下面贴一张小纸条，写上哪天在哪儿捡的，失主路过看一眼就知道。
前天我家孩子放学把钥匙丢了，就是在这块板上找回来的。
大家捡到钥匙可以送过去，丢了钥匙也可以去看看，比在群里喊管用。给老板娘点个赞！
""",
    ),
    dict(
        slug="download-baicai-rules-lid-rack-cleaning",
        site="百材资料站 (invented, old gb2312 table layout)",
        style="资料下载站",
        genre="规程",
        kind="other",
        form="html",
        source="http://www.baicai-zl.example.com/soft/zhidu/20871.html",
        title="厨房锅盖架使用和清洁操作规程",
        record_title="厨房锅盖架使用和清洁操作规程〔食堂制度〕下载_百材资料站",
        date=None,
        notes="download station: file-info table, three download links, unzip password, dead-link report, floating ghost-writer ad; 第N条 articles; update stamp (no date)",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>厨房锅盖架使用和清洁操作规程〔食堂制度〕下载_百材资料站</title>
<script language="javascript" src="/js/down.js"></script>
</head>
<body>
<table width="980" align="center"><tr><td>⟦m 百材资料站⟧　⟦m 制度 · 表格 · 范本 一站下齐⟧</td><td align="right">⟦a <a>投稿</a> | <a>会员中心</a>⟧</td></tr></table>
<table width="980" align="center"><tr><td>⟦m 您的位置：百材资料站 → 管理制度 → 食堂制度⟧</td></tr></table>
<table width="980" align="center" border="1" cellspacing="0">
<tr><td colspan="2"><h1>{T}</h1></td></tr>
<tr><td>⟦m 资料大小：21.6 KB⟧</td><td>⟦m 资料格式：DOC⟧</td></tr>
<tr><td>⟦m 更新时间：2024-12-03⟧</td><td>⟦m 下载次数：1,096⟧</td></tr>
<tr><td>⟦m 资料评级：★★★★⟧</td><td>⟦m 运行环境：Word / WPS⟧</td></tr>
</table>
<table width="980" align="center"><tr><td>
<div class="jianjie"><b>⟦m 资料简介：⟧</b></div>
{BODY}
</td></tr></table>
<table width="980" align="center"><tr><td>
<p>⟦a 下载地址：电信高速下载　联通高速下载　本站备用下载⟧</p>
<p>⟦a 解压密码：www.baicai-zl.example.com⟧</p>
<p>⟦a 链接失效？点此报告，管理员24小时内修复⟧</p>
</td></tr></table>
<div style="position:fixed;left:0;bottom:40px;">⟦w 制度、预案、台账代写定制，微信 baicai_dz66⟧</div>
<table width="980" align="center"><tr><td align="center">⟦d 本站资料来自网络收集，仅供学习研究，请下载后24小时内删除。⟧<br>⟦m 百材资料站 版权所有 冀ICP备12024461号⟧</td></tr></table>
</body>
</html>
""",
        body="""
第一条　为保持厨房整洁，防止锅盖污染，制定本规程。
第二条　锅盖使用后不得放置在地面、灶台边沿或砧板上，应当清洗后放回锅盖架。
第三条　锅盖架应当安装在远离炒灶火源和下水道的位置，下方设接水盘，接水盘每班清理一次。
第四条　锅盖架每日收餐后用热碱水擦洗一遍，每周用消毒液浸泡擦拭一次，并在清洁记录表上签字。
第五条　发现锅盖架松动、挂钩变形的，应当立即停止使用并报告厨师长维修。
第六条　本规程由后勤科负责解释，自发布之日起执行。
""",
    ),
    dict(
        slug="download-fanbenwu-contract-keyhook-template-doc",
        site="范本屋 (invented download station)",
        style="资料下载站",
        genre="合同范本",
        kind="other",
        form="text",
        source="https://www.fanbenwu.example.net/hetong/chenglan/6612.html",
        title="钥匙挂定制加工合同",
        record_title="钥匙挂定制加工合同（范本）.doc",
        date=None,
        notes="file-name record title; contract template with ×× placeholders, ＿＿ blanks and ＿＿年＿＿月＿＿日; 第N条 articles; add stamp (no date)",
        page="""
!m 范本屋 — 合同、协议、表格免费下
!m 当前：首页 / 合同范本 / 承揽合同
!m 文件名：钥匙挂定制加工合同（范本）.doc　格式：Word　大小：32KB　添加于：3 个月前
!a ▼ 本地下载　▼ 网盘下载（提取码 k7mx）
{T}
{BODY}
!a 需要修改版？开通会员可下载可编辑原文件
!w 合同审查、代拟请联系：QQ 1730062458
!d 范本仅供参考，签约前请咨询专业人士。
!m 范本屋 fanbenwu.example.net
""",
        body="""
甲方（定作人）：××××有限公司
乙方（承揽人）：××工艺品厂
第一条　定作物：乙方为甲方加工定制钥匙挂＿＿＿＿只，材质为＿＿＿＿，规格为＿＿＿＿。
第二条　价款：单价＿＿元，合计人民币＿＿＿＿元（大写：＿＿＿＿＿＿）。
第三条　交付：乙方应于＿＿年＿＿月＿＿日前将全部定作物送至甲方指定地点，甲方当场验收。
第四条　质量：定作物应与双方确认的样品一致，挂钩承重不低于2公斤，表面无毛刺、无掉漆。
第五条　违约责任：乙方逾期交付的，每逾期一日按合同总价的千分之五支付违约金。
第六条　本合同一式两份，双方各执一份，自签字盖章之日起生效。
甲方（盖章）：＿＿＿＿　乙方（盖章）：＿＿＿＿
签订日期：＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="exam-lianhu-notice-childcare-skills-test",
        site="辌湖区人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://rsks.lianhu.example.gov.cn/ksgg/2024/1022/771.html",
        title="关于2024年辌湖区托育机构保育人员技能测试有关事项的公告",
        record_title="考务通知 ▍ 关于2024年辌湖区托育机构保育人员技能测试有关事项的公告",
        date="2024-10-21",
        date_also=["2024-10-22"],
        notes="personnel-exam site: maintenance banner, admission-ticket float, technical line beside the notice's own 考务咨询电话; timetable one row a paragraph; 下载并打印准考证 as content; page date a day later",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>考务通知 ▍ 关于2024年辌湖区托育机构保育人员技能测试有关事项的公告</title>
<script src="/js/exam-site.js"></script>
</head>
<body>
<div class="notice-bar">⟦m 系统维护预告：10月26日0:00—6:00暂停报名及查询服务⟧</div>
<div class="top">⟦m 辌湖区人事考试网⟧ <span>⟦m 凭能力上岗　按程序录用⟧</span></div>
<div class="nav">⟦m 首页 ｜ 考试公告 ｜ 报名入口 ｜ 成绩查询 ｜ 政策法规 ｜ 常见问题⟧</div>
<div class="pos">⟦m 首页 &gt; 考试公告 &gt; 职业技能⟧</div>
<div class="article">
<h1>{T}</h1>
<p class="meta">⟦m 发布时间：2024-10-22　信息来源：区人社局　字号：大 中 小⟧</p>
<div class="content">
{BODY}
</div>
</div>
<div class="float-right">⟦a 准考证打印入口 ▸⟧</div>
<div class="links">⟦l 友情链接：辌湖区人民政府｜辌湖区人社局｜省人事考试网⟧</div>
<div class="footer">⟦m 网站技术支持热线：0728-6300012（仅解答报名系统操作问题）⟧<br>⟦m 辌湖区人力资源和社会保障局主办　湘ICP备15004109号⟧</div>
</body>
</html>
""",
        body="""
经研究，2024年辌湖区托育机构保育人员技能测试定于11月2日举行。现将有关事项公告如下：
一、测试安排
科目　时间　地点
理论测试　11月2日9:00-10:30　辌湖区职业技术学校
实操测试　11月2日14:00起　辌湖区职业技术学校实训楼
二、实操内容。包括幼儿进餐照护、午睡照护、户外活动照护三项，户外活动照护须现场演示为幼儿正确穿戴学步带并讲解注意事项，学步带由考点统一提供。
三、准考证。考生请于10月30日至11月1日登录本网站下载并打印准考证，凭准考证和身份证入场。
考务咨询电话：0728-6301147（工作日上午9:00-12:00）
辌湖区人力资源和社会保障局
2024年10月21日
""",
    ),
    dict(
        slug="exam-zhicheng-notice-venue-soap-bottles",
        site="轵城人事考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.zcrsks.example.cn/kwgl/2025/0303/1412.html",
        title="关于做好2025年上半年公务员录用考试考点卫生保障工作的通知",
        record_title="〖考点须知〗关于做好2025年上半年公务员录用考试考点卫生保障工作的通知_轵城人事考试网",
        date="2025-03-03",
        notes="exam site text: numbered items, 成文日期; entry float and technical line",
        page="""
!m 轵城人事考试网
!m 考务管理 › 考点工作
!t 〖考点须知〗关于做好2025年上半年公务员录用考试考点卫生保障工作的通知
!m 阅读次数：653　　分享到：微信 微博
{BODY}
!a ★ 报名入口　★ 准考证打印　★ 成绩查询
!m 考试中心地址：轵城市轺明路200号　技术咨询：0728-3329901
!d 本网站发布的考试信息以正式文件为准。
""",
        body="""
各考区、考点：
为保障考生和考务人员健康，现就做好2025年上半年公务员录用考试考点卫生保障工作通知如下：
一、各考点须在考场入口、候考室和卫生间配备洗手液瓶，每个洗手点不少于一瓶，并于考前一日检查补充；
二、考前对考场桌椅、门把手进行清洁，保持通风；
三、每个考点设置临时医疗点，配备体温计和常用药品；
四、考点主考为卫生保障第一责任人，各考区于考前三日将落实情况报市人事考试中心。
轵城市人事考试中心
2025年3月3日
""",
    ),
    dict(
        slug="tender-hanchuan-bid-result-bucket-lids",
        site="闬川县公共资源交易中心 (invented)",
        style="招投标网",
        genre="中标公告",
        kind="notice",
        form="html",
        source="https://ggzy.hanchuan.example.gov.cn/jyxx/zfcg/zbgg/20240809/0317.html",
        title="闬川县城乡储水容器加盖项目中标结果公告",
        record_title="〖成交结果·储水容器〗闬川县城乡储水容器加盖项目中标结果公告 - 闬川县公共资源交易中心",
        date="2024-08-09",
        notes="tender portal: clock, challenge-period countdown, CA and trading-system lines beside the purchaser's and agency's contacts; bid lots one row a paragraph; 成文日期",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>〖成交结果·储水容器〗闬川县城乡储水容器加盖项目中标结果公告 - 闬川县公共资源交易中心</title>
<script src="/js/ggzy-clock.js"></script>
</head>
<body>
<div class="top">⟦m 闬川县公共资源交易中心⟧　<span id="clock">⟦m 北京时间 15:06:42⟧</span></div>
<div class="nav">⟦m 首页 | 交易信息 | 政府采购 | 工程建设 | 信用信息 | 服务指南⟧</div>
<div class="crumb">⟦m 交易信息 &gt; 政府采购 &gt; 中标（成交）结果⟧</div>
<div class="ann">
<h2>{T}</h2>
<p class="ann-meta">⟦m 信息来源：闬川县鼎正招标代理有限公司　浏览次数：288⟧</p>
<p class="countdown">⟦m 质疑期剩余：0天 17小时 22分⟧</p>
<div class="ann-body">
{BODY}
</div>
</div>
<div class="side">⟦l 同项目公告：招标公告｜更正公告｜中标结果⟧</div>
<div class="footer">
<p>⟦m CA证书办理及驱动问题：400-806-1127⟧</p>
<p>⟦m 电子交易系统操作咨询：0728-6319900⟧</p>
<p>⟦m 闬川县公共资源交易中心主办　湘ICP备19018830号⟧</p>
</div>
</body>
</html>
""",
        body="""
一、项目编号：HCCG-2024-0317
二、项目名称：闬川县城乡储水容器加盖项目
三、中标信息
包号　中标供应商　中标金额（元）
1包（20升水桶盖）　阛水县和顺塑业有限公司　186400.00
2包（50升水桶盖）　轵城市清源日用品有限公司　243750.00
四、公告期限：自本公告发布之日起1个工作日。
五、联系方式
采购人：闬川县疾病预防控制中心　联系人：廖工　电话：0728-6319012
代理机构：闬川县鼎正招标代理有限公司　联系人：岳女士　电话：0728-6330877
闬川县鼎正招标代理有限公司
2024年8月9日
""",
    ),
    dict(
        slug="tender-weixi-inquiry-soap-bottles-record",
        site="椳溪县政府采购网 (invented)",
        style="招投标网",
        genre="询价公告",
        kind="notice",
        form="text",
        source="http://www.wxzfcg.example.gov.cn/xjgg/2024/0513/2209.html",
        title="椳溪县第一中学洗手液及洗手液瓶采购询价公告",
        record_date="2024-05-13",
        date="2024-05-13",
        notes="record title and date as is; items table one row a paragraph; 下载询价文件 as content; purchaser's contact beside the platform's 400 line",
        page="""
!m 椳溪县政府采购网
!m 首页 > 采购公告 > 询价公告
{T}
!m 公告类型：询价　项目地区：椳溪县　浏览：157
{BODY}
!a 〔下载公告〕〔我要报价〕〔收藏项目〕
!m 平台客服：400-992-0317（工作日9:00-17:00）
!m 椳溪县财政局监制　赣ICP备18009522号
""",
        body="""
椳溪县第一中学就洗手液及洗手液瓶采购项目进行询价采购，欢迎符合条件的供应商参加报价。
一、采购内容
品名　规格　数量
按压式洗手液瓶　500毫升　400个
洗手液补充装　2.5升/桶　120桶
二、报价要求。请供应商于5月14日至5月20日在本平台下载询价文件，按要求填写报价单并加盖公章，于5月21日10:00前密封递交。
三、联系方式。采购人：椳溪县第一中学总务处　联系人：季老师　电话：0739-5872264
""",
    ),
    dict(
        slug="lawfirm-mingli-case-harness-buckle",
        site="轵城明理律师事务所 (invented)",
        style="律所网站",
        genre="案例评析",
        kind="other",
        form="html",
        source="https://www.mingli-law.example.cn/anli/2025/331.html",
        title="学步带锁扣断裂致幼儿摔伤，商家该赔吗？",
        record_title="【婴童用品维权】学步带锁扣断裂致幼儿摔伤，商家该赔吗？ | 明理律师事务所",
        date=None,
        notes="law firm: lawyer card, consult float, 400 line, 本文链接 block; a consult prompt glued after the result's last 。; no date (case note)",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【婴童用品维权】学步带锁扣断裂致幼儿摔伤，商家该赔吗？ | 明理律师事务所</title>
<script src="/static/chat-widget.js"></script>
</head>
<body>
<div class="hd">⟦m 轵城明理律师事务所⟧ ⟦m 明法　理事　守信⟧ <span class="tel">⟦m 全国咨询热线 400-668-3172⟧</span></div>
<div class="nav">⟦m 首页 | 律所简介 | 专业领域 | 律师团队 | 典型案例 | 联系我们⟧</div>
<div class="pos">⟦m 首页 › 典型案例 › 消费维权⟧</div>
<div class="case">
<h1>{T}</h1>
<p class="case-meta">⟦m 承办律师：裴宁　｜　浏览：906⟧</p>
<div class="case-body">
{BODY}
</div>
<div class="permalink">⟦m 本文链接：https://www.mingli-law.example.cn/anli/2025/331.html　转载请注明出处⟧</div>
</div>
<div class="lawyer-card"><p>⟦m 裴宁 律师⟧</p><p>⟦m 擅长：产品责任、消费者权益、侵权纠纷⟧</p><p>⟦a 向他咨询⟧</p></div>
<div class="float-chat">⟦a 💬 在线律师 · 3分钟回复⟧</div>
<div class="ft">⟦d 案例经当事人同意发布，人名已作处理；文章不构成正式法律意见。⟧<br>⟦m 轵城明理律师事务所 版权所有⟧</div>
</body>
</html>
""",
        body="""
【案情】2023年秋，市民林女士在一家母婴店购买了一条学步带。使用第二周，女儿在小区台阶上绊了一下，林女士顺手一提，锁扣突然断开，孩子摔倒磕破了下巴，缝了四针。林女士要求店家赔偿医疗费，店家以“使用不当”为由拒绝。
【分析】学步带是供婴幼儿使用的产品，锁扣理应承受家长正常提拉的力量。根据产品质量法和民法典的规定，因产品存在缺陷造成他人损害的，被侵权人可以向生产者请求赔偿，也可以向销售者请求赔偿。
【结果】经鉴定，涉案学步带锁扣强度不符合标准要求。法院判决店家赔偿林女士医疗费、护理费等共计5800余元。⟦w 遇到类似问题？点右下角免费问值班律师⟧
【提示】购买婴童用品请保留购物凭证，发生事故后及时保存产品和就医记录。
""",
    ),
    dict(
        slug="lawfirm-hengxin-risk-letter-key-custody",
        site="辎州衡信律师事务所 (invented)",
        style="律所网站",
        genre="风险提示",
        kind="other",
        form="text",
        source="http://www.hengxinlaw.example.com/news/2024/1128/95.html",
        title="关于物业服务企业代管业主钥匙的法律风险提示",
        record_title="【物业法务】关于物业服务企业代管业主钥匙的法律风险提示——衡信律师事务所",
        date="2024-11-28",
        notes="law firm text: a 400 line and a repost notice; the firm's name as signature; 成文日期",
        page="""
!m 衡信律师事务所 · 物业与不动产法律服务
!m 首页 → 法务专栏 → 物业法务
!t 【物业法务】关于物业服务企业代管业主钥匙的法律风险提示
!m 作者：衡信物业法律事务部　阅读量：377
{BODY}
!a 分享本文　｜　收藏　｜　打印
!w 物业合同审查、纠纷代理，咨询电话 400-100-6237
!d 未经本所书面许可，不得转载本文。
""",
        body="""
各物业服务企业：
近期，我所代理了多起因物业代管业主钥匙引发的纠纷，有的钥匙在挂板上被人冒领，有的业主家中失窃后追究物业责任。为帮助企业防范风险，现提示如下：
一、代管钥匙应当签订书面委托协议，写明保管方式、取用人范围和责任划分；
二、钥匙挂板应当放置在带锁的柜内，钥匙牌只写编号，不写房号；
三、取用钥匙必须核对身份并登记，监控录像至少保存三十日；
四、发现钥匙遗失的，应当第一时间通知业主并协助更换锁芯。
物业企业代管钥匙是好事，但保管不当，好事可能变成官司。
辎州衡信律师事务所
2024年11月28日
""",
    ),
]

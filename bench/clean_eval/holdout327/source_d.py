"""holdout327, part D: county forums, download stations, personnel-exam sites, tender portals, law firms.

Invented text, sites, places and people, written by hand; see ../README.md and ../build.py.
"""

CASES = [
    dict(
        slug="localforum-zongshan-jar-recycling-subject-jammer",
        site="骔山论坛 (invented county forum, Discuz-like)",
        style="地方论坛",
        genre="论坛帖子",
        kind="other",
        form="html",
        source="https://bbs.zongshan.cc/thread-1180364-1-1.html",
        title="谁知道城区哪里能回收空护手霜罐？攒了一大袋",
        record_title=None,
        date=None,
        notes="county forum: no title in the record, the thread subject on the page; weather line, medals, jammer "
        "fonts in the post, a 转交有关部门 link, a decoration ad with a QQ; relative times only, no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="gbk">
<title>谁知道城区哪里能回收空护手霜罐？攒了一大袋 - 骔山杂谈 - 骔山论坛</title>
<script src="data/cache/common.js?Q2w"></script>
<style>.jammer{display:none}</style>
</head>
<body>
<div class="zs-top">⟦m 骔山论坛 · 骔山人的网上家园⟧ ⟦m 今日骔山：小雨 3～9℃ 北风2级⟧ ⟦a <a>登录</a> <a>注册</a>⟧</div>
<div class="zs-nav">⟦m 论坛首页 骔山杂谈 百姓呼声 房产家居 二手市场 招聘求职⟧</div>
<div class="zs-pt">⟦m 骔山论坛 › 生活 › 骔山杂谈⟧</div>
<div class="zs-ad">⟦w 骔山匠心装饰 全包套餐 咨询QQ 3308174529⟧</div>
<h1 class="ts">{T}</h1>
<div class="zs-count">⟦m 查看 1876 ｜ 回复 31⟧</div>
<table class="plhin"><tr>
<td class="pls">⟦m 青杠路老住户⟧<br>⟦m 勋章：热心网友 十年老骔友⟧<br>⟦m 积分 2210⟧</td>
<td class="plc">
<div class="authi">⟦m 发表于 2 天前 ｜ 只看该作者⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="forward">⟦a 此帖已转交县城管局 查看官方回复⟧</div>
<div class="po">⟦a 回复 支持(14) 反对 举报⟧</div>
</td></tr></table>
<div class="reply">⟦l 2楼 骔山小舟：商超那个活动结束了，社区回收点好像还收⟧</div>
<div class="reply">⟦l 3楼 阿芷手作：玻璃罐我要！私信你⟧</div>
<div class="zs-foot">⟦m 骔山论坛 bbs.zongshan.cc　湘ICP备10027713号　客服电话：0736-5849191⟧</div>
</body>
</html>
""",
        p_html='<div class="pline">{}</div>',
        junk=dict(lines=1, glued=2),
        body="""
家里三口人一个冬天用掉十几罐护手霜，铝罐、玻璃罐、塑料罐都有，攒了一大袋，扔进垃圾桶总觉得可惜。
之前看新闻说城区商超有回收箱，我去了人民路那家，工作人员说活动上个月就结束了。
问一下本地的朋友，县城还有没有长期回收这类小罐子的地方？玻璃罐我都洗干净了，可以送给做手工的，需要的留言，自提。
另外想请教，罐子里残留的膏体用什么洗得干净？用洗洁精泡了一晚上，还是油乎乎的。
""",
    ),
    dict(
        slug="localforum-bachuan-window-flower-clings-junk",
        site="鲃川在线论坛 (invented county forum)",
        style="地方论坛",
        genre="论坛帖子",
        kind="other",
        form="text",
        source="http://bbs.bachuanzx.com/forum.php?mod=viewthread&tid=530917",
        title="今年的窗花换成了静电贴，晒一下",
        record_title="[生活交流] 今年的窗花换成了静电贴，晒一下 - 民生杂谈 - 鲃川在线论坛",
        date=None,
        notes="county forum as text: anti-scraping junk on lines and glued after 。; weather line; photo "
        "placeholders; relative time (昨天), no date",
        page="""
!m 鲃川在线论坛　　天气：鲃川 晴 -1～8℃
!m 首页 » 民生杂谈 » 帖子
!t [生活交流] 今年的窗花换成了静电贴，晒一下
!m 楼主 小鲃鱼的妈　　发表于 昨天 20:05　　来自 手机
{BODY}
!m [图片] [图片] [图片]
!a 赞一个(23)　　收藏　　只看楼主
!l 沙发 鲃川老王：十块钱八张确实划算，我明天也去买
!l 板凳 北门口：静电的贴久了会不会掉？
!l 地板 小鲃鱼的妈：回复 北门口，贴了一个多月了，没掉
!m 鲃川在线 版权所有 鲃川在线传媒有限公司
""",
        junk=dict(lines=1, glued=2),
        body="""
往年过年都是去集上买红纸窗花，用浆糊贴，年后刮下来特别费劲，玻璃上的纸屑要擦好几遍。
今年在步行街的年货摊上看到静电窗花，十块钱一套八张，图案有福字、鲤鱼和生肖蛇，就买了两套试试。
贴的时候先把玻璃擦干净，揭掉背面的透明膜往上一按，用手掌从中间往外抹，几秒钟就贴好了，位置不对还能揭下来重贴。
唯一的缺点是颜色没有红纸那么正，远看有点发亮。总体还是推荐，尤其是家里有老人的，不用再爬上爬下刮浆糊了。
""",
    ),
    dict(
        slug="download-yide-rules-brush-workshop-gb2312",
        site="易得资料站 (invented download station, old gb2312 layout)",
        style="资料下载站",
        genre="规程",
        kind="other",
        form="html",
        source="http://www.yide-ziliao.com/soft/anquan/8826.html",
        title="化妆刷生产车间安全操作规程",
        record_title="化妆刷生产车间安全操作规程（附doc原稿）_易得资料站",
        date=None,
        notes="download station: gb2312 file-info table (size, date added, rating), three download links, an unzip "
        "password, a dead-link report and a floating ad; 第N条 articles; no date (an add date is no date)",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>化妆刷生产车间安全操作规程（附doc原稿）_易得资料站</title>
<script type="text/javascript" src="/js/yd_ad.js"></script>
</head>
<body>
<table width="980" align="center"><tr>
<td>⟦m 易得资料站 — 资料一点就得⟧</td>
<td align="right">⟦a <a href="#">收藏本站</a>｜<a href="#">网站地图</a>⟧</td></tr></table>
<table width="980" align="center" class="menu"><tr><td>⟦m 首页 安全资料 行业标准 合同范本 表格模板 培训课件⟧</td></tr></table>
<table width="980" align="center"><tr><td>⟦m 所在位置：易得资料站 → 安全资料 → 操作规程⟧</td></tr></table>
<table width="980" align="center" class="info" border="1">
<tr><td colspan="4"><b>⟦t 化妆刷生产车间安全操作规程（附doc原稿）⟧</b></td></tr>
<tr><td>⟦m 资料大小：36 KB⟧</td><td>⟦m 资料格式：.doc⟧</td><td>⟦m 添加时间：2025-03-27⟧</td><td>⟦m 推荐等级：★★★★☆⟧</td></tr>
<tr><td colspan="4">⟦m 运行环境：WPS / Office 2007 及以上⟧</td></tr>
</table>
<table width="980" align="center"><tr><td>
<div class="jj">⟦m 资料简介：⟧</div>
<p align="center"><b>{T}</b></p>
{BODY}
</td></tr></table>
<table width="980" align="center" class="down"><tr><td>
⟦a 电信高速下载⟧　⟦a 联通高速下载⟧　⟦a 本地直接下载⟧<br>
⟦a 解压密码：www.yide-ziliao.com⟧<br>
⟦a 下载不了？点此报告死链⟧
</td></tr></table>
<div id="yd_float" style="position:absolute;left:0;top:300px">⟦w 安全资料代编 整套制度包 加Q 2418850376⟧</div>
<table width="980" align="center" class="foot"><tr><td align="center">
⟦d 本站资料均来自网络整理，仅供学习交流，下载后请于24小时内删除。⟧<br>
⟦m 易得资料站 版权所有　浙ICP备09038417号⟧
</td></tr></table>
</body>
</html>
""",
        body="""
第一条　为规范化妆刷生产车间作业行为，预防机械伤害、粉尘和火灾事故，制定本规程。
第二条　员工上岗前须穿戴工作服、防尘口罩，留长发者须将头发盘入工作帽内。
第三条　操作冲压、植毛设备时，严禁将手伸入模具区域；设备卡毛时应先停机断电，再用镊子清理。
第四条　刷毛修剪产生的碎毛每班清扫两次，装入有盖容器，不得用压缩空气吹扫。
第五条　胶合工序使用的环氧胶须存放在通风柜内，车间内严禁吸烟和使用明火。
第六条　本规程由生产部负责解释，自印发之日起执行。
""",
    ),
    dict(
        slug="download-qianji-contract-template-jars-doc",
        site="千集文档下载 (invented)",
        style="资料下载站",
        genre="合同范本",
        kind="other",
        form="text",
        source="https://www.qianjidoc.com/hetong/caigou/40271.html",
        title="护手霜罐采购合同（范本）",
        record_title="护手霜罐采购合同（范本）.doc",
        date=None,
        notes="download page as text: file-name record title; a contract template with ＿＿ blanks, ×× placeholders "
        "and ＿＿＿＿年＿＿月＿＿日; 第N条 articles; no date (an upload stamp is no date)",
        page="""
!m 千集文档下载　｜　合同范本频道
!t 护手霜罐采购合同（范本）.doc
!m 文件大小：28KB　　更新时间：2025-01-09　　下载次数：964
!a 【立即下载】　【收藏】　【举报】
!d 本合同范本仅供参考，使用前请根据实际情况修改，必要时咨询专业律师。
{T}
{BODY}
!a 下载完整版（含附件清单）请点击上方按钮
!l 相关范本：包装材料采购合同 ｜ 化妆品OEM委托加工合同 ｜ 玻璃瓶采购合同
!m 千集文档下载 qianjidoc.com　鄂ICP备17022095号
""",
        body="""
甲方（采购方）：＿＿＿＿＿＿＿＿
乙方（供货方）：＿＿＿＿＿＿＿＿
甲乙双方经协商一致，就甲方向乙方采购护手霜罐事宜订立本合同。
第一条　产品名称、规格：××毫升铝制（玻璃、塑料）护手霜罐，罐身印刷图案以甲方确认的样稿为准。
第二条　数量及价款：共计××只，单价××元，合同总价××元（大写：＿＿＿＿）。
第三条　质量要求：罐盖旋合顺畅、不漏膏，罐体无划伤、无锈点；每批到货由甲方按千分之五的比例抽检。
第四条　交货时间及地点：乙方于＿＿＿＿年＿＿月＿＿日前将货物送至甲方指定仓库。
第五条　本合同一式两份，甲乙双方各执一份，自双方签字盖章之日起生效。
甲方（盖章）：＿＿＿＿　乙方（盖章）：＿＿＿＿
签订日期：＿＿＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="exam-biaozhou-makeup-artist-timetable",
        site="骉州人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://www.bzrsks.gov.cn/zyjn/2025/0609/3318.html",
        title="关于2025年第二批化妆师职业技能等级认定考试安排的公告",
        record_title="【美业工种考务】关于2025年第二批化妆师职业技能等级认定考试安排的公告-考试公告-骉州人事考试网",
        date="2025-06-06",
        date_also=["2025-06-09"],
        notes="personnel-exam site: a maintenance banner, an admission-ticket float, a technical line beside the "
        "centre's own 考务咨询电话; a timetable one row a paragraph; sentences about downloading and printing the "
        "admission ticket stay in the body; the site's date also accepted",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【美业工种考务】关于2025年第二批化妆师职业技能等级认定考试安排的公告-考试公告-骉州人事考试网</title>
<script src="/static/js/exam.js"></script>
</head>
<body>
<div class="ks-notice">⟦a 系统升级：6月15日0:00—6:00报名系统暂停服务，敬请留意⟧</div>
<div class="ks-head">⟦m 骉州人事考试网　骉州市人事考试院⟧</div>
<div class="ks-nav">⟦m 首页　考试公告　报名入口　成绩查询　证书领取　政策法规⟧</div>
<div class="ks-loc">⟦m 位置：首页 - 职业技能 - 考试公告⟧</div>
<div class="ks-main">
<h1>{T}</h1>
<div class="ks-info">⟦m 发布时间：2025-06-09　信息来源：骉州市职业技能鉴定指导中心⟧</div>
<div class="ks-body">
{BODY}
</div>
<div class="ks-op">⟦a 【打印公告】　【关闭本页】⟧</div>
</div>
<div class="ks-float">⟦a 准考证打印入口⟧<br>⟦a 成绩查询入口⟧</div>
<div class="ks-foot">
⟦m 主办：骉州市人事考试院　地址：骉州市长庚路17号⟧<br>
⟦m 网上报名系统技术支持：0736-5870999⟧<br>
⟦m 湘ICP备08011623号⟧
</div>
</body>
</html>
""",
        body="""
各有关考生：
2025年第二批化妆师职业技能等级认定考试将于6月21日至22日在骉州技师学院举行，现将有关事项公告如下。
一、考试安排
等级　科目　时间
四级　理论知识　6月21日9:00—10:30
四级　技能操作　6月21日14:00—16:30
三级　理论知识　6月22日9:00—10:30
三级　技能操作　6月22日14:00—17:00
二、考生须知。请考生于6月18日起登录本网站下载并打印准考证。技能操作考试须自带化妆刷具一套（不少于12支），刷具须清洁消毒，考场不提供刷具。
三、考务咨询电话：0736-5870243
骉州市职业技能鉴定指导中心
2025年6月6日
""",
    ),
    dict(
        slug="exam-bachuan-dental-nurse-practical-floss",
        site="鲃川人事考试信息网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://rsks.bachuan.gov.cn/zpks/2025/0703/872.html",
        title="鲃川县2025年公立医院公开招聘口腔护士岗位实操测试须知",
        record_title="【岗位实操】鲃川县2025年公立医院公开招聘口腔护士岗位实操测试须知（内附评分细则）_鲃川人事考试信息网",
        date="2025-07-02",
        notes="exam site as text: a scoring list; a sentence telling candidates to print their notice; 成文日期 "
        "under the signature",
        page="""
!m 鲃川人事考试信息网
!m 网站首页 ＞ 招聘考试 ＞ 事业单位
!t 【岗位实操】鲃川县2025年公立医院公开招聘口腔护士岗位实操测试须知（内附评分细则）
!m 发布时间：2025-07-03　　浏览次数：2206
!a 〖 打印 〗　〖 收藏 〗
{T}
{BODY}
!l 相关链接：鲃川县2025年公立医院公开招聘笔试成绩公示 ｜ 资格复审名单
!m 考试咨询（工作日）：0736-5826701
!m 鲃川县人力资源和社会保障局主办
""",
        date_also=["2025-07-03"],
        body="""
各位考生：
根据鲃川县2025年公立医院公开招聘工作安排，口腔护士岗位实操测试定于7月12日在县口腔医院进行，现将有关事项通知如下：
一、测试内容为口腔卫生宣教，考生须在8分钟内向“患者”讲解并示范牙线的使用方法。
二、评分要点：取线长度和缠绕手法正确（30分），牙线进入牙缝及C形包绕动作规范（40分），语言通俗、交流自然（30分）。
三、牙线、牙模由考点统一提供，考生不得自带。
四、请考生于7月9日后登录本网站打印实操测试通知单，测试当天凭通知单和身份证入场。
鲃川县卫生健康局
2025年7月2日
""",
    ),
    dict(
        slug="tender-bachuan-inquiry-medical-finger-cots",
        site="鲃川县公共资源交易中心 (invented)",
        style="招投标网",
        genre="询价公告",
        kind="notice",
        form="html",
        source="https://ggzy.bachuan.gov.cn/jyxx/zfcg/xjgg/20250514/21037.html",
        title="鲃川县人民医院一次性医用指套采购询价公告",
        record_title="【院内耗材询价】鲃川县人民医院一次性医用指套采购询价公告",
        date="2025-05-14",
        notes="tender portal: a countdown, an attachment link, CA and trading-system lines beside the purchaser's "
        "and agency's own contacts; an items table; a sentence about downloading the inquiry file",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【院内耗材询价】鲃川县人民医院一次性医用指套采购询价公告</title>
<script src="/js/ggzy.timer.js"></script>
</head>
<body>
<div class="gg-top">⟦m 鲃川县公共资源交易中心⟧ ⟦m 北京时间 <span id="clock">2025-05-15 10:24:31</span>⟧</div>
<div class="gg-nav">⟦m 首页 交易信息 政府采购 工程建设 服务指南 诚信体系⟧</div>
<div class="gg-path">⟦m 交易信息 / 政府采购 / 询价公告⟧</div>
<div class="gg-detail">
<h2>{T}</h2>
<div class="gg-attr">⟦m 信息时间：2025-05-14　　阅读：318⟧</div>
<div class="gg-count">⟦m 距报价截止还剩：8天 0时 35分⟧</div>
<div class="gg-content">
{BODY}
</div>
<div class="gg-file">⟦a 询价文件.zip（点击下载）⟧</div>
</div>
<div class="gg-help">
⟦m CA证书办理：0736-5902200⟧<br>
⟦m 电子交易系统技术支持：400-061-3370⟧
</div>
<div class="gg-foot">⟦m 鲃川县公共资源交易中心　湘ICP备17009928号⟧</div>
</body>
</html>
""",
        body="""
项目名称：鲃川县人民医院一次性医用指套采购
项目编号：BCRY-2025-XJ017
采购内容：
序号　品名　规格　数量
1　乳胶指套　中号，无粉　800盒
2　丁腈指套　中号，无粉　300盒
3　乳胶指套　大号，无粉　200盒
供应商须具备医疗器械经营资质。有意参加的供应商请于2025年5月19日前在本平台下载询价文件，报价截止时间为2025年5月23日10:00。
采购人：鲃川县人民医院　联系人：粟晓东　电话：0736-5819077
代理机构：骉州诚衡招标咨询有限公司　联系人：甘露　电话：0736-5902314
2025年5月14日
""",
    ),
    dict(
        slug="tender-zongshan-bid-result-privacy-clings",
        site="骔山公共资源交易网 (invented)",
        style="招投标网",
        genre="中标结果公告",
        kind="notice",
        form="text",
        source="http://ggzy.zongshan.gov.cn/zbgs/2025/0425/9917.html",
        title="骔山县政务服务中心窗户静电隐私贴采购项目中标结果公告",
        record_title="骔山县政务服务中心窗户静电隐私贴采购项目中标结果公告 - 采购结果 - 骔山公共资源交易网",
        date="2025-04-25",
        notes="tender result as text: a lot table one row a paragraph; the purchaser's contact beside the portal's "
        "hotline; date under the body",
        page="""
!m 骔山公共资源交易网
!m 交易信息 > 政府采购 > 采购结果
{T}
!m 发布时间：2025-04-25 16:48　　来源：骔山县政务服务中心
!a 分享｜打印｜关闭
{BODY}
!l 上一篇：骔山县第一中学课桌椅采购项目成交公告
!l 下一篇：骔山县城区路灯维修服务项目招标公告
!m 平台服务热线：0736-5847000　　CA办理：0736-5847011
!m 主办：骔山县公共资源交易中心
""",
        body="""
一、项目编号：ZSGZ-2025-0412
二、项目名称：骔山县政务服务中心窗户静电隐私贴采购项目
三、中标信息
包号　中标供应商　中标金额（元）
1（一楼至三楼）　骔山县明澈装饰工程有限公司　46800
2（四楼至六楼）　骉州透影膜业有限公司　39250
四、主要标的：静电磨砂隐私贴约1860平方米，含测量、裁切和粘贴，质保两年。
五、公告期限：自本公告发布之日起1个工作日。
六、联系方式：采购人骔山县政务服务中心，联系人：庞敏，电话：0736-5847120。
2025年4月25日
""",
    ),
    dict(
        slug="lawfirm-diyan-case-note-shared-brushes",
        site="砥言律师事务所 (invented)",
        style="律所网站",
        genre="案例评析",
        kind="other",
        form="html",
        source="https://www.diyanlaw.cn/anli/xiaofei/1174.html",
        title="美容院共用化妆刷致顾客感染，谁来担责？",
        record_title="案例研习｜美容院共用化妆刷致顾客感染，谁来担责？—砥言律师事务所",
        date=None,
        notes="law firm: a lawyer card, a consult float, a 400 line and a 本文地址 block; bracketed case-note "
        "headings; a consult prompt glued after the last paragraph; no date (an update stamp is no date)",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>案例研习｜美容院共用化妆刷致顾客感染，谁来担责？—砥言律师事务所</title>
<script src="/js/hy-consult.js"></script>
</head>
<body>
<div class="hy-top">⟦m 砥言律师事务所 · 以衡为度，以言为信⟧ ⟦m 全国咨询热线 400-833-6017⟧</div>
<div class="hy-nav">⟦m 首页 律所简介 专业领域 律师团队 案例研习 联系我们⟧</div>
<div class="hy-path">⟦m 首页 › 案例研习 › 消费者权益⟧</div>
<div class="hy-art">
<h1>{T}</h1>
<div class="hy-meta">⟦m 更新于 4 天前　｜　文：消费维权团队⟧</div>
<div class="hy-text">
{BODY}
</div>
<div class="hy-link">⟦m 本文地址：https://www.diyanlaw.cn/anli/xiaofei/1174.html　转载请注明⟧</div>
</div>
<div class="hy-card">⟦m 承办律师：龚念慈　执业证号 14307201910662081⟧<br>⟦a 在线咨询龚律师⟧</div>
<div class="hy-float">⟦w 遇到消费纠纷？留下电话，律师十分钟内回电⟧</div>
<div class="hy-foot">⟦m 砥言律师事务所　骉州市滨江路58号金融大厦19层⟧<br>⟦m 湘ICP备20015568号⟧</div>
</body>
</html>
""",
        body="""
【基本案情】顾客龚女士在某美容店做新娘妆，化妆师为她画眼线时使用的眼线刷未经消毒。三天后，龚女士双眼红肿，经医院诊断为细菌性结膜炎，花去医疗费两千余元。龚女士要求美容店赔偿，店方以“感染原因无法证明”为由拒绝。
【法院观点】法院审理认为，美容店作为经营者，负有保障顾客人身安全的义务。店方不能提供刷具消毒记录，且其他顾客证实当天多人共用同一套刷子，可以认定店方未尽安全保障义务。
【裁判结果】判决美容店赔偿龚女士医疗费、误工费等共计4700元。
【律师提示】美容机构应建立化妆刷“一客一消毒”制度并保留记录；消费者也可以要求使用一次性刷具或自带刷具。⟦w 类似纠纷可免费预约律师面谈⟧
""",
    ),
    dict(
        slug="lawfirm-diyan-letter-jar-design-cn-date",
        site="砥言律师事务所 (invented)",
        style="律所网站",
        genre="函",
        kind="other",
        form="text",
        source="https://www.diyanlaw.cn/gongshi/2025/0313/63.html",
        title="关于“六角梅花护手霜罐”涉嫌侵犯外观设计专利权的律师函",
        record_title="【律师函】关于“六角梅花护手霜罐”涉嫌侵犯外观设计专利权的律师函（全文公示）｜砥言律所",
        date="2025-03-11",
        notes="law firm page as text: the letter's own contact beside the firm's 400 line; 成文日期 in Chinese "
        "numerals under the signature",
        page="""
!m 砥言律师事务所　全国咨询热线 400-833-6017
!m 首页 › 律师函公示
!t 【律师函】关于“六角梅花护手霜罐”涉嫌侵犯外观设计专利权的律师函（全文公示）
{T}
!m 公示时间：2025-03-13　　阅读 742
{BODY}
!d 本函经委托人同意予以公示，不代表对任何一方的最终法律评价。
!l 延伸阅读：外观设计专利侵权如何比对？ ｜ 收到律师函后该怎么办
!w 知识产权业务咨询：加微信 diyan_ip 预约
""",
        date_also=["2025-03-13"],
        body="""
骉州市铭冠日化用品有限公司：
本所接受鲃川县云樨包装制品有限公司（以下简称“委托人”）的委托，就贵司生产、销售的“六角梅花护手霜罐”涉嫌侵犯委托人外观设计专利权一事，郑重致函如下：
委托人于2023年获得“护手霜罐（六角梅花）”外观设计专利。经比对，贵司产品的罐盖花纹、罐身六角造型与委托人的专利设计高度近似。
请贵司自收到本函之日起七日内停止生产、销售上述产品，并与本所联系协商赔偿事宜。逾期，委托人将依法提起诉讼。
联系人：覃律师　电话：0736-5826630
骉州砥言律师事务所
律师：覃一舟
二〇二五年三月十一日
""",
    ),
]

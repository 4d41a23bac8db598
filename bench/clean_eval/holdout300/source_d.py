"""holdout300, part D: 地方论坛, 资料下载站, 人事考试网, 招投标网, 律所网站 (one HTML and one text page each).

Every page, site, place, person, number and URL here is invented; see ../README.md and
../build.py for the markup. Objects: 压面机, 咖啡壶, 茶漏, 碗架, 洗菜盆.
"""

CASES = [
    dict(
        slug="countyforum-ruchuan-market-wash-basin-jammer",
        site="洳川在线论坛 (invented county forum)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="https://bbs.ruchuanzx.com/thread-310552-1-1.html",
        title="农贸市场门口的公共洗菜盆又堵了，谁来管管？",
        record_title=None,
        date=None,
        notes="county forum: no record title (the thread subject), a weather line, medals, jammer-font junk, a "
        "decoration ad, a 'forward to the department' link; community police's phone in the post beside the ad's QQ; "
        "'posted the day before yesterday' is no date",
        page="""
<html>
<head>
<meta charset="gbk">
<title>洳川在线论坛 - 洳川人自己的论坛</title>
<script src="data/cache/common.js?Rc2"></script>
<style>.jammer{display:none}</style>
</head>
<body>
<div id="toptb">⟦m 洳川在线 · 今日 小雨 14~19℃ 东南风2级⟧ <a>⟦a 登录⟧</a> <a>⟦a 快速注册⟧</a></div>
<div id="pt">⟦m 洳川在线论坛 › 百姓说事 › 帖子正文⟧</div>
<div class="ad">⟦w 广告：洳川鑫家装修，旧厨房翻新包工包料，QQ 1738204456⟧</div>
<table><tr>
<td class="pls">⟦m 河边散步的人⟧<br>⟦m 勋章：热心网友 · 随手拍达人⟧</td>
<td class="plc">
<h1 id="thread_subject">{T}</h1>
<div class="authi">⟦m 发表于 前天 19:02　｜　电脑版⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="zj">⟦a 转交县市场服务中心⟧　⟦a 等待官方回复⟧</div>
<div class="rate">⟦a 顶 36　｜　收藏 4　｜　分享⟧</div>
</td></tr></table>
<div class="reply">⟦l 2楼 老城根：上个月就反映过，一直没人修⟧<br>⟦l 3楼 卖豆腐的张嫂：盆边那块瓷砖也松了，小心滑倒⟧</div>
<div id="ft">⟦m 洳川在线论坛 滇ICP备16004127号⟧ ⟦m 举报电话 0878-6200110⟧</div>
</body>
</html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=2),
        body="""
县城农贸市场东门口那排公共洗菜盆，是前年市场改造时装的，一共六个，方便买菜的人和摊主洗洗菜、冲冲手。
可这半个月，最边上两个盆的下水口一直堵着，盆里积着浑水，上面漂着菜叶，天一热就有味。其余四个盆排队的人多，摊主们只好拎着桶去厕所接水。
我问过门口管理处，说是归市场服务中心管，要报修。报了一个礼拜，还是没动静。
建议市场服务中心安排人把下水管疏通一下，再给每个洗菜盆加个滤网，菜叶就不会堵管子了。
顺便提一句，市场派出所的社区民警老鲁说过，市场里有什么安全隐患也可以打他电话：0878-6207731。
""",
    ),
    dict(
        slug="countyforum-piexi-coffee-pot-repair-shop-junk",
        site="苤溪论坛 (invented county forum)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="http://www.piexibbs.com/forum.php?mod=viewthread&tid=88413",
        title="在县城找到一家能修老式电咖啡壶的小店",
        record_title="[生活分享] 在县城找到一家能修老式电咖啡壶的小店 - 苤溪生活圈 - 苤溪论坛",
        date=None,
        notes="county-forum text: forum junk as lines and glued after 。, a board line and a medal line, replies; "
        "'posted 4 hours ago' is no date",
        page="""
!m 苤溪论坛 — 苤溪人的网上家园
!m 苤溪论坛 » 苤溪生活圈 » 生活分享
!t [生活分享] 在县城找到一家能修老式电咖啡壶的小店 - 苤溪生活圈 - 苤溪论坛
!m 楼主：芦苇荡的风　　发表于 4 小时前　　查看：611　回复：12
{BODY}
!l 沙发　桥头老周：这家店我知道，修收音机也很在行
!l 板凳　米粒：求具体门牌号
!a 本版禁止发布广告，回帖请先登录
!m 苤溪论坛　Discuz! 驱动
""",
        junk=dict(lines=2, glued=2),
        body="""
家里有一只老式电咖啡壶，是我父亲九十年代出差带回来的，前几天通电后指示灯亮，但就是不加热。网上问了几家，都说这种老款早就停产，没有配件。
后来在圳口镇老街找到一家小电器维修店，店主姓骆，六十多岁。他拆开底座看了看，说是温控器的触点烧坏了，找了个尺寸相近的温控器换上，又把电源线重新接了一遍。
前后不到一个小时，收了四十块钱。回家试了一下，水烧开后自动跳闸，跟新的一样。
骆师傅说，老电器只要线圈没坏，多半都能修。店就在老街邮局对面，有需要的朋友可以去看看。
""",
    ),
    dict(
        slug="download-zhiyuan-rules-noodle-press-doc-gb2312",
        site="职苑资料下载站 (invented, old gb2312 table layout)",
        style="资料下载站",
        genre="规程",
        kind="other",
        form="html",
        source="http://www.zhiyuan-down.com/soft/41/41872.html",
        title="压面机安全操作规程",
        record_title="压面机安全操作规程.doc",
        date=None,
        notes="download station: a file-info table, three download links, an unzip password, a dead-link report, a "
        "floating ad; a rule with 第N条 articles; the update stamp is no date",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>压面机安全操作规程.doc_职苑资料下载站</title>
<script language="javascript" src="/ad/float_left.js"></script>
</head>
<body>
<table width="980" align="center"><tr><td>⟦m 职苑资料下载站⟧</td><td>⟦m 安全制度·操作规程·岗位职责 一站下齐⟧</td></tr></table>
<table width="980" align="center"><tr><td>⟦m 首页 ｜ 安全生产 ｜ 操作规程 ｜ 食品机械⟧</td></tr></table>
<table width="980" align="center" class="info">
<tr><td colspan="2"><h1>{T}</h1></td></tr>
<tr><td>⟦m 资料大小：31.5 KB⟧</td><td>⟦m 资料格式：doc⟧</td></tr>
<tr><td>⟦m 更新时间：2025-02-11⟧</td><td>⟦m 下载次数：2166⟧</td></tr>
<tr><td>⟦m 运行环境：WPS / Office⟧</td><td>⟦m 资料评级：★★★★☆⟧</td></tr>
</table>
<table width="980" align="center"><tr><td>
<div class="jianjie">⟦m 资料预览：⟧</div>
{BODY}
</td></tr></table>
<table width="980" align="center" class="down"><tr>
<td>⟦a ↓ 电信线路下载⟧</td><td>⟦a ↓ 联通线路下载⟧</td><td>⟦a ↓ 备用线路下载⟧</td></tr>
<tr><td colspan="3">⟦a 解压密码：www.zhiyuan-down.com⟧　⟦a 下载出错？报告死链⟧</td></tr></table>
<div style="position:absolute;left:2px;top:300px">⟦w 安全制度代编 加QQ 2260517983⟧</div>
<table width="980" align="center"><tr><td>⟦d 本站资料均收集于网络，仅供学习研究，请于下载后24小时内删除。⟧<br>⟦m 职苑资料下载站 鲁ICP备11020846号⟧</td></tr></table>
</body>
</html>
""",
        p_html="<p>{}</p>",
        body="""
第一条　压面机操作人员须经培训合格后方可上岗，非操作人员不得开动压面机。
第二条　开机前检查压辊防护罩、急停开关和接地线是否完好，压辊间无异物后方可接通电源。
第三条　送料时手指与压辊保持十厘米以上距离，面片卷入压辊时严禁用手拉拽或推送，应使用专用推料板。
第四条　压面机运转中不得清理压辊、调整间隙或拆卸防护罩；发现异响、卡料，应立即按下急停开关，切断电源后再处理。
第五条　操作时不得佩戴手套、手链，长发须盘入工作帽内。
第六条　工作结束后切断电源，清理压辊和刀辊上的面屑，不得用水直接冲洗电机部位。
第七条　本规程自发布之日起执行。
""",
    ),
    dict(
        slug="download-wenku88-rules-tea-strainer-tasting-room",
        site="文库88资料站 (invented)",
        style="资料下载站",
        genre="规程",
        kind="other",
        form="text",
        source="https://www.wenku88-down.cn/zd/2025/0520/7719.html",
        title="茶叶审评室器具清洗消毒规程",
        record_title="茶叶审评室器具清洗消毒规程【Word原版·字字可改】- 文库88资料站",
        date=None,
        notes="download-station text: a file-info block, a mirror list and an unzip note; a numbered procedure that "
        "mentions 茶漏 and a 打印 record sheet; no date",
        page="""
!m 文库88资料站　规章制度频道
!t 茶叶审评室器具清洗消毒规程【Word原版·字字可改】- 文库88资料站
!m 格式：doc　页数：2　大小：24K　上架：3 天前
!m 内容简介：
{BODY}
!a 本地下载一　本地下载二　网盘下载
!a 提示：压缩包内含 doc 文件一份，用 WinRAR 解开即可
!l 猜你要找：茶叶加工车间卫生管理制度　审评室温湿度记录表
!d 文库88所有资料来源于网友上传，如有侵权请及时通知删除。
""",
        body="""
为保证茶叶审评结果准确，防止器具串味和污染，制定本规程。
一、适用范围。本规程适用于审评室的审评杯、审评碗、茶漏、叶底盘、汤匙等器具的清洗和消毒。
二、清洗步骤。1.每轮审评结束后，倒净茶汤和茶渣；2.茶漏和汤匙用软毛刷在流水下刷洗，滤网内的茶末须冲净；3.审评杯碗用无香型洗涤剂清洗，再用清水冲洗三遍。
三、消毒要求。每日审评结束后，全部器具放入消毒柜消毒，消毒时间不少于二十分钟。
四、记录管理。清洗消毒情况填写在《器具清洗消毒记录表》上，记录表每月打印一份存档。
五、注意事项。茶漏滤网变形或破损的，应及时更换，不得继续用于审评。
""",
    ),
    dict(
        slug="exam-kaiyang-tea-art-skill-test-admission-ticket",
        site="垲阳人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.kyrsks.example.cn/zyjn/2025/0408/1132.html",
        title="2025年上半年茶艺师职业技能等级认定考核公告",
        record_title="〖茶艺考务〗2025年上半年茶艺师职业技能等级认定考核公告_垲阳人事考试网",
        date="2025-04-08",
        notes="personnel-exam site: a maintenance banner, an entry float; 下载/打印 准考证 and candidates bringing 茶漏 "
        "as content; the exam centre's 咨询电话 in the body beside the site's technical line",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>〖茶艺考务〗2025年上半年茶艺师职业技能等级认定考核公告_垲阳人事考试网</title>
<script src="/js/ks-common.js"></script>
</head>
<body>
<div class="ks-banner">⟦m 系统升级提醒：4月12日22时至次日6时暂停网上报名服务⟧</div>
<div class="ks-top">⟦m 垲阳人事考试网⟧ <span>⟦m 垲阳市人事考试院　主办⟧</span></div>
<div class="ks-nav">⟦m 首页⟧ ⟦m 考试公告⟧ ⟦m 技能鉴定⟧ ⟦m 成绩查询⟧ ⟦m 证书领取⟧</div>
<div class="ks-pos">⟦m 当前位置：首页 ＞ 技能鉴定 ＞ 考务通知⟧</div>
<div class="ks-art">
<h1>{T}</h1>
<div class="ks-info">⟦m 来源：市人事考试院　浏览次数：3021⟧</div>
<div class="ks-con">
{BODY}
</div>
</div>
<div class="ks-float"><a>⟦a 技能考核报名入口⟧</a><a>⟦a 准考证打印入口⟧</a></div>
<div class="ks-foot">
<p>⟦m 网站技术问题请联系：0797-5102266（仅受理系统故障）⟧</p>
<p>⟦m 垲阳市人事考试院　地址：垲阳市滨江路16号⟧ ⟦m 赣ICP备13004450号⟧</p>
</div>
</body>
</html>
""",
        body="""
根据年度职业技能等级认定工作安排，现将2025年上半年茶艺师（五级、四级）职业技能等级认定考核有关事项公告如下：
一、报名时间。4月15日至4月25日，在本网“技能考核报名入口”报名。
二、考核时间。理论知识考试5月17日上午，操作技能考核5月17日下午至5月18日。
三、准考证。考生须于5月12日至5月16日登录本网下载并打印准考证，凭准考证和身份证参加考核。
四、考核用具。操作技能考核的盖碗、公道杯、品茗杯由考点统一提供；茶漏、茶巾、茶则由考生自备，茶漏须为不锈钢或陶瓷材质，不得带有文字和图案。
五、咨询方式。考务咨询电话：0797-5102318（工作日8:30—17:30）。
垲阳市人事考试院
2025年4月8日
""",
    ),
    dict(
        slug="exam-pangshui-barista-skill-test-equipment-table",
        site="滂水县人力资源和社会保障网 (invented)",
        style="人事考试网",
        genre="公示",
        kind="notice",
        form="text",
        source="http://rsj.pangshui.gov.cn.example/ksxx/2024/1028/5501.html",
        title="咖啡师（四级）技能考核设备及用具清单",
        record_title="【技能鉴定专栏】咖啡师（四级）技能考核设备及用具清单 - 考试信息 - 滂水县人力资源和社会保障网",
        date="2024-10-28",
        notes="exam text: a table of equipment one row a paragraph (cells apart by ideographic spaces) with 摩卡壶 "
        "and 手冲壶; 成文日期 at the end; an entry link and an exam-site technical line outside",
        page="""
!m 滂水县人力资源和社会保障网　考试信息
!t 【技能鉴定专栏】咖啡师（四级）技能考核设备及用具清单 - 考试信息 - 滂水县人力资源和社会保障网
!m 信息来源：县职业技能鉴定所　发布：2024-10-28　阅读：402
{BODY}
!a 网上报名入口 ▸　　准考证打印 ▸
!m 报名系统技术支持：0797-7023019
!m 滂水县人力资源和社会保障局　版权所有
""",
        indent="\u3000\u3000",
        body="""
根据咖啡师国家职业技能标准，现将咖啡师（四级）技能考核设备及用具清单公布如下，请考生提前熟悉。
名称　规格　数量　提供方
意式咖啡机　双头商用　1台／2人　考点
摩卡壶　六人份铝制　1只／人　考点
手冲壶　细嘴600毫升　1只／人　考点
磨豆机　电动平刀　1台／2人　考点
咖啡豆　中深烘焙　250克／人　考点
围裙、抹布　自定　各1件　考生自备
考生不得携带自备咖啡壶进入考场。考核中因操作不当损坏设备的，按考场规则处理。
滂水县职业技能鉴定所
2024年10月28日
""",
    ),
    dict(
        slug="tender-piexi-dish-rack-bid-result-lots",
        site="苤溪县公共资源交易网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://ggzy.piexi.gov.cn.example/jyxx/zfcg/zbgg/2025/0610/9927.html",
        title="苤溪县第二中学食堂不锈钢碗架采购项目中标结果公告",
        record_title="【成交结果看板】苤溪县第二中学食堂不锈钢碗架采购项目中标结果公告-苤溪县公共资源交易网",
        date="2025-06-10",
        notes="tender portal: a countdown, CA and trading-system hotlines; a bid-lot table one row a paragraph; the "
        "purchaser's and agency's own contacts in the body; the 公告日期 is the document's date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【成交结果看板】苤溪县第二中学食堂不锈钢碗架采购项目中标结果公告-苤溪县公共资源交易网</title>
<script src="/js/jy-count.js"></script>
</head>
<body>
<div class="jy-top">⟦m 苤溪县公共资源交易网⟧ <a>⟦a 交易主体登录⟧</a> <a>⟦a 注册⟧</a></div>
<div class="jy-nav">⟦m 首页⟧ ⟦m 交易信息⟧ ⟦m 政策法规⟧ ⟦m 办事指南⟧ ⟦m 诚信体系⟧</div>
<div class="jy-pos">⟦m 当前位置：交易信息 ＞ 政府采购 ＞ 结果公告⟧</div>
<div class="jy-box">
<h2>{T}</h2>
<div class="jy-meta">⟦m 信息来源：县公共资源交易中心　浏览：218⟧</div>
<div class="jy-count">⟦m 公示期剩余：0天 16时 42分⟧</div>
<div class="jy-con">
{BODY}
</div>
</div>
<div class="jy-help">
<p>⟦m CA证书办理及驱动咨询：400-871-0629⟧</p>
<p>⟦m 电子交易系统服务热线：0795-7736800⟧</p>
</div>
<div class="jy-foot">⟦m 主办单位：苤溪县公共资源交易中心⟧ ⟦m 赣ICP备17011203号-2⟧</div>
</body>
</html>
""",
        body="""
一、项目编号：PXCG-2025-0417
二、项目名称：苤溪县第二中学食堂不锈钢碗架采购项目
三、中标信息
包号　供应商名称　中标金额（元）
第1包（四层碗架36组）　垲阳市金盏厨具有限公司　118600.00
第2包（保洁碗柜12台）　洳川县宏邦商用厨房设备厂　87400.00
四、公告期限：自本公告发布之日起1个工作日。
五、联系方式
采购人：苤溪县第二中学，联系人：谢明川，电话：0795-7719032。
采购代理机构：苤溪县诚信招标代理有限公司，联系人：邓书瑶，电话：0795-7725618。
公告日期：2025年6月10日
""",
    ),
    dict(
        slug="tender-ruchuan-wash-basin-inquiry-items",
        site="洳川县政府采购网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://zfcg.ruchuan.gov.cn.example/xjgg/2025/0321/4410.html",
        title="洳川县社会福利中心厨房洗菜盆采购询价公告",
        record_title="洳川县社会福利中心厨房洗菜盆采购询价公告 丨 询价专区 丨 洳川县政府采购网",
        date="2025-03-21",
        notes="an inquiry with an items table one row a paragraph; 下载询价文件 as content; the purchaser's contact in "
        "the body beside the platform's CA line; the inquiry's date under the signature",
        page="""
!m 洳川县政府采购网
!m 采购公告 ＞ 询价采购
{T}
!m 发布时间：2025-03-21 15:30　｜　项目状态：报价中
{BODY}
!a 〔下载询价文件〕需使用CA锁登录
!m CA锁办理与续期：400-870-3318
!l 同类公告：县第一敬老院厨房设备询价公告　县福利中心洗衣房设备采购结果
!m 洳川县财政局主办　洳川县政府采购中心承办
""",
        indent="\u3000\u3000",
        body="""
洳川县社会福利中心厨房洗菜盆采购项目现进行询价采购，欢迎符合条件的供应商参加报价。
一、采购内容
品名　规格　数量
不锈钢三槽洗菜盆　1800×700×800毫米　2组
不锈钢单槽洗菜盆　800×700×800毫米　4组
配套龙头及下水器　商用加厚　6套
二、供应商资格：具有独立承担民事责任的能力，近三年无重大违法记录。
三、询价文件获取：请于3月22日至3月26日在本网下载询价文件。
四、报价截止时间：2025年3月28日10时。
联系人：施晓岚，电话：0878-6258017。
洳川县社会福利中心
2025年3月21日
""",
    ),
    dict(
        slug="lawfirm-bingzhi-coffee-pot-burst-case",
        site="秉直律师事务所 (invented)",
        style="律所网站",
        genre="案例分析",
        kind="other",
        form="html",
        source="https://www.bingzhilaw.example.cn/anli/2025/0219.html",
        title="咖啡壶炸裂致人受伤，商家要不要赔？",
        record_title="拆案说理 ∙ 咖啡壶炸裂致人受伤，商家要不要赔？｜秉直律师事务所",
        date=None,
        notes="law firm: a lawyer's card, a consult float, a 400 line, a 本文链接 block and a repost notice; a case "
        "note with a year in a sentence but no date; an 'online consult' prompt between paragraphs",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>拆案说理 ∙ 咖啡壶炸裂致人受伤，商家要不要赔？｜秉直律师事务所</title>
<script src="/js/consult-float.js"></script>
</head>
<body>
<div class="lf-top">⟦m 秉直律师事务所⟧ <span>⟦m 专注产品责任与消费维权⟧</span></div>
<div class="lf-nav">⟦m 首页⟧ ⟦m 律所简介⟧ ⟦m 专业团队⟧ ⟦m 以案说法⟧ ⟦m 联系我们⟧</div>
<div class="lf-main">
<h1>{T}</h1>
<div class="lf-card">⟦m 撰稿：戚明哲 律师　执业证号 13607201811042263⟧</div>
<div class="lf-con">
{BODY}
</div>
<div class="lf-link">⟦m 本文链接：https://www.bingzhilaw.example.cn/anli/2025/0219.html⟧</div>
<div class="lf-note">⟦d 本站文章为律所原创，转载须注明作者及来源。⟧</div>
</div>
<div class="lf-float">⟦w 遇到类似纠纷？点此免费咨询秉直律师⟧</div>
<div class="lf-foot">⟦m 全国咨询热线：400-655-0871⟧ ⟦m 地址：瞿湖区解放东路36号华信大厦11楼⟧</div>
</body>
</html>
""",
        body="""
【案情】2024年冬，邱女士在网店购买了一只玻璃咖啡壶。使用不到一个月，咖啡壶在加热时突然炸裂，飞溅的玻璃碎片划伤了邱女士的手臂，花去医疗费三千余元。商家以“使用不当”为由拒绝赔偿。
【分析】根据民法典和产品质量法的规定，因产品存在缺陷造成他人损害的，被侵权人可以向产品的生产者请求赔偿，也可以向产品的销售者请求赔偿。本案中，邱女士保留了购买记录和炸裂后的咖啡壶，经鉴定，壶身玻璃厚薄不均，属于产品缺陷。
⟦w 咨询产品质量纠纷，可在线留言，秉直律师一个工作日内回复⟧
【结果】经调解，商家赔偿邱女士医疗费、误工费等共计五千二百元。
【提示】消费者购买咖啡壶时，应选择有中文标识和耐热说明的产品，发生损害后注意保留购物凭证和受损物品。
""",
    ),
    dict(
        slug="lawfirm-jinghe-letter-fake-noodle-press",
        site="瞿湖景和律师事务所 (invented)",
        style="律所网站",
        genre="函",
        kind="letter",
        form="text",
        source="http://www.jinghe-lawyer.example.com/wenshu/202409/lsh-18.html",
        title="关于停止销售仿冒压面机产品的律师函",
        record_title="文书样稿丨关于停止销售仿冒压面机产品的律师函-瞿湖景和律师事务所",
        date="2024-09-14",
        notes="a lawyer's letter shown as a sample: 成文日期 under the signature; the firm's consult line and a lawyer "
        "card outside the body; the letter's own 联系电话 in the body",
        page="""
!m 瞿湖景和律师事务所 ｜ 知识产权与商事争议
!m 首页 → 法律文书 → 律师函范例
{T}
!m 文书整理：景和知产团队　　阅读 1,116
{BODY}
!w 需要起草律师函？景和律师一对一服务，电话 0791-8860 2277
!d 文书范例已隐去当事人信息，仅供参考，不构成法律意见。
!l 更多范例：商标侵权警告函　｜　货款催收律师函
""",
        indent="\u3000\u3000",
        body="""
致：洳川县某厨具经营部
瞿湖景和律师事务所接受垲阳市鸿运食品机械有限公司（以下简称“委托人”）的委托，就贵方销售仿冒委托人压面机产品一事，致函如下：
委托人是“鸿运”牌家用压面机外观设计专利的权利人。经查，贵方在实体门店和网店销售的一款压面机，外观与委托人专利产品基本相同，且使用了近似的包装和名称。
上述行为已涉嫌侵犯委托人的外观设计专利权。请贵方自收到本函之日起七日内停止销售该款压面机，下架相关商品链接，并书面告知处理结果。
联系电话：0791-8860 2219。
瞿湖景和律师事务所
律师：柴文远
2024年9月14日
""",
    ),
]

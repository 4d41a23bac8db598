"""holdout362, part D: 地方论坛, 资料下载站, 人事考试网, 招投标网, 律所网站 (one HTML page and one text
page each). Invented text, places, people, sites and chrome; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="localforum-xuyang-waffle-shop-thread-jammer",
        site="楈阳生活网 (invented county forum)",
        style="地方论坛",
        genre="论坛帖子",
        kind="other",
        form="html",
        source="https://bbs.xuyangsh.com/thread-90217-1-1.html",
        title="楈阳老街新开的华夫饼店，排队半小时值不值？",
        record_title=None,
        date=None,
        notes="a county forum thread with no record title: the subject is the thread's <h1>; a weather line, medals, jammer "
        "fonts, a decoration ad with a QQ and a forward-to-the-bureau link; post times relative",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="gbk">
<title>楈阳生活网 - 楈阳人自己的论坛</title>
<style>.jammer{font-size:0;color:#fff}</style>
<script src="data/cache/common.js"></script>
</head>
<body>
<div class="xy-top">⟦m 楈阳生活网⟧ ⟦m 楈阳镇 今天 多云 24~31℃ 东南风2级⟧ <a>⟦a 快速登录⟧</a></div>
<div class="xy-nav">⟦m 首页 | 楈阳杂谈 | 美食地图 | 二手市场 | 房产家居 | 便民信息⟧</div>
<div class="xy-pt">⟦m 楈阳生活网 › 美食地图 › 探店⟧</div>
<div class="xy-post">
<div class="poster">⟦m 老街土著阿彪⟧ ⟦m 勋章：美食达人 · 五年老友⟧</div>
<h1 id="thread_subject">{T}</h1>
<div class="ptime">⟦m 楼主　发表于 昨天 20:41　|　查看 3021　|　回复 64⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="po">⟦a 顶一下　踩一下　收藏　转发到朋友圈⟧</div>
<div class="forward">⟦l 本帖已转交楈阳镇市场监管所关注⟧</div>
</div>
<div class="xy-reply">
<p>⟦l 2楼　吃货小柒　昨天 21:03：周末去排了四十分钟，抹茶味的确实好吃⟧</p>
<p>⟦l 3楼　路过的张叔：门口电动车停得太乱了⟧</p>
</div>
<div class="xy-ad">⟦w 楈阳旧房翻新、厨房改造找老吴装饰，QQ 1735208846⟧</div>
<div class="xy-foot">⟦m 楈阳生活网 xuyangsh.com　湘ICP备16008841号-1　广告热线：0745-6130588⟧</div>
</body>
</html>
""",
        junk=dict(lines=1, glued=2),
        body="""
上个月老街邮局对面新开了一家华夫饼店，门面不大，就一个窗口、两台华夫饼机，可每天下午门口都排着长队。
昨天下班路过，我也排了半个小时，买了原味和红豆两种。刚出炉的外皮是脆的，里面很软，红豆馅给得挺足，十二块钱一个。老板说面糊是每天早上现调的，华夫饼机一次只能烤两个，所以出得慢。
说几点建议：一是店门口太窄，排队的人站到了马路边，有点危险，希望老板能拉个排队线；二是能不能多加一台机器，缩短等候时间。
总的来说，味道是值得的，但别挑放学的时候去。
""",
    ),
    dict(
        slug="localforum-cuanshan-music-stand-ask-junk",
        site="巑山在线论坛 (invented county forum)",
        style="地方论坛",
        genre="论坛帖子",
        kind="other",
        form="text",
        source="http://bbs.cuanshanzx.com/forum.php?mod=viewthread&tid=118804",
        title="孩子学小提琴，县城哪里能买到结实的乐谱架？",
        record_title="[家长圈] 孩子学小提琴，县城哪里能买到结实的乐谱架？（坐标巑山县城）",
        date=None,
        notes="a county forum thread as text with anti-scraping junk; the thread title with a board tag and a poster's "
        "aside; relative post time; replies and a 'log in to reply' line",
        page="""
!m 巑山在线 · 家长圈
!m 巑山在线论坛 » 家长圈 » 教育交流
!t [家长圈] 孩子学小提琴，县城哪里能买到结实的乐谱架？（坐标巑山县城）
!m 发帖人：豆豆妈　发表于 6 天前　查看：812　回复：23
{BODY}
!l 沙发　琴行老板小郑：县城文化路那家琴行有，六十多的就挺稳
!l 板凳　二宝爸：网上买的也行，选底座三条腿张得开的
!j m2K &7 Pq9 #x
!a 登录后才能回复，没有账号？马上注册
!m 巑山在线 | 手机版 | 联系站长 | 湘ICP备12004417号
""",
        junk=dict(lines=1, glued=2),
        body="""
孩子今年上三年级，报了学校的小提琴兴趣班，老师让家里准备一个乐谱架，方便在家练琴。
我在网上买了一个三十多块的折叠乐谱架，用了不到一个月，升降的螺丝就滑丝了，谱子一放上去就往下掉。孩子练琴的时候还得一只手扶着，练得很不耐烦。
想问问各位家长，县城哪里能买到结实一点的乐谱架？最好是底座稳、能调高度的，价格一百元以内。也想问一下，谱架是选金属的好还是木质的好？
先谢谢大家了。
""",
    ),
    dict(
        slug="download-lvye-capo-work-instruction-doc-gb2312",
        site="绿叶资料下载站 (invented, old gb2312 table layout)",
        style="资料下载站",
        genre="作业指导书",
        kind="other",
        form="html",
        source="http://www.lvyezl.com/soft/zhidu/20250613/31508.html",
        title="吉他变调夹装配与检验作业指导书",
        record_title="吉他变调夹装配与检验作业指导书.doc",
        date=None,
        notes="a download station in an old table layout: file-info table, three mirror links, an unzip password and a "
        "dead-link report; decimal headings; a work instruction with no date; the file's update stamp is no date",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>吉他变调夹装配与检验作业指导书.doc免费下载_绿叶资料下载站</title>
<link href="/images/lvye.css" rel="stylesheet" type="text/css">
</head>
<body>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td class="logo">⟦m 绿叶资料下载站 — 一片绿叶，万份资料⟧</td><td align="right">⟦a 会员登录 | 免费注册 | 上传资料⟧</td></tr>
<tr><td colspan="2" class="nav">⟦m 首页 | 管理制度 | 合同范本 | 作业文件 | 表格模板 | 培训课件⟧</td></tr>
<tr><td colspan="2" class="pos">⟦m 当前位置：首页 → 作业文件 → 生产作业⟧</td></tr>
</table>
<table width="980" border="1" align="center" cellpadding="4" cellspacing="0" class="info">
<tr><td width="120">⟦m 资料名称⟧</td><td>{T}</td></tr>
<tr><td>⟦m 资料格式⟧</td><td>⟦m DOC / 48KB / 3页⟧</td></tr>
<tr><td>⟦m 更新日期⟧</td><td>⟦m 2025-06-13 08:27:16⟧</td></tr>
<tr><td>⟦m 下载次数⟧</td><td>⟦m 本周 37　累计 1290⟧</td></tr>
</table>
<table width="980" border="0" align="center" cellpadding="8" cellspacing="0">
<tr><td class="preview">⟦m 资料预览（部分）：⟧</td></tr>
<tr><td>
{BODY}
</td></tr>
<tr><td>⟦a 电信下载一　联通下载二　移动下载三⟧</td></tr>
<tr><td>⟦a 解压密码：www.lvyezl.com⟧</td></tr>
<tr><td>⟦a 下载地址失效？点这里报告死链⟧</td></tr>
</table>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td align="center">⟦d 本站资料来源于网络收集和会员上传，仅供交流学习，请于下载后24小时内删除。⟧</td></tr>
<tr><td align="center">⟦m Copyright 2008-2025 绿叶资料下载站　鲁ICP备08011730号⟧</td></tr>
</table>
</body>
</html>
""",
        p_html="{}<br>",
        body="""
1.目的
规范吉他变调夹装配和检验过程，确保产品夹力稳定、外观合格。
2.适用范围
本指导书适用于公司弹簧式变调夹装配线。
3.作业步骤
3.1检查夹臂、弹簧、橡胶垫等零件是否齐全，有毛刺的零件不得上线。
3.2将弹簧装入夹臂轴孔，穿入转轴后铆压，铆压后转轴不得松动。
3.3粘贴夹口橡胶垫，粘贴后用手按压五秒，橡胶垫边缘不得翘起。
4.检验要求
4.1每批次抽取20只进行夹力测试，夹力应在45牛至60牛之间。
4.2开合试验500次后，弹簧不得断裂，夹力衰减不超过10%。
""",
    ),
    dict(
        slug="download-baichuan-pop-filter-rules-glued-zigzag-markers",
        site="百川资源站 (invented download site)",
        style="资料下载站",
        genre="制度",
        kind="other",
        form="text",
        source="https://www.baichuanzy.cn/d/guizhang/77102.html",
        title="录音室防喷罩安装与清洁规程",
        record_title="录音室防喷罩安装与清洁规程（广电机房适用）免费下载-百川资源站",
        date=None,
        notes="a download site's text view: 第N条 articles cut by page markers ⭍第n页⭍ glued with a space to the "
        "continuation line; a rule with no date; download links and a points line around it",
        page="""
!m 百川资源站　资料汇百川
!m 百川资源站 ＞ 规章制度 ＞ 技术规程
!t 录音室防喷罩安装与清洁规程（广电机房适用）
!m 大小：26KB　格式：DOCX　类别：技术规程　人气：641
!a 【本地高速下载】【备用下载】
{BODY}
!a 积分不足？每日签到可领5积分
!l 猜你还想下：演播室设备日常巡检记录表　｜　机房安全管理制度汇编
!d 百川资源站所有资料均来自网络，版权归原作者，如有侵权请与我们联系删除。
""",
        indent="\u3000\u3000",
        pages=dict(fmt="⭍第{n}页⭍", every=85, start=2, glue=True, sep=" "),
        body="""
第一条　为规范录音室麦克风防喷罩的安装、使用和清洁，保证录音质量和使用卫生，制定本规程。
第二条　本规程适用于县融媒体中心各录音间、配音间和直播间。
第三条　防喷罩应安装在麦克风正前方，网面与麦克风振膜保持5至10厘米距离，固定夹须夹紧，不得压住麦克风线缆。
第四条　尼龙网防喷罩每周用清水冲洗一次，自然晾干后方可重新安装；金属网防喷罩每周用酒精棉片擦拭一次。
第五条　网面破损、变形的防喷罩，由技术部统一登记更换，不得自行修补。
第六条　本规程由技术部负责解释。
""",
    ),
    dict(
        slug="exam-mianchuan-music-teacher-skill-test-timetable",
        site="黾川县人事考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.mcrsks.gov.cn/ksgg/2025/0718/1186.html",
        title="2025年黾川县公开招聘中小学音乐教师技能测试有关事项的通知",
        record_title="〖音乐岗·面试前须知〗2025年黾川县公开招聘中小学音乐教师技能测试有关事项的通知 - 黾川县人事考试网",
        date="2025-07-18",
        notes="a personnel-exam site with a maintenance banner and an admission-ticket float; a timetable one row a "
        "paragraph; sentences on downloading and printing the ticket are content; the exam office's 咨询电话 beside the "
        "site's technical line",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>〖音乐岗·面试前须知〗2025年黾川县公开招聘中小学音乐教师技能测试有关事项的通知 - 黾川县人事考试网</title>
<link rel="stylesheet" href="/css/ks.css">
<script src="/js/ks.js"></script>
</head>
<body>
<div class="ks-banner">⟦d 系统维护通知：本站将于7月20日0:00—6:00暂停访问⟧</div>
<div class="ks-head">⟦m 黾川县人事考试网　公平 公正 公开⟧</div>
<div class="ks-nav">⟦m 首页 | 考试公告 | 报名入口 | 成绩查询 | 政策法规⟧</div>
<div class="ks-pos">⟦m 首页 > 考试公告 > 事业单位招聘⟧</div>
<div class="ks-art">
<h1>{T}</h1>
<p class="ks-meta">⟦m 信息来源：县人事考试中心　浏览：2308⟧</p>
<div class="ks-txt">
{BODY}
</div>
</div>
<div class="ks-float">⟦a 准考证打印入口 ＞＞⟧</div>
<div class="ks-foot">
<p>⟦m 主办：黾川县人力资源和社会保障局⟧</p>
<p>⟦m 网站技术问题请拨：0746-7706611⟧</p>
</div>
</body>
</html>
""",
        body="""
各位考生：
2025年黾川县公开招聘中小学音乐教师笔试成绩已公布，现将技能测试有关事项通知如下。
一、时间安排
日期　时段　测试内容
7月26日　上午8:30　声乐演唱
7月26日　下午14:30　器乐演奏
7月27日　上午8:30　钢琴伴奏
二、注意事项
1.考生须于7月23日至25日登录本网站下载并打印技能测试准考证，凭准考证和身份证参加测试。
2.器乐演奏的乐器由考生自备，考点提供乐谱架和钢琴，考生不得自带电子设备入场。
3.考生须提前30分钟到达考点候考室报到，迟到15分钟以上的取消测试资格。
咨询电话：0746-7706023（县人事考试中心，工作日）
黾川县人事考试中心
2025年7月18日
""",
    ),
    dict(
        slug="exam-tiaocheng-skill-cert-smoothie-practical",
        site="蓨城市人事考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://rsks.tiaocheng.gov.cn/zyjn/2025/0811/2071.html",
        title="关于2025年饮品调制职业技能等级认定实操考核有关事项的通知",
        record_title="关于2025年饮品调制职业技能等级认定实操考核有关事项的通知_饮品工考评_蓨城市人事考试网",
        date="2025-08-11",
        notes="a personnel-exam site's text page: an admission-ticket line and a maintenance notice; a numbered list; "
        "the exam centre's 咨询电话 beside the site's technical line; the 成文日期 under the signature",
        page="""
!m 蓨城市人事考试网
!a 【准考证打印】　【成绩查询】　【证书核验】
!m 当前位置：首页 > 技能等级认定 > 考务通知
!t 关于2025年饮品调制职业技能等级认定实操考核有关事项的通知_饮品工考评
!m 来源：市职业技能鉴定指导中心　时间：2025-08-11
{BODY}
!d 温馨提示：本网站为唯一官方信息发布平台，请考生谨防各类考试诈骗。
!m 网站技术支持：0736-2298870　蓨城市人力资源和社会保障局主办
""",
        indent="\u3000\u3000",
        body="""
各有关考生：
2025年饮品调制职业技能等级认定（四级/中级工）理论考试已结束，现将实操考核有关事项通知如下。
一、考核时间和地点。8月23日至24日，蓨城技师学院实训楼三楼饮品实训室。
二、考核内容。考生须在40分钟内完成两款冰沙饮品和一款鲜果茶的制作，考核冰沙机的规范操作、出品质量和操作后的清洁。
三、考场设备。考场统一提供商用冰沙机、量杯、雪克杯和原料，考生须自带工作服和工作帽。
四、其他事项。考生须凭准考证和身份证入场，准考证请于8月20日后自行登录本网站打印。
咨询电话：0736-2298514（市职业技能鉴定指导中心）
蓨城市职业技能鉴定指导中心
2025年8月11日
""",
    ),
    dict(
        slug="tender-jiaoxi-inquiry-smoothie-lots-record-date",
        site="嶕溪县公共资源交易网 (invented tender portal)",
        style="招投标网",
        genre="询价公告",
        kind="notice",
        form="html",
        source="https://ggzy.jiaoxi.gov.cn/jyxx/zfcg/xjgg/20250605/0099612.html",
        title="嶕溪县第一中学食堂冰沙机等饮品设备采购询价公告",
        record_title="【后厨设备·冷饮间添置】嶕溪县第一中学食堂冰沙机等饮品设备采购询价公告 - 货物类采购 - 嶕溪县公共资源交易网",
        record_date="2025-06-05",
        date="2025-06-05",
        notes="a tender portal with a countdown, CA and trading-system lines; lots one row a paragraph; purchaser and agency "
        "contacts in the body beside the portal's lines; a sentence on downloading the inquiry file is content",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【后厨设备·冷饮间添置】嶕溪县第一中学食堂冰沙机等饮品设备采购询价公告 - 货物类采购 - 嶕溪县公共资源交易网</title>
<link rel="stylesheet" href="/static/ggzy.css">
<script src="/static/countdown.js"></script>
</head>
<body>
<div class="gg-head">⟦m 嶕溪县公共资源交易网　阳光交易·公平竞争⟧</div>
<div class="gg-nav">⟦m 首页 | 交易信息 | 政府采购 | 工程建设 | 服务指南 | 主体登录⟧</div>
<div class="gg-pos">⟦m 首页 > 交易信息 > 政府采购 > 询价公告⟧</div>
<div class="gg-art">
<h2>{T}</h2>
<p class="gg-meta">⟦m 信息时间：2025-06-05　阅读次数：177⟧</p>
<p class="gg-count">⟦m 距报价截止还有：6天 3小时 21分⟧</p>
<div class="gg-txt">
{BODY}
</div>
<p>⟦a 【下载询价文件】【我要报价】⟧</p>
</div>
<div class="gg-foot">
<p>⟦m CA数字证书办理咨询：0745-5201234⟧</p>
<p>⟦m 电子交易系统操作服务：0745-5201588（工作日9:00-17:30）⟧</p>
<p>⟦m 嶕溪县公共资源交易中心　湘ICP备15009927号⟧</p>
</div>
</body>
</html>
""",
        body="""
嶕溪县第一中学食堂冰沙机等饮品设备采购项目已具备采购条件，现采用询价方式进行采购，欢迎符合条件的供应商参加报价。
一、项目编号：JXCG-2025-XJ-0318
二、采购内容及预算：
包号　品目　数量　预算（元）
1　商用冰沙机　4台　12000
2　商用冷藏展示柜　2台　9600
3　不锈钢操作台　3张　4500
三、获取询价文件：请于2025年6月6日至6月10日登录嶕溪县公共资源交易网下载询价文件。
四、报价截止时间：2025年6月12日9时30分。
五、联系方式
采购人：嶕溪县第一中学　联系人：符老师　电话：0745-5217706
代理机构：嶕溪县鼎诚招标代理有限公司　联系人：尹工　电话：0745-5230919
""",
    ),
    dict(
        slug="tender-cuanshan-award-music-stands-record-title",
        site="巑山县政府采购网 (invented)",
        style="招投标网",
        genre="中标结果公告",
        kind="notice",
        form="text",
        source="http://zfcg.cuanshan.gov.cn/cgxx/zbgg/202508/t20250815_44217.html",
        title="巑山县教育局中小学乐谱架采购项目中标结果公告",
        date="2025-08-15",
        notes="the record's title as it is; a publicity-period countdown and CA lines; a result table one row a paragraph; "
        "the 公告日期 under the agency's signature is the date",
        page="""
!m 巑山县政府采购网
!m 首页 ＞ 采购信息 ＞ 结果公告
{T}
!m 发布日期：2025-08-15　浏览：96
!m 公示期剩余：0天 23时 12分
{BODY}
!m CA证书服务电话：0739-6808120　交易系统服务：0739-6808121
!m 巑山县财政局主办　巑山县政府采购中心承办
""",
        body="""
一、项目编号：CSCG-2025-0427
二、项目名称：巑山县教育局中小学乐谱架采购项目
三、中标信息
包号　中标供应商　中标金额（元）
1　蓨城市雅韵乐器有限公司　37200
2　黾川县声远文教用品商行　18600
四、主要标的信息：可升降折叠式乐谱架620个，质保期三年。
五、公告期限：自本公告发布之日起1个工作日。
六、联系方式
采购人：巑山县教育局　联系人：邝老师　电话：0739-6825507
采购代理机构：巑山县政府采购中心　电话：0739-6808100
巑山县政府采购中心
2025年8月15日
""",
    ),
    dict(
        slug="lawfirm-chengming-answer-waffle-burn",
        site="澄明律师事务所 (invented law firm site)",
        style="律所网站",
        genre="法律问答",
        kind="other",
        form="html",
        source="https://www.chengminglaw.cn/wenda/xiaofei/1508.html",
        title="孩子被华夫饼机烫伤，商家该不该赔？",
        record_title="【澄明说法·烫伤索赔】孩子被华夫饼机烫伤，商家该不该赔？｜澄明律师事务所",
        date=None,
        notes="a law firm's answer: a lawyer card, a consult float, a 400 line and a repost notice; no date (the answer's "
        "time is relative); a lawyer-consult line glued after a sentence",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【澄明说法·烫伤索赔】孩子被华夫饼机烫伤，商家该不该赔？｜澄明律师事务所</title>
<link rel="stylesheet" href="/css/law.css">
</head>
<body>
<div class="law-top">⟦m 澄明律师事务所　CHENGMING LAW FIRM⟧ ⟦m 全国咨询热线 400-882-6615⟧</div>
<div class="law-nav">⟦m 首页 | 律所简介 | 专业团队 | 澄明说法 | 联系我们⟧</div>
<div class="law-pos">⟦m 首页 / 澄明说法 / 消费维权⟧</div>
<div class="law-art">
<h1>{T}</h1>
<p class="law-meta">⟦m 解答律师：欧阳澈　｜　4 天前　｜　阅读 1320⟧</p>
<div class="law-txt">
{BODY}
</div>
<p class="law-note">⟦d 本文为律师个人观点，仅供参考，不构成正式法律意见；转载请注明来自澄明律师事务所官网。⟧</p>
</div>
<div class="law-card">
<p>⟦m 欧阳澈　专职律师　执业证号 14301202010562217⟧</p>
<p>⟦m 擅长：消费者权益、产品责任、合同纠纷⟧</p>
</div>
<div class="law-float">⟦w 遇到类似纠纷？点此免费咨询值班律师⟧</div>
<div class="law-foot">⟦m 澄明律师事务所　地址：蓨城市棆湾区金融街9号明珠大厦15层⟧</div>
</body>
</html>
""",
        body="""
问：周末带孩子去商场，在一家甜品店门口的华夫饼机上试做，店员转身去收银，孩子的手碰到了烤盘边缘，被烫起了水泡。商家说是孩子自己不小心，只愿意退餐费。请问商家该不该赔？
答：根据民法典的规定，经营场所的经营者、管理者未尽到安全保障义务，造成他人损害的，应当承担侵权责任。店家提供华夫饼机让顾客“体验”，就应当有专人看护，设置防烫提示，特别是对儿童要尽到更高的注意义务。⟦w 类似问题可在线向澄明律师留言⟧
本案中，店员离开时未关闭设备也未提醒，商家存在过错，应当赔偿医疗费、护理费、交通费等合理损失。同时，家长作为监护人也有看护责任，可以适当减轻商家的责任。
建议保留好病历、发票和现场照片，先与商家协商，协商不成可向市场监管部门投诉或向法院起诉。
""",
    ),
    dict(
        slug="lawfirm-mingzhou-article-capo-fake-compensation",
        site="明舟律师事务所 (invented law firm site)",
        style="律所网站",
        genre="普法文章",
        kind="other",
        form="text",
        source="http://www.mingzhoulaw.com/news/pufa/2025-05-09/612.html",
        title="网购变调夹承诺“假一赔十”，能兑现吗？",
        record_title="舟行说案｜网购变调夹承诺“假一赔十”，能兑现吗？-明舟律所",
        date="2025-05-09",
        notes="a law firm's article as text: the byline's 发布时间 is the page's date; a consult line between paragraphs "
        "and a 400 line at the bottom; a repost notice",
        page="""
!m 明舟律师事务所
!m 首页 ＞ 普法园地 ＞ 案例速递
!t 舟行说案｜网购变调夹承诺“假一赔十”，能兑现吗？
!m 发布时间：2025-05-09　撰稿：明舟律师事务所 童屿律师
{BODY}
!d 转载本文请联系明舟律所获得授权。
!l 相关案例：直播间买到假冒吉他弦，能否主张三倍赔偿？
!w 明舟律所法律服务热线：400-690-3317
""",
        indent="\u3000\u3000",
        body="""
案情：黾川县的小刘在某网店花88元购买了一个“进口品牌”吉他变调夹，商品页面写着“正品保证，假一赔十”。收到货后，小刘发现变调夹做工粗糙，经品牌方客服核验为假冒产品。小刘要求店家按承诺赔偿880元，店家却只同意退货退款。
⟦w 网购维权拿不准？明舟律师帮您分析，微信 mzls-2025⟧
分析：“假一赔十”是经营者对消费者作出的单方承诺，属于合同内容的一部分。只要消费者能够证明所购商品确为假冒，经营者就应当按承诺履行赔偿义务。此外，根据消费者权益保护法，经营者提供商品有欺诈行为的，消费者还可以主张价款三倍的赔偿，与承诺的赔偿可以择一主张。
提醒：网购时要保存好商品页面截图、聊天记录和鉴定结论，这些都是日后维权的重要证据。
""",
    ),
]

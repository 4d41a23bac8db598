"""holdout343, part D: county forums, download stations, exam sites, tender platforms, law firms. Invented text."""

CASES = [
    dict(
        slug="localforum-gualing-bag-cover-complaint-jammer",
        site="卦岭人家论坛 (invented county forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.gualingrenjia.com/thread-230917-1-1.html",
        title="校门口小摊买的书包罩，反光条一洗就掉",
        record_title="[校门口避雷] 校门口小摊买的书包罩，反光条一洗就掉（洗前洗后对比） - 卦岭生活 - 卦岭人家论坛",
        date=None,
        notes="county forum with a weather line, medals, jammer fonts, a decoration ad with a QQ, a forward-to-bureau link; "
        "the post is '5 天前', no date",
        page="""
<html>
<head>
<meta charset="gbk">
<title>[校门口避雷] 校门口小摊买的书包罩，反光条一洗就掉（洗前洗后对比） - 卦岭生活 - 卦岭人家论坛</title>
<style>.jammer{font-size:0;color:#fff}</style>
</head>
<body>
<div id="toptb">⟦m 卦岭 今天 阵雨 17～24℃ 东南风2级⟧ <a>⟦a 登录⟧</a> <a>⟦a 立即注册⟧</a></div>
<div id="hd">⟦m 卦岭人家论坛 —— 卦岭人自己的网上家园⟧</div>
<div id="pt">⟦m 卦岭人家 › 卦岭生活 › 吐槽曝光⟧</div>
<div class="ad-top">⟦w 新房装修找卦岭鑫居装饰，免费上门量房，QQ 2290417316⟧</div>
<table class="plhin"><tr>
<td class="pls"><p>⟦m 雨后的蜗牛⟧</p><p>⟦m 勋章：热心网友 · 晒图达人⟧</p><p>⟦m 在线时间 812 小时⟧</p></td>
<td class="plc">
<h1>⟦t [校门口避雷] 校门口小摊买的书包罩，反光条一洗就掉（洗前洗后对比）⟧</h1>
<p class="authi">⟦m 发表于 5 天前 ｜ 只看该作者 ｜ 来自手机⟧</p>
<div class="forward">⟦a 本帖已由版主转交县市场监管局，点击查看回复进度⟧</div>
<div class="t_f">
<p>{T}</p>
{BODY}
</div>
<p class="ratl">⟦l 评分 参与人数 6　威望 +6　卦币 +30　理由：提醒得好⟧</p>
<p class="pob">⟦a 支持 41　反对 0　举报⟧</p>
</td></tr></table>
<div class="reply">⟦l 沙发 江边垂钓：我家也是，那种没有吊牌的千万别买⟧</div>
<div class="reply">⟦l 板凳 卦岭小李：楼主能说下超市那个牌子吗⟧</div>
<div id="ft">⟦m 卦岭人家论坛 ( 陇ICP备15009921号-1 )⟧ ⟦d 网友发言仅代表个人观点，与本论坛无关⟧</div>
</body>
</html>
""",
        junk=dict(lines=1, glued=3),
        body="""
前两周在学校门口的小摊上给孩子买了个书包罩，十五块钱，当时看着挺亮，反光条也挺宽。
结果下了两场雨，洗了一次，反光条就起皮了。边上一圈直接掉下来，剩下的部分在车灯下一点都不反光。
我去找摊主，人家说“下雨天用的东西哪有不坏的”，让我再买一个。后来问了几个家长，好几家都是这种情况。
我又在超市买了一个带合格证的，标着执行标准和反光材料等级。价格贵了十块钱，洗了三次还跟新的一样。
给大家提个醒：书包罩这东西，反光条才是关键，别图便宜在路边摊买。也希望有关部门管一管校门口这些没吊牌的书包罩。
""",
    ),
    dict(
        slug="localforum-yingchuan-toy-boxes-wanted-missing-title",
        site="嬴川百事论坛 (invented county forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="https://www.yingchuanbbs.com/t/55813",
        title="社区儿童之家想收一些闲置的玩具收纳箱，邻居们帮帮忙",
        record_title=None,
        date=None,
        notes="no title in the record: the thread subject is the title; junk lines and glued junk; '昨天 09:12', no date",
        page="""
!m 嬴川百事论坛　｜　嬴川 今天 多云 15～26℃
!m 首页 › 邻里互助 › 帖子
!a 发新帖　　回复　　只看楼主
{T}
!m 楼主：嬴西里小梁（社区工作者认证）　昨天 09:12　浏览 2,093
{BODY}
!a 👍 顶帖 67　　⭐ 收藏　　⤴ 分享到邻里群
!l 1楼 阿峰装修：我家有两个塑料的，周六送过去
!l 2楼 嬴川老陈：木头柜子要不要？有点重，得上门拉
!l 3楼 嬴西里小梁：@嬴川老陈 要的要的，周末联系您
!m 【置顶广告】嬴川本地搬家拉货，电话 139 0917 2265
!m 嬴川百事论坛　客服QQ群：61520937　陇ICP备17003306号
""",
        junk=dict(lines=2, glued=2),
        body="""
嬴西里社区的儿童之家下个月要重新开放，现在最缺的就是玩具收纳箱。原来的几个纸箱子早就塌了，玩具都堆在地上。
想问问各位邻居，家里有没有孩子长大了用不上的收纳箱、收纳柜？塑料的、木头的、布的都行，只要没有破损、没有尖角就可以。
收到的收纳箱我们会统一清洗消毒，贴上“某某家捐赠”的小标签。捐赠的邻居可以直接送到社区服务中心一楼，工作日上午都有人。
如果东西比较大、不方便搬，可以在帖子下面留言，社区的志愿者周末可以上门去取。
先替孩子们谢谢大家了！
""",
    ),
    dict(
        slug="download-fanying-rules-felt-board-doc-gb2312",
        site="帆影资料站 (invented download station, old gb2312 layout)",
        style="资料下载站",
        genre="制度",
        kind="rules",
        form="html",
        source="http://www.fanying-zl.com/soft/jiaoyu/20931.html",
        title="幼儿园毛毡板教具使用管理制度",
        record_title="幼儿园毛毡板教具使用管理制度.doc",
        date=None,
        notes="file-name record title; old gb2312 file-info table with three download links, an unzip password and a "
        "dead-link report; 第N条 articles with only an effective clause (no date)",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>幼儿园毛毡板教具使用管理制度.doc - 帆影资料站</title>
<script type="text/javascript" src="/js/down.js"></script>
</head>
<body>
<table width="950" align="center"><tr><td>⟦m 帆影资料站⟧</td><td>⟦m 每天分享，满载而归⟧</td><td align="right"><a href="/">⟦a 设为首页⟧</a></td></tr></table>
<table width="950" align="center" bgcolor="#E8F0FA"><tr><td>⟦m 首页 ｜ 教育资料 ｜ 办公文档 ｜ 规章制度 ｜ 工具软件⟧</td></tr></table>
<table width="950" align="center"><tr><td>⟦m 您现在的位置：帆影资料站 → 教育资料 → 幼教管理⟧</td></tr></table>
<table width="950" align="center" border="1" cellspacing="0" class="info">
<tr><td colspan="2">⟦t 幼儿园毛毡板教具使用管理制度.doc⟧</td></tr>
<tr><td>⟦m 文件大小：38 KB⟧</td><td>⟦m 文件格式：Word 97-2003⟧</td></tr>
<tr><td>⟦m 更新时间：2025-03-21⟧</td><td>⟦m 下载次数：1417⟧</td></tr>
<tr><td>⟦m 授权方式：免费分享⟧</td><td>⟦m 推荐等级：★★★★☆⟧</td></tr>
</table>
<table width="950" align="center"><tr><td>
<p align="center"><b>{T}</b></p>
{BODY}
</td></tr></table>
<table width="950" align="center" class="down">
<tr><td>⟦a 下载通道：[浙江电信] [江苏联通] [备用线路三]⟧</td></tr>
<tr><td>⟦a 压缩包解压密码：www.fanying-zl.com⟧</td></tr>
<tr><td>⟦a 链接打不开？点这里告诉站长⟧</td></tr>
</table>
<table width="950" align="center"><tr><td>⟦l 同类资料：幼儿园玩教具管理制度.doc ｜ 幼儿园安全检查记录表.xls ｜ 班级环境创设方案.doc⟧</td></tr></table>
<table width="950" align="center"><tr><td align="center">⟦d 本站资料均收集自网络，仅供学习研究，下载后请于24小时内删除。⟧<br>⟦m Copyright 2008-2025 帆影资料站　苏ICP备09031176号⟧</td></tr></table>
</body>
</html>
""",
        p_html='<p>　　{}</p>',
        body="""
第一条　为规范我园毛毡板教具的使用和管理，保障幼儿安全，延长教具使用寿命，结合本园实际，制定本制度。
第二条　本制度所称毛毡板教具，包括活动室主题墙毛毡板、区角操作毛毡板和教师自制的毛毡故事板。
第三条　毛毡板教具由保教处统一登记，各班指定一名教师负责日常管理。
第四条　毛毡板上张贴材料一律使用魔术贴或软磁贴，禁止使用大头针、图钉、订书钉。
第五条　毛毡板每周用粘毛滚筒清洁一次，每月用紫外线灯照射消毒一次；被污染的毛毡板应及时更换。
第六条　教师自制毛毡教具应选用环保材料，小于3厘米的毛毡配件不得让小班幼儿单独操作，防止误吞。
第七条　毛毡板出现脱胶、起鼓、边框松动的，由班级填写报修单，总务处在三个工作日内修复。
第八条　本制度自2025年秋季学期起执行。
""",
    ),
    dict(
        slug="download-mayi-contract-template-bag-covers-wps",
        site="蚂蚁文档下载 (invented download station)",
        style="资料下载站",
        genre="合同范本",
        kind="other",
        form="text",
        source="https://www.mayiwendang.com/down/htfb/66120.html",
        title="学生书包罩采购合同（范本）",
        record_title="学生书包罩采购合同（范本）.wps",
        date=None,
        notes="file-name record title; a contract template with ×× placeholders, ＿＿ blanks and ＿＿＿＿年＿＿月＿＿日; "
        "file-info lines, mirror links and an unzip password; no date",
        page="""
!m 蚂蚁文档下载 — 搬得动的资料库
!m 首页 > 合同范本 > 采购合同
!t 学生书包罩采购合同（范本）.wps
!m 大小：22KB　｜　格式：WPS　｜　收录：2025-02-26　｜　热度：856
!a ↓ 高速下载　　↓ 普通下载　　↓ 网盘备用
!a 解压码：mayi2025
{T}
{BODY}
!a 下载报错？点击反馈，我们会尽快修复链接
!l 同类推荐：校服采购合同.doc ｜ 教学设备采购合同.docx ｜ 学生文具采购协议.wps
!d 声明：本站范本仅供参考，使用前请根据实际情况修改，并咨询专业律师。
!m 蚂蚁文档下载 www.mayiwendang.com　闽ICP备20011452号
""",
        indent="\u3000\u3000",
        body="""
甲方（采购人）：××区教育局
乙方（供应商）：＿＿＿＿＿＿＿＿
根据《中华人民共和国民法典》及有关法律法规，甲乙双方经协商一致，就学生书包罩采购事宜订立本合同。
第一条　货物名称、数量和价格：学生反光书包罩＿＿＿＿个，其中大号＿＿个、中号＿＿个、小号＿＿个，单价＿＿元，合同总价人民币＿＿＿＿元（大写：＿＿＿＿＿＿）。
第二条　质量要求：面料防水等级不低于××级，反光条宽度不小于2厘米，产品须附检验合格报告。
第三条　交货时间和地点：乙方应于合同签订后＿＿日内，将货物送至甲方指定的××学校。
第四条　验收：甲方收到货物后＿＿个工作日内组织验收，验收不合格的，乙方应在＿＿日内无偿调换。
第五条　付款方式：验收合格后＿＿个工作日内，甲方一次性支付合同款。
第六条　违约责任：乙方逾期交货的，每逾期一日按合同总价的＿＿%支付违约金。
第七条　本合同一式＿＿份，甲乙双方各执＿＿份，自双方签字盖章之日起生效。
甲方（盖章）：　　　　乙方（盖章）：
签订日期：＿＿＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="exam-gualing-skills-test-paint-box-timetable",
        site="卦岭人事考试网 (invented personnel-exam site)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="html",
        source="http://rsks.gualing.gov.cn/jszp/2025/0711/1093.html",
        title="关于2025年卦岭县中小学教师招聘美术学科专业技能测试有关事项的通知",
        record_title="〖教招·美术技能测试〗关于2025年卦岭县中小学教师招聘美术学科专业技能测试有关事项的通知_卦岭人事考试网",
        date="2025-07-10",
        date_also=["2025-07-11"],
        notes="maintenance banner, an admission-ticket float and a technical line beside the notice's own 咨询电话; "
        "a timetable; candidates told to download and print 准考证 and bring a paint box",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〖教招·美术技能测试〗关于2025年卦岭县中小学教师招聘美术学科专业技能测试有关事项的通知_卦岭人事考试网</title>
<script src="/js/notice-bar.js"></script>
</head>
<body>
<div class="notice-bar">⟦d 系统维护预告：7月15日22:00至24:00报名系统暂停服务，请错峰操作⟧</div>
<div class="hd">⟦m 卦岭人事考试网⟧ <span>⟦m 卦岭县人力资源和社会保障局主管⟧</span></div>
<div class="menu"><a>⟦m 首页⟧</a><a>⟦m 考试公告⟧</a><a>⟦m 报名入口⟧</a><a>⟦m 成绩查询⟧</a><a>⟦m 政策法规⟧</a></div>
<div class="crumb">⟦m 首页 / 考试公告 / 教师招聘⟧</div>
<div class="detail">
<h3>{T}</h3>
<p class="sub">⟦m 发布时间：2025-07-11 16:20　来源：县教育局人事股⟧</p>
<div class="txt">
{BODY}
</div>
</div>
<div class="float-zkz">⟦a 准考证打印入口 ▸⟧</div>
<div class="friend"><h4>⟦l 考试动态⟧</h4><ul><li>⟦l 2025年卦岭县事业单位公开招聘笔试成绩公布⟧</li><li>⟦l 2025年特岗教师资格复审名单⟧</li></ul></div>
<div class="ft">⟦m 报名系统技术支持：0917-6611999（工作日 9:00-17:00）⟧<br>⟦m 卦岭县人力资源和社会保障局　陇ICP备18006602号⟧</div>
</body>
</html>
""",
        body="""
各位考生：
根据《2025年卦岭县公开招聘中小学教师公告》安排，美术学科笔试合格进入专业技能测试的考生共42人。现将专业技能测试有关事项通知如下：
一、测试时间和地点
科目　时间　地点
素描　7月19日8:30—11:00　卦岭县第一中学美术楼
色彩　7月19日14:00—16:30　卦岭县第一中学美术楼
二、测试要求
（一）考生须自带颜料盒（水粉或水彩均可）、画笔、调色盘、洗笔桶和画板，考点统一提供画纸和画架。
（二）颜料盒上不得贴有姓名、编号等任何标记，不得夹带范画、照片。
（三）考生须于7月16日至18日登录本网站下载并打印准考证，凭准考证和身份证入场。
三、其他事项
测试成绩按百分制计算，并在本网站公布。考生对测试安排有疑问的，可在工作日拨打咨询电话0917-6611208。
卦岭县教育局
卦岭县人力资源和社会保障局
2025年7月10日
""",
    ),
    dict(
        slug="exam-gaoyang-skills-center-nursery-toy-boxes",
        site="镐阳市职业技能鉴定指导中心 (invented exam site)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.gyjdzx.cn/tzgg/20250811/512.html",
        title="关于开展保育师（五级）职业技能等级认定实操考核的通知",
        record_title="【认定考务】关于开展保育师（五级）职业技能等级认定实操考核的通知 · 镐阳技能鉴定",
        date="2025-08-08",
        date_also=["2025-08-11"],
        notes="numbered items; a practical task on sorting and disinfecting toy storage boxes; the site's posting date differs",
        page="""
!m 镐阳技能鉴定　　镐阳市职业技能鉴定指导中心
!d 【温馨提示】本站证书查询系统升级中，暂停使用至8月20日
!m 首页 >> 通知公告 >> 认定考务
{T}
!m 发布日期：2025-08-11　　信息来源：考务科　　点击：1,248
{BODY}
!a 【我要打印】【收藏本页】【返回列表】
!l 相关通知：2025年第三批育婴员职业技能等级认定考核安排｜技能等级证书领取须知
!m 考务咨询：0917-8870123（工作日）　　证书查询：0917-8870188
!m 镐阳市职业技能鉴定指导中心 版权所有
""",
        indent="\u3000\u3000",
        body="""
各有关培训机构、考生：
根据年度职业技能等级认定工作计划，我中心定于2025年8月23日至24日开展保育师（五级）职业技能等级认定实操考核。现将有关事项通知如下：
一、考核对象：已通过理论知识考试的考生，共计186人。
二、考核地点：镐阳市第三职业中学实训楼。
三、考核项目
1.活动室玩具收纳箱整理与消毒（20分钟）；
2.幼儿午睡照护（15分钟）；
3.幼儿进餐环境准备（15分钟）。
四、考核要求
在“玩具收纳箱整理与消毒”项目中，考生须按玩具材质分类，正确配制消毒液，完成收纳箱擦拭、玩具浸泡和晾晒全过程，并填写消毒记录表。考点提供收纳箱、玩具和消毒用品，考生不得自带。
五、考生须提前30分钟到达考点，凭身份证和准考证参加考核。
镐阳市职业技能鉴定指导中心
2025年8月8日
""",
    ),
    dict(
        slug="tender-gaoyang-bid-result-toy-cabinets-lots",
        site="镐阳市公共资源交易网 (invented tender platform)",
        style="招投标网",
        genre="中标公告",
        kind="notice",
        form="html",
        source="https://ggzy.gaoyang.gov.cn/jyxx/zfcg/zbgg/20250603/0317.html",
        title="珵湖区公办幼儿园玩具收纳柜（箱）采购项目中标结果公告",
        record_title="【结果公示·幼教装备】珵湖区公办幼儿园玩具收纳柜（箱）采购项目中标结果公告 - 镐阳市公共资源交易网",
        date="2025-06-03",
        notes="tender portal with a publicity countdown and CA/trading-system lines beside purchaser and agency contacts; "
        "a lots table",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【结果公示·幼教装备】珵湖区公办幼儿园玩具收纳柜（箱）采购项目中标结果公告 - 镐阳市公共资源交易网</title>
<script src="/js/countdown.js"></script>
</head>
<body>
<div class="top">⟦m 镐阳市公共资源交易网⟧ <a>⟦a 主体登录⟧</a> <a>⟦a CA数字证书办理⟧</a></div>
<div class="nav">⟦m 首页　交易信息　政府采购　工程建设　服务指南⟧</div>
<div class="pos">⟦m 交易信息 › 政府采购 › 中标（成交）公告⟧</div>
<div class="box">
<h2>{T}</h2>
<p class="meta">⟦m 信息时间：2025-06-03　阅读次数：389⟧</p>
<p class="cd">⟦m 公示剩余：0天 18小时 42分⟧</p>
<div class="content">
{BODY}
</div>
<p class="btns">⟦a 【打印】【关闭】【下载公告PDF】⟧</p>
</div>
<div class="help">⟦m CA证书服务热线：0917-5168866⟧ ⟦m 交易系统技术支持：400-609-1726⟧</div>
<div class="foot">⟦m 主办：镐阳市公共资源交易中心　地址：镐阳市政务服务中心B座⟧ ⟦m 陕ICP备17012208号⟧</div>
</body>
</html>
""",
        body="""
一、项目编号：GYCG-2025-0317
二、项目名称：珵湖区公办幼儿园玩具收纳柜（箱）采购项目
三、中标信息
包号　中标供应商　中标金额（元）
第1包（木质玩具收纳柜）　镐阳市森童家具有限公司　386400.00
第2包（塑料玩具收纳箱）　嬴川县童乐塑业有限公司　128750.00
四、主要标的信息：第1包木质玩具收纳柜320组，第2包塑料玩具收纳箱2500个，交货期为合同签订后30日内。
五、评审专家名单：柏明轩、苏亦真、任国栋、季红、伍晓峰。
六、公告期限：自本公告发布之日起1个工作日。
七、凡对本次公告内容提出询问，请按以下方式联系。
采购人：珵湖区教育局　联系人：苏老师　电话：0917-5328811
采购代理机构：镐阳正源招标代理有限公司　联系人：任工　电话：0917-5166023
2025年6月3日
""",
    ),
    dict(
        slug="tender-quexi-inquiry-bag-covers-record",
        site="阙溪县政府采购网 (invented tender platform)",
        style="招投标网",
        genre="询价公告",
        kind="notice",
        form="text",
        source="http://www.quexizfcg.gov.cn/cggg/xjgg/2025/0418/77.html",
        title="阙溪县教育体育局学生反光书包罩询价采购公告",
        date="2025-04-18",
        notes="title as in the record; items table; an inquiry file to download and a QR code to scan as content; "
        "purchaser contact beside platform and CA lines",
        page="""
!m 阙溪县政府采购网
!m 首页 / 采购公告 / 询价公告
{T}
!m 公告类型：询价公告　　浏览：264　　【字号 大 中 小】
{BODY}
!a 附件：询价文件（QXJT-XJ-2025-06）.zip　［立即下载］
!l 上一条：阙溪县人民医院医用耗材采购项目更正公告
!l 下一条：阙溪县第二中学食堂设备询价结果公告
!m 平台服务热线：400-0917-166　　CA证书办理：0917-7210088
!m 阙溪县财政局主办　　陇ICP备16005218号
""",
        body="""
一、项目基本情况
项目编号：QXJT-XJ-2025-06
项目名称：学生反光书包罩采购
预算金额：15.6万元
采购需求：
品名　规格　数量　最高限价
反光书包罩（大号）　适用40—45厘米书包　3200个　18元
反光书包罩（中号）　适用35—40厘米书包　4600个　16元
反光书包罩（小号）　适用30—35厘米书包　1800个　14元
二、供应商资格要求：具有独立承担民事责任的能力，所供产品须提供第三方检验机构出具的检验报告。
三、获取询价文件：请于2025年4月21日至4月25日登录阙溪县政府采购网下载询价文件，或扫描询价文件首页的二维码获取电子版。
四、报价截止时间：2025年4月28日9:30，逾期送达的报价文件不予受理。
五、联系方式
采购人：阙溪县教育体育局　联系人：伍老师　电话：0917-7216302
阙溪县教育体育局
2025年4月18日
""",
    ),
    dict(
        slug="lawfirm-mingheng-answer-sippy-cup-valve",
        site="镐阳明衡律师事务所 (invented law firm)",
        style="律所网站",
        genre="法律问答",
        kind="other",
        form="html",
        source="https://www.minghenglaw.cn/shuofa/2025/7731.html",
        title="孩子被水杯吸嘴呛到，商家要担责吗？",
        record_title="【明衡说法】孩子被水杯吸嘴呛到，商家要担责吗？｜明衡律师事务所",
        date=None,
        notes="law firm page with a lawyer card, a consult float, a 400 line and a repost notice; a lawyer-consult line "
        "glued after a sentence; a Q&A with no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【明衡说法】孩子被水杯吸嘴呛到，商家要担责吗？｜明衡律师事务所</title>
<script src="/static/kefu.js"></script>
</head>
<body>
<header><a href="/">⟦m 明衡律师事务所⟧</a> <span>⟦m 明法 衡平 守信⟧</span> <span>⟦m 全国咨询热线 400-880-6127⟧</span></header>
<nav>⟦m 首页 ｜ 关于明衡 ｜ 专业领域 ｜ 律师团队 ｜ 明衡说法 ｜ 联系我们⟧</nav>
<div class="crumb">⟦m 首页 › 明衡说法 › 消费维权⟧</div>
<article>
<h1>{T}</h1>
<div class="by">⟦m 解答律师：柏昕　｜　阅读 1,036⟧</div>
<div class="text">
{BODY}
</div>
</article>
<aside class="lawyer-card">
<p>⟦m 柏昕 律师⟧</p><p>⟦m 执业领域：消费者权益、产品责任⟧</p><p>⟦a 在线约见柏律师⟧</p>
</aside>
<div class="float-consult">⟦w 遇到类似纠纷？留下电话，律师30分钟内回电⟧</div>
<div class="more"><h4>⟦l 同类问答⟧</h4><ul><li>⟦l 网购玩具有小零件被误吞，谁来担责？⟧</li><li>⟦l 儿童餐椅侧翻致伤，能否要求三倍赔偿？⟧</li></ul></div>
<footer>⟦d 本栏目文章为明衡律师事务所原创，转载须取得书面许可并注明出处。⟧<br>⟦m 明衡律师事务所　镐阳市珵湖区文汇路88号华庭大厦12层⟧</footer>
</body>
</html>
""",
        body="""
问：我家孩子两岁，用网上买的吸管杯喝水时，吸嘴里的硅胶阀门突然脱落，孩子被呛得直咳嗽，去医院检查花了六百多元。请问商家要不要承担责任？
答：根据《中华人民共和国产品质量法》和《中华人民共和国民法典》的规定，因产品存在缺陷造成他人损害的，被侵权人可以向产品的生产者请求赔偿，也可以向产品的销售者请求赔偿。
吸管杯是供婴幼儿使用的产品，吸嘴、阀门等小部件应当牢固，不能在正常使用中轻易脱落。如果经鉴定或者有其他证据证明阀门脱落是产品本身的缺陷造成的，商家就应当承担赔偿责任，赔偿范围包括医疗费、交通费等合理支出。⟦w 点此免费咨询柏律师⟧
建议您做好以下几件事：一是保存好水杯和脱落的阀门，不要丢弃或自行修理；二是保留购买记录、聊天记录和医院的病历、票据；三是先与商家协商，协商不成的，可以向市场监管部门投诉，也可以向法院提起诉讼。
需要提醒的是，家长在孩子使用吸管杯前，也应当检查零件是否装好，避免因使用不当而影响责任认定。
""",
    ),
    dict(
        slug="lawfirm-bingzheng-letter-paint-box-claims",
        site="嬴川秉正律师事务所 (invented law firm)",
        style="律所网站",
        genre="函",
        kind="letter",
        form="text",
        source="https://www.bingzhenglaw.com/wenshu/2025/0819/301.html",
        title="关于贵司颜料盒产品宣传用语涉嫌虚假宣传的律师函",
        record_title="文书示范 ▸ 关于贵司颜料盒产品宣传用语涉嫌虚假宣传的律师函｜秉正律师",
        date="2025-08-14",
        notes="a lawyer's letter with its 成文日期; the firm's name is also the signature (head match for the site line)",
        page="""
!m 秉正律师　嬴川秉正律师事务所
!m 首页 · 律所简介 · 业务领域 · 文书示范 · 联系方式
!m 当前：文书示范 › 知识产权与竞争
{T}
!m 整理：秉正律师事务所文书组　　浏览 418
!d 以下文书已对当事人信息做技术处理，仅供参考。
{BODY}
!w 需要起草律师函？预约电话：0917-8355170（周一至周六）
!l 更多文书示范：商标侵权警告函 ｜ 催款律师函 ｜ 解除合同通知书
!d 未经本所许可，请勿转载、摘编本栏目内容。
!m 嬴川秉正律师事务所　地址：嬴川县府前街16号
""",
        indent="\u3000\u3000",
        body="""
嬴川县七彩童年文具商行：
嬴川秉正律师事务所接受镐阳市彩蝶文具有限公司（以下简称“委托人”）的委托，指派本所柏正阳律师，就贵司销售的颜料盒产品宣传用语问题，郑重致函如下：
一、据委托人反映并经本所核实，贵司在网店页面和产品包装上使用“彩蝶同厂”“儿童无毒颜料盒第一品牌”等宣传用语，但贵司所售颜料盒与委托人不存在任何生产或授权关系，且上述宣传用语没有任何依据。
二、贵司的上述行为涉嫌违反《中华人民共和国反不正当竞争法》和《中华人民共和国广告法》的相关规定，已对委托人的商誉造成损害。
三、请贵司自收到本函之日起七日内，删除全部相关宣传用语，并停止销售带有上述字样包装的产品。
逾期未予纠正的，委托人将依法向市场监管部门举报，并保留追究贵司法律责任的权利。
特此函告。
嬴川秉正律师事务所
律师：柏正阳
2025年8月14日
""",
    ),
]

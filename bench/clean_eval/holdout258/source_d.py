"""holdout258, part D: 地方论坛, 资料下载站, 人事考试网, 招投标网, 律所网站 (one HTML and one text page each).

Everything here is invented; see ../README.md and ../build.py for the markup. Each case was written by hand.
"""

CASES = [
    dict(
        slug="kechuan-online-forum-missing-mill-jammer",
        site="稞川在线论坛 (invented county forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.kechuanzx.com/thread-551903-1-1.html",
        title="村口那盘老碾子被搬走了，有人知道搬到哪去了吗？",
        record_title=None,
        date=None,
        notes="county forum: no title in the record (the thread subject), jammer-font junk, a weather line, medals, "
        "a 'passed to the town' link, a decoration ad; 7 小时前 is no date",
        junk=dict(lines=1, glued=2),
        page="""
<html>
<head>
<meta charset="gbk">
<title>村口那盘老碾子被搬走了，有人知道搬到哪去了吗？ - 乡镇直通车 - 稞川在线论坛</title>
<style>.jammer{display:none}</style>
</head>
<body>
<div id="hd">⟦m 稞川在线 · 稞川人自己的网上家园⟧　<span>⟦m 稞川 今天 小雨转阴 14～19℃⟧</span></div>
<div id="nv">⟦m 首页 | 乡镇直通车 | 百姓呼声 | 二手市场 | 招聘求职⟧</div>
<div id="pt">⟦m 稞川在线论坛 » 乡镇直通车 » 砦口镇⟧</div>
<div class="ad">⟦w 老房翻新找稞川宏业装饰　免费上门量房 0736-8250888⟧</div>
<h1 id="thread_subject">{T}</h1>
<table class="post"><tr>
<td class="pls"><p>⟦m 漂在外的莴塘人⟧</p><p>⟦m 勋章：乡情大使　热心网友⟧</p></td>
<td class="plc">
<div class="authi">⟦m 发表于 7 小时前　|　只看该作者　|　来自手机⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="reply-gov">⟦l 【已转交砦口镇人民政府办理】点击查看办理进度⟧</div>
<div class="po">⟦a 支持(56)　反对(0)　回复　分享　举报⟧</div>
</td></tr></table>
<div id="ft">⟦m 稞川在线论坛　湘ICP备11009726号　违法不良信息举报：jubao@kechuanzx.com⟧</div>
</body>
</html>
""",
        body="""
我是稞川县砦口镇莴塘村人，在外地打工十几年，今年清明回家，发现村口那盘老碾子不见了，只剩一块光秃秃的水泥地。
那盘碾子是我爷爷那辈人凑钱打的，碾盘边上还刻着年份。小时候我天天在碾道边玩，过年前全村人排着队碾米，那个场景到现在还记得。
问了几个邻居，有人说是镇里拉去修展示馆了，也有人说是被收老物件的买走了。想问问论坛里的朋友，有谁知道具体情况吗？如果是镇里收去了，能不能告诉我放在哪里，我想带孩子去看看。
""",
    ),
    dict(
        slug="jiawan-life-forum-fake-forged-woks-junk",
        site="稼湾生活网论坛 (invented town forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="http://www.jiawanlife.com/forum/t/60218",
        title="提醒：集市上有的“手工锻打”铁锅其实是机器冲压的",
        record_title="[消费提醒] 提醒：集市上有的“手工锻打”铁锅其实是机器冲压的 - 民生杂谈 - 稼湾生活网",
        date=None,
        notes="a town forum text page with junk lines and junk glued after 。; floors and a 'hot posts' list; "
        "no date (the post line has none)",
        junk=dict(lines=2, glued=3),
        page="""
!m 稼湾生活网 — 稼湾人的生活圈
!m 论坛 › 民生杂谈 › 帖子详情
!t [消费提醒] 提醒：集市上有的“手工锻打”铁锅其实是机器冲压的
!m 楼主：打铁匠的孙子　　楼层：1楼　　人气：972
{BODY}
!l 2楼 稼湾老街坊：我上个月就买到一口，锅底一圈圈的纹，果然是冲的
!l 3楼 小院种菜：谢谢提醒，收藏了
!a 发表回复前请先登录　｜　注册新账号
!l 本版热帖：镇中心小学门口又堵车了｜稼湾老街改造什么时候开工
!m 稼湾生活网 版权所有
""",
        body="""
最近几次赶集，都看到有人摆摊卖“手工锻打铁锅”，一口一百五六十块。我家三代都是打铁的，看了几口，发现不少其实是机器冲压出来的，特意发个帖提醒大家。
怎么分辨？第一看锅底，手工锻打的锅底有一个个不规则的锤印，冲压锅的锅底是一圈圈整齐的同心纹。第二掂分量，同样大小，锻打锅要厚实一些。第三问来历，正经的锻打作坊都在稼湾老街和砦口镇一带，可以直接去作坊买，价钱还便宜些。
冲压锅也不是不能用，但价格只值五六十块。大家买的时候多看一眼，别多花冤枉钱。
""",
    ),
    dict(
        slug="muye-download-rules-fence-inspection-wps",
        site="牧业资料下载站 (invented, old gb2312 file page)",
        style="资料下载站",
        genre="规程",
        kind="other",
        form="html",
        source="http://www.muyeziliao.com/soft/1297.html",
        title="养殖场铁丝网围栏安装与巡检规程",
        record_title="养殖场铁丝网围栏安装与巡检规程.wps",
        date=None,
        notes="a download station's gb2312 file-info table with three mirrors and a dead-link report; rules with 第N条 "
        "articles, one of which speaks of 下载/打印 a record form as content; no date",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>养殖场铁丝网围栏安装与巡检规程.wps 下载_牧业资料下载站</title>
<script language="javascript" src="/js/down.js"></script>
</head>
<body>
<table width="980" align="center" border="0"><tr><td>⟦m 牧业资料下载站 · 养殖人的资料库⟧</td><td align="right"><a>⟦a 会员登录⟧</a>　<a>⟦a 上传资料⟧</a></td></tr></table>
<table width="980" align="center" border="0"><tr><td>⟦m 站点首页 → 养殖管理 → 规章制度⟧</td></tr></table>
<table width="980" align="center" border="1" cellspacing="0" cellpadding="4" bordercolor="#99cc99">
<tr><td colspan="2"><b>⟦t 养殖场铁丝网围栏安装与巡检规程.wps⟧</b></td></tr>
<tr><td>⟦m 资料大小：36 KB⟧</td><td>⟦m 资料格式：WPS⟧</td></tr>
<tr><td>⟦m 更新时间：上周⟧</td><td>⟦m 下载次数：1288⟧</td></tr>
<tr><td>⟦m 运行环境：WPS/Office⟧</td><td>⟦m 资料评级：★★★★⟧</td></tr>
<tr><td colspan="2">⟦a 下载地址：［电信下载］［联通下载］［备用下载］⟧</td></tr>
<tr><td colspan="2">⟦a 下载不了？点此报告失效链接⟧</td></tr>
<tr><td colspan="2" class="intro">
{BODY}
</td></tr>
</table>
<table width="980" align="center"><tr><td>⟦l 相关资料：羊舍建设技术规范｜牧场防疫消毒制度｜围栏放牧管理办法⟧</td></tr>
<tr><td>⟦d 本站资料均收集自网络，仅供学习研究，请下载后24小时内删除⟧</td></tr>
<tr><td>⟦m Copyright 2006-2025 muyeziliao.com　冀ICP备08027714号⟧</td></tr></table>
</body>
</html>
""",
        body="""
第一条　为规范本场铁丝网围栏的安装和日常巡检，防止牲畜外逃和人员受伤，制定本规程。
第二条　围栏采用镀锌铁丝网，网高不低于一米五，立柱间距不超过三米，立柱入土深度不少于五十厘米。
第三条　铁丝网的接头一律向场内一侧弯折，不得朝向道路和人行通道；靠近人员通行处不得加装刺丝。
第四条　场区围栏每周巡检一次，雨雪大风天气后加检一次，重点查看立柱倾斜、网面破损和接头松脱情况。
第五条　巡检人员应填写《围栏巡检记录表》，记录表可从场部共享盘下载打印，每月底交场部存档。
第六条　拆下的废旧铁丝网应当天盘卷，集中存放到指定地点，不得随地丢弃。
第七条　本规程自印发之日起施行。
""",
    ),
    dict(
        slug="hetong-download-contract-crates-template",
        site="合同文本下载中心 (invented)",
        style="资料下载站",
        genre="合同范本",
        kind="other",
        form="text",
        source="https://www.hetongwenben.net/gxht/2213.html",
        title="竹编箩筐购销合同（范本）",
        record_title="竹编箩筐购销合同（范本）[DOC可编辑] 免费下载 - 合同文本下载中心",
        date=None,
        notes="a contract template with ×× placeholders, ＿＿ blanks and ＿＿＿＿年＿＿月＿＿日, 第N条 articles; "
        "a file-info line, a download button row and a members' prompt; no date",
        page="""
!m 合同文本下载中心 · 常用合同一站下载
!m 首页 ▸ 购销合同 ▸ 农副产品
!t 竹编箩筐购销合同（范本）[DOC可编辑] 免费下载
!m 文件格式：DOC　｜　页数：2　｜　更新：昨天
!a ［立即下载Word版］　［在线编辑］　［打印预览］
{BODY}
!a 开通会员，海量合同模板随心下
!l 相关合同：竹木制品加工合同｜农产品包装物采购合同｜手工艺品代销协议
!d 合同范本仅供参考，签约前请结合实际情况修改或咨询专业律师
""",
        body="""
甲方（购货方）：××××农产品专业合作社
乙方（供货方）：××××竹编加工厂
根据《中华人民共和国民法典》及有关规定，甲乙双方经协商一致，订立本合同。
第一条　甲方向乙方订购竹编箩筐＿＿＿＿只，规格为口径＿＿厘米、高＿＿厘米，单价＿＿元，合同总价＿＿＿＿元。
第二条　箩筐须用两年生以上毛竹编制，篾片均匀、收口牢固，不得有霉变、虫蛀。
第三条　乙方应于＿＿＿＿年＿＿月＿＿日前将货物送至甲方指定地点，运费由乙方承担。
第四条　甲方验收合格后十日内付清全部货款。验收不合格的，乙方应在七日内调换。
第五条　任何一方违约，应向对方支付合同总价百分之十的违约金。
甲方（盖章）：　　　　乙方（盖章）：
签订日期：＿＿＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="liucheng-exam-notice-fence-weaving-timetable",
        site="鎏城人事考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.lcrsks.gov.cn/ksgg/2025/0521/4408.html",
        title="关于2025年竹编工职业技能等级认定（篱笆编扎方向）考试有关事项的通知",
        record_title="〖考务通知〗关于2025年竹编工职业技能等级认定（篱笆编扎方向）考试有关事项的通知_鎏城人事考试网",
        date="2025-05-20",
        date_also=["2025-05-21"],
        notes="a personnel-exam site: maintenance banner, an admission-ticket float, the site's technical line beside the "
        "centre's own 咨询电话; 下载并打印准考证 is content; a timetable one row a paragraph; 附件 line",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>〖考务通知〗关于2025年竹编工职业技能等级认定（篱笆编扎方向）考试有关事项的通知_鎏城人事考试网</title>
<script src="/js/exam-site.js"></script>
</head>
<body>
<div class="ks-banner">⟦d 系统升级公告：本网站将于每周日凌晨1:00—5:00进行例行维护，届时暂停访问⟧</div>
<div class="ks-head">⟦m 鎏城人事考试网⟧ <span>⟦m 鎏城市人事考试院主办⟧</span></div>
<ul class="ks-nav"><li>⟦m 首页⟧</li><li>⟦m 考试公告⟧</li><li>⟦m 网上报名⟧</li><li>⟦m 成绩查询⟧</li><li>⟦m 证书办理⟧</li></ul>
<div class="ks-pos">⟦m 当前位置：首页 &gt;&gt; 考试公告 &gt;&gt; 职业技能⟧</div>
<div class="ks-art">
<h1>{T}</h1>
<p class="ks-meta">⟦m 发布日期：2025-05-21　来源：市职业技能鉴定中心　字号：大 中 小⟧</p>
<div class="ks-con">
{BODY}
</div>
</div>
<div class="ks-float">⟦a 准考证打印入口 ＞＞⟧ <a class="close">⟦a 关闭×⟧</a></div>
<div class="ks-foot"><p>⟦m 网站技术咨询：0731-5590888（工作日9:00-17:00，不解答考务政策问题）⟧</p><p>⟦m 湘ICP备09018836号　主办单位：鎏城市人事考试院⟧</p></div>
</body>
</html>
""",
        body="""
各位报考人员：
2025年鎏城市竹编工职业技能等级认定（篱笆编扎方向）考试将于6月14日举行，现将有关事项通知如下。
一、准考证打印。请考生于6月9日至6月13日登录本网站下载并打印准考证，凭准考证和身份证参加考试。
二、考试安排。
科目　时间　地点
理论知识　6月14日9:00-10:30　鎏城技师学院1号楼
实操考核　6月14日14:00-17:00　鎏城技师学院实训中心
三、实操考核要求考生在规定时间内完成一段长两米、高一米的竹篱笆编扎，工具由考点统一提供。
咨询电话：0731-5590213（市职业技能鉴定中心）
附件：考场示意图
鎏城市职业技能鉴定中心
2025年5月20日
""",
    ),
    dict(
        slug="moxi-talent-exam-notice-mill-guides",
        site="秣溪县人才网 (invented, text view)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.mxrcw.cn/kszn/2025/0626/901.html",
        title="秣溪县农耕文化展示馆2025年公开招聘讲解员笔试须知",
        date="2025-06-26",
        notes="record title as is; 扫码签到 is content; an exam site's query buttons and hotline for the site around it; "
        "成文日期 under the signature",
        indent="\u3000\u3000",
        page="""
!m 秣溪县人才网 · 考试招聘专栏
!m 首页 ＞ 考试指南
{T}
!m 栏目：考试指南　　发布人：人才网管理员
!a ［报名查询］［准考证下载］［成绩查询］
{BODY}
!m 本网服务热线：0743-6601199
!d 本栏目信息以招聘单位发布的正式文件为准
""",
        body="""
各位考生：
秣溪县农耕文化展示馆2025年公开招聘讲解员笔试定于7月5日上午举行。为保证考试顺利进行，请考生注意以下事项：
一、考生须于当天8:20前到达考点，扫码签到后凭准考证和身份证进入考场。
二、笔试内容包括公共基础知识和农耕文化常识，其中农耕文化常识部分涉及碾子、石磨、风车等传统农具的构造和用途。
三、进入面试的考生需在展示馆碾坊现场进行模拟讲解，用三分钟介绍一件农耕器具。
四、考生应自觉遵守考场纪律，严禁携带手机等通讯工具进入考场。
秣溪县人力资源和社会保障局
2025年6月26日
""",
    ),
    dict(
        slug="kechuan-tender-inquiry-firebreak-mesh",
        site="稞川县公共资源交易网 (invented)",
        style="招投标网",
        genre="询价公告",
        kind="notice",
        form="html",
        source="https://ggzy.kechuan.gov.cn/jyxx/zfcg/xjgg/20250805/3317.html",
        title="稞川县国有林场防火隔离带铁丝网围栏采购询价公告",
        record_title="〔采购询价〕稞川县国有林场防火隔离带铁丝网围栏采购询价公告-稞川县公共资源交易网",
        date="2025-08-05",
        notes="a tender portal: countdown, CA and trading-system lines beside the purchaser's and agency's own contacts; "
        "lots table one row a paragraph; the agency's date under its name",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〔采购询价〕稞川县国有林场防火隔离带铁丝网围栏采购询价公告-稞川县公共资源交易网</title>
<script src="/js/countdown.js"></script>
</head>
<body>
<div class="jy-top">⟦m 稞川县公共资源交易网⟧ <a>⟦a 投标人登录⟧</a> <a>⟦a 专家登录⟧</a></div>
<ul class="jy-nav"><li>⟦m 交易信息⟧</li><li>⟦m 政策法规⟧</li><li>⟦m 办事指南⟧</li><li>⟦m 诚信体系⟧</li></ul>
<div class="jy-crumb">⟦m 交易信息 ▶ 政府采购 ▶ 询价公告⟧</div>
<div class="jy-detail">
<h2>{T}</h2>
<div class="jy-meta">⟦m 信息时间：2025-08-05　阅读次数：188⟧</div>
<div class="jy-count">⟦a 距报价截止还剩：6天 23时 41分⟧</div>
<div class="jy-body">
{BODY}
</div>
<div class="jy-file">⟦a 询价文件下载（请先登录）⟧</div>
</div>
<div class="jy-foot">
<p>⟦m CA数字证书办理：0736-8100577⟧</p>
<p>⟦m 交易系统技术支持：400-928-3361⟧</p>
<p>⟦m 稞川县公共资源交易中心　湘ICP备16011240号⟧</p></div>
</body>
</html>
""",
        body="""
一、项目编号：KCZC-2025-0217
二、采购内容及数量：
包号　品名　数量　最高限价
1　镀锌钢丝网片（1.8米高）　3200米　16万元
2　角钢立柱及配件　1600根　7.2万元
三、供应商资格要求：具有独立承担民事责任的能力，参加采购活动前三年内在经营活动中没有重大违法记录。
四、报价截止时间：2025年8月12日17:00，逾期送达的报价文件不予受理。
五、联系方式
采购人：稞川县国有林场　联系人：吴老师　电话：0736-8109921
代理机构：稞川明信招标代理有限公司　联系人：唐工　电话：0736-8116605
稞川明信招标代理有限公司
2025年8月5日
""",
    ),
    dict(
        slug="seyang-procurement-result-crates",
        site="穑阳采购信息网 (invented, text view)",
        style="招投标网",
        genre="成交结果公告",
        kind="notice",
        form="text",
        source="http://www.sycgxx.cn/cjgg/2025/0912/6630.html",
        title="淖田镇蔬菜专业合作社竹编箩筐采购项目成交结果公告",
        date="2025-09-12",
        notes="record title as is; a result table one row a paragraph; a trading platform's service line and a CA line "
        "around the notice; the announcement's date under the buyer's name",
        page="""
!m 穑阳采购信息网
!m 首页 → 采购公告 → 成交结果
{T}
!m 公告类型：成交结果　　浏览：76
{BODY}
!a 【关闭】　【打印】　【返回顶部】
!m 平台客服：400-117-2290　　CA证书服务：0739-5603322
!m 穑阳采购信息网　湘ICP备17020089号-1
""",
        body="""
一、项目名称：淖田镇蔬菜专业合作社竹编箩筐采购项目
二、成交信息：
包号　供应商　成交数量　成交金额
1　秣溪县巧手竹编工艺厂　1500只　2.85万元
2　穑阳县竹韵编织专业合作社　800只　1.44万元
三、公告期限：自本公告发布之日起1个工作日。
四、凡对本次成交结果有异议的供应商，可在公告期限届满之日起七个工作日内以书面形式提出质疑。
采购人：淖田镇蔬菜专业合作社　联系电话：0743-6770415
淖田镇蔬菜专业合作社
2025年9月12日
""",
    ),
    dict(
        slug="shouzheng-law-article-fence-boundary",
        site="守正律师事务所 (invented)",
        style="律所网站",
        genre="普法文章",
        kind="other",
        form="html",
        source="https://www.shouzhenglaw.cn/article/20250422/218.html",
        title="邻居的竹篱笆越界，能要求拆除吗？",
        record_title="律师说法 | 邻居的竹篱笆越界，能要求拆除吗？｜守正律师事务所",
        date=None,
        notes="a law firm: lawyer card, consult float, 400 line, a 'permalink' block in new words, a repost notice; "
        "the article has no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>律师说法 | 邻居的竹篱笆越界，能要求拆除吗？｜守正律师事务所</title>
<script src="/static/js/consult.js"></script>
</head>
<body>
<div class="lf-head">⟦m 守正律师事务所⟧ <span>⟦m 守法　守信　守正⟧</span> <span>⟦w 全国免费咨询：400-016-7780⟧</span></div>
<ul class="lf-nav"><li>⟦m 律所简介⟧</li><li>⟦m 专业领域⟧</li><li>⟦m 律师团队⟧</li><li>⟦m 律师说法⟧</li><li>⟦m 联系我们⟧</li></ul>
<div class="lf-crumb">⟦m 首页 › 律师说法 › 相邻关系⟧</div>
<div class="lf-art">
<h1>{T}</h1>
<div class="lf-card">⟦m 文｜杜衡律师　执业证号 14307201811203377⟧</div>
<div class="lf-con">
{BODY}
</div>
<div class="lf-link">⟦m 本页地址：https://www.shouzhenglaw.cn/article/20250422/218.html⟧</div>
<div class="lf-copy">⟦d 本文为守正律所原创，欢迎转发，转载请注明作者与出处⟧</div>
</div>
<div class="lf-float">⟦w 遇到相邻纠纷？在线留言，律师2小时内回电⟧</div>
<div class="lf-foot">⟦m 地址：稞川县滨河路77号守正大厦6楼　湘ICP备20011632号⟧</div>
</body>
</html>
""",
        body="""
问：我家和邻居的菜园挨着，去年邻居重新扎竹篱笆，往我家这边多占了将近半米。我找他理论，他说篱笆是竹子扎的，不算建筑，占一点没关系。请问我能要求他拆除吗？
答：可以。竹篱笆虽然简易，但同样不能越过土地的边界。根据民法典的规定，妨害他人行使物权的，权利人可以请求排除妨害。只要能证明篱笆占用了您家的承包地或宅基地，就有权要求邻居拆除越界部分、恢复原状。
建议您先找村委会调取土地确权资料，请村干部到场共同确认边界，尽量协商解决；协商不成的，可以申请人民调解，也可以向人民法院起诉。
""",
    ),
    dict(
        slug="hengping-law-letter-wok-coating",
        site="衡平律师事务所 (invented, text view)",
        style="律所网站",
        genre="函",
        kind="letter",
        form="text",
        source="http://www.hengpinglaw.com/wenshu/lsh/331.html",
        title="关于贵公司销售铸铁锅涂层脱落问题的律师函",
        record_title="【文书样本·律师函】关于贵公司销售铸铁锅涂层脱落问题的律师函（仅供参考）- 衡平律师事务所",
        date="2025-05-09",
        notes="a law firm's sample letter: consult line, QR line and disclaimer; 成文日期 under the firm's name; "
        "the firm's name is also the signature (matched as a head label)",
        indent="\u3000\u3000",
        page="""
!m 衡平律师事务所
!m 首页 » 文书范例 » 律师函
!t 【文书样本·律师函】关于贵公司销售铸铁锅涂层脱落问题的律师函（仅供参考）
!m 整理：衡平律所文书组　　阅读 1203
{BODY}
!w 需要律师为您出具律师函？电话 0739-5281166　微信 hengping_lawyer
!d 本范例已对当事人信息作匿名处理，仅供参考，不构成法律意见
!l 更多范例：催款律师函｜侵权警告函｜解除合同通知函
""",
        body="""
穑阳县××厨具销售有限公司：
衡平律师事务所接受赵××女士的委托，指派本所律师就贵公司销售的铸铁锅质量问题致函贵公司。
据委托人陈述，其于2025年3月在贵公司门店购买“××牌”铸铁锅一口，使用不足一个月即出现内壁涂层大面积脱落。委托人多次与贵公司协商退换，贵公司均以“人为使用不当”为由拒绝。
本所律师认为，贵公司作为经营者，应当保证所售商品符合质量要求。现特函告贵公司：请于收到本函之日起七日内为委托人办理退货并退还货款；逾期未处理的，委托人将依法向市场监管部门投诉或向人民法院提起诉讼。
衡平律师事务所
律师：彭×
2025年5月9日
""",
    ),
]

"""holdout354, part D: county forums, download stations, personnel-exam sites, tender portals, law firms.

Invented text (places, people, firms, sites, URLs, phones and chrome wording); see ../README.md
and ../build.py for the markup. Written by hand, case by case.
"""

CASES = [
    dict(
        slug="localforum-hongyi-complaint-fork-jammer-no-title",
        site="弘溢百事通论坛 (invented county forum)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="https://bbs.hybaishitong.com/thread-1180442-1-1.html",
        title="河滩烧烤区有人乱扔烤叉，我家狗被扎伤了",
        record_title=None,
        date=None,
        notes="county forum: no title in the record, the thread subject holds it; weather line, medals, jammer-font "
        "junk, a decoration ad, a pass-to-department link; post time relative (昨天), so no date",
        page="""
<html>
<head><meta charset="gbk">
<title>河滩烧烤区有人乱扔烤叉，我家狗被扎伤了 - 民生爆料 - 弘溢百事通</title>
<style>.jammer{font-size:0;color:#fff}</style>
</head>
<body>
<div id="toptb">⟦m 弘溢百事通论坛⟧ ⟦m 今日弘溢：多云 24～33℃ 东南风2级⟧ <a>⟦a 登录⟧</a> <a>⟦a 注册百事通⟧</a></div>
<div id="pt">⟦m 百事通 › 弘溢民生 › 民生爆料⟧</div>
<div class="ad-banner">⟦w 吉涣装修找老邝，全包半包都能谈，电话 138 7365 0418⟧</div>
<table><tr>
<td class="pls"><p>⟦m 遛狗的老秦⟧</p><p>⟦m 勋章：热心市民 · 爆料达人⟧</p><p>⟦m 积分 1377⟧</p></td>
<td class="plc"><h1><span id="thread_subject">{T}</span></h1>
<div class="authi">⟦m 发表于 昨天 19:42 ｜ 只看楼主⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="zhuanjiao">⟦a 已有 52 人顶帖　｜　转给县河道管理所⟧</div>
<div class="po">⟦a 回复　分享　顶　踩⟧</div>
</td></tr></table>
<div class="reply">⟦l 2楼　忠淋土著：那片草地我上个月也捡到过两把⟧</div>
<div class="reply">⟦l 3楼　河滩晨跑团：支持放回收桶，建议管理所看看⟧</div>
<div id="ft">⟦m 弘溢百事通 ( 湘ICP备15009286号 )⟧ ⟦d 帖子内容为网友发布，与本站立场无关⟧</div>
</body>
</html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=2),
        body="""
今天傍晚在忠淋镇河滩遛狗，狗在烧烤区的草丛里踩到一把扔掉的烤叉，前爪被扎穿了，送到宠物医院缝了三针。
那一片每到周末烧烤的人特别多，走的时候炭灰、竹签、一次性烤叉扔得到处都是。烤叉是铁的，叉尖朝上埋在草里，根本看不见，大人小孩光脚踩上去也一样危险。
想问问镇上和河道管理的部门，能不能在烧烤区放几个专门回收烤叉、竹签的铁桶，再安排人周一早上清一清？
也请大家烧烤完把烤叉带走，别留在草地里。
""",
    ),
    dict(
        slug="localforum-yashan-post-basket-weaver-junk-text",
        site="雅汕镇论坛 (invented town forum, text)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="http://www.yashanluntan.cn/t/50917",
        title="雅汕镇逢五赶集，编淘米篮的谭师傅又出摊了",
        record_title="〘赶集见闻〙雅汕镇逢五赶集，编淘米篮的谭师傅又出摊了",
        date=None,
        notes="town forum as text: anti-scraping junk lines and junk glued after 。; replies; post time relative "
        "(2 小时前), so no date",
        page="""
!m 雅汕镇论坛 — 雅汕人自己的网上家园
!m 版块：雅汕杂谈 ▸ 赶集见闻
!t 〘赶集见闻〙雅汕镇逢五赶集，编淘米篮的谭师傅又出摊了
!m 作者：汕河边的猫　2 小时前　查看 1306
{BODY}
!l 沙发：老街坊阿明 —— 谭师傅的篮子我家用了八年了
!l 板凳：zx_1988 —— 下个集去看看
!a 回帖需先绑定手机号
!m 雅汕镇论坛 · 站务QQ群 60217745
""",
        indent="\u3000\u3000",
        junk=dict(lines=2, glued=2),
        body="""
今天逢五赶集，在老供销社门口又看见了编淘米篮的谭师傅。老人家今年七十三了，摊子上摆着二十几只竹淘米篮，大的装得下十斤米，小的刚好淘一餐。
我买了一只中号的，二十八块。谭师傅说，编一只淘米篮要破篾、刮篾、编底、收口，手快也要大半天。他编的篮子篾片刮得光，不扎手，用上十年没问题。
聊起来才知道，他的手艺没人接，儿子在外地打工，孙子在读大学。他说只要还能动，就每个集都来。
喜欢竹器的朋友，逢五、逢十可以去供销社门口找他。
""",
    ),
    dict(
        slug="download-shian-rules-steamer-cloth-doc-gb2312",
        site="食安资料下载站 (invented, old gb2312 table layout)",
        style="资料下载站",
        genre="规定/制度",
        kind="other",
        form="html",
        source="http://www.shianzl.com/down/soft/8830.html",
        title="学校食堂蒸布清洗消毒管理制度",
        record_title="学校食堂蒸布清洗消毒管理制度.doc",
        date=None,
        notes="download station in a gb2312 table layout: file-info table, three download links, unzip password, "
        "dead-link report; file-name record title; 第N条 articles, one about printing a record sheet; no date",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>学校食堂蒸布清洗消毒管理制度.doc 免费下载 - 食安资料下载站</title>
<link rel="stylesheet" href="/css/down.css">
</head>
<body>
<table width="980" align="center" border="0" cellspacing="0" cellpadding="0">
<tr><td class="logo">⟦m 食安资料下载站⟧ <font color="#666">⟦m 食品安全制度、台账、表格一站下齐⟧</font></td></tr>
<tr><td class="nav">⟦m 首页 | 管理制度 | 台账表格 | 培训课件 | 应急预案 | 标准规范⟧</td></tr>
<tr><td class="pos">⟦m 当前位置：首页 → 管理制度 → 学校食堂⟧</td></tr>
</table>
<table width="980" align="center" border="1" cellspacing="0" cellpadding="4" bordercolor="#DDDDDD">
<tr><td colspan="4" align="center"><b>{T}</b></td></tr>
<tr><td>⟦m 资料大小：28 KB⟧</td><td>⟦m 资料格式：DOC⟧</td><td>⟦m 更新时间：5 天前⟧</td><td>⟦m 下载人次：3401⟧</td></tr>
<tr><td>⟦m 运行环境：WPS/Office⟧</td><td>⟦m 授权方式：免费⟧</td><td>⟦m 资料评级：★★★★⟧</td><td>⟦m 整理：站长老苗⟧</td></tr>
<tr><td colspan="4" class="jj">⟦m 资料简介：⟧
{BODY}
</td></tr>
<tr><td colspan="4">⟦a 下载地址一：电信高速下载⟧　⟦a 下载地址二：联通高速下载⟧　⟦a 下载地址三：备用线路⟧</td></tr>
<tr><td colspan="4">⟦a 解压口令：www.shianzl.com⟧</td></tr>
<tr><td colspan="4">⟦a 下载不了？点这里报告死链⟧</td></tr>
</table>
<table width="980" align="center"><tr><td class="foot">⟦d 本站资料均来自网络收集，仅供学习研究，请于下载后24小时内删除⟧<br>⟦m 食安资料下载站 www.shianzl.com 冀ICP备11009876号⟧</td></tr></table>
</body>
</html>
""",
        p_html="{}<br>",
        body="""
第一条　为规范学校食堂蒸布的清洗消毒，预防食源性疾病，制定本制度。
第二条　本制度所称蒸布，是指蒸制馒头、包子、米糕等食品时铺垫在蒸笼内的棉布、纱布和硅胶垫布。
第三条　蒸布实行编号管理，每块蒸布用不褪色的线标注编号，按班次轮换使用。
第四条　蒸布每次使用后，应立即清除面渣，用热水洗净，再煮沸消毒不少于20分钟，晾干后放入专用保洁柜。
第五条　蒸布出现发黄、发黑、破洞或霉斑的，应当立即报废，不得缝补后继续使用。
第六条　食堂应将蒸布清洗消毒记录表打印后张贴在面点间，由当班人员每日填写，每月归档。
第七条　本制度自印发之日起施行。
""",
    ),
    dict(
        slug="download-qiyue-contract-scoop-template-text",
        site="契约样本下载网 (invented, text)",
        style="资料下载站",
        genre="合同范本",
        kind="other",
        form="text",
        source="https://www.qiyueyangben.com/hetong/caigou/41277.html",
        title="冰淇淋勺采购合同（范本）",
        record_title="冰淇淋勺采购合同（范本）〔免登录直接下〕",
        date=None,
        notes="download page as text: a contract template with ×× placeholders, ＿＿ blanks and ＿＿＿＿年＿＿月＿＿日; "
        "no date",
        page="""
!m 契约样本下载网 · 合同样本随手可得
!m 首页 » 采购合同 » 日用品采购
!t 冰淇淋勺采购合同（范本）〔免登录直接下〕
!m 样本编号：QY-CG-41277　适用：商贸采购　下载 588 次
!a 【Word下载】【PDF下载】【在线编辑后下载】
{BODY}
!d 本合同样本仅供参考，签约前请根据实际情况修改，必要时咨询专业律师。
!l 同类样本：餐具采购合同 ｜ 厨房设备采购合同 ｜ 冷饮原料供货合同
!m 契约样本下载网 qiyueyangben.com　京ICP备20044718号
""",
        body="""
甲方（采购方）：××餐饮管理有限公司
乙方（供货方）：××厨具有限公司
根据《中华人民共和国民法典》及有关规定，甲乙双方经协商一致，就冰淇淋勺采购事宜订立本合同。
第一条　产品名称、规格和数量。不锈钢推杆式冰淇淋勺，规格＿＿号，数量＿＿把，单价＿＿元，合计人民币＿＿＿＿元。
第二条　质量要求。产品应符合食品接触用金属制品国家标准，乙方交货时提供检验报告。
第三条　交货时间和地点。乙方应于＿＿＿＿年＿＿月＿＿日前将产品送至甲方指定地点。
⟦w 合同审查找律师，微信 qy_fawu88⟧
第四条　验收。甲方收货后3日内验收，推杆卡滞、勺面有毛刺的，乙方负责调换。
第五条　付款方式。验收合格后＿＿日内，甲方一次性付清货款。
第六条　本合同一式两份，甲乙双方各执一份，自双方签字盖章之日起生效。
甲方（盖章）：　　　　乙方（盖章）：
签订日期：＿＿＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="exam-zhangyan-notice-pastry-test-rolling-mat",
        site="彰衍人事考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.zyrsks.cn/kwgg/2025/0603/2260.html",
        title="2025年上半年西式面点师职业技能等级认定实操考核须知",
        record_title="2025年上半年西式面点师职业技能等级认定实操考核须知（考前必读）_彰衍人事考试网",
        date="2025-06-03",
        notes="exam site: maintenance banner, admission-ticket float; a timetable (one row a paragraph), a sentence "
        "about downloading and printing the admission ticket, the centre's 咨询电话 beside the site's technical line",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head><meta charset="utf-8">
<title>2025年上半年西式面点师职业技能等级认定实操考核须知（考前必读）_彰衍人事考试网</title>
<script src="/js/float-zkz.js"></script>
</head>
<body>
<div class="ks-notice">⟦m 系统维护公告：6月8日0:00—6:00报名系统暂停服务⟧</div>
<div class="ks-head">⟦m 彰衍人事考试网⟧ <span>⟦m 彰衍市人事考试院主办⟧</span></div>
<div class="ks-nav">⟦m 首页　考试动态　报名入口　成绩查询　证书办理　政策法规⟧</div>
<div class="ks-crumb">⟦m 首页 ＞ 考试动态 ＞ 职业技能等级认定⟧</div>
<div class="ks-art">
<h2>{T}</h2>
<p class="ks-meta">⟦m 来源：市职业技能鉴定中心　发布人：ks_admin　访问量：7652⟧</p>
<div class="ks-text">
{BODY}
</div>
<div class="ks-tools">⟦a 〔打印此页〕〔关闭此页〕⟧</div>
</div>
<div class="ks-float">⟦a 准考证打印入口⟧<br>⟦a 成绩查询入口⟧<br>⟦a ✕ 关闭浮窗⟧</div>
<div class="ks-foot">⟦m 网站技术支持：0736-8890777（仅受理系统故障）⟧<br>⟦m 彰衍市人事考试院 版权所有　湘ICP备09005521号⟧</div>
</body>
</html>
""",
        body="""
一、考核时间和地点
级别　考核时间　考核地点
五级（初级工）　6月14日上午8:30—11:30　彰衍技师学院实训楼一楼
四级（中级工）　6月14日下午14:00—17:30　彰衍技师学院实训楼二楼
二、考生须知
1.考生须于6月10日起登录彰衍人事考试网下载并打印准考证，凭准考证和身份证参加考核。
2.考场提供烤箱、案台和擀面杖，考生须自备硅胶擀面垫、刮板和工作服，擀面垫上不得带有文字标记。
3.考生须提前30分钟到达考点，迟到15分钟以上不得入场。
三、咨询方式
考核咨询电话：0736-8890316（工作日8:30—17:30）
彰衍市职业技能鉴定中心
2025年6月3日
""",
    ),
    dict(
        slug="exam-yutao-notice-canteen-skill-test-record",
        site="裕滔县人力资源和社会保障局 (invented, text)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://rsj.yutao.gov.cn/ksxx/2025/0425/3176.html",
        title="裕滔县2025年中小学食堂工勤岗位公开招聘技能测试公告",
        record_date="2025-04-25",
        date="2025-04-25",
        notes="personnel-exam page as text: title and date from the record; the rice-washing test with a basket "
        "given by the test site; the notice's own 咨询电话",
        page="""
!m 裕滔县人力资源和社会保障局 · 人事考试专栏
!m 首页 > 考试信息 > 招聘公告
{T}
!m 信息来源：县人事考试中心　发布人：rsj_ks　阅读次数：3158
{BODY}
!a 相关附件请登录报名系统查看　｜　打印本文
!m 主办单位：裕滔县人力资源和社会保障局　技术维护：县数据资源中心
""",
        indent="\u3000\u3000",
        body="""
根据《裕滔县2025年中小学食堂工勤岗位公开招聘简章》，现将技能测试有关事项公告如下。
一、测试时间：2025年5月10日上午8:30开始。
二、测试地点：裕滔县职业中专学校食堂。
三、测试内容：淘米、蒸饭、切配三项，满分100分。淘米项目使用考点统一提供的淘米篮，考生须在5分钟内淘洗大米2公斤，考评员按洁净程度、用水量和米粒流失情况评分。
四、注意事项：考生须持身份证和笔试准考证入场，统一穿戴考点提供的工作帽和口罩，不得佩戴首饰。
咨询电话：0736-7128401
裕滔县人力资源和社会保障局
2025年4月25日
""",
    ),
    dict(
        slug="tender-zhangyan-result-scoop-lots",
        site="彰衍市公共资源交易网 (invented)",
        style="招投标网",
        genre="中标结果公告",
        kind="notice",
        form="html",
        source="https://ggzy.zhangyan.gov.cn/jyxx/zfcg/zbjg/20250721/0617.html",
        title="彰衍市中小学食堂冷饮分装器具采购项目中标结果公告",
        record_title="彰衍市中小学食堂冷饮分装器具采购项目中标结果公告|结果公示|彰衍市公共资源交易网",
        date="2025-07-21",
        notes="tender portal: publicity countdown, CA and trading-system lines beside the purchaser's and agency's "
        "contacts; bid lots table one row a paragraph; the date at the end of the notice",
        page="""
<!DOCTYPE html>
<html>
<head><meta charset="utf-8">
<title>彰衍市中小学食堂冷饮分装器具采购项目中标结果公告|结果公示|彰衍市公共资源交易网</title>
<script src="/js/countdown.js"></script>
</head>
<body>
<div class="jy-top">⟦m 彰衍市公共资源交易网⟧ <span>⟦m 阳光交易　诚信服务⟧</span></div>
<div class="jy-nav">⟦m 首页　交易信息　政府采购　工程建设　主体信息　服务指南⟧</div>
<div class="jy-crumb">⟦m 当前位置：交易信息 - 政府采购 - 结果公示⟧</div>
<div class="jy-art">
<h3>{T}</h3>
<p class="jy-meta">⟦m 信息时间：2025-07-21 15:06　阅读次数：431⟧</p>
<p class="jy-count">⟦m 公示期倒计时：0天 18时 42分⟧</p>
<div class="jy-text">
{BODY}
</div>
<p>⟦a 【下载公告原文】【打印】⟧</p>
</div>
<div class="jy-foot">
<p>⟦m CA证书办理咨询：0736-8212345⟧　⟦m 交易系统操作咨询：0736-8212366⟧</p>
<p>⟦m 彰衍市公共资源交易中心主办　湘ICP备17020044号⟧</p>
</div>
</body>
</html>
""",
        body="""
一、项目编号：ZYCG-2025-0617
二、项目名称：彰衍市中小学食堂冷饮分装器具采购项目
三、中标信息
包号　货物名称　中标供应商　中标金额（元）
第一包　不锈钢推杆冰淇淋勺　彰衍卓厨商贸有限公司　48600
第二包　勺具保洁柜　慧湃佳净设备有限公司　73200
四、公告期限：自本公告发布之日起1个工作日。
五、联系方式
采购人：彰衍市教育局　联系人：卢德鹏　电话：0736-8212049
采购代理机构：彰衍信诚招标代理有限公司　联系人：钱筱　电话：0736-8639711
2025年7月21日
""",
    ),
    dict(
        slug="tender-zhaodian-inquiry-steamer-cloth-text",
        site="兆淀县政府采购网 (invented, text)",
        style="招投标网",
        genre="询价公告",
        kind="notice",
        form="text",
        source="http://zfcg.zhaodian.gov.cn/xjgg/2025/0815/9921.html",
        title="兆淀县第一中学食堂蒸布及蒸笼垫采购询价公告",
        record_title="兆淀县第一中学食堂蒸布及蒸笼垫采购询价公告 >>询价采购>> 兆淀政府采购",
        date="2025-08-15",
        notes="procurement page as text: inquiry items table, a sentence about downloading the inquiry file, the "
        "purchaser's contact beside the platform's trading-system line",
        page="""
!m 兆淀县政府采购网
!m 首页 · 采购公告 · 询价公告
!t 兆淀县第一中学食堂蒸布及蒸笼垫采购询价公告 >>询价采购
!m 公告日期：2025-08-15　浏览 266 次
{BODY}
!a 〖收藏公告〗　〖分享给同事〗
!m 交易平台服务电话：0736-6620000（工作日）
!m 兆淀县财政局主办　湘ICP备19011237号
""",
        indent="\u3000\u3000",
        body="""
兆淀县第一中学食堂蒸布及蒸笼垫采购项目已具备采购条件，现进行询价采购，欢迎符合条件的供应商参加报价。
一、采购内容
序号　品名　规格　数量
1　纯棉蒸布　80×80厘米　120块
2　硅胶蒸笼垫　直径55厘米　60张
二、供应商资格：具有合法经营资格，所供产品须提供食品接触材料检测报告。
三、询价文件获取：有意向的供应商请于8月18日至8月20日在本网站下载询价文件。
四、报价截止时间：2025年8月22日10:00。
五、联系方式：采购人联系人苗女士，电话0736-6625188。
兆淀县第一中学
2025年8月15日
""",
    ),
    dict(
        slug="lawfirm-duxing-case-fork-weld-liability",
        site="彰衍笃行律师事务所 (invented)",
        style="律所网站",
        genre="案例分析",
        kind="other",
        form="html",
        source="https://www.duxinglaw.cn/anli/xiaofei/2025/318.html",
        title="网购烤叉焊点断裂致人受伤，商家和厂家谁来赔？",
        record_title="【以案说权益】网购烤叉焊点断裂致人受伤，商家和厂家谁来赔？｜笃行律所",
        date=None,
        notes="law firm: lawyer card, consult float, 400 line, repost notice; a case note with bracketed headings; "
        "no date",
        page="""
<!DOCTYPE html>
<html lang="zh">
<head><meta charset="utf-8">
<title>【以案说权益】网购烤叉焊点断裂致人受伤，商家和厂家谁来赔？｜笃行律所</title>
</head>
<body>
<div class="lf-top">⟦m 彰衍笃行律师事务所⟧ <span>⟦m 专注消费维权与产品责任⟧</span> <span>⟦m 全国咨询 400-870-3655⟧</span></div>
<div class="lf-nav">⟦m 首页　律所简介　律师团队　业务领域　典型案例　联系我们⟧</div>
<div class="lf-crumb">⟦m 首页 › 典型案例 › 消费维权⟧</div>
<div class="lf-art">
<h1>{T}</h1>
<p class="lf-meta">⟦m 作者：庞逸舟律师　阅读：2419⟧</p>
<div class="lf-text">
{BODY}
</div>
<p class="lf-repost">⟦d 本文为笃行律所原创，转发请保留作者及出处⟧</p>
</div>
<div class="lf-card"><p>⟦m 庞逸舟　执业律师　执业证号 14301201910226553⟧</p><p>⟦w 遇到类似纠纷？点我免费问庞律师⟧</p></div>
<div class="lf-float">⟦w 在线咨询⟧ ⟦w 电话回拨⟧</div>
<div class="lf-foot">⟦m 地址：彰衍市慧湃区金融街3号汇丰大厦17层⟧<br>⟦m © 彰衍笃行律师事务所　湘ICP备21003317号⟧</div>
</body>
</html>
""",
        body="""
【案情】王某在网店购买了一套不锈钢烤叉。第二次使用时，叉头与叉柄的焊接处突然断裂，烧红的叉头掉落，烫伤了王某的脚背。王某要求网店赔偿，网店称产品是厂家生产的，应找厂家。⟦w 有类似遭遇可点右侧免费咨询⟧
【律师分析】根据民法典的规定，因产品存在缺陷造成他人损害的，被侵权人可以向产品的生产者请求赔偿，也可以向产品的销售者请求赔偿。也就是说，王某可以任选网店或厂家索赔，网店赔偿后，可以再向厂家追偿。
本案中，烤叉焊点在正常使用中断裂，属于产品缺陷。王某可以主张医疗费、误工费等损失。
【律师提醒】消费者收到烤叉等烧烤用具后，应保留购物凭证和产品包装；发生事故后，及时拍照固定证据，并保存好断裂的产品。
""",
    ),
    dict(
        slug="lawfirm-qinzheng-letter-rolling-mat-claims-text",
        site="彰衍勤正律师事务所 (invented, text)",
        style="律所网站",
        genre="函",
        kind="letter",
        form="text",
        source="http://www.qinzhenglawyer.com/wenshu/2025/0519.html",
        title="关于贵公司擀面垫产品虚假宣传事宜的律师函",
        record_title="关于贵公司擀面垫产品虚假宣传事宜的律师函〔律所文书·公开版〕",
        date="2025-05-19",
        notes="law firm page as text: a lawyer's letter with its date in Chinese numerals under the signature; the "
        "firm's name recurs in the letter",
        page="""
!m 彰衍勤正律师事务所
!m 文书公开栏目
!m 首页 ＞ 律所文书 ＞ 律师函
!t 关于贵公司擀面垫产品虚假宣传事宜的律师函〔律所文书·公开版〕
!m 公开日期：当事人已同意公开　整理：勤正律所行政部
{BODY}
!w 需要起草律师函？勤正律所 0736-8366120 预约面谈
!d 本页文书已隐去当事人信息，仅供参考，不构成法律意见。
!m © 彰衍勤正律师事务所
""",
        indent="\u3000\u3000",
        body="""
彰衍某家居用品有限公司：
彰衍勤正律师事务所接受彰衍某贸易有限公司（以下简称委托人）的委托，指派本所律师就贵公司擀面垫产品宣传事宜致函如下：
一、贵公司在网店商品页面宣称其销售的擀面垫为“食品级铂金硅胶”，并使用了“通过国家检测”字样。经委托人送检，该产品的检测结果不符合食品接触用硅橡胶材料的国家标准。
二、贵公司的上述宣传，已涉嫌构成虚假宣传，损害了委托人等同行经营者的合法权益。
三、请贵公司自收到本函之日起七日内删除相关宣传内容，并停止销售该批次产品。逾期未处理的，委托人将依法向市场监管部门举报并提起诉讼。
特此函告。
彰衍勤正律师事务所
律师：祁文渊
二〇二五年五月十九日
""",
    ),
]

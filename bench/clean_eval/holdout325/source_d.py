"""holdout325, part D: county forums, download stations, personnel-exam sites, tender portals
and law firms. Everything invented; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="lishui-county-forum-fake-lipbalm-jammer-subject",
        site="俪水在线论坛 (invented county forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.lishuizaixian.example.com/thread-772015-1-1.html",
        title="城南夜市卖的网红唇膏，管子一拧就断，大家别买了",
        record_title=None,
        date=None,
        notes="county forum, no record title: the thread subject; a weather line, medals, jammer fonts inside the post, a decoration ad, an official-reply link; post time 前天, no date",
        page="""
<html><head><meta charset="gbk">
<title>俪水在线论坛 - 俪水人自己的网上家园</title>
<style>.jammer{display:none}</style>
<script src="data/cache/common.js"></script>
</head><body>
<div id="toptb">⟦m 俪水今日　多云转小雨　9～14℃⟧　⟦a 注册 | 登录 | 找回密码⟧</div>
<div id="hd">⟦m 俪水在线论坛⟧</div>
<div id="nv">⟦m 首页　俪水茶馆　曝光台　美食　房产　招聘　二手⟧</div>
<div id="pt">⟦m 俪水在线 › 曝光台 › 消费投诉⟧</div>
<div class="pl">
<table><tr><td class="pls">⟦m 柚子不酸⟧<br>⟦m 勋章：热心网友　曝光达人⟧</td>
<td class="plc">
<h1>⟦t <span id="thread_subject">城南夜市卖的网红唇膏，管子一拧就断，大家别买了</span>⟧</h1>
<div class="authi">⟦m 发表于 前天 20:14　|　只看该作者⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="gfhf">⟦l 已转交相关部门，点击查看官方回复⟧</div>
<div class="po">⟦a 回复　引用　点赞 41　举报⟧</div>
</td></tr></table></div>
<div class="ad">⟦w 俪水家装节：全包装修每平米698元起，咨询微信 lszx_zx520⟧</div>
<div id="ft">⟦m 俪水在线论坛　湘B2-20150031　违法和不良信息举报：0738-7000315⟧</div>
</body></html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=3),
        body="""
上周六在城南夜市一个小摊上买了两支网红唇膏，十五块钱一支，包装看着挺精致，摊主说是大牌同款。
结果回家第二天，一支拧了两下管子就断了，膏体整个掉在地上；另一支涂了以后嘴角起了一圈小红疙瘩，到现在还没消。
我仔细看了包装，上面没有生产厂家，也没有生产许可证编号，只有一串看不懂的外文。
已经打了12315反映，希望相关部门管一管。也提醒大家，夜市上这种没有标识的唇膏千万别买，便宜没好货。
""",
    ),
    dict(
        slug="jiyang-forum-plum-rain-moisture-test-junk",
        site="佶阳论坛 (invented county forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="http://bbs.jiyang.example.cn/viewthread.php?tid=40913",
        title="梅雨天衣柜发霉，防潮盒到底有没有用？",
        record_title="梅雨天衣柜发霉，防潮盒到底有没有用？（附实测）-街坊闲话-佶阳论坛",
        date=None,
        notes="county-forum thread: junk lines and junk glued after 。; a medal line, replies, a move notice; post time 4 天前, no date",
        page="""
!m 佶阳论坛　佶阳人的老地方
!m 佶阳论坛 → 街坊闲话 → 浏览帖子
!t 梅雨天衣柜发霉，防潮盒到底有没有用？（附实测）
!m 佶坪老街坊　　发表于 4 天前　　阅读 2211　回复 37
{BODY}
!m 本帖由版主 竹篙 于 3 天前 移动到本版
!l 1楼　潮不潮：我家用的是挂式的，挂在衣服中间效果好
!l 2楼　老电工：墙角返潮的话，根子在墙，光靠盒子不行
!a 快速回复　｜　返回列表
!m 佶阳论坛 2004-2025　站长QQ：41520773
""",
        junk=dict(lines=2, glued=2),
        body="""
家住佶坪镇老街，房子是八十年代的砖房，每年梅雨季衣柜里都是一股霉味，去年一件呢子大衣长了白毛，心疼了好久。
今年五月初，我在镇上超市买了六个防潮盒，每个衣柜放两个，想看看到底管不管用。
一个月下来，挂衣服那一格的盒子接了大半盒水，叠衣服那一格的也有小半盒。衣服摸上去确实干爽了一些，霉味也淡了，但墙角那一面还是有点潮。
我的体会是：防潮盒有用，但要放在衣柜下层靠墙的位置，满了要及时换，最好再配合晴天开窗通风。
""",
    ),
    dict(
        slug="lingdian-download-rules-shaver-workshop-doc",
        site="零点资料下载站 (invented, old table layout)",
        style="资料下载站",
        genre="规程",
        kind="other",
        form="html",
        source="http://www.lingdianziliao.example.com/soft/anquan/20874.html",
        title="起球器装配车间安全操作规程",
        record_title="起球器装配车间安全操作规程.doc",
        date=None,
        notes="old download-station layout: a file-info table, three download links, an unzip password, a dead-link report; file-name record title; 第N条 articles speaking of 扫码 and 打印 as content; update stamp no date",
        page="""
<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>起球器装配车间安全操作规程.doc 免费下载 - 零点资料下载站</title>
<script src="/js/down.js"></script>
</head><body>
<table width="980" align="center"><tr><td>⟦m 零点资料下载站 — 办公资料一站下全⟧</td><td align="right">⟦a 设为首页｜加入收藏⟧</td></tr></table>
<table width="980" align="center"><tr><td>⟦m 首页　规章制度　合同范本　表格模板　培训课件　论文资料⟧</td></tr></table>
<table width="980" align="center"><tr><td>⟦m 当前位置：零点资料 → 规章制度 → 安全生产⟧</td></tr></table>
<table width="980" align="center" border="1" cellspacing="0">
<tr><td colspan="2"><b>⟦t 起球器装配车间安全操作规程.doc⟧</b></td></tr>
<tr><td>⟦m 资料大小：24KB⟧</td><td>⟦m 资料格式：Word⟧</td></tr>
<tr><td>⟦m 更新时间：2025-02-19⟧</td><td>⟦m 下载次数：1930⟧</td></tr>
<tr><td>⟦m 资料语言：简体中文⟧</td><td>⟦m 授权方式：免费资料⟧</td></tr>
</table>
<table width="980" align="center"><tr><td>⟦l 资料简介：⟧</td></tr><tr><td>
{BODY}
</td></tr></table>
<table width="980" align="center"><tr><td>⟦a 电信下载一　电信下载二　联通高速下载⟧</td></tr>
<tr><td>⟦a 解压密码：www.lingdianziliao.example.com⟧</td></tr>
<tr><td>⟦a 下载地址失效？点此报告给管理员⟧</td></tr></table>
<table width="980" align="center"><tr><td>⟦l 同类资料：注塑车间安全操作规程　电动工具使用管理制度　小家电组装作业指导书⟧</td></tr></table>
<table width="980" align="center"><tr><td align="center">⟦d 本站资料均来源于网络，仅供学习研究，请于下载后24小时内删除。⟧<br>⟦m Copyright 2008-2025 零点资料下载站　苏ICP备09031477号⟧</td></tr></table>
</body></html>
""",
        p_html="{}<br>",
        body="""
第一条　为规范起球器装配车间作业行为，保障员工人身安全，制定本规程。
第二条　员工上岗前须经安全培训，考核合格后方可独立操作。
第三条　刀网、刀片装配须佩戴防割手套，刀片应放在专用托盘内，不得随意堆放。
第四条　电机通电检测须在绝缘工作台上进行，检测完毕及时断电。
第五条　充电测试区禁止堆放纸箱等可燃物，每班下班前由班长检查并签字。
第六条　工具领用实行扫码登记，下班前归还工具柜，每月打印一次领用台账存档。
第七条　本规程自发布之日起施行，由生产部负责解释。
""",
    ),
    dict(
        slug="kuaiqu-download-procedure-lunchbag-cleaning",
        site="快取资料站 (invented)",
        style="资料下载站",
        genre="操作规程",
        kind="other",
        form="text",
        source="https://www.kuaiquzl.example.net/doc/shitang/5512.html",
        title="送餐保温袋清洗消毒操作规程",
        record_title="【规程】送餐保温袋清洗消毒操作规程 [DOC版][不扣积分] - 快取资料站",
        date=None,
        notes="download station text page: file info, a 'fast download' line, a mirror line, an unzip password; numbered steps; no date (upload stamp only)",
        page="""
!m 快取资料站｜文档·表格·课件
!m 资料分类：食堂管理 ＞ 规章制度
!t 【规程】送餐保温袋清洗消毒操作规程 [DOC版][不扣积分]
!m 文件大小：31KB　　上传日期：2024-11-02　　下载：642次　　评分：★★★★☆
{BODY}
!a ⇩ 本地高速下载　　⇩ 网盘备用下载（提取码 k7q2）
!a 压缩包密码：kuaiquzl
!d 资料仅供参考交流，版权归原作者，侵权联系站长删除。
!l 下载本资料的人还下载了：食堂从业人员晨检制度｜餐具清洗消毒记录表
""",
        body="""
一、适用范围
本规程适用于学校食堂向教学楼、宿舍楼送餐所使用的保温袋。
二、清洗消毒步骤
1.送餐结束后，将保温袋内的餐盒全部取出，倒净残渣。
2.用温水加中性洗涤剂擦洗内衬，重点清洗拉链和四角缝线处。
3.用含氯消毒液按规定浓度擦拭内衬，作用十五分钟后用清水擦净。
4.开口朝下放在晾架上自然晾干，不得暴晒或烘烤。
三、注意事项
保温袋内衬破损、拉链损坏的应停止使用，并在台账上登记报废。每日清洗消毒情况由食堂管理员签字确认。
""",
    ),
    dict(
        slug="yizhou-exam-heatseal-practical-timetable",
        site="怡州人事考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.yzrsks.example.gov.cn/zyjn/202508/t20250812_5521.html",
        title="关于2025年度塑料热合工（真空收纳袋方向）职业技能等级认定实操考核的通知",
        record_title="职业技能等级认定 ▸ 关于2025年度塑料热合工（真空收纳袋方向）职业技能等级认定实操考核的通知 - 怡州人事考试网",
        date="2025-08-11",
        date_also=["2025-08-12"],
        notes="exam site: a maintenance banner, an admission-ticket float, a technical line next to the centre's own 考务咨询电话; a timetable one row a paragraph; sentences on downloading and printing 准考证 are content",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>职业技能等级认定 ▸ 关于2025年度塑料热合工（真空收纳袋方向）职业技能等级认定实操考核的通知 - 怡州人事考试网</title>
<script src="/js/float-zkz.js"></script>
</head><body>
<div class="notice-bar">⟦d 系统升级公告：8月16日0:00—6:00报名系统暂停访问，敬请谅解。⟧</div>
<div class="head">⟦m 怡州人事考试网⟧　⟦m 怡州市人力资源和社会保障局主管⟧</div>
<div class="nav">⟦m 首页　考试公告　报名入口　成绩查询　证书办理　政策法规⟧</div>
<div class="loc">⟦m 位置：首页 » 职业技能等级认定⟧</div>
<div class="main">
<h2>{T}</h2>
<div class="src">⟦m 信息来源：市职业技能鉴定指导中心　发布时间：2025-08-12　字号：大 中 小⟧</div>
<div class="zw">
{BODY}
</div>
</div>
<div class="float">⟦a 准考证打印入口⟧<br>⟦a 成绩查询入口⟧</div>
<div class="foot">⟦m 报名系统技术咨询：0738-2219000（工作日）⟧<br>⟦m 怡州市人事考试院　湘ICP备13004529号⟧</div>
</body></html>
""",
        body="""
各考生：
2025年度塑料热合工（真空收纳袋方向）职业技能等级认定实操考核定于8月23日举行，现将有关事项通知如下。
一、考核安排
级别　考核时间　考核地点
初级工　8月23日8:30—10:30　怡州技师学院实训楼201
中级工　8月23日14:00—16:30　怡州技师学院实训楼203
二、准考证打印
请考生于8月18日至22日登录本网下载并打印准考证，考试时须携带准考证和身份证。
三、考核内容
考生须独立完成真空收纳袋热封、阀门安装和气密性检测三项操作。
考务咨询电话：0738-2219460
怡州市职业技能鉴定指导中心
2025年8月11日
""",
    ),
    dict(
        slug="lishui-exam-lipbalm-skill-test-title-glued",
        site="俪水人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://rsks.lishui.example.gov.cn/sydw/2025/0715/892.html",
        title="关于俪水市产品质量检验所2025年公开招聘专业技能测试的公告",
        record_title="〈招聘公告〉关于俪水市产品质量检验所2025年公开招聘专业技能测试的公告（含测试安排）- 俪水人事考试网",
        date="2025-07-15",
        notes="exam site text page: the title printed again and glued to the first line; a ticket-download sentence is content; the institute's 咨询电话 next to the site's technical line",
        page="""
!m 俪水人事考试网　公平　公正　公开
!m 首页 > 事业单位招聘 > 公告
!t 〈招聘公告〉关于俪水市产品质量检验所2025年公开招聘专业技能测试的公告（含测试安排）
!m 2025-07-16 09:00　　浏览：2604
{T}{BODY}
!l 相关链接：资格复审名单公示　｜　笔试成绩查询
!m 网站技术支持电话：0738-7330001
!m 俪水市人事考试中心　湘ICP备11013256号
""",
        date_also=["2025-07-16"],
        body="""
根据俪水市产品质量检验所2025年公开招聘工作安排，现将化妆品包装检验岗位专业技能测试有关事项公告如下。
一、测试对象
笔试成绩合格并进入资格复审的考生，共九人，名单见本公告附表。
二、测试内容
考生须在四十分钟内完成两项操作：唇膏管旋出扭力测试和管体密封性检测，并填写检测记录单。
三、测试时间和地点
2025年7月26日上午9:00，俪水市产品质量检验所二楼实验室。
四、其他事项
考生须携带身份证和准考证，准考证请于7月22日起自行下载打印。迟到十五分钟者取消测试资格。
咨询电话：0738-7330128
俪水市产品质量检验所
2025年7月15日
""",
    ),
    dict(
        slug="dangxi-tender-bid-result-lunchbags-lots",
        site="筜溪县公共资源交易平台 (invented)",
        style="招投标网",
        genre="中标结果公告",
        kind="notice",
        form="html",
        source="https://ggzy.dangxi.example.gov.cn/jyxx/zfcg/zbgg/20250805/12031.html",
        title="筜溪县教育局学生保温袋采购项目中标结果公告",
        record_title="【采购结果·中标】筜溪县教育局学生保温袋采购项目中标结果公告 - 筜溪县公共资源交易平台",
        date="2025-08-05",
        notes="tender portal: a clock, a challenge-period line, CA and trading-system lines next to the purchaser's and agency's own contacts; lots one row a paragraph",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>【采购结果·中标】筜溪县教育局学生保温袋采购项目中标结果公告 - 筜溪县公共资源交易平台</title>
<script src="/js/clock.js"></script>
</head><body>
<div class="top">⟦m 筜溪县公共资源交易平台⟧　⟦m 北京时间：<span id="clock">--:--:--</span>⟧</div>
<div class="nav">⟦m 首页　交易信息　政府采购　工程建设　土地矿权　诚信体系⟧</div>
<div class="pos">⟦m 交易信息 > 政府采购 > 中标（成交）公告⟧</div>
<div class="detail">
<h3>{T}</h3>
<div class="info">⟦m 信息来源：筜溪正律招标代理有限公司　发布日期：2025-08-05　浏览：309⟧</div>
<div class="challenge">⟦d 质疑期：供应商认为中标结果使自己权益受损的，可在公告期满之日起七个工作日内提出质疑。⟧</div>
<div class="content">
{BODY}
</div>
</div>
<div class="help">⟦m CA证书办理及驱动：0731-4400960⟧<br>⟦m 电子交易系统运维：0731-4400961⟧</div>
<div class="foot">⟦m 主办：筜溪县公共资源交易中心　湘ICP备19011402号⟧</div>
</body></html>
""",
        body="""
一、项目编号：DXZC-2025-0417
二、项目名称：筜溪县教育局学生保温袋采购项目
三、中标信息
包号　中标供应商　中标金额（元）
一包　怡州暖途箱包有限公司　186400
二包　佶阳绿禾日用品有限公司　142750
四、主要标的信息
一包为小学生保温袋四千个，二包为初中生保温袋三千个，交货期为合同签订后三十日内。
五、公告期限
自本公告发布之日起一个工作日。
六、联系方式
采购人：筜溪县教育局，联系人：汤为民，电话：0731-4426108
代理机构：筜溪正律招标代理有限公司，联系人：杭宇，电话：0731-4438725
筜溪县教育局
2025年8月5日
""",
    ),
    dict(
        slug="yizhou-procurement-inquiry-archive-moisture",
        site="怡州市政府采购网 (invented)",
        style="招投标网",
        genre="询价公告",
        kind="notice",
        form="text",
        source="http://www.yzzfcg.example.gov.cn/xjgg/20250616/3380.html",
        title="怡州市档案馆档案库房防潮用品询价公告",
        record_date="2025-06-16",
        date="2025-06-16",
        notes="record title and date as is; an items table one row a paragraph; the purchaser's own 联系人/电话 next to the platform's 400 line and a CA line",
        page="""
!m 怡州市政府采购网
!m 首页 ＞ 采购公告 ＞ 询价公告
{T}
!m 发布时间：2025-06-16　　采购人：怡州市档案馆　　项目类型：货物
{BODY}
!m 平台服务热线：400-0731-660（工作日 8:30—17:30）
!m CA数字证书办理咨询：0738-2601122
!l 上一篇：市第一中学实验室耗材询价公告　　下一篇：市图书馆书架采购结果公告
""",
        body="""
怡州市档案馆就档案库房防潮用品进行询价采购，欢迎符合条件的供应商报价。
一、采购内容
品名　规格　数量
衣柜式防潮盒　400毫升　一千二百个
防潮盒替换装　400毫升　二千四百袋
温湿度计　电子式　三十个
二、报价要求
报价含运输、安装费用，供应商须提供产品检测报告。报价单请于6月23日17:00前密封送达市档案馆办公室。
三、联系方式
联系人：丁若松，电话：0738-2655130
怡州市档案馆
2025年6月16日
""",
    ),
    dict(
        slug="kaicheng-law-case-shaver-injury-consult-glued",
        site="恺诚律师事务所 (invented)",
        style="律所网站",
        genre="案例解析",
        kind="other",
        form="html",
        source="https://www.kaichenglaw.example.com/anli/cpzr/2025/318.html",
        title="起球器划伤手指，商家要赔吗？",
        record_title="案例说｜起球器划伤手指，商家要赔吗？（律师点评版）— 恺诚律师事务所",
        date=None,
        notes="law firm page: a lawyer card, a consult float, a 400 line, a 本文链接 block and a repost notice; a consult prompt glued after a 。; years in the case but no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>案例说｜起球器划伤手指，商家要赔吗？（律师点评版）— 恺诚律师事务所</title>
<script src="/assets/js/kefu-float.js"></script>
</head><body>
<header><div class="logo">⟦m 恺诚律师事务所⟧</div><div class="tel">⟦w 全国咨询热线 400-6618-7202⟧</div>
<nav>⟦m 首页　律所简介　专业领域　律师团队　以案说法　联系我们⟧</nav></header>
<div class="crumb">⟦m 首页 - 以案说法 - 产品责任⟧</div>
<article>
<h1>{T}</h1>
<div class="meta">⟦m 作者：孟知远律师　阅读：1546　更新：3 周前⟧</div>
<div class="content">
{BODY}
</div>
<div class="link">⟦m 本文链接：https://www.kaichenglaw.example.com/anli/cpzr/2025/318.html⟧</div>
<div class="copy">⟦d 本站原创文章，转载请保留作者和出处；文中观点不构成对具体案件的法律意见。⟧</div>
</article>
<aside class="lawyer">⟦m 孟知远　执业律师　擅长：产品责任、消费维权⟧<br>⟦a 立即咨询⟧</aside>
<div class="float">⟦w 在线律师 · 24小时内回复⟧</div>
<footer>⟦m 恺诚律师事务所　地址：俪水市恺城区明德路18号　湘ICP备20031208号⟧</footer>
</body></html>
""",
        body="""
【基本案情】
2024年冬，市民杨女士在网店购买了一台充电式起球器。使用第三天，刀网外罩突然脱落，高速旋转的刀片划伤了她的左手食指，缝了四针。杨女士要求商家赔偿医疗费和误工费，商家以“使用不当”为由拒绝。
【法院观点】
经鉴定，该起球器刀网外罩卡扣设计存在缺陷，正常使用中即可能脱落。法院认为，产品存在缺陷造成他人损害的，生产者和销售者应当承担赔偿责任，判决商家赔偿杨女士各项损失共计六千三百元。⟦w 遇到类似纠纷？点这里免费问值班律师⟧
【律师提示】
消费者购买小家电时应保留购物凭证和产品包装，发生损害后及时就医、保存病历，并可对产品进行封存，必要时申请鉴定。
""",
    ),
    dict(
        slug="kaicheng-law-letter-vacuumbag-ads-cn-date",
        site="恺诚律师事务所 (invented)",
        style="律所网站",
        genre="律师函",
        kind="letter",
        form="text",
        source="https://www.kaichenglaw.example.com/lshan/2025/0919.html",
        title="关于停止“压缩率90%”虚假宣传的律师函",
        record_title="【律所函件】关于停止“压缩率90%”虚假宣传的律师函（隐名版）- 恺诚律所",
        date="2025-09-19",
        notes="law firm text page: the firm's 400 line next to the letter's own phone; a letter signed with a date in Chinese numerals",
        page="""
!m 恺诚律师事务所　|　以专业守护权益
!m 首页 > 律师函公示
{T}
!m 发布人：恺诚律所　　阅读：709
{BODY}
!w 企业法律顾问 / 知识产权维权，请拨打 400-6618-7202
!d 本页面公开内容已隐去相对方全称，转载须经本所同意。
!m 恺诚律师事务所 版权所有
""",
        body="""
怡州某日用品商行：
恺诚律师事务所接受佶阳瀚洁日用品有限公司（以下简称“委托人”）的委托，指派本所孟知远律师，就贵方虚假宣传事宜致函如下：
经查，贵方在网店销售的真空收纳袋商品页面宣称“压缩率90%”“比某洁品牌多压一倍”，但未提供任何检测依据，且以贬低方式使用委托人品牌，已涉嫌虚假宣传和商业诋毁。
为此，本所郑重要求贵方：一、自收到本函之日起三日内删除上述宣传内容；二、向委托人书面致歉。
如贵方置之不理，委托人将依法追究贵方法律责任。
联系电话：0738-7719264
恺诚律师事务所
二〇二五年九月十九日
""",
    ),
]

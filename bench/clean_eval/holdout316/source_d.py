"""holdout316, part D: 地方论坛, 资料下载站, 人事考试网, 招投标网, 律所网站 (one HTML and one text case each).

Everything is invented (sites, places, people, firms, numbers); see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="localforum-xiongyang-window-hooks-property-thread",
        site="褧阳论坛 (invented county forum, Discuz-like)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="https://bbs.xiongyang.example.net/thread-92214-1-1.html",
        title="小区好几户的窗钩都锈断了，物业到底管不管？",
        record_title=None,
        date=None,
        notes="county forum thread: no title in the record (the thread subject), weather line, medals, jammer-font "
        "junk, a window-hardware ad, an official-reply link; posted 2 天前: no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="gbk">
<title>小区好几户的窗钩都锈断了，物业到底管不管？ - 民生热线 - 褧阳论坛</title>
<style>.jammer{display:none}</style>
</head>
<body>
<div class="top">⟦m 褧阳论坛⟧ ⟦m 褧阳人自己的网上家园⟧ ⟦m 褧阳 今天 多云 18~26℃⟧ <a>⟦a 快速登录⟧</a></div>
<div class="pt">⟦m 褧阳论坛 › 民生热线 › 帖子详情⟧</div>
<div class="thread">
<div class="author">⟦m 江畔晚风⟧<br>⟦m 勋章：热心网友　老会员⟧</div>
<div class="post">
<h1 id="thread_subject">{T}</h1>
<div class="authi">⟦m 发表于 2 天前　|　只看楼主　|　倒序看帖⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="reply-official">⟦l 官方回复：已转县住建局物业管理科办理，点此查看进度⟧</div>
</div>
</div>
<div class="ad">⟦w 封阳台 · 换窗五金 · 上门安装，找老蒋：139 7316 4402⟧</div>
<div class="replies"><p>⟦l 沙发　平安是福：我们小区也一样，物业就知道收钱⟧</p><p>⟦l 板凳　褧阳小李：可以打12345，真的管用⟧</p></div>
<div class="fastpost">⟦a 快来说两句吧，登录后可回帖⟧</div>
<div class="ft">⟦m 褧阳论坛 ( 湘ICP备10023147号 )　违法信息举报邮箱：jubao@xiongyang.example.net⟧</div>
</body>
</html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=2),
        body="""
我住在县城滨江花园7栋，楼是2012年交房的，外窗都是老式平开窗。最近一个月，我家和楼上楼下好几户的窗钩都锈断了，窗户推开就被风吹得乱晃。
上周三刮大风，12楼一户人家的窗扇直接撞碎了玻璃，碎片掉在楼下的电动车棚上，幸好当时没人。
我们几户人家一起去找物业，物业说窗钩属于业主自家的东西，要我们自己找人换；可外窗在十几层高，普通师傅根本不敢上去装。
想问问论坛里的朋友，这种情况到底该谁负责？能不能申请动用维修资金？有没有懂行的给支个招。
""",
    ),
    dict(
        slug="localforum-shuihu-milk-pan-handle-repair-junk",
        site="帨湖在线 (invented county forum, text)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="https://www.shuihuzaixian.example.com/forum/t/55813",
        title="老街口修锅摊还能给奶锅换手柄",
        record_title="[街坊速递] 老街口修锅摊还能给奶锅换手柄 - 生活杂谈 - 帨湖在线",
        date=None,
        notes="county forum text with junk lines and junk glued after 。; replies; posted 前天: no date",
        page="""
!m 帨湖在线 › 生活杂谈
!t [街坊速递] 老街口修锅摊还能给奶锅换手柄
!m 楼主：买菜不砍价　　前天 09:12　　阅读 1288　　回复 23
{BODY}
!a 有用 46　　没用 2　　收藏此帖
!l 2楼　老街坊：江师傅手艺好，我家的铝锅补过两次底
!l 3楼　帨湖小姜：周五上午去找他，人还挺多
!a 回帖请先登录，发广告直接封号
!m 帨湖在线 | 联系版主 | 手机版
""",
        junk=dict(lines=2, glued=2),
        body="""
今天早上路过老街口，看到修锅的江师傅又出摊了，就在邮政所对面那棵大樟树底下。
我家那只奶锅用了五六年，手柄上的螺丝早就滑丝了，一倒牛奶手柄就转，差点烫着孩子。本来打算扔了，抱着试试看的心态拿过去，江师傅换了一根新的胶木手柄，又重新打了铆钉，前后不到十分钟，只收了十二块钱。
他说奶锅、汤锅、炒锅都能修，锅底补漏也接，就是不粘锅的涂层坏了没办法。
江师傅一般周二、周五上午出摊，下雨天不来。有需要的邻居可以去看看，比买新锅划算多了。
""",
    ),
    dict(
        slug="download-jinsui-rules-rice-scoop-disinfection-fileinfo",
        site="金穗资料站 (invented download station, old table layout)",
        style="资料下载站",
        genre="制度",
        kind="other",
        form="html",
        source="http://www.jinsuizl.example.cn/soft/zhidu/61822.html",
        title="学校食堂饭铲等分餐用具清洗消毒制度",
        record_title="学校食堂饭铲等分餐用具清洗消毒制度【Word整理版】_金穗资料站",
        date=None,
        notes="download station: file-info table, three mirror links, unzip password, dead-link report; a rule with "
        "第N条 and no date (an update stamp only)",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>学校食堂饭铲等分餐用具清洗消毒制度【Word整理版】_金穗资料站</title>
<script type="text/javascript" src="/js/down.js"></script>
</head>
<body>
<table width="950" align="center"><tr><td>⟦m 金穗资料站⟧</td><td>⟦m 资料齐全 下载飞快⟧</td><td><a>⟦a 把金穗加进收藏⟧</a></td></tr></table>
<table width="950" align="center"><tr><td>⟦m 首页 | 公文资料 | 规章制度 | 教案课件 | 表格模板⟧</td></tr></table>
<table width="950" align="center"><tr><td>⟦m 当前：金穗资料站 → 规章制度 → 学校制度⟧</td></tr></table>
<table width="950" align="center" class="info">
<tr><td colspan="2"><h2>⟦t 学校食堂饭铲等分餐用具清洗消毒制度【Word整理版】⟧</h2></td></tr>
<tr><td>⟦m 资料大小：26 KB⟧</td><td>⟦m 资料格式：.doc⟧</td></tr>
<tr><td>⟦m 更新时间：2025-03-11⟧</td><td>⟦m 下载次数：2047⟧</td></tr>
<tr><td>⟦m 授权方式：免费资料⟧</td><td>⟦m 资料评级：★★★★☆⟧</td></tr>
</table>
<table width="950" align="center"><tr><td class="intro">⟦m 资料简介：⟧</td></tr><tr><td>
{BODY}
</td></tr></table>
<table width="950" align="center" class="down">
<tr><td>⟦a 电信下载一区⟧</td><td>⟦a 联通下载二区⟧</td><td>⟦a 本站备用下载⟧</td></tr>
<tr><td colspan="3">⟦a 解压密码：www.jinsuizl.example.cn⟧</td></tr>
<tr><td colspan="3"><a href="/report.asp?id=61822">⟦a 下载不了？点此报告死链⟧</a></td></tr>
</table>
<table width="950" align="center"><tr><td>⟦d 本站资料来自网友上传和网络收集，仅供学习研究，若侵犯您的权益请来信告知⟧</td></tr>
<tr><td>⟦m Copyright © 2008-2025 金穗资料站　冀ICP备08017752号⟧</td></tr></table>
</body>
</html>
""",
        p_html="{}<br>",
        body="""
第一条　为规范学校食堂饭铲、菜勺、餐夹等分餐用具的清洗消毒，防止交叉污染，制定本制度。
第二条　分餐用具实行专人管理，按主食、荤菜、素菜、汤品分类存放，标识清楚。
第三条　每餐结束后，分餐用具按“一刮、二洗、三冲、四消毒、五保洁”的程序处理。
第四条　消毒优先采用热力消毒，煮沸或蒸汽消毒时间不少于10分钟；使用消毒柜的，温度应达到120℃以上。
第五条　消毒后的分餐用具应存放在专用保洁柜内，不得与未消毒用具混放。
第六条　食堂管理员每日检查清洗消毒记录，发现未按规定执行的，责令当班人员重新处理。
第七条　本制度由学校总务处负责解释，自印发之日起施行。
""",
    ),
    dict(
        slug="download-shengdou-plan-earphone-case-5s-wps-markers",
        site="升斗下载站 (invented download station, text capture)",
        style="资料下载站",
        genre="方案",
        kind="plan",
        form="text",
        source="http://down.shengdou.example.cn/wd/2025/0902/33071.html",
        title="耳机盒装配线5S管理推行方案",
        record_title="耳机盒装配线5S管理推行方案.wps",
        date="2025-08-25",
        notes="file-name record title (.wps); page markers '᛭ 第n页 ᛭' on lines of their own cutting sentences; "
        "decimal headings 1.1–2.3; 成文日期 under the signature",
        page="""
!m 升斗下载站　文档下载频道
!t 耳机盒装配线5S管理推行方案.wps
!m 文件大小：38KB　　格式：WPS　　更新：2025-09-02　　人气：511
!a 【高速下载】　【普通下载】　【网盘下载】
!m 文件预览：
{BODY}
!a 预览仅显示前3页，完整内容请下载后查看
!w 需要定制企业管理方案的朋友，可加客服QQ 3166047259
!l 猜你需要：车间5S检查评分表.xls｜装配车间班组管理制度.doc
!m 升斗下载站 · 只做干净的下载
""",
        pages=dict(fmt="᛭ 第{n}页 ᛭", every=140, start=2),
        body="""
为改善装配线现场环境，减少耳机盒装配过程中的磕碰划伤和物料错用，公司决定在装配一线、二线推行5S管理，特制定本方案。
1 推行目标
1.1 三个月内，装配线物料定置率达到100%，工位上不放与生产无关的物品。
1.2 耳机盒外观磕碰不良率由1.2%降至0.5%以下。
2 推行步骤
2.1 整理整顿阶段（9月1日至9月30日）：清理工位闲置工装和废弃物料，划定物料区、待检区和不良品区。
2.2 清扫清洁阶段（10月1日至10月31日）：建立每日清扫表，班前班后各清扫一次，由班组长签字确认。
2.3 素养提升阶段（11月1日至11月30日）：每周评比一次“5S示范工位”，结果在车间看板公布。
3 组织保障
推行小组组长由生产副总甘维舟担任，成员包括生产部、质量部和装配车间负责人。
冕州声匣电子有限公司生产部
2025年8月25日
""",
    ),
    dict(
        slug="exam-mianzhou-notice-skills-test-mousepads",
        site="冕州人事考试网 (invented personnel-exam site)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.mzrsks.example.cn/ksxx/sydw/202507/t20250702_6621.html",
        title="关于2025年事业单位公开招聘计算机类岗位专业技能测试有关事项的公告",
        record_title="〔机考须知〕关于2025年事业单位公开招聘计算机类岗位专业技能测试有关事项的公告 - 冕州人事考试网",
        date="2025-07-01",
        date_also=["2025-07-02"],
        notes="exam site: maintenance banner, admission-ticket float, the exam committee's 咨询电话 in the body beside "
        "the site's technical line; 下载并打印准考证 is content; 成文日期 expected, the posting date also accepted",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〔机考须知〕关于2025年事业单位公开招聘计算机类岗位专业技能测试有关事项的公告 - 冕州人事考试网</title>
<script src="/res/js/ks.js"></script>
</head>
<body>
<div class="notice-bar">⟦a 系统将于7月5日22:00至24:00停机升级，届时暂停报名和查询服务⟧</div>
<div class="hd">⟦m 冕州人事考试网⟧ ⟦m 冕州市人事考试院主办⟧</div>
<div class="nav">⟦m 首页⟧ ⟦m 考试信息⟧ ⟦m 事业单位⟧ ⟦m 职称考试⟧ ⟦m 成绩查询⟧ ⟦m 政策法规⟧</div>
<div class="loc">⟦m 首页 » 考试信息 » 事业单位招聘⟧</div>
<div class="art">
<h1>{T}</h1>
<div class="meta">⟦m 发布日期：2025-07-02　来源：冕州市人事考试院　访问量：14520⟧</div>
<div class="content">
{BODY}
</div>
<div class="tools">⟦a 【打印本公告】【收藏】⟧</div>
</div>
<div class="float-entry">⟦a 准考证打印入口⟧<br>⟦a 成绩查询入口⟧</div>
<div class="ft">⟦m 网站技术支持：0738-2236999（仅解答网站使用问题）⟧<br>⟦m 冕州市人事考试院版权所有　湘ICP备12004873号⟧</div>
</body>
</html>
""",
        body="""
根据《冕州市2025年事业单位公开招聘工作方案》，现将计算机类岗位专业技能测试有关事项公告如下。
一、测试时间：2025年7月12日上午9:00至11:00。
二、测试地点：冕州理工学院信息楼三楼机房。
三、准考证打印：请考生于7月8日至11日登录本网站下载并打印准考证，凭准考证和身份证参加测试。
四、注意事项：考场统一提供键盘、鼠标和鼠标垫，考生不得自带任何外设；测试开始15分钟后不得进入考场。
咨询电话：0738-2236417（工作日8:30-17:30）。
冕州市人力资源和社会保障局
2025年7月1日
""",
    ),
    dict(
        slug="exam-zhenchuan-skills-pastry-milk-pan-notice",
        site="袗川县职业技能鉴定网 (invented, text capture)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.zcjnjd.example.cn/tzgg/20251010/771.html",
        title="关于2025年第三批中式面点师职业技能等级认定实操考核的通知",
        record_title="【等级认定】关于2025年第三批中式面点师职业技能等级认定实操考核的通知_袗川县职业技能鉴定网",
        date="2025-10-09",
        notes="exam site text: candidates must bring their own milk pan; a maintenance line at the top, a 准考证 line "
        "glued after a 。 as an action link; signature date",
        page="""
!a 【提示】本站近期将迁移至新域名，旧网址继续有效至年底
!m 袗川县职业技能鉴定网
!m 首页 ＞ 通知公告 ＞ 鉴定考核
{T}
!m 作者：鉴定所　　发布时间：2025-10-10　　点击：872
{BODY}
!a 〖打印〗〖关闭〗〖返回列表〗
!l 上一篇：2025年第二批育婴员认定合格人员名单公示
!m 袗川县职业技能鉴定所　咨询电话：0737-3356021　地址：袗川县职教路3号
""",
        body="""
各位考生：
2025年第三批中式面点师（四级）职业技能等级认定实操考核定于10月18日在袗川县职业技术学校实训楼举行，现将有关事项通知如下。
一、考核内容：从双皮奶、奶黄包馅心、姜撞奶三个题目中现场抽选一题，限时60分钟完成。
二、考核用具：考点统一提供电磁炉、蒸锅和案板，考生须自带奶锅（直径16至18厘米）、打蛋器、量杯等小型工具。
三、考生须提前30分钟到达考点，凭身份证和准考证入场，着工作服、戴工作帽。⟦a 〔准考证查询打印〕⟧
袗川县职业技能鉴定所
2025年10月9日
""",
    ),
    dict(
        slug="tender-yixi-bid-result-window-hooks-record",
        site="袆溪县公共资源交易中心 (invented tender portal)",
        style="招投标网",
        genre="中标结果公告",
        kind="notice",
        form="html",
        source="https://ggzy.yixi.gov.example.cn/jyxx/zfcg/zbgg/20250630/88412.html",
        title="袆溪县第二中学教学楼外窗窗钩及限位器更换项目中标结果公告",
        record_date="2025-06-30",
        date="2025-06-30",
        notes="record title and record date; tender portal: CA and trading-system lines beside the purchaser's and "
        "agency's own contacts; a one-row result table with ideographic spaces",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>袆溪县第二中学教学楼外窗窗钩及限位器更换项目中标结果公告</title>
<script src="/js/jyxx.js"></script>
</head>
<body>
<div class="hd">⟦m 袆溪县公共资源交易中心⟧ <a>⟦a 主体登录⟧</a> <a>⟦a 主体注册⟧</a></div>
<div class="nav">⟦m 首页⟧ ⟦m 交易信息⟧ ⟦m 政府采购⟧ ⟦m 工程建设⟧ ⟦m 服务指南⟧</div>
<div class="loc">⟦m 交易信息 ＞ 政府采购 ＞ 结果公告⟧</div>
<div class="detail">
<h2>{T}</h2>
<div class="attr">⟦m 信息时间：2025-06-30　阅读次数：318⟧</div>
<div class="con">
{BODY}
</div>
<div class="fj">⟦a 相关附件：中标通知书（扫描件）.pdf⟧</div>
</div>
<div class="side">⟦m CA证书办理与驱动：0738-2258000⟧<br>⟦m 交易系统使用咨询：400-816-2277⟧</div>
<div class="ft">⟦m 主办：袆溪县公共资源交易中心　地址：袆溪县政务服务中心四楼⟧<br>⟦m 湘ICP备17003316号-2⟧</div>
</body>
</html>
""",
        body="""
一、项目编号：YXCG-2025-0617
二、项目名称：袆溪县第二中学教学楼外窗窗钩及限位器更换项目
三、中标信息
供应商名称　中标金额（元）　完工期限
冕州市恒固门窗五金工程有限公司　186400.00　合同签订后30日内
四、主要标的：不锈钢防脱窗钩1260套，外窗限位器1260套，含拆除、安装及旧件清运。
五、公告期限：自本公告发布之日起1个工作日。
六、采购人：袆溪县第二中学，联系人：骆老师，电话：0739-6652108。
七、代理机构：冕州中衡招标咨询有限公司，联系人：阎工，电话：0738-2257316。
2025年6月30日
""",
    ),
    dict(
        slug="tender-shuihu-inquiry-mousepads-library-table",
        site="帨湖公共资源交易网 (invented tender portal, text capture)",
        style="招投标网",
        genre="询价公告",
        kind="notice",
        form="text",
        source="http://ggzy.shuihu.example.cn/cgxx/xjgg/2025-04/4417.html",
        title="帨湖县图书馆电子阅览室鼠标垫等耗材采购询价公告",
        record_title="询价采购 ▷ 帨湖县图书馆电子阅览室鼠标垫等耗材采购询价公告 - 帨湖公共资源交易网",
        date="2025-04-08",
        notes="tender text: an items table one row a paragraph, '下载询价文件' as content, the purchaser's own contact "
        "beside the platform's hotline; a countdown line at the top",
        page="""
!m 帨湖公共资源交易网
!m 采购信息 > 询价公告
{T}
!m 发布时间：2025-04-08 15:20　　报价截止倒计时：5天 23小时
!a 【我要报价】　【收藏项目】
{BODY}
!l 上一条：帨湖县第一人民医院病床护栏采购询价公告
!m 平台服务热线：400-920-1166　　CA数字证书办理：0735-5531800
!m 帨湖公共资源交易网 版权所有
""",
        body="""
帨湖县图书馆电子阅览室鼠标垫等耗材采购项目现进行询价采购，欢迎符合条件的供应商参加报价。
一、采购内容
品名　规格　数量
鼠标垫　300×250毫米，天然橡胶底　120块
有线鼠标　USB接口，光电　60只
键盘防尘膜　通用型　60张
二、最高限价：6800元。
三、报价方式：请于2025年4月14日17:00前下载询价文件，按要求填写报价单并密封送达帨湖县图书馆二楼办公室。
四、联系方式：采购人帨湖县图书馆，联系人：符女士，电话：0735-5530218。
帨湖县图书馆
2025年4月8日
""",
    ),
    dict(
        slug="lawfirm-hengyue-milk-pan-handle-burn-answer",
        site="衡岳律师事务所 (invented law-firm site)",
        style="律所网站",
        genre="法律问答",
        kind="other",
        form="html",
        source="https://www.hengyuelaw.example.cn/pufa/2025/0416/302.html",
        title="网购奶锅手柄脱落烫伤孩子，商家要赔吗？",
        record_title="普法小站｜网购奶锅手柄脱落烫伤孩子，商家要赔吗？ - 衡岳律师事务所",
        date=None,
        notes="law-firm page: lawyer card, consult float, a 400 line, a 本文链接 block and a repost notice; the Q&A "
        "has no date (a 更新 stamp only)",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>普法小站｜网购奶锅手柄脱落烫伤孩子，商家要赔吗？ - 衡岳律师事务所</title>
<script src="/assets/js/consult.js"></script>
</head>
<body>
<div class="hd">⟦m 衡岳律师事务所⟧ ⟦m 专业 · 务实 · 守信⟧ ⟦m 全国咨询热线：400-877-3190⟧</div>
<div class="nav">⟦m 首页⟧ ⟦m 律所简介⟧ ⟦m 专业领域⟧ ⟦m 律师团队⟧ ⟦m 普法小站⟧ ⟦m 联系我们⟧</div>
<div class="article">
<h1>{T}</h1>
<div class="meta">⟦m 栏目：普法小站　更新：2025-04-16　阅读：603⟧</div>
{BODY}
<div class="link">⟦m 本文链接：https://www.hengyuelaw.example.cn/pufa/2025/0416/302.html⟧</div>
<div class="copy">⟦d 本文为衡岳律所原创普法内容，转发请注明出处，不构成对具体案件的法律意见⟧</div>
</div>
<div class="lawyer-card">⟦m 解答律师：常昀　执业证号 14307201810472231⟧<br>⟦a 向TA咨询⟧</div>
<div class="float-consult">⟦w 遇到消费纠纷？在线律师10分钟内回复，点击免费提问⟧</div>
<div class="ft">⟦m 衡岳律师事务所　地址：冕州市弁城区五一路88号恒泰大厦16层⟧</div>
</body>
</html>
""",
        body="""
【问】我在网上买了一只奶锅，用了不到一个月，煮奶时手柄突然脱落，热牛奶洒出来把孩子的手臂烫伤了。商家说是我使用不当，只同意退货。我该怎么办？
【答】根据产品质量法和民法典的规定，因产品存在缺陷造成他人人身损害的，被侵权人既可以向产品的生产者请求赔偿，也可以向销售者请求赔偿。
手柄在正常使用中脱落，一般可以认定产品存在缺陷。建议您先保存好奶锅、订单记录和就医票据，必要时申请对奶锅进行质量鉴定。
赔偿范围包括医疗费、护理费、交通费等合理费用。协商不成的，可以向当地消费者协会投诉，也可以直接向法院起诉。
""",
    ),
    dict(
        slug="lawfirm-yuanheng-letter-window-hooks-property",
        site="褧阳县远衡律师事务所 (invented law-firm site, text capture)",
        style="律所网站",
        genre="律师函",
        kind="letter",
        form="text",
        source="http://www.yuanhenglaw.example.cn/news/show-118.html",
        title="关于滨江花园外窗窗钩隐患整改事宜的律师函",
        record_title="【律师函·公开】关于滨江花园外窗窗钩隐患整改事宜的律师函 - 远衡律所",
        date="2025-04-29",
        notes="law-firm text: a lawyer's letter with its addressee, signature, lawyer line and date; the firm's "
        "name is also the signature (a site-name label matched before the body); consult prompt glued after "
        "the 特此函告 line",
        page="""
!m 褧阳县远衡律师事务所
!m 首页 / 律所动态 / 公开函件
{T}
!m 发布人：律所行政部　　2025-05-06　　浏览 233
{BODY}
!w 物业纠纷、邻里纠纷免费初步咨询，请拨律所值班手机 186 7360 5521
!l 上一篇：远衡律所开展“法律进社区”物业专场讲座
!m 褧阳县远衡律师事务所 · 地址：褧阳县沿江北路17号 · 湘ICP备19008852号
""",
        date_also=["2025-05-06"],
        body="""
褧阳县安居物业服务有限公司：
褧阳县远衡律师事务所接受滨江花园7栋业主代表屈晓岚等12户业主的委托，指派本所常昀律师，就滨江花园外窗窗钩隐患整改事宜致函贵司。
据委托人反映，滨江花园7栋多户外窗窗钩锈蚀断裂，已发生窗扇撞碎玻璃、碎片坠落的情况。委托人多次向贵司报修，贵司均以窗钩属业主专有部分为由拒绝处理。
本所律师认为，外窗高处作业存在安全风险，贵司作为物业服务人，负有对共有部分进行维护以及告知、协助处理安全隐患的义务。请贵司在收到本函之日起七日内与业主委员会协商整改方案，并协助申请使用住宅专项维修资金。
特此函告。⟦a 一键转发本函⟧
褧阳县远衡律师事务所
律师：常昀
2025年4月29日
""",
    ),
]

"""holdout80, part D: local forums, download stations, personnel-exam sites and tender portals.
Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="localforum-muma-carousel-closure-html",
        site="椋湖生活论坛 (invented)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="html",
        source="https://bbs.lianghu.example.cn/thread-228410-1-1.html",
        title="关于人民广场旋转木马暂停运营的公告",
        record_title="【便民】关于人民广场旋转木马暂停运营的公告 - 椋湖头条 - 椋湖生活论坛",
        date="2025-08-12",
        notes="county forum repost with jammer fonts; the 发表于 date of the post differs from none (the notice date is the same); a '转自' line; reply floor below",
        junk=dict(lines=1, glued=1),
        page="""
<html><head><meta charset="utf-8"><title>【便民】关于人民广场旋转木马暂停运营的公告 - 椋湖头条 - 椋湖生活论坛</title></head><body>
<div class="hd">⟦m 椋湖生活论坛⟧ ⟦m 椋湖人自己的网上家园⟧ ⟦a 登录⟧ ⟦a 注册⟧</div>
<div class="pt">⟦m 论坛首页 › 椋湖头条 › 正文⟧</div>
<h1>⟦t 【便民】关于人民广场旋转木马暂停运营的公告⟧</h1>
<div class="authi">⟦m 楼主：湖边小记者⟧ ⟦m 发表于 2025-8-12 11:06⟧ ⟦m 来自手机⟧</div>
<div class="t_f">
<p>⟦m 转自：椋湖县城市管理局⟧</p>
{BODY}
</div>
<div class="reply"><p>⟦l 2楼 阿芳妈妈：孩子天天念叨，盼早点修好⟧</p><p>⟦l 3楼 老街坊：安全第一⟧</p></div>
<div class="fastpost">⟦l 发表回复⟧ ⟦a 回帖后跳转到最后一页⟧</div>
<div class="ft">⟦m 椋湖生活论坛 版权所有⟧ ⟦m 桂ICP备17002291号-1⟧</div>
</body></html>
""",
        body="""
广大市民朋友：
人民广场旋转木马游乐设施在定期检验中发现传动齿轮磨损超标。为确保游客安全，自8月13日起暂停运营，进行维修更换。
维修期间，设施周边设置围挡，请市民不要翻越围挡或带儿童靠近。
维修完成并经特种设备检验机构检验合格后，将另行公告恢复运营时间。
给大家带来的不便，敬请谅解。
椋湖县城市管理局
2025年8月12日
""",
    ),
    dict(
        slug="localforum-migong-maze-park-plan-text",
        site="荞坡论坛 (invented)",
        style="地方论坛",
        genre="活动方案",
        kind="plan",
        form="text",
        source="http://www.qiaopobbs.example.net/forum.php?tid=61033",
        title="玉米迷宫乐园国庆亲子活动方案",
        record_title="[转帖] 玉米迷宫乐园国庆亲子活动方案",
        date="2025-09-20",
        notes="local forum, oneline body (the whole post on one line); floor meta; a ticket price table inside the line; the 成文日期 at the end",
        oneline=True,
        indent="　　",
        page="""
!m 荞坡论坛 » 吃喝玩乐 » 帖子
!t [转帖] 玉米迷宫乐园国庆亲子活动方案
!m 沙发　by 坡上人家　2025-09-21 07:45　|　只看楼主
{BODY}
!l 回复本帖　　收藏　　分享到朋友圈
!l 最新回复：去年去过，迷宫真的走不出来哈哈
""",
        body="""
为丰富国庆假期群众文化生活，荞坡镇玉米迷宫乐园举办亲子迷宫挑战活动，特制定本方案。
一、活动时间：10月1日至10月7日，每日9时至17时。
二、活动内容：亲子闯迷宫计时赛、玉米画涂色、农具认识课。
三、票价：成人每人20元，1.2米以下儿童免票。
四、安全措施：迷宫内每隔五十米设一名引导员，配备对讲机和应急哨。
荞坡镇玉米迷宫乐园
2025年9月20日
""",
        date_also=["2025-09-21"],
    ),
    dict(
        slug="download-sakesi-saxophone-band-plan-table-layout",
        site="雨林资料下载站 (invented)",
        style="资料下载站",
        genre="工作计划",
        kind="plan",
        form="html",
        source="http://www.yulinxz.example.com/soft/wenmi/21884.html",
        title="萨克斯风乐团2025年度排练演出计划",
        record_title="萨克斯风乐团2025年度排练演出计划.doc下载",
        date=None,
        notes="old table layout of a download station: file-info table, three mirror links, a dead-link report, an unpack-password notice; no date (only an update stamp and a year in the title)",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"><title>萨克斯风乐团2025年度排练演出计划.doc下载_雨林资料下载站</title></head>
<body><table width="980"><tr><td>⟦m 雨林资料下载站⟧ ⟦m 绿色·安全·免费⟧</td><td>⟦a 设为首页⟧ ⟦a 加入收藏⟧</td></tr></table>
<table width="980"><tr><td>⟦m 您的位置：首页 → 文秘资料 → 计划方案⟧</td></tr></table>
<table width="980" border="1"><tr><td>⟦m 软件名称：⟧</td><td>⟦t 萨克斯风乐团2025年度排练演出计划.doc⟧</td></tr>
<tr><td>⟦m 文件大小：⟧</td><td>⟦m 26 KB⟧</td></tr>
<tr><td>⟦m 更新时间：⟧</td><td>⟦m 2025-02-03 14:22:10⟧</td></tr>
<tr><td>⟦m 下载次数：⟧</td><td>⟦m 本月 73 次⟧</td></tr></table>
<div class="intro"><b>⟦m 资料简介：⟧</b>
{BODY}
</div>
<table width="980"><tr><td>⟦a 电信下载一⟧</td><td>⟦a 联通下载二⟧</td><td>⟦a 本地高速下载⟧</td></tr>
<tr><td colspan="3">⟦a 链接失效？点此报错⟧ ⟦d 解压密码：www.yulinxz.example.com⟧</td></tr></table>
<table width="980"><tr><td>⟦d 本站资料来自网络收集，仅供学习研究，请于下载后24小时内删除⟧</td></tr></table>
</body></html>
""",
        body="""
为提高乐团演奏水平，办好年度演出，现制定本年度排练演出计划。
一、排练安排。每周六下午集中排练三小时，声部排练由各声部长安排。
二、演出安排：
时间　演出内容　地点
4月　春季音乐会　文化馆剧场
7月　广场消夏演出　滨河广场
12月　新年音乐会　文化馆剧场
三、乐器管理。团里的上低音萨克斯和次中音萨克斯由器材管理员统一保管，借用须登记。
四、新团员招募。面向社会招募中音萨克斯演奏员四名，要求有两年以上演奏经验。
""",
    ),
    dict(
        slug="download-xiaohao-trumpet-training-summary-text",
        site="文档下载吧 (invented)",
        style="资料下载站",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.wdxz8.example.cn/down/11907.html",
        title="少年宫小号班2024年教学工作总结",
        record_title="少年宫小号班2024年教学工作总结（免费）",
        date="2025-01-10",
        notes="a download page in text: file size, rating, a mirror-link line, an anti-virus notice; the date under the signature",
        page="""
!m 文档下载吧　　>　总结报告　>　教学总结
!t 少年宫小号班2024年教学工作总结（免费）
!m 大小：18K　　语言：简体中文　　评分：★★★★☆
!m 添加时间：2025-01-14
{BODY}
!a 下载地址：【普通下载】【迅雷下载】【网盘下载】
!d 本站所有资源已通过安全检测，请放心下载
!l 下载排行：1.班主任工作总结 2.少先队工作总结 3.音乐教师述职报告
""",
        body="""
2024年，少年宫小号班在教学、比赛和演出等方面都取得了较好成绩。
一、教学情况。全年开设初级、中级两个班，在读学员三十六名。初级班侧重呼吸与长音练习，中级班加强音阶和吐音训练。
二、考级情况。参加全国器乐考级三十一人，通过二十九人，通过率百分之九十四。
三、演出比赛。学员参加市少儿器乐比赛，获一等奖两个、二等奖四个；参加少年宫新年音乐会演出一场。
四、存在问题。部分学员课后练习时间不足，家长配合需加强。
少年宫器乐组
2025年1月10日
""",
    ),
    dict(
        slug="rsks-yeguo-coconut-institute-recruitment-html",
        site="琼屿省人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://www.qyrsks.example.gov.cn/ksxx/sydw/2025/0605/3302.html",
        title="省椰子研究所2025年公开招聘工作人员公告",
        record_title="省椰子研究所2025年公开招聘工作人员公告",
        date="2025-06-05",
        notes="personnel-exam site: a technical-support line and the institute's own 咨询电话; position table; 准考证 download as content; exam timetable; a floating 'exam calendar' box",
        page="""
<html><head><meta charset="utf-8"><title>省椰子研究所2025年公开招聘工作人员公告-琼屿省人事考试网</title></head><body>
<div class="hd">⟦m 琼屿省人事考试网⟧ ⟦a 考生登录⟧ ⟦a 网上报名入口⟧</div>
<div class="nav">⟦m 首页⟧ ⟦m 公务员考试⟧ ⟦m 事业单位考试⟧ ⟦m 专业技术资格⟧ ⟦m 成绩查询⟧</div>
<div class="loc">⟦m 当前位置：首页>>事业单位考试>>招聘公告⟧</div>
<h3>{T}</h3>
<p class="time">⟦m 发布日期：2025-06-05　信息来源：省椰子研究所⟧</p>
{BODY}
<div class="float">⟦l 考试日历⟧ ⟦l 报名常见问题⟧</div>
<div class="ft">⟦m 网上报名技术咨询：0898-6552 1180⟧ ⟦m 主办：琼屿省人事考试局⟧ ⟦m 琼ICP备09004122号⟧</div>
</body></html>
""",
        body="""
根据事业单位公开招聘有关规定，省椰子研究所面向社会公开招聘工作人员6名。现将有关事项公告如下。
一、招聘岗位
岗位名称　人数　专业要求
椰子育种研究　2　作物遗传育种
病虫害防控　2　植物保护
加工技术研究　2　食品科学与工程
二、报名时间：6月10日至6月16日，在琼屿省人事考试网报名。
三、考试安排：笔试定于7月5日上午9:00-11:00，考生须于7月1日后登录本网站下载打印准考证。
四、咨询电话：省椰子研究所人事科 0898-6330 2417。
省椰子研究所
2025年6月5日
""",
    ),
    dict(
        slug="rsks-yunshi-meteorite-museum-interview-text",
        site="石城市人事考试信息网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://rsks.shicheng.example.gov.cn/tzgg/20251027/701.html",
        title="市陨石博物馆公开招聘讲解员面试通知",
        record_title=None,
        date="2025-10-27",
        notes="no record title; breadcrumb and title; interview list one row a paragraph with candidate numbers; the notice asks candidates to 扫码 sign in; a 'print this page' button",
        page="""
!m 石城市人事考试信息网　首页 > 通知公告
{T}
!m 2025年10月27日　　【打印本页】　【关闭】
{BODY}
!l 附件下载：面试人员名单.xls
!m 考务咨询：0919-2217 6600（工作日）
""",
        body="""
根据市陨石博物馆公开招聘讲解员笔试成绩，现将面试有关事项通知如下。
一、面试时间：11月2日上午8:30开始。
二、面试地点：市陨石博物馆报告厅。
三、进入面试人员名单：
准考证号　姓名
2025100103　邹雨桐
2025100117　邢嘉木
2025100121　俞晓帆
四、考生须携带身份证和笔试准考证，到达后扫码签到，8:15后未签到的视为放弃。
市陨石博物馆
2025年10月27日
""",
    ),
    dict(
        slug="tender-diqiuyi-globe-procurement-html",
        site="澜江县公共资源交易中心 (invented)",
        style="招投标网",
        genre="招标公告",
        kind="notice",
        form="html",
        source="https://ggzy.lanjiang.example.gov.cn/jyxx/zfcg/cggg/20250409/000271.html",
        title="澜江县中小学地理教具（地球仪）采购项目竞争性磋商公告",
        record_title="澜江县中小学地理教具（地球仪）采购项目竞争性磋商公告",
        date="2025-04-09",
        notes="tender portal: CA-lock and platform helpdesk lines beside the purchaser's and agency's contacts; lot table; the notice asks suppliers to 下载 磋商文件 (content)",
        page="""
<html><head><meta charset="utf-8"><title>澜江县公共资源交易中心</title></head><body>
<div class="hd">⟦m 澜江县公共资源交易中心⟧ ⟦a 主体登录⟧ ⟦a CA办理⟧</div>
<div class="nav">⟦m 首页⟧ ⟦m 交易信息⟧ ⟦m 政策法规⟧ ⟦m 服务指南⟧</div>
<div class="pos">⟦m 首页 > 交易信息 > 政府采购 > 采购公告⟧</div>
<h2>{T}</h2>
<div class="meta">⟦m 【信息时间：2025-04-09】 【阅读次数：211】⟧</div>
{BODY}
<div class="bar">⟦a 【我要打印】⟧ ⟦a 【关闭】⟧</div>
<div class="ft">⟦m CA证书服务热线：400-880-2513⟧ ⟦m 平台技术支持：0775-7321 9000⟧</div>
</body></html>
""",
        body="""
项目概况
澜江县中小学地理教具（地球仪）采购项目的潜在供应商应在澜江县公共资源交易中心网站下载磋商文件，并于2025年4月21日9时30分前提交响应文件。
一、项目基本情况
包号　采购内容　数量　预算金额
1　32厘米教学地球仪　600台　9.6万元
2　政区地形两用地球仪　300台　6.3万元
二、供应商资格要求：具有独立承担民事责任的能力，近三年无重大违法记录。
三、联系方式
采购人：澜江县教育局，联系人：莫晓岚，电话：0775-7312 4406。
采购代理机构：广澜项目管理有限公司，联系人：卢瑞，电话：0775-7360 1185。
""",
    ),
    dict(
        slug="tender-masaike-mosaic-wall-result-text",
        site="禾汀采购网 (invented)",
        style="招投标网",
        genre="中标公告",
        kind="notice",
        form="text",
        source="http://www.hetingcg.example.com/zbgg/2025/0716/5580.html",
        title="滨河公园马赛克文化墙工程中标结果公告",
        record_title="滨河公园马赛克文化墙工程中标结果公告_禾汀采购网",
        date="2025-07-16",
        notes="bid-result page: bid table, reviewer list, the buyer's and agent's contacts vs the site's 服务热线; a 'join member to see more bids' prompt",
        page="""
!m 禾汀采购网　—　招标采购信息服务平台
!m 首页 > 中标公告 > 建筑工程
!t 滨河公园马赛克文化墙工程中标结果公告_禾汀采购网
!m 发布时间：2025-07-16　　所属地区：禾汀市
{BODY}
!a 开通会员，查看更多同类项目中标信息
!m 服务热线：400-616-2058　　客服QQ：3301829941
""",
        body="""
一、项目编号：HTCG-2025-0619
二、项目名称：滨河公园马赛克文化墙工程
三、中标信息
中标人　中标金额　工期
禾汀市瓷艺装饰工程有限公司　38.72万元　60日历天
四、评标委员会成员：朱琳、方国庆、白小川、叶青、魏振。
五、公告期限：自本公告发布之日起1个工作日。
六、联系方式：采购人禾汀市园林绿化中心，联系人：钟先生，电话：0598-6623 1470；代理机构禾汀衡信招标咨询公司，电话：0598-6635 2209。
""",
    ),
]

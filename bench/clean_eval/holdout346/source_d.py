"""holdout346, part D: county forums, download stations, personnel-exam sites, tender portals, law firms.

Invented text (sites, places, people, numbers, chrome); see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="yirao-chahua-forum-designated-book-film-jammer",
        site="弋饶茶话 (invented county forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.yiraochahua.com/thread-90312-1-1.html",
        title="孩子学校让家长到指定文具店买包书膜，合理吗？",
        record_title="[家长吐槽] 孩子学校让家长到指定文具店买包书膜，合理吗？ - 教育杂谈 - 弋饶茶话",
        date=None,
        notes="county forum with a weather line, medals, jammer fonts, a decoration ad and a forward-to-the-bureau link; relative post time (no date)",
        page="""
<html><head><meta charset="gbk"><title>[家长吐槽] 孩子学校让家长到指定文具店买包书膜，合理吗？ - 教育杂谈 - 弋饶茶话</title>
<style>font.jammer{display:none}</style></head><body>
<div class="weather">⟦m 弋饶今日：多云转小雨 19～24℃　东北风2级⟧</div>
<div class="logo">⟦m 弋饶茶话 · 弋饶人自己的论坛⟧ <a>⟦a 登录⟧</a> <a>⟦a 注册新账号⟧</a></div>
<div class="crumb">⟦m 弋饶茶话 › 民生百事 › 教育杂谈⟧</div>
<div class="ad">⟦w 旧房翻新找冠家装饰，免费上门量房，热线 139 7936 0512⟧</div>
<table class="post"><tr>
<td class="author"><p>⟦m 北门老奉⟧</p><p>⟦m 勋章：热心网友 · 十年老茶客⟧</p></td>
<td class="content"><h1>{T}</h1>
<div class="posttime">⟦m 发表于 昨天 21:46　｜　楼主⟧</div>
{BODY}
<div class="forward">⟦a 本帖已由版主转交县教育体育局，等待官方回复⟧</div>
<div class="actions">⟦a 支持(88)　反对(3)　收藏　分享⟧</div>
</td></tr></table>
<div class="reply">⟦l 沙发 奉驼小黎：我们学校也是，一张膜比外面贵一块⟧</div>
<div class="reply">⟦l 板凳 涡界人在外：去年就有人反映过，没下文⟧</div>
<div class="fast-reply">⟦a 发表回复前请先登录⟧</div>
<div class="foot">⟦m 弋饶茶话 chahua.yirao.net　客服QQ群 55128830⟧ ⟦d 网友发言仅代表个人观点，与本站无关。⟧</div>
</body></html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=3),
        body="""
开学第一天，孩子回来说班主任要求每人买一套包书膜，还特意说了要到学校对面那家文具店买，说是“统一规格，颜色一样好看”。
我去店里一看，一套十二张卖十八块，旁边超市同样大小的才十块出头。店老板还说，不买他家的，老师检查会不过关。
我不是舍不得这几块钱，是觉得这事不对劲。包书膜这种东西，家长自己买、自己包都行，凭什么要指定一家店？去年听说有学校统一收试卷夹的钱，后来被查了，包书膜是不是也一样？
有没有懂政策的朋友说说，这种情况可以向哪个部门反映？
""",
    ),
    dict(
        slug="tuocheng-teahouse-magnet-ads-no-title-junk",
        site="驼城茶馆 (invented county forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="http://www.tuochengchaguan.com/t/55102",
        title="每家门上都被吸了磁铁贴广告，物业管不管？",
        record_title=None,
        date=None,
        notes="no title in the record, the thread subject is found on the page; forum junk as lines and glued after 。; relative post time; replies below",
        page="""
!m 驼城茶馆 — 奉驼镇老乡的网上茶馆
!m 茶馆首页 » 小区那些事
{T}
!m 发帖人 庆冠一号楼　｜　4 小时前　｜　查看 390　回复 17
{BODY}
!a [回复本帖]　[只看楼主]　[复制链接]
!l #1 冠园老住户：开锁、通下水道、搬家，三天换一批
!l #2 物业小蒙：已记下，今晚安排保安巡楼
!a 看帖请先注册，注册用户每天可领茶票
!m 驼城茶馆　管理员邮箱 chaguan@tuocheng.net
""",
        indent="",
        junk=dict(lines=1, glued=2),
        body="""
这个月不知道是谁，把我们庆冠小区每栋楼每一户的防盗门上都吸了一张磁铁贴，开锁的、疏通下水道的、收旧家电的，印得花花绿绿。
磁铁贴不像纸广告那样撕了就完，吸在门上取下来还得找地方扔，有几家老人以为是物业发的便民卡，还留着用。我担心的是，这些电话到底靠不靠谱，万一上门乱收费怎么办？
楼道门禁明明是刷卡的，这些人是怎么进来的？我问了几个邻居，谁也说不清。物业能不能管一管，顺便在群里提醒一下大家别随便打上面的电话。
""",
    ),
    dict(
        slug="jukan-download-exam-folder-work-instruction-doc",
        site="巨槛资料站 (invented download station, old gb2312 layout)",
        style="资料下载站",
        genre="作业指导书",
        kind="other",
        form="html",
        source="http://www.jukanziliao.com/soft/qiye/2025/8841.html",
        title="试卷夹注塑成型作业指导书",
        record_title="试卷夹注塑成型作业指导书.doc",
        date=None,
        notes="old table layout: file-info table, three download links, an unzip password, a dead-link report and a floating ghost-writer ad; file name as the record title; a work instruction with decimal headings and no date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>试卷夹注塑成型作业指导书.doc - 巨槛资料站</title>
<script src="/js/ads.js"></script></head><body>
<table width="980" align="center"><tr><td>⟦m 巨槛资料站 — 企业管理文档随便下⟧</td><td align="right">⟦a 设为主页⟧ ⟦a 收藏本站⟧</td></tr></table>
<table width="980" align="center"><tr><td>⟦m 您的位置：首页 → 企业管理 → 生产作业 → 试卷夹注塑成型作业指导书.doc⟧</td></tr></table>
<table width="980" align="center" border="1" cellspacing="0">
<tr><td>⟦m 资料名称：试卷夹注塑成型作业指导书⟧</td><td>⟦m 资料大小：48 KB⟧</td></tr>
<tr><td>⟦m 资料语言：简体中文⟧</td><td>⟦m 授权方式：免费资料⟧</td></tr>
<tr><td>⟦m 更新时间：2025-07-22⟧</td><td>⟦m 运行环境：Word2003及以上⟧</td></tr>
</table>
<table width="980" align="center"><tr><td>
<div class="intro">⟦m 资料简介：⟧</div>
<h3>{T}</h3>
{BODY}
</td></tr></table>
<table width="980" align="center" bgcolor="#eef5ff"><tr><td>
⟦a ◎ 电信高速下载⟧　⟦a ◎ 联通高速下载⟧　⟦a ◎ 本地直接下载⟧<br>
⟦m 解压密码：www.jukanziliao.com⟧<br>
⟦a 链接失效？点此向站长报告⟧
</td></tr></table>
<div style="position:fixed;right:0;bottom:80px">⟦w 企业制度代编、体系文件代写，QQ 1908 4466⟧</div>
<table width="980" align="center"><tr><td align="center">⟦d 本站资料均来自网络，仅供学习交流，如侵犯您的权益请来信，我们会在24小时内删除。⟧<br>⟦m Copyright 2012-2025 巨槛资料站　闽ICP备13018830号⟧</td></tr></table>
</body></html>
""",
        body="""
1 适用范围
本指导书适用于本公司A4、B4规格试卷夹夹板的注塑成型工序。
2 开机前准备
2.1 核对生产工单，确认模具编号、原料牌号和颜色与工单一致。
2.2 PP原料在80℃下烘干2小时，含水率不高于0.05%。
3 成型操作
3.1 料筒温度按模具卡设定，一般为190℃至220℃，开机后先打空射三模，确认熔料无黑点、无气泡。
3.2 每模产品取出后，目视检查夹板有无缺料、飞边、缩痕，弹簧夹铆孔是否完整。
3.3 每两小时抽取5件，用卡尺测量夹板厚度和铆孔直径，记入首末件及巡检记录表。
4 异常处理
发现连续3模以上不良，立即停机，报告班长和质检员，不得自行调整模具。
""",
    ),
    dict(
        slug="kejian-yizhan-board-sticker-contest-plan-markers",
        site="课件驿站 (invented download station)",
        style="资料下载站",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.kejianyizhan.com/fangan/banji/7205.html",
        title="“我的黑板我做主”班级黑板贴主题布置评比活动方案",
        record_title="“我的黑板我做主”班级黑板贴主题布置评比活动方案【班主任工作·已排版】- 课件驿站",
        date="2025-09-15",
        notes="a numbered list; page markers ⥃ n ⥄ glued with a space to the continuation line cut sentences; download buttons and an unzip line around it; 成文日期 under the signature",
        page="""
!m 课件驿站 — 老师们的资料小站
!m 首页 > 班主任工作 > 活动方案 > 正文
!t “我的黑板我做主”班级黑板贴主题布置评比活动方案【班主任工作·已排版】
!m 文件类型：DOCX　大小：31KB　下载：652 次　评分：★★★★☆
!a ▼ 高速下载（需登录）　▼ 普通下载
{BODY}
!m 压缩包内含：方案1份、评分表1份
!a 下载后打不开？查看常见问题
!l 热门资料：班级文化建设方案 · 教室图书角布置方案 · 主题班会教案合集
!d 课件驿站所有资料由老师投稿，版权归原作者，仅限个人教学使用。
""",
        indent="\u3000\u3000",
        pages=dict(fmt="⥃ {n} ⥄", every=95, start=2, glue=True, sep=" "),
        body="""
为丰富班级文化，引导学生爱护教室环境，学校决定在三至六年级开展“我的黑板我做主”黑板贴主题布置评比活动，方案如下。
1. 活动时间：9月22日至10月17日。
2. 参加对象：三至六年级各班，每班组建一个不少于5人的布置小组。
3. 活动内容：各班利用黑板两侧边框和教室后墙黑板，用黑板贴、磁性字卡布置“节约粮食”“爱护书本”“安全出行”等主题，黑板书写区不得张贴。
4. 评比办法：由大队部、美术组和家长代表组成评委，从主题、创意、整洁、实用四个方面打分，每个年级评出一等奖1个、二等奖2个。
5. 有关要求：黑板贴一律使用可揭除、不留残胶的材质，评比结束后由各班自行揭除，保持黑板干净。
谯陇县实验小学大队部
2025年9月15日
""",
    ),
    dict(
        slug="liguan-pta-exam-folder-written-test-notice",
        site="黎冠市人事考试网 (invented personnel-exam site)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://www.lgrsks.cn/ksdt/sydw/2025/0610/5531.html",
        title="关于2025年黎冠市事业单位公开招聘笔试有关事项的公告",
        record_title="〔招聘笔试·考务〕关于2025年黎冠市事业单位公开招聘笔试有关事项的公告 - 事业单位 - 黎冠市人事考试网",
        date="2025-06-09",
        date_also=["2025-06-10"],
        notes="maintenance banner and an admission-ticket float; sentences that tell candidates to download and print the ticket; a timetable; the exam office's 咨询电话 beside the site's technical line; page date differs from the signature date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>〔招聘笔试·考务〕关于2025年黎冠市事业单位公开招聘笔试有关事项的公告 - 事业单位 - 黎冠市人事考试网</title></head><body>
<div class="notice-bar">⟦d 系统将于6月14日22:00至次日6:00停机升级，届时暂停报名和打印服务⟧</div>
<div class="logo">⟦m 黎冠市人事考试网⟧</div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 考试动态⟧</li><li>⟦m 事业单位⟧</li><li>⟦m 成绩查询⟧</li><li>⟦m 证书领取⟧</li></ul>
<div class="pos">⟦m 首页 &gt;&gt; 考试动态 &gt;&gt; 事业单位⟧</div>
<h2>{T}</h2>
<div class="time">⟦m 发布日期：2025-06-10　来源：市人事考试中心⟧</div>
<div class="content">
{BODY}
</div>
<div class="float-ticket">⟦a 准考证打印入口 ›⟧</div>
<div class="foot">⟦m 网站技术支持电话：0796-2288760（仅限系统问题）⟧<br>⟦m 黎冠市人事考试中心　黎ICP备09011237号⟧</div>
</body></html>
""",
        body="""
黎冠市2025年事业单位公开招聘笔试定于6月21日举行，现将有关事项公告如下。
一、准考证打印。请考生于6月16日9:00至6月20日17:00登录报名系统下载并自行打印准考证，逾期未打印的视为放弃考试。
二、笔试时间
科目　时间
职业能力倾向测验　6月21日9:00—10:30
综合应用能力　6月21日14:00—16:00
三、考场说明。本次笔试部分考场设在市体育馆，不设课桌，考点为每位考生配发一块硬质试卷夹作为书写垫板。考生入场后不得在试卷夹上书写、做记号，考试结束后试卷夹连同试卷一起留在座位上。
四、考生须携带准考证、有效居民身份证和黑色签字笔、2B铅笔、橡皮，其他物品一律不得带入考场。
咨询电话：0796-2288501（工作日8:30—17:30）。
黎冠市人事考试中心
2025年6月9日
""",
    ),
    dict(
        slug="houchang-exam-center-computer-keyboard-film",
        site="郈昌县人事考试服务中心 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://rsks.houchang.gov.cn/tzgg/2025/1103/772.html",
        title="关于计算机类考试考场键盘加装防尘膜的温馨提示",
        record_title="〔上机提醒〕关于计算机类考试考场键盘加装防尘膜的温馨提示 - 郈昌县人事考试服务中心",
        date="2025-11-03",
        notes="exam site notice; a floating entry line and a maintenance banner; 成文日期 under the signature",
        page="""
!d 【系统公告】本网站正在迁移至新服务器，部分附件暂时无法打开
!m 郈昌县人事考试服务中心 ▏ 首页 ▏ 考试通知 ▏ 成绩公布 ▏ 办事指南
!m 考试通知 ＞ 计算机类考试
{T}
!m 2025年11月03日　信息员：昌丽
{BODY}
!a ➤ 考试报名入口　　➤ 准考证下载入口
!l 相关通知：2025年下半年全国计算机等级考试郈昌考点考生须知
!m 郈昌县人事考试服务中心　考务咨询 0795-5231100
""",
        body="""
各位考生：
为保持考场计算机键盘清洁，防止交叉污染，自本年度下半年起，我中心所有计算机类考试考场的键盘均加装了一次性透明防尘膜。现将有关事项提示如下。
一、防尘膜为超薄材质，不影响正常按键，考生无需揭除；如防尘膜破损或影响输入，请举手示意监考人员更换，更换时间不予补时。
二、考生不得在防尘膜上书写、粘贴任何物品，不得用指甲、笔尖刮划防尘膜。
三、每场考试结束后，由考点工作人员统一更换防尘膜并对键盘消毒。
四、考前可登录本中心网站“模拟练习”栏目熟悉考试系统。
预祝各位考生考试顺利！
郈昌县人事考试服务中心
2025年11月3日
""",
    ),
    dict(
        slug="yirao-ggzy-exam-folder-award-result",
        site="弋饶县公共资源交易网 (invented tender portal)",
        style="招投标网",
        genre="中标结果公告",
        kind="notice",
        form="html",
        source="https://ggzy.yirao.gov.cn/jyxx/zfcg/zbgg/20250715/3306.html",
        title="弋饶县教育体育局2025年秋季学生学习用品采购项目中标结果公告",
        record_title="弋饶县教育体育局2025年秋季学生学习用品采购项目中标结果公告_结果公示栏_弋饶县公共资源交易网",
        date="2025-07-15",
        notes="tender portal with a publicity countdown and CA/trading-system lines beside the purchaser's and agency's contacts; lots table; 公告日期 under the signatures",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>弋饶县教育体育局2025年秋季学生学习用品采购项目中标结果公告_结果公示栏_弋饶县公共资源交易网</title></head><body>
<div class="top">⟦m 弋饶县公共资源交易网⟧ <span>⟦a 主体登录⟧ ⟦a 专家登录⟧</span></div>
<div class="nav">⟦m 首页 | 交易信息 | 政府采购 | 工程建设 | 信用信息 | 下载中心⟧</div>
<div class="loc">⟦m 首页 > 交易信息 > 政府采购 > 结果公告⟧</div>
<h3 class="ttl">{T}</h3>
<div class="meta">⟦m 信息来源：弋饶县公共资源交易中心　浏览次数：374⟧</div>
<div class="count">⟦m 公示期剩余：2天17小时⟧</div>
<div class="detail">
{BODY}
</div>
<div class="help">⟦m CA证书办理咨询：0793-6180261　交易系统技术支持：400-880-7312⟧</div>
<div class="foot">⟦m 弋饶县公共资源交易中心版权所有　赣ICP备18008821号-2⟧</div>
</body></html>
""",
        body="""
一、项目编号：YRZC-2025-0614
二、项目名称：弋饶县教育体育局2025年秋季学生学习用品采购项目
三、中标信息
包号　采购内容　中标供应商　中标金额（元）
1　A4试卷夹（36000个）　弋饶县巨槛文教用品有限公司　97200.00
2　环保包书膜（52000套）　黎冠市许昌塑胶制品有限公司　130000.00
四、评审专家：涂冠英、黎许明、蒙秀芝、饶昌平、王庆涡
五、公告期限：自本公告发布之日起1个工作日。
六、联系方式
采购人：弋饶县教育体育局，联系人：饶先生，电话：0793-6121906
代理机构：江西冠弋项目管理有限公司，联系人：欧女士，电话：0793-6207735
弋饶县教育体育局
江西冠弋项目管理有限公司
2025年7月15日
""",
    ),
    dict(
        slug="liguan-ccgp-kindergarten-magnet-inquiry",
        site="黎冠政府采购网 (invented)",
        style="招投标网",
        genre="询价公告",
        kind="notice",
        form="text",
        source="http://www.ccgp-liguan.gov.cn/xjgg/2025/0418/20250418-0093.html",
        title="沾庆区第一幼儿园教学磁铁贴及白板用品询价公告",
        record_title="〔园所采购·询价〕沾庆区第一幼儿园教学磁铁贴及白板用品询价公告 - 黎冠政府采购网",
        record_date="2025-04-18",
        date="2025-04-18",
        notes="the record gives the date; items table; a sentence about downloading the inquiry file; the purchaser's contact beside the platform's service line",
        page="""
!m 黎冠政府采购网
!m 采购公告 ＞ 询价公告 ＞ 区级
!t 〔园所采购·询价〕沾庆区第一幼儿园教学磁铁贴及白板用品询价公告
!m 发布人：沾庆区第一幼儿园　公告类型：询价　截止：报价截止前可修改
!a 【我要报价】　【收藏公告】　【打印】
{BODY}
!m 平台服务热线：400-617-2080（工作日）
!d 本平台信息由采购人发布，平台不对其真实性承担责任。
""",
        body="""
沾庆区第一幼儿园拟采购一批教学磁铁贴及白板用品，欢迎符合条件的供应商参加报价。
一、采购内容
品目　规格　数量
彩色教学磁铁贴　直径30毫米　1200片
磁性字母数字贴　大写、小写各一套　40套
软磁条　宽20毫米　60卷
二、报价要求：报价含运费和税费，产品须提供有效检验报告，不含小于3毫米的可吞咽零件。
三、报价截止时间：2025年4月25日17:00。
四、询价文件请在本平台“附件”栏下载，供应商填写报价单并盖章后扫描上传。
采购人联系人：黎老师，电话：0796-2216058。
沾庆区第一幼儿园
2025年4月18日
""",
    ),
    dict(
        slug="guanheng-lawfirm-door-magnet-ad-scratch",
        site="冠衡律师事务所 (invented law-firm site)",
        style="律所网站",
        genre="法律问答",
        kind="other",
        form="html",
        source="https://www.guanhenglaw.com/wenda/1179.html",
        title="门缝里塞进来的磁铁贴广告划伤了冰箱门，能找谁赔？",
        record_title="【邻里法律问答】门缝里塞进来的磁铁贴广告划伤了冰箱门，能找谁赔？｜冠衡律师事务所",
        date=None,
        notes="law firm with a lawyer card, a consult float, a 400 line and a repost notice; a lawyer's answer with no date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【邻里法律问答】门缝里塞进来的磁铁贴广告划伤了冰箱门，能找谁赔？｜冠衡律师事务所</title></head><body>
<div class="lf-top">⟦m 冠衡律师事务所 · 专注民商事争议解决⟧　⟦m 全国服务热线 400-606-5122⟧</div>
<ul class="lf-nav"><li>⟦m 律所介绍⟧</li><li>⟦m 专业团队⟧</li><li>⟦m 法律问答⟧</li><li>⟦m 联系我们⟧</li></ul>
<div class="lf-crumb">⟦m 首页 / 法律问答 / 消费维权⟧</div>
<h1>{T}</h1>
<div class="lf-card">⟦m 解答律师：许昌蒙　执业证号 13601201810437721⟧</div>
<div class="lf-answer">
{BODY}
</div>
<div class="lf-float">⟦w 遇到类似纠纷？立即在线咨询律师⟧</div>
<div class="lf-tags">⟦l 相关标签：财产损害 小广告 物业责任⟧</div>
<div class="lf-notice">⟦d 转载本站文章须注明出处，解答内容仅供参考，不作为正式法律意见。⟧</div>
<div class="lf-foot">⟦m 地址：黎冠市沾庆区庆冠大道203号冠衡大厦11层⟧ ⟦m 赣ICP备20017508号⟧</div>
</body></html>
""",
        body="""
问：上周有人把磁铁贴小广告塞进我家门缝，孩子捡起来随手吸在冰箱上，拿下来的时候磁铁贴背面的硬边把冰箱门划出了一道长印子。我能找谁赔偿？
答：这种情况可以从两方面考虑。
一是找发广告的商家。磁铁贴上印的商家是广告的受益人，如果能证明是他们组织投放的，可以要求其承担赔偿责任，但划伤主要是取下时造成的，商家可能会以“使用不当”抗辩，获得全额赔偿的难度较大。
二是向有关部门反映。未经同意向住户门缝塞小广告，可以向物业和城管部门反映，由其依法处理。
建议您保留磁铁贴原件、冰箱划痕照片和维修报价，先与商家协商；协商不成的，可以向消费者协会投诉或者提起诉讼。
""",
    ),
    dict(
        slug="qingchang-lawfirm-letter-keyboard-film-trademark",
        site="庆昌律师事务所 (invented law-firm site)",
        style="律所网站",
        genre="函",
        kind="letter",
        form="text",
        source="http://www.qingchanglaw.cn/anli/wenshu/2025-0812.html",
        title="关于贵司销售仿冒“驼羽”牌键盘膜的律师函",
        record_title="〖知产函件参考〗关于贵司销售仿冒“驼羽”牌键盘膜的律师函 —— 庆昌律师事务所",
        date="2025-08-12",
        notes="a law firm's published letter; a lawyer-consult line between paragraphs; 成文日期 under the signature; the firm's 400 line and address at the foot",
        page="""
!m 庆昌律师事务所 ｜ 知识产权 · 合同纠纷 · 公司法务
!m 首页 › 案例与文书 › 函件参考
!t 〖知产函件参考〗关于贵司销售仿冒“驼羽”牌键盘膜的律师函
!m 整理：知识产权部　（当事人信息已隐去）
{BODY}
!l ← 返回文书列表　　下一篇：商标侵权警告函与起诉的区别
!d 本文仅为文书示范，不构成针对具体案件的法律意见。
!m 庆昌律师事务所　咨询热线 400-118-6032　地址：黎冠市昌许路88号
""",
        body="""
××电子商务有限公司：
庆昌律师事务所接受黎冠驼羽电子科技有限公司（以下简称“驼羽公司”）的委托，就贵司销售仿冒“驼羽”牌键盘膜一事，致函如下。
驼羽公司是第60218837号“驼羽”注册商标的权利人，核定使用商品包括键盘膜。经查，贵司在网络店铺中销售的多款键盘膜，在商品名称、包装上突出使用“驼羽”字样，并宣称“与驼羽原厂同款”，足以造成消费者混淆。
⟦w 企业遇到商标侵权？庆昌知识产权律师团队一对一咨询⟧
为此，本所律师郑重要求贵司：一、自收到本函之日起立即停止销售上述键盘膜，并下架全部相关链接；二、于七日内书面告知库存数量和已售数量。逾期不予回应的，驼羽公司将依法追究贵司的法律责任。
特此函告。
庆昌律师事务所
律师：蒙许昌
2025年8月12日
""",
    ),
]

"""holdout321, part D: county forums, download stations, personnel-exam sites, tender portals, law firms.

Invented text, sites, places and people; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="localforum-yongcheng-post-teahouse-coasters-jammer",
        site="饔城在线 (invented county forum)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="https://bbs.yongchengzx.com/thread-230915-1-1.html",
        title="沏河老街茶馆的草编杯垫被游客顺走，老板娘想了个好办法",
        record_title="〖街坊新鲜事〗沏河老街茶馆的草编杯垫被游客顺走，老板娘想了个好办法（附图）_沏河茶话_饔城在线",
        date=None,
        notes="county forum: weather line, medals, an official-reply link, a decoration ad with a QQ; jammer-font junk "
        "in the post; 扫码 as content; relative post time (no date)",
        page="""
<!DOCTYPE html>
<html>
<head><meta charset="gbk"><title>〖街坊新鲜事〗沏河老街茶馆的草编杯垫被游客顺走，老板娘想了个好办法（附图）_沏河茶话_饔城在线</title>
<style>.jammer{position:absolute;left:-999px}</style></head>
<body>
<div class="topbar">⟦m 饔城在线⟧ <span>⟦m 今日饔城：多云 12～21℃　东北风2级⟧</span> <a>⟦a 登录⟧</a> <a>⟦a 注册⟧</a></div>
<div class="crumb">⟦m 饔城在线 › 乡镇板块 › 沏河茶话⟧</div>
<div class="thread">
<h1>{T}</h1>
<div class="author">⟦m 楼主　茶馆常客老韦　发表于 6 天前⟧ <span class="medal">⟦m 勋章：沏河土著　优秀版友⟧</span></div>
<div class="postbody">
{BODY}
</div>
<div class="postact">⟦a 顶　踩　收藏　分享　举报⟧</div>
</div>
<div class="official"><a>⟦l 【官方回复】沏河镇文旅办：感谢关注，已联系茶馆了解情况⟧</a></div>
<div class="reply">⟦l 2楼　杯中山水：这个办法好，又卖了货又不伤和气⟧</div>
<div class="reply">⟦l 3楼　半盏常客：王阿婆编的莲叶杯垫最好看⟧</div>
<div class="ad">⟦w 饔城装修找老胡，免费上门量房，QQ 3389021176⟧</div>
<div class="foot">⟦m 饔城在线 | 手机版 | 版主申请 | 湘ICP备14008832号⟧</div>
<script src="/data/cache/common.js?yc2"></script>
<script>var ad_qq="3389021176";</script>
</body>
</html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=3),
        body="""
老街口那家“半盏”茶馆大家都去过吧？老板娘跟我说，今年五一假期，店里的草编杯垫一个星期少了四十多只，全是游客喝完茶顺手揣走的。
她一开始挺心疼，一只杯垫进价八块。后来想通了，干脆在每张桌上放了一个小牌子：“喜欢杯垫可以带走，扫码付十元，钱都交给编杯垫的阿婆。”
没想到这招挺灵，一个月卖出去一百多只，编杯垫的王阿婆乐得合不拢嘴，说比在家门口摆摊强多了。
我觉得这个办法可以推广。沏河的草编本来就是宝贝，游客愿意买，就让手艺人多挣一点。大家怎么看？
""",
    ),
    dict(
        slug="localforum-ganchuan-post-tin-urinal-subject",
        site="泔川在线·圜口论坛 (invented county forum, text)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="http://bbs.ganchuanzx.net/huankou/t-66120.html",
        title="老房子拆迁翻出一只锡夜壶，有懂行的帮看看吗",
        record_title=None,
        date=None,
        notes="county forum text: no title in the record, the thread subject; weather line, medals, an official "
        "reply and a decoration ad QQ; relative post time (no date)",
        page="""
!m 泔川在线 · 圜口论坛
!m 今天 小雨转阴 14℃～19℃　空气质量：良
!m 论坛首页 › 乡镇频道 › 圜口镇 › 帖子详情
{T}
!m 楼主：拆房小工　发表于 4 天前　浏览 2219　回复 58
!m 勋章：热心网友　老乡认证
{BODY}
!a 举报　|　收藏　|　只看楼主
!l 沙发　古玩老周：看提梁的样子像民国的，到不了清
!l 板凳　【官方】泔川县博物馆：欢迎带实物来馆里免费鉴定
!w 本地旧房翻新找老胡，QQ 3389021176，电话同微信
!m 泔川在线 | 手机版 | 联系客服
""",
        body="""
上周帮我二舅拆圜口镇老街的祖屋，在阁楼的夹墙里翻出一只锡做的夜壶。壶身扁圆，提梁上缠着藤条，壶盖上刻着“永泰”两个字，分量不轻，估计有两斤多。
二舅说这是他爷爷那辈传下来的，一直以为早丢了。拿到镇上的旧货店问了问，老板出价三百，说锡器不值钱，要是铜的还能多给点。
我查了一下，以前讲究的人家冬天用锡夜壶，说是不冰手，也不生锈。不知道这只是什么年代的，想请坛子里懂行的朋友帮着看看。
不打算卖，主要想弄清楚来历。要是有点年头，就捐给县博物馆。照片在楼下，手机拍的不太清楚，大家凑合看。
""",
    ),
    dict(
        slug="download-lvyin-rules-dough-basin-wps-gb2312",
        site="绿荫资料站 (invented, old gb2312 download station)",
        style="资料下载站",
        genre="规程",
        kind="other",
        form="html",
        source="http://www.lvyinzl.com/soft/2024/3306.html",
        title="面点间和面盆清洗消毒操作规程",
        record_title="面点间和面盆清洗消毒操作规程.wps",
        date=None,
        notes="old gb2312 download page: file-info table, three download links, an unzip password and a dead-link "
        "report; 第N条 articles speak of 打印 and 扫描二维码; effective clause only (no date)",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>面点间和面盆清洗消毒操作规程.wps - 绿荫资料站</title>
<script src="/js/count.js"></script>
</head>
<body>
<table width="950" align="center" border="0">
<tr><td>⟦m 绿荫资料站⟧</td><td>⟦m 免费实用的办公资料库⟧</td><td><a>⟦a 设为首页⟧</a></td></tr>
<tr><td colspan="3">⟦m 首页 | 规章制度 | 合同范本 | 表格模板 | 培训课件⟧</td></tr>
</table>
<table width="950" align="center" border="1" cellspacing="0" class="info">
<tr><td>⟦m 资料名称：⟧</td><td>{T}</td></tr>
<tr><td>⟦m 资料格式：WPS文字　大小：41KB⟧</td><td>⟦m 更新时间：2024-05-16　下载次数：233⟧</td></tr>
<tr><td>⟦m 运行环境：WinXP/Win7/Win10⟧</td><td>⟦m 授权方式：免费资料⟧</td></tr>
</table>
<table width="950" align="center" border="0">
<tr><td class="intro">⟦m 资料预览：⟧</td></tr>
<tr><td>
{BODY}
</td></tr>
<tr><td>⟦a 下载地址：电信高速下载　联通高速下载　备用本地下载⟧</td></tr>
<tr><td>⟦a 解压密码：lvyinzl.com⟧</td></tr>
<tr><td>⟦d 本站资料来自网络收集，只供交流参考，若链接失效请点击“报告错误”。⟧</td></tr>
<tr><td>⟦l 同类资料：厨房食品留样制度.doc　餐具消毒记录表.xls⟧</td></tr>
</table>
<table width="950" align="center"><tr><td align="center">⟦m Copyright 2008-2024 绿荫资料站 粤ICP备08102271号⟧</td></tr></table>
</body>
</html>
""",
        p_html="<p>{}</p>",
        body="""
第一条　为保证面点间和面盆等盛器的清洁卫生，防止面团受到污染，依据餐饮服务食品安全操作规范，结合本店实际，制定本规程。
第二条　和面盆使用前应检查盆沿和盆底，发现掉瓷、开裂、变形的，不得使用。
第三条　和面盆每次使用后，先刮净面垢，用热水加洗洁精刷洗，再用清水冲净，倒扣在专用架上沥干。
第四条　每日营业结束后，和面盆统一放入消毒柜消毒，温度不低于120℃，时间不少于15分钟。
第五条　面点间负责人每日检查清洗消毒情况，在消毒记录表上签字，记录表由店长每月打印存档。
第六条　顾客和监督人员可扫描面点间门口的二维码，查看当天的消毒记录。
第七条　本规程自2024年1月1日起执行。
""",
    ),
    dict(
        slug="download-zhulin-rules-chopstick-workshop-safety",
        site="竹林资料下载 (invented download station, text)",
        style="资料下载站",
        genre="制度",
        kind="other",
        form="text",
        source="https://www.zhulinzl.cn/zhidu/anquan/8841.html",
        title="竹筷筒车间安全生产管理制度",
        record_title="竹筷筒车间安全生产管理制度（Word可编辑）免费下载_竹林资料下载",
        date="2024-03-01",
        notes="download station text: file-info lines, three download links, an unzip password and a dead-link note; "
        "第N条 articles; the 成文日期 under the company's name (the update stamp is no date)",
        page="""
!m 竹林资料下载 — 办公文档免费下
!m 首页 >> 规章制度 >> 安全管理
{T}
!m 文件名称：竹筷筒车间安全生产管理制度.doc
!m 文件大小：36KB　更新时间：2024-03-20　下载次数：87
!m 内容预览：
{BODY}
!a 本地下载　电信下载　网通下载
!a 解压密码：www.zhulinzl.cn
!d 下载链接失效时请点击页面右侧“报错”，管理员会尽快修复。
!m 竹林资料下载 版权所有
""",
        body="""
第一条　为加强竹筷筒生产车间的安全管理，保障职工人身安全，制定本制度。
第二条　车间职工上岗前必须参加安全培训，考试合格后方可操作锯竹机、开槽机和打磨机。
第三条　操作锯竹机时必须佩戴防护眼镜和防尘口罩，严禁戴手套操作旋转设备。
第四条　碳化炉由专人负责，开炉前检查燃气管路，炉温超过规定值时立即停炉，并报告车间主任。
第五条　车间内竹屑每班清扫一次，严禁吸烟和使用明火，消防通道不得堆放竹料。
第六条　发生伤害事故，当班班长应立即组织救护，并在一小时内报告公司安全员。
第七条　本制度自发布之日起施行。
泔川县青篁竹制品有限公司
2024年3月1日
""",
    ),
    dict(
        slug="exam-ganchuan-notice-interview-lunch-bags",
        site="泔川县人事考试信息网 (invented personnel-exam site)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://www.gcrsks.cn/ksgg/2024/0810/1130.html",
        title="关于2024年泔川县事业单位公开招聘面试考生午餐安排的公告",
        record_title="【面试须知】关于2024年泔川县事业单位公开招聘面试考生午餐安排的公告 - 泔川县人事考试信息网",
        date="2024-08-09",
        date_also=["2024-08-10"],
        notes="personnel-exam site: a maintenance banner and a print-entry float; the exam centre's own 咨询电话 next "
        "to the site's technical line; a timetable one row a paragraph; 下载/打印 as content",
        page="""
<!DOCTYPE html>
<html>
<head><meta charset="utf-8"><title>【面试须知】关于2024年泔川县事业单位公开招聘面试考生午餐安排的公告 - 泔川县人事考试信息网</title></head>
<body>
<div class="notice-bar">⟦d 系统将于8月10日22:00至次日6:00升级维护，届时暂停访问⟧</div>
<div class="head">⟦m 泔川县人事考试信息网⟧ <span>⟦m 公平　公正　便民⟧</span></div>
<div class="nav">⟦m 首页　考试公告　报名入口　成绩查询　政策法规⟧</div>
<div class="main">
<h2>{T}</h2>
<p class="info">⟦m 发布时间：2024-08-10　来源：县人力资源考试中心　访问量：8812⟧</p>
{BODY}
</div>
<div class="float-r"><a>⟦a 面试通知书打印入口⟧</a></div>
<div class="foot">
<p>⟦m 技术支持热线：0734-5520999（仅限报名系统问题）⟧</p>
<p>⟦m 主办：泔川县人力资源和社会保障局　湘ICP备15020036号⟧</p>
</div>
<script src="/js/float-entry.js"></script>
</body>
</html>
""",
        body="""
参加2024年泔川县事业单位公开招聘面试的考生：
本次面试采取全封闭方式，考生报到后至面试结束前不得离开候考室，午餐在候考室内解决。现将有关事项公告如下。
一、考生可自带午餐饭包，饭包内不得夹带纸条、电子设备。考点为每名考生提供一个存放格和热水，不提供加热服务。
二、考生也可在报到时登记领取考点统一配送的盒饭，费用自理，每份15元。
三、面试安排如下：
日期　报到时间　岗位类别
8月17日　7:30　教育类
8月18日　7:30　卫生类、综合类
四、请考生于8月12日起登录本网站下载并打印面试通知书，凭面试通知书和身份证报到。
咨询电话：泔川县人力资源考试中心　0734-5520617（工作日）
泔川县人力资源和社会保障局
2024年8月9日
""",
    ),
    dict(
        slug="exam-yanchuan-text-tea-art-assessment-coasters",
        site="酽川人事考试网 (invented personnel-exam site, text)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.ycrsks.com/jnjd/2024/1022/309.html",
        title="2024年第四批茶艺师职业技能等级认定考核公告",
        record_title="【茶艺考评】2024年第四批茶艺师职业技能等级认定考核公告（含自备物品清单）_酽川人事考试网",
        date="2024-10-21",
        date_also=["2024-10-22"],
        notes="exam text page: the centre's own 咨询电话 next to the site's technical line; candidates bring six tea "
        "coasters; 打印准考证 as content; the page date differs from the 成文日期",
        page="""
!m 酽川人事考试网
!m 首页 >> 考试公告 >> 职业技能
{T}
!m 2024-10-22 发布　阅读 2004
!a 准考证打印｜成绩查询｜证书查验
{BODY}
!l 相关公告：2024年第三批评茶员职业技能等级认定合格人员名单公示
!m 考试系统技术咨询：0733-6530999
!m 酽川市人力资源和社会保障局主办
""",
        indent="\u3000\u3000",
        body="""
根据省职业技能等级认定工作安排，酽川市职业技能鉴定中心定于2024年11月开展茶艺师（四级、三级）职业技能等级认定考核。现将有关事项公告如下。
一、考核时间：理论知识考试11月9日上午，操作技能考核11月9日下午至10日。
二、考核地点：酽川市职业技能鉴定中心（饔城区职教路6号）。
三、考生自备物品：操作技能考核需自备茶席布一块、茶杯垫六只（材质不限，不得印有文字和标识）、茶巾两条。考点统一提供茶具、茶叶和热水。
四、考生请于11月4日起登录报名系统打印准考证。
咨询电话：0733-6530880
酽川市职业技能鉴定中心
2024年10月21日
""",
    ),
    dict(
        slug="tender-miyang-inquiry-chopstick-holders-lots",
        site="敉阳县公共资源交易网 (invented tender portal)",
        style="招投标网",
        genre="询价公告",
        kind="notice",
        form="html",
        source="https://ggzy.miyang.gov.cn/jyxx/zfcg/xjgg/20240819/0815.html",
        title="敉阳县第一中学食堂竹筷筒采购询价公告",
        record_title="[小额询价]敉阳县第一中学食堂竹筷筒采购询价公告_采购公告_敉阳公共资源交易网",
        date="2024-08-19",
        notes="tender portal: a countdown, an attachment download link, CA and trading-system lines next to the "
        "purchaser's and agency's own contacts; lots one row a paragraph; the date under the notice",
        page="""
<!DOCTYPE html>
<html>
<head><meta charset="utf-8"><title>[小额询价]敉阳县第一中学食堂竹筷筒采购询价公告_采购公告_敉阳公共资源交易网</title>
<script src="/js/countdown.js"></script></head>
<body>
<div class="header">⟦m 敉阳县公共资源交易网⟧ <a>⟦a 主体登录⟧</a> <a>⟦a CA证书驱动下载⟧</a></div>
<div class="nav">⟦m 首页　交易信息　政府采购　工程建设　服务指南⟧</div>
<div class="position">⟦m 首页 > 交易信息 > 政府采购 > 询价公告⟧</div>
<div class="detail">
<h3>{T}</h3>
<p class="time">⟦m 发布时间：2024-08-19 16:05　浏览次数：322⟧</p>
<p class="countdown">⟦m 距报价截止还剩：6天23时15分⟧</p>
{BODY}
<p class="att"><a>⟦a 附件：询价文件.pdf（点击下载）⟧</a></p>
</div>
<div class="foot">
<p>⟦m CA数字证书办理热线：400-622-7710⟧</p>
<p>⟦m 交易系统技术支持：0738-3310000⟧</p>
<p>⟦m 敉阳县公共资源交易中心 版权所有⟧</p>
</div>
</body>
</html>
""",
        body="""
项目编号：MYZC-2024-0815
敉阳县第一中学拟对食堂竹筷筒采购项目进行询价采购，欢迎合格供应商参加。
一、采购内容
品目　规格　数量　最高限价
壁挂式竹筷筒　四格，底部镂空　120只　45元/只
台式竹筷筒　单筒，直径10厘米　300只　18元/只
二、供应商资格要求：具有独立承担民事责任的能力，所供产品须有食品接触材料检测报告。
三、报价截止时间：2024年8月26日17:00，逾期送达的报价文件不予接收。
四、采购人：敉阳县第一中学，联系人：尹老师，电话：0738-3316020。
代理机构：敉阳县恒信招标代理有限公司，联系人：曹工，电话：0738-3319577。
2024年8月19日
""",
    ),
    dict(
        slug="tender-paoyang-result-dough-basins-record",
        site="庖阳县政府采购网 (invented tender portal, text)",
        style="招投标网",
        genre="中标结果公告",
        kind="notice",
        form="text",
        source="http://www.pyzfcg.gov.cn/cggg/jggg/2024/0705/2291.html",
        title="庖阳县学校食堂和面盆等面点器具采购项目中标结果公告",
        record_date="2024-07-05",
        date="2024-07-05",
        notes="tender text page: record title and date; bid lots one row a paragraph; purchaser's and agency's own "
        "contacts next to the procurement hotline",
        page="""
!m 庖阳县政府采购网
!m 首页 > 采购公告 > 结果公告
{T}
!m 发布时间：2024-07-05　浏览：146
{BODY}
!a 〔打印公告〕〔关闭〕
!l 上一篇：庖阳县第二中学学生床上用品采购项目询价公告
!m 政府采购服务热线：0739-8810000　庖阳县财政局主办
""",
        body="""
一、项目编号：PYCG-2024-033
二、项目名称：庖阳县学校食堂和面盆等面点器具采购项目
三、中标信息
包号　中标供应商　中标金额（元）
第一包（不锈钢和面盆）　庖阳县鑫厨商贸有限公司　86400
第二包（蒸笼、面板）　庖阳县百味餐饮设备经营部　52750
四、主要标的：第一包为不锈钢和面盆，304材质，直径40厘米、50厘米两种规格，共360只。
五、公告期限：自本公告发布之日起1个工作日。
六、凡对本次公告内容提出询问，请按以下方式联系：采购人庖阳县教育局，联系人鲁先生，电话0739-8811063；代理机构庖阳县公信项目管理有限公司，联系人柯女士，电话0739-8815520。
""",
    ),
    dict(
        slug="lawfirm-hengdi-case-balcony-urinal-waste",
        site="衡砥律师事务所 (invented law firm site)",
        style="律所网站",
        genre="案例评析",
        kind="other",
        form="html",
        source="https://www.hengdilaw.cn/al/2207.html",
        title="楼上阳台倾倒夜壶污水，楼下邻居能否索赔？",
        record_title="〔相邻纠纷〕楼上阳台倾倒夜壶污水，楼下邻居能否索赔？—衡砥律所·邻里法谈",
        date=None,
        notes="law firm page: a lawyer card, a consult float, a 400 line, a repost notice and a 本文链接 line; a case "
        "note with no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>〔相邻纠纷〕楼上阳台倾倒夜壶污水，楼下邻居能否索赔？—衡砥律所·邻里法谈</title></head>
<body>
<div class="top">⟦m 衡砥律师事务所⟧ <span>⟦m 专注民事·家事·物业纠纷⟧</span> <span>⟦m 全国咨询热线：400-861-3329⟧</span></div>
<div class="nav">⟦m 首页　律所简介　专业团队　以案说法　联系我们⟧</div>
<div class="article">
<h1>{T}</h1>
<p class="meta">⟦m 栏目：以案说法　阅读：2,418⟧</p>
{BODY}
<p class="link">⟦m 本文链接：https://www.hengdilaw.cn/al/2207.html⟧</p>
<p class="copy">⟦d 本文为衡砥律所原创，转载须注明来源和作者。⟧</p>
</div>
<div class="lawyer-card"><p>⟦m 主办律师：薛明哲⟧</p><p>⟦m 执业证号 14311202010887***⟧</p><p>⟦a 向他咨询⟧</p></div>
<div class="float">⟦w 律师在线　免费解答邻里纠纷⟧</div>
<div class="foot">⟦m 衡砥律师事务所　地址：敉阳县滨河路33号　湘ICP备19027714号⟧</div>
<script src="https://kefu.hengdilaw.cn/float.js" async></script>
</body>
</html>
""",
        body="""
【基本案情】家住敉阳县城某小区的李某发现，楼上邻居周某年近九旬的父亲夜间使用夜壶，周某每天清晨把夜壶里的污水直接从阳台倒进楼下花坛，气味难闻，还溅到李某晾晒的衣物上。李某多次沟通无果，诉至法院，要求周某停止侵害并赔偿衣物损失。
【法院判决】法院审理认为，不动产相邻权利人不得违反国家规定弃置固体废物、排放污染物。周某的行为妨碍了李某的正常生活，判决周某停止倾倒，赔偿李某衣物清洗费等损失600元。
【律师说法】照顾失能老人辛苦，可以理解，但夜壶污物应当倒入马桶或专用下水口，不能图省事从阳台泼洒。邻里之间遇到此类问题，建议先找物业、居委会调解，调解不成再通过诉讼解决。
""",
    ),
    dict(
        slug="lawfirm-mingheng-answer-lunch-bag-fridge",
        site="明衡律师事务所 (invented law firm site, text)",
        style="律所网站",
        genre="法律问答",
        kind="other",
        form="text",
        source="http://www.minghenglaw.com/dayi/ldyg/5520.html",
        title="员工放在单位冰箱里的饭包丢了，单位要担责吗？",
        record_title="问律师｜员工放在单位冰箱里的饭包丢了，单位要担责吗？（附法条解读）- 明衡律所",
        date=None,
        notes="law firm text: a lawyer's answer with a consult prompt and the firm's phone; a disclaimer; no date",
        page="""
!m 明衡律师事务所 · 劳动法律服务中心
!m 首页 ＞ 律师答疑 ＞ 劳动用工
{T}
!m 解答律师：曹静怡　阅读量 1.3万
{BODY}
!w 遇到类似问题？点此预约律师面谈
!m 律所电话：0738-3312260　地址：敉阳县府前街18号
!d 以上解答仅供参考，具体问题请带齐证据咨询执业律师。
""",
        body="""
问：我在公司上班，每天带饭包，午饭前放在公司茶水间的冰箱里。上周饭包连同里面的玻璃饭盒一起不见了，监控也没拍到。公司说冰箱是福利，丢了不管。我能要求公司赔偿吗？
答：一般情况下难以要求公司赔偿。茶水间冰箱属于公司提供的便利设施，员工自行存放物品，公司并没有承诺保管，双方之间不构成保管合同关系。除非公司另有规定，比如明确由行政部统一登记保管，或者物品丢失与公司管理过错有直接关系，否则公司不承担赔偿责任。
如果能查明是谁拿走了饭包，可以直接向对方要求返还或赔偿；价值较大的，可以向公安机关报案。
建议：贵重的饭盒不要放在公共冰箱里，饭包上最好贴好姓名标签。
""",
    ),
]

"""holdout135, part c: written blind (see NOTE.md). Invented sites, places, people, URLs."""

CASES = [
    dict(
        slug="anthology-qinyin-music-box-memoir-wrapped",
        site="琴音文存 (invented)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="https://www.qinyinwencun.example.com/juan3/041.html",
        title="我在八音盒厂的二十年",
        record_title="《琴音文存》卷三·第41篇｜我在八音盒厂的二十年",
        date=None,
        notes="personal collection; hard-wrapped at 58 columns; chapter navigation; 写于 line with a year only (no date)",
        wrap=58,
        indent="\u3000\u3000",
        page="""
!m 琴音文存 · 一个老机芯匠的文字
!m 目录 ｜ 卷一 少年 ｜ 卷二 学艺 ｜ 卷三 厂里 ｜ 卷四 退休后
!t 《琴音文存》卷三·第41篇｜我在八音盒厂的二十年
{BODY}
（写于2019年冬）
!l ‹ 第40篇 拜师 ｜ 返回目录 ｜ 第42篇 调音 ›
!d 文存由作者家人整理上网，文字请勿转作他用。
""",
        body="""
一九八六年，我从技校毕业，被分到榅湖八音盒厂，当了一名机芯装配工。
那时厂里有七百多人，一条流水线一天能出三千个机芯，产品大半出口，车间墙上挂着“质量是工厂的生命”几个大字。
我跟着杜师傅学调音。一个十八音的机芯，音梳上每一根簧片都要用锉刀一点点修，修多了音就低，修少了又发尖，全凭耳朵。
后来厂子改制，人越来越少，我就守着调音台，一直干到二〇〇六年厂子停产。
现在偶尔听到商场里八音盒的叮咚声，我还会停下来，听听它的音准不准。
""",
    ),
    dict(
        slug="anthology-laomo-mosquito-net-factory-letter",
        site="老莫笔记 (invented)",
        style="个人文集",
        genre="书信",
        kind="letter",
        form="text",
        source="https://laomo.example-notes.cn/wenji/2025/xin-12.html",
        title="致蚊帐厂老工友的一封信",
        record_title="致蚊帐厂老工友的一封信 - 老莫笔记",
        date="2025-05-20",
        notes="personal collection; date under the signature in Chinese numerals; reading count and prev/next; a collection line",
        page="""
!m 老莫笔记 · 文集
!m 书信卷
{T}
!m 收录于合集 #写给老朋友 12篇
!m 阅读 341
{BODY}
!l 上一篇：给女儿的第十封信
!l 下一篇：回故乡的路
!a 喜欢这篇文字？点个赞吧 ♥ 46
""",
        body="""
各位老工友：
一晃眼，咱们楂川蚊帐厂关门已经二十三年了。前些天在菜市场碰见织布车间的周大姐，她说起大家想聚一聚，我便写了这封信。
当年咱们厂的“双鹤牌”蚊帐卖遍了半个省，夏天一到，仓库门口排满了拉货的拖拉机。
厂子虽然没了，可大家一起加班赶货、一起在食堂排队打饭的日子，我一直记得。
聚会定在六月八日中午，地点在老厂门口的川味饭庄，能来的请给我回个电话。
祝大家身体健康！
莫远山
二〇二五年五月二十日
""",
    ),
    dict(
        slug="dangjian-songyu-html-red-panda-branch",
        site="松屿县党建网 (invented)",
        style="党建网",
        genre="新闻",
        kind="news",
        form="html",
        source="http://www.syxdj.example.gov.cn/jcdj/202508/t20250815_6612.html",
        title="保护区党支部开展小熊猫栖息地巡护主题党日活动",
        record_title="保护区党支部开展小熊猫栖息地巡护主题党日活动_基层党建_松屿县党建网",
        date="2025-08-15",
        notes="Party-building portal HTML; _column_site title; byline date; study-points box between paragraphs; related list",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>保护区党支部开展小熊猫栖息地巡护主题党日活动_基层党建_松屿县党建网</title></head>
<body>
<div class="header">⟦m 松屿县党建网　中共松屿县委组织部主办⟧</div>
<div class="nav">⟦m 首页｜要闻｜基层党建｜干部工作｜人才工作｜党员教育⟧</div>
<div class="loc">⟦m 当前位置：首页 > 基层党建⟧</div>
<h1>{T}</h1>
<div class="source">⟦m 发布时间：2025-08-15　来源：县林业局　作者：乔若川⟧</div>
<div class="article">
{BODY}
</div>
<div class="print">⟦a 【打印】【关闭】【收藏】⟧</div>
<div class="rel"><b>⟦l 相关新闻⟧</b><ul><li>⟦l 林业系统党员志愿服务队成立⟧</li><li>⟦l 县委组织部开展“七一”走访慰问⟧</li></ul></div>
<div class="foot">⟦m 主办：中共松屿县委组织部　地址：松屿县人民路1号⟧ ⟦m 滇ICP备10002518号⟧</div>
</body></html>
""",
        body="""
8月14日，松屿山自然保护区管护局党支部组织十八名党员深入海拔两千六百米的箭竹林，开展小熊猫栖息地巡护主题党日活动。
党员们分成三个小组，沿巡护线路检查红外相机、清理盗猎铁夹，记录小熊猫粪便、采食痕迹等活动信息。
⟦a 学习强国积分提醒：阅读本文可获得1分⟧
活动中，支部书记结合巡护实际讲了一堂微党课，勉励大家把党旗插在保护一线。
据统计，今年以来保护区红外相机共拍到小熊猫影像三百一十二次，种群数量保持稳定。
""",
    ),
    dict(
        slug="dangjian-yingshi-fluorite-mine-speech",
        site="矿山先锋网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.ksxf.example.org/djgz/2025/0701/1902.html",
        title="在萤石矿业公司庆祝建党104周年大会上的讲话",
        record_title="【支部风采】在萤石矿业公司庆祝建党104周年大会上的讲话",
        date="2025-06-30",
        notes="Party site text; decorated title; speaker and date under the title; a study link glued after the last paragraph; year in the title is no date",
        page="""
!m 矿山先锋网 · 矿业系统党建园地
!m 首页 » 党建工作 » 支部风采
!t 【支部风采】在萤石矿业公司庆祝建党104周年大会上的讲话
!m 来源：椴山萤石矿业公司党委　发布：2025-07-01　阅读 618
{T}
公司党委书记、董事长　闵定国
（2025年6月30日）
{BODY}
!l 专题：庆祝中国共产党成立104周年
!d 本站所载文章版权归原作者所有，转载请注明出处。
""",
        body="""
同志们：
今天我们在这里隆重集会，庆祝中国共产党成立104周年，表彰一年来涌现的先进基层党组织和优秀共产党员。
过去一年，公司党委坚持把党建工作与安全生产紧密结合，设立党员先锋岗二十六个，全年开采萤石原矿三十八万吨，实现安全生产零事故。
面对资源保护和绿色矿山建设的新要求，全体党员要带头推进尾矿综合利用和井下充填开采，把绿水青山留给子孙后代。
同志们，让我们更加紧密地团结在党的周围，为建设一流萤石企业而努力奋斗！⟦l 点击进入“矿山党员学习平台”⟧
""",
    ),
    dict(
        slug="hospital-fuyou-html-pertussis-clinic",
        site="柘阳市妇幼保健院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.zyfybjy.example.com/yygg/2025/0318/1044.html",
        title="关于开设百日咳专病门诊的公告",
        record_title="【门诊公告】关于开设百日咳专病门诊的公告",
        date="2025-03-18",
        notes="hospital template with floating consult box and 预约挂号 line; the document's own 咨询电话 kept next to the hospital's 24-hour line; clinic-hours table",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【门诊公告】关于开设百日咳专病门诊的公告 - 柘阳市妇幼保健院</title></head>
<body>
<div class="top">⟦m 柘阳市妇幼保健院　三级甲等妇幼保健院⟧ ⟦m 预约挂号：0739-12580　24小时急诊：0739-5526120⟧</div>
<div class="nav">⟦m 医院概况　就医指南　科室导航　专家介绍　健康科普　院务公开⟧</div>
<div class="crumb">⟦m 首页 > 院务公开 > 医院公告⟧</div>
<h2>⟦t 【门诊公告】关于开设百日咳专病门诊的公告⟧</h2>
<div class="info">⟦m 发布日期：2025-03-18　发布科室：医务部　阅读：2201⟧</div>
<div class="con">
{BODY}
</div>
<div class="float-box">⟦w 在线咨询　|　微信预约　|　返回顶部⟧</div>
<div class="footer">⟦d Copyright © 2025 柘阳市妇幼保健院 版权所有⟧ ⟦m 地址：柘阳市健康路26号⟧ ⟦m 湘ICP备09011225号⟧</div>
</body></html>
""",
        body="""
近期，我市儿童百日咳病例有所增多。为方便患儿规范诊治，我院自3月20日起在儿科门诊二楼开设百日咳专病门诊。
专病门诊出诊安排如下：
出诊时间　出诊医生　职称
周一、周三上午　贺清溪　主任医师
周二、周四下午　童嘉木　副主任医师
周五全天　儿科值班医生　主治医师
家长如发现孩子阵发性痉挛性咳嗽超过两周，咳嗽末伴有鸡鸣样吸气声，请及时带孩子就诊，就诊时请全程佩戴口罩。
咨询电话：0739-5526188（儿科护士站）。
柘阳市妇幼保健院
2025年3月18日
""",
    ),
    dict(
        slug="hospital-xinhe-sandplay-therapy-report",
        site="心禾医院 (invented)",
        style="医院官网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.xinhehospital.example.cn/kydt/2025/0112/556.html",
        title="儿童心理科沙盘游戏治疗室2024年工作小结",
        record_title="儿童心理科沙盘游戏治疗室2024年工作小结-心禾医院",
        date="2025-01-10",
        notes="hospital text page; -site title; byline date and the signature date differ (signature expected, byline accepted); a data table; 预约 prompt",
        date_also=["2025-01-12"],
        page="""
!m 心禾医院 · 身心同治
!m 首页 > 科室动态 > 儿童心理科
!t 儿童心理科沙盘游戏治疗室2024年工作小结-心禾医院
!m 发布者：儿童心理科　发布时间：2025-01-12 15:32
{BODY}
!a 扫描下方二维码，关注心禾医院服务号预约挂号
!l 上一篇：睡眠门诊开展“世界睡眠日”义诊
!m 医院地址：杪溪市滨江路301号　健康热线：0577-8801200
""",
        body="""
2024年，儿童心理科沙盘游戏治疗室共接诊儿童青少年四百一十二人，开展个体沙盘治疗一千六百余次、团体沙盘活动四十八场。
季度　个体治疗（次）　团体活动（场）
第一季度　352　10
第二季度　401　12
第三季度　468　14
第四季度　421　12
从接诊情况看，学习焦虑、社交退缩和亲子冲突是主要问题，占来访儿童的七成以上。
下一步，治疗室将新购一套沙具，增加家长参与的亲子沙盘项目，并与三所中学建立转介机制。
儿童心理科
2025年1月10日
""",
    ),
    dict(
        slug="university-jinyuan-html-lab-animal-rules",
        site="锦原大学实验动物中心 (invented)",
        style="高校官网",
        genre="制度",
        kind="other",
        form="html",
        source="https://lac.jinyuan.example.edu.cn/zcwj/2025/0305/c2201a11703/page.htm",
        title="锦原大学实验动物中心屏障环境准入管理规定",
        record_title="锦原大学实验动物中心屏障环境准入管理规定",
        date="2025-03-05",
        notes="university centre template; record title plain; articles speak of 下载/打印 (kept); 第N条 numbering; footer with address",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>锦原大学实验动物中心屏障环境准入管理规定</title></head>
<body>
<div class="head">⟦m 锦原大学　实验动物中心⟧ ⟦a 学校主页　|　English⟧</div>
<div class="menu">⟦m 中心概况　规章制度　服务指南　培训考核　下载专区⟧</div>
<div class="path">⟦m 首页 >> 规章制度⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 作者：中心办公室　发布时间：2025-03-05　点击：640⟧</div>
<div class="wp_articlecontent">
{BODY}
</div>
<div class="attach">⟦l 上一篇：实验动物饲养费收费标准⟧</div>
<div class="foot">⟦m 地址：锦原市学府路100号生命科学楼B座　邮编：650500⟧ ⟦d 版权所有 © 锦原大学实验动物中心⟧</div>
</body></html>
""",
        body="""
第一条　为规范屏障环境设施的使用管理，保证实验动物质量和实验结果的可靠性，制定本规定。
第二条　进入屏障环境开展实验的人员，须参加中心组织的实验动物从业人员培训并考核合格。
第三条　申请人应在中心网站下载《屏障设施使用申请表》，填写后打印并由导师签字，交中心办公室审核。
第四条　进入屏障区须按规定淋浴、更换无菌服，禁止携带手机、纸质笔记本等未经灭菌的物品。
第五条　违反本规定的，中心将暂停其使用资格三个月；情节严重的，通报所在学院。
第六条　本规定自发布之日起施行，由实验动物中心负责解释。
""",
    ),
    dict(
        slug="university-cuiwei-carbon-sink-seminar-news",
        site="翠微农林大学林学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="text",
        source="https://lxy.cuiwei.example.edu.cn/info/1042/9915.htm",
        title="林学院举办森林碳汇计量与交易研讨会",
        record_title="林学院举办森林碳汇计量与交易研讨会-林学院",
        date="2025-11-08",
        notes="college news text; byline date; photo caption and editor lines; reviewer line glued after the last paragraph",
        page="""
!m 翠微农林大学林学院
!m 首页　学院概况　师资队伍　学院新闻　本科教学
!t 林学院举办森林碳汇计量与交易研讨会-林学院
!m 发布时间：2025-11-08　文：倪秋实　图：韦乔　浏览：457
{BODY}
!m 编辑：宋莹
!l 【关闭】　【返回】
""",
        body="""
11月7日，林学院举办森林碳汇计量与交易研讨会，来自省林业科学研究院、三家碳资产管理公司和六个县林业局的四十余名代表参加。
会上，学院森林经理学团队介绍了基于样地调查和遥感反演的碳储量计量方法，并以梧桐岭国有林场为例演示了碳汇项目开发流程。
⟦m （研讨会现场）⟧
与会代表围绕集体林碳汇收益分配、项目核证成本偏高等问题展开了讨论。
学院表示，将与地方林业部门共建碳汇计量实训基地，为学生提供更多实践机会。⟦m （审核：龙伯涛）⟧
""",
    ),
    dict(
        slug="localforum-haitou-mullet-ban-junk",
        site="海头生活网 (invented)",
        style="地方论坛",
        genre="通告",
        kind="notice",
        form="text",
        source="https://www.haitoulife.example.com/thread-90117-1-1.html",
        title="关于禁止在河口滩涂围网捕捞鲻鱼苗的通告",
        record_title="[转帖] 关于禁止在河口滩涂围网捕捞鲻鱼苗的通告 - 海头杂谈 - 海头生活网",
        date="2025-03-01",
        date_also=["2025-03-03"],
        notes="local forum repost with junk lines and glued junk; 发表于 date differs from the 成文日期; 举报电话 of the document kept; signature lines",
        junk=dict(lines=2, glued=2),
        page="""
!m 海头生活网 » 海头杂谈
!t [转帖] 关于禁止在河口滩涂围网捕捞鲻鱼苗的通告
!m 渔家阿海　发表于 2025-3-3 07:46
!m 本帖最后由 渔家阿海 于 2025-3-3 07:50 编辑
{BODY}
!l 评分　收藏　分享　支持 12　反对 1
!l 沙发：渔村小林 — 早该管管了
!a 登录后才能发表回复，没有帐号？立即注册
""",
        body="""
近期，有人在海头河口滩涂违规设置围网、地笼，大量捕捞鲻鱼苗，严重破坏渔业资源。
根据《中华人民共和国渔业法》有关规定，现通告如下：
一、自即日起至6月30日，禁止在海头河口及两侧滩涂设置围网、地笼等渔具捕捞鲻鱼苗。
二、已设置的违规网具，请设置人于3月10日前自行拆除，逾期由执法部门依法清理。
三、对违反本通告的，依法没收渔获物和渔具，并处以罚款。
举报电话：0662-3318210。
海头镇人民政府
2025年3月1日
""",
    ),
    dict(
        slug="localforum-jiangwan-html-jet-ski-rules",
        site="江湾论坛 (invented)",
        style="地方论坛",
        genre="公告",
        kind="notice",
        form="html",
        source="https://bbs.jiangwan.example.net/t/44712",
        title="江湾水上运动中心摩托艇租赁安全须知",
        record_title=None,
        date=None,
        notes="county forum HTML with a weather widget and hot-posts box; no record title (found in the thread title); relative times only (刚刚, 2小时前): no date",
        page="""
<html><head><meta charset="utf-8"><title>江湾水上运动中心摩托艇租赁安全须知 - 江湾论坛</title></head>
<body>
<div class="top">⟦m 江湾论坛　江湾人的网上客厅⟧ ⟦m 今日：多云 24~31℃⟧</div>
<div class="board">⟦m 江湾论坛 › 吃喝玩乐 › 帖子详情⟧</div>
<h1 class="thread">{T}</h1>
<div class="post-meta">⟦m 水上运动中心客服　2小时前　来自手机⟧</div>
<div class="post">
{BODY}
</div>
<div class="replies">⟦l 最新回复：冲浪小王 刚刚：上周去玩过，教练很专业⟧</div>
<div class="hot">⟦l 本版热帖：江湾夜市摊位招租｜端午龙舟赛观赛攻略⟧</div>
<div class="reply-box">⟦l 说点什么吧……　发表⟧</div>
<div class="ft">⟦d 江湾论坛所有帖子仅代表网友观点⟧</div>
</body></html>
""",
        body="""
为保障游客安全，凡在本中心租赁摩托艇的游客，请遵守以下规定：
1.驾驶人须年满十八周岁，出示本人身份证，并接受不少于十分钟的安全培训。
2.驾乘人员必须全程穿着救生衣，每艘摩托艇限乘两人。
3.只能在浮标围定的水域内行驶，不得靠近游泳区和码头，两艇之间保持三十米以上距离。
4.饮酒后、雷雨天气和风力四级以上时，一律停止租赁。
5.发生故障或意外，请立即举起手臂示意，等候救援艇到达。
""",
    ),
    dict(
        slug="download-nongzi-html-pumpkin-seed-table",
        site="农资下载站 (invented)",
        style="资料下载站",
        genre="技术规程",
        kind="other",
        form="html",
        source="http://www.nongzixz.example.com/soft/html/2025/1104.html",
        title="南瓜子用南瓜高产栽培技术规程",
        record_title="南瓜子用南瓜高产栽培技术规程 Word版下载",
        date=None,
        notes="old table layout: a file-info table with three mirror links, a dead-link report and an unzip password; decorated title; no date (update stamp only)",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>南瓜子用南瓜高产栽培技术规程 Word版下载 - 农资下载站</title></head>
<body>
<table width="980"><tr><td>⟦m 农资下载站 — 农业技术资料免费下⟧</td><td>⟦a 会员中心 | 上传资料⟧</td></tr></table>
<table width="980"><tr><td>⟦m 首页 → 种植技术 → 瓜菜类⟧</td></tr></table>
<table width="980" border="1">
<tr><td>⟦m 资料名称：南瓜子用南瓜高产栽培技术规程⟧</td><td>⟦m 资料大小：86 KB⟧</td></tr>
<tr><td>⟦m 更新时间：2025-11-04 09:13:55⟧</td><td>⟦m 资料格式：.doc⟧</td></tr>
<tr><td>⟦m 下载次数：本周 37　总计 1419⟧</td><td>⟦m 授权方式：免费资料⟧</td></tr>
</table>
<div class="intro"><b>⟦m 资料简介：⟧</b>
{BODY}
</div>
<table width="980">
<tr><td>⟦a 下载地址1：电信高速下载⟧</td></tr>
<tr><td>⟦a 下载地址2：联通下载⟧</td></tr>
<tr><td>⟦a 下载地址3：备用镜像⟧</td></tr>
<tr><td>⟦a 下载地址无效？点此报告死链⟧</td></tr>
<tr><td>⟦m 解压密码：www.nongzixz.example.com⟧</td></tr>
</table>
<table width="980"><tr><td>⟦d 本站资料均来自互联网，仅供学习研究，如有侵权请来信告知⟧</td></tr></table>
</body></html>
""",
        body="""
1　适用范围
本规程规定了籽用南瓜的产地选择、播种育苗、田间管理和采收晾晒技术要求。
2　产地选择
宜选择土层深厚、排水良好、三年内未种过瓜类作物的沙壤土地块。
3　播种
3.1　播种期：地膜覆盖栽培于4月下旬至5月上旬播种。
3.2　种植密度：每亩种植八百至一千株，行距一点八米，株距四十厘米。
4　采收
果皮变硬、呈现品种固有颜色时及时采收，后熟七至十天后掏籽，清水洗净后晾晒至含水量百分之十以下。
""",
    ),
]

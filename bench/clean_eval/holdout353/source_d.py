"""holdout353, part D: county forums, download stations, personnel-exam sites, tender portals, law firms.

Invented text; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="cforum-yanhe-canteen-bowl-holder-complaint-jammer",
        site="偃河论坛 (invented county forum)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="https://bbs.yanhe123.com/thread-88104-1-1.html",
        title="老年食堂的不锈钢碗托太烫手，能不能换一换？",
        record_title="[街坊议事] 老年食堂的不锈钢碗托太烫手，能不能换一换？ - 民生热线 - 偃河论坛",
        date=None,
        notes="county forum: weather line, medals, jammer fonts inside the post, a decoration ad with a QQ, a "
        "forward-to-the-bureau link, an official reply; the post time is 前天 (no date)",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="gbk">
<title>[街坊议事] 老年食堂的不锈钢碗托太烫手，能不能换一换？ - 民生热线 - 偃河论坛</title>
<script src="data/cache/common.js"></script>
<style>.jammer{display:none}</style>
</head>
<body>
<div class="yh-top">⟦m 偃河论坛 · 偃河人自己的网上家园⟧　⟦m 偃河今天 小雨 3～9℃⟧　<a>⟦a 登录⟧</a> <a>⟦a 注册偃河通行证⟧</a></div>
<div class="yh-ad">⟦w 偃河装修找阿伟，全包半包都能谈，QQ 3390172845⟧</div>
<div class="yh-crumb">⟦m 偃河论坛 › 民生热线 › 街坊议事⟧</div>
<div class="poster"><p>⟦m 河边老尹⟧</p><p>⟦m 勋章：热心网友 · 十年老友⟧</p><p>⟦m 威望 120　金币 3361⟧</p></div>
<div class="post">
<h1>⟦t [街坊议事] 老年食堂的不锈钢碗托太烫手，能不能换一换？⟧</h1>
<div class="authi">⟦m 发表于 前天 11:26　｜　查看 2417　｜　回复 31⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="tools">⟦a 顶一下　收藏　分享到朋友圈⟧</div>
<div class="zj">⟦a 【一键转交县民政局】⟧</div>
</div>
<div class="replies">
<p>⟦l 沙发 民政局官方号：您好，您反映的情况已转县养老服务股核实，将尽快回复。⟧</p>
<p>⟦l 板凳 东门老李：我家老母亲也说过，端汤的时候要垫块毛巾⟧</p>
</div>
<div class="yh-foot">⟦m 偃河论坛　湘ICP备13006692号　违法和不良信息举报：0736-5100886⟧</div>
</body>
</html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=3),
        body="""
我母亲今年八十一岁，每天中午在城东社区的老年食堂吃饭。食堂饭菜做得不错，价格也实惠，就是有一件事让老人们很头疼。
食堂的汤碗下面垫的是不锈钢碗托，汤一盛进去，碗托很快就烫手。老人手上没劲，端的时候只能捏着碗托边沿，上周就有一位老太太把汤打翻在腿上，好在汤不是很烫。
我去看过，邻县有的老年食堂用的是硅胶碗托，隔热，还防滑。价钱也不贵，一只十几块钱。
希望有关部门和食堂管理方考虑一下，给老人们换一换碗托，或者至少在碗托上套个隔热垫。谢谢！
""",
    ),
    dict(
        slug="cforum-woniu-noodle-bowl-smaller-junk-no-title",
        site="卧牛镇生活网 (invented town forum)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="http://www.woniuzhen.net/forum/view-23318.html",
        title="老街面馆换了小面碗，分量是不是少了？",
        record_title=None,
        date=None,
        notes="no title in the record: the thread subject on the page; forum junk as lines and glued after 。; a "
        "shop owner's reply below; the post time is 2 小时前 (no date)",
        page="""
!m 卧牛镇生活网 · 镇上的事大家说
!m 论坛 › 吃喝玩乐 › 帖子
!m 〔帖子主题〕
{T}
!m 楼主 牛背上的云　｜　2 小时前　｜　阅读 611
{BODY}
!a 支持楼主(14)　反对(2)　举报
!l 2# 老街王记面馆：您好，我是店主，回复一下……
!l 3# 镇东小胖：我也觉得少了，不过汤还是那个味
!a 游客请先登录再回帖
!m 卧牛镇生活网　站务QQ群：66120483
""",
        junk=dict(lines=1, glued=2),
        body="""
老街上那家开了二十多年的面馆，上个月把面碗全换了。以前是那种大号的粗瓷碗，现在换成了白色的小号瓷碗，看着精致了，可总觉得面少了。
我特意问了一下，价格没变，还是十二块一碗。老板说面的分量没变，只是碗小了、汤少了。可我吃了几次，确实比以前吃不饱。
不知道大家有没有同感？是我的错觉，还是真的少了？
其实换碗也能理解，可能是旧碗用久了有破损。但希望老板能在墙上写清楚每碗面多少克，大家吃得也明白。
""",
    ),
    dict(
        slug="download-gongpin-spoon-molding-rules-gb2312",
        site="工品资料站 (invented download station, old gb2312 layout)",
        style="资料下载站",
        genre="规程",
        kind="other",
        form="html",
        source="http://www.gongpinzl.com/soft/2024/37716.html",
        title="调味勺注塑车间安全操作规程",
        record_title="调味勺注塑车间安全操作规程（车间上墙版）免费下载_工品资料站",
        date=None,
        notes="old table layout of a download station: file-info table, three download channels, an unzip password, a "
        "dead-link report and a floating ad; rules with 第N条 articles and no date; an update stamp is no date",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>调味勺注塑车间安全操作规程（车间上墙版）免费下载_工品资料站</title>
<script type="text/javascript" src="/js/down.js"></script>
<style>.info td{border-bottom:1px dotted #999}</style>
</head>
<body>
<table width="980" align="center"><tr><td>⟦m 工品资料站 —— 工厂管理资料一站下齐⟧</td><td align="right">⟦a 加入收藏⟧</td></tr></table>
<table width="980" align="center"><tr><td>⟦m 首页⟧</td><td>⟦m 安全管理⟧</td><td>⟦m 质量管理⟧</td><td>⟦m 车间制度⟧</td><td>⟦m 表格模板⟧</td></tr></table>
<table width="980" align="center"><tr><td>⟦m 您的位置：工品资料站 → 车间制度 → 操作规程⟧</td></tr></table>
<table class="info" width="980" align="center">
<tr><td>⟦t 调味勺注塑车间安全操作规程（车间上墙版）⟧</td></tr>
<tr><td>⟦m 资料大小：36 KB　资料格式：DOC　更新时间：2024-08-19⟧</td></tr>
<tr><td>⟦m 授权方式：免费　下载热度：★★★★☆⟧</td></tr>
</table>
<table width="980" align="center"><tr><td>
<p align="center">{T}</p>
{BODY}
</td></tr></table>
<table width="980" align="center">
<tr><td>⟦a ↓ 电信高速通道⟧</td><td>⟦a ↓ 联通高速通道⟧</td><td>⟦a ↓ 移动备用通道⟧</td></tr>
<tr><td colspan="3">⟦a 解压口令：gongpinzl.com⟧</td></tr>
<tr><td colspan="3">⟦a 下载不了？点此报告坏链，我们会在24小时内修复⟧</td></tr>
</table>
<table width="980" align="center"><tr><td>⟦l 同类资料：模具更换作业指导书　注塑机日常点检表　车间5S管理制度⟧</td></tr></table>
<div style="position:fixed;right:8px;bottom:60px">⟦w 工厂制度定制编写，微信 gpzl-zhidu⟧</div>
<table width="980" align="center"><tr><td align="center">⟦d 本站资料来自网络收集，版权归原作者所有，仅供学习参考⟧</td></tr>
<tr><td align="center">⟦m 工品资料站　粤ICP备14077013号⟧</td></tr></table>
</body>
</html>
""",
        body="""
第一条　为规范调味勺注塑车间的生产操作，防止机械伤害、烫伤和火灾事故，制定本规程。
第二条　操作人员须经岗前培训合格后上岗，上岗时穿工作服、戴防护手套，长发须盘入工作帽内。
第三条　开机前检查注塑机安全门、急停按钮和液压系统，发现异常立即报告班组长，不得带病开机。
第四条　换模、清理料筒时必须停机断电，并在控制柜上挂“正在检修”警示牌。
第五条　取出调味勺成品时，严禁将手伸入模具区域；卡模时应使用专用铜钩处理。
第六条　料筒温度较高，操作人员不得用手触碰喷嘴和加热圈；清理下来的热料放入专用铁桶。
第七条　车间内严禁吸烟，原料堆放处与注塑机保持1.5米以上距离。
第八条　下班前关闭电源、冷却水和压缩空气，清理机台周围的废料。
第九条　本规程由生产部负责解释，自发布之日起执行。
""",
    ),
    dict(
        slug="download-xuecai-bowl-holder-rules-doc",
        site="学材下载网 (invented download station)",
        style="资料下载站",
        genre="制度",
        kind="other",
        form="text",
        source="https://www.xuecaixz.com/down/68831.html",
        title="学校食堂碗托清洗消毒制度",
        record_title="学校食堂碗托清洗消毒制度.doc",
        date=None,
        notes="file-name record title; download station in text: file info, download channels, a password line and a "
        "dead-link report; rules with 第N条 articles and no date",
        page="""
!m 学材下载网 · 学校管理资料库
!m 当前：首页 ＞ 后勤制度 ＞ 食堂管理
!t 学校食堂碗托清洗消毒制度.doc
!m 文件大小：28 KB　｜　格式：Word　｜　添加：2 个月前　｜　下载：1,033 次
!a [本地下载一]　[本地下载二]　[网盘下载]
!a 下载提示：解压密码为 xuecaixz
{T}
{BODY}
!a ※ 链接失效请留言，管理员看到后会补链 ※
!l 你可能还需要：学校食堂餐具消毒记录表.xls
!l 你可能还需要：食堂从业人员晨检制度.doc
!d 资料均来源于网络，仅供参考使用，请勿用于商业用途。
!m 学材下载网 xuecaixz.com
""",
        body="""
第一条　为保证学生用餐安全，防止碗托交叉污染，根据学校食堂卫生管理有关规定，制定本制度。
第二条　本制度所称碗托，是指食堂为学生盛放汤碗、面碗所配的隔热托垫，包括硅胶碗托和不锈钢碗托。
第三条　碗托实行一餐一洗、一日一消毒。每餐结束后，由洗消间人员将碗托与餐具分开回收、分类清洗。
第四条　清洗按“一刮、二洗、三冲、四消毒、五保洁”的程序进行。硅胶碗托采用热力消毒，温度不低于100℃，时间不少于15分钟；不锈钢碗托可采用蒸汽消毒。
第五条　消毒后的碗托放入专用保洁柜，不得与未消毒碗托混放。
第六条　发现碗托破损、变形、老化的，及时登记报损，不得继续使用。
第七条　食堂管理员每日检查碗托清洗消毒情况，填写消毒记录，记录保存不少于六个月。
第八条　本制度自印发之日起施行。
""",
    ),
    dict(
        slug="exam-zcrsks-cook-practical-seasoning-spoon",
        site="肇川人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://www.zcrsks.cn/zyjn/202406/t20240611_7713.html",
        title="关于2024年第二期中式烹调师职业技能等级认定实操考核有关事项的公告",
        record_title="〔技能认定·实操〕关于2024年第二期中式烹调师职业技能等级认定实操考核有关事项的公告 - 肇川人事考试网",
        date="2024-06-07",
        date_also=["2024-06-11"],
        notes="personnel-exam site: maintenance banner, an admission-ticket float; a timetable; downloading and "
        "printing the admission ticket as content; the exam centre's 咨询电话 beside the site's system line; the "
        "公告's own date (the posting date also accepted)",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〔技能认定·实操〕关于2024年第二期中式烹调师职业技能等级认定实操考核有关事项的公告 - 肇川人事考试网</title>
<script src="/js/ks.js"></script>
</head>
<body>
<div class="notice-bar">⟦d 系统维护预告：6月15日22:00至次日6:00报名系统暂停服务⟧</div>
<div class="ks-head">⟦m 肇川人事考试网⟧　⟦m 肇川市人事考试院主办⟧</div>
<ul class="ks-nav"><li>⟦m 考试动态⟧</li><li>⟦m 技能人才评价⟧</li><li>⟦m 成绩查询⟧</li><li>⟦m 证书领取⟧</li></ul>
<div class="ks-pos">⟦m 当前位置 ≫ 技能人才评价 ≫ 考务通知⟧</div>
<h2>{T}</h2>
<div class="ks-meta">⟦m 发布日期：2024-06-11　浏览量：5287⟧</div>
<div class="ks-body">
{BODY}
</div>
<div class="ks-float">⟦a 准考证打印入口 ＞⟧</div>
<div class="ks-foot"><p>⟦m 报名系统技术支持：0739-8820991（工作日 9:00—17:00）⟧</p><p>⟦m 肇川市人事考试院　湘ICP备08002714号⟧</p></div>
</body>
</html>
""",
        body="""
2024年第二期中式烹调师（四级、三级）职业技能等级认定理论考试已经结束，现将实操考核有关事项公告如下：
一、考核时间和地点
级别　日期　时间　地点
四级　6月22日　8:30—11:30　肇川技师学院烹饪楼
三级　6月23日　8:30—12:00　肇川技师学院烹饪楼
二、准考证打印
考生请于6月18日至21日登录本网站下载并打印实操考核准考证，凭准考证和身份证参加考核。
三、考生自备物品
1．工作服、工作帽、围裙；
2．刀具一套；
3．定量调味勺一套（须有2克、5克刻度）。考核中调味品用量由考评员按调味勺刻度核查，未带者不得参加调味环节。
四、其他事项
考点提供炉灶、锅具和原料。考生须提前30分钟到达考点，迟到15分钟不得入场。
考务咨询电话：0739-8820455
肇川市职业技能鉴定中心
2024年6月7日
""",
    ),
    dict(
        slug="exam-yuping-noodle-maker-practical-notice",
        site="虞坪县人力资源和社会保障网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://rsj.yuping.gov.cn/ksxx/2024/1021/551.html",
        title="虞坪县2024年第三期中式面点师技能等级认定考核通知",
        record_title="虞坪县2024年第三期中式面点师技能等级认定考核通知【考务信息】",
        date="2024-10-18",
        notes="exam notice in text: a timetable; the practical test judged by noodle bowls; printing the admission "
        "ticket as content; the notice's 咨询电话 beside the site's technical line; 成文日期 under the signature",
        page="""
!m 虞坪县人力资源和社会保障网
!m 考试信息 ＞ 技能鉴定
{T}
!m 信息来源：县职业技能鉴定所　　点击：903
!a 〖大字〗〖默认〗　〖打印〗
{BODY}
!a 温馨提示：准考证打印系统于每日凌晨1点至3点维护
!l 上一篇：2024年第三期育婴员技能等级认定报名通知
!m 网站技术维护电话：0736-5190012
""",
        indent="\u3000\u3000",
        body="""
各有关考生：
2024年第三期中式面点师（五级、四级）技能等级认定考核定于11月举行，现将有关事项通知如下：
一、考核安排
科目　日期　时间
理论考试　11月2日　9:00—10:30
实操考核　11月3日　8:00—12:00
二、实操内容
五级考生现场制作手擀面一碗，四级考生现场制作拉面一碗。成品统一盛入考点提供的白瓷面碗，考评员从面条粗细、软硬、汤色和装碗造型四个方面评分。
三、准考证
考生于10月28日后登录县人社局网站自行打印准考证。
考试咨询电话：0736-5190367
虞坪县职业技能鉴定所
2024年10月18日
""",
    ),
    dict(
        slug="tender-zcggzy-noodle-bowl-bid-result-lots",
        site="肇川市公共资源交易平台 (invented)",
        style="招投标网",
        genre="中标公告",
        kind="notice",
        form="html",
        source="https://ggzy.zhaochuan.gov.cn/jyxx/zfcg/zbgg/20240826/017732.html",
        title="肇川市第三中学食堂面碗及餐具采购项目中标结果公告",
        record_title="【成交结果·政采】肇川市第三中学食堂面碗及餐具采购项目中标结果公告｜肇川市公共资源交易平台",
        date="2024-08-26",
        notes="tender portal: a publicity countdown, CA and trading-system lines; bid lots as a table; purchaser and "
        "agency contacts in the body; the 公告's date under the signature",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【成交结果·政采】肇川市第三中学食堂面碗及餐具采购项目中标结果公告｜肇川市公共资源交易平台</title>
<script src="/static/js/ggzy.js"></script>
</head>
<body>
<div class="g-head">⟦m 肇川市公共资源交易平台⟧　<a>⟦a 主体登录⟧</a>　<a>⟦a CA证书办理⟧</a></div>
<ul class="g-nav"><li>⟦m 交易信息⟧</li><li>⟦m 政府采购⟧</li><li>⟦m 工程建设⟧</li><li>⟦m 政策法规⟧</li></ul>
<div class="g-pos">⟦m 交易信息 ＞ 政府采购 ＞ 中标（成交）结果⟧</div>
<h3>{T}</h3>
<div class="g-meta">⟦m 信息来源：肇川市政府采购中心　阅读次数：214⟧</div>
<div class="g-count">⟦m 公示倒计时：0天 18时 40分⟧</div>
<div class="g-body">
{BODY}
</div>
<div class="g-foot"><p>⟦m CA锁服务热线：400-861-0739　交易系统热线：0739-8890011⟧</p><p>⟦m 肇川市公共资源交易中心 版权所有⟧</p></div>
</body>
</html>
""",
        body="""
一、项目编号：ZCZC2024-H117
二、项目名称：肇川市第三中学食堂面碗及餐具采购项目
三、中标（成交）信息
包号　货物　中标供应商　中标金额（元）
1　不锈钢双层面碗　肇川市钦丰厨具有限公司　86400
2　防烫碗托及餐盘　夷塘县吉祥餐具经营部　31250
3　汤勺及调味勺　虞坪县丰仪日用品有限公司　9860
四、公告期限：自本公告发布之日起1个工作日。
五、联系方式
采购人：肇川市第三中学　联系人：伊老师　电话：0739-8830142
代理机构：肇川市正衡招标代理有限公司　联系人：石工　电话：0739-8867305
肇川市正衡招标代理有限公司
2024年8月26日
""",
    ),
    dict(
        slug="tender-qianhe-aroma-cup-inquiry-record-date",
        site="黔禾政采云 (invented procurement platform)",
        style="招投标网",
        genre="询价公告",
        kind="notice",
        form="text",
        source="https://www.qianhezcy.com/notice/xj/20240308/4471.html",
        title="肇川茶文化博物馆闻香杯等展陈茶器询价公告",
        record_title="[茶器询价] 肇川茶文化博物馆闻香杯等展陈茶器询价公告 - 黔禾政采云",
        record_date="2024-03-08",
        date="2024-03-08",
        notes="record date; inquiry in text with an items table; downloading the inquiry file as content; the "
        "purchaser's contact beside the platform's hotline",
        page="""
!m 黔禾政采云 · 阳光采购服务平台
!m 采购公告 / 询价公告
{T}
!m 公告类型：询价　　所属地区：肇川市　　浏览 88
!a ＋关注该采购人　　⇩ 下载公告附件
{BODY}
!l 同地区公告：肇川市图书馆古籍修复材料询价公告
!l 同地区公告：姑湖区文化馆舞台灯光采购公告
!m 平台客服热线：400-118-5207　（工作日 8:30-18:00）
""",
        body="""
肇川茶文化博物馆拟采购一批展陈及体验用茶器，欢迎符合条件的供应商参加报价。
一、采购内容
品名　规格　数量
白瓷闻香杯　容量30毫升　200只
青瓷闻香杯　容量30毫升　120只
品茗杯　容量50毫升　320只
二、供应商要求：具有合法经营资格，所供茶器须提供铅、镉溶出量检测报告。
三、报价方式：有意向的供应商请登录本平台下载询价文件，于3月15日17时前提交密封报价。
四、联系方式：肇川茶文化博物馆　联系人：尹馆员　电话：0739-8801226
""",
    ),
    dict(
        slug="lawfirm-diheng-scald-bowl-holder-answer",
        site="砥衡律师事务所 (invented law firm)",
        style="律所网站",
        genre="法律解答",
        kind="other",
        form="html",
        source="https://www.dihenglaw.cn/zixun/qinquan/2024-312.html",
        title="顾客被滚烫碗托烫伤，餐馆要担责吗？",
        record_title="【法援小课堂】顾客被滚烫碗托烫伤，餐馆要担责吗？—砥衡律师事务所",
        date=None,
        notes="law firm: a lawyer card, a consult float, a 400 line and a repost notice; a legal answer with no date; "
        "a consult prompt glued after a sentence",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【法援小课堂】顾客被滚烫碗托烫伤，餐馆要担责吗？—砥衡律师事务所</title>
<script src="/js/hp.min.js"></script>
</head>
<body>
<div class="hp-head">⟦m 砥衡律师事务所 · 以专业守护公道⟧　⟦m 全国咨询 400-690-7726⟧</div>
<ul class="hp-nav"><li>⟦m 律所简介⟧</li><li>⟦m 专业领域⟧</li><li>⟦m 律师团队⟧</li><li>⟦m 法律咨询⟧</li></ul>
<div class="hp-pos">⟦m 法律咨询 › 侵权纠纷⟧</div>
<h1>{T}</h1>
<div class="hp-card">⟦m 解答律师：蒙清远　执业证号 14301202110986712⟧</div>
<div class="hp-body">
{BODY}
</div>
<div class="hp-repost">⟦d 本文为砥衡律所原创普法内容，转载须经本所书面同意并注明出处⟧</div>
<div class="hp-rel"><h4>⟦l 侵权纠纷 · 更多解答⟧</h4><p>⟦l 在饭店滑倒摔伤，责任怎么分？⟧</p><p>⟦l 火锅店汤底溅伤顾客如何赔偿？⟧</p></div>
<div class="hp-float">⟦w 遇到类似纠纷？在线律师 5 分钟内回复⟧</div>
<div class="hp-foot">⟦m 砥衡律师事务所　地址：肇川市姑湖区滨江路168号　湘ICP备20011537号⟧</div>
</body>
</html>
""",
        body="""
问：我在一家面馆吃饭，服务员端上来的面碗下面垫着不锈钢碗托，我伸手去挪碗，碗托非常烫，手指被烫起了水泡，去医院花了六百多元。面馆说是我自己不小心，不肯赔。我能要求赔偿吗？
答：可以。根据民法典的规定，经营场所的经营者、管理者未尽到安全保障义务，造成他人损害的，应当承担侵权责任。面馆提供的碗托温度过高，又没有提醒顾客注意防烫，可以认定面馆未尽到合理的安全保障义务。⟦w 想知道自己的情况能赔多少？点此免费问律师⟧
当然，如果顾客自身也有过错，比如明知很烫还用力抓取，法院可能会适当减轻面馆的责任。
建议您保留好就餐小票、医院病历和医药费票据，先与面馆协商；协商不成，可以向当地消费者协会投诉，或者向法院起诉。
""",
    ),
    dict(
        slug="lawfirm-mingjing-sauce-dish-contract-template",
        site="明镜律师事务所 (invented law firm)",
        style="律所网站",
        genre="合同范本",
        kind="other",
        form="text",
        source="http://www.mingjinglawyer.com/fanben/maimai/0419.html",
        title="酱料碟采购合同（范本）",
        date=None,
        notes="a contract template in text: record title as is; ×× placeholders, ＿＿ blanks and ＿＿＿＿年＿＿月＿＿日; "
        "第N条 articles; a lawyer-review prompt and a 400 line around it; no date",
        page="""
!m 明镜律师事务所 · 合同文书库
!m 文书库 ＞ 买卖合同 ＞ 餐具采购
{T}
!m 整理：明镜律所合同审查部　　已被使用 318 次
!a ⬇ 下载可编辑版本　　✎ 在线修改
{BODY}
!w 合同签订前，建议交由执业律师审查：明镜律所审合同专线 400-833-6062
!d 本范本仅供参考，使用者应结合实际情况修改，本所不对直接使用范本产生的后果负责。
!l 同类文书：餐具租赁合同（范本）｜厨房设备采购合同（范本）
!m 明镜律师事务所　湘ICP备18032256号
""",
        body="""
甲方（采购方）：＿＿＿＿＿＿＿＿
乙方（供货方）：＿＿＿＿＿＿＿＿
第一条　采购标的。乙方向甲方供应××牌酱料碟，材质为＿＿＿＿，规格为＿＿厘米，数量＿＿只，单价＿＿元，总价＿＿元。
第二条　质量要求。乙方供应的酱料碟应符合食品接触用陶瓷制品的国家标准，并随货提供××检测机构出具的检测报告。
第三条　交货。乙方应于＿＿＿＿年＿＿月＿＿日前将货物送至甲方指定地点，运费由乙方承担。
第四条　验收。甲方收货后＿＿日内验收，发现破损、釉面缺陷或数量不符的，乙方应在＿＿日内补足或更换。
第五条　付款。验收合格后＿＿日内，甲方向乙方支付全部货款。
第六条　违约责任。乙方逾期交货的，每逾期一日按合同总价的＿＿%支付违约金。
第七条　争议解决。因本合同发生争议的，双方协商解决；协商不成的，向甲方所在地人民法院起诉。
甲方（盖章）：＿＿＿＿　　乙方（盖章）：＿＿＿＿
签订日期：＿＿＿＿年＿＿月＿＿日
""",
    ),
]

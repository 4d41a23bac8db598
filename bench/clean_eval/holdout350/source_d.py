"""holdout350, part D: 地方论坛, 资料下载站, 人事考试网, 招投标网, 律所网站 (each once as HTML, once as text).

Invented text, sites, places and chrome; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="countyforum-aocheng-beach-chair-price-jammer-subject",
        site="澚城在线 (invented, 浬澚 county forum)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="http://bbs.aocheng.net/thread-219047-1-1.html",
        title="鯆埼湾的沙滩椅一把要50块，有没有人管管？",
        record_title=None,
        date=None,
        notes="county forum: no record title, the thread subject holds it; jammer-font junk; a weather line, medals, a "
        "forward-to-the-bureau link and an official reply box; only relative times (5 天前, 2 天前), no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="gbk">
<title>澚城在线 - 浬澚人自己的网上家园</title>
<style>.jammer{display:none}</style>
</head>
<body>
<div class="ac-top">⟦m 澚城在线⟧　⟦m 浬澚今日 多云 27～33℃ 东南风3级⟧　<a>⟦a 登录⟧</a> <a>⟦a 注册新账号⟧</a></div>
<div class="ac-nav">⟦m 澚城杂谈　民生热线　房产家居　二手市场　吃喝玩乐⟧</div>
<div class="ac-pos">⟦m 澚城在线 › 民生热线 › 帖子详情⟧</div>
<table class="ac-post"><tr>
<td class="ac-author"><p>⟦m 赶海的老林⟧</p><p>⟦m 勋章：热心网友　澚城元老⟧</p><p>⟦m 积分 3388⟧</p></td>
<td class="ac-main">
<h1 id="thread_subject">{T}</h1>
<div class="ac-time">⟦m 发表于 5 天前　|　查看 4702　|　回复 63⟧</div>
<div class="ac-msg">
{BODY}
</div>
<div class="ac-forward">⟦a 一键转交县市场监管局处理⟧</div>
<div class="ac-reply-official">⟦l 【官方回复】已转属地执法中队核查，结果将在本帖公布（回复于 2 天前）⟧</div>
<div class="ac-ops">⟦a 点赞 211　收藏　举报⟧</div>
</td></tr></table>
<div class="ac-ad">⟦w 浬澚海鲜大排档 订桌请拨 139 8762 0451⟧</div>
<div class="ac-foot">⟦m 澚城在线 © 2008-2025　琼ICP备08106332号⟧</div>
</body>
</html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=3),
        body="""
周末带家人去鯆埼湾，刚铺好垫子，就有人过来说这一片是他们的摊位，要坐只能租沙滩椅，一把50块，不讲价。
我记得去年县里公示过价格，一把一天20块。问他们要价目表，说没有；问他们要收据，也说没有。
后来在海滩入口找到了海滨管理处的公示牌，上面写得清清楚楚：沙滩椅每把每天20元，不得强行租赁。
希望相关部门管一管，别让这些摊点砸了鯆埼湾的招牌。我已经把照片发到“浬澚12345”，等回复。
""",
    ),
    dict(
        slug="countyforum-shuangling-shower-stool-review-junk",
        site="礵岺生活网 (invented, county forum, text page)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="http://bbs.slshw.com/viewthread.php?tid=55710",
        title="给家里老人换了张防滑凳，说说使用感受",
        record_title="[家居生活] 给家里老人换了张防滑凳，说说使用感受 - 居家版 - 礵岺生活网",
        date=None,
        notes="a county-forum review with junk lines and junk glued after 。; a poster line with only 前天; no date",
        page="""
!m 礵岺生活网 - 礵岺本地生活门户
!m 首页 » 居家版 » 浏览帖子
!t [家居生活] 给家里老人换了张防滑凳，说说使用感受
!m 岺城老周　前天 20:14 发表　|　人气 1287　|　回帖 17
{BODY}
!a 支持(35)　反对(0)　|　回帖　|　收藏
!l 沙发：岺城小雨　——同款，确实稳，吸盘要常擦
!l 板凳：海边阿芳　——请问凳面多宽？我家老人比较胖
!w 礵岺本地家装团购群，加群请私信管理员“老码头”
!m 礵岺生活网　客服热线 0898-62977780
""",
        junk=dict(lines=2, glued=2),
        body="""
家里老人七十多了，原来洗澡坐的是一张塑料小板凳，又矮又滑，上个月差点摔倒。
在县城家居市场转了一圈，最后选了一张铝合金防滑凳，一百二十元，凳面可以调四档高度，四只脚都是大吸盘。
用了一个月，说几点感受：一是稳，老人坐上去左右晃不动；二是凳面有排水孔，不积水；三是吸盘要放在瓷砖平整的地方，压在砖缝上就吸不牢。
缺点是凳面有点硬，冬天坐上去凉，我给缝了一个毛巾套。
有需要的坛友可以参考，不是广告，店名就不说了。
""",
    ),
    dict(
        slug="download-daozhou-beach-chair-rules-gb2312-mirrors",
        site="舠舟下载站 (invented, old gb2312 table layout)",
        style="资料下载站",
        genre="规定",
        kind="other",
        form="html",
        source="http://www.daozhoudown.com/soft/wendang/2025/6620.html",
        title="鯆埼湾海水浴场沙滩椅租赁经营管理规定",
        record_title="［规章制度］鯆埼湾海水浴场沙滩椅租赁经营管理规定Word版下载_舠舟下载站",
        date=None,
        notes="old gb2312 download station: a file-info table, three mirror links, an unzip password and a dead-link "
        "report; 第N条 articles with only an effective clause (no date); an update stamp is no date",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>［规章制度］鯆埼湾海水浴场沙滩椅租赁经营管理规定Word版下载_舠舟下载站</title>
<script language="javascript" src="/js/ad_top.js"></script>
</head>
<body>
<table width="980" align="center" border="0" cellspacing="0" cellpadding="2">
<tr><td><img src="/images/dz_logo.gif"></td><td>⟦m 舠舟下载站——资料软件一舟载⟧</td><td align="right">⟦a 加入收藏⟧ ⟦a 设为首页⟧</td></tr>
<tr><td colspan="3" bgcolor="#1f5e8c"><font color="white">⟦m 首页 | 文档资料 | 行业规章 | 表格模板 | 软件下载 | 下载排行⟧</font></td></tr>
</table>
<table width="980" align="center" border="0" cellspacing="0" cellpadding="4">
<tr><td width="720" valign="top">
<div>⟦m 您的位置：舠舟下载站 → 文档资料 → 行业规章⟧</div>
<h2>{T}</h2>
<table border="1" cellspacing="0" cellpadding="3" width="100%" bordercolor="#cccccc">
<tr><td>⟦m 资料大小：35.5 KB⟧</td><td>⟦m 资料格式：doc⟧</td><td>⟦m 资料语言：简体中文⟧</td></tr>
<tr><td>⟦m 更新于 2025-06-09⟧</td><td>⟦m 下载热度：★★★★☆⟧</td><td>⟦m 运行环境：WPS/Office⟧</td></tr>
</table>
<p><b>⟦m 资料简介：⟧</b></p>
{BODY}
<p><b>⟦a 下载地址：⟧</b> <a href="#">⟦a 电信高速下载⟧</a> <a href="#">⟦a 联通高速下载⟧</a> <a href="#">⟦a 备用线路下载⟧</a></p>
<p>⟦a 解压密码：www.daozhoudown.com⟧</p>
<p>⟦a 下载出错？点此报告失效链接⟧</p>
</td>
<td width="240" valign="top" bgcolor="#f2f6fa">
<p>⟦l 本类下载排行⟧</p>
<p>⟦l 1.海水浴场安全管理制度汇编.doc⟧</p>
<p>⟦l 2.景区摊位租赁合同范本.doc⟧</p>
<p>⟦l 3.沙滩救生员岗位职责.doc⟧</p>
</td></tr>
</table>
<table width="980" align="center" border="0" cellspacing="0" cellpadding="3" bgcolor="#e8eef4">
<tr><td align="center">⟦d 本站资料均收集自互联网，仅供学习研究，请下载后24小时内删除⟧<br>⟦m 舠舟下载站 琼ICP备11005730号⟧</td></tr>
</table>
</body>
</html>
""",
        p_html="<p>{}</p>",
        body="""
第一条　为规范鯆埼湾海水浴场沙滩椅租赁经营行为，保障游客安全和合法权益，制定本规定。
第二条　沙滩椅租赁实行定点经营，经营者须在海滨管理处划定的区域内摆放，不得占用救生通道和应急车道。
第三条　经营者须在摊点醒目位置公示租赁价格、服务时间和投诉电话，不得强行租赁或者临时加价。
第四条　沙滩椅须每日检查，铰链松动、椅面破损的应当立即停止出租。
第五条　遇大风、雷电等恶劣天气，经营者须及时收起沙滩椅，配合救生员疏散游客。
第六条　违反本规定的，由海滨管理处责令改正；情节严重的，取消其经营资格。
第七条　本规定自2025年6月1日起施行。
""",
    ),
    dict(
        slug="download-lvan-kickboard-plan-doc-glued-space-markers",
        site="绿岸素材下载 (invented, text page)",
        style="资料下载站",
        genre="训练计划",
        kind="plan",
        form="text",
        source="http://www.lvansucai.com/doc/tiyu/44817.html",
        title="少儿游泳初级班浮板训练计划",
        record_title="少儿游泳初级班浮板训练计划.doc",
        date=None,
        notes="file-name record title; page markers '⩯n⩯' glued with a space to the continuation of a cut paragraph; "
        "a lesson plan with no date",
        page="""
!m 绿岸素材下载 · 文档频道
!t 少儿游泳初级班浮板训练计划.doc
!m 文件大小：42KB　｜　下载次数：689　｜　添加于 2 周前
!a 【本地下载】　【网盘下载】　【收藏】
!m 资料预览：
{BODY}
!a 预览仅显示部分内容，完整文档请下载后查看
!l 同类资料：游泳课教案（初级蛙泳）.doc　｜　少儿游泳课程安排表.xls
!d 绿岸素材下载所提供资料来源于网络，仅供交流学习
""",
        pages=dict(fmt="⩯{n}⩯", every=120, start=2, glue=True, sep=" "),
        body="""
本计划适用于6至10岁、零基础的少儿游泳初级班，共10次课，每次课60分钟。训练以浮板为主要辅助器材，循序渐进地帮助学员掌握打腿和呼吸。
第1—2次课：水中行走、憋气、扶池边漂浮，熟悉水性。
第3—4次课：双手扶浮板俯漂，练习直腿打腿，每次课累计打腿200米。
第5—6次课：扶浮板打腿配合抬头换气，教练在旁托住学员腹部。
第7—8次课：单手扶板打腿，逐步减少对浮板的依赖。
第9—10次课：脱板滑行和短距离蛙泳配合，结课时进行15米达标测试。
训练注意事项：每次课前检查浮板有无破损；学员入水须有教练在场；课后浮板统一清洗晾干。
""",
    ),
    dict(
        slug="exam-congqi-lifeguard-assessment-timetable-ticket",
        site="潀埼人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.cqrsks.cn/kwdt/2025/0711/9130.html",
        title="关于2025年第二期游泳救生员职业技能等级认定实操考核的公告",
        record_title="【等级认定·救生员】关于2025年第二期游泳救生员职业技能等级认定实操考核的公告_鉴定考务_潀埼人事考试网",
        date="2025-07-10",
        date_also=["2025-07-11"],
        notes="personnel-exam site with a maintenance banner and an admission-ticket float; a timetable one row a "
        "paragraph; downloading and printing the admission ticket is content; the centre's 咨询电话 beside the site's "
        "technical line; 成文日期 under the signature, the posting date also accepted",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【等级认定·救生员】关于2025年第二期游泳救生员职业技能等级认定实操考核的公告_鉴定考务_潀埼人事考试网</title>
</head>
<body>
<div class="ks-notice">⟦d 系统维护公告：本站将于7月13日0:00—6:00暂停服务⟧</div>
<div class="ks-head">⟦m 潀埼人事考试网⟧　⟦m 潀埼市人力资源和社会保障局主管⟧</div>
<div class="ks-nav">⟦m 首页　考试动态　技能鉴定　成绩查询　证书查询　政策法规⟧</div>
<div class="ks-pos">⟦m 首页 › 技能鉴定 › 鉴定考务⟧</div>
<div class="ks-art">
<h1>{T}</h1>
<div class="ks-info">⟦m 发布日期：2025-07-11　来源：市职业技能鉴定指导中心　阅读：2210⟧</div>
<div class="ks-con">
{BODY}
</div>
<div class="ks-btn">⟦a 打印本公告　关闭窗口⟧</div>
</div>
<div class="ks-float"><a>⟦a 准考证打印入口⟧</a><a>⟦a 成绩查询入口⟧</a></div>
<div class="ks-foot">⟦m 网站技术支持：0898-36032000（仅受理网站使用问题）⟧<br>⟦m 琼ICP备13001288号-2⟧</div>
</body>
</html>
""",
        body="""
2025年第二期游泳救生员职业技能等级认定理论考试已经结束，现将实操考核有关事项公告如下。
一、考核时间和项目
日期　项目　地点
7月19日　50米游泳、水中踩水　市游泳馆
7月20日　浮板拖带救援、心肺复苏　市游泳馆
二、考核要求
浮板拖带救援项目使用考点统一提供的救援浮板，考生不得自带器材；考生须自备泳衣、泳帽，可自带泳镜。
三、准考证打印
考生请于7月14日至18日登录本网站下载并打印准考证，凭准考证和身份证参加考核。
咨询电话：0898-66031287（市职业技能鉴定指导中心，工作日）。
潀埼市职业技能鉴定指导中心
2025年7月10日
""",
    ),
    dict(
        slug="exam-liao-rescue-recruit-mask-physical-test",
        site="浬澚县人事考试信息网 (invented, text page)",
        style="人事考试网",
        genre="须知",
        kind="notice",
        form="text",
        source="http://rsks.liaoao.gov.cn/zpks/2025/0728/331.html",
        title="浬澚县海上搜救中心2025年公开招聘工作人员体能测试须知",
        record_title="〔搜救招聘·体测〕浬澚县海上搜救中心2025年公开招聘工作人员体能测试须知 - 事业单位招聘 - 浬澚县人事考试信息网",
        date="2025-07-28",
        notes="an exam notice allowing a candidate's own diving mask; the bureau's 咨询电话 beside the site's technical "
        "line; 成文日期 under the signature",
        page="""
!m 浬澚县人事考试信息网
!m 首页 > 事业单位招聘 > 考务通知
!t 〔搜救招聘·体测〕浬澚县海上搜救中心2025年公开招聘工作人员体能测试须知
!m 发布时间：2025-07-28　来源：县人社局
{BODY}
!a [打印]　[返回上页]
!l 相关公告：浬澚县海上搜救中心2025年公开招聘工作人员笔试成绩公示
!m 网站运维电话：0898-62860001　技术支持：浬澚县大数据中心
""",
        body="""
各位考生：
浬澚县海上搜救中心2025年公开招聘工作人员体能测试定于8月2日在县游泳馆进行，现将有关事项告知如下。
一、测试项目：200米自由泳、25米潜泳和水下捞物。
二、潜泳和水下捞物项目允许考生佩戴自备的潜水镜，潜水镜须为常规的单镜片或双镜片面镜，不得带有呼吸管、照明灯等附加装置。
三、考生须于当天7:30前到达测试地点，凭准考证和身份证检录，迟到15分钟者不得参加测试。
四、测试期间如身体不适，应立即举手示意，现场配有医护人员。
咨询电话：0898-62811705（县人社局事业单位人事管理股）。
浬澚县人力资源和社会保障局
2025年7月28日
""",
    ),
    dict(
        slug="tender-congqi-beach-chair-bid-result-lots-ca",
        site="潀埼市公共资源交易网 (invented)",
        style="招投标网",
        genre="中标结果公告",
        kind="notice",
        form="html",
        source="https://ggzy.congqi.gov.cn/jyxx/zfcg/zbgg/2025/0613/8821.html",
        title="嵒埗区海滨管理所沙滩椅及遮阳设施采购项目中标结果公告",
        record_title="【结果公示·货物类】嵒埗区海滨管理所沙滩椅及遮阳设施采购项目中标结果公告 - 成交公示 - 潀埼市公共资源交易网",
        date="2025-06-13",
        notes="tender portal with a publicity countdown and CA/trading-system lines; a lots table one row a paragraph; "
        "purchaser and agency contacts in the body; the agency's signature date is the date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【结果公示·货物类】嵒埗区海滨管理所沙滩椅及遮阳设施采购项目中标结果公告 - 成交公示 - 潀埼市公共资源交易网</title>
</head>
<body>
<div class="gg-top">⟦m 潀埼市公共资源交易网⟧　⟦m 潀埼市公共资源交易中心主办⟧　<a>⟦a 交易主体登录⟧</a></div>
<div class="gg-nav">⟦m 首页　交易信息　政策法规　办事指南　信用信息　监督投诉⟧</div>
<div class="gg-pos">⟦m 首页 &gt; 交易信息 &gt; 政府采购 &gt; 结果公告⟧</div>
<div class="gg-art">
<h1>{T}</h1>
<div class="gg-info">⟦m 信息来源：潀埼恒信招标代理有限公司　浏览次数：377⟧</div>
<div class="gg-count">⟦m 公示倒计时：0天 06时 21分⟧</div>
<div class="gg-con">
{BODY}
</div>
<div class="gg-btn">⟦a 【打印公告】　【关闭页面】⟧</div>
</div>
<div class="gg-side">⟦m CA数字证书办理咨询：400-830-6617⟧<br>⟦m 电子交易系统操作咨询：0898-35019900⟧</div>
<div class="gg-foot">⟦m 潀埼市公共资源交易中心　地址：潀埼市政务服务中心B座⟧<br>⟦m 琼ICP备15004119号⟧</div>
</body>
</html>
""",
        body="""
一、项目编号：CQZC-2025-0613
二、项目名称：嵒埗区海滨管理所沙滩椅及遮阳设施采购项目
三、中标信息
包号　货物名称　中标供应商　中标金额（元）
1　可折叠沙滩椅300把　潀埼鸥帆休闲用品有限公司　186000
2　沙滩遮阳棚60顶　礵岺海岸户外用品厂　94800
四、公告期限：自本公告发布之日起1个工作日。
五、联系方式
采购人：嵒埗区海滨管理所，联系人：邬先生，电话：0898-35120678。
代理机构：潀埼恒信招标代理有限公司，联系人：陆女士，电话：0898-35177406。
潀埼恒信招标代理有限公司
2025年6月13日
""",
    ),
    dict(
        slug="tender-shuangling-inquiry-shower-stools-record-date",
        site="礵岺县政府采购服务平台 (invented, text page)",
        style="招投标网",
        genre="询价公告",
        kind="notice",
        form="text",
        source="http://zfcg.shuangling.gov.cn/xjgg/2025/0318/1290.html",
        title="礵岺县社会福利中心防滑凳及浴室扶手询价公告",
        record_title="〔福利中心询价〕礵岺县社会福利中心防滑凳及浴室扶手询价公告",
        record_date="2025-03-18",
        date="2025-03-18",
        notes="record date; an items table one row a paragraph; downloading the inquiry file and scanning the quote are "
        "content; the centre's contact and mailbox beside the platform's CA line",
        page="""
!m 礵岺县政府采购服务平台
!m 采购公告 ＞ 询价公告
!t 〔福利中心询价〕礵岺县社会福利中心防滑凳及浴室扶手询价公告
!m 发布日期：2025-03-18　截止时间：2025-03-25 17:00
{BODY}
!a 〖下载询价文件〗〖我要报价〗
!m 平台CA证书服务电话：400-117-6288
!d 本平台公告信息由采购单位发布并对其真实性负责
""",
        body="""
礵岺县社会福利中心就防滑凳及浴室扶手采购进行询价，欢迎符合条件的供应商报价。
一、采购内容
品名　规格　数量
防滑凳　铝合金，带靠背扶手，高度可调　60张
浴室扶手　不锈钢，L形　60组
二、报价要求：供应商请于3月25日17:00前，在本平台下载询价文件，按要求填写报价单并加盖公章，扫描后发送至指定邮箱。
三、联系人：吴女士，电话：0898-62935592，邮箱：shflzx@sl-welfare.cn。
礵岺县社会福利中心
2025年3月18日
""",
    ),
    dict(
        slug="lawfirm-hengao-case-swim-ring-pool-lawyer-card",
        site="衡澚律师事务所 (invented)",
        style="律所网站",
        genre="案例评析",
        kind="other",
        form="html",
        source="https://www.hengaolaw.com/case/2025/0611.html",
        title="孩子戴游泳圈在泳池呛水，泳池要担责吗？",
        record_title="【澚律说案】孩子戴游泳圈在泳池呛水，泳池要担责吗？｜衡澚律师事务所",
        date=None,
        notes="law firm: a lawyer card, a consult float, a 400 line and a repost notice; a case note with only a year "
        "and month inside the story, no date; a lawyer-consult line glued after a 。",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【澚律说案】孩子戴游泳圈在泳池呛水，泳池要担责吗？｜衡澚律师事务所</title>
</head>
<body>
<div class="law-top">⟦m 衡澚律师事务所⟧　⟦m 衡平守正　澚海同舟⟧　⟦m 全国咨询热线 400-668-3170⟧</div>
<div class="law-nav">⟦m 首页　律所简介　专业领域　律师团队　案例评析　联系我们⟧</div>
<div class="law-art">
<h1>{T}</h1>
<div class="law-meta">⟦m 栏目：案例评析　作者：衡澚律所人身损害团队　阅读 1,406⟧</div>
<div class="law-con">
{BODY}
</div>
<div class="law-note">⟦d 本文为衡澚律所原创普法内容，转载须经书面许可并注明出处⟧</div>
</div>
<div class="law-card"><p>⟦m 文章作者：易嘉航 律师⟧</p><p>⟦m 擅长：人身损害赔偿、合同纠纷⟧</p><p>⟦w 执业证号及联系方式请致电前台获取⟧</p></div>
<div class="law-float">⟦w 免费咨询 律师10分钟内回电⟧</div>
<div class="law-foot">⟦m 衡澚律师事务所　潀埼市嵒埗区滨海大道国际金融中心19层⟧<br>⟦m 琼ICP备19006125号⟧</div>
</body>
</html>
""",
        body="""
【案情】2024年8月，7岁的小林在某小区会所泳池游泳，所戴的充气游泳圈突然漏气，小林呛水后被救生员救起，住院治疗5天。家长认为泳池未尽安全保障义务，起诉要求赔偿医疗费等共计1.8万元。
【评析】根据民法典第一千一百九十八条，经营场所的管理者未尽到安全保障义务，造成他人损害的，应当承担侵权责任。本案中，泳池配备了救生员，救生员发现后及时施救，已尽到基本的安全保障义务；但泳池未按规定在入口提示“游泳圈不属于救生器材”，存在一定过错。同时，家长作为监护人，未在一臂距离内看护，也应承担相应责任。
【结果】法院判决泳池承担30%的责任，赔偿5400元。⟦w 遇到类似纠纷？点此预约衡澚律师面谈⟧
【律师提示】游泳圈只是水上玩具，家长不能因为孩子戴了游泳圈就放松看护。
""",
    ),
    dict(
        slug="lawfirm-xinling-contract-beach-chair-rental-template",
        site="信岺律师事务所 (invented, text page)",
        style="律所网站",
        genre="合同范本",
        kind="other",
        form="text",
        source="http://www.xinlinglaw.cn/hetong/zulin/2025/0502.html",
        title="沙滩椅租赁合同（范本）",
        record_title="【律所合同库】沙滩椅租赁合同（范本）｜信岺律师事务所",
        date=None,
        notes="a contract template with ×× placeholders, ＿＿ blanks and ＿＿＿＿年＿＿月＿＿日; 第N条 articles; no date",
        page="""
!m 信岺律师事务所 · 合同文书中心
!m 首页 / 合同范本 / 租赁类
!t 【律所合同库】沙滩椅租赁合同（范本）
!m 整理：信岺律所商事部　更新于 3 个月前
!d 使用提示：本范本仅供参考，签约前请结合实际情况修改，重大交易建议委托律师审查
{BODY}
!a 〔下载本范本Word版〕〔复制全文〕
!w 需要律师起草或审查合同？信岺律所商事部 0898-62966010
!l 其他租赁类范本：摊位租赁合同 ｜ 游船租赁合同 ｜ 场地临时使用协议
""",
        body="""
出租方（甲方）：××海滨管理所
承租方（乙方）：＿＿＿＿＿＿
第一条　甲方将××海水浴场××号摊位内的沙滩椅＿＿把出租给乙方经营使用，租赁期限自＿＿＿＿年＿＿月＿＿日起至＿＿＿＿年＿＿月＿＿日止。
第二条　租金为每把每季＿＿元，乙方应于合同签订之日起＿＿日内一次付清。
第三条　乙方应按甲方公示的价格对外出租，不得擅自加价；沙滩椅损坏的，乙方应及时报修。
第四条　因乙方管理不善造成游客人身损害的，由乙方承担赔偿责任。
第五条　本合同一式两份，甲乙双方各执一份，自双方签字盖章之日起生效。
甲方（盖章）：＿＿＿＿　乙方（签字）：＿＿＿＿
签订日期：＿＿＿＿年＿＿月＿＿日
""",
    ),
]

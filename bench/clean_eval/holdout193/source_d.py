"""holdout193, part D: county forums, download stations, personnel-exam sites, tender platforms and law firms.

Invented text throughout (see ../README.md and ../build.py for the markup).
"""

CASES = [
    dict(
        slug="localforum-chixi-post-shoeshine-stalls-jammer",
        site="篪溪在线论坛 (invented county forum, Discuz-like)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="https://bbs.chixizx.com/thread-90127-1-1.html",
        title="篪溪城区擦鞋修鞋摊点新位置汇总",
        title_also=["篪溪城区擦鞋修鞋摊点新位置汇总（5月更新）"],
        record_title="[便民信息] 篪溪城区擦鞋修鞋摊点新位置汇总（5月更新） - 篪溪在线论坛",
        date=None,
        notes="county forum with a weather line, jammer fonts, a shop signature and a poster's own mobile in the post; only a relative post time",
        page="""
<html>
<head>
<meta charset="gbk">
<title>[便民信息] 篪溪城区擦鞋修鞋摊点新位置汇总（5月更新） - 篪溪在线论坛</title>
<script src="data/cache/common.js"></script>
</head>
<body>
<div id="hd">⟦m 篪溪在线论坛 · 篪溪人自己的网上家园⟧　⟦m 今日篪溪：多云 19~27℃⟧　<a>⟦a 登录⟧</a> <a>⟦a 注册⟧</a></div>
<div id="pt">⟦m 篪溪在线 › 生活服务 › 便民信息⟧</div>
<div class="ts"><h1>⟦t [便民信息] 篪溪城区擦鞋修鞋摊点新位置汇总（5月更新）⟧</h1></div>
<div class="authi">⟦m 街坊老蒋　发表于 2 小时前　｜　查看：1880　｜　回复：27⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="sign">⟦l 蒋记钥匙店：配钥匙、修拉链、换鞋跟，城关老街32号⟧</div>
<div class="po">⟦a 顶一下　｜　收藏　｜　回复　｜　举报⟧</div>
<div class="reply"><p>⟦l 沙发　晴川阁：太有用了，老街那个擦鞋摊我找了好久⟧</p><p>⟦l 板凳　小鱼儿：文昌路口那家修拉链也不错⟧</p></div>
<div id="fastpost">⟦a 请先登录再参与讨论，游客只能浏览⟧</div>
<div id="ft">⟦d 本论坛帖子仅代表网友个人观点，与篪溪在线立场无关⟧<br>⟦m 篪溪在线 © 2008-2025　黔ICP备08004610号⟧</div>
</body>
</html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=2),
        body="""
老街改造以后，城区的擦鞋、修鞋摊挪了不少地方，好多街坊问我，我干脆跑了一圈，把现在的位置整理出来，方便大家。
1.鄢师傅擦鞋摊：老街十字路口便民服务点，早上七点到晚上六点，擦鞋5元，补色15元。
2.缶湾来的马姐修鞋摊：文昌路菜市场东门，换鞋跟、粘鞋底、上鞋油都能做。
3.城关小学对面的修鞋铺：搬进了文昌路27号门面，周日休息。
4.汽车站出站口原来的擦鞋摊已经不摆了，大家别白跑。
有新位置的朋友欢迎跟帖补充，我也可以帮忙更新，我的电话13985027716，发短信就行。
""",
    ),
    dict(
        slug="localforum-foushan-flea-post-teatrays-text",
        site="缶山论坛 (invented county forum, text)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="https://www.foushanbbs.com/forum.php?mod=viewthread&tid=33718",
        title="转让几个闲置茶盘，缶湾本地老手艺，自提优先",
        record_title="[跳蚤市场] 转让几个闲置茶盘，缶湾本地老手艺，自提优先 - 缶山论坛",
        date=None,
        notes="flea-market post; the seller's own phone stays in the body, the forum's ad line and trade warning are chrome; relative time only; an item table",
        page="""
!m 缶山论坛 › 二手交易 › 跳蚤市场
!t [跳蚤市场] 转让几个闲置茶盘，缶湾本地老手艺，自提优先
!m 楼主：喝茶的老邬　昨天 22:17　｜　浏览 611　｜　回复 9
!w 【论坛广告】二手家具上门回收，微信 fsjiaju_88
{BODY}
!d 交易提醒：当面验货，谨防诈骗，论坛不对交易承担责任
!l 1# 缶山茶客：乌木那个还在吗？明天下午去看看
!l 2# 喝茶的老邬：回复 1# 缶山茶客：在的，来之前打个电话
!a 回复本帖　｜　收藏　｜　分享
!m 缶山论坛 Archiver ｜ 手机版 ｜ 黔ICP备10002245号
""",
        body="""
家里换了一张大茶桌，原来的几个茶盘用不上了，都是缶湾本地作坊的手工货，便宜转给喜欢的朋友。
品名　尺寸（厘米）　成色　价格（元）
乌木整板茶盘　60×40　九成新　380
竹根茶盘　45×30　八成新　120
石材茶盘（带储水盒）　50×35　九成新　260
乌木茶盘有一处小磕碰，不影响使用，储水盒都洗干净了。只限缶山城区自提，不包邮，一起拿的话可以再便宜些。
有意的朋友直接打电话，139 8502 6630，晚上八点以后接电话方便。
""",
    ),
    dict(
        slug="download-ziliaoge-rules-skimmer-stamping-gb2312",
        site="资料阁下载站 (invented, old gb2312 file-info table)",
        style="资料下载站",
        genre="规章制度",
        kind="other",
        form="html",
        source="http://www.ziliaoge.net/soft/anquan/2025/40773.html",
        title="漏勺冲压车间安全操作规程",
        record_title="漏勺冲压车间安全操作规程 [DOC] 免积分下载 - 资料阁",
        date=None,
        notes="download station: file-info table, three download links, an unzip note and a dead-link report; the rules' 第N条 articles speak of 打印 and 扫码 as content; no date",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>漏勺冲压车间安全操作规程 [DOC] 免积分下载 - 资料阁</title>
<script language="javascript" src="/js/down.js"></script>
</head>
<body>
<table width="980" align="center"><tr><td>⟦m 资料阁下载站 — 办公文档　表格模板　规章制度⟧</td><td align="right">⟦a 收藏资料阁⟧</td></tr></table>
<table width="980" align="center"><tr><td>⟦m 您的位置：资料阁 → 规章制度 → 安全生产⟧</td></tr></table>
<table width="980" align="center" border="1" class="info">
<tr><td colspan="2"><h1>{T}</h1></td></tr>
<tr><td>⟦m 资料大小：36 KB⟧</td><td>⟦m 资料格式：DOC⟧</td></tr>
<tr><td>⟦m 更新时间：2025-03-29⟧</td><td>⟦m 下载次数：2147⟧</td></tr>
<tr><td>⟦m 运行环境：Office / WPS⟧</td><td>⟦m 资料评级：★★★★☆⟧</td></tr>
</table>
<table width="980" align="center"><tr><td>⟦m 资料简介：⟧</td></tr><tr><td class="intro">
{BODY}
</td></tr></table>
<table width="980" align="center"><tr><td>⟦l 下载地址：⟧</td></tr>
<tr><td>⟦a 电信下载一⟧</td><td>⟦a 联通下载二⟧</td><td>⟦a 本地高速下载⟧</td></tr>
<tr><td colspan="3">⟦d 压缩包解压密码：www.ziliaoge.net⟧</td></tr>
<tr><td colspan="3">⟦a 链接失效？点此报告⟧</td></tr></table>
<table width="980" align="center"><tr><td>⟦l 同类资料：冲床安全操作规程　｜　抛光车间粉尘防护制度　｜　五金厂安全生产责任制⟧</td></tr></table>
<table width="980" align="center"><tr><td align="center">⟦m Copyright 2006-2025 资料阁 www.ziliaoge.net　粤ICP备06031188号⟧</td></tr></table>
</body>
</html>
""",
        body="""
第一条　为规范漏勺冲压车间作业行为，防止机械伤害和噪声危害，制定本规程。
第二条　冲床操作人员须经安全培训考核合格后持证上岗，严禁无证人员开动冲床。
第三条　作业前应检查冲床离合器、制动器、双手按钮和光电保护装置，发现异常立即报修，不得带病运行。
第四条　冲孔、拉伸作业必须使用送料工具，严禁用手直接伸入模具区域取放工件。
第五条　操作人员应佩戴耳塞、防割手套和防护眼镜，长发须盘入工作帽内。
第六条　每班结束后清理冲孔废料，废料不得堆放在通道上。设备点检表每月由班组长打印一次，签字后交车间存档。
第七条　车间入口张贴安全告知二维码，新进人员须扫码学习本规程并完成答题后方可进入车间。
第八条　本规程自发布之日起施行。
""",
    ),
    dict(
        slug="download-jiaoan-lessonplan-screwdriver-wps",
        site="教案汇下载站 (invented, text)",
        style="资料下载站",
        genre="教案",
        kind="other",
        form="text",
        source="https://www.jiaoanhui.com/down/laodong/3ji/5520.html",
        title="三年级劳动教育《认识螺丝刀》教学设计",
        record_title="三年级劳动教育《认识螺丝刀》教学设计.wps",
        date=None,
        notes="file-name record title; a lesson plan with ×× placeholders and numbered steps; resource info, download buttons and a points prompt",
        page="""
!m 教案汇 — 中小学教学资源下载
!m 资源分类：劳动教育 ＞ 三年级 ＞ 工具使用
!t 三年级劳动教育《认识螺丝刀》教学设计.wps
!m 资源类型：教学设计　　文件格式：WPS　　授权：会员免费
!m 发布者：教案汇资源部　　人气：975
!a 【立即下载】　【加入资源篮】
{BODY}
!a 普通用户下载需 3 个教案币，签到可领
!l 同册资源：《学会钉纽扣》教学设计　｜　《整理小书包》课件　｜　《我是小木匠》教案
!d 资源来自教师上传，如有版权问题请联系 jiaoanhui@qq.com 删除
""",
        body="""
授课教师：××　　授课班级：三年级（×）班
一、教学目标
1.认识一字螺丝刀和十字螺丝刀，能根据螺钉槽口选择合适的螺丝刀。
2.学会用螺丝刀拧紧和拧松螺钉，知道“顺紧逆松”的规律。
3.养成安全使用工具、用后归位的好习惯。
二、教学准备
每组一块打好孔的木板、螺钉若干、一字和十字螺丝刀各两把。
三、教学过程
1.猜谜导入：出示螺丝刀实物，让学生说一说在家里见过谁用它。
2.观察比较：分组观察两种螺丝刀的刀头，再对照螺钉的槽口，找一找它们是怎样配对的。
3.动手练习：教师示范后，学生在木板上拧入、拧出螺钉，组长负责检查。
4.安全提示：不能把螺丝刀对着同学，不能用螺丝刀撬东西，用完放回工具盒。
四、课后延伸
回家和家长一起找一找家里哪些地方用到了螺钉，试着把松了的螺钉拧紧。
""",
    ),
    dict(
        slug="exam-zhucheng-notice-teacher-interview-table",
        site="柷城市人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://www.zcrsks.cn/ksgg/202506/t20250620_5504.html",
        title="柷城市教育系统2025年公开招聘教师面试公告",
        record_title="【面试公告】柷城市教育系统2025年公开招聘教师面试公告-柷城市人事考试网",
        date="2025-06-20",
        notes=(
            "personnel-exam site with a maintenance banner and a technical line; an interview timetable; sentences about "
            "printing the 面试通知书 and the board and eraser in the test room stay in the body; consult phone of the document"
        ),
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【面试公告】柷城市教育系统2025年公开招聘教师面试公告-柷城市人事考试网</title>
<script src="/js/notice-banner.js"></script>
</head>
<body>
<div class="sys-banner">⟦d 系统公告：6月22日0:00-6:00报名系统升级维护，期间暂停访问⟧</div>
<div class="hd">⟦m 柷城市人事考试网⟧　⟦m 柷城市人事考试中心⟧</div>
<div class="nav">⟦m 首页　考试公告　报名入口　成绩查询　政策法规　常见问题⟧</div>
<div class="loc">⟦m 首页 > 考试公告 > 事业单位⟧</div>
<h2>{T}</h2>
<div class="meta">⟦m 发布时间：2025-06-20　来源：市人事考试中心⟧　⟦a 〔文字大小：大 中 小〕⟧</div>
<div class="cont">
{BODY}
</div>
<div class="att">⟦a 附件下载：面试人员名单.xls⟧</div>
<div class="ft">⟦m 主办：柷城市人力资源和社会保障局　承办：柷城市人事考试中心⟧<br>⟦m 网站技术支持：0816-2290551（仅限网站使用问题）⟧　⟦m 川ICP备13019204号⟧</div>
</body>
</html>
""",
        body="""
根据《柷城市教育系统2025年公开招聘教师公告》，现将面试有关事项公告如下：
一、面试时间和地点
学科　面试日期　地点
语文、数学　6月28日　柷城市第三中学
英语、物理、化学　6月29日　柷城市第三中学
音乐、体育、美术　6月29日　柷城市实验小学
二、面试形式
面试采取试讲方式，每人15分钟。试讲教室统一配备黑板、粉笔和黑板擦，考生不得自带教具、课件。
三、有关要求
1.请考生于6月25日起登录本网站打印面试通知书，面试当天凭面试通知书和本人有效身份证件进入考点。
2.考生须于面试当天7:30前到达考点，8:00后未进入候考室的，视为自动放弃。
咨询电话：0816-2290517（市教育局人事科）
柷城市人事考试中心
2025年6月20日
""",
    ),
    dict(
        slug="exam-chixi-notice-inspector-recruitment-text",
        site="篪溪县人事考试信息网 (invented, text)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://rsks.chixi.gov.cn/zkgg/2025/0408/712.html",
        title="篪溪县日用化学品质量检验所2025年公开招聘编外检验员公告",
        record_title="〔招聘启事〕篪溪县日用化学品质量检验所2025年公开招聘编外检验员公告",
        date="2025-04-08",
        notes="exam site text page: a posts table, a 报名 mailbox and phone of the document beside the site's service line; byline date and 成文日期 agree",
        page="""
!m 篪溪县人事考试信息网
!m 当前位置：首页 → 招考公告 → 事业单位
{T}
!m 发布日期：2025-04-08　　浏览次数：2380
!a 【加入收藏】【打印公告】
{BODY}
!l 上一篇：篪溪县2025年“三支一扶”计划招募公告
!m 本网服务电话：0855-6619900　　黔ICP备12003379号
""",
        indent="\u3000\u3000",
        body="""
因工作需要，篪溪县日用化学品质量检验所面向社会公开招聘编外检验员2名，主要从事鞋油、鞋刷、洗涤用品等日用化学品的抽样和检验工作。现将有关事项公告如下：
一、招聘岗位
岗位　人数　学历要求　专业要求
理化检验员　1　大专及以上　化学、应用化工技术
日用品检验员　1　大专及以上　不限
二、报名方式
报名时间为4月9日至4月18日，请将报名表、身份证、学历证书扫描件发送至 cxrhjys@163.com，邮件主题注明“姓名+岗位”。
三、考试方式
采取笔试和实际操作相结合的方式，实际操作内容为鞋油样品的外观、色泽检验和鞋刷刷毛拉力测试。
联系人：殷老师，电话：0855-6612318。
篪溪县日用化学品质量检验所
2025年4月8日
""",
    ),
    dict(
        slug="tender-xunchuan-result-eraser-procurement-html",
        site="埙川县公共资源交易网 (invented tender platform)",
        style="招投标网",
        genre="中标公告",
        kind="notice",
        form="html",
        source="https://ggzy.xunchuan.gov.cn/jyxx/zfcg/zbgg/20250714/8e1a330f.html",
        title="埙川县教育体育局2025年中小学吸尘式黑板擦采购项目中标结果公告",
        record_title="〔结果公示〕埙川县教育体育局2025年中小学吸尘式黑板擦采购项目中标结果公告",
        date="2025-07-14",
        notes="tender platform with a countdown, CA line and trading-system service phone; purchaser and agency contacts stay in the body; a bid-result table",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>埙川县教育体育局2025年中小学吸尘式黑板擦采购项目中标结果公告</title>
<script src="/static/countdown.js"></script>
</head>
<body>
<div class="top">⟦m 埙川县公共资源交易网⟧　<a>⟦a 主体登录⟧</a>　<a>⟦a CA办理⟧</a></div>
<div class="nav">⟦m 首页　交易信息　政策法规　服务指南　诚信体系⟧</div>
<div class="loc">⟦m 交易信息 > 政府采购 > 中标（成交）公告⟧</div>
<h3 class="title">{T}</h3>
<div class="attr">⟦m 信息来源：埙川县公共资源交易中心　发布时间：2025-07-14 16:30　项目编号：XCCG-2025-0613⟧</div>
<div class="countdown">⟦m 公示期剩余：0天 23时 59分⟧</div>
<div class="detail">
{BODY}
</div>
<div class="help">⟦m CA证书服务热线：400-086-2211　交易系统技术支持：0857-3320088⟧</div>
<div class="foot">⟦m 埙川县公共资源交易中心 版权所有⟧　⟦m 黔ICP备16002297号⟧</div>
</body>
</html>
""",
        body="""
一、项目编号：XCCG-2025-0613
二、项目名称：埙川县教育体育局2025年中小学吸尘式黑板擦采购项目
三、中标信息
包号　中标供应商　中标金额（元）
1包（城区学校）　篪溪明洁教学设备有限公司　186400.00
2包（乡镇学校）　柷城市育才文教用品有限公司　214750.00
四、主要标的信息：吸尘式黑板擦，含集尘盒及替换擦面，质保期二年。
五、公告期限：自本公告发布之日起1个工作日。
六、联系方式
采购人：埙川县教育体育局，联系人：鲁先生，电话：0857-3318066。
采购代理机构：埙川县正衡招标代理有限公司，联系人：葛女士，电话：0857-3327730。
埙川县正衡招标代理有限公司
2025年7月14日
""",
    ),
    dict(
        slug="tender-foushan-inquiry-canteen-skimmers-text",
        site="缶山县政府采购网 (invented, text)",
        style="招投标网",
        genre="询价公告",
        kind="notice",
        form="text",
        source="http://www.fsccgp.gov.cn/xjgg/2025/0506/1193.html",
        title="缶山县第一中学食堂不锈钢炊具询价采购公告",
        record_title="缶山县第一中学食堂不锈钢炊具询价采购公告_缶山县政府采购网",
        date="2025-05-06",
        notes="inquiry notice: an items table, a sentence about downloading the procurement file as content, purchaser contacts beside the platform's help line",
        page="""
!m 缶山县政府采购网
!m 首页 ＞ 采购公告 ＞ 询价公告
{T}
!m 发布日期：2025-05-06　采购方式：询价
!a 〔收藏本公告〕〔打印〕
{BODY}
!m 平台操作咨询：0856-7710033（工作日 8:30-17:30）
!d 本网发布的采购信息以采购人发布的原件为准
!m 缶山县财政局主办　缶山县政府采购网 版权所有
""",
        body="""
缶山县第一中学食堂不锈钢炊具采购项目已批准，现对该项目进行询价采购，欢迎符合条件的供应商参加报价。
一、采购内容
品目　规格　数量
不锈钢漏勺　直径16厘米，冲孔　60把
不锈钢笊篱　直径30厘米，钢丝编网　40把
不锈钢汤勺　容量500毫升　60把
二、供应商资格：具有独立承担民事责任的能力，所供产品须有食品接触用材料检测报告。
三、报价时间：2025年5月7日至5月12日，请从缶山县政府采购网下载询价文件，按要求密封报价。
四、联系方式：采购人缶山县第一中学，联系人：卢老师，电话：0856-7731208。
缶山县第一中学
2025年5月6日
""",
    ),
    dict(
        slug="lawfirm-hengzhi-case-retractable-leash-cyclist",
        site="恒直律师事务所 (invented law-firm site)",
        style="律所网站",
        genre="案例评析",
        kind="other",
        form="html",
        source="https://www.hengzhilaw.cn/anli/2025/0418/218.html",
        title="伸缩牵引绳横过步道绊倒骑车人，狗主人担主责",
        record_title="律师说案｜伸缩牵引绳横过步道绊倒骑车人，狗主人担主责 - 恒直律师事务所",
        date="2025-04-18",
        notes="law firm with a consult card and QR prompt; the firm's consult phone is chrome; 发布日期 is the date; article cites 第N条",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>律师说案｜伸缩牵引绳横过步道绊倒骑车人，狗主人担主责 - 恒直律师事务所</title>
<script src="/js/consult-card.js"></script>
</head>
<body>
<div class="hd">⟦m 恒直律师事务所 HENGZHI LAW FIRM⟧　⟦m 专注民商事争议解决⟧</div>
<div class="nav">⟦m 首页　律所简介　专业团队　业务领域　律师说案　联系我们⟧</div>
<div class="loc">⟦m 您在这里：首页 » 律师说案⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 发布日期：2025-04-18　作者：何书砚 律师　阅读 533⟧</div>
<div class="content">
{BODY}
</div>
<div class="disclaim">⟦d 本文仅为普法交流，不构成对任何具体案件的法律意见。⟧</div>
<div class="card">⟦w 遇到类似纠纷？扫码添加律师助理，或致电 0816-2233519 预约面谈⟧</div>
<div class="rel"><h4>⟦l 更多案例⟧</h4><p>⟦l 宠物店寄养期间犬只走失，谁来担责？⟧</p><p>⟦l 电梯内犬只扑人致老人骨折案评析⟧</p></div>
<div class="ft">⟦m 恒直律师事务所　柷城市滨河路88号金融大厦16层⟧　⟦m 川ICP备20017763号⟧</div>
</body>
</html>
""",
        body="""
【基本案情】
2024年秋天的一个傍晚，王某在柷城滨河步道遛狗，使用的是一根可伸长至8米的伸缩牵引绳。犬只跑到步道另一侧时，绳子横过步道，骑自行车经过的李某被绳子绊倒，造成锁骨骨折。李某起诉要求王某赔偿医疗费、误工费等各项损失。
【法院观点】
法院认为，王某在人员、车辆往来的公共步道上将牵引绳放至最长，使绳体横过步道，未尽到合理的管束义务，是事故发生的主要原因，依照《民法典》第一千二百四十五条的规定，应承担侵权责任。李某骑车经过时未注意观察路况，自身也有一定过失，可以减轻王某的责任。最终判决王某承担80%的赔偿责任。
【律师提示】
伸缩牵引绳并非不能用，但在步道、小区道路等公共场所，应当锁定在较短长度，时刻注意绳子是否横过他人的通行路线。
""",
    ),
    dict(
        slug="lawfirm-mingjian-template-trademark-letter-screwdriver",
        site="明鉴律所官网 (invented, text)",
        style="律所网站",
        genre="范本",
        kind="other",
        form="text",
        source="http://www.mingjianlaw.com/fanben/show-77.html",
        title="律师函（商标侵权·五金工具类）",
        record_title="文书模板｜律师函（商标侵权·五金工具类） - 明鉴律师事务所",
        date=None,
        notes="a template with ××× blanks and 20××年×月×日: no date; the firm's consult line, template disclaimer and a download-the-Word prompt are chrome",
        page="""
!m 明鉴律师事务所 · 知识产权与商事法律服务
!m 首页 ＞ 文书范本 ＞ 知识产权
!t 文书模板｜律师函（商标侵权·五金工具类）
!m 整理：明鉴知识产权部　｜　浏览 904
!a 下载Word版范本（注册会员免费）
{BODY}
!d 本范本仅供参考，具体案件请委托律师根据事实出具正式文书。
!w 商标维权咨询热线：0855-6608830（工作日）
!l 相关范本：商标许可使用合同　｜　不侵权声明　｜　停止侵权告知函
""",
        body="""
律师函
（20××）明鉴律函字第×号
致：×××有限公司
明鉴律师事务所接受××五金工具有限公司（以下简称“委托人”）的委托，指派×××律师就贵司涉嫌侵犯委托人注册商标专用权一事，郑重致函如下：
委托人依法享有第××××××号“××”注册商标专用权，核定使用商品包括螺丝刀、扳手等手工具。经委托人调查，贵司生产、销售的螺丝刀产品在刀杆及包装上使用了与上述商标近似的标识，容易导致消费者混淆。
为此，请贵司自收到本函之日起七日内：一、立即停止生产、销售上述侵权产品；二、下架并销毁库存侵权产品及包装；三、书面告知侵权产品的生产和销售数量。
逾期未予回复的，委托人将依法追究贵司的法律责任。
明鉴律师事务所
律师：×××
20××年×月×日
""",
    ),
]

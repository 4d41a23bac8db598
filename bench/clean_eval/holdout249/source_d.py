"""holdout249, part D: county forums, download stations, personnel-exam sites, tender portals, law firms.
Invented text, written case by case; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="localforum-dengkou-handcarts-jammer",
        site="嶝口论坛 (invented county forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.dengkou.net/thread-207714-1-1.html",
        title="菜市场门口板车乱停，早高峰根本过不去",
        record_title="[街坊有话说] 菜市场门口板车乱停，早高峰根本过不去 - 嶝口热议 - 嶝口论坛",
        date=None,
        notes="county forum: weather line, medals, a pass-to-government link, a decoration ad QQ, jammer-font junk; "
        "posted '2 天前': no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="gbk">
<title>[街坊有话说] 菜市场门口板车乱停，早高峰根本过不去 - 嶝口热议 - 嶝口论坛</title>
<style>.jammer{display:none}</style>
<script src="data/cache/common.js"></script>
</head>
<body>
<div id="hd">⟦m 嶝口论坛 · 嶝口人自己的网上家园⟧ ⟦m 今日嶝口：多云 14～23℃⟧</div>
<div id="nv">⟦m 首页　嶝口热议　便民信息　二手市场　征婚交友⟧</div>
<div id="pt">⟦m 嶝口论坛 › 嶝口热议 › 帖子⟧</div>
<div class="ad">⟦w 嶝口装修找阿东，全包半包都能谈，QQ 1309577421⟧</div>
<table class="plhin"><tr>
<td class="pls"><p>⟦m 东门老住户⟧</p><p>⟦l 勋章：热心居民　十年坛友⟧</p></td>
<td class="plc">
<h1><span id="thread_subject">{T}</span></h1>
<div class="authi">⟦m 发表于 2 天前　|　查看 3366　|　回复 47⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="zj">⟦a 转交嶝口镇政府答复此帖⟧</div>
<div class="po">⟦a 支持 反对 收藏 分享 回复⟧</div>
</td></tr></table>
<div class="reply">⟦l 2楼 嶝口小哥：早该管管了，上次我车门都被刮了⟧</div>
<div class="reply">⟦l 3楼 市场管理处：已收到，正在协调划定停放区域⟧</div>
<div id="ft">⟦m 嶝口论坛　客服电话：0931-8868500　甘ICP备16003318号⟧</div>
</body>
</html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=2),
        body="""
住在嶝口菜市场附近的都知道，每天早上六点到八点，市场东门口那一段路几乎走不动。
主要是卸货的板车太多，一排排横在路上，有的卸完货也不推走，人直接进市场吃早饭去了。上周三早上，我送孩子上学，电动车被堵了二十分钟，孩子迟到被老师点名。
我也理解拉板车的师傅不容易，起早贪黑挣的都是辛苦钱。但能不能由市场划一块专门的板车停放区，卸完货就推过去？
希望市场管理方和镇里看到这个帖子，想想办法。大家觉得呢？
""",
    ),
    dict(
        slug="localforum-qishan-bunting-wires-subject",
        site="玘山在线论坛 (invented county forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="http://bbs.qishanzx.com/t-88104.html",
        title="彩旗被风刮断缠在电线上，吓得人不敢走",
        record_title=None,
        date=None,
        notes="no title in the record: the thread subject; junk lines and junk glued after 。; posted '前天': no date; "
        "a 12345 mention stays in the body",
        page="""
!m 玘山在线 — 玘山人的生活论坛
!m 玘山在线 » 城事热线 » 查看主题
{T}
!m 楼主　山城老杨　发表于 前天 19:40　|　只看楼主
{BODY}
!a 赞一个(15)　　转发　　举报
!l 沙发　玘山小鱼：文化路那边也是，昨天我看到一面挂在树上
!l 板凳　管理员：已转城管部门，请大家注意安全
!a 登录玘山在线，参与回帖
!m 玘山在线论坛 qishanzx.com
""",
        junk=dict(lines=2, glued=2),
        body="""
今天下午风大，建设路和文化路交叉口那一排路灯杆上的彩旗，有好几面被风刮断了，旗子连着绳子缠在路边的电线上，一直甩来甩去。
我路过的时候，有一根竹制旗杆直接掉到了人行道上，差点砸到前面推婴儿车的阿姨。
已经打了12345反映，接线员说会转给城管。在这里也提醒一下大家，这几天路过的时候尽量靠里走，别从旗杆下面过。
也想问问，彩旗是节前挂的，节都过了半个月了，为什么还不收？
""",
    ),
    dict(
        slug="download-songzhen-rules-sack-stacking-wps",
        site="松针下载站 (invented, old gb2312 table layout)",
        style="资料下载站",
        genre="规程",
        kind="other",
        form="html",
        source="http://www.songzhen-down.com/soft/22107.html",
        title="粮库麻袋堆码作业安全规程",
        record_title="粮库麻袋堆码作业安全规程.wps",
        date=None,
        notes="file-name record title; old table layout: file-info table, three download links, unzip password, a "
        "dead-link report, a floating ad; a rule of 第N条 articles with no date",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>粮库麻袋堆码作业安全规程.wps_松针下载站</title>
<link href="/css/down.css" rel="stylesheet" type="text/css">
<script src="/js/ad_float.js"></script>
</head>
<body>
<table width="960" align="center" border="0" cellspacing="0" cellpadding="0">
<tr><td>⟦m 松针下载站 — 资料、范文、表格一站下齐⟧</td><td align="right">⟦a 加入松针收藏夹⟧</td></tr>
<tr><td colspan="2">⟦m 首页　办公文档　安全资料　表格模板　软件工具⟧</td></tr>
<tr><td colspan="2">⟦m 所在位置：松针下载站 &gt;&gt; 安全资料 &gt;&gt; 操作规程⟧</td></tr>
</table>
<table width="960" align="center" border="1" cellspacing="0" cellpadding="4">
<tr><td colspan="2" align="center"><b>{T}</b></td></tr>
<tr><td>⟦m 资料大小：18 KB⟧</td><td>⟦m 资料格式：WPS文字⟧</td></tr>
<tr><td>⟦m 更新时间：一个月前⟧</td><td>⟦m 下载次数：1204⟧</td></tr>
<tr><td>⟦m 资料评级：★★★★☆⟧</td><td>⟦m 运行环境：WPS/Office⟧</td></tr>
<tr><td colspan="2">⟦m 资料简介：⟧</td></tr>
<tr><td colspan="2">
{BODY}
</td></tr>
<tr><td colspan="2">⟦a 下载地址一：电信高速下载⟧　⟦a 下载地址二：联通高速下载⟧　⟦a 下载地址三：备用网盘⟧</td></tr>
<tr><td colspan="2">⟦m 解压密码：www.songzhen-down.com⟧</td></tr>
<tr><td colspan="2">⟦a 下不了？点此报告死链，我们尽快修复⟧</td></tr>
</table>
<div id="float_ad">⟦w 安全资料定制编写，微信 songzhen_doc⟧</div>
<table width="960" align="center"><tr><td align="center">⟦d 本站资料来源于网络，仅供学习研究，请于下载后24小时内删除。⟧</td></tr>
<tr><td align="center">⟦m Copyright 2009-2024 松针下载站　冀ICP备09033172号⟧</td></tr></table>
</body>
</html>
""",
        body="""
第一条　为防止麻袋堆码作业中发生倒垛、坠落和砸伤事故，结合本库实际，制定本规程。
第二条　麻袋堆码应按“品”字形交错码放，垛高不超过20层，垛与垛之间留出不小于0.6米的通道。
第三条　人工扛包上垛须使用带防滑条的跳板，跳板坡度不大于30度，严禁两人同时在一块跳板上行走。
第四条　拆垛应从上到下逐层进行，严禁从垛底或中间抽取麻袋。
第五条　发现麻袋破损漏粮的，应先停止作业，更换麻袋后再继续码放。
第六条　作业人员须穿防滑鞋、戴防尘口罩，每连续作业2小时休息15分钟。
第七条　本规程自发布之日起执行。
""",
    ),
    dict(
        slug="download-baibao-drill-plan-ladder-markers",
        site="百宝资料库 (invented)",
        style="资料下载站",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.baibaozlk.com/fangan/yingji/40218.html",
        title="嶝口镇防汛抢险绳梯救援应急演练方案",
        record_title="【防汛演练】嶝口镇防汛抢险绳梯救援应急演练方案[WPS+DOC双格式]_百宝资料库",
        date="2024-05-28",
        notes="download page text cut by '⚎ 第n页 ⚎' markers on lines of their own; file-info lines and download "
        "links around it; 成文日期 under the signature",
        page="""
!m 百宝资料库 - 实用资料免费下
!m 首页 > 应急预案 > 演练方案
!t 【防汛演练】嶝口镇防汛抢险绳梯救援应急演练方案[WPS+DOC双格式]
!m 格式：DOC　大小：36KB　页数：3　添加：3 周前
!a ↓ 本地下载　↓ 迅雷下载
{BODY}
!a 预览到此结束，完整资料请点上方按钮下载
!l 同类资料：防汛应急演练脚本　山洪灾害转移避险演练方案　冲锋舟操作规程
!d 资料均由网友提供，如有侵权请发邮件至 jubao@baibaozlk.com
""",
        indent="\u3000\u3000",
        pages=dict(fmt="⚎ 第{n}页 ⚎", every=100, start=2),
        body="""
为检验防汛抢险队伍在洪水围困情况下使用绳梯转移群众的能力，镇防汛办决定开展本次应急演练，特制定方案如下。
一、演练时间和地点。2024年6月6日上午9时，嶝口河滨河段老粮站两层楼房。
二、演练科目。模拟洪水围困楼房，一楼进水，群众被困二楼。抢险队员乘冲锋舟抵达后，从二楼窗口固定绳梯，协助被困群众逐一沿绳梯下到冲锋舟上，转移至安全地带。
三、参演力量。镇应急分队20人、民兵12人、卫生院医护人员4人，模拟被困群众8人。
四、安全措施。绳梯使用前由专人检查；被困群众全部穿戴救生衣；冲锋舟上配备救生圈和抛投器。
嶝口镇防汛抗旱指挥部办公室
2024年5月28日
""",
    ),
    dict(
        slug="exam-xucheng-firefighter-test-ladder-table",
        site="栩城人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://www.xcrsks.gov.cn/kwgg/2024/0812/3309.html",
        title="栩城市2024年政府专职消防员招录体能测试公告",
        record_title="【体能测试】栩城市2024年政府专职消防员招录体能测试公告｜栩城人事考试网",
        date="2024-08-12",
        notes="exam site: maintenance banner, an admission-ticket float and a technical line beside the notice's own "
        "咨询电话; a test table; downloading and printing the 准考证 is content",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【体能测试】栩城市2024年政府专职消防员招录体能测试公告｜栩城人事考试网</title>
<link rel="stylesheet" href="/css/kszx.css">
<script src="/js/kszx.js"></script>
</head>
<body>
<div class="ks-warn">⟦d 系统维护提醒：8月18日凌晨2:00—6:00本网暂停访问⟧</div>
<div class="ks-head">⟦m 栩城人事考试网⟧ ⟦m 栩城市人事考试中心主办⟧</div>
<div class="ks-nav">⟦m 首页　考试公告　报名入口　成绩查询　考生服务⟧</div>
<div class="ks-pos">⟦m 首页 &gt; 考试公告 &gt; 事业单位及其他⟧</div>
<div class="ks-art">
<h2>{T}</h2>
<div class="ks-meta">⟦m 发布日期：2024-08-12　浏览量：9532⟧</div>
<div class="ks-con">
{BODY}
</div>
</div>
<div class="ks-float"><a href="/zkz/">⟦a 准考证打印入口⟧</a><br><a href="/cj/">⟦a 成绩查询通道⟧</a></div>
<div class="ks-foot">
<p>⟦m 栩城市人事考试中心　地址：栩城市人民中路58号⟧</p>
<p>⟦m 网上报名技术支持热线：0739-5200815⟧</p>
</div>
</body>
</html>
""",
        body="""
经资格审查，现将栩城市2024年政府专职消防员招录体能测试有关事项公告如下：
一、测试时间和地点。2024年8月20日至21日，栩城市消防救援支队训练基地。
二、测试项目。
项目　标准　备注
10米×4往返跑　≤14秒　两次机会
原地跳高摸高　≥2.55米　三次机会
攀爬软绳梯　12米≤35秒　一次机会
三、测试须知。考生须于8月16日起登录本网下载并打印准考证，凭准考证和身份证参加测试。攀爬绳梯项目全程佩戴安全带，由测试员保护。
咨询电话：0739-5219119（工作日8:30—17:30）。
栩城市消防救援支队
2024年8月12日
""",
    ),
    dict(
        slug="exam-xuanchuan-keeper-practical-sacks",
        site="泫川人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://rsks.xuanchuanxian.gov.cn/gg/20240710/615.html",
        title="泫川县粮食储备库2024年公开招聘仓储保管员实操考核公告",
        record_title="〔招聘考核〕泫川县粮食储备库2024年公开招聘仓储保管员实操考核公告_泫川人事考试网",
        date="2024-07-08",
        date_also=["2024-07-10"],
        notes="exam site text: a schedule table; the site's posting date differs from the 成文日期 and is also accepted",
        page="""
!m 泫川人事考试网
!m 当前位置：首页 ＞ 招聘公告 ＞ 事业单位招聘
{T}
!m 发布日期：2024-07-10　　来源：县人社局　　阅读次数：2265
!a 〈放大〉〈缩小〉〈打印〉
{BODY}
!m 考务咨询（技术问题）：0917-6279901
!l 相关公告：泫川县2024年事业单位公开招聘资格复审公告
!m 泫川县人事考试中心　版权所有
""",
        body="""
根据招聘公告安排，现将泫川县粮食储备库2024年公开招聘仓储保管员实操考核有关事项公告如下：
一、考核时间。2024年7月16日上午8:30。
二、考核地点。泫川县粮食储备库（城关镇北环路66号）。
三、考核内容及分值。
考核项目　时间　分值
麻袋手工缝口　10分钟　40分
麻袋堆码（20袋）　15分钟　40分
仓储安全问答　5分钟　20分
四、注意事项。考生须穿长袖工作服和防滑鞋，缝口工具由考点统一提供，不得自带。
泫川县人力资源和社会保障局
2024年7月8日
""",
    ),
    dict(
        slug="tender-xucheng-inquiry-bunting-lots",
        site="栩城公共资源交易网 (invented)",
        style="招投标网",
        genre="询价公告",
        kind="notice",
        form="html",
        source="https://ggzy.xucheng.gov.cn/jyxx/zfcg/xjgg/20240902/0917.html",
        title="栩城市城区国庆氛围营造彩旗采购项目询价公告",
        record_title="【彩旗询价】栩城市城区国庆氛围营造彩旗采购项目询价公告 - 栩城公共资源交易网",
        date="2024-09-02",
        notes="tender portal: countdown, an attachment link, CA and trading-system lines beside the purchaser's and the "
        "agency's contacts; a lots table; downloading the inquiry file is content",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【彩旗询价】栩城市城区国庆氛围营造彩旗采购项目询价公告 - 栩城公共资源交易网</title>
<link rel="stylesheet" href="/static/jy.css">
<script src="/static/countdown.js"></script>
</head>
<body>
<div class="jy-top">⟦m 栩城市公共资源交易中心⟧ <a>⟦a 主体登录⟧</a> <a>⟦a 主体注册⟧</a></div>
<div class="jy-nav">⟦m 首页　交易信息　政府采购　工程建设　土地矿产　服务指南⟧</div>
<div class="jy-pos">⟦m 交易信息 &gt; 政府采购 &gt; 询价公告⟧</div>
<div class="jy-art">
<h3>{T}</h3>
<div class="jy-meta">⟦m 信息时间：2024-09-02　阅读：418⟧</div>
<div class="jy-count">⟦m 距报价截止还剩：6天 14时 22分⟧</div>
<div class="jy-con">
{BODY}
</div>
<div class="jy-att">⟦a 相关附件：国庆彩旗采购询价文件.zip（点击下载）⟧</div>
</div>
<div class="jy-foot">
<p>⟦m CA数字证书办理热线：400-6180-213⟧</p>
<p>⟦m 交易系统操作咨询：0739-5260088⟧</p>
<p>⟦m 栩城市公共资源交易中心　湘ICP备19012205号⟧</p>
</div>
</body>
</html>
""",
        body="""
项目编号：XCCG-2024-0917
一、采购内容。
包号　品名　规格　数量
1　涤纶印字彩旗　60×90厘米　3000面
2　三角串旗　每串20米　800串
3　玻璃钢旗杆　3米　1500根
二、供应商资格。具有独立承担民事责任的能力，近三年经营活动中无重大违法记录。
三、询价文件获取。2024年9月3日至9月6日，在本网下载询价文件。
四、报价截止时间。2024年9月9日上午10:00。
五、联系方式。
采购人：栩城市城市管理局　联系人：隋东来　电话：0739-5227301
代理机构：栩城正信招标代理有限公司　联系人：喻清扬　电话：0739-5236650
2024年9月2日
""",
    ),
    dict(
        slug="tender-huangshui-award-sacks-record",
        site="潢水县政府采购网 (invented)",
        style="招投标网",
        genre="中标公告",
        kind="notice",
        form="text",
        source="http://www.hszfcg.gov.cn/zbgg/2024/05/14/7731.html",
        title="潢水县防汛物资（麻袋）采购项目中标结果公告",
        record_date="2024-05-14",
        date="2024-05-14",
        notes="record gives the title and date as is; a bid-result table; the purchaser's contact beside the platform "
        "hotline",
        page="""
!m 潢水县政府采购网
!m 首页 >> 采购公告 >> 中标（成交）公告
{T}
!m 发布时间：2024-05-14 16:10　　浏览：377
{BODY}
!m 平台服务热线：0931-8812345（9:00-17:00）
!l 上一篇：潢水县中小学校课桌椅采购项目招标公告
!l 下一篇：潢水县乡镇卫生院医疗设备采购项目更正公告
!m 主办：潢水县财政局　备案号：甘ICP备12007749号
""",
        body="""
一、项目编号：HSZC-2024-036
二、项目名称：潢水县防汛物资（麻袋）采购项目
三、中标信息：
包号　中标供应商　中标金额（元）
1　潢水县丰禾麻纺制品有限公司　186400
2　栩城市恒泰包装材料厂　97650
四、主要标的信息：黄麻麻袋，规格100×70厘米，共8万条；编织袋共5万条。
五、评审专家：喻文海、柏青、戚建林。
六、公告期限：自本公告发布之日起1个工作日。
七、联系方式：采购人潢水县应急管理局，联系人邢先生，电话0931-8845120。
潢水县政府采购中心
2024年5月14日
""",
    ),
    dict(
        slug="lawfirm-hengtai-banner-evidence-qa",
        site="衡泰律师事务所 (invented)",
        style="律所网站",
        genre="以案说法",
        kind="other",
        form="html",
        source="https://www.hengtai-law.cn/anli/yiliao/2024/118.html",
        title="患者送了锦旗又起诉医院，锦旗能当证据吗？",
        record_title="【医患说法】患者送了锦旗又起诉医院，锦旗能当证据吗？—衡泰律师事务所",
        date=None,
        notes="law firm: lawyer card, consult float, a 400 line and a repost notice; a team line glued after the last "
        "sentence; a Q&A case note with no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【医患说法】患者送了锦旗又起诉医院，锦旗能当证据吗？—衡泰律师事务所</title>
<link rel="stylesheet" href="/assets/law.css">
<script src="/assets/consult.js"></script>
</head>
<body>
<div class="l-top">⟦m 衡泰律师事务所　专注医疗与人身损害纠纷⟧ ⟦m 全国咨询：400-870-3312⟧</div>
<div class="l-nav">⟦m 首页　律所简介　专业领域　律师团队　以案说法　联系我们⟧</div>
<div class="l-pos">⟦m 首页 / 以案说法 / 医疗纠纷⟧</div>
<div class="l-art">
<h1>{T}</h1>
<div class="l-meta">⟦m 栏目：以案说法　阅读 1507⟧</div>
<div class="l-con">
{BODY}
</div>
<div class="l-note">⟦d 本文为衡泰律所原创，如需转载请注明出处；文中观点仅供参考，不构成法律意见。⟧</div>
</div>
<div class="l-card">⟦m 柏思远　执业证号 14301202310865227⟧<br>⟦w 一对一咨询柏律师：微信 bsy_lawyer⟧</div>
<div class="l-float">⟦w 在线律师 · 3分钟回复⟧</div>
<div class="l-foot">⟦m 衡泰律师事务所　地址：栩城市薮湖区金融街7号12楼⟧</div>
</body>
</html>
""",
        body="""
问：我父亲去年在县医院做了手术，出院时我们送了一面锦旗。后来父亲出现并发症，我们想起诉医院，医院说我们送过锦旗，说明对治疗是满意的。锦旗能证明医院没有过错吗？
答：不能简单这样认定。锦旗表达的是患者或家属在某个时间点的感谢，它既不是对医疗行为的专业评价，也不代表放弃了追究责任的权利。
在医疗损害责任纠纷中，法院判断医院是否有过错，主要依据病历资料和医疗损害鉴定意见，看诊疗行为是否符合当时的诊疗规范，以及过错与损害之间有无因果关系。锦旗最多只能作为辅助材料，证明医患之间曾有过良好沟通。
建议您尽快复印、封存病历，必要时申请医疗损害鉴定，并注意三年的诉讼时效。⟦m （衡泰律所医疗纠纷团队　柏思远律师整理）⟧
""",
    ),
    dict(
        slug="lawfirm-shouzheng-letter-handcart-obstruction",
        site="守正律师事务所 (invented)",
        style="律所网站",
        genre="函",
        kind="other",
        form="text",
        source="http://www.shouzhenglvshi.com/wenshu/lvshihan/0603.html",
        title="关于板车长期占用商铺通道事宜的律师函",
        record_title="【文书参考·律师函】关于板车长期占用商铺通道事宜的律师函_守正律师事务所",
        date="2024-06-03",
        notes="a lawyer's letter with an addressee line and a signature date; the firm's 400 line and consult prompt "
        "around it; a hot-topics list",
        page="""
!m 守正律师事务所 · 槎溪
!m 首页 ＞ 法律文书 ＞ 律师函
!t 【文书参考·律师函】关于板车长期占用商铺通道事宜的律师函
!d 本范例已隐去当事人真实信息，仅供参考。
{BODY}
!w 遇到相邻纠纷？免费法律咨询 400-870-5166
!l 热门文书：催款律师函　｜　解除合同通知函　｜　侵权警告函
!m 守正律师事务所　地址：栩城市槎溪镇建设路21号
""",
        body="""
致：槎溪镇农贸市场东区12号摊主甘某某
守正律师事务所接受栩城市槎溪镇“丰年粮油店”经营者郁某的委托，就您长期将三辆板车停放在其店铺门前通道一事，致函如下：
自2024年3月起，您多次将装货板车停放在委托人店铺正门前，堵塞顾客进出通道，委托人多次当面协商未果，经营受到明显影响。
根据《中华人民共和国民法典》第二百八十八条规定，不动产的相邻权利人应当按照有利生产、方便生活、团结互助、公平合理的原则，正确处理相邻关系。
请您在收到本函之日起七日内将板车移至市场指定停放区，并不再占用上述通道。否则，委托人将依法向人民法院提起诉讼。
特此函告。
守正律师事务所
律师：戚远航
2024年6月3日
""",
    ),
]

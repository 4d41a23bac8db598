"""holdout297, part D: download stations, personnel-exam sites, tender portals, law firms, residents' sites.

Invented text, written by hand (see ../README.md and ../build.py for the markup).
"""

CASES = [
    dict(
        slug="download-gongjiang-rules-bamboo-wife-weaving",
        site="工匠资料屋 (invented download station, old gb2312 table layout)",
        style="资料下载站",
        genre="技术规程",
        kind="other",
        form="html",
        source="http://www.gjzlw.com/soft/zhubian/2271.html",
        title="竹夫人编织工艺技术规程",
        record_title="竹夫人编织工艺技术规程[DOC] 免费下载_工匠资料屋",
        date=None,
        notes="download station in an old table layout: a file-info table, three mirror links, an unzip password, a "
        "dead-link report and a floating ad; a technical rule with decimal headings: no date",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>竹夫人编织工艺技术规程[DOC] 免费下载_工匠资料屋</title>
<script language="javascript" src="/js/ad_float.js"></script>
</head>
<body>
<table width="950" align="center" border="0" cellspacing="0" cellpadding="0">
<tr><td>⟦m 工匠资料屋 —— 手艺人的资料库⟧</td><td align="right">⟦a 加入收藏 | 设为主页 | 网站地图⟧</td></tr>
<tr><td colspan="2">⟦m 首页 | 木工资料 | 竹编藤编 | 陶艺资料 | 五金工具 | 行业标准⟧</td></tr>
</table>
<table width="950" align="center" border="1" cellspacing="0" cellpadding="3" bordercolor="#CCCCCC">
<tr><td colspan="2">⟦m 当前位置：工匠资料屋 → 竹编藤编 → 工艺规程⟧</td></tr>
<tr><td width="120">⟦m 资料名称⟧</td><td>{T}</td></tr>
<tr><td>⟦m 资料大小⟧</td><td>⟦m 46 KB⟧</td></tr>
<tr><td>⟦m 资料格式⟧</td><td>⟦m DOC（压缩包）⟧</td></tr>
<tr><td>⟦m 更新时间⟧</td><td>⟦m 2024-05-30⟧</td></tr>
<tr><td>⟦m 下载次数⟧</td><td>⟦m 本周 37 次　总计 1185 次⟧</td></tr>
<tr><td>⟦m 资料简介⟧</td><td>
{BODY}
</td></tr>
<tr><td>⟦a 下载地址⟧</td><td>⟦a 电信高速下载⟧　⟦a 联通高速下载⟧　⟦a 本地备用下载⟧</td></tr>
<tr><td>⟦a 解压密码⟧</td><td>⟦a www.gjzlw.com⟧</td></tr>
<tr><td colspan="2">⟦a 链接打不开？点这里告诉我们⟧</td></tr>
</table>
<div id="float_ad">⟦w 竹编原料批发，楠竹篾片现货供应，电话 0745-7233 8816⟧</div>
<table width="950" align="center"><tr><td align="center">⟦d 本站资料均来源于网络，版权归原作者所有，仅供学习研究。⟧<br>⟦m 工匠资料屋 版权所有 闽ICP备11008425号⟧</td></tr></table>
</body>
</html>
""",
        p_html="{}<br>",
        body="""
1　范围
本规程规定了竹夫人的选材、破篾、编织、定型和防霉处理要求，适用于手工编织的竹夫人。
2　选材
2.1　选用三至四年生毛竹，竹龄不足或过老的不得使用。
2.2　竹材砍伐后七日内完成破竹，避免霉变。
3　破篾与刮篾
3.1　篾片宽度控制在6至8毫米，厚度0.8至1.0毫米。
3.2　篾片边缘须刮光，不得有毛刺。
4　编织与定型
4.1　采用六角孔编法，孔径均匀，收口处用藤皮或篾丝缠紧。
4.2　成品长度一般为90至120厘米，直径18至22厘米。
5　防霉处理
竹材须经蒸煮或炭化处理，成品晾晒至含水率12%以下方可包装。
""",
    ),
    dict(
        slug="download-yide-plan-canteen-condiment-bottles-pdf",
        site="易得下载站 (invented, text)",
        style="资料下载站",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.yidexz.com/doc/xuexiao/58817.html",
        title="学校食堂调味品及调味瓶管理实施方案",
        record_title="学校食堂调味品及调味瓶管理实施方案.pdf",
        date="2024-08-26",
        notes="file-name record title; a PDF dump cut by page markers of my own form on lines of their own; the "
        "成文日期 under the signature; an update stamp is no date",
        page="""
!m 易得下载站 › 学校管理 › 后勤食堂
!m 文件名：学校食堂调味品及调味瓶管理实施方案.pdf　大小：212KB　更新：2024-09-03
!a 【立即下载】【加入下载篮】【报告错误】
!m 以下为PDF文字预览：
{BODY}
!a 预览结束，下载后可查看原版排版
!l 同类下载：学校食堂食品留样制度.pdf｜校园食品安全自查表.xlsx
!d 本站只提供文件的存储和下载服务，文件内容由上传者负责
!m 易得下载站　闽ICP备21004817号-2
""",
        pages=dict(fmt="⩛ P{n} ⩛", every=120, start=2),
        body="""
为加强学校食堂调味品和调味瓶管理，杜绝过期、变质调味品进入餐桌，结合我校实际，制定本方案。
一、管理范围。本方案所称调味瓶，包括后厨灶台调料罐、分装壶和学生餐桌上的醋瓶、酱油瓶、辣椒罐。
二、采购与入库。调味品由学校统一招标采购，入库时查验生产日期、保质期和检验合格证明，建立进货台账。
三、分装与标识。调味品分装时，每只调味瓶贴标签注明品名、分装日期和分装人，餐桌调味瓶每次添加不超过三天用量。
四、清洗与消毒。后厨调料罐每日清洗，餐桌调味瓶每周二、周五集中清洗，高温消毒后倒置晾干。
五、检查与考核。后勤处每周检查一次，发现过期调味品或脏污调味瓶的，扣减当月食堂考核分。
缭岭县第一中学后勤处
2024年8月26日
""",
    ),
    dict(
        slug="exam-youcheng-notice-gardener-practical-trowel",
        site="猷城人事考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.ycrsks.cn/kwgg/2024/1022/5913.html",
        title="2024年园林绿化工职业技能等级认定实操考核考生须知",
        record_title="【园林工实操考务】2024年园林绿化工职业技能等级认定实操考核考生须知 - 猷城人事考试网",
        date="2024-10-21",
        date_also=["2024-10-22"],
        notes="personnel-exam portal: a maintenance banner, an admission-ticket float, a technical line beside the "
        "centre's own 咨询电话; candidates told to 下载 and 打印 the admission ticket and bring their own trowels",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【园林工实操考务】2024年园林绿化工职业技能等级认定实操考核考生须知 - 猷城人事考试网</title>
<script src="/js/notice-bar.js"></script>
</head>
<body>
<div class="maint">⟦m 系统公告：报名系统将于10月23日22:00至24:00升级维护，届时暂停访问⟧</div>
<div class="head">⟦m 猷城人事考试网⟧　⟦m 猷城市人事考试院主办⟧</div>
<div class="nav">⟦m 首页　考试动态　报名入口　准考证打印　成绩查询　证书领取⟧</div>
<div class="path">⟦m 首页 &gt; 考试动态 &gt; 职业技能⟧</div>
<div class="article">
<h1>{T}</h1>
<div class="attr">⟦m 时间：2024-10-22　来源：市职业技能鉴定中心　【打印】【关闭】⟧</div>
<div class="content">
{BODY}
</div>
</div>
<div class="float-zkz">⟦a 准考证打印入口 ›⟧</div>
<div class="links"><h4>⟦l 考试日历⟧</h4><ul><li>⟦l 11月　保育师、育婴员技能认定⟧</li><li>⟦l 12月　中式烹调师技能认定⟧</li></ul></div>
<div class="footer">
<p>⟦m 猷城市人事考试院　地址：猷城市橄湾区人民路31号⟧</p>
<p>⟦m 网站技术支持电话：0736-8307 0099（仅受理系统故障）⟧</p>
<p>⟦m 湘ICP备12011690号⟧</p>
</div>
</body>
</html>
""",
        body="""
各位考生：
2024年园林绿化工（四级）职业技能等级认定实操考核定于10月26日在猷城市园林科研所苗圃基地举行。为保证考核顺利进行，现将有关事项告知如下：
一、请考生于10月24日至25日登录猷城人事考试网下载并打印准考证，凭准考证和身份证参加考核。
二、实操考核内容为花卉上盆和地被栽植，考点提供苗木和基质，考生须自带花铲、修枝剪和劳保手套，不得使用电动工具。
三、考核分上午、下午两场，具体时间见准考证。考生须提前30分钟到达候考区，迟到15分钟以上不得入场。
四、考核当天请穿着便于劳动的服装和防滑鞋。
咨询电话：0736-8307 5561（市职业技能鉴定中心，工作日）
猷城市职业技能鉴定中心
2024年10月21日
""",
    ),
    dict(
        slug="exam-naoxi-housekeeper-practical-duvet-cover",
        site="瑙溪人才考试服务网 (invented, text)",
        style="人事考试网",
        genre="说明",
        kind="notice",
        form="text",
        source="http://www.nxrcks.cn/jnjd/2024/0511/702.html",
        title="家政服务员职业技能等级认定实操考核说明",
        record_title="家政服务员职业技能等级认定实操考核说明（附考核时间安排）_瑙溪人才考试服务网",
        date="2024-05-10",
        notes="exam site text: a timetable one row a paragraph; the duvet-cover task's scoring points; the 成文日期 "
        "under the signature; a login prompt and a technical line around",
        page="""
!m 瑙溪人才考试服务网　|　考生登录　|　机构登录
!m 首页 > 技能鉴定 > 考务信息
{T}
!m 发布者：鉴定所　　浏览：918　　发布时间：2024-05-11
{BODY}
!l 相关：家政服务员（五级）理论考试大纲
!l 相关：2024年第二批技能认定合格人员名单
!m 技术支持：瑙溪县人社信息中心 0738-6650 0012
!m 瑙溪人才考试服务网 版权所有
""",
        date_also=["2024-05-11"],
        body="""
根据年度职业技能等级认定计划，2024年第二批家政服务员（五级）实操考核定于5月18日在瑙溪县职业技术学校实训楼进行。现将实操考核有关事项说明如下。
一、考核项目：床铺整理（含被罩更换）、衣物熨烫、家居保洁三项，每项满分100分，均达到60分为合格。
二、时间安排：
场次　时间　考核项目
第一场　8:30—10:00　床铺整理
第二场　10:30—12:00　衣物熨烫
第三场　14:30—16:00　家居保洁
三、评分要点：被罩更换须在8分钟内完成，要求四角对齐、被面平整、拉链拉好，被罩内外不得翻错。
四、考生须携带准考证、身份证，着工装或浅色便装。
瑙溪县职业技能鉴定所
2024年5月10日
""",
    ),
    dict(
        slug="tender-chuyang-bid-result-hospital-bedding",
        site="褚阳县公共资源交易网 (invented)",
        style="招投标网",
        genre="中标公告",
        kind="notice",
        form="html",
        source="https://ggzy.chuyang.gov.cn/jyxx/zfcg/zbgg/2024/0730/118274.html",
        title="褚阳县人民医院被服采购项目中标结果公告",
        record_title="【被服采购结果】褚阳县人民医院被服采购项目中标结果公告｜褚阳县公共资源交易网",
        date="2024-07-30",
        notes="tender portal: a countdown, CA and trading-system lines beside the purchaser's and agency's own contacts; "
        "a bid-lot table one row a paragraph; the 发布时间 and the notice's date agree",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【被服采购结果】褚阳县人民医院被服采购项目中标结果公告｜褚阳县公共资源交易网</title>
<script src="/js/countdown.js"></script>
</head>
<body>
<div class="top">⟦m 褚阳县公共资源交易网⟧　⟦a 主体登录　｜　CA锁驱动下载⟧</div>
<div class="nav">⟦m 首页　交易信息　政策法规　办事指南　信用信息　专家管理⟧</div>
<div class="crumb">⟦m 交易信息 &gt; 政府采购 &gt; 中标（成交）结果公告⟧</div>
<div class="detail">
<h2>{T}</h2>
<div class="info">⟦m 发布时间：2024-07-30 15:20　信息来源：猷城正衡招标代理有限公司　浏览次数：207⟧</div>
<div class="count">⟦m 公示期剩余：0天 21小时 36分⟧</div>
<div class="ewb-con">
{BODY}
</div>
</div>
<div class="side"><h4>⟦l 近期结果公告⟧</h4><ul><li>⟦l 褚阳县第二中学课桌椅采购项目成交公告⟧</li><li>⟦l 县疾控中心冷链设备采购项目中标公告⟧</li></ul></div>
<div class="footer">
<p>⟦m CA证书办理及技术服务：400-0736-518⟧</p>
<p>⟦m 交易系统操作咨询：0739-5508 2010（工作日）⟧</p>
<p>⟦m 褚阳县公共资源交易中心　湘ICP备19028872号⟧</p>
</div>
</body>
</html>
""",
        body="""
一、项目编号：CYCG-2024-0719
二、项目名称：褚阳县人民医院被服采购项目
三、中标信息：
包号　采购内容　中标供应商　中标金额（元）
1　被罩、床单、枕套　猷城市栳丰家纺有限公司　386400.00
2　病员服、手术衣　瑙溪县绠口服装厂　212750.00
四、公告期限：自本公告发布之日起1个工作日。
五、联系方式
采购人：褚阳县人民医院，联系人：蒋女士，电话：0739-5563 0036
代理机构：猷城正衡招标代理有限公司，联系人：邵工，电话：0736-8219 3370
褚阳县人民医院
猷城正衡招标代理有限公司
2024年7月30日
""",
    ),
    dict(
        slug="tender-liaoling-inquiry-condiment-bottles",
        site="缭岭县公共资源交易网 (invented, text)",
        style="招投标网",
        genre="询价公告",
        kind="notice",
        form="text",
        source="http://ggzy.liaoling.gov.cn/zfcg/xjgg/2024/0319/30125.html",
        title="缭岭县机关事务中心食堂调味瓶及调料架询价采购公告",
        record_date="2024-03-19",
        date="2024-03-19",
        notes="title and date as the record gives them; an items table one row a paragraph; downloading the inquiry "
        "file as content; the purchaser's contact beside the platform's hotline",
        page="""
!m 缭岭县公共资源交易网
!m 首页 ＞ 政府采购 ＞ 询价公告
{T}
!m 发布时间：2024-03-19　阅读次数：96
!a ［收藏本页］［打印本页］
{BODY}
!m 平台服务热线：0737-4210 1234　CA办理：400-0737-612
!m 缭岭县公共资源交易中心主办　湘ICP备16021077号
""",
        body="""
缭岭县机关事务中心拟对机关食堂调味瓶及调料架进行询价采购，欢迎符合条件的供应商参加报价。
一、采购内容
序号　品名　规格　数量
1　玻璃调味瓶　500毫升，带刻度防尘盖　300只
2　按压式定量瓶　300毫升　120只
3　不锈钢调料架　四格　80个
二、报价要求：报价含运输、安装和税费，以人民币填报。
三、获取询价文件：请于3月19日至3月22日登录缭岭县公共资源交易网下载询价文件。
四、报价截止时间：2024年3月25日17时，逾期不予受理。
联系人：缭岭县机关事务中心　褚先生，电话：0737-4216 8052
""",
    ),
    dict(
        slug="lawfirm-shoucheng-case-cushion-fake-latex",
        site="猷城守诚律师事务所 (invented)",
        style="律所网站",
        genre="案例解读",
        kind="other",
        form="html",
        source="https://www.shoucheng-law.cn/alfx/xiaofei/327.html",
        title="网购护腰靠枕内芯是再生棉絮，能否主张三倍赔偿？",
        record_title="律师解读丨网购护腰靠枕内芯是再生棉絮，能否主张三倍赔偿？ - 守诚律师",
        date=None,
        notes="law firm: a lawyer card, a consult float, a 400 line, a repost notice and a 本页地址 block; the body "
        "starts with a 【案情】 heading and quotes a statute; a 12315 line as content; no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>律师解读丨网购护腰靠枕内芯是再生棉絮，能否主张三倍赔偿？ - 守诚律师</title>
<script src="/js/consult-float.js"></script>
</head>
<body>
<div class="top">⟦m 猷城守诚律师事务所⟧　⟦m 全国咨询热线：400-0736-1990⟧</div>
<div class="nav">⟦m 首页　律所简介　专业领域　律师团队　案例分析　联系我们⟧</div>
<div class="pos">⟦m 首页 / 案例分析 / 消费维权⟧</div>
<div class="show">
<h1>{T}</h1>
<div class="lawyer">⟦m 撰稿：邵明远律师　执业证号 14307202110863072⟧</div>
<div class="txt">
{BODY}
</div>
<div class="url">⟦m 本页地址：https://www.shoucheng-law.cn/alfx/xiaofei/327.html⟧</div>
<div class="zz">⟦d 本文为守诚律师原创，转载请保留作者及出处⟧</div>
</div>
<div class="float">⟦w 在线咨询｜邵律师微信 smy_lawyer⟧</div>
<div class="foot"><p>⟦m 地址：猷城市橄湾区人民路88号金融大厦17楼⟧</p><p>⟦m 湘ICP备20034417号⟧</p></div>
</body>
</html>
""",
        body="""
【案情】市民蒋女士在某网店花398元购买了两只“乳胶护腰靠枕”，使用一个月后靠枕变形，拆开发现内芯是碎海绵和再生棉絮，并非宣传的天然乳胶。蒋女士要求退一赔三，店家只同意退货。
【律师分析】《消费者权益保护法》第五十五条规定，经营者提供商品有欺诈行为的，应当按照消费者的要求增加赔偿其受到的损失，增加赔偿的金额为消费者购买商品的价款的三倍。本案中，店家将再生棉絮冒充乳胶销售，足以认定为欺诈，蒋女士可以主张退还货款并赔偿1194元。
⟦w 遇到类似纠纷？点击右侧免费咨询守诚律师⟧
【律师提示】网购时请保存好商品详情页截图、聊天记录和付款凭证。收到商品后发现问题，先拍照固定证据，再与商家协商，协商不成可向平台投诉或向12315举报。
""",
    ),
    dict(
        slug="lawfirm-shoucheng-letter-bamboo-wife-trademark",
        site="猷城守诚律师事务所 (invented, text)",
        style="律所网站",
        genre="律师函",
        kind="letter",
        form="text",
        source="https://www.shoucheng-law.cn/wsfb/lsh/2024/0708.html",
        title="关于贵公司销售仿冒“簌溪”牌竹夫人产品的律师函",
        date="2024-07-08",
        notes="title as the record gives it; a law firm's letter with the lawyer's own phone beside the firm's 400 line; "
        "the 成文日期 under the signature",
        page="""
!m 守诚律师 · 文书发布
!m 首页 › 文书发布 › 律师函
{T}
!m 律师函编号：守诚函字〔2024〕第0708号
!a 在线咨询　|　预约面谈
{BODY}
!m 全国咨询热线：400-0736-1990
!d 本函公开发布仅为告知之目的，不构成对任何第三方的法律意见
!m 猷城守诚律师事务所　湘ICP备20034417号
""",
        body="""
猷城市某某日用品商行：
猷城守诚律师事务所接受纭川县簌溪竹艺有限公司（以下简称委托人）的委托，就贵商行销售仿冒“簌溪”牌竹夫人产品一事，郑重致函如下：
一、委托人系“簌溪”注册商标的合法权利人，该商标核定使用于竹制床上用品等商品。
二、经委托人调查，贵商行在网店销售的多款竹夫人产品，在商品标题和包装上使用“簌溪”字样，足以导致消费者混淆。
三、请贵商行自收到本函之日起七日内，立即下架上述商品，销毁库存包装，并与本所联系商谈赔偿事宜。
逾期未予回复的，委托人将依法追究贵商行的法律责任。
联系人：邵明远律师，电话：0736-8240 6631
猷城守诚律师事务所
2024年7月8日
""",
    ),
    dict(
        slug="residents-liantang-notice-garden-plots-trowels",
        site="裢塘社区网 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.liantangsq.cn/tzgg/2024/0312/261.html",
        title="关于开展“一米菜园”认领活动的通知",
        record_title="【社区菜园】关于开展“一米菜园”认领活动的通知（每户限认领一块）- 裢塘社区网",
        date="2024-03-11",
        date_also=["2024-03-12"],
        notes="residents' site: a weather line, a grid worker's box and property repair and night lines beside the "
        "community's own 咨询电话; scan-to-sign-up as content; the page's date differs from the signature date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【社区菜园】关于开展“一米菜园”认领活动的通知（每户限认领一块）- 裢塘社区网</title>
</head>
<body>
<div class="bar">⟦m 今日橄湾：小雨　9～15℃　空气质量 良⟧</div>
<div class="logo">⟦m 裢塘社区网 · 我们的家园⟧</div>
<div class="nav">⟦m 首页　社区公告　党建引领　邻里互助　办事指南　物业服务⟧</div>
<div class="main">
<h1>{T}</h1>
<p class="meta">⟦m 发布：社区居委会　2024-03-12　阅读 392⟧</p>
<div class="content">
{BODY}
</div>
<p class="share">⟦l 分享到邻里群　|　收藏⟧</p>
</div>
<div class="grid-box"><h4>⟦m 我的网格员⟧</h4><p>⟦m 第三网格　褚晓燕　139 7360 2215⟧</p></div>
<div class="wy"><p>⟦m 物业报修：0736-8255 9900⟧</p><p>⟦m 夜间应急：0736-8255 9911⟧</p></div>
<div class="foot">⟦m 裢塘社区居民委员会　技术支持：橄湾区智慧社区平台⟧</div>
</body>
</html>
""",
        body="""
各位居民：
为美化小区环境，丰富居民业余生活，裢塘社区将在社区北侧闲置绿地开辟“一米菜园”，现面向辖区居民开放认领。有关事项通知如下：
一、认领对象：本社区常住居民，每户限认领一块，每块约一平方米。
二、认领方式：3月15日至3月20日，请扫描社区公告栏上的二维码报名，也可到社区服务站现场登记。
三、使用要求：认领居民自行种植蔬菜或花卉，不得使用化学农药，不得私搭乱建。社区为每户配发花铲一把、种子一包。
四、管理约定：连续一个月无人打理的地块，社区将收回另行分配。
咨询电话：社区服务站0736-8255 1032（工作日）
裢塘社区居民委员会
2024年3月11日
""",
    ),
    dict(
        slug="residents-zongwan-summary-cushion-workshop-oneline",
        site="粽湾社区 (invented residents' page, text)",
        style="社区网站",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://zongwan.gwsq.cn/gzzj/2024/1227.html",
        title="粽湾社区“爱心靠枕”手工坊2024年活动总结",
        record_title="粽湾社区“爱心靠枕”手工坊2024年活动总结【年终盘点】-粽湾社区",
        date="2024-12-26",
        notes="a residents' page saved with the whole body on one line (paragraphs apart only by their indent); "
        "the signature date; a weather line and a property line around",
        page="""
!m 粽湾社区　今天 阴 4～9℃
!m 首页 | 社区动态 | 工作总结 | 便民服务
!t 粽湾社区“爱心靠枕”手工坊2024年活动总结【年终盘点】
!m 发布者：粽湾社区　发布于：5天前　阅读：147
{BODY}
!l 👍 点赞 21　💬 评论 4　↗ 转发
!m 物业服务中心：0736-8253 7000
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
2024年，粽湾社区“爱心靠枕”手工坊共开展集中活动18次，参与居民和志愿者460余人次，缝制靠枕830只，分别送往娉湖镇敬老院、橄湾区环卫作业班组和社区独居老人家中。
手工坊坚持“居民出点子、社区搭台子”，由退休裁缝蒋阿姨担任指导老师，每月第二、第四个周六在社区活动室开放，布料全部来自居民捐赠的闲置衣物。
活动也存在一些不足：参与者以老年人为主，年轻居民参与较少；缝纫机只有三台，高峰时需要排队。
2025年，手工坊计划联合辖区学校开设亲子缝纫课，并争取街道支持再添置两台缝纫机。
粽湾社区居民委员会
2024年12月26日
""",
    ),
]

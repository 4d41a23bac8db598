"""holdout375, part D: a county forum, download stations, personnel-exam sites, tender portals, law firms, a
residents' site.

Invented text; see ../README.md and ../build.py for the markup. Written by hand, case by case.
"""

CASES = [
    dict(
        slug="county-forum-chouxi-burr-coil-holder-junk",
        site="稠溪生活网论坛 (invented county forum), text",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="https://bbs.chouxilife.com/t/60271",
        title="菜市场门口卖的三块钱蚊香盘，底下全是毛刺",
        record_title=None,
        date=None,
        notes="no title in the record: the thread subject is the title; anti-scraping junk lines and glued after 。; "
        "a 12315 mention in the post; relative post time (no date); replies and a forum ad",
        page="""
!m 稠溪生活网 · 论坛
!m 首页 > 稠溪论坛 > 消费维权
{T}
!m 楼主：溪边钓鱼佬　发表于 昨天 21:36　|　浏览 2608　|　回复 37
{BODY}
!a 顶一下　　踩一下　　收藏　　举报
!l 沙发 淬河小燕子：我家也买过，边上真的割手
!l 板凳 老街阿伯：超市卖的贵几块钱，但放心
!l 地板 稠溪生活网小编：已帮你转给县市场监管局，等回复
!m 【广告】稠溪家政保洁　开荒保洁 擦玻璃　电话 13850726614
!a 回帖请先登录，新用户注册送10枚金币
!m 稠溪生活网　闽ICP备14017702号-1
""",
        junk=dict(lines=2, glued=2),
        body="""
昨天在淬河菜市场门口的小摊上买了两个铁皮蚊香盘，三块钱一个，看着挺好。回家一摸，盘子底下一圈全是毛刺，我老婆收拾的时候手指头被拉了一道口子。
再仔细一看，支架是用一根细铁丝随便弯的，蚊香一放就歪，稍微碰一下香头就掉到盘子外面去了。这要是半夜掉到地板上，后果不敢想。
后来去超市买了个带盖的，十几块钱，边缘都卷过边，支架也稳当。
奉劝大家买蚊香盘别光图便宜，买回来先摸摸边、放上蚊香晃一晃。已经打了12315反映，看看市场监管怎么说。
""",
    ),
    dict(
        slug="download-jiangren-instruction-basket-install-doc",
        site="匠人资料库 (invented download station, old gb2312 table layout)",
        style="资料下载站",
        genre="作业指导书",
        kind="other",
        form="html",
        source="http://www.jiangrenziliao.com/soft/2024/4417.html",
        title="橱柜拉篮安装作业指导书",
        record_title="橱柜拉篮安装作业指导书.doc",
        date=None,
        notes="old table download page: file-info table, three mirror links, an unzip password, a dead-link report, a "
        "floating ad; decimal headings 1–4 and 2.1–3.3; no date (an update stamp only)",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>橱柜拉篮安装作业指导书.doc - 匠人资料库</title>
<script type="text/javascript" src="/js/ads.js"></script>
</head>
<body>
<table width="980" align="center" border="0"><tr>
<td><img src="/img/jr_logo.gif"><b>⟦m 匠人资料库⟧</b>　⟦m 装修·五金·木作技术资料免费下⟧</td>
<td align="right">⟦a 会员登录 | 免费注册 | 上传资料⟧</td></tr></table>
<table width="980" align="center"><tr><td class="nav">⟦m 首页 ┆ 装修施工 ┆ 五金安装 ┆ 木工技术 ┆ 质量验收 ┆ 规范标准⟧</td></tr></table>
<table width="980" align="center"><tr><td>⟦m 当前位置：匠人资料库 ＞＞ 五金安装 ＞＞ 厨房五金⟧</td></tr></table>
<table width="980" align="center" border="1" bordercolor="#cccccc" cellspacing="0">
<tr><td colspan="2" align="center"><h3>{T}</h3></td></tr>
<tr><td>⟦m 资料大小：56 KB⟧</td><td>⟦m 资料格式：DOC⟧</td></tr>
<tr><td>⟦m 更新时间：3 个月前⟧</td><td>⟦m 下载次数：1,273⟧</td></tr>
<tr><td>⟦m 资料等级：☆☆☆☆⟧</td><td>⟦m 运行环境：Word/WPS⟧</td></tr>
<tr><td colspan="2">
{BODY}
</td></tr>
<tr><td colspan="2">⟦a 下载地址一：电信高速下载⟧　⟦a 下载地址二：联通高速下载⟧　⟦a 下载地址三：备用网盘⟧</td></tr>
<tr><td colspan="2">⟦a 解压密码：www.jiangrenziliao.com⟧　⟦a [下载链接失效？点此报告]⟧</td></tr>
</table>
<div style="position:absolute;right:0;top:260px">⟦w 橱柜定制工厂直供，加盟热线 18905934471⟧</div>
<table width="980" align="center"><tr><td align="center">⟦d 本站资料均收集自网络，仅供学习交流，版权归原作者所有。⟧<br>⟦m 匠人资料库 粤ICP备16066213号⟧</td></tr></table>
</body>
</html>
""",
        p_html="<p>{}</p>",
        body="""
1 适用范围
本指导书适用于本公司各型号调味拉篮、碗碟拉篮、转角拉篮的入户安装。
2 准备工作
2.1 核对拉篮型号与柜体内宽，内宽应比拉篮标称宽度大24毫米至26毫米。
2.2 准备电钻、卷尺、水平尺、十字螺丝刀，滑轨一律使用配套的自攻螺钉。
3 安装步骤
3.1 按图纸在柜体侧板上画出滑轨定位线，滑轨前端距柜门内侧3毫米。
3.2 先固定左右滑轨，再将篮体卡入滑轨，推拉三次检查是否顺滑。
3.3 用水平尺检查篮体前后高差，不得超过2毫米。
4 注意事项
安装完成后，向用户说明额定承重和清洁方法，提醒用户不要踩踏拉篮、不要悬挂重物。
""",
    ),
    dict(
        slug="download-qiyue-contract-guasha-wps-glued-markers",
        site="契约范本下载站 (invented), text",
        style="资料下载站",
        genre="合同范本",
        kind="other",
        form="text",
        source="https://www.qiyuefanben.com/down/hetong/caigou/2291.html",
        title="刮痧板采购合同（范本）",
        record_title="刮痧板采购合同（范本）.wps",
        date=None,
        notes="file-name record title; a contract template with ×× placeholders, ＿＿ blanks and ＿＿＿＿年＿＿月＿＿日; "
        "第N条 articles; page markers '⑇n⑇' glued with a space to the continuation line; no date",
        page="""
!m 契约范本下载站 — 合同协议模板大全
!m 首页 › 买卖合同 › 采购合同
!t 刮痧板采购合同（范本）.wps
!m 格式：WPS　大小：19KB　授权：免费　添加时间：2 周前
!a ↓ 本地下载　　↓ 高速下载（需安装下载器）
{T}
{BODY}
!a 内容预览结束，下载后可修改全部条款
!d 合同范本仅供参考，签订前请结合实际情况或咨询专业律师。
!l 热门合同：医疗器械购销合同　办公用品采购协议　康复设备租赁合同
!m 契约范本下载站　qiyuefanben.com　皖ICP备20018837号
""",
        pages=dict(fmt="⑇{n}⑇", every=150, start=2, glue=True, sep=" "),
        body="""
甲方（采购方）：××××康复医疗中心
乙方（供货方）：××××保健用品有限公司
根据《中华人民共和国民法典》及有关法律规定，甲乙双方经协商一致，就甲方向乙方采购刮痧板事宜订立本合同。
第一条　产品名称、规格和数量：水牛角刮痧板，规格＿＿厘米×＿＿厘米，数量＿＿块，单价＿＿元，合同总价人民币＿＿＿＿元（大写：＿＿＿＿）。
第二条　质量要求：产品边缘应圆润光滑，无裂纹、毛刺，每块独立包装并标明材质和生产批号。
第三条　交货时间和地点：乙方应于＿＿＿＿年＿＿月＿＿日前将货物送至甲方指定地点，运费由乙方承担。
第四条　验收：甲方在收货后＿＿日内按本合同约定进行验收，不合格产品由乙方负责退换。
第五条　付款方式：验收合格后＿＿日内，甲方凭乙方开具的发票支付全部货款。
第六条　违约责任：乙方逾期交货的，每逾期一日按合同总价的＿＿%向甲方支付违约金。
第七条　本合同一式两份，甲乙双方各执一份，自双方签字盖章之日起生效。
甲方（盖章）：＿＿＿＿　乙方（盖章）：＿＿＿＿
签订日期：＿＿＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="exam-yuchuan-art-teacher-skills-test-timetable",
        site="臾川人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://rsks.yuchuan.gov.cn/kwgg/2024/0712/881.html",
        title="臾川县2024年公开招聘中小学美术教师专业技能测试公告",
        record_title="〔考务快讯·美术类〕臾川县2024年公开招聘中小学美术教师专业技能测试公告 - 臾川人事考试网",
        date="2024-07-12",
        notes="personnel-exam site with a maintenance banner and an admission-ticket float; a timetable one row a "
        "paragraph; candidates to download and print 准考证 and bring a pencil knife (content); the exam's own "
        "咨询电话 beside the site's technical line; two signatures and a date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>〔考务快讯·美术类〕臾川县2024年公开招聘中小学美术教师专业技能测试公告 - 臾川人事考试网</title>
</head><body>
<div class="notice-bar">⟦d 系统升级公告：本网站将于7月13日22:00至次日6:00暂停服务⟧</div>
<div class="hd">⟦m 臾川人事考试网⟧　⟦m 臾川县人事考试中心主办⟧</div>
<div class="nav">⟦m 首页 | 考试公告 | 报名入口 | 成绩查询 | 政策法规⟧</div>
<div class="bread">⟦m 首页 ＞ 考试公告 ＞ 事业单位招聘⟧</div>
<div class="main"><h2>{T}</h2>
<div class="src">⟦m 来源：县人事考试中心　点击：5317⟧</div>
<div class="cnt">
{BODY}
</div>
<div class="tools">⟦a [打印此公告]　[关闭本窗]⟧</div></div>
<div id="zkz-float">⟦a 准考证打印入口 ›⟧</div>
<div class="ft">⟦m 报名系统技术咨询：0593-7300615（仅解答系统操作问题）⟧<br>⟦m 臾川县人事考试中心　闽ICP备11008820号⟧</div>
</body></html>
""",
        body="""
根据《臾川县2024年公开招聘中小学教师公告》，现将美术学科专业技能测试有关事项公告如下：
一、测试时间和地点
日期　时间　内容　地点
7月20日　8:30—11:30　素描静物写生　臾川县第一中学美术楼
7月20日　14:30—16:30　色彩写生　臾川县第一中学美术楼
二、考生须知
1.考生请于7月16日9:00后登录本网站下载并打印准考证，凭准考证和有效身份证件参加测试。
2.考生须自带素描铅笔、削笔刀、橡皮、画板夹等工具，考场不提供削笔器，不得借用他人工具。
3.削笔刀仅限在考位上使用，进出考场须将刀片收起。
咨询电话：0593-7318802（县教育局人事股）。
臾川县人力资源和社会保障局
臾川县教育局
2024年7月12日
""",
    ),
    dict(
        slug="exam-fanling-travel-tips-snow-exam-day",
        site="矾岭县人事考试信息网 (invented), text",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.flrsks.cn/tzgg/20241210/2093.html",
        title="关于2024年度矾岭县事业单位公开招聘笔试考生出行的温馨提示",
        date="2024-12-10",
        notes="record title as is; a tip telling candidates to bring an ice scraper; the exam centre's own 考务咨询电话 "
        "in the text; the site's technical line and an admission-ticket link as chrome",
        page="""
!m 矾岭县人事考试信息网
!m 网站首页 → 通知公告
{T}
!m 作者：考试中心　　阅读次数：2981
{BODY}
!a → 准考证打印入口（12月9日起开放）
!m 网站运维电话：0470-5138800（工作日）
!m 矾岭县人事考试中心　版权所有　蒙ICP备16002095号
""",
        indent="\u3000\u3000",
        body="""
各位考生：
矾岭县2024年度事业单位公开招聘笔试将于12月14日上午举行。据气象部门预报，考试当天早晨我县最低气温在零下二十四摄氏度左右，部分路段可能有积雪结冰。为确保考生顺利参考，现提示如下：
一、请考生提前规划出行路线，预留充足时间。自驾的考生请提前准备除冰铲、雪刷，出门前把挡风玻璃和车窗的冰霜清理干净，切勿用开水浇玻璃。
二、考点周边道路停车位有限，建议乘坐公交或出租车前往。
三、考生须于8:30前凭准考证和身份证进入考场，开考15分钟后不得入场。
四、考试期间如遇突发情况，请及时拨打考务咨询电话：0470-5138819。
矾岭县人事考试中心
2024年12月10日
""",
    ),
    dict(
        slug="tender-fanling-inquiry-deicing-tools-items",
        site="矾岭县公共资源交易中心 (invented)",
        style="招投标网",
        genre="询价公告",
        kind="notice",
        form="html",
        source="http://ggzy.fanling.gov.cn/jyxx/zfcg/xjgg/202411/t20241113_9917.html",
        title="矾岭县公共交通有限责任公司冬季除冰工具采购询价公告",
        record_title="【询价采购·车辆用品】矾岭县公共交通有限责任公司冬季除冰工具采购询价公告-矾岭县公共资源交易中心",
        date="2024-11-13",
        notes="tender portal with a quotation countdown and CA/trading-system lines; an items table one row a "
        "paragraph; purchaser and agency contacts in the document; a bare date at the end",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>【询价采购·车辆用品】矾岭县公共交通有限责任公司冬季除冰工具采购询价公告-矾岭县公共资源交易中心</title>
</head><body>
<div class="jy-top">⟦m 矾岭县公共资源交易中心⟧　⟦a 主体登录　|　CA证书办理⟧</div>
<div class="jy-nav">⟦m 首页　交易信息　政府采购　工程建设　服务指南　下载专区⟧</div>
<div class="jy-pos">⟦m 首页 > 交易信息 > 政府采购 > 询价公告⟧</div>
<h2 class="jy-tit">{T}</h2>
<div class="jy-info">⟦m 信息发布：2024-11-13 09:30　阅读：411⟧</div>
<div class="jy-count">⟦m 距报价截止还有：6天 07小时 29分⟧</div>
<div class="jy-con">
{BODY}
</div>
<div class="jy-att">⟦l 询价文件及报价单模板.zip（点击下载）⟧</div>
<div class="jy-ft">
<p>⟦m CA数字证书服务热线：400-606-3618⟧</p>
<p>⟦m 电子交易系统操作咨询：0470-5188010⟧</p>
<p>⟦m 矾岭县公共资源交易中心 版权所有⟧</p></div>
</body></html>
""",
        body="""
项目编号：FLGJ-2024-XJ-017
一、项目基本情况
采购人：矾岭县公共交通有限责任公司
采购内容：冬季车辆除冰工具一批，预算金额3.6万元。
二、采购清单
序号　品名　规格要求　数量
1　塑料除冰铲　铲头宽10厘米以上，可在零下30摄氏度使用　260把
2　伸缩式雪刷　带除冰铲头，长度80至110厘米　180把
3　防冻玻璃水　冰点不高于零下40摄氏度，2升装　600桶
三、报价要求
供应商须于2024年11月20日17:00前将加盖公章的报价单密封送达采购人，逾期不予受理。
四、联系方式
采购人联系人：阎振华，电话：0470-5120376
代理机构：矾岭县诚信招标代理有限公司，联系人：贾雪，电话：0470-5169021
2024年11月13日
""",
    ),
    dict(
        slug="tender-tihu-award-talent-flat-baskets",
        site="逖湖区政府采购网 (invented), text",
        style="招投标网",
        genre="中标结果公告",
        kind="notice",
        form="text",
        source="http://zfcg.tihu.gov.cn/cggg/jggg/20240809/31776.html",
        title="逖湖区人才公寓厨房设备（橱柜拉篮）采购项目中标结果公告",
        record_title="逖湖区人才公寓厨房设备（橱柜拉篮）采购项目中标结果公告【结果公示·货物】",
        record_date="2024-08-09",
        date="2024-08-09",
        notes="record gives the date; a bid-result table one row a paragraph; purchaser and agency contacts beside "
        "the platform's hotline",
        page="""
!m 逖湖区政府采购网
!m 采购公告 / 结果公告 / 货物类
{T}
!m 公告类型：中标（成交）结果公告　　浏览：622
{BODY}
!a 【我要质疑】　【打印公告】　【收藏】
!m 平台客服热线：0593-6000312
!m 逖湖区财政局主办　闽ICP备19020541号
""",
        body="""
一、项目编号：THCG-2024-0328
二、项目名称：逖湖区人才公寓厨房设备（橱柜拉篮）采购项目
三、中标信息
包号　中标供应商　中标金额（元）
第1包　臾川县久安厨具有限公司　386400.00
第2包　朐阳尚厨家居有限公司　241750.00
四、主要标的信息
第1包：不锈钢碗碟拉篮420套，配阻尼三节滑轨；第2包：调味拉篮及转角拉篮各150套。
五、公告期限
自本公告发布之日起1个工作日。
六、联系方式
采购人：逖湖区人才服务中心，联系人：倪女士，电话：0593-6031157
采购代理机构：朐阳正信项目管理有限公司，联系人：佘工，电话：0593-6087712
""",
    ),
    dict(
        slug="law-hengli-answer-basket-fell-injury",
        site="衡理律师事务所 (invented)",
        style="律所网站",
        genre="法律问答",
        kind="other",
        form="html",
        source="https://www.henglilaw.cn/shuofa/1183.html",
        title="装修公司装的拉篮砸伤人，谁来担责？",
        record_title="〖衡理答问〗装修公司装的拉篮砸伤人，谁来担责？｜衡理律师事务所",
        date=None,
        notes="law firm page: lawyer card, consult float, a 400 line, a repost notice; a 问/答 piece with no date; a "
        "consult prompt glued after a sentence",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>〖衡理答问〗装修公司装的拉篮砸伤人，谁来担责？｜衡理律师事务所</title>
</head><body>
<div class="lf-top">⟦m 衡理律师事务所　以衡量理　依法维权⟧　⟦m 全国咨询热线 400-871-5520⟧</div>
<div class="lf-nav">⟦m 首页　律所简介　专业领域　律师团队　衡理答问　联系我们⟧</div>
<div class="lf-pos">⟦m 您在这里：首页 - 衡理答问 - 消费维权⟧</div>
<div class="lf-art"><h1>{T}</h1>
<p class="lf-meta">⟦m 解答律师：倪卓然　|　阅读 1530⟧</p>
<div class="lf-con">
{BODY}
</div>
<p class="lf-cp">⟦d 本文为衡理律师事务所原创，转载请保留出处及作者信息。⟧</p></div>
<div class="lf-card"><p>⟦m 倪卓然　专职律师　执业证号 13505201910285530⟧</p><p>⟦m 擅长：合同纠纷、侵权赔偿、消费维权⟧</p></div>
<div class="lf-float">⟦w 遇到类似纠纷？留言免费评估案情⟧</div>
<div class="lf-ft">⟦m 衡理律师事务所 地址：朐阳市逖湖区滨江路66号恒丰大厦19层　闽ICP备20005169号⟧</div>
</body></html>
""",
        body="""
问：去年装修时，装修公司给我家装了吊柜下拉拉篮。上个月我母亲往下拉的时候，拉篮整个从柜子里脱落，砸伤了她的额头，缝了五针。装修公司说是我们自己放得太重，不肯赔偿，我们该怎么办？
答：这种情况，可以从两方面主张权利。
第一，装修合同责任。装修公司负责安装拉篮，就有义务保证安装牢固、符合产品说明要求。如果鉴定发现螺丝数量不足、固定位置不当，装修公司应当承担违约责任和相应的赔偿责任。⟦w 案情复杂的，可点击右侧“在线咨询”与律师一对一沟通⟧
第二，产品质量责任。如果脱落是因为拉篮或滑轨本身存在质量缺陷，可以向生产者或销售者要求赔偿。
建议您保存好脱落的拉篮、滑轨和螺丝，拍照记录安装现场，保留病历和医疗费票据，先与装修公司协商；协商不成，可以向消费者协会投诉或直接起诉。至于是否超载，需要由对方举证证明。
""",
    ),
    dict(
        slug="law-hengming-case-coil-fire-tenant-record-date",
        site="稠溪恒明律师事务所 (invented), text",
        style="律所网站",
        genre="案例评析",
        kind="other",
        form="text",
        source="http://www.hengminglaw-cx.com/anli/2024/0902/77.html",
        title="租客点蚊香引发火灾，房东的损失谁来赔？",
        record_title="租客点蚊香引发火灾，房东的损失谁来赔？——恒明案例精选",
        record_date="2024-09-02",
        date="2024-09-02",
        notes="record gives the date; a case note in 【】 sections; a lawyer-consult line and a repost notice",
        page="""
!m 稠溪恒明律师事务所
!m 首页 ＞ 案例精选 ＞ 侵权责任
{T}
!m 作者：佘婉清律师　　点击：488
{BODY}
!w 如需法律帮助，可致电恒明律所 0593-6219900 预约面谈
!d 未经本所书面同意，任何单位和个人不得转载本文。
!l 相关案例：邻居装修漏水，楼下损失如何索赔
!m 稠溪恒明律师事务所　地址：稠溪县城关镇解放路18号
""",
        indent="",
        body="""
【基本案情】2023年7月，租客佘某在租住的稠溪县城关镇一处民房内点蚊香驱蚊，蚊香未放在蚊香盘内，而是直接插在床边的纸箱上。当晚佘某外出未熄灭蚊香，纸箱被引燃，火势蔓延至卧室，造成房屋装修和家具损毁。房东贾某起诉要求佘某赔偿损失8.6万元。
【法院判决】法院审理认为，佘某作为承租人，负有妥善使用租赁房屋的义务，其未使用蚊香盘等防护器具、离开时未熄灭火源，存在明显过错，应当承担赔偿责任。经评估，法院判决佘某赔偿贾某房屋修复及财产损失7.9万元。
【律师提示】租住房屋时使用蚊香等明火物品，一定要注意用火安全；房东也可以在租赁合同中约定防火条款，并为房屋投保财产险，分散风险。
""",
    ),
    dict(
        slug="community-chouyuan-notice-free-coil-holders",
        site="稠园社区居委会 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.chouyuansq.cn/tzgg/2024/0704/306.html",
        title="关于为辖区独居老人免费发放防火蚊香盘的通知",
        record_title="【稠园邻里】关于为辖区独居老人免费发放防火蚊香盘的通知 - 稠园社区居委会",
        date="2024-07-04",
        notes="residents' site: weather line, a grid worker's box with a mobile, a property repair line; the "
        "community's own 咨询电话 in the notice; a sentence about scanning a QR code to book delivery (content)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>【稠园邻里】关于为辖区独居老人免费发放防火蚊香盘的通知 - 稠园社区居委会</title>
</head><body>
<div class="sq-top">⟦m 稠园社区居委会⟧　⟦m 今日稠溪：多云转雷阵雨　26～34℃⟧</div>
<div class="sq-nav">⟦m 首页　社区公告　党群服务　邻里活动　办事指南⟧</div>
<div class="sq-pos">⟦m 首页 ▸ 社区公告⟧</div>
<h2>{T}</h2>
<div class="sq-meta">⟦m 发布人：社区办公室　　阅读 219⟧</div>
<div class="sq-txt">
{BODY}
</div>
<div class="sq-grid"><h4>⟦m 我的网格员⟧</h4><p>⟦m 第三网格　阎小梅　13960537218⟧</p></div>
<div class="sq-wy">⟦m 物业24小时报修：0593-6207799（稠园物业服务中心）⟧</div>
<div class="sq-ft">⟦m 稠溪县城关镇稠园社区居民委员会　地址：稠园路45号⟧</div>
</body></html>
""",
        body="""
各位居民：
夏季是蚊香使用高峰期，也是居家火灾易发期。为保障辖区独居、高龄老人用火安全，社区联合稠溪县消防救援大队，为辖区独居老人免费发放带防火罩的蚊香盘。现将有关事项通知如下：
一、发放对象：辖区内70周岁以上独居老人及行动不便的高龄老人，共计83户。
二、发放时间：2024年7月8日至7月12日，每天上午9:00至11:30。
三、发放地点：社区党群服务中心一楼大厅。行动不便的老人由网格员上门送达。
四、领取方式：老人或家属凭身份证领取；也可以扫描社区公告栏上的二维码，预约上门送达。
发放期间，社区志愿者将同步讲解蚊香盘的正确摆放方法，并检查老人家中的用火用电情况。子女不在身边的，可以关注“稠园社区”公众号，观看蚊香盘摆放演示视频后转给家中老人。
咨询电话：稠园社区居委会 0593-6207730。
稠园社区居民委员会
2024年7月4日
""",
    ),
]

"""holdout163, part D. Invented text, sites, people and places; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="download-platycodon-rules-html",
        site="农技宝下载站 (invented)",
        style="资料下载站",
        genre="技术规程",
        kind="rules",
        form="html",
        source="http://www.nongjibao.net/soft/41207.html",
        title="桔梗标准化栽培技术规程",
        record_title="桔梗标准化栽培技术规程.doc下载",
        date="2024-12-30",
        notes="download station with file-info table, mirror links and dead-link report; decimal headings",
        page="""
<html><head><meta charset="gb2312"><title>桔梗标准化栽培技术规程.doc下载_农技宝下载站</title></head><body>
<table width="960"><tr><td>⟦m 农技宝下载站 · 种植养殖资料大全⟧</td></tr></table>
<table width="960"><tr><td>⟦m 当前位置：首页 → 种植技术 → 中药材⟧</td></tr></table>
<h1>{T}</h1>
<table class="info"><tr><td>⟦m 资料大小：58 KB⟧</td><td>⟦m 资料格式：DOC⟧</td></tr>
<tr><td>⟦m 更新时间：2025-01-15⟧</td><td>⟦m 下载次数：1306⟧</td></tr></table>
<div class="intro"><b>⟦m 资料简介：⟧</b>
{BODY}
</div>
<div class="down">⟦a 电信下载1⟧ ⟦a 联通下载2⟧ ⟦a 备用下载3⟧</div>
<div class="bad">⟦a 下载地址失效？点此报告⟧</div>
<div class="ft">⟦d 本站资料均收集于网络，如有侵权请联系删除⟧ ⟦m 站长QQ：2811046635⟧</div>
</body></html>
""",
        date_also=["2025-01-15"],
        body="""
1 范围
本规程规定了桔梗栽培的产地环境、选地整地、播种、田间管理和采收要求，适用于本县桔梗生产。
2 选地整地
2.1 选择土层深厚、排水良好的沙壤土，忌连作。
2.2 深耕30厘米以上，每亩施腐熟农家肥2000公斤作基肥。
3 采收
播种后第二年秋季茎叶枯萎时采挖，刮去外皮后及时晒干。
本规程由县农业技术推广中心提出并起草，自2024年12月30日起实施。
""",
    ),
    dict(
        slug="download-celtuce-plan-pages",
        site="三农资料网 (invented)",
        style="资料下载站",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.sannongzl.com/down/2025/0220/6613.html",
        title="2025年莴笋绿色高效生产示范方案",
        record_title="2025年莴笋绿色高效生产示范方案.wps",
        date="2025-02-18",
        notes="file-name title; page markers glued and not glued; download buttons",
        page="""
!m 三农资料网　www.sannongzl.com
!m 资料分类：蔬菜种植　　资料语言：简体中文　　授权：免费
!t 2025年莴笋绿色高效生产示范方案.wps
{BODY}
!a ↓ 本地高速下载　　↓ 网盘下载
!l 相关资料：莴笋病虫害绿色防控技术.pdf　芹菜高产栽培技术.doc
!d 本站不对资料内容的准确性负责。
""",
        pages=dict(fmt="[页{n}]", every=120, start=2, glue="mix"),
        body="""
为推进蔬菜绿色生产，提高莴笋产量和品质，县农业农村局决定在城南、白沙两个镇建设莴笋绿色高效生产示范基地。
一、示范规模：建设核心示范区500亩，辐射带动3000亩。
二、技术措施：推广集约化育苗、测土配方施肥、黄板诱杀蚜虫和水肥一体化技术，化肥用量比常规减少15%以上。
三、补助标准：对示范户按每亩200元给予物化补助。
县农业农村局
2025年2月18日
""",
    ),
    dict(
        slug="exam-sci-tech-commissioner-selection-html",
        site="岷江人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://www.mjrsks.gov.cn/ksgg/2025/0408/3107.html",
        title="岷江市2025年选派科技特派员公告",
        record_title="岷江市2025年选派科技特派员公告_岷江人事考试网",
        date="2025-04-07",
        notes="exam site; the document's own 咨询电话 beside the site's technical line; 下载/打印 sentences kept; table",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>岷江市2025年选派科技特派员公告_岷江人事考试网</title></head><body>
<div class="logo">⟦m 岷江人事考试网⟧ ⟦m 公平 公正 便民⟧</div>
<div class="menu">⟦m 考试公告⟧ ⟦m 网上报名⟧ ⟦m 成绩查询⟧ ⟦m 证书领取⟧</div>
<div class="where">⟦m 首页 > 考试公告 > 其他考试⟧</div>
<h1>{T}</h1>
<div class="dt">⟦m 发布日期：2025-04-08　信息来源：市科技局⟧</div>
<div class="cnt">
{BODY}
</div>
<div class="tip">⟦m 网站技术支持：028-86123309（工作日）⟧</div>
<div class="ft">⟦m 主办单位：岷江市人力资源和社会保障局 蜀ICP备06001172号⟧</div>
</body></html>
""",
        date_also=["2025-04-08"],
        body="""
为深入推进科技服务乡村振兴，市科技局、市人力资源和社会保障局决定面向全市选派科技特派员。
一、选派名额
领域　名额
种植业　30
畜牧水产　15
二、报名方式
符合条件的人员登录本网站下载并填写报名表，经所在单位签署意见后报市科技局农村科技科。
三、考核
通过资格审查的人员于5月10日参加面试，请于5月6日后登录本网站打印面试通知单。
咨询电话：028-86125517。
岷江市科学技术局
2025年4月7日
""",
    ),
    dict(
        slug="exam-yongju-troupe-recruitment-text",
        site="甬东人事考试信息网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://rsks.yongdong.gov.cn/zpgg/20250612/1550.html",
        title="甬东区甬剧传习中心2025年公开招聘演员公告",
        record_title="【招聘公告】甬东区甬剧传习中心2025年公开招聘演员公告",
        date="2025-06-11",
        notes="exam site; numbered conditions; 准考证 print sentence; decorated title",
        page="""
!m 甬东人事考试信息网
!m 当前位置：首页 » 事业单位招聘
!t 【招聘公告】甬东区甬剧传习中心2025年公开招聘演员公告
!m 时间：2025-06-12　浏览：2031
!a 【收藏】【打印】【关闭】
{BODY}
!m 考生服务热线：0574-88160022（工作日8:30-17:00）
!l 上一篇：2025年区属国企招聘笔试成绩公布
!d Copyright 甬东人事考试信息网 All Rights Reserved
""",
        date_also=["2025-06-12"],
        body="""
根据工作需要，甬东区甬剧传习中心面向社会公开招聘演员4名。
一、招聘条件
1.年龄18至30周岁；
2.中专及以上学历，戏曲表演类专业；
3.具备良好的唱功和形体条件。
二、考试方式
考试采取专业测试和面试相结合的方式。考生须于7月3日至5日登录报名系统打印准考证。
咨询电话：0574-88237610（区文化馆人事科）。
甬东区甬剧传习中心
2025年6月11日
""",
    ),
    dict(
        slug="tender-paper-cups-procurement-html",
        site="临澧公共资源交易网 (invented)",
        style="招投标网",
        genre="招标公告",
        kind="notice",
        form="html",
        source="https://ggzy.linli.gov.cn/jyxx/zfcg/cggg/20250515/88201.html",
        title="临澧县机关事务服务中心一次性纸杯采购项目竞争性磋商公告",
        record_title="临澧县机关事务服务中心一次性纸杯采购项目竞争性磋商公告-临澧公共资源交易网",
        date="2025-05-15",
        notes="tender platform; buyer and agency contacts beside the CA hotline; lots table",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>临澧县机关事务服务中心一次性纸杯采购项目竞争性磋商公告-临澧公共资源交易网</title></head><body>
<div class="head">⟦m 临澧县公共资源交易网⟧ ⟦a 投标人登录⟧ ⟦a CA办理⟧</div>
<div class="pos">⟦m 首页 / 交易信息 / 政府采购 / 采购公告⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 信息时间：2025-05-15　阅读次数：77⟧</div>
<div class="article">
{BODY}
</div>
<div class="btn">⟦a 我要投标⟧ ⟦a 下载采购文件⟧</div>
<div class="footer">⟦m CA数字证书服务热线：400-880-2715⟧ ⟦m 湘ICP备17008310号⟧</div>
</body></html>
""",
        body="""
项目概况：临澧县机关事务服务中心一次性纸杯采购项目的潜在供应商应在临澧公共资源交易网获取采购文件，并于2025年5月26日9时前提交响应文件。
一、项目基本情况
包号　名称　数量　最高限价
1　9盎司纸杯　60万只　7.2万元
2　7盎司纸杯　40万只　3.6万元
二、联系方式
采购人：临澧县机关事务服务中心　联系人：龚女士　电话：0736-5821060
代理机构：湘澧工程咨询有限公司　联系人：柴工　电话：0736-5836218
""",
    ),
    dict(
        slug="tender-water-saving-retrofit-result",
        site="汀州招标采购网 (invented)",
        style="招投标网",
        genre="中标公告",
        kind="notice",
        form="text",
        source="http://www.tingzhouzb.com/zbgs/2025/07/1882.html",
        title="汀州市节水型机关创建改造工程中标结果公告",
        date="2025-07-22",
        notes="bid result table; agency contact kept; platform hotline chrome",
        page="""
!m 汀州招标采购网 — 阳光交易 诚信为本
!m 首页 > 中标公告 > 工程建设
{T}
!m 发布时间：2025-07-22 15:30　来源：汀州建信招标代理有限公司
{BODY}
!a 【我要收藏】【打印公告】
!m 平台客服热线：0597-3100886
!l 最新公告：汀州市第二中学食堂设备采购中标公告
!d 本网公告信息由招标代理机构负责发布，本网不承担任何法律责任。
""",
        body="""
汀州市节水型机关创建改造工程于2025年7月18日开标，经评标委员会评审，确定中标人如下：
中标人　中标价（元）　工期
汀州市润泽水电安装有限公司　1,286,400.00　90日历天
主要内容：更换节水型器具1320套，建设雨水收集回用设施2处，安装远传水表86只。
公示期：2025年7月22日至7月24日。
招标代理机构：汀州建信招标代理有限公司　联系人：池工　电话：0597-3122519
""",
    ),
    dict(
        slug="lawfirm-judicial-auction-guide-html",
        site="衡平律师事务所 (invented)",
        style="律所网站",
        genre="普法文章",
        kind="article",
        form="html",
        source="https://www.hengpinglaw.cn/insight/2025/0702.html",
        title="参与司法拍卖前，买受人需要注意的五个问题",
        record_title="律师说法丨参与司法拍卖前，买受人需要注意的五个问题",
        date="2025-07-02",
        record_date="2025-07-02",
        notes="law-firm site; 发布于 byline; consult box chrome; numbered list",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>律师说法丨参与司法拍卖前，买受人需要注意的五个问题 | 衡平律师事务所</title></head><body>
<div class="hd">⟦m 衡平律师事务所 HENGPING LAW FIRM⟧ ⟦m 专业 · 勤勉 · 守信⟧</div>
<div class="nav">⟦m 关于我们⟧ ⟦m 专业领域⟧ ⟦m 律师团队⟧ ⟦m 衡平观点⟧</div>
<h1>{T}</h1>
<div class="by">⟦m 作者：鄢律师　发布于 2025-07-02⟧</div>
{BODY}
<div class="consult">⟦w 免费法律咨询，请拨打 0551-6320 8890 或添加律师微信 hpls2025⟧</div>
<div class="disc">⟦d 本文仅为一般性法律信息，不构成对具体案件的法律意见。⟧</div>
<div class="ft">⟦m 皖ICP备19026603号⟧</div>
</body></html>
""",
        body="""
近年来，通过网络司法拍卖购买房产的人越来越多。但司法拍卖“拍卖不退货”，买受人事先需做足功课。
一、查清房屋占用情况，了解是否有租户或原房主居住；
二、核实欠缴的物业费、水电费由谁承担；
三、了解税费负担方式，部分拍卖公告约定全部税费由买受人承担；
四、确认能否办理贷款，尾款逾期将被没收保证金；
五、注意户口迁出问题，必要时向当地派出所咨询。
""",
    ),
    dict(
        slug="lawfirm-counterfeit-notes-letter-text",
        site="明信律师事务所 (invented)",
        style="律所网站",
        genre="函",
        kind="letter",
        form="text",
        source="http://www.mingxinlawyer.com/news/2417.html",
        title="致个体商户的一封信——收到假币怎么办",
        record_title="致个体商户的一封信——收到假币怎么办 - 明信律师事务所",
        date="2025-01-15",
        notes="law firm letter; signature date; consult prompt glued after the last sentence",
        page="""
!m 明信律师事务所　　首页 | 律所动态 | 法律服务 | 联系我们
!m 当前位置：律所动态
{T}
!m 2025-01-16　编辑：律所行政部
{BODY}
!l 上一篇：春节前劳动报酬支付提示
!m 地址：临川区赣东大道268号明信大厦9楼
""",
        date_also=["2025-01-16"],
        body="""
各位个体商户朋友：
临近春节，现金交易增多，不法分子可能借机使用假币。我们提醒您：
一、收款时注意“一看、二摸、三听、四测”，大额现金可使用验钞机。
二、发现假币不要再次使用，否则可能构成使用假币罪；应及时交银行或公安机关处理。
三、怀疑遭遇有意使用假币的，尽量记住对方体貌特征，保留监控录像后报警。
明信律师事务所
2025年1月15日⟦w 如需法律帮助，欢迎致电本所咨询：0794-8266310⟧
""",
    ),
    dict(
        slug="community-home-elderly-care-html",
        site="望江社区网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.wangjiangsq.cn/tzgg/2025-04/663.html",
        title="关于居家养老服务中心开展助浴助洁服务的通知",
        record_title="关于居家养老服务中心开展助浴助洁服务的通知 - 望江社区",
        date="2025-04-18",
        notes="community site; the centre's own phone beside the property hotline; table of fees",
        page="""
<html><head><meta charset="utf-8"><title>关于居家养老服务中心开展助浴助洁服务的通知 - 望江社区</title></head><body>
<div class="top">⟦m 望江社区网 — 邻里守望 温暖同行⟧</div>
<div class="nav">⟦m 社区首页⟧ ⟦m 社区公告⟧ ⟦m 便民服务⟧ ⟦m 党群活动⟧</div>
<h2>{T}</h2>
<div class="meta">⟦m 发布：社区居委会　2025-04-18　浏览 488⟧</div>
{BODY}
<div class="hot">⟦m 物业24小时报修：0551-6389 0011⟧</div>
<div class="list">⟦l 社区热帖：下周二免费量血压⟧ ⟦l 楼道杂物清理倡议⟧</div>
<div class="ft">⟦m 望江社区居委会 版权所有⟧</div>
</body></html>
""",
        body="""
各位居民：
为方便辖区失能、半失能老人，社区居家养老服务中心即日起开展上门助浴、助洁服务。
项目　收费标准
上门助浴　每次60元
居室保洁　每小时35元
80周岁以上低保老人享受半价，需提前一天预约。
预约电话：0551-63872206（服务中心前台）。
望江社区居家养老服务中心
2025年4月18日
""",
    ),
    dict(
        slug="community-sandbag-summer-game-text",
        site="柳塘社区 (invented)",
        style="社区网站",
        genre="活动方案",
        kind="plan",
        form="text",
        source="http://liutang.sqfw.cn/hd/2025/0702.html",
        title="柳塘社区“暑期童趣·丢沙包”亲子比赛活动方案",
        date="2025-07-01",
        notes="community page; numbered list; 报名 via 扫码 sentence kept; title repeated before the body",
        page="""
!m 柳塘社区服务平台
!m 首页 › 社区活动
{T}
!m 发布人：社工小丁　2025-07-02
!a 分享到朋友圈　｜　复制链接
{BODY}
!l 评论（4）　写评论……
!m 柳塘社区居委会 联系电话：0734-8190612
""",
        date_also=["2025-07-02"],
        body="""
为丰富辖区少年儿童暑期生活，增进亲子交流，社区决定举办“暑期童趣·丢沙包”亲子比赛。
1.时间：7月12日上午8:30。
2.地点：社区文化广场。
3.对象：6至12岁儿童及家长，每组一名儿童一名家长，限20组。
4.报名：请扫描社区公告栏上的报名二维码，额满为止。
柳塘社区居民委员会
2025年7月1日
""",
    ),
]

"""holdout91, part D. Invented text; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="tender-guwa-notice-old-street-roof-tiles-html",
        site="芹阳公共资源交易网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://ggzy.qinyang.gov.cn/jyxx/gcjs/zbgg/20240614/0021.html",
        title="芹阳县老街历史建筑屋面小青瓦修缮工程招标公告",
        record_title="芹阳县老街历史建筑屋面小青瓦修缮工程招标公告",
        date="2024-06-14",
        notes="tender platform; project table rows kept; 招标人/代理机构 contacts kept beside the platform hotline",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>芹阳县老街历史建筑屋面小青瓦修缮工程招标公告</title><script src="/js/ca-login.js"></script></head>
<body>
<div class="top">⟦m 芹阳县公共资源交易中心⟧ ⟦a CA登录⟧ ⟦a 投标人注册⟧</div>
<div class="nav">⟦m 首页⟧ ⟦m 交易信息⟧ ⟦m 政策法规⟧ ⟦m 办事指南⟧ ⟦m 监督投诉⟧</div>
<div class="loc">⟦m 交易信息 ＞ 工程建设 ＞ 招标公告⟧</div>
<h3>{T}</h3>
<p class="sub">⟦m 【信息时间：2024-06-14】 【阅读次数：401】⟧</p>
{BODY}
<div class="ops">⟦a 我要打印⟧ ⟦a 关闭⟧</div>
<div class="foot">⟦w 平台技术支持热线：400-880-3176⟧ ⟦m 版权所有：芹阳县公共资源交易中心⟧</div>
</body></html>
""",
        body="""
1.招标条件
本招标项目芹阳县老街历史建筑屋面小青瓦修缮工程已由县发改局批准建设，资金来源为财政资金，现对该项目施工进行公开招标。
2.项目概况
项目名称　建设地点　最高投标限价
老街屋面修缮工程　芹阳县城关镇老街　186.4万元
3.投标人资格要求
具备古建筑工程专业承包三级及以上资质，拟派项目负责人具备建筑工程专业二级及以上注册建造师证书。
4.联系方式
招标人：芹阳县住房和城乡建设局　联系人：余明　电话：0575-83120436
招标代理机构：浙中工程咨询有限公司　联系人：邱朵　电话：0575-83199027
""",
    ),
    dict(
        slug="tender-pulati-result-pilates-equipment",
        site="蔚州政府采购网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.weizhou-ccgp.gov.cn/cggg/zbgg/2023/11/t20231108_5520.html",
        title="蔚州市全民健身中心普拉提康复器械采购项目中标结果公告",
        record_title=None,
        date="2023-11-08",
        notes="no record title; byline date; result table; 附件 line",
        page="""
!m 蔚州政府采购网　　采购公告 > 中标（成交）结果公告
{T}
!m 发布日期：2023年11月08日　　　浏览量：96
!a 【大】【中】【小】　【打印】
{BODY}
!l 相关公告：蔚州市全民健身中心普拉提康复器械采购项目公开招标公告
!d 本网站公告信息由采购人或代理机构提供，本网站不承担相关法律责任。
!m 蔚州市财政局主办　ICP备案：晋ICP备09003118号
""",
        body="""
一、项目编号：WZCG-2023-0917
二、项目名称：蔚州市全民健身中心普拉提康复器械采购项目
三、中标信息
供应商名称　中标金额
蔚州恒康体育器材有限公司　¥38.76万元
四、主要标的信息：普拉提核心床8台、凯迪拉克训练架2台、梯桶4个。
五、公告期限：自本公告发布之日起1个工作日。
附件：中标结果确认书
""",
    ),
    dict(
        slug="lawfirm-pulati-article-prepaid-card",
        site="明衡律师事务所 (invented)",
        style="律所网站",
        genre="普法文章",
        kind="other",
        form="html",
        source="https://www.minghenglaw.com/insights/2024/prepaid-fitness.html",
        title="健身工作室“跑路”后，预付卡余额如何追回？",
        record_title="健身工作室“跑路”后，预付卡余额如何追回？_律师观点_明衡律师事务所",
        date="2024-03-28",
        notes="law-firm site with consult box and lawyer card; the article's own mention of 扫码 and 打印 kept",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>健身工作室“跑路”后，预付卡余额如何追回？_律师观点_明衡律师事务所</title></head>
<body>
<header>⟦m 明衡律师事务所⟧ ⟦m 专业 · 诚信 · 高效⟧ ⟦w 免费法律咨询：0371-55601138⟧</header>
<nav>⟦m 首页⟧ ⟦m 律所简介⟧ ⟦m 专业领域⟧ ⟦m 律师观点⟧ ⟦m 联系我们⟧</nav>
<div class="crumb">⟦m 首页 / 律师观点 / 消费维权⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 作者：韦清律师　发布：2024-03-28　阅读 731⟧</div>
{BODY}
<div class="card">⟦w 韦清 执业律师 擅长消费纠纷、合同纠纷 点击在线咨询⟧</div>
<div class="side">⟦l 热门文章⟧ ⟦l 装修合同纠纷常见问题⟧ ⟦l 培训机构退费指南⟧</div>
<footer>⟦d 本文仅为作者个人观点，不构成正式法律意见⟧ ⟦m 豫ICP备16020030号⟧</footer>
</body></html>
""",
        body="""
近期，不少读者反映所办会员卡的普拉提、瑜伽工作室突然关门，预付余额无法退还。对此，我们建议按以下步骤维权：
第一步，固定证据。保存好会员卡、付款记录、聊天记录，必要时将电子合同截图打印留存。
第二步，投诉举报。可向当地市场监管部门投诉，也可扫码进入“12315”小程序在线提交。
第三步，协商与诉讼。经营者失联的，可联合其他会员提起诉讼，要求经营者及其股东承担责任。
总之，办理预付卡时应选择有资质的商家，不要一次性充值过多金额。
""",
    ),
    dict(
        slug="lawfirm-fangwei-contract-anti-counterfeit",
        site="正则律师网 (invented)",
        style="律所网站",
        genre="合同范本",
        kind="other",
        form="text",
        source="http://www.zhengzelaw.cn/hetong/zhishichanquan/1902.html",
        title="非遗手工艺品商标许可使用合同（范本）",
        record_title="非遗手工艺品商标许可使用合同（范本）-免费下载",
        date=None,
        notes="contract template with placeholders; no date; download prompt",
        page="""
!m 正则律师网 | 合同范本 | 知识产权
{T}
!m 浏览：2290　更新：2022-09-14
!a 下载Word版本（免费）　　｜　　复制全文
{BODY}
!w 合同审查、起草，请拨打律师热线 139-0372-6684
!l 相关范本：著作权转让合同　专利实施许可合同
!d 本站合同范本仅供参考，使用前请咨询专业律师。
""",
        body="""
许可方（甲方）：＿＿＿＿＿＿
被许可方（乙方）：＿＿＿＿＿＿
第一条 甲方将其注册的第＿＿＿＿号商标许可乙方在＿＿＿＿地区使用于竹编、木雕等手工艺品上。
第二条 许可期限自＿＿年＿＿月＿＿日起至＿＿年＿＿月＿＿日止。
第三条 乙方应保证使用该商标的商品质量不低于甲方同类商品，并接受甲方的监督检查。
第四条 许可使用费为每年人民币＿＿＿＿元，于每年＿＿月＿＿日前支付。
甲方（签章）：　　　　乙方（签章）：
签订日期：＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="community-dianti-notice-elevator-install-html",
        site="槐峪街道社区服务网 (invented)",
        style="社区网站",
        genre="公示",
        kind="notice",
        form="html",
        source="https://www.huaiyujd.org/sqdt/2024/0417.html",
        title="槐峪社区3号楼加装电梯项目公示",
        record_title="槐峪社区3号楼加装电梯项目公示",
        date="2024-04-17",
        notes="residents' site; 公示期 and objection contact kept; byline 发布时间",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>槐峪社区3号楼加装电梯项目公示 - 槐峪街道社区服务网</title></head>
<body>
<div class="head">⟦m 槐峪街道社区服务网⟧ ⟦m 有事找社区 服务零距离⟧</div>
<div class="menu">⟦m 首页⟧ ⟦m 社区动态⟧ ⟦m 便民服务⟧ ⟦m 网格之窗⟧</div>
<h2>{T}</h2>
<div class="sub">⟦m 发布时间：2024年4月17日　发布人：槐峪社区居委会⟧</div>
{BODY}
<div class="bm">⟦l 便民电话：物业 0536-8801200 水电报修 0536-8801266⟧</div>
<div class="foot">⟦m 槐峪街道办事处 版权所有⟧</div>
</body></html>
""",
        body="""
经3号楼全体业主协商，本楼拟在1单元北侧加装电梯一部。现将有关情况公示如下：
一、同意加装的业主户数：18户，占本单元总户数的100%。
二、费用分摊：总造价约62万元，扣除政府补贴后由二层以上业主按楼层系数分摊。
三、公示期：2024年4月17日至4月26日。
公示期间如有异议，请以书面形式向社区居委会反映。联系人：邢大姐，电话：0536-8802301。
""",
    ),
    dict(
        slug="community-qiche-letter-parking-lot",
        site="萍湖社区居民之家 (invented)",
        style="社区网站",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://pinghu-sq.cn/news/8821.html",
        title="关于文明停车、畅通消防通道的倡议书",
        record_title="关于文明停车、畅通消防通道的倡议书",
        date="2023-07-03",
        notes="community page; chrome glued to the end of a paragraph after the 。; signature date",
        page="""
!m 萍湖社区居民之家　·　社区公告
{T}
!m 时间：2023-07-05 08:40　来源：萍湖社区
{BODY}
!l 上一条：夏季防溺水安全提示　　下一条：社区老年食堂菜单（7月第1周）
!m 萍湖社区居委会　服务电话：0512-6611090
""",
        indent="\u3000\u3000",
        body="""
各位居民朋友：
近来，小区部分车辆长时间停放在消防通道和单元门口，一旦发生火情，消防车无法进入，后果不堪设想。⟦a 【点击收藏本页】⟧
为此，社区居委会、业委会和物业公司联合倡议：一、车辆一律停入划定车位，不占用消防通道；二、临时停车请在车内留下联系电话；三、电动车不进楼道、不飞线充电。
让我们共同守护安全家园。
萍湖社区居委会
2023年7月3日
""",
        date_also=["2023-07-05"],
    ),
    dict(
        slug="assoc-qipao-notice-tailoring-contest-html",
        site="芃城服饰文化协会 (invented)",
        style="行业协会",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.pcfswh.org.cn/xhdt/2024/09/602.html",
        title="关于举办第三届旗袍制作技艺大赛的通知",
        record_title="关于举办第三届旗袍制作技艺大赛的通知 - 芃城服饰文化协会",
        date="2024-09-02",
        notes="association site; 附件 list; contact of the notice kept; 协会文号 neutral",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于举办第三届旗袍制作技艺大赛的通知 - 芃城服饰文化协会</title></head>
<body>
<div class="hd">⟦m 芃城服饰文化协会⟧ ⟦a 会员登录⟧ ⟦a 入会申请⟧</div>
<div class="nv">⟦m 协会首页⟧ ⟦m 协会动态⟧ ⟦m 会员风采⟧ ⟦m 行业资讯⟧</div>
<h1>{T}</h1>
<div class="dt">⟦m 2024-09-02　协会秘书处⟧</div>
<p>芃服协〔2024〕11号</p>
{BODY}
<div class="share">⟦l 分享到：⟧ ⟦l 微信⟧ ⟦l 微博⟧</div>
<div class="ft">⟦m 地址：芃城市锦绣路88号服装城3楼⟧ ⟦m Copyright © 芃城服饰文化协会⟧</div>
</body></html>
""",
        body="""
各会员单位：
为传承旗袍传统制作技艺，协会定于10月下旬举办第三届旗袍制作技艺大赛。
一、比赛项目：手工盘扣、滚边镶嵌、整件旗袍制作。
二、参赛对象：本市服装企业、定制工作室从业人员。
三、报名截止：10月10日。联系人：戚曼，电话：0573-87215506。
附件：1.参赛报名表
2.评分细则
芃城服饰文化协会
2024年9月2日
""",
    ),
    dict(
        slug="assoc-mudiao-report-woodcarving-council",
        site="荷源工艺美术行业协会 (invented)",
        style="行业协会",
        genre="工作报告",
        kind="report",
        form="text",
        source="http://www.hygymxh.com/about/report2023.html",
        title="荷源县工艺美术行业协会第二届理事会工作报告",
        record_title="荷源县工艺美术行业协会第二届理事会工作报告（全文）",
        date="2023-12-16",
        notes="date under the report title; speaker line neutral; wrapped",
        page="""
!m 荷源工艺美术行业协会　｜　协会公告
{T}
——在协会第三次会员代表大会上
会长　严青山
（2023年12月16日）
{BODY}
!l 附：协会第三届理事会候选人名单（点击查看）
!m 协会秘书处电话：0576-8221037
""",
        wrap=76,
        body="""
各位代表：
我受第二届理事会委托，向大会报告工作，请予审议。
五年来，协会会员从86家发展到214家，涵盖木雕、竹编、石雕、刺绣等八个门类。我们组织会员参加各类展会31次，帮助会员企业签订订单金额超过2亿元。
协会还建立了工艺美术人才库，评选县级工艺美术大师23名，开设学徒班9期，培养青年技工300余人。
今后五年，协会将继续当好政府和企业之间的桥梁，推动荷源工艺美术产业高质量发展。
""",
    ),
    dict(
        slug="corp-gaoshan-news-funicular-safety-html",
        site="蕤山旅游发展集团 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.ruishantour.com/news/qydt/20240510.html",
        title="蕤山景区观光小火车完成年度安全检测",
        record_title="蕤山景区观光小火车完成年度安全检测",
        date="2024-05-10",
        notes="company site with ticket booking buttons; byline date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>蕤山景区观光小火车完成年度安全检测-蕤山旅游发展集团</title></head>
<body>
<div class="top">⟦m 蕤山旅游发展集团有限公司⟧ ⟦a 门票预订⟧ ⟦a English⟧</div>
<div class="nav">⟦m 集团概况⟧ ⟦m 新闻中心⟧ ⟦m 景区导览⟧ ⟦m 党建工作⟧ ⟦m 人才招聘⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 发布日期：2024-05-10　来源：运营部⟧</div>
{BODY}
<div class="ft">⟦m 游客服务中心：0794-6620000⟧ ⟦m 赣ICP备17011020号⟧</div>
</body></html>
""",
        body="""
5月8日至9日，省特种设备检验研究院检测组对蕤山景区观光小火车进行年度安全检测，各项指标全部合格。
检测组对机车制动系统、轨道、站台安全门等32个项目进行了逐项检测，并开展了满载制动试验。
运营部负责人表示，小火车自2019年投入运营以来保持安全运行零事故，今年“五一”假期共运送游客4.6万人次。
""",
    ),
    dict(
        slug="corp-chuanglian-summary-curtain-chain",
        site="锦帘家居 (invented)",
        style="企业官网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.jinlianjiaju.com/about/news/318.html",
        title="锦帘家居2023年门店上门测量安装服务工作总结",
        record_title="锦帘家居2023年门店上门测量安装服务工作总结",
        date="2024-01-05",
        notes="company site; 400 hotline of the company as chrome; the summary's satisfaction table",
        page="""
!m 锦帘家居　　窗帘 · 布艺 · 电动轨道
!m 首页 | 关于我们 | 产品中心 | 门店分布 | 新闻动态
{T}
!m 发布时间：2024-01-05　　点击：143
{BODY}
!w 全国服务热线 400-606-2288　　免费上门量尺
!l 返回新闻列表
""",
        body="""
2023年，公司22家门店共完成窗帘上门测量、安装、电动轨道调试等服务4.1万单，客户投诉率下降到0.3%。
门店　服务单数　满意度
城东店　5280　99.1%
城西店　4715　98.7%
开发区店　3902　98.9%
全年推行“量尺师傅带鞋套、安装完毕清场地”服务标准，高空安装一律配备双人作业和安全带。
2024年，公司将推出上门服务全程录像回传，进一步提升服务透明度。
""",
    ),
    dict(
        slug="training-jijiu-plan-first-aid-course-html",
        site="守护者急救培训中心 (invented)",
        style="培训机构",
        genre="方案",
        kind="plan",
        form="html",
        source="https://www.shouhuzhe120.com/course/aed-plan.html",
        title="企业员工急救技能培训课程方案",
        record_title="企业员工急救技能培训课程方案｜守护者急救培训中心",
        date=None,
        notes="training-school page with signup form and consult popup; no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>企业员工急救技能培训课程方案｜守护者急救培训中心</title><script src="/kefu/chat.js"></script></head>
<body>
<div class="hd">⟦m 守护者急救培训中心⟧ ⟦w 咨询热线：020-38810620⟧</div>
<div class="nav">⟦m 首页⟧ ⟦m 课程体系⟧ ⟦m 企业内训⟧ ⟦m 师资团队⟧ ⟦m 学员风采⟧</div>
<h1>{T}</h1>
{BODY}
<div class="form">⟦a 立即预约免费试听⟧ ⟦a 姓名 电话 提交⟧</div>
<div class="float">⟦w 在线客服 点我咨询⟧</div>
<div class="ft">⟦m 粤ICP备19080061号⟧</div>
</body></html>
""",
        body="""
一、培训目标：使参训员工掌握心肺复苏、AED使用、海姆立克急救法和常见外伤处理技能。
二、课程安排：共8学时，理论2学时，实操6学时，每20名学员配备1名导师。
三、考核认证：实操考核合格者颁发救护员证书，有效期三年。
四、培训场地：可到企业现场授课，也可在本中心实训教室进行。
""",
    ),
    dict(
        slug="training-tiaojiu-notice-bartending-exam",
        site="醉调调酒师培训学校 (invented)",
        style="培训机构",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.zuitiaojiu.com/news/2023/1212.html",
        title="关于调酒师职业技能等级认定考试安排调整的通知",
        record_title="【学员必看】关于调酒师职业技能等级认定考试安排调整的通知",
        date="2023-12-12",
        notes="decorated record title; glued chrome in the middle; signature date",
        page="""
!m 醉调调酒师培训学校 — 一杯好酒从这里开始
!m 首页 > 学校公告
{T}
!m 2023-12-12　阅读 2,018
{BODY}
!a 扫码加入学员群，及时获取考试信息
!w 报名咨询：0755-23391156（周一至周日 10:00-21:00）
""",
        body="""
各位学员：
根据认定机构安排，12月18日起调酒师（四级）实操考试改为每周二、四、六进行。
一、报考：请在学校小程序提交报考申请，班主任确认后统一报送。⟦m 本文已被浏览2018次⟧
二、练习：实操教室每天开放至晚上9点，练习用基酒按登记领取。
三、缺考：无故缺考两次的，需重新排队报考。
醉调调酒师培训学校教务部
2023年12月12日
""",
    ),
]

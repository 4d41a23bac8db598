"""holdout331, part D: personnel-exam sites, tender portals, law firms, residents' sites and
trade associations. Every site, place, person, firm, URL and number is invented; see
../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="exam-laishan-notice-housekeeping-squeegee",
        site="赉山人事考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.lsrsks.cn/ksdt/jnjd/202505/t20250522_1093.html",
        title="关于开展2025年第二批家政服务员（擦窗保洁方向）职业技能等级认定的通知",
        record_title="〔技能评价〕关于开展2025年第二批家政服务员（擦窗保洁方向）职业技能等级认定的通知_赉山人事考试网",
        date="2025-05-20",
        date_also=["2025-05-22"],
        notes="exam site: a maintenance banner, an admission-ticket float, the notice's own 咨询电话 beside the site's "
        "technical line, 下载/打印 of the admission ticket as content, 附件 list; site date also accepted",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〔技能评价〕关于开展2025年第二批家政服务员（擦窗保洁方向）职业技能等级认定的通知_赉山人事考试网</title>
</head>
<body>
<div class="notice-bar">⟦m 系统维护公告：5月24日22:00至次日6:00报名系统暂停服务⟧</div>
<div class="top">⟦m 赉山人事考试网⟧　⟦m 赉山县人力资源和社会保障局主办⟧</div>
<div class="nav">⟦m 首页 ｜ 考试动态 ｜ 技能评价 ｜ 成绩查询 ｜ 证书领取 ｜ 政策法规⟧</div>
<div class="pos">⟦m 当前位置：首页 » 技能评价⟧</div>
<div class="box">
<h1>{T}</h1>
<div class="src">⟦m 来源：县职业技能鉴定所　发布日期：2025-05-22　阅读：3320⟧</div>
<div class="body">
{BODY}
</div>
<div class="files">⟦a 相关附件（2）：报名登记表.doc　评分细则.pdf⟧</div>
</div>
<div class="float-r"><a>⟦a 准考证打印入口⟧</a><br><a>⟦a 成绩查询入口⟧</a></div>
<div class="foot">⟦m 技术支持电话：0936-5210099（仅受理网站故障）⟧<br>⟦m 赉山县人力资源和社会保障局　黔ICP备10004488号⟧</div>
<script src="/js/float-entry.js"></script>
</body>
</html>
""",
        body="""
各有关单位，各位考生：
根据年度职业技能等级认定工作安排，县职业技能鉴定所定于2025年6月开展第二批家政服务员（擦窗保洁方向）职业技能等级认定。现将有关事项通知如下：
一、认定等级：初级（五级）、中级（四级）。
二、报名时间：5月26日至6月6日，登录县人力资源和社会保障局官网报名。
三、认定方式：理论知识考试采用闭卷笔试；操作技能考核在实训室进行，考生须使用考场提供的玻璃刮、涂水器完成一平方米玻璃的清洁，限时15分钟。
四、准考证打印：考生请于6月16日后登录报名系统下载并打印准考证，凭准考证和身份证参加考试。
五、咨询电话：0936-5217731（县职业技能鉴定所，工作日）。
附件：1.报名登记表
2.操作技能考核评分细则
赉山县职业技能鉴定所
2025年5月20日
""",
    ),
    dict(
        slug="exam-kuicheng-appliance-repair-timetable",
        site="暌城人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.kcrsks.gov.cn/kwxx/2025/0826/20331.html",
        title="关于2025年家用电器产品维修工职业技能等级认定考核安排的公告",
        record_title="关于2025年家用电器产品维修工职业技能等级认定考核安排的公告 - 考务信息 - 暌城人事考试网",
        date="2025-08-25",
        date_also=["2025-08-26"],
        notes="timetable one row a paragraph (a practical test on fridge door seals); 下载打印准考证 as content; the "
        "site's name inside a body sentence (matched as head); consult and technical lines as chrome",
        page="""
!m 暌城人事考试网
!m 首页　考试动态　考务信息　成绩查询　证书办理
!t 关于2025年家用电器产品维修工职业技能等级认定考核安排的公告 - 考务信息 - 暌城人事考试网
!m 来源：市职业技能鉴定指导中心　发布日期：2025-08-26
!a ［准考证打印通道］　［考点地图］
{BODY}
!m 考生咨询：0938-2216350　技术支持：0938-2216399
!d 本网发布的考试信息如与正式文件不一致，以正式文件为准。
""",
        body="""
各位考生：
2025年家用电器产品维修工职业技能等级认定考核将于9月13日至14日在暌城技师学院举行。现将考核安排公告如下：
日期　时间　科目　地点
9月13日　9:00-10:30　理论知识考试　实训楼301
9月13日　14:00-17:00　操作技能考核（制冷部分）　实训楼102
9月14日　9:00-11:00　操作技能考核（冰箱门密封条更换）　实训楼104
操作技能考核所需十字螺丝刀、热风枪、密封条等工具材料由考点统一提供，考生不得自带。
请考生于9月8日起登录暌城人事考试网下载打印准考证，考试当天提前30分钟到达考点。
暌城市职业技能鉴定指导中心
2025年8月25日
""",
    ),
    dict(
        slug="tender-wucheng-inquiry-screen-brushes",
        site="鋈城县公共资源交易平台 (invented)",
        style="招投标网",
        genre="询价公告",
        kind="notice",
        form="html",
        source="https://ggzy.wucheng.gov.cn/jyxx/zfcg/xjgg/20250408/7781.html",
        title="鋈城县第二中学纱窗刷等清洁用具采购询价公告",
        record_title="【询比采购】鋈城县第二中学纱窗刷等清洁用具采购询价公告",
        date="2025-04-08",
        notes="tender portal: countdown, attachment link, CA and trading-system lines beside the purchaser's and "
        "agency's own contacts; the items table; 下载询价文件 as content; the portal's name inside a sentence",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【询比采购】鋈城县第二中学纱窗刷等清洁用具采购询价公告</title>
<script src="/js/countdown.js"></script>
</head>
<body>
<div class="hd">⟦m 鋈城县公共资源交易平台⟧　<a>⟦a 主体登录⟧</a> <a>⟦a 免费注册⟧</a></div>
<div class="menu">⟦m 首页 ｜ 交易信息 ｜ 政府采购 ｜ 工程建设 ｜ 服务指南 ｜ 政策法规⟧</div>
<div class="loc">⟦m 交易信息 › 政府采购 › 询价公告⟧</div>
<div class="detail">
<h2>{T}</h2>
<div class="info">⟦m 信息来源：鋈城县恒正招标代理有限公司　发布时间：2025-04-08 15:30⟧</div>
<div class="cd">⟦m 距报价截止还剩：7天17小时29分⟧</div>
<div class="cont">
{BODY}
</div>
<div class="att">⟦a 附件：询价文件（WCZC-2025-XJ017）.zip　［下载］⟧</div>
</div>
<div class="bottom">
<p>⟦m CA数字证书办理咨询：400-820-7316⟧</p>
<p>⟦m 电子交易系统技术支持：0935-6600120⟧</p>
<p>⟦m 主办：鋈城县公共资源交易中心⟧</p>
</div>
</body>
</html>
""",
        body="""
一、项目名称：鋈城县第二中学纱窗刷等清洁用具采购项目
二、项目编号：WCZC-2025-XJ017
三、采购内容及数量：
序号　品名　规格　数量
1　纱窗刷（双面免拆）　长柄　300把
2　玻璃刮　35厘米　120把
3　拖把　棉线　200把
4　分类垃圾桶　四色　40组
四、最高限价：人民币4.8万元。
五、报价方式：供应商请于4月9日至4月15日在鋈城县公共资源交易平台下载询价文件，并于4月16日上午9时前递交报价文件。
六、采购人：鋈城县第二中学，联系人：骆老师，电话：0935-6620417。
七、采购代理机构：鋈城县恒正招标代理有限公司，联系人：晏工，电话：0935-6691203。
鋈城县恒正招标代理有限公司
2025年4月8日
""",
    ),
    dict(
        slug="tender-kuicheng-bid-result-stoppers",
        site="暌城市政府采购网 (invented)",
        style="招投标网",
        genre="中标公告",
        kind="notice",
        form="text",
        source="http://www.kczfcg.gov.cn/cggg/jggg/qx/202509/t20250919_60278.html",
        title="辇城区公租房门底挡采购项目中标结果公告",
        record_date="2025-09-19",
        date="2025-09-19",
        notes="record gives title and date; a bid-lot table; purchaser and agency contacts beside the platform's "
        "hotline and CA line",
        page="""
!m 暌城市政府采购网
!m 首页 > 采购公告 > 结果公告 > 区县
{T}
!m 发布时间：2025-09-19 17:25　浏览次数：96
!a 【我要打印】【关闭】
{BODY}
!l 相关公告：辇城区公租房门底挡采购项目竞争性磋商公告
!m 平台服务热线：400-0938-666　CA数字证书办理：0938-8821100
!m 暌城市财政局主办
""",
        body="""
一、项目编号：NCQ-CG-2025-0861
二、项目名称：辇城区公租房门底挡采购项目
三、中标信息：
包号　中标供应商　中标金额（元）
第一包（硅胶门底挡）　暌城市安居五金制品有限公司　186400
第二包（自动升降门底挡）　辇城区固宁门窗配件经营部　97350
四、评审专家名单：钮立群、栾秋实、尹嘉
五、公告期限：自本公告发布之日起1个工作日。
六、联系方式
采购人：辇城区住房保障服务中心，联系电话：0938-8852107
代理机构：暌城市明信项目管理有限公司，联系电话：0938-8830526
""",
    ),
    dict(
        slug="lawfirm-gouyuan-case-laundry-ball-fraud",
        site="彀源律师事务所 (invented)",
        style="律所网站",
        genre="案例",
        kind="other",
        form="html",
        source="https://www.gouyuanlaw.com/anli/xiaofei/318.html",
        title="宣称“不用洗衣液”的洗衣球被判退一赔三",
        record_title="办案手记丨宣称“不用洗衣液”的洗衣球被判退一赔三—彀源律师事务所",
        date=None,
        notes="law firm: lawyer card, consult float, 400 line, a 'link to this article' block and a repost notice; "
        "a case note with a year but no date; the writer line glued after the last sentence",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>办案手记丨宣称“不用洗衣液”的洗衣球被判退一赔三—彀源律师事务所</title>
</head>
<body>
<header><div class="logo">⟦m 彀源律师事务所⟧</div><div class="hot">⟦m 法律咨询热线 400-9370-118⟧</div>
<nav>⟦m 首页　律所简介　专业领域　律师团队　办案手记　联系我们⟧</nav></header>
<div class="bc">⟦m 首页 / 办案手记 / 消费维权⟧</div>
<article>
<h1>{T}</h1>
<div class="meta">⟦m 作者：宁致远律师　阅读量：1475　更新于 2 周前⟧</div>
<div class="art-body">
{BODY}
</div>
<div class="permalink">⟦m 文章地址：https://www.gouyuanlaw.com/anli/xiaofei/318.html⟧</div>
<div class="repost">⟦d 本文系彀源律所原创，引用请标明出处⟧</div>
</article>
<aside class="lawyer"><p>⟦m 宁致远　专职律师　擅长：消费维权、合同纠纷⟧</p><p>⟦a 向他咨询⟧</p></aside>
<div class="consult-float">⟦w 在线律师，免费解答 点我留言⟧</div>
<footer>⟦m 彀源律师事务所　地址：彀水县新华东路55号金泰大厦7层⟧</footer>
<script src="/js/consult.js"></script>
</body>
</html>
""",
        body="""
2024年夏天，市民龚女士在一家网店花198元购买了两颗“纳米洗衣球”。商品页面写着“不用洗衣液，一颗顶三年”“除菌率99%”。使用一个月后，龚女士发现衣服根本洗不干净，与店家协商退货未果，委托本所律师提起诉讼。
庭审中，店家无法提供“除菌率99%”的检测报告，也无法证明产品能够替代洗衣液。法院审理认为，店家的宣传内容与商品实际性能明显不符，足以使消费者产生误解，构成欺诈。依照《中华人民共和国消费者权益保护法》第五十五条，判决店家退还货款198元，并赔偿594元。
律师提示：网购时要保存好商品页面截图和聊天记录，这些都是维权的重要证据；遇到夸大宣传，可以先向平台投诉，协商不成再诉诸法律。⟦m （整理：宁致远律师）⟧
""",
    ),
    dict(
        slug="lawfirm-laishan-answer-rented-fridge-seal",
        site="赉山律师在线 (invented legal-advice site)",
        style="律所网站",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.lslvshi.cn/wenda/fangwu/44187.html",
        title="租住房屋的冰箱密封条坏了，该房东修还是租客修？",
        record_title="【房东租客必看】租住房屋的冰箱密封条坏了，该房东修还是租客修？",
        date=None,
        notes="a lawyer's answer (问/答) citing the Civil Code; 2 个月前 is no date; consult 400 line and a share "
        "prompt as chrome",
        page="""
!m 赉山律师在线 · 法律咨询平台
!m 首页 > 律师答疑 > 房屋租赁
!t 【房东租客必看】租住房屋的冰箱密封条坏了，该房东修还是租客修？
!m 解答律师：柴文渊　执业机构：赉山明理律师事务所
!m 浏览 1182　｜　2 个月前
{BODY}
!w 免费咨询律师：400-6099-148（9:00-21:00）
!a 觉得有帮助？转给身边租房的朋友
!l 相关问答：押金不退怎么办？　｜　合同到期房东不续租要提前通知吗？
!d 以上解答仅供参考，具体问题请咨询执业律师。
""",
        body="""
问：我租的房子里有一台房东提供的冰箱，最近冰箱门的密封条开裂了，门关不严。房东说是我用坏的，要我自己花钱修。请问律师，这个钱该谁出？
答：根据《中华人民共和国民法典》第七百一十二条，出租人应当履行租赁物的维修义务，但是当事人另有约定的除外。冰箱是房东随房屋一并出租的设备，属于租赁物的一部分。密封条老化开裂多属于正常使用中的自然损耗，一般应由房东负责维修。
如果是租客使用不当造成的，比如用尖锐物品划破密封条，则应由租客承担维修费用。
建议您：一是查看租赁合同中有没有关于家电维修的约定；二是拍照留存密封条损坏的情况；三是书面通知房东在合理期限内维修。房东拒不维修的，您可以自行维修，维修费用由房东负担。
""",
    ),
    dict(
        slug="community-jiaoping-notice-free-stoppers",
        site="敫坪社区网 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jiaoping.nianchengqu.cn/tzgg/2025/1110/229.html",
        title="敫坪社区关于为独居老人免费安装门底挡的通知",
        record_title="【暖心上门】敫坪社区关于为独居老人免费安装门底挡的通知｜敫坪社区",
        date="2025-11-10",
        notes="residents' site: weather line, a grid worker's box, property repair and night lines beside the "
        "community's own service-station phone; 扫描二维码登记 as content",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【暖心上门】敫坪社区关于为独居老人免费安装门底挡的通知｜敫坪社区</title>
</head>
<body>
<div class="top">⟦m 敫坪社区 · 居民之家⟧　⟦m 辇城区 多云 -2~7℃⟧</div>
<div class="nav">⟦m 社区首页　社区公告　办事指南　党建园地　邻里互助⟧</div>
<div class="path">⟦m 所在位置：社区公告⟧</div>
<div class="post">
<h2>{T}</h2>
<div class="by">⟦m 发布人：社区居委会　阅读 731⟧</div>
<div class="post-body">
{BODY}
</div>
<div class="share">⟦l 一键转发：微信　居民群　朋友圈⟧</div>
</div>
<div class="grid-box"><h4>⟦m 我的网格员⟧</h4><p>⟦m 第三网格　邹红梅　13919385521⟧</p></div>
<div class="wy">⟦m 物业报修：0938-8867200　夜间值班：0938-8867211⟧</div>
<div class="foot">⟦m 敫坪社区居委会主办　辇城区辚原街道指导⟧</div>
<script src="/js/weather.js?city=niancheng"></script>
</body>
</html>
""",
        body="""
辖区各位居民：
为帮助独居、高龄老人温暖过冬，社区联合辖区物业企业和党员志愿者，为独居老人家庭免费安装门底挡。现将有关事项通知如下：
一、服务对象：本社区登记在册的独居老人、80岁以上高龄老人家庭。
二、登记方式：请老人或其家属于11月20日前到社区服务站登记，也可扫描社区公告栏上的二维码在线登记。
三、安装时间：11月22日至11月30日，志愿者将提前电话联系，上门时佩戴工作证。
四、温馨提示：安装服务全程免费，凡以社区名义上门收费的，请立即拨打社区电话核实。
社区服务站电话：0938-8867015。
敫坪社区居民委员会
2025年11月10日
""",
    ),
    dict(
        slug="community-xianhu-pledge-window-wrapped",
        site="藓湖社区网 (invented)",
        style="社区网站",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.xianhushequ.cn/gg/2025-04-25/88.html",
        title="致藓湖社区居民的文明安全擦窗倡议书",
        record_title="致藓湖社区居民的文明安全擦窗倡议书（居民群已同步）",
        date="2025-04-25",
        notes="a community pledge hard-wrapped at 56 columns; 分享 as content; the committee's duty line as chrome; "
        "成文日期 under the signature",
        page="""
!m 藓湖社区网 · 邻里之家
!m 首页 ＞ 社区公告
!t 致藓湖社区居民的文明安全擦窗倡议书（居民群已同步）
!m 社区居委会　｜　阅读 642
{BODY}
!m 居委会值班电话：0938-8861009
!l 上一条：关于开展春季灭鼠工作的通知
!m 藓湖社区居委会主办　技术支持：辇城区融媒体中心
""",
        wrap=56,
        indent="\u3000\u3000",
        body="""
尊敬的各位居民朋友：
春暖花开，又到了家家户户擦窗的时候。去年以来，我市已发生多起因擦窗导致的坠楼事故，令人痛心。为了大家的安全，社区向全体居民发出如下倡议：
一、擦外窗请使用长柄玻璃刮、磁吸双面擦等工具，人站在室内，绝不站上窗台或探身窗外。
二、家有老人、儿童的，请家人代劳，不让老人独自擦窗，擦窗时看护好孩子。
三、擦窗时关紧纱窗，收好窗台上的花盆、杂物，防止失手坠落伤人。
四、请把这份倡议分享到家庭群、楼栋群，让更多邻居看到。
藓湖社区居民委员会
2025年4月25日
""",
    ),
    dict(
        slug="association-rihua-pledge-laundry-ball-ads",
        site="暌城市日化行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="http://www.kcrihua.org.cn/xhdt/2025/0618/175.html",
        title="关于规范洗衣球产品宣传的自律倡议书",
        record_title="〖洗涤用品自律〗关于规范洗衣球产品宣传的自律倡议书 - 暌城市日化行业协会",
        date="2025-06-18",
        notes="association site: member login row and member hotline beside the association's own complaint line; "
        "the association's name in the header is also the signature (matched as head)",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〖洗涤用品自律〗关于规范洗衣球产品宣传的自律倡议书 - 暌城市日化行业协会</title>
</head>
<body>
<div class="hd"><h2>⟦m 暌城市日化行业协会⟧</h2><div class="login">⟦a 会员单位登录 ｜ 申请入会⟧</div></div>
<div class="nav">⟦m 首页　协会概况　协会动态　行业资讯　会员名录　联系我们⟧</div>
<div class="pos">⟦m 首页 > 协会动态⟧</div>
<div class="article">
<h1>{T}</h1>
<p class="info">⟦m 发布：协会秘书处　浏览：264⟧</p>
<div class="text">
{BODY}
</div>
<p class="back">⟦a ［返回列表］［打印本文］⟧</p>
</div>
<div class="side"><h4>⟦l 行业资讯⟧</h4><p>⟦l 洗涤用品标签标识常见问题解读⟧</p><p>⟦l 上半年全市日化产品抽检情况⟧</p></div>
<div class="ft">⟦m 会员服务专线：0938-8219400⟧<br>⟦m 地址：暌城市经开区兴业路12号　邮箱：kcrihua@163.com⟧</div>
<script src="/static/js/kcrihua.js"></script>
</body>
</html>
""",
        body="""
全市日化用品生产、经营企业：
近年来，洗衣球作为一种辅助洗涤用品，受到不少消费者欢迎。但也有个别企业和商家在宣传中使用“不用洗衣液”“一颗用三年”“纳米除菌”等夸大用语，误导消费者，损害了行业信誉。为此，协会向全体会员单位发出如下倡议：
一、如实宣传。洗衣球的功能介绍应与产品检测结果一致，不使用绝对化用语，不暗示可以替代洗涤剂。
二、规范标识。产品包装标明材质、使用方法、注意事项和生产企业信息。
三、诚信经营。直播带货、社区推销等销售活动中，不虚构演示效果，不针对老年人搞高价推销。
四、接受监督。欢迎社会各界对会员单位的宣传行为进行监督，协会投诉电话：0938-8219460。
暌城市日化行业协会
2025年6月18日
""",
    ),
    dict(
        slug="association-menchuang-minutes-screen-brush-standard",
        site="暌城市门窗五金行业协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://www.kcmcwj.org/tzgg/20250711/61.html",
        title="暌城市门窗五金行业协会三届四次理事会会议纪要",
        date="2025-07-10",
        notes="record title as is; the minutes' 时间/地点/主持/出席/列席/记录 lines and a vote count; the meeting "
        "date is the date; the association's name in the header is also the title's start",
        page="""
!m 暌城市门窗五金行业协会
!m 协会首页 ｜ 协会简介 ｜ 通知公告 ｜ 会员风采 ｜ 会员登录
!m 当前位置：通知公告
{T}
!m 发布：秘书处　浏览：88
{BODY}
!a 〔下载纪要PDF〕〔打印〕
!m 会员服务热线：0938-8207713
!m 暌城市门窗五金行业协会版权所有
""",
        body="""
时间：2025年7月10日上午9:00
地点：协会会议室
主持：会长 闵国栋
出席：理事21人（应到25人）
列席：监事长 芮文清
记录：秘书处 晏小溪
会议审议并形成以下事项：
一、审议通过《纱窗刷》团体标准立项申请。标准由协会秘书处牵头，组织5家会员企业共同起草，年内完成征求意见稿。表决结果：同意21票，反对0票，弃权0票。
二、同意吸收暌城市洁美日用品有限公司等3家企业为会员单位。
三、会议决定9月下旬组织会员企业赴鞲阳县戛岭镇清洁工具产业园考察学习。
""",
    ),
]

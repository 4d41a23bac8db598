"""holdout272, part D: download stations, personnel-exam sites, tender portals, law firms and residents' sites.

Every page, site, place, person, number and URL here is invented; each case was written by
hand. Markup: see ../build.py.
"""

CASES = [
    # 33 ── 资料下载站, HTML (old gb2312 tables) ── embroidery hoops, hoop-keeping rules as a .doc
    dict(
        slug="download-baigong-rules-embroidery-hoops-doc-gb2312",
        site="百工资料库 (invented download station, gb2312 tables)",
        style="资料下载站",
        genre="制度/规程",
        kind="other",
        form="html",
        source="http://www.baigongziliao.com/soft/zhidu/20871.html",
        title="绣花绷领用保管规程",
        record_title="锦绷刺绣工艺厂绣花绷领用保管规程.doc",
        date=None,
        notes="gb2312 download page: a file-info table, three download links, a dead-link report, an unzip "
        "password line, a floating ad; rules in 第N条 articles (one speaks of 扫码 and 打印 as content); an "
        "update stamp (no date)",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>锦绷刺绣工艺厂绣花绷领用保管规程.doc - 百工资料库</title>
<script language="javascript" src="/js/ad_float.js"></script>
</head><body>
<table width="950" align="center" border="0"><tr><td>⟦m 百工资料库⟧</td><td>⟦m 行业制度 · 操作规程 · 表格模板 免费下载⟧</td></tr>
<tr><td colspan="2" bgcolor="#335577">⟦m 首页 | 管理制度 | 操作规程 | 合同范本 | 表格下载 | 排行榜⟧</td></tr></table>
<table width="950" align="center" border="1" cellpadding="3" cellspacing="0" bordercolor="#CCCCCC">
<tr><td colspan="2">⟦m 当前位置：百工资料库 → 管理制度 → 车间制度⟧</td></tr>
<tr><td colspan="2" align="center"><b>{T}</b></td></tr>
<tr><td width="475">⟦m 资料大小：36 KB⟧</td><td>⟦m 资料类型：.doc / 简体中文⟧</td></tr>

<tr><td>⟦m 最近更新：上周五⟧</td><td>⟦m 资料评级：★★★★☆（41票）⟧</td></tr>

<tr><td colspan="2">⟦m 资料简介：⟧</td></tr>
<tr><td colspan="2">
{BODY}
</td></tr>
<tr><td colspan="2">⟦a 下载地址：【电信高速下载】 【联通高速下载】 【本地下载】⟧</td></tr>
<tr><td colspan="2">⟦a 下载不了？点此向站长报告死链⟧</td></tr>
<tr><td colspan="2">⟦a 压缩包解压口令：www.baigongziliao.com⟧</td></tr>
</table>
<div id="float_ad" style="position:absolute;left:2px;top:300px">⟦w 规章制度代编 快速出稿 QQ 3301877254⟧</div>
<table width="950" align="center"><tr><td align="center">⟦d 本站提供的资料均来自网络，仅供学习交流，请在下载后24小时内删除。⟧<br>⟦m 百工资料库　皖ICP备12003371号⟧</td></tr></table>
</body></html>
""",
        p_html="{}<br>",
        body="""
第一条　为加强绣花绷的管理，延长使用寿命，保证绣品质量，制定本规程。
第二条　绣花绷由车间统一采购、编号，绣工凭工牌领用，每人限领大、中、小绷各一只。
第三条　领用、归还绣花绷时，须扫描绷架上的二维码登记，车间每月打印一次领用台账，交厂办存档。
第四条　使用时不得将绷圈拧得过紧，不得用绣花绷敲打物品；竹绷不得放在暖气片和窗台上暴晒。
第五条　绣花绷出现裂纹、螺丝滑丝的，应及时交车间更换，不得自行修理。
第六条　因保管不当造成丢失或损坏的，按采购价的50%赔偿。
第七条　本规程自发布之日起施行，由生产部负责解释。
""",
    ),
    # 34 ── 资料下载站, text ── aluminium pots, press-shop safety rules as a .wps
    dict(
        slug="download-angui-rules-aluminium-pot-press-wps",
        site="安规文档下载 (invented)",
        style="资料下载站",
        genre="制度/规程",
        kind="other",
        form="text",
        source="https://www.anguiwendang.com/down/7731.html",
        title="铝锅压制车间安全操作规程",
        record_title="铝锅压制车间安全操作规程.wps",
        date=None,
        notes="file-name record title; a file-info block, mirror links, a points line; 第N条 articles that speak "
        "of 扫码 and 打印 as content; no date (an 'added 2 天前' stamp only)",
        page="""
!m 安规文档下载 — 安全操作规程 · 应急预案 · 安全台账
!m 位置：首页 / 操作规程 / 机械加工
{T}
!m 文件类型：WPS文字　大小：18KB　添加：2 天前　下载：540 次
!a ⇩ 网通下载　⇩ 电信下载　⇩ 备用下载（需 1 点）
{BODY}
!a 下载后提示文件损坏？请用WPS 2019以上版本打开
!l 同类下载：冲压车间安全操作规程　｜　抛光工安全操作规程　｜　铝材仓库管理制度
!d 所有文档均由网友上传，本站不承担版权责任
!m 安规文档下载 anguiwendang.com　豫ICP备18023306号
""",
        body="""
第一条　本规程适用于铝锅压制车间压力机、旋压机的操作人员。
第二条　操作人员须经安全培训考试合格后方可上岗。上岗前须扫描车间门口的二维码领取手套、护目镜、耳塞等劳保用品。
第三条　开机前检查模具紧固、安全光幕和双手按钮是否完好，发现异常立即停机报修。
第四条　压制时严禁将手伸入模具区域；铝片卡料时，必须停机并用专用钩子取出。
第五条　每班结束后清理铝屑，切断电源，在交接班系统中填写设备运行情况，班长每周打印一次交接班记录签字备查。
第六条　违反本规程的，按公司安全生产奖惩办法处理。
第七条　本规程由安全环保部负责解释，自印发之日起执行。
""",
    ),
    # 35 ── 人事考试网, HTML ── embroidery hoops, a skills-appraisal notice with a timetable
    dict(
        slug="exam-xiucheng-notice-embroidery-appraisal-timetable",
        site="髹城市职业技能鉴定服务网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://jdzx.xiucheng.gov.cn/jdgg/2024/0822/581.html",
        title="关于开展2024年第二批刺绣工职业技能等级认定考核的通知",
        record_title="〔鉴定公告〕关于开展2024年第二批刺绣工职业技能等级认定考核的通知·髹城市职业技能鉴定服务网",
        date="2024-08-20",
        date_also=["2024-08-22"],
        notes="personnel-exam site: a maintenance banner, an admission-ticket float, a technical line beside the "
        "notice's own 咨询电话; a timetable (one row a paragraph); candidates to download and print 准考证 "
        "(content); the page's 发布日期 differs from the 成文日期",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〔鉴定公告〕关于开展2024年第二批刺绣工职业技能等级认定考核的通知·髹城市职业技能鉴定服务网</title>
<script src="/js/jdzx.js"></script></head>
<body>
<div class="notice-bar">⟦d 系统升级提示：8月24日22:00—次日6:00报名系统暂停服务⟧</div>
<div class="hd">⟦m 髹城市职业技能鉴定服务网⟧⟦m 髹城市职业技能鉴定指导中心⟧</div>
<div class="nav">⟦m 首页　鉴定公告　报名入口　成绩查询　证书查询　政策法规⟧</div>
<div class="crumb">⟦m 首页 > 鉴定公告⟧</div>
<div class="con">
<h1>{T}</h1>
<div class="info">⟦m 发布日期：2024-08-22　信息来源：鉴定科　浏览：2267⟧</div>
<div class="body">
{BODY}
</div>
</div>
<div class="float">⟦a 准考证打印入口 ▶⟧</div>
<div class="ft">⟦m 主办：髹城市职业技能鉴定指导中心　系统技术咨询：0731-8530211⟧<br>⟦m 湘ICP备16011302号⟧</div>
</body></html>
""",
        body="""
各有关单位、考生：
根据年度工作安排，我中心定于9月下旬开展2024年第二批刺绣工（初级、中级）职业技能等级认定考核。现将有关事项通知如下：
一、报名时间。8月26日至9月6日，考生登录本网“报名入口”填报信息。
二、考核安排：
科目　日期　时间　地点
理论知识　9月21日　9:00-10:30　髹城职业技术学院实训楼
技能操作　9月22日　8:30-12:00　髹城职业技术学院刺绣实训室
三、注意事项。技能操作考核须自带绣花绷（直径20至25厘米）和剪刀，底布和丝线由考点统一提供。考生请于9月18日后登录本网下载并打印准考证，凭准考证和身份证参加考核。
咨询电话：0731-8530266
髹城市职业技能鉴定指导中心
2024年8月20日
""",
    ),
    # 36 ── 人事考试网, text ── fine-tooth combs, a recruitment announcement with a positions table
    dict(
        slug="exam-minchuan-announcement-comb-craft-trainees",
        site="缗川人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://rsks.minchuan.gov.cn/zpgg/202404/t20240416_2031.html",
        title="缗川县非物质文化遗产保护中心公开招聘竹篦技艺传习员公告",
        record_title="【事业编·招聘】缗川县非物质文化遗产保护中心公开招聘竹篦技艺传习员公告（报名截止4月26日）",
        date="2024-04-15",
        notes="exam site text: a positions table (one row a paragraph), the announcement's own 咨询电话 beside the "
        "site's technical line; a registration-system link between paragraphs; date under the signature",
        page="""
!m 缗川人事考试网
!m 首页 ＞ 招聘公告 ＞ 事业单位
!t 【事业编·招聘】缗川县非物质文化遗产保护中心公开招聘竹篦技艺传习员公告（报名截止4月26日）
!m 发布时间：2024-04-16　来源：县人社局　　阅读 5128
{BODY}
!l 相关公告：缗川县2024年乡镇卫生院公开招聘公告
!m 报名系统技术支持：0739-6630928（工作日）
!m 缗川人事考试网　缗川县人力资源和社会保障局主办
""",
        date_also=["2024-04-16"],
        indent="\u3000\u3000",
        body="""
为保护传承竹篦制作技艺，经县人社局批准，县非物质文化遗产保护中心面向社会公开招聘竹篦技艺传习员。现将有关事项公告如下：
一、招聘岗位：
岗位名称　人数　学历　其他条件
竹篦技艺传习员　2名　高中及以上　年龄35周岁以下
非遗档案管理员　1名　大专及以上　熟练使用办公软件
二、报名方式。4月18日至4月26日登录本网报名，上传身份证、学历证书扫描件。
⟦a 点此进入网上报名系统⟧
三、考核方式。竹篦技艺传习员采取面试加实操的方式，实操内容为在规定时间内完成劈篾、排齿两道工序。
咨询电话：0739-6621570
缗川县人力资源和社会保障局
缗川县文化和旅游局
2024年4月15日
""",
    ),
    # 37 ── 招投标网, HTML ── aluminium pots, a bid result with lots and contacts beside CA lines
    dict(
        slug="tender-yuxi-result-canteen-cookware-lots",
        site="纡溪公共资源交易网 (invented)",
        style="招投标网",
        genre="中标公告",
        kind="notice",
        form="html",
        source="http://ggzy.yuxi-xian.gov.cn/jyxx/zfcg/zbgg/20240710/88312.html",
        title="纡溪县中小学食堂铝制炊具更换采购项目中标结果公告",
        record_title="〖结果公示〗纡溪县中小学食堂铝制炊具更换采购项目中标结果公告－纡溪公共资源交易网",
        date="2024-07-10",
        notes="tender portal: a countdown, CA and trading-system help lines beside the purchaser's and agency's own "
        "contacts; a lots table; date under the signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〖结果公示〗纡溪县中小学食堂铝制炊具更换采购项目中标结果公告－纡溪公共资源交易网</title>
<script src="/static/js/ggzy.min.js"></script></head>
<body>
<div class="top">⟦m 纡溪公共资源交易网⟧⟦m 阳光交易 · 全程留痕⟧<span>⟦a 投标人登录　专家登录⟧</span></div>
<div class="nav">⟦m 首页 交易信息 政府采购 工程建设 服务指南 政策法规⟧</div>
<div class="pos">⟦m 交易信息 ＞ 政府采购 ＞ 结果公告⟧</div>
<div class="detail">
<h3>{T}</h3>
<p class="meta">⟦m 信息时间：2024-07-10　阅读次数：477⟧</p>
<p class="cd">⟦m 公示期剩余：06天18时22分⟧</p>
<div class="detail-con">
{BODY}
</div>
</div>
<div class="help">⟦m CA证书办理：0793-5800166　交易系统操作：0793-5800177⟧</div>
<div class="foot">⟦m 纡溪县公共资源交易中心　地址：纡溪县行政服务中心四楼⟧<br>⟦m 赣ICP备19004413号⟧</div>
</body></html>
""",
        body="""
一、项目编号：YXCG-2024-0619
二、项目名称：纡溪县中小学食堂铝制炊具更换采购项目
三、中标信息：
包号　货物名称　中标供应商　中标金额（元）
1　不锈钢汤桶、蒸饭柜　纡溪县恒顺厨具有限公司　386400
2　不锈钢炒锅、锅铲　髹城市鬟湖区明厨设备经营部　152800
四、旧铝锅处置。学校替换下的铝锅、铝盆由各校登记后交县教育局统一回收处置。
五、公告期限。自本公告发布之日起1个工作日。
六、联系方式
采购人：纡溪县教育体育局　联系人：龚晓晨　电话：0793-5823390
代理机构：江西衡平招标咨询有限公司　联系人：唐一鸣　电话：0793-5869015
江西衡平招标咨询有限公司
2024年7月10日
""",
    ),
    # 38 ── 招投标网, text ── cotton-fluffing bows, an inquiry for exhibition props with an items table
    dict(
        slug="tender-gunyang-inquiry-cotton-bow-props",
        site="绲阳县政府采购网 (invented)",
        style="招投标网",
        genre="询价公告",
        kind="notice",
        form="text",
        source="http://zfcg.gunyang.gov.cn/xjgg/2024/0912/3310.html",
        title="绲阳县文化馆非遗展陈道具采购询价公告",
        record_title="绲阳县文化馆非遗展陈道具采购询价公告（二次询价）- 绲阳县政府采购网",
        date="2024-09-12",
        notes="an inquiry: an items table, 附件 list, suppliers to download the inquiry file (content), a CA "
        "line beside the purchaser's contact; a 'subscribe' prompt glued after a 。; date under the signature",
        page="""
!m 绲阳县政府采购网
!m 当前位置：采购公告 → 询价公告
{T}
!m 发布日期：2024-09-12　　浏览：213
!a 【订阅本栏目】【打印】【关闭】
{BODY}
!m 电子签章及CA咨询：0735-8200377
!l 上一条：绲阳县第一中学教学仪器采购公开招标公告
!m 绲阳县财政局主办　湘ICP备08011126号
""",
        indent="\u3000\u3000",
        body="""
绲阳县文化馆非遗展陈道具采购项目已具备采购条件，现进行第二次询价，欢迎合格供应商参加。
一、采购内容：
序号　品名　数量　技术要求
1　弹棉弓（桑木弓背、牛筋弦）　4张　长度1.5米，可实际操作
2　弹棉木槌　4把　枣木或檀木
3　压棉磨盘　2个　直径60厘米，木质
4　纺车（展示用）　1架　传统样式
二、报价截止时间：2024年9月19日10:00。⟦a 关注本网，第一时间收到询价提醒⟧
三、供应商请自行在本网下载询价文件，按要求密封报价。
附件：1．询价文件
2．报价单
采购人：绲阳县文化馆　联系人：钟慧　电话：0735-8218650
绲阳县文化馆
2024年9月12日
""",
    ),
    # 39 ── 律所网站, HTML ── sugar jars, a lawyer's case note on a jar broken in delivery
    dict(
        slug="lawfirm-hengshi-case-glass-sugar-jar-broken",
        site="衡石律师事务所 (invented law firm)",
        style="律所网站",
        genre="案例评析",
        kind="other",
        form="html",
        source="https://www.hengshilaw.cn/falv/anli/3307.html",
        title="网购玻璃糖罐运输中破碎，谁来担责？",
        record_title="〔律师解读〕网购玻璃糖罐运输中破碎，谁来担责？ — 衡石律师事务所",
        date=None,
        notes="law firm: a lawyer card, a consult float, a 400 line, a 本文链接 block and a repost notice; only an "
        "example year inside the case (no date)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〔律师解读〕网购玻璃糖罐运输中破碎，谁来担责？ — 衡石律师事务所</title>
<script src="/js/consult.js"></script></head>
<body>
<header>⟦m 衡石律师事务所⟧⟦m 髹城 · 民商事争议解决⟧<span>⟦m 全国咨询 400-661-3790⟧</span></header>
<nav>⟦m 首页 律所简介 专业领域 律师团队 案例解读 联系我们⟧</nav>
<div class="crumb">⟦m 首页 / 案例解读 / 消费维权⟧</div>
<article>
<h1>{T}</h1>
<div class="meta">⟦m 作者：钱蔚然律师　　阅读 918⟧</div>
<div class="content">
{BODY}
</div>
<div class="link">⟦m 本文链接：https://www.hengshilaw.cn/falv/anli/3307.html⟧</div>
<div class="copy">⟦d 未经本所同意，请勿转载本文；转载须注明作者及出处。⟧</div>
</article>
<aside class="card"><p>⟦m 钱蔚然　专职律师　执业证号 14301202110871⟧</p><p>⟦m 擅长：合同纠纷、消费者权益保护⟧</p><p>⟦a 向钱律师提问 ›⟧</p></aside>
<div class="float">⟦w 在线律师 · 免费咨询 · 10分钟回复⟧</div>
<footer>⟦m 衡石律师事务所　地址：髹城市鬟湖区金融街9号16楼　湘ICP备20017745号⟧</footer>
</body></html>
""",
        body="""
【案情】市民王女士在某网店购买了一套六只装的玻璃糖罐，收货时发现其中三只已经破碎。王女士要求退款，店家称“已经发货，运输中破损应找快递公司”，快递公司则称包装不合格，不予理赔。
【律师分析】根据民法典的规定，出卖人按约定将标的物交付给承运人，只是完成了发货，而网购合同约定的交付地点一般是买家的收货地址。标的物在运输途中毁损、灭失的风险，原则上由卖家承担。也就是说，王女士可以直接要求店家退款或补发。店家赔付后，可以再依运输合同向快递公司追偿。
【律师提醒】收到易碎商品时，最好当着快递员的面开箱验货，发现破损当场拍照留证，并拒绝签收或在面单上注明。
""",
    ),
    # 40 ── 律所网站, text ── cotton-fluffing bows, a lawyer's letter hard-wrapped at 70 columns
    dict(
        slug="lawfirm-chizheng-letter-cotton-shop-name-wrapped",
        site="持正律师事务所 (invented law firm)",
        style="律所网站",
        genre="函",
        kind="letter",
        form="text",
        source="http://www.chizhenglaw.com/wenshu/lsh/20241129.html",
        title="关于停止使用“纩坪老石家弹棉”字号的律师函",
        record_title="函件样本｜关于停止使用“纩坪老石家弹棉”字号的律师函 - 持正律师事务所",
        date="2024-11-28",
        notes="law-firm text hard-wrapped at 70 columns; a consult hotline and a lawyer line above, a repost notice "
        "and a 'more documents' list below; date under the signature",
        page="""
!m 持正律师事务所 · 文书样本
!m 专业咨询热线 400-887-2106（9:00-21:00）
!t 函件样本｜关于停止使用“纩坪老石家弹棉”字号的律师函
!m 承办律师：易书恒　　浏览 377
{BODY}
!d 本文书已隐去当事人信息，仅作样本展示，不构成法律意见
!l 更多文书：催告函　｜　解除合同通知函　｜　侵权警告函
!m 持正律师事务所　绲阳县城南路112号
""",
        wrap=70,
        indent="\u3000\u3000",
        body="""
绲阳县城关某弹棉店经营者：
湖南持正律师事务所接受绲阳县纩坪镇石记弹棉铺（经营者石茂根）的委托，指派本所易书恒律师，就贵店使用“纩坪老石家弹棉”字号一事致函如下：
我方委托人自1986年起在纩坪镇老街经营手工弹棉，以一张弹棉弓手工弹絮闻名，“纩坪老石家”已为当地群众熟知。贵店与我方委托人并无关联，却在招牌、网店及短视频中使用“纩坪老石家弹棉”字样，并使用我方委托人弹棉弓照片作宣传，足以使消费者产生误认。
请贵店在收到本函之日起七日内，停止使用上述字号及照片。否则，我方委托人将依法追究贵店的法律责任。
湖南持正律师事务所
律师：易书恒
2024年11月28日
""",
    ),
    # 41 ── 社区网站, HTML ── aluminium pots, a recycling-day notice with scan-to-book (content)
    dict(
        slug="community-binyuan-notice-old-aluminium-pots-recycling",
        site="缤园社区 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.binyuansq.cn/tzgg/2024/0619.html",
        title="关于举办“旧锅换新绿”废旧铝锅回收日活动的通知",
        record_title="【缤园通告】关于举办“旧锅换新绿”废旧铝锅回收日活动的通知 | 缤园社区",
        date="2024-06-18",
        notes="residents' site: a weather line, a grid member's box with a mobile, a property duty line beside the "
        "community's own 咨询电话; 扫码预约 in the body (content); a 'read aloud' button glued before the first "
        "words; date under the signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【缤园通告】关于举办“旧锅换新绿”废旧铝锅回收日活动的通知 | 缤园社区</title>
<script src="/js/community.js"></script></head>
<body>
<div class="top">⟦m 鬟湖区 晴 24~31℃⟧　⟦m 缤园社区居民委员会⟧</div>
<div class="nav">⟦m 社区首页　社区公告　办事指南　邻里活动　党建园地⟧</div>
<div class="loc">⟦m 所在位置：社区公告⟧</div>
<div class="art">
<h2>{T}</h2>
<p class="info">⟦m 发布：社区居委会　｜　浏览 366⟧</p>
<div class="art-body">
{BODY}
</div>
</div>
<div class="grid">⟦m 本网格网格员：蒋丽萍　手机 13907318826⟧</div>
<div class="wy">⟦m 物业24小时值班：0731-8477005⟧</div>
<div class="ft">⟦m 缤园社区居民委员会　地址：鬟湖区缤园路6号⟧</div>
</body></html>
""",
        body="""
⟦a 🔈朗读⟧各位居民朋友：
为减少废旧金属随意丢弃，社区联合鬟湖区再生资源回收站，于6月22日（星期六）上午9:00至11:30在社区文化广场举办“旧锅换新绿”废旧铝锅回收日活动。现将有关事项通知如下：
一、回收范围。家中不再使用的铝锅、铝壶、铝饭盒等铝制品，以及其他小件废旧金属。
二、兑换办法。每交回1口旧铝锅，可领取绿植1盆或洗洁精1瓶，每户限领3份。
三、预约方式。居民可扫描楼道公告栏上的二维码预约交投时段，避免现场排队。
行动不便的老人，可电话联系社区，由志愿者上门收取。
咨询电话：0731-8477312
缤园社区居民委员会
2024年6月18日
""",
    ),
    # 42 ── 社区网站, text ── embroidery hoops, a class notice with a schedule (record title, record date)
    dict(
        slug="community-renli-notice-embroidery-class-schedule-record",
        site="韧里社区 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="http://renli.huanhu.gov.cn/sqgg/20240305-01.html",
        title="韧里社区刺绣兴趣班开班通知",
        record_date="2024-03-05",
        date="2024-03-05",
        notes="record title and record date as they are; a schedule table; a sign-up QR sentence (content); a "
        "property notice between paragraphs; the community's own phone beside a grid worker's",
        page="""
!m 韧里社区 · 邻里一家亲
!m 首页 ▸ 社区公告
{T}
!m 社区居委会　2024-03-05　阅读 198
{BODY}
!m 网格员：彭小雨　138 7318 4409
!d 本站信息由韧里社区居委会发布，转载请注明
""",
        indent="\u3000\u3000",
        body="""
各位居民：
为丰富居民文化生活，社区邀请缵山刺绣传承人龙秀英老师开设刺绣兴趣班，现面向辖区居民招收学员20名，免费参加。
课程安排如下：
日期　时间　内容
3月12日　14:30-16:30　认识工具、上绷练习
3月19日　14:30-16:30　平针绣
3月26日　14:30-16:30　乱针绣小品
⟦m 【物业提醒】本周四上午8:00-12:00二期水箱清洗，届时停水⟧
社区为每位学员准备了绣花绷、绣针和丝线，学员只需带一把小剪刀。有意参加的居民可扫社区公告栏的二维码报名，也可到居委会一楼登记。
咨询电话：0731-8462031
韧里社区居民委员会
2024年3月5日
""",
    ),
]

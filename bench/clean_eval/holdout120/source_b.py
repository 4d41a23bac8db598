"""holdout120, part B: a retired credit-cooperative director's collection, a border-trade market's
Party branch, a newborn-screening centre, a university germplasm bank, a water-purifier scam warning,
a freight forwarder, a general-aviation airport, a land-consolidation tender, rural banquet cooks,
an elderly bathing service and a pet-food association. Everything invented; see ../build.py."""

CASES = [
    dict(
        slug="anthology-laoxin-credit-coop-speech-wrapped",
        site="老信文存 (invented)",
        style="个人文集",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://laoxin.wencun.example.org/juan2/031.html",
        title="在信用社成立六十周年座谈会上的发言",
        record_title="《老信文存》卷二·第31篇｜在信用社成立六十周年座谈会上的发言",
        date="2013-11-08",
        notes="a retired director's collection: volume decoration in the record title, speaker and date under the title (date in Chinese numerals), text hard-wrapped at 58 columns, volume navigation",
        page="""
!m 老信文存　·　一个老信用社人的笔记
!m 目录 ＞ 卷二　讲话与发言 ＞ 第31篇
{T}
申怀远
（二〇一三年十一月八日）
{BODY}
!l ← 第30篇：写给新入职柜员的一封信　　　第32篇：下乡收贷的那些年 →
!d 文存由作者家属整理，转载请与整理者联系
!m 整理者邮箱：laoxin_wencun@mail.example.org
""",
        indent="\u3000\u3000",
        wrap=58,
        body="""
同志们：
六十年前，桤原乡的农民凑了一百多块钱，在祠堂的偏房里挂出了信用社的牌子。那时候没有柜台，一张八仙桌、一把算盘、一个木箱子，就是全部家当。
我是一九七六年进社的，先当会计，后来当主任，一干就是三十四年。这些年，信用社从一个乡的小社，发展成全县存款最多的金融机构，靠的是什么？我看靠的是三条：一是离农民近，二是讲信用，三是肯吃苦。
现在条件好了，电脑代替了算盘，网点装上了自动柜员机。但是我想提醒年轻的同志，信用社的根在农村，什么时候都不能忘了给农民办事这个本分。
最后，祝信用社的明天更好，祝大家身体健康！
""",
    ),
    dict(
        slug="dangjian-bianmao-border-market-speech-html",
        site="樗原党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://www.chuyuandj.example.gov.cn/djyw/2025/0702/11873.html",
        title="在边民互市贸易区党建联盟成立大会上的讲话",
        record_title="【党建联盟】在边民互市贸易区党建联盟成立大会上的讲话",
        date="2025-07-01",
        date_also=["2025-07-02"],
        notes="Party-building portal: decorated title, speaker line with role and date under title (neutral), a slogan banner, a study-points box between paragraphs",
        page="""
<html><head><meta charset="utf-8"><title>樗原党建网</title></head><body>
<div class="banner">⟦m 樗原党建网⟧　⟦m 不忘初心　牢记使命⟧</div>
<div class="nav">⟦m 首页 | 党建要闻 | 基层党建 | 党员教育 | 学习园地 | 廉政建设⟧</div>
<div class="crumb">⟦m 首页 ＞ 基层党建 ＞ 正文⟧</div>
<h1>{T}</h1>
<p class="src">⟦m 来源：县委组织部　发布：2025-07-02　阅读：1,088⟧</p>
<p class="speaker">县委常委、组织部部长　宁嘉澍</p>
<p class="date">（2025年7月1日）</p>
{BODY}
<div class="tool">⟦a 打印　|　关闭　|　字体：A+ A-⟧</div>
<div class="more"><h4>⟦l 延伸阅读⟧</h4><p>⟦l 边民互市贸易区党群服务中心揭牌⟧</p><p>⟦l 物流园区成立流动党员党支部⟧</p></div>
<div class="foot">⟦m 中共樗原县委组织部主办　　电话：0877-3120012⟧<br>⟦m 滇ICP备20005123号⟧</div>
</body></html>
""",
        body="""
同志们：
今天，我们在这里召开边民互市贸易区党建联盟成立大会，这是全县推进口岸党建工作的一件大事。
互市贸易区有商户四百多家、从业人员三千余人，流动性大、党员分散，过去一些党员找不到组织、组织找不到党员。成立党建联盟，就是要把海关、边检、市场监管、物流企业和商户中的党组织连起来，形成共建共治的格局。
⟦l 【学习要点】党建联盟以“联组织、联服务、联治理”为主要内容⟧
下面，我讲三点意见。
一要建强阵地。年内建成贸易区党群服务中心，为流动党员提供组织关系接转、学习教育等服务。
二要服务发展。各成员单位要围绕通关便利化、边民增收开展党员先锋岗创建，帮助商户解决实际困难。
三要压实责任。联盟实行轮值主席制度，每季度召开一次联席会议，县委组织部将把联盟工作纳入年度党建考核。
同志们，希望大家携起手来，把党建联盟办成边民满意的暖心工程。
""",
    ),
    dict(
        slug="hospital-tanping-newborn-screening-html-hotlines",
        site="檀坪县妇幼保健院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.tpfybj.example.cn/yygg/2025/0520/302.html",
        title="关于调整新生儿疾病筛查采血时间的通知",
        record_title="关于调整新生儿疾病筛查采血时间的通知 - 院务公开 - 檀坪县妇幼保健院",
        date="2025-05-20",
        notes="hospital site: booking and 24h lines in the header and floating box, the notice's own 咨询电话 kept; title with two suffixes",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于调整新生儿疾病筛查采血时间的通知 - 院务公开 - 檀坪县妇幼保健院</title><style>.float{position:fixed}</style></head><body>
<div class="head">⟦m 檀坪县妇幼保健院　二级甲等妇幼保健院⟧<span>⟦w 预约挂号：0879-5521120　24小时急诊：0879-5521999⟧</span></div>
<div class="menu">⟦m 医院概况　科室导航　专家介绍　就医指南　院务公开　健康科普⟧</div>
<div class="pos">⟦m 当前位置：网站首页 - 院务公开⟧</div>
<h2>{T}</h2>
<div class="meta">⟦m 发布者：医务科　发布时间：2025-05-20　浏览量：731⟧</div>
{BODY}
<div class="float">⟦w 在线咨询⟧<br>⟦a 微信预约⟧<br>⟦a 返回顶部⟧</div>
<div class="foot">⟦m 地址：檀坪县新城区康宁路66号⟧　⟦d 版权所有 © 檀坪县妇幼保健院⟧　⟦m 黔ICP备18004560号⟧</div>
</body></html>
""",
        body="""
各位新生儿家长：
根据省新生儿疾病筛查技术规范的要求，自2025年6月1日起，我院新生儿疾病筛查足跟血采集时间调整如下。
一、采血时间：新生儿出生满48小时并充分哺乳后采血，最迟不超过出生后7天。
二、提前出院、转院的新生儿，家长应在出生后7天内带孩子回我院新生儿筛查室补采血。
三、早产儿、低出生体重儿和正在使用抗生素治疗的新生儿，按医生通知的时间采血或复采。
筛查结果一般在采血后15个工作日内出具，家长可凭出生证明编号到筛查室查询。结果可疑的，我院将电话通知复查，请家长保持电话畅通。
新生儿筛查室咨询电话：0879-5521387（工作日8:00—17:30）
檀坪县妇幼保健院
2025年5月20日
""",
    ),
    dict(
        slug="university-yanjiang-germplasm-bank-news-text",
        site="砚江农业大学新闻网 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="text",
        source="https://news.yjau.example.edu.cn/info/1012/58820.htm",
        title="我校作物种质资源库新增入库资源三千余份",
        record_title="我校作物种质资源库新增入库资源三千余份-砚江农业大学新闻网",
        date="2025-09-23",
        notes="university news as text: -site title, 作者/摄影/审核 lines, a column list and 'back to top', date from the 发布时间 line",
        page="""
!m 砚江农业大学新闻网
!m 首页 　学校要闻 　院部动态 　媒体农大 　专题报道
{T}
!m 发布时间：2025-09-23　作者：农学院 费宁　摄影：邹晓凡　审核：祝岩　点击：[ 903 ]
{BODY}
!m 【编辑：宋可】
!a 【关闭】　【返回顶部】
!l 学校要闻：我校召开2025年秋季学期本科教学工作会　｜　农学院获批省级重点实验室
!d Copyright © 砚江农业大学党委宣传部　All Rights Reserved
""",
        body="""
近日，我校作物种质资源库完成年度资源整理入库工作，新增水稻、小麦、大豆等作物种质资源三千一百二十份，库存资源总数达到四万六千份。
新入库资源中，有一千二百余份来自今年开展的全省农作物种质资源普查，包括地方老品种和野生近缘种。农学院组织师生分赴二十多个县收集样本，并完成了发芽率检测、表型鉴定和信息登记。
种质资源库负责人介绍，资源库采用零下十八摄氏度低温保存，种子寿命可达数十年。下一步，团队将对新入库资源开展抗病性、耐盐碱等性状鉴定，向育种单位开放共享。
据悉，该资源库每年向校内外科研团队分发种质材料两千余份，为多个新品种选育提供了亲本材料。
""",
    ),
    dict(
        slug="localforum-sanxi-water-purifier-scam-warning",
        site="桫溪生活网论坛 (invented)",
        style="地方论坛",
        genre="通告",
        kind="notice",
        form="text",
        source="https://bbs.suoxi.example.com/forum.php?mod=viewthread&tid=190077",
        title="关于警惕“免费检测水质”上门推销净水器的提示",
        record_title="[转帖] 关于警惕“免费检测水质”上门推销净水器的提示 - 桫溪茶馆 - 桫溪生活网",
        date="2025-08-05",
        date_also=["2025-08-06"],
        notes="county forum: [转帖] … - board - site title, repost line, the warning's own 举报电话 kept, a police station's signature date; floor replies below",
        page="""
!m 桫溪生活网 › 论坛 › 桫溪茶馆
!t [转帖] 关于警惕“免费检测水质”上门推销净水器的提示
!m 街坊老罗 发表于 2025-8-6 08:51　　电梯直达 楼主
!m 转自：桫溪县公安局城关派出所
{BODY}
!l 2# 雨巷：我家楼下上周就来过，说自来水重金属超标，吓人
!l 3# 桫溪阿明：转给家里老人看看
!a 回复本帖　|　加入收藏　|　分享到朋友圈
!m 桫溪生活网　本地人的网上家园　客服QQ群：30118864
""",
        body="""
广大居民朋友：
近期，辖区多个小区出现以“免费检测水质”为名上门推销净水器的情况。推销人员往自来水里滴加试剂，水样变色后便称水质严重超标，诱导老年人高价购买净水器，价格是市场价的数倍。
在此提醒大家：
一、自来水变色往往是试剂与水中正常矿物质发生反应，并不代表水质不合格。
二、我县自来水由水务公司每日检测，水质检测结果定期公开，居民对水质有疑问可向水务公司咨询。
三、遇到陌生人上门推销，不要轻易开门，更不要当场交定金、签合同。
如发现可疑人员，请拨打110或城关派出所举报电话0836-7213110。
城关派出所
2025年8月5日
""",
    ),
    dict(
        slug="download-xinyu-freight-summary-old-table",
        site="新宇资料站 (invented)",
        style="资料下载站",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://www.xinyu-down.example.net/soft/zj/2025/14709.html",
        title="货运代理公司2024年度工作总结",
        record_title="货运代理公司2024年度工作总结.doc下载",
        date=None,
        notes="old ASP table layout: file-info table, three mirror links, a dead-link report, a marquee; decorated record title '….doc下载'; no date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>货运代理公司2024年度工作总结.doc下载_新宇资料站</title></head>
<body bgcolor="#ffffff">
<table width="960" align="center"><tr><td>⟦m 新宇资料站 www.xinyu-down.example.net⟧</td><td>⟦a 设为首页⟧ ⟦a 加入收藏⟧</td></tr></table>
<marquee>⟦m 本站资料每日更新，所有资料均为免费下载，欢迎常来！⟧</marquee>
<table width="960" align="center"><tr><td>⟦m 当前位置：首页 → 总结范文 → 企业总结⟧</td></tr></table>
<table width="960" align="center" border="1">
<tr><td>⟦m 资料名称：⟧</td><td>⟦t 货运代理公司2024年度工作总结⟧</td></tr>
<tr><td>⟦m 文件大小：38KB　　资料格式：.doc　　更新时间：2025-01-17⟧</td></tr>
<tr><td>⟦m 资料等级：★★★☆☆　　下载次数：276⟧</td></tr>
</table>
<table width="960" align="center"><tr><td>
{BODY}
</td></tr></table>
<table width="960" align="center"><tr><td>⟦a 下载地址一：电信下载⟧　⟦a 下载地址二：联通下载⟧　⟦a 下载地址三：本地下载⟧</td></tr>
<tr><td>⟦a 如果下载地址失效，请点此报告死链⟧</td></tr></table>
<table width="960" align="center"><tr><td>⟦d 声明：本站资料来自网络收集整理，仅供学习参考，版权归原作者所有。⟧</td></tr>
<tr><td>⟦m Copyright 2008-2025 新宇资料站　备案号：苏ICP备09088215号⟧</td></tr></table>
</body></html>
""",
        p_html="{}<br><br>",
        body="""
2024年，公司在董事会的领导下，克服国际海运运价大幅波动、部分航线舱位紧张等困难，全年完成货运代理业务量一万二千标箱，营业收入同比增长百分之九。
一、业务开拓方面。新开发东南亚方向客户四十五家，开通至海防、林查班的拼箱服务，铁海联运业务实现零的突破。
二、服务质量方面。推行订舱、报关、拖车一站式服务，单票操作时间平均缩短半天，全年客户投诉同比下降三成。
三、风险管控方面。修订应收账款管理办法，对长期欠款客户实行预付制，全年坏账损失控制在营业收入的千分之二以内。
四、存在的不足。航线资源仍然依赖少数船公司，信息化水平不高，单证差错时有发生。
2025年，公司将重点提升数字化操作能力，拓展跨境电商物流业务，力争业务量增长百分之十五。
""",
    ),
    dict(
        slug="renshi-huayuan-general-aviation-recruitment-table",
        site="桦原市人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.hyrsks.example.gov.cn/ksgg/2025/1008/4117.shtml",
        title="桦原通用机场管理有限公司2025年公开招聘工作人员公告",
        record_title="【招聘公告】桦原通用机场管理有限公司2025年公开招聘工作人员公告",
        date="2025-10-08",
        notes="exam site: the announcement's own 咨询电话 and mailbox beside the site's technical line, a post table one row a paragraph, a sentence telling applicants to 下载打印 the admission card; site's 温馨提示 box",
        page="""
!m 桦原市人事考试网
!m 首页 > 考试公告 > 事业单位和国有企业招聘
{T}
!m 发布日期：2025-10-08　　信息来源：市人事考试中心　　【大 中 小】
{BODY}
!w 网上报名系统技术支持电话：0471-6629015（仅解答系统操作问题）
!d 温馨提示：本网站未委托任何机构举办考试培训，谨防上当受骗。
!l 相关公告：桦原市2025年下半年事业单位招聘笔试成绩查询的通知
!m 桦原市人力资源和社会保障局主办　　蒙ICP备11000627号
""",
        body="""
因工作需要，桦原通用机场管理有限公司面向社会公开招聘工作人员8名。现将有关事项公告如下。
一、招聘岗位
岗位名称　人数　学历要求　专业要求
飞行服务站管制员　2　本科　交通运输、空中交通管理
机务维修员　3　大专及以上　飞行器维修
航务签派员　1　本科　交通运输
综合管理员　2　本科　不限
二、报名方式
报名时间为2025年10月13日至10月17日，报名人员登录桦原市人事考试网报名系统填报信息并上传照片。
三、考试安排
笔试时间另行通知，报名人员请于考前一周登录报名系统下载并打印准考证。
四、咨询方式
咨询电话：0471-6638220（工作日9:00—17:00），邮箱：hyga_hr@example.com
桦原通用机场管理有限公司
2025年10月8日
""",
    ),
    dict(
        slug="tender-kuangping-land-consolidation-html",
        site="矿坪县公共资源交易中心 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://ggzy.kuangping.example.gov.cn/jyxx/gcjs/zbgg/2025/0611/9001.html",
        title="矿坪县西河乡土地整治项目施工招标公告",
        record_title=None,
        date="2025-06-11",
        notes="tender platform: no record title; the project's own buyer and agency contacts kept beside a CA hotline; a tender-lot table; title found in the h3",
        page="""
<html><head><meta charset="utf-8"><title>交易信息 - 矿坪县公共资源交易中心</title></head><body>
<div class="hd">⟦m 矿坪县公共资源交易中心⟧　⟦a 投标人登录⟧　⟦a CA办理⟧</div>
<div class="nav">⟦m 首页　交易信息　政策法规　办事指南　服务专区　诚信体系⟧</div>
<div class="loc">⟦m 首页 &gt; 交易信息 &gt; 工程建设 &gt; 招标公告⟧</div>
<h3>{T}</h3>
<div class="info">⟦m 信息时间：2025-06-11　阅读次数：139⟧</div>
<div class="tender-body">
{BODY}
</div>
<div class="notice">⟦w CA数字证书办理及驱动问题请咨询：400-882-6016⟧</div>
<div class="rel"><b>⟦l 同类项目⟧</b> ⟦l 矿坪县东岭镇高标准农田建设项目监理招标公告⟧</div>
<div class="ft">⟦m 地址：矿坪县市民中心B座3楼　邮编：432600⟧ ⟦m 鄂ICP备17011209号⟧</div>
</body></html>
""",
        body="""
1．招标条件
本招标项目矿坪县西河乡土地整治项目已由县自然资源局批准建设，项目资金来自省级土地整治专项资金，招标人为矿坪县土地整理中心。
2．项目概况与招标范围
建设规模为土地整治面积三千二百亩，主要内容包括土地平整、灌排沟渠、田间道路和农田防护工程。
标段　主要内容　最高投标限价（万元）
一标段　土地平整、田间道路　486.20
二标段　灌排沟渠、农田防护　392.75
3．投标人资格要求
投标人须具备水利水电工程施工总承包三级及以上资质，拟派项目经理须具备二级及以上注册建造师执业资格。
4．招标文件的获取
凡有意参加投标者，请于2025年6月12日至6月18日，通过交易平台免费下载招标文件。
5．联系方式
招标人：矿坪县土地整理中心　联系人：吕岑　电话：0710-4233016
招标代理机构：鸿泰工程咨询有限公司　联系人：卜文浩　电话：0710-4259877
""",
    ),
    dict(
        slug="lawfirm-jinglan-banquet-cooks-lecture",
        site="泾澜律师事务所 (invented)",
        style="律所网站",
        genre="讲稿",
        kind="speech",
        form="text",
        source="https://www.jinglanlaw.example.com/insights/2025/rural-banquet.html",
        title="农村集体聚餐中乡村厨师的法律责任",
        record_title="法治讲堂丨农村集体聚餐中乡村厨师的法律责任",
        date="2025-04-23",
        notes="law-firm site: 法治讲堂丨 prefix, a lecture line under the title (neutral), a 'not legal advice' notice, a consult prompt with a phone and WeChat",
        page="""
!m 泾澜律师事务所 JINGLAN LAW FIRM
!m 首页 / 律所观点 / 法治讲堂
!t 法治讲堂丨农村集体聚餐中乡村厨师的法律责任
——在栎塘镇乡村厨师食品安全培训班上的讲课稿
!m 主讲：泾澜律师事务所 邵绮文律师　发布于 2025-04-23
{BODY}
!d 本文仅为普法宣传，不构成针对具体案件的法律意见。
!w 需要法律帮助？拨打 0591-8732 6600 或添加律所企业微信 jinglan-law
!l 推荐阅读：农村宅基地继承的三个误区 ｜ 红白喜事随礼纠纷怎么处理
""",
        body="""
各位师傅：
咱们乡村厨师一年到头走村串户办酒席，办得好是给主家长脸，可一旦出了食物中毒，厨师要承担什么责任，很多人心里没底。今天我就结合几个案例，讲讲这个问题。
第一，厨师和主家之间是承揽关系。主家请厨师办席，厨师按约定完成烹饪，双方最好签一份简单的书面协议，写明桌数、菜单、价格和食材由谁采购。
第二，食材谁采购，谁就要对食材质量负责。如果食材是厨师自己采购的，因为食材变质导致中毒，厨师要承担主要赔偿责任。
第三，加工环节出问题，厨师承担责任。比如生熟不分、凉菜久放，造成宾客中毒的，厨师要依法赔偿医疗费、误工费等损失，情节严重的还可能构成犯罪。
第四，按规定报备可以减轻风险。镇上要求五十人以上的集体聚餐提前向市场监管所报备，厨师要持健康证上岗，留样四十八小时。
希望大家守住食品安全这条底线，把酒席办得放心、安心。
""",
    ),
    dict(
        slug="community-fengyang-elderly-bathing-html",
        site="枫杨社区网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.fengyangsq.example.cn/notice/2025-11-03-041.html",
        title="关于开展老年人上门助浴服务的通知",
        record_title="【社区公告】关于开展老年人上门助浴服务的通知",
        date="2025-11-03",
        notes="residents' site: decorated record title, weather widget and login row, the notice's own 预约电话 beside the site's property hotline, a sentence asking residents to 扫码预约 (kept), comment box",
        page="""
<html><head><meta charset="utf-8"><title>【社区公告】关于开展老年人上门助浴服务的通知</title></head><body>
<div class="bar">⟦m 枫杨社区网⟧ ⟦m 阴 8~15℃ 空气良⟧ ⟦a 居民登录｜注册⟧</div>
<div class="menu">⟦m 社区动态 · 便民服务 · 邻里互助 · 物业之窗 · 办事指南⟧</div>
<h2>{T}</h2>
<div class="by">⟦m 发布人：社区居委会　2025-11-03　浏览 488⟧</div>
{BODY}
<div class="like">⟦l 👍 有用（52）　💬 评论（9）⟧</div>
<div class="cmt">⟦l 说点什么吧……　发表⟧</div>
<div class="ft">⟦w 物业24小时服务热线：0816-2280110⟧<br>⟦d ©枫杨社区居民委员会　内容仅供本社区居民参考⟧</div>
</body></html>
""",
        body="""
各位居民：
入冬以后，不少失能、半失能老人在家洗澡难、怕摔倒。为此，社区联合康乐养老服务中心推出上门助浴服务，现将有关事项通知如下。
一、服务对象：辖区内六十周岁以上的失能、半失能老人，优先安排独居、空巢老人。
二、服务内容：由两名持证护理员携带折叠浴缸、防滑垫等设备上门，提供洗浴、更衣、简单皮肤护理服务，每次约一个半小时。
三、收费标准：每次收费八十元，低保、特困家庭老人由社区养老服务补贴全额承担。
四、预约方式：家属可到社区服务站登记，也可扫描服务站门口的二维码在线预约，预约电话：0816-2286520。
服务前护理员会先上门评估老人身体情况，不适宜洗浴的将改为擦浴。
枫杨社区居民委员会
2025年11月3日
""",
    ),
    dict(
        slug="association-chongshi-pet-food-pledge",
        site="桤原市宠物食品行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.qypetfood.example.org.cn/xhdt/2025/0916/118.html",
        title="宠物食品企业诚信经营倡议书",
        record_title="[协会倡议] 宠物食品企业诚信经营倡议书 - 协会动态 - 桤原市宠物食品行业协会",
        date="2025-09-16",
        notes="association site: [协会倡议] … - column - site title, member-login row, a join prompt glued after a sentence, footer with the secretariat's phone",
        page="""
!m 桤原市宠物食品行业协会
!a 会员登录　｜　入会申请　｜　证书查询
!m 当前位置：协会动态
!t [协会倡议] 宠物食品企业诚信经营倡议书
!m 秘书处　2025年09月16日　点击 205
{BODY}
!l 上一条：协会召开一届四次理事会
!l 下一条：关于举办宠物食品标签标识培训的通知
!m 协会秘书处电话：0739-5516320　地址：桤原市经开区创业大道18号
!d 本站内容版权归桤原市宠物食品行业协会所有
""",
        body="""
全市宠物食品生产经营企业：
近年来，我市宠物食品产业发展迅速，但也出现了个别企业虚标营养成分、夸大宣传功效等问题，损害了行业声誉。为此，协会向全体会员企业发出如下倡议：
一、严守质量底线。严格按照宠物饲料管理规定组织生产，原料可追溯，产品出厂检验合格率达到百分之百。
二、规范标签宣传。产品标签如实标注原料组成和成分分析保证值，不使用“治疗”“处方”等误导性用语。⟦a 还不是会员？点此申请加入协会⟧
三、公平参与竞争。不恶意低价倾销，不诋毁同行，不刷单炒信。
四、主动接受监督。公开产品执行标准，及时处理消费者投诉。
让我们携手共建诚信、健康的宠物食品市场！
桤原市宠物食品行业协会
2025年9月16日
""",
    ),
]

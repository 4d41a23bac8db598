"""holdout125, part B. Invented text; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="party-hengxi-speech-beaver-reserve-branch",
        site="珩溪先锋网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://www.hengxixianfeng.gov.cn/djdt/202407/t20240701_3301.html",
        title="在河狸自然保护区管理站党支部“七一”主题党日上的讲话",
        record_title="【支部风采】在河狸自然保护区管理站党支部“七一”主题党日上的讲话",
        date="2024-07-01",
        notes="Party-building portal; date under the title in Chinese numerals; speaker line neutral",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【支部风采】在河狸自然保护区管理站党支部“七一”主题党日上的讲话 - 珩溪先锋网</title>
<script src="/js/djw.js"></script></head><body>
<div class="banner">⟦m 珩溪先锋网　中共珩溪县委组织部主办⟧</div>
<ul class="menu"><li>⟦m 首页⟧</li><li>⟦m 党建动态⟧</li><li>⟦m 支部风采⟧</li><li>⟦m 先锋人物⟧</li><li>⟦m 学习园地⟧</li></ul>
<div class="loc">⟦m 位置：首页 ＞ 支部风采⟧</div>
<h1>{T}</h1>
<p class="sub">（二〇二四年七月一日）</p>
<p class="sub">保护区管理站党支部书记　乌兰</p>
<div class="info">⟦m 信息来源：县林草局机关党委　浏览：352⟧</div>
<div class="art">
{BODY}
</div>
<div class="tips">⟦l 扫一扫在手机上阅读本文⟧</div>
<div class="rel"><h4>⟦l 支部风采·更多⟧</h4><p>⟦l 县水文站党支部开展“守河护水”主题党日⟧</p><p>⟦l 林场党支部召开组织生活会⟧</p></div>
<div class="ft">⟦m 中共珩溪县委组织部　地址：珩溪县解放路1号⟧ ⟦m 备案号：新ICP备11003398号-4⟧</div>
</body></html>
""",
        body="""
同志们：
今天是党的生日。我们来到河狸监测点开展主题党日活动，重温入党誓词，就是要在党旗下再一次提醒自己：守好这条河、护好这些河狸，是我们支部党员的初心所在。
过去一年，支部12名党员分成4个巡护责任区，全年巡护里程1.6万公里，清理河道垃圾38吨，协助公安机关查处非法捕鱼案件3起，保护区河狸家族数量稳中有升。
成绩的背后，是同志们风里雨里的坚守。党员阿斯哈尔同志连续三个冬天主动承担最远的巡护点，带病坚持工作，是我们身边的榜样。
下一步，支部要把党建同生态保护深度融合，推行“党员责任河段”制度，每名党员认领一段河岸，做到巡护有记录、问题有台账、整改有回音。
同志们，让我们以更加饱满的热情投入工作，为保护区的生态安全作出新的贡献！
""",
    ),
    dict(
        slug="hospital-wanping-notice-aurora-frostbite",
        site="琬坪县人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.wpxrmyy.com/news/yygg/2025-0103.html",
        title="关于极光观测季冻伤防治门诊延时服务的公告",
        record_title="【门诊公告】关于极光观测季冻伤防治门诊延时服务的公告",
        date="2025-01-03",
        notes="hospital department's own 咨询电话 beside the site's appointment line; decorated title",
        page="""
!m 琬坪县人民医院　二级甲等综合医院
!m 预约挂号：0457-2260120　　24小时急诊：0457-2260999
!m 首页 > 医院公告 > 正文
{T}
!m 发布人：门诊部　　日期：2025-01-03　　阅读：1288
{BODY}
!a 【关注“琬坪县医”服务号，线上预约更便捷】
!l 上一条：2025年元旦假期门诊安排
!l 下一条：关于开展冬季献血活动的倡议
!m 版权所有 © 琬坪县人民医院　黑ICP备09001326号
""",
        indent="\u3000\u3000",
        body="""
随着极光观测季到来，来我县旅游的游客明显增多。夜间户外气温常在零下35摄氏度以下，冻伤就诊人数有所上升。为方便游客和群众就医，经研究，我院烧伤整形科冻伤防治门诊自1月5日起实行延时服务。现将有关事项公告如下。
一、服务时间：每日8:00至次日凌晨2:00，节假日不休。
二、服务地点：门诊楼一楼东侧烧伤整形科诊室。
三、温馨提示：发生冻伤后不要用雪搓、不要用火烤，应尽快转移到温暖环境，用37至39摄氏度温水浸泡复温，并及时就医。
四、咨询电话：烧伤整形科 0457-2260318
特此公告。
琬坪县人民医院
2025年1月3日
""",
    ),
    dict(
        slug="univ-jinwan-notice-domino-physics-lab",
        site="瑾湾学院物理与电子工程学院 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://wdxy.jinwan.edu.cn/info/1042/6617.htm",
        title="关于举办第三届“连锁反应”多米诺物理装置设计大赛的通知",
        record_title="关于举办第三届“连锁反应”多米诺物理装置设计大赛的通知-物理与电子工程学院",
        date="2024-03-20",
        notes="university school page; e-mail in the body; table of prizes; download sentence kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于举办第三届“连锁反应”多米诺物理装置设计大赛的通知-物理与电子工程学院</title>
<link href="/style/xy.css" rel="stylesheet"></head><body>
<div class="head">⟦m 瑾湾学院　物理与电子工程学院⟧ <span>⟦m 学校主页⟧ | ⟦m 信息门户⟧ | ⟦a 统一身份认证登录⟧</span></div>
<div class="nav">⟦m 学院概况⟧ ⟦m 师资队伍⟧ ⟦m 本科教学⟧ ⟦m 学科竞赛⟧ ⟦m 学生工作⟧</div>
<div class="main"><div class="left">⟦l 学科竞赛⟧ ⟦l 竞赛通知⟧ ⟦l 获奖喜报⟧</div>
<div class="right">
<div class="path">⟦m 当前位置：首页&gt;&gt;学科竞赛&gt;&gt;竞赛通知⟧</div>
<h2>{T}</h2>
<div class="date">⟦m 作者：学科竞赛办　时间：2024-03-21　点击：[ 904 ]⟧</div>
<div class="v_news_content">
{BODY}
</div>
<div class="fj">⟦a 附件【大赛报名表.docx】已下载 157 次⟧</div>
</div></div>
<div class="foot">⟦m Copyright© 瑾湾学院物理与电子工程学院　地址：瑾湾市学府路9号⟧</div>
</body></html>
""",
        date_also=["2024-03-21"],
        body="""
各班级：
为培养学生运用力学原理解决实际问题的能力，学院定于4月举办第三届“连锁反应”多米诺物理装置设计大赛。有关事项通知如下。
一、比赛要求：以多米诺骨牌为主体，设计包含至少5种不同能量转换环节的连锁装置，整个过程须在90秒内完成，中途不得人工干预。
二、组队方式：每队3至5人，可跨年级组队，每队须有1名指导教师。
三、时间安排：4月10日前报名，4月27日在实验楼大厅进行现场搭建和展演。
四、奖项设置：
奖项　名额　奖励
一等奖　2　证书及奖金800元
二等奖　4　证书及奖金500元
三等奖　6　证书及奖金300元
请各队登录学院网站下载报名表，填写后发送至学科竞赛办邮箱：wdjsb@jinwan.edu.cn。
物理与电子工程学院
2024年3月20日
""",
    ),
    dict(
        slug="localforum-luocheng-post-pistachio-market",
        site="璐城在线 (invented)",
        style="地方论坛",
        genre="倡议书",
        kind="letter",
        form="text",
        source="https://bbs.luochengonline.com/forum.php?mod=viewthread&tid=991620",
        title="璐城县坚果行业协会诚信经营倡议书",
        record_title="[民生关注] 璐城县坚果行业协会诚信经营倡议书（大家转一转） - 璐城在线",
        date="2024-08-30",
        date_also=["2024-09-02"],
        notes="local forum with junk lines and glued junk; post date differs from the letter's date",
        page="""
!m 璐城在线 — 璐城人自己的网上家园
!m 璐城在线 › 城事 › 民生关注
!t [民生关注] 璐城县坚果行业协会诚信经营倡议书（大家转一转）
!m 楼主 老街口炒货　发表于 2024-9-2 08:15　查看: 3560　回复: 21
{BODY}
!l 沙发　枣树下的猫：支持，去年买到过泡了碱水的
!l 板凳　璐城小刘：开口的好还是闭口的好啊
!a 回复本帖需先登录　｜　没有账号？注册一个
!m 璐城在线　客服QQ：2876154009　新ICP备16003012号
""",
        junk=dict(lines=2, glued=2),
        body="""
全县坚果经营户：
开心果、巴旦木、核桃是我县的特色产品，也是很多家庭的增收门路。近一段时间，市场上出现了少数商户用漂白剂处理开心果壳、以陈果冒充新果、缺斤短两等问题，损害了消费者权益，也砸了我县坚果的牌子。为此，县坚果行业协会向全县经营户发出如下倡议：
一、守住质量底线。不使用非法添加物，不销售霉变、陈年坚果，如实标注产地和生产日期。
二、做到明码标价。使用经检定合格的计量器具，不短斤少两，不以次充好。
三、讲好璐城品牌。积极申请使用“璐城坚果”地理标志，统一包装，共同维护产区信誉。
四、接受社会监督。发现违法经营行为可向县市场监管局举报，举报电话：0906-5213315。
璐城县坚果行业协会
2024年8月30日
""",
    ),
    dict(
        slug="download-xiazaiba-plan-bead-lesson",
        site="学材下载吧 (invented)",
        style="资料下载站",
        genre="教案",
        kind="plan",
        form="html",
        source="http://www.xuecai8.net/soft/jiaoan/2024/31866.html",
        title="三年级劳动课《串珠小金鱼》教学设计",
        record_title="三年级劳动课《串珠小金鱼》教学设计.doc下载",
        date=None,
        notes="old download station with file-info table, mirror links and dead-link report; no date (update stamp only)",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>三年级劳动课《串珠小金鱼》教学设计.doc下载 - 学材下载吧</title></head>
<body><table width="100%"><tr><td>⟦m 学材下载吧 www.xuecai8.net⟧</td><td>⟦a 设为首页⟧ ⟦a 加入收藏⟧</td></tr></table>
<marquee>⟦m 学材下载吧提醒：请使用迅雷或浏览器直接下载，资料均为doc格式⟧</marquee>
<table width="100%"><tr><td>⟦m 当前位置：学材下载吧 → 教案课件 → 劳动教育 → 三年级⟧</td></tr></table>
<table border="1" width="100%">
<tr><td>⟦m 资料名称：三年级劳动课《串珠小金鱼》教学设计.doc⟧</td></tr>
<tr><td>⟦m 文件大小：46KB　资料类别：教案　更新时间：2小时前⟧</td></tr>
<tr><td>⟦m 授权方式：免费资料　下载次数：1032⟧</td></tr>
</table>
<h3>{T}</h3>
<div id="intro">
{BODY}
</div>
<table border="1"><tr><td>⟦a 下载地址一：电信高速下载⟧</td><td>⟦a 下载地址二：联通高速下载⟧</td><td>⟦a 下载地址三：本地镜像⟧</td></tr>
<tr><td colspan="3">⟦a 下载地址失效？点此报告⟧</td></tr></table>
<div>⟦d 本站资料来源于网络收集和网友投稿，仅供学习研究，如有侵权请联系删除。⟧</div>
<div>⟦m Copyright 2008-2024 学材下载吧　苏ICP备10029133号⟧</div>
</body></html>
""",
        body="""
教学目标：
1．学会用双线交叉穿法串制平面小金鱼。
2．能按图示步骤独立完成作品，做到珠子排列整齐、收线牢固。
3．在合作中体会劳动的乐趣，养成收纳整理的习惯。
教学重点：双线交叉穿法。
教学难点：鱼尾部分的收线和加珠。
教学准备：每组一盒6毫米串珠（红、黄、黑三色）、1米鱼线两根、收纳盘一个。
教学过程：
一、导入：出示串珠金鱼挂件，请学生猜一猜是用什么做的。
二、示范：教师在投影下演示双线交叉穿法，强调每一行都要把线拉紧。
三、练习：学生按步骤图分组制作，教师巡视指导，重点帮助收线有困难的学生。
四、展评：各组把作品挂在“金鱼池”展板上，互相评一评。
五、整理：清点剩余珠子，放回收纳盒。
""",
    ),
    dict(
        slug="rsks-guanchang-notice-ranger-exam",
        site="璞城人事考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.pcrsks.cn/ksdt/2025/0412/1879.html",
        title="璞城县2025年河狸保护区专职巡护员招聘考试笔试公告",
        record_title="璞城县2025年河狸保护区专职巡护员招聘考试笔试公告_考试动态_璞城人事考试网",
        date="2025-04-12",
        notes="exam notice: exam timetable table, 准考证 print sentence kept, exam committee phone beside site technical line",
        page="""
!m 璞城人事考试网　｜　公平　公正　诚信　服务
!m 网站首页 / 考试动态 / 招聘考试
{T}
!m 2025-04-12　来源：县人社局　浏览次数：5122
!a 【大字】【小字】【打印】
{BODY}
!m 网站技术支持电话：0991-8801234（仅受理网站使用问题）
!l 相关公告：璞城县2025年事业单位公开招聘公告　｜　资格复审有关事项
!d 本网站公布的信息以正式文件为准。
""",
        body="""
根据《璞城县2025年河狸保护区专职巡护员招聘公告》，现将笔试有关事项公告如下：
一、打印准考证
请报考人员于4月20日9:00至4月25日18:00登录璞城人事考试网打印准考证。
二、笔试时间和科目
日期　时间　科目
4月26日　9:00—11:00　综合基础知识
4月26日　14:00—15:30　野生动物保护基础
三、考试地点
璞城县第一中学（县城团结路66号），具体考场见准考证。
四、注意事项
考生须携带准考证和有效身份证件原件参加考试，开考15分钟后不得入场。
五、咨询电话：0991-8826133（县人社局考试中心）
璞城县人力资源和社会保障局
2025年4月12日
""",
    ),
    dict(
        slug="tender-zhaocai-result-aurora-platform",
        site="珂原县公共资源交易中心 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://ggzy.keyuan.gov.cn/jyxx/zfcg/zbgg/20241205/0066.html",
        title="珂原县极光观测平台及配套栈道建设项目中标结果公告",
        record_title="珂原县极光观测平台及配套栈道建设项目中标结果公告",
        date="2024-12-05",
        notes="tender platform: bid-result table, buyer and agency contacts beside CA hotline",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>珂原县极光观测平台及配套栈道建设项目中标结果公告</title></head><body>
<div class="top">⟦m 珂原县公共资源交易中心⟧ ⟦a 主体登录⟧ ⟦a 注册⟧ ⟦m CA办理咨询：400-811-6720⟧</div>
<div class="nav">⟦m 首页⟧ ⟦m 交易信息⟧ ⟦m 政策法规⟧ ⟦m 服务指南⟧ ⟦m 信用信息⟧</div>
<div class="crumb">⟦m 首页 &gt; 交易信息 &gt; 政府采购 &gt; 中标结果⟧</div>
<h3>{T}</h3>
<div class="sub">⟦m 【信息时间：2024-12-05】 【阅读次数：418】⟧ ⟦a 【我要打印】⟧ ⟦a 【关闭】⟧</div>
<div class="ewb-article">
{BODY}
</div>
<div class="foot">⟦m 主办单位：珂原县公共资源交易中心　技术支持：某某软件有限公司⟧</div>
</body></html>
""",
        body="""
一、项目编号：KYZC-2024-0871
二、项目名称：珂原县极光观测平台及配套栈道建设项目
三、中标信息
标段　中标供应商　中标金额（元）
一标段（观测平台）　珂原县北辰建筑工程有限公司　3862150.00
二标段（木栈道及照明）　黑龙江林海景观工程有限公司　1947300.00
四、主要标的信息：观测平台1座（面积860平方米），木栈道1.2公里，低照度引导灯具210套。
五、公告期限：自本公告发布之日起1个工作日。
六、凡对本次公告内容提出询问，请按以下方式联系。
采购人：珂原县文化广电和旅游局　联系人：崔海涛　电话：0457-5612208
采购代理机构：龙江恒信招标咨询有限公司　联系人：孙苗　电话：0451-86635147
""",
    ),
    dict(
        slug="lawfirm-qiansheng-lecture-domino-injury",
        site="乾升律师事务所 (invented)",
        style="律所网站",
        genre="讲稿",
        kind="article",
        form="text",
        source="https://www.qianshenglaw.com/jiangtang/2024/domino-show.html",
        title="商场多米诺骨牌表演活动中的安全责任——给活动主办方的法律提示",
        record_title="法律讲坛丨商场多米诺骨牌表演活动中的安全责任——给活动主办方的法律提示",
        date="2024-06-05",
        notes="law firm lecture; hotline of the firm as chrome; numbered points; date in byline",
        page="""
!m 乾升律师事务所　QIANSHENG LAW FIRM
!m 首页｜律所简介｜专业领域｜律师团队｜法律讲坛｜联系我们
!t 法律讲坛丨商场多米诺骨牌表演活动中的安全责任——给活动主办方的法律提示
!m 主讲：邵岚 律师　　发布日期：2024-06-05
{BODY}
!w 企业活动合规审查，欢迎致电乾升律所：400-600-3128（工作日9:00-18:00）
!l 推荐阅读：大型群众性活动安全管理条例解读｜商场摔伤谁担责？
!d 本文仅为一般性法律信息，不构成针对具体案件的法律意见。
""",
        indent="\u3000\u3000",
        body="""
近年来，不少商场在节假日举办多米诺骨牌表演，吸引了大量顾客围观。活动热闹的同时，也有观众被绊倒、儿童被倒下的支架砸伤的情况发生。这里给主办方提几点法律上的提示。
第一，主办方负有安全保障义务。根据民法典第一千一百九十八条，商场、活动组织者未尽到安全保障义务造成他人损害的，应当承担侵权责任。
第二，场地布置要留足安全距离。骨牌展区应设置围挡，围挡外留出不少于1.5米的通道，高度超过1米的支架和“骨牌墙”须固定牢靠。
第三，外包搭建不等于外包责任。主办方把搭建委托给专业团队的，应当在合同中约定安全责任和保险，但对观众的安全保障义务不会因此转移。
第四，事前有预案，事后有记录。活动前要制定应急预案，配备安保和医护人员；发生意外要及时救助、保存监控录像，并如实记录经过。
""",
    ),
    dict(
        slug="community-yushu-notice-bead-class-elderly",
        site="玉树里社区 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.yushuli-sq.cn/tzgg/478.html",
        title="玉树里社区老年串珠兴趣班招募通知",
        record_title="【社区公告】玉树里社区老年串珠兴趣班招募通知",
        date="2024-09-09",
        notes="residents' site; own contact beside the street office's hotline; one line of body that speaks of 扫码",
        page="""
!m 玉树里社区 · 家门口的服务站
!m 服务热线（街道办）：0990-6882345
!m 首页 → 社区公告
{T}
!m 发布：社区居委会　2024-09-09　　已阅 264
{BODY}
!a 分享到邻里群　｜　收藏本页
!l 往期公告：中秋“邻里家宴”报名　｜　楼道杂物清理通知
!m 玉树里社区居民委员会　版权所有
""",
        gap=True,
        body="""
各位居民朋友：
为丰富辖区老年人文化生活，社区联合“珠光”手作工作室开办老年串珠兴趣班，现面向辖区60周岁以上居民招募学员。
开课时间：9月20日起每周五下午2:30—4:00，共8次课。
上课地点：社区党群服务中心二楼活动室。
招募人数：20人，额满为止，材料费由社区承担。
报名方式：到社区服务大厅登记，或扫描宣传栏上的报名码填写信息。
联系人：贺丽萍　电话：13899405127
玉树里社区居民委员会
2024年9月9日
""",
    ),
    dict(
        slug="assoc-jinshui-charter-domino-association",
        site="瑾水市多米诺运动协会 (invented)",
        style="行业协会",
        genre="章程",
        kind="rules",
        form="html",
        source="https://www.jsdomino.org.cn/about/zhangcheng.html",
        title="瑾水市多米诺运动协会章程（2024年修订）",
        record_title="瑾水市多米诺运动协会章程（2024年修订）_瑾水市多米诺运动协会",
        date="2024-04-28",
        notes="association site with member login; articles kept; adoption date in brackets under the title",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>瑾水市多米诺运动协会章程（2024年修订）_瑾水市多米诺运动协会</title></head><body>
<div class="hd">⟦m 瑾水市多米诺运动协会⟧ ⟦a 会员登录⟧ ⟦a 申请入会⟧</div>
<div class="nav">⟦m 协会首页⟧ ⟦m 协会概况⟧ ⟦m 赛事活动⟧ ⟦m 会员风采⟧ ⟦m 联系我们⟧</div>
<div class="pos">⟦m 您的位置：协会首页 › 协会概况 › 协会章程⟧</div>
<h2>{T}</h2>
<p class="note">（2024年4月28日第二届会员大会第一次会议通过）</p>
<div class="content">
{BODY}
</div>
<div class="side">⟦l 协会动态⟧ ⟦l ·市青少年骨牌锦标赛圆满落幕⟧ ⟦l ·协会举办裁判员培训班⟧</div>
<div class="ft">⟦m 地址：瑾水市体育中心西看台112室　电话：0993-2216080⟧ ⟦m 版权所有：瑾水市多米诺运动协会⟧</div>
</body></html>
""",
        body="""
第一章　总则
第一条　本会名称为瑾水市多米诺运动协会。
第二条　本会是由本市多米诺运动爱好者、俱乐部和相关单位自愿结成的地方性、非营利性社会组织。
第三条　本会的宗旨是：普及多米诺运动，培养青少年动手能力和团队协作精神，丰富群众文化体育生活。
第二章　业务范围
第四条　本会的业务范围：
（一）组织全市多米诺骨牌比赛和展演活动；
（二）开展教练员、裁判员培训；
（三）推动多米诺运动进校园、进社区；
（四）承办政府部门和有关单位委托的其他事项。
第三章　会员
第五条　申请加入本会的会员，须拥护本会章程，有加入本会的意愿，并在本会的业务领域内具有一定影响。
第六条　会员入会程序：提交入会申请书，经理事会讨论通过，由本会发给会员证。
""",
    ),
    dict(
        slug="company-guoxiang-news-pistachio-line",
        site="新疆果香源食品有限公司 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.gxyfood.com/news/company/2024/1118.html",
        title="果香源开心果智能分选生产线正式投产",
        record_title="果香源开心果智能分选生产线正式投产 - 新疆果香源食品有限公司",
        date="2024-11-18",
        notes="company site; sales 400 line as chrome; product-consult floating box; body mentions traceability scanning",
        page="""
!m 果香源食品　源自天山的好坚果
!m 首页　关于我们　产品中心　新闻资讯　招商加盟　联系我们
!m 新闻资讯 > 公司新闻
{T}
!m 时间：2024-11-18　　浏览量：1730
{BODY}
!w 在线咨询　｜　招商热线：400-882-3658
!l 上一篇：公司荣获“自治区农业产业化重点龙头企业”称号
!l 下一篇：果香源亮相中国国际农产品交易会
!m Copyright © 新疆果香源食品有限公司　新ICP备18002615号-1
""",
        body="""
11月16日，新疆果香源食品有限公司开心果智能分选生产线在公司瑭岭加工园区正式投产。
该生产线总投资2800万元，配备光电分选、开口检测和重量分级设备，可按大小、开口率和色泽把开心果分为6个等级，每小时处理能力达到3吨，分选准确率超过98%。
公司生产总监刘建平介绍，过去人工分选一吨开心果需要12名工人工作一整天，现在生产线两个人就能操作，每年可节约人工成本约160万元。
新生产线投产后，每一袋产品都将印制追溯码，消费者扫码即可查看产地、采收日期和检验报告。
""",
    ),
    dict(
        slug="training-zhuyi-brochure-bead-instructor",
        site="珠艺职业技能培训学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="notice",
        form="text",
        source="https://www.zhuyipeixun.com/zsjz/2025chun.html",
        title="2025年春季串珠饰品制作技能培训班招生简章",
        record_title="2025年春季串珠饰品制作技能培训班招生简章（2025春季班）",
        date=None,
        notes="training school with price tag and trial form; schedule table; no date (year only in title)",
        page="""
!m 珠艺职业技能培训学校　人社部门备案培训机构
!m 首页 | 课程中心 | 招生简章 | 学员作品 | 在线报名
{T}
!a 限时特惠：原价1680元，现价980元！立即抢报 ＞＞
{BODY}
!w 还有疑问？添加招生老师微信 zhuyi_laoshi 免费领取试听课
!a 【免费试听预约】姓名＿＿ 电话＿＿ 提交
!d 本简章最终解释权归珠艺职业技能培训学校所有
""",
        body="""
一、培训对象
年满16周岁、有志从事手工饰品制作或居家创业的城乡劳动者，零基础均可报名。
二、课程安排
模块　课时　主要内容
基础入门　16　工具材料、单线双线穿法、收线技巧
饰品制作　32　手链、项链、耳饰、包挂的设计与制作
珠绣技艺　24　珠绣图样、绣片制作、服饰点缀
网店运营　8　拍照修图、上架定价、售后服务
三、结业发证
学员完成全部课时并通过实操考核，颁发职业技能培训合格证书。
四、报名须知
报名时携带身份证复印件和一寸照片两张，符合条件的登记失业人员可申请培训补贴。
""",
    ),
]

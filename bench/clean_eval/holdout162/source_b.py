"""holdout162, part B: written blind. Invented counties, people, sites, URLs and chrome wording."""

CASES = [
    dict(
        slug="anthology-qiaomu-essay-sleeping-bag",
        site="乔木文存 (invented personal collection)",
        style="个人文集",
        genre="随笔",
        kind="other",
        form="text",
        source="https://qiaomu.example.org/wencun/juan3/41.html",
        title="父亲的睡袋",
        record_title="《乔木文存》卷三·第41篇｜父亲的睡袋",
        date=None,
        notes="personal collection; hard-wrapped at 58 columns; a 写于 year and a crawl stamp are no dates; chapter nav",
        wrap=58,
        indent="　　",
        page="""
!m 乔木文存 · 卷三 · 旧物
!t 第41篇　父亲的睡袋
!m 收录时间：抓取于 2025-07-02 03:11
{BODY}
!l ← 第40篇 搪瓷缸子　｜　目录　｜　第42篇 老座钟 →
!d 文存所收皆作者旧稿，转载请留作者名。
""",
        body="""
父亲在地质队干了二十多年，他留下的东西不多，最占地方的是一条军绿色的鸭绒睡袋，拉链早就换过两回，袋口的布边磨得发亮。
小时候我以为睡袋是很神气的东西，钻进去就像钻进一只大蚕茧。后来才知道，父亲在戈壁上一待就是三个月，夜里零下二十度，全靠它。
他退休那年把睡袋洗干净晒了三天，叠好放进木箱，说以后用不上了。可每年入冬，他还是要拿出来抖一抖，再晒一个下午。
如今木箱在我家的阁楼上，睡袋还在里面。我没有打开过，但我知道它叠得方方正正，和父亲在世时一样。
""",
    ),
    dict(
        slug="dangjian-huaiyuan-lecture-drum-corps-html",
        site="槐原党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://dj.huaiyuan.example.gov.cn/djdt/2025/0601/1207.html",
        title="在槐原县第二实验小学少先队鼓号队成立仪式上的讲话",
        record_title="【支部声音】在槐原县第二实验小学少先队鼓号队成立仪式上的讲话",
        date="2025-05-30",
        notes="Party-building portal; speaker line and date under the title neutral; a photo caption between paragraphs",
        page="""
<html><head><meta charset="utf-8"><title>在槐原县第二实验小学少先队鼓号队成立仪式上的讲话-槐原党建网</title></head><body>
<div class="dj-top">⟦m 槐原党建网⟧ ⟦m 不忘初心　牢记使命⟧</div>
<div class="dj-nav">⟦m 首页｜支部建设｜党员教育｜基层风采｜理论学习⟧</div>
<div class="dj-pos">⟦m 所在栏目：基层风采 ＞ 支部声音⟧</div>
<h2>{T}</h2>
<p class="sub">校党支部书记　钱明远</p>
<p class="sub">（2025年5月30日）</p>
{BODY}
<div class="dj-src">⟦m 来源：县教育系统党委　编辑：任晓燕　点击：211⟧</div>
<div class="dj-rel">⟦l 【相关推荐】⟧<a>⟦l 县直机关开展“党员进社区”活动⟧</a></div>
<div class="dj-ft">⟦m 中共槐原县委组织部主办　地址：槐原县府前街2号⟧</div>
</body></html>
""",
        body="""
亲爱的少先队员们，老师们：
今天，我们学校少先队鼓号队正式成立了。首先，我代表学校党支部向入选的42名队员表示热烈的祝贺！
鼓号队是少先队的重要标志，号声代表着召唤，鼓声代表着前进。希望大家珍惜这份光荣，认真训练，把每一个节拍都练准、练齐。
⟦m 图为鼓号队队员在成立仪式上演奏。⟧
也希望辅导员老师科学安排训练时间，不占用文化课，注意保护孩子们的听力和嗓子。
最后，祝愿我们的鼓号队在六一儿童节的首次亮相中取得成功！谢谢大家。
""",
    ),
    dict(
        slug="hospital-jingkang-news-hair-loss-html",
        site="菁康市第二人民医院 (invented)",
        style="医院官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.jk2y.example.cn/yydt/20250812/2231.html",
        title="我院皮肤科脱发专病门诊正式开诊",
        record_title="我院皮肤科脱发专病门诊正式开诊-菁康市第二人民医院",
        date="2025-08-12",
        notes="hospital news page with a floating booking box; department phone in the body beside the 24-hour line",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>我院皮肤科脱发专病门诊正式开诊-菁康市第二人民医院</title></head><body>
<div class="hos-head">⟦m 菁康市第二人民医院⟧ ⟦m 三级综合医院　医保定点⟧</div>
<ul class="hos-nav"><li>⟦m 医院概况⟧</li><li>⟦m 就医指南⟧</li><li>⟦m 科室导航⟧</li><li>⟦m 医院动态⟧</li></ul>
<div class="hos-crumb">⟦m 首页 ＞ 医院动态 ＞ 院内新闻⟧</div>
<h1>{T}</h1>
<div class="hos-info">⟦m 发布时间：2025-08-12　作者：宣传科　阅读量：1088⟧</div>
{BODY}
<div class="float-box">⟦w 在线预约 扫码挂号 24小时服务热线 0745-2691120⟧</div>
<div class="hos-ft">⟦m 湘ICP备18002231号⟧ ⟦d 本网站内容仅供参考，不作为诊断依据⟧</div>
</body></html>
""",
        body="""
8月12日，我院皮肤科脱发专病门诊正式开诊，每周二、周四全天接诊。
近年来因脱发就诊的年轻患者明显增多，其中不少是熬夜、压力大导致的雄激素性脱发和斑秃。
专病门诊配备毛发镜等检查设备，由皮肤科副主任医师姚静怡领衔，可开展毛发检测、外用药物和低能量激光等综合治疗。
皮肤科医生提醒，脱发要早诊早治，不要轻信网上的“生发偏方”。
预约咨询电话：0745-2691358（皮肤科门诊）
""",
    ),
    dict(
        slug="university-nanqiao-notice-spring-outing-html",
        site="南峤师范学院 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.nqtc.example.edu.cn/xgc/tzgg/2025/0402/5512.html",
        title="关于组织学生开展春季研学踏青活动的通知",
        record_title=None,
        date="2025-04-02",
        notes="university sub-site; title missing from the record; schedule table; the document's own contact; footer with address",
        page="""
<html><head><meta charset="utf-8"><title>学生工作处</title></head><body>
<div class="u-top">⟦m 南峤师范学院学生工作处⟧ ⟦a 学院首页 | 信息门户 | English⟧</div>
<div class="u-nav">⟦m 机构设置　通知公告　学生资助　心理健康　下载中心⟧</div>
<div class="u-pos">⟦m 当前位置：首页&gt;&gt;通知公告&gt;&gt;正文⟧</div>
<h2>{T}</h2>
<div class="u-meta">⟦m 日期：2025-04-02　点击：[ 926 ]⟧</div>
{BODY}
<div class="u-close">⟦a 【关闭窗口】⟧</div>
<div class="u-ft">⟦m 版权所有：南峤师范学院　地址：南峤市学府大道99号　邮编：422300⟧</div>
</body></html>
""",
        body="""
各学院：
为丰富学生课余生活，引导学生走近自然、了解乡土，学校决定组织开展春季研学踏青活动。现将有关事项通知如下：
一、活动安排
学院　时间　地点
文学院、历史学院　4月12日　莼湾古村
生命科学学院　4月13日　葑阳湿地公园
二、各学院须制定安全预案，按每20名学生配备1名带队教师，统一购买意外伤害保险。
三、活动期间严禁学生私自下水、攀爬，不得单独离队。
联系人：学生工作处　魏小川　电话：0745-3318022
学生工作处
2025年4月2日
""",
    ),
    dict(
        slug="localforum-weixi-post-cooking-fumes",
        site="洧溪生活网 (invented)",
        style="地方论坛",
        genre="投诉",
        kind="other",
        form="text",
        source="https://www.weixi365.example.com/forum.php?mod=viewthread&tid=88310",
        title="楼下烧烤店油烟直灌我家阳台，物业和城管都说不归自己管",
        record_title="楼下烧烤店油烟直灌我家阳台，物业和城管都说不归自己管 - 民生热线 - 洧溪生活网",
        date=None,
        notes="local forum post with junk glued; 刚刚/2小时前 relative times; official reply under it kept as a floor chrome",
        junk=dict(lines=1, glued=2),
        page="""
!m 洧溪生活网 - 洧溪人自己的网上家园
!m 首页 › 民生热线 › 查看帖子
{T}
!m 发帖人：桃源居三栋　2小时前　IP属地：本地
{BODY}
!l 支持(31)　反对(0)　收藏本帖
!m 沙发　洧溪热心网友　刚刚
!l 同一条街，晚上窗户都不敢开
!w 商家入驻、广告合作：0739-5566770
""",
        body="""
我家住桃源居三栋二楼，楼下去年开了一家烧烤店，油烟管道直接从一楼伸出来，正对我家阳台。
每天傍晚五点到凌晨一点，油烟和炭火味往家里灌，衣服晾不了，老人咳嗽一整晚。
打了物业电话，物业说商铺是业主自己租的，他们管不了；又打城管电话，说要找环保部门。
想问问各位，这种情况到底该找哪个部门？有没有人遇到过类似的事情是怎么解决的？
""",
    ),
    dict(
        slug="download-sanmu-plan-hand-warmer-html",
        site="三木资料下载站 (invented)",
        style="资料下载站",
        genre="方案",
        kind="plan",
        form="html",
        source="http://www.sanmuzl.example.com/soft/41207.html",
        title="暖宝宝产品质量监督抽查实施方案",
        record_title="暖宝宝产品质量监督抽查实施方案 下载",
        date="2024-11-05",
        notes="old table layout download station: file-info table, mirror links, error report; decorated title",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>暖宝宝产品质量监督抽查实施方案 下载 - 三木资料站</title></head><body>
<table width="960" align="center"><tr><td>⟦m 三木资料下载站　www.sanmuzl.example.com⟧</td><td>⟦a 设为首页　加入收藏⟧</td></tr></table>
<table width="960"><tr><td>⟦m 资料首页 → 公文范本 → 方案计划⟧</td></tr></table>
<table class="info">
<tr><td>⟦m 资料大小：48 KB⟧</td><td>⟦m 资料格式：DOC⟧</td></tr>
<tr><td>⟦m 更新时间：2025-01-14 22:03:51⟧</td><td>⟦m 下载次数：377⟧</td></tr>
</table>
<h3>{T}</h3>
<table width="960"><tr><td>
{BODY}
</td></tr></table>
<table><tr><td>⟦a 下载地址：电信高速下载　联通下载　备用下载⟧</td></tr>
<tr><td>⟦a 下载无法打开？点此报告错误⟧</td></tr></table>
<table><tr><td>⟦d 本站资料均来源于网络，仅供学习参考，如有侵权请联系删除。⟧</td></tr></table>
</body></html>
""",
        body="""
为加强暖宝宝（一次性使用贴敷式取暖片）产品质量监管，依据产品质量法和市场监管总局有关规定，制定本实施方案。
一、抽查范围：本市生产企业以及商场、超市、药店和电商平台销售的暖宝宝产品。
二、抽查数量：计划抽查60批次，其中生产环节20批次，流通环节40批次。
三、检验项目：最高温度、平均温度、达到规定温度的时间、持续时间和标识标志。
四、结果处理：对抽查不合格的，依法责令企业整改，并在市场监管局网站向社会公布。
芰城市市场监督管理局
2024年11月5日
""",
    ),
    dict(
        slug="exam-lanshan-notice-interview-html",
        site="岚山市人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://www.lsrsks.example.gov.cn/kwgg/2025/0708/902.html",
        title="岚山市2025年公开招聘卫生健康系统工作人员面试公告",
        record_title="【考务公告】岚山市2025年公开招聘卫生健康系统工作人员面试公告",
        date="2025-07-08",
        notes="personnel-exam site; the committee's 咨询电话 beside the site's technical line; printing the admission ticket is content",
        page="""
<html><head><meta charset="utf-8"><title>岚山市人事考试网</title></head><body>
<div class="ks-top">⟦m 岚山市人事考试网⟧ ⟦m 公平　公正　公开⟧</div>
<div class="ks-nav">⟦m 首页 | 考试公告 | 成绩查询 | 准考证打印 | 政策法规⟧</div>
<h2>{T}</h2>
<div class="ks-meta">⟦m 信息来源：市人事考试中心　发布日期：2025-07-08　浏览：5512⟧</div>
{BODY}
<div class="ks-tip">⟦w 网站技术支持：0743-8120066（仅受理网站故障）⟧</div>
<div class="ks-ft">⟦m 岚山市人力资源和社会保障局主办　湘ICP备09011223号⟧</div>
</body></html>
""",
        body="""
根据《岚山市2025年公开招聘卫生健康系统工作人员公告》，现将面试有关事项公告如下：
一、面试时间：2025年7月19日（星期六）上午8:00开始。
二、面试地点：岚山市职业技术学校（岚山市湘江路66号）。
三、考生须于7月15日至18日登录岚山市人事考试网下载打印面试通知书，面试当天凭通知书和有效身份证件进入考场。
四、面试采取结构化面试方式，每人时长约10分钟，面试成绩当场公布。
咨询电话：0743-8120173（市卫生健康局人事科）
岚山市卫生健康局
2025年7月8日
""",
    ),
    dict(
        slug="tender-xiyuan-result-seed-drill-html",
        site="西沅县公共资源交易平台 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://ggzy.xiyuan.example.gov.cn/jyxx/zfcg/zbgg/2025/0316/1180.html",
        title="西沅县农机推广站小麦精量播种机采购项目中标结果公告",
        date="2025-03-16",
        notes="procurement platform; bid result table; purchaser and agency contacts beside a CA hotline",
        page="""
<html><head><meta charset="utf-8"><title>西沅县农机推广站小麦精量播种机采购项目中标结果公告</title></head><body>
<div class="jy-top">⟦m 西沅县公共资源交易平台⟧ ⟦a 主体登录　|　CA办理⟧</div>
<div class="jy-nav">⟦m 首页　交易信息　政策法规　办事指南　诚信体系⟧</div>
<div class="jy-pos">⟦m 位置：交易信息 / 政府采购 / 中标公告⟧</div>
<h3>{T}</h3>
<div class="jy-meta">⟦m 【信息时间：2025-03-16】【阅读次数：138】⟧</div>
{BODY}
<div class="jy-ca">⟦w CA证书及电子签章问题请拨打 400-833-2019⟧</div>
<div class="jy-ft">⟦m 西沅县公共资源交易中心　版权所有⟧</div>
</body></html>
""",
        body="""
一、项目编号：XYCG-2025-017
二、项目名称：西沅县农机推广站小麦精量播种机采购项目
三、中标信息
包号　供应商名称　中标金额（元）
1　沅丰农业机械有限公司　486000.00
2　蘋川农机装备有限公司　312500.00
四、公告期限：自本公告发布之日起1个工作日。
五、联系方式
采购人：西沅县农机推广站　联系人：黎建平　电话：0736-7221405
采购代理机构：西沅诚信招标咨询有限公司　联系人：邓敏　电话：0736-7230188
""",
    ),
    dict(
        slug="lawfirm-jianheng-lecture-contact-lens",
        site="鉴衡律师事务所 (invented)",
        style="律所网站",
        genre="讲稿",
        kind="speech",
        form="text",
        source="https://www.jianhenglaw.example.com/lawclass/2025/0610.html",
        title="网购隐形眼镜的法律风险",
        record_title="律师讲堂丨网购隐形眼镜的法律风险",
        date="2025-06-10",
        notes="law-firm lecture; speaker line neutral; a consult prompt and a not-legal-advice notice; date only in the byline",
        page="""
!m 鉴衡律师事务所｜专注消费者权益与医疗纠纷
!m 首页 / 律师讲堂 / 消费维权
{T}
主讲：鉴衡律师事务所合伙人　温若溪律师
!m 发布时间：2025-06-10　阅读 733
{BODY}
!w 遇到类似纠纷？点此预约律师一对一面谈
!d 本文仅为普法宣传，不构成对具体案件的法律意见。
!l 往期讲堂：《美容贷的三个陷阱》《预付卡退费怎么办》
""",
        body="""
隐形眼镜属于第三类医疗器械，经营者必须取得医疗器械经营许可证。不少消费者贪图便宜，在社交平台向个人卖家购买“代购”“清仓”的彩色隐形眼镜，风险很大。
第一，来源不明的产品可能未经注册，质量无法保证，引发角膜炎等眼病的案例并不少见。
第二，个人卖家往往不开发票，出了问题难以证明交易关系，维权成本高。
第三，平台经营者未审核卖家资质的，依照电子商务法可能承担连带责任。
建议大家通过有资质的药店、眼镜店或平台官方旗舰店购买，保存好订单和聊天记录。
""",
    ),
    dict(
        slug="community-yuanshu-notice-fire-blanket",
        site="园墅社区服务站 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.yuanshusq.example.com/news/2025/1108-61.html",
        title="关于免费发放家用灭火毯的通知",
        record_title="关于免费发放家用灭火毯的通知_园墅社区",
        date="2025-11-07",
        notes="community site; distribution table; the community's duty phone beside the property hotline; scanning to register is content",
        page="""
!m 园墅社区服务站 · 邻里守望　温暖你我
!m 首页 >> 社区公告
{T}
!m 发布：社区居委会　日期：2025-11-08　浏览：420次
{BODY}
!w 物业24小时报修热线：0746-8812345（园墅物业）
!l 上一则：冬季用电安全提示
!l 下一则：社区老年食堂11月菜谱
!a 转发给邻居
""",
        body="""
各位居民：
为提升家庭初期火灾扑救能力，社区联合辖区消防救援站向居民免费发放家用灭火毯，每户一条。
发放安排如下：
楼栋　发放时间　发放地点
1—6栋　11月12日9:00—11:30　社区服务站一楼
7—12栋　11月13日9:00—11:30　社区服务站一楼
领取时请携带户口本或房产证，委托他人领取的请写明委托书。现场扫码登记后领取，并观看灭火毯使用演示。
社区值班电话：0746-8810296
园墅社区居民委员会
2025年11月7日
""",
    ),
    dict(
        slug="association-anfang-pledge-escape-rope-html",
        site="蘋川市消防安全协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://www.pcxfxh.example.org.cn/xhdt/2025/0519/337.html",
        title="逃生缓降器与逃生绳销售行业自律倡议书",
        record_title="【协会倡议】逃生缓降器与逃生绳销售行业自律倡议书",
        date="2025-05-19",
        notes="association site with member login row and sidebar; chrome glued after the last sentence",
        page="""
<html><head><meta charset="utf-8"><title>逃生缓降器与逃生绳销售行业自律倡议书-蘋川市消防安全协会</title></head><body>
<div class="xh-top">⟦a 会员登录 ｜ 入会指南 ｜ 会员名录⟧</div>
<div class="xh-logo">⟦m 蘋川市消防安全协会⟧</div>
<div class="xh-nav">⟦m 协会简介　协会动态　行业自律　培训考核　联系我们⟧</div>
<h1>{T}</h1>
<div class="xh-meta">⟦m 发稿：秘书处　时间：2025-05-19⟧</div>
{BODY}
<div class="xh-side"><h4>⟦l 协会动态⟧</h4><p>⟦l 协会召开第三届第二次会员大会⟧</p><p>⟦l 消防设施操作员培训班开班⟧</p></div>
<div class="xh-ft">⟦d ©蘋川市消防安全协会 未经授权禁止转载⟧ ⟦m 秘书处电话：0739-2266018⟧</div>
</body></html>
""",
        body="""
全市各消防产品经营单位：
高层住宅家庭配备逃生绳和缓降器的越来越多，但市场上仍有部分产品无合格证明、承重不达标，甚至以普通绳索冒充逃生绳销售。为此，协会向全体会员单位倡议：
一、只销售取得强制性产品认证的逃生缓降器和经检验合格的逃生绳，做到来源可溯。
二、如实宣传产品的适用高度和承重范围，不夸大性能。
三、向购买者讲清安装和使用方法，主动提供上门安装指导。
让我们共同守护群众的逃生“最后一道绳”。⟦m 责任编辑：范可心⟧
蘋川市消防安全协会
2025年5月19日
""",
    ),
]

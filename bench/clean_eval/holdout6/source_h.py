"""Holdout6 cases, part H: hard cases across the site kinds — body text that looks like chrome,
chrome inside the body, titles repeated or glued, odd page markers. Invented text; see ../README.md."""

CASES = [
    dict(
        slug="fanwen-regulation-body-looks-like-chrome",
        site="公文宝典网 (invented)",
        style="范文站",
        genre="规章制度",
        kind="other",
        form="text",
        source="https://www.gwbaodian.com/zhidu/bangong/3381.html",
        title="机关办公设备使用管理制度",
        record_title="机关办公设备使用管理制度（优选3篇）",
        date=None,
        notes="a regulation whose articles mention 打印, 复印, 下载, 密码, 二维码 as content; decimal numbering; chrome with the same words at top and bottom; no date",
        page="""
!m 公文宝典网
!m 规章制度 » 办公管理
!t 机关办公设备使用管理制度（优选3篇）
!a 【打印】【复制链接】【下载到电脑】
!m 机关办公设备使用管理制度（优选3篇）——篇一
{BODY}
!a 篇二、篇三内容需登录后查看　　登录
!w 制度汇编定制服务请联系：gwbd_service（微信同号）
""",
        body="""
第一条　为加强机关办公设备管理，提高设备使用效率，降低办公成本，制定本制度。
第二条　本制度所称办公设备，包括计算机、打印机、复印机、扫描仪、投影仪等。⟦a 打印⟧
第三条　使用要求
3.1 打印、复印文件提倡双面使用，非正式文件一律使用再生纸。
3.2 涉密计算机严禁连接互联网，严禁从互联网下载文件后直接拷入涉密计算机。
3.3 计算机开机密码应定期更换，不得张贴在显示器上。
第四条　设备报修通过机关事务管理系统提交，扫描办公室门口二维码即可填写报修单。
第五条　本制度自印发之日起施行，由办公室负责解释。
""",
    ),
    dict(
        slug="fanwen-title-three-times-glued-speech",
        site="好笔头范文 (invented)",
        style="范文站",
        genre="主持词",
        kind="speech",
        form="text",
        source="http://www.haobitou.net/zhuchi/2025/4418.html",
        title="全镇2025年度经济工作会议主持词",
        record_title=None,
        date=None,
        notes="no record title; the title printed three times, the third glued to the salutation; chrome between paragraphs on its own line and glued after 。; no date",
        page="""
!m 好笔头范文｜主持词专栏
{T}
!m 栏目：主持词　更新：昨天　人气：812
{T}
{BODY}
!a 复制全文　　导出Word　　收藏
!l 猜你需要：经济工作会议讲话｜表彰决定范文
""",
        body="""
⟦t 全镇2025年度经济工作会议主持词⟧同志们：
现在开会。今天召开的全镇经济工作会议，主要任务是总结去年经济工作，部署今年目标任务。⟦a （本段可一键复制）⟧
参加今天会议的有：镇党委、人大、政府班子成员，各村党组织书记、村委会主任，镇直各单位负责人。
会议共有四项议程。下面进行第一项，请镇长作经济工作报告。
⟦l ▌推荐：镇长经济工作报告全文见文末链接⟧
下面进行第二项，宣读表彰决定。下面进行第三项，签订目标责任书。
下面，请镇党委书记作重要讲话。
同志们，会后各单位要迅速传达会议精神，抓好贯彻落实。散会！
""",
    ),
    dict(
        slug="wenku-traditional-page-markers-mix",
        site="翰林文库 (invented)",
        style="文库预览",
        genre="实施方案",
        kind="plan",
        form="text",
        source="https://www.hanlinwk.net/doc/48810273.html",
        title="蓼川县2025年农村人居环境整治提升实施方案",
        record_title="蓼川县2025年农村人居环境整治提升实施方案 — 翰林文库",
        date="2025-03-05",
        notes="preview with 'P.n/6' markers, sometimes glued to the continuation and sometimes on a line, cutting sentences; signature date in Chinese numerals",
        page="""
!m 翰林文库 ｜ 文档预览
{T}
!m 6页　|　4.0分　|　上传者：hl_wenku_009
{BODY}
!a 还剩 3 页，下载文档继续阅读
!l 你可能关注的文档：农村厕所革命实施方案｜村庄清洁行动方案
""",
        pages=dict(fmt="P.{n}/6", every=80, start=2, glue="mix"),
        body="""
为持续改善农村人居环境，建设宜居宜业和美乡村，结合我县实际，制定本方案。
一、目标任务。到2025年底，全县农村卫生厕所普及率达到92%以上，农村生活垃圾无害化处理率保持在95%以上，生活污水治理率达到45%。
二、重点工作。扎实推进农村厕所革命，新改建农村户厕2600户；加强农村生活垃圾收运处置体系建设，每个行政村配备保洁员不少于3名；开展村庄清洁行动，重点清理房前屋后乱堆乱放。
三、保障措施。县财政安排专项资金4800万元，实行“以奖代补”；将整治工作纳入乡镇年度绩效考核。
蓼川县农村人居环境整治工作领导小组办公室
二〇二五年三月五日
""",
    ),
    dict(
        slug="gov-policy-notice-url-hotline-in-body",
        site="岚江省医疗保障局 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://ybj.lanjiang.gov.cn/zcfg/tz/202512/t20251201_30118.html",
        title="关于做好2026年度城乡居民基本医疗保险参保缴费工作的通知",
        record_title="关于做好2026年度城乡居民基本医疗保险参保缴费工作的通知_通知公告_岚江省医疗保障局",
        date="2025-11-28",
        date_also=["2025-12-01"],
        notes="the notice's own URL, hotline 12393 and mini-program are body; the site's URL, phone and sharing bar are chrome; two site suffixes after _",
        page="""
!m 岚江省医疗保障局　http://ybj.lanjiang.gov.cn
!m 首页 > 政策法规 > 通知
{T}
!m 发布时间：2025-12-01 10:30　来源：待遇保障处　浏览量：9,208
!l 分享到：微信 微博 QQ空间
{BODY}
!a 【打印本页】　　【关闭】
!m 网站主办：岚江省医疗保障局　联系电话：0791-86102300　赣ICP备19003308号
""",
        body="""
各设区市医疗保障局：
为做好2026年度城乡居民基本医疗保险参保缴费工作，现将有关事项通知如下：
一、缴费时间。2025年12月1日至2026年2月28日为集中缴费期。
二、缴费标准。2026年度城乡居民医保个人缴费标准为每人每年400元。
三、缴费渠道。参保群众可通过“岚江医保”微信小程序、各商业银行网点缴费，也可登录岚江省医疗保障局网上服务大厅（https://fw.ybj.lanjiang.gov.cn）办理。
四、咨询服务。参保缴费政策咨询可拨打医保服务热线12393。
岚江省医疗保障局
2025年11月28日
""",
    ),
    dict(
        slug="gov-emergency-bulletin-table-html",
        site="朔阳市应急管理局 (invented)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="html",
        source="http://yjj.shuoyang.gov.cn/tzgg/2025/0710/5521.html",
        title="关于2025年上半年全市安全生产执法检查情况的通报",
        record_title=None,
        date="2025-07-09",
        notes="no record title; the 通报's own table rows stay in the body; a 'this page is for printing' banner and the 网站地图 footer chrome; signature date",
        page="""
<html><head><meta charset="utf-8"><title>朔阳市应急管理局</title></head><body>
<div class="hd">⟦m 朔阳市应急管理局⟧ ⟦a 适老化模式　无障碍⟧</div>
<div class="dh">⟦m 首页 / 通知公告⟧</div>
<h1>{T}</h1>
<div class="zw">
{BODY}
</div>
<div class="ft">⟦m 网站地图　｜　联系我们　｜　隐私保护⟧<br>⟦m 应急值班电话：0517-8029110⟧</div>
</body></html>
""",
        body="""
各县（市、区）应急管理局：
上半年，全市应急管理系统共检查生产经营单位1862家次，发现隐患5417项，立案处罚96起，罚款金额312.6万元。各地执法情况如下：
地区 | 检查家次 | 立案数
东城区 | 418 | 24
西山县 | 356 | 19
南湖县 | 302 | 17
从检查情况看，部分企业安全培训流于形式、应急预案演练不实等问题仍然突出。各地要对检查发现的隐患盯紧督办，确保按期整改到位。
朔阳市应急管理局
2025年7月9日
""",
    ),
    dict(
        slug="wechat-mirror-opinions-long-title",
        site="WeChat mirror 公号存档馆 (invented)",
        style="公众号镜像",
        genre="意见",
        kind="notice",
        form="text",
        source="https://gzhcundang.example.com/a/9910238",
        title="关于进一步激励干部担当作为的若干意见",
        record_title="「重磅」关于进一步激励干部担当作为的若干意见（全文+解读）",
        date="2025-04-25",
        notes="WeChat archive: 「重磅」 and （全文+解读） decoration; the mirror's archived-at line is chrome; a read-more card between paragraphs; signature date",
        page="""
!m 公号存档馆　收录于：岑阳组工
!m 存档时间：2025-05-02 11:40:09
!t 「重磅」关于进一步激励干部担当作为的若干意见（全文+解读）
!m 岑阳组工　2025年04月28日 18:30　岚江
{BODY}
!l 解读｜三张图看懂《若干意见》
!a 分享　推荐　赞　留言
""",
        date_also=["2025-04-28"],
        body="""
为深入贯彻新时代好干部标准，进一步激励广大干部新时代新担当新作为，结合我市实际，提出如下意见。
一、树立鲜明用人导向。坚持重实干、重实绩、重担当，对敢于动真碰硬、攻坚克难的干部优先提拔使用。
⟦l 👉 点击阅读：我市去年提拔重用一线干部情况⟧
二、完善容错纠错机制。对干部在改革创新中出现的失误错误，符合容错情形的，依规依纪依法予以容错。
三、关心关爱基层干部。落实年休假、健康体检等制度，对长期在艰苦边远地区工作的干部给予倾斜。
中共岑阳市委办公室
2025年4月25日
""",
    ),
    dict(
        slug="forum-oneline-insight-junk",
        site="笔友之家论坛 (invented)",
        style="论坛",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://www.biyouzj.com/bbs/read.php?tid=33018",
        title="参加全市年轻干部“墩苗”计划的体会",
        record_title="参加全市年轻干部“墩苗”计划的体会",
        date=None,
        notes="forum copy all on one line with junk glued after 。 inside it and a junk line; record title clean; no date",
        page="""
!m 笔友之家 › 心得交流区
{T}
!m 楼主：小舟从此逝　　发表于：昨天 22:17
{BODY}
!a 本帖被管理员加精　　收藏(32)　　回复(9)
""",
        oneline=True,
        indent="\u3000\u3000",
        junk=dict(lines=1, glued=3),
        body="""
去年9月，我作为全市年轻干部“墩苗”计划的一员，被派到朔河镇挂职镇长助理。一年多来，收获满满。
在基层，我学会了和群众打交道。第一次入户调解宅基地纠纷，我准备了一肚子政策条文，却插不上一句话。后来跟着老村支书走了几次，才明白做群众工作先要把情况听明白。
在基层，我也看到了自己的不足。写材料可以，但真正抓落实、处理急难险重任务的能力还不够。
“墩苗”是为了扎根。我会把这段经历当作宝贵财富，继续在实践中磨炼自己。
""",
    ),
    dict(
        slug="qa-baike-answer-opinions-html",
        site="问一下 Q&A (invented)",
        style="问答社区",
        genre="工作方案",
        kind="plan",
        form="html",
        source="https://zhidao.wenyixia.example.com/question/628817301.html",
        title="社区“一老一小”关爱服务工作方案",
        record_title="求一篇社区“一老一小”关爱服务工作方案，急用！_问一下",
        title_also=["求一篇社区“一老一小”关爱服务工作方案，急用！"],
        date=None,
        notes="Q&A page: the question is the record title; the best answer holds the plan; adopted-answer badge, other answers and ads chrome; no date",
        page="""
<html><head><meta charset="utf-8"><title>求一篇社区“一老一小”关爱服务工作方案，急用！_问一下</title></head><body>
<div class="hd">⟦m 问一下⟧ ⟦a 我要提问　登录⟧</div>
<h1>⟦t 求一篇社区“一老一小”关爱服务工作方案，急用！⟧</h1>
<div class="q">⟦m 提问者：匿名用户　｜　浏览次数：2301次⟧</div>
<div class="best"><p>⟦m 最佳答案　　回答者：社区老兵 　采纳率：92%⟧</p>
<h3>{T}</h3>
{BODY}
</div>
<div class="other">⟦l 其他 3 条回答⟧ ⟦l 网友A：可以参考民政局官网的范本⟧</div>
<div class="ad">⟦w 各类方案总结代写，一对一服务，点击咨询⟧</div>
</body></html>
""",
        body="""
为切实做好社区老年人和少年儿童关爱服务工作，结合社区实际，制定本方案。
一、服务对象。辖区内80周岁以上老人、独居空巢老人，以及0至14周岁儿童，重点关注留守、困境儿童。
二、服务内容。为老人提供助餐、助洁、助医等上门服务，每月开展一次健康讲座；为儿童开设“四点半课堂”，暑期开展托管服务。
三、工作保障。依托社区志愿服务队，组建“一老一小”关爱小组，每个网格落实1名责任人。
""",
    ),
    dict(
        slug="docshare-html-no-title-source-title",
        site="文库云 (invented)",
        style="文档分享",
        genre="述职报告",
        kind="report",
        form="html",
        source="https://www.wenkuyun.cn/view/5b71e30a.html",
        title="2025年度街道办事处主任述职述廉报告",
        record_title=None,
        date="2025-12-26",
        notes="no record title; HTML <title> carries the site suffix, the h1 carries a 【VIP】 tag; signature date; preview-end prompt and uploader box",
        page="""
<html><head><meta charset="utf-8"><title>2025年度街道办事处主任述职述廉报告-文库云</title></head><body>
<div class="hd">⟦m 文库云 · 专业文档分享⟧</div>
<h1>⟦t 【VIP】2025年度街道办事处主任述职述廉报告⟧</h1>
<div class="meta">⟦m 上传人：wky_lin　日期：2026-01-04　浏览：733⟧</div>
<div class="doc">
{BODY}
</div>
<div class="end">⟦a 免费预览已结束，剩余内容请开通VIP后阅读⟧</div>
</body></html>
""",
        body="""
今年以来，我在区委、区政府和街道党工委的领导下，认真履行街道办事处主任职责，现将履职和廉洁自律情况报告如下。
一、履职情况。全年完成辖区经济指标任务，新增市场主体620户；完成老旧小区改造8个，惠及居民2300户；信访积案化解率达到95%。
二、廉洁自律情况。严格执行中央八项规定精神，认真落实“一岗双责”，个人有关事项如实报告，未发生违规违纪问题。
三、存在不足和努力方向。调查研究不够深入，抓落实的力度有待加强。今后，我将进一步改进作风，努力为辖区群众办好事、办实事。
述职人：甄明轩
2025年12月26日
""",
    ),
    dict(
        slug="blog-host-script-slogans-hotline",
        site="晚枫的博客 (invented)",
        style="博客",
        genre="主持词",
        kind="speech",
        form="text",
        source="https://wanfeng.blog.example.cn/post/2025-03-01-host.html",
        title="“3·15”消费者权益保护日宣传活动主持词",
        record_title="“3·15”消费者权益保护日宣传活动主持词 | 晚枫的博客",
        date=None,
        notes="blog post of a host script: quoted slogans, the 12315 hotline and the activity's own QR-code instruction are body; blog chrome and a reward button; no date",
        page="""
!m 晚枫的博客 — 写点东西
{T}
!m 📅 三月 1st　🏷 主持词　👁 1,024
{BODY}
!a 💰 打赏作者　　　📋 复制全文
!l 🔖 标签：主持词 · 3·15 · 宣传活动
!l ← 上一篇　妇女节座谈会主持词　｜　下一篇　植树节活动方案 →
""",
        body="""
各位来宾、朋友们：
大家上午好！今天是“3·15”国际消费者权益日，市场监管局在这里举行宣传活动，主题是“共促消费公平，共享消费安全”。
首先，请大家跟我一起喊出今年的口号：“放心消费，你我同行！”
下面，请市场监管局领导致辞。
活动现场设置了咨询台和投诉受理点，大家遇到消费纠纷，也可以拨打12315热线，或者扫描展板上的二维码在线投诉。
今天的宣传活动到此结束，谢谢大家！
""",
    ),
    dict(
        slug="fwapp-opinion-share-card-markers",
        site="公文君 App web share (invented)",
        style="范文APP",
        genre="意见",
        kind="notice",
        form="text",
        source="https://m.gongwenjun.com/share/doc/88102?from=timeline",
        title="关于加强新时代乡镇综合文化站建设的实施意见",
        date=None,
        notes="app share page with 'n ▸' reader markers on their own lines cutting paragraphs; open-in-app prompts; no date",
        page="""
!a 在公文君App内打开，查看完整版 ＞
{T}
!m 公文君精选　阅读 3.4w
{BODY}
!a 下载公文君App，解锁全部32万篇范文
!a 马上下载
""",
        pages=dict(fmt="{n} ▸", every=86, start=2),
        body="""
为加强新时代乡镇综合文化站建设，更好满足群众精神文化需求，现提出如下实施意见。
一、明确功能定位。乡镇综合文化站是基层公共文化服务的重要阵地，承担书报阅读、文艺演出、培训讲座、非遗展示等功能。
二、完善设施条件。乡镇综合文化站建筑面积一般不少于300平方米，配备多功能活动室、图书阅览室和室外文体广场。
三、加强队伍建设。每个乡镇综合文化站至少配备2名专职工作人员，鼓励招募文化志愿者参与服务。
四、创新服务方式。推行“点单式”服务，根据群众需求安排活动内容，每年开展文化活动不少于24场。
""",
    ),
    dict(
        slug="dangjian-html-decision-commend",
        site="砚溪先锋网 (invented)",
        style="党建网",
        genre="决定",
        kind="notice",
        form="html",
        source="http://www.yanxixf.gov.cn/xfdt/2025/0628/907.html",
        title="中共砚溪县委关于表彰全县优秀共产党员和先进基层党组织的决定",
        record_date="2025-06-28",
        date="2025-06-28",
        notes="Party-building site: 12380 reporting banner and the site's tools; the decision's own list of names stays; record gives the date",
        page="""
<html><head><meta charset="utf-8"><title>中共砚溪县委关于表彰全县优秀共产党员和先进基层党组织的决定_砚溪先锋网</title></head><body>
<div class="banner">⟦m 砚溪先锋网　中共砚溪县委组织部⟧</div>
<div class="jb">⟦m 12380举报网站　举报电话：0513-12380⟧</div>
<h1>{T}</h1>
<div class="art">
{BODY}
</div>
<div class="tool">⟦a [ 打印 ]　[ 关闭 ]　[ 返回顶部 ]⟧</div>
</body></html>
""",
        body="""
各乡镇党委，县直各党（工）委、党组：
在中国共产党成立104周年之际，为表彰先进、树立典型，县委决定，授予周砚文等50名同志“全县优秀共产党员”称号，授予溪口镇杉坪村党支部等30个党组织“全县先进基层党组织”称号。
希望受到表彰的党员和党组织珍惜荣誉、再接再厉，充分发挥先锋模范作用和战斗堡垒作用。
附件：全县优秀共产党员和先进基层党组织名单
中共砚溪县委
2025年6月27日
""",
    ),
    dict(
        slug="snapshot-text-only-cache-letter",
        site="纯文字快照 of 棠溪县文化和旅游局 (invented)",
        style="搜索快照",
        genre="复函",
        kind="letter",
        form="text",
        source="http://kuaizhao.example.com/text?url=www.tangxi.gov.cn/wlj/2025/0801/61.html",
        title="棠溪县文化和旅游局关于县政协十一届四次会议第28号提案的复函",
        record_title=None,
        date="2025-07-30",
        notes="text-only cache: cache banner lines and the original site's nav flattened into text; no record title; the 复函's own 联系人 and 抄送 stay; signature date",
        page="""
!d 这是网页的纯文字快照，缓存于2025年8月12日，原网页可能已更改或删除。
!a 查看完整版快照　　原网页
!m 棠溪县文化和旅游局 首页 机构职能 政务公开 文旅资讯 办事服务
{T}
{BODY}
!m 主办：棠溪县文化和旅游局 电话：0572-3012666
""",
        body="""
彭佳音委员：
您提出的《关于加快发展乡村民宿产业的提案》收悉。现答复如下：
近年来，我局高度重视乡村民宿产业发展，全县现有乡村民宿182家，床位2900余张。下一步，我们将出台民宿管理办法，开展星级民宿评定，加强从业人员培训，推动民宿产业规范化发展。
感谢您对文化和旅游工作的关心和支持！
联系人：方岚，联系电话：0572-3012618
棠溪县文化和旅游局
2025年7月30日
抄送：县政协提案委，县政府办。
""",
    ),
]

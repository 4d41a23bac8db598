"""holdout229, part B: a blog, WeChat mirrors, sharing pages, education portals, an intranet, a Q&A.
Invented text (sites, places, people, numbers, URLs); see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="blog-jiaoshuren-teacup-qinghua-wrap64",
        site="粉笔末里的晨昏 (invented, teacher's blog)",
        style="博客",
        genre="随笔",
        kind="other",
        form="text",
        source="https://fenbihui.blog.xiaobei.cn/post/3318",
        title="母亲留给我的那只青花茶杯",
        record_title="〔讲台边上〕母亲留给我的那只青花茶杯 ‖ 粉笔末里的晨昏",
        date=None,
        notes="a blog text hard-wrapped at 64 columns; the post time is relative (2 天前) and the essay ends with a 写于 line giving only a season; no date",
        page="""
!m 粉笔末里的晨昏
!m ——一个乡村语文老师的絮叨
!t 〔讲台边上〕母亲留给我的那只青花茶杯
!m 2 天前　|　分类：旧物　|　阅读 318
{BODY}
!l ◁ 上一篇：给毕业班写的最后一段评语
!l ▷ 下一篇：早读课上的麻雀
!l 留言 · 3 条
!l 山那边：看哭了，想起我外婆的搪瓷缸
!l 我也说一句……
!m 本博客文字皆为原创，转载请先打个招呼
""",
        wrap=64,
        indent="\u3000\u3000",
        body="""
我讲台的右上角，常年放着一只青花茶杯。学生们都知道，那是“老师的宝贝”，值日生擦讲台时总要先把它捧到一边。
这只茶杯是母亲留下的。杯身画着几枝兰草，杯口有一道细细的冲线，是我小时候淘气碰的。母亲用它喝了半辈子的粗茶，从没嫌过那道冲线。
我刚教书那年，嗓子一到下午就哑。母亲把茶杯塞进我的帆布包，说：“讲一节课喝一口，嗓子是你的饭碗。”从那以后，这只茶杯就跟着我走进了獬坪小学的教室。
如今母亲不在了，我仍每天早上往杯里投一小撮茶叶。上课讲到口干，端起来抿一口，好像她还站在教室后门，看我讲课。
写于乙巳年初冬
""",
    ),
    dict(
        slug="wechat-xichuan-police-rear-seatbelt-h1-only",
        site="犀川交警 (invented WeChat account, mirrored on a reader site)",
        style="公众号镜像",
        genre="新闻",
        kind="news",
        form="html",
        source="https://wx.dushuyuan.cn/s/Kx7rQm2VbT8e",
        title="后排也要系安全带！一次急刹车后的真实案例",
        record_title=None,
        date="2025-08-14",
        notes="WeChat mirror: no record title, the title only in the <h1>; a follow prompt glued before the first words; the account line is the page's date; 阅读原文/在看/赞 rows and a QR line",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">
<title>读书苑 · 公众号文章</title>
<script>var biz="MzU3NTk4MjExOQ==";</script>
</head>
<body>
<div class="mirror-top">⟦m 读书苑 · 公众号文章收录⟧ ⟦a 进入读书苑首页⟧</div>
<div class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta">⟦m 犀川交警　2025-08-14 18:02　四川⟧</div>
<div class="rich_media_content">
{BODY}
</div>
<div class="tool-row">⟦l 阅读原文⟧　⟦m 阅读 3.6万⟧　⟦a 点赞 412⟧　⟦a 在看 96⟧</div>
<div class="qr">⟦a 长按识别二维码，关注犀川交警⟧</div>
<div class="reward">⟦a 喜欢作者 · 赞赏一下⟧</div>
</div>
<div class="mirror-foot">⟦d 本页内容由读书苑自动收录自公开公众号，版权归原公众号所有⟧ ⟦m 读书苑 dushuyuan.cn⟧</div>
</body>
</html>
""",
        p_html='<section><p style="line-height:1.75em;">{}</p></section>',
        body="""
⟦a 点击上方蓝字“犀川交警”关注我们⟧上周五傍晚，一辆小轿车在国道318线犀川段为避让横穿马路的电动车紧急制动。驾驶人和副驾驶都系了安全带，只受了轻伤；坐在后排中间、没系安全带的乘客却向前冲出，头部撞上中控台，当场昏迷。
很多人觉得“坐后排不用系安全带”，这是一个危险的误区。车速50公里每小时时急刹车，后排乘客身体前冲的力量相当于自身体重的二三十倍，前排的座椅根本挡不住。
更要注意的是，后排不系安全带的乘客还会撞向前排，让系了安全带的人也受伤。
交警提醒：上车第一件事，前后排都系好安全带；孩子要坐儿童安全座椅，不能用大人的安全带代替，更不能抱在怀里。
""",
    ),
    dict(
        slug="wechat-xiyuan-property-doormat-stairwell-text",
        site="犀苑物业服务 (invented WeChat account, text mirror)",
        style="公众号镜像",
        genre="新闻",
        kind="other",
        form="text",
        source="https://mp.wxwenzhai.com/a/8812047735",
        title="门垫放楼道，这些风险你想过吗？",
        record_title="门垫放楼道，这些风险你想过吗？——来自微信公众号「犀苑物业服务」",
        date="2025-03-21",
        notes="a WeChat article as text: the account line with its date, 原创 tag, a star prompt before the salutation, 阅读原文/在看 rows; a 关注 sentence that is content (the property's own account for repairs); the page's mirror note",
        page="""
!m 微文摘 · 好文章都在这里
{T}
!m 原创　犀苑物业服务　2025年3月21日 08:00　浙江
{BODY}
!m （镜像页中链接与标签均不可点）
!l 阅读原文　　在看　　分享
!m 微文摘收录于 2025-03-30，如需删除请联系 wxwz_kefu
""",
        indent="",
        body="""
⟦a 点上方名片，给犀苑物业加颗星★⟧亲爱的业主朋友们：
最近，物业在巡查中发现，小区不少楼道里的门垫越放越大，有的还叠了两三层。门垫本是好东西，可放的位置不对，就会变成隐患。
一是绊倒风险。门垫边缘卷起或者底面不防滑，老人和孩子进出最容易被绊倒。
二是堵塞通道。大门垫加上鞋柜、纸箱，占去了楼梯口的一半，一旦有火情，疏散就会受阻。
三是藏污纳湿。雨天门垫吸饱了水，长期不晒，容易发霉发臭，招来蟑螂。
建议大家选用尺寸不超过门宽的薄门垫，放在自家门口内侧，定期清洗晾晒。需要物业帮忙清理旧门垫的，请关注本公众号，在“在线报修”栏目提交，我们会在两天内上门。
犀苑物业服务中心
""",
    ),
    dict(
        slug="share-yiwendang-briefcase-purchase-contract-template",
        site="易文档共享平台 (invented)",
        style="文档分享",
        genre="合同范本",
        kind="other",
        form="html",
        source="https://www.yiwendang.net/doc/30718842.html",
        title="公文包采购合同（范本）",
        record_title="公文包采购合同（范本）.docx",
        date=None,
        notes="sharing reader: upload notice, points lock, rating row, service WeChat; a contract template with ×× placeholders, ＿＿ blanks, 第N条 articles and ＿＿年＿＿月＿＿日; file-name record title; no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>公文包采购合同（范本）.docx - 易文档共享平台</title>
<link rel="stylesheet" href="//cdn.yiwendang.net/css/view.css">
</head>
<body>
<div class="hd"><span class="logo">⟦m 易文档 · 你要的文档这里有⟧</span><span class="login">⟦a 登录赚积分⟧</span></div>
<div class="crumb">⟦m 易文档 ＞ 合同协议 ＞ 采购合同⟧</div>
<h1>⟦t 公文包采购合同（范本）.docx⟧</h1>
<div class="meta">⟦m 贡献者：合同小助理　上传于：2025-02-11　大小：38KB　格式：docx⟧</div>
<div class="score">⟦m 文档评分 4.6 · 128人已评 · 下载 2301 次⟧</div>
<div class="view">
{BODY}
</div>
<div class="lock">⟦a 积分不足？完成签到任务即可免费下载这份合同⟧</div>
<div class="btns">⟦a 下载（8积分）⟧ ⟦a 存进我的文件夹⟧ ⟦a 举报⟧</div>
<div class="notice">⟦d 文档为贡献者分享，易文档仅提供信息存储空间，对文档内容不作审核；如涉及侵权请提交申诉。⟧</div>
<div class="kefu">⟦w 合同定制、修改请找易文档客服，微信 ywd-hetong⟧</div>
<div class="rel"><h4>⟦l 同类文档⟧</h4><p>⟦l 办公用品采购框架协议范本⟧</p><p>⟦l 劳保用品采购合同（通用版）⟧</p></div>
<div class="ft">⟦m 易文档 yiwendang.net　京ICP备18063217号-4⟧</div>
</body>
</html>
""",
        body="""
甲方（采购人）：××××××
乙方（供货人）：××××××
根据《中华人民共和国民法典》及有关规定，甲乙双方经协商一致，就甲方采购公文包事宜订立本合同。
第一条　采购内容。乙方向甲方提供××型公文包＿＿只，单价＿＿元，合同总价＿＿元（大写：＿＿＿＿）。
第二条　质量要求。公文包面料为＿＿＿＿，提手须通过五千次往复拉力试验，拉链、锁扣启闭顺畅，缝线无跳针、无脱线。
第三条　交货。乙方应于合同签订后＿＿日内送达甲方指定地点，并提供合格证和检测报告。
第四条　验收。甲方按10%的比例抽检，抽检不合格的，乙方应在七日内全部更换。
第五条　付款。验收合格后＿＿日内，甲方一次性支付合同价款。
甲方（盖章）：＿＿＿＿　　乙方（盖章）：＿＿＿＿
＿＿年＿＿月＿＿日　　＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="share-wenhaiyun-pledge-doormat-stairwell",
        site="文海云分享 (invented)",
        style="文档分享",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://share.wenhaiyun.com/d/77c02e41",
        title="“文明楼道从一块门垫做起”倡议书",
        record_title="【楼道文明倡议】“文明楼道从一块门垫做起”倡议书（docx可改）",
        record_date="2025-04-02",
        date="2025-04-02",
        notes="a sharing page as text: uploader line with an upload stamp, rating, a points notice; a pledge dated under its signature, the record's date the same; 分享 spoken of as content",
        page="""
!m 文海云分享 — 文档随手存，资料随时取
!t 【楼道文明倡议】“文明楼道从一块门垫做起”倡议书（docx可改）
!m 上传：猊山区某社区工作者 ｜ 2025-04-09 上传 ｜ 2页 ｜ 浏览 655
!a ☆ 收藏本文档　⇩ 下载需消耗3云币
{BODY}
!d 本文档由文海云用户上传，平台不保证其完整与准确，侵权请联系删除。
!l 你可能还需要：楼道堆物清理告知书 ／ 文明养犬倡议书
""",
        indent="\u3000\u3000",
        body="""
全体居民朋友们：
楼道是大家共同的家门口。近来，社区在走访中发现，一些楼道里门垫越铺越大，有的伸进了楼梯口，有的被杂物压着多日不清，既影响美观，也给老人孩子出行带来了隐患。为此，猊山区蘧园社区居委会向全体居民发出如下倡议：
一、门垫只铺自家门前，宽度不超过入户门，不占用楼梯和公共过道。
二、选用防滑、吸水的门垫，卷边、破损的及时更换。
三、每周至少清洗晾晒一次门垫，不在楼道里拍打灰尘。
四、邻里之间互相提醒，发现楼道堆物及时告知楼栋长。
请大家把这份倡议分享到楼栋群里，让更多邻居一起行动起来。
猊山区蘧园社区居民委员会
2025年4月2日
""",
    ),
    dict(
        slug="edu-diaoxi-notice-schoolbus-seatbelt-attachment-link",
        site="貂溪县教育和体育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.diaoxi.gov.cn/tzgg/2025/0829/15521.html",
        title="关于开展秋季学期校车安全带专项检查的通知",
        record_title="关于开展秋季学期校车安全带专项检查的通知 - 通知公告 - 貂溪县教育和体育局",
        date="2025-08-27",
        date_also=["2025-08-29"],
        notes="education portal: 适老版/读屏 links, an attachment download link beside the notice's own 附件 list, a technical-support line beside the notice's own 联系人/电话/邮箱, 扫码 as content; 成文日期 expected, posting date also",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>关于开展秋季学期校车安全带专项检查的通知 - 通知公告 - 貂溪县教育和体育局</title>
<script src="/js/jquery-1.12.4.min.js"></script>
</head>
<body>
<div class="toplinks">⟦a 适老版⟧ ⟦a 读屏模式⟧ ⟦a 手机版⟧</div>
<div class="head">⟦m 貂溪县教育和体育局 · 办人民满意的教育⟧</div>
<div class="menu">⟦m 首页 | 机构概况 | 教育动态 | 通知公告 | 招生考试 | 办事指南⟧</div>
<div class="position">⟦m 当前位置：首页 &gt;&gt; 通知公告⟧</div>
<div class="detail">
<h2>{T}</h2>
<div class="source">⟦m 发布日期：2025-08-29　来源：安全股　点击：318⟧</div>
<div class="content">
{BODY}
</div>
<div class="fujian">⟦a 附件下载：校车安全带检查表.xlsx（18KB）⟧</div>
<div class="tool">⟦a 打印本页 | 关闭⟧</div>
</div>
<div class="foot">
<p>⟦m 主办单位：貂溪县教育和体育局　地址：貂溪县文昌路9号⟧</p>
<p>⟦m 网站技术支持：0736-7125510（工作日）⟧</p>
<p>⟦m 湘ICP备12003488号-2⟧</p>
</div>
</body>
</html>
""",
        body="""
各中小学、幼儿园，各校车服务公司：
为确保秋季开学后学生乘车安全，县教体局决定于9月1日至9月20日开展校车安全带专项检查。现将有关事项通知如下。
一、检查内容。逐车检查每个座位安全带是否齐全、卡扣是否灵敏、织带有无破损；随车照管员是否在发车前逐一检查学生系好安全带。
二、检查方式。各校自查后，于9月12日前扫描附件2中的二维码在线填报自查结果；县教体局会同交警大队于9月15日起开展抽查。
三、有关要求。检查中发现安全带缺失或损坏的校车，一律停运整改，修复后方可接送学生。
联系人：卢静，电话：0736-7125032，邮箱：dxjtj_aq@163.com。
附件：1.校车安全带检查表
2.自查结果填报二维码
貂溪县教育和体育局
2025年8月27日
""",
    ),
    dict(
        slug="edu-xichuan-school-summary-teacup-no-papercup-table",
        site="犀川县实验小学 (invented, on the county education portal)",
        style="教育门户",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.xcjy.cn/xxdt/sxxx/2025/0703/8841.html",
        title="犀川县实验小学“一人一杯”无纸杯校园创建工作总结",
        date="2025-07-02",
        date_also=["2025-07-03"],
        notes="a school summary on the county education site as text, the record's own title; a data table by grade; a 读屏 row and a scan-to-read line; 成文日期 under the signature expected, the page's time line also accepted",
        page="""
!m 犀川教育网
!a 无障碍浏览　｜　关怀版　｜　繁体
!m 首页 > 学校动态 > 实验小学
{T}
!m 作者：教务处　时间：2025-07-03 16:12　点击数：96
{BODY}
!a 扫一扫，在手机上继续读
!l 上一篇：实验小学2025年春季运动会圆满落幕
!l 下一篇：实验小学开展防溺水安全教育
!m 犀川县教育局主办　技术支持：犀川县教育信息中心
""",
        indent="\u3000\u3000",
        body="""
本学期，我校在全校师生中开展“一人一杯”无纸杯校园创建活动，倡导师生自带茶杯、水杯，取消办公室和会议室的一次性纸杯。现将工作总结如下。
一、主要做法。学期初，学校为每位教师配发一只带杯盖的陶瓷茶杯，为每个班级配置水杯架；各班利用班会课讲解节约资源的道理，少先队大队部每周检查一次水杯摆放。
二、取得成效。各年级参与情况如下：
年级　参与人数　自带水杯率
一、二年级　612　96%
三、四年级　587　98%
五、六年级　545　99%
教职工　118　100%
本学期全校少用一次性纸杯约1.6万只，教师办公室再没出现茶水泼湿作业本的情况。
三、下一步打算。下学期将把“一人一杯”纳入文明班级评比，并与家长委员会一起向家庭延伸。
犀川县实验小学
2025年7月2日
""",
    ),
    dict(
        slug="oa-zhuyun-minutes-fleet-seatbelt-routing",
        site="麈运物流协同办公平台 (invented intranet)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.zhuyun-wl.com/doc/view.do?id=2025071833",
        title="车队安全带使用情况专题会议纪要",
        record_title="【待阅件】车队安全带使用情况专题会议纪要 - 麈运物流协同办公平台",
        date="2025-07-16",
        notes="an OA document view: the routing record (流转记录), a read count, an 'I have read it' button; the minutes' 时间/地点/主持/参会/记录 lines; the 时间 line is the date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【待阅件】车队安全带使用情况专题会议纪要 - 麈运物流协同办公平台</title>
<link rel="stylesheet" href="/oa/static/css/doc.css">
<script src="/oa/static/js/flow.js"></script>
</head>
<body>
<div class="oa-top">⟦m 麈运物流协同办公平台⟧ ⟦m 当前用户：安全管理部 周岚⟧ ⟦a 退出系统⟧</div>
<div class="oa-tabs">⟦m 待办(7) 待阅(3) 已办 公文库 通讯录⟧</div>
<div class="doc-head">
<div class="doc-type">⟦m 文件类型：会议纪要　密级：内部　保密期限：一年⟧</div>
<h2>{T}</h2>
</div>
<div class="doc-body">
{BODY}
</div>
<div class="flow"><h4>⟦m 流转记录⟧</h4>
<p>⟦m 2025-07-17 09:12　综合办 杭少秋　拟稿⟧</p>
<p>⟦m 2025-07-17 15:40　副总经理 庄明远　审核通过⟧</p>
<p>⟦m 2025-07-18 08:30　分发至：各车队、安全管理部、调度中心⟧</p>
</div>
<div class="readinfo">⟦m 已阅 46 人 / 未阅 5 人⟧</div>
<div class="ops"><button>⟦a 我已阅知⟧</button> <button>⟦a 转发⟧</button> <button>⟦a 另存为PDF⟧</button></div>
<div class="oa-foot">⟦m 信息中心运维电话：内线 8008⟧</div>
</body>
</html>
""",
        body="""
时间：2025年7月16日下午3时
地点：公司三楼第二会议室
主持：庄明远
参会：各车队队长、安全管理部、调度中心负责人
记录：杭少秋
会议听取了安全管理部关于二季度车载视频抽查情况的汇报，研究了驾驶员安全带使用问题。纪要如下：
一、二季度共抽查行车视频2140段，发现驾驶员未系安全带37次，涉及驾驶员19人，集中在短途配送和夜间回场车辆。
二、会议决定，自8月1日起，对未系安全带的驾驶员第一次书面警告，第二次停岗培训三天，第三次调离驾驶岗位。
三、各车队要在出车前安全讲话中增加安全带提醒，调度中心通过车载终端对行驶中未系安全带的车辆实时语音提醒。
四、安全管理部负责每月通报抽查结果，并纳入车队月度考核。
""",
    ),
    dict(
        slug="oa-zhuan-rules-measuring-tools-articles-scan",
        site="筑安装饰协同办公系统 (invented intranet)",
        style="企业内网",
        genre="制度",
        kind="other",
        form="text",
        source="http://oa.zhuan-zs.com/kms/rule/2025/047",
        title="测量器具管理办法",
        record_title="〔制度汇编〕测量器具管理办法（二〇二五修订稿）- 筑安OA",
        date=None,
        notes="an intranet rules page as text: 第N条 articles that speak of 扫码/打印 as content; an effective clause but no date; the system's version, export and read lines",
        page="""
!m 筑安OA ▸ 知识库 ▸ 制度汇编 ▸ 质量安全类
!t 〔制度汇编〕测量器具管理办法（二〇二五修订稿）
!m 版本：V3.2　归口部门：质检部　阅读：214
!a 导出 ｜ 收藏至我的知识库 ｜ 意见反馈
{BODY}
!m 本页由 筑安OA 于 2025-10-09 10:26 导出，仅限公司内部使用
!d 仅供公司员工查阅，勿外发
""",
        indent="",
        body="""
第一条　为加强公司测量器具管理，保证施工测量准确，制定本办法。
第二条　本办法所称测量器具，包括水平仪、激光投线仪、靠尺、钢卷尺和测距仪。
第三条　测量器具实行一物一码。质检部为每台器具粘贴二维码标签，领用、归还和送检时，使用人须用手机扫码登记。
第四条　水平仪每季度校准一次，校准合格的，质检部打印校准标签贴于器具侧面；标签过期的器具不得使用。
第五条　器具跌落、进水或读数异常的，使用人应立即停用，当日送质检部复核，不得自行拆修。
第六条　项目部每月末打印器具台账，由项目经理签字后报质检部备案。
第七条　丢失或人为损坏测量器具的，由责任人按折旧后价格赔偿。
第八条　本办法由质检部负责解释，自印发之日起施行。
""",
    ),
    dict(
        slug="qa-wenwen-briefcase-handle-repair-question-title",
        site="问问知道 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.wenwenzhidao.com/q/1290331875.html",
        title="真皮公文包的提手断了，还能修吗？",
        record_title=None,
        date=None,
        notes="a Q&A page without a record title: the question is the title; an adopted-answer badge, a vote row, more answers; answered 5 天前 (no date)",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>真皮公文包的提手断了，还能修吗？_问问知道</title>
</head>
<body>
<div class="hd">⟦m 问问知道 — 有问题，问问就知道⟧ ⟦a 我要提问⟧ ⟦a 登录⟧</div>
<div class="crumb">⟦m 问问知道 &gt; 生活 &gt; 家居维修⟧</div>
<div class="question">
<h1>{T}</h1>
<p class="q-desc">用了六年的牛皮公文包，提手根部断了一边，还能修吗？大概多少钱？</p>
<p class="q-meta">⟦m 提问者：匿名网友　5 天前　浏览 1406 次⟧</p>
</div>
<div class="best">
<div class="badge">⟦m ✔ 提问者采纳⟧</div>
<div class="author">⟦m 皮具修补匠人老温　擅长领域：皮具养护⟧</div>
<div class="answer">
{BODY}
</div>
<div class="vote">⟦a 有帮助 ▲ 88　没帮助 ▼ 2⟧ ⟦a 评论⟧ ⟦a 分享⟧</div>
<div class="ans-time">⟦m 回答于 5 天前⟧</div>
</div>
<div class="more"><h3>⟦l 其他 3 条回答⟧</h3>
<p>⟦l 可以修的，找修鞋摊就行，二三十块钱。⟧</p>
<p>⟦l 建议直接换个新包，修了也不好看。⟧</p>
</div>
<div class="ft">⟦m ©2025 问问知道 wenwenzhidao.com⟧</div>
</body>
</html>
""",
        body="""
能修，而且真皮公文包的提手是最常见、也最值得修的部位。
先看断在哪儿。如果是提手根部的缝线断了，皮面完好，只要把旧线拆掉，按原针眼用蜡线重新手缝，一般三四十元，修好后几乎看不出来。
如果是提手皮条本身断裂，就得换新提手。可以找皮具修补店按原尺寸重新裁皮、削边、封边，再缝回包上，价钱在一百元上下，颜色尽量挑接近的。
如果是提手里的金属连接扣锈断了，换一个同规格的五金件就行。
平时提包别装太重，每只公文包最好不超过五公斤，提手才用得久。
""",
    ),
]

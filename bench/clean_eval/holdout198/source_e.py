"""holdout198, part E: residents' sites, trade associations, company sites, training schools,
范文 apps and exam forums, each once as HTML and once as text. A community's peephole-and-lock
check with a weather line and a grid member's box; a stairwell pump point on a residents' page;
a clay-pot association's lead-free-glaze pledge whose site name is also its signature (matched as
head); a spinning-top association's council minutes; a pump maker's recall with a batch table,
a cookie notice and a service float; a bandage maker's new line with a dotted date; a children's
top-whipping class with a fee table and a consult float; a weekend first-aid course; a property
manager's safety speech in a writing app's H5 share with an open-app mask and an AI button; a
one-line PE group summary; a 申论 essay on clay pots with a reply-to-see prompt; an interview
answer on a pump point with forum junk. Invented text (sites, places, people, numbers, URLs);
see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="community-shiyuan-peephole-lock-check-grid-box",
        site="柿园社区 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.shiyuan-sq.example.com/tzgg/2025/0115/87.html",
        title="关于开展春节前入户门门镜门锁安全排查的通知",
        record_title="关于开展春节前入户门门镜门锁安全排查的通知 - 柿园社区居民之家",
        date="2025-01-15",
        notes="residents' site: a weather line, a grid member's box with a mobile, a property duty line in the footer; the community's own 咨询电话 and a sentence telling residents to 关注 its account in the body; a schedule table; a 发布 line equal to the 成文日期; a 'neighbourhood notices' list",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于开展春节前入户门门镜门锁安全排查的通知 - 柿园社区居民之家</title></head>
<body>
<div class="sq-top">⟦m 柿园社区居民之家⟧　⟦m 1月15日 星期三 晴 2~9℃⟧</div>
<div class="sq-nav">⟦m 首页　社区公告　党群服务　邻里互助　办事指南⟧</div>
<div class="sq-pos">⟦m 首页 ＞ 社区公告⟧</div>
<h1>{T}</h1>
<div class="sq-meta">⟦m 发布：柿园社区居委会　2025-01-15　已读 531⟧</div>
<div class="sq-text">
{BODY}
</div>
<div class="sq-grid">⟦w 我的网格员：第三网格 谢春燕　手机 137 3910 6627（微信同号）⟧</div>
<div class="sq-list"><h4>⟦l 邻里公告⟧</h4><ul><li>⟦l 柿园社区迎新春写春联活动报名啦⟧</li><li>⟦l 冬季燃气安全使用提示⟧</li></ul></div>
<div class="sq-foot">⟦m 物业24小时值班电话：0745-7781 900⟧<br>⟦m 柿园社区居委会 地址：镈城市柿园路36号⟧</div>
</body></html>
""",
        body="""
各位居民朋友：
春节将至，外出走亲访友的家庭增多，为防范入室盗窃，社区联合辖区派出所、物业服务中心开展入户门门镜、门锁安全排查。现将有关事项通知如下。
一、排查内容：入户门门镜是否完好、清晰，有无松动或被遮挡；门锁是否为防盗锁芯，能否正常反锁。
二、排查安排
楼栋　时间
1—8栋　1月18日（星期六）9:00—17:00
9—16栋　1月19日（星期日）9:00—17:00
三、对排查中发现门镜损坏的高龄、独居老人家庭，社区将免费更换；其他家庭可自愿登记，由物业统一联系正规商家上门维修。
排查人员均佩戴社区工作证，请居民朋友放心开门。居民朋友也可关注“柿园社区”微信公众号，查看各楼栋排查进度。咨询电话：0745-7781 236（社区服务站）。
柿园社区居委会
2025年1月15日
""",
    ),
    dict(
        slug="community-shiyuan-stairwell-pump-point-text",
        site="柿园社区 (invented, text)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.shiyuan-sq.example.com/llhz/2025/0422/102.html",
        title="楼道公益打气点启用啦",
        record_title="【邻里互助】楼道公益打气点启用啦_柿园社区居民之家",
        date="2025-04-22",
        notes="residents' text page: a 【栏目】 prefix and _site suffix; a 发布 line equal to the signature date; a follow prompt glued after a sentence; the volunteer's own phone in the body beside the property line; a like row and a 'neighbours said' box",
        page="""
!m 柿园社区居民之家 ▏邻里互助
!t 【邻里互助】楼道公益打气点启用啦
!m 发布：柿园社区志愿服务站　2025-04-22　｜　浏览 348
{BODY}
!a ♥ 点赞 52　　✚ 我也要当志愿者
!l 邻居们说：
!l 12栋王奶奶：孙子骑车上学，这下方便了！
!l 3栋小刘：建议再放一个篮球用的气针
!m 物业服务中心：0745-7781 900
""",
        body="""
居民朋友们：
好消息！经过大家的提议，社区志愿服务站在5栋、11栋、16栋一楼楼道设立了公益打气点，每个点配有一个落地式打气筒和一套气嘴转换头，自行车、电动车、儿童滑板车和各类球都能打气。⟦a 关注“柿园社区”微信号，获取更多邻里服务⟧
打气点全天开放，免费使用。请大家爱护公共物品，用完后把打气筒放回原处，气管盘好挂在墙钩上，不要带回家。
打气筒出现损坏或者漏气，请联系志愿服务站的许大爷，电话13974586602，我们会及时维修更换。
柿园社区志愿服务站
2025年4月22日
""",
    ),
    dict(
        slug="association-fuchuan-clay-pot-lead-free-pledge-head-name",
        site="釜川县砂锅行业协会 (invented association site)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="http://www.fcsgxh.example.org.cn/xhdt/2025/0522/59.html",
        title="关于全面使用无铅釉料的倡议书",
        record_title="【协会倡议】关于全面使用无铅釉料的倡议书_釜川县砂锅行业协会",
        date="2025-05-20",
        date_also=["2025-05-22"],
        notes="association site: the site name in the header is also the signature (matched as head); a member-login row; a 发布日期 byline two days after the 成文日期 (document's date expected); a numbered pledge and a sentence asking members to 分享 it; a share row glued after a sentence; a 'member news' list and a footer with the association's address",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【协会倡议】关于全面使用无铅釉料的倡议书_釜川县砂锅行业协会</title></head>
<body>
<div class="xh-top"><span class="name">⟦m 釜川县砂锅行业协会⟧</span>　⟦a 会员登录 ｜ 入会指南 ｜ 会员证查询⟧</div>
<div class="xh-nav">⟦m 首页　协会简介　协会动态　行业标准　会员风采　联系我们⟧</div>
<div class="xh-pos">⟦m 首页 » 协会动态 » 倡议⟧</div>
<h1>{T}</h1>
<div class="xh-info">⟦m 发布日期：2025-05-22　来源：协会秘书处　阅读：402⟧</div>
<div class="xh-body">
{BODY}
</div>
<div class="xh-list"><h4>⟦l 会员动态⟧</h4><ul><li>⟦l 陶坊联合体获评省级非遗工坊⟧</li><li>⟦l 协会组织会员参加全国日用陶瓷博览会⟧</li></ul></div>
<div class="xh-foot">⟦m 协会地址：釜川县鍪田镇陶都大道8号　电话：0738-4260 517⟧<br>⟦m 湘ICP备20011835号⟧</div>
</body></html>
""",
        body="""
全县砂锅生产企业和从业者：
砂锅是百姓餐桌上的炊具，釉料安全直接关系群众身体健康。近年来，我县砂锅产业规模不断扩大，但仍有少数作坊使用含铅釉料。为维护“鍪田砂锅”品牌声誉，协会向全体会员和从业者发出如下倡议：
一、全面停用含铅、含镉釉料，采购釉料时索取检测报告，建立进货台账。⟦l 转发倡议：朋友圈 ｜ 会员群⟧
二、每批次产品出厂前送检或自检铅镉溶出量，不合格产品一律不得出厂。
三、在产品包装上标明“无铅釉”字样和生产者信息，接受社会监督。
四、发现使用含铅釉料的行为，及时向协会或市场监管部门反映。
请各会员单位将本倡议分享到本企业职工群和客户群，让更多人了解无铅釉砂锅。让我们携起手来，用安全放心的好砂锅，守护千家万户的餐桌。
釜川县砂锅行业协会
2025年5月20日
""",
    ),
    dict(
        slug="association-heyang-tops-council-minutes-record-title",
        site="盉阳县陀螺运动协会 (invented, text)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://www.hytlxh.example.org/xhdt/20250310/31.html",
        title="盉阳县陀螺运动协会第二届理事会第三次会议纪要",
        date="2025-03-10",
        date_also=["2025-03-08"],
        notes="association text page with the record's title as is; the minutes' 时间/地点/主持/出席/记录 lines and a vote count in the body; a meeting date and a signature date that differ (signature date expected, meeting date also accepted); a member-login row, a 'print' row and footer",
        page="""
!m 盉阳县陀螺运动协会
!a 会员登录　|　申请入会
!m 首页 → 协会动态 → 会议纪要
{T}
!m 秘书处　2025-03-11　阅读 96
{BODY}
!a 〔打印本文〕〔返回上页〕
!m 协会秘书处电话：0745-3390 718　地址：盉阳县体育公园管理用房二楼
""",
        body="""
时间：2025年3月8日上午9时
地点：盉阳县体育公园会议室
主持：邝保根（会长）
出席：理事23人（应到27人）
记录：甘晓玲
会议审议并一致通过以下事项：
一、通过《2025年协会工作计划》，全年举办县级比赛两次，组织会员参加省市比赛三次。
二、同意吸收城南陀螺队、鹤塘乡老年陀螺队等5支队伍为团体会员。
三、通过《陀螺运动场地安全管理规定》，明确在公园广场抽陀螺须在划定区域内进行，晚上九点以后不得抽鞭。
表决结果：同意23票，反对0票，弃权0票。
盉阳县陀螺运动协会秘书处
2025年3月10日
""",
    ),
    dict(
        slug="company-jieli-pump-recall-batches-cookie-float",
        site="捷力五金 (invented company site)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.jieli-hw.example.com/news/notice/2025-0611.html",
        title="关于主动召回部分双管高压打气筒的公告",
        record_title="关于主动召回部分双管高压打气筒的公告-新闻中心-捷力五金",
        date="2025-06-11",
        notes="company site: a cookie notice, a service float, a 400 sales line in the header; a recall table of batches (one row a paragraph); the recall line in the body beside the sales line; a 'scan the label' sentence of the notice; a news list and footer",
        page="""
<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8"><title>关于主动召回部分双管高压打气筒的公告-新闻中心-捷力五金</title>
<script src="/assets/js/site.min.js"></script></head>
<body>
<div class="jl-head">⟦m 捷力五金 JIELI HARDWARE⟧　⟦m 订购热线 400-630-8821⟧　⟦a 中文 | EN⟧</div>
<nav>⟦m 首页　关于捷力　产品中心　新闻中心　服务支持　联系我们⟧</nav>
<div class="jl-crumb">⟦m 首页 / 新闻中心 / 公司公告⟧</div>
<h1>{T}</h1>
<div class="jl-date">⟦m 2025-06-11　浏览量：1,870⟧</div>
<div class="jl-article">
{BODY}
</div>
<div class="jl-news"><h4>⟦l 新闻中心⟧</h4><ul><li>⟦l 捷力五金亮相华东五金博览会⟧</li><li>⟦l 捷力新厂房二期竣工投产⟧</li></ul></div>
<div class="jl-float">⟦a 在线客服⟧<br>⟦a 留言反馈⟧</div>
<div class="jl-cookie">⟦d 本网站使用Cookie以改善浏览体验，继续浏览即表示您同意我们的隐私政策。⟧ ⟦a 我知道了⟧</div>
<footer>⟦m 盉阳市捷力五金制品有限公司　地址：盉阳市经济开发区创业路17号⟧<br>⟦m 浙ICP备18055213号-1⟧</footer>
</body></html>
""",
        body="""
近期，我公司在质量回访中发现，2025年1月至3月生产的部分双管高压打气筒，因气压表接头螺纹加工尺寸偏差，在高压状态下接头存在松脱的可能，可能造成使用者受伤。为保障消费者安全，我公司决定主动召回上述产品。
召回产品范围如下：
型号　生产批号　数量（支）
JL-D160　20250108—20250131　3,260
JL-D160S　20250205—20250228　2,140
JL-D200　20250303—20250326　1,875
消费者可查看打气筒筒身上的标签，扫描标签上的二维码即可核对是否在召回范围内。在召回范围内的，请立即停止使用，我公司将免费更换气压表组件或整机退换。
召回咨询电话：0746-8830 517（工作日8:30—17:30）。
盉阳市捷力五金制品有限公司
2025年6月11日
""",
    ),
    dict(
        slug="company-kangli-waterproof-bandage-line-dotted-date",
        site="康力医疗器械 (invented company site, text)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.kangli-med.example.cn/xwzx/gsxw/2025-06-18/208.html",
        title="公司防水透气创可贴生产线正式投产",
        record_title="公司防水透气创可贴生产线正式投产_盉阳市康力医疗器械有限公司",
        date="2025-06-18",
        notes="company text page: a _company suffix; a dotted byline date (the page's date); the title repeated and glued to the lead's first words; a photo caption between paragraphs; a sales/consult line and a 'products' box; a copyright footer",
        page="""
!m 康力医疗 · 守护每一处小伤口
!m 首页 ＞ 新闻中心 ＞ 公司新闻
!t 公司防水透气创可贴生产线正式投产
!m 2025.06.18　｜　文/图：品牌部　｜　阅读 623
{BODY}
!l 【相关产品】儿童卡通创可贴 ▸ 防水透气创可贴 ▸ 弹性布创可贴
!w 产品采购及代理咨询：销售部 0746-8815 662　　邮箱 sales@kangli-med.example.cn
!d © 盉阳市康力医疗器械有限公司 版权所有　未经许可不得转载
""",
        body="""
⟦t 公司防水透气创可贴生产线正式投产⟧6月16日，公司新建的防水透气创可贴生产线正式投产，设计年产能1.2亿片，产品主要供应医院、药店和学校。
新生产线从涂胶、复合、冲切到包装实现全自动化，车间按照十万级洁净标准建设。与普通创可贴相比，新产品采用聚氨酯薄膜基材，防水性能更好，洗手、洗澡时不易脱落，同时保持透气，减少对皮肤的刺激。
【图】新生产线包装工段。
公司总经理潘立恒介绍，今年公司还将推出低敏型和儿童型创可贴，满足不同人群的需要。
新生产线投产后，公司创可贴年产能将达到3亿片，预计新增就业岗位60个。
""",
    ),
    dict(
        slug="training-zhuanzhuan-kids-top-class-fees-consult-float",
        site="转转陀螺学堂 (invented training school)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.zhuanzhuan-tuoluo.example.com/kc/summer2025.html",
        title="少儿陀螺暑期班招生简章",
        record_title="【暑期班】少儿陀螺暑期班招生简章（每班限招24人）- 转转陀螺学堂",
        date=None,
        notes="training school: a promo banner, a consult float, a 400 line; a fee table (one row a paragraph); the school's own 报名电话 in the body; a QR sign-up sentence of the brochure; a trial-lesson prompt on a line of its own between paragraphs; no date (a brochure)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【暑期班】少儿陀螺暑期班招生简章（每班限招24人）- 转转陀螺学堂</title></head>
<body>
<div class="zz-banner">⟦a 🎉 暑期早鸟价：7月1日前报名立减100元 🎉⟧</div>
<div class="zz-head">⟦m 转转陀螺学堂 · 让孩子爱上运动⟧　⟦m 全国加盟热线 400-166-2587⟧</div>
<div class="zz-nav">⟦m 首页　课程体系　师资团队　学员风采　校区地址⟧</div>
<h1>{T}</h1>
<div class="zz-intro">
{BODY}
</div>
<div class="zz-float">⟦a 立即咨询⟧<br>⟦a 预约试听⟧<br>⟦a 返回顶部⟧</div>
<div class="zz-foot">⟦m 转转陀螺学堂（盉阳城南校区）版权所有⟧　⟦m 湘ICP备23004471号⟧</div>
</body></html>
""",
        body="""
抽陀螺是一项传统体育运动，能锻炼孩子的手眼协调、专注力和上肢力量。转转陀螺学堂暑期班面向6至12岁儿童招生，欢迎家长带孩子报名。
一、课程设置
班级　上课时间　课时　学费
启蒙班（6—8岁）　周一、三、五 9:00—10:30　15次　980元
提高班（9—12岁）　周二、四、六 9:00—10:30　15次　1080元
⟦a 👉 首次体验课免费，点击预约试听 👈⟧
二、报名须知
1. 学堂统一提供儿童专用木陀螺和软鞭，学员无需自备器材。
2. 上课请穿运动鞋和宽松衣服，自带水杯。
3. 报名可到城南体育公园东门学堂前台，或扫描宣传单上的二维码在线报名。
报名电话：0745-3391 066（周一至周日 8:30—18:00）。
""",
    ),
    dict(
        slug="training-anxin-first-aid-weekend-course-text",
        site="安心急救培训中心 (invented, text)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="text",
        source="http://www.anxin-jijiu.example.com/course/family-first-aid.html",
        title="家庭急救（小伤口处理）周末班招生简章",
        record_title="家庭急救（小伤口处理）周末班招生简章（第9期）- 安心急救培训中心",
        date=None,
        notes="training school text page: a （第9期） decoration and - school suffix; a course-adviser line with a WeChat id, a 'limited seats' action; a numbered course list; the centre's own 报名电话 and mailbox in the body beside the adviser line; no date",
        page="""
!m 安心急救培训中心 | 人人学急救　急救为人人
!m 课程中心 ▸ 家庭急救
!t 家庭急救（小伤口处理）周末班招生简章（第9期）
!w 课程顾问 小安老师 微信：anxin-jj009
!a ⏰ 本期仅剩 7 个名额，点击抢位
{BODY}
!l 往期学员评价：“学完才知道创可贴原来贴错了这么多年！”——学员 何女士
!m 安心急救培训中心　镈城市解放路220号3楼
""",
        body="""
生活中磕破、划伤、烫伤在所难免，正确处理小伤口，既能减少感染，也能避免小伤变大伤。本中心开设家庭急救（小伤口处理）周末班，由具有急诊工作经验的老师授课。
课程内容：
1. 伤口的清洗与消毒：什么时候用清水，什么时候用碘伏。
2. 创可贴的正确使用：哪些伤口能贴，哪些不能贴，多久更换一次。
3. 轻度烫伤的处理：冲、脱、泡、盖、送。
4. 止血与包扎：纱布、绷带和三角巾的使用。
上课时间：每周六下午2:00—5:00，共两次课。
费用：每人280元，含教材和练习用品；亲子同报每组480元。
报名电话：0745-7726 120，报名邮箱：baoming@anxin-jijiu.example.com。
""",
    ),
    dict(
        slug="writingapp-wenmitong-property-safety-speech-open-app-mask",
        site="文秘通 (invented writing app, H5 share)",
        style="范文APP",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://h5.wenmitong.example.com/share/article?aid=7750218&from=wx",
        title="在小区冬季安全防范工作会议上的讲话",
        record_title="在小区冬季安全防范工作会议上的讲话（精选）· 文秘通APP",
        date="2025-11-06",
        notes="writing app H5 share: an open-app mask, an AI-rewrite button glued after a sentence, a 'continue in app' fold on a line of its own between paragraphs, a date under the speech title and a speaker line (neutral), a like/collect row and a 'more samples' list",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>在小区冬季安全防范工作会议上的讲话（精选）· 文秘通APP</title>
<script>var shareFrom="wx";</script></head>
<body>
<div class="wmt-mask">⟦a 打开文秘通APP，查看完整范文并一键套用⟧ ⟦a 打开⟧</div>
<div class="wmt-head">⟦m 文秘通 · 写材料的好帮手⟧</div>
<h1>{T}</h1>
<p class="sub">物业服务中心经理　严景明</p>
<p class="sub">（2025年11月6日）</p>
<div class="wmt-body">
{BODY}
</div>
<div class="wmt-bar">⟦a 👍 有用 214　⭐ 收藏　📤 分享给同事⟧</div>
<div class="wmt-more"><h4>⟦l 更多同类范文⟧</h4><ul><li>⟦l 物业公司年终总结大会讲话⟧</li><li>⟦l 小区消防演练动员讲话⟧</li></ul></div>
<div class="wmt-foot">⟦d 范文由用户创作或整理，仅供参考⟧</div>
</body></html>
""",
        body="""
各位同事、各位楼栋长：
今天召开小区冬季安全防范工作会议，主要是分析当前小区安全形势，安排部署冬季安全防范工作。
入冬以来，周边小区接连发生了几起入室盗窃案件，犯罪嫌疑人都是白天敲门试探、无人应答后撬锁入室。我们小区老人多、白天家里没人的也多，防范工作一点都不能松。⟦a ✨ AI帮我改写这一段⟧
⟦a 剩余 62% 内容请在APP内继续阅读 ▾⟧
下面我讲三点要求：一是加强巡逻，白天每两小时、夜间每小时巡查一遍楼道，发现陌生人逐一询问登记。二是开展门镜门锁检查，楼栋长要逐户提醒，门镜损坏的尽快维修，老人家里可以加装低位门镜。三是做好宣传，在每个单元门口张贴防盗提示，告诉大家有人敲门先看门镜、不认识的不开门。
同志们，安全无小事，希望大家各司其职，让业主们过一个平安的冬天。
""",
    ),
    dict(
        slug="writingapp-gaozhi-pe-group-tops-summary-oneline",
        site="稿纸APP (invented writing app, text share)",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://share.gaozhi-app.example.com/d/9fa2c771",
        title="2024—2025学年度第二学期体育组陀螺特色课程工作总结",
        record_title="2024—2025学年度第二学期体育组陀螺特色课程工作总结 | 稿纸APP",
        date="2025-07-05",
        notes="a writing app's text share whose body is on one line (paragraphs apart only by their indent); a | app suffix; a share-card line, an 'open in app' prompt, an AI-continue prompt and a VIP line; the 成文日期 under the signature",
        oneline=True,
        indent="　　",
        page="""
!m 稿纸APP · 分享卡片
!t 2024—2025学年度第二学期体育组陀螺特色课程工作总结
!m 来自 匜口小学体育组 的分享　·　刚刚
{BODY}
!a ✍ 让AI帮你续写下一段
!a 稿纸VIP：解锁全部范文、去除水印
!a 在稿纸APP中打开 ＞
""",
        body="""
本学期，体育组按照学校陀螺特色课程实施方案，在一至六年级开设陀螺课，较好完成了教学任务。
一是课程全面落实。全校24个班每周一节陀螺课，全学期共上课432节，三年级以上学生基本掌握了起转和续鞭动作。
二是比赛取得突破。学校代表队参加县第二届中小学生传统体育（陀螺）比赛，获得小学组团体第二名，两名学生获单项第一名。
三是安全管理到位。严格执行器材统一保管制度，全学期未发生一起陀螺运动伤害事故。
下学期，我们将编写校本教材，并把陀螺表演纳入大课间活动。
匜口镇中心小学体育组
2025年7月5日
""",
    ),
    dict(
        slug="examforum-shangan-essay-clay-pot-reply-to-see",
        site="上岸驿站 (invented exam forum)",
        style="公考论坛",
        genre="申论",
        kind="other",
        form="html",
        source="https://www.shangan-yz.example.com/thread-552031-1-1.html",
        title="一口砂锅里的乡村振兴",
        record_title="[申论习作] 一口砂锅里的乡村振兴（求各位拍砖）- 申论交流 - 上岸驿站",
        date=None,
        notes="exam forum: a [申论习作] prefix, a poster's aside and - board - site suffixes; a relative post time (no date); a 'reply to see the teacher's comment' prompt, a rating row, a study-group ad with a QQ group, a signature and a GMT line",
        page="""
<html><head><meta charset="utf-8"><title>[申论习作] 一口砂锅里的乡村振兴（求各位拍砖）- 申论交流 - 上岸驿站</title></head>
<body>
<div id="top">⟦m 上岸驿站 · 公考人的加油站⟧　⟦a 签到领积分⟧ ⟦a 登录⟧</div>
<div id="crumb">⟦m 上岸驿站 › 申论交流 › 习作批改⟧</div>
<div class="thread">
<h1>⟦t [申论习作] 一口砂锅里的乡村振兴（求各位拍砖）⟧</h1>
<div class="au">⟦m 楼主 备考第二年　发表于 4 天前　查看 2,908 回复 41⟧</div>
<div class="post">
{BODY}
</div>
<div class="hide">⟦a 【隐藏内容】本帖含老师点评，回复后可见⟧</div>
<div class="rate">⟦l 评分人数 11　学习币 +33⟧</div>
<div class="ad">⟦w 申论一对一批改群，QQ群：718830562，备注“驿站”⟧</div>
<div class="sign">⟦l 签名：今年一定上岸！⟧</div>
</div>
<div id="ft">⟦m 上岸驿站　GMT+8, 2025-9-21 07:18⟧</div>
</body></html>
""",
        body="""
在釜川县鍪田镇，一口口砂锅从龙窑里烧出来，走进了全国各地的厨房。一口小小的砂锅，盛着的是一个乡镇产业振兴的大文章。
砂锅能“火”起来，靠的是守住品质。过去，作坊各自为战，釉料良莠不齐，“鍪田砂锅”的名声一度受损。后来，当地成立行业协会，推动全面使用无铅釉料，每批产品检测合格才能出厂，口碑才重新立了起来。
砂锅能“走”出去，靠的是拥抱市场。返乡青年开起网店、直播间，把砂锅的故事讲给网友听；龙窑复烧、研学课程，又把游客引进了镇里。
砂锅能“传”下去，靠的是留住人才。老师傅带徒弟，村党支部把年轻人选进班子，产业才有了后劲。
乡村振兴没有统一的模板。从一口砂锅出发，守住特色、做好品质、留住人才，就能把“土特产”做成富民的大产业。
""",
    ),
    dict(
        slug="examforum-gongkao-interview-pump-point-junk",
        site="公考同行论坛 (invented exam forum, text)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="text",
        source="http://bbs.gktx.example.net/viewthread.php?tid=80417",
        title="社区公益打气点频繁损坏，你作为社区工作人员怎么处理？",
        record_title="【结构化练习】社区公益打气点频繁损坏，你作为社区工作人员怎么处理？ - 面试交流区 - 公考同行论坛",
        date=None,
        notes="exam forum text page: a 【结构化练习】 prefix and - board - site suffixes; forum junk as lines and glued after sentences; a relative post time (no date); a 'like the answer' row, a study-group ad with a WeChat id and two replies",
        junk=dict(lines=2, glued=3),
        page="""
!m 公考同行论坛 » 面试交流区 » 结构化练习
!t 【结构化练习】社区公益打气点频繁损坏，你作为社区工作人员怎么处理？
!m 发帖人：小葵上岸　发表于 2 天前　浏览 1,377
!m 题目：社区在楼道设置了公益打气点，但打气筒频繁被损坏、丢失，部分居民建议撤掉。你作为社区工作人员怎么处理？
!m 我的作答（限时3分钟）：
{BODY}
!a 觉得答得好就点个赞吧 👍（26）
!w 面试模拟练习群，老师每天点评，加微信 gktx-mianshi 拉你进群
!l 回帖 ▏ 海盐味：第二点可以再展开一下，讲讲怎么调动居民
!l 回帖 ▏ 阿远：结构很清楚，学习了
""",
        body="""
公益打气点方便了居民出行，是一件好事，出现频繁损坏的情况，说明管理上还有漏洞，不能一撤了之。我会从以下几个方面处理。
第一，摸清情况。查看楼道监控，走访楼栋长和经常使用的居民，弄清打气筒是使用不当损坏、质量问题损坏，还是被人带走。
第二，完善管理。选用更结实的立柱式打气机，把打气筒固定在墙上；张贴使用说明和爱护公物的提示；招募居民志愿者担任“打气点管理员”，每天检查一次。
第三，引导共建。在居民群里通报打气点的使用情况，征集大家的意见，让居民从“使用者”变成“维护者”。
最后，我会定期总结，把好的做法推广到其他公益设施的管理中。
""",
    ),
]

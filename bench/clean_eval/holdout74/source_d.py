"""holdout74, part D: chess-and-card rooms (棋牌室) — licensing, seniors' rooms, operators. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="fanwen-haoju-card-room-inspection-report-html",
        site="好句范文网 (invented)",
        style="范文站",
        genre="工作报告",
        kind="report",
        form="html",
        source="http://www.haojufw.example.com/baogao/zhuanxiang/20240612/7781.html",
        title="关于全镇棋牌室专项整治工作情况的报告",
        record_title="关于全镇棋牌室专项整治工作情况的报告【精选】",
        date="2024-06-07",
        notes="old gbk table layout: marquee, 【阅读字号】 row, weekly hot list, visitor counter; inspection table kept; a VIP prompt glued after the signature date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"><title>关于全镇棋牌室专项整治工作情况的报告【精选】_好句范文网</title></head>
<body>
<table width="980"><tr><td>⟦m 好句范文网 — 海量范文 随查随用⟧</td><td>⟦a 会员中心 | 充值⟧</td></tr>
<tr><td colspan="2"><marquee>⟦m 温馨提示：本站新增“专项整治”栏目，欢迎投稿！⟧</marquee></td></tr></table>
<table><tr><td>⟦m 当前位置：好句范文网 → 工作报告 → 专项报告⟧</td></tr></table>
<table><tr><td valign="top" width="700">
<p align="center">{T}</p>
<p>⟦a 【阅读字号：特大 大 中 小】⟧</p>
{BODY}
</td><td valign="top"><p>⟦l 本周热门⟧</p><p>⟦l 安全生产大检查工作报告⟧</p><p>⟦l 扫黑除恶专项斗争推进情况汇报⟧</p></td></tr></table>
<table><tr><td>⟦m 今日访问：3105　总访问：8802716⟧</td></tr></table>
</body></html>
""",
        body="""
县公安局：
按照县里统一部署，我镇于5月对辖区棋牌室开展了专项整治，现将情况报告如下。
检查结果如下：
检查项目　检查家数　发现问题
消防安全　37　9
未成年人进入　37　2
一、对存在问题的11家棋牌室，已全部下达整改通知书，限期整改。
二、下一步，将建立镇村两级巡查机制，每月至少检查一次。
磬岭县西塘镇人民政府
2024年6月7日⟦a 开通VIP，免费下载本文Word版⟧
""",
    ),
    dict(
        slug="wenku-duoye-card-room-rules-wrapped-markers",
        site="多页文库 (invented)",
        style="文库预览",
        genre="规章制度",
        kind="other",
        form="text",
        source="https://www.duoyewenku.example.com/p-63390172.html",
        title="老年活动中心棋牌室管理制度",
        record_title="老年活动中心棋牌室管理制度（word可编辑）",
        date=None,
        notes="hard-wrapped at 58 columns and cut by page markers ‹第n张› between wrapped lines; uploader and page count; no date",
        page="""
!m 多页文库　>　行业资料　>　管理制度
!t 老年活动中心棋牌室管理制度（word可编辑）
!m 共2页　　贡献者：夕阳红阿姨　　上传日期：2023-12-18
{BODY}
!a 试读结束，本文档剩余内容需付费2元下载
!a 付费下载　　加入VIP畅读
!d 文档内容来自用户上传，多页文库不保证其准确性。
""",
        wrap=58,
        indent="\u3000\u3000",
        pages=dict(fmt="‹第{n}张›", every=110, start=2),
        body="""
一、棋牌室为本中心老年人休闲娱乐场所，开放时间为每日上午8:30至11:30、下午14:00至17:00。
二、室内严禁以任何形式赌博，严禁吸烟，发现一次即取消当月使用资格。
三、棋牌用具用后归位，损坏照价赔偿；管理员每日清点一次。
四、活动中如身体不适，请立即告知管理员，室内备有常用急救药品。
""",
    ),
    dict(
        slug="gov-chuiyang-card-room-license-guide-html",
        site="硖川县政务服务网 (invented)",
        style="政府门户",
        genre="办事指南",
        kind="other",
        form="html",
        source="http://zwfw.xiachuan.example.gov.cn/bszn/item/4405-0033.html",
        title="娱乐场所（棋牌室）备案办事指南",
        record_title="娱乐场所（棋牌室）备案办事指南_办事指南_硖川县政务服务网",
        date="2024-02-26",
        notes="service-hall guide: 在线办理/收藏 buttons, 评价 box, 12345 footer; the window's own 咨询电话 kept; update date row",
        page="""
<html><head><meta charset="utf-8"><title>娱乐场所（棋牌室）备案办事指南_办事指南_硖川县政务服务网</title></head>
<body>
<div class="top">⟦m 硖川县政务服务网⟧ ⟦a 个人登录⟧ ⟦a 法人登录⟧</div>
<div class="nav">⟦m 首页 ＞ 办事指南 ＞ 文化旅游⟧</div>
<h2>{T}</h2>
<div class="ops">⟦a 在线办理⟧ ⟦a 收藏事项⟧ ⟦a 下载指南⟧</div>
<div class="info">⟦m 更新日期：2024-02-26　事项编码：11440522MB2C9-0033⟧</div>
{BODY}
<div class="pj">⟦l 办事评价：非常满意 满意 基本满意 不满意⟧</div>
<div class="ft">⟦m 政务服务便民热线：12345　主办：硖川县政务服务管理局⟧</div>
</body></html>
""",
        body="""
一、办理依据：《娱乐场所管理条例》及本省有关规定。
二、申请材料：1.备案登记表；2.营业执照复印件；3.经营场所消防安全检查合格证明。
三、办理时限：材料齐全的，当场办结。
四、办理地点：县政务服务中心二楼文旅窗口，咨询电话：0762-3328170。
""",
    ),
    dict(
        slug="news-qiaotian-card-room-seniors-news",
        site="硚田融媒 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.qiaotianrongmei.example.cn/p/20241108/93310.html",
        title="村里的棋牌室变成了“老年食堂+学习角”",
        record_title="村里的棋牌室变成了“老年食堂+学习角”_硚田融媒",
        date="2024-11-08",
        notes="news app page: 打开APP prompt between paragraphs, a hot-search link, the 来源/编辑 lines; byline date",
        page="""
!m 硚田融媒　|　看硚田，就上硚田融媒
!t 村里的棋牌室变成了“老年食堂+学习角”_硚田融媒
!m 2024-11-08 10:32　　来源：硚田融媒记者 甘露
{BODY}
!m 编辑：刘沛　　审核：钟毅
!l 热搜：硚田冬季供暖时间确定
!a 打开硚田融媒APP，阅读体验更佳
""",
        body="""
走进硚田县石桥村党群服务中心，原来烟雾缭绕的棋牌室不见了，取而代之的是一间明亮的老年食堂和学习角。
村党支部书记吴国强说，过去村里棋牌室多，有的还带点“彩头”，老人们一坐就是一整天。
⟦a 打开APP看更多现场视频⟧
如今，老人们吃过午饭，就在学习角读报、下象棋，每周还有志愿者来教用智能手机。
""",
    ),
    dict(
        slug="forum-laojie-card-room-noise-complaint",
        site="老街坊论坛 (invented)",
        style="论坛",
        genre="信件",
        kind="other",
        form="text",
        source="https://www.laojiefang.example.net/t/44027",
        title="致楼下棋牌室经营者的一封信",
        record_title="致楼下棋牌室经营者的一封信（求扩散）",
        date="2024-12-01",
        date_also=["2024-12-02"],
        notes="forum post with jammer junk glued after sentences; signature date and post date differ; floor replies; hashtags",
        page="""
!m 老街坊论坛 › 邻里之间 › 帖子详情
!t 致楼下棋牌室经营者的一封信（求扩散）
!m 5号楼的老王　　发表于 2024-12-02 07:12　　来自手机
{BODY}
!l #邻里噪音 #棋牌室
!l 2楼　楼上的晚睡星人：支持，我家也吵得睡不着
!l 3楼　管理员：已联系社区网格员跟进
!a 分享到微信　　举报此帖
""",
        junk=dict(lines=1, glued=2),
        body="""
楼下棋牌室的老板：
您好！我是5号楼三单元的住户。近两个月，棋牌室常常营业到凌晨一两点，洗牌声、说笑声影响了楼上十几户人家休息。
家里有高考生，也有刚出院的老人，实在熬不住了。恳请您晚上十一点前关门，并在门口加装隔音帘。
谢谢理解！
5号楼三单元全体住户
2024年12月1日
""",
    ),
    dict(
        slug="blog-jingguan-card-room-policeman-notes",
        site="社区民警老管的博客 (invented)",
        style="博客",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://laoguan.blog.example.com/post/2024/05/11/qipaishi.html",
        title="查了三年棋牌室，我总结出这几条",
        record_title="查了三年棋牌室，我总结出这几条 - 社区民警老管的博客 - 博客园区",
        date="2024-05-11",
        notes="old-style blog: bracketed post time (page's date), 阅读/评论 counts, archive sidebar, a reprint note; numbered list",
        page="""
!m 社区民警老管的博客
!m 警民一家亲，平安你我他
!t 查了三年棋牌室，我总结出这几条
!m [2024-05-11 21:06]　　分类：警务随笔　　阅读(612)　评论(9)
{BODY}
!d 转载请注明作者老管，谢谢。
!l 博文归档：2024年5月(3)　2024年4月(5)
!l 最近访客：晨曦 / 一棵树 / 明月
""",
        body="""
当社区民警这几年，检查棋牌室是家常便饭。说几点自己的体会：
1. 查消防比查赌博更要紧。很多棋牌室开在地下室，一个灭火器都没有。
2. 多跟老板讲道理。大部分经营者是愿意守法的，讲清楚政策比罚款管用。
3. 留意未成年人。放学后有学生进棋牌室的，要及时联系学校和家长。
""",
    ),
    dict(
        slug="wechat-mirror-xiachuan-card-room-initiative-html",
        site="微阅镜像站 (invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://weiyue.example.com/mp/xiachuanpingan/2024070301",
        title="远离赌博 健康娱乐——致全县棋牌室经营者的倡议书",
        record_title="远离赌博 健康娱乐——致全县棋牌室经营者的倡议书",
        date="2024-07-03",
        notes="<section><span> mirror: account header with date, 在看/点赞 row, a follow card; the 举报电话 of the document kept",
        p_html='<section><span style="font-size:15px;">{}</span></section>',
        page="""
<html><head><meta charset="utf-8"><title>远离赌博 健康娱乐——致全县棋牌室经营者的倡议书</title></head>
<body>
<div class="rich_media">
<h2>{T}</h2>
<div class="meta">⟦m 平安硖川　2024-07-03 18:00　广东⟧</div>
{BODY}
<div class="tail">⟦a 分享　收藏　点赞　在看⟧</div>
<div class="card">⟦a 长按识别二维码 关注“平安硖川”⟧</div>
<div class="mirror">⟦d 本页面由微阅镜像自动抓取生成，如有侵权请联系删除⟧</div>
</div>
</body></html>
""",
        body="""
全县棋牌室经营者：
棋牌娱乐是群众喜爱的休闲方式，但一旦沾上赌博，就会害人害己。为此，我们倡议：
一、守法经营，不为赌博提供场所和条件。
二、不接待未成年人，室内张贴禁赌标识。
三、发现赌博线索，及时拨打举报电话0762-3300110。
硖川县公安局治安管理大队
""",
    ),
    dict(
        slug="docshare-wendoudou-card-room-lease-template-html",
        site="文豆豆 (invented)",
        style="文档分享",
        genre="合同",
        kind="other",
        form="html",
        source="https://www.wendoudou.example.com/doc/552108947.html",
        title="棋牌室房屋租赁合同",
        record_title="棋牌室房屋租赁合同.doc",
        date=None,
        notes="sharing reader with page markers as HTML paragraphs (⁂n⁂); template placeholders kept; uploader stamp no date",
        pages=dict(fmt="⁂{n}⁂", every=60, start=2),
        page="""
<html><head><meta charset="utf-8"><title>棋牌室房屋租赁合同.doc - 文豆豆</title></head>
<body>
<div class="hd">⟦m 文豆豆 · 每个人的文档库⟧ ⟦a 上传文档⟧</div>
<div class="docinfo">⟦m 棋牌室房屋租赁合同.doc　　3页　　上传者：租房小能手　　2024-03-11上传⟧</div>
<div class="reader">
<h1>{T}</h1>
{BODY}
</div>
<div class="end">⟦a 还剩1页未读，继续阅读⟧ ⟦a 下载需5豆⟧</div>
<div class="rec">⟦l 你可能还喜欢：商铺租赁合同范本 ｜ 茶楼转让协议⟧</div>
</body></html>
""",
        body="""
出租方（甲方）：__________　承租方（乙方）：__________
第一条　甲方将位于______路____号的房屋出租给乙方用作棋牌室经营，建筑面积____平方米。
第二条　租赁期限自____年__月__日起至____年__月__日止。
第三条　乙方应依法办理相关备案手续，不得利用租赁房屋从事赌博等违法活动，否则甲方有权解除合同。
""",
    ),
    dict(
        slug="edu-kunlan-card-room-students-notice",
        site="礅岭县教育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://jyj.dunling.example.gov.cn/xxgk/tzgg/2024/0115/2291.html",
        title="关于寒假期间加强学生校外安全教育的通知",
        record_title="关于寒假期间加强学生校外安全教育的通知",
        date="2024-01-15",
        notes="education bureau text page: document number neutral; chrome glued before a sentence; Chinese-numeral 成文日期; 抄送 版记 kept",
        page="""
!m 礅岭县教育局　　教育信息公开
!m 首页 - 信息公开 - 通知公告
{T}
礅教安〔2024〕2号
!m 发布机构：县教育局安全股　　发布日期：2024-01-15　　【大 中 小】
{BODY}
!a 【打印正文】　【关闭】
!m 礅岭县教育局版权所有　技术支持：县电教中心
""",
        body="""
各中小学、幼儿园：
寒假将至，为保障学生假期安全，现就有关事项通知如下：
一、各校要开展一次校外安全专题教育，重点提醒学生不进入网吧、棋牌室等未成年人不宜进入的场所。
二、⟦m 本文来源：县教育局⟧各校要通过家长会、告家长书等方式，提醒家长切实履行监护责任。
礅岭县教育局
二〇二四年一月十五日
抄送：县公安局，县文化广电旅游体育局。
""",
    ),
    dict(
        slug="oa-jinpai-card-room-chain-monthly-report",
        site="金牌休闲连锁 内部OA (invented)",
        style="企业内网",
        genre="工作报告",
        kind="report",
        form="text",
        source="http://oa.jinpaixx.example.com/portal/doc?id=5512",
        title="2024年10月门店安全运营月报",
        record_title="内部公文-2024年10月门店安全运营月报",
        date="2024-11-04",
        notes="OA export: approval trail, 已读/未读 count, watermark line; data table kept; decimal headings",
        page="""
!m 金牌休闲连锁内部OA　｜　公文中心
!m 水印：运营部 张涛 2024-11-05
!t 内部公文-2024年10月门店安全运营月报
{BODY}
!m 审批意见：同意。请各店按要求整改。——总经理 孙岩 2024-11-05
!m 已读 26 人　未读 3 人
!d 内部资料，严禁外传
""",
        body="""
1.1 总体情况：10月全部8家门店正常营业，未发生安全事故。
1.2 巡检情况：
门店　消防巡检　问题数
城东店　4次　0
河西店　4次　2
2.1 整改要求：河西店两处疏散指示灯损坏，须于11月10日前修复。
运营部
2024年11月4日
""",
    ),
    dict(
        slug="qa-fawen-card-room-gambling-line",
        site="法问网 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.fawen365.example.com/q/7712930.html",
        title="棋牌室里打牌多大金额算赌博？",
        record_title="棋牌室里打牌多大金额算赌博？-法问网",
        date=None,
        notes="legal Q&A: asker meta with a relative time, answer card with a lawyer's consult prompt, vote bar; no date",
        page="""
!m 法问网　免费法律咨询
!m 法问网 > 治安管理 > 赌博
{T}
!m 网友咨询　　1周前　　来自砀原
!m 律师回答：马律师（执业证号已认证）
{BODY}
!w 案情复杂？一对一电话咨询马律师
!l 有帮助(56)　　追问
!l 相关问题：在家打麻将被举报怎么办？
""",
        body="""
法律上并没有一个全国统一的金额标准，各地公安机关会结合当地经济水平确定认定标准。
一般来说，亲友之间娱乐性质、数额很小的打牌不认定为赌博；以营利为目的、输赢较大的，可能被处以治安处罚。
棋牌室经营者如果为赌博提供条件，还可能承担更重的责任。
""",
    ),
]

"""holdout194, part B: 博客, 公众号镜像, 文档分享, 教育门户, 企业内网 (one HTML, one text each).

Invented text, sites, places and people. See ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="blog-laojiang-lifejacket-checkup-tagcloud",
        site="划水的老桨 (invented, WordPress-like blog)",
        style="博客",
        genre="随笔",
        kind="other",
        form="html",
        source="https://laojiang.blog.paddle-notes.cn/2025/04/lifejacket-checkup/",
        title="开春第一件事：给救生衣做一次“体检”",
        record_title="开春第一件事：给救生衣做一次“体检” | 划水的老桨",
        date="2025-04-06",
        notes="blog page with a bracketed post time (the page's date), tag cloud, archive, comment form and a 'buy me a coffee' line glued after the last paragraph; a figure caption between paragraphs",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="UTF-8"><title>开春第一件事：给救生衣做一次“体检” | 划水的老桨</title>
<link rel="stylesheet" href="/wp-content/themes/lake/style.css"><script src="/wp-includes/js/wp-emoji.js"></script></head>
<body class="single">
<header><div class="site-title">⟦m 划水的老桨⟧</div><div class="site-desc">⟦m 一条皮划艇，半生江湖水⟧</div>
<nav>⟦m 首页　装备　航线　随笔　关于⟧</nav></header>
<main><article>
<h1 class="entry-title">{T}</h1>
<div class="entry-meta">⟦m [2025-04-06 20:13]　分类：装备　阅读 (512)⟧</div>
<div class="entry-content">
{BODY}
</div>
<div class="tags">⟦l 标签：救生衣 / 皮划艇 / 装备保养⟧</div>
<div class="post-nav">⟦l « 去年秋天的瓿江夜划⟧ ⟦l 鬲浦水库桨板初体验 »⟧</div>
<div id="comments"><h3>⟦l 3 条评论⟧</h3><p>⟦l 江边鸥：学到了，我的救生衣也是六年前买的⟧</p>
<form>⟦a 发表评论　昵称（必填）　邮箱（必填）　提交⟧</form></div>
</article></main>
<aside><h4>⟦l 标签云⟧</h4><p>⟦l 皮划艇 桨板 救生衣 航线 露营 急救 天气⟧</p><h4>⟦l 文章归档⟧</h4><p>⟦l 2025年4月 (3)　2025年3月 (5)　2025年2月 (2)⟧</p></aside>
<footer>⟦d 本站文章除注明外均为原创，转载请保留出处。⟧ ⟦m 自豪地采用 WordPress⟧</footer>
</body></html>
""",
        body="""
天气一暖，江上的桨友又多起来了。下水之前，我照例把家里的三件救生衣翻出来，一件一件做“体检”。
先看外观。面料有没有褪色发脆，缝线有没有开口，搭扣和拉链能不能扣牢。有一件的侧边织带已经起毛，我直接换了新的。
⟦m 图：侧边织带起毛的救生衣，已经退役⟧
再看浮力。把救生衣放进浴缸，上面压一块两公斤的哑铃，泡上十分钟，能稳稳托住、不往下沉的才算合格。泡过后要挂在阴凉处晾干，千万别暴晒。
最后看配件。口哨还响不响，反光条还亮不亮。夜划的时候，这两样东西可能比救生衣本身还管用。
救生衣不是摆设，穿在身上才有用，坏了就要换。⟦w 觉得有用可以请老桨喝杯咖啡，支付宝 laojiang_paddle⟧
""",
    ),
    dict(
        slug="blog-laozhou-powerstrip-wrapped-58",
        site="老周的电工笔记 (invented)",
        style="博客",
        genre="随笔",
        kind="other",
        form="text",
        source="http://laozhou-dg.blogbus.example.cn/post/2025/02/16/power-strip",
        title="老电工说排插：这五种用法最危险",
        record_title="【电工笔记】老电工说排插：这五种用法最危险 - 老周的电工笔记",
        date="2025-02-16",
        notes="hard-wrapped at 58 columns; a numbered list; a 发表于 byline as the page's date; blog header, category line, prev/next and a subscribe prompt",
        page="""
!m 老周的电工笔记
!m ——干了三十年电工，说点实在话
!m 首页｜电工常识｜家装用电｜留言板
{T}
!m 发表于 2025年2月16日 21:07　|　分类：家装用电　|　评论（12）
{BODY}
!a 订阅本博客：输入邮箱，新文章第一时间送达
!l ← 上一篇：空气开关老跳闸，先别急着换
!l → 下一篇：卫生间插座为什么要带防溅盒
!m 本博客已运行 2931 天　访问量 218,604
""",
        wrap=58,
        body="""
过年这几天，我被邻居叫去修了三回电，回回都跟排插有关。干了三十年电工，我把最危险的五种用法列出来，大家对照看看。
1. 排插串排插。一个插一个，总功率一加，线就发烫。
2. 电暖器、电磁炉这类大功率电器插在排插上，长时间满负荷。
3. 排插放在床上、沙发上或者地毯上，散热不好，起火了还不容易发现。
4. 插孔被烧黑、外壳变形了还接着用，总觉得“还能凑合”。
5. 厨房、卫生间用普通排插，溅上水也不在意。
买排插认准3C标志，用的时候别超过额定功率，人离开时顺手关掉开关，这三条记住，能免掉大部分麻烦。
""",
    ),
    dict(
        slug="wechat-weijing-pillbox-pharmacist-account",
        site="微镜阅读 (invented WeChat mirror)",
        style="公众号镜像",
        genre="健康科普",
        kind="other",
        form="html",
        source="https://www.weijingyuedu.com/a/gpxrmyy/20250520/9c1d7e.html",
        title="分药盒用对了吗？这五个细节要注意",
        title_also=["药师提醒｜分药盒用对了吗？这五个细节要注意"],
        record_title="药师提醒｜分药盒用对了吗？这五个细节要注意 | 微镜阅读",
        date="2025-05-20",
        notes="WeChat mirror with an account line (the page's date), a follow prompt glued before the first paragraph, star/在看/赞赏 rows; the body's own sentence about following the hospital's account and booking a pharmacist stays",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>药师提醒｜分药盒用对了吗？这五个细节要注意 | 微镜阅读</title></head>
<body>
<div class="mirror-bar">⟦m 微镜阅读 · 公众号文章存档⟧　⟦a 查看原文⟧</div>
<div id="js_article" class="rich_media">
<h1 class="rich_media_title">⟦m 药师提醒｜⟧{T}</h1>
<div class="rich_media_meta">⟦m 鬲浦县人民医院　2025年05月20日 08:30　广东⟧</div>
<div class="rich_media_content">
{BODY}
</div>
<div class="after">⟦a 喜欢此内容的人还喜欢⟧</div>
<div class="tool">⟦a 阅读 3284　　分享　　点赞 61　　在看 25⟧</div>
<div class="reward">⟦a 喜欢作者 · 赞赏⟧</div>
<div class="qr">⟦a 长按识别二维码，关注“鬲浦县人民医院”⟧</div>
</div>
<div class="mirror-foot">⟦d 本页内容转自微信公众号，版权归原作者所有，如需删除请联系 admin@weijingyuedu.com⟧</div>
</body></html>
""",
        p_html='<section><p style="line-height:1.75em;"><span>{}</span></p></section>',
        body="""
⟦a 点击上方蓝字，关注我们⟧家里老人吃药种类多，很多子女会买一个分药盒，一周的药一次分好。分药盒确实方便，但用不好也会出问题。医院药学部的药师总结了五个细节。
一是不是所有药都能拆出来分装。硝酸甘油、部分泡腾片和需要避光的药，拆开后容易失效，最好保留原包装。
二是分装量不宜太多。一般一次分一周，药片在空气中放久了会受潮。
三是药盒要放在阴凉干燥处，不要放在灶台边或者窗台上。
四是药名要记得住。建议把用药清单贴在药盒背面，写清药名、剂量和服药时间。
五是调整了处方要重新分装，不要新旧药混在一起。
如有疑问，可关注医院公众号，在“药事服务”栏目预约药师一对一用药咨询。
""",
    ),
    dict(
        slug="wechat-gongwenzhai-leash-pledge-account-date",
        site="公号文摘 (invented WeChat mirror)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://gongwenzhai.example.net/mp/fushanjiedao/2025-04-30/leash",
        title="关于文明养犬、出门拴绳的倡议书",
        record_title="关于文明养犬、出门拴绳的倡议书 - 罘山街道发布 - 公号文摘",
        date="2025-04-28",
        date_also=["2025-04-30"],
        notes="WeChat mirror text: the account's line date differs from the 成文日期 under the signature (the document's is expected); a 在看/分享 row glued after the last 。 of a paragraph; a 'reply 1 for the form' line between paragraphs",
        page="""
!m 公号文摘｜好文章值得被保存
!m 原文来自公众号：罘山街道发布
{T}
!m 罘山街道发布　2025-04-30 18:20
!a 阅读原文　　　复制链接
{BODY}
!a 👍 赞　　↗ 分享　　❤ 在看
!l 往期推荐：罘山街道公益宠物医院义诊周｜社区“共享拾便袋”箱上岗啦
!d 文摘内容由系统自动抓取，若侵犯了您的权益请联系我们删除。
""",
        body="""
广大养犬居民朋友们：
近年来，辖区养犬家庭越来越多，狗狗给生活增添了乐趣，但不拴绳遛狗、犬只伤人等问题也时有发生。为营造安全、文明、和谐的居住环境，罘山街道向全体养犬居民发出如下倡议：
一、依法登记。及时为犬只办理登记，按时接种狂犬病疫苗。
二、出门拴绳。携犬出户时，主动为犬只束好牵引绳，在人多的地方收短绳子，主动避让老人和儿童。
⟦a 回复“1”获取犬只登记材料清单⟧
三、及时清理。随身携带拾便袋，及时清理犬只粪便。⟦a 觉得有用就点个在看吧⟧
四、不扰邻里。管好犬只吠叫，不带犬只进入学校、菜市场等公共场所。
文明养犬，从拴好一根绳开始。让我们携起手来，共建文明家园！
罘山街道办事处
2025年4月28日
""",
    ),
    dict(
        slug="docshare-gongdu-request-screwdriver-wps",
        site="共读文档 (invented)",
        style="文档分享",
        genre="请示",
        kind="other",
        form="html",
        source="https://www.gongduwendang.com/doc/2025/0311/5107723.html",
        title="关于采购绝缘螺丝刀等电工工具的请示",
        record_title="关于采购绝缘螺丝刀等电工工具的请示.wps",
        date="2025-03-10",
        notes="file-name record title (.wps); sharing viewer with an upload notice, a service WeChat line beside the request's own 联系人/电话; a list of tools as a table one row a paragraph",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于采购绝缘螺丝刀等电工工具的请示.wps - 共读文档</title></head>
<body>
<div class="top">⟦m 共读文档 — 好文档 大家读⟧ ⟦a 传文档 赚现金⟧</div>
<div class="path">⟦m 共读文档 › 行政公文 › 请示报告⟧</div>
<h2 class="dname">{T}</h2>
<div class="dinfo">⟦m 格式：WPS　页数：2　上传时间：2025-03-11　贡献者：aqi_1988⟧</div>
<div class="notice">⟦d 温馨提示：本文档由网友上传分享，仅供学习交流，请勿用于商业用途。⟧</div>
<div class="viewer">
{BODY}
</div>
<div class="dl">⟦a 免费下载　｜　在线编辑　｜　放进我的书架⟧</div>
<div class="kf">⟦w 找不到想要的文档？联系客服微信 gddoc_kf02 代为查找⟧</div>
<div class="more"><b>⟦l 猜你喜欢⟧</b> ⟦l 关于购置维修工具的请示范文⟧ ⟦l 电工班组工具管理制度⟧</div>
<div class="ft">⟦m 共读文档 www.gongduwendang.com　蜀ICP备21008814号⟧</div>
</body></html>
""",
        body="""
县机关事务服务中心：
我所负责县行政中心3栋办公楼的水电维修，现有电工工具多为2016年配置，部分螺丝刀、钢丝钳绝缘手柄已开裂，存在触电隐患。为保障维修人员作业安全，拟采购一批绝缘电工工具，具体如下：
名称　规格　数量　预算单价（元）
绝缘十字螺丝刀　PH1、PH2　各6把　38
绝缘一字螺丝刀　5.5毫米、6.5毫米　各6把　36
绝缘钢丝钳　8英寸　6把　85
以上合计预算1332元，拟从本所公用经费中列支。
妥否，请批示。
联系人：钱志强　电话：0813-6620531
耘川县行政中心物业维修所
2025年3月10日
""",
    ),
    dict(
        slug="docshare-shuiyun-rules-lifejacket-doc-articles",
        site="水云文档网 (invented)",
        style="文档分享",
        genre="制度",
        kind="rule",
        form="text",
        source="https://www.shuiyundoc.com/p-98120447.html",
        title="豌坪村渔船救生衣使用管理制度",
        record_title="豌坪村渔船救生衣使用管理制度.doc",
        date=None,
        notes="file-name record title (.doc); 第N条 articles, one of them telling crews to print and post the register; a rule with only an effective clause has no date; upload stamp and a points prompt",
        page="""
!m 水云文档网　shuiyundoc.com
!m 当前位置：首页 > 制度规范 > 农业农村
!t 豌坪村渔船救生衣使用管理制度.doc
!m 文档大小：26KB　　上传者：渔港边　　上传日期：2025-06-02　　浏览：344
!a 下载需要：2积分　　【收藏】【举报】
{BODY}
!a 点击下载完整版 >>
!d 本站文档均来自网络或用户投稿，仅供参考，版权归原作者所有。
!l 相关文档：渔船安全生产责任书　｜　渔港防台风应急预案
""",
        body="""
第一条　为保障本村渔民出海作业安全，根据有关规定，结合本村实际，制定本制度。
第二条　本村所有渔船按船员定额配足救生衣，每人一件，另备两件应急救生衣，统一存放在驾驶舱外侧便于取用的位置。
第三条　船员出港、作业、返航全程必须穿着救生衣，船长负责督促检查。
第四条　救生衣每季度检查一次，发现浮力不足、破损、反光条脱落的，及时报村渔业合作社更换。
第五条　村委会建立救生衣登记台账，各船打印一份张贴在驾驶舱内，每次检查后签字。
第六条　对不按规定穿着救生衣的船员，由村委会批评教育；屡教不改的，停止其当年渔业补贴申报资格。
第七条　本制度自印发之日起施行。
""",
    ),
    dict(
        slug="edu-yunchuan-notice-lifejacket-school-care",
        site="耘川教育网 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.yunchuan.gov.cn/tzgg/2025/0515/20250515102.html",
        title="关于开展“救生衣进校园”防溺水主题教育活动的通知",
        record_title="[通知公告] 关于开展“救生衣进校园”防溺水主题教育活动的通知 - 耘川教育网",
        date="2025-05-13",
        date_also=["2025-05-15"],
        notes="education bureau with 关怀版/无障碍 links; the 发布时间 differs from the 成文日期; the document's 联系人/电话/邮箱 beside the site's technical line; 附件 list; a sentence about downloading and printing the 告家长书 stays",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>[通知公告] 关于开展“救生衣进校园”防溺水主题教育活动的通知 - 耘川教育网</title>
<script src="/js/zoom.js"></script></head>
<body>
<div class="tb">⟦a 关怀版⟧ ⟦a 无障碍⟧ ⟦a 智能问答⟧</div>
<div class="logo">⟦m 耘川县教育局　耘川教育网⟧</div>
<div class="nav">⟦m 首页 | 教育要闻 | 通知公告 | 政务公开 | 招生考试 | 教师发展⟧</div>
<div class="pos">⟦m 您当前的位置：首页 &gt; 通知公告⟧</div>
<div class="title"><h2>{T}</h2></div>
<div class="info">⟦m 发布时间：2025-05-15　作者：安全办　浏览：1186⟧ ⟦a 【打印】⟧</div>
<div class="content">
{BODY}
</div>
<div class="attach">⟦a 附件下载：告家长书.docx（32KB）⟧</div>
<div class="bottom"><p>⟦m 耘川县教育局　地址：耘川县文昌路18号⟧</p><p>⟦m 网站技术支持：0739-8812370⟧</p><p>⟦m 湘ICP备10220453号-2⟧</p></div>
</body></html>
""",
        body="""
各中小学校、幼儿园：
为进一步增强学生防溺水意识，教会学生正确穿戴救生衣，县教育局决定于5月下旬至6月中旬在全县开展“救生衣进校园”防溺水主题教育活动。现将有关事项通知如下：
一、活动内容
（一）上好一堂课。各校利用班会课讲解溺水危害，由体育教师现场演示救生衣的穿戴方法。
（二）开展一次演练。靠近河塘、水库的学校要组织一次落水自救和救生衣抛投演练。
（三）发放一封信。各校从县教育局网站下载《告家长书》，打印后由学生带回家中，请家长签字后交回班主任。
二、工作要求
各校要于6月20日前将活动总结报县教育局安全办。
联系人：龙小兰　电话：0739-8812315　邮箱：yc_anquan@163.com
附件：告家长书
耘川县教育局
2025年5月13日
""",
    ),
    dict(
        slug="edu-gepu-school-powerstrip-dorm-check-table",
        site="鬲浦县第二中学 (invented, school site on the county education cloud)",
        style="教育门户",
        genre="通报",
        kind="notice",
        form="text",
        source="http://gp2z.gepuedu.cn/xxgk/aqjy/2025/1107/3328.html",
        title="关于学生宿舍违规使用插线板专项检查情况的通报",
        record_title="关于学生宿舍违规使用插线板专项检查情况的通报（校园安全）_鬲浦二中",
        date="2025-11-07",
        notes="school page on a county education cloud; a data table one row a paragraph; an 'open the elder mode' link and a visit counter; date under the signature",
        page="""
!m 鬲浦县教育云平台 · 学校空间
!m 鬲浦县第二中学
!a 长辈模式　|　登录
!m 首页 » 信息公开 » 安全教育
{T}
!m 作者：政教处　　点击数：602　　更新时间：2025-11-08
!a 〔字号 大 中 小〕　〔打印〕
{BODY}
!l 上一篇：我校举行冬季消防疏散演练
!l 下一篇：关于做好寒假前学生安全教育的通知
!m 鬲浦县第二中学 版权所有　地址：鬲浦县学府路6号　电话：0766-5571020
""",
        body="""
各班级：
11月5日晚，学校政教处、后勤处联合对男女生宿舍开展了违规使用插线板专项检查。现将检查情况通报如下：
宿舍楼　检查寝室数　违规寝室数　收缴物品
男生1号楼　96　7　插线板5个、热得快2个
男生2号楼　88　4　插线板4个
女生楼　120　9　插线板6个、卷发棒3个
检查发现，部分寝室私拉插线板为手机和台灯充电，个别插线板放在床铺被褥中，存在较大火灾隐患。
学校决定：对违规寝室扣除本月文明寝室评比分，收缴物品由班主任通知家长领回。请各班于本周班会课再次开展安全用电教育，宿舍需要充电的，统一到各楼层充电柜充电。
鬲浦县第二中学政教处
2025年11月7日
""",
    ),
    dict(
        slug="oa-fengrui-minutes-screwdriver-torque",
        site="锋锐工具集团协同办公平台 (invented intranet)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.fengrui-tools.local/doc/view?docid=20250409-0021",
        title="螺丝刀产品扭矩不合格问题质量分析会会议纪要",
        record_title="办公门户 › 公文阅办 › 螺丝刀产品扭矩不合格问题质量分析会会议纪要",
        date="2025-04-09",
        notes="intranet document view with its 流转记录, read count and approval opinion; the minutes' 时间/地点/主持/参会/记录 lines stay in the body, the 时间 line gives the date; a 'mark as read' button",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>办公门户 › 公文阅办 › 螺丝刀产品扭矩不合格问题质量分析会会议纪要</title>
<script src="/oa/js/doc-view.js"></script></head>
<body>
<div class="oa-top">⟦m 锋锐工具集团协同办公平台⟧ ⟦m 当前用户：质量部 汤敏⟧ ⟦a 安全退出⟧</div>
<div class="oa-menu">⟦m 待办(3)　已办　公文阅办　会议管理　通讯录⟧</div>
<div class="oa-path">⟦m 办公门户 › 公文阅办 › 会议纪要⟧</div>
<div class="doc-title"><h3>{T}</h3></div>
<div class="doc-attr">⟦m 拟稿部门：质量部　密级：内部　阅读次数：57⟧</div>
<div class="doc-ops">⟦a 标记已阅　转发　打印　导出PDF⟧</div>
<div class="doc-body">
{BODY}
</div>
<div class="flow"><h4>⟦m 流转记录⟧</h4>
<p>⟦m 2025-04-09 17:20　质量部 汤敏　拟稿⟧</p>
<p>⟦m 2025-04-10 09:03　生产副总 邝建国　审核：同意，按纪要抓落实⟧</p>
<p>⟦m 2025-04-10 09:40　办公室 分发至各部门⟧</p></div>
<div class="oa-foot">⟦d 内部资料 严禁外传⟧　⟦m 技术支持：信息中心 分机 8010⟧</div>
</body></html>
""",
        body="""
时间：2025年4月9日14:30
地点：公司三楼质量会议室
主持：邝建国
参会：质量部、技术部、装配车间、热处理车间、采购部负责人
记录：汤敏
会议通报了3月下旬客户退回的两批十字螺丝刀扭矩检测不合格问题，分析了原因，议定事项如下：
一、经复检，不合格原因主要是热处理车间一台网带炉温控偏差，导致部分批头硬度偏低。热处理车间于4月15日前完成温控系统校准。
二、技术部修订批头扭矩抽检规范，抽检比例由千分之二提高到千分之五。
三、采购部对S2钢材供应商开展一次现场审核。
四、质量部对库存同批次产品全部复检，不合格品一律报废，不得返工后出厂。
""",
    ),
    dict(
        slug="oa-xinguang-notice-lab-powerstrip-extension",
        site="新光电器有限公司内网 (invented)",
        style="企业内网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://intranet.xinguang-dq.local/notice/2025/0623-07",
        title="关于规范检测实验室插线板使用的通知",
        record_title="〔内部通知〕关于规范检测实验室插线板使用的通知",
        date="2025-06-23",
        notes="intranet text view: a reading-confirmation row and the IT desk's extension in the chrome, the notice's own 联系人/分机 in the body; a numbered list; date under the signature",
        page="""
!m 新光电器内网　|　行政公告
!m 您好，品质部 黎芳　　今天是 2025年6月24日
!t 〔内部通知〕关于规范检测实验室插线板使用的通知
!m 发文部门：安环部　　阅读：143人　　未读：22人
!a 【我已阅读】　【下载附件】　【打印】
{BODY}
!m IT服务台：分机 6000（工作日 8:00-17:30）
!d 本平台信息仅限公司内部使用，未经批准不得截图外传。
""",
        body="""
各部门、各实验室：
近期安全检查发现，检测实验室普遍存在插线板串接、长期满负荷使用等问题，个别老化试验台的插线板外壳已经变色。为消除火灾隐患，现就有关要求通知如下：
1. 老化试验、耐压试验等大功率设备一律使用墙面固定插座，不得经插线板取电。
2. 插线板只能用于电脑、仪表等小功率设备，严禁串接，严禁放在地面积水处。
3. 下班前由实验室值日人员关闭插线板总开关，并在点检表上签字。
4. 6月30日前，各实验室将现有插线板报安环部统一检测，不合格的由公司统一更换。
联系人：蒋卫东　分机：6213
安环部
2025年6月23日
""",
    ),
]

"""holdout315, part B: 博客, 公众号镜像, 文档分享, 教育门户, 企业内网 (one HTML and one text each).

Invented text, sites, places, people and numbers; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="blog-laozhou-steamer-rack-bamboo-or-steel",
        site="老周的厨房笔记 (invented, Typecho-like blog)",
        style="博客",
        genre="随笔",
        kind="other",
        form="html",
        source="https://laozhou-chufang.blog.cn/archives/512/",
        title="蒸馒头用竹蒸架还是不锈钢蒸架",
        record_title="老灶台手记｜蒸馒头用竹蒸架还是不锈钢蒸架 – 老周的厨房笔记",
        date="2025-02-14",
        notes="blog post: bracketed post time as the page's date, tag cloud, archive, comment form, "
        "a tip-jar line glued after the last 。",
        page="""
<!DOCTYPE html><html><head><meta charset="UTF-8"><title>老灶台手记｜蒸馒头用竹蒸架还是不锈钢蒸架 – 老周的厨房笔记</title>
<link rel="stylesheet" href="/usr/themes/plain/style.css"></head><body>
<header><h2 class="blog-name">⟦m 老周的厨房笔记⟧</h2><p class="desc">⟦m 白案三十年，灶台边上的絮叨⟧</p>
<nav>⟦m 首页⟧ ⟦m 面点⟧ ⟦m 家常菜⟧ ⟦m 留言板⟧</nav></header>
<article>
<h1 class="post-title">{T}</h1>
<div class="post-meta">⟦m [2025-02-14 20:31]　分类：灶台手记　阅读 1,206⟧</div>
<div class="post-content">
{BODY}
</div>
<div class="post-tags">⟦l 标签：蒸架，馒头，厨房用具⟧</div>
<div class="post-near">⟦l « 发面总是酸？碱面这样放⟧　⟦l 过年炸丸子的火候 »⟧</div>
</article>
<section id="comments"><h3>⟦l 2 条留言⟧</h3>
<p>⟦l 阿桂：竹的真得勤晒，我家那个已经发黑了⟧</p>
<p>⟦l 面团子：学到了，回头给锅量量内径⟧</p>
<form>⟦l 称呼（必填）　邮箱　网址　提交留言⟧</form></section>
<aside><h4>⟦l 标签云⟧</h4><p>⟦l 发面　包子　蒸锅　刀工　年夜饭　腌菜⟧</p>
<h4>⟦l 文章归档⟧</h4><p>⟦l 2025年2月 (3)　2025年1月 (5)　2024年12月 (4)⟧</p></aside>
<footer>⟦m © 2025 老周的厨房笔记 · Powered by Typecho⟧</footer>
<script src="/usr/themes/plain/comments.js"></script>
</body></html>
""",
        body="""
在饭店后厨干了三十年白案，常有邻居问我：家里蒸馒头，用竹蒸架好还是不锈钢蒸架好？今天就说说我的看法。
竹蒸架透气，蒸汽上来不容易在馒头底下积水，蒸出来的馒头底部干爽，还带一点竹香。缺点是要勤晒，用完不晾干，一个夏天就长黑点。
不锈钢蒸架耐用、好刷，适合家里天天蒸东西的。但它不透气，最好在上面垫一块湿纱布或者硅胶垫，不然馒头底会粘、会起水泡。
我家里两样都有：蒸馒头、包子用竹蒸架，蒸鱼、蒸蛋用不锈钢蒸架。买的时候量好锅的内径，蒸架比锅小两厘米正合适。⟦l 觉得有用，请老周喝杯茶⟧
""",
    ),
    dict(
        slug="blog-xiaoman-sushi-mat-first-roll-wrapped",
        site="小满的碎碎念 (invented)",
        style="博客",
        genre="随笔",
        kind="other",
        form="text",
        source="http://xiaoman.blogbus.net/post/2025/first-sushi",
        title="第一次卷寿司，败给了一张寿司帘",
        record_title="【灶台小记】第一次卷寿司，败给了一张寿司帘 | 小满的碎碎念",
        date=None,
        notes="blog essay hard-wrapped at 56 columns; a relative post time is no date; category line, "
        "prev/next, comments",
        page="""
!m 小满的碎碎念
!m 吃饭、做饭、写字
!t 【灶台小记】第一次卷寿司，败给了一张寿司帘
!m 发布于 2 天前　·　分类：厨房实验　·　阅读 388
{BODY}
!l ← 上一篇：腌了一坛酸豆角
!l → 下一篇：米饭到底要不要加醋
!l 评论（2）
!l 路过的猫：帘子外面包保鲜膜就不粘了
!l 小满 回复 路过的猫：下次试试！
!m 本博客内容采用 署名-非商业 协议
""",
        wrap=56,
        indent="\u3000\u3000",
        body="""
周末心血来潮想卷寿司，特意在超市买了一张竹制寿司帘，十二块钱，说明书上画得很简单：铺海苔，铺米饭，放馅料，卷起来。
第一卷，米饭铺得太厚，卷到一半海苔就裂了。第二卷，米饭倒是薄了，可饭粒全粘在寿司帘的竹条缝里，怎么抠也抠不干净。
后来翻了好几篇教程才知道，新手最好在寿司帘外面包一层保鲜膜，米饭要趁温热铺，手上蘸点醋水，卷的时候用帘子压紧，而不是用手去捏。
第三卷终于像样了。洗寿司帘又花了二十分钟，刷完立起来晾在窗台上。看来厨房里的每样小工具，都有它的脾气。
""",
    ),
    dict(
        slug="wechat-yiyang-water-drain-plug-odour-h1",
        site="公众号文章镜像站·阅读集 (invented)",
        style="公众号镜像",
        genre="科普文章",
        kind="article",
        form="html",
        source="https://mp.yueduji.net/a/yiyangshuiwu/20250806_01.html",
        title="家里返臭味？先看看这个小小的下水塞",
        record_title=None,
        date="2025-08-06",
        notes="WeChat mirror: no title in the record, found in the <h1>; the account line's date is the page's date; "
        "a follow prompt glued before the first words; 阅读原文/在看 rows and a QR line; the water company's own "
        "service line kept in the body",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>阅读集 - 公众号文章镜像</title></head><body>
<div class="mirror-bar">⟦m 阅读集 · 本页为公众号文章镜像，排版以原文为准⟧</div>
<div class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta">⟦m 原创　翌阳水务　2025-08-06 17:20　江西⟧</div>
<div class="rich_media_content">
{BODY}
</div>
<div class="rich_media_tool">⟦l 阅读原文　阅读 3852　在看 41⟧</div>
<div class="qr">⟦a 长按识别二维码，水费账单随时查⟧</div>
<div class="reward">⟦a 喜欢作者　赞赏⟧</div>
</div>
<div class="mirror-foot">⟦d 镜像内容版权归原公众号所有，如需删除请联系 admin@yueduji.net⟧</div>
<script>var msg_title="",ct="1754472000";</script>
<script src="/mirror/stat.js"></script>
</body></html>
""",
        p_html='<section><p><span style="font-size:15px;">{}</span></p></section>',
        body="""
⟦a 点击上方蓝字“翌阳水务”关注我们⟧夏天一到，不少市民反映家里下水道有臭味。维修师傅上门检查发现，很多时候问题不在管道，而在一个小小的下水塞上。
一是塞子的密封圈老化。橡胶圈用久了会变硬、开裂，塞子按下去也关不严，下水道的气味就顺着缝隙跑上来。
二是弹跳式下水塞卡了头发。弹跳芯下面缠满头发后，塞子弹不起来、按不到底，既存不住水，也挡不住臭味。
三是用了不配套的塞子。有的家庭随手买了个通用塞子，尺寸偏小，等于没装。
建议大家每半年检查一次下水塞，发现问题及时更换。如需上门检修，可拨打翌阳水务服务热线96158。
""",
    ),
    dict(
        slug="wechat-chengxi-women-pledge-safety-gate",
        site="橙溪女性 公众号镜像 (invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://wx.jingxiang.info/chengxinvxing/2025/06/01/3.html",
        title="守护婴幼儿居家安全倡议书",
        record_title="守护婴幼儿居家安全倡议书 | 橙溪女性（公众号留档）",
        date="2025-05-28",
        date_also=["2025-06-01"],
        notes="WeChat text mirror: a star prompt glued before the salutation; the account line's date differs from "
        "the signature's; a sentence asking readers to share the pledge is content",
        page="""
!m 橙溪女性
!t 守护婴幼儿居家安全倡议书 | 橙溪女性（公众号留档）
!m 橙溪县妇联　2025年6月1日 08:00　发表于江西
{BODY}
!l 往期回顾：“家庭安全小课堂”第三期报名开始
!l 阅读原文　　在看 26　　分享
!a 长按二维码关注“橙溪女性”
!d 本文由公众号镜像站自动收录，仅作存档阅读
""",
        indent="",
        body="""
⟦a 设为星标，推送不错过⟧亲爱的家长朋友们：
婴幼儿天性好动，却缺乏危险意识。去年，县妇幼保健院接诊的0至3岁儿童意外伤害中，跌落伤占了四成以上，楼梯口、阳台门是最危险的地方。为此，县妇联向全县家庭发出如下倡议：
一、家里有楼梯或阳台的，请为孩子装上安全门栏，楼梯上口选用打孔固定的门栏。
二、每周检查一次门栏的锁扣和固定件，发现松动立即修复。
三、不在门栏边堆放凳子、纸箱，防止孩子攀爬翻越。
四、请把这份倡议分享给身边有小宝宝的亲友，让更多家庭行动起来。
橙溪县妇女联合会
2025年5月28日
""",
    ),
    dict(
        slug="docshare-gongxiang-contract-steamer-rack-docx",
        site="共享文档馆 (invented)",
        style="文档分享",
        genre="合同范本",
        kind="other",
        form="html",
        source="https://www.gxwendangguan.com/doc/5518203.html",
        title="不锈钢蒸架采购合同范本",
        record_title="不锈钢蒸架采购合同范本.docx",
        date=None,
        notes="document-sharing page: the file name as the record title and in the heading; upload notice, points "
        "lock, service WeChat; a contract template with 第N条, ×× placeholders and ＿＿年＿＿月＿＿日 blanks",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>不锈钢蒸架采购合同范本.docx-共享文档馆</title></head><body>
<div class="hd"><b>⟦m 共享文档馆⟧</b> <span>⟦m 好文档，大家分享⟧</span> <a>⟦a 上传我的文档⟧</a></div>
<div class="path">⟦m 文档馆首页 ＞ 合同协议 ＞ 采购合同⟧</div>
<h1>⟦t 不锈钢蒸架采购合同范本.docx⟧</h1>
<div class="docinfo">⟦m 贡献者：木子李　｜　大小：26KB　｜　2页　｜　上传于 2024-11-19⟧</div>
<div class="doc-body">
{BODY}
</div>
<div class="lock">⟦a 全文下载需要5个馆币，签到可领馆币⟧</div>
<div class="notice">⟦d 本文档由网友上传，共享文档馆不对内容的准确性负责，如侵犯您的权益请点击申诉⟧</div>
<div class="kefu">⟦w 文档定制、改写请加客服微信 gxwdg_kefu⟧</div>
<div class="rel"><h4>⟦l 相似文档⟧</h4><p>⟦l 厨房设备采购合同（通用版）⟧</p><p>⟦l 食堂餐具供货协议⟧</p></div>
<div class="ft">⟦m 共享文档馆 gxwendangguan.com 沪ICP备16045521号⟧</div>
<script src="//cdn.gxwendangguan.com/js/viewer.min.js"></script>
<script>var docId=5518203;</script>
</body></html>
""",
        body="""
甲方（采购方）：＿＿＿＿＿＿
乙方（供货方）：××厨具有限公司
第一条 乙方向甲方供应304不锈钢蒸架＿＿个，单价＿＿元，合同总价＿＿元。
第二条 蒸架的直径、层数以甲方确认的样品为准，乙方不得擅自更换材质。
第三条 乙方应于＿＿年＿＿月＿＿日前送货到甲方指定地点，并提供产品合格证和检测报告。
第四条 甲方收货后七日内验收，蒸架出现变形、焊点开裂、锈蚀的，乙方负责免费更换。
第五条 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。
甲方（盖章）：　　　乙方（盖章）：
签订日期：＿＿＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="docshare-wenhui-request-steamer-rack-wps",
        site="文汇共享 (invented)",
        style="文档分享",
        genre="请示",
        kind="other",
        form="text",
        source="http://www.wenhuigx.cn/p/702215.html",
        title="关于购置食堂不锈钢蒸架的请示",
        record_title="关于购置食堂不锈钢蒸架的请示.wps",
        date="2025-03-05",
        notes="sharing page as text: a .wps file name as the record title, points prompt, upload notice; the "
        "request's own contact next to the site's service WeChat; 成文日期 under the signature",
        page="""
!m 文汇共享 — 一份文档，多人受益
!m 首页 / 公文写作 / 请示报告
!t 关于购置食堂不锈钢蒸架的请示.wps
!m 格式：WPS　页数：1　浏览：276　分享者：冬青
{BODY}
!a 下载此文档（消耗2积分）　　加入收藏
!d 温馨提示：文档均由用户分享，本站不保证内容的合法性，仅供参考借鉴。
!w 客服微信：whgx-2020（工作日9:00—18:00在线）
!l 你可能还想看：关于增加食堂从业人员的请示　关于更换食堂蒸柜的报告
""",
        indent="\u3000\u3000",
        body="""
县教育局：
我校现有学生1260人，食堂每天供应包子、馒头约2500个。蒸柜配套的竹蒸架已使用五年，多数出现开裂、发黑，难以清洗消毒，存在食品安全隐患。
为保障师生饮食安全，我校拟购置不锈钢蒸架60个，估算金额9600元，从学校公用经费中列支，采购将按规定程序进行。
妥否，请批示。
联系人：冉小禾　联系电话：0793-6253310
柠坪县第二中学
2025年3月5日
""",
    ),
    dict(
        slug="edu-meigang-notice-kindergarten-safety-gate",
        site="聆川市玫冈区教育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.meigang.gov.cn/tzgg/202509/t20250903_66102.html",
        title="关于开展幼儿园安全门栏专项排查的通知",
        record_title="关于开展幼儿园安全门栏专项排查的通知-通知公告-玫冈区教育局",
        date="2025-09-02",
        date_also=["2025-09-03"],
        notes="education bureau page: 适老版/读屏 links, attachment download link next to the body's 附件 list, "
        "the bureau's contact and mailbox next to the site's technical line; a sentence telling kindergartens to "
        "download and print the form is content; 成文日期 differs from the page date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于开展幼儿园安全门栏专项排查的通知-通知公告-玫冈区教育局</title></head><body>
<div class="top">⟦a 适老版⟧ ⟦a 读屏⟧ ⟦a 登录教育云⟧</div>
<div class="logo">⟦m 聆川市玫冈区教育局⟧</div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 教育要闻⟧</li><li>⟦m 通知公告⟧</li><li>⟦m 学前教育⟧</li><li>⟦m 校园安全⟧</li></ul>
<div class="pos">⟦m 位置：首页 → 通知公告⟧</div>
<h3 class="title">{T}</h3>
<div class="sub">⟦m 发布日期：2025-09-03　来源：学前教育科　浏览：1540次⟧</div>
<div class="content">
{BODY}
</div>
<div class="attach">⟦l 点击下载：幼儿园安全门栏排查表.docx⟧</div>
<div class="close">⟦a 【打印正文】【关闭本页】⟧</div>
<div class="foot">⟦m 玫冈区教育局版权所有　地址：玫冈区枚岗路18号⟧<br>⟦m 网站技术支持电话：0791-8832045⟧</div>
<script src="/js/wza.js" id="wzaScript"></script>
</body></html>
""",
        body="""
各幼儿园：
为防止幼儿在楼梯、阳台、厨房等区域发生跌落、烫伤等意外，区教育局决定在全区幼儿园开展安全门栏专项排查，现将有关事项通知如下。
一、排查内容。楼梯口、阳台门、厨房门是否安装安全门栏；门栏高度、栏杆间距、锁扣是否符合要求；固定件有无松动。
二、时间安排。9月15日前各园完成自查，9月30日前区教育局组织抽查。
三、工作要求。请各园下载附件1并打印，逐处填写后加盖公章，扫描件发送至指定邮箱。
联系人：宁素琴　电话：0791-8832107　邮箱：mgxqk@163.com
附件：1.幼儿园安全门栏排查表
2.安全门栏设置要求
聆川市玫冈区教育局
2025年9月2日
""",
    ),
    dict(
        slug="edu-linwan-primary-sushi-mat-lesson-plan-decimal",
        site="琳湾镇中心小学 (invented)",
        style="教育门户",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.lwzxxx.cn/jwc/2025/1010/261.html",
        title="三年级“卷寿司”劳动实践课实施方案",
        record_title="【劳动教育进行时】三年级“卷寿司”劳动实践课实施方案 - 琳湾镇中心小学",
        date="2025-10-10",
        notes="school site as text: column prefix in the title, decimal headings 1.1–3.2, 成文日期 under the "
        "signature; visitor counter and footer",
        page="""
!m 琳湾镇中心小学
!m 学校首页 | 教务处 | 德育天地 | 劳动教育 | 家校通
!t 【劳动教育进行时】三年级“卷寿司”劳动实践课实施方案
!m 发布：教务处　　点击：207
{BODY}
!l 上一条：琳湾镇中心小学2025年秋季作息时间表
!l 下一条：三年级种植园认领名单
!m 琳湾镇中心小学　地址：琳湾镇学府街9号　您是第 60532 位访客
""",
        body="""
1 活动目标
1.1 让学生认识寿司帘的结构，学会用寿司帘卷制简单的蔬菜寿司。
1.2 培养学生的饮食卫生意识和合作意识。
2 活动安排
2.1 时间：10月第三周劳动课，每班两课时。
2.2 地点：学校劳动实践室。
2.3 材料：每组一张竹制寿司帘、海苔、米饭和黄瓜条，由学校统一采购。
3 安全卫生要求
3.1 课前学生洗手、戴一次性手套，寿司帘包一层保鲜膜再使用。
3.2 课后寿司帘用清水刷净、晾干，由劳动教师收回保管。
琳湾镇中心小学教务处
2025年10月10日
""",
    ),
    dict(
        slug="oa-hefeng-minutes-egg-rack-turnover",
        site="禾丰蛋业协同办公平台 (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.hefengdanye.com/doc/view.do?id=20250613007",
        title="关于包装车间蛋架周转管理的专题会议纪要",
        record_title="〔会务存档〕关于包装车间蛋架周转管理的专题会议纪要 - 禾丰蛋业协同办公平台",
        date="2025-06-12",
        notes="OA document view: 流转记录, read count, a 标记已阅 button; the minutes' 时间/地点/主持/参会/记录 lines "
        "kept in the body and the 时间 line giving the date; a sentence about scanning crates in is content",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>〔会务存档〕关于包装车间蛋架周转管理的专题会议纪要 - 禾丰蛋业协同办公平台</title></head><body>
<div class="oa-head">⟦m 禾丰蛋业协同办公平台⟧　⟦m 欢迎您，品控部 姚蕾⟧　⟦a 退出系统⟧</div>
<div class="oa-menu">⟦m 待办事项⟧ ⟦m 公文管理⟧ ⟦m 会议管理⟧ ⟦m 通讯录⟧</div>
<div class="oa-path">⟦m 会议管理 ＞ 会议纪要 ＞ 查看⟧</div>
<h2>{T}</h2>
<div class="oa-meta">⟦m 拟稿：综合办 冼佳　｜　签发：景文博　｜　已阅 37 人⟧</div>
<div class="oa-doc">
{BODY}
</div>
<div class="oa-btn">⟦a 标记已阅　转发　导出PDF⟧</div>
<table class="oa-flow"><tr><th>⟦m 流转记录⟧</th></tr>
<tr><td>⟦m 06-13 09:12 综合办 冼佳 提交⟧</td></tr>
<tr><td>⟦m 06-13 10:40 景文博 审核同意⟧</td></tr></table>
<div class="oa-foot">⟦m 禾丰蛋业信息中心 技术支持 分机 8016⟧</div>
<script>function markRead(){ajax("/doc/read.do",{id:"20250613007"});}</script>
</body></html>
""",
        body="""
时间：2025年6月12日下午3:00
地点：公司二楼第一会议室
主持：生产副总经理 景文博
参会：包装车间、仓储部、品控部负责人
记录：冼佳
会议听取了包装车间关于蛋架周转情况的汇报。目前车间共有塑料蛋架1200个，近两个月丢失、损坏180个，部分蛋架未经清洗就返回车间使用。会议议定：
一、蛋架实行编号管理，出入库由仓储部扫码登记，每月盘点一次。
二、返厂蛋架一律先进清洗线，经品控部抽检合格后方可使用。
三、损坏蛋架由包装车间集中报废，6月底前补充新蛋架300个。
""",
    ),
    dict(
        slug="oa-fengting-hotel-rules-drain-plug-articles",
        site="聆川枫亭酒店内网 (invented)",
        style="企业内网",
        genre="制度",
        kind="rules",
        form="text",
        source="http://intra.fengtinghotel.local/zhidu/kf/2025-07.html",
        title="客房卫生间下水塞检查维护规程",
        record_title="〔制度文件〕客房卫生间下水塞检查维护规程 - 枫亭酒店内网",
        date=None,
        notes="intranet text: system header, read count, attachment and approval lines; 第N条 articles; "
        "only an effective clause, no date",
        page="""
!m 枫亭酒店内网　｜　客房部
!m 制度库 > 客房部 > 操作规程
!t 〔制度文件〕客房卫生间下水塞检查维护规程
!m 发布部门：客房部　阅读人数：88　版本：V2
{BODY}
!a 〔我已学习〕〔下载打印版〕
!m 审批：客房部经理 丁若兰 → 总经理 卓明远
!m 内网问题请拨信息部分机 6600
""",
        indent="",
        body="""
第一条 为保证客房卫生间排水通畅、无异味，制定本规程。
第二条 客房服务员每日清扫时，应检查洗脸盆、浴缸下水塞开合是否灵活，密封圈是否完好。
第三条 发现下水塞缠有毛发的，应当场拔出弹跳芯清理；清理后仍不能闭合的，填写维修单报工程部。
第四条 工程部接单后两小时内到场，无法修复的下水塞一律更换同型号产品，不得拆用其他客房的配件。
第五条 每季度由客房部、工程部联合抽查，抽查比例不低于客房总数的20%。
第六条 本规程由客房部负责解释，自发布之日起施行。
""",
    ),
]

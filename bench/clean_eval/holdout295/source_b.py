"""holdout295, part B: 博客, 公众号镜像, 文档分享, 教育门户, 企业内网. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="blog-maisui-essay-grandma-flour-sieve",
        site="麦穗小记 (invented, Typecho-like blog)",
        style="博客",
        genre="散文",
        kind="other",
        form="html",
        source="https://maisuixiaoji.cn/archives/412/",
        title="奶奶的那只面筛",
        record_title="【灶边旧事】奶奶的那只面筛 · 麦穗小记",
        date="2025-02-16",
        notes="blog post: bracketed post time as the page's date, tag cloud, archive, comment form; a category line between paragraphs and a tip-jar line glued after the last 。",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<title>【灶边旧事】奶奶的那只面筛 · 麦穗小记</title>
<link rel="alternate" type="application/rss+xml" href="/feed/">
</head>
<body>
<header id="header"><a class="site-name" href="/">⟦m 麦穗小记⟧</a><p class="description">⟦m 写给灶台、麦田和旧日子⟧</p>
<nav><a>⟦m 首页⟧</a> <a>⟦m 旧物⟧</a> <a>⟦m 吃食⟧</a> <a>⟦m 关于麦穗⟧</a></nav></header>
<div id="main">
<article class="post">
<h1 class="post-title">{T}</h1>
<ul class="post-meta"><li>⟦m 作者：麦穗儿⟧</li><li>⟦m [2025-02-16 21:08]⟧</li><li>⟦m 归档于：灶边旧事⟧</li></ul>
<div class="post-content">
{BODY}
</div>
<p class="tags">⟦l 贴了标签：面筛 / 奶奶 / 蒸馍⟧</p>
</article>
<div id="comments"><h3>⟦l 已有 9 条评论⟧</h3>
<ol><li>⟦l 北坡的风：读着读着就想起我姥姥，她的面筛是马尾编的⟧</li></ol>
<form><p>⟦l 称呼（必填）⟧</p><p>⟦l 电子邮件（必填，不公开）⟧</p><p>⟦l 网站（选填）⟧</p><button>⟦a 提交留言⟧</button></form></div>
</div>
<div id="secondary">
<h3>⟦l 标签云⟧</h3><p>⟦l 蒸馍 老屋 麦收 旧物 灶台 年俗 竹器⟧</p>
<h3>⟦l 往期归档⟧</h3><ul><li>⟦l 2025年2月 (4)⟧</li><li>⟦l 2025年1月 (6)⟧</li><li>⟦l 2024年12月 (3)⟧</li></ul>
</div>
<footer id="footer">⟦m © 2025 麦穗小记 · 由 Typecho 驱动 · 苏ICP备22019946号⟧</footer>
</body>
</html>
""",
        body="""
奶奶的面筛是竹圈蒙铜丝网的，比洗脸盆略大一圈，边上被手摸得发亮。每到腊月蒸馍，她就把面筛架在大瓦盆上，一手扶着筛边，一手轻轻拍，面粉像细雪一样落下去。
我小时候总想抢着筛，可一用力就把面抖得满灶台都是。奶奶说，筛面不能急，手腕要松，拍得匀，面才细，蒸出来的馍才暄。
⟦m 分类：灶边旧事⟧
后来家里买了机器磨的精粉，面筛就挂在灶屋的墙上，很少再用。奶奶走的那年，我把它带回了城里。铜丝网已经有两处破了，我没舍得补。
今年腊月，我又把它取下来，照着奶奶的样子筛了一盆面。手腕松着，一下一下地拍，屋子里全是麦子的香味。⟦a 喜欢这篇就请麦穗喝杯茶吧⟧
""",
    ),
    dict(
        slug="blog-laozhou-vinegar-pot-wrapped",
        site="老周说面 (invented, noodle-shop owner's blog)",
        style="博客",
        genre="散文",
        kind="other",
        form="text",
        source="http://laozhoushuomian.blog.cn/post/2025/vinegar-bottle",
        title="我为什么把店里的醋壶都换成了按压瓶",
        record_title="【开店絮语】我为什么把店里的醋壶都换成了按压瓶 - 老周说面",
        date=None,
        notes="a blog post hard-wrapped at 58 columns; the post time is relative (2 周前): no date; a view counter and blog chrome",
        page="""
!m 老周说面 —— 一个面馆老板的碎碎念
!m 首页 / 开店絮语 / 正文
!t 【开店絮语】我为什么把店里的醋壶都换成了按压瓶
!m 老周　·　2 周前　·　阅读 1.6k
{BODY}
!l 本文标签：#醋壶 #面馆 #食品卫生
!l « 前一篇　一碗牛肉面的成本账
!l 后一篇 »　后厨排风扇多久清洗一次
!l 读者留言 (14)　点此展开
!m 老周说面 · 写于溽阳县城关
""",
        wrap=58,
        body="""
开面馆八年，桌上一直摆的是玻璃醋壶，壶嘴细长，看着干净。上个月县里市场监管所来店里抽查，拿手电往壶嘴里一照，里面一圈褐色的醋垢，我当时脸都红了。
玻璃醋壶的毛病我后来才想明白：壶嘴太细，刷子伸不进去；客人倒完醋，壶嘴上挂着的醋滴会招小飞虫；一桌一壶，天天添醋，底下的老醋总也倒不干净。
想了几天，我把店里四十把醋壶全收了，换成了按压式的醋瓶。按一下出一小股，瓶口不沾手，每天收市把瓶子拆开用开水烫一遍就行。
有老客人说还是醋壶倒着顺手，我就在柜台留了两把，谁要用单独拿，用完就洗。做吃食的，省不得这点工夫。
""",
    ),
    dict(
        slug="wechat-guanchuan-cdc-cupboard-tips-follow",
        site="公号文摘站 (invented WeChat mirror) / 涫川疾控",
        style="公众号镜像",
        genre="科普",
        kind="other",
        form="html",
        source="https://www.gonghaowz.com/a/guanchuanjk/20250702/114508.html",
        title="夏天用消毒碗柜，这四个误区要避开",
        record_title=None,
        date="2025-07-02",
        notes="no title in the record: the <h1>; a follow prompt glued before the first words; account line with its date; 阅读原文/在看/赞赏 rows; the mirror's archive note",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>涫川疾控 - 公号文摘站</title>
<meta property="og:site_name" content="公号文摘站">
</head>
<body>
<div class="mirror-top">⟦m 公号文摘站 · 收录优质公众号文章⟧ <a>⟦m 分类⟧</a> <a>⟦m 排行⟧</a> <a>⟦a 提交公众号⟧</a></div>
<div class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta">⟦m 原创⟧ ⟦m 涫川疾控⟧ ⟦m 2025-07-02 17:30⟧ ⟦m IP属地：江西⟧</div>
<div class="rich_media_content">
{BODY}
</div>
<div class="foot-bar"><a>⟦a 阅读原文⟧</a>　⟦l 阅读 2381⟧　⟦l 赞 46⟧　⟦l 在看 19⟧</div>
<div class="reward">⟦a 喜欢作者就赞赏一下⟧</div>
<div class="qr">⟦a 长按识别二维码，关注涫川疾控⟧</div>
</div>
<div class="mirror-foot"><p>⟦d 本页为公号文摘站自动存档，内容以公众号原文为准⟧</p><p>⟦m 公号文摘站 gonghaowz.com　浙ICP备23011920号⟧</p></div>
</body>
</html>
""",
        p_html='<section><p style="line-height:1.75em;">{}</p></section>',
        body="""
⟦a 轻点上方「涫川疾控」，添加关注不迷路⟧进入七月，天气湿热，碗筷容易滋生细菌，不少家庭都用上了消毒碗柜。但是疾控中心在入户调查中发现，很多人用法不对，消毒效果大打折扣。
1.碗筷带水放进去。碗筷没有沥干就放进碗柜，柜内湿度大，反而容易长霉。正确做法是洗净后先沥干再放。
2.摆得太挤。碗碟叠在一起，热风和紫外线照不到，消毒就不彻底。碗碟要竖着放在层架上，彼此留出空隙。
3.什么都往里放。塑料饭盒、木筷、漆器不耐高温，放进高温层会变形开裂，应放在低温层或不放。
4.消毒完马上开门。消毒结束后最好等十分钟，让柜内温度降下来再取，既防烫伤，也让臭氧散尽。
疾控提醒：消毒碗柜要每月清理一次底部的集水盒和滤网，发现密封条老化要及时更换。
""",
    ),
    dict(
        slug="wechat-ruyang-pledge-lead-free-wine-pot",
        site="溽阳非遗 (invented WeChat account, mirrored as text)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://weixin.gzhcundang.cn/s/ruyangfeiyi/20250520",
        title="关于制作和使用无铅锡酒壶的倡议书",
        record_title="关于制作和使用无铅锡酒壶的倡议书 ▏溽阳非遗 · 公号存馆",
        date="2025-05-18",
        date_also=["2025-05-20"],
        notes="WeChat article as text: account line with a posting date that differs from the pledge's date; a star prompt before the salutation, a follow-card line between paragraphs, 在看 and 留言 rows; the body speaks of sharing the pledge",
        page="""
!m 公号存馆 · 溽阳非遗
{T}
!m 溽阳非遗　2025年05月20日 08:00　江西
{BODY}
!a 文章到此结束，觉得不错就点个「在看」
!l 留言区　精选留言 3 条
!l 锡匠老宗：支持！我们作坊去年就换了无铅锡料
!l 溽阳小禾：家里老酒壶还在用，看来要换了
!m 存档时间：2025-05-21　原文链接已失效时请以本页为准
""",
        body="""
⟦a 记得把「溽阳非遗」设为星标哦⟧全县锡器从业者、广大市民朋友：
锡酒壶是我县锡器技艺的代表作品，也是很多家庭逢年过节温酒待客的老物件。但是，过去一些作坊用含铅的回收锡料打制酒壶，长期用来温酒、盛酒，铅会溶进酒里，危害身体健康。为此，我们倡议：
一、锡器作坊和个体匠人坚持使用含锡量97%以上的无铅锡料，不收购、不使用来路不明的回收锡。
二、在酒壶底部錾刻作坊名称和“无铅”标记，主动接受市场监管部门抽检。
三、家中老锡酒壶建议只作收藏陈列，不再用来温酒、盛酒。
四、请大家把这份倡议分享给身边做锡器、用锡器的亲友。
⟦a ↓↓ 点击下方名片，一键关注溽阳非遗 ↓↓⟧
溽阳县非物质文化遗产保护中心
溽阳县锡器技艺传承协会
2025年5月18日
""",
    ),
    dict(
        slug="docshare-zhuyu-summary-rice-basket-coop-table",
        site="竹语文档网 (invented, document-sharing site)",
        style="文档分享",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://www.zhuyudoc.com/d/61370298.html",
        title="宥坪镇竹禾竹编专业合作社2024年工作总结",
        record_title="宥坪镇竹禾竹编专业合作社2024年工作总结.docx",
        date="2025-01-10",
        notes="file-name record title; sharing page with an upload notice, a points lock, a service WeChat, ratings; a data table one row a paragraph; 成文日期",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>宥坪镇竹禾竹编专业合作社2024年工作总结.docx-竹语文档网</title>
<script src="/static/js/preview.js"></script>
</head>
<body>
<div class="hd"><span>⟦m 竹语文档网⟧</span><span>⟦m 好文档，大家分享⟧</span><a>⟦a 上传我的文档⟧</a><a>⟦a 会员登录⟧</a></div>
<div class="bread">⟦m 竹语文档网 > 总结汇报 > 年度总结⟧</div>
<div class="doc">
<h1>{T}</h1>
<div class="docinfo">⟦m 上传者：yp_zhubian　大小：31KB　页数：3　评分：★★★★☆ 4.3（17人评）⟧</div>
<div class="notice">⟦d 温馨提示：本文档由竹语用户自行上传，竹语文档网不对内容的真实性负责⟧</div>
<div class="preview">
{BODY}
</div>
<div class="lock">⟦a 下载完整文档需消耗 5 竹语积分⟧　<a>⟦a 如何获取积分？⟧</a></div>
</div>
<div class="side"><h4>⟦l 同类文档⟧</h4><ul><li>⟦l 农民专业合作社年度工作总结范文⟧</li><li>⟦l 竹编产业发展情况汇报⟧</li></ul>
<p>⟦w 文档问题请加客服微信 zhuyu_kefu01⟧</p></div>
<div class="ft">⟦m 竹语文档网 zhuyudoc.com　湘ICP备20044173号⟧</div>
</body>
</html>
""",
        body="""
2024年，合作社在镇党委、政府的关心支持下，坚持“统一收购、统一标准、统一销售”，带动社员发展竹编淘米箩等产品，全年各项工作取得了较好成绩。
一、生产经营情况
全年收购社员编织的淘米箩、竹篮等产品十四万只，实现销售收入186万元，社员人均增收4300元。
品种　数量（只）　销售额（万元）
大号淘米箩　38000　61
中号淘米箩　52000　68
小号淘米箩　31000　34
竹篮及其他　19000　23
二、主要做法
一是请县竹编传承人庹满仓为社员开展技术培训6期，统一篾片厚度和箩口尺寸；二是开通网店，线上销售占比达到三成；三是给每只淘米箩挂上合作社标签，做到来源可查。
三、2025年打算
新的一年，合作社将新建一处篾片蒸煮防霉车间，争取把淘米箩卖进更多超市。
宥坪镇竹禾竹编专业合作社
2025年1月10日
""",
    ),
    dict(
        slug="docshare-hetongbao-contract-template-sieve",
        site="合同宝文档分享 (invented)",
        style="文档分享",
        genre="合同范本",
        kind="other",
        form="text",
        source="https://www.hetongbao.net/fanben/caigou/20931.html",
        title="面筛采购合同（范本）",
        record_title="面筛采购合同（范本）（改条款即用）_合同宝文档分享",
        date=None,
        notes="a contract template with ×× placeholders, ＿＿ blanks and ＿＿年＿＿月＿＿日; 第N条 articles; no date; share-page chrome with a member prompt between articles",
        page="""
!m 合同宝文档分享　·　合同范本免费看
!m 合同宝 > 采购合同 > 日用品采购
!t 面筛采购合同（范本）（改条款即用）
!m 分享者：合同宝小编　下载 872 次　更新于 2025-03-07
!a ⇩ 免费下载Word　　☆ 收藏　　⎙ 打印本范本
{BODY}
!d 本范本仅供参考，签约前请结合实际情况并咨询专业律师
!l 相关范本：厨具买卖合同 ｜ 食堂用品采购协议 ｜ 竹木制品购销合同
!m 合同宝 hetongbao.net
""",
        body="""
甲方（采购方）：××学校食堂
乙方（供货方）：××五金制品有限公司
第一条　采购内容：不锈钢面筛＿＿只，规格为直径＿＿厘米、＿＿目，单价＿＿元，合计金额＿＿元。
第二条　质量要求：筛网须为304不锈钢丝编织，网面平整，无脱丝、无毛刺；筛框焊接牢固，边缘打磨光滑。
第三条　交货方式：乙方于合同签订后＿＿日内将货物送至甲方指定地点，运费由乙方承担。
⟦a 开通合同宝会员，可一键生成带双方信息的正式文本⟧
第四条　验收：甲方收货后3日内按第二条验收，不合格的乙方应无条件退换。
第五条　付款：验收合格后＿＿日内，甲方一次性付清货款。
第六条　本合同一式两份，甲乙双方各执一份，自双方签字盖章之日起生效。
甲方（盖章）：＿＿＿＿　　乙方（盖章）：＿＿＿＿
签订日期：＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="edu-chenling-notice-canteen-cupboard-attachments",
        site="宸岭县教育局 (invented education portal)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.chenling.gov.cn/tzgg/2025/0415/2381.html",
        title="关于开展学校食堂消毒碗柜使用情况专项检查的通知",
        record_title="关于开展学校食堂消毒碗柜使用情况专项检查的通知_通知公告 - 宸岭教育网",
        date="2025-04-14",
        date_also=["2025-04-15"],
        notes="education portal with 适老/读屏 links, an attachment download link next to the 附件 list, the document's contact next to the portal's technical line, 抄送 line; portal date differs from the 成文日期",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>关于开展学校食堂消毒碗柜使用情况专项检查的通知_通知公告 - 宸岭教育网</title>
</head>
<body>
<div class="top"><span>⟦m 宸岭教育网 · 宸岭县教育局主办⟧</span> <a>⟦a 适老版入口⟧</a> <a>⟦a 读屏⟧</a> <a>⟦a 站内检索⟧</a></div>
<ul class="menu"><li>⟦m 首页⟧</li><li>⟦m 教育要闻⟧</li><li>⟦m 通知公告⟧</li><li>⟦m 政策法规⟧</li><li>⟦m 办事指南⟧</li></ul>
<div class="path">⟦m 当前位置：宸岭教育网 » 通知公告⟧</div>
<div class="art">
<h1>{T}</h1>
<p class="meta">⟦m 发布日期：2025-04-15　发布科室：县教育局安全科　阅读：1207⟧</p>
<div class="cont">
{BODY}
</div>
<p class="fj"><a href="/uploads/2025/0415/fj1.xlsx">⟦a 附件下载：检查情况统计表.xlsx（点击下载）⟧</a></p>
<p class="pn">⟦l 上一篇：宸岭县2025年中小学春季运动会秩序册⟧</p><p class="pn">⟦l 下一篇：关于做好清明假期学生安全教育的通知⟧</p>
</div>
<div class="foot"><p>⟦m 网站技术支持：宸岭县教育信息中心　电话 0798-4410086⟧</p><p>⟦m 赣ICP备09018826号-2⟧</p></div>
</body>
</html>
""",
        body="""
各中小学、幼儿园：
为保障师生饮食安全，县教育局决定于4月下旬对全县学校食堂消毒碗柜使用情况开展专项检查。现将有关事项通知如下。
一、检查内容：消毒碗柜是否正常通电运行、消毒温度和时间是否达标、柜内是否存放杂物、是否建立消毒记录台账。
二、检查方式：各校先行自查，4月25日前将自查表报县教育局安全科；县教育局随后组织抽查，抽查比例不低于30%。
三、有关要求：各校要明确一名食堂管理员负责消毒碗柜日常管理，对损坏的碗柜及时报修或更换。
联系人：县教育局安全科　郇文静，电话：0798-4412239，邮箱：clxjyj_aqk@163.com。
附件：1.学校食堂消毒碗柜自查表
2.检查情况统计表
宸岭县教育局
2025年4月14日
抄送：县市场监督管理局。
""",
    ),
    dict(
        slug="edu-yingdu-kindergarten-letter-rice-basket-scan",
        site="猷山县樱渡镇中心幼儿园 (invented, on the county education site)",
        style="教育门户",
        genre="致家长信",
        kind="notice",
        form="text",
        source="http://www.youshanedu.cn/yd_yey/jygz/2025/0509/7712.html",
        title="“小小淘米箩”劳动周活动致家长的一封信",
        record_title="〔园所通知〕“小小淘米箩”劳动周活动致家长的一封信 - 猷山教育信息网",
        date="2025-05-09",
        notes="a kindergarten's letter on the county education site: scan-to-sign-up and prepare-a-basket sentences are content; a reading-mode row and a column notice between paragraphs; 成文日期",
        page="""
!m 猷山教育信息网
!m 首页 → 学校风采 → 樱渡镇中心幼儿园
!t 〔园所通知〕“小小淘米箩”劳动周活动致家长的一封信
!m 供稿：樱渡镇中心幼儿园　　发布者：admin　　点击：455
!a 【护眼模式】【字体放大】【返回列表】
{BODY}
!l 学校风采更多文章 >>
!m 猷山县教育体育局主办　猷山县电化教育馆维护
""",
        indent="\u3000\u3000",
        body="""
亲爱的家长朋友：
您好！五月是劳动的季节。为了让孩子们亲近乡土、学会劳动，我园定于5月19日至23日开展“小小淘米箩”劳动周活动。
活动期间，我们邀请了本镇竹编艺人窦大娘来园，教大班孩子认识竹篾、编简单的箩底；中班孩子用淘米箩淘米、晾米；小班孩子参观幼儿园厨房，看阿姨怎样淘米做饭。
⟦d 本栏目信息由各园所自行发布并负责⟧
需要家长配合的事项：
1.请为孩子准备一只家里用过的淘米箩，洗净晾干后于5月16日前交给班主任，活动结束后带回。
2.请扫描班级群里的二维码，为孩子报名“亲子淘米”环节，每班限12组家庭。
3.孩子活动时可能接触竹篾，请为孩子剪短指甲。
感谢您的支持与配合！
樱渡镇中心幼儿园
2025年5月9日
""",
    ),
    dict(
        slug="oa-aicheng-xiyi-minutes-wine-pot-lead",
        site="蔼城锡艺有限公司协同办公平台 (invented intranet)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.aichengxiyi.com/doc/view?id=20250306-0042",
        title="锡酒壶含铅量超标问题专题会议纪要",
        record_title="〔质量专题纪要〕锡酒壶含铅量超标问题专题会议纪要 — 锡艺协同办公",
        date="2025-03-06",
        notes="an OA document view: 流转记录, read count, a 标记已阅 button, the IT desk's extension; the 时间/地点/主持/参会/记录 lines of minutes in the body (date from the 时间 line)",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〔质量专题纪要〕锡酒壶含铅量超标问题专题会议纪要 — 锡艺协同办公</title>
<script src="/oa/js/flow.js"></script>
</head>
<body>
<div class="oa-head">⟦m 蔼城锡艺 · 协同办公平台⟧　⟦m 当前用户：质检部 冼丽⟧　<a>⟦a 退出登录⟧</a></div>
<div class="oa-menu">⟦m 待办事项⟧ ⟦m 公文管理⟧ ⟦m 会议纪要⟧ ⟦m 通讯录⟧</div>
<div class="doc-view">
<h2>{T}</h2>
<div class="doc-info">⟦m 拟稿：总经理办公室　密级：内部　已阅 41 人⟧</div>
<div class="doc-body">
{BODY}
</div>
<div class="btns"><button>⟦a 标记已阅⟧</button><button>⟦a 转发同事⟧</button><button>⟦a 另存PDF副本⟧</button></div>
<div class="flow"><h4>⟦l 流转记录⟧</h4>
<p>⟦l 2025-03-07 09:12　总经理办公室 冼国栋　发起⟧</p>
<p>⟦l 2025-03-07 10:40　生产部 黄启明　已阅⟧</p>
<p>⟦l 2025-03-07 14:05　质检部 冼丽　已阅⟧</p></div>
</div>
<div class="oa-foot">⟦m 系统故障请拨信息部分机 8021⟧　⟦m 蔼城锡艺内部系统，禁止外传⟧</div>
</body>
</html>
""",
        body="""
时间：2025年3月6日下午2:30
地点：公司二楼会议室
主持：总经理 冼国栋
参会：生产部、质检部、采购部、销售部负责人
记录：总经理办公室 汤一苗
会议听取了质检部关于2月份外送检测情况的汇报：一批出口锡酒壶的铅溶出量超标，原因是采购的锡锭中混入了回收锡。会议议定如下事项：
一、本批次1200把锡酒壶全部封存，不得出库，由质检部逐把复检。
二、采购部立即停止与涉事供应商的合作，今后锡锭须每批附第三方检测报告。
三、生产部在熔锡工序增设快速检测，每炉取样一次，结果记入台账。
四、销售部负责与客户沟通延期交货事宜，3月15日前反馈客户意见。
""",
    ),
    dict(
        slug="intranet-pangxi-vinegar-rules-scan-print",
        site="滂溪老坛醋业有限公司内网 (invented)",
        style="企业内网",
        genre="制度",
        kind="other",
        form="text",
        source="http://10.8.2.15/zhidu/shengchan/cuhu-guanzhuang.html",
        title="醋壶灌装车间操作规程",
        record_title="醋壶灌装车间操作规程.doc",
        date=None,
        notes="file-name record title; a company intranet's rules page: 第N条 articles that speak of 扫码 and 打印 as content, an effective clause with no date; intranet chrome (login user, attachments, IT extension)",
        page="""
!m 滂溪老坛醋业 · 企业内网
!m 当前用户：灌装车间 孔令和　｜　退出
!m 制度中心 > 生产管理 > 车间规程
{T}
!m 文档编号：LT-SC-017　版本：V3　维护部门：生产管理部
!a 下载原件　｜　打印本页　｜　我要提意见
{BODY}
!m 附件：醋壶灌装车间操作规程.doc（42KB）
!m 内网问题请联系信息中心，分机 6602
""",
        body="""
第一条　为规范醋壶灌装作业，保证产品卫生和计量准确，制定本规程。
第二条　本规程适用于公司250毫升、500毫升陶瓷醋壶和玻璃醋壶的灌装、封口和装箱。
第三条　作业人员进入车间前应更衣、洗手、消毒，不得佩戴首饰，不得将手机带入灌装区。
第四条　空醋壶上线前须经高温冲洗和紫外线消毒，发现壶口破损、釉面开裂的，一律剔除。
第五条　每班开机前，班长须用扫码枪扫描醋液储罐的批次码，系统核对无误后方可灌装。
第六条　灌装完成后，每批抽取5把醋壶称重，净含量偏差超过2%的，整批返工。
第七条　班组长每日下班前打印当班灌装记录，签字后交质检员归档，保存期不少于两年。
第八条　本规程由生产管理部负责解释，自发布之日起施行。
""",
    ),
]

"""holdout318, part B: 博客, 公众号镜像, 文档分享, 教育门户, 企业内网 (one HTML and one text case each).

Invented text, sites, places, people, numbers and URLs; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="blog-maisui-kitchen-scale-chiffon-wordpress",
        site="麦穗的烘焙手帐 (invented, WordPress-like blog)",
        style="博客",
        genre="随笔",
        kind="other",
        form="html",
        source="https://maisui-hongbei.blog.example.net/2025/02/09/weigh-dont-scoop/",
        title="为什么我做蛋糕不再用量杯",
        record_title="为什么我做蛋糕不再用量杯 ～ 麦穗的烘焙手帐",
        date="2025-02-09",
        notes="WordPress-like blog: a calendar widget, an archive, a tag line, a comment form, prev/next links; "
        "the post's 发表于 line is the page's date; a repost notice glued after a 。 and a numbered list",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<title>为什么我做蛋糕不再用量杯 ～ 麦穗的烘焙手帐</title>
<link rel="stylesheet" href="/wp-content/themes/kraft/style.css?ver=2.4">
<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1"></script>
</head>
<body class="post-template-default single">
<header class="site-header">
<p class="site-title"><a href="/">⟦m 麦穗的烘焙手帐⟧</a></p>
<p class="site-description">⟦m 一台烤箱，一杆秤，慢慢烤⟧</p>
<nav><a href="/">⟦m 首页⟧</a> <a href="/category/cake/">⟦m 蛋糕教程⟧</a> <a href="/category/bread/">⟦m 面包教程⟧</a> <a href="/about/">⟦m 关于麦穗⟧</a></nav>
</header>
<main>
<article>
<h1 class="entry-title">{T}</h1>
<div class="entry-meta">⟦m 发表于 2025年2月9日 ｜ 分类：烘焙笔记 ｜ 作者：麦穗⟧</div>
<div class="entry-content">
{BODY}
</div>
<footer class="entry-footer">⟦l 标签：厨房秤 / 戚风 / 新手入门⟧</footer>
</article>
<nav class="post-navigation"><div>⟦l ← 前一篇：黄油软化到底要多软⟧</div><div>⟦l 后一篇：家用烤箱温差怎么测 →⟧</div></nav>
<section id="comments"><h3>⟦l 发表评论⟧</h3>
<form><p>⟦l 您的电子邮箱地址不会被公开。昵称 邮箱 网站 评论⟧</p><p><button>⟦a 提交评论⟧</button></p></form></section>
</main>
<aside id="secondary">
<section class="widget_calendar"><h2>⟦l 日历⟧</h2>⟦l 2025年二月 一 二 三 四 五 六 日⟧</section>
<section class="widget_archive"><h2>⟦l 往期文章⟧</h2><ul><li>⟦l 2025年二月 (3)⟧</li><li>⟦l 2025年一月 (5)⟧</li><li>⟦l 2024年十二月 (4)⟧</li></ul></section>
</aside>
<footer class="site-footer">⟦m © 2025 麦穗的烘焙手帐 · 自豪地采用 WordPress⟧</footer>
</body>
</html>
""",
        body="""
刚学烘焙那两年，我一直用量杯和量勺，同一个方子做出来的戚风，有时候蓬松，有时候塌得像饼。后来一位做甜品的朋友一句话点醒了我：面粉是会被压实的。
同样一杯低筋面粉，轻轻舀进去大约是110克，用力压一压能装到140克，相差将近三成，蛋糕当然不稳定。
从那以后我改用厨房秤，所有材料都按克称。我的习惯是：
1. 先放空盆，按去皮键归零；
2. 每加一种材料都重新归零，不用另外算总数；
3. 鸡蛋也称，去壳后蛋黄和蛋白分别记重量。
用秤以后，同一个方子连续做了十次，每次出炉的高度几乎一样。⟦d （手帐原创，搬运请先留言打招呼）⟧如果你也总是“看运气”做蛋糕，不妨先买一台能称到1克的厨房秤。
""",
    ),
    dict(
        slug="blog-laopu-hutch-winter-wrapped-54",
        site="老蒲养兔记 (invented, personal blog)",
        style="博客",
        genre="随笔",
        kind="other",
        form="text",
        source="https://laopu-yangtu.blogbus.example.com/post/1187",
        title="入冬前给兔笼做的四件事",
        record_title="〔兔舍随笔〕入冬前给兔笼做的四件事 ･ 老蒲养兔记",
        date=None,
        notes="a farmer's blog hard-wrapped at 54 columns; only an update stamp (更新于 2 周前) and a 写于立冬前 aside, no date; "
        "a visit counter, tags and a comment prompt",
        page="""
!m 老蒲养兔记 —— 甂口镇一个老兔农的絮叨
!m 首页 · 随笔 · 养兔技术 · 留言本
!t 〔兔舍随笔〕入冬前给兔笼做的四件事
!m 更新于 2 周前 · 被围观 622 次
{BODY}
!l 标签：兔笼　冬季管理　老法子
!l 《上一篇》母兔产后不吃料怎么办
!l 还没有人留言，抢个沙发？
!m 本博客托管于博途空间 · 蜀ICP备16033107号
""",
        wrap=54,
        indent="\u3000\u3000",
        body="""
我在甂口镇养了二十几年兔子，每年立冬前都要把兔笼收拾一遍。今年给几位刚入行的年轻人讲了一遍，顺手记下来。
第一件，查底网。竹板底网冬天容易开裂，裂缝卡住兔脚就麻烦了，有裂的当场换掉。
第二件，挂帘子。笼子朝北的一面挂上草帘，晚上放下来挡风，白天卷起来通气，不能捂得严严实实，兔舍里氨气重了兔子更容易得鼻炎。
第三件，垫干草。产仔箱里多垫一层晒干的稻草，母兔拉毛做窝也方便。
第四件，改水嘴。自动饮水器的水管要包上保温棉，最冷那几天夜里把水放掉，早上再开，免得冻裂。
这些都是老法子，花钱不多，管用。
""",
    ),
    dict(
        slug="wechat-yicheng-eye-lens-case-h1-missing",
        site="微篇阁 (invented WeChat-article mirror)",
        style="公众号镜像",
        genre="科普",
        kind="other",
        form="html",
        source="https://www.weipiange.com/a/yichengyanshiguang/20250304/9k2Lq0.html",
        title="隐形眼镜盒，比镜片更该勤换",
        record_title=None,
        date="2025-03-04",
        notes="no title in the record: the article's <h1>; an account line as the page's date; a star prompt glued before the first "
        "words; 原创 mark, 阅读原文/在看 rows, a collection tag, a QR line and the mirror's archive note",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>微篇阁 - 公众号文章收录</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<script src="/static/wwc.bundle.js"></script>
</head>
<body>
<div class="wwc-head"><a href="/">⟦m 微篇阁⟧</a> <span>⟦m 收录 4,203,118 篇公众号文章⟧</span> <a href="/search">⟦a 搜文章⟧</a></div>
<div class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta_list">⟦m 原创⟧ ⟦m 瓵城眼视光医院⟧ ⟦m 瓵城眼视光 2025年3月4日 09:30 湖南⟧</div>
<div class="rich_media_content" id="js_content">
{BODY}
</div>
<div class="collect-tag">⟦l 收录于合集 #爱眼小课堂 23个⟧</div>
<div class="wx-tool">⟦a 阅读原文⟧ ⟦m 阅读 3587⟧ ⟦a ♡ 赞 ⟧ ⟦a 分享 ⟧ ⟦a 在看⟧</div>
<div class="qr">⟦w 长按识别二维码，关注瓵城眼视光，挂号查报告更便捷⟧</div>
</div>
<div class="wwc-note">⟦d 本页由微篇阁自动收录自公开的微信公众号文章，版权属原作者；原作者如需撤稿请邮件 chegao@weipiange.com⟧</div>
<div class="wwc-more"><h4>⟦l 同一公众号的其他文章⟧</h4>
<p>⟦l 孩子眨眼频繁，是不是近视了？⟧</p>
<p>⟦l 角膜塑形镜复查，别拖⟧</p></div>
</body>
</html>
""",
        p_html='<section><p style="line-height:1.75em;">{}</p></section>',
        body="""
⟦a 点上方“瓵城眼视光”蓝字，设为★星标，好文不走丢⟧很多戴隐形眼镜的朋友，镜片按时换，护理液也舍得买，唯独那只小小的镜盒，一用就是一两年。
上个月，我院角膜病门诊接诊了一位21岁的大学生，右眼红痛、畏光，检查发现是细菌性角膜炎。追问病史，她的镜盒已经用了一年半，盒底有一层滑腻的膜。
镜盒为什么容易藏细菌？镜盒长期处于潮湿状态，护理液残留加上镜片带下来的蛋白，很容易形成生物膜，普通冲洗洗不掉。
医生建议：
1. 每次取出镜片后，倒掉旧护理液，用新护理液冲洗镜盒，开口朝下自然晾干；
2. 不要用自来水、纯净水冲洗镜盒，更不要用纸巾擦内壁；
3. 镜盒至少每三个月更换一次，换新护理液时顺手换新盒最方便。
出现眼红、眼痛、视物模糊时，请立即停戴并及时就医。
""",
    ),
    dict(
        slug="wechat-keshan-traffic-rear-door-child-lock",
        site="公号阁 (invented WeChat-article mirror)",
        style="公众号镜像",
        genre="提示",
        kind="other",
        form="text",
        source="http://gonghaoge.cn/mp/keshanjiaojing/2025-07-02/48107",
        title="后排车门的“儿童锁”，你会用吗？",
        record_title="榼山交警丨后排车门的“儿童锁”，你会用吗？ — 公号阁",
        date="2025-07-02",
        notes="a WeChat mirror in text: an account line as the page's date, a follow prompt between paragraphs, a like/在看 row, "
        "a 'more from this account' list and the mirror's crawl stamp (no date)",
        page="""
!m 公号阁 · 好文章都在这里
!t 榼山交警丨后排车门的“儿童锁”，你会用吗？
!m 榼山交警　2025-07-02 17:45
!m 公号阁于 2025-07-05 收录
{BODY}
!a 👍 点赞　　✧ 在看　　↗ 转给家人
!l 榼山交警近期文章：
!l 暴雨天开车，这几件事千万别做
!l 电动车戴盔，我们查的不是罚款
!d 公号阁仅做内容收录与索引，不对原文观点负责。
""",
        indent="",
        gap=True,
        body="""
暑假到了，不少家长开车带孩子出游。提醒大家：后排车门上有一个小小的“儿童锁”，关键时刻能救命。
儿童锁一般在后排车门侧面、门锁下方，有的标着一个小孩图案，拨到“锁”的位置后，车门从里面就打不开了，只能从外面开。
⟦a ☞ 还没关注的朋友，点标题下方“榼山交警”关注我们⟧
6月以来，我县发生两起行驶中儿童自行打开后门的险情，所幸都没有造成伤亡。民警检查发现，两辆车的儿童锁都没有开启。
交警提示：
一、孩子坐后排时，出发前检查儿童锁是否拨到锁止位置；
二、儿童锁不能代替安全座椅，12岁以下儿童应使用安全座椅；
三、下车时由大人从外侧开门，注意观察后方来车。
""",
    ),
    dict(
        slug="docshare-wenxia-contract-tissue-box-template-docx",
        site="文匣网 (invented document-sharing site)",
        style="文档分享",
        genre="合同范本",
        kind="other",
        form="html",
        source="https://www.wenxia.net/doc/2025/0412/6610387.html",
        title="纸巾盒采购合同",
        record_title="纸巾盒采购合同.docx",
        date=None,
        notes="a sharing page for a .docx: upload notice, a points lock, a service WeChat, ratings; a contract template with ×× "
        "placeholders, 第N条 articles and ＿＿＿＿年＿＿月＿＿日 blanks (no date); the upload stamp is no date",
        page="""
<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<title>纸巾盒采购合同.docx-文匣网</title>
<script src="//cdn.wenxia.net/js/preview.2025.js"></script>
</head>
<body>
<div class="wx-header"><a class="logo">⟦m 文匣网⟧</a><span>⟦m 一匣在手 文档全有⟧</span><a>⟦a 上传赚匣币⟧</a><a>⟦a 登录⟧</a></div>
<div class="wx-crumb">⟦m 文匣网 / 合同协议 / 买卖合同⟧</div>
<div class="wx-doc">
<h1>⟦t 纸巾盒采购合同.docx⟧</h1>
<div class="wx-info">⟦m 分享者：匣友 lin_2208　分享于 2025-04-12　大小 21.6KB　格式 DOCX⟧</div>
<div class="wx-stars">⟦m ★★★★★ 5.0（17人打分）⟧</div>
<div class="wx-notice">⟦d 此文档系匣友自行上传，文匣网不审核内容，仅提供存储与预览，侵权内容请走投诉通道。⟧</div>
<div class="wx-preview">
{BODY}
</div>
<div class="wx-lock">⟦a 原文件需 8 匣币下载，当前余额不足，去充值⟧</div>
<div class="wx-btns"><a>⟦a ⬇ 下载原文件⟧</a> <a>⟦a ☆ 收进文件夹⟧</a> <a>⟦a ⚑ 举报⟧</a></div>
</div>
<div class="wx-side"><h3>⟦l 同类合同⟧</h3>
<p>⟦l 酒店布草洗涤服务合同⟧</p><p>⟦l 一次性用品供货协议（宾馆）⟧</p><p>⟦l 办公耗材年度采购合同⟧</p></div>
<div class="wx-kefu">⟦w 下载遇到问题？加匣网客服微信 wenxia_kf07⟧</div>
<div class="wx-foot">⟦m 文匣网 wenxia.net　苏ICP备21055902号-1⟧</div>
</body>
</html>
""",
        body="""
甲方（采购方）：××宾馆
乙方（供货方）：××纸品有限公司
甲乙双方经协商一致，就甲方采购客房纸巾盒事宜订立本合同。
第一条　货物名称：木质抽纸盒，型号××，数量＿＿个，单价＿＿元，总价＿＿元。
第二条　乙方应在＿＿年＿＿月＿＿日前将货物送至甲方指定地点，运费由乙方承担。
第三条　需在纸巾盒底部印制甲方标识的，印制样稿须经甲方书面确认后方可批量生产。
第四条　甲方收货后7日内验收，验收合格后15日内付清货款。
第五条　货物有开裂、异味、尺寸不符等质量问题的，乙方负责退换，并承担由此产生的费用。
第六条　本合同一式两份，甲乙双方各执一份，自双方签字盖章之日起生效。
甲方（盖章）：　　　　乙方（盖章）：
签订日期：＿＿＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="docshare-duwenku-survey-hutches-pdf-markers",
        site="读文共享 (invented document-sharing site)",
        style="文档分享",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://share.duwengx.com/d/20250107/331862.html",
        title="关于槃溪县兔笼养殖设施现状的调研报告",
        record_title="关于槃溪县兔笼养殖设施现状的调研报告.pdf",
        date="2024-12-20",
        notes="a shared .pdf as text, cut by ☋P n☋ markers on a line of their own or glued with a space; 成文日期 under the signature; "
        "upload notice, a points box and a related list",
        page="""
!m 读文共享 | 资料共享 互助下载
!t 关于槃溪县兔笼养殖设施现状的调研报告.pdf
!m 上传时间：2025-01-07　页数：3　下载：59次　所需积分：6
!d 本资料由共享用户上传，读文共享仅作存储，著作权归原作者，如有异议请联系删除。
{BODY}
!a 预览仅显示前3页，完整PDF请积分兑换后保存
!l 大家还下载了：肉兔规模养殖场建设规范｜兔舍环境控制技术要点
!m 读文共享　share.duwengx.com
""",
        indent="\u3000\u3000",
        pages=dict(fmt="☋P{n}☋", every=130, start=2, glue="mix", sep=" "),
        body="""
为摸清全县兔笼养殖设施底数，2024年10月至11月，县畜牧兽医服务中心组织技术人员对全县64家规模兔场逐场调查。现将情况报告如下。
一、笼具现状。64家兔场共有笼位9.8万个，其中镀锌双层兔笼5.1万个，占52%；竹木笼和自制铁丝笼4.7万个，占48%。竹木笼平均使用年限已超过8年。
二、主要问题。一是旧笼底网不平，脚皮炎发病率高；二是粪尿不能及时分离，兔舍氨气浓度偏高；三是多数小场没有自动饮水，人工加水劳动强度大。
三、建议。一是将兔笼改造纳入县级补助，按笼位给予适当补助；二是推广“笼底漏缝+粪板”结构，实现粪尿分离；三是分批培训养殖户，学会笼具日常维护。
槃溪县畜牧兽医服务中心
2024年12月20日
""",
    ),
    dict(
        slug="edu-zhiyang-notice-lens-hygiene-contact-mailbox",
        site="祗阳教育网 (invented education-bureau portal)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.zhiyang.gov.cn/tzgg/2025/0903/11872.html",
        title="关于加强中小学生隐形眼镜使用卫生宣传教育的通知",
        record_title="〔县局发文·体卫艺〕关于加强中小学生隐形眼镜使用卫生宣传教育的通知 — 祗阳教育网",
        date="2025-09-01",
        date_also=["2025-09-03"],
        notes="education portal: a 关怀版/读屏 row, an attachment link row, a scan-to-phone line and a technical-support line next to the "
        "bureau's own 联系人/电话/邮箱; 附件 list; a sentence asking schools to 下载/打印 the poster; 发布 date differs",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>〔县局发文·体卫艺〕关于加强中小学生隐形眼镜使用卫生宣传教育的通知 — 祗阳教育网</title>
<link rel="stylesheet" href="/css/jyj2025.css">
<script src="/js/jquery.min.js"></script>
</head>
<body>
<div class="toolbar">⟦a 关怀版⟧ ⟦a 读屏开关⟧ ⟦a 高对比度⟧ ⟦a 网站地图⟧</div>
<div class="logo">⟦m 祗阳县教育局　祗阳教育网⟧</div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 教育要闻⟧</li><li>⟦m 通知公告⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 办事指南⟧</li></ul>
<div class="loc">⟦m 您的位置 ▹ 首页 ▹ 通知公告⟧</div>
<div class="detail">
<h2>{T}</h2>
<div class="detail-info">⟦m 发布者：体卫艺股　发布时间：2025-09-03 16:20　点击：1203⟧</div>
<div class="detail-body">
{BODY}
</div>
<div class="fj">⟦a 附件下载：隐形眼镜卫生宣传挂图.pdf（3.2MB）　登记表.xlsx（18KB）⟧</div>
<div class="scan">⟦a 用手机扫一扫，在手机上继续阅读本页⟧</div>
<div class="pager">⟦l 上一条：关于做好2025年秋季学期学生资助工作的通知⟧<br>⟦l 下一条：祗阳县2025年中小学教师招聘拟聘用人员公示⟧</div>
</div>
<div class="foot">
<p>⟦m 主办：祗阳县教育局　地址：祗阳县文昌路18号⟧</p>
<p>⟦m 网站技术支持：祗阳县教育信息中心　联系电话：0745-6630900⟧</p>
<p>⟦m 湘ICP备10021336号-1⟧</p>
</div>
</body>
</html>
""",
        p_html='<p style="text-indent:2em;line-height:2">{}</p>',
        body="""
各中小学校：
近期，我县部分中学学生配戴隐形眼镜的人数明显增多，个别学生因镜盒长期不换、混用护理液引发角膜炎。为加强学生用眼卫生教育，现就有关事项通知如下。
一、各校要在9月份利用班会、广播等开展一次隐形眼镜卫生专题教育，重点讲清镜盒每三个月更换、不得与同学共用镜盒和护理液等要求。
二、校医室要对配戴隐形眼镜的学生进行登记，提醒家长定期带孩子到正规医疗机构复查。
三、请各校下载附件中的宣传挂图，打印后张贴在教室和宿舍。
联系人：县教育局体卫艺股 邝敏　电话：0745-6632017　邮箱：zyjytwy@zhiyang-edu.example.cn
附件：1.隐形眼镜卫生宣传挂图
2.学生配戴隐形眼镜情况登记表
祗阳县教育局
2025年9月1日
""",
    ),
    dict(
        slug="edu-angchuan-notice-kindergarten-lock-check",
        site="盎川教育信息网 (invented education portal)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.acjy.example.cn/Item/6612.aspx",
        title="关于开展幼儿园儿童锁等安全设施专项排查的通知",
        date="2025-03-03",
        notes="record title as is; an education portal's text page with a technical-support line beside the bureau's own contact; "
        "a share row glued after the last sentence of a paragraph; 成文日期 under the signature",
        page="""
!m 盎川教育信息网
!m 当前栏目：首页 >> 通知公告 >> 学前教育
{T}
!m 作者：安全股　录入时间：2025-03-04　浏览：391次
{BODY}
!a 〖打印此通知〗〖收藏到个人中心〗
!l 相关通知：关于开展春季学期校园食品安全检查的通知
!m 技术维护：县教育信息中心　维护电话：0736-7230988
!m 盎川县教育局主办　湘ICP备12006640号
""",
        indent="\u3000\u3000",
        body="""
各乡镇中心学校，县直各幼儿园，各民办幼儿园：
为预防幼儿意外伤害，县教育局决定于3月10日至4月10日在全县幼儿园开展儿童锁等安全设施专项排查。现将有关事项通知如下。
一、排查内容：窗户限位器、柜门及抽屉儿童锁、插座保护盖、药品柜和消毒柜锁具的安装和使用情况。
二、工作要求：各园要逐室逐柜排查，建立问题清单，能立即整改的立即整改；需要购置锁具的，于4月底前完成。⟦l 分享到：微信｜QQ｜钉钉⟧
三、请各园于4月10日前将排查情况汇总表报县教育局安全股。
联系人：牟建新　电话：0736-7231550
盎川县教育局
2025年3月3日
""",
    ),
    dict(
        slug="intranet-lanting-hotel-minutes-tissue-boxes-oa",
        site="澜庭酒店协同办公平台 (invented intranet)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.lantinghotel.example.com/doc/view?id=20250617-0412",
        title="客房部关于更换客房纸巾盒的专题会议纪要",
        record_title="〔客房口〕客房部关于更换客房纸巾盒的专题会议纪要 ▪ 澜庭协同",
        record_date="2025-06-17",
        date="2025-06-17",
        notes="OA document view with its 流转记录, a read count, a sign-for button and a watermark line; minutes with "
        "时间/地点/主持/参会/记录 lines kept in the body; date from the record",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〔客房口〕客房部关于更换客房纸巾盒的专题会议纪要 ▪ 澜庭协同</title>
<script src="/oa/static/doc-view.js"></script>
</head>
<body>
<div class="oa-top">⟦m 澜庭协同 · 榼山澜庭酒店有限公司⟧ <span>⟦m 当前用户：前厅部 谭小雨⟧</span> <a>⟦a 退出⟧</a></div>
<div class="oa-menu">⟦m 待办(4) │ 已办 │ 公文 │ 会议 │ 通讯录⟧</div>
<div class="oa-doc">
<div class="doc-head">⟦m 文档类型：会议纪要　密级：内部　拟稿：客房部⟧</div>
<h2>{T}</h2>
<div class="doc-body">
{BODY}
</div>
<div class="doc-read">⟦m 已读 27 人 ／ 未读 6 人⟧ <button>⟦a 确认签收⟧</button> <button>⟦a 转交他人⟧</button></div>
<table class="flow">
<tr><th>⟦m 流转记录⟧</th></tr>
<tr><td>⟦m 06-17 17:40 客房部 葛晓雯 起草⟧</td></tr>
<tr><td>⟦m 06-18 09:12 客房部经理 凌嘉禾 审核通过⟧</td></tr>
<tr><td>⟦m 06-18 10:05 总经办 分发至各部门⟧</td></tr>
</table>
<div class="wm">⟦d 内部资料 严禁外传 · 谭小雨 0619⟧</div>
</div>
<div class="oa-foot">⟦m 澜庭协同 V6.2　信息部维护　分机 8016⟧</div>
</body>
</html>
""",
        body="""
时间：2025年6月17日14:30
地点：酒店三楼会议室
主持：客房部经理 凌嘉禾
参会：客房部主管、领班，采购部 欧阳茜，财务部 翁立
记录：葛晓雯
会议议定事项如下：
一、客房现用塑料纸巾盒共286个，破损、发黄的112个于7月底前全部更换为竹制纸巾盒，其余分批更换。
二、采购部按三家比价原则询价，7月5日前提交比价结果。
三、新纸巾盒底部贴房号标签，纳入客房物品月度盘点，丢失的按成本价计入当月损耗。
四、更换下来的旧纸巾盒由工程部统一回收处理，不得随意丢弃。
""",
    ),
    dict(
        slug="intranet-zhunheng-bulletin-scale-calibration-oneline",
        site="准衡电器内网 (invented intranet)",
        style="企业内网",
        genre="通报",
        kind="notice",
        form="text",
        source="http://intra.zhunheng.example.com/notice/2025/0403-qa.html",
        title="质量部关于3月份厨房秤出厂校准不合格情况的通报",
        record_title="【质量警示】质量部关于3月份厨房秤出厂校准不合格情况的通报",
        date="2025-04-03",
        notes="an intranet export with the whole body on one line; 抄送 line; an IT desk line and a read count around it",
        page="""
!m 瓵城市准衡电器有限公司 · 员工内网
!m 公告通报 › 质量管理
!t 【质量警示】质量部关于3月份厨房秤出厂校准不合格情况的通报
!m 发布部门：质量部　阅读 148 次
{BODY}
!a 〔导出PDF〕〔我已阅读〕
!m 内网使用问题请拨信息部分机 6200
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
各车间、各部门：
3月份，质量部对出厂前的电子厨房秤进行抽样校准，共抽检1200台，发现称量误差超出±2克的23台，全部出自二车间3月12日至14日生产的批次。经查，原因是新入职的两名校准员未按规程预热10分钟即开始校准。
为此，对二车间通报批评，扣除该车间当月质量考核分5分。各车间要立即组织校准员重新学习《厨房秤出厂校准规程》，严格执行预热、标准砝码核验和复称程序。
质量部
2025年4月3日
抄送：总经理办公室，生产部。
""",
    ),
]

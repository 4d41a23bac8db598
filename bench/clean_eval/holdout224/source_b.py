"""holdout224, part B: blogs, WeChat mirrors, document-sharing pages, education portals and
enterprise intranets. Every page, place, person, firm, number and URL is invented; each case
written by hand. See ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="blog-gezhou-backpack-weighing-typecho",
        site="舸舟的自留地 (invented, Typecho-style blog)",
        style="博客",
        genre="随笔",
        kind="other",
        form="html",
        source="https://gezhou.blog.example-typecho.cn/archives/412/",
        title="开学第一周，我给全班的双肩书包称了重",
        record_title="【体育老师手记】开学第一周，我给全班的双肩书包称了重 – 舸舟的自留地",
        date="2025-09-05",
        notes="Typecho-like blog: tag cloud, archive, comment form and comments; the post's 发表于 line is the date; a reprint aside glued after the last 。",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<title>【体育老师手记】开学第一周，我给全班的双肩书包称了重 – 舸舟的自留地</title>
<link rel="stylesheet" href="/usr/themes/shuimo/style.css">
<script src="/usr/themes/shuimo/js/prism.js" async></script>
</head>
<body>
<header id="header">
<div class="site-name"><a href="/">⟦m 舸舟的自留地⟧</a></div>
<div class="site-desc">⟦m 一个体育老师的碎碎念，跑步、带班、看孩子们长大⟧</div>
<nav>⟦m <a href="/">首页</a> <a href="/category/jiaoxue/">教学随笔</a> <a href="/category/paobu/">跑步日志</a> <a href="/about.html">关于舸舟</a>⟧</nav>
</header>
<div id="main">
<article class="post">
<h1 class="post-title">⟦t 【体育老师手记】开学第一周，我给全班的双肩书包称了重⟧</h1>
<ul class="post-meta"><li>⟦m 发表于 2025年9月5日⟧</li><li>⟦m 分类：教学随笔⟧</li><li>⟦m 386 次围观⟧</li></ul>
<div class="post-content">
{BODY}
</div>
<p class="tags">⟦l 标签：书包, 体育课, 脊柱健康, 班主任⟧</p>
<div class="post-near">⟦l « 暑假带娃跑完了第一个十公里⟧　⟦l 秋季运动会入场式怎么排 »⟧</div>
</article>
<div id="comments">
<h3>⟦l 已有 2 条评论⟧</h3>
<ol class="comment-list">
<li>⟦l 小桨妈妈　2 天前　回复：孩子回家说体育老师给书包称重，我才知道她每天背那么多⟧</li>
<li>⟦l 跑者阿岚　昨天　回复：背带收短这一条太重要了⟧</li>
</ol>
<form id="comment-form"><textarea placeholder="在这里说说你的看法"></textarea><p>⟦l 称呼*　邮箱*　网址　提交评论⟧</p></form>
</div>
</div>
<aside id="secondary">
<section><h3>⟦l 标签云⟧</h3><p>⟦l 跑步 体育课 班主任 书包 运动会 跳绳 家长会⟧</p></section>
<section><h3>⟦l 文章归档⟧</h3><ul><li>⟦l 2025年9月 (3)⟧</li><li>⟦l 2025年8月 (5)⟧</li><li>⟦l 2025年7月 (4)⟧</li></ul></section>
</aside>
<footer id="footer">⟦m © 2025 舸舟的自留地　由 Typecho 驱动　主题 水墨⟧</footer>
<script>hljs && hljs.initHighlighting();</script>
</body>
</html>
""",
        body="""
开学第一周，我在体育课前借了校医室的体重秤，给四年级二班四十二个孩子的书包挨个称了重。
结果有点出乎意料：最轻的2.1公斤，最重的7.4公斤，超过5公斤的有十一个。最重的那只书包里，除了课本，还有两本课外书、一个保温杯和一盒彩笔。
我又请孩子们背上书包走一圈，发现不少人把背带放得很长，书包坠在屁股上，走路时身子往前探。
课后，我和班主任商量了三件事：每天放学前对着课表收书包；保温杯换成小一号的；背带收短，让书包贴住后背。
一个月后再称，超过5公斤的只剩三个了。孩子的背，值得我们多操一点心。⟦m （原创文字，转载请先留言）⟧
""",
    ),
    dict(
        slug="blog-tingtao-mattress-memoir-wrapped",
        site="听涛小筑 (invented, personal blog)",
        style="博客",
        genre="散文",
        kind="other",
        form="text",
        source="http://tingtaoxz.example-blog.net/post/2024/12/mattress.html",
        title="那张补了三次的充气床垫",
        record_title="那张补了三次的充气床垫 · 随笔 | 听涛小筑",
        date=None,
        notes="a personal blog's essay hard-wrapped at 56 columns; only 写于二〇二四年冬 and a relative modification time, so no date",
        page="""
!m 听涛小筑
!m 写点旧事，记点潮声
!m 首页 / 随笔 / 正文
!t 那张补了三次的充气床垫 · 随笔
!m 最后修改于 3 个月前　·　阅读 207　·　评论 4
{BODY}
!l 分类：随笔　标签：父亲 沙滩 旧物
!l ← 上一篇：外婆的蒲扇　　下一篇：第一次坐绿皮火车去省城 →
!l 评论（4）　写评论……
!m 听涛小筑 · 用 Hexo 搭建 · 本站已安静运行 2931 天
""",
        indent="\u3000\u3000",
        wrap=56,
        body="""
九十年代末，父亲从幄阳百货公司扛回一张墨绿色的充气床垫，说是给一家人出去看海时用。那时候没有电动气泵，全靠一只脚踩的风箱，父亲踩得满头大汗，我和妹妹在旁边数数。
第一次用它是在沚湾的沙滩上。夜里潮水声一阵紧一阵，床垫在沙子上轻轻晃，像一条小船。半夜床垫瘪了，父亲摸黑找到漏气的地方，用补自行车胎的胶片补好，又踩了二十分钟。
后来床垫又漏过两回，都是父亲补的，补丁一块叠一块，像地图上的小岛。
如今露营装备越来越好，自充气的、带枕头的，一按就鼓。可我总记得那张墨绿色的床垫，和父亲踩风箱时哼的那支老歌。
写于二〇二四年冬
""",
    ),
    dict(
        slug="wechat-weichuan-hospital-parasol-h1-only",
        site="镜阅 (invented WeChat mirror of a hospital account)",
        style="公众号镜像",
        genre="科普",
        kind="other",
        form="html",
        source="https://wx.jingxiang-reader.cn/s/wchospital/20250715_1",
        title="遮阳伞选黑胶还是银胶？皮肤科医生说清楚了",
        record_title=None,
        date="2025-07-15",
        notes="WeChat mirror without a record title: the <h1>; 原创 tag, a star prompt glued before the first words, 阅读原文/在看/赞赏 rows, the mirror's crawl note; the account line's date is the date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>遮阳伞选黑胶还是银胶？皮肤科医生说清楚了</title>
<link rel="stylesheet" href="/static/mp_mirror.css">
<script src="/static/lazyimg.js"></script>
</head>
<body>
<div class="mirror-bar">⟦m 镜阅 · 公众号文章离线阅读⟧　<a href="/">⟦a 回镜阅首页⟧</a></div>
<div id="js_article" class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta_list">
<span class="original">⟦m 原创⟧</span>
<span>⟦m 帷川县人民医院　2025年07月15日 07:30　浙江⟧</span>
</div>
<div class="rich_media_content" id="js_content">
{BODY}
</div>
<div class="rich_media_tool">⟦a 阅读原文⟧　⟦l 阅读 2.3万　在看 118　赞 406⟧</div>
<div class="reward">⟦a 喜欢作者　写留言⟧</div>
<div class="qr">⟦w 长按识别二维码，预约皮肤科专家号⟧</div>
</div>
<div class="mirror-note">⟦d 本页为镜阅抓取的公众号文章副本，抓取于 2 天前，版权属原公众号所有⟧</div>
<script>lazy();</script>
</body>
</html>
""",
        p_html='<section><p style="font-size:16px;line-height:1.8;">{}</p></section>',
        body="""
⟦a 点蓝字“帷川县人民医院”，把我们设为星标⟧入夏以来，皮肤科门诊晒伤的患者明显增多。不少人问：遮阳伞到底怎么选？
一看标识。选购时认准伞面上标注的UPF值，UPF大于40且UVA透过率小于5%，才算得上防晒伞。
二看涂层。黑胶涂层吸收紫外线的能力较强，银胶涂层反射热量更好，两者防晒效果差别不大，关键看涂层是否完整。
三看使用年限。伞面涂层会随折叠、摩擦逐渐脱落，一般用两到三年就应更换。
皮肤科主任鲍晴提醒，在沙滩上，沙子和水面还会反射紫外线，打着遮阳伞也要涂防晒霜，每两小时补涂一次。
""",
    ),
    dict(
        slug="wechat-manxi-forestry-stove-pledge",
        site="镜阅 (invented WeChat mirror)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://wx.jingxiang-reader.cn/s/manxilinye/20251009_2",
        title="关于文明露营、安全用火的倡议书",
        record_title="【秋冬防火】关于文明露营、安全用火的倡议书 ▏幔溪林业 · 镜阅",
        date="2025-10-08",
        date_also=["2025-10-09"],
        notes="a forestry bureau's pledge on a WeChat mirror: the account line's date and the pledge's own date differ (the pledge's expected, the other accepted); a follow prompt on top, a QR line and 在看 row below; 转发、分享 as content",
        page="""
!m 镜阅 · 公众号文章离线阅读
!t 【秋冬防火】关于文明露营、安全用火的倡议书
!m 幔溪林业　2025-10-09 18:20
!a 戳上方“幔溪林业”，第一时间看林区动态
{BODY}
!a 阅读原文
!l 在看 56　　赞 97　　转发 210
!w 长按二维码关注“幔溪林业”，林区火情随时报
!d 镜阅仅作离线阅读之用，文章版权归原公众号所有
""",
        body="""
广大露营爱好者、游客朋友们：
秋冬季节天干物燥，林区火险等级持续偏高。为守护旃岭的青山绿水，我们向大家发出如下倡议：
一、进入林区不携带火种，不在森林公园禁火区使用卡式炉、气罐炉、木炭炉等户外炉具。
二、在指定露营地做饭时，炉具须放在集中炊事区的防火台面上，人离火灭，余火浇透。
三、发现烟点火情，立即拨打森林防火报警电话12119，并尽快撤离到安全地带。
四、请大家转发、分享本倡议，让更多身边的朋友知晓林区用火规定。
幔溪县林业局
2025年10月8日
""",
    ),
    dict(
        slug="docshare-xianchuang-request-mattress-wps",
        site="舷窗文档 (invented)",
        style="文档分享",
        genre="请示",
        kind="notice",
        form="html",
        source="https://www.xianchuangdoc.com/d/e29b04a7.html",
        title="关于购置防汛值守用充气床垫的请示",
        record_title="关于购置防汛值守用充气床垫的请示.wps",
        date="2025-05-12",
        notes="file-name record title; a sharing page with ratings, an upload notice, a points lock and the site's service WeChat next to the request's own 联系人/电话; 成文日期 in Chinese numerals",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>关于购置防汛值守用充气床垫的请示.wps-舷窗文档</title>
<link rel="stylesheet" href="//cdn.xianchuangdoc.com/css/view.css">
<script src="//cdn.xianchuangdoc.com/js/view.js"></script>
</head>
<body>
<div class="xc-head"><a href="/" class="logo">⟦m 舷窗文档 · 推开一扇窗，资料全都有⟧</a> <a href="/upload">⟦a 我要传文档⟧</a> <a href="/my">⟦a 个人中心⟧</a></div>
<div class="xc-main">
<div class="xc-title"><h1>⟦t 关于购置防汛值守用充气床垫的请示.wps⟧</h1>
<p>⟦m 分享者：楫口小文书　上传于 2025-06-03　2页　★★★★☆ 4.2分（37人评）⟧</p></div>
<div class="xc-notice">⟦d 舷窗提示：文档由网友自行上传，舷窗仅做存储，版权或内容有疑义请点右上角申诉⟧</div>
<div class="xc-doc">
<p class="t">{T}</p>
{BODY}
</div>
<div class="xc-lock">⟦a 本文档下载需 3 个窗积分，签到可免费领积分⟧ <button>⟦a 马上下载⟧</button></div>
<div class="xc-service">⟦w 找不到想要的材料？舷窗客服微信 xc-wendang01 帮你找⟧</div>
</div>
<div class="xc-side"><h4>⟦l 你可能还需要⟧</h4><ul><li>⟦l 防汛物资采购申请报告范文⟧</li><li>⟦l 乡镇防汛值班制度（2025）⟧</li><li>⟦l 关于增拨应急物资经费的请示⟧</li></ul></div>
<div class="xc-foot">⟦m 舷窗文档 xianchuangdoc.com　粤ICP备20087711号-4⟧</div>
</body>
</html>
""",
        body="""
县应急管理局：
每年主汛期，我镇防汛指挥部实行24小时值守，镇机关和各村值守人员长期在办公室打地铺休息，条件简陋，夜间容易受凉受潮，影响应急处置状态。
为改善值守条件，我镇拟购置充气床垫40张（含电动充气泵10台），分配至镇防汛指挥部和8个沿河村值守点，预计费用1.6万元。床垫选用加厚防潮款，可折叠存放，汛后统一清洗入库，循环使用。
恳请县应急管理局从防汛物资经费中给予补助。
妥否，请批示。
联系人：麦舸，电话：13905761830。
帷川县楫口镇人民政府
二〇二五年五月十二日
""",
    ),
    dict(
        slug="docshare-xianchuang-parasol-contract-template",
        site="舷窗文档 (invented)",
        style="文档分享",
        genre="合同范本",
        kind="other",
        form="text",
        source="https://www.xianchuangdoc.com/d/71c0a3f8.html",
        title="海滨浴场遮阳伞租赁经营合同（范本）",
        record_title="【免费模板】海滨浴场遮阳伞租赁经营合同（范本）〔可直接填写〕",
        date=None,
        notes="a contract template with 第N条 articles, ×× placeholders and ＿＿年＿＿月＿＿日 blanks (no date); an upload stamp is no date; a download button glued after a 。",
        page="""
!m 舷窗文档 · 推开一扇窗，资料全都有
!t 【免费模板】海滨浴场遮阳伞租赁经营合同（范本）〔可直接填写〕
!m 分享者：海边阿楫　上传时间：2025-03-02　3页　下载 88 次
!d 舷窗提示：范本仅供参考，签约前请结合当地规定修改
{BODY}
!a 免费下载此模板（DOCX，无需积分）
!l 同类模板：摊位租赁合同　沙滩躺椅租用协议　景区经营场地合同
!w 合同拿不准？舷窗律师在线答 QQ 2296031845
""",
        body="""
出租方（甲方）：××镇海水浴场管理站
承租方（乙方）：＿＿＿＿＿＿
第一条　甲方将浴场××区第＿＿号至第＿＿号伞位共＿＿个租给乙方，用于遮阳伞及躺椅租赁经营。
第二条　租期自＿＿年＿＿月＿＿日起至＿＿年＿＿月＿＿日止，伞位租金每个每季＿＿元。
第三条　乙方须按甲方公示的价格收费，不得超范围摆放，不得强行揽客。⟦a 〔一键套用此条〕⟧
第四条　遇六级以上大风或雷雨天气，乙方应立即收伞；因未及时收伞造成游客伤害的，由乙方承担责任。
第五条　本合同一式两份，双方各执一份，自签字之日起生效。
甲方（盖章）：　　　　乙方（签字）：
签订日期：＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="edu-liushui-notice-backpack-check-attach",
        site="旒水教育网 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.liushui.gov.cn/tzgg/2025/0915/6617.html",
        title="关于开展中小学生书包重量专项检查的通知",
        record_title="关于开展中小学生书包重量专项检查的通知_教育政务_旒水教育网",
        date="2025-09-12",
        date_also=["2025-09-15"],
        notes="education bureau page: a 大字/读屏 row, an attachment download link beside the notice's 附件 list, the notice's own 联系人/电话/邮箱 beside the site's technical-support line; 下载/打印 as content; publish date and 成文日期 differ",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>关于开展中小学生书包重量专项检查的通知_教育政务_旒水教育网</title>
<link rel="stylesheet" href="/skin/edu2023/main.css">
<script src="/skin/edu2023/jquery-1.12.js"></script>
</head>
<body>
<div class="edu-top">⟦m 旒水县教育局　旒水教育网⟧　<a>⟦a 大字模式⟧</a> <a>⟦a 读屏辅助⟧</a></div>
<div class="edu-nav">⟦m <a>网站首页</a> <a>机构概况</a> <a>教育政务</a> <a>招生考试</a> <a>家校共育</a>⟧</div>
<div class="edu-pos">⟦m 您现在的位置：旒水教育网 › 教育政务 › 通知公告⟧</div>
<div class="edu-art">
<h2>{T}</h2>
<div class="edu-info">⟦m 发布日期：2025-09-15　来源：基础教育股　点击：1507⟧</div>
<div class="edu-con">
{BODY}
</div>
<div class="edu-fj">⟦a 附件下载：书包重量自查表.docx　带书清单样式.docx⟧</div>
<div class="edu-btn">⟦a 〔打印此文〕〔关闭窗口〕⟧</div>
</div>
<div class="edu-side"><h3>⟦l 最新通知⟧</h3><ul><li>⟦l 关于做好秋季学期学生资助工作的通知⟧</li><li>⟦l 旒水县2025年中小学教师教学比武方案⟧</li></ul></div>
<div class="edu-foot">
<p>⟦m 主办：旒水县教育局　地址：旒水县麾城路19号⟧</p>
<p>⟦m 网站技术支持：0578-8122999（工作日）⟧</p>
<p>⟦m 浙ICP备06011873号⟧</p>
</div>
<script>$(function(){initFont();});</script>
</body>
</html>
""",
        body="""
各中小学：
为落实学生减负要求，促进学生身体健康，县教育局决定于9月下旬在全县中小学开展书包重量专项检查。现将有关事项通知如下：
一、检查内容。学生双肩书包重量（小学一至三年级不超过2.5公斤，四至六年级不超过3.5公斤，初中不超过5公斤），教室储物柜配置，课表与带书清单公示情况。
二、检查方式。各校先行自查，9月25日前将自查表报县教育局基础教育股；县教育局随机抽查，每校抽测学生不少于50名。
三、请各校下载附件，组织班主任打印带书清单，张贴在教室门口。
联系人：简楫，电话：0578-8122601，邮箱：lsjyjc@163.com。
附件：1.书包重量自查表
2.带书清单样式
旒水县教育局
2025年9月12日
""",
    ),
    dict(
        slug="edu-panshan-notice-blocks-scan-signin",
        site="旆山县教育信息网 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.psjy.net.cn/xqjy/tz/20251027/2291.html",
        title="关于举办全县幼儿园积木建构游戏观摩活动的通知",
        record_title="【学前教研】关于举办全县幼儿园积木建构游戏观摩活动的通知",
        date="2025-10-27",
        notes="education site text: a size/colour row, a column prompt glued before the addressee, a 扫码报名/扫码签到/打印 notice that stays whole; the 成文日期 is the date; a visitor counter and a technical-support line",
        page="""
!m 旆山县教育信息网
!a 【字号 大 中 小】【配色 黑白 护眼】
!m 首页 → 学前教育 → 通知
{T}
!m 作者：县教研室　来源：本站原创　更新：2025-10-28 09:03
⟦m 学前教研栏目⟧{BODY}
!a 【发表评论】【告诉好友】【收藏此页】
!m 技术支持：旆山县教育技术装备中心　电话：0578-7023316
!m 您是本站第 1208551 位访客
""",
        body="""
各幼儿园：
为推进幼儿园游戏化课程建设，县教育局定于2025年11月6日在旆山县实验幼儿园举办全县幼儿园积木建构游戏观摩活动。现将有关事项通知如下：
一、参加人员。各公办园分管业务园长1名、骨干教师2名；民办园骨干教师1名。
二、活动安排。上午观摩大、中、小班积木区游戏各1个，下午分组研讨并由专家点评。
三、报名方式。请参加人员于11月3日前扫描附件中的二维码报名，活动当天凭报名截图扫码签到。
四、请各园自带1件本园幼儿积木作品照片（A4打印），用于现场展示。
旆山县教育局
2025年10月27日
""",
    ),
    dict(
        slug="intranet-fanzhou-minutes-stove-oa",
        site="帆舟炊具协同办公平台 (invented intranet)",
        style="企业内网",
        genre="会议纪要",
        kind="other",
        form="html",
        source="http://oa.fanzhou-cook.local/doc/view?id=20250711-0032",
        title="关于卡式炉熄火保护装置整改的专题会议纪要",
        record_title="[已签收] 关于卡式炉熄火保护装置整改的专题会议纪要 ▪ 帆舟炊具协同办公",
        date="2025-07-11",
        notes="OA document view: 流转记录 table, read count, an archive button; the 时间/地点/主持/参会/记录 lines stay in the body, the 时间 line gives the date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>[已签收] 关于卡式炉熄火保护装置整改的专题会议纪要 ▪ 帆舟炊具协同办公</title>
<link rel="stylesheet" href="/oa/theme/blue/doc.css">
<script src="/oa/js/seeyon-lite.js"></script>
</head>
<body>
<div class="oa-head">⟦m 幄阳帆舟炊具有限公司 · 协同办公⟧　<span>⟦m 当前用户：生产部 俞小楫⟧</span>　<a>⟦a 退出⟧</a></div>
<div class="oa-menu">⟦m 待办(7)　已办　公文　会议　知识库　通讯录⟧</div>
<div class="oa-doc">
<div class="oa-doc-head"><h2>⟦t [已签收] 关于卡式炉熄火保护装置整改的专题会议纪要⟧</h2>
<p>⟦m 文档密级：内部　阅读次数：58　归档分类：质量管理⟧</p></div>
<div class="oa-doc-body">
<h3>{T}</h3>
{BODY}
</div>
<table class="oa-flow">
<tr><th>⟦m 流转记录⟧</th></tr>
<tr><td>⟦m 质量部 闻小桨 拟稿　2025-07-11 17:20⟧</td></tr>
<tr><td>⟦m 副总经理 单舸 审核　2025-07-12 08:46⟧</td></tr>
<tr><td>⟦m 总经理办公室 分发　2025-07-12 09:10⟧</td></tr>
</table>
<div class="oa-op"><button>⟦a 确认已读并归档⟧</button> <button>⟦a 转交他人⟧</button> <button>⟦a 导出成PDF文件⟧</button></div>
</div>
<div class="oa-foot">⟦m 帆舟信息部维护　内线 8012⟧</div>
<script>oaDoc.init("20250711-0032");</script>
</body>
</html>
""",
        body="""
时间：2025年7月11日下午2:30
地点：公司三楼第二会议室
主持：副总经理　单舸
参会：质量部、技术部、生产部、采购部、销售部负责人
记录：质量部　闻小桨
7月4日，市市场监管局通报我公司一批次便携式卡式炉熄火保护装置不合格。会议听取了质量部的原因分析，经研究，形成如下意见：
一、技术部于7月18日前完成熄火保护针位置的设计修改，提交样品送第三方检测。
二、采购部暂停向原供应商订购热电偶组件，另选两家备选供应商比对试验。
三、生产部对库存2360台产品逐台复检，不合格品一律返工。
四、销售部配合做好已售产品召回，召回进度每周一报总经理办公室。
""",
    ),
    dict(
        slug="intranet-zhoumian-procedure-mattress-decimal",
        site="舟眠户外用品内网 (invented intranet)",
        style="企业内网",
        genre="操作规程",
        kind="other",
        form="text",
        source="http://portal.zhoumian.local/zhidu/scgl/0318.html",
        title="充气床垫高频热合工序操作规程（试行）",
        record_title="【制度库】充气床垫高频热合工序操作规程（试行）｜舟眠内网",
        date=None,
        notes="a factory intranet's rule with decimal headings 1 / 1.1, a scan-and-print sentence that stays; only an effective clause, so no date; an intranet revision stamp is no date; a favourite button glued after a 。",
        page="""
!m 帏湖舟眠户外用品有限公司　内部门户
!m 制度库 / 生产管理 / 车间规程
!t 【制度库】充气床垫高频热合工序操作规程（试行）
!m 制度编号：ZM-SC-0318　修订：第2版　维护人：生产部
{BODY}
!a 〔加入常用制度〕〔打印〕〔意见反馈〕
!d 内部资料，未经许可不得外传
!m 信息中心　内线 6606
""",
        body="""
1 适用范围
1.1 本规程适用于充气床垫车间高频热合机岗位。
2 作业前准备
2.1 检查热合模具、压力表和急停按钮，确认设备接地良好。
2.2 按工艺卡设定热合时间和电流，首件热合后做剥离试验，合格后方可批量生产。⟦a ☆收藏本条⟧
3 作业要求
3.1 TPU面料须平整铺放，接缝处不得有褶皱、油污。
3.2 每热合50件抽取1件做24小时保压试验，压降超过标准的，整批隔离复查。
3.3 作业中严禁将手伸入模具下方。
4 记录
4.1 操作人员每班填写热合参数记录表，扫描机台二维码上传，纸质表由班组长打印存档。
4.2 本规程自发布之日起施行。
""",
    ),
]

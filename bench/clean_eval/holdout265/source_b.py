"""holdout265, part B: blogs, WeChat mirrors, document-sharing sites, education portals and intranets.

Written by hand, blind (see NOTE.md). Every place, person, firm, site, URL and phone is invented.
"""

CASES = [
    dict(
        slug="blog-lanyin-essay-grandmother-headscarf-tagcloud",
        site="蓝印小筑 (invented, personal blog)",
        style="博客",
        genre="散文",
        kind="other",
        form="html",
        source="https://lanyinxiaozhu.example.com/archives/412.html",
        title="外婆的蓝印花头巾",
        record_title="外婆的蓝印花头巾 - 随笔 - 蓝印小筑",
        date="2024-03-08",
        notes="a blog: menu, post time in the byline (the page's date), a like prompt glued after a 。, tag cloud, archive, a comment with a relative time and a comment form",
        page="""
<!DOCTYPE html>
<html lang="zh"><head><meta charset="UTF-8">
<title>外婆的蓝印花头巾 - 随笔 - 蓝印小筑</title>
<link rel="stylesheet" href="/usr/themes/indigo/style.css">
<script src="/usr/themes/indigo/prism.js"></script>
</head><body>
<header><div class="site-name">⟦m 蓝印小筑⟧</div><div class="site-desc">⟦m 一块布，一段旧时光⟧</div>
<nav><a href="/">⟦m 首页⟧</a> <a href="/category/essay/">⟦m 随笔⟧</a> <a href="/about.html">⟦m 关于小筑⟧</a> <a href="/links.html">⟦m 友邻⟧</a></nav></header>
<main><article>
<h1 class="post-title">{T}</h1>
<div class="post-meta">⟦m 发表于 2024-03-08 09:12　分类：随笔　阅读 603⟧</div>
<div class="post-content">
{BODY}
</div>
<div class="post-tags">⟦l 标签：外婆　蓝印花布　头巾　旧物⟧</div>
<div class="post-near">⟦l ← 奶奶的顶针⟧　⟦l 老屋门前的苦楝树 →⟧</div>
</article>
<section id="comments"><h3>⟦l 3 条留言⟧</h3>
<div class="comment">⟦l 青石巷：看哭了，我外婆也有一条这样的头巾。（5 个月前）⟧</div>
<form id="comment-form"><textarea placeholder="说点什么"></textarea><button>⟦a 提交留言⟧</button></form></section></main>
<aside><h4>⟦l 标签云⟧</h4><p>⟦l 蓝印花布 外婆 老手艺 染坊 节气 旧物⟧</p>
<h4>⟦l 文章归档⟧</h4><ul><li>⟦l 2024年3月 (4)⟧</li><li>⟦l 2024年2月 (6)⟧</li></ul></aside>
<footer>⟦d 小筑文字与图片均为原创，转载请留言并注明出处。⟧ ⟦m Powered by Typecho · Theme Indigo⟧</footer>
</body></html>
""",
        body="""
外婆有一条蓝印花头巾，靛蓝的底子上印着白色的小碎花，四个角各有一朵缠枝莲。
那是她出嫁时娘家陪送的。冬天下地，她把头巾往头上一裹，在下巴底下打个结，风就钻不进去；夏天在河边洗衣，头巾又成了遮阳的帽子。我小时候发烧，外婆把头巾在热水里烫过，拧干了敷在我额头上。⟦a 喜欢就点个♥吧⟧
头巾洗得久了，蓝色慢慢褪成了灰蓝，边上也起了毛。妈妈几次要给她买新的，她都不肯，说戴惯了这一条。
外婆走后，舅舅把头巾叠得方方正正，放进了她的樟木箱里。去年清明回老家，我打开箱子，樟木的香气里还有一点外婆的味道。
""",
    ),
    dict(
        slug="blog-leixi-essay-bamboo-rake-wrapped-56",
        site="檑溪小住 (invented, personal blog)",
        style="博客",
        genre="散文",
        kind="other",
        form="text",
        source="http://leixixiaozhu.example.cn/post/2023/bamboo-rake.html",
        title="竹耙搂叶",
        record_title="【山居杂记】竹耙搂叶 | 檑溪小住",
        date=None,
        notes="essay hard-wrapped at 56 columns; a relative post time (2 周前) is no date; tags, prev/next links and comments under the text",
        wrap=56,
        indent="\u3000\u3000",
        page="""
!m 檑溪小住 —— 一个人的山居日志
!m 首页 | 归档 | 关于我 | 友情链接
!t 【山居杂记】竹耙搂叶
!m 📅 2 周前 · 🏷 山居杂记 · 👁 318
{BODY}
!l 标签：#乡居 #农具 #秋天
!l « 上一篇 腌一坛雪里蕻　　　下一篇 » 冬至前后修篱笆
!l 读者留言（4）
!l 山那边的云：读着就闻到了落叶的味道。
!a 写点什么……（登录后才能发表评论）
!d 本站文字均为原创，转载请先留言取得同意。
""",
        body="""
入秋以后，院子里的老梧桐一天落一层叶子。我从镇上买回一把新竹耙，二十五块钱，十二根竹齿，齿尖在火上烤过，微微往里弯。
搂叶子是有讲究的。耙子不能压得太狠，太狠了会把草皮一起带起来；也不能太轻，太轻了叶子只在地上打滚。要顺着风，一耙一耙往墙角拢，拢成一堆再用簸箕收。
邻居老檀头看我搂得满头大汗，过来接过耙子示范了两下。他说，竹耙用完要挂起来，齿朝上，不然竹齿压弯了，明年就搂不干净。
叶子收了三大筐，我倒在菜地边上沤肥。明年开春，这些落叶就会变成菜地里的养料。
""",
    ),
    dict(
        slug="wechat-langchuannvsheng-pledge-knitted-headscarves-h1",
        site="公号集萃 (invented WeChat mirror) / 榔川女声",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://www.gonghaojicui.example.com/a/lcnvsheng/20241105_3.html",
        title="“一针一线暖人心”爱心头巾编织倡议书",
        record_title=None,
        date="2024-11-04",
        date_also=["2024-11-05"],
        notes="no record title: the title is the mirror page's <h1>; a follow prompt glued before the salutation; 原创 tag and account line (a day after the signature date); 阅读原文/在看 rows, a collection tag and the mirror's archive note; 分享 and 扫码 as content stay",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>“一针一线暖人心”爱心头巾编织倡议书 - 公号集萃</title>
<meta name="description" content="榔川女声 公众号文章">
<link rel="stylesheet" href="/assets/mp.css">
<script async src="/assets/track.js"></script>
</head><body>
<div class="mirror-top"><a href="/">⟦m 公号集萃⟧</a> ⟦m 收录好文，随时回看⟧ <a href="/search">⟦a 搜公众号⟧</a></div>
<div id="js_content_wrap">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta_list">⟦m 原创⟧ ⟦m 榔川女声⟧ ⟦m 2024-11-05 18:20⟧ ⟦m 发表于榔川⟧</div>
<div class="rich_media_content" id="js_content">
{BODY}
</div>
<div class="collection">⟦l 收录于合集 #巾帼志愿 12个⟧</div>
<div class="tool-bar">⟦l 阅读原文⟧ ⟦l 阅读 3188⟧ ⟦a 赞 96⟧ ⟦a 在看 41⟧ ⟦a 写留言⟧</div>
</div>
<div class="mirror-note">⟦d 本页面由公号集萃从公开渠道自动收录，著作权归原公众号所有，如需删除请联系 takedown@gonghaojicui.example.com⟧</div>
<div class="mirror-more"><h4>⟦l 该公众号近期文章⟧</h4><ul><li>⟦l 家门口的“妈妈岗”又上新了⟧</li><li>⟦l 冬季反家暴法律宣讲走进篯源社区⟧</li></ul></div>
</body></html>
""",
        p_html='<section><p style="line-height:1.75em;">{}</p></section>',
        body="""
⟦a 点击上方蓝字“榔川女声”，关注不迷路⟧亲爱的姐妹们：
化疗让很多病友失去了头发。到了冬天，光着头出门，既冷又难为情。一顶柔软暖和的头巾，就能帮她们挡住寒风，也挡住旁人异样的目光。
为此，市妇联联合市第二人民医院肿瘤科发起“一针一线暖人心”爱心头巾编织行动，向全市姐妹发出如下倡议：
1.用棉线或羊绒线编织、缝制头巾，颜色素雅，不加亮片、不缀珠子，避免刺激病友头皮；
2.头巾洗净晾干后，于12月15日前送到各区妇联或社区妇女之家；
3.会编织的姐妹可以扫描海报上的二维码报名当志愿者，到医院教病友自己系头巾。
请转发分享这份倡议，让更多姐妹加入进来。
榔川市妇女联合会
2024年11月4日
""",
    ),
    dict(
        slug="wechat-hongwanpingan-creel-fishing-ban-text",
        site="号文仓 (invented WeChat mirror) / 篊湾平安",
        style="公众号镜像",
        genre="普法问答",
        kind="news",
        form="text",
        source="http://haowencang.example.net/mp/hongwanpingan/2024030501.html",
        title="禁渔期带鱼篓去河边，合法吗？民警来解答",
        record_title="禁渔期带鱼篓去河边，合法吗？民警来解答（号文仓存档）· 篊湾平安",
        date="2024-03-05",
        notes="WeChat mirror as text: account line (the page's date), a listen row, a police station's 值班电话 and a 关注 sentence in the body beside the mirror's business mailbox, 阅读原文/在看 rows and an archive notice",
        page="""
!m 号文仓 · 公众号文章存档
!t 禁渔期带鱼篓去河边，合法吗？民警来解答
!m 篊湾平安　2024-03-05 17:42　　罭溪
!a 收听本文　｜　调整字号
{BODY}
!l 阅读原文　　喜欢这篇的人也在看
!a 分享　收藏　点赞　在看
!l 往期回顾：▷ 春季防溺水，这几条一定要记牢
!d 本页为号文仓自动存档的公众号文章，版权归原公众号所有。
!w 商务合作请联系：bd@haowencang.example.net
""",
        gap=True,
        body="""
3月1日起，鲑溪干流篊湾段进入为期四个月的禁渔期。最近不少群众打来电话问：禁渔期能不能带着鱼篓去河边？
民警解答：鱼篓本身只是装鱼的器具，带着鱼篓在河边散步并不违法。但如果在禁渔区、禁渔期内使用地笼、电鱼器具或者撒网捕鱼，再把鱼装进鱼篓，就属于违法捕捞，情节严重的还可能构成非法捕捞水产品罪。
另外，老一辈常用的“须笼”“倒须篓”，口上有倒刺，鱼进得去出不来，在禁渔期放进河里同样属于禁用渔具。
发现非法捕捞行为，请拨打篊湾派出所值班电话0736-7460110，或者直接拨打110报警；也可以关注“篊湾平安”公众号，在后台留言举报。
""",
    ),
    dict(
        slug="docshare-yunlu-contract-camphor-chest-template",
        site="云簏文档 (invented)",
        style="文档分享",
        genre="合同范本",
        kind="other",
        form="html",
        source="https://www.yunluwendang.example.com/doc/7730182.html",
        title="樟木箱定制加工合同（范本）",
        record_title="樟木箱定制加工合同（范本）（可编辑）_云簏文档",
        date=None,
        notes="sharing page: an upload notice, a points lock, a service WeChat in the sidebar; a contract template with 第N条 articles, ×× placeholders and ＿＿＿＿年＿＿月＿＿日 blanks (no date); the upload stamp is no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>樟木箱定制加工合同（范本）（可编辑）_云簏文档</title>
<link rel="stylesheet" href="https://cdn.yunluwendang.example.com/css/doc.v3.css">
<script src="https://cdn.yunluwendang.example.com/js/doc.v3.js"></script>
</head><body>
<div class="header"><a class="logo">⟦m 云簏文档⟧</a><span>⟦m 好文档，放心用⟧</span><a href="/upload">⟦a 传文档赚积分⟧</a><a href="/login">⟦a 登录⟧</a></div>
<div class="bread">⟦m 云簏文档 / 合同协议 / 加工承揽合同⟧</div>
<div class="doc-head"><h1>⟦t 樟木箱定制加工合同（范本）（可编辑）⟧</h1>
<div class="doc-attr">⟦m 格式：DOCX　页数：2　上传日期：2024-06-17　浏览：4,172　下载：386⟧</div>
<div class="upload-tip">⟦d 本文档由用户“木樨香”上传分享，云簏文档仅提供信息存储空间，如文档侵犯您的权益，请联系平台处理。⟧</div></div>
<div class="doc-body">
<p class="c">{T}</p>
{BODY}
</div>
<div class="lock">⟦a 以上为文档前2页预览，下载完整可编辑版需 6 积分⟧ <button>⟦a 下载可编辑版⟧</button></div>
<div class="side"><h4>⟦l 相关合同⟧</h4><ul><li>⟦l 实木家具定做合同（简单版）⟧</li><li>⟦l 木制品委托加工协议书范本⟧</li></ul>
<div class="service">⟦w 找不到想要的合同？加客服微信 yunlu_kf07 代找⟧</div></div>
<div class="footer">⟦m 云簏文档 yunluwendang.example.com　苏ICP备21047790号-3⟧</div>
</body></html>
""",
        body="""
定作方（甲方）：＿＿＿＿＿＿
承揽方（乙方）：××木作坊
第一条　定作物：樟木箱＿＿只，规格为长＿＿厘米、宽＿＿厘米、高＿＿厘米，箱体采用整板香樟木，不得拼接杂木或贴皮。
第二条　价款：每只人民币＿＿元，合计＿＿元。甲方于签约时支付定金＿＿元。
第三条　交付：乙方于＿＿＿＿年＿＿月＿＿日前交付，交付地点为＿＿＿＿＿＿。
第四条　验收：甲方收货时当场验收。箱体开裂、虫眼超过×个或香味明显不足的，甲方有权要求返工。
第五条　违约责任：乙方逾期交付的，每逾期一日按合同总价的×‰支付违约金。
第六条　本合同一式两份，双方各执一份，自双方签字之日起生效。
甲方（签字）：＿＿＿＿　　乙方（签字）：＿＿＿＿
签订日期：＿＿＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="docshare-wendangxia-request-creel-funds-wps-markers",
        site="文档匣 (invented)",
        style="文档分享",
        genre="请示",
        kind="request",
        form="text",
        source="https://www.wendangxia.example.net/file/2024/0401/61873.html",
        title="关于申请篊湾竹编鱼篓技艺保护经费的请示",
        record_title="关于申请篊湾竹编鱼篓技艺保护经费的请示.wps",
        date="2024-03-26",
        notes="file-name record title (.wps); page markers (⍪第n页⍪) on lines of their own cutting sentences; the 成文日期 in Chinese numerals; an upload notice and a download price",
        pages=dict(fmt="⍪第{n}页⍪", every=85, start=2),
        page="""
!m 文档匣 · 资料随手存
!t 关于申请篊湾竹编鱼篓技艺保护经费的请示.wps
!m 分享者：篾匠的孙子　｜　上传于 2024-04-01　｜　3 页
!d 本文档由网友上传，仅供交流学习，若有侵权请到文档匣“版权中心”提交申诉。
{BODY}
!a 预览到此为止，全文下载：3 匣币　【下载】
!l 猜你在找：非遗项目保护经费请示　｜　传统工艺传承人补助申请
!m 文档匣 © 2024　闽ICP备22013054号
""",
        body="""
县文化和旅游局：
篊湾竹编鱼篓技艺于2019年列入县级非物质文化遗产代表性项目名录。目前全镇能完整掌握这项技艺的老艺人仅剩11人，平均年龄69岁，技艺传承面临断代危险。
为做好保护传承工作，我镇计划于今年开展以下三项工作：一是为11位老艺人逐一录制技艺影像，整理编织工序图谱；二是在篊湾小学开设竹编鱼篓兴趣课；三是在镇文化站设立竹编鱼篓展示室。
以上三项工作共需经费18.6万元，镇财政已自筹6万元，尚有缺口12.6万元。恳请县文化和旅游局给予专项经费支持。
妥否，请批示。
篊湾镇人民政府
二〇二四年三月二十六日
""",
    ),
    dict(
        slug="edu-yuxi-notice-watch-exhibition-attachment-link",
        site="罭溪县教育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.yuxixian.example.gov.cn/tzgg/2024/0604/1209.html",
        title="关于组织中小学生参观近现代计时器具展的通知",
        record_title="关于组织中小学生参观近现代计时器具展的通知_通知公告_罭溪县教育局",
        date="2024-06-03",
        date_also=["2024-06-04"],
        notes="education portal: 适老/读屏 links, an attachment download link beside the notice's own 附件 list, a technical-support line beside the notice's contact; 下载 as content; the page's date differs from the 成文日期",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>关于组织中小学生参观近现代计时器具展的通知_通知公告_罭溪县教育局</title>
<link rel="stylesheet" href="/css/jyj.css">
<script src="/js/jyj.js"></script>
</head><body>
<div class="top">⟦m 罭溪县教育局⟧ <a href="/old/">⟦a 长辈版⟧</a> <a href="#" id="tts">⟦a 语音读屏⟧</a></div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 教育要闻⟧</li><li>⟦m 通知公告⟧</li><li>⟦m 招生考试⟧</li><li>⟦m 政策法规⟧</li></ul>
<div class="loc">⟦m 您当前所在：首页 » 通知公告⟧</div>
<div class="art">
<h2>{T}</h2>
<div class="art-info">⟦m 发布日期：2024-06-04　作者：基础教育股　点击：772⟧</div>
<div class="art-con">
{BODY}
</div>
<div class="fj">⟦a 附件下载：参观预约回执.docx　参观分批安排表.xlsx⟧</div>
<div class="art-tool">⟦a [打印本通知]⟧ ⟦a [关掉此页]⟧</div>
</div>
<div class="links"><h4>⟦l 友情链接⟧</h4><span>⟦l 县博物馆　县青少年活动中心　市教育局⟧</span></div>
<div class="foot"><p>⟦m 罭溪县教育局主办　地址：罭溪县学府路6号⟧</p><p>⟦m 网站技术支持：0736-7418800⟧</p><p>⟦m 湘ICP备10024417号-1⟧</p></div>
</body></html>
""",
        p_html='<p style="text-indent:2em">{}</p>',
        body="""
各中小学校：
县博物馆“时光里的罭溪——近现代计时器具展”将于6月10日开展，展出老怀表、座钟、日晷等展品160余件。为丰富学生课外学习，经研究，决定组织全县中小学生分批参观。现将有关事项通知如下。
一、参观时间：6月10日至7月5日，每周二至周五上午。
二、参观对象：小学四年级至初中二年级学生，每批不超过80人。
三、有关要求：各学校请下载附件中的预约回执，填写后于6月7日前发送至县教育局基础教育股邮箱；参观途中要安排足够的带队教师，确保学生安全。
联系人：鲍立新　电话：0736-7418026　邮箱：jcjyg@yxjy.example.cn
附件：1.参观预约回执
2.参观分批安排表
罭溪县教育局
2024年6月3日
""",
    ),
    dict(
        slug="edu-kuiyang-summary-labour-rakes-table-title-line",
        site="岿阳县教育体育局 (invented)",
        style="教育门户",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://jtj.kuiyang.example.gov.cn/xxdt/2025/0113/2230.html",
        title="檑溪小学2024年秋季学期劳动教育工作总结",
        record_title=None,
        date="2025-01-10",
        notes="no record title: the title line on the page; a school-news column with a scan-to-read line; a table one row a paragraph; the date under the signature (the page shows only an update stamp)",
        page="""
!m 岿阳县教育体育局　·　学校动态
!a 手机扫码阅读　｜　字号 A A A
{T}
!m 更新于 2025-01-13　信息来源：檑溪小学　浏览 405 次
{BODY}
!l 上一条：檑溪小学举行冬季趣味运动会
!l 下一条：县教体局开展寒假安全家访活动
!m 岿阳县教育体育局版权所有　技术支持：岿阳智联网络
""",
        indent="\u3000\u3000",
        body="""
本学期，学校以“校园就是劳动场”为主题，组织全校学生参加秋季落叶清扫和校园农场劳动，现将工作总结如下。
一、主要做法
学校为每个班级配备竹耙6把、竹扫帚10把，划分落叶清扫责任区28块，每天课间由值日小组清扫。落叶集中倒入校园堆肥池，沤成肥料后用于校园农场。
二、活动情况
年级　责任区　参与人次　收集落叶
一至二年级　6块　1240　约0.8吨
三至四年级　10块　2315　约1.9吨
五至六年级　12块　2870　约2.6吨
三、存在不足
低年级学生使用竹耙时动作不够规范，发生2起轻微划伤；部分班级工具保管不善，竹耙齿折断较多。下学期将开设工具使用指导课。
岿阳县檑溪小学
2025年1月10日
""",
    ),
    dict(
        slug="oa-zhangyi-minutes-camphor-chest-production",
        site="欓山樟艺木业协同办公平台 (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.zhangyi-muye.example.com/doc/view?id=20240819003",
        title="欓山樟艺木业8月上旬生产调度会会议纪要",
        record_title="〖生产例会〗欓山樟艺木业8月上旬生产调度会会议纪要 - 樟艺协同办公",
        date="2024-08-16",
        date_also=["2024-08-19"],
        notes="OA document view: a flow record (流转记录), read count, a 'mark as read' button and an IT desk line; the minutes' 时间/地点/主持/参会/记录 lines stay and the 时间 line gives the date; the OA issue date differs",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>〖生产例会〗欓山樟艺木业8月上旬生产调度会会议纪要 - 樟艺协同办公</title>
<link rel="stylesheet" href="/oa/css/docview.css">
<script src="/oa/js/docview.js"></script>
</head><body>
<div class="oa-top">⟦m 樟艺协同办公⟧ ⟦m 您好，生产部 郑伟⟧ <a href="/oa/logout">⟦a 安全退出⟧</a></div>
<div class="oa-menu">⟦m 待办事项　已办事项　公文管理　会议管理　通讯录⟧</div>
<div class="oa-path">⟦m 公文管理 › 会议纪要 › 查看⟧</div>
<div class="doc-box">
<h2 class="doc-title">⟦t 〖生产例会〗欓山樟艺木业8月上旬生产调度会会议纪要⟧</h2>
<div class="doc-attr">⟦m 发文部门：行政部　发布日期：2024-08-19　密级：内部　已阅 42 人⟧</div>
<div class="doc-text">
<p class="c">{T}</p>
{BODY}
</div>
<div class="doc-btn"><button>⟦a 我已阅知⟧</button> <button>⟦a 转发同事⟧</button> <button>⟦a 另存为PDF⟧</button></div>
<div class="flow"><h4>⟦m 流转记录⟧</h4>
<p>⟦m 2024-08-19 09:02　行政部 尹小禾　拟稿⟧</p>
<p>⟦m 2024-08-19 10:36　副总经理 滕家声　审核通过⟧</p></div>
</div>
<div class="oa-foot">⟦m 系统问题请拨信息中心分机 8016⟧</div>
</body></html>
""",
        body="""
时间：2024年8月16日下午3:00
地点：公司二楼会议室
主持：副总经理　滕家声
参会：生产部、品管部、采购部、仓储部负责人及各车间主任
记录：行政部　尹小禾
一、8月上旬共完成樟木箱1860只，完成月计划的47%。雕花车间因两名师傅请假，进度滞后约三天。
二、品管部通报：近期抽检发现一批嫁妆箱箱盖开裂，原因是板材含水率偏高。会议要求采购部今后入库板材一律检测含水率，超过12%的不得入库。
三、仓储部提出，梅雨季后成品库霉点增多。会议决定成品库加装除湿机两台，由行政部9月5日前完成采购。
四、下次调度会定于8月30日召开。
""",
    ),
    dict(
        slug="intranet-shuiyun-rules-headscarf-dyeing-articles",
        site="帨云纺织内网 (invented)",
        style="企业内网",
        genre="规程",
        kind="other",
        form="text",
        source="http://intra.shuiyun-textile.example.com/zhidu/aq/2024-11.html",
        title="印染车间头巾产品安全操作规程",
        date=None,
        notes="record title as is; rules with 第N条 articles that speak of 扫码 and 打印 (content); intranet chrome with a download-attachment line, an export row and a watermark notice; no date (the rules take effect on issue)",
        page="""
!m 帨云纺织 · 员工之家
!m 规章制度 > 安全生产类
{T}
!m 制度编号：SY-AQ-017　版本：A/2　归口：生产安全部
!a 下载原文　｜　导出为PDF　｜　我要提意见
{BODY}
!d 内部资料，严禁外传；页面已添加员工工号水印。
!l 同类制度：定形机操作规程　｜　化学品仓库管理办法
!m IT服务台：分机 6600
""",
        body="""
第一条　为保障印染车间头巾产品生产安全，防止烫伤、化学品灼伤和机械伤害，制定本规程。
第二条　操作人员上岗前须经车间安全培训并考核合格，按规定穿戴防护围裙、耐酸碱手套和护目镜。
第三条　领取染料、助剂时，须在仓库终端扫码登记品名和数量，不得私自调配。
第四条　蒸化机、定形机运行时，严禁打开观察门，严禁用手触碰布面和导辊。
第五条　每班结束前，班组长须打印当班设备点检表，签字后交车间主任存档。
第六条　发生烫伤或化学品溅入眼睛，应立即用清水冲洗不少于15分钟，并报告班组长。
第七条　本规程由生产安全部负责解释，自发布之日起施行。
""",
    ),
]

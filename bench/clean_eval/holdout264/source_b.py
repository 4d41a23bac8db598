"""holdout264, part B: blogs, WeChat mirrors, document-sharing sites, education portals
and enterprise intranets. Every case written by hand; invented text, places, people,
sites, URLs and phones; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="blog-cunyi-spittoons-sputum-cups",
        site="醍水村医手记 (invented, WordPress-like blog)",
        style="博客",
        genre="随笔",
        kind="other",
        form="html",
        source="https://cunyi-tishui.blog.cn/2024/03/24/tanyu-tanbei/",
        title="从痰盂到痰杯：结核病防控的一个小细节",
        record_title="【村医随笔】从痰盂到痰杯：结核病防控的一个小细节 · 醍水村医手记",
        date="2024-03-24",
        notes="a village doctor's blog: calendar widget, archive, tag cloud, comment form, a bracketed post time taken as the page's date; a like/tip line glued after a sentence",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="UTF-8">
<title>【村医随笔】从痰盂到痰杯：结核病防控的一个小细节 · 醍水村医手记</title>
<link rel="stylesheet" href="/wp-content/themes/tishui/style.css">
<script src="/wp-includes/js/wp-emoji-release.min.js"></script>
</head><body class="single">
<header class="site-header"><p class="site-title">⟦m 醍水村医手记⟧</p><p class="site-description">⟦m 一个乡村医生的日常与絮叨⟧</p>
<nav>⟦m 首页　门诊杂记　健康小课　关于我⟧</nav></header>
<main>
<article>
<p class="cat">⟦m 分类：门诊杂记⟧</p>
<h1 class="entry-title">{T}</h1>
<p class="meta">⟦m [2024-03-24 21:06]　作者：老邬大夫　阅读 402⟧</p>
<div class="entry-content">
{BODY}
</div>
<footer class="entry-footer">⟦l 标签：结核病 痰杯 农村卫生⟧</footer>
</article>
<nav class="post-nav">⟦l ← 春季流感门诊记录几则⟧　⟦l 给老人量血压的几个讲究 →⟧</nav>
<section id="comments"><h3>⟦l 5 条留言⟧</h3>
<div class="comment">⟦l 麦地边：邬大夫说得在理，我家老爷子当年就是这么照顾的。⟧</div>
<form>⟦l 发表留言　昵称（必填）　邮箱（不公开）⟧　⟦a 提交留言⟧</form></section>
</main>
<aside class="widget-area">
<section class="widget_calendar"><h2>⟦l 日历⟧</h2><table><caption>⟦l 2024年三月⟧</caption><tr><td>⟦l 一 二 三 四 五 六 日⟧</td></tr></table></section>
<section class="widget_archive"><h2>⟦l 文章归档⟧</h2><ul><li>⟦l 2024年三月 (4)⟧</li><li>⟦l 2024年二月 (6)⟧</li></ul></section>
<section class="widget_tag_cloud"><h2>⟦l 标签云⟧</h2><div>⟦l 血压 慢病随访 结核病 儿童疫苗 老年人⟧</div></section>
</aside>
<footer class="site-footer">⟦m © 2024 醍水村医手记 · 基于 WordPress 搭建⟧</footer>
</body></html>
""",
        body="""
3月24日是世界防治结核病日。写这篇短文，想说说我们村卫生室这几年的一个小变化：痰盂没了，换成了一次性痰杯。
以前村里的结核病人居家治疗，家里床边总摆着一个搪瓷痰盂，家属每天倒掉、用开水烫一烫就算消毒了。其实这样做很不保险，痰液倒进旱厕，痰盂放在卧室，家里的老人孩子都可能被传染。
现在我们给每位居家治疗的病人发带盖的一次性痰杯，里面预先放好消毒剂，用满后盖紧，由家属送到卫生室统一焚烧。⟦l 👍 觉得有用就点个赞吧⟧
刚开始有病人嫌麻烦，我就一户一户上门讲。两年下来，我们村没有发生一例家庭内传染。
""",
    ),
    dict(
        slug="blog-kuichuang-chopstick-holder-mould-wrapped",
        site="葵窗小记 (invented, personal blog)",
        style="博客",
        genre="随笔",
        kind="other",
        form="text",
        source="http://kuichuang.cn/post/2217.html",
        title="筷笼为什么总发霉",
        record_title=None,
        date=None,
        notes="no record title: the post's title line; a home blog's text hard-wrapped at 68 columns; 发表于 2 周前 is no date; a tag line, prev/next and a comment prompt",
        page="""
!m 葵窗小记
!m 过日子的一点心得
!m 首页 ｜ 厨房 ｜ 收纳 ｜ 旅行 ｜ 留言板
{T}
!m 发表于 2 周前　·　分类：厨房　·　围观 214
{BODY}
!l 本文标签：筷笼 / 防霉 / 厨房清洁
!l 较早的文章：砧板到底用木的还是塑料的　｜　较新的文章：一周只买一次菜的清单
!l 还没有人评论，来抢沙发吧～
!m 葵窗小记 © 2018-2024　|　Theme by Qiu
""",
        wrap=68,
        indent="　　",
        body="""
家里的竹筷笼用了不到半年，底部就长了一圈黑点，刷也刷不掉。我查了一些资料，又请教了做竹编的朋友，总结出筷笼发霉的三个原因。
一是放的位置不对。很多人把筷笼挂在水槽上方，洗碗时水花溅上去，筷笼一天到晚是湿的。
二是筷子没沥干就插进去。筷子上的水顺着往下流，全积在筷笼底部，底部又不透气，霉菌最喜欢这种环境。
三是材质本身容易吸水。竹木筷笼表面没有涂层，吸水以后很难干透。
我的办法是：换一只底部镂空的不锈钢筷笼，挂在通风的墙面上，筷子甩干再放；每周用开水烫一次，天气好就拿到阳台晒一晒。换了三个月，再没发过霉。
""",
    ),
    dict(
        slug="wechat-fanling-hospital-oil-can-follow-prompt",
        site="mirror of the WeChat account 燔岭县人民医院 on 公号快存 (invented)",
        style="公众号镜像",
        genre="科普文章",
        kind="other",
        form="html",
        source="https://www.gonghaokc.com/a/fanlingrmyy/20240603_01.html",
        title="一只控油壶，一天少吃半两油",
        record_title="一只控油壶，一天少吃半两油｜燔岭县人民医院 · 公号快存",
        date="2024-06-03",
        notes="a WeChat mirror: 原创 tag, a follow prompt glued before the first words, the account line taken as the date, a 预约挂号 line beside the nutrition clinic's own 咨询电话, 阅读原文/在看 rows, the mirror's archive note",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>一只控油壶，一天少吃半两油｜燔岭县人民医院 · 公号快存</title>
<meta name="viewport" content="width=device-width">
<script src="https://www.gonghaokc.com/static/kc.js"></script>
</head><body>
<div class="kc-top">⟦m 公号快存 · 好文章不怕丢⟧　⟦a 搜一搜公众号⟧</div>
<div id="js_article" class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta_list">⟦m 原创⟧　⟦m 营养科 燔岭县人民医院 2024年6月3日 08:30 江西⟧</div>
<div class="rich_media_content" id="js_content">
{BODY}
</div>
<div class="rich_media_tool">⟦a 阅读原文⟧　⟦l 阅读 2316　在看 48　赞 97⟧</div>
<div class="qr">⟦a 长按下方二维码，预约营养门诊不排队⟧</div>
<p class="tags">⟦l 收录于合集 #减盐减油 11个⟧</p>
</div>
<div class="kc-note">⟦d 本页为公众号文章的存档副本，版权归原公众号所有，如需删除请联系 kc@gonghaokc.com⟧</div>
<div class="kc-more"><h4>⟦l 该公众号的更多文章⟧</h4><ul><li>⟦l 血压高的人，早餐怎么吃？⟧</li><li>⟦l 夏天喝粥，这三种人要当心⟧</li></ul></div>
<div class="kc-foot">⟦m 燔岭县人民医院 预约挂号热线 0739-8840000⟧</div>
</body></html>
""",
        p_html='<section><p style="line-height:1.75em;">{}</p></section>',
        body="""
⟦a ↑ 轻点“燔岭县人民医院”加关注⟧你家一个月要用掉几桶油？营养科门诊最近统计了100个来访家庭，三口之家平均每月用油4.6升，折合每人每天约51克，远高于推荐的25至30克。
油吃多了，最直接的后果是体重增加、血脂升高。很多人炒菜习惯直接拿油桶往锅里倒，倒多少全凭感觉。
我们建议大家用带刻度的控油壶：每天早上按家庭人数把当天的用量倒进壶里，比如三口之家倒90毫升，当天做饭只用壶里的油，用完就不再添。
另外，多用蒸、煮、炖、凉拌，少用油炸和油煎，也能明显减少用油。
如果您想了解自己的饮食是否合理，可以到营养科门诊做膳食评估。营养科咨询电话：0739-8841265（工作日8:00—17:30）。
""",
    ),
    dict(
        slug="wechat-gouwan-pledge-small-wine-cups",
        site="mirror of the WeChat account 篝湾发布 (invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="notice",
        form="text",
        source="https://wx.kuaicun-gzh.cn/gouwanfabu/2024/0116/1.html",
        title="“小酒盅 不劝酒”文明办席倡议书",
        record_title="【乡风新语】“小酒盅 不劝酒”文明办席倡议书 - 篝湾发布（镜像页）",
        date="2024-01-15",
        date_also=["2024-01-16"],
        notes="a township account's pledge mirrored as text: account line with a later date (also accepted), the signed date expected; a share prompt glued after a sentence; editor block, QR and star prompts under it",
        page="""
!m 篝湾发布
!t 【乡风新语】“小酒盅 不劝酒”文明办席倡议书
!m 篝湾发布　2024-01-16 18:02　发表于江西
!m 作者：镇文明办
{BODY}
!m 文字：彭秋　　图片：镇文化站　　初审：林舒　　终审：祝冬阳
!a 把“篝湾发布”设为星标，新消息不错过
!a 扫码进群，第一时间获取篝湾资讯
!l 往期推荐：篝湾镇2024年春节期间文艺活动安排｜返乡过年，这份出行提示请收好
!d 页面由镜像站自动抓取，仅作备份，不代表原账号立场。
""",
        indent="\u3000\u3000",
        body="""
全镇广大群众：
春节临近，各家各户办喜事、请春酒的多了起来。为倡导文明节俭新风，镇红白理事会向大家发出如下倡议：
一、换用小酒盅。宴席上提倡使用容量一钱左右的小酒盅，不用大碗、大杯盛酒。
二、喝酒不劝酒。主客随意，不搞轮番敬酒，不拼酒、不灌酒，对老人、孩子和驾车的亲友不劝一口。
三、办席不攀比。每桌菜品不超过十二道，剩菜打包带走。
四、酒后不驾车。镇里安排志愿者在宴席集中的村口提醒，需要代驾的可找村志愿服务站联系。
让我们从一只小酒盅做起，办文明宴、喝放心酒、过祥和年。⟦l 转给家人，一起做文明新风的践行者→⟧
篝湾镇红白理事会
2024年1月15日
""",
    ),
    dict(
        slug="docshare-shuqie-rules-ward-spittoons-docx",
        site="书箧共享 (invented)",
        style="文档分享",
        genre="制度",
        kind="other",
        form="html",
        source="https://www.shuqie.com/doc/5930217.html",
        title="病区痰盂及痰杯使用管理制度",
        record_title="病区痰盂及痰杯使用管理制度.docx",
        date=None,
        notes="a sharing page: upload notice, points lock between articles, a service WeChat line; 第N条 articles with only an effective clause (no date); upload stamp no date; file-name record title",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>病区痰盂及痰杯使用管理制度.docx-书箧共享</title>
<link rel="stylesheet" href="//cdn.shuqie.com/css/doc.css">
<script src="//cdn.shuqie.com/js/preview.js"></script>
</head><body>
<div class="hd">⟦m 书箧共享⟧　⟦m 文档 · 范本 · 资料⟧　<a class="up">⟦a ＋上传赚积分⟧</a>　<a>⟦a 登录⟧</a></div>
<div class="bread">⟦m 书箧共享 / 医药卫生 / 医院管理制度⟧</div>
<h1>{T}</h1>
<div class="docinfo">⟦m 上传于 2024-02-27　｜　2页　｜　下载 96 次　｜　格式 DOCX⟧</div>
<div class="upnote">⟦d 本文由网友“护理部小李”分享，书箧共享不对内容的准确性负责，引用前请核对原件。⟧</div>
<div class="docview">
{BODY}
</div>
<div class="dl">⟦a 下载本文档（需 5 积分）⟧　⟦a 积分不足？每日签到可领积分⟧</div>
<div class="kf">⟦w 找不到需要的制度？书箧客服微信：shuqie_kf88⟧</div>
<div class="rec"><h3>⟦l 相关文档推荐⟧</h3><ul><li>⟦l 医疗废物分类收集管理制度⟧</li><li>⟦l 病区清洁消毒工作流程（护理版）⟧</li></ul></div>
<div class="ft">⟦m 书箧共享 shuqie.com　京ICP备19055831号⟧</div>
</body></html>
""",
        body="""
第一条　为规范病区痰液处理，防止呼吸道传染病院内传播，结合本院实际，制定本制度。
第二条　普通病区不再摆放敞口痰盂，住院患者一律使用一次性带盖痰杯，由责任护士入院时发放。
第三条　呼吸科、感染科病区确需保留的痰盂，应加盖放置，内盛有效氯2000mg/L消毒液，液面不低于痰盂高度的三分之一。
⟦a ⊙ 后续条款需消耗2积分查看 ⊙⟧
第四条　保留痰盂每日由保洁员更换消毒液两次，用后浸泡消毒30分钟再清洗，并在登记本上签名。
第五条　痰杯用满后，由患者或陪护盖紧，投入黄色医疗废物袋，不得倒入卫生间。
第六条　护理部每月检查一次，检查结果纳入科室考核。
第七条　本制度由护理部负责解释，自印发之日起施行。
""",
    ),
    dict(
        slug="docshare-yiju-host-script-kerosene-stove-exhibition",
        site="蚁聚文档 (invented)",
        style="文档分享",
        genre="主持词",
        kind="speech",
        form="text",
        source="https://www.yijudoc.com/d/7741902.html",
        title="“炉火里的年代”老物件展开幕式主持词",
        record_title="“炉火里的年代”老物件展开幕式主持词（附流程）- 蚁聚文档",
        date=None,
        notes="a sharing page's text: points price, upload notice, a copy-lock line between paragraphs; a host's script with bracketed stage notes; no date; a sharer's stamp is no date",
        page="""
!m 蚁聚文档 — 众人拾柴，文档共享
!m 首页 › 主持词 › 开幕式主持词
!t “炉火里的年代”老物件展开幕式主持词（附流程）
!m 分享者：文化站小谷　分享于 2024-02-29　页数：2　热度：377
!a 本文档需 3 蚁币下载　｜　举报　｜　收藏
{BODY}
!d 蚁聚文档所有资料均由用户分享，平台仅提供信息存储空间服务。
!l 你可能还需要：非遗展开幕式主持词｜乡村文化节主持稿｜老物件征集倡议书
""",
        indent="\u3000\u3000",
        body="""
尊敬的各位来宾、朋友们：
大家上午好！今天，我们相聚在焐口镇文化站，参加“炉火里的年代”老物件展开幕式。
这次展览共展出居民捐赠的老物件136件，其中最多的是煤油炉，一共23台。在通电、通气以前，它们陪着焐口镇人烧水、煮饭、熬过一个又一个冬天。
下面，请镇文化站站长韦清和同志介绍展览筹备情况。
（韦清和介绍）
⟦a 复制受限：开通蚁聚会员后可复制全文⟧
下面，请捐赠者代表、84岁的谷秀英老人讲话。
（谷秀英讲话）
请各位嘉宾为展览剪彩！
朋友们，一台煤油炉，承载的是一代人的记忆。展览将持续到3月底，欢迎大家常来看看，也欢迎带着孩子来听老人们讲讲过去的故事。开幕式到此结束，谢谢大家！
""",
    ),
    dict(
        slug="edu-cuancheng-notice-canteen-chopstick-holders",
        site="爨城教育信息网 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.cuancheng.gov.cn/tzgg/2024/0904/9931.html",
        title="爨城县教育局关于开展学校食堂筷笼专项整治的通知",
        record_title="【食安护苗】爨城县教育局关于开展学校食堂筷笼专项整治的通知 ｜ 爨城教育信息网",
        date="2024-09-02",
        date_also=["2024-09-04"],
        notes="an education bureau's portal: 关怀版/读屏 links, a scan-to-read line, the notice's own 联系人/电话/邮箱 beside a technical-support line; the portal's date differs from the 成文日期",
        page="""
<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8">
<title>【食安护苗】爨城县教育局关于开展学校食堂筷笼专项整治的通知 ｜ 爨城教育信息网</title>
<script src="/static/js/jquery-3.6.0.min.js"></script>
</head><body>
<div class="t-bar">⟦a 关怀版　读屏专用　手机版⟧</div>
<div class="head">⟦m 爨城教育信息网⟧<span>⟦m 立德树人 · 办人民满意的教育⟧</span></div>
<div class="nav">⟦m 首页　教育要闻　通知公告　学校风采　招生考试　教育督导⟧</div>
<div class="loc">⟦m 您现在的位置：首页 &gt;&gt; 通知公告⟧</div>
<div class="article">
<h1>{T}</h1>
<div class="attr">⟦m 作者：后勤股　发布时间：2024-09-04　点击数：1127⟧</div>
<div class="qrline">⟦a 📱 扫码在手机上继续阅读⟧</div>
<div class="con">
{BODY}
</div>
<div class="btn">⟦a [打印此文] [返回顶部]⟧</div>
<div class="pn">⟦l 上一篇：关于做好2024年秋季学期学生资助工作的通知⟧<br>⟦l 下一篇：爨城县中小学秋季开学安全检查情况通报⟧</div>
</div>
<div class="foot">
<p>⟦m 主管：爨城县教育局　地址：爨城县文昌路16号⟧</p>
<p>⟦m 网站技术支持：0736-4270000（工作日）⟧</p>
<p>⟦m 湘ICP备11009437号⟧</p>
</div>
</body></html>
""",
        body="""
各中小学、幼儿园：
近期，县市场监管局在秋季开学检查中发现，部分学校食堂仍在使用底部不透水的塑料筷笼，有的筷笼内壁已有霉斑。为保障师生饮食安全，决定在全县学校食堂开展筷笼专项整治。现将有关事项通知如下：
一、9月20日前，各校食堂要将封底塑料筷笼全部更换为底部镂空的不锈钢筷笼，筷笼应挂放在通风干燥处。
二、筷子与筷笼每餐清洗后，一并放入消毒柜消毒，并做好消毒记录。
三、9月底，县教育局将会同县市场监管局进行抽查，结果在全县通报。
联系人：蒙小川，电话：0736-4278801，邮箱：ccjyj_hq@126.com。
爨城县教育局
2024年9月2日
""",
    ),
    dict(
        slug="edu-haoyuan-school-notice-kerosene-stoves-dorms",
        site="爨城教育信息网·学校频道 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://jyj.cuancheng.gov.cn/xxpd/haoyuan/2023/1107/5120.html",
        title="薅原乡中心学校关于严禁在教师周转宿舍使用煤油炉的通知",
        record_title="薅原乡中心学校关于严禁在教师周转宿舍使用煤油炉的通知（附检查表）_学校频道",
        date="2023-11-06",
        notes="a school's notice in an education portal's school channel: 附件 line, a sentence about photographing and uploading as content; an 'attachment download' link under it; the 成文日期 expected",
        page="""
!m 爨城教育信息网 · 学校频道
!a 关怀版 | 读屏专用
!m 当前：学校频道 > 薅原乡中心学校 > 校务公开
!t 薅原乡中心学校关于严禁在教师周转宿舍使用煤油炉的通知（附检查表）
!m 供稿：薅原乡中心学校　　审核：黎振国　　浏览：233
{BODY}
!a ↓ 点击下载附件：周转宿舍安全检查表.xls
!l 本频道更多：薅原乡中心学校冬季作息时间调整的通知　｜　2023年秋季学期教学常规检查安排
!m 爨城教育信息网　版权所有　　技术支持热线：0736-4270000
""",
        indent="\u3000\u3000",
        body="""
各村小、教学点：
入冬以来，部分教学点教师在周转宿舍内使用煤油炉做饭、取暖，有的还把煤油存放在床下，存在严重火灾和中毒隐患。为确保师生安全，现就有关事项通知如下：
一、即日起，各校点教师周转宿舍内一律禁止使用煤油炉、木炭火盆。
二、中心学校已为各教学点配备电磁炉和电暖器各12台，请于11月10日前到中心学校总务处领取。
三、各校点负责人要在11月15日前完成一次宿舍安全自查，填写检查表（见附件），拍照上传至学区工作群。
附件：教师周转宿舍安全检查表
薅原乡中心学校
2023年11月6日
""",
    ),
    dict(
        slug="oa-hengjia-minutes-lubrication-oil-cans",
        site="恒嘉云协同 (invented, intranet of 恒嘉机械)",
        style="企业内网",
        genre="会议纪要",
        kind="report",
        form="html",
        source="http://oa.hengjia-jx.local/doc/view.do?docid=MT2024070931",
        title="关于统一设备润滑油壶标识的会议纪要",
        record_title="〖车间例会·纪要〗关于统一设备润滑油壶标识的会议纪要 - 恒嘉云协同",
        date="2024-07-09",
        notes="an OA document view: 流转记录, read count, a 标记已读 button, the 时间/地点/主持/参会/记录 lines of minutes; the 时间 line gives the date; the OA's registration date differs (also accepted)",
        date_also=["2024-07-10"],
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>〖车间例会·纪要〗关于统一设备润滑油壶标识的会议纪要 - 恒嘉云协同</title>
<link rel="stylesheet" href="/oa/theme/blue/main.css">
<script src="/oa/js/docview.js"></script>
</head><body>
<div class="oa-top">⟦m 恒嘉云协同⟧　⟦m 待办(7)　待阅(3)　消息(12)⟧　⟦a 切换身份　退出⟧</div>
<div class="oa-menu">⟦m 工作台　公文管理　会议管理　知识库　通讯录⟧</div>
<div class="oa-path">⟦m 公文管理 › 会议纪要 › 查看⟧</div>
<div class="doc-head">
<h2>{T}</h2>
<div class="doc-attr">⟦m 登记人：卓婷　登记时间：2024-07-10 09:12　密级：内部　阅读 58 次⟧</div>
<div class="doc-op">⟦a 标记已读　转发　打印　下载正文⟧</div>
</div>
<div class="doc-body">
{BODY}
</div>
<div class="flow"><h4>⟦m 流转记录⟧</h4>
<table><tr><td>⟦m 设备部 卓婷 拟稿 2024-07-10 08:40⟧</td></tr><tr><td>⟦m 设备部 樊立群 审核 2024-07-10 08:57⟧</td></tr><tr><td>⟦m 综合办 分发至各车间 2024-07-10 09:12⟧</td></tr></table></div>
<div class="oa-foot">⟦m 恒嘉机械股份有限公司 信息中心　IT服务台分机 8110⟧</div>
</body></html>
""",
        body="""
时间：2024年7月9日14:30
地点：二号楼三楼会议室
主持：设备部部长　樊立群
参会：机加车间、装配车间、热处理车间、质量部、安环部负责人
记录：设备部　卓婷
会议听取了设备部关于上半年设备润滑事故的情况通报。上半年因油壶混用导致加错润滑油的事故共3起，其中一起造成数控机床主轴抱死，停机维修5天。会议议定如下：
一、各车间油壶按油品统一颜色：液压油为蓝色，导轨油为绿色，齿轮油为黄色，8月15日前完成更换。
二、每把油壶贴油品标签和编号，专壶专用，禁止混用。
三、设备部修订《设备润滑管理办法》，把油壶管理纳入日常点检。
""",
    ),
    dict(
        slug="oa-chunhe-summary-wine-cup-workshop-table",
        site="醇和陶瓷内网 (invented)",
        style="企业内网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://intra.chunhe-ceramic.local/notice/2024/07/0712.html",
        title="2024年上半年酒盅车间质量工作总结",
        date="2024-07-05",
        notes="record title as is; an intranet text: a data table one row a paragraph with cells apart by ideographic spaces; numbered measures; 成文日期 under the signature; the intranet's posting stamp differs (also accepted)",
        date_also=["2024-07-12"],
        page="""
!m 醇和陶瓷 · 企业内网
!m 首页 > 部门园地 > 质量管理
{T}
!m 发布部门：酒盅车间　发布人：阮敏　发布时间：2024-07-12 15:20　浏览 76
!a [收藏] [转发到群] [打印]
{BODY}
!l 附：上一条　施釉工段“首件确认”操作要点　　下一条　二号窑保温改造方案（征求意见稿）
!d 内部资料，严禁外传。
!m 信息中心维护　　IT报修分机：6006
""",
        indent="\u3000\u3000",
        body="""
上半年，酒盅车间在公司质量部的指导下，围绕“降废品、保交期”两个目标，重点抓了成型和施釉两道工序，各项质量指标均好于去年同期。
一、主要指标完成情况
指标　去年同期　今年上半年
成品合格率　91.2%　95.6%
釉面针孔率　4.3%　1.8%
客户退货批次　7批　2批
二、主要做法
一是更换了3台老旧压坯机，酒盅口沿变形问题基本消除；二是施釉工段实行“首件确认”，每班第一板酒盅经质检员确认后才能批量施釉；三是对新入职的14名员工进行了为期两周的岗前培训。
三、存在问题
窑炉温差仍偏大，靠近窑门的一层酒盅偶有色差。下半年计划对窑炉进行一次保温改造。
酒盅车间
2024年7月5日
""",
    ),
]

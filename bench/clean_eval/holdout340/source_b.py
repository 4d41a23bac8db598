"""holdout340, part B: 博客, 公众号镜像, 文档分享, 教育门户, 企业内网 (one HTML and one text case each).

Invented text, sites, places and people; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="blog-xiaolu-nail-lamp-hand-care",
        site="小鹿的指尖日志 (invented, Typecho-like blog)",
        style="博客",
        genre="随笔",
        kind="other",
        form="html",
        source="https://xiaolu-nails.example.blog/archives/417/",
        title="美甲灯下的手背保护：我给每位顾客备的三样东西",
        record_title="【美甲手记】美甲灯下的手背保护：我给每位顾客备的三样东西 | 小鹿的指尖日志",
        date="2024-08-03",
        notes="blog with tag cloud, archive, comment form; the bracketed post time is the page's date; "
        "a repost notice glued after a sentence",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="UTF-8">
<title>【美甲手记】美甲灯下的手背保护：我给每位顾客备的三样东西 | 小鹿的指尖日志</title>
<link rel="stylesheet" href="/usr/themes/paper/style.css">
<script src="/usr/plugins/Like/like.js"></script>
</head><body>
<header class="site"><h2 class="site-name">⟦m 小鹿的指尖日志⟧</h2><p class="desc">⟦m 一个县城美甲师的碎碎念⟧</p>
<nav>⟦m 首页⟧ ⟦m 手记⟧ ⟦m 作品集⟧ ⟦m 留言板⟧</nav></header>
<main><article>
<h1 class="post-title">{T}</h1>
<p class="post-meta">⟦m [2024-08-03 21:40]⟧ ⟦m 分类：美甲手记⟧ ⟦m 围观 318 次⟧</p>
<div class="post-content">
{BODY}
</div>
<p class="tags">⟦l 标签：美甲灯 / 防晒 / 店里日常⟧</p>
<div class="post-near">⟦l 上一篇：秋天适合什么颜色的甲油⟧ ⟦l 下一篇：我为什么不接延长甲⟧</div>
<div id="comments"><h3>⟦l 已有 6 条评论⟧</h3>
<ol><li>⟦l 糖糖：我上次做完手背真的黑了一块！⟧</li><li>⟦l 小鹿 回复 糖糖：下次来我给你备手套～⟧</li></ol>
<form><p>⟦l 称呼（必填）⟧</p><p>⟦l 邮箱（不会公开）⟧</p><button>⟦a 提交评论⟧</button></form></div>
</article></main>
<aside><h3>⟦l 标签云⟧</h3><p>⟦l 美甲灯 甲油胶 卸甲 手部护理 开店⟧</p>
<h3>⟦l 文章归档⟧</h3><ul><li>⟦l 2024年8月（3）⟧</li><li>⟦l 2024年7月（5）⟧</li><li>⟦l 2024年6月（4）⟧</li></ul></aside>
<footer>⟦m © 2024 小鹿的指尖日志 · Powered by Typecho⟧</footer>
<script>Like.init();</script>
</body></html>
""",
        body="""
做美甲这几年，被问得最多的一句话是：“照灯会不会把手晒黑？”说实话，美甲灯里确实有紫外线，照多了手背会变黑、变干。所以我店里给每位顾客都备了三样东西。
第一样是露指防晒手套。五个指尖露出来，手背全遮住，一副十几块钱，洗干净可以反复用。
第二样是防晒霜。不愿意戴手套的顾客，我会请她在手背薄薄涂一层，等两分钟再上灯。⟦d 本文首发于作者公众号，转载请私信⟧
第三样是计时器。甲油胶每层照的时间我都按说明书来，一般30秒到60秒，不会为了快干多照。灯也一年一检，灯珠老化了就整台换掉。
其实做好这些不费什么事，顾客安心，我自己也踏实。
""",
    ),
    dict(
        slug="blog-wandeng-essay-mother-lash-curler-wrapped",
        site="晚灯书房 (invented personal blog)",
        style="博客",
        genre="散文",
        kind="other",
        form="text",
        source="http://wandeng-shufang.example.net/post/2024/mother-curler.html",
        title="母亲的睫毛夹",
        record_title="〔家常篇〕母亲的睫毛夹 · 晚灯书房",
        date=None,
        notes="blog essay hard-wrapped at 70 columns; only an update stamp (更新于 2 天前); no date",
        page="""
!m 晚灯书房
!m —— 灯下写字，慢慢写 ——
!m 首页 ｜ 家常篇 ｜ 读书篇 ｜ 关于
!t 〔家常篇〕母亲的睫毛夹
!m 更新于 2 天前 · 家常篇 · 阅读 412
{BODY}
!a 喜欢这篇？点个小灯 ☀ 32
!l 上一篇：外婆的竹针线笸箩　｜　下一篇：县城最后一家照相馆
!l 留言（3）
!l 秋实：读到最后眼眶热了。
!l 发表留言需先登录
!m 晚灯书房 © 2019-2024　本站文字未经允许请勿转载
""",
        wrap=70,
        indent="\u3000\u3000",
        body="""
母亲年轻时在县剧团唱过几年花旦，梳妆匣里一直留着一把老式睫毛夹，铁皮的，夹口那条胶垫早就发黄了。
我小时候总觉得那东西像一把小剪刀，偷偷拿出来夹自己的眼皮，疼得直哭。母亲把我抱到窗边，一边吹一边说，这个是用来夹睫毛的，不是夹肉的。
后来剧团散了，母亲去纺织厂上班，再没化过那样浓的妆。睫毛夹就一直躺在梳妆匣里，跟着我们搬了三次家。
前年母亲生病住院，我去家里给她取衣服，又看见了它。我把它带到病房，母亲拿在手里看了很久，笑着说：“那时候上台前，要夹三遍才翘得起来。”
如今那把睫毛夹放在我的书桌上。它早已夹不动什么了，可每次看到它，我就想起母亲在后台对着小镜子、一遍一遍夹睫毛的样子。
""",
    ),
    dict(
        slug="wechat-pifu-lash-glue-allergy-no-title",
        site="mirror of the WeChat account 妩州市第二人民医院 (invented)",
        style="公众号镜像",
        genre="科普",
        kind="other",
        form="html",
        source="https://wxread.example-mirror.cn/a/wzey2h/20240819_03.html",
        title="贴完假睫毛眼皮又红又痒？可能是睫毛胶惹的祸",
        record_title=None,
        date="2024-08-19",
        notes="no record title (the <h1>); a follow prompt glued before the first words; 阅读原文/在看 rows, a QR line and "
        "the mirror's archive note; the account line's date is the page's date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>微信文章存档 · 公众号镜像</title>
<script src="/js/lazyimg.js"></script>
</head><body>
<div class="mirror-top">⟦m 公众号文章存档站 · 只存不改⟧ ⟦a 按公众号查找⟧</div>
<div id="js_article" class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta_list"><span>⟦m 妩州二院⟧</span> <em>⟦m 2024年08月19日 17:30 湖南⟧</em></div>
<div class="rich_media_content" id="js_content">
{BODY}
<p>⟦m 供稿：皮肤科 顾晓岚　编辑：宣传科 贺琪⟧</p>
</div>
<div class="rich_media_tool">⟦a 阅读原文⟧ ⟦l 阅读 2.6万⟧ ⟦l 👍 188⟧ ⟦l 在看 97⟧</div>
<div class="qr">⟦a 长按识别二维码，关注妩州二院⟧</div>
<div class="mirror-note">⟦d 本页为公众号文章镜像存档，内容以原公众号为准⟧</div>
</div>
<div class="mirror-foot">⟦m wxread 文章存档站 2024⟧</div>
</body></html>
""",
        p_html='<section style="margin:8px 0"><span style="font-size:15px;line-height:1.75">{}</span></section>',
        body="""
⟦a 👆点上方蓝字“妩州二院”，健康知识早知道⟧最近，皮肤科门诊接诊了好几位年轻姑娘，症状都差不多：贴完假睫毛的第二天，上眼皮又红又肿，痒得忍不住揉。
医生解释，这多半是睫毛胶引起的接触性皮炎。不少睫毛胶里含有丙烯酸酯类成分和甲醛释放体，敏感的人接触后容易过敏。
怎么预防？一是第一次用新胶水，先在耳后涂一点，观察24小时；二是胶水不要涂得太多，更不要让它碰到眼睑边缘；三是卸睫毛时用专门的卸除液，不要硬撕。
如果已经出现红肿，要立即停用假睫毛和睫毛胶，用凉水轻轻冷敷，不要自行涂抹激素药膏，症状重的请及时到皮肤科或眼科就诊。
""",
    ),
    dict(
        slug="wechat-nvxing-pledge-safe-nail-salon",
        site="mirror of the WeChat account 妩州女性 (invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://gzh-cunfang.example.org/wuzhou-nvxing/2024/03/08/1.html",
        title="“安心美甲”倡议书",
        record_title="“安心美甲”倡议书 ｜ 妩州女性 · 公众号存放处",
        date="2024-03-06",
        date_also=["2024-03-08"],
        notes="WeChat mirror text: a star prompt and a 往期 list; sentences asking readers to forward and share the pledge "
        "stay in the body; 成文日期 under the signature differs from the account line's date",
        page="""
!m 公众号存放处 · 妩州女性
!t “安心美甲”倡议书 ｜ 妩州女性 · 公众号存放处
!m 妩州女性　2024年03月08日 08:00
!a ★ 设为星标，妇联消息不错过
{BODY}
!m 文字：权益部　美编：小苗
!l 往期回顾：
!l 「三八」节，这些维权知识请收好
!l 巾帼家政服务站开始报名啦
!a 阅读原文　　分享　　点赞　　在看
!d 此页面由公众号存放处自动保存，如需删除请联系原作者。
""",
        gap=True,
        body="""
全市美甲美睫从业者和爱美的姐妹们：
美甲让指尖更漂亮，但美甲灯的紫外线、洗甲水的易燃性、不规范的消毒，也可能带来伤害。为此，市妇联联合市美容美发行业协会发出如下倡议：
一、经营者要用合格的美甲灯，主动为顾客提供防晒手套，洗甲水少量存放、远离火源。
二、技师要做到工具一客一消毒，锉条、死皮剪等一次性用品不重复使用。
三、消费者要选择证照齐全的门店，做甲前说明自己的过敏史，发现问题及时保留证据、依法维权。
请大家把这份倡议转发给身边的姐妹，分享给你常去的美甲店，让“安心美甲”成为行业共识。
妩州市妇女联合会
2024年3月6日
""",
    ),
    dict(
        slug="docshare-wendui-hotel-amenity-rules-doc",
        site="文堆网 (invented document-sharing site)",
        style="文档分享",
        genre="制度",
        kind="other",
        form="html",
        source="https://www.wendui.example.com/doc/2024/0612/8821734.html",
        title="袅溪宾馆客房一次性用品管理制度",
        record_title="袅溪宾馆客房一次性用品管理制度.doc",
        date=None,
        notes="file-name record title; a points lock, an upload notice and a service WeChat; 第N条 articles, one of which "
        "speaks of 扫码 as content; no date (effective from publication)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>袅溪宾馆客房一次性用品管理制度.doc-文堆网</title>
<script src="/assets/js/doc-preview.min.js"></script>
</head><body>
<div class="header"><a href="/" class="logo">⟦m 文堆网⟧</a> <span>⟦m 好文档，堆在这里⟧</span>
<a href="/upload">⟦a 我要上传⟧</a> <a href="/login">⟦a 登录⟧</a></div>
<div class="path">⟦m 文堆网 / 管理制度 / 酒店管理⟧</div>
<div class="doc-head"><h1>{T}</h1>
<p>⟦m 格式：DOC　页数：2　浏览：1,306　上传时间：11 天前⟧</p>
<p>⟦d 温馨提示：本文档由网友“海棠依旧”上传，内容仅供参考，如侵犯您的权益请联系平台删除⟧</p></div>
<div class="doc-content">
{BODY}
</div>
<div class="lock">⟦a 剩余内容需消耗 8 堆币解锁，签到可领堆币⟧ <button>⟦a 立即解锁⟧</button></div>
<div class="kefu">⟦w 找不到想要的文档？加客服微信 wendui_kf01 帮你找⟧</div>
<div class="side"><h4>⟦l 相关文档⟧</h4><ul><li>⟦l 酒店客房部布草管理制度.doc⟧</li><li>⟦l 宾馆卫生管理制度（2024版）.docx⟧</li></ul></div>
<div class="footer">⟦m 文堆网 wendui.example.com　苏ICP备22007315号⟧</div>
<script>DocPreview.render();</script>
</body></html>
""",
        body="""
第一条　为减少一次性用品浪费，保障客人使用安全，结合本宾馆实际，制定本制度。
第二条　客房不再主动摆放一次性刮眉刀、梳子、牙刷、浴擦，客人需要时由前台或客房服务员送到房间。
第三条　一次性刮眉刀须从有资质的供应商处采购，入库时查验合格证，包装破损的不得发放。
第四条　客人退房后遗留的已拆封刮眉刀，客房服务员应装入专用利器盒，不得直接扔进垃圾袋，防止划伤保洁人员。
第五条　客房内张贴用品索取提示卡，客人可以扫码在线申请所需用品。
第六条　客房部每月统计一次性用品消耗情况，报总经理室。
第七条　本制度自印发之日起执行，由客房部负责解释。
""",
    ),
    dict(
        slug="docshare-wenjian-request-training-kit-wps",
        site="文件夹子 (invented document-sharing site)",
        style="文档分享",
        genre="请示",
        kind="request",
        form="text",
        source="https://www.wenjianjiazi.example.cn/share/aa81c3f027.html",
        title="关于购置美容美体专业实训耗材和设备的请示",
        record_title="关于购置美容美体专业实训耗材和设备的请示.wps",
        date="2024-02-27",
        notes="file-name record title; an items table one row a paragraph; the request's own 联系人/电话 beside the "
        "sharing site's service WeChat; 成文日期",
        page="""
!m 文件夹子 · 资料共享平台
!t 关于购置美容美体专业实训耗材和设备的请示.wps
!m 分享者：Lucy**家　　大小：46.2KB　　分享于 2 周前　　下载：138
!a 保存到我的文件夹　　下载　　举报
!d 文件由网友分享，文件夹子仅提供存储空间，下载即视为同意《用户协议》。
{BODY}
!w 资料有问题？客服微信：wjjz_service（9:00-21:00）
!l 该分享者的其他文件：实训室安全管理制度.docx　专业建设方案.pdf
!m © 文件夹子 2024　京ICP备23041188号
""",
        indent="\u3000\u3000",
        body="""
县教育局：
我校美容美体艺术专业现有在校生126人，实训室建于2017年，部分设备老化，耗材长期不足，已影响美睫、美甲等课程的实训教学。为保障2024年春季学期教学，拟购置以下实训耗材和设备：
品名　数量　预算（元）
美甲灯　20台　6000
睫毛夹　60把　1800
练习用假睫毛　300盒　4500
洗甲水　40瓶　400
以上合计12700元，拟从学校公用经费中列支，由学校按规定自行采购。
妥否，请批示。
联系人：田晓芸　电话：0734-7728196
睐湖县职业中专学校
2024年2月27日
""",
    ),
    dict(
        slug="edu-zhenchuan-notice-nail-skills-contest",
        site="鬒川县教育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.zhenchuan.gov.example.cn/zcjy/202404/t20240409_7716.html",
        title="关于举办2024年鬒川县中职学校美甲技能比赛的通知",
        record_title="关于举办2024年鬒川县中职学校美甲技能比赛的通知_职成教育_鬒川县教育局",
        date="2024-04-08",
        date_also=["2024-04-09"],
        notes="education portal with 适老版/读屏 links and an attachment download link; the notice tells schools to download "
        "附件 and bring nail lamps; its 联系人/电话/邮箱 beside the site's technical-support line; dates differ",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>关于举办2024年鬒川县中职学校美甲技能比赛的通知_职成教育_鬒川县教育局</title>
<script src="/js/jquery-1.12.4.min.js"></script>
<script src="/js/slh.js"></script>
</head><body>
<div class="tool">⟦a 适老版⟧ ⟦a 读屏模式⟧ ⟦a 简/繁⟧</div>
<div class="head">⟦m 鬒川县教育局⟧ ⟦m 办人民满意的鬒川教育⟧</div>
<ul class="menu"><li>⟦m 首页⟧</li><li>⟦m 教育要闻⟧</li><li>⟦m 职成教育⟧</li><li>⟦m 招生考试⟧</li><li>⟦m 办事指南⟧</li></ul>
<div class="loc">⟦m 位置：首页 › 职成教育 › 通知⟧</div>
<div class="art">
<h2>{T}</h2>
<div class="attr">⟦m 日期：2024-04-09　来源：职成股　点击：412⟧　⟦a 〔大字·中字·小字〕⟧</div>
<div class="txt">
{BODY}
</div>
<div class="fj">⟦a 📎 附件1：2024年美甲技能比赛报名表.xls（点击下载）⟧<br>⟦a 📎 附件2：比赛规程.pdf（点击下载）⟧</div>
<div class="btns">⟦a 【打印该页】⟧ ⟦a 【关闭】⟧</div>
</div>
<div class="foot">
<p>⟦m 主办单位：鬒川县教育局　地址：鬒川县鬒水路66号⟧</p>
<p>⟦m 技术支持：鬒川县教育信息中心　电话：0736-5519012⟧</p>
<p>⟦m 湘ICP备09013365号⟧</p></div>
<script>slh.init({size:true});</script>
</body></html>
""",
        body="""
各中职学校：
为展示职业学校学生的技能水平，经研究，定于2024年4月25日在县职业中专学校举办全县中职学校美甲技能比赛。现将有关事项通知如下：
一、比赛项目。设“光疗甲造型”和“手绘甲面”两个项目，每校每项限报2名选手。
二、比赛要求。选手自带美甲灯、甲油胶和工具，美甲灯须有合格证；比赛现场禁止使用洗甲水以外的其他溶剂。
三、报名方式。请各学校下载附件1填写报名表，于4月18日前发送至指定邮箱。
附件：1. 2024年美甲技能比赛报名表
2. 比赛规程
联系人：欧阳敏　电话：0736-5517203　邮箱：zczg_zc@example.cn
鬒川县教育局
2024年4月8日
""",
    ),
    dict(
        slug="edu-shiyan-letter-parents-razor-blades",
        site="睐湖县实验中学 (invented school site on the county education network)",
        style="教育门户",
        genre="告家长书",
        kind="notice",
        form="text",
        source="http://www.lhsyzx.example.cn/xxgg/2024/0911/1732.html",
        title="关于禁止学生携带刮眉刀等锋利物品进校园的告家长书",
        record_title="【平安校园·家校共育】关于禁止学生携带刮眉刀等锋利物品进校园的告家长书",
        date="2024-09-10",
        notes="school site text: a scan-to-read line between paragraphs; a 回执 with blanks; a sentence asking parents to "
        "scan a code to confirm; 成文日期",
        page="""
!m 睐湖县实验中学
!m 学校首页 > 校园公告 > 安全教育
!t 【平安校园·家校共育】关于禁止学生携带刮眉刀等锋利物品进校园的告家长书
!m 作者：政教处　　上传时间：2024-09-11　　浏览：1880
{BODY}
!a 【收藏本页】【打印本页】【返回列表】
!l 上一篇：2024年秋季开学安全第一课　　下一篇：关于调整作息时间的通知
!m 睐湖县实验中学　地址：睐湖县学府路18号　校办电话：0734-7720031
""",
        date_also=["2024-09-11"],
        indent="\u3000\u3000",
        body="""
尊敬的家长：
开学以来，班主任在检查中发现，有部分学生在笔袋里带了刮眉刀、美工刀片，有的用来削铅笔，有的在课间互相比划，存在很大的安全隐患。
为了孩子们的安全，学校决定：从9月16日起，禁止学生携带刮眉刀、刀片等锋利物品进校园。学生需要削铅笔的，请使用卷笔刀。
⟦a 扫一扫，手机上看这篇通知⟧
恳请各位家长配合做好三件事：一是帮孩子检查书包和笔袋；二是跟孩子讲清楚锋利物品的危险；三是发现孩子情绪异常及时和班主任联系。
请家长于9月13日前扫描班级群里的二维码，在线确认已阅读本告家长书。
睐湖县实验中学
2024年9月10日
""",
    ),
    dict(
        slug="oa-meijie-minutes-lash-quality-meeting",
        site="瞳岭美睫制品有限公司协同办公平台 (invented intranet)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.meijie-tl.example.local/doc/view.do?id=20240605-027",
        title="六月份产品质量例会纪要",
        record_title="〔质量月例会〕六月份产品质量例会纪要 - 瞳岭美睫协同办公",
        date="2024-06-05",
        notes="OA document view with its 流转记录, read count and a 标记已阅 button; the minutes' 时间/地点/主持/参会/记录 lines "
        "stay in the body; the 时间 line gives the date; the IT desk line beside the minutes' own extension",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>〔质量月例会〕六月份产品质量例会纪要 - 瞳岭美睫协同办公</title>
<script src="/oa/static/js/flow.js"></script>
</head><body>
<div class="oa-top">⟦m 瞳岭美睫协同办公平台⟧ ⟦m 当前用户：品管部 何婉⟧ ⟦a 退出⟧</div>
<div class="oa-menu">⟦m 待办⟧ ⟦m 已办⟧ ⟦m 公文⟧ ⟦m 会议室预约⟧ ⟦m 通讯录⟧</div>
<div class="oa-crumb">⟦m 公文管理 > 会议纪要 > 查看⟧</div>
<div class="doc">
<h1>{T}</h1>
<div class="doc-info">⟦m 拟稿：品管部 何婉　签发：副总经理 邓启明　阅读次数：57⟧</div>
<div class="doc-body">
{BODY}
</div>
<div class="flow"><h4>⟦l 流转记录⟧</h4>
<p>⟦l 06-05 16:10 何婉 拟稿⟧</p><p>⟦l 06-05 17:22 邓启明 签发⟧</p><p>⟦l 06-06 08:31 生产一部 已阅⟧</p></div>
<div class="ops">⟦a 标记已阅⟧ ⟦a 转发⟧ ⟦a 存为PDF文件⟧</div>
</div>
<div class="oa-foot">⟦m 系统故障请拨信息部 8066⟧ ⟦m 瞳岭美睫制品有限公司 内部系统 禁止外传⟧</div>
<script>Flow.bind();</script>
</body></html>
""",
        body="""
时间：2024年6月5日14:30
地点：办公楼三楼会议室
主持：邓启明
参会：品管部、生产一部、生产二部、仓储部负责人
记录：何婉
会议通报了5月份质量情况：出口订单抽检不合格率1.8%，主要问题是睫毛根部胶线过粗和左右弧度不一致。会议议定：
1. 生产一部对排睫工位重新培训，每名员工交样10对，合格后再上岗。
2. 品管部在终检工位增配放大灯，弧度统一用标准睫毛夹样板比对。
3. 仓储部将睫毛胶、洗甲水移入危化品柜，按批次登记领用。
以上事项请各部门于6月20日前落实，品管部跟踪检查。联系分机：8123。
""",
    ),
    dict(
        slug="oa-lanjia-bulletin-remover-warehouse",
        site="翅湖兰甲日化有限公司内网 (invented)",
        style="企业内网",
        genre="通报",
        kind="notice",
        form="text",
        source="http://intra.lanjia-rh.example.local/news/notice/2024/1102.html",
        title="关于成品仓库违规堆放洗甲水的通报",
        record_title="内部通报 ▷ 关于成品仓库违规堆放洗甲水的通报 · 兰甲内网",
        date="2024-11-01",
        notes="intranet text: a read counter and a 已阅 button; the bulletin's numbered decisions; 成文日期; the IT desk "
        "extension at the bottom",
        page="""
!m 兰甲日化内网 · 员工之家
!m 内网首页 ▸ 公司公告 ▸ 安全通报
!t 内部通报 ▷ 关于成品仓库违规堆放洗甲水的通报 · 兰甲内网
!m 发布部门：安全环保部　　已读 214 人　　未读 37 人
!a ［我已阅读］　［下载附件］
{BODY}
!l 同类公告：关于开展冬季消防演练的通知　｜　危化品仓库管理规定（修订）
!m 内网问题请联系信息中心 分机 6600
!d 本页内容仅限公司员工查阅，严禁截图外传
""",
        indent="\u3000\u3000",
        body="""
各部门、各车间：
10月29日，安全环保部在例行检查中发现，成品仓库东侧通道堆放了洗甲水成品46箱，堆垛距照明灯具不足半米，且占用了消防通道。洗甲水属于易燃液体，一旦遇到高温或火花，后果不堪设想。
经查，此事系仓储部为赶发货临时堆放，未按规定办理审批。为严肃安全纪律，公司决定：
1. 对仓储部通报批评，扣减该部门当月安全绩效分5分；
2. 仓储部于11月3日前完成清理，洗甲水全部移回甲类仓库；
3. 各部门对照检查本部门的易燃品存放情况，11月8日前书面报安全环保部。
翅湖兰甲日化有限公司安全环保部
2024年11月1日
""",
    ),
]

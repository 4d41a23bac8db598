"""holdout283, part B: 博客, 公众号镜像, 文档分享, 教育门户, 企业内网. Invented text, written by hand."""

CASES = [
    dict(
        slug="blog-qingchuang-essay-brush-roll-tip-jar",
        site="晴窗小记 (invented, Typecho-like blog)",
        style="博客",
        genre="随笔",
        kind="other",
        form="html",
        source="https://qingchuang.blog.example.net/archives/412/",
        title="给孩子们的第一副笔帘",
        record_title="教书札记 · 给孩子们的第一副笔帘 — 晴窗小记",
        date="2024-10-12",
        notes="teacher's blog: bracketed post time as the page's date, a tip-jar button glued after the last 。, "
        "tags, previous/next, comments with a form, tag cloud and archive",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="UTF-8">
<title>教书札记 · 给孩子们的第一副笔帘 — 晴窗小记</title>
<link rel="stylesheet" href="/usr/themes/qingchuang/style.css">
<script src="/usr/themes/qingchuang/prism.js"></script>
</head><body>
<header class="site-head"><a class="site-title" href="/">⟦m 晴窗小记⟧</a>
<p class="desc">⟦m 一个小学语文老师的写字本⟧</p>
<nav>⟦m 首页⟧ ⟦m 教书札记⟧ ⟦m 读帖笔记⟧ ⟦m 关于我⟧</nav></header>
<main><article class="post">
<h2 class="post-title">{T}</h2>
<div class="post-meta">⟦m [2024-10-12 21:40]　分类：教书札记　阅读 268⟧</div>
<div class="post-content">
{BODY}
</div>
<p class="tags">⟦l 标签：书法社团 笔帘 三年级⟧</p>
<div class="post-near">⟦l « 前一篇：社团第一课，先学坐姿⟧<br>⟦l 后一篇：描红本该怎么挑 »⟧</div>
<section id="comments"><h3>⟦l 已有 3 条留言⟧</h3>
<ol><li>⟦l 青梧：我们班也想做，竹丝笔帘在哪里买的？⟧</li><li>⟦l 晴窗 回复 青梧：文具城二楼就有，二十来块⟧</li><li>⟦l 阿柚妈妈：孩子回家天天念叨晾笔⟧</li></ol>
<form>⟦a 称呼（必填）　邮箱（不公开）　个人主页⟧<textarea></textarea><button>⟦a 发出留言⟧</button></form></section>
</article></main>
<aside><h3>⟦l 标签云⟧</h3><p>⟦l 书法 语文课 班主任 读帖 社团 家校沟通⟧</p>
<h3>⟦l 文章归档⟧</h3><ul><li>⟦l 2024年10月 (4)⟧</li><li>⟦l 2024年9月 (6)⟧</li><li>⟦l 2024年8月 (2)⟧</li></ul></aside>
<footer>⟦m © 2024 晴窗小记 · 基于 Typecho 搭建⟧</footer>
</body></html>
""",
        body="""
这学期学校开了书法社团，十二个三年级的孩子第一次拿毛笔。开课前，我给每人准备了一副笔帘。
笔帘是竹丝编的，展开一尺来宽，能插六支笔。孩子们起初只把它当笔袋用，写完就把湿漉漉的笔卷进去。第二周，好几支笔的笔头都闷出了味道。
我借这个机会给他们讲笔帘的用处：笔洗净后要先挂起来晾干，再卷进笔帘；竹丝之间有缝，笔头在里面能透气，又不会被压弯。
现在每节课结束，孩子们都会排队挂笔、晾笔，最后把笔帘一个个系好。看着他们认真的样子，我想，练字先从爱惜一支笔开始，也不算晚。⟦a ☕ 读着有用？给晴窗续一杯茶⟧
""",
    ),
    dict(
        slug="blog-xiaoman-memoir-griddle-wrapped-56",
        site="小满的自留地 (invented)",
        style="博客",
        genre="回忆文章",
        kind="other",
        form="text",
        source="https://xiaoman-ziliudi.example.cn/post/2024/jiu-bingcheng",
        title="母亲的铁饼铛",
        record_title="〔灶台记忆〕母亲的铁饼铛｜小满的自留地",
        date=None,
        notes="blog memoir hard-wrapped at 56 columns; only a season line at the end ('冬记于灯下'), an update "
        "stamp '2 天前更新' — no date",
        page="""
!m 小满的自留地
!m 记下柴米油盐，也记下慢慢变老的父母
!m 首页 · 随笔 · 旧物 · 留言板
!t 〔灶台记忆〕母亲的铁饼铛
!m 小满 · 随笔 · 阅读 531 · 2 天前更新
{BODY}
!l 上一篇：外婆的针线笸箩
!l 下一篇：腌一坛雪里蕻
!l 评论（2）
!l 枫叶落：看饿了，我妈当年也是用猪皮擦锅
!l 小满：是呀，那时候油金贵
!a 登录以后才能评论哦
!d 自留地里的文字都是小满原创，转载请先打个招呼
""",
        wrap=56,
        indent="\u3000\u3000",
        body="""
母亲的那口铁饼铛，是七十年代末父亲从县城铁匠铺里换回来的，黑沉沉的，比脸盆还大，柄上缠着一圈旧布条。
那时候家里的早饭多是烙饼。天不亮，母亲就把饼铛架在灶口，用一块猪皮在铛面上擦一圈，油香一冒，面饼就下了锅。她翻饼从不用铲子，两根手指一捏一掀，饼就翻了个面。
我上初中住校，每个周日返校，书包里总有五六张母亲烙的葱油饼，用笼布包着，到学校还是软的。
后来家里用上了电饼铛，那口铁饼铛就挂到了墙上。去年母亲过八十岁生日，我把它取下来，用砂纸打去锈，重新开了锅。烙出来的第一张饼，母亲尝了一口，说：“还是这个味儿。”
二〇二三年冬记于灯下
""",
    ),
    dict(
        slug="wechat-weiwen-cowbell-smart-follow-glued-h1",
        site="微文拾遗 (invented WeChat mirror)",
        style="公众号镜像",
        genre="新闻",
        kind="news",
        form="html",
        source="https://weiwenshiyi.example.com/a/zhilingxumu/20240722-01",
        title="给牛戴上“智能铃”，牧民放牧更省心",
        record_title=None,
        date="2024-07-22",
        notes="WeChat mirror, no record title: the <h1> holds it; a star/follow prompt glued before the first words; "
        "an image credit between paragraphs; the account line's date is the page's date, the mirror's archive "
        "stamp is no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>微文拾遗 - 公众号文章存档</title>
<meta name="viewport" content="width=device-width">
<script>var biz="MzI0NTg4MTIwMw==";</script>
</head><body>
<div class="mirror-top">⟦m 微文拾遗 · 好文章不该消失⟧　<a href="/search">⟦a 搜一个公众号⟧</a></div>
<div class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta"><span>⟦m 原创⟧</span> <span>⟦m 郅岭畜牧⟧</span> <em>⟦m 2024-07-22 18:30⟧</em> <em>⟦m 云南⟧</em></div>
<div class="rich_media_content" id="js_content">
{BODY}
</div>
<div class="rich_media_tool">⟦l 阅读 2136　赞 48　在看 17⟧</div>
<div class="qr">⟦a 长按识别二维码，把郅岭畜牧加进通讯录⟧</div>
<div class="comment">⟦l 留言区：牧羊人老罗：我家也戴上了，好用！⟧</div>
</div>
<div class="mirror-foot">⟦d 此页为公众号文章的存档副本，一切以原公众号为准⟧<br>⟦m 存档于 2024-07-24 06:12⟧</div>
</body></html>
""",
        p_html='<section><p style="line-height:1.75em;">{}</p></section>',
        body="""
⟦a 点上方蓝字“郅岭畜牧”，加颗星标不走丢⟧入夏以来，郅岭县嶒石镇的高山草场上，不少牛脖子上多了一只黑色的小铃铛。
这是县畜牧站今年推广的智能牛铃。铃身装有定位模块和太阳能板，牧民打开手机就能看到自家牛群在哪里，牛只走出电子围栏还会自动报警。
⟦m 图｜嶒石镇畜牧兽医站供图⟧
嶒石镇嶔家岭村牧民罗顺才家有28头牛。他说，以前牛跑丢了，全家要翻几座山去找，现在看一眼手机就知道，去年丢过两头牛，今年一头都没丢。
截至7月中旬，全县已发放智能牛铃3200枚。县畜牧站提醒，牛铃充电口要保持干燥，遇到信号异常，可拨打乡镇畜牧兽医站电话报修。
""",
    ),
    dict(
        slug="wechat-cunwenge-pledge-sealing-wax-letters",
        site="存文阁 (invented WeChat mirror)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://cunwenge.example.org/mp/luchuanyouzheng/2024/07/01/8841",
        title="写一封家书，盖一枚火漆——致全市青少年的倡议书",
        record_title="写一封家书，盖一枚火漆——致全市青少年的倡议书 · 潞川邮政（文章存档）",
        date="2024-06-28",
        date_also=["2024-07-01"],
        notes="WeChat mirror in text: a star prompt glued before the salutation; 分享 as content; the account "
        "line's date differs from the pledge's own date",
        page="""
!m 存文阁 · 公众号文章归档
!t 写一封家书，盖一枚火漆——致全市青少年的倡议书
!m 潞川邮政　2024-07-01 08:00　潞川
{BODY}
!l 阅读 3581　👍 96　在看 40
!a 写下你的留言
!l 精选留言：
!l 枫桥夜泊：带孩子去了，火漆印真好看
!l 作者回复：欢迎常来慢邮角
!d 本文转存自公众号“潞川邮政”，著作权归原作者所有
""",
        body="""
⟦a ⭐ 给“潞川邮政”标个星，每周四收到慢邮局的来信⟧亲爱的青少年朋友们：
在手机消息几秒就能送达的今天，你有多久没有手写过一封信了？暑假将至，潞川市邮政分公司、共青团潞川市委向全市青少年发出倡议：
一、写一封家书。给父母、祖辈或远方的朋友写一封信，说说心里话，字数不限。
二、盖一枚火漆。信封封口可以用火漆封缄，各邮政网点的“慢邮角”免费提供火漆和印章，未满十四岁的同学请在家长陪同下使用，注意防止烫伤。
三、寄出一份期待。7月1日至8月31日投寄的家书，将加盖“潞川·暑期家书”纪念邮戳。
也请大家把这份倡议分享给身边的同学，让一封封带着火漆印的家书，把牵挂送到远方。
潞川市邮政分公司　共青团潞川市委
2024年6月28日
""",
    ),
    dict(
        slug="docshare-shunang-request-griddles-docx-points-lock",
        site="书囊网 (invented document-sharing site)",
        style="文档分享",
        genre="请示",
        kind="notice",
        form="html",
        source="https://www.shunang.net.example/doc/7d21c09a4e.html",
        title="关于为学校食堂购置商用电饼铛的请示",
        record_title="关于为学校食堂购置商用电饼铛的请示.docx",
        date="2024-09-10",
        notes="sharing page: file-name title, upload notice, a points lock, a service WeChat in the footer; the "
        "request's own 联系人/电话 in the body; 成文日期 under the signature",
        page="""
<!doctype html>
<html><head><meta charset="utf-8"><title>关于为学校食堂购置商用电饼铛的请示.docx - 书囊网</title>
<script src="/static/pdfjs/viewer.js"></script>
</head><body>
<header><a href="/">⟦m 书囊网⟧</a> <span>⟦m 装得下你要的每一份材料⟧</span> <a href="/upload">⟦a 传文档领积分⟧</a> <a href="/login">⟦a 书囊账号登录⟧</a></header>
<div class="bread">⟦m 书囊网 / 行政公文 / 请示报告⟧</div>
<div class="doc-title"><h1>⟦t 关于为学校食堂购置商用电饼铛的请示.docx⟧</h1>
<p>⟦m 分享人：菂田老曹　　页数：1　　阅读 642　　下载 57⟧</p></div>
<div class="notice">⟦d 温馨提示：本文件系网友自行上传分享，书囊网不对其真实性负责，若有侵权请联系平台下架。⟧</div>
<div class="doc-body">
{BODY}
</div>
<div class="lock">⟦a 下载原文件需 3 书囊积分，当前积分不足⟧ <a class="btn">⟦a 去赚积分⟧</a> <a class="btn">⟦a 充值后下载⟧</a></div>
<div class="similar"><h4>⟦l 相似文件⟧</h4><ul><li>⟦l 关于购置学生食堂蒸饭柜的请示.docx⟧</li><li>⟦l 学校食堂设备更新申请报告.doc⟧</li></ul></div>
<footer>⟦w 人工客服微信：shunang_kf09（9:00—21:00）⟧<br>⟦m © 书囊网 shunang.net　鄂ICP备21007742号⟧</footer>
</body></html>
""",
        body="""
潞川市涠湖区教育体育局：
我校现有寄宿学生1136人，食堂每天供应早餐。现有的两台电饼铛已使用九年，温控失灵、涂层脱落，今年以来多次出现烙饼夹生、跳闸断电等情况，已不能满足早餐供应和食品安全要求。
为保障学生早餐供应，经学校行政会研究，拟购置双面加热商用电饼铛4台，单价约2600元，合计约10400元，所需资金拟从学校公用经费中列支，采购将按规定在政府采购平台进行。
旧饼铛将按固定资产报废程序处置。
妥否，请批示。
联系人：曹文亮，电话：0870-2615183。
涠湖区菂田镇中心学校
2024年9月10日
""",
    ),
    dict(
        slug="docshare-xiangyue-plan-gaiwan-contest-decimal-headings",
        site="享阅文档 (invented)",
        style="文档分享",
        genre="方案",
        kind="plan",
        form="text",
        source="https://xiangyuewd.example.cn/view/55012937",
        title="鄗阳县第二届盖碗茶冲泡技艺大赛实施方案",
        record_title="【赛事方案】鄗阳县第二届盖碗茶冲泡技艺大赛实施方案（可改可印）",
        date="2024-08-15",
        notes="sharing page in text: decimal headings 1–3.2, the organisers' own 咨询电话 beside the site's "
        "service line; 成文日期 under the signature",
        page="""
!m 享阅文档 · 文档共享平台
!t 【赛事方案】鄗阳县第二届盖碗茶冲泡技艺大赛实施方案（可改可印）
!m 分享于 3 个月前　·　2 页　·　1,187 次阅读
!d 本文档由网友分享，享阅文档仅提供存储和展示，内容如有不当请联系下架。
{BODY}
!a 下载本文（docx，8 积分）　|　收入文档夹　|　举报
!l 你可能也需要：茶艺技能竞赛评分细则　职工技能大赛活动方案
!m 享阅客服热线：400-806-2317
""",
        body="""
1 总则
1.1 为传承鄗阳盖碗茶技艺，培养茶艺人才，县总工会、县茶叶协会联合举办第二届盖碗茶冲泡技艺大赛。
1.2 大赛分职工组和青少年组，每组设一等奖3名、二等奖6名、三等奖9名。
2 比赛内容
2.1 规定茶艺：选手使用主办方统一提供的白瓷盖碗，在12分钟内完成温杯、置茶、冲泡、出汤、奉茶全过程。
2.2 自创茶艺：选手自备盖碗和茶叶，自定主题，时间不超过15分钟。
3 报名方式
3.1 职工组由各基层工会推荐，青少年组由学校推荐，9月20日前报县总工会。
3.2 咨询电话：0872-4410268（县总工会职工服务中心）。
鄗阳县总工会　鄗阳县茶叶协会
2024年8月15日
""",
    ),
    dict(
        slug="edu-weihu-notice-brush-rolls-attachment-links",
        site="潞川市涠湖区教育体育局网站 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://jtj.weihu.luchuan.gov.example/tzgg/2024/0228/1093.html",
        title="关于为全区小学书法课配备笔帘等书写用具的通知",
        record_title="关于为全区小学书法课配备笔帘等书写用具的通知 › 教育动态 › 涠湖教育",
        date="2024-02-26",
        date_also=["2024-02-28"],
        notes="education bureau page: 适老化/读屏 links, attachment download links beside the body's own 附件 "
        "list, the notice's 联系人/电话/邮箱 beside a technical-support line; site date differs from 成文日期",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于为全区小学书法课配备笔帘等书写用具的通知 › 教育动态 › 涠湖教育</title>
<link rel="stylesheet" href="/css/edu2023.css"><script src="/js/edu-common.js"></script>
</head><body>
<div class="top"><a href="/">⟦m 涠湖教育⟧</a> <span>⟦m 潞川市涠湖区教育体育局主办⟧</span>
<a href="javascript:;">⟦a 适老化阅读⟧</a> <a href="javascript:;">⟦a 读屏辅助⟧</a></div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 机构概况⟧</li><li>⟦m 教育动态⟧</li><li>⟦m 招生考试⟧</li><li>⟦m 办事指南⟧</li></ul>
<div class="where">⟦m 当前：首页 » 教育动态 » 局发通知⟧</div>
<div class="detail"><h1>{T}</h1>
<div class="info">⟦m 发稿日期：2024-02-28　来源：教育装备中心　点击：1092⟧</div>
<div class="con">
{BODY}
</div>
<div class="fujian"><p>⟦a 附件下载：书写用具领取单.xlsx⟧</p><p>⟦a 附件下载：书法教室用具管理台账（样表）.docx⟧</p></div>
<div class="btns">⟦a 〔打印〕〔关闭〕〔返回顶部〕⟧</div></div>
<div class="side"><h3>⟦l 近期通知⟧</h3><ul><li>⟦l 涠湖区2024年春季开学工作安排⟧</li><li>⟦l 关于开展中小学实验室安全检查的通知⟧</li></ul></div>
<div class="foot"><p>⟦m 地址：潞川市涠湖区瑑安路18号　邮编：661099⟧</p>
<p>⟦m 技术支持：潞川云帆网络　运维电话：0870-2139000⟧</p><p>⟦m 滇ICP备10031672号-2⟧</p></div>
</body></html>
""",
        body="""
各小学：
为落实书法教育进课堂要求，区教育体育局决定为全区小学书法课统一配备笔帘、毛毡、笔洗等书写用具。现将有关事项通知如下：
一、配备标准。每个书法教室按40人配备，每人笔帘1副、毛毡1块，每两人笔洗1只。
二、领取时间。3月11日至15日，各校凭附件1到区教育装备中心领取。
三、使用管理。各校要建立书写用具管理台账，指导学生课后洗笔、晾笔，笔干后再卷入笔帘存放，防止笔头霉变。
联系人：区教育装备中心　龙晓薇，电话：0870-2137715，邮箱：zbzx_wh@luchuan-edu.example.cn。
附件：1.书写用具领取单
2.书法教室用具管理台账（样表）
潞川市涠湖区教育体育局
2024年2月26日
""",
    ),
    dict(
        slug="edu-haoyang-school-notice-gaiwan-class-wrapped-68",
        site="鄗阳县实验小学网站 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.hysyxx.edu.example.cn/jxtz/20241009/622.html",
        title="关于开展“一盏盖碗茶”劳动教育实践课的通知",
        record_title="【家长须知】关于开展“一盏盖碗茶”劳动教育实践课的通知－鄗阳县实验小学",
        date="2024-10-09",
        notes="school notice hard-wrapped at 68 columns; a numbered list; 下载/打印 a 回执 as content; "
        "成文日期 under the signature",
        page="""
!m 鄗阳县实验小学 · 家校直通车
!m 学校首页 ＞ 家校通知
!t 【家长须知】关于开展“一盏盖碗茶”劳动教育实践课的通知
!m 发布者：教导处　　浏览：876次
{BODY}
!a 【打印】　【收藏】　【返回列表】
!l 上一则：关于秋季运动会的安排
!l 下一则：十月份食堂菜谱公示
!m 校址：鄗阳县鄗河北路66号　　学校办公室：0872-4402211
""",
        wrap=68,
        indent="\u3000\u3000",
        body="""
各位家长：
为落实劳动教育课程要求，学校定于10月下旬在四、五年级开展“一盏盖碗茶”劳动教育实践课，请茶艺师进校园，教孩子们洗杯、温碗、冲泡和奉茶。现将有关事项通知如下：
1.课程时间：10月21日至25日，每班两课时。
2.用具准备：盖碗由学校统一提供，学生自带一块小毛巾，不必另购茶具。
3.安全提示：课上使用80℃左右的温水，茶艺师全程指导，请家长放心。
4.回执提交：请家长登录学校网站下载回执，打印填写后于10月16日前交班主任。
鄗阳县实验小学
2024年10月9日
""",
    ),
    dict(
        slug="intranet-hupo-minutes-sealing-wax-softening",
        site="琥珀OA（潞川琥珀火漆制品有限公司内网，invented）",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.hupo-wax.example.local/doc/view?id=20240716003",
        title="关于火漆条软化问题的专题会议纪要",
        record_title="【纪要】关于火漆条软化问题的专题会议纪要｜琥珀OA",
        date="2024-07-16",
        notes="OA document view: 流转记录, read count, an acknowledge button; minutes with 时间/地点/主持/参会/记录 "
        "lines; the 时间 line gives the date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【纪要】关于火漆条软化问题的专题会议纪要｜琥珀OA</title>
<script src="/oa/js/flow.js"></script></head><body>
<div class="oa-top">⟦m 琥珀OA · 协同办公⟧　⟦m 当前用户：质检部 郝晴⟧　<a href="/logout">⟦a 安全退出⟧</a></div>
<div class="oa-menu">⟦m 待办事项⟧ ⟦m 已办事项⟧ ⟦m 公文中心⟧ ⟦m 会议管理⟧ ⟦m 通讯录⟧</div>
<div class="oa-path">⟦m 公文中心 / 会议纪要 / 正文查看⟧</div>
<div class="doc">
<h2>{T}</h2>
<p class="docinfo">⟦m 拟稿：质检部　密级：内部　已阅 37 人 / 未阅 5 人⟧</p>
{BODY}
</div>
<div class="ops"><button>⟦a 我已阅知⟧</button> <button>⟦a 转给同事⟧</button> <button>⟦a 导出成PDF⟧</button></div>
<div class="flow"><h4>⟦m 流转记录⟧</h4>
<p>⟦m 2024-07-17 09:12　郝晴　起草⟧</p><p>⟦m 2024-07-17 10:40　严立新　审核通过⟧</p><p>⟦m 2024-07-17 11:05　办公室　分发至各部门⟧</p></div>
<div class="oa-foot">⟦m 信息部运维：分机 6600⟧</div>
</body></html>
""",
        body="""
时间：2024年7月16日下午3:00
地点：公司二楼质检会议室
主持：副总经理　严立新
参会：生产部、质检部、技术部、销售部负责人
记录：质检部　郝晴
会议听取了质检部关于夏季火漆条软化问题的情况汇报。6月以来，华南客户反映火漆条在35℃以上环境中弯曲粘连，共退货1800盒。会议议定如下：
一、技术部在7月底前调整松香与虫胶的配比，提高软化点，并完成小批量试制。
二、生产部对库存火漆条逐箱抽检，软化点不合格的一律不得出库。
三、销售部对退货客户逐一回访，夏季发往南方的产品加附防潮防晒提示卡。
""",
    ),
    dict(
        slug="intranet-haoyang-kitchen-bulletin-griddle-thermostat-table",
        site="鄗阳厨电企业内网 (invented)",
        style="企业内网",
        genre="通报",
        kind="notice",
        form="text",
        source="http://intra.hykitchen.example.local/gwtb/2024/0403-07.html",
        title="关于3月份电饼铛温控器批次质量问题的通报",
        record_date="2024-04-03",
        date="2024-04-03",
        date_also=["2024-04-02"],
        notes="record gives title and date (the posting); a data table one row a paragraph, cells apart by "
        "ideographic spaces; the document's own date also accepted; IT extension in the footer",
        page="""
!m 鄗阳厨电 · 企业内网
!m 内网首页 / 公文通报 / 质量通报
{T}
!m 发文部门：质量管理部　发布：2024-04-03　阅读：214人
!a 【打印】【转给同事】【放进待办】
{BODY}
!m 本通报已推送：各车间主任、各质检组长
!d 内部资料　注意保密　不得外传
!m IT服务台：分机 8000
""",
        body="""
各车间、各部门：
3月份，质量管理部在出厂检验中发现，DBC-30型电饼铛所用温控器存在批次性质量问题，部分产品上盘温度超过设定值30℃以上。经排查，问题温控器来自同一供应商的两个批次，具体情况如下：
批次号　检验数量　不合格数量　不合格率
WK2402A　1200　46　3.8%
WK2402B　800　19　2.4%
对此，公司决定：停用上述两个批次的温控器，已装机产品全部返工更换；对来料检验员刘某某通报批评；扣减该供应商当月货款的5%。
各车间要举一反三，严格执行关键零部件首件检验和来料抽检制度。
质量管理部
2024年4月2日
""",
    ),
]

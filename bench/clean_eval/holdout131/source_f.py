"""holdout131, part F: print views, forwarded mails and a few more portal and preview pages. Invented text."""

CASES = [
    dict(
        slug="print-water-splash-plan-html-print",
        site="楝湖县文化和旅游局 (invented)",
        style="打印页",
        genre="方案",
        kind="plan",
        form="html",
        source="http://wlj.lianhu.gov.cn/print/article/2025/0310/7712",
        title="2025年楝湖泼水节文艺活动实施方案",
        record_title="〔打印稿〕2025年楝湖泼水节文艺活动实施方案",
        date="2025-03-10",
        notes="print view HTML; print footer with page count and URL; schedule table kept",
        page="""
<html><head><meta charset="utf-8"><title>打印 - 2025年楝湖泼水节文艺活动实施方案</title>
<style>@media print{.noprint{display:none}}</style></head>
<body onload="window.print()">
<div class="noprint">⟦a [ 打印本页 ]⟧ ⟦a [ 关闭窗口 ]⟧</div>
<h2>{T}</h2>
<p class="src">⟦m 楝湖县文化和旅游局　2025-03-10⟧</p>
{BODY}
<div class="pf">⟦m http://wlj.lianhu.gov.cn/xxgk/ghjh/202503/t20250310_7712.html⟧ ⟦p 1 / 1⟧</div>
</body></html>
""",
        body="""
为办好2025年泼水节文艺活动，展示民族文化，制定本方案。
一、活动主题：吉祥水·幸福年
二、活动安排
日期　活动　地点
4月12日　开幕式文艺晚会　泼水广场
4月13日　象脚鼓、孔雀舞展演　滨江公园
4月14日　赶摆及非遗市集　傣族园
4月15日　民族歌曲大家唱　各乡镇文化站
三、职责分工
县文化馆负责节目编排，县融媒体中心负责直播，各乡镇负责组织群众参加分会场活动。
四、安全要求
各活动场地须制定应急预案，舞台搭建完成后经住建部门验收方可使用。
楝湖县文化和旅游局
2025年3月10日
""",
    ),
    dict(
        slug="mail-gymnastics-request-reply-chain",
        site="苧川区体校 邮件 (invented)",
        style="邮件转发",
        genre="请示",
        kind="notice",
        form="text",
        source="mailto:tixiao@zhuchuan.edu.cn#msg-20240417",
        title="关于增设艺术体操训练馆地毯的请示",
        record_title="答复：Re: 关于增设艺术体操训练馆地毯的请示.docx",
        date="2024-04-16",
        date_also=["2024-04-17"],
        notes="mail reply chain; mail headers chrome; the document's own 附件 and 联系人 kept; send date differs from the 成文日期",
        page="""
!m 发件人：苧川区体校办公室 <office@zhuchuan-tx.cn>
!m 收件人：区教育局体卫艺科 <twy@zcedu.gov.cn>
!m 发送时间：2024年4月17日 星期三 上午9:02
!m 主题：答复：Re: 关于增设艺术体操训练馆地毯的请示.docx
!m 附件：请示扫描件.pdf（1个）
> 领导您好，按您昨天电话里说的，把请示正文贴在下面，原件扫描附后。
{BODY}
!m -------- 原始邮件 --------
!m 发件人：区教育局体卫艺科　　时间：2024年4月16日 17:40
> 请把请示正文直接发邮件，附件打不开。
!d 此邮件由苧川区教育系统邮箱发送，如非收件人请立即删除。
""",
        body="""
区教育局：
我校艺术体操训练馆现有专业地毯一块（13米×13米），已使用九年，表面磨损起皱，多名队员训练中出现脚踝扭伤。随着艺术体操推广工作开展，训练队员由去年的30人增加到72人，一块场地已无法满足分组训练需要。
为保障训练安全，拟更换旧地毯并增设一块专业地毯，两块合计需资金约18.6万元。
妥否，请批示。
附件：艺术体操地毯购置预算表
联系人：龙晓棠　联系电话：0731-84417236
苧川区业余体育学校
2024年4月16日
""",
    ),
    dict(
        slug="mail-stone-lion-forward-html",
        site="槠溪镇文化站 邮件转发 (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="html",
        source="https://mail.zhuxi.gov.cn/read?mid=ZC2024112601",
        title="关于报送石狮雕刻技艺传承人推荐材料的通知",
        record_title="转发：关于报送石狮雕刻技艺传承人推荐材料的通知",
        date="2024-11-25",
        date_also=["2024-11-26"],
        notes="forwarded mail in webmail HTML; 抄送 header chrome vs the document's own 抄送 line kept; 附件 list kept",
        page="""
<html><head><meta charset="utf-8"><title>转发：关于报送石狮雕刻技艺传承人推荐材料的通知 - 政务邮箱</title></head>
<body>
<div class="mailbar">⟦m 槠溪镇政务邮箱⟧ ⟦a 回复⟧ ⟦a 全部回复⟧ ⟦a 转发⟧ ⟦a 删除⟧</div>
<table class="mailhead">
<tr><td>⟦m 发件人：镇文化站 詹立⟧</td></tr>
<tr><td>⟦m 收件人：各村（社区）文化专干⟧</td></tr>
<tr><td>⟦m 抄　送：镇宣传办⟧</td></tr>
<tr><td>⟦m 时　间：2024年11月26日 14:06⟧</td></tr>
</table>
<p>各位专干：县里的通知转给大家，请抓紧时间报送。</p>
<div class="fwd">⟦m ---------- 转发的邮件 ----------⟧
<h3>{T}</h3>
{BODY}
</div>
<div class="ft">⟦d 政务邮箱严禁传输涉密信息。⟧</div>
</body></html>
""",
        body="""
各乡镇人民政府文化站：
为做好县级非物质文化遗产代表性传承人认定工作，现请各乡镇推荐石狮雕刻技艺传承人候选人。有关事项通知如下：
一、推荐条件：从事石狮雕刻技艺二十年以上，掌握传统技艺，在当地有较大影响，积极开展传承活动。
二、报送材料：推荐表一式三份、代表作品照片10张以上、传承活动情况说明。
三、报送时间：2024年12月10日前报县文化馆非遗部。
附件：1.传承人推荐表
2.代表作品照片说明
县文化和旅游局
2024年11月25日
抄送：县非遗保护中心。
""",
    ),
    dict(
        slug="wenku-dombra-insight-page-of-wrapped",
        site="书页文库 (invented)",
        style="文库预览",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.shuyewk.com/doc/dombra-xinde-60781.html",
        title="参加冬不拉弹唱培训班心得体会",
        record_title="【精品文档】参加冬不拉弹唱培训班心得体会（可编辑）",
        date=None,
        notes="wrapped text with page-of-total markers glued or not; no date in the document; upload stamp only",
        page="""
!m 书页文库
!m 分类：心得体会 ＞ 培训心得
!t 【精品文档】参加冬不拉弹唱培训班心得体会（可编辑）
!m 上传时间：2024-08-30　　页数：3　　浏览：671
{BODY}
!a 剩余1页未展示，开通会员即可免费下载全文
!d 本文档来源于网络分享，仅供参考学习。
""",
        wrap=62,
        pages=dict(fmt="(第{n}页/共3页)", every=90, start=2, glue="mix"),
        body="""
今年暑假，我参加了榧原县文化馆举办的冬不拉弹唱培训班，十五天的学习让我收获很多。
一是打下了基本功。以前我只会弹几个简单的曲子，老师从握琴姿势、左手按弦教起，一个音一个音地纠正，现在我能完整弹唱三首传统曲目了。
二是懂得了冬不拉的文化。老师给我们讲了阿肯弹唱的故事，原来很多曲子都是牧民在转场路上即兴创作的，唱的是草原、骏马和家乡。
三是交到了朋友。培训班有二十多个学员，年龄最小的十二岁，最大的五十多岁。结业演出那天，我们一起弹唱，台下的家人都鼓起了掌。
我会坚持练琴，明年争取参加县里的弹唱比赛。
""",
    ),
    dict(
        slug="gov-dombra-village-notice-html-township",
        site="榧原县阿克苏镇人民政府 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.feiyuan.gov.cn/akszhen/tzgg/202406/t20240605_9920.html",
        title="关于举办阿克苏镇第三届冬不拉弹唱大赛的通知",
        record_title="关于举办阿克苏镇第三届冬不拉弹唱大赛的通知-通知公告-阿克苏镇",
        date="2024-06-05",
        notes="township page on a county portal; font-size row; the document's 报名 contact kept beside the portal's phone",
        page="""
<html><head><meta charset="utf-8"><title>关于举办阿克苏镇第三届冬不拉弹唱大赛的通知-通知公告-阿克苏镇</title></head>
<body>
<div class="gov-top">⟦m 榧原县人民政府⟧ ⟦m 乡镇频道 · 阿克苏镇⟧</div>
<div class="sub">⟦m 镇情概况｜政务公开｜通知公告｜便民服务⟧</div>
<div class="pos">⟦m 您所在的位置：首页 > 乡镇频道 > 阿克苏镇 > 通知公告⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 时间：2024-06-05 16:20　来源：阿克苏镇　[ 字体：大 中 小 ]⟧</div>
{BODY}
<div class="share">⟦a 打印⟧ ⟦l 收藏本页⟧ ⟦l 分享⟧</div>
<div class="ft">⟦m 榧原县人民政府办公室主办　联系电话：0906-6512003⟧ ⟦m 新ICP备10000912号⟧</div>
</body></html>
""",
        body="""
各村（社区）：
为丰富群众文化生活，传承民族优秀文化，镇党委、镇政府决定举办阿克苏镇第三届冬不拉弹唱大赛。现将有关事项通知如下：
一、比赛时间：2024年6月22日（周六）上午10:00。
二、比赛地点：镇文化广场。
三、参赛对象：全镇各族群众，分少年组（16岁以下）和成人组。
四、比赛要求：每人弹唱一首曲目，时长不超过5分钟，自备冬不拉。
五、奖项设置：各组评出一等奖1名、二等奖2名、三等奖3名，颁发证书和奖品。
请各村（社区）于6月15日前将报名表报镇文化站。
报名联系人：叶尔波拉提　电话：13899660412
阿克苏镇人民政府
2024年6月5日
""",
    ),
    dict(
        slug="fanwen-korfball-speech-oneline-glued",
        site="范文帮 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.fanwenbang.net/zhuchici/2024/9931.html",
        title="在桤川市首届中小学合球联赛开幕式上的讲话",
        record_title="在桤川市首届中小学合球联赛开幕式上的讲话（精选范本）_范文帮",
        date=None,
        notes="范文 site with the body on one line; no date (the page gives only a collection stamp); writing-service prompt glued after a sentence",
        page="""
!m 范文帮 | 写作不求人
!m 当前：首页 » 讲话致辞 » 体育活动讲话
!t 在桤川市首届中小学合球联赛开幕式上的讲话（精选范本）_范文帮
!m 收集整理：范文帮编辑部　　收录于 2025-02-11
{BODY}
!a 【复制】　【下载DOC】　【收藏】
!l 热门：运动会开幕式致辞｜校园篮球联赛讲话｜体育节闭幕词
!m 范文帮 www.fanwenbang.net　苏ICP备18062230号
""",
        oneline=True,
        indent="　　",
        body="""
各位领导、老师们、同学们：
今天，桤川市首届中小学合球联赛在这里隆重开幕。我代表市教育局，向前来参赛的运动员、教练员和裁判员表示热烈欢迎！⟦w 需要原创讲话稿？联系微信 fwb_8866 代写⟧
合球是一项讲究团结协作的运动，男生女生同场竞技，谁也离不开谁。希望同学们在比赛中赛出水平、赛出风格，也赛出友谊。
希望各位裁判员公正执裁，各位教练员做好安全保护。
最后，预祝本届联赛取得圆满成功！
""",
    ),
]

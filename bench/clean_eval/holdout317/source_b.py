"""holdout317, part B: blogs, WeChat mirrors, document-sharing sites, education portals, intranets.

Invented text, places, people, sites and chrome; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="blog-sulianzhai-essay-bamboo-drying-pole",
        site="素帘斋 (invented, Typecho-like blog)",
        style="博客",
        genre="散文",
        kind="other",
        form="html",
        source="https://sulianzhai.example.cn/archives/418/",
        title="搬家时，我带走了那根竹晒衣竿",
        record_title="搬家时，我带走了那根竹晒衣竿 « 素帘斋",
        date="2024-06-02",
        notes="blog: header slogan, post time in brackets as the page's date, a related link glued after a 。, "
        "tag cloud, archive list, comment form and a theme footer",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="UTF-8"><title>搬家时，我带走了那根竹晒衣竿 « 素帘斋</title>
<link rel="stylesheet" href="/usr/themes/plain/style.css"></head><body>
<header><h2 class="site-name">⟦m 素帘斋⟧</h2><p class="desc">⟦m 一帘旧梦，半窗闲书⟧</p>
<nav>⟦m 首页　随笔　读书　关于　留言板⟧</nav></header>
<main><article>
<h1 class="post-title">{T}</h1>
<p class="post-meta">⟦m [2024-06-02 21:47]　分类：旧居杂记　阅读 (389)⟧</p>
<div class="post-content">
{BODY}
</div>
<p class="tags">⟦l 标签：搬家 旧物 父亲⟧</p>
<p class="license">⟦d 本文采用 CC BY-NC 4.0 许可，转载请署名素帘斋并保留链接。⟧</p>
<div class="post-near">⟦l ← 老屋窗台上的三盆吊兰⟧　⟦l 夏至那天吃了一碗凉面 →⟧</div>
<section id="comments"><h3>⟦l 已有 6 条评论⟧</h3>
<p>⟦l 南巷：我家也留着一根，挂在储物间里⟧</p>
<form><p>⟦l 称呼（必填）⟧</p><p>⟦l 邮箱（不公开）⟧</p><button>⟦a 提交评论⟧</button></form></section>
</article></main>
<aside><h4>⟦l 标签云⟧</h4><p>⟦l 旧物　父亲　阳台　读书　小城⟧</p>
<h4>⟦l 归档⟧</h4><ul><li>⟦l 2024年6月 (3)⟧</li><li>⟦l 2024年5月 (5)⟧</li></ul></aside>
<footer>⟦m © 2024 素帘斋 · 主题 Plain · 由 Typecho 驱动⟧</footer>
</body></html>
""",
        body="""
上个月从住了二十年的老房子搬出来，收拾东西时，我在阳台角落看见了那根竹晒衣竿。竿子已经被晒成了深褐色，两头各缠着一圈旧布条。
⟦d 素帘斋文中配图均为博主自摄，请勿盗图⟧
这根竿子是父亲当年从乡下扛来的。他挑了一根最直的毛竹，用砂纸把竹节一个个磨平，又在两头缠上布条，怕勾坏了衣服。那些年，一家人的衣服、被褥都在这根竿子上晒过，晴天时阳台上总飘着一股太阳的味道。⟦l 相关阅读：老屋阳台的四季⟧
新家装的是电动晾衣架，按一下按钮就能升降，竹竿显然派不上用场了。搬家师傅劝我扔掉，我想了想，还是把它锯成两截带走了。
如今，一截挂在书房墙上当作装饰，另一截立在阳台上，偶尔晒晒鞋垫。朋友笑我念旧，我倒觉得，有些东西留着，日子就有了来处。
""",
    ),
    dict(
        slug="blog-yanjiao-teacher-dumpling-mat-class-wrapped",
        site="檐角听雨的博客 (invented)",
        style="博客",
        genre="随笔",
        kind="other",
        form="text",
        source="http://blog.yanjiaotingyu.example.com/post/2025/1219",
        title="一节摆满饺子帘的劳动课",
        record_title="【粉笔头日记】一节摆满饺子帘的劳动课 | 檐角听雨的博客",
        date=None,
        notes="teacher's blog hard-wrapped at 56 columns; 'edited 2 天前' is no date; category line, counters, comments",
        page="""
!m 檐角听雨的博客
!m 一个乡村小学老师的日常
!t 【粉笔头日记】一节摆满饺子帘的劳动课
!m 编辑于 2 天前　　分类：班级日志　　浏览 146
{BODY}
!l 上一篇：冬至前夜的作文课
!l 下一篇：给孩子们写的第三十封信
!l 评论（3）　｜　我要评论
!l 柚子妈妈：我家孩子回来说包了八个饺子，开心了一晚上
!m 檐角听雨 © 2025　本博客文字均为原创
""",
        wrap=56,
        body="""
周四下午的劳动课，我们班在学校食堂包饺子。孩子们早早系上围裙，把家里带来的饺子帘一张张摆在长桌上，有高粱秆穿的，也有竹篾编的，还有两张是塑料的。
我先请外婆是面点师的小周给大家示范。她把饺子皮托在掌心，放馅、对折、一捏一挤，一个元宝饺子就立在了饺子帘上。教室里响起一片惊叹声。
轮到孩子们自己动手，场面就热闹了：有的馅放多了合不上口，有的捏成了“包子”，还有的饺子一放上帘子就躺倒了。我没有急着纠正，只提醒他们把饺子排整齐，一排一排地码好。
下课前，四十多张饺子帘摆满了整条长桌。看着孩子们沾满面粉的小手，我想，劳动课教会他们的，不只是包饺子。
""",
    ),
    dict(
        slug="wechat-xiqiao-pledge-drying-poles-follow-glued",
        site="mirror of the WeChat account 皙桥社区 (invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://wxread.example-mirror.cn/s/xiqiao_sq/20250328_01",
        title="文明晾晒 安全挂竿——致皙桥社区居民的倡议书",
        record_title=None,
        date="2025-03-27",
        date_also=["2025-03-28"],
        notes="WeChat mirror: h1 holds the title; a follow prompt glued before the salutation; 分享 as content; "
        "阅读原文/在看 rows, a QR line; account date differs from the signature date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>皙桥社区</title></head><body>
<div id="js_article" class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta_list"><span>⟦m 原创⟧</span> <a id="js_name">⟦m 皙桥社区⟧</a> <em id="publish_time">⟦m 2025年3月28日 19:02⟧</em> <span>⟦m 徉湖⟧</span></div>
<div class="rich_media_content" id="js_content">
{BODY}
<p style="text-align:center">⟦m 文字：皙桥社区居委会　排版：小桥⟧</p>
</div>
<div id="js_read_area">⟦a 阅读原文⟧　⟦m 阅读 2318⟧　⟦l ♡ 赞 41⟧　⟦l 在看 17⟧</div>
<div class="qr">⟦a 长按识别二维码，关注皙桥社区获取更多通知⟧</div>
<div class="mirror-note">⟦d 本页为公众号文章的镜像副本，内容以原公众号为准。⟧</div>
</div></body></html>
""",
        p_html='<section style="margin:0 8px"><p style="line-height:1.75em">{}</p></section>',
        body="""
⟦a 点击上方“皙桥社区”蓝字，一键关注不迷路⟧亲爱的居民朋友们：
春暖花开，正是晾晒衣被的好时节。近来，社区接到多起反映：有的住户在窗外搭设长竹竿晒衣服，衣物滴水打湿楼下；有的晒衣竿固定不牢，遇到大风随时可能坠落。为了大家的安全与和睦，社区居委会向全体居民发出如下倡议：
一、文明晾晒。窗外晒衣竿伸出墙面不超过50厘米，衣物拧干后再晾，避免滴水扰邻。
二、安全挂竿。定期检查晒衣竿的固定螺栓，发现松动、锈蚀及时更换，大风天气提前收回衣物和竹竿。
三、互谅互让。邻里之间因晾晒发生矛盾，请先友好沟通，也可以联系网格员帮助协调。
请大家把这份倡议分享给家人和邻居，让我们共同守护头顶上的安全。
皙桥社区居民委员会
2025年3月27日
""",
    ),
    dict(
        slug="wechat-niyang-museum-calendar-stand-essay",
        site="mirror of the WeChat account 旎阳县博物馆 (invented)",
        style="公众号镜像",
        genre="散文",
        kind="other",
        form="text",
        source="http://gzh.beifen-read.example.com/a/20250102/nyxbwg/3301.html",
        title="一块日历牌，翻过半个世纪",
        record_title="一块日历牌，翻过半个世纪｜旎阳县博物馆（公众号图文备份）",
        date="2025-01-02",
        notes="account mirror: the account line is the page's date; a photo caption between paragraphs; "
        "a star prompt, 往期回顾 list, a visiting-hours line and the mirror's archive note",
        page="""
!t 一块日历牌，翻过半个世纪｜旎阳县博物馆（公众号图文备份）
!m 旎阳县博物馆　2025年01月02日 08:00　发表于旎阳
!a 设为星标★，馆里上新第一时间告诉你
{BODY}
!m 开放时间：周二至周日 9:00—17:00（周一闭馆）
!l 往期回顾
!l ▶ 一只铁皮暖壶的旅行
!l ▶ 老算盘会说话
!a 觉得不错，点个“在看”再走吧
!d 本站仅存档公众号图文，著作权归原公众号所有。
""",
        gap=True,
        body="""
新年伊始，我馆“岁时记忆”展厅迎来一件新藏品：一块上世纪七十年代的木质日历牌。它由旎田镇居民许秀梅女士捐赠，牌面上的“日历”两个字是她父亲亲手刻上去的。
⟦m ▲ 许秀梅女士捐赠的木质日历牌（馆员　郑小禾　摄）⟧
这块日历牌长约40厘米，上方是一块写着“勤俭持家”的小黑板，下方挂着手撕日历。许女士回忆，小时候每天早上第一件事，就是踮起脚撕下一页日历，再把当天要做的事写在小黑板上。
在那个年代，日历牌几乎是家家户户的“标配”。它记录着节气、农事和家里的大事小情，也见证了一个家庭的日常。
目前，这块日历牌已在二楼展厅展出，欢迎市民前来参观。
""",
    ),
    dict(
        slug="docshare-heye-request-steel-noodle-racks",
        site="禾页文档 (invented)",
        style="文档分享",
        genre="请示",
        kind="notice",
        form="html",
        source="https://www.heyedoc.example.com/d/7716204.html",
        title="关于为中心厨房购置不锈钢面条架的请示",
        record_title="关于为中心厨房购置不锈钢面条架的请示（已排版）- 禾页文档",
        date="2025-02-24",
        notes="sharing page: uploader line, ratings, an upload notice, a points lock, a service WeChat; signature date",
        page="""
<!doctype html><html><head><meta charset="utf-8">
<title>关于为中心厨房购置不锈钢面条架的请示（已排版）- 禾页文档</title></head><body>
<header><a href="/" class="brand">⟦m 禾页文档⟧</a> <span>⟦m 好文档，一页就够⟧</span> <a href="/up">⟦a 上传赚禾币⟧</a> <a href="/login">⟦a 登录｜注册禾页⟧</a></header>
<div class="crumbs">⟦m 禾页文档 › 行政公文 › 请示报告⟧</div>
<main><h1>{T}</h1>
<p class="uploader">⟦m 分享人：食堂老陈　页数：2　评分：★★★★☆（57人）⟧</p>
<div class="notice">⟦d 本文档为禾页用户上传，禾页文档不拥有其著作权，仅供在线阅读参考。⟧</div>
<div class="doc">
{BODY}
</div>
<div class="lock">⟦a 下载需消耗3禾币，当前余额不足，去签到领禾币⟧</div>
<div class="rel"><h4>⟦l 你可能还需要⟧</h4><p>⟦l 学校食堂设备购置申请报告⟧</p><p>⟦l 关于更新食堂炊具的请示（范文）⟧</p></div>
</main>
<footer>⟦w 禾页客服微信：heye_kf2023（工作日 9:00-18:00）⟧<br>⟦m 禾页文档 heyedoc　皖ICP备20063318号⟧</footer>
</body></html>
""",
        body="""
县教育体育局：
我校中心厨房承担全校1860名学生的午餐供应，每周安排两次手工面条。目前使用的木质面条架已使用八年，架杆开裂、霉斑明显，多次清洗仍难以达到卫生要求，在今年春季食品安全检查中被列为整改事项。
为保障学生饮食安全，我校拟购置304不锈钢面条架12副、配套晾面车2台，预算资金约1.6万元，从学校公用经费中列支。采购将按照学校小额采购程序公开询价，验收合格后投入使用。
以上请示妥否，请批示。
黼城县第二实验小学
2025年2月24日
""",
    ),
    dict(
        slug="docshare-yunjian-letter-enamel-mug-samples-wps",
        site="云笺共享 (invented)",
        style="文档分享",
        genre="函",
        kind="notice",
        form="text",
        source="https://www.yunjian-share.example.net/view/a93c0e17.html",
        title="关于商请提供搪瓷饭缸样品的函",
        record_title="关于商请提供搪瓷饭缸样品的函.wps",
        date="2025-04-09",
        notes="file-name record title (.wps); the letter's own 联系人/电话 in the text; date in Chinese numerals; "
        "sharer, format line and a points prompt around it",
        page="""
!m 云笺共享 — 文档随手分享
!t 关于商请提供搪瓷饭缸样品的函.wps
!m 格式：WPS　大小：24KB　分享者：展陈部小葛　浏览 318
!a 在线预览　｜　下载（2积分）　｜　转存
{BODY}
!a 喜欢这篇文档？分享给好友可获得1积分
!d 云笺共享内容由用户自行分享，如有侵权请发送邮件至 jubao@yunjian-share.example.net
!m 云笺共享　陕ICP备22007196号
""",
        indent="\u3000\u3000",
        body="""
婕湾搪瓷制品有限公司：
为筹备“劳动者的饭缸”主题展览，我馆拟征集不同年代的搪瓷饭缸实物及相关资料。经了解，贵公司建厂六十多年来持续生产搪瓷制品，保存有较为完整的产品样品。为此，商请贵公司协助以下事项：
一、提供各年代具有代表性的搪瓷饭缸样品8至10件，展期结束后原样归还；
二、提供相关产品图样、商标及老照片的复制件；
三、安排一名熟悉厂史的同志接受我馆工作人员访谈。
如蒙同意，请于4月25日前函复。联系人：葛宁，电话：0736-5512079。
嫱川市工人文化宫
二〇二五年四月九日
""",
    ),
    dict(
        slug="edu-niyang-notice-dumpling-labour-week",
        site="旎阳教育信息网 (invented county education portal)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.niyang.example.gov.cn/tzgg/2024/1206/5530.html",
        title="关于开展“冬至包饺子”劳动实践周活动的通知",
        record_title="【劳动教育·冬至】关于开展“冬至包饺子”劳动实践周活动的通知｜旎阳教育信息网",
        date="2024-12-05",
        date_also=["2024-12-06"],
        notes="education portal: 读屏 row, 附件 list in the body beside attachment download links, the notice's own "
        "联系人/电话/邮箱 beside a technical-support line; '请各校下载附件' is body; portal date differs",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8">
<title>【劳动教育·冬至】关于开展“冬至包饺子”劳动实践周活动的通知｜旎阳教育信息网</title></head><body>
<div class="top">⟦m 旎阳教育信息网⟧　⟦a 读屏专用⟧　⟦a 关怀版⟧　⟦a 设为首页⟧</div>
<div class="nav">⟦m 首页 | 教育动态 | 通知公告 | 政策法规 | 招生考试 | 德育园地⟧</div>
<div class="path">⟦m 您的位置：首页 → 通知公告⟧</div>
<div class="art"><h3>{T}</h3>
<div class="inf">⟦m 发布日期：2024-12-06　来源：基础教育股　点击数：1533⟧</div>
<div class="con">
{BODY}
</div>
<ul class="fj"><li>⟦a 📎 劳动实践周活动安排表.docx（点击下载）⟧</li><li>⟦a 📎 活动总结报送表.xlsx（点击下载）⟧</li></ul>
<div class="btns">⟦a 【打印此文】【返回顶部】【关闭】⟧</div>
</div>
<div class="ft">⟦m 旎阳县教育局主办　技术支持：旎阳县教育信息中心　电话：0743-8120999⟧<br>⟦m 湘ICP备14008261号-1⟧</div>
</body></html>
""",
        body="""
各中小学校、幼儿园：
为深入推进劳动教育，引导学生传承传统饮食文化，县教育局决定在冬至前开展“冬至包饺子”劳动实践周活动。现将有关事项通知如下：
一、活动时间：2024年12月16日至21日。
二、活动内容：各校结合实际组织学生学习和面、擀皮、包馅，了解饺子帘等传统炊具的用法，并邀请家长志愿者参与指导。
三、有关要求：各校要做好食品安全和用火用电安全管理，活动结束后于12月27日前报送活动总结和照片。请各校下载附件，按表格填写后报送。
附件：1. 劳动实践周活动安排表
2. 活动总结报送表
联系人：石蕙，电话：0743-8120536，邮箱：ldjy_nyjy@example.cn
旎阳县教育局
2024年12月5日
""",
    ),
    dict(
        slug="edu-fucheng-school-plan-solar-term-calendar-stands",
        site="黼城县实验小学网站 (invented)",
        style="教育门户",
        genre="方案",
        kind="other",
        form="text",
        source="http://www.fcsyxx.example.edu.cn/xytz/2025/0226/118.html",
        title="“我的节气日历牌”手工作品征集活动方案",
        record_title="“我的节气日历牌”手工作品征集活动方案 - 校园公告 - 黼城县实验小学",
        date="2025-02-26",
        notes="school site: decimal headings 1 / 1.1 / 2.1 …; the signature date; a scan-to-read line and a school footer",
        page="""
!m 黼城县实验小学　崇德 尚美 乐学
!m 网站首页 ＞ 校园公告
{T}
!m 作者：少先队大队部　　时间：2025-02-27　　阅读：628
!a 手机扫码，随时查看本页通知
{BODY}
!l 上一条：2025年春季开学致家长的一封信
!l 下一条：关于开展“书香校园”读书月活动的安排
!m 校址：黼城县文昌路17号　电话：0733-7712308
!m 黼城县实验小学 版权所有　技术维护：黼城县教育信息中心
""",
        date_also=["2025-02-27"],
        body="""
1 活动目的
1.1 引导学生了解二十四节气知识，感受传统文化之美。
1.2 通过动手设计、制作日历牌，培养学生的审美能力和动手能力。
2 参加对象与作品要求
2.1 全校三至六年级学生，每人限报一件作品。
2.2 日历牌尺寸不超过A4纸大小，须包含节气名称、日期和一句与节气有关的农谚，材料不限，鼓励使用废旧纸板、布料等环保材料。
3 时间安排
3.1 3月1日至3月20日为制作阶段，作品交班主任统一收集。
3.2 3月25日前由美术组评选出一、二、三等奖，优秀作品在学校文化长廊展出。
黼城县实验小学少先队大队部
2025年2月26日
""",
    ),
    dict(
        slug="intranet-jiewan-textile-minutes-own-enamel-mugs",
        site="婕湾纺织协同办公平台 (invented OA)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.jiewan-textile.example.local/doc/view?id=20250314-006",
        title="关于职工食堂推广自带饭缸的专题会议纪要",
        record_title="〈第6期纪要〉关于职工食堂推广自带饭缸的专题会议纪要 - 婕湾纺织OA",
        date="2025-03-12",
        date_also=["2025-03-14"],
        notes="OA document view: 流转记录, read count, a 标记已阅 button; the minutes' 时间/地点/主持/参会/记录 lines "
        "are body and the 时间 line gives the date; the OA's 拟稿日期 differs",
        page="""
<html><head><meta charset="utf-8"><title>〈第6期纪要〉关于职工食堂推广自带饭缸的专题会议纪要 - 婕湾纺织OA</title></head><body>
<div class="oa-top">⟦m 婕湾纺织协同办公平台⟧　⟦m 当前用户：行政部 苏晴⟧　<a>⟦a 退出登录⟧</a></div>
<div class="oa-menu">⟦m 待办事宜　已办事宜　公文管理　会议管理　通讯录⟧</div>
<div class="doc-head"><h2>{T}</h2>
<table class="doc-attr"><tr>⟦m <td>拟稿部门：</td><td>行政部</td>⟧⟦m <td>拟稿日期：</td><td>2025-03-14</td>⟧</tr>
<tr>⟦m <td>密级：</td><td>内部</td>⟧⟦m <td>已阅人数：</td><td>87</td>⟧</tr></table></div>
<div class="doc-body">
{BODY}
</div>
<div class="doc-ops"><button>⟦a 标记已阅⟧</button> <button>⟦a 转给同事阅⟧</button> <button>⟦a 导出为PDF版⟧</button></div>
<div class="flow"><h4>⟦m 流转记录⟧</h4>
<p>⟦m 2025-03-14 09:12　苏晴　拟稿⟧</p><p>⟦m 2025-03-14 10:40　郑启航　审核通过⟧</p><p>⟦m 2025-03-14 11:03　系统　分发至各部门⟧</p></div>
<div class="oa-foot">⟦m 婕湾纺织有限公司信息中心维护　内线 8016⟧</div>
</body></html>
""",
        body="""
时间：2025年3月12日下午
地点：公司办公楼三楼会议室
主持：副总经理　郑启航
参会：行政部、工会、财务部、后勤服务中心负责人
记录：行政部　苏晴
会议研究了职工食堂减少一次性餐盒使用的有关事项，纪要如下：
一、自4月1日起，职工食堂推广职工自带饭缸就餐，一次性餐盒仅供打包外带使用。
二、工会为每名在岗职工配发搪瓷饭缸一只，由后勤服务中心统一采购，费用从工会经费中列支。
三、食堂在取餐口旁设置饭缸清洗消毒柜两台，方便职工餐后清洗。
四、行政部负责做好宣传，每月统计一次性餐盒使用量，在行政例会上通报。
""",
    ),
    dict(
        slug="intranet-nifeng-foods-rules-noodle-rack-cleaning",
        site="旎丰食品内部信息门户 (invented)",
        style="企业内网",
        genre="规程",
        kind="rule",
        form="text",
        source="http://portal.nifeng-foods.example.local/zhidu/pk/2025-017.html",
        title="挂面车间面条架清洗消毒管理规程",
        date=None,
        notes="record title as is; a rule in 第N条 articles with only a 'from publication' clause, no date; "
        "intranet header with the user line, an IT desk extension and a confidentiality footer",
        page="""
!m 旎丰食品有限公司 · 内部信息门户
!m 欢迎您：品控部 韩雪　|　修改密码　|　退出
!m 制度汇编 ＞ 品控类 ＞ 正文
{T}
!m 文件编号：NF-PK-017　版本：B/1　更新于：上周四
{BODY}
!a 【下载原件】【打印】【意见反馈】
!m 信息化服务台：内线 6600
!d 内部资料　注意保密　未经许可不得外传
""",
        body="""
第一条　为规范挂面车间面条架的清洗消毒，防止微生物污染，保证产品质量，制定本规程。
第二条　本规程适用于公司挂面一车间、二车间使用的全部不锈钢面条架和晾面杆。
第三条　面条架每班收面后必须清洗。先用软毛刷清除残留面屑，再用40℃左右的温水冲洗，严禁使用钢丝球刷洗。
第四条　面条架每周六集中消毒一次，用有效氯浓度为250毫克每升的消毒液浸泡15分钟，再用清水冲净、晾干。
第五条　清洗消毒情况由班组长填写记录表，品控部每周抽查，发现不合格的立即返工。
第六条　本规程由品控部负责解释，自发布之日起施行。
""",
    ),
]

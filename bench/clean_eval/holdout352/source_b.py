"""holdout352, part B: blogs, account mirrors, document sharing, education sites, intranets. Invented text."""

CASES = [
    dict(
        slug="blog-youzi-liner-kitchen-drawers",
        site="柚子的小日子 (invented, Typecho-like blog)",
        style="博客",
        genre="博客文章",
        kind="other",
        form="html",
        source="https://youzi-xiaorizi.cn/archives/318/",
        title="厨房抽屉铺垫子这件小事，我踩过的三个坑",
        record_title="厨房抽屉铺垫子这件小事，我踩过的三个坑 - 家务札记 - 柚子的小日子",
        date="2025-02-16",
        notes="Typecho-like blog: bracketed post time is the date; numbered list; tag cloud, archive, calendar, comment "
        "form; a reward prompt glued after a sentence and a reading-time line before the body",
        page="""
<!DOCTYPE html>
<html><head><meta charset="UTF-8"><title>厨房抽屉铺垫子这件小事，我踩过的三个坑 - 家务札记 - 柚子的小日子</title>
<link rel="alternate" type="application/rss+xml" href="/feed/">
<script>var _czc = _czc || [];</script></head><body>
<header><div class="site-name">⟦m 柚子的小日子⟧</div><div class="site-desc">⟦m 柴米油盐里也有诗⟧</div>
<nav>⟦m 首页　家务札记　周末厨房　读书　关于我⟧</nav></header>
<main><article class="post">
<h2 class="post-title">{T}</h2>
<div class="post-meta">⟦m [2025-02-16 21:40]　柚子　分类：家务札记　围观 634⟧</div>
<div class="reading">⟦m 全文约 900 字，读完需要 3 分钟⟧</div>
<div class="post-content">
{BODY}
</div>
<div class="tags">⟦l 本文标签：抽屉垫　厨房收纳　家务⟧</div>
<div class="post-near">⟦l « 上一篇：冬天的砂锅粥怎么熬才不糊底⟧　⟦l 下一篇：给阳台的绿萝换盆 »⟧</div>
</article>
<section class="comments"><h3>⟦l 已有 12 条评论⟧</h3>
<div class="c">⟦l 阿橙　2 天前　我家也是铺了垫子以后抽屉老是卡，原来是太厚了⟧</div>
<form>⟦l 写下你的看法（昵称和邮箱必填）⟧<button>⟦a 提交评论⟧</button></form></section></main>
<aside><h4>⟦l 标签云⟧</h4><p>⟦l 收纳 厨房 家务 旧物 绿植 读书笔记⟧</p>
<h4>⟦l 文章归档⟧</h4><p>⟦l 2025年2月 (4)　2025年1月 (6)　2024年12月 (5)⟧</p>
<div class="calendar">⟦m 二月 2025　一 二 三 四 五 六 日⟧</div></aside>
<footer>⟦d © 柚子的小日子 · 文字与图片未经允许请勿搬运⟧　⟦m 由 Typecho 驱动⟧</footer>
</body></html>
""",
        body="""
过年前大扫除，我把厨房六个抽屉全部换了新抽屉垫。铺完才发现，这件看起来很简单的小事，我居然踩了三个坑，记下来给大家提个醒。
1. 买之前没量尺寸。我按网上的“通用款”买了一卷，结果抽屉内径比标的窄两公分，只好一片一片重新裁，边角还裁歪了。
2. 垫子太厚。为了防滑选了最厚的发泡款，铺进去以后抽屉底板抬高，碗碟碰到上沿，推拉都卡。后来换成1毫米左右的薄款才顺手。
3. 没晾味就铺。新垫子拆开有股塑料味，我当天就铺进了放筷子和调料的抽屉，结果一周都有味道。⟦a 觉得有用就请柚子喝杯奶茶吧⟧现在学乖了，买回来先在阳台通风两三天。
最后说一句，抽屉垫脏了不用全换，用湿布擦一擦，晾干了还能接着用。
""",
    ),
    dict(
        slug="blog-banmu-mirror-essay-wrapped",
        site="半亩镜湖的博客 (invented), text view",
        style="博客",
        genre="散文",
        kind="other",
        form="text",
        source="http://blog.banmujinghu.net/post/2025/moving-day-mirror.html",
        title="搬家时留下的那面试衣镜",
        record_title="【旧物有情】搬家时留下的那面试衣镜 · 半亩镜湖的博客",
        date=None,
        notes="blog essay hard-wrapped at 56 columns; relative time only; blog chrome before and after",
        page="""
!m 半亩镜湖的博客　——　写给自己看的流水账
!m 首页 | 随笔 | 旧物 | 留言板
!t 【旧物有情】搬家时留下的那面试衣镜 · 半亩镜湖的博客
!m 发表于 3 天前 · 分类：旧物 · 阅读(418) · 评论(9)
{BODY}
!l 标签：旧物　搬家　试衣镜
!l ← 较早的文章：楼下那棵桂花树
!l 喜欢这篇？也许你还想读：《奶奶的针线笸箩》
!a 订阅本博客　|　RSS
!d 本博客文字为原创，转载请留言告知。
""",
        wrap=56,
        indent="\u3000\u3000",
        body="""
搬家那天，所有东西都打包好了，只剩下那面落地试衣镜靠在墙角，谁也没提要不要带走。
这面镜子是我结婚那年买的，木框刷着米白色的漆，一米六高，在旧房子里一放就是十一年。女儿学走路的时候扶着它站起来，上小学后每天早上对着它系红领巾，后来长得比镜子里的框还高了。
新家的卧室有整面的衣柜镜，这面镜子确实用不上了。我把它擦干净，送给了楼下刚搬来的年轻夫妻。他们说正缺一面穿衣镜，连声道谢。
临走时我回头看了一眼，镜子里映着空荡荡的客厅，也映着我自己。十一年的日子好像都收在里面了，又好像什么也没留下。
""",
    ),
    dict(
        slug="wechat-luyuan-hospital-door-organiser-tips",
        site="号文存底 (invented mirror of a hospital's WeChat account)",
        style="公众号镜像",
        genre="科普文章",
        kind="other",
        form="html",
        source="https://www.haowencundi.com/a/luyuanrmyy/20250109/5521.html",
        title="门后挂袋里，这几样东西最好别放",
        record_title=None,
        date="2025-01-09",
        notes="WeChat mirror: 原创 tag, account line as the date, a star prompt before the first words, numbered list, "
        "在看/阅读原文/赞赏 rows, a QR line and the mirror's archive note; a privacy notice on its own line between "
        "paragraphs; title missing from the record (found in <h1>)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>号文存底 - 公众号文章备份</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<script src="/static/lazyimg.js"></script></head><body>
<div class="mirror-bar">⟦m 号文存底 · 好文章不怕找不到⟧　<a>⟦a 收录我的公众号⟧</a></div>
<div class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="meta">⟦m 原创⟧ ⟦m 禄原县人民医院　2025年1月9日 10:20　安徽⟧</div>
<div class="rich_media_content">
{BODY}
</div>
<div class="tail">⟦a 阅读原文⟧　⟦l 在看 46⟧　⟦l 赞 118⟧</div>
<div class="reward">⟦a 喜欢作者，给个鼓励⟧</div>
<div class="qr">⟦a 长按识别二维码，预约挂号不排队⟧</div>
</div>
<div class="mirror-note">⟦d 本页为公众号文章的公开存档，版权归原公众号所有，如需删除请联系本站。⟧</div>
<div class="mirror-foot">⟦m 号文存底 haowencundi.com　京ICP备20044195号⟧</div>
</body></html>
""",
        p_html='<p style="margin-bottom:12px;">{}</p>',
        body="""
⟦a 点上方蓝色名字，把我们设为★星标⟧门后挂袋不占地方，很多家庭把它挂在卫生间或卧室门后，放些零碎物品。不过，医院急诊科的医生提醒，有几样东西最好别放进门后挂袋。
1. 药品。卫生间潮湿、温差大，药片容易受潮变质；挂袋位置低，孩子伸手就能拿到，误服风险很高。家庭药品应放在干燥、避光、孩子够不着的柜子里。
2. 剪刀、刀片等锐器。开关门时挂袋会晃动，锐器可能掉落划伤人，尤其是门后常有孩子跑动的家庭。
3. 清洁剂、消毒液。这类液体一旦倾倒，容易溅到眼睛和皮肤上。去年冬天，急诊科就接诊过一名被门后掉落的消毒液溅伤眼睛的儿童。
⟦d 文中病例已隐去就诊者个人信息，配图为示意，请勿对号入座⟧
4. 过重的物品。挂袋装得太满，挂钩可能突然脱落，砸到正在开门的人。
医生建议，门后挂袋最适合放毛巾、袜子、手套这类轻软的物品，并定期检查挂钩是否松动。如果发生眼睛溅伤，应立即用大量清水冲洗至少15分钟，并尽快就医。
""",
    ),
    dict(
        slug="wechat-jiqingyuan-pledge-divider-reuse",
        site="微文备份站 (invented mirror of a community's account), text view",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.weiwenbeifen.com/jqy/2025/0421/70283.html",
        title="旧抽屉分隔板循环利用倡议书",
        record_title="旧抽屉分隔板循环利用倡议书｜吉庆苑社区（号内原文转存）",
        date="2025-04-20",
        date_also=["2025-04-21"],
        notes="account mirror saved as text: a star prompt before the salutation, account line with the posting date "
        "(differs from the 成文日期 under the signature); sentences that speak of 分享 and 扫码 as content",
        page="""
!m 微文备份站｜公众号文章不丢失
!t 旧抽屉分隔板循环利用倡议书｜吉庆苑社区（号内原文转存）
{T}
!m 吉庆苑社区　2025-04-21 08:05　发布于 钦阳
{BODY}
!a 写留言
!l 往期推荐：吉庆苑社区四月志愿服务活动预告
!l 往期推荐：楼道杂物清理，我们这样做
!a ♥ 分享　☆ 收藏　👍 赞　👀 在看
!d 本站转存内容仅供阅读，原作者如有异议请来信，我们将尽快下架。
""",
        body="""
⟦a 记得把“吉庆苑社区”设为星标，每天都能看到我们⟧亲爱的居民朋友们：
春季是家中整理的好时节。不少家庭在整理时会淘汰一批旧的抽屉分隔板，它们大多完好，却被当作垃圾扔掉，既浪费又增加了垃圾处理的负担。为此，吉庆苑社区向全体居民发出如下倡议：
一、能用不扔。分隔板稍有变形，可用热水泡软后压平；尺寸不合适，可裁短后放进文具盒、化妆包里继续使用。
二、闲置交换。4月26日上午，社区将在中心广场举办“旧物换新家”集市，欢迎大家带上闲置的分隔板、收纳盒，互通有无。
三、分享巧思。欢迎把旧分隔板改造的好点子拍成照片，分享到楼栋微信群，社区将评选出十个“巧手家庭”并赠送纪念品。
四、分类投放。确实无法再用的塑料分隔板，请投放到可回收物桶中。扫描集市入口的二维码，即可报名成为当天的志愿者。
让我们从一块小小的分隔板做起，共同建设节约、整洁的美好家园！
钦阳市牟湾区吉庆苑社区居民委员会
2025年4月20日
""",
    ),
    dict(
        slug="docshare-dieye-request-door-organiser-dorm",
        site="叠页文档分享 (invented)",
        style="文档分享",
        genre="请示",
        kind="request",
        form="html",
        source="https://www.dieyewendang.com/p-9921734558.html",
        title="仞口镇卫生院关于为值班宿舍配置门后挂袋的请示",
        record_title="仞口镇卫生院关于为值班宿舍配置门后挂袋的请示（单位自拟稿） - 叠页文档分享",
        date="2025-02-25",
        notes="sharing page: file-info box, points lock, service WeChat beside the document's own 联系人/电话; 成文日期 "
        "under the signature; upload and download counts are no dates",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>仞口镇卫生院关于为值班宿舍配置门后挂袋的请示（单位自拟稿） - 叠页文档分享</title>
<script>var docId=9921734558;</script></head><body>
<div class="head"><span>⟦m 叠页文档分享｜把好资料叠起来⟧</span><a>⟦a 登录领积分⟧</a></div>
<div class="bread">⟦m 叠页文档 ＞ 党政公文 ＞ 请示报告⟧</div>
<div class="doc">
<h1>{T}</h1>
<div class="info">⟦m 分享者：医卫资料库　页数：2　浏览：317　下载：22⟧</div>
<div class="ops">⟦a 下载文档　加入收藏　全文打印⟧</div>
<div class="doc-body">
{BODY}
</div>
<div class="lock">⟦a 还剩1页未读，花 3 积分即可解锁并下载全文⟧</div>
</div>
<div class="side"><p>⟦l 同类文档⟧</p><p>⟦l 卫生院关于购置急救设备的请示⟧</p><p>⟦l 关于改善乡镇卫生院职工住宿条件的报告⟧</p>
<p>⟦w 找不到想要的文档？客服微信 dieye_kf06 帮你找⟧</p></div>
<div class="foot">⟦d 文档均由用户分享上传，叠页只提供信息存储空间，侵权请发邮件至 ban@dieyewendang.com⟧</div>
</body></html>
""",
        body="""
县卫生健康局：
我院现有值班宿舍8间，供夜间值班医护人员休息使用。宿舍面积较小，每间仅约9平方米，除床铺和衣柜外没有其他储物空间，值班人员的洗漱用品、听诊器、手电筒等随身物品只能放在床头或地上，既不整洁，也不符合院感管理要求。
为改善值班条件，我院拟为每间值班宿舍配置门后挂袋2个，共16个。经市场询价，选用带硅胶防滑挂钩、可水洗的帆布挂袋，单价约45元，合计约720元，拟从我院公用经费中列支。
妥否，请批示。
联系人：严冬梅　电话：0556-7730 219
仞口镇卫生院
2025年2月25日
""",
    ),
    dict(
        slug="docshare-wencun-rules-mirror-fitting-room",
        site="文存驿站 (invented), text view",
        style="文档分享",
        genre="规定",
        kind="other",
        form="text",
        source="http://www.wencunyizhan.com/doc/564109.html",
        title="时尚汇购物中心试衣间试衣镜安全管理规定",
        record_title="时尚汇购物中心试衣间试衣镜安全管理规定.doc",
        date=None,
        notes="file name as record title; 第N条 articles; effective clause without a date; upload notice, points line and "
        "download prompt",
        page="""
!m 文存驿站 — 文档暂存，随取随用
!t 时尚汇购物中心试衣间试衣镜安全管理规定.doc
!m 上传：mall_anquan　｜　上传时间：2 个月前　｜　格式：DOC　｜　大小：24KB
!a 免费预览两页，完整版下载消耗2个驿站币
{BODY}
!a ⇩ 下载这份文档
!d 该文档由驿站用户上传，仅供交流学习，请勿商用。
!l 相关文档：商场消防安全管理制度 ／ 营业员岗位安全责任书 ／ 试衣间防偷拍检查记录表
!m 文存驿站 wencunyizhan.com　客服邮箱 help@wencunyizhan.com
""",
        indent="\u3000\u3000",
        body="""
第一条　为加强试衣间试衣镜的安全管理，防止镜子倾倒、破碎伤人，保障顾客和员工安全，结合本中心实际，制定本规定。
第二条　本规定适用于本中心各楼层服装商户设置的试衣间及卖场内的落地试衣镜。
第三条　落地试衣镜必须与墙体或固定柜体可靠连接，不得仅靠背板斜靠墙面放置。壁挂式试衣镜应使用不少于四个金属挂件固定。
第四条　试衣镜镜片背面应贴有防爆膜，镜框边角应做圆角或包边处理。
第五条　商户每周对试衣镜的固定件、镜片和边框进行一次检查，填写检查记录；发现松动、裂纹的，应立即停用并报物业部。
第六条　物业部每月组织一次抽查，对不符合要求的商户下达整改通知，逾期未整改的按《商户管理公约》处理。
第七条　本规定由本中心物业部负责解释，自印发之日起施行。
""",
    ),
    dict(
        slug="edu-zhaochuan-notice-door-organiser-dorms",
        site="诏川县教育和体育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.zhaochuan.gov.cn/tzgg/202503/t20250305_12730.html",
        title="诏川县教育和体育局关于规范中小学生宿舍门后挂袋使用的通知",
        record_title="诏川县教育和体育局关于规范中小学生宿舍门后挂袋使用的通知（含附件2份）_住校生安全_诏川县教育和体育局",
        date="2025-03-03",
        date_also=["2025-03-05"],
        notes="education portal: 适老版/读屏 links, 附件 list beside attachment download links, the document's 联系人/"
        "电话/邮箱 beside a technical-support line, 抄送 and 印发 lines; publish date differs from the 成文日期",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>诏川县教育和体育局关于规范中小学生宿舍门后挂袋使用的通知（含附件2份）_住校生安全_诏川县教育和体育局</title>
<script src="/js/zc-edu.js"></script></head><body>
<div class="tools">⟦a 适老版⟧ ⟦a 读屏模式⟧ ⟦a 简 / 繁⟧</div>
<div class="header">⟦m 诏川县教育和体育局⟧<span>⟦m 立德树人　强体健心⟧</span></div>
<div class="menu">⟦m 首页 · 机构概况 · 通知公告 · 教育资讯 · 校园安全 · 办事指南⟧</div>
<div class="where">⟦m 首页 » 校园安全 » 通知公告⟧</div>
<div class="content">
<h3>{T}</h3>
<div class="sub">⟦m 发布：2025-03-05　来源：安全稳定股　阅读：1422⟧</div>
<div class="txt">
{BODY}
</div>
<div class="att">⟦a 附件1：宿舍门后挂袋安全检查表.docx（点击下载）⟧</div>
<div class="att">⟦a 附件2：致家长的一封信.pdf（点击下载）⟧</div>
<div class="print">⟦a 〖打印这页〗〖关闭这页〗⟧</div>
</div>
<div class="footer">⟦m 主办：诏川县教育和体育局　技术支持：县教育信息中心 0556-7719 003⟧<br>⟦m 皖ICP备10034128号-1⟧</div>
</body></html>
""",
        body="""
各乡镇中心学校，县直各学校：
近期，部分寄宿制学校学生在宿舍门后悬挂挂袋，存放鞋子、零食甚至充电宝等物品，存在挂钩脱落砸伤、充电宝受压起火等隐患。为保障住校学生安全，现就规范宿舍门后挂袋使用有关事项通知如下：
一、各校宿舍门后挂袋由学校统一选型，应采用阻燃面料和带软垫挂钩，每扇门限挂一个。
二、挂袋只能存放毛巾、袜子等轻软物品，严禁存放充电宝、电器、食品和药品。
三、宿管员每日查寝时一并检查挂袋，发现违规存放的及时纠正，并做好记录。
四、各校于3月20日前完成一次全面排查，将排查情况报县教体局安全稳定股。
联系人：许清源　电话：0556-7718 264　邮箱：zcjyaq@163.com
附件：1.宿舍门后挂袋安全检查表
2.致家长的一封信
诏川县教育和体育局
2025年3月3日
抄送：县人民政府教育督导室。
诏川县教育和体育局办公室　2025年3月3日印发
""",
    ),
    dict(
        slug="edu-zhaoxi-school-summary-divider-month",
        site="肇溪县教育信息网 (invented), text view",
        style="教育门户",
        genre="总结",
        kind="summary",
        form="text",
        source="http://www.zxjyxx.cn/xxdt/2025/06/18/4471.html",
        title="肇溪县实验小学“整理小达人”抽屉整理月活动总结",
        record_title="【校园动态】肇溪县实验小学“整理小达人”抽屉整理月活动总结 - 肇溪县教育信息网",
        date="2025-06-16",
        date_also=["2025-06-18"],
        notes="education site as text: data table one row a paragraph (cells apart by ideographic spaces), a photo caption "
        "between paragraphs, 成文日期 under the signature; posting date differs",
        page="""
!m 肇溪县教育信息网
!m 网站首页　教育新闻　学校动态　教研天地　家校共育
!m 当前位置：网站首页 ＞ 学校动态
!t 【校园动态】肇溪县实验小学“整理小达人”抽屉整理月活动总结 - 肇溪县教育信息网
{T}
!m 投稿学校：肇溪县实验小学　审核：县教育局宣传股　发布：2025-06-18　点击：356
{BODY}
!a 【字号 大 中 小】　【打印】　【返回顶部】
!l 上一条：肇溪县第二中学举行防溺水安全教育大会
!l 下一条：县教研室开展小学数学作业设计评比
!m 肇溪县教育局主办　电话：0556-7702 115　皖ICP备09022719号
""",
        body="""
为培养学生良好的生活习惯，5月份，我校在一至六年级开展了“整理小达人”抽屉整理月活动。学校为每间教室配发了可调节抽屉分隔板，引导学生给课桌抽屉“分区”。现将活动情况总结如下。
一、活动开展情况
活动分为“学一学、分一分、比一比”三个阶段。第一周，各班利用班会课观看整理微课，学习分隔板的摆放方法；第二、三周，学生自己动手把抽屉分成书本区、文具区和杂物区；第四周，学校组织检查评比。
⟦m 图：二年级学生在老师指导下安装抽屉分隔板⟧
二、活动成效
年级　参与人数　评为整理小达人人数
一至二年级　612　143
三至四年级　587　166
五至六年级　560　171
活动结束后，各班课桌抽屉明显整洁，学生找课本、文具的时间缩短，课前准备更快了。
三、存在不足和下一步打算
少数低年级学生还需要老师反复提醒，个别分隔板尺寸与旧课桌不匹配。下学期，我们将把抽屉整理纳入班级常规管理，每月开展一次抽查。
肇溪县实验小学
2025年6月16日
""",
    ),
    dict(
        slug="oa-mingche-minutes-mirror-quality",
        site="明澈镜业协同办公平台 (invented intranet)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.mingchejingye.local/doc/view?docid=20250624-017",
        title="2025年第二季度质量分析会会议纪要",
        record_title="〔待归档〕2025年第二季度质量分析会会议纪要 - 明澈镜业协同办公",
        date="2025-06-24",
        notes="intranet document view: 流转记录, read counts, archive/forward buttons; the minutes' 时间/地点/主持/参会/记录 "
        "lines and a vote count; date from the 时间 line",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〔待归档〕2025年第二季度质量分析会会议纪要 - 明澈镜业协同办公</title>
<script src="/oa/static/seal.js"></script></head><body>
<div class="oa-top">⟦m 钦阳明澈镜业有限公司　协同办公平台⟧　⟦m 当前用户：品管部 叶青⟧　<a>⟦a 安全退出⟧</a></div>
<div class="oa-menu">⟦m 待办事项 ｜ 公文管理 ｜ 会议管理 ｜ 通讯录 ｜ 个人设置⟧</div>
<div class="oa-path">⟦m 会议管理 / 会议纪要 / 查看⟧</div>
<div class="oa-doc">
<div class="doc-head">{T}</div>
<div class="doc-attr">⟦m 拟稿：品管部　密级：内部　已阅 27 人 / 未阅 3 人⟧</div>
<div class="doc-body">
{BODY}
</div>
<div class="doc-btn">⟦a 标记已阅⟧ ⟦a 转发同事⟧ ⟦a 归档⟧ ⟦a 生成PDF副本⟧</div>
<table class="flow"><tr><th>⟦m 流转记录⟧</th></tr>
<tr><td>⟦m 06-25 09:12 品管部 叶青 起草⟧</td></tr>
<tr><td>⟦m 06-25 15:40 副总经理 邵明德 审核通过⟧</td></tr>
<tr><td>⟦m 06-26 08:30 办公室 分发至各部门⟧</td></tr></table>
</div>
<div class="oa-foot">⟦d 内部资料，严禁外传　技术服务：信息部 分机 8016⟧</div>
</body></html>
""",
        body="""
时间：2025年6月24日14:30
地点：公司办公楼三楼会议室
主持：邵明德（副总经理）
参会：品管部、生产一部、生产二部、采购部、销售部负责人及质检班组长
记录：叶青
会议通报了第二季度落地试衣镜产品的质量情况，分析了客户投诉问题，研究了整改措施。纪要如下：
一、第二季度共出厂落地试衣镜4.6万面，一次交检合格率97.2%，较上季度提高0.8个百分点。客户投诉31起，其中镜框开裂14起、支架松动9起、镜面划伤8起。
二、会议认为，镜框开裂主要是部分批次木料含水率偏高所致。会议决定：自7月1日起，采购部对每批木料抽检含水率，超过12%的一律退货。
三、会议讨论了在全系列落地镜上加装防倾倒连接件的方案。经表决，同意7票，反对0票，弃权1票，方案通过，由生产一部于8月底前完成工装改造。
四、销售部要在产品说明书和包装上增加安装示意图，提醒客户必须固定后使用。
""",
    ),
    dict(
        slug="intranet-shixia-bulletin-watchbox-packaging",
        site="时匣包装内部信息网 (invented intranet), text view",
        style="企业内网",
        genre="通报",
        kind="notice",
        form="text",
        source="http://10.8.1.20/news/show.php?id=1187",
        title="关于一批出口手表盒包装质量问题的通报",
        record_title="关于一批出口手表盒包装质量问题的通报【品质警示】 - 时匣内网",
        date="2025-05-14",
        notes="intranet text hard-wrapped at 66 columns; 成文日期 under the signature; read count, IT desk extension and "
        "confidentiality footer",
        page="""
!m 沈桥时匣包装有限公司内部信息网
!m 首页 > 公司文件 > 质量通报
!t 关于一批出口手表盒包装质量问题的通报【品质警示】 - 时匣内网
!m 发文部门：质量管理部　阅读：188　附件：无
{BODY}
!a [打印] [转发给同事] [加入我的收藏]
!m 内网维护：信息中心　分机 6203
!d 本网信息仅限公司内部浏览，不得截图外传。
""",
        wrap=66,
        indent="\u3000\u3000",
        body="""
各车间、各部门：
5月上旬，我公司发往马来西亚客户的一批三位皮质手表盒（订单号SX-2504-118，共3600只）在到港验货时，被客户发现有412只外包装纸箱压瘪、内盒扣件松脱，客户提出整批返工，公司为此承担返工和空运费用约4.3万元。
经质量管理部调查，问题原因如下：一是包装车间为赶交期，每箱装入数量由12只增加到16只，超出纸箱设计承重；二是内盒扣件来料未按规定做拉力抽检；三是出货前检验只看外观，未做跌落试验。
为严肃质量纪律，经公司研究，对包装车间主任、来料检验员和出货检验员分别给予通报批评，并扣减当月绩效。
各车间、各部门要引以为戒：严格执行包装作业指导书，不得擅自更改装箱数量；来料检验要按标准抽检，做好记录；出口订单出货前必须做跌落试验。
沈桥时匣包装有限公司质量管理部
2025年5月14日
""",
    ),
]

"""holdout353, part B: blogs, WeChat mirrors, document-sharing sites, education portals, intranets.

Invented text; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="blog-xiaoman-sauce-dish-hotpot-html",
        site="小满的灶台笔记 (invented, WordPress-like blog)",
        style="博客",
        genre="博文",
        kind="other",
        form="html",
        source="https://xiaomanzaotai.blog.cn/2024/01/sauce-dish-hotpot/",
        title="火锅蘸料怎么配？先把酱料碟摆对",
        record_title="【涮锅手记】火锅蘸料怎么配？先把酱料碟摆对 ｜ 小满的灶台笔记",
        date="2024-01-13",
        notes="blog: header slogan, category line, the post's 发表于 line taken as its date, a numbered list, a tip-jar "
        "button glued after a sentence, a calendar widget, an archive, a tag cloud and a comment form",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<title>【涮锅手记】火锅蘸料怎么配？先把酱料碟摆对 ｜ 小满的灶台笔记</title>
<link rel="stylesheet" href="/wp-content/themes/zaotai/style.css">
<script src="/wp-includes/js/wp-emoji-release.min.js"></script>
</head>
<body class="single">
<header class="site-header"><p class="site-title">⟦m 小满的灶台笔记⟧</p><p class="site-desc">⟦m 一个人也要好好吃饭⟧</p>
<nav><ul><li>⟦m 开篇⟧</li><li>⟦m 家常菜⟧</li><li>⟦m 锅物⟧</li><li>⟦m 关于小满⟧</li></ul></nav></header>
<main><article>
<h1 class="entry-title">⟦t 【涮锅手记】火锅蘸料怎么配？先把酱料碟摆对⟧</h1>
<div class="entry-meta">⟦m 发表于 2024年1月13日　分类：锅物　　围观 1,208⟧</div>
<div class="entry-content">
{BODY}
</div>
<div class="entry-tags">⟦l 本文标签：火锅 / 蘸料 / 餐具⟧</div>
<nav class="post-nav"><p>⟦l « 较早的文章：砂锅粥的三次失败⟧</p><p>⟦l 较新的文章：腊八那天煮的一锅豆 »⟧</p></nav>
<section id="comments"><h3>⟦l 4 条留言⟧</h3>
<p>⟦l 阿梨：我家就是一人一碟，洗碗的时候最崩溃哈哈⟧</p>
<p>⟦l 山楂丸：麻酱要用温水澥开，学到了⟧</p>
<p>⟦l 写下你的想法（昵称和邮箱必填，邮箱不会公开）⟧</p></section>
</article></main>
<aside class="sidebar">
<div class="widget">⟦l 日历：2024年一月 · 有文章的日子显示为深色⟧</div>
<div class="widget"><h4>⟦l 往期存档⟧</h4><ul><li>⟦l 2024年一月 (3)⟧</li><li>⟦l 2023年十二月 (5)⟧</li></ul></div>
<div class="widget"><h4>⟦l 常用标签⟧</h4><p>⟦l 早饭 汤 面食 锅物 腌菜 小碟子⟧</p></div>
</aside>
<footer>⟦m © 2024 小满的灶台笔记 · 托管于 WordPress⟧</footer>
<script src="/wp-includes/js/comment-reply.min.js"></script>
</body>
</html>
""",
        body="""
冬天一个人也要吃火锅。吃了这么多年，我发现蘸料好不好吃，一半在配方，一半在碟子。今天说说我家的酱料碟是怎么摆的。
1．一人至少两只碟。一只放麻酱、腐乳这类浓的，一只放香油蒜泥这类清的，混在一起味道就打架了。
2．碟子要浅口。浅口的酱料碟夹菜蘸一下就够，深口碟容易蘸多，吃到后面满嘴都是咸味。
3．碟子别用塑料的。滚烫的肉片放上去，塑料碟会有一股怪味，我现在全部换成了白瓷的。⟦a 觉得有用？请小满喝杯奶茶 ☕⟧
4．用完马上泡。芝麻酱干在碟底很难洗，吃完先用温水泡上，半小时后再洗就轻松多了。
碟子摆好了，锅也开了，剩下的就是慢慢吃。
""",
    ),
    dict(
        slug="blog-banzhan-aroma-cup-essay-wrapped",
        site="半盏茶的博客 (invented)",
        style="博客",
        genre="散文",
        kind="other",
        form="text",
        source="http://banzhancha.blogbus.cn/post/3391720",
        title="闻香杯里的那一缕兰香",
        record_title="【茶边絮语】闻香杯里的那一缕兰香 · 半盏茶的博客",
        date=None,
        notes="personal blog essay hard-wrapped at 58 columns; the post time is 3 天前 (no date); a like prompt glued "
        "after a sentence; comments and archive below",
        page="""
!m 半盏茶的博客
!m 茶凉了，话还没说完
!m 首页 | 茶边絮语 | 读书 | 留言板
!t 【茶边絮语】闻香杯里的那一缕兰香
!m 半盏茶　3 天前　　阅读 372　评论 5
{BODY}
!l 分类：茶边絮语　　关键词：闻香杯　乌龙　老茶具
!l ← 上一篇：一把朱泥壶的来历
!l 访客留言
!l 清风徐来：读完想去泡一壶铁观音了
!l 茶小白：原来闻香杯是这么用的，一直当小酒杯用……
!a 登录后才能留言
!m 本博客文字均为原创，转载请先打招呼
""",
        wrap=58,
        indent="\u3000\u3000",
        body="""
第一次见闻香杯，是在外婆家。那是一对细长的小杯子，一只高、一只矮，外婆说高的用来闻香，矮的用来喝茶。
那时候我不懂，只觉得麻烦：喝口茶而已，何必倒来倒去。外婆也不解释，把茶汤倒进高杯，再扣上矮杯，一翻，让我把空了的高杯凑到鼻子下面。一股兰花似的香气就这样钻了出来，我愣了好半天。⟦a ♡ 喜欢这段就点个赞吧⟧
后来我自己也喝起了乌龙，买过很多套闻香杯，瓷的、陶的、玻璃的都有。用得最多的，还是一只白瓷杯，杯壁薄，香气聚得住，冷了以后杯底还能闻到一点焦糖味。
闻香杯其实就是让人慢下来。茶汤在杯里停一停，香气在杯底留一留，人也跟着静一静。这几年忙，常常一杯茶凉了也没顾上喝，想起外婆那一翻手，才觉得自己错过了很多。
""",
    ),
    dict(
        slug="wechat-mirror-zcsj-noodle-bowl-buying-tips",
        site="公号存档站·微读集 (invented WeChat mirror)",
        style="公众号镜像",
        genre="科普文章",
        kind="other",
        form="html",
        source="https://www.weiduji.cn/a/zcscjg/20240612-3",
        title="买面碗，记住这五点",
        record_title="买面碗，记住这五点 ▏肇川市场监管（微读集转存）",
        date="2024-06-12",
        notes="WeChat mirror: 原创 tag, account line with the date taken as the page's date, a star prompt before the first "
        "words, a numbered list, 阅读原文/在看/赞赏 rows, a QR line and the mirror's archive note; a follow sentence is content",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>买面碗，记住这五点 ▏肇川市场监管（微读集转存）</title>
<script src="https://www.weiduji.cn/static/mirror.js"></script>
<style>.rich_media_title{font-size:22px}</style>
</head>
<body>
<div class="mirror-top">⟦m 微读集 · 公众号文章离线存档⟧　<a href="/">⟦m 返回微读集⟧</a>　<a href="/hot">⟦m 今日热榜⟧</a></div>
<div class="rich_media">
<h2 class="rich_media_title">{T}</h2>
<div class="rich_media_meta"><span class="tag">⟦m 原创⟧</span> <span>⟦m 肇川市场监管　2024-06-12 17:30　湖南⟧</span></div>
<div class="rich_media_content">
{BODY}
</div>
<div class="tool-row">⟦a 阅读原文 · 赞 86 · 在看 31⟧</div>
<div class="reward">⟦a 喜欢作者就赞赏一下⟧</div>
<div class="qr">⟦a 长按识别二维码，进入公众号主页⟧</div>
</div>
<div class="mirror-note">⟦d 微读集仅为公众号文章做离线备份，版权属原公众号，如需移除请发邮件至 remove@weiduji.cn⟧</div>
<div class="mirror-more"><h4>⟦l 该号其他存档⟧</h4><p>⟦l 端午粽子抽检结果出炉⟧</p><p>⟦l 密胺餐具能进微波炉吗？⟧</p></div>
<div class="mirror-foot">⟦m 微读集 weiduji.cn　苏ICP备21044307号-2⟧</div>
<script>mirrorStat('zcscjg-20240612-3');</script>
</body>
</html>
""",
        p_html='<section><p style="font-size:15px">{}</p></section>',
        body="""
⟦a 点击上方蓝字“肇川市场监管”，设为星标不迷路⟧家里的面碗天天用，可买的时候很多人只看好不好看。市场监管部门提醒，选面碗要注意以下五点。
一、看标识。正规面碗在碗底或包装上标有生产企业、执行标准和材质，没有标识的不要买。
二、看釉面。陶瓷面碗内壁釉面要光滑，没有针孔、裂纹，彩色图案最好在碗的外壁。
三、看材质。密胺面碗不能进微波炉，也不宜长时间盛放滚烫的汤面。
四、听声音。用手指轻弹碗沿，声音清脆说明烧结较好，声音发闷的可能有暗裂。
⟦d 文中部分图片来自网络，权利人可联系小编删除⟧
五、买回家先处理。新面碗先用温水加少许食醋浸泡，再清洗后使用。
如果发现面碗质量问题，可拨打12315投诉，也可关注“肇川市场监管”了解更多抽检信息。
""",
    ),
    dict(
        slug="wechat-mirror-hospital-sauce-dish-salt-no-title",
        site="藏号阁 (invented WeChat mirror, text export)",
        style="公众号镜像",
        genre="科普文章",
        kind="other",
        form="text",
        source="http://www.canghaoge.com/mp/zc1yuan/2024070201.html",
        title="一只酱料碟里藏着多少盐？",
        record_title=None,
        date="2024-07-02",
        notes="no title in the record: found on the page; the account line's date is the page's date; a follow prompt "
        "before the first words; a table of sauces; a forward prompt glued after a sentence; mirror's notes",
        page="""
!m 藏号阁 · 只存好文章
{T}
!m 肇川市第一人民医院　2024年7月2日 18:30
!a 听全文　约 3 分钟
{BODY}
!a ❤ 在看　｜　↗ 转发　｜　☆ 收藏
!a 扫码关注“肇川一院”，挂号缴费都在这儿
!m 原文链接已失效，本页为藏号阁存档副本
!d 藏号阁不对文章内容的真实性负责，如有侵权请联系 cang@canghaoge.com
!l 相关存档：夏天吃凉面，这些调料要少放
""",
        body="""
⟦a 👆点蓝字关注我们，健康知识不错过⟧吃火锅、吃饺子，很多人习惯调一碟蘸料。可您知道吗，一只小小的酱料碟，盐可能比一顿饭的菜还多。
我院营养科按常见调法配了几碟蘸料，估算了一下含盐量：
蘸料　用量　约含盐
生抽蘸碟　15毫升　2.4克
麻酱腐乳碟　30克　2.1克
蒜泥香油碟　20克　0.3克
《中国居民膳食指南》建议成年人每天吃盐不超过5克。一碟生抽蘸料就接近一半了。⟦a 转给家里爱蘸酱的人看看⟧
营养科医生建议：酱料碟选小号的；生抽、蚝油可以用醋、蒜泥、葱花代替一部分；高血压患者最好一人一碟，方便控制用量。
""",
    ),
    dict(
        slug="docshare-hexiang-salt-spoon-request-docx",
        site="禾享文档 (invented sharing site)",
        style="文档分享",
        genre="请示",
        kind="other",
        form="html",
        source="https://www.hexiangdoc.com/d/3f70a91c.html",
        title="关于申请采购定量调味勺的请示",
        record_title="关于申请采购定量调味勺的请示.docx",
        date="2024-02-27",
        notes="file-name record title; a sharing page with a file-info box, a points lock and a service WeChat; the "
        "request's own contact beside the site's service line; an upload stamp is no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>关于申请采购定量调味勺的请示.docx - 禾享文档</title>
<script src="/assets/hx-preview.js"></script>
<style>.preview{background:#fff;padding:30px}</style>
</head>
<body>
<div class="hx-head"><span class="logo">⟦m 禾享文档⟧</span><span class="slogan">⟦m 好资料，大家享⟧</span><a href="/upload">⟦a 我要上传⟧</a><a href="/sign">⟦a 每日签到领积分⟧</a></div>
<div class="crumb">⟦m 禾享文档 / 行政公文 / 请示报告⟧</div>
<div class="fileinfo">
<p>⟦t 关于申请采购定量调味勺的请示.docx⟧</p>
<p>⟦m 大小：19.6KB　页数：2　格式：DOCX　上传：2024-03-09⟧</p>
<p>⟦m 分享者：禾苗苗　下载量：58　评分 4.6⟧</p>
</div>
<div class="preview">
<h2>{T}</h2>
{BODY}
</div>
<div class="lock">⟦a 本文档需 3 积分解锁下载，签到即可获得积分⟧</div>
<div class="btns"><a>⟦a 保存至本机⟧</a> <a>⟦a 存入我的禾享⟧</a> <a>⟦a 分享给同事⟧</a></div>
<div class="service">⟦w 找不到想要的文档？禾享客服微信 hexiang-kf01 帮你找⟧</div>
<div class="notice">⟦d 文档由禾享用户上传分享，仅供交流学习；如侵犯您的权利，请通过页面底部反馈入口告知⟧</div>
<div class="relate"><h4>⟦l 同类请示⟧</h4><p>⟦l 关于申请购置食堂消毒设备的请示.doc⟧</p><p>⟦l 关于增加健康宣传经费的请示.docx⟧</p></div>
<div class="foot">⟦m 禾享文档 hexiangdoc.com　鲁ICP备20051286号⟧</div>
</body>
</html>
""",
        body="""
县卫生健康局：
为落实全民健康生活方式行动，推动居民减盐，我中心拟在伊溪乡、卧牛镇开展“一勺控盐”试点，为试点村家庭发放带刻度的定量调味勺。现将有关事项请示如下：
一、采购数量。两个试点乡镇共有常住家庭4260户，按每户一套（盐勺、酱油勺各一把）计算，共需定量调味勺4300套，含少量备用。
二、经费预算。经询价，每套约3.5元，共需经费15050元，拟从基本公共卫生服务项目健康教育经费中列支。
三、使用安排。调味勺由村医在随访高血压、糖尿病患者时发放，同时讲解每日用盐量，3个月后开展一次用盐情况回访。
妥否，请批示。
联系人：伊春燕　电话：0736-5120417
偃河县疾病预防控制中心
2024年2月27日
""",
    ),
    dict(
        slug="docshare-yunzhang-bowl-holder-eldercare-survey-markers",
        site="云章共享文档 (invented)",
        style="文档分享",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://www.yunzhangdoc.cn/share/p-7712093.html",
        title="关于全县养老机构适老化餐具使用情况的调研报告",
        record_title="关于全县养老机构适老化餐具使用情况的调研报告（含碗托配备数据）- 云章共享文档",
        date="2024-10-30",
        notes="text extracted from a preview: page markers ⯺第n页⯺ on lines of their own cutting sentences; a data "
        "table; the signature's date; upload and share stamps are no dates",
        page="""
!m 云章共享文档
!t 关于全县养老机构适老化餐具使用情况的调研报告（含碗托配备数据）
!m 文档分类：调研报告　　页数：5　　分享于 2024-11-06　　已下载 47 次
!a 立即下载　　收藏　　纠错
{BODY}
!a 未完待续 · 完整报告请登录云章后下载
!l 想接着看：
!l 居家养老上门服务调研报告 | 4页
!l 农村互助幸福院运营情况的调查 | 6页
!d 温馨提示：文档来自用户分享，云章共享文档不对内容的准确性和完整性承担责任。
!m 云章共享文档　沪ICP备19022671号-4
""",
        indent="\u3000\u3000",
        pages=dict(fmt="⯺第{n}页⯺", every=130, start=2),
        body="""
今年9月至10月，县民政局组织调研组，对全县14家养老机构的适老化餐具使用情况开展了专题调研，重点了解碗托、防滑餐垫、助食勺等辅助餐具的配备和使用。现将调研情况报告如下。
一、配备情况
14家机构共入住老人1126人，其中需要协助进食的312人。各机构配备情况如下：
餐具　已配备机构数　配备数量
防烫碗托　9　640只
防滑餐垫　6　380张
助食勺　11　520把
二、存在问题
一是配备不均衡。5家乡镇敬老院至今没有碗托，老人端碗时常被烫或打翻；二是选型不合适，部分机构采购的碗托尺寸偏小，与现有碗具不匹配；三是缺少清洗规范，碗托积垢现象较普遍。
三、工作建议
建议县里统一制定养老机构辅助餐具配备标准，分两年为乡镇敬老院补齐碗托等辅助餐具，并把餐具清洗消毒纳入养老机构等级评定。
夷塘县民政局调研组
2024年10月30日
""",
    ),
    dict(
        slug="edu-guhu-seasoning-spoon-canteen-notice",
        site="姑湖区教育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.guhu.gov.cn/tzgg/2024/0903/8826.html",
        title="关于在中小学食堂推行定量调味勺的通知",
        record_title="关于在中小学食堂推行定量调味勺的通知 - 区教育局文件 - 姑湖区教育局",
        date="2024-09-02",
        date_also=["2024-09-03"],
        notes="education portal: 适老版/读屏 links, attachment download links beside the notice's 附件 list, the "
        "bureau's contact and mailbox beside the site's technical-support line, a download sentence as content, "
        "the page's 发布日期 also accepted",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>关于在中小学食堂推行定量调味勺的通知 - 区教育局文件 - 姑湖区教育局</title>
<script src="/static/js/aria.js"></script>
<script>var siteId='guhujyj';</script>
</head>
<body>
<div class="bar"><a>⟦a 适老版⟧</a> <a>⟦a 读屏模式⟧</a> <a>⟦a 简/繁⟧</a></div>
<div class="logo">⟦m 姑湖区教育局 · 办好人民满意的教育⟧</div>
<ul class="menu"><li>⟦m 机构概况⟧</li><li>⟦m 局属文件⟧</li><li>⟦m 招生考试⟧</li><li>⟦m 校园安全⟧</li></ul>
<div class="here">⟦m 位置：首页 → 局属文件⟧</div>
<h2 class="arttitle">{T}</h2>
<div class="artinfo">⟦m 发布日期：2024-09-03　信息来源：体卫艺科　点击数：1386⟧</div>
<div class="artbody">
{BODY}
</div>
<div class="attach">
<p><a href="/uploads/2024/0903/fj1.docx">⟦a 📎 附件1：学校食堂定量调味勺配备登记表.docx⟧</a></p>
<p><a href="/uploads/2024/0903/fj2.pdf">⟦a 📎 附件2：中小学食堂减盐控油操作指引.pdf⟧</a></p>
</div>
<div class="printclose">⟦a 〖打印文章〗〖关闭〗⟧</div>
<div class="side"><h4>⟦l 局属文件 · 最近⟧</h4><p>⟦l 关于做好秋季学期学生资助工作的通知⟧</p><p>⟦l 关于开展校园食品安全守护行动的通知⟧</p></div>
<div class="footer"><p>⟦m 主办单位：姑湖区教育局　网站技术支持：0739-8826700⟧</p><p>⟦m 湘ICP备12009845号⟧</p></div>
</body>
</html>
""",
        body="""
各中小学、区直属学校：
为落实学校食品安全与营养健康管理有关要求，推动校园减盐控油，区教育局决定从本学期起在全区中小学食堂推行定量调味勺。现就有关事项通知如下：
一、配备要求。各学校食堂要按灶台数量配备盐、糖、酱油三种规格的定量调味勺，每个灶台不少于一套，标注刻度，专勺专用。
二、操作要求。厨师在烹调时要按照菜谱规定的用量取用调料，不得凭经验随手添加；调味勺每餐后清洗，每日消毒。
三、记录要求。各学校食堂要建立调味品使用台账，每周统计食盐、食用油用量，按月报送区教育局体卫艺科。
附件1、2可在本页下方下载，请各学校于9月20日前填报附件1。
联系人：吉文静　电话：0739-8826153　邮箱：guhutwy@163.com
附件：1．学校食堂定量调味勺配备登记表
2．中小学食堂减盐控油操作指引
姑湖区教育局
2024年9月2日
""",
    ),
    dict(
        slug="edu-yitang-boarding-noodle-bowl-notice-docno",
        site="夷塘教育信息网 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.ytjy.net/xxgk/hqgl/202412/t20241209_40761.html",
        title="夷塘县教育局关于更换寄宿制学校学生面碗的通知",
        record_title="夷塘县教育局关于更换寄宿制学校学生面碗的通知 - 夷塘教育信息网 · 食宿管理",
        date="2024-12-06",
        notes="education portal in text: the 文号 line under the title is neutral; a numbered list; the notice's "
        "contact beside the site's hotline; 成文日期 under the signature in Chinese numerals",
        page="""
!m 夷塘教育信息网
!m 首页 > 信息公开 > 食宿管理
{T}
夷教后〔2024〕22号
!m 来源：县教育局后勤服务中心　　浏览次数：904
!a 【收藏本页】【打印本页】
{BODY}
!l 上一篇：关于做好冬季学校供暖安全工作的通知
!l 下一篇：夷塘县2024年学生营养改善计划实施情况通报
!m 夷塘县教育局主办　服务热线 0731-6220100　湘ICP备11020378号
""",
        indent="\u3000\u3000",
        body="""
各寄宿制中小学：
近期，县教育局在食堂检查中发现，部分寄宿制学校学生使用的面碗已使用多年，有的碗沿破损、碗内壁划痕较多，清洗消毒难以到位。为保障学生饮食安全，现就更换学生面碗有关事项通知如下：
1．更换范围。全县19所寄宿制学校学生餐具中，凡有破损、划痕严重或无法辨认材质的面碗一律更换。
2．更换标准。新购面碗统一采用304不锈钢双层隔热面碗，口径不小于16厘米，并在碗底刻学校编号。
3．经费来源。所需经费从学校公用经费中列支，县教育局按更换数量给予每只8元的补助。
4．完成时限。请各学校于12月25日前完成更换，并将旧面碗统一回收处理，不得流入学生宿舍。
联系人：蒙立新　电话：0731-6220863
夷塘县教育局
二〇二四年十二月六日
""",
    ),
    dict(
        slug="oa-fengyi-spoon-scale-defect-bulletin",
        site="丰仪日用品有限公司协同办公平台 (invented intranet)",
        style="企业内网",
        genre="通报",
        kind="notice",
        form="html",
        source="http://oa.fengyi-home.local/doc/view?id=20240418-0091",
        title="关于调味勺刻度印刷不清问题的通报",
        record_title="〔质控快报〕关于调味勺刻度印刷不清问题的通报 · 丰仪协同办公",
        date="2024-04-18",
        notes="OA document view: 流转记录, read count, archive/forward buttons; the notice's extension beside the IT "
        "desk line; a data table; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〔质控快报〕关于调味勺刻度印刷不清问题的通报 · 丰仪协同办公</title>
<script src="/oa/js/flow.js"></script>
<style>.doc{width:800px;margin:auto}</style>
</head>
<body>
<div class="oa-top">⟦m 丰仪协同办公 · 内部网络请勿外传⟧　⟦m 当前用户：质检部 吉晓川⟧　<a>⟦a 退出系统⟧</a></div>
<ul class="oa-menu"><li>⟦m 待办事项⟧</li><li>⟦m 公文中心⟧</li><li>⟦m 知识文库⟧</li><li>⟦m 通讯录⟧</li></ul>
<div class="oa-path">⟦m 公文中心 ＞ 质量通报 ＞ 查看⟧</div>
<div class="doc">
<h3>{T}</h3>
<div class="docinfo">⟦m 拟稿：质检部　签发：副总经理 钦国良　已阅 87 人 / 未阅 12 人⟧</div>
<div class="docbody">
{BODY}
</div>
<div class="ops">⟦a 【归档】【转发】【标为已读】【导出PDF】⟧</div>
<div class="flow"><h4>⟦m 流转记录⟧</h4>
<p>⟦m 04-18 09:12 质检部 吉晓川 发起⟧</p>
<p>⟦m 04-18 10:40 钦国良 审批同意⟧</p>
<p>⟦m 04-18 11:05 综合办 分发至各车间⟧</p></div>
</div>
<div class="oa-foot">⟦m 系统故障请拨信息中心 8000 · 丰仪日用品有限公司⟧</div>
</body>
</html>
""",
        body="""
各车间、质检部、销售部：
4月上旬，公司接到两家超市客户反馈，我公司生产的二号定量调味勺内壁刻度模糊，消费者看不清2克、5克刻度线。经质检部复查，问题出在移印工序。现将有关情况通报如下。
一、问题情况
批次　数量　不合格率
YF2403-11　6000把　7.2%
YF2403-15　8000把　4.9%
二、原因分析
移印车间更换油墨供应商后，未按规定做附着力试验；夜班操作工未按要求每小时抽检一次刻度清晰度。
三、处理意见
对两个批次已出库产品全部召回返工；对移印车间主任给予通报批评，扣发当月绩效；质检部即日起将刻度清晰度列为出厂必检项目。
有问题请联系质检部，内线8213。
质检部
2024年4月18日
""",
    ),
    dict(
        slug="oa-shanwei-canteen-bowl-holder-minutes",
        site="膳味餐饮管理公司内网 (invented intranet, text view)",
        style="企业内网",
        genre="会议纪要",
        kind="other",
        form="text",
        source="http://192.168.10.6/oa/minutes/2024/115",
        title="关于团餐项目碗托选型的专题会议纪要",
        date="2024-07-09",
        notes="intranet minutes in text: record title as is; 时间/地点/主持/参会/记录 lines and a vote count; the date is "
        "the 时间 line's; a login line and a read count at the top, an archive button at the bottom",
        page="""
!m 膳味内网　|　行政办公　|　会议纪要
!m 当前登录：采购部 尹丽
{T}
!m 文件编号：SW-JY-2024-115　　查阅 23 次
!a 〔打印纪要〕　〔转给同事〕
{BODY}
!a 〔存档〕〔下载纪要〕〔返回列表〕
!l 同类纪要：关于长者助餐点餐具消毒流程的协调会纪要
!m 膳味餐饮管理有限公司　内部资料　IT服务台分机 6000
""",
        body="""
时间：2024年7月9日下午3时
地点：公司三楼小会议室
主持：副总经理 钦志平
参会：采购部、品控部、运营部负责人，伊溪乡卫生院等三个团餐项目的项目经理
记录：尹丽
会议围绕团餐项目碗托选型进行了讨论。运营部通报，卫生院、敬老院两个项目的老人反映现用不锈钢碗托传热快、易打滑。品控部介绍了硅胶碗托、竹木碗托、双层不锈钢碗托三种样品的耐温、清洗和价格情况。
经讨论，会议议定：
一、团餐项目统一选用食品级硅胶防烫碗托，耐温不低于200摄氏度。
二、采购部8月15日前完成比价采购，首批采购1200只。
三、品控部制定碗托清洗消毒规程，纳入项目卫生检查。
表决情况：应到7人，实到7人，同意6票，弃权1票，通过。
""",
    ),
]

"""holdout286, part B: blogs, WeChat mirrors, document-sharing pages, education portals, intranets.

Invented text, sites, places and people; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="blog-banchuang-essay-grandpa-rattan-trunk",
        site="半窗斋 (invented WordPress-like blog)",
        style="博客",
        genre="散文",
        kind="other",
        form="html",
        source="https://banchuangzhai.blog/2024/04/rattan-trunk/",
        title="爷爷的藤编衣箱",
        record_title="爷爷的藤编衣箱 · 行旅旧物 | 半窗斋",
        date=None,
        notes="WordPress-like blog: calendar widget, archive, tag cloud, comment form; an image placeholder between "
        "paragraphs and a like button glued after the last sentence; an essay without a date (years inside are no date)",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="UTF-8">
<title>爷爷的藤编衣箱 · 行旅旧物 | 半窗斋</title>
<link rel="stylesheet" href="https://banchuangzhai.blog/wp-content/themes/quiet/style.css">
<script src="https://banchuangzhai.blog/wp-includes/js/wp-emoji-release.min.js"></script>
</head><body class="single">
<header class="site-header"><p class="site-title">⟦m 半窗斋⟧</p><p class="site-description">⟦m 半窗清风，一桌旧物⟧</p>
<nav>⟦m <a>首页</a> <a>行旅旧物</a> <a>读书</a> <a>关于我</a>⟧</nav></header>
<main><article class="post">
<h1 class="entry-title">{T}</h1>
<div class="entry-meta">⟦m 苇杭 · 分类：行旅旧物 · 1,206 次阅读⟧</div>
<div class="entry-content">
{BODY}
</div>
<footer class="entry-footer">⟦l 标签：老物件 藤编 家族记忆⟧</footer>
<nav class="post-navigation">⟦l ← 奶奶的针线笸箩⟧　⟦l 老屋门前的石磨 →⟧</nav>
<section id="comments"><h3>⟦l 9 条评论⟧</h3>
<div class="comment">⟦l 青苔：看得鼻子一酸，我外公也有一只这样的箱子。⟧</div>
<div id="respond">⟦l 发表评论　昵称*　邮箱*　网站　提交评论⟧</div></section>
</article>
<aside class="sidebar">
<div class="widget">⟦l 二〇二四年四月　一 二 三 四 五 六 日⟧</div>
<div class="widget"><h4>⟦l 文章归档⟧</h4>⟦l 2024年4月 (3)　2024年3月 (5)　2024年2月 (2)⟧</div>
<div class="widget"><h4>⟦l 标签云⟧</h4>⟦l 老物件 手艺 读书 茶 旅行 家族记忆⟧</div>
</aside></main>
<footer class="site-footer">⟦m © 2024 半窗斋 · 自豪地采用 WordPress⟧</footer>
</body></html>
""",
        body="""
爷爷有一只藤编衣箱，箱面是细细的白藤，四角包着铜皮，提手上缠着一圈褪了色的蓝布。
听奶奶说，一九五六年爷爷去省城学修钟表，全部家当就装在这只衣箱里：两身换洗衣服、一套工具、一本翻烂了的《钟表原理》。后来他调到鄎川县城的修表社，又拎着它坐了一天一夜的长途车。
⟦m [图片：衣箱的铜包角，已经磨出了黄亮的底色]⟧
我小时候最喜欢趴在衣箱上写作业。箱子不高，正好到我胸口，藤条被磨得油亮，夏天摸上去凉凉的。爷爷不许我们在上面放水杯，说藤一受潮就会散。
爷爷走后，衣箱一直放在老屋的阁楼上。今年春天收拾老屋，我把它搬回了家，擦干净，在里面放了爷爷的那套工具。每次打开箱盖，总觉得还能闻到一股淡淡的机油味。⟦l ♡ 点个喜欢（36）⟧
""",
    ),
    dict(
        slug="blog-tingsong-three-tea-scoops-wrapped-58",
        site="听松小筑 (invented personal blog)",
        style="博客",
        genre="随笔",
        kind="other",
        form="text",
        source="http://tingsongxiaozhu.net/post/2024/09/03/three-chaze.html",
        title="我常用的三把茶则",
        record_title="【器物小记】我常用的三把茶则 - 陶然茶寮 - 听松小筑",
        date="2024-09-03",
        notes="blog post as text, hard-wrapped at 58 columns; the 发表于 byline is the page's date; tag line, "
        "previous/next links and a comment box",
        page="""
!m 听松小筑 —— 一个茶客的流水账
!m 首页 | 陶然茶寮 | 读书记 | 留言板
!t 【器物小记】我常用的三把茶则
!m 发表于 2024年9月3日 21:16　作者：松下客　阅读(419)　评论(6)
{BODY}
!l 标签：茶则 茶器 竹器
!l 上一篇：盖碗烫手怎么办
!l 下一篇：郹溪访竹记
!l 评论（6）
!l 山月：黄杨木那把能晒个近照吗？
!l 发表你的看法（需登录）
!m 听松小筑 © 2012-2024　本站文字未经许可请勿转载
""",
        indent="\u3000\u3000",
        wrap=58,
        body="""
喝茶十几年，茶则攒了不少，常用的却只有三把。
第一把是竹的，郹溪县一位老师傅手削的，轻，不怕摔，出门带着最方便。缺点是用久了会吸茶色，头部慢慢变成了浅褐色。
第二把是锡的，朋友从南方带回来的。锡茶则压手，放在茶席上很稳，拨茶叶时声音也好听。不过锡软，我不小心在桌角磕了一下，边上就瘪了一块。
第三把是黄杨木的，颜色温润，纹理细密。木茶则最怕泡水，每次用完我都拿干布擦一遍，再放回盒子里。
有朋友问哪种材质最好，我觉得没有最好，只有顺手。茶则说到底是量茶、看茶的工具，干净、干燥、拿着舒服就够了。
""",
    ),
    dict(
        slug="wechat-mingshan-museum-frames-exhibition-star-prompt",
        site="鄍山县博物馆公众号 on 微阅存档 (invented WeChat mirror)",
        style="公众号镜像",
        genre="新闻",
        kind="news",
        form="html",
        source="https://weiyuecundang.com/a/mingshanbwg/20240518/0831.html",
        title="老镜框里的鄍山记忆：百年家庭影像展今起开放",
        record_title=None,
        date="2024-05-18",
        notes="no title in the record: the article's h1; 原创 tag, star prompt glued before the first words, QR line, "
        "阅读原文/在看 row and the mirror's note; the account line is the page's date; 关注/预约 as content",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>微阅存档 - 公众号文章备份</title>
<script src="/static/mirror.js"></script>
</head><body>
<div class="mirror-top">⟦m 微阅存档⟧　⟦a 搜公众号⟧　⟦a 登录⟧</div>
<div id="js_article">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta_list">⟦m 原创⟧　⟦m 鄍山县博物馆⟧　⟦m 2024-05-18 08:00⟧　⟦m 湖南⟧</div>
<div class="rich_media_content" id="js_content">
{BODY}
</div>
<div class="qr">⟦a 长按识别下方二维码，关注“鄍山县博物馆”⟧</div>
<div class="tool">⟦a 阅读原文⟧　⟦m 阅读 3876⟧　⟦a 赞 142⟧　⟦a 在看 57⟧</div>
</div>
<div class="mirror-note">⟦d 微阅存档仅对公开发布的公众号文章做存档备份，版权归原作者所有，原文如已删除请联系我们移除。⟧</div>
<div class="mirror-rel"><h4>⟦l 该公众号的其他文章⟧</h4><ul><li>⟦l 镇馆之宝｜一方清代端砚的前世今生⟧</li><li>⟦l 五一假期开放时间调整⟧</li></ul></div>
</body></html>
""",
        p_html='<p style="text-indent:2em;"><span style="font-size:16px;">{}</span></p>',
        body="""
⟦a 点击上方蓝字，把“鄍山县博物馆”设为星标⟧五月十八日是国际博物馆日。今天起，“老镜框里的鄍山记忆——百年家庭影像展”在县博物馆二楼临展厅与观众见面。
本次展览共展出老照片二百一十三张、老镜框八十六个，全部来自全县群众的捐赠和借展。最早的一张摄于1921年，是郲坪镇一户人家的全家福，至今仍镶在当年的楠木镜框里。
展厅里还复原了一间七十年代的堂屋，墙上挂满了大大小小的镜框，结婚照、毕业照、奖状挨在一起，不少观众在这里驻足良久。
展期至8月31日，免费开放，周一闭馆。团体参观请提前三天预约，关注本公众号后点击菜单栏“参观预约”即可办理。
""",
    ),
    dict(
        slug="wechat-houyuan-deckchair-cooling-reminder-text",
        site="鄇园微家园 on 公号存档站 (invented WeChat mirror)",
        style="公众号镜像",
        genre="提醒",
        kind="notice",
        form="text",
        source="https://gonghaocundang.net/houyuanwjy/2024/07/15/1.html",
        title="夏夜纳凉，躺椅别摆在这些地方",
        record_title="安全提醒丨夏夜纳凉，躺椅别摆在这些地方｜鄇园微家园（镜像）",
        date="2024-07-15",
        notes="WeChat mirror as text: the account line is the page's date; a follow prompt glued before the salutation-less "
        "first line, a 'read more' link between paragraphs; numbered list; 扫描二维码 as content",
        page="""
!m 公号存档站 · 鄇园微家园
!t 安全提醒丨夏夜纳凉，躺椅别摆在这些地方
!m 鄇园微家园　2024-07-15 19:30　发表于湖南
{BODY}
!a 阅读原文　　分享　　收藏　　在看
!m 阅读 1290
!l 往期推荐：鄇园社区7月份志愿服务活动安排
!l 往期推荐：高温天气，这份防暑指南请收好
!d 本站仅做公众号文章留档，不代表原作者立场，如需删除请发邮件告知。
""",
        indent="",
        body="""
⟦a 戳蓝字“鄇园微家园”关注我们⟧入伏以来，不少居民喜欢把躺椅搬到楼下、路边纳凉。社区提醒大家，躺椅摆放要注意以下几点：
一、不要摆在消防通道和楼道口，以免堵塞救援通道。
二、不要摆在小区车行道旁和地库出入口，夜间光线暗，车辆进出容易发生碰撞。
⟦l 延伸阅读 ▸ 楼道堆物为什么屡禁不止？⟧
三、不要摆在变压器、配电箱附近，雷雨天气更要远离。
四、老人和孩子在躺椅上休息时，家人要看护好，防止翻倒摔伤。
社区已在中心花园增设了十二把公共躺椅，每天晚上十点后由物业收回。居民有意见建议，可扫描文末二维码加入所在楼栋的居民群反映。
鄇园社区居委会
""",
    ),
    dict(
        slug="docshare-shijuan-pledge-stamp-stations-yinhe",
        site="拾卷文档网 (invented)",
        style="文档分享",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://www.shijuanwendang.com/p/20241008/b71f0e2.html",
        title="文明盖章·爱护印盒倡议书",
        record_title="文明盖章·爱护印盒倡议书（景区通用可改）- 拾卷文档网",
        date="2024-09-28",
        notes="sharing page: upload notice, points lock, ratings, service WeChat and 400 line; 分享 as content; "
        "the association's 成文日期 under its signature",
        page="""
<!doctype html>
<html><head><meta charset="utf-8">
<title>文明盖章·爱护印盒倡议书（景区通用可改）- 拾卷文档网</title>
<script src="//cdn.shijuanwendang.com/js/view.js"></script>
</head><body>
<div class="head"><a href="/">⟦m 拾卷文档网⟧</a><div class="search">⟦a 搜一搜⟧</div><a href="/up">⟦a 传文档领积分⟧</a></div>
<div class="crumbs">⟦m 拾卷文档网 » 行政公文 » 倡议书⟧</div>
<div class="doc"><h1>{T}</h1>
<div class="meta">⟦m 分享者：行者阿满　　浏览 3,318　　下载 271　　评分 ★★★★☆ 4.6⟧</div>
<div class="uploadnote">⟦d 本文档系网友上传，拾卷文档网不对其内容做任何保证，仅供参阅，不得用于商业用途。⟧</div>
<div class="content">
{BODY}
</div>
<div class="lock">⟦a 下载完整文档需 15 积分，积分不足可签到或上传文档获取⟧</div>
<div class="btns"><a>⟦a 下载Word原件⟧</a> <a>⟦a 收进我的文档夹⟧</a> <a>⟦a 纠错反馈⟧</a></div>
</div>
<div class="side"><p>⟦w 客服微信：sjwd_kf2020（工作日 9:00-18:00）⟧</p><p>⟦w 会员问题请拨 400-806-3127⟧</p>
<h4>⟦l 相关文档⟧</h4><p>⟦l 文明旅游倡议书（景区版）⟧</p><p>⟦l 爱护公共设施倡议书范文⟧</p></div>
<div class="foot">⟦m 拾卷文档网 shijuanwendang.com　粤ICP备20011934号⟧</div>
</body></html>
""",
        body="""
广大游客朋友：
近年来，集章打卡成为游览我县景区的新时尚，各景点设置的纪念章和印盒受到大家喜爱。但也有少数游客用力过猛压坏印面、把印泥涂抹在墙面桌面，甚至顺手带走印盒，给其他游客带来不便。为此，我们倡议：
一、排队盖章，一人一次，不争不抢。
二、轻按轻提，用后合上印盒盖，防止印泥干结。
三、在自带的本册上盖章，不在门票背面以外的公共物品上乱盖。
四、发现印盒损坏或印泥用完，及时告知景区工作人员。
小小一方印盒，连着大家共同的美好回忆。请把这份倡议分享给身边的游客朋友，让我们一起文明盖章、快乐出游！
鄎川县文化旅游协会
2024年9月28日
""",
    ),
    dict(
        slug="docshare-yunpu-request-opera-troupe-trunks-wps",
        site="云圃文档 (invented)",
        style="文档分享",
        genre="请示",
        kind="notice",
        form="text",
        source="https://www.yunpuwendang.cn/doc/5520618.html",
        title="关于购置送戏下乡巡演衣箱的请示",
        record_title="关于购置送戏下乡巡演衣箱的请示.wps",
        date="2024-03-04",
        notes="file-name record title (.wps); the troupe's own 联系人/电话 beside the site's service WeChat and hotline; "
        "成文日期 in Chinese numerals under the signature; an upload notice on top",
        page="""
!m 云圃文档 · 公文资料共享平台
!t 关于购置送戏下乡巡演衣箱的请示.wps
!m 上传：花鼓迷小甘　　大小：28KB　　下载：64次　　格式：WPS
!d 温馨提示：资料由网友上传分享，云圃文档未做人工审核，引用前请自行核对。
!a 预览仅显示部分页面，完整版请点击右侧“下载”按钮
{BODY}
!a 立即下载（消耗 3 积分）　　收藏　　举报
!w 购买积分或开票请联系客服微信：yunpu_service　售后电话：400-690-2288
!l 同类推荐：关于申请购置演出服装的请示　　剧团巡演安全工作方案
!m 云圃文档 © 2024　陕ICP备21007402号-2
""",
        indent="\u3000\u3000",
        body="""
县文化和旅游局：
我团今年承担“送戏下乡”演出任务120场，需在全县十二个乡镇巡回演出。现有的戏服衣箱大多是二十多年前购置的木质衣箱，笨重易损，搬运中已有6只开裂，部分戏服因受潮霉变无法再用。
为保障巡演顺利开展，我团拟购置铝合金巡演衣箱30只、防潮隔板60块，预计需资金8.6万元。现将有关事项请示如下：
一、所需资金拟从“送戏下乡”专项经费中列支；
二、采购按政府采购有关规定执行，验收后登记入固定资产台账，由剧团舞美组负责日常保管。
以上请示妥否，请批示。
联系人：甘雨村　电话：0739-5226318
鄎川县花鼓戏剧团
二〇二四年三月四日
""",
    ),
    dict(
        slug="edu-mingshan-notice-old-frames-family-photos-attachments",
        site="鄍山县教育信息网 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.mingshanxian.gov.cn/tzgg/2024/0410/3391.html",
        title="关于开展“我家的老镜框”家风故事征集活动的通知",
        record_title="关于开展“我家的老镜框”家风故事征集活动的通知_校园动态_鄍山县教育信息网",
        date="2024-04-08",
        date_also=["2024-04-10"],
        notes="education portal: 适老版/读屏 links, attachment download links beside the notice's own 附件 list, "
        "the bureau's contact and mailbox beside a technical-support line; 下载附件 as content; page date differs",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>关于开展“我家的老镜框”家风故事征集活动的通知_校园动态_鄍山县教育信息网</title>
<script src="/js/jquery-3.6.min.js"></script><script src="/js/oldman-mode.js"></script>
</head><body>
<div class="top">⟦a 适老版 | 读屏专用 | 简/繁⟧</div>
<div class="logo">⟦m 鄍山县教育信息网⟧<span>⟦m 鄍山县教育局主办⟧</span></div>
<div class="menu">⟦m 网站首页　教育要闻　校园动态　政策法规　招生考试　教师之窗⟧</div>
<div class="path">⟦m 当前位置：首页 → 校园动态 → 正文⟧</div>
<div class="art"><h2>{T}</h2>
<div class="src">⟦m 发布日期：2024-04-10　信息来源：德育与安全股　点击数：905⟧</div>
<div class="txt">
{BODY}
</div>
<div class="down">⟦a 点击下载：1.“我家的老镜框”征集报名表.xlsx⟧<br>⟦a 点击下载：2.作品汇总表.xlsx⟧</div>
<div class="opt">⟦a [收藏本页] [打印本页] [返回顶部]⟧</div>
</div>
<div class="foot">⟦m 鄍山县教育局　地址：鄍山县城关镇文昌路18号⟧<br>⟦w 网站技术支持：鄍山县教育信息中心　电话：0745-6120219⟧<br>⟦m 湘ICP备11009452号⟧</div>
</body></html>
""",
        body="""
各中小学、幼儿园：
为深入开展家庭家教家风建设，引导学生在寻访家庭记忆中传承好家风，县教育局决定在全县中小学开展“我家的老镜框”家风故事征集活动。现将有关事项通知如下：
一、活动内容。学生在家长协助下，寻找家中挂过或珍藏的老镜框，拍摄镜框及其中的照片、奖状，讲述背后的家风故事，形成图文作品或3分钟以内的短视频。
二、报送要求。请各校下载附件中的报名表和汇总表，于5月20日前将作品连同汇总表报送至德育与安全股邮箱。
三、评选表彰。县教育局将组织评选一、二、三等奖，优秀作品在县博物馆展出。
联系人：邬静文　电话：0745-6123306　邮箱：msxdyg@163.com
附件：1.“我家的老镜框”征集报名表
2.作品汇总表
鄍山县教育局
2024年4月8日
""",
    ),
    dict(
        slug="edu-jiuxi-school-tea-course-plan-decimal-headings",
        site="郹溪县教育信息网 (invented)",
        style="教育门户",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.jiuxiedu.cn/xxgk/kcjs/2024/0301/612.html",
        title="郹溪县实验中学茶艺劳动课程实施方案",
        record_title="【课程建设】郹溪县实验中学茶艺劳动课程实施方案_学校动态_郹溪县教育信息网",
        date="2024-02-26",
        date_also=["2024-03-01"],
        notes="education portal as text: decimal headings 1–3 with 1.1–3.2; a school's 成文日期 differs from the "
        "page's 发布时间; a QR read-on-phone line glued after a sentence",
        page="""
!m 郹溪县教育信息网　　［适老模式］［无障碍］
!m 首页 ＞ 学校动态 ＞ 课程建设
{T}
!m 发布时间：2024-03-01 16:02　发布单位：郹溪县实验中学　浏览：517
!a 【我要打印】【关闭】　字号：大 中 小
{BODY}
!l 上一篇：郹溪县第二小学开展“学雷锋”志愿服务
!l 下一篇：关于做好2024年春季学期开学安全工作的通知
!m 郹溪县教育局版权所有　技术维护：县教育装备站　湘ICP备13002877号
""",
        indent="",
        body="""
为落实劳动教育课程要求，传承郹溪茶乡文化，结合我校实际，制定本方案。
1 课程目标
1.1 让学生了解郹溪茶文化，掌握泡茶、奉茶的基本礼仪。
1.2 学会使用茶则、茶匙、茶夹等基本茶具，能够独立冲泡一杯绿茶。
2 课程安排
2.1 七年级每周安排一课时，使用劳动课时间，全学年共32课时。
2.2 每班配备茶具二十套，其中竹茶则由郠田镇竹器合作社捐赠。⟦a 手机扫码阅读本文⟧
3 保障措施
3.1 学校组建由劳动课教师和校外茶艺师组成的教学团队，每学期开展一次集体备课。
3.2 茶具由各班劳动委员负责保管，每次课后清洗晾干，竹茶则不得浸泡在水中。
郹溪县实验中学
2024年2月26日
""",
    ),
    dict(
        slug="oa-xingyuan-minutes-trolley-trunk-wheels",
        site="行远箱包协同办公平台 (invented intranet)",
        style="企业内网",
        genre="会议纪要",
        kind="other",
        form="html",
        source="http://oa.xingyuanxiangbao.com/doc/view.do?id=20240510-0087",
        title="关于拉杆衣箱走轮投诉问题的专题会议纪要",
        record_title="[质量例会] 关于拉杆衣箱走轮投诉问题的专题会议纪要 · 行远OA",
        date="2024-05-09",
        date_also=["2024-05-10"],
        notes="OA document view: 流转记录, read count, 标为已读/转发/导出 buttons; the 时间/地点/主持/参会/记录 lines kept; "
        "the meeting's 时间 line is the date, the OA 发文日期 also accepted",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>[质量例会] 关于拉杆衣箱走轮投诉问题的专题会议纪要 · 行远OA</title>
<script src="/oa/static/js/oa-core.js"></script>
</head><body>
<div class="oa-head">⟦m 行远箱包 · 协同办公⟧　⟦m 当前用户：生产部 唐晓⟧　⟦a 退出系统⟧</div>
<div class="oa-menu">⟦m 待办事宜　已办事宜　公文管理　会议纪要　通讯录⟧</div>
<div class="doc-bar">⟦a 标为已读　转发同事　导出PDF　返回列表⟧</div>
<div class="doc-meta">⟦m 发文部门：质量部　发文日期：2024-05-10　密级：内部　已阅 63 人⟧</div>
<h2 class="doc-title">{T}</h2>
<div class="doc-body">
{BODY}
</div>
<div class="flow"><h4>⟦m 流转记录⟧</h4>
<p>⟦m 2024-05-10 09:12　林雪晴　起草⟧</p>
<p>⟦m 2024-05-10 10:40　韩楚生　审核通过⟧</p>
<p>⟦m 2024-05-10 11:05　综合办　分发至各部门⟧</p></div>
<div class="oa-foot">⟦m 酂湖行远箱包有限公司 信息中心维护　IT服务台分机：8000⟧</div>
</body></html>
""",
        body="""
时间：2024年5月9日下午2:30
地点：公司三楼第二会议室
主持：副总经理 韩楚生
参会：质量部、生产部、采购部、客服中心负责人
记录：质量部 林雪晴
会议通报了4月份拉杆衣箱走轮投诉情况，研究了整改措施。纪要如下：
一、4月份共收到走轮断裂、异响投诉47起，集中在X-20型号，主要原因是3月批次走轮轴承更换供应商后材料硬度不达标。
二、采购部5月15日前停用该供应商轴承，恢复原供应商供货，并对库存走轮全部复检。
三、客服中心对已售X-20衣箱主动回访，免费更换走轮。
四、质量部修订来料检验规程，走轮增加耐磨转鼓试验，每批抽检不少于5只。
""",
    ),
    dict(
        slug="intranet-zhuyun-bulletin-folding-deckchair-rework",
        site="竹韵家具内部信息网 (invented intranet)",
        style="企业内网",
        genre="通报",
        kind="notice",
        form="text",
        source="http://10.8.1.20/news/tongbao/2024-0419.html",
        title="关于出口折叠躺椅批量返工问题的通报",
        date="2024-04-18",
        notes="intranet page as text, record title as is; an extension number in the body beside the IT desk's line; "
        "a print link glued after a sentence; 成文日期 under the signature",
        page="""
!m 鄝阳竹韵家具有限公司 · 内部信息网
!m 首页 | 公司新闻 | 通知通报 | 制度文件 | 员工之家
{T}
!m 发布人：质检部　　点击：218　　（仅限内网访问）
{BODY}
!a 【返回列表】【打印】
!l 相关通报：关于三月份安全生产检查情况的通报
!m 电脑故障报修请拨信息科分机 6006　内部资料 注意保密
""",
        indent="\u3000\u3000",
        body="""
各车间、各部门：
4月12日，公司发往欧洲客户的一批折叠躺椅在出厂抽检中发现问题，2400把躺椅全部返工，直接损失约4.2万元。现将有关情况通报如下。
一、问题情况。抽检发现躺椅靠背调节卡扣装反率达11%，部分椅面竹条间距超标，不符合合同约定的检验标准。
二、原因分析。装配二车间新招员工岗前培训不到位，班组首件检验流于形式，质检员巡检记录存在补记现象。⟦a 〔点此打印本通报〕⟧
三、处理决定。对装配二车间主任通报批评，扣发当月绩效；对负有直接责任的班组长和质检员分别处以罚款。
四、整改要求。各车间要在4月底前完成新员工复训，严格执行首件检验和巡检签字制度。
有关问题请与质检部联系，分机：6021。
鄝阳竹韵家具有限公司质检部
2024年4月18日
""",
    ),
]

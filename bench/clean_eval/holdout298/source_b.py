"""holdout298, part B: 博客, 公众号镜像, 文档分享, 教育门户, 企业内网 (one HTML and one text case each).

Every case written by hand; invented places, people, sites, URLs and chrome wording."""

CASES = [
    dict(
        slug="blog-zhizi-essay-laundry-basket-sofa",
        site="栀子的慢生活 (invented, WordPress-like blog)",
        style="博客",
        genre="随笔",
        kind="other",
        form="html",
        source="https://zhizi-slowlife.blog.cn/2024/03/09/zangyilan/",
        title="一只脏衣篮，治好了我家的“沙发衣山”",
        record_title="【家务随笔】一只脏衣篮，治好了我家的“沙发衣山” | 栀子的慢生活",
        date="2024-03-09",
        notes="blog post: the byline's 发表于 is the page's date; a like prompt glued after a 。; tag cloud, recent posts, "
        "a monthly archive, an author box and a comment form",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="UTF-8">
<title>【家务随笔】一只脏衣篮，治好了我家的“沙发衣山” | 栀子的慢生活</title>
<link rel="stylesheet" href="/wp-content/themes/quiet/style.css">
<script src="/wp-includes/js/jquery/jquery.min.js"></script>
</head><body class="single">
<header class="site-header"><p class="site-title">⟦m 栀子的慢生活⟧</p><p class="site-desc">⟦m 把日子过成自己喜欢的样子⟧</p>
<nav>⟦m 首页　家务随笔　厨房手账　带娃日常　关于栀子⟧</nav></header>
<main><article>
<p class="cat">⟦m 家务随笔⟧</p>
<h1 class="entry-title">{T}</h1>
<div class="entry-meta">⟦m 发表于 2024-03-09 21:06　作者：栀子　阅读(326)　评论(12)⟧</div>
<div class="entry-content">
{BODY}
</div>
<footer class="entry-footer">⟦l 标签：收纳　脏衣篮　家务分工⟧</footer>
<div class="author-box">⟦m 栀子：两个孩子的妈妈，在这里记下家务里的小发现。⟧</div>
<nav class="post-nav">⟦l ← 厨房台面清空计划第七天⟧　⟦l 孩子的校服怎么洗才不发黄 →⟧</nav>
<div id="respond"><h3>⟦l 发表评论⟧</h3><p>⟦l 电子邮件地址不会被公开，必填项已用*标注⟧</p><p>⟦a 提交评论⟧</p></div>
</article></main>
<aside class="sidebar">
<section><h3>⟦l 标签云⟧</h3><p>⟦l 收纳 断舍离 洗衣 亲子 厨房 阳台⟧</p></section>
<section><h3>⟦l 近期文章⟧</h3><ul><li>⟦l 玄关鞋柜改造记⟧</li><li>⟦l 给阳台腾出一块晾晒区⟧</li></ul></section>
<section><h3>⟦l 文章归档⟧</h3><ul><li>⟦l 2024年三月 (4)⟧</li><li>⟦l 2024年二月 (6)⟧</li></ul></section>
</aside>
<footer class="site-footer">⟦m © 2024 栀子的慢生活　自豪地采用 WordPress⟧</footer>
<script>var wpLike={post:1187};</script>
</body></html>
""",
        body="""
搬进新家的第一年，我家沙发上永远堆着一座“衣山”：穿过一次还不想洗的外套、孩子换下的校服、老公随手一扔的衬衫，找件衣服要翻半天。
去年秋天，我在卧室门后放了一只带盖的柳编脏衣篮，又在洗衣机旁放了深浅两只分类篮，定了一个规矩：换下来要洗的衣服，一律进篮子。
头一个月孩子总是忘，我就在篮盖上贴了一张他自己画的小猪，提醒他“小猪饿了”。慢慢地，全家都养成了习惯。⟦a ♡ 觉得有用就点个赞吧⟧
现在每天晚上，我只要把分类篮里的衣服倒进洗衣机就行了，沙发终于成了坐人的地方。一只几十块钱的脏衣篮，换来的是一家人的好心情。
""",
    ),
    dict(
        slug="blog-miaoqinghe-memoir-father-brush-wrapped",
        site="苗青禾的博客 (invented)",
        style="博客",
        genre="回忆散文",
        kind="other",
        form="text",
        source="http://miaoqinghe.zheye-blog.com/post/2023/12/fuqin-yishua",
        title="父亲的那把衣刷",
        record_title="父亲的那把衣刷 - 随笔 - 苗青禾的博客",
        date=None,
        notes="a memoir hard-wrapped at 56 columns with an indent; closes with a 写于 line that gives only a season (no date); "
        "a photo placeholder between paragraphs; tags, prev/next links and a comment under it",
        page="""
!m 苗青禾的博客 ｜ 记录寻常日子
!m 首页　随笔　读书　摄影　关于我
{T}
!m 分类：随笔　阅读(812)　评论(23)
{BODY}
!l 标签：父亲　旧物　衣刷
!l « 上一篇：外婆的顶针　｜　下一篇：冬至那锅羊肉汤 »
!l 最新评论
!l 青柠：看哭了，我爸也有一把一模一样的刷子
!a 发表评论（登录后才可评论）
!m 本博客由 折叶博客 提供技术支持
""",
        indent="\u3000\u3000",
        wrap=56,
        body="""
父亲是粄田镇供销社的老会计，一辈子最讲究的，就是那身藏青色中山装。
他的床头挂着一把枣木柄的衣刷，鬃毛黑里透亮，是他结婚那年在县城百货大楼买的。每天早上出门前，他都把中山装挂在门后，从领口到下摆，一下一下地刷，刷完还要用手把衣角抻平。
小时候我不懂，觉得衣服又不脏，刷它干什么。父亲说：“人穿衣服，也是给别人看的，干干净净是对人家的尊重。”
⟦m ［图片：父亲留下的枣木衣刷］⟧
后来我到外地读书、工作，行李里总有一把衣刷。前年父亲走了，我把他那把枣木衣刷带回城里，挂在自己的门后。
刷毛已经掉了不少，可每次拿起它，我都觉得父亲就站在身后，看我把衣服刷干净。
写于二〇二三年冬
""",
    ),
    dict(
        slug="wechat-gehu-cdc-lunchbag-cleaning-h1",
        site="微阅存档 (invented WeChat mirror) of 籺湖疾控",
        style="公众号镜像",
        genre="科普",
        kind="other",
        form="html",
        source="https://weiyue-archive.com/s/gehu-cdc/20241015/a73f21",
        title="饭盒袋多久洗一次？这份清洁指南请收好",
        record_title=None,
        date="2024-10-15",
        notes="WeChat mirror: no record title, the article's <h1> is the title; a follow prompt glued before the first words; "
        "the account line gives the date; a closing sentence asks readers to 转发/分享 (content); 阅读原文/在看 rows; "
        "the mirror's archive stamp is no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>微阅存档 - 公众号文章备份</title>
<script src="https://weiyue-archive.com/assets/app.4f1c.js"></script>
</head><body>
<div class="wy-bar">⟦m 微阅存档 — 公众号文章备份⟧　<a>⟦a 搜公众号⟧</a>　<a>⟦a 登录⟧</a></div>
<div class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta_list">⟦m 原创　籺湖疾控　2024-10-15 18:02　四川⟧</div>
<div class="rich_media_content" id="js_content">
{BODY}
</div>
<div class="rich_media_tool">⟦a 阅读原文⟧　⟦m 阅读 3208⟧　⟦a 在看 41⟧　⟦a 赞 86⟧</div>
<div class="qr">⟦a 微信扫一扫，关注籺湖疾控⟧</div>
<div class="recommend"><p>⟦l ▼ 往期推荐 ▼⟧</p><p>⟦l 秋冬诺如高发季，这些细节要注意⟧</p><p>⟦l 家里的砧板多久换一块？⟧</p></div>
</div>
<div class="wy-foot"><p>⟦d 本页由微阅存档于 2024-10-17 自动备份，文章版权归原公众号所有⟧</p><p>⟦m weiyue-archive.com　沪ICP备21015560号⟧</p></div>
</body></html>
""",
        p_html='<section><p style="font-size:15px;line-height:1.75em;">{}</p></section>',
        body="""
⟦a 点击上方蓝字「籺湖疾控」，关注我们⟧天气转凉，不少上班族和学生每天用饭盒袋带饭。可你知道吗？一只一个月没洗的饭盒袋，内层细菌可能比你想象的多得多。
市疾控中心检验科近日随机采集了30只正在使用的饭盒袋内层样本，其中21只菌落总数偏高，主要集中在拉链缝和铝膜褶皱处。
专家建议：
1.饭盒袋至少每周清洗一次，汤汁洒出后当天清洗。
2.带铝膜的保温袋不宜机洗，可用温水加少量洗洁精擦拭内层，再翻过来晾干。
3.饭盒袋要晾干再装饭盒，潮湿的袋子最容易长霉。
4.饭盒最好先套上保鲜袋再放进饭盒袋，防止汤汁渗漏。
把这篇文章转发给身边带饭的同事，一起吃得放心！
""",
    ),
    dict(
        slug="wechat-wuling-pledge-shoe-rack-mirror-text",
        site="号外存档 (invented WeChat mirror) of 靰岭街道",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://haowai-cun.net/mp/wulingjiedao/2024-05-21/1",
        title="关于拆除窗外悬挑晾鞋架的倡议书",
        record_title="关于拆除窗外悬挑晾鞋架的倡议书 · 靰岭街道 ｜ 号外存档",
        date="2024-05-20",
        date_also=["2024-05-21"],
        notes="a WeChat mirror as text: a follow prompt glued before the salutation; the account's posting date differs from "
        "the signature's; a sentence asking readers to 分享 the pledge (content); read counts and an archive note",
        page="""
!m 号外存档 · 公众号文章镜像
{T}
!m 靰岭街道　2024-05-21 08:30　发表于四川
{BODY}
!a 阅读 2871　点赞 56　在看 19
!l 往期回顾：靰岭街道开展汛前安全隐患大排查
!a 长按识别二维码，关注靰岭街道
!d 本页为镜像存档，文章版权归原公众号所有，如需删除请来信。
""",
        body="""
⟦a ↑ 点击蓝字，关注靰岭街道⟧亲爱的居民朋友们：
窗外一只小小的晾鞋架，一旦锈蚀脱落，就可能砸伤楼下行人。为守护大家头顶上的安全，靰岭街道向辖区居民发出如下倡议：
一、请检查自家窗外、阳台外侧是否装有晾鞋架、晾衣杆等悬挑物，锈蚀松动的请及时拆除。
二、晾晒鞋子请尽量放在阳台以内，社区可免费提供落地式晾鞋架，有需要的居民可到社区服务站登记领取。
三、发现邻居家窗外悬挑物存在隐患的，请告知社区网格员，我们将上门提醒。
四、请把这份倡议分享到楼栋群，让更多邻居知晓。
安全无小事，让我们从拆下一只晾鞋架做起！
靰岭街道办事处
2024年5月20日
""",
    ),
    dict(
        slug="docshare-huiwen-summary-laundry-room-baskets-docx",
        site="荟文共享 (invented)",
        style="文档分享",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://www.huiwengx.com/doc/5512093.html",
        title="缍山县社会福利院洗衣房2023年工作总结",
        record_title="缍山县社会福利院洗衣房2023年工作总结.docx",
        date="2024-01-10",
        notes="a sharing reader: file-name title, an upload notice, a points lock and a service WeChat; a workload table; "
        "a points-lock line between paragraphs",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>缍山县社会福利院洗衣房2023年工作总结.docx-荟文共享</title>
<link rel="stylesheet" href="/static/css/doc.css">
<script>var DOC_ID=5512093, FREE_PAGES=2;</script>
</head><body>
<div class="hw-head"><a class="logo">⟦m 荟文共享⟧</a><span>⟦m 好文档，大家享⟧</span><a>⟦a 登入 ∕ 开个新号⟧</a></div>
<div class="hw-crumb">⟦m 首页 › 行业资料 › 养老服务 › 工作总结⟧</div>
<div class="hw-doc">
<h1>{T}</h1>
<div class="hw-info">⟦m 贡献者：yanglao_2021　上传于 2024-02-14　4页　★★★★☆⟧</div>
<div class="hw-upload">⟦d 该文档由网友自行上传，平台仅提供存储空间，若有侵权请点击“投诉”⟧</div>
<div class="hw-text">
{BODY}
</div>
<div class="hw-lock">⟦a 余下2页需消耗5积分解锁　｜　开通年卡免积分⟧</div>
<div class="hw-btn">⟦a 下载文档　收藏　投诉⟧</div>
</div>
<div class="hw-side"><h4>⟦l 同类文档⟧</h4><ul><li>⟦l 敬老院洗衣房管理制度⟧</li><li>⟦l 养老机构护理员岗位职责（完整版）⟧</li></ul></div>
<div class="hw-kf">⟦w 客服微信 huiwen_kf6，工作日九点到六点在线⟧</div>
<div class="hw-foot">⟦m 荟文共享 huiwengx.com　湘ICP备20008831号-1⟧</div>
</body></html>
""",
        body="""
2023年，洗衣房在院领导的关心下，围绕“衣物不混、污净分开、按时送还”的目标，完成了全院186名老人的衣物和床上用品洗涤任务。
一、推行“一人一篮”。为每位老人配备编号脏衣篮，护理员每天上午收篮、下午送还，全年衣物错送投诉由上年的37起下降到4起。
二、落实污净分区。脏衣篮按普通衣物、污染衣物分色管理，红色篮专收被大小便污染的衣物，单独浸泡消毒后再洗。
⟦a 剩余内容已隐藏，登录后消耗积分即可查看⟧
三、全年主要工作量如下：
项目　全年数量　同比
洗涤衣物　6.2万件　增长8%
洗涤床品　1.9万套　增长5%
更换破损脏衣篮　64只　下降12%
四、存在不足。洗衣房设备老化，两台烘干机经常故障；护理员收篮时偶有漏收。2024年，我们将争取更新设备，完善收送登记。
缍山县社会福利院洗衣房
2024年1月10日
""",
    ),
    dict(
        slug="docshare-huiwen-rules-hotel-laundry-bag-markers",
        site="荟文共享 (invented)",
        style="文档分享",
        genre="制度",
        kind="other",
        form="text",
        source="https://www.huiwengx.com/doc/5519740.html",
        title="宾馆客房洗衣袋使用管理规程",
        record_title="宾馆客房洗衣袋使用管理规程（可编辑）- 荟文共享",
        date=None,
        notes="rules with 第N条 articles, one of them telling guests to 扫描 a QR code (content); page markers ↫n↬ glued to "
        "the continuation or on lines of their own; a share stamp (2 天前) is no date; effective 自印发之日起",
        page="""
!m 荟文共享 · 文档下载中心
!m 首页 > 企业管理 > 酒店管理 > 客房制度
!t 宾馆客房洗衣袋使用管理规程（可编辑）
!m 分享者：客房小能手　分享于 2 天前　共3页
!a 立即下载　加入文件夹　转给好友
{BODY}
!a 剩余1页，登录后继续阅读
!d 以上内容由分享者提供，荟文共享仅做信息存储，如有侵权请联系平台删除。
!l 相关文档：酒店布草管理制度　客房服务标准流程
!m 荟文共享 huiwengx.com
""",
        pages=dict(fmt="↫{n}↬", every=110, start=2, glue="mix"),
        body="""
第一条　为规范客房洗衣袋的发放、回收和使用，减少一次性塑料洗衣袋消耗，制定本规程。
第二条　客房统一配备可重复使用的帆布洗衣袋，每间客房一只，随洗衣单放置于衣柜内。
第三条　客人需要洗衣服务的，将衣物装入洗衣袋并填写洗衣单，拨打客房中心电话或扫描洗衣单上的二维码预约收取。
第四条　楼层服务员收取洗衣袋时，应当面与客人核对件数；客人不在房间的，由两名服务员共同清点并登记。
第五条　洗衣袋每次使用后送洗衣房清洗消毒，破损或污渍无法去除的及时报废。
第六条　本规程由客房部负责解释，自印发之日起施行。
""",
    ),
    dict(
        slug="edu-lianshui-notice-lunchbag-storage-contact",
        site="缏水县教育和体育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jtj.lianshui.gov.cn/tzgg/2024/1118/8013.html",
        title="关于规范中小学生自带午餐存放管理的通知",
        record_title="关于规范中小学生自带午餐存放管理的通知-通知公告-缏水县教育和体育局",
        date="2024-11-18",
        notes="education portal: 长辈版/读屏 links, an attachment download link (chrome) next to the notice's own 附件 line, "
        "the notice's 联系人/电话/邮箱 next to the site's technical-support line",
        page="""
<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8">
<title>关于规范中小学生自带午餐存放管理的通知-通知公告-缏水县教育和体育局</title>
<script src="/js/jquery.js"></script><script src="/js/ageing.js"></script>
</head><body>
<div class="top">⟦a 长辈版⟧　⟦a 读屏⟧　⟦a 英文版⟧</div>
<div class="banner">⟦m 缏水县教育和体育局　立德树人　强体健心⟧</div>
<ul class="menu"><li>⟦m 首页⟧</li><li>⟦m 机构概况⟧</li><li>⟦m 通知公告⟧</li><li>⟦m 教育动态⟧</li><li>⟦m 招生考试⟧</li><li>⟦m 体育工作⟧</li></ul>
<div class="loc">⟦m 您当前的位置：首页 - 通知公告⟧</div>
<div class="art">
<h2>{T}</h2>
<p class="src">⟦m 信息来源：体卫艺股　发布时间：2024-11-18　浏览：1038⟧</p>
<div class="con">
{BODY}
</div>
<p class="fj">⟦a 附件下载：学生自带午餐存放点设置情况统计表.xlsx⟧</p>
<p class="pn">⟦l 上一篇：关于开展冬季校园消防安全检查的通知⟧<br>⟦l 下一篇：缏水县2024年中小学生田径运动会秩序册⟧</p>
</div>
<div class="foot"><p>⟦m 主办单位：缏水县教育和体育局　地址：缏水县文昌路37号⟧</p>
<p>⟦m 网站技术支持：县教育信息化中心　0812-7726000⟧</p><p>⟦m 蜀ICP备12006630号-2⟧</p></div>
</body></html>
""",
        body="""
各中小学校、幼儿园：
近期，部分学校反映午托学生自带饭盒增多，饭盒袋随意堆放在走廊，既影响通行，又存在食品安全隐患。为规范管理，现就有关事项通知如下：
一、各校要在教学楼内设置饭盒袋存放架，按班级分区存放，存放点应远离卫生间和垃圾桶。
二、提醒家长为孩子选用带保温层的饭盒袋，并在袋上写明班级和姓名；天热时应放置冰袋，饭菜存放不超过4小时。
三、需要加热的，由学校统一使用蒸饭柜加热，严禁学生自行使用电器。
四、各校于11月30日前将存放点设置情况报局体卫艺股。
联系人：郜文静　电话：0812-7726150　邮箱：lsxtwy@126.com
附件：学生自带午餐存放点设置情况统计表
缏水县教育和体育局
2024年11月18日
""",
    ),
    dict(
        slug="edu-duoshan-plan-dorm-shoe-racks-decimal",
        site="缍山教育网 (invented)",
        style="教育门户",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.dsjyw.net/xydt/hqbz/2024/10/1377.html",
        title="缍山县第二中学学生宿舍阳台晾鞋架安装实施方案",
        record_title="【后勤保障】缍山县第二中学学生宿舍阳台晾鞋架安装实施方案_缍山教育网",
        date="2024-10-09",
        notes="a plan with decimal headings 1 / 1.1 / 2.1 …; an update stamp (更新时间) is no date; the school's 成文日期 "
        "is the date; a print/close row and a technical-support line",
        page="""
!m 缍山教育网 — 缍山县教育局主办
!m 首页 > 校园动态 > 后勤保障
{T}
!m 来源：县二中总务处　发布者：tianyu　点击数：267　更新时间：2024-10-10 16:48
!a 〔打印〕〔关闭〕〔返回顶部〕
{BODY}
!l 相关信息：县二中开展秋季宿舍安全大检查
!m 技术支持：缍山县教育信息中心　电话：0819-3122806
!m 缍山教育网版权所有　蜀ICP备09011276号
""",
        body="""
1 工作目标
1.1 为全校48间学生宿舍阳台安装不锈钢晾鞋架，解决学生鞋子无处晾晒、堆在走廊的问题。
1.2 11月底前全部安装完毕并投入使用。
2 实施步骤
2.1 摸底测量。10月14日至18日，由总务处对各宿舍阳台尺寸逐一测量登记。
2.2 采购安装。10月下旬通过县政府采购平台询价采购，由成交单位入校安装，安装位置一律在阳台栏杆内侧。
2.3 验收使用。安装完成后，由总务处会同各年级逐间验收，每个晾鞋架承重不低于15千克。
3 工作要求
3.1 安装期间，各班主任要提醒学生收好阳台物品，施工人员进入宿舍须由宿管员陪同。
3.2 宿管员每周检查一次晾鞋架固定情况，发现松动及时报修。
缍山县第二中学
2024年10月9日
""",
    ),
    dict(
        slug="oa-qizhan-bulletin-laundry-bag-misdelivery-flow",
        site="栖栈酒店管理集团 内网门户 (invented)",
        style="企业内网",
        genre="通报",
        kind="notice",
        form="html",
        source="http://oa.qizhanhotels.com/doc/view.do?id=20240827-0012",
        title="关于客房洗衣袋错投导致客衣损坏的通报",
        record_title="［传阅］关于客房洗衣袋错投导致客衣损坏的通报 - 栖栈集团内网门户",
        date="2024-08-27",
        notes="an OA document view: the 文号 line unmarked (neutral), a circulation trail and a read count under the text, "
        "an acknowledge button; 抄送 and 印发 lines belong to the document",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>［传阅］关于客房洗衣袋错投导致客衣损坏的通报 - 栖栈集团内网门户</title>
<script src="/oa/static/oa-core.js"></script>
</head><body>
<div class="oa-top">⟦m 栖栈集团内网门户⟧　⟦m 欢迎您，雷小满［退出］⟧</div>
<div class="oa-menu">⟦m 待办事项(3)　已办事项　公文查阅　知识库　通讯录⟧</div>
<div class="oa-path">⟦m 公文查阅 ＞ 集团发文 ＞ 通报⟧</div>
<div class="oa-doc">
<h2>{T}</h2>
<p class="wh">栖栈酒店〔2024〕客字第12号</p>
<div class="oa-body">
{BODY}
</div>
<table class="oa-flow">
<tr><th>⟦m 流转记录⟧</th></tr>
<tr><td>⟦m 拟稿：客房管理部 罗珂 2024-08-26 15:10⟧</td></tr>
<tr><td>⟦m 核稿：综合办公室 苏慕 2024-08-27 09:02⟧</td></tr>
<tr><td>⟦m 签发：常务副总经理 邵启明 2024-08-27 10:45⟧</td></tr>
</table>
<p class="oa-read">⟦m 已阅 63 人　未阅 9 人⟧</p>
<p class="oa-btn">⟦a 我已知悉，归档⟧</p>
</div>
<div class="oa-foot">⟦m 集团信息部维护　服务分机 8008⟧</div>
</body></html>
""",
        body="""
各门店：
8月22日，集团所属饾湾店一名楼层服务员在收取客衣时，将客人装有羊绒大衣的洗衣袋误投入普通水洗通道，造成大衣严重缩水，门店赔偿客人3800元。
经调查，事故原因是该服务员未核对洗衣单，洗衣房分拣人员也未按规定查看洗衣袋上的“干洗”标签。集团决定对当事服务员和分拣人员予以通报批评，扣发当月绩效奖金，对饾湾店店长予以约谈。
各门店要立即组织学习客衣收送流程，洗衣袋一律挂分类牌：白牌水洗、蓝牌干洗、红牌熨烫，收送两端双人核对。
栖栈酒店管理集团有限公司
2024年8月27日
抄送：集团总经理、副总经理，质检部。
集团综合办公室　　2024年8月27日印发
""",
    ),
    dict(
        slug="oa-qingyi-minutes-laundry-baskets-turnover",
        site="清漪洗涤服务有限公司 内部办公系统 (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="other",
        form="text",
        source="http://oa.qingyi-xidi.com/meeting/minutes/2024-023",
        title="洗涤中心脏衣篮周转问题专题会议纪要",
        record_title="〈会议纪要〉洗涤中心脏衣篮周转问题专题会议纪要（第23期）| 清漪洗涤OA",
        date="2024-12-04",
        date_also=["2024-12-06"],
        notes="minutes with 时间/地点/主持/参会/记录 lines; the 时间 line gives the date, the posting date differs; "
        "a decision to 扫码 baskets in and out (content); a circulation line and a print/export row under it",
        page="""
!m 清漪洗涤服务有限公司 · 内部办公系统
!m 当前用户：杭晓雯　部门：综合部　[注销]
!m 公文管理 > 会议纪要 > 查看
!t 〈会议纪要〉洗涤中心脏衣篮周转问题专题会议纪要（第23期）
!m 发布人：综合部　发布日期：2024-12-06　已读 41 / 未读 7
{BODY}
!m 流转：综合部拟稿 → 韦思远审核 → 总经理签发
!a 〔打印〕〔导出PDF〕〔转发〕
!m 技术支持：信息部　分机 6021
""",
        body="""
时间：2024年12月4日14:30
地点：洗涤中心二楼会议室
主持：副总经理　韦思远
参会：生产部、物流部、客服部负责人，各班组长
记录：杭晓雯
会议听取了物流部关于脏衣篮周转情况的汇报。11月，中心发往各酒店的脏衣篮共2400只，按期回收1870只，回收率不到八成；有的酒店把脏衣篮挪作垃圾筐使用，篮体污染严重。
会议议定：
一、物流部12月15日前给全部脏衣篮加装编号芯片，扫码出入库。
二、客服部向各酒店发函，明确脏衣篮只能用于盛放待洗布草，丢失损坏的按每只85元赔偿。
三、生产部每月对回收的脏衣篮清洗消毒一次。
""",
    ),
]

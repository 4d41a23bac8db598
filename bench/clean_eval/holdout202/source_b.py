"""holdout202, part B: blogs, WeChat mirrors, document-sharing pages, education portals and
enterprise intranets. Every page, place, person, firm, site, URL and number here is invented;
see ../README.md and ../build.py for the markup. Written by hand, one case at a time."""

CASES = [
    dict(
        slug="blog-qingzhu-essay-metronome-relative-time",
        site="青竹琴房手记 (invented, WordPress-like blog)",
        style="博客",
        genre="随笔",
        kind="other",
        form="html",
        source="https://qingzhuqinfang.example.net/2025/08/metronome-not-enemy/",
        title="节拍器不是敌人",
        record_title="节拍器不是敌人 | 青竹琴房手记",
        date=None,
        notes="a piano teacher's blog: a relative post time (no date), category and reading count, a tag cloud, a monthly archive, two comments and a comment form",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="UTF-8">
<title>节拍器不是敌人 | 青竹琴房手记</title>
<link rel="stylesheet" id="twentyfive-style-css" href="https://qingzhuqinfang.example.net/wp-content/themes/qz/style.css" media="all">
<script src="https://qingzhuqinfang.example.net/wp-includes/js/jquery/jquery.min.js"></script>
</head><body class="post-template-default single">
<header class="site-header"><p class="site-title"><a href="/">⟦m 青竹琴房手记⟧</a></p>
<p class="site-description">⟦m 一位钢琴老师的教学随记⟧</p>
<nav>⟦m 首页　教学随笔　曲目笔记　家长问答　关于我⟧</nav></header>
<main><article class="post">
<h1 class="entry-title">{T}</h1>
<div class="entry-meta">⟦m 发布于 3 天前 · 分类：教学随笔 · 阅读 214⟧</div>
<div class="entry-content">
{BODY}
</div>
<footer class="entry-footer">⟦l 标签：节拍器 练琴 儿童钢琴⟧</footer>
</article>
<nav class="post-navigation">⟦l ← 上一篇：孩子练琴坐不住怎么办⟧<br>⟦l 下一篇：第一次上台前的三件小事 →⟧</nav>
<section class="comments"><h3>⟦l 2 条评论⟧</h3>
<div class="comment">⟦l 豆豆妈：让孩子自己调旋钮这招太好了，今晚就试⟧</div>
<div class="comment">⟦l 林间小路：我们家用的是手机上的节拍器，效果一样吗？⟧</div>
<h3>⟦a 发表评论⟧</h3><p>⟦a 电子邮件地址不会被公开。必填项已用*标注⟧</p>
<p><label>⟦a 评论*⟧</label><textarea name="comment"></textarea></p><p><button>⟦a 提交评论⟧</button></p>
</section></main>
<aside class="widget-area">
<section><h2>⟦l 标签云⟧</h2><p>⟦l 节拍器 视奏 考级 音阶 哈农 家长 比赛⟧</p></section>
<section><h2>⟦l 文章归档⟧</h2><ul><li>⟦l 2025年八月 (4)⟧</li><li>⟦l 2025年七月 (6)⟧</li></ul></section>
</aside>
<footer class="site-footer">⟦m © 青竹琴房手记　自豪地采用 WordPress 搭建⟧</footer>
</body></html>
""",
        body="""
教琴十几年，我发现很多孩子怕节拍器，一听到“嗒、嗒、嗒”就紧张，手越弹越乱。家长也常问我：是不是孩子天生没有节奏感？
其实大多数孩子不是没有节奏感，而是太早被要求“跟上”。我的做法是先让孩子听，不弹琴，只跟着节拍器拍手、走步，等身体熟悉了这个声音，再放到琴上。
还有一个小窍门：让孩子自己转节拍器的速度旋钮。自己定的速度，孩子更愿意试，也更愿意一点点往上加。
节拍器就像一位不会发脾气的陪练，它不夸你，也不骂你，只是稳稳地在那里。等哪一天孩子关掉它，也能弹得稳稳当当，它的任务就完成了。
""",
    ),
    dict(
        slug="blog-chaimi-range-hood-cleaning-wrapped",
        site="柴米小筑 (invented, personal blog)",
        style="博客",
        genre="随笔",
        kind="other",
        form="text",
        source="https://chaimixiaozhu.example.blog/posts/2025-10-19-youyanji/",
        title="自己动手清洗油烟机，这三步最关键",
        record_title="厨房手记｜自己动手清洗油烟机，这三步最关键 — 柴米小筑",
        date="2025-10-19",
        notes="a home cook's blog in text, hard-wrapped at 58 columns; a 发表于 byline is the page's date; tags, prev/next links and a reader comment under the text",
        indent="\u3000\u3000",
        wrap=58,
        page="""
!m 柴米小筑
!m 一个上班族的厨房与生活
!m 首页　厨房手记　周末菜谱　关于
{T}
!m 发表于 2025-10-19　分类：厨房手记　评论(6)
{BODY}
!l 标签：油烟机　家务　清洁
!l « 上一篇：铸铁锅开锅记
!l 下一篇：冬天的第一锅萝卜汤 »
!l 6 条评论
!l 小鹿：小苏打这个办法好，周末试试
!m © 2025 柴米小筑 · 用 Hexo 写成
""",
        body="""
家里的油烟机用了五年，吸力越来越小，一开火满屋子都是油烟味。上周末我自己动手洗了一次，效果出乎意料，记下来给大家参考。
第一步是断电。一定要先拔掉插头或者关掉厨房的空气开关，再拆滤网和油杯，这一步千万不能省。
第二步是泡洗滤网。拆下的不锈钢滤网放进水槽，倒入六十度左右的热水，加两勺小苏打，泡二十分钟，油垢就软了，用旧牙刷顺着网眼刷一刷就干净了。
第三步是擦拭机身。外壳和挡板用抹布蘸稀释的洗洁精擦，不要用钢丝球。叶轮和电机我没有动，那部分还是请专业师傅来拆比较稳妥。
洗完装回去一试，声音小了，吸力也回来了。建议大家每三个月清洗一次滤网，别等油垢积厚了再动手。
""",
    ),
    dict(
        slug="wechat-xiaoyang-erhyuan-goggles-h1-follow",
        site="存文馆 (invented WeChat mirror) of 绡阳二院 (invented hospital account)",
        style="公众号镜像",
        genre="科普",
        kind="other",
        form="html",
        source="https://www.cunwenguan.example.com/a/xyey/2025070518.html",
        title="游泳季到了，眼科医生提醒：泳镜戴不对，眼睛也会受伤",
        record_title=None,
        date="2025-07-05",
        notes="no record title: the article's <h1>; the account line's date is the page's date; a follow prompt glued before the first words, an image notice glued after the first paragraph's last sentence; 阅读原文/在看 rows, a QR line and the mirror's archive note",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>绡阳二院的文章 - 存文馆</title>
<script>var biz="MzA5NTcxODQ2Mg==";</script>
</head><body>
<div class="mirror-top">⟦m 存文馆 · 公众号文章离线阅读⟧ <a href="/">⟦m 返回首页⟧</a></div>
<div class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta_list">⟦m 原创　眼科 李晓禾　绡阳二院　2025年07月05日 18:30⟧</div>
<div class="rich_media_content" id="js_content">
{BODY}
</div>
<div class="qr">⟦a 长按识别二维码，在线预约眼科门诊⟧</div>
<div class="tool">⟦a 阅读原文⟧　⟦m 阅读 2391⟧　⟦a 点个在看，提醒身边的家长⟧</div>
</div>
<div class="mirror-foot"><p>⟦d 本页由存文馆自动抓取保存，文章版权归原公众号所有。⟧</p><p>⟦m 收录时间：2025-07-06⟧</p></div>
</body></html>
""",
        p_html='<section style="margin:0 8px"><p style="line-height:1.75">{}</p></section>',
        body="""
⟦a 戳上方蓝字“绡阳二院”关注我们⟧暑假一到，游泳馆里的孩子明显多了。最近一周，我们眼科门诊接诊了九名和游泳有关的眼部不适患者，其中六名是儿童。⟦d （图片源自网络，如有侵权请联系删除）⟧
很多家长以为，戴上泳镜就万事大吉。其实泳镜选不对、戴不对，同样会伤眼睛。
一是泳镜太紧。有的孩子把带子勒得很紧，游完眼眶一圈发红，甚至出现眼睑水肿。泳镜以贴合不漏水为宜，轻压镜框能吸住就够了。
二是用成人泳镜。儿童脸型小，戴成人泳镜容易漏水，含氯的池水进入眼睛，会引起结膜充血、刺痛。
三是近视孩子戴普通泳镜。看不清池边和泳道，容易磕碰，度数较高的孩子可以选择有度数的泳镜。
如果游泳后眼睛持续发红、疼痛、怕光，请及时到医院就诊，不要自行使用眼药水。
""",
    ),
    dict(
        slug="wechat-jianshui-gym-treadmill-tips-star",
        site="公众号存档站 (invented WeChat mirror) of 缣水体育馆 (invented account)",
        style="公众号镜像",
        genre="通知",
        kind="notice",
        form="text",
        source="https://gzh.cundang.example.org/jianshuitiyuguan/20250414/1.html",
        title="关于规范使用健身房跑步机的温馨提示",
        record_title="关于规范使用健身房跑步机的温馨提示 | 缣水体育馆 - 公众号文章存档",
        date="2025-04-12",
        date_also=["2025-04-14"],
        notes="a WeChat mirror in text: a star prompt glued before the salutation; the notice's own signature date differs from the account's posting date; numbered rules; share and 在看 rows and the mirror's note",
        page="""
!m 公众号存档站 ＞ 缣水体育馆 ＞ 文章
{T}
!m 缣水体育馆　2025-04-14 20:05　发表于缣水
{BODY}
!a 阅读原文
!a 转发　｜　收藏　｜　在看　｜　点赞 37
!l 往期回顾：健身区夏季开放时间调整的通知
!d 存档内容来自公开推送，仅供检索浏览，如需删除请联系站长
""",
        body="""
⟦a 设为星标，推送不错过⟧尊敬的健身会员：
近期，我馆二楼健身区先后发生两起会员从跑步机上摔倒的情况，所幸均无大碍。为保障大家的运动安全，现将跑步机使用有关事项提示如下：
1.上机前请将安全夹夹在衣服上，一旦跌倒，跑步机会立即停止。
2.启动时请双脚踩在两侧踏板上，待跑带转动后再踏上跑带，速度由低到高逐步调整。
3.每人每次使用不超过四十分钟，高峰时段如有会员等候，请主动让出设备。
4.十四岁以下未成年人须由家长陪同使用。
5.使用完毕请用消毒湿巾擦拭扶手和控制面板。
如发现设备异常，请立即停止使用并告知现场教练。
缣水县全民健身中心
2025年4月12日
""",
    ),
    dict(
        slug="docshare-zhongxiang-museum-dehumidify-plan",
        site="众享文档网 (invented)",
        style="文档分享",
        genre="方案",
        kind="plan",
        form="html",
        source="https://www.zxwendang.example.com/doc/3391827.html",
        title="缂川县博物馆2025年汛期库房除湿防霉工作方案",
        record_title="【文博专题】缂川县博物馆2025年汛期库房除湿防霉工作方案（可直接修改）- 众享文档网",
        date="2025-05-26",
        notes="a sharing page: an upload notice, a points lock and a service WeChat; decimal headings 2.1–2.3 in the plan; the signature date",
        page="""
<!doctype html>
<html><head><meta charset="utf-8"><title>【文博专题】缂川县博物馆2025年汛期库房除湿防霉工作方案（可直接修改）- 众享文档网</title>
<link rel="stylesheet" href="/static/css/doc.css?v=2025">
<script src="/static/js/doc-view.js" defer></script>
</head><body>
<div class="hd"><a class="logo">⟦m 众享文档网⟧</a><form class="search"><input placeholder="搜索文档"><button>⟦a 搜文档⟧</button></form>
<a>⟦a 上传赚积分⟧</a></div>
<div class="bread">⟦m 众享文档网 › 行业资料 › 文化文博 › 方案⟧</div>
<div class="doc-title"><h1>⟦t 【文博专题】缂川县博物馆2025年汛期库房除湿防霉工作方案（可直接修改）⟧</h1>
<p class="info">⟦m 上传者：博物小馆　页数：3　浏览：688　下载：41⟧</p></div>
<div class="upload-tip">⟦d 本文档系用户上传分享，若内容涉及版权问题请联系平台处理。⟧</div>
<div class="doc-body">
{BODY}
</div>
<div class="dl-box"><p>⟦a 下载本文需消耗 5 积分（当前积分：0）⟧</p><p><a class="btn">⟦a 获取积分⟧</a> <a class="btn">⟦a 开通VIP免积分下载⟧</a></p></div>
<div class="kf">⟦w 找资料、做方案，添加客服微信 zxwd_kf66⟧</div>
<div class="rel"><h4>⟦l 相似文档⟧</h4><p>⟦l 博物馆文物库房温湿度管理制度⟧</p><p>⟦l 档案馆汛期安全工作预案⟧</p></div>
<div class="ft">⟦m 众享文档网 版权所有　苏ICP备20031156号-1⟧</div>
</body></html>
""",
        body="""
为做好汛期文物库房防潮防霉工作，确保馆藏文物安全，结合我馆实际，制定本方案。
1.工作目标
库房相对湿度稳定控制在百分之五十至五十五，温度控制在二十摄氏度左右，汛期文物霉变事故零发生。
2.主要措施
2.1 设备配置。书画、纺织品库房各配备恒湿除湿机两台，陶瓷、金属库房各配备一台，所有设备接入温湿度监测平台，超限自动报警。
2.2 日常巡查。保管部每天上午九点、下午三点巡查库房，记录温湿度和除湿机运行情况，及时清理排水管路。
2.3 应急处置。连续降雨期间库房实行二十四小时值守，遇停电立即启用备用电源。
3.责任分工
保管部负责组织实施，办公室负责设备采购和维修，安保部负责夜间巡查。
缂川县博物馆
2025年5月26日
""",
    ),
    dict(
        slug="docshare-wenxiang-report-range-hood-quality-wrapped-markers",
        site="文享网 (invented)",
        style="文档分享",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://www.wenxiang.example.cn/d/20251228/q7710352.html",
        title="2025年度吸油烟机事业部质量主管述职报告",
        record_title="2025年度吸油烟机事业部质量主管述职报告.docx",
        date="2025-12-26",
        notes="a sharing page in text, hard-wrapped at 60 columns and cut by ⬘n⬙ page markers glued to the continuation line; file-name title; the 述职人 signature date",
        indent="\u3000\u3000",
        wrap=60,
        pages=dict(fmt="⬘{n}⬙", every=120, start=2, glue=True),
        page="""
!m 文享网 › 企业管理 › 述职报告
!t 2025年度吸油烟机事业部质量主管述职报告.docx
!m 分享者：zhiliang_lao　文件大小：28KB　共5页
!a ★★★★☆（23人评价）　｜　收藏　｜　下载（3积分）
{BODY}
!a 预览到此为止，余下1页请下载后阅读
!d 文档来源于网络用户分享，本站仅提供存储空间，若有侵权请发邮件至 qinquan@wenxiang.example.cn
!l 猜你想找：质量经理年终述职｜品质部年度工作总结
""",
        body="""
各位领导、同事们：
2025年，我在事业部总经理的领导下，负责吸油烟机产品的质量管理工作。现将一年来的履职情况报告如下。
一、主要工作
一是严把来料关。全年检验电机、叶轮、钢化玻璃面板等来料一千二百余批次，退回不合格物料二十三批次，来料合格率提升到百分之九十八点六。
二是抓好过程控制。在总装线增设风量和噪声在线检测工位，每台整机出厂前都要经过五分钟满负荷运行测试。
三是推动售后问题闭环。针对用户反映较多的“关机后滴油”问题，牵头改进油杯和导油槽结构，该类投诉同比下降六成。
二、存在的不足和明年打算
对外协厂家的质量辅导还不够。2026年，我将重点推进供应商质量分级管理，力争整机一次交验合格率达到百分之九十九。
述职人：骆清源
2025年12月26日
""",
    ),
    dict(
        slug="edu-ganling-notice-swim-training-attachment",
        site="绀岭县教育局网站 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.ganling.example.gov.cn/tzgg/2025/0624/2287.html",
        title="绀岭县教育局关于组织开展2025年中小学生游泳技能普及培训的通知",
        record_title="绀岭县教育局关于组织开展2025年中小学生游泳技能普及培训的通知_通知通告_绀岭县教育局",
        date="2025-06-23",
        date_also=["2025-06-24"],
        notes="an education bureau: 关怀版/语音读屏 links, an attachment download link beside the notice's own 附件 list, the bureau's 联系人/电话 beside the site's technical line; scanning a QR code to sign up is content; posting date a day after the 成文日期",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>绀岭县教育局关于组织开展2025年中小学生游泳技能普及培训的通知_通知通告_绀岭县教育局</title>
<script src="/assets/js/jquery-1.12.4.min.js"></script><script src="/assets/js/elder.js"></script>
</head><body>
<div class="topline"><span>⟦m 今天是 2025年6月24日 星期二⟧</span> <a>⟦a 关怀版⟧</a> <a>⟦a 语音读屏⟧</a> <a>⟦a 繁體版⟧</a></div>
<div class="head"><h2>⟦m 绀岭县教育局⟧</h2><p>⟦m 立德树人　办好人民满意的教育⟧</p></div>
<ul class="menu"><li>⟦m 首页⟧</li><li>⟦m 教育要闻⟧</li><li>⟦m 通知公告⟧</li><li>⟦m 政策文件⟧</li><li>⟦m 办事指南⟧</li></ul>
<div class="position">⟦m 所在位置：首页 » 通知公告⟧</div>
<div class="detail"><h1>{T}</h1>
<div class="attr">⟦m 发布时间：2025-06-24　发布单位：体卫艺股　阅读：1562⟧</div>
<div class="content">
{BODY}
</div>
<div class="fujian"><p>⟦a 附件下载：游泳培训报名二维码.jpg⟧</p><p>⟦a 附件下载：参训学生安全承诺书.docx⟧</p></div>
<div class="btns">⟦a 〔打印本文〕〔关闭〕⟧</div></div>
<div class="foot">
<p>⟦m 主办：绀岭县教育局　地址：绀岭县育才路16号⟧</p>
<p>⟦m 技术支持：县教育信息中心 0725-3381000⟧</p>
<p>⟦m 湘ICP备10020773号-1⟧</p></div>
</body></html>
""",
        body="""
各乡镇中心学校，县直各学校：
为提升学生游泳技能和自救自护能力，县教育局决定在暑假期间组织开展中小学生游泳技能普及培训。现将有关事项通知如下。
一、培训对象：全县四至七年级有意愿参加培训的学生。
二、培训时间地点：7月8日至8月15日，在县全民健身中心游泳馆分五期进行，每期八天。
三、报名方式：学生家长扫描附件中的二维码报名，每期限报一百二十人，报满即止。
四、有关要求：参训学生须持近期体检证明，自备泳衣、泳帽和泳镜；各学校要安排一名教师带队，做好往返交通安全管理。
联系人：县教育局体卫艺股　石晓川　电话：0725-3386471
附件：1.游泳技能普及培训报名二维码
2.参训学生安全承诺书
绀岭县教育局
2025年6月23日
""",
    ),
    dict(
        slug="edu-xieshan-school-notice-metronome-rehearsal",
        site="缬山县实验小学网站 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.xssyxx.example.cn/xygg/2025/1028/961.html",
        title="关于做好第十届校园艺术节器乐展演排练工作的通知",
        record_title="【艺术节专栏】关于做好第十届校园艺术节器乐展演排练工作的通知 - 缬山县实验小学",
        date="2025-10-28",
        notes="a primary school's page in text: a column prefix and a school suffix; an update-time byline; the art group's 联系人/电话 in the body; numbered items; the school's address and a technical line under it",
        page="""
!m 缬山县实验小学
!m 学校首页 ＞ 校园公告
!t 【艺术节专栏】关于做好第十届校园艺术节器乐展演排练工作的通知
!m 作者：教务处　点击：318　更新时间：2025-10-28
!a 【打印】【返回】
{BODY}
!l 本栏目其他公告：关于召开期中家长会的通知
!m 学校地址：缬山县文昌路8号　邮编：418120
!m 技术维护：缬山县电化教育馆
""",
        body="""
各年级组、各班主任、艺术组全体教师：
第十届校园艺术节器乐展演定于11月20日举行。为确保展演质量，现将排练工作有关事项通知如下。
1.各参演节目自11月3日起每周二、四下午第三节课在音乐楼排练，由指导教师负责点名。
2.排练时统一使用节拍器确定速度，合奏节目的速度由指导教师报艺术组备案，展演当天不得随意更改。
3.学校音乐室现有节拍器十五台，各节目组可于排练前到音乐室登记借用，用后当天归还。
4.请班主任提醒参演学生每天在家练习不少于二十分钟。
联系人：艺术组　贝雨桐　电话：0731-8861207
缬山县实验小学教务处
2025年10月28日
""",
    ),
    dict(
        slug="oa-fenghe-minutes-range-hood-quality",
        site="风和协同办公平台 (invented enterprise OA)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.fenghe-kitchen.example.com/doc/view?id=2025070917",
        title="吸油烟机二季度质量分析会会议纪要",
        record_title="〔会议纪要〕吸油烟机二季度质量分析会会议纪要 - 风和协同办公平台",
        date="2025-07-09",
        date_also=["2025-07-10"],
        notes="an OA document view: the 时间/地点/主持/参会/记录 lines of the minutes in the body (the 时间 line is the date), a 流转记录 table, a read count and a mark-as-read button; the OA's publication date a day later",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〔会议纪要〕吸油烟机二季度质量分析会会议纪要 - 风和协同办公平台</title>
<link rel="stylesheet" href="/oa/res/skin/blue/main.css"><script src="/oa/res/js/oa.core.js"></script>
</head><body>
<div class="oa-top">⟦m 风和协同办公平台⟧　<span>⟦m 当前用户：质量部 柳青⟧</span>　<a>⟦a 退出登录⟧</a></div>
<div class="oa-left"><ul><li>⟦m 待办事项 (3)⟧</li><li>⟦m 公文管理⟧</li><li>⟦m 会议纪要⟧</li><li>⟦m 知识中心⟧</li></ul></div>
<div class="oa-main">
<div class="oa-path">⟦m 公文管理 / 会议纪要 / 查看⟧</div>
<h2>{T}</h2>
<div class="oa-info">⟦m 发布部门：质量部　发布日期：2025-07-10　密级：内部⟧</div>
<div class="oa-doc">
{BODY}
</div>
<div class="oa-flow"><h4>⟦m 流转记录⟧</h4>
<table><tr><td>⟦m 拟稿　质量部 柳青　2025-07-10 09:12⟧</td></tr>
<tr><td>⟦m 审核　质量部经理 郑国栋　2025-07-10 10:05⟧</td></tr>
<tr><td>⟦m 签发　副总经理 谭少峰　2025-07-10 14:31⟧</td></tr></table></div>
<div class="oa-read">⟦m 已阅 46 人　未阅 9 人⟧　<button>⟦a 标记为已阅⟧</button>　<button>⟦a 转给同事看⟧</button></div>
</div>
<div class="oa-foot">⟦d 内部资料　注意保密　不得外传截图⟧</div>
</body></html>
""",
        body="""
时间：2025年7月9日14:30
地点：公司二号楼三楼会议室
主持：副总经理　谭少峰
参会：质量部、研发部、生产部、采购部、客服中心负责人
记录：质量部　柳青
会议听取了质量部关于二季度吸油烟机质量情况的汇报，研究了存在的问题，形成如下意见：
一、二季度整机一次交验合格率百分之九十八点二，较一季度有所下降，主要问题是侧吸机型面板异响。研发部要在7月底前完成面板卡扣改进方案。
二、客服中心反映风量不足的投诉增多，经排查多为用户安装时排烟管弯折过多所致。客服中心要修订安装规范，加强对安装师傅的培训。
三、采购部要对叶轮供应商开展一次现场审核，结果报质量部备案。
四、下次质量分析会定于10月上旬召开。
""",
    ),
    dict(
        slug="intranet-zhuxi-rules-warehouse-dehumidifier",
        site="纻溪精工内网 (invented enterprise intranet)",
        style="企业内网",
        genre="制度",
        kind="rules",
        form="text",
        source="http://portal.zhuxijg.example.local/zhidu/xz/cc-017",
        title="成品仓库除湿机使用管理规定",
        record_title="〖制度库〗成品仓库除湿机使用管理规定（2025修订稿）",
        date=None,
        notes="an intranet rule in text: 第N条 articles, a rule number and version line, an export/feedback row, a read count and an internal-only notice; only an effective clause, no date",
        page="""
!m 纻溪精工内网 | 规章制度库
!m 位置：制度中心 / 行政类 / 仓储管理
!t 〖制度库〗成品仓库除湿机使用管理规定（2025修订稿）
!m 制度编号：XZ-CC-017　版本：V3　归口部门：行政部
!a 导出PDF　｜　收藏制度　｜　我要反馈
{BODY}
!m 本制度已有 132 人阅读
!l 相关制度：仓库消防安全管理规定｜设备点检管理办法
!d 纻溪精工内部资料，仅限员工查阅
""",
        body="""
第一条　为防止成品仓库内包装受潮、产品锈蚀，规范除湿机的使用和管理，制定本规定。
第二条　本规定适用于公司一号、二号成品仓库配置的工业除湿机。
第三条　仓库管理员负责除湿机的日常开关机、水箱清空和运行记录，设备部负责定期保养和维修。
第四条　库内相对湿度超过百分之六十五时必须开启除湿机，低于百分之五十时可以关闭。
第五条　除湿机周围一米内不得堆放纸箱等可燃物，排水管应接入地漏。
第六条　每月第一个周一由设备部清洗滤网一次，并在设备卡上签字确认。
第七条　下班前仓库管理员应检查除湿机运行状态，发现异响、漏水、异味应立即断电并报修。
第八条　本规定自发布之日起施行，由行政部负责解释。
""",
    ),
]

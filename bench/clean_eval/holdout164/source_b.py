"""holdout164, part B: a forum, blogs, WeChat mirrors, sharing sites, education portals,
intranets. Every document, site, county, person and URL is invented. See ../README.md."""

CASES = [
    dict(
        slug="forum-baiyu-minutes-blinds-html-jammer",
        site="白屿家居论坛 (invented)",
        style="论坛",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="https://bbs.baiyu-home.example.com/forum.php?mod=viewthread&tid=77310",
        title="百叶窗帘经营户座谈会纪要",
        record_title="百叶窗帘经营户座谈会纪要 - 商户交流区 - 白屿家居论坛",
        date="2025-10-14",
        notes="Discuz-like HTML thread with jammer fonts glued and on lines of their own; minutes' 时间/地点/主持/参会 lines kept; floor info, medals, reply editor",
        junk=dict(lines=1, glued=1),
        page="""
<html><head><meta charset="utf-8"><title>百叶窗帘经营户座谈会纪要 - 商户交流区 - 白屿家居论坛</title>
<style>.jammer{display:none}</style></head><body>
<div id="hd">⟦m 白屿家居论坛⟧ ⟦a 登录⟧ ⟦a 立即注册⟧ ⟦a 找回密码⟧</div>
<div id="pt">⟦m 论坛 › 商户交流区 › 查看内容⟧</div>
<h1>⟦t 百叶窗帘经营户座谈会纪要⟧</h1>
<div class="authi">⟦m 窗帘街小叶　发表于 2025-10-15 09:22⟧　⟦a 只看该作者⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="medal">⟦m 勋章：热心商户　优秀版主⟧</div>
<div class="pob">⟦l 回复　评分　收藏　分享⟧</div>
<div id="f_pst">⟦a 高级模式　发表回复⟧</div>
<div id="ft">⟦m Powered by Discuz! X3.5⟧　⟦m 粤ICP备20044138号⟧</div>
</body></html>
""",
        body="""
时间：2025年10月14日下午
地点：白屿区建材市场管理处会议室
主持：市场管理处副主任林晓雯
参会：百叶窗帘经营户代表十二人，区市场监管所二人
会议通报了近期消费者关于百叶窗拉绳缠绕儿童的两起投诉，并就儿童安全窗饰标准进行了解读。
与会商户一致同意，自11月1日起不再销售无安全装置的拉绳式百叶窗，店内样品统一加装拉绳分离器。
会议要求管理处在每月例会上通报抽查结果，对拒不整改的商户按市场管理规定处理。
""",
    ),
    dict(
        slug="blog-fengshan-insight-ceilingfan-tagcloud",
        site="风扇老李的博客 (invented)",
        style="博客",
        genre="心得体会",
        kind="insight",
        form="html",
        source="http://fengshanlaoli.blog.example.net/archives/2025/07/1188.html",
        title="修了三十年吊扇的一点体会",
        record_title="修了三十年吊扇的一点体会 | 风扇老李",
        date=None,
        notes="personal blog: tag cloud, archive, comments with relative times; no date in the document (a 写于 year only and a relative time are no dates)",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>修了三十年吊扇的一点体会 | 风扇老李</title></head><body>
<header><h2>⟦m 风扇老李⟧</h2><p>⟦m 一个老电工的碎碎念⟧</p></header>
<article><h1>⟦t 修了三十年吊扇的一点体会⟧</h1>
<div class="post-meta">⟦m 发布于 3天前 · 分类：手艺杂谈 · 阅读 612⟧</div>
{BODY}
<p>写于二〇二五年夏</p>
</article>
<aside><h4>⟦l 标签云⟧</h4><p>⟦l 吊扇　电机　电容　老物件　维修⟧</p><h4>⟦l 文章归档⟧</h4><p>⟦l 2025年7月（4）　2025年6月（6）⟧</p></aside>
<section class="comments"><h4>⟦l 3 条评论⟧</h4><p>⟦l 小区王姐：老李手艺好，我家吊扇就是您修好的。5天前⟧</p><p>⟦l 发表评论⟧</p></section>
<footer>⟦d 本博客文字未经同意请勿转载⟧</footer>
</body></html>
""",
        body="""
我从八十年代末开始修吊扇，那时候谁家有台吊扇是件稀罕事，坏了舍不得扔，都拿来修。
修吊扇最常见的毛病是启动电容老化，扇叶转得慢、嗡嗡响，换个电容就好；其次是轴承缺油，一转起来吱吱叫。
最要紧的是安全。吊扇挂钩一定要检查，挂钩锈了、松了，哪怕扇子再好也不能用，这是我师傅教我的第一条规矩。
这些年空调多了，来修吊扇的人少了，可我还是觉得，一台修好的老吊扇，转起来的风最舒服。
""",
    ),
    dict(
        slug="blog-xueni-report-snowmelt-text-archive",
        site="雪泥鸿爪 (invented)",
        style="博客",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://xueni.blog.example.cn/post/2026-02-11-rongxueji.html",
        title="城区融雪剂使用情况的调查报告",
        record_title="【原创】城区融雪剂使用情况的调查报告 - 雪泥鸿爪",
        date="2026-02-10",
        notes="a blog post with a reprint notice, a data table (one row a paragraph, cells apart by ideographic spaces), a date under the author line; tags and prev/next",
        page="""
!m 雪泥鸿爪 · 一个环保志愿者的记录
!t 【原创】城区融雪剂使用情况的调查报告
!m 博主：鸿爪　｜　2026年2月11日 发表　｜　阅读(288)
{BODY}
!l 标签：融雪剂　行道树　环保调查
!l « 上一篇：给社区垃圾分类站拍照 ｜ 下一篇：春天的第一次观鸟 »
!d 转载请注明出处并附原文链接，谢谢。
""",
        body="""
今年一月，我们志愿者小组对城区三条主干道融雪剂使用情况进行了调查，现将结果报告如下。
一、基本情况。三条道路共撒布融雪剂约四十六吨，其中氯化钠类占七成，环保型融雪剂占三成。
路段　撒布量（吨）　行道树受损（株）
滨河路　18　27
建设街　15　9
学府路　13　4
二、主要问题。滨河路人行道上的融雪剂混着积雪堆在树穴里，开春后行道树叶片发黄的风险较大。
三、几点建议。建议在树穴周边改用环保型融雪剂，清雪时不要把含盐雪堆进绿化带。
雪泥鸿爪志愿者小组
2026年2月10日
""",
    ),
    dict(
        slug="wechat-beiling-notice-frostheave-mirror",
        site="北岭交通 (mirror, invented)",
        style="公众号镜像",
        genre="通知",
        kind="notice",
        form="text",
        source="https://wx.mirror-read.example.com/s/beilingjt_20260302",
        title="关于春融期农村公路冻胀翻浆路段临时限行的通告",
        record_title="关于春融期农村公路冻胀翻浆路段临时限行的通告",
        date="2026-03-02",
        notes="WeChat mirror: account line with date, 'click blue words to follow', a table of sections, read count and 在看, mirror footer; the notice's own consult phone kept",
        page="""
!m 北岭交通　2026-03-02 17:45　发表于北岭
!a 点击上方蓝字“北岭交通”关注我们
{T}
{BODY}
!l 阅读 3562　　在看 41　　分享
!a 长按识别二维码，关注北岭交通
!d 本页面由第三方镜像自动生成，内容版权归原公众号所有
""",
        body="""
受气温回升影响，我县部分农村公路出现冻胀翻浆现象，路面承载能力下降。为保护路产路权和行车安全，决定对以下路段实行临时限行。
路线名称　限行路段　限行措施
岭北线　K3至K9　禁止十吨以上车辆通行
沟门线　K0至K6　限速每小时三十公里
在限行期间，请过往车辆按指示标志绕行，服从现场管理人员指挥。限行解除时间另行通告。
咨询电话：0412-5523106。
北岭县交通运输局
2026年3月2日
""",
    ),
    dict(
        slug="wechat-yuguang-speech-clothesline-html-reward",
        site="禹光社区 (mirror, invented)",
        style="公众号镜像",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://mp.wxread-mirror.example.net/a/yuguang/2025/09/18/03",
        title="在“晾晒有序　楼院整洁”共建活动上的讲话",
        record_title=None,
        date="2025-09-18",
        notes="HTML mirror of an account article: title only in the h1; account name and time; reward and like rows; a QR follow prompt; speech date in the byline (the page's date)",
        page="""
<html><head><meta charset="utf-8"><title>禹光社区</title></head><body>
<div class="rich_media">
<h1>⟦t 在“晾晒有序　楼院整洁”共建活动上的讲话⟧</h1>
<div class="meta">⟦m 禹光社区⟧　⟦m 发布时间：2025-09-18⟧</div>
<div class="content">
{BODY}
</div>
<div class="reward">⟦a 喜欢作者　赞赏⟧</div>
<div class="tool">⟦l 阅读 986　赞 33　在看 12⟧</div>
<div class="qr">⟦a 微信扫一扫关注该公众号⟧</div>
</div>
<div class="mirror-foot">⟦d 内容来自公众号，镜像站仅作阅读存档⟧</div>
</body></html>
""",
        body="""
各位居民朋友：
大家好！楼道里横拉的晾衣绳、绿化带里挂的被子，一直是居民反映较多的问题。今天我们启动“晾晒有序　楼院整洁”共建活动，就是想和大家一起把这件小事办好。
社区已在八个楼院安装了可升降的公共晾衣架，下一步还将增加十二处。
也请大家互相提个醒：不在楼道、消防通道拉绳晾晒，不在树木上拴挂衣物。
楼院整洁靠大家，谢谢各位！
""",
    ),
    dict(
        slug="share-niuche-plan-oxcart-docshare",
        site="共享文档站 小满分享 (invented)",
        style="文档分享",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.xiaoman-share.example.com/d/ox-cart-tour-2025.html",
        title="古村牛车观光项目安全运营方案",
        record_title="古村牛车观光项目安全运营方案.wps",
        date="2025-04-21",
        notes="sharing page: file-name title, uploader and points; 'scan to download' prompt; numbered list; contact of the scenic area kept; a site's QQ group",
        page="""
!m 小满分享 ｜ 文档 ｜ 旅游管理
!t 古村牛车观光项目安全运营方案.wps
!m 分享者：景区小陈　下载积分：3　格式：WPS
{BODY}
!a 手机扫码下载，积分不足可做任务领取
!w 资料交流QQ群：718263504（群满请加二群）
!d 文档内容由分享者上传，本站不对内容真实性负责。
""",
        body="""
为规范上湾古村牛车观光项目运营，保障游客和从业人员安全，制定本方案。
一、车辆与牲畜管理。
1.牛车车体每日出车前由车主检查车轮、车轴和护栏，检查情况记入台账。
2.拉车耕牛须经兽医站检疫，每年体检一次，怀孕期和病弱耕牛不得上路。
3.每辆牛车载客不超过四人，儿童须由成人陪同乘坐。
二、线路管理。观光线路全长二点六公里，避开村内主干道，雨天和大风天气停止运营。
三、应急处置。发生耕牛受惊等情况时，车夫应立即稳住耕牛并疏散游客，景区值班电话：0738-2690117。
上湾古村景区管理处
2025年4月21日
""",
    ),
    dict(
        slug="share-pinbao-report-cargobike-html-viewer",
        site="品宝文档分享 (invented)",
        style="文档分享",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://pinbao-docs.example.com/view/cargo-bike-survey",
        title="城区末端配送载货自行车使用情况调研报告",
        record_title="城区末端配送载货自行车使用情况调研报告（可编辑）",
        date="2025-08-05",
        notes="HTML sharing viewer: toolbar, uploader card, 'report' link, related documents; decimal headings 1.1/1.2 kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>城区末端配送载货自行车使用情况调研报告（可编辑）- 品宝文档分享</title>
<script>var docId=55120;</script></head><body>
<div class="nav">⟦m 品宝文档分享⟧　⟦l 热门　最新　专题　排行⟧</div>
<div class="docbar">⟦a 立即下载⟧　⟦a 加入书架⟧　⟦a 转发给好友⟧</div>
<h1>⟦t 城区末端配送载货自行车使用情况调研报告⟧</h1>
<div class="uploader">⟦m 贡献者：绿色出行研究小组　｜　6页　｜　浏览4207⟧</div>
<div class="doc">
{BODY}
</div>
<div class="report">⟦a 内容有误？点此举报⟧</div>
<div class="related"><h3>⟦l 你可能还需要⟧</h3><p>⟦l 城市绿色货运配送示范方案⟧</p><p>⟦l 快递末端网点调研报告⟧</p></div>
<footer>⟦d 本站文档均由用户自行上传，下载前请确认内容⟧</footer>
</body></html>
""",
        body="""
1 调研背景
1.1 近年来城区快递和生鲜配送量快速增长，老城区道路狭窄，燃油货车进出困难，部分企业开始试用载货自行车承担末端配送。
1.2 本次调研走访了七家配送企业，发放骑手问卷二百一十份，回收有效问卷一百九十六份。
2 主要发现
2.1 载货自行车单次载重在八十至一百五十公斤之间，适合三公里以内的短途配送。
2.2 骑手普遍反映车辆停放难，缺少专用装卸点。
3 建议
3.1 在老城区设置二十处载货自行车临时装卸点，纳入城市停车管理。
绿色出行研究小组
2025年8月5日
""",
    ),
    dict(
        slug="edu-lishan-notice-shallot-school-garden",
        site="栗山县教育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://jyj.lishan.example.gov.cn/tzgg/2025/1021/5510.html",
        title="关于开展“小小红葱种植园”劳动实践活动的通知",
        record_title="关于开展“小小红葱种植园”劳动实践活动的通知_栗山县教育局",
        date="2025-10-21",
        notes="education bureau: breadcrumb, 关怀版 link, publish line with a later date than the document (document date expected, page date also accepted); a 回执 with blanks",
        date_also=["2025-10-22"],
        page="""
!a 关怀版　｜　English　｜　网站地图
!m 栗山县教育局 >> 通知公告
{T}
!m 发布日期：2025-10-22　作者：德育股　浏览次数：803
{BODY}
!a 【打印正文】【关闭】
!m 栗山县教育局主办　技术维护：县教育信息中心
""",
        body="""
各中小学校：
为落实劳动教育要求，让学生在种植中体验劳动的乐趣，县教育局决定在全县中小学开展“小小红葱种植园”劳动实践活动。
一、活动时间。2025年11月至2026年4月。
二、活动内容。各校利用校园空地或种植箱开辟红葱种植园，由学生分组管理，记录从种球到采收的全过程。
三、成果报送。各校于2026年4月底前报送活动总结和照片。
回执
学校名称：________　参与班级数：____　负责教师：________
栗山县教育局
2025年10月21日
""",
    ),
    dict(
        slug="edu-nanxi-school-letter-tamarind-html",
        site="南溪实验小学 (invented)",
        style="教育门户",
        genre="倡议书",
        kind="letter",
        form="html",
        source="https://www.nxsyxx.example.edu.cn/xyxw/2025/0306/204.html",
        title="致家长的一封信——罗望子林研学活动安全提示",
        record_title="致家长的一封信——罗望子林研学活动安全提示-南溪实验小学",
        date="2025-03-06",
        notes="school site: top links, column nav, the school's contact phone in the letter beside the site's footer phone; visitor counter",
        page="""
<html><head><meta charset="utf-8"><title>致家长的一封信——罗望子林研学活动安全提示-南溪实验小学</title></head><body>
<div class="topbar">⟦a 设为首页⟧ ⟦a 加入收藏⟧ ⟦a 校园邮箱登录⟧</div>
<div class="banner">⟦m 南溪实验小学　明德　笃学　尚美⟧</div>
<div class="menu">⟦l 学校概况　校园新闻　德育天地　家校共育　招生信息⟧</div>
<div class="where">⟦m 当前位置：首页 - 家校共育⟧</div>
<h2>⟦t 致家长的一封信——罗望子林研学活动安全提示⟧</h2>
<div class="info">⟦m 作者：学生处　点击：1524　更新时间：2025-03-06⟧</div>
{BODY}
<div class="foot">⟦m 学校地址：南溪县文昌路18号　电话：0691-8125500⟧<br>⟦m 您是第 213047 位访问者⟧</div>
</body></html>
""",
        body="""
尊敬的家长：
您好！学校定于3月12日组织四年级学生前往南溪罗望子林开展研学活动，了解热带果树的生长习性和当地的种植历史。
为确保活动安全，请您配合做好以下几点：为孩子准备防晒帽和饮用水，不带零食和贵重物品；提醒孩子不攀爬果树，不采摘、不食用林中果实。
活动当天请于早上七点四十分前送孩子到校，下午四点半到校门口接孩子。
如有疑问，请联系四年级组长李老师，电话：0691-8125536。
南溪实验小学
2025年3月6日
""",
    ),
    dict(
        slug="oa-hongfeng-notice-blackberry-intranet",
        site="红枫农业集团内网 (invented)",
        style="企业内网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://oa.hongfeng-agri.example.local/doc/view?id=20250611-032",
        title="关于做好黑莓采收季用工安全管理的通知",
        record_title="内网公告-关于做好黑莓采收季用工安全管理的通知",
        date="2025-06-11",
        notes="intranet document view: 流转 trail, read receipts, watermark line between paragraphs, IT desk extension beside the notice's own contact extension",
        page="""
!m 红枫农业集团协同办公平台　｜　公文 › 通知公告
!t 内网公告-关于做好黑莓采收季用工安全管理的通知
!m 拟稿：安全环保部 周朗　审核：副总经理 邢志刚　签发：总经理 谭雅
红枫司发〔2025〕27号
{BODY}
!m 已读 214 人　未读 19 人　[查看阅读情况]
!m 流转记录：06-11 09:02 拟稿 → 06-11 10:15 审核 → 06-11 14:30 签发 → 06-11 15:00 分发
!w 系统使用问题请拨打信息中心分机 8010
""",
        body="""
各基地、各部门：
黑莓采收季即将开始，各基地临时用工人数大幅增加。为保障采收期间用工安全，现将有关要求通知如下。
一、临时工上岗前必须接受不少于两小时的安全培训，培训记录由基地存档备查。
⟦m 内部资料　注意保密　周朗 0611⟧
二、高温时段（11时至15时）停止田间采收作业，各基地要设置遮阳休息点，备足防暑药品和饮用水。
三、采收人员往返驻地须乘坐基地统一安排的车辆，严禁乘坐农用车。
联系人：安全环保部周朗，分机8123。
红枫农业集团有限公司
2025年6月11日
""",
    ),
    dict(
        slug="oa-qinggang-summary-gooseberry-html-docview",
        site="青港食品内网 (invented)",
        style="企业内网",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://portal.qinggang-food.example.local/docs/5512",
        title="醋栗果酱车间2025年上半年质量工作总结",
        record_title="醋栗果酱车间2025年上半年质量工作总结",
        record_date="2025-07-08",
        date="2025-07-08",
        notes="intranet portal document view with unread list, attachment download line, 流转记录 table; record gives the date; quality table kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>文档查看 - 青港食品门户</title></head><body>
<div class="portal-top">⟦m 青港食品 · 员工门户⟧　⟦a 退出登录⟧　⟦m 欢迎您，质量部 张卉⟧</div>
<div class="side"><h4>⟦l 待阅文件（3）⟧</h4><p>⟦l 关于中秋节放假安排的通知⟧</p><p>⟦l 三季度安全检查计划⟧</p></div>
<div class="doc"><h2>⟦t 醋栗果酱车间2025年上半年质量工作总结⟧</h2>
<div class="docinfo">⟦m 发文部门：果酱车间　密级：内部　阅读次数：88⟧</div>
{BODY}
<div class="att">⟦a 附件下载：上半年质量数据.xlsx（36KB）⟧</div>
<table class="flow"><tr><td>⟦m 流转记录：车间主任 郑海 已阅 07-08⟧</td><td>⟦m 质量部 张卉 已阅 07-09⟧</td></tr></table></div>
</body></html>
""",
        body="""
上半年，车间围绕“零客诉、零召回”目标，扎实推进质量管理各项工作，产品质量总体稳定。
一、主要指标完成情况。
指标　目标值　完成值
成品一次合格率　99.0%　99.4%
异物投诉　≤2起　1起
糖度偏差超标批次　≤3批　2批
二、主要工作。完成醋栗原料验收标准修订，新增霉变果比例检验项目；对灌装线金属探测器进行了升级。
三、存在问题。三月份出现一起玻璃瓶盖密封不良导致的胀罐，已追溯到供应商并完成整改。
果酱车间
2025年7月8日
""",
    ),
]

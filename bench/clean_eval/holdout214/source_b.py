"""holdout214, part B: 博客, 公众号镜像, 文档分享, 教育门户, 企业内网 (one HTML and one text case each).

Every page, site, place, person, number and URL here is invented; see ../README.md and ../build.py.
"""

CASES = [
    dict(
        slug="blog-banchuang-shoe-cabinet-essay-typecho",
        site="半窗灯火 (invented blog)",
        style="博客",
        genre="随笔",
        kind="other",
        form="html",
        source="https://banchuang.example.me/archives/318/",
        title="玄关那只窄鞋柜",
        record_title="玄关那只窄鞋柜 - 杂记 - 半窗灯火",
        date="2025-02-16",
        notes="Typecho-like blog: tag cloud, archive, calendar widget, comment form; the 发表于 byline is the page's date; "
        "a shop-link aside glued after a 。",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="UTF-8">
<title>玄关那只窄鞋柜 - 杂记 - 半窗灯火</title>
<meta name="generator" content="Typecho 1.2.1">
<link rel="stylesheet" href="https://banchuang.example.me/usr/themes/quiet/style.css">
<script>var _paq=window._paq||[];</script>
</head><body>
<header id="header"><div class="site-name"><a href="/">⟦m 半窗灯火⟧</a></div><p class="description">⟦m 一个中年人的木工、读书与闲话⟧</p>
<nav>⟦m <a href="/">首页</a> <a href="/category/muzuo/">木作</a> <a href="/category/zaji/">杂记</a> <a href="/about.html">关于</a>⟧</nav></header>
<main class="post">
<h1 class="post-title">{T}</h1>
<ul class="post-meta"><li>⟦m 作者：老灯⟧</li><li>⟦m 发表于 2025-02-16⟧</li><li>⟦m 分类：杂记⟧</li><li>⟦m 1,042 次围观⟧</li></ul>
<div class="post-content">
{BODY}
</div>
<p class="tags">⟦l 标签：鞋柜, 木作, 小户型⟧</p>
<p class="license">⟦d 本文采用署名-非商业性使用许可，转载请保留原文链接⟧</p>
<div class="post-near">⟦l « 给女儿做的第一张书桌⟧　⟦l 冬天给木器上一遍蜡 »⟧</div>
<div id="comments"><h3>⟦l 已有 7 条评论⟧</h3>
<ol><li>⟦l 竹间风：尺寸能分享一下吗？我家玄关也窄。⟧</li></ol>
<form>⟦l 称呼 *　邮箱 *　网站　提交评论⟧</form></div>
</main>
<aside id="secondary">
<section><h3>⟦l 标签云⟧</h3><p>⟦l 木作 读书 老物件 小户型 五金 刷漆⟧</p></section>
<section><h3>⟦l 归档⟧</h3><ul><li>⟦l 2025年3月 (4)⟧</li><li>⟦l 2025年2月 (6)⟧</li><li>⟦l 2025年1月 (5)⟧</li></ul></section>
<section><h3>⟦l 日历⟧</h3><table class="cal"><tr><td>⟦l 一 二 三 四 五 六 日⟧</td></tr></table></section>
</aside>
<footer id="footer">⟦m © 2025 半窗灯火 · 由 Typecho 强力驱动⟧　⟦m 京ICP备23014459号⟧</footer>
</body></html>
""",
        body="""
我家的玄关只有七十公分宽，开门就是一堵墙。搬进来三年，鞋子一直堆在门后，一家三口二十几双鞋，进出都要跨着走。
去年冬天，我决定自己做一只窄鞋柜。量来量去，柜体深度只能留二十四公分，普通的平放层板肯定放不下，于是改成了翻斗式，鞋子斜着立进去，一层能放四双。
木料选的是松木指接板，便宜，也好加工。翻斗的铰链最费心思，第一次装歪了，斗子合不上，拆了重打孔才算对齐。⟦l （用到的翻斗铰链，我放在店铺“木作小件”栏目里了）⟧柜顶留了一块台面，放钥匙和快递刀，下面空出十五公分，每天换下的拖鞋可以直接塞进去。
刷完最后一遍木蜡油，妻子说门口终于像个家了。女儿把她的小雨靴摆在最下层，说那是她的“专属车位”。
""",
    ),
    dict(
        slug="blog-manbanpai-market-scale-wrapped-58",
        site="慢半拍的博客 (invented)",
        style="博客",
        genre="随笔",
        kind="other",
        form="text",
        source="http://manbanpai.blog.example.cn/post/2024/market-scale.html",
        title="菜市场里的那台电子秤",
        record_title="菜市场里的那台电子秤 · 随手记 · 慢半拍的博客",
        date=None,
        notes="a blog essay hard-wrapped at 58 columns; a relative post time (2 周前) and an edit stamp are no dates; "
        "the body has no date",
        page="""
!m 慢半拍的博客
!m 不赶时间，慢慢写
!t 菜市场里的那台电子秤 · 随手记 · 慢半拍的博客
!m 2 周前 · 随手记 · 阅读 356 · 最后修改于 5 天前
{BODY}
!l 喜欢这篇的话，也许会喜欢：《早市的豆腐摊》《修鞋的老周》
!l 读者留言（3）
!l 匿名访客：写得真好，我们那边也有公平秤。
!m Powered by 轻博 · 慢半拍的博客
""",
        wrap=58,
        indent="\u3000\u3000",
        body="""
我家楼下的菜市场入口，立着一台蓝色的电子秤，秤盘上贴着一张褪了色的红纸，写着“公平秤”三个字。
第一次注意到它，是因为一位老太太。她买了一斤排骨，回来放到公平秤上一称，少了二两。她没吵，只是拿着排骨又走回去。摊主红着脸补了一块，嘴里嘟囔着“秤有点飘”。
后来我也养成了习惯，买完菜先去那台秤上过一下。大多数时候都是准的，偶尔差一点，也就一两钱的事。但有了它，心里就踏实。
市场管理员老郚说，这台秤每年都要送去检定，平时他每天早上用砝码校一次零。他说：“秤是死的，人心是活的，有人盯着，秤就不敢乱跳。”
我想，一座城市的温度，有时候就藏在这样一台不起眼的秤里。
""",
    ),
    dict(
        slug="wechat-mirror-zhangnan-police-router-resale-h1",
        site="微文藏阅 (invented WeChat mirror)",
        style="公众号镜像",
        genre="新闻",
        kind="news",
        form="html",
        source="https://wwcy.example.com/s/zhangnan-gongan/2025-08-21-3",
        title="卖旧路由器之前，这三件事一定要做",
        record_title=None,
        date="2025-08-21",
        notes="WeChat mirror: no record title (the <h1>), 原创 tag, the account line is the page's date, a follow prompt glued "
        "before the first words, 阅读原文/在看/赞赏 rows, a QR line and the mirror's archive note",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>微文藏阅</title>
<meta name="viewport" content="width=device-width">
<link rel="stylesheet" href="/static/mirror.css">
<script src="/static/lazy.js" defer></script>
</head><body>
<div class="mirror-top">⟦m 微文藏阅 · 好文章值得被保存⟧　⟦a 搜索公众号⟧　⟦a 登录⟧</div>
<div class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta_list">⟦m 原创⟧　⟦m 鄣南公安　2025-08-21 18:02　发表于鄣南⟧</div>
<div class="rich_media_content">
{BODY}
</div>
<div class="rich_media_tool">⟦a 阅读原文⟧　⟦m 阅读 2.3万⟧　⟦a 在看 418⟧　⟦a 赞赏⟧</div>
<div class="qr">⟦a 长按识别二维码，关注鄣南公安⟧</div>
<div class="mirror-note">⟦d 本页由微文藏阅自动抓取保存，版权归原公众号所有，如需删除请发邮件至 del@wwcy.example.com⟧</div>
</div>
<div class="mirror-side"><h4>⟦l 该公众号近期文章⟧</h4><ul>
<li>⟦l 暑期防溺水，这些话请转给孩子⟧</li>
<li>⟦l 警惕！“刷单返利”又出新花样⟧</li></ul></div>
</body></html>
""",
        p_html="<section><p>{}</p></section>",
        body="""
⟦a 点击上方蓝字“鄣南公安”，设为星标不迷路⟧最近，我局接到群众报案，有人在二手平台上买到别人转卖的旧路由器，结果从里面翻出了原主人的宽带账号和家里摄像头的登录信息。
民警提醒，路由器里存着的东西比你想的多。转卖、送人或者丢弃之前，一定要做好三件事。
第一，恢复出厂设置。用牙签长按路由器背面的复位键十秒左右，等指示灯全部熄灭再亮起，宽带账号、无线密码、上网记录才会被清除。
第二，解除手机应用绑定。很多路由器绑定了厂家的手机应用，要先在应用里删除设备，否则买家可能通过云端看到你的设备信息。
第三，修改相关密码。如果路由器上曾经登录过宽带账号，建议联系运营商修改宽带密码；家里摄像头、智能门锁的密码也一并改掉。
如发现个人信息被泄露或被冒用，请及时拨打110或到就近派出所报案。
""",
    ),
    dict(
        slug="wechat-mirror-zaotang-shoe-cabinet-pledge-oneline",
        site="公号文摘 (invented WeChat mirror)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://gongwenzhai.example.net/a/zaotangshequ/9910417",
        title="关于楼道鞋柜“清出去、摆整齐”的倡议书",
        record_title="关于楼道鞋柜“清出去、摆整齐”的倡议书 | 藻塘社区 - 公号文摘",
        date="2025-06-12",
        date_also=["2025-06-13"],
        notes="a WeChat mirror as text with the whole body on one line; the account's posting date differs from the "
        "成文日期; a share prompt and the mirror's crawl stamp (no date)",
        page="""
!m 公号文摘 — 公众号文章备份
!t 关于楼道鞋柜“清出去、摆整齐”的倡议书 | 藻塘社区 - 公号文摘
!m 藻塘社区　2025-06-13
!a 轻触右上角“…”，把这份倡议转给邻居
{BODY}
!a 阅读原文　　在看　　写留言
!d 抓取于 5 天前，内容以原公众号为准
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
亲爱的居民朋友们：
楼道是我们每天回家的必经之路，也是发生火灾时逃生的“生命通道”。目前，社区不少楼道里摆放着鞋柜、纸箱和旧家具，既影响通行，又埋下了火灾隐患。为此，社区居委会向全体居民发出如下倡议：
一、主动把放在楼道里的鞋柜搬回家中，暂时没有地方放的，可以联系社区，由志愿者帮助搬运到架空层公共鞋架。
二、不在楼道堆放纸箱、旧家具等易燃杂物，不在楼道给电动车充电。
三、邻里之间互相提醒、互相帮助，共同维护干净整洁、安全畅通的楼道环境。
让我们从清出一只鞋柜做起，守护好每一个家的平安！
藻塘社区居民委员会
2025年6月12日
""",
    ),
    dict(
        slug="docshare-xiangwen-sewing-lease-contract-template",
        site="享文网 (invented)",
        style="文档分享",
        genre="合同范本",
        kind="other",
        form="html",
        source="https://www.xiangwen.example.com/doc/hetong/3377012.html",
        title="缝纫机设备租赁合同",
        record_title="【合同模板】缝纫机设备租赁合同（可改Word版）- 享文网",
        date=None,
        notes="a sharing page: upload notice, a points lock, a service WeChat; a contract template with 第N条, ×× placeholders and "
        "＿＿年＿＿月＿＿日 blanks; no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【合同模板】缝纫机设备租赁合同（可改Word版）- 享文网</title>
<link rel="stylesheet" href="//cdn.xiangwen.example.com/pc/doc.css">
<script src="//cdn.xiangwen.example.com/pc/doc.js"></script>
</head><body>
<div class="hd"><a class="logo" href="/">⟦m 享文网⟧</a><span>⟦m 分享一篇，帮到一群⟧</span>
<div class="nav">⟦m <a>首页</a> <a>合同协议</a> <a>行政公文</a> <a>教学资料</a> <a>我要上传</a>⟧</div></div>
<div class="bread">⟦m 享文网 ＞ 合同协议 ＞ 租赁合同⟧</div>
<div class="doc">
<h1>{T}</h1>
<div class="meta">⟦m 分享者：阿缝　格式：docx　页数：2　下载 311 次⟧</div>
<div class="upload-tip">⟦d 温馨说明：本文由网友分享，享文网仅提供信息存储空间，内容仅供参考，签约前请咨询专业人士⟧</div>
<div class="content">
{BODY}
</div>
<div class="lock">⟦a 以下内容需消耗2积分解锁，积分不足可签到领取⟧</div>
<div class="btns">⟦a 下载此文档⟧　⟦a 存入我的资料夹⟧　⟦a 举报⟧</div>
</div>
<div class="side"><h4>⟦l 同类模板⟧</h4>
<p>⟦l 服装加工厂设备租赁协议⟧</p><p>⟦l 工业缝纫机买卖合同⟧</p><p>⟦l 厂房及设备整体租赁合同⟧</p>
<div class="kefu">⟦w 找不到想要的模板？添加客服微信 xiangwen_kf09⟧</div></div>
<div class="ft">⟦m 享文网 xiangwen.example.com　皖ICP备20013356号-1⟧</div>
</body></html>
""",
        body="""
出租方（甲方）：＿＿＿＿＿＿＿＿
承租方（乙方）：＿＿＿＿＿＿＿＿
第一条　租赁设备。甲方将××牌工业平缝机＿＿台、包缝机＿＿台出租给乙方使用，设备编号见附表。
第二条　租赁期限。自＿＿年＿＿月＿＿日起至＿＿年＿＿月＿＿日止。
第三条　租金及押金。每台每月租金＿＿元，乙方于每月×日前支付当月租金；押金每台＿＿元，租期届满设备完好的，甲方无息退还。
第四条　使用与维修。乙方应按说明书操作，不得擅自拆改机头和电机；机针、皮带等易损件由乙方自行更换，电机、电控箱故障由甲方负责维修。
第五条　违约责任。乙方逾期支付租金超过15日的，甲方有权收回设备，押金不予退还。
甲方（签章）：＿＿＿＿　乙方（签章）：＿＿＿＿
签订日期：＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="docshare-wendangku-scale-summary-wps-markers",
        site="文档库网 (invented)",
        style="文档分享",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.wendangku.example.cn/p/60381127.html",
        title="浛岭县计量检定所2024年度工作总结",
        record_title="浛岭县计量检定所2024年度工作总结.wps",
        date="2025-01-10",
        notes="a sharing site's text dump of a .wps: page markers ⍢ n ⍢ on lines of their own cut sentences; upload notice, "
        "a points lock; the 成文日期 under the signature",
        page="""
!m 文档库网
!t 浛岭县计量检定所2024年度工作总结.wps
!m 格式：wps　｜　3页　｜　上传时间：2025-02-27
!d 提示：文档为网友上传，若有侵犯您权益的内容，请通过页面底部的反馈入口告知
{BODY}
!a 余下内容需5积分查看，分享本页给好友可得积分
!l 同类文档：计量所年度工作总结（三篇）｜市场监管系统计量工作汇报
!m 文档库网　客服邮箱 help@wendangku.example.cn
""",
        indent="\u3000\u3000",
        pages=dict(fmt="⍢ {n} ⍢", every=110, start=2),
        body="""
2024年，县计量检定所围绕民生计量和企业服务两条主线，全年完成各类计量器具检定校准1.86万台件，较上年增长12%。现将全年工作总结如下。
一、民生计量扎实推进。对全县23个集贸市场的电子计价秤开展免费检定，共检定电子秤3412台，查处作弊秤17台，在各市场设置公平秤46台。
二、企业服务不断深化。走访食品、建材等企业41家，为企业上门检定电子台秤、地磅等衡器620台件，帮助5家企业建立计量管理制度。
三、存在的不足。检定人员年龄偏大，电子秤快速检定设备不足，乡镇覆盖还有空白。
2025年，我们将争取增配移动检定车，推动检定服务进乡镇、进市场。
浛岭县计量检定所
2025年1月10日
""",
    ),
    dict(
        slug="edu-yujiang-notice-classroom-microphones-attachments",
        site="犨城市瀔江区教育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.yujiang.example.gov.cn/tzgg/2025/0905/1172.html",
        title="关于做好中小学教室扩音话筒配备和使用管理工作的通知",
        record_title="关于做好中小学教室扩音话筒配备和使用管理工作的通知_通知公告_瀔江区教育局",
        date="2025-09-03",
        date_also=["2025-09-05"],
        notes="education bureau: 大字版/语音读屏 links, an attachment download link beside the 附件 list, the notice's contact beside "
        "the site's technical-support line; the site's date differs from the 成文日期",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于做好中小学教室扩音话筒配备和使用管理工作的通知_通知公告_瀔江区教育局</title>
<link rel="stylesheet" href="/css/jyj_main.css">
<script src="/js/jquery-1.12.js"></script>
</head><body>
<div class="top">⟦a <a href="/big/">大字版</a> | <a href="javascript:;">语音读屏</a>⟧　⟦m 今天是：<span id="today"></span>⟧</div>
<div class="head"><div class="logo">⟦m 犨城市瀔江区教育局⟧</div><div class="motto">⟦m 办人民满意的瀔江教育⟧</div></div>
<div class="menu">⟦m <a>首页</a> <a>机构概况</a> <a>教育动态</a> <a>通知公告</a> <a>招生考试</a> <a>办事指南</a>⟧</div>
<div class="where">⟦m 首页 &gt;&gt; 通知公告 &gt;&gt; 正文⟧</div>
<div class="article">
<h2>{T}</h2>
<p class="info">⟦m 发布时间：2025-09-05　来源：装备中心　点击：<span>1174</span>⟧</p>
<div class="text">
{BODY}
</div>
<div class="attach">⟦a 附件：<a href="/upload/2025/09/huatongtaizhang.xls">教室扩音设备登记表.xls</a>（点击下载）⟧</div>
<div class="tool">⟦a [打印本页]　[关闭本页]⟧</div>
</div>
<div class="foot">
<p>⟦m 主办：犨城市瀔江区教育局　地址：瀔江区文昌路22号⟧</p>
<p>⟦m 网站技术支持：0739-8812045⟧</p>
<p>⟦m 湘ICP备13009127号-3⟧</p>
</div>
</body></html>
""",
        body="""
各中小学校：
近期，部分家长反映个别教室扩音话筒音量过大、啸叫明显，影响学生听力和相邻班级上课。为保护师生听力健康，现就教室扩音话筒配备和使用管理有关事项通知如下。
一、规范配备。班额在45人以下的教室原则上不配备扩音话筒；确需配备的，应选用头戴式或领夹式低噪声话筒，由学校统一采购，教师不得自行购买高功率“小蜜蜂”。
二、控制音量。话筒音量以教室后排能听清为准，扬声器不得正对学生。
三、登记管理。各校于9月20日前完成在用扩音设备登记，填写附件表格后报区教育装备中心。
联系人：章晓岚，电话：0739-8812317。
附件：教室扩音设备登记表
犨城市瀔江区教育局
2025年9月3日
""",
    ),
    dict(
        slug="edu-yaotian-notice-campus-routers-record-title",
        site="鄌田乡中心学校 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.ytxzx.example.edu.cn/xxgg/20250303/0112.html",
        title="关于规范校园网络接入严禁私设无线路由器的通知",
        date="2025-03-03",
        notes="a school site as text, record title as is; the notice asks staff to scan a code to register devices "
        "(扫码 as content); a visitor count and a 打印 row",
        page="""
!m 鄌田乡中心学校
!m 学校首页 | 学校概况 | 校园新闻 | 通知公告 | 教研天地
!m 当前位置：通知公告
{T}
!m 发布人：校办　访问量：391
{BODY}
!a 【打印】【收藏】【返回顶部】
!l 上一篇：关于2025年春季开学安全大检查的通知
!m 版权所有：鄌田乡中心学校　技术维护：鄑阳县电教站
""",
        indent="\u3000\u3000",
        body="""
各教研组、各办公室：
近期学校网络频繁卡顿，经县电教站检测，主要原因是部分办公室私自接入无线路由器，造成地址冲突和信号互相干扰。为保障教学网络稳定和信息安全，现就有关事项通知如下：
1.自即日起，任何办公室和个人不得私设无线路由器，已私设的请于3月7日前自行拆除。
2.学校将在每层走廊统一安装吸顶式无线接入点，教师用工号登录使用。
3.确需接入打印机等设备的，请扫描信息中心门口的二维码登记，由网管统一配置。
4.信息中心将不定期检查，发现私设设备的，予以收缴并在全校通报。
鄌田乡中心学校
2025年3月3日
""",
    ),
    dict(
        slug="oa-huafeng-minutes-needle-breakage",
        site="华缝服饰协同办公平台 (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.huafeng.example.local/seeyon/collaboration/summary?id=-7720154",
        title="关于平缝机断针质量问题专题会议纪要",
        record_title="〖品质专题会〗关于平缝机断针质量问题专题会议纪要 - 华缝协同办公",
        date="2025-04-22",
        date_also=["2025-04-24"],
        notes="OA document view: 流转记录, read count, a confirm-read button and a watermark; minutes with 时间/地点/主持/参会/记录 "
        "lines and a vote count; the OA send date differs from the meeting date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〖品质专题会〗关于平缝机断针质量问题专题会议纪要 - 华缝协同办公</title>
<link rel="stylesheet" href="/seeyon/skin/default/oa.css">
<script src="/seeyon/common/js/watermark.js"></script>
</head><body>
<div class="oa-head">⟦m 华缝服饰协同办公平台⟧　⟦m 欢迎您，品质部 蒋禾苗⟧　⟦a 退出⟧</div>
<div class="oa-menu">⟦m <a>工作台</a> <a>协同工作</a> <a>公文管理</a> <a>知识文档</a> <a>通讯录</a>⟧</div>
<div class="oa-doc">
<div class="doc-head"><h2>{T}</h2>
<p>⟦m 发起人：生产部 郚建国　发送时间：2025-04-24 09:12　紧急程度：普通⟧</p>
<p>⟦m 已阅 36 / 应阅 41⟧</p></div>
<div class="doc-body">
{BODY}
</div>
<div class="watermark">⟦d 内部资料 严禁外传 蒋禾苗 0318⟧</div>
<div class="doc-btns">⟦a 确认已阅⟧　⟦a 转发⟧　⟦a 打印⟧</div>
<div class="flow"><h4>⟦l 流转记录⟧</h4>
<table><tr><td>⟦l 郚建国　发起　04-24 09:12⟧</td></tr>
<tr><td>⟦l 蒋禾苗　已阅　04-24 09:40⟧</td></tr>
<tr><td>⟦l 骆一帆　已阅并回复“收到，按纪要执行”　04-24 10:05⟧</td></tr></table></div>
</div>
<div class="oa-foot">⟦m 华缝服饰有限公司 信息中心 · 内线 8010⟧</div>
</body></html>
""",
        body="""
时间：2025年4月22日14:30
地点：公司三楼质量会议室
主持：郚建国（生产部经理）
参会：品质部、设备科、缝制一车间、缝制二车间负责人及班组长共11人
记录：蒋禾苗
会议听取了品质部关于4月上旬平缝机断针问题的情况汇报。4月1日至20日，两个缝制车间共发生断针112次，其中3次断针碎片混入成品，被客户验货时发现。
经讨论，会议议定以下事项：
一、设备科于4月30日前对全部186台平缝机的针杆、压脚进行一次校正，更换磨损件。
二、各车间严格执行断针登记制度，断针必须找齐碎片、拼合后贴在登记本上，找不齐的整批产品过金属探测器复检。
三、实行机针以旧换新，班组长每日发放、回收机针并记录。
以上事项经表决，11人同意，0人反对。
""",
    ),
    dict(
        slug="intranet-xianda-scale-rules-articles",
        site="鄑阳鲜达食品内网 (invented)",
        style="企业内网",
        genre="制度",
        kind="other",
        form="text",
        source="http://intra.xianda.example.local/zdk/view.jsp?id=2025-031",
        title="称重车间电子秤使用管理规程",
        record_title="制度汇编 › 称重车间电子秤使用管理规程 - 鲜达内网",
        date=None,
        notes="an intranet rule with 第N条 articles that speak of 扫码/打印 as content; only an effective clause (no date); "
        "a confidentiality line, a revision stamp and an export stamp (no dates)",
        page="""
!m 鲜达食品内网　｜　制度库
!m 当前：制度库 > 生产管理 > 计量器具
!t 制度汇编 › 称重车间电子秤使用管理规程 - 鲜达内网
!m 编号：XD-SC-031　版本：B/2　归口：品质部
!d 本制度仅限公司内部使用，未经批准不得对外提供
{BODY}
!a 导出PDF　　发起修订申请　　订阅本制度变更
!m 导出人：骆一帆　导出于今天 10:26
""",
        body="""
第一条　为保证产品称重准确，规范称重车间电子秤的使用和管理，制定本规程。
第二条　本规程适用于称重车间所有电子台秤、电子计价秤和包装线上的检重秤。
第三条　电子秤由品质部统一编号建档，每年送县计量检定所检定一次，检定合格后贴合格标志方可使用。
第四条　操作员每日开机预热十五分钟，用标准砝码校零后，扫描秤体上的二维码登记校验结果。
第五条　称重单据打印后须由操作员和复核员双签，单据保存一年。
第六条　严禁私自调整电子秤参数，发现显示异常应立即停用，挂“停用”牌并报品质部。
第七条　本规程由品质部负责解释，自印发之日起施行。
""",
    ),
]

"""holdout372, part B: blogs, WeChat mirrors, document-sharing sites, education portals, intranets.

Invented text, written by hand for this part; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="blog-banchuang-cup-holder-essay-typecho",
        site="半窗山居 (invented, Typecho-like blog)",
        style="博客",
        genre="随笔",
        kind="other",
        form="html",
        source="https://banchuang.me/archives/412/",
        title="给老房子的卫生间装了一个漱口杯架",
        record_title="给老房子的卫生间装了一个漱口杯架 - 手作小记 - 半窗山居",
        date="2024-05-12",
        notes="Typecho-like blog: bracketed post time as the page's date, tag cloud, archive, calendar, comment form; "
        "a like prompt glued after a sentence",
        page="""
<!DOCTYPE HTML>
<html>
<head>
<meta charset="UTF-8">
<title>给老房子的卫生间装了一个漱口杯架 - 手作小记 - 半窗山居</title>
<link rel="stylesheet" href="https://banchuang.me/usr/themes/shanju/style.css">
<script src="https://banchuang.me/usr/themes/shanju/lazy.js"></script>
</head>
<body>
<header id="header">
<div class="site-name"><a href="/">⟦m 半窗山居⟧</a><p>⟦m 半窗山色半窗书，一个木匠爱好者的碎碎念⟧</p></div>
<nav>⟦m 山居门口⟧ ⟦m 手作小记⟧ ⟦m 读书⟧ ⟦m 关于我⟧ ⟦m 留言板⟧</nav>
</header>
<div id="main">
<article class="post">
<h2 class="post-title">{T}</h2>
<p class="post-meta">⟦m [2024-05-12 21:06] 作者：窗边木屑 · 分类：手作小记 · 阅读 (284)⟧</p>
<div class="post-content">
{BODY}
</div>
<p class="tags">⟦l 本文标签：木工 卫生间 老房改造⟧</p>
<p class="license">⟦d 本文由窗边木屑原创，转载请留个链接，别改名字就好。⟧</p>
</article>
<nav class="post-near">⟦l « 上一篇：用边角料做了一个鞋拔子⟧　⟦l 下一篇：樟木箱子的第二次上油 »⟧</nav>
<div id="comments">
<h3>⟦l 已有 7 条评论⟧</h3>
<ol><li>⟦l 松针茶：杯架那个滴水槽的想法太好了，我家就是老积水⟧</li>
<li>⟦l 窗边木屑 回复 松针茶：槽底记得刷两遍清漆哈⟧</li></ol>
<form>⟦a 称呼（必填）　邮箱（必填）　网站　提交评论⟧</form>
</div>
</div>
<aside id="secondary">
<section><h3>⟦l 标签云⟧</h3><p>⟦l 木工 · 榫卯 · 旧物 · 收纳 · 刨子 · 老房改造⟧</p></section>
<section><h3>⟦l 文章归档⟧</h3><ul><li>⟦l 2024年5月 (3)⟧</li><li>⟦l 2024年4月 (5)⟧</li><li>⟦l 2024年3月 (2)⟧</li></ul></section>
<section><h3>⟦l 日历⟧</h3><p>⟦l 2024年五月　一 二 三 四 五 六 日⟧</p></section>
</aside>
<footer id="footer">⟦m © 2018-2024 半窗山居 · 由 Typecho 强力驱动 · 皖ICP备18011647号⟧</footer>
<script>lazyload();</script>
</body>
</html>
""",
        body="""
家里这套房子是九十年代的老房，卫生间洗手台上没有一处能放东西的地方。两个漱口杯、三把牙刷常年挤在台面一角，台面一湿，杯底就是一圈水渍。
上周末翻出一块剩下的柚木板，决定给卫生间做个漱口杯架。尺寸量了三遍：宽四十厘米，两个杯孔直径七厘米，中间留一排插牙刷的小孔。
最费心思的是排水。我在杯孔下面铣了一道斜槽，槽口朝向洗手盆，杯子里滴下的水顺着槽流走，不会积在木头上。⟦a 觉得有用的话，点个小红心再走呗⟧
打磨、刷清漆、晾了两天，周三晚上用两颗膨胀螺丝把杯架固定在镜子下方。老婆说比超市买的塑料杯架顺眼多了，女儿则坚持要在自己的杯孔边上刻一只小兔子。
木头怕水，我打算每过半年拆下来重新刷一遍漆。手作的东西，用着用着就有了感情。
""",
    ),
    dict(
        slug="blog-fenbi-teacher-tds-pen-wrapped-58",
        site="粉笔头的小屋 (invented, teacher's blog)",
        style="博客",
        genre="随笔",
        kind="other",
        form="text",
        source="http://fenbitou.blog.jyshequ.cn/post/2024/10/16/8842.html",
        title="带孩子们用水质笔测了一回校园饮水",
        record_title="带孩子们用水质笔测了一回校园饮水 - 科学课札记 - 粉笔头的小屋",
        date="2024-10-16",
        notes="a teacher's blog copied as text, hard-wrapped at 58 columns; a 发表于 line as the page's date; "
        "comments and a blog roll after the post",
        page="""
!m 粉笔头的小屋
!m 一个乡村科学老师的课堂边角料
!m 首页　·　科学课札记　·　班级日常　·　留言
!t 带孩子们用水质笔测了一回校园饮水 - 科学课札记 - 粉笔头的小屋
{T}
!m 发表于 2024年10月16日　分类：科学课札记　浏览 215 次　评论 4 条
{BODY}
!l 标签：水质笔　科学课　饮水
!l ← 前一篇：秋分那天我们量了旗杆的影子
!l → 后一篇：给五年级的电路课准备了二十个电池盒
!l 网友评论
!l 雨后青苔：孩子们记录得真认真，表格可以分享一下吗？
!l 粉笔头 回复：表格是课本配套的，我拍照发你邮箱了。
!a 写下你的评论…（需登录教师社区账号）
!m 本博客托管于教育社区博客平台　jyshequ.cn
""",
        indent="\u3000\u3000",
        wrap=58,
        body="""
这学期科学课讲到“水的净化”，我从网上买了两支水质笔，想让孩子们自己动手测一测学校的水。
上课前一天，我让每个小组带一个干净的矿泉水瓶，分别去接教学楼的自来水、食堂的开水、操场边的直饮机出水，还有一瓶是前两天下雨接的雨水。
测的时候，孩子们轮流拿笔，先按开关，再把笔头插进水里，等数字不跳了再读。直饮机出水的读数最低，只有十几；自来水一百多一点；雨水出乎大家意料，也只有二三十。
有个孩子问我：“读数低的水是不是就最干净？”我趁机告诉他们，水质笔测的是水里溶解了多少东西，并不能说明有没有细菌，干不干净还要看别的检测。
下课前，各组把读数写在黑板上，比来比去，热闹了好一阵。下周打算带他们去看看学校的净水设备是怎么工作的。
""",
    ),
    dict(
        slug="wechat-xicheng-cdc-filter-jug-mirror",
        site="公号文摘馆 (invented WeChat mirror)",
        style="公众号镜像",
        genre="科普",
        kind="other",
        form="html",
        source="https://www.gonghaowenzhai.com/a/xichengjikong/2024080200153.html",
        title="净水壶滤芯，到底多久换一次？",
        record_title=None,
        date="2024-08-02",
        notes="no title in the record (the <h1> gives it); WeChat mirror with 原创, an account line as the page's date, "
        "a star prompt glued before the first line, 阅读原文/在看/赞赏 rows, a QR line and the mirror's archive note",
        page="""
<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>净水壶滤芯，到底多久换一次？ - 钖城疾控 - 公号文摘馆</title>
<script src="/static/mirror.js"></script>
</head>
<body>
<div class="mirror-top">⟦m 公号文摘馆⟧　⟦m 好文章，值得多留一份⟧　<a href="/account/xichengjikong">⟦m 钖城疾控 的全部文章⟧</a></div>
<div id="js_article" class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta_list">⟦m 原创⟧ ⟦m 健康教育科 钖城疾控⟧ ⟦m 2024年8月2日 17:35 广西⟧</div>
<div class="rich_media_content" id="js_content">
{BODY}
</div>
<div class="rich_media_tool">⟦l 阅读原文⟧　⟦l 阅读 3516⟧　⟦a 分享　赞　在看⟧</div>
<div class="reward">⟦a 喜欢作者　赞赏⟧</div>
<div class="qr">⟦a 长按识别下方二维码，关注“钖城疾控”⟧</div>
</div>
<div class="mirror-note">⟦d 本页由公号文摘馆自动存档，原文版权归原公众号所有，如需删除请发邮件至 del@gonghaowenzhai.com⟧</div>
<div class="mirror-more">
<h4>⟦l 同一公众号的其他存档⟧</h4>
<p>⟦l 高温天，这几类人要当心热射病⟧</p>
<p>⟦l 饮水机多久清洗一次？答案在这⟧</p>
</div>
<footer>⟦m 公号文摘馆 gonghaowenzhai.com　沪ICP备20011568号-2⟧</footer>
</body>
</html>
""",
        p_html='<section><p style="line-height:1.75em;letter-spacing:0.5px;">{}</p></section>',
        body="""
⟦a 点击上方蓝字“钖城疾控”，再点右上角“…”设为星标⟧不少家庭用净水壶过滤自来水，买的时候图方便，换滤芯却常常忘记。今天就来说说，滤芯到底多久换一次。
一、看说明书上的“额定总净水量”。这个数字是滤芯能处理的水量，比如标称150升，一家三口每天滤水5升左右，一个月就到头了。
二、看出水变化。如果过滤速度明显变慢，或者出水有异味，说明滤芯已经堵塞或失效，不管用了多久都该换。
三、别把滤芯当“永久牌”。滤芯吸附的杂质越来越多，过了寿命还继续用，里面可能滋生细菌，滤出来的水反而不如自来水。
另外提醒大家，净水壶壶体每周要拆开清洗一次，长时间不用的，重新使用前先滤两壶水倒掉。
""",
    ),
    dict(
        slug="wechat-zhaochuan-pledge-staple-remover-text",
        site="公号书架 (invented WeChat mirror, text export)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.ghyuelanshi.cn/mp/zcjgsw/20240423/1187.html",
        title="让每一枚订书钉都退得干净——机关节约用纸倡议书",
        record_title="让每一枚订书钉都退得干净——机关节约用纸倡议书｜钊川机关事务（公号转存）",
        date="2024-04-22",
        date_also=["2024-04-23"],
        notes="WeChat article exported as text: account line dated a day after the signature; a follow prompt before the "
        "salutation; 分享 spoken of as content; 成文日期 under the signature",
        page="""
!m 公号书架 · 转存
!t 让每一枚订书钉都退得干净——机关节约用纸倡议书｜钊川机关事务（公号转存）
{T}
!m 钊川机关事务　2024-04-23 08:30
{BODY}
!l ▼往期回顾
!l 机关食堂“光盘行动”五月排行榜出炉
!l 办公区充电桩使用须知
!a 分享　·　点赞　·　在看　·　写留言
!d 转存说明：内容来自公众号“钊川机关事务”，公号书架仅作存档，著作权归原作者。
""",
        indent="",
        body="""
⟦a ↑ 轻点上方名片，关注钊川机关事务⟧县直各单位全体干部职工：
一张纸看似不起眼，但全县机关每年用纸超过两千万张。废旧文件回收时，订书钉混在纸里，既影响再生纸质量，也伤了粉碎机的刀片。为此，我们倡议：
一、每个科室配一把起钉器。文件归档、废纸回收前，先用起钉器把订书钉取下，钉归钉、纸归纸，分开投放。
二、能不钉的不钉。内部传阅的材料优先用回形针或长尾夹，一份材料只钉一枚钉，钉在左上角。
三、双面打印、反面再用。非正式材料一律双面打印，单面废纸裁成便签继续使用。
四、争当节约宣传员。欢迎大家把身边的节约小妙招写下来，分享到各单位工作群，让节约成为习惯。
钊川县机关事务服务中心
2024年4月22日
""",
    ),
    dict(
        slug="docshare-qizhi-numbering-rules-docx",
        site="栖枝文档 (invented document-sharing site)",
        style="文档分享",
        genre="规定",
        kind="rule",
        form="html",
        source="https://www.qizhidoc.com/d/2024/0715/64a1e3.html",
        title="财务票据号码机使用管理规定",
        record_title="财务票据号码机使用管理规定.docx",
        date=None,
        notes="a file name as the record title; a sharing page with a file-info box, a points lock and a service WeChat; "
        "第N条 articles that speak of 打印 as content; only an effective clause, no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>财务票据号码机使用管理规定.docx_栖枝文档</title>
<script src="/js/qz-viewer.js"></script>
</head>
<body>
<div class="hd">⟦m 栖枝文档⟧ <span>⟦m 择一枝栖，存一份文⟧</span> <a>⟦a 上传赚积分⟧</a> <a>⟦a 我的栖枝⟧</a></div>
<div class="bread">⟦m 栖枝文档 ＞ 企业管理 ＞ 财务制度⟧</div>
<div class="file-box">
<h1>{T}</h1>
<ul>
<li>⟦m 文档格式：DOCX⟧</li><li>⟦m 大小：21.6KB⟧</li><li>⟦m 页数：2⟧</li>
<li>⟦m 分享者：会计小灶⟧</li><li>⟦m 入库时间：2024-07-15⟧</li><li>⟦m 下载次数：77⟧</li>
</ul>
</div>
<div class="doc-body">
{BODY}
</div>
<div class="lock">⟦a 本文档共2页，签到满7天可兑换完整下载权限⟧</div>
<div class="btns">⟦a 立即下载（需15积分）⟧ ⟦a 收入我的文件夹⟧ ⟦a 报告问题⟧</div>
<div class="svc">⟦w 下载遇到问题？添加栖枝客服微信 qizhi_kf07⟧</div>
<div class="side">
<h4>⟦l 大家也在看⟧</h4>
<p>⟦l 单位印章使用登记制度（范本）⟧</p>
<p>⟦l 现金日记账管理细则.doc⟧</p>
</div>
<div class="ft">⟦d 栖枝文档所有资料均来自网友分享，若有侵权，请发送证明材料至 banquan@qizhidoc.com⟧<br>⟦m © 栖枝文档 qizhidoc.com 粤ICP备21066104号⟧</div>
</body>
</html>
""",
        body="""
第一条　为规范公司财务票据编号工作，防止票据重号、漏号，制定本规定。
第二条　本规定所称号码机，是指财务部用于在收据、领料单、报销单等票据上打印连续编号的手动或电动号码机。
第三条　号码机由财务部指定专人保管，存放于带锁的文件柜内，不得带出财务部。
第四条　每次打号前，保管人应核对号码机显示的起始号与上一本票据的终止号是否连续，并在《号码机使用登记簿》上写明日期、票据种类、起止号码。
第五条　打号时发现跳号、重号或字迹不清的，应将该票据作废并加盖“作废”章，不得撕毁；作废票据随存根一并保管。
第六条　号码机出现故障需送修的，由保管人填写送修单，修复后打印三张试样，经财务部负责人确认后方可使用。
第七条　保管人调岗时，应办理号码机交接，交接双方和监交人在登记簿上签字。
第八条　本规定由财务部负责解释，自印发之日起施行。
""",
    ),
    dict(
        slug="docshare-lange-kindergarten-cup-holder-plan-markers",
        site="蓝格文档 (invented document-sharing site)",
        style="文档分享",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.langedoc.cn/share/8a31c07e52.html",
        title="坋田镇中心幼儿园漱口杯架清洗消毒工作方案",
        record_title="坋田镇中心幼儿园漱口杯架清洗消毒工作方案（保健室专用·附记录表说明）",
        date="2024-09-02",
        notes="a sharing page's text with an upload notice; page markers ➸ n glued with a space to the continuation line, "
        "cutting sentences; numbered steps; 成文日期 under the signature",
        page="""
!m 蓝格文档　·　共享你的每一页
!m 分类：教育资料 › 幼儿园 › 卫生保健
!t 坋田镇中心幼儿园漱口杯架清洗消毒工作方案（保健室专用·附记录表说明）
!m 贡献者：园丁阿葵　｜　4页　｜　分享于 2024-09-05　｜　热度 ★★★☆☆
!d 该资料由蓝格用户自愿分享，仅用于交流学习，请勿用于商业用途；如需原件请联系分享者本人。
{T}
{BODY}
!a 已阅读到文档末尾，点此把整份方案保存到蓝格云盘
!a 举报　|　收藏　|　分享给同事
!l 你可能需要：幼儿园晨检工作流程　托班餐具消毒记录表　保育员一日工作细则
!m 蓝格文档 langedoc.cn　苏ICP备20047715号-1
""",
        indent="\u3000\u3000",
        pages=dict(fmt="➸ {n}", every=95, start=2, glue=True, sep=" "),
        body="""
为做好幼儿漱口杯及杯架的日常清洗消毒，预防手足口病等传染病在园内传播，结合本园实际，制定本方案。
一、职责分工。各班保育员负责本班漱口杯架的日常清洗消毒，保健医生负责每周检查和记录抽查。
二、清洗消毒流程。1．每日午睡前收回幼儿漱口杯，杯架整体从墙面挂钩上取下；2．杯架用洗涤剂刷洗，重点清洗杯孔底部和滴水槽；3．清洗后的杯架放入消毒柜，或用含氯消毒液浸泡30分钟后用清水冲净；4．杯架晾干后再挂回原位，杯口朝下放置。
三、日常要求。杯架上的幼儿标识要与漱口杯一一对应，不得混放；杯架出现裂纹、积垢难以清除的，报后勤及时更换。
四、记录与检查。保育员每日填写《清洗消毒记录表》，保健医生每周五检查一次，检查结果在教职工例会上通报。
坋田镇中心幼儿园
2024年9月2日
""",
    ),
    dict(
        slug="edu-minyang-notice-dorm-cup-holders-attachments",
        site="旼阳教育网 (invented county education portal)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.minyang.gov.cn/tzgg/2024/0311/4471.html",
        title="旼阳县教育局关于规范中小学寄宿生宿舍漱口杯架配置的通知",
        record_title="【后勤装备】旼阳县教育局关于规范中小学寄宿生宿舍漱口杯架配置的通知 - 旼阳教育网",
        date="2024-03-08",
        date_also=["2024-03-11"],
        notes="education portal: 适老/读屏 links, a 文号 line neutral, the bureau's contact and mailbox beside a "
        "technical-support line, 附件 list beside attachment download links, a data table one row a paragraph",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【后勤装备】旼阳县教育局关于规范中小学寄宿生宿舍漱口杯架配置的通知 - 旼阳教育网</title>
<script src="/assets/js/jquery-3.6.0.min.js"></script>
<script src="/assets/js/aria.js"></script>
</head>
<body>
<div class="topline">⟦a 老年友好版⟧ ⟦a 读屏模式开启⟧ ⟦a 教育系统邮箱登录⟧</div>
<div class="logo-area">⟦m 旼阳教育网⟧ <span>⟦m 旼阳县教育局主办⟧</span></div>
<ul class="navbar"><li>⟦m 教育要闻⟧</li><li>⟦m 通知公告⟧</li><li>⟦m 政策法规⟧</li><li>⟦m 招生考试⟧</li><li>⟦m 装备后勤⟧</li></ul>
<div class="path">⟦m 首页 ＞＞ 通知公告 ＞＞ 装备后勤⟧</div>
<div class="detail">
<h2>{T}</h2>
<p class="fwh">旼教后〔2024〕6号</p>
<p class="info">⟦m 发布日期：2024-03-11　发布科室：后勤保障股　点击：<span>1472</span>⟧</p>
<div class="detail-content">
{BODY}
</div>
<div class="attach">
<p>⟦a 附件1：寄宿生宿舍洗漱设施配置标准.pdf（点击下载）⟧</p>
<p>⟦a 附件2：配置情况统计表.xlsx（点击下载）⟧</p>
</div>
<p class="ops">⟦a 【收藏本页】【打印此文】【关闭】⟧</p>
</div>
<div class="foot">
<p>⟦m 旼阳县教育局　地址：旼阳县文昌路18号⟧</p>
<p>⟦m 网站技术支持：旼阳县教育信息中心　技术电话：0739-5201877⟧</p>
<p>⟦m 湘ICP备09002661号-1⟧</p>
</div>
</body>
</html>
""",
        body="""
各寄宿制中小学：
为改善寄宿生生活条件，减少漱口杯混用、随地摆放带来的卫生隐患，经研究，决定在全县寄宿制学校规范配置宿舍漱口杯架。现将有关事项通知如下。
一、配置标准。每间宿舍按床位数配置壁挂式漱口杯架，每个杯位对应一名学生，杯架下沿距地面不低于1.2米，并设置滴水槽。
二、配置数量。全县寄宿制学校共需配置杯位4380个，具体如下：
学校类别　学校数　宿舍间数　杯位数
初级中学　6所　312间　2496个
九年一贯制学校　4所　148间　1184个
中心小学　5所　100间　700个
三、时间安排。各校于3月31日前完成安装，4月10日前将配置情况统计表报县教育局后勤保障股。
四、日常管理。杯架纳入宿舍内务检查，每周清洗一次，每学期消毒不少于四次。
联系人：龙佩瑶　电话：0739-5203316　邮箱：mjhqbz@163.com
附件：1．寄宿生宿舍洗漱设施配置标准
2．配置情况统计表
旼阳县教育局
2024年3月8日
""",
    ),
    dict(
        slug="edu-fenshui-notice-tds-pen-practice-record-title",
        site="昐水县教育和体育局网站 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="https://jtj.fenshui.gov.cn/html/2024/tzgg_0923/9051.html",
        title="关于开展“校园饮水我来测”水质笔实践活动的通知",
        date="2024-09-20",
        date_also=["2024-09-23"],
        notes="title from the record as is; sentences that speak of 扫码 and 下载 as content; 成文日期 under the "
        "signature; portal chrome in the text copy",
        page="""
!m 昐水县教育和体育局
!m 网站首页｜机构职能｜通知公告｜教研动态｜体育艺术
!m 您的位置：首页 / 通知公告
{T}
!m 信息来源：基础教育股　　日期：2024-09-23　　访问量：829
!a 〔加大〕〔正常〕〔减小〕　〔打印〕〔关闭〕
{BODY}
!l 相关通知：关于举办全县中小学生科技创新大赛的通知
!m 昐水县教育和体育局版权所有　技术维护：县教育技术装备站
!m 地址：昐水县滨江大道66号　湘ICP备12017790号
""",
        indent="\u3000\u3000",
        body="""
各中小学：
为培养学生科学探究能力，增强饮水安全意识，县教育和体育局决定在全县中小学开展“校园饮水我来测”水质笔实践活动。现将有关事项通知如下。
一、活动对象。全县小学四年级至初中二年级学生，以班级为单位参加。
二、活动内容。各班在科学或生物教师指导下，使用水质笔对校园直饮水、开水房出水和自来水进行测量，连续记录两周，比较读数变化，并写出实践小报告。
三、器材保障。每所学校配发水质笔4支，由县教育技术装备站统一发放；各校可根据需要自行增购。
四、成果报送。各校请于10月25日前扫描活动通知下方的报送二维码，上传优秀实践报告不超过3篇；报告模板请在县教育云平台“资源下载”栏目下载。
五、有关要求。水质笔读数只反映溶解性总固体，不能据此判断水质是否合格，教师要向学生讲清楚，防止引起不必要的恐慌。
昐水县教育和体育局
2024年9月20日
""",
    ),
    dict(
        slug="oa-xitang-print-works-numbering-minutes",
        site="坢溪印务协同办公系统 (invented intranet)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.bxyinwu.local/doc/view.do?docid=20241106-0032",
        title="关于更新票据印制车间号码机的专题会议纪要",
        record_title="〔纪要·设备更新〕关于更新票据印制车间号码机的专题会议纪要 - 坢溪印务协同办公",
        date="2024-11-06",
        date_also=["2024-11-07"],
        notes="OA document view: 流转记录, read counts, archive/forward buttons; the 时间/地点/主持/参会/记录 lines and a vote "
        "count inside the minutes; the meeting date differs from the posting date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〔纪要·设备更新〕关于更新票据印制车间号码机的专题会议纪要 - 坢溪印务协同办公</title>
<script src="/oa/static/js/oa-core.js"></script>
</head>
<body class="oa">
<div class="oa-top">⟦m 坢溪印务 · 协同办公⟧　⟦m 当前用户：质检部 韩雨桐⟧　⟦a 切换账号⟧　⟦a 注销登录⟧</div>
<div class="oa-menu">⟦m 待办事项⟧ ⟦m 公文管理⟧ ⟦m 会议纪要⟧ ⟦m 通讯录⟧ ⟦m 个人设置⟧</div>
<div class="oa-path">⟦m 公文管理 › 会议纪要 › 文档查看⟧</div>
<div class="oa-doc">
<h3>{T}</h3>
<table class="doc-attr"><tr><td>⟦m 拟稿：综合办 钟晓蓓⟧</td><td>⟦m 发布：2024-11-07 16:20⟧</td><td>⟦m 已阅 41 人 / 未阅 6 人⟧</td></tr></table>
<div class="doc-text">
{BODY}
</div>
<div class="doc-btn">⟦a 归档本文⟧ ⟦a 转发本纪要⟧ ⟦a 输出为PDF版⟧ ⟦a 标为已读⟧</div>
</div>
<div class="oa-flow">
<h4>⟦m 流转记录⟧</h4>
<p>⟦m 11-07 15:02 钟晓蓓 起草 → 11-07 15:48 许国梁 审核 → 11-07 16:20 综合办 发布⟧</p>
</div>
<div class="oa-foot">⟦d 内部资料，严禁截图外传　坢溪印务有限公司信息中心⟧</div>
</body>
</html>
""",
        body="""
时间：2024年11月6日上午9:00
地点：公司三楼小会议室
主持：许国梁（副总经理）
参会：生产部、质检部、设备部、财务部负责人及票据印制车间班组长
记录：钟晓蓓
会议专题研究票据印制车间号码机更新事宜。现纪要如下：
一、设备部汇报，车间现有六台轮转号码机中有四台已使用十二年，字轮磨损导致的跳号、重号今年已发生9起，客户投诉3次。
二、质检部提出，新机须具备自动计数和断号报警功能，每批票据打号后抽检比例由1%提高到3%。
三、会议对“一次更换四台”和“今年换两台、明年换两台”两个方案进行表决，参会9人，同意一次更换的7人，同意分两年更换的2人，通过一次更换方案。
四、由设备部牵头，财务部配合，12月15日前完成采购和安装调试，旧号码机报废前须清点字轮并登记。
""",
    ),
    dict(
        slug="intranet-biyuan-filter-batch-circular-record-date",
        site="碧源净水内网资讯 (invented intranet, text export)",
        style="企业内网",
        genre="通报",
        kind="notice",
        form="text",
        source="http://intra.biyuan-water.com/news/neibu/2024/0830/113.html",
        title="关于FJ-07批次净水壶滤芯装填量不足问题的通报",
        record_title="【内网·质量警示】关于FJ-07批次净水壶滤芯装填量不足问题的通报（仅限内网）",
        record_date="2024-08-30",
        date="2024-08-30",
        notes="the record gives the date; an intranet's text export with login and classification lines; a table one row "
        "a paragraph; 抄送 line; 成文日期 under the signature",
        page="""
!m 碧源净水内网 ▏ 员工专区
!m 欢迎你，品管部 覃文皓　｜　退出
!m 内网首页 ＞ 内部资讯 ＞ 质量通报
!t 【内网·质量警示】关于FJ-07批次净水壶滤芯装填量不足问题的通报（仅限内网）
!m 密级：内部　发布部门：品质管理部　浏览：388
{BODY}
!a 【我已阅读】　【下载附件】　【打印】
!d 本文仅限公司员工查阅，未经品质管理部同意不得对外转发。
!m 碧源净水科技有限公司 · 信息技术部 维护　内线 8016
""",
        indent="\u3000\u3000",
        body="""
各生产车间、品质管理部、仓储物流部：
8月26日，品质管理部在成品抽检中发现，FJ-07批次净水壶滤芯活性炭装填量低于工艺要求。经追溯，该批次滤芯于8月19日至21日在二车间灌装线生产，共计12600枚。现将有关情况通报如下。
一、问题情况
抽检项目　工艺要求　实测结果
活性炭装填量　≥38克　33～36克
额定总净水量　≥150升　118升
二、原因分析。灌装线定量螺杆松动后未及时校准，当班操作员未按要求每两小时称重复核，班组长巡检记录流于形式。
三、处理决定。FJ-07批次滤芯全部隔离返工；对二车间当班班组长通报批评，扣减当月绩效；灌装线定量装置纳入每班开机点检。
请各车间引以为戒，严格执行首件检验和过程抽检制度。
抄送：公司总经理、分管生产副总经理
品质管理部
2024年8月30日
""",
    ),
]

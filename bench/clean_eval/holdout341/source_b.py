"""holdout341, part B: 博客, 公众号镜像, 文档分享, 教育门户, 企业内网. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="blog-hehe-salon-mask-bowl-washing",
        site="禾禾的美容小屋 (invented, WordPress-like blog)",
        style="博客",
        genre="经验",
        kind="other",
        form="html",
        source="https://hehe-meirong.example.blog/2024/09/03/mask-bowl-washing/",
        title="面膜碗每天怎么洗，我们店的做法",
        record_title="【店长手记】面膜碗每天怎么洗，我们店的做法 · 禾禾的美容小屋",
        date="2024-09-03",
        notes="a salon owner's blog: calendar widget, tag cloud, archive, comment form; the post line's 发表于 is the page's date; a forward prompt glued after a sentence",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<title>【店长手记】面膜碗每天怎么洗，我们店的做法 · 禾禾的美容小屋</title>
<link rel="stylesheet" href="/wp-content/themes/hehe/style.css">
<script src="/wp-includes/js/wp-emoji-release.min.js"></script>
</head>
<body class="single-post">
<header id="masthead">
<p class="site-title">⟦m 禾禾的美容小屋⟧</p>
<p class="site-description">⟦m 一个开了九年美容店的店长，写点干活的事⟧</p>
<nav>⟦m 首页　店长手记　护肤问答　关于禾禾⟧</nav>
</header>
<main id="primary">
<article>
<h1 class="entry-title">⟦t 【店长手记】面膜碗每天怎么洗，我们店的做法⟧</h1>
<div class="entry-meta">⟦m 发表于 2024-09-03　分类：店长手记　作者：禾禾⟧</div>
<div class="entry-content">
{BODY}
</div>
<footer class="entry-footer">⟦l 标签：面膜碗 消毒 美容院管理⟧</footer>
</article>
<nav class="post-navigation">⟦l ← 上一篇：调膜棒到底要不要一次性⟧ ⟦l 下一篇：新店员带教的第一周 →⟧</nav>
<div id="comments"><h3>⟦l 留下你的想法⟧</h3><form>⟦a 昵称（必填）　邮箱（不公开）　提交评论⟧</form></div>
</main>
<aside id="secondary">
<section><h3>⟦l 日历⟧</h3><table>⟦m 2024年九月　一 二 三 四 五 六 日⟧</table></section>
<section><h3>⟦l 标签云⟧</h3>⟦l 面膜碗 卸妆 顾客沟通 消毒柜 员工培训 皮肤管理⟧</section>
<section><h3>⟦l 文章归档⟧</h3><ul><li>⟦l 2024年九月 (3)⟧</li><li>⟦l 2024年八月 (5)⟧</li><li>⟦l 2024年七月 (4)⟧</li></ul></section>
</aside>
<footer id="colophon">⟦d 本博客文字为禾禾原创，转载请留言打招呼。⟧ ⟦m 自豪地采用开源博客程序搭建⟧</footer>
<script src="/wp-content/themes/hehe/js/navigation.js"></script>
</body>
</html>
""",
        body="""
经常有同行问我，一天做二三十位顾客，面膜碗怎么来得及洗。说说我们店的做法。
先说数量。店里按日客流的两倍备碗，硅胶碗和陶瓷碗各一半，保证每位顾客用的都是消过毒的碗。
再说流程。用完的碗先用温水冲掉残膜，再用中性洗涤剂刷洗，清水漂净后放进紫外线消毒柜，消毒时间不少于30分钟。⟦a 觉得有用，就转给你家店长看看⟧消毒好的碗倒扣在保洁柜里，柜门贴上日期。
最后说记录。每天由当班美容师填写消毒登记表，我每周抽查一次，发现漏填的当月绩效扣分。
这些做法不难，难的是天天坚持。顾客看不见后台，但皮肤会告诉她们答案。
""",
    ),
    dict(
        slug="blog-zhenxian-washable-cotton-pads-wrapped",
        site="针线篓子 (invented, personal blog)",
        style="博客",
        genre="随笔",
        kind="other",
        form="text",
        source="http://zhenxianlouzi.example-blog.cn/post/2119",
        title="自己缝了一盒可水洗卸妆棉",
        record_title="针脚日常｜自己缝了一盒可水洗卸妆棉 — 针线篓子",
        date=None,
        notes="a sewing blog hard-wrapped at 70 columns; only an update stamp in relative time (no date); a comment count and archive links",
        page="""
!m 针线篓子 · 一针一线过日子
!m 首页 / 针脚日常 / 旧衣改造
!t 针脚日常｜自己缝了一盒可水洗卸妆棉
!m 最后更新：2 个月前　阅读 318　评论 12
{BODY}
!l 本文标签：旧衣改造　环保　卸妆
!l 上一篇：用碎布头拼一个杯垫　下一篇：给女儿缝的第一条裙子
!l 评论（12）　写下你的评论……
!d 文中图文均为篓子原创，禁止搬运到其他平台。
""",
        wrap=70,
        indent="\u3000\u3000",
        body="""
家里一次性卸妆棉用得快，垃圾桶里每天都是一小堆。上个月翻出几件旧纯棉T恤，干脆自己缝了一盒可以水洗的卸妆棉。
做法很简单：把T恤剪成直径七厘米的圆片，两片叠在一起，中间夹一层纱布，沿边用锁边针缝一圈就行。一件成人T恤能做十五六片，一个晚上就能缝完。
用了一个月，感觉吸水性比买的薄款还好。用完放进小网兜，和毛巾一起手洗，晒干就能再用。要注意的是，卸浓妆前最好先用卸妆油把彩妆化开，不然棉片上的颜色很难洗掉。
如果你家里也有穿旧的纯棉衣服，不妨试试，既省钱又少扔点垃圾。
""",
    ),
    dict(
        slug="wechat-wanjiang-hospital-cotton-pads-h1",
        site="号外文摘 (invented WeChat mirror) of 澫江县人民医院",
        style="公众号镜像",
        genre="科普文章",
        kind="other",
        form="html",
        source="https://www.haowai-wenzhai.example.com/a/wjxrmyy/20241205_88017.html",
        title="卸妆棉用对了吗？皮肤科医生提醒这三点",
        record_title=None,
        date="2024-12-05",
        notes="WeChat mirror: no record title, the title in the <h1>; the account line's date is the page's date; a star prompt glued before the first words; the department's own 咨询电话 in the last paragraph beside the mirror's business line; 阅读原文/在看 rows and the mirror's archive note",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>卸妆棉用对了吗？皮肤科医生提醒这三点 - 号外文摘</title>
<script src="/static/mirror/lazyimg.js"></script>
</head>
<body>
<div class="hw-top">⟦m 号外文摘 · 好文章不怕晚读⟧ <a href="/">⟦m 首页⟧</a> <a href="/acc/">⟦m 公众号索引⟧</a></div>
<div class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta">⟦m 原创⟧ ⟦m 皮肤科 曹嘉沅⟧ ⟦m 澫江县人民医院⟧ ⟦m 2024年12月5日 18:02⟧ ⟦m 云南⟧</div>
<div class="rich_media_content">
{BODY}
</div>
<div class="rm-tool">⟦a 阅读原文⟧　⟦a 分享　收藏　赞 86　在看 23⟧</div>
<div class="rm-qr">⟦a 长按识别二维码，预约皮肤科专家号⟧</div>
</div>
<div class="hw-side"><h4>⟦l 该号近期文章⟧</h4>
<ul><li>⟦l 冬季手脚皲裂，护手霜怎么选⟧</li><li>⟦l 医院停车场12月起实行错峰收费⟧</li></ul></div>
<div class="hw-foot">
<p>⟦d 号外文摘仅做公众号文章的存档与索引，著作权归原公众号所有。⟧</p>
<p>⟦m 商务合作：hw_wenzhai@example.com　电话 021-60338417⟧</p>
</div>
<script>lazyImg.run();</script>
</body>
</html>
""",
        body="""
⟦a ★把“澫江县人民医院”设为星标，健康提醒不错过⟧天气转冷，来皮肤科看“卸妆后发红发痒”的年轻人多了起来。追问下来，不少人的问题出在卸妆棉的用法上。
一是别来回用力擦。卸妆棉浸透卸妆产品后，先在皮肤上敷十几秒，再顺着一个方向轻轻带走，眼周尤其要轻。
二是一片只用一处。很多人一片棉擦完全脸，残留的彩妆和油脂会被抹回别的部位，最好眼唇一片、面部一片。
三是开封后防潮。整包卸妆棉放在潮湿的浴室里容易滋生霉菌，建议放在卧室的密封盒里。
如果卸妆后出现持续红肿、脱屑，请及时就医。澫江县人民医院皮肤科门诊咨询电话：0877-4213306。
""",
    ),
    dict(
        slug="wechat-yilin-pledge-hanging-chairs-archive",
        site="公号拾遗馆 (invented WeChat mirror) of 檍林微家园",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://gzh-shiyi.example.org/yilinweijiayuan/2024/07/12/3",
        title="关于规范安装使用阳台吊椅的倡议书",
        record_title="关于规范安装使用阳台吊椅的倡议书 —— 檍林微家园（公号文章备份）",
        date="2024-07-10",
        date_also=["2024-07-12"],
        notes="text WeChat mirror: account line with the posting date, a follow prompt glued before the salutation, a sentence asking readers to 分享 the pledge (content), the street office's signature and date; the account's date differs",
        page="""
!m 公号拾遗馆 ｜ 檍林微家园
{T}
!m 檍林微家园　2024-07-12 19:30　发布于 碏城
!a 阅读全文需在微信内打开　｜　复制链接
{BODY}
!a 阅读原文　｜　分享　｜　在看 57
!l 往期回顾：檍林街道夏季防溺水提醒　·　高温天气老人防暑小贴士
!d 存档馆收录的文章来自公开公众号，如需删除请公众号运营者来信。
""",
        body="""
⟦a 戳上方蓝色小字“檍林微家园”，第一时间收到街道通知⟧广大居民朋友：
近年来，阳台吊椅成为不少家庭的休闲“标配”。今年以来，辖区已发生两起吊椅挂钩脱落致人摔伤的事件。为守护大家的安全，檍林街道向全体居民发出如下倡议：
一、选购合格产品。购买吊椅时查看承重标识和合格证，不买“三无”产品。
二、规范安装。请专业人员安装，挂点须固定在现浇楼板或承重梁上，严禁挂在晾衣架、防盗窗上。
三、定期检查。每季度检查一次挂钩、链条和藤条，发现松动、锈蚀、开裂立即停用。
四、看护好老人和孩子。不在吊椅上站立、摇荡，不让儿童独自使用。
请大家把这份倡议分享给家人和邻居，共建平安檍林。
檍林街道办事处
2024年7月10日
""",
    ),
    dict(
        slug="docshare-shiye-request-slipper-racks-docx",
        site="拾页共享 (invented)",
        style="文档分享",
        genre="请示",
        kind="report",
        form="html",
        source="https://www.shiye-share.example.com/view/6031882.html",
        title="关于为区福利院购置防滑拖鞋架的请示",
        record_title="关于为区福利院购置防滑拖鞋架的请示.docx",
        date="2024-03-18",
        notes="document-sharing reader: a file-name title, upload notice, a points lock on the download, a service WeChat beside the request's own 联系人/电话; 附件 line; date under the signature",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>关于为区福利院购置防滑拖鞋架的请示.docx - 拾页共享</title>
<script src="https://cdn.shiye-share.example.com/viewer/docx-view.js"></script>
</head>
<body>
<div class="sy-head"><a href="/">⟦m 拾页共享 · 好文档一起拾⟧</a> <input placeholder="搜一搜"> <a>⟦a 上传赚积分⟧</a> <a>⟦a 个人中心⟧</a></div>
<div class="sy-crumb">⟦m 拾页共享 / 行政公文 / 请示报告⟧</div>
<div class="sy-file">
<h1>⟦t 关于为区福利院购置防滑拖鞋架的请示.docx⟧</h1>
<p>⟦m 大小：18.6KB　页数：1　格式：DOCX　分享者：碏东社工小葛⟧</p>
<p>⟦d 该文档来自拾页用户的分享，拾页共享对其内容的准确性不作保证。⟧</p>
</div>
<div class="sy-view">
{BODY}
</div>
<div class="sy-lock">⟦a 下载本文档需消耗5积分，积分不足？签到领积分⟧</div>
<div class="sy-kefu">⟦w 拾页客服微信：shiye_kf08（9:00-21:00）⟧</div>
<div class="sy-rel"><h3>⟦l 同类文档⟧</h3><ul><li>⟦l 关于增设养老院夜间照明设施的请示⟧</li><li>⟦l 福利院适老化改造项目经费申请⟧</li></ul></div>
<div class="sy-foot">⟦m 拾页共享 shiye-share.example.com　鲁ICP备21044306号⟧</div>
<script>docxView.render();</script>
</body>
</html>
""",
        body="""
区民政局：
区福利院现有入住老人146名，其中失能半失能老人58名。院内各楼层居室门口的拖鞋多为散放，老人夜间起身容易绊倒，今年以来已发生两起摔伤事件。
为消除安全隐患，我院拟为全部73间居室和6个公共卫生间各购置带扶手的防滑拖鞋架1个，共计79个，按市场询价每个220元，需经费17380元。
当否，请批示。
附件：拖鞋架询价记录
联系人：葛蕴，电话：0872-3317620
碏东区社会福利院
2024年3月18日
""",
    ),
    dict(
        slug="docshare-wendangyi-workshop-summary-face-towels-mix",
        site="文档驿 (invented)",
        style="文档分享",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://wendangyi.example.net/d/2025/0106/774401.html",
        title="洗脸巾车间2024年度工作总结",
        record_title="洗脸巾车间2024年度工作总结（车间主任版·可改）_文档驿",
        date="2024-12-28",
        notes="a sharing page: page markers '⌨ n ⌨' on lines of their own or glued to the continuation (mix), cutting sentences; upload and points lines; date under the signature",
        page="""
!m 文档驿 ─ 文档流转的驿站
!t 洗脸巾车间2024年度工作总结（车间主任版·可改）
!m 上传：洁云老周　｜　2025-01-06上传　｜　共3页　｜　下载 64 次
!d 本文档由驿友上传共享，驿站不对内容真实性负责。
{BODY}
!a 全文共3页，当前预览2页，兑换全文请用驿豆
!l 你可能还需要：车间班组长年终述职　质检员个人工作总结
!m 文档驿　wendangyi.example.net　苏ICP备23019876号-1
""",
        pages=dict(fmt="⌨ {n} ⌨", every=120, start=2, glue="mix"),
        body="""
2024年，洗脸巾车间在公司领导下，围绕“提质量、降损耗、保安全”目标，全年生产一次性洗脸巾1860万包，完成年计划的103%。现将全年工作总结如下。
一、质量管理
推行首件检验和每两小时巡检，产品定量、厚度合格率由年初的97.2%提高到99.4%，全年未发生客户批量退货。
二、成本控制
对分切机刀具进行改造，边角料损耗率下降1.3个百分点，全年节约原料约42吨。
三、安全生产
开展消防演练4次，整改隐患17处，全年无工伤事故。
四、存在不足
一是设备老化，两台压花机故障停机时间偏长；二是新员工操作技能不稳定。明年，车间将重点推进设备更新和技能培训，力争合格率稳定在99.5%以上。
溎阳洁云卫材有限公司洗脸巾车间
2024年12月28日
""",
    ),
    dict(
        slug="edu-nuling-notice-kindergarten-slipper-racks",
        site="砮岭教育网 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://jyj.nuling.gov.example.cn/xqjy/202403/t20240306_1182.html",
        title="关于做好幼儿园午睡室拖鞋架等设施安全排查的通知",
        record_title="【幼教安全】关于做好幼儿园午睡室拖鞋架等设施安全排查的通知_砮岭教育网",
        date="2024-03-05",
        date_also=["2024-03-06"],
        notes="education bureau portal: 适老版/读屏 links, a numbered list, a sentence asking to 下载 the attachment (content), the notice's own 联系人/电话 beside the site's technical line, an attachment download link; the posting date differs",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【幼教安全】关于做好幼儿园午睡室拖鞋架等设施安全排查的通知_砮岭教育网</title>
<script src="/js/aria-reader.js"></script>
</head>
<body>
<div class="edu-top"><span>⟦m 砮岭县教育局主办⟧</span> <a>⟦a 适老版⟧</a> <a>⟦a 读屏⟧</a> <a>⟦a 站内搜索⟧</a></div>
<div class="edu-logo">⟦m 砮岭教育网　立德树人　砮岭先行⟧</div>
<ul class="edu-nav"><li>⟦m 首页⟧</li><li>⟦m 教育要闻⟧</li><li>⟦m 通知公告⟧</li><li>⟦m 学前教育⟧</li><li>⟦m 招生考试⟧</li><li>⟦m 资料下载⟧</li></ul>
<div class="edu-crumb">⟦m 当前：首页 ＞ 学前教育 ＞ 通知公告⟧</div>
<div class="edu-art">
<h1>{T}</h1>
<div class="edu-info">⟦m 发布日期：2024-03-06　作者：学前教育股　点击数：733⟧</div>
<div class="edu-body">
{BODY}
</div>
<div class="edu-att">⟦a 📎 幼儿园设施安全排查表.docx（点击下载）⟧</div>
<div class="edu-pn">⟦l 上一篇：2024年春季学期学前教育资助工作安排⟧<br>⟦l 下一篇：关于开展幼儿园保教质量评估的通知⟧</div>
</div>
<div class="edu-foot">
<p>⟦m 主办：砮岭县教育局　地址：砮岭县城关镇文昌路18号⟧</p>
<p>⟦m 网站技术支持：0873-5526999　黔ICP备13006512号⟧</p>
</div>
<script>ariaReader.bind();</script>
</body>
</html>
""",
        body="""
各乡镇中心学校，县直各幼儿园，各民办幼儿园：
开学以来，个别幼儿园出现午睡室拖鞋架倾倒、边角划伤幼儿的情况。为切实保障幼儿安全，现就做好相关设施安全排查工作通知如下：
1.排查范围：午睡室、盥洗室、活动室内的拖鞋架、鞋柜、储物架等设施。
2.排查重点：是否固定在墙面，边角是否做圆角或包边处理，高度是否适合幼儿取放。
3.整改要求：3月20日前完成排查，对不合格设施立即停用并更换。
各园请下载附件中的排查表，填写后加盖公章，于3月22日前报县教育局学前教育股。
联系人：彭筱岚，电话：0873-5526014
附件：幼儿园设施安全排查表
砮岭县教育局
2024年3月5日
""",
    ),
    dict(
        slug="edu-zhishui-school-notice-face-towels-boarders",
        site="淽水县第二中学 (invented school site)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.zsez.example.cn/xxgg/2024/0829/1461.html",
        title="关于规范寄宿生个人洗漱用品的通知",
        record_title="〔住校须知〕关于规范寄宿生个人洗漱用品的通知 - 淽水县第二中学",
        date="2024-08-28",
        date_also=["2024-08-29"],
        notes="a school's notice to parents: a numbered list, a sentence asking parents to 扫描 a QR code (content), the school's line at the bottom; the posting date differs from the date under the signature",
        page="""
!m 淽水县第二中学　厚德　笃学　尚美
!m 学校首页 · 学校概况 · 德育天地 · 校园公告 · 家校共育
!t 〔住校须知〕关于规范寄宿生个人洗漱用品的通知
!m 发布者：政教处　浏览：1207　2024-08-29
{BODY}
!a 【打印】【返回上页】
!l 相关公告：2024年秋季开学报到须知　寄宿生宿舍分配名单
!m 校址：淽水县滨河路66号　学校办公室：0875-7312018
!m Copyright © 淽水县第二中学
""",
        indent="\u3000\u3000",
        body="""
各位家长：
新学期即将开始。为预防皮肤病和红眼病在宿舍传播，学校对寄宿生个人洗漱用品提出以下要求：
1.毛巾、洗脸巾、牙具等个人用品一人一套，不得混用、借用。
2.提倡使用一次性洗脸巾，每次一张，用后投入宿舍垃圾桶；使用毛巾的，请每周带回家清洗晾晒。
3.洗漱用品请贴好姓名标签，统一放在宿舍洗漱架指定位置。
请家长于8月31日前扫描班级群内的二维码填写回执，并督促孩子养成良好卫生习惯。
淽水县第二中学政教处
2024年8月28日
""",
    ),
    dict(
        slug="oa-lougang-bulletin-face-towel-batch",
        site="漊港无纺OA协同平台 (invented intranet)",
        style="企业内网",
        genre="通报",
        kind="notice",
        form="html",
        source="http://oa.lougang-nonwoven.example.local/doc/view?id=2024051577",
        title="关于洗脸巾B线批次定量偏低问题的通报",
        record_title="〔质量警示〕关于洗脸巾B线批次定量偏低问题的通报 - 漊港无纺OA协同平台",
        date="2024-05-14",
        date_also=["2024-05-15"],
        notes="OA document view: 流转记录, read count, a 标记已阅 button, the quality department's extension in the body beside the IT desk's hotline; the OA send date differs from the 成文日期",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〔质量警示〕关于洗脸巾B线批次定量偏低问题的通报 - 漊港无纺OA协同平台</title>
<script src="/seeyon/common/js/ui/seeyon.ui.core.js"></script>
</head>
<body>
<div class="oa-top">⟦m 漊港无纺制品有限公司 · 协同办公⟧ <span>⟦m 欢迎您，郑澄⟧</span> <a>⟦a 退出系统⟧</a></div>
<div class="oa-menu">⟦m 我的待办　公文管理　会议管理　知识文档　通讯录⟧</div>
<div class="oa-doc">
<div class="oa-docbar">⟦a 标记已阅⟧ ⟦a 转发⟧ ⟦a 导出⟧ ⟦a 打印⟧</div>
<h2>{T}</h2>
<p class="oa-meta">⟦m 发文部门：质量管理部　发送时间：2024-05-15 08:46　已阅 214 / 未阅 19⟧</p>
<div class="oa-content">
{BODY}
</div>
<div class="oa-flow"><h4>⟦l 流转记录⟧</h4>
<p>⟦l 郑澄（拟稿）2024-05-14 16:20 → 韦宗林（审核）2024-05-14 17:05 → 范文蔚（签发）2024-05-15 08:40⟧</p></div>
</div>
<div class="oa-foot">⟦m 信息中心服务热线：8000　系统问题请报修⟧ ⟦d 内部材料　仅限本司员工查阅⟧</div>
<script>seeyon.doc.init();</script>
</body>
</html>
""",
        body="""
公司各部门、各车间：
5月10日，质检部在出厂抽检中发现，洗脸巾B线生产的批号为240508B的产品定量为38.6克每平方米，低于内控标准40克每平方米，该批次共计1.2万包已全部隔离。
经调查，问题原因是B线当班操作工调整铺网速度后未按规定做首件检验，班组长巡检记录不实。
根据公司《质量责任追究办法》，对当班操作工扣发当月绩效，对班组长给予通报批评。
各车间要引以为戒，严格执行首件检验和巡检制度，质检部于5月底前组织一次全厂工艺纪律检查。
联系人：质检部　郑澄，分机8206
漊港无纺制品有限公司质量管理部
2024年5月14日
""",
    ),
    dict(
        slug="oa-rouland-minutes-mask-bowl-trial-record",
        site="峸口柔岚硅胶内部办公系统 (invented intranet)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://10.8.1.20/oa/meeting/minutes/20240620-03",
        title="面膜碗新品试产协调会会议纪要",
        date="2024-06-20",
        notes="the record gives the title as is; intranet export: system header, 拟稿/签发 line, read count, export buttons; the 时间/地点/主持/参会/记录 lines of the minutes; the date from the 时间 line",
        page="""
!m 峸口柔岚硅胶制品有限公司 · 内部办公系统
!m 公文管理 > 会议纪要 > 生产技术类
{T}
!m 拟稿：宋苒　签发：唐逸帆　已读 37 人
!a ［标记为已读］［导出PDF］［发起转发］
{BODY}
!l 关联文件：面膜碗试产工艺卡（第2版）
!m 系统维护：信息部 分机 8011
!d 本纪要为公司内部资料，未经批准不得复制外传。
""",
        body="""
时间：2024年6月20日下午
地点：公司三楼会议室
主持：副总经理　唐逸帆
参会：技术部、生产部、质检部、采购部负责人
记录：宋苒
会议听取了技术部关于新款双色硅胶面膜碗试产情况的汇报，研究了存在的问题。纪要如下：
一、试产的3000只面膜碗中，有126只碗口出现毛边，合格率95.8%。会议要求技术部一周内修改模具分型线，下批试产合格率须达到99%以上。
二、采购部要在7月5日前确定食品级硅胶第二供应商，避免原料断供。
三、质检部要增加耐高温变形和气味测试项目，测试结果随货附报告。
四、生产部要按照修改后的工艺卡组织培训，7月15日前完成小批量生产。
""",
    ),
]

"""holdout293, part B: 博客, 公众号镜像, 文档分享, 教育门户, 企业内网 (one HTML and one text each).

Invented throughout; subjects 煤炉, 竹椅, 笔洗, 算筹, 秤砣. Markup: see ../build.py.
"""

CASES = [
    dict(
        slug="blog-lubianxuyu-memoir-grandma-coal-stove",
        site="炉边絮语 (invented, WordPress-like blog)",
        style="博客",
        genre="回忆散文",
        kind="other",
        form="html",
        source="https://lubianxuyu.blog.xinyeblog.cn/2024/12/grandma-stove/",
        title="外婆的蜂窝煤炉",
        record_title="【炉边旧事】外婆的蜂窝煤炉 | 炉边絮语",
        date=None,
        notes="blog memoir: calendar widget, archive, tag cloud, comment form; an image placeholder line between "
        "paragraphs; only an update stamp and a 写于 season line (no date)",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="UTF-8">
<title>【炉边旧事】外婆的蜂窝煤炉 | 炉边絮语</title>
<link rel='stylesheet' href='/wp-content/themes/quietink/style.css'>
<script src='/wp-includes/js/wp-emoji-release.min.js'></script>
</head><body class="single">
<header id="masthead"><p class="site-title">⟦m 炉边絮语⟧</p><p class="site-description">⟦m 记一些旧物，也记一些旧人⟧</p>
<nav>⟦m <a href="/">首页</a> <a href="/category/jiushi/">旧事</a> <a href="/category/dushu/">读书</a> <a href="/about/">关于我</a>⟧</nav></header>
<main><article>
<h1 class="entry-title">{T}</h1>
<div class="entry-meta">⟦m 分类：炉边旧事　·　更新于 3 天前　·　阅读 618⟧</div>
<div class="entry-content">
{BODY}
</div>
<footer class="entry-footer">⟦l 标签：外婆 蜂窝煤 老房子 冬天⟧</footer>
<nav class="post-nav">⟦l ← 前一篇：那条结冰的石板路⟧　⟦l 后一篇：父亲的搪瓷缸 →⟧</nav>
<section id="comments"><h3>⟦l 3 条评论⟧</h3>
<p>⟦l 南窗：看哭了，我家以前也是这种炉子⟧</p>
<form>⟦a 发表评论（邮箱不会被公开）⟧<textarea></textarea><button>⟦a 提交评论⟧</button></form></section>
</article></main>
<aside id="secondary">
<section>⟦l 十二月 2024　一 二 三 四 五 六 日⟧</section>
<section><h4>⟦l 文章归档⟧</h4><ul><li>⟦l 2024年十二月 (4)⟧</li><li>⟦l 2024年十一月 (6)⟧</li></ul></section>
<section><h4>⟦l 标签云⟧</h4>⟦l 旧物 外婆 读书笔记 老街 冬天⟧</section>
</aside>
<footer id="colophon">⟦m 自豪地采用 WordPress · 主题 QuietInk⟧</footer>
</body></html>
""",
        body="""
外婆家的灶屋角落里，常年蹲着一只蜂窝煤炉。炉身是铁皮箍的，外面糊了一层黄泥，炉口上总坐着一把黑乎乎的铝壶。
每天傍晚，外婆都要“封炉子”：夹出烧透的煤饼，换上一块新的，把底下的风门拨到只剩一条缝。第二天一早拨开风门，炉火又慢慢旺起来。我小时候最爱蹲在炉边看她换煤，那股呛人的煤烟味，现在想起来竟有点亲切。
⟦m ［图片：外婆家灶屋里的煤炉，摄于老房拆迁前］⟧
外婆最怕的是煤气。她睡的那间屋从不放炉子，夜里再冷也要把炉子提到屋檐下，窗户还要留一道缝。她说，邻村有一家人就是关着门烤火，再也没醒过来。
后来老房子拆了，煤炉也不知去了哪里。如今每到冬天，我还会想起外婆拨风门时弯着的腰。
写于一个落雪的冬夜
""",
    ),
    dict(
        slug="blog-xiyanzhai-brush-washer-essay-wrapped",
        site="洗砚斋手记 (invented personal blog)",
        style="博客",
        genre="随笔",
        kind="other",
        form="text",
        source="http://xiyanzhai.blogbus-like.cn/post/2024-04-12/1908",
        title="一只豆青笔洗陪我二十年",
        record_title="一只豆青笔洗陪我二十年 —— 洗砚斋手记 · 文房小品",
        date="2024-04-12",
        notes="blog text hard-wrapped at 56 columns; the bracketed post time is the page's date; "
        "tip-jar line glued after a 。; visit counter and archive links at the bottom",
        page="""
!m 洗砚斋手记　｜　一方砚，一池水，一支笔
!m 首页　文房小品　临帖日课　留言板
{T}
!m [2024-04-12 21:36]　分类：文房小品　　阅读(412)　评论(7)
{BODY}
!l 上一篇：临《曹全碑》第一百天
!l 下一篇：宣纸受潮了怎么办
!l 最新评论：墨痕 —— 豆青色真好看，求店铺链接
!m 本博累计访问 108,233 次　|　博客由墨客博客提供技术支持
""",
        wrap=56,
        indent="\u3000\u3000",
        body="""
我书桌上的笔洗，是二十年前在轫城旧货市场花十五块钱买的。豆青釉，直口，浅腹，底下有三个小小的支钉痕，不是什么名贵东西，却一直用到今天。
写字的人都知道，笔洗虽小，用法却有讲究。洗笔要用清水，顺着笔锋轻轻抹，不能把笔头按在洗底上来回搓，否则笔毛容易开叉。⟦a 觉得有用？打赏斋主一杯茶⟧
水也要勤换。我的习惯是写完一张换一次，墨水沉在洗底，时间长了会结一层墨垢，得用软布蘸温水慢慢擦掉。
有朋友劝我换个大一点的，我舍不得。每天写完字，看着墨色在豆青的洗底一圈圈化开，心里就静了下来。
""",
    ),
    dict(
        slug="wechat-shiyiguan-market-scale-weights-h1",
        site="公号拾遗馆 (invented WeChat mirror)",
        style="公众号镜像",
        genre="科普文章",
        kind="news",
        form="html",
        source="https://www.gonghaoshiyi.com/a/rencheng-scjg/20240815-2.html",
        title="买菜怎么看秤？老秤砣里的门道要知道",
        record_title=None,
        date="2024-08-15",
        notes="no record title: the h1; account line date is the page's date; a follow prompt glued before the "
        "salutation; 阅读原文/在看 rows and the mirror's archive note; a sentence about 关注 the service account as content",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>公号拾遗馆</title>
<script>var biz="MzA3NTY0NDkxMw==";</script></head><body>
<div class="mirror-bar">⟦m 公号拾遗馆 · 公众号文章留存⟧　<a href="/">⟦m 返回首页⟧</a></div>
<div id="js_article">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta">⟦m 原创　轫城市场监管　2024-08-15 09:30　发表于轫城⟧</div>
<div class="rich_media_content">
{BODY}
</div>
<div class="tool">⟦a 阅读原文⟧　⟦m 阅读 2.6万⟧　⟦a 在看 318⟧　⟦a 点赞 204⟧</div>
<div class="tag">⟦l 收录于合集 #计量小课堂 9个⟧</div>
<div class="qr">⟦a 长按识别二维码，关注轫城市场监管⟧</div>
</div>
<div class="mirror-foot">⟦d 本页为公众号文章的存档副本，版权归原作者所有，侵删。⟧<br>⟦m 存档时间：2024-08-16 02:11⟧</div>
</body></html>
""",
        p_html="<section><p>{}</p></section>",
        body="""
⟦a 点击上方蓝色小字·设为星标⟧街坊们好！最近有市民反映，在流动摊点买的水果回家一称少了二两，问题出在秤砣上。今天就来说说杆秤秤砣里的门道。
一看秤砣有没有“动手术”。合格秤砣表面光滑、有检定标记，底部如果有新的孔洞、补焊痕迹，很可能被掏空或灌了铅。
二看秤杆和秤砣是不是“一对”。每杆秤都配有自己的秤砣，张冠李戴就会不准。
三看商家会不会“压秤”。称重时秤杆要平，手不要按在秤盘边上。
如果对重量有疑问，可以到市场的公平秤复称，也可以关注“轫城市场监管”服务号，预约免费校秤。发现改装秤砣的，请拨打12315投诉举报。
""",
    ),
    dict(
        slug="wechat-gonghaowenzhai-coal-stove-fire-warning",
        site="公号文摘网 (invented WeChat mirror)",
        style="公众号镜像",
        genre="安全提示",
        kind="news",
        form="text",
        source="http://www.gonghaowenzhai.net/taixi-xiaofang/2024/12/02/771.html",
        title="用煤炉取暖，这5件事千万别做！",
        record_title="用煤炉取暖，这5件事千万别做！| 炱溪消防 - 公号文章留底",
        date="2024-12-02",
        notes="WeChat mirror text: star prompt glued before the first words; account line date is the page's date; "
        "'在看' and share rows; a QR prompt and the mirror's copy note at the bottom",
        page="""
!m 公号文摘网 ＞ 政务 ＞ 炱溪消防
{T}
!m 炱溪消防　2024年12月02日 18:05　江西
!m 以下文章来源于炱溪应急，作者炱溪应急
{BODY}
!a 分享　收藏　在看　点赞
!a 扫描二维码关注“炱溪消防”，安全知识天天学
!l 往期推荐：电动车充电“五不要”｜家中起火第一分钟怎么办
!d 文摘网仅作存档备份，如需删除请联系 wz@gonghaowenzhai.net
""",
        indent="",
        body="""
⟦a 别忘了把炱溪消防设为星标哦⟧入冬以来，我县已接报2起因煤炉引发的一氧化碳中毒警情。用煤炉取暖，这5件事千万别做：
1.不装烟囱或烟囱漏气。烟囱接口要用铁丝扎紧，出口要伸出窗外并加装弯头，防止倒风。
2.门窗紧闭。再冷也要留一道通风缝，睡前最好把煤炉移出卧室。
3.用湿煤压火。湿煤燃烧不充分，最容易产生一氧化碳。
4.把衣物搭在炉边烘烤。衣物掉落引燃，往往就在一瞬间。
5.忽视报警器。一氧化碳报警器要装在离地1.5米以上的墙面，响了要立即开窗、撤离并拨打120。
""",
    ),
    dict(
        slug="docshare-qiwen-contract-template-bamboo-chairs-docx",
        site="契文共享 (invented document-sharing site)",
        style="文档分享",
        genre="合同范本",
        kind="other",
        form="html",
        source="https://www.qiwengx.com/doc/7c21e9a04b.html",
        title="竹椅采购合同（范本）",
        record_title="竹椅采购合同（范本）.docx",
        date=None,
        notes="file-name record title; sharing reader with rating stars, upload notice and points lock; a contract "
        "template with 第N条, ×× placeholders and ＿＿年＿＿月＿＿日 blanks (no date)",
        page="""
<!doctype html><html><head><meta charset="utf-8"><title>竹椅采购合同（范本）.docx - 契文共享</title>
<script>window.__DOC__={id:"7c21e9a04b",fmt:"docx"};</script></head><body>
<header>⟦m 契文共享⟧<span>⟦m 合同 · 协议 · 文书 随手可查⟧</span><a href="/up">⟦a 上传文档赚积分⟧</a></header>
<div class="bread">⟦m 契文共享 / 合同范本 / 买卖合同⟧</div>
<div class="doc-title"><h1>{T}</h1>
<p>⟦m 贡献者：椅子铺老板娘　　格式：docx　　大小：18KB　　2 页⟧</p>
<p>⟦a ★★★★☆ 4.3（67人评分）⟧</p></div>
<div class="notice">⟦d 温馨提示：本文档由用户上传，契文共享不对内容的合法性负责，签约前请咨询专业律师。⟧</div>
<article class="doc-text">
{BODY}
</article>
<div class="lock">⟦a 剩余内容需消耗 3 积分解锁⟧<button>⟦a 解锁并下载⟧</button></div>
<div class="side"><h4>⟦l 相似合同⟧</h4><p>⟦l 藤编家具买卖合同⟧</p><p>⟦l 民宿家具定制协议（空白）⟧</p></div>
<footer>⟦m 契文共享 © 2025　客服微信：qiwen_kf01⟧</footer>
</body></html>
""",
        body="""
甲方（采购方）：××××××
乙方（供货方）：××××××
第一条　甲方向乙方采购竹椅××把，规格、款式以双方确认的样品为准。
第二条　竹椅须用三年以上生毛竹制作，经防霉、防蛀处理，单把承重不低于120公斤。
第三条　合同总价为人民币××元（大写：××元整），甲方于验收合格后××日内付清。
第四条　乙方应于＿＿年＿＿月＿＿日前送货到甲方指定地点，运费由乙方承担。
第五条　自交货之日起一年内，竹椅出现开裂、散架等质量问题的，乙方负责免费维修或更换。
第六条　本合同一式两份，双方各执一份，自双方签字盖章之日起生效。
甲方（盖章）：＿＿＿＿　　乙方（盖章）：＿＿＿＿
签订日期：＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="docshare-wenxiang-pledge-fair-scales-pdf",
        site="文享网 (invented document-sharing site)",
        style="文档分享",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://www.wenxiangwang.cn/view/20240322/9913047.html",
        title="“守好一杆秤 不短一两货”诚信经营倡议书",
        record_title="“守好一杆秤 不短一两货”诚信经营倡议书.pdf",
        date="2024-03-15",
        notes="file-name record title; upload stamp and upload notice (no date); pledge asks to 转发分享 (content); "
        "two signatures and 成文日期",
        page="""
!m 文享网 · 文档随心享
{T}
!m 上传者：dushui_gth　　上传时间：2024-03-22　　PDF · 1页 · 96KB
!d 本文档由网友上传，文享网仅提供信息存储空间，如有侵权请点击“申诉”。
!a 在线预览　|　下载（2积分）　|　加入收藏夹
{BODY}
!a 预览结束，下载后可获得带公章的完整版
!l 上传者的其他文档：诚信计量示范摊位评选办法.pdf　农贸市场公平秤管理制度.doc
""",
        indent="\u3000\u3000",
        gap=True,
        body="""
全县个体工商户朋友们：
一杆秤，称的是货物，量的是良心。为营造公平诚信的市场环境，我们向全县个体工商户发出如下倡议：
一是守好秤砣。不掏空、不灌铅、不调换秤砣，主动把杆秤、电子秤送检，不使用未经检定的计量器具。
二是明码实价。不短斤少两、不缺尺少寸，顾客要求复称时热情配合。
三是接受监督。在摊位显著位置公示投诉电话，主动到公平秤复称，发现问题立即改正。
诚信是最好的招牌。希望大家把这份倡议转发分享给身边的经营户，共同守好每一杆秤。
渎水县市场监督管理局　　渎水县个体劳动者协会
2024年3月15日
""",
    ),
    dict(
        slug="edu-dushui-notice-counting-rods-activity",
        site="渎水县教育局 (invented education portal)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.dushui.gov.cn/jydt/tzgg/202410/t20241010_80621.html",
        title="关于举办全县小学生算筹文化体验活动的通知",
        record_title="【教研资讯】关于举办全县小学生算筹文化体验活动的通知 - 渎水县教育局",
        date="2024-10-09",
        date_also=["2024-10-10"],
        notes="education portal with 读屏 row and an attachment download link; the notice's own 联系人/电话/邮箱 "
        "beside the site's 技术支持 line; 附件 list; '请各校下载附件' as content; portal date differs",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8">
<title>【教研资讯】关于举办全县小学生算筹文化体验活动的通知 - 渎水县教育局</title>
<script src="/js/aria.js"></script></head><body>
<div class="acc">⟦a 读屏专用 | 大字版 | 高对比度⟧</div>
<div class="head">⟦m 渎水县教育局⟧　⟦m 立德树人 · 办好人民满意的教育⟧</div>
<div class="nav">⟦m <a>首页</a> <a>机构概况</a> <a>教育动态</a> <a>教研动态</a> <a>招生考试</a> <a>办事指南</a>⟧</div>
<div class="place">⟦m 现在位置：首页 > 教育动态 > 教研动态⟧</div>
<h2 class="title">{T}</h2>
<div class="attr">⟦m 作者：县教研室　来源：渎水县教育局　发布时间：2024-10-10 16:02　点击数：733⟧</div>
<div class="content">
{BODY}
</div>
<div class="attach">⟦a 附件下载：算筹文化体验活动报名表.xls（23KB）⟧</div>
<div class="pn">⟦l 上一篇：全县中小学秋季开学工作督导通报⟧<br>⟦l 下一篇：关于开展教师书法基本功展示的通知⟧</div>
<div class="foot">⟦m 渎水县教育局主办　地址：渎水县文昌路19号⟧<br>⟦m 网站技术支持：渎水县电教站 0794-6628150⟧<br>⟦m 黔ICP备12008841号⟧</div>
</body></html>
""",
        body="""
各小学、九年一贯制学校：
为让学生在动手操作中感受中国古代数学的智慧，县教育局决定举办全县小学生算筹文化体验活动。现将有关事项通知如下：
一、活动对象：全县小学三至五年级学生，每校推荐一个班级参加。
二、活动内容：用算筹表示多位数、用算筹进行加减运算、算筹摆数小游戏展示。
三、活动时间：11月上旬，以学校为单位分片进行，具体安排另行通知。
四、报名方式：请各校下载附件1报名表，填好后于10月25日前发送至县教研室邮箱。
联系人：田晓禾　电话：0794-6621735　邮箱：dsjyszx@163.com
附件：1.算筹文化体验活动报名表
2.算筹摆数规则说明
渎水县教育局
2024年10月9日
""",
    ),
    dict(
        slug="edu-duanhu-school-notice-brush-washer-supplies",
        site="缎湖区第三实验小学网站 (invented school site)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.dhsanxiao.edu.cn/html/jwc/2024/0829/5518.html",
        title="关于三年级书法课学具准备的通知",
        record_title="写给家长 ▎关于三年级书法课学具准备的通知 - 缎湖三小",
        date="2024-08-28",
        notes="school site text; the 教务处 phone beside the site's technical line; 成文日期 in Chinese numerals; "
        "a scan-to-read line at the bottom",
        page="""
!m 缎湖区第三实验小学　　崇德 · 尚学 · 健体 · 雅艺
!m 学校首页 ＞ 教务处 ＞ 通知公告
!t 写给家长 ▎关于三年级书法课学具准备的通知
!m 发布人：教务处　　点击：1208
{BODY}
!a 手机扫码可在班级群中阅读本通知
!l 【相关】三年级书法课课程安排表　　【相关】新学期作息时间调整说明
!m 缎湖三小网站技术维护：0791-8830162（工作日）
!m 版权所有：缎湖区第三实验小学　赣ICP备09011736号
""",
        indent="\u3000\u3000",
        body="""
各位三年级家长：
本学期起，三年级每周开设一节毛笔书法课。为保证上课效果，请为孩子准备以下学具：
1.中号兼毫毛笔一支；
2.墨汁一瓶（建议选用不易结块的书画墨汁）；
3.毛边纸一刀；
4.笔洗一个，陶瓷或塑料均可，口径10厘米左右，不宜过大过重，请在底部贴上姓名。
书法课结束后，请孩子在教室水池把笔洗冲净带回，不要把洗笔水倒进下水口以外的地方。学具不必购买昂贵产品，家中已有的可直接使用。
如有疑问，请联系教务处，电话：0791-8830117。
缎湖区第三实验小学教务处
二〇二四年八月二十八日
""",
    ),
    dict(
        slug="intranet-boling-heating-minutes-coal-stove-duty-room",
        site="帛岭热力公司协同办公平台 (invented OA)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.blrl.local/doc/view.do?id=20241022-0347",
        title="关于换热站值班室停用煤炉的专题会议纪要",
        record_title="〖已归档〗关于换热站值班室停用煤炉的专题会议纪要｜帛岭热力OA",
        date="2024-10-22",
        notes="OA document view with its 流转记录, read count and a 标记已阅 button; the 时间/地点/主持/参会/记录 "
        "lines of the minutes; date from the 时间 line; the IT desk extension beside the minutes' own 联系 line",
        page="""
<html><head><meta charset="utf-8"><title>〖已归档〗关于换热站值班室停用煤炉的专题会议纪要｜帛岭热力OA</title>
<script src="/oa/js/seeyon.js"></script></head><body>
<div class="oa-top">⟦m 帛岭热力有限公司 · 协同办公平台⟧　⟦m 当前用户：运行部 龚晓⟧　⟦a 退出登录⟧</div>
<div class="oa-menu">⟦m 待办(6) 已办 公文管理 会议纪要 通讯录⟧</div>
<div class="oa-doc">
<h2>{T}</h2>
<p class="doc-meta">⟦m 拟稿：综合办　审核：副总经理 魏东　密级：内部　阅读 143 次⟧</p>
{BODY}
</div>
<div class="flow"><b>⟦l 流转记录⟧</b>
<p>⟦l 2024-10-23 09:14　综合办 发起⟧</p>
<p>⟦l 2024-10-23 10:02　副总经理 魏东 已审核⟧</p>
<p>⟦l 2024-10-23 15:40　运行部 已签收⟧</p></div>
<div class="ops"><button>⟦a 标记已阅⟧</button><button>⟦a 转交他人⟧</button><button>⟦a 存成PDF版⟧</button></div>
<div class="oa-foot">⟦m 信息中心服务台：分机 8066　仅限公司内网访问⟧</div>
</body></html>
""",
        body="""
时间：2024年10月22日上午9时
地点：公司三楼会议室
主持：副总经理 魏东
参会：运行部、安全环保部、综合办及5个换热站站长
记录：综合办 黄小芹
会议研究了换热站值班室冬季取暖问题，议定如下：
一、自11月1日起，各换热站值班室一律停用煤炉，改用电暖器取暖，所需电暖器由综合办统一采购，10月30日前配发到站。
二、安全环保部于10月底前对5个值班室逐一检查，拆除旧煤炉和烟道，封堵墙洞。
三、值班人员严禁私自在站内生火取暖，违者按公司安全管理规定处理。
联系：安全环保部 分机 8021
""",
    ),
    dict(
        slug="intranet-luyang-bamboo-factory-summary-workshop",
        site="辂阳竹器厂内网 (invented intranet)",
        style="企业内网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://10.8.1.20/news/show.asp?id=1187",
        title="编椅车间2024年上半年安全生产工作总结",
        record_title="【车间简报】编椅车间2024年上半年安全生产工作总结（内部资料 请勿外传）",
        record_date="2024-07-05",
        date="2024-07-05",
        notes="intranet text: record date equals the 成文日期; a 'reading confirmed' button and a visitor line; "
        "a table of inspection counts; IT extension at the bottom",
        page="""
!m 辂阳竹器厂内部信息网　（仅限厂内访问）
!m 首页 → 车间简报 → 编椅车间
!t 【车间简报】编椅车间2024年上半年安全生产工作总结（内部资料 请勿外传）
!m 上报：编椅车间　　审核：安全科　　浏览：86
{BODY}
!a 【我已阅读】　【打印】　【返回列表】
!l 本栏目其他简报：烤竹车间上半年设备检修情况　｜　仓储科防火检查记录
!m 信息中心 维护电话：分机 6012
""",
        body="""
上半年，编椅车间共生产各式竹椅1.8万把，未发生火灾和人员受伤事故。现将安全生产工作总结如下。
一、抓教育。组织全员安全培训3次，新进篾工12人全部经考核后上岗。
二、抓检查。班组每日自查、车间每周复查，上半年检查情况如下：
月份　检查次数　发现隐患　已整改
1—3月　15　22　22
4—6月　14　17　16
三、抓整改。更换老化电线120米，在烤竹工位加装防火隔板，刨花每班清理、集中存放。
下半年，车间将重点解决烤竹工位通风不足的问题，确保安全生产。
编椅车间
2024年7月5日
""",
    ),
]

"""holdout222, part B: blogs, WeChat mirrors, sharing pages, education portals, intranets.

Invented text written by hand for this part; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="blog-mancang-isofix-steps",
        site="满仓爸爸手记 (invented, WordPress-like blog)",
        style="博客",
        genre="随笔",
        kind="other",
        form="html",
        source="https://mancangbaba.blog/2025/02/09/isofix-anzhuang/",
        title="装了三次才装对：ISOFIX安全座椅安装的四个要点",
        record_title="【奶爸实操】装了三次才装对：ISOFIX安全座椅安装的四个要点 ｜ 满仓爸爸手记",
        date="2025-02-09",
        notes="blog: header slogan, calendar widget, tag cloud, archive, comment form; numbered list; "
        "the post's 发布于 time element is the date",
        page="""
<!DOCTYPE html><html lang="zh-CN"><head><meta charset="UTF-8">
<title>【奶爸实操】装了三次才装对：ISOFIX安全座椅安装的四个要点 ｜ 满仓爸爸手记</title>
<link rel="stylesheet" href="/wp-content/themes/quiet/style.css">
<script src="/wp-includes/js/wp-emoji-release.min.js"></script>
</head><body class="single">
<header><p class="site-title">⟦m 满仓爸爸手记⟧</p><p class="site-description">⟦m 一个工科奶爸的带娃笔记⟧</p>
<nav>⟦m 首页⟧ ⟦m 带娃日常⟧ ⟦m 安全装备⟧ ⟦m 留言板⟧</nav></header>
<main><article>
<h1 class="entry-title">{T}</h1>
<div class="entry-meta">⟦m 发布于 <time datetime="2025-02-09T21:40:00+08:00">2025年2月9日</time>⟧ ⟦m 分类：安全装备⟧ ⟦m 阅读 862⟧</div>
<div class="entry-content">
{BODY}
</div>
<div class="entry-tags">⟦l 标签：安全座椅　ISOFIX　自驾带娃⟧</div>
<nav class="post-nav">⟦l ← 上一篇 给满仓挑第一辆平衡车⟧　⟦l 下一篇 → 长途自驾带娃的六件小物 →⟧</nav>
<section id="comments"><h3>⟦l 3 条留言⟧</h3>
<p>⟦l 嵝苑小区的朵妈：第三点太有用了，我家的支撑腿一直没放到底⟧</p>
<form><p>⟦l 写下你的留言（邮箱不会公开）⟧</p><button>⟦a 提交留言⟧</button></form></section>
</article></main>
<aside><h4>⟦l ‹ 2025年2月 ›⟧</h4><table class="calendar"><tr><td>⟦l 日 一 二 三 四 五 六⟧</td></tr></table>
<h4>⟦l 文章归档⟧</h4><ul><li>⟦l 2025年2月 (4)⟧</li><li>⟦l 2025年1月 (6)⟧</li></ul>
<h4>⟦l 标签云⟧</h4><p>⟦l 辅食 早教 绘本 安全座椅 自驾 露营⟧</p></aside>
<footer>⟦m © 2025 满仓爸爸手记 · 基于 WordPress 搭建⟧</footer>
</body></html>
""",
        body="""
满仓快两岁了，上周换了一个ISOFIX接口的安全座椅。说来惭愧，我一个学机械的，前后装了三次才算装对。把踩过的坑整理出来，给新手爸妈参考。
1. 先找接口。ISOFIX接口藏在后排座椅靠背和坐垫的缝里，先用手摸到两个金属卡扣，再把座椅底座的卡爪对准插进去，听到“咔哒”两声，指示窗变绿才算到位。
2. 再拉上拉带。有顶部拉带的座椅，要把挂钩挂在座椅背后的固定点上，拉紧到座椅前后晃不动为止。
3. 支撑腿要踩到底。支撑腿必须完全落在车厢地板上，不能悬空，也不能压在储物格盖上。
4. 最后做晃动测试。双手抓住座椅两侧用力左右推，移动不超过两厘米才合格。
装好之后，每个月我都会再检查一次，孩子的安全不怕麻烦。
""",
    ),
    dict(
        slug="blog-awu-first-shoes-wrapped",
        site="阿梧的慢跑日志 (invented, text copy)",
        style="博客",
        genre="随笔",
        kind="other",
        form="text",
        source="http://awu-running.blog.cn/post/2025/0406/112.html",
        title="第一双跑鞋穿到八百公里以后",
        record_title="第一双跑鞋穿到八百公里以后 ~ 跑步随记 ~ 阿梧的慢跑日志",
        date=None,
        notes="blog text copy hard-wrapped at 56 columns; posted '3 天前' only: no date; category, counters, "
        "prev/next and comments",
        page="""
!m 阿梧的慢跑日志
!m 慢慢跑，跑很久
!m 首页 / 跑步随记 / 装备 / 关于
{T}
!m 3 天前　分类：跑步随记　阅读(214)
{BODY}
!l 上一篇：雨天跑步的三条小经验
!l 下一篇：嵎湖绿道十公里路线推荐
!l 评论(2)
!l 跑步的鱼：八百公里真是该换了，鞋底都透了吧
!l 阿梧 回复 跑步的鱼：哈哈，后跟磨出一个洞了
!a 发表评论（需登录）
""",
        wrap=56,
        indent="\u3000\u3000",
        body="""
昨天晚上把第一双跑鞋洗干净，装进了鞋盒。这双鞋陪我跑了两年，手机里的记录是八百一十二公里。
刚开始跑步的时候，我穿的是一双平底帆布鞋，跑了不到一个月膝盖就疼。后来去运动店请店员帮着测了脚型，才知道自己是轻度扁平足，需要带支撑的跑鞋。换上这双鞋以后，膝盖再也没疼过。
跑到六百公里左右，我发现落地时脚后跟发硬，鞋底外侧也磨平了一块。查了资料才知道，跑鞋的中底是有寿命的，一般跑到六七百公里，减震效果就明显下降，最好及时更换。
新鞋已经到了，还是同一个型号。旧鞋我舍不得扔，留着散步穿。
""",
    ),
    dict(
        slug="wechat-cenxi-fire-tent-tips",
        site="mirror of the WeChat account 涔溪消防 (invented)",
        style="公众号镜像",
        genre="科普文章",
        kind="other",
        form="html",
        source="https://wxread.weiguanjing.cn/s/cenxixiaofang/2025042901",
        title="露营季到了，帐篷防火记住这五条",
        record_title=None,
        date="2025-04-29",
        notes="no title in the record: the <h1>; WeChat mirror with 原创, a star prompt, 阅读原文/在看 rows, "
        "a collection tag and the mirror's archive note; numbered list; the account line is the date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8">
<title>微观镜 - 公众号文章存档</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
</head><body>
<div class="mirror-bar">⟦m 微观镜 · 好文章不怕删⟧ <a>⟦a 收录我的公众号⟧</a></div>
<div id="img-content">
<h1 class="rich_media_title">{T}</h1>
<div id="meta_content"><span>⟦m 原创⟧</span> <span>⟦m 涔溪消防⟧</span> <em>⟦m 涔溪消防 2025年04月29日 17:30 湖南⟧</em></div>
<div class="star">⟦a 点击蓝字“涔溪消防”，把我们设为星标⟧</div>
<div class="rich_media_content">
{BODY}
<p style="text-align:center">⟦m 来源｜涔溪县消防救援大队宣传科⟧</p>
<p style="text-align:center">⟦m 编辑｜苗苗　审核｜邱振⟧</p>
</div>
<div class="tags">⟦l 合集 #夏季防火 12个⟧</div>
<div class="bottom">⟦a 阅读原文⟧ ⟦l 赞 · 分享 · 推荐 · 写留言⟧</div>
<div class="zaikan">⟦a 觉得有用，点个“在看”再走⟧</div>
</div>
<div class="mirror-foot">⟦d 微观镜仅对公开文章做存档备份，版权属于原公众号，如需下架请留言。⟧</div>
</body></html>
""",
        p_html='<section><p style="font-size:16px;line-height:1.75">{}</p></section>',
        body="""
天气转暖，到河滩、草地搭帐篷露营的人越来越多。帐篷面料大多是涤纶、尼龙，遇火极易燃烧，一旦着火几十秒就会烧穿。消防员提醒大家牢记五条：
1. 帐篷要搭在空旷处，与树林、草垛保持距离，帐篷之间至少留出三米防火间距。
2. 帐篷内严禁使用明火，不点蜡烛，不用炭炉取暖，也不要在帐篷里吸烟。
3. 烧烤、做饭要在帐篷下风方向五米以外，离开前用水把余火彻底浇灭。
4. 照明用露营灯或手电，充电宝不要压在睡袋下面充电。
5. 进帐篷后先看清出口，拉链别拉死，万一起火能第一时间钻出来。
祝大家玩得开心，平安回家！
""",
    ),
    dict(
        slug="wechat-lingzhou-hospital-grill-co",
        site="mirror of the WeChat account 崚州二院 (invented, text copy)",
        style="公众号镜像",
        genre="科普文章",
        kind="other",
        form="text",
        source="http://gzh.weiguanjing.cn/a/lzey/20251108_2.html",
        title="帐篷里烧烤炉取暖？急诊医生：一氧化碳中毒就在一夜之间",
        record_title="帐篷里烧烤炉取暖？急诊医生：一氧化碳中毒就在一夜之间 | 崚州二院 · 公号存档镜像",
        date="2025-11-08",
        notes="WeChat mirror text: a star prompt glued before the first sentence, a consult line between "
        "paragraphs, 阅读原文/在看 rows, the account line is the date",
        page="""
!m 微观镜 › 崚州二院
!t 帐篷里烧烤炉取暖？急诊医生：一氧化碳中毒就在一夜之间 | 崚州二院 · 公号存档镜像
!m 原创　崚州二院　2025年11月08日 11:05　广西
{BODY}
!m 文字｜急诊医学科 蒙海涛　编辑｜宣传科
!a 阅读原文　　在看 126　　赞 88
!l 往期回顾：冬季心梗高发，这几个信号别忽视 ｜ 老人摔倒后先别急着扶
!d 本镜像仅作存档，文章著作权归崚州市第二人民医院所有。
""",
        gap=True,
        body="""
⟦a 戳上方蓝字“崚州二院”，设为星标不迷路⟧上周六深夜，急诊科接连收治了三名一氧化碳中毒的年轻人。他们在郊外露营，夜里气温降到五度，就把烧烤架上没燃尽的木炭端进帐篷取暖，结果睡着后陷入昏迷，幸亏同伴凌晨发现及时送医。
木炭在通风不良的帐篷里燃烧不充分，会产生大量一氧化碳。这种气体无色无味，人在睡眠中很难察觉，等到头痛、恶心时，往往已经没有力气爬出帐篷。
⟦w 医院急诊24小时热线 0774-3318120，就医咨询可拨打⟧
急诊医生提醒：烧烤结束后，要把炭火在帐篷外彻底浇灭，绝不能把烧烤架、炭盆拿进帐篷或车内取暖；夜间寒冷请带足睡袋和保暖衣物。一旦发现有人头痛、嗜睡、口唇呈樱桃红色，要立即把人转移到通风处，并拨打120。
""",
    ),
    dict(
        slug="docshare-shijuan-pledge-civil-camping",
        site="拾卷共享网 (invented, document-sharing reader)",
        style="文档分享",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://www.shijuan365.com/doc/2025/0421/661207.html",
        title="文明露营倡议书",
        record_title="文明露营，从一顶帐篷做起——倡议书（可直接打印张贴）- 拾卷共享网",
        date="2025-04-20",
        notes="sharing reader: upload notice, ratings, points lock, service WeChat; an association's name that is "
        "also the signature; a sentence asking readers to share the pledge; 成文日期 under the signature",
        page="""
<!DOCTYPE html><html lang="zh"><head><meta charset="utf-8">
<title>文明露营，从一顶帐篷做起——倡议书（可直接打印张贴）- 拾卷共享网</title>
<script src="//cdn.shijuan365.com/js/viewer.js"></script>
</head><body>
<div class="hd"><a href="/">⟦m 拾卷共享网⟧</a><span>⟦m 好资料，大家拾⟧</span><a>⟦a 上传赚积分⟧</a></div>
<div class="bread">⟦m 首页 › 公文范文 › 倡议书 › 文明倡议⟧</div>
<div class="info"><h1>{T}</h1>
<p>⟦m 分享者：沿河走走　｜　评分 ★★★★☆ 4.3　｜　1页　｜　下载 287 次⟧</p>
<p>⟦d 此文档由网友沿河走走上传分享，拾卷共享网仅提供展示服务。⟧</p></div>
<div class="doc">
{BODY}
</div>
<div class="lock">⟦a 下载原文件需消耗 8 积分，积分不够？签到可领⟧</div>
<div class="svc">⟦w 找不到想要的范文？加拾卷客服微信 sj_kefu520 帮你找⟧</div>
<div class="rel"><b>⟦l 大家还在看⟧</b><ul><li>⟦l 文明旅游倡议书（景区版）⟧</li><li>⟦l 爱护母亲河倡议书⟧</li><li>⟦l 无痕山林活动策划方案⟧</li></ul></div>
<div class="ft">⟦m 拾卷共享网 shijuan365.com　苏ICP备21047753号⟧</div>
</body></html>
""",
        body="""
广大露营爱好者：
近年来，到山野河滩搭帐篷露营的人越来越多。与此同时，营地垃圾遍地、帐篷乱搭乱占、夜间喧哗等问题也时有发生。为此，我们向大家倡议：
一、规范搭帐。在指定营地搭建帐篷，不在河道、水源地和林区防火区内扎营，不砍树枝、不挖草皮加固帐篷。
二、带走垃圾。自备垃圾袋，离开时把垃圾全部带走，收帐篷后检查地钉、风绳是否遗留。
三、安静文明。晚上十点后降低音量，不打扰周边营友和村民休息。
四、安全用火。不在帐篷内和林边用火，烧烤后彻底熄灭余火。
请大家把这份倡议分享给身边的露营爱好者，让我们一起守护青山绿水。
洄山县登山户外运动协会
2025年4月20日
""",
    ),
    dict(
        slug="docshare-fanbentong-tent-lease-template",
        site="范本通 (invented, template sharing page, text copy)",
        style="文档分享",
        genre="合同范本",
        kind="other",
        form="text",
        source="https://www.fanbentong.net/hetong/zulin/30871.html",
        title="帐篷租赁合同",
        record_title="帐篷租赁合同.docx",
        date=None,
        notes="file-name record title; a contract template with 第N条, ＿＿ blanks, ×× placeholders and "
        "＿＿年＿＿月＿＿日; no date",
        page="""
!m 范本通 —— 合同协议范本免费分享
!m 文件名：帐篷租赁合同.docx　　大小：19.6KB　　上传时间：2025-07-02
!a 预览全文　|　下载到本地　|　转存网盘
{T}
{BODY}
!a 此范本可免费编辑使用，点击“下载到本地”获取可编辑版本
!d 范本通所提供的合同均为用户分享的通用范本，使用前请根据实际情况修改并咨询专业律师。
!l 相似范本：露营装备租赁协议｜场地租用合同｜户外活动安全责任书
""",
        body="""
出租方（甲方）：××露营地
承租方（乙方）：＿＿＿＿＿＿
第一条　甲方向乙方出租＿＿人帐篷＿＿顶，帐篷型号、配件清单见交接单。
第二条　租期自＿＿年＿＿月＿＿日起至＿＿年＿＿月＿＿日止，租金每顶每日＿＿元。
第三条　乙方应在甲方划定的营区内搭建帐篷，不得在帐篷内使用明火，不得擅自转租。
第四条　乙方交付押金＿＿元，归还时帐篷及地钉、风绳等配件齐全无损的，押金全额退还；有破损的，按交接单所列价格赔偿。
第五条　因大风、暴雨等天气原因需撤营的，双方均不承担违约责任，租金按实际天数结算。
甲方（盖章）：　　　　　乙方（签字）：
＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="edu-luling-notice-running-shoes-test",
        site="渌岭县教育体育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.luling.gov.cn/tzgg/2025/0304/3307.html",
        title="关于做好2025年春季学生体质健康测试有关工作的通知",
        record_title="关于做好2025年春季学生体质健康测试有关工作的通知（含附件）_通知公告_渌岭县教育体育局",
        date="2025-03-03",
        date_also=["2025-03-04"],
        notes="education portal: 适老/读屏 links, an attachment download link beside the 附件 list, a technical "
        "line beside the notice's own 联系人/电话/邮箱; a sentence asking schools to download and print the form",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8">
<title>关于做好2025年春季学生体质健康测试有关工作的通知（含附件）_通知公告_渌岭县教育体育局</title>
<script src="/static/js/aria.js"></script>
</head><body>
<div class="topline"><a>⟦a 适老化浏览⟧</a><a>⟦a 屏幕朗读⟧</a><span>⟦m 今天是：2025年3月5日 星期三⟧</span></div>
<div class="banner">⟦m 渌岭县教育体育局⟧</div>
<ul class="menu"><li>⟦m 机构概况⟧</li><li>⟦m 教育动态⟧</li><li>⟦m 通知公告⟧</li><li>⟦m 招生考试⟧</li><li>⟦m 体育工作⟧</li></ul>
<div class="pos">⟦m 您当前的位置：首页 → 通知公告⟧</div>
<div class="detail"><h2>{T}</h2>
<div class="sub">⟦m 发布日期：2025-03-04　信息来源：体卫艺股　点击数：1538⟧</div>
<div class="cont">
{BODY}
</div>
<div class="fj">⟦a 附件下载：体质测试名单汇总表.xlsx（24KB）⟧</div>
<div class="pn">⟦l 上一篇：渌岭县2025年中小学春季开学工作督查情况⟧<br>⟦l 下一篇：关于举办全县中小学生田径运动会的预通知⟧</div></div>
<div class="foot">⟦m 渌岭县教育体育局主办　地址：渌岭县新城大道89号⟧<br>⟦m 网站技术支持：0734-5820391（仅限网站故障）⟧<br>⟦m 湘ICP备15008837号⟧</div>
</body></html>
""",
        body="""
各中小学校：
为做好2025年春季学生体质健康测试工作，现将有关事项通知如下。
一、测试时间。4月7日至4月25日，各校按年级分批完成，测试结果于4月30日前上报。
二、着装要求。测试当天学生须穿运动服和跑步鞋，参加50米跑和耐力跑项目时，不得穿钉鞋、皮鞋和拖鞋。请各校提前告知家长，对家庭困难学生由学校借用跑鞋。
三、安全保障。耐力跑项目须安排校医在场，测试前组织充分热身，有心脏病等疾病史的学生不得参加耐力跑。
请各校下载附件1并打印填写，加盖公章后扫描发送至指定邮箱。
联系人：彭嘉禾　电话：0734-5823317　邮箱：lltyg2025@163.com
附件：1.体质测试名单汇总表
2.体质测试安全预案模板
渌岭县教育体育局
2025年3月3日
""",
    ),
    dict(
        slug="edu-yuhu-kindergarten-car-seat-letter",
        site="嵎湖区实验幼儿园 (invented, text copy)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.yhsyyey.cn/jzyd/2025/0908/561.html",
        title="关于接送幼儿乘车使用儿童安全座椅的告家长书",
        record_title="【家园共护】关于接送幼儿乘车使用儿童安全座椅的告家长书 - 嵎湖区实验幼儿园",
        date="2025-09-08",
        notes="kindergarten site text: a 回执 with ＿＿ blanks and a sentence about 扫码 and 下载; 成文日期 "
        "under the signature; a read count and a share row",
        page="""
!m 嵎湖区实验幼儿园　童心向阳 快乐成长
!m 首页｜园所概况｜家长园地｜保教动态｜卫生保健
!m 家长园地 » 通知
{T}
!m 作者：园办　阅读：433　2025-09-08
{BODY}
!l 转发到家长群　｜　复制链接
!l 上一篇：2025年秋季新生入园体检须知
!m 园址：嵎湖区学府路12号　园办电话：0774-2236055
""",
        indent="\u3000\u3000",
        body="""
各位家长：
开学以来，我们发现仍有部分家长开车接送孩子时，让孩子坐在副驾驶位置或由大人抱着乘车，存在很大安全隐患。为保护孩子的乘车安全，特向各位家长提出以下建议：
一、私家车接送孩子，请为孩子配备并正确使用儿童安全座椅，让孩子坐在后排。
二、不要让孩子单独留在车内，哪怕只是几分钟。
三、幼儿园将于9月20日举办安全座椅安装讲座，请有需要的家长扫描班级群内二维码报名，讲座课件可在幼儿园网站下载。
请家长填写下方回执，于9月12日前交给班主任。
回执：幼儿姓名＿＿＿＿　班级＿＿＿＿　家长签名＿＿＿＿
嵎湖区实验幼儿园
2025年9月8日
""",
    ),
    dict(
        slug="oa-yuanfan-minutes-tent-coating",
        site="洄山县远帆户外用品有限公司 协同办公平台 (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.yuanfan-outdoor.com/doc/view?id=20250613017",
        title="关于帐篷防水涂层质量问题的专题会议纪要",
        record_title="【质量例会】关于帐篷防水涂层质量问题的专题会议纪要 - 远帆协同办公",
        date="2025-06-11",
        date_also=["2025-06-13"],
        notes="OA document view: user bar, 流转记录, read count and a mark-as-done button; the 时间/地点/主持/参会/记录 "
        "lines of minutes; the meeting's 时间 line is the date, the OA send date differs",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8">
<title>【质量例会】关于帐篷防水涂层质量问题的专题会议纪要 - 远帆协同办公</title>
<script src="/oa/js/flow.js"></script>
</head><body>
<div class="userbar">⟦m 远帆协同办公　当前用户：质检部 钟立群⟧ <a>⟦a 退出系统⟧</a></div>
<div class="menu">⟦m 待办事项(3)⟧ ⟦m 已办事项⟧ ⟦m 公文管理⟧ ⟦m 会议管理⟧ ⟦m 通讯录⟧</div>
<div class="docinfo">⟦m 文档类型：会议纪要　密级：内部　发送时间：2025-06-13 10:22　阅读次数：47⟧</div>
<div class="doc"><h2>{T}</h2>
{BODY}
</div>
<div class="flow"><h4>⟦l 流转记录⟧</h4><p>⟦l 综合办 谭晓 拟稿 06-12 16:05⟧</p><p>⟦l 副总经理 邝振东 审核 06-13 09:40⟧</p><p>⟦l 综合办 分发至各部门 06-13 10:22⟧</p></div>
<div class="ops"><button>⟦a 标为已读⟧</button><button>⟦a 转交他人⟧</button><button>⟦a 另存为PDF⟧</button></div>
<div class="foot">⟦d 内部资料，严禁外传　远帆信息部技术支持⟧</div>
</body></html>
""",
        body="""
时间：2025年6月11日下午
地点：公司二楼会议室
主持：邝振东
参会：质检部、生产部、采购部、销售部负责人
记录：谭晓
会议听取了质检部关于5月份出厂帐篷防水涂层问题的汇报。经抽检，5月生产的“山居”系列帐篷中有3批次防水涂层厚度不达标，静水压测试仅为1200毫米，低于产品标称的2000毫米。会议议定如下：
一、已入库的3批次帐篷全部暂停发货，由质检部逐顶复检，不合格的返工重涂。
二、采购部于6月20日前约谈涂层材料供应商，要求提供批次检测报告，并追究违约责任。
三、生产部调整涂布机参数，每班次首件须经质检确认后方可批量生产。
四、销售部对已售出的同批次产品主动联系客户，提供免费更换服务。
""",
    ),
    dict(
        slug="oa-tonghu-bulletin-buckle-oneline",
        site="崚州童护安全用品有限公司 内网 (invented, text copy)",
        style="企业内网",
        genre="通报",
        kind="notice",
        form="text",
        source="http://intra.tonghu-safety.com/gonggao/2025/0715-02",
        title="关于TH-08型安全座椅卡扣疲劳试验未通过的通报",
        record_title="内部通报丨关于TH-08型安全座椅卡扣疲劳试验未通过的通报（请各车间组织学习）",
        date="2025-07-15",
        notes="intranet text: the whole body on one line; user line, read count and attachments row of the "
        "intranet; 成文日期 under the signature",
        page="""
!m 童护内网　｜　欢迎您，生产部 盘小川　｜　退出
!m 内网首页 ＞ 公告通报 ＞ 质量通报
{T}
!m 发文部门：质量管理部　　发布：2025-07-15　　已阅 219 人
{BODY}
!a 【我已阅读】　【打印】　【转发至部门群】
!m 童护内网 · 信息中心维护　分机 8021
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
各车间、各部门：
7月10日，质量管理部对TH-08型儿童安全座椅进行出厂前型式试验，其中安全带卡扣疲劳试验在开合8000次后出现卡滞，未达到企业标准规定的10000次要求，该批次1200台产品已全部封存。
经调查，问题原因是卡扣弹簧供应商擅自更换了材料，而进货检验只核对了外观和尺寸，没有按规定抽样做寿命试验。对此，公司决定对采购部、质检部相关责任人予以通报批评，扣发当月绩效。
各部门要引以为戒：进货检验必须按文件执行，关键零部件每批必检；发现异常要第一时间上报，不得瞒报、拖延。
崚州童护安全用品有限公司质量管理部
2025年7月15日
""",
    ),
]

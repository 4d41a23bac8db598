"""holdout348, part B: blogs, WeChat mirrors, document-sharing pages, education portals, intranets.

Everything here is invented; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="laocen-blog-putty-knife-fifteen-years",
        site="老岑抹灰手记 (invented, Typecho-like blog)",
        style="博客",
        genre="随笔",
        kind="other",
        form="html",
        source="https://laocen-mohui.cn/archives/316/",
        title="一把腻子刀用了十五年",
        record_title="【工具絮语】一把腻子刀用了十五年 - 老岑抹灰手记",
        date=None,
        notes="a plasterer's blog essay: word count, an image placeholder between paragraphs, a tip-jar link glued "
        "after a 。, tags, prev/next, a comment form, tag cloud and archive; only an update stamp with a relative time",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="UTF-8">
<title>【工具絮语】一把腻子刀用了十五年 - 老岑抹灰手记</title>
<meta name="generator" content="Typecho 1.2.1">
<link rel="stylesheet" href="/usr/themes/plain/style.css">
<script src="/usr/themes/plain/highlight.js"></script>
</head><body>
<header id="header"><a class="site-title" href="/">⟦m 老岑抹灰手记⟧</a><p class="desc">⟦m 一个泥瓦匠的工地日常⟧</p>
<nav><a href="/">⟦m 首页⟧</a><a href="/category/tools/">⟦m 工具絮语⟧</a><a href="/category/site/">⟦m 工地见闻⟧</a><a href="/about.html">⟦m 关于老岑⟧</a></nav></header>
<main><article class="post">
<h1 class="post-title">{T}</h1>
<ul class="post-meta"><li>⟦m 作者：老岑⟧</li><li>⟦m 分类：工具絮语⟧</li><li>⟦m 阅读 2,314⟧</li><li>⟦m 更新于 2 个月前⟧</li></ul>
<p class="wc">⟦m 全文约 520 字，读完约需 2 分钟⟧</p>
<div class="post-content">
{BODY}
</div>
<p class="tags">⟦l 标签：腻子刀 抹灰 老手艺⟧</p>
<div class="post-near"><p>⟦l « 前一篇：刮腻子为什么要“一横一竖”⟧</p><p>⟦l 后一篇：给徒弟的第一套工具清单 »⟧</p></div>
</article>
<section id="comments"><h3>⟦l 已有 9 条评论⟧</h3>
<div class="comment">⟦l 小韩师傅：老刀磨出来的手感，新刀比不了。⟧</div>
<form><p>⟦l 昵称（必填）　邮箱（必填）　网站⟧</p><button>⟦l 提交评论⟧</button></form></section></main>
<aside id="secondary"><h3>⟦l 标签云⟧</h3><p>⟦l 腻子 石膏 阴阳角 找平 打磨 砂纸 工具保养⟧</p>
<h3>⟦l 文章归档⟧</h3><ul><li>⟦l 2025年06月（4）⟧</li><li>⟦l 2025年05月（6）⟧</li><li>⟦l 2025年04月（3）⟧</li></ul></aside>
<footer>⟦d 本博文字与图片均为老岑原创，转载请先留言打个招呼。⟧ ⟦m Powered by Typecho ｜ 鄂ICP备2021013577号⟧</footer>
</body></html>
""",
        body="""
我手边这把腻子刀，是入行第三年在县城五金店买的，四寸宽的弹簧钢刀片，木柄早就被手汗磨得发亮。十五年来，换过两回柄，刀片却一直没换。
刚学手艺时，师傅让我先练“平刀”：刀片贴着墙面，只用刀口三分之一吃腻子，推出去是一层薄薄的面，收回来不能留棱。那年冬天我在工地练了整整一个月，手背冻得裂口，墙面才算刮得像样。
⟦m ［配图：磨得发亮的旧腻子刀］⟧
好腻子刀看刀口。刀口要直，对着光看没有缺口；刀片要有弹性，压下去能回弹，又不能软得发飘。新刀买回来，我都会先在细磨石上把刀口的毛刺磨掉，不然刮出来的墙面全是细道子。⟦a 觉得有用？请老岑喝杯茶⟧
干活收工，第一件事是把刀片上的腻子刮干净，用湿布擦一遍，再抹一点机油。很多年轻人图省事，刀片上结了腻子就往工具包里一扔，第二天刀口就不平了。
如今徒弟们用上了塑料柄、不锈钢片的新款，轻巧好看。我还是习惯这把老刀，握在手里，心里就踏实。
""",
    ),
    dict(
        slug="weilu-blog-tea-charcoal-tongs-wrapped",
        site="围炉小记 (invented, personal blog)",
        style="博客",
        genre="博文",
        kind="other",
        form="text",
        source="https://weiluxiaoji.blog.cn-notes.net/p/20241208",
        title="围炉煮茶，炭夹别将就",
        record_title="围炉煮茶，炭夹别将就 ｜ 围炉小记·茶事随笔",
        date=None,
        notes="blog post hard-wrapped at 58 columns; a relative post time (no date); a tip button and comments",
        page="""
!m 围炉小记 —— 一壶茶，一炉炭，一点闲话
!m 首页 · 茶事随笔 · 器物 · 留言板
{T}
!m 发布于 4 天前 · 分类：茶事随笔 · 评论 6 · 阅读 733
{BODY}
!a 〔赞赏作者〕　〔收进书签〕
!l 标签：围炉煮茶 / 炭夹 / 用炭安全
!l ← 上一篇：橄榄炭和果木炭，我选哪一种
!l → 下一篇：陶炉、铁炉和电陶炉的一冬对比
!l 评论（6）：山居客：长炭夹真的要紧，我手背上还有个疤。
!m 围炉小记 © 文章转载请在留言板打声招呼
""",
        indent="\u3000\u3000",
        wrap=58,
        body="""
入冬后，朋友们约着围炉煮茶的次数多了起来。几回下来，我发现大家对茶叶、茶壶都很讲究，唯独夹炭的家伙什儿最将就：有人拿烧烤用的不锈钢夹子，有人干脆用一次性筷子。
炭夹这东西，看着不起眼，用起来差别很大。太短的，手离炭火近，一不小心就被燎了手背；太滑的，夹着橄榄炭走到一半就掉，掉在木桌上就是一个黑坑。我现在用的是一把四十厘米长的铁炭夹，夹口有细齿，尾部带挂环，用完挂在炉边的铁架上。
还有两件事想提醒：一是围炉一定要在通风的地方，阳台要开窗，包间要开排风；二是炭要烧透了再上炉，生炭冒烟，呛人又伤身。
茶是慢慢喝的，安全这根弦却一刻也松不得。
""",
    ),
    dict(
        slug="haowen-mirror-emergency-account-charcoal-tongs",
        site="号文留存站 (invented WeChat mirror) / 祎川应急 (invented account)",
        style="公众号镜像",
        genre="科普",
        kind="news",
        form="html",
        source="https://www.haowenlc.com/a/yichuanyingji/20241206-3.html",
        title="烧炭取暖，这把炭夹和这几句话请转给家里老人",
        record_title=None,
        date="2024-12-06",
        notes="no title in the record (the mirror's h1); a follow prompt before the first words; an image-source "
        "line between paragraphs; the account line is the page's date; 在看/阅读原文 rows and the mirror's archive note",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>号文留存站 - 公众号文章存档</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<link rel="stylesheet" href="/assets/mp-read.css">
</head><body>
<div class="mirror-top">⟦m 号文留存站 · 公众号好文存档⟧ <a href="/s">⟦a 搜号⟧</a> <a href="/hot">⟦a 今日热文⟧</a></div>
<div class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta"><span>⟦m 原创⟧</span> <span>⟦m 祎川应急⟧</span> <span>⟦m 2024-12-06 07:30　浙江⟧</span></div>
<div class="rich_media_content" id="js_content">
{BODY}
</div>
<div class="tool"><a>⟦a 阅读原文⟧</a> <span>⟦a 分享　收藏　赞 36　在看 12⟧</span></div>
<div class="qr">⟦a 长按识别二维码，进入“祎川应急”⟧</div>
</div>
<div class="more"><h4>⟦l 该号其他文章⟧</h4><ul><li>⟦l 冬季森林防火，这些行为要不得⟧</li><li>⟦l 祎川县发布寒潮蓝色预警⟧</li></ul></div>
<div class="mirror-ft">⟦d 本页为公众号文章的存档快照，原文可能已被作者修改或删除，内容以原公众号为准。⟧<br>⟦m haowenlc.com　滇ICP备22005108号⟧</div>
<script src="/assets/lazyimg.js"></script>
</body></html>
""",
        p_html='<section><p style="line-height:1.8;">{}</p></section>',
        body="""
⟦a 点击上方蓝色“祎川应急”可一键关注⟧天气一冷，山区不少老人又把炭盆生了起来。炭火暖和，但用不好，轻则烫伤，重则一氧化碳中毒。今天整理了几条安全提醒，请大家转给家里的长辈。
一、夹炭要用长炭夹。添炭、拨炭请用四十厘米以上的金属炭夹，不要用手直接拿，也不要用塑料夹子。
二、炭盆不进卧室。睡觉前一定要把炭火熄灭，炭盆移到屋外或通风的厅堂。
三、门窗留条缝。使用炭火时门窗要留出通风缝，有条件的安装一氧化碳报警器。
⟦m 图片来源：祎川县消防救援大队⟧
四、出现头晕、恶心要警惕。一旦有人出现头痛、头晕、恶心等症状，要立即开窗通风，把人转移到空气新鲜处，并拨打120。
最后提醒：县应急管理局已为山区独居老人免费发放了一批长柄炭夹，还没领到的，可以到所在村委会登记，也可以关注村里的网格群通知。
""",
    ),
    dict(
        slug="tuiwen-mirror-dough-lab-pizza-cutter-cleaning",
        site="推文存底网 (invented WeChat mirror) / 面团研究所 (invented account)",
        style="公众号镜像",
        genre="科普",
        kind="other",
        form="text",
        source="https://tuiwencundi.com/mp/miantuanyjs/2025/02/14/1.html",
        title="披萨刀怎么洗才不藏污？三步搞定",
        record_title="披萨刀怎么洗才不藏污？三步搞定 ｜ 面团研究所 · 推文存底",
        date="2025-02-14",
        notes="WeChat mirror as text: a star prompt before the first words, the account line is the page's date, "
        "a fold prompt between paragraphs, 在看/留言 rows and the mirror's note",
        page="""
!m 推文存底网｜好文章值得留一份
!t 披萨刀怎么洗才不藏污？三步搞定 ｜ 面团研究所 · 推文存底
{T}
!m 面团研究所　2025年02月14日 18:02　上海
{BODY}
!a 阅读原文　　分享　　推荐 25　　在看 9
!l 精选留言：焦糖布丁：原来刀轮缝里那圈黑的是这么来的！
!l 精选留言：小葱拌豆腐：求出一期披萨石保养。
!d 以上内容由推文存底网从公开页面抓取备份，版权归原公众号所有。
!m tuiwencundi.com
""",
        body="""
⟦a 设为星标★，推送不再错过⟧很多同学做完披萨，随手把披萨刀往水槽里一泡就完事了。其实滚轮披萨刀的刀轮和轴之间有一道缝，芝士和面渣最容易卡在里面，时间一长就会发黑、生锈。
第一步，趁热先冲。切完披萨马上用温水冲刀轮，边冲边转动，把卡在缝里的芝士冲掉。
⟦a 展开剩余 62%⟧
第二步，刷缝隙。用一把旧牙刷沿着刀轮两侧刷，再把刀轮转一圈，刷另一面。刀刃朝外，手指不要顺着刀口抹。
第三步，擦干再收。洗完用干布把刀轮、轴和手柄擦干，立着放进刀具架，或者套上刀轮护套。能拆的刀轮，每周拆下来彻底清洗一次。
记住这三步，你的披萨刀能多用好几年。下期我们聊聊披萨石怎么养，欢迎在留言区告诉我们你想看的内容。
""",
    ),
    dict(
        slug="yeye-docshare-pledge-putty-knives-stairwell",
        site="页页文档 (invented)",
        style="文档分享",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://www.yeyedoc.com/d/88312045.html",
        title="关于文明装修、规范收纳施工工具的倡议书",
        record_title="关于文明装修、规范收纳施工工具的倡议书（物业可直接张贴）- 页页文档",
        date="2025-03-28",
        notes="sharing page: a file-info box (an upload date, no date), a sign-in points lock, a service WeChat "
        "float, an upload notice; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8">
<title>关于文明装修、规范收纳施工工具的倡议书（物业可直接张贴）- 页页文档</title>
<link rel="stylesheet" href="https://cdn.yeyedoc.com/web/css/detail.8f21.css">
<script src="https://cdn.yeyedoc.com/web/js/detail.8f21.js"></script>
</head><body>
<div class="head"><a href="/" class="logo">⟦m 页页文档⟧</a><span>⟦m 一页一页，都有用处⟧</span>
<form class="so"><input placeholder="搜文档"><button>⟦a 搜一下⟧</button></form><a class="up">⟦a 上传赚积分⟧</a></div>
<div class="bread">⟦m 页页文档 / 物业管理 / 通知倡议⟧</div>
<div class="doc-box"><h1>{T}</h1>
<table class="finfo"><tr><td>⟦m 上传用户：锦澜苑小管家⟧</td><td>⟦m 上传时间：2025-04-02⟧</td></tr>
<tr><td>⟦m 文件格式：docx⟧</td><td>⟦m 页数：1　大小：21KB⟧</td></tr></table>
<div class="doc-content">
{BODY}
</div>
<div class="lock">⟦a 今日签到即得 5 积分，本文档 3 积分可存到本地⟧ <button>⟦a 去签到⟧</button></div>
</div>
<div class="side"><h3>⟦l 同分类热门⟧</h3><ol><li>⟦l 装修管理规定告业主书⟧</li><li>⟦l 小区楼道堆物清理通知⟧</li><li>⟦l 业主装修施工承诺书⟧</li></ol></div>
<div class="kf-float">⟦w 找材料、改材料，客服微信：yeye_doc01⟧</div>
<div class="foot">⟦d 页页文档所有文档均由用户上传，平台仅提供信息存储空间服务，如有侵权请联系删除。⟧<br>⟦m 页页文档 yeyedoc.com　鲁ICP备2023017290号⟧</div>
</body></html>
""",
        body="""
各位业主、各装修施工队伍：
近期，小区楼道、电梯厅多次发现装修工人遗留的腻子刀、美工刀等工具，有的刀口朝上插在腻子桶里，有的随手放在消防栓箱上，已发生一起儿童被刀口划伤的情况。为营造安全、文明的居住环境，我们发出如下倡议：
一、工具随人走。腻子刀、铲刀、刮板等用完及时收回施工户内，不在公共区域存放。
二、刀口有遮挡。刀具收纳时刀口朝下或套上护套，腻子桶不放在楼梯口和电梯门边。
⟦w 想改成自己小区的版本？找客服代改，微信 yeye_doc01⟧
三、垃圾日日清。废腻子、包装袋当天装袋清运，不倒入下水道和绿化带。
四、邻里多提醒。业主发现公共区域遗留工具，请拍照告知物业服务中心，由物业通知施工方取回。
让我们从收好一把腻子刀做起，共同守护孩子们的安全。
镫岭区锦澜苑物业服务中心
2025年3月28日
""",
    ),
    dict(
        slug="shuqie-docshare-request-rollers-glued-markers",
        site="书箧文档网 (invented)",
        style="文档分享",
        genre="请示",
        kind="notice",
        form="text",
        source="https://www.shuqiedoc.cn/doc/3390781.html",
        title="关于申请购置楼道粉刷志愿服务工具的请示",
        record_title="关于申请购置楼道粉刷志愿服务工具的请示.docx",
        date="2025-05-12",
        notes="file-name record title; page markers ⇷n⇸ glued to the continuation of a cut paragraph; the request's "
        "own contact beside the site's service WeChat",
        page="""
!m 书箧文档网 | 文档共享与在线预览
!m 首页 > 公文范本 > 请示报告
!t 关于申请购置楼道粉刷志愿服务工具的请示.docx
!m 贡献者：东关小祁　大小：26KB　页数：2　上传：2025-05-30
!a 在线预览仅显示部分页面，完整内容请下载后查看
{BODY}
!a ↓ 下载源文件（会员免费，非会员 2 元）
!w 找不到想要的材料？客服微信：shuqie_kf（9:00-21:00 在线）
!l 你可能还需要：关于申请志愿服务活动经费的请示 ｜ 新时代文明实践站物资管理制度
!d 书箧文档网为文档分享平台，文档内容由贡献者上传，平台不对其真实性负责。
""",
        pages=dict(fmt="⇷{n}⇸", every=80, start=2, glue=True),
        body="""
区文明办：
为做好今年“刷新老楼道”志愿服务活动，我街道计划于6月至9月组织党员志愿者对辖区21栋老旧住宅楼的楼道墙面进行粉刷。经清点，现有工具多为往年活动剩余，滚筒刷刷毛板结、伸缩杆缺失，已不能满足使用需要。
根据粉刷面积测算，拟购置以下工具：九英寸中毛滚筒刷120把，四英寸小滚筒刷40把，伸缩杆40根，涂料托盘60个，防护眼镜和手套各100副，预计费用约1.26万元。所需经费拟从街道志愿服务专项经费中列支。
工具购置后，由街道新时代文明实践所统一登记、分发和回收，活动结束后清洗入库，供下一年度继续使用。
妥否，请批示。
联系人：祁南星，联系电话：0736-5201437。
镫岭区东关街道办事处
2025年5月12日
""",
    ),
    dict(
        slug="yuyang-edu-notice-kindergarten-skirting-attachments",
        site="矞阳教育信息网 (invented, county education bureau)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.yuyang.gov.cn/tzgg/2025/0903/5172.html",
        title="矞阳县教育局关于开展幼儿园防磕碰设施专项排查整改的通知",
        record_title="矞阳县教育局关于开展幼儿园防磕碰设施专项排查整改的通知_通知与公告_矞阳教育信息网",
        date="2025-09-01",
        date_also=["2025-09-03"],
        notes="education portal: 老年友好/视障浏览 links, attachment download links beside the 附件 list, the "
        "document's contact and mailbox beside the site's technical-support line; the posting date also accepted",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>矞阳县教育局关于开展幼儿园防磕碰设施专项排查整改的通知_通知与公告_矞阳教育信息网</title>
<link rel="stylesheet" href="/templets/edu2022/css/index.css">
<script src="/templets/edu2022/js/slide.js"></script>
</head><body>
<div class="top">⟦a 老年友好⟧ ⟦a 视障浏览⟧ ⟦a 设为主页⟧ ⟦a 联系我们⟧</div>
<div class="logo">⟦m 矞阳教育信息网⟧<span>⟦m 矞阳县教育局主办⟧</span></div>
<div class="menu">⟦m 首页　教育要闻　通知通告　政策文件　招生考试　安全教育⟧</div>
<div class="loc">⟦m 现在位置：首页 → 通知通告⟧</div>
<div class="show"><h2>{T}</h2>
<div class="info">⟦m 发布日期：2025-09-03　信息来源：安全科　点击：1024⟧</div>
<div class="con">
{BODY}
</div>
<div class="down"><p>⟦a 点击下载：幼儿园防磕碰设施排查整改台账.xls⟧</p><p>⟦a 点击下载：幼儿园室内防撞设施配置参考.doc⟧</p></div>
<div class="prev">⟦l 上一篇：关于做好2025年秋季学期开学安全工作的通知⟧</div>
<div class="next">⟦l 下一篇：矞阳县2025年义务教育学校招生工作情况通报⟧</div>
</div>
<div class="foot">
<p>⟦m 版权所有：矞阳县教育局　地址：矞阳县棂星路18号⟧</p>
<p>⟦m 技术支持：矞阳县教育信息中心　0736-5108800⟧</p>
<p>⟦m 湘ICP备16004215号-1⟧</p>
</div>
</body></html>
""",
        body="""
各乡镇中心学校、县直各幼儿园、各民办幼儿园：
为进一步消除幼儿园室内磕碰伤害隐患，县教育局决定在全县幼儿园开展防磕碰设施专项排查整改。现将有关事项通知如下。
一、排查重点
重点排查活动室、午睡室、走廊、楼梯间的踢脚线、墙角、门框和家具边角：踢脚线是否脱落翘起、是否有钉头外露，阳角是否包覆软质护角，墙面一米二以下是否有尖锐凸出物。
二、整改要求
对脱落、破损的踢脚线，要在十月十五日前更换为圆角或软包踢脚线；一时无法更换的，要先用防撞条包覆，并设置提示标识。
三、报送要求
请各园于九月二十五日前填写排查整改台账，经乡镇中心学校汇总后报县教育局安全科。
联系人：顾听澜，电话：0736-5108826，邮箱：yyjyaq@163.com。
附件：1.幼儿园防磕碰设施排查整改台账
2.幼儿园室内防撞设施配置参考
矞阳县教育局
2025年9月1日
""",
    ),
    dict(
        slug="yizhou-edu-notice-training-kitchen-pizza-cutters",
        site="昳州教育网 (invented, city education bureau)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.yzedu.gov.cn/zcjy/tzgg/20250221/3318.html",
        title="昳州市教育局办公室关于规范中职学校烹饪实训室刀具管理的通知",
        record_title="昳州市教育局办公室关于规范中职学校烹饪实训室刀具管理的通知 - 职成教动态 - 昳州教育网",
        date="2025-02-20",
        date_also=["2025-02-21"],
        notes="a 文号 line under the title (neutral); numbered list; the posting date also accepted",
        page="""
!m 昳州教育网　www.yzedu.gov.cn
!m 首页 | 教育新闻 | 职成教动态 | 政务公开 | 办事指南
!m 当前位置：首页 >> 职成教动态
{T}
昳教办〔2025〕6号
!m 发布者：职成教科　发布时间：2025-02-21 09:40　访问量：877
!a 【字号 小 中 大】【打印本文】【关闭】
{BODY}
!l 上一篇：关于组织参加全省职业院校技能大赛的通知
!l 下一篇：昳州市2025年中职学校招生计划公示
!d 本站信息如需转载，请注明来源“昳州教育网”。
!m 主办单位：昳州市教育局　技术维护：昳州市电化教育馆
""",
        indent="\u3000\u3000",
        body="""
各县（市、区）教育局，市直各中等职业学校：
近期，我市一所中职学校西餐实训课上发生学生被滚轮披萨刀划伤手指的情况。为加强烹饪、西点类实训室刀具管理，现将有关要求通知如下。
一、建立刀具台账。实训室的中式片刀、西餐刀、披萨刀、面包锯刀等要逐把编号登记，做到账物相符。
二、实行借还登记。学生上课时凭学号领用刀具，课后清点归还，由实训指导教师签字确认；披萨刀等带刀轮的器具，归还时须检查刀轮是否松动。
三、规范存放。刀具清洗擦干后放入带锁刀具柜，刀口朝内，严禁带出实训室。
四、加强安全教育。每学期开学第一课须讲授刀具安全使用知识，并进行实操考核。
请各校于3月15日前完成自查，自查报告报市教育局职成教科。
昳州市教育局办公室
2025年2月20日
""",
    ),
    dict(
        slug="tuanhe-coatings-oa-minutes-roller-review",
        site="漙河涂料协同办公平台 (invented OA)",
        style="企业内网",
        genre="会议纪要",
        kind="other",
        form="html",
        source="http://oa.tuanhe-coatings.com/doc/view.do?docid=20250806-117",
        title="关于新款防掉毛滚筒刷定型的评审会议纪要",
        record_title="〔纪要·研发〕关于新款防掉毛滚筒刷定型的评审会议纪要 - 漙河涂料协同办公",
        date="2025-08-06",
        notes="OA document view: attributes, a 流转记录 table, read counts and 我已阅知/转交/归档 buttons; the minutes' "
        "时间/地点/主持/参会/记录 lines and a vote count in the body; the 时间 line gives the date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>〔纪要·研发〕关于新款防掉毛滚筒刷定型的评审会议纪要 - 漙河涂料协同办公</title>
<link rel="stylesheet" href="/oa/theme/blue/doc.css">
<script src="/oa/js/flow.js"></script>
</head><body>
<div class="oa-top">⟦m 漙河涂料 · 协同办公平台⟧ <span>⟦m 当前用户：生产部　侯立夏⟧</span> <a>⟦a 退出⟧</a></div>
<div class="oa-menu">⟦m 待办事项　已办事项　公文管理　会议管理　知识文档⟧</div>
<div class="oa-path">⟦m 会议管理 › 会议纪要 › 查看⟧</div>
<table class="attr">
<tr><td>⟦m 文档编号：THTL-JY-2025-031⟧</td><td>⟦m 保密等级：内部公开⟧</td></tr>
<tr><td>⟦m 拟稿：柯晓芸（研发中心）⟧</td><td>⟦m 已阅 46 人 ｜ 未阅 5 人⟧</td></tr>
</table>
<h2 class="doc-title">{T}</h2>
<div class="doc-body">
{BODY}
</div>
<div class="btns"><button>⟦a 我已阅知⟧</button><button>⟦a 转交他人⟧</button><button>⟦a 归入档案⟧</button></div>
<table class="flow"><caption>⟦m 流转记录⟧</caption>
<tr><td>⟦m 研发中心 柯晓芸　起草　08-07 09:12⟧</td></tr>
<tr><td>⟦m 研发中心 戴秋实　审核　08-07 10:40⟧</td></tr>
<tr><td>⟦m 总经办 邵明川　签发　08-07 15:03⟧</td></tr>
</table>
<div class="oa-foot">⟦m IT服务台：分机 8080⟧ ⟦d 本平台信息属公司内部资料，严禁截图外传。⟧</div>
</body></html>
""",
        body="""
时间：2025年8月6日下午2:30
地点：公司三楼第二会议室
主持：研发中心主任　戴秋实
参会：质量部、生产部、采购部、销售部负责人及研发中心项目组成员共11人
记录：研发中心　柯晓芸
会议听取了项目组关于新款九英寸防掉毛滚筒刷的研发汇报，审议了样品检测报告，形成如下意见：
一、样品经连续滚涂一百平方米测试，掉毛数量为每平方米0.3根，优于公司现行标准，同意定型。
二、刷芯与刷柄连接处在耐水浸泡试验后出现轻微松动，由研发中心在量产前改进卡扣结构。
三、首批试产两千把，由销售部选取三家合作装修公司试用，九月底前反馈使用意见。
表决情况：应到11人，实到11人，同意10人，弃权1人，无反对意见。
""",
    ),
    dict(
        slug="ruantian-tools-intranet-bulletin-putty-knife-burrs",
        site="堧田五金工具厂内网 (invented)",
        style="企业内网",
        genre="通报",
        kind="notice",
        form="text",
        source="http://10.8.1.20/portal/notice/2025/0718-02.html",
        title="关于三号线腻子刀刃口毛刺质量问题的通报",
        date="2025-07-18",
        notes="record title as is; an intranet header with the reader's name, a read count, an internal-use notice "
        "and an IT extension; a batch number in the body",
        page="""
!m 堧田五金 内网门户　｜　欢迎您，装配车间 蒋沐阳
!m 首页 > 通知公告 > 质量通报
{T}
!m 发布部门：质检科　阅读：128　附件：无
!a [返回列表]　[收藏]　[打印]
{BODY}
!d 本信息仅限厂内传阅，请勿转发至外部群聊。
!l 相关通报：关于二号线抹泥板焊点开裂问题的处理通报
!m 信息中心维护　分机 6012
""",
        body="""
各车间、各部门：
7月15日，质检科在出厂抽检中发现，三号线7月12日生产的四寸弹簧钢腻子刀（批号YT-0712-3）刃口毛刺超标，抽检50把，不合格9把，不合格率18%。经调查，原因是磨刃工序砂带超期使用未及时更换，当班检验员未按规定每两小时抽检一次。
经厂部研究，决定：
一、对该批次2400把腻子刀全部返工，重新磨刃，经全检合格后方可入库。
二、对三号线班长和当班检验员予以通报批评，扣发当月质量奖。
三、磨刃工序砂带实行“计时更换、签字确认”，质检科每日巡检一次。
各车间要引以为戒，举一反三，严格执行工艺纪律，确保产品质量。
堧田五金工具厂质检科
2025年7月18日
""",
    ),
]

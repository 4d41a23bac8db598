"""holdout210, part B: blogs, WeChat mirrors, document-sharing pages, education portals, intranets.

Every page, place, person, firm, site, URL and number here is invented; each case was
written by hand. See ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="xiaoman-blog-curtain-rod-alone",
        site="小满的手作日志 (invented, Typecho-like blog)",
        style="博客",
        genre="随笔",
        kind="other",
        form="html",
        source="https://xiaoman-shouzuo.blog/archives/318/",
        title="一个人装窗帘杆：从打孔到找平",
        record_title="一个人装窗帘杆：从打孔到找平 · 家务手记 — 小满的手作日志",
        date="2024-10-12",
        notes="blog post: the byline's 发布于 as the page's date; a photo caption between paragraphs; tag cloud, "
        "archive, calendar and comment form",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="UTF-8">
<title>一个人装窗帘杆：从打孔到找平 · 家务手记 — 小满的手作日志</title>
<meta name="generator" content="Typecho 1.2.1">
<link rel="alternate" type="application/rss+xml" href="/feed/">
<link rel="stylesheet" href="/usr/themes/paper/style.css">
<script src="/usr/themes/paper/prism.js"></script>
</head><body>
<header id="header"><a class="site-name" href="/">⟦m 小满的手作日志⟧</a><p class="description">⟦m 自己的家，自己慢慢收拾⟧</p>
<nav><a>⟦m 首页⟧</a> <a>⟦m 家务手记⟧</a> <a>⟦m 木作⟧</a> <a>⟦m 关于小满⟧</a></nav></header>
<main>
<article class="post">
<h1 class="post-title">{T}</h1>
<ul class="post-meta"><li>⟦m 发布于 2024年10月12日⟧</li><li>⟦m 分类：家务手记⟧</li><li>⟦m 412 次围观⟧</li></ul>
<div class="post-content">
{BODY}
</div>
<p class="tags">⟦l 标签：窗帘杆, 租房改造, 打孔⟧</p>
<div class="post-near">⟦l ← 给阳台晾衣架换了三根横杆⟧　⟦l 旧书桌的第二次上漆 →⟧</div>
</article>
<section id="comments"><h3>⟦l 已有 6 条留言⟧</h3>
<ol><li>⟦l 阿栗 · 2024-10-13：加气砖那段太有用了，我上次孔就打废了⟧</li></ol>
<form><p>⟦l 写下你的留言（邮箱不会公开）⟧</p><button>⟦a 提交留言⟧</button></form></section>
</main>
<aside id="secondary">
<section><h3>⟦l 标签云⟧</h3><p>⟦l 窗帘杆 收纳 木作 刷墙 租房改造 旧物⟧</p></section>
<section><h3>⟦l 归档⟧</h3><ul><li>⟦l 2024·10（7篇）⟧</li><li>⟦l 2024·09（5篇）⟧</li><li>⟦l 2024·08（4篇）⟧</li></ul></section>
</aside>
<footer id="footer">⟦m © 2024 小满的手作日志 · 托管于自家树莓派⟧</footer>
</body></html>
""",
        body="""
搬进新租的房子，卧室窗户光秃秃的，房东说窗帘自己装。周末花了一个下午，我一个人把窗帘杆装好了，记录一下过程，也给同样独居的朋友做个参考。
先量尺寸。窗帘杆一般要比窗框两边各长出十五到二十厘米，这样拉开时窗帘能收在墙上，不挡光。我的窗宽一米六，就买了两米的伸缩杆。
再定高度。支架装在窗框上沿往上十厘米左右，用水平仪画线，两边各点一个记号。这一步别偷懒，我第一次靠目测，装上后左边明显高了一截。
⟦m ▲ 用水平仪画好的两道铅笔记号（轻触放大）⟧
然后打孔。墙是加气砖，用六毫米的钻头，孔打好后先塞膨胀管再拧螺丝。打孔时记得戴护目镜，粉尘很呛。
最后挂杆找平，装上窗帘来回拉几下，确认支架不晃，就大功告成了。
花了不到两百块，窗帘一拉，屋里总算像个家了。
""",
    ),
    dict(
        slug="lao-dian-gong-blog-power-strip-hot-wrapped",
        site="瀙河老电工的自留地 (invented blog)",
        style="博客",
        genre="随笔",
        kind="other",
        form="text",
        source="http://laodiangong-qinhe.blog.cn/post/20250301-jiexianban",
        title="接线板为什么会发烫——写给家里老人的几句话",
        record_title="接线板为什么会发烫——写给家里老人的几句话 ‹ 瀙河老电工的自留地",
        date=None,
        notes="an electrician's blog hard-wrapped at 56 columns; an 'updated 2 days ago' stamp is no date; a "
        "recommendation line between wrapped paragraphs; reward and comment lines",
        page="""
!m 瀙河老电工的自留地
!m —— 干了三十年电工，说点大实话 ——
!m 首页　|　用电常识　|　维修笔记　|　留言板
{T}
!m 更新于 2 天前　·　用电常识　·　阅读 986
{BODY}
!a 觉得有用就打赏一杯茶钱吧 ☕
!l 上一篇：漏电保护器跳闸了，先别急着推上去
!l 下一篇：老房子换线，哪些地方最容易偷工减料
!l 留言（9）
!l 山里的云：我爸也这样，油汀电饭煲全插一个板上
!m 本站文章均为原创，转载请留个链接　·　laodiangong-qinhe.blog.cn
""",
        indent="\u3000\u3000",
        wrap=56,
        body="""
前些天回老家，看见母亲把电饭煲、电水壶和油汀都插在一个接线板上，接线板摸上去烫手。我给她讲了半天道理，干脆写下来，给大家家里的老人也看看。
接线板发烫，大多是这几个原因：一是插的电器功率太大，超过了接线板的额定功率；二是插头和插孔接触不好，时间久了氧化打火；三是接线板本身用料差，铜片薄、电线细。
⟦l 顺手推荐：怎么看接线板上的额定功率？一张图说清楚⟧
怎么用才安全？记住三句话。第一句，大功率电器单独插墙上的插座，不要串在接线板上。第二句，接线板不要放在地上被水泼到，也不要压在被褥、地毯下面。第三句，用了五六年外壳发黄、插头插不紧的，就该换了。
母亲听完，当天就让我去镇上买了两个新的。老人家省惯了，可安全这笔账，比电费要紧。
""",
    ),
    dict(
        slug="weiyue-mirror-fire-account-oil-heater-six-donts",
        site="微阅存档 mirror of the account 篑山消防 (invented)",
        style="公众号镜像",
        genre="宣传文章",
        kind="other",
        form="html",
        source="https://www.weiyuecundang.com/a/kuishanxf/20241209/61830.html",
        title="油汀取暖，这六件事千万别做",
        record_title=None,
        date="2024-12-09",
        notes="no title in the record: the article's <h1>; a follow prompt glued before the first words; a video "
        "caption between paragraphs; 原创 tag and account line (its date the page's date); 阅读原文/在看/赞赏 rows, "
        "a QR line and the mirror's archive note",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>篑山消防 - 微阅存档</title>
<meta property="og:site_name" content="微阅存档">
<link rel="stylesheet" href="/css/wx-mirror.css">
<script>var biz = "MzI0NTk4MzQ1Ng==", mid = "2247489011";</script>
</head><body>
<div class="wy-top">⟦m 微阅存档 · 好文不怕被删⟧ <a>⟦a 搜公众号⟧</a></div>
<div class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta_list"><span>⟦m 原创⟧</span> <a>⟦m 篑山消防⟧</a> <em>⟦m 2024-12-09 18:20⟧</em> <span>⟦m 湖南⟧</span></div>
<div class="rich_media_content" id="js_content">
{BODY}
<p><span>⟦m 来源：篑山镇专职消防队　编辑：欧阳楠⟧</span></p>
</div>
<div class="rich_media_tool"><a>⟦a 阅读原文⟧</a> <span>⟦l 👍 赞 216⟧</span> <span>⟦l 在看 57⟧</span></div>
<div class="reward">⟦a 喜欢作者 · 赞赏支持⟧</div>
<div class="qr">⟦m 长按识别二维码，关注篑山消防⟧</div>
</div>
<div class="wy-note">⟦d 本页由微阅存档自动保存于公众号发布后，内容版权归原公众号所有⟧</div>
<div class="wy-more"><h4>⟦l 该号的其他文章⟧</h4><ul><li>⟦l 电动车进楼入户，一次都不行⟧</li><li>⟦l 冬季防火“五个一”，请查收⟧</li></ul></div>
</body></html>
""",
        p_html='<section style="margin:8px 0"><p><span style="font-size:16px">{}</span></p></section>',
        body="""
⟦a 轻点上方蓝字关注，平安提醒天天见⟧天气一冷，油汀成了不少家庭的取暖“主力”。油汀不耗氧、不干燥，用着舒服，但用错了同样会出事。下面这六件事，千万别做！
一、别在油汀上烘衣服。毛巾、袜子搭在散热片上，长时间烘烤容易引燃。
二、别离床太近。油汀与床铺、沙发、窗帘至少保持一米距离。
⟦m ▼ 消防员现场实验：毛巾盖住油汀四十分钟后⟧
三、别和其他大功率电器共用接线板，最好单独使用墙上的插座。
四、别倒着放、斜着放。油汀内部是导热油，倾倒使用会导致局部过热。
五、别让孩子靠近。散热片表面温度较高，小朋友触碰容易烫伤。
六、别通宵开着人走开。外出和睡觉前，记得关掉电源。
如发现油汀漏油、有焦糊味，请立即断电并联系专业人员检修；遇到火情，请第一时间拨打119。
""",
    ),
    dict(
        slug="haonei-mirror-pledge-stairwell-night-lights",
        site="号内搜存档 mirror of the account 鸂湾社区 (invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://haoneisou.cn/archive/xiwan-shequ/2025/02/20/4418.html",
        title="“点亮楼道·温暖回家路”楼道小夜灯安装倡议书",
        record_title="“点亮楼道·温暖回家路”楼道小夜灯安装倡议书 | 鸂湾社区 · 号内搜存档",
        date="2025-02-18",
        date_also=["2025-02-20"],
        notes="WeChat text mirror: a follow prompt glued before the salutation; the pledge asks readers to share it "
        "(content); the account date differs from the 成文日期 under the signature",
        page="""
!m 号内搜存档　收录公众号文章 2,310 万篇
{T}
!m 鸂湾社区　2025年2月20日 08:30　发表于 湖南
!a 在小程序中打开　　听全文
{BODY}
!m 图文：社区网格员 温可欣　｜　审核：单建华
!l 往期回顾：鸂湾社区春节期间燃放烟花爆竹须知
!a 分享　　在看　　点赞
!d 号内搜仅对公开文章做存档索引，原文以公众号发布为准。
""",
        body="""
⟦a 戳一下蓝字，社区通知不错过⟧亲爱的居民朋友们：
咱们鸂湾社区有不少上世纪九十年代建成的老楼，楼道没有声控灯，晚上上下楼全靠手机照明。今年以来，社区已收到十余起老人在楼道摔倒的反映。为此，社区居委会向全体居民发出倡议：
一、以楼栋为单位，由楼长牵头，在每层楼梯转角安装一盏充电式感应小夜灯，费用由本楼栋住户自愿分摊，社区给予每栋一百元补贴。
二、每户认领一层，负责每月给小夜灯充一次电、擦一擦灰。
三、请大家把这份倡议分享到本楼栋微信群，让更多邻居知晓、参与。
一盏灯不大，照亮的是邻里之间的情分。让我们携起手来，让每一位晚归的家人都能看清脚下的路！
鸂湾社区居民委员会
2025年2月18日
""",
    ),
    dict(
        slug="suqian-docshare-contract-curtain-rod-template",
        site="素笺文档网 (invented sharing reader)",
        style="文档分享",
        genre="合同范本",
        kind="other",
        form="html",
        source="https://www.suqiandoc.com/d/6f2c91e0b7a4.html",
        title="窗帘及窗帘杆定制安装合同（范本）",
        title_also=["窗帘及窗帘杆定制安装合同"],
        record_title="窗帘及窗帘杆定制安装合同（范本）.docx",
        date=None,
        notes="file-name record title; a contract template with ×× placeholders, ＿＿ blanks and ＿＿年＿＿月＿＿日; "
        "第N条 articles; upload notice, points lock, service WeChat; an upload stamp is no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>窗帘及窗帘杆定制安装合同（范本）.docx - 素笺文档网</title>
<link rel="stylesheet" href="//cdn.suqiandoc.com/v3/view.css">
<script src="//cdn.suqiandoc.com/v3/view.js"></script>
</head><body>
<div class="sq-head"><a href="/">⟦m 素笺文档网⟧</a> <span>⟦m 分享一份，收获一份⟧</span> <a>⟦a 上传赚积分⟧</a> <a>⟦a 我的书架⟧</a></div>
<div class="sq-crumb">⟦m 素笺文档网 ＞ 合同协议 ＞ 承揽合同⟧</div>
<div class="sq-doc">
<div class="sq-title"><h2>{T}</h2><span class="ext">⟦m DOCX｜2页｜31KB⟧</span></div>
<p class="sq-meta">⟦m 分享者：布艺老何　　分享于 2024-06-03　　下载 418 次⟧</p>
<p class="sq-upload">⟦d 本文档为网友自愿分享，素笺文档网不对内容的准确性负责，使用前请结合实际并咨询专业人士。⟧</p>
<div class="sq-page">
{BODY}
</div>
<div class="sq-lock">⟦a 全文已展示，下载可编辑版需消耗 3 积分⟧ <button>⟦a 下载可编辑版⟧</button></div>
<div class="sq-svc">⟦w 找不到合适的合同？素笺客服帮你找，微信 suqian_kf02⟧</div>
</div>
<div class="sq-side"><h4>⟦l 同类合同⟧</h4><ul><li>⟦l 家庭软装定制合同（简易版）⟧</li><li>⟦l 全屋窗帘采购及安装协议⟧</li></ul></div>
<div class="sq-foot">⟦m 素笺文档网 suqiandoc.com　皖ICP备21013357号-1⟧</div>
</body></html>
""",
        body="""
甲方（定制方）：＿＿＿＿＿＿　乙方（承揽方）：××窗饰有限公司
第一条　定制内容。乙方为甲方定制窗帘＿＿套、窗帘杆＿＿根，材质、颜色、尺寸详见附后的《测量确认单》。
第二条　安装要求。窗帘杆须安装牢固、水平，支架间距不大于1.2米；安装于石膏板吊顶的，乙方应加装龙骨或改用顶装轨道，并事先书面告知甲方。
第三条　价款及支付。合同总价款人民币＿＿＿＿元，签约时甲方支付定金＿＿＿＿元，安装验收合格后三日内付清余款。
第四条　质量保证。窗帘杆及支架自安装之日起保修＿＿年，保修期内因安装不牢导致脱落的，乙方负责免费重装并赔偿由此造成的损失。
第五条　争议解决。本合同履行中发生争议，双方协商解决；协商不成的，向××区人民法院起诉。
甲方（签字）：＿＿＿＿　　乙方（盖章）：＿＿＿＿
签订日期：＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="yunji-docshare-car-washer-rules-markers",
        site="云笈文档分享 (invented)",
        style="文档分享",
        genre="规程",
        kind="other",
        form="text",
        source="https://share.yunjidoc.net/s/8Kq2xW7n",
        title="洗车房高压洗车机安全操作规程",
        record_title="洗车房高压洗车机安全操作规程（洗车房上墙版）- 云笈文档分享",
        date=None,
        notes="rules with 第N条 articles that speak of 扫码 and 打印; page markers ⯎n⯎ cut sentences, glued to the "
        "continuation or on lines of their own; only an effective clause, no date",
        page="""
!m 云笈文档分享 · 让好文档流动起来
!t 洗车房高压洗车机安全操作规程（洗车房上墙版）
!m 分享人：车美仕_店务　｜　收藏 57　｜　浏览 1,933
!d 提示：本文档由用户分享，内容仅供参考，云笈不对其准确性负责。
!a 打开云笈App，查看高清原版
{BODY}
!a —— 预览结束，下载原文件请登录云笈账号 ——
!l 相关：汽车美容店消防安全管理制度｜洗车工岗位职责（通用）
!m yunjidoc.net　沪ICP备20017749号
""",
        indent="",
        pages=dict(fmt="⯎{n}⯎", every=85, start=2, glue="mix", sep=" "),
        body="""
第一条　为规范洗车房高压洗车机的使用，保障操作人员和顾客安全，制定本规程。
第二条　操作人员须经门店培训合格后上岗，每班上岗前应扫码登记当班设备编号。
第三条　开机前检查电源线、漏电保护器和高压水管，发现破损、漏电、接头松动的，不得开机。
第四条　作业时穿戴防水靴和护目镜，喷枪不得对准人员、电源插座及配电箱。
第五条　洗车机停用超过十分钟的，应关闭电源并释放管路压力。
第六条　每日收工后填写设备点检表，每周由店长打印汇总后交区域主管存档。
第七条　本规程自发布之日起执行。
""",
    ),
    dict(
        slug="juexi-edu-notice-oil-heaters-banned",
        site="玦溪教育网 (invented county education portal)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.juexi-edu.cn/aqwd/2024/1122/5507.html",
        title="关于冬季校园禁止使用油汀等大功率电取暖器具的通知",
        record_title="【安全稳定】关于冬季校园禁止使用油汀等大功率电取暖器具的通知 - 玦溪教育网",
        date="2024-11-20",
        date_also=["2024-11-22"],
        notes="education portal: screen-reader/elder links, an attachment download link; the notice's own 联系人/电话 "
        "and mailbox next to the portal's technical-support line; 附件 line; 成文日期 differs from the posting date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>【安全稳定】关于冬季校园禁止使用油汀等大功率电取暖器具的通知 - 玦溪教育网</title>
<link rel="stylesheet" href="/templets/jx/css/show.css">
<script src="/templets/jx/js/font.js"></script>
</head><body>
<div class="jx-top">⟦a 读屏专用 | 长者模式 | 登录教育云⟧</div>
<div class="jx-logo">⟦m 玦溪教育网⟧ <small>⟦m 玦溪县教育局主办⟧</small></div>
<ul class="jx-menu"><li>⟦m 网站首页⟧</li><li>⟦m 教育要闻⟧</li><li>⟦m 通知公告⟧</li><li>⟦m 安全稳定⟧</li><li>⟦m 招生考试⟧</li></ul>
<div class="jx-pos">⟦m 当前位置：网站首页 - 安全稳定 - 正文⟧</div>
<div class="jx-show">
<h1>{T}</h1>
<div class="jx-info">⟦m 作者：安全股　发布：2024-11-22 09:15　浏览：2,516⟧ ⟦a 〔字体 大 中 小〕⟧</div>
<div class="jx-content">
{BODY}
</div>
<div class="jx-attach">⟦a ↓ 点此下载附件：玦溪县学校冬季用电安全自查表.doc⟧</div>
<div class="jx-pn"><p>⟦l 上一篇：关于做好2024年冬季学生资助政策宣传的通知⟧</p><p>⟦l 下一篇：玦溪县中小学寒假放假安排⟧</p></div>
</div>
<div class="jx-foot">
<p>⟦m 网站技术支持：玦溪县教育信息中心　0738-6620188⟧</p>
<p>⟦m 地址：玦溪县文昌路66号　湘ICP备10020817号⟧</p>
</div>
</body></html>
""",
        body="""
各中小学、幼儿园，局属各单位：
近期气温下降，部分学校教室、办公室和宿舍出现私自使用油汀、电热扇等大功率电取暖器具的现象，存在较大消防安全隐患。为确保师生冬季安全，现就有关事项通知如下。
一、学生宿舍、教室一律禁止使用油汀等电取暖器具；办公室确需使用的，须经学校总务处登记，并使用墙面专用插座。
二、各校要于12月5日前组织一次用电安全自查，重点检查接线板串接、电线私拉乱接等情况，并填写附件中的自查表。
三、各校要利用班会课开展一次冬季用电安全教育。
请各校于12月6日前将自查表电子版发送至县教育局安全股邮箱：jxjyaq@juexi-edu.cn。
联系人：严立群，电话：0738-6625310
附件：玦溪县学校冬季用电安全自查表
玦溪县教育局
2024年11月20日
""",
    ),
    dict(
        slug="cishui-edu-notice-power-strips-labs-pdf",
        site="泚水教育信息网 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://jyj.cishui.gov.cn/uploads/2025/03/jxb-pc.pdf",
        title="关于开展中小学功能室接线板安全排查整改的通知",
        record_title="关于开展中小学功能室接线板安全排查整改的通知.pdf",
        date="2025-03-03",
        notes="file-name record title; a schedule table one row a paragraph; the notice asks schools to scan a code "
        "and log in to report (content); portal chrome above and below",
        page="""
!m 泚水教育信息网　　【关怀版】【无障碍】
!m 首页 ＞ 文件通知 ＞ 安全管理
{T}
!m 文件类型：PDF　　发文单位：泚水市教育局　　附件大小：214KB
!a 下载原件　　打印　　关闭窗口
{BODY}
!l 相关文件：泚水市中小学校园安全隐患排查清单（2025年版）
!m 泚水市教育局主办　　联系地址：泚水市学府路20号
!m 网站运维电话：0736-7318000（工作日）
""",
        indent="\u3000\u3000",
        body="""
各区教育局，市直各学校：
近期，我市一所学校计算机教室因接线板长期超负荷使用引发冒烟，所幸处置及时，未造成损失。为举一反三、消除隐患，市教育局决定在全市中小学功能室开展接线板安全排查整改，现将有关事项通知如下。
一、排查范围。计算机教室、实验室、录播室、图书室、心理咨询室等功能室。
二、时间安排。
阶段　时间　主要任务
自查自改　3月5日至3月20日　逐室登记、更换老化接线板
抽查复核　3月21日至3月31日　市局组织交叉抽查
三、有关要求。各校排查结果请扫码登录“泚水教育安全平台”填报，不再报送纸质材料。
泚水市教育局
2025年3月3日
""",
    ),
    dict(
        slug="honglan-oa-minutes-car-washer-quality",
        site="鸿澜协同办公 (invented intranet of a washer maker)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.honglan-clean.com/doc/view.do?id=20241014-0087",
        title="洗车机事业部第三季度质量分析会会议纪要",
        record_title="[会议纪要·内部] 洗车机事业部第三季度质量分析会会议纪要 - 鸿澜协同办公",
        date="2024-10-11",
        notes="OA document view: 流转记录, read count and a mark-as-read button; the minutes' 时间/地点/主持/参会/记录 "
        "lines in the body, the 时间 line giving the date; a sentence that speaks of 打印 (content)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>[会议纪要·内部] 洗车机事业部第三季度质量分析会会议纪要 - 鸿澜协同办公</title>
<link rel="stylesheet" href="/oa/static/css/docview.css">
<script src="/oa/static/js/watermark.js"></script>
<script>oaWatermark("柯雨桐 0087");</script>
</head><body>
<div class="oa-head">⟦m 鸿澜协同办公平台⟧ <span>⟦m 欢迎您，柯雨桐（质量部）⟧</span> <a>⟦a 退出系统⟧</a></div>
<div class="oa-tabs">⟦m 我的待办⟧ ⟦m 公文管理⟧ ⟦m 会议纪要⟧ ⟦m 知识库⟧</div>
<div class="oa-doc">
<div class="oa-doc-head">⟦m 密级：内部　　文档编号：HL-JY-2024-0087⟧</div>
<h2 class="oa-doc-title">{T}</h2>
<div class="oa-doc-body">
{BODY}
</div>
<div class="oa-doc-ops"><button>⟦a 标为已读⟧</button> <button>⟦a 转办⟧</button> <button>⟦a 另存PDF⟧</button></div>
<div class="oa-readcount">⟦m 已读 31 人 / 未读 4 人⟧</div>
<table class="oa-flow"><caption>⟦m 流转记录⟧</caption>
<tr><td>⟦m 柯雨桐　起草　2024-10-12 10:03⟧</td></tr>
<tr><td>⟦m 宁振坤　审核通过　2024-10-14 08:47⟧</td></tr>
<tr><td>⟦m 系统　分发至事业部全员　2024-10-14 08:48⟧</td></tr>
</table>
</div>
<div class="oa-foot">⟦d 内部资料，严禁截屏外传⟧　⟦m IT服务台分机：8080⟧</div>
</body></html>
""",
        body="""
时间：2024年10月11日14:30
地点：二号楼三楼会议室
主持：事业部总经理　宁振坤
参会：质量部、生产部、研发部、售后服务部负责人及班组长共14人
记录：质量部　柯雨桐
会议通报了第三季度洗车机产品质量情况，分析了售后返修的主要问题，研究部署了第四季度质量改进工作。纪要如下：
一、第三季度共发运家用洗车机1.86万台，返修率1.7%，比上季度下降0.4个百分点；返修原因主要是出水口漏水和电机过热保护误动作。
二、会议决定，由研发部牵头在11月底前完成出水口密封圈选型改进，生产部同步调整装配扭矩标准。
三、售后服务部每月将返修数据打印成册，报送事业部和质量部。
四、下次质量分析会定于2025年1月上旬召开。
""",
    ),
    dict(
        slug="xinsui-intranet-bulletin-rod-cutting-injury",
        site="鑫穗家居内网 (invented)",
        style="企业内网",
        genre="通报",
        kind="notice",
        form="text",
        source="http://intra.xinsui-home.com/notice/2024/aq-019.html",
        title="关于装配车间窗帘杆切割工位一起划伤事故的通报",
        date="2024-11-05",
        notes="title as in the record; intranet chrome (login line, read counts, confidentiality line); 成文日期 under "
        "the signature",
        page="""
!m 鑫穗家居内网　|　公告栏　|　制度库　|　安全园地
!m 登录人：设备科 罗立新　　【退出】
{T}
!m 发布部门：安全生产委员会办公室　　已阅 268　　未阅 12
!a 标记为已阅　　｜　　转发给下属
{BODY}
!d 本通报仅限公司内部传阅，请勿外传。
!l 往期通报：关于喷涂车间未佩戴防护口罩的通报（10月）
!m 鑫穗家居配件有限公司信息部维护　　内线：6600
""",
        indent="\u3000\u3000",
        body="""
各部门、各车间：
10月29日下午，装配车间切割工位操作工谢某在更换窗帘杆铝管切割片时，未按规定关闭设备电源，手套被卷入，造成左手食指划伤，缝合四针。事故发生后，公司立即组织调查，认定这是一起违反操作规程引发的轻伤事故。
经研究，对谢某给予通报批评，扣减当月安全绩效；对负有管理责任的班组长罗某给予警告。
各部门、各车间要以此为戒，立即开展一次设备检修作业安全自查，严格执行“先停电、再挂牌、后作业”的规定，坚决杜绝类似事故再次发生。
鑫穗家居配件有限公司安全生产委员会
2024年11月5日
""",
    ),
]

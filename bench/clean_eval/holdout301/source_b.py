"""holdout301, part B: 博客, 公众号镜像, 文档分享, 教育门户, 企业内网 (one HTML and one text case each).

Everything here is invented; each case was written by hand. See ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="blog-xuechuang-memoir-mothers-red-hair-cord",
        site="雪窗小记 (invented, Typecho-style blog)",
        style="博客",
        genre="散文",
        kind="other",
        form="html",
        source="https://xuechuang.blog/archives/417/",
        title="母亲的红头绳",
        record_title="【旧物拾光】母亲的红头绳 | 雪窗小记 · 随笔",
        date=None,
        notes="blog memoir: tag cloud, archive, comment form, a photo caption between paragraphs; the post time is relative: no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="UTF-8">
<title>【旧物拾光】母亲的红头绳 | 雪窗小记 · 随笔</title>
<link rel="stylesheet" href="/usr/themes/paper/style.css">
</head><body>
<header id="header"><a class="site-name">⟦m 雪窗小记⟧</a><p class="description">⟦m 窗外落雪，灯下写字⟧</p>
<nav>⟦m 首页⟧ ⟦m 随笔⟧ ⟦m 读书⟧ ⟦m 留言板⟧</nav></header>
<main><article class="post">
<h1 class="post-title">⟦t 【旧物拾光】母亲的红头绳⟧</h1>
<ul class="post-meta"><li>⟦m 作者：雪窗⟧</li><li>⟦m 发布于 2 周前⟧</li><li>⟦m 分类：随笔⟧</li><li>⟦m 阅读 418 · 评论 6⟧</li></ul>
<div class="post-content">
{BODY}
</div>
<p class="tags">⟦l 标签：母亲 过年 老物件⟧</p>
<ul class="post-near"><li>⟦l 上一篇：外婆的樟木箱⟧</li><li>⟦l 下一篇：雪夜听炉⟧</li></ul>
</article>
<div id="comments"><h3>⟦l 已有 6 条评论⟧</h3>
<ol><li>⟦l 晚晴：读哭了，我妈也给我扎过红头绳。⟧</li></ol>
<form><p>⟦l 称呼（必填）⟧</p><p>⟦l 邮箱（不公开）⟧</p><button>⟦a 提交评论⟧</button></form></div>
</main>
<aside id="secondary"><h3>⟦l 标签云⟧</h3><p>⟦l 故乡　母亲　读书笔记　老物件　冬天　年俗⟧</p>
<h3>⟦l 文章归档⟧</h3><ul><li>⟦l 2025年1月 (3)⟧</li><li>⟦l 2024年12月 (5)⟧</li></ul></aside>
<footer id="footer">⟦m © 2025 雪窗小记 · 由 Typecho 驱动 · 主题 Paper⟧</footer>
</body></html>
""",
        body="""
小时候过年，我最盼的不是新衣裳，而是母亲从供销社扯回来的一截红头绳。
那时家里穷，一根头绳要用好几年。母亲把它绕在一块硬纸板上，平时收在柜子最里头，只有腊月二十九才拿出来。她先把我的头发梳顺，分成两股，再用红头绳一圈一圈扎紧，最后打一个蝴蝶结，说这样一年都红红火火。
有一年头绳被我弄丢了，我哭了一下午。母亲没骂我，晚上却在油灯下拆了她那件旧毛衣的红袖口，搓成一根新头绳。第二天扎上，毛茸茸的，比供销社的还好看。
⟦m （图：母亲留下的针线笸箩，拍于老屋）⟧
后来我到城里读书，剪了短发，再也用不着头绳了。前些天收拾母亲的遗物，在针线笸箩里又看见那块硬纸板，上面还绕着半截褪了色的红绳。
我把它带回家，放在书桌上。每次看到，就好像又闻到了那年腊月灶膛里的柴火味。
""",
    ),
    dict(
        slug="blog-chaimen-essay-fire-pit-pot-rack-wrapped",
        site="柴门笔记 (invented blog)",
        style="博客",
        genre="散文",
        kind="other",
        form="text",
        source="http://chaimen.blog.example-hosts.cn/post/2024/1102.html",
        title="老屋火塘上的三脚锅架",
        record_title="老屋火塘上的三脚锅架 - 柴门笔记 - 乡土杂记",
        date=None,
        notes="blog essay hard-wrapped at 56 columns; a view counter, a like/tip row and a comment prompt; no date in the text, an edit stamp is no date",
        page="""
!m 柴门笔记
!m 柴门闻犬吠，风雪夜归人
!m 首页 · 乡土杂记 · 读书 · 关于
!t 老屋火塘上的三脚锅架 - 柴门笔记
!m 最后修改：2024-11-02 23:10　阅读 1,203
{BODY}
!a 喜欢就点个心 ♥ 187　｜　打赏一杯茶
!l 乡土杂记里的其他文章：
!l 　· 打谷场的夏夜
!l 　· 腊月的杀猪饭
!l 留下你的足迹（评论需审核后显示）
!m 柴门笔记 2016-2024 · 文字版权所有，引用请注明
""",
        indent="\u3000\u3000",
        wrap=56,
        body="""
老屋堂屋的西边有一个火塘，火塘上架着一只三脚铁锅架，是爷爷年轻时请村里的铁匠打的。
锅架三条腿，腿脚往外撇，顶上是一个铁圈，刚好托住家里那口黑铁锅。冬天的早晨，奶奶在锅架下生火，锅里煮红薯稀饭，火苗舔着锅底，一屋子都是香味。
锅架也有脾气。新柴太湿，烟大火小，奶奶就把锅架往外挪一挪，让风进来；来了客人要炒菜，爷爷就用火钳把锅架底下的炭火拨旺。
后来家里盖了新房，装了液化气灶，火塘填平了，锅架也被扔进了柴房。去年回去，我在一堆旧农具下面把它找了出来，锈得发红，三条腿还是那么稳。
我把它擦干净，摆在城里家的阳台上，种了一盆吊兰。朋友问这是什么，我说，是我们家烧了几十年的火。
""",
    ),
    dict(
        slug="wechat-piyuan-pledge-reusable-candy-boxes-h1",
        site="微刊镜 mirror of the account 蒎园邻里 (invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://www.weikanjing.cn/mp/piyuanlinli/20250111_02.html",
        title="关于春节使用可循环糖盒、减少一次性包装的倡议书",
        record_title=None,
        date="2025-01-10",
        date_also=["2025-01-11"],
        notes="WeChat mirror, no record title (the <h1>); a star prompt glued before the salutation, a photo caption between "
        "paragraphs; a sentence asking readers to share the pledge stays; signature date differs from the account date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>蒎园邻里 - 微刊镜</title>
<meta property="og:site_name" content="微刊镜"></head><body>
<div class="mirror-bar">⟦m 微刊镜 · 公众号好文存档⟧ <a>⟦a 搜本号更多文章⟧</a></div>
<div class="rich_media">
<h1 class="rich_media_title" id="activity-name">{T}</h1>
<div id="meta_content">⟦m 原创⟧ ⟦m 蒎园邻里⟧ ⟦m 2025-01-11 18:30 觏州⟧</div>
<div id="js_content">
{BODY}
</div>
<div class="rm-tail"><p>⟦a 阅读原文⟧</p><p>⟦l 👍 赞 71　♥ 在看 23　💬 写留言⟧</p>
<p>⟦m 长按识别下方二维码，关注蒎园邻里⟧</p></div>
</div>
<div class="mirror-note">⟦d 本页为公众号文章的存档副本，图片与排版可能与原文略有不同⟧</div>
</body></html>
""",
        p_html='<section style="line-height:1.75"><p>{}</p></section>',
        body="""
⟦a 戳上方蓝字“蒎园邻里”，设为星标不迷路⟧亲爱的蒎园社区居民朋友们：
春节快到了，家家户户都要摆上一盒糖果待客。每年节后，社区垃圾站都会堆起大量塑料糖盒、彩色包装纸和泡沫内托，清运量比平时多出三成。为了过一个热闹又环保的春节，我们向全体居民发出如下倡议：
一、家里已有的铁皮糖盒、木质果盘，洗净晾干后继续使用，不追求年年换新。
二、购买年货时，优先选择简装、散装糖果，拒绝层层套盒。
⟦m ▲ 社区“换物角”里居民送来的旧糖盒⟧
三、节后闲置的糖盒可以送到社区“换物角”，给需要的邻居再用一年。
四、把这份倡议分享给家人和朋友，一起做绿色过年的践行者。
小小一只糖盒，装的是年味，也装着我们对家园的爱护。让我们从自家的茶几做起！
蒎园社区居民委员会
蒎园社区妇女联合会
2025年1月10日
""",
    ),
    dict(
        slug="wechat-gouzhou-hospital-hair-tie-traction-hair-loss",
        site="公号文摘 mirror of the account 觏州市二院健康号 (invented)",
        style="公众号镜像",
        genre="科普文章",
        kind="other",
        form="text",
        source="http://www.gonghaowenzhai.com/a/gz2yjk/20241015.html",
        title="头绳扎太紧，当心牵拉性脱发",
        record_title="头绳扎太紧，当心牵拉性脱发 | 觏州市二院健康号 · 镜像阅读",
        date="2024-10-15",
        notes="WeChat mirror of a hospital account: the account line's date is the page's date; a follow sentence in the text "
        "stays; a mirror header, a tip line and a source notice around it",
        page="""
!m 公号文摘 — 把好文章留下来
!m 来源公众号：觏州市二院健康号
{T}
!m 原创　觏州市二院健康号　2024年10月15日 07:50
!a 本文约1200字，读完需要3分钟
{BODY}
!a ↓↓ 点“阅读原文”预约皮肤科专家号
!l 往期精选
!l · 秋冬季皮肤干痒，这样保湿才有效
!l · 孩子长了头虱怎么办
!d 文章转载自公众号，如涉及版权问题，请联系公号文摘删除
""",
        gap=True,
        body="""
不少女性习惯把头发高高扎起，一扎就是一整天。觏州市第二人民医院皮肤科最近接诊了好几位前额和两鬓头发变稀的患者，一问，都是长期用头绳把头发扎得很紧。
医生介绍，这种情况在医学上叫牵拉性脱发。头发长时间被往一个方向用力拉扯，毛囊反复受损，早期表现为发际线变高、鬓角稀疏，严重时毛囊可能萎缩，头发再也长不出来。
怎样预防？皮肤科主任医师巫静提醒：一是头绳不要扎得太紧，以能伸进一根手指为宜；二是经常变换扎发位置，不要天天扎同一个高马尾；三是睡觉前把头绳取下；四是尽量选用宽一些的布艺头绳，少用细橡皮筋。
如果已经出现发际线后移，建议尽早到皮肤科就诊。想了解更多护发知识，可以关注我院公众号，在菜单栏“健康科普”中查看。
""",
    ),
    dict(
        slug="docshare-wendangyizhan-request-ward-coat-hooks-doc",
        site="文档驿站 (invented)",
        style="文档分享",
        genre="请示",
        kind="request",
        form="html",
        source="https://www.wendangyizhan.com/doc/2208615.html",
        title="关于为镇卫生院住院病房增设衣钩和输液挂钩的请示",
        record_title="关于为镇卫生院住院病房增设衣钩和输液挂钩的请示.doc",
        date="2024-08-26",
        notes="sharing page: an upload notice, a points lock, a service WeChat; the request's own contact line stays; file-name record title",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于为镇卫生院住院病房增设衣钩和输液挂钩的请示.doc-文档驿站</title></head><body>
<div class="header">⟦m 文档驿站⟧ <span>⟦m 好文档，一站取⟧</span> <input placeholder="搜文档"> <a>⟦a 上传赚积分⟧</a></div>
<div class="crumbs">⟦m 文档驿站 / 行政公文 / 请示报告⟧</div>
<div class="doc">
<h1>⟦t 关于为镇卫生院住院病房增设衣钩和输液挂钩的请示.doc⟧</h1>
<div class="doc-meta">⟦m 上传者：白大褂小褚　2页　31 KB　下载 57 次⟧ ⟦m 评分 ★★★★☆（4.2）⟧</div>
<div class="notice">⟦d 此文档由驿站用户上传分享，驿站不审核内容，如涉侵权可一键申诉⟧</div>
<div class="doc-content">
{BODY}
</div>
<div class="lock">⟦a 下载原文需5积分，积分不够可做任务领取⟧ <button>⟦a 立即下载⟧</button></div>
<div class="kefu">⟦w 驿站客服微信：wdyz-kf01（工作日9:00-18:00）⟧</div>
</div>
<div class="aside"><h4>⟦l 相似文档推荐⟧</h4><ul><li>⟦l 乡镇卫生院病房改造项目申请报告⟧</li><li>⟦l 关于购置住院病床的请示.docx⟧</li></ul></div>
<div class="foot">⟦m 文档驿站 wendangyizhan.com　皖ICP备22007316号-2⟧</div>
</body></html>
""",
        body="""
县卫生健康局：
我院现有住院病房14间、床位42张，大部分病房建于2008年，墙上只有一个公用衣钩，患者和陪护人员的衣物、毛巾只能搭在床尾或椅背上，既不卫生，也影响医护人员操作。部分病房没有固定输液挂钩，只能使用移动输液架，夜间容易被碰倒。
为改善住院条件，我院拟为每张床位增设衣钩2个、为每间病房增设顶装输液挂钩3套，共需衣钩84个、输液挂钩42套，预算资金1.86万元。
妥否，请批示。
联系人：院办　褚文君　电话：0739-6513082
庋口镇卫生院
2024年8月26日
""",
    ),
    dict(
        slug="docshare-baiwenxiang-host-script-rice-bags-oneline",
        site="百文享 (invented)",
        style="文档分享",
        genre="主持词",
        kind="other",
        form="text",
        source="https://m.baiwenxiang.com/s/9q2ka7.html",
        title="“一袋米·一份情”重阳敬老慰问活动主持词",
        record_title="“一袋米·一份情”重阳敬老慰问活动主持词（精选）- 百文享",
        date=None,
        notes="the whole body on one line (paragraphs apart only by their indent); a host script has no date",
        page="""
!m 百文享 · 文档共享
!t “一袋米·一份情”重阳敬老慰问活动主持词（精选）
!m 分享者：夕照红　1页　浏览 736
{BODY}
!a 复制需先开通百文享会员
!a ＞＞ 换一篇看看
!d 百文享只提供信息存储空间，资料版权归上传者所有
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
尊敬的各位老人、各位来宾，大家上午好！
九九重阳，情暖夕阳。今天，我们在畀家坪村党群服务中心举行“一袋米·一份情”重阳敬老慰问活动，为村里70岁以上的老人每人送上一袋新米。
首先，请允许我介绍出席今天活动的领导和嘉宾。
下面，有请村党支部书记凌福生致辞。
感谢凌书记的讲话。这一袋袋新米，是村里的种粮大户和在外乡贤一起捐的，米袋上还印着大家写给老人的祝福。
接下来，请志愿者把米袋送到每位老人手中，年纪大、腿脚不便的，我们会后上门送去。
慰问活动到此结束。祝各位老人身体健康、福寿绵长！
""",
    ),
    dict(
        slug="edu-binyuan-notice-soft-hair-ties-pe-lab",
        site="豳原教育网 (invented county education bureau)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.binyuan.gov.cn/tzgg/2024/0910/3318.html",
        title="关于体育课和实验课统一使用软质头绳的通知",
        record_title="关于体育课和实验课统一使用软质头绳的通知_通知公告_豳原教育网",
        date="2024-09-09",
        date_also=["2024-09-10"],
        notes="education portal: a screen-reader row, an attachment download link beside the notice's own 附件 line, "
        "the notice's contact and mailbox beside the site's technical-support line; numbered list; dates differ",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于体育课和实验课统一使用软质头绳的通知_通知公告_豳原教育网</title>
<script src="/static/js/wza.js"></script></head><body>
<div class="top">⟦a 无障碍·读屏⟧ ⟦a 关怀版⟧ ⟦a 手机看本站⟧</div>
<div class="logo">⟦m 豳原教育网⟧ ⟦m 豳原县教育局主办⟧</div>
<div class="menu">⟦m 首页 | 教育动态 | 通知公告 | 招生考试 | 教研天地 | 局长信箱⟧</div>
<div class="pos">⟦m 您的位置 → 首页 → 通知公告⟧</div>
<div class="art">
<h2>{T}</h2>
<div class="art-info">⟦m 发布日期：2024-09-10　发布者：体卫艺股　点击：1268⟧</div>
<div class="art-body">
{BODY}
</div>
<div class="attach">⟦a 附件下载：体育课实验课安全提示（家长版）.docx（26KB）⟧</div>
<div class="art-tools">⟦a [打印文章] [返回顶部]⟧</div>
</div>
<div class="foot">
<p>⟦m 版权所有：豳原县教育局　地址：豳原县学府路9号⟧</p>
<p>⟦m 技术支持：豳原县电化教育馆　电话 0739-7720009⟧</p>
<p>⟦m 湘ICP备15018820号⟧</p></div>
</body></html>
""",
        body="""
各中小学校：
近期，个别学校在体育课和化学实验课上发生学生头发被器械缠绕或被酒精灯火焰燎到的情况，原因多是长发未扎紧或使用了带金属、硬塑料装饰的发卡。为保障学生安全，现就有关事项通知如下：
1.体育课、实验课上，长发学生须用软质头绳将头发扎紧盘起，不得佩戴带金属扣、亮片、硬质装饰的头绳和发卡。
2.各校可在体育组、实验室各备一盒软质头绳，供学生临时取用。
3.班主任要通过家长群提醒家长为孩子准备合适的头绳。
请各校于9月20日前将落实情况报县教育局体卫艺股。
联系人：吕若兮　电话：0739-7721046　邮箱：byjytwy@163.com
附件：体育课实验课安全提示（家长版）
豳原县教育局办公室
2024年9月9日
""",
    ),
    dict(
        slug="edu-wenshan-plan-pot-racks-decimal-headings",
        site="璺山教育信息网 (invented)",
        style="教育门户",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.wenshanedu.cn/hqgl/2024/0702/1180.html",
        title="璺山县中心学校食堂锅架更换改造实施方案",
        record_title="璺山县中心学校食堂锅架更换改造实施方案 —— 后勤管理 · 璺山教育信息网",
        date="2024-06-28",
        date_also=["2024-07-02"],
        notes="decimal headings 1 / 1.1 … 4; the school's 成文日期 and the portal's posting date differ; a reading-mode row and a site line around",
        page="""
!m 璺山教育信息网
!m 栏目导航：首页 > 后勤管理 > 食堂建设
{T}
!m 作者：县中心学校　发布：2024-07-02　浏览：415次
!a 〖阅读模式〗〖大字号〗〖打印〗
{BODY}
!l ◁ 前一篇：2024年秋季学期学生营养餐工作安排
!l ▷ 后一篇：关于开展暑期校舍安全排查的通知
!m 璺山县教育体育局信息中心维护　联系我们：wsjyxx@126.com
""",
        body="""
1 项目背景
1.1 县中心学校食堂现有灶台锅架12组，多为2013年建校时安装，已出现锈蚀、焊口开裂等问题。
1.2 今年春季学期食品安全检查中，有4组锅架被列为限期整改项目。
2 改造内容
2.1 拆除旧锅架12组，更换为不锈钢可调节锅架，锅圈直径与现用大锅匹配。
2.2 灶台面同步铺设耐高温防滑板，锅架底座用膨胀螺栓固定。
2.3 在每组灶台旁增设挂架，用于存放锅铲、漏勺等炊具。
3 实施安排
3.1 7月15日至7月31日暑假期间施工，不影响学生用餐。
3.2 8月中旬由县教育体育局后勤股会同学校验收。
4 经费预算
本项目预算6.4万元，从学校公用经费中列支。
璺山县中心学校
2024年6月28日
""",
    ),
    dict(
        slug="oa-tianyuan-minutes-candy-box-orders",
        site="甜源包装协同办公平台 (invented enterprise OA)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.tianyuan-pack.local/doc/view?id=24112203",
        title="关于新年糖盒订单交付问题的专题会议纪要",
        record_title="〔生产例会〕关于新年糖盒订单交付问题的专题会议纪要-甜源协同办公",
        date="2024-11-21",
        notes="OA document view: its 流转记录, a read count, a mark-as-done button; minutes with 时间/地点/主持/参会/记录 lines; the 时间 line is the date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〔生产例会〕关于新年糖盒订单交付问题的专题会议纪要-甜源协同办公</title></head><body>
<div class="oa-top">⟦m 蒉城甜源包装有限公司 · 协同办公⟧ <span>⟦m 欢迎您，生产部⟧</span> <a>⟦a 退出系统⟧</a></div>
<div class="oa-menu">⟦m 待办事项　公文中心　会议管理　知识库　通讯录⟧</div>
<div class="doc-view">
<div class="doc-title"><span>⟦m 〔生产例会〕⟧</span>{T}</div>
<div class="doc-prop">⟦m 文档编号：JY-2024-1122-03　密级：内部　已阅 46 人⟧</div>
<div class="doc-body">
{BODY}
</div>
<div class="flow"><h4>⟦m 流转记录⟧</h4>
<p>⟦m 11-22 09:12 记录人 拟稿 → 11-22 10:05 副总经理 审核 → 11-22 10:40 综合办 分发⟧</p></div>
<div class="doc-btns"><button>⟦a 标记已处理⟧</button> <button>⟦a 转交他人⟧</button> <button>⟦a 打印纪要⟧</button></div>
</div>
<div class="oa-foot">⟦m 技术服务：信息部 分机 8012　甜源协同办公 V6.2⟧</div>
</body></html>
""",
        body="""
时间：2024年11月21日14:30
地点：公司二楼第一会议室
主持：副总经理　庞启山
参会：生产部、采购部、质检部、销售部负责人
记录：冉晓棠
会议听取了新年糖盒订单交付情况汇报，研究了存在的问题，形成如下意见：
一、截至11月20日，今年新年糖盒订单共计38万只，已交付21万只。马口铁糖盒因铁皮到货延迟，交付进度落后约一周。
二、采购部要在11月底前落实第二家铁皮供应商，确保12月上旬前原料全部到厂。
三、质检部对糖盒卷边、盒盖松紧度实行每班抽检，发现划手毛刺的整批返工。
四、销售部要主动与客户沟通交付时间，不得擅自承诺提前供货。
会议要求各部门于每周五下午报送进度，由生产部汇总后报公司领导。
""",
    ),
    dict(
        slug="oa-goucheng-grain-bulletin-torn-rice-bags",
        site="觏州粮储集团内网 (invented)",
        style="企业内网",
        genre="通报",
        kind="notice",
        form="text",
        source="http://portal.gzlcjt.local/gwzx/tb/2024-0716-01",
        title="关于二号仓库米袋破损情况的通报",
        record_date="2024-07-16",
        date="2024-07-16",
        notes="intranet text view: the record gives title and date as they are; a reading-scope line, read counts and action buttons around it",
        page="""
!m 觏州粮储集团 · 内部门户
!m 公文中心 ＞ 通报
{T}
!m 发文部门：质量安全部　阅读范围：集团各部门、各库点　已读 312 / 未读 27
!a 〔打印〕〔转发给同事〕〔标为已读〕
{BODY}
!m 附件（0）
!l 本部门近期发文：关于做好高温季节储粮安全的通知
!d 内部资料，请勿外传
""",
        body="""
各部门、各库点：
7月12日，集团质量安全部在二号仓库例行检查中发现，库存成品大米中有36袋米袋破损，其中11袋大米散落受潮，造成直接损失约1900元。
经调查，破损原因主要有三点：一是码垛过高，底层米袋长时间受压开裂；二是叉车作业时货叉刮破米袋；三是部分批次米袋编织密度不达标，入库验收时未发现。
对此，集团决定：对二号仓库保管员魏乐通报批评，扣减当月绩效；对米袋供应商发出整改函，暂停新订单；各库点成品大米码垛一律不得超过12层。
请各单位举一反三，7月底前完成一次米袋和码垛专项自查。
觏州粮储集团有限公司
2024年7月16日
""",
    ),
]

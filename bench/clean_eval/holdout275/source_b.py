"""holdout275, part B: 博客, 公众号镜像, 文档分享, 教育门户, 企业内网 (one HTML and one text each).

Invented text (sites, places, people, numbers, URLs); every case written by hand. See
../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="blog-yantian-essay-ink-bottles-windowsill",
        site="砚田耕读 (invented, WordPress-like blog)",
        style="博客",
        genre="随笔",
        kind="other",
        form="html",
        source="https://yantiangengdu.blog.cn/2024/12/03/ink-bottles/",
        title="教室后窗台上的那排墨水瓶",
        record_title="【墨池札记】教室后窗台上的那排墨水瓶 – 砚田耕读",
        date="2024-12-03",
        notes="teacher's blog: header slogan, a byline's 发表于 as the page's date, calendar widget, archive, tag cloud, "
        "comment list and form; a like button glued after the last paragraph",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="UTF-8">
<title>【墨池札记】教室后窗台上的那排墨水瓶 – 砚田耕读</title>
<link rel="stylesheet" href="/wp-content/themes/inkwell/style.css">
<script src="/wp-includes/js/wp-emoji-release.min.js"></script>
</head><body class="single">
<header class="site-header"><p class="site-title">⟦m 砚田耕读⟧</p><p class="site-description">⟦m 一个乡下语文老师的笔墨日常⟧</p>
<nav>⟦m <a href="/">首页</a> <a href="/category/shufa/">书法课</a> <a href="/category/banji/">班级琐记</a> <a href="/about/">关于我</a>⟧</nav></header>
<main><article>
<h1 class="entry-title">{T}</h1>
<div class="entry-meta">⟦m 发表于 2024-12-03 21:12 · 分类：书法课 · 作者：砚田老顾⟧</div>
<div class="entry-content">
{BODY}
</div>
<footer class="entry-footer">⟦l 标签：墨水瓶 书法课 小学⟧</footer>
<nav class="post-navigation">⟦l ← 给孩子们的第一支毛笔⟧　⟦l 期末评语怎么写才不千篇一律 →⟧</nav>
<section id="comments"><h3>⟦l 2 条评论⟧</h3>
<p>⟦l 青檀：鞋盒停车场这个办法太好了，明天就在我们班试试⟧</p>
<p>⟦l 书生小郢：读到腊梅那里，眼眶一热⟧</p>
<h3>⟦l 说点什么吧⟧</h3><form>⟦l 昵称（必填） 邮箱（不会公开） 提交评论⟧</form></section>
</article></main>
<aside class="widget-area">
<section class="widget_calendar"><h2>⟦l 日历⟧</h2><table><caption>⟦l 2024年12月⟧</caption><tr><td>⟦l 一 二 三 四 五 六 日⟧</td></tr></table></section>
<section class="widget_archive"><h2>⟦l 归档⟧</h2><ul><li>⟦l 2024年12月 (3)⟧</li><li>⟦l 2024年11月 (5)⟧</li><li>⟦l 2024年10月 (4)⟧</li></ul></section>
<section class="widget_tag_cloud"><h2>⟦l 标签云⟧</h2><div>⟦l 书法 班主任 作文 读书 毛笔 乡村学校⟧</div></section>
</aside>
<footer class="site-footer">⟦m © 2024 砚田耕读 · 自豪地采用 WordPress⟧</footer>
</body></html>
""",
        body="""
每周二下午的书法课，教室后面的窗台上会摆上一排墨水瓶。那是孩子们从家里带来的，有的装墨汁，有的装清水，大小不一，颜色也不一样。
开学第一节课，我就跟孩子们约定：墨水瓶要拧紧盖子，放进桌肚前先用纸巾包好。可是每个学期总有几次“事故”，不是书包被染黑，就是地板上多出一片墨迹。
后来班上的小宇想了个办法，用旧鞋盒做了一个“墨水瓶停车场”，按座号分格，谁的瓶子放在哪一格一目了然。这个办法很快在年级里推广开来。
上个月，一个孩子把用完的墨水瓶洗干净，在里面插了一支腊梅，放在讲台上。那天的课，大家写得格外安静。
我常想，书法课教的不只是横平竖直，收拾好一只墨水瓶，也是一种修养。⟦a ♡ 喜欢（27）⟧
""",
    ),
    dict(
        slug="blog-jiushiguang-memoir-kerosene-wick-wrapped",
        site="旧时光慢递 (invented, blog)",
        style="博客",
        genre="散文",
        kind="other",
        form="text",
        source="https://jiushiguang.blog.cn/post/2231",
        title="母亲剪灯芯",
        record_title="母亲剪灯芯 | 旧时光慢递 · 散文随笔",
        date=None,
        notes="blog essay hard-wrapped at 54 columns; only a 写于 line with a solar term (no date); an update stamp; "
        "reading counter, prev/next and comments",
        page="""
!m 旧时光慢递
!m 把慢下来的日子写给你看
!m 首页 / 散文随笔 / 母亲剪灯芯
{T}
!m 更新于 2 周前　·　阅读 461　·　喜欢 38
{BODY}
!l 上一篇：老屋檐下的燕子窝
!l 下一篇：外公的旱烟袋
!l 留言（3）
!l 邙田人：我家的煤油灯也是玻璃罩的，看哭了
!l 慢递君回复：谢谢你，都是一样的童年
!a 写留言　｜　订阅更新
!m 旧时光慢递 © 2019-2024　本站文字均为原创
""",
        wrap=54,
        indent="\u3000\u3000",
        body="""
小时候村里常停电，家家户户都备着一盏煤油灯。我家的那盏是玻璃罩的，灯座上有个小旋钮，一转，灯芯就升上来或者降下去。
母亲每天傍晚都要先擦灯罩，再拿剪刀把灯芯烧焦的那一截剪平。她说，灯芯剪得不平，火苗就会一边高一边低，还冒黑烟，熏得灯罩发黑。
灯芯是一条扁扁的棉布带，用久了会变短。供销社卖新的，一角钱能买好几根，母亲总是舍不得，把旧灯芯接起来再用。
我趴在桌上写作业，母亲就在一旁纳鞋底。灯光不亮，她却总把灯往我这边推一推。
后来村里通了稳定的电，那盏煤油灯被收进了柜子。前几天回老家，我又翻出了它，灯芯还在，已经发硬发黄了。我没舍得扔，把它放回了原处。
（写于邬塘，冬至夜）
""",
    ),
    dict(
        slug="wechat-erjuan-article-ear-pick-warning-h1",
        site="郓湖市第二人民医院 公众号镜像 (invented)",
        style="公众号镜像",
        genre="科普",
        kind="other",
        form="html",
        source="https://wxmirror.duwen8.cn/s/yhey2/20240821/ear-pick.html",
        title="掏耳朵用耳勺？耳鼻喉科医生：这几类人千万别掏",
        record_title=None,
        date="2024-08-21",
        notes="no record title: the mirror's <h1> (rich_media_title); the account line's date as the page's date; a follow "
        "prompt glued before the first words; 阅读原文/在看/赞赏 rows, a QR line and the mirror's own note",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">
<title>掏耳朵用耳勺？耳鼻喉科医生：这几类人千万别掏</title>
<script src="/mirror/static/lazyimg.js"></script>
</head><body>
<div class="mirror-bar">⟦m 读文吧 · 公众号文章镜像⟧　<a href="/">⟦a 回镜像首页⟧</a></div>
<div class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta_list">⟦m 原创　邬明远　郓湖二院健康　2024-08-21 18:05　发表于郓湖⟧</div>
<div class="rich_media_content" id="js_content">
{BODY}
</div>
<div class="rich_media_tool">⟦a 阅读原文⟧　⟦m 阅读 3.1万⟧　⟦a 分享 点赞 在看⟧</div>
<div class="reward">⟦a 喜欢作者　给作者加个鸡腿⟧</div>
<div class="qr">⟦a 长按识别二维码，预约耳鼻喉科专家号⟧</div>
</div>
<div class="mirror-foot">⟦d 读文吧仅转存公开文章，版权归原公众号所有，如需删除请留言⟧</div>
<script>lazyimg.init();</script>
</body></html>
""",
        p_html='<section><p style="font-size:16px;line-height:1.75">{}</p></section>',
        body="""
⟦a 戳上方蓝字“郓湖二院健康”关注我们⟧不少人有用耳勺掏耳朵的习惯，觉得掏干净了才舒服。最近一个月，我院耳鼻喉科门诊接诊因掏耳导致外耳道损伤的患者二十多人，其中两人鼓膜穿孔。
耳鼻喉科副主任医师邬明远提醒，耵聍俗称耳屎，本身能保护外耳道，大多数人的耳屎会随着说话、咀嚼自行排出，并不需要经常掏。
以下几类人尤其不要自己用耳勺掏耳朵：一是儿童，耳道短而窄，容易受伤；二是有中耳炎、外耳道炎病史的人；三是戴助听器的老人；四是耳朵已经发痒、疼痛或流水的人。
如果耳屎较多、堵住耳道，出现耳闷、听力下降，应到医院耳鼻喉科处理，医生会先用滴耳液软化，再用专业器械取出。⟦m 文字：邬明远　编辑：郝苗　审核：医务科⟧
""",
    ),
    dict(
        slug="wechat-qiongyizhong-pledge-ink-bottle-recycle",
        site="邛溪一中团委 公众号转存 (invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://gzh.zhuancun.net/a/qxyz-tw/20241122/501.html",
        title="空墨水瓶回收倡议书",
        record_title="团委发声丨空墨水瓶回收倡议书｜邛溪一中团委 · 微信文章转存",
        date="2024-11-20",
        date_also=["2024-11-22"],
        notes="WeChat archive as text: account line with a later date; sentences that speak of 分享 as content; "
        "a read-more prompt between paragraphs; 在看/留言 rows and the archive's notice",
        page="""
!m 微信文章转存站 › 邛溪一中团委
!t 团委发声丨空墨水瓶回收倡议书
!m 邛溪一中团委　2024年11月22日 12:30　四川
{BODY}
!a 点“在看”，让更多同学看到
!l 精选留言
!l 高二（5）班：我们班已经放好回收箱啦
!l 作者回复：为你们点赞！
!m 扫码关注“邛溪一中团委”
!d 转存站只做公开文章备份，文章版权属原作者
""",
        body="""
亲爱的同学们：
练字、写作业，我们每学期都要用掉好几瓶墨水。用完的墨水瓶，你是随手扔进垃圾桶，还是洗干净留下来了？一只玻璃墨水瓶埋在土里，几百年也不会降解；瓶里残留的墨水，还会污染土壤和水。
为此，校团委向全体同学发出倡议：
一、把用完的墨水瓶拧紧盖子，投放到各班教室门口的“墨水瓶回收箱”；
⟦a 轻点展开下文 ∨⟧
二、能清洗的瓶子用清水冲净，交给美术社做成笔筒、小花瓶；
三、尽量选购可以灌装的大瓶墨水，少买一次性小瓶。
欢迎同学们把这份倡议分享给家人，一起从一只小小的墨水瓶做起。
邛溪县第一中学团委
2024年11月20日
""",
    ),
    dict(
        slug="docshare-lexiang-request-hand-drills-woodshop",
        site="乐享文档网 (invented)",
        style="文档分享",
        genre="请示",
        kind="other",
        form="html",
        source="https://www.lexiangdoc.com/p-33091872.html",
        title="关于购置劳动教育木工室手摇钻等工具的请示",
        record_title="关于购置劳动教育木工室手摇钻等工具的请示（可直接改用）- 乐享文档网",
        date="2024-03-18",
        notes="sharing reader: upload notice, a points lock, a service WeChat, ratings; the request's own 联系人/联系电话 "
        "in the body beside the site's service line; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8">
<title>关于购置劳动教育木工室手摇钻等工具的请示（可直接改用）- 乐享文档网</title>
<script src="//cdn.lexiangdoc.com/js/doc-view.js"></script>
</head><body>
<div class="lx-head">⟦m 乐享文档网⟧ ⟦m 好文档，乐于分享⟧ <a href="/upload">⟦a 我要上传⟧</a> <a href="/user">⟦a 个人中心⟧</a></div>
<div class="lx-crumb">⟦m 乐享文档网 » 办公文档 » 请示报告⟧</div>
<div class="lx-doc"><h1>{T}</h1>
<div class="lx-info">⟦m 分享者：阪口老何　　格式：DOCX　　页数：1　　下载：209　　好评率：96%⟧</div>
<div class="lx-note">⟦d 温馨提示：本文档由分享者上传，乐享文档网不拥有其版权，仅供学习交流⟧</div>
<div class="lx-content">
{BODY}
</div>
<div class="lx-lock">⟦a 下载本文需 5 乐豆，签到即可领豆⟧ <a class="btn">⟦a 去下载⟧</a></div>
<div class="lx-rate">⟦l 这篇文档对你有帮助吗？ 有用(41) 没用(2)⟧</div></div>
<div class="lx-side"><h4>⟦l 同类文档⟧</h4>
<p>⟦l 关于购置学校功能室设备的请示⟧</p><p>⟦l 劳动教育实践基地建设方案⟧</p></div>
<div class="lx-kf">⟦w 文档代找、代写，客服微信：lexiang_kf3⟧</div>
<div class="lx-foot">⟦m 乐享文档网 lexiangdoc.com　闽ICP备21009642号-3⟧　⟦m 客服电话：400-806-2218⟧</div>
</body></html>
""",
        body="""
县教育局：
根据劳动课程标准要求，我校今年秋季起在七年级开设木工劳动课，每周一课时。目前学校木工室只有锯子、刨子等少量工具，无法满足教学需要。
经学校行政会研究，拟购置以下工具：手摇钻30把，配套麻花钻头30套，台虎钳15台，木工锉30把，护目镜60副，预算合计1.86万元。手摇钻不用插电，适合学生安全操作，也便于教师讲解齿轮传动原理。
所需经费拟从学校公用经费中列支。妥否，请批示。
联系人：何晓芸　　联系电话：0837-6213305
郏川县阪口镇中心学校
2024年3月18日
""",
    ),
    dict(
        slug="docshare-wendou-rules-ear-pick-disinfection-markers",
        site="文兜分享网 (invented)",
        style="文档分享",
        genre="制度",
        kind="other",
        form="text",
        source="https://www.wendou.net/share/ea9041c7.html",
        title="采耳店工具消毒管理制度",
        record_title="采耳店工具消毒管理制度.docx",
        date=None,
        notes="file-name record title; rules with 第N条 articles; page markers ⊗第n页⊗ on lines of their own cutting "
        "sentences; effective 'from publication' only (no date); upload notice and points prompt",
        page="""
!m 文兜分享网 — 共享好资料
!t 采耳店工具消毒管理制度.docx
!m 分享时间：5 天前　　浏览：702　　格式：docx
!a 下载（3 兜币）　｜　收藏　｜　举报
{T}
{BODY}
!a 文档预览完毕，下载可获取可编辑的原文件
!d 声明：资料由网友分享，文兜分享网仅提供信息存储，不对内容负责
!l 猜你还想找：美容美发店卫生管理制度　｜　足浴店消毒记录表　｜　公共场所从业人员培训制度
""",
        pages=dict(fmt="⊗第{n}页⊗", every=90, start=2),
        body="""
第一条　为规范本店采耳工具的清洗消毒，预防交叉感染，保障顾客健康，制定本制度。
第二条　本制度适用于本店耳勺、耳镊、耳起、鹅毛棒、耳灯等全部采耳工具。
第三条　采耳工具实行一客一换。每位顾客使用后，工具应立即放入专用回收盒，不得放回工作台。
第四条　回收的工具按清洗、浸泡、冲洗、干燥、高温消毒的顺序处理；浸泡消毒液每日更换，浓度按说明书配制。
第五条　消毒后的耳勺等工具装入密封袋，标明消毒日期和操作人，保存期不超过七天。
第六条　鹅毛棒等不能高温消毒的物品一次性使用。
第七条　店长每日检查消毒记录，发现漏消毒的，当班技师停岗培训。
第八条　本制度自发布之日起施行。
""",
    ),
    dict(
        slug="edu-zouyang-notice-labour-skills-hand-drill",
        site="鄹阳教育网 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.zouyang-edu.cn/tzgg/2024/1012/3071.html",
        title="关于举办全县中小学生劳动技能展示活动的通知",
        record_title="［局发文件］关于举办全县中小学生劳动技能展示活动的通知 - 鄹阳教育网",
        date="2024-10-10",
        date_also=["2024-10-12"],
        notes="education bureau portal: 适老/读屏 links, an attachment download link beside the notice's own 附件 list; "
        "the notice's 联系人/电话/邮箱 beside the site's technical-support line; sentences that speak of 下载 as content",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>［局发文件］关于举办全县中小学生劳动技能展示活动的通知 - 鄹阳教育网</title>
<script src="/js/zy-common.js"></script>
</head><body>
<div class="top">⟦m 鄹阳县教育体育局⟧ ⟦m 鄹阳教育网⟧ <span class="r"><a>⟦a 适老模式⟧</a> <a>⟦a 读屏助手⟧</a> <a>⟦a 站内检索⟧</a></span></div>
<div class="menu">⟦m <a>网站首页</a> <a>教育要闻</a> <a>通知公告</a> <a>局发文件</a> <a>招生考试</a> <a>办事指南</a>⟧</div>
<div class="pos">⟦m 您的位置：鄹阳教育网 &gt; 通知公告 &gt; 正文⟧</div>
<div class="article"><h2>{T}</h2>
<div class="meta">⟦m 发布日期：2024-10-12　　发布科室：基础教育股　　访问量：2206⟧</div>
<div class="cont">
{BODY}
</div>
<div class="fj"><p>⟦a 附件（点击下载）：⟧</p>
<p><a href="/upload/2024/1012/bmb.docx">⟦a 📎 展示活动报名表.docx⟧</a></p>
<p><a href="/upload/2024/1012/pfbz.pdf">⟦a 📎 评分标准.pdf⟧</a></p></div>
<div class="btns">⟦a 〔打印正文〕〔关闭〕⟧</div>
<div class="updown">⟦l 上一篇：关于做好秋冬季校园消防安全工作的通知⟧<br>⟦l 下一篇：2024年县级“书香校园”评选结果公示⟧</div></div>
<div class="foot">⟦m 主办：鄹阳县教育体育局　地址：鄹阳县育才路9号⟧<br>⟦m 网站技术支持：0836-7710900（工作日）⟧<br>⟦m 川ICP备12008847号-1⟧</div>
</body></html>
""",
        body="""
各中小学、县直各学校：
为展示劳动教育成果，县教育体育局定于11月中旬举办全县中小学生劳动技能展示活动。现将有关事项通知如下。
一、展示项目
1.小学组：手工编织、整理收纳；
2.初中组：手摇钻打孔、木工榫卯拼装；
3.高中组：家用电器简单维修。
二、报名方式
请各校下载附件，填写报名表，于10月31日前发送至指定邮箱。
三、有关要求
手摇钻打孔项目由承办学校统一提供工具和木料，参赛学生须佩戴护目镜。
附件：1.展示活动报名表
2.评分标准
联系人：秦岚，电话：0836-7710258，邮箱：yyjtk@zouyang-edu.cn
鄹阳县教育体育局
2024年10月10日
""",
    ),
    dict(
        slug="edu-yunhu-shiyan-letter-parents-ink-bottles",
        site="郓湖市实验中学 (invented)",
        style="教育门户",
        genre="告家长书",
        kind="other",
        form="text",
        source="http://www.yhsyzx.cn/jxgt/2024/0902/611.html",
        title="关于书法课学习用品准备的告家长书",
        record_title="【家校通知】关于书法课学习用品准备的告家长书_郓湖实验中学",
        record_date="2024-09-02",
        date="2024-09-02",
        notes="school site as text: the record gives the date (the same as the signature's); a numbered list; "
        "a school-app prompt glued after a sentence; a scan-to-follow line below",
        page="""
!m 郓湖市实验中学　　校园网
!m 学校首页 > 家校沟通 > 通知
{T}
!m 作者：七年级组　　点击数：1190　　更新时间：2024-09-02
{BODY}
!a 扫码关注“郓湖实验中学”，通知早知道
!l 【上一篇】七年级新生军训安排
!l 【下一篇】关于2024年秋季学期校服征订的说明
!m 郓湖市实验中学 版权所有　地址：郓湖市文昌路66号
""",
        indent="\u3000\u3000",
        body="""
尊敬的各位家长：
本学期起，七年级每周开设一节书法课。为上好这门课，请您协助孩子准备以下学习用品：
1.毛笔两支（中楷、小楷各一支）；
2.毛边纸一刀；
3.墨汁一瓶，建议选购100毫升以内、瓶口带防漏内塞的塑料墨水瓶，不要带玻璃瓶；
4.笔洗一个、毛毡一块。
孩子往返学校时，请提醒他们把墨水瓶装进密封袋，放在书包外侧口袋。用品不必追求贵，够用即可，学校不指定品牌，也不统一代购。⟦a 家长可在“家校通”App查看课程表⟧
感谢您的支持！
郓湖市实验中学
2024年9月2日
""",
    ),
    dict(
        slug="oa-hongchuan-minutes-towel-rack-load-test",
        site="鸿川卫浴协同办公平台 (invented, OA)",
        style="企业内网",
        genre="会议纪要",
        kind="other",
        form="html",
        source="http://oa.hongchuan-wy.com/doc/view.do?id=24102201",
        title="毛巾架承重试验不合格问题专题会议纪要",
        record_title="〔质量专题〕毛巾架承重试验不合格问题专题会议纪要（内部）- 鸿川协同办公",
        date="2024-10-22",
        notes="OA document view: 流转记录, read count, a 阅毕归档 button, watermark line; the minutes' "
        "时间/地点/主持/参会/记录 lines in the body; the 时间 line gives the date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>〔质量专题〕毛巾架承重试验不合格问题专题会议纪要（内部）- 鸿川协同办公</title>
<script src="/oa/js/watermark.js"></script>
</head><body>
<div class="oa-top">⟦m 鸿川卫浴 · 协同办公平台⟧　⟦m 当前用户：孙婕（质量部）⟧　<a>⟦a 退出登录⟧</a></div>
<div class="oa-menu">⟦m 待办(3) 已办 公文 会议 通讯录 知识库⟧</div>
<div class="oa-doc">
<div class="oa-doc-head"><h2>{T}</h2>
<p>⟦m 文档类别：会议纪要　　密级：内部　　拟稿：孙婕　　阅读 48 次⟧</p></div>
<div class="oa-doc-body">
{BODY}
</div>
<div class="oa-flow"><h4>⟦m 流转记录⟧</h4>
<p>⟦m 孙婕 起草 2024-10-22 17:40⟧</p>
<p>⟦m 韩立新 审核通过 2024-10-23 09:12⟧</p>
<p>⟦m 办公室 分发至各部门 2024-10-23 10:05⟧</p></div>
<div class="oa-btn"><button>⟦a 阅毕归档⟧</button> <button>⟦a 转交他人⟧</button> <button>⟦a 导出成PDF文件⟧</button></div>
</div>
<div class="oa-foot">⟦m 信息中心 IT 服务台：分机 8000⟧　⟦d 内部资料，严禁外传⟧</div>
<script>wm.init("孙婕 8163");</script>
</body></html>
""",
        body="""
时间：2024年10月22日下午
地点：公司三楼会议室
主持：常务副总　韩立新
参会：质量部、生产部、技术部、采购部、销售部负责人
记录：孙婕
10月18日，市场监管部门抽查通报我公司一批双杆浴巾架承重试验不合格。会议听取了质量部的原因分析，议定如下事项：
一、该批次产品立即下架召回，由销售部10月31日前完成。
二、技术部重新核算壁座螺丝规格，将膨胀螺丝由6毫米改为8毫米。
三、生产部每班增加一次承重抽检，每批抽检不少于5件。
四、采购部对壁座铸件供应商开展质量约谈。
""",
    ),
    dict(
        slug="oa-hongchuan-report-towel-rack-workshop-director",
        site="鸿川卫浴协同办公平台 (invented, OA export)",
        style="企业内网",
        genre="述职报告",
        kind="report",
        form="text",
        source="http://oa.hongchuan-wy.com/export/shuzhi/2025/0108-feng.txt",
        title="2024年度毛巾架装配车间主任述职报告",
        date="2025-01-08",
        notes="OA export as text: export header, approval trail and print stamp around the body (no dates); the record's "
        "title as is; 成文日期 under the 述职人 line",
        page="""
!m 【鸿川卫浴协同办公平台 · 文档导出】
!m 导出人：冯志刚　导出时间：刚刚　文档编号：SZ-2025-0031
{T}
{BODY}
!m 审批意见：同意提交年度述职会。——人力资源部
!m 流转状态：已归档　　阅读人数：36
!d 本文件为公司内部资料，未经许可不得外传
""",
        indent="\u3000\u3000",
        body="""
各位领导、同事：
2024年，我担任公司毛巾架装配车间主任，负责车间生产、质量和安全管理。现将一年来的履职情况报告如下。
一、生产任务完成情况
全年装配毛巾架、浴巾架等产品41.6万件，完成年度计划的104%；新上一条免打孔毛巾架装配线，人均日产量提高了18%。
二、质量管理情况
针对10月份承重抽检不合格问题，车间推行“首件三检”，壁座螺丝全部改用8毫米规格，四季度客户投诉下降六成。
三、安全管理情况
全年组织安全培训12次，更换老化电动螺丝刀22把，未发生工伤事故。
四、不足和打算
车间自动化程度不高，新员工流失较多。2025年，我将推动打孔定位工装改造，带好新员工，确保全年零事故。
述职人：冯志刚
2025年1月8日
""",
    ),
]

"""holdout198, part B: blogs, WeChat mirrors, document-sharing pages, education portals and
enterprise intranets, each once as HTML and once as text. A school nurse's WordPress-like blog
with a calendar widget, reading time, tags and a comment form; a grandmother's clay pot on a
hard-wrapped blog; a police account's peephole warning mirrored with its 原创 label, a star
prompt glued before the salutation, 阅读原文/在看 and a mirror's archive note (the title only
in an ``<h1>``); a hospital account's adhesive-bandage article; a school's spinning-top course
plan in a sharing reader with ratings; a clay-pot noodle shop's rules as a ``.docx`` cut by
``⍣ pn ⍣`` glued to the continuation; an education bureau's contest notice with its table; a
school's first-aid-box notice; a pump maker's OA minutes with their 流转记录; a door maker's
intranet 通报 with its read counts and an attachment bar beside the document's own 附件. Invented
text (sites, places, people, numbers, URLs); see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="blog-hehe-nurse-bandages-wordpress-like",
        site="禾禾的医务室 (invented WordPress-like blog)",
        style="博客",
        genre="随笔",
        kind="other",
        form="html",
        source="https://hehe-yiwushi.example.blog/2025/01/18/three-hundred-bandages/",
        title="一学期用掉的三百片创可贴",
        record_title="校医手记｜一学期用掉的三百片创可贴 — 禾禾的医务室",
        date="2025-01-18",
        notes="WordPress-like blog: a column prefix and a blog suffix in the record title; a 发布于 post line taken as the page's date; reading time, a data table (one row a paragraph), tags, prev/next, a calendar widget, an archive list and a comment form",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="UTF-8"><title>校医手记｜一学期用掉的三百片创可贴 — 禾禾的医务室</title>
<link rel="stylesheet" href="/wp-content/themes/quiet/style.css"><script src="/wp-includes/js/wp-emoji-release.min.js"></script></head>
<body class="single">
<header class="site-header"><p class="site-title">⟦m 禾禾的医务室⟧</p><p class="site-description">⟦m 一个乡镇小学校医的碎碎念⟧</p>
<nav>⟦m 首页　校医手记　健康小课堂　关于我⟧</nav></header>
<main>
<article>
<p class="cat">⟦m 分类：校医手记⟧</p>
<h1 class="entry-title">{T}</h1>
<div class="entry-meta">⟦m 发布于 2025年1月18日 · 作者 禾禾 · 阅读约 3 分钟⟧</div>
<div class="entry-content">
{BODY}
</div>
<footer class="entry-footer">⟦l 标签：创可贴　校医　学期小结⟧</footer>
<nav class="post-nav">⟦l ← 上一篇　寒假前给家长的一封健康提醒⟧<br>⟦l 下一篇　孩子流鼻血，别再仰头了 →⟧</nav>
</article>
<section id="comments"><h3>⟦l 发表回复⟧</h3><p>⟦l 您的电子邮箱地址不会被公开。必填项已用 * 标注⟧</p><p>⟦a 提交评论⟧</p></section>
</main>
<aside class="widget-area">
<section><h2>⟦l 日历⟧</h2><table><tr><td>⟦l 2025年一月 一 二 三 四 五 六 日⟧</td></tr></table></section>
<section><h2>⟦l 文章归档⟧</h2><ul><li>⟦l 2025年一月 (3)⟧</li><li>⟦l 2024年十二月 (5)⟧</li></ul></section>
</aside>
<footer class="site-footer">⟦m 禾禾的医务室 © 2025 · 自豪地采用某开源博客程序⟧</footer>
</body></html>
""",
        body="""
期末整理医务室台账，我顺手数了数：这一学期，全校四百多个孩子，一共用掉了三百零六片创可贴。
伤情　次数　说明
擦伤　158　多在课间追跑时
划伤　71　美术课、劳动课居多
小水泡　43　运动会前后
其他　34　包括倒刺、蚊虫叮咬抓破
数字背后，其实有不少创可贴是“不必要”的。很多孩子并没有出血，只是觉得贴上创可贴就不疼了；也有孩子一天来换三次，因为创可贴上的小熊图案很好看。
我没有拒绝他们。对一个七八岁的孩子来说，一片创可贴有时候是一种安慰。但我也会趁机教他们：先用清水冲，再用碘伏消毒，伤口不出血、不渗液就不用贴，让它透透气好得更快。
下学期，我打算在每个班的急救包里放一张“小伤口怎么办”的卡片，让孩子们自己也能学会处理。
""",
    ),
    dict(
        slug="blog-guobian-clay-pot-grandmother-wrapped-58",
        site="锅边小记的博客 (invented)",
        style="博客",
        genre="散文",
        kind="other",
        form="text",
        source="http://blog.lanqiao-note.example.cn/guobianxiaoji/article/1147",
        title="外婆的那口砂锅",
        record_title="外婆的那口砂锅 - 岁月拾遗 - 锅边小记的博客",
        date=None,
        notes="blog text hard-wrapped at 58 columns; a category/tag line, a relative post time (no date), read/comment counts, a reprint notice, prev/next links and a comment prompt; a year inside the memoir is no date",
        wrap=58,
        indent="    ",
        page="""
!m 锅边小记的博客 —— 记下灶台边的日子
!m 首页 | 岁月拾遗 | 吃在家乡 | 留言板
!t 外婆的那口砂锅
!m 发表于 5 天前　阅读(318)　评论(12)
!m 分类：岁月拾遗　标签：砂锅 / 外婆 / 老物件
{BODY}
!d 原创文字，转载请先在留言板打个招呼，谢谢。
!l « 前一篇：腊月里的米豆腐　｜　后一篇：老屋后的那棵柚子树 »
!l 说点什么吧……（已有12条评论，点击展开）
""",
        body="""
外婆家灶台的角落里，一直放着一口黑黢黢的砂锅。锅沿缺了一个小口，锅盖上用铁丝箍了两道，是1987年外公从铛湾的窑上挑回来的。
小时候我每次生病，外婆就用这口砂锅给我熬白粥。她说砂锅熬粥不糊底，火要小，要守着，一边熬一边用勺子轻轻搅。那时候我总嫌她慢，现在才知道，慢是好东西。
外婆对这口锅很爱惜。新锅买回来的第一件事，是用淘米水煮上一遍，说这样锅才“养得住”；用完以后不能马上用冷水冲，要等它自己凉下来。
后来外婆走了，舅舅收拾老屋，问我要不要什么东西。我什么都没要，只抱回了这口砂锅。它现在放在我家厨房的柜子顶上，很少用，但每次看到它，我就好像又闻到了那锅白粥的味道。
""",
    ),
    dict(
        slug="wechat-pingan-jiaping-peephole-h1-only",
        site="平安斝坪 (invented police account, mirrored)",
        style="公众号镜像",
        genre="新闻",
        kind="news",
        form="html",
        source="https://wxarchive.example.com/s/pinganjiaping/2025-07-02-01.html",
        title="陌生人敲门别急着开，先看看门镜",
        record_title=None,
        date="2025-07-02",
        notes="WeChat mirror with no record title (the title only in an <h1>): 原创 label, account line with a date taken as the page's date, a star prompt glued before the salutation, numbered tips, the document's own 报警电话 sentence, an 'extended reading' line between paragraphs, 阅读原文/在看/赞 rows, a 'people who liked this also liked' list, a collection tag and the mirror's archive note",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>平安斝坪</title>
<script>var biz="MzA4NTk3MTIwNg==";var ct="1751416200";</script></head>
<body>
<div class="mirror-bar">⟦m 公众号文章归档站 · 收录公开推送 · 原文链接见文末⟧</div>
<div id="img-content">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta_list"><span class="original">⟦m 原创⟧</span> <span>⟦m 斝坪派出所⟧</span> <a>⟦m 平安斝坪⟧</a> <em>⟦m 2025-07-02 08:30⟧</em> <em>⟦m 发表于斝坪镇⟧</em></div>
<div class="rich_media_content" id="js_content">
{BODY}
</div>
<div class="collection">⟦l 收录于合集 #反诈宣传 27个⟧</div>
<div class="bottom-bar">⟦a 阅读原文⟧　⟦a 赞 16⟧　⟦a 分享⟧　⟦a 在看 9⟧</div>
<div class="like-also"><p>⟦l 喜欢此内容的人还喜欢⟧</p><p>⟦l 暑期防溺水，这几条一定要记牢⟧</p><p>⟦l 快递员上门“理赔”？当心是骗局⟧</p></div>
</div>
<div class="mirror-foot">⟦d 本页内容来自公众号公开推送，仅作归档备份，著作权归原作者所有，如需删除请来信。⟧</div>
</body></html>
""",
        p_html='<p style="text-indent:2em">{}</p>',
        body="""
⟦a ↑ 点上方“平安斝坪”加个星标，预警信息第一时间送达⟧各位街坊：
最近，辖区接连发生陌生人以“查燃气”“送福利”“物业维修”为名上门行骗的警情，受害人大多是独自在家的老人。
⟦l 延伸阅读：上门推销保健品的套路，你家老人中招了吗？⟧
在这里，斝坪派出所提醒大家：
1. 有人敲门，先别急着开，通过门镜看清来人，再隔着门问清楚是谁、来做什么。
2. 自称工作人员的，可以打电话向物业、社区或者对应单位核实，确认以后再开门。
3. 门镜模糊、损坏或者装得太高的，要尽快维修更换，家里有老人的可以加装低位门镜。
4. 发现可疑人员在楼道里徘徊、在门上做记号，请及时报警，报警电话110，也可以拨打派出所值班电话0737-6620 1104。
""",
    ),
    dict(
        slug="wechat-wengling-hospital-bandage-four-wounds",
        site="瓮岭县人民医院 (invented hospital account, text mirror)",
        style="公众号镜像",
        genre="科普",
        kind="other",
        form="text",
        source="http://wx.mirror-reader.example.net/a/wlxrmyy/20250812_2.html",
        title="创可贴不是万能的，这4种伤口千万别贴",
        record_title="创可贴不是万能的，这4种伤口千万别贴 | 瓮岭县人民医院 - 公众号文章镜像",
        date="2025-08-12",
        notes="a hospital account's article in a text mirror: account line with a date (the page's date), an image-copyright notice on a line of its own between paragraphs, a 'scan to follow' line, a reward row, 预览时标签不可点 and a written-by line; numbered list; the document's own 急诊 phone; the mirror's footer",
        page="""
!t 创可贴不是万能的，这4种伤口千万别贴
!m 瓮岭县人民医院　2025年8月12日 17:05　甄湖
!m 文｜急诊科 护士长 庞雪琳　　图｜网络
{BODY}
!a 微信扫一扫，关注“瓮岭县人民医院”
!a 赞赏作者　｜　已有 3 人赞赏
!m 预览时标签不可点
!l 本文收录于：#健康科普 #急诊小课堂
!d 镜像说明：本站只保存公开文章的文字版本，图片与视频未收录。
""",
        body="""
夏天衣服穿得少，磕磕碰碰多，很多人受了伤第一反应就是贴一片创可贴。但急诊科护士提醒：下面这4种伤口，千万不要随手一贴。
⟦d 〔文中配图来自网络，如涉及版权请留言，我们将及时处理〕⟧
1. 较深或出血多的伤口。创可贴只能压迫止血很小的创面，伤口深、出血止不住的，要尽快就医缝合。
2. 被铁钉、铁丝等扎伤的伤口。这类伤口窄而深，贴上创可贴后形成缺氧环境，反而有利于破伤风杆菌生长。
3. 被猫、狗等动物抓伤咬伤的伤口。应立即用肥皂水和流动清水交替冲洗15分钟，再到犬伤门诊处理。
4. 已经感染化脓的伤口。创可贴不透气，会加重感染，需要医生清创换药。
如果受伤后出现红肿加重、发热等情况，请及时到医院就诊。我院急诊科24小时接诊，急诊电话0737-5712 120。
""",
    ),
    dict(
        slug="docshare-xuemi-tops-course-plan-ratings",
        site="学米共享 (invented document-sharing reader)",
        style="文档分享",
        genre="方案",
        kind="plan",
        form="html",
        source="https://www.xuemi-share.example.com/doc/3308915.html",
        title="匜口镇中心小学陀螺特色体育课程实施方案",
        record_title="匜口镇中心小学陀螺特色体育课程实施方案（可编辑）- 学米共享",
        date="2025-02-20",
        notes="sharing reader: sharer line with an upload stamp (no date), a rating row, a favourite/report row, a VIP prompt on a line of its own between paragraphs, a use notice glued after a sentence, a schedule table, an upload disclaimer and a 'more by this sharer' list; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>匜口镇中心小学陀螺特色体育课程实施方案（可编辑）- 学米共享</title>
<script>window.shareCfg={docId:3308915};</script></head>
<body>
<div class="xm-head">⟦m 学米共享 — 老师们的资料交换站⟧ <span>⟦a 我要分享 ｜ 个人中心⟧</span></div>
<div class="xm-crumb">⟦m 学米共享 / 教学资料 / 体育 / 校本课程⟧</div>
<h1>{T}</h1>
<div class="xm-info">⟦m 分享者：匜口小学体育组　分享于 2025-03-02　格式：DOCX　大小：38KB⟧</div>
<div class="xm-rate">⟦l ★★★★☆ 4.2分（17人评价）⟧　⟦a 收藏　转存到我的资料库⟧</div>
<div class="xm-doc">
{BODY}
</div>
<div class="xm-note">⟦d 资料由老师自愿分享，仅供教学交流，学米共享不对内容的准确性承担责任。⟧</div>
<div class="xm-more"><h4>⟦l 该分享者的其他资料⟧</h4><ul><li>⟦l 陀螺运动安全教育教案⟧</li><li>⟦l 大课间活动方案（2025春）⟧</li></ul></div>
<footer>⟦m 学米共享 xuemi-share.example.com　苏ICP备2021039914号-3⟧</footer>
</body></html>
""",
        body="""
为传承民间传统体育，丰富学校体育课程内容，结合我校实际，制定陀螺特色体育课程实施方案。
一、课程目标
让每名学生掌握抽陀螺的基本方法，三年级以上学生能完成起转、续鞭和定点控制三个动作，培养学生的耐心和协调能力。⟦d （本资料仅限教学交流使用，请勿用于商业用途）⟧
二、课程安排
年级　课时　主要内容
一、二年级　每周1节　认识陀螺，学习绕绳起转
三、四年级　每周1节　抽鞭续转，旋转时间练习
五、六年级　每周1节　定点控制，集体表演编排
⟦a 开通学米VIP，本资料可直接下载为Word⟧
三、安全要求
上课时学生之间保持三米以上距离，鞭绳长度不超过一米二；铁陀螺只在高年级使用，课后由体育老师统一收回保管。
匜口镇中心小学
2025年2月20日
""",
    ),
    dict(
        slug="docshare-yunjuan-clay-pot-shop-rules-docx-glued-markers",
        site="云卷文档 (invented)",
        style="文档分享",
        genre="制度",
        kind="other",
        form="text",
        source="https://yunjuan-doc.example.com/view/e41b90c7.html",
        title="砂锅米线店食品安全管理制度",
        record_title="砂锅米线店食品安全管理制度.docx",
        date=None,
        notes="file-name record title; a sharing page whose preview is cut by '⍣ pn ⍣' glued to the continuation; 第N条 articles; an article that speaks of 打印 and 扫码 as content; a file-info line, a download row, an upload notice and a 'related' list; no date",
        pages=dict(fmt="⍣ p{n} ⍣", every=120, start=2, glue=True, sep=" "),
        page="""
!m 云卷文档 · 办公文档分享平台
!t 砂锅米线店食品安全管理制度.docx
!m 文件信息：3页 / 21KB / 格式 docx　｜　浏览 966　下载 41
!a 〖免费下载〗〖在线编辑〗〖分享给好友〗
{BODY}
!d 本文档为网友自愿分享，云卷文档仅提供展示，不对其真实性负责；如涉及侵权请联系平台删除。
!l ☞ 相关推荐：餐饮店员工健康管理制度 / 小餐饮食品安全承诺书 / 后厨卫生检查表
""",
        body="""
第一条 为保障顾客饮食安全，规范本店食品加工经营行为，依据食品安全有关法律法规，制定本制度。
第二条 本店负责人为食品安全第一责任人，店长具体负责日常管理，每日营业前对后厨进行检查并做好记录。
第三条 砂锅在使用前应检查有无裂纹、掉釉，发现裂纹的砂锅必须停止使用；新砂锅须经浸泡、开锅处理后方可投入使用。
第四条 米线、肉类、蔬菜等原料应从有资质的供应商采购，每批次索取票证，每月将进货台账打印归档。
第五条 从业人员须持有效健康证明上岗，上岗前洗手消毒，穿戴工作衣帽。
第六条 本店在收银台张贴食品安全信息公示二维码，顾客扫码即可查看原料来源和检查记录。
第七条 本制度自发布之日起施行。
""",
    ),
    dict(
        slug="edu-heyang-tops-contest-notice-reading-mode",
        site="盉阳县教育局 (invented education portal)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.heyang.example.gov.cn/tzgg/2025/0403/5620.html",
        title="关于举办盉阳县第二届中小学生传统体育（陀螺）比赛的通知",
        record_title="关于举办盉阳县第二届中小学生传统体育（陀螺）比赛的通知_通知公告_盉阳教育网",
        date="2025-04-02",
        date_also=["2025-04-03"],
        notes="education portal: 读屏模式/简体 row, a 发布时间 byline a day after the 成文日期 (document's date expected), 文号 neutral, a schedule table, the document's own 联系人/电话 and e-mail beside the site's technical line, an 附件 list with a 下载 sentence, a scan-to-read line, a related list",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于举办盉阳县第二届中小学生传统体育（陀螺）比赛的通知_通知公告_盉阳教育网</title>
<script type="text/javascript" src="/static/js/common.js"></script></head>
<body>
<div class="tip-row">⟦a 读屏模式⟧ | ⟦a 简体⟧ | ⟦a 登录校园平台⟧</div>
<div class="logo">⟦m 盉阳教育网 · 盉阳县教育局主办⟧</div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 教育动态⟧</li><li>⟦m 通知公告⟧</li><li>⟦m 政策法规⟧</li><li>⟦m 招生考试⟧</li></ul>
<div class="pos">⟦m 您的位置：首页 &gt;&gt; 通知公告⟧</div>
<h1>{T}</h1>
<div class="attr">⟦m 发布时间：2025-04-03　发布者：体卫艺股　浏览：1894 次⟧</div>
<p class="wh">盉教通〔2025〕21号</p>
<div class="article">
{BODY}
</div>
<div class="qr">⟦a 扫一扫，在手机上阅读本文⟧</div>
<div class="rel"><b>⟦l 相关通知⟧</b><ul><li>⟦l 关于开展2025年春季学生体质健康监测的通知⟧</li><li>⟦l 关于组织参加市中小学生跳绳比赛的通知⟧</li></ul></div>
<div class="foot">⟦m 盉阳县教育局　地址：盉阳县文昌路18号⟧<br>⟦m 网站技术支持：0745-3318 806（工作日）⟧<br>⟦m 湘ICP备10022761号⟧</div>
</body></html>
""",
        body="""
各乡镇中心学校，县直各中小学：
为推动传统体育进校园，经研究，决定举办盉阳县第二届中小学生传统体育（陀螺）比赛。现将有关事项通知如下。
一、比赛时间和地点：2025年5月9日至10日，县第一中学田径场。
二、比赛项目
组别　项目　人数
小学组　旋转时间赛、定点控制赛　每校男女各2人
初中组　旋转时间赛、集体表演赛　每校不超过8人
三、报名办法：请各校于4月25日前将报名表（见附件）加盖公章后报送县教育局体卫艺股，电子版发送至邮箱hyjytwy@example.cn。附件可在本通知页面下方下载。
联系人：文晓峰，电话：0745-3316 251。
附件：盉阳县第二届中小学生传统体育（陀螺）比赛报名表
盉阳县教育局
2025年4月2日
""",
    ),
    dict(
        slug="edu-fangshan-school-first-aid-box-notice-table",
        site="钫山县第二中学 (invented school site on an education portal)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.fsez.example.edu.cn/xiaowu/2025/0901/233.html",
        title="关于规范班级急救箱物品配置的通知",
        record_title="【校园安全】关于规范班级急救箱物品配置的通知_钫山二中",
        date="2025-09-01",
        notes="school site text page: a 【栏目】 prefix and a _site suffix; 发布 line equal to the 成文日期; a data table of first-aid items (one row a paragraph); the school doctor's own 电话 beside the site's 技术支持 line; a print/close row",
        page="""
!m 钫山县第二中学 · 校园网
!m 首页 > 校务公开 > 安全教育
!t 【校园安全】关于规范班级急救箱物品配置的通知
!m 发布者：校医室　时间：2025-09-01　点击：412
{BODY}
!a 【打印此页】　【返回列表】
!l 上一条：2025年秋季开学返校安全须知
!l 下一条：关于开展新生入学体检的通知
!m 钫山县第二中学版权所有　地址：钫山县城北新区学府路9号　技术支持：0746-2208 115
""",
        body="""
各班主任：
为做好学生在校期间小伤小病的应急处置，学校为每个班级配备了急救箱。现对急救箱物品配置和管理要求通知如下。
一、配置清单
物品　数量　说明
创可贴　20片　普通型、防水型各半
碘伏棉签　1盒　每盒20支
无菌纱布　5块　规格8厘米×10厘米
医用胶带　1卷　—
一次性手套　5副　—
二、管理要求
急救箱由班主任指定一名卫生委员保管，放在教室固定位置，不得上锁。创可贴等物品用完后请到校医室领取补充，每月最后一周由校医室统一检查一次。
学生伤口较深、出血较多或被动物抓咬的，不得自行处理，应立即送校医室。校医室电话：0746-2208 120。
钫山县第二中学校医室
2025年9月1日
""",
    ),
    dict(
        slug="oa-xunda-minutes-pump-quality-flow-record",
        site="迅达协同办公 (invented OA)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.xunda-hw.example.local/doc/view.do?id=20250703-0117",
        title="二季度打气筒质量分析会会议纪要",
        record_title="[纪要] 二季度打气筒质量分析会会议纪要 - 迅达协同办公",
        date="2025-07-03",
        date_also=["2025-07-02"],
        notes="OA document view: user bar, a [纪要] prefix and a - system suffix; the minutes' 时间/地点/主持/参会/记录 lines kept in the body; a meeting date and a signature date that differ (signature date expected, meeting date also accepted); a 流转记录 approval trail, a read count and a 'next to-do' box",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>[纪要] 二季度打气筒质量分析会会议纪要 - 迅达协同办公</title>
<script src="/oa/js/flow.js"></script></head>
<body>
<div class="oa-top">⟦m 迅达协同办公平台⟧　⟦m 当前用户：柯秀云（质量部）⟧　⟦a 退出⟧</div>
<div class="oa-menu">⟦m 待办事项　已办事项　公文管理　会议管理　知识库⟧</div>
<div class="oa-path">⟦m 会议管理 › 会议纪要 › 查看⟧</div>
<div class="oa-doc">
<h2>{T}</h2>
<div class="oa-meta">⟦m 拟稿：装配车间　密级：内部　已阅 48 人⟧</div>
{BODY}
</div>
<div class="oa-flow"><h4>⟦m 流转记录⟧</h4>
<table>
<tr><td>⟦m 2025-07-03 09:15　柯秀云　拟稿⟧</td></tr>
<tr><td>⟦m 2025-07-03 11:02　钟立新　审核　意见：同意印发⟧</td></tr>
<tr><td>⟦m 2025-07-03 14:30　系统　分发至各部门⟧</td></tr>
</table></div>
<div class="oa-next">⟦l 下一条待办：关于三季度原材料采购计划的请示⟧</div>
<div class="oa-foot">⟦d 内部资料，严禁截图外传⟧　⟦m 技术支持：信息中心 分机 8016⟧</div>
</body></html>
""",
        body="""
时间：2025年7月2日下午3时
地点：公司三楼会议室
主持：钟立新（副总经理）
参会：质量部、装配车间、采购部、销售部负责人及班组长
记录：柯秀云
会议通报了二季度打气筒产品质量情况，分析了客户投诉原因，研究了整改措施。现纪要如下：
一、二季度装配车间一次交检合格率为97.1%，比一季度提高1.9个百分点，气压表读数不准的投诉明显减少。
二、仍存在的问题是软管接头漏气，主要原因是卡箍来料尺寸波动。会议要求采购部7月15日前完成供应商现场审核，质量部加严进货检验。
三、销售部反映部分客户希望打气筒附带多种气嘴转换头，会议同意由技术部评估后在下季度新品中考虑。
钫山县迅达五金制品有限公司质量部
2025年7月3日
""",
    ),
    dict(
        slug="intranet-anju-door-peephole-rectification-record-title",
        site="居安门业内网 (invented)",
        style="企业内网",
        genre="通报",
        kind="notice",
        form="text",
        source="http://intra.juan-door.example.local/news/notice/2025/0516.html",
        title="关于门镜装配工序质量问题的通报",
        date="2025-05-16",
        notes="intranet text page with the record's title as is: user line, read/unread counts, an attachment bar ('附件下载（1）') above the document's own 附件 line, a 抄送 line, a 'back to list' row",
        page="""
!m 居安门业 · 企业内网　　您好，姚俊（生产管理部）
!m 内网首页 ＞ 通知通报 ＞ 正文
{T}
!m 发布部门：质量管理部　发布：2025-05-16 10:20　已读 136　未读 22
{BODY}
!a 📎 附件下载（1）：门镜装配作业要点.pdf　[预览] [下载]
!a ← 返回列表　　⎙ 打印
!d 本网站为公司内部网站，信息仅限员工浏览，严禁外传。
""",
        body="""
各生产车间：
5月上旬，质量管理部在成品抽检中发现，二车间装配的一批防盗门门镜存在安装不正、镜片有划痕等问题，共涉及成品门320樘，已全部返工处理。
经调查，问题原因：一是新员工未经岗位培训即上岗操作；二是门镜孔开孔后未去毛刺，安装时划伤镜片；三是班组自检流于形式。
为此，对二车间予以通报批评，扣减当月质量考核分5分。各车间要举一反三：门镜装配工序必须持证上岗，开孔后逐件去毛刺，门镜安装后用专用检具检查垂直度，班组长每两小时抽查一次并签字。
附件：门镜装配作业要点
居安门业有限公司质量管理部
2025年5月16日
抄送：公司领导，生产管理部。
""",
    ),
]

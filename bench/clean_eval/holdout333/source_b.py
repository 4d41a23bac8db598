"""holdout333, part B: blogs, WeChat mirrors, sharing sites, education portals, intranets.

Invented text, sites, places, people and numbers; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="blog-laonie-fly-paper-cowshed-memoir",
        site="老聂的草场笔记 (invented, WordPress-like blog)",
        style="博客",
        genre="回忆散文",
        kind="other",
        form="html",
        source="https://laonie-caochang.blog/2025/08/fly-paper-cowshed/",
        title="挂在牛棚里的粘蝇纸",
        record_title="【草场手记】挂在牛棚里的粘蝇纸 – 老聂的草场笔记",
        date=None,
        notes="blog with tag cloud, calendar-less archive, comment form and a related-posts box; a memoir with no "
        "date (发布于 2 周前 is relative); a reading-time line and a tip-jar line glued after the last sentence",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<title>【草场手记】挂在牛棚里的粘蝇纸 – 老聂的草场笔记</title>
<link rel="stylesheet" href="/wp-content/themes/grassland/style.css">
<script src="/wp-includes/js/jquery/jquery.min.js"></script>
</head>
<body class="single">
<header class="site-header">
<p class="site-title"><a href="/">⟦m 老聂的草场笔记⟧</a></p>
<p class="site-description">⟦m 放了半辈子牛，写点牛棚里的事⟧</p>
<nav><a href="/">⟦m 首页⟧</a> <a href="/category/shouji/">⟦m 草场手记⟧</a> <a href="/about/">⟦m 关于老聂⟧</a></nav>
</header>
<main>
<article>
<h1 class="entry-title">{T}</h1>
<div class="entry-meta">⟦m 发布于 2 周前 · 分类：草场手记 · 约4分钟读完⟧</div>
<div class="entry-content">
{BODY}
</div>
<footer class="entry-footer">⟦l 标签：粘蝇纸 / 牛棚 / 旧事⟧</footer>
</article>
<nav class="post-navigation">⟦l ← 上一篇：给小牛犊剪角的那天⟧　⟦l 下一篇：草场上的第一台拖拉机 →⟧</nav>
<section id="comments">
<h3>⟦l 12 条评论⟧</h3>
<div class="comment">⟦l 放羊的詹二：我们羊圈也挂这个，一夏天换三十多张⟧</div>
<div class="comment">⟦l 廖晓晓：读到父亲那段，眼眶湿了⟧</div>
<form id="commentform">⟦a 发表评论　昵称（必填）　邮箱（不公开）　提交评论⟧</form>
</section>
</main>
<aside class="widget-area">
<section><h2>⟦l 标签云⟧</h2><p>⟦l 牛棚 草料 挤奶 旧事 兽医 粘蝇纸 拖拉机⟧</p></section>
<section><h2>⟦l 文章归档⟧</h2><ul><li>⟦l 2025年8月 (3)⟧</li><li>⟦l 2025年7月 (5)⟧</li></ul></section>
</aside>
<footer class="site-footer">⟦d 本站文字均为老聂原创，转载请先留言⟧　⟦m 由 WordPress 驱动⟧</footer>
<script>jQuery(function($){ $(".entry-content img").attr("loading","lazy"); });</script>
</body>
</html>
""",
        body="""
我十八岁进场放牛，最早学会的活儿不是挤奶，是挂粘蝇纸。
那时候牛棚里苍蝇多得吓人，牛尾巴甩个不停，奶桶边上落一层黑点。父亲每天早上从仓库领一卷黄色的粘蝇纸，让我踩着板凳，把它一条一条钉在横梁上，离牛背有一人多高。
粘蝇纸刚挂上去是亮的，到了傍晚就变成黑乎乎的一条。父亲说，粘满了就得换，不换苍蝇就落在旧纸上歇脚，等于白挂。换下来的纸要卷起来扔进灰坑烧掉，不能随手丢在草堆里。
后来场里装了纱窗，又用上了灭蝇灯，粘蝇纸慢慢少了。可我现在进牛棚，还是习惯先抬头看一眼横梁，好像那一条条黄纸还在那里晃。⟦a ☕ 觉得写得还行，请老聂喝杯茶⟧
""",
    ),
    dict(
        slug="blog-xuegong-cockroach-gel-mistakes-wrapped",
        site="虫师薛工的博客 (invented)",
        style="博客",
        genre="经验文章",
        kind="other",
        form="text",
        source="http://xuegong-pco.blog.cn/article/20250814/9921.html",
        title="胶饵灭蟑的五个常见误区",
        record_title="胶饵灭蟑的五个常见误区 - 技术随笔 - 虫师薛工的博客",
        date="2025-08-14",
        notes="a pest technician's blog, hard-wrapped at 56 columns; numbered list; the byline's 发表于 is the "
        "page's date; a blog-roll and archive below",
        page="""
!m 虫师薛工的博客
!m 十五年有害生物防制一线笔记
!m 首页　技术随笔　现场案例　答疑　留言板
{T}
!m 发表于 2025-08-14 22:05　　分类：技术随笔　　阅读(1290)　评论(17)
{BODY}
!l 本文标签：灭蟑 胶饵 德国小蠊
!l ← 上一篇　餐厅后厨蟑螂复发的三个原因
!l → 下一篇　毒饵盒该放几个？一张图说明白
!l 博主的其他文章：　蟑螂抗药性是怎么来的　|　家庭灭蟑最省钱的办法
!m 博客访问：418,220　　今日访问：316
""",
        wrap=56,
        indent="\u3000\u3000",
        body="""
干了十几年有害生物防制，发现很多人用了灭蟑胶饵效果不好，问题多半出在方法上。下面是我总结的五个常见误区。
1.点得越多越好。胶饵讲究“少量多点”，一个点黄豆大小就够，点成一大坨反而干得快，蟑螂也不爱吃。
2.和杀虫喷雾一起用。喷雾有驱避作用，喷过的地方蟑螂会绕开，胶饵就白点了。
3.点在明处。蟑螂喜欢缝隙和背光处，胶饵要点在柜子铰链、灶台缝、冰箱压缩机附近。
4.看到死蟑螂就停药。胶饵是慢慢起效的，一般要连续使用两到三周，中间要补点。
5.一种药用到底。长期只用一种有效成分，容易产生抗药性，最好每半年轮换一次。
最后提醒，家里有小孩和宠物的，胶饵一定要点在他们够不着的地方。
""",
    ),
    dict(
        slug="wechat-yichuan-cdc-mosquito-bands-no-title",
        site="颐川疾控 (invented WeChat account, mirrored on 微阅存档)",
        style="公众号镜像",
        genre="科普文章",
        kind="other",
        form="html",
        source="https://weiyue-archive.net/s/yichuan-cdc/20250618-a3",
        title="驱蚊手环到底管不管用？疾控专家说清楚了",
        record_title=None,
        date="2025-06-18",
        notes="WeChat mirror: no record title, the <h1> gives it; a follow prompt glued before the first words; "
        "原创 badge and account line (its date is the page's date); 阅读原文/在看 rows and the mirror's archive note; "
        "a sentence asking readers to forward the article stays",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1.0">
<title>驱蚊手环到底管不管用？疾控专家说清楚了</title>
<script src="https://weiyue-archive.net/assets/mirror.js"></script>
</head>
<body>
<div class="mirror-bar">⟦m 微阅存档 · 公众号文章备份站⟧ <a href="/s/yichuan-cdc">⟦m 本号全部存档⟧</a></div>
<div id="js_article" class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta_list">⟦m 原创⟧ ⟦m 颐川疾控 颐川县疾病预防控制中心 2025年06月18日 17:30⟧</div>
<div class="rich_media_content" id="js_content">
{BODY}
</div>
<div class="rich_media_tool">⟦a 阅读原文⟧　⟦l 阅读 2.1万⟧　⟦a 分享⟧　⟦a 在看 238⟧　⟦a 赞 117⟧</div>
<div class="qr">⟦a 长按识别二维码，关注颐川疾控⟧</div>
<div class="collection">⟦l 收录于合集 #夏季防病 12个⟧</div>
</div>
<div class="mirror-note">⟦d 本页为公开文章的存档副本，版权属原公众号；如需删除请邮件联系存档站⟧</div>
<script>Mirror.fixImages("#js_content");</script>
</body>
</html>
""",
        p_html='<section><p style="text-indent:2em;line-height:1.75em;">{}</p></section>',
        body="""
⟦a 轻点上方“颐川疾控”加关注，防病知识不错过⟧入夏后，不少家长给孩子买了驱蚊手环。它到底管不管用？我们请教了中心病媒生物防制科的廖医生。
廖医生介绍，驱蚊手环里一般含有驱蚊酯、避蚊胺或植物精油，靠挥发形成一层“气味屏障”。但这层屏障范围很小，只能覆盖手腕附近，脚踝、脖子等部位仍会被叮。
“驱蚊手环可以作为辅助，但不能代替驱蚊液。”廖医生建议，到户外草丛、水边活动时，应在裸露皮肤上涂抹正规驱蚊产品，并穿浅色长袖衣裤。
购买时要看包装上有没有农药登记证号，6个月以下婴儿不要使用含避蚊胺的产品。孩子佩戴后如出现皮肤发红、瘙痒，应立即摘下并用清水冲洗。
觉得有用，请把这篇文章转给身边有孩子的亲友。
""",
    ),
    dict(
        slug="wechat-yijing-pledge-big-print-remote-covers",
        site="颐景邻里 (invented WeChat account, mirrored text)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://mp-mirror.cc/a/yijinglinli/20251014_02",
        title="关于为高龄老人家电遥控器加装大字防护套的倡议书",
        record_title="关于为高龄老人家电遥控器加装大字防护套的倡议书 ｜ 颐景邻里（公号文章存档）",
        date="2025-10-12",
        date_also=["2025-10-14"],
        notes="WeChat mirror as text: account line with the posting date, a star prompt on its own line before the "
        "body, 在看/分享 rows and a QR line after; 成文日期 under the signature expected, the account date also "
        "accepted; sentences about 关注 the account and 分享 the pledge are content",
        page="""
!m 公号文章存档 mp-mirror.cc
{T}
!m 颐景邻里　2025-10-14 19:02　舜河区
!a 👆 点上方名片，把“颐景邻里”设为星标，通知不漏看
{BODY}
!a 阅读原文　　分享　　推荐　　在看
!l 往期推荐：社区食堂10月菜单公布　|　颐景社区秋季义诊安排
!a 长按下图二维码，关注颐景邻里
!d 存档说明：本文由程序自动抓取存档，排版可能与原文不同
""",
        indent="\u3000\u3000",
        body="""
各位居民朋友、志愿者们：
社区里80岁以上的老人有137位。走访中我们发现，很多老人看不清遥控器上的小字，常常按错键，电视调不回频道，空调开成了制热，只好打电话叫子女回家。
为此，颐景社区志愿者协会倡议：
一、请有条件的家庭为老人的电视、空调遥控器加装大字防护套，常用键用醒目颜色标出；
二、请志愿者每周六上午到社区服务站，帮助独居老人免费安装防护套；
三、请大家关注“颐景邻里”公众号报名，并把这份倡议分享给家里有老人的邻居。
一个小小的遥控器套，能让老人少些烦恼。让我们一起动手！
舜河区颐景社区志愿者协会
2025年10月12日
""",
    ),
    dict(
        slug="docshare-gongxiang-request-flameless-diffusers",
        site="共享蜂文档 (invented)",
        style="文档分享",
        genre="请示",
        kind="other",
        form="html",
        source="https://www.gxfeng.com/doc/4471923.html",
        title="关于购置无明火香薰机替换日间照料中心熏香炉的请示",
        record_title="关于购置无明火香薰机替换日间照料中心熏香炉的请示（原文可编辑）- 共享蜂文档",
        date="2025-03-20",
        notes="sharing reader: an upload notice, ratings, a points lock, a service WeChat; the request's own "
        "联系人/电话 next to the site's customer-service line; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>关于购置无明火香薰机替换日间照料中心熏香炉的请示（原文可编辑）- 共享蜂文档</title>
<script src="//cdn.gxfeng.com/js/viewer.2.1.js"></script>
</head>
<body>
<div class="hd">
<a href="/" class="logo">⟦m 共享蜂文档⟧</a>
<span class="slogan">⟦m 文档像蜂蜜，越分享越多⟧</span>
<a href="/upload">⟦a 上传赚蜂蜜⟧</a> <a href="/login">⟦a 登录｜免费注册⟧</a>
</div>
<div class="bread">⟦m 首页 › 公文范本 › 请示报告⟧</div>
<div class="doc-wrap">
<h1>{T}</h1>
<div class="doc-info">⟦m 贡献者：卉泉小站　页数：2　评分：★★★★☆（38人）　浏览：1465⟧</div>
<div class="doc-note">⟦d 本文档由网友自行上传分享，共享蜂文档只作存储，不审核具体内容⟧</div>
<div class="doc-text">
{BODY}
</div>
<div class="lock">⟦a 下载原文需消耗 5 蜂蜜值，当前余额不足⟧ <a href="/task">⟦a 做任务领蜂蜜⟧</a></div>
</div>
<div class="side">
<h4>⟦l 相关请示⟧</h4>
<p>⟦l 关于增设老年助餐点的请示⟧</p>
<p>⟦l 关于日间照料中心适老化改造经费的请示⟧</p>
</div>
<div class="kefu">⟦w 文档问题请加客服微信 gxf_kefu07（9:00-21:00）⟧</div>
<div class="ft">⟦m 客服电话：400-615-2277⟧　⟦m 共享蜂文档 gxfeng.com 粤ICP备19066120号⟧</div>
<script>Viewer.render(".doc-text");</script>
</body>
</html>
""",
        body="""
卉口镇民政办：
卉泉社区日间照料中心现有午休室2间，每天有30余名老人在此午休。为驱除异味，中心一直在午休室点熏香炉。今年2月，一名老人起身时碰倒香炉，烫伤手背，所幸伤势较轻。
为消除明火隐患，中心拟购置无明火的超声波香薰机4台，每台约260元，合计1040元，只加清水和少量淡香型精油，由护理员每日午休前开启、午休后关闭。
以上请示妥否，请批示。
联系人：詹慧芳，联系电话：0931-5507316。
卉泉社区日间照料中心
2025年3月20日
""",
    ),
    dict(
        slug="docshare-lipingxiao-rules-canteen-pest-docx",
        site="云笺文档 (invented)",
        style="文档分享",
        genre="制度",
        kind="other",
        form="text",
        source="https://www.yunjiandoc.com/d/20250301/60218.html",
        title="莉坪镇中心小学食堂病媒生物防制管理制度",
        record_title="莉坪镇中心小学食堂病媒生物防制管理制度.docx",
        date=None,
        notes="file-name record title; rules with 第N条 articles that speak of 打印 and 扫码 as content; a share "
        "stamp and an effective clause are no dates",
        page="""
!m 云笺文档 › 学校管理 › 规章制度
!t 莉坪镇中心小学食堂病媒生物防制管理制度.docx
!m 分享者：笺友8127　分享于 5 个月前　　格式：docx　　页数：2
!a 预览　|　下载（免费）　|　转存到笺盘
{BODY}
!d 本文档仅供学习交流，云笺文档不拥有其版权，如涉及侵权请联系管理员删除。
!l 你可能感兴趣：学校食堂食品留样制度.docx　　校园灭鼠工作记录表.xlsx
""",
        indent="\u3000\u3000",
        body="""
第一条　为防止蟑螂、苍蝇、老鼠污染食品，保障师生饮食安全，制定本制度。
第二条　食堂管理员是病媒生物防制的直接责任人，每周检查一次后厨、库房和餐厅。
第三条　灭蟑药只能使用有农药登记证的胶饵和毒饵盒，由管理员统一领用、专柜存放，不得与食品、餐具混放。
第四条　投药点位按平面图标注，每次投药后填写投药记录，月底打印存档备查。
第五条　防蝇门帘、纱窗、粘蝇纸等设施损坏的，应在24小时内修复或更换。
第六条　发现鼠迹、蟑迹的，员工应扫码填报“食堂隐患随手拍”，由管理员当天处理。
第七条　本制度自发布之日起施行。
""",
    ),
    dict(
        slug="edu-fenhu-notice-canteen-flies-attachments",
        site="芬湖县教育体育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.fenhu.gov.cn/hqaq/202508/t20250827_77104.html",
        title="关于做好秋季学期学校食堂防蝇灭蝇工作的通知",
        record_title="关于做好秋季学期学校食堂防蝇灭蝇工作的通知 - 后勤安全 - 芬湖县教育体育局",
        date="2025-08-25",
        date_also=["2025-08-27"],
        notes="education portal: 适老/读屏 links, an attachment download link, a scan-to-read line; the notice's "
        "联系人/电话/邮箱 next to the portal's technical-support line; 附件 list and a sentence telling schools "
        "to 下载 the attachment; 成文日期 expected, the portal's date also accepted",
        page="""
<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<title>关于做好秋季学期学校食堂防蝇灭蝇工作的通知 - 后勤安全 - 芬湖县教育体育局</title>
<script src="/js/jquery-3.6.0.min.js"></script>
<script src="/js/a11y.js"></script>
</head>
<body>
<div class="top-links"><a id="oldman">⟦a 关怀版入口⟧</a> <a id="reader">⟦a 读屏⟧</a> <a href="/sitemap">⟦m 网站地图⟧</a></div>
<div class="header">⟦m 芬湖县教育体育局 · 办人民满意的教育⟧</div>
<div class="menu"><a href="/">⟦m 首页⟧</a> <a href="/jydt/">⟦m 教育动态⟧</a> <a href="/tzgg/">⟦m 通知公告⟧</a> <a href="/hqaq/">⟦m 后勤安全⟧</a> <a href="/xxgk/">⟦m 信息公开⟧</a></div>
<div class="loc">⟦m 您所在的位置：首页 &gt; 后勤安全⟧</div>
<div class="detail">
<h2>{T}</h2>
<p class="sub">⟦m 发布日期：2025-08-27　发布机构：县教体局后勤安全股　阅读次数：512⟧</p>
<div class="zoom">⟦a 字体：〔大〕〔中〕〔小〕⟧</div>
<div class="detail-body">
{BODY}
</div>
<p class="attach"><a href="/u/2025/0827/a1.xlsx">⟦a 附件下载：食堂防蝇设施自查表.xlsx⟧</a></p>
<p class="qr">⟦a 手机扫一扫，本页随身读⟧</p>
</div>
<div class="prevnext">⟦l 上一篇：关于开展2025年秋季开学安全大检查的通知⟧<br>⟦l 下一篇：全县中小学食堂从业人员健康证办理提醒⟧</div>
<div class="footer">
<p>⟦m 芬湖县教育体育局主办　地址：芬湖县卉口大道88号⟧</p>
<p>⟦m 网站技术支持：0931-5210008（非工作时间请留言）⟧</p>
<p>⟦m 陇ICP备10020915号-2⟧</p>
</div>
<script>A11y.bind("#oldman","#reader");</script>
</body>
</html>
""",
        body="""
各中小学、幼儿园：
秋季学期即将开学，天气仍然炎热，学校食堂苍蝇多发。为保障师生饮食安全，现就做好防蝇灭蝇工作通知如下。
一、开学前，各校要对食堂门窗纱网、风幕机、防蝇门帘进行全面检查，缺损的一律补齐。
二、后厨、备餐间可悬挂粘蝇纸，但不得悬挂在操作台和食品正上方，粘满后及时更换并装袋处理。
三、严禁在就餐时段喷洒杀虫剂。
四、请各校下载附件1，自查后于9月5日前将自查表报送县教体局后勤安全股。
联系人：郝立群，电话：0931-5216230，邮箱：fhjthq@fenhu-edu.cn。
附件：1.食堂防蝇设施自查表
2.学校食堂病媒生物防制指引
芬湖县教育体育局
2025年8月25日
""",
    ),
    dict(
        slug="edu-shunhe-school-mosquito-trip-scan-record",
        site="舜河区实验小学 (invented, on the district education portal)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.shjy.edu.cn/syxx/tzgg/2025/0626/1190.html",
        title="关于暑期研学旅行做好防蚊工作的提示",
        record_date="2025-06-26",
        date="2025-06-26",
        notes="title and date from the record; a school page on a district portal: breadcrumb, visits, a print "
        "row, prev/next; a sentence telling parents to 扫码 stays in the body",
        page="""
!m 舜河区教育信息网 · 学校频道
!m 舜河区实验小学 ＞ 家校通知
{T}
!m 作者：学校德育处　　点击：887　　更新时间：2025-06-26
!a 【打印】【关闭】【返回列表】
{BODY}
!l 上一条：2025年暑假致家长的一封信
!l 下一条：关于开展暑期“阅读打卡”活动的通知
!m 舜河区教育局主办　舜河区教育信息中心维护
""",
        indent="\u3000\u3000",
        body="""
各位家长：
7月上旬，四、五年级将赴颐川湿地开展研学旅行。湿地草丛多、蚊虫多，为避免孩子被叮咬，请做好以下准备：
一、为孩子准备浅色长袖衣裤和一瓶儿童驱蚊液；
二、如给孩子佩戴驱蚊手环，请选择包装上有农药登记证号的产品，并提醒孩子不要啃咬；
三、孩子有过敏体质的，请扫描班级群内的二维码，如实填写过敏史，方便随队校医准备药品。
舜河区实验小学德育处
""",
    ),
    dict(
        slug="oa-heyun-minutes-diffuser-nebuliser-defects",
        site="禾韵电器协同办公平台 (invented intranet)",
        style="企业内网",
        genre="会议纪要",
        kind="other",
        form="html",
        source="http://oa.heyun-elec.local/doc/view.do?id=20250409017",
        title="关于香薰机雾化片批次不良的质量分析会纪要",
        record_title="〔质量会议〕关于香薰机雾化片批次不良的质量分析会纪要 - 禾韵协同办公平台",
        date="2025-04-09",
        notes="OA document view: 流转记录, read count, a 标记已阅 button; the minutes' 时间/地点/主持/参会/记录 "
        "lines; the 时间 line gives the date; the IT desk's extension in the footer",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〔质量会议〕关于香薰机雾化片批次不良的质量分析会纪要 - 禾韵协同办公平台</title>
<script src="/oa/static/js/oa-core.js"></script>
</head>
<body>
<div class="oa-head">⟦m 禾韵电器 · 协同办公平台⟧ <span class="user">⟦m 当前用户：品质部 韦晴⟧</span> <a href="/oa/logout">⟦a 安全退出⟧</a></div>
<div class="oa-menu"><a>⟦m 待办事项⟧</a> <a>⟦m 公文管理⟧</a> <a>⟦m 会议纪要⟧</a> <a>⟦m 通讯录⟧</a></div>
<div class="oa-doc">
<div class="doc-bar">⟦a 标记已阅⟧ ⟦a 转发他人⟧ ⟦a 存成PDF副本⟧</div>
<h2>{T}</h2>
<div class="doc-prop">⟦m 密级：内部　紧急程度：普通　已阅 43 人⟧</div>
<div class="doc-body">
{BODY}
</div>
<div class="flow"><h4>⟦l 流转记录⟧</h4>
<table>
<tr><td>⟦l 04-10 08:52 品质部 韦晴 拟稿⟧</td></tr>
<tr><td>⟦l 04-10 10:15 生产副总 宋国梁 审核通过⟧</td></tr>
<tr><td>⟦l 04-10 14:03 分发至 采购部、二车间、售后部⟧</td></tr>
</table></div>
</div>
<div class="oa-foot">⟦m 系统问题请拨信息部分机 8016⟧　⟦m 禾韵电器有限公司 版权所有⟧</div>
<script>OA.markRead(20250409017);</script>
</body>
</html>
""",
        body="""
时间：2025年4月9日下午
地点：公司三楼质量会议室
主持：宋国梁
参会：品质部、采购部、二车间、售后部负责人
记录：韦晴
会议听取了品质部关于3月批次香薰机出雾量偏小问题的分析汇报，经讨论，形成如下意见：
一、问题原因。不良集中在供应商A于3月12日送货的雾化片，振荡频率偏低，共涉及香薰机2180台。
二、处置措施。采购部暂停该供应商供货，已入库的雾化片全部退回；二车间对在库成品逐台复检，不合格的更换雾化片；售后部对已售出产品开通免费更换通道。
三、后续要求。品质部修订来料检验规程，雾化片增加频率抽检项目，抽检比例由2%提高到5%。
""",
    ),
    dict(
        slug="oa-shunfeng-bulletin-remote-cover-fading-table",
        site="舜丰塑胶内部资讯 (invented intranet, text export)",
        style="企业内网",
        genre="通报",
        kind="notice",
        form="text",
        source="http://intra.shunfeng-plastic.local/news/2025/10/0917.html",
        title="关于遥控器硅胶套批量褪色问题的通报",
        record_title="质量通报｜关于遥控器硅胶套批量褪色问题的通报（仅限内部传阅）",
        date="2025-10-21",
        notes="an intranet text export: system header, read count, a 'confirm read' line; a batch table one row a "
        "paragraph; 成文日期 under the signature",
        page="""
!m 舜丰塑胶 · 内部资讯
!m 工号 1627 已登录　｜　返回门户
!m 栏目：质量通报　　发布人：品管部　　已读：214　未读：37
{T}
{BODY}
!a 〖我已阅读并知晓〗
!l 相关通报：关于注塑车间7S检查情况的通报
!m 本系统仅限公司内网访问，资料禁止外传　IT服务台 分机 3300
""",
        indent="\u3000\u3000",
        body="""
各车间、各部门：
近期，客户反馈我公司9月生产的遥控器硅胶套出现批量褪色，经品管部调查，问题批次情况如下：
批号　颜色　数量（只）　褪色比例
SF2509-07　天蓝　12000　18%
SF2509-11　樱粉　8500　23%
SF2509-15　薄荷绿　6000　9%
经查，褪色原因是二车间擅自更换色母供应商，新色母耐汗性能不达标，且首件检验未做耐汗测试。
公司决定：对二车间主任姜磊给予通报批评，扣发当月绩效；涉及批次全部召回返工；所有色母更换须经品管部书面确认。
舜丰塑胶制品有限公司品管部
2025年10月21日
""",
    ),
]

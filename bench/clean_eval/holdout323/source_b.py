"""holdout323, part B: blogs, WeChat mirrors, document-sharing sites, education portals, intranets.

Invented text throughout; see ../README.md and ../build.py for the markup. Each case written by hand.
"""

CASES = [
    dict(
        slug="douyaban-blog-essay-washbasin-footstools",
        site="豆芽班的格子间 (invented, WordPress-like blog)",
        style="博客",
        genre="随笔",
        kind="other",
        form="html",
        source="https://douyaban.blog.cn/2025/04/washbasin-stools/",
        title="洗手台前的那排小脚凳",
        record_title="洗手台前的那排小脚凳 | 教室随笔 - 豆芽班的格子间",
        date=None,
        notes="a kindergarten teacher's essay on a WordPress-like blog: calendar widget, archive, tag cloud, comment form; post meta with a relative time only; no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="UTF-8">
<title>洗手台前的那排小脚凳 | 教室随笔 - 豆芽班的格子间</title>
<link rel="stylesheet" id="twentyfour-style-css" href="https://douyaban.blog.cn/wp-content/themes/sprout/style.css?ver=2.1" media="all">
<script src="https://douyaban.blog.cn/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
</head><body class="post-template-default single">
<header class="site-header"><p class="site-title"><a href="/">⟦m 豆芽班的格子间⟧</a></p>
<p class="site-description">⟦m 一个幼儿园老师的碎碎念⟧</p>
<nav><a href="/">⟦m 首页⟧</a> <a href="/category/suibi/">⟦m 教室随笔⟧</a> <a href="/category/huiben/">⟦m 绘本清单⟧</a> <a href="/about/">⟦m 关于我⟧</a></nav></header>
<main><article>
<h1 class="entry-title">{T}</h1>
<div class="entry-meta">⟦m 豆芽老师 · 3 天前 · 分类：教室随笔 · 12 条留言⟧</div>
<div class="entry-content">
{BODY}
</div>
<footer class="entry-footer">⟦l 标签：幼儿园 盥洗室 小脚凳 生活习惯⟧</footer>
</article>
<nav class="post-navigation">⟦l « 孩子们的第一次午睡⟧　⟦l 春游前夜的名单 »⟧</nav>
<section id="comments"><h3>⟦l 12 条留言⟧</h3>
<p>⟦l 橘子妈妈：原来学校还有这么多细心的地方，谢谢老师！⟧</p>
<form><p>⟦a 发表留言：昵称（必填）邮箱（不会公开）⟧</p><button>⟦a 提交留言⟧</button></form></section>
</main>
<aside class="widget-area">
<section class="widget_calendar"><h2>⟦m 2025年四月⟧</h2><table><tr><td>⟦m 一 二 三 四 五 六 日⟧</td></tr></table></section>
<section class="widget_archive"><h2>⟦l 文章归档⟧</h2><ul><li>⟦l 2025年四月 (3)⟧</li><li>⟦l 2025年三月 (5)⟧</li></ul></section>
<section class="widget_tag_cloud"><h2>⟦l 标签云⟧</h2><p>⟦l 绘本 午睡 家园沟通 小脚凳 户外活动⟧</p></section>
</aside>
<footer class="site-footer">⟦m © 2025 豆芽班的格子间 · 由 WordPress 驱动 · 主题 Sprout⟧</footer>
</body></html>
""",
        body="""
我们班的盥洗室里，洗手台前摆着一排五只蓝色小脚凳。开学第一天，孩子们踮着脚够不着水龙头，水顺着手腕流进袖子，好几个孩子急得直哭。
⟦m [图片：盥洗台前的五只蓝色小脚凳]⟧
第二周，后勤的老周师傅拿来了这些脚凳。凳面有防滑纹，四个脚包着橡胶，高度刚好让小个子的孩子站上去，手能伸到龙头下面。
孩子们很快定下了规矩：一人一只，洗完下来，把脚凳推回原位。个子最高的乐乐从来不用，却每天最后一个走，把歪了的脚凳一只只摆正。
有时候我想，教育未必都在课堂上。一只小脚凳，让孩子学会了等一等、让一让，也学会了替别人想一想。
""",
    ),
    dict(
        slug="banchuangzhai-blog-memoir-camphor-chest-wrapped",
        site="半窗斋的博客 (invented)",
        style="博客",
        genre="回忆散文",
        kind="other",
        form="text",
        source="http://banchuangzhai.blog.cn/article/20241102-2114.html",
        title="外婆的樟木箱和防蛀片",
        record_title="「旧物絮叨」外婆的樟木箱和防蛀片 — 半窗斋的博客",
        date="2024-11-02",
        notes="hard-wrapped at 64 columns with indented paragraphs; the 发表于 line is the page's date; tags, share and prev/next after the body",
        page="""
!m 半窗斋的博客
!m 读书 · 旧物 · 乡愁
!t 「旧物絮叨」外婆的樟木箱和防蛀片
!m 发表于 2024-11-02 21:14　分类：旧物絮语　阅读(428)　评论(9)
{BODY}
!l 标签：外婆 樟木箱 防蛀片 旧物
!a 分享到：朋友圈 ｜ 微博 ｜ 复制本文链接
!l 上一篇：老屋的木楼梯
!l 下一篇：冬天的煤炉子
!m 半窗斋的博客 banchuangzhai.blog.cn 　© 2024
""",
        indent="\u3000\u3000",
        wrap=64,
        body="""
外婆有一只樟木箱，是她出嫁时的陪嫁，放在床尾，一放就是五十年。箱子里装着外公的呢子大衣、舅舅小时候的毛衣，还有几块舍不得用的布料。
每年入秋，外婆都要把箱子打开晒一晒。她说樟木本身就防虫，可年头久了，香味淡了，还得放樟脑丸。那股刺鼻的味道，是我对秋天最深的记忆之一。
后来我在城里买了无味的防蛀片，一片片装在小纸袋里，带回去给她。外婆将信将疑，把纸袋塞进箱角。第二年开箱，衣服一个虫眼都没有，她这才放了心，逢人就夸外孙女买的东西好。
外婆走后，箱子搬到了我家。我每年照旧换一次防蛀片，打开箱盖时，樟木的淡香还在。
""",
    ),
    dict(
        slug="weicunge-mirror-health-tablet-stand-h1-only",
        site="微存阁 (invented WeChat-article mirror)",
        style="公众号镜像",
        genre="健康科普",
        kind="other",
        form="html",
        source="https://www.weicunge.com/a/yc-health/20250218-0745.html",
        title="躺着刷平板、低头追剧？平板支架这样摆，颈椎少受罪",
        record_title=None,
        date="2025-02-18",
        notes="no title in the record: only the <h1>; a star prompt glued before the first words; the account line is the page's date; 阅读原文/在看 row, QR line and the mirror's archive note",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>躺着刷平板、低头追剧？平板支架这样摆，颈椎少受罪 - 飏川健康 - 微存阁</title>
<link rel="stylesheet" href="/static/mp-mirror.css">
<script>var biz="MzkxNTc3ODQ2Ng==";</script>
</head><body>
<div class="mirror-bar"><a href="/">⟦m 微存阁⟧</a> <span>⟦m 把好文章存下来⟧</span> <a href="/search">⟦a 搜公众号文章⟧</a></div>
<div class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta"><span class="tag">⟦m 原创⟧</span> <span>⟦m 飏川健康 2025年02月18日 07:45 湖北⟧</span></div>
<div class="rich_media_content">
{BODY}
</div>
<div class="mp-tool">⟦a 阅读原文　　分享　　♡ 在看 126⟧</div>
<div class="qr">⟦m 长按下方二维码，把“飏川健康”加进通讯录⟧</div>
</div>
<div class="mirror-note">⟦d 微存阁只存放公开文章的文字，原作者要求删除的请来信⟧</div>
<div class="mirror-more"><h4>⟦l 这个号的其他文章⟧</h4><ul><li>⟦l 春季过敏高发，这几点要记牢⟧</li><li>⟦l 老人夜里腿抽筋是缺钙吗？⟧</li></ul></div>
</body></html>
""",
        p_html='<p style="margin-bottom:12px;line-height:1.8">{}</p>',
        body="""
⟦a 轻点上方“飏川健康”，设为星标不走散⟧不少人习惯把平板放在腿上、趴在床上看，一看就是一两个小时。县人民医院康复科医生提醒，长时间低头，颈椎承受的压力会成倍增加。
怎么摆才对？医生给出三个建议：
1.用平板支架把屏幕抬高，屏幕上沿与眼睛大致平齐；
2.支架放在桌面上，人与屏幕保持50厘米左右；
3.每看30分钟起身活动，做几组缓慢的抬头、转头动作。
躺在床上用的懒人支架一定要夹牢，避免平板掉下来砸伤面部。如果出现手臂麻木、头晕等症状，应及时到医院就诊。
""",
    ),
    dict(
        slug="weicunge-text-pledge-glowing-hairbands-theatre",
        site="微存阁 (invented WeChat-article mirror, text export)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://www.weicunge.com/a/yz-theatre/20250704-1820.txt",
        title="关于演出现场不佩戴发光发箍的文明观演倡议书",
        record_title="【观演提醒】关于演出现场不佩戴发光发箍的文明观演倡议书｜飖州大剧院 · 微存阁存档",
        date="2025-07-03",
        date_also=["2025-07-04"],
        notes="a theatre's pledge; the account line's date differs from the signature date; a follow prompt before the salutation; sentence asking readers to 转发分享 is body",
        page="""
!m 微存阁 · 公众号文章存档
!t 【观演提醒】关于演出现场不佩戴发光发箍的文明观演倡议书
!m 原创　飖州大剧院　2025-07-04 18:20
!a 点一下蓝字，关注飖州大剧院
{BODY}
!a 阅读原文　　赞　　在看
!m 长按识别二维码，关注“飖州大剧院”
!d 以上为公众号文章存档，原文若有改动，以原公众号为准。
""",
        body="""
亲爱的观众朋友们：
近来，不少观众在观看演唱会、音乐剧时佩戴发光发箍、兔耳发箍等饰品。这些饰品在场馆里格外醒目，却常常挡住后排观众的视线，闪烁的灯光也会干扰演员和其他观众。为营造文明舒适的观演环境，我们倡议：
一、入场观演时，请摘下高于头顶的发箍和发光头饰，可交由存包处代为保管；
二、演出中请勿挥舞发光物品，拍照时关闭闪光灯；
三、互相提醒，友善沟通，共同维护剧场秩序。
欢迎大家转发分享这份倡议，让更多观众了解文明观演。
飖州大剧院
2025年7月3日
""",
    ),
    dict(
        slug="yixiang-docshare-request-nail-tools-service-wechat",
        site="易享文档 (invented sharing reader)",
        style="文档分享",
        genre="请示",
        kind="request",
        form="html",
        source="https://www.yixiangdoc.com/d/5c1e07a92b.html",
        title="关于为院内失能老人购置专用修甲工具的请示",
        record_title="关于为院内失能老人购置专用修甲工具的请示（全文免费读）- 易享文档",
        date="2025-03-27",
        notes="sharing reader with ratings, upload notice, points lock and a service WeChat; the request's own 联系人/电话 stays in the body; signature date",
        page="""
<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8">
<title>关于为院内失能老人购置专用修甲工具的请示（全文免费读）- 易享文档</title>
<link rel="stylesheet" href="//cdn.yixiangdoc.com/css/view.8c1f.css">
<script src="//cdn.yixiangdoc.com/js/view.8c1f.js" async></script>
</head><body>
<div class="yx-top"><a href="/" class="logo">⟦m 易享文档⟧</a> <span class="slogan">⟦m 好文档，大家享⟧</span>
<a href="/upload">⟦a 上传我的文档⟧</a> <a href="/login">⟦a 登录丨注册⟧</a></div>
<div class="yx-crumb">⟦m 易享文档 ＞ 行政公文 ＞ 请示⟧</div>
<div class="yx-doc"><h1>{T}</h1>
<div class="yx-meta">⟦m ★★★★☆ 4.2分　｜　1.3千次浏览　｜　上传于 2 周前⟧</div>
<div class="yx-notice">⟦d 文档由网友上传分享，易享文档只提供展示，内容真实性请自行判断⟧</div>
<div class="yx-body">
{BODY}
</div>
<div class="yx-lock">⟦a 下载原文件需 6 积分，积分不够可签到领取⟧</div>
<div class="yx-kefu">⟦w 文档定制、材料代写请加客服微信 yx_doc2025⟧</div>
</div>
<div class="yx-rel"><h3>⟦l 相关文档⟧</h3><ul><li>⟦l 敬老院护理用品采购请示⟧</li><li>⟦l 关于增加护理员编制的请示⟧</li></ul></div>
<div class="yx-foot">⟦m 易享文档 yixiangdoc.com　粤ICP备22031780号⟧</div>
</body></html>
""",
        body="""
县民政局：
我院现有失能、半失能老人64名，长期存在修剪指甲难的问题。老人指甲增厚变形，普通指甲刀难以修剪，去年曾发生两起剪伤感染的情况。
⟦a 后半部分需登录后阅读，新用户登录送10积分⟧
为提高护理质量，我院拟购置老年人专用修甲工具一批，包括电动修甲器4台、专用指甲锉64套、消毒盒8个，预算共计6240元，拟从院内护理服务经费中列支。
妥否，请批示。
联系人：卢映雪　电话：0719-5270316
飏川县羖田镇中心敬老院
2025年3月27日
""",
    ),
    dict(
        slug="gongxiang-shuzhai-contract-footstool-template-docx-markers",
        site="共享书斋 (invented sharing site)",
        style="文档分享",
        genre="合同范本",
        kind="other",
        form="text",
        source="https://www.gxshuzhai.com/doc/884120.html",
        title="适老脚凳采购合同",
        title_also=["适老脚凳采购合同（范本）"],
        record_title="适老脚凳采购合同（范本）.docx",
        date=None,
        notes="file-name record title; a contract template with ×× placeholders, ＿＿ blanks and ＿＿年＿＿月＿＿日; page markers ⥌pn⥍ glued with a space to the continuation; no date",
        page="""
!m 共享书斋 · 文档分享平台
!m 文件：适老脚凳采购合同（范本）.docx　｜　18.6KB　｜　贡献者：hbm_2019
!d 本文档为网友上传，书斋只提供存放空间，如有侵权请联系我们删除。
{T}
{BODY}
!a 下载该文档需消耗3个书斋币
!l 该用户还分享了：养老机构物资采购管理办法.docx　适老化改造验收单.xlsx
""",
        pages=dict(fmt="⥌p{n}⥍", every=110, start=2, glue=True, sep=" "),
        body="""
甲方（采购方）：＿＿＿＿＿＿＿＿
乙方（供货方）：＿＿＿＿＿＿＿＿
第一条　甲方向乙方采购适老防滑脚凳××只，单价××元，合同总价人民币××元（大写：＿＿＿＿＿＿）。
第二条　脚凳面板须有防滑纹，四脚配橡胶防滑垫，承重不低于150千克，高度为＿＿厘米。
第三条　乙方应于＿＿年＿＿月＿＿日前将货物送至甲方指定地点，并负责搬运。
第四条　货到后甲方在××个工作日内验收，验收不合格的，乙方应无偿更换。
第五条　乙方提供一年免费质保，质保期内因质量问题造成使用人受伤的，由乙方承担责任。
第六条　本合同一式两份，双方各执一份，自签字盖章之日起生效。
甲方（盖章）：　　　　乙方（盖章）：
签订日期：＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="fuhu-edu-notice-tablet-stands-attachments-tech-line",
        site="韨湖区教育局 (invented education portal)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.fuhu.gov.cn/tzgg/202509/t20250909_33817.html",
        title="关于开展中小学教室平板支架安全隐患排查的通知",
        record_title="〖区局通知〗关于开展中小学教室平板支架安全隐患排查的通知_韨湖区教育局",
        date="2025-09-08",
        date_also=["2025-09-09"],
        notes="education bureau with 读屏/长者 links and attachment download links beside the notice's own 附件 list; the notice's contact and mailbox next to the site's technical line; 请各校下载附件 is body",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>〖区局通知〗关于开展中小学教室平板支架安全隐患排查的通知_韨湖区教育局</title>
<link href="/css/edu2022.css" rel="stylesheet">
<script src="/js/elder-mode.js"></script>
</head><body>
<div class="edu-top"><span>⟦m 韨湖区教育局⟧</span>
<a href="javascript:;">⟦a 读屏模式⟧</a> <a href="javascript:;">⟦a 长者阅读⟧</a> <a href="/sitemap/">⟦m 网站地图⟧</a></div>
<ul class="edu-nav"><li>⟦m 首页⟧</li><li>⟦m 教育要闻⟧</li><li>⟦m 通知公告⟧</li><li>⟦m 招生考试⟧</li><li>⟦m 政务公开⟧</li></ul>
<div class="edu-pos">⟦m 您所在的位置：首页 / 通知公告⟧</div>
<div class="edu-art"><h2>{T}</h2>
<div class="edu-info">⟦m 发布时间：2025-09-09 16:05　来源：装备站　阅读次数：862⟧</div>
<div class="edu-con">
{BODY}
</div>
<div class="edu-att"><p>⟦a 本文附件（点击即可下载）：⟧</p>
<p><a href="/upload/2025/0909/pbzj-pcb.xlsx">⟦a 教室平板支架安全排查表.xlsx⟧</a></p>
<p><a href="/upload/2025/0909/pbzj-hzb.xlsx">⟦a 排查情况汇总表.xlsx⟧</a></p></div>
<div class="edu-btn">⟦a 【打印本文】【关闭窗口】⟧</div></div>
<div class="edu-foot"><p>⟦m 主办：韨湖区教育局　地址：韨湖区飐桥街道禳明路201号⟧</p>
<p>⟦m 技术支持：韨湖区教育信息中心　服务电话：027-8863 9000⟧</p>
<p>⟦m 鄂ICP备13004562号-2⟧</p></div>
</body></html>
""",
        body="""
各中小学校：
近期，我区个别学校发生平板支架倾倒、夹伤学生手指的情况。为保障师生安全，区教育局决定在全区中小学开展教室平板支架安全隐患排查，现将有关事项通知如下。
一、排查内容：支架底座是否稳固，铰链、螺丝有无松动，夹口有无破损，是否存在尖角毛刺。
二、时间安排：9月10日至9月26日各校自查，9月30日前报送排查表。
三、有关要求：发现隐患的支架要立即停用并登记。请各校下载附件中的排查表，按班级逐项填写。
附件：1.教室平板支架安全排查表
2.排查情况汇总表
联系人：区教育局装备站　段清漪　电话：027-8863 4172　邮箱：zbz@fhjy.edu.cn
韨湖区教育局
2025年9月8日
""",
    ),
    dict(
        slug="youcheng-no2-school-notice-hairbands-pe-record-date",
        site="羑城市第二中学 (invented school site)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.yc2z.edu.cn/dyc/tz/2025/0303/1412.html",
        title="关于规范学生体育课发饰佩戴的通知",
        record_title="致家长丨关于规范学生体育课发饰佩戴的通知 - 羑城市第二中学",
        record_date="2025-03-03",
        date="2025-03-03",
        notes="record date; a school's letter to parents on hairbands in PE; column prefix and school suffix in the record title",
        page="""
!m 羑城市第二中学
!m 学校首页 | 学校概况 | 德育天地 | 家校共育 | 校园新闻
!m 家校共育 >> 家校通知
{T}
!m 作者：德育处　日期：2025-03-03　点击：1027
{BODY}
!a 【打印此文】　【返回上页】
!l 上一篇：2025年春季学期开学致家长的一封信
!l 下一篇：关于开展“书香校园”读书月活动的通知
!m 羑城市第二中学　地址：羑城市羑安路55号　邮编：448000
""",
        indent="\u3000\u3000",
        body="""
各位家长：
开学以来，学校发现部分女生在体育课上佩戴带金属齿的发箍、镶钻发夹。上周一名学生在跳山羊时发箍脱落，金属齿划伤了同伴的手臂。
为保障学生运动安全，学校规定：体育课、大课间及运动会期间，学生一律不佩戴硬质发箍和带尖角的发饰，长发统一用软皮筋扎起；平时在校佩戴的发箍应为无齿、无金属件的款式。
请各位家长协助孩子准备合适的发饰，并提醒孩子遵守。感谢您的理解与配合！
羑城市第二中学德育处
2025年3月3日
""",
    ),
    dict(
        slug="rongtai-oa-minutes-mothproof-odour-knitwear",
        site="绒泰协同办公 (invented OA of a knitwear factory)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.rongtai-knit.com/seeyon/collaboration.do?method=summary&id=-6630521174",
        title="关于羊毛衫包装防蛀片异味问题的会议纪要",
        record_title="〔质量部·例会〕关于羊毛衫包装防蛀片异味问题的会议纪要｜绒泰OA",
        date="2025-08-14",
        date_also=["2025-08-15"],
        notes="OA document view with read count, a sign-off button and its 流转记录; minutes' 时间/地点/主持/参会/记录 lines stay in the body; the 时间 line is the date, the OA's 发文日期 also accepted",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>〔质量部·例会〕关于羊毛衫包装防蛀片异味问题的会议纪要｜绒泰OA</title>
<link rel="stylesheet" href="/seeyon/skin/default/common.css">
<script src="/seeyon/common/js/ui/seeyon.ui.core.js"></script>
</head><body class="oa">
<div class="oa-head">⟦m 绒泰针织 · 协同办公平台⟧　<span>⟦m 当前用户：质量部 章湄⟧</span> <a>⟦a 退出⟧</a></div>
<div class="oa-menu">⟦m 工作台　协同　公文　会议　知识⟧</div>
<div class="oa-doc">
<h2>{T}</h2>
<table class="oa-props"><tr><td>⟦m 发起人：黎芸　发文日期：2025-08-15⟧</td><td>⟦m 密级：内部　已阅 37 人⟧</td></tr></table>
<div class="oa-body">
{BODY}
</div>
<div class="oa-btn"><button>⟦a 阅毕签收⟧</button> <button>⟦a 转交同事办理⟧</button> <button>⟦a 另存PDF件⟧</button></div>
<div class="oa-flow"><h4>⟦l 流转记录⟧</h4>
<p>⟦l 黎芸 拟稿 08-15 09:02 → 总经理办公室 核稿 08-15 10:40 → 已分发⟧</p>
<p>⟦l 采购部 祝蕴 已阅 08-15 11:17⟧</p></div>
</div>
<div class="oa-foot">⟦m 信息部运维　内线 6021⟧</div>
</body></html>
""",
        body="""
时间：2025年8月14日14:30
地点：公司二楼质量会议室
主持：质量部经理　黎芸
参会：质量部、采购部、包装车间、外贸业务部负责人
记录：章湄
会议听取了外贸业务部关于客户投诉的汇报：7月发往欧洲的两批羊毛衫开箱后有明显化学气味，客户怀疑与包装内的防蛀片有关。经讨论，会议议定如下：
一、采购部即日起停用现有含萘防蛀片，改用雪松木片和薰衣草香包，8月25日前完成供应商切换；
二、包装车间对库存未发成品逐箱开检，更换防蛀片，8月底前完成；
三、质量部制定防蛀材料进厂检验标准，提交9月例会审议。
""",
    ),
    dict(
        slug="zhankou-intranet-bulletin-hinge-pinch-record-title",
        site="飐口精工企业内网 (invented)",
        style="企业内网",
        genre="通报",
        kind="notice",
        form="text",
        source="http://portal.zkjg.local/tzgg/aqgl/20250915-117.html",
        title="关于装配二线员工被平板支架铰链夹伤手指的通报",
        date="2025-09-15",
        notes="record title as is; a tablet-stand maker's safety bulletin on its intranet; sign-off list and an extension line after the body; signature date",
        page="""
!m 飐口精工 · 企业内网门户
!m 位置：内网首页 > 通知通报 > 安全管理
{T}
!m 发文部门：安全办公室　发布人：庞一鸣　阅读量：214
!a [签收本文]　[导出PDF]　[返回列表]
{BODY}
!l 已签收部门：装配一线、装配二线、注塑车间、品管部
!m 内网运维：信息部　分机 8016
!d 本文件仅限公司内部传阅，请勿截图外传。
""",
        body="""
各部门、各车间：
9月12日上午，装配二线员工申晓蓉在测试折叠平板支架铰链阻尼时，未按规定佩戴防护手套，右手食指被铰链夹伤，经医院处理已无大碍，需休息三天。
经安全办调查，事故原因：一是员工违反作业指导书要求；二是班组长现场巡查不到位；三是测试工位缺少限位挡块。
为吸取教训，公司决定：对当事班组予以通报批评，扣除班组当月安全奖；工程部于9月20日前为所有测试工位加装限位挡块；各车间本周内组织一次岗位安全再培训。
请各部门引以为戒，严格落实安全操作规程。
飐口精工科技有限公司安全办公室
2025年9月15日
""",
    ),
]

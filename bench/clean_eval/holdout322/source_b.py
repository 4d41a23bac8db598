"""holdout322, part B: blogs, WeChat mirrors, document-sharing sites, education portals, intranets.

Invented text, written by hand; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="lishui-xianren-blog-egg-tray-seedlings",
        site="瓅水闲人的小院 (invented, WordPress-like blog)",
        style="博客",
        genre="随笔",
        kind="other",
        form="html",
        source="https://xianren.lishui-blog.cn/2025/03/18/dantuo-yumiao/",
        title="用蛋托育苗，阳台上的第一茬番茄苗出土了",
        record_title="【阳台种菜】用蛋托育苗，阳台上的第一茬番茄苗出土了｜瓅水闲人的小院",
        date="2025-03-18",
        notes="blog: the post line's 发布于 is the page's date; a photo placeholder between paragraphs; "
        "tag cloud, calendar, archive, comment form",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="UTF-8">
<title>【阳台种菜】用蛋托育苗，阳台上的第一茬番茄苗出土了｜瓅水闲人的小院</title>
<link rel="stylesheet" href="/wp-content/themes/xiaoyuan/style.css">
<script src="/wp-includes/js/wp-emoji-release.min.js"></script>
</head><body class="single">
<header id="masthead"><p class="site-title">⟦m 瓅水闲人的小院⟧</p><p class="site-description">⟦m 种点菜，写点字，过点慢日子⟧</p>
<nav><a>⟦m 首页⟧</a> <a>⟦m 阳台种菜⟧</a> <a>⟦m 灶台⟧</a> <a>⟦m 读书⟧</a> <a>⟦m 关于闲人⟧</a></nav></header>
<main><article>
<h1 class="entry-title">{T}</h1>
<div class="entry-meta">⟦m 发布于 2025-03-18　分类：阳台种菜　评论 6 条⟧</div>
<div class="entry-content">
{BODY}
</div>
<footer class="entry-footer">⟦l 标签：蛋托 育苗 番茄 阳台菜园⟧</footer>
<nav class="post-nav"><p>⟦l « 上一篇 辣椒籽要不要温水泡⟧</p><p>⟦l 下一篇 » 旧泡沫箱改菜箱⟧</p></nav>
<section id="comments"><h3>⟦l 6 条评论⟧</h3>
<p>⟦l 阿篱：纸格连着一起埋这招好，去年移栽伤了好多根⟧</p>
<p>⟦l 小院邻居：求问泥炭土哪里买的？⟧</p>
<form><p>⟦a 发表评论　昵称（必填）　邮箱（不会公开）　提交⟧</p></form></section>
</article></main>
<aside id="secondary"><h3>⟦l 标签云⟧</h3><p>⟦l 番茄 辣椒 堆肥 蛋托 泡沫箱 韭菜 薄荷⟧</p>
<h3>⟦l 文章归档⟧</h3><ul><li>⟦l 2025年3月 (4)⟧</li><li>⟦l 2025年2月 (3)⟧</li><li>⟦l 2025年1月 (5)⟧</li></ul>
<h3>⟦m 日历⟧</h3><table class="cal"><tr><td>⟦m 2025年三月 一 二 三 四 五 六 日⟧</td></tr></table></aside>
<footer id="colophon">⟦m © 2025 瓅水闲人的小院 · 自豪地采用 WordPress⟧</footer>
<script src="/wp-includes/js/comment-reply.min.js"></script>
</body></html>
""",
        body="""
去年冬天攒下的十几个纸浆蛋托，今年开春终于派上了用场——拿来育番茄苗。
做法很简单：把蛋托的盖子剪掉，每个小格底部用牙签扎一个小孔，装上泥炭土和珍珠岩混合的育苗土，每格放两粒种子，覆土半厘米，喷透水后盖上保鲜膜，放在朝南的窗台上。
第六天，第一棵苗顶着种壳冒了出来；到第十天，三十个格子里出了二十六棵，出苗率比去年用塑料穴盘还高一些。
⟦m ［图片：窗台上蛋托里的番茄苗］⟧
蛋托育苗最大的好处是移栽方便。等苗长出三四片真叶，连同纸格一起剪下来直接埋进花盆，纸浆在土里慢慢就烂了，根一点也不伤。
需要注意的是，纸浆蛋托吸水快，也干得快，晴天每天都要看一眼，表土发白就得补水。
""",
    ),
    dict(
        slug="puyuan-blog-essay-mothers-chair-cushions-wrapped",
        site="朴园手记 (invented, personal blog)",
        style="博客",
        genre="散文",
        kind="other",
        form="text",
        source="http://puyuan.blogbus-like.cn/post/2024-12/jiudian.html",
        title="母亲缝的椅垫",
        record_title="〖老物件〗母亲缝的椅垫 - 朴园手记 - 博客",
        date=None,
        notes="an essay hard-wrapped at 70 columns; dated only '二〇二四年冬' in a 写于 line (no date); "
        "the blog's read count and a reprint note",
        page="""
!m 朴园手记 · 一个中年人的记事本
!m 首页 > 旧物絮语 > 正文
!t 〖老物件〗母亲缝的椅垫
!m 朴园　阅读(318)　评论(12)
{BODY}
!a 赞一下　收藏　转载到我的博客
!d 本文为博主原创，转载请保留署名并附原文链接
!l 上一篇：父亲的搪瓷缸　　下一篇：老屋的门槛
!l 最新评论：小满：看哭了，我家也有这样的椅垫
""",
        indent="\u3000\u3000",
        wrap=70,
        body="""
家里那几把老木椅，用了快三十年，椅面早就磨得发亮。每把椅子上都系着一个椅垫，是母亲一针一线缝的。
母亲做椅垫从不买新布。大哥穿小的灯芯绒裤子、父亲磨破领口的中山装、我上中学时的蓝校服，拆开洗净，剪成巴掌大的方块，拼成一块块花花绿绿的面子，里面絮上旧棉花，再用粗线纳出一个个菱形的格子。
冬天的傍晚，一家人围着桌子吃饭，屁股底下是软乎乎的椅垫，谁也不嫌它土气。有一年我从城里买回一套海绵椅垫，母亲说好看，却一直收在柜子里，舍不得用，也舍不得换下旧的。
如今母亲走了三年，那几个椅垫还在老屋的椅子上，颜色褪得差不多了，针脚却一个也没松。
二〇二四年冬，写于朴园灯下
""",
    ),
    dict(
        slug="changxi-cdc-wechat-mirror-deodoriser-h1",
        site="公号留底站 (invented WeChat mirror)",
        style="公众号镜像",
        genre="科普文章",
        kind="news",
        form="html",
        source="https://wxmirror.cunda.cn/a/changxi-jk/20250609-01.html",
        title="鞋柜除味盒，你真的用对了吗？",
        record_title=None,
        date="2025-06-09",
        notes="no title in the record: the article's <h1>; a follow prompt glued before the first words; the "
        "account line's date is the page's date; 阅读原文/在看/赞赏 rows, a mirror archive note",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<link rel="stylesheet" href="/css/mp.css">
<script>window.__mirror = {acct: "changxi-jk"};</script>
</head><body>
<div class="mirror-bar">⟦m 公号留底站 · 好文章不怕删⟧　<a>⟦a 搜公众号⟧</a></div>
<div id="js_article">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta_list"><span class="tag">⟦m 原创⟧</span> <span>⟦m 瑒溪疾控⟧</span> <em>⟦m 2025-06-09 17:30⟧</em> <span>⟦m 发表于瑒溪县⟧</span></div>
<div class="rich_media_content" id="js_content">
{BODY}
</div>
<div class="orig">⟦a 阅读原文⟧</div>
<div class="tool">⟦a 赞 88　分享　推荐 21　写留言⟧</div>
<div class="reward">⟦a 喜欢作者，给个小红花⟧</div>
<div class="qr">⟦a 手机长按下方码，把瑒溪疾控加进常用⟧</div>
</div>
<div class="mirror-foot"><p>⟦d 本站仅存档公开推送，文章版权属原公众号；如需删除请留言⟧</p><p>⟦m 存档时间 4 个月前 · 浏览 2,031⟧</p></div>
</body></html>
""",
        p_html='<p style="line-height:1.75;"><span>{}</span></p>',
        body="""
⟦a 点上方蓝字“瑒溪疾控”加个星标，健康提醒不漏看⟧梅雨季节到了，不少家庭的鞋柜里都放上了除味盒。可是，有的除味盒放了半年还在用，有的和樟脑丸混着放，这样做到底对不对？
一、除味盒靠的是吸附。常见的除味盒里装的是活性炭或竹炭，表面有大量微孔，能吸附异味分子。吸附饱和以后，就不再起作用了。
二、定期晒一晒。活性炭类除味盒一般每个月拿到阳光下晒4到6小时，可以恢复一部分吸附能力；用上三到六个月，建议整盒更换。
三、不要和樟脑丸混放。樟脑丸的气味会占用炭的吸附空间，而且对儿童不安全。
四、根源在鞋子。鞋子穿完要先在通风处晾干，脚汗多的人可以准备两双鞋轮换穿。如果足部瘙痒、脱皮，应及时到医院皮肤科就诊。
""",
    ),
    dict(
        slug="quantang-community-mirror-pledge-egg-trays",
        site="公号留底站 (invented WeChat mirror)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://wxmirror.cunda.cn/a/quantang-sq/20250307-02.html",
        title="关于回收再用鸡蛋托的倡议书",
        record_title="关于回收再用鸡蛋托的倡议书 ｜ 瑔塘社区（镜像存档）",
        date="2025-03-05",
        date_also=["2025-03-07"],
        notes="a community account's pledge: the account date differs from the 成文日期; sharing the pledge is "
        "content; an 在看 prompt glued after the last sentence; comments and archive note below",
        page="""
!m 公号留底站 ｜ 社区号专区
{T}
!m 原创　瑔塘社区　2025-03-07 18:02　发表于瑒溪县
!m 收录于合集 #绿色生活 12个
!a 听全文　约3分钟
{BODY}
!a 阅读原文　　赞 36　　分享　　推荐 9
!l 精选留言
!l 梧桐下：已经攒了一袋，周六送过去
!l 晚风：兑换鸡蛋这个办法好
!d 以上内容由存档站自动抓取，仅供检索查阅，版权归原公众号所有
!m 长按识别二维码，进瑔塘社区服务号
""",
        body="""
亲爱的居民朋友们：
一个纸浆蛋托，用完就扔，看起来不起眼，但我们社区每月扔掉的蛋托就有两千多个。其实，干净完好的蛋托完全可以再利用。为此，瑔塘社区居委会向全体居民发出如下倡议：
一、攒起来。买鸡蛋带回的蛋托，干净、没有破损的请不要扔掉，压平后集中存放。
二、送回来。每周六上午，社区在东门便民服务点设回收箱，居民送来10个蛋托可兑换2个鸡蛋，鸡蛋由社区合作的养殖户提供。
三、用起来。破损的蛋托可以用来育苗、做手工，也可以放进厨余堆肥桶。
四、传开来。欢迎大家把这份倡议分享给家人和邻居，让更多人一起参与。⟦l 顺手点个“推荐”，让楼里邻居都看到⟧
瑔塘社区居民委员会
2025年3月5日
""",
    ),
    dict(
        slug="dieye-docshare-report-switch-cover-workshop",
        site="叠页共享 (invented document-sharing site)",
        style="文档分享",
        genre="述职报告",
        kind="report",
        form="html",
        source="https://www.dieyegx.com/doc/1120553.html",
        title="注塑车间主任2024年度述职报告",
        record_title="注塑车间主任2024年度述职报告（Word可改可打印）- 叠页共享",
        date="2025-01-08",
        notes="sharing reader: upload notice, points lock, a service WeChat; the title repeated and glued before "
        "the first sentence; 成文日期 under the reporter's name",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>注塑车间主任2024年度述职报告（Word可改可打印）- 叠页共享</title>
<link rel="stylesheet" href="/assets/doc.css">
<script src="/assets/viewer.js" defer></script>
</head><body>
<div class="hd"><a class="logo">⟦m 叠页共享⟧</a><span>⟦m 你分享一页，我受益一生⟧</span><a>⟦a 上传赚积分⟧</a> <a>⟦a 登录⟧</a></div>
<div class="crumb">⟦m 叠页共享 / 工作总结 / 述职报告 / 企业述职⟧</div>
<div class="docinfo"><h1>{T}</h1>
<p>⟦m 分享者：注塑老蒯　页数：2页　格式：docx　评分：★★★★☆⟧</p>
<p>⟦d 温馨提示：本文档由分享者上传，叠页共享不对其原创性负责，如有侵权请提交申诉⟧</p></div>
<div class="viewer">
{BODY}
</div>
<div class="lock">⟦a 下载原文档需消耗 5 积分，当前积分不足？签到即可领取⟧</div>
<div class="btns"><a>⟦a 立即下载⟧</a> <a>⟦a 存进我的收藏⟧</a> <a>⟦a 发给好友看看⟧</a></div>
<div class="kefu">⟦w 资料找不到？加客服微信 dieye-kf88 帮你找⟧</div>
<div class="rel"><h4>⟦l 相关文档推荐⟧</h4><ul><li>⟦l 注塑班组长年度工作总结⟧</li><li>⟦l 车间主任竞聘演讲稿⟧</li></ul></div>
<div class="ft">⟦m 叠页共享 dieyegx.com　粤ICP备21056308号-1⟧</div>
</body></html>
""",
        body="""
⟦t 注塑车间主任2024年度述职报告⟧本人自2023年起担任公司注塑车间主任，主要负责开关盖、插座面板等产品的注塑生产。现将2024年度履职情况报告如下。
一、完成生产任务。全年车间共生产各类开关盖1860万只，其中防水开关盖420万只，产量比上年增长15%，产品一次交验合格率达到99.2%。
二、抓好质量改进。针对客户反映的防水盖翻盖松动问题，我组织技术员对模具铰链部位进行了三次修模，并把翻盖开合寿命检测由每批抽5只增加到20只，下半年该类投诉为零。
三、推进安全生产。全年组织车间安全培训12次，更换老化的机械手护栏4处，车间全年未发生工伤事故。
四、不足和打算。一是新员工培训不够系统，二是模具保养记录不全。2025年，我将建立模具保养台账，带好新员工，力争产量突破2000万只。
述职人：蒯志宏
2025年1月8日
""",
    ),
    dict(
        slug="dieye-docshare-request-cushions-docx",
        site="叠页共享 (invented document-sharing site)",
        style="文档分享",
        genre="请示",
        kind="other",
        form="text",
        source="https://www.dieyegx.com/doc/1187204.html",
        title="关于为社区老年食堂购置防滑椅垫的请示",
        record_title="关于为社区老年食堂购置防滑椅垫的请示.docx",
        date="2025-01-06",
        notes="file-name record title; the request's own 联系人/电话 beside the site's service WeChat; the share "
        "stamp is no date, the 成文日期 is",
        page="""
!m 叠页共享 · 公文资料区
!t 关于为社区老年食堂购置防滑椅垫的请示.docx
!m 分享者：jiedao_xz　文件大小：21KB　分享于 2025-02-11　下载 64 次
!d 本文件由网友分享，仅供学习交流，请勿用于商业用途
!a 预览（共1页）｜下载（2积分）｜收藏
{BODY}
!w 需要同类公文代写请联系客服微信：dieye_kefu01
!l 该分享者的其他文件：社区老年食堂运营管理制度.docx　老年助餐补贴申请表.xls
""",
        indent="\u3000\u3000",
        body="""
瑒溪县民政局：
我街道藦塘社区老年食堂于2024年10月开业，每天为辖区120余名老人提供午餐。食堂现有餐椅80把，均为不锈钢椅面，冬季冰凉，且表面光滑，已发生两起老人起身时滑倒的情况。
为保障老人就餐安全，我街道拟为老年食堂购置防滑椅垫80个，每个单价约35元，共需资金2800元。因街道养老服务经费已按年初预算安排完毕，特申请从县级居家养老服务补助资金中予以解决。
妥否，请批示。
联系人：阙文静　联系电话：0793-5521906
瑒溪县瑔塘街道办事处
2025年1月6日
""",
    ),
    dict(
        slug="lishui-edu-notice-desk-mats-attachment-link",
        site="瓅水教育信息网 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://jyt.lishuixian.gov.cn/xyaq/202504/t20250422_5512.html",
        title="关于规范学生课桌垫使用管理的通知",
        record_title="关于规范学生课桌垫使用管理的通知_校园安全_瓅水教育信息网",
        date="2025-04-21",
        date_also=["2025-04-22"],
        notes="education bureau page: read-aloud and elder links, an attachment download link beside the 附件 "
        "list; the notice's own contact and mailbox beside the site's technical line; 下载附件 as content",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>关于规范学生课桌垫使用管理的通知_校园安全_瓅水教育信息网</title>
<link rel="stylesheet" href="/style/edu.css">
<script src="/js/tts.js"></script>
</head><body>
<div class="top">⟦m 瓅水教育信息网　瓅水县教育体育局主办⟧ <a>⟦a 朗读本页⟧</a> <a>⟦a 关怀模式⟧</a></div>
<div class="nav">⟦m 首页⟧ ⟦m 教育要闻⟧ ⟦m 通知公告⟧ ⟦m 校园安全⟧ ⟦m 招生考试⟧ ⟦m 办事指南⟧</div>
<div class="loc">⟦m 您所在的位置：首页 » 校园安全 » 正文⟧</div>
<div class="main"><h2 class="tit">{T}</h2>
<div class="sub">⟦m 发布日期：2025-04-22　发布科室：安全管理股　阅读：1,284⟧</div>
<div class="con">
{BODY}
</div>
<div class="fj"><p>⟦a 附件下载：学生课桌垫排查情况统计表.xlsx（12KB）⟧</p><p>⟦a 附件下载：致家长的一封信.docx（18KB）⟧</p></div>
<div class="act">⟦a 〔收藏本文〕〔打印正文〕〔关闭〕⟧</div></div>
<div class="side"><h3>⟦l 近期公告⟧</h3><ul><li>⟦l 2025年春季学期学校食堂专项检查安排⟧</li><li>⟦l 关于开展防溺水安全教育周活动的通知⟧</li></ul></div>
<div class="foot"><p>⟦m 瓅水县教育体育局 版权所有　地址：瓅水县玲湖大道66号⟧</p><p>⟦m 网站技术支持：县教育信息中心 0793-7716000⟧</p><p>⟦m 赣ICP备12009935号⟧</p></div>
</body></html>
""",
        body="""
各中小学校、幼儿园：
近期，部分学校反映学生自购的课桌垫存在异味大、边角翘起等问题。为保障学生健康，现就规范课桌垫使用管理通知如下。
一、各校要在4月30日前完成一次排查，对有明显刺激性气味、破损卷边的桌垫，动员学生及时更换。
二、各校不得统一采购或指定品牌要求学生购买桌垫。确需使用的，引导家长选择标有材质和执行标准的产品。
三、请各校下载附件1，如实填写排查情况，于4月30日前发送至邮箱anquan@lishuiedu.cn。
联系人：滕慧敏　电话：0793-7716052
附件：1.学生课桌垫排查情况统计表
2.致家长的一封信（课桌垫选购提示）
瓅水县教育体育局
2025年4月21日
""",
    ),
    dict(
        slug="tingyang-educloud-summary-kindergarten-switch-guards",
        site="珽阳教育云 (invented)",
        style="教育门户",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.tyedu-cloud.cn/gzdt/aqwd/2025-09-29/3391.html",
        title="珽阳市幼儿园电源开关防护改造工作总结",
        record_title="【开关安全专项】珽阳市幼儿园电源开关防护改造工作总结_珽阳教育云",
        date="2025-09-26",
        date_also=["2025-09-29"],
        notes="education site: a topic link on a line of its own between paragraphs; the page's date line "
        "differs from the 成文日期; the site's technical line in the footer",
        page="""
!m 珽阳教育云 · 服务全市师生
!m 位置：首页 > 工作动态 > 安全稳定
{T}
!m 日期：2025-09-29　点击：417　来源：学前教育科
!a 【读屏模式】【大字模式】【打印】
{BODY}
!l 上一条：珽阳市秋季学期幼儿园开学安全检查情况通报
!l 下一条：关于做好幼儿园秋冬季传染病防控工作的通知
!m 珽阳市教育局 版权所有　技术支持：珽阳市教育信息技术中心　电话：0795-8231150
!m 赣ICP备06031884号
""",
        indent="\u3000\u3000",
        body="""
今年春季学期，市教育局在全市公办和普惠性民办幼儿园开展了电源开关和插座防护改造，目前已全部完成。现将工作情况总结如下。
一、基本情况。全市共有幼儿园186所，排查发现幼儿活动室、午睡室、盥洗室中高度低于1.4米的开关和插座3472个，全部加装了儿童安全防护盖，其中盥洗室的612个加装了防水开关盖。
⟦l 专题链接：平安校园建设进行时⟧
二、主要做法。一是先排查后改造，由各园后勤人员逐室登记；二是统一标准，防护盖须带自锁功能，幼儿不能徒手打开；三是把开关安全纳入安全教育课，教孩子认识“小盖子”。
三、存在问题。个别民办园改造资金不足，部分防护盖安装后教师日常使用不便。
下一步，我们将把开关防护纳入幼儿园年检内容，巩固改造成果。
珽阳市教育局
2025年9月26日
""",
    ),
    dict(
        slug="tinghe-oa-minutes-egg-tray-line",
        site="珽禾协同办公平台 (invented intranet)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.tinghe-paper.local/doc/view?id=20250612003",
        title="关于纸浆蛋托生产线扩能改造的专题会议纪要",
        record_date="2025-06-12",
        date="2025-06-12",
        notes="OA document view: the title as the record gives it, the record's date; 时间/地点/主持/参会/记录 "
        "lines in the body; 流转记录 table, read counts, a mark-as-read button",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>关于纸浆蛋托生产线扩能改造的专题会议纪要</title>
<link rel="stylesheet" href="/oa/css/docview.css">
<script src="/oa/js/docview.js"></script>
</head><body>
<div class="oa-top">⟦m 珽禾协同办公平台⟧　<span>⟦m 您好，郗小满（行政部）⟧</span> <a>⟦a 退出系统⟧</a></div>
<ul class="oa-menu"><li>⟦m 待办事宜⟧</li><li>⟦m 公文流转⟧</li><li>⟦m 会议管理⟧</li><li>⟦m 知识文库⟧</li></ul>
<div class="doc-title"><h2>{T}</h2>
<p>⟦m 文档编号：THZY-2025-0612　密级：内部　拟稿：行政部⟧</p></div>
<div class="doc-body">
{BODY}
</div>
<table class="flow"><tr><th>⟦m 流转记录⟧</th></tr>
<tr><td>⟦m 06-12 15:40 郗小满 拟稿⟧</td></tr>
<tr><td>⟦m 06-12 17:05 郦俊峰 审核通过⟧</td></tr>
<tr><td>⟦m 06-13 08:30 系统 分发至相关部门⟧</td></tr></table>
<div class="readinfo">⟦m 已读 23 人 / 未读 4 人⟧ <button>⟦a 设为已读⟧</button> <button>⟦a 转给同部门同事⟧</button></div>
<div class="oa-foot">⟦m 珽禾纸制品有限公司 信息中心维护　内线 8016⟧</div>
</body></html>
""",
        body="""
时间：2025年6月12日上午9:00
地点：公司三楼会议室
主持：郦俊峰
参会：生产部、设备部、技术部、财务部、安环部负责人
记录：郗小满
会议研究了蛋托生产线扩能改造有关事项，纪要如下：
一、同意在二号车间新增一条全自动纸浆蛋托生产线，设计产能每天8万片，由设备部牵头，于8月底前完成安装调试。
二、技术部要在7月10日前完成甘蔗渣配比试验，确定新线原料配方，蛋托含水率控制在10%以内。
三、财务部按预算安排改造资金，单笔支出超过10万元的须报总经理审批。
四、安环部负责施工期间的安全管理，车间动火作业一律办理审批手续。
""",
    ),
    dict(
        slug="chunyuan-oa-rules-deodoriser-filling",
        site="瑃原日用 OA (invented intranet)",
        style="企业内网",
        genre="规程",
        kind="other",
        form="text",
        source="http://oa.chunyuan-daily.local/zhidu/scgl/0417.html",
        title="鞋柜除味盒活性炭灌装工序操作规程",
        record_title="内部规程｜鞋柜除味盒活性炭灌装工序操作规程（2025年第二版）",
        date=None,
        notes="intranet rules export: 第N条 articles that speak of 扫码 and 打印 as content; an effective clause, "
        "no date; 'yesterday' edit stamp; read counts",
        page="""
!m 瑃原日用 OA · 制度文件库
!m 文件分类：生产管理 > 车间作业规程　　密级：内部
!t 内部规程｜鞋柜除味盒活性炭灌装工序操作规程（2025年第二版）
!m 起草：生产技术部　审核：质量部　批准：总经理办公室　最后修改：昨天 16:20
!m 阅读范围：除味盒车间全体员工　已阅 57 / 未阅 9
{T}
{BODY}
!a 【下载PDF】【打印留存】【我已学习】
!l 关联制度：活性炭原料进厂检验规程 ｜ 车间粉尘防爆管理规定
!d 本文件为公司内部资料，严禁截图外传
!m 信息中心维护　IT服务台 内线 6600
""",
        body="""
第一条　为规范鞋柜除味盒活性炭灌装作业，保证产品质量和操作安全，制定本规程。
第二条　本规程适用于除味盒车间灌装班组。
第三条　上岗前，操作人员须穿戴防尘口罩和手套，并用工位终端扫码领取当班生产任务单。
第四条　每盒灌装活性炭120克，允许误差正负3克。每灌装200盒，须抽取5盒复称，并在称重记录表上签字。
第五条　封膜后的除味盒应逐批扫码入库，系统打印的批次标签贴在外箱右上角，不得手写。
第六条　灌装区严禁明火，散落的炭粉须用吸尘器清理，不得用压缩空气吹扫。
第七条　本规程自发布之日起施行，由生产技术部负责解释。
""",
    ),
]

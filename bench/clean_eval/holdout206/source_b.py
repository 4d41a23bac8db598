"""holdout206, part B: 博客, 公众号镜像, 文档分享, 教育门户, 企业内网. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="blog-guowan-essay-airfryer-sweet-potato",
        site="锅碗瓢盆的博客 (invented, Typecho-like)",
        style="博客",
        genre="随笔",
        kind="other",
        form="html",
        source="https://guowanpiaopen.net/archives/318/",
        title="空气炸锅烤红薯，我失败了三次",
        record_title="空气炸锅烤红薯，我失败了三次 - 灶边闲记 | 锅碗瓢盆的博客",
        record_date="2025-01-12",
        date="2025-01-12",
        notes="blog post: word count, a tip-jar button glued after the last sentence, tags, prev/next, a comment form, a tag cloud and an archive in the sidebar; the record gives the date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<title>空气炸锅烤红薯，我失败了三次 - 灶边闲记 | 锅碗瓢盆的博客</title>
<link rel="alternate" type="application/rss+xml" href="/feed/">
<script src="/usr/themes/handsome/assets/js/core.min.js"></script>
</head>
<body>
<header id="header">
<div class="site-name"><a href="/">⟦m 锅碗瓢盆的博客⟧</a></div>
<div class="site-desc">⟦m 一个人吃饭，也要好好做⟧</div>
<nav><a href="/">⟦m 首页⟧</a> <a href="/category/zaobian/">⟦m 灶边闲记⟧</a> <a href="/category/shudan/">⟦m 书单⟧</a> <a href="/about.html">⟦m 关于我⟧</a></nav>
</header>
<main>
<article class="post">
<h1 class="post-title">{T}</h1>
<ul class="post-meta">
<li>⟦m 作者：阿盆⟧</li>
<li>⟦m 发布于 2025 年 01 月 12 日⟧</li>
<li>⟦m 分类：灶边闲记⟧</li>
<li>⟦m 全文 612 字，读完约 2 分钟⟧</li>
</ul>
<div class="post-content">
{BODY}
</div>
<p class="post-tags">⟦l 标签：空气炸锅 红薯 冬天⟧</p>
<nav class="post-near">
<p>⟦l ← 腊八粥要泡几个钟头⟧</p>
<p>⟦l 砂糖橘的三种吃法 →⟧</p>
</nav>
</article>
<div id="comments">
<h3>⟦l 4 条评论⟧</h3>
<p>⟦l 小满：第三次的方法试了，真的流糖！⟧</p>
<p>⟦l 橙子皮：垫油纸这个提醒太重要了⟧</p>
<form method="post" action="/comment"><p>⟦l 说点什么吧（昵称、邮箱必填）⟧</p><button>⟦a 提交留言⟧</button></form>
</div>
</main>
<aside id="sidebar">
<section><h3>⟦l 标签云⟧</h3><p>⟦l 早餐 汤 面食 空气炸锅 腌菜 节气⟧</p></section>
<section><h3>⟦l 文章归档⟧</h3><ul><li>⟦l 2025年1月 (6)⟧</li><li>⟦l 2024年12月 (9)⟧</li><li>⟦l 2024年11月 (7)⟧</li></ul></section>
</aside>
<footer>⟦m © 2025 锅碗瓢盆的博客 · 由 Typecho 驱动⟧</footer>
</body>
</html>
""",
        body="""
入冬后想吃烤红薯，街口的炭炉早就不见了，只好让家里的空气炸锅试试。
第一次，我把整个红薯直接放进去，两百度烤了二十分钟，外皮焦了，里面还是硬芯。第二次改成切段，又忘了翻面，底下一面粘在烤篮上，撕下来一块皮。
第三次才摸到门道：红薯洗净擦干，对半切开，切面朝上，先一百八十度烤二十五分钟，翻个面再烤十分钟，中途抽出烤篮晃一晃。出锅时边上冒着糖汁，掰开是软糯的。
总结下来，空气炸锅不是万能的炭炉，块头大的食材要切小，时间宁长勿短，烤篮里最好垫一张油纸。
写下来给同样嘴馋的朋友做个参考。⟦a ☕ 觉得有用，请阿盆喝杯豆浆⟧
""",
    ),
    dict(
        slug="blog-nanchuang-memoir-soymilk-wrapped",
        site="南窗下的博客 (invented)",
        style="博客",
        genre="回忆散文",
        kind="other",
        form="text",
        source="http://nanchuangxia.blog.cn/2025/02/mother-soymilk.html",
        title="母亲的豆浆机",
        record_title="母亲的豆浆机 - 旧物小记 - 南窗下的博客",
        date=None,
        notes="memoir hard-wrapped at 58 columns; a recommended-reading line between paragraphs; a read-count line and a comment box; only a year inside the text, no date",
        page="""
!m 南窗下的博客
!m 写字的地方，晒太阳的地方
!m 首页　｜　旧物小记　｜　读书　｜　留言板
{T}
!m 分类：旧物小记　　阅读(317)　　评论(5)
{BODY}
!l 上一篇：父亲的那盘石磨
!l 下一篇：供销社的柜台
!l 网友评论：
!l 山那边：看哭了，我妈那台也舍不得扔。
!l 小舟：“呜呜地转”，太有画面了。
!a 发表评论请先登录，没有账号？马上注册
!m 本博客文字均为原创，转载请留言　　Powered by 南窗Blog 2.1
""",
        wrap=58,
        indent="\u3000\u3000",
        body="""
母亲的第一台豆浆机是二〇〇三年买的，白色的机身，顶上一个黑色旋钮，是她在镇上供销社抽奖抽中的。
在那之前，我们家喝豆浆要靠一盘小石磨。每逢周末，父亲摇磨，母亲添豆，我负责端碗接浆，磨一盆要大半个钟头。
⟦l 推荐阅读：外婆的腌菜坛子⟧
有了豆浆机，母亲每天早上五点起床，把头天晚上泡好的黄豆倒进去，按下按钮，等它呜呜地转完，就能把一壶热豆浆端上桌。
那台机器用了整整十二年，电机换过一次，刀头换过两次。后来我给她买了新的，她却舍不得扔，擦干净了放在碗柜顶上。
如今我也有了自己的豆浆机，每次听见它转起来的声音，就想起老家厨房里那盏昏黄的灯。
""",
    ),
    dict(
        slug="wechat-meicheng-water-filter-life-star-glued",
        site="楣城水务 (invented WeChat account, mirror page)",
        style="公众号镜像",
        genre="科普文章",
        kind="other",
        form="html",
        source="https://mp.wxjingxiang.cn/s/meichengshuiwu/20250322_01",
        title="家里的净水器，滤芯到底多久换一次？",
        record_title="家里的净水器，滤芯到底多久换一次？ | 楣城水务（公众号文章归档）",
        date="2025-03-22",
        notes="WeChat mirror: 原创 mark, account line with the date (the page's date), a star prompt glued before the first words, 阅读原文/在看 rows, a QR line and the mirror's archive note; the article's own service phone stays in the body",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1.0">
<title>家里的净水器，滤芯到底多久换一次？ | 楣城水务（公众号文章归档）</title>
<script src="/assets/mirror.js"></script>
</head>
<body>
<div class="mirror-top">⟦m 公众号文章归档站 · 只收录公开推文⟧ <a href="/">⟦m 回到归档首页⟧</a></div>
<div id="js_article" class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta_list">
<span class="original">⟦m 原创⟧</span>
<span>⟦m 水质检测中心⟧</span>
<a id="js_name">⟦m 楣城水务⟧</a>
<em id="publish_time">⟦m 2025年3月22日 18:30⟧</em>
<span>⟦m 湖南⟧</span>
</div>
<div class="rich_media_content" id="js_content">
{BODY}
</div>
<div class="rich_media_tool">
<a>⟦a 阅读原文⟧</a>
<span>⟦m 阅读 3619⟧</span>
<span>⟦a 赞 41⟧</span>
<span>⟦a 在看 12⟧</span>
</div>
<div class="qr">⟦a 长按识别二维码，关注楣城水务⟧</div>
</div>
<div class="mirror-foot">⟦d 本页为公开推文的文字存档，图片未转存，版权归原公众号所有。⟧</div>
</body>
</html>
""",
        p_html='<section><p style="font-size:16px;line-height:1.75;">{}</p></section>',
        body="""
⟦a 点上方「楣城水务」一键星标，停水通知不错过⟧家里装了净水器，滤芯多久换一次？这是近期服务热线里问得最多的问题之一。今天我们请水质检测中心的工程师来解答。
PP棉滤芯负责拦截泥沙、铁锈等大颗粒杂质，一般三到六个月更换；活性炭滤芯主要去除余氯和异味，建议六到十二个月更换；反渗透膜使用寿命较长，通常两到三年更换一次。
需要提醒的是，以上时间只是参考。如果出水量明显变小、水有异味，或者机器上的滤芯提示灯亮起，就要及时更换。
另外，长时间外出回家后，建议先放掉净水器里的存水，再饮用。
如对自家水质有疑问，可拨打水质服务电话0766-3618200预约免费检测。
""",
    ),
    dict(
        slug="wechat-yingxi-fire-electric-blanket-list",
        site="楹溪消防 (invented WeChat account, text mirror)",
        style="公众号镜像",
        genre="安全提示",
        kind="other",
        form="text",
        source="https://wx.gongzhonghao-cun.com/a/yingxixiaofang/8830412",
        title="电热毯这样用最危险！这份冬季提醒请收好",
        record_title="电热毯这样用最危险！这份冬季提醒请收好 ｜ 楹溪消防（公众号镜像站）",
        date="2025-11-18",
        notes="text mirror of a fire brigade's account: a follow prompt glued before the first words, a numbered list, sharing as content (转发给家人), 阅读原文/在看 lines; the account line's date is the page's date",
        page="""
!m 公众号存档村 › 楹溪消防 › 文章
{T}
!m 楹溪消防　2025-11-18 07:45　湖南
!m 微信号：yxxf_119　　功能介绍：楹溪县消防救援大队官方发布
{BODY}
!a 阅读原文　　阅读 1.1万　　分享 436　　在看 89
!a 扫码关注楹溪消防，平安过冬
!l 往期推荐：取暖器别和插线板“凑一对”｜独居老人家里这三处最要紧
!d 存档村仅保存公众号公开文章的文字，原文以公众号发布为准。
""",
        body="""
⟦a ▲点击上方蓝色小字，把楹溪消防设为星标⟧天气转冷，不少家庭又把电热毯铺上了床。电热毯用得好是取暖帮手，用不好就是火灾隐患。消防员提醒大家注意以下几点：
1.不要折叠使用。电热毯折叠后，电热线容易折断、打火。
2.不要通宵开着。睡前预热半小时，上床后关掉或调到低档。
3.不要和其他取暖设备同时使用，更不要在上面压重物。
4.老人、婴幼儿和行动不便的人，最好不要单独使用电热毯。
5.发现电热毯有焦味、局部过热，要立即断电，不要再用。
6.电热毯一般使用不宜超过六年，旧的要及时更换。
转发给家里的老人，一起平安过冬。
""",
    ),
    dict(
        slug="docshare-wenyou-request-cabinets-docx",
        site="文友共享 (invented document-sharing site)",
        style="文档分享",
        genre="请示",
        kind="notice",
        form="html",
        source="https://www.wenyougx.com/p/20250514/9103527.html",
        title="关于为园内各班级配置餐具消毒柜的请示",
        record_title="关于为园内各班级配置餐具消毒柜的请示.docx",
        date="2025-05-12",
        notes="file-name record title; a sharing page with an upload notice, a points lock and a service WeChat next to the request's own 联系人/电话; signature date in Chinese numerals",
        page="""
<!doctype html>
<html>
<head>
<meta charset="utf-8">
<title>关于为园内各班级配置餐具消毒柜的请示.docx - 文友共享</title>
<script>var DOC_ID="9103527";var DOC_EXT="docx";</script>
</head>
<body>
<div class="header"><a href="/" class="logo">⟦m 文友共享⟧</a> <span>⟦m 好文档，大家分⟧</span> <a href="/upload">⟦a 传文档换积分⟧</a></div>
<div class="crumbs">⟦m 文友共享 / 公文写作 / 请示⟧</div>
<div class="doc">
<h1 class="doc-name">⟦t 关于为园内各班级配置餐具消毒柜的请示.docx⟧</h1>
<div class="doc-attr">⟦m 分享人：园长小叶　　上传于 5 天前　　1页　　18.6KB⟧</div>
<div class="upload-tip">⟦d 文档由文友上传分享，文友共享只做展示和存储，如内容有误或侵权请发起投诉。⟧</div>
<div class="doc-text">
{BODY}
</div>
<div class="lock">⟦a 下载原文件需要 3 积分，你当前积分：0⟧ <a>⟦a 做任务领积分⟧</a></div>
<div class="kefu">⟦w 积分充值问题请加客服微信 wygx_kf01⟧</div>
</div>
<div class="sidebar"><h4>⟦l 同类文档⟧</h4>
<ul><li>⟦l 幼儿园食堂设备购置请示.doc⟧</li><li>⟦l 关于更换学校饮水设备的请示.docx⟧</li><li>⟦l 幼儿园卫生保健工作计划.wps⟧</li></ul></div>
<div class="footer">⟦m 文友共享 wenyougx.com　闽ICP备22008617号-1⟧</div>
</body>
</html>
""",
        body="""
区教育局：
我园现有十二个教学班，在园幼儿三百六十人。目前幼儿餐具统一由厨房集中消毒后再分送各班，转运过程中存在二次污染的风险，午点、加餐时的餐具也难以及时消毒。
根据托幼机构卫生保健工作的有关要求，我园拟为每个班级配置一台立式餐具消毒柜，共十二台，预计需资金四万三千二百元，拟从幼儿园公用经费中列支。
妥否，请批示。
联系人：叶知秋　联系电话：0766-3530171
楣城市栱湖区第三幼儿园
二〇二五年五月十二日
""",
    ),
    dict(
        slug="docshare-duofen-rules-soymilk-no-record-title",
        site="多分文档 (invented document-sharing site)",
        style="文档分享",
        genre="规程",
        kind="other",
        form="text",
        source="https://duofenwd.com/view/3c71a9e2",
        title="学校食堂豆浆制作操作规程",
        record_title=None,
        date=None,
        notes="no title in the record: the page's title line holds it; 第N条 articles; an upload stamp and a preview-limit line are no dates; a points prompt between articles",
        page="""
!m 多分文档 — 上传一份，多分一份
!m 上传：食堂小管家　　上传时间：2025-09-03　　下载：67　　格式：DOCX
!a 预览　　下载（2积分）　　收进文件夹
{T}
{BODY}
!a 预览到第1页为止，下载文档看全部内容
!d 声明：资料由网友上传，仅供学习交流，多分文档不保证其准确完整。
!l 你可能还需要：食堂留样制度.docx　／　食堂从业人员健康管理制度.doc
""",
        indent="\u3000\u3000",
        body="""
第一条　为规范学校食堂豆浆制作，保障学生饮食安全，制定本规程。
第二条　豆浆制作由经过培训的专人负责，操作前应洗手、更衣、戴口罩。
第三条　黄豆应选用当年新豆，浸泡前拣除霉变、虫蛀颗粒，浸泡时间夏季不超过八小时，冬季不超过十二小时。
⟦a 本文档支持一键转Word，会员免积分⟧
第四条　豆浆机使用前应检查电源线、刀片和密封圈，发现异常不得开机。
第五条　豆浆必须充分煮沸，出现“假沸”泡沫后应继续加热五分钟以上。
第六条　每次制作结束后，应立即拆洗机头、滤网和浆桶，晾干备用。
第七条　每批次豆浆留样不少于一百二十五克，冷藏保存四十八小时。
第八条　本规程自印发之日起施行。
""",
    ),
    dict(
        slug="edu-jueyang-notice-cabinet-check-attachments",
        site="桷阳县教育体育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jtj.jueyang.gov.cn/tzgg/202509/t20250909_4471.html",
        title="关于开展全县中小学幼儿园食堂消毒柜专项检查的通知",
        record_title="关于开展全县中小学幼儿园食堂消毒柜专项检查的通知__桷阳县教育体育局",
        date="2025-09-08",
        date_also=["2025-09-09"],
        notes="education bureau: large-print and read-aloud links, attachment download links next to the notice's own 附件 list, a technical-support line next to the notice's 联系人/电话/邮箱; 下载附件 as content; the site's date also accepted",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>关于开展全县中小学幼儿园食堂消毒柜专项检查的通知__桷阳县教育体育局</title>
<script src="/static/js/jquery-1.12.4.min.js"></script>
<script src="/static/js/aria-reader.js"></script>
</head>
<body>
<div class="top">⟦m 桷阳县教育体育局⟧ <a href="javascript:;">⟦a 大字版⟧</a> <a href="javascript:;">⟦a 朗读全文⟧</a></div>
<div class="nav"><a>⟦m 首页⟧</a> <a>⟦m 教育新闻⟧</a> <a>⟦m 通知公告⟧</a> <a>⟦m 政策法规⟧</a> <a>⟦m 办事指南⟧</a></div>
<div class="position">⟦m 所在位置：首页 » 通知公告⟧</div>
<div class="article">
<h2>{T}</h2>
<div class="info">⟦m 日期：2025-09-09　作者：后勤股　点击数：1127⟧</div>
<div class="body">
{BODY}
</div>
<div class="fujian">
<p>⟦a 附件1：食堂消毒柜自查表.xlsx（点此下载）⟧</p>
<p>⟦a 附件2：消毒柜使用情况汇总表.xlsx（点此下载）⟧</p>
</div>
<div class="prevnext"><p>⟦l 上一条：关于做好秋季学期学生资助工作的通知⟧</p><p>⟦l 下一条：桷阳县2025年教师节表彰名单公示⟧</p></div>
</div>
<div class="foot">
<p>⟦m 网站技术支持：0739-6125000（工作日）⟧</p>
<p>⟦m 桷阳县教育体育局主办　湘ICP备10020477号-3⟧</p>
</div>
</body>
</html>
""",
        body="""
各中小学、幼儿园：
为切实保障师生餐具卫生安全，县教育体育局决定于9月15日至9月30日对全县学校、幼儿园食堂消毒柜使用情况开展专项检查。现将有关事项通知如下。
一、检查内容：消毒柜数量是否满足就餐人数需要；设备是否正常运行；消毒记录是否完整；餐具是否消毒后存放。
二、工作安排：各校先行自查，请下载附件1填写自查表，于9月22日前报送县教育体育局后勤股；县局于9月下旬组织抽查。
三、有关要求：对消毒柜损坏或数量不足的，学校要立即整改，整改情况一并报送。
联系人：祁晓帆　电话：0739-6125536　邮箱：jyhqg_jy@126.com
附件：1.食堂消毒柜自查表
2.消毒柜使用情况汇总表
桷阳县教育体育局
2025年9月8日
""",
    ),
    dict(
        slug="edu-cuiling-notice-dorm-blanket-doc-cn-date",
        site="榱岭县教育局网站 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.cuilingedu.cn/html/tzgg/2025/1121/2290.html",
        title="关于规范寄宿制学校学生使用电热毯的通知",
        record_title="关于规范寄宿制学校学生使用电热毯的通知.doc",
        date="2025-11-20",
        notes="file-name record title; the page's 发布 line has only an upload-style stamp (3 天前); date in Chinese numerals under the signature; a download line for the .doc",
        page="""
!m 榱岭县教育局　　榱岭教育信息网
!m 首页 >> 通知公告 >> 正文
{T}
!m 发布者：办公室　　发布于 3 天前　　访问量：642
!a 【大字】【标准】　　【打印】　　【返回上页】
{BODY}
!a 原文下载：关于规范寄宿制学校学生使用电热毯的通知.doc
!l 相关通知：关于做好冬季校园安全工作的通知
!m 榱岭县教育局 版权所有　　地址：榱岭县文昌路18号　　邮编：418600
""",
        indent="\u3000\u3000",
        body="""
各寄宿制中小学：
入冬以来，部分学校学生宿舍出现学生自带电热毯的情况。经研究，现就有关事项通知如下：
一、学生宿舍原则上不使用电热毯。确需使用的，由学校统一采购带有过热保护和定时关闭功能的合格产品，统一登记、统一管理。
二、宿舍管理员每晚熄灯后巡查一次，二十二点三十分后统一断开宿舍取暖插座电源。
三、学校要通过家长会、家长群向家长说明有关规定，劝导学生不自带电热毯、暖手宝等电器。
四、学校要保障宿舍被褥厚度，对家庭困难学生发放冬被。
榱岭县教育局
二〇二五年十一月二十日
""",
    ),
    dict(
        slug="oa-dingfei-minutes-airfryer-coating",
        site="鼎沸电器协同办公平台 (invented intranet)",
        style="企业内网",
        genre="会议纪要",
        kind="report",
        form="html",
        source="http://oa.dingfeidq.local/doc/view?id=20250317-0042",
        title="空气炸锅涂层质量专题会议纪要",
        record_title="〔部门纪要〕空气炸锅涂层质量专题会议纪要 - 鼎沸协同OA",
        date="2025-03-14",
        date_also=["2025-03-17"],
        notes="OA document view: the 时间/地点/主持/参会/记录 lines of minutes stay in the body; 流转记录, a read count and a 我已阅 button; the meeting date is expected, the filing date also accepted",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〔部门纪要〕空气炸锅涂层质量专题会议纪要 - 鼎沸协同OA</title>
<link rel="stylesheet" href="/oa/css/doc.css">
<script src="/oa/js/workflow.js"></script>
</head>
<body>
<div class="oa-top">⟦m 鼎沸协同OA⟧ <span>⟦m 当前用户：质量部 伍小棠⟧</span> <a href="/oa/msg">⟦a 待办(3)⟧</a> <a href="/oa/logout">⟦a 退出⟧</a></div>
<div class="oa-menu"><a>⟦m 公文⟧</a> <a>⟦m 审批⟧</a> <a>⟦m 会务⟧</a> <a>⟦m 通讯录⟧</a></div>
<div class="doc-head">
<h2>{T}</h2>
<table class="doc-attr">
<tr><td>⟦m 文档类别：部门纪要⟧</td><td>⟦m 保密等级：内部⟧</td></tr>
<tr><td>⟦m 归档日期：2025-03-17⟧</td><td>⟦m 已读 37 人 / 未读 5 人⟧</td></tr>
</table>
</div>
<div class="doc-body">
{BODY}
</div>
<div class="doc-ops"><button>⟦a 我已阅⟧</button> <button>⟦a 转发同事⟧</button> <button>⟦a 存为PDF⟧</button></div>
<div class="flow">
<h4>⟦m 流转记录⟧</h4>
<p>⟦m 03-14 16:20 伍小棠 起草⟧</p>
<p>⟦m 03-15 09:02 薛锦程 审核通过⟧</p>
<p>⟦m 03-17 08:41 办公室 归档分发⟧</p>
</div>
<div class="oa-foot">⟦m 柁口鼎沸电器有限公司 信息部维护　内线 8080⟧</div>
</body>
</html>
""",
        body="""
时间：2025年3月14日下午
地点：公司三楼质量会议室
主持：生产副总　薛锦程
参会：质量部、技术部、采购部、一车间负责人
记录：质量部　伍小棠
会议通报了2月份客户退货情况：因内胆涂层起皮退货的空气炸锅共三百一十二台，占退货总数的百分之四十一。经讨论，会议议定以下事项：
一、采购部即日起暂停向现有涂层供应商下单，三月底前完成两家备选供应商的样品验证。
二、技术部调整喷涂后的固化温度和时间，形成新工艺卡，3月25日前下发车间。
三、一车间对库存内胆逐批抽检划格附着力，不合格批次一律返工。
四、质量部每周一汇报整改进度。
""",
    ),
    dict(
        slug="intranet-qingyuan-bulletin-purifier-leak-record-title",
        site="清源净水企业内网 (invented)",
        style="企业内网",
        genre="通报",
        kind="notice",
        form="text",
        source="http://intra.qingyuanjs.com/notice/2025/0403-17",
        title="关于净水器装配线漏水返工问题的通报",
        date="2025-04-03",
        notes="title given by the record as is; an intranet view with the title printed again glued to the addressee line, a read count and an acknowledge button; signature date",
        page="""
!m 清源内网 | 公告通报
!m 登录身份：生产部 卢一鸣　　【切换账号】
!m 公告通报 › 质量通报
{T}
!m 发布部门：质量部　　发布人：覃柏林　　已读 214
{T}{BODY}
!a 【确认已读】　【打印】　【下载附件】
!m 内网问题请拨信息中心分机 6600
""",
        body="""
各车间、各部门：
3月份，公司净水器装配二线连续出现整机漏水问题，出厂前检测发现漏水机器八十六台，返工耗费工时二百余小时。经质量部调查，主要原因是新入职员工未按工艺要求安装快接头，部分接头插入不到位。
为严肃工艺纪律，公司决定：对装配二线班长刘向北给予通报批评，扣发当月绩效奖金百分之二十；对装配二线全体员工重新开展快接头安装培训，考核合格后方可上岗。
各车间要以此为戒，严格执行首件检验和工序自检，杜绝类似问题再次发生。
楣城清源净水科技有限公司
2025年4月3日
""",
    ),
]

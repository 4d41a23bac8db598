"""holdout316, part B: 博客, 公众号镜像, 文档分享, 教育门户, 企业内网 (one HTML and one text case each).

Everything is invented (sites, places, people, firms, numbers); see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="blog-banchuang-memoir-grandmother-milk-pan",
        site="半窗闲笔 (invented, WordPress-like blog)",
        style="博客",
        genre="回忆文章",
        kind="other",
        form="html",
        source="https://banchuangxianbi.example.net/2024/12/jiuwu-nainguo/",
        title="外婆的铝奶锅",
        record_title="旧物小志 · 外婆的铝奶锅 | 半窗闲笔",
        date=None,
        notes="WordPress-like blog: menu, post meta with a relative update time, a series link glued after a 。, tag cloud, "
        "archive, comment form; the memoir is dated only by a 写于 line in the cyclical calendar: no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<title>旧物小志 · 外婆的铝奶锅 | 半窗闲笔</title>
<link rel="stylesheet" href="https://banchuangxianbi.example.net/wp-content/themes/quiet/style.css">
<script src="https://banchuangxianbi.example.net/wp-includes/js/wp-emoji-release.min.js"></script>
</head>
<body class="post-template-default single">
<header id="masthead">
<p class="site-title">⟦m 半窗闲笔⟧</p>
<p class="site-description">⟦m 一扇半开的窗，几句不紧不慢的话⟧</p>
<nav><a>⟦m 首页⟧</a> <a>⟦m 随笔⟧</a> <a>⟦m 书单⟧</a> <a>⟦m 关于我⟧</a></nav>
</header>
<main>
<article>
<h1 class="entry-title">⟦t 旧物小志 · 外婆的铝奶锅⟧</h1>
<div class="entry-meta">⟦m 分类：旧物小志　标签：外婆 / 奶锅 / 老屋　更新于 2 周前⟧</div>
<div class="entry-content">
{BODY}
</div>
<footer class="entry-footer">⟦l 上一篇：老屋门口那棵苦楝树⟧　⟦l 下一篇：父亲的搪瓷饭盒⟧</footer>
</article>
<section id="comments">
<h3>⟦l 路过请留个言⟧</h3>
<form>⟦l 昵称（必填）　邮箱（不会公开）　网址⟧ <button>⟦a 提交留言⟧</button></form>
</section>
</main>
<aside id="secondary">
<section><h2>⟦l 标签云⟧</h2><p>⟦l 旧物 外婆 老屋 读书 雨天 小城 厨房⟧</p></section>
<section><h2>⟦l 文章归档⟧</h2><ul><li>⟦l 2024年十二月 (4)⟧</li><li>⟦l 2024年十一月 (6)⟧</li></ul></section>
</aside>
<footer id="colophon">⟦d 本站文字除特别说明外均为原创，转载请先留言征得同意⟧　⟦m 由 WordPress 驱动　主题 Quiet⟧</footer>
</body>
</html>
""",
        body="""
外婆家碗柜的最上层，一直放着一只铝奶锅。锅身磨得发白，木柄换过两回，锅沿有一处小小的凹痕，是我五岁那年踮脚去够，把它碰到地上摔出来的。
那时候镇上还没有袋装牛奶，外婆每天天不亮就拎着这只奶锅去供销社门口，等送奶的三轮车。回到家，她把奶锅架在煤炉上，一边用筷子慢慢搅，一边念叨“火要小，心要静”，奶皮起来了就挑给我吃。⟦l 【同系列】旧物小志之三：父亲的搪瓷饭盒⟧
后来我去城里读书，外婆的奶锅改成了煮鸡蛋、热稀饭；再后来，她的手抖得端不稳锅了。
去年收拾老屋，我把这只奶锅带回了自己家。它现在挂在厨房的墙上，不再煮什么东西，只是每天早上看见它，我都会想起那句“火要小，心要静”。
（写于甲辰年冬至前）
""",
    ),
    dict(
        slug="blog-qingdeng-essay-office-mousepad-wrapped",
        site="青灯书房的博客 (invented)",
        style="博客",
        genre="随笔",
        kind="other",
        form="text",
        source="http://blog.qingdengshufang.example.cn/post/20250519/3318",
        title="办公桌上的那块鼠标垫",
        record_title="办公桌上的那块鼠标垫 - 闲话杂记 - 青灯书房的博客",
        date="2025-05-19",
        notes="blog essay hard-wrapped at 66 columns with an indent; the bracketed post time is the page's date; "
        "blog chrome around it",
        page="""
!m 青灯书房的博客
!m 书房一盏灯，闲话几页纸
!m 首页 | 闲话杂记 | 读书札记 | 留言板
{T}
!m [2025-05-19 21:03]　分类：闲话杂记　阅读(412)　评论(9)
{BODY}
!l 标签：鼠标垫　办公室　旧物
!a 分享到：微博　QQ空间　复制链接
!l 上一篇：单位门口的早点摊　　下一篇：雨夜读《人间草木》
!l 最新评论
!l 竹影：写得真好，我桌上也有一块用了十年的。
!m 青灯书房的博客 · 本博客文字版权归作者所有
""",
        indent="\u3000\u3000",
        wrap=66,
        body="""
单位给每个人配的鼠标垫都是统一的深蓝色，上面印着单位的名称。我那块用了七年，印字早就磨没了，右下角还有一个被烟头烫出的小洞，那是前任留下的。
刚参加工作时，我总觉得这块鼠标垫太旧，几次想换，科长说：“能用就用，公家的东西别浪费。”后来科长退休了，我也成了别人口中的“老同志”，这块鼠标垫却一直没换。
前几天整理办公桌，我把它拿起来仔细看了看，中间被手腕磨出的那片浅色印子，正好是我每天握鼠标的位置。七年里写过的材料、填过的表格、熬过的夜，好像都留在了这片印子上。
我最终还是没舍得扔，用湿毛巾擦干净，又放回了原处。
""",
    ),
    dict(
        slug="wechat-zhenchuan-cdc-rice-scoop-salt-h1",
        site="袗川疾控 (invented WeChat account, on a mirror site)",
        style="公众号镜像",
        genre="科普文章",
        kind="other",
        form="html",
        source="https://wx.zhuanzaiku.example.com/a/zc-cdc/20250422/8h2kq",
        title="一把饭铲里的减盐学问",
        record_title=None,
        date="2025-04-22",
        notes="WeChat mirror: follow prompt glued before the first words, a photo-source line between paragraphs, "
        "阅读原文/在看/赞赏 rows, QR line, the mirror's archive note; no title in the record (the <h1>); "
        "the account line's date as the page's date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>一把饭铲里的减盐学问 - 转载库</title>
<script>var biz = "MzkxNjQ0MTgwNw==";</script>
</head>
<body>
<div class="mirror-bar">⟦m 转载库 · 公众号文章聚合⟧ <a>⟦a 登录转载库⟧</a></div>
<div id="js_article">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta_list">⟦m 原创　袗川疾控　2025-04-22 08:30　发表于袗川⟧</div>
<div class="rich_media_content" id="js_content">
{BODY}
</div>
<div class="rich_media_tool">⟦a 阅读原文⟧　⟦m 阅读 2618⟧　⟦a 在看 37⟧　⟦a 点个赞再走⟧</div>
<div class="reward">⟦a 喜欢作者就请他喝杯茶　赞赏⟧</div>
<div class="qr">⟦a 长按下方图片识别，把袗川疾控加为关注⟧</div>
<div class="more"><h4>⟦l 本号近期推送⟧</h4><p>⟦l 春季流感高发，这份防护指南请收好⟧</p><p>⟦l 家里的砧板多久换一次？⟧</p></div>
</div>
<div class="mirror-foot">⟦d 本页内容由转载库自动抓取自公开的公众号文章，版权属原作者，如需删除请来信⟧</div>
</body>
</html>
""",
        p_html='<section style="margin-bottom:16px"><p><span style="font-size:15px">{}</span></p></section>',
        body="""
⟦a 点上方蓝字「袗川疾控」关注我们⟧家里炒完菜、盛完饭，饭铲往往随手一放。可你知道吗？一把饭铲，也能帮全家少吃盐。
不少家庭习惯在出锅前用饭铲舀一点盐直接撒进锅里，一铲下去往往就是三四克。按照膳食指南的建议，成年人每天食盐摄入不超过5克，这一铲几乎就占了大半。
建议大家做到三点：一是用限盐勺代替饭铲舀盐，一勺2克，心中有数；二是出锅前再放盐，用饭铲把菜翻匀，咸味集中在表面，放得少也吃得出；三是盛菜时用饭铲把锅底的汤汁留下，菜汤里的盐分往往最多。
⟦m 图片来源：袗川县疾控中心健康教育科⟧
另外，木质饭铲用久了容易开裂发霉，最好半年左右更换一次；硅胶饭铲要选耐高温、无异味的产品。
""",
    ),
    dict(
        slug="wechat-xiongyang-fire-window-hooks-typhoon",
        site="褧阳消防 (invented WeChat account, text mirror)",
        style="公众号镜像",
        genre="提醒",
        kind="notice",
        form="text",
        source="https://mp.tuiwenliudang.example.com/s/xy119/20250807",
        title="台风来临前，请检查家里的窗钩",
        record_title="台风来临前，请检查家里的窗钩 · 褧阳消防 · 微信推文留档",
        date="2025-08-06",
        date_also=["2025-08-07"],
        notes="WeChat text mirror: account line dated the day after the signature date (the 成文日期 expected, the account "
        "date also accepted); a numbered list; '关注气象部门发布的预警信息' is content; follow prompt and 在看 row below",
        page="""
!m 推文留档 · 微信文章备份站
{T}
!m 褧阳消防　2025年8月7日 07:50　褧阳
!a 听全文　　字号 A- A+
{BODY}
!a 戳“阅读原文”看台风防范动画
!a 在看 ｜ 分享 ｜ 点赞
!a 长按识别下方二维码，关注褧阳消防
!l 往期回顾：夏季电动车充电，这些事千万别做
!d 推文留档仅作存档之用，原文版权归褧阳消防所有
""",
        body="""
各位居民朋友：
据气象部门预报，今年第9号台风将于本周末影响我县，届时将有8至10级阵风。大风天气里，高楼外窗一旦没有扣牢，窗扇很容易被吹落，砸伤楼下行人。
请大家在台风来临前做好三件事：
1.逐扇检查外窗窗钩是否扣牢，锈蚀、松动的窗钩要及时更换；
2.阳台上的花盆、晾衣杆等物品收回室内；
3.关注气象部门发布的预警信息，台风期间尽量不要开窗。
发现楼栋外窗、广告牌有坠落风险的，请及时拨打119或联系所在社区。
褧阳县消防救援大队
2025年8月6日
""",
    ),
    dict(
        slug="docshare-shiye-pledge-earphone-case-recycling",
        site="拾页共享 (invented document-sharing site)",
        style="文档分享",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://www.shiyegongxiang.example.com/doc/4471902.html",
        title="关于废旧耳机盒回收利用的倡议书",
        record_title="关于废旧耳机盒回收利用的倡议书（编辑打印两用版）_拾页共享",
        date="2025-03-18",
        notes="sharing page: upload notice, points lock, service WeChat, ratings; '请把这份倡议分享给…' is content; "
        "成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>关于废旧耳机盒回收利用的倡议书（编辑打印两用版）_拾页共享</title>
<script src="/static/js/share.js"></script>
</head>
<body>
<div class="hd">⟦m 拾页共享⟧ ⟦m 拾起每一页有用的文字⟧ <a>⟦a 上传赚积分⟧</a> <a>⟦a 个人中心⟧</a></div>
<div class="path">⟦m 拾页共享 ＞ 公文写作 ＞ 倡议书⟧</div>
<div class="doc">
<h1>⟦t 关于废旧耳机盒回收利用的倡议书（编辑打印两用版）⟧</h1>
<div class="info">⟦m 贡献者：绿芽****　评分：4.7分（31人）　2页　已被收藏208次⟧</div>
<div class="text">
{BODY}
</div>
<div class="lock">⟦a 兑换本文需5积分，积分不够可签到领取⟧</div>
<div class="tools">⟦a 收进文件夹　|　转发给好友　|　纠错⟧</div>
</div>
<div class="kefu">⟦w 找文档、改文档找拾页小助手，微信 shiye_xzs⟧</div>
<div class="notice">⟦d 本文由网友自行上传，拾页共享仅提供浏览与交流，版权争议请联系平台处理⟧</div>
<div class="rec"><h4>⟦l 这些倡议书也不错⟧</h4><p>⟦l 校园电子垃圾分类投放倡议书⟧</p><p>⟦l 旧衣物捐赠倡议书（社区版）⟧</p></div>
<div class="ft">⟦m 拾页共享 shiyegongxiang.example.com　苏ICP备21044718号⟧</div>
</body>
</html>
""",
        body="""
广大市民朋友：
随着无线耳机的普及，越来越多的旧耳机盒被闲置在抽屉里，或者随手扔进了垃圾桶。耳机盒里的电池和电路板如果处理不当，会污染土壤和水体。为此，我们向全市市民发出如下倡议：
一、不随意丢弃。废旧耳机盒请投放到有害垃圾收集点或电子产品回收箱，不要混入其他垃圾。
二、能修先修。耳机盒合页松动、充电口接触不良等小毛病，可以到正规维修点修理后继续使用。
三、传递环保理念。请把这份倡议分享给身边的家人和朋友，一起为绿色冕州出一份力。
冕州市再生资源回收利用协会
2025年3月18日
""",
    ),
    dict(
        slug="docshare-wendou-contract-template-milk-pan-docx",
        site="文兜网 (invented document-sharing site)",
        style="文档分享",
        genre="合同范本",
        kind="other",
        form="text",
        source="https://www.wendou.example.cn/d/20250611/6620713.html",
        title="奶锅采购合同（范本）",
        record_title="奶锅采购合同（范本）.docx",
        date=None,
        notes="file-name record title; contract template with 第N条, ×× placeholders and ＿＿＿＿年＿＿月＿＿日 blanks; "
        "upload and share stamps are no dates",
        page="""
!m 文兜网 — 好文档，兜里装
!m 首页 » 合同协议 » 采购合同
!t 奶锅采购合同（范本）.docx
!m 上传者：兜友5527　　上传时间：2025-06-11　　页数：2　　下载券：1张
!a 全文下载　　加入收藏　　分享给好友
{BODY}
!a 以上为文档预览效果，下载后可获得可编辑的docx原文件
!l 与本文档相关：不锈钢炊具采购合同.docx｜厨具设备买卖合同（简易版）.doc
!d 文兜网所有文档均由兜友上传分享，平台不保证内容完整，请下载前仔细甄别。
!m 文兜网客服邮箱：kefu@wendou.example.cn　闽ICP备23017285号
""",
        body="""
甲方（采购方）：＿＿＿＿＿＿＿＿
乙方（供货方）：××炊具有限公司
第一条　产品名称、规格及数量：不锈钢奶锅（16厘米）＿＿只，单价＿＿元，合同总价＿＿＿＿元。
第二条　质量要求：产品须符合食品接触用金属材料及制品的国家标准，每批次随货提供检验报告。
第三条　交货时间和地点：乙方应于＿＿年＿＿月＿＿日前将货物送至甲方指定地点，运费由乙方承担。
第四条　付款方式：货到验收合格后＿＿日内，甲方一次性支付货款。
第五条　违约责任：乙方逾期交货的，每逾期一日按合同总价的0.5%向甲方支付违约金。
第六条　本合同一式两份，甲乙双方各执一份，自双方签字盖章之日起生效。
甲方（盖章）：　　　　乙方（盖章）：××炊具有限公司
签订日期：＿＿＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="edu-yixi-notice-rice-scoops-attachment-link",
        site="袆溪县教育和体育局 (invented education portal)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jtj.yixi.gov.example.cn/tzgg/202502/t20250226_2207.html",
        title="关于规范中小学食堂分餐用具配备和使用的通知",
        record_title="关于规范中小学食堂分餐用具配备和使用的通知_通知文件_袆溪县教育和体育局",
        date="2025-02-24",
        date_also=["2025-02-26"],
        notes="education portal: 长辈专区/读屏助手 links, an attachment download link beside the document's 附件 line, "
        "the document's contact, phone and mailbox beside the site's technical-support line; 成文日期 expected, the "
        "page's date also accepted",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>关于规范中小学食堂分餐用具配备和使用的通知_通知文件_袆溪县教育和体育局</title>
<script src="/js/common.js"></script>
</head>
<body>
<div class="top">⟦a 长辈专区⟧ ⟦a 读屏助手⟧ ⟦a 设为首页⟧</div>
<div class="logo">⟦m 袆溪县教育和体育局⟧</div>
<div class="nav">⟦m 首页⟧ ⟦m 机构职能⟧ ⟦m 教育动态⟧ ⟦m 通知文件⟧ ⟦m 招生考试⟧ ⟦m 体育工作⟧</div>
<div class="loc">⟦m 当前位置：首页 &gt; 通知文件⟧</div>
<div class="con">
<h1>{T}</h1>
<div class="attr">⟦m 来源：后勤管理股　　日期：2025-02-26　　点击数：1104⟧</div>
<div class="txt">
{BODY}
</div>
<div class="down">⟦a 点击下载附件：分餐用具配备情况统计表.xls⟧</div>
<div class="act">⟦a 【打印此页】【返回上页】⟧</div>
</div>
<div class="foot">
<p>⟦m 主办单位：袆溪县教育和体育局　地址：袆溪县城关镇学府路18号⟧</p>
<p>⟦m 网站技术支持：0739-6620990（工作日9:00-17:00）⟧</p>
<p>⟦m 湘ICP备13006621号⟧</p>
</div>
</body>
</html>
""",
        body="""
各乡镇中心学校，县直各学校：
为进一步规范学校食堂分餐行为，减少餐饮浪费，保障学生饮食安全，现就食堂分餐用具配备和使用有关事项通知如下。
一、各学校食堂应按主食、荤菜、素菜、汤品分别配备饭铲、菜勺，做到专具专用，并在打饭窗口张贴分量标准。
二、提倡使用带刻度的定量饭铲，小学每餐主食分量一般为100至150克，初中为150至200克。
三、饭铲、菜勺每餐使用后须清洗消毒，存放在专用保洁柜内，严禁浸泡在水桶中过夜。
请各学校于3月15日前将配备情况报县教体局后勤管理股。
联系人：温絮岚，电话：0739-6628417，邮箱：yxjt_hq@example.cn。
附件：学校食堂分餐用具配备情况统计表
袆溪县教育和体育局
2025年2月24日
""",
    ),
    dict(
        slug="edu-shuihu-notice-it-test-mousepads",
        site="帨湖县教育局 (invented education portal, text capture)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.shjyj.example.cn/html/jcjy/2025/0527/4182.html",
        title="关于做好初中信息技术考查考场准备工作的通知",
        record_title="【考查考务】关于做好初中信息技术考查考场准备工作的通知 —— 帨湖县教育局",
        date="2025-05-26",
        notes="education portal text: numbered items, a mouse-pad requirement, signature date; a print row glued "
        "after the last 。 of an item",
        page="""
!m 帨湖县教育局　帨湖教育信息网
!m 网站首页 ＞ 基础教育 ＞ 通知公告
{T}
!m 发布者：基础教育股　　浏览次数：687　　更新时间：2025-05-27
{BODY}
!l 【上一篇】帨湖县2025年中考体育考试工作方案
!l 【下一篇】关于开展“书香校园”读书节活动的通知
!a 【我要打印】　【关闭窗口】　【返回顶部】
!m 版权所有：帨湖县教育局　地址：帨湖县建设路66号　技术支持：帨湖县电教馆
""",
        indent="　　",
        body="""
各初级中学：
2025年初中信息技术学业水平考查定于6月9日至11日在各校计算机教室进行。为保证考查顺利实施，现将考场准备工作通知如下。
一、各校要在6月5日前完成考场计算机的调试，确保每台机器能正常登录考试系统。
二、每个考位须配备完好的鼠标和鼠标垫，鼠标垫表面平整、无破损，避免因鼠标漂移影响考生操作。⟦a 〔打印本页〕〔转发〕⟧
三、考场内张贴考位号，清理与考试无关的书籍和资料。
四、请各校指定一名技术人员在考试期间全程在岗。
帨湖县教育局基础教育股
2025年5月26日
""",
    ),
    dict(
        slug="intranet-shengxia-minutes-earphone-case-moulding",
        site="声匣协同办公平台 (invented enterprise OA)",
        style="企业内网",
        genre="会议纪要",
        kind="other",
        form="html",
        source="http://oa.shengxia.example.local/doc/view?id=20250815-0093",
        title="耳机盒注塑车间质量分析会会议纪要",
        record_title="[纪要·已签收] 耳机盒注塑车间质量分析会会议纪要 —— 声匣协同办公",
        date="2025-08-14",
        notes="OA document view: 流转记录, read count, 标记已阅 button, export/print bar; minutes with "
        "时间/地点/主持/参会/记录 lines (the 时间 line gives the date) and a numbered list of decisions",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>[纪要·已签收] 耳机盒注塑车间质量分析会会议纪要 —— 声匣协同办公</title>
<script src="/oa/static/js/flow.js"></script>
</head>
<body>
<div class="oa-head">⟦m 声匣协同办公⟧ ⟦m 欢迎您，甘雨桐（质量部）⟧ <a>⟦a 退出系统⟧</a></div>
<div class="oa-menu">⟦m 待办事项⟧ ⟦m 公文管理⟧ ⟦m 会议纪要⟧ ⟦m 制度文件⟧ ⟦m 通讯录⟧</div>
<div class="doc-view">
<h2>{T}</h2>
<div class="doc-attr">⟦m 拟稿：甘雨桐　部门：质量部　密级：内部　阅读 37 次⟧</div>
<div class="doc-body">
{BODY}
</div>
<div class="doc-btn"><button>⟦a 我已阅知⟧</button> <button>⟦a 另存PDF副本⟧</button> <button>⟦a 打印纪要⟧</button></div>
<div class="flow">
<h4>⟦m 流转记录⟧</h4>
<p>⟦m 2025-08-15 09:12　甘雨桐　起草并送审⟧</p>
<p>⟦m 2025-08-15 10:40　韦承钧　审核通过⟧</p>
<p>⟦m 2025-08-15 11:05　办公室　分发至各部门⟧</p>
</div>
</div>
<div class="oa-foot">⟦m 冕州声匣电子有限公司信息部　IT服务台分机：8010⟧</div>
</body>
</html>
""",
        body="""
时间：2025年8月14日14:30
地点：公司三楼第二会议室
主持：韦承钧（总经理）
参会：质量部、生产部、注塑车间、装配车间负责人及班组长
记录：甘雨桐
会议通报了7月份耳机盒外壳的质量情况：注塑车间全月生产外壳118万件，外观不良率1.8%，主要问题是合页位置缩水和浇口毛刺。
会议议定以下事项：
1.注塑车间于8月20日前完成3号、7号模具合页位置的排气槽修改，由模具组负责。
2.装配车间在来料检验环节增加合页开合手感抽检，每批抽检50件。
3.质量部每周五下午汇总当周不良数据，在车间看板公示。
""",
    ),
    dict(
        slug="intranet-hook-stamping-rules-record-title",
        site="袗川窗饰五金厂内网 (invented)",
        style="企业内网",
        genre="规程",
        kind="other",
        form="text",
        source="http://10.8.1.20/zhidu/anquan/2025-031.html",
        title="窗钩冲压车间安全操作规程",
        date=None,
        notes="record title as is; intranet rules with 第N条 whose articles speak of 扫描机台二维码 and 打印点检记录 as "
        "content; a rules page with no date (a revision stamp only)",
        page="""
!m 袗川窗饰五金厂 · 内部信息门户
!m 制度文件 / 安全生产类 / 第031号
{T}
!m 发布部门：生产安全部　　修订：2025-04-02　　已读人数：146
!a 下载本制度　　打印　　我要反馈
{BODY}
!l 同类制度：模具房管理规定｜危险化学品（清洗剂）存放规定｜劳保用品发放办法
!m 仅限厂内网络访问　信息中心维护　分机 6023
""",
        body="""
第一条　为规范窗钩冲压车间作业行为，防止机械伤害事故，制定本规程。
第二条　操作人员须经岗前培训考核合格后持证上岗；上岗前扫描机台二维码登记，未登记的不得开机。
第三条　开机前检查冲床离合器、制动器和双手按钮是否灵敏可靠，模具紧固螺栓有无松动。
第四条　冲压窗钩坯料时，严禁用手直接送料或取件，必须使用专用夹钳。
第五条　更换模具、清理废料时必须停机断电，并在开关处挂“禁止合闸”警示牌。
第六条　每班结束后，班组长应打印当班设备点检记录，签字后交车间安全员存档。
第七条　本规程自发布之日起执行，由生产安全部负责解释。
""",
    ),
]

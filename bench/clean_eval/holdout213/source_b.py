"""holdout213, part B: 博客, 公众号镜像, 文档分享, 教育门户, 企业内网 (each once as HTML, once as text).

Written by hand for this part; every place, person, firm, site, URL and phone is invented.
"""

CASES = [
    dict(
        slug="blog-guowan-memoir-soapwood-chopping-block",
        site="锅碗瓢盆小记 (invented, Typecho-like blog)",
        style="博客",
        genre="回忆散文",
        kind="other",
        form="html",
        source="https://guowanpiaopen.blog/archives/312/",
        title="外婆的皂角木菜墩",
        record_title="【旧物小记】外婆的皂角木菜墩 - 锅碗瓢盆小记",
        date=None,
        notes="Typecho-like blog: tag cloud, archive, comment form; a photo placeholder between paragraphs and a tip-jar "
        "prompt glued after a sentence; a memoir with no date (发布于 2 天前 is no date)",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="UTF-8">
<title>【旧物小记】外婆的皂角木菜墩 - 锅碗瓢盆小记</title>
<link rel="stylesheet" href="/usr/themes/plain/style.css">
<script>var commentsReply={};</script>
</head><body>
<header id="header"><a class="site-name" href="/">⟦m 锅碗瓢盆小记⟧</a><p class="description">⟦m 厨房里的旧东西，和旧东西里的人⟧</p>
<nav>⟦m 首页　旧物　食单　关于⟧</nav></header>
<div id="main"><article class="post">
<h2 class="post-title">{T}</h2>
<ul class="post-meta"><li>⟦m 作者：阿秧⟧</li><li>⟦m 发布于 2 天前⟧</li><li>⟦m 分类：旧物⟧</li><li>⟦m 阅读 418⟧</li></ul>
<div class="post-content">
{BODY}
</div>
<p class="tags">⟦l 标签：菜墩, 外婆, 老厨房⟧</p>
</article>
<div class="post-near">⟦l ← 上一篇：奶奶的竹蒸笼⟧　⟦l 下一篇：一只搪瓷缸 →⟧</div>
<div id="comments"><h3>⟦l 已有 6 条评论⟧</h3>
<ol><li>⟦l 山茶：我家也有一块，是银杏木的，我妈至今舍不得换⟧</li><li>⟦l 阿秧（博主）回复 山茶：老木头都是宝⟧</li></ol>
<h3>⟦l 写下你的评论⟧</h3><p>⟦l 称呼 *　邮箱 *　网址⟧</p><button>⟦a 提交评论⟧</button></div></div>
<aside id="secondary"><h3>⟦l 标签云⟧</h3><p>⟦l 老厨房 搪瓷 竹器 铁锅 外婆 菜墩 年味⟧</p>
<h3>⟦l 文章归档⟧</h3><ul><li>⟦l 2025年6月 (4)⟧</li><li>⟦l 2025年5月 (7)⟧</li></ul></aside>
<footer id="footer">⟦m © 2025 锅碗瓢盆小记 · 本站由 Typecho 驱动⟧</footer>
</body></html>
""",
        body="""
外婆家的灶屋里，有一块比脸盆还大的菜墩。那是外公年轻时从后山砍回的一段皂角木，锯下来晾了整整一个冬天，才舍得拿来切菜。
墩子用了四十多年，中间被刀剁出一个浅浅的窝，像一只盛过很多东西的碗。外婆说，皂角木硬，不起渣，切出来的菜没有木头味。每天收了碗，她都要用刀背刮一遍墩面，撒一把粗盐，拿丝瓜瓤刷干净，再把它竖着靠在窗下晾。
⟦m ［图片：窗台下竖着晾干的旧菜墩］⟧
小时候我最爱看她剁肉馅。两把菜刀在她手里一上一下，声音又密又匀，隔着院子都听得见。⟦a ☕ 喜欢这篇，请阿秧喝杯茶⟧过年前那几天，这声音从早响到晚。
外婆走后，舅舅要把墩子劈了当柴。我把它要了回来，如今摆在我家厨房的角落里。偶尔擦一擦，木纹里好像还留着那些年的声音。
""",
    ),
    dict(
        slug="blog-jiangtai-essay-candyfloss-charity-wrapped",
        site="讲台外的絮语 (invented, teacher's blog, text copy)",
        style="博客",
        genre="随笔",
        kind="other",
        form="text",
        source="http://jiangtaiwai.blog.example-edu.cn/post/2024/11/02/1187",
        title="义卖节上的那台棉花糖机",
        record_title="讲台之外 · 义卖节上的那台棉花糖机 — 讲台外的絮语",
        date="2024-11-02",
        notes="teacher's blog hard-wrapped at 68 columns; the bracketed post time is the page's date; a tag/comment-count "
        "line and reader comments below",
        page="""
!m 讲台外的絮语 —— 一个乡村老师的课余笔记
!m 首页 | 班级日志 | 读书 | 留言板
!t 讲台之外 · 义卖节上的那台棉花糖机
!m [2024-11-02 20:41]　分类：班级日志
{BODY}
!m 阅读(532)　评论(3)　转载(1)
!l 标签：义卖 班级 棉花糖
!l 上一篇：秋游那天下了雨　|　下一篇：期中考试后的一封信
!l 评论区
!l 小满妈妈：孩子回家说了一晚上的棉花糖，谢谢陈老师！
!l 路过的同行：这个活动好，明年我们班也试试
!a 发表评论（需登录）
!m 本博客文字均为原创，转载请联系博主
""",
        indent="\u3000\u3000",
        wrap=68,
        body="""
学校一年一度的爱心义卖节，今年我们班的摊位出了个奇招：租了一台棉花糖机。
机器是家委会从镇上租来的，租金一天八十元。孩子们围着它研究了半天，才弄明白原理：中间的小盘子加热，把白砂糖化成糖浆，再高速甩出来，遇冷就变成了细细的糖丝。
真正开卖的时候，问题来了。前几个棉花糖缠得歪歪扭扭，不是太小就是掉了一地。负责卷糖的小胡急得满头大汗，后来旁边卖烤红薯的大爷教了他一招：竹签要斜着插进去，边转边往上提。
一上午，我们卖出了二百一十个棉花糖，收入一千零五十元，全部捐给了学校的助学基金。收摊时，孩子们的手上、头发上都是黏黏的糖丝，却一个个笑得很开心。
我想，他们记住的不只是怎样卷出一个圆圆的棉花糖，还有一群人一起把事情做成的滋味。
""",
    ),
    dict(
        slug="wechat-mirror-penjiang-emergency-charcoal-hotpot-h1",
        site="公号阅览 mirror of the account 湓江应急 (invented)",
        style="公众号镜像",
        genre="科普文章",
        kind="other",
        form="html",
        source="https://gonghaoyuelan.cn/a/pjyj/20250115_1830.html",
        title="冬季吃炭火锅，这几个安全细节别忽视",
        record_title=None,
        date="2025-01-15",
        notes="WeChat mirror: no title in the record (the <h1>); a subscribe prompt glued before the first words; numbered "
        "list; a sentence asking readers to 分享 the article is content; 阅读原文/在看/赞赏 rows and a QR line; date from the "
        "account line",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>公号阅览 - 湓江应急</title>
<meta name="description" content="公号阅览：公众号文章在线阅读">
<script>var biz="MzkxNTA4MjY3Mw==";</script>
</head><body>
<div class="mirror-bar">⟦m 公号阅览 · 好文章值得慢慢读⟧ <a>⟦a 返回公众号列表⟧</a></div>
<div class="rich_media_area">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta">⟦m 原创　湓江应急　2025年01月15日 18:30　湓江⟧</div>
<div class="rich_media_content">
{BODY}
<p>⟦m 来源：湓江市应急管理局宣教科⟧</p>
<p>⟦m 编辑：戴蕊　审校：邵辰⟧</p>
</div>
<div class="bottom-bar">⟦a 阅读原文⟧　⟦a 👍 赞 96⟧　⟦a 在看 41⟧　⟦a 喜欢作者，赞赏一下⟧</div>
<div class="qr">⟦m 长按下方二维码 关注湓江应急⟧</div>
<div class="recommend"><h4>⟦l 往期回顾⟧</h4><p>⟦l 寒潮来了，独居老人家里要备好这几样⟧</p><p>⟦l 春节燃放烟花爆竹安全指南⟧</p></div>
</div>
<div class="mirror-foot">⟦d 本页内容由公号阅览抓取展示，著作权归原公众号所有，如需删除请留言⟧</div>
</body></html>
""",
        body="""
⟦a ▲ 点击上方蓝字，订阅湓江应急⟧天冷了，一家人围着炭火锅涮肉，是不少湓江人的冬日记忆。但炭火锅用不好，也会带来危险。湓江市应急管理局提醒大家注意以下几点：
1.开窗通风。木炭燃烧不充分会产生一氧化碳，无色无味，不知不觉就会让人中毒。在家吃炭火锅，窗户至少要留一条缝。
2.室外点炭。木炭要在阳台或楼道外点燃，烧透后再放进火锅炉膛，不要在室内用酒精引火。
3.别加太满。锅里的汤不要超过八分满，防止沸腾后溢出浇灭炭火，产生大量烟气。
4.出现头晕、恶心，要立即开窗、离开现场，严重的拨打120。
请把这篇文章分享给家里的长辈，让温暖的火锅吃得更安心。
""",
    ),
    dict(
        slug="wechat-mirror-yanhua-pledge-spools-oneline",
        site="微阅存档 mirror of the account 罨画社区发布 (invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="notice",
        form="text",
        source="http://weiyuecundang.com/mp/yhsqfb/2025/03/06/88412",
        title="旧线轴回收倡议书",
        record_title="旧线轴回收倡议书 | 罨画社区发布 - 微阅存档",
        date="2025-03-05",
        date_also=["2025-03-06"],
        notes="mirror of a community account, the whole body on one line (paragraphs separated only by their indent); a "
        "sentence asking residents to 分享 the pledge is content; 成文日期 under the signature vs the account's date",
        page="""
!m 微阅存档 · 公众号文章备份
!t 旧线轴回收倡议书 | 罨画社区发布
!m 罨画社区发布　2025-03-06 17:45　原创
!a 长按识别二维码，订阅“罨画社区发布”
{BODY}
!a 阅读原文　|　在看 12　|　赞 35
!l 往期：社区“绿色小站”开张啦 ｜ 三月份志愿服务时长公示
!d 本页由微阅存档自动保存，仅作个人备份，原文版权归公众号所有
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
亲爱的居民朋友们：
家里做针线活、开裁缝铺的，手边总会攒下不少用空的线轴。这些塑料、木头小轴子丢了可惜，烧了污染，其实都还能派上用场。为此，罨画社区联合辖区杵川第二纺纱厂发出如下倡议：
一、请把家中闲置的空线轴洗净晾干，每周六上午送到社区“绿色小站”，每10个可兑换一卷缝纫线。
二、请在裁缝铺、服装加工点工作的朋友，把日常用空的线轴分类装袋，社区每月上门收取一次。
三、回收的线轴由纺纱厂统一清洗、检测，合格的重新绕线使用，破损的粉碎后再生造粒。
四、欢迎大家把这份倡议分享到楼栋群，让更多邻居参与进来。
小小线轴，转出绿色生活。让我们一起行动起来！
罨画社区居民委员会
2025年3月5日
""",
    ),
    dict(
        slug="docshare-hetongyi-contract-mahjong-lease-template",
        site="合同易分享网 (invented, document-sharing site)",
        style="文档分享",
        genre="合同范本",
        kind="other",
        form="html",
        source="https://www.hetongyi.net/doc/fangchan-zulin/20931.html",
        title="自动麻将机租赁合同（范本）",
        record_title="自动麻将机租赁合同（范本）.doc",
        date=None,
        notes="sharing page: upload notice, points lock, service WeChat; a contract template with 第N条, ＿＿ blanks, ×× "
        "placeholders and ＿＿年＿＿月＿＿日; file name as record title; no date (template)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>自动麻将机租赁合同（范本）.doc - 合同易分享网</title>
<script src="/js/preview.js"></script>
</head><body>
<div class="header">⟦m 合同易分享网⟧ <span>⟦m 合同文书，拿来就用⟧</span> <a>⟦a 上传文档赚积分⟧</a> <a>⟦a 会员登录⟧</a></div>
<div class="bread">⟦m 首页 » 合同范本 » 租赁合同 » 设备租赁⟧</div>
<div class="doc-info"><h1>{T}</h1>
<p>⟦m 格式：DOC　页数：3　大小：34KB　分享者：契约小站　更新于 2025-02-11⟧</p>
<p>⟦a ⬇ 下载（3积分）⟧ ⟦a ★ 收藏⟧ ⟦a 📋 复制文字⟧</p></div>
<div class="upload-note">⟦d 此文档由会员“契约小站”自行上传，合同易分享网不对内容的合法性负责，使用前请咨询专业律师⟧</div>
<div class="doc-body">
{BODY}
</div>
<div class="lock">⟦a 剩余1页已隐藏，消耗3积分即可查看并下载完整合同⟧</div>
<div class="kefu">⟦w 合同定制、审查请加客服微信：hty_kefu66⟧</div>
<div class="more"><h4>⟦l 同类合同⟧</h4><ul><li>⟦l 棋牌室房屋租赁合同⟧</li><li>⟦l 商用设备分期购买合同⟧</li><li>⟦l 娱乐设备维修保养协议⟧</li></ul></div>
<div class="foot">⟦m 合同易分享网 hetongyi.net　苏ICP备21037715号-2⟧</div>
</body></html>
""",
        body="""
出租方（甲方）：＿＿＿＿＿＿＿＿　承租方（乙方）：＿＿＿＿＿＿＿＿
甲乙双方经平等协商，就乙方租用甲方自动麻将机事宜，订立本合同。
第一条　租赁设备。甲方向乙方出租××牌××型自动麻将机＿＿台，设备编号见附表，均经甲方调试合格。
第二条　租赁期限。自＿＿年＿＿月＿＿日起至＿＿年＿＿月＿＿日止。
第三条　租金及押金。每台每月租金＿＿元，押金＿＿元。租期届满，乙方返还设备且无损坏的，甲方于3日内全额退还押金。
第四条　使用与维护。乙方应在室内干燥处使用，不得私自拆改机芯，不得用于赌博等违法活动。设备非人为故障由甲方免费维修。
第五条　违约责任。一方违约的，应赔偿对方因此造成的损失。
第六条　争议解决。发生争议协商不成的，向设备所在地人民法院起诉。
甲方（签章）：＿＿＿＿　乙方（签章）：＿＿＿＿
签订日期：＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="docshare-wenxiang-summary-candyfloss-workshop-markers",
        site="文享网 (invented, document-sharing site, text extract)",
        style="文档分享",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.wenxiang365.com/p-8830271.html",
        title="棉花糖机车间2024年度工作总结",
        record_title="棉花糖机车间2024年度工作总结.docx",
        date="2025-01-10",
        notes="file name as record title; page markers ⋲ n ⋺ on lines of their own cut sentences; a points-lock line at the "
        "end and an upload notice; 成文日期 under the signature",
        page="""
!m 文享网 - 分享让知识流动
!m 当前：文享网 > 企业管理 > 工作总结
!t 棉花糖机车间2024年度工作总结.docx
!m 共4页　贡献者：甜心小厂　分享时间：3 天前　浏览：905
!a 免费预览前3页　|　下载需5文享币　|　加入收藏
{T}
{BODY}
!a 剩余内容已隐藏，下载后可查看完整文档
!d 声明：文享网所有文档均由用户分享，仅供参考学习，版权问题请联系 service@wenxiang365.com
!l 猜你还要：车间班组长年度总结 / 小家电装配线管理制度 / 生产车间安全月活动总结
""",
        pages=dict(fmt="⋲ {n} ⋺", every=150, start=2),
        body="""
2024年，棉花糖机车间在公司领导下，紧扣“提质量、降成本、保交付”目标，全年完成各类棉花糖机组装8.6万台，比上年增长19%，一次交检合格率由96.2%提高到98.7%。现将主要工作总结如下。
一、抓质量，解决加热盘漏糖问题。针对售后反映集中的加热盘漏糖，车间成立攻关小组，改进密封圈压装工装，漏糖投诉由每月30余起降至5起以内。
二、抓效率，推行单元化生产。把原来的长流水线改为6个装配单元，每单元5人，减少了在制品积压，人均日产量提高14%。
三、抓安全，全年零事故。坚持班前安全讲话，对电热测试工位加装绝缘垫和急停按钮，组织消防演练2次。
存在的不足是新员工流失率偏高，商用机型装配熟练工不足。2025年，车间将加强师带徒培训，力争商用机型产能翻一番。
棉花糖机车间
2025年1月10日
""",
    ),
    dict(
        slug="edu-duanxi-notice-chopping-blocks-attachment-link",
        site="塅溪县教育体育局 (invented, county education portal)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jtj.duanxi.gov.cn/tzgg/2024/1018/3306.html",
        title="关于规范中小学校食堂菜墩分色使用管理的通知",
        record_title="关于规范中小学校食堂菜墩分色使用管理的通知-通知通告-塅溪县教育体育局",
        date="2024-10-16",
        date_also=["2024-10-18"],
        notes="education portal: 适老版/读屏 links, an attachment download link beside the notice's own 附件 line, a "
        "sentence asking schools to 下载 the attachment (content), the notice's 联系人/电话 beside the site's technical line; "
        "成文日期 vs posting date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>关于规范中小学校食堂菜墩分色使用管理的通知-通知通告-塅溪县教育体育局</title>
<script src="/js/ageing.js"></script>
</head><body>
<div class="top">⟦m 塅溪县教育体育局⟧ <a>⟦a 适老版⟧</a> <a>⟦a 读屏⟧</a> <a>⟦a 简/繁⟧</a></div>
<ul class="menu"><li>⟦m 首页⟧</li><li>⟦m 机构概况⟧</li><li>⟦m 通知通告⟧</li><li>⟦m 教育资讯⟧</li><li>⟦m 办事指南⟧</li></ul>
<div class="loc">⟦m 您所在的位置：首页 › 通知通告⟧</div>
<div class="detail">
<h1>{T}</h1>
<div class="attr">⟦m 发布日期：2024-10-18　来源：后勤股　点击数：764⟧ ⟦a 〔字号 大 中 小〕⟧</div>
<div class="con">
{BODY}
</div>
<div class="fj">⟦a 附件下载：学校食堂菜墩使用管理自查表.xlsx（21KB）⟧</div>
<div class="btns">⟦a 打印本页面⟧ ⟦a 关闭本页面⟧</div>
</div>
<div class="pn">⟦l 上一条：关于做好秋季学期学生资助工作的通知⟧<br>⟦l 下一条：关于举办全县中小学教师书法比赛的通知⟧</div>
<div class="foot">
<p>⟦m 主办单位：塅溪县教育体育局　地址：塅溪县城关镇文昌路16号⟧</p>
<p>⟦m 网站技术支持电话：0793-5531000⟧</p>
<p>⟦m 赣ICP备09017316号-3　赣公网安备36112302000088号⟧</p>
</div>
</body></html>
""",
        body="""
各乡镇中心学校，县直各学校：
近期，县市场监管局在学校食堂检查中发现，部分食堂存在菜墩生熟混用、霉变开裂未及时更换等问题。为进一步规范学校食堂管理，现将有关事项通知如下：
一、各学校食堂要按照“红生肉、蓝水产、绿蔬果、白熟食”的要求配齐分色菜墩，并在墙面张贴标识。
二、菜墩每餐使用后要及时清洗消毒，竖立存放；出现深裂纹、霉斑的，要立即停用更换。
三、请各学校下载附件中的自查表，于10月31日前完成自查，并将盖章扫描件报县教体局后勤股。
联系人：焦文博，电话：0793-5532619。
附件：学校食堂菜墩使用管理自查表
塅溪县教育体育局
2024年10月16日
""",
    ),
    dict(
        slug="edu-hushan-kindergarten-notice-spool-crafts",
        site="斛山县教育信息网 (invented, text copy of a kindergarten notice)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.hsedu.net.cn/xxdt/youer/2025-04-08/7719.html",
        title="关于开展“小线轴·大创意”亲子手工活动的通知",
        date="2025-04-07",
        notes="title as the record gives it; numbered list; a sentence asking parents to 扫描二维码 to sign up is content; "
        "a read-on-phone line glued after a sentence; 成文日期 under the signature",
        page="""
!m 斛山县教育信息网
!m 网站首页 → 学校动态 → 幼教园地
{T}
!m 信息来源：斛山县实验幼儿园　发布人：园办　阅读次数：382
!a 【加大字号】【默认字号】【打印】
{BODY}
!l 上一篇：斛山县实验幼儿园2025年春季食谱（第8周）
!l 下一篇：县直幼儿园开展“安全教育周”活动
!m 斛山县教育体育局主办　技术支持：斛山县教育信息中心　电话：0793-6635000
""",
        indent="\u3000\u3000",
        body="""
各位家长：
为培养幼儿的动手能力和环保意识，我园将于4月18日（星期五）下午开展“小线轴·大创意”亲子手工活动。现将有关事项通知如下：
1.请家长和孩子一起收集家中用空的线轴，木质、塑料、纸质均可，每个家庭准备5至10个，清洗干净后于4月16日前交给班级老师。
2.活动当天，家长和孩子共同用线轴制作小火车、笔筒、风铃等作品，所需彩纸、颜料由幼儿园统一准备。⟦a 📱手机上看本文⟧
3.参加活动的家长请扫描班级群内的二维码报名，每个家庭限一名家长入园。
4.优秀作品将在园内走廊展出一个月。
感谢各位家长的支持与配合！
斛山县实验幼儿园
2025年4月7日
""",
    ),
    dict(
        slug="intranet-henglun-minutes-spool-turnover-oa",
        site="杵川恒纶纺织有限公司协同办公平台 (invented, OA document view)",
        style="企业内网",
        genre="会议纪要",
        kind="other",
        form="html",
        source="http://oa.henglun-tex.local/doc/view.do?id=20250224007",
        title="络筒车间线轴周转管理专题会议纪要",
        record_title="内部纪要 ▸ 络筒车间线轴周转管理专题会议纪要 - 恒纶协同办公",
        date="2025-02-21",
        date_also=["2025-02-24"],
        notes="OA document view: 流转记录, read count, a mark-as-read button, export/print buttons; the minutes' "
        "时间/地点/主持/参会/记录 lines; a sentence about 扫码登记 is content; the 时间 line's date vs the OA send date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>内部纪要 ▸ 络筒车间线轴周转管理专题会议纪要 - 恒纶协同办公</title>
<script src="/oa/js/doc-viewer.js"></script>
</head><body>
<div class="oa-top">⟦m 恒纶协同办公平台⟧ <span>⟦m 当前用户：仓储部 鲍一鸣⟧</span> <a>⟦a 退出登录⟧</a></div>
<div class="oa-nav">⟦m 待办(3)　已办　公文管理　会议纪要　知识库⟧</div>
<div class="doc-bar">⟦a 标记已阅⟧ ⟦a 存为PDF⟧ ⟦a 打印⟧ ⟦a 转发⟧</div>
<div class="doc-head"><h2>{T}</h2>
<p>⟦m 发文部门：生产部　发文日期：2025-02-24　密级：内部⟧</p></div>
<div class="doc-content">
{BODY}
</div>
<div class="flow"><h4>⟦m 流转记录⟧</h4>
<p>⟦m 2025-02-24 09:12　生产部 蒋晓梅　起草⟧</p>
<p>⟦m 2025-02-24 10:40　副总经理 易长庚　签发⟧</p>
<p>⟦m 2025-02-24 11:05　仓储部 鲍一鸣　已阅⟧</p></div>
<div class="read">⟦m 已阅 27 人　未阅 4 人⟧</div>
<div class="oa-foot">⟦d 内部资料，严禁外传⟧　⟦m 信息中心服务台：分机 8099⟧</div>
</body></html>
""",
        body="""
时间：2025年2月21日14:30
地点：公司三楼第二会议室
主持：副总经理 易长庚
参会：生产部、设备部、仓储部、络筒车间、整经车间负责人
记录：蒋晓梅
会议听取了络筒车间关于线轴周转情况的汇报。1月份车间共领用塑料线轴4.2万只，回收3.1万只，流失率达26%，主要原因是整经车间用空的线轴随意堆放、混入废料。会议议定如下：
一、线轴实行“以空换满”，整经车间交回空线轴后方可领取满纱线轴，仓储部按日核对。
二、设备部3月10日前在两个车间之间设置线轴回收架，每架贴二维码，员工扫码登记交回数量。
三、破损线轴由仓储部集中存放，每月送供应商以旧换新，严禁当废料出售。
四、生产部每月通报各车间线轴流失率，纳入班组考核。
""",
    ),
    dict(
        slug="intranet-hongpai-rules-mahjong-outgoing-inspection",
        site="鸿牌机械内网 (invented, intranet text export)",
        style="企业内网",
        genre="规程",
        kind="other",
        form="text",
        source="http://intra.hongpai-jx.local/zhidu/zl/0417",
        title="自动麻将机整机出厂检验规程",
        record_title="【质量制度】自动麻将机整机出厂检验规程 - 鸿牌机械内网",
        date=None,
        notes="intranet rule with 第N条 articles; an article speaks of 扫码 as content; a confidentiality line between "
        "articles; IT desk extension at the bottom; no date (only an effective clause)",
        page="""
!m 鸿牌机械内网　|　制度库
!m 当前用户：质检二组 程雨　[退出]
!m 制度库 > 质量管理类 > 检验规程
!t 【质量制度】自动麻将机整机出厂检验规程
!m 制度编号：HP-ZL-017　归口部门：质量部　阅读 87 次
!a 【打印】【导出PDF】【我要提意见】
{BODY}
!m 最后更新：质量部 孟晓川
!l 本类其他制度：来料检验规程 / 不合格品控制程序 / 售后返修品处置办法
!m IT服务台：分机 8012　内网仅限公司员工访问
""",
        body="""
第一条　为保证自动麻将机出厂质量，减少售后返修，制定本规程。
第二条　本规程适用于公司生产的四口机、过山车机和折叠机全部型号。
第三条　每台整机出厂前须完成以下检验：
（一）通电空转30分钟，洗牌、叠牌、升牌动作连续无卡顿；
（二）按一、二、三号规格牌各试打10局，不得出现缺牌、多牌；
（三）骰子盘、计分显示屏、桌面升降功能正常；
（四）绝缘电阻不低于2兆欧，泄漏电流符合国家标准。
⟦d 【内部制度，请勿截图外传】⟧
第四条　检验员检验合格后，在机身铭牌旁粘贴合格标签，并用手机扫码将检验结果录入质量追溯系统。
第五条　检验不合格的整机挂红牌隔离，由装配班组在24小时内返修，返修后重新全项检验。
第六条　严禁为客户加装任何遥控、透视等作弊装置，违者一律解除劳动合同。
第七条　本规程由质量部负责解释，自发布之日起施行。
""",
    ),
]

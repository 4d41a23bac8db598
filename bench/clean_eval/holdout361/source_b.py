"""Holdout361, part B: blogs, WeChat mirrors, document-sharing pages, education portals, intranets.

Invented text (places, people, sites, URLs, phones, chrome); see ../README.md and ../build.py
for the markup. Written by hand for this part only.
"""

CASES = [
    dict(
        slug="blog-fuan-essay-massage-ball-desk",
        site="伏案人的小站 (invented, Typecho-like)",
        style="博客",
        genre="博文",
        kind="other",
        form="html",
        source="https://fuanren.blog/archives/412/",
        title="久坐族，给自己备一颗按摩球",
        record_title="久坐族，给自己备一颗按摩球 - 生活碎碎念 - 伏案人的小站",
        date="2024-03-17",
        notes="Typecho-like blog: tag cloud, archive, calendar, comment form; the bracketed post time is the "
        "page's date; a reward prompt glued after a 。; a read-more link between paragraphs",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<title>久坐族，给自己备一颗按摩球 - 生活碎碎念 - 伏案人的小站</title>
<link rel="stylesheet" href="https://fuanren.blog/usr/themes/paper/style.css">
<link rel="alternate" type="application/rss+xml" href="https://fuanren.blog/feed/">
</head>
<body>
<header id="header"><div class="site-name">⟦m 伏案人的小站⟧</div><p class="description">⟦m 一个会计的下班时间⟧</p>
<nav><a href="/">⟦m 首页⟧</a> <a href="/about.html">⟦m 关于我⟧</a> <a href="/links.html">⟦m 友情链接⟧</a> <a href="/feed/">⟦a 订阅RSS⟧</a></nav></header>
<div id="main">
<article class="post">
<h1 class="post-title">{T}</h1>
<ul class="post-meta"><li>⟦m [2024-03-17 21:40]　作者：伏案人　分类：生活碎碎念　阅读(864)⟧</li></ul>
<div class="post-content">
{BODY}
</div>
<p class="tags">⟦l 标签：按摩球, 久坐, 肩颈, 自我放松⟧</p>
<p class="license">⟦d 本文采用 CC BY-NC 4.0 许可，转载请署名并注明来自伏案人的小站。⟧</p>
</article>
<nav class="post-near"><p>⟦l ← 月末对账的那三天⟧</p><p>⟦l 楼下新开的面馆 →⟧</p></nav>
<div id="comments"><h3>⟦l 已有 3 条评论⟧</h3>
<ol><li>⟦l 小葵：我也买了一颗花生球，滚颈椎两侧超舒服！⟧</li><li>⟦l 路人乙：踩脚底那个动作学到了。⟧</li></ol>
<form>⟦a 发表评论　称呼（必填）　邮箱（必填）　网站　提交评论⟧</form></div>
</div>
<aside id="secondary">
<section><h3>⟦l 标签云⟧</h3><p>⟦l 读书 记账 跑步 按摩球 家常菜 旅行⟧</p></section>
<section><h3>⟦l 文章归档⟧</h3><ul><li>⟦l 2024年3月 (4)⟧</li><li>⟦l 2024年2月 (6)⟧</li><li>⟦l 2024年1月 (5)⟧</li></ul></section>
<section><h3>⟦l 日历⟧</h3><div class="cal">⟦l 2024年3月 一 二 三 四 五 六 日⟧</div></section>
</aside>
<footer id="footer">⟦m © 2019-2024 伏案人的小站 · Powered by Typecho · 冶ICP备19008815号⟧</footer>
</body>
</html>
""",
        body="""
做会计第九年，我的肩膀和后腰比报表先“报警”。去年体检时医生说是典型的久坐劳损，建议多动动，可每天对着屏幕，哪有整块时间去健身房。
后来康复科的朋友送了我一颗按摩球，拳头大小，表面有一圈小凸点。她教了我三个动作：靠墙把球夹在肩胛骨内侧，上下慢慢滚；坐着把球放在椅背和后腰之间，左右挪动；脱了鞋，用脚底来回踩。每个动作两三分钟，一天做两回。
⟦l 想看动作图的朋友，点这里跳到上一篇的配图⟧
坚持了三个月，肩膀僵硬的时候少多了，晚上睡觉也踏实。朋友提醒过我，按摩球只能缓解肌肉紧张，如果出现手麻、放射痛，还是要去医院看看，不能自己硬滚。⟦a 喜欢这篇？扫码请伏案人喝杯豆浆⟧
现在我办公室抽屉里一颗，家里沙发边一颗。久坐的朋友，不妨也给自己备一颗。
""",
    ),
    dict(
        slug="blog-banchuang-essay-fallen-bathroom-shelf-wrapped",
        site="檐下半窗 (invented, personal blog)",
        style="博客",
        genre="随笔",
        kind="other",
        form="text",
        source="http://yanxiabanchuang.net/2024/10/shelf.html",
        title="浴室里那只掉下来的置物架",
        date="2024-10-05",
        notes="record title as is; text hard-wrapped at 58 columns; the blog's post time line is the page's "
        "date; a visitor counter and comments after the body",
        page="""
!m 檐下半窗 · 一个人的柴米油盐
!m 首页 | 随笔 | 读书 | 相册 | 留言
{T}
!m 〔2024-10-05 22:31 发布〕　分类：随笔　　阅读 173
{BODY}
!l 标签：家事 / 浴室 / 老房子
!l 上一篇：院子里的丝瓜又结了
!l 下一篇：给母亲买的第一台洗衣机
!l 评论（2）：　阿树：我家也掉过，吸盘的真不靠谱。　　　小满：文末那句很暖。
!m 本站已运行 2147 天　|　访客 38806
""",
        indent="\u3000\u3000",
        wrap=58,
        body="""
半夜一点，浴室里“咣当”一声，把我和母亲都吓醒了。开灯一看，墙上那只吸盘置物架连同洗发水、沐浴露一起掉在地上，洗发水瓶摔裂了，淌了一地。
这只置物架是三年前我图省事买的，不用打孔，往瓷砖上一按就行。头一年还好好的，后来吸盘慢慢发黄变硬，隔一阵就要重新按一次。母亲总说“你那个架子不牢靠”，我每次都嘴上答应，转头就忘。
第二天，我去五金店买了一只不锈钢的打孔置物架，请楼下的师傅帮忙装上，膨胀螺丝拧进墙里，母亲用手使劲掰了两下，纹丝不动。她这才放心地把瓶瓶罐罐摆了上去。
想想有点后怕，幸亏那天晚上没人在浴室。家里的小东西，看着不起眼，真出了事就是大事。
""",
    ),
    dict(
        slug="wechat-mirror-yuanling-fire-splatter-screen",
        site="号文留存 (invented WeChat-article mirror)",
        style="公众号镜像",
        genre="科普文章",
        kind="other",
        form="html",
        source="https://haowenliucun.com/s/yl119/20240622/a93f1c",
        title="厨房热油溅伤？一只防溅罩就能挡住大半",
        record_title=None,
        date="2024-06-22",
        notes="no title in the record: the <h1>; the account line's date is the page's date; 原创 badge, a star "
        "prompt before the first words, 阅读原文/在看/赞赏 rows, a QR line and the mirror's archive note",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>号文留存</title>
<meta property="og:site_name" content="号文留存">
<link rel="stylesheet" href="/assets/mp-mirror.css">
</head>
<body>
<div class="mirror-top">⟦m 号文留存 · 公众号好文离线存档⟧ <a href="/search">⟦a 搜文章⟧</a></div>
<div class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta">⟦m 原创　猿岭消防　2024-06-22 18:05　发表于猿岭⟧</div>
<div class="rich_media_content">
{BODY}
</div>
<div class="rich_media_tool">⟦a 阅读原文⟧　⟦a 赞 96⟧　⟦a 在看 31⟧　⟦a 分享⟧</div>
<div class="reward">⟦a 喜欢作者 · 赞赏⟧</div>
<div class="qr">⟦a 长按识别二维码，关注猿岭消防⟧</div>
</div>
<div class="mirror-note">⟦d 本页为公众号文章的离线存档，版权归原公众号所有，如需删除请发邮件至 takedown@haowenliucun.com⟧</div>
<div class="mirror-more"><h4>⟦l 该号其他存档⟧</h4><p>⟦l 夏季电动车充电，这五件事别做⟧</p><p>⟦l 燃气软管多久换一次？⟧</p></div>
<footer>⟦m haowenliucun.com　存档编号 MP-2024-0622-a93f1c⟧</footer>
</body>
</html>
""",
        p_html='<section><p style="font-size:16px;line-height:1.9">{}</p></section>',
        body="""
⟦a 点击上方蓝字“猿岭消防”，设为星标不迷路⟧夏天吃凉菜的多，可一到周末，不少家庭还是要炸点丸子、煎点鱼。热油一遇到带水的食材，油星四处乱溅，轻则手背起泡，重则引燃灶台边的抹布和纸巾。
消防员在入户宣传中发现，很多家庭的燃气灶紧挨着插座和调料架，油星溅上去，时间长了积下厚厚一层油垢，一旦遇到明火就可能烧起来。
其实办法很简单：煎炸时在锅上盖一只防溅罩。防溅罩一般是带手柄的细密金属网，盖在锅口上，热气能透出去，大部分油点却被挡在网里。选购时注意三点：网面尺寸要比锅口大一圈；手柄最好带隔热套；网眼越细挡油越好，但也更难清洗，用完要趁热刷干净。
另外提醒大家，油锅一旦起火，千万不要用水浇，要立即关火，用锅盖或湿毛巾盖住。
""",
    ),
    dict(
        slug="wechat-mirror-union-massage-ball-office",
        site="文存馆 (invented WeChat-article mirror)",
        style="公众号镜像",
        genre="科普文章",
        kind="other",
        form="text",
        source="https://wencunguan.cn/mp/ycgh/2024/11/0042.html",
        title="办公室里的按摩球，这样用才不伤腰",
        record_title="办公室里的按摩球，这样用才不伤腰｜冶城职工之家（公众号转存）",
        date="2024-11-08",
        notes="text mirror: decorated record title; the account line's date; a follow prompt before a line's "
        "first words; a watch prompt glued after a 。; 在看/分享 rows after the body",
        page="""
!m 文存馆 — 好文章不该消失
!m 冶城职工之家 ＞ 2024年11月
{T}
!m 冶城职工之家　2024年11月8日 07:30　冶城
{BODY}
!a 分享　　收藏　　在看 57　　赞 102
!a ↑ 扫描上方二维码，关注“冶城职工之家”
!d 转存说明：本页内容转存自公众号，仅为阅读方便，著作权属原作者。
!l 往期推荐｜冬季职工健步走活动报名开始了｜工会会员生日蛋糕券领取指南
""",
        indent="",
        gap=True,
        body="""
⟦a 关注我们，每周二、五推送职工健康小知识⟧不少职工在工会“健康小屋”领到了按摩球，可不少人反映：“用了几天，腰反而更酸了。”问题多半出在用法上。
市第四人民医院康复医学科治疗师曾慕青提醒，按摩球用来放松肌肉，要记住“三不滚”：不直接滚脊柱骨头，不在急性扭伤的部位滚，不在饭后半小时内趴着滚腹部。⟦a 先收藏，回头慢慢看⟧
腰部放松的正确姿势是：仰卧屈膝，把球放在腰椎一侧的肌肉下面，离脊柱两指宽，身体慢慢左右晃动，每侧一到两分钟。感觉酸胀是正常的，出现刺痛就要停下。
久坐的职工，每工作一小时最好起身活动五分钟。按摩球是辅助，起来走一走，比什么都管用。
""",
    ),
    dict(
        slug="share-gaocang-pledge-civil-renovation-grout",
        site="共享稿仓 (invented document-sharing site)",
        style="文档分享",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://www.gaocang.net/doc/6127740.html",
        title="关于文明装修、规范美缝施工的倡议书",
        record_title="关于文明装修、规范美缝施工的倡议书【高清可改】- 共享稿仓",
        date="2024-06-12",
        notes="sharing page: file-info box, sign-in points lock, upload notice, service WeChat; 成文日期 in "
        "Chinese numerals under the signature; a points prompt glued after a 。",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>关于文明装修、规范美缝施工的倡议书【高清可改】- 共享稿仓</title>
<link rel="stylesheet" href="/static/gc/doc.css">
<script src="/static/gc/doc.js"></script>
</head>
<body>
<div class="gc-head">⟦m 共享稿仓 · 你存一份，我学一份⟧ <a>⟦a 上传文档赚积分⟧</a> <a>⟦a 登录⟧</a></div>
<div class="gc-crumb">⟦m 共享稿仓 / 倡议书 / 社会倡议⟧</div>
<div class="gc-doc">
<h1>{T}</h1>
<table class="gc-info"><tr><td>⟦m 文件类型：DOCX⟧</td><td>⟦m 字数：约700字⟧</td><td>⟦m 所需积分：5⟧</td><td>⟦m 用户打分：4.6⟧</td></tr></table>
<div class="gc-body">
{BODY}
</div>
<div class="gc-lock">⟦a 每日签到可领2积分，积分满5即可下载本文档⟧ <button>⟦a 去签到⟧</button></div>
</div>
<div class="gc-upload-note">⟦d 本文档由会员“墙角的小白”上传，内容仅供交流学习，不代表共享稿仓观点。⟧</div>
<div class="gc-service">⟦w 文档有疑问？添加仓管员微信 gc_cangguan 处理⟧</div>
<div class="gc-similar"><h3>⟦l 同类文档⟧</h3><p>⟦l 小区装修管理倡议书（3篇）⟧</p><p>⟦l 装修噪音扰民致业主的一封信⟧</p></div>
<footer>⟦m © 共享稿仓 gaocang.net　客服邮箱：help@gaocang.net⟧</footer>
</body>
</html>
""",
        body="""
广大业主和装修从业者：
近年来，美缝已成为家庭装修的常见工序。但我们在投诉处理中发现，部分施工人员使用来源不明的廉价美缝剂，部分业主装修后立即入住，由此引发的异味、脱落和纠纷逐年增多。为此，我们发出如下倡议：
一、选用合格材料。购买美缝剂时查看产品合格证和检验报告，不贪便宜，不买“三无”产品。⟦a 登录后积分可抵扣下载费用⟧
二、规范施工操作。施工人员要按说明书要求清缝、打胶、收光，施工期间做好防护，不随意倾倒剩余胶料。
三、文明施工不扰邻。严格遵守小区装修时间规定，切割清缝等噪声较大的作业安排在工作日白天进行。
四、理性维权。出现质量问题时，保留购买凭证和施工合同，通过协商、投诉等合法途径解决。
让我们携起手来，装出放心家，住得更安心。
猿岭县消费者权益保护委员会
二〇二四年六月十二日
""",
    ),
    dict(
        slug="share-ziliaopu-request-sandwich-maker-docx",
        site="资料铺子 (invented document-sharing site)",
        style="文档分享",
        genre="请示",
        kind="other",
        form="text",
        source="https://ziliaopuzi.com/d/4471295",
        title="关于为长者食堂购置商用三明治机的请示",
        record_title="关于为长者食堂购置商用三明治机的请示.docx",
        date="2024-02-26",
        notes="file name as the record title; page markers ⬀n⬁ of the converter glued to the continuation "
        "line; the request's own 联系人/电话 next to the site's service WeChat; 成文日期 under the signature",
        page="""
!m 资料铺子 | 好资料，铺子里找
!m 当前：资料铺子 > 公文 > 请示报告
!m 文件：关于为长者食堂购置商用三明治机的请示.docx　　大小 21KB　　共 2 页
!a 在线预览　｜　下载（8 铺币）　｜　举报
{BODY}
!a 以上为在线预览，格式以下载后的文件为准
!w 铺子客服微信：puzi_kefu88（工作日 9:00—18:00）
!d 本资料由用户自行上传分享，铺子仅提供存储，如有侵权请联系删除。
!l 相关资料：社区食堂设备采购申请｜关于增加助餐点补贴的请示｜长者食堂运营方案
""",
        indent="\u3000\u3000",
        pages=dict(fmt="⬀{n}⬁", every=90, start=2, glue=True),
        body="""
玄湖区民政局：
纬里社区长者食堂自2023年10月开业以来，日均为辖区老人提供午餐160余份，深受好评。今年初，我们通过入户走访和意见箱收集到老人意见87条，其中有41条希望食堂能增加早餐供应，并且品种更丰富一些。
经与运营方测算，增设早餐需添置商用三明治机2台、保温售餐台1组，合计约1.6万元。三明治机操作简单、出餐快，一名员工半小时可制作60余份，能较好满足早高峰需求。
为此，特申请区民政局从居家养老服务补助资金中给予支持。设备购置后，我们将严格落实操作规程和食品安全管理制度。
妥否，请批示。
联系人：尤佳，电话：0798-6352184。
纬里社区居民委员会
2024年2月26日
""",
    ),
    dict(
        slug="edu-yecheng-notice-canteen-splatter-screens",
        site="冶城市教育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.yecheng.gov.cn/tzgg/2024/0902/6618.html",
        title="关于在全市中小学食堂后厨配备使用油锅防溅罩的通知",
        record_title="关于在全市中小学食堂后厨配备使用油锅防溅罩的通知_通知公告_冶城教育",
        date="2024-08-30",
        date_also=["2024-09-02"],
        notes="education portal: 适老版/读屏 links, 文号 line neutral, attachment download links beside the "
        "notice's 附件 list, its own 联系人/电话/邮箱 beside the site's technical-support line; "
        "a sentence asking schools to download the attachment",
        page="""
<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<title>关于在全市中小学食堂后厨配备使用油锅防溅罩的通知_通知公告_冶城教育</title>
<link rel="stylesheet" href="/css/jy_main.css">
</head>
<body>
<div class="jy-top"><a>⟦a 适老版⟧</a> <a>⟦a 读屏⟧</a> <a>⟦a 无障碍阅读模式⟧</a> ⟦m 冶城市教育局欢迎您⟧</div>
<div class="jy-logo">⟦m 冶城教育 YECHENG EDUCATION⟧</div>
<div class="jy-menu">⟦m 首页 ｜ 教育要闻 ｜ 通知公告 ｜ 政策文件 ｜ 办事指南 ｜ 局长信箱⟧</div>
<div class="jy-loc">⟦m 您现在在：首页 - 通知公告⟧</div>
<h2 class="jy-h">{T}</h2>
<p class="jy-wh">冶市教后勤〔2024〕31号</p>
<div class="jy-src">⟦m 发布日期：2024-09-02　来源：后勤保障处　点击：<span>1406</span>⟧</div>
<div class="jy-txt">
{BODY}
</div>
<div class="jy-att"><p>⟦a 附件1下载：中小学食堂防溅罩配备情况统计表.xls⟧</p><p>⟦a 附件2下载：后厨油锅作业安全提示（张贴版）.pdf⟧</p></div>
<div class="jy-op">⟦a 【打印正文】⟧ ⟦a 【关闭】⟧ ⟦a 【扫码手机阅读】⟧</div>
<div class="jy-foot">
<p>⟦m 冶城市教育局主办　地址：冶城市玄湖区文昌路18号⟧</p>
<p>⟦m 网站技术支持电话：0798-8123456（工作日）⟧</p>
<p>⟦m 冶ICP备05012345号-2⟧</p>
</div>
</body>
</html>
""",
        body="""
各县（区）教育局，市直各学校：
9月以来，我市部分学校食堂发生过油星溅伤厨工的情况。为切实保障后厨作业安全，经研究，决定在全市中小学食堂后厨配备使用油锅防溅罩。现将有关事项通知如下。
一、各学校食堂须在9月30日前，按每个炒灶至少1只的标准配齐防溅罩，优先选用带隔热手柄的不锈钢细网产品。
二、各学校要组织厨工开展一次专题培训，做到煎炸作业必盖罩、用后当日清洗、破损及时更换。
三、请各县（区）教育局汇总辖区学校配备情况，于10月10日前报市教育局后勤保障处。统计表请从本通知附件中下载填写。
联系人：郑若谷，电话：0798-8120731，邮箱：ychqc@163.com。
附件：1.中小学食堂防溅罩配备情况统计表
2.后厨油锅作业安全提示
冶城市教育局
2024年8月30日
""",
    ),
    dict(
        slug="edu-yixi-notice-dorm-bathroom-shelves",
        site="逸溪教育网 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.yixiedu.cn/school/ez/2024/1105/3312.html",
        title="逸溪县第二中学关于更换学生宿舍浴室置物架的通知",
        record_title="【二中校务】逸溪县第二中学关于更换学生宿舍浴室置物架的通知 - 逸溪教育网",
        date="2024-11-05",
        notes="education portal text page; a sentence telling students to scan a repair code; the school's own "
        "phone beside the site's; a listen button before a line's first words",
        page="""
!m 逸溪教育网 · 学校频道 · 逸溪县第二中学
!m 主页 >> 学校频道 >> 县二中 >> 校园通知
{T}
!m 录入：总务处　　审核：曾思远　　发布于 2024-11-05　　点击数：429
!a 【读屏模式】　【大字版】　【关闭窗口】
{BODY}
!l ◆ 上一条：县二中关于冬季作息时间调整的通知
!l ◆ 下一条：县二中第十二届校园科技节活动方案
!m 逸溪教育网　主办：逸溪县教育局　技术服务：0798-7215566
""",
        indent="\u3000\u3000",
        body="""
⟦a 〔语音播报〕⟧各班主任、全体住校生：
近期，部分学生反映宿舍浴室置物架松动、锈蚀，个别已经脱落。为消除安全隐患，学校决定对男生、女生宿舍共136间浴室的置物架进行统一更换。现将有关事项通知如下。
一、更换时间：11月11日至11月22日，每天下午上课期间施工，按楼栋分批进行。
二、更换标准：统一更换为两层不锈钢置物架，采用膨胀螺丝固定，单层承重不低于5千克。
三、配合事项：施工当天，请住校生在午休结束前把浴室台面和置物架上的物品收进自己的柜子。施工期间请勿进入浴室。
四、更换完成后，如发现置物架松动、有毛刺，请扫描宿舍门后的报修二维码登记，总务处将在24小时内处理。
咨询电话：总务处 0798-7231029。
逸溪县第二中学总务处
2024年11月5日
""",
    ),
    dict(
        slug="oa-beiyan-minutes-sandwich-maker-quality",
        site="焙言电器协同办公平台 (invented intranet)",
        style="企业内网",
        genre="会议纪要",
        kind="other",
        form="html",
        source="http://oa.beiyan-elec.com/doc/view?id=MT-2024-0708-03",
        title="三明治机事业部第二季度质量分析会会议纪要",
        record_title="〔纪要·质量口〕三明治机事业部第二季度质量分析会会议纪要 - 焙言协同",
        record_date="2024-07-08",
        date="2024-07-08",
        notes="OA document view: 流转记录, read count, mark-as-read and archive buttons; minutes with "
        "时间/地点/主持/参会/记录 lines and a vote count; record date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〔纪要·质量口〕三明治机事业部第二季度质量分析会会议纪要 - 焙言协同</title>
<link rel="stylesheet" href="/oa/css/docview.css">
<script src="/oa/js/docview.js"></script>
</head>
<body>
<div class="oa-top">⟦m 焙言电器 · 协同办公平台⟧　⟦m 当前用户：质量部 倪子涵⟧　<a>⟦a 退出⟧</a></div>
<div class="oa-left"><ul><li>⟦m 待办事项(7)⟧</li><li>⟦m 已办事项⟧</li><li>⟦m 公文管理⟧</li><li>⟦m 会议纪要⟧</li><li>⟦m 通讯录⟧</li></ul></div>
<div class="oa-doc">
<div class="oa-path">⟦m 公文管理 / 会议纪要 / 三明治机事业部⟧</div>
<h2>{T}</h2>
<div class="oa-attr">⟦m 文档编号：MT-2024-0708-03　密级：内部　起草：事业部办公室　已读 38 人 / 未读 5 人⟧</div>
<div class="oa-btns"><button>⟦a 标记已阅⟧</button> <button>⟦a 转发⟧</button> <button>⟦a 归档⟧</button> <button>⟦a 导出为PDF件⟧</button></div>
<div class="oa-body">
{BODY}
</div>
<div class="oa-flow"><h4>⟦m 流转记录⟧</h4>
<p>⟦m 2024-07-08 17:20　事业部办公室 曾晓 起草⟧</p>
<p>⟦m 2024-07-09 09:02　事业部总经理 左振华 审核通过⟧</p>
<p>⟦m 2024-07-09 09:15　分发至：质量部、研发部、制造部、采购部⟧</p></div>
</div>
<div class="oa-foot">⟦m 焙言电器信息中心维护　内线 8008⟧</div>
</body>
</html>
""",
        body="""
时间：2024年7月8日下午2:30
地点：总部三楼第二会议室
主持：左振华（事业部总经理）
参会：研发部、制造部、质量部、采购部、售后服务部负责人及相关工程师共14人
记录：曾晓
会议通报了第二季度三明治机产品质量情况，分析了主要问题，议定事项如下。
一、二季度售后返修率为1.8%，比一季度上升0.5个百分点，主要问题是上下烤盘合不严、不粘涂层起皮和指示灯不亮。
二、针对烤盘合不严的问题，由研发部在7月20日前完成铰链结构改进方案，制造部同步调整装配工装。
三、不粘涂层起皮与供应商喷涂工艺有关，由采购部约谈供应商，质量部加严来料检验，每批抽检数量由5件增加到13件。
四、会议表决通过《三明治机出厂检验规范（修订稿）》，应到14人，实到14人，同意13人，弃权1人，反对0人。
五、各部门于7月31日前将整改进展报质量部汇总。
""",
    ),
    dict(
        slug="intranet-fengjiang-bulletin-grout-curing-complaint",
        site="缝匠新材内网 (invented intranet)",
        style="企业内网",
        genre="通报",
        kind="notice",
        form="text",
        source="http://intra.fengjiang.local/notice/2024/031",
        title="关于QF-2型美缝剂批次固化异常客户投诉处理情况的通报",
        record_title="[厂内通报] 关于QF-2型美缝剂批次固化异常客户投诉处理情况的通报（各部门阅后签收）",
        date="2024-04-19",
        date_also=["2024-04-22"],
        notes="intranet text view: decorated record title; 抄送 line kept in the body; read-receipt and "
        "extension lines around it; 成文日期 under the signature",
        page="""
!m 缝匠新材料有限公司 · 内部信息门户
!m 栏目：通知通报　|　发布部门：品质管理部
{T}
!m 发文时间：2024-04-22 08:40　　阅读：126　　需回执：是
!a 【我已阅读】　【打印】　【下载附件】
{BODY}
!m 本页面仅限公司内网访问，请勿截图外传
!m IT服务台分机：6100　|　系统版本 V5.2.1
""",
        indent="\u3000\u3000",
        body="""
各部门、各车间：
3月下旬至4月上旬，公司陆续收到7家经销商反映，QF-2型双组份美缝剂（批号Q240305、Q240307）施工后超过48小时仍不完全固化，表面发黏。品质管理部会同技术中心对留样进行了复检，现将处理情况通报如下。
一、原因分析。经复检，两个批次的固化剂组分含量偏低约8%，原因是配料工段更换计量泵后未及时校准，首件检验也未发现偏差。
二、处理措施。已对两个批次共计3260支产品全部召回，为受影响的客户免费提供返工用料和上门指导；对配料工段当班班长和质检员分别作出通报批评。
三、整改要求。各车间更换计量设备后必须校准并经品质管理部确认；首件检验增加固化时间测试项目；售后服务部建立客户投诉48小时回访制度。
请各部门引以为戒，举一反三，切实守住产品质量关。
抄送：总经理办公室，技术中心，售后服务部。
品质管理部
2024年4月19日
""",
    ),
]

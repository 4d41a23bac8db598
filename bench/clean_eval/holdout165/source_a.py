"""holdout165, part A: crayons (蜡笔). Invented text; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="fanwen-caibiwu-crayon-spotcheck-plan-old-table",
        site="彩笔屋范文 (invented)",
        style="范文站",
        genre="方案",
        kind="plan",
        form="html",
        source="http://www.caibiwu-fw.com/fangan/zhiliang/2025/0611/88213.asp",
        title="栎原县儿童蜡笔产品质量专项抽查工作方案",
        record_title="【精选】栎原县儿童蜡笔产品质量专项抽查工作方案（通用2篇）_彩笔屋范文",
        date="2025-06-09",
        notes="old gb2312 table layout with marquee, counter and font-size row; Chinese-numeral 成文日期; table rows",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【精选】栎原县儿童蜡笔产品质量专项抽查工作方案（通用2篇）_彩笔屋范文</title>
<script language="javascript" src="/js/count.js"></script>
</head><body bgcolor="#f6f1e4">
<table width="960" align="center" border="0"><tr><td><font size="5">⟦m 彩笔屋范文 — 办公材料随手查⟧</font></td><td align="right">⟦a 设为主页⟧ | ⟦a 加入书签⟧</td></tr></table>
<marquee scrollamount="3">⟦l 最新上架：幼儿园防溺水家长信｜校园文具安全排查方案｜六一儿童节致辞汇编⟧</marquee>
<table width="960" align="center"><tr><td>⟦m 您的位置：彩笔屋范文 &gt;&gt; 工作方案 &gt;&gt; 质量监管方案⟧</td></tr></table>
<table width="960" align="center"><tr><td width="700" valign="top">
<h2>{T}</h2>
<div>⟦m 来源：网友投稿　录入：阿芷　更新：2025-06-11　人气：<font color="red">1207</font>⟧</div>
<div>⟦a 【阅读字号：超大 偏大 适中】⟧</div>
{BODY}
<div>⟦a 本篇共2页，余下1篇请登录后下载Word⟧</div>
<div>⟦l 前一篇：关于开展校园周边文具市场整治的通知⟧　⟦l 后一篇：玩具产品召回工作总结⟧</div>
</td><td width="240" valign="top">
<b>⟦l 月度排行⟧</b><br>
⟦l 1. 产品质量监督抽查实施细则⟧<br>⟦l 2. 儿童用品安全宣传周活动方案⟧<br>⟦l 3. 质量强县工作要点⟧
</td></tr></table>
<table width="960" align="center"><tr><td align="center">⟦d 本站资料多为网友提供，仅作写作参考，转载请保留出处。⟧<br>⟦m 彩笔屋范文 caibiwu-fw.com 浙ICP备09071266号⟧<br>⟦m 您是第 0048261 位访客⟧</td></tr></table>
</body></html>
""",
        body="""
为保障儿童用品质量安全，根据省市场监管局年度抽查计划，结合我县实际，制定本方案。
一、抽查范围
本次抽查覆盖全县文具批发市场、商超、校园周边文具店及电商平台县内店铺，重点为油画棒、水溶性蜡笔和旋转蜡笔三类产品。
二、抽查项目与数量
产品类别　抽样批次　重点项目
油画棒　20　可迁移元素、标识
水溶性蜡笔　12　可迁移元素、小零件
旋转蜡笔　8　锐利边缘、标识
三、工作要求
各市场监管所要如实填写抽样单，样品封样后48小时内送检。对不合格产品，依法责令下架并追溯进货来源。
栎原县市场监督管理局
二〇二五年六月九日
""",
    ),
    dict(
        slug="wenku-mobi-crayon-kindergarten-summary-preview-screens",
        site="墨笔文库 (invented)",
        style="文库预览",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://wenku.mobi-doc.cn/view/6a1fe02c7b.html",
        title="葭川县第二幼儿园2024年美工区蜡笔使用管理工作总结",
        record_title="葭川县第二幼儿园2024年美工区蜡笔使用管理工作总结.docx",
        date="2025-01-06",
        notes="file-name record title; preview-screen page markers cutting paragraphs; pay lock at the end",
        page="""
!m 墨笔文库 | 文档在线预览
!m 上传者：lanlan_1987　　上传时间：2025-01-10　　页数：3页　　下载券：2
{T}
{BODY}
!a 预览已到末页，开通会员可下载无水印完整版
!l 该用户的其他文档：大班美术活动教案｜幼儿园安全检查记录表
!d 声明：文档为用户上传，平台不对内容真实性负责，如侵权请提交申诉。
""",
        pages=dict(fmt="【预览第{n}屏】", every=150, start=2, glue=False),
        body="""
2024年，我园围绕“安全用材、节约用材”目标，对各班美工区蜡笔实行统一采购、分班登记、定期检查，现将工作总结如下。
一是把好采购关。全年共采购蜡笔、油画棒386盒，全部选用标有执行标准和适用年龄的产品，索取检测报告11份，未采购无标识产品。
二是把好使用关。各班设立美工材料登记本，教师每周清点一次，发现断裂成小段的蜡笔及时收回，防止幼儿放入口中。小班一律使用粗杆蜡笔，减少误吞风险。
三是把好回收关。我们把短小蜡笔熔化再制成“彩虹蜡块”，全年回收再利用约4.6千克，既节约了材料，也让幼儿体会到物尽其用。
下一步，我园将把蜡笔管理纳入班级常规考核，并向家长宣传选购儿童画材的注意事项。
葭川县第二幼儿园
2025年1月6日
""",
    ),
    dict(
        slug="gov-liyuan-crayon-recall-notice-modern-portal",
        site="栎原县人民政府门户网站 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.liyuan.gov.cn/zwgk/tzgg/202507/t20250704_339102.html",
        title="关于召回部分批次不合格油画棒产品的公告",
        record_title="关于召回部分批次不合格油画棒产品的公告_栎原县人民政府",
        date="2025-07-03",
        date_also=["2025-07-04"],
        notes="modern county portal with 长辈版/读屏 links, index table, the document's own contact line beside the portal's correction line",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于召回部分批次不合格油画棒产品的公告_栎原县人民政府</title>
<script src="/static/js/jquery.min.js"></script><script>var sitecode='LY0921';</script></head>
<body>
<div class="toplinks"><a>⟦a 长辈版⟧</a> <a>⟦a 读屏模式⟧</a> <a>⟦a 简/繁⟧</a></div>
<header><h1>⟦m 栎原县人民政府⟧</h1><nav><ul><li>⟦m 首页⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 办事服务⟧</li><li>⟦m 互动交流⟧</li></ul></nav></header>
<div class="pos">⟦m 所在位置：首页 » 政务公开 » 通知公告⟧</div>
<table class="syh"><tr><td>⟦m 索引码：11330921MB0P12345X/2025-00417⟧</td><td>⟦m 发文机构：县市场监督管理局⟧</td></tr><tr><td>⟦m 公开方式：主动公开⟧</td><td>⟦m 生成日期：2025-07-04⟧</td></tr></table>
<article><h2>{T}</h2>
<div class="src">⟦m 发布日期：2025-07-04 09:12　浏览次数：⟧<span id="pv">326</span></div>
<div class="art">
{BODY}
</div></article>
<div class="share">⟦l 分享至：微信 微博 QQ空间⟧</div>
<div class="tool">⟦a 【打印本页】⟧ ⟦a 【关闭窗口】⟧</div>
<aside><h4>⟦l 相关公开⟧</h4><ul><li>⟦l 2025年第二季度产品质量抽查结果⟧</li><li>⟦l 消费品召回管理暂行办法解读⟧</li></ul></aside>
<footer><p>⟦m 主办：栎原县人民政府办公室　网站标识码：3309210012⟧</p><p>⟦m 网站纠错热线：0570-6218890⟧</p><p>⟦m 浙ICP备05022317号-1⟧</p></footer>
</body></html>
""",
        body="""
近日，我局在专项抽查中发现，标称某文具有限公司生产的“小画家”牌24色油画棒（批号：LYH20250312）可迁移元素钡含量不符合国家标准要求。
经约谈，该企业决定自即日起召回上述批次产品共计2160盒。请已购买该产品的消费者立即停止给儿童使用，凭购物凭证到原购买网点办理退货。
召回咨询：县市场监督管理局质量股，联系人：苏明岚，电话：0570-6213057。
栎原县市场监督管理局
2025年7月3日
""",
    ),
    dict(
        slug="news-jiachuan-crayon-art-contest-text",
        site="葭川新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="http://news.jiachuan.com.cn/shehui/2025-05/28/content_771302.htm",
        title="葭川县举办第三届少儿蜡笔画大赛",
        record_title="葭川县举办第三届少儿蜡笔画大赛-葭川新闻网",
        date="2025-05-28",
        record_date="2025-05-28",
        notes="byline time line is the date; photo caption between paragraphs; editor line glued after the last sentence",
        page="""
!m 葭川新闻网　｜　县委宣传部主办
!m 首页 > 社会 > 正文
{T}
!m 2025-05-28 16:05　来源：葭川日报　记者 卫晓棠
!a 字号：大 中 小　　│　　分享
{BODY}
!l 【延伸阅读】县图书馆开展“绘本里的夏天”主题活动
!l 【延伸阅读】全县中小学美育工作推进会召开
!m 新闻热线：0571-8863120　　邮箱：jcxw@jcnews.cn
""",
        body="""
5月27日，由县文联、县教育局主办的第三届少儿蜡笔画大赛在县文化馆落下帷幕，全县37所中小学和幼儿园的612名小选手参赛。
本届大赛以“我家门前的小河”为主题，分为幼儿组、小学低年级组和小学高年级组。评委们从构图、色彩和创意三个方面评选出一等奖15名、二等奖30名、三等奖60名。
⟦m 图为小选手在现场作画。（通讯员 范可 摄）⟧
县文联负责人介绍，获奖作品将在县文化馆展出半个月，随后送往各乡镇文化站巡展。⟦m （责任编辑：陆一苇）⟧
""",
    ),
    dict(
        slug="forum-huashi-crayon-teacher-post-junk",
        site="画室联盟论坛 (invented)",
        style="论坛",
        genre="心得体会",
        kind="insight",
        form="text",
        source="http://bbs.huashilm.net/thread-402117-1-1.html",
        title="教幼儿用蜡笔平涂的几点体会",
        record_title="[经验交流] 教幼儿用蜡笔平涂的几点体会 - 少儿美术 - 画室联盟论坛",
        date="2025-03-14",
        notes="Discuz-like post with anti-scraping junk lines and glued junk; 发表于 line is the date",
        page="""
!m 画室联盟论坛 › 少儿美术 › 查看主题
!m 查看: 2210|回复: 17
!t [经验交流] 教幼儿用蜡笔平涂的几点体会
!m 楼主　青禾画室　发表于 2025-3-14 21:37
!a 只看该作者　　倒序浏览　　阅读模式
{BODY}
!l 回复　支持(8)　反对(0)
!l 沙发　彩虹老师　2025-3-15 08:02　学习了，小班孩子握笔确实是个难题
!a 您需要登录后才可以回帖 登录 | 立即注册
""",
        junk=dict(lines=2, glued=2),
        body="""
带了六年少儿美术班，发现孩子用蜡笔涂色最常见的问题是“涂不满”和“涂出界”，说说我的几点做法。
第一，先练手腕再涂色。上课前五分钟，让孩子用蜡笔在大白纸上画圆圈、画波浪线，手腕活动开了，平涂时力度就均匀了。
第二，一个方向涂到底。告诉孩子像给小房子刷墙一样，从左往右一排一排涂，不要来回乱划。
第三，边线先描一圈。涂大色块之前，先沿着轮廓用同色蜡笔描一遍，再往里涂，出界的情况少了一大半。
第四，多表扬少纠正。孩子涂得慢没关系，涂完一张就鼓励一次，兴趣比技法更重要。
""",
    ),
    dict(
        slug="blog-chenyan-crayon-recycling-html",
        site="晨砚的小屋 (invented)",
        style="博客",
        genre="随笔",
        kind="insight",
        form="html",
        source="https://chenyan-xiaowu.blog.cn/2025/04/recycled-crayons.html",
        title="把断蜡笔熔成彩虹蜡块",
        record_title="把断蜡笔熔成彩虹蜡块 | 晨砚的小屋",
        date="2025-04-19",
        notes="blog with tag cloud, archive and comments; bracketed post time; a sentence about 扫码 is body",
        page="""
<!doctype html>
<html><head><meta charset="utf-8"><title>把断蜡笔熔成彩虹蜡块 | 晨砚的小屋</title>
<link rel="stylesheet" href="/theme/paper.css"><script async src="/js/stat.js"></script></head>
<body>
<header><h1><a href="/">⟦m 晨砚的小屋⟧</a></h1><p>⟦m 一个美术老师的课后笔记⟧</p>
<nav>⟦m 首页⟧ · ⟦m 归档⟧ · ⟦m 关于我⟧</nav></header>
<main><article>
<h2>{T}</h2>
<p class="meta">⟦m [2025-04-19 20:48]　分类：课堂手记　阅读(389)⟧</p>
{BODY}
<p class="tags">⟦l 标签：蜡笔　手工　环保⟧</p>
<p class="nav">⟦l « 上一篇：水彩笔干了怎么办⟧　⟦l 下一篇：带孩子们去写生 »⟧</p>
</article>
<section class="comments"><h3>⟦l 评论（3）⟧</h3>
<p>⟦l 小鹿妈妈：周末带娃试了，太好玩了！⟧</p>
<p>⟦l 发表评论　昵称　邮箱（不公开）　提交⟧</p></section></main>
<aside><h3>⟦l 文章归档⟧</h3><ul><li>⟦l 2025年4月 (6)⟧</li><li>⟦l 2025年3月 (9)⟧</li></ul>
<h3>⟦l 标签云⟧</h3><p>⟦l 美术课 家长 蜡笔 环保 写生 节日手工⟧</p></aside>
<footer>⟦d © 2025 晨砚的小屋 · 文字未经同意请勿转载⟧</footer>
</body></html>
""",
        body="""
学期末整理美工柜，断掉的蜡笔头装了满满两饭盒，扔了可惜，就带着孩子们做了一次“彩虹蜡块”。
做法很简单：剥掉纸皮，按颜色掰成小块放进硅胶模具，放进烤箱用低温烤十来分钟，冷却后脱模就成了。熔蜡这一步一定由大人操作，孩子只负责剥纸和配色。
孩子们拿着新蜡块画画，手掌一抹就是一道彩虹，比原来的细蜡笔更好握。
我把步骤拍成了小视频，家长们扫教室门口的二维码就能看到，也可以在家里和孩子一起试试。
""",
    ),
    dict(
        slug="wechat-mirror-xiaoma-crayon-safety-tips",
        site="公号文摘 (invented mirror)",
        style="公众号镜像",
        genre="倡议书",
        kind="initiative",
        form="text",
        source="https://gzh-wenzhai.cn/a/xiaomajiaoyu/20250901-3",
        title="开学季，给孩子选蜡笔请看这四点",
        record_title=None,
        date="2025-09-01",
        notes="no record title; account line date; follow and 在看 prompts; 关注 inside the body is content",
        page="""
!m 公号文摘 — 公众号文章存档
{T}
!m 葭川消保委　2025-09-01 07:30　浙江
!a 点击蓝字，关注我们
{BODY}
!a 喜欢就点个“在看”吧
!a 阅读原文　　分享　　收藏　　点赞 52　　在看 17
!d 本页内容由公号文摘自动抓取，版权归原作者所有。
""",
        body="""
开学季到了，不少家长开始给孩子准备美术用品。县消保委提醒大家，选购蜡笔、油画棒时请注意以下四点。
一、看标识。正规产品应标明生产企业名称、地址、执行标准和适用年龄，三无产品不要买。
二、闻气味。合格蜡笔气味很淡，有刺鼻气味的要慎选。
三、看外观。笔杆应光滑无毛刺，包装内不应有易脱落的小零件。
四、留凭证。购买后保存好小票，发现质量问题可拨打12315投诉。
想了解更多消费提示，可以关注“葭川消保委”公众号，每周都有新内容。
""",
    ),
    dict(
        slug="docshare-xiangpian-crayon-factory-safety-wrapped",
        site="享篇文档 (invented)",
        style="文档分享",
        genre="制度",
        kind="rules",
        form="text",
        source="https://www.xiangpian-doc.com/p-5520314.html",
        title="蜡笔车间熔蜡工序安全操作规程",
        record_title="蜡笔车间熔蜡工序安全操作规程（可编辑）",
        date=None,
        notes="hard-wrapped at 60 columns; no date (only upload stamp); articles speak of 打印 and 下载 as content",
        page="""
!m 享篇文档 — 分享你的知识
!m 首页 / 企业管理 / 安全生产 / 正文
!t 蜡笔车间熔蜡工序安全操作规程（可编辑）
!m 贡献者：安全员小黎　上传于 2025-02-21　浏览 574 次
{BODY}
!a 该文档为付费文档，VIP会员免费下载，立即开通>>
!d 本文档由用户上传分享，如有侵权，请联系网站删除。
!l 猜你想看：注塑车间安全操作规程 | 危险化学品仓库管理制度
""",
        wrap=60,
        body="""
第一条　为防止熔蜡工序发生烫伤、火灾事故，制定本规程。
第二条　操作人员上岗前必须穿戴隔热手套、防护面罩和阻燃工作服，长发须盘起。
第三条　熔蜡锅温度不得超过95℃，温控仪每班开机前须校验一次，发现失灵立即停机报修。
第四条　颜料和石蜡投料时应缓慢加入，严禁将含水物料投入热蜡锅。
第五条　车间内严禁明火，灭火毯和干粉灭火器应放在熔蜡锅两米范围内。
第六条　每日下班前，班长须打印当班温度记录并签字存档；安全科可从生产系统下载历史记录备查。
第七条　本规程由安全科负责解释，自发布之日起施行。
""",
    ),
    dict(
        slug="edu-jiachuan-crayon-art-supplies-html",
        site="葭川县教育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://jyj.jiachuan.gov.cn/tzgg/2025/08/2214.html",
        title="关于规范中小学幼儿园美术耗材采购管理的通知",
        record_title="关于规范中小学幼儿园美术耗材采购管理的通知-葭川县教育局",
        date="2025-08-18",
        notes="education bureau portal; 文号 neutral; addressee; attachment list and 抄送 kept",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于规范中小学幼儿园美术耗材采购管理的通知-葭川县教育局</title>
<script src="/js/a11y.js"></script></head>
<body>
<div class="top">⟦a 无障碍浏览⟧　⟦a 关怀版⟧　⟦a 登录⟧</div>
<div class="logo">⟦m 葭川县教育局　Jiachuan County Education Bureau⟧</div>
<ul class="menu"><li>⟦m 机构概况⟧</li><li>⟦m 教育动态⟧</li><li>⟦m 通知公告⟧</li><li>⟦m 招生考试⟧</li></ul>
<div class="crumbs">⟦m 当前位置：首页 ＞ 通知公告⟧</div>
<div class="detail">
<h1>{T}</h1>
<div class="attr">⟦m 信息来源：装备中心　发布时间：2025-08-19　访问量：901⟧</div>
<p class="wh">葭教装〔2025〕31号</p>
{BODY}
<div class="btns">⟦a 打印正文⟧　⟦a 收藏本页⟧</div>
</div>
<div class="links">⟦l 相关链接：教育部　省教育厅　市教育局⟧</div>
<div class="foot">⟦m 葭川县教育局版权所有　地址：葭川县学府路18号⟧<br>⟦m 浙ICP备12008843号⟧</div>
</body></html>
""",
        date_also=["2025-08-19"],
        body="""
各乡镇中心学校、县直各学校、各幼儿园：
为保障师生健康，现就美术耗材采购管理有关事项通知如下。
1. 蜡笔、油画棒、水彩笔等耗材须从县教育装备平台入围供应商处采购，并留存产品检测报告。
2. 幼儿园应优先采购适用于3岁以上儿童的粗杆蜡笔，不得采购含小零件的套装。
3. 各校于9月30日前将采购清单报县教育装备中心。
联系人：何静言，电话：0571-8872416。
附件：1.美术耗材采购清单（样表）
2.供应商入围名单
葭川县教育局
2025年8月18日
抄送：县市场监督管理局。
""",
    ),
    dict(
        slug="oa-lanse-crayon-production-minutes",
        site="蓝色鲸文具集团OA (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://oa.lansejing.local/doc/view?id=20250312-77",
        title="油画棒新品量产协调会会议纪要",
        record_title="油画棒新品量产协调会会议纪要",
        date="2025-03-12",
        notes="OA export with approval trail; minutes' 时间/地点/主持 lines kept; read count",
        page="""
!m 蓝色鲸文具集团协同办公平台
!m 公文管理 / 会议纪要 / 查看
{T}
!m 拟稿：生产管理部 苗可　　审核：唐宇　　签发：邵振川
!m 密级：内部　　阅读次数：46
{BODY}
!l 流转记录：生产管理部（已阅）→ 质量部（已阅）→ 采购部（待阅）
!a 【打印】【转发】【归档】
!d 本文件仅限集团内部传阅，严禁截图外传。
""",
        body="""
时间：2025年3月12日14:00
地点：二号楼三楼会议室
主持：邵振川
参会：生产管理部、质量部、采购部、研发中心负责人
记录：苗可
会议听取了研发中心关于可水洗油画棒试产情况的汇报，研究了量产安排，纪要如下。
一、试产三批次全部通过内部检测，会议同意4月1日起转入量产，首月计划产量8万盒。
二、质量部要在量产前完成新配方可迁移元素的第三方检测，报告未出前不得出货。
三、采购部负责与两家石蜡供应商签订年度框架协议，确保原料稳定。
""",
    ),
    dict(
        slug="wiki-baike-crayon-entry-placeholders",
        site="知道百科 (invented)",
        style="百科问答",
        genre="词条",
        kind="entry",
        form="text",
        source="https://baike.zhidao-wiki.cn/item/蜡笔/30217",
        title="蜡笔",
        record_title="蜡笔_知道百科",
        date=None,
        notes="encyclopaedia entry with contents box and edit links; no date (update stamp only); a template placeholder in the body",
        page="""
!m 知道百科 — 人人可编辑的百科全书
!a 编辑　　讨论　　收藏　　分享
{T}
!l 目录　1 简介　2 分类　3 选购
!m 本词条由“文教用品”科普团队审核　最近更新：3天前
{BODY}
!l 词条标签：文具　美术用品　儿童用品
!m 浏览次数：58216　　编辑次数：23次
!d 百科词条内容由网友共同编辑，如需专业意见请咨询相关人士。
""",
        body="""
蜡笔是以石蜡、蜂蜡等蜡质为基料，加入颜料制成的笔状绘画材料，常用于儿童绘画和美术启蒙。
1 分类
按性能可分为普通蜡笔、油画棒和水溶性蜡笔。油画棒含油量较高，色彩饱满；水溶性蜡笔画后可用湿笔晕染。
2 选购
选购时应查看包装上的执行标准和适用年龄，例如“适用年龄：×岁以上”“生产日期：××××年××月”，标识不全的产品不宜购买。
""",
    ),
]

"""holdout138, part A: alfalfa (苜蓿) growers, forage stations and hay traders.
Everything invented (counties, people, sites, URLs, chrome wording); see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="fanwen-muyuan-alfalfa-summary-old-table",
        site="穗文范文网 (invented)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://www.suiwenfw.example.net/zongjie/2025/1203/66120.html",
        title="稷川县草原工作站2025年苜蓿种植推广工作总结",
        record_title="稷川县草原工作站2025年苜蓿种植推广工作总结（精选）_穗文范文网",
        date="2025-12-03",
        notes="old gb2312 table layout: marquee, font-size row, a QQ writing prompt glued after a sentence, visitor counter; date under signature",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>稷川县草原工作站2025年苜蓿种植推广工作总结（精选）_穗文范文网</title>
<script>var _hm=[];document.write('<img src=/cnt.asp?id=66120>');</script></head>
<body><table width="960" align="center"><tr><td>
<marquee>⟦m 穗文范文网——写材料不再熬夜，海量范文随心查⟧</marquee>
<table><tr><td>⟦m 您现在的位置：首页 &gt;&gt; 工作总结 &gt;&gt; 农业农村总结⟧</td><td>⟦a 【字号：大 中 小】⟧</td></tr></table>
<table><tr><td width="700">
<h1>{T}</h1>
<div class="info">⟦m 作者：佚名　来源：网友投稿　点击数：3417　更新时间：2025-12-05⟧</div>
{BODY}
<div>⟦l 上一篇：乡镇畜牧兽医站年度工作总结⟧<br>⟦l 下一篇：草原生态补奖资金发放情况总结⟧</div>
</td><td width="240" valign="top"><b>⟦l 本类热门⟧</b><br>⟦l ·牧草种植技术培训总结⟧<br>⟦l ·饲草料储备工作汇报⟧</td></tr></table>
<div class="foot">⟦d 本站文章均来自网络收集整理，版权归原作者所有，若有侵权请来信告知删除。⟧<br>⟦m 您是本站第 0418872 位访客⟧　⟦m 湘ICP备07022931号⟧</div>
</td></tr></table></body></html>
""",
        body="""
今年以来，我站围绕“粮改饲”和草牧业发展任务，在全县9个乡镇推广种植紫花苜蓿1.26万亩，较上年增加3100亩，完成年度任务的112%。
一、主要做法
一是抓良种示范。在河湾、东坪两个乡镇建设苜蓿良种示范田800亩，引进“中苜”系列等6个品种开展比较试验，筛选出适宜我县的主推品种2个。⟦w 找不到合适的总结？专业写手1对1代写，QQ：2893107764⟧
二是抓技术服务。组织技术人员分片包乡，全年举办刈割、晾晒、打捆现场培训会14场，培训种植户620人次。
三是抓产销衔接。引导种植大户与县内4家规模牛羊场签订收购协议，苜蓿干草平均售价每吨2150元，亩均纯收入较种玉米增加400元以上。
二、存在问题
部分地块灌溉条件差，头茬草收割遇雨霉变损失较大，加工储运能力不足。
三、明年打算
新增苜蓿种植5000亩，建设标准化草捆棚2座，推广裹包青贮技术，着力提高饲草品质。
稷川县草原工作站
2025年12月3日
""",
    ),
    dict(
        slug="wenku-suyang-hay-plan-bracket-markers",
        site="云笺文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://wenku.yunjian-doc.example.com/p/8812039.html",
        title="粟阳县2025年苜蓿干草收储工作实施方案",
        record_title="粟阳县2025年苜蓿干草收储工作实施方案.docx",
        date="2025-05-16",
        notes="file-name record title; page markers ⸨n⸩ glued or not; Chinese-numeral date under the signature; paid-preview prompts",
        page="""
!m 云笺文库 · 文档频道
{T}
!m 贡献者：xc_grass07　｜　5页　｜　浏览 912 次　｜　上传于 2025-05-20
!a 本文档售价 3.8 元，开通会员免费阅读全文
{BODY}
!a 预览已到底，剩余 2 页点此付费获取
!l 猜你喜欢：青贮玉米收储方案　饲草料应急储备预案　秸秆饲料化利用方案
!d 文档为用户上传，云笺文库仅提供信息存储空间，不对内容的准确性负责。
""",
        indent="\u3000\u3000",
        pages=dict(fmt="⸨{n}⸩", every=150, start=2, glue="mix"),
        body="""
为保障全县冬春季节牛羊饲草供应，提高苜蓿干草收储质量，结合我县实际，制定本方案。
一、工作目标
全年收储苜蓿干草2.4万吨，其中一级以上干草占比达到60%以上，建成村级饲草储备点30个。
二、工作措施
（一）适时刈割。头茬草在初花期刈割，留茬高度5至7厘米，刈割前关注天气预报，避开连续降雨天气。
（二）规范晾晒。田间晾晒含水量降至18%以下时打捆，草捆堆放要离地垫高，做好防雨防潮。
（三）落实补助。对新建草棚按每平方米80元给予补助，由乡镇统一申报、县级验收后拨付。
三、工作要求
各乡镇要明确专人负责，每月25日前报送收储进度。
粟阳县农业农村局
二〇二五年五月十六日
""",
    ),
    dict(
        slug="gov-shuling-alfalfa-subsidy-index-table",
        site="黍岭县人民政府网 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.shuling.example.gov.cn/xxgk/zfwj/202504/t20250409_118302.html",
        title="黍岭县农业农村局关于下达2025年苜蓿种植补贴资金的通知",
        record_title=None,
        date="2025-04-08",
        date_also=["2025-04-09"],
        notes="no record title (h1 and index table); 索引号 table with 成文日期 and 发布日期 (the document's date expected); data table; the document's own contact beside the site's hotline; 抄送 line",
        page="""
<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>黍岭县农业农村局关于下达2025年苜蓿种植补贴资金的通知_黍岭县人民政府网</title>
<link rel="stylesheet" href="/css/xxgk.css"><script src="/js/jquery.min.js"></script></head>
<body>
<header><div class="top">⟦m 黍岭县人民政府⟧ <a>⟦a 无障碍浏览⟧</a> <a>⟦a 关怀版⟧</a></div>
<nav><ul><li>⟦m 首页⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政务服务⟧</li><li>⟦m 互动交流⟧</li></ul></nav></header>
<div class="crumb">⟦m 当前位置：首页 / 政府信息公开 / 部门文件⟧</div>
<table class="meta">
<tr><td>⟦m 索 引 号：11410522MB1C3305XF/2025-00412⟧</td><td>⟦m 发布机构：县农业农村局⟧</td></tr>
<tr><td>⟦m 成文日期：2025-04-08⟧</td><td>⟦m 发布日期：2025-04-09⟧</td></tr>
</table>
<article><h1>{T}</h1>
<div class="docno">黍农〔2025〕31号</div>
{BODY}
</article>
<div class="tools"><a>⟦a 【打印本页】⟧</a> <a>⟦a 【关闭窗口】⟧</a> ⟦a 分享到：⟧</div>
<div class="rel"><h3>⟦l 相关文件⟧</h3><p>⟦l 黍岭县2024年草牧业发展项目资金分配结果公示⟧</p></div>
<footer>⟦m 主办：黍岭县人民政府办公室　政务服务热线：12345⟧<br>⟦m 豫ICP备05011873号-2　网站标识码：4105220019⟧</footer>
<script>window._zfwz = "4105220019";</script>
</body></html>
""",
        body="""
各乡镇人民政府：
根据省农业农村厅《关于做好2025年粮改饲工作的通知》要求，经县政府同意，现将2025年苜蓿种植补贴资金予以下达，并就有关事项通知如下。
乡镇　种植面积（亩）　补贴资金（万元）
河湾镇　2600　39.0
东坪乡　1850　27.75
石门镇　1200　18.0
一、补贴标准为每亩150元，资金直接兑付到种植主体“一卡通”账户。
二、各乡镇要在村务公开栏公示补贴对象和面积，公示期不少于7天。
联系人：县农业农村局畜牧股　郑立平，电话：0393-5218806
黍岭县农业农村局
2025年4月8日
抄送：县财政局，县审计局。
""",
    ),
    dict(
        slug="news-baihu-alfalfa-first-cut-caption",
        site="稗湖新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.baihunews.example.cn/xw/bd/2025-05/21/content_440917.html",
        title="稗湖万亩苜蓿迎来头茬收割",
        record_title="稗湖万亩苜蓿迎来头茬收割 - 本地 - 稗湖新闻网",
        date="2025-05-21",
        notes="byline 发布时间 is the date; photo caption and a related link between paragraphs; editor line glued after the last paragraph",
        page="""
!m 稗湖新闻网　首页 | 本地 | 三农 | 视频 | 专题
{T}
!m 发布时间：2025-05-21 17:42　来源：稗湖融媒　作者：田晓雯
!a 字号 A+ A-
{BODY}
!l 【今日热读】
!l 1. 县城北环路明日起分段封闭施工
!l 2. 稗湖二中新校区秋季投入使用
!d 凡注明“来源：稗湖融媒”的作品，转载请注明出处，违者必究。
""",
        indent="\u3000\u3000",
        body="""
5月20日，在稗湖县北滩牧草基地，十余台割草压扁机来回穿梭，成片的紫花苜蓿被整齐割倒，空气中弥漫着青草的清香。
⟦m 图为北滩牧草基地苜蓿收割现场。田晓雯 摄⟧
“今年雨水匀，头茬草长势比去年好，亩产鲜草能到1.8吨。”基地负责人马成刚一边查看草条一边说。
⟦l 相关阅读：我县粮改饲项目惠及千余养殖户⟧
据了解，今年全县苜蓿留床面积达1.1万亩，预计全年可生产优质干草2万余吨，主要供应周边奶牛场和肉羊养殖场。县农业部门还组织技术人员在田间开展刈割、打捆技术指导，帮助种植户减少损失。⟦m （责任编辑：罗一鸣）⟧
""",
    ),
    dict(
        slug="forum-mucao-alfalfa-rust-help-junk",
        site="牧草人论坛 (invented)",
        style="论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="http://bbs.mucaoren.example.com/thread-30927-1-1.html",
        title="苜蓿叶子上起了锈色小斑点，是什么病？怎么防治？",
        record_title="[求助] 苜蓿叶子上起了锈色小斑点，是什么病？怎么防治？ - 病虫害防治 - 牧草人论坛",
        date=None,
        notes="decorated forum title; relative post time only (no date); anti-scraping junk lines and glued; floor meta; quick reply box",
        page="""
!m 牧草人论坛 › 种植技术 › 病虫害防治
!m 查看: 608 | 回复: 7
{T}
!m 楼主：秫城老韩　发表于 3 天前
{BODY}
!l 回复　引用　举报　只看该作者
!l 快速回复：您需要登录后才可以回帖 登录 | 注册
!m Powered by Discuz! X3.4
""",
        junk=dict(lines=2, glued=2),
        body="""
各位老师好，我在秫城种了四十亩紫花苜蓿，第二年的地。最近连着下了几场雨，二茬草叶子背面起了很多锈色的小斑点，用手一抹有粉。
下部叶片已经开始发黄掉落，上面的叶子还好。附近种玉米的说是缺肥，我看不太像。
想请教一下：这是不是锈病？现在离割草还有十来天，能不能打药，打什么药对牛羊没有影响？
另外听说早割一茬能控制病情，是不是真的？谢谢大家！
""",
    ),
    dict(
        slug="blog-cunyi-alfalfa-bloat-tagcloud",
        site="草原兽医老杜的博客 (invented)",
        style="博客",
        genre="随笔",
        kind="other",
        form="html",
        source="https://dulaoshi-vet.example.blog.cn/post/2025/06/alfalfa-bloat.html",
        title="放牧苜蓿地，小心牛羊瘤胃臌气",
        record_title="放牧苜蓿地，小心牛羊瘤胃臌气 | 草原兽医老杜的博客",
        date="2025-06-12",
        notes="blog template: bracketed post time is the date; tag cloud, archive, comment box; numbered list kept",
        page="""
<!doctype html><html><head><meta charset="utf-8"><title>放牧苜蓿地，小心牛羊瘤胃臌气 | 草原兽医老杜的博客</title><script async src="/stat.js"></script></head>
<body><div id="header"><h2>⟦m 草原兽医老杜的博客⟧</h2><p>⟦m 在牧区跑了三十年的一点笔记⟧</p>
<ul class="menu"><li>⟦m 首页⟧</li><li>⟦m 随笔⟧</li><li>⟦m 病例⟧</li><li>⟦m 关于我⟧</li></ul></div>
<div id="main"><h1>{T}</h1>
<div class="postmeta">⟦m [2025-06-12 21:07]　分类：病例　阅读(1285)　评论(9)⟧</div>
{BODY}
<div class="tags">⟦l 标签：苜蓿 瘤胃臌气 放牧管理⟧</div>
<div class="nav">⟦l « 羔羊白肌病的几点体会⟧　⟦l 夏季牛羊热应激怎么防 »⟧</div>
<div class="comment"><h3>⟦l 发表评论⟧</h3><textarea></textarea><p>⟦l 昵称（必填）　邮箱（不公开）　提交评论⟧</p></div></div>
<div id="side"><h3>⟦l 标签云⟧</h3><p>⟦l 口蹄疫 布病 牧草 驱虫 接羔 饲草料⟧</p><h3>⟦l 文章归档⟧</h3><p>⟦l 2025年06月 (4)⟧<br>⟦l 2025年05月 (6)⟧</p></div>
<div id="footer">⟦d © 2016-2025 草原兽医老杜　本博文字未经许可请勿转载⟧</div>
</body></html>
""",
        body="""
每年六月前后，总有牧户打电话来，说牛羊吃了一晌苜蓿，肚子胀得像鼓，左边肷窝鼓起老高。这就是瘤胃臌气，俗称“气胀”。
嫩苜蓿含皂苷多，在瘤胃里容易形成稳定的泡沫，气体排不出来，严重的几个小时就能要命。
我的几条经验：
1. 放牧前先喂一些干草，不要让空腹的牛羊直接进苜蓿地。
2. 露水未干、雨后和霜后的苜蓿不要放牧。
3. 苜蓿地最好与禾本科牧草混播，苜蓿比例不超过一半。
4. 发现臌气要马上把牲口牵到坡上，头高尾低，严重的及时请兽医穿刺放气。
预防永远比抢救省心，宁可少放半天，也别贪那一口嫩草。
""",
    ),
    dict(
        slug="wechat-jixi-alfalfa-festival-initiative",
        site="糜溪文旅（公众号镜像） (invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://mp.wxmirror.example.com/s/mixiwenlv_20250612",
        title="文明赏花 守护紫色花海——致苜蓿花节游客的倡议书",
        record_title="倡议｜文明赏花 守护紫色花海——致苜蓿花节游客的倡议书",
        date="2025-06-12",
        notes="account line gives the date; follow prompt above, 阅读原文/在看/分享 below; a sentence of the document speaks of 扫码 (kept)",
        page="""
!m 糜溪文旅
!a 点击上方蓝字，关注我们
{T}
!m 糜溪文旅　2025年06月12日 08:30　发表于糜溪
{BODY}
!l 往期推荐
!l 糜溪十大夏季打卡点出炉
!a 阅读原文　　分享　　点赞 58　　在看 12
!d 本页面为公众号文章镜像，版权归原公众号所有。
""",
        body="""
各位游客朋友：
第三届糜溪苜蓿花节将于6月15日至7月5日在北梁草场举办，千亩紫花苜蓿进入盛花期。为让花海美景长久留存，我们发出如下倡议：
一、沿步道赏花拍照，不踩踏、不躺卧花田，不采摘花枝。
二、草场内禁止吸烟和使用明火，垃圾随身带走。
三、请勿驾车驶入草场，按指引在东门停车场停放。
四、入园前请扫描入口处二维码完成预约，错峰游览。
让我们携起手来，做文明游客，共护美丽花海！
糜溪县文化广电和旅游局
2025年6月12日
""",
    ),
    dict(
        slug="qa-caoye-alfalfa-cuttings-answered",
        site="种养问答网 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.zhongyangwenda.example.com/q/1550872.html",
        title="北方种苜蓿一年能割几茬？",
        record_title=None,
        date="2025-04-27",
        notes="no record title (question found on the page); 回答于 is the page's date; vote bar, related questions",
        page="""
!m 种养问答网 > 种植 > 牧草
{T}
!m 3个回答　被浏览 2,140 次
!m 最佳答案　答主：穄山草业技术员　回答于 2025-04-27
{BODY}
!l 赞同 86　反对 2　评论 5　收藏
!l 相关问题：苜蓿和燕麦能混播吗？　苜蓿冬天会冻死吗？
!a 打开APP，查看更多回答
""",
        body="""
这个要看积温和灌溉条件，不能一概而论。
在黄河以北、有灌溉条件的地方，一般一年可以割三到四茬；年降水少又没有灌溉的旱地，割两茬就不错了。
最后一茬要在初霜前30到40天割完，给根系留出积累养分的时间，不然第二年返青差，容易冻死。
建议第一年少割一茬，让苜蓿把根扎深，后面几年产量会更稳定。
""",
    ),
    dict(
        slug="tender-jiezhou-alfalfa-seed-award",
        site="秸州公共资源交易中心 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://ggzy.jiezhou.example.gov.cn/jyxx/zfcg/zbgg/20250318/20250318009.html",
        title="秸州市苜蓿良种采购项目中标结果公告",
        record_title="秸州市苜蓿良种采购项目中标结果公告_秸州公共资源交易中心",
        date="2025-03-18",
        notes="byline 信息时间 is the date; buyer and agency contacts beside the platform's CA hotline; bid table kept",
        page="""
<html><head><meta charset="utf-8"><title>秸州市苜蓿良种采购项目中标结果公告_秸州公共资源交易中心</title></head>
<body><div class="banner">⟦m 秸州公共资源交易中心⟧　<a>⟦a 登录⟧</a>｜<a>⟦a 注册⟧</a>　⟦w CA证书办理热线：400-881-3652⟧</div>
<div class="nav">⟦m 首页　交易信息　政策法规　办事指南　诚信体系⟧</div>
<div class="pos">⟦m 首页 &gt; 交易信息 &gt; 政府采购 &gt; 中标公告⟧</div>
<div class="article"><h2>{T}</h2>
<p class="sub">⟦m 信息时间：2025-03-18　浏览次数：233⟧</p>
{BODY}
</div>
<div class="fj">⟦a 附件下载：中标通知书.pdf⟧</div>
<div class="foot">⟦d 本网站所发布信息由招标人或代理机构提供，其真实性由发布人负责。⟧<br>⟦m 技术支持：秸州数联科技有限公司⟧</div>
</body></html>
""",
        body="""
一、项目编号：JZCG-2025-0217
二、项目名称：秸州市苜蓿良种采购项目
三、中标信息
包号　中标供应商　中标金额（元）
第一包　秸州绿原种业有限公司　486,200.00
第二包　河谷草业科技有限公司　352,800.00
四、公告期限：自本公告发布之日起1个工作日。
五、联系方式
采购人：秸州市畜牧兽医服务中心　联系人：韩老师　电话：0937-6210358
代理机构：秸州恒信招标代理有限公司　联系人：宋工　电话：0937-6887412
""",
    ),
    dict(
        slug="assoc-renzhou-hay-quality-pledge",
        site="稔州市草业协会 (invented)",
        style="行业协会",
        genre="承诺书",
        kind="other",
        form="text",
        source="http://www.renzhou-caoye.example.org.cn/xhdt/2025/0302.html",
        title="苜蓿干草质量诚信经营承诺书",
        record_title="【会员公约】苜蓿干草质量诚信经营承诺书 - 稔州市草业协会",
        date=None,
        notes="a template pledge: 承诺人/日期 blanks, no date; member login and join button; 下载 sentence of the document kept",
        page="""
!m 稔州市草业协会　｜　会员之家
!a 会员登录　申请入会
!m 当前位置：协会动态 > 行业自律
{T}
!m 来源：协会秘书处　阅读：371
{BODY}
!a 下载本承诺书（Word）
!m 协会地址：稔州市建设路66号农科大厦5楼　电话：0951-3370219
""",
        body="""
为维护苜蓿干草市场秩序，保障养殖企业用草安全，本单位自愿作出如下承诺：
一、如实标注干草等级、产地、收割茬次和含水量，不以次充好。
二、不掺杂沙土、杂草和霉变草捆，不使用违禁防腐剂。
三、建立购销台账，保存检测报告不少于两年。
四、接受协会和社会监督，如有违反，自愿接受通报和取消会员资格。
会员单位可在协会网站下载本承诺书，签字盖章后报送秘书处存档。
承诺单位（盖章）：____________
法定代表人签字：________
日期：____年__月__日
""",
    ),
    dict(
        slug="print-suidu-silage-wrap-rules",
        site="穗渡县畜牧兽医局（打印视图） (invented)",
        style="打印页",
        genre="制度",
        kind="other",
        form="text",
        source="https://www.suidu.example.gov.cn/xmj/print.jsp?id=22761",
        title="穗渡县苜蓿裹包青贮技术操作规程",
        record_title="打印 - 穗渡县苜蓿裹包青贮技术操作规程",
        date="2025-07-01",
        notes="print view: print header and footer in my own wording, URL line; date under signature",
        page="""
!m 穗渡县畜牧兽医局
!a [打印本页]　[返回]
{T}
{BODY}
!m 本页地址：https://www.suidu.example.gov.cn/xmj/info/22761.html
!p ◇ 第 1 页 ∕ 共 1 页 ◇
""",
        body="""
第一条　为规范苜蓿裹包青贮生产，提高青贮饲料品质，制定本规程。
第二条　苜蓿在现蕾期至初花期刈割，晾晒至含水量45%至55%时进行打捆裹包。
第三条　拉伸膜不少于4层，裹包后草捆表面不得有破损，发现破洞须当日用胶带修补。
第四条　草捆存放场地应平整、排水良好，堆高不超过三层，并采取防鼠防鸟措施。
第五条　开包饲喂前检查气味和颜色，发黑、发霉的青贮不得饲喂。
第六条　本规程自发布之日起施行。
穗渡县畜牧兽医局
2025年7月1日
""",
    ),
]

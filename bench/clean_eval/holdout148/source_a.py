"""holdout148, part A: 范文站, 文库预览, 政府门户, 新闻门户, 论坛 (two each). Invented text."""

CASES = [
    dict(
        slug="fanwen-mobai-guohua-academy-summary",
        site="墨白范文网 (invented)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.mobaifw.example.com/zongjie/nianzhong/20250117-4471.html",
        title="鄢川县国画院2024年度工作总结",
        record_title="【精选】鄢川县国画院2024年度工作总结（通用2篇）_墨白范文网",
        date="2025-01-10",
        notes="decorated record title; chinese-numeral 成文日期; writing-service prompt glued after a sentence; a member box between paragraphs",
        page="""
!m 墨白范文网——写材料，先来墨白
!m 您的位置：墨白首页 » 工作总结 » 年终总结 » 正文
{T}
!m 作者：鹊桥书生　｜　更新：2025-01-17　｜　热度：1290℃
!a 【一键复制全文】　【存为Word】
{BODY}
!a 觉得好用？点亮小红心收藏这篇
!l 你可能还想看：
!l ◇ 书画院年度工作计划范本（三篇）
!l ◇ 美术馆展览季度总结怎么写
!d 本站文章来自会员投稿及网络整理，仅供写作参考，版权归原作者，如有不妥请留言告知。
!m 墨白范文网 mobaifw.example.com　鄂ICP备2023017745号-2
""",
        body="""
2024年，县国画院在县委宣传部和县文旅局的指导下，围绕“以画写乡”的主题，扎实推进创作、展览、培训三项重点工作，全年完成各项任务目标。
一、创作成果丰硕。全院画师完成主题创作四十二幅，其中《鄢水春耕图》入选省第九届中国画作品展，《山村夜校》获市美术作品展二等奖。⟦w 写总结没头绪？墨白写手一对一代笔，VX：mobai_xie88⟧
二、展览活动形成品牌。全年举办“四季鄢川”系列写生展四场，赴三个乡镇开展送画下乡活动，现场赠送春联、扇面一千三百余件。
⟦a 开通墨白会员，本站全部范文免费下载⟧
三、公益培训覆盖面扩大。在县文化广场开设周末国画公益课堂，全年授课九十六课时，培训少儿及老年学员六百余人次。
四、存在的不足。青年画师数量偏少，创作题材还不够丰富，馆藏作品数字化整理进度滞后。
2025年，我院将着力引进青年人才，推进馆藏作品数字化建档，办好建院三十周年回顾展。
鄢川县国画院
二〇二五年一月十日
""",
    ),
    dict(
        slug="fanwen-qingzhu-huaiju-speech-oldtable",
        site="青竹公文网 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.qingzhugw.example.net/jianghua/wenhua/2025/0130_0213.asp",
        title="在县淮剧团2025年新春惠民演出启动仪式上的讲话",
        record_title=None,
        date="2025-01-26",
        notes="old gb2312 table layout with marquee, visitor counter and font-size row; record has no title (found in the h1); date under the speech title; speaker line neutral",
        p_html='<p style="text-indent:2em">{}</p>',
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>在县淮剧团2025年新春惠民演出启动仪式上的讲话-青竹公文网</title>
<script language="javascript">var hits=0;function addfav(){window.external.AddFavorite(location.href,document.title);}</script>
<style>td{font-size:12px}</style></head>
<body>
<table width="960" align="center"><tr><td><img src="/img/logo.gif"> ⟦m 青竹公文网 · 公文写作好帮手⟧</td><td align="right">⟦a <a href="javascript:addfav()">加入收藏夹</a> | <a href="/sethome.asp">设为主页</a>⟧</td></tr></table>
<table width="960" align="center"><tr><td>⟦m <a href="/">网站首页</a> <a href="/jianghua/">讲话致辞</a> <a href="/zongjie/">总结汇报</a> <a href="/fangan/">计划方案</a> <a href="/xindetihui/">心得体会</a>⟧</td></tr></table>
<marquee scrollamount="3">⟦m 欢迎光临青竹公文网！本站每日更新各类讲话稿，敬请关注！⟧</marquee>
<table width="960" align="center"><tr>
<td width="700" valign="top">
<div>⟦m 当前位置：<a href="/">首页</a> &gt;&gt; <a href="/jianghua/">讲话致辞</a> &gt;&gt; 文化活动讲话⟧</div>
<h1>{T}</h1>
<div>⟦m 来源：网友投稿　点击数：<span id="hits">2187</span>　更新时间：2025-1-30⟧</div>
<div>⟦a 【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】⟧</div>
<p align="center">（2025年1月26日）</p>
<p align="center">县委常委、宣传部部长　单玉岑</p>
{BODY}
<div>⟦l 上一篇：<a href="/jianghua/1021.asp">在全县非遗传承人座谈会上的讲话</a>⟧</div>
<div>⟦l 下一篇：<a href="/jianghua/1023.asp">在文艺志愿服务总队成立大会上的致辞</a>⟧</div>
</td>
<td width="260" valign="top">
<table><tr><td>⟦l 本类热门讲话⟧</td></tr>
<tr><td>⟦l <a href="/jianghua/988.asp">在春节文艺晚会上的致辞</a>⟧</td></tr>
<tr><td>⟦l <a href="/jianghua/977.asp">戏曲进校园启动讲话</a>⟧</td></tr></table>
<table><tr><td>⟦w 材料代写 加急当天交稿 QQ 3318 0627⟧</td></tr></table>
</td></tr></table>
<table width="960" align="center"><tr><td align="center">⟦d 本站所有文章仅供学习参考，严禁用于商业用途，转载请注明出处。⟧<br>
⟦m 青竹公文网 版权所有 苏ICP备09031176号⟧<br>⟦m 您是本站第 00834152 位访客⟧</td></tr></table>
</body></html>
""",
        body="""
同志们、朋友们：
大家上午好！新春将至，今天我们在这里启动县淮剧团2025年新春惠民演出，把地道的淮腔淮调送到群众家门口。首先，我代表县委宣传部，向长期坚守舞台的剧团演职人员致以新春的问候！
淮剧是我县最具影响的地方戏曲剧种，一代代艺人扎根乡土，演出了《桃园春色》《渔家女》等一批群众喜闻乐见的剧目。
今年的惠民演出共安排四十场，覆盖全县十四个乡镇，剧团将带着新排的现代小戏《老闸口》走进村居广场、敬老院和建设工地。
希望剧团坚持守正创新，既要演好传统老戏，也要多排反映新时代乡村生活的新戏；各乡镇要做好场地、安全等保障，让群众看得好、看得安全。
最后，预祝新春惠民演出圆满成功！祝大家新春愉快、阖家幸福！
""",
    ),
    dict(
        slug="wenku-yunzhan-ciba-coop-plan-markers",
        site="云栈文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://wk.yunzhan.example.com/view/7c31e02fa9d8.html",
        title="禾丰村糍粑专业合作社2025年品牌提升实施方案",
        record_title="禾丰村糍粑专业合作社2025年品牌提升实施方案.docx",
        date="2025-02-18",
        notes="file-name record title; page markers ⸢n⸣ glued or on their own line; preview-end and VIP prompts; upload notice",
        indent="　　",
        pages=dict(fmt="⸢{n}⸣", every=150, start=2, glue="mix"),
        page="""
!m 云栈文库 > 农业农村 > 合作社
{T}
!m 贡献者：禾丰老李　上传于 2025-03-02　共 4 页　1.1 万次阅读
!a 免费预览已结束，剩余 2 页可继续阅读
{BODY}
!a 开通云栈超级会员，海量文档畅快下
!d 本文档由用户上传并发布，平台仅提供信息存储空间服务，如有侵权请点击申诉。
!l 相关文档推荐：农产品品牌建设方案 | 合作社年度工作计划 | 乡村特色食品营销策划
""",
        body="""
为进一步擦亮“禾丰糍粑”这块老招牌，推动合作社产品从土特产走向品牌商品，结合本社实际，制定本方案。
一、总体目标
到2025年底，注册“禾丰糍粑”集体商标，完成食品生产许可证升级，年销售额突破三百万元，带动社员户均增收四千元以上。
二、主要任务
（一）统一标准。制定糯米选料、浸泡、蒸制、舂打、成型五道工序的操作规程，实行一批一检。
（二）改进包装。推出家庭装、礼盒装和真空小包装三种规格，包装上印制产品追溯二维码，消费者扫码即可查看原料产地和生产日期。
（三）拓展渠道。与县供销社电商平台合作开设网店，在县城设立两个直销点，春节前组织“糍粑年货节”。
三、保障措施
成立由理事长任组长的品牌提升工作小组，安排专项资金十八万元，每季度召开一次推进会。
禾丰村糍粑专业合作社
2025年2月18日
""",
    ),
    dict(
        slug="wenku-shanyin-flashflood-drill-html-pages",
        site="山音文档 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="html",
        source="https://doc.shanyin.example.cn/p-2025041788213.html",
        title="2025年汛期山洪灾害避险转移演练方案",
        record_title="【可编辑】2025年汛期山洪灾害避险转移演练方案 - 山音文档",
        date=None,
        notes="preview reader: page markers 〘n〙 as html paragraphs cutting sentences; year only in the title; upload stamp is no date; pay prompt between paragraphs",
        pages=dict(fmt="〘{n}〙", every=160, start=2),
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>【可编辑】2025年汛期山洪灾害避险转移演练方案 - 山音文档</title>
<script>window.__READER__={docId:"2025041788213",pages:5};</script></head>
<body>
<header class="top"><div>⟦m 山音文档 — 每一份资料都有回响⟧</div><nav>⟦m <a href="/">首页</a> <a href="/c/gov">公文</a> <a href="/c/safe">安全应急</a> <a href="/vip">会员中心</a>⟧</nav><div>⟦a <a href="/login">登录</a> / <a href="/reg">注册</a>⟧</div></header>
<main>
<h1 class="doc-title">{T}</h1>
<div class="doc-info">⟦m 上传者：汛期值守人　上传时间：2025-04-17　格式：DOCX　页数：5页⟧</div>
<div class="reader">
{BODY}
</div>
<div class="pay">⟦a 还剩3页未读，支付2.8元即可下载完整文档⟧</div>
<div class="tool">⟦a 下载文档　加入文件夹　分享给好友　举报⟧</div>
</main>
<aside><h3>⟦l 猜你喜欢⟧</h3><ul><li>⟦l 防汛应急演练脚本（村级）⟧</li><li>⟦l 地质灾害群测群防工作方案⟧</li></ul></aside>
<footer>⟦d 文档内容由网友提供，仅代表作者观点，山音文档不承担由此产生的任何责任。⟧<br>⟦m © 2025 shanyin.example.cn 浙ICP备2021008831号⟧</footer>
</body></html>
""",
        body="""
为检验山洪灾害预警信息发布和人员避险转移预案的可操作性，提高沿河村组群众的防灾避险意识和自救互救能力，决定组织开展本次演练。
一、演练时间和地点
演练安排在入汛前择日进行，地点为石门镇青坑村沿溪居民点及村小学避灾安置点。
二、参演人员
镇防汛办、青坑村两委、村级山洪灾害监测员、沿溪居住群众约一百二十人，镇卫生院派出医护人员两名。
三、演练科目
（一）雨量站监测数据超过预警阈值后，监测员通过手摇报警器和村级广播发出预警；
（二）网格员按照转移责任清单逐户敲门，组织老人、儿童、行动不便人员优先转移；
（三）安置点完成人员登记、物资发放和医疗检查，村干部向镇防汛办报告转移人数。
四、工作要求
各参演单位要提前熟悉预案，严禁在演练中组织人员涉水过溪，演练结束后三日内提交总结。
""",
    ),
    dict(
        slug="gov-lanpu-reception-office-notice-html",
        site="澜浦县人民政府门户网站 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.lanpu.example.gov.cn/zwgk/jdb/202503/t20250312_55120.html",
        title="澜浦县政府接待办公室关于进一步规范公务接待工作的通知",
        record_date="2025-03-12",
        date="2025-03-12",
        notes="county portal: 索引号 meta table, font-size row, 抄送 版记 and the office's own 联系电话 kept; portal hotline in footer; record gives the date",
        p_html='<p style="text-indent:2em;line-height:2">{}</p>',
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>澜浦县政府接待办公室关于进一步规范公务接待工作的通知_通知公告_澜浦县人民政府</title>
<script src="/js/jquery.min.js"></script><script>var _stat=["zwgk","jdb"];</script></head>
<body>
<div class="topbar">⟦m 今天是：<span id="today"></span>　澜浦县人民政府门户网站⟧<span>⟦a 无障碍浏览　长者模式　简体/繁體⟧</span></div>
<div class="nav">⟦m <a>首页</a> <a>走进澜浦</a> <a>政务公开</a> <a>政务服务</a> <a>互动交流</a>⟧</div>
<div class="crumb">⟦m 首页 ＞ 政务公开 ＞ 部门信息 ＞ 县政府接待办⟧</div>
<table class="xxgk">
<tr><td>⟦m 索引号：11331025MB1C3477XQ/2025-00031⟧</td><td>⟦m 发布机构：县政府接待办公室⟧</td></tr>
<tr><td>⟦m 成文日期：2025-03-11⟧</td><td>⟦m 公开方式：主动公开⟧</td></tr>
</table>
<h2>{T}</h2>
<div class="info">⟦m 发布日期：2025-03-12　浏览次数：317⟧　⟦a 字号：[大] [中] [小]　打印本页　关闭窗口⟧</div>
<div class="content">
{BODY}
</div>
<div class="share">⟦l 分享到：微信 微博 QQ空间⟧</div>
<div class="related"><h4>⟦l 相关信息⟧</h4><ul><li>⟦l 县机关事务中心2025年节能工作要点⟧</li><li>⟦l 关于做好2025年春节期间值班工作的通知⟧</li></ul></div>
<div class="foot">⟦m 主办：澜浦县人民政府办公室　承办：澜浦县大数据发展中心⟧<br>⟦m 政务服务便民热线：12345　网站标识码：3310250007⟧<br>⟦m 浙ICP备05019842号-1　浙公网安备 33102502000217号⟧</div>
</body></html>
""",
        body="""
各乡镇人民政府、街道办事处，县政府各部门、各直属单位：
为贯彻落实中央八项规定及其实施细则精神，严格执行公务接待有关规定，现就进一步规范全县公务接待工作通知如下。
一、严格接待范围。无公函的公务活动和来访人员一律不予接待，严禁将休假、探亲、旅游等活动纳入公务接待范围。
二、严格接待标准。工作餐应当供应家常菜，不得提供香烟和高档酒水，不得使用私人会所、高消费餐饮场所。
三、严格清单管理。接待单位应当如实填写接待清单，由相关负责人审签，作为财务报销的凭证之一。
四、强化监督检查。县政府接待办将会同县财政局每半年开展一次专项检查，检查结果在一定范围内通报。
联系人：宋明禾　联系电话：0576-83221096
澜浦县政府接待办公室
2025年3月11日
抄送：县纪委监委，县财政局，县审计局。
""",
    ),
    dict(
        slug="gov-qixia-letters-visits-report-docno",
        site="栖霞镇人民政府网 (invented)",
        style="政府门户",
        genre="报告",
        kind="report",
        form="text",
        source="http://www.qixiazhen.example.gov.cn/xxgk/gzbg/4412.html",
        title="栖霞镇2024年信访工作情况报告",
        record_title="栖霞镇2024年信访工作情况报告_栖霞镇人民政府",
        date="2025-01-08",
        notes="document number neutral; data table one row a paragraph with ideographic spaces; 成文日期 at the end; related box and footer",
        page="""
!m 栖霞镇人民政府 · 信息公开专栏
!m 首页 › 信息公开 › 工作报告
{T}
栖政〔2025〕3号
!m 信息来源：镇信访办　发布时间：2025-01-13 16:40　【打印】【关闭】
{BODY}
!l 【相关链接】
!l 栖霞镇2024年矛盾纠纷排查化解工作总结
!l 栖霞镇人民调解委员会工作规则
!m 栖霞镇人民政府主办　地址：栖霞镇新街18号　联系电话：0513-86731200
""",
        body="""
县信访局：
2024年，我镇坚持和发展新时代“枫桥经验”，把信访工作作为联系服务群众的重要渠道，全年信访总量较上年下降百分之二十一。现将有关情况报告如下。
一、信访总体情况
全年共受理群众来信来访及网上信访一百零六件，按期受理率、按期办结率均达到百分之百。主要分类如下：
类别　件数　占比
土地征收补偿　31　29.2%
邻里及婚姻家庭纠纷　27　25.5%
劳资纠纷　19　17.9%
其他　29　27.4%
二、主要做法
一是落实领导接访制度，镇党政班子成员每周轮流坐班接访，全年接待群众二百一十三人次。
二是推行“信访代办”，由村级代办员帮助群众反映诉求、跟踪办理，减少群众往返奔波。
三是加强源头化解，每月开展一次矛盾纠纷集中排查，将问题化解在村组。
三、下一步打算
我镇将继续完善信访事项办理全过程跟踪机制，提高群众满意率。
栖霞镇人民政府
2025年1月8日
""",
    ),
    dict(
        slug="news-haiyu-huju-troupe-html-byline",
        site="海屿新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.haiyu.example.com/culture/2025-05/21/c_88120.htm",
        title="沪剧团“弄堂小戏”巡演走进十个社区",
        record_title="沪剧团“弄堂小戏”巡演走进十个社区-海屿新闻网",
        date="2025-05-21",
        notes="news portal: byline with 发布时间 (the page's date), photo caption between paragraphs, editor line glued after the last paragraph, hot list and QR box",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>沪剧团“弄堂小戏”巡演走进十个社区-海屿新闻网</title>
<script>(function(){var s=document.createElement("script");s.src="//stat.haiyu.example.com/s.js";})();</script></head>
<body>
<div class="header"><span>⟦m 海屿新闻网　有温度的城市新闻⟧</span><nav>⟦m 要闻 民生 文化 体育 视频 专题⟧</nav></div>
<div class="path">⟦m 海屿新闻网 ＞ 文化频道 ＞ 正文⟧</div>
<h1>{T}</h1>
<div class="byline">⟦m 发布时间：2025-05-21 09:36　来源：海屿晚报　记者 俞晓岚⟧</div>
<article>
{BODY}
</article>
<div class="qr">⟦a 扫一扫，用手机看新闻⟧</div>
<div class="hot"><h3>⟦l 24小时热读⟧</h3><ol><li>⟦l 滨江绿道南段本周末开放⟧</li><li>⟦l 中考体育测试安排出炉⟧</li><li>⟦l 老城区12条道路将进行夜间施工⟧</li></ol></div>
<footer>⟦d 凡本网注明“来源：海屿晚报”的作品，版权均属海屿报业传媒集团，未经授权不得转载。⟧<br>⟦m 违法和不良信息举报电话：0580-2208110⟧</footer>
</body></html>
""",
        body="""
本报讯　5月20日晚，区沪剧团的演员们在新河弄社区的小广场上搭起简易舞台，一出《阿婆的石库门》引来三百多名居民围坐观看。
这是沪剧团“弄堂小戏”巡演的第六站。今年起，剧团把十部十五分钟左右的原创小戏送进社区，题材取自老房改造、邻里互助、家庭养老等居民身边事。
⟦m 图为演员在新河弄社区演出。记者 俞晓岚 摄⟧
“唱的就是我们弄堂里的事，听得懂，也听得进。”七十二岁的居民陈阿芳说。
剧团团长顾一鸣介绍，巡演将持续到6月底，覆盖全区十个社区，每场演出后演员还会教居民唱几句经典唱段。⟦m （责任编辑：邵梦晗）⟧
""",
    ),
    dict(
        slug="news-jinshui-old-street-title-thrice",
        site="金水融媒 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.jinshuirm.example.cn/xw/bd/202503/14/art_3391.html",
        title="百年老街“修旧如旧”完成首期改造",
        record_title=None,
        date="2025-03-14",
        notes="no record title; the title printed twice and glued once before the lead; dotted date line as the page's date; a 'read more' box between paragraphs",
        page="""
!m 金水融媒｜金水县融媒体中心主办
!m 首页 / 本地 / 正文
{T}
!m 2025.03.14 08:12　来源：金水融媒　编辑：华依然　阅读 5620
{BODY}
!a 点赞　在看　转发
!l 【延伸阅读】
!l 古镇保护条例公开征求意见
!l 老街商户“门前三包”倡议书
!d 本平台所发内容，未经书面授权禁止复制或转载。
""",
        body="""
⟦t 百年老街“修旧如旧”完成首期改造⟧本台讯　经过五个月施工，县城西门老街首期改造工程日前完工，三百六十米长的青石板路重新向市民开放。
西门老街形成于清代中期，两侧保留骑楼式店铺八十余间。改造坚持“修旧如旧”，施工方把拆下的老石板逐块编号，清洗后按原位铺回。
⟦l 点击查看：老街改造前后对比图⟧
县住建局负责人介绍，首期工程还完成了雨污分流管网铺设和电力、通信线路下地，二期工程将于6月启动。
不少老街坊专程回来走一走。“石板还是那些石板，走上去心里踏实。”在老街住了六十年的叶大爷说。
""",
    ),
    dict(
        slug="forum-junqi-club-tournament-junk",
        site="石梁棋友会论坛 (invented)",
        style="论坛",
        genre="通知",
        kind="notice",
        form="text",
        source="http://bbs.shiliangqiyou.example.com/thread-20871-1-1.html",
        title="关于举办第五届“石梁杯”军棋邀请赛的通知",
        record_title="[赛事公告] 关于举办第五届“石梁杯”军棋邀请赛的通知 - 军棋天地 - 石梁棋友会论坛",
        date="2025-04-20",
        date_also=["2025-04-22"],
        notes="forum: anti-scraping junk lines and glued after sentences; post date differs from the 成文日期 (also accepted); floor meta; signature",
        junk=dict(lines=2, glued=3),
        page="""
!m 石梁棋友会论坛 » 军棋天地 » 查看帖子
!m 楼主　老排长　｜　发表于 2025-4-22 20:15　｜　只看该作者　｜　查看：861　回复：37
{T}
{BODY}
!d 本帖最后由 老排长 于 2025-4-23 07:02 编辑
!l 回复　支持(12)　反对(0)　举报
!m ------------------- 签名 ------------------- 下棋如行军，落子无悔
!l 沙发　小工兵　发表于 2025-4-22 20:31
""",
        body="""
各位棋友：
为丰富群众业余文化生活，推动军棋运动在我县普及，石梁棋友会定于5月3日至4日举办第五届“石梁杯”军棋邀请赛。
一、比赛地点：石梁镇文化活动中心二楼。
二、比赛项目：四国军棋双明团体赛、二人暗棋个人赛。
三、报名办法：各队于4月30日前将报名表交至棋友会秘书处，每队限报四人，替补一人。
四、比赛规则执行棋友会2024年修订的竞赛规则，暗棋个人赛设裁判员现场翻子。
五、比赛设团体前六名、个人前八名，颁发奖杯和证书。
联系人：钱振邦　电话：13905671128
石梁棋友会
2025年4月20日
""",
    ),
    dict(
        slug="forum-jiulian-puzzle-discuz-jammer",
        site="巧环益智论坛 (invented)",
        style="论坛",
        genre="心得体会",
        kind="insight",
        form="html",
        source="https://www.qiaohuan.example.net/forum.php?mod=viewthread&tid=5127",
        title="带孩子玩九连环三个月的一点体会",
        record_title="带孩子玩九连环三个月的一点体会 - 亲子益智 - 巧环益智论坛 - Powered by Discuz!",
        date="2025-02-09",
        notes="Discuz-like page with jammer font junk; 发表于 byline is the page date; quote of 'copy-lock' line; hot threads sidebar",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>带孩子玩九连环三个月的一点体会 - 亲子益智 - 巧环益智论坛 - Powered by Discuz!</title>
<style>.jammer{color:#fff;font-size:0}</style><script>var discuz_uid='0';</script></head>
<body>
<div id="hd">⟦m 巧环益智论坛 — 解得开的环，放不下的乐⟧<div>⟦a 登录　立即注册　找回密码⟧</div></div>
<div id="pt">⟦m 巧环益智论坛 › 亲子益智 › 查看内容⟧</div>
<div id="postlist">
<h1>{T}</h1>
<div class="authi">⟦m 环环妈妈　发表于 2025-2-9 21:47　|　阅读模式⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="locked">⟦a 本帖复制受限，回复后可查看完整内容⟧</div>
<div class="pob">⟦l 收藏 46　分享　支持 88　反对 0⟧</div>
</div>
<div id="side"><h3>⟦l 本版热帖⟧</h3><ul><li>⟦l 华容道最少步数全解析⟧</li><li>⟦l 孔明锁新手入门二十问⟧</li></ul></div>
<div id="ft">⟦m Powered by Discuz! X3.5 © 2001-2025 巧环益智论坛⟧ ⟦m 粤ICP备16077402号⟧</div>
</body></html>
""",
        body="""
春节前给上三年级的儿子买了一套铜制九连环，原本只想让他少看会儿电视，没想到三个月下来收获不少，写出来和大家交流。
第一是耐心。九连环解下全部九个环要走三百多步，刚开始孩子解到第四环就急得想放弃，后来我们约定每天只练二十分钟，不求快，只求不乱。
第二是规律意识。孩子自己发现了“要下第几环，先把前面留一个”的规律，还用铅笔在本子上画了步骤图，这比我讲十遍都管用。
第三是亲子关系。晚饭后父子俩比赛谁先解完，输的人洗碗，家里的笑声明显多了。
建议刚入门的家长先从五连环开始，环数少、步骤短，孩子更容易建立信心。
""",
    ),
]

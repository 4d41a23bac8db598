"""holdout123, part D. Invented text; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="gov-zheling-monkey-closure-notice",
        site="柘岭县人民政府 (invented)",
        style="政府门户",
        genre="通告",
        kind="notice",
        form="html",
        source="http://www.zheling.gov.cn/xxgk/gsgg/202402/t20240226_4410.html",
        title="关于金丝猴繁殖期临时封闭保护区部分区域的通告",
        record_title="关于金丝猴繁殖期临时封闭保护区部分区域的通告",
        date="2024-02-26",
        notes="old table-layout county portal with marquee and visitor counter; the reserve's 举报电话 kept beside the portal's hotline",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>柘岭县人民政府</title></head>
<body bgcolor="#ffffff">
<table width="1000" align="center"><tr><td>⟦m 柘岭县人民政府欢迎您！⟧</td><td align="right">⟦m 今天是：⟧<script>document.write(new Date().toLocaleDateString())</script></td></tr></table>
<marquee>⟦l 热烈祝贺我县荣获省级生态文明建设示范县称号⟧</marquee>
<table width="1000" align="center"><tr><td>⟦m 网站首页⟧</td><td>⟦m 政务动态⟧</td><td>⟦m 信息公开⟧</td><td>⟦m 网上办事⟧</td><td>⟦m 县长信箱⟧</td></tr></table>
<table width="1000" align="center"><tr><td>
<div>⟦m 当前位置：网站首页 -&gt; 信息公开 -&gt; 公示公告⟧</div>
<div align="center"><b>{T}</b></div>
<div align="center">⟦m 文章来源：县林业局　　更新时间：2024-2-26 15:02:11　　点击次数：　917⟧</div>
{BODY}
<div align="right">⟦a 【 打 印 】⟧ ⟦a 【 关 闭 】⟧</div>
</td></tr></table>
<table width="1000" align="center"><tr><td>⟦m 主办单位：柘岭县人民政府办公室　政务服务热线：12345⟧<br>⟦m 您是本站第 00382716 位访问者⟧<br>⟦m 陕ICP备06002418号⟧</td></tr></table>
</body></html>
""",
        body="""
为保护川金丝猴繁殖和育幼，减少人为干扰，根据《中华人民共和国自然保护区条例》，县人民政府决定对柘岭金丝猴自然保护区部分区域实施临时封闭。现通告如下：
一、封闭时间：2024年3月1日至2024年6月30日。
二、封闭范围：保护区核心区及大坪沟、黑石岔、老鹰崖三条巡护线路沿线。
三、封闭期间，除保护区巡护、科研监测人员外，禁止任何单位和个人进入封闭区域开展旅游、采药、挖笋、拍摄等活动。
四、违反本通告擅自进入封闭区域的，由保护区管理机构依法处理；构成犯罪的，依法追究刑事责任。
五、欢迎社会各界监督，发现违法行为请拨打保护区管理局举报电话0916-8312406。
柘岭县人民政府
2024年2月26日
""",
    ),
    dict(
        slug="fanwen-old-table-night-market-host-words",
        site="公文大全网 (invented)",
        style="范文站",
        genre="主持词",
        kind="speech",
        form="html",
        source="http://www.gongwendaquan.net/zhuchi/2024/0520/94417.html",
        title="文昌路夜市开市仪式主持词",
        record_title="文昌路夜市开市仪式主持词（通用版）_公文大全网",
        date=None,
        notes="old 范文 table layout: font-size row, hot list, floating consult box; placeholder ×× kept; no date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>文昌路夜市开市仪式主持词（通用版）_公文大全网</title></head>
<body>
<table width="960" align="center"><tr><td>⟦m 公文大全网──材料写作好帮手⟧</td><td>⟦a 设为首页⟧ ⟦a 收藏本站⟧</td></tr></table>
<table width="960" align="center"><tr><td>⟦m 首页 │ 讲话稿 │ 主持词 │ 致辞 │ 总结 │ 计划⟧</td></tr></table>
<table width="960" align="center"><tr><td width="700" valign="top">
<div>⟦m 您现在的位置：公文大全网 &gt;&gt; 主持词 &gt;&gt; 活动主持词⟧</div>
<h1>{T}</h1>
<div>⟦m 日期：2024-05-20　来源：网友投稿　人气：1375⟧</div>
<div>⟦a 【阅读字号：大 中 小】⟧</div>
{BODY}
<div>⟦a 下载DOC文档⟧ ⟦a 复制全文⟧</div>
</td><td width="260" valign="top">
<div>⟦l 本周排行⟧</div><div>⟦l 1.商场开业仪式主持词⟧</div><div>⟦l 2.美食节开幕主持稿⟧</div><div>⟦l 3.社区邻里节主持词⟧</div>
</td></tr></table>
<div style="position:fixed;right:0;top:200px">⟦w 材料代写 QQ 2876603158⟧</div>
<table width="960" align="center"><tr><td>⟦d 本站内容均来自网络，如有侵权请告知删除。⟧ ⟦m 公文大全网 桂ICP备13002276号⟧</td></tr></table>
</body></html>
""",
        body="""
尊敬的各位领导、各位摊主、各位市民朋友：
大家晚上好！华灯初上，烟火升腾。今天，我们在这里隆重举行文昌路夜市开市仪式。我是主持人××。
首先，请允许我介绍出席今天仪式的领导和嘉宾，他们是：××县城市管理局局长××同志，××街道党工委书记××同志，以及夜市摊主代表和社区居民代表。让我们以热烈的掌声表示欢迎！
下面，进行仪式第一项：请××街道党工委书记××同志致辞。
进行仪式第二项：请摊主代表××宣读《文明经营承诺书》。
进行仪式第三项：请各位领导和嘉宾共同为夜市亮灯！
朋友们，文昌路夜市共设摊位54个，汇聚了本地小吃、特色烤串和手工艺品。希望大家吃得开心、逛得舒心。开市仪式到此结束，谢谢大家！
""",
    ),
    dict(
        slug="wenku-html-survey-institute-summary",
        site="恒页文库 (invented)",
        style="文库预览",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://www.hengyewenku.com/doc/8821093.html",
        title="樟原县测绘院2023年测量标志维护工作总结",
        record_title="樟原县测绘院2023年测量标志维护工作总结 - 恒页文库",
        date="2023-12-26",
        notes="文库 reader: page markers as paragraphs between halves of a cut paragraph; pay prompt; date under signature",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>樟原县测绘院2023年测量标志维护工作总结 - 恒页文库</title></head>
<body>
<div class="hdr">⟦m 恒页文库⟧ <input placeholder="搜索文档"> <a>⟦a 开通会员⟧</a></div>
<div class="doc-title"><h1>{T}</h1></div>
<div class="doc-meta">⟦m 4页　·　1.1千阅读　·　上传于 2024-01-03⟧</div>
<div class="reader">
{BODY}
</div>
<div class="readmore">⟦a 还剩2页未读，继续阅读⟧</div>
<div class="buy">⟦a 本文档需付费 ¥4.90　立即购买⟧ ⟦a 开通VIP免费下载⟧</div>
<div class="rec">⟦l 相关推荐⟧<ul><li>⟦l 测绘院年度工作计划⟧</li><li>⟦l 地理信息安全自查报告⟧</li></ul></div>
<div class="ft">⟦d 本文档为用户上传，恒页文库不对内容真实性负责⟧</div>
</body></html>
""",
        pages=dict(fmt="◐{n}◑", every=230, start=2),
        body="""
2023年，我院承担全县测量标志维护任务，在县自然资源局的指导下，按照年初计划，完成了以下工作。
一、完成普查。全年外业普查测量标志317座，其中完好221座、部分损坏58座、损毁或丢失38座，普查成果全部录入数据库，形成了全县测量标志分布图。
二、修复维护。对58座部分损坏标志进行了修复，更换标志盘22块，重砌保护井17处；对位于施工区域的6座标志办理了迁建手续。
三、委托保管。与沿线乡镇、村委会重新签订委托保管书89份，为每位保管人发放保管补助，落实了看护责任。
四、宣传教育。配合县教育局开展测量标志进校园活动，走进中小学14所，发放宣传册2000余份。
五、存在问题。部分偏远点位交通不便，外业耗时长；个别乡镇对测量标志保护重视不够。
樟原县测绘院
2023年12月26日
""",
    ),
    dict(
        slug="news-text-daylily-harvest-season",
        site="晋北在线 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.jinbeizx.com/xw/nongye/2024/0716/88340.shtml",
        title="榆坪四万亩黄花菜进入采摘旺季",
        record_title="榆坪四万亩黄花菜进入采摘旺季_晋北在线",
        date="2024-07-16",
        notes="text news page: title repeated and glued to the lead; 原标题 line and correspondent line; photo caption between paragraphs",
        page="""
!m 晋北在线　|　新闻　财经　农业　文旅　视频
!m 首页 > 新闻 > 农业
{T}
!m 2024年07月16日 09:03　　来源：晋北日报　　作者：仇晓川　付兰
!a 字号：T｜T　　　分享：
{T}{BODY}
!m 【原标题：金针花开采收忙】
!m 责任编辑：郗云
!l 相关新闻：黄花菜价格走势分析　　榆坪镇举办首届采摘节
!d 凡注明“来源：晋北在线”的作品，版权均属晋北在线所有。
""",
        body="""
眼下，榆坪镇四万亩黄花菜进入采摘旺季，田间地头一片忙碌。
黄花菜要在花蕾开放前采摘，每天凌晨四点多，菜农们就打着头灯下地。东坪村种植户焦玉梅说，她家种了十二亩，雇了六个人，每天要摘八百多斤鲜菜。
⟦m 7月15日，东坪村村民在采摘黄花菜。付兰 摄⟧
采下的鲜菜要在当天蒸制、晾晒或烘干。镇上建成的三座烘干车间日处理鲜菜能力达到150吨，解决了阴雨天晾晒难的问题。
今年鲜菜收购价每斤3.2元左右，比去年略有上涨。据镇农业综合服务中心测算，全镇黄花菜产值有望突破一亿元。
""",
    ),
    dict(
        slug="forum-html-pickle-home-recipe-safety",
        site="家厨论坛 (invented)",
        style="论坛",
        genre="文章",
        kind="article",
        form="html",
        source="https://bbs.jiachu.cn/t/448201",
        title="自家腌酸菜，这几条亚硝酸盐的知识要记住",
        record_title="自家腌酸菜，这几条亚硝酸盐的知识要记住 - 腌腊酱菜版 - 家厨论坛",
        date="2023-12-02",
        notes="modern forum; signature line and quick-reply box; the post's own numbered list kept; date from the post time",
        page="""
<!doctype html><html><head><meta charset="utf-8"><title>自家腌酸菜，这几条亚硝酸盐的知识要记住 - 腌腊酱菜版 - 家厨论坛</title></head>
<body>
<header>⟦m 家厨论坛 · 一起好好吃饭⟧ <button>⟦a 登录⟧</button></header>
<div class="crumb">⟦m 家厨论坛 / 腌腊酱菜版 / 帖子详情⟧</div>
<div class="thread">
<h1>{T}</h1>
<div class="u">⟦m 楼主 · 酸菜缸老陶 · 2023-12-02 20:11 · 北方⟧</div>
<div class="c">
{BODY}
</div>
<div class="sig">⟦m ——腌了三十年酸菜的东北老陶——⟧</div>
<div class="act">⟦l 赞 204 · 收藏 87 · 转发 19⟧</div>
</div>
<div class="reply">⟦l 快速回复：文明发言，友善交流⟧ <button>⟦a 发表⟧</button></div>
<div class="more">⟦l 同版热帖：东北酸菜一缸成 | 辣白菜的做法 | 腊八蒜为什么变绿⟧</div>
<footer>⟦m © 家厨论坛 2012-2023⟧</footer>
</body></html>
""",
        body="""
每年入冬，版里都有人问酸菜能不能吃、什么时候吃。我把这些年学到的说一说。
1. 腌菜过程中亚硝酸盐会先升高再下降，一般在腌制后第三天到第十天前后最高，这段时间不要急着吃。
2. 腌足二十天以后，亚硝酸盐含量通常已经降到很低，这时候吃比较稳妥。
3. 盐放太少、温度太高，容易长杂菌，亚硝酸盐也会偏高。大白菜和盐的比例我一般按一百斤菜四斤盐。
4. 缸要洗净晾干，菜要压实，让菜全部没在水里，表面长白膜就把膜撇掉。
5. 吃之前多洗几遍，炖菜时多煮一会儿。
最后提醒，市场上买散装腌菜，尽量选有登记证、标签齐全的作坊出的。
""",
    ),
    dict(
        slug="blog-oneline-tussah-hill-diary",
        site="蚕山随记 (invented)",
        style="博客",
        genre="随笔",
        kind="essay",
        form="text",
        source="http://blog.canshan.net/post/2023/05/canshanji.html",
        title="上山放蚕记",
        record_title="上山放蚕记_蚕山随记",
        date="2023-05-21",
        notes="blog whose body is all on one line (paragraphs apart only by their indent); post date line",
        page="""
!m 蚕山随记 — 一个放蚕人的日常
!m 首页 · 分类 · 归档 · 关于
{T}
!m 发表于 2023-05-21 | 分类于 放蚕日子 | 阅读次数 311
{BODY}
!l # 柞蚕　# 放养　# 春蚕
!l « 蚕卵孵化那几天　　　　蚕茧下山了 »
!l 0 条评论　登录后参与评论
!d 本站文章采用 署名-非商业性使用 许可协议
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
天还没亮，我们就背着蚕筐出门了。前几天在暖房里孵出的小蚕，今天要送上山，放到刚发出嫩叶的柞树上。
父亲走在前面，拿着镰刀把挡路的荆条砍开。到了蚕场，他把蚕连一片片挂到树枝上，小蚕慢慢爬出来，找到嫩叶就开始吃。
放上山以后，人就离不开蚕场了。要防鸟、防蚂蚁、防蜂，还要看哪棵树的叶子吃光了，及时把蚕移到新树上。父亲说，放蚕就像看孩子，一天不去心里就不踏实。
中午坐在石头上吃干粮，山风吹着柞树叶哗哗响。我想，等秋天蚕茧下山，这满山的辛苦就都有了回报。
""",
    ),
    dict(
        slug="wechat-html-riveting-heritage-master",
        site="公号阅读站 (invented)",
        style="公众号镜像",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.gonghaoyd.com/article/5fe31c0a9d.html",
        title="一把金刚钻，锔补半生缘——记县级非遗锔瓷传承人戴守仁",
        record_title=None,
        date="2024-10-09",
        notes="WeChat-style mirror in HTML; title missing from the record; account header and 阅读原文/在看 row; photo captions between paragraphs",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>一把金刚钻，锔补半生缘——记县级非遗锔瓷传承人戴守仁</title></head>
<body>
<div class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta_list">⟦m 槭岭文旅　2024年10月09日 18:20　江西⟧</div>
<div class="top-follow">⟦a ▲点击上方蓝字，关注槭岭文旅⟧</div>
<div class="rich_media_content">
{BODY}
</div>
<div class="end">⟦m 文字：顾小岚　图片：蒋帆　编辑：于芮　审核：彭建⟧</div>
<div class="qr">⟦a 识别二维码　关注我们⟧</div>
<div class="bar">⟦a 阅读原文⟧ ⟦l 分享⟧ ⟦l 赞⟧ ⟦l 在看⟧</div>
</div>
<div class="mirror-foot">⟦d 本页面由公号阅读站自动抓取生成，如需删除请联系我们⟧</div>
</body></html>
""",
        body="""
在槭岭县老街的一间小铺子里，七十二岁的戴守仁正俯身在一盏台灯下，手里的弓钻来回拉动，碎成五瓣的青花碗在他手中渐渐合拢。
戴守仁十四岁跟着舅舅走街串巷，挑着担子给人锔碗锔缸。“那时候一只碗要用好些年，破了舍不得扔，就找锔匠。”他说。
⟦m 戴守仁在为一只青花碗打孔。⟧
后来日子好了，找他锔碗的人越来越少，他一度改行修自行车。这几年，随着人们对传统手艺的兴趣回升，不少收藏爱好者和年轻人慕名而来，他的小铺又热闹起来。
2023年，锔瓷技艺被列入县级非物质文化遗产代表性项目名录，戴守仁被认定为代表性传承人。他在县职业中学开了兴趣班，已经带出十几个学生。
⟦m 戴守仁的学生在练习上钉。⟧
“东西破了，修一修还能用，这里面有过日子的道理。”戴守仁说，只要还拿得动钻，他就会一直教下去。
""",
    ),
    dict(
        slug="docshare-html-hawker-management-plan",
        site="文档集市 (invented)",
        style="文档分享",
        genre="方案",
        kind="plan",
        form="html",
        source="https://www.wendangjishi.com/d/20240311/639201.html",
        title="街道流动摊贩规范管理实施方案",
        record_title="街道流动摊贩规范管理实施方案(精选)",
        date="2024-03-08",
        notes="document-sharing page: upload notice, download points; the plan speaks of 公示/登记 as content; 成文日期 in Arabic numerals",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>街道流动摊贩规范管理实施方案(精选)-文档集市</title></head>
<body>
<div class="nav">⟦m 文档集市⟧ ⟦m 首页⟧ ⟦m 分类⟧ ⟦m 排行⟧ ⟦a 上传文档⟧</div>
<h1>{T}</h1>
<div class="inf">⟦m 文档贡献者：城东小吏　｜　格式：docx　｜　大小：31.2KB　｜　页数：3⟧</div>
<div class="ops">⟦a 下载（需3积分）⟧ ⟦a 收藏⟧ ⟦a 分享⟧</div>
<div class="content">
{BODY}
</div>
<div class="notice">⟦d 该文档为网友上传分享，仅供学习交流，版权归原作者所有，若有侵权请联系删除。⟧</div>
<div class="tags">⟦l 标签：流动摊贩　城市管理　实施方案⟧</div>
<div class="foot">⟦m 文档集市 wendangjishi.com 粤ICP备20044716号⟧</div>
</body></html>
""",
        body="""
为规范辖区流动摊贩经营秩序，既方便群众生活，又维护市容环境，结合街道实际，制定本方案。
一、工作原则
坚持疏堵结合、以疏为主，坚持分类管理、差异化管控，坚持属地负责、部门协同。
二、主要措施
（一）划定区域。将辖区道路分为禁止区、控制区和疏导区。主次干道、学校和医院周边五十米范围为禁止区；背街小巷为控制区，限时限量经营；在三处空地设立疏导区。
（二）登记管理。对流动摊贩实行“一摊一档”登记，在疏导区入口公示摊主姓名、经营品种和投诉电话。
（三）网格巡查。社区网格员每日巡查，发现问题先劝导、后上报，城管中队及时处置。
三、工作要求
各社区要于3月底前完成摊贩摸底登记，4月1日起按方案实施。
城东街道办事处
2024年3月8日
""",
    ),
    dict(
        slug="edu-text-daylily-labour-class",
        site="晋北市教育信息网 (invented)",
        style="教育门户",
        genre="总结",
        kind="summary",
        form="text",
        source="http://www.jbedu.net/jyxw/xxdt/2024/0705/20188.html",
        title="榆坪镇中心学校“金针花开”劳动教育实践活动总结",
        record_title="榆坪镇中心学校“金针花开”劳动教育实践活动总结 - 学校动态 - 晋北市教育信息网",
        date="2024-07-04",
        notes="education portal; hard-wrapped at 58 columns; decimal headings; date under signature",
        page="""
!m 晋北市教育信息网
!m 首页＞教育新闻＞学校动态
{T}
!m 来源：榆坪镇中心学校　　作者：邬敏　　更新时间：2024-07-05　　【我要纠错】
{BODY}
!a 【打印文章】　【关闭窗口】
!l 上一篇：城区小学暑期安全教育部署会召开
!l 下一篇：2024年中考考点检查工作圆满完成
!m 晋北市教育局主办　　晋ICP备05001836号
""",
        wrap=58,
        indent="\u3000\u3000",
        body="""
6月中旬至7月初，我校依托本地黄花菜产业，组织四至八年级学生开展“金针花开”劳动教育实践活动，现总结如下。
1.活动开展情况
1.1 认识黄花菜。邀请镇农业综合服务中心技术员到校讲课，介绍黄花菜的生长习性和采摘、蒸制、晾晒工艺。
1.2 田间采摘。分批组织学生到东坪村种植基地参加采摘体验，共组织12批次、参加学生486人次。
1.3 成果展示。学生撰写劳动日记、拍摄劳动照片，评选优秀劳动日记30篇。
2.活动成效
学生在劳动中体会到农民的辛苦，增强了热爱家乡的情感，不少家长反映孩子回家后主动做家务了。
3.不足与改进
采摘时间早、天气热，个别学生体力跟不上。明年将调整为傍晚时段，并提前做好防暑准备。
榆坪镇中心学校
2024年7月4日
""",
    ),
    dict(
        slug="intranet-html-survey-institute-safety",
        site="樟原县测绘院内网 (invented)",
        style="企业内网",
        genre="通知",
        kind="notice",
        form="html",
        source="http://10.18.2.6/oa/gw/view.do?id=2024-GW-0231",
        title="关于加强外业测量作业安全管理的通知",
        date="2024-06-17",
        notes="intranet document view: 流转 table, read receipts; 抄送 line kept; 文号 neutral",
        page="""
<html><head><meta charset="utf-8"><title>公文查看</title></head>
<body>
<div class="sys">⟦m 樟原县测绘院综合办公系统　当前用户：外业二队 柯磊⟧ ⟦a 退出⟧</div>
<div class="menu">⟦m 待办(3)　已办　公文管理　通知公告　个人设置⟧</div>
<div class="doc">
<h2>{T}</h2>
<p>樟测院发〔2024〕18号</p>
{BODY}
</div>
<table class="flow"><tr><td>⟦m 办理环节：拟稿→核稿→签发→分发⟧</td></tr><tr><td>⟦m 签发人：院长 屈文涛　签发时间：2024-06-17 16:38⟧</td></tr></table>
<div class="read">⟦m 阅读情况：已读 42　未读 3⟧ ⟦a 查看阅读明细⟧</div>
<div class="btns">⟦a 下载正文⟧ ⟦a 打印⟧ ⟦a 关闭⟧</div>
</body></html>
""",
        body="""
各外业队、院属各部门：
入夏以来，我院外业测量任务集中，高温、雷雨天气增多，部分点位位于山顶、河道、公路边，作业风险加大。为保障职工安全，现就有关事项通知如下：
一、外业作业至少两人同行，出发前向队部报告路线和预计返回时间，每日傍晚报平安。
二、遇雷雨天气立即停止山顶、高处作业，不得在大树下和觇标旁避雨。
三、在公路沿线作业须穿反光背心，按规定摆放警示标志，安排专人观察来往车辆。
四、各队配备急救包和防暑药品，作业车辆每周检查一次。
五、发生安全事故或险情，须在1小时内报院办公室。
樟原县测绘院
2024年6月17日
抄送：院安全生产领导小组各成员。
""",
    ),
]

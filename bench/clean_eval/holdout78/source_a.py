"""holdout78, part A: a blood-donation office, an ice-hockey club, a saltern, a harbour pilot
station, a well-drilling team, a denture lab, a pipa society, a wrestling club, a judo school
class, an ice-cream factory, a croquet ground, a lawn-bowls coach and a water-chestnut co-op's
Party branch. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="gov-hengyang-blood-donation-html-hotline",
        site="蘅阳县卫生健康局 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://wjj.hengyang.example.gov.cn/tzgg/202506/t20250611_4417.html",
        title="关于开展2025年夏季无偿献血集中采血活动的通知",
        record_title="关于开展2025年夏季无偿献血集中采血活动的通知_蘅阳县卫生健康局",
        date="2025-06-11",
        notes="modern county portal; the document's own 联系人/电话 next to the portal's 12345 line; a 附件 list; 成文日期 under the signature; a byline with the same date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>关于开展2025年夏季无偿献血集中采血活动的通知_蘅阳县卫生健康局</title>
<link rel="stylesheet" href="/static/css/portal.min.css">
<script>var _siteId="hy-wjj";window.dataLayer=window.dataLayer||[];</script>
</head><body>
<div class="topbar">⟦m 蘅阳县卫生健康局　健康蘅阳 与您同行⟧ <span>⟦a 无障碍浏览 | 长者模式 | 简体/繁體⟧</span></div>
<nav class="mainnav"><ul>⟦m <li>首页</li><li>机构概况</li><li>政务公开</li><li>健康服务</li><li>互动交流</li>⟧</ul></nav>
<div class="crumb">⟦m 当前位置：首页 &gt; 政务公开 &gt; 通知公告⟧</div>
<div class="wrap"><div class="article">
<h1>{T}</h1>
<div class="byline">⟦m 发布时间：2025-06-11 09:40　来源：医政医管股　浏览次数：1386⟧</div>
<div class="tools">⟦a 【字号：大 中 小】【打印本页】【关闭窗口】⟧</div>
<div class="content">
{BODY}
</div>
<div class="share">⟦l 分享到： 微信 微博 QQ空间⟧</div>
<div class="prenext">⟦l 上一条：关于做好端午节期间医疗保障工作的通知⟧<br>⟦l 下一条：县卫健局2025年第二季度政务公开情况通报⟧</div>
</div>
<aside class="side"><h3>⟦l 热点专题⟧</h3><ul>⟦l <li>健康促进行动</li><li>医保便民服务</li><li>疫苗接种点查询</li>⟧</ul></aside></div>
<footer>⟦m 主办：蘅阳县卫生健康局　地址：蘅阳县文昌路58号⟧<br>⟦m 政务服务便民热线：12345　网站标识码：4311280031⟧<br>⟦m 湘ICP备20250118号-2⟧</footer>
<script src="/static/js/jquery.min.js"></script><script>stat.push(["view","4417"]);</script>
</body></html>
""",
        body="""
各乡镇卫生院、县直各医疗卫生单位：
为保障全县夏季临床用血需求，经研究，决定于6月下旬至7月中旬在全县开展无偿献血集中采血活动。现将有关事项通知如下。
一、活动时间：2025年6月23日至7月18日。
二、采血安排：县中心血站派出流动采血车，按乡镇轮流驻点，具体时间以各乡镇公告为准。
三、工作要求：各单位要广泛宣传无偿献血知识，组织符合条件的干部职工积极参与，并做好献血者的休息和饮水保障。
四、请各单位于6月20日前将参与人数报送县卫健局医政医管股。
联系人：蒋若兰　联系电话：0739-6623158　邮箱：hyyzyg@example.cn
附件：1.2025年夏季流动采血车驻点安排表
2.无偿献血者健康征询表
蘅阳县卫生健康局
2025年6月11日
""",
    ),
    dict(
        slug="fanwen-bingqiu-club-summary-decorated",
        site="好笔头范文网 (invented)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.haobitou.example.com/zongjie/tiyu/98213.html",
        title="青少年冰球俱乐部2024年度工作总结",
        record_title="【精选3篇】青少年冰球俱乐部2024年度工作总结（通用）",
        date="2025-01-06",
        notes="decorated record title; writing-service prompts glued after a sentence and on a line between paragraphs; date only under the signature; a VIP unlock line at the bottom",
        indent="　　",
        page="""
!m 好笔头范文网 > 工作总结 > 体育工作总结
!t 【精选3篇】青少年冰球俱乐部2024年度工作总结（通用）
!m 更新：2025-02-14　人气：2731　本文共计1180字
!a 一键复制全文　|　下载Word文档　|　收藏本篇
{BODY}
!a 剩余2篇范文需开通会员后查看，单篇下载仅需2元
!w 原创代写、文稿润色请加客服微信：hbt_wenmi06
!l 相关推荐：冰雪运动进校园总结 | 滑冰队年度训练总结 | 体育俱乐部工作计划
""",
        body="""
2024年，俱乐部在市体育局和冰雪运动协会的指导下，围绕“普及与提高并重”的思路，各项工作取得了新进展。
一、注册会员稳步增长。全年新招收小学员一百二十六名，注册会员总数达到三百四十名，开设启蒙、提高、竞技三个层级的课程。⟦w 写作没思路？专业老师一对一帮写，扫右侧二维码咨询。⟧
二、训练体系更加规范。俱乐部修订了教学大纲，每周安排陆上体能训练两次、冰上训练三次，教练员全部持证上岗。
⟦a 展开剩余68%内容⟧
三、赛事成绩有所突破。U12队获得全省青少年冰球锦标赛亚军，两名队员入选省少年集训队。
四、存在的不足。冰场租用时段紧张，部分家长对训练强度理解不够，安全保护装备还需更新。
2025年，俱乐部将积极争取新建训练冰场，完善家校沟通机制，力争承办一项省级青少年赛事。
城东青少年冰球俱乐部
2025年1月6日
""",
    ),
    dict(
        slug="wenku-luwan-saltern-plan-corner-markers",
        site="素笺文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://wenku.sujian.example.com/view/7f31c2a90d.html",
        title="芦湾盐场2025年汛期安全生产工作方案",
        record_title="芦湾盐场2025年汛期安全生产工作方案.pdf",
        date=None,
        notes="file-name record title; page markers 『第n页』 cut sentences, glued or not; an upload stamp and a preview-end prompt; no date (year only in the title)",
        pages=dict(fmt="『第{n}页』", every=140, start=2, glue="mix"),
        page="""
!m 素笺文库　>　行业资料　>　安全生产
芦湾盐场2025年汛期安全生产工作方案.pdf
!m 上传者：盐田老周　上传于 2025-05-19　页数：4　下载券：3
!d 本文档由用户上传，版权归原作者所有，如有侵权请联系平台删除
{T}
{BODY}
!a 试读已结束，剩余2页需下载后阅读
!a 立即下载　加入文件夹　举报
!l 猜你喜欢：盐场防台风应急预案 / 晒盐工艺操作规程 / 汛期安全检查表
""",
        body="""
为切实做好2025年汛期安全生产工作，确保盐田、堤坝、仓储设施和职工生命财产安全，结合我场实际，制定本方案。
一、工作目标：汛期内不发生溃堤、垮仓和人员伤亡事故，原盐库存损失控制在百分之一以内。
二、组织领导：成立汛期安全生产领导小组，场长任组长，分管副场长任副组长，各工区主任为成员。
三、重点任务
（一）加固海堤和纳潮闸，对三号、五号工区的薄弱堤段提前抛石护坡。
（二）原盐堆垛一律加盖苫布，盐坨四周开挖排水沟，防止雨水浸泡。
（三）汛期实行二十四小时值班，值班人员不得擅离岗位，遇有险情立即报告。
四、保障措施：场部储备编织袋八千条、抽水泵十二台，各工区配备应急照明和救生衣。
""",
    ),
    dict(
        slug="news-caohai-pilot-station-html-byline",
        site="曹海新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.caohainews.example.com/bd/2025-03/27/content_66102.htm",
        title="曹海引航站完成今年首艘超大型油轮夜间引航",
        record_title=None,
        date="2025-03-27",
        notes="no record title; a news page with photo caption between paragraphs and an editor line glued to the last paragraph; byline 发布时间 is the page's date",
        page="""
<!doctype html><html><head><meta charset="utf-8">
<title>曹海引航站完成今年首艘超大型油轮夜间引航 - 曹海新闻网</title>
<script>document.write('<script src="//ad.caohainews.example.com/show.js"><\\/script>');</script>
</head><body>
<header><div class="logo">⟦m 曹海新闻网　曹海人的新闻门户⟧</div>
<ul class="nav">⟦m <li>首页</li><li>本地</li><li>港航</li><li>经济</li><li>视频</li><li>评论</li>⟧</ul>
<div class="login">⟦a 登录 | 注册 | 投稿⟧</div></header>
<main><div class="loc">⟦m 首页 → 本地 → 港航⟧</div>
<h1>{T}</h1>
<p class="info">⟦m 2025-03-27 08:12　来源：曹海日报　记者 杭予宁 通讯员 戚航⟧</p>
<div class="txt">
{BODY}
</div>
<div class="tags">⟦l 标签： 引航 港口 油轮⟧</div>
<div class="comment">⟦l 网友评论（0） 发表评论 请文明上网，理性发言⟧</div>
</main>
<aside><div class="hot">⟦l 24小时热榜 1.曹海港集装箱吞吐量创新高 2.跨海大桥春季检修公告 3.渔港避风锚地扩建开工⟧</div></aside>
<footer>⟦m 曹海新闻网版权所有 未经书面授权不得复制或建立镜像⟧ ⟦m 新闻热线：0568-2290110⟧ ⟦m 浙ICP备19004421号⟧</footer>
</body></html>
""",
        body="""
3月26日晚，一艘载重三十万吨的超大型油轮在曹海引航站两名高级引航员的引领下，安全靠泊曹海港区原油码头，这是该站今年完成的首艘超大型油轮夜间引航。
据了解，该轮船长三百三十米，吃水二十一米，进港航道窄、夜间能见度低，对引航操作要求极高。
⟦m 图为引航员登轮前检查软梯。记者 杭予宁 摄⟧
为确保安全，引航站提前三天制定专项方案，会同海事、拖轮公司进行模拟推演，并安排四艘拖轮全程护航。
引航站负责人表示，今年将继续推进夜间引航常态化，进一步提升港口通航效率。⟦m （编辑：葛云舟）⟧
""",
    ),
    dict(
        slug="forum-jingpo-well-drilling-junk",
        site="井坡论坛 (invented)",
        style="论坛",
        genre="倡议书",
        kind="initiative",
        form="text",
        source="http://bbs.jingpo.example.net/thread-220914-1-1.html",
        title="致全镇打井户的一封信",
        record_title="[转帖] 致全镇打井户的一封信 - 乡情杂谈 - 井坡论坛",
        date="2025-04-02",
        date_also=["2025-04-03"],
        notes="decorated record title; forum junk lines and glued junk; a post line whose date differs from the letter's date (document date expected, the post date also accepted); floors under the post",
        junk=dict(lines=2, glued=3),
        page="""
!m 井坡论坛 » 乡情杂谈 » 致全镇打井户的一封信
!m 查看: 902 | 回复: 6
!t [转帖] 致全镇打井户的一封信
!m 老井匠 发表于 2025-4-3 07:58 | 只看该作者 | 倒序浏览
{BODY}
!d 本帖最后由 老井匠 于 2025-4-3 08:05 编辑
!l 沙发　水利小王　2025-4-3 09:12　支持，去年邻村就出过事
!l 板凳　井坡老赵　2025-4-3 10:40　打井队的资质确实要查
!a 回复 | 举报 | 评分 | 分享
""",
        body="""
全镇各打井户、打井队：
近年来，我镇农业灌溉和生活用水打井数量逐年增加，但也存在无证打井、乱打乱封、废井不回填等问题，去年还发生了一起儿童坠入废井的险情。
为保障群众安全和地下水资源，镇水利站向大家发出如下倡议。
一是打井前先到镇水利站登记，说明井位、井深和用途，不在禁采区内打井。
二是请有资质的打井队施工，施工现场要设置围挡和警示标志。
三是不再使用的机井要及时回填封堵，不得只用木板或石块遮盖。
四是发现废弃井口无人管理的，请拨打镇水利站电话0917-5531206反映。
让我们共同守护脚下的水，守护孩子们的平安。
井坡镇水利站
2025年4月2日
""",
    ),
    dict(
        slug="blog-denture-technician-old-table",
        site="技工老程的博客 (invented)",
        style="博客",
        genre="心得体会",
        kind="insight",
        form="html",
        source="http://blog.chengyichi.example.net/article/2025/02/18/351.html",
        title="在义齿加工所工作十年的几点体会",
        record_title="在义齿加工所工作十年的几点体会 - 技工老程的博客 - 荇水义齿",
        date="2025-02-18",
        notes="old table-layout blog (gb2312 era) with left archive column, a visit counter and a post-time line in brackets; a reprint notice glued after the last paragraph",
        p_html='<p style="text-indent:2em">{}</p>',
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>在义齿加工所工作十年的几点体会 - 技工老程的博客 - 荇水义齿</title>
<script language="javascript">function MM_swapImage(){}</script>
</head><body bgcolor="#f4f1e8">
<table width="960" align="center" border="0"><tr><td colspan="2">⟦m 技工老程的博客　——一个牙科技工的日常⟧</td></tr>
<tr><td width="200" valign="top">
<table><tr><td>⟦l 日志分类 工作随笔(42) 工艺笔记(17) 生活(9)⟧</td></tr>
<tr><td>⟦l 日志存档 2025年02月 2025年01月 2024年12月⟧</td></tr>
<tr><td>⟦m 访问统计：今日 37 总计 58214⟧</td></tr></table></td>
<td valign="top">
<h2>{T}</h2>
<div>⟦m [2025-02-18 21:36] 分类：工作随笔⟧</div>
{BODY}
<div>⟦l 阅读(214) | 评论(3) | 转载 | 收藏⟧</div>
<div>⟦l 上一篇：全瓷冠比色的一点经验　下一篇：春节值班小记⟧</div>
</td></tr>
<tr><td colspan="2" align="center">⟦m Copyright 2008-2025 技工老程 All Rights Reserved⟧</td></tr></table>
</body></html>
""",
        body="""
从技校毕业进入荇水义齿加工所，一晃已经十年了，从打磨学徒到烤瓷组组长，有几点体会想记下来。
第一，手上的功夫是一点一点磨出来的。一颗烤瓷冠要经过取模、灌模、蜡型、包埋、铸造、上瓷等十几道工序，哪一道马虎了，医生那边就要返工。
第二，要把每一副义齿都当成病人的脸面。我们见不到病人，但病人每天都要戴着我们做的牙说话、吃饭。
第三，要跟得上新技术。近几年数字化扫描和切削越来越普及，所里组织我们轮流去学习，我也考取了相关证书。
第四，安全防护不能省。打磨时的粉尘对肺不好，口罩、吸尘设备一定要用好。
写下这些，算是对自己十年的一个交代，也希望新来的徒弟们少走些弯路。⟦d （本文为原创，转载请注明出处）⟧
""",
    ),
    dict(
        slug="wechat-zhichuan-pipa-society-letter",
        site="芷川琵琶学会公众号镜像 (invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="initiative",
        form="text",
        source="https://mp.mirror-read.example.com/s/ZcPp8Kq21vTn",
        title="“琵琶进社区”公益教学倡议书",
        date="2025-05-08",
        notes="WeChat mirror: account line with the post date, read/like row, a 'click the blue words' follow prompt, a 阅读原文 row; a document sentence asking to 扫码 sign up stays",
        gap=True,
        page="""
!m 芷川琵琶学会
!t “琵琶进社区”公益教学倡议书
!m 原创　芷川琵琶学会　2025年05月08日 19:20　湖南
!a 点击上方蓝字“芷川琵琶学会”，设为星标，第一时间收到推送
{BODY}
!a 长按二维码关注我们
!m 编辑｜小弦　审核｜闵秋
!l 阅读原文　　阅读 1562　　在看 48　　赞 97
!d 图片来源于网络，如有侵权请联系删除
""",
        body="""
各位会员、琵琶爱好者：
琵琶是我国历史悠久的弹拨乐器，“大珠小珠落玉盘”的声音陪伴了一代又一代人。
为让更多市民亲近传统音乐，学会决定从今年6月起开展“琵琶进社区”公益教学活动，在城区八个社区开设免费体验班。
我们倡议：有教学经验的会员每月至少到社区授课一次；有闲置琵琶的会员可捐给社区活动室；大家把活动信息转告身边的朋友。
有意参加授课的会员，请扫描文末二维码填写报名表，学会将统一安排课时。
让琴声走进街巷，让传统走近生活。
芷川琵琶学会
2025年5月8日
""",
    ),
    dict(
        slug="docshare-boke-wrestling-plan-docx",
        site="共享文档站 (invented)",
        style="文档分享",
        genre="方案",
        kind="plan",
        form="text",
        source="https://share.gxdoc.example.com/d/88213074.html",
        title="蒲湾旗搏克（蒙古式摔跤）俱乐部青少年培训方案",
        record_title="蒲湾旗搏克俱乐部青少年培训方案.docx",
        title_also=["蒲湾旗搏克俱乐部青少年培训方案"],
        date=None,
        notes="file-name record title; a table (one row a paragraph, cells apart by ideographic spaces); a 2 元 download bar and a doc-info row; no date",
        page="""
!m 共享文档站　|　文档详情
!m 格式：docx　大小：38KB　页数：3　贡献者：蒲湾搏克教练组
!m 上传时间：2025-04-27　下载：81次
{T}
{BODY}
!a 下载本文档（2元）　｜　在线阅读全文　｜　分享给好友
!d 声明：本站文档均由网友上传，仅供学习交流使用
!l 同类文档：少儿武术培训计划 ｜ 那达慕赛事组织方案 ｜ 体育夏令营方案
""",
        body="""
为传承民族传统体育项目，发现和培养搏克后备人才，结合俱乐部实际，制定本方案。
一、培训对象：全旗八至十六周岁、身体健康的青少年，每期招收四十人。
二、培训内容与课时安排如下：
项目　课时　主讲
基本步法与架势　12　巴特尔
摔跤技术动作　20　乌力吉
体能与柔韧训练　16　其其格
规则与礼仪　4　巴特尔
三、安全要求：训练场地铺设专用软垫，每次训练前进行热身，教练全程在场保护。
四、考核办法：培训结束后进行技术考核和友谊比赛，成绩优秀者推荐参加旗那达慕青少年组比赛。
""",
    ),
    dict(
        slug="edu-fengshan-judo-class-notice-html",
        site="芎岭县教育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.xiongling.example.gov.cn/jygz/2025/0903/1127.html",
        title="关于在部分中小学开设柔道特色课程的通知",
        record_title="关于在部分中小学开设柔道特色课程的通知",
        date="2025-09-03",
        record_date="2025-09-03",
        notes="education portal; date in the record; 文号 neutral; addressee; a table of schools; 抄送 and 印发 版记 kept; a 校园安全 banner and a font-size row",
        page="""
<html><head><meta charset="utf-8"><title>芎岭县教育局-工作动态</title>
<style>.banner{height:80px}</style></head><body>
<div class="banner">⟦m 芎岭县教育局　立德树人 办人民满意教育⟧</div>
<div class="menu">⟦m 网站首页 教育新闻 通知公告 政策法规 招生考试 校园安全⟧</div>
<div class="pos">⟦m 您现在的位置：网站首页 - 通知公告⟧</div>
<h2>{T}</h2>
<div class="attr">⟦m 作者：体卫艺股　点击数：642　更新时间：2025-09-03⟧　⟦a 【大 中 小】⟧</div>
<div>芎教体〔2025〕19号</div>
{BODY}
<div class="bottom">⟦a 【打印此文】 【关闭窗口】 【返回顶部】⟧</div>
<div class="links">⟦l 相关文章：关于开展中小学生体质健康监测的通知 ｜ 我县举办校园足球联赛⟧</div>
<div class="foot">⟦m 芎岭县教育局主办　技术支持：芎岭信息科技有限公司　备案号：黔ICP备17006318号⟧</div>
</body></html>
""",
        body="""
各乡镇中心学校，县直各中小学：
为丰富学校体育课程，增强学生体质，经研究，决定在部分中小学开设柔道特色课程。现将有关事项通知如下。
一、试点学校
学校　年级　每周课时
县第一小学　四至六年级　1
城北小学　五、六年级　1
芎岭二中　七、八年级　2
二、师资安排：由县体育运动学校选派柔道教练到校授课，学校体育教师跟班学习。
三、场地器材：试点学校要在体育馆或活动室铺设柔道垫，县教育局给予适当补助。
四、安全要求：课程实行“一课一检查”，教练要教会学生正确的倒地保护动作。
芎岭县教育局
2025年9月3日
抄送：县体育局，县教育督导室。
芎岭县教育局办公室　2025年9月3日印发
""",
    ),
    dict(
        slug="oa-xueyuan-icecream-factory-minutes",
        site="雪原乳品协同办公 (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://oa.xueyuan-dairy.example.local/doc/view?id=20250612-07",
        title="冰淇淋车间夏季生产调度会会议纪要",
        record_title="内部资料-冰淇淋车间夏季生产调度会会议纪要",
        date="2025-06-12",
        notes="intranet document view: an approval trail and read counts at the bottom, a watermark line; minutes' 时间/地点/主持/参会/记录 lines kept",
        page="""
!m 雪原乳品协同办公平台　>　公文管理　>　会议纪要
!m 拟稿人：邵佳　拟稿部门：生产部　密级：内部
!d 内部资料　注意保密　水印：生产部-邵佳-0613
{T}
{BODY}
!m 流转记录：邵佳（拟稿）→ 袁卫国（审核）→ 杜岚（签发）
!m 已阅 37 人　未阅 5 人
!a 【下载正文】【打印】【转发】
""",
        body="""
时间：2025年6月12日14:30
地点：二号楼三楼会议室
主持：袁卫国
参会：生产部、质检部、设备部、仓储部负责人及冰淇淋车间各班组长
记录：邵佳
会议听取了冰淇淋车间上半年生产情况汇报，研究了夏季旺季生产调度工作。纪要如下。
一、6月下旬至8月实行三班倒，日产量提高到四十五吨，车间人员不足部分从奶粉车间临时调配。
二、质检部加密原辅料抽检频次，对每批次产品进行菌落总数检测，不合格产品一律不得出库。
三、设备部在7月1日前完成两条灌装线和速冻隧道的检修保养。
四、仓储部协调冷库库位，确保成品在零下十八摄氏度以下储存。
""",
    ),
    dict(
        slug="qa-wenwen-croquet-request-answer",
        site="问问知道 (invented)",
        style="问答社区",
        genre="请示",
        kind="request",
        form="text",
        source="https://zhidao.wenwen.example.com/q/55120387.html",
        title="社区老年槌球场坏了，想写个请示申请修缮，格式怎么写？",
        record_title=None,
        date=None,
        notes="no record title, the question on the page is the title; the answer's sample 请示 is the body with a template date placeholder (no date); answer meta with a relative time; vote row",
        page="""
!m 问问知道 > 生活 > 社区服务
{T}
!m 提问者：晚霞槌球队　3天前
!m 最佳答案
!m 公文小能手　回答于 2天前　擅长：行政公文
下面这个可以参考，把单位和数字换成你们的：
{BODY}
!l 有帮助(26)　无帮助(1)　评论(2)
!l 其他回答(3)　查看全部 >
!d 答案仅供参考，请以实际情况为准
""",
        body="""
关于申请修缮老年槌球场的请示
街道办事处：
我社区老年槌球场建于2012年，场地面积约六百平方米，是辖区一百余名老年人日常锻炼的主要场所。
近年来场地人工草皮磨损严重，多处开裂起翘，围挡锈蚀，已有两名老人在活动中摔倒受伤。
为保障老年人活动安全，拟对球场进行修缮，更换人工草皮、维修围挡和照明，经初步测算需资金约八万元。
妥否，请批示。
××社区居民委员会
××××年××月××日
""",
    ),
    dict(
        slug="anthology-lvcao-lawn-bowls-speech-cn-date",
        site="绿茵文存 (invented)",
        style="个人文集",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.lvyinwencun.example.org/juan2/046.html",
        title="在市草地滚球队成立二十周年座谈会上的讲话",
        record_title="《绿茵文存》卷二·第46篇：在市草地滚球队成立二十周年座谈会上的讲话",
        date="2024-10-19",
        notes="a retired coach's collection; decorated record title; the date under the speech title in Chinese numerals; speaker line neutral; chapter navigation",
        gap=True,
        indent="　　",
        page="""
!m 绿茵文存　·　卷二　讲话与发言
!l 目录 | 上一篇：在全省滚球裁判培训班结业式上的发言 | 下一篇：写给新队员的信
{T}
前市草地滚球队主教练　卢铁民
（二〇二四年十月十九日）
{BODY}
!l 本卷共58篇　返回卷首
!d 文存由作者家属整理，转载请联系授权
""",
        body="""
同志们，老队友们：
二十年前，我们几个退休职工在体育场边的一块空地上，用借来的几副球开始了草地滚球运动，那时候谁也没想到能走到今天。
二十年来，球队从最初的六个人发展到现在的八十多人，先后获得省运会老年组团体冠军两次，培养出国家级裁判三名。
这项运动讲究的是耐心和分寸，一个球推出去，力量重一分轻一分，结果就大不一样。做人做事也是这个道理。
希望年轻的队员们传承好球队团结互助的传统，也希望市体育部门继续关心支持我们，把滚球场维护好、利用好。
谢谢大家！
""",
    ),
    dict(
        slug="dangjian-biqi-water-chestnut-branch-html",
        site="荠湾镇党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://dj.qiwan.example.gov.cn/zbjs/2025/0701/209.html",
        title="在荸荠种植专业合作社党支部“七一”主题党日上的讲话",
        record_title="在荸荠种植专业合作社党支部“七一”主题党日上的讲话-荠湾镇党建网",
        date="2025-07-01",
        notes="Party-building portal: speaker line and date line under the title neutral; a red banner, study column sidebar, and a 'learning points' box between paragraphs",
        page="""
<html><head><meta charset="utf-8"><title>在荸荠种植专业合作社党支部“七一”主题党日上的讲话-荠湾镇党建网</title></head>
<body><div class="red-banner">⟦m 荠湾镇党建网　不忘初心 牢记使命⟧</div>
<div class="nav">⟦m 首页｜党建要闻｜支部建设｜党员风采｜学习园地⟧</div>
<div class="main"><div class="left">
<div class="title">{T}</div>
<div class="sub">合作社党支部书记　韦长庚</div>
<div class="sub">（2025年7月1日）</div>
{BODY}
<div class="end">⟦m 【责任编辑：石小满】⟧ ⟦a 【打印】⟧</div>
</div>
<div class="right"><div class="box">⟦l 学习园地 · 党章党规 · 理论文章 · 支部风采⟧</div><div class="box">⟦l 点击排行 1 党员积分制管理办法 2 致全镇党员的一封信⟧</div></div></div>
<div class="footer">⟦m 中共荠湾镇委员会主办　电话：0771-7280015⟧</div></body></html>
""",
        body="""
同志们：
今天是党的生日，我们在荸荠田边召开主题党日活动，重温入党誓词，就是要提醒每一名党员不忘初心。
过去一年，合作社党支部带领社员发展荸荠种植两千一百亩，亩均增收一千四百元，带动周边三个村的一百六十户农户增收。
⟦l 学习要点：党支部领办合作社 · 党员示范田⟧
下一步，支部要重点抓好三件事：一是建好党员示范田，推广脱毒种苗和水肥一体化技术；二是拓展销售渠道，和县城超市、电商平台签订长期订单；三是做好困难社员帮扶，确保一户不落。
希望全体党员在田间地头亮身份、作表率，让党旗在产业一线高高飘扬。
""",
    ),
]

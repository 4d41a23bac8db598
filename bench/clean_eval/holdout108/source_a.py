"""holdout108, part A: a construction firm's heatstroke plan on a 范文 site, a brick-kiln closure
summary on a 文库 preview, a county CO-poisoning notice, an amusement park's roller-coaster
inspection news, a fishing-tackle shop owners' letter on a forum, a snowplough driver's blog,
a figure-skating club's speech on a WeChat mirror, a yuba factory's rules on a sharing site,
a school's zebra-crossing letter, a vending-machine operator's minutes and a Q&A on a
wolf-damage request. Invented text (sites, places, people, numbers); see ../README.md."""

CASES = [
    dict(
        slug="fanwen-zhuwen-heatstroke-plan-cn-date",
        site="筑文范文网 (invented)",
        style="范文站",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.zhuwenfw.example.com/fangan/anquan/20260618_4412.html",
        title="蓼丘建工集团2026年夏季防暑降温工作方案",
        record_title="【精选】蓼丘建工集团2026年夏季防暑降温工作方案（通用3篇）",
        date="2026-06-10",
        notes="decorated record title; a writing-service prompt glued after a sentence; 成文日期 in Chinese numerals; site slogan, breadcrumb, a views line",
        page="""
!m 筑文范文网——写材料不再熬夜
!m 您所在的位置：首页 » 方案大全 » 安全方案 » 正文
!t 蓼丘建工集团2026年夏季防暑降温工作方案（通用3篇）
!m 整理：小筑　热度：2281℃　更新：06-18
{BODY}
!a 👍 觉得有用就点个赞　｜　⬇ 保存为Word
!l 相关方案推荐：
!l ◇ 高温天气户外作业安全管理方案
!l ◇ 夏季用电安全专项检查方案
!d 本站文章均由会员投稿整理，仅供参考借鉴，如涉及版权请来函删除。
""",
        body="""
为切实做好今年夏季高温时段的防暑降温工作，保障一线作业人员身体健康和生命安全，结合集团实际，制定本方案。
一、组织领导
集团成立防暑降温工作领导小组，由分管安全的副总经理任组长，各项目部经理为第一责任人。
二、主要措施
（一）调整作息时间。日最高气温达到35℃以上时，中午12时至15时停止露天作业，适当延长早晚作业时间。⟦w 材料写作遇到难题？找筑文老师一对一代笔，微信 zw_xiezuo88⟧
（二）配足防暑物资。各项目部要为作业人员配备绿豆汤、藿香正气水、清凉油等防暑用品，设置遮阳休息棚。
（三）落实高温津贴。按规定标准按月足额发放高温津贴，不得以发放防暑用品代替。
三、应急处置
发现有人出现中暑症状，应立即将其转移至阴凉通风处，严重者立即拨打120送医。
蓼丘建工集团有限公司
二〇二六年六月十日
""",
    ),
    dict(
        slug="wenku-yunzhang-brick-kiln-summary-angle-markers",
        site="云章文库 (invented)",
        style="文库预览",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://wenku.yunzhang.example.net/view/8b1f22c0a9.html",
        title="葑川县2025年黏土砖窑关停整治工作总结",
        record_title="葑川县2025年黏土砖窑关停整治工作总结.pdf",
        date="2026-01-12",
        notes="file-name record title; preview page markers ⨴n⨵ glued or on their own line, cutting sentences; a preview-end prompt and a pay prompt; page count line",
        pages=dict(fmt="⨴{n}⨵", every=150, start=2, glue="mix"),
        page="""
!m 云章文库　>　行业资料　>　建材
!t 葑川县2025年黏土砖窑关停整治工作总结.pdf
!m 页数：4　　大小：186KB　　贡献者：qiu***88
{BODY}
!a 预览已到尽头，开通云章会员可阅读全部4页
!a 【立即下载】　　【加入书架】
!l 同类文档：砖瓦行业大气污染治理方案｜乡镇窑厂复垦验收报告
""",
        body="""
2025年，我县把黏土砖窑关停整治作为改善大气环境和保护耕地的重要抓手，全年关停黏土实心砖窑十七座，复垦土地三百二十亩。
一、摸清底数，分类施策。县自然资源局、生态环境局联合开展拉网式排查，对全县砖窑逐一建档，按照取缔、整改、转型三类分别制定处置方案。
二、依法推进，保障权益。对关停窑厂的设备残值和剩余砖坯进行评估补偿，累计兑付补偿资金一千零四十万元，未发生一起群体性上访。
三、复垦利用，巩固成效。关停窑址由所在乡镇组织复垦，经验收合格的土地优先流转给种粮大户，目前已种植冬小麦二百一十亩。
下一步，我们将加强日常巡查，严防已关停砖窑死灰复燃。
葑川县砖窑整治工作领导小组办公室
2026年1月12日
""",
    ),
    dict(
        slug="gov-qiaoyuan-co-poisoning-notice-html",
        site="荞源县人民政府网 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.qiaoyuan.example.gov.cn/zwgk/tzgg/202611/t20261120_88213.html",
        title="关于做好冬季防范一氧化碳中毒工作的通知",
        record_title="关于做好冬季防范一氧化碳中毒工作的通知_通知公告_荞源县人民政府网",
        date="2026-11-20",
        notes="modern county portal; _column_site title; a 发布时间 byline (the page's date equals the 成文日期); the document's own contact phone beside the site's hotline; 附件 list; font-size row, share bar",
        page="""
<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>关于做好冬季防范一氧化碳中毒工作的通知_通知公告_荞源县人民政府网</title>
<script>var _siteid="qy001";</script></head><body>
<header><div class="logo">⟦m 荞源县人民政府⟧</div><div class="tools">⟦a 无障碍浏览 | 长者模式 | 繁體⟧</div>
<nav>⟦m 首页　政务公开　政务服务　互动交流　走进荞源⟧</nav></header>
<div class="crumb">⟦m 当前所在：首页 ＞ 政务公开 ＞ 通知公告⟧</div>
<article><h1>{T}</h1>
<div class="byline">⟦m 发布时间：2026-11-20 16:05　信息来源：县应急管理局　浏览量：1374⟧</div>
<div class="fs">⟦a 字号：［大］［中］［小］⟧</div>
<div class="content">
{BODY}
</div>
<div class="share">⟦l 分享至：微信 微博 QQ空间⟧</div>
<div class="prenext"><p>⟦l 上一条：荞源县2026年冬春火灾防控工作方案⟧</p><p>⟦l 下一条：关于开展冬季道路交通安全宣传月活动的通知⟧</p></div>
</article>
<aside><h3>⟦l 热点专题⟧</h3><ul><li>⟦l 优化营商环境在行动⟧</li><li>⟦l 平安荞源建设⟧</li></ul></aside>
<footer><p>⟦m 主办单位：荞源县人民政府办公室　政府网站标识码：3307260012⟧</p>
<p>⟦m 网站值班电话：0577-66120000⟧</p><p>⟦m 浙ICP备20260318号-1⟧</p></footer>
<script>document.write('<span id="tj"></span>');</script>
</body></html>
""",
        body="""
各乡镇人民政府、街道办事处，县直各有关单位：
入冬以来，我县气温持续走低，燃煤取暖、燃气热水器使用增多，一氧化碳中毒风险明显上升。为切实保障人民群众生命安全，现就有关事项通知如下。
一、开展入户排查。各乡镇（街道）要组织网格员对独居老人、出租房屋、临街商铺逐户排查，重点检查烟道是否畅通、通风是否良好。
二、加强宣传提示。利用村村响广播、宣传单等形式，提醒群众睡前熄灭炭火，不在密闭空间使用燃煤炉具。
三、做好应急救治。县人民医院、县中医院要备足高压氧舱等救治资源，确保中毒患者得到及时救治。
联系人：县应急管理局　吴晓岚，电话：0577-66125530。
附件：1.防范一氧化碳中毒入户排查登记表
2.防范一氧化碳中毒宣传提示语
荞源县应急管理局
2026年11月20日
""",
    ),
    dict(
        slug="news-xiaoyun-roller-coaster-inspection-caption",
        site="晓云新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.xiaoyun.example.com/shehui/2026/04/02/c_51720.shtml",
        title="萸湾欢乐世界过山车完成年度全面检验",
        record_title=None,
        date="2026-04-02",
        notes="no record title (found in the h1); a photo caption between news paragraphs; byline with time and source; an editor line glued after the last paragraph; hot-news list",
        page="""
<html><head><meta charset="utf-8"><title>萸湾欢乐世界过山车完成年度全面检验-晓云新闻网</title></head><body>
<div id="top">⟦m 晓云新闻网｜看见身边的变化⟧ ⟦a 登录 注册⟧</div>
<div id="channel">⟦m 要闻　社会　财经　文旅　视频⟧</div>
<div class="main"><h1>{T}</h1>
<div class="info">⟦m 2026-04-02 09:14　来源：晓云新闻网　记者 钟亦凡⟧</div>
{BODY}
<div class="kw">⟦l 关键词：过山车 特种设备 安全检验⟧</div>
</div>
<div class="hot"><h4>⟦l 24小时热闻⟧</h4><ol><li>⟦l 萸湾地铁2号线西延段开工⟧</li><li>⟦l 清明假期全市景区预约指南⟧</li></ol></div>
<div class="foot">⟦d 晓云新闻网版权所有，未经书面授权不得转载⟧</div>
</body></html>
""",
        body="""
4月1日，萸湾市特种设备检验研究院的检验人员对萸湾欢乐世界“飓风号”过山车进行了年度全面检验。
检验人员逐一检查了车体连接销轴、轨道焊缝和制动系统，并进行了空载和满载试运行。
⟦m ▲检验人员正在检查过山车轨道焊缝。记者 钟亦凡 摄⟧
据介绍，此次检验共发现两处需要整改的问题，景区已当场更换了磨损的导向轮，复检合格后方可恢复运营。
市市场监管局有关负责人提醒，游客乘坐大型游乐设施前，应查看设备是否张贴检验合格标志，并严格遵守乘坐须知。⟦m （编辑：陶　然）⟧
""",
    ),
    dict(
        slug="forum-diaoyou-tackle-shops-letter-junk",
        site="菱塘钓友之家论坛 (invented)",
        style="论坛",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://bbs.lingtangdiaoyou.example.com/thread-30418-1-1.html",
        title="致全县渔具店经营户的一封信",
        record_title="致全县渔具店经营户的一封信 - 禁渔期专区 - 菱塘钓友之家",
        date="2026-03-01",
        date_also=["2026-03-02"],
        notes="forum post with anti-scraping junk lines and glued junk; floor meta; the post time differs from the letter's date (both accepted); a reply box and a signature",
        junk=dict(lines=2, glued=2),
        page="""
!m 菱塘钓友之家 › 禁渔期专区 › 查看主题
!m 查看: 906｜回复: 12
!t [转帖] 致全县渔具店经营户的一封信
!m 老纲丝　发表于 2026-3-2 20:41　只看该作者
{BODY}
!m 本帖最后由 老纲丝 于 2026-3-2 20:45 编辑
!l 回复　引用　举报
!l 沙发　鲫鱼王子：支持，禁渔期大家都自觉点
!m 个性签名：竿在手，心在水，莫问收获
!l 快速回复　发表回复
""",
        body="""
全县渔具店经营户朋友们：
3月1日起，我县长江支流及县内主要水库进入为期四个月的禁渔期。为保护水生生物资源，县渔业协会向各位经营户发出如下倡议。
一是不销售电鱼器、地笼网、多钩锚鱼钩等禁用渔具，对前来询问的顾客主动做好解释。
二是在店内显著位置张贴禁渔期公告，提醒钓友遵守“一人一杆一线一钩”的规定。
三是发现有人非法捕捞的，及时拨打县农业综合执法大队举报电话0571-65810327。
让我们携起手来，共同守护一江清水、满河鱼虾。
菱塘县渔业协会
2026年3月1日
""",
    ),
    dict(
        slug="blog-chuxue-snowplough-driver-wrapped",
        site="北坡老铲的博客 (invented)",
        style="博客",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://blog.beipolaochan.example.com/archives/2026/03/winter-end.html",
        title="一个除雪车司机的冬季工作小结",
        record_title="一个除雪车司机的冬季工作小结 | 北坡老铲",
        date=None,
        notes="hard-wrapped at 60 columns; relative post time only (no date); a blog's archive list, tag row and comment count; a year only in the body's narration",
        wrap=60,
        indent="　　",
        page="""
!m 北坡老铲 · 在雪地里写字的人
!m 首页 | 归档 | 关于我 | 留言板
{T}
!m 发布于 3天前 · 分类：随手记 · 阅读 417
{BODY}
!l 标签：除雪 冬天 开车
!l 评论（9） 写评论
!l 往期文章：
!l 雪夜十二小时
!l 我的老搭档融雪撒布机
!d 本博客文字均为原创，转载请留言告知
""",
        body="""
这个冬天从十一月下旬第一场雪开始，到三月初最后一场雪结束，我和车队的兄弟们一共出车四十一趟，清扫城区主干道和桥梁匝道累计两千六百多公里。
先说做得好的地方。今年我们提前一个月检修了全部除雪车和撒布机，雪前两小时就在重点路段预撒融雪剂，早高峰前主干道基本都能通车。
再说不足。有两次大雪夜里连续作业十几个小时，人困得厉害，差点在立交桥下刮到护栏，以后夜班一定要按规定轮换。
最后说点心里话。每次天亮收车，看到公交车正常发车、孩子们背着书包去上学，就觉得这一夜没白熬。
""",
    ),
    dict(
        slug="wechat-binghua-figure-skating-speech-mirror",
        site="冰花微信文章镜像 (invented)",
        style="公众号镜像",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://wx.binghuamirror.example.cn/s/Rk2xQe7aFz",
        title="在芷川市花样滑冰俱乐部新赛季开训仪式上的致辞",
        record_title="在芷川市花样滑冰俱乐部新赛季开训仪式上的致辞",
        date="2026-09-06",
        notes="WeChat mirror: account line with a date (differs from the speech's own date, which is expected); speaker line and date under the speech title (neutral); 阅读原文/在看/点赞 row; QR follow prompt",
        date_also=["2026-09-08"],
        page="""
<html><head><meta charset="utf-8"><title>在芷川市花样滑冰俱乐部新赛季开训仪式上的致辞</title></head><body>
<div class="rich_media">
<h2>{T}</h2>
<div class="meta">⟦m 芷川冰雪运动　2026-09-08 07:30⟧</div>
<p>⟦a 👆点击上方蓝字，关注我们⟧</p>
<p>俱乐部主席　魏思琪</p>
<p>（2026年9月6日）</p>
{BODY}
<p>⟦l 阅读原文　　阅读 2906　　在看 58　　点赞 131⟧</p>
<p>⟦a 长按识别二维码，关注芷川冰雪运动⟧</p>
<p>⟦d 本页为公众号文章的镜像存档，版权归原作者所有⟧</p>
</div></body></html>
""",
        body="""
各位教练、各位小队员、各位家长朋友们：
大家上午好！今天，芷川市花样滑冰俱乐部新赛季正式开训了。
过去一个赛季，我们的队员在省青少年锦标赛上获得两金三银，五名小队员通过国家等级测试，成绩来之不易。
新赛季，俱乐部将新增一块训练冰面，聘请两名外籍编舞教练，并为每名队员建立体能档案。
希望小队员们刻苦训练、注意安全，摔倒了就爬起来；也希望家长们多一些耐心，陪孩子在冰上慢慢长大。
祝大家新赛季训练顺利，谢谢大家！
""",
    ),
    dict(
        slug="docshare-douyi-yuba-factory-rules-print-download",
        site="豆逸文档分享 (invented)",
        style="文档分享",
        genre="制度",
        kind="regulation",
        form="text",
        source="https://www.douyidoc.example.com/d/77310452.html",
        title="荠川腐竹厂车间卫生管理制度",
        record_title="荠川腐竹厂车间卫生管理制度.docx",
        date="2026-05-08",
        notes="file-name record title; rules whose articles speak of 打印/下载/扫码 (kept); an upload notice and a download button; numbered articles",
        page="""
!m 豆逸文档分享 — 分享知识，传递价值
!t 荠川腐竹厂车间卫生管理制度.docx
!m 上传者：dou_8821　　上传时间：2026-05-21　　下载积分：3
!d 本文档由用户自行上传，平台仅提供存储空间，若侵犯您的权益请点击“投诉”。
{BODY}
!a ⬇ 下载本文档（3积分）　　☆ 收藏
!l 猜你喜欢：豆制品生产许可审查细则｜食品车间消毒记录表
""",
        body="""
第一条　为规范车间卫生管理，保证腐竹产品质量安全，根据食品安全有关规定，制定本制度。
第二条　员工进入车间前应更换工作服、戴好发帽口罩，经风淋、洗手消毒后方可进入。
第三条　煮浆锅、揭竹架每班结束后必须清洗，清洗消毒记录由班组长填写，每月打印存档备查。
第四条　质检员每日从内网下载当天的抽检计划，按计划抽取成品送检。
第五条　外来人员进入车间须扫码登记健康信息，并由车间主任陪同。
第六条　本制度自印发之日起施行。
荠川腐竹厂
2026年5月8日
""",
    ),
    dict(
        slug="edu-fengxi-zebra-crossing-letter-old-table",
        site="枫溪镇中心小学 (invented)",
        style="教育门户",
        genre="致家长的一封信",
        kind="letter",
        form="html",
        source="http://www.fxzxxx.example.edu.cn/Article/ShowArticle.asp?ArticleID=1288",
        title="“文明过马路 礼让斑马线”致家长的一封信",
        record_title=None,
        date="2026-09-01",
        notes="old ASP table layout with a marquee and visitor counter; no record title; a 回执 to cut and hand in (kept, with its placeholders); the school's phone inside the letter beside the site's footer phone",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>枫溪镇中心小学--“文明过马路 礼让斑马线”致家长的一封信</title></head>
<body><table width="960" align="center"><tr><td>⟦m 枫溪镇中心小学欢迎您！今天是：⟧<script>document.write(new Date().toLocaleDateString());</script></td></tr>
<tr><td><marquee>⟦m 热烈祝贺我校获评县级文明校园！⟧</marquee></td></tr>
<tr><td>⟦m 学校首页 | 学校概况 | 德育之窗 | 安全教育 | 家校共育⟧</td></tr>
<tr><td width="220" valign="top">⟦l 最新公告⟧<br>⟦l ·秋季开学返校须知⟧<br>⟦l ·2026级新生分班名单⟧</td>
<td valign="top"><h2>{T}</h2>
<div>⟦m 作者：政教处　来源：本站原创　点击数：652　更新时间：2026-9-1⟧</div>
{BODY}
<div>⟦a 【打印此文】【关闭窗口】⟧</div>
</td></tr>
<tr><td colspan="2">⟦m 地址：枫溪镇学府路3号　电话：0595-27810066　您是本站第 0381226 位访客⟧</td></tr>
</table></body></html>
""",
        body="""
尊敬的家长：
新学期开始了，学校门前的枫溪大道车流量大，为保障孩子们上下学安全，请您配合做好以下几点。
1.接送孩子时请将车辆停放在指定区域，不在校门口斑马线上停车等候。
2.教育孩子过马路时走斑马线，看清信号灯，不追逐打闹、不低头看手机。
3.驾车经过学校路段时请减速慢行，主动礼让斑马线上的行人。
如有意见建议，请拨打学校政教处电话0595-27810132。
请将以下回执填写后交给班主任。
回执：我已认真阅读《致家长的一封信》，将配合学校做好孩子的交通安全教育。
学生姓名：________　班级：________　家长签名：________
枫溪镇中心小学
2026年9月1日
""",
    ),
    dict(
        slug="oa-shouhuo-vending-operator-minutes",
        site="汇橙智能售货内部门户 (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://oa.huicheng-vend.example.local/doc/view?id=20260714-031",
        title="关于校园自动售货机点位调整的专题会议纪要",
        record_title="关于校园自动售货机点位调整的专题会议纪要",
        record_date="2026-07-14",
        date="2026-07-14",
        notes="intranet minutes: the record gives the date; 时间/地点/主持/参会/记录 lines kept; a watermark line and approval trail as chrome; a numbered decision list",
        page="""
!m 汇橙智能售货有限公司 协同办公平台
!m 文档中心 / 会议纪要 / 运营部
!m 当前用户：riverzhao　水印：内部资料 注意保密
{T}
!m 起草：运营部 赵河　审核：刘晴　签发：孟凡　阅读 37 次
{BODY}
!l 流转记录：2026-07-14 17:02 赵河 提交；2026-07-15 09:18 刘晴 同意；2026-07-15 10:40 孟凡 签发
!a 导出PDF　打印　返回列表
""",
        body="""
时间：2026年7月14日下午3时
地点：公司三楼第二会议室
主持：孟凡
参会：运营部、技术部、市场部负责人
记录：赵河
会议听取了运营部关于各高校售货机点位销售情况的汇报，研究了暑期后点位调整事宜。纪要如下：
1.对连续三个月日均销售额低于八十元的十二个点位予以撤除，设备调往新签约的职业技术学院。
2.技术部在8月20日前完成全部设备的移动支付模块升级，确保开学后正常扫码支付。
3.市场部负责与各高校后勤部门续签场地协议，续签中涉及价格调整的报公司审定。
""",
    ),
    dict(
        slug="qa-wenxun-wolf-damage-request-placeholders",
        site="问询知道 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://zhidao.wenxun.example.com/question/5521907.html",
        title="牧民家羊被狼咬死了，村里向乡政府申请补偿的请示怎么写？",
        record_title="牧民家羊被狼咬死了，村里向乡政府申请补偿的请示怎么写？_问询知道",
        date=None,
        notes="Q&A: a sample 请示 with placeholders (××村, 20××年×月×日) kept; relative times; the asker's line; other answers and a 'report' row as chrome; no date",
        page="""
!m 问询知道 > 社会民生 > 公文写作
{T}
!m 提问者：草原小白杨　2天前　浏览 233
!m 最佳答案
!m 公文老黄（八级）回答于 昨天 21:16
{BODY}
!a 有用(46)　没用(2)　举报
!l 其他回答（3）
!l 按格式写就行，关键写清楚损失和依据。——匿名用户
!l 相关问题：野生动物致害补偿标准是多少？
!m ©2026 问询知道　京ICP证260715号
""",
        body="""
给你一个参考格式，照着改就行：
关于××村牧民羊只遭狼害申请补偿的请示
××乡人民政府：
20××年×月×日夜间，我村牧民××家圈养的羊只遭狼群袭击，共死亡××只，经村委会和乡畜牧站现场核实，直接经济损失约××元。
根据野生动物致害补偿的有关规定，特申请对该户损失予以补偿。
妥否，请批示。
××村民委员会
20××年×月×日
注意附上现场照片、畜牧站的核实意见和户主身份证复印件。
""",
    ),
]

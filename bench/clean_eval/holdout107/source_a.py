"""holdout107, part A: 范文站, 文库预览, 政府门户, 新闻门户, 论坛 (two each). Invented text;
see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="fanwen-huaiwen-speech-straw-burning-ban",
        site="槐文范文网 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.huaiwenfw.example.com/jianghua/20241008/33172.html",
        title="在全镇秋季秸秆禁烧工作动员会上的讲话",
        record_title="【热门】在全镇秋季秸秆禁烧工作动员会上的讲话（通用2篇）_槐文范文网",
        date="2024-09-26",
        notes="decorated title; date under the speech title; speaker line neutral; a ghost-writing prompt between paragraphs; a copy button glued after a sentence",
        indent="\u3000\u3000",
        page="""
!m 槐文范文网 — 写材料，先来槐文
!m 位置：槐文首页 » 讲话致辞 » 动员讲话
{T}
!m 更新：2024-10-08　阅读量：2418
镇党委副书记、镇长　蒋立川
（2024年9月26日）
{BODY}
!l 上一篇：在村级组织换届工作会上的表态发言
!l 下一篇：防汛抗旱工作总结会主持词
!w 材料写不出来？资深笔杆子一对一代笔，微信：hwfw_8861
!d 本站内容由会员投稿整理，仅作写作参考，转载请保留出处。
""",
        body="""
同志们：
秋收已经全面展开，秸秆禁烧工作进入最吃劲的阶段。今天召开这个会，就是要把任务压下去、把责任扛起来。
去年全镇出现火点三处，被市里通报一次，教训十分深刻。⟦a 一键复制全文⟧
⟦w 代写各类讲话稿，当天交稿，加QQ：3306518824⟧
一是网格要织密。全镇划分禁烧网格四十六个，每个网格明确一名镇干部、一名村干部和两名巡查员，白天巡田、夜间值守。
二是出路要找准。镇里与两家生物质电厂签订收购协议，今年秸秆综合利用率要达到百分之九十五以上。
三是问责要从严。发现火点的，对网格责任人一律约谈；造成重大影响的，按有关规定严肃追责。
同志们，禁烧工作一天不松劲，我们就一天不收兵。希望大家守土尽责，确保全镇秋季不冒一处烟、不着一把火。
""",
    ),
    dict(
        slug="fanwen-jiangxue-html-tea-oil-coop-summary",
        site="匠学文档网 (invented)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://www.jiangxuewd.example.net/zongjie/2025/0107/5528.html",
        title="砚川县青岗油茶专业合作社2024年工作总结",
        record_title=None,
        date="2024-12-30",
        notes="old gb2312 table layout with a marquee, a visitor counter and a 字号 row; no record title; 成文日期 in Chinese numerals; a data table one row a paragraph",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>砚川县青岗油茶专业合作社2024年工作总结_合作社总结_匠学文档网</title>
<script>var _hm=[];</script></head><body>
<table width="980" align="center"><tr><td>⟦m 匠学文档网 www.jiangxuewd.example.net⟧</td><td align="right"><a>⟦a 设为主页⟧</a> <a>⟦a 收藏本站⟧</a></td></tr></table>
<marquee>⟦m 欢迎光临匠学文档网！本站每日更新各类总结、计划、心得三百余篇⟧</marquee>
<table width="980" align="center"><tr><td width="700" valign="top">
<div class="nav">⟦m 当前位置：首页 &gt; 工作总结 &gt; 合作社总结⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 来源：会员投稿　点击：1,206 次　时间：2025-01-07⟧</div>
<div class="zh">⟦a 【字号 大 中 小】【打印本页】【关闭窗口】⟧</div>
<div class="con">
{BODY}
</div>
<div class="pn">⟦l 上一篇：村级光伏电站收益分配方案⟧<br>⟦l 下一篇：2025年茶叶合作社工作计划⟧</div>
</td><td width="260" valign="top"><div class="side"><b>⟦l 本类热门⟧</b><br>⟦l · 家庭农场年度经营总结⟧<br>⟦l · 种植合作社理事长述职报告⟧</div></td></tr></table>
<table width="980" align="center"><tr><td align="center">⟦d Copyright © 2008-2025 匠学文档网 版权所有 资料来自网络，如有侵权请来信删除⟧<br>⟦m 备案号：湘ICP备11082235号⟧　⟦m 您是第 3806117 位访客⟧</td></tr></table>
</body></html>
""",
        body="""
2024年，合作社在县林业局和青岗镇党委政府的指导下，坚持“统一育苗、统一管护、统一收购、统一加工”，油茶产业稳步发展。
一、基地建设。全年新造高产油茶林八百亩，低产林改造一千二百亩，社员基地总面积达到六千四百亩。
二、主要指标。
指标　2023年　2024年
鲜果产量（吨）　1860　2315
茶油产量（吨）　412　508
社员分红（万元）　96　131
三、存在问题。一是部分老林结果率偏低，二是压榨车间设备老化，三是品牌推广力度不够。
四、明年打算。新建冷榨生产线一条，争取申报地理标志产品，带动社员户均增收三千元以上。
砚川县青岗油茶专业合作社
二〇二四年十二月三十日
""",
    ),
    dict(
        slug="wenku-lanbei-plan-nav-aid-wrapped-markers",
        site="蓝贝文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://wenku.lanbei.example.cn/view/8f2c61d0a4.html",
        title="磐阳航标处2025年汛期航标维护保障方案",
        record_title="磐阳航标处2025年汛期航标维护保障方案.pdf",
        date="2025-04-18",
        notes="file-name title; hard-wrapped at 62 columns; page markers ⌜2⌟ on lines of their own cut sentences; a preview-end line and a pay prompt at the bottom",
        wrap=62,
        indent="\u3000\u3000",
        pages=dict(fmt="⌜{n}⌟", every=150, start=2),
        page="""
!m 蓝贝文库 | 专业文档共享平台
!t 磐阳航标处2025年汛期航标维护保障方案.pdf
!m 上传者：浮标老王　页数：4页　上传时间：2025-05-03
!a 立即下载　加入书架　举报
{BODY}
!a — 预览已到末页，剩余1页开通蓝贝会员后阅读 —
!a 原价 8.8 贝币　会员免费下载
!l 你可能还需要：内河航道养护管理办法解读
""",
        body="""
为保障汛期辖区航道通航安全，确保航标正常发光、位置准确，结合我处实际，制定本方案。
一、组织机构。成立汛期航标维护领导小组，处长任组长，分管副处长任副组长，各航标站站长为成员。
二、工作重点。（一）汛前对辖区二百一十六座浮标、岸标逐一检查，更换老化灯器和电池。（二）汛期每日巡航一次，洪峰过境后加密巡查。（三）发现航标漂失、移位的，二小时内报告，二十四小时内恢复。
三、保障措施。航标艇、备用浮标和应急灯器提前到位，值班电话二十四小时畅通。
磐阳航标处
2025年4月18日
""",
    ),
    dict(
        slug="wenku-shiyin-html-brick-carving-research-pages",
        site="石印文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.shiyinwk.example.com/doc/330918245.html",
        title="关于碣城砖雕技艺保护传承情况的调研报告",
        record_title="关于碣城砖雕技艺保护传承情况的调研报告 - 石印文库",
        date=None,
        notes="文库 reader page: page-marker paragraphs ┊2┊ cut paragraphs; upload box; an AI-summary button; a VIP line between paragraphs; no date (only an upload stamp)",
        p_html='<p class="reader-txt">{}</p>',
        pages=dict(fmt="┊{n}┊", every=140, start=2),
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于碣城砖雕技艺保护传承情况的调研报告 - 石印文库</title>
<link rel="stylesheet" href="/static/reader.css"></head><body>
<header><div class="logo">⟦m 石印文库⟧</div><nav>⟦m 首页　文档分类　专题合集　会员中心⟧</nav><a class="login">⟦a 登录/注册⟧</a></header>
<main><h1 class="doc-title">{T}</h1>
<div class="doc-meta">⟦m 分享者：古巷拾遗　上传于2025-02-14　共5页　评分4.6⟧</div>
<div class="ai">⟦a AI一键总结本文⟧</div>
<div class="reader">
{BODY}
</div>
<div class="end">⟦a 还剩2页未读，开通VIP畅读全站文档⟧ <button>⟦a 下载文档（12积分）⟧</button></div>
<aside><h3>⟦l 相关推荐⟧</h3><ul><li>⟦l 非遗传承人认定工作方案⟧</li><li>⟦l 传统工艺振兴调研提纲⟧</li></ul></aside></main>
<footer>⟦d 石印文库用户上传的文档仅代表分享者观点，平台不对内容真实性负责⟧　⟦m 粤ICP备20037716号⟧</footer>
<script>reader.init({id:330918245});</script>
</body></html>
""",
        body="""
砖雕是我市列入省级非物质文化遗产名录的传统技艺。为摸清现状，市文化馆调研组于去年秋季走访了三个乡镇的十一家砖雕作坊和二十七名从业者。
一、基本情况。全市现有砖雕从业人员六十余人，其中省级代表性传承人两名，年龄在六十岁以上的占七成。
⟦a 开通VIP，本文档可复制可编辑⟧
二、主要问题。一是后继乏人，年轻学徒不足十人；二是青砖原料紧缺，合格窑口仅剩一座；三是产品多停留在仿古建筑构件，市场面窄。
三、几点建议。设立砖雕传习所，落实学徒生活补助；扶持保留传统土窑；引导开发文创小件，拓展销售渠道。
""",
    ),
    dict(
        slug="gov-bikou-html-groundwater-well-notice",
        site="碧口县水利局 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://slj.bikou.example.gov.cn/xxgk/tzgg/202503/t20250311_77120.html",
        title="关于加强地下水监测井保护工作的通知",
        record_title="关于加强地下水监测井保护工作的通知_碧口县水利局",
        date="2025-03-11",
        notes="county portal with a 索引号 table and 长者模式 switch; document number neutral; the notice's own 联系人/电话 next to the site's 服务电话 in the footer; 附件 list",
        page="""
<html lang="zh-CN"><head><meta charset="utf-8"><title>关于加强地下水监测井保护工作的通知_碧口县水利局</title></head><body>
<div class="top">⟦m 碧口县人民政府门户网站⟧ <a>⟦a 长者模式⟧</a> <a>⟦a 无障碍⟧</a></div>
<div class="bread">⟦m 您当前的位置：首页 > 政府信息公开 > 县水利局 > 通知公告⟧</div>
<table class="xxgk"><tr><td>⟦m 索引号：11520325MB1P43726X/2025-00188⟧</td><td>⟦m 发布机构：碧口县水利局⟧</td></tr>
<tr><td>⟦m 成文日期：2025-03-11⟧</td><td>⟦m 主题分类：水利⟧</td></tr></table>
<h1>{T}</h1>
<p class="wh">碧水发〔2025〕9号</p>
<div id="zoom">
{BODY}
</div>
<div class="tools">⟦a 【打印】⟧ ⟦a 【关闭】⟧ ⟦l 分享到：⟧</div>
<div class="foot"><p>⟦m 主办：碧口县水利局　服务电话：0851-27712345⟧</p><p>⟦m 黔ICP备05002211号　政府网站标识码：5203250031⟧</p></div>
</body></html>
""",
        body="""
各乡（镇）人民政府，县直有关单位：
我县现有国家级和省级地下水监测井二十三眼，是掌握地下水位、水质变化的重要设施。近年来个别监测井周边出现堆放杂物、私接管道等情况，影响监测数据准确。现就有关事项通知如下。
一、各乡（镇）要将辖区监测井纳入网格化管理，明确专人每月巡查一次。
二、任何单位和个人不得损坏、擅自移动监测井及其标志，不得在保护范围内取土、挖沟、倾倒废弃物。
三、发现监测设施损坏的，请及时报告县水文水资源监测站。
联系人：郑敏　联系电话：0851-27713306
附件：1.碧口县地下水监测井分布表
2.监测井巡查记录表
碧口县水利局
2025年3月11日
""",
    ),
    dict(
        slug="gov-moshan-text-milu-reserve-visitor-rules",
        site="磬山市自然保护地管理局 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://lyj.qingshan.example.gov.cn/bhq/2024/1020/2219.html",
        title="关于规范麋鹿保护区参观秩序的通告",
        date="2024-10-20",
        notes="record title plain; document number neutral; numbered list; sentence about scanning a booking code kept; signature without a date, so the page's 发布时间 line gives the date",
        page="""
!m 磬山市自然保护地管理局
!m 首页 / 保护区动态 / 公告公示
{T}
磬保〔2024〕17号
!m 发布时间：2024-10-20 15:42　浏览次数：663
!a 字号：A+ A A-
{BODY}
!l 相关链接：国家林业和草原局 | 省林业局
!m 版权所有：磬山市自然保护地管理局　地址：磬山市滨湖路6号
""",
        body="""
为保护麋鹿种群安全，维护参观秩序，现将有关事项通告如下：
1. 保护区实行预约参观，游客须提前一天通过“磬山保护地”小程序扫码预约，每日限额八百人。
2. 参观车辆一律停放在东门停车场，区内只允许观光电瓶车通行。
3. 禁止投喂、追逐、惊吓麋鹿，禁止使用无人机和闪光灯拍摄。
4. 每年四月至六月为麋鹿产仔期，核心观测区暂停开放。
违反本通告的，由保护区管理人员予以劝阻；情节严重的，依法处理。
特此通告。
磬山市自然保护地管理局
""",
    ),
    dict(
        slug="news-jiechengwb-html-spoken-drama-premiere",
        site="碣城晚报网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.jcwb.example.com.cn/wh/2024-11/16/content_551823.htm",
        title="市话剧团原创话剧《渡口灯》首演",
        record_title="市话剧团原创话剧《渡口灯》首演-碣城晚报网",
        date="2024-11-15",
        notes="news page; byline 发布时间 as the page's date; a photo caption between paragraphs; an editor line glued after the last paragraph; a comment box and hot list",
        page="""
<html><head><meta charset="utf-8"><title>市话剧团原创话剧《渡口灯》首演-碣城晚报网</title></head><body>
<div class="hd">⟦m 碣城晚报网⟧ ⟦m 碣城本地新闻门户⟧ <a>⟦a 手机版⟧</a></div>
<div class="nav">⟦m 首页 | 时政 | 民生 | 文化 | 体育 | 视频⟧</div>
<div class="crumb">⟦m 碣城晚报网 > 文化 > 正文⟧</div>
<h1>{T}</h1>
<div class="byline">⟦m 发布时间：2024-11-15 21:08　来源：碣城晚报　记者 邱晓岚⟧</div>
<div class="article">
{BODY}
</div>
<div class="cmt">⟦l 网友评论（已有12人参与）⟧ <textarea></textarea> ⟦l 发表评论⟧</div>
<div class="hot"><h3>⟦l 24小时热读⟧</h3><ol><li>⟦l 环城绿道北段月底贯通⟧</li><li>⟦l 今冬首场寒潮将至⟧</li></ol></div>
<div class="ft">⟦d 未经本网授权不得转载、摘编⟧　⟦m 违法和不良信息举报：0393-4125510⟧</div>
</body></html>
""",
        body="""
11月15日晚，由市话剧团创排的原创话剧《渡口灯》在市大剧院首演，八百余名观众观看了演出。
该剧以上世纪五十年代一位老艄公夜渡送医的真实故事为原型，讲述了渡口几代人的坚守。
⟦m 图为演出现场。邱晓岚 摄⟧
剧团团长刘慕青介绍，剧本历时两年打磨，演员多次到沿江渡口体验生活。
据悉，该剧下月起将在各县区巡演十场，并送戏进校园、进社区。⟦m （责任编辑：方晴）⟧
""",
    ),
    dict(
        slug="news-haiyin-text-water-shield-harvest-title-glued",
        site="海音融媒 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://m.haiyinrm.example.cn/a/20250512/90417.html",
        title="礁溪莼菜进入采摘旺季",
        record_title=None,
        date="2025-05-12",
        notes="no record title; the title glued to the lead; dotted byline date; a share bar and next-article line; an app download prompt",
        page="""
!m 海音融媒｜礁溪县融媒体中心
!m 2025.05.12 09:30　海音融媒 记者 孔一帆 通讯员 杜岩
⟦t 礁溪莼菜进入采摘旺季⟧{BODY}
!l 分享到：微信｜朋友圈｜QQ空间
!l 下一条：县城首条夜市街开街
!a 下载海音融媒APP，看更多本地新闻
""",
        body="""
连日来，礁溪县西湖村三百余亩莼菜塘进入采摘旺季，村民们划着小木盆在水面上采摘嫩叶。
“今年水质好，莼菜胶质厚，每斤收购价比去年高两块。”种植户林秀英说。
据了解，该村莼菜全部由合作社统一收购，当天采摘、当天冷链发往外地，预计今年产值可达四百万元。
""",
    ),
    dict(
        slug="forum-hediao-html-olive-pit-discuz-jammer",
        site="核舟雕友会论坛 (invented)",
        style="论坛",
        genre="心得体会",
        kind="insight",
        form="html",
        source="https://bbs.hezhou.example.com/thread-48213-1-1.html",
        title="学习橄榄核雕一年来的几点体会",
        record_title=None,
        date="2025-03-02",
        notes="Discuz-like page with jammer fonts in the post; no record title (thread subject); 发表于 is the page's date; a floor reply and a login prompt",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        page="""
<html><head><meta charset="gbk"><title>学习橄榄核雕一年来的几点体会 - 雕友心得 - 核舟雕友会论坛</title></head><body>
<div id="toptb">⟦m 核舟雕友会论坛⟧ <a>⟦a 登录⟧</a> <a>⟦a 立即注册⟧</a></div>
<div id="pt">⟦m 核舟雕友会论坛 › 雕友交流 › 雕友心得⟧</div>
<table><tr><td class="pls">⟦m 青皮刻刀⟧<p>⟦m 帖子 218 精华 3 积分 1402⟧</p></td>
<td class="plc"><h1><span id="thread_subject">{T}</span></h1>
<div class="authi">⟦m 发表于 2025-3-2 22:17⟧ ⟦m 只看该作者⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="po">⟦a 回复 引用 举报⟧ ⟦a 评分 收藏⟧</div></td></tr></table>
<div class="pl">⟦l 沙发　雕坛小白：谢谢老师分享，正在卡在开脸这一步⟧</div>
<div id="f_pst">⟦a 您需要登录后才可以回帖 登录 | 立即注册⟧</div>
<div id="ft">⟦m Powered by Discuz! X3.4⟧ ⟦m 苏ICP备18020411号⟧</div>
</body></html>
""",
        body="""
去年春天跟着苏师傅学橄榄核雕，到现在刚好一年，说几点粗浅体会。
第一，选核比下刀重要。核要选老、选正、选油性足的，纹路太深的核子开脸容易崩。
第二，工具不在多。我现在常用的只有六把刀，平刀、圆刀、三角刀各两把，关键是磨得快。
第三，舍得废核。一年里我雕坏了两百多颗核，才慢慢找到手感。
最后想说，核雕急不得，每天雕一个小时，比周末突击一天效果好得多。
""",
    ),
    dict(
        slug="forum-yuntai-text-land-boat-troupe-summary",
        site="云台民俗论坛 (invented)",
        style="论坛",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.yuntaims.example.net/forum.php?mod=viewthread&tid=6215",
        title="硕原镇旱船队2024年演出工作小结",
        record_title="[转帖] 硕原镇旱船队2024年演出工作小结",
        date="2025-01-05",
        date_also=["2025-01-09"],
        notes="forum text with junk lines and junk glued after sentences; [转帖] decoration; 成文日期 under the signature differs from the post time (accepted too); relative times in replies are not dates",
        junk=dict(lines=2, glued=3),
        page="""
!m 云台民俗论坛 » 民间艺术 » 舞蹈杂谈
!t [转帖] 硕原镇旱船队2024年演出工作小结
!m 楼主：摇橹的人　发表于 2025-1-9 08:41
{BODY}
!l 回复　老街坊：我们村元宵节就是请的他们，撑船的小伙子好精神（3天前）
!l 回复　风筝线：顶
!a 快速回复　发帖请先登录
""",
        body="""
2024年，镇旱船队在镇文化站的组织下，全年共演出四十二场，其中春节、元宵期间二十六场，观众约三万人次。
一是队伍有了新血。新招收队员九名，其中中学生五名，队伍平均年龄降到三十八岁。
二是节目有了新意。在传统“跑旱船”基础上，新编《渔歌渡》一套，加入锣鼓和渔歌对唱。
三是走出了镇门。应邀到邻县参加民俗文化节，获得优秀展演奖。
存在的不足是道具老化，部分船身彩绸褪色，明年计划申请专项经费更新。
硕原镇旱船队
2025年1月5日
""",
    ),
]

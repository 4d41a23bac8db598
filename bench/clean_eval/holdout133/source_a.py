"""holdout133, part A: a konjac co-op on a 范文 site, a rattan-weaving speech on an old
table-layout 范文 site, a designated-driving association's plan and a forklift rule on
文库 readers, a schistosomiasis notice and a channel-dredging notice on county portals,
a batik festival and a woodball tournament in the news, an aerobics team's summary and a
cricket club's letter on forums, and a bookplate maker's blog. Invented text; see
../README.md and ../build.py."""

CASES = [
    dict(
        slug="fanwen-moyu-konjac-coop-summary-glued-prompt",
        site="笔耕范文网 (invented)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.bigengfw.example.com/zongjie/nongye/20251207/5531.html",
        title="芜岭县魔芋专业合作社2025年工作总结",
        record_title="【精选】芜岭县魔芋专业合作社2025年工作总结（通用4篇）",
        date="2025-12-08",
        notes="decorated record title; a breadcrumb, a glued writing-service prompt after a sentence, a table of acreage one row a paragraph, a 'next' link and a copyright footer",
        indent="　　",
        page="""
!m 笔耕范文网 —— 写材料，先来笔耕
!m 您在这里：笔耕首页 › 总结大全 › 农业农村总结
!t 【精选】芜岭县魔芋专业合作社2025年工作总结（通用4篇）
!m 整理：小禾　更新于 2天前　被看过 1,204 次
{BODY}
!l 下一篇：乡镇食用菌产业调研提纲（参考）
!l 上一篇：村级光伏收益分配说明
!d © 笔耕范文网 转载须注明出处，侵删
""",
        body="""
2025年，芜岭县魔芋专业合作社围绕“稳面积、提单产、拓销路”的目标，带动社员种植魔芋一千八百亩，实现销售收入六百三十万元。
一、种植基地建设。合作社在石门、岔河两个村新建标准化种植基地，统一供种、统一技术、统一收购。⟦w 需要本篇原稿请私信客服“禾禾”，另可按需改写⟧
二、病害防治。针对软腐病多发的情况，合作社邀请县农技中心专家开展现场培训六次，推广轮作和林下套种。
基地　面积（亩）　单产（公斤）
石门基地　820　2150
岔河基地　610　1980
三、存在问题。精深加工能力不足，鲜芋集中上市时价格波动大，社员抵御市场风险的能力较弱。
2026年，合作社将筹建魔芋粉初加工车间，争取与两家食品企业签订长期订单。
芜岭县魔芋专业合作社
2025年12月8日
""",
    ),
    dict(
        slug="fanwen-tengbian-rattan-speech-old-table",
        site="文海拾贝范文 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.wenhaisb.example.net/jianghua/2025/1119/8802.html",
        title="在全县藤编技艺传承培训班结业仪式上的讲话",
        record_title="在全县藤编技艺传承培训班结业仪式上的讲话_领导讲话_文海拾贝",
        date="2025-11-19",
        notes="old gb2312 table layout with a marquee, a 字号 row, a floating writing box; a date under the speech title; a speaker line neutral; related list and visitor counter",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>在全县藤编技艺传承培训班结业仪式上的讲话_领导讲话_文海拾贝</title>
<script>var _vc=1;document.write('');</script></head>
<body bgcolor="#f4f0e6">
<table width="960" align="center"><tr><td>⟦m 文海拾贝范文 · 一站搞定公文难题⟧</td><td>⟦a 设为首页⟧ | ⟦a 加入收藏⟧</td></tr></table>
<marquee>⟦m 本站新增讲话稿三千篇，每日更新，欢迎常来看看⟧</marquee>
<table width="960" align="center"><tr><td width="700" valign="top">
<div class="pos">⟦m 当前位置：首页 &gt;&gt; 讲话稿 &gt;&gt; 领导讲话⟧</div>
<h1>⟦t 在全县藤编技艺传承培训班结业仪式上的讲话⟧</h1>
<div class="zh">⟦a 【字号 大 中 小】⟧ ⟦m 点击：386⟧</div>
<p>县文化和旅游局局长　聂光华</p>
<p>（2025年11月19日）</p>
{BODY}
</td><td width="260" valign="top">
<div class="box"><b>⟦l 相关讲话稿⟧</b><br>⟦l ·在非遗工坊挂牌仪式上的致辞⟧<br>⟦l ·在手工艺人座谈会上的讲话⟧</div>
<div id="float">⟦w 代写讲话稿，加微：wenhai_8866⟧</div>
</td></tr></table>
<table width="960" align="center"><tr><td>⟦m 您是第 0042177 位访客⟧　⟦m 豫ICP备00031876号⟧</td></tr></table>
</body></html>
""",
        body="""
同志们，学员们：
为期四十天的全县藤编技艺传承培训班今天就要结业了。我代表县文化和旅游局，向顺利结业的五十二名学员表示热烈祝贺。
藤编是我县的省级非物质文化遗产项目，历史上曾有“家家编藤、户户出货”的盛况。
这次培训，学员们从选藤、浸藤、劈藤学起，完成了藤椅、藤篮等作品二百余件，其中十件被县非遗馆收藏。
希望大家把学到的技艺带回村里，带动更多群众在家门口就业增收。
""",
    ),
    dict(
        slug="wenku-daijia-plan-bar-markers-glued",
        site="知典文库 (invented)",
        style="文库预览",
        genre="工作方案",
        kind="plan",
        form="text",
        source="https://wenku.zhidian.example.com/view/7c1f2e0a9b.html",
        title="汀阳市代驾行业规范服务提升行动方案",
        record_title="汀阳市代驾行业规范服务提升行动方案.docx",
        date=None,
        notes="a file-name record title; page markers ‖n‖ glued to the continuation line; a preview-end prompt in my own words and a VIP line; no date in the text (a year only in a title-like phrase)",
        pages=dict(fmt="‖{n}‖", every=80, start=2, glue=True),
        page="""
!m 知典文库 > 行业资料 > 交通运输
!t 汀阳市代驾行业规范服务提升行动方案.docx
!m 页数 6　大小 38KB　上传于 2026-02-11
{BODY}
!a 免费预览已到底，开通知典VIP继续阅读剩余3页
!a 立即下载　加入书架　举报
!d 本文档为用户分享，知典文库仅提供存储空间
""",
        body="""
为进一步规范我市代驾服务行为，提升乘客出行安全感，市代驾行业协会会同有关部门制定本方案。
一、工作目标。用半年左右时间，推动全市代驾企业全部纳入行业自律管理，代驾人员持证上岗率达到百分之百。
二、主要任务。一是建立代驾人员信息库，实行一人一档；二是统一服务收费公示，杜绝随意加价；三是推行代驾过程行车记录全程留存。
三、保障措施。协会每季度开展一次服务质量暗访，对投诉集中的企业约谈负责人，并通报会员单位。
""",
    ),
    dict(
        slug="wenku-chache-forklift-rules-html-pages",
        site="墨川文库 (invented)",
        style="文库预览",
        genre="制度",
        kind="rules",
        form="html",
        source="https://www.mochuanwk.example.cn/p-20931177.html",
        title="仓储中心叉车安全操作规程",
        record_title=None,
        date=None,
        notes="no record title (title in h1 and repeated); page markers ⸨n⸩ as paragraphs; a rule whose articles speak of 打印 and 扫码; a 'continue reading' bar; no date",
        p_html='<div class="pg-line">{}</div>',
        pages=dict(fmt="⸨{n}⸩", every=75, start=2),
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>仓储中心叉车安全操作规程 - 墨川文库</title>
<link rel="stylesheet" href="/css/reader.css"><script src="/js/reader.min.js"></script></head>
<body>
<header class="top"><a>⟦m 墨川文库⟧</a><nav>⟦l 首页 精品 专题 企业管理 工作范文⟧</nav><a>⟦a 登录 / 注册⟧</a></header>
<main>
<h1>⟦t 仓储中心叉车安全操作规程⟧</h1>
<div class="info">⟦m 贡献者：qinglu_7　|　4页　|　阅读 913　|　评分 4.6⟧</div>
<div class="reader">
{BODY}
</div>
<div class="more">⟦a 继续阅读全文（需消耗下载券1张）⟧</div>
<aside><h3>⟦l 猜你喜欢⟧</h3><ul><li>⟦l 仓库防火巡查记录表⟧</li><li>⟦l 装卸作业安全交底⟧</li></ul></aside>
</main>
<footer>⟦d 文档内容由用户上传，如有侵权请联系删除⟧　⟦m 浙ICP备20017711号-3⟧</footer>
</body></html>
""",
        body="""
第一条　为规范仓储中心叉车作业，防止车辆伤害事故发生，制定本规程。
第二条　叉车司机须持有效特种设备作业人员证上岗，每日作业前应对制动、转向、喇叭、灯光和货叉进行点检。
第三条　点检记录由班组长每周打印存档一次，叉车车身张贴的二维码供管理人员扫码查看检验情况。
第四条　叉车行驶时货叉离地高度保持在二十至三十厘米，库区内限速每小时五公里，严禁载人。
第五条　本规程自印发之日起施行，由仓储中心安全组负责解释。
""",
    ),
    dict(
        slug="gov-xuexichong-schisto-notice-html-index",
        site="澧溪县人民政府 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.lixixian.example.gov.cn/zwgk/tzgg/202604/t20260408_77102.html",
        title="关于开展2026年春季血吸虫病查螺灭螺工作的通知",
        record_title="关于开展2026年春季血吸虫病查螺灭螺工作的通知_通知公告_澧溪县人民政府",
        date="2026-04-08",
        notes="a county portal with an index table (索引号, 发文机关, 成文日期), 长者模式/无障碍 row, document number neutral, contact line kept next to the portal's 12345 line",
        page="""
<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>关于开展2026年春季血吸虫病查螺灭螺工作的通知_通知公告_澧溪县人民政府</title>
<script>window.siteId="lx001";</script></head>
<body>
<div class="toolbar">⟦a 长者模式⟧ ⟦a 无障碍⟧ ⟦a 简/繁⟧</div>
<header><h2>⟦m 澧溪县人民政府⟧</h2><nav>⟦l 首页 政务公开 政务服务 互动交流 走进澧溪⟧</nav></header>
<div class="loc">⟦m 首页 > 政务公开 > 通知公告⟧</div>
<table class="idx">
<tr><td>⟦m 索引号：LX-0126-2026-00391⟧</td><td>⟦m 发文机关：县卫生健康局⟧</td></tr>
<tr><td>⟦m 成文日期：2026-04-08⟧</td><td>⟦m 主题分类：卫生、体育⟧</td></tr>
</table>
<h1>⟦t 关于开展2026年春季血吸虫病查螺灭螺工作的通知⟧</h1>
<p class="wh">澧卫发〔2026〕17号</p>
<div class="TRS_Editor">
{BODY}
</div>
<div class="tools">⟦a 【打印本页】⟧ ⟦a 【关闭窗口】⟧</div>
<footer><p>⟦m 主办：澧溪县人民政府办公室　网站标识码：4307260019⟧</p><p>⟦m 政务服务便民热线：12345⟧</p><p>⟦m 湘公网安备 43072602000155号⟧</p></footer>
</body></html>
""",
        body="""
各乡镇卫生院，县疾控中心：
根据省、市血吸虫病防治工作要求，县卫生健康局决定于4月中旬至5月下旬在沿湖八个乡镇开展春季查螺灭螺工作。现将有关事项通知如下。
一、查螺范围。重点为历史有螺环境、新发现可疑环境以及沟渠、塘堰等易感地带，全面查清钉螺分布面积。
二、灭螺要求。对查出的有螺环境，采取药物喷洒与环境改造相结合的办法，做到查一块、灭一块、巩固一块。
三、工作要求。各单位要在5月31日前将查螺灭螺报表报县疾控中心寄生虫病防制科。
联系人：彭晓岚　电话：0736-5218042
澧溪县卫生健康局
2026年4月8日
""",
    ),
    dict(
        slug="gov-hangdao-dredging-notice-text-chrome-between",
        site="泾滨县交通运输局 (invented)",
        style="政府门户",
        genre="通告",
        kind="notice",
        form="text",
        source="http://jtj.jingbin.example.gov.cn/tzgg/2025/1023/1207.html",
        title="关于泾滨河航道疏浚期间实施临时通航管制的通告",
        record_title=None,
        date="2025-10-23",
        notes="no record title; a font-size row, a share bar on a line between body paragraphs, a numbered list, a timetable table, the Chinese-numeral 成文日期",
        page="""
!m 泾滨县交通运输局欢迎您
!m 网站首页 → 公示公告
{T}
!m 信息来源：航道所　　点击数：517
!a 字体：【大】【中】【小】
{BODY}
!l 上一条：关于开展道路运输安全隐患排查的通知
!l 下一条：没有了
!m 泾滨县交通运输局　地址：泾滨县滨河东路18号
""",
        body="""
为保障泾滨河航道疏浚工程顺利实施，确保过往船舶和施工作业安全，现就有关事项通告如下。
一、管制时间。2025年11月1日至12月20日，每日7时至18时。
二、管制河段。泾滨河马渡口至石塘闸段，全长六点二公里。
⟦l 分享到：朋友圈 ｜ QQ好友 ｜ 新浪微博⟧
三、管制措施。管制期间，施工河段实行单向通航，过往船舶应服从现场海事和航道人员指挥，禁止在施工区域停泊、追越。
时段　通航方向　备注
7:00—12:00　上行　下行船舶在马渡口待闸
12:00—18:00　下行　上行船舶在石塘闸待闸
因管制给过往船舶带来的不便，敬请谅解。
泾滨县交通运输局
二〇二五年十月二十三日
""",
    ),
    dict(
        slug="news-laran-batik-festival-html-photo",
        site="黔岫融媒 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.qianxiurm.example.cn/xw/bd/2025-08/16/content_33918.html",
        title="黔岫县首届蜡染文化周开幕 三百余件作品集中亮相",
        record_title="黔岫县首届蜡染文化周开幕 三百余件作品集中亮相",
        date="2025-08-16",
        record_date="2025-08-16",
        notes="a news portal: byline with 发布时间, photo captions between paragraphs, an editor line glued after the last paragraph, a 'recommended' box and app download bar",
        page="""
<!doctype html><html><head><meta charset="utf-8"><title>黔岫县首届蜡染文化周开幕 三百余件作品集中亮相-黔岫融媒</title></head>
<body>
<div class="appbar">⟦a 打开黔岫融媒APP，看更多本地新闻⟧</div>
<nav>⟦l 要闻 本地 乡村 文旅 视频 直播⟧</nav>
<article>
<h1>⟦t 黔岫县首届蜡染文化周开幕 三百余件作品集中亮相⟧</h1>
<div class="byline">⟦m 发布时间：2025-08-16 10:24　来源：黔岫融媒　记者 杨芷溪⟧</div>
{BODY}
</article>
<div class="rec"><h4>⟦l 为你推荐⟧</h4><a>⟦l 非遗进景区 游客体验点蓝⟧</a><a>⟦l 苗绣合作社订单排到年底⟧</a></div>
<footer>⟦d 黔岫融媒版权所有，未经授权禁止复制或建立镜像⟧</footer>
</body></html>
""",
        body="""
8月15日，黔岫县首届蜡染文化周在县非遗传习馆开幕，来自全县十四个乡镇的蜡染艺人带来三百余件作品。
⟦m 图为游客在展区观看蜡染长卷。 杨芷溪 摄⟧
本次文化周设置传统纹样、创新设计、蜡染文创三个展区，并安排点蜡、浸染、脱蜡全流程现场演示。
县文旅局负责人介绍，近年来全县蜡染从业人员已超过两千人，产品远销二十多个省份。
文化周将持续到8月21日，期间还将举办蜡染纹样设计大赛和非遗传承人座谈会。⟦m （编辑：龙雨桐　审核：吴志航）⟧
""",
    ),
    dict(
        slug="news-muqiu-woodball-text-title-glued",
        site="沅北新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.yuanbeinews.example.com/ty/2025/1102/66431.shtml",
        title="沅北市第三届木球邀请赛落幕",
        record_title=None,
        date="2025-11-02",
        notes="no record title; the title repeated and glued to the lead; a time line with 发布于; a results table; hashtags and a comment box under the text",
        page="""
!m 沅北新闻网 | 体育频道
{T}
!m 2025年11月02日 18:07 发布于 沅北新闻网　作者：包立新
⟦t 沅北市第三届木球邀请赛落幕⟧{BODY}
!l #木球# #全民健身# #沅北体育#
!l 评论（3）　写下你的评论…
!l 网友“晨跑的老邹”：木球好玩，门槛低，推荐大家试试
""",
        body="""
11月1日至2日，沅北市第三届木球邀请赛在滨江体育公园举行，来自周边六个县市的十八支代表队一百余名选手参赛。
木球运动以木槌击打木球穿过球门，比赛分为团体和个人两类，讲究力度与准度的配合。
组别　冠军　亚军
男子团体　沅北一队　江浦队
女子团体　石桥队　沅北二队
市木球协会负责人表示，今后将在社区和学校推广木球运动，让更多群众参与进来。
""",
    ),
    dict(
        slug="forum-jianmeicao-aerobics-summary-junk",
        site="蓝岸生活论坛 (invented)",
        style="论坛",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://bbs.lanan.example.net/thread-418822-1-1.html",
        title="社区健美操队2025年度活动总结",
        record_title="[队伍风采] 社区健美操队2025年度活动总结（多图）",
        date="2025-12-20",
        date_also=["2025-12-22"],
        notes="a forum post with anti-scraping junk on lines and glued; a post line with 发表于 differing from the 成文日期 (both accepted); floor and signature lines; decorated title",
        junk=dict(lines=1, glued=2),
        page="""
!m 蓝岸生活论坛 › 健身运动 › 广场健身
!t [队伍风采] 社区健美操队2025年度活动总结（多图）
!m 楼主：舞动青竹　发表于 2025-12-22 20:41　只看该作者
{BODY}
!m 本帖最后由 舞动青竹 于 2025-12-22 21:03 编辑
!l 沙发 ｜ 回复 ｜ 引用 ｜ 举报
!m 签名：动起来，更健康！
""",
        body="""
2025年，青竹社区健美操队在社区居委会的支持下，坚持每周三次集中训练，队员由年初的二十六人增加到四十一人。
全年参加市、区比赛四次。获得市全民健身操舞大赛中老年组二等奖一项、区比赛一等奖一项。
队伍还走进敬老院、小学开展展演六场。教会两百多名居民跳简易健身操，受到居民欢迎。
不足之处是训练场地较小，雨天只能停练，明年计划与社区协商借用活动中心大厅。
青竹社区健美操队
2025年12月20日
""",
    ),
    dict(
        slug="forum-banqiu-cricket-letter-html-jammer",
        site="港城运动汇论坛 (invented)",
        style="论坛",
        genre="倡议书",
        kind="letter",
        form="html",
        source="https://bbs.gangchengsport.example.com/forum.php?mod=viewthread&tid=90312",
        title="致全市板球爱好者的招募信",
        record_title="致全市板球爱好者的招募信 - 小众球类 - 港城运动汇",
        date="2026-03-05",
        notes="Discuz-like page with jammer fonts inside the post, a 发表于 line; signature date in the letter; a QQ group id in the letter kept (it is the club's contact) while the forum's own QQ box is chrome",
        p_html="{}<br />",
        junk=dict(lines=1, glued=2),
        page="""
<html><head><meta charset="utf-8"><title>致全市板球爱好者的招募信 - 小众球类 - 港城运动汇</title>
<style>.jammer{display:none}</style></head><body>
<div id="hd">⟦m 港城运动汇 · 爱运动的人都在这⟧　⟦a 登录⟧ ⟦a 立即注册⟧</div>
<div id="pt">⟦m 论坛 › 球类运动 › 小众球类 › 查看帖子⟧</div>
<table class="plhin"><tr><td class="pls">⟦m 楼主 岸边的投手　UID 55210　积分 388⟧</td>
<td class="plc"><h1>⟦t 致全市板球爱好者的招募信⟧</h1>
<div class="pti">⟦m 发表于 2026-3-5 21:16⟧　⟦a 只看该作者⟧　⟦a 倒序浏览⟧</div>
<div class="t_f">
{BODY}
</div></td></tr></table>
<div class="bm">⟦l 回复 ｜ 支持(12) ｜ 反对 ｜ 收藏⟧</div>
<div id="ft">⟦w 论坛合作联系QQ：30918842⟧　⟦m Powered by 运动汇社区 ©2026⟧</div>
</body></html>
""",
        body="""
各位热爱运动的朋友：
板球是一项讲究团队配合的运动。港城板球俱乐部成立三年来，已组建成人队两支、青少年队一支。
为扩大队伍，俱乐部现面向全市招募新队员，不限年龄和基础，俱乐部提供球板、护具和教练指导。
训练时间为每周六下午，地点在海湾公园东侧草坪。首次体验免费，欢迎带朋友一起来。
有意者可加入俱乐部报名群，群号：731006254，入群请注明姓名和年龄。
港城板球俱乐部
2026年3月5日
""",
    ),
    dict(
        slug="blog-cangshupiao-bookplate-essay-html-archive",
        site="刻痕小筑（个人博客） (invented)",
        style="博客",
        genre="心得体会",
        kind="essay",
        form="html",
        source="https://kehen.example.me/2025/09/bookplate-notes.html",
        title="刻藏书票的第十年",
        record_title="刻藏书票的第十年 | 刻痕小筑",
        date="2025-09-14",
        notes="a personal blog: bracketed post time, tag cloud, archive, reading count, a 'buy me a coffee' action, a reprint notice; a sentence that speaks of 分享 kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>刻藏书票的第十年 | 刻痕小筑</title></head>
<body>
<header><h1 class="blogname">⟦m 刻痕小筑⟧</h1><p>⟦m 一块木板，一把刻刀，慢慢来⟧</p></header>
<div class="post">
<h2>⟦t 刻藏书票的第十年⟧</h2>
<div class="postmeta">⟦m [2025-09-14 22:10]　分类：版画手记　阅读(288)⟧</div>
{BODY}
<div class="reward">⟦a 觉得有用？请我喝杯咖啡☕⟧</div>
<div class="copy">⟦d 原创文字，转载请留言告知并保留链接⟧</div>
</div>
<aside><h3>⟦l 标签云⟧</h3><p>⟦l 藏书票 木刻 版画 工具 读书⟧</p>
<h3>⟦l 文章归档⟧</h3><ul><li>⟦l 2025年9月 (3)⟧</li><li>⟦l 2025年8月 (5)⟧</li></ul></aside>
</body></html>
""",
        body="""
今年是我刻藏书票的第十年。翻出第一张作品，线条歪歪扭扭，票主的名字还刻反了一个字。
藏书票小，方寸之间要放下图案、文字和“EX LIBRIS”字样，最考验构图的取舍。
这些年我最大的体会是，好的藏书票一定和票主有关：爱种花的老师，我就刻一枝兰；爱钓鱼的朋友，我就刻一叶小舟。
常有读者留言问怎么入门，我的建议是先临刻几张经典作品，把线条刻稳，再动手设计自己的第一张票。
下个月我想把这十年的两百多张票整理出来，办一次小小的线上展览，和大家分享。
""",
    ),
]

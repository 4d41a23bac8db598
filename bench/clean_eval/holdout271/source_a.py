"""holdout271, part A: 范文 sites, 文库 previews, government portals, news portals, forums.
Invented text (places, people, sites, URLs, phones); see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="fanwen-yantian-speech-brushrest-base-oldtable",
        site="研田范文网 (invented, gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.yantianfw.cn/jianghua/wenhua/2024/0506/44817.asp",
        title="在枨川县笔架制作技艺传承基地揭牌仪式上的讲话",
        record_title="【致辞荟萃·揭牌类】在枨川县笔架制作技艺传承基地揭牌仪式上的讲话（可直接套用）_研田范文网",
        date="2024-04-18",
        date_also=["2024-05-06"],
        notes="old gb2312 table page with marquee list, font row, floating QQ box and visitor counter; speaker and date lines under the title neutral; ghost-writer prompt glued after a sentence",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【致辞荟萃·揭牌类】在枨川县笔架制作技艺传承基地揭牌仪式上的讲话（可直接套用）_研田范文网</title>
<script language="javascript" src="/js/mc_top.js"></script>
<style type="text/css">td{font-size:12px;line-height:180%}</style>
</head><body bgcolor="#f3efe6">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0"><tr>
<td width="260"><a href="/">⟦m 研田范文网⟧</a></td><td>⟦m 研墨成文 · 落笔有据⟧</td>
<td align="right">⟦a <a href="/member/login.asp">会员登录</a> | <a href="/member/reg.asp">新用户注册</a>⟧</td></tr></table>
<table width="960" align="center"><tr><td><marquee scrollamount="3" onmouseover="this.stop()">⟦l 最新上传：清明祭扫活动主持词　村级换届工作总结　开学典礼校长致辞⟧</marquee></td></tr></table>
<table width="960" align="center" class="nav"><tr><td><a href="/">⟦m 首页⟧</a> <a href="/jianghua/">⟦m 讲话致辞⟧</a> <a href="/zongjie/">⟦m 工作总结⟧</a> <a href="/xinde/">⟦m 心得体会⟧</a> <a href="/zhuchi/">⟦m 主持词⟧</a></td></tr></table>
<table width="960" align="center"><tr><td width="700" valign="top">
<div class="weizhi">⟦m 您所在位置：研田范文网 &gt;&gt; 讲话致辞 &gt;&gt; 文化宣传讲话⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 发布：2024-05-06　来源：会员投稿　人气：1388⟧</div>
<div class="tool">⟦a 【字体：特大 标准 偏小】【打印此文】【关闭本页】⟧</div>
<p align="center">县委常委、宣传部部长　邝明远</p>
<p align="center">（2024年4月18日）</p>
{BODY}
<div class="pn">⟦l 上一篇：在全县非遗保护工作推进会上的讲话⟧<br>⟦l 下一篇：文化馆新馆开馆仪式致辞范文⟧</div>
</td><td width="240" valign="top">
<table class="box"><tr><td><b>⟦l 本类热门⟧</b></td></tr>
<tr><td>⟦l ·非遗传承人座谈会发言材料⟧</td></tr>
<tr><td>⟦l ·文化进万家活动启动仪式讲话⟧</td></tr>
<tr><td>⟦l ·揭牌仪式主持词（三篇）⟧</td></tr></table>
</td></tr></table>
<div id="floatqq" style="position:absolute;right:4px;top:220px">⟦w 写作顾问在线 QQ 2750331864⟧</div>
<table width="960" align="center"><tr><td align="center">
⟦d 研田范文网所载文章多为网友投稿，转载请注明出处⟧<br>
⟦m 你是本站第 0412876 位访客⟧<br>
⟦m 研田范文网 版权所有 © 2009-2024　湘ICP备09027713号⟧
</td></tr></table>
<script>var mc_hits=1388;</script>
</body></html>
""",
        body="""
同志们、朋友们：
今天，枨川县笔架制作技艺传承基地正式揭牌。我代表县委宣传部，向基地的建成表示祝贺，向多年坚守这门手艺的老艺人表示敬意！
枨川人做笔架，有据可查的已有三百多年。山形笔架、卧牛笔架、竹根笔架，一刀一凿都凝结着前人的心血。这些年，会做的人越来越少，最年轻的师傅也已年过五十，传承问题摆在了我们面前。⟦w 原创讲话稿定制，加QQ：2750331864⟧
基地建起来，关键是用起来。一要把师傅请进来，每年至少开办两期学徒班；二要把学生带进来，和县里的中小学结对，开设笔架雕刻体验课；三要把产品卖出去，依托电商和文旅市场，让老手艺有新收入。
同志们，一方小小的笔架，托起的是枨川的文脉。希望大家共同努力，把这门手艺一代代传下去！
""",
    ),
    dict(
        slug="fanwen-qingjian-summary-steamer-workshop",
        site="青笺范文网 (invented)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.qingjianfw.com/zongjie/danwei/2024/0222/60913.html",
        title="晖田镇木甑饭非遗工坊2023年度工作总结",
        record_title="晖田镇木甑饭非遗工坊2023年度工作总结（word版可修改）_青笺范文网",
        date="2024-01-10",
        date_also=["2024-02-22"],
        notes="site's posting date differs from the 成文日期 under the signature; a related-reading line between paragraphs",
        page="""
!m 青笺范文网 · 总结汇报频道
!m 导航：首页 > 工作总结 > 单位工作总结 > 非遗工坊
{T}
!m 发布日期：2024-02-22　浏览：608　编辑：青简
!a ◇ 复制全文 ◇ 生成Word ◇ 加入书签 ◇
{BODY}
!a 全文已展示完毕，点此一键导出文档
!l 猜你想看
!l ▸ 村级集体经济年度工作总结
!l ▸ 非遗进校园活动总结范文
!d 青笺范文网内容均由网友整理发布，仅供借鉴，请勿直接用于正式报送。
!m 青笺范文网 qingjianfw.com　苏ICP备2021048827号
""",
        indent="\u3000\u3000",
        body="""
2023年，晖田镇木甑饭非遗工坊在镇党委、政府的支持下，围绕“守住老手艺、端稳新饭碗”的目标，扎实开展各项工作。现将一年来的情况总结如下。
一、传承队伍逐步壮大。工坊全年举办饭甑箍制和蒸饭技艺培训班4期，培训学员63人，其中返乡青年21人；2名学员通过县级非遗传承人评审。
⟦l 相关阅读：非遗工坊年度工作计划范文⟧
二、产品销路持续拓宽。工坊订制杉木饭甑1260只，比上年增长四成；在县城开设木甑饭体验店1家，接待游客约2.1万人次。
三、存在问题。一是老师傅年龄偏大，箍甑手艺后继乏人；二是杉木原料价格上涨，成本压力加大。
2024年，工坊将继续办好培训班，争取建成木甑饭研学基地，让更多人吃上、学会这口老味道。
晖田镇木甑饭非遗工坊
2024年1月10日
""",
    ),
    dict(
        slug="wenku-zhiyun-survey-satchel-marker-paras",
        site="知蕴文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.zhiyunwk.com/view/50712894.html",
        title="关于栉岭县手工布挎包产业发展情况的调研报告",
        record_title="关于栉岭县手工布挎包产业发展情况的调研报告（完整版）- 知蕴文库",
        date="2024-09-20",
        notes="文库 reader: page-marker paragraphs ⬒ n ⬓ cut sentences; viewer toolbar, pay line; upload stamp is no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>关于栉岭县手工布挎包产业发展情况的调研报告（完整版）- 知蕴文库</title>
<script>window.__DOC__={id:50712894,pages:4};</script>
<link rel="stylesheet" href="/static/reader.css">
</head><body>
<header class="zy-top"><a class="logo" href="/">⟦m 知蕴文库⟧</a><input type="search" placeholder="搜文档、找资料"><a href="/vip">⟦a 开通年卡 全站畅读⟧</a><a href="/login">⟦a 账号登录⟧</a></header>
<nav class="zy-crumb">⟦m 知蕴文库 › 行业资料 › 纺织服装 › 调研报告⟧</nav>
<h1 class="doc-title">{T}</h1>
<div class="doc-meta">⟦m 4页 · 3.1千字 · 上传者：gx_lanyin · 2024-10-14 上传⟧</div>
<div class="viewer-bar">⟦a 放大 缩小 全屏 适合页宽⟧</div>
<div class="reader">
{BODY}
</div>
<div class="pay">⟦a 试读到此为止，支付 3.90 元即可查看并下载全文⟧</div>
<section class="rel"><h3>⟦l 看了本文的人还看了⟧</h3><ul><li>⟦l 县域纺织产业集群发展对策研究⟧</li><li>⟦l 留守妇女居家灵活就业调查⟧</li></ul></section>
<footer>⟦d 知蕴文库文档由用户上传，平台仅提供存储与展示，如侵权请发邮件至 jubao@zhiyunwk.com⟧<br>⟦m 浙ICP备2022015573号-3⟧</footer>
</body></html>
""",
        p_html='<div class="pg-line">{}</div>',
        pages=dict(fmt="⬒ {n} ⬓", every=130, start=2),
        body="""
为摸清全县手工布挎包产业底数，今年8月，县工商联组成调研组，走访了昱溪、杲坪两镇的17家作坊和3家电商企业，现将调研情况报告如下。
一、基本情况。全县现有布挎包加工户210余户，从业人员约1400人，多为留守妇女。2023年产值约8600万元，产品以帆布挎包、蓝印花布挎包为主，七成以上通过网店销往省外。
二、存在问题。一是同质化严重，多数作坊照着网上爆款打样，缺少自己的花色；二是品牌意识薄弱，全县仅有2个注册商标；三是布料、五金件依赖外地采购，利润空间被压缩。
三、几点建议。建议县里设立布挎包设计扶持资金，与职业院校共建打样中心；引导作坊抱团注册区域公共品牌；在杲坪镇规划辅料集散点，降低采购成本。
栉岭县工商联调研组
2024年9月20日
""",
    ),
    dict(
        slug="wenku-yeyetong-plan-flute-class-wrapped-markers",
        site="页页通文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.yeyetong.net/p-30418852.html",
        title="桊溪县第二实验小学竹笛进课堂实施方案",
        record_title="桊溪县第二实验小学竹笛进课堂实施方案.pdf",
        date="2024-08-26",
        notes="file-name record title; hard-wrapped at 62 columns and cut by markers ⟸n⟹ glued to the continuation line; 成文日期 in Chinese numerals",
        page="""
!m 页页通文库 > 教育教学 > 校本课程
!m 文档格式：PDF　页数：3　贡献者：xy_music
!a ☆收藏　⇩下载(2券)　⚑举报
{T}
{BODY}
!a 余下内容需开通会员查看，首月仅需6元
!l 同类文档：小学口风琴进课堂方案｜葫芦丝社团活动计划
!d 页页通文库声明：文档内容来自用户上传，如有版权疑问请联系平台处理。
""",
        indent="\u3000\u3000",
        wrap=62,
        pages=dict(fmt="⟸{n}⟹", every=120, start=2, glue=True),
        body="""
为落实“一校一品”艺术教育要求，让每个孩子都能学会一件民族乐器，结合我校实际，制定本方案。
一、实施对象
三至五年级全体学生，每周安排1节竹笛课，由音乐组教师和外聘民间艺人共同授课。
二、实施步骤
（一）准备阶段（9月）：统一采购F调练习笛，建立学生乐器档案，组织授课教师集中培训。
（二）普及阶段（10月至次年5月）：每学期完成8首曲目的学习，期末以班级为单位进行合奏展示。
（三）提高阶段：选拔40名学生组建竹笛社团，参加县级以上艺术展演。
三、保障措施
学校每年安排专项经费2万元用于乐器维护和教师培训；家长无需另购乐器，但须督促孩子保管好学校配发的竹笛。
桊溪县第二实验小学
二〇二四年八月二十六日
""",
    ),
    dict(
        slug="gov-chengchuan-notice-steamer-inspection-index",
        site="枨川县人民政府 (invented county portal)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.chengchuan.gov.cn/zwgk/tzgg/202406/t20240605_3318842.html",
        title="关于开展木甑蒸饭经营户食品安全专项检查的通知",
        record_title="关于开展木甑蒸饭经营户食品安全专项检查的通知｜通知公告｜枨川县人民政府",
        date="2024-06-03",
        date_also=["2024-06-05"],
        notes="county portal: 索引号 table (the 文号 cell unmarked), elder-mode links, attachment download link beside the notice's own 附件 list; the notice's own 联系人/电话/邮箱 beside the portal's 纠错 hotline; 抄送 and 印发 lines",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于开展木甑蒸饭经营户食品安全专项检查的通知｜通知公告｜枨川县人民政府</title>
<meta name="SiteName" content="枨川县人民政府"><meta name="ColumnName" content="通知公告">
<script src="/common/js/jquery.min.js"></script>
</head><body>
<div class="top-links"><a>⟦a 长辈模式⟧</a> <a>⟦a 读屏辅助⟧</a> <a>⟦a 繁體⟧</a></div>
<header><div class="site-name">⟦m 枨川县人民政府⟧</div></header>
<nav><a>⟦m 首页⟧</a><a>⟦m 政务公开⟧</a><a>⟦m 政务服务⟧</a><a>⟦m 互动交流⟧</a><a>⟦m 走进枨川⟧</a></nav>
<div class="crumb">⟦m 当前位置：首页 &gt; 政务公开 &gt; 通知公告⟧</div>
<table class="xxgk-info">
<tr><td>⟦m 索引号：11431027MB1532640X/2024-00318⟧</td><td>⟦m 发布机构：县市场监管局⟧</td></tr>
<tr><td>文号：枨市监〔2024〕27号</td><td>⟦m 发布日期：2024-06-05⟧</td></tr>
</table>
<h1>{T}</h1>
<div class="tools">⟦a 【文字 放大 还原 缩小】⟧ <a>⟦a 打印本页⟧</a> <a>⟦a 关闭窗口⟧</a></div>
<div class="article-content">
{BODY}
</div>
<div class="attach"><a href="/att/20240605/jcyd.docx">⟦a 附件下载：木甑蒸饭经营户检查要点.docx⟧</a></div>
<div class="share">⟦l 分享到：微信 微博 QQ空间⟧</div>
<footer>
<p>⟦m 主办：枨川县人民政府办公室　承办：枨川县大数据中心⟧</p>
<p>⟦m 网站标识码：4310270003　湘ICP备05011734号⟧</p>
<p>⟦m 网站纠错热线：0736-5220119　政务服务便民热线：12345⟧</p>
</footer>
</body></html>
""",
        body="""
各乡镇市场监管所，局机关各股室：
近年来，我县木甑蒸饭经营户快速增加，部分经营户存在甑具清洗不彻底、蒸笼布重复使用、从业人员无健康证明等问题。为保障群众饮食安全，经局党组研究，决定于6月10日至7月10日在全县开展专项检查。现将有关事项通知如下。
一、检查对象：全县木甑蒸饭店、农家乐和集体用餐配送单位。
二、检查重点：饭甑及蒸笼布的清洗消毒、米饭存放温度、从业人员健康证明、进货查验记录。
三、工作要求：各所要建立检查台账，于7月15日前报送检查情况汇总表。
联系人：游静，电话：0736-5281047，邮箱：czscjgspk@163.com
附件：1.木甑蒸饭经营户检查要点
2.检查情况汇总表
枨川县市场监督管理局
2024年6月3日
抄送：县卫生健康局，县文化旅游广电局。
枨川县市场监督管理局办公室　2024年6月3日印发
""",
    ),
    dict(
        slug="gov-jucheng-bulletin-satchel-spotcheck-table",
        site="榘城市人民政府门户网站 (invented)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="text",
        source="http://www.jucheng.gov.cn/bmdt/scjg/202410/t20241018_58201.html",
        title="关于2024年学生用布挎包产品质量监督抽查情况的通报",
        date="2024-10-16",
        date_also=["2024-10-18"],
        notes="title given by the record as is; an unqualified-products table one row a paragraph; portal's posting date differs from the 成文日期",
        page="""
!m 榘城市人民政府门户网站
!m 首页 ＞ 部门动态 ＞ 市场监管 ＞ 质量抽查
{T}
!m 来源：市市场监管局　发布日期：2024-10-18　浏览次数：312
!a 〔 大 中 小 〕〔 打印 〕〔 关闭 〕
{BODY}
!l 【关联阅读】2024年电动自行车头盔质量抽查结果
!m 主办单位：榘城市人民政府办公室　网站识别码：4311000012
!m 质量投诉举报：12315
""",
        body="""
各县（区）市场监管局，各有关企业：
为加强学生用品质量监管，今年9月，我局对全市生产、销售环节的学生用布挎包开展了产品质量监督抽查，共抽查24家企业的30批次产品，合格26批次，不合格4批次。不合格项目主要为甲醛含量、色牢度和背带强力。具体如下：
企业名称　产品批号　不合格项目
榘城市晖田箱包厂　KB-2406　背带强力
洚湖区巧织布艺店　LY-0815　耐摩擦色牢度
杲坪镇锦程包袋加工坊　JC-0722　甲醛含量
榘城市彩帆文具商行　CF-2403　背带强力
对抽查不合格的企业，属地市场监管部门要依法处理，督促整改到位，并于11月30日前将处理情况报市局质量监督科。
榘城市市场监督管理局
2024年10月16日
""",
    ),
    dict(
        slug="news-woyuan-bellshop-reopens-h1",
        site="渥源新闻网 (invented county news portal)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.woyuannews.cn/wenlv/2024-07/22/content_118406.html",
        title="昱溪镇老街百年手摇铃铺重新开张",
        record_title=None,
        date="2024-07-22",
        notes="no record title: the <h1>; app prompt glued before the lead; photo caption between paragraphs; editor line glued after the last sentence; 发布时间 byline is the date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>渥源新闻网</title>
<script>var _czc=_czc||[];</script></head><body>
<header><a class="logo">⟦m 渥源新闻网⟧</a><span>⟦m 渥源县融媒体中心主办⟧</span></header>
<nav><a>⟦m 首页⟧</a><a>⟦m 时政⟧</a><a>⟦m 民生⟧</a><a>⟦m 文旅⟧</a><a>⟦m 视频⟧</a></nav>
<div class="crumb">⟦m 首页 &gt; 文旅频道 &gt; 正文⟧</div>
<article>
<h1>{T}</h1>
<div class="meta">⟦m 发布时间：2024-07-22 08:46　来源：渥源新闻网　作者：潘晓岚⟧</div>
<div class="listen"><button>⟦a ▶ 语音播报本篇⟧</button></div>
{BODY}
</article>
<div class="ad-slot">⟦a 推广 · 昱溪古镇夏日夜游套票限时优惠⟧</div>
<aside><h3>⟦l 一天内最热⟧</h3><ol><li>⟦l 渥源至榘城城际公交下月开通⟧</li><li>⟦l 县人民医院新院区正式启用⟧</li><li>⟦l 洚水沿岸绿道全线贯通⟧</li></ol></aside>
<footer><p>⟦d 渥源新闻网所刊原创稿件，未经书面授权请勿转摘⟧</p><p>⟦m 互联网新闻信息服务许可证编号：43120230018⟧</p></footer>
</body></html>
""",
        body="""
⟦a 打开渥源新闻APP，看更多本地资讯⟧7月20日上午，渥源县昱溪镇老街的“邝记铃铺”在停业六年后重新开张，门口挂出的一串黄铜手摇铃，引来不少街坊驻足。
铺主邝德顺今年71岁，是这门手艺的第四代传人。过去，货郎、更夫、学堂都离不开手摇铃，铺子一年能卖出上千只。后来电铃普及，生意一落千丈，铺子只好关门。
⟦m 图为邝德顺在调试新铸的铜铃。记者 潘晓岚 摄⟧
今年初，在县文旅局的帮助下，邝德顺的孙子邝一鸣辞去城里的工作回到老街，爷孙俩把铺子改成了“前店后坊”，游客可以现场看铸铃、学调音。
“一只铃好不好，听一声就知道。”邝德顺说，他希望年轻人能把这门手艺接过去。⟦m （责任编辑：庞蕾）⟧
""",
    ),
    dict(
        slug="news-juanxi-flute-craft-heritage-list",
        site="桊溪融媒网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.juanxirm.cn/wenlv/20240609/41926.html",
        title="桊溪县竹笛制作技艺入选市级非物质文化遗产代表性项目名录",
        record_title="桊溪县竹笛制作技艺入选市级非物质文化遗产代表性项目名录_文旅频道_桊溪融媒网",
        record_date="2024-06-09",
        date="2024-06-09",
        notes="record gives the date; column and site suffixes; a 'click to see' link glued after a sentence; byline line with editor and reviewer",
        page="""
!m 桊溪融媒网
!m 文旅频道 | 2024-06-09 10:12 | 来源：桊溪县融媒体中心
{T}
!a 分享：微信好友　朋友圈　QQ空间
{BODY}
!m 记者：邬小满　编辑：晏青　审核：蓝一帆
!l 相关新闻
!l 桊溪县举办首届民乐艺术节
!l 苦竹林里的“笛子村”
!d 本站原创稿件，转用请先联系桊溪县融媒体中心
""",
        body="""
日前，榘城市人民政府公布第六批市级非物质文化遗产代表性项目名录，桊溪县申报的“桊溪竹笛制作技艺”榜上有名。
桊溪竹笛以本地苦竹为料，从选竹、烤直、开孔到校音，共有二十多道工序，其中“火烤定音”一环全凭手感，外人很难学会。全县现有竹笛作坊9家，年产竹笛约3万支。⟦l 点击查看：我县非遗项目名录汇总⟧
县文化馆负责人表示，下一步将为传承人建立档案，在中小学开设竹笛制作体验课，并扶持作坊开发旅游纪念品，让老手艺走进更多人的生活。
""",
    ),
    dict(
        slug="forum-dihuafang-flute-holes-jammer",
        site="笛话坊论坛 (invented, Discuz-like)",
        style="论坛",
        genre="论坛帖子",
        kind="other",
        form="html",
        source="https://bbs.dihuafang.com/thread-220831-1-1.html",
        title="自制竹笛开孔总是偏音，几个经验分享给新手",
        record_title="[制作交流] 自制竹笛开孔总是偏音，几个经验分享给新手 - 制笛工坊 - 笛话坊论坛",
        date=None,
        notes="Discuz-like thread: jammer-font junk inside the post, rating row, signature, a reply; relative post time is no date",
        page="""
<html><head><meta charset="gbk">
<title>[制作交流] 自制竹笛开孔总是偏音，几个经验分享给新手 - 制笛工坊 - 笛话坊论坛 - Powered by Discuz!</title>
<style>.jammer{color:#fff;font-size:0px}</style></head><body>
<div id="toptb">⟦m 笛话坊论坛⟧ <a>⟦a 登录⟧</a> <a>⟦a 立即注册⟧</a> <a>⟦a 找回密码⟧</a></div>
<div id="pt">⟦m 笛话坊 › 制笛工坊 › 查看帖子⟧</div>
<div class="hm">⟦m 查看: 1962 | 回复: 23⟧</div>
<h1 class="ts"><a>⟦m [制作交流]⟧</a> <span id="thread_subject">{T}</span></h1>
<table><tr><td class="pls">⟦m 竹间听风⟧<br>⟦m 积分 2240 · 帖子 386⟧</td>
<td class="plc"><div class="authi">⟦m 发表于 3 天前⟧ <a>⟦a 只看TA⟧</a></div>
<div class="t_fsz"><table><tr><td class="t_f" id="postmessage_88120">
{BODY}
</td></tr></table></div>
<div class="rate">⟦l 评分 参与人数 3　威望 +2　笛币 +15⟧</div>
<div class="sign">⟦l 签名：一竹一孔皆是声⟧</div>
<div class="po">⟦a 回复 支持 收藏⟧</div>
</td></tr></table>
<div class="reply">⟦l 2楼 老杨吹笛：第三条太对了，我去年就吃过湿竹子的亏⟧</div>
<div id="f_pst">⟦a 登录后才能参与讨论，没有账号？注册⟧</div>
<div id="ft">⟦m 笛话坊论坛 ( 赣ICP备2020031846号 )⟧ ⟦m Powered by Discuz! X3.5⟧</div>
</body></html>
""",
        p_html="{}<br>",
        junk=dict(lines=1, glued=2),
        body="""
做了两年笛子，废掉的竹料少说也有四五十根。今天把开孔偏音的几个原因说一说，新手可以少走弯路。
第一，量尺寸别只量竹管外径。竹壁厚薄不均，同样的外径，内径可能差出一两毫米，开孔位置就得跟着调。
第二，先开小孔再慢慢扩。孔开大了音会偏高，想补回来就难了，我一般用圆锉一点点修，边修边对调音器。
第三，竹料一定要阴干透。新竹含水多，当时调准了，放半个月又跑音。
以上都是个人土办法，欢迎各位老师傅指正。
""",
    ),
    dict(
        slug="forum-yanbian-brushrest-appraisal-junk",
        site="砚边闲话 (invented, 文房雅玩 forum)",
        style="论坛",
        genre="论坛帖子",
        kind="other",
        form="text",
        source="https://www.yanbianxh.net/t/77402",
        title="收了一只清末瓷笔架，请懂行的朋友掌掌眼",
        record_title="【藏品鉴赏】收了一只清末瓷笔架，请懂行的朋友掌掌眼（附细节图）- 砚边闲话",
        date=None,
        notes="forum thread in text: anti-scraping junk lines and junk glued after 。; replies below; 昨天 is no date",
        page="""
!m 砚边闲话 - 文房雅玩交流社区
!m 社区首页 » 文房杂项 » 帖子详情
{T}
!m 楼主：拾砚人　发表于 昨天 21:14　浏览 846　回复 12
!a 只看楼主　｜　倒序看帖　｜　收藏本帖
{BODY}
!l 沙发　墨痕：底款确实有问题，光绪官窑不会这么写
!l 板凳　闲云叟：露胎发白多半是新仿，谨慎
!a 回复本帖需要先登录，或使用快捷登录
!m 砚边闲话社区 © 2024　客服邮箱：kefu@yanbianxh.net
""",
        junk=dict(lines=2, glued=2),
        body="""
上周在杲坪镇的旧货市场收了一只青花瓷笔架。五峰山形，长约十四厘米，底款写着“大清光绪年制”，摊主要价八百，最后六百拿下。
到手后仔细看了看。釉面有自然开片，峰尖有两处小磕，青花发色偏灰蓝，画的是松下高士，笔意还算流畅。
我自己拿不准的有两点：一是底款的字体有些呆板，不知是不是后加的；二是山峰内侧没有施釉，露胎处颜色发白，不像老窑。
各位老师要是看出什么问题，请不吝赐教，先谢过了。
""",
    ),
]

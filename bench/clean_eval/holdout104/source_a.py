"""holdout104, part A: sky lanterns (孔明灯) and forest firebreaks (防火隔离带). Invented text
(counties, people, sites, URLs, chrome wording); see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="gov-tangxian-skylantern-ban-index-table",
        site="棠县人民政府 (invented)",
        style="政府门户",
        genre="通告",
        kind="notice",
        form="html",
        source="https://www.tangxian.example.gov.cn/zwgk/tzgg/202509/t20250928_88213.html",
        title="棠县人民政府关于中秋国庆期间禁止燃放孔明灯的通告",
        record_title="棠县人民政府关于中秋国庆期间禁止燃放孔明灯的通告_通知公告_棠县人民政府",
        date="2025-09-26",
        date_also=["2025-09-28"],
        notes="county portal with 索引号 table (发布日期 differs from the 成文日期), font-size row, a 12345 line in the footer next to the document's own 联系电话",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>棠县人民政府关于中秋国庆期间禁止燃放孔明灯的通告_通知公告_棠县人民政府</title>
<script>var _hmt=_hmt||[];(function(){var s=document.createElement("script");s.src="/js/stat.js";})();</script>
<link rel="stylesheet" href="/css/main.css"></head>
<body>
<div class="topbar">⟦m 今天是：2025年10月3日 星期五⟧ <a href="#">⟦a 无障碍浏览⟧</a> <a href="#">⟦a 长者模式⟧</a></div>
<div class="logo">⟦m 棠县人民政府 · 棠风正好 县域同心⟧</div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政务服务⟧</li><li>⟦m 互动交流⟧</li><li>⟦m 走进棠县⟧</li></ul>
<div class="crumb">⟦m 您所在的位置：首页 &gt; 政务公开 &gt; 通知公告⟧</div>
<table class="xxgk">
<tr><td>⟦m 索 引 号：11530927MB0P71265X/2025-00419⟧</td><td>⟦m 主题分类：安全生产⟧</td></tr>
<tr><td>⟦m 发布机构：棠县人民政府办公室⟧</td><td>⟦m 发布日期：2025-09-28⟧</td></tr>
</table>
<h1>⟦t 棠县人民政府关于中秋国庆期间禁止燃放孔明灯的通告⟧</h1>
<div class="fontsize">⟦a 【字号：放大　复原　缩小】⟧ ⟦a 【打印本页】⟧ ⟦a 【关闭窗口】⟧</div>
<div class="zoom">
{BODY}
</div>
<div class="share">⟦l 转发至：微博　微信　QQ空间⟧</div>
<div class="related"><h4>⟦l 相关信息⟧</h4><ul>
<li>⟦l 棠县2025年秋冬季森林防火命令⟧</li><li>⟦l 关于规范县城烟花爆竹销售网点的公告⟧</li></ul></div>
<div class="footer">
<p>⟦m 主办：棠县人民政府办公室　承办：棠县融媒体中心⟧</p>
<p>⟦m 政务服务便民热线：12345　网站标识码：5309270003⟧</p>
<p>⟦m 滇ICP备16003327号-1⟧</p>
</div>
<script src="/js/jquery.min.js"></script>
</body></html>
""",
        body="""
为防范火灾事故，保护森林资源和人民群众生命财产安全，根据有关法律法规，结合我县实际，现就中秋国庆期间禁止燃放孔明灯有关事项通告如下：
一、2025年9月29日至10月8日，全县行政区域内禁止燃放孔明灯等空中飘移明火物品。
二、任何单位和个人不得销售孔明灯，各乡镇要组织对集贸市场、景区商铺开展排查。
三、违反本通告燃放孔明灯的，由公安机关依法处理；引发火灾造成损失的，依法承担赔偿责任。
四、欢迎群众对违规燃放、销售行为进行举报，举报电话：0870-6213119（县应急管理局值班室）。
棠县人民政府
2025年9月26日
""",
    ),
    dict(
        slug="news-lixi-lantern-patrol-photo-caption",
        site="栗溪新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://news.lixi.example.cn/sh/2025-09/18/content_55201.htm",
        title="栗溪消防志愿者走村入户劝阻燃放孔明灯",
        record_title=None,
        date="2025-09-18",
        notes="news page without a record title: headline repeated, a time/source line, a photo caption between paragraphs, an editor line glued after the last paragraph, 热点排行",
        page="""
!m 栗溪新闻网 > 社会 > 正文
{T}
!m 2025-09-18 10:26　来源：栗溪日报　记者 钱颖岚
{BODY}
!l 【热点排行】
!l 1 栗溪河滨步道夜景亮灯试运行
!l 2 城区三所中学新学期启用智慧食堂
!d 栗溪新闻网版权所有，转载请注明出处
""",
        body="""
中秋将至，栗溪县消防救援大队组织四十余名志愿者，分成十二个小组，走进城郊村落和山林周边农户，劝阻群众燃放孔明灯。
志愿者们带着宣传单和折页，向村民讲解孔明灯升空后失控飘落、引燃柴草堆和林地的危险，并登记辖区内的小卖部。
⟦m 图为志愿者在东岗村向村民发放宣传单。钱颖岚 摄⟧
“去年就有一只孔明灯落在后山，烧了半亩茶林。”东岗村村民魏大叔说，今年家里的孩子不再吵着要放了。
据了解，大队还将在中秋当晚安排巡查车辆在重点林区周边值守。⟦m （责任编辑：严小禾）⟧
""",
    ),
    dict(
        slug="localforum-shanpo-lantern-shop-junk",
        site="杉坡论坛 (invented)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="https://bbs.shanpo.example.com/thread-301882-1-1.html",
        title="镇上还有小店偷偷卖孔明灯，能不能管管",
        record_title="[民生] 镇上还有小店偷偷卖孔明灯，能不能管管 - 杉坡杂谈 - 杉坡论坛",
        date=None,
        notes="local forum post with junk lines and glued junk; relative times only (no date)",
        gap=True,
        junk=dict(lines=1, glued=3),
        page="""
!m 杉坡论坛 › 杉坡杂谈 › 帖子详情
!t [民生] 镇上还有小店偷偷卖孔明灯，能不能管管
!m 楼主：竹篱笆下　发表于 3天前　只看该作者
!m 查看：1821 | 回复：37
{BODY}
!l 回复 举报 支持(12) 反对(0)
!l 2楼　山里的风：已经打了电话，说明天就去查
!l 快速回复：请先登录后再发表回复
!m 杉坡论坛 Powered by Discuz! · 杉ICP备13005517号
""",
        body="""
前两天路过镇东头的文具店，看见门口摆着一摞孔明灯，五块钱一个。好几个小学生围在那里挑，说晚上要去河坝上放。
县里早就发了通告，中秋前后不让放也不让卖，怎么还有人顶风卖？我们这里到处是松林，一只灯飘进去后果不敢想。
我当时跟老板说了两句。老板说进货的钱不能白花，卖完这批就不卖了。
有没有知道该打哪个电话的？市场监管所还是派出所？大家帮忙出出主意，别等出了事再后悔。
""",
    ),
    dict(
        slug="fanwen-oldtable-lantern-pledge-marquee",
        site="墨韵范文网 (invented)",
        style="范文站",
        genre="倡议书",
        kind="other",
        form="html",
        source="http://www.moyunfw.example.com/changyishu/2025/0912/61930.html",
        title="文明过中秋不放孔明灯倡议书",
        record_title="【精选】文明过中秋不放孔明灯倡议书（通用3篇）_墨韵范文网",
        date=None,
        notes="old gb2312 table layout: marquee, 【字体：大 中 小】 row, a QQ writing-service line, visitor counter; a template placeholder date (no date)",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>【精选】文明过中秋不放孔明灯倡议书（通用3篇）_墨韵范文网</title></head>
<body bgcolor="#f4f1e8">
<table width="960" align="center" border="0"><tr><td>⟦m 墨韵范文网 —— 为你的每一篇文字添彩⟧</td>
<td>⟦a 设为首页⟧ | ⟦a 加入收藏⟧</td></tr></table>
<table width="960" align="center"><tr><td><marquee scrollamount="3">⟦l 最新上传：秋季开学典礼校长致辞　社区重阳敬老活动方案　消防安全承诺书⟧</marquee></td></tr></table>
<table width="960" align="center"><tr><td width="700" valign="top">
<div>⟦m 当前位置：墨韵范文网 &gt;&gt; 倡议书 &gt;&gt; 安全倡议书⟧</div>
<div><b>⟦t 文明过中秋不放孔明灯倡议书⟧</b></div>
<div>⟦a 【字体：大 中 小】⟧ ⟦m 作者：佚名　人气：2516⟧</div>
{BODY}
<div>⟦w 需要原创定稿？QQ 2806613570 专人撰写，当天交稿⟧</div>
<div>⟦l 上一篇：关于开展秋季校园安全月活动的倡议⟧</div>
<div>⟦l 下一篇：中秋节给家长的一封信⟧</div>
</td><td width="240" valign="top">
<div>⟦l 本类热门⟧</div><div>⟦l 禁毒倡议书⟧</div><div>⟦l 绿色出行倡议书⟧</div>
</td></tr></table>
<table width="960" align="center"><tr><td>⟦d 本站文章均为网友投稿，如有侵权请联系删除⟧</td></tr>
<tr><td>⟦m 您是第 0061377 位访客⟧</td></tr></table>
</body></html>
""",
        body="""
广大居民朋友们：
中秋佳节即将来临，为了让大家过一个平安祥和的节日，我们向全体居民发出如下倡议：
一、自觉做到不购买、不燃放孔明灯，不在楼道、阳台等处使用明火。
二、做好家中老人和孩子的安全教育，发现燃放行为及时劝阻。
三、以赏月、团圆、诵读诗词等方式过节，共同营造安全文明的节日氛围。
让我们携起手来，从自身做起，守护家园安宁。
××社区居委会
20××年×月×日
""",
    ),
    dict(
        slug="examforum-shenlun-lantern-material",
        site="上岸研习社论坛 (invented)",
        style="公考论坛",
        genre="评论",
        kind="other",
        form="text",
        source="https://bbs.anyanxi.example.com/forum.php?mod=viewthread&tid=77102",
        title="传统习俗与公共安全如何兼顾——由孔明灯禁放说开去",
        record_title="[申论素材] 传统习俗与公共安全如何兼顾——由孔明灯禁放说开去（附金句）",
        date="2025-09-20",
        notes="exam forum: a byline's 发表于 is the page's date; a VIP ad inside the body on a line of its own; reply box",
        indent="\u3000\u3000",
        page="""
!m 上岸研习社 › 申论 › 素材积累
!t [申论素材] 传统习俗与公共安全如何兼顾——由孔明灯禁放说开去（附金句）
!m 版主 青衿　发表于 2025-9-20 21:05
{BODY}
!l 本帖被以下专题收录：申论热点·民生安全
!l 回帖奖励 +2 研习币　发表回复
""",
        body="""
每逢中秋，关于孔明灯该不该放的讨论总会升温。一方面，放灯祈福承载着不少人的情感记忆；另一方面，飘落的明火一再引发山火和屋顶火灾。
⟦a 开通申论VIP，解锁本专题全部18篇范文⟧
兼顾习俗与安全，关键不在一禁了之，而在疏堵结合。可以划定远离林区的集中活动场地，推广电子灯、水灯等替代方式。
同时，要压实销售环节的监管责任，让禁令落到柜台上，而不是只贴在墙上。
传统之所以能够延续，正在于它能随着时代调整形式。守住安全底线，习俗才能走得更远。
""",
    ),
    dict(
        slug="baike-lantern-entry-example-date",
        site="知源百科 (invented)",
        style="百科问答",
        genre="词条",
        kind="other",
        form="html",
        source="https://baike.zhiyuan.example.com/item/kongmingdeng-jinfang/40213",
        title="孔明灯禁放",
        record_title="孔明灯禁放_知源百科",
        date=None,
        notes="encyclopaedia entry: edit/cite buttons, contents box, an example date inside a sentence (no date), 词条统计 sidebar",
        page="""
<!doctype html><html><head><meta charset="utf-8"><title>孔明灯禁放_知源百科</title></head><body>
<header><div class="brand">⟦m 知源百科 · 全球中文知识库⟧</div><form>⟦a 进入词条⟧ ⟦a 搜索⟧</form></header>
<main>
<h1>⟦t 孔明灯禁放⟧</h1>
<div class="tools">⟦a 编辑⟧ ⟦a 讨论⟧ ⟦a 收藏⟧ ⟦l 分享到⟧</div>
<div class="toc">⟦l 目录 1 概述 2 依据 3 处罚⟧</div>
{BODY}
<div class="refs">⟦l 参考资料：1. 某市消防条例释义读本⟧</div>
</main>
<aside><h3>⟦l 词条统计⟧</h3><p>⟦m 浏览次数：38102次⟧</p><p>⟦m 编辑次数：9次历史版本⟧</p><p>⟦m 最近更新：江南小雨⟧</p></aside>
<footer>⟦d ©2025 知源百科 本词条内容仅供参考，如有疑问请咨询相关部门⟧</footer>
</body></html>
""",
        body="""
孔明灯禁放是指地方人民政府或者有关部门依法在一定区域、一定期间内禁止燃放孔明灯的管理措施。
孔明灯以明火加热空气升空，飞行方向和落点不可控制，容易引燃山林、草垛、易燃建筑和输电线路。
多地在森林防火条例或者消防条例中作出规定，并以通告形式公布禁放的区域和期间，例如通告写明“自2024年1月1日起全域禁放”。
违反禁放规定的，由公安机关或者有关部门依法给予警告、罚款等处罚；造成火灾的，依法承担相应法律责任。
""",
    ),
    dict(
        slug="intranet-songling-firebreak-plan-flow",
        site="松岭国有林场办公平台 (invented)",
        style="企业内网",
        genre="方案",
        kind="plan",
        form="html",
        source="http://oa.slgylc.example.com/doc/view.do?id=20251011007",
        title="松岭国有林场2025年秋冬季防火隔离带清理工作方案",
        record_title="内网公文-松岭国有林场2025年秋冬季防火隔离带清理工作方案",
        date="2025-10-11",
        notes="intranet document view: 流转记录 and read counts, watermark line; a data table (one row a paragraph, cells apart by ideographic spaces); 附件 list; document number neutral",
        page="""
<html><head><meta charset="utf-8"><title>内网公文-松岭国有林场2025年秋冬季防火隔离带清理工作方案</title></head><body>
<div class="oa-top">⟦m 松岭国有林场协同办公平台⟧ ⟦m 当前用户：邵川河（营林科）⟧ ⟦a 退出⟧</div>
<div class="oa-menu">⟦m 待办事宜　已办事宜　公文管理　通讯录⟧</div>
<div class="doc">
<h2>⟦t 松岭国有林场2025年秋冬季防火隔离带清理工作方案⟧</h2>
<p>松林场发〔2025〕31号</p>
{BODY}
</div>
<div class="flow"><h4>⟦m 流转记录⟧</h4>
<p>⟦m 拟稿：营林科 邵川河 2025-10-09 15:20⟧</p>
<p>⟦m 核稿：办公室 童秋 2025-10-10 09:02⟧</p>
<p>⟦m 签发：场长 柏正元 2025-10-11 08:47⟧</p></div>
<div class="read">⟦m 已阅 46 人　未阅 5 人⟧ ⟦a 催办⟧ ⟦a 导出PDF⟧</div>
<div class="mark">⟦d 内部资料 注意保密 水印：邵川河 10.8.3.27⟧</div>
</body></html>
""",
        body="""
各营林区、各科室：
为做好秋冬季森林防火工作，及时清除防火隔离带内的可燃物，现制定本方案。
一、清理范围
全场现有防火隔离带共五条，总长四十六点八公里，清理宽度按设计宽度执行。
隔离带名称　长度（公里）　设计宽度（米）　责任单位
东岭主隔离带　14.2　30　第一营林区
西沟隔离带　9.6　20　第二营林区
鹰嘴山隔离带　11.5　25　第三营林区
二、时间安排
10月15日至11月20日完成清理，11月25日前由场防火办组织验收。
三、工作要求
清理作业严禁用火，割除的杂草灌木一律运出林外集中处理。
附件：1.防火隔离带分布示意图
2.清理验收记录表
松岭国有林场
2025年10月11日
""",
    ),
    dict(
        slug="tender-guanyun-firebreak-construction",
        site="关云县公共资源交易中心 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="https://ggzy.guanyun.example.gov.cn/jsgc/zbgg/2025/0707/1130.html",
        title="关云县生物防火林带建设项目（一期）招标公告",
        record_title="关云县生物防火林带建设项目（一期）招标公告-工程建设-关云县公共资源交易中心",
        date="2025-07-07",
        notes="tender portal: buyer and agency contacts in the body beside the platform's CA hotline; a CA certificate prompt; 公告时间 byline",
        page="""
!m 关云县公共资源交易中心
!m 首页 / 交易信息 / 工程建设 / 招标公告
!t 关云县生物防火林带建设项目（一期）招标公告
!m 公告时间：2025-07-07　浏览量：402
!a 【我要投标】　【下载招标文件】　【收藏】
{BODY}
!w 数字证书（CA）办理及技术支持：400-612-0579（工作日 8:30-17:30）
!l 同类项目：关云县林区防火应急道路改造工程招标公告
!l 同类项目：关云县瞭望监测系统升级项目更正公告
""",
        body="""
一、项目概况
关云县生物防火林带建设项目（一期）已由县发展和改革局批准建设，建设资金来自中央财政林业改革发展资金，现对该项目施工进行公开招标。
二、建设规模
新建木荷生物防火林带三十二公里，带宽二十米，含整地、苗木栽植及三年抚育。
三、投标人资格
投标人须具备林业或园林绿化施工相关业绩，本项目不接受联合体投标。
四、招标文件获取
有意向的投标人请于2025年7月8日至7月14日在交易平台凭数字证书下载招标文件。
五、联系方式
招标人：关云县林业和草原局　联系人：甘立群　电话：0878-5520361
代理机构：宏途项目管理有限公司　联系人：冯晓舟　电话：0878-5521779
""",
    ),
    dict(
        slug="wenku-firebreak-summary-arrow-markers",
        site="集思文库 (invented)",
        style="文库预览",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://wenku.jisi.example.com/view/8c1e7d20a4.html",
        title="乌岩镇2024年防火隔离带建设管护工作总结",
        record_title="乌岩镇2024年防火隔离带建设管护工作总结.wps",
        date="2024-12-20",
        notes="文库 preview: file-name title, page markers ↞ n ↠ cutting sentences, a preview-end prompt and a pay prompt, upload notice",
        indent="\u3000\u3000",
        pages=dict(fmt="↞ {n} ↠", every=150, start=2),
        page="""
!m 集思文库 — 让知识流动起来
!t 乌岩镇2024年防火隔离带建设管护工作总结.wps
!m 上传者：林下清风　|　3页　|　1.2万次阅读　|　评分 4.6
{BODY}
!a 还剩 2 页未读，继续阅读需消耗 5 文币
!a 立即下载　|　加入文集
!d 本文档由用户上传，集思文库仅提供信息存储空间服务，如有侵权请提交申诉
""",
        body="""
2024年，乌岩镇把防火隔离带建设管护作为森林防火的基础工程来抓，全年新建隔离带八点六公里，维护原有隔离带二十一公里。
一是落实管护责任。按照属地管理原则，将隔离带分段包保到村、到组、到人，设立公示牌十八块，明确管护人员和联系方式。
二是实施机械化清理。镇里租用割灌机十二台，组织专业队伍分段作业，清理效率比往年提高近一倍，节约人工费用三万余元。
三是开展联防联控。与相邻两个乡镇签订边界联防协议，建立隔离带巡查信息共享群，发现问题及时通报。
存在的不足是部分隔离带坡度大、机械难以进入，清理质量不够均衡。明年将探索种植木荷等耐火树种，逐步建成生物隔离带。
乌岩镇人民政府
2024年12月20日
""",
    ),
    dict(
        slug="print-hengping-firebreak-rules-footer",
        site="横坪县林业和草原局 (invented)",
        style="打印页",
        genre="制度",
        kind="rule",
        form="text",
        source="https://lcj.hengping.example.gov.cn/zcwj/2025/0302/print.html?id=3307",
        title="横坪县防火隔离带管护办法",
        record_title="打印 - 横坪县防火隔离带管护办法",
        date="2025-03-02",
        notes="print view: print time and URL at the top, a print footer 本页 1 ／ 总 1 页, [关闭本页]; articles that speak of 扫码 and 打印 kept",
        page="""
!m 横坪县林业和草原局
!m 打印日期：2025/04/11 16:02
!m https://lcj.hengping.example.gov.cn/zcwj/2025/0302/3307.html
!t 横坪县防火隔离带管护办法
!m 发布日期：2025-03-02
{BODY}
!p 本页 1 ／ 总 1 页
!a [打印此页]　[关闭本页]
""",
        body="""
第一条　为加强防火隔离带管护，有效阻隔森林火灾蔓延，制定本办法。
第二条　本办法所称防火隔离带，包括工程隔离带和生物隔离带。
第三条　乡镇人民政府负责本辖区防火隔离带的日常管护，林业站负责技术指导。
第四条　管护人员每月巡查不少于两次，巡查时扫码登记巡查点位，巡查记录每季度打印存档。
第五条　任何单位和个人不得在防火隔离带内堆放柴草、搭建设施或者野外用火。
第六条　本办法自发布之日起施行。
""",
    ),
    dict(
        slug="qa-firebreak-width-answer",
        site="问林问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.wenlin.example.com/question/60127331",
        title="防火隔离带一般要开多宽？种什么树比较好？",
        record_title="防火隔离带一般要开多宽？种什么树比较好？ - 问林问答",
        date="2025-05-14",
        notes="Q&A: the question as the title, an answer's 回答于 date is the page's date; 相关问题 list, 关注/邀请回答 buttons; 为你推荐",
        page="""
!m 问林问答 | 林业人的问答社区
{T}
!m 提问者：果园里的老金　2个回答
!a 关注问题　邀请回答　写回答
!m 最佳答案　蒋木森　林业工程师　回答于 2025-05-14
{BODY}
!l 赞同 236　|　评论 18　|　收藏
!l 相关问题
!l 山地果园需要开防火带吗？
!l 木荷苗一般多少钱一棵？
""",
        body="""
工程隔离带的宽度要看林分和地形，一般主隔离带不小于二十米，副隔离带十米到十五米，山脊上的可以适当放宽。
生物隔离带常用木荷、火力楠、油茶这类含水量高、不易燃烧的树种，南方用木荷的最多。
另外要注意，隔离带开了以后每年都要清理，杂草长起来就失去阻火作用了。
具体可以咨询当地林业站，他们有设计规范，也能帮着选苗。
""",
    ),
]

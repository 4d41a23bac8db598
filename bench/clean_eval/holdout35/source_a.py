"""holdout35, part A: a schistosomiasis-control station, a toll station, a lacquer workshop, a
karst-cave scenic area, a waste-to-energy plant, a lotus-root co-op, a winery, an oil-paper
umbrella festival, a rafting resort, a rabbit co-op and a prosthetics technician. Everything
invented (places, people, sites, URLs, chrome wording); see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="gov-guling-xuefang-snail-notice-old-table",
        site="鼓岭县卫生健康信息网 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://wjj.guling.example.gov.cn/Article/ShowArticle.asp?ArticleID=2317",
        title="关于开展2025年春季查螺灭螺工作的通知",
        record_title="关于开展2025年春季查螺灭螺工作的通知_鼓岭县卫生健康信息网",
        date="2025-03-14",
        notes="old gb2312 table layout with a marquee, a 字号 row and a visitor counter; the document's own 联系人/电话 beside the site's 值班电话 footer; 附件 list; 成文日期 under the signature",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>关于开展2025年春季查螺灭螺工作的通知_鼓岭县卫生健康信息网</title>
<script>var hits=0;function fontZoom(s){document.getElementById('zoom').style.fontSize=s+'px';}</script></head>
<body><table width="980" align="center"><tr><td class="logo">⟦m 鼓岭县卫生健康信息网⟧</td><td>⟦m 二〇二五年三月十七日　星期一⟧</td></tr>
<tr><td colspan="2"><marquee>⟦l 滚动：县疾控中心开展世界防治结核病日宣传　　全县家庭医生签约服务提质扩面⟧</marquee></td></tr>
<tr><td colspan="2">⟦m 您所在的位置：首页 &gt;&gt; 血防专栏 &gt;&gt; 工作动态⟧</td></tr></table>
<table width="980" align="center"><tr><td>
<div class="tit">{T}</div>
<div class="info">⟦m 作者：县血防站　来源：本站原创　点击数：<span id="hits">376</span>　更新时间：2025-3-17⟧</div>
<div class="zoom">⟦a 【字体：特大 大 中 小】⟧　⟦a 【打印此页】⟧　⟦a 【关闭窗口】⟧</div>
<div id="zoom">
{BODY}
</div>
<div>⟦l 上一篇文章：县第二人民医院开展义诊进乡村活动⟧</div>
<div>⟦l 下一篇文章：关于做好春季传染病防控的提示⟧</div>
</td><td width="220"><div class="side">⟦l 血防专栏⟧</div><ul><li>⟦l 晚期血吸虫病人救治政策解读⟧</li><li>⟦l 查螺员岗前培训在县城举行⟧</li></ul></td></tr></table>
<table width="980" align="center"><tr><td class="foot">⟦m 主办：鼓岭县卫生健康局　值班电话：0736-5512000⟧<br>⟦m 湘ICP备05017722号　您是第 0028431 位访客⟧</td></tr></table>
</body></html>
""",
        body="""
各乡镇卫生院、县血防站：
为巩固血吸虫病消除成果，经研究，决定于3月下旬至5月上旬在全县有螺环境和可疑环境开展春季查螺灭螺工作。现将有关事项通知如下。
一、工作范围
重点为沿河十二个乡镇的沟渠、塘堰、洲滩和历史有螺村组，各地要对照螺情台账逐块清查，不得遗漏。
二、工作要求
查螺采用系统抽样结合环境抽查的方法，发现钉螺的环境要及时插标、登记，并在一周内组织药物灭螺。
各单位要在5月15日前将查螺灭螺统计表报县血防站。
联系人：朱明亮，电话：0736-5518306。
附件：1.春季查螺灭螺统计表
2.有螺环境登记表
鼓岭县卫生健康局
2025年3月14日
""",
    ),
    dict(
        slug="gov-yanchuan-toll-station-lane-notice-missing-title",
        site="砚川县交通运输局 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="https://jtj.yanchuan.example.gov.cn/tzgg/202504/t20250409_3381.html",
        title="关于砚川东收费站改扩建期间部分车道封闭的通告",
        record_title=None,
        date="2025-04-09",
        notes="no record title: found on the page under a 索引号 block; a detour table kept; a site hotline beside the document's 咨询电话; 发布日期 in the index block",
        page="""
!m 砚川县人民政府门户网站 · 交通运输局
!m 首页 / 政务公开 / 通知公告
!m 索引号：11433122MB1530481X/2025-00412　　发布机构：砚川县交通运输局
!m 发布日期：2025-04-09　　浏览量：1,204
{T}
!a 【大 中 小】　【我要打印】　【收藏】
{BODY}
!l 相关阅读：
!l ▸ 国道319线砚川段路面修复施工的通告
!l ▸ 清明节期间小型客车免费通行提示
!d 本网站所载内容，转载请注明出处
!m 网站标识码4331220011　政务服务热线：12345
""",
        body="""
因砚川东收费站改扩建工程施工需要，自2025年4月15日起至2025年6月30日止，砚川东收费站入口两条车道和出口一条车道封闭施工。
施工期间，过往车辆请按照现场标志标线减速慢行，服从交通管理人员指挥。
绕行方案如下：
方向　绕行路线　增加里程
往县城方向　砚川北收费站下高速经县道X021进城　约6公里
往工业园方向　砚川南收费站下高速经滨河大道　约4公里
施工期间咨询电话：0743-8260517。
特此通告。
砚川县交通运输局
2025年4月9日
""",
    ),
    dict(
        slug="fanwen-qikou-lacquer-workshop-shuzhi-cn-date",
        site="笔耕范文苑 (invented)",
        style="范文站",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://www.bigengfw.example.com/shuzhi/88213.html",
        title="漆口镇漆器传习所所长述职报告",
        record_title="【精选】漆口镇漆器传习所所长述职报告（通用2篇）",
        date="2025-12-26",
        notes="decorated record title; a writing-service prompt glued after a sentence, a members' copy gate between paragraphs, 成文日期 in Chinese numerals",
        indent="　　",
        page="""
!m 笔耕范文苑 — 写材料，来笔耕
!m 位置：范文首页 > 述职报告 > 个人述职
!t 【精选】漆口镇漆器传习所所长述职报告（通用2篇）
!m 更新：2025-12-29 10:12　人气：2431
!t 漆口镇漆器传习所所长述职报告篇1
{BODY}
!a 喜欢这篇范文？点右上角☆存进我的素材库
!l 猜你还想看：
!l 非遗传承基地负责人述职报告　　文化站站长年度述职报告
!d 本站范文均来自会员投稿，仅作写作参考，不得用于商业用途。
""",
        body="""
今年以来，我在镇党委、政府的领导下，带领传习所全体人员，围绕漆器技艺保护传承这一中心工作，认真履职尽责，现将一年来的工作述职如下。
一、抓技艺传承。全年举办髹漆、描金、雕填三个培训班，培养学徒二十六名，其中八名已能独立完成中件作品。⟦w 材料写不出来？资深笔杆子一对一代笔，微信搜 bigeng_wx⟧
二、抓产品开发。与两家文创企业合作开发漆面茶具、漆艺书签等新品十一种，全年销售额比上年增长三成。
⟦a ——以下内容会员可复制，开通会员立享全站免费复制——⟧
三、抓自身建设。我坚持学习非遗保护法律法规，严格执行财务制度，所内各项开支做到公开透明。
明年，我将把重点放在青年学徒培养和漆艺研学线路建设上，努力让漆口漆器走得更远。
述职人：覃远山
二〇二五年十二月二十六日
""",
    ),
    dict(
        slug="fanwen-rongchuan-cave-speech-html-hotlist",
        site="公文大观园 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.gwdgy.example.net/jianghua/2025/0602/51176.html",
        title="在溶川县溶洞景区安全生产工作会议上的讲话",
        record_title="在溶川县溶洞景区安全生产工作会议上的讲话_公文大观园",
        date="2025-05-28",
        notes="范文 page with a floating QQ box and hot list; speaker and date lines under the speech title are neutral; the date under the title is the document's date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>在溶川县溶洞景区安全生产工作会议上的讲话_公文大观园</title>
<link rel="stylesheet" href="/css/fw.css"><script src="/js/tongji.js"></script></head><body>
<header><div class="logo">⟦m 公文大观园⟧</div><nav>⟦l 首页　讲话稿　工作总结　心得体会　述职报告　方案计划⟧</nav></header>
<div class="crumb">⟦m 您现在的位置：首页 › 讲话稿 › 安全生产讲话⟧</div>
<article><h1>{T}</h1>
<p class="info">⟦m 时间：2025-06-02　栏目：安全生产讲话　热度：1865℃⟧</p>
<p class="speaker">溶川县副县长　蒙嘉禾</p>
<p class="sdate">（2025年5月28日）</p>
{BODY}
<div class="tool">⟦a 复制全文⟧ ⟦a 下载本文（Word）⟧</div>
</article>
<aside><h3>⟦l 本周热文⟧</h3><ol><li>⟦l 在旅游旺季安全工作部署会上的讲话⟧</li><li>⟦l 景区负责人安全表态发言⟧</li><li>⟦l 文旅系统安全生产月动员讲话⟧</li></ol></aside>
<div class="float-qq">⟦w 在线写作顾问 QQ 3318 0642 ⟧</div>
<footer>⟦d 版权声明：本站部分文章由网友整理，如有侵权请来信告知，我们将在24小时内处理。⟧<br>⟦m Copyright © 2019-2025 gwdgy.example.net⟧</footer>
</body></html>
""",
        body="""
同志们：
今天召开全县溶洞景区安全生产工作会议，主要任务是分析当前景区安全形势，部署暑期旅游旺季安全工作。
一、清醒认识景区安全面临的形势
溶洞景区空间封闭、通道狭长，游客高峰期人员密集，一旦发生险情，疏散难度很大。
二、扎实抓好重点环节的隐患排查
要对洞内照明线路、应急通道、观光栈道逐段检查，对地下河游船逐艘核查救生设备。
三、压紧压实安全生产责任
各景区主要负责人是安全生产第一责任人，要做到值班到岗、巡查到位、处置到人。
同志们，安全生产没有终点，让我们以更加扎实的工作，确保全县景区平安度夏。
""",
    ),
    dict(
        slug="wenku-lingxi-incineration-survey-pdf-corner-markers",
        site="知库文档 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://www.zhikudoc.example.com/p-7721093341.html",
        title="关于泷溪县生活垃圾焚烧发电厂运行情况的调研报告",
        record_title="关于泷溪县生活垃圾焚烧发电厂运行情况的调研报告.pdf",
        date="2025-08-20",
        notes="file-name record title; page markers ⸢2⸣ glued or not cut sentences; a preview-end prompt and a paid-download button; upload notice",
        indent="　　",
        pages=dict(fmt="⸢{n}⸣", every=120, start=2, glue="mix"),
        page="""
!m 知库文档 · 海量文档在线预览
!t 关于泷溪县生活垃圾焚烧发电厂运行情况的调研报告.pdf
!m 上传者：lx_hj2024　　共8页　　2.1M　　浏览 562 次
!a 文档下载券 3 张　　立即下载　　加入文件夹
{BODY}
!a 预览已到底部，余下6页请下载原文阅读
!d 文档为会员自行上传，知库文档仅提供在线存储与预览，如涉及权属问题请联系平台处理。
!l 相似文档：垃圾分类工作调研报告 | 环卫一体化改革情况汇报 | 飞灰处置情况说明
""",
        body="""
为全面了解生活垃圾焚烧发电厂运行情况，县人大城建环保工委于8月上旬组成调研组，深入厂区、周边村组和收运站点开展实地调研。
一、基本情况
该厂设计日处理生活垃圾六百吨，配置两台焚烧炉和一台十五兆瓦汽轮发电机组，去年全年处理垃圾十九万吨，上网电量六千八百万千瓦时。
二、存在的问题
一是进厂垃圾含水率偏高，雨季热值下降明显，影响焚烧炉稳定运行。
二是周边群众对烟气排放仍有顾虑，企业信息公开的方式还比较单一。
三、意见建议
建议厂方在厂门口设置排放数据实时显示屏，每季度组织一次公众开放日，主动接受群众监督。
泷溪县人大城建环保工委调研组
2025年8月20日
""",
    ),
    dict(
        slug="wenku-oubu-lotus-coop-plan-html-page-paras",
        site="青简文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="html",
        source="https://wenku.qingjian.example.cn/view/9b3e20c17d.html",
        title="藕埠镇莲藕专业合作社2025年产销对接工作方案",
        record_title="藕埠镇莲藕专业合作社2025年产销对接工作方案 - 青简文库",
        date=None,
        notes="文库 reader with page-marker paragraphs 〔第2页〕; a data table; no date in the document (a year only in the title; an upload stamp is no date)",
        pages=dict(fmt="〔第{n}页〕", every=130, start=2),
        page="""
<html><head><meta charset="utf-8"><title>藕埠镇莲藕专业合作社2025年产销对接工作方案 - 青简文库</title><script>window.__DOC__={id:"9b3e20c17d",pages:5};</script></head><body>
<div class="top">⟦m 青简文库⟧ <span>⟦a 登录⟧ ⟦a 注册⟧</span></div>
<div class="doc-head"><h1>{T}</h1><div class="doc-info">⟦m 贡献者：莲乡小陈　上传于 2025-02-11　5页　阅读 317⟧</div></div>
<div class="reader">
{BODY}
</div>
<div class="pay">⟦a 试看结束 · 支付 3.9 元解锁全文及下载⟧</div>
<div class="rec"><h4>⟦l 你可能还需要⟧</h4><p>⟦l 合作社年度工作总结范本⟧</p><p>⟦l 农产品展销会活动方案⟧</p></div>
<div class="foot">⟦d 文库内容由用户上传，不代表本站观点⟧</div>
</body></html>
""",
        body="""
为拓宽莲藕销售渠道，提高社员收入，结合本社实际，制定本方案。
一、工作目标
全年莲藕销售量达到三千二百吨，其中直供商超和社区团购的比例提高到四成以上。
二、主要措施
（一）稳定批发渠道。与县农产品批发市场三家经销商签订保底收购协议。
（二）拓展直供渠道。对接县城四家商超设立莲藕专柜，统一包装、统一标识。
（三）发展加工产品。试制藕粉、藕片等初加工产品，延长销售周期。
三、进度安排
时段　重点工作
3月至4月　签订收购协议，设计包装
7月至10月　鲜藕采收上市，组织直供
11月至12月　加工产品试销，总结评估
""",
    ),
    dict(
        slug="news-puyuan-winery-harvest-html-caption",
        site="葡源融媒 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.puyuanrm.example.cn/xw/bd/2025-09/18/content_41127.html",
        title="葡源县酿酒葡萄开始采收 酒庄迎来“酿造季”",
        record_title="葡源县酿酒葡萄开始采收 酒庄迎来“酿造季”",
        record_date="2025-09-18",
        date="2025-09-18",
        notes="county news portal: a photo caption between paragraphs, an editor line glued after the last paragraph, share bar and related list",
        page="""
<!doctype html><html lang="zh"><head><meta charset="utf-8"><title>葡源县酿酒葡萄开始采收 酒庄迎来“酿造季” - 葡源融媒</title><script>var _hmt=_hmt||[];</script></head><body>
<nav class="top">⟦m 葡源融媒⟧ ⟦l 要闻　本地　乡镇　视频　专题⟧</nav>
<main><h1>{T}</h1>
<div class="byline">⟦m 2025-09-18 08:41　来源：葡源县融媒体中心　记者 邰晓园⟧</div>
{BODY}
<div class="share">⟦l 转发到：微信好友　朋友圈　QQ空间⟧</div>
</main>
<aside><h4>⟦l 本地热读⟧</h4><ul><li>⟦l 葡源县秋粮收获进度过半⟧</li><li>⟦l 县城第二自来水厂试通水⟧</li></ul></aside>
<footer>⟦d 未经授权禁止转载、摘编或建立镜像⟧<br>⟦m 新闻热线：0937-6158010　增值电信业务经营许可证 甘B2-20190071⟧</footer>
</body></html>
""",
        body="""
9月中旬，葡源县四万亩酿酒葡萄陆续进入采收期，县内十七家酒庄开足马力，迎来一年一度的“酿造季”。
在沙河镇一处葡萄园里，采摘工人们手持剪刀穿行在葡萄架间，一串串赤霞珠被轻轻放入周转筐。
⟦m 图为工人在沙河镇葡萄园采收赤霞珠。记者 邰晓园 摄⟧
“今年光照充足，葡萄糖度比去年高出一度多。”酒庄种植部负责人吕卫介绍，采下的葡萄两个小时内就要进罐。
据县林草局统计，今年全县酿酒葡萄预计产量三万二千吨，可带动周边农户务工增收四千余万元。⟦m （责任编辑：闵一舟）⟧
""",
    ),
    dict(
        slug="news-santang-umbrella-festival-title-glued",
        site="伞塘新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="http://news.santang.example.com/system/2025/10/08/031942.shtml",
        title="伞塘油纸伞文化节开幕 百余位匠人同台献艺",
        record_title="伞塘油纸伞文化节开幕 百余位匠人同台献艺-伞塘新闻网",
        date="2025-10-08",
        notes="the title glued before the lead; 发稿时间 line; relative '阅读' counter; tags and prev/next",
        page="""
!m 伞塘新闻网　伞塘人的新闻门户
!m 首页 > 伞塘要闻
!m 发稿时间：2025年10月08日 09:15　稿源：伞塘日报　字号：T|T
⟦t 伞塘油纸伞文化节开幕 百余位匠人同台献艺⟧{BODY}
!l 标签：油纸伞　非遗　文化节
!l ← 上一条：伞塘古镇老街完成立面改造
!l → 下一条：县图书馆国庆假期接待读者两万人次
!d 伞塘新闻网版权所有，转载须注明来源
""",
        body="""
10月7日，第三届伞塘油纸伞文化节在伞塘古镇开幕，来自省内外的一百二十余位制伞匠人同台展示削骨、裱面、绘花、上油等传统工艺。
本届文化节为期五天，设置非遗展演、伞艺市集、研学体验等板块。
开幕式上，县文化馆发布了油纸伞技艺口述史丛书，收录二十三位老匠人的从艺经历。
据了解，伞塘油纸伞制作技艺于2021年列入省级非物质文化遗产代表性项目名录，目前全县从业人员约六百人。
""",
    ),
    dict(
        slug="forum-rafting-safety-notice-repost-junk",
        site="激流驴友社区 (invented)",
        style="论坛",
        genre="通知",
        kind="notice",
        form="text",
        source="http://bbs.jiliu-lvyou.example.com/thread-228173-1-1.html",
        title="关于汛期漂流项目安全管理的通知",
        title_also=["转：关于汛期漂流项目安全管理的通知"],
        record_title="[转] 关于汛期漂流项目安全管理的通知（下周去漂的看一下）",
        date="2025-06-03",
        date_also=["2025-06-05"],
        notes="a forum repost: decorated title, floor meta, forum junk lines and glued junk; the post's date differs from the notice's 成文日期 (the document's date expected, the post's accepted)",
        junk=dict(lines=2, glued=2),
        page="""
!m 激流驴友社区 › 户外资讯 › 漂流溯溪
!t [转] 关于汛期漂流项目安全管理的通知（下周去漂的看一下）
!m 楼主：浪里白条98　发表于 2025-6-5 21:07　只看该作者
转自县文旅局网站，原文如下：
{BODY}
!l 回复（26）　|　收藏（9）
!l 2楼 山野老猫：上周刚去过，救生衣确实查得严了
!l 3楼 小船长：顶，转给群里的朋友
!a 您需要登录后才可以回帖 登录 | 立即注册
""",
        body="""
各漂流经营单位：
进入汛期以来，我县境内河流水位变化较大，为确保游客生命安全，现就汛期漂流项目安全管理有关事项通知如下。
一、严格执行水位管控。河道水位超过警戒值或上游发布暴雨预警时，必须立即停止漂流经营。
二、严格落实安全装备。每位游客必须穿戴合格救生衣和头盔，每条漂流艇须配备救生绳。
三、严格配齐安全员。危险河段每五百米设置一个救护点，安全员须持证上岗。
对不落实上述要求的经营单位，将依法责令停业整改。
磐湾县文化和旅游局
2025年6月3日
""",
    ),
    dict(
        slug="forum-tuping-rabbit-coop-dividend-jammer-html",
        site="兔坪养殖论坛 (invented)",
        style="论坛",
        genre="方案",
        kind="plan",
        form="html",
        source="https://bbs.tupingyz.example.net/forum.php?mod=viewthread&tid=55120",
        title="兔坪村肉兔养殖专业合作社2025年度盈余分配方案",
        record_title="兔坪村肉兔养殖专业合作社2025年度盈余分配方案 - 合作社交流 - 兔坪养殖论坛",
        date="2026-01-10",
        date_also=["2026-01-12"],
        notes="Discuz-like page with jammer fonts; a dividend table; the post time differs from the plan's date (the plan's expected, the post's accepted)",
        junk=dict(lines=1, glued=2),
        page="""
<html><head><meta charset="utf-8"><title>兔坪村肉兔养殖专业合作社2025年度盈余分配方案 - 合作社交流 - 兔坪养殖论坛</title><style>.jammer{color:#fff;font-size:0}</style></head><body>
<div id="hd">⟦m 兔坪养殖论坛⟧ ⟦a 登录⟧ ⟦a 立即注册⟧ ⟦a 找回密码⟧</div>
<div id="pt">⟦m 论坛 › 养殖交流区 › 合作社交流⟧</div>
<table class="plhin"><tr><td class="pls">⟦m 兔坪老社长⟧<br>⟦m 主题 18　帖子 233　积分 1042⟧</td><td>
<h1>{T}</h1>
<div class="authi">⟦m 发表于 2026-1-12 19:46⟧ ⟦a 只看该作者⟧ ⟦a 倒序浏览⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="sign">⟦l 签名：专注肉兔养殖二十年，种兔批发，欢迎来场参观⟧</div>
</td></tr></table>
<div class="reply">⟦l 回复 #2 兔兔养殖户：我们社今年也准备这样分⟧</div>
<div id="ft">⟦m Powered by Discuz! X3.4　© 2001-2026⟧ ⟦m 手机版｜小黑屋｜兔坪养殖论坛⟧</div>
</body></html>
""",
        body="""
经合作社理事会研究并提交成员大会审议，现将2025年度盈余分配方案公布如下。
一、盈余情况
2025年合作社出栏肉兔十一万只，实现经营收入五百八十六万元，扣除各项成本后可分配盈余四十二万元。
二、分配办法
可分配盈余按交易量返还百分之六十，其余按成员出资额和公积金份额分配。
三、分配明细
项目　金额　比例
按交易量返还　25.2万元　60%
按出资额分配　12.6万元　30%
提取公积金　4.2万元　10%
四、发放时间
盈余返还款于2026年1月25日前打入成员账户，请成员注意查收。
兔坪村肉兔养殖专业合作社理事会
2026年1月10日
""",
    ),
    dict(
        slug="blog-prosthetics-fitter-insight-bracket-time",
        site="义肢匠人的小屋 (invented)",
        style="博客",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://blog.jiangren-xw.example.com/post/2025/11/fit-diary.html",
        title="给一位老兵装上新腿之后",
        record_title="【随手记】给一位老兵装上新腿之后 | 义肢匠人的小屋",
        date="2025-11-16",
        notes="a prosthetist's blog: bracketed post time is the page's date; a reader count; tags and comment box; the body mentions 扫码 and 分享 as content",
        page="""
!m 义肢匠人的小屋 —— 一名假肢矫形师的工作笔记
!t 【随手记】给一位老兵装上新腿之后
!m [2025-11-16 22:40]　分类：工作随笔　阅读(87)　评论(4)
{BODY}
!l 标签：假肢适配　康复　老兵
!l 发表评论：（请文明留言）
!l 上一篇：膝关节矫形器的三次返修
!m 本博客文字为原创，转载请留言告知
""",
        body="""
今天下午，七十六岁的单大爷第一次穿着新做的小腿假肢在康复大厅走完了一整圈。
他的旧假肢用了十一年，接受腔早已松动，每走一段路残肢就磨得发红。
这次我们用三维扫描重新取型，前后试了四次接受腔，才做到走路不疼。
大爷临走时说，回去要扫码关注我们中心的公众号，把康复训练视频分享给村里的老伙计们。
做这一行十二年，我越来越觉得，假肢做的不只是一条腿，而是一个人重新出门的勇气。
""",
    ),
]

"""holdout153, part A: Gui-opera troupes (桂剧), medicinal-diet kitchens (药膳) and
architectural sand-table model studios (沙盘模型). Everything is invented: counties,
people, sites, URLs and chrome wording. Written by hand, case by case."""

CASES = [
    dict(
        slug="fanwen-yunjian-guiju-speech-title-date",
        site="云笺范文网 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.yunjianfw.example.com/jianghua/88213.html",
        title="在玥湖县桂剧传承保护工作推进会上的讲话",
        record_title="在玥湖县桂剧传承保护工作推进会上的讲话（精选范本）_云笺范文网",
        date="2025-03-14",
        notes="date under the speech title, speaker line neutral; site name line, breadcrumb, writing-service prompt glued after a sentence, hot list at the bottom",
        page="""
!m 云笺范文网——好文章一搜就有
!m 您所在的位置：首页 » 讲话致辞 » 文化工作讲话
{T}
（2025年3月14日）
县委常委、宣传部部长　覃晓岚
!m 作者：笺友0921　人气：1426
{BODY}
!a 本篇范文支持一键套用，点此生成你的版本
!l 看了本文的人还看了：
!l 在全县非遗保护工作会议上的讲话
!l 戏曲进乡村活动启动仪式致辞
!d 本站内容均由用户投稿，如涉及权益请联系站务删除。
""",
        body="""
同志们：
桂剧是我县最具代表性的地方剧种，今天召开推进会，就是要把传承保护工作抓实抓细。⟦w 需要原创讲话稿可咨询笔杆子老周，微信 yj_laozhou66⟧
一要抓好人才梯队。县桂剧团今年要招收学员十二名，实行名师带徒，每位传承人至少带两名徒弟。
二要抓好剧目创排。整理复排《打金枝》《拾玉镯》等传统折子戏四出，新编一出反映乡村振兴的现代戏。
三要抓好阵地建设。在县城和三个中心镇各建一处固定演出点，保证每月至少演出两场。
同志们，守护好桂剧这门艺术，是我们这一代人的责任，希望大家齐心协力，把各项任务落到实处。
""",
    ),
    dict(
        slug="wenku-qianye-yaoshan-plan-dash-markers",
        site="千页文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://wk.qianye.example.com/p-60371925.html",
        title="瑗原县药膳特色餐饮提升行动方案",
        record_title="瑗原县药膳特色餐饮提升行动方案.docx",
        date="2025-04-22",
        notes="file-name title; page markers ‒ n ‒ cutting sentences on lines of their own; preview-end prompt and upload notice",
        pages=dict(fmt="‒ {n} ‒", every=60, start=2, glue=False),
        page="""
!m 千页文库 > 生活休闲 > 饮食
!m 上传者：qy_83921　|　共3页　|　下载券：2
{T}
{BODY}
!a 预览已到末页，获取完整文档请使用下载券
!d 文档由用户自行上传分享，千页文库仅提供信息存储空间，不对内容的准确性负责。
!l 相关文档：药膳餐厅管理制度　｜　食养进社区活动方案
""",
        body="""
为擦亮瑗原药膳这张名片，推动药膳特色餐饮规范发展，制定本方案。
一、工作目标
到2025年底，全县培育药膳示范餐厅十家，培训持证药膳师一百名，制定地方药膳菜品规范二十道。
二、主要任务
（一）规范菜品配伍。组织中医药专家对当归羊肉汤、黄芪炖鸡等常见菜品逐一审定，明确食材用量和适宜人群。
（二）加强从业培训。依托县职业技术学校开设药膳烹饪班，每期四十人，考核合格后颁发结业证书。
（三）强化食品安全。药膳餐厅须公示所用药食同源物质清单，不得添加国家未允许的中药材。
瑗原县商务局
2025年4月22日
""",
    ),
    dict(
        slug="gov-yuehu-shapan-notice-html-index-table",
        site="玥湖县人民政府门户网站 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.yuehu.example.gov.cn/xxgk/tzgg/202505/t20250509_41827.html",
        title="关于规划展览馆城市沙盘模型更新改造期间暂停开放的通知",
        record_title="关于规划展览馆城市沙盘模型更新改造期间暂停开放的通知_通知公告_玥湖县人民政府门户网站",
        date="2025-05-09",
        notes="modern county portal: 索引号 table, 无障碍/关怀版 row, font-size row, QR line, footer with 网站标识码 and ICP; document's own 联系电话 kept beside the portal's hotline",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>关于规划展览馆城市沙盘模型更新改造期间暂停开放的通知_通知公告_玥湖县人民政府门户网站</title>
<script src="/js/jquery.min.js"></script><script>var _stat = "yh2025";</script>
</head><body>
<div class="topbar"><span>⟦a 无障碍浏览⟧</span> <span>⟦a 关怀版⟧</span> <span>⟦m 欢迎访问玥湖县人民政府门户网站⟧</span></div>
<nav><ul><li>⟦m 首页⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政务服务⟧</li><li>⟦m 互动交流⟧</li><li>⟦m 走进玥湖⟧</li></ul></nav>
<div class="crumb">⟦m 当前位置：首页 > 政务公开 > 通知公告⟧</div>
<table class="xxgk">
<tr><td>⟦m 索引号：11450321MB1E37604K/2025-00931⟧</td><td>⟦m 发布机构：玥湖县自然资源局⟧</td></tr>
<tr><td>⟦m 生成日期：2025-05-09⟧</td><td>⟦m 主题分类：城乡建设⟧</td></tr>
</table>
<h1>{T}</h1>
<div class="tools">⟦a 【字体：大 中 小】⟧ ⟦a 【打印此页】⟧ ⟦a 【关闭窗口】⟧</div>
<div id="zoom">
{BODY}
</div>
<div class="qr">⟦a 用手机扫一扫，在移动端继续阅读⟧</div>
<div class="sidebar"><h3>⟦l 热点信息⟧</h3><ul><li>⟦l 玥湖县2025年国土空间总体规划公示⟧</li><li>⟦l 县城老旧小区改造项目名单⟧</li></ul></div>
<footer>
<p>⟦m 主办：玥湖县人民政府办公室　承办：玥湖县大数据发展中心⟧</p>
<p>⟦m 网站标识码：4503210017　桂ICP备19004627号-1⟧</p>
<p>⟦m 政务服务热线：12345⟧</p>
</footer>
</body></html>
""",
        body="""
各位市民朋友：
县规划展览馆一楼城市沙盘模型已使用九年，部分建筑模型与现状不符，灯光系统老化。经研究，决定对沙盘模型进行更新改造。
改造期间为2025年5月15日至7月31日，展览馆一楼展厅暂停开放，二楼、三楼展厅正常开放。
更新后的沙盘比例为1:1000，将新增高铁站片区、滨湖新城等十二个片区模型，并加装多媒体讲解系统。
由此给您带来的不便，敬请谅解。咨询电话：0773-6218805（工作日9:00—17:00）。
玥湖县自然资源局
2025年5月9日
""",
    ),
    dict(
        slug="news-ruiling-guiju-html-photo-caption",
        site="瑞岭晚报网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.ruilingwb.example.com/wenyu/2025-06/18/c_1129047.html",
        title="桂剧《瑶乡春早》首演 三代演员同台",
        record_title=None,
        date="2025-06-17",
        notes="missing record title, found in h1; byline 发布时间 is the date; photo caption between paragraphs; editor line glued after the last paragraph; 24-hour list",
        page="""
<html><head><meta charset="gbk"><title>桂剧《瑶乡春早》首演 三代演员同台-瑞岭晚报网</title>
<script>document.write('<img src="/count.gif">');</script></head>
<body>
<div class="logo">⟦m 瑞岭晚报网⟧ ⟦m 瑞岭第一新闻门户⟧</div>
<div class="nav">⟦m 本地　时政　文娱　体育　视频　数字报⟧</div>
<h1>{T}</h1>
<div class="byline">⟦m 发布时间：2025-06-17 21:46　来源：瑞岭晚报　记者 韦佳琪⟧</div>
<div class="share">⟦l 分享到：微信 微博 QQ空间⟧</div>
<div class="content">
{BODY}
</div>
<div class="hot"><h4>⟦l 24小时热读⟧</h4><ol><li>⟦l 瑞岭城区三条公交线路调整⟧</li><li>⟦l 暑期游泳安全提醒⟧</li><li>⟦l 本周末有雷阵雨⟧</li></ol></div>
<div class="copy">⟦d 本网原创稿件，未经书面授权不得转载、摘编⟧</div>
</body></html>
""",
        body="""
6月17日晚，由县桂剧传承中心创排的现代桂剧《瑶乡春早》在县大剧院首演，七百多名观众观看了演出。
该剧讲述一名返乡青年带领瑶寨群众发展茶产业的故事，全剧共六场，唱腔在传统桂剧南路、北路基础上融入了瑶族山歌元素。
⟦m 图为《瑶乡春早》剧照。记者 韦佳琪 摄⟧
剧中三代演员同台，最年长的国家级传承人蒙秀珠已七十二岁，最年轻的学员只有十五岁。
据介绍，该剧下半年将到全县十个乡镇巡演二十场。⟦m （责任编辑：黄梓涵）⟧
""",
    ),
    dict(
        slug="forum-chuanyan-yaoshan-post-junk",
        site="川岩生活论坛 (invented)",
        style="论坛",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://bbs.chuanyan.example.net/thread-771203-1-1.html",
        title="考药膳师证的一点心得，给想考的朋友参考",
        record_title="考药膳师证的一点心得，给想考的朋友参考 - 美食厨房 - 川岩生活论坛",
        date="2025-02-26",
        date_also=["2025-02-27"],
        notes="forum post with anti-scraping junk lines and glued junk; floor meta; the post's own date at the end vs the posting time",
        junk=dict(lines=2, glued=2),
        page="""
!m 川岩生活论坛 › 美食厨房 › 帖子详情
!m 查看: 2087 | 回复: 31
{T}
!m 楼主　灶台边的小满　发表于 2025-2-27 08:12
{BODY}
!l 回复　引用　举报
!a 登录后才能发表回复，没有账号？立即注册
!l 上一主题　下一主题
""",
        body="""
去年年底我报名参加了市里的药膳师培训，前后学了两个月，上周终于拿到了证书，写点心得给想考的朋友参考。
第一，理论要扎实。考试重点是药食同源物质的性味归经和配伍禁忌，比如人参不宜与萝卜同用，这些一定要背熟。
第二，实操要多练。实操考试抽一道菜，我抽到的是山药茯苓粥，火候和用量都要当场讲清楚。
第三，别迷信偏方。老师反复讲，药膳是辅助调理，不能代替治疗，给客人推荐时要问清体质。
大家有问题可以在楼下留言，我看到都会回。
2025年2月26日晚
""",
    ),
    dict(
        slug="blog-mozhi-shapan-maker-notes-wrapped",
        site="墨枝的模型手记 (invented)",
        style="博客",
        genre="随笔",
        kind="other",
        form="text",
        source="https://mozhi.example.blog/2025/04/shapan-dengguang.html",
        title="做了十年沙盘，说说灯光系统那些事",
        record_title="【工作随记】做了十年沙盘，说说灯光系统那些事 | 墨枝的模型手记",
        date=None,
        notes="hard-wrapped at 62 columns; blog with tag line, archive, reading count; no date (only a relative time and a year inside the text)",
        wrap=62,
        indent="　　",
        page="""
!m 墨枝的模型手记 —— 一个模型匠的碎碎念
!m 首页 | 归档 | 关于我 | 友情链接
{T}
!m 发表于 3天前 · 阅读 588 · 分类：工作随记
{BODY}
!l 标签：沙盘模型 / 灯光 / 手艺
!l « 前一篇：亚克力切割的几个坑　　后一篇：给学徒的第一课 »
!l 评论区（12）　来说两句吧……
!d 本博文章均为原创，转载请保留作者署名和原文链接。
""",
        body="""
2015年我进模型公司当学徒，第一件活就是给一个售楼处沙盘焊灯线。那时候用的还是普通灯泡，一个沙盘装完要焊上千个点，稍不留神就短路。
这些年灯光系统变化很大。先是换成了贴片灯珠，后来又有了可编程的控制器，一栋楼可以按楼层依次点亮，客户看了都说好。
不过我一直跟徒弟讲，灯光再花哨，也要服从模型本身。规划沙盘重在看清路网和功能分区，灯光宜少不宜多；售楼沙盘重在展示样板楼栋，灯光可以做得精致一些。
还有一条经验：灯线一定要留检修口。很多沙盘做完几年后灯坏了，因为没留检修口，只能整块拆开底板，费工费料。
""",
    ),
    dict(
        slug="wechat-mirror-guiju-campus-initiative",
        site="微文集 (invented WeChat mirror)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://www.weiwenji.example.cn/a/5c09e1f7b2.html",
        title="“桂韵进校园”倡议书",
        record_title=None,
        date="2025-09-01",
        notes="WeChat mirror: account line with date (the page's), 原创 badge, 阅读原文/在看 row, follow prompt; the initiative's own 扫码 sentence kept",
        page="""
!m 微文集 · 公众号文章镜像
{T}
!m 原创　琪田文旅　2025-09-01 18:30　广西
{BODY}
!a 阅读原文　　在看　　赞
!a 长按识别二维码，关注琪田文旅获取更多资讯
!d 本页内容来自微信公众平台，仅作聚合展示，著作权归原作者所有。
""",
        body="""
全县各中小学校：
桂剧是流传在我们身边的优秀传统艺术。新学期开学之际，县文化馆、县桂剧团向全县师生发出倡议：
一、每周安排一节戏曲欣赏课，让学生听一听桂剧唱段，认一认生旦净丑。
二、组建校园桂剧兴趣小组，县桂剧团将选派演员每月到校辅导一次。
三、鼓励学生回家向长辈了解本地戏曲故事，写一篇看戏日记。
欢迎各校扫描文末二维码报名，县桂剧团将按报名先后安排送戏进校园。
琪田县文化馆　琪田县桂剧团
2025年9月1日
""",
    ),
    dict(
        slug="docshare-yeshu-yaoshan-report-upload",
        site="页书共享 (invented)",
        style="文档分享",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://www.yeshu.example.com/doc/8823019.html",
        title="关于瑄阳县药膳产业发展情况的调研报告",
        record_title="【可编辑】关于瑄阳县药膳产业发展情况的调研报告（2025版）",
        date="2025-07-08",
        notes="decorated record title; data table one row a paragraph; upload notice; points prompt between paragraphs; title printed twice",
        page="""
!m 页书共享 | 文档在线分享平台
!t 关于瑄阳县药膳产业发展情况的调研报告（2025版）
!m 格式：docx　　大小：38KB　　页数：4　　贡献者：瑄阳小李
{T}
{BODY}
!a 兑换此文档需要5积分，当前积分不足？去做任务赚积分
!d 声明：本文档由网友上传，页书共享不保证其内容的完整性与准确性。
""",
        body="""
为摸清全县药膳产业发展现状，县政协文化文史委组成调研组，于6月走访了十二家药膳餐厅、三家药材种植合作社。
一、基本情况
全县现有药膳餐厅二十三家，从业人员约四百人，2024年营业额约一点一亿元。
类别　数量　从业人员
药膳餐厅　23家　约400人
药材种植合作社　9家　约260人
药膳食品加工企业　4家　约120人
⟦a 以下内容需登录后查看全部⟧
二、存在问题
一是品牌意识不强，多数餐厅没有注册商标；二是人才短缺，持证药膳师不足五十人；三是标准缺失，同一道菜各家用料差别很大。
三、对策建议
建议制定县级药膳菜品团体标准，设立药膳人才培训基地，打造瑄阳药膳区域公共品牌。
瑄阳县政协文化文史委调研组
2025年7月8日
""",
    ),
    dict(
        slug="edu-lingchuan-guiju-class-html-table",
        site="珑川县教育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.longchuan.example.gov.cn/tzgg/2025/0912/3391.html",
        title="关于开展2025年秋季学期桂剧兴趣课堂的通知",
        record_title="关于开展2025年秋季学期桂剧兴趣课堂的通知",
        date="2025-09-12",
        notes="old table layout education bureau: 今天是 cell, marquee, visitor counter; 文号 neutral; schedule table; 附件 list and 联系人 kept; 抄送 line",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>珑川县教育局</title></head>
<body>
<table width="980" align="center"><tr><td>⟦m 珑川县教育局 LONGCHUAN EDUCATION BUREAU⟧</td><td>⟦m 今天是：2025年9月15日 星期一⟧</td></tr></table>
<marquee>⟦l 热烈祝贺我县2025年高考本科上线率再创新高！⟧</marquee>
<table width="980" align="center"><tr>
<td width="220" valign="top"><div>⟦l 栏目导航⟧</div><div>⟦l 通知公告⟧</div><div>⟦l 教育动态⟧</div><div>⟦l 下载中心⟧</div></td>
<td valign="top">
<div class="t">{T}</div>
<div>珑教体艺〔2025〕17号</div>
<div>⟦m 点击数：316　录入：县教育局体卫艺股　更新时间：2025-09-12⟧</div>
{BODY}
</td></tr></table>
<table width="980" align="center"><tr><td>⟦m 您是本站第 0218734 位访客⟧</td></tr>
<tr><td>⟦d 版权所有：珑川县教育局　技术支持：珑川网络⟧</td></tr></table>
</body></html>
""",
        body="""
各乡镇中心校，县直各学校：
为推动优秀传统文化进校园，县教育局与县桂剧团决定在秋季学期开设桂剧兴趣课堂。现将有关事项通知如下：
一、开课学校和时间
学校　开课时间　授课老师
城关一小　每周二下午　蒙秀珠
实验中学　每周四下午　廖文山
龙溪中心校　每周五下午　韦晓燕
二、有关要求
各校要安排固定教室，每班学员不超过三十人，学期末组织一次汇报演出。
联系人：县教育局体卫艺股 黄老师，电话：0775-5213067。
附件：1.桂剧兴趣课堂学员名册
2.汇报演出节目申报表
珑川县教育局
2025年9月12日
抄送：县文化广电体育和旅游局，县桂剧团。
""",
    ),
    dict(
        slug="oa-hengjing-shapan-minutes-html",
        site="衡景模型公司内网 (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="other",
        form="html",
        source="http://oa.hengjing-model.example.com/doc/view.aspx?id=20250611",
        title="关于滨湖新城规划沙盘项目的会议纪要",
        record_title="内部资料-关于滨湖新城规划沙盘项目的会议纪要",
        date="2025-06-11",
        notes="intranet document view with 流转记录 and read count; minutes' 时间/地点/主持/参会 lines kept; numbered decisions",
        page="""
<html><head><meta charset="utf-8"><title>衡景协同办公 - 文档查看</title></head><body>
<div class="hd">⟦m 衡景协同办公平台　当前用户：郑雨桐　退出⟧</div>
<div class="menu">⟦m 待办事项 | 公文管理 | 会议管理 | 知识库⟧</div>
<h2>{T}</h2>
<div class="meta">⟦m 密级：内部　阅读次数：47　起草：项目管理部⟧</div>
<div class="doc">
{BODY}
</div>
<div class="flow"><h4>⟦l 流转记录⟧</h4>
<p>⟦l 2025-06-11 17:20 项目管理部 郑雨桐 起草⟧</p>
<p>⟦l 2025-06-12 09:05 总经理 陶建平 审核通过⟧</p></div>
<div class="ft">⟦d 本系统仅限公司内部使用，严禁外传⟧</div>
</body></html>
""",
        body="""
时间：2025年6月11日14:30
地点：公司三楼会议室
主持：陶建平
参会：项目管理部、设计部、制作车间、灯光组负责人
会议听取了滨湖新城规划沙盘项目进展情况汇报，研究了下步工作。纪要如下：
1.沙盘底板和地形已完成，建筑模型完成百分之六十，设计部要在6月20日前交齐剩余楼栋图纸。
2.灯光组按甲方要求增加夜景模式，控制程序由灯光组自行编写，6月底前完成调试。
3.制作车间增派四名工人，确保7月10日前整体交付。
项目管理部
2025年6月11日
""",
    ),
    dict(
        slug="qa-wenjin-yaoshan-answer-vote",
        site="问津知道 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://wenjin.example.com/question/4410982.html",
        title="药膳能天天吃吗？",
        record_title=None,
        date="2025-01-19",
        notes="question as title; answer's 回答于 line is the date; vote bar; other answers box; disclaimer",
        page="""
!m 问津知道 - 有问题就问津
{T}
!m 提问者：匿名　｜　浏览 3.1万次　｜　分类：健康养生
!m 最佳回答　食养小刘　药膳师　回答于 2025-01-19
{BODY}
!l 👍 有用(382)　👎 没用(14)　｜　评论　｜　分享
!d 回答内容仅供参考，不能替代医生诊断，身体不适请及时就医。
!l 其他2条回答 >
!l 相关问题：冬天适合吃什么药膳？　药膳和中药有什么区别？
""",
        body="""
不建议天天吃同一种药膳。
药膳讲究因人、因时、因地，比如当归生姜羊肉汤适合体寒的人在冬季食用，体质偏热的人天天吃反而容易上火。
日常可以选择山药、莲子、百合这类性质平和的食材做成粥或汤，一周吃两三次比较合适。
如果正在服药或者有慢性病，最好先咨询医生，再决定吃什么药膳、吃多少。
""",
    ),
]

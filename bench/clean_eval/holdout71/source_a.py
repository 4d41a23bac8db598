"""holdout71, part A: badminton (羽毛球) — county courts, clubs, school classes, coaches.
Written by hand, blind; invented text, places, people, sites and URLs. See ../README.md and ../build.py."""

CASES = [
    dict(
        slug="sports-luchuan-notice-court-hours",
        site="碌川县文化体育和旅游局 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://wtl.luchuan.example.gov.cn/tzgg/2025/0312/4471.html",
        title="关于调整全民健身中心羽毛球馆开放时间的通知",
        record_title="关于调整全民健身中心羽毛球馆开放时间的通知_碌川县文化体育和旅游局",
        date="2025-03-12",
        record_date="2025-03-12",
        notes="portal notice: the document's own 联系人/电话 next to the portal's 服务热线 in the footer; 附件 list; 成文日期 under the signature; a glued 【字号】 row between paragraphs",
        page="""
!m 碌川县文化体育和旅游局　｜　政务公开
!m 您现在所处的栏目：首页 » 信息公开 » 通知公告
!t 关于调整全民健身中心羽毛球馆开放时间的通知_碌川县文化体育和旅游局
!m 发文机构：县文体旅局　　公开方式：主动公开　　浏览量：316
{BODY}
!a 【关闭本页】【打印正文】
!m 局机关服务热线：0771-5230118（工作日）
!m 主办单位：碌川县文化体育和旅游局　桂ICP备20251337号-2
""",
        body="""
各乡镇文化站，县直各单位，广大羽毛球爱好者：
为满足群众夜间健身需求，经研究，自2025年3月15日起调整县全民健身中心羽毛球馆开放时间。
一、工作日开放时间调整为15:00至22:00，周末及法定节假日为8:00至22:00。
二、每周一上午为场馆保养时间，暂停对外开放。⟦a 字号：【大】【中】【小】⟧
三、晚间19:00至21:00为高峰时段，每人每次预约不超过两小时。
联系人：韦晓芸　联系电话：0771-5236402
附件：1.羽毛球馆场地预约须知
2.羽毛球馆收费标准
碌川县文化体育和旅游局
2025年3月12日
""",
    ),
    dict(
        slug="news-lishiyang-tournament-html-byline",
        site="砾阳新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.lynews.example.com/tiyu/2025-05/19/c_88213.html",
        title="砾阳市第三届职工羽毛球联赛落幕",
        record_title=None,
        date="2025-05-19",
        notes="modern news template: title missing from the record, found in the h1; the byline's 发布时间 is the date; a photo caption glued after a sentence; a 24-hour list, a share bar and a comment box",
        page="""
<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>砾阳市第三届职工羽毛球联赛落幕_体育_砾阳新闻网</title>
<script>var _hmt=_hmt||[];(function(){var s=document.createElement("script");})();</script></head><body>
<header><div class="logo">⟦m 砾阳新闻网⟧</div><nav>⟦l 首页 时政 民生 体育 文旅 视频 专题⟧</nav><div class="app">⟦a 下载砾阳新闻客户端⟧</div></header>
<div class="pos">⟦m 首页 > 体育 > 正文⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 发布时间：2025-05-19 18:42　来源：砾阳日报　记者：蒙嘉怡⟧</div>
<div class="article">
{BODY}
</div>
<div class="editor">⟦m （责编：黎朔　值班主任：宁珂）⟧</div>
<div class="sharebar">⟦l 转发到：微信好友 | QQ空间 | 新浪微博⟧</div>
<aside><h3>⟦l 24小时热读⟧</h3><ul><li>⟦l 城区三条道路周末封闭施工⟧</li><li>⟦l 砾阳高铁站新增两趟列车⟧</li></ul></aside>
<div class="cmt">⟦l 已有0人参与讨论，文明发言⟧</div>
<footer>⟦d 本网原创稿件，未经授权不得转载⟧<br>⟦m 砾阳日报社主办　网络传播视听许可证号：2108876⟧</footer>
</body></html>
""",
        body="""
5月18日，砾阳市第三届职工羽毛球联赛在市体育中心落下帷幕，来自全市四十六家单位的三百余名职工参赛。
本届联赛设混合团体、男子双打和女子双打三个项目，历时两个周末。⟦m 图为混双决赛现场。蒙嘉怡 摄⟧
经过激烈角逐，市供电公司代表队获得混合团体冠军，市第二人民医院和市税务局代表队分获二、三名。
市总工会有关负责人表示，明年将把联赛延伸到各县区，让更多职工在家门口参与比赛。
""",
    ),
    dict(
        slug="fanwen-panhu-club-summary-three-versions",
        site="笔下范文网 (invented)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.bixiafanwen.example.com/zongjie/91827.html",
        title="羽毛球俱乐部2024年工作总结",
        record_title="羽毛球俱乐部2024年工作总结（通用3篇）",
        date=None,
        notes="范文 site: decorated title (通用3篇); a year only in the title (no date); a ghost-writing line between paragraphs and a 复制全文 prompt glued after a sentence; a 篇目 list and a next link",
        page="""
!m 笔下范文网 - 写材料不再发愁
!m 当前位置：首页 > 总结大全 > 工作总结
!t 羽毛球俱乐部2024年工作总结（通用3篇）
!m 更新：2天前　人气：1.2万
!l 本文目录：篇一　篇二　篇三
篇一
{BODY}
!a 本篇内容仅展示一篇，登录后可查看全部3篇
!l 下一篇：社区乒乓球队活动总结
!l 相关推荐：体育协会年度总结　健身房年终总结
""",
        body="""
2024年，磐湖羽毛球俱乐部在会员们的共同努力下，各项工作有序开展，全年组织训练活动九十六次。
一是规范日常训练。俱乐部固定每周二、周四晚和周六上午训练，聘请两名二级教练指导技术动作。
⟦w 专业撰写各类总结材料，需要请联系：V信 bixia_wenmi⟧
二是积极参加比赛。会员参加市级比赛五次，获得男双第二名、女单第三名的成绩。⟦a 点此复制全文⟧
三是加强会员管理。全年新增会员二十一人，会员总数达到一百零八人，会费收支每季度公示一次。
新的一年，俱乐部将争取开设青少年培训班，把羽毛球运动推广到更多家庭。
""",
    ),
    dict(
        slug="wenku-jieling-gym-rules-docx-markers",
        site="千页文库 (invented)",
        style="文库预览",
        genre="制度",
        kind="rules",
        form="text",
        source="https://wenku.qianye.example.com/view/5f2a19c7e0.html",
        title="羽毛球馆安全管理制度",
        record_title="羽毛球馆安全管理制度.docx",
        date=None,
        notes="文库 preview: file-name title; a numbered list; page markers ⧚n⧛ cut sentences; upload notice and a preview-end prompt; upload and download stamps are no dates",
        pages=dict(fmt="⧚{n}⧛", every=120, start=2),
        page="""
!m 千页文库 > 体育运动 > 场馆管理
!t 羽毛球馆安全管理制度.docx
!m 上传者：yu***88　上传时间：2024-11-02　下载次数：1437　页数：3
{BODY}
!a 试看结束，剩余内容开通文库会员即可阅读
!a 立即下载（4下载券）　加入文件夹
!d 本资料由用户自行分享，本站只提供存储空间，如有侵权请发邮件至 jubao@qianye.example.com 处理
""",
        body="""
为加强碣岭镇全民健身羽毛球馆的安全管理，保障健身群众的人身和财产安全，特制定本制度。
1.进入场馆须穿着专用运动鞋，禁止穿皮鞋、高跟鞋等进入场地。
2.馆内严禁吸烟，严禁携带易燃易爆物品和宠物入内。
3.运动前应充分热身，患有心脏病、高血压等疾病者不宜参加剧烈对抗。
4.场馆管理员每日开馆前检查灯光、地胶和消防通道，发现隐患及时报修并做好记录。
5.发生意外伤害时，管理员应立即拨打急救电话并报告镇文化站。
""",
    ),
    dict(
        slug="forum-jiaokou-weekend-match-junk",
        site="礁口球友之家论坛 (invented)",
        style="论坛",
        genre="心得体会",
        kind="post",
        form="text",
        source="http://bbs.jiaokouqiuyou.example.net/thread-30712-1-1.html",
        title="周末约球小记：礁口体育馆双打八局",
        record_title="周末约球小记：礁口体育馆双打八局 - 羽球天地 - 礁口球友之家",
        date="2025-06-08",
        notes="a forum first post with anti-scraping junk (a line and glued after 。); the 发表于 line is the page's date; floor number, a signature and a reply box",
        junk=dict(lines=1, glued=2),
        page="""
!m 礁口球友之家 › 羽球天地 › 查看帖子
!l 查看: 802 | 回复: 17
!m 楼主　老杨打球不服输
!m 发表于 2025-6-8 21:15
{BODY}
!m 本帖最后由 老杨打球不服输 于 2025-6-9 08:03 编辑
!l 签名：球拍就是我的第二只手
!l 回复　支持(12)　反对(0)　举报
!a 您需要登录后才可以回帖 登录 | 立即注册
""",
        body="""
今天约了群里的几位老球友在礁口体育馆打双打，从下午两点一直打到五点，一共打了八局。
我和小潘搭档，前四局输了三局，后来调整站位，我主攻后场，他专心封网，后四局连赢。
打完才发现，两个人的配合比个人技术更重要，轮转跟不上，再好的杀球也没用。
下周六还是老时间，想来的球友在帖子下面报个名，场地费大家平摊。
""",
    ),
    dict(
        slug="blog-diyuan-coach-kids-html",
        site="砥原羽球教练笔记 (invented)",
        style="博客",
        genre="心得体会",
        kind="post",
        form="html",
        source="https://coachfeng.diyuanblog.example.cn/post/2025/04/child-footwork.html",
        title="教孩子练步法的几点体会",
        record_title="教孩子练步法的几点体会 | 砥原羽球教练笔记",
        date="2025-04-27",
        notes="blog template: site suffix in the record title; a post date in brackets is the date; tags, previous/next, a comment form and a sidebar archive; a WeChat-id contact prompt in the sidebar",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>教孩子练步法的几点体会 | 砥原羽球教练笔记</title>
<link rel="stylesheet" href="/wp-content/themes/plain/style.css"></head><body>
<div id="site-title">⟦m 砥原羽球教练笔记⟧<span>⟦m 一个基层教练的训练手记⟧</span></div>
<div id="menu">⟦l 首页　训练手记　比赛随笔　关于我⟧</div>
<article><h2>{T}</h2>
<p class="post-meta">⟦m 〔2025-04-27〕 作者：冯教练 · 分类：训练手记 · 阅读(213)⟧</p>
{BODY}
<p class="tags">⟦l 标签：步法 青少年 启蒙训练⟧</p>
</article>
<div class="nav">⟦l « 上一篇：暑期班招生结束啦⟧<br>⟦l 下一篇：发球规则的几个误区 »⟧</div>
<div id="respond">⟦l 发表评论（昵称必填，邮箱不公开）⟧</div>
<div id="sidebar"><h4>⟦l 文章归档⟧</h4><ul><li>⟦l 2025年4月 (3)⟧</li><li>⟦l 2025年3月 (5)⟧</li></ul>
<p>⟦w 想给孩子报私教课的家长，加我微信：fengcoach_dy⟧</p></div>
<div id="footer">⟦d © 2025 砥原羽球教练笔记 版权所有⟧</div>
</body></html>
""",
        body="""
带了五年少儿班，我越来越觉得，孩子打不好球，多半不是手上的问题，而是脚下的问题。
七八岁的孩子注意力短，单调的步法练习很难坚持，我就把米字步编成了“抢球游戏”，让孩子在六个点之间跑动抢放好的羽毛球。
十岁以上的孩子可以加入节奏训练，先慢后快，每组三十秒，重点看启动的第一步是否正确。
家长在家也可以帮孩子练，在客厅贴几个点，每天跑五分钟，比周末突击两小时效果好得多。
""",
    ),
    dict(
        slug="wechat-shuotian-association-civility-initiative",
        site="硕田羽协 (公众号镜像, invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="letter",
        form="html",
        source="https://mp.mirror-read.example.com/s/ShuotianYuxie_20250603",
        title="文明打球倡议书",
        record_title="文明打球倡议书",
        date="2025-06-03",
        notes="WeChat mirror: account line and a reading count; the document itself tells readers to 扫码 book a court (kept); a follow-the-account prompt and a 写留言 box; 成文日期 under the signature",
        page="""
<html><head><meta charset="utf-8"><title>文明打球倡议书</title></head><body>
<div class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="meta">⟦m 硕田羽协⟧ ⟦m 硕田县羽毛球协会 2025-06-03 20:05 发表于硕田⟧</div>
<div class="rich_media_content">
<section><span>⟦a 点击上方蓝字，关注我们⟧</span></section>
{BODY}
<section><span>⟦a 长按识别下方二维码，关注硕田羽协⟧</span></section>
</div>
<div class="tool">⟦l 阅读 1024　赞 37　在看 9⟧</div>
<div class="cmt">⟦l 写留言⟧</div>
<div class="src">⟦m 镜像来源：微信公众平台　抓取于 2025-06-04⟧</div>
</div></body></html>
""",
        body="""
全县羽毛球爱好者：
近来，县城各羽毛球场馆人气很旺，但也出现了占场不走、乱扔球筒、言语冲突等不文明现象。为此，县羽毛球协会向大家发出如下倡议：
一、按时预约，按时离场。请通过场馆门口的二维码扫码预约，到点主动让场，不“霸场”。
二、爱护场地，带走垃圾。用坏的羽毛球和空球筒请投入指定回收箱。
三、以球会友，礼貌待人。比赛中有争议时友好协商，不争吵、不动手。
硕田县羽毛球协会
2025年6月3日
""",
    ),
    dict(
        slug="docshare-bipu-host-script-wps-blanks",
        site="文档集市 (invented)",
        style="文档分享",
        genre="主持词",
        kind="speech",
        form="text",
        source="https://www.wendangjishi.example.net/doc/227190385.html",
        title="羽毛球邀请赛开幕式主持词",
        record_title="羽毛球邀请赛开幕式主持词.wps",
        date=None,
        notes="document-sharing page: file-name title; a host script with ×× placeholders and blanks kept; a points price line and a 举报 link; no date (an upload stamp only)",
        page="""
!m 文档集市　>　演讲主持　>　主持词
!t 羽毛球邀请赛开幕式主持词.wps
!m 贡献者：碧浦一中体育组　|　2024-09-18 上传　|　17页浏览
!a 全文共1页，所需积分：3　【获取文档】
{BODY}
!l 猜你还想看：运动会开幕式主持词　篮球赛闭幕词
!l 举报此文档
""",
        body="""
尊敬的各位领导、各位来宾，亲爱的运动员们：
大家上午好！金秋送爽，球拍飞扬，碧浦镇“××杯”羽毛球邀请赛今天在这里隆重开幕。
出席今天开幕式的领导有：________________，让我们以热烈的掌声表示欢迎！
下面，有请运动员代表××宣誓。
现在，我宣布：碧浦镇“××杯”羽毛球邀请赛开幕式到此结束，请各参赛队做好赛前准备。
""",
    ),
    dict(
        slug="edu-panxi-school-course-plan-oldtable",
        site="磻溪县教育信息网 (invented)",
        style="教育门户",
        genre="方案",
        kind="plan",
        form="html",
        source="http://www.pxjy.example.net/Article/ShowArticle.asp?ArticleID=6630",
        title="磻溪县第二中学羽毛球特色课程实施方案",
        record_title="磻溪县第二中学羽毛球特色课程实施方案",
        date="2024-09-02",
        notes="old gb2312 table layout: a marquee, a 【字体：小 中 大】 row, a visitor counter; decimal headings 1.1/1.2 and a class-hour table kept; 成文日期 in Chinese numerals",
        p_html="<tr><td class=\"content\">{}</td></tr>",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>磻溪县教育信息网--磻溪县第二中学羽毛球特色课程实施方案</title></head>
<body><table width="960" align="center"><tr><td><img src="/images/banner.gif">⟦m 磻溪县教育信息网⟧</td></tr>
<tr><td><marquee>⟦l 热烈庆祝第四十个教师节！　全县中小学秋季开学工作顺利进行⟧</marquee></td></tr>
<tr><td>⟦m 您的位置：网站首页 >> 学校风采 >> 课程建设⟧</td></tr></table>
<table width="960" align="center"><tr><td>{T}</td></tr>
<tr><td>⟦m 作者：二中体育组　来源：本站原创　点击数：539　更新时间：2024-9-3⟧　⟦a 【字体：小 中 大】⟧</td></tr>
{BODY}
<tr><td>⟦a 【发表评论】【加入收藏】【告诉好友】【打印此文】【关闭窗口】⟧</td></tr>
<tr><td>⟦l 上一篇文章： 二中召开新学期教学工作会议⟧</td></tr></table>
<table width="960" align="center"><tr><td>⟦m 版权所有：磻溪县教育局　地址：磻溪县学前路3号　您是第0083211位访客⟧</td></tr></table>
</body></html>
""",
        body="""
为落实学校体育“一校一品”要求，结合我校场地和师资实际，制定本方案。
1.课程目标
1.1 使学生掌握羽毛球基本握拍、发球和步法，每人至少学会两项基本技术。
1.2 培养学生顽强拼搏、遵守规则的体育品质。
2.课时安排
年级　课时／周　内容
七年级　1　握拍、发球、正手高远球
八年级　1　步法、网前技术、单打规则
3.保障措施
学校每学期安排专项经费购置球拍和用球，体育组每月开展一次教研活动。
磻溪县第二中学
二〇二四年九月二日
""",
    ),
    dict(
        slug="intranet-licheng-bank-club-minutes",
        site="砺城农商银行办公平台 (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://oa.lcrcb.example.local/docview.do?docid=2025061100317",
        title="行羽毛球协会2025年第一次会员代表会议纪要",
        record_title="行羽毛球协会2025年第一次会员代表会议纪要",
        date="2025-06-11",
        date_also=["2025-06-06"],
        notes="OA export: the minutes' 时间/地点/主持/参加 lines kept; an approval trail and a 已阅 count at the bottom; 印发 date expected, the meeting date also accepted",
        page="""
!m 砺城农商银行协同办公平台　｜　公文阅览
!a 返回待阅　　标记已读　　导出PDF
!m 流水号：JH-2025-0317　密级：内部
{T}
{BODY}
!m 流转记录：工会办公室 拟稿（06-10）→ 工会主席 审核（06-11）→ 发布
!l 已阅人数：64　未阅人数：22
""",
        body="""
时间：2025年6月6日下午4:30
地点：总行三楼小会议室
主持：工会副主席 章敏
参加：各支行会员代表十九人
会议听取了协会上半年活动情况汇报，讨论通过了下半年活动计划。
会议商定，每周三晚在行内职工活动中心固定训练，会员场地费由工会补贴一半。
会议决定，10月组织一次全行羽毛球团体赛，由营业部牵头筹备。
砺城农商银行工会办公室
2025年6月11日印发
""",
    ),
    dict(
        slug="qa-duixi-string-tension-relative-time",
        site="百知问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="qa",
        form="text",
        source="https://www.baizhiwenda.example.com/question/77120345",
        title="业余选手的羽毛球拍穿线磅数怎么选？",
        record_title=None,
        date=None,
        notes="Q&A: the question is the title (missing from the record); an answerer line with a relative time (no date); vote and comment rows; a 'write an answer' prompt",
        page="""
!m 百知问答 › 体育 › 羽毛球
{T}
!l 关注问题　写回答　邀请回答
!l 3 个回答
!m 碓溪小林　业余球友，打球十二年
!m 回答于 3天前
{BODY}
!l 赞同 86　｜　评论 12　｜　收藏
!l 查看全部 3 个回答
!a 打开百知App，看更多精彩回答
""",
        body="""
业余选手一般建议穿22到25磅，刚入门的可以从22磅开始。
磅数越高，球拍弹性越小，控球越准，但对力量和击球点的要求也越高，力量不够反而打不远。
另外要看球拍本身的上限，拍框上一般印着最高磅数，超过这个数穿线容易断框。
我自己打了十几年，一直用24磅，冬天线会变硬，会降一磅。
""",
    ),
    dict(
        slug="anthology-moling-memoir-oneline",
        site="磨岭文存 (invented)",
        style="个人文集",
        genre="散文",
        kind="essay",
        form="text",
        source="http://www.molingwencun.example.org/juan3/041.htm",
        title="想起八十年代厂里的羽毛球场",
        record_title="《磨岭文存》卷三·想起八十年代厂里的羽毛球场",
        date=None,
        notes="a retired teacher's collection, the body on one line; the title decorated with the collection's volume; a 写于 line with a year only and a 录入 stamp are no date",
        oneline=True,
        indent="　　",
        page="""
!m 磨岭文存 · 卷三 · 往事篇
!t 《磨岭文存》卷三·想起八十年代厂里的羽毛球场
!m 录入：2023-02-17　校对：小女
{BODY}
写于2019年冬
!l 〈前一篇　供销社门口的小人书摊〉　〈后一篇　冬天的澡堂〉
!l 返回卷三目录
""",
        body="""
八十年代初，磨岭机械厂的礼堂前有一块水泥地，下班后总有人拉根绳子当网，打起羽毛球来。
那时候球拍是木头框的，一只羽毛球要打到毛都秃了才舍得换。
厂里每年五一都办比赛，车间之间较着劲，输了的车间要请赢了的车间看一场电影。
如今厂子早已改制，那块水泥地也盖了楼，可我一听到击球的声音，还会想起那些傍晚。
""",
    ),
]

"""holdout178, part A: sickles (镰刀). Invented text, sites, people and places; see ../README.md."""

CASES = [
    dict(
        slug="fanwen-liangbi-speech-sickle-harvest-contest",
        site="良笔文苑 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.liangbiwy.com/zhici/nongshi/2025/0611/5187.html",
        title="在铧川县首届传统镰刀割麦技能比赛开幕式上的致辞",
        record_title="【可编辑】在铧川县首届传统镰刀割麦技能比赛开幕式上的致辞（优选3篇）",
        date="2025-06-09",
        notes="decorated record title; date under the speech title; toolbar and writing-service prompt glued after a sentence",
        page="""
!m 良笔文苑｜一支好笔 写好每一篇材料
!m 所在栏目：致辞大全 / 农事活动致辞
!t 【可编辑】在铧川县首届传统镰刀割麦技能比赛开幕式上的致辞（优选3篇）
!a ▶ 复制此篇　▶ 存为docx　▶ 收进我的素材夹
{T}
（2025年6月9日）
县农业农村局副局长　韦庆禾
{BODY}
!l 大家还在看：乡村丰收节开幕致辞｜农耕文化节主持串词｜麦收动员会讲话
!d 本站稿件均来自会员投递，仅供写作参考，转载请保留出处，若侵犯您的权益请通过页脚邮箱联系。
!m 良笔文苑 liangbiwy.com 版权所有　湘ICP备20038817号-1
""",
        body="""
各位参赛选手、乡亲们：
麦浪翻金，镰声阵阵。今天，我们在锄阳镇麦田里举办首届传统镰刀割麦技能比赛，我代表县农业农村局，向前来参赛的42名选手表示热烈欢迎！⟦w 写材料卡壳了？资深笔杆一对一帮改，微信搜 liangbi_kf 立刻联系⟧
如今全县小麦机收率已超过98%，镰刀早已不是主要的收割工具。但在田埂边、坡地上、机器下不去的小地块，一把好镰刀依然管用。我们办这场比赛，就是要让老手艺有人记得、有人传承。
希望各位选手赛出风格、注意安全，镰刀用完入鞘，不要对着人挥舞；也希望现场的年轻人多看、多问、多学。
预祝比赛圆满成功！
""",
    ),
    dict(
        slug="wenku-duwen-report-sickle-forge-survey-pages",
        site="读文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://duwenku.net/p/8c41d07a2e.html",
        title="关于镡溪县手工镰刀锻打作坊现状的调研报告",
        record_title="关于镡溪县手工镰刀锻打作坊现状的调研报告.docx",
        date="2024-10-22",
        notes="file-name record title; preview markers ⪡n⪢ on lines of their own cutting sentences; signature date in Chinese numerals",
        page="""
!m 读文库 — 海量文档在线读
!a 下载券：3　　⤓ 下载原文档　　☆ 收藏
!m 上传者：qiu***r　　页数：4页　　格式：DOCX
{T}
{BODY}
!a 试读到此结束，剩余2页请下载后阅读。
!a 付3下载券 下载全文
!l 相关文档：农具生产企业情况报告 / 乡村传统工匠调查问卷 / 非遗技艺保护调研
!d 本文档由用户上传分享，读文库仅提供存储空间，如有侵权请发起投诉。
""",
        pages=dict(fmt="⪡{n}⪢", every=150, start=2),
        body="""
为摸清全县手工镰刀锻打作坊的生存状况，县文化馆会同县工信局于今年9月组成调研组，走访了铁坪、钤口、石岙三个乡镇的11家作坊。现将情况报告如下。
一、基本情况。全县现存手工锻打作坊11家，从业人员共27人，平均年龄61岁，最年轻的学徒也已38岁。作坊年产镰刀约2.3万把，主要销往周边山区和外省药材种植地。
二、存在问题。一是收入偏低，一把手工镰刀出厂价18元至25元，刨去炭钢成本，一天打12把也只挣一百多元；二是后继乏人，11家作坊中有8家没有徒弟；三是环保压力大，部分炉子仍烧散煤。
三、几点建议。建议将镰刀锻打技艺列入县级非遗名录，对带徒作坊给予每年3000元补助，并统一改造为电加热炉。
镡溪县文化馆调研组
二〇二四年十月二十二日
""",
    ),
    dict(
        slug="gov-zhuyuan-notice-sickle-safety-harvest-html",
        site="锄阳县人民政府网 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.chuyang.gov.cn/zwgk/tzgg/202505/t20250520_331902.html",
        title="锄阳县应急管理局关于做好夏收期间农具安全使用的通知",
        record_title="锄阳县应急管理局关于做好夏收期间农具安全使用的通知",
        date="2025-05-20",
        notes="county portal with 索引号 table, 长辈版 link; document number neutral; contact line of the document kept next to the site's hotline; data table one row a paragraph",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>锄阳县应急管理局关于做好夏收期间农具安全使用的通知-锄阳县人民政府网</title>
<script src="/js/jquery.min.js"></script><script>var sitecode="CY0310";</script></head>
<body>
<div class="topbar"><a href="/">⟦m 锄阳县人民政府网⟧</a> <a href="/zb/">⟦a 长辈版⟧</a> <a href="javascript:;">⟦a 读屏助手⟧</a> <span>⟦m 今天是：星期二⟧</span></div>
<ul class="nav"><li>⟦m 政务公开⟧</li><li>⟦m 办事服务⟧</li><li>⟦m 互动交流⟧</li><li>⟦m 走进锄阳⟧</li></ul>
<div class="loc">⟦m 您的位置：首页 &gt; 政务公开 &gt; 通知公告⟧</div>
<table class="xxgk"><tr><td>⟦m 索引号：11431023MB1K03021R/2025-00417⟧</td><td>⟦m 发文机关：县应急管理局⟧</td></tr>
<tr><td>⟦m 发布日期：2025-05-20⟧</td><td>⟦m 主题分类：安全生产⟧</td></tr></table>
<h1>{T}</h1>
<p class="wh">锄应急〔2025〕19号</p>
<div class="zoom">⟦a 【字体：大 中 小】⟧ ⟦a 【打印本页】⟧ ⟦a 【关闭】⟧</div>
<div id="zoomcon">
{BODY}
</div>
<div class="share">⟦l 分享到：微信 微博 QQ空间⟧</div>
<div class="jc"><a href="/jiucuo/">⟦m 网站纠错⟧</a></div>
<div class="foot"><p>⟦m 主办：锄阳县人民政府办公室　承办：县数据资源中心⟧</p><p>⟦m 政务服务热线：12345　网站标识码：4310230011⟧</p><p>⟦m 湘ICP备05003317号　湘公网安备43102302000118号⟧</p></div>
</body></html>
""",
        body="""
各乡镇人民政府，县直有关单位：
夏收在即，为防范镰刀、铡刀、脱粒机等农具使用中的伤害事故，现将有关事项通知如下。
一、加强宣传提醒。各乡镇要利用村村响广播、微信群等方式，提醒群众镰刀不用时装套收好，不放在儿童够得着的地方。
二、做好急救准备。各村卫生室要备足止血带、纱布等急救物资。近三年夏收期间农具伤害情况如下：
年份　受伤人数　其中镰刀割伤
2022年　31　19
2023年　26　14
2024年　22　11
三、及时报送信息。发生农具伤害事故的，乡镇应在2小时内报县应急管理局。
联系人：龙秀英　电话：0739-6218405
锄阳县应急管理局
2025年5月20日
""",
    ),
    dict(
        slug="news-tiecheng-sickle-blacksmith-feature",
        site="铁城晚报网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.tiechengwb.com/shehui/2024-08/13/content_77120.htm",
        title="七旬铁匠守着一盘炉：“镰刀要先淬火再回火”",
        record_title=None,
        date="2024-08-13",
        notes="no record title; byline's 发布时间 is the date; photo caption and an ad label between paragraphs; editor line glued after the last paragraph",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>七旬铁匠守着一盘炉：“镰刀要先淬火再回火”_铁城晚报网</title>
<link rel="stylesheet" href="/css/a.css"><script>window.ads=[];</script></head>
<body>
<header><div class="logo">⟦m 铁城晚报网⟧</div><nav>⟦m 要闻⟧ ⟦m 社会⟧ ⟦m 县区⟧ ⟦m 视频⟧ ⟦m 读报⟧</nav><a href="/app">⟦a 下载客户端⟧</a></header>
<div class="crumbs">⟦m 铁城晚报网 › 社会 › 正文⟧</div>
<article>
<h1>{T}</h1>
<div class="byline">⟦m 发布时间：2024-08-13 07:52　来源：铁城晚报　记者 蒙小川⟧</div>
{BODY}
</article>
<aside><h3>⟦l 24小时热读⟧</h3><ol><li>⟦l 钜原夜市今起延长营业⟧</li><li>⟦l 城西立交明日起分段施工⟧</li><li>⟦l 暑期防溺水再提醒⟧</li></ol></aside>
<footer><p>⟦d 未经铁城晚报网书面授权，不得转载、摘编本网原创内容。⟧</p><p>⟦m 互联网新闻信息服务许可证编号：43120190011⟧</p></footer>
</body></html>
""",
        body="""
清晨六点，钜原县铮湖镇老街的打铁铺已经生起了炉火。73岁的铁匠覃守田把一块烧红的钢条夹上铁砧，几锤下去，镰刀的弧形便出来了。
“镰刀要先淬火再回火，不然刃口太脆，一碰石头就崩。”覃守田一边说，一边把镰坯浸进水槽，白汽腾地冒了起来。
⟦m 图为覃守田在铁砧上锻打镰坯。记者 蒙小川 摄⟧
他14岁跟父亲学打铁，一辈子打出的镰刀少说也有十几万把。这些年来买镰刀的少了，来的多是种药材、割牧草的老主顾。
⟦l 广告⟧
去年，镇文化站把铁铺列为“老手艺体验点”，每逢周末都有学生来看打铁。覃守田说，只要还有人要，这盘炉就一直烧下去。⟦m （编辑：符青）⟧
""",
    ),
    dict(
        slug="forum-nongyou-post-sickle-sharpening-junk",
        site="农友茶馆论坛 (invented)",
        style="论坛",
        genre="经验帖",
        kind="other",
        form="text",
        source="http://bbs.nongyouchaguan.com/thread-228410-1-1.html",
        title="磨镰刀的几点经验，老把式分享",
        record_title="磨镰刀的几点经验，老把式分享 - 农具杂谈 - 农友茶馆论坛",
        date="2024-06-02",
        notes="Discuz-like floors; anti-scraping junk glued and on lines; 发表于 is the page date; reply box and quick-reply chrome",
        page="""
!m 农友茶馆论坛 › 农具杂谈 › 磨镰刀的几点经验，老把式分享
!a 返回列表　　发新帖
!m 查看: 1874|回复: 23
{T}
!m 楼主　镰把子老韦　发表于 2024-6-2 21:14　只看该作者
{BODY}
!l 回复　支持(12)　反对(0)
!m 沙发　锳浦种姜人　发表于 2024-6-2 22:03
!l 学到了，明天就去买块粗石。
!a 您需要登录后才可以回帖 登录 | 立即注册
!d 本帖内容为网友个人经验，据此操作造成的损失本站不承担责任。
""",
        junk=dict(lines=1, glued=2),
        body="""
种了三十多年地，镰刀磨了不知多少回，说几点体会，供大家参考。
第一，磨刀石要两块，一粗一细。粗石开刃，细石收口，只用一块磨不出好刃。
第二，角度要稳。镰刀背贴着石面抬起一枚硬币厚，来回推，别一会儿高一会儿低。
第三，只磨外侧，里侧轻轻带两下去掉毛刺就行，两面都使劲磨刃口就薄了。
第四，磨完用指甲横着试，能刮下一点指甲屑就算好了，千万别用手指顺着刃摸。
""",
    ),
    dict(
        slug="blog-laojiang-essay-grandfather-sickle-wrap",
        site="老姜的菜园子 (invented blog)",
        style="博客",
        genre="散文",
        kind="other",
        form="text",
        source="https://laojiang-caiyuan.blog.example.net/2023/09/grandpa-sickle.html",
        title="爷爷的那把镰刀",
        date=None,
        notes="hard-wrapped at 62 columns; tag and archive lists; no date (a relative time only)",
        page="""
!m 老姜的菜园子 — 种点菜，写点字
!m 首页 | 随笔 | 菜园日记 | 关于我
{T}
!m 姜守拙 · 3天前 · 阅读 412
{BODY}
!l 标签：农具　回忆　乡村
!l « 上一篇：辣椒又生蚜虫了　　下一篇：秋天该种哪些菜 »
!l 文章归档：2023年9月(6)　2023年8月(9)　2023年7月(4)
!a 喜欢就点个赞吧 👍　　订阅本站RSS
!d © 老姜的菜园子，转载请联系作者。
""",
        wrap=62,
        indent="\u3000\u3000",
        body="""
老屋的墙上一直挂着爷爷的镰刀。木柄被他的手磨得发亮，刀背上还有他用钉子刻的一个“姜”字，说是防止农忙时和邻居家的弄混。
小时候割猪草，我偷偷拿过一回，一刀下去割破了裤腿，回家挨了一顿骂。爷爷骂完，又把我叫到院子里，手把手教我怎么握、怎么拉：镰刀不是砍的，是拉的。
后来家里买了收割机，镰刀就挂上了墙。爷爷走后，父亲想把它扔掉，我拦了下来，用油布包好，带到了城里。
如今它挂在我阳台的菜园边上，偶尔割一把韭菜。每次拉动刀柄，都觉得爷爷还站在身后看着。
""",
    ),
    dict(
        slug="wechat-nongbo-letter-donate-old-tools-html",
        site="峋川农耕博物馆 公众号镜像 (invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://wx.mirror-read.example.com/s/XunchuanNongbo_2024_0317",
        title="峋川农耕博物馆关于征集老旧农具的倡议书",
        record_title="峋川农耕博物馆关于征集老旧农具的倡议书 | 峋川农耕博物馆",
        date="2024-03-17",
        notes="WeChat mirror with original-read link, 在看 and reward rows; the document's own 扫码/关注 sentences kept; document contact next to the account's",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>峋川农耕博物馆关于征集老旧农具的倡议书</title>
<meta name="viewport" content="width=device-width"><script>var biz="MzA5NjQ";</script></head>
<body><div class="rich_media">
<h2 class="rich_media_title">{T}</h2>
<div class="meta">⟦m 峋川农耕博物馆⟧ <em>⟦m 2024年03月17日 09:30⟧</em> <em>⟦m 湖南⟧</em></div>
<div class="rich_media_content">
{BODY}
</div>
<div class="tail"><p>⟦a 阅读原文⟧</p><p>⟦l 赞　分享　推荐　在看⟧</p><p>⟦a 喜欢作者 · 赞赏⟧</p><p>⟦l 写留言⟧</p></div>
<div class="mirror-foot">⟦d 本页为公众号文章镜像，仅供阅读存档，版权归原公众号所有。⟧</div>
</div></body></html>
""",
        body="""
乡亲们、朋友们：
镰刀、连枷、风车、石磙……这些陪伴几代人耕作的老农具，正在一件件离开我们的生活。为留住农耕记忆，峋川农耕博物馆面向社会征集老旧农具。
一、征集范围：1980年以前使用过的各类手工农具，尤以刻有姓氏、年号的镰刀、锄头为佳。
二、征集方式：可无偿捐赠，也可有偿收购，捐赠者将获颁收藏证书并在展柜署名。
三、扫码登记：请扫描本文末尾的二维码填写物品信息，工作人员将在一周内上门查看。也欢迎关注本公众号，了解征集进展。
联系人：石明远　电话：0745-3326110
峋川农耕博物馆
2024年3月17日
""",
    ),
    dict(
        slug="docshare-wendang-plan-sickle-museum-study",
        site="文档汇 (invented)",
        style="文档分享",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.wendanghui.cn/doc/6617302.html",
        title="锟山小学“认识老农具”劳动教育实践活动方案",
        record_title="锟山小学“认识老农具”劳动教育实践活动方案（通用版）",
        date=None,
        notes="decorated record title; markers 第n张 glued to the continuation line; template placeholders kept; year only in a print stamp",
        page="""
!m 文档汇 | 用文档，来文档汇
!m 分类：教育资料 > 劳动教育 > 活动方案
!m 贡献者：春田老师　　上传于：2年前　　浏览：966　　下载：57
{T}
{BODY}
!a 该文档仅预览前3页，完整内容请【下载文档】
!m 打印时间：2025/3/4 10:22
!d 文档汇所有文档均由用户上传，如发现侵权内容请联系平台处理。
""",
        pages=dict(fmt="——第{n}张——", every=120, start=2, glue=True),
        body="""
一、活动目的：通过参观农具、动手体验，让学生认识镰刀、犁、耙等传统农具，懂得粮食来之不易。
二、活动时间：____月____日（星期____）上午。
三、活动地点：锟山镇农耕文化展示馆及学校劳动基地。
四、活动安排：（一）讲解员介绍老农具的名称和用途；（二）在老师指导下用儿童安全镰刀割稻穗；（三）回校后写一篇观察日记。
五、安全要求：体验环节每组配一名教师，镰刀由老师分发、收回，学生不得私自带走。
六、责任分工：由________负责联系展示馆，由________负责学生安全。
""",
    ),
    dict(
        slug="edu-jieyuan-notice-labour-class-sickle-html",
        site="镆田县教育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://jyj.motian.edu.cn/tzgg/2024/0904/1193.html",
        title="关于规范中小学劳动课农具使用管理的通知",
        record_title="关于规范中小学劳动课农具使用管理的通知",
        date="2024-09-04",
        notes="education bureau with 关怀版 link; numbered list; 附件 list kept; 发布时间 line",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于规范中小学劳动课农具使用管理的通知 - 镆田县教育局</title></head>
<body>
<div class="head"><span>⟦m 镆田县教育局⟧</span><span>⟦m 立德树人 · 办人民满意的教育⟧</span><a href="/ga/">⟦a 关怀版⟧</a></div>
<div class="menu">⟦m 首页⟧ | ⟦m 机构概况⟧ | ⟦m 教育动态⟧ | ⟦m 通知公告⟧ | ⟦m 招生考试⟧</div>
<div class="pos">⟦m 当前位置：首页 » 通知公告⟧</div>
<h2>{T}</h2>
<div class="attr">⟦m 发布时间：2024-09-04　发布科室：基础教育股　浏览次数：1306⟧</div>
<div class="text">
{BODY}
</div>
<div class="btns">⟦a [打印] [关闭窗口]⟧</div>
<div class="foot">⟦m 地址：镆田县文昌路8号　邮编：427800　技术支持：湘中网络⟧</div>
</body></html>
""",
        body="""
各中小学校：
为保障劳动课安全开展，现就镰刀等农具的使用管理提出以下要求：
1. 各校要建立劳动工具台账，镰刀、锄头等刃具统一编号，专柜上锁存放。
2. 小学三年级以下学生不使用镰刀；四至六年级使用圆头安全镰刀，须在教师示范后分组操作。
3. 每次课前检查刀柄是否松动，课后清点数量并签字。
4. 发生割伤的，应立即处置并报告学校安全办。
附件：1. 劳动工具登记表
2. 劳动课安全操作规程（参考稿）
镆田县教育局
2024年9月3日
""",
        date_also=["2024-09-03"],
    ),
    dict(
        slug="intranet-linfa-minutes-sickle-procurement",
        site="铖江林场办公平台 (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://oa.chengjianglc.local/doc/view?id=40218",
        title="关于护林员割灌工具采购的专题会议纪要",
        record_title="关于护林员割灌工具采购的专题会议纪要",
        date="2024-04-11",
        notes="OA export: 流转记录 and read counts; minutes' 时间/地点/主持 lines kept; 抄送 kept",
        page="""
!m 铖江林场协同办公平台 V6.2
!m 公文管理 > 收文查阅 > 会议纪要
!a 【办理】【转发】【导出PDF】【打印】
{T}
!m 拟稿：场办 何小满　　签发：副场长 陆卫国　　阅读次数：37
{BODY}
!m 流转记录：2024-04-11 16:20 场办 起草 → 2024-04-12 08:45 陆卫国 签发 → 2024-04-12 09:10 归档
!d 内部资料，注意保密，不得对外转发。
""",
        body="""
时间：2024年4月11日下午3时
地点：场部二楼会议室
主持：陆卫国
参加：各管护站站长、财务室、后勤组
会议研究了今年护林员割灌工具采购事宜，纪要如下：
一、今年计划采购长柄镰刀120把、砍刀60把，替换已锈损的工具，预算不超过1.8万元。
二、镰刀须选用锰钢锻打件，刀柄不短于1.2米，便于在陡坡作业时保持距离。
三、由后勤组在4月底前完成比价采购，5月上旬发放到各管护站。
抄送：场长，财务室
铖江林场办公室
2024年4月11日
""",
    ),
    dict(
        slug="qa-wenda-answer-sickle-rust",
        site="问知堂 (invented Q&A)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.wenzhitang.com/question/5530217",
        title="镰刀放了一冬天生锈了，怎么除锈还能用吗？",
        record_title="镰刀放了一冬天生锈了，怎么除锈还能用吗？ - 问知堂",
        date=None,
        notes="Q&A: best-answer badge, votes, related questions; the answer is the body; no date (relative times only)",
        page="""
!m 问知堂 - 有问题，就来问
!l 首页 ｜ 发现 ｜ 话题 ｜ 提问
{T}
!m 提问者：阿蔓　·　5个月前　·　浏览 2.1万
!l 2 个回答　　关注问题　　邀请回答
!m ★ 最佳答案
!m 锜城老农 · 农具修理20年
{BODY}
!l 赞同 318　　反对　　评论 17　　收藏
!l 相关问题：锄头柄松了怎么加固？｜镰刀钢口好坏怎么看？
!d 回答内容仅代表答主个人观点，不构成专业建议。
""",
        body="""
能用，锈得不深的话除掉就行。
先用钢丝球蘸点煤油把浮锈擦掉，锈得厚的地方用砂纸打，从粗到细。
然后在磨刀石上重新开刃，刃口上的锈坑要磨掉才锋利。
最后用布抹一层机油，挂在干燥通风处，不要放在地上或者靠墙根。
如果刀身已经锈穿或者出现裂纹，就别用了，割的时候容易断，很危险。
""",
    ),
]

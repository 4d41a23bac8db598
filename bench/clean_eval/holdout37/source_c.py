"""holdout37, part C: a collection, Party-building sites, hospitals, universities, local forums,
download stations and a personnel-exam site — a chili co-op, a ginseng farm, an eye bank,
a seaweed farm, a laundry plant, a lifeguard exam. Invented text."""

CASES = [
    dict(
        slug="anthology-lajiao-html-chapter-coop-founder",
        site="椒乡文丛 (invented)",
        style="个人文集",
        genre="心得体会",
        kind="insight",
        form="html",
        source="https://www.jiaoxiangwc.example.com/book/12/chapter/37.html",
        title="办辣椒合作社的几点体会",
        record_title="第三十七篇　办辣椒合作社的几点体会_《椒乡十年》_椒乡文丛",
        date=None,
        notes="collection-chapter reader: book/chapter nav, font and night-mode buttons, a 'continue in the app' line between paragraphs, chapter list and comment count; no date anywhere (a relative 更新：半年前 only)",
        page="""
<html><head><meta charset="utf-8"><title>第三十七篇　办辣椒合作社的几点体会_《椒乡十年》_椒乡文丛</title></head><body>
<div class="top">⟦m 椒乡文丛⟧ ⟦m 书库⟧ ⟦m 排行⟧ ⟦a 书架⟧</div>
<div class="crumb">⟦m 椒乡文丛 > 《椒乡十年》 > 第三十七篇⟧</div>
<div class="set">⟦a 字号 A- A+⟧ ⟦a 夜间模式⟧ ⟦a 加入书签⟧</div>
<h1>⟦t 第三十七篇　办辣椒合作社的几点体会⟧</h1>
<div class="info">⟦m 作者：石大椒　本章字数：412　更新：半年前⟧</div>
<div id="content">
{BODY}
</div>
<div class="pager">⟦l 上一篇⟧ ⟦l 目录⟧ ⟦l 下一篇⟧</div>
<div class="cmt">⟦l 本章评论（8）⟧</div>
<div class="foot">⟦d 本书由作者授权发布，未经许可禁止转载。⟧</div>
</body></html>
""",
        body="""
办合作社这些年，我最大的体会是：种辣椒不难，难的是让大家拧成一股绳。
第一，账目要公开。每一笔收购款、每一次分红都贴在村部墙上，社员心里才踏实。
⟦a 打开椒乡文丛APP，免费读完整本书⟧
第二，标准要统一。辣椒品种、施肥时间、采摘成熟度统一起来，才能卖上好价钱。
第三，要舍得让利。头两年合作社不赚钱，先把收购价提上去，社员才愿意跟着干。
""",
    ),
    dict(
        slug="dangjian-renshen-html-party-lecture-ginseng",
        site="沮川先锋网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.juchuanxf.example.gov.cn/djgz/2025/0701/662.html",
        title="以党建引领人参产业振兴——在参业公司党委七一专题党课上的讲稿",
        record_title="以党建引领人参产业振兴——在参业公司党委七一专题党课上的讲稿_沮川先锋网",
        date="2025-07-01",
        notes="Party-building portal: red banner slogan, nav, speaker line and date under the title (neutral), 发布时间 meta, a 'study together' button glued after a sentence, related list and footer",
        page="""
<html><head><meta charset="utf-8"><title>以党建引领人参产业振兴——在参业公司党委七一专题党课上的讲稿_沮川先锋网</title></head><body>
<div class="banner">⟦m 沮川先锋网　不忘初心　牢记使命⟧</div>
<div class="menu">⟦m 首页　组织建设　党员教育　基层风采　党建课堂⟧</div>
<div class="where">⟦m 您的位置：首页 > 党建课堂 > 专题党课⟧</div>
<h1>⟦t 以党建引领人参产业振兴——在参业公司党委七一专题党课上的讲稿⟧</h1>
<p class="speaker">公司党委书记、董事长　温长山</p>
<p class="d">（2025年7月1日）</p>
<p class="meta">⟦m 发布时间：2025-07-03　来源：沮川县委组织部⟧</p>
<div class="article">
{BODY}
</div>
<div class="xg"><b>⟦l 相关推荐⟧</b><a>⟦l 农业企业党支部标准化建设经验⟧</a><a>⟦l 乡村振兴专题党课讲稿⟧</a></div>
<div class="copy">⟦m 中共沮川县委组织部主办　地址：沮川县人民路1号⟧ ⟦m 备案号：吉ICP备0902213号⟧</div>
</body></html>
""",
        date_also=["2025-07-03"],
        body="""
同志们：
今天是党的生日，我们以“党建引领人参产业振兴”为题上一堂专题党课。
一、把支部建在产业链上。公司在种植基地、加工车间和销售中心分别成立党支部，党员在关键岗位上亮身份、作表率。⟦a 一起学习⟧
二、把党员培养成技术骨干。三年来，公司党员带头攻克林下参仿野生种植技术，带动周边农户种植林下参一万二千亩。
三、把发展成果惠及群众。公司与六个村建立利益联结机制，每年向村集体分红一百二十万元。
同志们，产业兴则乡村兴，让我们以实际行动践行初心使命。
""",
    ),
    dict(
        slug="dangjian-haidai-text-branch-theme-day",
        site="溱湾党建网 (invented)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://dj.qinwan.example.gov.cn/jcfc/2025/0930/218.html",
        title="海带养殖场党支部开展“海上主题党日”活动情况总结",
        record_title="【基层风采】海带养殖场党支部开展“海上主题党日”活动情况总结",
        date="2025-09-30",
        notes="decorated title with a column bracket; the title repeated glued to the first sentence; a source/editor line; a 'back to top' glued after the last sentence; QR follow prompt",
        page="""
!m 溱湾党建网
!m 首页 → 基层风采
!t 【基层风采】海带养殖场党支部开展“海上主题党日”活动情况总结
!m 来源：溱湾镇党委　编辑：邹亮　时间：2025-09-30
⟦t 海带养殖场党支部开展“海上主题党日”活动情况总结⟧{BODY}
!a 扫码关注“溱湾党建”
!m 溱湾县委组织部　主办
""",
        body="""
9月，海带养殖场党支部结合秋季育苗生产，组织开展了“海上主题党日”活动。
一是在育苗船上重温入党誓词，十八名党员面向大海庄严宣誓。
二是开展“党员技术课”，由老党员讲解海带夹苗、分苗技术，参加学习的养殖户达六十余人。
三是组建党员护海队，清理近岸海漂垃圾二吨多。
下一步，支部将把主题党日与生产经营结合起来，推动党建和业务深度融合。⟦a 返回顶部↑⟧
""",
    ),
    dict(
        slug="hospital-zhiyang-html-eye-bank-donation-notice",
        site="滍阳眼科医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.zhiyangeye.example.com/news/notice/2025/0312.html",
        title="关于开展角膜捐献志愿登记宣传周活动的通知",
        record_title="关于开展角膜捐献志愿登记宣传周活动的通知-滍阳眼科医院",
        date="2025-03-12",
        notes="hospital site: appointment and 24-hour hotline header, floating consult box, breadcrumb, byline; the eye bank's own consultation phone kept in the body beside the hospital's 预约挂号 line; sentence about scanning to register kept",
        page="""
<html><head><meta charset="utf-8"><title>关于开展角膜捐献志愿登记宣传周活动的通知-滍阳眼科医院</title></head><body>
<div class="head">⟦m 滍阳眼科医院　三级眼科专科医院⟧ ⟦m 预约挂号：0375-2688120⟧ ⟦m 24小时急诊：0375-2688999⟧</div>
<div class="nav">⟦m 医院概况 | 科室导航 | 专家介绍 | 就医指南 | 新闻公告⟧</div>
<div class="pos">⟦m 当前位置：首页 > 新闻公告 > 通知公告⟧</div>
<h3>⟦t 关于开展角膜捐献志愿登记宣传周活动的通知⟧</h3>
<div class="by">⟦m 发布者：眼库办公室　发布时间：2025-03-12　浏览：431⟧</div>
<div class="txt">
{BODY}
</div>
<div class="kefu">⟦w 在线咨询⟧ ⟦w 微信预约⟧ ⟦w 客服电话 0375-2688120⟧</div>
<div class="foot">⟦m 地址：滍阳市建设路118号　豫ICP备13007744号-1⟧ ⟦d 本站信息仅供参考，不能作为诊断及医疗的依据⟧</div>
</body></html>
""",
        body="""
各科室：
为弘扬人道主义精神，推动角膜捐献事业发展，医院定于3月17日至23日开展角膜捐献志愿登记宣传周活动。
一、在门诊大厅设立宣传咨询台，由眼库工作人员解答群众疑问。
二、市民可扫描宣传展板上的二维码，在线填写志愿登记表。
三、各科室要利用候诊时间播放宣传片，发放宣传资料。
眼库咨询电话：0375-2688305（工作日8:00—17:30）
滍阳眼科医院
2025年3月12日
""",
    ),
    dict(
        slug="hospital-huoyuan-text-linen-laundry-rules",
        site="漷原县人民医院 (invented)",
        style="医院官网",
        genre="制度",
        kind="rules",
        form="text",
        source="http://www.fyxrmyy.example.com/yygk/zd/2025/77.html",
        title="漷原县人民医院医用织物洗涤消毒管理制度",
        record_title="漷原县人民医院医用织物洗涤消毒管理制度 | 医院制度",
        date="2025-02-20",
        notes="rules with numbered articles; a 'print' sentence inside an article kept; 发布时间 and clicks line; hospital slogan; footer with a 24-hour line",
        page="""
!m 漷原县人民医院　以病人为中心
!m 首页 > 医院概况 > 规章制度
{T}
!m 发布时间：2025-02-20　点击：203次
!a 【打印】【关闭】
{BODY}
!m 医院地址：漷原县解放路21号　24小时服务热线：0427-5560120
""",
        body="""
第一条　为规范医用织物洗涤消毒工作，预防和控制医院感染，制定本制度。
第二条　医用织物分为感染性织物和脏污织物，分类收集，感染性织物使用橘红色专用袋密封。
第三条　洗涤中心每日上午、下午各收送一次，收送车辆洁污分开。
第四条　洗涤记录由信息系统自动生成，各科室可随时查询、打印交接清单。
第五条　本制度自发布之日起施行。
""",
    ),
    dict(
        slug="university-haiyang-html-seaweed-lab-news",
        site="溱湾海洋学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.qwou.example.edu.cn/info/1012/6631.htm",
        title="我校海藻研究团队与养殖企业共建产学研基地",
        record_title="我校海藻研究团队与养殖企业共建产学研基地-溱湾海洋学院新闻网",
        date="2025-10-21",
        record_date="2025-10-21",
        notes="university news: header, 'campus news' breadcrumb, byline with 文/图/编辑/审核 and 发布时间, photo caption, prev/next links, address footer",
        page="""
<html><head><meta charset="utf-8"><title>我校海藻研究团队与养殖企业共建产学研基地-溱湾海洋学院新闻网</title></head><body>
<div class="header">⟦m 溱湾海洋学院新闻网⟧ <a>⟦m 学校主页⟧</a> <a>⟦m 信息门户⟧</a></div>
<div class="nav">⟦m 首页 校园要闻 综合新闻 学术科研 媒体海洋⟧</div>
<div class="wz">⟦m 当前位置: 首页 >> 学术科研 >> 正文⟧</div>
<h1>⟦t 我校海藻研究团队与养殖企业共建产学研基地⟧</h1>
<div class="sj">⟦m 发布时间：2025-10-21　作者：文/王澜　图/孔宁　点击数：⟧</div>
<div class="v_news_content">
{BODY}
</div>
<div class="edit">⟦m 编辑：冯悦　审核：郭涛⟧</div>
<div class="prev">⟦l 上一条：我校举办第五届海洋科普周⟧</div><div class="next">⟦l 下一条：学校召开教学督导工作会⟧</div>
<div class="footer">⟦m 地址：溱湾县滨海大道2号　邮编：316200⟧ ⟦m Copyright 溱湾海洋学院 版权所有⟧</div>
</body></html>
""",
        body="""
10月19日，我校海洋生命学院海藻研究团队与溱湾海丰海带养殖场签约，共建海藻良种选育产学研基地。
根据协议，双方将在耐高温海带品种选育、病害防控和精深加工等方面开展合作，养殖场每年接收二十名学生开展实习。
签约仪式后，团队负责人孙教授为养殖户作了海带夏苗培育技术讲座。
图为签约仪式现场。
""",
    ),
    dict(
        slug="university-huaicheng-text-lifeguard-club-plan",
        site="浍城职业技术学院 (invented)",
        style="高校官网",
        genre="方案",
        kind="plan",
        form="text",
        source="http://tw.hcvtc.example.edu.cn/stgl/2025/0418/95.html",
        title="浍城职业技术学院大学生水上救生志愿服务队组建方案",
        record_title=None,
        date="2025-04-18",
        notes="no record title: title from the page; a Youth League site's nav; decimal headings; a 'join' button glued after a paragraph; footer with an ICP number",
        page="""
!m 共青团浍城职业技术学院委员会
!m 团委首页 | 组织建设 | 志愿服务 | 下载专区
!m 志愿服务 >>
{T}
!m 日期：2025-04-18　浏览量：388
{BODY}
!l 附件下载：志愿服务队报名表.docx
!m 闽ICP备12013386号
""",
        body="""
为普及水上安全知识，服务暑期防溺水工作，校团委决定组建大学生水上救生志愿服务队。
1.1 队伍规模：首期招募队员四十名，其中持救生员证书者不少于十名。
1.2 招募对象：在校全日制学生，身体健康，能连续游泳四百米以上。
2.1 培训安排：5月至6月每周六在校游泳馆开展救生技能培训。⟦a 我要报名>>⟧
2.2 服务内容：暑期到沿海村镇开展防溺水宣讲和水域巡护。
共青团浍城职业技术学院委员会
2025年4月18日
""",
    ),
    dict(
        slug="localforum-migang-html-lantern-traffic-detours",
        site="洣岗生活网论坛 (invented)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="html",
        source="https://bbs.migang.example.com/thread-771203-1-1.html",
        title="关于元宵节期间城区部分路段交通管制的通告",
        record_title="【出行提醒】关于元宵节期间城区部分路段交通管制的通告（附绕行路线） - 洣岗生活网",
        date="2025-02-10",
        date_also=["2025-02-11"],
        notes="county forum: board nav, floor meta with post time, a detour table kept, no junk; a moderator's highlight note; reply box and hot threads",
        page="""
<html><head><meta charset="utf-8"><title>【出行提醒】关于元宵节期间城区部分路段交通管制的通告（附绕行路线） - 洣岗生活网</title></head><body>
<div id="hd">⟦m 洣岗生活网 — 洣岗人的网上家园⟧ ⟦a 登录⟧ ⟦a 注册⟧ ⟦a 手机版⟧</div>
<div id="pt">⟦m 首页 › 洣岗论坛 › 出行交通⟧</div>
<h1>⟦t 【出行提醒】关于元宵节期间城区部分路段交通管制的通告（附绕行路线）⟧</h1>
<div class="post"><div class="author">⟦m 洣岗交警小帮手　楼主　发表于 2025-2-11 17:02⟧</div>
<div class="mod">⟦d 本帖已被版主置顶，并设为高亮⟧</div>
<div class="message">
{BODY}
</div>
<div class="act">⟦l 回复　点评　收藏(23)　分享⟧</div></div>
<div class="hot"><h3>⟦l 热门帖子⟧</h3><p>⟦l 元宵灯会哪天最热闹？⟧</p><p>⟦l 城南停车场收费标准公布⟧</p></div>
<div id="ft">⟦m 洣岗生活网 © 2008-2025⟧ ⟦m 湘公网安备43048202000118号⟧</div>
</body></html>
""",
        body="""
为保障元宵节灯会期间群众出行安全，决定对城区部分路段实行临时交通管制。现通告如下：
一、管制时间：2025年2月12日18时至23时。
二、管制路段及绕行路线：
管制路段　绕行路线
人民路（东门至西门）　滨江路—环城北路
解放街（全段）　建设路—府前路
三、管制期间，除执行任务的警车、消防车、救护车外，其他车辆禁止通行。
洣岗县公安局交通警察大队
2025年2月10日
""",
    ),
    dict(
        slug="localforum-jianchuan-text-rowing-regatta-pledge",
        site="湔川论坛 (invented)",
        style="地方论坛",
        genre="倡议书",
        kind="initiative",
        form="text",
        source="http://www.jianchuanbbs.example.net/read.php?tid=50331",
        title="湔江赛艇公开赛文明观赛倡议书",
        record_title="湔江赛艇公开赛文明观赛倡议书 - 湔川论坛 - 城事杂谈",
        date="2025-05-26",
        notes="forum text page: junk lines and glued junk, floor meta, 'reply to view hidden content' prompt, signature; posting date equals pledge date",
        junk=dict(lines=1, glued=1),
        page="""
!m 湔川论坛 » 城事杂谈 » 湔江赛艇公开赛文明观赛倡议书
!m [复制链接]　查看: 2207　回复: 31
!m 1#　湔川赛艇队　发表于 2025-05-26 10:11
{T}
{BODY}
!a 游客，如果您要查看本帖隐藏内容请回复
!m 签名：划赛艇，看湔江，湔川人的周末！
""",
        body="""
广大市民朋友们：
湔江赛艇公开赛将于5月31日在湔江城区段举行。为营造安全、文明的观赛环境，特发出如下倡议：
一、有序观赛，不在堤岸护栏外、桥面上停留，听从现场工作人员指挥。
二、文明观赛，不乱扔垃圾，不向江中投掷杂物。
三、绿色出行，尽量步行或乘坐公交前往赛场。
湔川县赛艇协会
2025年5月26日
""",
    ),
    dict(
        slug="download-nongzi-old-asp-chili-drying-rules",
        site="农资下载站 (invented)",
        style="资料下载站",
        genre="制度",
        kind="rules",
        form="html",
        source="http://www.nongzixz.example.com/soft/Show.asp?id=22817",
        title="辣椒烘干房安全操作规程",
        record_title="辣椒烘干房安全操作规程.doc下载",
        date=None,
        notes="old ASP download station: file-info table (size, level, date updated), mirror links, unzip password, dead-link report; the rules' own 扫码 article kept; no date (updated stamp only)",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>辣椒烘干房安全操作规程.doc下载 - 农资下载站</title></head><body>
<table width="960"><tr><td>⟦m 农资下载站　www.nongzixz.example.com⟧</td><td>⟦m 设为首页　加入收藏⟧</td></tr></table>
<table width="960"><tr><td>⟦m 当前位置：首页 → 文档资料 → 农业生产 → 辣椒烘干房安全操作规程.doc⟧</td></tr></table>
<table width="960" class="info">
<tr><td>⟦m 资料名称：辣椒烘干房安全操作规程.doc⟧</td><td>⟦m 资料大小：38 KB⟧</td></tr>
<tr><td>⟦m 推荐等级：★★★☆☆⟧</td><td>⟦m 更新时间：2025-04-07 09:33:12⟧</td></tr>
<tr><td colspan="2">⟦m 解压密码：www.nongzixz.example.com⟧</td></tr></table>
<table width="960"><tr><td><b>⟦m 资料简介：⟧</b>
{BODY}
</td></tr></table>
<table width="960"><tr><td>⟦a 电信下载一⟧ ⟦a 联通下载二⟧ ⟦a 本地高速下载⟧</td></tr><tr><td>⟦a 如果下载地址失效，请点此报告错误⟧</td></tr></table>
<table width="960"><tr><td>⟦d 本站资料来源于网络，仅供学习参考，请于下载后24小时内删除。⟧</td></tr></table>
</body></html>
""",
        body="""
一、烘干房操作人员须经培训合格后上岗，熟悉燃烧炉、循环风机的性能。
二、装料前检查烘干架、电路和温控仪，发现异常不得开机。
三、烘干温度控制在五十五至六十五摄氏度，每小时巡查一次并做好记录。
四、烘干房内严禁吸烟，燃烧炉周边一米内不得堆放辣椒秆等可燃物。
五、每台设备贴有维护二维码，操作人员交班前须扫码登记运行情况。
""",
    ),
    dict(
        slug="download-wenku-text-eye-bank-speech-mirror",
        site="素材屋下载 (invented)",
        style="资料下载站",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.sucaiwu.example.com/down/43188.html",
        title="在全市遗体和人体器官捐献缅怀纪念活动上的讲话",
        record_title="在全市遗体和人体器官捐献缅怀纪念活动上的讲话.docx",
        date="2025-04-03",
        notes="file-name title; file-info lines; speaker line and date under the title neutral; mirror link lines and a 'report a bad link' line; speech title keeps the speaker's role as written",
        page="""
!m 素材屋下载 > 讲话致辞 > 纪念活动
!t 在全市遗体和人体器官捐献缅怀纪念活动上的讲话.docx
!m 文件大小：21KB　授权方式：免费　下载次数：316
!m 更新日期：2025-04-09
市红十字会常务副会长　葛立群
（2025年4月3日）
{BODY}
!a 下载地址：[本地下载]　[镜像下载一]　[镜像下载二]
!a 链接失效？点此反馈
!d 免责声明：本站所有资料均来自互联网，版权归原作者所有。
""",
        body="""
同志们，各位捐献者家属：
清明将至，我们在这里举行缅怀纪念活动，向逝去的捐献者致以深切的怀念。
五年来，全市实现遗体捐献六十三例、器官捐献三十一例、角膜捐献九十例，让四百余名患者获得新生或重见光明。
市红十字会将进一步完善捐献者家属关怀机制，让爱心得到尊重，让大爱永续传递。
""",
    ),
    dict(
        slug="exam-renshi-text-lifeguard-assessment-notice",
        site="浍城市人事考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.hcpta.example.gov.cn/ksxx/2025/0520/311.html",
        title="关于2025年市游泳救生员技能等级认定考核的通知",
        record_title="关于2025年市游泳救生员技能等级认定考核的通知_考试信息_浍城市人事考试网",
        date="2025-05-20",
        notes="exam site: technical hotline at top and bottom beside the notice's own 咨询电话 in the body; schedule table kept; sentence telling candidates to download and print 准考证 kept",
        page="""
!m 浍城市人事考试网
!m 技术支持热线：0662-3300001（仅限网上报名技术问题）
!m 首页 > 考试信息 > 通知公告
{T}
!m 信息来源：考务科　发布时间：2025-05-20
{BODY}
!a 【字体：大 中 小】　【打印本页】　【关闭】
!m 主办单位：浍城市人事考试中心　网站技术支持：0662-3300001
""",
        body="""
各有关单位、各位考生：
2025年市游泳救生员技能等级认定考核定于6月举行，现将有关事项通知如下。
一、考核安排
科目　时间　地点
理论知识　6月14日9:00—10:30　市职教中心
技能操作　6月15日8:30开始　市游泳馆
二、考生须于6月10日至13日登录本网站下载并打印准考证。
三、考生须携带准考证和身份证参加考核。
咨询电话：0662-3300215（考务科）
浍城市人事考试中心
2025年5月20日
""",
    ),
]

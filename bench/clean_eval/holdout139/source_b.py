"""holdout139, part B: a retired Lü-opera actor's collection, a military retirees' centre's Party
page, a children's hospital strabismus notice, a forestry college on dawn redwoods, an
urban-village consultation on a county forum, a Wu-opera troupe's plan on a download station,
a carbon-trading centre's recruitment exam, a sea-ice radar tender, a law firm on factoring,
a residents' djembe class and a phone-repair association's pledge.
Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="anthology-lvju-actor-memoir-wrapped",
        site="玠川文存 (invented personal collection)",
        style="个人文集",
        genre="随笔",
        kind="other",
        form="text",
        source="http://www.jiechuanwencun.example.net/juan1/012.html",
        title="我在吕剧团的三十年",
        record_title="《玠川文存》卷一·第12篇｜我在吕剧团的三十年",
        date=None,
        notes="a personal collection's chapter page, hard-wrapped at 60 columns with an indent; no date (a year range in the text only); prev/next chapter links and a visit counter",
        wrap=60,
        indent="　　",
        page="""
!m 玠川文存　·　老戏骨的碎语闲言
!m 卷一　梨园旧事　｜　第12篇
!t 我在吕剧团的三十年
!m 作者：陶守礼　录入：孙女陶悦
{BODY}
!l ← 上一篇：第一次登台　　下一篇：下乡演出的日子 →
!l 返回目录
!m 本文集已被访问 20931 次
!d 文集内容为作者个人回忆，转载须征得家属同意
""",
        body="""
一九七八年秋天，我背着铺盖卷进了县吕剧团，那年我十六岁，分在武行，天天练翻跟头。
老团长常说，吕剧是从田间地头唱出来的，离了老百姓就没了根。这句话我记了一辈子。
那些年剧团一年要下乡演出二百多场，一辆解放牌卡车拉着戏箱和演员，走到哪里唱到哪里。
后来我改唱小生，演过《李二嫂改嫁》里的张小六，也演过不少现代戏。
二〇〇八年我退休离开舞台，但每逢剧团排新戏，我还是忍不住去排练场看看。
如今年轻演员有了新剧场、新灯光，我只盼着他们别忘了吕剧的根在哪里。
""",
    ),
    dict(
        slug="dangjian-junxiu-speech-html-under-title-date",
        site="瑷溪先锋网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.aixixianfeng.example.gov.cn/djyw/202507/t20250701_3391.html",
        title="在军休所庆祝建党104周年暨“光荣在党50年”纪念章颁发仪式上的讲话",
        record_title="【支部动态】在军休所庆祝建党104周年暨“光荣在党50年”纪念章颁发仪式上的讲话",
        date="2025-07-01",
        date_also=["2025-07-02"],
        notes="Party-building portal: decorated title; speaker line and the date under the title neutral; study-points box and a 'related' link between paragraphs; footer with 主办/承办",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>在军休所庆祝建党104周年暨“光荣在党50年”纪念章颁发仪式上的讲话-瑷溪先锋网</title>
<script src="/static/jquery.min.js"></script></head>
<body>
<div class="top">⟦m 瑷溪先锋网⟧ <span>⟦m 中共瑷溪市委组织部主办⟧</span></div>
<ul class="menu"><li>⟦m 首页⟧</li><li>⟦m 党建要闻⟧</li><li>⟦m 基层党建⟧</li><li>⟦m 干部工作⟧</li><li>⟦m 人才工作⟧</li></ul>
<div class="loc">⟦m 当前位置：首页 - 党建要闻 - 支部动态⟧</div>
<div class="art">
<h1>⟦t 在军休所庆祝建党104周年暨“光荣在党50年”纪念章颁发仪式上的讲话⟧</h1>
<p class="src">⟦m 来源：市退役军人事务局　时间：2025-07-02⟧　⟦a 字号：T T T⟧</p>
<p class="speaker">市退役军人事务局党组书记、局长　祁振林</p>
<p class="speaker">（2025年7月1日）</p>
{BODY}
</div>
<div class="study">⟦a 学习强国 扫码学习⟧</div>
<div class="rel"><b>⟦l 相关文章⟧</b><ul><li>⟦l 军休干部宣讲团走进校园⟧</li><li>⟦l 市军休所开展重阳节慰问⟧</li></ul></div>
<div class="footer"><p>⟦m 主办：中共瑷溪市委组织部　承办：瑷溪市党员教育中心⟧</p><p>⟦m 苏ICP备18000421号⟧</p><p>⟦d 版权所有 未经授权禁止复制或建立镜像⟧</p></div>
</body></html>
""",
        body="""
各位老首长、老同志：
今天，我们在这里隆重集会，庆祝中国共产党成立104周年，为十六位党龄满五十年的军休干部颁发纪念章。
在座的老同志大多经历过战火考验，转业退休后仍然心系党的事业，用实际行动诠释了对党的忠诚。
⟦a 【学习要点】点击领取本文学习积分⟧
近年来，市军休所坚持把党支部建在休养所，组织老同志讲传统、作报告，已深入学校和社区宣讲六十余场。
⟦l 相关链接：军休所党支部“银发先锋”工作法⟧
希望各位老同志保重身体，继续发挥余热，为年轻一代树立榜样。
我们也将用心用情做好服务保障，让老同志安享晚年。
""",
    ),
    dict(
        slug="hospital-jinsui-children-strabismus-html-booking",
        site="瑀城市儿童医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.ycetyy.example.com/news/notice/2025-06-20/611.html",
        title="暑期儿童斜视弱视专病门诊开诊公告",
        record_title="【门诊公告】暑期儿童斜视弱视专病门诊开诊公告 - 瑀城市儿童医院",
        date="2025-06-20",
        notes="hospital site: decorated title; the department's 咨询电话 kept beside the site's 预约挂号 and 24-hour lines; a clinic-hours table; a sentence telling parents to 扫码/关注 the hospital account kept; floating consult box",
        page="""
<html><head><meta charset="utf-8"><title>【门诊公告】暑期儿童斜视弱视专病门诊开诊公告 - 瑀城市儿童医院</title></head>
<body>
<div class="head"><div class="logo">⟦m 瑀城市儿童医院⟧</div><div class="tel">⟦m 预约挂号：0512-96120　24小时急诊：0512-6702120⟧</div></div>
<div class="nav">⟦m 医院概况　就医指南　科室导航　专家介绍　新闻公告⟧</div>
<div class="crumb">⟦m 首页 > 新闻公告 > 门诊公告⟧</div>
<h1>⟦t 暑期儿童斜视弱视专病门诊开诊公告⟧</h1>
<div class="meta">⟦m 发布日期：2025-06-20　点击：2271⟧</div>
<div class="detail">
{BODY}
</div>
<div class="float">⟦w 在线咨询⟧ ⟦w 微信挂号⟧ ⟦a 返回顶部⟧</div>
<div class="ft"><p>⟦m 地址：瑀城市和平西路88号⟧</p><p>⟦d Copyright © 2025 瑀城市儿童医院 保留所有权利⟧</p><p>⟦m 苏ICP备13041290号⟧</p></div>
<script>var kf=1;</script>
</body></html>
""",
        body="""
为方便学生暑期就诊，我院眼科自7月1日起开设儿童斜视弱视专病门诊，现将有关事项公告如下。
一、门诊安排
日期　时间　地点
周一至周五　8:00—12:00　门诊三楼眼科5诊室
周六　8:00—11:30　门诊三楼眼科5诊室
二、就诊对象：3至16周岁有眼位偏斜、视力低下、歪头视物等情况的儿童。
三、注意事项：初诊需散瞳验光，散瞳后数小时内视物模糊，请家长陪同。
四、家长可扫描医院服务号二维码，关注后在“专病门诊”栏目预约。
眼科咨询电话：0512-67021385
瑀城市儿童医院
2025年6月20日
""",
    ),
    dict(
        slug="university-linye-dawn-redwood-news-text",
        site="琤湖林业职业学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.chlyxy.example.edu.cn/info/1021/8873.htm",
        title="我院师生完成古水杉母树资源调查",
        record_title=None,
        date="2025-05-15",
        notes="college news without a record title: the title on the page; a 时间 byline is the date; photographer and editor lines; prev/next links",
        page="""
!m 琤湖林业职业学院
!m 学院首页　学院概况　院系设置　招生就业　校园新闻
!m 校园新闻
{T}
!m 时间：2025-05-15　作者：园林系　摄影：喻晨　浏览：369
{BODY}
!m 审核：邹明远　编辑：任可
!l 上一条：我院举办第八届职业技能节
!l 下一条：园林系学生获省插花比赛二等奖
!m 版权所有 琤湖林业职业学院　地址：琤湖市学府路9号
""",
        body="""
近日，我院园林系组织师生组成调查组，历时两个月，完成了对琤湖境内古水杉母树资源的调查。
调查组走访三个乡镇、二十一个村，共登记胸径一米以上的古水杉一百零六株，采集叶片样品三百余份。
调查发现，部分古水杉周边农田开垦较多，根系受损，树势有所衰弱。
调查组已将结果报送市林业部门，建议对十二株长势较弱的母树实施复壮保护。
参与调查的学生表示，跟着老师爬山涉水，真正把课堂上的知识用在了实处。
""",
    ),
    dict(
        slug="localforum-chengzhongcun-html-jammer",
        site="珝原论坛 (invented)",
        style="地方论坛",
        genre="公告",
        kind="notice",
        form="html",
        source="http://bbs.xuyuan.example.cn/forum.php?mod=viewthread&tid=480213",
        title="关于西关城中村改造项目征求意见的公告",
        record_title="[民生关注] 关于西关城中村改造项目征求意见的公告 - 珝原论坛",
        date="2025-03-25",
        date_also=["2025-03-26"],
        notes="Discuz-like county forum: jammer fonts in the post; the poster's 发表于 a day after the notice's date (both accepted); office's own phone and mailbox kept; replies and reply box",
        junk=dict(lines=1, glued=2),
        page="""
<html><head><meta charset="gbk"><title>[民生关注] 关于西关城中村改造项目征求意见的公告 - 珝原论坛</title>
<style>.jammer{display:none}</style></head>
<body>
<div id="hd">⟦m 珝原论坛 - 珝原人自己的网上家园⟧</div>
<div id="pt">⟦m 论坛 › 珝原杂谈 › 民生关注⟧</div>
<div id="postlist">
<h1>⟦t [民生关注] 关于西关城中村改造项目征求意见的公告⟧</h1>
<div class="authi">⟦m 西关老街坊 发表于 2025-3-26 10:05⟧ ⟦m 查看: 3092 | 回复: 41⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="sign">⟦m 转自街道公众号，大家有意见赶紧提⟧</div>
<div class="reply"><p>⟦l 2# 楼下小卖部：终于要改了，支持！⟧</p><p>⟦l 3# 阿强：安置房在哪里？有没有图纸？⟧</p></div>
</div>
<div id="fastpost">⟦l 快速回复主题⟧ ⟦a 登录后才能发帖⟧</div>
<div id="ft">⟦m Powered by Discuz! X3.4⟧ ⟦m 珝原论坛 版权所有⟧</div>
</body></html>
""",
        body="""
西关片区广大居民：
西关城中村改造项目已列入今年市级重点民生工程。为充分听取居民意见，现将改造方案要点公告如下。
一、改造范围：东至解放路，西至环城西路，南至运河北岸，北至西关小学，涉及住户六百一十二户。
二、改造方式：以拆除重建为主，同步配建社区服务中心、幼儿园和停车场。
三、安置方式：实行产权调换与货币补偿相结合，由居民自愿选择。
四、意见征集时间：即日起至4月10日。居民可到西关社区居委会填写意见表，也可将意见发送至邮箱xiguangaizao@example.cn。
咨询电话：0537-3261190
珝原市西关街道办事处
2025年3月25日
""",
    ),
    dict(
        slug="download-wuju-tour-plan-old-table-mirrors",
        site="绿源资料下载站 (invented)",
        style="资料下载站",
        genre="方案",
        kind="plan",
        form="html",
        source="http://www.lvyuanzl.example.com/soft/wd/28716.html",
        title="婺剧团2025年“送戏下乡”巡演实施方案",
        record_title="婺剧团2025年“送戏下乡”巡演实施方案.doc下载",
        date="2025-02-18",
        notes="old gb2312 table layout: file-info table, three mirror links, dead-link report, marquee; a 巡演 schedule table and a numbered list kept; the 成文日期 is the date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>婺剧团2025年“送戏下乡”巡演实施方案.doc下载_绿源资料下载站</title></head>
<body bgcolor="#ffffff">
<table width="960" border="0" cellpadding="0" cellspacing="0"><tr><td>⟦m 绿源资料下载站 www.lvyuanzl.example.com⟧</td></tr>
<tr><td><marquee>⟦m 本站资料每日更新，欢迎收藏！⟧</marquee></td></tr></table>
<table width="960"><tr><td>⟦m 当前位置：首页 → 文档资料 → 文化方案⟧</td></tr></table>
<table width="960" border="1" class="info">
<tr><td>⟦t 资料名称：婺剧团2025年“送戏下乡”巡演实施方案.doc⟧</td></tr>
<tr><td>⟦m 资料大小：48 KB⟧</td><td>⟦m 资料语言：简体中文⟧</td></tr>
<tr><td>⟦m 更新时间：2025-03-02⟧</td><td>⟦m 下载次数：本周 12 次⟧</td></tr>
</table>
<table width="960"><tr><td class="intro">⟦m 资料简介：⟧</td></tr><tr><td>
{BODY}
</td></tr></table>
<table width="960" class="dl"><tr><td>⟦a 下载地址一：电信高速下载⟧</td><td>⟦a 下载地址二：联通下载⟧</td><td>⟦a 下载地址三：备用下载⟧</td></tr>
<tr><td>⟦a 下载地址失效？点此报告⟧</td></tr></table>
<table width="960"><tr><td>⟦d 本站所有资料均来源于网络，仅供学习参考⟧</td></tr>
<tr><td>⟦m 联系站长：webmaster@lvyuanzl.example.com⟧</td></tr></table>
</body></html>
""",
        body="""
为丰富农村群众文化生活，推动戏曲艺术普及，根据县委宣传部工作部署，结合我团实际，制定本方案。
一、巡演时间：2025年3月至11月，农忙季节适当调整。
二、巡演场次：全年送戏下乡不少于一百二十场，覆盖全县十四个乡镇。
三、巡演安排：
月份　乡镇　场次
3—4月　玿原、桥头、石塘　30
5—6月　溪口、下庄、新安　30
9—11月　其余八个乡镇　60
四、工作要求
1.每场演出前提前一天与乡镇文化站对接场地和电源。
2.演出结束后及时填报演出登记表，留存影像资料。
3.严格落实交通和舞台搭建安全措施。
玿原县婺剧团
2025年2月18日
""",
    ),
    dict(
        slug="exam-tanjiaoyi-recruitment-written-test",
        site="琯城市人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.gcrsks.example.gov.cn/ksgg/2025/0612/7041.html",
        title="琯城市碳排放权交易服务中心2025年公开招聘工作人员笔试公告",
        record_title="琯城市碳排放权交易服务中心2025年公开招聘工作人员笔试公告",
        record_date="2025-06-12",
        date="2025-06-12",
        notes="record title and date; an exam timetable kept; the centre's 咨询电话 kept beside the site's technical line; sentence telling candidates to 下载并打印准考证 kept",
        page="""
!m 琯城市人事考试网
!m 首页 | 考试公告 | 报名入口 | 成绩查询 | 政策法规
!m 当前位置：首页 > 考试公告
{T}
!m 发布日期：2025-06-12　来源：市人事考试中心
!a 【大】【中】【小】　【打印】
{BODY}
!m 网站技术支持电话：0716-8899120（工作日9:00—17:00）
!l 相关公告：2025年市直事业单位招聘资格复审公告
!m 琯城市人事考试中心　版权所有
""",
        body="""
琯城市碳排放权交易服务中心2025年公开招聘工作人员报名工作已经结束，现将笔试有关事项公告如下。
一、笔试时间和科目
日期　时间　科目
6月28日　9:00—11:00　综合基础知识
6月28日　14:00—16:00　碳市场专业知识
二、准考证打印：考生须于6月24日至27日登录报名系统，下载并打印准考证。
三、考试地点：琯城市第二中学（琯城市东湖路15号）。
四、考生须携带准考证和有效身份证件参加考试，缺一不得入场。
咨询电话：0716-8231506（琯城市碳排放权交易服务中心）
琯城市人事考试中心
2025年6月12日
""",
    ),
    dict(
        slug="tender-haibing-radar-html-lots",
        site="瑞港公共资源交易平台 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://ggzy.ruigang.example.gov.cn/jyxx/zfcg/cggg/20250108/3320.html",
        title="海冰监测雷达站设备采购项目公开招标公告",
        record_title=None,
        date="2025-01-08",
        notes="tender platform: no record title; lots table, purchaser and agency contacts kept beside a CA hotline; 'sign up' button and countdown",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>瑞港公共资源交易平台</title></head>
<body>
<div class="hd">⟦m 瑞港公共资源交易平台⟧ <a>⟦a 用户登录⟧</a> <a>⟦a 注册⟧</a></div>
<div class="nav">⟦m 首页　交易信息　政策法规　办事指南　诚信体系⟧</div>
<div class="pos">⟦m 交易信息 > 政府采购 > 采购公告⟧</div>
<div class="ct">
<h2>⟦t 海冰监测雷达站设备采购项目公开招标公告⟧</h2>
<p class="tm">⟦m 信息时间：2025-01-08　阅读次数：806⟧</p>
<p>⟦a 距投标截止还有：19天⟧ ⟦a 我要报名⟧</p>
{BODY}
</div>
<div class="ca">⟦m CA办理及技术支持：400-1180-360⟧</div>
<div class="ft">⟦m 瑞港市公共资源交易中心 主办⟧ ⟦m 网站标识码：2102000033⟧</div>
<script>countdown();</script>
</body></html>
""",
        body="""
项目概况：海冰监测雷达站设备采购项目的潜在投标人应在瑞港公共资源交易平台获取招标文件，并于2025年1月28日9时30分前递交投标文件。
一、项目基本情况
项目编号：RGZC-2025-0012
预算金额：386万元
采购需求：
包号　名称　数量　最高限价（万元）
1　X波段海冰监测雷达　2套　296
2　数据处理服务器及软件　1批　90
二、申请人的资格要求：具有独立承担民事责任的能力，近三年在经营活动中没有重大违法记录。
三、获取招标文件：2025年1月8日至1月15日，在平台免费下载。
四、联系方式
采购人：瑞港市海洋预报台　联系人：鲍工　电话：0411-3912260
采购代理机构：瑞港诚信招标代理有限公司　联系人：孟女士　电话：0411-3908751
""",
    ),
    dict(
        slug="lawfirm-baoli-factoring-lecture-text",
        site="信衡律师事务所 (invented)",
        style="律所网站",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.xinhenglaw.example.com/insights/2025/factoring-risks.html",
        title="保理业务中应收账款转让的法律风险与防范",
        record_title="法律讲坛丨保理业务中应收账款转让的法律风险与防范",
        date="2025-04-22",
        notes="law-firm insight page: decorated title (法律讲坛丨); a lecture with the date under its title; consult box and disclaimer; decimal headings kept",
        page="""
!m 信衡律师事务所 XINHENG LAW FIRM
!m 首页　律所简介　专业领域　律师团队　信衡观点　联系我们
!m 信衡观点 > 讲座实录
!t 法律讲坛丨保理业务中应收账款转让的法律风险与防范
主讲：信衡律师事务所合伙人　闵泽
（2025年4月22日　瑭川市商业保理行业培训班）
{BODY}
!w 如需法律咨询，请致电 0755-2663 0188 或发送邮件至 consult@xinhenglaw.example.com
!d 本文仅为一般性法律信息交流，不构成对具体事项的法律意见
!l 推荐阅读：融资租赁合同纠纷十问　票据追索权实务
""",
        body="""
各位同仁：
今天和大家交流的是保理业务中应收账款转让的几个常见法律风险。
1.1 基础交易不真实的风险
实践中，有的卖方虚构贸易合同和发票骗取保理融资。保理商应核查合同、发票、货运单据是否相互印证。
1.2 转让通知的风险
应收账款转让未通知债务人的，对债务人不发生效力。建议采用书面通知并取得债务人确认回执。
1.3 重复转让的风险
同一应收账款多次转让的，登记在先者优先。保理商在受让前应查询动产融资统一登记公示系统。
最后提醒各位，风险防范的关键在于尽职调查和全流程留痕。谢谢大家！
""",
    ),
    dict(
        slug="community-feizhougu-class-notice-text",
        site="玫瑰园社区 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.meiguiyuan-sq.example.cn/tz/2025/0903.html",
        title="关于开设社区非洲鼓公益课堂的通知",
        record_title="【社区公告】关于开设社区非洲鼓公益课堂的通知",
        date="2025-09-03",
        notes="residents' site: decorated title; a class schedule; the volunteer teacher's own phone kept beside the community's property hotline; a noise reminder is part of the notice",
        page="""
!m 玫瑰园社区居民之家
!m 社区首页 · 通知公告 · 便民服务 · 邻里活动 · 物业报修
!t 【社区公告】关于开设社区非洲鼓公益课堂的通知
!m 发布人：社区居委会　2025-09-03　阅读 318
{BODY}
!m 物业24小时报修：0731-8867 4400
!l 👍 赞（26）　💬 留言（9）
!l 上一则：关于9月份楼道消防检查的通知
""",
        body="""
各位居民朋友：
为丰富社区文化生活，社区邀请志愿者开设非洲鼓公益课堂，欢迎大家报名参加。
上课安排：
班次　时间　地点
成人班　每周二晚7:30—8:30　社区活动中心二楼
少儿班　每周六上午9:30—10:30　社区活动中心二楼
课堂免费提供鼓具，每班限15人，报满为止。
为避免影响邻居休息，课堂结束后请不要在楼道和小区内继续练习。
报名方式：到社区服务站登记，或联系志愿者老师胡晴，电话13907318842。
玫瑰园社区居民委员会
2025年9月3日
""",
    ),
    dict(
        slug="assoc-shouji-repair-privacy-pledge-html",
        site="璟山市通信终端维修行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="http://www.jsweixiuxh.example.org.cn/xhdt/2025/0315/206.html",
        title="手机维修行业保护用户数据隐私倡议书",
        record_title="[协会倡议] 手机维修行业保护用户数据隐私倡议书",
        date="2025-03-15",
        notes="association site: decorated title; a member-login box and a join-us button; the association's own mailbox in the pledge kept; signature equals the site name (a head label)",
        page="""
<html><head><meta charset="utf-8"><title>[协会倡议] 手机维修行业保护用户数据隐私倡议书</title>
<link href="/css/xh.css" rel="stylesheet"></head>
<body>
<div class="top"><span>⟦m 璟山市通信终端维修行业协会⟧</span><span class="login">⟦a 会员登录⟧ ⟦a 申请入会⟧</span></div>
<div class="menu">⟦m 协会首页 | 协会动态 | 行业自律 | 技能培训 | 会员风采⟧</div>
<div class="wz">⟦m 您的位置：协会首页 » 行业自律⟧</div>
<h1 class="bt">⟦t 手机维修行业保护用户数据隐私倡议书⟧</h1>
<div class="xx">⟦m 作者：协会秘书处　发布：2025-03-15　点击：541⟧</div>
<div class="nr">
{BODY}
</div>
<div class="share">⟦l 分享到：朋友圈　微博　QQ⟧</div>
<div class="links"><b>⟦l 友情链接：⟧</b>⟦l 市消费者权益服务站　市职业技能鉴定中心⟧</div>
<div class="footer">⟦m 协会地址：璟山市科创路3号A座602　电话：0798-5120663⟧<br>⟦d 协会网站内容版权所有，转载请注明出处⟧</div>
</body></html>
""",
        body="""
全市手机维修从业者：
手机里存着用户的照片、通讯录和支付信息，维修过程中一旦泄露，后果严重。为此，我们向全市手机维修经营者倡议：
一、维修前提醒用户备份数据，需要解锁的，在用户在场时操作。
二、不私自查看、复制、传播用户手机中的任何信息。
三、更换下来的存储芯片和主板，经用户同意后当面销毁或交还用户。
四、在店内醒目位置公示维修价格和隐私保护承诺。
欢迎广大用户监督，发现侵犯隐私行为可发送邮件至jsxh_ts@example.org.cn反映。
璟山市通信终端维修行业协会
2025年3月15日
""",
    ),
]

"""holdout185, part C: 党建网, 医院官网, 高校官网, 地方论坛, 资料下载站, 人事考试网. Invented text."""

CASES = [
    dict(
        slug="dangjian-html-bookshelf-branch-speech",
        site="槿原先锋网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.jinyuanxf.gov.cn/djyw/2025/0701/3310.html",
        title="在“红色书架”进支部活动启动仪式上的讲话",
        record_title="【党建引领】在“红色书架”进支部活动启动仪式上的讲话",
        date="2025-06-30",
        date_also=["2025-07-01"],
        notes="Party-building portal with study-points line and QR float; date under speech title differs from byline",
        page="""
<html><head><meta charset="utf-8"><title>【党建引领】在“红色书架”进支部活动启动仪式上的讲话</title></head>
<body><div class="banner">⟦m 槿原先锋网 · 槿原县委组织部主办⟧</div>
<nav>⟦m 首页 党建要闻 支部风采 学习园地 党员服务⟧</nav>
<div class="pos">⟦m 位置：首页 » 党建要闻⟧</div>
<h1>{T}</h1>
<div class="src">⟦m 发布时间：2025-07-01　来源：县委组织部　阅读：2891⟧</div>
<p class="pts">⟦a 阅读本文可获学习积分 1 分⟧</p>
<p>县委组织部副部长　杜映秋</p>
<p>（2025年6月30日）</p>
{BODY}
<div class="qr">⟦a 扫一扫 手机阅读本文⟧</div>
<div class="foot">⟦m 中共槿原县委组织部　地址：槿原县人民路6号⟧ ⟦m 备案号：晋ICP备12003417号⟧</div>
</body></html>
""",
        body="""
同志们：
今天，我们在这里启动“红色书架”进支部活动，为全县126个基层党支部各配送一组书架和一批党史读物。
书架不是摆设。各支部要把书架放在党员活动室显眼位置，每月主题党日安排半小时集中阅读。
组织部将把书架使用情况纳入支部标准化建设考核，年底评选一批“书香支部”。
希望大家读原著、学原文、悟原理，让书架真正成为党员的“加油站”。
""",
    ),
    dict(
        slug="dangjian-text-tablecloth-clean-meeting",
        site="椴口机关党建 (invented)",
        style="党建网",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://dj.duankou.gov.cn/xd/2025/0412/778.html",
        title="一张白桌布上的作风课",
        record_title="【支部风采】一张白桌布上的作风课",
        date="2025-04-12",
        notes="text Party site; byline date; editor glued after last paragraph",
        page="""
!m 椴口机关党建网
!m 首页 >> 支部风采 >> 心得交流
{T}
!m 日期：2025-04-12　作者：县财政局第二党支部 刘敏
{BODY}
!l 上一篇：读书班结业感言
!l 下一篇：“三会一课”记录本填写心得
!m 主办：中共椴口县直机关工委
""",
        body="""
上周支部召开组织生活会，会议室没有摆水果，也没有摆鲜花，只在长桌上铺了一张洗得发白的桌布。
书记说，这张桌布用了五年，补过两次，它提醒我们开会就是开会，不搞排场。
那天大家发言都很实在，批评也不绕弯子。一张朴素的桌布，让我对“过紧日子”有了更具体的理解。⟦m （责任编辑：韩青）⟧
""",
    ),
    dict(
        slug="hospital-html-trivet-burn-warning",
        site="楠溪县人民医院 (invented)",
        style="医院官网",
        genre="科普",
        kind="other",
        form="html",
        source="https://www.nxrmyy.com/jkkp/2025/1120/661.html",
        title="冬季吃火锅，别让砂锅烫伤孩子",
        record_title="【健康科普】冬季吃火锅，别让砂锅烫伤孩子_楠溪县人民医院",
        date="2025-11-20",
        notes="hospital with booking float; department's own phone beside the 24-hour line",
        page="""
<html><head><meta charset="utf-8"><title>【健康科普】冬季吃火锅，别让砂锅烫伤孩子_楠溪县人民医院</title></head>
<body><div class="hd">⟦m 楠溪县人民医院 二级甲等综合医院⟧ ⟦m 24小时急救：0578-7120120⟧</div>
<nav>⟦m 医院概况 就医指南 科室导航 健康科普 招聘信息⟧</nav>
<h1>{T}</h1>
<div class="meta">⟦m 发布日期：2025-11-20　烧伤整形科　浏览 507⟧</div>
{BODY}
<div class="float">⟦a 在线预约挂号⟧ ⟦a 报告查询⟧</div>
<div class="foot">⟦d 科普内容仅供参考，不能代替面诊⟧ ⟦m 浙ICP备09012345号-3⟧</div>
</body></html>
""",
        body="""
入冬以来，烧伤整形科已接诊因砂锅、火锅烫伤的儿童11例，多数是锅直接放在桌布上，孩子一拉桌布就把热锅扯了下来。
建议家长：热锅下面放厚实的隔热垫，桌布不要垂到桌边以下；孩子吃饭时坐在远离锅的一侧。
一旦烫伤，立即用流动冷水冲洗15到20分钟，不要涂牙膏、酱油。
烧伤整形科咨询电话：0578-7120356（工作日8:00—17:00）。
""",
    ),
    dict(
        slug="hospital-text-stamppad-records-rule",
        site="榆岭中医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.ylzyy.cn/yygg/2025/0908.html",
        title="关于病案复印盖章启用新式印台的通知",
        record_title="【医院公告】关于病案复印盖章启用新式印台的通知",
        date="2025-09-05",
        date_also=["2025-09-08"],
        notes="hospital text; own contact; document date under signature differs from page date",
        page="""
!m 榆岭县中医院 · 大医精诚
!m 首页 > 医院公告
{T}
!m 发布：病案室　2025-09-08　浏览 233
!a 【打印】【关闭】
{BODY}
!m 预约挂号：0912-3381000　　门诊时间 8:00-17:30
!d Copyright © 榆岭县中医院 版权所有
""",
        body="""
各位患者及家属：
为提高病案复印效率，病案室自9月10日起启用回墨式印台，复印件加盖“与原件核对无误”章后可即时取走，无需等待印油晾干。
患者办理复印时请携带本人身份证，代办的另需委托书。
病案室咨询电话：0912-3381217。
榆岭县中医院病案室
2025年9月5日
""",
    ),
    dict(
        slug="university-html-paperweight-alumni-gift",
        site="笺溪师范学院新闻网 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.jxnu-edu.cn/info/1021/48810.htm",
        title="毕业三十年 校友赠母校百方镇纸",
        record_title=None,
        date="2025-10-12",
        notes="university news h1 with missing record title; photo caption; editor lines glued",
        page="""
<html><head><meta charset="utf-8"><title>笺溪师范学院新闻网</title></head>
<body><div class="hd">⟦m 笺溪师范学院新闻网⟧ ⟦m 学院主页 | 信息门户 | 图书馆⟧</div>
<div class="nav">⟦m 首页 > 校园新闻 > 正文⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 发布时间：2025-10-12　作者：宣传部 苗苗　点击：⟧⟦m 1376⟧</div>
{BODY}
<div class="share">⟦l 分享到：微信 微博⟧</div>
<div class="ft">⟦m 版权所有 © 笺溪师范学院　地址：笺溪市师苑路3号⟧</div>
</body></html>
""",
        body="""
10月11日，我校中文系1995届校友返校，向学校赠送了由校友亲手刻制的镇纸100方。
每方镇纸上都刻着一句校训或校歌歌词，将陈列在图书馆古籍阅览室，供读者临帖习字时使用。
⟦m 图为校友代表向图书馆赠送镇纸。⟧
副校长陆文澜代表学校接受捐赠并颁发证书。⟦m 审核：宋佳⟧
""",
    ),
    dict(
        slug="university-text-gluestick-library-repair",
        site="楸阳职业技术学院图书馆 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://lib.qyvtc.edu.cn/tz/2025/05.html",
        title="关于招募图书修复志愿者的通知",
        record_title="关于招募图书修复志愿者的通知-图书馆",
        date="2025-05-06",
        notes="university library text page; mailbox in body; QR sentence kept",
        page="""
!m 楸阳职院图书馆 | Library
!m 首页 » 通知公告
{T}
!m 2025-05-06　阅读(412)
{BODY}
!l 相关链接：馆藏检索　读者服务　数字资源
!m 图书馆总服务台：0375-7703566
""",
        body="""
全体同学：
图书馆现有破损图书约800册，需进行书脊粘补和书页修复，现招募志愿者20名。
修复使用无酸胶棒和修书胶带，馆员将提前开展半天培训。
有意者请扫码填写报名表，或发送邮件至xiushu@qyvtc.edu.cn，截止日期5月15日。
图书馆
2025年5月6日
""",
    ),
    dict(
        slug="localforum-html-bookshelf-flea-sale",
        site="杪城论坛 (invented)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="http://bbs.miaocheng.net/thread-22018-1-1.html",
        title="搬家出闲置实木书架两个，自提",
        record_title="搬家出闲置实木书架两个，自提 - 二手闲置 - 杪城论坛",
        date=None,
        notes="county forum with weather widget and jammer fonts; phone in body is the poster's own; relative time",
        page="""
<html><head><meta charset="utf-8"><title>搬家出闲置实木书架两个，自提 - 二手闲置 - 杪城论坛</title></head>
<body><div class="top">⟦m 杪城论坛 · 杪城人自己的网上家园⟧ ⟦m 今日杪城：多云 12~19℃⟧</div>
<div class="crumb">⟦m 论坛首页 › 二手闲置⟧</div>
<h1>{T}</h1>
<div class="pi">⟦m 楼主 老杨在杪城　发表于 前天 19:40　查看 588⟧</div>
{BODY}
<div class="rp">⟦l 2楼 木木：还在吗？明天下午去看⟧</div>
<div class="ft">⟦a 快速回复⟧ ⟦d 交易有风险，请当面验货⟧ ⟦m 杪城论坛 站长QQ：3100221⟧</div>
</body></html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=1),
        body="""
月底搬家，新房装了整墙书柜，这两个书架用不上了。
都是榆木的，高一米八，宽九十，五层，用了三年，没有掉漆。
两个一起一百五，单个八十，需要自己带车来拉，地址在城北新村。
有意的打我电话13907451233，晚上七点后方便接。
""",
    ),
    dict(
        slug="localforum-text-tablecloth-stall-complaint",
        site="桤川在线 (invented)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="http://www.qichuanol.com/bbs/t/83302",
        title="夜市摊的塑料桌布能不能换换？",
        record_title="夜市摊的塑料桌布能不能换换？ - 民生杂谈 - 桤川在线",
        date=None,
        notes="text county forum; moderator reply as chrome; relative time",
        page="""
!m 桤川在线 › 民生杂谈
{T}
!m 作者：川上风　2 小时前　回复 9　查看 702
{BODY}
!l 版主回复：已转交城管部门，请关注后续。
!a 回复　点评　收藏　举报
!m 桤川在线 qichuanol.com 桤ICP备00077号
""",
        body="""
昨晚在河堤夜市吃烧烤，桌上铺的一次性塑料布被风一吹，飘得满河堤都是。
摊主说换布麻烦，一桌客人走了直接扯掉扔。
建议夜市统一用能擦洗的台布，或者干脆不铺，桌面天天清洗就行。
有没有同感的？
""",
    ),
    dict(
        slug="download-html-trivet-supplier-plan",
        site="锦绣资料站 (invented)",
        style="资料下载站",
        genre="方案",
        kind="plan",
        form="html",
        source="http://www.jxziliao.com/soft/38821.html",
        title="硅胶隔热垫车间质量提升工作方案",
        record_title="硅胶隔热垫车间质量提升工作方案.doc下载_锦绣资料站",
        date="2025-02-28",
        notes="old ASP download station: file-info table, three download links, error report",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>硅胶隔热垫车间质量提升工作方案.doc下载_锦绣资料站</title></head>
<body><table width="980" align="center"><tr><td>⟦m 锦绣资料站 — 资料免费下⟧</td><td align="right">⟦a 设为首页⟧ ⟦a 加入收藏⟧</td></tr></table>
<table width="980" align="center" border="1"><tr><td>⟦m 资料名称：硅胶隔热垫车间质量提升工作方案.doc⟧</td></tr>
<tr><td>⟦m 资料大小：36 KB　资料语言：简体中文　授权方式：免费⟧</td></tr>
<tr><td>⟦m 更新时间：2025-03-11　下载次数：208⟧</td></tr></table>
<h3>{T}</h3>
{BODY}
<table width="980" align="center"><tr><td>⟦a 电信下载一⟧ ⟦a 联通下载二⟧ ⟦a 备用下载三⟧</td></tr>
<tr><td>⟦a 下载出错？点此报告⟧</td></tr></table>
<p align="center">⟦d 本站资料来自网络，仅供学习研究，请于下载后24小时内删除。⟧</p>
</body></html>
""",
        body="""
为降低隔热垫产品的气泡、缺料不良率，制定本方案。
一、目标。上半年将成品不良率由3.2%降至1.5%以下。
二、措施。模具每班清洁一次；硫化温度按工艺卡控制在170℃至180℃；每批抽取20片做耐温测试。
三、考核。不良率连续两周达标的班组，给予每人200元奖励。
柘湖硅胶制品有限公司生产部
2025年2月28日
""",
    ),
    dict(
        slug="download-text-paperweight-course-plan",
        site="学海资源网 (invented)",
        style="资料下载站",
        genre="教案",
        kind="other",
        form="text",
        source="http://www.xuehaizy.net/jiaoan/meishu/2291.html",
        title="《小小镇纸》美术课教学设计",
        record_title="《小小镇纸》美术课教学设计 免费下载",
        date=None,
        notes="text download station; lesson plan; no date; placeholders kept",
        page="""
!m 学海资源网 - 教案课件一站下
!m 资源分类：小学美术 / 四年级　文件格式：docx　大小：22KB
{T}
{BODY}
!a ↓↓ 点击下方按钮免费下载完整教案 ↓↓
!a 【本地下载】【网盘下载】
!d 资源均来自网友上传，如有侵权请联系站长删除
""",
        body="""
教学目标：了解镇纸的用途和历史，学会用黏土制作一方简单镇纸。
教学准备：超轻黏土、鹅卵石、颜料、刻刀；教师准备实物镇纸××方。
教学过程：
1.导入：出示书法作品和镇纸，提问“镇纸是做什么用的”。
2.示范：用黏土包裹鹅卵石，压成长条，刻上自己名字的一个字。
3.展示：学生互评，选出最实用、最美观的作品。
""",
    ),
    dict(
        slug="exam-html-gluestick-interview-notice",
        site="桦城市人事考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.hcrsks.cn/ksxx/2025/0611/2231.html",
        title="2025年桦城市事业单位公开招聘面试有关事项的通知",
        record_title="【考务公告】2025年桦城市事业单位公开招聘面试有关事项的通知",
        date="2025-06-11",
        notes="personnel-exam site with maintenance banner; own contact next to technical line; 打印 准考证 sentence",
        page="""
<html><head><meta charset="utf-8"><title>【考务公告】2025年桦城市事业单位公开招聘面试有关事项的通知</title></head>
<body><div class="alert">⟦m 系统将于6月15日凌晨进行维护，届时暂停服务⟧</div>
<div class="hd">⟦m 桦城市人事考试网⟧ ⟦m 考试报名 | 成绩查询 | 证书领取⟧</div>
<h1>{T}</h1>
<div class="date">⟦m 发布日期：2025-06-11⟧</div>
{BODY}
<div class="ft">⟦m 网站技术支持：0452-6110890⟧ ⟦d 本网站为桦城市人事考试中心唯一官方网站⟧</div>
</body></html>
""",
        body="""
各位考生：
2025年桦城市事业单位公开招聘面试定于6月21日举行，现将有关事项通知如下。
一、请考生于6月18日至20日登录本网站下载打印面试通知书。
二、结构化面试考场禁止携带任何物品入场；美术类岗位专业测试考生须自带铅笔、橡皮、胶棒和剪刀。
三、面试日程
日期　时段　岗位类别
6月21日　上午　综合管理类
6月21日　下午　教育类（含美术）
咨询电话：0452-6110775（工作日）。
""",
    ),
    dict(
        slug="exam-text-stamppad-clerk-exam-rules",
        site="椿湾人才考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.chwrc.cn/kw/2025/1009.html",
        title="关于乡镇文书岗位实操考试考场规则的公告",
        record_title="关于乡镇文书岗位实操考试考场规则的公告_椿湾人才考试网",
        date="2025-10-09",
        notes="text exam site; 公告 date; decimal headings",
        page="""
!m 椿湾人才考试网
!m 当前位置：首页 > 考试公告
{T}
!m 发布时间：2025-10-09 09:00　来源：考试中心
!a [打印] [收藏] [关闭]
{BODY}
!l 相关公告：乡镇文书岗位资格复审名单
!m 主办：椿湾县人才服务中心　咨询热线：0733-5128800
""",
        body="""
1.1 实操考试内容为公文排版、用印登记和档案装订，考试时间60分钟。
1.2 考场统一提供印台、印章模型和登记簿，考生不得自带印油。
2.1 考生须在开考前20分钟入场，迟到15分钟以上者不得入场。
2.2 考试结束后，考生应将印台盖好放回原处，经监考员清点后离场。
椿湾县人才服务中心
2025年10月9日
""",
    ),
]

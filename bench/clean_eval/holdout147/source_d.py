"""holdout147, part D: harbour tugboat (拖轮) companies and crews; invented text throughout."""

CASES = [
    dict(
        slug="fanwen-html-tug-crew-summary-marquee",
        site="海文范文网 (invented)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://www.haiwenfw.example.com/zongjie/2025/12/30418.asp",
        title="拖轮船员2025年度个人工作总结",
        record_title="拖轮船员2025年度个人工作总结（精选范本）_海文范文网",
        date="2025-12-20",
        notes="old ASP table layout: marquee, 阅读字号 row, hot list, visitor counter with webmaster QQ; the writer's own date under the signature",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>拖轮船员2025年度个人工作总结（精选范本）_海文范文网</title></head>
<body>
<table width="960"><tr><td>⟦m 海文范文网⟧</td><td><marquee>⟦l 最新：2026年元旦致辞范文大全已更新！⟧</marquee></td></tr></table>
<table width="960"><tr><td valign="top">
<div align="center"><font size="4">⟦t 拖轮船员2025年度个人工作总结（精选范本）⟧</font></div>
<div align="center">⟦m 日期：2025-12-27　栏目：个人总结⟧ ⟦a 【阅读字号：加大 标准 缩小】⟧</div>
{BODY}
</td><td width="220" valign="top"><div>⟦l 本周热门⟧</div><div>⟦l 船员述职报告⟧</div><div>⟦l 港口安全生产总结⟧</div></td></tr></table>
<table width="960"><tr><td align="center">⟦m 站长QQ：30941187⟧ ⟦m 访问量：9120447⟧</td></tr></table>
</body></html>
""",
        body="""
2025年，我在“港拖12”轮担任二副，在船长和轮机长的带领下，较好地完成了各项工作任务。
一、安全生产方面。全年参与靠离泊作业一千一百余艘次，没有发生任何责任事故。
二、业务学习方面。参加了公司组织的拖轮驾驶模拟器培训，并通过了适任考试。
三、存在不足。在恶劣天气下的操船经验还不够，今后要多向老船员请教。
新的一年，我将继续努力，做一名合格的拖轮船员。
总结人：钱海涛
2025年12月20日
""",
    ),
    dict(
        slug="wenku-haixun-tug-emergency-plan-markers",
        site="海讯文库 (invented)",
        style="文库预览",
        genre="预案",
        kind="plan",
        form="text",
        source="https://www.haixunwk.example.com/p-88120733.html",
        title="拖轮公司防台风应急预案",
        record_title="拖轮公司防台风应急预案（2025最新版）",
        date=None,
        notes="文库 preview hard-wrapped at 58 columns and cut by ▸n◂ markers between lines; pay prompt; no date",
        wrap=58,
        pages=dict(fmt="▸{n}◂", every=140, start=2, glue=False),
        page="""
!m 海讯文库 › 行业资料 › 交通运输
!t 拖轮公司防台风应急预案（2025最新版）
!m 共4页　贡献于2025　阅读 311
{BODY}
!a 试读结束，剩余3页需付费（2.9元）阅读
!l 相关文档：船舶防台操作指南　港口防汛预案
""",
        body="""
1 总则
为做好台风防御工作，最大限度减少台风对拖轮船舶和人员造成的损失，制定本预案。
2 预警响应
接到台风蓝色预警后，各拖轮加强值班，检查系泊设备；接到黄色预警后，停止非紧急作业，做好避风准备；接到橙色及以上预警后，拖轮按指定锚地避风，船员全部在船值守。
3 应急处置
拖轮发生走锚、断缆等险情时，船长应立即报告公司应急指挥部，并采取抛双锚、动车顶风等措施。
4 附则
本预案由公司安全管理部负责解释。
""",
    ),
    dict(
        slug="news-gangcheng-tug-rescue-text",
        site="港城晚报网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.gangcheng-wb.example.cn/shehui/2025-08/03/c_118802.htm",
        title="拖轮夜驰十海里救起遇险渔船",
        record_title="拖轮夜驰十海里救起遇险渔船_社会_港城晚报网",
        date="2025-08-03",
        notes="news page: title repeated glued to the lead (chrome head), time line, photo caption between paragraphs, editor line",
        page="""
!m 港城晚报网 | 社会
{T}
!m 2025-08-03 07:15　港城晚报　记者 邓潮
{BODY}
!m 【编辑：柯晓】
!l 相关新闻
!l 渔港开海首日百余艘渔船出港
""",
        body="""
8月1日晚，一艘渔船在港城东南海域主机故障，随涌浪漂向礁石区，船上五名渔民情况危急。
接到海上搜救中心指令后，港城拖轮公司“港拖7”轮立即出动，夜驰十海里赶到现场。
⟦m 图为“港拖7”轮拖带遇险渔船返港。通讯员 供图⟧
经过一个多小时的努力，拖轮成功将渔船拖离危险区域，于次日凌晨安全拖带回港，五名渔民全部平安。
""",
    ),
    dict(
        slug="forum-chuanyou-tug-cable-safety-html",
        site="船友社区 (invented)",
        style="论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="https://www.chuanyou.example.com/t/552017",
        title="带缆作业的几条血泪教训",
        record_title="带缆作业的几条血泪教训 - 拖轮专区 - 船友社区",
        date=None,
        notes="forum in HTML with jammer fonts and floor meta; relative time 2小时前 is no date",
        junk=dict(lines=1, glued=1),
        page="""
<html><head><meta charset="utf-8"><title>带缆作业的几条血泪教训 - 拖轮专区 - 船友社区</title></head>
<body>
<div class="nav">⟦m 船友社区 » 拖轮专区⟧</div>
<h1>{T}</h1>
<div class="author">⟦m 老水手阿强　2小时前　楼主⟧</div>
<div class="post">
{BODY}
</div>
<div class="ops">⟦l 赞 128　踩 2　回复 47⟧</div>
<div class="reply">⟦a 登录后参与讨论⟧</div>
</body></html>
""",
        body="""
跑拖轮二十多年，见过几起带缆伤人的事，写几条给年轻水手提个醒。
一、永远别站在缆绳的回弹区里，缆绳断了抽过来，人根本躲不开。
二、带缆前先跟驾驶台确认好，没有指令不要松缆，也不要擅自收缆。
三、手套磨破了就换，别图省事，钢丝缆的毛刺能把手划得稀烂。
安全这事，没有侥幸，大家都平平安安回家。
""",
    ),
    dict(
        slug="blog-luoxi-tug-captain-diary",
        site="螺溪船长手记 (invented)",
        style="博客",
        genre="随笔",
        kind="other",
        form="text",
        source="https://luoxichuanzhang.example.blog.cn/2025/10/22/last-shift/",
        title="退休前的最后一个班",
        record_title="退休前的最后一个班 | 螺溪船长手记",
        date="2025-10-22",
        notes="personal blog: post-time line (page date), glued like-and-share prompt after the last sentence, archive and tags",
        page="""
!m 螺溪船长手记
!m 首页 · 航海往事 · 港口人物 · 关于
!t 退休前的最后一个班 | 螺溪船长手记
!m 发布于 2025年10月22日　阅读 871　评论 23
{BODY}
!l 标签：拖轮　退休　港口记忆
!l 文章归档：2025年10月（3）　2025年9月（5）
""",
        body="""
今天是我在“港拖3”轮上的最后一个班。
早上六点，照例先到机舱转了一圈，老伙计们把主机擦得锃亮，像是给我送行。
上午靠了两条大船，一条集装箱船，一条散货船，都顺顺当当。
下班的时候，年轻的大副接过对讲机，我忽然有点舍不得。三十三年，从水手干到船长，这条船和这片港湾，就是我半辈子的家。⟦l 觉得写得好，点个赞再走吧⟧
""",
    ),
    dict(
        slug="wechat-gangtuo-tug-open-day-html",
        site="港拖之声（镜像） (invented)",
        style="公众号镜像",
        genre="通知",
        kind="notice",
        form="html",
        source="https://wx.mirrorhub.example.net/a/gangtuo/20250515",
        title="“走近拖轮”港口开放日活动报名开始啦",
        record_title="“走近拖轮”港口开放日活动报名开始啦",
        date="2025-05-15",
        notes="WeChat mirror with account line, follow prompt, a 长按识别二维码 line between paragraphs, 在看 row; a sentence asking readers to 扫码/转发 kept",
        page="""
<html><head><meta charset="utf-8"><title>“走近拖轮”港口开放日活动报名开始啦</title></head>
<body>
<h1>{T}</h1>
<p class="meta">⟦m 港拖之声　2025-05-15 12:00 发表于浙江⟧</p>
<p>⟦a 关注“港拖之声”，了解港口拖轮新鲜事⟧</p>
<section>
{BODY}
</section>
<p>⟦l 分享 · 收藏 · 在看 · 赞⟧</p>
<p>⟦d 本文转载自公众号“港拖之声”，镜像页面仅供阅读⟧</p>
</body></html>
""",
        body="""
5月25日是我们公司的港口开放日，这次我们邀请市民朋友登上拖轮，近距离了解拖轮是怎样帮助万吨巨轮靠离码头的。
活动时间：5月25日上午9:00至11:30。
集合地点：港城客运码头二号门。
名额：每场二十人，共三场，年满八周岁的儿童须由家长陪同。
⟦a 长按识别下方二维码进入报名页⟧
报名请扫描文末二维码填写信息，名额有限，报完即止。也欢迎大家转发给身边喜欢船的朋友。
""",
    ),
    dict(
        slug="docshare-tug-maintenance-checklist-slash-markers",
        site="易享文档 (invented)",
        style="文档分享",
        genre="制度",
        kind="other",
        form="text",
        source="https://www.yixiangdoc.example.com/doc/6612094.html",
        title="拖轮主机日常维护保养规程",
        record_title="拖轮主机日常维护保养规程.wps",
        date="2025-01-15",
        notes="file-name title; glued page markers ⌜n/3⌟ mixed; a numbered list; 印发 line kept; 成文日期 in the 印发 line only",
        pages=dict(fmt="⌜{n}/3⌟", every=100, start=2, glue="mix"),
        page="""
!m 易享文档 首页 > 交通运输 > 船舶
!t 拖轮主机日常维护保养规程.wps
!a 免费下载　|　在线编辑　|　举报
{BODY}
!d 易享文档所有资料均为用户上传，如有侵权请联系客服删除。
!w 客服邮箱：help@yixiangdoc.example.com
""",
        body="""
第一条　为保证拖轮主机处于良好技术状态，特制定本规程。
第二条　每班开航前，值班轮机员应检查主机滑油、冷却水液位和燃油日用柜油位，并做好记录。
第三条　主机运行中每小时巡检一次，重点检查排温、滑油压力、冷却水温度和异常声响。
第四条　主机每运行二百五十小时更换滑油滤器，每运行五百小时清洗空冷器。
第五条　本规程自印发之日起执行。
港城拖轮有限公司机务部　2025年1月15日印发
""",
    ),
    dict(
        slug="edu-haigang-vocational-tug-internship",
        site="海港职业技术学校 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.hgzx.example.edu.cn/jwc/tz/2025/0902/175.html",
        title="关于2023级轮机专业学生赴拖轮公司顶岗实习的通知",
        record_title="【教务通知】关于2023级轮机专业学生赴拖轮公司顶岗实习的通知",
        date="2025-09-02",
        notes="school site: 教务处 column breadcrumb, the school's own contact line and e-mail kept; placement table",
        page="""
!m 海港职业技术学校　教务处
!m 首页 >> 通知公告 >> 教务通知
!t 【教务通知】关于2023级轮机专业学生赴拖轮公司顶岗实习的通知
!m 发布者：教务处　时间：2025-09-02　浏览：215次
{BODY}
!a 打印　|　收藏　|　返回列表
!m 校址：港城市海滨大道1号　技术支持：港城网络
""",
        body="""
各相关班级：
经学校与港城拖轮有限公司协商，2023级轮机专业学生于9月15日起赴该公司顶岗实习，为期六个月。
班级　人数　带队教师
轮机2301班　18　蒋立
轮机2302班　16　包文宇
实习期间学生须遵守船舶安全管理规定，按时提交实习周记。
联系人：教务处 郭老师，电话：0574-8661 2033，邮箱：hgzx_jwc@example.cn。
教务处
2025年9月2日
""",
    ),
    dict(
        slug="oa-gangtuo-fuel-saving-report-html",
        site="港城拖轮有限公司OA (invented)",
        style="企业内网",
        genre="报告",
        kind="report",
        form="html",
        source="http://oa.gangtuo.example.local/gw/view.aspx?id=25-0417",
        title="关于拖轮节能降耗工作情况的报告",
        record_title="关于拖轮节能降耗工作情况的报告",
        date="2025-04-17",
        notes="intranet document view: 流转记录, read receipts, download-attachment button; a data table; 抄送 line kept",
        page="""
<html><head><meta charset="utf-8"><title>公文查看 - 港城拖轮OA</title></head>
<body>
<div class="sys">⟦m 港城拖轮有限公司 协同办公系统⟧ ⟦a 退出登录⟧</div>
<div class="tabs">⟦m 待办(3)　已办　公文查阅　通讯录⟧</div>
<h2>{T}</h2>
<div class="info">⟦m 拟稿：机务部 孔岩　签发：副总经理 苗青　阅读人数：54⟧</div>
{BODY}
<div class="flow">⟦m 流转记录：机务部拟稿 → 办公室核稿 → 副总经理签发（2025-04-17 15:40）⟧</div>
<div class="btn">⟦a 下载正文⟧ ⟦a 打印⟧</div>
</body></html>
""",
        body="""
公司领导：
一季度，机务部组织各拖轮开展节能降耗工作，取得一定成效，现报告如下。
指标　2024年一季度　2025年一季度　变化
燃油消耗（吨）　1862　1711　-8.1%
作业艘次　2904　3018　+3.9%
主要措施是优化拖轮调度，减少空驶；推行经济航速；加强主机维护保养。
二季度将继续推进岸电使用，争取燃油消耗再降百分之三。
机务部
2025年4月17日
抄送：财务部、安全管理部
""",
    ),
    dict(
        slug="qa-chuanwen-tug-horsepower",
        site="船问 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.chuanwen.example.com/question/30821",
        title="港口拖轮一般多大马力？",
        record_title=None,
        date=None,
        notes="Q&A with no record title; the question as the title; answer votes; relative time; a disclaimer",
        page="""
!m 船问 · 航海人的问答社区
{T}
!m 3 个回答　被浏览 4,820 次
!m 轮机长老吴　5天前
{BODY}
!l 赞同 211　｜　添加评论　｜　分享
!l 查看全部 3 个回答
""",
        body="""
这个要看港口大小和靠泊船舶的吨位。
一般中小港口常用的拖轮功率在两千六百到三千二百千瓦之间，也就是三千五百到四千三百马力左右。
大型集装箱码头和油码头用的全回转拖轮，功率多在四千千瓦以上，最大的超过六千千瓦。
另外，拖轮的能力更常用系柱拉力来衡量，五千马力左右的拖轮系柱拉力一般在六十吨上下。
""",
    ),
]

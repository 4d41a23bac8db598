"""holdout188, part A: 范文 sites, 文库 previews, government portals, news portals, forums. Invented text."""

CASES = [
    dict(
        slug="fanwen-bizhai-speech-staffing-office",
        site="笔斋范文 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.bizhaifw.cn/jh/jigou/2024/0719-3381.html",
        title="在全县机构编制工作会议上的讲话",
        record_title="在全县机构编制工作会议上的讲话（可编辑3篇）_笔斋范文",
        date="2024-07-16",
        notes="date under the speech title; speaker line neutral; writing prompt glued after a sentence",
        page="""
!m 笔斋范文·让公文不再难写
!m 位置：笔斋 / 讲话稿大全 / 机关讲话
!t 在全县机构编制工作会议上的讲话（可编辑3篇）
!a ▶ 复制此篇　▶ 存为docx　▶ 放进我的素材夹
{T}
县委常委、组织部部长　柳青禾
（2024年7月16日）
{BODY}
!a 剩下两篇请升级笔斋年卡后阅读
!l 同栏热读：乡镇机构改革动员会讲话｜事业单位分类改革汇报｜编制核查整改报告
!d 笔斋所载范文均为会员投稿，仅作写作参考，引用请自行核实。
!m 笔斋范文 bizhaifw.cn　湘ICP备21093317号
""",
        indent="\u3000\u3000",
        body="""
同志们：
这次会议的任务，是总结上半年全县机构编制工作，部署下半年重点任务。⟦w 笔斋代笔：讲话稿48小时交付，扣扣 3390127⟧刚才，县委编办通报了编制核查情况，我完全同意。
一、严守编制红线。全县行政编制总量不突破，事业编制只减不增，各单位不得擅自设立内设机构、不得超职数配备领导干部。
二、盘活存量资源。对长期空编的事业单位，县委编办要会同主管部门提出收回或调整意见，优先保障基层教育、卫生和应急一线。
三、强化监督检查。把机构编制执行情况纳入巡察和审计内容，发现问题的，一律通报并限期整改。
同志们，机构编制资源是重要的执政资源，希望大家用好每一个编制，管好每一个岗位。
""",
    ),
    dict(
        slug="fanwen-yunmo-html-summary-womens-federation",
        site="云墨文苑 (invented)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://www.yunmowy.com/zj/qunTuan/8841.html",
        title="榆坪县妇联2023年度工作总结",
        record_title=None,
        date="2024-01-05",
        notes="old table layout, title missing from the record; 成文日期 under the signature; a table kept",
        page="""
<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>榆坪县妇联2023年度工作总结-群团工作总结-云墨文苑</title>
<script src="/js/tongji.js"></script><style>td{font-size:12px}</style></head>
<body>
<table width="960" align="center"><tr><td>⟦m 云墨文苑 — 好文章，慢慢写⟧</td><td align="right">⟦a 设为首页⟧ | ⟦a 加入收藏⟧</td></tr></table>
<table width="960" align="center"><tr><td>⟦m 首页 ＞＞ 工作总结 ＞＞ 群团工作总结⟧</td></tr></table>
<table width="960" align="center"><tr><td width="700" valign="top">
<h1>{T}</h1>
<div class="info">⟦m 来自：投稿 作者：荞麦花 人气：1208 更新：2024-02-11⟧</div>
<div class="fontsize">⟦a 【字体：特大 大 中 小】⟧</div>
<div id="content">
{BODY}
</div>
<div class="pn">⟦l 前一篇：县团委青年志愿服务工作总结⟧<br>⟦l 后一篇：街道妇联执委履职情况总结⟧</div>
</td><td width="240" valign="top">
<div class="side">⟦l 本类推荐 · 妇女儿童工作计划 · 三八节活动总结 · 巾帼建功汇报⟧</div>
<div class="ad">⟦w 材料不会写？找云墨 包满意 电话13907416620⟧</div>
</td></tr></table>
<table width="960" align="center"><tr><td align="center">⟦d 本站文章由网友提供，如涉及版权请联系删除⟧<br>⟦m 云墨文苑 yunmowy.com 版权所有 渝ICP备19006521号⟧</td></tr></table>
<script>var _hm=_hm||[];</script>
</body></html>
""",
        body="""
2023年，县妇联围绕县委中心工作，团结引领全县妇女建功新时代，各项工作取得新进展。
一、思想引领有温度。组织“巾帼宣讲”进村入户86场，覆盖妇女群众1.1万人次。
二、发展服务有力度。举办巾帼创业培训班5期，扶持女性创办合作社23家。
项目　2022年　2023年
巾帼创业培训（人次）　310　462
“最美家庭”评选（户）　40　58
三、维权关爱有深度。接待来访来电194件，调处婚姻家庭纠纷71起，为困难妇女发放救助金12.6万元。
2024年，县妇联将继续深化家庭家教家风建设，推动妇女儿童事业高质量发展。
榆坪县妇女联合会
2024年1月5日
""",
    ),
    dict(
        slug="wenku-shuxiang-plan-morels-markers",
        site="书香文库 (invented)",
        style="文库预览",
        genre="工作方案",
        kind="plan",
        form="text",
        source="https://wenku.shuxiang365.com/view/7f31ac0e9b.html",
        title="桦原镇羊肚菌产业发展实施方案",
        record_title="桦原镇羊肚菌产业发展实施方案.docx",
        date="2024-09-02",
        notes="file-name title; page markers ⸢n⸣ cutting sentences; preview-end prompt",
        page="""
!m 书香文库 > 农业农村 > 产业方案
!t 桦原镇羊肚菌产业发展实施方案.docx
!m 页数：4　大小：38KB　上传于 2024-11-30　下载积分：3
!a 全文阅读已结束，余下内容请用文库币兑换
{T}
{BODY}
!a 兑换本文　|　加入文辑　|　举报
!d 本文档由用户自行上传，书香文库仅提供存储空间，不对内容负责。
""",
        indent="\u3000\u3000",
        pages=dict(fmt="⸢{n}⸣", every=110, start=2, glue=False),
        body="""
为发挥我镇林下资源优势，做大做强羊肚菌特色产业，带动群众增收，结合我镇实际，制定本方案。
一、发展目标
到2026年，全镇羊肚菌种植面积达到1500亩，建成标准化示范基地3个，培育种植大户50户，年产值突破6000万元。
二、重点任务
（一）统一供种。由镇农业服务中心牵头，与县菌种场签订供种协议，杜绝劣质菌种流入。
（二）技术指导。每个种植村配备一名技术员，在播种、覆土、出菇三个关键节点开展现场培训。
（三）品牌营销。注册“桦原羊肚菌”集体商标，组织合作社对接商超和电商平台。
三、保障措施
镇财政每年安排扶持资金80万元，对新建大棚每亩补助1000元。各村要明确专人负责，每季度向镇党委报送工作进展。
桦原镇人民政府
2024年9月2日
""",
    ),
    dict(
        slug="wenku-mizhi-html-report-ramie-survey",
        site="米纸文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.mizhiwk.com/doc/55410927.html",
        title="关于柘水县苎麻产业发展情况的调研报告",
        record_title="关于柘水县苎麻产业发展情况的调研报告 - 米纸文库",
        date=None,
        notes="modern reader template; page markers as paragraphs; upload stamp is no date",
        page="""
<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>关于柘水县苎麻产业发展情况的调研报告 - 米纸文库</title>
<link rel="stylesheet" href="/static/reader.css"><script>window.__DOC__={id:55410927,pages:6};</script></head>
<body>
<header class="top"><a class="logo">⟦m 米纸文库⟧</a><nav>⟦l 热门文档 专题合集 文库会员 上传赚钱⟧</nav><span>⟦a 登录 / 注册⟧</span></header>
<div class="crumb">⟦m 米纸文库 › 行业资料 › 农林牧渔 › 调研报告⟧</div>
<main class="reader">
<h1 class="doc-title">{T}</h1>
<div class="doc-meta">⟦m 贡献者：tianye_0831　上传时间：2025-03-14　阅读量：2.3万　评分 4.6⟧</div>
<div class="pages">
{BODY}
</div>
<div class="unlock">⟦a 还剩4页未读，开通会员畅读全文 ›⟧</div>
<div class="tools">⟦a 下载文档 ｜ 收藏 ｜ 分享到微信⟧</div>
</main>
<aside>⟦l 相关推荐：苎麻脱胶工艺概述 · 县域特色农业调研提纲 · 麻纺企业用工调查⟧</aside>
<footer>⟦d 文档内容由用户上传，若侵犯您的权益请提交申诉⟧ ⟦m ©2025 mizhiwk.com 闽ICP备20038817号-1⟧</footer>
<script src="/static/reader.js"></script>
</body></html>
""",
        p_html='<p class="txt">{}</p>',
        pages=dict(fmt="— 第{n}页 —", every=120, start=2),
        body="""
苎麻是柘水县传统经济作物，种植历史已有三百余年。为摸清产业现状，调研组于今年5月深入4个乡镇、12个行政村和3家麻纺企业开展调研。
一、基本情况
全县现有苎麻种植面积2.8万亩，年产原麻约3900吨，从业农户6200户，苎麻收入占种植户家庭收入的三成左右。
二、存在问题
一是品种退化，部分麻园栽种已超过十五年，单产逐年下降；二是收剥环节仍以人工为主，劳动强度大，青壮年不愿从事；三是精深加工不足，原麻多以初级产品外销，附加值低。
三、对策建议
建议县里设立苎麻良种繁育基地，推广剥麻机械，引导麻纺企业与合作社建立订单收购关系，同时申报地理标志产品，提升柘水苎麻的知名度。
""",
    ),
    dict(
        slug="gov-lanchuan-html-notice-flood-baffles",
        site="澜川县人民政府 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.lanchuan.gov.cn/zwgk/tzgg/202405/t20240521_119032.html",
        title="澜川县住房和城乡建设局关于做好住宅小区地下车库防倒灌工作的通知",
        date="2024-05-21",
        record_date="2024-05-21",
        notes="county portal with index-number table; document number neutral; contact line kept beside the portal hotline",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>澜川县住房和城乡建设局关于做好住宅小区地下车库防倒灌工作的通知_通知公告_澜川县人民政府</title>
<meta name="ArticleTitle" content="澜川县住房和城乡建设局关于做好住宅小区地下车库防倒灌工作的通知">
<script src="/common/js/jquery.min.js"></script></head>
<body>
<div class="topbar">⟦a 无障碍浏览⟧ ⟦a 长者模式⟧ ⟦m 今天是：2024年5月22日 星期三⟧</div>
<div class="banner">⟦m 澜川县人民政府 · 澜川发布⟧</div>
<ul class="nav">⟦l 首页 政务公开 政务服务 互动交流 走进澜川⟧</ul>
<div class="loc">⟦m 您所在的位置：首页 > 政务公开 > 通知公告⟧</div>
<table class="xxgk"><tr><td>⟦m 索引号：11331024MB1C48720K/2024-01931⟧</td><td>⟦m 发布机构：县住建局⟧</td></tr>
<tr><td>⟦m 主题分类：城乡建设⟧</td><td>⟦m 成文日期：2024-05-21⟧</td></tr></table>
<h2 class="title">{T}</h2>
<p class="wh">澜住建〔2024〕37号</p>
<div class="article">
{BODY}
</div>
<div class="tool">⟦a 【打印本页】⟧ ⟦a 【关闭窗口】⟧ ⟦a 【收藏】⟧</div>
<div class="link">⟦l 政府网站 部门网站 乡镇网站 便民服务⟧</div>
<div class="foot">⟦m 主办：澜川县人民政府办公室　政府网站标识码：3310240007⟧<br>⟦m 服务热线：0576-83310000⟧<br>⟦m 浙ICP备05017732号⟧</div>
<script>var siteid=3310240007;</script>
</body></html>
""",
        body="""
各物业服务企业、各街道（乡镇）：
入汛以来，我县降雨明显偏多。为防止住宅小区地下车库发生雨水倒灌，保障居民生命财产安全，现将有关事项通知如下：
一、5月31日前，各物业服务企业要对车库出入口挡水板、截水沟、集水井和排水泵进行一次全面检查，挡水板高度不低于60厘米。
二、汛期实行24小时值班，遇暴雨预警时及时封闭车库出入口，并通过业主群提醒居民将车辆移至地面高处。
三、各街道（乡镇）要将检查情况于6月5日前报县住建局物业科。
联系人：葛文澈，电话：0576-83316024，邮箱：lcwywk@163.com。
澜川县住房和城乡建设局
2024年5月21日
""",
    ),
    dict(
        slug="gov-qiushan-html-opinion-youth-league",
        site="杞山区人民政府 (invented)",
        style="政府门户",
        genre="实施意见",
        kind="opinion",
        form="html",
        source="https://www.qiushan.gov.cn/art/2024/10/8/art_1453_770218.html",
        title="关于组建青年突击队助力重点项目建设的实施意见",
        record_title="关于组建青年突击队助力重点项目建设的实施意见-杞山区人民政府",
        date="2024-09-27",
        date_also=["2024-10-08"],
        notes="modern portal; 发布日期 differs from the 成文日期; interpretation links between paragraphs",
        page="""
<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8"><title>关于组建青年突击队助力重点项目建设的实施意见-杞山区人民政府</title>
<script>var _paq=[];</script></head>
<body>
<header><div class="logo">⟦m 杞山区人民政府门户网站⟧</div><div class="search">⟦a 站内搜索⟧</div></header>
<nav>⟦l 首页｜新闻中心｜信息公开｜办事服务｜政民互动⟧</nav>
<div class="bread">⟦m 当前：首页 ＞ 信息公开 ＞ 规范性文件⟧</div>
<article>
<h1>{T}</h1>
<div class="source">⟦m 发布日期：2024-10-08 10:12　来源：共青团杞山区委　浏览次数：　639⟧</div>
{BODY}
</article>
<div class="share">⟦l 分享到：微信 微博 QQ空间⟧</div>
<div class="related">⟦l 相关解读：《关于组建青年突击队助力重点项目建设的实施意见》图解⟧</div>
<footer>⟦m 杞山区人民政府办公室主办　联系我们　网站地图⟧<br>⟦m 苏公网安备32041102000781号⟧</footer>
</body></html>
""",
        body="""
各街道团工委，区各直属团组织：
为引导全区团员青年在重点项目建设中担当作为，经区委同意，现就组建青年突击队提出如下意见。
一、组建范围。区级以上重点项目、重大民生工程所在单位，凡35周岁以下青年职工超过10人的，均应组建青年突击队。
⟦l 延伸阅读：青年突击队授旗仪式在高铁站房工地举行⟧
二、工作任务。突击队围绕工期节点开展技术攻关、安全巡查和志愿服务，每季度至少完成一项攻坚任务。
三、激励保障。对表现突出的青年突击队，优先推荐参评区级以上青年文明号；队员事迹纳入团员发展和推优入党考察内容。
共青团杞山区委
2024年9月27日
""",
    ),
    dict(
        slug="news-zheshui-text-polo-match",
        site="柘水融媒 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.zheshuinews.com/tiyu/2024-08/12/content_41723.html",
        title="草原马球邀请赛在柘水开杆 八支队伍同场竞技",
        record_title="草原马球邀请赛在柘水开杆 八支队伍同场竞技_体育_柘水融媒",
        date="2024-08-11",
        notes="byline 发布时间 is the page's date; photo caption between paragraphs; editor glued after the last paragraph",
        page="""
!m 柘水融媒 | 掌上柘水
!m 首页 - 体育 - 正文
{T}
!m 2024-08-11 19:42　来源：柘水日报　记者 秋棠 通讯员 马原
!a 字号：A+ A-　　听新闻
{BODY}
!l 【相关新闻】
!l 全市少年马术夏令营开营
!l 柘水草原旅游节接待游客12万人次
!m 版权所有：柘水县融媒体中心　电话：0476-6218003
""",
        body="""
8月10日，2024年柘水草原马球邀请赛在那日松草场开杆，来自区内外的八支队伍参加比赛。
本次比赛采用四人制，每场比赛分为四局，每局七分半钟。揭幕战中，东坡马球俱乐部以5比3战胜西岭队。
⟦m 图为比赛现场。秋棠 摄⟧
据介绍，马球运动在柘水已有较好群众基础，县里目前有马球俱乐部两家、注册队员60余人。赛事将持续至8月13日。⟦m （编辑：那木汗 审核：苏合）⟧
""",
    ),
    dict(
        slug="news-fengkou-html-commentary-kabaddi",
        site="枫口晚报网 (invented)",
        style="新闻门户",
        genre="评论",
        kind="commentary",
        form="html",
        source="https://www.fengkouwb.cn/pl/202406/t20240603_88012.shtml",
        title="校园里的卡巴迪，值得多一点掌声",
        record_title="【晚报观点】校园里的卡巴迪，值得多一点掌声",
        date="2024-06-03",
        notes="decorated record title; comment box and hot list after the body",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【晚报观点】校园里的卡巴迪，值得多一点掌声-枫口晚报网</title>
<script async src="/ad/slot.js"></script></head>
<body>
<div class="header">⟦m 枫口晚报网　枫口人的新闻客厅⟧</div>
<div class="menu">⟦l 要闻 本地 观点 文体 视频 数字报⟧</div>
<div class="pos">⟦m 首页 > 观点 > 晚报观点⟧</div>
<h1>{T}</h1>
<p class="by">⟦m 作者：石小楠　2024-06-03 07:15　阅读 3412⟧</p>
{BODY}
<div class="cmt">⟦l 网友评论（12）　我要评论　请文明发言⟧</div>
<div class="hot">⟦l 24小时热文 1.城东菜场今起改造 2.枫口二中中考报名须知 3.端午龙舟赛交通管制⟧</div>
<div class="foot">⟦d 未经书面授权不得转载⟧ ⟦m 枫口晚报社主办 粤ICP备13072441号⟧</div>
</body></html>
""",
        body="""
最近，枫口三所中学把卡巴迪引进体育课堂，不少家长第一次听说这项来自南亚的运动。
卡巴迪场地小、器材少，一块平整的空地就能开赛，对场地紧张的城区学校来说再合适不过。它既考验速度和力量，也讲究团队配合，孩子们在攻防之间学会沟通。
新项目进校园，难免有人担心安全。其实，只要规则讲清楚、护具配到位、体育老师先接受培训，风险完全可控。
体育课不该只有跑圈和测试。多一些像卡巴迪这样的新鲜项目，孩子们才会真正爱上运动。
""",
    ),
    dict(
        slug="forum-youyou-html-thread-paddleboard",
        site="悠游户外论坛 (invented)",
        style="论坛",
        genre="通知",
        kind="notice",
        form="html",
        source="https://bbs.youyouhw.com/thread-302918-1-1.html",
        title="关于夏季桨板活动安全管理的通知",
        record_title="[俱乐部公告] 关于夏季桨板活动安全管理的通知 - 水上运动 - 悠游户外论坛",
        date="2024-06-14",
        date_also=["2024-06-15"],
        notes="Discuz-like thread with jammer fonts; post time differs from the notice's date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>[俱乐部公告] 关于夏季桨板活动安全管理的通知 - 水上运动 - 悠游户外论坛</title>
<script src="static/js/common.js"></script></head>
<body>
<div id="hd">⟦m 悠游户外论坛 - 一起去野⟧ ⟦a 登录 立即注册 找回密码⟧</div>
<div id="pt">⟦m 悠游户外 › 论坛 › 水上运动 › 查看内容⟧</div>
<div class="ts"><h1>{T}</h1></div>
<div class="authi">⟦m 楼主 浪里白条_07 发表于 2024-6-15 21:03 | 只看该作者⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="sign">⟦m 潮起潮落，板上见。⟧</div>
<div class="fastre">⟦l 回复 支持 反对 举报⟧</div>
<div class="pgs">⟦l 返回列表 上一主题 下一主题⟧</div>
<div id="ft">⟦m Powered by Discuz! X3.4⟧ ⟦m 悠游户外 ( 皖ICP备18055103号 )⟧</div>
</body></html>
""",
        junk=dict(lines=1, glued=2),
        body="""
各位板友：
近期天气炎热，报名桨板活动的会员明显增多。为确保活动安全，俱乐部决定自即日起执行以下规定。
一、所有参与者必须穿着救生衣并佩戴脚绳，未穿戴者不得下水。
二、风力四级以上或有雷阵雨预警时，当日活动一律取消。
三、每次活动按每8名会员配备1名持证领队的比例安排，领队须随身携带口哨和对讲机。
四、新会员首次下水前须参加半小时陆上培训。
望大家相互转告，安全第一。
悠游桨板俱乐部
2024年6月14日
""",
    ),
    dict(
        slug="forum-tanxi-text-carpenters-recruit",
        site="檀溪木友会论坛 (invented)",
        style="论坛",
        genre="倡议书",
        kind="initiative",
        form="text",
        source="http://www.tanximuyou.net/forum.php?mod=viewthread&tid=11825",
        title="致全县木工师傅的一封倡议书",
        record_title="致全县木工师傅的一封倡议书",
        date="2024-03-18",
        notes="floors after the post; post line gives the date; junk lines in the text",
        page="""
!m 檀溪木友会 › 行业交流 › 正文
!m 【楼主】老墨斗　　发帖：2024-03-18 08:26　　查看：907　回复：14
{T}
{BODY}
!l 沙发  刨花飞飞：支持！已转到我们装修队群里了
!l 板凳  卯榫张：说得在理，安全带一定要系
!a 快速回复　|　收藏本帖　|　复制链接
!m 檀溪木友会论坛　豫ICP备20011376号
""",
        indent="\u3000\u3000",
        junk=dict(lines=2, glued=1),
        body="""
各位木工师傅：
我县有木工从业人员一千余人，活跃在家装、古建和家具作坊中。为维护行业声誉，我们倡议：
一是守规矩。签合同、开票据，不偷工减料，不以次充好。
二是保安全。使用电锯、电刨时规范佩戴护目镜，高处作业必须系安全带。
三是传手艺。每位老师傅每年至少带好一名徒弟，把榫卯技艺传承下去。
让我们一起把檀溪木工的牌子擦得更亮。
""",
    ),
]

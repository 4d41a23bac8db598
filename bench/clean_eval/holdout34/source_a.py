"""holdout34, part A: 范文 sites, 文库 previews, government portals, news portals. Invented text;
see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="fanwen-moxuan-linzhang-plan-decorated",
        site="墨选范文网 (invented)",
        style="范文站",
        genre="工作方案",
        kind="plan",
        form="text",
        source="https://www.moxuanfw.example.com/fangan/20250311/77120.html",
        title="蔺溪县全面推行林长制2025年工作方案",
        record_title="【可直接套用】蔺溪县全面推行林长制2025年工作方案（精选）",
        date="2025-03-11",
        notes="decorated record title; breadcrumb with », a glued paywall after a sentence, a writing-service prompt between paragraphs, a hot list at the end",
        page="""
!m 墨选范文网 — 写材料，先来墨选
!m 您在这里：墨选首页 » 工作方案 » 林业方案
{T}
!m 作者：墨选编辑部　更新：2025-03-12　热度：3,218℃
{BODY}
!a 本文为会员内容，全文共2,306字，开通墨选会员后可一键复制
!l 本栏热榜：1.护林防火工作方案 2.古树名木保护实施方案 3.义务植树活动方案
!d 声明：本站范文均来自会员投稿，版权归原作者所有，仅作学习参考之用。
""",
        indent="\u3000\u3000",
        body="""
为深入推进林长制工作，压紧压实各级林长保护发展森林资源的责任，结合我县实际，制定本方案。
一、总体目标
到2025年底，全县森林覆盖率稳定在百分之六十八以上，县、乡、村三级林长巡林率达到百分之百，森林火灾受害率控制在千分之零点三以内。⟦a 剩余内容已隐藏，开通会员查看全文⟧
二、重点任务
（一）压实林长责任。县级林长每季度巡林不少于一次，乡级林长每月巡林不少于一次，村级林长和护林员每周巡林不少于两次。
⟦w 写材料没思路？墨选代笔老师一对一服务，微信：moxuan_bi88⟧
（二）加强资源保护。严厉打击乱砍滥伐、非法占用林地等违法行为，开展松材线虫病秋季普查。
（三）推进数字林长。依托林长制智慧平台，实现巡林轨迹、问题上报、处置反馈全程留痕。
三、保障措施
县林长办要建立督办、考核、通报制度，考核结果纳入乡镇综合考核。
蔺溪县林长制办公室
2025年3月11日
""",
    ),
    dict(
        slug="fanwen-shiyu-speech-html-old-table",
        site="拾语文苑 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.shiyuwy.example.net/jianghua/2024/1206/5531.asp",
        title="在全县人工影响天气工作会议上的讲话",
        record_title="在全县人工影响天气工作会议上的讲话（3篇）_拾语文苑",
        date="2024-12-06",
        notes="old gb2312-era table layout with a marquee and a visitor counter; speaker and date lines under the title (neutral); a 【字号：大 中 小】 row; prev/next links",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>在全县人工影响天气工作会议上的讲话（3篇）_拾语文苑</title>
<script language="javascript">var hits=0;</script></head>
<body bgcolor="#f7f3e8">
<table width="960" align="center"><tr><td><img src="/img/logo.gif">⟦m 拾语文苑 www.shiyuwy.net⟧</td><td>⟦a 设为首页⟧ | ⟦a 加入收藏⟧</td></tr></table>
<marquee>⟦m 欢迎光临拾语文苑！本站每日更新讲话稿、总结、心得，敬请常来看看⟧</marquee>
<table width="960" align="center"><tr><td width="200" valign="top">
<div>⟦l 栏目导航⟧</div><ul><li>⟦l 领导讲话⟧</li><li>⟦l 述职述廉⟧</li><li>⟦l 主持串词⟧</li></ul>
</td><td valign="top">
<div>⟦m 当前栏目：首页 &gt;&gt; 领导讲话 &gt;&gt; 会议讲话⟧</div>
<h2>{T}</h2>
<div>⟦a 【字号：大 中 小】⟧ ⟦m 录入：shiyu　点击数：1077⟧</div>
<p>副县长　郑怀礼</p>
<p>（2024年12月6日）</p>
{BODY}
<div>⟦l 上一篇：在林业有害生物防控会上的讲话⟧</div>
<div>⟦l 下一篇：在冬季征兵工作会议上的主持词⟧</div>
</td></tr></table>
<table width="960" align="center"><tr><td>⟦d 本站文章仅供参考，请勿照搬照抄，转载须注明出处⟧<br>⟦m 湘ICP备0802117号⟧ ⟦m 您是第 0036512 位访客⟧</td></tr></table>
</body></html>
""",
        body="""
同志们：
今天召开全县人工影响天气工作会议，主要任务是总结今年工作，安排部署明年抗旱增雨和防雹减灾工作。
今年以来，全县共开展增雨作业二十三次，发射火箭弹一百一十二枚，累计增加降水约二千一百万立方米，有效缓解了夏秋旱情。
明年的工作，我讲三点意见。
第一，要把作业安全放在首位。各作业点要严格执行弹药储存、运输、使用管理制度，作业人员必须持证上岗。
第二，要提高作业的科学性。县气象局要加强与上级部门的会商，抓住有利天气过程，做到能作业尽作业。
第三，要落实经费保障。财政部门要把人影工作经费列入年度预算，及时更新老化的作业装备。
同志们，人影工作事关群众生产生活，希望大家认真履职，为全县农业丰收作出新的贡献。
""",
    ),
    dict(
        slug="fanwen-qiaobi-summary-wrapped-junk-none",
        site="巧笔公文网 (invented)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://qiaobi.example.cn/zongjie/2025/88301.html",
        title="县土壤肥料工作站2024年度工作总结",
        record_title="县土壤肥料工作站2024年度工作总结",
        date=None,
        notes="a summary without signature date (a year only in the title); an add stamp at the top that is no date; a mobile share prompt; numbered list kept; a data table",
        page="""
!m 巧笔公文网 > 总结大全 > 单位工作总结
!m 添加时间：2025-01-09 10:31　来源：网友投稿　阅读：2856
!a 手机扫一扫，文章随身看　　复制全文
{BODY}
!a 觉得有用？点个赞再走吧（赞 47）
!l 猜你还想找：测土配方施肥总结　耕地质量提升工作总结　化肥减量增效工作汇报
!m 巧笔公文网 qiaobi.example.cn 版权所有　Copyright 2019-2025
""",
        body="""
2024年，县土壤肥料工作站在县农业农村局的正确领导下，围绕耕地质量保护与提升、化肥减量增效两项重点工作，较好地完成了全年目标任务。
一、主要工作
1.完成测土配方施肥取样化验土样一千二百个，发放施肥建议卡两万三千份。
2.建立耕地质量长期定位监测点十八个，完成年度监测数据上报。
3.推广有机肥替代化肥技术面积三点二万亩。
项目　　目标任务　　完成情况
土样化验　　1200个　　1200个
配方卡发放　　20000份　　23000份
有机肥替代　　3万亩　　3.2万亩
二、存在的问题
部分农户科学施肥意识仍然不强，监测点设备老化，化验人员力量不足。
三、明年打算
继续做好测土配方施肥基础工作，争取新建化验室一个，全面提升耕地质量监测能力。
""",
    ),
    dict(
        slug="wenku-lanbei-report-markers-glued",
        site="览贝文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://www.lanbeiwk.example.com/p-5518830271.html",
        title="关于全市长途客运站转型发展情况的调研报告",
        record_title="关于全市长途客运站转型发展情况的调研报告.docx",
        date="2025-06-18",
        notes="file-name title; page markers ⌬ n ⌬ glued to the continuation, cutting sentences; preview-end prompt; uploader line",
        pages=dict(fmt="⌬ {n} ⌬", every=160, start=2, glue=True),
        page="""
!m 览贝文库　｜　海量文档在线预览
!t 关于全市长途客运站转型发展情况的调研报告.docx
!m 贡献者：Lb_user7730　　共5页　　上传日期：2025-07-02
{BODY}
!a 预览已到末页，余下2页请下载原文（需5贝币）
!a 下载文档　收藏　举报
!l 同类文档推荐：客运站安全生产月活动总结　道路运输行业调研报告
""",
        body="""
今年4月至6月，市政府研究室会同市交通运输局组成调研组，对全市长途客运站转型发展情况开展了专题调研，实地走访客运站九个，召开座谈会四场。
一、基本情况
全市现有二级以上长途客运站十一个，2024年发送旅客三百二十万人次，较2019年下降百分之五十七。客运班线由二百一十条缩减至一百零六条，部分车站日均发送旅客不足二百人次。
二、主要问题
一是客源持续流失，高铁和私家车分流明显；二是站场资源闲置，部分车站候车厅利用率不足三成；三是企业经营困难，职工安置压力较大。
三、对策建议
推动客运站向综合交通服务枢纽转型，发展小件快运、城乡公交换乘、旅游集散等业务，盘活闲置站场资源。
市政府研究室
2025年6月18日
""",
    ),
    dict(
        slug="wenku-qingshu-speech-html-pages",
        site="青书文档 (invented)",
        style="文库预览",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://wd.qingshu.example.com/view/a81c22e0.html",
        title="在全县古树名木保护工作推进会上的讲话",
        record_title=None,
        date="2025-04-09",
        notes="HTML preview without record title; the title only in the h1 (and a decorated <title>); marker paragraphs ⟐n⟐ between halves of a cut paragraph; date under the speech title",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【精品】在全县古树名木保护工作推进会上的讲话-青书文档</title>
<link rel="stylesheet" href="/static/v.css"><script src="/static/reader.js"></script></head>
<body><div class="topbar"><span>⟦m 青书文档⟧</span><a>⟦a 登录⟧</a><a>⟦a 免费注册⟧</a><a>⟦a 开通青书VIP⟧</a></div>
<div class="wrap"><h1>在全县古树名木保护工作推进会上的讲话</h1>
<div class="meta">⟦m 页数：4页　　大小：28.6KB　　浏览：612次⟧</div>
<div class="reader">
<p class="sub">——县林业局局长　蒋春山</p>
<p class="sub">2025年4月9日</p>
{BODY}
</div>
<div class="end">⟦a 以上为部分预览内容，完整文档请下载后阅读⟧</div>
<aside><h3>⟦l 大家都在看⟧</h3><ul><li>⟦l 古树名木普查工作总结⟧</li><li>⟦l 林长制巡林制度⟧</li></ul></aside>
<footer>⟦d 文档内容由上传者负责，青书文档仅提供在线预览服务⟧　⟦m 浙ICP备2023008811号⟧</footer></div></body></html>
""",
        pages=dict(fmt="⟐{n}⟐", every=150, start=2),
        body="""
同志们：
古树名木是活着的文物，是一个地方历史文化的重要见证。今天召开这次推进会，就是要进一步统一思想，把古树名木保护工作抓紧抓实。
据去年完成的第三次普查，全县共有古树名木一千四百六十三株，其中一级古树八十九株，名木十二株，分布在十六个乡镇。
从检查情况看，部分古树周边硬化过度、根系受损，少数古树存在病虫危害，个别村对古树挂牌管理不到位。
下一步，各乡镇要落实“一树一档、一树一策”，对濒危古树开展抢救性复壮，对长势衰弱的古树及时采取支撑、修补等措施。
县林业局要会同住建、交通部门，在项目审批环节严格落实古树避让要求，坚决杜绝移植古树进城。
""",
    ),
    dict(
        slug="wenku-yuntai-notice-oneline",
        site="云台文库 (invented)",
        style="文库预览",
        genre="通知",
        kind="notice",
        form="text",
        source="https://yuntaiwk.example.com/doc/31907.html",
        title="关于开展2025年度果树病虫害统防统治工作的通知",
        record_title="关于开展2025年度果树病虫害统防统治工作的通知 - 云台文库",
        date="2025-02-26",
        notes="the body on one line (paragraphs joined by their indent); title repeated above; Chinese-numeral signature date; pay prompt",
        oneline=True,
        indent="\u3000\u3000",
        page="""
!m 云台文库 › 农林牧渔 › 果树
!t 关于开展2025年度果树病虫害统防统治工作的通知
!m 0人已下载　　免费　　3页
{BODY}
!a 该文档为免费文档，下载需登录
!l 相关搜索：果树修剪技术　病虫害绿色防控　统防统治合同
""",
        body="""
各乡镇农业综合服务中心，各果业专业合作社：
为有效控制苹果、梨等果树主要病虫害发生危害，保障果品质量安全，县果业发展中心决定在全县开展2025年度果树病虫害统防统治工作。现将有关事项通知如下。
一、实施范围。全县连片五十亩以上的果园均纳入统防统治范围，重点做好腐烂病、食心虫、红蜘蛛的防控。
二、组织方式。由各乡镇确定一至两个专业化防治服务组织，与果农签订服务协议，统一药剂、统一时间、统一施药。
三、工作要求。各乡镇要于3月15日前将服务组织名单和服务面积报县果业发展中心，联系人：柏晓东，电话：0738-4412306。
荪川县果业发展中心
二〇二五年二月二十六日
""",
    ),
    dict(
        slug="gov-qishan-lingzhang-notice-html",
        site="葶阳县人民政府门户网站 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.tingyang.example.gov.cn/zwgk/tzgg/202505/t20250520_88310.html",
        title="葶阳县人民政府办公室关于做好2025年森林防灭火工作的通知",
        record_title="葶阳县人民政府办公室关于做好2025年森林防灭火工作的通知_通知公告_葶阳县人民政府",
        date="2025-05-20",
        notes="modern county portal: 索引号 table at the top (meta), document number neutral, 发布时间 in the info table, 附件 list and the document's own 联系人/电话 kept next to the site's 值班电话 in the footer",
        page="""
<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>葶阳县人民政府办公室关于做好2025年森林防灭火工作的通知_通知公告_葶阳县人民政府</title>
<script>var _hmt=_hmt||[];</script></head><body>
<header><div class="logo">⟦m 葶阳县人民政府⟧</div><nav><a>⟦l 首页⟧</a><a>⟦l 政务公开⟧</a><a>⟦l 政务服务⟧</a><a>⟦l 互动交流⟧</a></nav>
<div class="search"><input placeholder="请输入关键字"><button>⟦a 搜索⟧</button></div></header>
<div class="crumb">⟦m 首页 ＞ 政务公开 ＞ 通知公告⟧</div>
<table class="xxgk"><tr><td>⟦m 索引号：431130-0001/2025-00312⟧</td><td>⟦m 主题分类：林业⟧</td></tr>
<tr><td>⟦m 发布机构：县政府办公室⟧</td><td>⟦m 发布时间：2025-05-20⟧</td></tr></table>
<h1>{T}</h1>
<p class="wh">葶政办发〔2025〕14号</p>
<div class="tools">⟦a 【打印本页】⟧ ⟦a 【关闭窗口】⟧ ⟦a 【字体：大 中 小】⟧</div>
<div class="TRS_Editor">
{BODY}
</div>
<div class="share">⟦l 分享到：微信 微博 QQ空间⟧</div>
<footer><p>⟦m 主办：葶阳县人民政府办公室　网站标识码：4311300004⟧</p><p>⟦m 政务值班电话：0746-5521000⟧</p><p>⟦m 湘公网安备43113002000188号⟧</p></footer>
</body></html>
""",
        body="""
各乡镇人民政府，县直有关单位：
当前正值森林防火关键时期，为切实做好全县森林防灭火工作，经县人民政府同意，现就有关事项通知如下。
一、严格管控野外火源。各乡镇要在进山路口设置检查点，严禁在林区烧荒、烧田埂、祭祀用火。
二、加强队伍建设。各乡镇半专业扑火队不少于三十人，实行集中食宿、集中训练。
三、落实值班报告制度。各单位要严格执行二十四小时值班和领导带班制度，发现火情立即报告。
联系人：县林业局防火办　唐立秋，电话：0746-5528119。
附件：1.葶阳县森林防灭火责任人名单
2.森林火情报告表
葶阳县人民政府办公室
2025年5月20日
""",
    ),
    dict(
        slug="gov-lianshan-bird-station-text",
        site="蓍川县林业局 (invented)",
        style="政府门户",
        genre="通告",
        kind="notice",
        form="text",
        source="http://ly.shichuan.example.gov.cn/tzgg/2024/1030/402.html",
        title="关于加强候鸟迁徙期间保护工作的通告",
        record_title="关于加强候鸟迁徙期间保护工作的通告",
        date="2024-10-30",
        record_date="2024-10-30",
        notes="date and title in the record; the site's slogan line under the title; a reading count glued to a byline; a 'back to top' and 'close' row; the document's own 举报电话 kept next to the site's phone",
        page="""
!m 蓍川县林业局　绿水青山　金山银山
!m 首页>信息公开>通知公告
!m 信息来源：野生动植物保护股　浏览次数：418
{BODY}
!a 【返回顶部】【关闭本页】
!l 上一条：关于做好秋冬季森林防火工作的通知
!m 蓍川县林业局版权所有　联系电话：0719-3302215
""",
        gap=True,
        body="""
每年10月至次年4月是候鸟迁徙越冬的重要时期。为切实保护候鸟及其栖息地，根据有关法律法规，现通告如下：
一、严禁在候鸟迁徙通道和越冬地猎捕、毒杀候鸟，严禁使用粘网、捕鸟夹等工具。
二、严禁非法收购、运输、出售候鸟及其制品，餐饮单位不得以任何形式经营野生鸟类。
三、发现受伤、受困候鸟，请及时与县野生动物救护站联系，不得私自饲养。
四、欢迎社会各界举报违法行为，举报电话：0719-3302110。
蓍川县林业局
2024年10月30日
""",
    ),
    dict(
        slug="gov-fengyu-weather-modify-request-wrapped",
        site="樗川市气象局 (invented)",
        style="政府门户",
        genre="请示",
        kind="notice",
        form="text",
        source="http://cc.weather.example.gov.cn/xxgk/2025/0304/77.html",
        title="关于增设东部山区人工增雨作业点的请示",
        record_title="关于增设东部山区人工增雨作业点的请示.pdf",
        date="2025-03-04",
        notes="a PDF request hard-wrapped at 60 columns; file-name title; a site name line, a disclaimer footer; decimal headings 1.1 1.2 kept unjoined",
        wrap=60,
        page="""
!m 樗川市气象局　信息公开目录
!t 关于增设东部山区人工增雨作业点的请示.pdf
!a 下载PDF　|　在线阅读
{BODY}
!d 本页面文件仅供查阅，如与正式文件不一致，以正式文件为准。
!m 樗川市气象局主办　地址：樗川市气象路9号
""",
        body="""
市人民政府：
近年来，我市东部山区春旱频发，现有的六个人工增雨作业点难以覆盖主要水库集雨区。为提高抗旱增雨作业效益，现就增设作业点有关事项请示如下。
1.增设计划
1.1拟在椒坪镇、石门乡各增设固定火箭作业点一个，配备作业装备两套。
1.2新增作业点的安全射界已经空域管理部门初步审核，符合作业安全要求。
2.经费预算
两个作业点建设及装备购置共需资金八十六万元，恳请市财政予以安排。
妥否，请批示。
樗川市气象局
2025年3月4日
""",
    ),
    dict(
        slug="news-taoyuan-bus-station-html-caption",
        site="蘩江新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.fanjiangnews.example.com/content/2025-07/08/c_55102.htm",
        title="蘩江长途客运站变身城乡公交换乘中心",
        record_title="蘩江长途客运站变身城乡公交换乘中心 - 蘩江新闻网",
        date="2025-07-08",
        notes="news portal: byline with 发布时间 (the page's date), a photo caption between paragraphs, an editor line glued after the last paragraph, hot list and comment box",
        page="""
<!doctype html><html><head><meta charset="utf-8"><title>蘩江长途客运站变身城乡公交换乘中心 - 蘩江新闻网</title></head><body>
<div class="top">⟦m 蘩江新闻网　蘩江人的新闻客厅⟧ <a>⟦a 下载蘩江新闻客户端⟧</a></div>
<nav>⟦l 本地 | 民生 | 政务 | 视频 | 专题⟧</nav>
<div class="pos">⟦m 位置：首页 / 本地 / 民生⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 发布时间：2025-07-08 09:12　来源：蘩江日报　记者：吴倩⟧</div>
<div class="content">
{BODY}
</div>
<div class="hot"><h3>⟦l 24小时热读⟧</h3><ol><li>⟦l 城区三条道路夜间施工封闭⟧</li><li>⟦l 暑期游泳安全提醒⟧</li></ol></div>
<div class="cmt">⟦l 网友评论（0）　发表评论⟧ <textarea></textarea> <button>⟦a 提交⟧</button></div>
<footer>⟦d 未经蘩江新闻网书面授权，不得转载、摘编本网内容⟧ ⟦m 新闻热线：0566-2218080⟧</footer>
</body></html>
""",
        body="""
7月7日，经过三个月的改造，蘩江长途客运站正式变身城乡公交换乘中心，十二条城乡公交线路在此集中发车。
改造后的候车大厅设置了电子站牌、母婴室和便民服务台，闲置的售票窗口改为小件快运收寄点。
⟦m 图为改造后的候车大厅。吴倩　摄⟧
“以前到乡下要转两趟车，现在在这里就能直接换乘。”家住城东的刘阿姨说。
据介绍，换乘中心日均服务旅客约三千人次，下一步还将开通至景区的旅游专线。⟦m （责任编辑：宋一帆）⟧
""",
    ),
    dict(
        slug="news-pingbo-text-commentary-glued-title",
        site="莼湖日报网 (invented)",
        style="新闻门户",
        genre="评论",
        kind="news",
        form="text",
        source="https://www.chunhuribao.example.com/pinglun/2025/0614/3301.html",
        title="让古树在城市更新中留下来",
        record_title=None,
        date="2025-06-14",
        notes="no record title; the title repeated and glued before the lead; a column name and a 时间 line (the page's date); share bar and tags at the end",
        page="""
!m 莼湖日报网　|　莼湖时评
{T}
!m 时间：2025年06月14日 08:05　作者：本报评论员
{BODY}
!l 分享到：朋友圈　微博　复制链接
!l 标签：古树保护　城市更新　评论
!d 本网原创稿件，转载请联系授权并注明出处。
""",
        body="""
⟦t 让古树在城市更新中留下来⟧城市更新不是推倒重来，那些见证过一座城市成长的古树，理应在新的规划里找到自己的位置。
近来，老城区一处改造项目主动调整道路线形，为一棵三百年的古樟让出了空间，赢得市民点赞。
保护古树，需要在规划审批阶段就把古树信息纳入“一张图”，让避让成为刚性要求，而不是事后补救。
一棵古树留下来，留住的是一座城市的记忆，也是一份对自然的敬畏。
""",
    ),
    dict(
        slug="news-heqiao-amusement-park-html",
        site="枸岭在线 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.gouling.example.com/2025/0502/101776.shtml",
        title="枸岭欢乐谷游乐园开展大型游乐设施应急演练",
        record_title="枸岭欢乐谷游乐园开展大型游乐设施应急演练",
        date="2025-04-29",
        date_also=["2025-05-02"],
        notes="news page with a sidebar of quick links and a related link between paragraphs; the byline date expected, the URL path date also accepted",
        page="""
<html><head><meta charset="utf-8"><title>枸岭欢乐谷游乐园开展大型游乐设施应急演练_枸岭在线</title>
<style>.side{float:right}</style></head><body>
<div class="hd">⟦m 枸岭在线⟧ <span>⟦a 登录 | 注册⟧</span></div>
<div class="side"><h4>⟦l 便民服务⟧</h4><ul><li>⟦l 公交查询⟧</li><li>⟦l 天气预报⟧</li><li>⟦l 违章查询⟧</li></ul></div>
<div class="main"><h1>{T}</h1>
<p class="by">⟦m 2025-04-29 16:40:11　枸岭在线　编辑：方圆⟧</p>
{BODY}
<p class="src">⟦m 稿源：县市场监管局⟧</p></div>
<div class="ft">⟦m 枸岭在线 版权所有 ©2025⟧ ⟦m 违法和不良信息举报：0746-8899110⟧</div></body></html>
""",
        body="""
4月29日上午，县市场监管局在枸岭欢乐谷游乐园组织开展大型游乐设施应急救援演练。
演练模拟过山车运行中突然停电、乘客被困高空的情景，游乐园工作人员启动应急预案，手动将车辆回拨至站台，二十分钟内疏散全部“被困乘客”。
⟦l 相关阅读：五一假期游乐场所安全检查全面启动⟧
县市场监管局提醒，“五一”假期游客集中，各游乐场所要落实设备日检制度，操作人员必须持证上岗。
""",
    ),
]

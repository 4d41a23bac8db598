"""holdout152, part A: government portals, Party-building and enterprise pages. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="gov-fengcheng-plant-quarantine-notice-html",
        site="葑城县农业农村局 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://nyj.fengcheng.gov.cn/xxgk/tzgg/202503/t20250311_88214.html",
        title="葑城县植物检疫站关于开展2025年春季调运苗木产地检疫的通知",
        record_title=None,
        date="2025-03-10",
        date_also=["2025-03-11"],
        notes="gov portal with index table; own 联系人/电话 beside the site's 12316 line; date under the signature",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>葑城县植物检疫站关于开展2025年春季调运苗木产地检疫的通知-葑城县农业农村局</title>
<script src="/static/js/jquery.min.js"></script>
<script>var _hmt=_hmt||[];</script>
</head><body>
<div class="topbar"><span>⟦m 今天是：<em id="today"></em>⟧</span><a href="/wza">⟦a 无障碍浏览⟧</a> <a href="/zhz">⟦a 长者模式⟧</a></div>
<div class="logo">⟦m 葑城县农业农村局　FENGCHENG AGRICULTURE⟧</div>
<ul class="menu"><li>⟦m 网站首页⟧</li><li>⟦m 机构概况⟧</li><li>⟦m 信息公开⟧</li><li>⟦m 三农服务⟧</li><li>⟦m 互动交流⟧</li></ul>
<div class="crumb">⟦m 您的位置：首页 / 信息公开 / 通知公告⟧</div>
<table class="meta">
<tr><td>⟦m 信息索引：FC-NYJ-2025-00317⟧</td><td>⟦m 生成日期：2025-03-11⟧</td></tr>
<tr><td>⟦m 公开方式：主动公开⟧</td><td>⟦m 公开范围：面向社会⟧</td></tr>
</table>
<h1>{T}</h1>
<div class="tool">⟦a 【大字】【常规】【小字】 【打印正文】 【收藏本页】⟧</div>
<div class="content">
{BODY}
</div>
<div class="qrbox">⟦a 微信扫一扫 把本页带走⟧</div>
<div class="xg">⟦l 上一则：关于公布2024年度县级农业产业化龙头企业监测结果的通知⟧<br>⟦l 下一则：葑城县2025年春播农资市场检查情况通报⟧</div>
<div class="foot">⟦m 主办单位：葑城县农业农村局　三农服务热线：12316⟧<br>⟦m 备案序号：赣ICP备19022871号-3　政府网站标识码：3609250011⟧<br>⟦d 未经书面许可，不得转载本站信息⟧</div>
</body></html>
""",
        p_html='<p style="text-indent:2em">{}</p>',
        body="""
各乡镇农业综合服务中心，各苗木生产经营单位：
根据《植物检疫条例》及省农业农村厅有关要求，为防止检疫性有害生物随苗木调运传播，现就做好今年春季调运苗木产地检疫工作通知如下。
一、检疫范围。凡计划调出本县的果树苗木、花卉种苗、中药材种苗及其他繁殖材料，均须在调运前申报产地检疫，未经检疫的一律不得调出。
二、申报时间。集中申报时间为3月15日至4月20日，申报单位应提前10个工作日向县植物检疫站提交申请表、种苗来源证明和繁育地块示意图。
三、检疫方式。县植物检疫站组织专业人员到繁育地块逐块踏查，必要时抽样送实验室检测；检疫合格的，当场出具产地检疫合格证。
四、有关要求。各乡镇要将本通知转发至辖区内苗木生产经营户，做好宣传引导；对拒不申报、擅自调运的，依法予以查处。
联系人：程晓岚　　联系电话：0795-7162093
葑城县植物检疫站
2025年3月10日
""",
    ),
    dict(
        slug="gov-yuanshan-sea-rescue-plan-text",
        site="蘩阳市海洋与渔业政务网 (invented)",
        style="政府门户",
        genre="方案",
        kind="plan",
        form="text",
        source="http://hyj.fanyang.gov.cn/art/2024/6/3/art_3312_91025.html",
        title="蘩阳市海上搜救中心2024年度海上联合搜救演练实施方案",
        record_title="蘩阳市海上搜救中心2024年度海上联合搜救演练实施方案_部门文件_蘩阳市海洋与渔业政务网",
        date="2024-05-28",
        notes="decorated record title (column and site); data table one row a paragraph; chrome between paragraphs; print footer",
        page="""
!m 蘩阳市海洋与渔业政务网
!m 首页 ▸ 政务公开 ▸ 部门文件
{T}
!m 信息来源：市海上搜救中心办公室　　点击量：[ 276 ]　　更新于：2024-06-03
!a 分享到：  朋友圈  QQ好友  新浪
{BODY}
!a 【打印此文】　【返回顶部】　【关闭】
!l 本栏目推荐
!l 蘩阳市2024年伏季休渔期渔船管理通告
!l 关于开展海洋渔业安全生产大检查的通知
!m 版权所有：蘩阳市海洋与渔业局　地址：蘩阳市滨海大道318号
!m 闽ICP备08011743号
""",
        indent="\u3000\u3000",
        body="""
为检验海上搜救应急预案的可操作性，提高各成员单位协同处置海上突发事件的能力，市海上搜救中心决定于今年汛期前组织开展海上联合搜救演练，特制定本方案。
一、演练时间和地点
2024年6月18日上午9时，地点为蘩阳港东锚地以南约3海里海域。
二、演练科目
⟦m 【本文已被收录至“应急管理”专题】⟧
序号　科目　参演单位
1　渔船火灾人员落水搜寻　海事处、渔政支队
2　伤员直升机转运　航空救援大队、市急救中心
3　溢油围控与回收　港务集团、环保应急队
三、组织领导
演练设总指挥部，由市海上搜救中心主任任总指挥，下设现场指挥组、通信保障组、医疗救护组和宣传报道组。
四、工作要求
各参演单位要于6月10日前报送参演人员和船艇名单，演练前完成装备检查；演练期间过往船舶由海事部门发布航行警告，确保安全。
蘩阳市海上搜救中心
2024年5月28日
""",
    ),
    dict(
        slug="gov-pingtan-coastal-defence-summary-text",
        site="苫川县人民政府网 (invented)",
        style="政府门户",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.shanchuan.gov.cn/zwgk/ghzj/2025/0114/52231.shtml",
        title="苫川县边海防委员会办公室2024年工作总结",
        record_date="2025-01-14",
        date="2025-01-14",
        notes="record gives title and date; the document's own 成文日期 differs and is not needed; meta glued",
        page="""
!m 苫川县人民政府网　www.shanchuan.gov.cn
!m 当前页：首页＞政务公开＞规划总结
{T}
!m 2025-01-14 09:26　来源：县边海防办　作者：林静　　字号：⟦a 大　中　小⟧
{BODY}
!l 相关稿件：
!l · 我县开展“国防教育进渔村”宣传活动
!l · 县边海防办召开护边员队伍建设座谈会
!d 本网站所载文字、图片等，未经授权不得复制或镜像。
!m 苫川县人民政府办公室主办　联系我们　网站地图
""",
        gap=True,
        body="""
2024年，县边海防办在县委、县政府和上级边海防委员会的领导下，围绕“管好海岸线、守好海防门”的目标，扎实推进各项工作，全县海防管控秩序平稳。
一、海防基础设施建设稳步推进。完成沿海6处海防监控点位升级改造，新建岸线巡逻道4.2公里，修缮界碑警示牌37块。
二、护边员队伍不断壮大。全年新选聘护边员22名，总数达到118名，组织集中培训2期，护边员巡护里程累计超过3万公里。⟦m 编辑：周瑾⟧
三、军警民联防机制更加顺畅。与海警工作站、边境派出所建立月度会商制度，联合开展海上清理整治行动9次，查处“三无”船舶14艘。
四、国防教育深入人心。在12个沿海村居设立海防宣传栏，开展“海防知识进渔村”活动30余场。
2025年，我们将继续完善智慧海防系统，推动护边员队伍职业化建设，为全县经济社会发展营造安全稳定的海防环境。
""",
    ),
    dict(
        slug="party-qishan-jiyao-speech-html",
        site="萁山市委机关党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://jgdj.qishan.gov.cn/djdt/ldjh/202407/0702_3318.html",
        title="在市委机要局“七一”党员大会上的讲话",
        record_title="【领导讲话】在市委机要局“七一”党员大会上的讲话--萁山机关党建",
        date="2024-07-01",
        notes="date under the speech title; speaker line neutral; a 下载 word in a body sentence about secret documents",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>【领导讲话】在市委机要局“七一”党员大会上的讲话--萁山机关党建</title>
<style>.red{color:#c00}</style></head>
<body>
<div id="banner">⟦m 萁山市委机关党建网　凝心聚力·服务大局⟧</div>
<div id="nav">⟦m 首页 | 党建动态 | 领导讲话 | 支部风采 | 学习园地 | 廉政建设⟧</div>
<div id="pos">⟦m 位置：首页 → 领导讲话⟧</div>
<div class="art">
<h2 class="red">{T}</h2>
<p class="center">（2024年7月1日）</p>
<p class="center">市委机要局局长　韩立峰</p>
<div class="info">⟦m 发布人：机关党委　浏览：1024　日期：2024-07-03⟧</div>
{BODY}
<div class="end">⟦a 【推荐给朋友】【打印】【关闭】⟧</div>
</div>
<div class="side"><h4>⟦l 热点文章⟧</h4><ul><li>⟦l 机关党支部“三会一课”台账规范⟧</li><li>⟦l 市直机关青年理论学习小组活动掠影⟧</li></ul></div>
<div id="footer">⟦m 中共萁山市直属机关工作委员会　版权所有⟧<br>⟦m 技术支持：萁山云网信息科技有限公司⟧</div>
</body></html>
""",
        body="""
同志们：
今天，我们在这里召开党员大会，庆祝中国共产党成立103周年，表彰一批优秀共产党员和先进党支部。首先，我代表局党组，向受到表彰的同志表示热烈祝贺！
机要工作是党的生命线上的一项重要工作。一年来，全局党员干部坚守岗位、默默奉献，安全传递各类涉密文电两万余件，实现了“零差错、零泄密”。这些成绩的取得，靠的是每一名党员对党的忠诚。
下面，我讲三点意见。
第一，要始终把政治忠诚放在首位。机要干部手中握着党的核心秘密，必须把讲政治贯穿工作全过程，做到绝对忠诚、绝对可靠、绝对纯洁。
第二，要严守保密纪律。任何人不得私自复制、下载涉密文件，不得使用非涉密设备处理涉密信息；各支部要每季度开展一次保密自查，发现隐患立即整改。
第三，要锤炼过硬作风。机要工作容不得半点马虎，要持续开展岗位练兵，让每一名党员都成为业务骨干。
同志们，让我们以这次大会为新的起点，守初心、担使命，为全市发展大局提供坚强可靠的机要保障！
""",
    ),
    dict(
        slug="party-wanjiang-anti-cult-notice-text",
        site="蔺阳先锋网 (invented)",
        style="党建网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.linyangxf.cn/tzgg/2024/1118/4471.html",
        title="关于在全县开展反邪教警示教育宣传月活动的通知",
        record_title=None,
        date="2024-11-15",
        notes="title missing, found on the page; minutes-like table of activities; chrome glued before a 。",
        page="""
!m 蔺阳先锋网——中共蔺阳县委组织部主办
!m 所在位置：先锋网首页 >> 通知公告
{T}
!m 时间：2024-11-18　来源：县委政法委　浏览量：488
{BODY}
!l 【上一篇】关于做好2024年度党费收缴工作的提醒
!l 【下一篇】全县基层党组织书记培训班开班
!d 声明：本站发布信息仅供参考，请以正式文件为准。
!m 地址：蔺阳县人民路9号　邮编：343900
""",
        indent="    ",
        body="""
各乡镇党委，县直各单位党组（党委）：
为深入开展反邪教警示教育，增强广大群众识邪、防邪、拒邪的能力，经研究，决定于2024年12月在全县开展反邪教警示教育宣传月活动。现将有关事项通知如下。
一、活动安排
时间　内容　责任单位
12月1日—10日　反邪教知识进村入户　各乡镇
12月11日—20日　警示教育展览巡展　县委政法委、县文化馆
12月21日—31日　青少年反邪教主题班会　县教育体育局
二、工作要求
1. 各单位要高度重视，结合实际制定具体方案，确保活动取得实效⟦a （点击收藏本文）⟧。
2. 要注重宣传形式创新，运用村村响广播、短视频等群众喜闻乐见的方式，提高宣传覆盖面。
3. 活动结束后，各单位于2025年1月5日前将工作总结报送县委政法委。
联系人：钟旭　电话：0797-5821167
中共蔺阳县委政法委员会
2024年11月15日
""",
    ),
    dict(
        slug="corp-qinling-seed-orchard-news-html",
        site="芩岭国有林木良种场官网 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.qlseed.com.cn/news/company/2024-09-26/317.html",
        title="良种场完成2024年马尾松种子园采种任务",
        record_title="良种场完成2024年马尾松种子园采种任务 - 新闻中心 - 芩岭国有林木良种场",
        date="2024-09-26",
        notes="modern corporate template; byline date is the page's date; photo caption between paragraphs",
        page="""
<!doctype html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>良种场完成2024年马尾松种子园采种任务 - 新闻中心 - 芩岭国有林木良种场</title></head>
<body>
<header><div class="brand">⟦m 芩岭国有林木良种场⟧</div>
<nav>⟦m 首页⟧ ⟦m 走进良种场⟧ ⟦m 新闻中心⟧ ⟦m 良种苗木⟧ ⟦m 科研成果⟧ ⟦m 联系我们⟧</nav></header>
<section class="page">
<div class="bread">⟦m 首页 &gt; 新闻中心 &gt; 场内动态⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 发布时间：2024-09-26　阅读：213⟧</div>
{BODY}
<div class="share">⟦l 分享至 ⟧</div>
<div class="pn"><a>⟦l ‹ 上一条：场党支部开展秋季防火主题党日活动⟧</a><a>⟦l 下一条：湿地松无性系测定林通过省级验收 ›⟧</a></div>
</section>
<footer>⟦m 良种咨询电话：0731-8842 6610⟧　⟦m 湘ICP备2021005532号⟧<br>⟦d Copyright © 2024 芩岭国有林木良种场 All Rights Reserved⟧</footer>
</body></html>
""",
        body="""
9月下旬，芩岭国有林木良种场组织职工和周边村民120余人，完成了今年马尾松一代种子园的球果采摘任务，共采收球果38.6吨。
今年种子园结实情况良好，单株平均结果量较去年增加约15%。为保证种子质量，场里对采摘人员进行了专门培训，要求按无性系分区采摘、分别挂牌，严禁混采。
⟦m 图为职工在种子园内采摘球果（摄影：罗斌）⟧
采收的球果将集中运至场部晾晒棚，经脱粒、净种、分级后入库贮藏，预计可生产良种种子1.2吨，主要供应省内造林绿化和国家储备林建设。
场长胡启明表示，今后将继续加强种子园的抚育管理和病虫害防控，进一步提高良种供应能力。
""",
    ),
    dict(
        slug="corp-dongya-refractory-safety-rules-text",
        site="东垭耐火材料有限公司 (invented)",
        style="企业官网",
        genre="制度",
        kind="regulation",
        form="text",
        source="http://www.dongya-nc.com/about/zhidu/2023/112.html",
        title="东垭耐火材料有限公司隧道窑安全操作规程",
        record_title="东垭耐火材料有限公司隧道窑安全操作规程.docx",
        date=None,
        notes="file-name title; rules whose articles speak of 扫码 and 打印; revision year in the text only as a year; no date",
        page="""
!m 东垭耐材　DONGYA REFRACTORIES
!m 网站首页 | 关于我们 | 产品中心 | 质量管理 | 新闻资讯 | 人才招聘
!m 当前位置：关于我们 > 规章制度
{T}
!m 上传时间：3天前　 文件大小：36KB
{BODY}
!a 下载本制度（Word）　在线打印
!w 采购热线：0379-6281 5518　销售经理 手机 139 3796 0214
!d ©2012-2024 东垭耐火材料有限公司 豫ICP备12020183号
""",
        body="""
第一章　总则
第一条　为规范隧道窑的运行操作，防止高温烫伤、窑车脱轨和燃气泄漏事故，依据有关法律法规和本公司安全生产责任制，制定本规程。
第二条　本规程适用于公司烧成车间全部隧道窑及其附属设备。
第二章　操作要求
第三条　操作人员须经安全培训考核合格，持证上岗；上岗前应扫码登录设备管理系统，领取当班点检表。
第四条　点火前须检查燃气管道阀门、压力表和报警装置，确认无泄漏后方可点火。
第五条　推车作业时，窑车之间应保持规定间距，严禁在推车机运行时跨越轨道。
第六条　窑温曲线由中控室设定，任何人不得擅自调整；确需调整的，须报车间主任批准。
第三章　交接班
第七条　交接班时双方应共同检查窑况，交班人须打印当班运行记录并签字，接班人确认后方可离岗。
第八条　本规程自发布之日起施行，由安全环保部负责解释。
""",
    ),
    dict(
        slug="intranet-qingyan-shale-gas-minutes-html",
        site="青岩页岩气开发公司内网 (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.qy-shalegas.local/doc/view?id=20240412-0087",
        title="青岩页岩气开发公司2024年二季度安全环保例会纪要",
        record_title="内网公文｜青岩页岩气开发公司2024年二季度安全环保例会纪要",
        date="2024-04-12",
        date_also=["2024-04-10"],
        notes="intranet document view with 流转记录; minutes' 时间/地点/主持 lines kept; 印发 date expected, meeting date accepted",
        page="""
<html><head><meta charset="utf-8"><title>内网公文｜青岩页岩气开发公司2024年二季度安全环保例会纪要</title></head>
<body class="oa">
<div class="oa-top">⟦m 青岩页岩气协同办公平台⟧　⟦m 当前用户：生产运行部 刘芸⟧　⟦a 退出登录⟧</div>
<div class="oa-left"><ul><li>⟦m 待办事项(3)⟧</li><li>⟦m 已办事项⟧</li><li>⟦m 公文查阅⟧</li><li>⟦m 通讯录⟧</li></ul></div>
<div class="oa-main">
<div class="docbar">⟦a 下载正文　　另存为PDF　　加入我的收藏⟧</div>
<h3>{T}</h3>
<div class="docno">青页气纪〔2024〕9号</div>
{BODY}
<div class="flow"><h5>⟦m 流转记录⟧</h5>
<p>⟦m 2024-04-12 16:05　综合办公室 拟稿 王珏⟧</p>
<p>⟦m 2024-04-12 17:20　分管领导 签发 彭涛⟧</p>
<p>⟦m 阅读次数：57⟧</p></div>
</div>
<div class="oa-foot">⟦d 内部资料 注意保密 严禁外传⟧</div>
</body></html>
""",
        body="""
时间：2024年4月10日14:30
地点：公司生产指挥中心二楼会议室
主持：彭涛（分管安全副总经理）
参会：各作业区负责人、安全环保部、生产运行部、物资供应部相关人员
会议听取了一季度安全环保工作情况汇报，分析了当前压裂施工高峰期面临的风险，研究部署了二季度重点工作。纪要如下：
一、一季度全公司未发生一般及以上生产安全事故和环境污染事件，完成压裂井段146段，返排液回用率达到92%。
二、二季度是压裂施工和新井投产集中期，各作业区要严格落实井控管理“十不准”，对高压管汇每班进行巡检。
三、安全环保部牵头，于4月底前完成对3个承包商队伍的安全资质复核，不合格的一律清退。
四、物资供应部要在5月15日前补齐作业区应急物资储备，重点是防喷器配件和吸油毡。
五、各部门按照职责分工抓好落实，5月初召开专题会议检查进展。
印发：公司领导，各部门、各作业区
青岩页岩气开发公司综合办公室　2024年4月12日印发
""",
    ),
    dict(
        slug="intranet-haikou-stevedore-notice-text",
        site="汀屿港口装卸公司OA (invented)",
        style="企业内网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://10.8.1.20/oa/notice/2024/0821-15.html",
        title="关于台风季装卸作业安全管理的紧急通知",
        record_title="关于台风季装卸作业安全管理的紧急通知",
        date="2024-08-21",
        notes="OA export with approval trail; numbered list; own 值班电话 kept beside the OA's help line",
        page="""
!m 汀屿港口装卸有限公司 办公自动化系统
!m 公告栏 ＞ 紧急通知
!m 发文部门：安全监督部　　发布人：李宏川　　发布：2024-08-21 08:12
!a [转发]  [打印]  [导出]
{T}
{BODY}
!m 审批记录：部门经理 郑洁 同意 08:03 ／ 分管副总 施启航 同意 08:10
!m 已读人数 214　未读人数 37
!w 系统使用问题请联系信息中心 分机 8800
""",
        body="""
各作业队、各班组：
据气象部门预报，今年第11号台风预计于8月23日前后影响我港，最大风力可达11级以上。为确保人员和设备安全，现紧急通知如下：
1. 自8月22日18时起，停止所有门机、岸桥的高空作业，吊具落地锁定，防风拉索全部到位。
2. 堆场集装箱堆高不得超过三层，空箱区加绑防风索具。
3. 各作业队于8月22日12时前完成库场排水沟清理，检查配电箱防水情况。
4. 台风影响期间实行24小时值班，值班人员不得擅离岗位，发现险情立即上报。
公司防台值班电话：0591-8327 6119
安全监督部
2024年8月21日
""",
    ),
    dict(
        slug="fanwen-shiyu-barite-mine-summary-text",
        site="写作侠范文网 (invented)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.xiezuoxia.net/zongjie/qiye/89120.html",
        title="重晶石矿2024年安全生产工作总结",
        record_title="【精选】重晶石矿2024年安全生产工作总结（通用5篇）",
        date="2024-12-26",
        notes="decorated title; writing-service prompt glued after a sentence; paywall between paragraphs; 成文日期 in Chinese numerals",
        page="""
!m 写作侠范文网 — 你身边的材料好帮手
!m 首页 ＞ 工作总结 ＞ 企业总结
!t 【精选】重晶石矿2024年安全生产工作总结（通用5篇）
!m 更新：2025-01-02　 作者：侠客笔记　 热度：⭐⭐⭐⭐
!a ▶ 复制全文　▶ 下载DOC　▶ 加入书架
!t 篇一：{T}
{BODY}
!a 剩下4篇需开通侠客会员后阅读，首月仅需9.9元
!l 你可能还想看：矿山企业年度安全总结范本　　非煤矿山安全标准化汇报材料
!d 本站文章均来自网友投稿，仅供参考，如有侵权请联系删除。
!m 写作侠范文网 xiezuoxia.net  陕ICP备20008713号
""",
        indent="\u3000\u3000",
        body="""
2024年，我矿以安全生产标准化建设为抓手，坚持“安全第一、预防为主、综合治理”的方针，全年实现零死亡、零重伤、零职业病新发病例。
一、强化责任落实。矿长与各工区、班组层层签订安全生产责任书，把安全指标纳入月度绩效考核，全年兑现安全奖惩23人次。⟦w 需要原创代写的朋友加V：xzx_0817⟧
二、深化隐患排查。坚持每日班前检查、每周专项检查、每月综合大检查，共排查隐患312项，整改率100%，其中重大隐患2项均已按期销号。
⟦a 试读结束，开通会员可查看完整范文⟧
三、加强尾矿库管理。完成尾矿库在线监测系统升级，汛期落实24小时值守，坝体位移、浸润线数据全部在正常范围内。
四、提升应急能力。修订综合应急预案和3个专项预案，组织透水、冒顶、火灾应急演练6次，参演人员420人次。
2025年，我矿将继续推进智能化改造，减少井下作业人员，努力建设本质安全型矿山。
石峪重晶石矿业有限公司
二〇二四年十二月二十六日
""",
    ),
    dict(
        slug="fanwen-mulan-juncao-speech-html",
        site="材料铺子 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.cailiaopuzi.com/jianghua/nongye/202406/5512.html",
        title="在全县菌草产业发展推进会上的讲话",
        record_title="在全县菌草产业发展推进会上的讲话_材料铺子",
        date="2024-06-20",
        notes="old gb2312 table layout with marquee, visitor counter and font-size row; date under the speech title",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>在全县菌草产业发展推进会上的讲话_材料铺子</title></head>
<body bgcolor="#f5f5f5">
<table width="960" align="center" border="0" cellpadding="0" cellspacing="0">
<tr><td>⟦m 材料铺子 cailiaopuzi.com⟧</td><td align="right">⟦a 设为首页⟧ | ⟦a 加入收藏⟧ | ⟦a 会员登录⟧</td></tr>
<tr><td colspan="2"><marquee>⟦d 本站所有范文仅供写作参考，严禁原文照抄用于正式场合⟧</marquee></td></tr>
<tr><td colspan="2">⟦m 您的当前位置：材料铺子 >> 领导讲话 >> 农业农村⟧</td></tr>
</table>
<table width="960" align="center"><tr><td width="700" valign="top">
<h2>{T}</h2>
<p align="center">（2024年6月20日）</p>
<p>⟦a 【字体：大 中 小】⟧　⟦m 人气：3318⟧</p>
{BODY}
<p>⟦l 上一篇：在全县烟叶收购工作会议上的讲话⟧</p>
<p>⟦l 下一篇：乡村振兴示范村创建推进会主持词⟧</p>
</td><td width="260" valign="top">
<p>⟦l ★ 本周排行⟧</p><p>⟦l 1. 县长在防汛工作会议上的讲话⟧</p><p>⟦l 2. 农业产业化座谈会发言提纲⟧</p>
<p>⟦w 写材料找老铺 QQ 2901178843⟧</p>
</td></tr></table>
<table width="960" align="center"><tr><td align="center">⟦m 访问统计：今日 1021 / 总计 4401872⟧<br>⟦m Copyright 2009-2024 材料铺子 版权所有 桂ICP备09012655号⟧</td></tr></table>
</body></html>
""",
        body="""
同志们：
这次会议的主要任务是总结近年来全县菌草产业发展情况，分析形势，部署下一阶段工作。刚才，三个乡镇和两家企业作了交流发言，讲得很实在。
菌草是我县脱贫攻坚时期培育起来的特色产业。目前，全县菌草种植面积达到1.6万亩，带动食用菌生产、菌草饲料和生态治理等多个领域发展，带动农户4200多户。
但我们也要看到，产业链条短、精深加工不足、品牌影响力不强等问题依然突出。
下一步，要重点抓好三件事：一是扩大优质菌草种植规模，在坡耕地和石漠化区域推广菌草固土护坡；二是引进培育加工龙头企业，发展菌草饲料、菌草板材等产品；三是完善技术服务体系，与农林大学共建菌草技术推广站。
同志们，菌草虽小，连着群众的钱袋子。希望大家鼓足干劲，把这株“幸福草”种得更好！
""",
    ),
]

"""holdout191, part A: 范文站, 文库预览, 政府门户, 新闻门户, 论坛. Invented text; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="fanwen-moqi-speech-ricecooker-quality-gb2312",
        site="墨畦范文网 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.moqifw.com/jianghua/jingji/2025/0506/18213.html",
        title="在全县电饭锅产业质量提升推进会上的讲话",
        record_title="【优选范文】在全县电饭锅产业质量提升推进会上的讲话（通用2篇）_墨畦范文网",
        date="2025-04-18",
        notes="old table layout with marquee, reading-settings row, ghost-writer QQ line between paragraphs, "
        "a collect button glued after a sentence, visitor counter; speaker and date lines under the title (neutral); "
        "the update stamp is no date",
        page="""
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【优选范文】在全县电饭锅产业质量提升推进会上的讲话（通用2篇）_墨畦范文网</title>
<script language="javascript" src="/js/count.js"></script>
<link href="/css/style.css" rel="stylesheet" type="text/css">
</head>
<body topmargin="0" leftmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0"><tr>
<td width="260"><a href="/">⟦m 墨畦范文网⟧</a></td><td>⟦m 笔下有畦，字里生花⟧</td>
<td align="right"><a href="/user/login.asp">⟦a 会员登录⟧</a> | <a href="/user/reg.asp">⟦a 新用户注册⟧</a></td></tr></table>
<table width="960" border="0" align="center" class="nav"><tr>
<td><a href="/">⟦m 网站首页⟧</a></td><td><a href="/jianghua/">⟦m 领导讲话⟧</a></td><td><a href="/zongjie/">⟦m 工作总结⟧</a></td><td><a href="/jihua/">⟦m 计划规划⟧</a></td><td><a href="/xinde/">⟦m 心得感悟⟧</a></td></tr></table>
<marquee scrollamount="3" onmouseover="this.stop()">⟦m 墨畦范文网温馨提示：范文仅供参考借鉴，请结合本单位实际修改使用⟧</marquee>
<table width="960" border="0" align="center"><tr><td width="700" valign="top">
<div class="weizhi">⟦m 您当前所在：网站首页 ＞＞ 领导讲话 ＞＞ 经济工作讲话⟧</div>
<h2 align="center">{T}</h2>
<div class="xx" align="center">⟦m 录入：畦边客　　人气：4620　　更新：2025-05-06⟧</div>
<div class="zh">⟦a 【阅读设置：字大 字中 字小｜护眼底色】⟧</div>
<p align="center">县委副书记、县长　韦家禾</p>
<p align="center">（2025年4月18日）</p>
<div class="content">
{BODY}
</div>
<div class="down"><a href="/down.asp?id=18213">⟦a ↓ 点此下载本篇（.doc格式，会员免费）⟧</a></div>
<div class="sx">⟦l 上篇：在全县食品产业招商推介会上的致辞⟧<br>⟦l 下篇：工业园区质量月活动启动仪式主持词⟧</div>
</td><td width="250" valign="top">
<table class="hot"><tr><td>⟦l 本月热门⟧</td></tr>
<tr><td><a href="/a/1.html">⟦l 县长在全县工业经济运行调度会上的讲话⟧</a></td></tr>
<tr><td><a href="/a/2.html">⟦l 质量强县工作推进会表态发言⟧</a></td></tr>
<tr><td><a href="/a/3.html">⟦l 小家电产业链链长制工作方案⟧</a></td></tr></table>
<div class="qqbox">⟦w 在线代拟 QQ 2871940563⟧</div>
</td></tr></table>
<table width="960" align="center" class="foot"><tr><td>
⟦d 本站范文来源于网络及会员投稿，版权归原作者，如有异议请来函说明⟧<br>
⟦m Copyright 2012-2025 墨畦范文网 www.moqifw.com 湘ICP备13008752号⟧<br>
⟦m 您是本站第 0031827 位访客⟧
</td></tr></table>
</body></html>
""",
        p_html="<p>　　{}</p>",
        body="""
同志们：
今天召开全县电饭锅产业质量提升推进会，主要是总结去年以来产业发展情况，分析质量方面存在的短板，部署下一阶段工作。刚才，县市场监管局通报了一季度产品抽检情况，两家企业作了交流发言，讲得很实在。⟦a 〔收藏本文〕⟧下面，我讲三点意见。
一、正视差距，增强质量提升的紧迫感
全县现有电饭锅整机及配件企业47家，去年产量突破1100万台，已成为县域经济的重要支柱。但也要看到，去年省级抽查中我县有6批次产品不合格，问题集中在内胆涂层、温控器和电源线等部位。
⟦w 写材料卡壳了？资深笔杆一对一代拟，QQ：2871940563（请注明来意）⟧
二、突出重点，抓住关键环节
一要抓标准，引导骨干企业对标行业先进标准修订企业标准；二要抓检测，年内建成县级小家电公共检测中心，让中小企业在“家门口”就能送检；三要抓人才，联合县职业中专开设温控装配、注塑工艺等订单班。
三、压实责任，形成工作合力
各乡镇、园区和部门要明确专人、建立台账、按月调度。对质量问题屡查屡犯的企业，该约谈的约谈，该曝光的曝光。
同志们，质量是产业的生命。希望大家拿出实招硬招，推动我县电饭锅从“卖得多”向“卖得好”转变！
""",
    ),
    dict(
        slug="fanwen-wenyuan-report-sandpaper-workshop-table",
        site="文苑拾穗网 (invented)",
        style="范文站",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://www.wenyuanss.com/shuzhi/chejian/27710.html",
        title="砂纸分厂生产车间主任2024年度述职报告",
        record_title="砂纸分厂生产车间主任2024年度述职报告（精编版）_文苑拾穗网",
        date="2025-01-10",
        notes="decorated title repeated on the page; a data table (cells apart by ideographic spaces); a members-only line "
        "between paragraphs and a ghost-writer WeChat glued after a sentence; the update stamp is no date, the 成文日期 is",
        page="""
!m 文苑拾穗网｜专注职场公文十二年
!m 首页 ＞ 述职报告 ＞ 车间述职
!t 砂纸分厂生产车间主任2024年度述职报告（精编版）
!m 更新时间：2025-02-03　　来源：会员投稿　　浏览：2306
!a ★收藏　☆复制　↓导出Word
{T}
{BODY}
!a 喜欢这篇范文？点右上角“收藏”，下次就找得到
!l 相关范文推荐
!l ◇ 质检科科长2024年个人述职报告
!l ◇ 生产车间班组长年终述职（可编辑）
!l ◇ 企业安全员述职述廉报告范文
!d 温馨提示：本站范文均由会员整理上传，请勿直接用于正式场合。
!m 文苑拾穗网 wenyuanss.com　　苏ICP备16052291号-3
""",
        indent="\u3000\u3000",
        body="""
2024年，我在公司党委和分厂领导的带领下，带领生产车间62名职工，围绕“提产量、保质量、降消耗、守安全”的目标开展工作。现将一年来的履职情况报告如下。
一、主要指标完成情况
指标　计划　完成
砂纸产量（万张）　1800　1936
一次交检合格率（%）　98.0　98.6
单位能耗（千克标煤/万张）　41.5　39.8
⟦a 本文为会员专享范文，开通会员即可复制全文⟧
二、重点做了三件事
1.推动涂胶工序改造。组织技术骨干对两条涂胶线进行刮刀改造，胶层厚度波动由±8微米降到±4微米，砂纸掉砂投诉比上年减少一半。⟦w （代写述职材料，找小穗：微信 suishi_2019）⟧
2.抓好粉尘防爆。坚持每班清扫积尘、每周检查除尘器泄爆片，全年未发生粉尘燃爆事故。
3.带好班组队伍。开展“师带徒”结对11对，3名职工取得中级工证书。
三、不足和打算
车间设备老化、夜班人员流动较大的问题仍较突出。2025年，我将重点推进砂纸分切工序自动化改造，力争人均效率提高10%。
述职人：邵明川
2025年1月10日
""",
    ),
    dict(
        slug="wenku-zhanye-research-storage-box-spark-markers",
        site="栈页文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://www.zhanyewk.com/p/5520917364.html",
        title="关于耜阳县塑料保鲜盒产业发展情况的调研报告",
        record_title="关于耜阳县塑料保鲜盒产业发展情况的调研报告.docx",
        date=None,
        notes="file-name record title, repeated on the page; page markers ⸾n⸾ glued or on lines of their own cut sentences; "
        "decimal headings 1.1/2.1; a members' prompt between paragraphs; upload stamp is no date, the report has none",
        page="""
!m 栈页文库
!m 首页 ／ 行业资料 ／ 轻工塑料
!t 关于耜阳县塑料保鲜盒产业发展情况的调研报告.docx
!m 贡献者：sy_plastic　上传时间：2025-07-02　页数：5页　下载券：3
!a 阅读模式：单页｜双页　　放大　缩小
!p ⸾1⸾
{BODY}
!a 试读到此结束，余下内容下载后查看
!a 【下载全文】3下载券　　【加入文集】
!l 猜你想看：塑料制品行业调研报告｜日用塑料市场分析
!d 本文档由用户自行上传，文库仅提供存储服务，若有侵权请联系平台删除。
""",
        pages=dict(fmt="⸾{n}⸾", every=150, start=2, glue="mix"),
        body="""
为摸清全县塑料保鲜盒产业底数，县工商联会同县工信局组成调研组，于5月至6月走访了23家生产企业和4个电商服务站，召开座谈会3场。现将调研情况报告如下。
一、产业基本情况
1.1 规模。全县现有保鲜盒生产企业58家，其中规模以上企业11家，2024年产值9.7亿元，产品以PP塑料、玻璃和硅胶三类为主。
1.2 市场。线上销售占比已达六成，主要通过电商平台直播带货，出口集中在东南亚和中东地区。
⟦a 开通文库会员，本篇免券下载⟧
二、存在的问题
2.1 同质化竞争。多数企业模具雷同，价格战导致平均利润率不足5%。
2.2 质量隐患。部分小作坊使用回收料，耐热标识与实际不符，去年有3批次产品微波加热后变形开裂。
三、对策建议
建议设立模具共享中心，推动企业联合申报“耜阳保鲜盒”集体商标，同时对使用回收料、虚标耐热温度等行为开展专项整治。
耜阳县工商联调研组
""",
    ),
    dict(
        slug="wenku-zhiye-summary-kneepad-volunteers-html-pages",
        site="知页文库 (invented)",
        style="文库预览",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://www.zhiye-wk.com/read/88310472.html",
        title="鞯岭街道“护膝暖冬·关爱老人”志愿服务活动总结",
        record_title=None,
        date="2025-01-06",
        notes="no title in the record (the reader's <h1>, its <title> only the site); page markers 【续页n】 as paragraphs "
        "cut sentences; an unlock box; the upload stamp is no date, the 成文日期 is",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>知页文库 - 在线阅读</title>
<link rel="stylesheet" href="/static/reader.css"><script src="/static/reader.js"></script></head>
<body>
<header class="top"><a class="logo" href="/">⟦m 知页文库⟧</a>
<nav><a href="/cat/zongjie">⟦m 总结汇报⟧</a> <a href="/cat/fangan">⟦m 方案计划⟧</a> <a href="/cat/gongwen">⟦m 党政公文⟧</a></nav>
<a class="vip" href="/vip">⟦a 开通畅读会员⟧</a></header>
<div class="bread">⟦m 知页文库 › 总结汇报 › 活动总结⟧</div>
<main class="reader">
<h1 class="doc-title">{T}</h1>
<div class="doc-meta">⟦m 上传者：街巷志愿者　　4页　　浏览 1,286　　2025-02-11 上传⟧</div>
<div class="pages">
{BODY}
</div>
<div class="lock">⟦a 剩余 2 页未读，开通会员后继续阅读⟧ <button>⟦a 立即解锁⟧</button></div>
</main>
<aside><h3>⟦l 同类文档⟧</h3><ul><li>⟦l 敬老月志愿服务活动总结⟧</li><li>⟦l 冬季送温暖活动方案（社区版）⟧</li></ul></aside>
<footer><p>⟦d 文档由用户上传分享，知页文库不对内容真实性负责；如涉侵权，请通过页面底部“申诉”入口反馈。⟧</p>
<p>⟦m 知页文库 zhiye-wk.com　浙ICP备20017364号-2⟧</p></footer>
</body></html>
""",
        p_html='<div class="pg-line">{}</div>',
        pages=dict(fmt="【续页{n}】", every=160, start=2),
        body="""
入冬以来，街道团工委、新时代文明实践所联合辖区6个社区，组织开展“护膝暖冬·关爱老人”志愿服务活动，为独居、高龄和患有关节疾病的老人送去护膝和冬季健康知识。现将活动情况总结如下。
一、基本情况
活动自2024年11月中旬开始，到12月底结束，共发动志愿者146名，走访老人632户，发放护膝700副，其中由辖区服装厂捐赠的加绒护膝400副，志愿者手工编织的毛线护膝300副。
⟦d 以下为文档预览内容，排版可能与原文件不同⟧
二、主要做法
（一）摸清需求。各社区网格员提前入户登记老人的腿围和健康状况，做到按需发放、大小合适。
（二）结对上门。志愿者两人一组包片上门，帮助老人试戴护膝，并留下联系方式。
（三）讲好知识。邀请社区卫生服务中心医生录制膝关节保暖小视频，在楼栋微信群中转发。
三、存在的不足
部分志愿者入户时间与老人作息不一致，个别楼栋需多次上门；手工编织护膝的尺寸不够统一。明年我们将提前制定入户时间表，并统一编织样板。
鞯岭街道团工委
2025年1月6日
""",
    ),
    dict(
        slug="gov-louchuan-bulletin-ricecooker-spotcheck-index-table",
        site="耧川县人民政府 (invented county portal)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="html",
        source="http://www.louchuan.gov.cn/zwgk/tzgg/202507/t20250722_3318471.html",
        title="关于2025年第二季度电饭锅产品质量监督抽查结果的通报",
        record_title="关于2025年第二季度电饭锅产品质量监督抽查结果的通报_耧川县人民政府",
        date="2025-07-18",
        date_also=["2025-07-22"],
        notes="county portal: care-mode links, 索引号 table (its 文号 cell unmarked: neutral), font row, share bar, footer; "
        "a table of failed products; the document's own contact next to the site's maintenance phone; "
        "发布日期 and 成文日期 differ (the document's date expected)",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>关于2025年第二季度电饭锅产品质量监督抽查结果的通报_耧川县人民政府</title>
<meta name="SiteName" content="耧川县人民政府">
<script src="/js/jquery.min.js"></script><script src="/js/common.js"></script>
</head><body>
<div class="topbar"><a href="/care">⟦a 敬老版⟧</a>｜<a href="#">⟦a 朗读本页⟧</a>｜<a href="#">⟦a 繁體⟧</a>｜<a href="/user">⟦a 个人中心⟧</a></div>
<div class="banner"><span>⟦m 耧川县人民政府门户网站⟧</span></div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政务服务⟧</li><li>⟦m 互动交流⟧</li><li>⟦m 走进耧川⟧</li></ul>
<div class="location">⟦m 您的位置：首页 ＞ 政务公开 ＞ 通知公告⟧</div>
<table class="xxgk">
<tr><td>⟦m 索引号：11431028MB1L03472X/2025-00318⟧</td><td>⟦m 主题分类：市场监管、安全生产监管⟧</td></tr>
<tr><td>⟦m 发布机构：县市场监督管理局⟧</td><td>⟦m 发布日期：2025-07-22⟧</td></tr>
<tr><td>⟦m 名称：关于2025年第二季度电饭锅产品质量监督抽查结果的通报⟧</td><td>文号：耧市监〔2025〕41号</td></tr>
</table>
<div class="article">
<h1>{T}</h1>
<div class="info">⟦m 来源：县市场监管局　　浏览次数：587⟧　⟦a 字号：A+ A A-⟧</div>
<div class="TRS_Editor">
{BODY}
</div>
<div class="share">⟦l 分享到：微信 微博 QQ空间⟧</div>
<div class="tools">⟦a 【打印本页】【关闭窗口】⟧</div>
<div class="rel"><h4>⟦l 相关文件⟧</h4><ul><li>⟦l 关于2025年第一季度小家电产品质量监督抽查结果的通报⟧</li><li>⟦l 耧川县2025年产品质量监督抽查计划⟧</li></ul></div>
</div>
<div class="footer">
<p>⟦m 主办：耧川县人民政府办公室　承办：耧川县政务服务和数据局⟧</p>
<p>⟦m 网站标识码：4310280017　湘ICP备05011827号　湘公网安备43102802000193号⟧</p>
<p>⟦m 网站运维电话：0739-6211500（工作日）⟧</p>
</div>
</body></html>
""",
        body="""
各乡镇人民政府、园区管委会，县直有关单位，各有关企业：
为加强电饭锅产品质量监管，今年4月至6月，我局对全县电饭锅生产企业开展了产品质量监督抽查，共抽查26家企业的30批次产品，检验合格27批次，不合格3批次，批次合格率为90.0%。现将有关情况通报如下。
一、不合格产品情况
企业名称　产品型号　不合格项目
耧川县禾沐电器有限公司　MF-30B3　内胆涂层附着力
耧川县佳禾厨电厂　JH-40Y　温升、电源线
耧川县顺和小家电有限公司　SH-D218　标志和说明
二、处理要求
1.不合格产品生产企业要立即停止生产、销售同型号产品，查明原因，认真整改，并于8月15日前将整改报告报送县市场监管局。
2.各乡镇、园区要督促辖区企业落实质量安全主体责任，配齐质量安全员。
3.我局将对不合格企业开展跟踪抽查，对整改不到位的依法处理。
联系人：龚晓岚　联系电话：0739-6218047
耧川县市场监督管理局
2025年7月18日
""",
    ),
    dict(
        slug="gov-roucheng-notice-sanding-dust-cn-date",
        site="鞣城市应急管理局 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://yjj.roucheng.gov.cn/tzgg/aqsc/202503/t20250331_907713.html",
        title="关于加强家具制造企业砂光打磨作业粉尘防爆管理的通知",
        date="2025-03-27",
        date_also=["2025-03-31"],
        notes="title as in the record; the bureau's name as the portal's head line is also the signature (matched as head); "
        "附件 list and 抄送 line stay; the document's own phone next to the portal's duty phone; "
        "成文日期 in Chinese numerals differs from the 发布时间 (the document's date expected)",
        page="""
!m 鞣城市应急管理局
!m 当前位置：首页 » 通知公告 » 安全生产
{T}
!m 发布时间：2025-03-31 15:20　　信息来源：安全生产基础科　　访问量：1174
!a 【字体：放大 还原 缩小】　【打印】　【关闭】
{BODY}
!a 扫一扫，手机端浏览本页
!l 上一条：关于开展2025年“安全生产月”活动的通知
!l 下一条：鞣城市应急管理局2025年政务公开工作要点
!m 主办单位：鞣城市应急管理局　地址：鞣城市新桥路88号　值班电话：0736-2257110
!m 政府网站标识码：4307000031　湘ICP备08102291号
""",
        body="""
各区县（市）应急管理局，市直有关单位，各有关企业：
近期，外地一家木制品企业在砂光打磨作业中发生粉尘爆炸事故，造成人员伤亡。我市家具制造企业多、砂纸砂带用量大，打磨粉尘防爆形势不容乐观。为切实防范类似事故，现就有关事项通知如下。
一、全面开展隐患排查。各企业要在4月20日前，重点排查砂光机和手持打磨工位的吸尘罩设置、除尘系统和积尘清扫情况，建立隐患清单。
二、规范砂纸砂带使用。严禁使用破损、受潮结块的砂纸砂带；更换砂带须停机断电；打磨工位禁止用压缩空气吹扫积尘。
三、强化人员培训。企业要对打磨岗位人员开展粉尘防爆专项培训，培训情况纳入安全生产台账。
四、及时报送情况。请各区县（市）应急管理局于4月25日前将排查情况汇总表报市局安全生产基础科。
联系人：谭卓远　电话：0736-2257134　邮箱：rcyjjjck@163.com
附件：1.木制品企业打磨工序粉尘防爆隐患排查表
2.排查情况汇总表
鞣城市应急管理局
二〇二五年三月二十七日
抄送：市安委会办公室，市工业和信息化局。
""",
    ),
    dict(
        slug="news-siyang-kneepads-tilers-photo-caption",
        site="耜阳新闻网 (invented county media centre)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.siyangnews.cn/minsheng/2025-12/09/content_771203.html",
        title="县总工会为一线瓷砖铺贴工送上“暖膝包”",
        record_title="县总工会为一线瓷砖铺贴工送上“暖膝包”-耜阳新闻网",
        date="2025-12-09",
        notes="news page with ad slot, byline (发布时间 the page's date), photo caption between paragraphs, "
        "an editor line glued after the last sentence, tags, prev/next and a 24-hour list",
        page="""
<!doctype html>
<html><head><meta charset="utf-8"><title>县总工会为一线瓷砖铺贴工送上“暖膝包”-耜阳新闻网</title>
<meta name="description" content="县总工会冬送温暖"><script>window.adSlots = [];</script></head><body>
<div class="header"><div class="logo">⟦m 耜阳新闻网⟧</div><div class="slogan">⟦m 耜阳县融媒体中心主办⟧</div>
<ul class="menu"><li>⟦m 首页⟧</li><li>⟦m 时政⟧</li><li>⟦m 民生⟧</li><li>⟦m 乡镇⟧</li><li>⟦m 视频⟧</li></ul></div>
<div class="ad">⟦m 广告位招租 0738-4412088⟧</div>
<div class="pos">⟦m 当前位置：首页 › 民生⟧</div>
<div class="art"><h1>{T}</h1>
<div class="byline">⟦m 发布时间：2025-12-09 10:26　来源：耜阳县融媒体中心　作者：苗青⟧</div>
<div class="font">⟦a 字号 ＋ －⟧ ⟦a 分享 ▾⟧</div>
<div class="text">
{BODY}
</div>
<div class="tags">⟦l 关键词：总工会 户外劳动者 冬季关爱⟧</div>
<div class="prenext">⟦l 上一篇：县城新增两处户外劳动者驿站⟧<br>⟦l 下一篇：全县冬季供暖设施检修全部完成⟧</div></div>
<div class="side"><h3>⟦l 24小时热读⟧</h3><ol><li>⟦l 县人民医院开通康复科夜间门诊⟧</li><li>⟦l 今冬首场降雪将至 请注意出行安全⟧</li></ol></div>
<div class="foot">⟦d 凡本网注明“来源：耜阳县融媒体中心”的作品，未经授权不得转载、摘编。⟧<br>⟦m 耜阳新闻网 版权所有　备案号：湘ICP备17028811号-1⟧</div>
</body></html>
""",
        body="""
本网讯　12月8日，县总工会“冬送温暖”小分队来到城东新区几处在建楼盘，为120名一线瓷砖铺贴工送上装有加厚护膝、暖贴和护手霜的“暖膝包”。
瓷砖铺贴工常年跪姿作业，膝关节劳损是这个行业的“职业病”。“以前垫块纸板就跪下去了，一天下来膝盖又红又肿。”有着十几年铺贴经验的师傅郑厚田说，这次发的护膝带有硬质护盖和海绵内衬，跪在水泥地上也不硌。
⟦m 图为工会干部为铺贴工试戴护膝。苗青 摄⟧
活动现场，县人民医院康复科医生还为工人们讲解了膝关节保护知识，提醒大家每跪姿作业40分钟左右就起身活动一下。
据了解，今年以来县总工会已累计为建筑、环卫、快递等行业户外劳动者发放防寒物资1800余份。⟦m （编辑：施雨　审核：覃向东）⟧
""",
    ),
    dict(
        slug="news-xiangjiang-storage-box-swap-title-glued",
        site="缃江新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://news.xiangjiang.com.cn/shms/20250517/3104472.shtml",
        title="旧保鲜盒换新盒　塑料“变身”进社区",
        record_title="【民生】旧保鲜盒换新盒　塑料“变身”进社区 - 缃江新闻网",
        record_date="2025-05-17",
        date="2025-05-17",
        notes="decorated record title; the title printed again, glued to the lead; date in the record; related list and editor line",
        page="""
!m 缃江新闻网　>　社会民生
{T}
!m 2025-05-17 08:30　　来源：缃江日报　　记者　柯文澜
!a 【大字】【小字】　　听新闻 ▶
{T}{BODY}
!l 相关新闻：缃江试点生活垃圾“定时定点”投放一周年
!l 相关新闻：“无塑超市”开进社区菜市场
!m 责任编辑：乔知夏
!d 本网稿件，转载请注明出处
""",
        body="""
5月16日上午，缃江市芷兰社区广场上热闹非凡，“旧保鲜盒换新盒”环保活动在这里举行。居民们拿着家中变形、发黄的旧保鲜盒前来兑换，每3个旧盒可换1个新的玻璃保鲜盒。
“这些盒子用了好几年，盖子都合不严了，扔了可惜，放着又占地方。”居民易桂兰一口气带来了7个旧盒子。
活动由社区和本市一家再生资源公司共同发起。工作人员介绍，回收的旧保鲜盒将统一运往再生工厂，经分拣、清洗、破碎后制成再生塑料颗粒，用于生产花盆、收纳箱等产品。当天共回收旧保鲜盒1360个，兑换新盒420个。
社区负责人表示，下一步将把兑换点常态化设在社区“绿色小屋”，每月第三个周六开放。
""",
    ),
    dict(
        slug="forum-linxiu-post-ricecooker-burnt-junk",
        site="邻修论坛 (invented home-appliance repair forum)",
        style="论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="https://www.linxiu-bbs.net/thread-402871-1-1.html",
        title="电饭锅煮饭底部总是糊锅，温控器要换吗？",
        record_title="[求助] 电饭锅煮饭底部总是糊锅，温控器要换吗？ - 小家电维修 - 邻修论坛",
        date=None,
        notes="forum thread with anti-scraping junk as a line and glued after 。; the post time is relative (no date); "
        "a numbered question list inside a sentence; replies and a QQ group line below",
        page="""
!m 邻修论坛 - 家电维修交流社区
!m 论坛首页 » 小家电维修 » 电饭锅/电压力锅
!t [求助] 电饭锅煮饭底部总是糊锅，温控器要换吗？
!m 楼主：阿灶　发表于 3 天前　只看楼主
!m 查看：896　回复：12
{BODY}
!j kT9 #r 2w& Q
!l 沙发　炉边老周：先查磁钢限温器，十有八九是它。
!l 板凳　修锅的小马：内胆变形也会这样，放平了看看有没有缝。
!a 登录后才能回复，没有账号？立即注册
!w 邻修论坛 linxiu-bbs.net　维修互助QQ群：627301948
""",
        junk=dict(lines=1, glued=2),
        body="""
各位师傅好。家里一台用了五年的机械式电饭锅，最近煮饭底部总糊一层，米饭上面倒是熟的。
我自己拆开看了一下，发热盘表面有些发黑，中间那个弹簧顶着的感温头按下去能弹回来。网上有人说是温控器坏了，也有人说是内胆底部不平。
想问一下：1.磁钢限温器能不能单独买来换？2.换的时候要注意什么？3.要是内胆的问题，是不是直接换内胆就行？
先谢过各位，修好了回来报告结果。
""",
    ),
    dict(
        slug="forum-muzuofang-post-sandpaper-grit-jammer",
        site="木作坊论坛 (invented, Discuz-like woodworking forum)",
        style="论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="http://bbs.muzuofang.net/forum.php?mod=viewthread&tid=91844",
        title="手工打磨怎么选砂纸目数？整理了一份新手对照表",
        record_title="手工打磨怎么选砂纸目数？整理了一份新手对照表 - 木艺交流 - 木作坊论坛 - Powered by Discuz!",
        date=None,
        notes="Discuz page: jammer fonts inside the post, <br> lines, a table of grits, the poster's signature, "
        "a rating link and a reply below; 发表于 昨天 is no date",
        page="""
<html><head><meta charset="gbk"><title>手工打磨怎么选砂纸目数？整理了一份新手对照表 - 木艺交流 - 木作坊论坛 - Powered by Discuz!</title>
<style>.jammer{font-size:0;color:#fff}</style></head><body>
<div id="toptb"><a>⟦a 设为首页⟧</a> <a>⟦a 收藏本站⟧</a> <a>⟦a 手机版⟧</a></div>
<div id="hd"><h2>⟦m 木作坊论坛⟧</h2><p>⟦m 做木头的人都在这儿⟧</p></div>
<div id="pt">⟦m 木作坊论坛 » 木艺交流 » 查看内容⟧</div>
<div class="hm">⟦m 查看: 3187 | 回复: 41⟧</div>
<table id="pid1"><tr><td class="pls"><div>⟦m 刨花老樊⟧</div><p>⟦m 主题 58 帖子 932 积分 4410⟧</p></td>
<td class="plc"><h1>{T}</h1>
<div class="authi">⟦m 发表于 昨天 21:40 | 只看该作者 | 倒序浏览⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="sign">⟦m 慢工出细活，木头不会骗人。——刨花老樊的签名⟧</div>
<div class="po"><a>⟦a 回复 引用 举报⟧</a> <a>⟦l 评分 +3⟧</a></div></td></tr></table>
<div class="reply">⟦l 2# 阿松木作：收藏了，正愁打磨老是有划痕。⟧</div>
<div id="f_pst">⟦a 登录 | 注册 后可回帖⟧</div>
<div id="ft">⟦m Powered by Discuz! X3.4⟧ ⟦m 木作坊论坛 ( 皖ICP备19011763号 )⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=2),
        body="""
很多刚入坑的朋友问砂纸目数怎么选，我把自己这几年的经验整理成一张表，供参考。
目数　用途
80目　去除旧漆、找平粗糙面
120目　去掉80目留下的划痕
180目　上漆前的整体打磨
240目　木蜡油或清漆之间的轻磨
400目以上　面漆后的抛光
几点体会：一是不要跳目，每换一次砂纸都要把上一道的划痕磨干净。二是顺着木纹打磨，横着磨留下的划痕上漆后特别明显。三是砂纸用钝了就换，舍不得换反而费工。
有不同意见的欢迎拍砖。
""",
    ),
]

"""holdout344, part A: 范文 sites, 文库 previews, government portals, news portals, forums.

Invented text throughout (places, people, firms, sites, URLs, phones and chrome wording);
see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="fanwen-gengmo-speech-cutlery-box-gb2312",
        site="耕墨范文网 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.gengmo8.net/jh/jiaoyu/2024/0919/55821.html",
        title="在全县中小学食堂餐具盒统一配备工作推进会上的讲话",
        record_title="【推进会讲话】在全县中小学食堂餐具盒统一配备工作推进会上的讲话（实录整理）_耕墨范文网",
        date="2024-09-06",
        date_also=["2024-09-19"],
        notes="old table layout with marquee, font row, floating ghost-writer QQ box, reading ranking and "
        "visitor counter; speaker and date lines under the title are neutral; a ghost-writer prompt glued after "
        "a sentence and a related-essay link between paragraphs",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【推进会讲话】在全县中小学食堂餐具盒统一配备工作推进会上的讲话（实录整理）_耕墨范文网</title>
<meta name="keywords" content="餐具盒,学校食堂,讲话稿">
<link href="/skin/gm/style.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/gm_count.js"></script>
</head>
<body topmargin="0" leftmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td height="24" bgcolor="#EFEFEF"><marquee scrollamount="3">⟦m 耕墨小贴士：每晚八点准时上新，讲话、汇报、计划一站备齐⟧</marquee></td></tr>
<tr><td height="70"><a href="http://www.gengmo8.net/"><font size="6">⟦m 耕墨范文网⟧</font></a>　<font color="#996600">⟦m 一支笔，一方墨，磨好每一篇⟧</font></td></tr>
</table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0" class="nav"><tr>
<td><a href="/">⟦m 网站首页⟧</a></td><td><a href="/jh/">⟦m 领导讲话⟧</a></td><td><a href="/zj/">⟦m 总结汇报⟧</a></td><td><a href="/fa/">⟦m 计划方案⟧</a></td><td><a href="/xd/">⟦m 心得感悟⟧</a></td><td><a href="/hy/">⟦m 会议材料⟧</a></td>
</tr></table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0"><tr>
<td width="700" valign="top">
<div class="weizhi">⟦m 您的位置：<a href="/">耕墨范文网</a> → <a href="/jh/">领导讲话</a> → 教育卫生类⟧</div>
<h1 align="center">{T}</h1>
<div align="center" class="info">⟦m 投稿人：后勤老兵　发布时间：2024-09-19　浏览：1372 次⟧</div>
<div align="center" class="zihao">⟦a 【字号：大 中 小】【护眼底色】【自动滚屏】⟧</div>
<div id="content" style="font-size:14px;line-height:180%">
<p align="center">（2024年9月6日）</p>
<p align="center">县政府副县长　冉慧琴</p>
{BODY}
</div>
<div class="fy">⟦l 上一篇：秋季开学学校安全工作会议讲话稿⟧　⟦l 下一篇：在全县营养改善计划推进会上的发言⟧</div>
<div class="down"><a href="/down.asp?id=55821">⟦a 点此下载本篇Word原稿（登录后可用）⟧</a></div>
</td>
<td width="250" valign="top" bgcolor="#FAF7EE">
<div class="hot"><b>⟦l 本周阅读排行⟧</b>
<ul>
<li><a href="/jh/1.html">⟦l 学校食堂管理工作会议讲话稿⟧</a></li>
<li><a href="/jh/2.html">⟦l 校园食品安全约谈会主持词⟧</a></li>
<li><a href="/jh/3.html">⟦l 秋季学期后勤保障工作部署讲话⟧</a></li>
</ul></div>
</td></tr></table>
<div id="float_qq" style="position:absolute;right:5px;top:220px;">⟦w 材料代笔 QQ：2875510643 通宵在线⟧</div>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#EFEFEF"><tr><td align="center">
<p>⟦d 本站范文多为网友投稿，仅供写作参考，请勿整篇照搬⟧</p>
<p>⟦m Copyright 2011-2025 gengmo8.net All Rights Reserved　湘ICP备11038462号⟧</p>
<p>⟦m 您是本站第 0368214 位访客⟧</p>
</td></tr></table>
</body>
</html>
""",
        p_html="<p>　　{}</p>",
        body="""
同志们：
今天召开这次会议，主要是对全县中小学食堂餐具盒统一配备工作进行再部署、再推进。刚才，县教育局通报了前期摸底情况，三所学校作了交流发言，讲得都很实在，我都同意。下面，我讲三点意见。
一、统一思想，认清配备工作的必要性
去年秋季学期，县市场监管局在抽查中发现，部分寄宿制学校学生自带的塑料餐具盒老化开裂、清洗不到位，存在食品安全隐患。统一配备不锈钢分格餐具盒，既便于规范清洗消毒，也能减轻家长负担，是一件实实在在的民生实事。
⟦l 相关范文：在秋季学校食品安全工作会议上的讲话（共3篇）⟧
二、突出重点，把好采购和管理两道关
全县今年需配备餐具盒1.86万只，资金由县财政和学校公用经费共同承担。采购要严格按程序进行，质量标准一律不降。⟦w 写讲话稿找老杨，原创不撞稿，QQ同上⟧各学校要建立餐具盒编号登记制度，做到一生一盒、专盒专用，每餐清洗、集中消毒、保洁柜存放。
三、压实责任，确保十月底前全部到位
县教育局要牵头抓总，每周调度一次进度；各学校校长是第一责任人，后勤主任具体抓落实。十月底前，县里将组织联合检查，对进度滞后的学校进行通报。
同志们，餐具盒虽小，连着孩子们的健康。希望大家以高度负责的态度，把这件好事办好、把这件实事办实。
""",
    ),
    dict(
        slug="fanwen-wenyuan-insight-dish-brush-missing",
        site="文苑拾穗网 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.wysuiwang.com/xinde/peixun/407713.html",
        title="参加餐饮后厨卫生规范培训的心得体会",
        record_title=None,
        date=None,
        notes="no title in the record: the title line stands after a tag line; only an 'updated 2 days ago' stamp; "
        "a member line and a copy-lock line between paragraphs, a collect link glued after a sentence",
        page="""
!m 文苑拾穗网 · 拾起每一篇好文字
!m 导航：首页 ∷ 心得体会 ∷ 培训心得
!m 标签：心得体会 ／ 餐饮 ／ 后厨卫生
{T}
!m 拾穗编辑部整理　　更新于 2 天前　　已有 906 人读过
!a 〖复制全文〗〖存为文档〗〖发到手机〗
{BODY}
!a 全文共1019字，开通拾穗会员即可一键导出Word
!l ◇ 猜你也在找
!l 　· 食品从业人员健康培训心得（5篇）
!l 　· 学校食堂工作人员岗前培训体会
!l 　· 餐饮服务食品安全操作规范学习感悟
!d 文章版权归原作者所有，本站仅作分享交流，侵删请发邮件至 kefu@wysuiwang.com
!m 文苑拾穗网 版权所有　粤ICP备19072641号
""",
        indent="\u3000\u3000",
        body="""
上个月，我作为单位食堂的炊事员，参加了县餐饮行业协会组织的后厨卫生规范培训。三天课程不长，却把我干了八年的活儿重新捋了一遍，让我认识到许多过去习以为常的做法其实并不规范。
最触动我的是一把洗碗刷。过去我们食堂只有一种塑料洗碗刷，洗锅、刷碗、擦水池都用它，刷毛发黑了才换。老师现场把一把用了两个月的洗碗刷剪开，刷柄缝隙里全是油泥。老师说，洗碗刷如果不分区、不晾干，本身就会成为细菌的“温床”。
⟦a 会员专享：登录后可查看本文配套培训课件⟧
培训回来后，我向食堂管理员提了三条建议：一是洗碗刷按颜色分开，红色刷生食器具，绿色刷熟食餐具，蓝色刷水池台面；二是每天收工后把刷子挂起来沥干，不再泡在水盆里；三是每月固定更换一次，并在登记本上写明日期。⟦a 收藏本文⟧管理员采纳了这些建议，还专门买了一个挂架。
⟦d 本页内容禁止复制，如需引用请联系编辑部⟧
一把洗碗刷看着不起眼，背后却是对吃饭的人负不负责任。今后我会把培训学到的东西一点点用到日常操作中，也带着新来的同事一起做好。
""",
    ),
    dict(
        slug="wenku-zhijuan-report-umbrella-bags-pdf-markers",
        site="知卷文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://wenku.zhijuan.cn/view/7c31f0a9be4e.html",
        title="关于咏川市公共场所雨伞套使用情况的调研报告",
        record_title="关于咏川市公共场所雨伞套使用情况的调研报告.pdf",
        date="2024-05-20",
        notes="文库 reader: viewer toolbar, coin pay box, upload notice; page markers ⩆ n ⩆ as paragraphs cut "
        "sentences; an AI-summary button glued after a sentence; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>关于咏川市公共场所雨伞套使用情况的调研报告.pdf - 知卷文库</title>
<script src="https://static.zhijuan.cn/reader/v5/reader.min.js"></script>
<style>.reader-page{margin:12px auto;width:820px;background:#fff}</style>
</head>
<body>
<header class="zj-top"><a class="logo" href="/">⟦m 知卷文库⟧</a><span class="zj-slogan">⟦m 每一页，都有人认真读过⟧</span><form class="search"><input placeholder="搜文档"><button>⟦a 搜一搜⟧</button></form><a href="/login">⟦a 登录 / 领新人礼包⟧</a></header>
<div class="crumbs">⟦m 知卷文库 / 行业资料 / 城市管理 / 调研报告⟧</div>
<div class="doc-head">
<h1>{T}</h1>
<p class="doc-meta">⟦m 贡献者：雨巷里的灯　｜　5页　｜　2.1万次阅读　｜　上传于 2024-06-02⟧</p>
<div class="toolbar">⟦a 放大　缩小　适应宽度　全屏阅读⟧</div>
</div>
<div class="reader-page" id="pageContainer">
{BODY}
</div>
<div class="pay-box">
<p>⟦a 还有 3 页未展开，支付 8 知币解锁全篇⟧</p>
<p><a class="btn">⟦a 开通知卷月卡，本篇免费下⟧</a></p>
</div>
<div class="notice">⟦d 本文档由用户自行上传，知卷文库仅提供存储与展示服务，如侵犯您的权益请点击“举报”⟧</div>
<aside class="rel">
<h3>⟦l 读过这份的人也在看⟧</h3>
<ul><li>⟦l 城市公共空间精细化管理调研报告（2023）⟧</li><li>⟦l 一次性塑料用品减量情况调查问卷⟧</li><li>⟦l 商场超市环保袋使用现状分析⟧</li></ul>
</aside>
<footer>⟦m © 2025 知卷文库 zhijuan.cn　浙ICP备20016935号-3⟧</footer>
</body>
</html>
""",
        p_html='<p class="rp-line">{}</p>',
        pages=dict(fmt="⩆ {n} ⩆", every=170, start=2),
        body="""
今年3月至4月，市城市管理协会组织调研组，采取实地观察、问卷调查和座谈访谈相结合的方式，对全市商场、医院、银行网点、政务大厅等62处公共场所雨天雨伞套使用情况进行了专题调研。现将有关情况报告如下。
一、基本情况
调研的62处场所中，有49处在雨天提供一次性塑料雨伞套，占79%；有11处设置了伞套机，可一插一拉自动套袋；只有2处设置了滴水伞架。按人流量测算，全市主要公共场所一个雨天消耗雨伞套约4.3万只。⟦a AI帮你总结本页⟧
二、存在的问题
一是浪费较为突出。问卷显示，67%的受访者出门即丢弃伞套，重复使用的不足一成。二是回收渠道缺失，用过的伞套多混入其他垃圾。三是部分伞套机缺乏维护，卡袋、缺袋时有发生，门口积水反而更多。
三、几点建议
建议在人流量大的场所推广滴水伞架与可重复使用伞套并行，在入口设置伞套回收箱，将伞套机日常维护纳入物业服务考核，并通过宣传引导市民主动减少使用。
咏川市城市管理协会调研组
2024年5月20日
""",
    ),
    dict(
        slug="wenku-juanshu-plan-tape-dispenser-wrapped-markers",
        site="卷舒文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.juanshuwk.com/p-3380127465.html",
        title="滁湾县邮政分公司营业网点胶带座更换及包装耗材节约方案",
        record_title="滁湾县邮政分公司营业网点胶带座更换及包装耗材节约方案（Word可套改版）- 卷舒文库",
        date="2024-03-14",
        notes="text extracted from a preview, hard-wrapped at 62 columns; page markers ⥉n⥉ glued to the "
        "continuation line cut sentences; a preview-limit line and a pay prompt at the end",
        page="""
!m 卷舒文库 — 卷可藏书，舒可阅世
!m 全部分类 › 企业管理 › 行政后勤
!t 滁湾县邮政分公司营业网点胶带座更换及包装耗材节约方案（Word可套改版）
!m 上传时间：2024-03-20　文档页数：4　阅读：1835　下载券：2
!a 试读模式 ｜ 当前可看 3/4 页
{T}
{BODY}
!a 预览到此为止，剩余 1 页请兑换下载券后阅读
!a ◎ 立即下载（2券）　◎ 加入文件夹　◎ 纠错
!d 温馨提示：本文档为网友分享，卷舒文库不对内容准确性负责，若涉及版权请联系删除
!l 同类文档：网点包装台规范化管理制度　|　快递包装绿色转型工作方案　|　营业厅物料管理台账
!m 卷舒文库 juanshuwk.com　客服邮箱 help@juanshuwk.com
""",
        indent="\u3000\u3000",
        wrap=62,
        pages=dict(fmt="⥉{n}⥉", every=150, start=2, glue=True),
        body="""
为进一步规范营业网点包装作业，降低包装耗材成本，推进邮件快件包装绿色化，结合分公司实际，制定本方案。
一、现状
全县14个营业网点共有胶带座31台，其中21台为手动塑料胶带座，使用年限超过5年，切刀磨损、底座松动，封箱时胶带常常扯断或打滑，一箱往往要多缠两三圈。去年全县网点封箱胶带用量达2.6万卷，同比增长18%。
二、主要措施
（一）更换胶带座。4月底前，为业务量较大的9个网点更换带计长刻度的金属胶带座共18台，其余网点由分公司统一维修切刀和底座。
（二）规范封箱方式。推行“十字封箱”“一字封箱”两种标准封法，小件不再整箱缠绕，并在包装台张贴示意图。
（三）建立领用台账。胶带、纸箱按月领用、按量登记，对用量异常的网点进行提醒。
三、工作要求
各网点负责人要高度重视，认真组织营业人员学习标准封法，确保方案落到实处。
滁湾县邮政分公司综合办公室
2024年3月14日
""",
    ),
    dict(
        slug="gov-wanghu-notice-cutlery-box-disinfection",
        site="咏川市汪湖区人民政府门户网站 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.wanghu.gov.cn/zwgk/tzgg/202406/t20240613_883012.html",
        title="咏川市汪湖区市场监督管理局关于规范集体用餐配送单位餐具盒清洗消毒工作的通知",
        record_title="咏川市汪湖区市场监督管理局关于规范集体用餐配送单位餐具盒清洗消毒工作的通知_机构文件_汪湖区人民政府",
        date="2024-06-11",
        date_also=["2024-06-13"],
        notes="county portal with 关怀模式/读屏 links, 索引号 table (文号 cell unmarked: neutral), attachment download "
        "link beside the body's 附件 list, the notice's own 联系人/电话 beside the portal's 纠错 line and 12345; "
        "抄送 and 印发 lines kept",
        page="""
<!DOCTYPE html>
<html>
<head><meta charset="utf-8"><title>咏川市汪湖区市场监督管理局关于规范集体用餐配送单位餐具盒清洗消毒工作的通知_机构文件_汪湖区人民政府</title>
<script src="/static/js/jquery.min.js"></script><script src="/static/js/wza.js"></script>
</head>
<body>
<div class="wz-top">⟦a <a href="javascript:;">关怀模式</a> | <a href="javascript:;">读屏</a> | <a href="/en/">EN</a>⟧</div>
<div class="wz-banner"><span class="site">⟦m 咏川市汪湖区人民政府⟧</span><span class="slogan">⟦m 湖畔汪湖　宜居宜业⟧</span></div>
<ul class="wz-menu"><li>⟦m 首页⟧</li><li>⟦m 走进汪湖⟧</li><li>⟦m 信息公开⟧</li><li>⟦m 办事服务⟧</li><li>⟦m 政民互动⟧</li></ul>
<div class="wz-pos">⟦m 当前位置：首页 &gt; 信息公开 &gt; 通知公告⟧</div>
<table class="wz-meta">
<tr><td>⟦m 索引号：11361102MB1739025X/2024-00412⟧</td><td>⟦m 分类：市场监管、食品安全⟧</td></tr>
<tr><td>⟦m 发布机构：汪湖区市场监督管理局⟧</td><td>⟦m 生成日期：2024-06-11⟧</td></tr>
<tr><td>文号：汪市监〔2024〕41号</td><td>⟦m 发布日期：2024-06-13⟧</td></tr>
</table>
<h1 class="wz-title">{T}</h1>
<div class="wz-tool">⟦a 字体：［大］［中］［小］　　打印正文　　关闭本页⟧</div>
<div class="wz-body">
{BODY}
</div>
<div class="wz-file">⟦a 附件下载：餐具盒清洗消毒记录表.xlsx（21KB）⟧</div>
<div class="wz-qr">⟦a 扫一扫，在手机上打开本页⟧</div>
<div class="wz-foot">
<p>⟦m 主办单位：咏川市汪湖区人民政府办公室⟧</p>
<p>⟦m 网站纠错：0739-5216000　政务服务便民热线：12345⟧</p>
<p>⟦m 网站标识码：3611020007　赣ICP备06011847号⟧</p>
</div>
</body>
</html>
""",
        p_html='<p style="text-indent:2em;line-height:2;">{}</p>',
        body="""
各街道市场监管所，辖区各集体用餐配送单位：
近期，我局在日常检查中发现，个别集体用餐配送单位回收的餐具盒清洗不彻底、消毒记录不完整，个别单位还存在餐具盒破损后继续使用的情况。为保障学生和企业职工用餐安全，现就有关事项通知如下：
一、餐具盒回收后应当在当日完成清洗消毒，清洗前先去除残渣，清洗后采用热力或化学方法消毒，消毒后的餐具盒应存放在专用保洁柜内。
二、各单位应逐日填写餐具盒清洗消毒记录，记录保存期限不少于6个月；破损、变形、密封圈老化的餐具盒一律停止使用。
三、7月15日前，各单位完成自查并将自查情况报送辖区市场监管所；7月下旬起，我局将开展专项检查。
联系人：冉卫东，电话：0739-5216083。
附件：1．集体用餐配送单位餐具盒清洗消毒记录表
2．自查情况汇总表
咏川市汪湖区市场监督管理局
2024年6月11日
抄送：区教育局，区卫生健康委员会。
汪湖区市场监督管理局办公室　2024年6月11日印发
""",
    ),
    dict(
        slug="gov-chuwan-bulletin-umbrella-bags-table",
        site="滁湾县人民政府网 (invented)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="text",
        source="http://www.chuwan.gov.cn/xxgk/bmwj/cgj/202407/t20240710_61245.html",
        title="滁湾县城市管理局关于公共场所一次性雨伞套减量使用情况的通报",
        date="2024-07-08",
        notes="title as in the record; 文号 line under the title neutral; data table one row a paragraph; a policy "
        "interpretation link between paragraphs; an error-report line and hotline at the foot",
        page="""
!m 滁湾县人民政府网　www.chuwan.gov.cn
!m 无障碍 | 关怀版 | 政务微博 | 县长信箱
!m 首页 〉 信息公开 〉 部门文件 〉 县城市管理局
!m 信息来源：县城市管理局　　公开方式：主动公开　　访问次数：488
{T}
滁城管通〔2024〕19号
{BODY}
!a 【打印】　【收藏】　【关闭】
!l 上一条：滁湾县城市管理局关于开展夏季市容环境整治的通知
!l 下一条：县城市管理局2024年上半年行政执法情况统计
!m 滁湾县人民政府办公室主办　　县大数据中心技术保障
!m 发现页面错误？请致电 0739-7710266　　网站标识码 3611260002
""",
        indent="\u3000\u3000",
        body="""
各乡镇人民政府，县直有关单位，各商场、医院、银行营业网点：
5月以来，县城市管理局对县城23家人流密集公共场所一次性雨伞套减量使用情况开展了抽查。总体上看，多数场所能够按照要求设置滴水伞架或回收箱，但仍有部分场所存在大量发放、随意丢弃等问题。现将抽查情况通报如下。
一、抽查结果
场所类型　抽查数量　设置滴水伞架　设置回收箱　存在问题
商场超市　8　6　5　2
医院　5　3　2　2
银行网点　6　6　4　0
政务服务场所　4　4　4　0
⟦l 政策解读：《滁湾县一次性塑料制品减量工作方案》一图读懂⟧
二、存在的问题
县人民医院门诊楼、滨河购物广场雨天未设回收箱，用过的雨伞套散落在入口地面；两家超市仍由保安向每位顾客发放雨伞套，未做引导。
三、下一步要求
请存在问题的场所于7月20日前完成整改，整改情况报县城市管理局市容科。县城市管理局将在汛期内开展复查，对整改不到位的场所予以通报。
滁湾县城市管理局
2024年7月8日
""",
    ),
    dict(
        slug="news-xuanling-dish-brushes-canteen-record-date",
        site="轩岭新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.xlxww.cn/bdxw/2024-04/17/content_229104.html",
        title="驹坪镇长者食堂换上长柄洗碗刷 老人吃饭更放心",
        record_title="驹坪镇长者食堂换上长柄洗碗刷 老人吃饭更放心_镇村视窗_轩岭新闻网",
        record_date="2024-04-17",
        date="2024-04-17",
        notes="news portal: client prompt glued before the lead, listen button, photo caption between paragraphs, "
        "an editor/reviewer line glued after the last paragraph, 24-hour list, ad slot",
        page="""
<!DOCTYPE html>
<html lang="zh">
<head><meta charset="utf-8"><title>驹坪镇长者食堂换上长柄洗碗刷 老人吃饭更放心_镇村视窗_轩岭新闻网</title>
<meta name="description" content="驹坪镇长者食堂换上长柄洗碗刷">
<script>window.xl_ad_slot="A17";</script>
</head>
<body>
<div class="xl-top"><span>⟦m 轩岭新闻网 · 轩岭县融媒体中心主办⟧</span><a>⟦a 下载“轩岭新闻”客户端⟧</a></div>
<nav class="xl-nav">⟦m 首页　本地　乡镇　民生　视频　专题⟧</nav>
<div class="xl-crumb">⟦m 轩岭新闻网 ＞ 本地新闻 ＞ 正文⟧</div>
<article>
<h1>{T}</h1>
<div class="xl-byline">⟦m 2024-04-17 09:35　来源：轩岭县融媒体中心　记者：汪小禾⟧</div>
<div class="xl-listen">⟦a ▶ 听全文（约2分钟）⟧</div>
{BODY}
</article>
<div class="xl-share">⟦l 分享到：朋友圈　微博　QQ空间　复制链接⟧</div>
<div class="xl-ad">⟦m 广告 · 轩岭农商银行“惠民贷”年化低至3.45%⟧</div>
<aside class="xl-24h">
<h3>⟦l 24小时热读⟧</h3>
<ol><li>⟦l 郎桥镇油菜花节本周六开幕⟧</li><li>⟦l 县城东环路北段4月20日起封闭施工⟧</li><li>⟦l 全县首批“家庭医生工作室”挂牌⟧</li></ol>
</aside>
<footer class="xl-foot"><p>⟦d 凡本网注明“来源：轩岭县融媒体中心”的作品，未经授权不得转载⟧</p><p>⟦m 新闻热线：0739-8826110　赣ICP备15008214号⟧</p></footer>
</body>
</html>
""",
        body="""
⟦a 打开轩岭新闻客户端，阅读体验更佳⟧本网讯　“刷子把长了，腰不用弯那么低，洗得也干净。”4月15日中午，在驹坪镇长者食堂后厨，62岁的帮厨志愿者柯桂英一边冲洗餐盘，一边向记者展示新换上的长柄洗碗刷。
驹坪镇长者食堂去年10月开办，每天为辖区80多位老人提供午餐。食堂的帮厨多是低龄老人志愿者，原来使用的短柄洗碗刷需要弯腰用力，不少人干完活直喊腰酸，刷毛也容易藏污纳垢。
⟦m 图为驹坪镇长者食堂志愿者用长柄洗碗刷清洗餐盘（汪小禾　摄）⟧
今年3月，镇民政办在征求志愿者意见后，为食堂配备了12把可拆换刷头的长柄洗碗刷，并按照生熟分开的要求，用红、蓝两种颜色区分用途。食堂还在水池上方安装了挂架，刷子用完后挂起沥干，刷头每月更换一次。
镇民政办负责人介绍，下一步将把这一做法推广到全镇另外3个村级助餐点，让老人吃得放心、志愿者干得舒心。⟦m （编辑：冉晓东　审核：郑禾）⟧
""",
    ),
    dict(
        slug="news-chuwan-rongmei-tape-dispenser-meter-missing",
        site="滁湾融媒 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.chuwanrm.com/news/shehui/202501/t20250109_31877.shtml",
        title="快递驿站胶带座装上“计米器” 打包胶带用量降了两成",
        record_title=None,
        date="2025-01-09",
        notes="no title in the record: the title line stands under the breadcrumb; a 发布时间 byline is the page's "
        "date; a photo caption and a 'recommended to front page' line between paragraphs",
        page="""
!m 滁湾融媒　｜　县域新闻第一站
!m 首页 > 社会民生 > 正文
{T}
!m 发布时间：2025-01-09 10:22　　来源：滁湾融媒　　作者：冉小溪
!a 字号　A+　A-　　　分享　　　收藏
{BODY}
!m 责任编辑：汪蔚
!l 【相关阅读】郎桥镇农村寄递物流“一点多能”服务站挂牌
!l 【相关阅读】年货寄递高峰到来，这份包装小贴士请收好
!a 参与评论（已有 7 条）　我要说两句
!m 滁湾县融媒体中心　版权所有　未经许可不得转载
""",
        indent="\u3000\u3000",
        body="""
“以前封一个箱子，胶带要转好几圈，现在一拉到刻度就停，省了不少。”1月7日，在滁湾县茧山镇一家快递驿站，站长汪新民一边打包，一边向记者演示刚改装的胶带座。
这台胶带座是驿站去年11月自费改装的：在原来的金属胶带座上加装了一个带刻度的“计米器”，出胶口每拉出10厘米就会“咔嗒”响一声。打包员根据箱子大小按刻度拉胶带，不再凭手感一圈圈缠。
⟦m 图为驿站工作人员使用改装后的胶带座封箱⟧
驿站的台账显示，改装后两个月，封箱胶带用量从每月约180卷降到约145卷，下降了近两成。汪新民说，年货寄递高峰马上就到，他准备再改装两台。
县邮政管理部门相关负责人表示，将总结这一做法，在全县快递网点推广标准化封箱，推动快递包装减量。
⟦l 本文已推荐至滁湾融媒首页⟧
""",
    ),
    dict(
        slug="forum-anto-tape-dispenser-restore-jammer",
        site="桌边闲谈论坛 (invented, Discuz-like)",
        style="论坛",
        genre="论坛帖子",
        kind="other",
        form="html",
        source="https://bbs.zbxiantan.com/thread-90417-1-1.html",
        title="用了十二年的铸铁胶带座，翻新一下再战十年",
        record_title="[晒桌面] 用了十二年的铸铁胶带座，翻新一下再战十年（附翻新过程）- 文具控 - 桌边闲谈论坛",
        date=None,
        notes="Discuz-like page: poster panel, rating row, signature, jammer-font junk inside the post; posted "
        "'5 天前' (no date); a like prompt glued after a sentence",
        page="""
<html>
<head><meta charset="gbk"><title>[晒桌面] 用了十二年的铸铁胶带座，翻新一下再战十年（附翻新过程）- 文具控 - 桌边闲谈论坛</title>
<style>.jammer{color:#FFFFFF;font-size:0px}</style>
</head>
<body>
<div id="toptb">⟦m 桌边闲谈 · 笔墨纸砚与小物件⟧　<a>⟦a 登录⟧</a>　<a>⟦a 立即入坛⟧</a></div>
<div id="pt">⟦m 桌边闲谈论坛 » 文具控 » 查看主题⟧</div>
<div class="hm">⟦m 查看: 2177 | 回复: 38⟧</div>
<table id="pid771203" class="plhin"><tr>
<td class="pls"><div class="pi">⟦m 铁皮文具盒⟧</div><dl><dd>⟦m 帖子 518　精华 3　积分 4062⟧</dd><dd>⟦m 用户组：资深文具控⟧</dd></dl></td>
<td class="plc">
<h1><span>⟦t [晒桌面] 用了十二年的铸铁胶带座，翻新一下再战十年（附翻新过程）⟧</span></h1>
<div class="authi">⟦m 发表于 5 天前 | 只看该作者 | 倒序浏览⟧</div>
<div class="t_fsz"><table><tr><td class="t_f" id="postmessage_771203">
{BODY}
</td></tr></table></div>
<div class="rate">⟦l 评分　参与人数 6　文具币 +18　收起 理由⟧</div>
<div class="sign">⟦m 签名：好物不在贵，顺手最重要⟧</div>
<div class="po">⟦a 回复　引用　举报　TOP⟧</div>
</td></tr></table>
<div class="pgs">⟦l 下一主题：求推荐能切纸胶带的小号胶带座⟧</div>
<div id="ft">⟦m Powered by Discuz! X3.4　桌边闲谈论坛 ( 苏ICP备18051772号 )⟧</div>
</body>
</html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
这台铸铁胶带座是我参加工作第一年在旧货市场花二十块钱淘来的，跟着我换了三个办公室，算下来整整十二年。上个月发现切刀钝了，胶带拉出来总是毛边，底下的防滑垫也掉了一块，干脆动手翻新了一次，过程发上来给坛友参考。
第一步，拆刀片。刀片是两颗螺丝固定的，拧下来用油石磨了十几分钟，再用细砂纸把锯齿两面的毛刺打掉。磨完试切，胶带断口齐了。
第二步，处理底座。原来的漆面磕掉了几处，我用砂纸打磨后喷了一层哑光黑漆，晾了一整天。底部重新贴了四块橡胶垫，放在桌上推都推不动。⟦a 觉得有用就点个赞吧⟧
第三步，换转轴。原来的塑料转轴有裂纹，换了一根铝合金的，大卷、小卷胶带都能装。
翻新总共花了不到三十块钱。铸铁的东西就是耐用，只要刀片和转轴照顾好，再用十年没问题。
""",
    ),
    dict(
        slug="forum-koushi-rinse-cups-clinic-junk",
        site="口腔护理交流论坛 (invented)",
        style="论坛",
        genre="论坛帖子",
        kind="other",
        form="text",
        source="https://bbs.kqhlhome.com/forum.php?mod=viewthread&tid=20611",
        title="诊室里的一次性漱口杯，你们是怎么摆放和补充的？",
        record_title="[求经验] 诊室里的一次性漱口杯，你们是怎么摆放和补充的？（新手护士求教）",
        date=None,
        notes="forum thread as text: anti-scraping junk lines and junk glued after sentences; posted '昨天 21:40' "
        "(no date); replies and a sign-in prompt after the post",
        page="""
!m 口腔护理交流论坛 - 牙椅旁的那点事
!m 首页 › 临床护理 › 经验交流
!m 阅读 1408　回复 22　收藏 35
!t [求经验] 诊室里的一次性漱口杯，你们是怎么摆放和补充的？（新手护士求教）
!m 楼主　小满护士　发表于 昨天 21:40　　只看楼主
{BODY}
!l 沙发　牙椅边的向日葵：我们也是放在右侧托盘，消毒前先撤杯子
!l 板凳　老周在四楼：纸杯容易软，建议换加厚的
!l 地板　楼主：谢谢各位老师，收藏了
!a 登录后才能参与讨论，还没有账号？马上加入
!m 口腔护理交流论坛　Powered by Discuz!　手机版 | 黑名单 | 联系站务
""",
        junk=dict(lines=2, glued=3),
        body="""
我是刚到口腔门诊工作的新人，现在负责三台牙椅的诊前准备。带教老师要求漱口杯必须“一人一杯、用后即弃”，但具体怎么摆放、什么时候补充，各个诊室做法好像不太一样，想请各位前辈分享一下经验。
我们现在的做法是：一次性漱口杯整条放在牙椅右侧的柜子里，每接诊一位患者，先由护士取一只杯子放在漱口台上，接满温水。患者离开后，杯子和围巾一起丢进医疗废物桶。
遇到的问题有两个。一是高峰时段忙不过来，有时候上一位患者的杯子还没撤，下一位已经坐上来了。二是纸杯泡久了会变软，有的患者漱口时杯子一捏就变形。
想问一下大家：漱口杯是放在牙椅上的杯托里好，还是放在护士台上随取随用好？纸杯和塑料杯哪种更合适？先谢谢各位老师。
""",
    ),
]

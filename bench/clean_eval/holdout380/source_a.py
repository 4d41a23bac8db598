"""holdout380, part A: 范文 sites, 文库 readers, county portals, news portals, forums, blogs.

Invented text (see ../README.md and ../build.py for the markup). Written by hand for this part.
"""

CASES = [
    # 1 ── 范文站 · HTML (old gb2312 table layout) · water softeners · speech
    dict(
        slug="fanwen-biyun-speech-softener-rollout-gb2312",
        site="笔韵公文苑 (invented, old ASP table layout, gb2312)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.biyun-gw.com/jianghua/nongcun/2024/10/5581.asp",
        title="在全县农村供水提质暨家用软水机推广会上的讲话",
        record_title="【领导讲话·水务篇】在全县农村供水提质暨家用软水机推广会上的讲话（修改可用）_笔韵公文苑",
        date="2024-09-12",
        notes="gb2312 table page with a marquee, a colour/size row, a floating ghost-writer box and a visitor "
        "counter; speaker and date lines under the title are neutral; a QQ prompt glued after a sentence and a "
        "member-download line between paragraphs; the update stamp is no date",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【领导讲话·水务篇】在全县农村供水提质暨家用软水机推广会上的讲话（修改可用）_笔韵公文苑</title>
<meta name="keywords" content="软水机讲话,农村供水讲话稿">
<link href="/css/biyun.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/inc/tongji.js"></script>
</head>
<body bgcolor="#f7f2e4" topmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td height="24" bgcolor="#7a4b1f"><marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">⟦m ★笔韵公文苑★ 每天上新讲话稿、总结、方案，熬夜写材料的日子到头了⟧</marquee></td></tr>
<tr><td><img src="/images/biyun_logo.gif" alt="笔韵公文苑"> ⟦a 设本站为首页⟧ ⟦a 收藏笔韵⟧</td></tr>
<tr><td class="nav">⟦m 本站首页 ┊ 讲话发言 ┊ 总结汇报 ┊ 计划方案 ┊ 心得体会 ┊ 主持串词⟧</td></tr>
<tr><td class="weizhi">⟦m 当前所在：笔韵公文苑 ＞＞ 讲话发言 ＞＞ 农业农村讲话⟧</td></tr>
</table>
<table width="960" border="0" align="center" cellpadding="6" cellspacing="0">
<tr>
<td width="700" valign="top">
<table width="100%" border="0" cellpadding="4" cellspacing="0">
<tr><td align="center"><h2>{T}</h2></td></tr>
<tr><td align="center" class="info">⟦m 稿源：会员“水木清华”投稿　整理：小韵　更新：2024-10-08⟧</td></tr>
<tr><td align="center">⟦a 【底色：米黄 豆绿 纯白】【字体：特大 较大 适中】【关闭本页】⟧</td></tr>
<tr><td align="center">昂水县水利局局长　眭立平</td></tr>
<tr><td align="center">（2024年9月12日）</td></tr>
<tr><td class="zhengwen">
{BODY}
</td></tr>
<tr><td align="center">⟦a 〖复制本篇〗〖另存为Word〗〖发给同事〗⟧</td></tr>
<tr><td>⟦l 上篇：在全县饮用水水源地保护专项行动部署会上的讲话⟧<br>⟦l 下篇：乡镇供水站站长2024年度述职报告（精选）⟧</td></tr>
</table>
</td>
<td width="250" valign="top" bgcolor="#efe6cf">
<table width="100%" border="0" cellpadding="3" cellspacing="0">
<tr><td><b>⟦l 本月下载排行⟧</b></td></tr>
<tr><td>⟦l 1.农村饮水安全巩固提升工作汇报⟧</td></tr>
<tr><td>⟦l 2.水利局长在防汛抗旱工作会上的讲话⟧</td></tr>
<tr><td>⟦l 3.供水公司党支部书记抓党建述职⟧</td></tr>
</table>
</td>
</tr>
</table>
<div id="floatqq" style="position:absolute;right:8px;top:220px;">⟦w 材料写不出？找小韵代笔 QQ：2871546630 微信：biyun_xiaoyun⟧</div>
<table width="960" border="0" align="center" cellpadding="4" cellspacing="0" bgcolor="#7a4b1f">
<tr><td align="center">⟦m 您是本站第 00482713 位访客⟧</td></tr>
<tr><td align="center">⟦d 本站稿件多为会员投稿，仅供学习借鉴，转载请保留出处，侵权请来函删除。⟧</td></tr>
<tr><td align="center">⟦m Copyright 2009-2024 笔韵公文苑 www.biyun-gw.com 湘ICP备10062813号⟧</td></tr>
</table>
<script language="javascript">window.status="笔韵公文苑";</script>
</body>
</html>
""",
        p_html="<p>　　{}</p>",
        body="""
同志们：
今天召开全县农村供水提质暨家用软水机推广会，主要是通报前期水质监测情况，安排部署软水机入户推广工作。刚才，眭坪镇和县供水公司作了发言，讲得很实在。下面，我讲三点意见。
一、正视水硬度偏高的问题
我县西部山区地下水总硬度普遍偏高，去年抽检的46处集中供水点中，有19处超过每升450毫克的限值。群众反映烧水壶一周就结一层白垢，热水器用不到两年就要换，这个问题必须下决心解决。⟦w 讲话稿私人定制，小韵QQ 2871546630⟧
二、稳妥推进软水机入户
今年县里安排专项资金260万元，在眭坪、石门等5个乡镇试点安装家用软水机1300台，县财政补助每台800元。各乡镇要把好选型关，优先选用带自动再生、盐量提醒功能的机型；供水公司要逐户上门安装调试，讲清加盐、反冲洗等日常维护要点，不能装完就走。
⟦a 〔全文1186字，笔韵会员可一键下载无水印版〕⟧
三、建好管护长效机制
软水机是“三分装、七分管”。要建立入户台账，每半年上门回访一次，及时更换树脂和阀门配件；对独居老人家庭，由村网格员协助添加软水盐。各乡镇要把软水机运行情况纳入农村供水工程考核，确保群众长期受益。
同志们，喝上放心水、好用水是群众的朴素愿望。希望大家扎扎实实把好事办好，让软水机真正成为群众家里的“好帮手”。
""",
    ),
    # 2 ── 范文站 · text · whiteboard magnets · 心得体会 (title missing from the record)
    dict(
        slug="fanwen-yantai-insight-magnets-maths-class",
        site="砚台范文馆 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.yantaifw.cn/xinde/jiaoxue/31907.html",
        title="使用白板磁钉开展课堂教学的几点心得",
        record_title=None,
        date=None,
        notes="no title in the record: the title line follows a tag line; a ghost-writer WeChat glued after a "
        "sentence and a topic-links line between paragraphs; 'added 3 days ago' is no date",
        page="""
!m 砚台范文馆 · 教学心得频道
!m 标签：教学反思 / 磁性白板 / 小学数学
{T}
!m 收录于 3 天前　　约900字　　人气 ★★★☆
!a 〔一键复制〕　〔导出成Word〕　〔放进我的素材夹〕
{BODY}
!a 登录砚台账号，可解锁本文剩余段落并免费导出
!l 读过本文的人还在看：
!l · 小学数学“数形结合”课堂实践体会
!l · 低年级课堂常规养成的五点做法
!d 声明：本馆范文由作者授权发布，仅供参考，请勿整篇照搬用于评比。
!m 砚台范文馆 yantaifw.cn　蜀ICP备20017736号-1
""",
        indent="\u3000\u3000",
        body="""
这学期学校给每间教室换了新的磁性白板，还配了一盒彩色磁钉。一开始我只拿它压挂图，用了两个月，发现这小东西在数学课上大有可为。
一是用磁钉做“活教具”。教“10以内的分与合”时，我让学生上台把10颗红磁钉分成两堆，一边拨一边说，比单看课件印象深得多。
二是用磁钉展示学生作品。小组讨论的结果写在卡片上，用磁钉一排排钉到白板上，全班一眼就能比较。⟦w 教学论文、课题结题材料指导，微信 yantai_laozhang⟧
⟦l 相关专题：白板教学｜课堂常规｜低段数学⟧
三是定好使用规矩。磁钉颗粒小，低年级孩子容易放进嘴里。我规定磁钉由值日班长统一收发，下课前清点数量，放回带盖的盒子，一个学期下来一颗也没少。
小小的磁钉让课堂“动”了起来。今后我还想试试用不同颜色的磁钉做统计图，让孩子们在摆一摆中学会整理数据。
""",
    ),
    # 3 ── 文库预览 · text · electric heating film · 调研报告 (wrapped at 62, markers glued)
    dict(
        slug="wenku-shiye-research-heating-film-wrapped-markers",
        site="拾页文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://www.shiyewenku.com/p-77120935.html",
        title="关于全县农村电热膜清洁取暖运行情况的调研报告",
        record_title="关于全县农村电热膜清洁取暖运行情况的调研报告.pdf",
        date="2024-03-26",
        notes="file-name record title; text hard-wrapped at 62 columns with '➳n➳' markers glued to the start of "
        "the continuation line; 成文日期 under the signature; the upload stamp is no date",
        page="""
!m 拾页文库 › 研究报告 › 能源环保
{T}
!m 上传者：xiao****26　　上传日期：2024-04-02　　页数：7　　大小：312KB
!a ⬇ 下载（8 拾页币）　☆ 收藏　⚑ 举报
{BODY}
!a 试看页数已用完，余下4页请下载后阅读
!a 开通拾页年卡 · 全站文档随心下
!d 本文档为用户上传的学习资料，拾页文库仅提供存储空间；若涉及版权问题，请通过页面底部“申诉”入口处理。
!l 同类文档推荐：北方农村“煤改电”实施效果评估.pdf　｜　空气源热泵取暖工作小结.docx
""",
        wrap=62,
        indent="\u3000\u3000",
        pages=dict(fmt="➳{n}➳", every=170, start=2, glue=True),
        body="""
为了解农村电热膜清洁取暖运行情况，2024年2月至3月，县发改局会同县住建局、县供电公司组成调研组，走访了渶口、栒塘等6个乡镇28个村，入户查看312户，召开座谈会9场。现将有关情况报告如下。
一、基本情况
2021年以来，全县累计完成电热膜取暖改造8640户，铺设面积约52万平方米，户均安装功率约6.5千瓦。改造户冬季室温普遍达到16摄氏度以上，群众对“不烧煤、不掏灰”的取暖方式总体认可。
二、存在的问题
（一）运行费用偏高。调研户整个采暖季平均用电约4200千瓦时，扣除峰谷电价补贴后，仍有三成农户反映电费压力较大，部分老人“舍不得开”。
（二）施工质量参差不齐。有的施工队未按规范铺设绝缘层，少数农户出现局部过热、地板变色等现象。
（三）后期维修不及时。电热膜铺在地板或吊顶内，出了故障要拆开检修，村里缺少持证维修人员。
三、几点建议
一是完善电价补贴政策，适当延长谷段时长；二是建立施工企业“黑名单”制度，严格竣工验收；三是每个乡镇培训2至3名电热膜维修员，做到小故障不出村。
漍溪县发展和改革局
2024年3月26日
""",
    ),
    # 4 ── 文库预览 · HTML · electric heating film · 述职报告 (marker paragraphs)
    dict(
        slug="wenku-qingjian-report-village-secretary-heating-film",
        site="青简文库 (invented)",
        style="文库预览",
        genre="述职报告",
        kind="report",
        form="html",
        source="https://www.qingjianwk.com/view/8b31e0c7a2.html",
        title="栒坪村党支部书记2024年度述职报告",
        record_title="栒坪村党支部书记2024年度述职报告（含清洁取暖专项） - 青简文库",
        date="2025-01-10",
        notes="文库 reader with a viewer toolbar, marker paragraphs '╙ n ╜' cutting sentences and a coin paywall; "
        "成文日期 under the 述职人 line; the upload stamp is no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>栒坪村党支部书记2024年度述职报告（含清洁取暖专项） - 青简文库</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<script src="https://static.qingjianwk.com/js/reader.min.js"></script>
<style>.reader .pg{margin:18px auto;width:720px}</style>
</head>
<body>
<header class="qj-top">
<a class="logo" href="/">⟦m 青简文库 · 让好文档被找到⟧</a>
<form class="so"><input placeholder="搜文档、搜作者"><button>⟦a 搜一搜⟧</button></form>
<nav>⟦m 党政文稿 / 述职述廉 / 村级事务⟧</nav>
<a href="/login">⟦a 登录 | 注册领书券⟧</a>
</header>
<div class="doc-head">
<h1>{T}</h1>
<p class="meta">⟦m 文档作者：苔青　上传于 2025-01-15　共 5 页　2,146 字　阅读 389 次⟧</p>
<div class="toolbar">⟦a 适合页宽　放大　缩小　全屏阅读⟧</div>
</div>
<div class="reader">
{BODY}
</div>
<div class="paywall">
<p>⟦a 免费预览到此为止，剩下 2 页需 5 青简币解锁⟧</p>
<p><a class="btn">⟦a 立即解锁⟧</a> <a class="btn2">⟦a 包月畅读 9.9 元⟧</a></p>
</div>
<aside class="side">
<h3>⟦l 同作者文档⟧</h3>
<ul>
<li>⟦l 村“两委”班子年度工作总结（2024）⟧</li>
<li>⟦l 村级清洁取暖改造入户告知书⟧</li>
<li>⟦l 农村党员冬训学习心得（三篇）⟧</li>
</ul>
</aside>
<footer>
<p>⟦d 青简文库所载文档由用户上传，平台仅提供展示服务，如有侵权请发邮件至 tousu@qingjianwk.com。⟧</p>
<p>⟦m © 2025 青简文库 qingjianwk.com　粤ICP备21045596号-3⟧</p>
</footer>
<script>QJReader.init({docId:"8b31e0c7a2",pages:5});</script>
</body>
</html>
""",
        p_html='<div class="pg"><p>{}</p></div>',
        pages=dict(fmt="╙ {n} ╜", every=140, start=2),
        body="""
各位党员、村民代表：
2024年，我在镇党委的领导下，带领村“两委”班子围绕清洁取暖、人居环境等重点工作，较好完成了年度任务。现将履职情况报告如下。
一、抓清洁取暖，让群众暖和过冬。全村有312户住户，年初还有97户烧散煤取暖。我们挨家挨户算账，最终86户选择电热膜取暖，村里协调镇供电所改造变压器2台，8月底前全部铺设到位。入冬后我带着电工逐户回访，查出温控器接线松动等问题11处，当场整改。
二、抓班子建设，提升服务能力。坚持“三会一课”，全年召开党员大会6次，发展入党积极分子2名，村“两委”成员轮流在便民服务室值班。
三、存在的不足。一是电热膜用户电费偏高，个别老人不敢开；二是村里缺少懂维修的人员，小故障要等镇上来人。
下一步，我将积极争取峰谷电价补贴，组织村里电工参加维修培训，让群众用得起、用得好。
述职人：栒坪村党支部书记　郑新民
2025年1月10日
""",
    ),
    # 5 ── 政府门户 · HTML · water softeners · 通告 with a table, 附件 and a contact
    dict(
        slug="gov-shichuan-notice-softener-spotcheck-table",
        site="栻川县人民政府门户网站 (invented)",
        style="政府门户",
        genre="通告",
        kind="notice",
        form="html",
        source="https://www.shichuan.gov.example.cn/zwgk/bmwj/scjgj/202409/t20240909_88213.html",
        title="栻川县市场监督管理局关于2024年第二批家用软水机产品质量监督抽查结果的通告",
        record_title="栻川县市场监督管理局关于2024年第二批家用软水机产品质量监督抽查结果的通告 - 质量抽查公示 - 栻川县人民政府门户网站",
        date="2024-09-05",
        date_also=["2024-09-09"],
        notes="county portal with 大字/朗读/繁简 links, an index table (the 文号 cell unmarked, neutral), a results "
        "table one row a paragraph, 附件 list beside attachment download links, the bureau's own 联系人/电话 "
        "beside the portal's 12345 and 纠错 lines; 成文日期 under the signature, the portal's date also accepted",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>栻川县市场监督管理局关于2024年第二批家用软水机产品质量监督抽查结果的通告 - 质量抽查公示 - 栻川县人民政府门户网站</title>
<meta name="SiteName" content="栻川县人民政府">
<meta name="ColumnName" content="部门文件">
<script src="/js/jquery-3.6.0.min.js"></script>
<script src="/js/zwgk_stat.js"></script>
</head>
<body>
<div class="topbar">⟦a 大字模式 ｜ 语音朗读 ｜ 繁简切换 ｜ 无障碍浏览⟧ <span>⟦m 今天是：2024年9月9日 星期一⟧</span></div>
<div class="banner">⟦m 栻川县人民政府 · 山水栻川 宜居宜业⟧</div>
<ul class="mainnav"><li>⟦m 首　页⟧</li><li>⟦m 走进栻川⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 办事服务⟧</li><li>⟦m 互动交流⟧</li></ul>
<div class="crumb">⟦m 您所在的位置：<a href="/">首页</a> ＞ <a href="/zwgk/">政务公开</a> ＞ <a href="/zwgk/bmwj/">部门文件</a> ＞ 县市场监管局⟧</div>
<table class="xxgk-index">
<tr><td>⟦m 索 引 号：11361126MB1F40372X/2024-01792⟧</td><td>⟦m 主题分类：质量监督⟧</td></tr>
<tr><td>⟦m 发布机构：栻川县市场监督管理局⟧</td><td>⟦m 成文日期：2024-09-05⟧</td></tr>
<tr><td>文　　号：栻市监通〔2024〕17号</td><td>⟦m 发布日期：2024-09-09⟧</td></tr>
</table>
<div class="article">
<h1>{T}</h1>
<div class="info">⟦m 来源：县市场监管局　浏览次数：<span id="views">733</span>⟧　⟦a 【字号：大 中 小】【打印本页】【关闭窗口】⟧</div>
<div class="TRS_Editor">
{BODY}
</div>
<div class="fujian">
<p>⟦a 附件下载：2024年第二批家用软水机抽查合格产品名单.xlsx⟧</p>
<p>⟦a 附件下载：家用软水机选购使用常识.pdf⟧</p>
</div>
<div class="share">⟦l 分享到：微信 ｜ 微博 ｜ QQ空间⟧</div>
<div class="related"><h4>⟦l 相关链接⟧</h4>
<p>⟦l 县市场监管局开展电动自行车充电器质量抽查⟧</p>
<p>⟦l 栻川县2024年第一批儿童用品抽查结果通告⟧</p></div>
</div>
<div class="footer">
<p>⟦m 主办：栻川县人民政府办公室　承办：栻川县大数据中心⟧</p>
<p>⟦m 政务服务便民热线：12345　网站纠错：0794-6210012⟧</p>
<p>⟦m 网站标识码 3611260014　赣公网安备 36112602000157号⟧</p>
</div>
<script>zwgkStat.hit(88213);</script>
</body>
</html>
""",
        body="""
根据《产品质量监督抽查管理暂行办法》，县市场监管局于2024年8月组织对辖区销售的家用软水机开展监督抽查，共抽取12家经营单位的15批次产品，检出不合格产品3批次。现将结果通告如下。
一、不合格产品情况
序号　产品名称　标称生产企业　型号规格　不合格项目
1　家用软水机　暐城清源环保设备有限公司　QY-R20　交换容量
2　中央软水机　楀阳净立水处理科技有限公司　JL-1500　标志和说明书
3　家用软水机　漍溪蓝泉电器有限公司　LQ-08A　再生盐耗
二、处理措施
对抽查不合格的产品，县市场监管局已责令经营单位立即停止销售，依法进行处理。消费者已购买上述产品的，可凭购物凭证联系销售商退换。
三、消费提示
选购软水机时，请查看产品是否标注交换容量、再生盐耗等指标，并保留购物凭证。
附件：1.2024年第二批家用软水机抽查合格产品名单
2.家用软水机选购使用常识
联系人：县市场监管局质量监督股　祁晓琳
联系电话：0794-6213375
栻川县市场监督管理局
2024年9月5日
""",
    ),
    # 6 ── 政府门户 · text · voice recorders · 通报 (hard-wrapped at 58; 抄送 and 印发 lines)
    dict(
        slug="gov-yuyang-bulletin-recorders-wrapped",
        site="楀阳县人民政府网 (invented, text capture)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="text",
        source="http://www.yuyang.gov.example.cn/xxgk/tzgg/202410/t20241030_40816.html",
        title="关于部分单位会议录音笔管理使用不规范问题的通报",
        date="2024-10-28",
        date_also=["2024-10-30"],
        notes="the record's title as is; text hard-wrapped at 58 columns; 文号 line neutral; 抄送 and 印发 lines kept; "
        "成文日期 under the signature, the portal's posting date also accepted",
        page="""
!m 楀阳县人民政府网 ＞ 信息公开 ＞ 通知公告
!m 发布日期：2024-10-30 16:05　　信息来源：县保密办　　访问量：512
!a [ 加大 ][ 标准 ][ 缩小 ]　　[ 打印正文 ]　　[ 关闭 ]
楀保密办〔2024〕9号
{T}
{BODY}
!l 【上一条】关于2024年国家网络安全宣传周县级活动安排的通知
!l 【下一条】楀阳县秋冬季森林防灭火工作值班表
!m 楀阳县人民政府办公室主办　技术支持：楀阳县信息中心　联系我们：0797-5520000
!m 赣ICP备05003817号　政府网站标识码：3607270006
""",
        wrap=58,
        indent="\u3000\u3000",
        body="""
各乡镇，县直各单位：
2024年10月，县保密办对全县32个单位开展了涉密载体和办公设备专项检查，发现部分单位在录音笔管理使用上存在不少问题，现通报如下。
一、检查发现的主要问题
（一）台账不全。有9个单位未建立录音笔登记台账，设备由个人随意保管，人员调离后去向不明。
（二）混用混存。有4个单位将录音笔接入连接互联网的计算机导出文件，会议录音长期存放在个人网盘中。
（三）违规携带。有2个单位的工作人员携带私人录音笔进入涉密会议场所。
二、整改要求
各单位要在11月30日前完成自查整改：对录音笔统一编号登记，明确专人保管；会议录音须在专用计算机上处理，用后及时删除；涉密会议一律不得携带录音设备入场。整改情况报县保密办。
楀阳县保密工作领导小组办公室
2024年10月28日
抄送：县委办公室，县政府办公室。
楀阳县保密工作领导小组办公室　2024年10月28日印发
""",
    ),
    # 7 ── 新闻门户 · text · water softeners · news (byline date; app prompt before the lead)
    dict(
        slug="news-guoxi-softeners-school-water",
        site="漍溪新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.guoxinews.example.cn/jy/202411/18/c41207.html",
        title="漍溪县12所乡村学校直饮水点装上软水机",
        date="2024-11-18",
        notes="the record's title as is; a client prompt glued before the lead's first words; a photo caption "
        "between paragraphs; an editor line glued after the last sentence; byline 发布时间 is the page's date",
        page="""
!m 漍溪新闻网 — 漍溪县融媒体中心主办
!m 首页 > 教育 > 正文
{T}
!m 发布时间：2024-11-18 09:42　　来源：漍溪融媒　　浏览：1,208
!a 听新闻 ▶ 00:00 / 02:31　　　A- A+
{BODY}
!l 分享：朋友圈 · 微博 · 复制链接
!l 24小时热闻
!l ① 渶口镇冬季农田水利建设全面铺开
!l ② 县城两条背街小巷完成“微改造”
!l ③ 漍溪县首届农民篮球赛落幕
!d 漍溪新闻网所刊原创稿件，未经书面授权不得转载、摘编。
!m 违法和不良信息举报电话：0793-4461110　举报邮箱：jubao@guoxinews.example.cn
""",
        indent="\u3000\u3000",
        body="""
⟦a 打开“漍溪头条”客户端，本地新闻第一时间推送⟧本网讯（记者　柯雨桐）近日，县教育体育局为渶口镇中心小学等12所乡村学校的直饮水点加装了软水机，1.6万名师生喝上了口感更好的直饮水。
渶口一带地下水硬度较高，过去学校开水器用不到一个学期内胆就结满水垢，老师们每月都要停机除垢。这次加装的软水机可根据用水量自动再生，每台配备两袋软水盐。
⟦m 图为渶口镇中心小学学生在直饮水点接水。（柯雨桐　摄）⟧
“以前烧开的水上面浮着一层白沫，现在干净多了。”五年级学生周小禾说。
县教育体育局后勤管理中心负责人介绍，软水机由中标企业负责三年维保，学校总务处每周记录一次盐箱余量，发现问题可直接报修。⟦m （编辑：蒋一帆　审核：吕冬）⟧
""",
    ),
    # 8 ── 新闻门户 · HTML · voice recorders · news (record date)
    dict(
        slug="news-weicheng-court-recorders-circuit",
        site="暐城网（暐城日报社） (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.weichengw.example.cn/news/fz/2024-06/20/content_551203.htm",
        title="樛岭区法院为巡回审判点配发录音笔",
        record_title="樛岭区法院为巡回审判点配发录音笔_暐城网",
        record_date="2024-06-20",
        date="2024-06-20",
        notes="news portal with a client banner, a listen button, an ad slot and a 24-hour list; a photo caption between paragraphs; the record gives the date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>樛岭区法院为巡回审判点配发录音笔_暐城网</title>
<script src="//res.weichengw.example.cn/js/ad.js"></script>
<script>var _paq=window._paq||[];</script>
</head>
<body>
<div class="appbar">⟦a 下载暐城日报App，领取本月电子报⟧</div>
<header><div class="logo">⟦m 暐城网 · 暐城日报社主办⟧</div>
<nav>⟦m 时政 | 法治 | 民生 | 区县 | 视频 | 电子报⟧</nav></header>
<div class="loc">⟦m 暐城网 » 法治 » 正文⟧</div>
<article>
<h1>{T}</h1>
<div class="byline">⟦m 2024-06-20 07:58　来源：暐城日报　记者　包晓川　通讯员　詹宇⟧</div>
<div class="listen">⟦a ▷ 听全文（约2分钟）⟧</div>
<div class="content">
{BODY}
</div>
<p class="editor">⟦m 责编：汤圆圆　　值班主任：罗湛⟧</p>
</article>
<div class="ad">⟦a 【广告】暐城房交会 6月22日开幕，扫码预约看房⟧</div>
<aside>
<h3>⟦l 24小时点击榜⟧</h3>
<ol>
<li>⟦l 暐城市中考成绩6月25日起可查⟧</li>
<li>⟦l 樛岭区新增3处口袋公园⟧</li>
<li>⟦l 暑期防溺水，这些水域禁止下水⟧</li>
</ol>
</aside>
<footer>
<p>⟦d 本网所有稿件版权归暐城日报社所有，转载须经书面授权。⟧</p>
<p>⟦m 互联网新闻信息服务许可证 36120170003　赣ICP备07014421号⟧</p>
</footer>
</body>
</html>
""",
        body="""
6月18日，樛岭区人民法院栒塘人民法庭的巡回审判车开进了渶口村，法官在村委会院子里审理了一起邻里排水纠纷。与以往不同，书记员身边多了一支银灰色的录音笔。
今年以来，樛岭区法院为全区8个巡回审判点统一配发了录音笔，并在法庭调解室安装了同步转写设备。巡回审判时，录音笔全程记录庭审过程，休庭后由书记员导入专用电脑，与笔录逐句核对。
⟦m ▲巡回审判现场，书记员将录音笔放在审判桌中央。詹宇　摄⟧
“当事人对笔录有异议，可以当场听录音核对，减少了很多争议。”栒塘法庭庭长尚明远说。
据统计，配发录音笔以来，全区巡回审判共审结案件63件，当事人对庭审笔录提出异议的次数同比下降了七成。
""",
    ),
    # 9 ── 论坛 · HTML (Discuz-like, jammer fonts) · whiteboard magnets · forum post
    dict(
        slug="forum-qiaoshou-magnet-board-jammer",
        site="巧手坊社区 (invented, Discuz-like)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.qiaoshoufang.example.com/thread-204417-1-1.html",
        title="用旧冰箱门做了一块磁性留言板",
        record_title="〔手作打卡〕用旧冰箱门做了一块磁性留言板（磁钉收纳法在3楼） - 家居DIY - 巧手坊社区",
        date=None,
        notes="Discuz-like thread with a poster panel, a rating row, a signature and jammer-font junk inside the "
        "post; 'posted 5 days ago' and the edit stamp are no dates",
        page="""
<html>
<head>
<meta charset="gbk">
<title>〔手作打卡〕用旧冰箱门做了一块磁性留言板（磁钉收纳法在3楼） - 家居DIY - 巧手坊社区</title>
<style>.jammer{display:none}</style>
<script src="static/js/common.js"></script>
</head>
<body>
<div id="toptb">⟦a 登录 ｜ 注册新巧手⟧　⟦a 切换到窄版⟧</div>
<div id="hd">⟦m 巧手坊社区 · 会做，更会生活⟧</div>
<div id="pt">⟦m 巧手坊社区 › 家居生活 › 家居DIY › 帖子⟧</div>
<table id="pid881302">
<tr>
<td class="pls">
<div class="pi">⟦m 木头和钉子⟧</div>
<p>⟦m 主题 46　帖子 1307　巧手值 2284⟧</p>
<p>⟦m 勋章：改造达人 · 年度手作⟧</p>
</td>
<td class="plc">
<h1 id="thread_subject">{T}</h1>
<div class="authi">⟦m 发表于 5 天前　｜　只看楼主　｜　倒序看帖⟧</div>
<div class="t_fsz">
{BODY}
<i class="pstatus">⟦m 本帖最后由 木头和钉子 于 5 天前 编辑⟧</i>
</div>
<div class="rate">⟦l 评分：参与人数 9　巧手值 +31　收起理由：很实用 / 学到了⟧</div>
<div class="sign">⟦l 签名档：旧物不扔，改改还能用十年⟧</div>
<div class="po">⟦a 回复　引用　收藏　举报⟧</div>
</td>
</tr>
</table>
<div class="pgs">⟦l 下一主题：阳台洗衣柜台面用什么板材好？⟧</div>
<div id="f_pst">⟦a 登录之后才能参与讨论，还没有巧手账号？立即注册⟧</div>
<div id="ft">⟦m 巧手坊社区 ( 浙ICP备18052271号-2 )｜手机版｜小黑屋⟧<br>⟦m GMT+8, 2024-11-26 21:40⟧</div>
</body>
</html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
家里换了新冰箱，旧冰箱门板还挺平整，扔了可惜。我把门板拆下来，去掉密封条，用砂纸磨掉锈点，喷了两遍哑光白漆，装在玄关墙上当留言板。
磁性试了一下，普通冰箱贴能吸住，一张A4纸压一颗小磁钉没问题，压三四张就往下滑。后来在网上买了一盒钕铁硼强力磁钉，直径12毫米，一颗能压住七八张纸。
提醒有孩子的家庭：强力磁钉千万别让小孩拿着玩，两颗以上吞下去会在肠子里互相吸住，非常危险。我家磁钉都放在带卡扣的小铁盒里，盒子挂在留言板右上角，孩子够不着。
整个改造花了不到六十块钱，家里人现在买菜清单、快递取件码都往上贴，挺实用。
""",
    ),
    # 10 ── 论坛 · text (junk) · voice recorders · forum review
    dict(
        slug="forum-shengji-recorder-review-junk",
        site="声迹数码论坛 (invented)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="https://bbs.shengji-dm.example.com/forum.php?mod=viewthread&tid=93026",
        title="两百块的录音笔开会够不够用？",
        record_title="【入手报告】两百块的录音笔开会够不够用？（附录音样本说明） - 录音设备区 - 声迹数码论坛",
        date=None,
        notes="forum review with anti-scraping junk as lines and glued after 。; replies below the post; "
        "'2 days ago' is no date",
        page="""
!m 声迹数码论坛 - 录音 · 耳机 · 便携音频
!m 首页 › 录音设备区 › 帖子详情
!m 查看 3126 ┆ 回复 27
!t 【入手报告】两百块的录音笔开会够不够用？（附录音样本说明）
!m 楼主：听风记　　2 天前　　来自 安卓客户端
{BODY}
!a 点赞 32　　收藏 18　　回帖
!l 2楼　小鹿不吃草：转文字那块说得太对了，方言基本不行
!l 3楼　老录音匠：会议室记得把录音笔放桌子中间，别放自己手边
!l 4楼　听风记（楼主）：@老录音匠 受教了
!a 回帖需先登录，没有账号？三秒注册
!m 声迹数码论坛 © 2013-2024　辽ICP备15009902号
""",
        junk=dict(lines=1, glued=3),
        body="""
单位每周开例会，我负责记录，手写跟不上领导语速，就自己买了一支两百块出头的录音笔，用了一个月，说说感受。
先说优点。机身只有口香糖大小，一键录音，按下去有震动提示，开会时不用低头操作。8G内存按普通音质能录一百多个小时，充一次电开了四次两小时的会还剩一半。
再说不足。会议室空调声音大的时候，坐在长桌另一头的人说话录得比较闷；自带的转文字要连手机软件，方言识别错得多，还得自己对着听改。
建议：预算不多、只是记会议的，这个价位够用；要是经常做采访，还是加钱买带降噪和双麦克风的。
最后提醒一句，涉密会议别带录音笔进场，这是纪律。
""",
    ),
    # 11 ── 博客 · text (hard-wrapped at 64) · electric heating film · blog post (bracketed post time)
    dict(
        slug="blog-laoyan-heating-film-bedroom-wrapped",
        site="老檐的装修笔记 (invented personal blog)",
        style="博客",
        genre="博文",
        kind="other",
        form="text",
        source="https://laoyan.blog.example-pages.cn/2024/12/21/dianremo-3-months/",
        title="卧室铺电热膜三个月，说说真实电费",
        record_title="【装修记】卧室铺电热膜三个月，说说真实电费 - 老檐的装修笔记",
        date="2024-12-21",
        notes="blog text hard-wrapped at 64 columns; the bracketed post time is the page's date; tags, "
        "previous/next and comments below",
        page="""
!m 老檐的装修笔记 —— 一个老房子的翻新流水账
!m 首页 · 归档 · 分类 · 关于我
{T}
!m [2024-12-21 22:15]　分类：水电暖　|　阅读(356)　|　评论(12)
{BODY}
!l 标签：电热膜　地暖　老房翻新　电费
!l « 上一篇：老房子的电线要不要全换？　|　下一篇：卫生间做了两遍防水 »
!l 12 条评论
!l 阿梨：我们家也是电热膜，温控器装在门口，很方便
!l 大熊：请问保温板用的多厚的？
!l 老檐（博主）：@大熊 2厘米的挤塑板
!a 发表评论（昵称必填，邮箱不公开）
!m Powered by 老檐 · 本站使用知识共享署名协议
""",
        wrap=64,
        indent="\u3000\u3000",
        body="""
去年秋天翻修老房子，卧室地面一直冷，我们没有接天然气，最后选了在木地板下面铺电热膜。到现在用了整整三个月，记一笔流水账，给同样纠结的朋友参考。
先说施工。电热膜铺在保温板上面，上面再铺一层防潮膜和地板。师傅特别交代，电热膜上面不能放没有腿的大衣柜和床垫，热量散不出去容易局部过热，所以我们把床换成了带腿的。
再说效果。温控器设在20度，开机一个多小时地面就温了，脚踩上去很舒服，屋里没有暖气片那种干燥感。
最后说电费。卧室十六平方米，每天晚上开九个小时，赶上峰谷电价，一个月电费二百三十元左右，比我预想的少。
要提醒的是，电热膜一定要找有资质的电工装，接线和接地都要验收，别图便宜。
""",
    ),
    # 12 ── 博客 · HTML · heated insoles · blog essay (no date)
    dict(
        slug="blog-banmu-essay-father-heated-insoles",
        site="半亩灯下 (invented, Typecho-like blog)",
        style="博客",
        genre="散文",
        kind="other",
        form="html",
        source="https://banmudengxia.example.net/archives/318.html",
        title="父亲的电热鞋垫",
        record_title="父亲的电热鞋垫 | 半亩灯下 - 写给家人的小文",
        date=None,
        notes="Typecho-like blog with a tag cloud, an archive, a calendar and a comment form; 'posted 3 days "
        "ago' is no date; a like prompt glued after the last sentence",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<title>父亲的电热鞋垫 | 半亩灯下 - 写给家人的小文</title>
<link rel="stylesheet" href="/usr/themes/lamp/style.css">
<script>document.documentElement.className='js';</script>
</head>
<body>
<header id="header">
<div class="site-name">⟦m 半亩灯下⟧</div>
<div class="description">⟦m 写给家人的小文，记下慢慢走远的日子⟧</div>
<nav>⟦m 首页　随笔　家书　读书　留言板⟧</nav>
</header>
<main>
<article class="post">
<h1 class="post-title">{T}</h1>
<ul class="post-meta"><li>⟦m 作者：小满灯⟧</li><li>⟦m 发布于 3 天前⟧</li><li>⟦m 分类：家书⟧</li><li>⟦m 1,024 次围观⟧</li></ul>
<div class="post-content">
{BODY}
</div>
<p class="tags">⟦l 标签：父亲, 环卫, 冬天, 电热鞋垫⟧</p>
</article>
<div class="post-near">⟦l 上一篇：母亲的腌菜坛子⟧　⟦l 下一篇：弟弟第一次领工资⟧</div>
<div id="comments">
<h3>⟦l 已有 17 条评论⟧</h3>
<ol><li>⟦l 青梧：看哭了，明天给我爸也买一副。⟧</li><li>⟦l 南方有嘉木：写得真好，父爱都是不说出来的。⟧</li></ol>
<form>⟦a 称呼* 邮箱* 网站　提交评论⟧</form>
</div>
</main>
<aside id="secondary">
<h3>⟦l 标签云⟧</h3><p>⟦l 家书 父亲 童年 老屋 读书 旅行 冬天⟧</p>
<h3>⟦l 归档⟧</h3><p>⟦l 2024年十二月 (3)　2024年十一月 (5)　2024年十月 (4)⟧</p>
<h3>⟦l 日历⟧</h3><p>⟦l 一 二 三 四 五 六 日⟧</p>
</aside>
<footer>⟦d 本站文字均为原创，转载请先留言告知。⟧ ⟦m © 半亩灯下 · 由 Typecho 驱动⟧</footer>
<script src="/usr/themes/lamp/calendar.js"></script>
</body>
</html>
""",
        body="""
父亲扫了十一年大街。每年冬天最难熬的是凌晨四点出门，那会儿路面结着霜，他说脚底下像踩着冰块，扫完一条街脚趾头都没了知觉。
去年冬至前，我在网上给他买了一副电热鞋垫，充一次电能热三四个小时。父亲嫌贵，说一双棉鞋才几十块，非要我退掉。我骗他说是单位发的福利，他才收下。
后来母亲告诉我，父亲每天晚上都把鞋垫拿出来充电，充好了用塑料袋包着放在床头，生怕早上忘了带。他跟工友们说，闺女单位发的东西就是好。
今年入冬，街道给环卫工人统一发了电热鞋垫，父亲打电话说不用我再买了。挂电话前他又补了一句，说我买的那双他一直留着，等这双旧了再换上。⟦a 觉得写得好，就点个♥吧⟧
""",
    ),
]

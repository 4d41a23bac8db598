"""holdout326, part A: 范文 sites, 文库 previews, portals, news, forums, a blog. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="fanwen-jiangeng-speech-keycard-hotels",
        site="笺耕范文网 (invented, old gb2312 ASP table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.jiangengfw.com/jianghua/huiyi/2024102137715.html",
        title="在全县宾馆酒店节能降耗和用电安全工作会议上的讲话",
        record_title="【讲话稿精修】在全县宾馆酒店节能降耗和用电安全工作会议上的讲话（会议实用版）_笺耕范文网",
        date="2024-10-15",
        date_also=["2024-10-21"],
        notes="old table layout with marquee, font-size/eye-care row, hot list, visitor counter and a floating ghost-writer box; "
        "date and speaker lines under the title (neutral), the site's posting date differs; ghost-writer WeChat glued after a "
        "sentence; a member-copy line inside the body",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【讲话稿精修】在全县宾馆酒店节能降耗和用电安全工作会议上的讲话（会议实用版）_笺耕范文网</title>
<meta name="keywords" content="插卡取电,宾馆酒店,节能降耗,讲话稿">
<link href="/css/style.css" rel="stylesheet" type="text/css">
<script language="JavaScript" src="/js/qqfloat.js"></script>
</head>
<body leftmargin="0" topmargin="0">
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="260"><img src="/images/logo.gif" width="250" height="60" alt=""></td>
<td>⟦m 笺耕范文网　案头笔墨 件件用心⟧</td>
<td align="right"><a href="/user/login.asp">⟦a 笔友登录⟧</a>　<a href="/user/reg.asp">⟦a 免费入会⟧</a>　<a href="#">⟦a 把笺耕加入收藏⟧</a></td></tr>
</table>
<table width="980" align="center" class="nav"><tr>
<td><a href="/">⟦m 首页⟧</a></td><td><a href="/jianghua/">⟦m 讲话致辞⟧</a></td><td><a href="/zongjie/">⟦m 总结汇报⟧</a></td><td><a href="/fangan/">⟦m 计划方案⟧</a></td><td><a href="/xinde/">⟦m 心得体会⟧</a></td><td><a href="/gongwen/">⟦m 公文通知⟧</a></td>
</tr></table>
<marquee behavior="scroll" scrollamount="2">⟦m 笺耕范文网提示：讲话稿栏目每周一、周四更新，笔友投稿请发 tougao@jiangengfw.com⟧</marquee>
<table width="980" align="center"><tr>
<td width="700" valign="top">
<table width="100%"><tr><td class="weizhi">⟦m 当前位置：<a href="/">笺耕范文网</a> &gt;&gt; <a href="/jianghua/">讲话致辞</a> &gt;&gt; <a href="/jianghua/huiyi/">会议讲话</a> &gt;&gt; 正文⟧</td></tr></table>
<table width="100%">
<tr><td align="center"><h1>{T}</h1></td></tr>
<tr><td align="center" class="info">⟦m 发布日期：2024-10-21　来源：笔友投稿　作者：秋禾　人气：<font color="red">1389</font>⟧</td></tr>
<tr><td align="center">⟦a 【字号：放大 默认 缩小】【背景：护眼 原色】【关闭本页】⟧</td></tr>
<tr><td class="content">
<p align="center">（2024年10月15日）</p>
<p align="center">县商务局副局长　邴志航</p>
{BODY}
</td></tr>
<tr><td>⟦a [下载本文Word版] [复制全文] [打印本页]⟧</td></tr>
<tr><td>⟦l 上一篇：全县商贸流通领域安全生产工作会议讲话⟧<br>⟦l 下一篇：在宾馆行业消防安全培训班开班式上的讲话⟧</td></tr>
</table>
</td>
<td width="270" valign="top">
<table width="100%" class="side"><tr><td class="stitle">⟦l 讲话稿周排行⟧</td></tr>
<tr><td>⟦l ·在全县冬季消防安全工作会议上的讲话⟧<br>⟦l ·商务局长在餐饮住宿行业座谈会上的讲话⟧<br>⟦l ·节能宣传周启动仪式领导致辞（3篇）⟧</td></tr></table>
<table width="100%" class="side"><tr><td class="stitle">⟦l 笔友推荐⟧</td></tr>
<tr><td>⟦l ·宾馆客房用电安全自查报告⟧<br>⟦l ·酒店节能降耗工作总结（范文两篇）⟧</td></tr></table>
</td></tr></table>
<table width="980" align="center" class="foot"><tr><td align="center">
⟦m <a href="/about.asp">关于笺耕</a> | <a href="/contact.asp">联系我们</a> | <a href="/map.asp">网站地图</a>⟧<br>
⟦d 本站文章多由笔友投稿，仅供写作参考，严禁整篇套用于正式场合。⟧<br>
⟦m Copyright 2013-2024 笺耕范文网 www.jiangengfw.com　蜀ICP备13052276号⟧<br>
⟦m 您是第 <font color="#FF6600">0472915</font> 位来访笔友⟧
</td></tr></table>
<div id="floatqq" style="position:absolute;right:5px;top:200px;">⟦w 代笔讲话稿 急稿当天交 QQ：3317055219⟧</div>
</body>
</html>
""",
        p_html='<p style="text-indent:2em">{}</p>',
        body="""
同志们：
今天召开全县宾馆酒店节能降耗和用电安全工作会议，主要是通报前一阶段客房用电检查情况，安排今冬明春的重点工作。
前段时间，县商务局会同县消防救援大队抽查了全县46家宾馆酒店，发现有11家存在客房插卡取电开关被短接、用废旧房卡或名片长期插在取电槽内的情况。客人外出后，空调、电热水壶照常通电，既浪费电能，又埋下火灾隐患。⟦w 讲话稿改不动？笺耕小秋一对一代改，微信 jg_xiaoqiu⟧
⟦a 【本篇讲话稿共1120字，开通笔友会员可复制全文】⟧
下面，我讲三点意见。一是各店要在本月底前完成一次自查，对被短接、损坏的取电开关一律更换。二是前台发卡要做到一房一卡，不得为方便客人额外发放“取电卡”。三是客房服务员查房时要顺手检查取电槽，发现插有非房卡物品的及时取出并登记。
同志们，节能是效益，安全是底线。希望大家把这件小事当作大事来抓，确保今冬明春全县宾馆酒店不发生用电安全事故。
""",
    ),
    dict(
        slug="fanwen-sujian-insight-dorm-sock-racks",
        site="笺叶范文网 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.jianyefw.cn/xinde/gangwei/51827.html",
        title="寄宿制学校宿管员工作心得体会",
        record_title=None,
        date=None,
        notes="no title in the record: the page's title line carries a 〖荐读〗 tag; no date (an update stamp '3 天前' only); "
        "a member line on its own inside the body and a collect link glued before a paragraph's first words",
        page="""
!m 笺叶范文网 · jianyefw.cn
!m 首页 ｜ 工作总结 ｜ 心得体会 ｜ 讲话发言 ｜ 述职报告 ｜ 合同协议
!m 当前栏目：心得体会 » 岗位心得
!t 〖荐读〗寄宿制学校宿管员工作心得体会
!m 投稿人：晚风　　阅读：863 次　　更新：3 天前
!a 〔一键复制〕〔另存为Word〕〔报错〕
{BODY}
!a 本文剩余约四成内容仅年卡会员可见，开通后即可复制下载
!a 开通年卡 ¥39　　　单篇解锁 ¥3
!l 同类心得推荐
!l ▸ 学校后勤人员年度工作心得
!l ▸ 住校值班教师心得体会三篇
!l ▸ 宿舍管理员述职报告（精选）
!d 本文由笔友投稿，著作权归作者本人，转载请保留出处。
!m 笺叶范文网 jianyefw.cn　湘ICP备18047733号-1
""",
        indent="\u3000\u3000",
        body="""
我在县第二中学做宿管员已经两年了。刚来的时候，男生宿舍最让人头疼的是袜子：床栏上、暖气片上、窗把手上到处搭着，屋里气味难闻，每周卫生检查总要扣分。
⟦a ☆收藏这篇☆⟧后来，学校给每间宿舍阳台装了两个不锈钢晾袜架，每个架子有二十个夹子，一人两个夹位，贴上名字。我跟各室长约定，袜子当天洗、当天夹上架，第二天午休前收回。
⟦a 〔下文为会员内容，开通后可一键复制〕⟧
一开始总有人忘收，我就每天中午巡一遍，把没收的袜子装进袋子挂在门把手上，再附一张小纸条。一个月下来，宿舍里的气味明显好了，学生也养成了随手收的习惯。
这件小事让我体会到，宿舍管理靠的不是训斥，而是给学生一个方便做对的办法。架子、夹子、名字贴，这些不起眼的东西，比讲十遍道理都管用。今后，我还要多从学生的日常小事入手，把宿舍管得更干净、更温馨。
""",
    ),
    dict(
        slug="wenku-yanchi-plan-cable-boxes-html-markers",
        site="墨渚文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="html",
        source="https://www.mozhuwk.com/doc/88412670.html",
        title="机关办公区充电线收纳规范管理实施方案",
        record_title="【办公室管理】机关办公区充电线收纳规范管理实施方案（机关通用稿） - 墨渚文库",
        date="2024-05-20",
        notes="文库 reader: '☩ n ☩' page-marker paragraphs cut sentences; viewer toolbar, rating, monthly-card lock; "
        "成文日期 under the signature, an upload stamp is no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>【办公室管理】机关办公区充电线收纳规范管理实施方案（机关通用稿） - 墨渚文库</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<script src="https://static.mozhuwk.com/js/reader.min.js"></script>
<style>.txt{text-indent:2em}.txt+.txt{margin-top:6px}</style>
</head><body>
<header class="hd"><a class="logo" href="/">⟦m 墨渚文库⟧</a><span class="slogan">⟦m 一渚墨 万卷书⟧</span>
<form class="search"><input type="text" placeholder="搜索文档、范文、模板"><button>⟦a 搜文档⟧</button></form>
<a href="/vip" class="vip">⟦a 月卡19元 畅读全站⟧</a> <a href="/login">⟦a 账号登录⟧</a></header>
<nav class="crumb">⟦m <a href="/">墨渚文库</a> › <a href="/c/xingzheng/">行政公文</a> › <a href="/c/xingzheng/fangan/">工作方案</a>⟧</nav>
<div class="doc-head"><h1>{T}</h1>
<p class="doc-meta">⟦m 上传者：池边客　上传于：2024-06-03　共3页　1.2万人看过⟧</p>
<p class="doc-score">⟦m 文档评分 4.7 ★★★★☆ （86人评价）⟧</p>
<div class="toolbar">⟦a 全屏阅读⟧ ⟦a 放大⟧ ⟦a 缩小⟧ ⟦a 加入书架⟧</div></div>
<div class="reader" id="reader">
{BODY}
</div>
<div class="lock">⟦a 剩余1页未读，开通月卡后免费阅读全文⟧ <button>⟦a 19元开通⟧</button> <button>⟦a 2.8元单篇下载⟧</button></div>
<aside class="rel"><h3>⟦l 读过此文的人还读了⟧</h3><ul>
<li>⟦l 办公室6S管理实施细则（含检查表）⟧</li>
<li>⟦l 机关节约能源资源工作方案⟧</li>
<li>⟦l 办公区域用电安全管理制度⟧</li></ul></aside>
<footer>⟦d 墨渚文库所有文档均由用户上传，平台仅提供存储与展示，如涉及侵权请提交申诉。⟧<br>⟦m 墨渚文库 mozhuwk.com　粤ICP备20061547号⟧</footer>
<script>reader.init({docId:"88412670"});</script>
</body></html>
""",
        p_html='<p class="txt">{}</p>',
        pages=dict(fmt="☩ {n} ☩", every=90, start=2),
        body="""
为消除办公区电源线、充电线杂乱缠绕带来的安全隐患，营造整洁有序的办公环境，结合机关办公用房管理要求，制定本方案。
一、工作目标。2024年6月底前，机关各科室办公桌面充电线全部入盒管理，做到插线板不落地、线缆不缠绕、下班不留电。
二、主要措施。（一）统一配置。由办公室统一采购带分线槽的充电线收纳盒，每个工位一个，会议室、接待室各配两个。（二）规范使用。手机、笔记本电脑充电线用后收入盒内，插线板置于盒内底层，严禁在收纳盒内给电动车电池充电。（三）定期检查。办公室每月组织一次检查，结果纳入科室作风考评。
三、工作要求。各科室要指定一名联络员，督促本科室人员养成随手收线、离岗断电的习惯。
县机关事务服务中心
2024年5月20日
""",
    ),
    dict(
        slug="wenku-zhigeng-survey-neck-pillows-wrapped-glued",
        site="知更文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://www.zhigengwk.cn/p-7720418563.html",
        title="关于长途客运驾驶员颈部劳损情况的调研报告",
        record_title="关于长途客运驾驶员颈部劳损情况的调研报告.pdf",
        date="2024-09-12",
        notes="file-name record title; converter text hard-wrapped at 62 columns with '❛n❜' markers glued to the continuation "
        "line; 成文日期 under the signature; the upload time is no date",
        page="""
!m 知更文库 — 让每份文档都被看见
!m 文库首页 > 调研报告 > 交通运输
{T}
!m 格式：PDF　｜　页数：4　｜　大小：268 KB　｜　上传时间：2024-10-08
!m 贡献者：zg_****35　　浏览量：2471　　下载量：63
!a 立即下载（需8下载券）　　收藏　　分享　　举报
{BODY}
!a 试读已结束，剩余内容需付费或使用下载券获取
!a 下载券不足？开通知更会员，每月赠送30张
!l 相关推荐：货车司机职业健康调研报告 ｜ 关于出租车驾驶员权益保障的调查 ｜ 职工颈椎病防治知识讲座稿
!d 知更文库内容均来自用户上传，不代表平台观点，如有侵权请联系 kefu@zhigengwk.cn
""",
        wrap=62,
        indent="\u3000\u3000",
        pages=dict(fmt="❛{n}❜", every=80, start=2, glue=True),
        body="""
为了解长途客运驾驶员职业健康状况，县总工会于今年7月至8月对全县4家客运企业的186名驾驶员开展了问卷调查和座谈。现将有关情况报告如下。
一、基本情况。受访驾驶员平均年龄46岁，日均驾驶时间7.5小时。有颈部酸痛、僵硬症状的占62%，其中经医院诊断为颈椎病的有37人。
二、主要原因。一是连续驾驶时间长，途中休息不足；二是驾驶座头枕高度不合适，多数驾驶员未使用颈枕，或使用的颈枕过高过硬；三是企业对职业健康宣传不够。
三、几点建议。（一）企业为驾驶员统一配发记忆棉颈枕，并指导按身高调整头枕位置。（二）严格落实每驾驶2小时休息不少于20分钟的规定。（三）将颈椎检查纳入年度体检项目。
涳阳县总工会
2024年9月12日
""",
    ),
    dict(
        slug="gov-zhiyuan-notice-keycard-check-index-table",
        site="畤原县人民政府门户网站 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.zhiyuanxian.gov.cn/zwgk/zcwj/bmwj/202411/t20241106_3361205.html",
        title="畤原县商务局关于开展宾馆客房插卡取电装置专项检查的通知",
        record_title="畤原县商务局关于开展宾馆客房插卡取电装置专项检查的通知－政策文件－畤原县人民政府",
        date="2024-11-04",
        date_also=["2024-11-06"],
        notes="county portal: elder/accessibility/traditional links, 索引号 table with the 文号 cell unmarked (neutral), the "
        "portal's 纠错 line next to the notice's own 联系人/电话; 附件 list beside an attachment download link, downloading the form as content; 抄送 and 印发 lines; "
        "the page's 发布日期 differs from the 成文日期",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>畤原县商务局关于开展宾馆客房插卡取电装置专项检查的通知－政策文件－畤原县人民政府</title>
<meta name="SiteName" content="畤原县人民政府"><meta name="PubDate" content="2024-11-06 10:20">
<script src="/js/jquery.min.js"></script><script src="/js/zhengwu.js"></script>
</head><body>
<div class="topbar"><span>⟦m 欢迎访问畤原县人民政府门户网站⟧</span> <a href="javascript:;">⟦a 长者模式⟧</a> <a href="javascript:;">⟦a 无障碍⟧</a> <a href="javascript:;">⟦a 繁體版⟧</a> <a href="/wap/">⟦a 手机版⟧</a></div>
<div class="banner"><span>⟦m 畤原县人民政府⟧</span></div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 走进畤原⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政务服务⟧</li><li>⟦m 互动交流⟧</li></ul>
<div class="position">⟦m 您当前所在位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/zcwj/">政策文件</a> &gt; 部门文件⟧</div>
<table class="xxgk-index">
<tr><td>⟦m 索引号：11513221MB1574208K/2024-00362⟧</td><td>⟦m 主题分类：商贸、旅游⟧</td></tr>
<tr><td>⟦m 发布机构：畤原县商务局⟧</td><td>⟦m 发布日期：2024-11-06⟧</td></tr>
<tr><td>文　　号：畤商发〔2024〕37号</td><td>⟦m 有 效 性：有效⟧</td></tr>
</table>
<div class="article"><h1>{T}</h1>
<div class="info">⟦m 来源：县商务局　浏览次数：617⟧ <span class="font">⟦a 字号：[大] [中] [小]⟧</span></div>
<div class="TRS_Editor">
{BODY}
</div>
<div class="fj">⟦a 附件下载：宾馆客房取电装置自查表.xlsx⟧</div>
<div class="tools">⟦a 【打印正文】【关闭窗口】【分享到】⟧</div>
<div class="xg"><h4>⟦l 相关文件⟧</h4><ul><li>⟦l 畤原县2024年冬季消防安全专项整治实施方案⟧</li><li>⟦l 关于开展住宿业安全生产隐患排查的通知⟧</li></ul></div>
</div>
<div class="footer">
<p>⟦m 主办：畤原县人民政府办公室　承办：畤原县政务服务和大数据中心⟧</p>
<p>⟦m 网站纠错电话：0835-7200315　网站标识码：5132210027⟧</p>
<p>⟦m 蜀ICP备05019733号　川公网安备 51322102000118号⟧</p>
<p>⟦d 未经授权，禁止复制或建立镜像⟧</p>
</div>
</body></html>
""",
        body="""
各乡镇人民政府，县直有关单位，各宾馆酒店：
为消除宾馆客房用电安全隐患，推进节能降耗，县商务局决定于2024年11月至12月在全县开展宾馆客房插卡取电装置专项检查。现将有关事项通知如下。
一、检查范围。全县持证经营的宾馆酒店、民宿和公寓式酒店。
二、检查内容。取电开关是否完好有效，是否存在短接、加装常通电插座等情况；前台是否超量发放取电卡；客人离房后空调、电热设备能否自动断电。
三、工作安排。各经营单位请下载附件1自查表，于11月20日前完成自查，县商务局会同县消防救援大队于12月上旬开展抽查。
联系人：褚明远，电话：0835-7216043。
附件：1.宾馆客房取电装置自查表
2.专项检查抽查名单
畤原县商务局
2024年11月4日
抄送：县消防救援大队，县市场监管局。
畤原县商务局办公室　2024年11月4日印发
""",
    ),
    dict(
        slug="gov-kongyang-bulletin-sock-rack-spot-check",
        site="涳阳县人民政府网 (invented)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="text",
        source="http://www.kongyang.gov.cn/xxgk/jdjc/202410/t20241021_118402.html",
        title="涳阳县市场监督管理局关于晾袜架产品质量监督抽查情况的通报",
        record_title="【监督抽查】涳阳县市场监督管理局关于晾袜架产品质量监督抽查情况的通报｜涳阳县人民政府",
        date="2024-10-18",
        date_also=["2024-10-21"],
        notes="text portal page: care/accessibility row, 索引号 line, generation date differs from the 成文日期; a spot-check "
        "table one row a paragraph; the site's technical phone in the footer",
        page="""
!m 涳阳县人民政府网
!a 关怀版 ｜ 无障碍 ｜ 智能问答 ｜ 登录
!m 首页 > 信息公开 > 法定主动公开内容 > 监督检查
!m 索引号：KY-SJJ-2024-0291　　发文机构：涳阳县市场监督管理局　　公开方式：主动公开
!m 生成日期：2024-10-21　　浏览量：402
{T}
{BODY}
!a 【打印本页】　【收藏本页】　【关闭】
!l 上一条：涳阳县2024年第三季度食品安全监督抽检信息公告
!l 下一条：关于电动自行车充电器产品质量抽查情况的通报
!m 主办单位：涳阳县人民政府办公室　　联系电话：0836-5100023（仅受理网站技术问题）
!m 网站标识码：5134260009　　蜀ICP备09033102号
""",
        body="""
2024年第三季度，县市场监管局对县内商场、超市和网店销售的晾袜架产品开展了质量监督抽查，共抽查12家经营单位的20批次产品，合格17批次，不合格3批次。现将有关情况通报如下。
不合格产品及项目如下：
产品名称　标称生产企业　不合格项目
二十夹塑料晾袜架　洴川县恒顺日用品厂　夹子耐久性
折叠不锈钢晾袜架　峓州市佳美五金制品有限公司　挂钩承重
圆盘晾袜架　涳阳县宏达塑胶厂　夹子耐久性
对抽查不合格的产品，县市场监管局已责令经营单位下架，并依法立案调查。提醒广大消费者选购晾袜架时查看夹子弹力和挂钩是否牢固。
涳阳县市场监督管理局
2024年10月18日
""",
    ),
    dict(
        slug="news-yizhou-boot-shapers-workshop",
        site="峓州新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.yizhounews.cn/jingji/cyg/202412/t20241202_884176.html",
        title="冬靴热销带火靴筒撑 坬口一家小作坊一冬卖出4万副",
        record_title="冬靴热销带火靴筒撑 坬口一家小作坊一冬卖出4万副-经济频道-峓州新闻网",
        date="2024-12-02",
        notes="news portal: app prompt glued before the lead, an ad slot, a photo caption on a line of its own between "
        "paragraphs, an editor line glued after the last paragraph, a 24-hour list; the byline's 发布时间 is the date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8">
<title>冬靴热销带火靴筒撑 坬口一家小作坊一冬卖出4万副-经济频道-峓州新闻网</title>
<script src="//static.yizhounews.cn/js/ad.js"></script>
</head><body>
<div class="top-bar">⟦m 峓州新闻网 · 峓州日报社主办⟧ <a>⟦a 下载峓州日报客户端⟧</a> <a>⟦a 登录⟧</a></div>
<div class="channel-nav">⟦m 首页⟧ ⟦m 时政⟧ ⟦m 经济⟧ ⟦m 区县⟧ ⟦m 民生⟧ ⟦m 视频⟧ ⟦m 专题⟧</div>
<div class="breadcrumb">⟦m 峓州新闻网 &gt; 经济频道 &gt; 产业观察⟧</div>
<div class="ad-slot">⟦m 广告　峓州农商银行冬季消费贷 年化低至3.2%⟧</div>
<article>
<h1>{T}</h1>
<div class="meta">⟦m 发布时间：2024-12-02 08:47　来源：峓州日报　记者：郦晓岚⟧</div>
<div class="listen">⟦a ▶ 听新闻⟧ ⟦a 字号 A+ A-⟧</div>
<div class="article-body">
{BODY}
</div>
<div class="share">⟦l 分享到：微信 朋友圈 微博 QQ空间⟧</div>
</article>
<aside><h3>⟦l 24小时热读⟧</h3><ol><li>⟦l 峓州至湠水快速路全线贯通⟧</li><li>⟦l 岝山镇冬枣上市 每斤卖到12元⟧</li><li>⟦l 市区新增3处便民早餐点⟧</li></ol></aside>
<footer>⟦d 峓州日报社版权所有　未经书面授权不得转载⟧<br>⟦m 互联网新闻信息服务许可证：51120240019⟧　⟦m 不良信息举报：0832-6019110⟧</footer>
</body></html>
""",
        body="""
⟦a 打开峓州日报APP，看更多本地新闻⟧本报讯（记者 郦晓岚）入冬以来，长筒靴销量走高，与之配套的靴筒撑也跟着热销。位于坬口镇的一家鞋材作坊，今年已卖出各类靴筒撑4万多副。
作坊负责人韦春生介绍，过去的靴筒撑多是一根硬纸筒，用久了容易变形。他们改用可回收塑料做成弹性撑片，插进靴筒后能自动撑开，粗细不同的靴子都能用。
⟦m 工人在给靴筒撑套上防尘袋。郦晓岚 摄⟧
“一双好靴子放一个夏天，靴筒塌了就起褶子，撑一撑能多穿好几年。”韦春生说，现在作坊除了线上销售，还给县城几家鞋店和皮具护理店供货。
镇里也在引导作坊规范生产，帮助申请了外观专利，并联系县职业学校开设鞋材加工短期培训班。⟦m （责任编辑：邵佳　审核：蒲远）⟧
""",
    ),
    dict(
        slug="news-kongyang-bus-drivers-neck-pillows",
        site="涳阳新闻网 (invented, county media centre)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.kyxww.cn/bendi/2024-12/20/content_60218.html",
        title="涳阳公交为68名长途线路驾驶员配发颈枕",
        record_date="2024-12-20",
        date="2024-12-20",
        notes="title and date given by the record as is; byline with 发布时间, font row, a photo-credit line after the body, "
        "related news and a reprint notice",
        page="""
!m 涳阳新闻网　www.kyxww.cn
!m 首页 | 本地 | 县情 | 乡镇 | 图片 | 视频 | 融媒
{T}
!m 发布时间：2024-12-20 09:12　　来源：涳阳县融媒体中心　　编辑：滕可
!a 【字体：大 中 小】　【打印】　【纠错】
{BODY}
!m 本文图片由涳阳县公交客运集团提供
!l 相关新闻
!l · 涳阳公交开通至岝山镇直达班线
!l · 县总工会“司机之家”在物流园揭牌
!m 涳阳县融媒体中心主办　投稿邮箱：kyxww@kyrmt.cn
!d 本网原创稿件，转载请注明来源“涳阳新闻网”
""",
        indent="\u3000\u3000",
        body="""
本网讯 12月19日，涳阳县公交客运集团在汽车站开展“冬日暖驾”活动，为68名长途线路驾驶员每人配发一只记忆棉颈枕和一个护腰靠垫。
集团安全部负责人介绍，长途线路单程最长约4个小时，驾驶员久坐后颈部容易僵硬，影响注意力。此次配发的颈枕可以按座椅头枕高度调节，驾驶员在途中停车休息时也能用来放松颈部。
活动现场，县人民医院康复科医生还为驾驶员讲解了颈椎保健操，并提醒大家不要在行车时把颈枕垫得过高，以免影响观察后视镜。
据了解，集团还将在各站点休息室增设按摩椅，进一步改善驾驶员的休息条件。
""",
    ),
    dict(
        slug="forum-shiguang-cable-box-discuz-jammer",
        site="拾光数码社区 (invented, Discuz-like)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.shiguang-dm.com/thread-118022-1-1.html",
        title="晒晒我的桌面充电线收纳盒",
        record_title="[收纳晒单] 晒晒我的桌面充电线收纳盒（附出线孔尺寸） - 桌面美化 - 拾光数码社区",
        date=None,
        notes="Discuz-like thread: jammer-font junk in the post, poster box, signature, rating row, prev/next; "
        "posted '3 天前' (no date)",
        page="""
<html><head><meta charset="gbk"><title>[收纳晒单] 晒晒我的桌面充电线收纳盒（附出线孔尺寸） - 桌面美化 - 拾光数码社区 - Powered by Discuz!</title>
<style>.jammer{font-size:0;color:#fff}</style></head><body>
<div id="toptb">⟦m 拾光数码社区⟧ <a>⟦a 登录⟧</a> <a>⟦a 立即注册⟧</a> <a>⟦a 找回密码⟧</a></div>
<div id="nv">⟦m 门户⟧ ⟦m 论坛⟧ ⟦m 群组⟧ ⟦m 排行榜⟧</div>
<div id="pt">⟦m 拾光数码社区 › 论坛 › 生活数码 › 桌面美化 › 查看内容⟧</div>
<div class="ts-stat">⟦m 查看: 1836｜回复: 27⟧</div>
<table id="pid11802"><tr>
<td class="pls"><div class="authi">⟦m 理线小能手⟧</div><dl>⟦m 帖子 412　精华 3　积分 2310⟧</dl><p>⟦m 中级会员⟧</p></td>
<td class="plc"><h1><span id="thread_subject">⟦t [收纳晒单] 晒晒我的桌面充电线收纳盒（附出线孔尺寸）⟧</span></h1>
<div class="authi">⟦m 发表于 3 天前 | 只看该作者 | 倒序浏览⟧</div>
<div class="t_fsz"><table><tr><td class="t_f" id="postmessage_11802">
{BODY}
</td></tr></table></div>
<div class="sign">⟦m 签名：线不乱，心就不乱。⟧</div>
<div class="po">⟦a 回复 支持(18) 反对(0) 收藏 举报⟧</div>
</td></tr></table>
<div class="rate">⟦l 参与人数 5　贡献 +10　收起 理由⟧</div>
<div class="pgs">⟦l 上一主题：机械键盘清洁心得⟧ ⟦l 下一主题：显示器支架选购求推荐⟧</div>
<div id="f_pst">⟦a 登录后方可回帖，还没有账号？点此注册⟧</div>
<div id="ft">⟦m Archiver｜手机版｜小黑屋｜拾光数码社区⟧ ⟦m 浙ICP备17035512号⟧ ⟦m GMT+8, 2025-3-12 21:40⟧</div>
<script src="static/js/common.js?x7"></script>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
用了三年的桌面终于收拾干净了，给大家晒一下我的充电线收纳盒。
盒子是在县城文具店买的，二十几块钱，木纹面板，侧面开了三个出线孔。我把插线板整个放进去，手机、平板、耳机三根线从孔里穿出来，不用的时候线头卡在盖子上的凹槽里。
原来桌子底下一团乱麻，扫地都要挪半天，现在一个盒子全搞定。唯一的缺点是插线板放进去以后散热差一点，我在盒底垫了两根木条，留出通风的缝。
另外提醒一句，大功率的电暖器、电水壶千万别接在盒子里的插线板上，容易发热。
有同样需求的坛友可以参考，尺寸图在二楼。
""",
    ),
    dict(
        slug="forum-xiaowo-diy-boot-shapers-junk",
        site="小窝家居论坛 (invented)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="https://bbs.xiaowojia.net/t/2207341",
        title="用泡沫浮条做靴筒撑，五块钱撑起六双靴",
        record_title="[手工DIY] 用泡沫浮条做靴筒撑，五块钱撑起六双靴（内含实拍九张） - 收纳整理 - 小窝家居论坛",
        date=None,
        notes="forum thread with anti-scraping junk (lines and glued after 。); posted '昨天 21:47' (no date); replies below",
        page="""
!m 小窝家居论坛 - 居家生活分享社区
!m 论坛首页 › 居家生活 › 收纳整理 › 帖子详情
!t [手工DIY] 用泡沫浮条做靴筒撑，五块钱撑起六双靴（内含实拍九张）
!m 楼主：橘子汽水　　发表于 昨天 21:47　　来自 手机客户端
!m 阅读 2108　回复 34
{BODY}
!a 点赞(56)　　收藏　　回复　　举报
!l 沙发　布丁妈妈：学到了！家里刚好有两根浮条
!l 板凳　冬青：皮靴最好还是用木的，泡沫不透气
!l 地板　橘子汽水（楼主）：回复冬青，所以要先擦干晾透再塞
!a 登录后可以回复楼主，还可以查看更多图片
!m 小窝家居论坛 ｜ 关于我们 ｜ 广告合作 ｜ 意见反馈
""",
        junk=dict(lines=2, glued=3),
        body="""
家里有六双长靴，每到换季就发愁：靴筒一软下来就倒，放鞋柜里全是折痕。买成品靴筒撑一副要十几块，六双就得小一百。
上周翻出孩子游泳用过的泡沫浮条，灵机一动：按靴筒高度截成两段，每段比靴筒短两指，塞进去刚好撑住。
浮条太粗的，用美工刀沿长边切掉一条；太细的，外面裹一层旧毛巾再塞。记得先把靴子里面擦干，不然泡沫贴着皮面容易捂出霉点。
六双靴子一共用了两根浮条，花了不到五块钱，效果跟买的差不多。冬天拿出来穿的时候，靴筒笔直，一点褶子都没有。
""",
    ),
    dict(
        slug="blog-manbanpai-essay-sock-rack-clips",
        site="慢半拍的阳台 (invented, Typecho-like personal blog)",
        style="博客",
        genre="随笔",
        kind="other",
        form="html",
        source="https://manbanpai.blog.example-home.cn/archives/318/",
        title="晾袜架上的十二只夹子",
        record_title="晾袜架上的十二只夹子 | 慢半拍的阳台 · 生活札记",
        date="2024-03-09",
        notes="blog: bracketed post time as the page's date, tag cloud and monthly archive (with years and months), comments "
        "and comment form; a tip prompt glued after the last sentence",
        page="""
<!DOCTYPE html><html lang="zh-CN"><head><meta charset="UTF-8">
<title>晾袜架上的十二只夹子 | 慢半拍的阳台 · 生活札记</title>
<link rel="alternate" type="application/rss+xml" href="/feed/">
</head><body>
<header><p class="site-title">⟦m 慢半拍的阳台⟧</p><p class="desc">⟦m 种花、做饭、晾衣服，日子慢慢过⟧</p>
<nav>⟦m 首页⟧ ⟦m 生活札记⟧ ⟦m 读书⟧ ⟦m 留言板⟧ ⟦m 关于⟧</nav></header>
<main><article>
<h2 class="post-title">{T}</h2>
<div class="post-meta">⟦m [2024-03-09 20:15]⟧ ⟦m 分类：生活札记⟧ ⟦m 阅读 412⟧</div>
<div class="post-body">
{BODY}
</div>
<div class="post-tags">⟦l 标签：晾袜架 旧物 女儿⟧</div>
<div class="post-nav">⟦l ← 阳台上的三盆薄荷⟧ ⟦l 周末去湠水边看油菜花 →⟧</div>
<section id="comments"><h3>⟦l 4 条评论⟧</h3>
<p>⟦l 青瓷：看哭了，我家也有一个用了好多年的旧架子。⟧</p>
<p>⟦l 阿远：十二只夹子留着夹零食袋，这个好！⟧</p>
<h3>⟦l 说点什么吧⟧</h3><p>⟦l 昵称（必填）　邮箱（不会公开）⟧</p><button>⟦a 提交评论⟧</button></section>
</article></main>
<aside><h4>⟦l 标签云⟧</h4><p>⟦l 阳台 绿植 家常菜 旧物 读书 湠水 女儿⟧</p>
<h4>⟦l 文章归档⟧</h4><ul><li>⟦l 2024年3月 (5)⟧</li><li>⟦l 2024年2月 (7)⟧</li><li>⟦l 2024年1月 (4)⟧</li></ul></aside>
<footer>⟦m © 2019-2024 慢半拍的阳台 · 基于 Typecho 搭建⟧</footer>
<script src="/usr/themes/lite/js/main.js"></script>
</body></html>
""",
        body="""
家里那个圆盘晾袜架用了快十年，二十个夹子坏了八个，剩下十二个还晃晃悠悠地夹着全家人的袜子。
妻子几次说要换新的，我总舍不得。这架子是搬进新房那年在楼下小超市买的，当时才九块钱。那会儿女儿刚上幼儿园，小袜子一夹就是一排，五颜六色的，像挂了一串彩旗。
如今女儿上了初中，袜子比我的还大，再也夹不出那样的彩旗了。上周末，我还是去买了个新的不锈钢晾袜架，三十个夹子，结实得很。
旧架子没舍得扔，我把好的十二个夹子拆下来，留着夹零食袋。日子大概就是这样，旧的东西换掉了，一些念想总能找个地方留下来。⟦a 觉得不错，就请博主喝杯茶⟧
""",
    ),
]

"""holdout365, part A: 范文站, 文库预览, 政府门户, 新闻门户, 论坛. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="fanwen-zizhen-speech-mount-month-gb2312",
        site="字斟范文网 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.zizhenfw.com/jianghua/anquan/2025/0412/7731.html",
        title="在壑阳县“支架上车、手机离手”文明驾驶宣传月启动仪式上的讲话",
        record_title="【开幕致辞·交通安全】在壑阳县“支架上车、手机离手”文明驾驶宣传月启动仪式上的讲话（致辞稿·可套改）_字斟范文网",
        date="2025-04-08",
        date_also=["2025-04-12"],
        notes="old gb2312 table page: marquee, reading-size row, floating ghost-writer QQ box, visitor counter; date under the speech title, posting date also accepted; speaker line neutral; a writing-service prompt glued after a sentence",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【开幕致辞·交通安全】在壑阳县“支架上车、手机离手”文明驾驶宣传月启动仪式上的讲话（致辞稿·可套改）_字斟范文网</title>
<meta name="keywords" content="车载支架,文明驾驶,讲话稿">
<link href="/css/zz_main.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/zz_float.js"></script>
</head>
<body topmargin="0" leftmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="300"><img src="/images/zz_logo.gif" width="280" height="60"></td>
<td>⟦m 字斟范文网·每个字都替您掂量过⟧</td>
<td align="right">⟦a <a href="#" onclick="this.style.behavior='url(#default#homepage)'">把字斟设为首页</a> | <a href="javascript:window.external.addFavorite('http://www.zizhenfw.com','字斟范文网')">收进我的收藏夹</a>⟧</td></tr>
</table>
<table width="960" border="0" align="center" bgcolor="#8B1A1A">
<tr><td class="nav">⟦m <a href="/">首 页</a> | <a href="/jianghua/">领导讲话</a> | <a href="/zongjie/">总结汇报</a> | <a href="/xinde/">心得感悟</a> | <a href="/zhuchi/">主持串词</a> | <a href="/hetong/">合同协议</a>⟧</td></tr>
</table>
<table width="960" align="center"><tr><td>
<marquee scrollamount="2" onmouseover="this.stop()" onmouseout="this.start()">⟦d 郑重声明：字斟所收讲话均系参考样稿，正式场合使用前务必结合本地实际逐字核改。⟧</marquee>
</td></tr></table>
<table width="960" border="0" align="center" cellpadding="4">
<tr>
<td width="700" valign="top">
<div class="weizhi">⟦m 您的位置：字斟范文网 &gt;&gt; 领导讲话 &gt;&gt; 安全生产讲话 &gt;&gt; 浏览正文⟧</div>
<h1 align="center">{T}</h1>
<div class="info" align="center">⟦m 发布：2025-04-12　　整理：墨耕　　人气：<font color="red">2694</font>⟧</div>
<div align="center">⟦a 【阅读字号：偏大 适中 偏小】【护眼底色】⟧</div>
<p align="center">（2025年4月8日）</p>
<p align="center">县公安局党委委员、交警大队大队长　范立衡</p>
<div class="zw">
{BODY}
</div>
<div class="fy">⟦a ↓↓ 整篇讲话稿另存为Word，仅需1个字斟币 ↓↓⟧</div>
<div>⟦l 上一篇：在全县春运道路交通安全工作会议上的表态发言⟧</div>
<div>⟦l 下一篇：交警中队长在“美丽乡村路”整治动员会上的讲话⟧</div>
</td>
<td width="250" valign="top" bgcolor="#FFF8F0">
<table width="100%"><tr><td class="tt">⟦l 讲话稿·本月阅读排行⟧</td></tr>
<tr><td>⟦l 1. 在道路交通安全警示教育大会上的讲话⟧</td></tr>
<tr><td>⟦l 2. 农村客运安全生产座谈会发言材料⟧</td></tr>
<tr><td>⟦l 3. 交通安全进校园启动仪式讲话⟧</td></tr>
</table>
</td>
</tr>
</table>
<div id="float_qq" style="position:absolute;right:5px;top:220px;">⟦w 急稿代拟·讲话致辞24小时交稿 QQ：2870415536⟧</div>
<table width="960" align="center" bgcolor="#EEEEEE">
<tr><td align="center">⟦d 字斟范文网所载文章由网友投稿整理，不代表本站观点，如有侵权请致信删除⟧</td></tr>
<tr><td align="center">⟦m Copyright 2009-2025 zizhenfw.com 字斟范文网　湘ICP备09021786号　您是第 <font color="red">8061452</font> 位访客⟧</td></tr>
</table>
<script language="javascript">document.write('<script src="/js/tongji_zz.js"><\\/script>');</script>
</body>
</html>
""",
        body="""
同志们、朋友们：
今天，我们在这里启动全县“支架上车、手机离手”文明驾驶宣传月活动。首先，我代表县公安局交警大队，向长期支持道路交通安全工作的各部门、各单位和广大驾驶人朋友表示衷心感谢！
去年以来，全县因驾驶人开车时手持手机查看导航、接打电话引发的交通事故有41起，占一般事故总数的近两成。很多驾驶人并不是故意违法，而是手机在车里没有固定的地方，只好拿在手里或者丢在副驾驶座上。一个几十元的车载支架，就能让手机“有处安放”，让驾驶人的双手回到方向盘上。⟦w 讲话稿改不动？找字斟老编辑一对一润色，微信 zizhen_mogeng⟧
这次宣传月，我们将重点做好三件事：一是联合县内12家汽车维修和美容门店，为货车、网约车驾驶人免费加装车载支架2000个；二是在嶴口、扆塘两个收费站出口设置宣传点，发放安全提示卡；三是对开车手持手机的行为开展集中劝导和查处。
同志们，安全驾驶没有旁观者。希望大家从自己做起、从今天做起，把手机放上支架，把注意力留给道路。谢谢大家！
""",
    ),
    dict(
        slug="fanwen-shisui-insight-bouncy-class-title-line",
        site="拾穗文苑 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.shisuiwy.cn/youjiao/suibi/60318.html",
        title="带班开展跳跳球游戏活动的心得体会",
        record_title=None,
        date=None,
        notes="no title in the record: the page's title line follows a tag line; no date anywhere; a ghost-writer WeChat glued after a sentence and a topic link between paragraphs",
        page="""
!m 拾穗文苑 · 教师随笔频道
!m 位置：首页 / 教育心得 / 幼师随笔
!m 标签：幼儿园　户外游戏　带班心得
{T}
!m 编辑：穗穗　浏览：1,208次
!a 【拷贝全文】【生成Word稿】【放入我的书架】
{BODY}
!a 您已读完免费部分，开通拾穗年卡可下载全站范文
!l 延伸阅读
!l ▪ 大班户外自主游戏观察记录
!l ▪ 新教师组织半日活动的反思
!l ▪ 幼儿园体育器材管理心得
!d 本页内容由作者投稿，观点仅代表作者本人，转载请注明出自拾穗文苑。
!m 拾穗文苑 shisuiwy.cn　鄂ICP备20093317号-1
""",
        indent="\u3000\u3000",
        body="""
作为一名中班老师，这学期我尝试把跳跳球引入户外活动，从最初的手忙脚乱到现在孩子们玩得有序又尽兴，有不少收获，也有几点体会。
一是器材虽小，安全要先想到。跳跳球弹得快、方向难料，刚开始有孩子追球撞在一起。后来我们划出三块场地，每块只放五个球，孩子们轮流进场，碰撞少了很多。⟦w 幼教材料代写代改，加穗穗老师微信 ssy-fw0729⟧
二是游戏要有层次。小一点的孩子先练“拍一下、接一下”，能力强的再挑战“隔线对弹”。同一种材料按能力分层投放，每个孩子都能找到自己的乐趣。
⟦l 相关专题：幼儿园户外活动心得合集（共36篇）⟧
三是观察比指导更重要。有一次，几个孩子发现球在水泥地和草地上弹起的高度不一样，自发比起了“谁弹得高”。我没有急着讲道理，而是让他们自己记录、自己比较，结果他们说得比我还清楚。
四是家园配合能让游戏延续。我们把玩法拍成小视频发到班级群，不少家长周末也带孩子在小区里玩，孩子回园后还会主动分享新玩法。
一个小小的跳跳球，让我重新认识了“以游戏为基本活动”的含义。今后，我会继续在材料投放和观察记录上下功夫，让孩子在玩中学、在学中长。
""",
    ),
    dict(
        slug="wenku-shunang-survey-flosser-marker-paragraphs",
        site="书囊文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.shunangwk.com/view/5d0c71e2a84f.html",
        title="关于壑阳县城区中老年人冲牙器使用情况的调研报告",
        record_title="关于壑阳县城区中老年人冲牙器使用情况的调研报告（调研全文·含数据）- 书囊文库",
        date="2025-03-20",
        notes="文库 reader: viewer toolbar, page-marker paragraphs cutting sentences, a coin pay box; decimal headings; 成文日期 under the signature; the upload stamp is no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>关于壑阳县城区中老年人冲牙器使用情况的调研报告（调研全文·含数据）- 书囊文库</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<script src="https://static.shunangwk.com/reader/v3/reader.min.js"></script>
<style>.reader-page{background:#fff;margin:12px auto;width:820px}</style>
</head>
<body>
<header class="sn-top">
<a class="logo" href="/">⟦m 书囊文库⟧</a>
<nav>⟦m <a href="/">首页</a> <a href="/c/jiaoyu">教育资料</a> <a href="/c/gongwen">公文范本</a> <a href="/c/yiliao">医疗卫生</a>⟧</nav>
<form class="sn-search"><input placeholder="搜一搜囊中好文"><button>⟦a 搜囊⟧</button></form>
<a class="vip" href="/vip">⟦a 囊卡会员 低至0.3元/天⟧</a>
</header>
<section class="doc-head">
<h1>{T}</h1>
<p class="doc-meta">⟦m 上传者：青橄榄2046　上传于2025-04-02　共5页　3.1万次阅读⟧</p>
<div class="toolbar">⟦a 全屏阅读　缩小　放大　跳至页码⟧</div>
</section>
<section class="reader">
{BODY}
</section>
<div class="paywall">⟦a 剩余2页未读，支付3囊币继续阅读并下载原文⟧ <button>⟦a 马上支付⟧</button></div>
<aside class="rel">
<h4>⟦l 看过本文的人还在看⟧</h4>
<ul>
<li>⟦l 社区老年人口腔健康状况调查分析⟧</li>
<li>⟦l 老年人口腔保健知识讲座讲稿⟧</li>
<li>⟦l 基层口腔公共卫生服务调研报告⟧</li>
</ul>
</aside>
<footer>
<p>⟦d 书囊文库文档均由用户自主上传，书囊仅提供信息存储空间，若有侵权请提交权属证明申诉⟧</p>
<p>⟦m ©2025 shunangwk.com　沪ICP备22087134号-3⟧</p>
</footer>
</body>
</html>
""",
        p_html='<div class="reader-line">{}</div>',
        pages=dict(fmt="⭜ {n} ⭜", every=170, start=2),
        body="""
为了解城区中老年人使用冲牙器的实际情况，2025年2月至3月，县口腔卫生健康促进会组织调研组，在城关、嶴口两个街镇的6个社区发放问卷520份，收回有效问卷487份，并入户访谈老人32名。现将有关情况报告如下。
一、基本情况
1.1 使用比例。受访的487人中，家中有冲牙器的138人，占28.3%；其中每天坚持使用的仅有61人。
1.2 购买渠道。子女网购赠送的占64%，药店和商超购买的占22%，其余为社区活动赠品。
1.3 使用效果。坚持使用三个月以上的老人中，自述刷牙时牙龈出血减少的占七成左右。
二、存在的问题
2.1 不会用。不少老人一开机就把水压调到最高档，冲得牙龈发疼，用了几次就放进了抽屉。
2.2 不敢用。部分装有活动假牙或种植牙的老人担心冲坏假牙，买回来后一直不敢使用。
2.3 不爱用。有的老人认为“刷了牙就够了”，对冲牙器清洁牙缝的作用了解不多。
三、几点建议
一是把冲牙器使用指导纳入社区老年健康讲座，由口腔医生现场演示；二是在社区卫生服务中心设立咨询点，为装有假牙的老人提供个性化建议；三是倡导子女在赠送时教会父母使用，并定期回访。
壑阳县口腔卫生健康促进会
2025年3月20日
""",
    ),
    dict(
        slug="wenku-taxi-mount-plan-wrapped-glued-markers",
        site="帙海文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://wk.zhihai-wk.net/p/88172603.html",
        title="鸼川县巡游出租汽车车载手机支架统一加装工作方案",
        record_title="鸼川县巡游出租汽车车载手机支架统一加装工作方案.pdf",
        date="2025-05-06",
        notes="file-name record title; a PDF text hard-wrapped at 62 columns and cut by page markers glued to the continuation line; 成文日期 under the signature; upload and conversion stamps are no dates",
        page="""
!m 帙海文库 · PDF在线预览
{T}
!m 格式：PDF　｜　页数：4　｜　转码于 2025-05-19　｜　贡献者：chuanjiao_hy
!a ◀ 上一页　　第1页 / 共4页　　下一页 ▶　　适合宽度
!d 提示：本文档转码后排版可能与原件不一致，以下载后原文为准。
{BODY}
!a —— 免费预览已到末页，下载原文需消耗8个帙海豆 ——
!a 〔下载原文〕　〔存入我的文集〕　〔举报本文〕
!l 同类文档：出租汽车驾驶员从业行为规范.pdf ｜ 网约车安全运营专项整治方案.docx
!m 帙海文库 zhihai-wk.net　浙ICP备21044920号
""",
        indent="\u3000\u3000",
        wrap=62,
        pages=dict(fmt="⥨{n}⥩", every=150, start=2, glue=True),
        body="""
为规范巡游出租汽车驾驶员行车中使用手机的行为，减少因手持手机导航、接单引发的交通事故，县交通运输局决定在全县巡游出租汽车中统一加装车载手机支架，特制定本方案。
一、工作目标
2025年6月底前，全县312辆巡游出租汽车全部完成车载手机支架加装，做到安装位置统一、款式统一、验收标准统一，驾驶员行车中手持手机现象明显减少。
二、安装标准
支架统一安装在仪表台中部偏左位置，底座采用粘贴加卡扣双重固定；支架上沿不得高于仪表台平面10厘米，不得遮挡驾驶员视线，不得影响安全气囊展开；支架须能适配4.7英寸至6.9英寸手机。
三、实施步骤
（一）摸底阶段（5月10日至5月20日）。各出租汽车公司对所属车辆逐车登记，报送车型、现有支架情况和驾驶员联系方式。
（二）安装阶段（5月21日至6月20日）。由县出租汽车行业协会统一组织采购，各公司按照排班错峰进店安装，安装费用由县级交通安全专项经费承担。
（三）验收阶段（6月21日至6月30日）。县运管所会同交警大队逐车验收，对安装不规范的限期返工。
四、工作要求
各出租汽车公司要把支架使用纳入驾驶员日常安全教育，对行车中手持手机的驾驶员，依照服务质量信誉考核办法扣分处理。
鸼川县交通运输局
2025年5月6日
""",
    ),
    dict(
        slug="gov-heyang-bouncy-spotcheck-index-table-attachments",
        site="壑阳县人民政府门户网站 (invented)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="html",
        source="http://www.heyang.gov.cn/zwgk/bmwj/scjgj/202506/t20250612_1187340.html",
        title="壑阳县市场监督管理局关于2025年儿童跳跳球产品质量监督抽查情况的通报",
        record_title="壑阳县市场监督管理局关于2025年儿童跳跳球产品质量监督抽查情况的通报_科局发文_壑阳县人民政府",
        date="2025-06-10",
        date_also=["2025-06-12"],
        notes="county portal: 长辈版/读屏 links, 索引号 table with the 文号 cell unmarked, attachment download links beside the body's 附件 list; the document's 联系人/电话/邮箱 next to the portal's 纠错 line and 12345; a data table one row a paragraph; 成文日期 differs from the posting date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>壑阳县市场监督管理局关于2025年儿童跳跳球产品质量监督抽查情况的通报_科局发文_壑阳县人民政府</title>
<meta name="SiteName" content="壑阳县人民政府">
<meta name="ColumnName" content="部门文件">
<script src="/common/js/jquery.min.js"></script>
<script src="/common/js/hy_accessible.js"></script>
</head>
<body>
<div class="hy-topbar">⟦a <a>长辈版</a> | <a>读屏辅助</a> | <a>繁体中文</a> | <a>政务服务登录</a>⟧</div>
<div class="hy-banner"><img src="/images/hy_banner.png" alt="">⟦m 壑阳县人民政府⟧</div>
<ul class="hy-nav">⟦m <li>首页</li><li>政务公开</li><li>政务服务</li><li>互动交流</li><li>走进壑阳</li>⟧</ul>
<div class="hy-crumb">⟦m 当前位置：首页 &gt; 政务公开 &gt; 部门文件 &gt; 县市场监督管理局⟧</div>
<table class="hy-index">
<tr><td>⟦m 索 引 号：431223-HY09-2025-0061⟧</td><td>⟦m 发布机构：壑阳县市场监督管理局⟧</td></tr>
<tr><td>⟦m 主题分类：质量监管⟧</td><td>文号：</td><td>壑市监通〔2025〕9号</td></tr>
<tr><td>⟦m 发布日期：2025-06-12⟧</td><td>⟦m 有 效 性：有效⟧</td></tr>
</table>
<div class="hy-article">
<h1>{T}</h1>
<div class="hy-tools">⟦a 字号：［大］［中］［小］　｜　打印本文　｜　关闭窗口⟧</div>
<div class="hy-content">
{BODY}
</div>
<div class="hy-attach">
<p><a href="/u/cms/hy/202506/12093115q7ka.xlsx">⟦a 📎 附件1下载：不合格产品名单（Excel表）⟧</a></p>
<p><a href="/u/cms/hy/202506/12093122w3pt.pdf">⟦a 📎 附件2下载：后处理工作要求（PDF）⟧</a></p>
</div>
<div class="hy-share">⟦l 转发到：微信　微博　QQ空间⟧</div>
</div>
<div class="hy-related">
<h3>⟦l 本栏目近期文件⟧</h3>
<ul>
<li>⟦l 壑阳县市场监督管理局关于开展电动自行车头盔质量专项检查的通知⟧</li>
<li>⟦l 关于2025年上半年小型餐饮单位食品安全抽检情况的通报⟧</li>
</ul>
</div>
<footer class="hy-foot">
<p>⟦m 主办单位：壑阳县人民政府办公室　技术支持：壑阳县数字政务中心⟧</p>
<p>⟦m 网站纠错电话：0736-5820000（工作日8:30—17:30）　12345政务服务便民热线⟧</p>
<p>⟦m 网站标识码4312230019　湘ICP备05017732号-1　湘公网安备43122302000118号⟧</p>
</footer>
<script>hyAccessible.init({mode:"elder"});</script>
</body>
</html>
""",
        body="""
各乡镇市场监管所，各有关企业：
为提升儿童玩具产品质量安全水平，2025年5月，我局组织对辖区内生产、销售的儿童弹跳玩具（跳跳球）开展了产品质量监督抽查。现将抽查情况通报如下。
一、抽查基本情况
本次共抽查生产企业4家、销售单位11家，抽取样品20批次，检验项目包括小零件、可迁移元素、邻苯二甲酸酯增塑剂和警示标识等。经检验，合格16批次，不合格4批次，不合格发现率为20%。
二、不合格产品情况
标称生产企业　产品名称　不合格项目
壑阳县鹲湾玩具厂　45毫米夜光跳跳球　小零件、警示标识
鸼川县乐弹塑胶制品有限公司　水晶跳跳球　邻苯二甲酸酯增塑剂
骛城市蹦蹦玩具商行（销售）　彩虹跳跳球　警示标识
骛城市蹦蹦玩具商行（销售）　迷你跳跳球（8枚装）　小零件
三、工作要求
（一）对抽查不合格的产品，各市场监管所要依法督促企业和销售单位立即下架、停止销售，并在30日内完成整改复查。
（二）各生产企业要严格按照国家标准组织生产，直径小于44.5毫米的跳跳球必须加贴“含小球，不适合3岁以下儿童”警示标识。
联系人：严晓棠　联系电话：0736-5821907　电子邮箱：hyscjg_zlk@163.com
附件：1.儿童跳跳球产品质量监督抽查不合格产品名单
2.不合格产品后处理工作要求
壑阳县市场监督管理局
2025年6月10日
""",
    ),
    dict(
        slug="gov-heyang-truck-mount-check-docno-cc-cn-date",
        site="壑阳县人民政府门户网站 (invented, text)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.heyang.gov.cn/zwgk/bmwj/jtysj/202507/t20250704_1190215.html",
        title="壑阳县交通运输局关于开展货运车辆驾驶室车载支架安装情况专项检查的通知",
        date="2025-07-03",
        date_also=["2025-07-04"],
        notes="record title as is; 文号 line under the title (neutral); numbered items; 抄送 and 印发 lines kept; 成文日期 in Chinese numerals, the posting date also accepted",
        page="""
!m 壑阳县人民政府门户网站
!m 首页 > 政务公开 > 部门文件 > 县交通运输局
{T}
壑交运〔2025〕23号
!m 发布日期：2025-07-04 09:30　来源：县交通运输局　浏览次数：372
!a [ 大字 | 标准 | 小字 ]　[ 打印正文 ]　[ 关闭 ]
{BODY}
!l 配套解读：一图读懂货车驾驶室车载支架专项检查
!a 扫一扫，用手机继续浏览本页
!m 主办：壑阳县人民政府办公室　承办：县数字政务中心　网站标识码：4312230019
!m 湘ICP备05017732号-1　湘公网安备43122302000118号
""",
        body="""
各乡镇人民政府，县道路运输服务中心，各道路货物运输企业：
为落实驾驶人行车中手持手机违法行为源头治理要求，县局决定于2025年7月至8月在全县开展货运车辆驾驶室车载支架安装情况专项检查。现将有关事项通知如下。
一、检查范围
全县登记在册的道路货物运输企业及其所属重型、中型货车，共计63家、1180辆。
二、检查内容
（一）驾驶室是否安装了牢固、不遮挡视线的车载手机支架；
（二）支架安装位置是否影响安全气囊弹出和仪表观察；
（三）企业是否将“手机上架、导航用语音”纳入驾驶人安全教育。
三、工作步骤
7月10日前，企业完成自查并报送自查表；7月11日至8月20日，县局会同县公安局交警大队开展抽查，抽查比例不低于车辆总数的20%；8月底前汇总通报检查结果。
四、有关要求
各企业要高度重视，对检查中发现的问题立行立改。对拒不整改的，纳入企业安全生产信用记录。
壑阳县交通运输局
二〇二五年七月三日
抄送：县公安局交警大队，县应急管理局。
壑阳县交通运输局办公室　2025年7月3日印发
""",
    ),
    dict(
        slug="news-heyang-flosser-class-h1-client-prompt",
        site="壑阳新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.heyangnews.cn/shehui/2025-03/21/content_4417082.html",
        title="口腔健康课开进嶴口镇，百余名老人学用冲牙器",
        record_title=None,
        date="2025-03-21",
        notes="no title in the record: found in the <h1>; a client prompt before the lead; a photo caption between paragraphs; an editor line glued after the last paragraph; the byline's 发布时间 is the page's date",
        page="""
<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<title>壑阳新闻网</title>
<script src="//cdn.heyangnews.cn/js/hynews_stat.js"></script>
</head>
<body>
<div class="hn-top">⟦m 壑阳新闻网 · 壑阳县融媒体中心主办⟧ <a href="/app">⟦a 下载“壑阳+”客户端⟧</a> <a href="/login">⟦a 登录⟧</a></div>
<nav class="hn-nav">⟦m <a>首页</a> <a>时政</a> <a>社会</a> <a>乡镇</a> <a>民生</a> <a>视听</a>⟧</nav>
<div class="hn-crumb">⟦m 首页 › 社会 › 正文⟧</div>
<article>
<h1>{T}</h1>
<div class="hn-byline">⟦m 发布时间：2025-03-21 16:05　来源：壑阳融媒⟧ <span class="listen">⟦a 🔊 听新闻⟧</span></div>
<div class="hn-text">
{BODY}
</div>
<div class="hn-like">⟦a 点赞 126　｜　转发⟧</div>
</article>
<aside class="hn-side">
<h3>⟦l 壑阳热读·24小时⟧</h3>
<ol>
<li>⟦l 嶴口镇今年将新建3个村级卫生室⟧</li>
<li>⟦l 县城区7条道路实施雨污分流改造⟧</li>
<li>⟦l 扆塘镇油茶林迎来春季管护期⟧</li>
</ol>
<div class="ad">⟦m 广告位招租 0736-5816600⟧</div>
</aside>
<footer>⟦d 壑阳新闻网原创稿件，未经书面授权不得转载、摘编⟧　⟦m 湘ICP备18004417号-2⟧</footer>
</body>
</html>
""",
        body="""
⟦a 打开壑阳+客户端，看更多家门口新闻⟧3月20日上午，一场别开生面的口腔健康课在嶴口镇文化广场举行。县人民医院口腔科医生手把手教老人们使用冲牙器，现场110余名老人参加。
“冲牙器的喷嘴要对准牙缝，和牙龈大致成90度，从后牙往前牙慢慢移动。”口腔科主治医师覃曼舒一边演示，一边提醒老人们，水压要从最低档开始，适应以后再慢慢调高。
⟦m 图为口腔科医生向老人演示冲牙器使用方法。融媒记者　甘旭　摄⟧
今年68岁的村民骆长根装了三颗烤瓷牙，以前总担心冲牙器会把牙冲坏。听完讲解，他当场试用了一次：“原来水流这么柔和，牙缝里的东西一下就冲出来了。”
据了解，此次活动由县卫生健康局、县老龄办联合开展，现场向80岁以上老人赠送冲牙器60台。下一步，这一课程还将走进扆塘、阕坪等乡镇。⟦m （责任编辑：蓝欣然　审核：韦嘉）⟧
""",
    ),
    dict(
        slug="news-yetang-bouncy-recess-record-date",
        site="骛城观察网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.wuchengguancha.com/jiaoyu/20250516/n3390517.shtml",
        title="扆塘镇中心小学“跳跳球大课间”入选市级体育特色项目",
        record_title="扆塘镇中心小学“跳跳球大课间”入选市级体育特色项目丨骛城观察·教育",
        record_date="2025-05-16",
        date="2025-05-16",
        notes="record date; decorated record title; byline and photo caption; a related-news line between paragraphs; share bar below",
        page="""
!m 骛城观察网　WUCHENG GUANCHA
!m 教育 ＞ 基层校园
{T}
!m 2025-05-16 10:42　骛城观察网　记者：尹栖桐
!a 【字号 大 中 小】【分享到朋友圈】
{BODY}
!m 图：扆塘镇中心小学学生在大课间练习跳跳球韵律操（学校供图）
!a 喜欢这篇报道？点亮“在读” 👍
!l 上一条：骛城市新增5所省级文明校园
!l 下一条：阕坪中学开设航模兴趣课
!d 凡注明“骛城观察网”的作品，版权均属本网，转载须注明出处。
!m 骛城观察网　新闻热线：0737-8216120　豫ICP备16022081号
""",
        indent="\u3000\u3000",
        body="""
近日，骛城市教育局公布了2025年度中小学体育特色项目名单，扆塘镇中心小学的“跳跳球大课间”榜上有名。
走进扆塘镇中心小学操场，700多名学生分成28个方阵，随着音乐节拍练习拍球、绕球、对弹等动作，彩色的跳跳球在操场上此起彼伏。
⟦l 相关新闻：全市农村学校体育器材配备三年行动启动⟧
“以前农村学校器材少，孩子们大课间只能跑跑步。”体育教师卢子澄介绍，2023年起，学校用不到两千元购置了一批直径6厘米的实心跳跳球，自编了一套“跳跳球韵律操”，每天上午第二节课后全校一起练。
两年来，学生的体质健康测试优良率从41%提高到57%，近视率也有所下降。校长晏知秋说，下一步学校将把跳跳球游戏编入校本课程，让每个孩子都掌握一项运动技能。
""",
    ),
    dict(
        slug="forum-wucheng-carclub-mount-jammer",
        site="骛城车友会论坛 (invented, Discuz-style)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.wcchexiu.com/thread-207731-1-1.html",
        title="出风口支架掉了三次，换了吸盘重力款终于稳了",
        record_title="[用车分享] 出风口支架掉了三次，换了吸盘重力款终于稳了（附选购心得）- 用车心得 - 骛城车友会论坛",
        date=None,
        notes="Discuz-like car forum: poster panel, jammer fonts inside the post, rating row, signature, replies; only relative times, so no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="gbk">
<title>[用车分享] 出风口支架掉了三次，换了吸盘重力款终于稳了（附选购心得）- 用车心得 - 骛城车友会论坛</title>
<script src="static/js/common.js?Q7k"></script>
<style>.jammer{color:#fff;font-size:0}</style>
</head>
<body>
<div id="hd">⟦m 骛城车友会论坛 - 有车有友有路⟧ <a>⟦a 快捷登录⟧</a> <a>⟦a 加入车友会⟧</a></div>
<div id="pt">⟦m 骛城车友会 › 车友交流 › 用车心得 › 帖子详情⟧</div>
<div class="pstat">⟦m 查看 4127 ｜ 回复 38⟧</div>
<table class="plhin">
<tr>
<td class="pls">
<div class="pi">⟦m 方向盘上的喵⟧</div>
<dl>⟦m 主题 19 帖子 502 车友积分 2260 座驾：白色两厢⟧</dl>
</td>
<td class="plc">
<h1><span id="thread_subject">{T}</span></h1>
<div class="authi">⟦m 楼主　发表于 5 天前　只看楼主⟧</div>
<div class="t_fsz">
<table><tr><td class="t_f" id="postmessage_930112">
{BODY}
</td></tr></table>
</div>
<div class="rate">⟦m 车友评分：参与人数 6 车友积分 +18　理由：实用，收藏了⟧</div>
<div class="sign">⟦m 签名：开车不看手机，到家再回消息。⟧</div>
<div class="po">⟦a 回复　引用　点赞(41)　收藏⟧</div>
</td>
</tr>
</table>
<div class="reply">⟦l 沙发　老郑开大货：出风口款冬天确实不行，我的也掉过⟧</div>
<div class="reply">⟦l 板凳　小鹿乱撞：吸盘款夏天暴晒会不会脱胶？⟧</div>
<div id="f_pst">⟦a 登录车友会才能参与讨论　马上登录 ｜ 注册新车友⟧</div>
<div id="ft">⟦m 骛城车友会论坛　Powered by Discuz!　豫ICP备20013876号⟧</div>
</body>
</html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
说说我这半年和车载支架的“恩怨”，给准备买的车友提个醒。
第一个是夹出风口的，二十多块钱。夏天开空调还好，一到冬天开暖风，夹子的塑料被吹得发软，过减速带时连手机一起掉到脚垫下面，吓得我赶紧靠边停车去捡。
第二个还是出风口款，换了个金属夹片的，结果把出风口的叶片夹断了一根，去店里换出风口花了一百八。
第三个是磁吸的，要在手机壳里贴一块铁片。吸力倒是够，可是无线充电用不了，心里也总担心对手机有影响。
最后换了吸盘式重力支架，装在中控台左侧，不挡视线，手机放上去两侧自动夹紧，用了两个月一次没掉过。
总结一下：出风口支架适合短途、路况好的；经常跑山路或者烂路的，还是选吸盘款或者仪表台款更稳。装好以后记得先设置好导航再出发，开车时别去摆弄手机。
""",
    ),
    dict(
        slug="forum-mengbao-bouncy-window-junk-text",
        site="萌宝驿站论坛 (invented)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="https://bbs.mengbaoyz.com/t/1550832",
        title="孩子的跳跳球砸碎了邻居家窗玻璃，我们是这样协商的",
        record_title="[娃的那些事] 孩子的跳跳球砸碎了邻居家窗玻璃，我们是这样协商的（啰嗦预警）",
        date=None,
        notes="parents' forum thread with anti-scraping junk as a line and glued after 。; relative post time only, so no date; 分享 as content",
        page="""
!m 萌宝驿站论坛 › 家长交流区 › 育儿经验
!t [娃的那些事] 孩子的跳跳球砸碎了邻居家窗玻璃，我们是这样协商的（啰嗦预警）
!m 阅读 2306　|　回复 57　|　收藏 88
!m 楼主：小满妈咪　（宝宝 6岁半）　2 天前
{BODY}
!m 最后由 小满妈咪 于 昨天 21:37 修改
!a 点赞　|　打赏楼主　|　举报
!l 1#　柚子爸：换软球是对的，我家也砸过车
!l 2#　阿喵不吃鱼：孩子主动道歉这点真好
!a 想发表看法？登录驿站账号后即可回帖
!m 萌宝驿站 mengbaoyz.com　客服邮箱 kefu@mengbaoyz.com
""",
        junk=dict(lines=2, glued=2),
        body="""
上周六下午，我家老二在小区楼下拍跳跳球，一使劲球弹得老高，正好砸在二楼邻居家的厨房窗户上，玻璃裂了一道大缝。
孩子吓哭了，我也挺慌。冷静下来以后，我先带着孩子上门道歉，让他自己跟阿姨说对不起。邻居一开始有点生气，看孩子认错态度好，脸色缓和了不少。
接下来是赔偿。我们一起找了小区门口的门窗店师傅上门量尺寸，换一块同样的钢化玻璃加人工一共三百二十元，我当场转了账。邻居还说不用那么着急，下次注意就好。
事后我和孩子约法三章：一是跳跳球只能在小区东边的空地上玩，不能对着楼房拍；二是球的弹力太大，换成软一点的；三是闯了祸要第一时间告诉大人。
分享出来不是为了诉苦，是想提醒各位家长，跳跳球弹起来没准头，最好带孩子到空旷的地方玩。
""",
    ),
]

"""holdout190, part A: 范文 sites, 文库 previews, government portals, news portals and
forums, around five everyday objects no earlier part used — vegetable peelers (削皮器),
binder clips (长尾夹), toilet plungers (皮搋子), mousetraps and glue boards (捕鼠器、粘鼠板)
and ID-badge lanyards (证件挂绳). An old gb2312 table layout for a 范文 site (marquee,
font row, 代笔 QQ box, visitor counter), a 文库 reader whose page markers stand as HTML
paragraphs, a county portal with its 索引号 table, a news portal with a photo caption and an
editor line glued after the last paragraph, a Discuz-like forum with jammer fonts. Invented
text throughout (counties 缃阳, 绛溪, 绂川, 缙原 …, firms, people, sites, URLs, phones);
see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="fanwen-xiangyang-speech-peeler-workshop-gb2312",
        site="缃阳范文网 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.xyfanwen.example.com/jianghua/anquan/2025/0611/38820.html",
        title="在削皮器车间安全生产月启动仪式上的讲话",
        record_title="在削皮器车间安全生产月启动仪式上的讲话（优选2篇）_缃阳范文网",
        date="2025-06-03",
        notes="old gb2312 table layout: marquee, a 〖阅读字体〗 row, a 代笔 QQ box in the sidebar, a hot list, a visitor counter; speaker and date lines under the title (neutral, the date expected); a writing-service prompt glued after a sentence and a copy-unlock line between paragraphs",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>在削皮器车间安全生产月启动仪式上的讲话（优选2篇）_缃阳范文网</title>
<script type="text/javascript">var cnzz_id="1280733"; document.write("<img src='/tongji.gif'>");</script>
<style>td{font-size:12px}.zw{font-size:14px;line-height:26px}</style>
</head><body>
<table width="960" align="center" border="0"><tr>
<td width="300">⟦m 缃阳范文网 —— 写材料，先来看一看⟧</td>
<td align="right">⟦a 设为首页 | 加入书签 | 手机浏览⟧</td></tr></table>
<marquee scrollamount="3">⟦m 本站新增讲话稿、心得体会、述职报告等范文1200余篇，天天更新⟧</marquee>
<table width="960" align="center"><tr><td class="nav">⟦m 您的位置：缃阳范文网 &gt;&gt; 讲话稿 &gt;&gt; 安全生产讲话⟧</td></tr></table>
<table width="960" align="center"><tr><td width="700" valign="top">
<h2 align="center">{T}</h2>
<div align="center">⟦a 〖阅读字体：放大 | 还原 | 缩小〗⟧</div>
<p align="center">缃阳县利刃厨具有限公司总经理　邝志远</p>
<p align="center">（2025年6月3日）</p>
<div class="zw">
{BODY}
</div>
<p>⟦l 上一篇范文：在食品车间复工复产动员会上的讲话⟧</p>
<p>⟦l 下一篇范文：安全生产月活动总结（通用5篇）⟧</p>
</td><td width="250" valign="top">
<table><tr><td><b>⟦l 本栏热门排行⟧</b></td></tr>
<tr><td>⟦l ·车间主任安全表态发言⟧</td></tr>
<tr><td>⟦l ·班组长安全生产承诺书⟧</td></tr></table>
<div class="qq">⟦w 材料不会写？笔杆子一对一代笔，QQ：3018846620⟧</div>
</td></tr></table>
<table width="960" align="center"><tr><td align="center">
⟦d 本站范文由网友投稿整理，仅作写作参考，如涉及版权请来信删除⟧<br>
⟦m 您是本站第 0472913 位访客⟧<br>
⟦m 湘ICP备17009921号⟧
</td></tr></table>
<script>window.onload=function(){var q=document.getElementById('qqbox');};</script>
</body></html>
""",
        p_html="<p>　　{}</p>",
        body="""
同志们：
今天，我们在这里举行削皮器车间“安全生产月”活动启动仪式，目的是动员全体职工绷紧安全这根弦，确保全年生产任务安全完成。
削皮器车间刀片冲压、开刃、抛光工序多，刃口锋利，冲床、砂轮机集中，稍有疏忽就可能发生割伤、压伤事故。⟦w 需要本文完整版或定制讲话稿，加微信 xywen_88⟧
今年以来，车间发生轻微割伤三起，虽然没有造成严重后果，但暴露出个别职工不戴防割手套、冲床双手按钮被短接等问题。
⟦a 【本文共1860字，登录会员后可免费复制全文】⟧
这次活动要重点抓好三件事：一是开展一次全员安全培训，二是组织一次冲床和砂轮机专项检查，三是举办一次割伤应急处置演练。
同志们，安全是最大的效益。希望大家从我做起，从每一道工序做起，共同守护好车间的安全。
""",
    ),
    dict(
        slug="fanwen-shibei-summary-binder-clips-cn-date",
        site="拾贝范文网 (invented)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.shibei-fw.example.com/zongjie/danwei/2025/1219/61177.html",
        title="2025年档案整理耗材使用情况总结",
        record_title="2025年档案整理耗材使用情况总结_工作总结_拾贝范文网",
        date="2025-12-08",
        notes="a 范文 site's text page: contributor line with an 更新 stamp (no date), copy/export/favourite row, a contact prompt glued after the first sentence, a download box between paragraphs; a data table of binder clips; 成文日期 in Chinese numerals",
        page="""
!m 拾贝范文网　www.shibei-fw.example.com
!m 首页 / 工作总结 / 单位总结
{T}
!m 投稿人：档案小吏　人气：2317　更新：2025-12-19
!a 一键复制　|　导出Word　|　放进收藏夹
{BODY}
!l 看了本文的人还看了：
!l ▪ 档案馆年度工作总结（通用4篇）
!l ▪ 办公室节约能源资源工作总结
!d 声明：本站文章多来自网友投稿，版权归原作者所有，仅供借鉴参考。
!m 拾贝范文网 © 2014-2025　鄂ICP备19022716号-2
""",
        indent="\u3000\u3000",
        body="""
2025年，馆里按照节约型机关建设要求，对档案整理中长尾夹、回形针、档案盒等耗材的使用进行了全面梳理。⟦w 写材料找老秦，微信同号 139 0731 6625⟧
一、基本情况
全年共整理文书档案4.2万件，领用各类耗材情况如下：
耗材名称　全年领用　较上年增减
长尾夹（25mm）　3600个　减少41%
长尾夹（41mm）　1200个　减少28%
档案盒　2100个　增加6%
⟦a ↓↓ 喜欢这篇总结？点此获取完整版（含附表）↓↓⟧
二、主要做法
一是设置长尾夹回收箱，整理完毕的卷宗拆下的长尾夹统一回收、分拣、复用；二是对生锈、弹力不足的长尾夹及时报废，防止锈迹污损档案；三是把耗材领用纳入科室月度考核。
三、存在问题
个别科室仍有随手丢弃现象，回收箱设置点位偏少，下一步将在各楼层各增设一处。
缃阳县档案馆办公室
二〇二五年十二月八日
""",
    ),
    dict(
        slug="wenku-zhiye-plan-grain-depot-rodents-scissor-markers",
        site="知页文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://zhiye-wk.example.com/view/5c1e90ab33d7.html",
        title="绂川县粮油储备库鼠害防制工作方案",
        record_title="绂川县粮油储备库鼠害防制工作方案.docx",
        date="2025-03-10",
        notes="file-name record title; a 文库 preview cut by ✂ n ✂ markers on lines of their own; an upload stamp (no date); a members-only tail prompt and an upload notice; 成文日期 under the signature",
        page="""
!m 知页文库 · 海量实用文档在线读
!m 文档 > 行业资料 > 粮油仓储
!t 绂川县粮油储备库鼠害防制工作方案
!m 贡献者：cangchu_lw　上传于 2025-03-18　共3页　1.2万次浏览
!a 立即下载（需8积分）　　加入文件夹　　分享给好友
{BODY}
!a —— 免费试看到此为止，余下内容开通知页会员即可阅读 ——
!d 本文档为用户上传分享，知页文库不对其内容的准确性负责，若侵犯您的权益请点击举报。
!l 相似文档推荐：仓储害虫防治方案 | 粮库安全生产责任制 | 储备粮轮换管理办法
!m 知页文库 zhiye-wk.example.com　京ICP备20048711号
""",
        indent="\u3000\u3000",
        pages=dict(fmt="✂ {n} ✂", every=110, start=2),
        body="""
为切实防范鼠害对储备粮油造成污染和损耗，保障储粮安全，结合本库实际，制定本方案。
一、工作目标
库区鼠密度控制在国家标准规定的C级以下，全年不发生因鼠害造成的粮食污染事件。
二、主要措施
（一）物理防制为主。在仓房门口设置挡鼠板，高度不低于60厘米；在仓外墙基每隔15米布放一个捕鼠笼，仓内一律不得投放毒饵。
（二）定期巡查记录。保管员每日巡仓时检查捕鼠笼和粘鼠板，发现鼠迹及时登记，每周汇总上报保管科。
（三）加强环境治理。及时清除库区杂草和散落粮食，堵塞墙体孔洞，切断鼠类的食源和通道。
三、责任分工
保管科负责方案的组织实施，各仓房保管员负责本仓防鼠设施的日常维护，安全保卫科负责外围巡查。
绂川县粮油储备库
2025年3月10日
""",
    ),
    dict(
        slug="wenku-shuya-report-drain-clogs-flag-markers-html",
        site="书芽文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.shuyawenku.example.cn/doc/7730021846.html",
        title="关于城区老旧小区排水管道堵塞问题的调研报告",
        record_title=None,
        date=None,
        notes="no record title: the title is the reader's <h1>; page markers ⚑ n ⚑ as HTML paragraphs cut sentences; an 'expand the rest' line between paragraphs; an upload stamp only (no date)",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>关于城区老旧小区排水管道堵塞问题的调研报告 - 书芽文库</title>
<script src="/static/js/reader.min.js"></script>
<script>window.__DOC__={id:"7730021846",pages:4,free:2};</script>
</head><body>
<header class="top"><div class="logo">⟦m 书芽文库⟧</div>
<nav>⟦m 首页 | 分类 | 专题 | 会员中心⟧</nav><div class="user">⟦a 登录/注册⟧</div></header>
<div class="crumb">⟦m 书芽文库 › 调研报告 › 城建住房⟧</div>
<h1 class="doc-title">{T}</h1>
<div class="docinfo">⟦m 页数：4　大小：26KB　格式：DOCX　上传时间：2025-04-22⟧</div>
<div class="reader">
{BODY}
</div>
<div class="paywall">⟦a 剩下的内容需要解锁，开通书芽会员全站文档畅读⟧</div>
<div class="tags">⟦l 标签：老旧小区 排水管道 调研报告⟧</div>
<aside class="side"><h3>⟦l 猜你想找⟧</h3><ul>
<li>⟦l 城镇排水设施运维情况调研⟧</li>
<li>⟦l 住宅小区物业服务质量调研报告⟧</li></ul></aside>
<footer><p>⟦d 书芽文库所有文档均由用户上传，仅供在线阅读，本站不对内容作任何担保⟧</p><p>⟦m 浙ICP备21030577号-3⟧</p></footer>
</body></html>
""",
        p_html='<p class="rd-p">{}</p>',
        pages=dict(fmt="⚑ {n} ⚑", every=110, start=2),
        body="""
近期，县住建局组织人员对城区12个老旧小区排水管道堵塞问题进行了专题调研，走访住户186户，查看检查井94座。
一、基本情况
调研发现，2000年以前建成的小区普遍采用铸铁排水立管，管径偏小、内壁锈蚀结垢，加之部分住户将厨余、湿巾倒入马桶，堵塞投诉逐年增多。
二、群众处置方式
在受访住户中，有七成家庭自备皮搋子等简易疏通工具，一般堵塞可自行处理；但也有住户使用强酸类疏通剂，反而加速了管道腐蚀。
⟦a 〔点击展开剩余68%〕⟧
三、对策建议
（一）将排水立管改造纳入老旧小区改造内容，优先更换锈蚀严重的立管。
（二）由社区组织物业开展正确疏通方法宣传，引导住户不用强酸类疏通剂。
（三）建立物业、社区、专业疏通企业联动的快速响应机制，做到小堵不过夜。
""",
    ),
    dict(
        slug="gov-xiangyang-notice-spring-rodent-control-index-table",
        site="缃阳县人民政府 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.xiangyang.example.gov.cn/zwgk/tzgg/202503/t20250324_1187702.html",
        title="关于开展2025年春季城乡统一灭鼠活动的通知",
        record_title="关于开展2025年春季城乡统一灭鼠活动的通知_通知公告_缃阳县人民政府",
        date="2025-03-20",
        date_also=["2025-03-24"],
        notes="county portal: 长辈版/无障碍 links, an 索引号 table with 成文日期 and 发布日期 (the signature date expected, the 发布日期 also accepted), a policy-reading link between paragraphs, the document's 联系人/电话/邮箱 beside the portal's hotline, an 附件 list, a 文号 line (neutral)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于开展2025年春季城乡统一灭鼠活动的通知_通知公告_缃阳县人民政府</title>
<meta name="ArticleTitle" content="关于开展2025年春季城乡统一灭鼠活动的通知">
<script src="/js/jquery.min.js"></script></head>
<body>
<div class="topbar">⟦a 长辈版⟧ ⟦a 无障碍浏览⟧ ⟦a 登录⟧</div>
<div class="banner">⟦m 缃阳县人民政府　www.xiangyang.example.gov.cn⟧</div>
<ul class="menu"><li>⟦m 首页⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政务服务⟧</li><li>⟦m 互动交流⟧</li></ul>
<div class="pos">⟦m 当前所在：首页 » 政务公开 » 通知公告⟧</div>
<table class="xxgk">
<tr><td>⟦m 索引号：11431200MB1627045X/2025-00318⟧</td><td>⟦m 主题分类：卫生、体育⟧</td></tr>
<tr><td>⟦m 发布机构：县爱卫办⟧</td><td>⟦m 成文日期：2025-03-20⟧</td></tr>
<tr><td>⟦m 发布日期：2025-03-24⟧</td><td>⟦m 有效性：有效⟧</td></tr>
</table>
<h1>{T}</h1>
<p class="wh">缃爱卫办〔2025〕3号</p>
<div class="TRS_Editor">
{BODY}
</div>
<div class="share">⟦l 分享到：微信　微博　QQ空间⟧</div>
<div class="tools">⟦a ⎙ 打印正文　✕ 关闭本页⟧</div>
<div class="foot">
<p>⟦m 主办：缃阳县人民政府办公室　网站标识码：4312000051⟧</p>
<p>⟦m 政务服务便民热线：12345　网站纠错：0731-5521000⟧</p>
<p>⟦m 湘ICP备18002231号　湘公网安备43122502000118号⟧</p>
</div>
<script>var _gov_stat = "xy";</script>
</body></html>
""",
        body="""
各乡镇人民政府，县直有关单位：
为降低鼠密度，预防鼠传疾病发生，经研究，决定于4月1日至4月20日在全县开展春季城乡统一灭鼠活动。现将有关事项通知如下：
一、活动范围
全县城区、集镇、农村同步开展，重点是农贸市场、餐饮单位、食品加工企业、学校食堂、建筑工地和老旧居民区。
⟦l 相关解读：一图读懂春季统一灭鼠活动⟧
二、方法要求
坚持环境治理为主、药物防制为辅。毒饵须统一放在毒饵站内，严禁随意撒投；学校、幼儿园、托育机构只使用捕鼠笼、粘鼠板等物理器械。
三、工作要求
各单位要于4月25日前将活动总结报县爱卫办。
联系人：曾德华，联系电话：0731-5528416，邮箱：xyaiwei@example.com。
附件：1.春季灭鼠活动统计表
2.毒饵站设置规范
缃阳县爱国卫生运动委员会办公室
2025年3月20日
""",
    ),
    dict(
        slug="gov-xiangyang-notice-badge-lanyards-record",
        site="缃阳县人民政府 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.xiangyang.example.gov.cn/zwgk/tzgg/202504/t20250417_1189230.html",
        title="关于规范机关工作人员佩戴工作证件的通知",
        record_date="2025-04-16",
        date="2025-04-16",
        notes="record title and date as is; a portal's text page with breadcrumb, source/views line, font row; 文号 (neutral); 抄送 and 印发 lines and the document's contact stay in the body; print/close row, prev/next, ICP and hotline footer",
        page="""
!m 缃阳县人民政府门户网站 > 政务公开 > 通知公告
{T}
!m 信息来源：县机关事务服务中心　浏览次数：1384
!a 字体：[放大] [默认] [缩小]
缃机事〔2025〕9号
{BODY}
!a ◆打印本页　◆关闭窗口　◆返回顶部
!l 上一条：关于机关食堂暂停供应晚餐的通知
!l 下一条：关于开展机关办公用房使用情况自查的通知
!m 主办：缃阳县人民政府办公室　网站标识码：4312000051　湘ICP备18002231号
!m 政务服务便民热线：12345
""",
        body="""
县直各单位：
为进一步加强机关办公区域安全管理，展示机关工作人员良好形象，现就规范佩戴工作证件有关事项通知如下：
一、机关工作人员在办公区域、服务窗口须佩戴统一制发的工作证件，证件用统一配发的深蓝色挂绳悬挂于胸前，不得遮挡照片和姓名。
二、挂绳须使用带安全断扣的款式，在操作碎纸机、装订机等设备时应将证件收入口袋，防止挂绳卷入。
三、工作证件及挂绳遗失、损坏的，应于三个工作日内到县机关事务服务中心行政科补办。
四、各单位要明确一名联络员，于4月25日前将本单位人员名单及补领需求报送行政科。
联系人：傅晓岚，电话：0731-5526603。
缃阳县机关事务服务中心
2025年4月16日
抄送：县委办公室，县人大常委会办公室，县政府办公室，县政协办公室。
缃阳县机关事务服务中心办公室　　2025年4月16日印发
""",
    ),
    dict(
        slug="news-jiangxi-peeler-industry-photo-editor-glued",
        site="绛溪融媒 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.jiangxi-rm.example.cn/news/jjxw/2025-07/14/content_80117.html",
        title="绛溪小削皮器削出大产业 年出口额突破2亿元",
        record_title="绛溪小削皮器削出大产业 年出口额突破2亿元 · 绛溪融媒",
        date="2025-07-14",
        notes="county news portal: 发布时间 byline (the date), an ad label, a 24-hour list, a photo caption between paragraphs, an editor line glued after the last sentence, share bar and licence footer",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>绛溪小削皮器削出大产业 年出口额突破2亿元 · 绛溪融媒</title>
<link rel="stylesheet" href="/css/article.css">
<script async src="/js/ad.js"></script></head>
<body>
<header><div class="logo">⟦m 绛溪融媒 · 绛溪新闻网⟧</div>
<nav>⟦m 首页　时政　经济　民生　视频　专题⟧</nav></header>
<div class="crumb">⟦m 首页 ＞ 经济 ＞ 产业观察⟧</div>
<article>
<h1>{T}</h1>
<div class="meta">⟦m 发布时间：2025-07-14 09:32　来源：绛溪融媒　记者：钟雨桐　通讯员：唐宁⟧</div>
<div class="content">
{BODY}
</div>
<div class="share">⟦l 分享：朋友圈 · 微博 · 复制链接⟧</div>
</article>
<aside>
<div class="ad">⟦a 推广⟧</div>
<h3>⟦l 24小时热闻⟧</h3>
<ol><li>⟦l 绛溪至桑园快速路本月底通车⟧</li><li>⟦l 县城新增3处口袋公园⟧</li><li>⟦l 暑期防溺水安全提示⟧</li></ol>
</aside>
<footer>
<p>⟦d 绛溪新闻网版权所有，未经书面授权不得转载、摘编或建立镜像⟧</p>
<p>⟦m 互联网新闻信息服务许可证编号：43120220011　举报电话：0731-8877110⟧</p>
</footer>
</body></html>
""",
        body="""
本网讯　走进绛溪县桑园镇的厨具产业园，冲压机的轰鸣声此起彼伏，一把把不锈钢削皮器在流水线上成型、开刃、装柄、包装。
“今年上半年的订单已经排到了10月，欧洲客户又新加了两款陶瓷刃削皮器。”利丰厨具公司负责人贺明轩介绍。
⟦m 图为利丰厨具公司工人在检验削皮器刃口。（记者 钟雨桐 摄）⟧
据统计，桑园镇现有削皮器及配套企业46家，从业人员3200余人，产品销往60多个国家和地区，去年出口额首次突破2亿元。
为帮助企业提档升级，县里建设了刀具表面处理共享车间，企业不用再各自购置抛光设备，环保达标率大幅提高。
下一步，绛溪县将引导企业创建自有品牌，推动产业向设计研发端延伸。⟦m （编辑：邵可欣　审核：冯立成）⟧
""",
    ),
    dict(
        slug="news-jinyuan-binder-clip-spot-check-record-title",
        site="缙原在线 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://news.jinyuan-online.example.com/minsheng/2025/0903/312508.html",
        title="市场监管部门抽检文具产品 3批次长尾夹弹力不合格",
        date="2025-09-03",
        notes="record title as is, no record date: the news time line is the page's date; an extended-reading link between paragraphs; editor line, related list, share row, copyright",
        page="""
!m 缙原在线 · 新闻中心
!m 首页 > 民生 > 消费提示
{T}
!m 2025-09-03 10:26　来源：缙原日报　作者：廖思远　阅读 5621
{BODY}
!m 责任编辑：苏一鸣
!l 相关新闻
!l · 秋季学生用品质量抽查启动
!l · 市场监管局发布儿童文具消费提示
!a 分享到朋友圈　|　转发微博　|　我要纠错
!d 凡本网注明“来源：缙原在线”的作品，版权均属本网所有。
""",
        body="""
近日，缙原市市场监督管理局公布了2025年第二批文具产品质量监督抽查结果，共抽检长尾夹、订书机、削笔器等文具产品48批次，发现不合格产品5批次。
其中，3批次长尾夹“夹持力”项目不合格，主要表现为弹簧钢丝偏细、热处理不到位，使用一段时间后夹不住纸张。
⟦l 延伸阅读：开学季文具选购指南⟧
不合格的3批次长尾夹分别标称为某文具厂、某办公用品商行生产，监管部门已责令相关企业停止销售、查清货值，并依法处理。
市场监管部门提醒，消费者选购长尾夹时，可反复开合几次看弹力是否均匀，表面镀层有无起皮、锈点，尽量到正规商超购买。
""",
    ),
    dict(
        slug="forum-jinyuan-plunger-howto-discuz-jammer",
        site="缙原生活论坛 (invented)",
        style="论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="https://bbs.jinyuan-life.example.com/thread-882107-1-1.html",
        title="分享一下用皮搋子通马桶的正确姿势，别再溅一身了",
        record_title="【经验】分享一下用皮搋子通马桶的正确姿势，别再溅一身了 - 居家百事 -  缙原生活论坛",
        date=None,
        notes="Discuz-like thread: login row, breadcrumb, views/replies, a relative post time (no date), jammer fonts as paragraphs and glued after sentences, a forum signature with a plumber's phone, support/oppose row, quick-reply prompt, Powered-by footer",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【经验】分享一下用皮搋子通马桶的正确姿势，别再溅一身了 - 居家百事 -  缙原生活论坛</title>
<style>.jammer{font-size:0;color:#fff}</style>
<script src="static/js/common.js?Xm2"></script></head>
<body>
<div id="hd"><div class="logo">⟦m 缙原生活论坛⟧</div><div class="login">⟦a 登录 | 立即注册 | 找回密码⟧</div></div>
<div id="pt">⟦m 缙原生活论坛 › 居家百事 › 查看帖子⟧</div>
<div class="hm">⟦m 查看: 3108 | 回复: 47⟧</div>
<table class="plhin"><tr><td class="pls">⟦m 老铁锤子⟧<p>⟦m 积分 826　帖子 193⟧</p></td>
<td class="plc"><h1 class="ts">{T}</h1>
<div class="authi">⟦m 楼主　发表于 3 天前　只看该作者⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="sign">⟦w 管道疏通、马桶安装，老铁二十年手艺，电话 18973025516⟧</div>
<div class="po">⟦l 回复　点赞(12)　点踩(0)　举报本帖⟧</div>
</td></tr></table>
<div id="f_pst">⟦a 发帖前请阅读版规，登录后方可快速回复⟧</div>
<div id="ft">⟦m Powered by Discuz! X3.4　缙原生活论坛⟧ ⟦d 帖子内容仅代表作者观点，与本站立场无关⟧</div>
</body></html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=2),
        body="""
家里老人总说马桶堵了就得找人来通，其实大部分情况自己用皮搋子就能解决，关键是方法要对。
第一步，先往马桶里加水，水位没过皮搋子的橡胶碗，光靠空气是压不出力的。
第二步，把橡胶碗斜着放进去，让里面的空气先排出来，再扣正罩住排水口。
第三步，双手握杆，慢慢往下压，再猛地往上提，重复十几次。听到“咕噜”一声水下去了，就成了。
注意别往马桶里倒开水，陶瓷遇到冷热骤变容易裂。如果反复几次还不通，多半是东西卡在存水弯里了，还是请专业师傅吧。
""",
    ),
    dict(
        slug="forum-cangqu-lanyard-collection-junk-text",
        site="藏趣论坛 (invented)",
        style="论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="https://www.cangqu-bbs.example.net/forum.php?mod=viewthread&tid=402218",
        title="晒晒这些年攒下的展会挂绳，一共137根",
        record_title="[晒物] 晒晒这些年攒下的展会挂绳，一共137根｜藏趣论坛·杂项收藏区",
        date=None,
        notes="a collectors' forum post in text: relative post time and edit stamp (no date), forum junk on lines and glued, a consignment ad with a WeChat id, reply row, signature, login prompt; the post mentions binder clips as content",
        page="""
!m 藏趣论坛 › 杂项收藏 › 晒物交流
!t [晒物] 晒晒这些年攒下的展会挂绳，一共137根
!m 楼主：绳结控　发表于 昨天 21:47　只看该作者
!m 本帖最后由 绳结控 于 昨天 22:03 编辑
{BODY}
!l 回复(26)　引用　举报
!m ────── 一根绳，一段路 ──────
!w 藏品鉴定寄售，加V：cangqu_jd2025
!a 回帖需先登录　[登录] [免费注册]
""",
        junk=dict(lines=2, glued=2),
        body="""
从2012年第一次去省城看车展开始，我就有个习惯，参展证可以丢，挂绳一定留着。
十几年下来，家里攒了137根。最早的是涤纶丝印的，印刷一洗就花；后来流行热转印，颜色鲜亮多了；这两年不少展会改用可降解的竹纤维挂绳。
我按年份用长尾夹把它们分组夹在一块软木板上，挂在书房墙上，朋友来了都要看半天。
最珍贵的是一根手工编织的挂绳，是一次非遗展上老师傅现场编的。可惜那个展会后来没再办过。
有同好的欢迎交流，不卖，可以换。
""",
    ),
]

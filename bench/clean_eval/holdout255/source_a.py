"""holdout255, part A: 范文站, 文库预览, 政府门户, 新闻门户, 论坛. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="fanwen-moqi-speech-barrel-craft-gb2312",
        site="墨畦范文网 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.moqifanwen.net/jianghua/wenlv/2024/0521/18832.html",
        title="在全县木桶制作技艺传承工作推进会上的讲话",
        record_title="【会场发言】在全县木桶制作技艺传承工作推进会上的讲话（修订润色）_墨畦范文网",
        date="2024-05-16",
        date_also=["2024-05-21"],
        notes="old gb2312 table page: marquee, font row, floating QQ box, hot list, visitor counter; speaker and date line under the title (neutral); a ghost-writer QQ glued after a 。; the page's posting date differs from the speech date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【会场发言】在全县木桶制作技艺传承工作推进会上的讲话（修订润色）_墨畦范文网</title>
<link href="/css/mq.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/hits.js"></script>
</head><body topmargin="0" leftmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0"><tr>
<td width="300"><img src="/images/mq_logo.gif" alt=""></td>
<td>⟦m 墨畦范文网·案头笔墨随手取⟧</td>
<td align="right"><a href="#">⟦a 把墨畦设为首页⟧</a> <a href="#">⟦a 收进书签栏⟧</a></td>
</tr></table>
<table width="960" align="center" bgcolor="#7a1f1f"><tr><td>⟦m 首页 ┊ 讲话致辞 ┊ 汇报总结 ┊ 学习体会 ┊ 规划方案 ┊ 述职述廉⟧</td></tr></table>
<table width="960" align="center"><tr><td><marquee scrollamount="3">⟦m 墨畦快讯：本周新增讲话致辞类稿件312篇，会员每日可领3个墨点⟧</marquee></td></tr></table>
<table width="960" align="center"><tr><td width="700" valign="top">
<table width="100%"><tr><td>⟦m 您的位置：墨畦范文网 &gt;&gt; 讲话致辞 &gt;&gt; 文旅讲话⟧</td></tr></table>
<h1>{T}</h1>
<p align="center">睢川县人民政府副县长　濮文华</p>
<p align="center">（2024年5月16日）</p>
<table width="100%"><tr><td>⟦m 录入：砚田子　发布时间：2024-05-21　人气：⟧<font color="red">⟦m 1962⟧</font></td>
<td>⟦a 【字号 特大 大 中 小】⟧</td><td>⟦a 【打印此篇】⟧</td><td>⟦a 【关掉本页】⟧</td></tr></table>
<div id="zoom">
{BODY}
</div>
<table width="100%"><tr><td>⟦a 本篇为会员精修稿，点此领取可改Word（扣2墨点）⟧</td></tr>
<tr><td>⟦l 上一篇：乡镇非遗保护座谈会主持串词⟧</td></tr>
<tr><td>⟦l 下一篇：在县级非遗工坊授牌仪式上的致辞⟧</td></tr></table>
</td>
<td width="250" valign="top">
<table width="100%"><tr><td bgcolor="#eeeeee">⟦l 墨畦本周热读⟧</td></tr>
<tr><td>⟦l ·在文化遗产日宣传活动上的讲话⟧</td></tr>
<tr><td>⟦l ·传统工艺振兴座谈会发言提纲⟧</td></tr>
<tr><td>⟦l ·非遗传承人培训班开班讲话⟧</td></tr></table>
</td></tr></table>
<div id="qqbox" style="position:fixed;right:0;top:200px">⟦w 墨畦代笔在线 QQ：2816604379⟧<br><a href="#">⟦a 收起⟧</a></div>
<table width="960" align="center"><tr><td align="center">
⟦d 本站稿件多为网友投递，涉及版权请来函，核实后即行撤下。⟧<br>
⟦m 墨畦范文网 版权所有 滇ICP备20017735号⟧<br>
⟦m 您是本站第 0316829 位来客⟧
</td></tr></table>
<script language="javascript">mqCount(18832);</script>
</body></html>
""",
        body="""
同志们：
今天我们在崃溪镇召开全县木桶制作技艺传承工作推进会，主要是总结前一阶段非遗保护工作，安排部署下一步传承任务。刚才，大家参观了崃溪桶匠工坊，三位老匠人作了交流发言，讲得很实在。
一、看到成绩，增强传承信心
崃溪木桶箍桶技艺去年列入市级非物质文化遗产代表性项目名录。全县现有持证桶匠二十七人，今年已开办学徒班两期，招收学员四十一名。⟦w 讲话稿量身代拟，私信笔友QQ：3308217645⟧
二、正视问题，补齐传承短板
老匠人平均年龄超过六十五岁，杉木料源紧缺，产品多停留在水桶、饭桶等老样式，年轻人学了手艺挣不到钱，这是最大的难处。
三、压实责任，推动活态传承
文旅、人社、农业农村等部门要把木桶技艺纳入技能培训补贴目录，帮助工坊对接民宿和文创企业，开发浴桶、米桶、花器等新品。各乡镇要为工坊解决场地和用料问题。
同志们，一只木桶靠一圈圈竹箍箍紧，一门手艺也要靠大家齐心协力守住。希望大家真抓实干，让这门老手艺焕发新的活力！
""",
    ),
    dict(
        slug="fanwen-suihe-insight-pickle-jar-class",
        site="穗禾范文库 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.suihefw.com/xinde/peixun/20241008/55107.html",
        title="参加腌菜坛制作与传统腌制技艺培训的心得体会",
        record_title="参加腌菜坛制作与传统腌制技艺培训的心得体会（三篇任挑）- 穗禾范文库",
        date=None,
        notes="decorated record title; an update stamp with a relative time (no date); a ghost-writer WeChat glued after a 。 inside the body; a member-fold line of its own between two paragraphs",
        page="""
!m 穗禾范文库 ｜ 一稿在手 材料不愁
!m 当前所在：穗禾首页 ▸ 心得体会 ▸ 培训心得
!t 参加腌菜坛制作与传统腌制技艺培训的心得体会（三篇任挑）
!m 整理：禾小满　更新于 3 天前　已被借鉴 4127 次
!a ［整篇拷走］［存为Word］［放进我的收藏］
{BODY}
!a 第二篇、第三篇已折叠，穗禾会员点击即看
!l 猜你还要找：
!l 妇联巧手培训班结业发言
!l 非遗技艺进乡村学习体会两则
!l 农村妇女技能培训心得（简短版）
!d 穗禾范文库所收稿件仅供借鉴，照搬照抄引发的后果由使用者自负。
!m ©穗禾范文库 suihefw.com　黔ICP备21008862号-3
""",
        indent="\u3000\u3000",
        body="""
九月下旬，我参加了县妇联和县人社局联合举办的“巧手腌菜坛”技能培训班。五天时间里，老师从选陶土、拉坯、上釉讲到坛沿注水、腌菜发酵，手把手带我们做完了一只属于自己的腌菜坛。
一是懂得了“坛好菜才好”。老师说，好坛子要釉面匀、坛沿深、扣碗严，敲起来声音清脆。坛沿里的水一断，生水和空气进去，一坛菜就容易生花发臭。⟦w 体会不会写？把要求发给穗禾小满，微信 suihe_xm0917⟧
⟦a 余下段落需开通穗禾会员方可完整复制⟧
二是懂得了手艺要下笨功夫。我拉坯拉塌了六次，手上磨起了泡，才做出一只不歪的坛身。慢工出细活，做坛子如此，干工作也是如此。
三是看到了家门口增收的路子。渑塘乡的学员回去后准备把腌菜坛和酸菜一起卖，给游客做伴手礼。我也打算回村带几个姐妹，把这门手艺传下去。
""",
    ),
    dict(
        slug="wenku-qingshu-report-tea-caddy-pdf-markers",
        site="青墅文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.qingshuwk.com/view/8f31c02ad7.html",
        title="关于沂岭县茶叶罐包装产业发展情况的调研报告",
        record_title="关于沂岭县茶叶罐包装产业发展情况的调研报告.pdf",
        date="2024-08-26",
        notes="文库 reader: viewer toolbar, upload stamp (no date), marker paragraphs ⧆ n ⧆ between the halves of cut paragraphs, a paywall, related documents; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>关于沂岭县茶叶罐包装产业发展情况的调研报告.pdf - 青墅文库</title>
<script src="/static/reader.min.js"></script>
</head><body>
<header class="qs-top"><a class="logo" href="/">⟦m 青墅文库⟧</a>
<input type="search" placeholder="搜文档"> <a href="/vip">⟦a 青墅年卡 全站文档随心下⟧</a> <a href="/login">⟦a 登录⟧</a></header>
<div class="doc-title"><h1>⟦t 关于沂岭县茶叶罐包装产业发展情况的调研报告.pdf⟧</h1>
<p class="meta">⟦m 分享者：青墅用户77310　上传于2024-09-03　共5页　3.1千字⟧</p></div>
<div class="viewer-bar">⟦a 放大⟧ ⟦a 缩小⟧ ⟦a 全屏阅读⟧ ⟦a 转存到我的书房⟧</div>
<div class="reader">
{BODY}
</div>
<div class="paywall">⟦a 预览到此为止，剩余2页请支付 ￥5.80 后阅读⟧ <button>⟦a 扫码付款⟧</button></div>
<aside class="rel"><h3>⟦l 同主题文档⟧</h3><ul>
<li>⟦l 县域茶产业包装升级调研⟧</li>
<li>⟦l 马口铁制罐行业现状分析⟧</li></ul></aside>
<footer>⟦d 青墅文库所有文档由用户分享，平台不审核内容真实性，侵权请提交申诉。⟧ ⟦m 湘ICP备22040716号⟧</footer>
</body></html>
""",
        p_html='<p class="pg-line">{}</p>',
        pages=dict(fmt="⧆ {n} ⧆", every=140, start=2),
        body="""
为摸清全县茶叶罐包装产业底数，县工商联于今年7月组织调研组，走访了浐口镇、灞坪镇等地的9家制罐企业和12家茶企，召开座谈会3次。现将调研情况报告如下。
一、基本情况。全县现有茶叶罐生产企业14家，年产马口铁茶叶罐约2100万只、纸质茶叶罐约800万只，产值1.6亿元，产品主要供应本省茶区。
二、存在问题。一是同质化严重，多数企业只做圆罐、方罐两三种罐型，靠压价抢订单；二是设计能力弱，罐面图案大多由茶企自带，企业议价能力低；三是过度包装苗头仍在，个别礼盒一罐二两茶、三层包装。
三、几点建议。引导企业联合设立设计中心，推广可回收的单一材质罐；支持茶企和制罐企业签订长期订单；市场监管部门加强对茶叶礼盒包装空隙率的抽查。
沂岭县工商业联合会
2024年8月26日
""",
    ),
    dict(
        slug="wenku-lanyu-plan-duster-wrapped-glued-markers",
        site="岚屿文档 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://doc.lanyuwd.cn/p-60318277.html",
        title="睢川县崃溪镇鸡毛掸子特色产业提升实施方案",
        record_title="睢川县崃溪镇鸡毛掸子特色产业提升实施方案.docx",
        date="2024-03-12",
        notes="file-name record title; hard-wrapped at 62 columns; page markers ⚋n⚋ glued to the start of the continuation line; 成文日期 in Chinese numerals",
        page="""
!m 岚屿文档 · 公文范本区
!t 睢川县崃溪镇鸡毛掸子特色产业提升实施方案.docx
!m 页数 6　大小 41KB　格式 DOCX　下载量 208
!a 下载到本地（￥3.50）　丨　放入文件夹　丨　纠错
{T}
{BODY}
!a 试看已完，剩余3页请购买后浏览
!a 一键购买　　开通岚屿包月
!d 本文档为网友分享，岚屿文档仅作存储与展示，不保证其准确完整。
!l 同类文档：乡镇特色产业发展规划.docx ┊ 手工艺品产业帮扶方案.doc
""",
        wrap=62,
        indent="\u3000\u3000",
        pages=dict(fmt="⚋{n}⚋", every=150, start=2, glue=True),
        body="""
为做大做强崃溪鸡毛掸子这一传统特色产业，带动群众就近就业增收，结合我镇实际，制定本方案。
一、目标任务
到年底，全镇鸡毛掸子年产量由现在的60万把提高到90万把，培育年销售额100万元以上的作坊5家，带动300名留守妇女和老人居家务工。
二、主要措施
（一）稳定原料供应。与周边养鸡场签订鸡毛收购协议，建设镇级羽毛分拣清洗点1个，统一消毒、分级，杜绝使用来源不明的野生禽类羽毛。
（二）提升产品品质。邀请老艺人开展扎制技能培训4期，推行掸杆、绑线、羽毛分级标准，开发长柄、伸缩、车用等新款。
（三）拓宽销售渠道。支持作坊入驻电商平台，在镇便民服务中心设立直播间，组织参加县农产品展销会。
三、保障措施
镇成立产业提升工作专班，每月调度一次进展；镇财政安排扶持资金20万元，用于培训补贴和设备购置。
崃溪镇人民政府
二〇二四年三月十二日
""",
    ),
    dict(
        slug="gov-xiaoyuan-notice-earmuffs-index-table",
        site="崤原县人民政府 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.xiaoyuan.example.gov.cn/zwgk/tzgg/202411/t20241120_77120.html",
        title="关于为户外作业人员配发防寒耳罩的通知",
        record_title="【冬季关爱】关于为户外作业人员配发防寒耳罩的通知｜崤原县人民政府",
        date="2024-11-18",
        date_also=["2024-11-20"],
        notes="county portal: 长辈版/无障碍 links, an 索引号 table whose 文号 cell is unmarked (neutral), a 纠错 hotline beside the notice's own 联系人/电话, 附件 list beside an attachment download link, 抄送 and 印发 lines; portal date differs from the 成文日期",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>【冬季关爱】关于为户外作业人员配发防寒耳罩的通知｜崤原县人民政府</title>
<script src="/js/jquery.min.js"></script>
</head><body>
<div class="topbar">⟦m 今天是：2024年11月22日 星期五⟧ <a href="#">⟦a 长辈版⟧</a> <a href="#">⟦a 读屏通道⟧</a> <a href="#">⟦a 简/繁⟧</a></div>
<div class="banner">⟦m 崤原县人民政府　www.xiaoyuan.example.gov.cn⟧</div>
<nav><a>⟦m 首页⟧</a><a>⟦m 政务公开⟧</a><a>⟦m 政务服务⟧</a><a>⟦m 互动交流⟧</a><a>⟦m 走进崤原⟧</a></nav>
<div class="pos">⟦m 当前位置：首页 ＞ 政务公开 ＞ 通知公告⟧</div>
<table class="xxgk">
<tr><td>⟦m 索引号：011387540/2024-01932⟧</td><td>⟦m 主题分类：劳动保障⟧</td></tr>
<tr><td>⟦m 发文机构：崤原县总工会⟧</td><td>⟦m 成文日期：2024-11-18⟧</td></tr>
<tr><td>文　　号：崤工发〔2024〕19号</td><td>⟦m 公开日期：2024-11-20⟧</td></tr>
</table>
<h1>{T}</h1>
<div class="tools">⟦m 访问量：806⟧ ⟦a 文字 A+ ｜ A ｜ A-⟧ ⟦a 打印正文⟧</div>
<div class="TRS_Editor">
{BODY}
</div>
<div class="fj"><a href="/att/77120_1.xlsx">⟦a 附件下载：配发名额分配表.xlsx（18KB）⟧</a></div>
<div class="related"><h4>⟦l 相关稿件⟧</h4>
<p>⟦l 县总工会开展“冬送温暖”走访慰问⟧</p><p>⟦l 关于做好今冬明春劳动者权益保障工作的通知⟧</p></div>
<footer><p>⟦m 主办：崤原县人民政府办公室　承办：县大数据服务中心⟧</p>
<p>⟦w 网站纠错热线：0917-6611345（工作日9:00-17:00）⟧</p>
<p>⟦m 网站标识码6109270031　秦ICP备09013277号⟧</p></footer>
</body></html>
""",
        body="""
县直各有关单位，各乡镇人民政府：
入冬以来，我县最低气温已降至零下12℃，环卫、交警、园林等户外作业人员冻伤耳廓的情况时有发生。经县政府同意，决定为全县户外作业人员统一配发防寒耳罩。现将有关事项通知如下。
一、配发范围。县城及各乡镇环卫保洁员、交通协管员、园林养护工和公路道班工人，每人配发防寒耳罩一副。
二、领取方式。请各单位于12月2日前汇总人员名单，到县总工会劳保用品仓库统一领取，并做好签收登记。
三、有关要求。各单位要督促作业人员在气温低于零度时佩戴耳罩，同时落实轮换休息、热水供应等保暖措施。
联系人：阚丽萍，电话：0917-6632018。
附件：1.防寒耳罩配发名额分配表
2.防寒耳罩领取签收表
崤原县总工会　崤原县人力资源和社会保障局
2024年11月18日
抄送：县委办公室，县人大常委会办公室，县政协办公室。
崤原县总工会办公室　2024年11月18日印发
""",
    ),
    dict(
        slug="gov-suichuan-bulletin-barrel-workshops-table",
        site="睢川县应急管理局 (invented)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="text",
        source="http://yjj.suichuan.example.gov.cn/tzgg/2024/0612/4471.html",
        title="关于全县木桶加工作坊安全生产检查情况的通报",
        record_title="〔安全生产〕关于全县木桶加工作坊安全生产检查情况的通报 - 睢川县应急管理局",
        date="2024-06-11",
        notes="county bureau page as text: site line, breadcrumb, source line, a data table one row a paragraph with ideographic spaces, a 'scan to read on your phone' line and a share row glued before the first words of the closing paragraph",
        page="""
!m 睢川县应急管理局 —— 安全发展　平安睢川
!m 首页 / 通知通报 / 正文
!t 〔安全生产〕关于全县木桶加工作坊安全生产检查情况的通报
!m 信息来源：安全生产基础股　发布：2024-06-12 10:05　浏览次数：377
!a 【放大】【还原】【缩小】
{BODY}
!a 【打印本稿】　【关掉窗口】
!a 手机扫一扫，把本页带走
!l 相关通报：关于夏季防汛防溺水工作的通报 ｜ 关于粉尘涉爆企业专项检查的通报
!m 睢川县应急管理局主办　地址：睢川县汩水路18号　值班电话：0917-5203110
!m 网站标识码6109310012　秦ICP备10027741号-2
""",
        body="""
各乡镇人民政府，县直有关部门：
5月20日至6月5日，县应急管理局联合县消防救援大队，对全县木桶加工作坊开展了安全生产专项检查，重点检查刨花木屑清理、用电线路、烘烤火源和消防器材配备情况。现将检查情况通报如下。
乡镇　检查作坊数　发现隐患　已整改
崃溪镇　11　19　17
浐口镇　6　8　8
灞坪镇　4　7　5
合计　21　34　30
检查发现，部分作坊木屑堆积在烘桶炉旁，个别作坊私拉电线、灭火器过期。对尚未整改的4处隐患，已下达限期整改指令书。
⟦l 分享至：微信　微博　复制链接⟧各乡镇要督促作坊每日清理木屑，烘烤区与堆料区分开设置，6月底前完成全部整改。
睢川县应急管理局
2024年6月11日
""",
    ),
    dict(
        slug="news-suichuan-rongmei-duster-livestream-captions",
        site="睢川融媒 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.suichuanrm.example.cn/xw/bd/2024-04/17/c_220631.html",
        title="崃溪镇鸡毛掸子搭上直播快车",
        record_date="2024-04-17",
        date="2024-04-17",
        notes="county news portal: app prompt glued before the news lead, photo captions between paragraphs, an editor line glued after the last paragraph, a 24-hour list, an ad slot",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>崃溪镇鸡毛掸子搭上直播快车_睢川融媒</title>
<script>window.rmAd = [];</script></head><body>
<div class="rm-head"><span>⟦m 睢川融媒·睢川县融媒体中心主办⟧</span> <a>⟦a 下载“睢川融媒”客户端⟧</a></div>
<ul class="rm-nav"><li>⟦m 本地⟧</li><li>⟦m 时政⟧</li><li>⟦m 乡镇⟧</li><li>⟦m 民生⟧</li><li>⟦m 视听⟧</li></ul>
<div class="art"><h1>{T}</h1>
<div class="byline">⟦m 2024-04-17 09:32　来源：睢川融媒　记者：邝少峰　通讯员：桑德林⟧</div>
<div class="listen">⟦a ▶ 听本篇⟧</div>
<div class="text">
{BODY}
</div>
<div class="adslot">⟦m 广告 · 睢川农商银行 惠农贷 利率优惠进行中⟧</div>
</div>
<aside><h3>⟦l 睢川24小时⟧</h3><ol>
<li>⟦l 汩水河道清淤工程进入收尾⟧</li><li>⟦l 县城新增两条公交线路⟧</li><li>⟦l 浐口镇枇杷进入采摘季⟧</li></ol></aside>
<footer>⟦m 睢川县融媒体中心版权所有，未经书面许可不得转载⟧ ⟦m 新闻热线：0917-5200660⟧</footer>
</body></html>
""",
        body="""
⟦a 打开睢川融媒，本地新闻一手看⟧4月15日晚上8点，崃溪镇便民服务中心二楼的直播间灯火通明，主播晓燕举起一把长柄鸡毛掸子，对着镜头轻轻一抖，油亮的公鸡尾羽蓬松散开。当晚两个小时，直播间卖出鸡毛掸子1100多把。
⟦m 图为主播在直播间展示鸡毛掸子（邝少峰　摄）⟧
崃溪扎鸡毛掸子已有上百年历史。过去，货郎挑着掸子走村串户，一天卖不了几十把。如今镇里建起直播间，请来电商讲师培训，二十多家作坊轮流上播。
⟦m 图为老艺人在作坊里分拣羽毛⟧
“一根掸杆要绑四五层鸡毛，每层都要错开，掸起灰来才不掉毛。”今年七十二岁的老艺人訾国富说，现在订单多了，村里不少在外打工的年轻人也回来学手艺。
据了解，今年一季度崃溪镇鸡毛掸子线上销售额已达86万元，同比增长近两倍。⟦m （编辑：乜春燕　审核：逯海洋）⟧
""",
    ),
    dict(
        slug="news-yiling-daily-earmuffs-title-line-byline",
        site="沂岭新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.yilingnews.example.cn/content/2024-12/10/content_90412.htm",
        title="城管部门为夜班环卫工送上耳罩和姜茶",
        record_title=None,
        date="2024-12-10",
        notes="no title in the record; the title line on the page; the byline's 发布时间 is the page's date; 分享 bar, editor line and related news below",
        page="""
!m 沂岭新闻网　沂岭县委宣传部主管
!m 首页 » 民生 » 城事
{T}
!m 发布时间：2024-12-10 08:15　来源：沂岭日报　作者：卢晓岚
!a 字号 大 ｜ 中 ｜ 小　　　语音播报
{BODY}
!m 【责编：甘慧敏】
!l 把这条新闻分享给：微信好友 ｜ 朋友圈 ｜ QQ空间
!l 相关新闻
!l 沂岭县启动今冬供暖保障“百日行动”
!l 浐口镇为困难老人送去过冬棉被
!m 沂岭新闻网版权所有　新闻报料：0917-5566120
""",
        indent="\u3000\u3000",
        body="""
12月9日凌晨4点，气温降到零下9℃，县城汩水大道上，环卫工人陶秀英正在清扫落叶。县城管局工作人员把一副加绒耳罩和一杯热姜茶递到她手里：“大姐，戴上耳罩再干，别冻着耳朵。”
当天凌晨，县城管局组织干部职工分成6个小组，走上街头为360名夜班环卫工送上耳罩、手套和姜茶。这批耳罩由县总工会和爱心企业捐赠，外层防风，内衬加绒，可以折叠放进口袋。
“往年冬天扫街，耳朵冻得又红又肿，晚上睡觉都发痒。”陶秀英说，“有了这个耳罩，心里也暖和。”
县城管局负责人介绍，入冬后夜班环卫工的作业时间将调整为早5点开始，各作业点还设置了爱心驿站，方便环卫工人歇脚取暖。
""",
    ),
    dict(
        slug="forum-baohua-post-barrel-diy-jammer",
        site="刨花木作论坛 (invented, Discuz-like)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.baohuamz.example.com/thread-30217-1-1.html",
        title="自己箍了一只杉木水桶，记录一下过程",
        record_title="[木作日志] 自己箍了一只杉木水桶，记录一下过程（拍照渣勿喷） - 桶盆箍作 - 刨花木作论坛",
        date=None,
        notes="Discuz-like thread: jammer fonts inside the post, a relative post time (no date), a rating row, the poster's signature, replies and a reply box",
        page="""
<html><head><meta charset="gbk">
<title>[木作日志] 自己箍了一只杉木水桶，记录一下过程（拍照渣勿喷） - 桶盆箍作 - 刨花木作论坛</title>
<style>.jammer{font-size:0;color:#fff}</style></head><body>
<div id="hd">⟦m 刨花木作论坛⟧ <a>⟦a 登录⟧</a> <a>⟦a 注册新木友⟧</a></div>
<div id="pt">⟦m 刨花木作论坛 › 手作专区 › 桶盆箍作 › 正文⟧</div>
<div class="thread-stat">⟦m 浏览 6120 ┃ 回帖 83⟧</div>
<table class="plhin"><tr><td class="pls"><div class="pi">⟦m 汩水老杉⟧</div><p>⟦m 帖子 512　木屑值 3380　头衔：刨花老手⟧</p></td>
<td class="plc"><h1><span id="thread_subject">⟦t [木作日志] 自己箍了一只杉木水桶，记录一下过程（拍照渣勿喷）⟧</span></h1>
<div class="authi">⟦m 楼主　发表于 3 天前 ┃ 只看楼主 ┃ 倒序看帖⟧</div>
<div class="t_fsz"><table><tr><td class="t_f">
{BODY}
</td></tr></table></div>
<div class="rate">⟦l 评分人数 7　木屑 +35　理由：工艺扎实，学习了⟧</div>
<div class="sign">⟦m 签名：木头不会说话，刨花会。⟧</div>
<div class="po">⟦a 顶一下⟧ ⟦a 收进我的木料箱⟧ ⟦a 举报⟧</div></td></tr></table>
<div class="reply">⟦l 沙发 ┃ 浐口小刨子：桶底那道槽是用什么刨的？求细节⟧</div>
<div class="reply">⟦l 板凳 ┃ 木匠阿坤：竹箍比铁箍难多了，佩服⟧</div>
<div id="f_pst">⟦a 登录之后才能跟帖，还没账号？马上注册⟧</div>
<div id="ft">⟦m 刨花木作论坛 ┃ 手机版 ┃ 小黑屋 ┃ 粤ICP备19047721号⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
老家拆老屋，翻出几块晾了好多年的杉木板，舍不得烧，就琢磨着箍一只水桶。前后花了一个多星期，跟大家说说过程。
第一步是出桶板。桶板要两头窄中间宽，侧面刨出斜度，十六块拼起来正好一圈。斜度差一点，拼出来就有缝，我返工了三块。
第二步是拼板上箍。先用临时铁箍把板子收拢，再把泡软的毛竹篾编成竹箍，从下往上一点点敲紧。竹箍要趁湿上，干了就脆。
第三步是开槽装底。在桶板下口刨一道槽，把桶底板嵌进去，再敲紧下道箍。最后装水试漏，头一天渗得厉害，泡了两天木头胀开就不漏了。
桶不算好看，但挑水浇菜够用了。有兴趣的木友可以试试，记得桶板一定要用晾干的老料。
""",
    ),
    dict(
        slug="forum-zaotai-post-pickle-jar-water-seal-junk",
        site="灶台边论坛 (invented)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="http://www.zaotaibian.example.com/forum/t-88213.html",
        title="老坛子坛沿水总发臭，试了这三个办法",
        record_title="【经验贴】老坛子坛沿水总发臭，试了这三个办法 - 腌腊酱菜版 - 灶台边论坛",
        date=None,
        notes="forum thread as text: anti-scraping junk as lines and glued after 。; a post time 'yesterday' (no date); floors and a reply prompt below",
        page="""
!m 灶台边论坛 — 过日子的人都在这儿
!m 灶台边 > 家常厨房 > 腌腊酱菜版
!t 【经验贴】老坛子坛沿水总发臭，试了这三个办法
!m 楼主：渑塘二嫂　发表于 昨天 21:40　查看 2216　回复 37
{BODY}
!a 觉得有用就点个“香”，让更多坛友看到
!l 2# 淝岭老周：白酒那招我也用过，管用
!l 3# 一颗酸萝卜：求问坛沿水要加盐吗？
!a 说两句……（登录后方可回复）
!m 灶台边论坛 ©2012-2024　客服邮箱 help@zaotaibian.example.com
""",
        junk=dict(lines=2, glued=3),
        body="""
家里那只老腌菜坛是婆婆留下的，泡酸菜一直很好吃。可今年夏天坛沿水总是发臭，还生了一层白膜，差点把一坛菜都带坏了。问了几位老人，试了下面三个办法，现在好了，分享给大家。
一是勤换坛沿水。夏天两三天换一次，冬天一周换一次，换水时先用干净布把坛沿擦一遍。
二是坛沿水里加一小勺盐或者几滴高度白酒。盐水和酒都能抑制杂菌，水就不容易臭。
三是扣碗要扣正。扣碗歪了，坛沿水会被吸进坛里，菜就容易生花。揭盖取菜时手和筷子都不能沾油。
另外坛子要放在阴凉处，别让太阳直晒。老坛子好养，就是得上心。
""",
    ),
]

"""holdout302, part A: 范文 sites, 文库 previews, document-sharing pages, writing apps and
download stations. Invented text (places, people, sites, URLs, numbers); see ../README.md and
../build.py for the markup. Each case written by hand."""

CASES = [
    dict(
        slug="fanwen-zhuojiao-speech-board-rack-industry-gb2312",
        site="桌角范文苑 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.zhuojiaofwy.com/jianghua/chanye/2025/0502/17734.html",
        title="在全县竹木厨具产业发展推进会上的讲话",
        record_title="【讲话精编·产业】在全县竹木厨具产业发展推进会上的讲话（整篇可套改）_桌角范文苑",
        date="2025-04-16",
        date_also=["2025-05-02"],
        notes="gb2312 table page: marquee, font/eye-care row, hot list, floating ghost-writer QQ box, visitor "
        "counter; date under the speech title (neutral) and a different posting date; speaker line neutral; "
        "a ghost-writer QQ glued after a 。",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【讲话精编·产业】在全县竹木厨具产业发展推进会上的讲话（整篇可套改）_桌角范文苑</title>
<script language="javascript" src="/js/hits.js"></script>
<style>td{font-size:12px;line-height:22px}</style></head>
<body topmargin="0" leftmargin="0">
<table width="960" align="center" cellpadding="0"><tr><td><img src="/img/logo.gif" width="220" height="60"></td><td>⟦m 桌角范文苑——一纸在手，材料不愁⟧</td><td align="right"><a href="#">⟦a 设为主页⟧</a>　<a href="#">⟦a 收藏本苑⟧</a></td></tr></table>
<table width="960" align="center" bgcolor="#8B0000"><tr><td><a href="/">⟦m 首页⟧</a>　<a href="/jianghua/">⟦m 讲话致辞⟧</a>　<a href="/zongjie/">⟦m 总结汇报⟧</a>　<a href="/xinde/">⟦m 心得体会⟧</a>　<a href="/shuzhi/">⟦m 述职述廉⟧</a></td></tr></table>
<table width="960" align="center"><tr><td><marquee scrollamount="3">⟦m 苑内公告：产业发展类讲话新增三百余篇，会员可随意选用⟧</marquee></td></tr></table>
<table width="960" align="center"><tr><td width="700" valign="top">
<div class="pos">⟦m 您的位置：桌角范文苑 &gt;&gt; 讲话致辞 &gt;&gt; 产业发展讲话⟧</div>
<h2>⟦t 【讲话精编·产业】在全县竹木厨具产业发展推进会上的讲话（整篇可套改）⟧</h2>
<div class="info">⟦m 发布时间：2025-05-02　来源：会员投稿　阅读：<font color="red">1288</font>次⟧</div>
<div class="tool">⟦a 【字号：特大 大 中】⟧　⟦a 【绿色护眼】⟧　⟦a 【关闭此窗】⟧</div>
<div id="art">
<p align="center">{T}</p>
<p align="center">（2025年4月16日）</p>
<p align="center">副县长　邝立川</p>
{BODY}
</div>
<div class="down">⟦a 〖复制全文〗〖下载DOC原稿〗⟧</div>
<table><tr><td>⟦l 上篇：在全县农产品加工业推进会上的表态发言⟧</td></tr><tr><td>⟦l 下篇：镇长在竹产业招商推介会上的致辞⟧</td></tr></table>
</td><td width="250" valign="top">
<table width="100%"><tr><td>⟦l ◆讲话致辞·本周热读◆⟧</td></tr>
<tr><td><a>⟦l ·在全县家具产业集群大会上的讲话⟧</a></td></tr>
<tr><td><a>⟦l ·副县长在木业协会年会上的讲话⟧</a></td></tr>
<tr><td><a>⟦l ·在特色产业园区建设调度会上的讲话⟧</a></td></tr></table>
</td></tr></table>
<div id="floatqq" style="position:absolute;right:5px;top:180px">⟦w 材料代笔 QQ 2873301945 随时在线⟧</div>
<table width="960" align="center"><tr><td>⟦m 本苑已接待访客 <font color="red">3907215</font> 人次⟧</td></tr>
<tr><td>⟦d 苑内文章多由会员投稿，仅作写作参考，转载请保留桌角出处。⟧</td></tr>
<tr><td>⟦m Copyright 2009-2025 zhuojiaofwy.com 桌角范文苑　湘ICP备09033712号⟧</td></tr></table>
</body></html>
""",
        p_html='<p style="text-indent:2em">{}</p>',
        body="""
同志们：
今天召开全县竹木厨具产业发展推进会，主要是总结去年以来砧板架等竹木厨具产业的发展情况，安排部署下一步工作。
去年，全县竹木厨具企业发展到46家，其中规模以上企业9家，砧板架、刀具架、碗碟架等产品年产量突破310万件，产值达到4.2亿元。岪口镇生产的砧板架已经卖到20多个省份，成了叫得响的地方产品。⟦w 讲话稿代笔请加QQ：2873301945⟧
同时也要看到，我们的产品同质化比较明显，多数企业还停留在来料加工、贴牌生产阶段，防霉、沥水等关键工艺没有统一标准。
下一步，重点抓好三件事：一是抓标准，由县市场监管局牵头，年内出台砧板架团体标准；二是抓品牌，支持企业注册商标、参加展会；三是抓人才，依托县职教中心开设木工定向班。
同志们，小小的砧板架也能做成大产业。希望大家鼓足干劲，把这项富民产业抓紧抓实、抓出成效！
""",
    ),
    dict(
        slug="fanwen-gongwenxia-summary-guesthouse-fitted-sheets",
        site="公文匣子网 (invented)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.gongwenxiazi.com/zongjie/bumen/2025/0311/90412.html",
        title="宾馆客房部2024年布草管理工作总结",
        record_title="宾馆客房部2024年布草管理工作总结（精选范文）- 公文匣子网",
        date="2025-01-08",
        date_also=["2025-03-11"],
        notes="范文 page: site slogan, breadcrumb, posting line with another date; ghost-writer WeChat glued after "
        "a 。; 成文日期 under the signature",
        page="""
!m 公文匣子网 · 写材料先开匣
!m 当前栏目：首页 ＞ 总结大全 ＞ 部门工作总结
!t 宾馆客房部2024年布草管理工作总结（精选范文）
!m 发布：2025-03-11　编辑：匣子君　浏览：2046
!a ［复制本文］［存为Word］［纠错］
{BODY}
!a 温馨提示：注册匣子会员后可一键导出本篇Word原稿。
!l 上一篇：宾馆前厅部2024年度服务质量总结
!l 下一篇：客房服务员年度个人总结（三篇）
!l 同类推荐：布草房管理制度｜客房卫生检查评分标准
!d 匣子网所载范文均为网友分享的写作参考，请勿原文照搬。
!m ©2017-2025 gongwenxiazi.com　粤ICP备17085526号
""",
        indent="\u3000\u3000",
        body="""
2024年，客房部围绕“干净、舒适、省心”的目标，把布草管理作为提升住客体验的重要抓手，全年布草报损率由上年的6.1%降到3.8%。现将主要工作总结如下。
一是以床笠替代床单包角。年初起，全部138间客房的床垫统一配用松紧边床笠，服务员铺一张床平均节省约两分钟，住客反映床单跑位的投诉由上年的27起降为4起。⟦w 需要原创总结请加小编微信 gwxz_2017⟧
二是建立布草分类洗涤台账。床笠、被套、枕套按批次编号，每次送洗、收回都登记数量和破损情况，做到件件可追溯。
三是加强员工培训。全年组织铺床技能比武2次，评出“铺床能手”6名。
存在的不足是部分床笠尺寸与加厚床垫不够匹配，明年将按实测尺寸分批补充采购。
沨水县云栖宾馆客房部
2025年1月8日
""",
    ),
    dict(
        slug="wenku-yuqiao-survey-summer-quilts-marker-paragraphs",
        site="渔樵文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.yuqiaowk.com/doc/7738120945.html",
        title="关于全市夏凉被产品质量状况的调研报告",
        record_title="关于全市夏凉被产品质量状况的调研报告（完整版）- 渔樵文库",
        date="2025-06-19",
        notes="文库 reader: viewer toolbar, page-marker paragraphs '⮟ n ⮝' cutting sentences, coin paywall; "
        "upload stamp is no date; 成文日期 in Chinese numerals; a results table one row a paragraph",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>关于全市夏凉被产品质量状况的调研报告（完整版）- 渔樵文库</title>
<script src="/static/reader.min.js"></script>
</head><body>
<header class="yq-top"><a class="logo" href="/">⟦m 渔樵文库⟧</a><nav><a>⟦m 首页⟧</a><a>⟦m 分类⟧</a><a>⟦m 专题⟧</a></nav><a class="login">⟦a 登录 / 注册领书币⟧</a></header>
<div class="crumbs">⟦m 渔樵文库 › 行业资料 › 纺织服装 › 调研报告⟧</div>
<h1 class="doc-title">⟦t 关于全市夏凉被产品质量状况的调研报告（完整版）⟧</h1>
<div class="doc-meta">⟦m 共4页 · 2.6万次阅读 · 上传者 樵夫0417 · 上传于 2025-07-02⟧</div>
<div class="toolbar">⟦a 目录 | 缩放 100% | 全屏阅读 | 加入书架⟧</div>
<div class="reader">
<h2>{T}</h2>
{BODY}
</div>
<div class="pay">⟦a 剩余2页未展示，支付 3 书币即可阅读全文⟧ <button>⟦a 去支付⟧</button></div>
<aside><h3>⟦l 读过此文的人还读了⟧</h3><ul><li>⟦l 家用纺织品质量抽查情况通报⟧</li><li>⟦l 床上用品消费调查报告2024⟧</li></ul></aside>
<footer>⟦d 渔樵文库内容均由用户上传，平台不对其准确性负责，侵权投诉请发邮件至 tousu@yuqiaowk.com⟧<br>⟦m 渔樵文库 yuqiaowk.com 版权所有　浙ICP备21077345号-3⟧</footer>
</body></html>
""",
        p_html='<p class="rd-line">{}</p>',
        pages=dict(fmt="⮟ {n} ⮝", every=150, start=2),
        body="""
今年5月至6月，市消费者协会联合市纤维检验所，对全市商场、超市和网店销售的夏凉被开展了比较试验和问卷调查。现将有关情况报告如下。
一、样品检测情况
共购买样品32批次，涵盖冰丝、竹纤维、纯棉和水洗棉四类，检测项目包括纤维含量、填充物质量和甲醛含量。结果如下：
类别　批次　合格　主要问题
冰丝凉被　10　7　纤维含量与标注不符
竹纤维凉被　9　6　竹纤维含量偏低
纯棉凉被　8　8　无
水洗棉凉被　5　3　填充物质量不足
二、消费者反映的问题
在收回的1260份问卷中，有41%的消费者表示凉被洗后起球、变形，有23%的消费者表示不清楚“冰丝”到底是什么材料。
三、几点建议
建议经营者如实标注纤维成分和填充物质量，建议消费者购买时查看吊牌和合格证，并保留购物凭证。
峘山市消费者协会
二〇二五年六月十九日
""",
    ),
    dict(
        slug="wenku-qingxiang-plan-trouser-racks-wrapped-glued-markers",
        site="青缃文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="other",
        form="text",
        source="https://www.qxwenku.net/p/20250411/5521873.html",
        title="门店裤架陈列统一调整实施方案",
        record_title="门店裤架陈列统一调整实施方案.docx",
        date="2025-03-03",
        notes="file-name title; 60-column hard wrap with '⥢n⥣' markers glued to the continuation line; "
        "upload stamp no date; 成文日期 under the signature",
        page="""
!m 青缃文库 qxwenku.net
!t 门店裤架陈列统一调整实施方案.docx
!m 格式：docx　页数：5　大小：48KB　上传时间：2025-04-11
!a 免费预览前3页　｜　下载本文档需18积分　｜　收藏
{BODY}
!a 预览到此为止，后续内容请下载后在电脑上查看
!a 下载到电脑　　发送到手机
!l 相关文档：服装门店陈列标准手册.pdf　｜　店长月度工作计划表.xlsx
!d 青缃文库文档均由会员上传，仅供学习研究之用，如有侵权请告知删除。
""",
        wrap=60,
        indent="\u3000\u3000",
        pages=dict(fmt="⥢{n}⥣", every=110, start=2, glue=True),
        body="""
为统一门店形象，提升裤装陈列效果，公司决定于2025年3月至4月对所辖31家门店的裤架陈列进行统一调整。现制定本方案。
一、调整目标
全部门店统一使用夹式裤架和S形多层裤架两种规格，取消木质单杆裤架；裤装按长裤、九分裤、短裤分区陈列，每区不少于12个挂位。
二、实施步骤
（一）3月15日前，各门店清点现有裤架数量，填写报损和需求清单，报营运部汇总。
（二）3月底前，采购部统一采购新裤架，按门店需求配送到位。
（三）4月10日前，各店长组织店员完成陈列调整，并拍照上传至门店工作群备查。
三、工作要求
各门店要指定专人负责，调整期间不得影响正常营业；旧裤架集中回收，不得随意丢弃。
淓阳县锦裳服饰有限公司营运部
2025年3月3日
""",
    ),
    dict(
        slug="docshare-shiye-pledge-rag-racks-h1-title",
        site="拾叶共享 (invented)",
        style="文档分享",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://www.shiyegx.com/d/3390215.html",
        title="关于厨房抹布分区挂放的倡议书",
        record_title=None,
        date="2025-05-20",
        notes="no title in the record (found in the <h1>); upload notice, points lock, service WeChat; relative "
        "time is no date; a like button glued after the last 。 of a list item; 分享 as content",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>拾叶共享 - 文档详情</title>
<link rel="stylesheet" href="/css/doc.css"></head><body>
<div class="top">⟦m 拾叶共享 · 好资料一起拾⟧ <a>⟦a 上传赚积分⟧</a> <a>⟦a 登录⟧</a></div>
<div class="crumb">⟦m 拾叶共享 ＞ 生活百科 ＞ 健康卫生⟧</div>
<div class="doc"><h1>{T}</h1>
<div class="meta">⟦m 分享者：鄛河小苗　　大小：21KB　　浏览 733 次　　6天前⟧</div>
<div class="notice">⟦d 本文档为网友自行分享，拾叶共享不拥有其版权，仅供交流，侵权请联系下架。⟧</div>
<div class="content">
{BODY}
</div>
<div class="lock">⟦a 完整文档需消耗 2 积分下载，当前积分不足⟧ <a>⟦a 去赚取积分⟧</a></div>
<div class="kf">⟦w 找不到想要的资料？添加客服微信 shiye_kefu88⟧</div>
</div>
<div class="side"><h4>⟦l 同类文档推荐⟧</h4><ul><li>⟦l 家庭厨房卫生小常识.docx⟧</li><li>⟦l 垃圾分类倡议书（社区版）.doc⟧</li></ul></div>
<footer>⟦m © 2025 拾叶共享 shiyegx.com　苏ICP备22061840号⟧</footer>
</body></html>
""",
        body="""
各位居民朋友：
厨房里的抹布天天用、天天湿，如果随手一搭，很容易滋生细菌。为了家人健康，我们向大家发出如下倡议：
一、一布一用。擦碗、擦灶台、擦桌子的抹布分开使用，最好用不同颜色区分。
二、分区挂放。在水槽边或通风处装一个抹布架，每块抹布单独挂开，不叠放、不揉成一团。
三、勤洗勤换。抹布每天用后洗净晾干，每周用开水烫煮一次，发黑发黏的及时更换。
四、互相提醒。欢迎大家把这份倡议分享给家人和邻居，一起养成好习惯。⟦a 赞同此文（126）⟧
岧溪县鄛河社区卫生服务站
2025年5月20日
""",
    ),
    dict(
        slug="docshare-wencunhui-request-canteen-board-racks-wps",
        site="文存汇 (invented)",
        style="文档分享",
        genre="请示",
        kind="request",
        form="text",
        source="https://www.wencunhui.cn/view/a7c30e41.html",
        title="关于为职工食堂购置不锈钢砧板架的请示",
        record_title="关于为职工食堂购置不锈钢砧板架的请示.wps",
        date="2025-02-24",
        notes="file-name title (.wps); 文号 line neutral; the request's own 联系人/电话 next to the site's service "
        "WeChat; update stamp no date",
        page="""
!m 文存汇 wencunhui.cn — 公文资料共享平台
!t 关于为职工食堂购置不锈钢砧板架的请示.wps
!m 文件类型：WPS文字　共2页　下载 58 次　更新于 2025-03-30
!d 温馨提示：本资料由文存汇用户上传，平台仅提供存储和展示服务，如有不妥请联系删除。
洊机服〔2025〕7号
{BODY}
!w 文存汇客服微信：wencun_hui（工作日9:00—18:00）
!a 下载本文档　　｜　　转存到我的文件夹
!l 您可能还需要：关于申请购置办公设备的请示.wps ｜ 食堂改造项目请示范文.doc
""",
        indent="\u3000\u3000",
        body="""
县财政局：
县机关职工食堂现有木质砧板架12个，已使用8年以上，普遍存在开裂、发霉现象，不符合食品安全检查要求。今年1月县市场监管局检查时，已责令我中心限期整改。
为保障职工就餐安全，我中心拟购置不锈钢砧板架15个，按生、熟、果蔬分色配置，预计需资金6750元。除中心公用经费可列支的部分外，恳请县财政局追加经费4000元。
妥否，请批示。
联系人：亓文静　　联系电话：0735-6218047
洊川县机关事务服务中心
2025年2月24日
""",
    ),
    dict(
        slug="app-bigeng-report-floor-supervisor-fitted-sheets",
        site="笔耕快写 (invented writing app, H5 share page)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="html",
        source="https://h5.bigengkx.com/share/article/88317?from=wechat",
        title="客房部领班2024年度述职报告",
        record_title="客房部领班2024年度述职报告（支持一键改写）· 笔耕快写",
        date="2025-01-15",
        notes="writing app H5 share: open-app bar and mask, a fold, AI buttons; an AI-rewrite button glued after "
        "a 。; 述职人 line and date under it",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>客房部领班2024年度述职报告（支持一键改写）· 笔耕快写</title>
<script>window.__SHARE__={id:88317,ch:"wx"}</script></head><body>
<div class="open-app-bar">⟦a 打开笔耕快写APP，海量范文随心改⟧ <a class="btn">⟦a 立即打开⟧</a></div>
<div class="art"><h1>{T}</h1>
<div class="info">⟦m 笔耕快写 · 述职报告频道 · 2.3万人看过⟧</div>
{BODY}
<div class="fold">⟦a 展开剩余42%⟧</div>
</div>
<div class="ai-box">⟦a ✦ 一键生成同类述职报告（限时免费3次）⟧</div>
<div class="rec"><p>⟦l 相关范文⟧</p><p>⟦l 酒店服务员个人年终总结⟧</p><p>⟦l 客房主管竞聘演讲稿⟧</p></div>
<div class="mask">⟦a 在APP内阅读全文，体验更流畅⟧</div>
<footer>⟦m 笔耕快写 bigengkx.com　沪ICP备23014472号-1⟧</footer>
</body></html>
""",
        body="""
各位领导、同事：
2024年，我担任客房部三楼领班，带领7名服务员负责86间客房的清扫和布草管理。现将一年来的工作述职如下。
一、抓铺床标准。针对床笠边角松脱、床面不平整的问题，我把铺床步骤编成“四角先套、对角拉紧、四边抚平”十二字口诀，每周抽查不少于20间，全年查房合格率达到98.6%。⟦a AI帮你改写这段⟧
二、抓布草节约。床笠、枕套与被套分开清点，发现破损及时报修，全年少报损床笠53条。
三、抓团队带教。带出新员工3名，其中1人在酒店铺床比赛中获得第二名。
不足之处是对客需求记录还不够细致。新的一年，我将继续努力，把每一间房收拾得让客人放心。
述职人：隗晓梅
2025年1月15日
""",
    ),
    dict(
        slug="app-gaolaile-host-script-quilt-donation",
        site="稿来了 (invented writing app)",
        style="范文APP",
        genre="主持词",
        kind="other",
        form="text",
        source="https://m.gaolaile.cn/zcc/60291",
        title="夏日送清凉·凉被进万家公益捐赠仪式主持词",
        record_title="主持稿丨夏日送清凉·凉被进万家公益捐赠仪式主持词（含仪式流程）｜稿来了",
        date=None,
        notes="writing app: channel line with a relative update time (no date), copy/export/AI row, a template "
        "button glued to the end of a line; host script without a date",
        page="""
!m 稿来了 · 三分钟出稿
!t 主持稿丨夏日送清凉·凉被进万家公益捐赠仪式主持词（含仪式流程）
!m 主持词频道　｜　5 天前更新　｜　9.6k 阅读
!a 一键复制　　导出文档　　AI续写
{BODY}
!a 下载稿来了APP，解锁全部1400篇主持词
!l 相关推荐：爱心捐赠仪式领导致辞｜慰问困难群众活动方案
!m 稿来了 gaolaile.cn
""",
        body="""
尊敬的各位领导、爱心企业代表，亲爱的居民朋友们：
大家上午好！入夏以来，气温一天比一天高。今天，我们相聚在这里，举行“夏日送清凉·凉被进万家”公益捐赠仪式，把一份清凉送到困难老人和留守儿童家中。
首先，请允许我介绍出席今天仪式的领导和嘉宾……（按实际名单介绍）⟦a ＋插入嘉宾名单模板⟧
下面进行第一项：请爱心企业代表介绍捐赠情况。本次共捐赠纯棉凉被600条。
进行第二项：请受助居民代表发言。
进行第三项：举行捐赠交接，请领导和爱心企业代表上台。
一条凉被，一份心意。捐赠仪式到此结束，谢谢大家！
""",
    ),
    dict(
        slug="download-laomao-rules-trouser-racks-gb2312",
        site="老猫资料站 (invented, old gb2312 download station)",
        style="资料下载站",
        genre="制度",
        kind="other",
        form="html",
        source="http://www.laomaozl.com/zhidu/mendian/6613.html",
        title="服装门店裤架使用管理规定",
        record_title="服装门店裤架使用管理规定【门店制度合集·三】- 老猫资料站",
        date=None,
        notes="gb2312 file-info table (update stamp, unzip password), three download links, dead-link report, "
        "floating ghost-writer ad; rules with 第N条 whose articles speak of 打印 and 扫描二维码; effective clause only",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>服装门店裤架使用管理规定【门店制度合集·三】- 老猫资料站</title>
<script language="javascript" src="/ad/float.js"></script></head><body>
<table width="980" align="center"><tr><td>⟦m 老猫资料站 www.laomaozl.com⟧</td><td align="right">⟦m 资料多　下得快　不注册⟧</td></tr></table>
<table width="980" align="center" bgcolor="#336699"><tr><td>⟦m 首页⟧　⟦m 规章制度⟧　⟦m 合同范本⟧　⟦m 表格下载⟧　⟦m 培训课件⟧</td></tr></table>
<table width="980" align="center"><tr><td>⟦m 当前位置：老猫资料站 → 规章制度 → 门店管理⟧</td></tr></table>
<table width="980" align="center" border="1" cellspacing="0">
<tr><td>⟦m 资料名称⟧</td><td>⟦t 服装门店裤架使用管理规定【门店制度合集·三】⟧</td></tr>
<tr><td>⟦m 资料大小：36 KB⟧</td><td>⟦m 资料格式：DOC⟧</td></tr>
<tr><td>⟦m 更新时间：2025-04-20⟧</td><td>⟦m 下载次数：1377⟧</td></tr>
<tr><td>⟦m 解压密码：laomaozl⟧</td><td>⟦m 适用软件：Word/WPS⟧</td></tr>
</table>
<div class="preview">
<p align="center">{T}</p>
{BODY}
</div>
<table align="center"><tr><td><a href="/d/6613/1">⟦a 电信下载一⟧</a></td><td><a href="/d/6613/2">⟦a 联通下载二⟧</a></td><td><a href="/d/6613/3">⟦a 备用镜像下载⟧</a></td></tr></table>
<p align="center"><a href="/report?id=6613">⟦a 下载地址失效？点这里报告老猫⟧</a></p>
<p>⟦l 同栏资料：门店陈列管理制度（样本）｜ 导购员岗位职责说明⟧</p>
<div id="float" style="position:fixed;right:0;bottom:60px">⟦w 门店制度代编 微信 laomao_zl 价格实惠⟧</div>
<table width="980" align="center"><tr><td>⟦d 老猫资料站资料均来自网络，版权归原作者，仅供学习交流，下载后请自行删除。⟧</td></tr><tr><td>⟦m 老猫资料站 2011-2025　赣ICP备11028471号⟧</td></tr></table>
</body></html>
""",
        p_html="<p>{}</p>",
        body="""
第一条　为规范门店裤架的使用和保管，延长裤架使用寿命，保持卖场整洁，制定本规定。
第二条　门店裤架由店长统一管理，每季度盘点一次，盘点表打印后由店长签字存档。
第三条　店员上架时应按裤长选用夹式或多层裤架，不得超出裤架标称承重挂放。
第四条　损坏的裤架应扫描裤架上的资产二维码登记报修，不得私自丢弃或带离门店。
第五条　顾客试穿后的裤装应在十分钟内重新上架，裤架挂钩统一朝向墙面。
第六条　本规定自2025年4月1日起施行。
""",
    ),
    dict(
        slug="download-baibao-procedure-rag-racks-decimal-docx",
        site="百宝资料屋 (invented)",
        style="资料下载站",
        genre="规程",
        kind="other",
        form="text",
        source="http://www.bbzlw.net/guicheng/canyin/2291.html",
        title="食堂抹布架清洗消毒操作规程",
        record_title="食堂抹布架清洗消毒操作规程.docx",
        date=None,
        notes="file-name title (.docx); decimal headings 1.1–3.1; a record sheet printed as content; "
        "an 'added' stamp is no date",
        page="""
!m 百宝资料屋 — 制度表格一站下
!m 位置：首页 / 制度规程 / 餐饮后厨
!t 食堂抹布架清洗消毒操作规程.docx
!m 大小：19KB ｜ 类型：docx ｜ 添加：2025-05-08 ｜ 人气：842
!a 【本地下载】　【高速下载】　【报告错误】
{BODY}
!a 以上为预览内容，完整排版请下载原文件查看
!l 同栏资料：食堂留样管理制度.docx　｜　餐具清洗消毒记录表.xls
!d 声明：本屋资料来源于网络收集，如侵犯了您的权益，请联系屋主处理。
!m 百宝资料屋 bbzlw.net
""",
        body="""
1　适用范围
1.1　本规程适用于学校食堂加工间、备餐间和洗消间的抹布架及其挂放抹布的清洗消毒。
2　操作要求
2.1　抹布按用途分为红、蓝、绿三色：红色擦拭生食操作台，蓝色擦拭熟食区，绿色擦拭餐桌和门窗。
2.2　抹布架每个挂钩只挂一块抹布，不同颜色分区挂放，相互间距不小于10厘米。
2.3　每餐结束后，抹布用洗涤剂清洗，再放入消毒柜或煮沸消毒15分钟，晾干后挂回抹布架。
2.4　抹布架每周拆洗一次，用含氯消毒液擦拭后再用清水冲净。
3　记录
3.1　当班人员应在消毒记录表上签名，记录表每月打印归档。
""",
    ),
]

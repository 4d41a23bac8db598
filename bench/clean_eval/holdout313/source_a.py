"""holdout313, part A: 范文 sites, 文库 previews, government and news portals, forums.

Invented text, sites, places and people; see ../README.md and ../build.py for the markup.
Every case written by hand.
"""

CASES = [
    dict(
        slug="miaobi-speech-cutlery-industry-gb2312",
        site="妙笔公文苑 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.miaobigwy.com/jhfy/jingji/2024/0506/31877.html",
        title="在全县不锈钢餐具产业提质发展推进会上的讲话",
        record_title="【发言稿精编】在全县不锈钢餐具产业提质发展推进会上的讲话（直接套改版）_妙笔公文苑",
        date="2024-04-17",
        date_also=["2024-05-06"],
        notes="old table layout with marquee, font row, floating QQ box and counter; date under the speech title, "
        "the page's posting date also accepted; speaker line neutral; ghost-writer prompt glued after a 。",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【发言稿精编】在全县不锈钢餐具产业提质发展推进会上的讲话（直接套改版）_妙笔公文苑</title>
<script language="javascript" src="/inc/count.js"></script>
<style>td{font-size:12px;line-height:20px}</style>
</head><body bgcolor="#f4f0e6">
<table width="960" align="center" cellpadding="0"><tr>
<td width="300"><img src="/images/mb_logo.gif" alt=""></td>
<td>⟦m 妙笔公文苑 · 替机关笔杆子攒好每一篇⟧</td>
<td align="right">⟦a <a href="#">设苑为主页</a> | <a href="#">把妙笔加进收藏</a>⟧</td>
</tr></table>
<table width="960" align="center"><tr><td><marquee scrollamount="2">⟦d 苑内范文只作起草参考，原样上交引发的后果由使用者自负⟧</marquee></td></tr></table>
<table width="960" align="center" bgcolor="#8b1a1a"><tr>
<td><a href="/">⟦m 苑首⟧</a></td><td><a href="/jhfy/">⟦m 讲话发言⟧</a></td><td><a href="/zj/">⟦m 总结汇报⟧</a></td><td><a href="/gw/">⟦m 公文格式⟧</a></td>
</tr></table>
<table width="960" align="center"><tr><td valign="top" width="700">
<div>⟦m 所在位置：妙笔公文苑 ＞ 讲话发言 ＞ 经济工作讲话 ＞ 阅读⟧</div>
<h2>{T}</h2>
<div>⟦m 整理：墨池　日期：2024-05-06　浏览：1863 次⟧</div>
<div>⟦a 【阅读字体：特大　偏大　常规　偏小】⟧ <a href="javascript:window.print()">⟦a 打印此篇⟧</a></div>
<p align="center">（2024年4月17日）</p>
<p align="center">县人民政府副县长　郁文涛</p>
{BODY}
<p>⟦a 本篇另有Word版，积分满20可下载⟧</p>
<p>⟦l 上篇：在全县陶瓷产业转型升级座谈会上的发言⟧<br>⟦l 下篇：副县长在二季度经济运行分析会上的讲话提纲⟧</p>
</td><td valign="top" width="260">
<table><tr><td>⟦l 本月笔友都在看⟧</td></tr>
<tr><td><a href="/a/1">⟦l 在全县特色产业集群发展大会上的讲话⟧</a></td></tr>
<tr><td><a href="/a/2">⟦l 工业园区企业家恳谈会主持稿⟧</a></td></tr>
<tr><td><a href="/a/3">⟦l 乡镇长在招商推介会上的致辞⟧</a></td></tr></table>
</td></tr></table>
<div id="qqfloat" style="position:fixed;right:0;top:200px">⟦w 笔杆子急稿代拟 QQ 3305178842⟧</div>
<table width="960" align="center"><tr><td align="center">
⟦m 您是妙笔公文苑第 0872365 位到访者⟧<br>
⟦m Copyright 2009-2024 miaobigwy.com 妙笔公文苑　湘ICP备09081733号⟧
</td></tr></table>
</body></html>
""",
        body="""
同志们：
今天，我们在铿口镇召开全县不锈钢餐具产业提质发展推进会，主要任务是分析刀叉产业面临的形势，部署下一阶段的提质工作。
铿口镇生产刀叉已有四十多年历史，全镇现有餐具企业86家，去年产值19.4亿元，西餐刀叉出口量占全省同类产品的三成。⟦w 材料写不顺？妙笔代拟一对一，QQ同号⟧
但也要清醒看到，我们的产品大多贴牌代工，抛光、开刃等关键工序仍靠手工，一把餐刀的利润只有几分钱。
下面我讲三点意见。一要抓质量，年内所有企业都要完成刀叉镍含量和耐腐蚀自检；二要创品牌，县里对获评省级品牌的企业给予一次性奖励；三要促转型，推动抛光车间集中入园，解决粉尘扰民问题。
同志们，小刀叉连着大民生。希望大家鼓足干劲，把铿口刀叉的牌子擦得更亮！
""",
    ),
    dict(
        slug="bigenglu-summary-mop-bucket-station",
        site="笔耕录范文 (invented)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.bigenglu.net/zongjie/banzu/52190.html",
        title="县客运站保洁班2023年度工作总结",
        record_title="县客运站保洁班2023年度工作总结（范文精选·可套用）-笔耕录",
        date="2024-01-09",
        date_also=["2024-02-21"],
        notes="decorated record title; 成文日期 under the signature, the page's 收录 date also accepted; "
        "a writing-service prompt glued after a 。 and a members line between paragraphs",
        page="""
!m 笔耕录范文 · 一天一篇好材料
!m 您在这里：笔耕录 / 工作总结 / 班组总结
!t 县客运站保洁班2023年度工作总结（范文精选·可套用）
!m 收录于 2024-02-21　|　人气 3,106　|　编辑：小耕
!a 全文复制　｜　另存为Word　｜　转给同事
{BODY}
!a 喜欢这篇？点个星标，下次写总结不迷路
!l 同类范文：
!l 物业保洁部年度工作总结（附数据表）
!l 医院后勤保洁组述职材料
!l 高铁站环境卫生工作汇报
!d 笔耕录收录的范文来自网友投稿与公开资料，仅供交流学习，版权争议请发邮件至 banquan@bigenglu.net
!m © 2015-2024 笔耕录 bigenglu.net　赣ICP备15027716号
""",
        indent="\u3000\u3000",
        body="""
2023年，站保洁班共有保洁员14名，负责候车大厅、售票厅、公共卫生间和站前广场的日常保洁。一年来，全班围绕“地面无水渍、角落无积尘”的目标，较好完成了春运、暑运和节假日保洁任务。
一是拖把桶分区使用。我们给候车厅、卫生间、母婴室分别配备红、黄、绿三色拖把桶，桶身贴上区域标签，做到一区一桶、不混用，旅客投诉卫生间异味的次数比上年减少了七成。⟦w 单位总结要定制？笔耕录写手在线，微信 bglxz2015⟧
二是更新挤水设备。年初将旧式单桶全部换成带压水器的双桶拖把车，拖地后地面干得更快，雨天大厅滑倒事件由上年的5起降为零。
⟦a 以下内容仅对笔耕录会员开放，开通后可看完整范文⟧
三是加强班组管理。实行每日交接班检查，拖把和拖把桶收班后统一清洗、倒置晾干，全年耗材支出控制在预算以内。
存在的不足是夜班人手紧张，个别时段清扫不及时。新的一年，我们将合理排班，继续把站内环境卫生做细做实。
县客运站保洁班
2024年1月9日
""",
    ),
    dict(
        slug="moye-wenku-survey-compression-bags-markers",
        site="墨页文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.moyewenku.com/doc/7f3a2c91e0.html",
        title="关于城区家庭使用真空压缩袋情况的调研报告",
        record_title="【调研报告·精品】关于城区家庭使用真空压缩袋情况的调研报告 - 墨页文库",
        date="2024-06-28",
        notes="文库 reader cut by ⁋ n ⁋ marker paragraphs; survey table one row a paragraph; "
        "viewer toolbar, monthly-card lock and coin box; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>【调研报告·精品】关于城区家庭使用真空压缩袋情况的调研报告 - 墨页文库</title>
<meta name="description" content="墨页文库提供关于城区家庭使用真空压缩袋情况的调研报告在线阅读">
<link rel="stylesheet" href="/static/reader.css">
<script>window.__DOC__={id:"7f3a2c91e0",pages:5,free:3};</script>
</head><body>
<header class="top"><a class="logo" href="/">⟦m 墨页文库⟧</a>
<nav><a href="/">⟦m 首页⟧</a> <a href="/c/baogao">⟦m 报告⟧</a> <a href="/c/fanwen">⟦m 范文⟧</a> <a href="/c/jiaoan">⟦m 教案⟧</a></nav>
<a class="vip" href="/vip">⟦a 月卡9.9元 畅读五千万文档⟧</a> <a href="/login">⟦a 登录墨页⟧</a></header>
<div class="crumb">⟦m 墨页文库 › 报告 › 调研报告 › 消费调查⟧</div>
<div class="doc-head"><h1>{T}</h1>
<p class="meta">⟦m 上传者：消保志愿者阿澄　　5页　　浏览 2.3万　　墨页评分 4.6⟧</p>
<div class="toolbar">⟦a 放大 缩小 适合宽度 全屏阅读⟧</div></div>
<div class="reader">
{BODY}
</div>
<div class="lock">⟦a 试看已到第3页，开通月卡或支付12墨币读完全文⟧<button>⟦a 马上开通⟧</button></div>
<aside class="rel"><h4>⟦l 读了这篇的人还读了⟧</h4><ul>
<li>⟦l 家用收纳用品质量状况调查分析⟧</li>
<li>⟦l 网购家居小商品投诉情况调研⟧</li></ul></aside>
<footer>⟦d 墨页文库文档均由用户上传，本站不对其准确性负责；侵权文档请提交权属证明，核实后下架⟧<br>⟦m 沪ICP备21044860号-3　墨页（上海）信息技术有限公司⟧</footer>
</body></html>
""",
        p_html='<p class="pg-txt">{}</p>',
        pages=dict(fmt="⁋ {n} ⁋", every=150, start=2),
        body="""
今年5月，市消费者协会组织志愿者在彗湖区三个社区发放问卷，了解家庭使用真空压缩袋收纳被褥、衣物的情况，共回收有效问卷412份。现将调研情况报告如下。
一、使用情况。受访家庭中有318户使用压缩袋，占77.2%，主要用于换季收纳棉被和羽绒服。
问题类型　反映户数　占比
三天内回气　126　39.6%
封口条开裂　74　23.3%
抽气阀脱落　41　12.9%
二、主要问题。一是部分产品标称“一年不回气”，实际几天就鼓起来；二是羽绒制品长期压缩后蓬松度明显下降，商家页面很少提示；三是袋体气味较大，个别产品未标注材质。
三、建议。请市场监管部门把压缩袋列入下半年日用品抽查目录；提醒消费者羽绒制品压缩不宜超过三个月，收纳前要晾干。
婷州市消费者协会
2024年6月28日
""",
    ),
    dict(
        slug="moye-wenku-plan-thermos-stoppers-wrapped-markers",
        site="墨页文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.moyewenku.com/doc/2b9e40d7a1.html",
        title="焱溪县第二中学学生宿舍暖水瓶及瓶塞更换工作方案",
        record_title="焱溪县第二中学学生宿舍暖水瓶及瓶塞更换工作方案.pdf",
        date="2023-10-12",
        notes="file-name record title; text hard-wrapped at 62 columns and cut by ⍯n⍯ glued to the continuation line; "
        "成文日期 under the signature",
        page="""
!m 墨页文库　moyewenku.com
!t 焱溪县第二中学学生宿舍暖水瓶及瓶塞更换工作方案.pdf
!m 格式：PDF　｜　4页　｜　上传于 2 天前
!a 本文档可试看前2页，完整阅读请下载
{BODY}
!a ——试看结束——　花8墨币下载原文
!l 相关文档：宿舍用电安全检查方案.pdf　｜　学校开水房管理制度.doc
!d 文档内容由上传者提供，墨页文库仅提供存储与展示，不承担内容审核义务
""",
        indent="\u3000\u3000",
        wrap=62,
        pages=dict(fmt="⍯{n}⍯", every=110, start=2, glue=True),
        body="""
为消除学生宿舍暖水瓶破损、瓶塞老化带来的烫伤隐患，经学校行政会研究，决定在全校住宿生中开展暖水瓶及瓶塞更换工作，特制定本方案。
一、工作目标。11月底前，全校36间男生宿舍、32间女生宿舍的旧暖水瓶全部检查一遍，瓶胆破损的整只更换，瓶塞开裂、变形、塞不严的统一换成食品级硅胶瓶塞。
二、工作步骤。（一）摸底登记，10月20日前由各班生活委员逐只登记；（二）集中更换，10月底由后勤处统一采购，按登记表发放到宿舍；（三）回收处理，旧软木塞和破瓶胆由宿管员集中收回，不得随意丢弃在楼道。
三、工作要求。班主任要利用班会讲清暖水瓶倒水、放置的注意事项，宿管员每周抽查一次瓶塞是否塞严，发现问题当天更换。
焱溪县第二中学
2023年10月12日
""",
    ),
    dict(
        slug="yichuan-portal-notice-toilet-mop-buckets",
        site="奕川县人民政府门户网站 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.yichuan.gov.cn/zwgk/bmwj/cgj/202403/t20240308_441927.html",
        title="关于规范城区公厕保洁工具配置和管理的通知",
        record_title="关于规范城区公厕保洁工具配置和管理的通知 - 城管动态 · 奕川县人民政府门户网站",
        date="2024-03-06",
        date_also=["2024-03-08"],
        notes="county portal: 索引号 table with the 文号 cell unmarked (neutral), 附件 list, 抄送 and 印发 lines, "
        "the document's contact beside the portal's 纠错 and service lines; a 下载附件 sentence stays",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>关于规范城区公厕保洁工具配置和管理的通知 - 城管动态 · 奕川县人民政府门户网站</title>
<script src="/js/jquery.min.js"></script><script src="/js/zoom.js"></script>
</head><body>
<div class="topbar"><span>⟦m 今天是：2024年3月8日 星期五⟧</span>
<a href="#">⟦a 老年人浏览模式⟧</a> <a href="#">⟦a 盲人读屏⟧</a> <a href="#">⟦a 手机版⟧</a></div>
<div class="banner"><img src="/images/banner.jpg" alt="">⟦m 奕川县人民政府⟧</div>
<ul class="menu"><li>⟦m 首页⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政务服务⟧</li><li>⟦m 互动交流⟧</li><li>⟦m 走进奕川⟧</li></ul>
<div class="pos">⟦m 您所在的位置：首页 &gt;&gt; 政务公开 &gt;&gt; 部门文件 &gt;&gt; 县城市管理局⟧</div>
<table class="xxgk">
<tr><td>⟦m 索　引　号：11433021MB1C47290T/2024-00593⟧</td><td>⟦m 主题分类：城乡建设、环境保护⟧</td></tr>
<tr><td>⟦m 发文机关：奕川县城市管理局⟧</td><td>⟦m 成文日期：2024-03-06⟧</td></tr>
<tr><td>发文字号：奕城管〔2024〕17号</td><td>⟦m 上网日期：2024-03-08⟧</td></tr>
</table>
<div class="art"><h1>{T}</h1>
<div class="tool">⟦a 字号：［大］［中］［小］⟧ ⟦a 【打印本文】⟧ ⟦a 【关掉此页】⟧</div>
<p class="num">奕城管〔2024〕17号</p>
{BODY}
<div class="attach">⟦a 附件下载：城区公厕保洁工具配置标准.xlsx（18KB）⟧</div>
</div>
<div class="share">⟦l 转到：微信　微博　QQ空间⟧</div>
<div class="foot">
<p>⟦m 主办：奕川县人民政府办公室　承办：奕川县大数据中心⟧</p>
<p>⟦m 网站纠错：0736-5520000　政务服务热线：12345⟧</p>
<p>⟦m 湘ICP备05017420号　湘公网安备43072302000158号　网站标识码4307230001⟧</p>
</div>
<script>document.write('<img src="/stat?id=441927">');</script>
</body></html>
""",
        body="""
各街道办事处，县环卫所：
为改善城区公厕环境，防止保洁工具交叉污染，现就公厕保洁工具配置和管理有关事项通知如下。
一、每座公厕按男厕、女厕、第三卫生间分别配备拖把和拖把桶，桶身用红、蓝、黄三色区分，不得混用。
二、拖把桶每日收班后清洗消毒并倒扣晾干，消毒液配比按附件2执行；桶身开裂、把手脱落的要及时报损更换。
三、各街道于3月25日前完成自查，填写配置情况表报县环卫所。请各街道下载附件，按表格格式填报。
附件：1.城区公厕保洁工具配置标准
2.保洁工具清洗消毒操作要点
3.公厕保洁工具配置情况表
联系人：季小满，电话：0736-5521046。
奕川县城市管理局
2024年3月6日
抄送：县住房和城乡建设局，县卫生健康局。
奕川县城市管理局办公室　　2024年3月6日印发
""",
    ),
    dict(
        slug="tingzhou-amr-bulletin-compression-bag-spotcheck",
        site="婷州市市场监督管理局 (invented)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="text",
        source="http://amr.tingzhou.gov.cn/zljd/ccgg/202408/t20240820_118204.html",
        title="关于2024年真空压缩袋产品质量监督抽查情况的通报",
        record_title="关于2024年真空压缩袋产品质量监督抽查情况的通报-质量抽查-婷州市市场监管局",
        date="2024-08-19",
        date_also=["2024-08-20"],
        notes="a spot-check 通报 with its table (cells apart by ideographic spaces); document number neutral; "
        "成文日期 under the signature, the portal's date also accepted; breadcrumb, tools and footer chrome",
        page="""
!m 婷州市市场监督管理局
!m 首页 » 监督检查 » 质量抽查 » 抽查通告
!t 关于2024年真空压缩袋产品质量监督抽查情况的通报
!m 信息来源：质量监督科　　公开时间：2024-08-20 10:12　　点击量：689
!a 【字体：大 中 小】【打印此页】【关闭】
婷市监质〔2024〕41号
{BODY}
!l 上一条：关于2024年儿童口罩产品质量监督抽查情况的通报
!l 下一条：关于开展电动自行车充电器专项检查的通知
!m 主办单位：婷州市市场监督管理局　地址：婷州市媛湾大道88号　投诉举报：12315
!m 网站标识码：4312000045　湘ICP备12004381号-1
""",
        body="""
各县（区）市场监督管理局：
今年6月至7月，市局组织对全市生产、销售的真空压缩袋开展了产品质量监督抽查，共抽查28家企业和商户的40批次产品，合格34批次，不合格6批次，批次合格率85.0%。
不合格项目主要是气密性和封口强度，部分产品抽气后24小时内体积回弹超过标准要求。不合格产品如下：
标称生产企业　产品名称　不合格项目
锵岭县佳纳塑料制品厂　加厚真空压缩袋　气密性
婷州市巧收家居用品店　手卷式压缩袋　封口强度
彗湖区美捷日用品商行　电泵款压缩收纳袋　气密性、标志
请各地按照有关规定，对不合格产品的生产者、销售者依法处理，责令停止销售，并于9月20日前将处理情况报市局质量监督科。
婷州市市场监督管理局
2024年8月19日
""",
    ),
    dict(
        slug="yanxi-news-titanium-cutlery-export",
        site="焱溪新闻网 (invented, county news portal)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.yanxinews.cn/xyjj/2024-09/12/content_90417.html",
        title="铿口镇餐具企业首批钛合金刀叉发往欧洲",
        record_title="铿口镇餐具企业首批钛合金刀叉发往欧洲｜焱溪发布·产业",
        date="2024-09-12",
        notes="county news page: an app prompt glued before the lead, photo captions between paragraphs, "
        "an editor line glued after the last paragraph; 发布时间 byline as the page's date",
        page="""
<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>铿口镇餐具企业首批钛合金刀叉发往欧洲｜焱溪发布·产业</title>
<script async src="/ad/slot.js"></script>
</head><body>
<header><div class="logo">⟦m 焱溪新闻网⟧</div><div class="slogan">⟦m 县里的事 一网知晓⟧</div>
<nav>⟦m 时政⟧ ⟦m 县域经济⟧ ⟦m 民生⟧ ⟦m 视听⟧ ⟦m 镇街⟧</nav></header>
<main><article>
<h1>{T}</h1>
<div class="byline">⟦m 发布时间：2024-09-12 17:46　来源：焱溪发布　记者 卢采薇 通讯员 马正阳⟧</div>
<div class="listen">⟦a ▶ 听新闻⟧</div>
{BODY}
<div class="ad-slot">⟦d 广告⟧</div>
</article>
<aside><h3>⟦l 焱溪·24小时⟧</h3><ol>
<li>⟦l 县城东环线将于本月底全线通车⟧</li>
<li>⟦l 姣田镇晚稻开镰 预计亩产千斤⟧</li>
<li>⟦l 焱溪县新增两所公办幼儿园⟧</li></ol></aside></main>
<footer><p>⟦d 未经焱溪新闻网书面授权，不得转载、摘编本网原创稿件⟧</p>
<p>⟦m 焱溪县融媒体中心主办　新闻热线：0734-8812110　湘ICP备17020051号⟧</p></footer>
</body></html>
""",
        body="""
⟦a 下载“掌上焱溪”，看更多家门口新闻⟧9月11日，一辆满载钛合金刀叉的集装箱货车从铿口镇驶出，这批货物将经港口发往荷兰和比利时，是全县餐具企业首次批量出口钛合金刀叉。
⟦m 图为工人在车间打磨钛合金餐刀。卢采薇 摄⟧
承接这批订单的是铿口镇恒锵餐具有限公司。公司负责人说，钛合金刀叉比普通不锈钢刀叉轻三分之一，不易生锈，适合户外露营，但材料硬、加工难，企业去年专门引进了两条数控抛光线。
⟦m 图为即将装箱的刀叉礼盒。马正阳 摄⟧
据了解，铿口镇现有餐具企业86家，今年以来已有11家企业开发出钛合金、陶瓷柄等新品，前8个月全镇刀叉出口额同比增长23%。⟦m （编辑：温絮　审核：龚浩）⟧
""",
    ),
    dict(
        slug="yinyang-news-stopper-repair-stall-no-title",
        site="胤阳新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.yinyangxw.com/shequ/20231125/40881.shtml",
        title="嫦乐社区“修补摊”为居民换瓶塞补锅盖",
        record_title=None,
        date="2023-11-25",
        notes="no title in the record: the title line on the page; byline time as the page's date; "
        "a photo caption between paragraphs and a share bar glued after the last 。",
        page="""
!m 胤阳新闻网　|　社区频道
!m 胤阳新闻网 > 社区 > 正文
{T}
!m 2023-11-25 09:03　来源：胤阳日报　作者：韦小棠
!a A+ A-　　分享到朋友圈
{BODY}
!l 【相关新闻】
!l 胤阳城区新增三处便民维修点
!l 志愿者上门为独居老人修理家电
!m 胤阳新闻网版权所有　新闻热线：0745-2603311
""",
        body="""
11月24日上午，嫦乐社区服务中心门口的“修补摊”前排起了长队。居民们有的拎着暖水瓶，有的抱着锅盖，等着志愿者帮忙修理。
“这个暖瓶塞用了好几年，木头都裂了，倒水老是漏。”退休教师邝阿姨递上暖水瓶，志愿者量了量瓶口，从工具箱里挑出一个合适的硅胶塞，一压就严丝合缝。
!m 图：志愿者为居民更换暖瓶塞　韦小棠　摄
据介绍，“修补摊”由社区退休工人组成，每月最后一个周五摆摊，换瓶塞、补锅盖、修雨伞都不收手工费，只收少量材料费。今年以来，他们已经换出瓶塞三百多个。⟦l 分享：微信 ｜ 微博 ｜ 复制链接⟧
""",
    ),
    dict(
        slug="qiaojia-bbs-compression-bag-leak-jammer",
        site="巧家生活论坛 (invented, Discuz-like)",
        style="论坛",
        genre="论坛帖子",
        kind="other",
        form="html",
        source="https://bbs.qiaojia365.com/thread-208814-1-1.html",
        title="压缩袋抽完真空第二天就鼓起来了，是漏气还是阀坏了？",
        record_title="〔收纳求助〕压缩袋抽完真空第二天就鼓起来了，是漏气还是阀坏了？（已附图）- 收纳整理 - 巧家生活论坛",
        date=None,
        notes="Discuz-like thread with jammer fonts inside the post, rating row, signature and replies; "
        "post time relative (no date)",
        page="""
<html><head><meta charset="gbk">
<title>〔收纳求助〕压缩袋抽完真空第二天就鼓起来了，是漏气还是阀坏了？（已附图）- 收纳整理 - 巧家生活论坛</title>
<style>.jammer{font-size:0;color:#fff}</style>
</head><body>
<div id="toptb">⟦a 登录 | 注册巧家号 | 忘记密码⟧</div>
<div id="hd"><a href="/">⟦m 巧家生活论坛⟧</a> ⟦m 会过日子的人都在这⟧</div>
<div id="pt">⟦m 巧家生活论坛 › 家居版块 › 收纳整理 › 查看帖子⟧</div>
<div class="pls"><div>⟦m 柚子不酸⟧</div><div>⟦m 帖子 58 | 巧币 640 | 注册时间 2021-4-2⟧</div></div>
<div class="plc">
<h1>{T}</h1>
<div class="authi">⟦m 楼主 发表于 3 天前 | 只看该作者 | 倒序看帖⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="rate">⟦a 参与评分 2 　 巧币 +6 　 收起理由：经验分享，有用⟧</div>
<div class="sign">⟦m ——收纳不是买盒子，是学会断舍离——⟧</div>
<div class="po">⟦a 回复 引用 举报 分享⟧</div>
</div>
<div class="reply"><p>⟦l 沙发 阿木木：换一个带双层封条的试试，我家那个用了两年都没回气⟧</p>
<p>⟦l 板凳 小满妈：羽绒服别压太狠，会压坏绒⟧</p></div>
<div id="fastpost">⟦a 发表回复前请先登录巧家账号⟧</div>
<div id="ft">⟦m 巧家生活论坛 (浙ICP备19033126号-2) | 手机版 | 联系站务⟧</div>
</body></html>
""",
        p_html="{}<br>",
        junk=dict(lines=1, glued=2),
        body="""
上周换季，我把两床棉被和几件羽绒服装进真空压缩袋，用吸尘器抽得扁扁的，码在衣柜顶上。结果第二天一看，有两个袋子又鼓起来一半，摸上去软塌塌的。
我检查了一下，封口条是按说明用小夹子来回划了三遍的，抽气阀的盖子也拧紧了。把袋子压进水盆里看，阀门那一圈冒小气泡。
想请教一下：是阀门本身坏了，还是我拧盖子的方法不对？有没有办法补救，还是只能换新袋子？
另外听说羽绒服压缩时间长了会不蓬松，一般压几个月比较合适？先谢谢各位了。
""",
    ),
    dict(
        slug="cangzhuo-bbs-old-factory-cutlery-junk",
        site="藏拙收藏论坛 (invented)",
        style="论坛",
        genre="论坛帖子",
        kind="other",
        form="text",
        source="http://www.cangzhuo-sc.net/bbs/viewthread.php?tid=77312",
        title="晒晒我收的几套老厂刀叉",
        record_title="[老物件晒单] 晒晒我收的几套老厂刀叉（多图，流量党慎点）- 老物件 - 藏拙收藏论坛",
        date=None,
        notes="forum thread as text: anti-scraping junk as a line and glued after 。; post time relative; replies below",
        page="""
!m 藏拙收藏论坛 » 老物件 » 帖子正文
!t [老物件晒单] 晒晒我收的几套老厂刀叉（多图，流量党慎点）
!m 作者：锵锵老客　　发表于 5 天前　　查看：1408　回复：22
!m 本帖由 锵锵老客 于 4 天前 修改过
{BODY}
!a 顶 ↑　　踩 ↓　　收进我的藏宝阁
!l 2#　老邮差：铿口厂的那套我也有，当年供销社卖两块四
!l 3#　檀木匣子：饭店款的叉子齿特别长，现在很少见了
!a 登录藏拙才能跟帖交流
!m Powered by 藏拙社区程序 v3.2　　页面执行0.041秒
""",
        junk=dict(lines=1, glued=2),
        body="""
在论坛潜水多年，今天也来晒晒这些年收的老刀叉，都是七八十年代国营餐具厂的货。
第一套是铿口不锈钢制品厂出的西餐刀叉，六刀六叉装在硬纸盒里，盒面印着“出口转内销”几个字，刀柄上还刻着厂标，是我在旧货市场花三十块淘来的。
第二套是当年一家饭店用的，叉子四个齿很长，背面有“公用”两个钢印字，据卖家说是饭店拆迁时流出来的。
第三套最普通，铝合金的，一把刀一把叉配一个小勺，是我小时候家里真正用过的，搬了三次家都没舍得扔。
这些刀叉不值什么钱，但每一把都能让人想起那个年代。欢迎大家也来晒晒自己的藏品。
""",
    ),
]

"""holdout118, part A: 范文站, 文库预览, 政府门户, 新闻门户, 论坛, 博客. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="fanwen-yunjian-ladder-safety-html-table",
        site="云笺范文库 (invented)",
        style="范文站",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.yunjian-fw.cn/Article/tongzhi/2025/0611/3372.asp",
        title="关于开展梯子及登高作业器具安全排查的通知",
        record_title="关于开展梯子及登高作业器具安全排查的通知(精选)_云笺范文库",
        date="2025-06-09",
        notes="old gb2312 table layout with marquee and counter; 成文日期 under signature; site hotline beside the notice's own contact",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>关于开展梯子及登高作业器具安全排查的通知(精选)_云笺范文库</title>
<script>var hits=0;document.write('');</script></head>
<body><table width="960" border="0" align="center"><tr><td><img src="/img/logo.gif"> ⟦m 云笺范文库 · 笔下有路⟧</td><td>⟦a 设为首页⟧ | ⟦a 加入收藏⟧</td></tr>
<tr><td colspan="2"><marquee scrolldelay="120">⟦m 热烈庆祝云笺范文库收录公文满十万篇！⟧</marquee></td></tr>
<tr><td colspan="2">⟦m 当前所在：云笺首页 &gt;&gt; 通知公告 &gt;&gt; 安全生产类⟧</td></tr>
<tr><td width="700" valign="top">
<h1>{T}</h1>
<div class="info">⟦m 录入：晓岚　点击数：<span id="hits">883</span>　更新时间：2025-6-11⟧</div>
{BODY}
<div>⟦w 写不出来？找云笺代笔：QQ 2873306511（工作日9:00-21:00）⟧</div>
<div>⟦l 上一篇文章：仓储物流企业叉车季度检查通知⟧<br>⟦l 下一篇文章：关于做好高温季节户外作业防护的通知⟧</div>
</td><td width="250" valign="top" class="side">
<b>⟦l 本类热门⟧</b>
<ul><li>⟦l 安全生产月活动方案（通用5篇）⟧</li><li>⟦l 车间班组安全例会记录⟧</li><li>⟦l 有限空间作业审批表填写说明⟧</li></ul>
</td></tr>
<tr><td colspan="2" align="center">⟦d 本站文档均为网友发布或整理，仅供参考学习，转载请注明出处。⟧<br>⟦m 云笺范文库 版权所有 © 2009-2025　客服热线：400-806-3152　苏ICP备09031177号⟧<br>⟦m 您是第 1290388 位访客⟧</td></tr>
</table></body></html>
""",
        body="""
各车间、各部门：
近期，省内同行业连续发生两起因人字梯损坏导致的坠落事故。为吸取教训，防止同类事故在我公司发生，经研究，决定自6月10日起在全公司开展梯子及登高作业器具安全排查。现将有关事项通知如下。
一、排查范围：各车间、仓库、配电室及后勤部门使用的直梯、人字梯、伸缩梯、移动式登高平台和安全带。
二、排查内容：梯脚防滑垫是否齐全，铰链、撑杆和锁扣是否完好，梯身有无开裂变形，合格标签和定期检查记录是否齐全。
三、工作要求：各部门于6月20日前完成自查，将《登高器具台账》报安全环保部；发现不合格器具立即停用、挂牌，不得修补后继续使用。
联系人：安全环保部　邵明远，电话：0512-63318204。
苕川精工机械有限公司
2025年6月9日
""",
    ),
    dict(
        slug="fanwen-bixin-eclipse-speech-text",
        site="笔心文档网 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.bixinwd.com/jianghua/huodong/58821.html",
        title="在全市青少年日食观测科普活动启动仪式上的致辞",
        record_title="【可编辑】在全市青少年日食观测科普活动启动仪式上的致辞（通用范本）",
        date="2025-03-27",
        notes="date under the speech title; speaker line neutral; glued 'copy' action after a sentence; writing prompt between paragraphs",
        page="""
!m 笔心文档网｜材料写作好帮手
!m 首页 / 讲话致辞 / 活动致辞
!t 【可编辑】在全市青少年日食观测科普活动启动仪式上的致辞（通用范本）
!m 分类：活动致辞　更新：3天前　浏览 4,120
{T}
市科学技术协会副主席　温若澜
（2025年3月27日）
{BODY}
!a ▼ 下载本文Word版（需积分8）
!l 你可能还想看：
!l ◇ 天文馆开馆仪式主持词
!l ◇ 科普周启动仪式领导讲话
!d 内容来源于网络，版权归作者所有；如有侵权，联系我们即刻删除。
!m © bixinwd.com 笔心文档网　鄂ICP备20045518号
""",
        indent="\u3000\u3000",
        body="""
各位同学、老师们，朋友们：
大家上午好！再过两天，我市将迎来一次日偏食，这是近十年来在本地能够观测到食分最大的一次。市科协联合市教育局、蓠水天文爱好者协会举办这次青少年日食观测科普活动，就是希望同学们亲眼看一看天空中的“缺口”，从而爱上科学。⟦a 【复制本段】⟧
我想提醒大家三件事。第一，观测安全永远放在第一位，千万不能用肉眼或普通墨镜直视太阳，一定要使用合格的巡天镜或者滤光片。第二，要学会记录，把初亏、食甚、复圆的时刻和天气情况写进观测日志。第三，要学会分享，活动结束后，欢迎大家把观测照片和日志上传到学校科技社团的公众号，和更多同学交流。
⟦w 材料来不及写？笔心写手团一对一代写，微信 bixin_xie88⟧
全市共设12个观测点，每个观测点都有辅导老师和天文志愿者值守。希望同学们听从指挥，有序观测。
最后，预祝本次活动圆满成功！谢谢大家。
""",
    ),
    dict(
        slug="wenku-duyue-quince-plan-wedge-markers",
        site="读阅文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://wenku.duyue.net/view/8f31c0d2a7.html",
        title="芷原县宣木瓜产业提质增效三年行动方案",
        record_title="芷原县宣木瓜产业提质增效三年行动方案.pdf",
        date="2024-08-16",
        notes="file-name record title; page markers ⸨n⸩ cut sentences; preview-end prompt; 成文日期 in Chinese numerals",
        page="""
!m 读阅文库 — 让知识流动起来
!t 芷原县宣木瓜产业提质增效三年行动方案.pdf
!m 上传者：z***8　页数：6页　大小：412KB　上传于 2024-09-02
!a 全屏阅读　｜　下载本文档（4下载券）　｜　收藏
{BODY}
!a 试读结束，剩余3页请下载后继续阅读
!a 立即下载　　加入VIP免费下载
!d 本文档为用户上传，读阅文库不对其真实性负责；若侵犯了您的权益，请点击“投诉”。
!l 相关文档：宣木瓜栽培技术规程 ｜ 特色林果产业发展规划 ｜ 农产品区域公用品牌建设方案
""",
        pages=dict(fmt="⸨{n}⸩", every=150, start=2, glue=False),
        body="""
为加快宣木瓜产业转型升级，推动特色林果产业高质量发展，结合我县实际，制定本方案。
一、总体目标
到2026年底，全县宣木瓜标准化种植面积达到3.2万亩，建成良种繁育基地2个，培育年产值超亿元的加工企业3家，宣木瓜综合产值突破12亿元。
二、重点任务
（一）改造低产果园。对树龄老化、品种混杂的果园开展高接换种，每年改造不少于3000亩。
（二）提升加工水平。支持企业开发木瓜果脯、果酒、饮片等产品，新建冷链仓储设施1.5万立方米。
（三）打造区域品牌。统一使用“芷原宣木瓜”地理标志，组织企业参加农产品展会，拓展电商销售渠道。
三、保障措施
县财政每年安排产业发展专项资金1500万元，对新建标准园按每亩600元给予补助。各乡镇要明确一名分管领导，按季度报送工作进展。
芷原县人民政府办公室
二〇二四年八月十六日
""",
    ),
    dict(
        slug="wenku-shiyun-youtiao-summary-html-pages",
        site="拾韵文库 (invented)",
        style="文库预览",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://www.shiyunwk.com/p-20931776.html",
        title="2024年早餐油条摊点规范提升工作总结",
        record_title=None,
        date=None,
        notes="title missing from the record, found in h1; HTML preview with page markers as paragraphs; upload stamp is no date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>拾韵文库-在线阅读</title>
<link rel="stylesheet" href="/static/reader.css"></head><body>
<header class="bar">⟦m 拾韵文库⟧ <nav>⟦m 首页 行业资料 工作总结 上传文档⟧</nav> ⟦a 登录 / 注册⟧</header>
<main><div class="doc-head"><h1>{T}</h1>
<p class="meta">⟦m 贡献者：早市小李　上传时间：2025-01-14 09:12　浏览 219 次　共 4 页⟧</p>
<div class="tools">⟦a 下载⟧ ⟦a 打印⟧ ⟦a 分享到微信⟧</div></div>
<div class="reader">
{BODY}
</div>
<div class="paywall">⟦a 还剩 2 页未读，继续阅读请开通文库会员⟧</div>
</main>
<aside>⟦l 猜你喜欢⟧<ul><li>⟦l 流动摊贩疏导区管理办法⟧</li><li>⟦l 小餐饮备案登记工作总结⟧</li></ul></aside>
<footer>⟦d 拾韵文库所有文档均由用户上传，仅供学习交流⟧　⟦m 浙ICP备21007755号-3⟧</footer>
<script src="/static/reader.js"></script></body></html>
""",
        pages=dict(fmt="- 第{n}页 -", every=160, start=2),
        body="""
2024年，街道市场监管所以“放心早餐”工程为抓手，对辖区早餐油条摊点开展规范提升，取得了明显成效。
一、基本情况。辖区共有早餐油条摊点47个，其中固定门店31个、流动摊点16个。全年共开展检查312次，督促整改问题89个。
二、主要做法。一是推行“一摊一档”，为每个摊点建立健康证、进货台账和用油记录档案；二是严控煎炸用油，要求煎炸油累计使用不超过规定时限，现场检测极性组分；三是引导流动摊点入驻早餐疏导点，统一配置防尘罩和垃圾桶。
三、存在问题。部分经营者仍有反复使用老油的现象，个别疏导点早高峰秩序较乱。
四、下步打算。明年将推广电子进货台账，在疏导点张贴扫码评价二维码，请群众扫码对摊点卫生打分。
""",
    ),
    dict(
        slug="gov-jianancheng-asbestos-roof-html",
        site="蒹城县人民政府网 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.jiancheng.gov.cn/zwgk/tzgg/202504/t20250418_881203.html",
        title="蒹城县农房石棉瓦屋面更换补助实施办法",
        record_title="蒹城县农房石棉瓦屋面更换补助实施办法_通知公告_蒹城县人民政府",
        date="2025-04-18",
        notes="modern county portal with index table, font-size row, related box; document number neutral; table rows; 附件 list",
        page="""
<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>蒹城县农房石棉瓦屋面更换补助实施办法_通知公告_蒹城县人民政府</title>
<script>window._gov_stat = 1;</script></head><body>
<div class="top">⟦m 蒹城县人民政府　www.jiancheng.gov.cn⟧ <span>⟦a 无障碍浏览⟧ ⟦a 长者模式⟧</span></div>
<nav>⟦m 首页 | 政务公开 | 政务服务 | 互动交流 | 走进蒹城⟧</nav>
<div class="crumb">⟦m 您的位置：首页 &gt; 政务公开 &gt; 通知公告⟧</div>
<table class="idx"><tr><td>⟦m 索引号：11523107MB1X33210K/2025-00412⟧</td><td>⟦m 发布机构：蒹城县住房和城乡建设局⟧</td></tr><tr><td>⟦m 主题分类：城乡建设⟧</td><td>⟦m 发文日期：2025-04-18⟧</td></tr></table>
<h1>{T}</h1>
<p class="docno">蒹住建发〔2025〕19号</p>
<div class="fs">⟦a 【字体：大 中 小】⟧ ⟦a 【打印本页】⟧ ⟦a 【关闭】⟧</div>
<div class="TRS_Editor">
{BODY}
</div>
<div class="share">⟦l 分享到：微信 微博 QQ空间⟧</div>
<div class="rel"><h4>⟦l 相关链接⟧</h4><ul><li>⟦l 农村危房改造对象认定流程⟧</li><li>⟦l 2025年农房质量安全提升工程实施计划⟧</li></ul></div>
<footer>⟦m 主办：蒹城县人民政府办公室　网站标识码：5231070011⟧<br>⟦m 黔ICP备12004316号-1　黔公网安备52310702000123号⟧<br>⟦m 网站纠错热线：0851-83216600⟧</footer>
</body></html>
""",
        body="""
第一条　为消除农房石棉瓦屋面老化破损带来的安全隐患，改善农村人居环境，制定本办法。
第二条　补助对象为本县行政区域内使用石棉瓦作为屋面材料、且房屋主体结构安全的农村自建房。
第三条　补助标准按屋面投影面积计算，具体如下：
类别　补助标准　上限
一般农户　每平方米40元　6000元
低保户、特困户　每平方米65元　9000元
第四条　拆除的石棉瓦应由具备资质的单位统一收运处置，严禁随意丢弃、焚烧或掩埋。
第五条　农户可到村委会领取申请表，也可在“蒹城政务”小程序下载申请表填写后提交。
第六条　本办法自印发之日起施行，有效期三年。
附件：1.农房屋面更换补助申请表
2.石棉瓦收运处置单位名单
""",
    ),
    dict(
        slug="gov-huitian-radon-text-crumb",
        site="蕙田区生态环境分局 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://sthjj.huitian.gov.cn/xxgk/tzgg/2024/1107/6610.shtml",
        title="关于开展地下室及半地下室住宅氡浓度免费检测的通告",
        record_title="关于开展地下室及半地下室住宅氡浓度免费检测的通告",
        record_date="2024-11-07",
        date="2024-11-07",
        notes="record title and date; the notice's own hotline next to the site's support phone; mid-body share row on its own line",
        page="""
!m 蕙田区生态环境分局
!m 网站首页 » 信息公开 » 通知公告
{T}
!m 【来源：辐射环境管理科　发布日期：2024-11-07　点击量：1317】
{BODY}
!a 【打印此页】　【关闭窗口】　【返回顶部】
!m 主办单位：蕙田区生态环境分局　技术支持电话：028-85302117
!m 蜀ICP备13022560号
""",
        gap=True,
        body="""
氡是一种无色无味的天然放射性气体，长期吸入高浓度氡会增加患肺癌的风险。地下室和半地下室通风条件差，是室内氡积聚的主要场所。
为保障居民健康，我局决定于2024年11月至12月为辖区地下室及半地下室住宅提供免费氡浓度检测服务。
⟦l 分享至：朋友圈｜微博｜复制链接⟧
一、检测方式：采用被动式累积探测器，布放时间不少于7天，由检测人员上门布放和回收。
二、预约办法：居民可拨打预约电话，或关注“蕙田环境”微信公众号，在“便民服务”栏目填写预约信息。
三、结果告知：检测结果将在回收后15个工作日内以短信方式告知，超过参考水平的，我局将指导住户采取通风降氡措施。
预约电话：028-85302246（工作日8:30-17:30）
""",
    ),
    dict(
        slug="news-pingzhou-kingfisher-html-photo",
        site="蘋州日报网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.pzrb.com.cn/news/shehui/2025-05/20/content_771420.htm",
        title="翠鸟回来了：蘋州城区河道监测到17处翠鸟繁殖巢穴",
        record_title="翠鸟回来了：蘋州城区河道监测到17处翠鸟繁殖巢穴 - 蘋州日报网",
        date="2025-05-20",
        notes="news portal; byline time is the date; photo caption between paragraphs; editor line glued after the last paragraph",
        page="""
<!doctype html><html><head><meta charset="utf-8"><title>翠鸟回来了：蘋州城区河道监测到17处翠鸟繁殖巢穴 - 蘋州日报网</title></head><body>
<div id="topbar">⟦m 蘋州日报网｜蘋州新闻门户网站⟧ ⟦a 客户端下载⟧ ⟦a 数字报⟧</div>
<ul class="channels"><li>⟦m 要闻⟧</li><li>⟦m 社会⟧</li><li>⟦m 生态⟧</li><li>⟦m 文旅⟧</li></ul>
<div class="path">⟦m 蘋州日报网 › 社会 › 正文⟧</div>
<article><h1>{T}</h1>
<div class="byline">⟦m 2025-05-20 07:46　来源：蘋州日报　记者 甘晓棠 通讯员 柯一鸣⟧</div>
{BODY}
</article>
<div class="tags">⟦l 标签：翠鸟 生态 河道治理⟧</div>
<div class="more"><h3>⟦l 延伸阅读⟧</h3><a>⟦l 城区湿地公园新增观鸟屏风⟧</a><br><a>⟦l 河长制工作再上新台阶⟧</a></div>
<div class="cmt">⟦l 网友评论（0）　发表评论⟧</div>
<footer>⟦d 凡本网注明“来源：蘋州日报网”的作品，未经授权不得转载。⟧ ⟦m 违法和不良信息举报：0739-5201110⟧</footer>
</body></html>
""",
        body="""
记者从市河湖保护中心获悉，今年4月以来，该中心联合市观鸟会在城区6条河道开展翠鸟繁殖监测，共记录到翠鸟繁殖巢穴17处，比三年前增加了11处。
“翠鸟对水质和食物很挑剔，它们愿意在这里安家，说明河道里的小鱼小虾多了。”市观鸟会会长贺临川说。
⟦m 图为翠鸟在清溪河岸边捕食。（柯一鸣 摄）⟧
据介绍，近年来城区河道实施了截污纳管和生态护岸改造，保留了部分土质陡坎，为翠鸟挖洞筑巢创造了条件。
市河湖保护中心提醒市民，观鸟时请保持距离，不要靠近巢穴拍照，更不要使用闪光灯。⟦m （责任编辑：罗茵）⟧
""",
    ),
    dict(
        slug="news-puyuan-blanket-text-title-glued",
        site="蒲沅融媒 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://m.puyuanrm.cn/a/20241203/99130.html",
        title="蒲沅毛毯产业集群年出口额突破5亿元",
        record_title=None,
        date="2024-12-03",
        notes="title missing in record, repeated and glued to the lead; dotted date of a news app; relative view times",
        page="""
!m 蒲沅融媒 · 新闻
{T}
!m 蒲沅融媒　2024.12.03 18:20
!m 阅读 2.3万　　1小时前更新
{T}{BODY}
!l 相关阅读｜冬季外贸订单持续回暖
!l 相关阅读｜县工业园区新引进项目8个
!a 打开蒲沅融媒APP，阅读体验更佳
!d 本文为蒲沅融媒原创稿件，转载请联系授权。
""",
        body="""
记者从县商务局了解到，今年前11个月，蒲沅毛毯产业集群实现出口额5.3亿元，同比增长18.6%，产品销往中东、东南亚和南美等40多个国家和地区。
蒲沅毛毯产业起步于上世纪九十年代，目前全县有毛毯生产企业62家，其中规模以上企业19家，从业人员1.1万人。
今年以来，县里组织企业抱团参加境外展会11场，帮助企业新设海外仓3个，并对参展企业给予展位费补贴。
县毛毯行业协会会长蒋峻说，下一步将推动企业在印染环节实施节水改造，让“蒲沅毛毯”走得更远。
""",
    ),
    dict(
        slug="forum-luyou-douchi-html-jammer",
        site="鹭游论坛·美食版 (invented)",
        style="论坛",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://bbs.luyou.net/thread-552817-1-1.html",
        title="关于规范家庭作坊豆豉晾晒卫生的倡议书",
        record_title="[倡议] 关于规范家庭作坊豆豉晾晒卫生的倡议书 - 美食天地 - 鹭游论坛",
        date="2025-02-26",
        notes="Discuz-like floor with jammer fonts; post time differs from 成文日期 (document date expected, post accepted)",
        date_also=["2025-03-01"],
        page="""
<html><head><meta charset="gbk"><title>[倡议] 关于规范家庭作坊豆豉晾晒卫生的倡议书 - 美食天地 - 鹭游论坛</title></head><body>
<div id="hd">⟦m 鹭游论坛 — 鹭州人的网上家园⟧ ⟦a 登录⟧ ⟦a 立即注册⟧ ⟦a 找回密码⟧</div>
<div id="pt">⟦m 鹭游论坛 › 生活 › 美食天地 › 查看内容⟧</div>
<table class="plhin"><tr><td class="pls">⟦m 楼主：豉香阿婆　UID 220931　帖子 512　积分 1860⟧</td>
<td class="plc"><h1>⟦t [倡议] 关于规范家庭作坊豆豉晾晒卫生的倡议书⟧</h1>
<div class="pti">⟦m 发表于 2025-3-1 20:15　|　只看该作者　|　倒序浏览⟧</div>
<div class="t_fsz">
{BODY}
</div>
<div class="sign">⟦m 本帖最后由 豉香阿婆 于 2025-3-2 08:40 编辑⟧</div>
</td></tr></table>
<div class="pob">⟦a 回复⟧ ⟦a 支持(26)⟧ ⟦a 反对(0)⟧ ⟦a 举报⟧</div>
<div class="fastpost">⟦l 您需要登录后才可以回帖　登录 | 立即注册⟧</div>
<div id="ft">⟦m Powered by Discuz! X3.4　© 2001-2025 鹭游论坛⟧ ⟦m 闽ICP备14033217号⟧</div>
</body></html>
""",
        junk=dict(lines=1, glued=2),
        body="""
各位豆豉作坊的乡亲们：
每年开春，正是我们晾晒豆豉的好时节。近来有网友反映，部分作坊把豆豉摊在路边、屋顶随意晾晒，扬尘、鸟粪和蚊蝇难以防范，影响了鹭州豆豉的口碑。为此，镇豆豉行业互助会向大家倡议：
一、晾晒场地要硬化、要遮挡，离开公路和垃圾点至少五十米，晾晒架离地不低于六十厘米。
二、晾晒时覆盖纱网，雨天及时收贮，发霉变质的豆豉一律不得出售。
三、作坊人员持健康证上岗，发酵间每天清扫，工具专用。
让我们一起守护老手艺的好名声！
鹭州镇豆豉行业互助会
2025年2月26日
""",
    ),
    dict(
        slug="forum-qiaoyou-juggling-floors-text",
        site="巧友杂技论坛 (invented)",
        style="论坛",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.qiaoyou.org/forum.php?mod=viewthread&tid=7741",
        title="苜溪抛接杂耍社2024年度社团工作总结",
        record_title="苜溪抛接杂耍社2024年度社团工作总结【转】",
        date="2025-01-05",
        notes="forum text with floor meta; quoted reply below; decimal headings; no site name glue",
        page="""
!m 巧友杂技论坛 › 社团交流区 › 帖子
!t 苜溪抛接杂耍社2024年度社团工作总结【转】
!m 1#　楼主　抛球小魏　发表于 2025-01-06 10:22
{BODY}
!l ——————————
!l 2#　转盘老周：支持！明年汇演一定去捧场
!l 3#　柚子Yoyo：求社团招新二维码～
!a 快速回复　　表情　　附件　　发表回复
""",
        indent="  ",
        body="""
2024年，苜溪抛接杂耍社在团县委和县文化馆指导下，坚持“练技艺、进社区、带新人”，全年各项工作顺利开展。
1 基本情况
1.1 社员结构。现有注册社员58人，其中青少年社员31人，新吸收社员14人。
1.2 训练保障。社团每周二、周五晚在县文化馆排练厅集中训练，全年训练96次。
2 主要活动
2.1 进社区演出。全年开展惠民演出22场，观众约6400人次。
2.2 公益课堂。在3所小学开设抛接球兴趣课，每学期16课时。
3 2025年打算
筹办首届苜溪抛接杂耍交流会，完善器材借用登记制度。
苜溪抛接杂耍社
2025年1月5日
""",
    ),
    dict(
        slug="blog-caihong-heron-html-tagcloud",
        site="鹭鸶观察日志 (invented blog)",
        style="博客",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://heron-notes.blog.example.net/2024/10/heronry-survey.html",
        title="芎溪苍鹭巢区调查报告",
        record_title="【随笔】芎溪苍鹭巢区调查报告 | 鹭鸶观察日志",
        date="2024-10-12",
        notes="personal blog with tag cloud, archive and comments; bracketed post time is the date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【随笔】芎溪苍鹭巢区调查报告 | 鹭鸶观察日志</title></head><body>
<header><div class="site">⟦m 鹭鸶观察日志⟧</div><div class="motto">⟦m 守着一条河，看一群鸟⟧</div></header>
<nav>⟦m 首页 · 观察记录 · 照片 · 关于我⟧</nav>
<article><h2>{T}</h2>
<p class="post-meta">⟦m [2024-10-12 21:05] 分类：观察记录　阅读(388)　评论(4)⟧</p>
{BODY}
<p class="post-foot">⟦l 上一篇：秋天的第一只白鹡鸰⟧　⟦l 下一篇：给巢区做一张手绘地图⟧</p>
</article>
<section class="comments"><h3>⟦l 评论⟧</h3><p>⟦l 河边散步人：原来那片杨树林里是苍鹭啊！⟧</p><p>⟦l 发表评论请先登录⟧</p></section>
<aside><h4>⟦l 标签云⟧</h4><p>⟦l 苍鹭 湿地 调查 鸟类环志 河滩⟧</p><h4>⟦l 文章归档⟧</h4><p>⟦l 2024年10月 (3)　2024年9月 (5)⟧</p></aside>
<footer>⟦d 本博客文字与图片均为原创，转载请留言告知。⟧ ⟦m Powered by WordPress⟧</footer>
</body></html>
""",
        body="""
今年4月到9月，我和两位鸟友利用周末对芎溪下游河滩杨树林内的苍鹭巢区做了一次较系统的调查，下面把结果整理出来。
一、调查方法。我们在河堤上设置3个固定观察点，每次观察2小时，记录巢数、成鸟数和幼鸟数，尽量不进入林内。
二、调查结果。共确认苍鹭巢63个，比前年我们粗略统计的41个明显增多；繁殖高峰在5月中旬，单巢幼鸟多为2至3只。
三、存在威胁。巢区下方有人违规放牧，8月还发现有人在林内拍照时敲击树干驱鸟。
四、几点建议。建议在巢区外围设置提示牌，繁殖期限制进入林地；也希望看到这篇文章的朋友，把它分享给身边喜欢拍鸟的人，一起文明观鸟。
""",
    ),
]

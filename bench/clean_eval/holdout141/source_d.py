"""holdout141, part D. Invented text, sites, places and chrome; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="fanwen-mingju-suanmeitang-workshop-summary",
        site="明句公文网 (invented)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://www.mingju-gw.com/zj/fy/2025/1212/90311.html",
        title="枣林镇酸梅汤非遗工坊2025年工作总结",
        record_title="枣林镇酸梅汤非遗工坊2025年工作总结（精选范本）_明句公文网",
        date="2025-12-10",
        notes="old 范文 table layout with marquee, counter and floating writing-service box; Chinese-numeral date under the signature",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>枣林镇酸梅汤非遗工坊2025年工作总结（精选范本）_明句公文网</title>
<script>document.oncopy=function(){return false;}</script></head>
<body>
<table width="1000"><tr><td>⟦m 明句公文网⟧</td><td>⟦m 公文写作好帮手⟧</td></tr></table>
<marquee>⟦l 最新上传：2025年度述职报告合集｜年终总结开头结尾写法⟧</marquee>
<table width="1000"><tr><td>⟦m 您的位置：明句公文网 → 工作总结 → 非遗工作总结⟧</td></tr></table>
<table width="1000"><tr><td width="700">
<h1>{T}</h1>
<p>⟦m 时间：2025-12-12　投稿：枣林小吏　字数：约900字⟧</p>
<p>⟦a 【字体：小 中 大】⟧ ⟦a 【复制全文】⟧</p>
{BODY}
<p>⟦a 温馨提示：复制本文需登录，VIP会员可免费下载Word文档。⟧</p>
</td><td width="300">
<p>⟦l 热门文章排行⟧</p><p>⟦l 1. 非遗保护工作计划⟧</p><p>⟦l 2. 文化站年度工作总结⟧</p>
<p>⟦w 代写各类材料 QQ：3155042876⟧</p>
</td></tr></table>
<p>⟦m 本站访问量：00592831⟧ ⟦m 鲁ICP备14022918号⟧</p>
</body></html>
""",
        body="""
2025年，枣林镇酸梅汤非遗工坊在镇党委、政府的支持下，围绕“守艺、传艺、兴业”目标，扎实开展各项工作，现将全年情况总结如下。
一、传承保护有新进展。工坊整理了乌梅、山楂、桂花、甘草等原料的传统配比和熬制工序，形成文字和视频资料各一套，市级非遗代表性传承人侯桂兰收徒3名。
二、研学体验有新亮点。全年接待中小学生研学团队46批2300余人次，开发“熬一锅酸梅汤”体验课程，被评为市级研学实践基地。
三、带动增收有新成效。工坊与本镇乌梅种植合作社签订收购协议，瓶装酸梅汤销往周边县市，全年销售额186万元，吸纳本地妇女就业21人。
四、存在不足和明年打算。工坊生产车间面积偏小，食品生产许可证照正在办理中。明年将加快完成车间改造，争取申报省级非遗工坊。
枣林镇酸梅汤非遗工坊
二〇二五年十二月十日
""",
    ),
    dict(
        slug="wenku-shiyin-isatis-planting-report",
        site="拾音文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://www.shiyin-wenku.com/p-60317725.html",
        title="关于石门县板蓝根种植产业发展情况的调研报告",
        record_title="关于石门县板蓝根种植产业发展情况的调研报告（可编辑）",
        date="2025-08-18",
        notes="paid 文库 preview: preview markers of my own glued; pay prompt glued after a sentence; a data table; date under the signature",
        page="""
!m 拾音文库 — 海量文档 一搜即得
!t 关于石门县板蓝根种植产业发展情况的调研报告（可编辑）
!m 贡献者：药乡人　|　2025-08-21上传　|　共7页　|　评分 4.6
!a 阅读已结束，开通文库VIP可继续阅读剩余4页
!a ￥6.80 购买本文档　|　VIP免费下载
{BODY}
!l 相关文档推荐　中药材种植基地建设方案　|　板蓝根栽培技术规程
!d 本文档仅代表上传者观点，如有侵权请联系平台处理。
""",
        pages=dict(fmt="⩤{n}⩥", every=220, start=2, glue=True),
        body="""
今年7月，县政协农业农村委组成调研组，深入石门县4个乡镇、6家种植合作社，对全县板蓝根种植产业发展情况进行了专题调研，现将有关情况报告如下。
一、基本情况
全县板蓝根种植面积近三年稳步增长，主要分布在北部丘陵乡镇。
年份　种植面积（亩）　产量（吨）
2023　8600　2150
2024　10200　2610
2025　11800　3020
二、存在问题
一是品种退化，部分农户自留种连续种植多年，根部产量和有效成分含量下降。二是初加工能力不足，鲜根晾晒靠天吃饭，阴雨天霉变损失较大。⟦a 付费后可查看完整分析⟧三是价格波动大，农户抗风险能力弱。
三、意见建议
建议县里建设板蓝根良种繁育基地，支持合作社配置烘干设备，并探索开展中药材价格指数保险试点。
县政协农业农村委调研组
2025年8月18日
""",
    ),
    dict(
        slug="gov-jiaoling-bletilla-subsidy-notice",
        site="椒岭县农业农村局 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://nyncj.jiaoling.gov.cn/zwgk/tzgg/202503/t20250311_1103.html",
        title="椒岭县农业农村局关于申报2025年白及规范化种植补助的通知",
        record_title="椒岭县农业农村局关于申报2025年白及规范化种植补助的通知",
        date="2025-03-10",
        notes="county bureau text page; document number neutral; the notice's own 联系人/电话 and e-mail kept; 附件 list and 抄送; page date differs, also accepted",
        date_also=["2025-03-11"],
        page="""
!m 椒岭县农业农村局
!m 首页 - 政务公开 - 通知公告
!m 发布日期：2025-03-11　信息来源：种植业股　浏览：403
!a 【大字】【小字】【打印】【关闭】
{T}
椒农发〔2025〕9号
{BODY}
!m 主办单位：椒岭县农业农村局　地址：椒岭县城南路45号　邮编：558600
!m 黔ICP备17003925号-2　政府网站标识码：5227320014
""",
        body="""
各乡镇农业服务中心：
为推动中药材产业高质量发展，根据县中药材产业发展实施方案，县农业农村局决定对2025年新建白及规范化种植基地给予补助，现将有关事项通知如下。
一、补助对象：在本县境内新建白及种植基地、连片面积20亩以上的合作社、企业和家庭农场。
二、补助标准：按实际种植面积每亩补助800元，单个主体补助不超过20万元。
三、申报材料：申报表、土地流转合同、种苗购买凭证、基地照片。
四、申报时间：即日起至4月30日，由各乡镇汇总审核后报县农业农村局种植业股。
联系人：龙国芳　电话：0854-6221475　邮箱：jlnyzzy@163.com
附件：1.2025年白及规范化种植补助申报表
2.乡镇审核汇总表
椒岭县农业农村局
2025年3月10日
抄送：县财政局、县乡村振兴局。
""",
    ),
    dict(
        slug="news-nanhai-pompano-cage-harvest",
        site="南澳海洋网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.nanaohy.com/yuye/2025-10/17/content_77102.htm",
        title="深海网箱金鲳鱼迎来丰收季",
        record_title="深海网箱金鲳鱼迎来丰收季 - 渔业 - 南澳海洋网",
        date="2025-10-17",
        notes="news portal with video slot and share bar; dotted date line in the byline; editor line; a comment box",
        page="""
<html><head><meta charset="utf-8"><title>深海网箱金鲳鱼迎来丰收季 - 渔业 - 南澳海洋网</title><script src="//static.nanaohy.com/ad.js"></script></head>
<body>
<div class="hd">⟦m 南澳海洋网⟧ ⟦m 首页　海洋经济　渔业　港航　海洋生态　视频⟧</div>
<h1>{T}</h1>
<div class="by">⟦m 2025.10.17 07:55　南澳海洋报　记者 冼志豪⟧ ⟦a 字体 A+ A-⟧</div>
<div class="txt">
{BODY}
</div>
<p>⟦m 编辑：蓝晓蕾　校对：谢方⟧</p>
<div class="cmt">⟦l 网友评论（0）　发表评论　查看全部⟧</div>
<div class="share">⟦l 分享到：微信　微博　抖音⟧</div>
<div class="ft">⟦d 南澳海洋网所载文字、图片未经书面授权不得转载。⟧ ⟦m 粤ICP备12091552号⟧</div>
</body></html>
""",
        body="""
10月16日清晨，距离南澳岛东南约8海里的深海网箱养殖区，起捕船缓缓靠近直径40米的重力式网箱，一网网金鲳鱼被吸鱼泵送上船舱。
“今年鱼的规格很整齐，平均每尾一斤二两左右。”养殖企业负责人吴国梁说，今年公司投放的36口深海网箱预计可收获金鲳鱼1400吨。
近年来，当地引导养殖户从近岸小网箱向深远海大网箱转移，网箱抗风浪能力提升到12级，养殖密度降低，鱼病明显减少。
据县海洋与渔业局统计，目前全县深海网箱已达210口，金鲳鱼年产量超过8000吨，产品远销国内20多个省份。
""",
    ),
    dict(
        slug="forum-laojie-sachima-shop-notice",
        site="老街吃货论坛 (invented)",
        style="论坛",
        genre="通知",
        kind="notice",
        form="text",
        source="http://bbs.laojiechihuo.com/read.php?tid=88213",
        title="稻香斋关于沙琪玛生产线技改期间暂停供货的说明",
        record_title="稻香斋关于沙琪玛生产线技改期间暂停供货的说明（转自店家公众号）",
        date="2025-07-28",
        notes="the whole body on one line; forum chrome around; 发表于 date differs from the notice date (also accepted)",
        date_also=["2025-07-29"],
        page="""
!m 老街吃货论坛 → 老字号 → 糕点铺子
!t 稻香斋关于沙琪玛生产线技改期间暂停供货的说明（转自店家公众号）
!m 楼主 糖霜控　发表于：2025-07-29 12:40　[只看楼主]
{BODY}
!l 1楼 老王：难怪最近买不到
!l 2楼 小米粥：希望口味别变
!a [回复] [引用] [举报]
!d 以上内容为网友转载，如有侵权请联系版主删除。
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
尊敬的顾客朋友：
为提升产品品质，稻香斋定于2025年8月1日至8月20日对沙琪玛生产线进行技术改造，期间门店暂停沙琪玛供货，其他糕点正常销售。
本次改造将更换油炸和切块设备，并新建一间恒温冷却间，改造完成后产品保质期内的口感将更加稳定。
已预订沙琪玛礼盒的顾客，可凭订单到门店办理退款或改订其他糕点。
给您带来的不便，敬请谅解。
稻香斋食品有限公司
2025年7月28日
""",
    ),
    dict(
        slug="blog-xiyan-canyoning-club-review",
        site="溪岩户外手记 (invented)",
        style="博客",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://xiyan-outdoor.blogspot.example.net/2025/09/suxi-review.html",
        title="溯溪俱乐部2025年夏季活动安全复盘",
        record_title="溯溪俱乐部2025年夏季活动安全复盘 | 溪岩户外手记",
        date="2025-09-08",
        notes="personal blog of a club leader; hard-wrapped at 70 columns; the blog's post line gives the date; a tip-jar prompt and tag line",
        page="""
!m 溪岩户外手记
!m 一个领队的溯溪笔记
!t 溯溪俱乐部2025年夏季活动安全复盘 | 溪岩户外手记
!m 发表于 2025年9月8日　作者 溪岩　分类 俱乐部事务
{BODY}
!w 觉得有用？欢迎打赏一杯咖啡，或私信领队微信 xiyan_suxi 报名下期活动
!l 标签：溯溪 / 安全 / 复盘
!l ← 较早文章：九龙峡溯溪线路踩点记　　较新文章：秋季活动计划 →
!l 发表评论（需要登录）
""",
        wrap=70,
        body="""
今年7月至8月，俱乐部共组织溯溪活动14次，参与队员312人次，全部安全返回。但复盘下来，有几件事值得认真总结。
一、两次临时撤线。7月20日和8月9日，上游突发降雨，领队观察到水色变浑、流速加快，按预案立即组织队员撤到高处，事后证明决策正确。
二、装备问题。有6名新队员穿普通运动鞋参加，在湿滑岩面多次滑倒。今后报名时将明确要求穿着溯溪鞋，否则不予出发。
三、绳降环节。部分保护点设置不规范，下季度将组织领队参加一次绳索技术复训。
四、下一步安排。秋季活动将减少至每月两次，并与当地蓝天救援队建立联络机制。
""",
    ),
    dict(
        slug="wechat-jinghe-infant-formula-warning",
        site="泾河市场监管公众号镜像 (invented)",
        style="公众号镜像",
        genre="通知",
        kind="notice",
        form="html",
        source="https://wx.mirrorpost.example.com/jinghe-scjg/20250422",
        title="购买婴幼儿配方奶粉，这几点要记牢",
        record_title="购买婴幼儿配方奶粉，这几点要记牢",
        record_date="2025-04-22",
        date="2025-04-22",
        notes="WeChat-style mirror page; record gives the date; the article tells readers to 扫码 a traceability code (kept); reads/likes bar and 12315 footer",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>购买婴幼儿配方奶粉，这几点要记牢</title></head>
<body>
<div class="rich_media">
<h1>{T}</h1>
<div class="meta">⟦m 泾河市场监管⟧ ⟦m 2025-04-22 18:05⟧ ⟦m 发表于陕西⟧</div>
<div class="rich_media_content">
{BODY}
</div>
<p>⟦m 来源｜泾河县市场监督管理局食品科⟧</p>
<p>⟦m 投诉举报请拨打12315⟧</p>
<div class="tool">⟦a 阅读原文⟧ ⟦l 阅读 3.1万　赞 211　推荐 98⟧</div>
<div class="qr">⟦a 长按识别二维码 关注泾河市场监管⟧</div>
</div>
</body></html>
""",
        body="""
婴幼儿配方奶粉是婴幼儿重要的营养来源。近期，县市场监管局在检查中发现个别网店销售无中文标签的境外奶粉，现提醒家长朋友：
一看注册号。国产和进口婴幼儿配方奶粉都须经国家注册，包装上应标注“国食注字YP”开头的注册号。
二看中文标签。进口奶粉须有中文标签，标明产品名称、配料表、原产国、境内代理商等信息。
三看追溯码。家长可用手机扫描罐底的追溯码，查询产品的生产批次和流通信息。
四看储存。开罐后应在4周内吃完，放在阴凉干燥处，不要放进冰箱。
如发现问题奶粉，请保留购物凭证并及时向市场监管部门反映。
""",
    ),
    dict(
        slug="docshare-wenhai-rice-husk-boiler-report",
        site="文海共享 (invented)",
        style="文档分享",
        genre="报告",
        kind="report",
        form="text",
        source="https://www.wenhai-share.cn/doc/3119820.html",
        title="关于稻壳生物质锅炉替代燃煤锅炉运行情况的报告",
        record_title="关于稻壳生物质锅炉替代燃煤锅炉运行情况的报告.pdf",
        date="2025-12-26",
        notes="file-name record title; hard-wrapped at 62 columns; upload stamp is not the date; report date under signature",
        page="""
!m 文海共享 · 让知识流动起来
!t 关于稻壳生物质锅炉替代燃煤锅炉运行情况的报告.pdf
!m 上传于 2026-01-04　|　页数 3　|　下载 57
!a 免费下载　|　收藏　|　分享到微信
{T}
{BODY}
!a 想要编辑版？下载后用PDF编辑器打开即可。
!l 猜你想找：生物质颗粒燃料管理办法　锅炉节能改造方案
!m 文海共享 wenhai-share.cn　客服邮箱：help@wenhai-share.cn
""",
        indent="\u3000\u3000",
        wrap=62,
        body="""
县发展和改革局：
根据县大气污染防治工作安排，我公司于2025年5月完成两台燃煤锅炉拆除，改用稻壳生物质锅炉供应烘干车间蒸汽，现将半年来运行情况报告如下。
一、运行情况。新锅炉额定蒸发量4吨/小时，燃料为本公司大米加工产生的稻壳，6至12月累计运行3960小时，消耗稻壳约5200吨，未发生安全事故。
二、排放情况。经第三方检测，颗粒物、二氧化硫、氮氧化物排放浓度均低于地方标准限值。
三、经济效益。每年可节约燃煤约3100吨，扣除设备折旧和维护费用后，每年可节约燃料成本约90万元。
四、存在问题。稻壳灰量大，目前灰渣外运处理成本较高，下一步拟与有机肥企业合作综合利用。
特此报告。
丰穗米业有限公司
2025年12月26日
""",
    ),
    dict(
        slug="edu-qingtang-dimsum-vocational-contest",
        site="清塘职业技术学校 (invented)",
        style="教育门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.qtzz.edu.cn/xyxw/2025/1128/2219.html",
        title="我校学生在全市中职技能大赛早茶点心项目中获一等奖",
        record_title="我校学生在全市中职技能大赛早茶点心项目中获一等奖_校园新闻_清塘职业技术学校",
        date="2025-11-28",
        notes="modern vocational-school template; page markers of my own as HTML paragraphs cutting a sentence; byline date",
        pages=dict(fmt="⩤{n}⩥", every=200, start=2),
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>我校学生在全市中职技能大赛早茶点心项目中获一等奖_校园新闻_清塘职业技术学校</title></head>
<body>
<header>⟦m 清塘职业技术学校⟧ ⟦m 学校概况　招生就业　专业建设　校园新闻　党建工作⟧</header>
<div class="bread">⟦m 首页 / 校园新闻⟧</div>
<h2>{T}</h2>
<div class="date">⟦m 发布时间：2025-11-28　发布者：烹饪旅游部⟧</div>
<section>
{BODY}
</section>
<aside>⟦l 推荐阅读：2026年春季招生简章 · 中餐烹饪专业介绍⟧</aside>
<footer>⟦m 学校地址：清塘市新港东路222号　招生热线：020-84116023⟧ ⟦d 清塘职业技术学校 版权所有⟧</footer>
</body></html>
""",
        body="""
11月26日，全市中等职业学校技能大赛中式面点（早茶点心）项目在市技师学院落下帷幕，我校烹饪专业二年级学生梁嘉怡、黎子健分获一等奖和三等奖。
本次比赛要求选手在3小时内完成虾饺、烧卖、叉烧包和一道创新点心的制作，评委从色泽、形态、口味和卫生操作等方面综合评分。梁嘉怡的创新作品“陈皮流沙包”以外皮松软、馅心香滑获得评委好评。
指导教师何师傅介绍，两名选手赛前在实训室集训了两个月，每天练习擀皮和捏褶超过5个小时。
赛后，学校召开了技能大赛总结会，并表示将把比赛标准融入日常教学。
""",
    ),
    dict(
        slug="intranet-jinsheng-rope-factory-safety",
        site="锦绳麻业内部信息平台 (invented)",
        style="企业内网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://192.168.10.8/oa/notice/2025/118",
        title="关于加强梳麻车间粉尘防爆管理的通知",
        record_title="内部通知-关于加强梳麻车间粉尘防爆管理的通知",
        date="2025-06-03",
        notes="intranet text view; approval trail at the end; document number neutral; 抄送/印发 版记 kept",
        page="""
!m 锦绳麻业 · 内部信息平台　　当前用户：安环部-钟敏
!m 首页 > 通知公告 > 查看
!t 内部通知-关于加强梳麻车间粉尘防爆管理的通知
!m 发布部门：安全环保部　发布时间：2025-06-03 16:20　已读 88 / 未读 12
锦绳安〔2025〕14号
{BODY}
!m 审批记录：安环部经理 同意 2025-06-03 11:05 ｜ 分管副总 同意 2025-06-03 15:42
!a 标记已读　　下载附件　　打印
!d 本平台信息仅限公司内部使用
""",
        body="""
各车间、部门：
梳麻车间生产过程中产生大量麻纤维粉尘，存在粉尘爆炸风险。为防止事故发生，现就有关要求通知如下。
一、梳麻、并条工序的除尘系统须在开机前先行启动，停机后延时运行15分钟，不得擅自关停。
二、车间地面、设备顶部和电缆桥架上的积尘每班清扫一次，严禁用压缩空气吹扫。
三、车间内严禁吸烟和动火作业，确需动火的，须办理动火作业审批并落实监护措施。
四、安全环保部每周对除尘系统运行情况检查一次，检查结果纳入车间月度考核。
锦绳麻业有限公司
2025年6月3日
抄送：公司领导。
锦绳麻业有限公司综合办公室　2025年6月3日印发
""",
    ),
    dict(
        slug="qa-zhidao-camel-hair-quilt",
        site="知道小站 (invented)",
        style="问答社区",
        genre="其他",
        kind="other",
        form="html",
        source="https://zhidao.xiaozhan.example.com/question/77120456.html",
        title="驼绒被怎么洗？买回来一股味道正常吗？",
        record_title=None,
        date=None,
        notes="Q&A page: the question as the title; relative time 2天前 is no date; adopted-answer badge, vote row, ads",
        page="""
<html><head><meta charset="utf-8"><title>驼绒被怎么洗？买回来一股味道正常吗？_知道小站</title></head>
<body>
<div class="hd">⟦m 知道小站⟧ ⟦a 我要提问⟧ ⟦a 登录⟧</div>
<h1>{T}</h1>
<div class="ask">⟦m 提问者：暖暖的冬天　2天前⟧</div>
<div class="best">⟦m 最佳答案　由提问者采纳⟧</div>
<div class="answer">⟦m 答主：阿拉善驼绒加工厂技术员　回答于 2天前⟧
{BODY}
</div>
<div class="vote">⟦l 有用(37)　没用(2)　追问⟧</div>
<div class="ad">⟦l 广告：正宗阿拉善驼绒被 厂家直销 点击进店⟧</div>
<div class="other">⟦l 其他回答（4）⟧</div>
<div class="ft">⟦d ©2025 知道小站　使用前必读⟧</div>
</body></html>
""",
        body="""
新买的驼绒被有一点淡淡的味道是正常的，驼绒是动物纤维，经过洗毛、分梳以后还会残留少量气味，晾几天就好了。
如果是很刺鼻的酸臭味或者霉味，那就可能是原料没洗干净或者受潮了，建议联系商家退换。
清洗的话，驼绒被一般不建议整床水洗。平时可以晴天拿出去晒一两个小时，轻轻拍打；被套单独拆下来洗。真脏了，送去专业干洗店。
还有一点，收纳时放几块樟木条，放在通风干燥的柜子里，不要用真空袋压得太紧，不然会影响蓬松度。
""",
    ),
]

"""holdout89, part D. Invented text."""

CASES = [
    dict(
        slug="download-gbk-herbarium-label-template",
        site="绿叶资料站 (invented)",
        style="资料下载站",
        genre="制度",
        kind="template",
        form="html",
        source="http://www.lvyezl.com/soft/2025/3312.html",
        title="植物标本采集记录填写规范",
        record_title="植物标本采集记录填写规范（附模板）.doc下载",
        date=None,
        notes="old table layout with file-info table, mirror links and dead-link report; template placeholders kept; no date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"><title>植物标本采集记录填写规范（附模板）.doc下载_绿叶资料站</title></head>
<body><table width="100%"><tr><td>⟦m 绿叶资料站 — 生物教学资源下载⟧</td></tr></table>
<table width="980"><tr><td>⟦m 资料大小：38KB⟧</td><td>⟦m 资料格式：DOC⟧</td><td>⟦m 更新时间：2025-03-02⟧</td></tr>
<tr><td>⟦m 下载次数：2210⟧</td><td colspan="2">⟦m 运行环境：WPS/Office⟧</td></tr></table>
<h1>{T}</h1>
{BODY}
<table><tr><td>⟦a 电信下载一⟧</td><td>⟦a 联通下载二⟧</td><td>⟦a 本地高速下载⟧</td></tr></table>
<div>⟦a 下载地址失效？点击报错⟧</div>
<div>⟦d 本站资源均来自网友分享，仅供教学研究使用，请下载后24小时内删除。⟧</div>
</body></html>
""",
        body="""
一、采集号按“采集人缩写＋年份＋流水号”编写，如QM2025-001，同一号下的复份标本号码相同。
二、采集地点写到乡镇、村和小地名，并记录经纬度和海拔。
三、生境填写林下、路边、溪边等，习性填写乔木、灌木或草本。
模板：采集号：________　采集日期：____年__月__日　采集人：________　鉴定人：________
""",
    ),
    dict(
        slug="download-text-snowmobile-park-emergency",
        site="安全文库下载站 (invented)",
        style="资料下载站",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.anquanxz.cn/down/88312.html",
        title="冰雪乐园雪地摩托区域安全巡查制度",
        record_title="冰雪乐园雪地摩托区域安全巡查制度.wps",
        date="2024-12-10",
        notes="file-name record; an unpack password line chrome; hard-wrapped",
        page="""
!m 安全文库下载站 → 制度范本 → 娱乐场所
!t 冰雪乐园雪地摩托区域安全巡查制度.wps
!m 软件大小：19K　授权：免费　语言：简体中文　评分：★★★★
!a 解压密码：www.anquanxz.cn
{BODY}
!a 【下载地址】本地下载一　本地下载二
!l 同类资源：滑雪场安全管理制度　游乐设施日检表
""",
        wrap=62,
        body="""
一、巡查频次。运营期间安全员每小时巡查一次行驶区域，重点检查隔离网、警示牌和雪道平整情况。
二、巡查内容。检查车辆停放是否整齐，发现车辆漏油、制动不灵的立即停用并挂牌。
三、记录。巡查情况填入巡查记录表，由当班负责人签字确认。
北坡冰雪乐园
2024年12月10日
""",
    ),
    dict(
        slug="exam-html-trolleybus-driver-recruitment",
        site="箜阳人事考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.kyrsks.cn/tzgg/2025-07-08/44102.html",
        title="箜阳市公共交通集团2025年公开招聘电车驾驶员公告",
        date="2025-07-08",
        notes="exam portal with floating consult box; the employer's consult phone next to the site's technical line; schedule table",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>箜阳市公共交通集团2025年公开招聘电车驾驶员公告_箜阳人事考试网</title></head><body>
<div class="hd">⟦m 箜阳人事考试网⟧ ⟦a 考生登录⟧ ⟦a 准考证打印入口⟧</div>
<div class="nav">⟦m 首页 | 考试公告 | 成绩查询 | 政策解读⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 发布日期：2025-07-08　信息来源：市公交集团⟧</div>
{BODY}
<div class="float">⟦w 在线咨询　报名系统技术支持：0371-6609977（工作日）⟧</div>
<div class="ft">⟦m 主办单位：箜阳市人事考试中心　豫ICP备13004412号⟧</div>
</body></html>
""",
        body="""
根据工作需要，市公共交通集团面向社会公开招聘电车驾驶员30名，现将有关事项公告如下：
一、报考条件：持有A3及以上驾驶证，年龄45周岁以下，近三年无重大交通事故。
二、时间安排：
环节　时间
报名　7月10日至7月16日
笔试　7月27日
三、报名采取网上报名方式，考生登录本网站填报信息，笔试前三天自行下载打印准考证。
咨询电话：0371-6618235（集团人力资源部）
箜阳市公共交通集团有限公司
2025年7月8日
""",
    ),
    dict(
        slug="exam-text-herbarium-curator-post",
        site="篆岭人才考试信息网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.zlrcks.com/news/show-11830.html",
        title="篆岭农林学院植物标本馆馆员岗位考核招聘公告",
        record_title="篆岭农林学院植物标本馆馆员岗位考核招聘公告（第2号）",
        date="2025-03-18",
        notes="decorated record title; email in the body kept; site's ad chrome",
        page="""
!m 篆岭人才考试信息网 · 事业单位招聘
!t 篆岭农林学院植物标本馆馆员岗位考核招聘公告（第2号）
!m 时间：2025-03-18 15:02　来源：本站　热度：871
!w 考编辅导找名师，课程咨询Q群：602218834
{BODY}
!a 分享到朋友圈　　复制链接
!l 推荐阅读：2025年高校辅导员招聘汇总
""",
        body="""
因工作需要，篆岭农林学院拟考核招聘植物标本馆馆员1名。
岗位要求：植物学及相关专业硕士研究生，熟悉标本制作和鉴定，具有野外采集经历者优先。
应聘者请将个人简历、学历证书扫描件发送至邮箱zlnl_rsc@zlnlxy.edu.cn，截止时间为4月10日。
篆岭农林学院人事处
2025年3月18日
""",
    ),
    dict(
        slug="tender-html-locomotive-boiler-repair",
        site="筠溪公共资源交易网 (invented)",
        style="招投标网",
        genre="公告",
        kind="tender",
        form="html",
        source="https://ggzy.junxi.gov.cn/jyxx/zfcg/cggg/20250822/881.html",
        title="筠溪森林铁路蒸汽机车锅炉大修项目竞争性磋商公告",
        date="2025-08-22",
        notes="tender platform with left menu and CA helpdesk; buyer and agency contacts kept; lot table",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>筠溪森林铁路蒸汽机车锅炉大修项目竞争性磋商公告</title></head><body>
<div class="hd">⟦m 筠溪县公共资源交易网⟧ ⟦a 主体登录⟧ ⟦a CA办理⟧</div>
<div class="left">⟦l 交易信息⟧ ⟦l 政府采购⟧ ⟦l 工程建设⟧ ⟦l 产权交易⟧</div>
<div class="main"><div class="crumb">⟦m 当前位置：交易信息 > 政府采购 > 采购公告⟧</div>
<h3>{T}</h3>
<div class="time">⟦m 信息时间：2025-08-22　阅读次数：203⟧</div>
{BODY}
</div>
<div class="help">⟦w CA证书服务热线：400-880-6210　平台技术支持：0731-2215500⟧</div>
<div class="ft">⟦m 筠溪县公共资源交易中心　湘ICP备09030301号⟧</div>
</body></html>
""",
        body="""
一、项目编号：JXCG-2025-0317
二、采购内容：
包号　内容　预算（万元）
1　上游0917号机车锅炉大修　68
2　上游0922号机车锅炉检测　12
三、供应商须具备锅炉修理资质，磋商文件于8月23日至8月29日在本平台免费下载。
四、联系方式：采购人：筠溪森林铁路有限公司，联系人：彭工，电话：0731-2218016；代理机构：湘源招标咨询有限公司，联系人：伍女士，电话：0731-2230745。
""",
    ),
    dict(
        slug="tender-text-tangerine-sorting-line-result",
        site="笙原招采通 (invented)",
        style="招投标网",
        genre="公告",
        kind="tender",
        form="text",
        source="http://www.syzct.cn/zbgs/2025/2031.html",
        title="笙原镇蜜橘选果线设备采购项目中标结果公告",
        record_title="笙原镇蜜橘选果线设备采购项目中标结果公告【结果公示】",
        date="2025-06-16",
        notes="decorated record title; result table one row a paragraph",
        page="""
!m 笙原招采通 | 中标公示
!t 笙原镇蜜橘选果线设备采购项目中标结果公告【结果公示】
!m 发布机构：笙原镇人民政府　　发布时间：2025-06-17
{BODY}
!a 下载公告附件　　打印　　返回列表
!m 本平台客服：0746-8880012
""",
        body="""
一、项目名称：笙原镇蜜橘选果线设备采购项目
二、中标结果：
包号　中标单位　中标金额（元）
1　湖川农机装备有限公司　1,286,000
三、公示期：自公告发布之日起1个工作日。
笙原镇人民政府
2025年6月16日
""",
        date_also=["2025-06-17"],
    ),
    dict(
        slug="lawfirm-html-snowmobile-rental-liability",
        site="北岸律师事务所 (invented)",
        style="律所网站",
        genre="文章",
        kind="article",
        form="html",
        source="https://www.beianlaw.cn/insights/2025/0119.html",
        title="雪地摩托体验受伤，经营者要担什么责任？",
        record_title="雪地摩托体验受伤，经营者要担什么责任？ - 北岸律师事务所",
        date="2025-01-19",
        record_date="2025-01-19",
        notes="law-firm site with a lawyer's card and consult QR; disclaimer",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>雪地摩托体验受伤，经营者要担什么责任？ - 北岸律师事务所</title></head><body>
<div class="top">⟦m 北岸律师事务所⟧ ⟦w 咨询专线 0453-8866100⟧</div>
<div class="nav">⟦m 关于我们　专业领域　律师团队　律所观点⟧</div>
<article><h1>{T}</h1>
<p class="meta">⟦m 律所观点｜2025-01-19｜作者：蒋雯律师⟧</p>
{BODY}
</article>
<div class="card">⟦w 扫码添加蒋律师微信，免费初步咨询⟧</div>
<div class="disc">⟦d 本文仅为一般性法律信息，不构成对具体案件的法律意见。⟧</div>
<div class="ft">⟦m © 北岸律师事务所　黑ICP备20008812号⟧</div>
</body></html>
""",
        body="""
近期，我们接到多起游客在冰雪乐园驾驶雪地摩托受伤的咨询。
根据民法典第一千一百九十八条，经营场所的经营者未尽到安全保障义务造成他人损害的，应当承担侵权责任。
实践中，法院会审查经营者是否进行了安全讲解、是否提供头盔、行驶区域是否隔离等；游客自身违规驾驶的，也会相应减轻经营者责任。
建议游客保留购票凭证和现场照片，经营者则应完善安全告知和签字确认流程。
""",
    ),
    dict(
        slug="lawfirm-text-fan-trademark-note",
        site="明衡律师事务所 (invented)",
        style="律所网站",
        genre="文章",
        kind="article",
        form="text",
        source="http://www.minghenglawyer.com/case/2025/301.html",
        title="“箴川折扇”地理标志证明商标被擅用的维权要点",
        date="2025-04-26",
        notes="law-firm case note; date under the signature; consult prompt chrome",
        page="""
!m 明衡律师事务所 > 案例研究 > 知识产权
{T}
!m 阅读量 488
{BODY}
!w 如需商标维权法律服务，请拨打 0579-8123055 预约
!d 转载请注明出处，本文不构成法律意见。
!l 相关：老字号名称被抢注怎么办
""",
        body="""
近来，县制扇协会发现外地商家在网店使用“箴川折扇”字样销售非本地生产的扇子。
我们建议分三步维权：第一，进行网页公证保全证据；第二，向电商平台投诉下架；第三，对情节严重的提起侵权诉讼。
协会应同时规范会员使用证明商标的管理，建立授权名单，方便消费者查询。
明衡律师事务所　知识产权部
2025年4月26日
""",
    ),
    dict(
        slug="community-html-trolleybus-stop-relocation",
        site="东岗社区服务网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.donggangsq.org.cn/tz/20250520.html",
        title="关于东岗路电车站临时迁移的温馨提示",
        record_title=None,
        date="2025-05-20",
        notes="residents' site with a weather widget and grid-worker box; title missing in record",
        page="""
<html><head><meta charset="utf-8"><title>东岗社区服务网</title></head><body>
<div class="hd">⟦m 东岗社区服务网⟧ ⟦m 今日天气：多云 18~27℃⟧</div>
<div class="nav">⟦m 社区首页　党群服务　便民信息　居民议事⟧</div>
<h2>{T}</h2>
<div class="meta">⟦m 社区居委会　2025-05-20⟧</div>
{BODY}
<div class="grid">⟦w 网格员：小周　联系电话：13703712266⟧</div>
<div class="ft">⟦m 东岗社区居委会　地址：东岗路55号⟧</div>
</body></html>
""",
        body="""
各位居民：
因东岗路污水管道施工，自5月22日起，11路电车东岗路站临时向北迁移约150米，设在东岗菜市场门口。
施工期间路面狭窄，请带孩子的居民注意安全，老人出行尽量结伴。
东岗社区居委会
2025年5月20日
""",
    ),
    dict(
        slug="community-text-tangerine-fair",
        site="龙井社区之家 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="https://ljsq.shequjia.cn/notice/418",
        title="社区“橘香邻里节”活动通知",
        date=None,
        notes="residents' notice with no date at all (only a publish 'yesterday'); activity lines kept",
        page="""
!m 龙井社区之家 · 便民公告
{T}
!m 社区小编　昨天 17:20　阅读 356
{BODY}
!a 我要报名　分享给邻居
!l 评论区　｜　发表评论需登录
""",
        body="""
亲爱的邻居们：
本周六上午9点，社区将在小广场举办“橘香邻里节”，笙原镇果农现场直供蜜橘，价格比超市便宜两成。
活动现场还有剥橘子比赛和橘皮手工，小朋友参加可获得小礼品。
欢迎大家带上购物袋，一起来热闹热闹！
""",
    ),
]

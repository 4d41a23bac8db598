"""holdout85, part F. Invented text, written case by case; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="association-text-minutes-mahua-industry",
        site="鹪水县麻花行业协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://www.jsmhxh.org/xhdt/2025/1108.html",
        title="鹪水县麻花行业协会第二届会员大会纪要",
        record_title="鹪水县麻花行业协会第二届会员大会纪要_协会动态_鹪水麻花行业协会",
        date="2025-11-08",
        notes="association text; 时间/地点/主持 lines; vote count; member-login row",
        page="""
!a 会员登录 | 申请入会 | 会员专区
!m 鹪水县麻花行业协会　JIAOSHUI MAHUA INDUSTRY ASSOCIATION
!m 首页 › 协会动态
{T}
!m 时间：2025-11-10　阅读：219
{BODY}
!l 相关：协会团体标准《鹪水麻花》征求意见稿
!m 协会地址：鹪水县城东美食街18号　电话：0576-8551 0072
""",
        body="""
时间：2025年11月8日下午2:00
地点：县商会大厦五楼会议厅
主持：协会秘书长 钟敏
一、大会审议通过了第一届理事会工作报告和财务报告。
二、大会选举产生第二届理事会，理事15名，会长由盛泰食品公司董事长 严国栋 担任。
三、大会表决通过团体标准《鹪水麻花》，应到会员86家，实到79家，赞成77票，弃权2票。
""",
        date_also=["2025-11-10"],
    ),
    dict(
        slug="corp-text-news-chive-processing",
        site="鸬溪绿源食品有限公司 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.lvyuan-food.com/news/company/20250526.html",
        title="绿源食品韭菜盒子生产线正式投产",
        record_title="绿源食品韭菜盒子生产线正式投产-新闻中心-绿源食品",
        date="2025-05-26",
        notes="company text; news date line; shop link and hotline chrome",
        page="""
!m 绿源食品 | 鲜从田头来
!m 首页　关于绿源　产品中心　新闻中心　联系我们
!a 进入天猫旗舰店 >
{T}
!m 2025-05-26　公司新闻
{BODY}
!w 订购热线：400-877-5599
!m Copyright © 鸬溪绿源食品有限公司　浙ICP备20011234号
""",
        body="""
5月26日，公司速冻韭菜盒子生产线正式投产，日产能达到8万个。
新生产线从和面、包馅到速冻全程自动化，馅料选用鸬溪镇合作社种植的宽叶韭菜，从采收到入库不超过6小时。
公司总经理表示，新生产线每年可带动周边农户消纳韭菜约1500吨。
""",
    ),
    dict(
        slug="training-html-course-mahua-skill",
        site="巧手职业技能培训学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="notice",
        form="html",
        source="http://www.qiaoshou-px.com/kc/mianshi/2025.html",
        title="中式面点师（麻花制作）培训班招生简章",
        record_title="中式面点师（麻花制作）培训班招生简章-巧手职校",
        date="2025-02-25",
        notes="training school with float box; fee table; own 报名电话 kept; 扫码 chrome",
        page="""
<html><head><meta charset="utf-8"><title>中式面点师（麻花制作）培训班招生简章-巧手职校</title></head><body>
<div class="hd">⟦m 巧手职业技能培训学校⟧ ⟦m 学技能 好就业⟧</div>
<div class="nav">⟦m 首页⟧ ⟦m 热门课程⟧ ⟦m 学员风采⟧ ⟦m 在线报名⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 发布时间：2025-02-25 / 浏览 903⟧</div>
{BODY}
<div class="float">⟦w 免费试听！扫码加课程顾问微信 qspx-001⟧</div>
<div class="ft">⟦m 巧手职业技能培训学校 办学许可证号：教民133061207000012号⟧</div>
</body></html>
""",
        body="""
一、培训内容：和面、醒发、搓条、成型、炸制等麻花制作全流程，以及食品安全基础知识。
二、培训安排：
班次　时间　费用
周末班　3月8日起，共8天　1800元
全日班　3月17日起，共10天　2200元
三、结业考核合格的，颁发中式面点师（五级）职业技能等级证书。
四、报名电话：0576-8512 6630，地址：鹪水县职教路3号。
""",
    ),
    dict(
        slug="fanwenapp-html-speech-playground-opening",
        site="笔友写作APP (invented)",
        style="范文APP",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://m.biyou-xz.com/share/art/7731",
        title="在村级儿童游乐场启用仪式上的讲话",
        record_title="在村级儿童游乐场启用仪式上的讲话（可改可用）",
        date="2025-06-01",
        notes="writing-app reading mode; unlock prompt between paragraphs; date under speech title",
        page="""
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>笔友写作</title></head><body>
<div class="appbar">⟦a 打开笔友写作APP⟧ ⟦a 阅读模式⟧</div>
<h1>{T}</h1>
<p class="d">（2025年6月1日）</p>
<div class="art">
{BODY}
</div>
<div class="op">⟦a 复制全文⟧ ⟦a 导出Word⟧ ⟦a AI续写⟧</div>
<div class="rec">⟦l 相关范文：六一儿童节村级活动致辞⟧</div>
<div class="ft">⟦d 本内容由笔友写作用户创作，仅供参考⟧</div>
</body></html>
""",
        body="""
各位乡亲、小朋友们：
今天是六一儿童节，我们村的儿童游乐场正式启用了。这个游乐场有滑梯、秋千和沙池，是镇里补助加上村里自筹建起来的。
⟦a 以下内容为会员专享，开通会员即可解锁全部范文⟧
希望家长们带孩子来玩时多看护，也请大家共同爱护设施，不让大孩子在滑梯上打闹。
祝小朋友们节日快乐！
""",
    ),
    dict(
        slug="gkforum-text-interview-chive-answer",
        site="公考驿站论坛 (invented)",
        style="公考论坛",
        genre="面试题",
        kind="post",
        form="text",
        source="http://bbs.gkyz.net/thread-66102-1-1.html",
        title="结构化面试真题：村里韭菜滞销，你作为驻村干部怎么办",
        record_title="[面试真题] 结构化面试真题：村里韭菜滞销，你作为驻村干部怎么办",
        date="2025-03-15",
        notes="exam forum; 发表于 date; numbered answer; reply meta and login prompt",
        page="""
!m 公考驿站 » 面试交流 » 真题解析
!t [面试真题] 结构化面试真题：村里韭菜滞销，你作为驻村干部怎么办
!m 楼主：驿站小助手　发表于 2025-3-15 10:20　阅读 3806　回复 52
{BODY}
!w 面试一对一模拟，报名请私信或加V：gkyz_mianshi
!m 2# 冲冲冲：这题去年省考考过类似的
!a 游客，如果您要查看本帖隐藏内容请回复
""",
        body="""
【参考答案】
韭菜滞销直接关系群众收入，我会分三步处理。
第一，摸清情况。走访种植户和收购商，弄清滞销数量、原因和可承受的价格。
第二，多渠道找销路。联系县里农超对接平台和单位食堂，请村里年轻人开直播带货，同时对接冷库延长储存期。
第三，长远打算。建议合作社调整采收期、发展加工，减少集中上市带来的压价。
""",
    ),
    dict(
        slug="baike-text-entry-mahua",
        site="万知百科 (invented)",
        style="百科问答",
        genre="词条",
        kind="entry",
        form="text",
        source="https://www.wanzhi-baike.com/wiki/鹪水麻花",
        title="鹪水麻花",
        record_title="鹪水麻花_万知百科",
        date=None,
        notes="entry text; year in a sentence not a date; edit links and catalogue",
        page="""
!m 万知百科 | 全球中文知识库
!a 编辑　|　收藏　|　分享
{T}
!l 目录：1 简介　2 历史　3 制作工艺
{BODY}
!l 词条标签：地方特产 小吃 非物质文化遗产
!m 本词条浏览 2.1万次　最近更新于 3个月前
!d 万知百科内容由网友共同编辑，如需引用请核实
""",
        body="""
鹪水麻花是鹪水县的传统小吃，以面粉、食用油、白糖为主要原料，经搓条、拧花、油炸制成，口感酥脆香甜。
相传清代道光年间已有售卖，民国时期县城老街有麻花铺十余家。
2019年，鹪水麻花制作技艺被列入县级非物质文化遗产代表性项目名录。
""",
    ),
    dict(
        slug="netdisk-html-summary-roller-rink-pages",
        site="小鹿网盘 (invented)",
        style="网盘分享",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://pan.xiaolu-yun.com/s/Lh82kQroller",
        title="鹮湖县全民健身中心轮滑馆2024年运营工作总结",
        record_title="鹮湖县全民健身中心轮滑馆2024年运营工作总结.docx",
        date="2025-01-06",
        notes="cloud-drive preview with page markers as paragraphs; file-name title; share stamp not a date",
        page="""
<html><head><meta charset="utf-8"><title>小鹿网盘 - 文件预览</title></head><body>
<div class="bar">⟦m 小鹿网盘⟧ ⟦a 登录⟧ ⟦a 客户端⟧</div>
<div class="file">⟦t 鹮湖县全民健身中心轮滑馆2024年运营工作总结.docx⟧</div>
<div class="sh">⟦m 分享者：湖畔的风　2025-02-14 分享　过期时间：永久有效⟧</div>
<div class="op">⟦a 保存到网盘⟧ ⟦a 下载(2.6MB)⟧</div>
<div class="preview">
{BODY}
</div>
<div class="tip">⟦a 预览仅显示前3页，下载后查看完整文件⟧</div>
<div class="ft">⟦d 请勿分享违法违规内容，一经发现将封禁账号⟧</div>
</body></html>
""",
        pages=dict(fmt="- 第{n}页 -", every=100, start=2),
        body="""
2024年，轮滑馆全年开放326天，接待健身群众约4.8万人次，同比增长21%。
一是规范管理。修订场内规则，增设安全员2名，全年未发生较大伤害事故。
二是开展培训。举办公益轮滑课18期，培训青少年540人次，承办县级比赛2场。
三是存在不足。场馆照明老化，冬季室内温度偏低，需在2025年争取资金改造。
鹮湖县全民健身中心
2025年1月6日
""",
    ),
    dict(
        slug="snapshot-text-notice-chive-price",
        site="快搜缓存 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="text",
        source="http://kuaisou-cache.com/snap?u=www.quling.gov.cn/tzgg/1122",
        title="关于暂停蔬菜批发市场早市交易的紧急通知",
        record_title=None,
        date="2025-01-27",
        notes="text-only cache; snapshot stamp not the date; Chinese-numeral 成文日期",
        page="""
!d 快搜缓存：该页面保存于 2025-02-03 06:12:45，原网页可能已删除或变更
!a 访问原网页 | 查看纯文本
!m 您查询的关键词已标红：韭菜 早市
!m 鸲岭镇人民政府
{T}
{BODY}
!m 鸲岭镇人民政府 主办 | 联系我们 | 网站地图
""",
        body="""
各经营户、广大群众：
受大范围雨雪冰冻天气影响，镇蔬菜批发市场路面结冰严重。为确保安全，1月28日至1月30日暂停早市交易。
韭菜、青菜等种植户请提前做好大棚保温，暂停期间可通过镇农合联线上平台销售。
恢复交易时间另行通知。
鸲岭镇人民政府
二〇二五年一月二十七日
""",
    ),
    dict(
        slug="print-html-rules-rink-safety",
        site="鹬坪县体育中心（打印页） (invented)",
        style="打印页",
        genre="规则",
        kind="rules",
        form="html",
        source="http://www.yptyzx.cn/print.php?id=902",
        title="鹬坪县体育中心轮滑场安全管理制度",
        record_title="〖打印〗鹬坪县体育中心轮滑场安全管理制度",
        date="2025-04-01",
        notes="print view; print stamp and footer not dates; articles speaking of 扫码 kept",
        page="""
<html><head><meta charset="utf-8"><title>打印 - 鹬坪县体育中心轮滑场安全管理制度</title><style>@media print{.np{display:none}}</style></head><body>
<div class="np">⟦a [打印本页] [关闭]⟧</div>
<div>⟦m 鹬坪县体育中心　打印于 2025-09-11 10:03⟧</div>
<h2>{T}</h2>
{BODY}
<div class="pf">⟦p 第1页 共1页⟧</div>
<div>⟦m 页面地址：http://www.yptyzx.cn/news/902.html⟧</div>
</body></html>
""",
        body="""
第一条　为保障轮滑场使用者安全，制定本制度。
第二条　入场人员须扫描入口处二维码完成实名登记，并签署安全告知书。
第三条　场内每个开放时段至少安排2名安全员巡场，发现逆行、追逐行为应及时制止。
第四条　场地每日开放前由当班人员检查地面、护栏，发现破损立即设置警示。
第五条　本制度自2025年4月1日起施行。
""",
    ),
    dict(
        slug="mail-text-reply-chain-mahua-inspection",
        site="鹪水县市场监管局内部邮件 (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mailto:scjgj@jiaoshui.gov.cn",
        title="关于开展麻花生产企业节前食品安全抽检的通知",
        record_title="转发：关于开展麻花生产企业节前食品安全抽检的通知.docx",
        date="2025-12-22",
        date_also=["2025-12-23"],
        notes="mail forward with reply lines; mail's own 附件 header as chrome beside the notice's own 附件 list",
        page="""
!m From: 鹪水县市场监管局食品科 <spk@jiaoshui.gov.cn>
!m Sent: 2025年12月23日 星期二 16:40
!m To: 各市场监管所
!t Subject: 转发：关于开展麻花生产企业节前食品安全抽检的通知.docx
!w 各所请查收，有问题打科里电话 8552 0018 ——食品科 小方
!m ---------- 原始邮件 ----------
{BODY}
!d 本邮件及附件仅限收件人使用，如误收请删除
""",
        body="""
各市场监管所：
为保障元旦、春节期间麻花产品质量安全，局决定对全县麻花生产企业和作坊开展节前抽检。
一、抽检项目：酸价、过氧化值、铝残留量、菌落总数。
二、时间安排：12月25日至1月15日，每所不少于10批次。
三、抽检结果于1月20日前报食品科。
附件：麻花产品抽检任务分配表
鹪水县市场监督管理局
2025年12月22日
""",
    ),
]

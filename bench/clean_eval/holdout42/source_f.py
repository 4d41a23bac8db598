"""holdout42, part F: the wool mill, the tannery, the bronze casters, the geopark and the weir again. Invented text."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _shell import box, modern  # noqa: E402

CASES = [
    dict(
        slug="corp-maoying-recall-wool-scarves",
        site="毛营毛纺集团 (invented)",
        style="企业官网",
        genre="公告",
        kind="announcement",
        form="html",
        source="https://www.maoyingwool.com/news/gg/20250310.html",
        title="关于召回部分批次羊毛围巾的公告",
        record_title="关于召回部分批次羊毛围巾的公告-毛营毛纺集团",
        date="2025-03-10",
        notes="corporate site; recall batch table; the recall's customer line kept beside the group's sales 400 line; cookie bar",
        page=modern(
            "关于召回部分批次羊毛围巾的公告-毛营毛纺集团",
            "毛营毛纺集团　MAOYING WOOL",
            "首页 ∣ 集团概况 ∣ 产品中心 ∣ 新闻公告 ∣ 社会责任 ∣ 联系我们",
            "新闻公告 ＞ 集团公告",
            "2025-03-10　浏览：2031",
            box("m", ["销售热线：400-669-1818", "招商加盟：0739-5120888"]),
            "<p>⟦a 本网站使用Cookie以提升浏览体验，继续浏览即表示同意　[我知道了]⟧</p><p>⟦m 毛营毛纺集团有限公司 版权所有⟧</p>",
        ),
        body="""
我集团在例行抽检中发现，部分批次羊毛围巾的纤维含量标注与实际不符。为保护消费者权益，决定主动召回以下批次产品。
批次号　生产日期　数量（条）
MY2412-07　2024年12月7日　1200
MY2412-15　2024年12月15日　860
已购买上述批次产品的消费者，可凭购买凭证到原购买门店办理退货。
召回咨询电话：0739-5126650
毛营毛纺集团有限公司
2025年3月10日
""",
    ),
    dict(
        slug="school-tongfang-casting-class-notice",
        site="铜坊匠心技能培训中心 (invented)",
        style="培训机构",
        genre="招生通知",
        kind="notice",
        form="text",
        source="https://www.tfjiangxin.cn/kecheng/zhutong2025.html",
        title="青铜失蜡铸造技艺研修班招生通知",
        record_title="【名额有限】青铜失蜡铸造技艺研修班招生通知（附课程表）",
        date="2025-02-18",
        notes="training centre; course table; the class's 报名电话 kept beside the centre's 400 line; trial-class prompt between paragraphs",
        page="""
!m 铜坊匠心技能培训中心
!m 首页 · 精品课程 · 师资力量 · 学员作品 · 报名咨询
{T}
!m 发布：教务处　2025-02-18
{BODY}
!w 全国统一咨询热线 400-766-3090　微信同号
!l 学员作品展 ＞＞ 查看更多
!m 铜坊匠心技能培训中心　版权所有
""",
        body="""
为培养青铜铸造传统技艺人才，本中心开设青铜失蜡铸造技艺研修班，现面向社会招生。
课程安排如下：
模块　课时　主讲
制蜡模　24　邱守铜
制范与焙烧　24　欧阳铸
⟦a 预约免费试听课，点此填写信息⟧
浇注与打磨　32　邱守铜
报名电话：0739-7338822（周老师）
""",
    ),
    dict(
        slug="app-xiezuo-speech-geopark-guide-wrapped",
        site="写作宝APP (invented)",
        style="范文APP",
        genre="演讲稿",
        kind="speech",
        form="text",
        source="https://m.xiezuobao.com/share/doc/51b8e02",
        title="做一名火山的讲述者",
        record_title="做一名火山的讲述者｜写作宝",
        date=None,
        notes="writing-app share; hard-wrapped at 60 columns; app banners; export stamp is no date",
        page="""
!a 写作宝 — 下载APP，万篇范文随心用
!t 做一名火山的讲述者｜写作宝
!m 来自用户“焰山小导”的作品 · 3.1万人看过
{BODY}
!a 生成同类演讲稿　AI续写　一键排版
!m 导出于 2025-05-30 21:44
!d 本内容由用户创作，平台仅提供信息存储服务
""",
        indent="\u3000\u3000",
        wrap=60,
        body="""
大家好！我是焰山火山地质公园的一名讲解员。
每天我都要带着游客走过那片黑色的熔岩台地。很多人问我，讲同样的故事不会腻吗？我说不会，因为每一块石头都有它自己的故事。
有一次，一个小朋友问我，火山还会喷发吗？我花了十分钟给他讲了火山的一生，他听得眼睛发亮。
那一刻我明白了，讲解员不是复读机，而是大地的翻译。
我愿意做一名火山的讲述者，把这片土地的故事讲给更多人听。谢谢大家！
""",
    ),
    dict(
        slug="examforum-interview-weir-safety-markers",
        site="面霸公考社区 (invented)",
        style="公考论坛",
        genre="面试答题",
        kind="answer",
        form="text",
        source="http://www.mianba-gk.net/thread-66510-1-1.html",
        title="如何做好拦河闸周边防溺水宣传",
        record_title="[面试真题] 如何做好拦河闸周边防溺水宣传 - 结构化面试 - 面霸公考社区",
        date=None,
        notes="exam forum; wrapped at 66 columns and cut by glued markers ⁑n⁑; relative post time is no date",
        page="""
!m 面霸公考社区 › 结构化面试 › 真题讨论
!t [面试真题] 如何做好拦河闸周边防溺水宣传 - 结构化面试 - 面霸公考社区
!m 发表于 5天前　｜　作者：一次上岸　｜　阅读 884
!l 本题来源：考生回忆版
{BODY}
!l 赞同 37　收藏 12　回复 9
!w 面试封闭班最后5个名额，私信“上岸”领取课表
""",
        indent="\u3000\u3000",
        wrap=66,
        pages=dict(fmt="⁑{n}⁑", every=90, start=2, glue=True),
        body="""
防溺水宣传要做到入脑入心，我会从以下三个方面开展工作。
第一，摸清底数。我会同村干部、闸管所工作人员一起，排查闸区周边的危险水域，设立警示牌和救生圈，形成一张隐患清单。
第二，分类宣传。对学生，联合学校在放假前上好安全课；对家长，通过村广播和网格群反复提醒；对钓鱼爱好者，现场劝导并发放宣传单。
第三，建立长效机制。招募护河志愿者在暑期重点时段巡查，做到发现一起、劝离一起。
""",
    ),
    dict(
        slug="baike-text-entry-wool-grading-example-date",
        site="百科问问 (invented)",
        style="百科问答",
        genre="词条",
        kind="entry",
        form="text",
        source="https://www.baikewenwen.com/entry/yangmao-fenji",
        title="羊毛分级",
        record_title="羊毛分级 - 百科问问",
        date=None,
        notes="encyclopaedia entry as text; an example date and a 20××年 placeholder inside sentences are no dates; edit stamp chrome",
        page="""
!m 百科问问 · 你问我答的百科
!m 百科问问 ＞ 农业 ＞ 畜牧
{T}
!m 本词条由“毛纺技术爱好者”创建，共4人参与编辑　｜　最近编辑 3天前
!a 编辑词条　添加义项　收藏
{BODY}
!l 参考资料：1. 羊毛分级技术手册
!l 词条标签：毛纺　畜牧　纤维
!d 百科问问词条内容仅供参考
""",
        body="""
羊毛分级是指按照细度、长度、颜色和含杂程度，把同一批原毛分成不同等级的工作。
分级一般在剪毛现场进行，由持证分级员完成。分级记录通常写明“20××年×月×日，某某牧场，细毛一级”等信息。
例如，某毛纺厂规定每年6月1日后入厂的原毛必须附有分级单。
分级合理可以提高毛纺产品质量，也能让牧民卖出好价钱。
""",
    ),
    dict(
        slug="netdisk-nas-rules-tannery-missing-title",
        site="私有云NAS分享页 (invented)",
        style="网盘分享",
        genre="制度",
        kind="regulation",
        form="text",
        source="http://nas.pitang-leather.cn:5000/sharing/Jk2Tq",
        title="皮塘制革厂安全生产责任制",
        record_title=None,
        date="2025-02-27",
        notes="NAS share; title missing from the record and given on the page as a file name; share expiry stamp is no date; document date at the end",
        page="""
!m 文件分享 · Synology风格
!m 皮塘制革厂安全生产责任制.docx
!m 分享人：admin　　到期时间：2025-12-31　　大小：29KB
!a 下载　　在线预览
{T}
{BODY}
!d 此链接由个人设备分享，请勿传播
""",
        body="""
一、厂长是安全生产第一责任人，对全厂安全生产工作全面负责。
二、生产副厂长协助厂长抓好鞣制、染色车间的日常安全管理。
三、车间主任负责本车间化学品领用登记，每班检查通风设施。
四、各岗位员工严格执行操作规程，发现隐患及时报告。
皮塘制革厂
2025年2月27日
""",
    ),
    dict(
        slug="snapshot-html-notice-geopark-visitor-limit",
        site="搜搜看快照 (invented)",
        style="搜索快照",
        genre="公告",
        kind="announcement",
        form="html",
        source="http://snapshot.sousoukan.cn/?url=www.yanshan-geopark.com/gg/0428.html",
        title="关于“五一”假期实行游客限量预约的公告",
        record_title="关于“五一”假期实行游客限量预约的公告 - 焰山火山地质公园",
        date="2025-04-28",
        notes="snapshot frame over a geopark page; a booking sentence (扫码预约) kept; snapshot stamp is no date",
        page="""<html><head><meta charset="utf-8"><title>关于“五一”假期实行游客限量预约的公告 - 焰山火山地质公园</title></head><body>
<div class="snap">⟦m 您查看的是搜搜看保存的网页快照，保存时间：2025年05月03日 07:41⟧<br>⟦a 访问原网页｜举报快照⟧</div>
<hr>
<div class="top">⟦m 焰山火山地质公园官方网站⟧</div>
<div class="nav">⟦m 首页　景区介绍　门票预约　游览线路　公告⟧</div>
<h2>{T}</h2>
<div class="date">⟦m 发布日期：2025-04-28⟧</div>
{BODY}
<div class="foot">⟦m 焰山火山地质公园管理处　咨询电话：0738-6120000⟧</div>
</body></html>""",
        body="""
为保障游客安全和游览体验，“五一”假期公园实行限量预约游览，现公告如下。
一、5月1日至5日，每日接待游客上限为1.2万人次。
二、游客须提前一天扫码预约，凭预约码和身份证入园。
三、火山口步道实行单向通行，请听从工作人员指挥。
焰山火山地质公园管理处
2025年4月28日
""",
    ),
    dict(
        slug="print-html-rule-weir-gate-footer",
        site="闸口拦河闸管理所 打印页 (invented)",
        style="打印页",
        genre="制度",
        kind="regulation",
        form="html",
        source="http://www.zhakou-zhaguan.cn/print.aspx?nid=219",
        title="拦河闸闸门运行管理制度",
        record_title="〔打印版〕拦河闸闸门运行管理制度",
        date=None,
        notes="print view in HTML; print stamp and footer are no dates; rules speak of 打印 the log",
        page="""<html><head><title>打印 - 拦河闸闸门运行管理制度</title><style>@media print{.noprint{display:none}}</style></head><body onload="window.print()">
<div class="noprint">⟦a [确认打印]　[关闭本页]⟧</div>
<p>⟦m 闸口拦河闸管理所　www.zhakou-zhaguan.cn⟧</p>
<h3>{T}</h3>
{BODY}
<p>⟦m 打印日期：2025-07-09⟧</p>
<p>⟦p — 第1页 共1页 —⟧</p>
</body></html>""",
        body="""
第一条　闸门启闭必须凭县防汛抗旱指挥部调度指令执行，任何人不得擅自操作。
第二条　启闭前应当检查供电、启闭机和闸门止水，确认下游无人员活动。
第三条　每次启闭后，值班员应当填写运行日志并打印一份报所长签字。
第四条　汛期闸门实行24小时值守，交接班时应当当面交接。
""",
    ),
    dict(
        slug="mail-reply-request-tannery-permit-docx",
        site="皮塘县政务邮件 (invented)",
        style="邮件转发",
        genre="请示",
        kind="request",
        form="text",
        source="mailto:hbj@pitang.gov.cn#re-20250418",
        title="关于延续制革园区排污许可证的请示",
        record_title="答复：Re: 关于延续制革园区排污许可证的请示.docx",
        date="2025-04-16",
        date_also=["2025-04-18"],
        notes="mail reply chain; file-name decorated title; reply text and quoted headers as meta; the 请示's own 联系人/电话 kept",
        page="""
!m 答复：已收到，请按附件清单补齐材料后报送。——县生态环境局 行政审批股
!m -----原始邮件-----
!m 发件人：皮塘制革园区管委会 <gwh@pitang-leather.cn>
!m 发送时间：2025年4月18日 星期五 15:26
!m 主题：关于延续制革园区排污许可证的请示.docx
{BODY}
!d 本邮件及附件仅供指定收件人使用，如误收请删除
""",
        body="""
县生态环境局：
我园区排污许可证将于2025年6月30日到期。园区污水处理站提标改造工程正在施工，预计8月底完工。
为保障园区企业正常生产，特申请延续排污许可证，请予批准。
联系人：秦浣　电话：0739-6631208
皮塘县制革园区管理委员会
2025年4月16日
""",
    ),
    dict(
        slug="gov-yanshan-consultation-geopark-plan",
        site="焰山市自然资源局 (invented)",
        style="政府门户",
        genre="公告",
        kind="announcement",
        form="html",
        source="https://zrzyj.yanshan.gov.cn/zwgk/gsgg/202506/t20250603_9921.html",
        title="关于征求《焰山火山地质公园保护规划》意见的公告",
        record_title="关于征求《焰山火山地质公园保护规划》意见的公告",
        date="2025-06-03",
        notes="municipal portal with an elderly-mode toolbar; the consultation mailbox and phone kept; 附件 list; Chinese-numeral date",
        page=modern(
            "焰山市自然资源局",
            "焰山市自然资源局",
            "首页 ｜ 机构概况 ｜ 政府信息公开 ｜ 政务服务 ｜ 公众参与",
            "当前位置：首页 ＞ 公众参与 ＞ 意见征集",
            "来源：规划科　　发布时间：2025-06-03 10:00　　字号：[大][中][小]",
            box("l", ["意见征集", "焰山市国土空间总体规划公示", "地质灾害防治方案征求意见"]),
            "<p>⟦m 焰山市自然资源局主办　网站标识码4331000043⟧</p><p>⟦a 无障碍浏览　长者模式⟧</p>",
        ),
        body="""
为加强焰山火山地质遗迹保护，我局组织编制了《焰山火山地质公园保护规划》，现公开征求社会各界意见。
一、征求意见时间：2025年6月3日至7月2日。
二、反馈方式：意见请发送至电子邮箱ysdzgy@yanshan.gov.cn，或邮寄至焰山市自然资源局规划科。
联系电话：0738-2216071
附件：焰山火山地质公园保护规划（征求意见稿）
焰山市自然资源局
二〇二五年六月三日
""",
    ),
]

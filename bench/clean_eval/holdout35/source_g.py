"""holdout35, part G: more cut and wrapped texts — a prosthetics centre's summary on a
文库 (wrapped and cut), a rafting manager's 述职 on a sharing site (cut), a cave
administration's work points, lacquer news with its title three times, a wrapped forum
repost with junk and an umbrella-care answer. Everything invented; see ../README.md and
../build.py."""

CASES = [
    dict(
        slug="wenku-prosthetics-centre-summary-wrapped-markers",
        site="墨池文库 (invented)",
        style="文库预览",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.mochiwk.example.com/view/2025/12/kf-0931.html",
        title="鼓岭县假肢矫形康复中心2025年工作总结",
        record_title="【可编辑】鼓岭县假肢矫形康复中心2025年工作总结",
        date="2025-12-22",
        notes="hard-wrapped at 64 columns and cut by ⌈2⌉ markers (glued or not) between lines; decorated title; reader chrome",
        wrap=64,
        indent="　　",
        pages=dict(fmt="⌈{n}⌉", every=140, start=2, glue="mix"),
        page="""
!m 墨池文库 — 文档在线阅读
!t 【可编辑】鼓岭县假肢矫形康复中心2025年工作总结
!m 5页 · 阅读 219 · 评分 4.5
{BODY}
!a 阅读已结束，如需完整文档请付费下载（￥4.80）
!d 本文档由会员上传，如有侵权请联系删除
""",
        body="""
2025年，中心在县残联的领导下，坚持以肢残人需求为导向，全年为二百一十六名肢残人适配假肢和矫形器，比上年增长百分之十八。
一是技术水平明显提升。新购置三维扫描取型设备投入使用，接受腔返工率由三成下降到一成以内。
二是服务方式不断创新。组织技术人员下乡巡回服务十二次，为行动不便的肢残人上门取型、上门调试。
三是队伍建设得到加强。选派四名技术人员参加假肢装配工职业技能培训，全部取得职业技能等级证书。
鼓岭县假肢矫形康复中心
2025年12月22日
""",
    ),
    dict(
        slug="docshare-rafting-manager-shuzhi-double-angle-markers",
        site="知享文档 (invented)",
        style="文档分享",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://www.zhixiangdoc.example.net/d/30028751.html",
        title="漂流景区安全部经理述职报告",
        record_title="漂流景区安全部经理述职报告（精选）",
        date=None,
        notes="a sharing site's text cut by ≪2≫ markers on lines of their own; no date in the document (an upload date only); a points prompt between paragraphs",
        indent="　　",
        pages=dict(fmt="≪{n}≫", every=120, start=2, glue=False),
        page="""
!m 知享文档
!t 漂流景区安全部经理述职报告（精选）
!m 上传用户：峡谷浪花　上传日期：2025-11-29　下载积分：5
{BODY}
!a 下载文档到电脑，查找使用更方便
!l 还剩 3 页未读，点此继续阅读
!d 知享文档仅提供信息存储空间服务，所有文档均由用户上传
""",
        body="""
本人自担任景区安全部经理以来，始终把游客安全放在首位，现将一年来的工作述职如下。
一、健全安全制度。修订完善安全管理规定、应急预案等制度九项，组织全员学习考试。
二、强化隐患排查。每日开园前对河道、码头和漂流艇进行检查，全年排查整改隐患四十七处。
三、抓好应急演练。组织落水救援、山洪避险等演练六次，安全员持证率达到百分之百。
全年接待漂流游客十八万人次，未发生一起安全责任事故。
""",
    ),
    dict(
        slug="gov-rongchuan-cave-admin-work-points-cn-date",
        site="溶川县溶洞风景名胜区管理局 (invented)",
        style="政府门户",
        genre="工作要点",
        kind="plan",
        form="text",
        source="http://rdfj.rongchuan.example.gov.cn/zwgk/ghjh/2025/0210/57.html",
        title="溶川县溶洞风景名胜区管理局2025年工作要点",
        record_title="溶川县溶洞风景名胜区管理局2025年工作要点_规划计划",
        date="2025-02-10",
        notes="成文日期 in Chinese numerals under the signature; 文号 neutral; a 'this column' list and a 'scan to read on the phone' prompt between paragraphs",
        indent="　　",
        page="""
!m 溶川县溶洞风景名胜区管理局
!m 政务公开 › 规划计划
!t 溶川县溶洞风景名胜区管理局2025年工作要点_规划计划
溶景发〔2025〕3号
!m 发布机构：办公室　　信息来源：本局　　访问量：97
{BODY}
!l 本栏目更多：
!l 2024年工作总结　　2025年部门预算公开
""",
        body="""
2025年，我局将围绕“保护优先、科学利用”的要求，重点抓好以下工作。
一、加强资源保护。完成洞内钟乳石监测点位布设，建立洞穴环境数据年报制度。
二、提升游览品质。完成洞内照明改造，新增无障碍游览通道一条。
⟦a 手机扫码，随时随地阅读本文⟧
三、抓好安全管理。严格执行游客限量，旺季实行分时段预约入洞。
四、推进研学旅游。与县教育局合作开发地质研学课程，全年接待研学学生两万人次。
溶川县溶洞风景名胜区管理局
二〇二五年二月十日
""",
    ),
    dict(
        slug="news-qikou-lacquer-export-title-thrice",
        site="漆口资讯网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.qikouzx.example.com/a/20250915/66120.html",
        title="漆口漆器首次整柜出口中东",
        record_title="漆口漆器首次整柜出口中东_漆口资讯网",
        date="2025-09-15",
        notes="the title three times (record, a header line, glued to the lead); a relative publish time in the header and a full date line; a video prompt between paragraphs",
        page="""
!m 漆口资讯网 · 本地新闻
!t 漆口漆器首次整柜出口中东_漆口资讯网
!m 1小时前 · 阅读 1.5万
!t 漆口漆器首次整柜出口中东
!m 2025-09-15 10:30　来源：漆口资讯网　作者：聂小雨
⟦t 漆口漆器首次整柜出口中东⟧{BODY}
!l 大家还在看：漆口镇漆器传习所迎来首批研学团
!l 热门评论（12）
""",
        body="""
9月14日，一辆满载漆面茶盘、首饰盒等漆器产品的集装箱货车从漆口镇出发，这批货物将经港口发往迪拜，这是漆口漆器首次以整柜形式出口中东。
这批产品货值八十六万元，由镇内三家漆器企业联合供货。
⟦a ▶ 点击观看现场视频⟧
漆口漆艺协会负责人介绍，为打开中东市场，企业专门设计了几何纹样和金色描边的新款式。
今年以来，漆口漆器出口额已达四百二十万元，同比增长近一倍。
""",
    ),
    dict(
        slug="forum-etc-notice-wrapped-junk-repost",
        site="车友之家论坛 (invented)",
        style="论坛",
        genre="通知",
        kind="notice",
        form="text",
        source="http://bbs.cheyouzj.example.com/thread-771290-1-1.html",
        title="关于开展ETC设备免费检测和更换服务的通知",
        record_title="关于开展ETC设备免费检测和更换服务的通知 - 车友之家论坛",
        date="2025-08-01",
        date_also=["2025-08-03"],
        notes="a forum repost hard-wrapped at 66 columns with junk lines and glued junk; the post date differs from the notice's date; floors under it",
        wrap=66,
        junk=dict(lines=2, glued=2),
        page="""
!m 车友之家论坛 - 砚川车友会 - 出行资讯
!t 关于开展ETC设备免费检测和更换服务的通知 - 车友之家论坛
!m 作者：老司机阿甘　时间：2025-8-3 08:11　楼主
{BODY}
!l 1楼 ETC常坏：太好了，我的设备经常识别不了
!l 2楼 路过的老王：周末去看看
!a 登录后可查看更多回复
""",
        body="""
广大ETC用户：
为提升ETC车道通行效率，砚川县交通投资集团决定于2025年8月5日至8月31日在砚川东、砚川北收费站开展ETC设备免费检测和更换服务。
一、服务对象：安装ETC设备满五年或经常出现识别失败的车辆。
二、办理方式：车主携带行驶证、身份证到收费站服务点办理，设备更换免费。
三、服务时间：每日8时30分至17时30分。
砚川县交通投资集团有限公司
2025年8月1日
""",
    ),
    dict(
        slug="qa-oil-paper-umbrella-care-answer-signed",
        site="百事问 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.baishiwen.example.com/ask/2025/10/19/667201.html",
        title="买的油纸伞怎么保养才能用得久？",
        record_title="买的油纸伞怎么保养才能用得久？ - 百事问",
        date="2025-10-19",
        notes="a Q&A: a craftsman's answer card and his workshop ad are chrome; 回答于 is the page's date; the answer's numbered list kept",
        page="""
!m 百事问 > 生活 > 家居日用
{T}
!m 问题补充：国庆在伞塘古镇买了一把，怕放坏了
!m 伞塘老伞匠 · 回答于 2025-10-19 · 认证：非遗传承人
{BODY}
!l 赞 48 | 踩 | 评论 6
!w 伞塘老伞匠的作坊：订制油纸伞请私信
!a 打开百事问APP，查看更多回答
""",
        body="""
油纸伞是竹子和桐油做的，保养要注意三点：
1. 新伞买回来先撑开放在阴凉通风处晾两三天，让桐油味散掉。
2. 用过之后不要收起来马上放，要撑开阴干，不能在太阳下暴晒，也不能用吹风机吹。
3. 长时间不用的话，每隔两三个月撑开透透气，防止伞面粘连。
按这样保养，一把好伞用上十年没有问题。
""",
    ),
]

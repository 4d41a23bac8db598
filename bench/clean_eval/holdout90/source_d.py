"""holdout90, part D (blind; invented)."""

CASES = [
    dict(
        slug="fanwen-marina-summary-oneline",
        site="范本云集 (invented)", style="范文站", genre="工作总结", kind="summary", form="text",
        source="http://m.fbyunji.example.com/zj/55102.html",
        title="银沙湾游艇码头2025年安全管理工作总结",
        record_title=None,
        date="2025-12-15",
        notes="one-line body; title missing in record, found on page; glued member prompt",
        oneline=True, indent="　　",
        page="""
!m 范本云集 · 手机版
{T}
{BODY}
!a 开通会员，全站范文免费复制
!l 上一篇：港口年度安全总结　下一篇：景区安全生产总结
""",
        body="""
今年以来，游艇码头认真落实安全生产责任制，全年未发生安全事故。
一是严格进出港登记，共登记游艇进出港四千六百余艘次。
二是开展防台风演练三次，完善浮码头系泊设施。
三是组织从业人员安全培训八期，持证上岗率达到百分之百。
银沙湾游艇码头管理有限公司
2025年12月15日
""",
    ),
    dict(
        slug="wenku-woodcarving-coop-report-wrapped-markers",
        site="千页文库 (invented)", style="文库预览", genre="述职报告", kind="report", form="text",
        source="https://www.qianyewk.example.com/doc/77c1e0a2.html",
        title="木雕工艺合作社理事长2025年度述职报告",
        record_title="木雕工艺合作社理事长2025年度述职报告（word可编辑）",
        date="2026-01-05",
        notes="wrapped 58 columns with glued markers ⁅n⁆; Chinese-numeral date",
        wrap=58, indent="    ",
        pages=dict(fmt="⁅{n}⁆", every=110, start=2, glue=True),
        page="""
!m 千页文库 > 述职报告 > 基层组织
!m 上传者：dk_wood　上传时间：2026-01-20　3页
{T}
{BODY}
!a 本文档剩余内容需付费阅读，点击解锁全文
!d 千页文库声明：本文档由网友上传，不代表本站观点
""",
        body="""
一年来，我在县文旅局和社员的支持下，带领合作社围绕木雕产业转型升级开展工作，现将履职情况报告如下。
一、抓传承。开办木雕技艺传习班两期，招收学徒二十六名，三名老艺人被评为县级非遗传承人。
二、抓市场。开设网店和直播间，全年线上销售额三百一十万元，占总销售额的四成。
三、抓管理。修订合作社财务制度，年底向社员公开账目，按交易量返还盈余。
不足之处是新产品开发慢，明年将与美术学院合作设计文创产品。
东阳坞木雕工艺专业合作社理事长　楼建平
二〇二六年一月五日
""",
    ),
    dict(
        slug="gov-hawthorn-town-plan-text",
        site="棠梨镇人民政府 (invented)", style="政府门户", genre="方案", kind="plan", form="text",
        source="http://www.tangli.example.gov.cn/xxgk/ghjh/202503/t20250306_22.html",
        title="棠梨镇山楂产业提质增效三年行动方案",
        record_title="棠梨镇山楂产业提质增效三年行动方案",
        record_date="2025-03-06",
        date="2025-03-06",
        notes="record title and date; decimal headings; 文号 neutral; indicator table",
        page="""
!m 棠梨镇人民政府门户网站
!m 首页 >> 信息公开 >> 规划计划
棠政发〔2025〕7号
{T}
{BODY}
!a 【大字版】【打印】【关闭】
!m 棠梨镇党政办公室　电话：0316-7530012
""",
        body="""
1 总体目标
到2027年，全镇山楂种植面积稳定在两万亩，精深加工转化率达到百分之六十。
2 重点任务
2.1 改造老果园五千亩，推广矮化密植。
2.2 培育山楂糕、山楂饮料加工企业三家以上。
2.3 建设冷链仓储中心一处。
3 年度指标
年度　改造面积（亩）　加工量（吨）
2025　1500　8000
2026　1800　11000
2027　1700　15000
""",
    ),
    dict(
        slug="news-ski-resort-opening-text",
        site="雪原新闻客户端 (invented)", style="新闻门户", genre="新闻", kind="news", form="text",
        source="https://app.xueyuan-news.example.com/share/article/402217",
        title="松岭滑雪场新雪季开板 新增两条初级雪道",
        record_title="松岭滑雪场新雪季开板 新增两条初级雪道丨雪原新闻",
        date="2025-11-28",
        notes="news app share; dotted date line; open-in-app; title glued to lead",
        page="""
!a 打开雪原新闻客户端，看更多本地资讯
!m 雪原新闻　2025.11.28 10:05
{BODY}
!l 相关新闻：冰雪季旅游线路发布
!a 分享到朋友圈
""",
        body="""
⟦t 松岭滑雪场新雪季开板 新增两条初级雪道⟧本报讯 11月27日，松岭滑雪场迎来新雪季开板日，首日接待滑雪爱好者一千三百余人。
今年雪场新增两条初级雪道和一条魔毯，初学者可在教练指导下循序渐进练习。
雪场负责人介绍，雪季期间每天安排专业巡逻员和救护人员值守，确保游客安全。
""",
    ),
    dict(
        slug="forum-snorkel-club-activity-post-html",
        site="蓝岛户外论坛 (invented)", style="论坛", genre="通知", kind="notice", form="html",
        source="http://bbs.landao-hw.example.com/viewthread.php?tid=9901",
        title="浮潜俱乐部国庆活动报名须知",
        record_title="浮潜俱乐部国庆活动报名须知 - 活动召集 - 蓝岛户外论坛",
        date="2025-09-15",
        notes="forum HTML with jammer fonts; post time; 报名 table kept",
        junk=dict(lines=1, glued=1),
        page="""
<html><head><meta charset="utf-8"><title>浮潜俱乐部国庆活动报名须知 - 活动召集 - 蓝岛户外论坛</title></head><body>
<div class="hd">⟦m 蓝岛户外论坛 · 海岛爱好者的家⟧</div>
<div class="nav">⟦m 论坛首页 › 活动召集⟧</div>
<div class="post"><h2>{T}</h2><p class="au">⟦m 作者：海胆队长　2025-09-15 12:40⟧</p>
{BODY}
</div>
<div class="ops">⟦l 支持(8) 反对(0) 收藏 分享⟧</div>
<div class="ft">⟦m 蓝岛户外 版本 v5.0⟧</div>
</body></html>
""",
        body="""
国庆期间俱乐部组织赴鹭屿浮潜，名额三十人。
日期　集合地点　费用
10月2日　东码头　260元
10月4日　东码头　260元
所有参加者须会游泳，下水前必须穿好救生衣，服从领队安排。
""",
    ),
    dict(
        slug="blog-caving-club-insight-text",
        site="地下河笔记 (invented)", style="博客", genre="心得体会", kind="insight", form="text",
        source="http://dixiahe.blog.example.net/post/2025/04/13",
        title="参加洞穴救援培训的体会",
        record_title="【随记】参加洞穴救援培训的体会 | 地下河笔记",
        date="2025-04-13",
        notes="blog; bracketed time; gap layout; tags and prev/next",
        gap=True,
        page="""
!m 地下河笔记 —— 一个洞穴探险爱好者的记录
{T}
!m [2025-04-13 20:15]
{BODY}
!l 标签：洞穴 救援 培训
!l « 上一篇：喀斯特地貌入门　下一篇：装备清单更新 »
!l 评论(2)
""",
        body="""
上周参加了省洞穴探险协会组织的三天救援培训，收获很大。
以前总觉得自己经验丰富，可是在模拟被困演练中，我发现自己对绳索系统的掌握还很不够。
教练反复强调，进洞前一定要把路线和预计出洞时间告诉留守人员，这一点看似简单，却是救命的关键。
以后每次活动，我都会把安全检查表贴在装备包上。
""",
    ),
    dict(
        slug="wechat-perfume-workshop-notice-html",
        site="微文镜像 (invented)", style="公众号镜像", genre="通知", kind="notice", form="html",
        source="https://mp.weiwenjx.example.com/s/PF-3c1a",
        title="香氛调制体验课暂停通知",
        record_title=None,
        date="2025-07-22",
        notes="WeChat mirror; account date; follow and 在看 bars",
        page="""
<html><head><meta charset="utf-8"><title>香氛调制体验课暂停通知</title></head><body>
<div class="acc">⟦m 闻香小筑⟧ ⟦m 2025-07-22⟧</div>
<h1>{T}</h1>
{BODY}
<div class="qr">⟦a 长按识别二维码，关注闻香小筑⟧</div>
<div class="bar">⟦l 分享　收藏　点赞　在看⟧</div>
<div class="mirror">⟦d 镜像页面，仅供存档⟧</div>
</body></html>
""",
        body="""
各位学员：
因工作室进行通风系统改造，7月25日至8月5日期间香水调制体验课暂停开放，已预约的学员课时自动顺延。
改造完成后，我们将在本号另行通知复课时间。
闻香小筑调香工作室
2025年7月22日
""",
    ),
    dict(
        slug="docshare-eyelash-salon-rules-paren-markers",
        site="文档驿站 (invented)", style="文档分享", genre="制度", kind="other", form="text",
        source="https://www.wdyizhan.example.com/d/55120.html",
        title="美睫店卫生消毒管理制度",
        record_title="美睫店卫生消毒管理制度.wps",
        date=None,
        notes="file name title; markers ⸨n⸩ on own lines; no date",
        pages=dict(fmt="⸨{n}⸩", every=90, start=2, glue=False),
        page="""
!m 文档驿站 · 免费文档分享平台
!m 格式：WPS　大小：23KB　下载：41次
{BODY}
!a 点击下载本文档
!d 免责声明：文档来自网友上传，侵删
""",
        body="""
一、美睫师操作前后必须洗手，佩戴口罩和一次性手套。
二、镊子、睫毛梳等工具每客一消毒，消毒后放入密闭容器保存。
三、胶水、睫毛等耗材须有合格证明，过期产品一律不得使用。
四、毛巾、床单一客一换，每日统一清洗消毒。
""",
    ),
    dict(
        slug="edu-kettle-factory-visit-news-text",
        site="壶山区教育网 (invented)", style="教育门户", genre="新闻", kind="news", form="text",
        source="http://jy.hushan.example.edu.cn/xwdt/2025/1107.html",
        title="壶山实验小学开展水壶厂劳动实践活动",
        record_title="壶山实验小学开展水壶厂劳动实践活动_壶山区教育网",
        date="2025-11-07",
        notes="education portal; publish line; bottom tools",
        page="""
!m 壶山区教育网
!m 首页 - 新闻动态 - 校园传真
{T}
!m 发布人：实验小学　发布时间：2025-11-07　浏览：126
{BODY}
!a [打印本页] [关闭窗口]
!m 主办：壶山区教育局　备案号：浙ICP备05033104号
""",
        body="""
11月6日，壶山实验小学组织四年级学生到本地一家不锈钢水壶厂开展劳动实践活动。
同学们参观了冲压、抛光、组装生产线，还在工人师傅指导下亲手给水壶安装手柄。
学校负责人表示，将把劳动实践作为常态课程，让学生在动手中体会劳动的价值。
""",
    ),
    dict(
        slug="oa-zisha-studio-plan-html",
        site="陶都紫砂协同办公 (invented)", style="企业内网", genre="方案", kind="plan", form="html",
        source="http://oa.taodu-zs.example.local/doc/2025/0315",
        title="紫砂工作室春季原矿泥料采购方案",
        record_title=None,
        date="2025-03-15",
        notes="intranet doc view; 流转记录; document's 联系人 kept",
        page="""
<html><head><meta charset="utf-8"><title>协同办公 - 公文查看</title></head><body>
<div class="hd">⟦m 陶都紫砂协同办公平台⟧ ⟦m 当前用户：陈静⟧ ⟦a 退出⟧</div>
<div class="tab">⟦m 待办 | 已办 | 公文 | 通讯录⟧</div>
<h2>{T}</h2>
<table><tr><td>⟦m 拟稿部门：采购部⟧</td><td>⟦m 密级：内部⟧</td></tr></table>
{BODY}
<div class="flow">⟦l 流转记录：采购部 提交 → 总经理 审批通过⟧</div>
<div class="btn">⟦a 下载正文⟧ ⟦a 打印稿纸⟧</div>
</body></html>
""",
        body="""
为保证春季制壶用料，拟采购原矿紫泥、朱泥共十二吨。
一、采购方式：向三家持证矿料供应商询价，择优确定。
二、质量要求：泥料须附矿源证明，含铁量检测合格。
三、预算：四十二万元。
联系人：采购部 陈静　内线：8021
陶都紫砂工作室
2025年3月15日
""",
    ),
    dict(
        slug="qa-chimney-sweep-answer-html",
        site="百事问 (invented)", style="问答社区", genre="问答", kind="other", form="html",
        source="https://www.baishiwen.example.com/q/3310427.html",
        title="农村烧柴灶的烟囱多久清理一次？",
        record_title="农村烧柴灶的烟囱多久清理一次？ - 百事问",
        date="2025-01-17",
        notes="Q&A HTML; 回答于 date; vote bar",
        page="""
<html><head><meta charset="utf-8"><title>农村烧柴灶的烟囱多久清理一次？ - 百事问</title></head><body>
<div class="hd">⟦m 百事问 · 有问必答⟧ ⟦a 提问⟧ ⟦a 登录⟧</div>
<h1>{T}</h1>
<div class="ans"><p>⟦m 烟道师傅老郑　回答于 2025-01-17⟧</p>
{BODY}
<p>⟦l 赞同 26　反对 1　评论 3⟧</p></div>
<div class="rel">⟦l 相似问题：土炕不好烧怎么办？⟧</div>
</body></html>
""",
        body="""
一般一个采暖季清理一到两次比较合适，烧湿柴多的话要更勤一些。
判断方法很简单：生火时倒烟、烟囱口冒黑烟，就说明里面积灰多了。
清理时先封好灶口，从烟囱顶部往下用钢丝刷来回刷，最后从清灰口把灰掏出来。
""",
    ),
    dict(
        slug="anthology-kang-builder-memoir-html",
        site="黑土文丛 (invented)", style="个人文集", genre="散文", kind="other", form="html",
        source="http://www.heitu-wc.example.com/book/3/ch12.html",
        title="盘炕三十年",
        record_title="《黑土文丛》第三卷·盘炕三十年",
        date=None,
        notes="collection chapter; chapter nav; no date",
        page="""
<html><head><meta charset="utf-8"><title>《黑土文丛》第三卷·盘炕三十年</title></head><body>
<div class="bk">⟦m 黑土文丛 · 第三卷⟧</div>
<div class="nav">⟦l 上一章　目录　下一章⟧</div>
<h2>{T}</h2>
{BODY}
<div class="nav2">⟦l 上一章：冬天的井　下一章：老屯的戏台⟧</div>
<div class="cp">⟦d 作品版权归作者所有⟧</div>
</body></html>
""",
        body="""
我十七岁跟着舅舅学盘炕，到今年整整三十年了。
盘炕讲究的是烟道走得顺，火要从炕头一直暖到炕梢。舅舅常说，炕盘得好不好，烧一把柴就知道。
这些年屯里盖了新房，很多人家改用了暖气，可老人们还是愿意睡一铺热炕。
""",
    ),
]

"""holdout44, part E. Invented text (sites, counties, people, URLs, chrome); see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="personnel-exam-radar-tech-interview-html",
        site="柘溪人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://www.zxrsks.cn/tzgg/2025/0722/3016.html",
        title="柘溪县气象局2025年公开招聘雷达技术员面试公告",
        record_title="柘溪县气象局2025年公开招聘雷达技术员面试公告",
        record_date="2025-07-22",
        date="2025-07-22",
        notes="exam portal: login box, site technical line next to the notice's consultation phone; interview list table; 面试通知书 sentence kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>柘溪人事考试网</title></head><body>
<div class="hd">⟦m 柘溪人事考试网⟧ ⟦a 考生登录⟧ ⟦a 成绩查询⟧</div>
<div class="nav">⟦m 首页 ▏考试公告 ▏报名入口 ▏成绩查询 ▏政策法规⟧</div>
<div class="wz">⟦m 位置：首页 - 考试公告⟧</div>
<div class="bt">{T}</div>
<div class="sj">⟦m 发布日期：2025-07-22　来源：县人社局⟧</div>
{BODY}
<div class="jszc">⟦m 网站技术支持：0571-69020011⟧</div>
<div class="ft">⟦d 本网站为柘溪县人事考试唯一官方发布平台，请考生谨防诈骗。⟧</div>
</body></html>
""",
        body="""
根据笔试成绩，现将进入面试人员名单公告如下：
准考证号　姓名　笔试成绩
2025071203　钟予安　78.5
2025071211　石毓　76.0
面试定于7月30日上午在县气象局举行，请考生登录报名系统下载打印面试通知书。
咨询电话：0571-69033102
柘溪县人力资源和社会保障局
2025年7月22日
""",
    ),
    dict(
        slug="tender-cocoon-dryer-procurement",
        site="柘坪县政府采购网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://zfcg.zhuping.gov.cn/cggg/2025/0227/1180.html",
        title="柘坪茧站烘茧设备采购项目招标公告",
        record_title="【招标公告】柘坪茧站烘茧设备采购项目招标公告",
        date="2025-02-27",
        notes="procurement portal text: CA and platform hotlines; lot table; purchaser and agency contacts kept",
        page="""
!m 柘坪县政府采购网
!m 首页 > 采购公告 > 公开招标
{T}
!m 发布时间：2025-02-27 15:30　项目编号：ZPCG-2025-021
!a 【我要投标】【收藏项目】
{BODY}
!m 平台技术服务电话：400-998-1203
!m CA数字证书咨询：0572-56900122
!d 本公告内容以采购文件为准。
""",
        body="""
一、采购内容
包号　名称　预算（万元）
1　热风烘茧机　86
2　茧库除湿设备　24
二、投标截止时间：2025年3月20日9时30分。
三、联系方式
采购人：柘坪镇茧站　联系人：黄先生　电话：0572-56218807
代理机构：湖州丰和项目管理有限公司　联系人：谢女士　电话：0572-56112020
""",
    ),
    dict(
        slug="lawfirm-lighthouse-heritage-lecture-html",
        site="海衡律师事务所 (invented)",
        style="律所网站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://www.haiheng-lawyer.cn/news/jz/2025-08.html",
        title="在鲛屿灯塔文物保护普法讲座上的讲稿",
        record_title="以案说法 | 在鲛屿灯塔文物保护普法讲座上的讲稿",
        date="2025-08-16",
        notes="law firm page with consult box and phone float; date under the lecture title; speaker line neutral",
        page="""
<html><head><meta charset="utf-8"><title>以案说法 | 在鲛屿灯塔文物保护普法讲座上的讲稿</title></head><body>
<div class="hd">⟦m 海衡律师事务所　HAIHENG⟧ ⟦m 全国咨询热线 400-119-3266⟧</div>
<div class="nv">⟦m 首页 | 律师团队 | 业务领域 | 以案说法 | 联系我们⟧</div>
<h1>{T}</h1>
<p>海衡律师事务所律师　葛清源</p>
<p>（2025年8月16日）</p>
{BODY}
<div class="consult">⟦w 免费咨询：留下电话，律师30分钟内回电⟧ ⟦a 提交⟧</div>
<div class="tags">⟦l 标签：文物保护 普法 灯塔⟧</div>
<div class="ft">⟦m 海衡律师事务所 © 2025　浙ICP备20054110号⟧</div>
</body></html>
""",
        body="""
各位乡亲：
鲛屿老灯塔是县级文物保护单位。在文物上刻画、涂污，情节较轻的会被罚款，造成严重损坏的还可能承担刑事责任。
去年有游客在塔身刻字，最后被处以罚款并承担修复费用。
希望大家做灯塔的守护者。
""",
    ),
    dict(
        slug="community-acrobat-performance-html",
        site="锣埠社区服务网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.luobu-sq.cn/news/show-3391.html",
        title="关于县杂技团送演出进社区的通知",
        record_title="关于县杂技团送演出进社区的通知-锣埠社区服务网",
        date="2025-09-24",
        notes="residents' site: service-line banner, a sign-up QR sentence kept, volunteer button glued after a sentence",
        page="""
<html><head><meta charset="utf-8"><title>关于县杂技团送演出进社区的通知-锣埠社区服务网</title></head><body>
<div class="t">⟦m 锣埠社区服务网⟧ ⟦m 24小时社区服务热线：0576-87133300⟧</div>
<div class="n">⟦m 社区首页 · 社区动态 · 便民服务 · 党群之家⟧</div>
<h3>{T}</h3>
<div class="i">⟦m 发布者：社区办公室　2025-09-24⟧</div>
{BODY}
<div class="b">⟦l 上一条：锣埠社区秋季爱国卫生运动安排⟧</div>
<div class="f">⟦m 锣埠社区居民委员会 主办⟧</div>
</body></html>
""",
        body="""
各位居民：
9月28日晚7时，县杂技团将在社区文化广场演出，节目有顶碗、蹬技、魔术等。
演出需要10名志愿者协助维持秩序，请扫描公告栏二维码报名。⟦a 我要当志愿者 ＞⟧
请大家自带小板凳，提前入场。
锣埠社区居民委员会
2025年9月24日
""",
    ),
    dict(
        slug="association-folk-instrument-pledge-wrap",
        site="汐湾县民族乐器行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="proposal",
        form="text",
        source="http://www.xwmzyq.org/xhdt/0519.html",
        title="民族乐器行业守信经营倡议书",
        record_title="【协会倡议】民族乐器行业守信经营倡议书",
        date="2025-05-19",
        notes="association page, hard-wrapped at 64 columns with indents; membership prompt line inside the body",
        page="""
!m 汐湾县民族乐器行业协会
!m 首页｜协会简介｜会员单位｜行业资讯｜下载中心
{T}
!m 发布日期：2025-05-19　　浏览：133
{BODY}
!m 协会地址：汐湾县工业园区笙岭路3号
!m 联系电话：0576-87266880
""",
        indent="\u3000\u3000",
        wrap=64,
        body="""
各会员单位：
近年来，个别企业以次充好、虚标材质，损害了全行业声誉。为此，协会向全体会员单位发出如下倡议：
一、如实标注乐器材质，红木就是红木，不以杂木冒充。
⟦l 还不是会员？点击了解入会流程⟧
二、不恶意压价，不抄袭他人外观设计。
三、建立售后档案，对售出乐器提供至少一年保修。
汐湾县民族乐器行业协会
2025年5月19日
""",
    ),
    dict(
        slug="enterprise-silk-mill-news-cocoon",
        site="柘坪丝绸集团官网 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.zpsilkgroup.com/news/qydt/2025/0618.html",
        title="集团与柘坪茧站签订优质茧订单收购协议",
        record_title="集团与柘坪茧站签订优质茧订单收购协议-企业动态",
        date="2025-06-18",
        notes="company news page: dotted date line, online-shop prompt; sales hotline in the footer",
        page="""
!m 柘坪丝绸集团 ZHUPING SILK
!m 首页　集团概况　产品中心　企业动态　社会责任　联系我们
!m 企业动态
{T}
!m 2025.06.18　　浏览 74
{BODY}
!a 进入官方商城选购真丝产品 →
!m 全国销售热线：400-870-5566　© 柘坪丝绸集团有限公司
""",
        body="""
6月17日，集团与柘坪茧站签订2025年度优质茧订单收购协议。
根据协议，集团以高于市场指导价5%的价格收购上车茧率92%以上的优质茧，预计全年订单量300吨。
这是集团连续第三年开展订单收购。
""",
    ),
    dict(
        slug="training-acrobat-summer-camp-html",
        site="童星杂技培训中心 (invented)",
        style="培训机构",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.tongxing-zaji.com/news/2025summer.html",
        title="2025年少儿杂技暑期体验营招生简章",
        record_title="【火热报名中】2025年少儿杂技暑期体验营招生简章（包教包会）",
        date="2025-06-10",
        notes="training school page: floating consult box, trial-class link between paragraphs; camp table; 成文日期",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【火热报名中】2025年少儿杂技暑期体验营招生简章（包教包会）</title></head><body>
<div class="hd">⟦m 童星杂技培训中心⟧ ⟦m 汐湾县杂技团合作培训基地⟧</div>
<div class="nav">⟦m 首页 | 课程介绍 | 师资力量 | 学员风采 | 在线报名⟧</div>
<h1>{T}</h1>
{BODY}
<div class="float-kefu">⟦w 在线咨询　微信：txzj2025　电话：138-5766-0921⟧</div>
<div class="ft">⟦m 地址：汐湾县文化中心三楼⟧ ⟦m 版权所有 童星杂技培训中心⟧</div>
</body></html>
""",
        body="""
暑期体验营面向6至12周岁少儿，由县杂技团专业演员授课。
期次　时间　名额
第一期　7月7日至7月18日　20人
第二期　7月21日至8月1日　20人
⟦a 预约一节免费体验课 ＞＞⟧
体验营只教基本功和安全的小技巧，不安排高空项目，请家长放心。
童星杂技培训中心
2025年6月10日
""",
    ),
    dict(
        slug="app-tide-station-speech-reading",
        site="稿易App (invented)",
        style="范文APP",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://m.gaoyi-app.cn/read/771203",
        title="在潮位站建站六十周年座谈会上的讲话",
        record_title="在潮位站建站六十周年座谈会上的讲话（可直接使用）",
        date="2025-09-26",
        notes="writing app reading mode: AI-rewrite buttons, member prompts; date under the speech title; page markers of its own form glued",
        page="""
!a ← 返回　　阅读模式　　Aa
!m 稿易 · 讲话稿 · 纪念座谈
{T}
（2025年9月26日）
{BODY}
!a AI改写本文　｜　一键复制（会员）　｜　导出Word
!l 相似范文：气象站建站周年讲话 · 水文站建站纪念会致辞
!m 稿易App 让写稿更容易
""",
        pages=dict(fmt="〈第{n}屏〉", every=70, start=2, glue=True),
        body="""
同志们：
六十年前，第一代观测员在汐湾港边打下第一口验潮井。六十年来，潮位站积累了连续完整的潮位资料，为海堤建设和风暴潮预警提供了可靠依据。
新时代，潮位站要加快自动化、智能化改造，把观测精度再提高一步。
祝潮位站越办越好！
""",
    ),
    dict(
        slug="examforum-lighthouse-interview-question",
        site="申面帮论坛 (invented)",
        style="公考论坛",
        genre="范文",
        kind="essay",
        form="text",
        source="https://www.shenmianbang.com/bbs/t-55218.html",
        title="如何让老灯塔“活”起来",
        title_also=["面试真题：如何让老灯塔“活”起来"],
        record_title="[面试真题] 如何让老灯塔“活”起来 - 结构化面试 - 申面帮",
        date=None,
        notes="exam forum post with relative time only (no date); answer outline numbered; reply-to-see prompt",
        page="""
!m 申面帮论坛 › 结构化面试 › 真题解析
!m 楼主：面霸阿远　5小时前
{T}
{BODY}
!a 【回复可见】完整答题框架及评分要点
!l 本版热帖：2025省考面试真题汇总 ｜ 组织管理题万能框架
!m 申面帮 © 2025
""",
        body="""
题目：某县有一座百年老灯塔，已停止使用，有人建议拆除，有人建议改造成景点。如果由你负责，你会怎么做？
答题思路：
1.先调研，摸清灯塔的文物价值和结构安全状况；
2.再论证，听取文物部门、村民和游客意见；
3.后利用，在保护的前提下适度开放，讲好灯塔故事。
""",
    ),
    dict(
        slug="encyclopedia-vermicelli-drying-entry",
        site="农知百科 (invented)",
        style="百科问答",
        genre="词条",
        kind="article",
        form="text",
        source="https://www.nongzhi-baike.com/wiki/晒粉",
        title="晒粉",
        record_title="晒粉 - 农知百科",
        date=None,
        notes="encyclopaedia entry; example date in a sentence; catalogue, edit history",
        page="""
!m 农知百科 — 农业知识开放百科
!a 编辑词条　　查看历史　　讨论
{T}
!m 最后修订于 昨天 22:10　　浏览 1043
!l 目录　1 工艺　2 注意事项
{BODY}
!l 分类：农产品加工 | 淀粉制品
!d 本词条内容采用知识共享署名许可协议
""",
        body="""
晒粉是红薯粉丝生产的最后一道工序，将漏好的湿粉丝挂在竹竿上自然晾干。
晒粉宜选择晴朗有风的天气，气温低于零度时粉丝易冻结，口感更好。
例如在某地“2015年12月3日”的记录中，一天可晒干湿粉约两千斤。
""",
    ),
    dict(
        slug="netdisk-restoration-training-summary-html",
        site="闪存云盘 (invented)",
        style="网盘分享",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://www.shancun-pan.com/share/Qa7Lx2",
        title="2025年古籍修复研修班总结",
        record_title="2025年古籍修复研修班总结.docx",
        date="2025-09-05",
        notes="cloud-drive share page: file name title, expiry, save-to-drive button, text preview; 成文日期",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>2025年古籍修复研修班总结.docx - 闪存云盘</title></head><body>
<div class="hd">⟦m 闪存云盘⟧ ⟦a 登录⟧ ⟦a 下载客户端⟧</div>
<div class="file">⟦t 2025年古籍修复研修班总结.docx⟧</div>
<div class="fi">⟦m 庞老师 分享　12.6KB　链接永久有效⟧</div>
<div class="btns">⟦a 保存到网盘⟧ ⟦a 普通下载⟧ ⟦a 高速下载（会员）⟧</div>
<div class="pv">⟦a 文档预览（仅文字）⟧</div>
<div class="txt">
<p>{T}</p>
{BODY}
</div>
<div class="ft">⟦d 闪存云盘禁止分享侵权和违法内容⟧</div>
</body></html>
""",
        body="""
本期研修班于8月18日至29日举办，来自12家单位的30名学员完成全部课程。
学员共完成修复实操练习书页460叶，其中托裱、补洞合格率达到95%。
下期研修班将增加碑帖修复内容。
砚坳文博培训中心
2025年9月5日
""",
    ),
    dict(
        slug="snapshot-radar-open-day-textcache",
        site="快搜网页快照 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="text",
        source="http://kuaisou-cache.cn/?q=雷达站开放日&url=www.zxqx.gov.cn/tzgg/0412",
        title="关于举办柘溪天气雷达站公众开放日活动的通知",
        record_title="关于举办柘溪天气雷达站公众开放日活动的通知",
        date="2025-04-12",
        notes="text-only cache: cache header lines, highlighted query words line, snapshot stamp (no date); notice's own contact and 成文日期",
        page="""
!m 快搜快照 | 您搜索的是：雷达站开放日
!m 网页快照时间：2025-05-02　　原网页可能已更新
!a 访问原网页　|　纯文本模式
!d 快照为系统自动抓取，与原网站内容无关
!m 柘溪县气象局 > 通知公告
{T}
{BODY}
!m 网站首页 | 联系我们 | 网站地图
""",
        body="""
为普及气象科学知识，县气象局定于4月19日举办雷达站公众开放日活动，公众可通过县气象局公众号预约参观。
每场限20人，请携带身份证件，14岁以下儿童须由家长陪同。
联系人：韩立川　电话：0571-69028810
柘溪县气象局
2025年4月12日
""",
    ),
]

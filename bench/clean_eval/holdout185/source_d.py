"""holdout185, part D: 招投标网, 律所网站, 社区网站, 行业协会, 企业官网, 培训机构. Invented text."""

CASES = [
    dict(
        slug="tender-html-bookshelf-school-procurement",
        site="楠溪县公共资源交易网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://ggzy.nanxi.gov.cn/jyxx/zfcg/cggg/20250415/0088.html",
        title="楠溪县中小学图书馆书架采购项目招标公告",
        record_title="【采购公告】楠溪县中小学图书馆书架采购项目招标公告",
        date="2025-04-15",
        notes="tender platform with countdown and CA hotline; purchaser and agency contacts kept; lot table",
        page="""
<html><head><meta charset="utf-8"><title>【采购公告】楠溪县中小学图书馆书架采购项目招标公告</title></head>
<body><div class="hd">⟦m 楠溪县公共资源交易网⟧ ⟦a 主体登录⟧ ⟦a 注册⟧</div>
<div class="crumb">⟦m 首页 > 交易信息 > 政府采购 > 采购公告⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 发布时间：2025-04-15 17:20　浏览次数：306⟧</div>
<div class="count">⟦m 距投标截止还有：19天06时12分⟧</div>
{BODY}
<div class="ft">⟦m CA办理及数字证书服务热线：400-660-1177⟧ ⟦m 平台技术支持：0578-7200066⟧</div>
</body></html>
""",
        body="""
项目编号：NXCG-2025-041
一、采购内容
包号　名称　数量　最高限价（万元）
1　钢木双面书架　420组　50.4
2　少儿阅读矮书架　260组　23.4
二、投标人须在交易平台下载招标文件，投标截止时间为2025年5月6日9时30分。
三、联系方式
采购人：楠溪县教育局，联系人：王老师，电话：0578-7125508
代理机构：浙南招标咨询有限公司，联系人：蔡工，电话：0578-7219930
""",
    ),
    dict(
        slug="tender-text-tablecloth-hotel-bid-result",
        site="榕岗采购服务平台 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="https://cg.ronggang.com/zbgs/2025/0822/5502.html",
        title="榕岗宾馆布草及桌布洗涤服务项目中标结果公告",
        record_title="榕岗宾馆布草及桌布洗涤服务项目中标结果公告 - 榕岗采购服务平台",
        date="2025-08-22",
        notes="text bid result; table of candidates; CA line chrome",
        page="""
!m 榕岗采购服务平台
!m 首页 / 结果公示 / 服务类
{T}
!m 发布日期：2025-08-22　公示期：1个工作日
{BODY}
!l 上一条：榕岗宾馆厨房设备维修项目
!m 客服电话：0591-87001234（工作日）
""",
        body="""
一、项目名称：榕岗宾馆布草及桌布洗涤服务项目（项目编号RG-FW-2025-19）
二、中标结果
排名　供应商　报价（元/年）
第一名　榕岗洁美洗涤服务有限公司　386000
第二名　福源布草服务中心　401500
三、采购人：榕岗宾馆，联系电话：0591-87336120
""",
    ),
    dict(
        slug="lawfirm-html-paperweight-injury-lecture",
        site="砚川明理律师事务所 (invented)",
        style="律所网站",
        genre="普法",
        kind="other",
        form="html",
        source="https://www.mingli-law.cn/news/1188.html",
        title="办公室镇纸砸伤同事，谁来担责？",
        record_title="法律讲堂丨办公室镇纸砸伤同事，谁来担责？",
        date="2025-07-28",
        notes="law firm with consult float; byline date",
        page="""
<html><head><meta charset="utf-8"><title>法律讲堂丨办公室镇纸砸伤同事，谁来担责？</title></head>
<body><div class="hd">⟦m 明理律师事务所 · 专注劳动与侵权纠纷⟧</div>
<nav>⟦m 首页 律所简介 专业领域 律师团队 法律讲堂 联系我们⟧</nav>
<h1>{T}</h1>
<div class="by">⟦m 2025-07-28　作者：唐律师　阅读 610⟧</div>
{BODY}
<div class="consult">⟦w 免费法律咨询：0731-8855 2020（微信同号）⟧</div>
<div class="foot">⟦d 本文仅为普法之用，不构成对具体案件的法律意见⟧ ⟦m 湘ICP备19007711号⟧</div>
</body></html>
""",
        body="""
某公司职员小陈与同事争执时，随手将桌上铜镇纸掷出，致同事眉骨骨折。
本案中，小陈的行为与工作无关，属于个人侵权，应由其本人承担医疗费、误工费等赔偿责任。
但如果伤害发生在履行工作职责过程中，受伤员工可以申请认定工伤，由工伤保险基金和用人单位依法支付待遇。
提醒大家：办公室里再气，也别动手，更别拿硬物出气。
""",
    ),
    dict(
        slug="lawfirm-text-gluestick-trademark-letter",
        site="檀山正衡律师事务所 (invented)",
        style="律所网站",
        genre="函",
        kind="letter",
        form="text",
        source="http://www.zhengheng-law.com/fb/31.html",
        title="律师函（商标侵权模板）",
        record_title="律所范本丨律师函（商标侵权模板）",
        date=None,
        notes="template with ××× placeholders; no date",
        page="""
!m 正衡律师事务所　范本下载
{T}
!m 分类：知识产权　更新于 1 个月前
{BODY}
!a 下载Word版范本　|　复制全文
!w 如需律师审阅定制，请致电 0596-6120088
!d 范本仅供参考，使用前请咨询专业律师
""",
        body="""
×××公司：
本所受××胶粘制品有限公司委托，就贵司生产销售的固体胶产品使用与委托人注册商标近似标识一事，致函如下：
一、委托人依法享有第××××号注册商标专用权，核定使用商品包括胶水、胶棒。
二、请贵司于收函之日起七日内停止生产、销售侵权产品，并书面回复处理结果。
××律师事务所
律师：×××
20××年×月×日
""",
    ),
    dict(
        slug="community-html-bookshelf-sharing-station",
        site="枧水社区 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.jianshuisq.cn/gg/2025/0321.html",
        title="关于设立楼道共享书架的通知",
        record_title="【社区公告】关于设立楼道共享书架的通知",
        date="2025-03-21",
        notes="residents' site with grid box and weather widget; community duty phone beside property hotline",
        page="""
<html><head><meta charset="utf-8"><title>【社区公告】关于设立楼道共享书架的通知</title></head>
<body><div class="hd">⟦m 枧水社区居民委员会⟧ ⟦m 今天 晴 8~17℃⟧</div>
<nav>⟦m 首页 社区公告 办事指南 志愿服务 居民议事⟧</nav>
<h2>{T}</h2>
<div class="meta">⟦m 发布：社区居委会　2025-03-21⟧</div>
{BODY}
<div class="grid">⟦m 网格员：小谢　联系电话 138 2211 3344⟧</div>
<div class="wy">⟦m 物业24小时报修：0596-3122000⟧</div>
<div class="ft">⟦m 枧水社区版权所有⟧</div>
</body></html>
""",
        body="""
各位居民：
为营造邻里书香氛围，社区将在3号、5号、7号楼一楼大厅设立共享书架，欢迎大家捐书、借书。
1.捐书请送至社区服务站，社区登记后统一上架。
2.借书无需登记，看完放回即可，请勿将书带出小区。
3.书架由志愿者每周二整理一次。
社区值班电话：0596-3127765。
枧水社区居民委员会
2025年3月21日
""",
    ),
    dict(
        slug="community-text-trivet-elder-canteen-tips",
        site="槿园街道网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.jinyuanjd.cn/sqdt/2025/1105.html",
        title="长者食堂冬季用餐安全提示",
        record_title="长者食堂冬季用餐安全提示 - 槿园街道网",
        date="2025-11-05",
        notes="text residents' site; byline date; grid box",
        page="""
!m 槿园街道网 · 社区动态
{T}
!m 发布日期：2025-11-05　浏览：118
{BODY}
!m 本社区网格员：罗阿姨 135 0061 7788
!l 相关：长者食堂11月菜单　助餐补贴申领说明
""",
        body="""
天气转冷，长者食堂将陆续供应砂锅和热汤。请老人们注意：
砂锅端上桌时一律放在木质隔热垫上，不要用手直接扶锅沿；汤碗盛七分满即可，防止洒出烫伤。
行动不便的老人可请志愿者帮忙端送。
""",
    ),
    dict(
        slug="association-html-stationery-stamppad-pledge",
        site="楸阳市文具行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="http://www.qywjxh.org.cn/xhdt/2025/0520.html",
        title="文具行业印油印台产品质量自律倡议书",
        record_title="【协会倡议】文具行业印油印台产品质量自律倡议书",
        date="2025-05-20",
        notes="association with member-login box; association mailbox kept",
        page="""
<html><head><meta charset="utf-8"><title>【协会倡议】文具行业印油印台产品质量自律倡议书</title></head>
<body><div class="hd">⟦m 楸阳市文具行业协会⟧</div>
<div class="login">⟦a 会员登录⟧ ⟦a 申请入会⟧</div>
<nav>⟦m 协会动态 政策法规 会员风采 行业标准⟧</nav>
<h1>{T}</h1>
<div class="by">⟦m 时间：2025-05-20　来源：秘书处⟧</div>
{BODY}
<div class="ft">⟦m 协会地址：楸阳市商贸大厦11楼　电话：0375-7600123⟧</div>
</body></html>
""",
        body="""
全体会员单位：
印台、印油是办公必需品，质量好坏直接关系公文和票据的清晰持久。为此，协会倡议：
一、严格执行国家和行业标准，不使用有毒溶剂，不以次充好。
二、产品标注生产日期、保质期和厂名厂址，不生产“三无”产品。
三、主动接受社会监督，欢迎来信反映问题，协会邮箱：zilv@qywjxh.org.cn。
楸阳市文具行业协会
2025年5月20日
""",
    ),
    dict(
        slug="association-text-tablecloth-textile-report",
        site="笺溪家纺协会 (invented)",
        style="行业协会",
        genre="报告",
        kind="report",
        form="text",
        source="http://www.jxjfxh.org/hybg/2025q2.html",
        title="2025年上半年台布桌旗产品出口情况分析",
        record_title="【协会动态】2025年上半年台布桌旗产品出口情况分析",
        date="2025-07-15",
        notes="text association report; data table; 成文日期",
        page="""
!m 笺溪家纺协会　服务会员 促进行业
!m 首页 › 行业报告
{T}
!m 时间：2025-07-18　阅读：302
{BODY}
!a 会员可下载完整数据表（需登录）
!m 协会秘书处：0579-86550020
""",
        body="""
上半年，我市台布、桌旗产品出口总体平稳，出口额同比增长6.3%。
市场　出口额（万美元）　同比
欧盟　1860　+8.1%
东盟　920　+12.4%
北美　1340　-2.6%
亚麻和棉麻混纺台布增长较快，化纤印花台布订单有所下降。
笺溪市家用纺织品行业协会
2025年7月15日
""",
        date_also=["2025-07-18"],
    ),
    dict(
        slug="company-html-gluestick-recall-notice",
        site="柘湖文化用品有限公司 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.zhehu-wenju.com/news/recall-2025.html",
        title="关于召回部分批次儿童胶棒的公告",
        record_title="公司公告丨关于召回部分批次儿童胶棒的公告",
        date="2025-08-04",
        notes="company with online-service float; recall line beside 400 sales line; batch table",
        page="""
<html><head><meta charset="utf-8"><title>公司公告丨关于召回部分批次儿童胶棒的公告</title></head>
<body><div class="hd">⟦m 柘湖文具 ZHEHU STATIONERY⟧ ⟦m 订购热线 400-820-6633⟧</div>
<nav>⟦m 首页 产品中心 新闻动态 服务支持 联系我们⟧</nav>
<h1>{T}</h1>
<div class="date">⟦m 2025.08.04⟧</div>
{BODY}
<div class="kefu">⟦w 在线客服 · 点我咨询⟧</div>
<div class="ft">⟦m © 2025 柘湖文化用品有限公司 浙ICP备18020011号⟧</div>
</body></html>
""",
        body="""
尊敬的消费者：
经自检发现，我司以下批次儿童胶棒的外壳旋转结构存在卡滞，儿童用力旋转时可能导致胶芯脱出。现主动召回：
型号　批号　生产日期
ZH-21G　250311　2025年3月
ZH-36G　250402　2025年4月
请消费者停止使用上述产品，凭包装到购买门店免费更换。召回专线：0579-85231166。
柘湖文化用品有限公司
2025年8月4日
""",
    ),
    dict(
        slug="company-text-paperweight-crafts-news",
        site="榆岭石艺有限公司 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.ylshiyi.com/news/2025/0622.html",
        title="公司青石镇纸获省工艺美术展银奖",
        record_title="公司青石镇纸获省工艺美术展银奖_榆岭石艺",
        date="2025-06-22",
        notes="text company news; dotted date; contact chrome",
        page="""
!m 榆岭石艺 · 匠心雕琢每一方石
!m 首页 | 关于我们 | 产品展示 | 新闻中心
{T}
!m 2025.06.22　新闻中心
{BODY}
!l 上一篇：公司参加全国文房用品博览会
!m 销售电话：0912-3306688　地址：榆岭县石材工业园
""",
        body="""
6月20日，第十二届省工艺美术作品展揭晓，我公司选送的青石镇纸《溪山行旅》获银奖。
作品由高级工艺美术师罗守成历时两个月雕刻完成，镇纸两面分别刻有山水和诗文。
这是公司近三年来第四次在省级展会上获奖。
""",
    ),
    dict(
        slug="training-html-bookshelf-carpentry-course",
        site="匠心木工培训学校 (invented)",
        style="培训机构",
        genre="简章",
        kind="other",
        form="html",
        source="https://www.jiangxinmugong.com/kc/shujia.html",
        title="家具木工（书架制作）短期班招生简章",
        record_title="学员必看｜家具木工（书架制作）短期班招生简章",
        date=None,
        notes="training school with promo box; school's own 报名电话 beside 400 line; no date",
        page="""
<html><head><meta charset="utf-8"><title>学员必看｜家具木工（书架制作）短期班招生简章</title></head>
<body><div class="hd">⟦m 匠心木工培训学校⟧ ⟦m 全国咨询热线：400-100-8826⟧</div>
<nav>⟦m 首页 课程设置 师资力量 学员作品 报名入口⟧</nav>
<div class="promo">⟦l 🔥 暑期报名立减300元，名额有限！⟧</div>
<h1>{T}</h1>
{BODY}
<div class="float">⟦w 在线咨询 ｜ 免费试听⟧</div>
<div class="ft">⟦m 匠心木工培训学校 版权所有⟧</div>
</body></html>
""",
        body="""
课程内容：工具识别与保养、板材开料、榫卯结构、书架组装与上漆。
学制：20天，每天6课时，结业每位学员带走一个自己做的三层书架。
课程安排
阶段　天数　内容
基础　5天　工具与开料
进阶　10天　榫卯与组装
结业　5天　上漆与验收
报名电话：0596-3109988（周一至周六）。
""",
    ),
    dict(
        slug="training-text-stamppad-office-skills",
        site="椴口职业技能培训中心 (invented)",
        style="培训机构",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://www.dkzypx.cn/xy/2025/11.html",
        title="文秘班学习心得：从盖好一个章开始",
        record_title="学员心声 | 文秘班学习心得：从盖好一个章开始",
        date=None,
        notes="trainee's essay; no date; promo lines",
        page="""
!m 椴口职业技能培训中心 · 学员心声
{T}
!m 学员：文秘班第9期 刘小禾　浏览 142
{BODY}
!l 👉 第10期文秘班火热招生中，点击了解详情
!w 报名咨询微信：dk_px2025
""",
        body="""
来培训之前，我以为盖章是最简单的事。第一节实操课，老师让我们在登记表上盖章，结果我盖出来的不是歪就是糊。
老师说，印台要先试按，印章要垂直下压、停一秒再抬起，骑缝章要对准纸缝。
一个月下来，我学会了公文格式、用印登记和档案整理。小事做细，才是文秘的基本功。
""",
    ),
]

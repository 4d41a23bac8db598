"""holdout159, part D: a download station, personnel exams, tenders, law firms, residents' sites, associations. Invented text."""

CASES = [
    dict(
        slug="download-zhiyuan-guasha-training-plan-text",
        site="知源文档下载 (invented)",
        style="资料下载站",
        genre="培训方案",
        kind="plan",
        form="text",
        source="http://www.zhiyuandoc.net/down/2025/61194.html",
        title="基层中医适宜技术（刮痧）培训实施方案",
        record_title="基层中医适宜技术（刮痧）培训实施方案 免费下载",
        date="2025-06-09",
        notes="download page copy; decorated record title; course table one row a paragraph; 抄送 line kept",
        page="""
!m 知源文档下载 — 海量资料免费下
!m 首页 >> 医疗卫生 >> 培训方案
{T}
!m 文件格式：DOC　文件大小：56K　授权方式：免费　下载次数：219
!a 【立即下载】　【本地高速下载】　【迅雷下载】
{BODY}
!a 下载不了？请点击这里报告错误
!l 相关下载：艾灸技术操作规范.doc　｜　拔罐培训课件.ppt
!d 声明：本站资源来自网友上传，仅供交流学习，不得用于商业用途。
""",
        body="""
为提升乡镇卫生院和村卫生室中医药服务能力，县卫生健康局决定举办刮痧技术培训班。
一、培训对象：各乡镇卫生院中医科医生、村医共60人。
二、课程安排：
日期　内容　授课
6月16日　刮痧理论与适应证　县中医院
6月17日　操作示范与实训　县中医院
三、考核：培训结束进行操作考核，合格者发放结业证书。
璋岭县卫生健康局
2025年6月9日
抄送：县中医医院。
""",
    ),
    dict(
        slug="exam-bingchuan-occupational-therapist-html",
        site="冰川市人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.bcrsks.gov.cn/ksxx/zyjs/202504/t20250403_8817.html",
        title="冰川市2025年卫生系统公开招聘作业治疗师笔试公告",
        record_title="冰川市2025年卫生系统公开招聘作业治疗师笔试公告_冰川市人事考试网",
        date="2025-04-03",
        notes="exam site; timetable table; the committee's 咨询电话 kept beside the site's technical line; a 下载打印准考证 sentence kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>冰川市2025年卫生系统公开招聘作业治疗师笔试公告_冰川市人事考试网</title></head>
<body><div class="top">⟦m 冰川市人事考试网⟧ ⟦m 公平 公正 高效 便民⟧</div>
<div class="nav">⟦m 首页 ｜ 考试信息 ｜ 报名入口 ｜ 成绩查询 ｜ 政策法规⟧</div>
<div class="pos">⟦m 当前位置：首页 &gt; 考试信息 &gt; 事业单位招聘⟧</div>
<div class="con"><h2>{T}</h2>
<p class="info">⟦m 发布日期：2025-04-03　来源：冰川市人力资源考试中心⟧</p>
{BODY}
</div>
<div class="links">⟦l 相关公告：冰川市2025年卫生系统公开招聘公告 ／ 资格审查结果公示⟧</div>
<div class="foot">⟦m 网站技术支持电话：0991-7720188（工作日）⟧<br>⟦m 新ICP备10000437号⟧</div>
</body></html>
""",
        body="""
冰川市2025年卫生系统公开招聘作业治疗师笔试定于4月19日举行，现将有关事项公告如下：
一、准考证打印：考生于4月14日至18日登录报名网站下载打印准考证。
二、考试安排：
科目　时间
公共基础知识　4月19日9:00—11:00
康复医学专业知识　4月19日14:30—16:30
三、考试地点：冰川市第一中学。
咨询电话：0991-7720166。
冰川市人力资源考试中心
2025年4月3日
""",
    ),
    dict(
        slug="exam-lanhe-weather-observer-interview-text",
        site="澜禾人事考试信息网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://rsks.lanhe.gov.cn/info/2025/1209.htm",
        title="澜禾县2025年基层气象观测站观测员招聘面试公告",
        record_title="【面试公告】澜禾县2025年基层气象观测站观测员招聘面试公告",
        date="2025-10-27",
        notes="decorated record title; interview list table; relative 'updated yesterday' not a date",
        page="""
!m 澜禾人事考试信息网
!m 首页 > 招聘公告 > 面试公告
!t 【面试公告】澜禾县2025年基层气象观测站观测员招聘面试公告
!m 文章来源：县人社局　更新：昨天　浏览：1163
{BODY}
!a 打印　｜　关闭
!l 下一篇：澜禾县2025年乡镇卫生院招聘体检公告
!m 主办：澜禾县人力资源和社会保障局
""",
        body="""
根据笔试成绩，现将澜禾县2025年基层气象观测站观测员招聘面试有关事项公告如下。
一、面试人员名单：
准考证号　姓名　笔试成绩
20251003　马晓东　78.5
20251011　韩宁　76.0
二、面试时间：2025年11月3日上午8:30，请提前30分钟到场。
三、面试地点：澜禾县气象局三楼会议室。
澜禾县人力资源和社会保障局
2025年10月27日
""",
    ),
    dict(
        slug="tender-xiyuan-cowshed-tender-html",
        site="西原公共资源交易平台 (invented)",
        style="招投标网",
        genre="招标公告",
        kind="notice",
        form="html",
        source="https://ggzy.xiyuan.gov.cn/jyxx/gcjs/zbgg/20250806/3312.html",
        title="西原县肉牛养殖标准化牛棚改造项目招标公告",
        record_title="西原县肉牛养殖标准化牛棚改造项目招标公告",
        date="2025-08-06",
        notes="tender platform; lot table; purchaser and agency contacts kept beside the CA hotline; 下载招标文件 sentence kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>西原公共资源交易平台</title></head>
<body><div class="head">⟦m 西原县公共资源交易中心⟧ <a>⟦a 投标人登录⟧</a> <a>⟦a CA办理⟧</a></div>
<div class="nav">⟦m 首页 交易信息 政策法规 办事指南 信用信息⟧</div>
<div class="bread">⟦m 交易信息 &gt; 工程建设 &gt; 招标公告⟧</div>
<div class="detail"><h3>{T}</h3>
<p>⟦m 信息时间：2025-08-06　阅读次数：388⟧</p>
{BODY}
</div>
<div class="side">⟦l 最新公告⟧ ⟦l 西原县农村饮水提升项目中标候选人公示⟧</div>
<div class="foot">⟦m CA证书服务热线：400-880-2215⟧　⟦m 版权所有：西原县公共资源交易中心⟧</div>
</body></html>
""",
        body="""
西原县肉牛养殖标准化牛棚改造项目已批准建设，现进行公开招标。
一、项目概况：改造标准化牛棚24栋，包括棚顶更换、通风系统和粪污收集设施。
二、标段划分：
标段　内容　最高限价（万元）
一标段　北片区12栋　186.0
二标段　南片区12栋　179.5
三、招标文件获取：投标人请于8月7日至8月13日登录交易平台下载招标文件。
招标人：西原县农业农村局　联系人：韦工　电话：0771-5302216
招标代理：广汇工程咨询有限公司　联系人：黄女士　电话：0771-5539087
""",
    ),
    dict(
        slug="tender-haiyan-jetty-bid-result-text",
        site="海晏招标采购网 (invented)",
        style="招投标网",
        genre="中标公示",
        kind="notice",
        form="text",
        source="http://www.haiyanzb.com/zbgs/2025/0912/14471.html",
        title="琅埠渔港栈桥维修工程中标候选人公示",
        record_title="【中标公示】琅埠渔港栈桥维修工程中标候选人公示-海晏招标采购网",
        date="2025-09-12",
        notes="decorated record title; candidate table; objection contact kept; footer hotline",
        page="""
!m 海晏招标采购网 — 阳光采购 诚信交易
!m 当前位置：首页 > 中标公示
!t 【中标公示】琅埠渔港栈桥维修工程中标候选人公示-海晏招标采购网
!m 发布时间：2025-09-12　来源：本站
{BODY}
!a 【我要投标】【订阅公告】【分享】
!m 客服热线：400-615-7700　QQ群：618223017
""",
        body="""
琅埠渔港栈桥维修工程已于2025年9月11日开标、评标，现将中标候选人公示如下：
排名　单位名称　投标报价（万元）
第一名　琅埠海工建设有限公司　312.46
第二名　东港水运工程有限公司　318.90
公示期：2025年9月12日至9月15日。对公示结果有异议的，请在公示期内以书面形式向招标人提出。
招标人：琅埠市渔港管理所　电话：0631-5281190
""",
    ),
    dict(
        slug="lawfirm-zhengyan-pet-insurance-html",
        site="正言律师事务所 (invented)",
        style="律所网站",
        genre="法律文章",
        kind="other",
        form="html",
        source="https://www.zhengyanlaw.cn/article/2025/0619/213.html",
        title="宠物医疗险拒赔，消费者该如何维权？",
        record_title="法律讲堂丨宠物医疗险拒赔，消费者该如何维权？",
        date="2025-06-19",
        notes="law-firm article; consult card and free-consult prompt; a not-legal-advice disclaimer",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>法律讲堂丨宠物医疗险拒赔，消费者该如何维权？-正言律师事务所</title></head>
<body><div class="hd">⟦m 正言律师事务所⟧ ⟦w 免费法律咨询：0510-82206618⟧</div>
<div class="nav">⟦m 首页 / 律所简介 / 专业领域 / 律师团队 / 法律讲堂⟧</div>
<div class="art"><h1>{T}</h1>
<p class="by">⟦m 作者：邵雨桐律师　发布：2025-06-19⟧</p>
{BODY}
<div class="card">⟦w 遇到保险纠纷？添加律师微信 zylaw_shao 一对一咨询⟧</div></div>
<div class="more">⟦l 推荐阅读：网购宠物“星期狗”怎么办？⟧</div>
<div class="ft">⟦d 本文仅为普法交流，不构成正式法律意见⟧　⟦m 苏ICP备17052213号⟧</div>
</body></html>
""",
        body="""
近年来，宠物医疗保险越来越多，但因理赔引发的纠纷也随之增加。常见的拒赔理由有“既往症”“等待期内发病”“未在指定医院就诊”等。
律师提醒，投保时应仔细阅读免责条款，保存好宠物体检记录；保险公司对免责条款未作提示说明的，该条款不产生效力。
发生纠纷后，可先向保险公司投诉，协商不成的，可向金融监管部门反映或依法提起诉讼。
""",
    ),
    dict(
        slug="lawfirm-hengshu-extended-warranty-lecture-text",
        site="恒述律师事务所 (invented)",
        style="律所网站",
        genre="讲稿",
        kind="speech",
        form="text",
        source="http://www.hengshulaw.com/news/show-3317.html",
        title="家电延保服务中的消费者权益保护——在社区普法讲座上的讲稿",
        record_title="家电延保服务中的消费者权益保护——在社区普法讲座上的讲稿",
        date="2025-03-15",
        notes="lecture with the date under the title and a speaker line (neutral); law firm's consult line and a footer",
        page="""
!m 恒述律师事务所 · 专注消费与合同纠纷
!m 首页 » 律所动态 » 普法讲座
{T}
恒述律师事务所律师　苗子轩
（2025年3月15日）
{BODY}
!w 如需咨询，请致电 0377-63312880 或到所面谈
!l 上一篇：商品房逾期交房的违约责任
!d 本站文章版权归恒述律师事务所所有
""",
        body="""
各位居民朋友：
今天是消费者权益日，我和大家聊聊家电延保。很多人买家电时被推荐购买延保，但真正要用时却发现“这个不保、那个不保”。
首先，延保是一种服务合同，购买时要问清楚保什么、保多久、谁来修。
其次，要保存好延保凭证和发票，商家倒闭的，可以向实际提供服务的公司主张权利。
最后，遇到纠纷可拨打12315投诉，也可以向法院起诉。
谢谢大家！
""",
    ),
    dict(
        slug="community-jinxiu-water-heater-reminder-html",
        site="锦绣社区服务网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.jinxiusq.cn/notice/20251201-02.html",
        title="关于冬季燃气热水器安全使用的温馨提示",
        record_title="关于冬季燃气热水器安全使用的温馨提示",
        date="2025-12-01",
        notes="residents' site; numbered list; community's own duty phone kept beside the property hotline; a 关注 sentence kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>锦绣社区服务网</title></head>
<body><div class="top">⟦m 锦绣社区服务网⟧ ⟦m 您身边的社区之家⟧</div>
<div class="nav">⟦m 首页 ｜ 社区公告 ｜ 便民服务 ｜ 志愿者之家⟧</div>
<div class="main"><h2>{T}</h2>
<p>⟦m 发布：锦绣社区居委会　2025-12-01　阅读 415⟧</p>
{BODY}
</div>
<div class="side">⟦l 便民电话⟧ ⟦l 开锁换锁 ⟧ ⟦l 家电维修⟧</div>
<div class="ft">⟦m 物业24小时服务热线：0532-88816600⟧　⟦d 本站信息仅供辖区居民参考⟧</div>
</body></html>
""",
        body="""
各位居民朋友：
冬季气温低，门窗紧闭，使用燃气热水器容易发生一氧化碳中毒。请大家注意：
1.热水器必须安装在通风良好的位置，严禁安装在浴室内；
2.使用时保持排烟管通畅，洗澡时间不宜过长；
3.发现燃气泄漏，立即关闭阀门、开窗通风，切勿开关电器。
请大家关注社区公众号，及时了解安全提示。社区值班电话：0532-88816021。
锦绣社区居委会
2025年12月1日
""",
    ),
    dict(
        slug="community-taoyuan-stairwell-mural-text",
        site="桃园里社区网 (invented)",
        style="社区网站",
        genre="招募启事",
        kind="other",
        form="text",
        source="http://taoyuanli.sqfw.cn/hd/2025/0506/118.html",
        title="“美丽楼道”墙绘志愿者招募启事",
        record_title="“美丽楼道”墙绘志愿者招募启事 - 桃园里社区网",
        date="2025-05-06",
        notes="residents' site; a 扫码报名 sentence kept; chrome between paragraphs on its own line",
        page="""
!m 桃园里社区网
!m 首页 > 社区活动
{T}
!m 2025-05-06 | 社区党群服务中心 | 阅读 264
{BODY}
!a 我要报名　｜　分享给邻居
!l 往期活动：垃圾分类积分兑换日回顾
!m 桃园里社区居委会 版权所有
""",
        body="""
为美化老旧小区楼道环境，社区计划在5号、7号楼楼道开展墙绘活动，现招募志愿者20名。
要求：热爱绘画，有一定美术基础，能参加5月17日、18日两天的活动。
⟦l 推荐：社区书画班开课啦⟧
报名方式：扫描社区公告栏上的二维码报名，报满即止。
""",
    ),
    dict(
        slug="association-binglang-industry-pledge-html",
        site="琼岙市槟榔产业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://www.qabinglang.org.cn/xhdt/2025/0901/62.html",
        title="关于规范槟榔产品宣传销售的倡议书",
        record_title="【协会倡议】关于规范槟榔产品宣传销售的倡议书",
        date="2025-09-01",
        notes="association page; decorated record title; 成文日期 in Chinese numerals; join-prompt glued after a sentence",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【协会倡议】关于规范槟榔产品宣传销售的倡议书_琼岙市槟榔产业协会</title></head>
<body><div class="hd">⟦m 琼岙市槟榔产业协会⟧ <a>⟦a 会员登录⟧</a> <a>⟦a 入会申请⟧</a></div>
<div class="nav">⟦m 协会简介 协会动态 政策法规 会员风采 联系我们⟧</div>
<div class="box"><h1>{T}</h1>
<p>⟦m 发布时间：2025-09-02　发布人：秘书处⟧</p>
{BODY}
</div>
<div class="ft">⟦m 协会地址：琼岙市椰林路22号　电话：0898-36612008⟧　⟦m 琼ICP备19002251号⟧</div>
</body></html>
""",
        date_also=["2025-09-02"],
        body="""
全市槟榔生产经营企业：
为保护消费者特别是未成年人身心健康，协会向全体会员企业倡议：
一、不在广告中宣传槟榔的所谓“提神”“保健”功效。
二、不向未成年人销售槟榔，在门店醒目位置张贴提示标识。⟦a 还不是会员？点击加入协会⟧
三、在产品包装上标注“过量咀嚼槟榔有害口腔健康”警示语。
琼岙市槟榔产业协会
二〇二五年九月一日
""",
    ),
    dict(
        slug="association-wanglan-netball-summary-text",
        site="璟阳市篮网球协会 (invented)",
        style="行业协会",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.jywqxh.org/dongtai/2026/0108/29.html",
        title="璟阳市篮网球协会2025年工作总结",
        record_title="璟阳市篮网球协会2025年工作总结",
        date="2026-01-06",
        notes="association page copy; numbered paragraphs; 成文日期 at the end; a membership prompt at the bottom",
        page="""
!m 璟阳市篮网球协会
!m 首页 — 协会动态 — 详情
{T}
!m 发布日期：2026-01-08　编辑：秘书处
{BODY}
!a 加入协会　｜　赛事报名　｜　联系秘书处
!d Copyright © 璟阳市篮网球协会 保留所有权利
""",
        date_also=["2026-01-08"],
        body="""
2025年是协会成立的第三年。一年来，协会坚持“推广普及、以赛促练”，篮网球运动在我市校园和社区逐步开展起来。
一是办好赛事。举办全市中小学篮网球联赛，参赛队伍32支，比上年增加12支。
二是培养人才。举办教练员、裁判员培训班2期，培训78人次。
三是走进社区。在6个社区开展篮网球体验日活动，参与群众1200余人。
璟阳市篮网球协会
2026年1月6日
""",
    ),
]

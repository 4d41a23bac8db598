"""holdout148, part E: 社区网站, 行业协会, 企业官网, 培训机构, 范文APP (two each). Invented text."""

CASES = [
    dict(
        slug="community-yuehu-ribbon-embroidery-class-html",
        site="月湖社区服务网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://yuehu.example-sq.cn/hd/2025/0315-78.html",
        title="“指尖生花”丝带绣公益课堂招募学员啦",
        record_title="“指尖生花”丝带绣公益课堂招募学员啦 | 月湖社区",
        date="2025-03-15",
        notes="residents' site: weather widget, service hotline, the class's own 报名电话 kept; photo caption; 二维码 line of the notice kept",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>“指尖生花”丝带绣公益课堂招募学员啦 | 月湖社区</title></head>
<body>
<div class="top">⟦m 月湖社区服务网　邻里守望 温暖月湖⟧　⟦m 今日 多云 8～16℃⟧</div>
<div class="menu">⟦m 社区概况　党建引领　便民服务　活动报名　居民议事⟧</div>
<h2>{T}</h2>
<div class="by">⟦m 发布人：社区文体专干　2025年3月15日　阅读 264⟧</div>
{BODY}
<div class="sv">⟦w 社区24小时服务热线：0574-87705110⟧</div>
<div class="list"><h4>⟦l 近期活动⟧</h4><p>⟦l 春季义诊进社区⟧</p><p>⟦l 旧物改造亲子手工坊⟧</p></div>
<div class="ft">⟦m 月湖社区居委会 版权所有⟧</div>
</body></html>
""",
        body="""
丝带绣色彩鲜艳、立体感强，上手快，是不少居民喜爱的手工艺。社区“指尖生花”丝带绣公益课堂本月开班啦！
课程时间：3月22日起每周六下午2:00—4:00，共八次课。
课程地点：社区党群服务中心二楼多功能室。
招募对象：辖区居民二十名，退休居民和全职妈妈优先，材料由社区免费提供。
⟦m 图为上一期学员作品展示⟧
报名方式：到社区服务大厅现场报名，或扫描社区宣传栏上的二维码在线报名，报名电话：0574-87705326。
""",
    ),
    dict(
        slug="community-xingqiao-paper-flower-workshop",
        site="杏桥街道邻里网 (invented)",
        style="社区网站",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://linli.xingqiao.example.cn/news/2025/11/3410.html",
        title="杏桥社区“纸花坊”老年手工活动总结",
        record_title="杏桥社区“纸花坊”老年手工活动总结-杏桥街道邻里网",
        date="2025-11-28",
        notes="residents' site: like/comment row glued to the last paragraph; volunteers' service-hours table kept; signature and date",
        page="""
!m 杏桥街道邻里网
!m 您在这里：首页 / 社区动态 / 杏桥社区
{T}
!m 来源：杏桥社区　2025-11-29　点击：141
{BODY}
!l 猜你想看：社区老年食堂第四季度菜单公示 ｜ 杏桥社区冬季防火安全提示
!d 邻里网内容由各社区编辑上传，如有差错请联系街道党政办更正。
""",
        body="""
今年6月至11月，杏桥社区依托老年活动室开设“纸花坊”，组织辖区老人用皱纹纸、卡纸制作纸花，共开展活动二十二次，参与老人三百一十人次。
活动邀请退休美术教师金玉兰担任指导老师，从最简单的玫瑰、康乃馨教起，逐步学做牡丹、菊花和组合花篮。
老人们的作品在重阳节“敬老文化周”集中展出，部分作品送给了社区卫生服务站和幼儿园。
志愿者服务情况：
姓名　服务次数　服务时长（小时）
金玉兰　22　44
施佩佩　18　36
下一步，社区将把“纸花坊”纳入常态化活动，探索与幼儿园开展“祖孙共学”。⟦l 👍 赞(37)　💬 评论(6)⟧
杏桥社区居委会
2025年11月28日
""",
    ),
    dict(
        slug="association-yuanwei-iris-growers-pledge-html",
        site="湖区鸢尾花卉产业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="initiative",
        form="html",
        source="http://www.yuanweixh.example.org.cn/xhdt/2025/0410/211.html",
        title="关于规范鸢尾种苗销售行为的倡议书",
        record_title="【协会倡议】关于规范鸢尾种苗销售行为的倡议书_鸢尾花卉产业协会",
        date="2025-04-10",
        notes="association: member-login box, membership prompt, donor banner; numbered pledges kept; the association's own 举报邮箱 kept",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【协会倡议】关于规范鸢尾种苗销售行为的倡议书_鸢尾花卉产业协会</title></head>
<body>
<div class="hd">⟦m 湖区鸢尾花卉产业协会　自律 服务 协作 发展⟧</div>
<div class="nav">⟦m 协会简介 协会动态 会员风采 行业标准 入会指南⟧</div>
<div class="login">⟦a 会员登录　用户名 密码 登录 忘记密码⟧</div>
<div class="body">
<div class="crumb">⟦m 首页 → 协会动态 → 通知倡议⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 发布：秘书处　日期：2025-04-10⟧</div>
{BODY}
</div>
<div class="join">⟦a 申请加入协会，享受会员专属技术服务⟧</div>
<div class="ft">⟦m 协会地址：湖区花卉大市场管理楼302室　电话：0543-3120866⟧</div>
</body></html>
""",
        body="""
各会员单位、广大种植户：
近年来，我区鸢尾种苗销量逐年增加，但也出现了以次充好、品种名称混乱、虚假宣传等问题，损害了湖区鸢尾的声誉。为此，协会向全体会员和种植户发出如下倡议：
一、诚信经营。如实标注品种名称和规格，不夸大花色、花期，不销售带病种苗。
二、规范交易。销售种苗出具销售凭证，网上销售如实上传实物照片。
三、互相监督。发现违规销售行为可向协会秘书处反映，举报邮箱：zilv@yuanweixh.example.org.cn。
湖区鸢尾花卉产业协会
2025年4月10日
""",
    ),
    dict(
        slug="association-dujuan-council-minutes",
        site="岭东杜鹃花协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://www.ldazalea.example.org/news/show-512.html",
        title="岭东杜鹃花协会第三届理事会第四次会议纪要",
        record_title="岭东杜鹃花协会第三届理事会第四次会议纪要",
        date="2025-01-19",
        notes="association: minutes' 时间/地点/主持/出席/列席/记录 lines kept; vote count kept; member-only prompt between paragraphs",
        page="""
!m 岭东杜鹃花协会　LINGDONG RHODODENDRON SOCIETY
!m 首页 >> 协会动态 >> 会议纪要
{T}
!m 【发布时间：2025年1月20日】【来源：协会秘书处】
{BODY}
!a 本栏目部分内容仅对会员开放，请登录后查看
!l 上一篇：协会2024年工作报告　下一篇：2025年杜鹃花展筹备方案
!m Copyright © 岭东杜鹃花协会　粤ICP备18041552号
""",
        body="""
时间：2025年1月19日上午9:00
地点：岭东植物园科普楼会议室
主持：欧阳慕兰（会长）
出席：理事十九人
列席：监事二人
记录：潘小宇
会议审议并通过以下事项：
一、协会2024年工作报告和财务收支情况报告。
二、2025年“岭东杜鹃花展”筹备方案，花展定于4月上旬在植物园举办。
三、吸收岭东森林公园等五家单位为新会员。
表决结果：应到理事二十一人，实到十九人，同意十九票，反对零票，弃权零票。
""",
    ),
    dict(
        slug="company-maizi-knife-noodles-recall-html",
        site="麦子刀削面餐饮连锁有限公司 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.maizidxm.example.com/news/notice/2025-08-12.html",
        title="关于部分门店暂停销售“番茄牛腩刀削面”的公告",
        record_title="关于部分门店暂停销售“番茄牛腩刀削面”的公告-麦子刀削面官网",
        date="2025-08-12",
        notes="company site: franchise hotline and online-order buttons, the company's own customer line in the body kept; store list kept; copyright footer",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于部分门店暂停销售“番茄牛腩刀削面”的公告-麦子刀削面官网</title>
<script src="//cdn.maizidxm.example.com/site.js"></script></head>
<body>
<div class="hd">⟦m 麦子刀削面　一刀一刀，都是山西味道⟧</div>
<div class="nav">⟦m 品牌故事 门店查询 新品上市 加盟合作 新闻公告⟧</div>
<div class="franchise">⟦w 加盟热线：400-919-0357⟧</div>
<h1>{T}</h1>
<div class="date">⟦m 2025-08-12　新闻公告⟧</div>
{BODY}
<div class="order">⟦a 立即点餐　会员积分　领优惠券⟧</div>
<div class="ft">⟦d © 2025 麦子刀削面餐饮连锁有限公司 保留所有权利⟧</div>
</body></html>
""",
        body="""
尊敬的顾客：
因供应商提供的一批番茄酱料包装日期标识不清，为确保食品安全，我公司决定自即日起在以下门店暂停销售“番茄牛腩刀削面”，待新批次原料检验合格后恢复供应：
门店　地址
泽丰店　泽丰大街216号
长岚店　长岚西街58号
涉及的原料已全部封存，并已送第三方检测机构检验。其他面品不受影响，请放心食用。
如有疑问，请拨打公司顾客服务专线：0351-7026688。
麦子刀削面餐饮连锁有限公司
2025年8月12日
""",
    ),
    dict(
        slug="company-qingyu-bamboo-dragonfly-toy-recall",
        site="青屿玩具有限公司 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.qingyutoys.example.com/about/news/87.html",
        title="关于召回部分批次“飞飞”竹蜻蜓玩具的公告",
        record_title="关于召回部分批次“飞飞”竹蜻蜓玩具的公告_青屿玩具",
        date="2025-06-03",
        notes="company site: the recall's own 召回热线 and 邮箱 kept next to the site's sales line; batch table; a 'scan the code to check the batch' sentence kept",
        page="""
!m 青屿玩具有限公司　QINGYU TOYS
!m 首页 | 关于我们 | 产品中心 | 新闻动态 | 联系我们
{T}
!m 发布日期：2025-06-03　浏览：1522
{BODY}
!w 批发采购请联系销售部：0576-85129900
!m 浙ICP备16022189号　地址：云禾县玩具园区5号
""",
        body="""
我公司在产品抽检中发现，部分批次“飞飞”竹蜻蜓玩具的竹制叶片边缘打磨不到位，儿童使用时存在划伤风险。为保护儿童安全，我公司决定主动召回以下批次产品：
批次号　生产日期　数量（件）
FF250301　2025年3月1日　4200
FF250318　2025年3月18日　3850
消费者可扫描产品包装背面的二维码查询批次号，属于召回范围的产品，可联系购买门店或我公司办理免费更换或全额退款。
召回热线：400-667-2560　邮箱：zhaohui@qingyutoys.example.com
青屿玩具有限公司
2025年6月3日
""",
    ),
    dict(
        slug="training-shengjie-macrame-course-html",
        site="绳结手作学堂 (invented)",
        style="培训机构",
        genre="方案",
        kind="plan",
        form="html",
        source="https://www.shengjiestudio.example.com/course/macrame-2025.html",
        title="2025年秋季绳结编织师资研修班招生简章",
        record_title="2025年秋季绳结编织师资研修班招生简章-绳结手作学堂",
        date="2025-08-20",
        notes="training school: trial-lesson popup, WeChat consult, course ad between paragraphs; fee table and the school's own 报名电话 kept",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>2025年秋季绳结编织师资研修班招生简章-绳结手作学堂</title></head>
<body>
<div class="hd">⟦m 绳结手作学堂　让双手慢下来⟧ ⟦a 免费试听　在线报名⟧</div>
<div class="nav">⟦m 首页 课程体系 师资团队 学员作品 校区地址⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 发布于 2025-08-20　招生办⟧</div>
{BODY}
<div class="pop">⟦w 添加课程顾问微信 sjxt_2025，领取试听名额⟧</div>
<div class="ft">⟦m 绳结手作学堂（澄州校区）　民办职业技能培训机构⟧ ⟦d 本页价格信息以报名时签订的协议为准⟧</div>
</body></html>
""",
        body="""
为满足中小学劳动教育和社区手工课程对师资的需求，本学堂开设2025年秋季绳结编织师资研修班。
一、课程内容：平结、斜卷结、雀头结等基础结法，挂毯、植物吊篮、收纳袋等作品制作，以及课堂组织与教案设计。
二、学制安排：九月至十一月，每周日全天上课，共十二次课。
⟦a 限时优惠：报名送价值199元工具包⟧
三、收费标准：
项目　费用（元）
学费　3680
材料费　600
四、结业考核合格者颁发本学堂结业证书。报名电话：0571-86103728。
""",
    ),
    dict(
        slug="training-yunfei-paper-airplane-camp-plan",
        site="云飞青少年科技培训中心 (invented)",
        style="培训机构",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.yunfeikj.example.com/news/2025/0612/camp.html",
        title="“纸飞机里的空气动力学”暑期科技营活动方案",
        record_title="【暑期营】“纸飞机里的空气动力学”暑期科技营活动方案（附日程表）",
        date="2025-06-12",
        notes="training centre: enrolment hotline and consult prompts; decorated record title; daily schedule table kept; safety notes list",
        page="""
!m 云飞青少年科技培训中心
!m 首页 > 新闻资讯 > 活动方案
{T}
!m 发布时间：2025-06-12　作者：教学部
!w 报名咨询：张老师 138-5712-0046（微信同号）
{BODY}
!a 立即报名　预约参观
!l 往期回顾：2024暑期“桥梁承重挑战营”精彩瞬间
!d 本中心保留对活动安排的最终解释权。
""",
        body="""
一、活动目标
通过折叠、试飞、改进纸飞机，引导学生了解升力、阻力和重心等空气动力学基本概念，培养动手能力和科学探究精神。
二、活动对象
三至六年级学生，每期三十人。
三、日程安排
日期　内容
第一天　纸飞机的历史与基本折法
第二天　重心与配平实验
第三天　留空时间挑战赛与总结
四、安全要求
1. 试飞在室内体育馆进行，严禁对人投掷；
2. 使用剪刀时须在老师指导下操作。
""",
    ),
    dict(
        slug="fanwenapp-damai-barley-tea-safety-summary",
        site="写作宝APP (invented)",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://m.xiezuobao.example.com/share/fw/8817302?from=app",
        title="大麦茶厂2025年上半年安全生产工作总结",
        record_title="大麦茶厂2025年上半年安全生产工作总结（可编辑）｜写作宝",
        date="2025-07-02",
        notes="writing-app share page: open-in-app banner, AI-rewrite buttons, member unlock line between paragraphs; Chinese numeral date",
        page="""
!a 打开写作宝APP，阅读体验更佳
!m 写作宝 · 范文库 · 安全生产
{T}
!m 2.1万人已读　｜　收录于：企业总结
!a AI润色　一键改写　换个说法
{BODY}
!a 会员专享：解锁全文并导出Word
!l 大家还在写：安全生产月活动总结｜车间主任述职报告
!m 写作宝 © 2025 沪ICP备2024011520号-3A
""",
        body="""
今年上半年，我厂坚持“安全第一、预防为主”，全厂未发生一般及以上生产安全事故。现将有关情况总结如下。
一、落实安全责任。厂长与各车间签订安全生产责任书，将烘焙、粉碎、包装三个重点岗位的安全责任落实到人。
二、整治重点隐患。针对大麦烘焙炉高温和粉碎车间粉尘问题，更换了炉体温控装置，新增脉冲除尘设备两台。
⟦a 剩余62%内容，开通会员立即查看⟧
三、开展教育培训。上半年组织全员安全培训四次，开展粉尘爆炸应急演练一次。
下半年，我厂将重点做好夏季防暑降温和用电安全工作。
大麦茶厂安全生产委员会
二〇二五年七月二日
""",
    ),
    dict(
        slug="fanwenapp-choudoufu-workshop-rectification-html",
        site="笔杆子范文APP (invented)",
        style="范文APP",
        genre="报告",
        kind="report",
        form="html",
        source="https://h5.biganzi.example.cn/article/55810?share=wx",
        title="关于臭豆腐加工作坊卫生整改情况的报告",
        record_title=None,
        date="2025-05-16",
        notes="writing-app H5 share: missing record title, open-app bar, AI buttons, unlock prompt; numbered measures kept; date in the document",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>笔杆子范文</title>
<script>window.__SHARE__={aid:55810,from:"wx"};</script></head>
<body>
<div class="openapp">⟦a 在笔杆子APP内打开　海量范文随心用⟧</div>
<div class="art">
<h1>{T}</h1>
<div class="stat">⟦m 笔杆子精选 · 1.8万阅读 · 326收藏⟧</div>
{BODY}
</div>
<div class="ai">⟦a AI帮我写一篇类似的⟧</div>
<div class="rel"><p>⟦l 同类范文：食品小作坊整改报告⟧</p><p>⟦l 同类范文：餐饮店卫生自查报告⟧</p></div>
<div class="ft">⟦d 范文仅供参考，请勿直接用于正式公文报送⟧</div>
</body></html>
""",
        body="""
县市场监督管理局：
4月28日，贵局执法人员对我作坊进行检查，指出了原料存放不规范、卤水缸未加盖、从业人员健康证过期等问题。我作坊高度重视，立即停产整改，现将整改情况报告如下：
一、原料与成品分区存放，豆腐坯、辅料全部离地离墙，卤水缸加装不锈钢盖。
二、三名从业人员已重新体检并取得健康证明。
三、建立每日清洁消毒和进货查验记录，由负责人每日检查签字。
以上整改已于5月15日全部完成，请予复查。
城关镇老谭臭豆腐加工作坊
2025年5月16日
""",
    ),
]

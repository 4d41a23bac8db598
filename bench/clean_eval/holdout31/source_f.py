"""holdout31, part F: invented pages (see ../README.md and ../build.py). Everything here is invented."""

CASES = [
    dict(
        slug="print-text-chunling-zoo-safety-plan",
        site="椿岭市动物园 打印页 (invented)",
        style="打印页",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.chunling-zoo.example.cn/print.php?aid=617",
        title="椿岭市动物园动物逃逸应急处置预案",
        record_title="〔打印版〕椿岭市动物园动物逃逸应急处置预案",
        date="2025-03-28",
        notes="print view, hard-wrapped at 60 columns; print header and footer with a print stamp (not a date); 扫码 in the plan kept; numbered list",
        wrap=60,
        indent="　　",
        page="""
!a 打印　|　返回原文
!m 椿岭市动物园 · 园务公开
!t 〔打印版〕椿岭市动物园动物逃逸应急处置预案
{BODY}
!m 原文链接：http://www.chunling-zoo.example.cn/ywgk/617.html
!m 本页打印于 2025-05-11 15:22
!p — 1/1 —
""",
        body="""
为有效应对动物逃逸突发事件，最大限度保障游客和员工生命安全，结合我园实际，制定本预案。
一、组织机构。成立应急处置领导小组，园长任组长，分管副园长任副组长，下设警戒疏散组、捕捉控制组和医疗救护组。
二、处置程序。
1.发现动物逃逸的员工应立即通过对讲机报告园区监控中心，说明动物种类和位置。
2.警戒疏散组立即关闭相关区域通道，引导游客进入室内场馆避险。
3.捕捉控制组携带麻醉枪、捕捉网等器械赶赴现场，由兽医确定处置方式。
三、游客可扫描园区各处张贴的应急二维码，查看最近的避险场馆位置。
椿岭市动物园
2025年3月28日
""",
    ),
    dict(
        slug="mail-reply-chain-dental-school-request",
        site="邮件回复链 (invented mailbox)",
        style="邮件转发",
        genre="请示",
        kind="request",
        form="text",
        source="mail://archive/2025/0219/re-re-77",
        title="关于开展中小学生免费口腔检查的请示",
        record_title="回复：Re: 关于开展中小学生免费口腔检查的请示.docx",
        date="2025-02-19",
        notes="mail reply chain with quoted headers; the mail's own attachment header next to the document's 附件 line; a file-name-like decorated title; mobile signature",
        page="""
!m 发件人：韦丽 <weili@likoukq.example.cn>
!m 时间：2025-02-21 10:14
!m 收件人：县卫健委医政股
!l 好的，已按意见修改，请审阅。
!m 附件：关于开展中小学生免费口腔检查的请示.docx (26KB)
!m ------------------ 原始邮件 ------------------
!m 发件人："县卫健委医政股" <yzg@lk-wjw.example.gov.cn>
!m 发送时间：2025年2月20日(星期四) 下午3:40
!l 请补充经费测算后再报。
!m ------------------ 原始邮件 ------------------
{BODY}
!a 发自我的手机邮箱
""",
        body="""
县卫生健康委员会：
为落实儿童青少年口腔健康行动，我院拟于今年3月至6月，对全县小学二年级和初中一年级学生开展免费口腔检查。
预计检查学生约九千人，需派出医护人员三百人次，所需检查器械和宣传资料经费约六万元，拟申请从县公共卫生专项经费中列支。
妥否，请批示。
附件：中小学生口腔检查经费测算表
栎口县口腔医院
2025年2月19日
""",
    ),
    dict(
        slug="wenku-oneline-yunji-bakery-report-markers",
        site="云笈文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://www.yunjiwk.example.com/doc/99120731.html",
        title="关于榉塘县烘焙食品小作坊的调研报告",
        record_title=None,
        date="2025-08-20",
        notes="文库 preview text on one line with page markers 〈第n页〉; no record title (found as the title line); preview-end prompt",
        oneline=True,
        indent="　　",
        pages=dict(fmt="〈第{n}页〉", every=170, start=2),
        page="""
!m 云笈文库　|　精品文档
{T}
!m 5页　289次浏览　贡献者：飘飘的云
{BODY}
!a 阅读已结束，下载本文需要使用 3 个下载券
!l 你可能喜欢：食品小作坊登记管理办法 · 县域特色食品产业调研
""",
        body="""
为摸清全县烘焙食品小作坊的基本情况，7月至8月，县市场监管局组成调研组，对城区和六个集镇的烘焙小作坊进行了走访调研。
全县现有登记在册的烘焙食品小作坊八十六家，从业人员约三百人，年销售额约四千万元。
调研发现，部分小作坊生产场所狭小，原料和成品混放，从业人员健康证办理不及时。
调研组建议，引导小作坊入驻食品加工园区，统一建设标准化生产车间，并定期组织从业人员培训。
榉塘县市场监督管理局调研组
2025年8月20日
""",
    ),
    dict(
        slug="gov-text-wrapped-qiyuan-fungi-subsidy",
        site="桤原县农业农村局 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://nyncj.qiyuan.example.gov.cn/tzgg/2025/0315/1182.html",
        title="关于申报2025年食用菌产业发展补助资金的通知",
        record_title="关于申报2025年食用菌产业发展补助资金的通知 - 桤原县农业农村局",
        date="2025-03-15",
        notes="gov notice hard-wrapped at 66 columns with gap lines; document number neutral; 附件 kept; the document's own 联系电话 next to the site's 12316 line",
        wrap=66,
        indent="    ",
        gap=True,
        page="""
!m 桤原县农业农村局 ＞ 通知公告
{T}
!m 发布时间：2025-03-15　信息来源：产业发展股　访问量：812
桤农发〔2025〕21号
{BODY}
!w 农业服务热线：12316
!a 【收藏】【打印】【关闭】
!m 桤原县农业农村局主办　网站地图 | 联系我们
""",
        body="""
各乡镇人民政府，各食用菌生产经营主体：
为推动食用菌产业高质量发展，县财政安排食用菌产业发展补助资金二百万元，现将申报有关事项通知如下。
一、补助对象为在本县登记注册、从事食用菌生产的专业合作社、家庭农场和企业。
二、补助标准为新建标准化菇棚每平方米补助四十元，单个主体补助最高不超过十万元。
三、申报主体须于4月15日前向所在乡镇提交申报材料，乡镇审核后报县农业农村局。
联系人：饶建华　电话：0797-6321187
附件：食用菌产业发展补助资金申报表
桤原县农业农村局
2025年3月15日
""",
    ),
    dict(
        slug="wechat-text-chengwan-wetland-speech-cn-date",
        site="柽湾林业 公众号镜像 (invented)",
        style="公众号镜像",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://wxread.mirror.example.org/a/cwly/20250202",
        title="在世界湿地日宣传活动启动仪式上的致辞",
        record_title=None,
        date="2025-02-02",
        notes="WeChat mirror text with no record title; date under the speech title in Chinese numerals; account line has only a relative time; 点赞 and 转发 rows; the speech's own 关注 sentence kept",
        page="""
!m 柽湾林业
{T}
!m 柽湾林业　昨天
区林业局党组书记、局长　庞思远
（二〇二五年二月二日）
{BODY}
!l 点赞　转发　推荐
!a 长按识别二维码，关注“柽湾林业”
!d 本文转载自公众号“柽湾林业”，仅供阅读，侵删
""",
        body="""
各位来宾，同志们，朋友们：
今天是第二十九个世界湿地日，我们在这里举行宣传活动启动仪式，号召全社会共同关注湿地、保护湿地。
近年来，我区累计修复湿地三千余亩，湿地保护率达到百分之六十八。
希望广大市民积极参与湿地保护志愿服务，争做湿地保护的宣传者和践行者。
谢谢大家。
""",
    ),
    dict(
        slug="news-text-lianchuan-pension-title-glued",
        site="楝川融媒 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.lianchuan-rm.example.cn/content/2025/06/25/4471.html",
        title="我县城乡居民基础养老金再次提高",
        record_title="我县城乡居民基础养老金再次提高_楝川融媒",
        date="2025-06-25",
        notes="news text page: the title glued to the lead; source and editor lines; an app download line; reading count",
        page="""
!m 楝川融媒 · 新闻
!m 楝川融媒　2025-06-25 17:35:06　阅读量 5,210
{BODY}
!m 来源：县人社局　编辑：谭悦　审核：罗毅
!a 下载“爱楝川”客户端，获取更多本地资讯
!l 相关阅读：我县提高失业保险金标准　|　医保参保缴费进入集中期
""",
        body="""
⟦t 我县城乡居民基础养老金再次提高⟧记者从县人社局获悉，自7月1日起，我县城乡居民基础养老金最低标准由每人每月一百六十三元提高到一百八十三元。
此次调整惠及全县六万八千余名城乡居民养老保险待遇领取人员。
提高部分将于7月随当月养老金一并发放，符合条件的人员无需另行申请。
县人社局提醒，参保居民可通过“掌上社保”查询本人待遇发放情况，谨防冒充工作人员的电信诈骗。
""",
    ),
    dict(
        slug="forum-text-wrapped-used-car-dispute-summary",
        site="车友汇论坛 (invented)",
        style="论坛",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://bbs.cheyouhui.example.com/viewthread.php?tid=47120",
        title="楸阳市二手车流通协会2024年消费纠纷调解工作总结",
        record_title="楸阳市二手车流通协会2024年消费纠纷调解工作总结 - 楸阳车友 - 车友汇论坛",
        date="2025-01-15",
        date_also=["2025-01-17"],
        notes="forum thread hard-wrapped at 70 with junk lines; a poster's aside; 发表于 date also accepted; data table kept",
        wrap=70,
        junk=dict(lines=1, glued=1),
        page="""
!m 车友汇论坛 » 楚南车友 » 楸阳车友
!t 楸阳市二手车流通协会2024年消费纠纷调解工作总结
!m 发帖人：老司机阿彬　发表于 2025-1-17 09:30　[复制链接]
!l 买二手车的兄弟们可以看看，协会还是做了点事的
{BODY}
!l 回复　引用　TOP
!m 车友汇论坛 版权所有
""",
        body="""
2024年，协会消费纠纷调解委员会共受理二手车交易纠纷一百二十七件，调解成功一百零九件，调解成功率百分之八十五点八，为消费者挽回经济损失二百一十余万元。
纠纷类型　件数
隐瞒事故车况　58
里程数造假　31
过户手续纠纷　38
今年，协会将推行车况信息公示卡制度，从源头减少交易纠纷。
楸阳市二手车流通协会
2025年1月15日
""",
    ),
    dict(
        slug="fanwen-text-wenlin-multi-piece-electrician",
        site="文林范文网 (invented)",
        style="范文站",
        genre="心得体会",
        kind="insight",
        form="text",
        source="https://www.wenlinfw.example.com/xinde/peixun/20250301_5520.html",
        title="电工技能培训心得体会",
        record_title="电工技能培训心得体会（通用5篇）",
        date=None,
        notes="范文 page with a 通用5篇 decoration; a recommended-reading link on a line of its own between paragraphs, a copy-needs-login prompt, a related list repeating the decorated title; relative time only: no date",
        page="""
!m 文林范文网 · 心得体会频道
!m 文林首页 > 心得体会 > 培训心得
!t 电工技能培训心得体会（通用5篇）
!m 发布时间：2小时前　作者：文林小编
!a 温馨提示：复制全文需登录，会员免登录一键复制
{BODY}
!l 电工技能培训心得体会（通用5篇）相关文章：
!l ◆ 焊工培训心得体会（精选6篇）
!l ◆ 安全生产培训心得（通用版）
!m 文林范文网 www.wenlinfw.example.com
""",
        body="""
这次参加单位组织的电工技能培训，时间虽然只有短短十天，但我收获很大。
培训期间，老师从基本的安全用电常识讲起，结合大量事故案例，让我深刻认识到电工作业必须把安全放在第一位。
⟦l 推荐阅读：>>电工实习心得体会800字<<⟧
在实操课上，我第一次独立完成了配电箱的接线，也学会了用万用表排查线路故障。
今后我要把培训中学到的知识用到实际工作中，严格执行操作规程，做一名合格的电工。
""",
    ),
    dict(
        slug="qa-text-used-car-transfer-question",
        site="答得好问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="article",
        form="text",
        source="https://www.dadehao.example.com/wenda/662107.html",
        title="二手车过户需要带哪些材料？",
        record_title=None,
        date="2025-03-19",
        notes="Q&A with no record title: the question found on the page; 回答于 date is the page date; adopted-answer banner; vote row; other answers collapsed",
        page="""
!m 答得好 > 汽车 > 二手车
{T}
!m 悬赏 5 分　｜　2个回答　｜　浏览 2304
!l ✔ 提问者采纳
!m 答主：楸阳车务小陈　回答于 2025-03-19 14:22
{BODY}
!l 赞 41　　踩 0　　追问
!l 其他 1 条回答已折叠
!a 打开答得好App，查看更多汽车问答
""",
        body="""
二手车过户一般需要买卖双方一起到车管所办理，需要准备以下材料。
1.买卖双方的身份证原件。
2.机动车登记证书和机动车行驶证。
3.二手车交易发票或者买卖合同。
4.车辆需要到场，进行查验和拍照。
建议提前在交管App上预约，避免排队。
""",
    ),
    dict(
        slug="blog-text-orchid-grower-no-title-diary",
        site="兰圃闲话 (invented blog)",
        style="博客",
        genre="随笔",
        kind="insight",
        form="text",
        source="http://lanpuxianhua.example-blog.net/archives/2025/0316.html",
        title="春兰展上的三件小事",
        record_title=None,
        date="2025-03-16",
        notes="blog with no record title; title on the page; date in a Chinese-style post line '二〇二五年三月十六日' under the title; comments, archives",
        page="""
!m 兰圃闲话 —— 一个养兰人的自留地
{T}
二〇二五年三月十六日　星期日
{BODY}
!l 分类：养兰手记 | 标签：春兰展、柃山
!l 评论（3）　引用（0）　阅读（244）
!l 兰友甲：金奖那盆确实漂亮！
!l 文章归档：2025年03月 | 2025年02月 | 2025年01月
""",
        body="""
今年的春兰展在县文化广场办了三天，我带了两盆老种去参展，有几件小事想记下来。
第一件，开展那天下着小雨，协会的年轻人早早来搭棚子，把每一盆兰花都安置得妥妥当当。
第二件，一位八十多岁的老兰友坐着轮椅来看展，看到他年轻时送人的一个品种，激动得说不出话。
第三件，我那盆“老梅”得了铜奖。奖不大，但二十年的心血有了一个交代。
""",
    ),
    dict(
        slug="gov-text-record-date-sand-mining-notice",
        site="楠浦县水利局 (invented)",
        style="政府门户",
        genre="公告",
        kind="notice",
        form="text",
        source="http://slj.nanpu.example.gov.cn/gsgg/2025/0601/772.html",
        title="楠浦县2025年度河道砂石开采权拍卖公告",
        record_title="楠浦县2025年度河道砂石开采权拍卖公告",
        record_date="2025-06-01",
        date="2025-06-01",
        notes="gov text page with record date; auction table; the document's 咨询电话 and 举报电话 kept; chrome between paragraphs (a 'related file' box) on a line of its own",
        page="""
!m 楠浦县水利局　政务公开
!m 首页 » 公示公告
{T}
!m 发布：2025-06-01　来源：河湖管理股
{BODY}
!a 【加入收藏】【打印本页】【关闭】
!m 楠浦县水利局 版权所有　技术支持：楠浦信息中心
""",
        body="""
经县人民政府批准，现对楠浦县2025年度河道砂石开采权进行公开拍卖，有关事项公告如下。
一、拍卖标的
标段　位置　可采量（万立方米）　起拍价（万元）
一号标段　楠水河石桥段　12　260
二号标段　楠水河沙洲段　8　175
⟦l 相关文件：楠浦县河道采砂规划（2021—2025年）⟧
二、竞买人须于6月20日前到县公共资源交易中心报名，并缴纳竞买保证金。
三、咨询电话：0797-6528101；举报电话：0797-6528110。
楠浦县水利局
2025年6月1日
""",
    ),
    dict(
        slug="mail-text-newsletter-optical-association",
        site="眼镜协会会员通讯 邮件 (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mail://newsletter/lucheng-optical/2025-10",
        title="关于开展眼镜店验光设备计量检定的通知",
        record_title="转发：关于开展眼镜店验光设备计量检定的通知",
        date="2025-10-09",
        notes="forwarded newsletter mail: unsubscribe line, mail headers; the notice's own 联系人 kept; forwarded date differs but the document date is expected",
        date_also=["2025-10-10"],
        page="""
!m 发件人：栌城市眼镜行业协会 <news@lucheng-optical.example.org>
!m 日期：2025年10月10日 周五 16:02
!m 主题：转发：关于开展眼镜店验光设备计量检定的通知
!l 【会员通讯 第42期】
{BODY}
!d 您收到此邮件是因为您是协会会员单位。如不希望再收到，请点击退订。
!m 协会秘书处　0734-8201556
""",
        body="""
各眼镜经营单位：
根据市市场监管局工作安排，10月下旬将对全市眼镜店使用的验光仪、焦度计等计量器具开展强制检定。
请各单位提前做好设备自查，检定当天安排专人配合。
逾期未检定或检定不合格的设备，一律不得继续使用。
联系人：市计量测试所　何工　电话：0734-8315060
栌城市眼镜行业协会
2025年10月9日
""",
    ),
]

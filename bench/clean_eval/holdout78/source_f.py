"""holdout78, part F: a kuaiban troupe's speech in a WeChat mirror, a cashmere mill's intranet
notice, a goji co-op's plan in a 文库 preview, a silversmiths' village on a local forum (one
line), candied-haw vendors in a news portal, a foot-massage trade pledge, a building-block
school's letter to parents and a glove factory's forwarded request. Invented text; see
../README.md and ../build.py."""

CASES = [
    dict(
        slug="wechat-kuaiban-troupe-anniversary-speech",
        site="竹板声声公众号镜像 (invented)",
        style="公众号镜像",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://wx.mirrorhub.example.com/n/kb2025-0316",
        title="在茭原快板艺术团成立十周年演出前的讲话",
        record_title="团长讲话｜在茭原快板艺术团成立十周年演出前的讲话",
        date="2025-03-16",
        notes="WeChat mirror: decorated record title; speaker line and date line under the title neutral; follow prompt at the top, 在看/赞 row and a reward button at the bottom",
        gap=True,
        page="""
!a ↑ 点上方“竹板声声”关注我们，听茭原快板
!m 竹板声声　2025-03-17 07:30
{T}
茭原快板艺术团团长　邢铁嘴
（2025年3月16日）
{BODY}
!a 喜欢作者　赞赏
!l 分享　收藏　在看　赞 63
!d 文中图片为团员拍摄，转载请后台联系
""",
        body="""
各位团员，各位老朋友：
竹板一打响连天，咱们艺术团成立整整十年了！
十年前，我们七八个退休老人凑在公园里打快板，后来队伍越来越大，现在有团员五十六人，年纪最大的八十一岁，最小的才十九岁。
十年来，我们走进社区、军营、学校和养老院演出四百多场，自编节目六十多个，《夸夸咱的新农村》还在省里拿了奖。
今晚的演出，是对十年的总结，也是新的开始。希望大家上台精神饱满，把咱们快板的精气神打出来！
""",
    ),
    dict(
        slug="oa-yangrong-cashmere-mill-notice",
        site="雪绒纺织内网 (invented)",
        style="企业内网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://portal.xuerong-tex.example.local/notice/2025/1103",
        title="关于开展羊绒原料入库质量专项检查的通知",
        record_title="关于开展羊绒原料入库质量专项检查的通知",
        date="2025-11-03",
        record_date="2025-11-03",
        notes="intranet notice: date in the record; a 文号 neutral; 主送 line; a schedule table; 抄送 line kept; read-receipt and approval chrome; an intranet-only notice",
        page="""
!m 雪绒纺织企业门户　｜　通知公告
!d 【内部信息，严禁外传】
{T}
雪绒纺〔2025〕41号
{BODY}
!m 签发：总经理 那日苏　核稿：质检中心 莫兰
!a 【确认已阅】【下载附件】【打印】
!m 已确认阅读：42/47
""",
        body="""
原料部、质检中心、各分梳车间：
为严把羊绒原料入库质量关，公司决定于11月开展羊绒原料入库质量专项检查。
一、检查内容：原料含绒率、细度、长度、杂质含量和回潮率，以及入库登记和留样制度执行情况。
二、时间安排
阶段　时间　责任部门
自查　11月5日—11月12日　原料部
抽检　11月13日—11月20日　质检中心
整改　11月21日—11月30日　各分梳车间
三、发现掺杂使假原料的，一律退货，并列入供应商黑名单。
抄送：公司领导班子成员，财务部。
""",
    ),
    dict(
        slug="wenku-gouqi-coop-plan-wrapped-markers",
        site="书山文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.shushanwk.example.com/doc/2291706.html",
        title="枸杞专业合作社2025年标准化生产实施方案",
        record_title="【word可编辑】枸杞专业合作社2025年标准化生产实施方案",
        date="2025-03-05",
        notes="文库 preview text hard-wrapped at 62 columns, with page markers 〔第n页/共3页〕 between lines; decorated record title; signature date; a pay bar",
        wrap=62,
        pages=dict(fmt="〔第{n}页/共3页〕", every=160, start=2),
        page="""
!m 书山文库　>　农林牧渔　>　种植技术
!m 贡献者：宁枸小王　|　上传：2025-04-02　|　阅读：640　|　评分：4.6
{T}
{BODY}
!a 本文档需付费下载（5.8元）　|　开通会员免费下载
!l 相关文档：枸杞病虫害绿色防控技术　枸杞制干工艺规范
""",
        body="""
为提高枸杞品质和市场竞争力，推进合作社标准化生产，结合实际制定本方案。
一、目标任务：2025年合作社一千五百亩枸杞全部按照绿色食品生产技术规程管理，优果率达到百分之八十五以上。
二、主要措施：统一供应苗木和农资，统一技术培训，统一病虫害防控，统一采收标准，统一制干和分级包装。
三、质量追溯：每个地块建立生产档案，记录施肥、用药和采收情况，产品包装加贴追溯码。
四、组织保障：合作社理事长为第一责任人，聘请县枸杞研究所技术人员常年驻社指导。
柏岭村枸杞专业合作社
2025年3月5日
""",
    ),
    dict(
        slug="localforum-yinshi-silversmith-village-oneline",
        site="银坊人家论坛 (invented)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="text",
        source="http://bbs.yinfang.example.cn/t/40992",
        title="关于银饰一条街商户参加消防安全培训的通知",
        record_title=None,
        date=None,
        notes="local forum copy-paste where the whole notice is on one line; no record title; post time is relative (2小时前) and the notice has no date; forum junk lines",
        oneline=True,
        page="""
!m 银坊人家论坛 > 镇务公开
{T}
!m 发帖人：银坊镇安办　2小时前　浏览 86
{BODY}
!l 回复(1)　街口老银匠：熔银用的喷枪也要检查
!a 我要回复　收藏本帖
""",
        body="""
银饰一条街各商户：
近期天气干燥，银饰加工使用喷枪、熔炉等明火设备较多，火灾风险加大。
镇安办定于本周六上午九点在镇文化站举办消防安全培训，每户至少派一人参加。
培训内容包括明火作业安全、灭火器使用和初期火灾扑救，培训结束后现场发放灭火毯。
""",
    ),
    dict(
        slug="news-tanghulu-vendors-street-text",
        site="楝川新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.lianchuannews.example.com/ms/2025-12/19/c_80213.html",
        title="老街糖葫芦摊贩有了“统一身份证”",
        record_title="老街糖葫芦摊贩有了“统一身份证”_民生_楝川新闻网",
        date="2025-12-19",
        notes="news text: decorated record title (_column_site); a 来源/记者 line; an editor line glued to the last paragraph; a hot list and a report line",
        page="""
!m 楝川新闻网　民生频道
!m 首页 > 民生 > 正文
{T}
!m 2025年12月19日 09:36　来源：楝川晚报　记者 苗青禾
!a 字号 T|T　　分享
{BODY}
!l 热点推荐：城西菜市场改造完工 | 冬季供暖投诉热线开通 | 一周天气
!m 楝川新闻网违法和不良信息举报：0579-8210 3311
""",
        body="""
入冬以来，楝川老街的糖葫芦摊又热闹起来。与往年不同的是，今年每个摊位前都挂着一块统一制作的信息牌，上面有摊主姓名、健康证编号和监督电话。
老街管理办负责人介绍，今年共有二十二户糖葫芦摊贩登记备案，管理办为他们统一配备了带防尘罩的售卖车，并组织了食品安全培训。
摊主老韩熬了二十多年糖稀，他说：“有了这块牌子，顾客买得放心，我们卖得也踏实。”
市场监管部门表示，将定期抽检糖葫芦所用的山楂和糖，确保群众吃得安全。⟦m （责任编辑：霍小冬）⟧
""",
    ),
    dict(
        slug="assoc-zuliao-foot-massage-pledge",
        site="梧岚市足浴保健行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="initiative",
        form="text",
        source="http://www.wlzyxh.example.org/dongtai/2025/0601/52.html",
        title="足浴保健行业规范经营倡议书",
        record_title="倡议｜足浴保健行业规范经营倡议书",
        date="2025-06-01",
        notes="association text: decorated record title; forum-style junk glued (copied from a repost); the association's complaint line kept in the body; signature date",
        junk=dict(lines=1, glued=2),
        page="""
!m 梧岚市足浴保健行业协会　·　行业动态
{T}
!m 发布人：协会秘书处　2025-06-01　阅读 203
{BODY}
!a 点赞　转发　收藏
!m 协会地址：梧岚市永安路22号商会大厦5楼
""",
        body="""
全市足浴保健行业经营者和从业人员：
为营造健康、规范、诚信的行业环境，协会向全体会员单位发出如下倡议。
一是依法经营。证照齐全、亮照经营，服务项目和价格明码标价，不搞强制消费。
二是卫生达标。足盆、毛巾一客一换一消毒，从业人员持健康证上岗。
三是规范预付卡管理。办理储值卡须签订书面合同，不得超额发卡，经营场所变更应提前告知顾客。
四是文明服务。尊重顾客，杜绝任何违法违规服务。
对违反倡议的会员单位，欢迎社会各界向协会投诉，协会投诉电话：0576-8890 1517。
梧岚市足浴保健行业协会
2025年6月1日
""",
    ),
    dict(
        slug="training-jimu-building-block-letter-parents",
        site="小匠人积木编程中心 (invented)",
        style="培训机构",
        genre="函",
        kind="letter",
        form="text",
        source="https://www.xiaojiangren.example.com/notice/winter-2026.html",
        title="寒假积木搭建营致家长的一封信",
        record_title="寒假积木搭建营致家长的一封信（附回执）",
        date="2026-01-08",
        notes="training centre text: decorated record title; a trial-class ad between paragraphs; the centre's own phone kept; the 回执 with blank fields kept; signature date",
        page="""
!m 小匠人积木编程中心　动手创造 快乐成长
!m 首页 > 通知公告
{T}
{BODY}
!a 预约免费试听 >>
!w 课程顾问微信：xjr_kefu01（备注“积木营”）
""",
        body="""
尊敬的家长：
您好！寒假将至，中心将于1月20日至2月5日开办寒假积木搭建营，现将有关事项告知如下。
一、营期安排：每期五天，每天上午9:00至11:30，分为四至六岁、七至九岁两个班。
二、课程内容：机械结构搭建、简单动力装置、团队合作主题搭建，结营时举办作品展。
⟦a 【试听福利】新学员首次体验课0元，名额仅剩12个⟧
三、注意事项：请家长按时接送孩子，课间点心由中心提供，如孩子有食物过敏请提前告知。
咨询电话：0739-6655 0281
回执
学员姓名：________　年龄：____　家长电话：________
小匠人积木编程中心
2026年1月8日
""",
    ),
    dict(
        slug="mail-shoutao-glove-factory-request-chain",
        site="邮件往来 (invented)",
        style="邮件转发",
        genre="请示",
        kind="request",
        form="text",
        source="mailto:admin@anshou-gloves.example.com?thread=5521",
        title="关于购置手套浸胶线废气处理设备的请示",
        record_title="回复：Re: 关于购置手套浸胶线废气处理设备的请示.docx",
        title_also=["关于购置手套浸胶线废气处理设备的请示.docx"],
        date="2025-04-14",
        date_also=["2025-04-15"],
        notes="mail reply chain: file-name-like decorated record title; quoted reply lines; the mail's own 附件 header and the request's own 附件 line; signature date differs from the mail date",
        page="""
!m 发件人：总经办 <admin@anshou-gloves.example.com>
!m 发送时间：2025年4月15日 11:02
!m 收件人：设备部 赵工
!t 主题：回复：Re: 关于购置手套浸胶线废气处理设备的请示.docx
已阅，同意提交总经理办公会研究。——总经办
!m > 在 2025-04-14 17:45，设备部 写道：
!m > 请审阅附件中的请示，谢谢。
!m 附件：关于购置手套浸胶线废气处理设备的请示.docx (52KB)　预览　下载
{BODY}
!d 本邮件由安手企业邮箱发送，请勿回复至系统地址
""",
        body="""
公司领导：
我厂两条丁腈手套浸胶线运行已满八年，原有废气处理设备老化，处理效率下降，近期区生态环境局监测显示排放浓度接近限值。
为确保达标排放，拟购置一套“沸石转轮浓缩+催化燃烧”废气处理设备，预算一百八十万元，资金从技改专项中列支。
设备采购拟采用邀请招标方式，计划6月底前完成安装调试。
妥否，请批示。
附件：设备选型方案及报价比较表
设备部
2025年4月14日
""",
    ),
]

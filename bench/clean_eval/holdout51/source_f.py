"""holdout51, part F. Invented text; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="mail-fwd-puppet-festival-invite",
        site="影川文化馆 邮件 (invented)",
        style="邮件转发",
        genre="函",
        kind="other",
        form="text",
        source="mail://yingchuan-whg/inbox/20250818-0932",
        title="关于邀请参加第三届影川皮影艺术节的函",
        record_title="Fwd: 关于邀请参加第三届影川皮影艺术节的函",
        date="2025-08-15",
        date_also=["2025-08-18"],
        notes="forwarded mail: headers, forward note, mail client footer; the 函's own 附件 and contact kept; send date vs 函 date",
        page="""
!m 发件人：影川县文化馆 <whg@yingchuan.gov.cn>
!m 发送时间：2025年8月18日（星期一）上午9:32
!m 收件人：各乡镇文化站
!t 主题：Fwd: 关于邀请参加第三届影川皮影艺术节的函
!m 附件：2 个（邀请函.pdf，回执.docx）
!a 各位：转发县文化馆邀请函，请各站于本周五前回复参加人数，谢谢！——小柳
!m ---------- 转发的邮件 ----------
{T}
{BODY}
!d 此邮件及附件可能含有保密信息，如您误收，请立即删除并通知发件人。
!a 发自我的手机邮箱
""",
        body="""
各乡镇文化站，各皮影剧团：
为展示影川皮影艺术保护传承成果，县文化馆定于2025年9月19日至21日举办第三届影川皮影艺术节。诚邀贵单位组队参加展演。
一、每个剧团可报送剧目1个，演出时长不超过20分钟。
二、请于9月5日前将参演回执发送至whgpiying@163.com。
联系人：柳青灯　电话：0827-5561377
附件：1.第三届影川皮影艺术节参演回执
2.展演场地示意图
影川县文化馆
2025年8月15日
""",
    ),
    dict(
        slug="mail-re-chaping-request-chain",
        site="茶坪县林业局 邮件 (invented)",
        style="邮件转发",
        genre="请示",
        kind="other",
        form="text",
        source="mail://chaping-lyj/sent/20250402-1640",
        title="关于申请油茶低产林改造补助资金的请示",
        record_title="答复：Re: 关于申请油茶低产林改造补助资金的请示.docx",
        title_in="file-name",
        date="2025-04-01",
        date_also=["2025-04-02"],
        notes="mail reply chain: quoted replies before the document; file-name title in a reply subject; attachment header of the mail vs the document's own 附件",
        page="""
!m 主题：答复：Re: 关于申请油茶低产林改造补助资金的请示.docx
!m 发件人：蒋晓林 <jiangxl@chapinglyj.cn>
!m 时间：2025-04-02 16:40
!m 附件：关于申请油茶低产林改造补助资金的请示.docx（28K）
!l > 收到，已提交局务会研究。——财务股 段
!l >> 请示正文见附件，麻烦尽快审核。
!a 以下为附件正文预览：
{T}
{BODY}
!d 该邮件由茶坪县林业局邮件系统发出
""",
        body="""
县人民政府：
我县现有油茶林32万亩，其中低产林约11万亩，亩产茶油不足5公斤，严重影响林农收入。根据省油茶产业发展规划，我局计划今年改造低产林2万亩。
改造采取更新换代和嫁接改良两种方式，每亩补助标准800元，共需补助资金1600万元。省级已下达资金900万元，尚缺700万元，恳请县财政给予安排。
妥否，请批示。
附件：2025年油茶低产林改造任务分解表
茶坪县林业局
2025年4月1日
""",
    ),
    dict(
        slug="mail-newsletter-lacquer-assoc",
        site="漆艺通讯 邮件简报 (invented)",
        style="邮件转发",
        genre="新闻",
        kind="news",
        form="text",
        source="mail://newsletter/qiyitongxun/2025-10",
        title="漆艺通讯2025年第10期",
        record_title="转发：漆艺通讯2025年第10期",
        date="2025-10-31",
        notes="mailed newsletter: unsubscribe line, view-in-browser link; print footer; body items kept",
        page="""
!m From: 漆原县工艺美术协会 <news@qygmxh.org>
!m Date: 2025-11-03 08:00
!m Subject: 转发：漆艺通讯2025年第10期
!a 邮件显示不正常？点此在浏览器中查看
{T}
!m 漆原县工艺美术协会编印　2025年10月31日
{BODY}
!a 如不想再收到本通讯，请点击退订
!m 协会邮箱：news@qygmxh.org
!p 〔 1／1 〕
""",
        body="""
本期要目：漆艺博览会圆满落幕；协会开展生漆质量抽检；青年漆艺人才培训班结业。
漆艺博览会圆满落幕。10月18日至20日，漆原县首届漆艺博览会在县会展中心举办，参展企业136家，现场成交额2860万元。
协会开展生漆质量抽检。10月下旬，协会对12家会员单位的生漆原料进行了抽检，合格11家，不合格的1家已责令整改。
青年漆艺人才培训班结业。为期两个月的培训班共有32名学员结业，其中8人留在会员企业就业。
""",
    ),
    dict(
        slug="gov-xueao-notice-wrapped",
        site="雪岙乡人民政府 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://xueao.gov.cn/zwgk/tzgg/202512/t20251208_992.html",
        title="雪岙乡关于做好冰雪旅游季安全生产工作的通知",
        date="2025-12-08",
        notes="hard-wrapped at 66 columns; 文号 neutral; the document's own 值班电话 kept beside the portal's 12345",
        page="""
!m 雪岙乡人民政府门户网站
!m 首页 >> 政务公开 >> 通知公告
{T}
雪乡政发〔2025〕44号
!m 发布日期：2025-12-08　浏览次数：167　【大 中 小】
{BODY}
!a 【打印】【关闭】
!m 政务服务便民热线：12345　网站主办：雪岙乡人民政府
""",
        wrap=66,
        indent="\u3000\u3000",
        body="""
各村（居）委会，乡属各单位，辖区各旅游经营单位：
冰雪旅游季即将到来，游客数量大幅增加，安全生产压力加大。为确保辖区旅游安全，现就有关工作通知如下：
一、滑雪场、民宿、农家乐等经营单位要落实主体责任，开展一次全面的安全隐患自查，重点检查索道、魔毯、取暖设施和消防设施。
二、乡安监站会同派出所、市场监管所组成联合检查组，12月20日前完成对辖区全部旅游经营单位的检查。
三、遇暴雪、寒潮等极端天气，各经营单位要及时停止户外项目，做好游客疏导安置。
乡政府冰雪旅游季值班电话：0576-8800210。
雪岙乡人民政府
2025年12月8日
""",
    ),
    dict(
        slug="fanwen-sanyu-host-script-markers",
        site="伞语范文 (invented)",
        style="范文站",
        genre="主持词",
        kind="speech",
        form="text",
        source="https://www.sanyufanwen.com/zcc/huodong/5520.html",
        title="伞坪纸伞文化节开幕式主持词",
        record_title="伞坪纸伞文化节开幕式主持词（通用版）_伞语范文",
        date=None,
        notes="converter page markers of my own cutting sentences; year only in the text; an 收录 stamp; no date",
        page="""
!m 伞语范文 · 主持词频道
!t 伞坪纸伞文化节开幕式主持词（通用版）
!m 收录时间：2025-09-11　·　字数：约620字　·　人气：1,027
!a 免费复制｜下载Doc｜打印本文
{BODY}
!a 下载本文完整版（含串词、暖场词）请点这里
!l 主持词推荐：非遗展演活动主持词　乡村文化节闭幕式主持词
!w 主持稿定制 私人订制 扣扣：2839104477
""",
        indent="\u3000\u3000",
        pages=dict(fmt="❮{n}❯", every=150, start=2, glue=False),
        body="""
尊敬的各位领导、各位来宾，亲爱的朋友们：
大家上午好！金秋十月，伞坪镇桐花街上伞花绽放。今天，我们在这里隆重举行伞坪纸伞文化节开幕式，共赏千年纸伞之美。
出席今天开幕式的领导和嘉宾有：县委、县政府有关领导，县直有关部门负责同志，以及来自各地的非遗传承人代表和游客朋友们。让我们以热烈的掌声表示欢迎！
下面，有请伞坪镇党委书记致欢迎辞。
下面，有请油纸伞省级非遗传承人代表发言。
接下来，请欣赏由伞坪镇中心小学学生带来的舞蹈《伞韵》。
朋友们，伞坪纸伞文化节开幕式到此结束，欢迎大家到桐花街逛伞市、看展演，体验制伞乐趣！
""",
    ),
    dict(
        slug="wenku-zhuyin-summary-wrap-glued-markers",
        site="竹音文库 (invented)",
        style="文库预览",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.zhuyinwenku.com/doc/44918203.html",
        title="篁溪县林业局2025年竹产业发展工作总结",
        record_title="篁溪县林业局2025年竹产业发展工作总结（可编辑）",
        date="2025-12-22",
        notes="hard-wrapped at 60 columns with glued page markers between lines; date under signature; VIP prompts",
        page="""
!m 竹音文库
!t 篁溪县林业局2025年竹产业发展工作总结（可编辑）
!m 页数 4　｜　阅读 289　｜　上传于 2025-12-29
!a 全文阅读已结束，如需获取完整文档请开通VIP
{BODY}
!a 开通VIP后可免费下载本站所有文档
!d 竹音文库文档均为网友上传，本站不对内容真实性负责
""",
        wrap=60,
        indent="\u3000\u3000",
        pages=dict(fmt="〘{n}〙", every=150, start=2, glue=True),
        body="""
2025年，县林业局围绕建设竹产业强县目标，扎实推进竹林培育、竹材加工和竹文化旅游，全县竹产业综合产值达到42.8亿元，同比增长9.6%。
一是竹林培育提质增效。新建笋竹两用林示范基地1.2万亩，改造低产竹林3.5万亩，推广竹林测土配方施肥技术。
二是加工企业发展壮大。新引进竹材加工企业4家，竹编、竹家具、竹纤维等产品远销海外，竹编产业从业人员增至7800人。
三是竹文化旅游持续升温。成功举办第二届篁溪竹文化节，接待游客38万人次。
2026年，我们将继续推进竹产业全链条发展，为乡村振兴作出更大贡献。
篁溪县林业局
2025年12月22日
""",
    ),
    dict(
        slug="wechat-xueao-safety-tips-text",
        site="雪岙旅游 公众号镜像 (invented)",
        style="公众号镜像",
        genre="其他",
        kind="other",
        form="text",
        source="https://weread.mirrorhub.cn/xueao_lvyou/2025-12-20",
        title="雪季出行，这份安全提示请收好",
        record_title="雪季出行，这份安全提示请收好｜雪岙旅游",
        date="2025-12-20",
        notes="WeChat mirror; account line; body sentence about sharing and following kept; like/share row",
        page="""
{T}
!m 雪岙旅游　2025年12月20日 08:00　浙江
!a 👆点击蓝字 关注我们
{BODY}
!a 喜欢就点个“赞”和“在看”吧
!l 推荐阅读｜雪岙滑雪场开板啦　推荐阅读｜冰雪民宿入住指南
!m 投稿邮箱：xueaolvyou@163.com
""",
        body="""
近期雪岙乡迎来持续降雪，前来赏雪、滑雪的游客越来越多。为了让大家玩得开心、玩得安全，请收好这份提示：
1.自驾出行前检查车辆，配备防滑链，山区道路结冰时请减速慢行。
2.滑雪请选择正规雪场，根据自身水平选择雪道。
3.赏雪拍照时不要靠近悬崖、冰面等危险区域。
4.遇到紧急情况，请拨打110或乡政府值班电话。
请把这份提示分享给身边的亲友，也欢迎关注“雪岙旅游”获取最新路况信息。
""",
    ),
    dict(
        slug="forum-oneline-salt-workers-junk",
        site="盐乡论坛 (invented)",
        style="论坛",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://www.yanxiangbbs.com/read-30771.html",
        title="盐田守护员的一天",
        record_title="盐田守护员的一天 - 盐乡随笔 - 盐乡论坛",
        date="2025-09-02",
        notes="one-line body with forum junk glued; 发表于 date; floor info",
        page="""
!m 盐乡论坛 » 盐乡随笔
!t 盐田守护员的一天 - 盐乡随笔 - 盐乡论坛
!m 楼主：滩涂守望者　发表于 2025-9-2 18:55　只看该作者
{BODY}
!l 沙发　卤水泡饭：辛苦了，致敬守护员！
!a 登录后才能回复，没有账号？立即注册
""",
        oneline=True,
        junk=dict(lines=0, glued=2),
        body="""
凌晨五点，天还没亮，我就骑着电动车出发了。
作为盐场生态修复区的守护员，我每天要沿着潮沟走一圈，记录鸟类数量，检查围网和标牌。
上午九点，我在东片湿地发现了一群黑脸琵鹭，数了数有十七只，比上个月多了五只。
下午主要是清理被潮水冲上来的垃圾，今天捡了三大袋塑料瓶和渔网。
傍晚回家，看着夕阳下的盐田和湿地，觉得这份工作很有意义。
""",
    ),
    dict(
        slug="qa-answer-dated-paper-storage",
        site="百知问答 (invented)",
        style="问答社区",
        genre="其他",
        kind="other",
        form="text",
        source="https://www.baizhiwenda.com/q/6620193",
        title="宣纸买回来怎么保存才不会受潮发霉？",
        record_title=None,
        date="2025-06-03",
        notes="Q&A text page; no record title (the question heading); 回答于 is the page date; relative time of the question not a date",
        page="""
!m 百知问答　>　文化艺术　>　书法绘画
{T}
!m 提问者：墨池学徒　·　3周前
!m 共 4 个回答
!m 楮原纸人　｜　宣纸行业从业者　｜　回答于 2025-06-03
{BODY}
!a 👍 217　💬 评论 12　⭐ 收藏　↗ 分享
!l 查看其余 3 个回答
!w 想买正宗古法宣纸？私聊我有内部价
""",
        body="""
宣纸保存主要防潮、防虫、防晒，给你几点经验：
1.用牛皮纸或原包装纸包好，放在木柜里，不要直接放在地上或靠墙放。
2.南方梅雨季节可以在柜子里放几包干燥剂，天晴时开柜通风。
3.放几块樟木或者花椒包防虫，不要用樟脑丸，气味会渗进纸里。
4.避免阳光直射，否则纸会发黄变脆。
保存得好的宣纸，放几年反而更好用，墨色更润。
""",
    ),
    dict(
        slug="blog-qiyi-maker-diary-text",
        site="漆语手记 (invented)",
        style="博客",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://qiyu.blogspot-like.cn/2025/06/gelie.html",
        title="割漆季日记：一斤生漆要割多少棵漆树",
        record_title="【随记】割漆季日记：一斤生漆要割多少棵漆树 | 漆语手记",
        date="2025-06-21",
        notes="blog with bracketed prefix and suffix; bracketed post time; archive and tag chrome; reward prompt between paragraphs",
        page="""
!m 漆语手记　|　一个漆匠的自言自语
{T}
!m 【2025-06-21 21:40】　阅读(418)　评论(9)　分类：漆事
{BODY}
!l 标签：割漆　生漆　漆原
!l 上一篇：漆器为什么要阴干　下一篇：第一次大漆过敏
!l 归档：2025年6月(4)　2025年5月(3)
""",
        indent="\u3000\u3000",
        body="""
夏至前后，是漆原山里割漆的季节。天不亮，割漆人就要上山，趁着露水还没干，在漆树上割出一道道“V”形口子。
生漆流得很慢，一棵树一次只能收几钱。老话讲“百里千刀一斤漆”，说的就是这份辛苦。
⟦a 觉得写得不错？请作者喝杯茶☕⟧
我跟着割漆的老杨师傅上了三天山，才收了不到两斤。他说，割口深了树会死，浅了不出漆，全凭手上的分寸。
每次用大漆髹涂器物，我都会想起山里那些带着刀痕的漆树。
""",
    ),
    dict(
        slug="news-miao-honey-festival-text",
        site="蜜坳新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.miaonews.cn/2025-05/26/content_17723.htm",
        title="蜜坳县首届蜂蜜节开幕 现场签约金额超三千万元",
        record_title="蜜坳县首届蜂蜜节开幕 现场签约金额超三千万元-蜜坳新闻网",
        date="2025-05-26",
        notes="news portal text; time line; photo caption and editor line; hot list",
        page="""
!m 蜜坳新闻网　　首页｜时政｜经济｜社会｜文旅
{T}
!m 2025-05-26 17:30:12　来源：蜜坳新闻网　作者：韦小蜜
!a 【字号 大 中 小】　【我要打印】
{BODY}
!m 【编辑：岑芳】
!l ■ 热点新闻
!l 蜜坳县召开蜂产业发展大会
!l 中蜂保种场通过省级验收
""",
        body="""
5月26日，蜜坳县首届蜂蜜节在县城滨河广场开幕，来自省内外的120余家蜂产品企业参展。
开幕式上，县里发布了“蜜坳土蜂蜜”区域公用品牌，6个蜂产品项目现场签约，签约金额3260万元。
⟦m 蜂蜜节现场，市民选购土蜂蜜。记者 韦小蜜 摄⟧
本届蜂蜜节为期三天，设有蜂产品展销、养蜂技术咨询、蜂文化展示等板块。
""",
    ),
    dict(
        slug="wenku-yanyun-report-markers-bracket",
        site="盐韵文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://www.yanyunwk.com/p/20250927/66013.html",
        title="关于卤川盐场转型发展的调研报告",
        record_title="关于卤川盐场转型发展的调研报告.wps",
        date="2025-09-26",
        notes="file-name title; page markers of my own glued or not; date under signature; download prompts",
        page="""
!m 盐韵文库 — 海量文档免费预览
!t 关于卤川盐场转型发展的调研报告.wps
!m 上传者：海风拂盐　上传日期：2025-09-27　页数：5
{BODY}
!a 该文档仅支持部分预览，下载完整版需 8 下载券
!l 相似文档推荐：盐业企业改革调研　传统产业转型升级对策研究
""",
        indent="\u3000\u3000",
        pages=dict(fmt="⟬{n}⟭", every=140, start=2, glue="mix"),
        body="""
近年来，受盐业体制改革和市场竞争影响，卤川盐场原盐价格持续走低，经营压力加大。为此，县政协组织调研组对盐场转型发展问题进行了专题调研。
一、基本情况
盐场现有盐田4.6万亩，职工1100余人，年产原盐约28万吨，以工业盐为主，食用盐占比不足一成。
二、存在问题
产品结构单一，附加值低；职工年龄偏大，技术人才缺乏；盐田生态保护压力较大。
三、对策建议
一是发展高端食用盐和日化盐产品，提高附加值；二是发展盐文化旅游，建设盐田观光和研学基地；三是推进盐田生态修复，争取碳汇项目支持。
卤川县政协调研组
2025年9月26日
""",
    ),
]

"""holdout46, part G: more text pages of the older kinds (wraps, markers, one line, junk). Invented text throughout."""

CASES = [
    dict(
        slug="fanwen-zhenshan-report-wrapped-glued-prompt",
        site="材料宝库 (invented)",
        style="范文站",
        genre="述职报告",
        kind="report",
        form="text",
        source="http://www.cailiaobk.com/shuzhi/2025/0109-4410.html",
        title="锻造车间主任2024年度述职述廉报告",
        record_title="锻造车间主任2024年度述职述廉报告（精编版·可修改）_材料宝库",
        date="2025-01-09",
        notes="hard-wrapped at 60 columns; copy-lock prompt glued before the first sentence; Chinese-numeral 成文日期",
        wrap=60,
        indent="\u3000\u3000",
        page="""
!m 材料宝库——公文写作好帮手
!m 当前位置：材料宝库 > 述职报告 > 车间主任
{T}
!m 投稿：铁砧　　时间：2025-01-12　　热度：☆☆☆☆
{BODY}
!a 复制受限？开通会员即可一键复制全文
!l 热门范文：班组长述职报告｜车间安全员述职
!d 本站文章均为网友投稿，仅供参考，不得用于商业用途。
!m 材料宝库 cailiaobk.com 鲁ICP备16030077号
""",
        body="""
⟦a 【会员可复制本段】⟧各位领导、同志们：
2024年，我在公司党委和总经理班子的领导下，带领锻造车间全体职工，紧紧围绕年度生产经营目标，较好地完成了各项任务。全年完成锻件产量1.86万吨，同比增长7.2%，产品一次交检合格率达到98.9%。
一、抓生产，确保任务完成。合理安排三班生产，优化加热炉装炉方式，单位能耗下降4.5%。
二、抓安全，守住安全底线。坚持班前安全讲话，开展隐患排查24次，整改隐患57项，全年无轻伤以上事故。
三、抓廉洁，严守纪律规矩。严格执行采购、废料处置等制度，不收受供应商礼品礼金。
以上报告，请予评议。
二〇二五年一月九日
""",
    ),
    dict(
        slug="wenku-luwan-notice-wrapped-pagefooter",
        site="博览文库 (invented)",
        style="文库预览",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.bolanwenku.com/doc/p-99018.html",
        title="关于卤湾盐场开放日活动安排的通知",
        record_title="关于卤湾盐场开放日活动安排的通知（免费下载）",
        date="2025-05-06",
        notes="wrapped at 56 columns and cut by page markers of my own on lines of their own; 印发 line kept",
        wrap=56,
        indent="\u3000\u3000",
        pages=dict(fmt="〖页{n}〗", every=90, start=2, glue=False),
        page="""
!m 博览文库｜文档预览
!a 全文预览共2页　　下载需3积分
{T}
{BODY}
!a 剩余内容已隐藏，登录后继续阅读
!d 该文档为用户上传，博览文库不对内容负责
""",
        body="""
各科室、各工区：
为展示海盐文化，增进社会各界对盐场的了解，经场部研究，决定于5月18日“国际博物馆日”举办盐场开放日活动。现将有关事项通知如下。
一、开放区域：晒盐体验区、盐业陈列室、老盐仓。
二、接待安排：办公室负责游客登记，各工区安排讲解员各1名，安全科做好现场安全保障。
三、注意事项：严禁游客进入深卤池和输卤泵房区域。
卤湾盐场办公室　2025年5月6日印发
""",
    ),
    dict(
        slug="gov-weidu-speech-text-dispatch",
        site="苇渡县人民政府 (invented)",
        style="政府门户",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.weidu.gov.cn/zwdt/ldjh/2025/0310/7711.html",
        title="在全县“渡改桥”民生工程推进会上的讲话",
        record_title="在全县“渡改桥”民生工程推进会上的讲话_领导讲话_苇渡县人民政府",
        date="2025-03-07",
        date_also=["2025-03-10"],
        notes="speech on a portal; role kept as given (县长); date under title and a publishing line (also accepted)",
        page="""
!m 苇渡县人民政府门户网站
!m 首页 > 政务动态 > 领导讲话
{T}
县委副书记、县长　黎明远
（2025年3月7日）
!m 发布日期：2025-03-10　　来源：县政府办
!a 【字体：大 中 小】【打印】【关闭】
{BODY}
!l 相关稿件：全县交通运输工作会议召开
!m 苇渡县人民政府办公室主办　湘ICP备05003911号
""",
        body="""
同志们：
“渡改桥”是县委、县政府确定的十件民生实事之一。今年全县计划完成6座渡改桥建设，让沿河群众出行不再靠渡船。
一要倒排工期。各项目要按月排出进度表，确保汛期前完成水下基础施工。
二要保障质量。监理单位要全过程旁站，严禁偷工减料。
三要做好安置。停渡后渡工的就业安置要提前谋划，不能让老渡工没了着落。
同志们，群众盼桥盼了很多年，我们一定要把这件实事办好。
""",
    ),
    dict(
        slug="news-zhenshan-text-related-wordings",
        site="砧山日报网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.zsrb.cn/content/2025-05/08/0112.html",
        title="砧山刀剪锻造技艺入选省级非遗名录",
        record_title="砧山刀剪锻造技艺入选省级非遗名录-砧山日报网",
        date="2025-05-08",
        notes="news text; editor line glued after last paragraph; hot list and tags; photo caption as a body-line box",
        page="""
!m 砧山日报网　砧山第一门户
!m 首页 >> 本地新闻
{T}
!m 2025-05-08 07:30:12　来源：砧山日报　作者：石青
{BODY}
!l 关键词：非遗　锻造　砧山
!l 网友热议　　已有3人参与
!l 本周热门｜砧山夜市开张　｜　县城新增公交线路
!m 砧山日报社主办 新闻热线：0768-5300000
""",
        body="""
记者从县文化和旅游局获悉，省政府日前公布新一批省级非物质文化遗产代表性项目名录，“砧山刀剪锻造技艺”成功入选。
砧山刀剪锻造已有三百多年历史，讲究“千锤百炼、夹钢淬火”，所制菜刀、剪刀远销各地。
⟦m 图：老铁匠在锻打菜刀（资料图）⟧
县里将建设锻造技艺传习所，开展“非遗进校园”等活动，推动这项技艺传承发展。⟦m 【责任编辑：钟晓】⟧
""",
    ),
    dict(
        slug="wechat-luting-notice-text-oneline",
        site="镜像阅读 (invented)",
        style="公众号镜像",
        genre="通知",
        kind="notice",
        form="text",
        source="http://read.jxyd.cn/mp/luting/2025/0702",
        title="芦花渡口夏季开航时间调整通知",
        record_title="芦花渡口夏季开航时间调整通知",
        date="2025-07-02",
        notes="mirror with the whole body on one line; account line is the page's date; follow prompt",
        oneline=True,
        indent="\u3000\u3000",
        page="""
!m 镜像阅读 · 芦汀发布
!m 芦汀发布　2025年7月2日 18:05
{T}
{BODY}
!a 点击“在看”，让更多人知道
!l 往期推荐：芦汀镇防汛知识问答
""",
        body="""
各位乡亲：
自7月5日起，芦花渡口开航时间调整为每天早上5:30至晚上7:30，中午12:00至14:00暂停渡运。
遇雷雨大风天气，渡口将临时停航，请大家留意渡口公告。
芦汀镇人民政府
2025年7月2日
""",
    ),
    dict(
        slug="qa-zhenshan-answer-text-signed",
        site="乡知问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="answer",
        form="text",
        source="http://www.xiangzhi.cn/wenda/31207.html",
        title="自己在家开个小铁匠铺需要办什么手续？",
        record_title="自己在家开个小铁匠铺需要办什么手续？_乡知问答",
        date="2025-02-18",
        notes="answer signed; 回答于 line; upload/collection stamps none; related questions",
        page="""
!m 乡知问答 › 创业 › 个体经营
{T}
!m 3个回答　　被收藏 22 次
!m 铁匠老郭　回答于 2025-02-18　　认证：锻造技师
{BODY}
!l 👍 有帮助 41　　评论 6
!l 相关问题：家庭作坊需要消防验收吗？
!a 写回答　　邀请回答
""",
        body="""
我自己开了十几年铁匠铺，说说经验。
首先要办个体工商户营业执照，现在网上就能申请，很快。
其次，锻打有噪声，最好不要开在居民楼里，免得邻居投诉。
最后，炉子一定要做好防火，灭火器要常备。
——老郭，砧山
""",
    ),
    dict(
        slug="mail-weidu-reply-chain-text-request",
        site="苇渡政务邮箱 (invented)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="text",
        source="mailto:jtj@weidu.gov.cn",
        title="关于商请协助开展渡口安全联合检查的函",
        record_title="答复：Re: 关于商请协助开展渡口安全联合检查的函.docx",
        date="2025-05-09",
        date_also=["2025-05-12"],
        notes="mail reply chain; file-name-like decorated record title; the letter's own 抄送 and e-mail kept",
        title_in="file-name",
        page="""
!m 主题：答复：Re: 关于商请协助开展渡口安全联合检查的函.docx
!m 发件人：苇渡县海事处
!m 时间：2025年5月12日 16:02
!m 已收到，我处将派2名执法人员参加。
!m > 在 2025-05-09 写道：
!m > 请查收附件中的函件，谢谢。
{T}
{BODY}
!d 本邮件为政务内网邮件，请勿转发至外网
""",
        body="""
苇渡县海事处：
为做好汛期渡口安全工作，我局拟于5月下旬开展全县渡口安全联合检查，商请贵处派员参加。
联系人：刘涛，电话：0739-4421150，邮箱：jtjaq@weidu.gov.cn。
苇渡县交通运输局
2025年5月9日
抄送：县应急管理局。
""",
    ),
    dict(
        slug="print-mifeng-minutes-text-footer",
        site="苇渡县养蜂协会 (invented)",
        style="打印页",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://www.wdyfxh.org.cn/print/2025-0118.html",
        title="苇渡县养蜂协会第三届理事会第二次会议纪要",
        record_title="苇渡县养蜂协会第三届理事会第二次会议纪要 -- 打印版",
        date="2025-01-18",
        notes="print view of minutes; print footer page marker; vote count kept",
        page="""
!m 苇渡县养蜂协会　wdyfxh.org.cn
{T}
{BODY}
!p ∽ 第1页/共1页 ∽
!m 打印日期：2025-04-02
""",
        body="""
时间：2025年1月18日
地点：协会会议室
主持：会长 沈长青
出席：理事15人
会议审议通过了2024年工作报告和2025年工作计划，表决结果：赞成15票。
会议决定，今年举办养蜂技术培训4期，评选“诚信蜂农”20户。
苇渡县养蜂协会秘书处
2025年1月18日
""",
    ),
    dict(
        slug="blog-yanchang-diary-text-bracket-time",
        site="盐田日记 (invented)",
        style="博客",
        genre="随笔",
        kind="essay",
        form="text",
        source="http://yantianriji.blog.cn/post/2024-08-15",
        title="晒盐的夏天",
        record_title="晒盐的夏天 | 盐田日记",
        date="2024-08-15",
        notes="personal blog; bracketed post time; relative time in comments not a date",
        page="""
!m 盐田日记 | 一个盐工的碎碎念
{T}
!m [2024-08-15 19:42]　分类：日常
{BODY}
!l 评论（1）　海风：1周前　真不容易！
!l « 台风过后 | 收盐的早晨 »
""",
        body="""
今年夏天特别热，滩上的卤水一天就能晒出一层盐花。
凌晨四点我们就下滩，趁太阳不毒的时候收盐，到十点就得上来，不然人受不了。
虽然辛苦，可看着白花花的盐堆起来，心里还是踏实的。
""",
    ),
    dict(
        slug="wiki-duchuan-entry-text-placeholder",
        site="办事百科 (invented)",
        style="百科问答",
        genre="百科词条",
        kind="entry",
        form="text",
        source="http://baike.banshi.cn/entry/dukouguanliyuan",
        title="渡口管理员",
        record_title="渡口管理员_办事百科",
        date=None,
        notes="encyclopedia text entry; a 年　月　日 placeholder in a sample log; no date",
        page="""
!m 办事百科 > 交通运输 > 水运
{T}
!a 编辑词条　　收藏　　分享
{BODY}
!m 本词条由“水上交通”团队审核　　浏览 3,310 次
!d 百科内容仅供参考，具体以当地规定为准
""",
        body="""
渡口管理员是负责渡口日常安全管理的人员，一般由乡镇人民政府或村民委员会聘任。
主要职责：检查渡船安全状况，维持候渡秩序，遇恶劣天气组织停渡，填写渡口安全日志。
安全日志一般包括日期、天气、渡运人次、检查情况等栏目，填写格式为“　　年　月　日　天气：　　”。
""",
    ),
]

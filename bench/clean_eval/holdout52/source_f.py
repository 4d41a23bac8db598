"""holdout52, part F: sweet-potato starch noodles (红薯粉条) of an invented town, 薯坪镇 in
苕溪县 — print views, mail chains, portals, 范文 and 文库 pages, forums, mirrors and blogs. Blind part."""

CASES = [
    dict(
        slug="shuping-noodle-standard-print-html",
        site="苕溪县市场监督管理局 打印页 (invented)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="html",
        source="http://scjg.tiaoxi.example.gov.cn/print/article.aspx?id=22170",
        title="关于开展红薯粉条小作坊专项整治的通知",
        record_title="关于开展红薯粉条小作坊专项整治的通知",
        date="2025-10-13",
        notes="print preview HTML: print/close buttons, page URL and print time (no date), print footer ‹第1页／共1页›; 文号 neutral; 抄送 and 印发 版记 kept; 成文日期",
        page="""
<html><head><title>打印预览</title><style>@media print{.noprint{display:none}}</style>
<script>function doPrint(){window.print();}</script></head><body>
<div class="noprint">⟦a 🖨 打印本页⟧　⟦a ✕ 关闭窗口⟧</div>
<div class="url">⟦m 来源网址：http://scjg.tiaoxi.example.gov.cn/zwgk/tzgg/2025/1013/22170.html⟧</div>
<h2>{T}</h2>
<p>苕市监发〔2025〕41号</p>
{BODY}
<div class="pf">⟦m 打印日期：2026/1/4⟧　⟦p ‹第1页／共1页›⟧</div>
</body></html>
""",
        body="""
各市场监管所：
为规范红薯粉条小作坊生产经营行为，保障粉条质量安全，决定在全县开展红薯粉条小作坊专项整治。
一、整治重点：严查使用明矾超标、添加工业淀粉、无证生产等行为。
二、时间安排：2025年10月20日至12月31日。
三、工作要求：各所要建立小作坊台账，做到底数清、情况明，整治情况于每月25日前报局食品生产科。
苕溪县市场监督管理局
2025年10月13日
抄送：县人民政府办公室，薯坪镇人民政府
苕溪县市场监督管理局办公室　2025年10月13日印发
""",
    ),
    dict(
        slug="shuping-noodle-expo-mail-reply-chain",
        site="薯坪镇农业服务中心 邮件 (invented)",
        style="邮件转发",
        genre="请示",
        kind="request",
        form="text",
        source="mailto:nyfw@shuping.example.cn?msg=RE-RE-20250903",
        title="关于申请参加2025年农产品博览会展位经费的请示",
        record_title="回复：回复：关于申请参加2025年农产品博览会展位经费的请示",
        date="2025-09-02",
        notes="mail reply chain: quoted headers, 'sent from phone' lines and a reply above the document as chrome; the document's own 附件 list and 联系人/电话 kept; 成文日期",
        page="""
!m 发件人：苕溪县财政局农业股 <nyg@tiaoxi-cz.example.cn>
!m 发送时间：2025年9月4日 11:20
!t 主题：回复：回复：关于申请参加2025年农产品博览会展位经费的请示
!w 已收到，请补充展位合同扫描件后再报。——县财政局农业股 姚
!m 从我的手机发送
!m ------------------ 原始邮件 ------------------
!m 发件人：薯坪镇农业服务中心 <nyfw@shuping.example.cn>
!m 发送时间：2025年9月3日 16:45
{T}
{BODY}
!d 该邮件已经过病毒扫描，请放心打开附件。
""",
        body="""
县财政局：
为推介薯坪红薯粉条品牌，我镇拟组织五家粉条加工企业参加2025年省农产品博览会。
经测算，展位租赁及布展费用共计4.8万元，镇财政已安排2万元，尚缺2.8万元。
特申请县财政给予补助，妥否，请批示。
附件：1. 展位费用预算表
2. 参展企业名单
联系人：甘露　电话：0712-3390146
薯坪镇人民政府
2025年9月2日
""",
    ),
    dict(
        slug="tiaoxi-gov-noodle-brand-wrapped-markers",
        site="苕溪县人民政府 (invented)",
        style="政府门户",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.tiaoxi.example.gov.cn/zwgk/zfwj/2025/0520/71033.html",
        title="薯坪红薯粉条区域公用品牌建设三年行动方案（2025—2027年）",
        record_title="薯坪红薯粉条区域公用品牌建设三年行动方案（2025—2027年）.pdf",
        date="2025-05-20",
        notes="county portal's PDF attachment as text: hard-wrapped at 70 columns and cut by glued page markers ⁅ 2 ⁆ (mix); file-name title; years in the title are no date; 成文日期 under signature",
        wrap=70,
        indent="    ",
        pages=dict(fmt="·{n}/3·", every=150, start=2, glue="mix"),
        page="""
!m 苕溪县人民政府 > 政府文件 > 县政府办文件
!t 薯坪红薯粉条区域公用品牌建设三年行动方案（2025—2027年）.pdf
!m 附件下载（PDF，312KB）
{BODY}
!m 主办：苕溪县人民政府办公室　鄂ICP备2031004455号
""",
        body="""
为加快推进薯坪红薯粉条产业高质量发展，打造区域公用品牌，制定本行动方案。
一、总体目标。到2027年，全县红薯种植面积稳定在八万亩，红薯粉条年产量达到三万吨，综合产值突破十亿元，培育年销售额超千万元的粉条企业十家以上。
二、重点任务。统一品牌标识和包装，制定薯坪红薯粉条团体标准，建设产地仓储物流中心，支持企业开设电商旗舰店。
三、保障措施。县财政每年安排品牌建设专项资金五百万元，对获得绿色食品认证的企业给予一次性奖励。
苕溪县人民政府办公室
2025年5月20日
""",
    ),
    dict(
        slug="shuping-noodle-speech-fanwen-markers",
        site="笔下生花范文网 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.bixiashenghua.example.com/jianghua/2025/88016.html",
        title="在薯坪镇红薯粉条产业推进会上的表态发言",
        record_title="在薯坪镇红薯粉条产业推进会上的表态发言（通用版）_笔下生花范文网",
        date=None,
        notes="范文 site; decorated title; speaker line under the title neutral (no date there); page markers 【P2】 cut sentences; copy-lock and download prompts; update time is no date",
        indent="　　",
        pages=dict(fmt="【P{n}】", every=110, start=2),
        page="""
!m 笔下生花范文网 > 发言稿 > 表态发言
!t 在薯坪镇红薯粉条产业推进会上的表态发言（通用版）_笔下生花范文网
!m 时间：2025-08-30 来源：网友投稿 点击：
!a 复制受限？点击“下载WORD”获取完整可编辑版
{T}
青山村党支部书记　蒋德贵
{BODY}
!l 同类范文：村支部书记表态发言 / 产业发展推进会发言
!d 声明：本站范文仅供参考，请勿直接照搬使用。
""",
        body="""
尊敬的各位领导，同志们：
刚才，镇党委对全镇红薯粉条产业发展作了全面部署，我们青山村坚决拥护、全力落实。
今年我村将新增红薯种植面积八百亩，引进脱毒红薯种苗，力争亩产提高两成。
我们将依托村集体合作社，建设一个标准化粉条加工车间，统一收购、统一加工、统一销售。
我们一定以这次会议为新的起点，真抓实干，为全镇粉条产业发展作出青山村的贡献！
""",
    ),
    dict(
        slug="shuping-noodle-alum-survey-wenku-wrapped",
        site="蓝鲸文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://www.lanjingwenku.example.com/p-60931287.html",
        title="关于薯坪镇红薯粉条无矾化生产的调查与思考",
        record_title=None,
        date=None,
        notes="文库 preview; no record title (the title found on the page); hard-wrapped at 60 columns; pay and preview-end prompts; upload notice; no document date",
        wrap=60,
        indent="  ",
        page="""
!m 蓝鲸文库 | 专业文档 | 农业
{T}
!m 贡献者：薯坪小粉匠　|　2025-06-17上传　|　VIP免费
!a 下载券 5　|　原格式下载　|　立即分享
{BODY}
!a 试读结束，剩余 4 页需开通蓝鲸VIP继续阅读
!d 蓝鲸文库文档由网友上传，仅代表作者观点，如有侵权请点击举报。
""",
        body="""
长期以来，薯坪镇部分作坊在红薯粉条生产中添加明矾，以增加粉条的韧性和透明度，但过量摄入铝对人体健康有害。
调查发现，全镇八十三家粉条作坊中，已实现无矾化生产的有二十九家，占百分之三十五。
制约无矾化生产的主要因素是技术和成本：无矾粉条对淀粉质量和冷冻工艺要求更高，每吨生产成本增加约四百元。
建议镇里组织技术培训，推广冷冻老化工艺，并对无矾粉条给予品牌标识和价格支持。
""",
    ),
    dict(
        slug="shuping-noodle-price-forum-junk",
        site="中原农产品论坛 (invented)",
        style="论坛",
        genre="新闻",
        kind="news",
        form="text",
        source="http://bbs.zynongchan.example.com/viewthread.php?tid=55218",
        title="薯坪镇红薯粉条今冬收购价格行情",
        record_title="【行情】薯坪镇红薯粉条今冬收购价格行情",
        date="2025-12-15",
        notes="agricultural forum with anti-scraping junk on lines and glued after 。; decorated title; price table rows; 发表于 date",
        junk=dict(lines=3, glued=2),
        page="""
!m 中原农产品论坛 » 行情报价 » 粮油副食
!t 【行情】薯坪镇红薯粉条今冬收购价格行情
!m 粉条老郭　发表于 2025-12-15 18:30
{BODY}
!l 【温馨提示】发帖请遵守论坛规定，禁止发布虚假行情
!a 收藏(12)　分享　评分
""",
        body="""
今天去薯坪镇粉条市场转了一圈，把今冬的收购行情跟大家说一说。
品种　收购价（元/公斤）　备注
手工粗粉条　16　需无矾
机制细粉条　11　批量收购
红薯淀粉　7.2　含水量不高于18%
今年红薯丰收，淀粉价格比去年低了一块多，但手工粉条因为走礼品市场，价格反而涨了一些。
""",
    ),
    dict(
        slug="shuping-noodle-storage-qa-text",
        site="生活问答网 (invented)",
        style="问答社区",
        genre="问答",
        kind="answer",
        form="text",
        source="https://www.shenghuowenda.example.com/a/2210338.html",
        title="红薯粉条怎么保存不会发霉？",
        record_title=None,
        date=None,
        notes="Q&A text; no record title; answerer line with 'N days ago' (no date); an 'install app' prompt between paragraphs; related questions",
        page="""
!m 生活问答网 › 美食
{T}
!m 3个回答 · 1,045人浏览
!m 答主：苕溪粉条铺掌柜　·　6天前
{BODY}
!a 点赞 58 | 踩 | 收起
!l 相关问题：粉条泡多久能煮？ 粉条和粉丝有什么区别？
""",
        body="""
红薯粉条本身是干货，保存的关键是防潮、防虫。
首先要放在阴凉干燥的地方，避免阳光直射，最好装进密封袋或密封桶里。
⟦a 下载生活问答APP，看更多厨房妙招⟧
其次，梅雨季节可以在袋子里放几包食品干燥剂。
如果发现粉条表面发黏、有霉斑或异味，就不要再吃了。
""",
    ),
    dict(
        slug="shuping-town-forum-road-oneline-junk",
        site="苕溪论坛 (invented)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.tiaoxibbs.example.net/thread-90177-1-1.html",
        title="薯坪镇关于粉条晾晒场周边道路施工期间绕行的公告",
        record_title="薯坪镇关于粉条晾晒场周边道路施工期间绕行的公告",
        date="2025-11-11",
        notes="county forum; the notice on one line with forum junk inside the line (glued after 。 and between paragraphs); detour rows; 成文日期 under the signature inside the line",
        oneline=True,
        junk=dict(lines=2, glued=1),
        page="""
!m 苕溪论坛 » 苕溪生活 » 出行信息
!m 发帖人：薯坪网格员小李　2025-11-11 17:02
{T}
{BODY}
!l 回复：沿河路那段晚上没灯，大家慢点开
!a 回复　引用　举报
""",
        body="""
因薯坪镇粉条晾晒场周边道路改造施工，自2025年11月15日起至12月20日，粉坊路（晾晒场至镇中学段）封闭施工。
过往车辆请绕行沿河路或新街。施工期间给大家出行带来不便，敬请谅解。
薯坪镇人民政府
2025年11月11日
""",
    ),
    dict(
        slug="shuping-noodle-ecommerce-wechat-text",
        site="薯坪发布 (公众号镜像, invented)",
        style="公众号镜像",
        genre="新闻",
        kind="news",
        form="text",
        source="https://wx.mirrorhub.example.net/shuping_fabu/2025-11-26",
        title="直播间里卖粉条 一晚下单两万单",
        record_title="直播间里卖粉条 一晚下单两万单",
        date="2025-11-26",
        notes="WeChat text mirror; account line date is the page's date; a sentence inviting readers to 关注/分享 the live room as content; QR follow prompt and 在看 row as chrome",
        page="""
!m 薯坪发布　2025年11月26日 20:15
!a 点击蓝字 关注我们
{T}
{BODY}
!a 扫码关注“薯坪发布”，获取更多资讯
!a 分享 · 在看 · 点赞
!m 编辑：胡小蓓　审核：熊建国
""",
        body="""
11月25日晚，薯坪镇电商服务中心的直播间里，镇干部和粉条作坊主一起当起了主播。
四个小时的直播，手工红薯粉条下单两万多单，销售额突破六十万元。
“以前粉条要等客商上门收，现在直播一开，全国的订单都来了。”作坊主蒋大姐笑得合不拢嘴。
镇电商服务中心将每周五晚固定开展直播，欢迎大家关注镇电商直播间，并把好粉条分享给亲朋好友。
""",
    ),
    dict(
        slug="shuping-noodle-maker-blog-oneline",
        site="粉坊小记 (invented)",
        style="博客",
        genre="散文",
        kind="essay",
        form="text",
        source="http://fenfang.bloghome.example.cn/post/2025-12-01",
        title="打粉条的冬天",
        record_title="打粉条的冬天 - 粉坊小记 - 博客之家",
        date="2025-12-01",
        notes="blog pasted on one line; decorated title; blog post date; comment box and 'previous/next' chrome",
        oneline=True,
        indent="  ",
        page="""
!m 粉坊小记 - 博客之家
!t 打粉条的冬天 - 粉坊小记 - 博客之家
!m 2025-12-01 22:40 | 分类：乡土 | 阅读 64 | 评论 2
{BODY}
!l 发表评论（需登录）
!l 上一篇：红薯下窖　下一篇：晾粉架上的霜
""",
        body="""
入冬以后，薯坪镇家家户户都开始打粉条。
天不亮，爹就把和好的粉团装进漏瓢，一手托着，一手拍打，细细的粉丝落进滚开的大锅里。
娘在锅边用长筷子把粉条挑起来，放进冷水缸里过凉，再挂到竹竿上。
等到下霜的早晨，满院子的粉条冻得硬邦邦的，像一帘帘银丝。
""",
    ),
    dict(
        slug="shuping-noodle-factory-fire-news-text",
        site="荆楚县域网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.jingchuxianyu.example.com/tiaoxi/2026-01/03/44109.shtml",
        title="苕溪县开展粉条加工作坊冬季消防安全检查",
        record_title="苕溪县开展粉条加工作坊冬季消防安全检查 - 荆楚县域网",
        date="2026-01-03",
        notes="news portal text; decorated title; byline date; related-news and comment-count chrome; editor line on its own line",
        page="""
!m 荆楚县域网 首页 > 苕溪频道
!t 苕溪县开展粉条加工作坊冬季消防安全检查 - 荆楚县域网
!m 2026-01-03 09:12　来源：苕溪县融媒体中心　评论(0)
!a 字号：T+ | T-
{BODY}
!m [责任编辑：付雯]
!l 相关新闻：薯坪镇粉条直播带货 / 苕溪县部署冬春火灾防控
""",
        body="""
1月2日，苕溪县消防救援大队联合薯坪镇对辖区红薯粉条加工作坊开展冬季消防安全检查。
检查中，消防人员重点查看了烘干房电线敷设、燃煤灶台隔离和灭火器配备情况，现场指出隐患十七处。
对检查发现的问题，消防人员要求作坊负责人限期整改，并现场演示了灭火器的使用方法。
""",
    ),
    dict(
        slug="shuping-noodle-hygiene-rules-share-wrapped",
        site="佰文档 (invented)",
        style="文档分享",
        genre="制度",
        kind="rule",
        form="text",
        source="https://www.baiwendang.example.com/view/4472119.html",
        title="红薯粉条加工车间卫生管理规定",
        record_title="红薯粉条加工车间卫生管理规定（可直接打印）.docx",
        title_also=["红薯粉条加工车间卫生管理规定（可直接打印）"],
        date=None,
        notes="sharing page; file-name title with a decoration; text hard-wrapped at 64 columns; an article speaks of 扫码 health-certificate checks as content; download prompts; no date",
        wrap=64,
        page="""
!m 佰文档 › 管理制度 › 食品安全
!t 红薯粉条加工车间卫生管理规定（可直接打印）.docx
!m 上传时间：2025-09-08　大小：18KB　下载：203
!a 点击下载（免费）　|　在线编辑
{BODY}
!a 本文档为免费文档，下载后可任意编辑
!d 佰文档网站资源来源于网络，如有侵权请联系客服删除。
""",
        body="""
第一条　进入加工车间的人员必须穿戴工作服、工作帽和口罩，洗手消毒后方可上岗。
第二条　从业人员须持有效健康证明，车间负责人每日上岗前扫码核验健康证明信息。
第三条　打浆、漏粉、冷冻、晾晒各工序的工具专区存放，每班结束后清洗消毒。
第四条　晾晒场地应远离垃圾堆放点和畜禽圈舍，晾粉架下方地面应硬化。
""",
    ),
]

"""Holdout3 cases, part E: Q&A sites, personal collections, more 范文/文库/download pages, a news page.

Held back (see ../README.md): written blind, from dev's sources and build.py only. Every
site, place, person, number and URL is invented; see ../build.py for the markup.
"""

CASES = [
    dict(
        slug="qa-zhixing-request-answer-best",
        site="知行问答 (invented)",
        style="问答社区",
        genre="请示",
        kind="notice",
        form="text",
        source="https://www.zhixingwenda.com/q/20250312/883104.html",
        title="关于申请增拨2025年度村级组织运转经费的请示",
        date="2025-03-12",
        notes="Q&A page: question line, best-answer badge, answerer line, like/report bar and other answers; the answer is the document",
        page="""
!m 知行问答 › 公文写作 › 请示
!m 问：村委会向镇政府要运转经费的请示怎么写？求范文
!m 提问者：苇塘村文书　　2025-03-12 10:20　　悬赏 20 积分
!m 被采纳的回答
!m 公文老周　｜　采纳率 92%　｜　擅长：公文写作
{T}
{BODY}
!w 要定制请示、报告类材料的，私聊我，按字数收费，当天可交
!l 赞同 86　　反对 2　　评论 11　　举报
!l 其他 4 条回答
!l 换一换 相关问题：请示和报告有什么区别？｜请示的结尾怎么写比较规范？
""",
        body="""
岚峪镇人民政府：
我村地处岚峪镇东北部，辖7个村民小组、586户、2130人。近年来，随着村级公共服务事项不断增加，村便民服务站、文化活动室、卫生室等阵地的日常运转开支逐年增长，而村集体经营性收入有限，2024年村级组织运转经费缺口达4.6万元，已影响到部分工作的正常开展。
为保障村级组织正常运转，更好地为群众提供服务，特申请镇政府在2025年度村级组织运转经费基本标准的基础上，增拨经费5万元，主要用于以下方面：
一、便民服务站水电、网络及办公耗材费用1.8万元；
二、村文化活动室设施维护费用1.2万元；
三、村道路灯、公共厕所等公共设施日常维护费用2万元。
以上请示妥否，请批示。
岚峪镇苇塘村民委员会
2025年3月12日
""",
    ),
    dict(
        slug="qa-wenjian-html-duty-report-question-h1",
        site="问荐社区 (invented)",
        style="问答社区",
        genre="述职报告",
        kind="report",
        form="html",
        source="https://wenjian.example/question/7719208",
        title="2024年度个人述职报告",
        record_title=None,
        date=None,
        date_also=["2024-12-29"],
        notes="Q&A HTML: the page's h1 is the question (chrome); the answer carries the document's title as its first line; no title in the record; no date",
        page="""
<html><head><meta charset="utf-8"><title>事业单位普通职员年终述职报告怎么写？ - 问荐社区</title></head>
<body>
<div class="hd">⟦m 问荐社区⟧ <a>⟦a 提问⟧</a> <a>⟦a 登录/注册⟧</a></div>
<h1 class="q-title">⟦m 事业单位普通职员年终述职报告怎么写？⟧</h1>
<div class="q-meta">⟦m 12 个回答　·　被浏览 40,218 次⟧</div>
<div class="answer">
<div class="author">⟦m 鹿鸣　已认证的机关文字工作者⟧</div>
<div class="badge">⟦m 高赞回答⟧</div>
<p><strong>{T}</strong></p>
{BODY}
<div class="actions">⟦l 赞同 1.3 万　·　37 条评论　·　转发　·　收藏　·　感谢⟧</div>
<div class="edit">⟦m 发布于 2024-12-29 · 未经作者授权禁止转载⟧</div>
</div>
<div class="more">⟦l 查看全部 12 个回答⟧</div>
</body></html>
""",
        body="""
按照单位安排，现将本人2024年度的思想、工作、学习等方面情况报告如下，请予评议。
一、政治思想方面
我始终坚持把学习放在首位，认真参加单位组织的集中学习和支部活动，全年撰写学习笔记2万余字，政治站位和理论素养有了新的提升。
二、业务工作方面
我在办公室主要负责文稿起草、信息报送和档案管理工作。全年起草各类文稿60余篇，报送政务信息87条，被上级采用23条；完成2019年至2023年文书档案的整理归档工作，共整理档案1460卷。
三、廉洁自律方面
我严格遵守各项廉洁纪律，不利用工作之便谋取私利，始终做到自重、自省、自警、自励。
四、存在的不足
一是学习的系统性还不够，对新政策新知识掌握不够及时；二是文稿质量还有待提高，部分材料写得不够深入。
今后，我将进一步加强学习、提升能力，努力把各项工作做得更好。
""",
    ),
    dict(
        slug="anthology-mubai-insight-collection-sig-date",
        site="木白文集 (invented personal collection)",
        style="个人文集",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://mubai-wenji.example/juan2/017.html",
        title="下沉社区服务一个月的感悟",
        record_title="下沉社区服务一个月的感悟（木白文集·卷二）",
        date="2024-10-12",
        notes="personal collection: decorated record title, collection navigation, the author's date line at the end of the text",
        page="""
!m 木白文集　卷二　基层手记
!m 目录 ｜ 上一篇：在窗口的日子 ｜ 下一篇：老街的早晨
{T}
!m 文／木白
{BODY}
!m 本篇字数：1126　　收入《木白文集》卷二
!l 目录 ｜ 上一篇：在窗口的日子 ｜ 下一篇：老街的早晨
!d 本文集所有文字为作者原创，转载请联系作者本人。
""",
        indent="　　",
        gap=True,
        body="""
九月，单位安排机关干部下沉社区，我被分到了老城区的棠梨社区，一去就是一个月。
社区办公室不大，三张桌子、两部电话，每天从早到晚人来人往。第一天，我就接待了十几位居民：有来开证明的，有反映楼上漏水的，也有老人只是想找人说说话。我这才明白，社区工作没有大事，件件都是居民的心头事。
有一位独居的周奶奶，八十多岁，儿女都在外地。我和网格员每隔两天去看她一次，帮她买药、交电费，教她用手机和孩子视频。临走那天，她拉着我的手说：“你们常来啊。”那一刻，我的眼睛有些湿润。
一个月下来，我最大的感受是，坐在机关里看文件，和走进楼道里听群众说话，完全是两种感觉。很多政策在文件里写得清清楚楚，可到了居民家门口，还要一户一户去解释、一件一件去落实。
回到单位后，我常常想起社区的那些人和事。我想，无论在哪个岗位，都要记住群众的冷暖，把每一件小事办好。
2024年10月12日
""",
    ),
    dict(
        slug="anthology-qiaoshan-html-research-chapter-nav",
        site="樵山文存 (invented personal collection)",
        style="个人文集",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://qiaoshan-wencun.example/chapter/46.html",
        title="关于基层“小微权力”监督情况的调研与思考",
        record_title="第四十六篇　关于基层“小微权力”监督情况的调研与思考",
        date=None,
        notes="personal collection in HTML: chapter number in the record title, chapter navigation, reader settings, comments",
        page="""
<html><head><meta charset="utf-8"><title>第四十六篇　关于基层“小微权力”监督情况的调研与思考_樵山文存</title></head>
<body>
<div class="bookname">⟦m 樵山文存⟧ <span>⟦m 作者：樵山　共58篇⟧</span></div>
<div class="set">⟦a 背景色　字体大小　夜间模式⟧</div>
<div class="chapnav">⟦l 上一篇　目录　下一篇⟧</div>
<h1>⟦m 第四十六篇⟧　{T}</h1>
<div id="content">
{BODY}
</div>
<div class="chapnav2">⟦l 上一篇　目录　下一篇⟧</div>
<div class="cmt">⟦l 读者留言（3）：写得透彻，基层确实如此。——夕照⟧</div>
</body></html>
""",
        p_html="<p>　　{}</p>",
        body="""
村级“小微权力”直接面对群众，量大面广，是基层治理的“最后一公里”。近段时间，笔者结合工作实际，对芷阳县部分乡镇村级“小微权力”运行和监督情况进行了走访调研，形成了一些粗浅的思考。
从调研情况看，各地普遍制定了村级权力清单，推行了“四议两公开”工作法，村务公开栏基本做到了应建尽建。但在实际运行中，仍有一些问题值得关注：一是清单“上墙”多、落地少，部分村干部对清单内容不熟悉；二是公开内容“粗线条”，对财务收支只公开总数、不公开明细；三是村务监督委员会作用发挥不够，有的监委会成员不敢监督、不会监督。
笔者认为，加强村级“小微权力”监督，关键要在三个方面下功夫：一要把清单细化到具体事项和流程，让村干部照单用权、群众按单监督；二要推动村级财务信息化，做到每一笔收支都可追溯、可查询；三要加强对村务监督委员会成员的培训，落实其列席村“两委”会议、查阅村务资料等权利。
“小微权力”虽小，连着群众利益。只有把权力关进制度的笼子里，才能让群众真正放心。
""",
    ),
    dict(
        slug="fanwen-jinzhang-request-wrapped-glued-title",
        site="金章范文网 (invented)",
        style="范文站",
        genre="请示",
        kind="notice",
        form="text",
        source="http://www.jinzhangfw.com/qingshi/15820.html",
        title="关于成立县数字经济发展工作领导小组的请示",
        record_title="关于成立县数字经济发展工作领导小组的请示（最新）",
        date="2024-04-03",
        notes="decorated record title; title glued to the first line; text hard-wrapped at 60 columns; a reprint line glued after a paragraph; Chinese-numeral date",
        page="""
!m 金章范文网｜免费公文范文大全
!m 首页 >> 公文范文 >> 请示
!a 〖收藏本页〗〖推荐给好友〗〖举报错误〗
{T}{BODY}
!w 急需原创材料？金章写作团队承接各类讲话、总结、汇报材料，联系QQ：2851770046
!l 更多相关：关于成立工作专班的请示 / 关于调整领导小组成员的请示
!m 金章范文网 www.jinzhangfw.com
""",
        wrap=60,
        indent="　　",
        body="""
县人民政府：
为深入贯彻落实省、市关于加快数字经济发展的决策部署，统筹推进全县数字产业化和产业数字化，加强对数字经济发展工作的组织领导，经研究，拟成立芷阳县数字经济发展工作领导小组。现将有关事项请示如下：⟦d （本文由金章范文网整理，转载请注明出处）⟧
一、领导小组组成
组长由县人民政府县长担任，副组长由分管副县长担任，成员由县发展改革委、县工业和信息化局、县财政局、县数据资源局、县市场监管局等单位主要负责同志组成。
二、主要职责
研究制定全县数字经济发展规划和政策措施，统筹协调数字经济重大项目建设，督促检查各项工作落实情况。
三、办事机构
领导小组办公室设在县工业和信息化局，办公室主任由县工业和信息化局局长兼任，负责领导小组日常工作。
以上请示妥否，请批示。
芷阳县工业和信息化局
二〇二四年四月三日
""",
    ),
    dict(
        slug="fanwen-qingyao-html-initiative-login-wall",
        site="青瑶文秘网 (invented)",
        style="范文站",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://www.qingyaows.com/changyishu/2025/0403/44019.html",
        title="节约粮食　拒绝浪费倡议书",
        title_also=["节约粮食 拒绝浪费倡议书"],
        record_title="【热门】节约粮食　拒绝浪费倡议书（精选8篇）",
        date=None,
        notes="decorated record title; the page shows the first half and a login wall over the rest (the body is what is shown); VIP box",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【热门】节约粮食　拒绝浪费倡议书（精选8篇）_青瑶文秘网</title></head>
<body>
<div class="t">⟦m 青瑶文秘网⟧ ⟦m 文秘写作一站式服务平台⟧</div>
<div class="dh">⟦m 位置：首页 › 倡议书 › 环保倡议书⟧</div>
<h1>⟦t 【热门】节约粮食　拒绝浪费倡议书（精选8篇）⟧</h1>
<div class="zy">⟦m 篇一⟧</div>
<h2>{T}</h2>
<div class="nr">
{BODY}
</div>
<div class="mask">⟦a 登录后阅读剩余内容⟧ <a>⟦a 微信扫码登录⟧</a> <a>⟦a 手机号登录⟧</a></div>
<div class="vip">⟦a 开通超级会员，全站8万篇范文免费复制下载，低至0.3元/天⟧</div>
<div class="ft">⟦m 青瑶文秘网　冀ICP备18011206号-4⟧</div>
</body></html>
""",
        body="""
全体师生员工：
“谁知盘中餐，粒粒皆辛苦。”勤俭节约是中华民族的传统美德。然而，在我们身边，餐桌上的浪费现象仍时有发生：食堂里吃了几口就倒掉的饭菜，聚餐时点得多、剩得多……这些现象令人痛心。为此，我们发出如下倡议：
一、按需取餐，量力而行。在食堂就餐时，吃多少打多少，不够再添；外出聚餐时，合理点餐，吃不完的饭菜打包带走。
二、珍惜粮食，光盘行动。自觉做到不挑食、不剩饭，从每一餐、每一粒米做起，争当“光盘”达人。
三、相互监督，共同营造。看到浪费行为及时提醒劝阻，让节约粮食成为校园的新风尚。
""",
    ),
    dict(
        slug="wenku-xuehai-bulletin-wrapped-dot-markers",
        site="学海文库 (invented)",
        style="文库预览",
        genre="通报",
        kind="notice",
        form="text",
        source="https://www.xuehaiwk.cn/view/pb7c2k19.html",
        title="关于2024年度全县安全生产目标责任考核结果的通报",
        record_title=None,
        date="2025-02-14",
        date_also=["2025-02-20"],
        notes="preview hard-wrapped at 58 columns with centred-dot page markers glued to continuation lines; no title in the record; Arabic date under the signature",
        page="""
!m 学海文库　xuehaiwk.cn
{T}
!m 格式：pdf　　页数：5　　上传日期：2025-02-20
!a 全屏阅读　　放大　　缩小
{BODY}
!a 本文档共5页，当前仅展示部分内容，完整版请下载后查看
!a 〔下载本文档〕需要 8 学币
!l 猜你喜欢
!l 安全生产工作考核办法　2024年安全生产工作总结　安全生产责任书（乡镇）
!d 版权申明：本站文档均由用户上传，本站仅提供信息存储空间，不对内容负责，如有侵权请联系删除。
""",
        wrap=58,
        indent="    ",
        pages=dict(fmt="·{n}·", every=160, start=2, glue=True),
        body="""
各乡镇人民政府，县直有关单位：
根据《桧山县安全生产目标管理责任制考核办法》，县安全生产委员会组织对各乡镇、县直有关单位2024年度安全生产目标责任落实情况进行了考核。现将考核结果通报如下：
一、考核结果
经综合评定，城关镇、岚峪镇、苇塘乡等6个乡镇和县应急管理局、县交通运输局等9个县直单位考核等次为优秀；东岗乡等11个乡镇和19个县直单位考核等次为良好；北坡乡考核等次为合格，原因是辖区内发生1起较大道路交通事故。
二、有关要求
考核等次为优秀的单位要再接再厉，巩固成绩；考核等次为合格的单位要认真分析原因，制定整改措施，于3月15日前将整改报告报县安委会办公室。各单位要深刻汲取事故教训，压紧压实安全生产责任，坚决遏制较大以上生产安全事故发生。
桧山县安全生产委员会
2025年2月14日
""",
    ),
    dict(
        slug="download-wenzhai-research-pdf-table-cn-date",
        site="文摘资料下载网 (invented)",
        style="资料下载站",
        genre="调研报告",
        kind="report",
        form="text",
        source="http://www.wenzhaixz.com/down/diaoyan/20231107/7712.html",
        title="关于全区电动自行车充电设施建设情况的调研报告",
        record_title="关于全区电动自行车充电设施建设情况的调研报告.pdf",
        date="2023-11-06",
        notes="file-name title (.pdf); a table of figures by street inside the body; Chinese-numeral date under the signature; mirrors and a points prompt",
        page="""
!m 文摘资料下载网
!m 首页 > 资料下载 > 调研报告 > 正文
{T}
!m 资料大小：412KB　　资料类型：PDF　　所需积分：2　　下载次数：153
!a 【高速下载】　　【普通下载】　　【报告错误】
!d 下载须知：本站资料均来自网络收集整理，仅供学习研究使用，请勿用于商业用途。
!m 资料预览：
{BODY}
!a 下载积分不足？完成每日签到即可获得积分
!w 资料失效或无法下载，请联系站长QQ：3209917781
!l 下载排行：社区消防安全调研报告｜老旧小区改造调研报告｜城市停车问题调研报告
""",
        indent="　　",
        body="""
电动自行车是群众日常出行的重要交通工具，充电难、充电不安全问题群众反映强烈。今年9月至10月，区人大常委会调研组对全区电动自行车充电设施建设情况进行了专题调研，实地察看了12个小区，召开座谈会4次。现将调研情况报告如下。
一、基本情况
全区电动自行车保有量约21.6万辆，已建成集中充电设施1126处、充电端口3.4万个，车桩比约为6.4：1。各街道建设情况如下：
街道　充电设施（处）　充电端口（个）
橙湾街道　318　9640
棠梨街道　276　8120
樾湖街道　301　9210
鹭洲街道　231　7030
二、存在的问题
一是设施分布不均衡，老旧小区充电设施明显不足，“飞线充电”“入户充电”现象仍然存在；二是部分充电设施收费不规范，群众意见较大；三是日常管理维护不到位，个别充电设施存在安全隐患。
三、意见建议
建议区政府将电动自行车充电设施建设纳入民生实事项目，重点向老旧小区倾斜；规范充电收费标准，加强价格监管；落实物业企业和运营企业管理责任，定期开展安全检查。
鹭汀区人大常委会调研组
二〇二三年十一月六日
""",
    ),
    dict(
        slug="news-tongxi-text-meeting-publish-line-only",
        site="桐溪新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.tongxinews.com/xw/tx/2025-08/14/content_102231.html",
        title="桐溪区召开防汛救灾工作调度会",
        date="2025-08-14",
        notes="news text: the date only in the publish line of the page; reporter, editor and proof-reader lines after the text; hot links; copyright notice",
        page="""
!m 桐溪新闻网
!m 首页 > 桐溪要闻
{T}
!m 发布时间：2025-08-14 19:48　来源：桐溪区融媒体中心　字号：T|T
{BODY}
!m （记者 庞晓月）
!m 编辑：尤一凡　　校对：蓝田
!l 热点推荐：区领导督导检查防汛工作 · 桐溪发布暴雨橙色预警 · 转移安置群众1260人
!d 凡本网注明“来源：桐溪新闻网”的所有作品，版权均属桐溪新闻网所有，未经授权不得转载。
""",
        indent="\u3000\u3000",
        body="""
8月14日下午，区委副书记、区长沈慕白主持召开防汛救灾工作调度会，听取全区强降雨应对情况汇报，研究部署下一阶段防汛救灾工作。
会议指出，受台风外围云系影响，8月12日以来我区出现持续强降雨，全区平均降雨量达187毫米，部分山区镇街出现山洪和小型滑坡。各镇街、各部门闻“汛”而动，累计转移安置群众1260人，未发生人员伤亡。
会议强调，当前仍处于主汛期，防汛形势依然严峻复杂。各镇街要坚持人民至上、生命至上，严格落实24小时值班和领导带班制度，加强对山洪沟、地质灾害隐患点和病险水库的巡查；应急管理、水利、自然资源等部门要加强会商研判，及时发布预警信息；对受灾群众要妥善安置，确保有饭吃、有衣穿、有干净水喝、有安全住处。
会上，区应急管理局、区水利局和三个镇街分别汇报了有关情况。
""",
    ),
]

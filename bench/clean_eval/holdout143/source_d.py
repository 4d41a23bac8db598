"""holdout143, part D: written blind. Invented sites, counties, people, URLs and chrome wording."""

CASES = [
    dict(
        slug="gov-text-lanping-locust-monitoring-plan",
        site="兰坪县人民政府 (invented)",
        style="政府门户",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.lanping.example.gov.cn/zwgk/fdzdgknr/ghjh/202504/t20250411_61122.html",
        title="兰坪县2025年蝗虫监测防控工作方案",
        record_title="兰坪县2025年蝗虫监测防控工作方案_规划计划_兰坪县人民政府",
        date="2025-04-11",
        notes="text county page: record title _column_site; 索引号 lines; document number neutral; a chrome line glued before the 。 of a body sentence; 扫一扫在手机打开",
        page="""
!m 兰坪县人民政府　门户网站
!m 索引号：11533200MB0X7-2025-00091　　公开方式：主动公开
!m 发布机构：县农业农村局　　成文日期：2025-04-11
{T}
兰农发〔2025〕12号
{BODY}
!a 扫一扫在手机打开当前页
!a 【大】【中】【小】　【打印】　【关闭】
!m 网站标识码：5333250007　滇公网安备53332502000110号
""",
        body="""
为切实做好2025年蝗虫监测防控工作，保障粮食生产和草原生态安全，制定本方案。
一、防控目标：蝗虫发生区监测覆盖率达到百分之百，防治处置率达到百分之九十以上，不起飞、不扩散、不成灾。
二、监测布点：在沿江河谷、草山草坡等常发区设立固定监测点二十个、流动监测点四十个，每五天调查一次虫口密度⟦m （县植保植检站供稿）⟧。
三、防治策略：低密度区以生物防治为主，推广绿僵菌、微孢子虫等生物农药；高密度区实施应急化学防治。
四、责任分工：县农业农村局负责技术指导和物资调配，各乡镇负责组织实施和信息报送。
兰坪县农业农村局
2025年4月11日
""",
    ),
    dict(
        slug="news-text-haiyan-pufferfish-wrapped",
        site="海晏融媒 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.haiyanrm.example.cn/xw/2025/1108/12231.html",
        title="海晏控毒河豚养殖基地首批产品获加工许可",
        record_title="海晏控毒河豚养殖基地首批产品获加工许可 - 海晏融媒",
        date="2025-11-08",
        notes="news text hard-wrapped at 62 columns; byline with dotted date (page date); app-download prompt; 编辑/审核 line; related list",
        wrap=62,
        page="""
!m 海晏融媒 | 海晏人的新闻客户端
{T}
!m 2025.11.08 16:02　海晏融媒记者 卜一帆 通讯员 冉东
{BODY}
!m 编辑：戚蔓　审核：闻涛
!a 下载海晏融媒APP，看更多本地新闻
!l 相关新闻：海晏渔港升级改造完工｜冬季海产品抽检结果公布
""",
        body="""
11月7日，位于东沙镇的海晏控毒河豚养殖基地收到省农业农村厅的批复，首批养殖红鳍东方鲀获准进入定点加工企业加工，标志着我县河豚产业迈出了规范化发展的关键一步。
该基地采用工厂化循环水养殖，养殖的河豚经检测毒素含量符合国家有关规定。基地负责人介绍，每一批次产品都有唯一的质量追溯编码，从鱼苗来源到加工销售全程可查。
县农业农村局提醒，市民切勿自行购买、宰杀和食用来源不明的野生河豚，以免发生中毒事故。
""",
    ),
    dict(
        slug="forum-html-chaxi-flute-ensemble-jammer",
        site="茶溪乐友论坛 (invented)",
        style="论坛",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://bbs.chaxiyueyou.example.com/thread-20931-1-1.html",
        title="茶溪长笛乐团招募团员启事",
        record_title="茶溪长笛乐团招募团员启事 - 管乐交流 - 茶溪乐友论坛",
        date="2025-03-02",
        notes="Discuz-like HTML forum: jammer fonts as junk, floor info, 发表于 line (page date), reply box, signature; the notice's own 联系人 kept",
        junk=dict(lines=1, glued=2),
        p_html="<div class=\"t_f\">{}</div>",
        page="""
<html><head><meta charset="utf-8"><title>茶溪长笛乐团招募团员启事 - 管乐交流 - 茶溪乐友论坛</title>
<style>.jammer{display:none}</style></head>
<body>
<div id="hd">⟦m 茶溪乐友论坛⟧ ⟦a 登录⟧ ⟦a 立即注册⟧ ⟦a 找回密码⟧</div>
<div id="pt">⟦m 论坛 › 器乐天地 › 管乐交流 › 查看内容⟧</div>
<h1>⟦t 茶溪长笛乐团招募团员启事⟧</h1>
<div class="authi">⟦m 笛声悠扬 发表于 2025-3-2 20:15 | 只看该作者⟧</div>
{BODY}
<div class="sign">⟦l 签名：吹笛子的人运气都不会太差⟧</div>
<div class="reply">⟦l 回复(23)　评分　收藏(8)⟧</div>
<div id="ft">⟦d Powered by Discuz! X3.4⟧ ⟦m 茶溪乐友论坛 ( 闽ICP备13008876号 )⟧</div>
</body></html>
""",
        body="""
茶溪长笛乐团成立于2019年，是一支由长笛爱好者自发组成的业余乐团，现有团员二十二人。
为筹备今年秋季专场音乐会，乐团面向社会招募新团员，声部包括长笛、短笛和中音长笛。
报名要求：有一定演奏基础，能识读五线谱，能保证每周六下午参加排练。
排练地点：茶溪市文化馆四楼排练厅。乐团不收取任何费用，乐器需自备。
有意者请于3月20日前联系乐团团长：岑女士，电话13905918842。
""",
    ),
    dict(
        slug="blog-text-liuyun-celery-coop-notes",
        site="流云小记 (invented)",
        style="博客",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://liuyunxiaoji.example-blog.net/2025/02/qincai.html",
        title="一个芹菜合作社的账本——春节前走访记",
        record_title="一个芹菜合作社的账本——春节前走访记",
        record_date="2025-02-03",
        date="2025-02-03",
        notes="blog: record date given; category and read counts; a data table of the co-op's accounts; a reprint notice and share line; comment prompt",
        page="""
!m 流云小记 — 写写乡下，记记人情
!m 首页 / 乡村观察 / 正文
{T}
!m 2025-02-03 ｜ 乡村观察 ｜ 阅读 318 ｜ 2 条评论
{BODY}
!d 原创文字，转载请留言并注明出处。
!l 分享到：微信 · 微博 · 豆瓣
!l 说点什么吧……
""",
        body="""
腊月里，我去了一趟北塘村的绿源芹菜专业合作社，理事长老包把去年的账本摊在桌上给我看。
合作社有社员四十六户，种植芹菜三百二十亩，全部是大棚种植，一年种两茬。
项目　金额（万元）
芹菜销售收入　486
种苗化肥等投入　152
用工支出　97
社员分红　173
老包说，去年芹菜行情好，最贵的时候地头价一斤卖到两块二，社员平均分红三万七千多元。
但他也有担心：冷库太小，行情不好时只能低价抛售，今年想争取项目资金再建一座三百吨的冷库。
""",
    ),
    dict(
        slug="wechat-html-bayuan-decoction-service",
        site="八沅县中医院公众号镜像 (invented)",
        style="公众号镜像",
        genre="通知",
        kind="notice",
        form="html",
        source="https://mp-mirror.example.org/s/bayuan-zyy-20250708",
        title="中药代煎配送服务全面升级啦！",
        record_title="中药代煎配送服务全面升级啦！",
        date="2025-07-08",
        notes="WeChat-style HTML mirror: account header, 原创 label and publish time (page date), follow prompt, 阅读原文, 在看/分享 bar; the notice tells patients to 关注 and 扫码 (kept); the pharmacy's own 咨询电话 kept",
        page="""
<html><head><meta charset="utf-8"><title>中药代煎配送服务全面升级啦！</title></head>
<body>
<div id="js_content_wrap">
<h1 class="rich_media_title">⟦t 中药代煎配送服务全面升级啦！⟧</h1>
<div class="rich_media_meta_list">⟦m 原创 八沅县中医院 2025-07-08 08:30⟧</div>
<p>⟦a 👆点击蓝字 关注我们⟧</p>
{BODY}
<p>⟦l 阅读原文⟧</p>
<p>⟦a 分享 · 收藏 · 点赞 · 在看⟧</p>
<p>⟦m 阅读 5623⟧</p>
</div>
</body></html>
""",
        body="""
为让患者少跑腿，我院中药房代煎配送服务自7月10日起全面升级。
升级后，代煎中药采用全自动煎药机密闭煎煮，真空包装，每袋二百毫升，冷藏可保存七天。
患者在门诊缴费后，可关注“八沅县中医院”公众号，进入“中药配送”填写收货地址，县城范围内当天送达，乡镇次日送达。
不方便使用手机的患者，可在中药房窗口扫码由工作人员协助登记。
代煎及配送咨询电话：0736-4218830。
""",
    ),
    dict(
        slug="docshare-html-hanju-troupe-speech-reader",
        site="云帆文档 (invented)",
        style="文档分享",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://www.yunfandoc.example.com/view/60219833.html",
        title="在市汉剧院建院七十周年座谈会上的讲话",
        title_also=["在市汉剧院建院七十周年座谈会上的讲话（2024年9月25日）"],
        record_title=None,
        date="2024-09-25",
        notes="sharing reader HTML: no record title; speech date under the title (neutral); speaker line neutral; reader toolbar; download prompt; recommended docs",
        page="""
<html><head><meta charset="utf-8"><title>云帆文档 - 在线文档分享平台</title></head>
<body>
<div class="top">⟦m 云帆文档⟧ ⟦a 上传文档⟧ ⟦a 开通会员⟧</div>
<div class="toolbar">⟦a 放大 缩小 全屏 ｜ 下载 ｜ 收藏⟧</div>
<div class="doc">
<h2>⟦t 在市汉剧院建院七十周年座谈会上的讲话⟧</h2>
<p>（2024年9月25日）</p>
<p>市委宣传部副部长　荀湘宁</p>
{BODY}
</div>
<div class="dl">⟦a 下载文档到电脑，查找使用更方便 ¥3.00⟧</div>
<div class="rec">⟦l 为您推荐：院团改革座谈会发言 · 戏曲传承保护工作汇报⟧</div>
</body></html>
""",
        body="""
同志们、朋友们：
今天，我们在这里座谈，共同庆祝市汉剧院建院七十周年。
七十年来，一代代汉剧人扎根舞台、服务群众，排演剧目二百余部，培养了一大批优秀演员。
希望汉剧院坚持守正创新，既要把传统老戏原汁原味传下去，也要创作更多反映当代生活的新戏。
市委宣传部将继续支持汉剧院改革发展，为大家创造更好的创作条件。
谢谢大家！
""",
    ),
    dict(
        slug="edu-text-songji-military-training-plan",
        site="松集县教育局 (invented)",
        style="教育门户",
        genre="方案",
        kind="plan",
        form="text",
        source="http://jyj.songji.example.gov.cn/jygz/202508/t20250815_20761.html",
        title="2025年全县高一新生军训工作实施方案",
        record_title="2025年全县高一新生军训工作实施方案 - 松集教育",
        date="2025-08-15",
        notes="education portal text: schedule table with ideographic spaces; numbered list; 附件 list kept; 印发 line kept; 视力保护色 and 打印 chrome",
        page="""
!m 松集教育 | 松集县教育局主办
!m 首页 ＞ 教育工作 ＞ 德育体卫
{T}
!m 时间：2025-08-15　来源：县教育局德育股　访问量：903
!a 视力保护色：■ ■ ■ ■　　【打印正文】
{BODY}
!l 【相关链接】县人武部　县青少年校外活动中心
!d 松集县教育局 主办　未经授权禁止镜像
""",
        body="""
为增强高一新生国防观念和集体主义精神，经县教育局、县人武部研究，制定本方案。
一、军训时间及地点
学校　时间　地点
县第一中学　8月20日—8月26日　校内
县第二中学　8月21日—8月27日　县青少年校外活动中心
二、军训内容：队列训练、内务整理、国防知识讲座、应急疏散演练。
三、工作要求：
1. 各校要为每个连队配备医务人员，高温时段停止室外训练；
2. 对因病不能参训的学生，经医院证明可免训或见习。
附件：2025年高一新生军训日程表
松集县教育局
2025年8月15日
松集县教育局办公室　2025年8月15日印发
""",
    ),
    dict(
        slug="intranet-html-yuanfang-dorm-inspection",
        site="远方职业技术学院办公平台 (invented)",
        style="企业内网",
        genre="通报",
        kind="other",
        form="html",
        source="http://oa.yfvtc.example.edu.cn/gw/view.do?id=8812",
        title="关于2025年秋季学期第一次学生宿舍安全检查情况的通报",
        record_title="内部通报-关于2025年秋季学期第一次学生宿舍安全检查情况的通报",
        date="2025-09-26",
        notes="intranet document view: approval trail, read counts, attachment download (chrome) vs the document's 附件 (kept); result table; watermark",
        page="""
<html><head><meta charset="utf-8"><title>远方职业技术学院协同办公平台</title></head>
<body>
<div class="oa-top">⟦m 远方职业技术学院协同办公平台⟧ ⟦m 当前用户：辅导员 丁*⟧ ⟦a 退出⟧</div>
<div class="oa-path">⟦m 公文 » 收文 » 查看⟧</div>
<div class="doc">
<h3>⟦t 关于2025年秋季学期第一次学生宿舍安全检查情况的通报⟧</h3>
<p>⟦m 发文部门：学生工作处　签发：姚建军　日期：2025-09-26⟧</p>
{BODY}
</div>
<div class="trail">⟦m 办理记录：学生工作处 起草 → 党政办 核稿 → 分管校领导 签发⟧</div>
<div class="stat">⟦m 已读 112 ｜ 未读 9⟧ ⟦a 下载正文⟧ ⟦a 下载附件⟧</div>
<div class="wm">⟦d 仅限校内使用⟧</div>
</body></html>
""",
        body="""
各二级学院：
9月22日至24日，学生工作处会同保卫处、后勤处对全校学生宿舍进行了安全检查，现将检查情况通报如下：
学院　检查宿舍数　违规电器　私拉电线
机电学院　216　7　2
信息学院　198　4　0
经管学院　175　2　1
检查中发现，个别宿舍存在使用电热锅、插线板挂床头等现象，已当场收缴并登记。
请各学院对照问题清单，于10月10日前完成整改，并将整改情况报学生工作处。
附件：宿舍安全检查问题清单
学生工作处
2025年9月26日
""",
    ),
    dict(
        slug="qa-html-wenjin-study-abroad-question",
        site="问津问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.wenjin-qa.example.com/q/3318701",
        title="留学回国人员学历认证需要准备哪些材料？",
        record_title="留学回国人员学历认证需要准备哪些材料？ - 问津问答",
        date="2025-03-19",
        notes="Q&A HTML: 回答于 date (the page's date), answerer badge, vote and comment bar, 相关问题 list, login wall; an answer that tells readers to 登录 the service platform (kept)",
        page="""
<html><head><meta charset="utf-8"><title>留学回国人员学历认证需要准备哪些材料？ - 问津问答</title></head>
<body>
<header>⟦m 问津问答⟧ ⟦a 写回答⟧ ⟦a 登录/注册⟧</header>
<h1>⟦t 留学回国人员学历认证需要准备哪些材料？⟧</h1>
<div class="q-meta">⟦m 关注者 221　被浏览 40,117⟧</div>
<div class="answer">
<div class="author">⟦m 留学服务中心 荆老师　教育领域答主⟧</div>
<div class="time">⟦m 回答于 2025-03-19⟧</div>
{BODY}
<div class="act">⟦l 赞同 312　｜　29 条评论　｜　分享　｜　收藏⟧</div>
</div>
<aside>⟦l 相关问题⟧ ⟦l 国外学历认证要多久？⟧ ⟦l 网课学位能认证吗？⟧</aside>
<div class="wall">⟦a 登录问津，查看更多优质回答⟧</div>
</body></html>
""",
        body="""
目前国外学历学位认证已全部改为网上申请，不需要本人到现场提交纸质材料。
需要准备的电子材料主要有：
1. 本人有效护照的首页及出入境记录页；
2. 国外学位证书或高等教育文凭；
3. 国外院校出具的成绩单；
4. 授权声明，须本人在认证系统中签署。
申请人登录留学服务中心网站的认证系统上传材料并缴费即可，一般十个工作日左右出结果。
""",
    ),
    dict(
        slug="collection-oneline-qiyuan-poetry-society",
        site="绮园诗社文集 (invented)",
        style="个人文集",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://qiyuan-shishe.example.org/wenji/7/",
        title="在绮园诗词学会第三次会员代表大会上的工作报告",
        record_title="绮园诗社文集 第七辑｜在绮园诗词学会第三次会员代表大会上的工作报告",
        date="2025-01-04",
        notes="whole body on one line (paragraphs apart only by the indent); collection nav; date under title neutral",
        oneline=True,
        indent="　　",
        page="""
!m 绮园诗社文集 · 第七辑
!l 上一篇｜目录｜下一篇
{T}
（2025年1月4日）
{BODY}
!d 本辑文字由诗社编委会整理，转载须经同意。
""",
        body="""
各位会员、各位诗友：
我代表第二届理事会向大会报告工作，请予审议。
五年来，学会会员由一百零六人发展到二百四十三人，先后在十二所中小学建立“诗教基地”。
我们编印会刊《绮园吟草》二十期，刊发会员作品三千余首，举办“春韵”“秋声”诗词大赛各五届。
新一届理事会将继续推动诗词进校园、进社区，让古典诗词在绮园生根开花。
""",
    ),
    dict(
        slug="party-text-lingdu-lecture-troupe-speech",
        site="凌渡党建 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.lingdudj.example.cn/xxjy/2025/0312/1190.html",
        title="在全县百姓宣讲团成立仪式上的讲话",
        record_title="在全县百姓宣讲团成立仪式上的讲话",
        date="2025-03-12",
        notes="Party site text: title repeated glued to the first body line; speaker line neutral; date from 发布日期 byline; QR follow and 专题 list at bottom",
        page="""
!m 凌渡党建　凝聚力量　建设凌渡
!m 当前位置：首页 > 学习教育
{T}
!m 发布日期：2025-03-12　来源：县委宣传部
县委常委、宣传部部长　舒明远
{BODY}
!a 扫码关注“凌渡党建”微信公众号
!l 专题：理论宣讲进基层
""",
        body="""
⟦t 在全县百姓宣讲团成立仪式上的讲话⟧同志们：
今天，全县百姓宣讲团正式成立了。宣讲团的二十八名成员中，有种粮大户、退役军人、乡村教师，也有返乡创业的年轻人。
我们成立百姓宣讲团，就是要用身边人讲身边事，用百姓话讲百姓理。
希望各位宣讲员多到田间地头、车间工地去，每人每年宣讲不少于十场。
县委宣传部将为大家做好服务保障，定期组织培训，评选优秀宣讲员。
""",
    ),
]

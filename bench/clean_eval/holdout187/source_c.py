"""holdout187, part C: 问答社区, 个人文集, 党建网, 医院官网, 高校官网. Invented text, written blind."""

CASES = [
    dict(
        slug="qa-wenshi-answer-land-contract-dispute-html",
        site="问识 (invented Q&A)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.wenshi.com/question/58812047/answer/204417",
        title="承包地被村里收回另行发包，农户可以申请仲裁吗？",
        record_title="承包地被村里收回另行发包，农户可以申请仲裁吗？ - 问识",
        date="2024-02-22",
        notes="Q&A page: question as the title; answer with 回答于 date; vote bar; the answer's 下载/打印 advice kept",
        page="""
<html><head><meta charset="utf-8"><title>承包地被村里收回另行发包，农户可以申请仲裁吗？ - 问识</title></head>
<body>
<header>⟦m 问识 — 有问题，问识一下⟧ <a>⟦a 提问⟧</a> <a>⟦a 登录⟧</a></header>
<div class="q">
<h1>{T}</h1>
<p class="q-detail">⟦l 问题补充：家里的二亩水田，去年村委会说要统一流转，没跟我们签字就包给了外村老板，现在怎么办？⟧</p>
<p class="q-meta">⟦m 关注者 128　被浏览 9,541⟧</p>
</div>
<div class="answer">
<div class="author">⟦m 檀城农经干部老蒋⟧ ⟦m 农村土地承包仲裁员⟧</div>
{BODY}
<p class="time">⟦m 回答于 2024-02-22 19:05 · 著作权归作者所有⟧</p>
<div class="vote">⟦l ▲ 赞同 342⟧ ⟦l 27 条评论⟧ ⟦l 分享⟧ ⟦l 收藏⟧</div>
</div>
<aside><h4>⟦l 相关问题⟧</h4><ul><li>⟦l 土地流转合同到期不续签怎么办？ 56 个回答⟧</li><li>⟦l 外嫁女还有承包地吗？ 83 个回答⟧</li></ul></aside>
<footer>⟦m © 2024 问识⟧ ⟦m 京ICP证180522号⟧</footer>
</body></html>
""",
        body="""
可以。这属于农村土地承包经营纠纷，农户可以向县级农村土地承包仲裁委员会申请仲裁，也可以直接向人民法院起诉。
先说道理。承包期内，发包方不得收回承包地，也不得单方面变更承包合同。土地流转的主体是承包农户，村委会未经农户书面同意把地包给别人，属于侵权行为。
再说怎么做：
1.收集证据，包括土地承包经营权证、承包合同、村里另行发包的材料等；
2.写好仲裁申请书，申请书格式可以到县农业农村部门网站下载，打印后签字；
3.在知道权利被侵害之日起两年内提出申请，别拖过时效。
仲裁不收费，一般60日内结案。如果对裁决不服，还可以在收到裁决书之日起30日内向法院起诉。
""",
    ),
    dict(
        slug="qa-baiwen-answer-medical-dispute-mediation",
        site="百问堂 (invented Q&A)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="http://www.baiwentang.net/q/20240611/771230.html",
        title="医院和患者有纠纷，医调委调解要收费吗？",
        record_title=None,
        date=None,
        notes="no record title; question line as title; relative answer time is no date; best-answer chrome; the answer mentions 关注 in its content",
        page="""
!m 百问堂 — 百问百答
!m 百问堂 > 健康 > 医疗纠纷
!t 医院和患者有纠纷，医调委调解要收费吗？
!m 提问者：匿名用户　　6天前　　浏览 1842 次
!l 我要回答　　|　　举报
!m ★ 最佳答案　　回答者：茶山边的调解员　　采纳率 93%　　2天前
{BODY}
!l 追问：调解达成协议后医院不履行怎么办？
!l 其他 4 条回答 ＞
!a 扫码下载百问堂APP，提问秒回复
!d 以上回答仅代表回答者个人观点，不构成医疗或法律意见。
""",
        body="""
不收费。医疗纠纷人民调解委员会（医调委）是依法设立的人民调解组织，调解医疗纠纷不收取任何费用，经费由政府保障。
申请调解的办法：
1.由患者一方或者医院一方提出书面或口头申请；
2.医调委受理后，一般会组织双方调查核实，必要时请医学、法学专家咨询；
3.调解一般在30个工作日内完成，达成协议的制作调解协议书。
需要提醒的是，调解期间患者家属要理性维权，不要在医院聚集、拉横幅。很多地方的医调委都开通了公众号，关注后可以在线提交调解申请和查询进度。
""",
    ),
    dict(
        slug="anthology-chashan-essay-tea-pickers-wrapped",
        site="茶山闲笔（个人文集） (invented)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="https://www.wenji-chashan.cn/juan2/017.html",
        title="清明前的采茶工",
        record_title="《茶山闲笔》卷二·第十七篇｜清明前的采茶工",
        date=None,
        notes="personal collection; decorated title with volume/chapter; wrapped at 58 columns; no date (only a year in the text); chapter nav",
        page="""
!m 茶山闲笔 · 一位老茶场场长的文集
!m 目录 ｜ 卷一 茶事 ｜ 卷二 人物 ｜ 卷三 杂记
!t 《茶山闲笔》卷二·第十七篇｜清明前的采茶工
{BODY}
!l ← 第十六篇　炒茶师傅老邝　　｜　　第十八篇　茶园里的广播 →
!l 本卷共24篇，已读 17/24
!d 文集文字为作者原创，未经同意请勿转载。
""",
        wrap=58,
        indent="\u3000\u3000",
        body="""
每年清明前十来天，是茶场最忙的时候。天刚蒙蒙亮，采茶工们就背着竹篓上山了。
她们大多是附近村里的妇女，也有从邻县赶来的。一个熟练的采茶工，一天能采三四斤鲜叶，明前茶一芽一叶，要四五万个芽头才能凑够一斤干茶。
一九八六年我刚到茶场时，采茶按斤算钱，一斤鲜叶两毛五。后来改成按等级计价，手巧的工人一个季节能挣不少钱。
如今茶场用上了采茶机，但名优茶还是离不开手采。看着那些在茶垄间弯着腰的身影，我常想，一杯好茶里，藏着多少双手的辛苦。
""",
    ),
    dict(
        slug="anthology-zhuangbiao-speech-scroll-mounting-html",
        site="裱褙斋文存 (invented)",
        style="个人文集",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.biaobeizhai.com/wencun/jianghua/08.html",
        title="在书画装裱技艺传习所揭牌仪式上的致辞",
        record_title=None,
        date="2023-10-28",
        notes="a mounting master's collection; no record title; date under the speech title in Chinese numerals; speaker line neutral; collection nav",
        page="""
<html><head><meta charset="gbk"><title>裱褙斋文存 · 致辞 · 第八篇</title></head>
<body>
<table width="900" align="center"><tr><td>⟦m 裱褙斋文存⟧</td><td align="right">⟦m 纸墨之间，修旧如旧⟧</td></tr></table>
<table width="900" align="center"><tr>
<td width="180" valign="top">⟦l 文存目录⟧<br>⟦l 一、技艺札记⟧<br>⟦l 二、致辞讲话⟧<br>⟦l 三、师友往来⟧</td>
<td valign="top">
<h2>{T}</h2>
<p align="center">装裱技艺市级代表性传承人　卢守白</p>
<p align="center">（二〇二三年十月二十八日）</p>
{BODY}
<p>⟦l 【上一篇】在全市古籍修复培训班上的发言⟧<br>⟦l 【下一篇】致青年装裱师的一封信⟧</p>
</td></tr></table>
<table width="900" align="center"><tr><td>⟦d 本文存由家人整理，仅供同道参阅⟧ ⟦m 联系：biaobeizhai@126.com⟧</td></tr></table>
</body></html>
""",
        body="""
各位领导、各位同道、各位朋友：
今天，书画装裱技艺传习所正式揭牌了。我干了五十二年装裱，今天最高兴的，是这门手艺有了一个传下去的家。
装裱是“三分画、七分裱”。一幅字画能不能传世，要看托心、覆背、镶料、砑光这些工序做得扎不扎实。过去师傅带徒弟，一带就是三年五年，光学打浆糊就要学半年。
传习所成立后，我们准备每年招收学员十名，从选纸、配绫、调浆教起，也要教古旧书画的揭裱修复。
希望年轻人能耐住性子，把这门慢功夫学到手。谢谢大家！
""",
    ),
    dict(
        slug="dangjian-jinghong-speech-medical-alliance-html",
        site="旌红党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://www.jinghongdj.cn/llxx/2024/0628/12901.html",
        title="在县域医共体党建工作推进会上的讲话",
        record_title="在县域医共体党建工作推进会上的讲话_理论学习_旌红党建网",
        date="2024-06-27",
        notes="Party-building portal; decorated title (_column_site); date under title; speaker line neutral; 发布时间 differs",
        date_also=["2024-06-28"],
        page="""
<!doctype html><html><head><meta charset="utf-8"><title>在县域医共体党建工作推进会上的讲话_理论学习_旌红党建网</title>
<script src="/js/jquery.min.js"></script></head>
<body>
<div class="dj-top">⟦m 旌红党建网⟧ ⟦m 传播党建声音　服务基层党员⟧</div>
<div class="dj-nav">⟦m 首页 | 要闻 | 理论学习 | 组织建设 | 党员风采 | 廉政建设⟧</div>
<div class="dj-loc">⟦m 当前位置：首页 &gt; 理论学习⟧</div>
<div class="dj-art">
<h1>{T}</h1>
<div class="dj-info">⟦m 发布时间：2024年06月28日　来源：县卫健工委　字号：[大][中][小]⟧</div>
<p class="speaker">县委卫生健康工委书记　巫锦程</p>
<p class="speaker">（2024年6月27日）</p>
{BODY}
<div class="dj-share">⟦l 分享至：⟧⟦l 微信⟧⟦l 朋友圈⟧</div>
</div>
<div class="dj-side"><h5>⟦l 专题专栏⟧</h5><p>⟦l 党纪学习教育⟧</p><p>⟦l 公立医院党建⟧</p></div>
<div class="dj-ft">⟦m 主办单位：中共旌红县委组织部⟧ ⟦m 技术支持：旌红县大数据中心⟧</div>
</body></html>
""",
        body="""
同志们：
县域医共体组建一年多来，各成员单位坚持党建引领，推动优质医疗资源下沉，群众就医获得感明显增强。下面，我讲三点意见。
一、把党委领导下的院长负责制落到医共体每个层级。牵头医院党委要把方向、管大局、作决策、促改革、保落实，成员单位党支部要发挥战斗堡垒作用。
二、把党建和业务深度融合。推行“党建+专科联盟”“党员专家下基层”等做法，今年全县医共体党员专家下乡坐诊要达到1500人次以上。
三、把作风建设抓在经常。持续整治医药领域不正之风，严禁收受红包回扣，让群众看病更放心。
同志们，要以更实的作风推动医共体建设走深走实。
""",
    ),
    dict(
        slug="dangjian-hongqi-speech-pvc-pipe-party",
        site="红旗飘飘党建资料网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.hqpp-dj.com/qiye/2024/0701/5521.html",
        title="在公司庆祝建党103周年暨“两优一先”表彰大会上的讲话",
        record_title="在公司庆祝建党103周年暨“两优一先”表彰大会上的讲话（PVC管材企业）",
        date="2024-07-01",
        notes="decorated title with a bracketed industry tag; date under the title; a 'more speeches' box between paragraphs; no site date",
        page="""
!m 红旗飘飘党建资料网
!m 首页 ＞ 企业党建 ＞ 讲话材料
!t 在公司庆祝建党103周年暨“两优一先”表彰大会上的讲话（PVC管材企业）
!m 来源：网友投稿　人气：677
{T}
（2024年7月1日）
{BODY}
!w 党建材料定制撰写，专业团队，微信号：hqdj_writer
!l 相关阅读：企业党支部书记七一党课讲稿｜非公企业党建工作总结
!d 本站资料仅供参考学习，请结合实际修改使用。
""",
        body="""
同志们：
今天我们在这里隆重集会，庆祝中国共产党成立103周年，表彰一年来涌现出的优秀共产党员、优秀党务工作者和先进党支部。
过去一年，公司党委团结带领全体党员职工，克服原材料价格波动、市场需求下滑等困难，PVC给水管、排水管产量达到8.6万吨，同比增长7%，新开发的抗冲击管材通过省级新产品鉴定。
⟦l 【更多讲话稿】七一表彰大会讲话精选20篇＞＞⟧
成绩的取得，离不开广大党员在生产一线的带头作用。挤出车间党员先锋岗连续12个月实现零质量事故，研发中心党员攻关小组攻克了管材低温脆裂难题。
希望受表彰的同志珍惜荣誉、再接再厉，希望全体党员向他们学习，为公司高质量发展作出新的更大贡献！
""",
    ),
    dict(
        slug="hospital-cuihu-notice-nosocomial-html",
        site="翠湖县人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.cuihuhospital.com/news/tzgg/20240308/1612.html",
        title="关于开展2024年医院感染防控专项督查的通知",
        record_title=None,
        date="2024-03-07",
        notes="hospital site; no record title; document's own consult phone kept beside the hospital's 24-hour line and appointment box; 打印 sentence kept",
        page="""
<html><head><meta charset="utf-8"><title>关于开展2024年医院感染防控专项督查的通知 - 翠湖县人民医院</title></head>
<body>
<div class="h-top">⟦m 翠湖县人民医院　二级甲等综合医院⟧ <span>⟦m 急诊电话：0745-120⟧</span> <span>⟦a 预约挂号⟧</span></div>
<div class="h-nav">⟦m 医院概况 科室导航 专家介绍 就医指南 新闻中心 党建园地⟧</div>
<div class="h-crumb">⟦m 首页 » 新闻中心 » 通知公告⟧</div>
<h1>{T}</h1>
<div class="h-meta">⟦m 信息来源：医院感染管理科　点击：433⟧</div>
<div class="h-content">
{BODY}
</div>
<div class="h-float">⟦w 在线咨询 ☎ 24小时健康热线 0745-5128800⟧</div>
<div class="h-foot">⟦m 地址：翠湖县人民路66号⟧ ⟦d Copyright © 翠湖县人民医院 All Rights Reserved⟧</div>
</body></html>
""",
        body="""
各临床科室、医技科室：
为进一步落实医院感染防控各项制度，防范医院感染暴发，经研究，决定于3月11日至3月29日开展医院感染防控专项督查。
一、督查内容
1.手卫生依从性及正确率；
2.多重耐药菌患者隔离措施落实情况；
3.内镜、口腔器械清洗消毒质量；
4.医疗废物分类收集和交接登记。
二、督查方式
督查组采取现场查看、随机提问和查阅资料相结合的方式进行。各科室请提前打印近三个月的感控自查记录备查。
三、结果运用
督查结果纳入科室月度绩效考核，对发现的问题限期整改。
联系人：医院感染管理科 聂婧　电话：0745-5128631
翠湖县人民医院
2024年3月7日
""",
    ),
    dict(
        slug="hospital-yangkou-speech-nurses-day",
        site="杨口市中医院 (invented)",
        style="医院官网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.ykszyy.cn/dtxw/2024-05-12/2205.html",
        title="在庆祝“5·12”国际护士节暨优秀护士表彰大会上的讲话",
        record_title="在庆祝“5·12”国际护士节暨优秀护士表彰大会上的讲话-院务动态-杨口市中医院",
        date="2024-05-11",
        notes="decorated title (-column-site); date under the title; page dated the next day; hospital chrome at top and bottom",
        date_also=["2024-05-12"],
        page="""
!m 杨口市中医院 YANGKOU HOSPITAL OF TCM
!m 首页 / 院务动态
!t 在庆祝“5·12”国际护士节暨优秀护士表彰大会上的讲话-院务动态-杨口市中医院
!m 2024-05-12　　作者：党委办公室　　阅读量：812
{T}
院长　冉景和
（2024年5月11日）
{BODY}
!a 【打印】　【关闭】
!m 门诊时间：周一至周日 8:00-17:30　预约电话：0712-6093311
!m 地址：杨口市长青路9号　｜　ICP备案号：鄂ICP备12007758号
""",
        body="""
各位护理同仁、同志们：
明天就是第113个国际护士节。首先，我代表医院党委和领导班子，向全院412名护理工作者致以节日的问候！
过去一年，护理团队在中医特色护理上下了真功夫。耳穴压豆、艾灸、中药熏洗等中医护理技术在全院推广应用，开展项目达到26项，服务患者6.8万人次；“互联网+护理服务”走进社区，上门服务1200余次。
护理工作辛苦，夜班多、责任重。医院将继续改善护士工作条件，完善夜班补助，畅通职称晋升通道。
希望大家以受表彰的同志为榜样，守护好每一位患者！
""",
    ),
    dict(
        slug="university-lanhu-news-student-council-html",
        site="澜湖学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.lanhu.edu.cn/info/1021/30418.htm",
        title="我校召开第十二次学生代表大会 选举产生新一届学生会",
        record_title="我校召开第十二次学生代表大会 选举产生新一届学生会-澜湖学院新闻网",
        date="2024-11-23",
        notes="university news; decorated title; byline date is the page date; photographer and reviewer lines; vote count kept",
        page="""
<html><head><meta charset="utf-8"><title>我校召开第十二次学生代表大会 选举产生新一届学生会-澜湖学院新闻网</title></head>
<body>
<div class="univ-head">⟦m 澜湖学院新闻网⟧ ⟦m 学校主页 | English⟧</div>
<div class="univ-menu">⟦m 澜湖要闻　综合新闻　院部动态　媒体澜湖　校园人物⟧</div>
<div class="univ-path">⟦m 首页 &gt; 综合新闻 &gt; 正文⟧</div>
<h2>{T}</h2>
<div class="univ-info">⟦m 2024-11-23　文/团委 苏越　图/学生记者团　审核/宁琳　点击：[1577]⟧</div>
<div class="v_news_content">
{BODY}
</div>
<div class="univ-prev">⟦l 上一条：学校举行2024年冬季运动会⟧<br>⟦l 下一条：我校教师在省青年教师教学竞赛中获佳绩⟧</div>
<div class="univ-foot">⟦m 澜湖学院党委宣传部主办⟧ ⟦m 地址：澜湖市学府大道1号 邮编：421000⟧</div>
</body></html>
""",
        body="""
11月22日，澜湖学院第十二次学生代表大会在大学生活动中心召开。来自全校14个学院的236名学生代表参加会议。
大会审议通过了第十一届学生会工作报告和学生会章程修正案。报告回顾了过去一年学生会在权益维护、文体活动、志愿服务等方面的工作，全年收集处理学生提案87件，办结率96%。
大会以无记名投票方式选举产生了第十二届学生会主席团。应到代表236名，实到231名，有效票231张。
校党委副书记在讲话中希望新一届学生会坚持全心全意服务同学，做到“去机关化”，让学生会真正成为同学们的贴心人。
""",
    ),
    dict(
        slug="university-yunze-notice-clinical-trial-ethics",
        site="云泽医科大学 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://kjc.yunzemu.edu.cn/tzgg/2024/0415/2231.htm",
        title="关于开展2024年度药物临床试验伦理审查培训的通知",
        record_title="关于开展2024年度药物临床试验伦理审查培训的通知",
        date="2024-04-15",
        notes="record title; department portal; registration by QR code kept; contact and e-mail kept beside site footer phone; timetable rows",
        page="""
!m 云泽医科大学科学技术处
!m 首页 | 机构设置 | 科研项目 | 伦理委员会 | 下载专区
!m 位置：首页 >> 通知公告
{T}
!m 作者：伦理办　来源：科技处　时间：2024-04-15　浏览：690
{BODY}
!l 附件下载：【临床试验伦理审查培训回执.docx】
!a 【打印本页】【关闭窗口】
!m 科技处电话：0871-6630011　版权所有：云泽医科大学
""",
        body="""
各附属医院、临床试验机构、各相关学院：
为提高我校药物临床试验伦理审查质量，保护受试者权益，经研究，决定举办2024年度药物临床试验伦理审查培训。现将有关事项通知如下。
一、培训时间：2024年4月26日（星期五）8:30—17:00。
二、培训地点：学校图书馆报告厅。
三、培训内容
8:30—10:00　　伦理审查的法规与指南
10:15—12:00　　知情同意书的审查要点
14:00—15:30　　严重不良事件的跟踪审查
15:45—17:00　　案例讨论与考核
四、报名方式：请于4月22日前扫描下方二维码报名，或将回执发送至邮箱ynzm_ethics@126.com。
联系人：柯雨　电话：0871-6630457
科学技术处　伦理委员会办公室
2024年4月15日
""",
    ),
]

"""holdout45, part C: Party-building sites, hospitals, universities, local forums, download
stations and personnel-exam sites — a tugboat company's Party branch, a brush-makers' Party
group, a hospital's occupational clinic for net weavers, a stele-forest museum, a joinery college.
All invented."""

CASES = [
    dict(
        slug="dangjian-lanwan-tug-party-lecture-html",
        site="缆湾港务集团党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://dj.lwport.example.com/djyw/2025/0701/2231.html",
        title="在拖轮公司党支部“七一”主题党日上的党课讲稿",
        record_title="【支部讲堂】在拖轮公司党支部“七一”主题党日上的党课讲稿",
        date="2025-07-01",
        notes="Party-building portal with a study-points float and a slogan banner; decorated title; a 发布时间 byline; a 'study complete' button glued after the last paragraph",
        page="""
<html><head><title>缆湾港务集团党建网</title></head><body>
<div class="banner">⟦m 缆湾港务集团党建网⟧ <span>⟦m 红色引航　党旗飘扬在码头⟧</span></div>
<div class="nav">⟦m 首页 | 党建要闻 | 支部风采 | 党课讲堂 | 廉洁港务⟧</div>
<div class="float">⟦a 今日学习积分 +5，点击领取⟧</div>
<h1>⟦t 【支部讲堂】在拖轮公司党支部“七一”主题党日上的党课讲稿⟧</h1>
<div class="info">⟦m 发布时间：2025-07-01　来源：拖轮公司党支部　浏览次数：318⟧</div>
{BODY}
<div class="bottom">⟦l 【返回顶部】【关闭本页】⟧</div>
<div class="ft">⟦m 中共缆湾港务集团委员会组织部 主办⟧</div>
</body></html>
""",
        body="""
同志们：
今天是党的生日，我们在“缆港一号”拖轮上过一个特别的主题党日。
这艘老拖轮服役近四十年，见证了我们港从小到大的历程，也见证了一代代党员船员的坚守。
新时代，我们要把党支部建在船上，让党员在急难险重任务中站在最前面。
希望大家以老一辈船员为榜样，守好安全底线，干好本职工作。⟦a ✔ 学习完成，记录学时⟧
""",
    ),
    dict(
        slug="dangjian-zihao-brush-branch-summary-text",
        site="紫毫县非公党建 (invented)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://fgdj.zihao.example.gov.cn/zbfc/2025/1203/118.html",
        title="紫毫县毛笔产业联合党支部2025年工作总结",
        record_title="紫毫县毛笔产业联合党支部2025年工作总结_支部风采_紫毫县非公党建",
        date="2025-12-03",
        notes="_column_site title; 成文日期 in Chinese numerals; a 'points for reading' line and a share bar between paragraphs; decimal headings",
        page="""
!m 紫毫县非公党建　|　两新组织党建工作平台
!m 当前位置：首页>>支部风采
{T}
!m 作者：县两新工委　时间：2025-12-04
{BODY}
!l 分享到：　微信好友　|　朋友圈　|　QQ
!d 本网站由紫毫县委两新工委主办，转载请注明来源
""",
        date_also=["2025-12-04"],
        body="""
今年，联合党支部以“笔工党建”为抓手，团结带领十二家制笔企业的党员群众推动产业发展。
1.1 抓组织建设。支部新发展党员两名，建立党员示范岗七个。
1.2 抓产业服务。支部牵头组织企业参加文博会三次，帮助企业签订订单二百余万元。
⟦a 阅读满一分钟可获得学习积分⟧
1.3 抓人才培养。支部组织老党员笔工带徒十八人，其中三人已能独立制笔。
中共紫毫县毛笔产业联合支部委员会
二〇二五年十二月三日
""",
    ),
    dict(
        slug="hospital-guxi-occupational-notice-html",
        site="罟溪县人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.gxrmyy.example.cn/yyxw/tzgg/20250416/6620.html",
        title="关于为纺织织网企业职工开展职业健康检查的通知",
        record_title="关于为纺织织网企业职工开展职业健康检查的通知-罟溪县人民医院",
        date="2025-04-16",
        notes="hospital site with an appointment float and a 24-hour line; the notice's own 体检科 phone beside the site's 预约 line; a table of enterprises; 附件 kept",
        page="""
<html><head><title>关于为纺织织网企业职工开展职业健康检查的通知-罟溪县人民医院</title></head><body>
<div class="logo">⟦m 罟溪县人民医院⟧ ⟦m 二级甲等综合医院⟧</div>
<div class="tel">⟦m 24小时急诊：0591-2260120　预约挂号：0591-2260114⟧</div>
<div class="menu">⟦m 医院概况 · 科室导航 · 专家介绍 · 就医指南 · 新闻公告⟧</div>
<div class="pos">⟦m 位置：首页 - 新闻公告 - 通知公告⟧</div>
<h2>{T}</h2>
<div class="src">⟦m 发布：体检中心　日期：2025-04-16　点击：201⟧</div>
{BODY}
<div class="yuyue">⟦a 在线预约　　科室查询　　报告查询⟧</div>
<div class="foot">⟦m 地址：罟溪县滨河路66号⟧ ⟦m 闽ICP备12033178号⟧</div>
</body></html>
""",
        body="""
各织网企业：
为保护接触粉尘和噪声岗位职工的身体健康，我院将于4月下旬至5月上旬为全县织网企业职工开展职业健康检查。
企业　日期　人数
罟溪绳网厂　4月24日　86
海丰网业　4月28日　52
鑫渔网具　5月6日　37
请各企业提前组织职工空腹到院，携带身份证。
联系电话：0591-2260185（体检科　林医生）。
附件：职业健康检查人员名单表
罟溪县人民医院体检中心
2025年4月16日
""",
    ),
    dict(
        slug="hospital-lanwan-seafarer-clinic-news-text",
        site="缆湾市港口医院 (invented)",
        style="医院官网",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.lwgkyy.example.com/news/2025/08/1188.html",
        title="港口医院走进拖轮公司开展船员义诊",
        record_title="港口医院走进拖轮公司开展船员义诊",
        record_date="2025-08-22",
        date="2025-08-22",
        notes="record date; a hospital news page with the headline repeated in a breadcrumb, a photographer line glued to the last paragraph, a 'related departments' box",
        page="""
!m 缆湾市港口医院　Lanwan Port Hospital
!m 首页 → 医院动态 → 港口医院走进拖轮公司开展船员义诊
{T}
!m 2025-08-22　供稿：医务科　｜　审核：潘月
{BODY}
!l 相关科室：心内科　骨科　体检中心
!l 【上一篇】医院开展消防应急演练　【下一篇】关于调整夜间门诊时间的公告
""",
        body="""
8月21日，港口医院组织心内科、骨科、眼科医生走进缆湾港拖轮公司，为一线船员开展义诊。
医生们为六十余名船员测量血压、血糖，讲解预防腰肌劳损和中暑的知识。
医院还为每艘拖轮配送了一个急救药箱，并培训船员使用。⟦m 摄影：余洋⟧
""",
    ),
    dict(
        slug="university-beilin-museum-news-html",
        site="碑塘师范学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.btnu.example.edu.cn/info/1032/19841.htm",
        title="我校碑林博物馆新增馆藏拓片八十件",
        record_title="我校碑林博物馆新增馆藏拓片八十件-碑塘师范学院新闻网",
        date="2025-11-14",
        notes="university news with a writer/photographer/editor byline, a 'visits' counter loaded by script, a 'previous/next' row, a campus footer with the 邮编",
        page="""
<html><head><title>我校碑林博物馆新增馆藏拓片八十件-碑塘师范学院新闻网</title><script>var hits=0;</script></head><body>
<div class="top">⟦m 碑塘师范学院新闻网⟧ ⟦m 学校主页　English　信息门户⟧</div>
<div class="col">⟦m 首页 > 校园动态⟧</div>
<h1>{T}</h1>
<div class="by">⟦m 文字：何婧　图片：学生记者团　编辑：龚立　发布日期：2025-11-14⟧ ⟦m 访问量：⟧<script>document.write(hits)</script></div>
{BODY}
<div class="pn">⟦l 上一条：我校举办第二届书法教育论坛⟧<br>⟦l 下一条：图书馆开展古籍阅读周活动⟧</div>
<div class="ft">⟦m 碑塘师范学院党委宣传部　地址：碑塘市学府路9号　邮编：628000⟧</div>
</body></html>
""",
        body="""
近日，我校碑林博物馆接收县碑拓研究会捐赠的拓片八十件，其中唐宋碑刻拓片十二件。
这批拓片由研究会会员历经五年拓制，多数碑刻原石已风化严重，拓片具有重要的研究价值。
博物馆将对拓片进行登记、装裱，明年春季举办专题展览，并向书法专业师生开放研究。
""",
    ),
    dict(
        slug="university-shunping-college-speech-text",
        site="榫坪工艺美术学院 (invented)",
        style="高校官网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.spgm.example.edu.cn/xzzc/2025/0910.html",
        title="在2025级新生开学典礼上的讲话",
        record_title="校长寄语 | 在2025级新生开学典礼上的讲话",
        date="2025-09-10",
        notes="speech with the date under the title and the speaker line neutral; a 'back to column' link and a college motto line; decorated title with a column prefix",
        page="""
!m 榫坪工艺美术学院　精工尚艺　匠心育人
!m 学院首页 ／ 校长致辞
!t 校长寄语 | 在2025级新生开学典礼上的讲话
院长　杜明远
2025年9月10日
{BODY}
!l ＜＜返回栏目列表
!m 版权所有 © 榫坪工艺美术学院　ICP备案：桂ICP备10023817号
""",
        body="""
亲爱的同学们：
欢迎你们来到榫坪工艺美术学院！
我们学院的木作专业有四十年历史，榫卯技艺是我们最珍贵的家底。
希望同学们沉下心来，从磨一把刨子、凿一个卯眼学起，把手艺练扎实。
祝大家在这里学有所成！
""",
    ),
    dict(
        slug="localforum-gongling-bridge-repost-junk",
        site="拱岭生活圈 (invented)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="text",
        source="https://bbs.glshq.example.com/t/208814",
        title="关于迎仙桥桥面维修期间临时封闭的通知",
        record_title="【扩散】关于迎仙桥桥面维修期间临时封闭的通知，过路的注意了！",
        date="2025-09-02",
        date_also=["2025-09-03"],
        notes="local forum repost with a poster's aside in the title; junk lines and glued junk; the forum's 发布于 a day later also accepted; ads between floors",
        junk=dict(lines=1, glued=2),
        page="""
!m 拱岭生活圈 › 本地资讯 › 交通出行
!t 【扩散】关于迎仙桥桥面维修期间临时封闭的通知，过路的注意了！
!m 拱岭阿杰　发布于 2025-09-03 07:48　　浏览 3021　回复 27
{BODY}
!w 【广告】拱岭搬家找顺心，电话 138 5120 7734
!l 2楼　路过的猫：收到，谢谢楼主
!l 3楼　老街阿姨：早该修了，桥面坑坑洼洼的
""",
        body="""
广大市民：
迎仙桥为县级文物保护单位，桥面石板松动破损较多，需进行维修。
维修期间，自2025年9月5日至9月25日，迎仙桥全封闭施工，行人请从下游便桥绕行。
施工期间给大家出行带来的不便，敬请谅解。
拱岭县古桥保护所
2025年9月2日
""",
    ),
    dict(
        slug="localforum-zhenyuan-peanut-html-floors",
        site="榛垣论坛 (invented)",
        style="地方论坛",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://www.zhenyuanbbs.example.com/thread-9921-1-1.html",
        title="榛垣镇花生产业发展情况汇报",
        record_title="榛垣镇花生产业发展情况汇报 - 三农话题 - 榛垣论坛",
        date="2025-10-27",
        notes="county forum with floors; the post's 发表于 as the page date; jammer fonts; a hot-thread box; a ghost-writing signature",
        junk=dict(lines=1, glued=1),
        page="""
<html><head><title>榛垣镇花生产业发展情况汇报 - 三农话题 - 榛垣论坛</title></head><body>
<div class="hd">⟦m 榛垣论坛⟧ ⟦m 榛垣人自己的网上家园⟧ ⟦a 登录 | 注册⟧</div>
<div class="crumb">⟦m 榛垣论坛 » 三农话题 » 榛垣镇花生产业发展情况汇报⟧</div>
<table><tr><td class="author">⟦m 村官小李⟧<br>⟦m 帖子 212　积分 1733⟧</td>
<td><div class="h">⟦m 发表于 2025-10-27 15:20⟧ ⟦m 1#⟧</div>
<h1>{T}</h1>
<div class="msg">
{BODY}
</div>
<div class="sig">⟦w 村里写材料的可以找我交流，v：cunguan_li⟧</div></td></tr>
<tr><td>⟦m 花生哥⟧</td><td>⟦m 发表于 2025-10-27 18:02⟧ ⟦l 今年价格确实比去年好⟧</td></tr></table>
<div class="hot"><b>⟦l 热帖⟧</b> ⟦l 榛垣大集改到周六了？⟧ ⟦l 出租镇上门面一间⟧</div>
</body></html>
""",
        body="""
今年全镇花生种植面积三万二千亩，平均亩产三百六十公斤，总产量约一万一千吨。
全镇建成花生标准化种植基地五个，榛垣花生专业合作社带动农户一千三百户。
镇里新建的花生油压榨厂已经试产，每天可加工花生二十吨，解决了卖难问题。
下一步，镇里将申报花生地理标志产品，打响榛垣花生品牌。
""",
    ),
    dict(
        slug="download-lanwan-tug-rules-old-station",
        site="缆湾资料下载站 (invented)",
        style="资料下载站",
        genre="制度",
        kind="rules",
        form="html",
        source="http://down.lwzl.example.net/soft/20831.html",
        title="拖轮靠离泊作业安全操作规程",
        record_title="拖轮靠离泊作业安全操作规程 免费下载",
        date=None,
        notes="old ASP download station: file-info lines (size, language, update time — no date), mirror links, an unzip password, a dead-link report; rules numbered 1 2 3",
        page="""
<html><head><title>拖轮靠离泊作业安全操作规程 免费下载_缆湾资料下载站</title></head><body>
<table width="980"><tr><td>⟦m 缆湾资料下载站⟧</td><td>⟦m 首页 | 文档下载 | 表格下载 | 软件下载⟧</td></tr></table>
<table><tr><td>⟦m 资料大小：38 KB⟧</td><td>⟦m 资料语言：简体中文⟧</td></tr>
<tr><td>⟦m 更新时间：2025-02-17⟧</td><td>⟦m 资料等级：★★★⟧</td></tr></table>
<h3>{T}</h3>
<b>⟦m 资料简介：⟧</b>
{BODY}
<div>⟦a 下载地址：电信下载　联通下载　备用下载⟧</div>
<div>⟦a 解压密码：www.lwzl.example.net⟧</div>
<div>⟦l 下载地址失效？点此报告⟧</div>
<div>⟦d 本站所有资料均来自互联网，仅供学习交流，请于下载后24小时内删除⟧</div>
</body></html>
""",
        body="""
1. 拖轮接到调度指令后，船长应当核实被协助船舶的船名、吃水、泊位和作业要求。
2. 带缆前，拖轮与被协助船舶应当建立甚高频通信，明确联络频道和作业口令。
3. 作业中，水手应当站在缆绳受力方向以外的安全位置，严禁跨越受力缆绳。
4. 遇能见度不良或风力超过七级时，船长应当报告调度，暂停作业。
""",
    ),
    dict(
        slug="download-guxi-net-plan-text-wrapped",
        site="罟溪文档下载网 (invented)",
        style="资料下载站",
        genre="应急预案",
        kind="plan",
        form="text",
        source="https://www.gxwdxz.example.com/yjya/5112.html",
        title="织网车间火灾事故现场处置方案",
        record_title="织网车间火灾事故现场处置方案.wps",
        date=None,
        notes="file-name title (.wps); hard-wrapped at 56 columns without an indent; download info lines; no date (a crawl stamp)",
        wrap=56,
        page="""
!m 罟溪文档下载网 - 应急预案频道
!t 织网车间火灾事故现场处置方案.wps
!m 格式：WPS　页数：2　收录时间：2025-06-08
{BODY}
!a [ 点击下载 ]　[ 加入下载篮 ]
!l 同类推荐：仓库火灾应急预案 / 有限空间作业处置方案
""",
        body="""
一、事故特征。织网车间堆放尼龙丝、网片等易燃物品，一旦起火燃烧速度快，并产生有毒烟气。
二、应急组织。车间主任为现场处置负责人，班组长负责组织人员疏散，安全员负责报警和切断电源。
三、处置措施。发现火情后立即呼喊报警并拨打119，在确保安全的前提下使用灭火器扑救初期火灾。
四、注意事项。扑救人员应站在上风方向，火势无法控制时立即撤离，严禁进入浓烟区域。
""",
    ),
    dict(
        slug="exam-beitang-museum-recruit-notice-html",
        site="碑塘市人事考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.btrsks.example.gov.cn/ksxx/2025/0603/412.html",
        title="碑塘市碑林博物馆2025年公开招聘讲解员面试公告",
        record_title="碑塘市碑林博物馆2025年公开招聘讲解员面试公告",
        date="2025-06-03",
        notes="exam portal: a table of candidates, the notice's own 政策咨询 phone beside the site's technical support line, sentences about 下载打印 the 面试通知书 kept",
        page="""
<html><head><title>碑塘市人事考试网</title></head><body>
<div class="top">⟦m 碑塘市人事考试网⟧ ⟦a 考生登录⟧ ⟦a 成绩查询⟧</div>
<div class="nav">⟦m 首页　考试信息　报名入口　考务公告　政策法规⟧</div>
<h2>{T}</h2>
<div class="pub">⟦m 信息来源：市人社局　发布日期：2025-06-03⟧</div>
{BODY}
<div class="tip">⟦a 【打印】 【关闭】⟧</div>
<div class="ft">⟦m 技术支持电话：0831-2255300（工作日）⟧ ⟦m 主办单位：碑塘市人事考试中心⟧</div>
</body></html>
""",
        body="""
根据笔试成绩，现将进入面试的人员名单及有关事项公告如下。
准考证号　姓名　笔试成绩
2501010203　严小茜　78.5
2501010117　卢昊　76.0
面试时间为2025年6月14日上午8时，地点为市碑林博物馆学术报告厅。
请进入面试人员于6月10日后登录本网站下载打印面试通知书，凭通知书和身份证参加面试。
政策咨询电话：0831-2261478。
碑塘市碑林博物馆
2025年6月3日
""",
    ),
    dict(
        slug="exam-zhongbu-technician-skill-text",
        site="钟埠县职业技能鉴定网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://jnjd.zhongbu.example.gov.cn/tz/2025/0415.html",
        title="关于组织钟表维修工职业技能等级认定的通知",
        record_title=None,
        date="2025-04-15",
        notes="no record title: the title found after a breadcrumb; page markers none; the notice's own registration phone and e-mail kept; a 考生服务 QR prompt at the end",
        page="""
!m 钟埠县职业技能鉴定网
!m 首页 >> 鉴定公告
{T}
!m 发布者：鉴定所　发布时间：2025-04-15
{BODY}
!a 扫码进入考生服务小程序，查询认定结果
!m 鉴定所地址：钟埠县人民路120号三楼
""",
        body="""
各有关单位、个人：
经研究，定于5月中旬组织钟表维修工初级、中级职业技能等级认定，现将有关事项通知如下。
一、报名时间：4月20日至5月5日。
二、报名方式：填写报名表后发送至jnjd_zb@example.cn，或到鉴定所现场报名。
三、报名电话：0737-6633512。
钟埠县职业技能鉴定所
2025年4月15日
""",
    ),
]

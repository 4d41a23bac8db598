"""holdout180, part E: seat cushions (坐垫) — invented sites, counties (舫川, 艋口, 舴湖, 艄原 …), people and chrome wording."""

CASES = [
    dict(
        slug="anthology-laoge-memoir-cushion-oldtable",
        site="葛老汉的个人网站 (invented)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="html",
        source="http://www.gelaohan.example.net/wenji/show.asp?id=97",
        title="车站候车室的棉坐垫",
        record_title="《艋口旧事集》第九篇｜车站候车室的棉坐垫",
        date=None,
        notes="old gb2312 table layout of a retired station master's personal site: visit counter, marquee, prev/next; a memoir with only years; no date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>《艋口旧事集》第九篇｜车站候车室的棉坐垫</title></head>
<body background="/img/bg.gif">
<table width="800" align="center"><tr><td><marquee scrollamount="3">⟦m 欢迎来到葛老汉的个人网站 —— 老站长的回忆录⟧</marquee></td></tr></table>
<table width="800" align="center"><tr><td>⟦m 首页 | 艋口旧事集 | 老照片 | 留言板⟧</td></tr></table>
<table width="800" align="center"><tr><td align="center"><font size="5">⟦t 车站候车室的棉坐垫⟧</font></td></tr>
<tr><td align="center">⟦m 作者：葛长庚　发表：本站原创　阅读：1207⟧</td></tr>
<tr><td>
{BODY}
</td></tr>
<tr><td>⟦l 上一篇：绿皮车上的茶炉⟧　⟦l 下一篇：站台上的信号灯⟧</td></tr></table>
<table width="800" align="center"><tr><td align="center">⟦m 本站访问量：0031852⟧ ⟦d 版权所有 葛长庚 转载请注明⟧</td></tr></table>
</body></html>
""",
        body="""
一九八二年冬天，我调到艋口小站当站长。那时候候车室的长条木椅冰凉，老乡们坐一会儿就直跺脚。
站里的几个女职工商量着，用旧棉袄拆出的棉花缝了二十多个棉坐垫，每天早上铺在木椅上，晚上收回值班室烘干。
有位赶早车去县城卖鸡蛋的大娘说，坐在这垫子上，心里都是热乎的。
后来候车室装了暖气，换了塑料座椅，棉坐垫就慢慢不用了。我退休时把最后一个带回了家，到现在还放在我的藤椅上。
""",
    ),
    dict(
        slug="dangjian-zhanghu-summary-cushion-volunteer",
        site="舴湖市直机关党建网 (invented)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://jgdj.zhanghu.example.gov.cn/dwgz/2025/0108/774.html",
        title="市直机关工委“暖心坐垫进社区”志愿服务活动总结",
        record_title="【党建引领】市直机关工委“暖心坐垫进社区”志愿服务活动总结",
        date="2025-01-08",
        notes="Party-building text page: study-points line; a data table; 成文日期 under the signature; share row",
        page="""
!m 舴湖市直机关党建网　|　学习 · 实践 · 担当
!m 首页 ＞ 党建工作 ＞ 志愿服务
!t 【党建引领】市直机关工委“暖心坐垫进社区”志愿服务活动总结
!m 来源：市直机关工委　发布时间：2025-01-09
!a 阅读本文得 0.5 学习分
{BODY}
!l 分享：朋友圈 | 微博 | 复制链接
!m 中共舴湖市直属机关工作委员会　版权所有
""",
        date_also=["2025-01-09"],
        body="""
2024年冬季，市直机关工委组织各机关党组织开展“暖心坐垫进社区”志愿服务活动，为老旧小区、公交站亭和公园长椅送去手工坐垫。
活动期间，二十六个机关党支部、五百余名党员参与，共缝制和发放坐垫情况如下：
类别　数量（个）　发放点位
棉坐垫　1860　老旧小区楼道休息点
防水坐垫　740　公交站亭
毛线坐垫　420　公园长椅
活动得到了群众的好评，也让党员干部在服务中增进了与群众的感情。
下一步，工委将把此项活动作为常态化志愿服务项目持续开展。
中共舴湖市直属机关工作委员会
2025年1月8日
""",
    ),
    dict(
        slug="hospital-aiyuan-article-cushion-pressure",
        site="艄原县中医院 (invented)",
        style="医院官网",
        genre="科普",
        kind="other",
        form="text",
        source="https://www.aiyuanzyy.example.com/kepu/2025/0302.html",
        title="久坐族如何选坐垫？康复科医生给您支招",
        record_title="【健康科普】久坐族如何选坐垫？康复科医生给您支招",
        date="2025-03-02",
        notes="hospital text page: booking prompts; the department's 咨询电话 in the body beside the hospital's 预约挂号 line; numbered list; 发布日期 byline",
        page="""
!m 艄原县中医院 · 健康科普
!t 久坐族如何选坐垫？康复科医生给您支招
!m 发布日期：2025-03-02　作者：康复科 褚明亮　阅读：906
{BODY}
!m 预约挂号：0578-33612345（7:30-17:30）
!a 微信搜“艄原中医”预约挂号，免排队
!l 相关科普：腰椎间盘突出的日常保养 ｜ 颈椎病的家庭锻炼
""",
        body="""
长时间坐着工作，不少人会出现腰酸、尾骨疼痛、臀部麻木等问题，选一个合适的坐垫可以起到一定的缓解作用。
选购坐垫可以参考以下几点：
1. 软硬适中：太软容易塌陷，腰椎得不到支撑；太硬则压迫臀部。
2. 有尾骨缺口：尾骨疼痛的人可以选择后部带U形缺口的坐垫，减少尾骨受压。
3. 透气性好：夏季选择透气网面或凝胶坐垫，防止久坐出汗。
需要提醒的是，坐垫只是辅助，每坐四十五分钟左右就要起身活动五分钟。
如疼痛持续不缓解，可到我院康复科就诊。康复科咨询电话：0578-33618020
""",
    ),
    dict(
        slug="university-geyang-news-library-cushion-html",
        site="舸阳师范学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.gysfxy.example.edu.cn/info/1003/8812.htm",
        title="图书馆为自习区配备可回收坐垫",
        record_title="图书馆为自习区配备可回收坐垫-舸阳师范学院新闻网",
        date="2025-11-12",
        notes="HTML university news: 发布时间 byline; photo caption between paragraphs; reviewer line glued after the last sentence; prev/next",
        page="""
<html><head><meta charset="utf-8"><title>图书馆为自习区配备可回收坐垫-舸阳师范学院新闻网</title></head>
<body>
<div class="header">⟦m 舸阳师范学院新闻网⟧ ⟦m 学校主页 | 校园网 | 信息门户⟧</div>
<div class="nav">⟦m 首页　综合新闻　教学科研　校园文化　媒体舸师⟧</div>
<div class="path">⟦m 当前位置: 首页 > 综合新闻 > 正文⟧</div>
<h1>⟦t 图书馆为自习区配备可回收坐垫⟧</h1>
<div class="info">⟦m 发布时间：2025-11-12　文：图书馆 王嘉欣　图：学生记者团　浏览：[ 861 ]⟧</div>
<div class="v_news_content">
{BODY}
</div>
<div class="prevnext">⟦l 上一条：我校举办第十届读书节开幕式⟧<br>⟦l 下一条：学校召开冬季校园安全工作会⟧</div>
<div class="foot">⟦d Copyright© 舸阳师范学院 党委宣传部⟧ ⟦m 地址：舸阳市师院路1号⟧</div>
</body></html>
""",
        body="""
入冬以来，不少同学反映图书馆自习区的硬木座椅坐久了又冷又硌。近日，图书馆在三楼和四楼自习区配备了三百个坐垫，供同学们免费取用。
这批坐垫由学校后勤集团用回收的旧窗帘面料和海绵缝制而成，每个坐垫都缝有编号，离馆前放回坐垫架即可。
⟦m 同学们在自习区使用新配备的坐垫⟧
图书馆馆长邱文涛介绍，坐垫每周统一拆洗消毒一次，图书馆学生志愿者负责每天清点整理。
不少同学表示，坐垫虽小，体现的是学校对学生的关心。⟦m （审核：邱文涛）⟧
""",
    ),
    dict(
        slug="localforum-fangchuan-thread-bus-cushion-junk",
        site="舫川论坛 (invented)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="https://bbs.fangchuan.example.com/thread-51209-1-1.html",
        title="建议公交站的铁座椅加个坐垫，冬天实在太冰了",
        record_title="[民生建议] 建议公交站的铁座椅加个坐垫，冬天实在太冰了 - 舫川论坛",
        date=None,
        notes="county forum text page with junk lines and glued junk; floor meta with 发表于 relative time; an official reply quoted? no: reply box and rules; no date",
        junk=dict(lines=2, glued=1),
        page="""
!m 舫川论坛 » 民生直通车 » 帖子详情
!t [民生建议] 建议公交站的铁座椅加个坐垫，冬天实在太冰了
!m 楼主：北门老张　发表于 前天 07:48　|　浏览 2713
{BODY}
!l 本帖已被版主推荐至“民生直通车”精华区
!l 收藏(18)　分享　举报
!a 游客请先登录再回复，或使用微信扫码一键登录
""",
        body="""
每天早上在北门公交站等车，不锈钢座椅冰得根本坐不住，老人只能站着等。
隔壁县的公交站给座椅加了防水坐垫，有的还是志愿者织的，看着就暖和。
建议公交公司或者社区考虑一下，给站台座椅加上坐垫，定期更换清洗。
如果大家觉得有道理，请帮忙顶一下，让相关部门看到。
""",
    ),
    dict(
        slug="download-ziyuan-standard-note-cushion",
        site="资源宝下载站 (invented)",
        style="资料下载站",
        genre="说明",
        kind="other",
        form="text",
        source="http://www.ziyuanbao.example.com/down/41177.html",
        title="《记忆棉坐垫》团体标准编制说明",
        record_title="《记忆棉坐垫》团体标准编制说明.pdf",
        date=None,
        notes="download station text page: file-info lines, three download lines, 下载出错 report, decimal headings; no date",
        page="""
!m 资源宝下载站 - 免费资料下载
!m 当前位置：首页 ＞ 标准规范 ＞ 团体标准
!t 《记忆棉坐垫》团体标准编制说明
!m 资料大小：512KB　|　资料类型：PDF　|　更新：2025-08-19　|　下载：436次
!m 资料介绍：
{BODY}
!a 高速下载地址1（推荐）
!a 普通下载地址2
!a 备用下载地址3
!a 无法下载？点这里反馈
!d 声明：本站所有资料仅供学习研究，请于下载后24小时内删除。
""",
        body="""
1 任务来源
本标准由舴湖市家居用品行业协会提出并归口，列入协会2025年团体标准制定计划。
2 编制原则
2.1 坚持与现行国家标准协调一致，不低于强制性标准要求。
2.2 突出记忆棉坐垫回弹时间、甲醛释放量和阻燃性能等关键指标。
3 主要技术内容
本标准规定了记忆棉坐垫的分类、要求、试验方法、检验规则以及标志、包装、运输和贮存。
4 征求意见情况
标准征求意见稿共发出二十三份，收回意见四十一条，采纳三十二条。
""",
    ),
    dict(
        slug="rsks-zhanghu-notice-interview-html",
        site="舴湖市人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://www.zhrsks.example.gov.cn/kwgg/2025/1103/5520.html",
        title="舴湖市2025年下半年事业单位公开招聘面试有关事项的公告",
        record_title="舴湖市2025年下半年事业单位公开招聘面试有关事项的公告",
        date="2025-11-03",
        record_date="2025-11-03",
        notes="HTML personnel-exam site with a maintenance banner; the exam centre's 咨询电话 beside the site's technical line; schedule table; sentence about 打印 准考证 and 扫码 as content",
        page="""
<html><head><meta charset="utf-8"><title>舴湖市2025年下半年事业单位公开招聘面试有关事项的公告</title></head>
<body>
<div class="notice-bar">⟦d 系统维护公告：本网站将于每周日 0:00-6:00 进行维护，届时暂停访问⟧</div>
<div class="hd">⟦m 舴湖市人事考试网⟧ ⟦a 考生登录　机构登录⟧</div>
<div class="nav">⟦m 首页 | 考试公告 | 报名入口 | 成绩查询 | 政策法规⟧</div>
<h2>⟦t 舴湖市2025年下半年事业单位公开招聘面试有关事项的公告⟧</h2>
<div class="date">⟦m 发布时间：2025-11-03　来源：市人事考试中心⟧</div>
<div class="art">
{BODY}
</div>
<div class="ft">⟦m 技术支持电话：0576-88126600⟧ ⟦m 浙ICP备08017701号⟧</div>
</body></html>
""",
        body="""
一、面试时间和地点
面试类别　时间　地点
结构化面试　11月15日　市人事考试中心面试基地
试讲　11月16日　舴湖第二中学
二、考生须于11月12日至14日登录本网站打印面试通知书，并携带本人有效身份证件按时报到。
三、候考期间，考生不得携带手机等通讯工具，候考室提供饮用水和坐垫。
四、考生进入考点须扫码登记，服从工作人员管理。
咨询电话：0576-88125102
舴湖市人事考试中心
2025年11月3日
""",
    ),
    dict(
        slug="tender-aiyuan-bid-cushions-bus",
        site="艄原县政府采购网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.aiyuan-cg.example.gov.cn/cggg/2025/1020/7715.html",
        title="艄原县公交公司公交车座椅坐垫更换项目询价公告",
        record_title="【采购公告】艄原县公交公司公交车座椅坐垫更换项目询价公告",
        date="2025-10-20",
        notes="procurement text page: CA hotline beside purchaser and agency contacts; lot table; sentence about 下载 询价文件 as content; countdown",
        page="""
!m 艄原县政府采购网　阳光采购 · 公平交易
!m 首页 / 采购公告 / 询价公告
!t 【采购公告】艄原县公交公司公交车座椅坐垫更换项目询价公告
!m 发布时间：2025-10-20　截止时间倒计时：9天 06时 12分
{BODY}
!m 数字证书（CA）办理咨询：400-600-1212
!l 上一条：县第一中学课桌椅采购询价公告　　下一条：县档案馆密集架采购结果公告
""",
        body="""
一、项目名称：艄原县公交公司公交车座椅坐垫更换项目
二、采购预算：人民币十八万元
三、采购内容：
序号　品名　数量　技术要求
1　阻燃座椅坐垫　1200个　符合汽车内饰材料阻燃标准
2　驾驶员座椅靠垫　80个　透气、可拆洗
四、供应商须于10月21日至27日登录本网站下载询价文件，逾期不予受理。
五、联系方式
采购人：艄原县公共交通有限公司　联系人：秦海　电话：0578-33501276
代理机构：艄原县政府采购服务中心　联系人：邬佳　电话：0578-33507790
""",
    ),
    dict(
        slug="lawfirm-zhengxin-case-cushion-recall-html",
        site="正信律师事务所 (invented)",
        style="律所网站",
        genre="案例",
        kind="other",
        form="html",
        source="https://www.zhengxinlaw.example.com/case/2025/0611.html",
        title="网购加热坐垫起火致损，消费者能否主张惩罚性赔偿？",
        record_title="法律讲堂丨网购加热坐垫起火致损，消费者能否主张惩罚性赔偿？",
        date="2025-06-11",
        notes="HTML law firm: consult line float, disclaimer, recommended reading; 发布日期 byline",
        page="""
<html><head><meta charset="utf-8"><title>法律讲堂丨网购加热坐垫起火致损，消费者能否主张惩罚性赔偿？</title></head>
<body>
<div class="top">⟦m 正信律师事务所 — 专业 · 诚信 · 高效⟧</div>
<div class="nav">⟦m 首页　律所简介　专业领域　律师团队　法律讲堂　联系我们⟧</div>
<h1>⟦t 网购加热坐垫起火致损，消费者能否主张惩罚性赔偿？⟧</h1>
<div class="meta">⟦m 发布日期：2025-06-11　作者：正信律师事务所 钱晓岚律师⟧</div>
<div class="article">
{BODY}
</div>
<div class="tip">⟦d 以上内容仅供参考，具体问题请结合案件事实咨询执业律师⟧</div>
<div class="float">⟦w 遇到消费纠纷？拨打 0576-88909090 预约律师面谈⟧</div>
<div class="rec"><h4>⟦l 推荐阅读⟧</h4><p>⟦l 电动车充电起火，物业有没有责任？⟧</p></div>
</body></html>
""",
        body="""
去年冬天，舫川县的李女士在网上购买了一款USB加热坐垫，使用一周后坐垫突然冒烟起火，烧坏了家中的沙发。
经鉴定，该坐垫的温控元件不符合国家标准，属于不合格产品。李女士起诉商家，要求赔偿沙发损失并主张三倍惩罚性赔偿。
法院审理认为，商家明知产品缺乏质量合格证明仍然销售，构成欺诈，判决商家赔偿沙发损失并支付价款三倍的赔偿金。
律师提醒，购买电热类产品要认准3C认证标志，保存好购物凭证，一旦发生损害可依法维权。
""",
    ),
    dict(
        slug="community-zhuling-notice-cushion-weaving-html",
        site="舳岭县桂香社区 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.guixiang-sq.example.com/tzgg/20251105.html",
        title="关于组织老年居民编织爱心坐垫的通知",
        record_title="关于组织老年居民编织爱心坐垫的通知",
        date="2025-11-05",
        notes="HTML residents' site: weather widget, grid-worker box, a community phone in the body beside a property hotline in the sidebar; a sentence about 扫码 报名 as content",
        page="""
<html><head><meta charset="utf-8"><title>关于组织老年居民编织爱心坐垫的通知 - 桂香社区</title></head>
<body>
<div class="top">⟦m 舳岭县桂香社区 · 共建共治共享⟧ <span>⟦m 今天 晴 8℃~17℃ 东北风2级⟧</span></div>
<div class="nav">⟦m 社区首页 | 社区公告 | 党建园地 | 便民服务 | 居民议事⟧</div>
<h2>⟦t 关于组织老年居民编织爱心坐垫的通知⟧</h2>
<div class="info">⟦m 发布单位：桂香社区居委会　日期：2025-11-05　阅读数：187⟧</div>
<div class="cont">
{BODY}
</div>
<div class="side"><div class="grid">⟦m 您的网格员：邵春花　电话：139-0576-2218⟧</div><div>⟦m 物业服务热线：0576-89552266⟧</div></div>
<div class="ft">⟦d 桂香社区居民委员会　版权所有⟧</div>
</body></html>
""",
        body="""
各位居民：
为迎接冬季，社区将组织老年居民编织爱心坐垫，送给辖区环卫工人休息点和公交站亭。
时间：11月10日起每周一、三、五下午2点
地点：社区老年活动室
社区免费提供毛线和钩针，欢迎会编织的居民参加，也欢迎年轻人来学。
有意参加者可扫描社区公告栏上的二维码报名，或拨打社区电话0576-89550113。
桂香社区居民委员会
2025年11月5日
""",
    ),
]

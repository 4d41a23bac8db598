"""holdout43, part B: Party-building, hospital, university, local forum, download, exam,
tender, law-firm, community, association, corporate and training pages around a tide-gauge
station, a yurt herders' co-op, a salt lake and others. Invented text."""

CASES = [
    dict(
        slug="dangjian-chaobu-tide-branch-lecture-html",
        site="潮埠先锋网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.chaobuxianfeng.example.gov.cn/dk/2025/0701/90.html",
        title="守好潮位数据 当好海洋哨兵——在验潮站党支部七一党课上的讲稿",
        record_title="【微党课】守好潮位数据 当好海洋哨兵——在验潮站党支部七一党课上的讲稿",
        date="2025-07-01",
        notes="Party-building HTML: decorated title; date under title; speaker line neutral; study-points float, a 'join the study' button glued before the first sentence; related lectures",
        page="""
<html><head><meta charset="utf-8"><title>守好潮位数据 当好海洋哨兵-潮埠先锋网</title></head><body>
<div class="float">⟦a 学习积分 +2 ⟧ ⟦a 签到⟧</div>
<div class="banner">⟦m 潮埠先锋网　不忘初心 向海而兴⟧</div>
<div class="menu">⟦l 首页 ｜ 党建动态 ｜ 微党课 ｜ 先锋风采 ｜ 在线学习⟧</div>
<div class="loc">⟦m 当前位置：首页 / 微党课⟧</div>
<h2>⟦t 【微党课】守好潮位数据 当好海洋哨兵——在验潮站党支部七一党课上的讲稿⟧</h2>
<p class="author">潮埠验潮站党支部书记　葛海平</p>
<p class="d">（2025年7月1日）</p>
{BODY}
<div class="rel"><h4>⟦l 更多微党课⟧</h4><ul><li>⟦l 灯塔下的初心⟧</li><li>⟦l 一名老观测员的入党故事⟧</li></ul></div>
<div class="ft">⟦m 中共潮埠县委组织部主办⟧ ⟦m 琼ICP备20001177号⟧</div>
</body></html>
""",
        body="""
同志们：
⟦a 【点击加入学习】⟧验潮站的工作，说起来简单，就是每天把潮水涨落记准确。
可就是这一个个数字，是海堤设计、港口建设和风暴潮预警的依据，容不得半点马虎。
去年台风过境那一夜，我们的党员全部守在井房，保证了数据一分钟都没有中断。
今天是党的生日，希望每名党员都把这份责任扛在肩上，当好海洋的哨兵。
""",
    ),
    dict(
        slug="hospital-xunwan-fishbone-clinic-notice",
        site="鲟湾县人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.xwxrmyy.example.com/news/notice/2025-0410.html",
        title="关于开设水产从业人员职业健康门诊的通知",
        record_title="关于开设水产从业人员职业健康门诊的通知_通知公告_鲟湾县人民医院",
        date="2025-04-10",
        notes="hospital site: column_site title suffix; booking hotline in the footer beside the document's own 咨询电话; a 'scan to book' sentence kept as content; a WeChat follow line",
        page="""
!m 鲟湾县人民医院　二级甲等综合医院
!l 首页　医院概况　科室导航　专家介绍　就医指南　党建园地
!m 位置：首页 > 新闻中心 > 通知公告
!t 关于开设水产从业人员职业健康门诊的通知
!m 发布者：院办　发布时间：2025-04-10　浏览量：377
{BODY}
!l 上一条：五一假期门诊安排　　下一条：护士节表彰名单公示
!m 预约挂号：0834-12320转6　急诊：0834-5512120
!m 关注医院微信公众号“鲟湾县医”，预约更方便
!m 医院地址：鲟湾县江滨路8号
""",
        body="""
为方便鲟鱼繁育、水产养殖等从业人员开展职业健康检查，我院自4月15日起开设职业健康门诊。
门诊设在门诊楼三楼，每周二、周四上午接诊，提供听力、皮肤和呼吸系统等项目检查。
用人单位可组织职工集体预约，个人就诊可扫描门诊楼入口的二维码预约。
咨询电话：0834-5518036（体检中心）
鲟湾县人民医院
2025年4月10日
""",
    ),
    dict(
        slug="university-haiyang-glacier-fieldtrip-html",
        site="北陲大学地理科学学院 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://geo.beichui-u.example.edu.cn/info/1092/5531.htm",
        title="关于组织2025年冰岙冰川野外实习的通知",
        record_title="关于组织2025年冰岙冰川野外实习的通知-北陲大学地理科学学院",
        date="2025-06-20",
        notes="university HTML: site suffix title; a table of groups one row a paragraph; the document's own e-mail kept; 附件 list kept; 'click count' script; footer",
        page="""
<html><head><meta charset="utf-8"><title>关于组织2025年冰岙冰川野外实习的通知-北陲大学地理科学学院</title>
<script src="/system/resource/js/counter.js"></script></head><body>
<div class="top">⟦m 北陲大学地理科学学院⟧ ⟦l 学院首页⟧ ⟦l 本科教学⟧ ⟦l 研究生教育⟧ ⟦l 学生工作⟧</div>
<div class="position">⟦m 当前位置: 首页 >> 本科教学 >> 教学通知 >> 正文⟧</div>
<h1>⟦t 关于组织2025年冰岙冰川野外实习的通知⟧</h1>
<div class="sub">⟦m 作者：教务办　　时间：2025-06-20　　点击数：<span>⟧⟦m 486⟧</span></div>
<div class="v_news_content">
{BODY}
</div>
<div class="next">⟦l 上一篇：2025届毕业论文归档要求⟧<br>⟦l 下一篇：暑期学校选课通知⟧</div>
<div class="foot">⟦m 版权所有©北陲大学地理科学学院　地址：北陲市学府路99号⟧</div>
</body></html>
""",
        body="""
各班级：
根据教学计划，学院定于7月8日至7月20日组织2023级学生赴冰岙冰川观测站开展野外实习。
实习分组安排如下：
组别　人数　带队教师
第一组　24人　田野
第二组　23人　何立春
学生须于7月1日前完成体检并提交安全承诺书，患有心肺疾病的学生不得参加高海拔实习。
联系邮箱：geo_sx@beichui-u.example.edu.cn
附件：1.野外实习安全承诺书
2.实习装备清单
地理科学学院
2025年6月20日
""",
    ),
    dict(
        slug="localforum-puchuan-vineyard-spraying-notice",
        site="葡川生活圈 (invented)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.puchuanq.example.com/forum.php?mod=viewthread&tid=20991",
        title="关于葡萄园集中喷药期间注意事项的告知书",
        record_title="【扩散】关于葡萄园集中喷药期间注意事项的告知书，养蜂的注意了",
        date="2025-05-08",
        date_also=["2025-05-09"],
        notes="local forum: decorated title with hook; junk glued and on lines; a poster's aside kept out of body as chrome list; relative reply times are no dates; signature date expected, post time also accepted",
        junk=dict(lines=1, glued=2),
        page="""
!m 葡川生活圈 - 葡川人自己的论坛
!m 葡川生活圈 » 葡川杂谈 » 村镇消息
!t 【扩散】关于葡萄园集中喷药期间注意事项的告知书，养蜂的注意了
!m 楼主 沙湾老王　发布于 2025-05-09 07:41
!l 村里刚贴的，拍下来打成字了，大家转告一下
{BODY}
!l 2#　小蜜蜂家　2小时前　谢谢楼主，我家蜂箱得搬
!l 3#　葡萄哥　1小时前　今年比去年早了几天
!a 快速回复　高级模式　发表回复
!m 葡川生活圈　客服微信 pcshq01
""",
        body="""
各位村民：
根据病虫害防治安排，沙枣湾葡萄种植合作社定于5月12日至5月16日对全部葡萄园集中喷施防治药剂。
喷药期间，请养蜂户将蜂箱移至距葡萄园三公里以外，或关闭巢门。请村民不要在园区内放牧牛羊，不要采食园边野菜。
喷药结束七日后方可进入园区作业，具体时间以合作社通知为准。
沙枣湾葡萄种植合作社
2025年5月8日
""",
    ),
    dict(
        slug="download-xiazai88-saltlake-rules-oldtable",
        site="下载吧资料站 (invented)",
        style="资料下载站",
        genre="制度",
        kind="rules",
        form="html",
        source="http://www.xzb-ziliao.example.com/soft/23318.html",
        title="卤泊盐湖卤水采区安全管理规定",
        record_title="卤泊盐湖卤水采区安全管理规定.doc下载",
        date=None,
        notes="old table layout of a download station: file-info lines, mirror links, unzip password; decorated title; no date (upload and update stamps are no dates); articles speak of 打印/复制 as content",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>卤泊盐湖卤水采区安全管理规定.doc下载_下载吧资料站</title></head>
<body><table width="960" border="0" cellpadding="0"><tr><td>⟦m 下载吧资料站　www.xzb-ziliao.example.com⟧</td><td>⟦a 设为首页⟧ ⟦a 加入收藏⟧</td></tr>
<tr><td colspan="2">⟦l 首页 | 公文资料 | 规章制度 | 合同范本 | 表格下载⟧</td></tr>
<tr><td colspan="2">⟦m 您的位置：下载吧 → 规章制度 → 安全生产⟧</td></tr>
<tr><td>
<table><tr><td>⟦t 卤泊盐湖卤水采区安全管理规定.doc⟧</td></tr>
<tr><td>⟦m 资料大小：46KB　资料语言：简体中文　更新时间：2024-11-02⟧</td></tr>
<tr><td>⟦m 授权方式：免费　下载次数：1033⟧</td></tr>
<tr><td>⟦m 资料简介：⟧</td></tr></table>
{BODY}
<table><tr><td>⟦a 下载地址：⟧ ⟦a 电信下载⟧ ⟦a 联通下载⟧ ⟦a 备用下载⟧</td></tr>
<tr><td>⟦a 解压密码：www.xzb-ziliao.example.com⟧</td></tr>
<tr><td>⟦a 报告错误链接⟧</td></tr></table>
</td></tr>
<tr><td colspan="2">⟦d 本站资料均来源于网络，仅供学习研究使用，请于下载后24小时内删除⟧</td></tr></table>
</body></html>
""",
        body="""
第一条　为加强卤水采区安全管理，防止人员落水和设备事故，制定本规定。
第二条　进入采区的人员必须穿戴救生衣，两人以上同行，严禁单人进入卤水池边作业。
第三条　采卤船作业前，操作人员应检查船体和泵机，并填写作业记录表。作业记录表可从公司内网下载打印，不得复制他人记录。
第四条　遇六级以上大风或沙尘天气，采区停止一切水上作业。
第五条　本规定由采区安全办公室负责解释，自发布之日起施行。
""",
    ),
    dict(
        slug="exam-zhanchuan-rangers-interview-notice",
        site="毡川县人事考试信息网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://rsks.zhanchuan.example.gov.cn/ksgg/2025/0605/77.html",
        title="2025年毡川县草原管护员招聘面试公告",
        record_title="【面试公告】2025年毡川县草原管护员招聘面试公告",
        date="2025-06-05",
        notes="exam site: decorated title; an interview timetable; the document's own 咨询电话 beside the site's technical support line; sentence about downloading and printing the interview notice kept",
        page="""
!m 毡川县人事考试信息网
!m 首页 > 考试公告 > 事业单位
!t 【面试公告】2025年毡川县草原管护员招聘面试公告
!m 发布日期：2025-06-05　阅读：2931
!a 【打印】【关闭】
{BODY}
!m 网站技术支持：0901-3368800（工作日）
!d 本网站所有考试信息以正式公告为准。
!l 相关公告：笔试成绩公布 | 资格复审名单
""",
        body="""
根据招聘工作安排，现将2025年毡川县草原管护员招聘面试有关事项公告如下。
一、面试时间和地点
日期　时间　地点
6月14日　上午8:30　县职业技术学校
6月15日　上午8:30　县职业技术学校
二、考生须于6月12日起登录本网站下载打印面试通知书，凭面试通知书和身份证参加面试。
三、面试采取结构化面试方式，满分100分，合格分数线为60分。
咨询电话：0901-3363321（县人社局事业单位管理股）
毡川县人力资源和社会保障局
2025年6月5日
""",
    ),
    dict(
        slug="tender-haibei-lighthouse-lamp-result-html",
        site="海北公共资源交易网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://ggzy.haibei.example.gov.cn/jyxx/zbgg/2025/61882.html",
        title="汐岬灯塔灯器更新采购项目中标结果公告",
        record_title="汐岬灯塔灯器更新采购项目中标结果公告",
        record_date="2025-03-27",
        date="2025-03-27",
        notes="tender HTML: record title and date; a bid-result table; purchaser and agency contacts kept; CA hotline and a login box in the sidebar; 'back to top'",
        page="""
<html><head><meta charset="utf-8"><title>海北公共资源交易网</title></head><body>
<div class="header">⟦m 海北公共资源交易网⟧ ⟦a 主体登录⟧ ⟦a 注册⟧</div>
<div class="crumbs">⟦m 首页 > 交易信息 > 政府采购 > 中标公告⟧</div>
<aside><p>⟦m CA办理咨询：400-611-0098⟧</p><p>⟦l 快速通道：投标文件制作工具下载⟧</p></aside>
<article><h3>⟦t 汐岬灯塔灯器更新采购项目中标结果公告⟧</h3>
<div class="tip">⟦m 【信息时间：2025-03-27】 【阅读次数：215】⟧</div>
{BODY}
</article>
<div class="gotop">⟦a 返回顶部⟧</div>
<footer>⟦m 主办单位：海北市公共资源交易中心　技术支持：海北数智科技⟧</footer>
</body></html>
""",
        body="""
一、项目编号：HBCG-2025-0316
二、项目名称：汐岬灯塔灯器更新采购项目
三、中标信息
供应商名称　中标金额　交货期
海北航标器材有限公司　86.4万元　60日历天
四、公告期限：自本公告发布之日起1个工作日。
五、联系方式
采购人：汐岬灯塔站，联系人：林海鸥，电话：0898-6620331
采购代理机构：海北正和招标代理有限公司，联系人：冯丹，电话：0898-6620778
""",
    ),
    dict(
        slug="lawfirm-mingheng-horse-injury-opinion",
        site="明衡律师事务所 (invented)",
        style="律所网站",
        genre="普法文章",
        kind="article",
        form="text",
        source="https://www.minghenglaw.example.com/guandian/2025/0311.html",
        title="游客骑马受伤，马场要担责吗",
        record_title="以案说理｜游客骑马受伤，马场要担责吗",
        date="2025-03-11",
        notes="law firm: decorated title; author line; a consult box and a free-consultation phone glued after the last sentence; disclaimer; numbered points kept",
        page="""
!m 明衡律师事务所　MINGHENG LAW
!l 首页　律所简介　律师团队　专业领域　明衡观点　联系我们
!t 以案说理｜游客骑马受伤，马场要担责吗
!m 作者：明衡律师事务所 吴思远律师　2025-03-11
{BODY}
!d 本文仅为作者观点，不构成对具体案件的法律意见。
!l 在线咨询：请输入您的问题　提交
!m 所址：骝原市新华路18号金穗大厦12层
""",
        body="""
近年来，不少马场推出骑马体验项目，游客骑马摔伤引发的纠纷也随之增多。
从审判实践看，法院一般从以下几个方面判断马场的责任：
1.马场是否配备了合格的头盔、护具，是否安排驯马师牵引。
2.马场是否如实告知了骑乘风险，是否对游客身体状况进行了询问。
3.游客是否违反工作人员的指示，擅自催马奔跑。
如果马场已尽到安全保障义务，游客自身存在过错的，应当自行承担相应责任。⟦w 遇到类似纠纷？拨打免费咨询热线 400-880-1216⟧
""",
    ),
    dict(
        slug="community-tanhu-street-lighthouse-volunteer",
        site="滩湖社区 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="http://tanhu.xijia.example.org.cn/shequ/gonggao/118.html",
        title="关于招募灯塔开放日志愿者的通知",
        record_title=None,
        date="2025-05-12",
        notes="community site: no record title (the h-line title found as repeated title); the document's own sign-up phone beside the community's service line; a wrapped text (58 columns); grid member line kept",
        wrap=58,
        page="""
!m 汐岬县滩湖社区　邻里一家亲
!m 社区首页 > 社区公告
{T}
!m 发布：社区居委会　2025-05-12
{BODY}
!m 社区服务热线：0898-6631234（周一至周五）
!l 社区活动　|　便民服务　|　居民议事
""",
        body="""
各位居民朋友：
汐岬灯塔站将于5月24日举办开放日活动，社区现招募志愿者十名，负责参观引导和秩序维护工作。
招募对象为年满十八周岁、身体健康的社区居民，有讲解经验的优先。
报名方式：请于5月20日前到社区服务站报名，或联系网格员陈小燕，电话：13907751246。
滩湖社区居民委员会
2025年5月12日
""",
    ),
    dict(
        slug="association-grape-growers-pledge",
        site="葡川县葡萄产业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="initiative",
        form="text",
        source="http://www.pcputao.example.org/xhdt/2025/88.html",
        title="葡川县葡萄产业协会关于规范鲜食葡萄销售的倡议",
        record_title="【协会倡议】葡川县葡萄产业协会关于规范鲜食葡萄销售的倡议",
        date="2025-08-15",
        notes="association: decorated title; members-only prompt between paragraphs on a line of its own; join-the-association link glued after a sentence; numbered pledge; footer",
        page="""
!m 葡川县葡萄产业协会
!l 协会首页 | 协会动态 | 会员单位 | 技术服务 | 入会指南
!t 【协会倡议】葡川县葡萄产业协会关于规范鲜食葡萄销售的倡议
!m 来源：协会秘书处　时间：2025-08-15　次浏览：1208
{BODY}
!l 分享到：QQ空间　新浪微博　微信
!m 协会秘书处电话：0906-7712093　邮箱：pcptxh@example.cn
""",
        body="""
全县葡萄种植户、经销商朋友们：
鲜食葡萄即将大量上市，为维护葡川葡萄的品牌声誉，协会倡议如下：
一、不采摘未成熟果实，严格执行成熟度标准，糖度不达标的葡萄不上市。
⟦a 以下内容会员登录后可查看完整版分级标准⟧
二、不以次充好，按等级分级装箱，如实标注产地和等级。⟦l 还不是会员？点此申请入会⟧
三、不压价倾销，不恶意抢购他人订单。
葡川县葡萄产业协会
2025年8月15日
""",
    ),
    dict(
        slug="corporate-lubo-salt-company-recall-html",
        site="卤泊盐化集团 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.lubo-salt.example.com/news/notice/250422.html",
        title="关于召回部分批次湖盐产品的公告",
        record_title="关于召回部分批次湖盐产品的公告 | 卤泊盐化集团",
        date="2025-04-22",
        notes="corporate HTML: title suffix; cookie bar, online service float, language switch; a recall table; recall hotline kept beside the sales line in the footer",
        page="""
<html><head><meta charset="utf-8"><title>关于召回部分批次湖盐产品的公告 | 卤泊盐化集团</title></head><body>
<div class="cookie">⟦d 本网站使用Cookie以改善您的浏览体验，继续浏览即表示同意。⟧ ⟦a 我知道了⟧</div>
<header>⟦m 卤泊盐化集团 LUBO SALT⟧ ⟦a 中文 / EN⟧ <nav>⟦l 关于我们 · 产品中心 · 新闻资讯 · 社会责任 · 联系我们⟧</nav></header>
<section class="bread">⟦m 新闻资讯 - 企业公告⟧</section>
<h1>关于召回部分批次湖盐产品的公告</h1>
<p class="date">⟦m 2025.04.22⟧</p>
<div class="article">
{BODY}
</div>
<div class="kefu">⟦w 在线客服 工作日 9:00-17:30⟧</div>
<footer><p>⟦m 销售热线：400-660-7788⟧</p><p>⟦d ©2025 卤泊盐化集团有限公司 保留所有权利⟧</p></footer>
</body></html>
""",
        body="""
经公司质量部门抽检发现，部分批次食用湖盐产品包装封口不严，可能导致受潮结块。
为保障消费者权益，公司决定主动召回以下批次产品：
产品名称　规格　生产批号
精制湖盐　400克　LB20250301
低钠湖盐　350克　LB20250305
已购买上述产品的消费者，可凭购物凭证到原购买网点办理退换。
召回咨询电话：0906-8810315
卤泊盐化集团有限公司
2025年4月22日
""",
    ),
    dict(
        slug="training-xianfeng-riding-coach-course",
        site="先锋马术培训学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="notice",
        form="text",
        source="https://www.xfms-edu.example.com/zs/2025-qiuji.html",
        title="2025年秋季马术教练员培训班招生简章",
        record_title="【火热报名中】2025年秋季马术教练员培训班招生简章（包食宿）",
        date=None,
        notes="training school: decorated title; floating consult box lines and a trial-class link inside the body; the document's own 报名电话 beside the 400 line; no date (year only in title; a 3天前 relative time)",
        page="""
!m 先锋马术培训学校　骝原市教育局审批办学
!w 在线咨询　　免费试听　　0906-400-9921
!m 首页 > 招生信息
!t 【火热报名中】2025年秋季马术教练员培训班招生简章（包食宿）
!m 3天前　阅读 522
{BODY}
!w 扫码添加招生老师微信，领取课程资料包
!l 热门课程：少儿马术启蒙 | 马匹护理员 | 障碍赛进阶班
""",
        body="""
为满足马术运动和马文化旅游发展需要，本校联合骝原马场开设秋季马术教练员培训班。
培训对象为年满十八周岁、有一年以上骑乘经验的人员，每期招收三十人。
培训内容包括马匹护理、骑乘教学、安全救护和赛事组织，其中实操课程在骝原马场进行。
⟦l 👉 点击预约免费试听课⟧
培训合格者由学校颁发结业证书，并推荐参加马术教练员等级考核。
报名电话：0906-7761205（招生办李老师）
""",
    ),
]

"""holdout180, part B: dishcloths (抹布) — invented sites, counties (舲溪, 艋口, 舷田 …), people and chrome wording."""

CASES = [
    dict(
        slug="anthology-laoxu-essay-dishcloth-wrapped",
        site="徐老师文存 (invented)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="https://xulaoshi-wencun.example.net/juan3/41.html",
        title="母亲的三块抹布",
        record_title="《徐老师文存》卷三·第41篇｜母亲的三块抹布",
        date=None,
        notes="a collection's chapter page, hard-wrapped at 60 columns with indent; prev/next chapter links; only a year in a 写于 line (no date)",
        wrap=60,
        indent="　　",
        page="""
!m 徐老师文存 · 卷三 · 旧物篇
!t 母亲的三块抹布
!m 作者：徐守仁　字数：约400字
{BODY}
!l ← 上一篇：父亲的搪瓷缸　　目录　　下一篇：院子里的压水井 →
!a 阅读设置：字号 A- A+　夜间模式
""",
        body="""
母亲的灶台边总挂着三块抹布，一块擦锅台，一块擦碗柜，一块擦饭桌，颜色不同，从不混用。那是她用旧秋衣剪成的，边上用缝纫机锁了一道线。
小时候我嫌麻烦，随手拿起擦锅台的抹布去擦饭桌，母亲总要说一句：“桌子是吃饭的地方，要干干净净。”
后来我读了些卫生常识，才知道她这个习惯很有道理，生熟分开、干湿分开，抹布也一样。
如今母亲年过八旬，厨房里换成了超细纤维的新抹布，她还是挂三块，每天晚上用开水烫过，晾在窗台上。
写于舷田老屋，二〇二四年冬。
""",
    ),
    dict(
        slug="dangjian-lingxi-speech-canteen-cloth-html",
        site="舲溪镇党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://dj.lingxi.example.gov.cn/zbfc/2025/0623/561.html",
        title="在镇机关食堂“小抹布大文明”主题党日活动上的讲话",
        record_title="【支部活动】在镇机关食堂“小抹布大文明”主题党日活动上的讲话",
        date="2025-06-23",
        notes="HTML Party-building portal: study-points line, date under the speech title in Chinese numerals, speaker line neutral, follow prompt at the bottom",
        page="""
<html><head><meta charset="utf-8"><title>【支部活动】在镇机关食堂“小抹布大文明”主题党日活动上的讲话</title></head>
<body>
<div class="head">⟦m 舲溪镇党建网 — 红色舲溪 先锋引领⟧</div>
<div class="nav">⟦m 首页 | 党建要闻 | 支部风采 | 党员教育 | 组织建设⟧</div>
<div class="points">⟦a 登录学习可得 1 积分　今日已学 0/5⟧</div>
<h1>⟦t 在镇机关食堂“小抹布大文明”主题党日活动上的讲话⟧</h1>
<p class="speaker">镇机关第二党支部书记　吕春燕</p>
<p class="date">（二〇二五年六月二十三日）</p>
<div class="article">
{BODY}
</div>
<div class="tool">⟦a 【收藏】 【打印】 【字号 大 中 小】⟧</div>
<div class="more"><h4>⟦l 支部风采 更多>>⟧</h4><ul><li>⟦l 第一支部开展垃圾分类入户宣传⟧</li><li>⟦l 机关党员走进敬老院打扫卫生⟧</li></ul></div>
<div class="foot">⟦m 中共舲溪镇委员会主办　地址：舲溪镇政通路2号⟧<br>⟦a 扫一扫，关注“红色舲溪”⟧</div>
</body></html>
""",
        body="""
同志们：
今天我们把主题党日放在机关食堂，不讲大道理，就从一块抹布说起。
上个月县疾控中心来检查，发现我们食堂的餐桌抹布一布多用、消毒记录不全，被点名提醒。这件事虽小，反映的是我们作风上的粗枝大叶。
从今天起，食堂抹布实行分色管理：红色擦灶台，蓝色擦餐桌，绿色擦门窗，每餐后集中煮沸消毒，由党员轮流监督并签字。
希望每一位党员都从身边小事做起，把“干净”两个字落实到每一张餐桌上。
""",
    ),
    dict(
        slug="hospital-mengkou-notice-cloth-color-html",
        site="艋口县人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.mkxrmyy.example.com/news/hlb/2025/0410/338.html",
        title="关于严格执行病区清洁抹布分区分色使用的通知",
        record_title="关于严格执行病区清洁抹布分区分色使用的通知-艋口县人民医院",
        date="2025-04-10",
        notes="HTML hospital site: booking float, 24-hour line in the footer beside the department's 咨询电话 in the body; a data table; 护理部 column",
        page="""
<!doctype html>
<html><head><meta charset="utf-8"><title>关于严格执行病区清洁抹布分区分色使用的通知-艋口县人民医院</title>
<script src="/js/float.js"></script></head>
<body>
<div class="top">⟦m 艋口县人民医院　二级甲等综合医院⟧ <span>⟦a 预约挂号⟧ ⟦a 报告查询⟧</span></div>
<div class="nav">⟦m 医院概况　科室导航　专家介绍　护理园地　健康科普⟧</div>
<div class="crumb">⟦m 首页 - 护理园地 - 护理部⟧</div>
<h2>⟦t 关于严格执行病区清洁抹布分区分色使用的通知⟧</h2>
<div class="meta">⟦m 发布者：护理部　发布日期：2025-04-10　浏览次数：472⟧</div>
<div class="content">
{BODY}
</div>
<div class="float">⟦a 在线预约⟧ ⟦w 微信预约请添加 mkyy_yuyue⟧</div>
<div class="foot"><p>⟦m 24小时急诊电话：0579-62112120⟧</p><p>⟦m 地址：艋口县人民路88号⟧　⟦m 浙ICP备10022871号⟧</p></div>
</body></html>
""",
        body="""
各病区、各护理单元：
近期院感科督查发现，部分病区清洁抹布存在混用、消毒后未晾干即使用等问题。为降低交叉感染风险，现就有关要求通知如下。
抹布颜色　使用区域　消毒方式
蓝色　病床、床头柜　含氯消毒液浸泡30分钟
黄色　治疗室、护士站　含氯消毒液浸泡30分钟
红色　卫生间、污物间　单独浸泡，专桶存放
抹布使用后应集中清洗消毒，晾干备用，一床一巾，不得跨区域使用。
护理部将每月组织一次专项检查，结果纳入科室护理质量考核。
咨询电话：院感科 0579-62115026
艋口县人民医院护理部
2025年4月10日
""",
    ),
    dict(
        slug="university-chuanhai-news-lab-cloth",
        site="舴湖理工学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.zhhit.example.edu.cn/info/1022/5519.htm",
        title="化学实验室推行“一台一布”管理 学生自主维护实验台面",
        record_title="化学实验室推行“一台一布”管理 学生自主维护实验台面-舴湖理工学院",
        date="2025-03-19",
        notes="university news page: 发布时间 byline; photo caption between paragraphs; an editor/reviewer line glued after the last sentence; click count",
        page="""
!m 舴湖理工学院 新闻网
!m 首页 / 校园动态 / 正文
{T}
!m 发布时间：2025-03-19　作者：化学与材料学院 郑雨桐　点击：[ 635 ]
{BODY}
!l 上一条：学校召开实验室安全工作会议
!l 下一条：材料学院学子在省化学竞赛中获奖
!d 版权所有 © 舴湖理工学院　地址：舴湖市学府大道1号
""",
        body="""
本学期起，化学与材料学院在基础化学实验室推行“一台一布”管理，每张实验台配备专用抹布和标签，由使用该台的学生自主维护。
以往实验室抹布集中放置、共用，沾染试剂后容易造成台面二次污染，也给学生带来安全隐患。
⟦m 学生在实验结束后清洁实验台面⟧
实验中心主任余朝晖介绍，新办法要求学生实验结束后用专用抹布清洁台面，把抹布拧干挂回台边挂钩，值日生负责检查登记。
实施一个月来，实验室台面整洁率明显提高，试剂残留投诉为零。⟦m （审核：余朝晖　编辑：宣传部 林杉）⟧
""",
    ),
    dict(
        slug="localforum-xiantian-thread-cloth-smell-html",
        site="舷田生活网 (invented)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="https://bbs.xiantianlife.example.com/forum.php?mod=viewthread&tid=88412",
        title="家里抹布总是有股酸臭味，大家都是怎么处理的？",
        record_title="家里抹布总是有股酸臭味，大家都是怎么处理的？ - 居家生活 - 舷田生活网 - Powered by Discuz!",
        date=None,
        notes="HTML Discuz-like county forum with jammer fonts (junk) and weather widget; relative time; reply box with login prompt",
        junk=dict(lines=1, glued=1),
        p_html='<div class="t_f">{}</div>',
        page="""
<html><head><meta charset="gbk"><title>家里抹布总是有股酸臭味，大家都是怎么处理的？ - 居家生活 - 舷田生活网 - Powered by Discuz!</title></head>
<body>
<div id="hd">⟦m 舷田生活网 — 舷田人自己的网上家园⟧ <span>⟦m 今日舷田：多云 14~22℃⟧</span></div>
<div id="pt">⟦m 舷田生活网 › 生活板块 › 居家生活 › 查看内容⟧</div>
<h1>⟦t 家里抹布总是有股酸臭味，大家都是怎么处理的？⟧</h1>
<div class="authi">⟦m 楼主：阿珍的小厨房　发表于 昨天 21:37⟧</div>
{BODY}
<div class="pob">⟦l 回复　引用　收藏　分享⟧</div>
<div class="fastpost">⟦a 登录后才能发表回复，还没有账号？马上注册⟧</div>
<div id="ft">⟦d 本帖内容仅代表网友个人观点，与舷田生活网无关⟧</div>
</body></html>
""",
        body="""
用了差不多一个星期的抹布，怎么洗都有一股酸臭味，晾在外面也不行。
我现在是每天用洗洁精搓一遍再晾，但好像没什么用，扔掉又觉得可惜。
听说可以用开水烫、微波炉转、放小苏打泡，到底哪种办法靠谱？
另外大家多长时间换一次抹布，是不是一个月就该换新的？
""",
    ),
    dict(
        slug="download-xuezi-sop-cloth-old-table",
        site="学子资料下载站 (invented)",
        style="资料下载站",
        genre="制度",
        kind="rule",
        form="html",
        source="http://www.xuezi-down.example.net/soft/35521.html",
        title="酒店客房清洁抹布使用与管理规范",
        record_title="酒店客房清洁抹布使用与管理规范.doc下载",
        date=None,
        notes="old gb2312 table layout of a download station: file-info table, three download lines, a 下载出错 report; no date (update stamp only); rule with 第N条 articles",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>酒店客房清洁抹布使用与管理规范.doc下载 - 学子资料下载站</title></head>
<body bgcolor="#ffffff">
<table width="960" border="0" align="center"><tr><td>⟦m 学子资料下载站　www.xuezi-down.example.net⟧</td><td align="right">⟦a 设为首页⟧ | ⟦a 加入收藏⟧</td></tr></table>
<table width="960" align="center"><tr><td>⟦m 当前位置：首页 → 文档资料 → 管理制度 → 酒店管理⟧</td></tr></table>
<table width="960" align="center" border="1">
<tr><td>⟦m 资料名称：⟧</td><td>⟦t 酒店客房清洁抹布使用与管理规范⟧</td></tr>
<tr><td>⟦m 文件大小：46 KB　资料格式：.doc　授权方式：免费资料⟧</td></tr>
<tr><td>⟦m 更新时间：2025-02-27　下载次数：2386⟧</td></tr>
</table>
<table width="960" align="center"><tr><td><b>⟦m 资料简介：⟧</b></td></tr><tr><td>
{BODY}
</td></tr></table>
<table width="960" align="center"><tr><td>⟦a 下载地址一：电信下载⟧</td><td>⟦a 下载地址二：联通下载⟧</td><td>⟦a 下载地址三：本地高速下载⟧</td></tr>
<tr><td colspan="3">⟦a 如果下载出错，请点此报告⟧</td></tr></table>
<table width="960" align="center"><tr><td>⟦d 本站资料均来自网络，仅供学习参考，版权归原作者所有⟧</td></tr></table>
</body></html>
""",
        body="""
第一条　为规范客房清洁工作，防止交叉污染，制定本规范。
第二条　客房清洁抹布分为四类：擦拭杯具用白色，擦拭家具用蓝色，擦拭卫浴台面用黄色，擦拭马桶用红色，严禁混用。
第三条　每间客房清洁完毕，使用过的抹布放入对应颜色的收集袋，不得带入下一间客房。
第四条　布草房每日集中洗涤、高温消毒、烘干抹布，并做好登记。
第五条　抹布出现破损、发硬、褪色的，应及时报废更换。
第六条　本规范由客房部负责解释，自印发之日起施行。
""",
    ),
    dict(
        slug="rsks-mengkou-notice-cleaner-exam",
        site="艋口县人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://rsks.mengkou.example.gov.cn/ksgg/2025/0507/912.html",
        title="艋口县2025年公开招聘保洁岗位编外用工实操考核公告",
        record_title="【考务公告】艋口县2025年公开招聘保洁岗位编外用工实操考核公告",
        date="2025-05-07",
        notes="personnel-exam site: decorated record title; schedule table; 准考证 打印 sentence as content; the exam centre's 咨询电话 beside the site's technical line",
        page="""
!m 艋口县人事考试网　| 公平 公正 公开
!m 首页 > 考试公告 > 事业单位
{T}
!m 发布日期：2025-05-07　来源：县人力资源和社会保障局
{BODY}
!m 网站技术服务电话：0579-62100808（工作日 8:30-17:00）
!a 【打印本页】　【关闭窗口】
!d Copyright © 艋口县人力资源和社会保障局 版权所有
""",
        body="""
根据招聘工作安排，现将保洁岗位实操考核有关事项公告如下：
一、考核内容：桌面与窗台清洁、抹布分色使用、清洁工具归位，满分100分。
二、考核安排：
组别　时间　地点
第一组　5月17日上午8:30　县机关事务中心一楼
第二组　5月17日下午14:00　县机关事务中心一楼
三、考生须于5月14日至16日登录本网站下载并打印准考证，凭准考证和身份证参加考核。
咨询电话：0579-62108765
艋口县人力资源和社会保障局
2025年5月7日
""",
    ),
    dict(
        slug="tender-xiantian-result-cleaning-supplies-html",
        site="舷田县公共资源交易网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://ggzy.xiantian.example.gov.cn/jyxx/zfcg/zbgg/2025/0328/20250328001.html",
        title="舷田县机关事务服务中心2025年保洁耗材采购项目中标结果公告",
        record_title="舷田县机关事务服务中心2025年保洁耗材采购项目中标结果公告",
        date="2025-03-28",
        record_date="2025-03-28",
        notes="HTML procurement portal: CA and platform help lines beside the purchaser's and agency's contacts; bid result table; 发布时间 byline",
        page="""
<html><head><meta charset="utf-8"><title>舷田县机关事务服务中心2025年保洁耗材采购项目中标结果公告</title></head>
<body>
<div class="hd">⟦m 舷田县公共资源交易网⟧ <span>⟦a 登录 | 注册 | CA办理⟧</span></div>
<div class="nav">⟦m 首页　交易信息　政策法规　办事指南　诚信管理⟧</div>
<div class="loc">⟦m 位置：交易信息 > 政府采购 > 中标公告⟧</div>
<h3>⟦t 舷田县机关事务服务中心2025年保洁耗材采购项目中标结果公告⟧</h3>
<div class="time">⟦m 【发布时间：2025-03-28 16:05:11】【信息来源：县采购中心】⟧</div>
<div class="detail">
{BODY}
</div>
<div class="help">⟦m CA数字证书服务热线：400-870-5511⟧　⟦m 平台技术支持：0579-66010203⟧</div>
<div class="foot">⟦m 主办：舷田县公共资源交易中心⟧　⟦m 浙ICP备15033201号⟧</div>
</body></html>
""",
        body="""
一、项目编号：XTCG-2025-0311
二、项目名称：舷田县机关事务服务中心2025年保洁耗材采购项目
三、中标信息：
包号　中标供应商　中标金额（元）
1　舷田县洁美日用品商行　86,400.00
2　艋口县清源保洁用品有限公司　52,750.00
四、主要标的：超细纤维抹布、拖把头、垃圾袋、清洁剂等。
五、公告期限：自本公告发布之日起1个工作日。
六、联系方式
采购人：舷田县机关事务服务中心　联系人：许文斌　电话：0579-66023318
代理机构：舷田县政府采购中心　联系人：陆倩　电话：0579-66021190
""",
    ),
    dict(
        slug="lawfirm-hengzhi-lecture-cloth-slip",
        site="恒直律师事务所 (invented)",
        style="律所网站",
        genre="讲稿",
        kind="other",
        form="text",
        source="https://www.hengzhilaw.example.com/jiangtang/2025/0226.html",
        title="顾客踩到店员擦地抹布滑倒，商家要担责吗？",
        record_title="律所讲堂丨顾客踩到店员擦地抹布滑倒，商家要担责吗？",
        date="2025-02-26",
        notes="law firm page: 律所讲堂丨 decoration; consult hotline and disclaimer; 发布 byline date",
        page="""
!m 恒直律师事务所　HENGZHI LAW FIRM
!m 首页 / 律所讲堂 / 案例解读
{T}
!m 发布：2025.02.26　撰稿：孟凡律师
{BODY}
!d 本文仅为普法交流之用，不构成对任何具体案件的法律意见。
!w 免费咨询专线 400-615-9090，律师在线答疑
!l 推荐阅读：超市地面湿滑摔伤怎么维权 ｜ 商场电梯事故责任划分
""",
        body="""
去年冬天，舸阳县一家面馆的店员用湿抹布擦地后，随手把抹布留在过道上，一位顾客踩上去滑倒，造成手腕骨折。
根据民法典的规定，宾馆、商场、餐馆等经营场所的经营者，未尽到安全保障义务，造成他人损害的，应当承担侵权责任。
本案中，店员将抹布遗留在顾客通行的过道上，且未设置警示标志，法院认定面馆未尽到安全保障义务，判决其承担百分之八十的责任。
同时，顾客行走时未注意脚下，自身也有一定过错，承担百分之二十的责任。
提醒各位经营者：清洁作业时要放置“小心地滑”标识，用完的抹布、拖把及时收走。
""",
    ),
    dict(
        slug="community-fangyuan-notice-cloth-drive",
        site="舫园社区网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.fangyuan-sq.example.com/gg/2025/0415.html",
        title="关于开展“旧衣改抹布”爱心活动的通知",
        record_title="【社区公告】关于开展“旧衣改抹布”爱心活动的通知",
        date="2025-04-14",
        notes="residents' site: community duty phone in the body beside a property hotline; a grid box; page posting date differs from the signature date (date_also)",
        date_also=["2025-04-15"],
        page="""
!m 舫园社区网 · 居民之家
!t 【社区公告】关于开展“旧衣改抹布”爱心活动的通知
!m 发布：社区居委会　2025-04-15　阅读 326
{BODY}
!m 物业24小时服务热线：0576-87330000
!m 本网格员：葛丽娟　网格服务电话 138-5766-0412
!l 评论（4）　我也说两句
""",
        body="""
各位居民朋友：
为倡导节约环保，丰富老年人生活，社区将于4月20日上午在居民活动中心开展“旧衣改抹布”爱心活动。
请大家把家中干净的旧棉质衣物带到现场，由社区缝纫志愿者和老年人一起裁剪缝制成抹布，送给辖区敬老院和环卫站。
活动现场提供剪刀、针线和缝纫机，欢迎有缝纫特长的居民报名担任志愿者。
联系电话：社区值班室 0576-87335126
舫园社区居民委员会
2025年4月14日
""",
    ),
]

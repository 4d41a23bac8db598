"""holdout123, part B. Invented text; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="collection-retired-surveyor-marker-memoir",
        site="楸阳文存 (invented)",
        style="个人文集",
        genre="随笔",
        kind="essay",
        form="text",
        source="http://www.qiuyangwencun.net/sanwen/juan3/041.html",
        title="那些山顶上的水泥桩",
        record_title="那些山顶上的水泥桩（散文卷三·之四十一）",
        date="2022-10-15",
        notes="personal collection: chapter nav; date in Chinese numerals at the end of the essay",
        page="""
!m 楸阳文存 · 一个老测绘人的文字
!m 目录 ＞ 卷三 山水之间 ＞ 第四十一篇
!l 上一篇：在戈壁上找点　　下一篇：师傅的经纬仪
{T}
!m 作者：贺守衡　字数：1120　录入：贺小舟
{BODY}
!l 【本卷目录】　返回卷首
!d 文集由作者家人整理，文字版权归作者所有，如需引用请留言。
!m 楸阳文存　2015—2024
""",
        indent="\u3000\u3000",
        body="""
年轻时跑野外，最常见的是山顶上一根方方正正的水泥桩，顶上嵌一块刻着十字的金属标志，旁边有时还立着木头觇标。老乡们叫它“铁帽子”，我们叫它三角点。
那时候找点全凭一张点之记。上面画着草图，写着“距某村东南约两公里，山脊最高处”。有时候翻过三座山才发现，桩子早被人挖去垒了猪圈。
我记得最清楚的是一九七八年在楸阳北山，一位放羊的老人带我们找到一个被荒草埋住的点。他说，前些年有人想撬铁帽子去卖，他硬是拦下了，“国家的东西，要留着”。
后来有了卫星定位，很多年轻同事觉得这些桩子没用了。其实不然，它们是一代代测绘人留在大地上的坐标，是基础中的基础。
如今我退休多年，路过山顶时还会下意识去找那根水泥桩。找到了，心里就像见到老朋友。
二〇二二年十月十五日
""",
    ),
    dict(
        slug="dangjian-urban-admin-party-lesson",
        site="槭岭党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://dj.qiling.gov.cn/djyw/202407/t20240702_30145.html",
        title="在城市管理系统“七一”专题党课上的讲话",
        record_title="在城市管理系统“七一”专题党课上的讲话",
        date="2024-07-01",
        notes="Party-building site; speaker line and date line under the title neutral; the document speaks of 扫码 and 关注 as content",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>在城市管理系统“七一”专题党课上的讲话_槭岭党建网</title>
<script>document.write('<span id=cnzz></span>');</script></head>
<body>
<div class="head">⟦m 槭岭党建网⟧ <span>⟦m 中共槭岭县委组织部主办⟧</span></div>
<div class="menu">⟦m 首页 | 党建要闻 | 组织建设 | 党员教育 | 先锋风采 | 党务公开⟧</div>
<div class="crumbs">⟦m 位置：首页 / 党建要闻⟧</div>
<div class="art">
<h1>{T}</h1>
<p class="who">县城市管理局党组书记、局长　聂云舟</p>
<p class="when">（2024年7月1日）</p>
<div class="info">⟦m 时间：2024-07-02　来源：县城管局机关党委　阅读：692⟧</div>
<div class="text">
{BODY}
</div>
<div class="op">⟦a 【大 中 小】⟧ ⟦a 【打印】⟧ ⟦a 【关闭】⟧</div>
</div>
<div class="side"><h5>⟦l 学习园地⟧</h5><p>⟦l 党纪学习教育应知应会⟧</p><p>⟦l 基层党建“一月一主题”⟧</p></div>
<div class="foot">⟦m 中共槭岭县委组织部　地址：槭岭县府前街1号　邮编：335400⟧<br>⟦m 赣ICP备12004531号-3⟧</div>
</body></html>
""",
        body="""
同志们：
今天是党的生日。我们在这里上一堂专题党课，主题是“把为民情怀落到街头巷尾”。
一、城市管理首先是为人民管理城市。我们的执法对象，很多是起早贪黑的小摊贩、小店主。去年我们推行“首违不罚”，对轻微违规的摊贩以教育劝导为主，全年劝导一千四百余次，投诉量反而下降了三成。这说明，管理有温度，群众才会理解和支持。
二、党员要站在最难的地方。夏季夜市、防汛排涝、冬季除雪，哪里最辛苦，哪里就要有党员的身影。各中队党支部要把党员先锋岗设到一线，让群众看得见、找得到。
三、要用好群众的眼睛。局里开通了“随手拍”小程序，市民扫码就能反映占道经营、垃圾乱堆等问题。希望每名党员都主动关注群众反映，做到件件有回音。
同志们，城市是大家的城市。让我们以更好的作风、更实的举措，把城市管理这件民生事办好。
""",
    ),
    dict(
        slug="hospital-emergency-heatstroke-advice",
        site="柘川县人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.zcxrmyy.com/news/jkkp/2024/0708/1893.html",
        title="夏季户外作业人员防暑提示",
        record_title="夏季户外作业人员防暑提示--柘川县人民医院",
        date="2024-07-08",
        notes="hospital page: department's 咨询电话 kept beside the hospital's switchboard in the footer; 发布时间 line is the date",
        page="""
!m 柘川县人民医院　二级甲等综合医院
!m 网站首页　医院概况　科室导航　专家介绍　健康科普　就医指南
!m 当前位置：首页 - 健康科普
{T}
!m 发布时间：2024-07-08　作者：急诊科 芮静　点击：421
{BODY}
!a 扫一扫，预约挂号更方便
!l 上一条：儿童腹泻的家庭护理　　下一条：空调病怎么防
!m 医院地址：柘川县新华路66号　总机：0576-87201120　急诊：0576-87201999
!m 版权所有 © 柘川县人民医院　浙ICP备10012095号
""",
        body="""
近期我县持续高温，急诊科接诊的中暑患者明显增多，其中大部分是环卫、城管、建筑和摊贩等户外作业人员。在此提醒大家：
一、合理安排作业时间，尽量避开中午11时至下午3时高温时段，确需作业的要缩短单次作业时间，轮换休息。
二、及时补水补盐，不要等口渴了再喝水，可适量饮用淡盐水或含电解质的饮料，不宜大量饮用冰镇饮料。
三、识别中暑信号。出现头晕、乏力、大量出汗、恶心时，应立即到阴凉处休息；如出现意识模糊、高热无汗、抽搐，应立即拨打120。
四、现场急救要点：将患者移到通风阴凉处，解开衣扣，用湿毛巾擦拭全身，清醒者可少量多次饮水。
如有疑问，可拨打急诊科咨询电话0576-87201316。
""",
    ),
    dict(
        slug="university-sericulture-field-course",
        site="栲林农业职业学院 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.klnzy.edu.cn/jwc/info/1021/4417.htm",
        title="关于组织2022级蚕桑技术专业学生赴柞蚕场实习的通知",
        date="2024-04-18",
        notes="college academic affairs page; data table one row a paragraph; record title plain; no record date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于组织2022级蚕桑技术专业学生赴柞蚕场实习的通知-教务处</title></head>
<body>
<div class="banner">⟦m 栲林农业职业学院　教务处⟧</div>
<ul class="nav"><li>⟦m 处室概况⟧</li><li>⟦m 教学管理⟧</li><li>⟦m 实践教学⟧</li><li>⟦m 下载专区⟧</li></ul>
<div class="path">⟦m 当前位置: 首页 >> 通知公告 >> 正文⟧</div>
<h3>{T}</h3>
<div class="ti">⟦m 作者：实践教学科　　日期：2024年04月19日　　点击：[318]次⟧</div>
<div class="v_news_content">
{BODY}
</div>
<div class="file">⟦a 【关闭窗口】⟧</div>
<div class="ft">⟦m 地址：栲林市学府大道299号　邮编：118300⟧<br>⟦d Copyright © 2024 栲林农业职业学院 All Rights Reserved.⟧<br>⟦m 辽ICP备05008912号⟧</div>
</body></html>
""",
        body="""
动物科技学院、各相关部门：
根据人才培养方案，经研究，决定组织2022级蚕桑技术专业学生赴合作基地开展春蚕放养实习。现将有关事项通知如下：
一、实习时间：2024年5月6日至5月31日。
二、实习安排如下：
班级　人数　实习基地　带队教师
蚕桑2201班　38　栌川县柞蚕专业合作社　戚元、霍蓉
蚕桑2202班　36　岫岩柞蚕良种场　韦立新、潘雪
三、实习内容：柞蚕出蛹、制种、上山放养、移蚕、病虫害防治等。
四、学生须购买实习期间意外伤害保险，服从带队教师管理，不得擅自离开实习基地。
五、实习结束后一周内，学生提交实习报告，由带队教师评定成绩。
教务处
2024年4月18日
""",
    ),
    dict(
        slug="localforum-hawker-night-market-complaint",
        site="桤溪论坛 (invented)",
        style="地方论坛",
        genre="回复",
        kind="reply",
        form="text",
        source="http://bbs.qixi0571.com/forum.php?mod=viewthread&tid=1287734",
        title="关于网友反映文昌路夜市噪音扰民问题的回复",
        record_title="【部门回复】关于网友反映文昌路夜市噪音扰民问题的回复-桤溪论坛",
        date="2024-08-21",
        notes="local forum department reply; the department's 联系电话 kept; the forum's hotline is chrome",
        page="""
!m 桤溪论坛 — 桤溪人自己的网上家园
!m 论坛 › 民生热线 › 部门回复区
!a 发帖　|　回复　|　举报
{T}
!m [复制链接] 楼主：县城管局官方 | 2024-08-22 10:15 | 查看 3320 回复 47
{BODY}
!l 2# 文昌路老住户：总算有回音了，希望真的能管住
!l 3# 小桤：夜市也是很多人的饭碗，理解万岁
!m 论坛值班电话 0571-64210888（工作日9:00-17:30）
!a 高级模式　　发表回复　　回帖后跳转到最后一页
""",
        body="""
网友“不眠的文昌路”：
您在本论坛反映的文昌路夜市噪音扰民问题已收悉。我局高度重视，立即安排城西中队进行了核查，现回复如下：
经查，文昌路夜市现有摊位54个，部分摊主晚间使用扩音器叫卖，个别烧烤摊营业至凌晨，确对周边居民休息造成影响。
针对上述问题，我局已采取以下措施：一是约谈夜市管理方和摊主代表，明确禁止使用扩音设备；二是将夜市收摊时间由23时30分调整为22时30分；三是安排队员每晚22时后巡查，对拒不整改的依法处理。
感谢您对城市管理工作的关心。如仍有问题，可拨打城西中队联系电话0571-64236611。
桤溪县城市管理局
2024年8月21日
""",
    ),
    dict(
        slug="download-station-kiln-riveting-handout",
        site="百川资料站 (invented)",
        style="资料下载站",
        genre="教案",
        kind="plan",
        form="html",
        source="http://www.baichuanzl.com/soft/jiaoan/2023/77104.html",
        title="非遗进课堂：锔瓷技艺体验课教学设计",
        record_title="非遗进课堂：锔瓷技艺体验课教学设计.doc",
        date=None,
        notes="old table layout with file-info table, mirror links and dead-link report; file-name title; no date in the document",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>非遗进课堂：锔瓷技艺体验课教学设计.doc - 百川资料站</title>
<script language="javascript" src="/ad/top.js"></script></head>
<body>
<table width="960"><tr><td>⟦m 百川资料站 www.baichuanzl.com⟧</td><td>⟦m 教案课件　试题试卷　公文范文　工具软件⟧</td></tr></table>
<table width="960"><tr><td>⟦m 您的位置：百川资料站 → 教案下载 → 综合实践 → 资料信息⟧</td></tr></table>
<table width="960" border="1">
<tr><td>⟦m 资料名称：⟧</td><td>{T}</td></tr>
<tr><td>⟦m 资料大小：38 KB　　资料类型：.doc⟧</td><td>⟦m 更新时间：2023-03-09 14:22:07⟧</td></tr>
<tr><td>⟦m 下载次数：本日:2 本周:11 本月:40⟧</td><td>⟦m 资料评级：★★★☆☆⟧</td></tr>
</table>
<table width="960"><tr><td>⟦l 资料简介：⟧</td></tr><tr><td>
{BODY}
</td></tr></table>
<table width="960"><tr><td>⟦a 下载地址：⟧ ⟦a 电信下载一⟧ ⟦a 联通下载二⟧ ⟦a 备用下载三⟧</td></tr>
<tr><td>⟦a 下载不了？点此报告死链⟧</td></tr>
<tr><td>⟦d 说明：本站资料均来自网络，仅供学习研究，请于下载后24小时内删除。⟧</td></tr></table>
<table width="960"><tr><td>⟦m Copyright 2006-2023 百川资料站 湘ICP备08007215号⟧</td></tr></table>
</body></html>
""",
        body="""
【教学目标】
1. 了解锔瓷的历史和“锔瓷、锔碗、锔大缸”的说法由来。
2. 认识钻、锔钉、锔钉钳等工具，体验在瓷片上画线定位。
3. 体会传统手艺人惜物的精神，增强保护非物质文化遗产的意识。
【教学准备】
教师准备锔补过的旧碗三只、碎瓷片若干（边缘已打磨）、锔钉样品、护目镜；学生自带旧瓷片一片。
【教学过程】
一、导入：出示一只锔补过的老碗，请学生猜一猜碗上的“铜蚂蚁”是做什么用的。
二、讲解：介绍锔瓷的基本工序，即拼对、画线、打孔、上钉、抹灰。
三、体验：学生两人一组，在瓷片上用记号笔画出锔钉位置，由教师示范打孔，学生只观察不动手操作钻具。
四、交流：请学生说一说家里有没有舍不得扔的旧物件。
【安全提示】打孔环节由教师操作，学生须佩戴护目镜，瓷片边缘注意防划伤。
""",
    ),
    dict(
        slug="personnel-exam-urban-admin-recruit",
        site="楝城人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="https://rsks.liancheng.gov.cn/ksxx/2024/0301/11870.html",
        title="楝城市2024年城市管理综合执法辅助人员招聘公告",
        date="2024-02-28",
        notes="personnel-exam site; position table kept; 咨询电话 of the document beside the site's technical hotline; 报名 site mentioned as content",
        page="""
!m 楝城人事考试网　公平 公正 诚信 服务
!m 首页 >> 考试信息 >> 事业单位及辅助人员
{T}
!m 【发布时间：2024-03-01 16:00】【来源：市城市管理局】【浏览量：18431】
!a 【我要打印】【关闭】
{BODY}
!l 相关链接：报名入口｜准考证打印｜成绩查询
!m 网上报名技术咨询：0553-6099316（工作日）
!d 本网站为楝城市人事考试信息发布平台，其他网站转载请注明来源。
""",
        body="""
根据工作需要，楝城市城市管理局面向社会公开招聘城市管理综合执法辅助人员20名。现将有关事项公告如下：
一、招聘岗位及人数
岗位　人数　学历要求　备注
市容巡查员　12　高中及以上　需值夜班
渣土运输监管员　5　大专及以上　持C1驾驶证
信息系统操作员　3　大专及以上　计算机类专业
二、报名条件
（一）具有中华人民共和国国籍，遵纪守法，品行端正；
（二）年龄在18周岁以上、35周岁以下；
（三）身体健康，具备岗位所需的身体条件。
三、报名时间和方式
报名时间为2024年3月5日9:00至3月11日17:00。报考人员登录楝城人事考试网填报信息并上传材料，每人限报一个岗位。
四、考试方式
考试分笔试和面试，笔试占40%，面试占60%。笔试时间地点另行通知，请考生自行打印准考证。
咨询电话：0553-6012791（市城市管理局人事科）。
楝城市城市管理局
2024年2月28日
""",
    ),
    dict(
        slug="tender-alligator-reserve-fence",
        site="楝城公共资源交易网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://ggzy.liancheng.gov.cn/jyxx/zfcg/cggg/20240415/00823.html",
        title="楝城扬子鳄保护区繁育池围栏改造工程竞争性磋商公告",
        record_title="楝城扬子鳄保护区繁育池围栏改造工程竞争性磋商公告",
        record_date="2024-04-15",
        date="2024-04-15",
        notes="tender platform; purchaser and agency contacts kept beside the CA hotline; record date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>楝城扬子鳄保护区繁育池围栏改造工程竞争性磋商公告</title></head>
<body>
<div class="top">⟦m 楝城市公共资源交易中心⟧ <span>⟦a 主体登录⟧</span> <span>⟦a CA办理⟧</span></div>
<div class="nav">⟦m 首页　交易信息　政策法规　服务指南　诚信管理⟧</div>
<div class="bread">⟦m 交易信息 → 政府采购 → 采购公告⟧</div>
<h2>{T}</h2>
<div class="bid-info">⟦m 项目编号：LCZC-2024-0413　信息时间：2024-04-15　【我要投标】⟧</div>
<div class="ewb-con">
{BODY}
</div>
<div class="tool">⟦a 【打印】⟧ ⟦a 【收藏】⟧</div>
<div class="footer">⟦m CA数字证书服务热线：400-800-3721⟧<br>⟦m 主办：楝城市公共资源交易中心　皖ICP备14013392号⟧</div>
</body></html>
""",
        body="""
项目概况：楝城扬子鳄保护区繁育池围栏改造工程的潜在供应商应在楝城市公共资源交易平台获取采购文件，并于2024年4月26日9时30分（北京时间）前提交响应文件。
一、项目基本情况
项目名称：楝城扬子鳄保护区繁育池围栏改造工程
预算金额：86.5万元
采购需求：拆除繁育池旧围栏约1400米，新建防逃围栏及地下防掘隔离墙，具体详见磋商文件。
二、申请人的资格要求
具备建筑工程施工总承包三级及以上资质，并在人员、设备、资金等方面具有相应的施工能力。
三、获取采购文件
时间：2024年4月15日至2024年4月22日，每天上午8:30至12:00，下午2:30至5:30。
方式：在交易平台下载，不接受现场领取。
四、联系方式
采购人：楝城扬子鳄国家级自然保护区管理局，联系人：邢工，电话：0553-6871402。
采购代理机构：安川工程咨询有限公司，联系人：庞敏，电话：0553-6128790。
""",
    ),
    dict(
        slug="lawfirm-hawker-dispute-article",
        site="衡岳律师事务所 (invented)",
        style="律所网站",
        genre="文章",
        kind="article",
        form="text",
        source="https://www.hengyuelaw.cn/article/2024/0611/326.html",
        title="摊贩的物品被暂扣，该怎么依法维权？",
        date="2024-06-11",
        notes="law firm article; consult prompt and phone are chrome; article's own statute references kept; date from a 发布于 line",
        page="""
!m 衡岳律师事务所　HENGYUE LAW FIRM
!m 首页 | 律所简介 | 专业领域 | 律师团队 | 律所动态 | 普法文章 | 联系我们
!m 普法文章 > 行政法
{T}
!m 发布于 2024-06-11　　撰文：晏清律师　　阅读 355
{BODY}
!w 遇到行政执法纠纷？衡岳律师免费初步咨询：0731-85226009
!a 在线留言　　预约面谈
!l 推荐阅读：城管执法中的行政强制措施解读　/　门店占道经营被罚款怎么办
!d 本文仅供普法参考，不构成正式法律意见。
!m 衡岳律师事务所　湘ICP备20011356号-1
""",
        body="""
近来不少摊主来咨询：摆摊时三轮车和货物被城管执法部门暂扣了，能不能要回来？要怎么要？
首先要明确，暂扣物品属于行政强制措施，必须依法实施。根据《中华人民共和国行政强制法》，执法人员实施暂扣时应当出示执法身份证件，通知当事人到场，当场告知理由、依据以及当事人依法享有的权利，并制作现场笔录和暂扣清单。
其次，暂扣不能无限期。一般情况下，查封、扣押的期限不得超过三十日，情况复杂的经批准可以延长，但延长期限不得超过三十日。期满后，执法部门应当作出处理决定或者解除扣押。
第三，对生鲜等易腐物品，执法部门应当妥善保管，因保管不善造成损失的，当事人可以依法要求赔偿。
如认为暂扣违法，摊主可以在知道该行为之日起六十日内申请行政复议，也可以在六个月内直接提起行政诉讼。建议保留好暂扣清单、现场照片和证人信息。
""",
    ),
    dict(
        slug="community-property-stall-free-market",
        site="樟原县鹊桥社区网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.queqiaosq.cn/tzgg/20240909/2210.html",
        title="关于在社区广场开设周末便民集市的通知",
        date="2024-09-09",
        notes="residents' site; the document's own 报名 contact kept; the residents' service WeChat is chrome; numbered list",
        page="""
<html><head><meta charset="utf-8"><title>关于在社区广场开设周末便民集市的通知 - 鹊桥社区</title></head>
<body>
<div class="hd">⟦m 鹊桥社区　邻里守望　幸福同行⟧</div>
<div class="nv">⟦m 社区首页⟧ ⟦m 社区公告⟧ ⟦m 党建引领⟧ ⟦m 便民服务⟧ ⟦m 志愿者之家⟧</div>
<div class="hd2">⟦m 社区公告⟧</div>
<h2>{T}</h2>
<div class="pt">⟦m 鹊桥社区居委会 | 2024年9月9日 | 阅读 241⟧</div>
{BODY}
<div class="qr">⟦w 扫码添加社区服务微信，进群了解更多集市信息⟧</div>
<div class="links">⟦l 更多公告 >>⟧</div>
<div class="ft">⟦m 樟原县城东街道鹊桥社区居民委员会　地址：鹊桥路9号　值班电话：0795-3321560⟧</div>
</body></html>
""",
        body="""
各位居民朋友：
为方便居民购物，也为辖区流动摊贩提供规范经营场所，经与街道城管中队协商，社区将在鹊桥广场开设周末便民集市。具体事项如下：
1. 开市时间：每周六、周日上午7:00至11:00。
2. 经营范围：蔬菜水果、鲜蛋禽肉（冷鲜）、自制酱菜、日用小百货、修鞋配钥匙等便民服务。
3. 摊位设置：共设摊位30个，由社区统一划线编号，免收摊位费。
4. 报名方式：有意入驻的摊主请于9月20日前到社区服务站登记，联系人：汤晓雯，电话：13907956218。
5. 经营要求：自备垃圾袋，收市后清扫摊位；不得销售活禽，不得使用明火。
集市试运行三个月，社区将根据居民意见进行调整。
鹊桥社区居民委员会
2024年9月9日
""",
    ),
    dict(
        slug="association-pickle-industry-self-discipline",
        site="椴山县调味品行业协会 (invented)",
        style="行业协会",
        genre="公约",
        kind="regulation",
        form="text",
        source="http://www.dsxtwp.org.cn/xhdt/2024/0418/145.html",
        title="椴山县酱腌菜行业自律公约",
        record_title="椴山县酱腌菜行业自律公约_协会动态_椴山县调味品行业协会",
        date="2024-04-16",
        notes="association page; articles speak of 标签/扫码 as content; signature with date in Chinese numerals",
        page="""
!m 椴山县调味品行业协会　　行业服务　自律规范
!m 首页 ＞ 协会动态 ＞ 正文
{T}
!m 2024-04-18　　协会秘书处　　浏览：130次
!a [字号 小 中 大]　[打印]
{BODY}
!m 协会地址：椴山县工业园区纬三路2号　秘书处：0579-83109088
!d 本站所发布信息版权归椴山县调味品行业协会所有。
""",
        body="""
第一条　为规范我县酱腌菜生产经营行为，维护行业信誉，经协会会员大会讨论通过，制定本公约。
第二条　会员单位应当遵守《中华人民共和国食品安全法》等法律法规，依法取得生产许可或者小作坊登记，诚信经营。
第三条　会员单位应当建立原辅料进货查验记录，不采购、不使用不符合食品安全标准的原料。
第四条　会员单位产品标签应当真实、规范，不得虚假标注“零添加”“古法”等字样；鼓励在包装上加印追溯码，方便消费者扫码查询生产批次。
第五条　会员之间公平竞争，不恶意压价，不诋毁同行，不仿冒他人商标和包装。
第六条　会员单位违反本公约的，由协会予以提醒、通报批评，情节严重的取消会员资格。
第七条　本公约自通过之日起施行。
椴山县调味品行业协会
二〇二四年四月十六日
""",
    ),
]

"""holdout97, part B: a windmill mill's restoration, a desert-poplar reserve, an endemic-
fluorosis clinic, a metasequoia survey, a sandstorm notice on a county forum, a magnolia
festival, a seaplane base's recruitment, a razor-clam hatchery tender, a mime theatre's
copyright case, a water-bus pier and a broad-bean growers' association. Everything invented;
see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="anthology-mofang-speech-windmill-cn-date",
        site="磨坊札记 · 郁长庚文集 (invented personal collection)",
        style="个人文集",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://yuchanggeng-wenji.example.net/juan2/14.html",
        title="在风车磨坊修复竣工仪式上的讲话",
        record_title="《磨坊札记》卷二·第14篇｜在风车磨坊修复竣工仪式上的讲话",
        date="2024-10-18",
        notes="collection page: speaker line (neutral) and a date in Chinese numerals under the speech title; a collection stamp (not the date), previous/next links and a reader counter",
        indent="\u3000\u3000",
        page="""
!m 磨坊札记 · 郁长庚文集
!m 卷二　讲话与发言
!t 《磨坊札记》卷二·第14篇｜在风车磨坊修复竣工仪式上的讲话
礅山县文物保护中心原主任　郁长庚
（二〇二四年十月十八日）
{BODY}
!m 本篇约900字　收录于 2025-02-11
!l ← 上一篇：修风车的那些木匠　　下一篇：给孙女的一封信 →
!m 已有 1,208 位读者翻阅本卷
""",
        body="""
各位乡亲，各位朋友：
今天，礅山这座百年风车磨坊修复竣工，风车的四片叶子又转起来了。作为参与修复工作的一名老文物工作者，我心里非常激动。
这座磨坊建于清末，过去是周边七个村子磨面的地方。二十多年前，它的叶片被大风吹断，磨盘也停了，很多年轻人已经不知道它是做什么用的。
这次修复，我们坚持“不改变原状”的原则，叶片骨架用的是老匠人按照旧尺寸重新刨制的杉木，石磨也还是原来那一副。
在这里，我要特别感谢三位七十多岁的老木匠，没有他们的手艺和记忆，就没有今天转起来的风车。
希望磨坊修好以后，能成为孩子们了解农耕历史的课堂，也希望大家一起爱护它，让它再转上一百年。
谢谢大家！
""",
    ),
    dict(
        slug="dangjian-huyang-speech-july-first-html",
        site="砗川林业党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://dj.chechuan-forestry.example.gov.cn/ztdr/2025/0701/338.html",
        title="在胡杨林保护站党支部“七一”主题党日上的讲话",
        record_title="【七一专题】在胡杨林保护站党支部“七一”主题党日上的讲话",
        date="2025-07-01",
        notes="Party-building portal: speaker and date lines under the title (neutral), a column label, a study-points box and a 'share to study group' bar, a font-size row",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【七一专题】在胡杨林保护站党支部“七一”主题党日上的讲话_砗川林业党建网</title></head>
<body><div class="head">⟦m 砗川林业党建网⟧　⟦m 红色引领　绿色发展⟧</div>
<div class="menu">⟦l 党建要闻 ｜ 支部风采 ｜ 主题党日 ｜ 学习园地 ｜ 廉政之窗⟧</div>
<div class="loc">⟦m 位置：首页 / 主题党日 / 七一专题⟧</div>
<h2>{T}</h2>
<p class="spk">保护站党支部书记　热依汗</p>
<p class="spk">（2025年7月1日）</p>
<div class="zoom">⟦a 字号：〔大〕〔中〕〔小〕⟧</div>
<div class="content">
{BODY}
</div>
<div class="sharebar">⟦l 一键分享到学习群　｜　复制链接⟧</div>
<div class="side"><h4>⟦l 学习要点⟧</h4><p>⟦l 守护胡杨就是守护绿洲⟧</p><p>⟦l 支部建在保护区⟧</p></div>
<div class="foot">⟦m 砗川县林业和草原局机关党委主办⟧　⟦m 新ICP备17002286号⟧</div>
</body></html>
""",
        body="""
同志们：
今天是党的生日，我们在胡杨林里过一个特别的主题党日。首先，向站里的全体党员致以节日的问候！
我们保护站管护着十一万亩胡杨林，是全县最大的一片荒漠林。这些年，大家顶着风沙巡护，胡杨林面积没有减少一亩，林下植被逐年恢复。
借这个机会，我讲三点意见。
一要坚持把巡护责任扛在肩上。夏季是火灾和盗伐的高发期，每个党员都要带头巡护，做到一片林子一名党员。
二要坚持把生态补水管好用好。要配合水利部门做好今年的生态输水，确保输水渠道畅通，水到林下。
三要坚持把群众团结在身边。要多走访周边牧民，宣传胡杨保护政策，请他们当好护林的眼睛。
同志们，守护胡杨就是守护绿洲。让我们不忘初心，在戈壁滩上书写共产党员的责任与担当。
""",
    ),
    dict(
        slug="hospital-luyuan-notice-fluorosis-screening",
        site="碌源县地方病防治所 (invented, hospital site)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.luyuan-dfb.example.cn/news/2025/0905/172.html",
        title="关于开展2025年儿童氟斑牙免费筛查的通知",
        record_title="关于开展2025年儿童氟斑牙免费筛查的通知 - 碌源县地方病防治所",
        date="2025-09-05",
        notes="hospital site: the department's 咨询电话 in the body beside the site's booking line and 24-hour line in a floating box; a screening table; a 'scan to book' sentence in the text",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于开展2025年儿童氟斑牙免费筛查的通知 - 碌源县地方病防治所</title></head>
<body><div class="logo">⟦m 碌源县地方病防治所⟧ ⟦m 二级专科防治机构⟧</div>
<div class="nav">⟦l 首页 · 本所概况 · 科室导航 · 就医指南 · 防治动态 · 健康科普⟧</div>
<div class="pos">⟦m 首页 &gt;&gt; 防治动态 &gt;&gt; 通知公告⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 来源：口腔防治科　发布日期：2025-09-05　阅读：683⟧</div>
<div class="txt">
{BODY}
</div>
<div class="float">⟦w 预约挂号：0902-8812120⟧<br>⟦w 24小时服务热线：0902-8812999⟧<br>⟦a 在线咨询⟧</div>
<div class="foot">⟦m 地址：碌源县团结路19号⟧　⟦d 本站健康信息仅供参考，不能代替医生面诊⟧</div>
</body></html>
""",
        body="""
各乡镇中心学校、县直各小学：
为掌握我县饮水型地方性氟中毒病区儿童氟斑牙患病情况，经研究，决定于9月至10月在病区乡镇开展儿童氟斑牙免费筛查。现将有关事项通知如下。
一、筛查对象
病区乡镇小学三年级至六年级在校学生。
二、筛查安排
乡镇　筛查日期　筛查地点
沙井镇　9月15日至17日　沙井镇中心学校
红崖乡　9月22日至23日　红崖乡中心学校
高台乡　10月9日至10日　高台乡中心学校
三、有关要求
请各学校提前通知家长，家长可扫描学校转发的二维码填写知情同意书。筛查结果将以书面形式反馈学校和家长。
咨询电话：0902-8812163（口腔防治科）
碌源县地方病防治所
2025年9月5日
""",
    ),
    dict(
        slug="university-bitan-news-metasequoia-survey",
        site="碧潭大学生命科学学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="text",
        source="https://life.bitan-univ.example.edu.cn/xwdt/2025/0425/c2017a55120/page.htm",
        title="我院师生完成碧潭水杉原生母树普查",
        record_title="我院师生完成碧潭水杉原生母树普查-生命科学学院",
        date="2025-04-25",
        notes="college news page: the publish line is the date; photo caption and a contributor line between and after paragraphs; a 'close' and 'print' row and a college footer",
        page="""
!m 碧潭大学 ｜ 生命科学学院
!l 学院首页　学院概况　师资队伍　人才培养　科学研究　学院新闻
!t 我院师生完成碧潭水杉原生母树普查-生命科学学院
!m 发布时间：2025-04-25　作者：赵芮　点击：[ 402 ]
{BODY}
!m 供稿：植物学系　摄影：尹桐　审核：范明哲
!a 【打印】【关闭】
!m 版权所有 © 碧潭大学生命科学学院　地址：碧潭市大学路3号
""",
        body="""
近日，我院植物学系师生历时五个月，完成了碧潭县境内水杉原生母树的普查工作。
普查组由3名教师和14名研究生组成，分成四个小组，深入县内6个乡镇的山谷和村落，逐株测量树高、胸径和冠幅，采集叶片样本并记录生长环境。
⟦m 图为研究生在溪边测量一株水杉母树的胸径。⟧
普查共记录水杉原生母树412株，其中胸径超过一米的有37株，树龄最长的一株估计超过四百年。
普查数据已提交县林业部门，将为水杉母树挂牌保护和种质资源保存提供依据。
""",
    ),
    dict(
        slug="localforum-jianghu-sandstorm-notice-jammer",
        site="礓湖生活网论坛 (invented, Discuz-like county forum)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="html",
        source="https://bbs.jianghu-life.example.com/thread-229031-1-1.html",
        title="关于沙尘天气期间中小学调整户外活动的通知",
        record_title="[本地资讯] 关于沙尘天气期间中小学调整户外活动的通知 - 教育天地 - 礓湖生活网论坛",
        date="2025-03-27",
        notes="county forum HTML: jammer fonts inside the post (one as a line, others glued after 。), poster box with points, reply stats, a reply box and a forum footer with an ICP number",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        page="""
<html><head><meta charset="gbk"><title>[本地资讯] 关于沙尘天气期间中小学调整户外活动的通知 - 教育天地 - 礓湖生活网论坛</title></head>
<body><div id="hd">⟦m 礓湖生活网论坛⟧　<a>⟦a 收藏本版⟧</a>　<a>⟦a 手机看帖⟧</a></div>
<div id="pt">⟦m 礓湖生活网论坛 › 教育天地 › 帖子详情⟧</div>
<div class="stat">⟦m 浏览 3617　｜　回帖 24⟧</div>
<table><tr><td class="pls"><div>⟦m 湖畔老周⟧</div><div>⟦m 精华 2　积分 5120　在线 866 小时⟧</div></td>
<td class="plc"><h1>{T}</h1><div class="authi">⟦m 楼主　发表于 2025-3-27 12:18⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="po">⟦a 顶　踩　收藏　转发⟧</div></td></tr></table>
<div class="reply">⟦l 2楼 小雨点妈妈：终于可以不出操了，孩子老咳嗽⟧</div>
<div id="fastpost">⟦a 发帖前请先登录，没有账号？点此注册⟧</div>
<div id="ft">⟦m 礓湖生活网 ( 甘ICP备19005527号-2 )⟧</div>
</body></html>
""",
        body="""
各乡镇中心学校，县城各中小学、幼儿园：
据县气象台预报，3月28日至30日我县将出现大风沙尘天气，局地有沙尘暴。为保障师生身体健康，现就有关事项通知如下。
一、沙尘天气期间，暂停升旗仪式、大课间和体育课等户外活动，体育课改在室内进行。
二、各学校要关好门窗，做好教室通风时间的调整，提醒学生上下学途中佩戴口罩。
三、寄宿制学校要做好宿舍门窗检查，防止大风造成玻璃破损伤人。
四、沙尘天气结束后，各学校要组织做好校园环境清扫，经检查后再恢复户外活动。
礓湖县教育局
2025年3月27日
""",
    ),
    dict(
        slug="download-ziyuan-plan-magnolia-festival-mirrors",
        site="资源宝下载站 (invented, old table layout)",
        style="资料下载站",
        genre="活动方案",
        kind="plan",
        form="html",
        source="http://www.ziyuanbao-down.example.cn/soft/wendang/20250301/9921.html",
        title="礓湖县第五届玉兰花节活动方案",
        record_title="礓湖县第五届玉兰花节活动方案.doc免费下载",
        date="2025-02-18",
        notes="download station: file-info table (size, update stamp, rating), three mirror links, a dead-link report, a safety-scan line; the document's own preview text; a sponsor line",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>礓湖县第五届玉兰花节活动方案.doc免费下载_资源宝下载站</title></head>
<body><table width="980"><tr><td>⟦m 资源宝下载站 —— 办公文档免费下载⟧</td></tr></table>
<table width="980"><tr><td>⟦m 当前：首页 → 办公文档 → 活动策划⟧</td></tr></table>
<table width="980" class="info">
<tr><td>⟦m 文件大小：46 KB⟧</td><td>⟦m 更新时间：2025-03-01⟧</td></tr>
<tr><td>⟦m 文档格式：.doc⟧</td><td>⟦m 推荐星级：★★★★☆⟧</td></tr>
<tr><td colspan="2">⟦m 已通过三款杀毒软件检测，请放心下载⟧</td></tr></table>
<h2>{T}</h2>
<div class="intro"><b>⟦m 文档预览：⟧</b>
{BODY}
</div>
<table class="down"><tr><td>⟦a 本地高速下载⟧</td><td>⟦a 电信线路下载⟧</td><td>⟦a 联通线路下载⟧</td></tr></table>
<div>⟦a 下载地址失效？点此报错⟧</div>
<div>⟦l 同类推荐：春季踏青活动策划书 ｜ 乡村旅游节开幕式流程⟧</div>
<div class="ft">⟦d 本站所有资源均来源于网络，仅供学习研究之用，请于下载后24小时内删除⟧</div>
</body></html>
""",
        body="""
为展示我县玉兰文化和生态旅游资源，促进乡村旅游和特色产业发展，经县人民政府同意，决定举办礓湖县第五届玉兰花节。具体方案如下。
一、活动时间
2025年3月15日至4月5日。
二、活动地点
主会场设在望湖镇玉兰谷，分会场设在县城滨湖公园。
三、主要活动
（一）开幕式暨玉兰文化展演，3月15日上午在玉兰谷举行。
（二）“最美玉兰”摄影大赛，面向社会公开征集作品，4月中旬评选揭晓。
（三）玉兰产品展销，组织本地花卉苗木、玉兰茶和农特产品企业现场展销。
四、工作要求
各有关单位要按照职责分工抓好落实，县公安局、县市场监管局要做好活动期间的交通疏导和食品安全保障工作。
礓湖县人民政府办公室
2025年2月18日
""",
    ),
    dict(
        slug="exam-panling-seaplane-recruitment-written-test",
        site="磻岭人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.panling-rsks.example.gov.cn/ksgg/2025/0603/1190.html",
        title="磻岭通用航空水上机场2025年公开招聘工作人员笔试公告",
        date="2025-06-03",
        notes="exam site text: an exam timetable as table rows; instructions to 下载/打印 the 准考证 belong to the text; the exam office's 咨询电话 beside the site's technical line",
        indent="\u3000\u3000",
        page="""
!m 磻岭人事考试网　　公平　公正　诚信
!m 首页 > 考试公告 > 事业单位招聘
!t 磻岭通用航空水上机场2025年公开招聘工作人员笔试公告_考试公告_磻岭人事考试网
!m 发布者：考务科　　来源：磻岭市人事考试中心　　时间：2025-06-03 10:00
{BODY}
!w 网站技术支持电话：0776-2298800（工作日9:00-17:00）
!l 相关公告：2025年市直事业单位招聘面试公告 ｜ 关于考生诚信应考的提醒
!a 收藏　打印本页　关闭
""",
        body="""
根据《磻岭通用航空水上机场2025年公开招聘工作人员公告》，现将笔试有关事项公告如下。
一、笔试时间及科目
日期　时间　科目
6月21日　9:00—11:00　综合基础知识
6月21日　14:30—16:30　航空专业知识
二、准考证打印
请报考人员于6月17日9:00至6月20日17:00登录本网站下载并打印准考证，凭准考证和有效身份证件参加笔试。
三、注意事项
考生须在开考前30分钟进入考场，开考15分钟后不得入场。考试期间禁止携带手机等通讯工具进入考场。
咨询电话：0776-2287031（磻岭通用航空水上机场人事部）
磻岭市人事考试中心
2025年6月3日
""",
    ),
    dict(
        slug="tender-cacheng-razor-clam-hatchery",
        site="礤城公共资源交易网 (invented, tender platform)",
        style="招投标网",
        genre="招标公告",
        kind="notice",
        form="html",
        source="https://ggzy.cacheng.example.gov.cn/jyxx/gcjs/zbgg/20250812/4471.html",
        title="礤城县蛏苗繁育基地建设项目招标公告",
        record_title="礤城县蛏苗繁育基地建设项目招标公告-礤城公共资源交易网",
        date="2025-08-12",
        record_date="2025-08-12",
        notes="tender platform: the buyer's and agency's contacts in the body beside the platform's CA/digital-certificate hotline; a lot table; project code line and a 'download bidding documents' button (chrome) while the text speaks of obtaining the documents",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>礤城县蛏苗繁育基地建设项目招标公告-礤城公共资源交易网</title></head>
<body><div class="top">⟦m 礤城公共资源交易网⟧ ⟦a 投标人登录⟧ ⟦a 新用户注册⟧</div>
<div class="nav">⟦l 交易信息　｜　政策法规　｜　办事指南　｜　下载中心⟧</div>
<div class="bread">⟦m 首页 &gt; 交易信息 &gt; 工程建设 &gt; 招标公告⟧</div>
<h2>{T}</h2>
<div class="info">⟦m 发布时间：2025-08-12 17:05:33　浏览：129次⟧</div>
<div class="code">⟦m 项目编号：CCGG-2025-0817⟧</div>
<div class="detail">
{BODY}
</div>
<div class="btn">⟦a 下载招标文件⟧　⟦a 我要投标⟧</div>
<div class="ca">⟦w 数字证书（CA）办理及技术支持：400-8077-5210⟧</div>
<div class="foot">⟦m 礤城县公共资源交易中心　版权所有⟧</div>
</body></html>
""",
        body="""
一、项目概况
礤城县蛏苗繁育基地建设项目已批准建设，建设资金来自县级财政资金，招标人为礤城县海洋与渔业发展中心。现对该项目施工进行公开招标。
二、招标范围
标段　建设内容　最高限价（万元）
一标段　育苗车间及配套水处理系统　586.40
二标段　蓄水池、进排水渠及道路　312.75
三、投标人资格要求
投标人须具备水利水电工程施工总承包三级及以上资质，项目经理须具备二级及以上注册建造师资格。
四、招标文件的获取
凡有意参加投标者，请于2025年8月13日至8月19日，凭CA数字证书登录交易平台免费获取招标文件。
五、联系方式
招标人：礤城县海洋与渔业发展中心　联系人：钟海生　电话：0668-7251106
招标代理机构：礤城正衡工程咨询有限公司　联系人：邝婧　电话：0668-7219388
""",
    ),
    dict(
        slug="lawfirm-zhengli-mime-copyright-wechat-glued",
        site="正礼律师事务所 (invented)",
        style="律所网站",
        genre="普法文章",
        kind="other",
        form="text",
        source="https://www.zhengli-law.example.cn/article/2025/0520/mime-copyright.html",
        title="默剧表演也受著作权保护吗——从一起剧目模仿纠纷谈起",
        record_title="法律视点｜默剧表演也受著作权保护吗——从一起剧目模仿纠纷谈起",
        date="2025-05-20",
        notes="law-firm article: a lawyer's WeChat prompt glued after a sentence, a consultation box at the end, a 'not legal advice' disclaimer; the publish line is the date",
        page="""
!m 正礼律师事务所　ZHENGLI LAW FIRM
!m 首页 / 律师观点 / 知识产权
!t 法律视点｜默剧表演也受著作权保护吗——从一起剧目模仿纠纷谈起
!m 作者：符静宜律师　发布日期：2025-05-20　阅读量：388
{BODY}
!d 本文仅为作者个人观点，不构成对任何具体案件的法律意见。
!w 免费法律咨询请拨打：0754-8830126（周一至周六）
!l 相关文章：演出合同中的“排他条款”怎么看？｜剧场租赁纠纷的三个常见误区
""",
        body="""
去年，某默剧团发现另一家演出公司在商业演出中，几乎原样照搬了其原创默剧《雨夜站台》的动作编排和情节设计，双方由此产生纠纷。
很多人认为，默剧没有台词，就谈不上著作权。这种看法并不准确。
根据著作权法，哑剧等通过连续的动作、姿势、表情等表现思想情感的作品，属于受保护的作品类型。⟦w 遇到类似问题可加符律师微信：fujy-lawyer 详聊⟧
判断是否构成侵权，关键要看被控表演与原作品在动作编排、情节结构等具体表达上是否构成实质性相似，单纯借鉴“站台”“雨夜”这类题材和思路，一般不构成侵权。
本案中，法院经比对认定，两部作品有超过七成的动作段落顺序和编排一致，判决演出公司停止侵权并赔偿经济损失。
建议剧团在作品创作完成后及时进行著作权登记，并保存好排练视频、创作手稿等证据。
""",
    ),
    dict(
        slug="community-binhe-water-bus-pier-notice",
        site="滨河社区服务网 (invented, residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://binhe-sq.example.com/gonggao/2025/07/02/118.html",
        title="关于水上巴士滨河社区码头临时停靠调整的通知",
        record_title="【社区公告】关于水上巴士滨河社区码头临时停靠调整的通知",
        date="2025-07-02",
        notes="residents' site: a route table, the operator's and the community's own phones in the body beside the site's grid-worker hotline; weather widget, a 'follow the community account' prompt and a notice board",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【社区公告】关于水上巴士滨河社区码头临时停靠调整的通知 - 滨河社区服务网</title></head>
<body><div class="hd">⟦m 滨河社区服务网⟧ ⟦m 今日 多云 27～33℃⟧</div>
<div class="nav">⟦l 社区首页　公告栏　办事指南　邻里圈　志愿服务⟧</div>
<div class="wz">⟦m 首页 &gt; 公告栏⟧</div>
<h1>{T}</h1>
<div class="sub">⟦m 发布人：滨河社区居委会　时间：2025-07-02　阅读 1,022⟧</div>
<div class="art">
{BODY}
</div>
<div class="tip">⟦a 关注“滨河社区”公众号，第一时间收到停水停电通知⟧</div>
<div class="side"><h4>⟦l 社区公告栏⟧</h4><p>⟦l 7月5日燃气管道入户安检⟧</p><p>⟦l 夏季防溺水安全提示⟧</p></div>
<div class="foot">⟦w 网格员服务热线：0571-8916 2208⟧　⟦m 滨河社区居民委员会主办⟧</div>
</body></html>
""",
        body="""
各位居民朋友：
因滨河社区码头浮桥进行防汛加固施工，水上巴士2号线自7月5日起临时调整停靠点，预计8月10日恢复。具体调整如下：
线路　原停靠点　临时停靠点
2号线（往城南）　滨河社区码头　柳岸公园码头
2号线（往城北）　滨河社区码头　文昌桥码头
调整期间，社区将在每天早晚高峰安排志愿者在柳岸公园码头引导老年居民乘船。
如有疑问，可咨询水上巴士公司客服电话0571-8870 3315，或社区服务站电话0571-8916 2201。
给大家出行带来不便，敬请谅解。
滨河社区居民委员会
2025年7月2日
""",
    ),
    dict(
        slug="association-candou-pledge-broad-bean",
        site="砝城县蚕豆产业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="letter",
        form="text",
        source="http://www.facheng-candou.example.org.cn/xhdt/2025/0416/52.html",
        title="关于规范鲜食蚕豆采收和销售的倡议书",
        record_title="[协会倡议] 关于规范鲜食蚕豆采收和销售的倡议书",
        date="2025-04-16",
        notes="association site: slogan line, member-login and join prompts, a 'previous/next' row; the pledge's own numbered list",
        page="""
!m 砝城县蚕豆产业协会
!m 服务会员　规范行业　打响品牌
!a 会员登录 ｜ 申请入会
!m 协会动态 → 正文
!t [协会倡议] 关于规范鲜食蚕豆采收和销售的倡议书
!m 2025/04/16　秘书处
{BODY}
!l 上一条：协会召开2025年第一次理事会 ／ 下一条：蚕豆赤斑病防治技术要点
!m 协会地址：砝城县农贸大道66号　联系电话：0877-6402210
""",
        body="""
全县蚕豆种植户、经纪人和收购企业：
鲜食蚕豆即将大量上市。为维护“砝城蚕豆”品牌信誉，保障种植户和消费者的合法权益，协会向大家发出如下倡议：
1.适时采收。豆荚饱满、豆粒达到八成熟时再采收，不抢青、不早采。
2.诚信交易。收购时按质论价、明码标价，不压级压价，不缺斤短两。
3.规范包装。统一使用协会推荐的透气网袋，标明产地和采收日期，不掺杂次品。
4.安全用药。严格遵守农药安全间隔期，采收前十天内不得施用农药。
让我们携起手来，共同守护“砝城蚕豆”的好口碑！
砝城县蚕豆产业协会
2025年4月16日
""",
    ),
]

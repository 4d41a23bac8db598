"""holdout60, part B: Party-building, hospital, university, local forum, download station,
personnel exams, tenders, a law firm, residents, associations, a firm and a training school.
Invented text; see ../README.md."""

CASES = [
    dict(
        slug="dangjian-jichuan-speech-water-branch-html",
        site="汲川党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://dj.jichuan.example.gov.cn/djyw/2025/0701/4471.html",
        title="在县供水公司党支部“七一”主题党日活动上的讲话",
        date="2025-07-01",
        notes="Party-building site HTML; speech title with role as given; speaker line and date under title neutral; font-size row; prev/next links",
        page="""
<html><head><meta charset="utf-8"><title>在县供水公司党支部“七一”主题党日活动上的讲话--汲川党建网</title></head><body>
<div class="head">⟦m 汲川党建网⟧　⟦m 汲川县委组织部主办⟧</div>
<div class="nav">⟦m 首页 | 党建要闻 | 基层党建 | 党员教育 | 先锋风采⟧</div>
<div class="position">⟦m 位置：首页 → 基层党建⟧</div>
<h3>⟦t 在县供水公司党支部“七一”主题党日活动上的讲话⟧</h3>
<p class="spk">县水利局党组书记　晏秋明</p>
<p class="spk">（2025年7月1日）</p>
<div class="fs">⟦a 【字号：放大 还原 缩小】⟧</div>
{BODY}
<div class="pn">⟦l 上一条：水利系统举办党务干部培训班⟧<br>⟦l 下一条：城关镇开展党员冬训⟧</div>
<div class="bottom">⟦m 汲川县委组织部 版权所有　技术维护：县大数据中心⟧</div>
</body></html>
""",
        body="""
同志们：
今天是党的生日，我们来到城南水厂，和一线党员一起过主题党日，很有意义。
过去一年，供水公司党支部组织党员突击队抢修管网漏点一百二十处，保障了高温期间群众用水。
希望大家把党员先锋岗设在水厂、设在管网、设在群众家门口，让党旗在供水一线高高飘扬。
""",
    ),
    dict(
        slug="hospital-liuchuan-eye-notice-myopia-screening",
        site="琉川县人民医院眼科 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.lcrmyy.example.com/news/ks/yk/2025/0828/910.html",
        title="琉川县人民医院关于开展秋季学生视力筛查的通知",
        record_title="琉川县人民医院关于开展秋季学生视力筛查的通知_琉川县人民医院",
        date="2025-08-28",
        notes="hospital site with appointment hotline and booking prompt; document's own contact lines kept; signature date",
        page="""
!m 琉川县人民医院　二级甲等综合医院
!a 预约挂号　|　报告查询　|　智能导诊
!m 首页 > 科室导航 > 眼科 > 科室动态
{T}
!m 作者：眼科　浏览次数：1184
{BODY}
!w 全院预约电话：0739-7712120（7:30-17:30）
!a 关注“琉川县人民医院”服务号，可在线预约散瞳验光
!m 地址：琉川县红旗路66号　琉ICP备19004412号
""",
        body="""
各中小学校：
为早发现、早干预学生近视，我院定于9月8日至9月26日为全县中小学生开展免费视力筛查。
筛查项目包括裸眼视力、电脑验光和眼轴长度测量，结果将通过学校反馈给家长。
请各校提前安排好筛查场地，每次组织学生不超过六十人。
联系人：眼科护士长 钟晓岚　电话：0739-7712368
琉川县人民医院
2025年8月28日
""",
    ),
    dict(
        slug="university-yuanyuan-news-parachute-club-html",
        site="鸢原体育学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.yyty.example.edu.cn/info/1012/6603.htm",
        title="我院跳伞队在全省航空运动锦标赛中获佳绩",
        record_title="我院跳伞队在全省航空运动锦标赛中获佳绩-鸢原体育学院",
        date="2025-10-21",
        notes="university news HTML with 审核/撰稿 line, click counter script, quick links; decorated title",
        page="""
<html><head><meta charset="utf-8"><title>我院跳伞队在全省航空运动锦标赛中获佳绩-鸢原体育学院</title>
<script>document.write('点击量：'+_clicks);</script></head><body>
<div class="logo">⟦m 鸢原体育学院　YUANYUAN SPORTS COLLEGE⟧</div>
<div class="nav">⟦m 学院概况　院系设置　招生就业　校园新闻　信息公开⟧</div>
<div class="wz">⟦m 当前位置：首页 / 校园新闻 / 综合新闻⟧</div>
<h1>⟦t 我院跳伞队在全省航空运动锦标赛中获佳绩⟧</h1>
<div class="info">⟦m 时间：2025-10-21　撰稿：郝芸　审核：宣传部⟧</div>
<div class="v_news_content">
{BODY}
</div>
<div class="links">⟦l 快速链接：图书馆 | 教务系统 | 校历 | 邮箱⟧</div>
<div class="foot">⟦m 地址：鸢原市大学城体院路1号　邮编：712000⟧</div>
</body></html>
""",
        body="""
10月18日至20日，全省航空运动锦标赛在翔坪机场举行，我院跳伞队获得两金一银的成绩。
在女子定点跳伞项目中，运动训练专业学生聂思雨以累计误差七厘米的成绩夺冠。
本次比赛共有来自九个市的十六支队伍参加，是近年来规模最大的一次省级赛事。
""",
    ),
    dict(
        slug="localforum-jitang-goldfish-flood-junk",
        site="鲫塘生活网 (invented)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="text",
        source="http://bbs.jitanglife.example.com/forum.php?mod=viewthread&tid=93055",
        title="关于做好金鱼养殖池塘防汛工作的通知",
        record_title="[转帖] 关于做好金鱼养殖池塘防汛工作的通知",
        date="2025-06-17",
        notes="county life forum repost; junk lines and glued junk; signature date; poster meta, 楼主 line, thanks bar",
        junk=dict(lines=2, glued=1),
        page="""
!m 鲫塘生活网 » 鲫塘杂谈 » 便民信息
!t [转帖] 关于做好金鱼养殖池塘防汛工作的通知
!m 楼主　塘边老周　|　注册时间 2019-3-2　|　积分 2231
!m 电梯直达 1#
{BODY}
!l 收藏 3　|　分享　|　支持 12
!m 该帖已被 版主 设为本版置顶
""",
        body="""
各乡镇农业服务中心，各金鱼养殖专业合作社：
据气象部门预测，6月下旬我县将迎来强降雨过程，为减少养殖损失，现将有关事项通知如下。
一、加固塘埂，清理排水沟，在进排水口加装拦鱼网，防止金鱼逃逸。
二、适当降低池塘水位，备好增氧机和发电机，暴雨期间注意夜间巡塘。
三、发现塘埂垮塌等险情，要立即报告所在乡镇并组织人员转移。
鲫塘县农业农村局
2025年6月17日
""",
    ),
    dict(
        slug="download-huaxia-old-table-spectacles-rules",
        site="华夏资料下载站 (invented)",
        style="资料下载站",
        genre="制度",
        kind="rules",
        form="html",
        source="http://www.hxzl-down.example.com/soft/2025/33907.html",
        title="眼镜加工车间安全操作规程",
        record_title="眼镜加工车间安全操作规程.doc",
        date=None,
        notes="old gbk table layout of a download station: file-info table, mirror links, dead-link report, marquee; numbered list kept; no date (update stamp only)",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"><title>眼镜加工车间安全操作规程.doc 免费下载 - 华夏资料下载站</title></head>
<body bgcolor="#ffffff">
<table width="960" align="center"><tr><td>⟦m 华夏资料下载站　www.hxzl-down.example.com⟧</td><td><marquee>⟦m 本站资料每日更新，欢迎收藏！⟧</marquee></td></tr></table>
<table width="960" align="center"><tr><td>⟦m 当前位置：首页 >> 企业管理 >> 规章制度⟧</td></tr></table>
<table width="960" align="center" border="1">
<tr><td>⟦t 眼镜加工车间安全操作规程.doc⟧</td></tr>
<tr><td>⟦m 文件大小：32 KB　更新时间：2025-02-14　下载次数：288⟧</td></tr>
<tr><td>⟦m 运行环境：Word/WPS　授权方式：免费⟧</td></tr>
</table>
<table width="960" align="center"><tr><td>
{BODY}
</td></tr></table>
<table width="960" align="center"><tr><td>⟦a 下载地址一：电信高速⟧</td><td>⟦a 下载地址二：联通高速⟧</td><td>⟦a 下载地址三：备用下载⟧</td></tr>
<tr><td colspan="3">⟦a 如果下载地址失效，请点此报告错误⟧</td></tr></table>
<table width="960" align="center"><tr><td>⟦d 本站所有资料均来源于网络，仅供学习参考，版权归原作者所有⟧</td></tr></table>
</body></html>
""",
        body="""
第一条　为保障眼镜加工车间员工的人身安全，防止设备事故，制定本规程。
第二条　磨边机、开槽机操作前应检查防护罩是否完好，冷却水是否充足。
第三条　操作时必须佩戴防护眼镜，长发须盘起，不得戴手套接触旋转部件。
第四条　镜片抛光产生的粉尘应及时用湿布清理，严禁用嘴吹或压缩空气吹扫。
第五条　下班前关闭设备电源，清理工作台，做好交接记录。
""",
    ),
    dict(
        slug="exam-liuchuan-notice-water-utility-hiring",
        site="琉川人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.lcrsks.example.gov.cn/kwgg/2025/0403/1218.html",
        title="琉川县供排水服务中心2025年公开招聘工作人员公告",
        record_title=None,
        date="2025-04-03",
        notes="exam site: login prompt, hotline, related notices; 报名 table kept; the document's 咨询电话 kept; signature date",
        page="""
!m 琉川人事考试网　公平　公正　诚信
!a 考生登录 | 注册 | 准考证打印入口
!m 首页 > 考试公告 > 事业单位
{T}
!m 发布：琉川县人力资源服务中心　日期：2025-04-03　浏览：8866
{BODY}
!w 考务咨询热线（工作日）：0739-7800012
!l 相关公告：琉川县2025年教师招聘公告　琉川县医共体招聘简章
!d 本网站仅为考试信息发布平台，招聘政策以招聘单位解释为准
""",
        body="""
根据事业单位公开招聘有关规定，琉川县供排水服务中心面向社会公开招聘工作人员6名。
岗位代码　岗位名称　人数　专业要求
01　水质检验员　2　化学、环境工程
02　管网技术员　3　给排水科学与工程
03　综合文员　1　汉语言文学
报名时间为4月10日至4月16日，报名方式为网上报名。
政策咨询电话：0739-7801563
琉川县供排水服务中心
2025年4月3日
""",
    ),
    dict(
        slug="tender-zaoyuan-bid-dryer-html",
        site="棘原县公共资源交易中心 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://ggzy.jiyuan-zy.example.gov.cn/jyxx/zfcg/2025/0715/22871.html",
        title="棘原县红枣烘干设备采购项目中标结果公告",
        record_title="棘原县红枣烘干设备采购项目中标结果公告",
        record_date="2025-07-15",
        date="2025-07-15",
        notes="trading platform HTML with project info table (chrome), bid table body kept; CA login; site service line",
        page="""
<html><head><meta charset="utf-8"><title>棘原县红枣烘干设备采购项目中标结果公告</title></head><body>
<div class="top">⟦m 棘原县公共资源交易中心⟧ <span>⟦a CA登录　|　主体注册　|　办事指南⟧</span></div>
<div class="crumb">⟦m 交易信息 ＞ 政府采购 ＞ 结果公告⟧</div>
<h2>⟦t 棘原县红枣烘干设备采购项目中标结果公告⟧</h2>
<div class="meta">⟦m 【信息时间：2025-07-15】【阅读次数：402】⟧ ⟦a 【我要打印】【关闭】⟧</div>
<div class="ewb-article">
{BODY}
</div>
<div class="foot">⟦m 交易中心服务电话：0915-2318899　地址：棘原县政务服务中心三楼⟧</div>
</body></html>
""",
        body="""
一、项目编号：JYZC-2025-0622
二、项目名称：棘原县红枣烘干设备采购项目
三、中标信息：
标包　供应商名称　中标金额（元）
一　枣乡机械制造有限公司　1,286,000
二　秦川热能设备有限公司　947,500
四、公告期限：自本公告发布之日起1个工作日。
五、采购人联系方式：棘原县林业局　联系人：宋卫　电话：0915-2302217
""",
    ),
    dict(
        slug="lawfirm-jinglv-article-water-contract",
        site="镜律律师事务所 (invented)",
        style="律所网站",
        genre="文章",
        kind="article",
        form="text",
        source="https://www.jinglv-law.example.com/insights/2025/0902-water-supply-contract",
        title="农村供水工程承包合同的五个风险点",
        record_title="农村供水工程承包合同的五个风险点 ｜ 镜律观察",
        date="2025-09-02",
        notes="law firm article; decorated title; consult hotline, 'not legal advice' notice, author card; numbered list kept; 发布日期 line",
        page="""
!m 镜律律师事务所 JINGLV LAW FIRM
!m 首页 / 镜律观察 / 工程与基础设施
!t 农村供水工程承包合同的五个风险点
!m 作者：严若溪 律师　｜　发布日期：2025-09-02
{BODY}
!d 本文仅为一般性法律信息分享，不构成对任何具体案件的法律意见
!w 如需咨询，请致电 400-818-6620 或发送邮件至 consult@jinglv-law.example.com
!l 推荐阅读：村级工程招标常见问题　｜　工程款支付纠纷的证据准备
""",
        body="""
近年来各地推进农村供水保障工程，村集体和乡镇作为发包方签订承包合同的情况越来越多。
结合我们代理的案件，以下五个风险点需要特别注意。
1.工程范围约定不清，入户管道是否包含在内经常引发争议。
2.水质达标责任没有写明，竣工后检测不合格时难以追责。
3.质保金比例和返还时间缺失。
4.变更签证流于口头，结算时无据可查。
5.管护移交程序不完整，后期维修责任落空。
""",
    ),
    dict(
        slug="community-hexin-notice-water-outage",
        site="荷心社区网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.hexinshequ.example.org/tzgg/2025/1104/215.html",
        title="关于小区二次供水设施改造期间临时停水的通知",
        record_title="关于小区二次供水设施改造期间临时停水的通知（转）",
        date="2025-11-04",
        notes="residents' site; decorated （转）; residents' group QR prompt; notice's own 联系人 and the site's hotline; a sentence about scanning a code kept in the body",
        page="""
!m 荷心社区网 · 邻里一家亲
!m 栏目：社区公告　时间：2025-11-04 10:15　来源：社区居委会
!t 关于小区二次供水设施改造期间临时停水的通知（转）
{BODY}
!a 扫码加入荷心社区居民群，第一时间获取停水停电通知
!w 社区服务热线：0573-8826115（24小时）
!l 上一则：垃圾分类积分兑换活动开始啦　下一则：冬季燃气安全提醒
""",
        body="""
各位居民：
为解决小区高层住户水压不足问题，县供水公司将于11月8日对小区二次供水泵房进行改造。
改造期间，8日早上8时至晚上8时小区停水，请各位居民提前做好储水准备。
停水期间如遇紧急情况，可扫描各楼道张贴的二维码报修，维修人员将及时处理。
联系人：网格员 夏雨薇　电话：13905736617
荷心社区居民委员会
2025年11月4日
""",
    ),
    dict(
        slug="assoc-jitang-goldfish-pledge-html",
        site="鲫塘县观赏鱼协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="pledge",
        form="html",
        source="http://www.jtgsy.example.org.cn/xhdt/2025/0318/77.html",
        title="鲫塘县观赏鱼行业规范经营倡议书",
        record_title=None,
        date="2025-03-18",
        notes="association HTML; no record title; member login; join prompt; friendly links; signature date in Chinese numerals",
        page="""
<html><head><meta charset="utf-8"><title>协会动态 - 鲫塘县观赏鱼协会</title></head><body>
<div class="hd">⟦m 鲫塘县观赏鱼协会⟧ ⟦a 会员登录｜入会申请⟧</div>
<div class="nav">⟦m 协会简介　协会动态　会员风采　品种图鉴　联系我们⟧</div>
<div class="here">⟦m 首页 » 协会动态⟧</div>
<h2>⟦t 鲫塘县观赏鱼行业规范经营倡议书⟧</h2>
<div class="date">⟦m 2025-03-20 ｜ 阅读 356⟧</div>
{BODY}
<div class="links">⟦l 友情链接：省渔业协会 ｜ 鲫塘县农业农村局 ｜ 金鱼文化节官网⟧</div>
<div class="ft">⟦d Copyright © 鲫塘县观赏鱼协会 未经许可不得转载⟧</div>
</body></html>
""",
        body="""
全县观赏鱼养殖户、经营户：
为维护鲫塘金鱼的良好声誉，协会向全体会员和从业者发出如下倡议。
一是诚信经营，明码标价，不以次充好，不虚标品种和鱼龄。
二是规范用药，严禁使用禁用渔药，做好养殖和用药记录。
三是文明运输，做好包装充氧，减少运输途中的死亡损失。
鲫塘县观赏鱼协会
二〇二五年三月十八日
""",
    ),
    dict(
        slug="corp-shuiyun-news-company-site",
        site="涓水水务集团 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.jsshuiwu.example.com.cn/news/qydt/20250512/1880.html",
        title="涓水水务集团开展“水厂开放日”活动",
        record_title="涓水水务集团开展“水厂开放日”活动-企业动态",
        date="2025-05-12",
        notes="state enterprise site; menu, stock-code line, service hotline, WeChat follow; 发布时间 line; the body mentions 关注 and 分享 as content",
        page="""
!m 涓水水务集团　股票代码：600xxx（示例）
!m 关于我们　新闻中心　业务领域　社会责任　客户服务
!m 新闻中心 > 企业动态
{T}
!m 发布时间：2025-05-12　点击：903
{BODY}
!w 24小时供水服务热线 96677
!a 微信扫一扫，关注涓水水务
!d ©2025 涓水水务集团有限公司 版权所有
""",
        body="""
5月10日，涓水水务集团在城北水厂举办“水厂开放日”活动，八十余名市民代表走进水厂。
市民们参观了取水泵房、絮凝沉淀池和水质化验室，了解一滴水从水源到龙头的旅程。
化验室工作人员现场演示了浊度和余氯检测，并向大家分享了家庭储水的小常识。
不少市民表示，以后会更加关注节约用水，也愿意把今天的见闻分享给身边的人。
""",
    ),
    dict(
        slug="training-yaoling-skydive-plan-html",
        site="鹞岭航空运动培训学校 (invented)",
        style="培训机构",
        genre="方案",
        kind="plan",
        form="html",
        source="https://www.yaoling-skydive.example.com/kecheng/plan2025.html",
        title="2025年秋季跳伞运动员培训方案",
        record_title="2025年秋季跳伞运动员培训方案_鹞岭航空运动培训学校",
        date=None,
        notes="training school HTML with floating consult box, sign-up prompt, course list; decorated title; no date; decimal headings kept",
        page="""
<html><head><meta charset="utf-8"><title>2025年秋季跳伞运动员培训方案_鹞岭航空运动培训学校</title></head><body>
<div class="top">⟦m 鹞岭航空运动培训学校　让梦想飞得更高⟧</div>
<div class="nav">⟦m 首页　课程体系　教练团队　学员风采　报名咨询⟧</div>
<h1>⟦t 2025年秋季跳伞运动员培训方案⟧</h1>
<div class="content">
{BODY}
</div>
<div class="float">⟦w 在线咨询　招生老师：小鹞　电话 186-0000-7312⟧</div>
<div class="cta">⟦a 立即报名，前20名赠送体验跳一次⟧</div>
<div class="more">⟦l 热门课程：滑翔伞初级班 ｜ 动力伞私照班 ｜ 青少年航模营⟧</div>
<div class="ft">⟦m 地址：鸢原县翔坪机场北侧　备案号：鸢ICP备20008761号⟧</div>
</body></html>
""",
        body="""
1 培训目标
1.1 通过培训，使学员掌握跳伞基本理论和安全知识，能够独立完成低空跳伞。
1.2 培训结束时，考核合格者取得运动员等级申报资格。
2 培训安排
2.1 理论课程共四十学时，内容包括伞具结构、气象常识和应急处置。
2.2 实跳训练不少于二十五次，由持证教练一对一带飞。
3 安全要求
3.1 学员须通过体检，年满十八周岁，并签订安全责任书。
""",
    ),
]

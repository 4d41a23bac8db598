"""holdout153, part B: Gui opera, medicinal diet and sand-table models on collections,
Party-building, hospital, university, local-forum, download, exam, tender, law-firm,
residents' and association sites. Invented throughout."""

CASES = [
    dict(
        slug="collection-laoqin-guiju-memoir-oneline",
        site="秦伯文存 (invented personal collection)",
        style="个人文集",
        genre="随笔",
        kind="other",
        form="text",
        source="https://www.qinbowencun.example.net/juan2/57.html",
        title="我在桂剧团拉琴的四十年",
        record_title="《秦伯文存》卷二·第57篇｜我在桂剧团拉琴的四十年",
        date=None,
        notes="one-line body; collection chapter nav; years only inside the memoir; no date",
        oneline=True,
        indent="　　",
        page="""
!m 秦伯文存 · 一位老琴师的文字
!l 卷二 › 梨园旧事 › 第57篇
{T}
{BODY}
!l ← 第56篇 戏箱里的老物件　　第58篇 下乡演出的路 →
!l 本卷目录 | 全集目录
!d 文存内容由作者家属整理发布，请勿用于商业用途。
""",
        body="""
1983年秋天，我背着一把桂胡进了县桂剧团，那年我十九岁。
老团长说，拉琴的要比唱戏的先懂戏，唱腔起在哪里、落在哪里，琴师心里要有数。
那些年剧团常年下乡，一个月要走二十多个村子，晚上在晒谷坪搭台，锣鼓一响，四乡八寨的人都赶来看。
如今我已退休，团里的年轻琴师用上了电子调音器，但我还是叮嘱他们，调音器只能帮你定音，帮不了你懂戏。
""",
    ),
    dict(
        slug="dangjian-yanshan-guiju-lecture-html",
        site="瑄阳党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.xuanyangdj.example.gov.cn/dkzt/2025/0627/1182.html",
        title="以戏育人 以文铸魂——在县桂剧团党支部专题党课上的讲稿",
        record_title="【专题党课】以戏育人 以文铸魂——在县桂剧团党支部专题党课上的讲稿_瑄阳党建网",
        date="2025-06-27",
        notes="Party-building site with 字号 row, study-points badge glued after a paragraph, footer; date under the title in Chinese numerals; speaker line neutral",
        page="""
<html><head><meta charset="utf-8"><title>【专题党课】以戏育人 以文铸魂——在县桂剧团党支部专题党课上的讲稿_瑄阳党建网</title></head>
<body>
<header>⟦m 瑄阳党建网 · 凝心聚力 建功新时代⟧</header>
<nav>⟦m 首页 ｜ 党建要闻 ｜ 组织建设 ｜ 党课专题 ｜ 先锋风采 ｜ 廉政之窗⟧</nav>
<div class="loc">⟦m 您的位置：首页 &gt; 党课专题⟧</div>
<h1>{T}</h1>
<p class="sub">（二〇二五年六月二十七日）</p>
<p class="sub">县桂剧团党支部书记　廖文山</p>
<div class="bar">⟦a 字号：A+ A A-⟧　⟦a 收藏⟧　⟦a 打印⟧</div>
<div class="txt">
{BODY}
</div>
<div class="rel">⟦l 相关阅读：县文化系统召开党建工作推进会⟧</div>
<footer>⟦m 中共瑄阳县委组织部主办　联系电话：0776-7216603⟧<br>⟦m 桂ICP备18007723号⟧</footer>
</body></html>
""",
        body="""
同志们：
今天这堂党课，我想和大家谈谈剧团党员如何在传承桂剧中发挥先锋作用。
第一，守正是根本。桂剧的唱腔、身段、锣鼓经都是前辈艺人一代代传下来的，党员演员要带头练好基本功，不能图省事丢了老规矩。⟦a 学习积分+2⟧
第二，创新是出路。我们新排的现代戏走进了村屯，群众爱看，说明只要贴近生活，老剧种一样能焕发新活力。
第三，育人是关键。支部每名党员都要带一名青年演员，做到业务上帮、思想上带。
同志们，让我们以更大的热情守护好、发展好桂剧事业。
""",
    ),
    dict(
        slug="hospital-qiantian-yaoshan-clinic-html",
        site="琪田县中医医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.qtzyy.example.com/news/yygg/2025/1103/672.html",
        title="关于开设药膳食疗门诊的公告",
        record_title="关于开设药膳食疗门诊的公告-琪田县中医医院",
        date="2025-11-03",
        notes="hospital site with floating appointment box and 24-hour line; the clinic's own 咨询电话 kept; clinic time table",
        page="""
<html><head><meta charset="utf-8"><title>关于开设药膳食疗门诊的公告-琪田县中医医院</title></head><body>
<div class="top">⟦m 琪田县中医医院　二级甲等中医医院⟧　⟦m 24小时急诊：0775-7221120⟧</div>
<nav>⟦m 医院概况　科室导航　专家介绍　就医指南　健康科普　党建园地⟧</nav>
<div class="float">⟦a 在线预约挂号⟧ ⟦a 微信扫码 快速挂号⟧</div>
<h2>{T}</h2>
<div class="info">⟦m 发布者：医务科　浏览：1057⟧</div>
<article>
{BODY}
</article>
<aside>⟦l 医院公告⟧ ⟦l · 国庆期间门诊安排⟧ ⟦l · 冬病夏治贴敷报名开始⟧</aside>
<footer>⟦m 地址：琪田县城南大道16号⟧　⟦d Copyright © 琪田县中医医院 版权所有⟧</footer>
</body></html>
""",
        body="""
为满足群众食养调理需求，我院治未病科自2025年11月10日起开设药膳食疗门诊。
门诊由主治医师和持证药膳师共同坐诊，根据患者体质辨识结果开具个性化药膳食谱。
出诊时间　地点
周一至周五上午　门诊楼三楼治未病科
周六全天　门诊楼三楼治未病科
就诊时请携带近期检查报告。咨询电话：0775-7229036。
琪田县中医医院
2025年11月3日
""",
    ),
    dict(
        slug="university-lingnan-shapan-course-html",
        site="瑁城建筑职业学院 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.mcjzxy.example.edu.cn/jwc/tzgg/2025/0228/519.html",
        title="关于开设《建筑沙盘模型制作》选修课的通知",
        record_title="【教务通知】关于开设《建筑沙盘模型制作》选修课的通知",
        date="2025-02-28",
        notes="university site; decimal headings; 选课 sentence with 登录/下载 as content; e-mail kept",
        page="""
<html><head><meta charset="utf-8"><title>教务处 - 瑁城建筑职业学院</title></head><body>
<div class="head">⟦m 瑁城建筑职业学院 教务处⟧</div>
<ul class="nav"><li>⟦m 机构设置⟧</li><li>⟦m 教学运行⟧</li><li>⟦m 考务管理⟧</li><li>⟦m 下载专区⟧</li></ul>
<h3>{T}</h3>
<p class="date">⟦m 作者：教务处　时间：2025-02-28　点击：[892]⟧</p>
<div class="v_news_content">
{BODY}
</div>
<div class="pn">⟦l 上一条：2024-2025学年第二学期补考安排⟧<br>⟦l 下一条：关于组织教师参加课程思政培训的通知⟧</div>
<div class="foot">⟦m 地址：瑁城市学院路8号　邮编：545600⟧</div>
</body></html>
""",
        body="""
各二级学院：
为提升学生动手能力，本学期面向全校开设《建筑沙盘模型制作》公共选修课。
1 课程安排
1.1 课程共32学时，2学分，每周三晚上授课，地点在实训楼模型工作室。
1.2 课程内容包括比例换算、地形制作、建筑单体模型、灯光布置等。
2 选课办法
2.1 学生于3月3日至3月7日登录教务系统选课，限选60人，先到先得。
2.2 选课学生须自备美工刀、钢尺，耗材由学校统一采购，课程资料可在教务系统下载。
有疑问请发邮件至 jwc_kc@mcjzxy.example.edu.cn。
教务处
2025年2月28日
""",
    ),
    dict(
        slug="localforum-yanshui-guiju-stage-post",
        site="琰水论坛 (invented)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="text",
        source="https://bbs.yanshui.example.net/forum.php?mod=viewthread&tid=338102",
        title="关于春节期间城南戏台桂剧演出安排的通知",
        record_title="[本地资讯] 关于春节期间城南戏台桂剧演出安排的通知 - 琰水茶馆 - 琰水论坛",
        date="2025-01-20",
        date_also=["2025-01-21"],
        notes="county forum repost with glued title on the first line; forum post time and notice's date differ; schedule table",
        page="""
!m 琰水论坛 - 琰水人自己的网上家园
!m 琰水茶馆 » 本地资讯
!m 转帖人：城南阿伟　发表于 2025-1-21 10:33　|　只看该作者
{T}{BODY}
!m 本帖最后由 城南阿伟 于 2025-1-21 10:40 编辑
!l 收藏(6)　支持(21)　反对(0)
!a 快速回复：登录后方可回帖
""",
        body="""
各位市民朋友：春节期间，县桂剧团将在城南戏台连续演出，欢迎大家前来观看。
日期　剧目
正月初二　《打金枝》
正月初三　《拾玉镯》《柜中缘》
正月初五　现代戏《瑶乡春早》
每晚七点半开演，免费入场，请大家文明观看，注意防火安全。
琰水县文化馆
2025年1月20日
""",
    ),
    dict(
        slug="download-kuaizhan-yaoshan-rules-oldtable",
        site="快栈资料站 (invented)",
        style="资料下载站",
        genre="制度",
        kind="other",
        form="html",
        source="http://www.kuaizhanzl.example.com/soft/31927.html",
        title="药膳餐厅后厨管理制度",
        record_title="药膳餐厅后厨管理制度.doc下载",
        date=None,
        notes="old gbk download station: file-info table, mirror links, dead-link report; rule text with 打印 as content; no date (update stamp only)",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"><title>药膳餐厅后厨管理制度.doc下载_快栈资料站</title></head>
<body>
<table width="960"><tr><td>⟦m 快栈资料站 - 免费办公资料下载⟧</td><td>⟦m 设为首页 | 加入收藏⟧</td></tr></table>
<table width="960"><tr><td>⟦m 位置：首页 → 规章制度 → 餐饮管理⟧</td></tr></table>
<table class="info" width="960">
<tr><td>⟦m 资料名称：药膳餐厅后厨管理制度⟧</td><td>⟦m 资料大小：26 KB⟧</td></tr>
<tr><td>⟦m 资料格式：doc⟧</td><td>⟦m 更新时间：2025-03-02⟧</td></tr>
<tr><td>⟦m 下载次数：1193⟧</td><td>⟦m 运行环境：WPS/Office⟧</td></tr>
</table>
<div class="intro"><b>资料简介：</b></div>
{BODY}
<table width="960"><tr><td>⟦a 下载地址：电信下载一　联通下载二　本地高速下载⟧</td></tr>
<tr><td>⟦a 下载地址无效？点此报告错误⟧</td></tr>
<tr><td>⟦d 本站资料均来自网络，仅供学习参考，如有侵权请来信告知⟧</td></tr></table>
</body></html>
""",
        body="""
第一条 为规范药膳餐厅后厨管理，保证菜品质量和食品安全，制定本制度。
第二条 药材和食材分区存放，药材须标明名称、产地、进货日期，过期或霉变的一律销毁。
第三条 药膳师按审定的配方投料，每道菜的药材用量须称量记录，不得凭经验随意增减。
第四条 配方卡由厨师长统一打印，张贴在操作台上方，配方调整须经厨师长签字。
第五条 后厨每日收工前清洁消毒，值班人员填写卫生检查表。
""",
    ),
    dict(
        slug="rsks-guixi-guiju-recruit-exam-text",
        site="瑗原人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.yyrsks.example.gov.cn/ksxx/2025/0402/118.html",
        title="瑗原县桂剧传承中心2025年公开招聘演员公告",
        record_title="瑗原县桂剧传承中心2025年公开招聘演员公告_考试信息_瑗原人事考试网",
        date="2025-04-02",
        notes="exam site: technical hotline vs the document's 咨询电话; 准考证 打印 sentence kept; post table",
        page="""
!m 瑗原人事考试网
!m 首页 > 考试信息 > 事业单位招聘
{T}
!m 信息来源：县人社局　发布时间：2025-04-02　访问量：5311
{BODY}
!m 网站技术支持电话：0774-5530019（仅受理网上报名系统技术问题）
!l 附件下载区　｜　返回列表
""",
        body="""
根据工作需要，瑗原县桂剧传承中心面向社会公开招聘演员6名，现将有关事项公告如下：
岗位　人数　条件
青衣演员　2名　中专及以上，戏曲表演专业
小生演员　2名　中专及以上，戏曲表演专业
武生演员　2名　中专及以上，具有武功基础
一、报名时间：2025年4月8日至4月14日。
二、考试方式：专业技能测试与面试相结合，专业技能测试包括唱腔、身段和剧目片段表演。
三、考生于4月20日起登录本网打印准考证。
咨询电话：0774-5532086。
瑗原县人力资源和社会保障局
2025年4月2日
""",
    ),
    dict(
        slug="tender-yuehu-shapan-bid-result-html",
        site="玥湖县公共资源交易平台 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://ggzy.yuehu.example.gov.cn/jyxx/zbgs/2025/0718/2207.html",
        title="玥湖县规划展览馆城市沙盘模型更新项目中标结果公告",
        record_title="【中标公示】玥湖县规划展览馆城市沙盘模型更新项目中标结果公告",
        date="2025-07-18",
        notes="tender platform: bidder/CA rows, CA hotline vs purchaser and agency contacts; bid table",
        page="""
<html><head><meta charset="utf-8"><title>玥湖县公共资源交易平台</title></head><body>
<div class="top">⟦a 投标人登录⟧ ⟦a 专家登录⟧ ⟦a CA证书办理⟧　⟦m CA服务热线：400-118-6690⟧</div>
<div class="nav">⟦m 交易公告 ｜ 中标公示 ｜ 政策法规 ｜ 办事指南⟧</div>
<h2>{T}</h2>
<div class="sub">⟦m 发布时间：2025-07-18 16:02:11　【信息来源：玥湖县公共资源交易中心】⟧</div>
<div class="con">
{BODY}
</div>
<div class="bt">⟦a 【我要打印】⟧ ⟦a 【关闭】⟧</div>
<div class="foot">⟦m 玥湖县公共资源交易中心 版权所有　地址：玥湖县政务服务中心五楼⟧</div>
</body></html>
""",
        body="""
一、项目编号：YHZC-2025-0617
二、项目名称：玥湖县规划展览馆城市沙盘模型更新项目
三、中标信息
中标供应商　中标金额　服务期
瑁城衡景模型有限公司　168.5万元　75日历天
四、公告期限：自本公告发布之日起1个工作日。
五、联系方式
采购人：玥湖县自然资源局，联系人：蒙工，电话：0773-6218805。
代理机构：广源招标咨询有限公司，联系人：唐女士，电话：0773-6230917。
""",
    ),
    dict(
        slug="lawfirm-zhengyuan-yaoshan-ad-lecture",
        site="正源律师事务所 (invented)",
        style="律所网站",
        genre="讲稿",
        kind="other",
        form="text",
        source="https://www.zhengyuanlaw.example.com/guandian/2025/0510.html",
        title="药膳餐厅宣传“治病”功效的法律风险",
        record_title="律所观察丨药膳餐厅宣传“治病”功效的法律风险",
        date="2025-05-10",
        notes="law firm: consult widget between paragraphs, lawyer card, not-legal-advice notice; date from 发布日期 byline",
        page="""
!m 正源律师事务所 | 专注食品药品合规
!m 首页 / 律所观察 / 食品安全
{T}
!m 文/蓝启明律师　发布日期：2025-05-10
{BODY}
!d 本文仅为一般性法律介绍，不构成对具体案件的法律意见。
!w 遇到类似问题？添加正源律所微信 zylaw_2010，获取一对一咨询
!l 推荐阅读：预包装食品标签常见问题　|　餐饮门店消防合规清单
""",
        body="""
近年来药膳餐厅越来越多，一些商家在菜单和宣传单上写着“降血糖”“治失眠”等字样，这样做存在不小的法律风险。
根据食品安全法的规定，食品不得声称具有疾病预防、治疗功能。药膳属于食品，餐厅宣传其“治病”，可能被认定为虚假宣传。
⟦w 免费咨询热线 400-882-6015⟧
市场监管部门可以依据反不正当竞争法、广告法予以处罚，情节严重的罚款可达数十万元。
建议商家在宣传时使用“食养”“调理”等表述，并提示“本品不能代替药物”。
""",
    ),
    dict(
        slug="community-heyuan-yaoshan-elderly-canteen",
        site="禾苑社区网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.heyuansq.example.com/tz/2025-10-20.html",
        title="关于社区长者食堂推出秋冬药膳套餐的通知",
        record_title="关于社区长者食堂推出秋冬药膳套餐的通知",
        date="2025-10-20",
        notes="residents' site with weather widget, comment box, grid hotline vs the canteen's own phone; price table",
        page="""
!m 禾苑社区网　今日天气：多云 14～22℃
!m 社区公告 | 邻里互助 | 便民服务
{T}
!m 社区居委会　2025-10-20　浏览 406
{BODY}
!m 网格员热线：0771-3306122
!l 居民留言（3）
!l 发表留言请先实名登录
""",
        body="""
各位居民：
为丰富老年人饮食，社区长者食堂从10月27日起推出秋冬药膳套餐，每周一、三、五中午供应。
套餐　价格
山药莲子排骨汤套餐　12元
黄芪炖鸡套餐　15元
百合银耳羹　5元
药膳套餐配方由县中医医院药膳师审定。订餐电话：0771-3311587。
禾苑社区居委会
2025年10月20日
""",
    ),
    dict(
        slug="association-moxing-shapan-council-minutes",
        site="瑁城市模型行业协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="other",
        form="text",
        source="https://www.mcmxxh.example.org.cn/xhdt/2025/0326.html",
        title="瑁城市模型行业协会一届四次理事会会议纪要",
        record_title="【协会动态】瑁城市模型行业协会一届四次理事会会议纪要",
        date="2025-03-26",
        date_also=["2025-03-27"],
        notes="association minutes with 时间/地点/主持/出席/记录 lines and vote count; member-login row",
        page="""
!a 会员登录　|　入会指南　|　证书查询
!m 瑁城市模型行业协会
!m 协会动态 >> 正文
{T}
!m 来源：协会秘书处　日期：2025-03-27
{BODY}
!d ©瑁城市模型行业协会　未经许可不得转载
""",
        body="""
时间：2025年3月26日上午9:00
地点：协会会议室
主持：会长 陶建平
出席：理事19人（应到21人）
记录：秘书处 罗晓雯
会议审议通过了《建筑沙盘模型制作质量规范（团体标准）》，表决结果为同意18票、弃权1票、反对0票。
会议决定于5月举办首届全市沙盘模型制作技能大赛，由秘书处牵头制定竞赛规程。
""",
    ),
]

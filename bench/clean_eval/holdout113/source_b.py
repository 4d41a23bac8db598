"""holdout113, part B: Party-building, hospital, university, local forum, download, exam,
tender, law-firm, community, association, corporate and training sites. Invented text."""

CASES = [
    dict(
        slug="dangjian-jiaochuan-rooftop-branch-lesson",
        site="茭川先锋网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.jcxianfeng.example.gov.cn/djgz/2025/0701/318.html",
        title="在机关屋顶花园党员责任区启用仪式上的讲话",
        record_title="【支部风采】在机关屋顶花园党员责任区启用仪式上的讲话_茭川先锋网",
        date="2025-06-30",
        date_also=["2025-07-01"],
        notes="a speech title with the date under it and a speaker line (neutral); the byline's 发布时间 differs (also accepted); study-points box glued between paragraphs",
        page="""
!m 茭川先锋网 — 组工在线
!m 位置：首页 / 支部风采
!t 【支部风采】在机关屋顶花园党员责任区启用仪式上的讲话
!m 发布时间：2025-07-01　来源：县直机关工委
机关事务服务中心党支部书记　骆春华
（2025年6月30日）
{BODY}
!a 【学习积分+1】阅读满60秒自动计入
!l 相关阅读：机关党员“认领一块绿”活动掠影
""",
        body="""
同志们：
今天，机关屋顶花园党员责任区正式启用了。
这片屋顶花园原来是闲置的水泥平台，夏天晒得发烫，经过三个月改造，现在种上了佛甲草、三角梅和二十多种蔬菜。
⟦a 🔖收藏本文，随时重温⟧
我们把花园划成十二块责任区，每个党小组认领一块，定期浇水、除草、施肥。
希望大家把责任区当成练作风的“小田地”，把为民服务的劲头带到工作岗位上去。
""",
    ),
    dict(
        slug="hospital-fuxi-stutter-clinic-html",
        site="蘩溪市妇幼保健院 (invented)",
        style="医院官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.fxfy.example.com/news/2025/0318/902.html",
        title="我院儿童言语康复门诊开设口吃评估专病门诊",
        record_title="我院儿童言语康复门诊开设口吃评估专病门诊",
        date="2025-03-18",
        notes="hospital template: floating consult box, booking and 24-hour lines in the footer beside the clinic's own 咨询电话 in the body; clinic-hours table",
        page="""
<html><head><meta charset="utf-8"><title>我院儿童言语康复门诊开设口吃评估专病门诊-蘩溪市妇幼保健院</title></head><body>
<div class="head">⟦m 蘩溪市妇幼保健院⟧ ⟦m 二级甲等妇幼保健院⟧</div>
<nav>⟦m 医院概况 | 科室导航 | 专家介绍 | 就医指南 | 新闻动态⟧</nav>
<h1>⟦t 我院儿童言语康复门诊开设口吃评估专病门诊⟧</h1>
<p class="sub">⟦m 发布日期：2025-03-18　作者：康复科　浏览量：1204⟧</p>
<div class="text">
{BODY}
</div>
<div id="float">⟦w 在线咨询 ✕ 您好，有什么可以帮您？⟧</div>
<footer><p>⟦m 预约挂号：0736-4110120　急诊24小时：0736-4110999⟧</p><p>⟦m 地址：蘩溪市健康路8号　湘ICP备1902xxxx号⟧</p></footer>
</body></html>
""",
        body="""
为满足口吃儿童家庭的就诊需求，我院儿童言语康复门诊自3月20日起开设口吃评估专病门诊。
专病门诊由两名言语治疗师和一名儿童保健医师组成团队，为三至十四岁儿童提供口吃程度评估和个性化训练方案。
出诊时间如下：
星期　时段　出诊人员
周二　下午　言语治疗师
周四　上午　儿保医师、言语治疗师
家长可通过医院公众号预约，也可拨打康复科咨询电话0736-4110356。
""",
    ),
    dict(
        slug="university-suyuan-seed-library-college",
        site="菘原农业大学园艺学院 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://yy.songyuan-agri.example.edu.cn/info/1032/5518.htm",
        title="关于征集“校园种子图书馆”志愿管理员的通知",
        record_title="关于征集“校园种子图书馆”志愿管理员的通知-菘原农业大学园艺学院",
        date="2025-09-08",
        notes="university school page: -site title; views line; the notice gives its own e-mail and contact; a 'close window' action",
        page="""
!m 菘原农业大学园艺学院
!m 首页　学院概况　人才培养　学生工作　通知公告
{T}
!m 发布者：学工办　发布日期：2025-09-08　浏览次数：268
{BODY}
!a [关闭窗口]
!m Copyright © 菘原农业大学园艺学院　地址：菘原市学苑路77号
""",
        body="""
各班级：
学院“校园种子图书馆”新学期即将开馆，现面向全院本科生征集志愿管理员八名。
志愿管理员主要负责种子借还登记、种子发芽率检测和种植讲座组织工作，每周值班不少于两小时。
有意者请于9月15日前将报名表发送至邮箱 seedlib@songyuan-agri.example.edu.cn。
联系人：赵老师，电话：0429-7713205。
学院学生工作办公室
2025年9月8日
""",
    ),
    dict(
        slug="localforum-lancheng-dumpling-shop-notice",
        site="葳城生活圈 (invented local forum)",
        style="地方论坛",
        genre="声明",
        kind="notice",
        form="html",
        source="https://www.weichengquan.example.com/forum.php?mod=viewthread&tid=603317",
        title="关于本店手工饺子配送范围调整的说明",
        record_title="[商家公告] 关于本店手工饺子配送范围调整的说明 - 吃喝玩乐 - 葳城生活圈",
        date="2025-01-06",
        notes="Discuz-like local forum with jammer fonts, pinned-post banner, floor meta; the shop's own 订餐电话 kept; signature line",
        junk=dict(lines=1, glued=1),
        page="""
<html><head><meta charset="gbk"><title>[商家公告] 关于本店手工饺子配送范围调整的说明 - 吃喝玩乐 - 葳城生活圈</title></head><body>
<div id="hd">⟦m 葳城生活圈 — 本地人自己的网上家园⟧</div>
<div id="pt">⟦m 生活圈 › 吃喝玩乐 › 帖子详情⟧</div>
<div class="tip">⟦a 登录后可查看更多商家优惠，立即登录 | 注册⟧</div>
<h1>⟦t [商家公告] 关于本店手工饺子配送范围调整的说明⟧</h1>
<div class="authi">⟦m 老葛饺子馆　发表于 2025-1-6 10:22⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="sign">⟦m 老葛饺子馆：三十年老手艺，皮薄馅大⟧</div>
<div class="po">⟦l 回复　收藏　分享　评分⟧</div>
</body></html>
""",
        p_html="{}<br>",
        body="""
各位老顾客：
因本店配送人员调整，自1月10日起，手工饺子外卖配送范围调整为城区环城路以内。
环城路以外的顾客可到店自提，自提订单一律九折。
冻饺子礼盒仍可通过快递寄送，春节前下单的请提前三天预订。
订餐电话：0762-3320918。
老葛饺子馆
""",
    ),
    dict(
        slug="download-qichuan-broad-bean-tech-file",
        site="农技资料站 (invented old download station)",
        style="资料下载站",
        genre="技术资料",
        kind="guide",
        form="html",
        source="http://www.nongjizl.example.com/soft/down_31077.html",
        title="蚕豆赤斑病绿色防控技术要点",
        record_title="蚕豆赤斑病绿色防控技术要点 免费下载",
        date=None,
        notes="old table layout of a download station: file-info rows (运行环境/授权/更新时间), mirror links, dead-link report; no date (update stamp only)",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>蚕豆赤斑病绿色防控技术要点 免费下载 - 农技资料站</title></head><body>
<table width="900"><tr><td>⟦m 农技资料站 www.nongjizl.example.com⟧</td></tr>
<tr><td>⟦m 当前位置：首页 → 种植技术 → 豆类⟧</td></tr>
<tr><td><b>⟦t 蚕豆赤斑病绿色防控技术要点⟧</b></td></tr>
<tr><td>⟦m 文件大小：86KB⟧</td><td>⟦m 授权方式：免费⟧</td></tr>
<tr><td>⟦m 运行环境：WPS/Word⟧</td><td>⟦m 更新时间：2025-03-11⟧</td></tr>
<tr><td class="intro">
{BODY}
</td></tr>
<tr><td>⟦a 电信下载1　联通下载2　备用下载3⟧</td></tr>
<tr><td>⟦a 链接失效请点此报告⟧</td></tr>
<tr><td>⟦d 本站资料来自网络收集，仅供学习参考，请于下载后24小时内删除。⟧</td></tr></table></body></html>
""",
        body="""
蚕豆赤斑病是蚕豆生产上的主要病害，多发生在开花结荚期，阴雨天气发病尤重。
一、农业防治。选用抗病品种，合理密植，开好田间排水沟，做到雨停田干。
二、生物防治。发病初期选用枯草芽孢杆菌等生物农药喷雾，每隔七天一次，连喷两次。
三、科学用药。病情较重时可选用低毒高效的杀菌剂，严格遵守安全间隔期。
""",
    ),
    dict(
        slug="exam-gutang-rain-garden-tech-posts",
        site="菰塘县人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://rsks.gutang.example.gov.cn/ksgg/2025/0512/77.html",
        title="菰塘县海绵城市建设管理中心2025年公开招聘编外技术人员公告",
        record_title="【招聘公告】菰塘县海绵城市建设管理中心2025年公开招聘编外技术人员公告",
        date="2025-05-12",
        notes="exam site: decorated title; positions table; the notice tells applicants to 下载打印 the admission ticket (kept); the centre's own 咨询电话 beside the site's technical line",
        page="""
!m 菰塘县人事考试网
!m 首页 > 考试公告 > 事业单位
!t 【招聘公告】菰塘县海绵城市建设管理中心2025年公开招聘编外技术人员公告
!m 日期：2025-05-12　来源：县人社局
!a 收藏　打印　关闭
{BODY}
!w 网站技术支持电话：0771-2850066（仅限网上报名技术问题）
!l 上一篇：县疾控中心招聘公告
""",
        body="""
根据工作需要，菰塘县海绵城市建设管理中心面向社会公开招聘编外技术人员三名。
岗位　人数　专业要求
雨水花园养护技术员　2　园林、风景园林
管网监测员　1　给排水科学与工程
报名时间为5月15日至5月21日，报名者须在网上提交报名信息。
笔试准考证请于5月28日后登录本网站下载打印。
咨询电话：0771-2851342。
菰塘县人力资源和社会保障局
2025年5月12日
""",
    ),
    dict(
        slug="tender-maoling-sheep-shearing-machines",
        site="茆岭公共资源交易平台 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://ggzy.maoling.example.gov.cn/jyxx/zfcg/2025/0604/118.html",
        title="茆岭县畜牧兽医服务站电动剪毛机采购项目中标结果公告",
        record_title="茆岭县畜牧兽医服务站电动剪毛机采购项目中标结果公告",
        date="2025-06-04",
        record_date="2025-06-04",
        notes="tender platform: CA hotline in the footer beside buyer and agency contacts in the body; bid-result table; 公告期限 line",
        page="""
<html><head><meta charset="utf-8"><title>茆岭县畜牧兽医服务站电动剪毛机采购项目中标结果公告</title></head><body>
<div class="logo">⟦m 茆岭县公共资源交易平台⟧</div>
<div class="crumb">⟦m 交易信息 > 政府采购 > 结果公告⟧</div>
<h3>⟦t 茆岭县畜牧兽医服务站电动剪毛机采购项目中标结果公告⟧</h3>
<div class="info">⟦m 信息时间：2025-06-04　阅读次数：93⟧</div>
{BODY}
<div class="foot">⟦m CA证书办理热线：400-600-7xx8⟧ ⟦m 平台运维：茆岭县大数据中心⟧</div>
</body></html>
""",
        body="""
一、项目编号：MLCG-2025-041
二、项目名称：茆岭县畜牧兽医服务站电动剪毛机采购项目
三、中标信息：
供应商　中标金额　交货期
北岭牧业机械有限公司　18.6万元　30日
四、公告期限：自本公告发布之日起1个工作日。
五、采购人：茆岭县畜牧兽医服务站，联系人：韩军，电话：0472-6610233。
六、代理机构：茆岭恒正招标代理有限公司，联系人：黎娜，电话：0472-6618015。
""",
    ),
    dict(
        slug="lawfirm-penghe-allotment-dispute-note",
        site="蓁州正衡律师事务所 (invented)",
        style="律所网站",
        genre="普法文章",
        kind="article",
        form="text",
        source="https://www.zhenghenglaw.example.com/pufa/2025/0416.html",
        title="市民菜园转租引发的纠纷如何处理",
        record_title="法律小课堂｜市民菜园转租引发的纠纷如何处理",
        date="2025-04-16",
        notes="law firm: decorated title with 法律小课堂｜; lawyer's WeChat glued after a sentence; disclaimer; consult button",
        page="""
!m 正衡律师事务所 · 专业 诚信 高效
!m 首页 > 普法园地
!t 法律小课堂｜市民菜园转租引发的纠纷如何处理
!m 作者：邵明远律师　发布：2025-04-16
{BODY}
!a 【免费咨询】点击填写案情，24小时内回复
!d 本文仅为普法之用，不作为具体案件的法律意见。
""",
        body="""
近年来，城郊市民菜园受到欢迎，一些租种人私自把菜地转租给他人，由此引发的纠纷也多了起来。
根据民法典的规定，承租人经出租人同意，可以将租赁物转租给第三人；未经同意转租的，出租人可以解除合同。⟦w 详细咨询可加邵律师微信 shaolaw_88⟧
因此，租种人想转租的，应先取得菜园管理方的书面同意，并在转租协议中写明期限和费用。
次承租人也应核实转租人是否有权转租，避免交了钱却种不成菜。
""",
    ),
    dict(
        slug="community-yuanwan-rooftop-garden-volunteers",
        site="莼湾街道荷风社区 (invented)",
        style="社区网站",
        genre="倡议书",
        kind="letter",
        form="html",
        source="http://hefeng.chunwan.example.gov.cn/sqgg/2025/0520/31.html",
        title="关于招募屋顶菜园志愿养护员的倡议",
        record_title="【社区公告】关于招募屋顶菜园志愿养护员的倡议",
        date="2025-05-20",
        notes="residents' site: app banner, weather widget, grid worker's phone in the body beside the community service line in the footer",
        page="""
<html><head><meta charset="utf-8"><title>【社区公告】关于招募屋顶菜园志愿养护员的倡议</title></head><body>
<div class="banner">⟦a 下载“荷风邻里”APP，办事不用跑⟧</div>
<div class="weather">⟦m 今日 多云 24~31℃⟧</div>
<div class="nav">⟦m 社区首页 ｜ 社区公告 ｜ 党群服务 ｜ 便民信息⟧</div>
<h2>⟦t 关于招募屋顶菜园志愿养护员的倡议⟧</h2>
<div class="byline">⟦m 发布日期：2025年05月20日⟧</div>
{BODY}
<div class="foot">⟦m 社区服务热线：0595-2260310　地址：莼湾街道荷风路6号⟧</div>
</body></html>
""",
        body="""
亲爱的居民朋友们：
社区党群服务中心屋顶菜园已完成改造，种植了番茄、辣椒、空心菜等时令蔬菜。
为让菜园长期保持良好状态，现面向辖区居民招募志愿养护员二十名，每人每月参加养护不少于四次。
蔬菜收获后将送给辖区独居老人和困难家庭。
报名请联系网格员林晓，电话：13905951xx7。
荷风社区居民委员会
2025年5月20日
""",
    ),
    dict(
        slug="association-zhenzhou-tea-art-pledge",
        site="蓁州市茶艺协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="letter",
        form="text",
        source="http://www.zzchayi.example.org.cn/xhdt/2025/0228/46.html",
        title="关于规范茶艺馆经营服务行为的倡议书",
        record_title="【协会倡议】关于规范茶艺馆经营服务行为的倡议书",
        date="2025-02-28",
        notes="association page: numbered list, 抄送 line kept, member-login prompt; chrome between paragraphs (a join-the-association box)",
        page="""
!m 蓁州市茶艺协会
!a 会员登录 | 入会申请
!t 【协会倡议】关于规范茶艺馆经营服务行为的倡议书
!m 发布：协会秘书处　2025-02-28　阅读 419
{BODY}
!l 协会动态：第三届茶艺技能大赛报名启动
!m 协会秘书处地址：蓁州市茶城路12号
""",
        body="""
全市茶艺馆经营者：
为营造诚信经营、文明服务的行业环境，协会向全体会员单位发出如下倡议：
1. 明码标价，茶品、茶位费和服务费应在显著位置公示，不得强制消费。
2. 诚信经营，不以次充好，不虚假宣传茶叶产地和年份。
⟦a 还不是会员？点此在线申请加入协会 ›⟧
3. 规范服务，茶艺师持证上岗，文明接待每一位顾客。
蓁州市茶艺协会
2025年2月28日
抄送：市商务局、市市场监督管理局
""",
    ),
    dict(
        slug="corp-xiangcheng-wool-coop-news",
        site="芗城牧歌羊毛合作社 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.muge-wool.example.com/news/2025/0608.html",
        title="合作社春季集中剪毛收购工作顺利完成",
        record_title="公司新闻｜合作社春季集中剪毛收购工作顺利完成",
        date="2025-06-08",
        notes="company news: dotted date, data table, order hotline and QQ below, prev/next",
        page="""
!m 牧歌羊毛 MUGE WOOL
!m 首页　关于我们　产品中心　新闻动态　联系我们
!t 公司新闻｜合作社春季集中剪毛收购工作顺利完成
!m 2025.06.08
{BODY}
!w 订货热线：0941-8812xx0　客服QQ：31207xx45
!l 上一条：合作社召开年度社员大会　下一条：细毛羊良种推广现场会
""",
        body="""
6月上旬，合作社春季集中剪毛收购工作顺利完成。
今年春季共组织剪毛队六支，走进十四个牧业村，为社员剪毛三点二万只。
收购情况如下：
品类　数量（吨）　均价（元/公斤）
细羊毛　41.5　32
半细羊毛　27.8　24
合作社将按收购量向社员二次返利，返利资金年底前发放到户。
""",
    ),
    dict(
        slug="training-shiyuan-tea-art-course",
        site="蓍原茗香茶艺培训学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="notice",
        form="html",
        source="https://www.mingxiangchayi.example.com/kc/2025-summer.html",
        title="2025年暑期茶艺师（初级）考证班招生简章",
        record_title="【暑期招生】2025年暑期茶艺师（初级）考证班招生简章（附课程表）",
        date=None,
        notes="training studio: price tag, trial form, testimonial between paragraphs; the studio's own 报名电话 beside a consultant's WeChat; no date (year only in the title)",
        page="""
<html><head><meta charset="utf-8"><title>【暑期招生】2025年暑期茶艺师（初级）考证班招生简章（附课程表）- 茗香茶艺</title></head><body>
<div class="top">⟦m 茗香茶艺培训学校 · 人社部门备案职业技能培训机构⟧</div>
<h1>⟦t 【暑期招生】2025年暑期茶艺师（初级）考证班招生简章（附课程表）⟧</h1>
<div class="price">⟦a 限时优惠价 ¥1980　原价 ¥2680　立即抢位⟧</div>
{BODY}
<form>⟦a 免费试听一节：姓名＿＿ 手机＿＿ 提交⟧</form>
<div class="kefu">⟦w 课程顾问小茗微信：mingxiang_tea66⟧</div>
<div class="ft">⟦d © 茗香茶艺 版权所有⟧</div>
</body></html>
""",
        body="""
一、招生对象：年满十六周岁、对茶艺感兴趣的社会人员和在校学生。
二、课程安排：
阶段　内容　课时
第一周　茶叶基础知识　12
第二周　六大茶类冲泡　16
第三周　茶席设计与考前辅导　12
⟦l 学员心声：“三周下来，我在家也能像模像样地泡一壶茶了。”——学员 李女士⟧
三、考核发证：结业后统一参加茶艺师（初级）职业技能等级认定。
报名电话：0734-8826615。
""",
    ),
]

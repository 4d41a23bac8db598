"""holdout85, part E. Invented text, written case by case; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="collection-html-mahua-master-memoir",
        site="雨窗集 (invented)",
        style="个人文集",
        genre="回忆录",
        kind="essay",
        form="html",
        source="https://yuchuangji.net/vol3/12.html",
        title="炸麻花的外公",
        record_title=None,
        date=None,
        notes="personal collection chapter page; title missing from record; no date (modification stamp only)",
        page="""
<html><head><meta charset="utf-8"><title>雨窗集 · 卷三</title></head><body>
<div class="hd">⟦m 雨窗集 · 一个退休教师的文字⟧</div>
<div class="toc">⟦l 卷三目录⟧ ⟦l ‹ 上一篇：外婆的针线筐⟧ ⟦l 下一篇：老街的剃头铺 ›⟧</div>
<h2>{T}</h2>
{BODY}
<div class="mod">⟦m 本页修改于 2025-02-11 22:05⟧</div>
<div class="ft">⟦d 文字为作者原创，引用请告知⟧</div>
</body></html>
""",
        body="""
外公的麻花铺子在老街拐角，门板一卸就是铺面，铺里常年飘着菜籽油的香味。
他搓面条的手又快又稳，两根面条一拧一甩，就成了匀称的麻花。我站在油锅边上看，他总会塞给我一根刚出锅的，烫得我两只手来回倒。
外公去世后，铺子关了。如今超市里的麻花包装漂亮，可我再也没吃出那个味道。
""",
    ),
    dict(
        slug="dangjian-text-lecture-chive-base",
        site="鸲岭先锋网 (invented)",
        style="党建网",
        genre="党课讲稿",
        kind="speech",
        form="text",
        source="http://www.qlxf.gov.cn/dk/2025/0702.html",
        title="把党支部建在韭菜产业链上——在鸲岭镇七一专题党课上的讲稿",
        record_title="【七一党课】把党支部建在韭菜产业链上——在鸲岭镇七一专题党课上的讲稿",
        date="2025-07-01",
        notes="Party site text; date under title in Chinese numerals; speaker line neutral; QR prompt",
        page="""
!m 鸲岭先锋网 · 党员教育
!m 首页 > 党课讲稿 > 基层党课
{T}
镇党委书记　魏长河
二〇二五年七月一日
{BODY}
!a 手机扫码，随时随地学党课
!l 推荐：“三会一课”记录规范范例
!m 中共鸲岭镇委员会 主办
""",
        indent="\u3000\u3000",
        body="""
同志们：
今天的党课，我想和大家聊聊我们镇的韭菜产业。五年前，全镇韭菜种植分散、各自为战，价格被收购商压得很低。
2021年，镇党委在合作社建立了党支部，党员带头统一品种、统一技术、统一品牌，“鸲岭青韭”走进了省城超市。
事实证明，把支部建在产业链上，党员就有了用武之地，群众也看到了实实在在的好处。
""",
    ),
    dict(
        slug="hospital-html-clinic-chive-allergy",
        site="鹡阳市第二人民医院 (invented)",
        style="医院官网",
        genre="健康科普",
        kind="article",
        form="html",
        source="https://www.jysey.com/jkkp/202504/t20250415_991.html",
        title="春季吃韭菜，这几类人要当心",
        record_title="春季吃韭菜，这几类人要当心-鹡阳市第二人民医院",
        date="2025-04-15",
        notes="hospital with booking row and 24-hour line; department's own phone kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>春季吃韭菜，这几类人要当心-鹡阳市第二人民医院</title></head><body>
<div class="top">⟦m 鹡阳市第二人民医院⟧ ⟦a 预约挂号⟧ ⟦a 报告查询⟧ ⟦a 智慧导诊⟧</div>
<div class="nav">⟦m 首页⟧ ⟦m 医院概况⟧ ⟦m 科室导航⟧ ⟦m 健康科普⟧</div>
<div class="crumb">⟦m 当前位置：首页 / 健康科普 / 消化内科⟧</div>
<h2>{T}</h2>
<p class="src">⟦m 来源：消化内科　作者：欧阳敏　时间：2025-04-15⟧</p>
{BODY}
<div class="side">⟦w 24小时急诊：0573-8215 1200⟧</div>
<div class="ft">⟦m 医院地址：鹡阳市中山路188号⟧ ⟦m 浙ICP备10027765号⟧</div>
</body></html>
""",
        body="""
春天的头茬韭菜鲜嫩味美，但并不是人人都适合多吃。
一是胃肠功能弱的人。韭菜粗纤维多，一次吃得太多容易腹胀、烧心。
二是有胃溃疡或正在发作胃炎的人，应少吃辛辣刺激的韭菜。
三是容易上火、眼睛干涩的人，吃韭菜要适量。
如有持续腹痛、反酸，可到消化内科就诊，门诊咨询电话：0573-82151316。
""",
    ),
    dict(
        slug="university-text-notice-roller-pe-course",
        site="鹟溪师范学院体育学院 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://tyxy.wxsf.edu.cn/info/1011/2231.htm",
        title="关于2025-2026学年第一学期开设轮滑选修课的通知",
        record_title="关于2025-2026学年第一学期开设轮滑选修课的通知-体育学院",
        date="2025-09-02",
        notes="college page; course table; 选课 sentence about login kept; decimal headings",
        page="""
!m 鹟溪师范学院体育学院
!m 首页 | 学院概况 | 教学管理 | 通知公告
!m 位置：首页 >> 通知公告 >> 正文
{T}
!m 发布者：教学办　　时间：2025-09-02　　浏览次数：462
{BODY}
!l 【关闭】　上一条：关于体测补测安排的通知
!m 版权所有©鹟溪师范学院体育学院　地址：学院路9号
""",
        body="""
1. 课程安排
1.1 轮滑选修课面向全校非体育专业本科生，共开设4个教学班，每班30人。
1.2 上课时间为周二、周四下午第7-8节，地点为东区轮滑场。
2. 选课方式
学生登录教务系统进行网上选课，选课时间为9月8日至9月12日。
3. 其他
学生须自备轮滑鞋和护具，无轮滑鞋的可向体育学院器材室借用。
""",
    ),
    dict(
        slug="localforum-html-mahua-street-noise",
        site="鹳原论坛 (invented)",
        style="地方论坛",
        genre="帖子",
        kind="post",
        form="html",
        source="http://bbs.guanyuan.cc/thread-120881-1-1.html",
        title="美食街麻花作坊半夜还在炸，油烟太大了",
        record_title="美食街麻花作坊半夜还在炸，油烟太大了 - 鹳原论坛",
        date="2025-09-19",
        notes="county forum with jammer fonts; official reply in the post; relative time 昨天 not a date",
        page="""
<html><head><meta charset="utf-8"><title>美食街麻花作坊半夜还在炸，油烟太大了 - 鹳原论坛</title></head><body>
<div class="hd">⟦m 鹳原论坛 — 鹳原人的网上家园⟧</div>
<div class="pt">⟦m 论坛首页 › 百姓呼声⟧</div>
<h1>{T}</h1>
<div class="pi">⟦m 楼主：住在美食街⟧ ⟦m 发表于 2025-9-19 23:41⟧</div>
<div class="pct">
{BODY}
</div>
<div class="reply">⟦m 沙发 路人甲 昨天 08:12：同感，窗户都不敢开⟧</div>
<div class="pob">⟦l 点评 回复 举报 收藏⟧</div>
<div class="ft">⟦m 鹳原论坛 版权所有 Powered by Discuz!⟧</div>
</body></html>
""",
        junk=dict(lines=1, glued=1),
        body="""
住在美食街三号楼，楼下两家麻花作坊最近一直到半夜十二点还在炸，油烟从窗户缝往屋里钻，孩子晚上咳嗽。
之前跟店里说过，他们说赶订单。请问这种情况该找哪个部门？
【街道回复】已联系城管中队和市场监管所上门核查，两家作坊已承诺加装油烟净化器，并将生产时间调整到每日21:00前。
""",
    ),
    dict(
        slug="download-text-plan-playground-maintenance",
        site="范本下载中心 (invented)",
        style="资料下载站",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.fanben-down.com/down/22018.html",
        title="小区儿童游乐设施日常维护保养方案",
        record_title="小区儿童游乐设施日常维护保养方案.wps",
        date=None,
        notes="download station text; file-name title; numbered list; no date (upload stamp only)",
        page="""
!m 范本下载中心 — 免费范本天天更新
!m 软件大小：22KB　软件语言：简体中文　更新时间：2025-06-30　授权：免费
!t 小区儿童游乐设施日常维护保养方案.wps
!a ↓ 立即下载（电信）　↓ 立即下载（网通）
{BODY}
!a 下载不了？点这里反馈
!d 本站资源均来自互联网，如有侵权请联系管理员删除
""",
        body="""
为保证小区儿童游乐设施安全运行，物业服务中心制定本方案。
1. 每日巡查：保安在早晚巡逻时查看滑梯、秋千有无明显破损和异物。
2. 每周检查：工程部检查螺栓紧固、链条磨损和软垫完好情况，并填写检查表。
3. 每季度保养：对金属部件除锈刷漆，更换老化的链条和坐板。
4. 遇暴雨、大风天气后，须全面检查一次方可开放。
""",
    ),
    dict(
        slug="exam-html-notice-interview-sports-center",
        site="鹳原人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://www.gyrsks.gov.cn/tzgg/202507/t20250715_4411.html",
        title="县体育中心编外人员招聘面试公告",
        record_title="县体育中心编外人员招聘面试公告",
        date="2025-07-15",
        notes="exam portal with floating consult box; interview timetable; 打印 准考证 sentence kept",
        page="""
<html><head><meta charset="utf-8"><title>县体育中心编外人员招聘面试公告</title></head><body>
<div class="hd">⟦m 鹳原县人事考试网⟧ ⟦m 服务考生　公平选才⟧</div>
<div class="nav">⟦m 考试动态⟧ ⟦m 报名入口⟧ ⟦m 成绩查询⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 发布日期：2025-07-15　信息来源：县体育中心⟧</div>
{BODY}
<div id="kefu">⟦w 在线客服：工作日8:30-17:00 点击咨询⟧</div>
<div class="ft">⟦m 主办单位：鹳原县人力资源和社会保障局⟧</div>
</body></html>
""",
        body="""
根据招聘工作安排，现将面试有关事项公告如下。
一、面试时间和地点：
日期　时间　岗位
7月22日　上午8:30　轮滑场馆管理员
7月22日　下午14:00　体育指导员
地点：县体育中心三楼会议室。
二、考生须于7月20日后登录报名系统打印面试通知书，面试时携带身份证和面试通知书。
三、咨询电话：0571-6338 2106。
""",
    ),
    dict(
        slug="tender-text-notice-chive-cold-storage",
        site="鹎岭县政府采购网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://zfcg.beiling.gov.cn/cggg/2025/0610/772.html",
        title="鹎岭县蔬菜预冷库建设项目招标公告",
        record_title="【招标公告】鹎岭县蔬菜预冷库建设项目招标公告",
        date="2025-06-10",
        notes="tender text; lots table; buyer and agency contacts beside a CA hotline",
        page="""
!m 鹎岭县政府采购网 > 采购公告 > 招标公告
!t 【招标公告】鹎岭县蔬菜预冷库建设项目招标公告
!m 发布时间：2025-06-10　浏览次数：338
{BODY}
!w 数字证书(CA)办理咨询：400-617-0088
!a 【我要投标】【收藏】【打印】
!m 鹎岭县公共资源交易中心 版权所有
""",
        body="""
一、项目概况：在鹎岭镇建设韭菜等叶菜预冷库一座，库容500立方米，预算金额98万元。
二、标段划分：
标段　内容　最高限价（万元）
一标段　土建工程　46
二标段　制冷设备采购及安装　52
三、投标截止时间：2025年7月1日9时30分。
四、采购人：鹎岭县农业农村局，联系人：戴先生，电话：0573-5120 4458。
五、代理机构：鹎岭诚信工程咨询有限公司，联系人：贺女士，电话：0573-5126 0093。
""",
    ),
    dict(
        slug="lawfirm-html-lecture-playground-liability",
        site="衡平律师事务所 (invented)",
        style="律所网站",
        genre="普法文章",
        kind="article",
        form="html",
        source="https://www.hengpinglaw.com/pufa/2025/06/0611.html",
        title="小区滑梯伤了孩子，物业该不该赔",
        record_title="法律讲堂丨小区滑梯伤了孩子，物业该不该赔",
        date="2025-06-11",
        notes="law firm with lawyer's card and QR consult; decorated title",
        page="""
<html><head><meta charset="utf-8"><title>法律讲堂丨小区滑梯伤了孩子，物业该不该赔</title></head><body>
<div class="hd">⟦m 衡平律师事务所⟧ ⟦m 专业 · 诚信 · 高效⟧</div>
<div class="nav">⟦m 关于我们⟧ ⟦m 专业领域⟧ ⟦m 律师团队⟧ ⟦m 法律讲堂⟧</div>
<h1>{T}</h1>
<p class="by">⟦m 衡平律所 严知秋律师 / 2025-06-11⟧</p>
{BODY}
<div class="card">⟦w 严知秋 律师 | 擅长人身损害、物业纠纷 | 扫码预约咨询⟧</div>
<div class="ft">⟦d 本文不构成正式法律意见，具体问题请咨询执业律师⟧ ⟦m 电话：0571-8890 6677⟧</div>
</body></html>
""",
        body="""
小区里的滑梯、秋千通常属于业主共有的设施，由物业负责日常维护。
如果滑梯因螺丝松动、边角破损导致孩子受伤，物业没有尽到维护管理义务，应当承担相应赔偿责任。
但如果孩子在无人看护的情况下违规攀爬造成受伤，监护人也要承担一部分责任。
建议家长受伤后及时拍照留存现场情况，保留就医票据，先与物业协商，协商不成再诉讼。
""",
    ),
    dict(
        slug="community-html-roller-kids-volunteer",
        site="鸮川县桂园社区 (invented)",
        style="社区网站",
        genre="活动通知",
        kind="notice",
        form="html",
        source="http://www.xcgy-sq.cn/hd/2025/0712.html",
        title="桂园社区暑期“轮”动童年公益课报名啦",
        record_title="桂园社区暑期“轮”动童年公益课报名啦",
        date="2025-07-12",
        notes="residents' site with weather widget and grid-worker box; own 报名 contact kept",
        page="""
<html><head><meta charset="utf-8"><title>桂园社区暑期“轮”动童年公益课报名啦</title></head><body>
<div class="hd">⟦m 桂园社区服务网⟧ ⟦m 今天 晴 26~35℃⟧</div>
<div class="nav">⟦m 社区首页⟧ ⟦m 党建引领⟧ ⟦m 便民服务⟧ ⟦m 活动报名⟧</div>
<h2>{T}</h2>
<div class="t">⟦m 发布：社区居委会　2025-07-12⟧</div>
{BODY}
<div class="grid">⟦w 网格员小陈：138 5712 0066　有事您说话⟧</div>
<div class="ft">⟦m 鸮川县城关街道桂园社区居民委员会⟧</div>
</body></html>
""",
        body="""
亲爱的小朋友们：
社区联合鸮川县轮滑运动协会，在暑期开设“轮”动童年公益轮滑课，免费教学，护具由协会提供。
课程时间：7月20日至8月10日，每周六、周日上午8:00-9:30。
地点：社区文化广场。
报名对象：辖区6至12岁儿童，限30名，额满为止。
报名方式：到社区服务大厅登记，或电话报名：0571-6332 1085。
""",
    ),
]

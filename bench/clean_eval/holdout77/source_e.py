"""holdout77, part E: an air-conditioner installers' Party branch, a hospital's lotus-root advice,
a truffle research team, a baozi shop, a sunflower-seed roaster, a plumbers' skill appraisal, a
pumpkin festival's stage tender, a bean-sprout case, a cotton-fluffing service and a taro
association. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="dangjian-kongtiao-installers-party-lecture-html",
        site="椑山县社会组织党建网 (invented)",
        style="党建网",
        genre="党课讲稿",
        kind="speech",
        form="html",
        source="http://shzzdj.tiaoshan.example.gov.cn/dkjt/2025/0624/418.html",
        title="在空调安装维修行业党支部专题党课上的讲稿",
        record_title="【党课讲堂】在空调安装维修行业党支部专题党课上的讲稿",
        date="2025-06-24",
        notes="Party-building site; decorated title; date in Chinese numerals under the lecture title; speaker line neutral; a learning-points box and a 'join the study group' QR prompt",
        page="""
<html><head><meta charset="utf-8"><title>【党课讲堂】在空调安装维修行业党支部专题党课上的讲稿</title></head><body>
<div class="dj-head">⟦m 椑山县社会组织党建网⟧ ⟦m 不忘初心 牢记使命⟧</div>
<div class="dj-nav">⟦m 首页 · 党建动态 · 党课讲堂 · 先锋风采 · 党务知识⟧</div>
<div class="dj-pos">⟦m 您的位置：首页 &gt;&gt; 党课讲堂⟧</div>
<h1>⟦t 【党课讲堂】在空调安装维修行业党支部专题党课上的讲稿⟧</h1>
<p class="sub">（二〇二五年六月二十四日）</p>
<p class="sub">行业党支部书记　殷国栋</p>
<div class="dj-body">
{BODY}
</div>
<div class="dj-box">⟦l 学习要点：安全生产　诚信经营　服务群众⟧</div>
<div class="dj-qr">⟦a 扫码加入“行业党员学习群”⟧</div>
<div class="dj-foot">⟦m 中共椑山县委社会工作部主办⟧ ⟦d 版权所有 未经许可不得转载⟧</div>
</body></html>
""",
        body="""
同志们：
每年夏天是空调安装维修的旺季，也是高处作业事故的易发期。今天这堂党课，我想和大家谈谈党员在行业中如何发挥先锋作用。
一、在安全上当表率。外机安装大多是高处作业，党员师傅要带头系好安全带，带头拒绝冒险作业，也要提醒身边的同事。
二、在诚信上当表率。不虚报故障、不乱收费，维修项目和价格事先讲清楚，让群众放心。
三、在服务上当表率。支部将继续组织“清凉进社区”活动，为孤寡老人免费清洗空调。
同志们，行业虽小，责任不小。希望大家把党员身份亮出来，把服务质量提上去。
""",
    ),
    dict(
        slug="hospital-zhongyi-lotus-root-health-tips",
        site="桤城市中医院 (invented)",
        style="医院官网",
        genre="健康科普",
        kind="news",
        form="text",
        source="https://www.lczyy.example.com/jkkp/2025/1009/671.html",
        title="秋季吃藕有讲究——营养科专家提醒",
        record_title="秋季吃藕有讲究——营养科专家提醒_桤城市中医院",
        date="2025-10-09",
        record_date="2025-10-09",
        notes="hospital health article; decorated title; 发布时间 line; the department's own 咨询电话 next to the hospital's appointment line; a disclaimer; a glued 'share to friends' row",
        page="""
!m 桤城市中医院　　预约挂号：0738-2260 1200　　English
!m 首页 ＞ 健康科普 ＞ 营养膳食
{T}
!m 发布时间：2025-10-09　　科室：临床营养科　　浏览量：904
{BODY}
!d 本文仅作健康科普，不能代替医生面诊，身体不适请及时就医。
!l 推荐阅读：秋燥咳嗽怎么调理｜老人补钙的误区
""",
        body="""
秋季是莲藕大量上市的季节。营养科专家提醒，莲藕营养丰富，但吃法也有讲究。
生藕性寒，有清热凉血的作用，脾胃虚寒的人不宜多吃凉拌藕片。熟藕性温，煮汤、蒸食更适合老年人和儿童。
烹饪莲藕最好不用铁锅，以免藕片发黑。糖尿病患者食用藕粉要注意控制分量。⟦l 分享给好友　微信　朋友圈⟧
如需个性化膳食指导，可到门诊三楼临床营养科就诊，咨询电话：0738-2260 1366。
""",
    ),
    dict(
        slug="university-nongda-truffle-team-news",
        site="西岭农业大学 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="text",
        source="https://news.xlau.example.edu.cn/info/1024/15550.htm",
        title="我校块菌人工栽培研究取得新进展",
        record_title="我校块菌人工栽培研究取得新进展-西岭农业大学新闻网",
        date="2025-12-16",
        notes="university news in text; decorated title; byline with photo and editor; an 'upcoming lectures' box between paragraphs; prev/next",
        page="""
!m 西岭农业大学新闻网　｜　学校主页　信息公开　English
!m 首页 » 科研动态
{T}
!m 作者：生命科学学院　祁扬　　来源：科学技术处　　发布时间：2025-12-16　　点击：：
!m 【字体：放大　标准　缩小】
{BODY}
!m （摄影：学生记者 戴悦　编辑：卜佳）
!l 上一条：我校召开本科教学工作推进会
!l 下一条：学校举办研究生学术论坛
""",
        body="""
近日，我校生命科学学院食用菌团队在块菌人工栽培研究中取得新进展，团队培育的块菌菌根苗在试验林中首次结出子实体。
块菌俗称松露，是一类珍稀食用菌，长期依赖野生采集。团队自2018年起开展菌根合成和林地管理研究，在杻川县建立了三十亩试验基地。
⟦l 近期讲座：12月18日 食用菌产业发展前沿（学术报告厅）⟧
团队负责人介绍，下一步将重点研究提高结实率的技术，为山区发展林下经济提供技术支撑。
""",
    ),
    dict(
        slug="townforum-baozi-shop-hygiene-letter-html",
        site="椿岭论坛 (invented)",
        style="地方论坛",
        genre="承诺书",
        kind="letter",
        form="html",
        source="http://bbs.shanling.example.cn/thread-9917-1-1.html",
        title="老街包子铺食品安全承诺书",
        record_title="【商家】老街包子铺食品安全承诺书，请街坊们监督",
        date="2025-02-15",
        notes="county forum; decorated forum title; jammer junk glued; post date differs from the letter's date (document expected, post accepted); floor replies; level badges",
        date_also=["2025-02-16"],
        junk=dict(lines=0, glued=1),
        page="""
<html><head><meta charset="utf-8"><title>【商家】老街包子铺食品安全承诺书，请街坊们监督 - 椿岭论坛</title></head><body>
<div class="hd">⟦m 椿岭论坛 · 椿岭人自己的网上家园⟧</div>
<div class="crumb">⟦m 椿岭论坛 » 美食天地 » 帖子⟧</div>
<div class="post"><div class="author">⟦m 包子铺小宋　LV5 老街坊　　发表于 2025-2-16 07:12⟧</div>
<h2>⟦t 【商家】老街包子铺食品安全承诺书，请街坊们监督⟧</h2>
<div class="msg">
{BODY}
</div></div>
<div class="floor">⟦l 2# 早起吃包子：他家的香菇包是真好吃⟧</div>
<div class="floor">⟦l 3# 椿岭小编：已置顶，支持诚信经营⟧</div>
<div class="ft">⟦a 我要回帖　返回列表⟧</div>
</body></html>
""",
        body="""
各位街坊：
老街包子铺开张十二年了，承蒙大家照顾。为了让大家吃得放心，我们作出如下承诺。
一、面粉、肉馅、蔬菜每天采购，不用隔夜馅料，进货票据留存备查。
二、后厨每天收工后全面清洗消毒，员工持健康证上岗，操作时戴口罩和帽子。
三、不使用任何违规添加剂，蒸包子只用自来水和天然气。
欢迎街坊们随时到后厨看一看，有意见当面提。
老街包子铺　宋德胜
2025年2月15日
""",
    ),
    dict(
        slug="download-guazi-sunflower-roaster-rules-markers",
        site="安全资料下载网 (invented)",
        style="资料下载站",
        genre="制度",
        kind="rules",
        form="text",
        source="http://www.anquanzl.example.com/down/5521.html",
        title="瓜子炒货车间粉尘防爆安全管理规定",
        record_title="瓜子炒货车间粉尘防爆安全管理规定.doc",
        date=None,
        notes="download station text page; file-name title; text cut by ⫍N⫎ markers glued to the continuation; resource info with update time (not a date); mirror links; rules speak of 下载 and 打印 as content",
        pages=dict(fmt="⫍{n}⫎", every=140, start=2, glue=True),
        page="""
!m 安全资料下载网　——　安全管理资料免费下载
!m 当前位置：首页 → 管理制度 → 食品企业
!t 瓜子炒货车间粉尘防爆安全管理规定.doc
!m 授权方式：免费　　资料大小：38K　　更新：2025/11/03　　人气：266
!a 本地下载　｜　网通下载　｜　电信下载
{BODY}
!a 下载帮助：如无法下载，请使用右键“目标另存为”
!d 资料来源于网络，版权归原作者所有
""",
        body="""
第一条 为防止瓜子炒货车间粉尘爆炸事故，保障员工生命安全，制定本规定。
第二条 车间内的除尘设施应当与炒货设备同时运行，除尘器每班清理一次，积尘不得超过规定厚度。
第三条 车间内严禁吸烟和使用明火，电气设备应当采用防爆型，检修动火必须办理审批手续。
第四条 安全员每日上班前应当从公司安全平台下载当日检查表，打印后逐项检查并签字。
第五条 员工应当穿着防静电工作服，发现粉尘异常积聚、设备异响等情况，应当立即停机报告。
第六条 本规定由安全生产办公室负责解释。
""",
    ),
    dict(
        slug="rsks-shuidian-plumber-skill-appraisal-html",
        site="檵溪人事考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="html",
        source="http://rsks.xunxi.example.gov.cn/zyjn/2025/1107/3310.html",
        title="关于2025年第四批水电安装工职业技能等级认定考核安排的通知",
        record_title="关于2025年第四批水电安装工职业技能等级认定考核安排的通知_檵溪人事考试网",
        date="2025-11-07",
        notes="exam site HTML; decorated title; timetable; the appraisal centre's own 咨询电话 beside the site's floating consult box; 准考证 打印 in the body; 发布日期 byline",
        page="""
<html><head><meta charset="utf-8"><title>关于2025年第四批水电安装工职业技能等级认定考核安排的通知_檵溪人事考试网</title></head><body>
<div class="ks-top">⟦m 檵溪人事考试网⟧ ⟦a 考生登录 ｜ 准考证打印 ｜ 成绩查询⟧</div>
<div class="ks-nav">⟦m 首页　公务员考试　事业单位　职业技能　专业技术⟧</div>
<div class="ks-where">⟦m 当前位置：首页 &gt; 职业技能 &gt; 考务通知⟧</div>
<h2>⟦t 关于2025年第四批水电安装工职业技能等级认定考核安排的通知⟧</h2>
<div class="ks-date">⟦m 发布日期：2025-11-07　　作者：鉴定中心⟧</div>
{BODY}
<div class="ks-float">⟦w 考务咨询　在线客服（9:00-17:00）⟧</div>
<div class="ks-foot">⟦m 檵溪市人事考试中心　　地址：檵溪市人民路101号⟧</div>
</body></html>
""",
        body="""
各报考人员：
2025年第四批水电安装工职业技能等级认定考核定于11月下旬举行。现将有关事项通知如下。
一、考核时间安排
科目　日期　时间
理论知识　11月22日　9:00-10:30
操作技能　11月23日　8:30-17:00
二、考生于11月18日起登录本网站打印准考证，考试时须携带准考证和身份证原件。
三、操作技能考核须自带电笔、扳手、管钳等工具，穿着绝缘鞋。
四、咨询电话：市职业技能鉴定中心　0739-8120375。
檵溪市职业技能鉴定中心
2025年11月7日
""",
    ),
    dict(
        slug="tender-nangua-pumpkin-festival-stage-procurement",
        site="枳水县政府采购网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://zfcg.hanshui.example.gov.cn/cggg/2025/0820/4471.html",
        title="枳水县南瓜文化节舞台搭建及灯光音响租赁项目竞争性磋商公告",
        record_title="枳水县南瓜文化节舞台搭建及灯光音响租赁项目竞争性磋商公告",
        date="2025-08-20",
        notes="procurement portal in text; project info; a budget table; purchaser and agency contacts beside the platform's helpdesk; 下载 磋商文件 in the body",
        page="""
!m 枳水县政府采购网
!m 首页 / 采购公告 / 竞争性磋商
{T}
!m 发布时间：2025年08月20日　　阅读次数：188
{BODY}
!w 平台操作咨询：0730-5566 120（工作日）
!l 相关公告：枳水县文化馆演出服装采购项目成交公告
""",
        body="""
项目概况：枳水县南瓜文化节舞台搭建及灯光音响租赁项目的潜在供应商应在县公共资源交易平台获取采购文件，并于2025年9月1日9点30分前提交响应文件。
一、项目基本情况
项目编号：HSCG-2025-C088
预算金额：268,000元
采购需求：主舞台搭建一座，灯光音响设备租赁四天，含搭建、运行及拆除。
二、供应商请登录县公共资源交易平台免费下载磋商文件。
三、联系方式
采购人：枳水县文化广电和旅游局，联系人：付蓉，电话：0730-5512768。
采购代理机构：枳水县众诚项目管理有限公司，联系人：梁斌，电话：0730-5530011。
""",
    ),
    dict(
        slug="lawfirm-zhengyi-bean-sprout-case-html",
        site="正义律师事务所 (invented)",
        style="律所网站",
        genre="以案说法",
        kind="article",
        form="html",
        source="https://www.zhengyilaw.example.cn/case/2025-09.html",
        title="豆芽里加了“无根剂”，作坊主为何被判刑",
        record_title="【以案说法】豆芽里加了“无根剂”，作坊主为何被判刑 - 正义律所",
        date="2025-09-15",
        notes="law-firm HTML; decorated title; author line with 发布于 date; a consult form in the sidebar; disclaimer; related cases list",
        page="""
<html><head><meta charset="utf-8"><title>【以案说法】豆芽里加了“无根剂”，作坊主为何被判刑 - 正义律所</title></head><body>
<div class="lf-top">⟦m 正义律师事务所　专注刑事辩护与食品药品合规⟧ ⟦w 免费咨询 0735-2861 000⟧</div>
<div class="lf-nav">⟦m 首页　律所介绍　律师团队　以案说法　联系我们⟧</div>
<h1>⟦t 豆芽里加了“无根剂”，作坊主为何被判刑⟧</h1>
<div class="lf-meta">⟦m 作者：单律师　发布于 2025-09-15　阅读 630⟧</div>
<div class="lf-text">
{BODY}
</div>
<div class="lf-side">⟦w 在线留言：请留下您的姓名和电话，律师将在24小时内回电⟧</div>
<div class="lf-rel">⟦l 更多案例：农家乐食物中毒谁担责 · 网售自制辣酱被罚案⟧</div>
<div class="lf-foot">⟦d 本站文章仅供参考，不构成法律意见⟧</div>
</body></html>
""",
        body="""
【基本案情】某豆芽作坊主为使豆芽长得又粗又白、不长须根，在生产过程中添加了含有禁用物质的“无根剂”，产品销往周边农贸市场。经检测，豆芽中检出禁用物质。
【裁判结果】法院以生产、销售有毒、有害食品罪，判处作坊主有期徒刑一年，并处罚金。
【律师说法】在豆芽生产中使用这类物质是明令禁止的。生产者明知而添加，无论销量大小，都可能构成犯罪。
【律师提醒】食品生产经营者要守住底线，不要为了卖相冒法律风险。
""",
    ),
    dict(
        slug="community-tanmian-cotton-fluffing-service-html",
        site="芙蓉里社区服务网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.furongli.example.cn/sqgg/2025/1125/88.html",
        title="关于为辖区高龄老人提供免费弹棉被服务的通知",
        record_title=None,
        date="2025-11-25",
        notes="residents' site; no record title; the service's own phone beside the property hotline; a registration table; 登记 and 扫码 in the body; 'top' label",
        page="""
<html><head><meta charset="utf-8"><title>芙蓉里社区服务网</title></head><body>
<div class="sq-head">⟦m 芙蓉里社区服务网⟧ ⟦m 邻里守望 幸福家园⟧</div>
<div class="sq-nav">⟦m 社区公告　办事指南　志愿服务　邻里圈⟧</div>
<div class="sq-tag">⟦l [置顶]⟧</div>
<h2>⟦t 关于为辖区高龄老人提供免费弹棉被服务的通知⟧</h2>
<div class="sq-meta">⟦m 社区居委会 ｜ 2025-11-25 ｜ 阅读 198⟧</div>
{BODY}
<div class="sq-hot">⟦w 物业服务中心：0745-2233 8800⟧</div>
<div class="sq-foot">⟦m 芙蓉里社区居委会　地址：芙蓉里小区12栋一楼⟧</div>
</body></html>
""",
        body="""
各位居民：
入冬以来，不少老人家里的旧棉被板结发硬。社区联系了老手艺人向师傅，为辖区八十周岁以上老人免费翻新棉被。
一、服务时间：12月1日至12月10日，每天上午9时至下午4时。
二、服务地点：社区活动中心一楼。
三、登记方式：老人或家属到社区服务窗口登记，也可扫描公告栏二维码在线登记。
楼栋　登记时段
1-6栋　12月1日至3日
7-12栋　12月4日至6日
四、咨询电话：社区居委会　0745-2233 6102。
芙蓉里社区居民委员会
2025年11月25日
""",
    ),
    dict(
        slug="association-yutou-taro-industry-pledge-wrapped",
        site="蕙浦县芋头产业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="letter",
        form="text",
        source="http://www.lpyutou.example.org/tzgg/2025/0930/27.html",
        title="芋头产业诚信经营倡议书",
        record_title="【协会倡议】芋头产业诚信经营倡议书",
        date="2025-09-30",
        notes="association text page hard-wrapped at 58 columns; decorated title; members' area login; a notice footer; 成文日期",
        wrap=58,
        indent="　　",
        page="""
!m 芋头产业协会　｜　会员之家
!a 会员登录　｜　入会申请
!m 协会公告 ＞ 倡议
!t 【协会倡议】芋头产业诚信经营倡议书
{BODY}
!m 协会秘书处　电话：0773-7288 610　邮箱：lpyt_xh@example.org
!d 本站信息由协会秘书处发布，转载请注明来源
""",
        body="""
全县芋头种植、收购、加工和销售企业及个体经营户：
新一季芋头即将上市。为维护“蕙浦芋头”品牌声誉，协会向大家发出如下倡议。
一、坚持如实标注产地，不以外地芋头冒充本地芋头销售，不滥用地理标志。
二、坚持公平交易，收购时不压级压价，不短斤少两，不拖欠农户货款。
三、坚持质量第一，不销售腐烂变质芋头，不使用违规保鲜剂。
让我们共同守护蕙浦芋头的金字招牌。
蕙浦县芋头产业协会
2025年9月30日
""",
    ),
]

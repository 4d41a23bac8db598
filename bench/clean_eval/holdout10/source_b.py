"""Holdout10, part B: people's organisations, utilities and schools — a disabled persons'
federation, a 科协 (a speech with its speaker and date lines), an overseas-Chinese federation,
a power company's outage notice, a water company's notice, a university library, a high
school's exam arrangement, a Party school's lecture (wrapped, cut by page markers), a
personnel-exam notice and a hospital's notice. Written blind; everything invented."""

CASES = [
    dict(
        slug="disabled-jiyang-skills-contest-notice",
        site="霁阳市残疾人联合会 (invented)",
        style="行业协会",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.jyscl.example.org.cn/tzgg/2025/0303/441.html",
        title="关于举办霁阳市第五届残疾人职业技能竞赛的通知",
        record_title="关于举办霁阳市第五届残疾人职业技能竞赛的通知_霁阳残联",
        date="2025-03-03",
        notes="record title with _site; a 残联 site with an accessibility bar and a sign-language video link; the notice's own numbered events, 报名 address, 联系人/电话 and 附件 stay; a 'related' box glued to the first body line and a large-font button between paragraphs",
        page="""
!a 读屏专用　｜　大字幕　｜　配色切换　｜　手语视频
!m 霁阳市残疾人联合会　自强　平等　共享
!m 首页 >> 通知公告
{T}
!m 时间：2025年03月03日　来源：教育就业部
{BODY}
!l 上一条：2025年残疾人辅助器具适配服务公告
!l 下一条：关于做好残疾人两项补贴复核工作的通知
!m 霁阳市残联　电话：0741-2268800　邮箱：jycl@example.org.cn
""",
        body="""
⟦l 【相关】第四届竞赛获奖名单⟧各县（市、区）残联：
为展示残疾人职业技能风采，促进残疾人就业创业，市残联决定举办霁阳市第五届残疾人职业技能竞赛。现将有关事项通知如下。
一、竞赛时间和地点
2025年5月15日至16日，在霁阳技师学院举行。
二、竞赛项目
1．电子商务运营
2．计算机文字录入
3．盲人按摩
4．手工编织
5．平面设计
⟦a A+ 放大字体⟧
三、参赛条件
持有第二代残疾人证、年龄在16周岁至59周岁之间、具有一定职业技能的残疾人均可报名，每人限报一个项目。
四、报名办法
请各县（市、区）残联于4月10日前将报名表报送市残联教育就业部，电子版同时发送至邮箱。
联系人：左晓燕　电话：0741-2268815
附件：霁阳市第五届残疾人职业技能竞赛报名表
霁阳市残疾人联合会
2025年3月3日
""",
    ),
    dict(
        slug="kexie-cenyang-speech-science-day-speaker",
        site="岑阳县科学技术协会 (invented)",
        style="行业协会",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://kx.cenyang.example.org.cn/kxdt/2024/0921/209.html",
        title="在2024年全国科普日岑阳县主场活动启动仪式上的致辞",
        record_title="在2024年全国科普日岑阳县主场活动启动仪式上的致辞（全文）",
        date="2024-09-21",
        notes="decorated record title; a speaker line and a date under the title (neutral; the date is the date source); a 科协 site's slogan and an 'earlier speeches' box; the speech's own call to 扫码 join the science platform and its slogan stay",
        indent="\u3000\u3000",
        page="""
!m 岑阳科协 · 科技工作者之家
!m 科协动态 ＞ 领导讲话
{T}
县科协主席　温立群
（2024年9月21日）
{BODY}
!m 责任编辑：彭舒　审核：罗振
!l 往期讲话
!l 在县科协第三次代表大会上的工作报告
!l 在青少年科技创新大赛颁奖仪式上的讲话
""",
        body="""
尊敬的各位领导，各位来宾，老师们、同学们：
大家上午好！金秋九月，硕果飘香。今天，我们在这里隆重举行2024年全国科普日岑阳县主场活动启动仪式。在此，我谨代表县科协，向长期以来关心支持科普工作的各级领导和社会各界表示衷心的感谢！
今年全国科普日活动以“提升全民科学素质，协力建设科技强国”为主题。活动期间，全县将组织开展科普展览、科学实验秀、专家讲座、科普大篷车进乡村等各类活动六十余场。
近年来，我县公民具备科学素质的比例稳步提高，县科技馆年接待观众超过八万人次，科普志愿者队伍发展到一千二百余人，科普工作呈现出良好势头。
希望各乡镇、各部门和各级学会充分利用这次活动，把科学知识送到田间地头、社区学校。也欢迎大家用手机扫描现场展板上的二维码，加入“岑阳科普”服务平台，随时学习科学知识。
让科学成为一种生活方式。最后，预祝本次科普日活动取得圆满成功！谢谢大家！
""",
    ),
    dict(
        slug="qiaolian-tongchuan-symposium-html-photos",
        site="桐川市归国华侨联合会 (invented)",
        style="行业协会",
        genre="新闻",
        kind="news",
        form="html",
        source="https://ql.tongchuan.example.org.cn/qldt/2025/0416/730.html",
        title="市侨联召开海外侨胞代表家乡行座谈会",
        record_title="市侨联召开海外侨胞代表家乡行座谈会",
        date="2025-04-16",
        record_date="2025-04-16",
        notes="HTML news page of a 侨联: photo captions and a photo counter between paragraphs, a view counter, a 'back to top' float and a 侨务 hotline; a news lead, no signature",
        page="""
<html><head><meta charset="utf-8"><title>市侨联召开海外侨胞代表家乡行座谈会 - 桐川侨联</title></head><body>
<div class="head">⟦m 桐川侨联　侨心向党　共圆梦想⟧</div>
<div class="nav">⟦m 侨联概况　侨联动态　侨界风采　为侨服务　侨史侨情⟧</div>
<h3>⟦t 市侨联召开海外侨胞代表家乡行座谈会⟧</h3>
<div class="meta">⟦m 发布：2025-04-16　文/图：侨联办公室　浏览：638⟧</div>
<div class="art">
{BODY}
</div>
<div class="float">⟦a 返回顶部⟧ ⟦a 微信扫码关注⟧</div>
<div class="foot"><p>⟦w 为侨服务热线：0573-2209636⟧</p><p>⟦d 版权所有：桐川市归国华侨联合会　未经许可请勿转载⟧</p></div>
</body></html>
""",
        body="""
4月15日，市侨联召开海外侨胞代表家乡行座谈会，来自东南亚、欧洲等地的十八位侨胞代表参加座谈。
⟦m 图为座谈会现场（摄影：甘露）⟧
座谈会上，市侨联主席通报了近年来全市经济社会发展情况和侨务工作情况，并就侨胞回乡投资、子女来华学习等问题作了解答。
侨胞代表们踊跃发言，纷纷表示家乡变化日新月异，将积极牵线搭桥，推介家乡特色产品，为家乡发展贡献力量。
⟦a 1/6　上一张　下一张⟧
会前，侨胞代表们还参观了市规划展览馆、高新区智能制造产业园和历史文化街区。
""",
    ),
    dict(
        slug="power-liaozhou-outage-table-rows",
        site="蓼州供电有限公司 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="text",
        source="https://www.lzpower.example.com.cn/tdgg/2025/06/20250617_02.html",
        title="2025年6月下旬计划停电检修公告",
        record_title="【停电预告】2025年6月下旬计划停电检修公告",
        date="2025-06-17",
        record_date="2025-06-17",
        notes="a state-owned power company: decorated record title; a 95598-style service hotline, app prompt and a search box as chrome; the outage table as rows of cells split by an ideographic space; the company's own 咨询电话 line stays",
        page="""
!m 蓼州供电有限公司　电力服务 · 温暖万家
!a 搜索停电信息：请输入小区或街道名称　[查询]
!m 首页 ＞ 客户服务 ＞ 停电信息
!t 【停电预告】2025年6月下旬计划停电检修公告
!m 发布日期：2025-06-17　发布单位：运维检修部
{BODY}
!a 下载掌上电力APP，停电信息早知道
!l 往期停电公告 ＞＞
!w 24小时供电服务热线 96877
""",
        body="""
尊敬的电力客户：
为提高供电可靠性，我公司将对部分线路和设备进行检修。检修期间，相关区域将暂停供电，具体安排如下。
停电时间　停电线路　停电范围
6月21日 7:00—17:00　10kV城南线　城南街道新华社区、锦绣花园小区、城南农贸市场
6月23日 8:00—14:00　10kV桃林线　桃林镇桃林村、白鹭村部分区域
6月26日 7:30—18:00　10kV工业园Ⅱ线　工业园区创业路以东企业
如遇雨天，检修工作将顺延，恕不另行通知。停电期间，请客户提前做好生产生活安排，切勿擅自登杆或靠近检修设备。
因停电给您带来的不便，敬请谅解。
咨询电话：0745-3862210
蓼州供电有限公司
""",
    ),
    dict(
        slug="water-liping-pressure-notice-glued-slogan",
        site="栎坪水务集团 (invented)",
        style="企业官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.lipingwater.example.com/news/gsgg/1508.html",
        title="关于城区部分区域降压供水的通知",
        record_title=None,
        date="2025-08-05",
        notes="a water company: no record title; an app-payment prompt glued after a 。 in the first paragraph, an online-service box between paragraphs; the notice's own slogan and 抢修电话 stay; a signature date in Arabic numerals",
        indent="\u3000\u3000",
        page="""
!m 栎坪水务集团有限公司
!m 新闻中心　｜　公司公告
{T}
!m 2025-08-05　来源：供水调度中心
{BODY}
!m 公司地址：栎坪市滨河西路16号　邮编：522300
!d ©栎坪水务集团有限公司　保留所有权利
""",
        body="""
广大用水户：
受持续高温天气影响，近期城区用水量大幅攀升，日供水量连续多日超过设计能力。为保障全城供水安全，我集团将于8月6日至8月15日每日22时至次日6时，对城北片区、开发区片区实行降压供水。⟦a 水费缴纳请使用“栎坪水务”小程序⟧
降压供水期间，高层住户可能出现水压不足甚至短时停水的情况，请用户提前储备生活用水。
⟦w 在线客服：点击咨询⟧
请广大市民错峰用水，合理安排洗衣、洗浴等用水时间，共同维护供水秩序。
节约用水，从我做起。如发现管道漏水、爆管等情况，请拨打供水抢修电话0753-6612345。
栎坪水务集团有限公司
2025年8月5日
""",
    ),
    dict(
        slug="library-university-summer-hours-html",
        site="岚州大学图书馆 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://lib.lanzhou-u.example.edu.cn/info/1021/4417.htm",
        title="关于2025年暑假期间图书馆开放安排的通知",
        record_title="关于2025年暑假期间图书馆开放安排的通知-岚州大学图书馆",
        date="2025-07-08",
        notes="HTML university-library page, no record date: the page's 发布时间 line and the signature date agree; opening hours as table rows; the notice's own 咨询电话, a sentence telling readers to 下载 the library app and the library name as signature (tail) stay",
        page="""
<html><head><meta charset="utf-8"><title>关于2025年暑假期间图书馆开放安排的通知-岚州大学图书馆</title></head><body>
<div class="top">⟦a 统一身份认证登录⟧ ⟦a 我的图书馆⟧ <span>⟦m English⟧</span></div>
<div class="search">⟦a 馆藏目录　电子资源　学位论文　一站式检索⟧</div>
<div class="crumb">⟦m 首页 》 本馆公告⟧</div>
<h1>⟦t 关于2025年暑假期间图书馆开放安排的通知⟧</h1>
<div class="time">⟦m 发布时间：2025-07-08　点击：1309⟧</div>
<div class="v_news_content">
{BODY}
</div>
<div class="links">⟦l 友情链接：高校图书馆联盟　省文献资源共享平台⟧</div>
<div class="foot">⟦m 岚州大学图书馆　地址：岚州市学府路1号　馆办电话：0735-8860001⟧</div>
</body></html>
""",
        body="""
全校师生：
根据学校暑假工作安排，现将2025年暑假期间图书馆开放安排通知如下。
时间段　开放区域　开放时间
7月12日—7月31日　一楼自习区、二楼综合阅览室　8:30—21:30
8月1日—8月20日　闭馆（设备维护、书库整理）　—
8月21日—开学　全馆　恢复正常开放
暑假期间，电子资源校外访问服务不中断，读者可通过校园网统一身份认证登录使用。
暑假期间图书到期的，系统将统一顺延至9月15日，无需办理续借手续。读者也可下载“岚大图书馆”APP查询借阅记录。
咨询电话：0735-8860123
岚州大学图书馆
2025年7月8日
""",
    ),
    dict(
        slug="highschool-huanshui-exam-arrangement-table",
        site="澴水县第一中学 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.hsyz.example.edu.cn/jwc/2025/0613/96.html",
        title="2025年上学期高二年级期末考试安排",
        record_title="2025年上学期高二年级期末考试安排（附考试时间表）",
        date="2025-06-13",
        notes="a high school's 教务 page: decorated record title; exam timetable as rows; numbered 考试纪律 and a sentence telling students to 登录 and look up their marks stay; a school motto line and a 'campus news' box as chrome; date from the page's 发布时间 line",
        page="""
!m 澴水县第一中学　厚德　笃学　求真　至善
!m 首页 - 教务教学 - 考务安排
!t 2025年上学期高二年级期末考试安排
!m 作者：教务处　发布时间：2025-06-13　浏览次数：902
{BODY}
!l 校园快讯
!l · 我校举行2025届高三毕业典礼
!l · 高一年级开展研学实践活动
!m 澴水县第一中学版权所有　湘ICP备12008874号
""",
        body="""
一、考试时间
日期　上午　下午
6月26日　语文（8:00—10:30）　物理/历史（14:30—15:45）
6月27日　数学（8:00—10:00）　化学/政治（14:30—15:45）
6月28日　英语（8:00—10:00）　生物/地理（14:30—15:45）
二、考场安排
本次考试按成绩混合编排考场，每考场30人。考场座位表于6月24日在各班教室门口张贴，考生须凭学生证进入考场。
三、考试纪律
1．考生须提前15分钟进入考场，开考后迟到超过15分钟的不得入场。
2．严禁携带手机、智能手表等电子设备进入考场。
3．考生须用黑色签字笔答题，答题卡不得折叠、涂画。
4．违反考试纪律的，按学校有关规定严肃处理。
四、其他事项
各班主任要提前做好考前教育，提醒学生诚信应考。成绩将于7月3日在校园平台公布，请学生自行登录查询。
""",
    ),
    dict(
        slug="partyschool-sanggu-lecture-wrapped-corner-markers",
        site="桑谷县委党校 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://dx.sanggu.example.gov.cn/jxky/2025/0303/58.html",
        title="在县委党校2025年春季学期主体班开班式上的讲话",
        record_title="在县委党校2025年春季学期主体班开班式上的讲话",
        date="2025-03-03",
        notes="a Party school's page: a speaker line and a date line under the title (neutral); a long speech wrapped at 66 columns and cut by '⌈n⌉' page markers on lines of their own; a study-platform prompt and an 'other lectures' box",
        wrap=66,
        indent="\u3000\u3000",
        pages=dict(fmt="⌈{n}⌉", every=240, start=2),
        page="""
!m 中共桑谷县委党校（桑谷县行政学校）
!m 教学科研 > 讲话讲稿
{T}
县委副书记、县委党校校长　石宏远
（2025年3月3日）
{BODY}
!a 登录“桑谷干部在线学院”查看本讲视频回放
!l 其他讲稿：在2024年秋季学期结业式上的讲话｜理论学习中心组学习辅导
""",
        body="""
同志们：
今天，县委党校2025年春季学期主体班正式开班了。这期主体班共有学员八十六名，其中科级领导干部班四十名、中青年干部培训班四十六名。首先，我代表县委，对各位学员的到来表示热烈欢迎！
党校是党的思想理论建设的重要阵地，是干部锤炼党性的熔炉。借此机会，我讲三点意见，与大家共勉。
第一，要端正学习态度，把学习作为一种政治责任。当前，全县正处于爬坡过坎、转型发展的关键时期，新情况新问题层出不穷，我们有的同志知识更新不够快，本领不够强，存在“本领恐慌”。大家要珍惜这次难得的学习机会，沉下心来读原著、学原文、悟原理，做到学有所思、学有所悟、学有所得。
第二，要坚持学以致用，把理论学习与推动工作结合起来。学习的目的全在于运用。这期主体班专门安排了乡村振兴、县域经济、基层治理等专题教学和现场教学，希望大家带着问题学、联系实际学，每名学员结合本职工作形成一篇调研报告，真正把学习成果转化为推动发展的实际成效。
第三，要严守纪律规矩，把党校当作锤炼党性的熔炉。学员在校期间，要严格遵守党校各项规章制度，不迟到、不早退，不搞吃请，不拉关系，自觉接受党校管理。党校要从严治校，对违反纪律的学员，严肃处理并向组织部门通报。
同志们，春天是播种的季节，希望大家在学习中收获新知识、增长新本领、展现新面貌。预祝本期主体班圆满成功！
""",
    ),
    dict(
        slug="pta-yilan-written-exam-notice-attachments",
        site="漪澜市人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.ylpta.example.gov.cn/kwgg/2025/0512/1320.html",
        title="漪澜市2025年市直事业单位公开招聘工作人员笔试公告",
        record_title="漪澜市2025年市直事业单位公开招聘工作人员笔试公告",
        date="2025-05-12",
        record_date="2025-05-12",
        notes="a personnel-exam site: a 'print admission slip' entry and an exam-time countdown as chrome; the notice's own sentences telling candidates to 登录/打印 the admission slip, its 考试时间 lines, 咨询电话 and 附件 stay; the title repeated glued before a 来源 line",
        page="""
!m 漪澜市人事考试网　公平　公正　诚信
!a 【准考证打印入口】　【成绩查询】　【报名入口】
!m 考务公告 >> 正文
!t 漪澜市2025年市直事业单位公开招聘工作人员笔试公告
!m 来源：市人事考试中心　时间：2025-05-12　阅读：21,905
{BODY}
!a 距离笔试还有 26 天
!l 考生常见问题　｜　考场分布示意图
!m 漪澜市人事考试中心　地址：漪澜市政务中心B座　ICP备案号：漪ICP备08003311号
""",
        body="""
根据《漪澜市2025年市直事业单位公开招聘工作人员公告》，现将笔试有关事项公告如下。
一、准考证打印
报名资格审核通过并缴费成功的考生，请于6月4日9:00至6月7日16:00登录漪澜市人事考试网打印准考证。考生须使用A4纸打印，并妥善保管。
二、笔试时间
6月7日上午9:00—11:30　综合基础知识
6月7日下午14:30—16:30　专业知识（部分岗位）
三、考试地点
笔试地点详见准考证。考生须携带准考证和有效期内的居民身份证参加考试，证件不全者不得入场。
四、其他事项
考生应提前熟悉考点路线，预留充足时间。考试期间，考点周边交通压力较大，建议考生乘坐公共交通工具前往。
咨询电话：0766-3118072（工作日）
附件：1.笔试考生须知
2.考点交通示意图
漪澜市人力资源和社会保障局
2025年5月12日
""",
    ),
    dict(
        slug="hospital-fenglin-registration-hours-html",
        site="枫林县人民医院 (invented)",
        style="医院官网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.flxrmyy.example.com/yygg/2025/0701/390.html",
        title="关于调整门诊挂号服务时间的公告",
        record_title=None,
        date=None,
        notes="HTML hospital page: no record title and no date anywhere but example dates in the text (date null); an appointment button, a 'find a doctor' box and a sidebar hot list; the notice's own 挂号 times, a sentence telling patients to 关注 an account and a 咨询电话 stay",
        page="""
<html><head><meta charset="utf-8"><title>关于调整门诊挂号服务时间的公告</title></head><body>
<div class="hd">⟦m 枫林县人民医院　二级甲等综合医院⟧ <a>⟦a 预约挂号⟧</a> <a>⟦a 报告查询⟧</a></div>
<div class="nav">⟦m 医院概况　科室导航　专家介绍　就医指南　健康科普⟧</div>
<h1>⟦t 关于调整门诊挂号服务时间的公告⟧</h1>
<div class="src">⟦m 来源：门诊部　浏览次数：3312⟧</div>
<div class="cnt">
{BODY}
</div>
<div class="side"><h4>⟦l 找医生⟧</h4><p>⟦a 输入医生姓名或科室　搜索⟧</p><h4>⟦l 热点新闻⟧</h4><ul><li>⟦l 我院成功开展首例经皮冠脉介入手术⟧</li><li>⟦l 全国高血压日义诊活动圆满结束⟧</li></ul></div>
<div class="foot">⟦m 医院地址：枫林县人民路200号　急诊电话：0739-5120120⟧</div>
</body></html>
""",
        body="""
各位患者朋友：
为进一步方便群众就医，缩短候诊时间，我院决定自下月起调整门诊挂号服务时间。现将有关事项公告如下。
一、工作日挂号时间调整为7:30—12:00、13:30—17:30，比原来提前半小时。
二、周六、周日全天开放普通门诊挂号，专家门诊以当日排班为准。
三、微信预约挂号可预约7日内号源，例如今天是7月1日，可预约7月2日至7月8日的号源。
患者朋友可关注医院微信公众号，在“就医服务”栏目预约挂号、查询检查报告，减少排队等候时间。
咨询电话：0739-5121036
""",
    ),
]

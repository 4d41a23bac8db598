"""holdout57, part E: second pages of collections, Party-building, hospital, university, local
forum, download, exam, tender, law-firm and residents' sites. Invented text."""

CASES = [
    dict(
        slug="anthology-qingchuan-html-glass-essay",
        site="青川文稿 (invented)", style="个人文集", genre="述职报告", kind="report", form="html",
        source="http://qingchuan-wengao.example.net/juan/2/23.html",
        title="玻璃厂熔制车间主任述职报告",
        record_title="青川文稿 · 卷二 · 玻璃厂熔制车间主任述职报告",
        date="2024-01-15",
        page="""
<html><head><meta charset="utf-8"><title>青川文稿 · 卷二 · 玻璃厂熔制车间主任述职报告</title></head>
<body style="font-family:serif">
<div class="brand">⟦m 青川文稿 —— 三十年厂里的文字⟧</div>
<div class="toc">⟦l 卷一 车间手记　卷二 述职与总结　卷三 家书⟧</div>
<h2>⟦t 玻璃厂熔制车间主任述职报告⟧</h2>
<p class="note">⟦d 整理者按：此为家父在熔制车间任上的述职稿，据手稿录入，个别字句有订正。⟧</p>
{BODY}
<div class="pager">⟦l 〈 上一篇：退火窑改造记　下一篇：给车间新工人的一封信 〉⟧</div>
<div class="ft">⟦d 文稿版权归家属所有，引用请注明出处⟧　⟦m 访问计数：004217⟧</div>
</body></html>
""",
        body="""
各位领导、同志们：
我于2021年起担任熔制车间主任，现将三年来的工作述职如下。
一是稳定窑况。车间坚持每班测温、每日分析，三年来窑炉未发生大的事故，熔化率保持在设计水平以上。
二是节能降耗。推广全氧助燃技术，吨玻璃天然气消耗下降百分之十一。
三是带好队伍。车间十四名青年工人全部取得岗位技能证书，三人成长为班长。
不足之处是对新工艺学习不够，今后一定加强。
述职人：邹承
二〇二四年一月十五日
""",
    ),
    dict(
        slug="dangjian-hongxian-text-lecture-power",
        site="红线党建 (invented)", style="党建网", genre="讲话稿", kind="speech", form="text",
        source="http://www.hongxiandj.example.cn/dk/2025/0627/1184.html",
        title="在供电公司“七一”专题党课上的讲稿",
        record_title="党课讲稿丨在供电公司“七一”专题党课上的讲稿",
        date="2025-06-27",
        page="""
!m 红线党建　·　党员学习园地
!m 您当前的位置 :: 首页 :: 党课讲稿
!t 党课讲稿丨在供电公司“七一”专题党课上的讲稿
公司党委书记　甄守业
2025年6月27日
!m 【来源：红线党建】【字号：默认 大】
{BODY}
!a 下载本文 Word 版
!l 党课讲稿排行：1.新时代青年党员的使命担当 2.以学铸魂 以学增智
!d 本站部分稿件来自会员投稿，若有雷同纯属巧合
""",
        body="""
同志们：
今天是党的生日前夕，我以“点亮万家灯火，践行初心使命”为题，和大家一起上一堂党课。
第一，要牢记电力服务的政治属性。保障电力供应，是我们对人民群众最实在的承诺。
第二，要在急难险重任务中冲在前面。今年汛期，公司二十八支党员突击队连续奋战，抢修恢复供电线路一百多条。
第三，要从严管好自己。党员领导干部要带头遵守廉洁从业规定，在物资采购、工程建设等环节守住底线。
同志们，让我们以实际行动迎接党的生日！
""",
    ),
    dict(
        slug="hospital-jinsha-text-burn-unit-minutes",
        site="金沙市第二人民医院 (invented)", style="医院官网", genre="会议纪要", kind="minutes", form="text",
        source="https://www.jsey.example.com/ywdt/2025/0312/2290.html",
        title="烧伤整形科与市盐化工企业职业安全联席会纪要",
        record_title="【科室动态】烧伤整形科与市盐化工企业职业安全联席会纪要",
        date="2025-03-11",
        page="""
!m 金沙市第二人民医院 JINSHA NO.2 PEOPLE'S HOSPITAL
!m 首页 > 新闻中心 > 科室动态
!t 【科室动态】烧伤整形科与市盐化工企业职业安全联席会纪要
!m 供稿：烧伤整形科　摄影：院宣传科　2025-03-12
{BODY}
!w 烧伤急诊24小时专线：0891-6352120
!l 上一篇：我院开展“护士节”系列活动　下一篇：春季过敏高发，专家教你防护
!m 金沙市第二人民医院 版权所有
""",
        body="""
时间：2025年3月11日下午
地点：医院行政楼第一会议室
主持：烧伤整形科主任 樊立群
出席：市内五家盐化工企业安全负责人，医院医务科、急诊科代表
记录：余婷
会议通报了去年我科收治的二十三例化学烧伤病例情况，其中烧碱灼伤占六成以上。
会议商定：一、企业在车间配备应急冲淋装置，伤后立即用大量清水冲洗不少于二十分钟；二、我科每半年到企业开展一次急救培训；三、建立伤员转运绿色通道，企业专线电话：0891-6352188。
""",
    ),
    dict(
        slug="university-haiyun-html-notice-internship",
        site="海韵职业技术学院 (invented)", style="高校官网", genre="通知", kind="notice", form="html",
        source="https://jwc.hyvtc.example.edu.cn/info/1011/6640.htm",
        title="关于2026届电力系统自动化技术专业顶岗实习安排的通知",
        record_title="关于2026届电力系统自动化技术专业顶岗实习安排的通知-教务处",
        date="2025-09-05",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于2026届电力系统自动化技术专业顶岗实习安排的通知-教务处</title></head>
<body>
<div class="header">⟦m 海韵职业技术学院 教务处⟧ <span>⟦a 学校主页⟧</span> <span>⟦a English⟧</span></div>
<div class="nav">⟦m 首页 | 机构设置 | 教学运行 | 实践教学 | 考试管理 | 下载中心⟧</div>
<div class="left">⟦l 实践教学⟧<ul><li>⟦l 实习管理⟧</li><li>⟦l 技能竞赛⟧</li><li>⟦l 毕业设计⟧</li></ul></div>
<div class="right">
<div class="lm">⟦m 当前位置: 首页 &gt;&gt; 实践教学 &gt;&gt; 正文⟧</div>
<h1>⟦t 关于2026届电力系统自动化技术专业顶岗实习安排的通知⟧</h1>
<div class="sj">⟦m 2025-09-05 11:02　点击:[]⟧</div>
{BODY}
</div>
<div class="foot">⟦m 版权所有 © 海韵职业技术学院教务处　地址：海韵市大学城学府路1号⟧</div>
</body></html>
""",
        body="""
各二级学院：
根据人才培养方案，2026届电力系统自动化技术专业学生将于10月起赴合作企业顶岗实习，现将有关安排通知如下。
实习单位　人数　带队教师
海韵供电公司变电运维中心　36　刘青
沣湄县供电所　18　雷振
岭丰电力检修公司　22　宁可
学生须在出发前完成实习协议签订和安全教育，并在实习管理平台每周提交实习周记。
实习期间如遇问题，请及时联系学院实践教学科，电话：0898-65071322，邮箱：sjjx@hyvtc.example.edu.cn。
教务处
2025年9月5日
""",
    ),
    dict(
        slug="localforum-lianzhen-html-salt-village",
        site="莲镇论坛 (invented)", style="地方论坛", genre="倡议书", kind="initiative", form="html",
        source="http://bbs.lianzhen.example.com/read-htm-tid-309917.html",
        title="保护古盐田 留住乡愁——致莲镇乡亲们的倡议书",
        record_title="保护古盐田 留住乡愁——致莲镇乡亲们的倡议书 [复制链接]",
        date="2025-05-30", date_also=["2025-05-31"],
        page="""
<html><head><meta charset="gbk"><title>保护古盐田 留住乡愁——致莲镇乡亲们的倡议书 - 莲镇论坛</title></head>
<body>
<div class="top">⟦m 莲镇论坛 · 海边小镇的家⟧ ⟦a 用户名 密码 登录⟧</div>
<div class="guide">⟦m 莲镇论坛 » 莲镇茶馆 » 帖子⟧</div>
<div class="th">⟦t 保护古盐田 留住乡愁——致莲镇乡亲们的倡议书⟧ ⟦a [复制链接]⟧</div>
<div class="post">
<div class="au">⟦m 盐田守望者　楼主　2025-05-31 20:47⟧</div>
<div class="ct">
{BODY}
</div>
<div class="rate">⟦l 本帖获得 3 位网友评分 ▲ 人气 +12⟧</div>
</div>
<div class="post"><div class="au">⟦l 2楼 海风吹 2025-06-01⟧</div><div class="ct">⟦l 支持！小时候在盐田边长大⟧</div></div>
<div class="ft">⟦m 莲镇论坛 联系站长：lianzhenbbs@example.com⟧</div>
</body></html>
""",
        body="""
亲爱的乡亲们：
莲镇古盐田已有三百多年晒盐历史，是老辈人留给我们的宝贵遗产。近年来，一些盐田被随意填埋、堆放垃圾，令人痛心。
为此，莲镇文化站、盐田社区联合向全镇乡亲倡议：
一、不在盐田及周边倾倒垃圾、填土建房。
二、爱护晒盐工具、老盐仓等遗存，发现破坏行为及时劝阻或报告镇文化站。
三、欢迎大家分享关于古盐田的老照片、老故事，共同留住乡愁。
莲镇文化站　盐田社区居委会
2025年5月30日
""",
    ),
    dict(
        slug="download-wenyuan-text-metering-form",
        site="文源资料库 (invented)", style="资料下载站", genre="制度", kind="regulation", form="text",
        source="http://www.wenyuanzlk.example.net/down/28817.html",
        title="企业计量器具管理制度",
        record_title="企业计量器具管理制度(word版).doc",
        date=None,
        gap=True,
        page="""
!m 文源资料库-专注企业管理资料下载
!m 首页 → 企业管理 → 质量管理
!t 企业计量器具管理制度(word版).doc
!m 资料类型：管理制度 | 资料大小：35 KB | 授权方式：免费 | 推荐等级：★★★★
!m 发布时间：2025-12-08　下载次数：1904
!a 【资料预览】
{BODY}
!a 【下载地址】　　高速下载1　　高速下载2　　备用下载
!d 下载说明：请使用WinRAR解压；如链接失效，请联系管理员。
!l 相关资料：测量设备校准记录表 / 计量器具台账模板
""",
        body="""
1 目的
为加强公司计量器具管理，保证量值准确可靠，制定本制度。
2 适用范围
本制度适用于公司生产、检验、贸易结算用全部计量器具。
3 管理职责
3.1 质量部是计量器具的归口管理部门，负责建立台账、编制周期检定计划。
3.2 使用部门负责计量器具的日常维护，发现异常立即停用并报质量部。
4 检定与校准
4.1 列入强制检定目录的计量器具，按期送法定计量检定机构检定。
4.2 检定不合格的计量器具贴红色“禁用”标识，隔离存放。
5 本制度由质量部负责解释，自发布之日起施行。
""",
    ),
    dict(
        slug="exam-qinglu-html-interview-notice",
        site="清麓人事考试网 (invented)", style="人事考试网", genre="公告", kind="notice", form="html",
        source="https://www.qlpta.example.gov.cn/zkgg/2025/0611/3320.html",
        title="清麓市盐务管理局所属事业单位2025年公开招聘面试公告",
        record_title="【考务公告】清麓市盐务管理局所属事业单位2025年公开招聘面试公告",
        date="2025-06-11",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【考务公告】清麓市盐务管理局所属事业单位2025年公开招聘面试公告</title></head>
<body>
<div class="hd">⟦m 清麓人事考试网⟧ ⟦m 公平 公正 公开⟧</div>
<div class="mn">⟦m 首页　考试动态　考务公告　成绩查询　证书办理⟧</div>
<div class="pos">⟦m 首页 &gt; 考务公告⟧</div>
<h1>⟦t 清麓市盐务管理局所属事业单位2025年公开招聘面试公告⟧</h1>
<div class="info">⟦m 信息来源：市人事考试院　发布时间：2025-06-11 17:30⟧</div>
{BODY}
<div class="kf">⟦w 报名系统技术咨询 0471-4652300（9:00-17:00）⟧</div>
<div class="rk">⟦l 考试日历⟧ ⟦l 常见问题⟧ ⟦l 诚信考试承诺书⟧</div>
<div class="ft">⟦m 主办：清麓市人事考试院　备案号：蒙ICP备09002318号⟧</div>
</body></html>
""",
        body="""
根据笔试成绩和资格复审结果，现将面试有关事项公告如下。
一、面试时间：2025年6月21日上午8:00开始。考生须于7:30前到达候考室。
二、面试地点：清麓市委党校（新城区学院路17号）。
三、面试方式：结构化面试，每人15分钟，满分100分，合格线60分。
四、面试人员名单
岗位代码　姓名　笔试成绩
YW01　庞雨　72.5
YW01　谈静　70.0
YW02　庄立恒　68.5
五、考生请自行下载打印面试通知书，携带本人身份证原件参加面试。
咨询电话：0471-4653117（市盐务管理局人事科）。
清麓市人事考试院
2025年6月11日
""",
    ),
    dict(
        slug="tender-jiangtong-text-crane-inspection-bid",
        site="江潼招标采购网 (invented)", style="招投标网", genre="公告", kind="notice", form="text",
        source="http://www.jiangtong-zb.example.com/zbgg/2025/0904/ZB250904-12.html",
        title="江潼港务集团门座起重机定期检验服务项目招标公告",
        record_title="江潼港务集团门座起重机定期检验服务项目招标公告 | 江潼招标采购网",
        date="2025-09-04",
        page="""
!m 江潼招标采购网　阳光采购 诚信交易
!m 招标公告 ＞ 服务类 ＞ 详情
!t 江潼港务集团门座起重机定期检验服务项目招标公告
!m 公告日期：2025-09-04　　截止日期：2025-09-25　　项目地区：江潼市
!a ★ 关注此项目　　✉ 订阅同类公告
{BODY}
!w 会员服务热线：400-161-7309（投标咨询请直接联系招标代理）
!d 本网站所载公告信息均由招标人或代理机构提供，本网不对其真实性负责。
""",
        body="""
1. 招标条件
本项目已由招标人江潼港务集团有限公司批准，资金来源为企业自筹，现进行公开招标。
2. 项目概况
对集团所属港区门座起重机三十二台实施定期检验，服务期一年。
3. 投标人资格要求
投标人须具有特种设备检验检测机构核准证（起重机械定期检验项目），近三年内无重大检验责任事故。
4. 招标文件获取
请于2025年9月5日至9月11日登录电子交易系统下载招标文件。
5. 联系方式
招标人：江潼港务集团有限公司，联系人：钱工，电话：0513-8330216。
招标代理：江潼中达项目管理有限公司，联系人：殷女士，电话：0513-8330877。
""",
    ),
    dict(
        slug="lawfirm-guanshan-html-qa-securities-fraud",
        site="观山律师事务所 (invented)", style="律所网站", genre="函", kind="letter", form="html",
        source="https://www.guanshanlaw.example.com/cases/letter/2025-0418.html",
        title="关于督促返还证券投资咨询服务费的律师函",
        record_title="律师范本 - 关于督促返还证券投资咨询服务费的律师函",
        date="2025-04-18",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>律师范本 - 关于督促返还证券投资咨询服务费的律师函 - 观山律师事务所</title></head>
<body>
<header>⟦m 观山律师事务所⟧ ⟦m 专业 · 务实 · 守信⟧ ⟦w 咨询热线 0571-86092318⟧</header>
<nav>⟦m 首页 / 关于我们 / 业务领域 / 专业文章 / 律师范本 / 联系我们⟧</nav>
<section>
<h1>⟦t 关于督促返还证券投资咨询服务费的律师函⟧</h1>
<p class="meta">⟦m 发布者：观山所金融证券团队　2025-04-18⟧</p>
<p class="tip">⟦d 本范本已隐去当事人信息，仅供参考，不同案件请咨询专业律师。⟧</p>
{BODY}
<div class="share">⟦l 分享：微信 · 微博 · 复制链接⟧</div>
</section>
<aside>⟦l 相关范本⟧<br>⟦l 催告函范本⟧<br>⟦l 解除合同通知函⟧<br>⟦w 在线留言，律师24小时内回复⟧</aside>
<footer>⟦m 地址：杭州市江干区示例路200号观山大厦12层⟧　⟦m 浙ICP备20011837号⟧</footer>
</body></html>
""",
        body="""
××投资咨询有限公司：
观山律师事务所接受王某某的委托，指派本所律师就贵公司收取其“荐股服务费”一事，郑重致函如下。
经查，2024年10月，贵公司业务人员通过社交软件向委托人推荐股票，承诺“保证收益”，并收取服务费三万八千元。贵公司并无证券投资咨询业务资格。
根据有关法律规定，贵公司应于收到本函之日起七日内返还上述款项。逾期不返还的，本所将代理委托人向有关部门投诉并提起诉讼。
特此函告。
联系人：观山律师事务所 金律师，电话：0571-86092355。
观山律师事务所
2025年4月18日
""",
    ),
    dict(
        slug="community-yujing-text-rubber-smell-reply",
        site="玉井社区网 (invented)", style="社区网站", genre="通知", kind="notice", form="text",
        source="http://www.yujingsq.example.cn/news/gg/20250715-3.html",
        title="关于居民反映橡胶厂异味问题处理情况的公告",
        record_title=None,
        date="2025-07-15",
        junk=dict(lines=1, glued=1),
        page="""
!m 玉井社区网　幸福玉井 你我共建
!m 首页 | 社区公告 | 网格服务 | 志愿者之家 | 便民电话
!t 关于居民反映橡胶厂异味问题处理情况的公告
!m 发布人：社区网格办　发布时间：2025年7月15日　浏览（322）
{BODY}
!l 网友留言（2）：“终于有回音了” —— 6栋业主　｜ “希望晚上也不要有味” —— 晓晓妈
!a 我要留言（需实名登录）
!m 玉井社区居委会　服务热线：0372-2615093
""",
        body="""
各位居民：
近期，部分居民通过网格群反映小区北侧橡胶厂夜间排放异味。社区高度重视，已会同街道、区生态环境分局进行了实地核查。
经查，该厂硫化废气处理设施活性炭更换不及时，导致部分废气未经充分处理排放。区生态环境分局已责令其限期整改。
目前，该厂已更换全部活性炭并加装在线监测设备，整改后监测数据达标。
社区将持续跟踪，居民如再发现异味，可拨打网格员电话或12345热线反映。
玉井社区居民委员会
2025年7月15日
""",
    ),
]

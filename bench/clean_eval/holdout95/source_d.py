"""holdout95, part D: 资料下载站, 人事考试网, 招投标网, 律所网站, 社区网站, 行业协会 — a konghou
class, a road-rescue tow fleet, viaduct maintenance, a streetlight office, traffic signals,
a polder embankment, a seagrass bed, coral-reef monitors, jellyfish processors, a squid-jigging
fleet, tuna. Invented text."""

CASES = [
    dict(
        slug="download-html-konghou-teaching-plan",
        site="星火资料站 (invented)",
        style="资料下载站",
        genre="方案",
        kind="plan",
        form="html",
        source="http://www.xinghuozl.example.com/soft/jiaoan/2025/33018.html",
        title="少儿箜篌兴趣班教学工作计划",
        record_title="少儿箜篌兴趣班教学工作计划.doc",
        date=None,
        notes="old download-station table layout: file-info table (大小/语言/授权/评分), three mirror links, a dead-link report; file-name title; no date in the document (更新时间 is the station's upload stamp)",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>少儿箜篌兴趣班教学工作计划.doc 免费下载 - 星火资料站</title></head><body>
<table width="980"><tr><td>⟦m 星火资料站 — 教案课件 一站下载⟧</td></tr><tr><td>⟦l 首页 | 教案 | 课件 | 试卷 | 计划总结 | 排行榜⟧</td></tr></table>
<table width="980"><tr><td>⟦m 您的位置：首页 → 计划总结 → 教学计划⟧</td></tr></table>
<table class="info"><tr><td>⟦t 少儿箜篌兴趣班教学工作计划.doc⟧</td></tr>
<tr><td>⟦m 文件大小：27 KB　授权方式：免费　语言：简体中文　更新时间：2025-08-31⟧</td></tr>
<tr><td>⟦m 评分：★★★★☆　下载次数：318⟧</td></tr></table>
<table class="intro"><tr><td>⟦m 资料简介：⟧</td></tr>
{BODY}
</table>
<table class="down"><tr><td>⟦a 下载地址：电信下载一　联通下载二　移动下载三⟧</td></tr><tr><td>⟦a 下载地址失效？点此报告⟧</td></tr></table>
<table><tr><td>⟦d 本站资料均来自网络，仅供学习研究，请于下载后24小时内删除⟧</td></tr><tr><td>⟦m 站长QQ：3021877645⟧</td></tr></table>
</body></html>
""",
        p_html="<tr><td>{}</td></tr>",
        body="""
本学期箜篌兴趣班共有学员十四人，均为零基础的小学三至五年级学生。
一、教学目标：学员掌握箜篌的基本坐姿、手型和调音方法，能独立演奏四至六首简单乐曲。
二、教学进度：第1至4周学习基本指法，第5至10周练习音阶和琶音，第11至16周学习乐曲，第17周汇报演出。
三、注意事项：上课前十分钟调音，课后按规定放回琴房，严禁学员私自搬动乐器。
""",
    ),
    dict(
        slug="download-text-road-rescue-rules-brackets",
        site="好料下载 (invented)",
        style="资料下载站",
        genre="制度",
        kind="rules",
        form="text",
        source="https://haoliao.example.net/down/zhidu/77263.html",
        title="道路清障救援车辆作业管理制度",
        record_title="【精品推荐】道路清障救援车辆作业管理制度（通用版）",
        date=None,
        notes="decorated record title; page markers ⁅2⁆ on lines of their own; a VIP download row; the rule's sentence about 拍照上传 kept; no date",
        pages=dict(fmt="⁅{n}⁆", every=120, start=2),
        page="""
!m 好料下载 haoliao.example.net
!m 资料分类 » 管理制度 » 交通运输
!t 【精品推荐】道路清障救援车辆作业管理制度（通用版）
!a 普通下载（扣3金币）　｜　VIP高速下载
{BODY}
!l 猜你需要：清障车司机岗位职责｜高速公路救援服务规范
!d 【版权声明】本资料由网友提供，仅供交流学习，如有侵权请联系站长删除。
""",
        body="""
第一条　为规范道路清障救援作业，保障救援人员和车辆安全，制定本制度。
第二条　接到救援指令后，清障车须在十五分钟内出车，城区道路三十分钟内到达现场。
第三条　到达现场后，作业人员须穿戴反光背心，在来车方向一百五十米外摆放警示标志。
第四条　拖移事故车辆前，须对车辆外观拍照上传调度平台，并请车主签字确认。
第五条　救援收费严格执行价格主管部门核定的标准，不得乱收费。
""",
    ),
    dict(
        slug="rsks-viaduct-exam-notice-text",
        site="珩城市人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.hcrsks.example.gov.cn/ksgg/2025/0410/591.html",
        title="珩城市高架桥养护中心2025年公开招聘工作人员公告",
        record_title="珩城市高架桥养护中心2025年公开招聘工作人员公告",
        date="2025-04-10",
        notes="exam site: 'exam calendar' and 'online registration' prompts; a positions table (one row a paragraph); the announcement's own 咨询电话 and 监督电话 kept next to the site's tech-support phone",
        page="""
!m 珩城市人事考试网
!a 网上报名入口 ＞＞　准考证打印 ＞＞　成绩查询 ＞＞
!m 当前位置：考试公告
{T}
!m 2025-04-10　来源：市人社局　【字体：大 中 小】
{BODY}
!w 报名系统技术支持电话：0736-7100866（工作日9:00-17:00）
!m 主办：珩城市人力资源和社会保障局
""",
        body="""
根据工作需要，珩城市高架桥养护中心2025年公开招聘工作人员五名。现将有关事项公告如下。
一、招聘岗位
岗位　人数　专业要求
桥梁检测员　3　土木工程、桥梁与隧道工程
养护技术员　2　道路桥梁与渡河工程
二、报名时间：2025年4月15日至4月21日。
三、咨询电话：0736-7211053　监督电话：0736-7211060
珩城市高架桥养护中心
2025年4月10日
""",
    ),
    dict(
        slug="rsks-html-streetlight-interview-list",
        site="瓒山县人事考试信息网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://rsks.zanshan.example.gov.cn/html/2025/tz_0916.html",
        title="县路灯管理所公开招聘工作人员面试通知",
        record_title="县路灯管理所公开招聘工作人员面试通知_瓒山县人事考试信息网",
        date="2025-09-16",
        notes="exam HTML: a marquee of latest announcements, a login box in the sidebar; the notice's list of candidates as table rows; a sentence telling candidates to 下载打印 the 面试通知单 kept; 成文日期",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>县路灯管理所公开招聘工作人员面试通知_瓒山县人事考试信息网</title></head><body>
<div class="top">⟦m 瓒山县人事考试信息网⟧</div>
<marquee>⟦l 最新公告：2025年下半年事业单位招聘笔试成绩发布⟧</marquee>
<div class="login">⟦a 考生登录　忘记密码⟧</div>
<h1>⟦t 县路灯管理所公开招聘工作人员面试通知⟧</h1>
<div class="meta">⟦m 发布日期：2025年09月16日　阅读次数：1,204⟧</div>
{BODY}
<div class="bot">⟦a 【打印本页】⟧　⟦a 【返回】⟧</div>
<div class="ft">⟦m 瓒山县人力资源和社会保障局主办　技术维护：县信息中心⟧</div>
</body></html>
""",
        body="""
各位考生：
县路灯管理所公开招聘工作人员笔试成绩已公布，现将面试有关事项通知如下。
一、进入面试人员名单
准考证号　姓名　笔试成绩
2025091003　鲁××　78.5
2025091017　闻××　76.0
2025091022　卜××　74.5
二、面试时间：2025年9月21日上午8:30。
三、请考生自行下载打印面试通知单，面试当天携带身份证和面试通知单入场。
瓒山县人力资源和社会保障局
2025年9月16日
""",
    ),
    dict(
        slug="tender-html-traffic-signal-bid-result",
        site="璟原县公共资源交易网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://ggzy.jingyuan.example.gov.cn/jyxx/zfcg/zbgg/20250522/3390.html",
        title="璟原县城区交通信号灯智能化改造项目中标结果公告",
        record_title=None,
        date="2025-05-22",
        notes="no record title; procurement HTML with a project-info table, a countdown to objection deadline, a CA-login prompt; 联系方式 of purchaser and agency kept; date at the end",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>璟原县公共资源交易网</title></head><body>
<div class="hd">⟦m 璟原县公共资源交易网⟧ ⟦a CA数字证书登录⟧ ⟦a 投标人注册⟧</div>
<div class="nav">⟦l 交易信息 | 政府采购 | 工程建设 | 产权交易 | 政策法规⟧</div>
<div class="pos">⟦m 交易信息 > 政府采购 > 中标公告⟧</div>
<h2>⟦t 璟原县城区交通信号灯智能化改造项目中标结果公告⟧</h2>
<div class="cd">⟦m 信息时间：2025-05-22　质疑截止剩余：6天⟧</div>
{BODY}
<div class="att">⟦a 附件下载：中标通知书.pdf⟧</div>
<div class="ft">⟦m 璟原县公共资源交易中心　咨询电话：0879-3122001⟧ ⟦d 本网站信息仅供参考，以原件为准⟧</div>
</body></html>
""",
        body="""
一、项目编号：JYZC-2025-0417
二、项目名称：璟原县城区交通信号灯智能化改造项目
三、中标信息
供应商名称　中标金额（元）
琇田智联交通科技有限公司　3,286,500.00
四、公告期限：自本公告发布之日起1个工作日。
五、联系方式
采购人：璟原县公安局交通警察大队　联系人：郑警官　电话：0879-3125110
采购代理机构：瑄湾招标代理有限公司　联系人：贺婷　电话：0879-3160227
2025年5月22日
""",
    ),
    dict(
        slug="tender-text-polder-embankment-tender",
        site="玑湾建设工程招标网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.jwztb.example.com/zbgg/2025/1030/11827.html",
        title="玑湾县东圩堤防加固工程施工招标公告",
        record_title="玑湾县东圩堤防加固工程施工招标公告（第二次）",
        date="2025-10-30",
        record_date="2025-10-30",
        notes="record date; decorated record title (第二次); member-only download prompt between paragraphs on its own line; a numbered-list structure with decimal headings",
        page="""
!m 玑湾建设工程招标网　招标｜投标｜中标
!m 首页 > 招标公告 > 水利工程
!t 玑湾县东圩堤防加固工程施工招标公告（第二次）
!m 发布日期：2025-10-30　截止日期：2025-11-20　地区：玑湾县
{BODY}
!a 立即报名 ｜ 收藏项目 ｜ 订阅同类招标
!w 招标信息订阅、标书制作请加客服微信 zb_helper88
""",
        body="""
1. 招标条件
本招标项目玑湾县东圩堤防加固工程已由县发展和改革局批准建设，资金来自财政资金，项目已具备招标条件，现对该项目的施工进行公开招标。
2. 项目概况与招标范围
2.1 建设地点：玑湾县东圩镇。
2.2 建设规模：加固堤防四点二公里，新建穿堤涵闸两座。
⟦a 🔒 以下内容仅对VIP会员开放，开通后可查看完整公告⟧
3. 投标人资格要求
3.1 投标人须具备水利水电工程施工总承包三级及以上资质。
4. 招标文件的获取
凡有意参加投标者，请于2025年10月31日至11月6日登录县公共资源交易平台下载电子招标文件。
""",
    ),
    dict(
        slug="lawfirm-html-seagrass-fishermen-letter",
        site="瑶滩海衡律师事务所 (invented)",
        style="律所网站",
        genre="函",
        kind="letter",
        form="html",
        source="https://www.haihenglaw.example.cn/news/2025/0819/show-118.html",
        title="致海草床保护区周边渔民朋友的一封信",
        record_title="致海草床保护区周边渔民朋友的一封信-海衡律师事务所",
        date="2025-08-19",
        notes="law-firm HTML with a consult box, lawyer card and a 'not legal advice' disclaimer; the letter's own contact line (the firm's public-welfare hotline in the letter) kept while the site's consult hotline is chrome",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>致海草床保护区周边渔民朋友的一封信-海衡律师事务所</title></head><body>
<div class="hd">⟦m 海衡律师事务所　HAIHENG LAW FIRM⟧ ⟦l 首页 律所简介 专业领域 律师团队 公益法律⟧</div>
<div class="crumb">⟦m 首页 / 公益法律 / 普法宣传⟧</div>
<h1>⟦t 致海草床保护区周边渔民朋友的一封信⟧</h1>
<div class="m">⟦m 发布人：公益法律部　2025-08-19　阅读 208⟧</div>
{BODY}
<div class="card">⟦m 执业律师：滕海鸥　执业证号 14602201910237741⟧</div>
<div class="consult">⟦w 免费法律咨询 400-880-3312　在线留言>>⟧</div>
<div class="ft">⟦d 本站文章仅为普法宣传，不构成任何法律意见⟧ ⟦m 琼ICP备20008823号⟧</div>
</body></html>
""",
        body="""
渔民朋友们：
海草床被称为“海洋之肺”，是许多鱼虾蟹繁育的家园。瑶滩海草床保护区设立以来，海草面积逐年恢复。
根据有关法律规定，在保护区核心区内禁止拖网、挖贝和围网养殖；违反规定的，将依法承担相应的法律责任。
我们了解到，部分渔民对禁止行为和转产扶持政策还不够清楚。为此，本所组织律师每月第一个周六到渔村开展法律咨询。
如有疑问，欢迎拨打本所公益法律服务电话0898-6621009。
海衡律师事务所公益法律部
2025年8月19日
""",
    ),
    dict(
        slug="lawfirm-text-coral-monitor-contract-talk",
        site="珂山明理律师事务所 (invented)",
        style="律所网站",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.minglilaw.example.com/article/2025/1206/lecture.html",
        title="珊瑚礁监测志愿服务中的法律风险——在志愿者培训会上的讲座提纲",
        record_title=None,
        date="2025-12-06",
        notes="no record title; a lecture outline with numbered sub-points; date under the title; the firm's 'consult our lawyers' prompts at top and bottom; tags row",
        page="""
!m 明理律师事务所 | 专业 · 诚信 · 高效
!w 咨询热线 0898-3300117　律师在线 ▶
{T}
（2025年12月6日）
主讲：明理律师事务所合伙人　邝文静
{BODY}
!l 标签：志愿服务 / 海洋保护 / 法律风险
!w 遇到法律问题？点此预约明理律师一对一咨询
!d 本文仅代表作者观点，转载请注明来源明理律所官网
""",
        body="""
一、志愿服务协议的签订
1.志愿者与组织方应签订书面志愿服务协议，明确服务内容、时间和安全保障措施。
2.未成年人参加潜水监测活动，须经监护人书面同意。
二、人身意外风险的防范
1.组织方应为志愿者购买人身意外伤害保险。
2.潜水作业须由持证教练带领，严格执行潜水计划。
三、监测数据的权属
监测数据的使用和发布应在协议中约定，未经许可不得擅自对外公布。
""",
    ),
    dict(
        slug="community-jellyfish-processing-notice-board",
        site="瑶滩街道渔港社区 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.yaotan-yugang.example.gov.cn/sqgg/2025/0708/88.html",
        title="关于规范海蜇加工场地污水排放的通知",
        record_title="关于规范海蜇加工场地污水排放的通知",
        date="2025-07-08",
        notes="community site: 'residents' services' row, weather widget; the notice's own 网格员 phone kept; the community's hotline in the footer is chrome; glued action after a sentence",
        page="""
!m 渔港社区居委会　　今日天气：多云 29℃～34℃
!l 社区概况　党建引领　便民服务　社区公告　居民议事
{T}
!m 发布：社区居委会　2025-07-08　阅读 312 次
{BODY}
!m 社区服务热线：0898-8812700（工作日）
!d 渔港社区网站由瑶滩街道办事处指导建设
""",
        body="""
辖区各海蜇加工户：
近期，部分加工场地将腌渍海蜇的盐矾水直接排入雨水管网，造成周边道路异味，居民反映强烈。⟦a 〔转发到朋友圈〕⟧
为改善社区环境，现通知如下：一、加工户须设置污水收集池，盐矾水经沉淀后由环卫部门统一收运；二、严禁在道路上晾晒、堆放海蜇；三、7月20日后，社区将联合街道执法中队开展检查。
如有疑问，请联系本网格网格员：何海燕　13976021188
渔港社区居民委员会
2025年7月8日
""",
    ),
    dict(
        slug="community-html-squid-fleet-families",
        site="玳港镇渔民新村社区 (invented)",
        style="社区网站",
        genre="倡议书",
        kind="letter",
        form="html",
        source="https://yumin.daigang.example.cn/news/view/2025-0615.html",
        title="致远洋鱿钓船员家属的一封信",
        record_title="致远洋鱿钓船员家属的一封信",
        date=None,
        notes="community HTML with a service-hall booking widget and a volunteer list in the sidebar; no date in the document (the page gives only 'updated 3 days ago'); a 邮箱 in the body kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>渔民新村社区 - 社区动态</title></head><body>
<div class="hd">⟦m 玳港镇渔民新村社区⟧ ⟦m 家在渔村　心系远洋⟧</div>
<div class="nav">⟦l 首页 · 社区动态 · 办事指南 · 志愿服务 · 联系我们⟧</div>
<h2>⟦t 致远洋鱿钓船员家属的一封信⟧</h2>
<div class="upd">⟦m 更新于 3 天前　浏览 97⟧</div>
{BODY}
<div class="side"><p>⟦a 便民服务预约：点击选择服务事项⟧</p><p>⟦l 本月志愿之星：许阿婆、吴小勇⟧</p></div>
<div class="ft">⟦m 社区地址：玳港镇海湾路27号⟧ ⟦d 版权所有 玳港镇渔民新村社区⟧</div>
</body></html>
""",
        body="""
各位船员家属：
我村有一百二十多名船员随远洋鱿钓船队在外作业，一出海就是大半年。你们在家照顾老人孩子，辛苦了！
为帮助大家解决实际困难，社区成立了“远洋家属服务站”，提供代办证件、老人看护和子女课后辅导等服务。
家属们有什么困难和建议，可以到服务站当面反映，也可以发邮件到yuanyangjia@example.cn。
让我们一起做好船员的坚强后盾！
""",
    ),
    dict(
        slug="assoc-tuna-industry-report-html",
        site="琮口市远洋渔业协会 (invented)",
        style="行业协会",
        genre="工作报告",
        kind="report",
        form="html",
        source="http://www.cktuna.example.org.cn/xhdt/2025/0326/report.html",
        title="琮口市远洋渔业协会第三届理事会工作报告",
        record_title="琮口市远洋渔业协会第三届理事会工作报告",
        date="2025-03-26",
        notes="association HTML: member-login box, 'join us' prompt, the report's decimal headings and a catch-statistics table; the speaker line neutral; date under the title",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>琮口市远洋渔业协会</title></head><body>
<div class="hd">⟦m 琮口市远洋渔业协会⟧ ⟦a 会员登录⟧ ⟦a 申请入会⟧</div>
<div class="nav">⟦l 协会概况 | 行业动态 | 政策法规 | 会员风采 | 联系我们⟧</div>
<h1>⟦t 琮口市远洋渔业协会第三届理事会工作报告⟧</h1>
<p>协会会长　詹国栋</p>
<p>（2025年3月26日）</p>
{BODY}
<div class="ft">⟦m 协会秘书处　电话：0580-2208716　传真：0580-2208717⟧ ⟦m 浙ICP备11077832号⟧</div>
</body></html>
""",
        body="""
各位理事、各位会员代表：
现在，我代表第三届理事会向大会报告工作，请予审议。
1 五年来的主要工作
1.1 服务会员企业。协会先后组织金枪鱼延绳钓技术培训十二期，协助会员企业办理入渔手续三百余船次。
1.2 推动行业自律。制定了《会员企业远洋作业自律公约》，全体会员企业签署承诺书。
2 行业发展情况
年份　金枪鱼产量（吨）　远洋渔船（艘）
2020　38600　112
2024　46200　131
3 今后工作建议
新一届理事会要继续加强行业服务，推动远洋渔业高质量发展。
""",
    ),
]

"""holdout204, part E: hospitals, universities, intranets, companies, associations and training schools.

Invented text, written by hand; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="hospital-quanhu-notice-staff-lot-locks",
        site="筌湖县人民医院官网 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.qhxrmyy.com/ywgk/2025/0314/1603.html",
        title="关于清理职工停车场私装地锁的通知",
        record_title="【后勤通告】关于清理职工停车场私装地锁的通知-筌湖县人民医院",
        date="2025-03-14",
        notes="hospital: booking float, a 24-hour line and a switchboard; the logistics department's own phone stays in the "
        "body; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【后勤通告】关于清理职工停车场私装地锁的通知-筌湖县人民医院</title>
</head>
<body>
<div class="hos-top">⟦m 筌湖县人民医院⟧ <span>⟦m 二级甲等综合医院⟧</span> <span>⟦m 急诊急救（24小时）：0873-7712120⟧</span></div>
<div class="hos-nav">⟦m 首页 医院概况 科室导航 专家介绍 就医指南 院务公开⟧</div>
<div class="hos-loc">⟦m 当前位置：首页 → 院务公开 → 通知公告⟧</div>
<div class="hos-art">
<h2>{T}</h2>
<div class="hos-meta">⟦m 发布部门：后勤保障部　　发布时间：2025-03-14　　浏览：577⟧</div>
<div class="hos-body">
{BODY}
</div>
</div>
<div class="hos-float">⟦a 预约挂号⟧<br>⟦a 报告查询⟧<br>⟦a 智能导诊⟧</div>
<div class="hos-foot">⟦m 医院总机：0873-7712000　地址：筌湖县湖滨路1号⟧<br>⟦m 滇ICP备14002935号⟧</div>
</body>
</html>
""",
        body="""
各科室、各部门：
医院职工停车场车位有限，近期发现有职工在停车场内私自安装地锁，占用公共车位，影响了其他职工和来院救护车辆的停放。经院务会研究，决定对职工停车场私装地锁进行清理。现将有关事项通知如下：
一、请私自安装地锁的职工于3月21日前自行拆除，拆除后将地面恢复原状。
二、3月22日起，后勤保障部将对未拆除的地锁统一拆除，拆下的地锁在后勤仓库存放一个月。
三、职工停车场实行先到先停，夜班职工车位由后勤保障部统一划定。
联系电话：后勤保障部　0873-7712463
筌湖县人民医院
2025年3月14日
""",
    ),
    dict(
        slug="hospital-biancheng-tcm-article-wrist-after-skating",
        site="笾城区中医医院网站 (invented)",
        style="医院官网",
        genre="科普文章",
        kind="other",
        form="text",
        source="http://www.bczyy.cn/jkkp/gushang/2025/0708/207.html",
        title="轮滑摔倒后手腕疼，别只当扭伤",
        record_title="【骨伤健康课】轮滑摔倒后手腕疼，别只当扭伤-笾城区中医医院",
        date="2025-07-08",
        notes="decorated record title; the byline's 发布日期 is the date; the department's 咨询电话 beside the hospital's booking line",
        page="""
!m 笾城区中医医院
!m 首页 > 健康科普 > 骨伤科
{T}
!m 发布日期：2025-07-08　　作者：骨伤科 龙嘉木　　阅读：1,283
{BODY}
!l 相关科普：儿童肘部“脱臼”怎么办 ｜ 崴脚后冷敷还是热敷
!m 网上预约挂号请拨 0873-6338114 或关注医院服务号
!m 笾城区中医医院 版权所有
""",
        indent="\u3000\u3000",
        body="""
暑假到了，骨伤科门诊里因为轮滑摔伤来看病的孩子明显多了起来，其中最常见的是手腕受伤。
孩子摔倒时本能地用手撑地，身体的重量一下子压在手腕上，很容易造成桡骨远端骨折或者舟状骨骨折。有的孩子摔完只觉得手腕有点疼，还能活动，家长以为是扭伤，贴几天膏药就算了，结果耽误了治疗。
如果孩子摔倒后手腕肿胀明显、按压疼痛，或者握拳、拧毛巾时疼得厉害，一定要及时到医院拍片检查。
预防手腕受伤，最好的办法是戴好护腕，并在开始学滑之前先练习正确的摔倒姿势。
骨伤科咨询电话：0873-6338207
""",
    ),
    dict(
        slug="university-juzhou-normal-news-projector-upgrade-h1",
        site="筥州师范学院新闻网 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.jzsfxy.edu.cn/info/1011/9043.htm",
        title="我校完成126间教室投影设备更新",
        record_title=None,
        date="2025-09-05",
        notes="no title in the record: the h1; a dotted date on the byline is the page's date; photo caption; "
        "an editor and reviewer line glued after the last paragraph",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>筥州师范学院新闻网</title>
</head>
<body>
<div class="header">⟦m 筥州师范学院新闻网⟧ <a>⟦m 学校主页⟧</a> <a>⟦m 信息门户⟧</a></div>
<div class="menu">⟦m 首页 学院要闻 综合新闻 院部动态 媒体师院 图片新闻⟧</div>
<div class="pos">⟦m 您的位置：首页 &gt;&gt; 综合新闻 &gt;&gt; 正文⟧</div>
<div class="article">
<h1>{T}</h1>
<div class="info">⟦m 2025.09.05　文字：资产管理处　图片：马晓川　点击：⟧<span id="dynclicks">⟦m 867⟧</span></div>
<div class="v_news_content">
{BODY}
</div>
<div class="prevnext">⟦l 上一条：我校举行2025级新生开学典礼⟧<br>⟦l 下一条：图书馆延长开放时间的通知⟧</div>
</div>
<div class="footer">⟦m 地址：筥州市学府路88号　邮编：675099⟧ ⟦m 版权所有 © 筥州师范学院⟧</div>
</body>
</html>
""",
        body="""
暑假期间，学校资产管理处会同信息化中心对教学楼126间教室的投影设备进行了集中更新，新学期开学前全部安装调试完毕。
这批教室原来使用的投影仪大多是2015年前后购置的，亮度不足、噪音大，师生反映较多。此次更新采用激光投影设备，亮度比原来提高一倍，开机不需要预热，使用寿命可达两万小时。
⟦m 图为工作人员在教室调试新投影设备。⟧
为方便老师使用，信息化中心还在每间教室讲台上张贴了操作说明，并开通了报修专线，设备出现问题后半小时内响应。
学校还将在本学期对全体任课教师开展一次设备使用培训。⟦m （编辑：袁一苇　审核：蒙立）⟧
""",
    ),
    dict(
        slug="college-juzhou-vocational-notice-skating-club-venue",
        site="筥州职业技术学院网站 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://bwc.jzvtc.edu.cn/tzgg/2025/0312/518.html",
        title="关于规范轮滑社团活动场地使用的通知",
        record_title="保卫处 ∥ 关于规范轮滑社团活动场地使用的通知 - 筥州职业技术学院",
        date="2025-03-12",
        notes="decorated record title (office prefix and school); the office's own phone beside the school switchboard; "
        "成文日期 under the signature",
        page="""
!m 筥州职业技术学院　保卫处
!m 首页 » 通知公告
{T}
!m 作者：保卫处　　来源：本站原创　　点击数：702　　更新时间：2025-03-13
{BODY}
!a 【打印此通知】【关掉本窗】
!m 学校总机：0873-6980000　　地址：筥州市笾城区职教路5号
""",
        body="""
校团委、各学院：
近期，学校轮滑社团活动频繁，部分社员在教学楼前广场和校内道路上滑行，与过往车辆和行人存在安全隐患。为保障师生安全，现将有关事项通知如下：
一、轮滑社团活动统一在东区篮球场北侧的轮滑场进行，每天活动时间为17:30至19:30。
二、禁止在校内机动车道、教学楼走廊及食堂周边穿轮滑鞋滑行。
三、社团活动时须有一名负责人在场，做好人员登记和安全提醒。
四、对违反规定的，保卫处将予以劝阻，情节严重的通报所在学院。
联系电话：保卫处　0873-6980110
筥州职业技术学院保卫处
2025年3月12日
""",
    ),
    dict(
        slug="intranet-lvyuan-minutes-charging-maintenance-oa",
        site="秾川绿源充电服务有限公司协同办公平台 (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="other",
        form="html",
        source="http://oa.lvyuancd.local/doc/view?id=20250519007",
        title="城北充电站运维专题会议纪要",
        record_title="〔会议纪要〕城北充电站运维专题会议纪要 - 绿源协同办公",
        date="2025-05-16",
        date_also=["2025-05-19"],
        notes="OA document view: 流转记录, read count, an 'I have read it' button, an IT desk extension; the minutes' "
        "时间/地点/主持/参会/记录 lines stay in the body; date from the 时间 line, the filing date also accepted",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〔会议纪要〕城北充电站运维专题会议纪要 - 绿源协同办公</title>
<script src="/oa/static/flow.js"></script>
</head>
<body>
<div class="oa-top">⟦m 绿源协同办公⟧ <span>⟦m 欢迎您，运维部 黎小禾⟧</span> <a>⟦a 退出⟧</a></div>
<div class="oa-menu">⟦m 待办事宜　已办事宜　公文查阅　会议管理　通讯录⟧</div>
<div class="oa-doc">
<div class="doc-head">⟦m 文档类别：会议纪要　　归档日期：2025-05-19　　密级：内部⟧</div>
<h2>{T}</h2>
<div class="doc-body">
{BODY}
</div>
<div class="doc-read">⟦m 已阅 27 人　未阅 4 人⟧ <button>⟦a 我已阅知⟧</button></div>
<div class="doc-flow"><h4>⟦m 流转记录⟧</h4>
<p>⟦m 05-19 09:12 综合部 起草⟧</p><p>⟦m 05-19 10:40 总经理 签发⟧</p><p>⟦m 05-19 11:05 运维部 已分发⟧</p></div>
</div>
<div class="oa-foot">⟦m 系统使用问题请联系信息组 分机 8016⟧</div>
</body>
</html>
""",
        body="""
时间：2025年5月16日下午3:00
地点：公司三楼会议室
主持：姚晨阳
参会：运维部、安全部、客服部负责人及城北站全体运维人员
记录：黎小禾
会议听取了城北充电站一季度运维情况汇报，研究了老旧充电桩故障率偏高的问题。会议议定如下：
一、对城北站2019年投运的8个快充桩，6月底前完成充电枪和线缆更换，由运维部负责。
二、夜间值守调整为两人一班，故障响应时间压缩到20分钟以内，由客服部负责跟踪。
三、每月组织一次充电区消防演练，由安全部负责。
""",
    ),
    dict(
        slug="intranet-mingqing-rules-meeting-room-projector-doc",
        site="明檠光电内网 (invented)",
        style="企业内网",
        genre="制度",
        kind="other",
        form="text",
        source="http://intra.mingqing.local/zhidu/xingzheng/041.doc",
        title="会议室投影仪借用及归还规定",
        record_title="会议室投影仪借用及归还规定.doc",
        date=None,
        notes="file-name record title; an intranet rules page with 第N条 articles that speak of 扫码 and 打印; no date",
        page="""
!m 明檠光电内网 ▏制度汇编
!m 行政管理类 ＞ 第041号
{T}
!m 归口部门：行政部　　版本：V2.1　　上次修订：5 个月前
!a 在线预览　|　下载原文　|　我要反馈
{BODY}
!m 本页面仅限公司内部访问　　IT服务台：分机 6600
""",
        body="""
第一条　为规范会议室投影仪的借用和归还，防止设备丢失损坏，制定本规定。
第二条　各会议室固定安装的投影仪不外借；便携式投影仪由行政部统一保管，各部门因工作需要可以借用。
第三条　借用人扫描设备上的二维码填写借用登记，写明借用时间和用途，借用时间一般不超过三天。
第四条　归还时，行政部当面检查设备外观、镜头和配件，确认无误后在系统中办理归还。
第五条　行政部每月打印一次借用台账，交部门负责人签字核对。
第六条　因使用不当造成设备损坏的，由借用部门承担维修费用。
""",
    ),
    dict(
        slug="company-mingqing-news-short-throw-laser",
        site="明檠光电官网 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.mingqing-opto.com/news/2025/0418.html",
        title="明檠光电发布教室专用短焦激光投影机",
        record_title="新品消息 ▸ 明檠光电发布教室专用短焦激光投影机 | 明檠光电",
        record_date="2025-04-18",
        date="2025-04-18",
        notes="company site: cookie notice, a service float; decorated record title; the record's date, also on the page "
        "as a dotted date; the company's short name inside the body (head)",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>新品消息 ▸ 明檠光电发布教室专用短焦激光投影机 | 明檠光电</title>
</head>
<body>
<div class="cookie">⟦d 我们使用Cookie来改进浏览体验，继续浏览即表示同意⟧ <button>⟦a 好的⟧</button></div>
<header><span class="brand">⟦m 明檠光电⟧</span> <nav>⟦m 产品中心 解决方案 新闻动态 服务支持 关于我们⟧</nav></header>
<div class="crumb">⟦m 首页 / 新闻动态 / 新品消息⟧</div>
<article>
<h1>{T}</h1>
<p class="date">⟦m 2025.04.18⟧</p>
<div class="news-body">
{BODY}
</div>
<div class="share">⟦l 分享：微信 微博 领英⟧</div>
</article>
<div class="service-float">⟦w 售前咨询 400-880-3362⟧ ⟦a 在线客服⟧</div>
<footer>⟦m © 2025 筥州明檠光电科技有限公司⟧ ⟦m 滇ICP备20031145号-1⟧</footer>
</body>
</html>
""",
        body="""
4月18日，明檠光电在筥州发布新款教室专用短焦激光投影机。这款投影机投射距离只有0.5米，挂在黑板上方就能投出100英寸的画面，老师站在讲台前讲课时不会挡住画面，也不会被光线晃眼。
新产品针对教室粉尘多的特点，采用全封闭光机设计，不需要定期清洗滤网；亮度达到4200流明，白天不拉窗帘也能看清。
明檠光电负责人介绍，公司已与省内20多所学校开展试用合作，产品将于6月起批量供货。
""",
    ),
    dict(
        slug="company-feilun-recall-kids-skates-batches",
        site="飞轮体育用品官网 (invented)",
        style="企业官网",
        genre="召回公告",
        kind="notice",
        form="text",
        source="http://www.feilun-sports.cn/gonggao/2025/0602.html",
        title="关于召回部分批次儿童轮滑鞋的公告",
        date="2025-06-02",
        notes="title from the record as is, repeated and glued before the salutation; recalled batches as a table; the recall "
        "line beside the 400 order line",
        page="""
!m 飞轮体育 FEILUN SPORTS
!m 首页 | 产品 | 公告 | 门店 | 联系我们
{T}
!m 公告 · 2025-06-02
{T}{BODY}
!w 订购热线 400-881-0576　　微信商城：飞轮体育旗舰店
!d 本网站内容版权归飞轮体育所有，未经许可不得转载。
""",
        body="""
尊敬的消费者：
我公司近期在质量抽查中发现，部分批次儿童轮滑鞋的轮架在长时间使用后可能出现断裂，存在摔伤风险。为保障消费者安全，我公司决定召回以下批次产品：
产品型号　生产批号　销售时间
FL-K20　20240815　2024年9月至12月
FL-K20　20240926　2024年10月至2025年1月
FL-K22　20241103　2024年12月至2025年3月
请购买了上述批次产品的消费者立即停止使用，可凭购买凭证到原购买门店办理免费更换或退款。
召回咨询电话：0873-6925806
筥州飞轮体育用品有限公司
2025年6月2日
""",
    ),
    dict(
        slug="association-skating-minutes-council-vote",
        site="筥州市轮滑运动协会网站 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="other",
        form="html",
        source="https://www.jzlunhua.org.cn/xhdt/2025/0415/88.html",
        title="筥州市轮滑运动协会第二届理事会第三次会议纪要",
        record_title="〔理事会〕筥州市轮滑运动协会第二届理事会第三次会议纪要_协会动态",
        date="2025-04-12",
        date_also=["2025-04-15"],
        notes="association: member-login row and a member hotline; minutes with 时间/地点/主持/出席/记录 lines and a vote "
        "count; the association's name is also the signature (head); date from the 时间 line",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〔理事会〕筥州市轮滑运动协会第二届理事会第三次会议纪要_协会动态</title>
</head>
<body>
<div class="assoc-top">⟦m 筥州市轮滑运动协会⟧ <a>⟦a 会员登录⟧</a> <a>⟦a 申请入会⟧</a></div>
<div class="assoc-nav">⟦m 首页 协会概况 协会动态 赛事活动 等级考评 会员风采⟧</div>
<div class="assoc-main">
<h3>{T}</h3>
<p class="assoc-meta">⟦m 发布：协会秘书处　　2025-04-15　　浏览 219⟧</p>
<div class="assoc-text">
{BODY}
</div>
</div>
<div class="assoc-side"><p>⟦l 等级考评报名入口⟧</p><p>⟦l 2025年赛事日历⟧</p></div>
<div class="assoc-foot">⟦m 会员服务热线：0873-6870012⟧ ⟦m 地址：筥州市体育中心综合楼305室⟧</div>
</body>
</html>
""",
        body="""
时间：2025年4月12日上午9:30
地点：市体育中心综合楼三楼会议室
主持：会长 覃立峰
出席：理事17人（应到19人）
记录：秘书处 黎芸
会议审议了2024年工作报告和2025年赛事计划，讨论了全市青少年轮滑安全培训工作。会议议定：
一、2025年举办市级轮滑赛事3场，其中青少年锦标赛1场、速度轮滑公开赛1场、自由式轮滑邀请赛1场。
二、在全市俱乐部推行“教练持证上岗、学员佩戴全套护具”两项要求。
三、增补理事2名。表决结果：同意17票，反对0票，弃权0票，获得通过。
筥州市轮滑运动协会秘书处
""",
    ),
    dict(
        slug="association-tubu-pledge-old-wheels-cn-date",
        site="秾川县土布纺织技艺协会网站 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.nongchuantubu.org/changyi/2025/06.html",
        title="关于抢救性保护民间老纺车的倡议书",
        record_title="〖护宝行动〗关于抢救性保护民间老纺车的倡议书 - 秾川县土布纺织技艺协会",
        date="2025-06-08",
        notes="decorated record title; a pledge with 成文日期 in Chinese numerals; the association's mailbox and phone in the "
        "body beside its member hotline",
        page="""
!m 秾川县土布纺织技艺协会
!m 首页 › 协会倡议
{T}
!m 发布：协会秘书处　　阅读：355
{BODY}
!l 分享到微信　　复制链接
!m 会员服务专线：0873-5306600（周一至周五）
!m 秾川县土布纺织技艺协会 版权所有
""",
        body="""
各乡镇文化站、广大村民朋友：
老纺车是我县土布纺织技艺的重要载体。近年来，随着老人们年纪渐长，不少老纺车被当作柴火烧掉，或者低价卖给了收旧货的人。为留住这份乡愁，协会向全县发出如下倡议：
一、家中有老纺车的，请妥善保存，不随意丢弃或变卖。
二、愿意捐赠或出借老纺车的，协会将登记造册，修复后在县土布展示馆展出，并注明捐赠人姓名。
三、欢迎会纺线的老人报名当“纺车老师”，把技艺教给年轻人。
联系电话：0873-5306618　邮箱：tubuxiehui@nongchuan-tb.org
秾川县土布纺织技艺协会
二〇二五年六月八日
""",
    ),
    dict(
        slug="training-feilun-brochure-summer-skating-camp",
        site="飞轮少儿轮滑学堂 (invented, training school)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.feilunxuetang.com/zhaosheng/2025shuqi.html",
        title="2025年少儿轮滑暑期集训营招生简章",
        record_title="【暑期集训营】2025年少儿轮滑暑期集训营招生简章（小班10人）｜飞轮少儿轮滑学堂",
        date=None,
        notes="training school: promo banner, consult float, a 400 franchise line; the school's 报名电话 and a course table in "
        "the body; a brochure with no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【暑期集训营】2025年少儿轮滑暑期集训营招生简章（小班10人）｜飞轮少儿轮滑学堂</title>
</head>
<body>
<div class="promo">⟦a 老学员带新学员，两人同报各减200元⟧</div>
<header>⟦m 飞轮少儿轮滑学堂⟧ <nav>⟦m 首页 课程体系 师资团队 学员风采 校区地址⟧</nav></header>
<main>
<h1>{T}</h1>
<p class="sub">⟦m 发布：招生办　　已有 312 位家长看过⟧</p>
<section class="content">
{BODY}
</section>
<div class="signup">⟦a 在线预约免费体验课⟧</div>
</main>
<div class="float-consult">⟦w 课程顾问在线，点我咨询⟧</div>
<footer>⟦w 城市合作加盟热线 400-662-7705⟧ ⟦m 飞轮少儿轮滑学堂 · 笾城校区⟧</footer>
</body>
</html>
""",
        body="""
暑假到了，飞轮少儿轮滑学堂笾城校区面向5至12岁儿童开设暑期集训营，每班不超过10人，由持证教练授课。
班次　时间　课时
初级班　7月7日至7月18日　每天1.5小时
进阶班　7月21日至8月1日　每天2小时
刹车专项班　8月4日至8月8日　每天1.5小时
学员须自备轮滑鞋和全套护具（头盔、护腕、护肘、护膝），没有的可以在校区租用。
每期结课时举行一次汇报展示，邀请家长观摩。
报名电话：0873-6127708（笾城校区前台）
""",
    ),
    dict(
        slug="training-jinwei-diary-spinning-class-week-one",
        site="锦纬手作技艺学校 (invented, training school)",
        style="培训机构",
        genre="学员日志",
        kind="other",
        form="text",
        source="http://www.jinweishouzuo.cn/xueyuan/rizhi/0417.html",
        title="纺车班的第一周",
        record_title="学员日志｜纺车班的第一周 - 锦纬手作技艺学校",
        date=None,
        notes="decorated record title (column and school); a trainee's diary with weekday headings only; no date; a trial-lesson line",
        page="""
!m 锦纬手作技艺学校　土布 · 扎染 · 纺线
!m 首页 / 学员园地 / 学员日志
{T}
!m 学员：岑小满（第六期纺织技艺研修班）　　阅读 266
{BODY}
!a 想来体验一节纺线课？前台登记即可免费试听
!l 更多日志：扎染班结业那天 ｜ 我的第一块土布
!m 锦纬手作技艺学校 · 秾川县稑湾镇文化街12号
""",
        body="""
星期一
第一次摸纺车，老师先让我们认部件：大轮、锭子、摇柄、皮带。老师说，认不全零件的人，纺车坏了都不知道该修哪里。
星期三
开始练摇轮。右手要匀速，不能一阵快一阵慢。我摇了一上午，胳膊酸得抬不起来，轮子还是忽快忽慢。
星期五
第一次正式纺线。左手捏着棉条往后退，线一会儿粗一会儿细，断了七八次。老师说，手上的劲儿要靠一天天去找，急是急不来的。
这一周下来，纺出来的线还不够缠一个线轴，但我第一次知道，一件土布衣裳里有多少功夫。
""",
    ),
]

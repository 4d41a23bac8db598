"""holdout48, part B: ramie-cloth (夏布) weaving in 苎原县 — a workshop, a weavers'
association, a Party branch, a clinic, a textile college, a tender, a law firm, a training
school. Everything invented; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="party-zhuyuan-ramie-branch-lecture-html",
        site="苎原党建 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://www.zydj.example.gov.cn/zbfc/2025/0701/3318.html",
        title="在夏布产业党支部“七一”主题党日活动上的党课",
        record_title="【支部微课堂】在夏布产业党支部“七一”主题党日活动上的党课 - 苎原党建",
        date="2025-07-01",
        notes="Party-building portal: a study-points float, the speaker line and date line under the title (neutral), a 'study complete' button glued after the last paragraph, a related-lessons list and footer",
        page="""
<!doctype html><html><head><meta charset="utf-8"><title>【支部微课堂】在夏布产业党支部“七一”主题党日活动上的党课 - 苎原党建</title>
<script>window.__studyTimer=setInterval(function(){},60000);</script></head><body>
<header><div class="logo">⟦m 苎原党建 · 红色苎乡⟧</div>
<nav>⟦m 首页　党建要闻　支部风采　微党课　学习园地　党务公开⟧</nav></header>
<div class="float-points">⟦a 阅读满3分钟积1分，今日已积 0/6 分⟧</div>
<div class="crumb">⟦m 位置：首页 - 微党课⟧</div>
<article>
<h1>⟦t 在夏布产业党支部“七一”主题党日活动上的党课⟧</h1>
<p class="speaker">苎原县夏布产业党支部书记　邹明华</p>
<p class="date">（2025年7月1日）</p>
{BODY}
</article>
<aside><h3>⟦l 更多微党课⟧</h3><ul><li>⟦l 把支部建在产业链上⟧</li><li>⟦l 老手艺里的初心⟧</li></ul></aside>
<footer>⟦d 苎原县委组织部 版权所有⟧ ⟦m 赣ICP备17004121号⟧</footer>
</body></html>
""",
        body="""
同志们：
今天是党的生日，我们在夏布织造车间里上这堂党课，就是想和大家一起回顾一下支部成立以来走过的路。
支部成立三年来，我们把二十一名党员分布到绩纱、织布、漂染三个环节，设立党员示范机台九台。
去年全县夏布产量达到八十六万米，其中党员示范机台的一等品率比其他机台高出四个百分点。
但是也要看到，年轻织工越来越少，传统手艺面临后继乏人的问题，这是我们支部下一步要重点破解的难题。
希望每一名党员都带一个徒弟，把苎麻绩纱的手艺传下去。⟦a 【学习完成】⟧
""",
    ),
    dict(
        slug="hospital-zhuyuan-weaver-lung-check-html",
        site="苎原县人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.zyxrmyy.example.com/news/gg/2025-10-20/1187.html",
        title="关于为夏布织造从业人员开展免费职业健康检查的通知",
        record_title="关于为夏布织造从业人员开展免费职业健康检查的通知-苎原县人民医院",
        date="2025-10-20",
        notes="hospital site: booking and 24-hour lines in the header and footer; the 体检中心's own 咨询电话 kept in the body; a schedule table; a sentence about 扫码 for results kept",
        page="""
<html><head><meta charset="utf-8"><title>关于为夏布织造从业人员开展免费职业健康检查的通知-苎原县人民医院</title></head><body>
<div class="head">⟦m 苎原县人民医院　二级甲等综合医院⟧ ⟦m 预约挂号：0795-6210 1200⟧ ⟦m 急救：120⟧</div>
<div class="nav">⟦m 医院概况 | 科室导航 | 专家介绍 | 就医指南 | 新闻公告 | 健康科普⟧</div>
<div class="pos">⟦m 首页 > 新闻公告 > 医院公告⟧</div>
<h2>⟦t 关于为夏布织造从业人员开展免费职业健康检查的通知⟧</h2>
<div class="info">⟦m 发布：体检中心　时间：2025-10-20　阅读：<i>503</i>⟧</div>
<div class="text">
{BODY}
</div>
<div class="side">⟦l 就医指南：门诊时间 | 住院须知 | 医保报销⟧</div>
<div class="foot">⟦m 地址：苎原县城南路88号　24小时服务台：0795-6210 1000⟧<br>⟦d 本站健康科普内容仅供参考，不能代替医生诊疗⟧</div>
</body></html>
""",
        body="""
全县各夏布织造企业、作坊：
长期从事苎麻绩纱、织造的人员易受粉尘影响，为保障从业人员身体健康，我院体检中心将开展免费职业健康检查。
一、检查项目包括胸部影像、肺功能、血常规和听力检查。
二、检查安排如下：
乡镇　日期　地点
夏阳镇　11月3日　镇卫生院
苎溪乡　11月5日　乡卫生院
县城及周边　11月6日至7日　县人民医院体检中心
三、检查结果出来后，受检人员可扫描体检单上的二维码查询报告。
咨询电话：0795-6210 1366（体检中心 刘护士长）。
苎原县人民医院体检中心
2025年10月20日
""",
    ),
    dict(
        slug="college-zhuyuan-textile-practice-html",
        site="苎原职业技术学院 (invented)",
        style="高校官网",
        genre="方案",
        kind="plan",
        form="html",
        source="https://fzx.zyvtc.example.edu.cn/info/1042/2261.htm",
        title="纺织工程系2026年夏布传统技艺暑期实践方案",
        record_title="纺织工程系2026年夏布传统技艺暑期实践方案-苎原职业技术学院纺织工程系",
        date="2026-06-02",
        notes="university department page: decimal headings 1.1/1.2 kept, a placement table, the department office's own 邮箱 next to the college switchboard, a 'prev/next' row and footer with address",
        page="""
<html><head><meta charset="utf-8"><title>纺织工程系2026年夏布传统技艺暑期实践方案-苎原职业技术学院纺织工程系</title>
<link rel="stylesheet" href="/css/dept.css"></head><body>
<div id="top">⟦m 苎原职业技术学院 纺织工程系⟧ ⟦a 学校主页 | English | 信息门户登录⟧</div>
<div id="menu">⟦m 系部概况 教学工作 学生工作 实习实训 招生就业⟧</div>
<div class="lm">⟦m 实习实训⟧</div>
<h3 class="tit">⟦t 纺织工程系2026年夏布传统技艺暑期实践方案⟧</h3>
<div class="sj">⟦m 作者：系办　日期：2026-06-02　点击：⟧<script>_showDynClicks("wbnews",1042,2261)</script></div>
<div class="v_news_content">
{BODY}
</div>
<div class="pn">⟦l 上一条：关于开展2026届毕业设计作品展的通知⟧<br>⟦l 下一条：纺织工程系召开学生干部座谈会⟧</div>
<div id="foot">⟦m 地址：苎原县学府大道1号　邮编：336600　学院总机：0795-6300 001⟧<br>⟦d 版权所有 © 苎原职业技术学院⟧</div>
</body></html>
""",
        body="""
为加强学生对传统织造技艺的认识，系部决定组织2026年夏布传统技艺暑期实践活动，方案如下。
1.实践安排
1.1时间为2026年7月6日至7月24日，共三周。
1.2实践内容为苎麻种植、绩纱、上浆和手工织造。
2.分组与基地
组别　人数　实践基地　带队教师
一组　12　夏阳镇兰记夏布坊　罗晶
二组　10　苎溪乡夏布织造合作社　付海
3.有关要求
学生须购买意外伤害保险，遵守基地安全规定，实践结束后提交不少于三千字的实践报告。
联系邮箱：fzxb@zyvtc.example.edu.cn（系办公室）。
纺织工程系
2026年6月2日
""",
    ),
    dict(
        slug="localforum-zhuyuan-dye-river-notice",
        site="苎原生活网 (invented)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.zyshw.example.com/forum.php?mod=viewthread&tid=183406",
        title="关于规范夏布漂染作坊排水的通告",
        record_title="【扩散】关于规范夏布漂染作坊排水的通告，沿河住户看一下 - 苎原生活网",
        date="2025-08-14",
        date_also=["2025-08-15"],
        notes="a county life forum: board line, a poster's hook before the body, floors with relative times, a reply box; the post date differs from the 成文日期; the environment bureau's 举报电话 kept",
        page="""
!m 苎原生活网 » 苎原杂谈 » 查看内容
!t 【扩散】关于规范夏布漂染作坊排水的通告
!m 河边的老余 | 发布于 2025-08-15 20:11 | 只看楼主
!l 前两天河水都发蓝了，这下终于有人管了，转过来大家看看。
{BODY}
!l 2# 苎溪人家　2小时前：支持！早该管了
!l 3# 夏布小妹　昨天 22:40：希望别一刀切，小作坊也要活
!l 发表回复　请先登录后发言
!m 苎原生活网 客服电话：0795-6288 8000
""",
        body="""
近期，部分夏布漂染作坊将未经处理的废水直接排入苎溪河，影响下游群众生产生活。为保护河流水质，现通告如下：
一、所有漂染作坊须于2025年9月30日前建设沉淀池等废水预处理设施。
二、逾期未整改或继续偷排的，依法予以查处。
三、县里将对达标作坊给予设备补助，具体办法另行公布。
举报电话：0795-6219 2369（县生态环境分局）。
苎原县生态环境分局
苎原县经济商务局
2025年8月14日
""",
    ),
    dict(
        slug="download-zhuyuan-loom-rule-oldtable-html",
        site="绿野文档下载 (invented)",
        style="资料下载站",
        genre="制度",
        kind="other",
        form="html",
        source="http://www.lvyexz.example.cn/soft/wendang/30918.html",
        title="夏布织造车间安全操作规程",
        record_title="夏布织造车间安全操作规程.doc下载",
        date=None,
        notes="old gb2312 download station: a file-info table, three mirror links, an unzip password and a dead-link report; rules speaking of 复印 and 下载 kept; no date (update stamp only)",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>夏布织造车间安全操作规程.doc下载_绿野文档下载</title></head>
<body><table width="980" border="0" align="center">
<tr><td>⟦m 绿野文档下载 www.lvyexz.example.cn⟧ ⟦a 设为首页⟧ ⟦a 加入收藏⟧</td></tr>
<tr><td>⟦m 当前位置：首页 → 文档下载 → 规章制度 → 夏布织造车间安全操作规程⟧</td></tr>
<tr><td><table border="1" cellspacing="0">
<tr><td>⟦m 软件大小：18 KB⟧</td><td>⟦m 软件语言：简体中文⟧</td></tr>
<tr><td>⟦m 更新时间：2025-05-06 11:42:09⟧</td><td>⟦m 运行环境：Word/WPS⟧</td></tr>
<tr><td>⟦m 授权方式：免费⟧</td><td>⟦m 下载次数：273⟧</td></tr>
</table></td></tr>
<tr><td><b>⟦m 文档简介：⟧</b></td></tr>
<tr><td>
{BODY}
</td></tr>
<tr><td>⟦a 下载地址：⟧ ⟦a 电信下载一⟧ ⟦a 联通下载二⟧ ⟦a 备用下载三⟧</td></tr>
<tr><td>⟦a 解压密码：www.lvyexz.example.cn⟧</td></tr>
<tr><td>⟦a 下载地址无效？点此报错⟧</td></tr>
<tr><td>⟦d 本站资源均来自网络，仅供研究学习，请在下载后24小时内删除。⟧</td></tr>
</table></body></html>
""",
        body="""
一、上岗前必须穿戴好工作服和防尘口罩，长发须盘入工作帽内。
二、开机前检查织机各部件是否完好，发现异常及时报告班组长，不得带病运行。
三、织机运转时严禁用手触摸梭子和经纱，清理飞花必须停机进行。
四、车间内严禁吸烟和使用明火，苎麻原料堆放处须配备灭火器。
五、本规程张贴于车间门口，新进员工可到办公室复印一份留存，也可在公司内网下载电子版。
""",
    ),
    dict(
        slug="exam-zhuyuan-inheritor-interview-notice",
        site="苎原人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.zyrsks.example.gov.cn/kwgg/2026/0420/771.html",
        title="苎原县2026年非遗工坊专职讲解员招聘面试公告",
        record_title="【面试公告】苎原县2026年非遗工坊专职讲解员招聘面试公告",
        date="2026-04-20",
        notes="personnel-exam site: the committee's 咨询电话 beside the site's technical line; an interview table; 下载打印 of the interview notice is content; a 'print this page' action",
        page="""
!m 苎原人事考试网 — 公平 公正 公开
!m 首页 ＞ 考务公告
!t 【面试公告】苎原县2026年非遗工坊专职讲解员招聘面试公告
!m 发布日期：2026-04-20　发布单位：县人力资源和社会保障局
{BODY}
!a 〖打印本页〗〖关闭〗
!m 网站技术支持热线：0795-6277 0011（工作日9:00-17:00）
!d 本网发布信息以正式文件为准
""",
        body="""
根据招聘工作安排，现将面试有关事项公告如下。
一、面试时间和地点
面试定于2026年4月27日上午8时30分在县职业技术学校综合楼举行。
二、进入面试人员名单
准考证号　姓名　笔试成绩
20260101　温思琪　78.5
20260114　黄一鸣　76.0
20260122　占晓雨　74.5
三、其他事项
请考生于4月25日后登录本网站下载并打印面试通知书，凭面试通知书和身份证参加面试。
咨询电话：0795-6211 4412（县人社局事业单位人事管理股）。
苎原县人力资源和社会保障局
2026年4月20日
""",
    ),
    dict(
        slug="tender-zhuyuan-loom-procurement-html",
        site="苎原县公共资源交易网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://ggzy.zhuyuan.example.gov.cn/jyxx/zfcg/cggg/20260311/8820.html",
        title="苎原县非遗工坊木织机采购项目询价公告",
        record_title="苎原县非遗工坊木织机采购项目询价公告",
        date="2026-03-11",
        notes="procurement portal: CA and bid-system hotlines in the side and footer; buyer and agency contacts kept; a lots table; 下载 of the tender documents is content",
        page="""
<html><head><meta charset="utf-8"><title>苎原县非遗工坊木织机采购项目询价公告</title></head><body>
<div class="hd">⟦m 苎原县公共资源交易网⟧ ⟦a 主体登录⟧ ⟦a 注册⟧</div>
<div class="nav">⟦m 交易信息　政策法规　办事指南　诚信体系　专家管理⟧</div>
<div class="loc">⟦m 交易信息 » 政府采购 » 采购公告⟧</div>
<div class="detail">
<h2>⟦t 苎原县非遗工坊木织机采购项目询价公告⟧</h2>
<p class="src">⟦m 【信息时间：2026-03-11】【来源：县交易中心】【我要打印】【关闭】⟧</p>
{BODY}
</div>
<div class="help">⟦m CA数字证书办理：0795-6230 7788⟧<br>⟦m 电子交易系统服务：400-680-2026⟧</div>
<div class="foot">⟦m 主办单位：苎原县公共资源交易中心⟧ ⟦m 赣ICP备16002207号⟧</div>
</body></html>
""",
        body="""
项目编号：ZYCG-2026-0311
一、采购需求
包号　品名　数量　最高限价
1　传统木质夏布织机　20台　9.6万元
2　绩纱工作台　40张　2.4万元
二、供应商资格要求
具有独立承担民事责任的能力，具有良好的商业信誉，近三年无重大违法记录。
三、获取文件
请于2026年3月12日至3月16日登录交易平台下载询价文件。
四、联系方式
采购人：苎原县非遗保护中心，联系人：邹先生，电话：0795-6212 0518。
采购代理机构：赣信项目管理有限公司，联系人：严女士，电话：0795-6229 6630。
""",
    ),
    dict(
        slug="law-zhuyuan-weaver-injury-article-html",
        site="苎江律师事务所 (invented)",
        style="律所网站",
        genre="法律文书",
        kind="other",
        form="html",
        source="https://www.zhujianglaw.example.com/guandian/2025/1106.html",
        title="家庭作坊织工受伤，能否认定工伤？",
        record_title="律所观点｜家庭作坊织工受伤，能否认定工伤？",
        date="2025-11-06",
        notes="law-firm site: a consult float with a phone, a 'not legal advice' notice, author line, a 'share' row glued after the last paragraph; numbered points kept",
        page="""
<html><head><meta charset="utf-8"><title>律所观点｜家庭作坊织工受伤，能否认定工伤？</title></head><body>
<div class="top">⟦m 苎江律师事务所｜专注劳动与非遗知识产权⟧</div>
<div class="menu">⟦m 关于我们　专业领域　律师团队　律所观点　联系我们⟧</div>
<div class="float">⟦w 在线咨询 · 免费评估案情 0795-6288 1148⟧</div>
<h1>⟦t 家庭作坊织工受伤，能否认定工伤？⟧</h1>
<p class="author">⟦m 作者：苎江律所 简文律师　2025-11-06⟧</p>
<div class="art">
{BODY}
</div>
<div class="notice">⟦d 本文仅为一般性法律知识分享，不构成对具体案件的法律意见。⟧</div>
<div class="more">⟦l 相关文章：非遗技艺传承协议怎么签？｜学徒期间受伤谁来赔？⟧</div>
<div class="ft">⟦m 地址：苎原县人民路26号金苎大厦7楼⟧ ⟦d © 苎江律师事务所⟧</div>
</body></html>
""",
        body="""
近年来，我县不少夏布织造以家庭作坊形式经营，雇用邻里织工的情况较为普遍，织工在劳动中受伤能否认定工伤，常常引发争议。
我们认为，判断的关键在于作坊是否具有用工主体资格。
1.作坊已经办理个体工商户营业执照并雇用织工的，织工受伤可以依法申请工伤认定。
2.作坊未办理营业执照的，织工可以依据相关规定要求作坊经营者承担赔偿责任。
3.双方仅为临时帮工关系的，按照帮工致害的规则处理。
建议作坊经营者依法办理营业执照，为织工参加工伤保险，从源头上减少纠纷。⟦l 分享至：微信｜微博⟧
""",
    ),
    dict(
        slug="community-zhuyuan-workshop-open-day",
        site="夏阳社区 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="https://xiayang.example-sq.cn/tzgg/2025/0905-66.html",
        title="关于邀请居民参加夏布工坊开放日的通知",
        record_title=None,
        date="2025-09-05",
        notes="a residents' site: no record title; the community service line in the header; the grid worker's own mobile kept; a WeChat-group QR prompt as chrome, a sentence of the notice about 扫码 kept",
        page="""
!m 夏阳社区服务网　服务热线 0795-6201 5566
!m 社区公告 ▏ 2025/09/05 ▏ 社区居委会
{T}
{BODY}
!a 扫一扫，加入夏阳社区邻里群
!l 往期公告：关于九月份垃圾分类积分兑换的通知 ▏ 关于楼道堆放物清理的提醒
""",
        body="""
各位居民朋友：
为让大家了解家门口的非遗技艺，社区联合兰记夏布坊举办夏布工坊开放日活动。
活动时间：2025年9月13日（星期六）上午9时至11时30分。
活动地点：夏阳镇老街12号兰记夏布坊。
现场有绩纱、织布演示，小朋友可以在老师指导下织一块杯垫带回家。
每场限30人，请扫描社区公告栏上的二维码报名，额满为止。
联系人：网格员 曾丽，手机：138 7950 2146。
夏阳社区居民委员会
2025年9月5日
""",
    ),
    dict(
        slug="association-zhuyuan-weavers-council-minutes",
        site="苎原县夏布织造协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="https://www.zyxbxh.example.org.cn/xhdt/2026/0109-21.html",
        title="县夏布织造协会二届四次理事会会议纪要",
        record_title="协会动态｜县夏布织造协会二届四次理事会会议纪要",
        date="2026-01-09",
        notes="association site: member login and join buttons, minutes lines, a vote count, the secretariat's own 电话 kept; chrome between paragraphs (a 'members only' line)",
        gap=True,
        page="""
!a 会员登录　|　申请入会　|　会员证查询
!m 苎原县夏布织造协会 · 织一匹好布
!m 首页 / 协会动态
!t 县夏布织造协会二届四次理事会会议纪要
!m 秘书处　发布于 2026-01-09
{BODY}
!l 协会动态 · 往期：协会组织会员赴外地考察夏布市场
!d 本站内容版权归苎原县夏布织造协会所有，转载请联系秘书处。
""",
        body="""
时间：2026年1月9日
地点：协会会议室
主持：会长 兰志刚
出席：理事21人，监事2人
会议审议通过了《2025年协会工作报告》和《2026年工作要点》。
⟦a 以下内容仅对正式会员开放，登录后可查看附件原件⟧
会议表决通过了吸收五家织造作坊为新会员的决定，表决结果为同意20票、反对0票、弃权1票。
会议决定于4月举办第三届苎原夏布技艺大赛，由秘书处负责筹备。
秘书处联系电话：0795-6216 3309。
""",
    ),
    dict(
        slug="company-zhuyuan-xiabu-company-news",
        site="兰记夏布有限公司 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.lanjixiabu.example.com/news/2026/0312.html",
        title="兰记夏布获评省级非遗工坊",
        record_title="兰记夏布获评省级非遗工坊_公司新闻_兰记夏布有限公司",
        date="2026-03-12",
        notes="company site: a shop link and cookie bar, a dotted company date as the page's date, a sales line beside the document's own contact; photo caption between paragraphs",
        page="""
!a 本网站使用Cookie以提升浏览体验　[接受]　[了解更多]
!m 兰记夏布 LANJI RAMIE　｜　产品中心　工坊故事　新闻动态　联系我们
!a 进入天猫旗舰店 >>
!t 兰记夏布获评省级非遗工坊
!m 2026.03.12　公司新闻
{BODY}
!l 返回新闻列表
!m 销售热线：400-870-3312　地址：苎原县夏阳镇老街12号
!d ©2026 兰记夏布有限公司
""",
        body="""
近日，省文化和旅游厅公布了第二批省级非遗工坊名单，兰记夏布工坊榜上有名。
兰记夏布工坊创办于2015年，现有织工六十八人，其中脱贫户和留守妇女四十一人，年产夏布十二万米。
⟦m 图为兰记夏布工坊织工正在手工织布⟧
公司负责人兰晓梅表示，将以此为契机，开发更多夏布文创产品，带动更多乡亲在家门口就业。
""",
    ),
    dict(
        slug="training-zhuyuan-weaving-course-brochure",
        site="苎艺职业培训学校 (invented)",
        style="培训机构",
        genre="简章",
        kind="other",
        form="text",
        source="https://www.zhuyipx.example.com/kecheng/xiabu-2026.html",
        title="2026年夏布织造技艺培训班招生简章",
        record_title="【火热报名中】2026年夏布织造技艺培训班招生简章（免学费）",
        date="2026-02-20",
        notes="training school: a countdown banner, a consult float with QQ and a phone, the school's own 报名电话 kept; a course table; a trial-class ad between paragraphs",
        page="""
!a ⏰ 距春季班开课还有 18 天，立即抢位！
!m 苎艺职业培训学校 | 人社部门认定定点培训机构
!t 【火热报名中】2026年夏布织造技艺培训班招生简章（免学费）
!m 发布：教务处　2026-02-20　浏览 915 次
{BODY}
!w 课程顾问在线：QQ 2609 11874　微信同号 159 7952 0318
!l 热门课程：家政服务员｜电子商务师｜中式面点师
""",
        body="""
为传承夏布织造技艺，促进城乡劳动者就业，我校面向社会招收夏布织造技艺培训班学员。
一、招生对象：年满16周岁、有意从事夏布织造的城乡劳动者。
二、课程安排：
模块　课时　内容
绩纱　40　苎麻劈丝、绩纱、接头
织造　60　上机、穿综、手工织布
⟦a 0元试听课火热预约中，点击抢占名额⟧
三、培训费用由县就业补助资金承担，学员免交学费。
四、报名地址：县城学府路16号，报名电话：0795-6223 7719。
苎艺职业培训学校
2026年2月20日
""",
    ),
]

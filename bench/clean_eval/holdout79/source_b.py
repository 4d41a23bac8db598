"""holdout79, part B: a blog, WeChat mirrors, document sharing, education portals, intranets, Q&A.
Everything invented (see ../README.md and ../build.py)."""

CASES = [
    dict(
        slug="blog-glassblowing-summary-html-tagcloud",
        site="吹火匠人手记 (invented)",
        style="博客",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://chuihuo.example.blog/2025/01/studio-year.html",
        title="玻璃吹制工作室2024年工作小结",
        record_title="【随笔】玻璃吹制工作室2024年工作小结 | 吹火匠人手记",
        date="2025-01-05",
        notes="a personal blog template: tag cloud, archive, a subscribe box, a 发布于 line as the page date, a reward prompt glued after a sentence",
        page="""
<!doctype html><html><head><meta charset="utf-8"><title>【随笔】玻璃吹制工作室2024年工作小结 | 吹火匠人手记</title></head><body>
<header><h2>⟦m 吹火匠人手记⟧</h2><p>⟦m 一根吹管，一炉火⟧</p></header>
<main><h1>{T}</h1><div class="post-meta">⟦m 发布于 2025年1月5日 · 分类：工作室⟧</div>
{BODY}
<div class="post-nav">⟦l « 窑炉大修记⟧ ⟦l 新年第一炉 »⟧</div></main>
<aside><h4>⟦l 标签云⟧</h4><p>⟦l 吹制 窑炉 色料 学徒 市集⟧</p><h4>⟦l 文章归档⟧</h4><p>⟦l 2025年1月 (2)⟧</p>
<form>⟦a 输入邮箱订阅更新⟧</form></aside>
<footer>⟦d © 吹火匠人手记 保留所有权利⟧</footer></body></html>
""",
        body="""
2024年是工作室开张的第三年，全年共出炉作品一千六百余件，接待研学学生九百多人次。
这一年最大的变化，是把燃气窑换成了电熔窑，能耗下降了三成，夏天车间也不再那么难熬。⟦a 觉得有用，请我喝杯咖啡⟧
我们招了两名学徒，从拉料、吹泡做起，现在已经能独立完成简单的杯子和花瓶。
不足之处是新品开发太慢，全年只推出了四个系列。明年计划与县非遗馆合作，开发一套以本地山水为主题的器物。
""",
    ),
    dict(
        slug="wechat-chargingpile-notice-html",
        site="蓿原充电 (invented WeChat account, mirrored)",
        style="公众号镜像",
        genre="通知",
        kind="notice",
        form="html",
        source="https://mp.mirror.example.com/s/Xu8RcdPile2025",
        title="关于小区公共充电桩停用检修的通知",
        record_title="关于小区公共充电桩停用检修的通知",
        date="2025-07-09",
        notes="WeChat mirror: account line, 原创 mark, a 'follow' card and a 'read source' row; the notice's own 咨询电话 and a sentence asking owners to 扫码 kept",
        page="""
<html><head><meta charset="utf-8"><title>关于小区公共充电桩停用检修的通知</title></head><body>
<div class="rich_media">
<h1>{T}</h1>
<div class="meta">⟦m 原创　蓿原充电　2025年7月9日 18:20　江苏⟧</div>
<div class="rich_media_content">
<p>⟦a 点击上方蓝字，关注我们⟧</p>
{BODY}
</div>
<div class="card">⟦a 长按识别二维码　关注蓿原充电⟧</div>
<div class="tool">⟦l 阅读原文⟧ ⟦l 分享　点赞　推荐⟧</div>
<div class="src">⟦d 本页为公众号内容镜像，版权归原作者⟧</div>
</div></body></html>
""",
        body="""
各位业主：
因雨季来临，为确保用电安全，我司将于7月12日至7月14日对蓿原花园小区地下车库的四十二个公共充电桩进行停用检修。
检修期间，请车主提前安排充电，可前往小区东门外的临时快充站充电。
检修完成后，请车主扫描充电桩上的新二维码重新绑定账户，原有余额自动转入。
咨询电话：0515-8201366（工作日8:30—17:30）
蓿原绿能充电服务有限公司
2025年7月9日
""",
    ),
    dict(
        slug="wechat-newyearprint-pledge-text",
        site="木版年画研究会 (invented account, mirrored)",
        style="公众号镜像",
        genre="倡议书",
        kind="letter",
        form="text",
        source="https://weixin.copy.example.net/a/nianhua-0116",
        title="守护木版年画 留住年味记忆——致全县年画爱好者的倡议书",
        record_title="守护木版年画 留住年味记忆——致全县年画爱好者的倡议书",
        date="2025-01-16",
        notes="a follow prompt glued before the first sentence, a 'tap the card' row between paragraphs, a mini-program card and a like/在看 row at the bottom",
        page="""
!m 木版年画研究会　2025-01-16
{T}
{BODY}
!a 👇 点击卡片进入小程序，预约年画体验课
!l 赞 · 在看 · 转发
!m 微信号：nianhua_yjh
""",
        body="""
⟦a 戳蓝字“木版年画研究会”关注我们⟧全县各位年画爱好者：
木版年画是我县的省级非物质文化遗产，至今已有三百多年历史。
近年来，老艺人年事渐高，雕版散落民间，这门手艺面临失传的危险。
⟦a 👉 点这里查看往期精彩⟧
为此，我们倡议：家中藏有老雕版、老年画的朋友，请与研究会联系登记，共同建立年画档案；有兴趣学习的朋友，欢迎报名参加春节前的刻版、印画体验课。
让我们一起，把年画里的年味传下去。
芑城县木版年画研究会
2025年1月16日
""",
    ),
    dict(
        slug="docshare-watermeter-report-wrapped-markers",
        site="共享文档网 (invented)",
        style="文档分享",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://www.gxwdw.example.com/doc/7308114.html",
        title="水务公司抄表班班长2024年述职报告",
        record_title="水务公司抄表班班长2024年述职报告.doc",
        date="2024-12-20",
        notes="wrapped at 58 columns and cut by 〘N〙 markers on lines of their own; a file-info line and a download box; a body sentence about 下载 a meter app kept",
        wrap=58,
        pages=dict(fmt="〘{n}〙", every=130, start=2),
        page="""
!m 共享文档网 — 文档详情
!t 水务公司抄表班班长2024年述职报告.doc
!m 贡献者：三尺水　｜　格式：doc　｜　2 页　｜　下载次数 41
{BODY}
!a ⬇ 下载本文档（需 2 积分）
!d 本站文档均来自用户分享，若侵犯您的权益请联系删除
""",
        body="""
2024年，我担任芑城水务公司营业所抄表班班长，带领十一名抄表员负责城区三万二千户的抄表收费工作。
一、推进智能水表改造。全年完成机械表换装远传表八千六百只，抄表准确率由百分之九十六提高到百分之九十九点五。
二、方便用户缴费。我们在走访中教老年用户下载“芑城水务”手机应用，全年线上缴费比例提高到百分之七十一。
三、压降漏损。班组配合管网所排查暗漏点二十三处，产销差率下降一点八个百分点。
不足之处是部分老旧小区表井积水，冬季仍有冻表情况，明年将重点解决。
述职人：魏成林
2024年12月20日
""",
    ),
    dict(
        slug="docshare-broom-request-upload-notice",
        site="豆丁文档汇 (invented)",
        style="文档分享",
        genre="请示",
        kind="request",
        form="text",
        source="https://share.douding-hui.example.cn/d/broom-request-2025",
        title="关于支持高粱扫帚编织车间建设的请示",
        record_title="关于支持高粱扫帚编织车间建设的请示（村委会版）",
        date="2025-04-02",
        notes="a 文号 line neutral; an upload notice and a 'similar documents' list; an upload stamp differs from the 成文日期",
        page="""
!m 豆丁文档汇　>　公文写作　>　请示报告
!t 关于支持高粱扫帚编织车间建设的请示（村委会版）
!m 上传时间：2025-04-11　页数：1
藜坪乡茱原村委〔2025〕4号
{BODY}
!d 该文档为网友上传分享，仅供参考学习，版权归原作者所有。
!l 相似文档：关于申请扶贫车间补助资金的请示 ／ 村集体经济项目申报书
""",
        body="""
藜坪乡人民政府：
我村种植帚用高粱已有几十年历史，全村会编扫帚的村民有六十多人，但一直是分散手工编织，产量低、销路窄。
为带动群众增收，村委会拟利用闲置的村小学校舍，建设一个高粱扫帚编织车间，需资金约十五万元。
恳请乡政府在产业发展资金中给予支持。
妥否，请批示。
茱原村民委员会
2025年4月2日
""",
    ),
    dict(
        slug="edu-softball-training-notice-html-table",
        site="荼川区教育体育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jtj.tuchuan.example.gov.cn/tzgg/2025/0305/1127.html",
        title="关于举办2025年中小学垒球教练员培训班的通知",
        record_title="关于举办2025年中小学垒球教练员培训班的通知-荼川区教育体育局",
        date="2025-03-05",
        notes="education portal: a schedule table (one row a paragraph, ideographic spaces), the notice's 联系人/邮箱 next to the bureau's 监督电话, an 附件 list kept, a download-attachment link as chrome",
        page="""
<html><head><meta charset="utf-8"><title>关于举办2025年中小学垒球教练员培训班的通知-荼川区教育体育局</title></head><body>
<div class="head">⟦m 荼川区教育体育局⟧ ⟦m 立德树人　体教融合⟧</div>
<ul class="nav"><li>⟦l 首页⟧</li><li>⟦l 教育资讯⟧</li><li>⟦l 通知公告⟧</li><li>⟦l 体育工作⟧</li></ul>
<div class="pos">⟦m 位置：首页 - 通知公告⟧</div>
<h2>{T}</h2><p class="src">⟦m 来源：体卫艺科　时间：2025-03-05　点击：⟧<span>⟦m 538⟧</span></p>
<div class="con">
{BODY}
</div>
<p class="att">⟦a 附件下载：培训报名表.xls⟧</p>
<div class="foot">⟦m 监督电话：0736-2281900⟧ ⟦m 荼川区教育体育局版权所有⟧</div>
</body></html>
""",
        body="""
各中小学：
为推进校园垒球运动普及，提高体育教师专项教学能力，区教育体育局决定举办2025年中小学垒球教练员培训班。
一、培训安排
日期　内容　地点
3月22日　规则与裁判法　区体育中心会议室
3月23日　投球与击球技术　区实验中学垒球场
3月29日　教学训练设计　区实验中学垒球场
二、参训对象：各校体育教师一至二名，已开展垒球项目的学校须派员参加。
三、请于3月15日前将报名表发送至邮箱 tyk_tuchuan@example.cn。
联系人：孔维　电话：0736-2281935
附件：1.培训报名表　2.培训须知
荼川区教育体育局
2025年3月5日
""",
    ),
    dict(
        slug="edu-handball-host-script-text",
        site="萁阳县第二中学 (invented)",
        style="教育门户",
        genre="主持词",
        kind="speech",
        form="text",
        source="http://www.qyez.example.edu.cn/xyxw/2024/1108/233.html",
        title="萁阳二中第五届校园手球联赛开幕式主持词",
        record_title="萁阳二中第五届校园手球联赛开幕式主持词",
        date=None,
        notes="a school site; no date in the document (a click count and an update stamp only); ××× placeholders in the host script kept",
        page="""
!m 萁阳县第二中学　校园新闻
!l 学校概况 | 校园新闻 | 德育之窗 | 教学科研
{T}
!m 点击：１９８　更新：2024/11/08
{BODY}
!l 【关闭】【返回】
!m 校址：萁阳县滨河路１６号　邮编：４１３６００
""",
        body="""
尊敬的各位领导、老师，亲爱的同学们：
大家好！萁阳二中第五届校园手球联赛今天正式拉开帷幕。
本届联赛共有十八支班级代表队参加，比赛将持续三周。
首先，请允许我介绍出席今天开幕式的领导和嘉宾：×××、×××。
下面，请运动员代表×××同学宣誓。
接下来，请校长致开幕辞。
最后，让我们预祝本届联赛圆满成功！
""",
    ),
    dict(
        slug="intranet-soysauce-minutes-html-trail",
        site="芃香酿造内网 (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.pengxiang.example.local/doc/view.aspx?id=20250321-0412",
        title="酱油发酵车间2025年第一季度生产调度会会议纪要",
        record_title="内网公文-酱油发酵车间2025年第一季度生产调度会会议纪要",
        date="2025-03-21",
        notes="intranet document view: the minutes' 时间/地点/主持/参会/记录 lines kept, an approval trail and read count as chrome, a 密级 line",
        page="""
<html><head><meta charset="utf-8"><title>内网公文-酱油发酵车间2025年第一季度生产调度会会议纪要</title></head><body>
<div class="oa-top">⟦m 芃香酿造协同办公平台⟧ ⟦m 当前用户：车间文书⟧ ⟦a 退出⟧</div>
<div class="oa-menu">⟦l 待办 已办 公文 通讯录 知识库⟧</div>
<h3>{T}</h3><div>⟦m 密级：内部　文档编号：SC-2025-031⟧</div>
{BODY}
<div class="trail"><p>⟦m 流转记录：车间主任 朱海波 已阅 2025-03-22 08:10⟧</p><p>⟦m 生产副总 吕静 已阅 2025-03-22 14:36⟧</p></div>
<div>⟦m 阅读次数 27⟧ ⟦a 导出PDF⟧ ⟦a 转发⟧</div>
</body></html>
""",
        body="""
时间：2025年3月21日下午2:30
地点：发酵车间二楼会议室
主持：朱海波
参会：发酵、压榨、灭菌各班组长，质检部、设备部负责人
记录：邵晴
会议听取了一季度生产情况汇报，一季度共投料大豆一千一百吨，生产酱油原油二千六百吨，完成计划的百分之一百零三。
会议议定：一、二号晒场的二十个发酵缸于4月10日前完成清洗消毒；二、压榨工段实行两班倒，保证五一前订单交付；三、质检部每周对氨基酸态氮抽检两次，结果报车间。
""",
    ),
    dict(
        slug="intranet-escalator-notice-attachments",
        site="升达电梯维保公司内网 (invented)",
        style="企业内网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://intra.shengda-lift.example.local/notice/2025-06-03",
        title="关于开展商场自动扶梯夏季安全专项检查的通知",
        record_title="关于开展商场自动扶梯夏季安全专项检查的通知.docx",
        date="2025-06-03",
        notes="an intranet notice with 附件 list and 抄送 line kept; a 'signed by' OA row and a print-time stamp as chrome",
        page="""
!m 升达维保 · 公司公告
!t 关于开展商场自动扶梯夏季安全专项检查的通知.docx
!m 发文部门：安全质量部　签收状态：未签收
升维安〔2025〕17号
{BODY}
!m 打印时间：2025-06-05 09:44:02　打印人：前台
!a 【签收】　【收藏】　【导出】
""",
        body="""
各维保站：
暑期商场客流大，自动扶梯使用频繁，为预防夹人、逆转等事故，公司决定于6月10日至6月30日开展自动扶梯夏季安全专项检查。
一、检查重点：梳齿板、扶手带、制动器、附加制动器及各类安全开关。
二、各站须在检查完成后三日内上传检查记录，发现隐患的当场停梯整改。
附件：1.自动扶梯专项检查表
2.隐患整改回执单
抄送：公司领导，各商场物业部
安全质量部
2025年6月3日
""",
    ),
    dict(
        slug="qa-ricecake-request-html-answer",
        site="问必答 (invented)",
        style="问答社区",
        genre="请示",
        kind="request",
        form="html",
        source="https://www.wenbida.example.com/question/6601927.html",
        title="年糕作坊申请食品小作坊登记的请示怎么写？",
        record_title=None,
        date="2025-01-08",
        notes="Q&A page, no record title: the question as the title; an answer's 回答于 time as the page date; an example request with ×× placeholders kept; other answers folded as chrome",
        page="""
<html><head><meta charset="utf-8"><title>年糕作坊申请食品小作坊登记的请示怎么写？_问必答</title></head><body>
<div class="hd">⟦m 问必答⟧ ⟦a 我要提问⟧</div>
<div class="q"><h1>{T}</h1><p>⟦m 匿名用户　提问于 2025-01-06⟧</p></div>
<div class="best"><span>⟦m 最佳答案⟧</span><p>⟦m 好问答者·芋圆姐　回答于 2025-01-08⟧</p>
{BODY}
</div>
<div class="fold">⟦l 其他 3 条回答已折叠⟧</div>
<div class="like">⟦l 有用 12　没用 1　评论⟧</div>
<div class="rel"><h4>⟦l 大家还在问⟧</h4><p>⟦l 小作坊登记证多久能办下来？⟧</p></div>
</body></html>
""",
        body="""
可以参考下面的写法，把××换成你们的实际情况：
关于××年糕作坊申请食品小作坊登记的请示
××县市场监督管理局：
本作坊位于××镇××村，主要加工水磨年糕，年产量约××吨，现有从业人员××人，均持有健康证明。
作坊已按要求完成生熟分区和防蝇防鼠设施改造，特申请办理食品小作坊登记证。
妥否，请批示。
另外提醒一下，提交前最好先打电话问一下当地市场监管所要哪些材料。
""",
    ),
    dict(
        slug="qa-sauna-selfcheck-text",
        site="知了问答 (invented)",
        style="问答社区",
        genre="工作总结",
        kind="report",
        form="text",
        source="https://zhiliao.example.cn/q/88213",
        title="汗蒸馆消防安全自查报告范文",
        record_title="汗蒸馆消防安全自查报告范文？ - 知了问答",
        date=None,
        notes="a Q&A with an example report: ×年×月×日 placeholder is no date; 3天前 and 浏览 stamps are no dates; an app prompt and a 'related questions' block",
        page="""
!m 知了问答 › 生活服务
!t 汗蒸馆消防安全自查报告范文？ - 知了问答
!m 提问者：暖暖的汗蒸　3天前
!m 热心网友的回答　2 赞同
{BODY}
!a 打开知了APP，查看全部 5 个回答
!l 相关问题：足浴店消防自查怎么写？　美容院安全检查报告模板
""",
        body="""
给你一个我们店去年用过的，改改就能用：
根据区消防救援大队的统一部署，本馆于近期对经营场所开展了消防安全自查，现将情况报告如下。
一、本馆营业面积八百平方米，设有汗蒸房六间、休息大厅一个，配有灭火器四十具、应急照明二十盏。
二、自查发现：一号汗蒸房电加热板线路老化一处，安全出口指示灯损坏两盏，已于当日更换完毕。
三、今后本馆将每日营业前检查电气线路，每月组织员工开展一次灭火演练。
××汗蒸馆
×年×月×日
""",
    ),
]

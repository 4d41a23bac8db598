"""holdout172, part F: stethoscopes (听诊器). Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="hospital-infection-control-stethoscope-news",
        site="瑛州市中医院 (invented)",
        style="医院官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.yzszyy.cn/yydt/2025/0311/2250.html",
        title="我院推行听诊器“一用一消毒”",
        record_title="我院推行听诊器“一用一消毒”_瑛州市中医院",
        date="2025-03-11",
        notes="hospital news page: appointment bar, 24-hour line and a department's own 咨询电话 in the body; photo caption between paragraphs",
        page="""
<html><head><meta charset="utf-8"><title>我院推行听诊器“一用一消毒”_瑛州市中医院</title></head>
<body>
<div class="top">⟦m 瑛州市中医院　三级甲等中医医院⟧ ⟦m 24小时咨询：0558-5129120⟧ ⟦a 网上预约⟧</div>
<div class="menu">⟦m 首页 医院概况 新闻中心 科室设置 名医名家 患者服务⟧</div>
<div class="pos">⟦m 当前位置：首页 › 新闻中心 › 医院动态⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 来源：院感科　发布时间：2025-03-11　浏览：317⟧</div>
<div class="content">
{BODY}
</div>
<div class="share">⟦l 分享：微信　微博　QQ⟧</div>
<div class="foot">⟦m 地址：瑛州市中山路19号　皖ICP备10203361号⟧</div>
</body></html>
""",
        body="""
听诊器是医生每天都要用的“老伙计”，却也是容易被忽视的交叉感染途径。从3月起，我院在全院推行听诊器“一用一消毒”，每位医生的白大褂口袋里多了一小包消毒棉片。
院感科在前期抽检中发现，部分听诊器胸件表面细菌数超标。为此，院感科为各临床科室配发了专用消毒棉片，要求医生在每次听诊前后擦拭胸件和耳件。
⟦m 图为院感科工作人员在病房检查听诊器消毒情况⟧
院感科还将定期开展听诊器表面采样检测，检测结果纳入科室质量考核。如有院感防控方面的疑问，可咨询院感科，电话：0558-5126603。
""",
    ),
    dict(
        slug="university-medical-college-white-coat-speech",
        site="珂城医学高等专科学校 (invented)",
        style="高校官网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.kcyz.edu.cn/info/1012/5581.htm",
        title="在2025级新生授白袍仪式上的讲话",
        record_title="在2025级新生授白袍仪式上的讲话-珂城医学高等专科学校",
        date="2025-09-12",
        notes="university text page: speaker line and date under the speech title neutral; the date under the title is the date; reviewer line after the body",
        page="""
!m 珂城医学高等专科学校 · 新闻网
!m 首页 > 校园要闻
{T}
校长　宋怀瑾
（2025年9月12日）
{BODY}
!m 【撰稿：校办　审核：宣传部】
!l 上一条：我校举行2025级新生开学典礼
!l 下一条：护理学院开展新生入学教育
!m 版权所有：珂城医学高等专科学校　地址：珂城市杏林路1号
""",
        body="""
亲爱的2025级同学们：
今天，你们穿上白袍，接过学校赠送的第一副听诊器。从这一刻起，你们就踏上了学医的道路。
听诊器的一端连着医生的耳朵，一端贴着病人的胸口。它提醒我们，做医生首先要学会倾听，听清病人的心音和呼吸，也听懂病人的担忧和期盼。
希望同学们珍惜这副听诊器，勤学苦练，早日用它为群众解除病痛。
""",
    ),
    dict(
        slug="oa-device-maker-e-stethoscope-production-notice",
        site="琰康医疗器械OA (invented intranet)",
        style="企业内网",
        genre="通知",
        kind="notice",
        form="html",
        source="http://oa.yankangmed.local/flow/doc?id=88107",
        title="关于电子听诊器新产线试生产安排的通知",
        record_title="内网公告-关于电子听诊器新产线试生产安排的通知",
        date="2025-08-04",
        notes="intranet document view: approval trail and read counts; a numbered list and a schedule table kept; the IT desk extension in the chrome; 抄送 line kept",
        page="""
<html><head><meta charset="utf-8"><title>琰康医疗 协同办公</title></head>
<body>
<div class="sys">⟦m 琰康医疗协同办公系统⟧ ⟦m 当前用户：生产部-何晓⟧ ⟦a 退出⟧</div>
<div class="tree">⟦m 公文中心 › 通知公告 › 查看⟧</div>
<table class="docinfo"><tr><td>⟦m 发文部门：生产管理部⟧</td><td>⟦m 文号：YK-SC〔2025〕19号⟧</td><td>⟦m 已读：143人　未读：12人⟧</td></tr></table>
<h2>{T}</h2>
{BODY}
<div class="trail"><b>⟦m 流转记录⟧</b>
<p>⟦m 2025-08-04 10:20 生产管理部 何晓 起草⟧</p>
<p>⟦m 2025-08-04 15:02 副总经理 邵新民 同意⟧</p></div>
<div class="ft">⟦m 系统问题请联系信息部，分机：6012⟧</div>
</body></html>
""",
        body="""
各部门：
公司电子听诊器新产线已完成设备安装调试，经研究，定于8月11日起开始试生产。现将有关事项通知如下。
一、试生产安排
阶段　时间　产量目标
小批量试产　8月11日—8月22日　500台
工艺验证　8月25日—9月12日　2000台
二、有关要求
1. 质量部全程驻线，对声学性能、降噪功能逐台检测。
2. 采购部保障压电传感器和锂电池供应。
3. 试生产期间发现的问题，由工艺部每日汇总，次日早会通报。
琰康医疗器械有限公司
2025年8月4日
抄送：公司领导，质量部、采购部、工艺部。
""",
    ),
    dict(
        slug="association-device-repair-training-notice",
        site="珙州市医疗器械行业协会 (invented)",
        style="行业协会",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.gzmda.org.cn/tzgg/2025-10-09.html",
        title="关于举办基层医疗机构听诊器血压计维护保养培训班的通知",
        record_title="【协会动态】关于举办基层医疗机构听诊器血压计维护保养培训班的通知",
        date="2025-10-09",
        notes="association text page: member service line and join prompt; the document's own contact and email; 附件 list",
        page="""
!m 珙州市医疗器械行业协会　会员服务热线：0871-63301122
!m 首页 ＞ 通知公告
!a 会员登录｜申请入会
{T}
!m 发布：协会秘书处　　2025-10-09　　阅读 178
{BODY}
!l 相关通知：关于开展2025年度会员单位信用评价的通知
!m 地址：珙州市滇池路77号医械大厦12楼　滇ICP备19003328号
""",
        body="""
各会员单位、各县（区）卫生院设备科：
为提高基层医疗机构常用诊疗器械维护保养水平，协会定于10月23日至24日举办听诊器、血压计维护保养培训班。
一、培训内容：听诊器胸件膜片和耳管的检查与更换、血压计校准、常见故障排除及清洁消毒规范。
二、参训对象：乡镇卫生院、社区卫生服务中心设备管理人员，每单位1至2名。
三、报名方式：请于10月17日前将报名回执发送至协会邮箱gzmda_px@163.com。
附件：1. 培训日程安排
2. 报名回执
联系人：段雨桐　电话：0871-63302516
珙州市医疗器械行业协会
2025年10月9日
""",
    ),
    dict(
        slug="lawfirm-auscultation-privacy-qa-text",
        site="琪林律师事务所 (invented)",
        style="律所网站",
        genre="普法文章",
        kind="other",
        form="text",
        source="http://www.qilinlawyer.com/article/2025/0617-88.html",
        title="医生听诊时未拉帘，是否侵犯患者隐私？",
        record_title="法律讲堂丨医生听诊时未拉帘，是否侵犯患者隐私？",
        record_date="2025-06-17",
        date="2025-06-17",
        notes="law-firm text page: consult card and disclaimer; 发布时间 line is the page's date; law articles quoted in the body",
        page="""
!m 琪林律师事务所　医疗纠纷与健康法律服务
!m 首页 / 律师说法 / 医疗纠纷
{T}
!m 发布时间：2025年6月17日　　作者：琪林律所医疗法律部
{BODY}
!w 免费咨询医疗纠纷：点击预约执业律师，工作日2小时内回电
!d 以上内容为一般性法律知识介绍，具体问题请咨询专业律师。
!m 琪林律师事务所 © 2025　蜀ICP备18027741号
""",
        body="""
问：我在门诊就诊时，医生让我撩起衣服用听诊器听诊，诊室门开着，也没有拉帘子，外面的人都能看到。这是否侵犯了我的隐私？
答：《民法典》第一千二百二十六条规定，医疗机构及其医务人员应当对患者的隐私和个人信息保密。听诊需要暴露患者身体的，医务人员应当采取拉帘、关门等必要的遮挡措施。
如果医生在诊疗中未采取遮挡措施，造成您的身体隐私被他人看到，医疗机构可能构成侵犯隐私权。您可以先向医院投诉，要求道歉和整改；协商不成的，可以向卫生健康部门反映或者依法起诉。
""",
    ),
    dict(
        slug="qa-nursing-student-stethoscope-vote-bar",
        site="答案岛 (invented Q&A)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.daandao.com/q/2190431",
        title="护理专业新生该买什么样的听诊器？",
        record_title=None,
        date="2025-09-03",
        notes="Q&A with a vote bar: no record title (the question on the page, also in <title> with a suffix); the answer's 回答于 line is the page's date; more answers and ads",
        page="""
<html><head><meta charset="utf-8"><title>护理专业新生该买什么样的听诊器？ - 答案岛</title></head>
<body>
<div class="hd">⟦m 答案岛 · 有问题，上岛问⟧ ⟦a 提问⟧ ⟦a 登录/注册⟧</div>
<div class="q"><h1>{T}</h1><p>⟦m 教育 · 护理 · 2条回答 · 被浏览 3,208 次⟧</p></div>
<div class="ans">
<div class="who">⟦m 急诊科护士阿苗　回答于 2025-09-03⟧</div>
{BODY}
<div class="vote">⟦l ▲ 赞同 216　▼　💬 18 条评论　⭐ 收藏⟧</div>
</div>
<div class="ad">⟦w 护考刷题神器，扫码免费领取三套真题⟧</div>
<div class="rel">⟦l 相关问题：护理专业需要提前买哪些东西？⟧</div>
<div class="ft">⟦m © 答案岛 2025　沪ICP备22014805号⟧</div>
</body></html>
""",
        body="""
作为过来人说几句，新生不用一上来就买很贵的。
1. 先看学校要求。很多学校的健康评估实训课会统一发听诊器，开学后问问老师再买，别重复花钱。
2. 选双面胸件的。一面膜片听高频音，比如呼吸音、肠鸣音；一面钟型听低频音，比如心音，学习阶段两面都会用到。
3. 耳件要舒服。试戴一下，耳塞大小合适、不夹耳朵，练习时戴久了才不难受。
4. 价格一两百元的国产品牌完全够用，等工作后再根据科室需要换好的。
""",
    ),
    dict(
        slug="training-nursing-school-auscultation-course",
        site="仁心护理职业培训学校 (invented)",
        style="培训机构",
        genre="简章",
        kind="other",
        form="text",
        source="http://www.renxinhl.com/kecheng/214.html",
        title="心肺听诊实训强化课程安排",
        record_title="学员必看 | 心肺听诊实训强化课程安排",
        date=None,
        notes="training school text: 400 line and trial-lesson prompts around; the school's own 报名电话 in the body; a course table; no date",
        page="""
!m 仁心护理职业培训学校 — 只为培养好护士
!m 全国招生热线：400-716-2890（免长途费）
!m 首页 ＞ 课程中心 ＞ 实训课程
{T}
{BODY}
!a 立即预约免费试听　　在线报名
!w 扫码添加招生老师微信，领取课程资料包
!m 仁心护理职业培训学校　办学许可证号：教民1506020070032号
""",
        body="""
本课程面向护理专业在校生和准备参加护士执业资格考试的学员，采用高仿真心肺听诊模拟人教学，帮助学员准确识别常见心音和呼吸音。
课程安排
课次　内容　课时
第1次　听诊器使用与听诊部位　2
第2次　正常心音与常见杂音　3
第3次　正常呼吸音与干湿啰音　3
第4次　综合考核　2
每班限16人，每名学员配备一副双面听诊器，课程结束颁发实训合格证明。
报名地址：学校教学楼三楼招生办　报名电话：0471-5218637
""",
    ),
    dict(
        slug="exam-village-doctor-skill-assessment-notice",
        site="璘州人事考试信息网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.linzhourks.cn/ggtz/2025/1103/5520.html",
        title="2025年璘州市乡村医生岗位技能考核公告",
        record_title="【考务公告】2025年璘州市乡村医生岗位技能考核公告",
        date="2025-11-03",
        notes="personnel-exam text page: the notice asks candidates to 下载/打印 the admission ticket and bring their own stethoscope; exam office 咨询电话 beside the site's technical line; a timetable table",
        page="""
!m 璘州人事考试信息网
!m 当前位置：首页 > 公告通知
{T}
!m 发布日期：2025-11-03　　阅读：5127　　【打印】【关闭】
{BODY}
!m 网站技术支持：0855-8221906（仅受理报名系统技术问题）
!l 上一篇：2025年璘州市事业单位公开招聘面试公告
!m 璘州市人事考试中心　版权所有
""",
        body="""
根据乡村医生队伍建设有关要求，现将2025年乡村医生岗位技能考核有关事项公告如下。
一、考核对象：全市在岗乡村医生。
二、考核时间和内容：
日期　项目　时长
11月22日上午　体格检查（含心肺听诊）　30分钟
11月22日下午　常见病处置与急救　40分钟
三、考生须于11月18日至21日登录本网站下载并打印准考证，考核时凭准考证和身份证入场，并自带听诊器、血压计。
四、考核成绩合格的，记入乡村医生执业档案。
咨询电话：0855-8220347
璘州市人事考试中心
2025年11月3日
""",
    ),
    dict(
        slug="company-e-stethoscope-recall-notice",
        site="瑶声医疗科技官网 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="text",
        source="https://www.yaoshengmed.com/news/gonggao/20250722.html",
        title="关于主动召回部分批次电子听诊器的公告",
        record_title="关于主动召回部分批次电子听诊器的公告 - 瑶声医疗",
        date="2025-07-22",
        notes="company text page: sales 400 line and customer-service chrome; the recall line in the body; a batch table; 公告日期",
        page="""
!m 瑶声医疗 YAOSHENG MEDICAL　｜　聆听生命的声音
!m 产品订购热线：400-900-7730
!m 首页 / 新闻中心 / 公司公告
{T}
!m 2025-07-22　阅读 902
{BODY}
!w 产品咨询请点击右侧在线客服
!m Copyright © 瑶声医疗科技有限公司　粤ICP备20098812号
""",
        body="""
我公司在产品质量回顾中发现，部分批次YS-E200型电子听诊器在低电量状态下可能出现放大音量突然增大的情况，存在损伤使用者听力的风险。为保障用户安全，我公司决定主动召回以下批次产品。
批号　生产日期　数量（台）
2504A11　2025年4月11日　320
2504B18　2025年4月18日　285
请使用上述批次产品的医疗机构和个人立即停止使用，并与我公司联系办理免费更换。
召回专线：0755-26311408（工作日9:00—18:00）
瑶声医疗科技有限公司
2025年7月22日
""",
    ),
    dict(
        slug="fanwenapp-village-doctor-work-report",
        site="公文宝APP (invented writing app), share page",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://share.gongwenbao.cn/a/6df0219e",
        title="乡村医生年度述职报告",
        record_title="乡村医生年度述职报告（可编辑）｜公文宝",
        date=None,
        notes="writing-app share: open-app prompts, member-copy prompt between paragraphs; no date",
        page="""
!a 在公文宝APP中打开　　›
!m 公文宝 · 10万+公文范文
!t 乡村医生年度述职报告（可编辑）
!m 浏览 3.6万　·　收藏 811
{BODY}
!a 复制全文　　导出Word　　（会员专享）
!l 猜你喜欢：村卫生室工作总结　乡镇卫生院院长述职报告
""",
        body="""
我是石岭村卫生室的乡村医生，从医已经二十三年。一年来，我认真履行职责，为全村1300多名群众提供基本医疗和公共卫生服务。现将工作情况报告如下。
一、基本医疗方面。全年接诊3200余人次，出诊上门服务410余次。一副听诊器、一个血压计、一个药箱，是我每天出诊的“老三样”。
⟦a 登录会员后可复制本段内容⟧
二、公共卫生方面。为全村65岁以上老人开展健康体检218人，对高血压、糖尿病患者按季度随访，管理率达到95%以上。
三、存在不足。自身知识更新不够，对一些新药、新技术掌握不多。明年我将积极参加上级培训，努力提高业务水平。
""",
    ),
    dict(
        slug="wechat-school-health-check-heart-murmur-oneline",
        site="珺溪妇幼 (invented WeChat account, mirrored)",
        style="公众号镜像",
        genre="科普",
        kind="other",
        form="text",
        source="https://wxarchive.cc/junxifuyou/2025/0908/a1",
        title="体检报告写着“心脏杂音”，家长不必太紧张",
        record_title="体检报告写着“心脏杂音”，家长不必太紧张",
        date="2025-09-08",
        notes="WeChat mirror with the whole body on one line; account line date is the page's date; the article's own 关注/预约 sentence kept",
        page="""
!m 公众号文章存档 · wxarchive
{T}
!m 原创　珺溪妇幼　2025年9月8日 17:30
!a 听全文　　字号 A- A+
{BODY}
!a 点“在看”让更多家长看到　　分享　　点赞
!l 推荐阅读：儿童体检身高偏矮怎么办？｜开学季视力筛查答疑
!d 镜像内容来源于公开网络，如需删除请联系 wxarchive@cc-mail.cn
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
开学体检后，不少家长拿着报告来问：医生用听诊器听出孩子有“心脏杂音”，是不是心脏有病？
其实，儿童心脏杂音很多是“生理性”的，也叫功能性杂音，多见于发热、贫血或者运动后，孩子胸壁薄，血流声音容易被听到，一般不影响健康，随着年龄增长会逐渐消失。
如果体检报告提示杂音，建议到儿科或儿童心血管专科做一次心脏彩超，明确是生理性还是病理性。家长可关注本公众号，在菜单栏“预约挂号”中预约儿童心脏专科门诊。
""",
    ),
]

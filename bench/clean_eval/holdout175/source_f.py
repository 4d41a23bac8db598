"""holdout175, part F: hair dryers (吹风机). Every text, site, person and place invented."""

CASES = [
    dict(
        slug="intranet-dryer-dorm-inspection-html",
        site="锦廷酒店管理集团OA (invented intranet)",
        style="企业内网",
        genre="通报",
        kind="notice",
        form="html",
        source="http://oa.jinting.local/gw/view.aspx?id=2025-0112",
        title="关于员工宿舍违规使用大功率电器检查情况的通报",
        date="2025-01-10",
        notes="intranet document view: read counts, approval trail, attachment bar; score table rows; 抄送 line kept",
        page="""
<html><head><meta charset="utf-8"><title>公文查看 - 锦廷OA</title></head><body>
<div class="oa-top">⟦m 锦廷协同办公系统⟧ ⟦m 欢迎您，行政部 贝宁⟧ ⟦a 退出⟧</div>
<div class="oa-menu">⟦m 待办事项 | 公文管理 | 通知公告 | 个人设置⟧</div>
<h2>{T}</h2>
<div class="oa-info">⟦m 发文部门：行政人事部　已读：217人　未读：38人⟧</div>
{BODY}
<div class="oa-att">⟦a 附件下载：宿舍检查照片.zip（3.2MB）⟧</div>
<div class="oa-flow">⟦m 审批记录：行政人事部 贝宁（拟稿）→ 副总经理 柏云峰（同意）⟧</div>
<div class="oa-btn">⟦a 打印 | 转发 | 收藏 | 关闭⟧</div>
</body></html>
""",
        body="""
各部门：
1月8日，行政人事部会同安保部对员工宿舍进行了用电安全检查，发现部分宿舍存在违规使用大功率电器的情况。
楼栋　违规电器　处理结果
一号楼　电热毯、热得快　没收并通报
二号楼　2200瓦吹风机　登记后由本人带回
员工宿舍允许使用1200瓦以下的吹风机，使用后应及时拔下插头，不得放在床上。
请各部门督促员工对照整改，行政人事部将于下月复查。
抄送：安保部、工程部
行政人事部
2025年1月10日
""",
    ),
    dict(
        slug="hospital-dryer-burn-warning-text",
        site="笪湖县中医院 (invented), text",
        style="医院官网",
        genre="科普",
        kind="article",
        form="text",
        source="http://www.dhxzyy.cn/kpyd/2024/1203.html",
        title="冬季用吹风机取暖当心低温烫伤",
        record_title="【护理部】冬季用吹风机取暖当心低温烫伤",
        date="2024-12-03",
        notes="hospital as text: 挂号 line and app prompt chrome, burn clinic phone kept",
        page="""
!m 笪湖县中医院　|　预约挂号　|　就诊指南　|　科室导航
!w 24小时急诊：0851-87723120
!m 首页 » 科普园地
{T}
!m 护理部　2024-12-03　阅读量 1642
{BODY}
!a 关注医院公众号，手机挂号不用排队
!d 本文内容仅供参考，具体诊疗请遵医嘱
""",
        body="""
天气转冷，有些老人和孩子喜欢用吹风机对着被窝或手脚取暖，近期我院烧伤科接诊了多例因此造成的低温烫伤。
低温烫伤往往开始时只是皮肤发红、起小水疱，容易被忽视，实际上损伤可能已经深达皮下组织，愈合很慢。
吹风机应与皮肤保持二十厘米以上距离，不要长时间对着同一部位吹，更不要放进被窝里使用。
一旦发生烫伤，要立即用流动冷水冲洗十五分钟以上，并及时就医。烧伤科门诊电话：0851-87723466。
""",
    ),
    dict(
        slug="pexam-dryer-candidate-rules-html",
        site="箖原人事考试网 (invented)",
        style="人事考试网",
        genre="须知",
        kind="notice",
        form="html",
        source="http://www.lyrsks.cn/ksxz/2024/1105.html",
        title="美容美发技能鉴定考试考生须知",
        record_title="美容美发技能鉴定考试考生须知_箖原人事考试网",
        date="2024-11-05",
        notes="exam site: hotline beside document contact, 打印准考证 sentence kept, numbered items",
        page="""
<html><head><meta charset="utf-8"><title>美容美发技能鉴定考试考生须知_箖原人事考试网</title></head><body>
<div class="ks-top">⟦m 箖原人事考试网⟧ ⟦a 考生登录 | 准考证打印入口 | 成绩查询⟧</div>
<div class="ks-nav">⟦m 首页 考试动态 报考指南 技能鉴定 政策文件⟧</div>
<div class="ks-loc">⟦m 当前位置：首页 > 技能鉴定 > 考生须知⟧</div>
<h1>{T}</h1>
<div class="ks-meta">⟦m 发布日期：2024-11-05　来源：考务科⟧</div>
{BODY}
<div class="ks-help">⟦w 报名系统技术咨询：0855-3812666（工作日9:00-17:00）⟧</div>
<div class="ks-foot">⟦m 箖原人事考试中心 版权所有⟧</div>
</body></html>
""",
        body="""
一、考生须于考前三天登录报名系统打印准考证，考试当天凭准考证和身份证入场。
二、实操考试所需吹风机、梳子、卷发棒等工具由考生自备，吹风机功率不得超过1800瓦。
三、考场插座由考点统一配置，考生不得自带插线板。
四、考试过程中如工具出现故障，应举手示意，不得擅自离开工位。
考务咨询电话：0855-3812075。
""",
    ),
    dict(
        slug="lawfirm-dryer-product-liability-text",
        site="正衡律师事务所 (invented), text",
        style="律所网站",
        genre="案例评析",
        kind="article",
        form="text",
        source="https://www.zhenghenglaw.cn/anli/2024/0823.html",
        title="吹风机漏电致人受伤，商家和厂家谁来赔？",
        record_title="法律课堂丨吹风机漏电致人受伤，商家和厂家谁来赔？",
        date=None,
        notes="law firm as text: consult lines, not-advice notice; case analysis; no date",
        page="""
!m 正衡律师事务所
!w 咨询电话：0512-66398800　微信同号
!m 首页 > 案例评析 > 消费维权
{T}
!m 作者：宣律师　阅读：420
{BODY}
!d 以上内容不构成正式法律意见，具体问题请咨询执业律师
!l 相关案例：网购电热水壶爆裂索赔案 ｜ 理发店烫伤顾客纠纷
!m © 正衡律师事务所　苏ICP备19045521号
""",
        body="""
【基本案情】消费者汤女士在某电器店购买一台吹风机，使用两周后手柄处漏电，导致其手部灼伤，花去医疗费四千余元。
【争议焦点】电器店认为产品质量问题应找厂家，厂家则称产品出厂检验合格。
【律师评析】根据民法典的规定，因产品存在缺陷造成他人损害的，被侵权人可以向产品的生产者请求赔偿，也可以向产品的销售者请求赔偿。汤女士可以任选其一主张权利，先行赔偿的一方再向责任方追偿。
【温馨提示】消费者购买小家电时应保留发票和包装，出现问题及时固定证据。
""",
    ),
    dict(
        slug="localforum-dryer-power-trip-html",
        site="簕口城事论坛 (invented local forum)",
        style="地方论坛",
        genre="求助",
        kind="post",
        form="html",
        source="http://bbs.lekoucity.com/forum.php?mod=viewthread&tid=220914",
        title="出租屋一开吹风机就跳闸，房东不管怎么办？",
        record_title="[民生求助] 出租屋一开吹风机就跳闸，房东不管怎么办？ - 簕口城事论坛",
        date=None,
        notes="local forum HTML with jammer fonts, reply floors as list, relative time",
        junk=dict(lines=1, glued=1),
        page="""
<html><head><meta charset="utf-8"><title>[民生求助] 出租屋一开吹风机就跳闸，房东不管怎么办？ - 簕口城事论坛</title></head><body>
<div id="hd">⟦m 簕口城事论坛⟧ ⟦a 登录 注册 手机版⟧</div>
<div id="pt">⟦m 首页 › 民生求助 › 帖子⟧</div>
<h1>{T}</h1>
<div class="authi">⟦m 楼主：打工的小柯　发表于 前天 19:20　查看 866　回复 14⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="reply">⟦l 2楼 城事小编：已转租房服务中心，请留意私信⟧</div>
<div class="reply">⟦l 3楼 热心市民陈：先找电工看看是不是空开太小⟧</div>
<div id="ft">⟦d 论坛帖子仅代表网友个人观点⟧ ⟦m 浙ICP备16033910号⟧</div>
</body></html>
""",
        p_html="<p>{}</p>",
        body="""
租的是老城区一套单间，每天早上一开吹风机，整个房间就跳闸，电饭锅里的饭都煮不熟。
找房东说了好几次，房东说以前的租客都没问题，让我换个小功率的吹风机。
我换了一个一千瓦的，还是跳。请问这种情况房东有没有义务修？能不能找哪个部门反映？
""",
    ),
    dict(
        slug="gkforum-dryer-interview-answer-html",
        site="岸上公考社区 (invented exam forum)",
        style="公考论坛",
        genre="面试答题",
        kind="answer",
        form="html",
        source="https://www.anshanggk.com/thread-80133-1-1.html",
        title="面试真题：宿舍有同事使用违规电器，你怎么处理？",
        record_title="[面试真题] 面试真题：宿舍有同事使用违规电器，你怎么处理？ - 岸上公考社区",
        date=None,
        notes="exam forum HTML: course ad between paragraphs, reward and reply bars; no date",
        page="""
<html><head><meta charset="utf-8"><title>[面试真题] 面试真题：宿舍有同事使用违规电器，你怎么处理？ - 岸上公考社区</title></head><body>
<div class="gk-top">⟦m 岸上公考社区⟧ ⟦a 签到领积分 | 登录⟧</div>
<div class="gk-pt">⟦m 首页 › 面试交流 › 结构化面试⟧</div>
<h1>{T}</h1>
<div class="gk-author">⟦m 作者：上岸的小满　|　发表于 6 小时前⟧</div>
<div class="gk-body">
{BODY}
</div>
<div class="gk-bar">⟦l 打赏　|　回复 (23)　|　收藏 (57)⟧</div>
<div class="gk-ad">⟦w 面试一对一模拟，咨询微信 ansgk_mianshi⟧</div>
</body></html>
""",
        body="""
【题目】单位宿舍里，你发现同事经常使用大功率吹风机和电热锅，存在安全隐患，你怎么处理？
【参考答案】首先，我会以关心的态度私下提醒同事，讲清楚大功率电器容易造成线路过载甚至引发火灾。
⟦l 【广告】结构化面试20天冲刺班，限时报名⟧
其次，如果同事确实有需要，我会帮他了解单位允许使用的电器功率，建议更换合规产品。
最后，我会向宿舍管理部门反映，建议在公共区域配置吹风机，从根本上减少违规用电。
""",
    ),
    dict(
        slug="netdisk-dryer-salon-training-html",
        site="飞盘云分享 (invented cloud drive)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="html",
        source="https://share.feipanyun.cn/s/dryer2024salon",
        title="美发门店新员工吹风造型培训计划",
        record_title="美发门店新员工吹风造型培训计划.pdf",
        date="2024-08-26",
        notes="cloud-drive share page: share stamp and expiry (not dates), save buttons, report link; signature date",
        page="""
<html><head><meta charset="utf-8"><title>美发门店新员工吹风造型培训计划.pdf - 飞盘云分享</title></head><body>
<div class="pan-head">⟦m 飞盘云⟧ ⟦a 登录 | 注册 | 客户端下载⟧</div>
<div class="pan-file">⟦m 美发门店新员工吹风造型培训计划.pdf　1.4MB⟧</div>
<div class="pan-share">⟦m 分享者：丝韵美业　分享于 2025-02-08　有效期至 2025-08-08⟧</div>
<div class="pan-btn">⟦a 保存到网盘　普通下载　极速下载(会员)⟧</div>
<div class="pan-preview">
{BODY}
</div>
<div class="pan-report">⟦a 举报该分享⟧</div>
<div class="pan-foot">⟦d 飞盘云严禁分享违法违规内容⟧</div>
</body></html>
""",
        title_in="file-name",
        body="""
一、培训目标
新员工入职一个月内掌握吹风机的正确握持、风温调节和常见吹风造型。
二、培训安排
第一周：吹风机结构、保养和安全使用；第二周：直发、内扣、外翻造型；第三周：卷发定型；第四周：综合考核。
三、安全要求
吹风机出风口不得对准顾客头皮近距离久吹，风嘴离发丝保持五至八厘米。
丝韵美业培训部
2024年8月26日
""",
    ),
    dict(
        slug="fanwen-dryer-appliance-store-summary",
        site="文秘之家网 (invented)",
        style="范文站",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://www.wenmizhijia.cn/shuzhi/2025/0106/3318.html",
        title="小家电卖场个护电器柜组长述职报告",
        record_title="小家电卖场个护电器柜组长述职报告（精选3篇）_文秘之家网",
        date=None,
        notes="范文 site: title repeated twice, writing-service prompt glued after a sentence; no date (update stamp only)",
        page="""
!m 文秘之家网 - 写材料，就上文秘之家
!m 位置：首页 > 述职报告 > 岗位述职
{T}
!m 更新：2025-01-06　阅读：938　作者：网友投稿
{T}
{BODY}
!a 本文共3篇，下载完整版Word
!w 范文不合适？专业写手一对一代写，QQ：3350921877
!l 热门：2024年个人述职报告 | 营业员年终总结
""",
        indent="　　",
        body="""
各位领导、同事们：
我是个护电器柜组长杭晓萌，现将一年来的工作述职如下。
一年来，柜组实现销售额186万元，其中吹风机销售额占六成以上。我们调整了陈列，把高速吹风机集中展示，并设置试用台，让顾客现场体验。⟦w 需要完整版请联系客服微信wmzj88⟧
同时，我们坚持“一机一检”，每台吹风机售前通电试机，全年退换货率下降到百分之一点二。
不足之处是线上渠道拓展不够，明年我将带领柜组开展直播讲解，进一步提升销售业绩。
""",
    ),
    dict(
        slug="wenku-dryer-factory-plan-wrapped-markers",
        site="知书文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.zhishuwk.com/p/71102.html",
        title="吹风机生产线安全生产月活动方案",
        record_title="【word可编辑】吹风机生产线安全生产月活动方案 - 知书文库",
        date="2024-05-28",
        notes="wrapped at 62 columns with glued page markers ✦n✦ between lines; signature date; pay prompt",
        wrap=62,
        pages=dict(fmt="✦{n}✦", every=75, start=2, glue="mix"),
        page="""
!m 知书文库
!m 知书文库 > 企业管理 > 安全生产
{T}
!m 文档页数：3　浏览：622　下载：41
{BODY}
!a 试读已完，剩余内容需兑换后阅读
!a 立即下载　收藏文档
!d 文档来源于网络用户上传，如涉及侵权请联系平台处理
""",
        indent="　　",
        body="""
为深入开展安全生产月活动，提高员工安全意识，结合吹风机生产线实际，特制定本方案。
一、活动时间：2024年6月1日至6月30日。
二、活动内容：组织全员学习电器装配安全操作规程；开展电机、发热丝装配工位隐患排查；举行一次触电急救和火灾疏散演练；开展安全知识竞赛。
三、工作要求：各班组要高度重视，认真组织，做到人人参与；隐患排查要建立台账，限期整改，整改完成后由安全员签字确认。
澜声电器第三事业部
2024年5月28日
""",
    ),
    dict(
        slug="baike-dryer-ionic-qa-text",
        site="问百科 (invented Q&A encyclopaedia)",
        style="百科问答",
        genre="问答",
        kind="answer",
        form="text",
        source="https://www.wenbaike.net/a/40218.html",
        title="负离子吹风机真的能护发吗？",
        record_title=None,
        title_in="missing",
        date=None,
        notes="Q&A encyclopaedia page, no record title (question line on page), expert line, 5天前 no date",
        page="""
!m 问百科 > 生活百科 > 家电
负离子吹风机真的能护发吗？
!m 专业回答　|　审核专家：皮肤科主治医师　5天前
{BODY}
!l 有帮助(312)　没帮助(17)
!l 大家还在问：吹风机热风冷风交替用好吗？　吹风机多大功率合适？
!d 内容仅供科普，不作为诊疗依据
""",
        body="""
负离子吹风机通过释放负离子中和头发表面的静电，可以让头发看起来更顺滑、减少毛躁。
但它并不能修复已经受损的发质，护发的关键仍在于控制温度和吹风时间。
建议先用毛巾吸干水分，再用中低温档吹干，吹风口与头发保持一定距离，不要对着一处久吹。
""",
    ),
    dict(
        slug="docshare-dryer-hotel-guest-room-standard",
        site="文档云集 (invented), text",
        style="文档分享",
        genre="标准",
        kind="rule",
        form="text",
        source="https://www.wendangyunji.com/doc/88231.html",
        title="客房电器配置与维护标准",
        record_title="客房电器配置与维护标准 免费下载",
        date=None,
        notes="document share as text: contributor and score line, upload notice, member download; no date",
        page="""
!m 文档云集　|　海量文档免费看
!m 首页 > 酒店管理 > 客房服务
{T}
!m 贡献者：酒店人阿诚　|　评分：4.6　|　上传时间：2024-12-11
!d 本文档由网友分享，仅用于学习交流，不得用于商业用途
{BODY}
!a VIP会员免费下载　|　普通用户消耗5下载券
!l 相关文档：客房清洁操作流程　客房部岗位职责
""",
        body="""
1.客房统一配置壁挂式吹风机，功率不超过1600瓦，带过热自动断电功能。
2.客房服务员每日清洁时检查吹风机电源线有无破损、出风是否正常，发现问题报工程部。
3.吹风机进风口滤网每周清理一次，防止毛发堵塞导致过热。
4.工程部每季度对客房吹风机进行一次绝缘检测，检测记录保存一年。
""",
    ),
]

"""holdout126, part E: valve foundries and aerospace parts / space-science education. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="assoc-valve-industry-council-minutes",
        site="瑀川市阀门行业协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://www.ycvalve.org.cn/xhdt/2024/1126.html",
        title="瑀川市阀门行业协会第三届理事会第四次会议纪要",
        record_title="瑀川市阀门行业协会第三届理事会第四次会议纪要 - 协会动态",
        date="2024-11-22",
        notes="association text page: member-unit marquee line, minutes' 时间/地点/主持/出席/记录 lines and a vote count kept, the secretariat's 电话 in the document beside the site's ad line",
        page="""
!m 瑀川市阀门行业协会　　中国阀门之乡 · 瑀川
!m 协会首页 · 协会简介 · 协会动态 · 行业标准 · 会员单位 · 供需信息
!l 会员单位：瑀川华阀集团｜精工球阀｜鑫源闸阀｜东瑞铸造
{T}
!m 发布者：秘书处　　2024-11-26　　浏览：219
{BODY}
!w 阀门供需对接、广告合作请联系：13859217306（微信同号）
!m 瑀川市阀门行业协会 版权所有
""",
        date_also=["2024-11-26"],
        body="""
时间：2024年11月22日下午
地点：协会会议室
主持：会长 戴永福
出席：理事单位代表27人，监事2人
记录：秘书处 池小慧
会议审议通过了以下事项：
一、审议通过《协会2024年工作总结和2025年工作要点》，表决结果：同意27票，反对0票，弃权0票。
二、审议通过吸收瑀川恒通阀业有限公司等5家企业为会员单位。
三、会议决定2025年3月举办第六届瑀川阀门博览会，由秘书处牵头筹备。
秘书处联系电话：0595-8702216
""",
    ),
    dict(
        slug="tender-valve-procurement-bid-result",
        site="瑀川水务集团电子招标平台 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="https://zb.ycsw.com.cn/gg/zbjg/20240716/2210.html",
        title="瑀川水务集团2024年管网阀门采购项目中标结果公告",
        record_title="瑀川水务集团2024年管网阀门采购项目中标结果公告",
        date="2024-07-16",
        record_date="2024-07-16",
        notes="tender platform text page: a bid-result table, the purchaser's and agency's contacts kept beside the platform's customer line",
        page="""
!m 瑀川水务集团电子招标采购平台
!m 首页 ＞ 招标公告 ＞ 中标结果
{T}
!m 公告类型：中标结果　　发布时间：2024-07-16
!a 【收藏】【打印】【分享】
{BODY}
!m 平台客服：0595-8811990（工作日）
!d 本平台发布的公告以原件为准，转载请注明出处。
""",
        body="""
一、项目编号：YCSW-2024-WZ-031
二、项目名称：瑀川水务集团2024年管网阀门采购项目
三、中标信息
包号　中标单位　中标金额（万元）
1　瑀川华阀集团有限公司　316.8
2　鑫源闸阀制造有限公司　187.2
四、公告期限：自本公告发布之日起1个工作日。
五、凡对本次公告内容提出询问，请按以下方式联系。
采购人：瑀川水务集团有限公司　联系人：汤工　电话：0595-8811076
采购代理机构：瑀川中诚项目管理有限公司　联系人：喻女士　电话：0595-8736615
""",
    ),
    dict(
        slug="intranet-valve-foundry-pouring-rules",
        site="华阀集团 内网 (invented)",
        style="企业内网",
        genre="制度",
        kind="regulation",
        form="text",
        source="http://portal.huafa.local/zhidu/aq/2024-05.html",
        title="铸造车间浇注作业安全操作规程",
        record_title="【制度文件】铸造车间浇注作业安全操作规程",
        date="2024-05-06",
        notes="intranet: portal menu, doc number and owner lines, a scan-to-confirm sentence as content, 'read and confirm' button, internal-only notice",
        page="""
!m 华阀集团门户　｜　待办　｜　公文　｜　制度库　｜　通讯录
!m 制度编号：HF-ZZ-AQ-012　　归口部门：安全环保部　　版本：B/1
{T}
{BODY}
!a 〖我已阅读并知晓〗
!m 已阅人数：386　　未阅人数：41
!d 内部资料　注意保密
""",
        body="""
一、浇注作业前，作业人员必须穿戴好阻燃工作服、防护面罩、隔热手套和防砸鞋。
二、浇包使用前应当检查包体、包嘴和转动机构，确认烘烤干燥，严禁使用潮湿浇包。
三、浇注时，浇包内金属液不得超过容量的80%，行车吊运时下方严禁站人。
四、浇注场地应当保持干燥，不得有积水，防止金属液遇水爆炸。
五、每班作业前，作业人员须扫描岗位二维码完成安全确认，未确认的不得上岗。
六、本规程自2024年5月6日起执行。
""",
    ),
    dict(
        slug="download-valve-pressure-test-procedure",
        site="机械资料网 (invented)",
        style="资料下载站",
        genre="规程",
        kind="regulation",
        form="text",
        source="http://www.jixieziliao.com/down/88107.html",
        title="阀门壳体压力试验作业指导书",
        record_title="阀门壳体压力试验作业指导书.docx",
        date=None,
        pages=dict(fmt="∷{n}∷", every=150, start=2, glue=True),
        notes="download station text page: file info rows with an update stamp (no date), glued page markers ∷n∷ cutting sentences, download buttons, a 'unzip password' line",
        page="""
!m 机械资料网 — 机械人的资料库
!m 资料分类：质量管理 > 作业指导书
!m 文件格式：docx　　文件大小：43KB　　更新：2024-08-11　　下载：2207次
{T}
{BODY}
!a 〖本地下载〗〖高速下载〗〖网盘下载〗
!a 解压密码：www.jixieziliao.com
!l 相关下载：阀门密封试验规程　｜　球阀装配作业指导书
""",
        body="""
1 目的
规范阀门壳体压力试验操作，确保试验结果真实有效，保证产品质量和试验人员安全。
2 适用范围
本指导书适用于公司生产的闸阀、截止阀、球阀、蝶阀的壳体压力试验。
3 试验要求
3.1 试验介质为常温清水，水中可加入防锈剂，奥氏体不锈钢阀门试验用水的氯离子含量不得超过百万分之一百。
3.2 试验压力为阀门在20摄氏度时最大允许工作压力的1.5倍，保压时间按阀门公称尺寸确定，最短不少于60秒。
3.3 试验过程中壳体不得有可见渗漏，不得有结构损伤。
4 安全注意事项
升压应当缓慢进行，试验时人员不得正对阀门端口站立。
""",
    ),
    dict(
        slug="hospital-foundry-workers-pneumoconiosis-screening",
        site="瑀川市第二人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.ycsey.com/news/yygg/2024/0308.html",
        title="关于开展铸造行业从业人员尘肺病免费筛查的通知",
        record_title="关于开展铸造行业从业人员尘肺病免费筛查的通知_瑀川市第二人民医院",
        date="2024-03-08",
        notes="hospital site: appointment and report-query buttons, department nav, the occupational-disease department's 咨询电话 in the notice beside the hospital's 24-hour emergency line and appointment line",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于开展铸造行业从业人员尘肺病免费筛查的通知_瑀川市第二人民医院</title></head>
<body>
<div class="top">⟦m 瑀川市第二人民医院 三级乙等综合医院⟧ ⟦a 预约挂号⟧ ⟦a 报告查询⟧ ⟦a 智能导诊⟧</div>
<div class="nav">⟦m 医院概况⟧ ⟦m 科室导航⟧ ⟦m 专家介绍⟧ ⟦m 就医指南⟧ ⟦m 健康科普⟧ ⟦m 医院公告⟧</div>
<div class="loc">⟦m 首页 ＞ 医院公告⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 来源：职业病科　　发布时间：2024-03-08　　阅读量：1532⟧</div>
{BODY}
<div class="side">⟦l 就医服务：门诊时间｜住院须知｜医保政策⟧</div>
<div class="foot">⟦m 急诊24小时电话：0595-8630120　预约挂号：0595-8630999⟧ ⟦m 地址：瑀川市环城北路300号⟧</div>
</body></html>
""",
        body="""
各铸造企业：
为贯彻落实职业病防治有关要求，保障铸造行业从业人员职业健康，我院决定于2024年3月至6月为全市铸造企业从业人员开展尘肺病免费筛查。
一、筛查对象：在铸造岗位连续工作满3年的从业人员。
二、筛查项目：职业史问诊、胸部高千伏X线摄片、肺功能检查。
三、组织方式：企业统一组织报名，我院派出体检车进厂筛查，筛查结果由职业病科出具书面报告。
四、报名方式：请各企业于3月20日前将报名汇总表报送我院职业病科。
咨询电话：0595-8630417（职业病科）
瑀川市第二人民医院
2024年3月8日
""",
    ),
    dict(
        slug="hospital-chem-park-occupational-exam-wrapped",
        site="琰溪县人民医院 (invented)",
        style="医院官网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.yxxrmyy.cn/ksdt/zyb/2025/0106.html",
        title="体检中心2024年化工园区职业健康检查工作总结",
        record_title="体检中心2024年化工园区职业健康检查工作总结 - 琰溪县人民医院",
        date="2025-01-06",
        wrap=66,
        notes="hospital text page, hard-wrapped at 66 columns, a data table not wrapped into the text, a health-tip box glued before the last paragraph",
        page="""
!m 琰溪县人民医院　　二级甲等综合医院
!m 首页 | 科室动态 | 体检中心 | 护理园地 | 院务公开
{T}
!m 科室：体检中心　日期：2025-01-06
{BODY}
!a 关注“琰溪县人民医院”服务号，在线预约体检
!m 院办电话：0392-7100801
""",
        body="""
2024年，体检中心围绕化工园区职业健康检查任务，完善服务流程，提高检查质量，全年完成职业健康检查5216人次，较上年增长18%，未发生漏检、错检。
一、主要数据
检查类别　人次　检出疑似职业病
上岗前　1438　0
在岗期间　3562　3
离岗时　216　0
二、主要做法
一是开通企业团检预约通道，实行“一企一档”管理。二是派出流动体检队进园区，减少职工往返时间。三是对检出的3例疑似职业病及时报告，并指导企业调离岗位。
⟦a 【健康小贴士】接触化学品岗位务必规范佩戴防护用品⟧三、下一步工作
加强与园区管委会的信息共享，推进职业健康检查报告电子化。
""",
    ),
    dict(
        slug="univ-aerospace-college-opening-speech",
        site="玳湾航空航天职业学院 (invented)",
        style="高校官网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.dwhtxy.edu.cn/xyxw/2024/0912/3817.htm",
        title="在2024级新生开学典礼上的讲话",
        record_title="【开学季】院长在2024级新生开学典礼上的讲话",
        date="2024-09-10",
        notes="college text page: speaker line and date under the title (neutral), a speech title keeping the speaker's role as given, author/reviewer chrome, quick links",
        page="""
!m 玳湾航空航天职业学院　　|　　信息门户　　|　　校园网络　　|　　English
!m 首页 > 校园新闻 > 领导讲话
{T}
院长　韩景舟
（2024年9月10日）
{BODY}
!m 文字：党政办公室　　审核：欧阳宁　　浏览次数：2290
!l 上一条：学院举行2024年教师节表彰大会
!l 下一条：新生军训动员大会召开
!m 版权所有 © 玳湾航空航天职业学院　地址：玳湾县航天大道9号
""",
        body="""
亲爱的同学们，老师们：
大家上午好！今天，我们在这里隆重举行2024级新生开学典礼。首先，我代表学院全体师生，向来自全国16个省份的3120名新同学表示热烈的欢迎！
我们学院是一所以航空航天装备制造为特色的职业院校。过去一年，学院有128名毕业生进入航天配套企业工作，学生团队在全国职业院校技能大赛飞机维修赛项中获得一等奖。
同学们，大国重器需要大国工匠。希望大家在这里练就过硬本领，把“特别能吃苦、特别能战斗、特别能攻关、特别能奉献”的航天精神融入学习生活。
最后，祝同学们学业进步、健康成长！谢谢大家！
""",
    ),
    dict(
        slug="edu-space-science-into-schools-plan",
        site="玳湾县教育局 (invented)",
        style="教育门户",
        genre="方案",
        kind="plan",
        form="html",
        source="http://jyj.daiwan.gov.cn/jyxw/tzgg/202404/t20240416_66102.html",
        title="玳湾县2024年“航天科普进校园”活动实施方案",
        record_title="玳湾县2024年“航天科普进校园”活动实施方案",
        date="2024-04-15",
        notes="education bureau HTML page: grade-section nav, an activity schedule table, 报名 via a QR code as content, the bureau's 联系人 beside the site's webmaster mailbox",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>玳湾县2024年“航天科普进校园”活动实施方案-玳湾县教育局</title></head>
<body>
<div class="hd">⟦m 玳湾县教育局⟧ ⟦m 立德树人 · 办人民满意的教育⟧</div>
<div class="nav">⟦m 首页⟧ ⟦m 教育动态⟧ ⟦m 通知公告⟧ ⟦m 学前教育⟧ ⟦m 基础教育⟧ ⟦m 职业教育⟧</div>
<div class="cur">⟦m 当前位置：首页 &gt; 通知公告⟧</div>
<h2>{T}</h2>
<div class="about">⟦m 发布日期：2024-04-16　　作者：基础教育股⟧</div>
{BODY}
<div class="bt">⟦a 【打印】⟧⟦a 【关闭】⟧</div>
<div class="ft">⟦m 网站管理员邮箱：dwjyj_web@126.com⟧ ⟦m 玳湾县教育局 版权所有⟧</div>
</body></html>
""",
        date_also=["2024-04-16"],
        body="""
为激发青少年探索宇宙、崇尚科学的热情，迎接第九个“中国航天日”，决定在全县中小学开展“航天科普进校园”活动。
一、活动内容
活动　时间　承办单位
航天专家报告会　4月24日　县实验中学
航天模型制作比赛　5月中旬　县青少年活动中心
“我心中的空间站”绘画征集　4月至6月　各中小学
二、参加方式
各学校组织学生自愿参加，学生可扫描活动海报上的二维码报名。
三、工作要求
各学校要把活动与科学课教学结合起来，做好安全保障，活动结束后报送总结和图片资料。
联系人：基础教育股　钱蓓　电话：0596-7318046
玳湾县教育局
2024年4月15日
""",
    ),
    dict(
        slug="training-aerospace-composite-course-notice",
        site="玳湾航宇技能培训中心 (invented)",
        style="培训机构",
        genre="简章",
        kind="notice",
        form="html",
        source="https://www.dwhangyu-px.cn/kc/fhcl/2024.html",
        title="2024年航空航天复合材料成型工培训招生简章",
        record_title="2024年航空航天复合材料成型工培训招生简章 - 航宇培训",
        date=None,
        notes="training-centre page: consult float and WeChat id, a course fee table, 'enroll now' button between paragraphs, graduates' reviews list; no document date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>2024年航空航天复合材料成型工培训招生简章 - 航宇培训</title></head>
<body>
<div class="hd">⟦m 航宇技能培训中心 · 让技能飞得更高⟧ ⟦w 招生老师微信：hangyu_px88⟧</div>
<div class="nav">⟦m 首页⟧ ⟦m 培训课程⟧ ⟦m 学员风采⟧ ⟦m 合作企业⟧ ⟦m 在线报名⟧</div>
<h1>{T}</h1>
<p>本中心联合玳湾航空航天职业学院和园区配套企业，开设航空航天复合材料成型工培训班，结业后推荐就业。</p>
<p>一、招生对象：18至40周岁，初中以上学历，身体健康。</p>
<p>二、培训内容：复合材料基础、铺层工艺、热压罐成型、无损检测基础和安全生产知识。</p>
<p>⟦a 立即报名 → 名额有限，先到先得⟧</p>
<p>三、培训费用</p>
<p>班型　学时　费用</p>
<p>全日制班　240学时　4800元</p>
<p>周末班　200学时　4200元</p>
<p>四、就业推荐：考核合格颁发职业技能等级证书，优秀学员推荐到合作企业就业。</p>
<div class="rev">⟦l 学员评价：“学完直接进了厂，师傅很耐心” —— 2023届 小祝⟧</div>
<div class="ft">⟦w 咨询热线：400-877-2360⟧ ⟦m 玳湾航宇技能培训中心 版权所有⟧</div>
</body></html>
""",
        body="""
本中心联合玳湾航空航天职业学院和园区配套企业，开设航空航天复合材料成型工培训班，结业后推荐就业。
一、招生对象：18至40周岁，初中以上学历，身体健康。
二、培训内容：复合材料基础、铺层工艺、热压罐成型、无损检测基础和安全生产知识。
三、培训费用
班型　学时　费用
全日制班　240学时　4800元
周末班　200学时　4200元
四、就业推荐：考核合格颁发职业技能等级证书，优秀学员推荐到合作企业就业。
""",
    ),
    dict(
        slug="wiki-china-space-day-entry",
        site="知源百科 (invented)",
        style="百科问答",
        genre="百科",
        kind="wiki",
        form="html",
        source="https://www.zhiyuanbaike.com/wiki/中国航天日",
        title="中国航天日",
        record_title="中国航天日_知源百科",
        date=None,
        notes="encyclopaedia page: infobox rows as chrome meta, edit buttons, the entry's own dates are facts inside sentences (no document date), references and a last-edited relative time",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>中国航天日_知源百科</title></head>
<body>
<div class="hd">⟦m 知源百科⟧ ⟦a 登录⟧ ⟦a 创建词条⟧</div>
<h1>{T}</h1>
<div class="edit">⟦a 编辑词条⟧ ⟦a 添加义项⟧ ⟦a 收藏 213⟧</div>
<div class="infobox"><p>⟦m 中文名：中国航天日⟧</p><p>⟦m 设立机构：国务院⟧</p></div>
{BODY}
<div class="ref">⟦l 参考资料　[1] 国务院关于同意设立“中国航天日”的批复⟧</div>
<div class="stat">⟦m 浏览 8.2万次　最近更新：航小知　1个月前⟧</div>
</body></html>
""",
        body="""
中国航天日是经国务院批复同意设立的纪念日，时间为每年4月24日。
1970年4月24日，中国第一颗人造地球卫星“东方红一号”成功发射，标志着中国成为世界上第五个独立研制和发射人造地球卫星的国家。
2016年，国务院批复同意将每年4月24日设立为“中国航天日”。
设立中国航天日，旨在宣传中国和平利用外层空间的一贯宗旨，弘扬航天精神，激发全民族探索创新热情。
""",
    ),
    dict(
        slug="exam-aerospace-institute-recruitment",
        site="玳湾人事人才网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.dwrsrc.cn/zpgg/2024/1105/448.html",
        title="玳湾航天装备研究所2024年下半年公开招聘工作人员公告",
        record_title="玳湾航天装备研究所2024年下半年公开招聘工作人员公告",
        date="2024-11-05",
        notes="personnel site text page: exam-news nav, a position table, 面试 timetable, 下载报名表 as content, the institute's 咨询电话 beside the site's service line",
        page="""
!m 玳湾人事人才网　　人事考试 | 人才招聘 | 职称评审 | 成绩查询
!m 当前位置：首页 >> 招聘公告
{T}
!m 发布日期：2024-11-05　　浏览：3026
{BODY}
!l 相关公告：玳湾县事业单位2024年公开招聘面试成绩公示
!m 本网服务电话：0596-7301777　玳湾县人事人才服务中心
""",
        body="""
根据事业单位公开招聘有关规定，玳湾航天装备研究所面向社会公开招聘工作人员4名。现将有关事项公告如下。
一、招聘岗位
岗位　人数　学历要求
结构设计　2　硕士研究生及以上
试验检测　2　本科及以上
二、报名方式
应聘人员在本网站下载报名表，填写后发送至研究所人事处邮箱。
三、考核安排
采取结构化面试方式，面试时间定于2024年12月7日上午。
咨询电话：0596-7322519（研究所人事处）
玳湾航天装备研究所
2024年11月5日
""",
    ),
]

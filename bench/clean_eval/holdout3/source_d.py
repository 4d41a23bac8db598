"""Holdout3 cases, part D: universities, hospitals, education portals, enterprise intranets.

Held back (see ../README.md): written blind, from dev's sources and build.py only. Every
site, place, person, number and URL is invented; see ../build.py for the markup.
"""

CASES = [
    dict(
        slug="univ-jichuan-html-graduate-notice-prev-next",
        site="霁川理工大学研究生院 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://yjsy.jcut.edu.cn/info/1032/6618.htm",
        title="关于做好2025届研究生学位论文答辩工作的通知",
        record_title="关于做好2025届研究生学位论文答辩工作的通知-霁川理工大学研究生院",
        record_date="2025-03-18",
        date="2025-03-18",
        notes="university page: school header, click counter script text, previous/next items, address and postcode footer",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于做好2025届研究生学位论文答辩工作的通知-霁川理工大学研究生院</title></head>
<body>
<div class="logo">⟦m 霁川理工大学研究生院⟧ <span>⟦m Graduate School of Jichuan University of Technology⟧</span></div>
<div class="menu">⟦m 首页　机构设置　招生工作　培养工作　学位工作　下载中心⟧</div>
<div class="where">⟦m 当前位置: 首页 &gt;&gt; 通知公告 &gt;&gt; 正文⟧</div>
<h1>{T}</h1>
<div class="subtitle">⟦m 作者：学位办　　发布时间：2025-03-18　　点击数：⟧<script>_showDynClicks("wbnews", 1802, 6618)</script>⟦m 2745⟧</div>
<div class="v_news_content">
{BODY}
</div>
<div class="next">⟦l 上一条：2025年硕士研究生招生复试录取工作方案⟧<br>⟦l 下一条：关于开展研究生学术论坛申报工作的通知⟧</div>
<div class="foot">⟦m 地址：霁川市学府路66号　邮编：432009　电话：0718-2619003⟧<br>⟦d 版权所有 © 霁川理工大学研究生院⟧</div>
</body></html>
""",
        body="""
各培养单位：
根据《霁川理工大学学位授予工作细则》，现将2025届研究生学位论文答辩工作有关事项通知如下。
一、答辩资格审查
申请答辩的研究生须完成培养方案规定的全部课程学分，通过开题报告和中期考核，学位论文经导师审阅同意。各培养单位要于4月10日前完成答辩资格审查。
二、论文检测与评阅
学位论文全部进行学术不端行为检测，文字复制比超过15%的，不得提交评阅。博士学位论文全部实行双盲评阅，硕士学位论文按不低于30%的比例抽取双盲评阅。
三、答辩时间安排
硕士学位论文答辩原则上安排在5月6日至5月31日，博士学位论文答辩安排在5月6日至6月10日。各培养单位须提前3天在研究生管理系统中公布答辩时间、地点和答辩委员会组成。
四、工作要求
各培养单位要严格执行答辩程序，答辩委员会成员应具有相应专业背景，导师不得担任本人所指导研究生的答辩委员会主席。学位办将对答辩过程进行随机督查。
联系人：方老师，联系电话：0718-2619017。
""",
    ),
    dict(
        slug="univ-yuejiang-text-opening-speech-under-title",
        site="樾江师范学院新闻网 (invented)",
        style="高校官网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://news.yjnu.edu.cn/2024/0912/c1451a88120/page.htm",
        title="扣好人生第一粒扣子　书写青春奋斗新篇章——在2024级新生开学典礼上的讲话",
        title_also=["扣好人生第一粒扣子 书写青春奋斗新篇章——在2024级新生开学典礼上的讲话"],
        date="2024-09-10",
        date_also=["2024-09-12"],
        notes="university news site: speaker and bracketed date under the title; the 发布时间 line is two days later",
        page="""
!m 樾江师范学院新闻网
!m 首页 / 综合新闻 / 校园讲话
{T}
校长　郝明远
（2024年9月10日）
!m 发布时间：2024-09-12　　来源：党委宣传部　　摄影：许桐　　浏览次数：3518
{BODY}
!m 【责任编辑：段嘉宁】
!l 相关新闻：学校隆重举行2024级新生开学典礼 | 新生军训动员大会召开
!m 樾江师范学院党委宣传部主办　樾江市高新区师大路1号
""",
        indent="\u3000\u3000",
        gap=True,
        body="""
亲爱的2024级新同学们，老师们：
大家上午好！今天，我们在这里隆重举行2024级新生开学典礼，热烈欢迎来自全国26个省区市的5317名本科生和486名研究生加入樾江师范学院大家庭！
同学们，大学是人生的新起点。在这里，我想和大家分享三点希望。
第一，希望大家立大志、明大德。“志不立，天下无可成之事。”希望同学们把个人理想融入国家和民族的事业之中，从现在做起，扣好人生的第一粒扣子。
第二，希望大家勤学习、练本领。师范生肩负着培育未来的重任。希望大家珍惜时光，刻苦钻研专业知识，积极参加教育见习实习，练就过硬的教书育人本领。
第三，希望大家强体魄、健心灵。健康的身体和阳光的心态是一切的基础。希望大家积极参加体育锻炼和社团活动，学会与人相处，遇到困难时主动寻求老师和同学的帮助。
同学们，樾江师院已经走过了六十八年的办学历程。希望大家在这里读好书、做好人、成好才，用奋斗书写无悔的青春！
谢谢大家！
""",
    ),
    dict(
        slug="hospital-liaoyuan-html-rules-appointment-buttons",
        site="蓼原县第二人民医院 (invented)",
        style="医院官网",
        genre="制度",
        kind="other",
        form="html",
        source="https://www.lydeyy.com/yygl/zdjs/2024/0418/902.html",
        title="蓼原县第二人民医院医疗纠纷预防和处理制度",
        record_title="医疗纠纷预防和处理制度-蓼原县第二人民医院",
        date=None,
        notes="hospital site: appointment/report-query buttons, outpatient-hours sidebar, health hotline; record title is the short title plus the hospital; the page's h1 is the full title",
        title_also=["医疗纠纷预防和处理制度"],
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>医疗纠纷预防和处理制度-蓼原县第二人民医院</title></head>
<body>
<div class="top">⟦m 蓼原县第二人民医院⟧ <span>⟦m 二级甲等综合医院⟧</span></div>
<div class="btns"><a>⟦a 预约挂号⟧</a> <a>⟦a 报告查询⟧</a> <a>⟦a 智能导诊⟧</a></div>
<div class="crumb">⟦m 医院首页 ＞ 医院管理 ＞ 制度建设⟧</div>
<div class="main">
<h2>{T}</h2>
<p class="info">⟦m 信息来源：医务科　　阅读次数：611⟧</p>
{BODY}
</div>
<div class="side"><h4>⟦m 门诊时间⟧</h4><p>⟦m 上午 8:00—12:00　下午 14:30—17:30⟧</p><p>⟦m 急诊 24小时⟧</p>
<h4>⟦l 医院新闻⟧</h4><p>⟦l 我院开展“世界家庭医生日”义诊活动⟧</p></div>
<div class="footer">⟦m 健康热线：0736-7223120　地址：蓼原县城关镇人民路9号⟧<br>⟦d Copyright © 蓼原县第二人民医院 版权所有⟧</div>
</body></html>
""",
        body="""
第一条　为预防和妥善处理医疗纠纷，保护医患双方的合法权益，维护医疗秩序，根据《医疗纠纷预防和处理条例》等规定，结合本院实际，制定本制度。
第二条　医院设立医患关系办公室，负责医疗纠纷的受理、调查、协调和处理工作，并在门诊大厅公布医疗纠纷投诉方式和处理程序。
第三条　医务人员在诊疗活动中应当向患者说明病情和医疗措施。需要实施手术、特殊检查、特殊治疗的，应当及时向患者说明医疗风险、替代医疗方案等情况，并取得其书面同意。
第四条　发生医疗纠纷后，当事科室应当在1小时内向医患关系办公室报告，不得隐瞒。涉及重大医疗纠纷的，医务科应当在2小时内向分管院长报告。
第五条　发生医疗纠纷需要封存病历资料的，应当在医患双方在场的情况下进行，封存的病历资料可以是复制件，由医院保管。
第六条　医疗纠纷可以通过双方自愿协商、申请人民调解、申请行政调解或者依法提起诉讼等途径解决。医疗纠纷索赔金额在1万元以上的，不得由双方自行协商解决。
第七条　医院每季度对医疗纠纷案例进行分析讲评，对负有责任的科室和个人，按照有关规定予以处理，处理结果纳入绩效考核。
第八条　本制度自发布之日起施行，由医务科负责解释。
""",
    ),
    dict(
        slug="hospital-jichuan-text-nursing-summary-decorated",
        site="霁川市中心医院 (invented), text rendering",
        style="医院官网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.jczxyy.com/news/hlb/20250109_5521.html",
        title="护理部2024年度工作总结",
        record_title="【护理动态】护理部2024年度工作总结",
        date="2025-01-06",
        notes="decorated record title (a column tag in brackets); numbered list with figures; Arabic date under the signature",
        page="""
!m 霁川市中心医院　JICHUAN CENTRAL HOSPITAL
!m 首页 | 医院概况 | 科室导航 | 专家介绍 | 就医指南 | 护理园地
!m 护理园地 >> 护理动态
!t 【护理动态】护理部2024年度工作总结
!m 作者：护理部　　时间：2025-01-09
{BODY}
!a 转发到：朋友圈　微博　　〔打印〕
!w 门诊咨询：0718-2812345　　夜间急诊：0718-2812120
!m 霁川市中心医院 版权所有　鄂ICP备10027743号-3
""",
        date_also=["2025-01-09"],
        indent="\u3000\u3000",
        body="""
2024年，护理部在医院党委的领导下，以提升护理质量、保障患者安全为核心，扎实推进各项护理工作，圆满完成了年度目标任务。现总结如下：
一、护理质量持续改进
1．完善护理质量管理体系，修订护理核心制度18项、护理常规和技术操作规范46项。
2．全年开展护理质量督查48次，住院患者压力性损伤发生率0.08%，低于省级质控标准。
3．推行护理不良事件主动上报，全年上报不良事件127例，全部进行根因分析和持续改进。
二、优质护理内涵深化
全院42个护理单元全部开展责任制整体护理，出院患者电话回访率达到98.6%，患者满意度达到96.3%。开设伤口造口、糖尿病、静脉治疗等护理专科门诊5个，全年接诊3600余人次。
三、护理队伍建设加强
全院现有注册护士1186名，本科及以上学历占比提高到71.2%。选派32名护士到省级医院进修，培养专科护士56名；组织全院护理业务培训24期，理论和操作考核合格率100%。
四、存在问题及下一步计划
护理人力资源配置仍然紧张，夜班护士工作负荷较重；护理科研能力还比较薄弱。2025年，护理部将重点推进弹性排班、护理信息化建设和护理科研能力提升工作。
霁川市中心医院护理部
2025年1月6日
""",
    ),
    dict(
        slug="edu-zhiyang-text-plan-wrapped-record-date",
        site="芷阳县教育局 (invented), text rendering",
        style="教育门户",
        genre="方案",
        kind="plan",
        form="text",
        source="http://jyj.zhiyang.gov.cn/zwgk/ghjh/202402/t20240226_772.html",
        title="芷阳县2024年中小学生读书行动实施方案",
        record_date="2024-02-26",
        date="2024-02-26",
        notes="education bureau page hard-wrapped at 66 columns; numbered headings and a schedule inside the body",
        page="""
!m 芷阳县教育局
!m 芷阳教育信息网
!m 首页 > 政务公开 > 规划计划
{T}
!m 发布日期：2024-02-26　　浏览量：1108　　字号：【大 中 小】
{BODY}
!a 〔打印文章〕〔关闭〕〔回到顶部〕
!m 主办：芷阳县教育局　地址：芷阳县文昌路22号　电话：0745-6623501
""",
        wrap=66,
        indent="　　",
        body="""
为深入推进书香校园建设，培养学生良好的阅读习惯，提升学生综合素养，县教育局决定在全县中小学开展读书行动，特制定本方案。
一、活动目标
通过一年的读书行动，使全县中小学生每天课外阅读时间不少于30分钟，小学生年课外阅读量不少于100万字，初中生不少于150万字；每所学校建成一个开放式图书角，师生阅读氛围明显浓厚。
二、主要内容
（一）开展“每日一读”。各学校利用晨读、午读时间，组织学生阅读经典读物，倡导教师与学生同读一本书。
（二）开展“亲子共读”。通过家长会、家长学校等途径，引导家长每周陪伴孩子阅读不少于3次，评选“书香家庭”。
（三）开展“读书分享”。各班每月举办一次读书分享会，学校每学期举办一次读书节，县里组织中小学生演讲和征文比赛。
三、时间安排
3月为启动阶段，各学校制定具体方案；4月至11月为实施阶段；12月为总结阶段，县教育局组织评选表彰。
四、工作要求
各学校要把读书行动纳入学校工作计划，确保图书经费投入；县教育局将对各校读书行动开展情况进行督导检查，结果纳入学校年度考核。
""",
    ),
    dict(
        slug="edu-luting-html-bulletin-school-safety",
        site="鹭汀区教育局 (invented)",
        style="教育门户",
        genre="通报",
        kind="notice",
        form="html",
        source="https://jyj.luting.gov.cn/xwzx/tzgg/202411/t20241122_41187.html",
        title="关于2024年秋季学期校园安全专项检查情况的通报",
        record_date="2024-11-22",
        date="2024-11-22",
        date_also=["2024-11-20"],
        notes="education bureau HTML: side menu, quick links; a small table of problems by school inside the body",
        page="""
<html><head><meta charset="utf-8"><title>鹭汀区教育局</title></head>
<body>
<div class="head">⟦m 鹭汀区教育局⟧ <span>⟦m 办人民满意的教育⟧</span></div>
<div class="left"><ul><li>⟦m 教育要闻⟧</li><li>⟦m 通知公告⟧</li><li>⟦m 政策文件⟧</li></ul></div>
<div class="right">
<div class="path">⟦m 首页 &gt; 新闻中心 &gt; 通知公告⟧</div>
<h3>{T}</h3>
<div class="date">⟦m 发布时间：2024-11-22　　来源：安全科⟧</div>
{BODY}
</div>
<div class="links">⟦l 友情链接：省教育厅 | 市教育局 | 区人民政府⟧</div>
<div class="foot">⟦m 鹭汀区教育局版权所有　备案号：浙ICP备11047290号⟧</div>
</body></html>
""",
        body="""
各中小学校、幼儿园：
为切实保障师生生命安全，11月11日至15日，区教育局会同区消防救援大队、区市场监管局，对全区58所中小学校、幼儿园开展了秋季学期校园安全专项检查。现将检查情况通报如下。
一、总体情况
从检查情况看，各学校普遍重视安全工作，安全管理制度较为健全，“一键报警”装置和视频监控实现全覆盖，学校食堂全部落实“明厨亮灶”。检查共发现安全隐患43处，已整改完成31处。
二、存在的主要问题
部分学校消防器材过期未及时更换，个别学校疏散通道堆放杂物；少数幼儿园大型玩具存在松动、破损现象；个别学校食堂留样记录不规范。
问题较多的学校及隐患数量如下：
学校名称　隐患数（处）
区实验小学东校区　5
樾湖中学　4
阳光幼儿园　4
三、整改要求
各学校要对照问题清单逐项整改，于12月6日前将整改情况报区教育局安全科。对整改不到位的学校，区教育局将约谈学校主要负责人，并在年度考核中予以扣分。
鹭汀区教育局
2024年11月20日
""",
    ),
    dict(
        slug="oa-hengtong-html-minutes-intranet",
        site="恒通能源集团办公平台 (invented intranet)",
        style="企业内网",
        genre="纪要",
        kind="notice",
        form="html",
        source="http://oa.hengtong-energy.internal/doc/view?id=2024-HT-0711",
        title="集团公司2024年第7次总经理办公会议纪要",
        record_date="2024-07-19",
        date="2024-07-19",
        date_also=["2024-07-16"],
        notes="intranet document view: secrecy and readership fields, read counter, return/print/close buttons, attachments, watermark text",
        page="""
<html><head><meta charset="utf-8"><title>公文查看 - 恒通能源协同办公</title></head>
<body>
<div class="oa-top">⟦m 恒通能源集团协同办公平台⟧ ⟦m 欢迎您，唐晓阳（综合管理部）⟧ <a>⟦a 退出⟧</a></div>
<div class="oa-bar">⟦a 返回 | 打印 | 关闭 | 收藏 | 转发⟧</div>
<table class="fields">
<tr><td>⟦m 密级：内部⟧</td><td>⟦m 紧急程度：平件⟧</td></tr>
<tr><td>⟦m 拟稿部门：综合管理部⟧</td><td>⟦m 发布日期：2024-07-19⟧</td></tr>
</table>
<h2>{T}</h2>
{BODY}
<div class="att">⟦l 附件：无⟧</div>
<div class="readers">⟦m 已阅 128 人　未阅 17 人　阅读范围：集团领导、各部门、各子公司⟧</div>
<div class="wm">⟦d 内部资料　注意保密　严禁外传⟧</div>
</body></html>
""",
        body="""
2024年7月16日，集团公司总经理邵立群在总部三楼会议室主持召开2024年第7次总经理办公会议，研究了上半年生产经营、安全生产和重点项目建设等事项。现将会议议定事项纪要如下：
一、关于上半年生产经营情况
会议听取了财务部关于上半年经营情况的汇报。上半年集团实现营业收入46.8亿元，同比增长7.2%；利润总额3.1亿元，完成年度预算的52%。会议要求，各子公司要紧盯全年目标，加强成本管控，加快应收账款清收，确保全年任务完成。
二、关于安全生产工作
会议强调，当前正值主汛期和高温季节，各单位要严格落实安全生产责任制，重点抓好储运、电力设施和有限空间作业的安全管理，严禁违章指挥、违章作业。安全环保部要于7月底前组织一次安全生产大检查。
三、关于光伏发电项目建设
会议同意樾东分布式光伏发电项目追加投资1200万元，由新能源公司负责组织实施，确保年底前并网发电。
参加：邵立群、何永康、祁文涛、冉秀英
列席：财务部、安全环保部、新能源公司负责人
记录：唐晓阳
""",
    ),
    dict(
        slug="oa-jinfeng-text-rules-no-title-cn-date",
        site="金丰食品内网 (invented intranet), text export",
        style="企业内网",
        genre="制度",
        kind="other",
        form="text",
        source="http://intranet.jinfeng-food.internal/zhidu/0052",
        title="金丰食品有限公司员工考勤管理制度",
        record_title=None,
        date="2025-02-08",
        notes="intranet text export: no title in the record; clauses with short lines; Chinese-numeral date with the company signature",
        page="""
!m 金丰食品内网　制度中心
!m 文件编号：JF-HR-2025-003　　版本：A/2　　发布部门：人力资源部
{T}
{BODY}
!a 【我已阅读并知悉】　【下载PDF】　【返回列表】
!d 本文件为公司内部文件，未经许可不得复制或对外提供。
""",
        body="""
第一章　总则
第一条　为加强公司考勤管理，规范员工出勤行为，维护正常工作秩序，根据国家有关劳动法律法规，结合公司实际，制定本制度。
第二条　本制度适用于公司全体员工。
第二章　工作时间
第三条　公司实行每周五天工作制。行政人员工作时间为上午8:30至12:00，下午13:30至17:30；生产一线员工按车间排班执行。
第四条　员工上下班须通过人脸识别考勤机打卡，因公外出不能打卡的，须在当日通过办公系统提交外出登记。
第三章　请假
第五条　员工请假须提前通过办公系统提出申请。请假1天以内的由部门负责人审批；1天以上3天以内的由分管副总审批；3天以上的由总经理审批。
第六条　员工因病请假超过2天的，须提供二级以上医院出具的病假证明。
第四章　迟到、早退和旷工
第七条　员工迟到或早退30分钟以内的，每次扣款20元；超过30分钟的，按旷工半天处理。
第八条　连续旷工3天或一年内累计旷工5天的，公司可依法解除劳动合同。
第五章　附则
第九条　本制度由人力资源部负责解释，自发布之日起施行。
金丰食品有限公司
二〇二五年二月八日
""",
    ),
    dict(
        slug="hospital-yuejiang-text-contingency-plan-short-lines",
        site="樾江市妇幼保健院 (invented), text rendering",
        style="医院官网",
        genre="预案",
        kind="plan",
        form="text",
        source="http://www.yjfybjy.com/yygk/yjgl/1133.html",
        title="樾江市妇幼保健院停电应急预案",
        date=None,
        notes="hospital page: short role and step lines, extension numbers and phones inside the body; no date anywhere",
        page="""
!m 樾江市妇幼保健院
!m 网站首页　医院概况　新闻动态　就医指南　健康科普　党建园地
!m 您所在的位置：首页 › 医院概况 › 应急管理
{T}
!m 作者：总务科　　浏览：402次
{BODY}
!l 上一篇：樾江市妇幼保健院消防安全应急预案
!l 下一篇：新生儿抢救应急预案
!a 关注官方微信，线上预约更方便
!m 樾江市妇幼保健院　地址：樾江市妇幼路1号　预约电话：0713-8890066
""",
        indent="\u3000\u3000",
        body="""
为有效应对医院突发停电事件，确保医疗安全和患者生命安全，特制定本预案。
一、组织机构
组长：分管后勤副院长
副组长：总务科科长、医务科科长
成员：电工班、各临床科室护士长
二、应急处置流程
1．发生停电后，当班电工须在5分钟内到达配电室，查明停电原因，并立即启动备用发电机组。
2．手术室、产房、新生儿重症监护室等重点科室由不间断电源供电，科室应立即检查抢救设备运行情况。
3．病区护士立即巡视病房，安抚患者情绪，对使用呼吸机、输液泵等设备的患者重点观察，必要时改为手动操作。
4．预计停电超过30分钟的，总务科应立即报告分管院长，并联系供电部门抢修。
三、联系方式
总务科值班：内线8021
电工班值班：内线8025，手机13707132260
医院总值班：0713-8890120
四、善后工作
恢复供电后，各科室应检查仪器设备运行情况，做好停电期间的护理记录；总务科应分析停电原因，形成书面报告，提出改进措施。
""",
    ),
]

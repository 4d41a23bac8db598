"""Holdout9, part B: institutions — a university's graduate-admission notice, a primary
school's letter to parents, a hospital's Party committee, a state-owned bank branch's
Party-building page, a power-supply company's intranet, an agricultural-technology station,
a middle school's host script and a county vocational school. Written blind; everything
invented."""

CASES = [
    dict(
        slug="university-lanshan-graduate-admission-html",
        site="岚山理工大学研究生院 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://yjsy.lanshan-tech.example.edu.cn/zsgz/2025/1009/c3312a77201/page.htm",
        title="岚山理工大学2026年硕士研究生招生考试网上报名公告",
        record_date="2025-10-09",
        date="2025-10-09",
        notes="HTML: the record gives the plain title; decimal headings 1.1 1.2 and the school's own admission phone/e-mail stay; a sentence telling candidates to 下载 and 打印 the admission ticket stays; the site's print/close and visit counter are chrome",
        page="""
<html><head><meta charset="utf-8"><title>岚山理工大学2026年硕士研究生招生考试网上报名公告 - 招生工作 - 研究生院</title></head><body>
<div class="logo">⟦m 岚山理工大学研究生院　Graduate School⟧</div>
<div class="menu">⟦m 首页　学院概况　招生工作　培养管理　学位工作　导师队伍⟧</div>
<div class="path">⟦m 当前位置：首页 &gt; 招生工作 &gt; 硕士招生⟧</div>
<h1 class="arti_title">{T}</h1>
<p class="arti_metas">⟦m 发布者：研招办　发布时间：2025-10-09　浏览次数：26518⟧</p>
<div class="wp_articlecontent">
{BODY}
</div>
<div class="print">⟦a 【打印本页】⟧ ⟦a 【关闭窗口】⟧</div>
<div class="foot">⟦m 地址：岚山市学府路88号　邮编：410782⟧ ⟦d 版权所有 © 岚山理工大学研究生院⟧</div>
</body></html>
""",
        body="""
根据教育部2026年全国硕士研究生招生工作管理规定，现将我校2026年硕士研究生招生考试网上报名有关事项公告如下。
1 报名时间和方式
1.1 网上报名时间为2025年10月15日至10月28日，每天9:00至22:00，逾期不再补报。
1.2 考生须登录中国研究生招生信息网进行网上报名，报考点按考生所在地选择。
2 网上确认
2.1 网上确认时间为2025年11月1日至11月5日，考生须按报考点要求上传本人身份证、学历证书等材料。
2.2 未按规定时间完成网上确认的，视为放弃报名。
3 准考证
考生须于2025年12月15日至12月22日登录报名网站下载并打印准考证，凭准考证和居民身份证参加考试。
4 咨询方式
岚山理工大学研究生招生办公室　电话：0731-8847 6021　电子邮箱：yzb@lanshan-tech.example.edu.cn
""",
    ),
    dict(
        slug="primary-songxi-parents-letter-tear-off",
        site="松溪镇中心小学 (invented)",
        style="教育门户",
        genre="家长信",
        kind="letter",
        form="text",
        source="http://www.songxizx.example.com/news/jxhd/2025-06-27/418.html",
        title="2025年暑假致家长的一封信",
        record_title="2025年暑假致家长的一封信（附回执）",
        date="2025-06-27",
        notes="a primary school's letter: decorated record title （附回执）; the letter's own tear-off receipt lines (家长签名, 班级) and the class-teacher hotline stay; the school site's 家校互动 column and a visits line are chrome; the date under the signature",
        gap=True,
        page="""
!m 松溪镇中心小学　|　家校互动
!m 作者：政教处　　时间：2025-06-27　　访问量：1209
{T}
{BODY}
!a 〔收藏〕〔分享〕〔打印〕
!l 往期家长信：2025年“五一”假期安全提醒｜寒假致家长的一封信
!m 松溪镇中心小学　校址：松溪镇育才路3号
""",
        body="""
尊敬的家长朋友：
您好！2025年暑假将于7月5日开始，8月31日报名，9月1日正式上课。为让孩子度过一个安全、充实、快乐的假期，请您配合学校做好以下几点。
一、防溺水。教育孩子做到“六不”，不私自下水游泳，不擅自与他人结伴游泳，不到无安全设施、无救援人员的水域游泳。
二、交通安全。不满12周岁的孩子不得骑自行车上路，不满16周岁的孩子不得驾驶电动自行车。
三、合理安排作息。每天坚持阅读半小时、运动一小时，控制使用手机和电子产品的时间。
四、关注心理健康。多陪伴、多倾听，发现孩子情绪异常要及时沟通，必要时联系班主任。
假期值班电话：0745-6601235
松溪镇中心小学
2025年6月27日
——————回执——————
我已收到《2025年暑假致家长的一封信》，将认真履行监护责任。
学生姓名：＿＿＿　班级：＿＿＿　家长签名：＿＿＿
""",
    ),
    dict(
        slug="hospital-party-qinghu-speech-lecture",
        site="清湖市第二人民医院党委 (invented)",
        style="医院官网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.qhey.example.com/dangjian/djdt/2025/0701/2250.html",
        title="在医院庆祝建党104周年暨“两优一先”表彰大会上的讲话",
        record_title=None,
        date="2025-06-30",
        notes="no record title; a hospital Party committee page: the hospital's 挂号 and 院长信箱 buttons at the top, a speaker line and a date line under the title (neutral), an 'appointment' prompt glued to a body line's start, patient hotline at the bottom",
        indent="\u3000\u3000",
        page="""
!a 预约挂号　｜　检查报告查询　｜　院长信箱
!m 清湖市第二人民医院　党建园地
!m 党建园地 >> 党建动态
{T}
院党委书记　欧阳青
（2025年6月30日）
{BODY}
!m 编辑：党委办公室　审核：杜晓雯
!w 24小时服务热线：0734-2281120
!l 医院要闻　|　党风廉政　|　医德医风
""",
        body="""
同志们：
在中国共产党成立104周年之际，我们在这里隆重集会，表彰一批优秀共产党员、优秀党务工作者和先进基层党组织。在此，我代表院党委，向受到表彰的先进集体和个人表示热烈的祝贺！
过去一年，院党委坚持党建引领业务发展，把支部建在科室上，全院28个党支部书记全部由科室骨干担任，“双带头人”培育覆盖率达到百分之百。
⟦a 手机扫码预约专家门诊⟧全院党员在急危重症救治、对口支援和健康义诊中冲锋在前，涌现出一批群众认可的好医生、好护士。
我们也要看到，少数党员宗旨意识淡化，个别科室医德医风问题仍有发生，必须引起高度重视。
希望全院党员以先进为镜，坚守人民至上、生命至上，在推动医院高质量发展中当先锋、作表率。
同志们，让我们更加紧密地团结起来，为建设人民满意的现代化医院而努力奋斗！
""",
    ),
    dict(
        slug="bank-branch-party-insight-jianghui",
        site="江汇银行沅北支行党建园地 (invented)",
        style="党建网",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.jianghuibank.example.com.cn/djyd/ywfc/2025/0611/77.html",
        title="学习贯彻中央八项规定精神心得体会",
        record_title="学习贯彻中央八项规定精神心得体会——沅北支行 柯雨桐",
        date="2025-06-11",
        notes="a state-owned bank branch's Party-building page: decorated record title ——branch name; bank chrome (个人网银登录, 客服热线 95xxx, 风险提示) around the insight; a 'fraud warning' notice glued after a body sentence",
        page="""
!a 个人网银登录　企业网银登录　手机银行下载
!m 江汇银行 · 党建园地 · 学习园地
!t 学习贯彻中央八项规定精神心得体会
!m 沅北支行　柯雨桐　｜　2025-06-11
{BODY}
!d 风险提示：理财非存款，产品有风险，投资须谨慎。
!w 客服热线 95582（江汇银行）
!l 学习园地往期：“学条例、守纪律”专题党课综述
""",
        body="""
按照总行党委部署，支行党支部组织开展了深入贯彻中央八项规定精神学习教育。通过集中学习、警示教育和个人自学，我对作风建设有了更深的认识。
一是深刻认识到作风建设永远在路上。八项规定出台十多年来，党风政风焕然一新，但“四风”问题树倒根存，稍有松懈就可能反弹回潮。
二是深刻认识到金融系统更要严守纪律。银行工作天天与钱打交道，面对的诱惑多，更要把纪律规矩挺在前面。⟦d 谨防电信诈骗，任何要求转账至“安全账户”的都是诈骗！⟧作为一名客户经理，我将坚决做到不收客户礼品礼金，不接受可能影响公正执行公务的宴请。
三是深刻认识到要从小事小节做起。通过观看警示教育片，我看到一些人就是从一顿饭、一张卡开始滑向深渊的，这让我深受震动。
今后，我将把学习成果转化为做好本职工作的实际行动，以清廉作风服务好每一位客户，为支行高质量发展贡献力量。
""",
    ),
    dict(
        slug="power-supply-duty-report-intranet",
        site="槐川供电公司内网 (invented)",
        style="企业内网",
        genre="述职报告",
        kind="report",
        form="text",
        source="http://oa.hcgd.example.local/portal/zhbg/2025/0110/3021",
        title="2024年度安全质量部主任述职报告",
        record_title="2024年度安全质量部主任述职报告.docx",
        date="2025-01-08",
        notes="a power company's intranet portal: file-name record title; the portal's login user, attachment download line and a 'read receipt' row; the report's own table of figures and 1. 2. 3. list stay; the date under the signature",
        indent="    ",
        page="""
!m 槐川供电公司综合门户　欢迎您：zhangl_aq
!m 综合办公 > 述职报告 > 中层干部
!t 2024年度安全质量部主任述职报告.docx
!a 附件下载（1）　在线预览　转发
{BODY}
!l 已读 213 人　未读 18 人　查看阅读情况
!d 内部资料，严禁外传；涉密信息请通过专网传输。
""",
        body="""
2024年，我在公司党委的领导下，主持安全质量部全面工作，现将一年来的履职情况报告如下。
一、主要工作
1.压实安全责任。修订全员安全生产责任清单，签订责任书386份，实现横向到边、纵向到底。
2.强化现场管控。全年开展作业现场督查412次，查处违章56起，同比下降21%。
3.推进隐患治理。排查整治配网设备隐患1290处，完成老旧线路改造47公里。
主要指标完成情况如下：
指标　目标值　完成值
人身伤亡事故　0起　0起
七级及以上电网事件　0起　0起
供电可靠率　99.86%　99.91%
二、存在的不足
外包队伍管理还有薄弱环节，部分班组安全活动流于形式。
三、下一步打算
2025年，我将重点抓好反违章、外包队伍管控和安全文化建设，确保公司安全局面持续稳定。
述职人：张林
2025年1月8日
""",
    ),
    dict(
        slug="agritech-fengdu-research-report-wrapped",
        site="枫渡镇农业综合服务中心 (invented)",
        style="政府门户",
        genre="调研报告",
        kind="report",
        form="text",
        source="http://www.fengdu.example.gov.cn/nyfw/dyyj/2025/0903/64.html",
        title="关于枫渡镇稻虾综合种养产业发展情况的调研报告",
        record_title="关于枫渡镇稻虾综合种养产业发展情况的调研报告",
        record_date="2025-09-03",
        date="2025-09-03",
        notes="hard-wrapped at 76 columns with a half-width indent; breadcrumb and author line above; a 'tech hotline' box between two paragraphs and the report's own survey figures; a long body",
        wrap=76,
        indent="    ",
        page="""
!m 枫渡镇人民政府 > 农业服务 > 调研研究
{T}
!m 撰稿：镇农业综合服务中心　彭国梁　　审核：镇党委副书记　汪琳
{BODY}
!a 下载附件　｜　打印　｜　关闭
!l 同栏目：枫渡镇2025年早稻测产情况通报
""",
        body="""
稻虾综合种养是我镇近年来重点培育的特色产业。为摸清产业发展现状，找准存在问题，镇农业综合服务中心于2025年8月组织人员深入全镇11个村、34个经营主体开展了专题调研。现将有关情况报告如下。
一、产业发展基本情况
截至2025年8月底，全镇稻虾综合种养面积达到1.86万亩，比2022年增加0.72万亩；共有家庭农场、合作社等经营主体58家，带动农户1300余户。2024年全镇小龙虾产量2050吨，优质稻产量9300吨，综合产值1.42亿元，亩均纯收入2600元左右，是单季稻种植的三倍以上。
二、主要做法
一是统一规划布局。镇里按照“集中连片、水源充足、排灌方便”的原则，在鲤塘、沙湾、高桥三个村规划建设了稻虾产业核心区。二是强化技术服务。聘请省水产科学研究所专家担任技术顾问，每年举办培训班六期以上，培训种养户八百余人次。三是培育区域品牌。注册“枫渡稻虾”集体商标，产品进入省会城市的商超和餐饮企业。
⟦w 农技服务热线：0744-6381996（工作日）⟧
三、存在的主要问题
一是种苗依赖外购。全镇没有规模化虾苗繁育基地，每年外购虾苗费用超过六百万元，且质量参差不齐。二是产业链条较短。精深加工企业只有一家，产品以鲜活销售为主，价格受市场波动影响大。三是部分田块改造不规范。个别农户环沟开挖面积超过百分之十，存在“重虾轻稻”倾向。
四、对策建议
建议加快建设虾苗繁育基地，引进一家以上加工龙头企业，严格落实稻田改造技术规范，确保“稳粮增收”两不误。
""",
    ),
    dict(
        slug="school-yaobu-host-script-oneline",
        site="瑶埠中学校园网 (invented)",
        style="教育门户",
        genre="主持词",
        kind="speech",
        form="text",
        source="http://www.ybzx.example.cn/xyhd/2025/0910/991.html",
        title="瑶埠中学2025年教师节表彰大会主持词",
        record_title=None,
        date=None,
        notes="no record title, no date; the whole host script on one line, paragraphs separated only by their indent; the title glued before it; a copy-limit prompt glued after it",
        oneline=True,
        indent="\u3000\u3000",
        page="""
!m 瑶埠中学校园网　校园活动
{T}{BODY}⟦a 复制内容请先登录校园网账号⟧
!l 相关活动：开学典礼主持词　|　秋季运动会开幕式主持词
""",
        body="""
尊敬的各位领导、老师们：
金秋九月，硕果飘香。在第四十一个教师节到来之际，我们在这里隆重集会，表彰过去一学年涌现出的优秀教师和先进教育工作者。我宣布，瑶埠中学2025年教师节表彰大会现在开始！
大会进行第一项：请全体起立，奏唱国歌。
大会进行第二项：请教务处肖主任宣读表彰决定。
大会进行第三项：请受表彰的老师上台领奖，请校领导为他们颁奖。
大会进行第四项：请优秀教师代表梅晓晴老师发言。
大会进行第五项：请校长罗建华同志讲话。
老师们，教育是一项需要耐心和爱心的事业。让我们向受到表彰的老师学习，立足岗位，潜心育人。我宣布，表彰大会到此结束！
""",
    ),
    dict(
        slug="vocational-tangyin-plan-html-pages",
        site="棠阴县职业中专学校 (invented)",
        style="教育门户",
        genre="方案",
        kind="plan",
        form="html",
        source="https://www.tyzz.example.cn/jxgl/2025/0301/550.html",
        title="棠阴县职业中专学校2025年春季技能大赛实施方案",
        record_title="棠阴县职业中专学校2025年春季技能大赛实施方案.pdf",
        date="2025-02-28",
        notes="HTML: file-name record title; the page shows a PDF converted to paragraphs with 〖N〗 page-marker paragraphs between cut halves; the plan's 比赛时间/地点 lines and its contact person stay; date under the signature",
        p_html='<p class="pdf-line">{}</p>',
        pages=dict(fmt="〖{n}〗", every=170, start=2),
        page="""
<html><head><meta charset="utf-8"><title>棠阴县职业中专学校2025年春季技能大赛实施方案.pdf</title></head><body>
<div class="h">⟦m 棠阴县职业中专学校⟧ ⟦m 教学管理⟧</div>
<div class="viewer-bar">⟦a 下载原文件⟧ ⟦a 全屏查看⟧ ⟦m 共3页⟧</div>
<div class="pdf">
{BODY}
</div>
<div class="f">⟦m 技术支持：棠阴县教育信息中心⟧</div>
</body></html>
""",
        body="""
为进一步深化产教融合，以赛促教、以赛促学，提升学生专业技能水平，经学校研究，决定举办2025年春季技能大赛，特制定本方案。
一、比赛时间和地点
时间：2025年4月16日至4月18日
地点：学校实训楼、汽修实训中心
二、比赛项目
设电子商务运营、汽车维修、中式烹饪、计算机网络、幼儿保育五个项目，每个项目设一、二、三等奖。
三、参赛对象
全校一、二年级在籍学生，每班每个项目推荐选手不超过三名。
四、工作要求
各专业部要高度重视，认真组织选拔，确保比赛公平公正；实训处做好场地和设备保障，后勤处做好安全和餐饮保障。
联系人：教务处　蒋文涛　电话：13807452216
棠阴县职业中专学校
2025年2月28日
""",
    ),
]

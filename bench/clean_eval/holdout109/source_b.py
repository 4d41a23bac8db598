"""holdout109, part B. Invented text, sites, places and people; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="blog-leida-html-speech-radar-station-anniversary",
        site="老波束的自留地 (invented blog)",
        style="博客",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://laoboshu.blog.cn/archives/2024/10/radar-30.html",
        title="在碑岭天气雷达站建站三十周年座谈会上的发言",
        record_title="在碑岭天气雷达站建站三十周年座谈会上的发言 | 老波束的自留地",
        date="2024-10-15",
        notes="blog template with tag cloud and archive; date under the speech title; speaker line neutral; post time differs",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>在碑岭天气雷达站建站三十周年座谈会上的发言 | 老波束的自留地</title></head><body>
<header><h2 class="blogname">⟦m 老波束的自留地⟧</h2><p class="desc">⟦m 一个退休雷达机务员的絮叨⟧</p>
<nav>⟦m 首页　旧文　照片　留言板⟧</nav></header>
<main><article>
<h1 class="entry-title">{T}</h1>
<div class="entry-meta">⟦m 老波束 · 2024-10-19 · 阅读 214⟧</div>
<p class="center">（2024年10月15日）</p>
<p class="center">原机务组长　杜守岩</p>
<div class="entry-content">
{BODY}
</div>
<div class="entry-footer">⟦l 标签：雷达 / 气象 / 回忆⟧</div>
<div class="post-nav">⟦l ‹ 那年山上停电的七天⟧　⟦l 给新来的机务员写封信 ›⟧</div>
<div id="comments">⟦l 3 条评论　写下你的评论…⟧</div>
</article></main>
<aside><h3>⟦l 标签云⟧</h3><p>⟦l 雷达(21) 山居(9) 旧照片(14) 读书(6)⟧</p><h3>⟦l 存档⟧</h3><p>⟦l 2024年10月 (4)　2024年9月 (2)⟧</p></aside>
<footer>⟦m © 老波束的自留地 · 由 Typecho 驱动⟧</footer>
</body></html>
""",
        body="""
各位领导、各位老同事：
三十年前，我们一行七个人背着仪器箱上老鹰岭的时候，山上还没有通公路，雷达天线罩是用骡子一段一段驮上去的。今天站在这里，看到新一代双偏振雷达在山顶运转，心里很是感慨。
那时候守站，最怕的是停电和雷击。一停电，就得轮流守着柴油机；一打雷，就得冒雨上楼检查避雷装置。大家住在山上，一个月下山一次，吃的菜都靠自己种。
这三十年，雷达站为全县防汛抗旱、人工影响天气提供了大量实时资料。我记得最清楚的是2008年那次冰雹过程，雷达提前四十分钟发现回波，县里及时组织了防雹作业，保住了几千亩烤烟。
我已经退休八年了，但每次看到天气预报，总会想起山上的那些日子。希望年轻的同志们把老传统传下去，守好这座山、这部雷达。
谢谢大家！
""",
    ),
    dict(
        slug="wechat-anxin-text-initiative-insurance-agents-follow",
        site="安信保代人 公众号镜像 (invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://wxmirror.cc/s/axbdr_20250301_a1",
        title="关于规范保险代理人展业行为的倡议书",
        record_title="倡议｜关于规范保险代理人展业行为的倡议书",
        date="2025-03-01",
        notes="WeChat mirror with account line, follow prompt, 在看/点赞 bar; document date under the signature; the document's own 扫码 sentence kept",
        page="""
!t 倡议｜关于规范保险代理人展业行为的倡议书
!m 原创　安信保代人　安信保险代理　2025年03月02日 08:00　浙江
!w 点击上方蓝字，关注我们 ▲
{BODY}
!l — END —
!a 喜欢就点个“在看”吧　　分享　收藏　点赞
!w 长按二维码识别关注 · 安信保代人
!d 本文图片来源网络，如有侵权联系后台删除
!l 往期回顾：
!l 新规解读 | 个人养老金你了解多少
""",
        gap=True,
        body="""
全体代理人伙伴们：
近年来，个别代理人存在夸大收益、隐瞒免责条款、诱导退保等不当行为，既损害了消费者权益，也影响了行业形象。为此，公司向全体代理人发出如下倡议：
一、如实告知。向客户介绍产品时，如实说明保险责任、责任免除、犹豫期和退保损失，不夸大、不误导。
二、规范展业。坚持持证上岗，在展业时主动出示执业证件，不得使用未经审核的宣传材料。
三、保护信息。妥善保管客户资料，不得泄露、买卖客户个人信息。
四、诚信服务。客户可扫码查询代理人执业登记信息，请大家主动引导客户核验。
让我们从自身做起，做客户信得过的保险代理人！
安信保险代理有限公司
2025年3月1日
""",
    ),
    dict(
        slug="wechat-kareze-html-plan-volunteer-desilting",
        site="坎井之源 公众号镜像 (invented)",
        style="公众号镜像",
        genre="方案",
        kind="plan",
        form="html",
        source="https://mp.wxread.top/article/kjzy/20250405/volunteer.html",
        title="2025年“护水脉·清坎井”志愿服务活动方案",
        record_title=None,
        date="2025-04-05",
        notes="WeChat-style mirror page, no record title; account date in the header; a 阅读原文 link and reward box after the text; the document's own 联系人 and 关注 sentence kept",
        page="""
<!doctype html><html><head><meta charset="utf-8"><title>2025年“护水脉·清坎井”志愿服务活动方案</title></head><body>
<div class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta_list">⟦m 坎井之源　2025-04-05 19:30 发表于新疆⟧</div>
<div class="rich_media_content">
{BODY}
</div>
<div class="read-more">⟦l 阅读原文⟧</div>
<div class="reward">⟦a 喜欢作者　赞赏⟧</div>
<div class="tool">⟦a 分享　收藏　赞　在看⟧</div>
</div>
<div class="mirror-foot">⟦d 本页为公开文章镜像，仅供存档阅读⟧　⟦m wxread.top⟧</div>
</body></html>
""",
        body="""
为动员社会力量参与坎儿井保护，县团委、县水利局、县坎儿井管护站联合开展“护水脉·清坎井”志愿服务活动，现将方案公布如下。
一、活动时间
2025年4月至10月，每月第二个周六。
二、活动内容
（一）清理龙口和明渠段淤泥、杂物，配合管护员开展竖井口安全围护。
（二）在坎儿井景区开展保护知识讲解，发放宣传手册。
（三）为沿线农户讲解节约用水和机井限采政策。
三、报名方式
年满18周岁、身体健康的市民均可报名，每期限额40人。请关注本公众号并在菜单栏“志愿报名”中填写信息。
四、注意事项
暗渠内作业一律由专业管护员完成，志愿者不得擅自下井。
联系人：县团委　古丽娜，电话：0995-6213308。
""",
    ),
    dict(
        slug="docshare-yunjuan-text-drill-anthrax-docx-markers",
        site="云卷资料 (invented)",
        style="文档分享",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.yunjuan.net/doc/5521904.html",
        title="砺原县炭疽疫情处置应急演练方案",
        record_title="砺原县炭疽疫情处置应急演练方案.docx",
        date="2025-07-10",
        notes="file-name record title; page markers ꙳n꙳ on lines of their own cutting sentences; a table one row a paragraph; date under the signature",
        page="""
!m 云卷资料｜专业文档分享平台
!t 砺原县炭疽疫情处置应急演练方案.docx
!m 格式：DOCX　　页数：5　　上传时间：3小时前　　浏览：93
!a 免费预览3页　　￥4.00 下载完整版
{BODY}
!a 预览已结束，剩余2页可下载查看
!d 该文档为用户上传，版权归原作者所有，平台不对内容的准确性负责。
!l 你可能喜欢：畜间布病防控方案 | 突发公共卫生事件应急预案
""",
        pages=dict(fmt="꙳{n}꙳", every=230, start=2, glue=False),
        body="""
为检验我县炭疽疫情应急处置能力，提高卫生健康、农业农村、市场监管等部门协同作战水平，定于2025年7月下旬开展炭疽疫情处置应急演练，特制定本方案。
一、演练情景
某乡镇一养殖户家中牛只突然死亡，户主私自剥皮后出现皮肤溃疡，乡镇卫生院报告疑似皮肤炭疽病例。
二、演练科目
科目　　牵头单位　　时长
病例报告与流调　　县疾控中心　　30分钟
疫点封锁与消毒　　县农业农村局　　40分钟
病死畜无害化处理　　县动物疫病预防控制中心　　30分钟
三、参演人员
县疾控中心应急队、县动物疫病预防控制中心、涉事乡镇卫生院和兽医站人员共60人。
四、工作要求
各参演单位要高度重视，按照实战要求准备防护装备和消杀物资，演练结束后5个工作日内提交书面总结。
砺原县卫生健康局
2025年7月10日
""",
    ),
    dict(
        slug="docshare-fenxiang-html-speech-test-examiners",
        site="分享吧文档 (invented)",
        style="文档分享",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://www.fenxiang8.com/d/20250111/vid33801.html",
        title="在全市驾驶人考试考务人员培训班开班式上的讲话",
        record_title="在全市驾驶人考试考务人员培训班开班式上的讲话 - 分享吧文档",
        date="2025-01-11",
        notes="document-sharing reader; date under the speech title; speaker line neutral; download and report buttons, related files",
        page="""
<!doctype html><html><head><meta charset="utf-8"><title>在全市驾驶人考试考务人员培训班开班式上的讲话 - 分享吧文档</title></head><body>
<div class="hd">⟦m 分享吧文档⟧　⟦a 上传文档　我的空间　登录⟧</div>
<div class="bread">⟦m 首页 » 党政公文 » 讲话致辞⟧</div>
<div class="main">
<h1>{T}</h1>
<div class="info">⟦m 贡献者：车管小吴　|　共3页　|　1.2万次阅读⟧</div>
<p class="c">（2025年1月11日）</p>
<p class="c">市公安局交警支队副支队长　林景行</p>
<div class="doc-body">
{BODY}
</div>
<div class="btns">⟦a ⬇ 下载此文档　♡ 收藏　⚑ 举报⟧</div>
</div>
<div class="side"><b>⟦l 相关文档⟧</b><ul><li>⟦l 驾驶人考试工作总结.doc⟧</li><li>⟦l 考场安全员岗位职责.docx⟧</li></ul></div>
<div class="ft">⟦d 如有侵犯您权益的内容请联系我们，我们将在24小时内处理⟧　⟦m 鄂ICP备19020217号⟧</div>
</body></html>
""",
        body="""
同志们：
今天，我们在这里举办全市驾驶人考试考务人员培训班，目的是进一步提升考试员、安全员的业务能力和纪律意识，确保考试公平公正。
驾驶人考试是道路交通安全的第一道关口。去年，全市共组织各科目考试31.6万人次，考试合格率保持在合理区间，未发生考试舞弊事件。但也要看到，个别考场存在考试员评判不规范、安全员提示不到位等问题。
这次培训为期五天，既有法规标准的系统讲授，也有评判系统的实操训练，还安排了案例警示教育。希望大家珍惜机会，认真学习，培训结束后统一进行考核，考核不合格的不得上岗。
最后，我再强调一点：考试工作没有小事，任何一次违规评判都可能把一名不合格的驾驶人放上道路。请大家时刻绷紧纪律这根弦。
祝培训班圆满成功！
""",
    ),
    dict(
        slug="edu-shiyuan-html-notice-student-breakfast",
        site="砺原县教育体育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.liyuan.gov.cn/tzgg/202502/t20250217_9902.html",
        title="砺原县教育体育局关于做好2025年春季学期学生营养早餐供应工作的通知",
        record_date="2025-02-17",
        date="2025-02-17",
        notes="education portal; record gives the date; a data table one row a paragraph; the document's 联系人 beside the portal's contact footer; 抄送",
        page="""
<html><head><meta charset="utf-8"><title>通知公告 - 砺原县教育体育局</title></head><body>
<div class="banner">⟦m 砺原县教育体育局⟧<span>⟦m 立德树人　办人民满意的教育⟧</span></div>
<div class="nav">⟦m 首页 机构概况 教育动态 通知公告 招生考试 政策法规 校园安全⟧</div>
<div class="pos">⟦m 首页 >> 通知公告 >> 正文⟧</div>
<h2>{T}</h2>
<div class="att">⟦m 作者：学生资助与营养办　时间：2025-02-17　点击：688⟧</div>
<div class="con">
{BODY}
</div>
<div class="cls">⟦a [打印文章] [关闭窗口]⟧</div>
<div class="foot">⟦m 联系我们：0766-5120088　地址：砺原县学府路12号⟧　⟦m 粤ICP备11042931号⟧</div>
</body></html>
""",
        body="""
各乡镇中心学校，县直各学校：
为进一步改善农村学生营养状况，保证学生吃好早餐，现就2025年春季学期学生营养早餐供应工作通知如下。
一、供应范围和标准
全县义务教育阶段农村学校学生，每生每天补助早餐费5元，供应“一蛋一奶一主食”。
二、各学段供餐安排
学段　　供餐时间　　供餐方式
小学　　7:20—7:50　　食堂统一供餐
初中　　6:50—7:20　　食堂统一供餐
三、工作要求
各学校要严格执行食品原料集中采购和校长陪餐制度，每日公示早餐食谱，确保食品安全。严禁以早餐费名义向学生收取任何费用。
四、联系人
县教体局学生资助与营养办　温若兰，电话：0766-5120317。
抄送：县市场监督管理局，县卫生健康局。
砺原县教育体育局
2025年2月17日
""",
    ),
    dict(
        slug="edu-weixiao-text-plan-midwifery-internship",
        site="磡田卫生学校官网 (invented), text rendering",
        style="教育门户",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.kantianwx.edu.cn/jwc/2025/0303/1217.html",
        title="磡田卫生学校2025届助产专业毕业实习工作方案",
        record_title="磡田卫生学校2025届助产专业毕业实习工作方案-教务处-磡田卫生学校",
        date="2025-03-03",
        notes="school site as text; decorated record title; a decimal-heading plan; the school's own 联系电话 and 扫码 sentence kept; footer chrome",
        page="""
!m 磡田卫生学校　KANTIAN HEALTH SCHOOL
!m 学校首页 / 教务处 / 教学管理
{T}
!m 文：教务处　｜　时间：2025年03月03日　｜　浏览：517次
!a 小字　中字　大字　｜　打印
{BODY}
!l 附件下载：实习鉴定表.doc
!m 磡田卫生学校 版权所有　地址：磡田县杏林路9号　招生热线：0768-3391100
""",
        body="""
为做好2025届助产专业学生毕业实习工作，保证实习质量，结合我校实际，制定本方案。
1 实习安排
1.1 实习时间：2025年3月10日至2026年1月10日，共44周。
1.2 实习单位：县妇幼保健院、县人民医院等6家教学医院。
1.3 轮转科室：产房16周，产科病房12周，妇科8周，新生儿科8周。
2 实习管理
2.1 学校为每个实习点配备带队教师，每月到实习点巡查不少于一次。
2.2 学生实习期间须遵守医院规章制度，未经带教老师同意不得独立接生。
2.3 学生每周须扫码登录实习管理平台填写实习日志。
3 联系方式
教务处实习办联系电话：0768-3391126。
""",
    ),
    dict(
        slug="intranet-naihuo-html-minutes-firedoor-quality",
        site="耐火盾门业内网 (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.naihuodun.local/doc/view.do?id=20250422003",
        title="2025年4月质量分析例会会议纪要",
        record_title="内部文档 - 2025年4月质量分析例会会议纪要",
        date="2025-04-22",
        notes="intranet document view with 流转记录 and read counts; the minutes' 时间/地点/主持/参会/记录 lines kept; numbered decisions",
        page="""
<html><head><meta charset="utf-8"><title>内部文档 - 2025年4月质量分析例会会议纪要</title></head><body>
<div class="oa-top">⟦m 耐火盾门业协同办公平台⟧　⟦m 欢迎您，质检部 韦晓晨　｜　退出⟧</div>
<div class="oa-menu">⟦m 待办(3)　已办　公文管理　知识库　通讯录⟧</div>
<div class="doc-head"><h3>{T}</h3><span>⟦m 密级：内部　|　起草：质检部　|　已阅 47 人⟧</span></div>
<div class="doc-body">
{BODY}
</div>
<div class="flow"><h4>⟦l 流转记录⟧</h4><p>⟦l 2025-04-22 16:10 质检部 韦晓晨 起草⟧</p><p>⟦l 2025-04-23 09:02 生产副总 审核通过⟧</p></div>
<div class="oa-foot">⟦d 内部资料，严禁外传⟧　⟦m 技术支持：信息中心 分机 8008⟧</div>
</body></html>
""",
        body="""
时间：2025年4月22日下午14:30
地点：公司三楼会议室
主持：生产副总经理　付国栋
参会：质检部、生产部、技术部、采购部负责人及各车间主任
记录：韦晓晨
会议通报了4月份产品质量情况，分析了甲级钢质防火门门扇平整度超差问题的原因，研究了整改措施。纪要如下：
一、4月份共出厂防火门5320樘，一次交检合格率97.8%，较3月下降0.6个百分点，主要问题是门扇平整度超差和闭门器安装偏位。
二、经分析，门扇平整度超差系新批次冷轧板厚度波动所致。会议决定由采购部约谈供应商，5月起每批次板材到厂须附检测报告。
三、技术部在两周内修订门扇组装作业指导书，增加焊后校平工序。
四、质检部对5月上旬出厂产品实行加严检验，抽样比例由5%提高到10%。
""",
    ),
    dict(
        slug="intranet-huirong-text-notice-microloan-collection",
        site="汇融小额贷款公司 OA (invented), text export",
        style="企业内网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://oa.huirongxd.com/gw/fw/2025-031.html",
        title="关于开展2025年二季度不良贷款清收攻坚的通知",
        date="2025-04-03",
        notes="OA export: approval trail lines and print stamp as chrome; document number neutral; 抄送/印发 版记 kept",
        page="""
!m 汇融小贷 · 移动办公
!m 发文管理 > 已发公文 > 查看
{T}
汇融小贷发〔2025〕31号
!m 拟稿：风控部 杭沐　核稿：吕鹏　签发：黄总　　阅读次数：58
{BODY}
!m 【审批意见】风控部经理：同意　2025-04-02 17:45
!m 【审批意见】总经理：同意印发　2025-04-03 08:30
!a 打印时间：2025-06-18 10:21:07　　打印人：admin
""",
        body="""
各业务部、风控部：
截至2025年3月末，公司不良贷款余额1862万元，不良率4.7%，较年初上升0.9个百分点。为有效压降不良贷款，公司决定在二季度开展不良贷款清收攻坚。现将有关事项通知如下：
一、目标任务：二季度清收不良贷款不少于600万元，不良率控制在4%以内。
二、工作措施：对逾期90天以上贷款逐户建立清收台账，明确责任人；对有还款意愿的借款人可依规办理展期或分期还款；对恶意逃废债的，依法提起诉讼。
三、工作纪律：清收过程中严禁暴力催收、骚扰借款人亲友，严禁泄露客户信息。
四、考核奖惩：清收成效纳入季度绩效考核，对完成任务突出的部门给予奖励。
抄送：公司董事长，监事会。
汇融小额贷款有限公司综合办公室　　2025年4月3日印发
""",
    ),
    dict(
        slug="qa-wenda-text-answer-annual-inspection",
        site="车问问 (invented Q&A)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.chewenwen.com/question/8812045.html",
        title="私家车第7年还能免检吗？去检测站要带什么？",
        record_title="私家车第7年还能免检吗？去检测站要带什么？ - 车问问",
        date="2025-06-02",
        notes="Q&A page: a question as the title; the best answer's 回答于 date is the page's date; other answers and votes as chrome",
        page="""
!m 车问问 — 有车问题问车友
!m 首页 > 用车养车 > 年检
{T}
!m 提问者：橙子不吃橘子　　提问时间：2天前　　浏览 1.3万
!l 问题补充：车是2019年上牌的，今年是不是要上线检了？
!m 最佳答案　　检测站老郝　　回答于 2025-06-02
{BODY}
!l 👍 有用(412)　👎 没用(3)　　评论(27)
!l 其他回答（5）
!l 车友7733：我去年第六年就是直接网上申领的标志，很方便。
!a 查看全部回答 >
!d 回答内容由网友提供，仅供参考，具体以当地车管部门规定为准。
""",
        body="""
按现行规定，6年以内的非营运小型、微型载客汽车（面包车除外）实行免检，每两年申领一次检验标志；超过6年不满10年的，每两年要上线检验一次。你的车第7年，需要到检测站上线检验。
去检测站需要带：机动车行驶证原件、交强险保单（电子保单也可以）、车船税完税证明。车要提前处理完违章。
上线检验前，建议先检查灯光、轮胎、雨刮和喇叭，车内不要放杂物，三角警示牌要放在车上。
可以提前在“交管12123”App上预约，预约后到站基本不用排队。
""",
    ),
    dict(
        slug="qa-zhidao-text-answer-housekeeping-contract",
        site="问律通 (invented Q&A)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.wenlvtong.cn/q/20250419/66301.html",
        title="家政阿姨在雇主家受伤了，谁来承担责任？",
        record_title=None,
        date=None,
        notes="legal Q&A with no record title (the question found on the page); relative answer time not a date; the answer's own 拨打/打印 sentence kept",
        page="""
!m 问律通　免费法律咨询
!a 我要提问　｜　律师登录
!m 法律咨询 › 劳动纠纷 › 家政服务
{T}
!m 匿名网友　提问于 5小时前　　所在地：砧城
!m 律师回答（3）　　谭律师　执业证号：13507201810337621　　回答于 昨天 19:42
{BODY}
!w 以上回复不满意？一对一电话咨询请拨 400-887-6153
!l 相似问题：保姆带孩子摔伤了谁负责？ | 月嫂合同到期不续签有补偿吗？
!d 本站律师回答仅供参考，不构成正式法律意见。
""",
        body="""
要看阿姨和你之间是什么关系。
如果你是通过家政公司雇请的，阿姨与家政公司之间存在劳动关系或劳务关系，家政公司应当为其购买意外险或承担相应责任；你只有在自身有过错时（比如让阿姨冒险擦高层窗户）才承担相应赔偿。
如果是你直接雇请的，属于个人之间形成劳务关系。根据民法典第一千一百九十二条，提供劳务一方因劳务受到损害的，根据双方各自的过错承担相应的责任。
建议：先把受伤经过、就医记录保存好；双方协商不成的，可以拨打12348法律援助热线咨询，或者到法院起诉。签合同时最好打印一份书面协议，写明保险和责任分担。
""",
    ),
]

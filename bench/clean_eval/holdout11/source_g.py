"""Holdout 11, part G: education bureaus and schools, enterprise intranets and sites, trade
associations and personnel-exam sites. Invented text, sites, places and people; see
../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="edu-liaoyuan-notice-html-student-aid-attachments",
        site="蓼原县教育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.liaoyuan.example.gov.cn/tzgg/202508/t20250826_4410.html",
        title="关于做好2025年秋季学期学生资助工作的通知",
        date="2025-08-25",
        date_also=["2025-08-26"],
        notes="HTML education-bureau page: document number under the title (neutral); numbered tasks; the notice's own 联系人 and 附件 stay body; a message-board link, visit counter and a QR for the bureau's account are chrome",
        page="""
<html><head><meta charset="utf-8"><title>关于做好2025年秋季学期学生资助工作的通知-蓼原县教育局</title></head>
<body>
<div class="edu-top">⟦m 蓼原县教育局⟧ ⟦m 办人民满意的教育⟧</div>
<div class="edu-nav">⟦m 首页　机构概况　教育动态　通知公告　政策法规　招生考试　局长信箱⟧</div>
<div class="edu-loc">⟦m 首页 → 通知公告⟧</div>
<div class="edu-art">
<h3>{T}</h3>
<p class="wh">蓼教发〔2025〕29号</p>
<p class="xx">⟦m 发布时间：2025年08月26日　来源：学生资助管理中心　访问量：<b>1936</b>⟧</p>
<div class="edu-body">
{BODY}
</div>
<p class="edu-qr">⟦a 扫码关注“蓼原教育”微信公众号⟧</p>
<p class="edu-lyb">⟦l 对本文有疑问？去留言板 »⟧</p>
</div>
<div class="edu-foot">⟦m 蓼原县教育局　地址：蓼原县学院路6号　湘ICP备12009823号-1⟧</div>
</body></html>
""",
        body="""
各乡镇中心学校，县直各学校（幼儿园）：
为切实做好2025年秋季学期学生资助工作，确保各项资助政策落实到位，不让一个学生因家庭经济困难而失学，现将有关事项通知如下。
一、认真开展家庭经济困难学生认定。各学校要在开学后一个月内完成家庭经济困难学生认定工作，严格按照个人申请、学校认定、结果公示、建档备案等程序进行。脱贫家庭学生、防止返贫监测对象家庭学生、低保家庭学生、特困供养学生、孤儿和残疾学生等要优先纳入资助范围。
二、及时足额发放资助资金。各学校要在资金到位后一个月内将国家助学金、营养改善计划补助等资金发放到学生或监护人账户，严禁以实物或服务代替资金发放，严禁截留、挤占、挪用。
三、做好资助政策宣传。各学校要通过开学第一课、家长会、致家长的一封信等形式，广泛宣传学生资助政策，做到家喻户晓、人人皆知。
四、加强资助档案管理。各学校要做到“一生一档”，资助档案应包括申请表、认定结果、公示材料、资金发放凭证等内容，并按规定妥善保管。
五、强化监督检查。县学生资助管理中心将适时对各学校资助工作开展专项检查，对工作不力、弄虚作假的学校予以通报，并追究相关人员责任。
联系人：县学生资助管理中心　韩雪，电话：0736-3216688。
附件：1.蓼原县2025年秋季学期学生资助工作任务分解表
2.家庭经济困难学生认定申请表
蓼原县教育局
2025年8月25日
""",
    ),
    dict(
        slug="edu-tangpu-no1-speech-opening-ceremony",
        site="棠浦一中校园网 (invented)",
        style="教育门户",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.tpyz.example.edu.cn/xyxw/2025/0902/1877.html",
        title="在2025年秋季开学典礼上的讲话",
        record_title="校长在2025年秋季开学典礼上的讲话（全文）",
        date="2025-09-01",
        date_also=["2025-09-02"],
        notes="school site: speaker and a bare date line under the title (neutral); the record title adds 校长 and （全文）; visit counter; close-window link",
        page="""
!m 棠浦一中校园网
!m 校园网首页 | 学校概况 | 德育天地 | 教学教研 | 家校共育 | 校园快讯
!t 校长在2025年秋季开学典礼上的讲话（全文）
!m 【校园快讯】　发布：校办　日期：2025-09-02
{T}
校长　黎明远
2025年9月1日
{BODY}
!m 本文已被浏览 1032 次
!a 【关闭窗口】　【发给家长】
""",
        indent="\u3000\u3000",
        body="""
老师们，同学们：
大家上午好！金秋九月，我们迎来了新学期，也迎来了1280名高一新同学。在这里，我代表学校向新同学表示热烈欢迎，向辛勤耕耘的全体老师致以崇高的敬意！
过去的一年，是棠浦一中收获满满的一年。在今年的高考中，我校本科上线率达到91.6%，创历史新高；学生在全国中学生物理竞赛、省青少年科技创新大赛中获得一等奖5项；学校被评为省级文明校园。这些成绩，凝聚着全体师生的心血和汗水。
同学们，新学期，新起点。我想给大家提三点希望。
一是做一个有志向的人。志不立，天下无可成之事。希望同学们早立志、立大志，把个人理想与国家发展紧密联系在一起，为自己的人生找到方向。
二是做一个会学习的人。高中三年，是打基础、长本领的关键时期。希望同学们珍惜每一堂课，学会自主学习、独立思考，养成良好的学习习惯。
三是做一个身心健康的人。身体是学习和生活的本钱。希望同学们积极参加体育锻炼，每天锻炼一小时，保持乐观向上的心态，学会与同学友好相处。
老师们，同学们，新学期的大幕已经拉开。让我们携手并进、砥砺前行，共同书写棠浦一中更加美好的明天！
谢谢大家！
""",
    ),
    dict(
        slug="intranet-fengqu-water-notice-oa-approval-watermark",
        site="沣渠水务集团协同办公平台 (invented intranet)",
        style="企业内网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://oa.fqsw.example.local/doc/view?id=2025061619",
        title="关于进一步加强集团公司公务用车管理的通知",
        date="2025-06-16",
        notes="OA export: approval trail and flow status (chrome), a watermark line repeated between paragraphs (chrome), document number (neutral), 抄送 and 印发 版记 lines (body)",
        page="""
!m 沣渠水务集团协同办公平台 ▸ 公文管理 ▸ 收文查阅
!a 【打印稿】　【正文下载】　【查看流转记录】
!m 流程状态：已归档　　紧急程度：平件
{T}
沣水集团办〔2025〕19号
!m 拟稿：综合管理部 邱思远　核稿：杜娟　签发：曹国栋
{BODY}
!d 内部资料 请勿外传 · 工号 30817 · 2025-06-18 10:24
!m 本文件已于 2025-06-17 09:12 由 综合管理部 分发至 各部室、各子公司
""",
        indent="\u3000\u3000",
        body="""
集团各部室，各子（分）公司：
为进一步规范集团公司公务用车管理，降低运行成本，杜绝公车私用等违规行为，根据上级有关规定和集团《公务用车管理办法》，现就有关事项通知如下。
一、严格用车审批。公务用车实行“一车一单”审批制度，用车部门须通过协同办公平台提交用车申请，注明用车事由、时间、路线和乘车人员，经部门负责人审核、综合管理部调度后方可出车。严禁无单出车。
二、规范车辆使用。公务用车只能用于公务活动，严禁公车私用、私车公养。节假日期间，除值班、应急抢修等特殊情况外，公务车辆一律封存停放在指定地点。
⟦d 内部资料 请勿外传 · 工号 30817 · 2025-06-18 10:24⟧
三、加强费用管理。车辆燃油、维修、保险等费用实行单车核算，每季度在集团内部公示。车辆维修须在定点维修厂进行，维修金额超过5000元的须经集团分管领导审批。
四、强化监督检查。综合管理部要加强车辆北斗定位系统监控，每月对车辆运行轨迹进行抽查；集团纪委要将公务用车管理纳入日常监督，对违规用车行为严肃追责问责。
各单位要认真对照本通知要求开展自查，于6月30日前将自查情况报集团综合管理部。
沣渠水务集团有限公司
2025年6月16日
抄送：集团党委、纪委，各位领导班子成员。
沣渠水务集团有限公司办公室　2025年6月16日印发
""",
    ),
    dict(
        slug="intranet-cengang-port-minutes-wrapped-user-bar",
        site="岑港港务集团内网门户 (invented intranet)",
        style="企业内网",
        genre="会议纪要",
        kind="other",
        form="text",
        source="http://portal.cgport.example.local/gwcy/hyjy/2025/0710-02",
        title="2025年第二季度安全生产委员会会议纪要",
        record_title="2025年第二季度安全生产委员会会议纪要.docx",
        date="2025-07-10",
        date_also=["2025-07-08"],
        notes="file-name record title; intranet page hard-wrapped at 70 columns; a logged-in user bar and a confidentiality mark (neutral); the minutes' 时间/地点/主持/参加 lines and decisions are body; issuing date at the end",
        page="""
!m 岑港港务集团内网门户 > 公文查阅 > 会议纪要
!a 当前用户：王立新（安全环保部）｜ 修改密码 ｜ 退出
密级：内部
{T}
{BODY}
!a ［返回列表］　［收藏至我的文件夹］
!m 内网技术支持：信息中心 分机 6606
""",
        wrap=70,
        indent="",
        body="""
时间：2025年7月8日14:30
地点：集团办公楼四楼会议室
主持：集团总经理 梁振海
参加：集团领导班子成员，各部门、各子公司主要负责人及安全管理人员
7月8日下午，集团总经理梁振海主持召开2025年第二季度安全生产委员会会议，通报二季度安全生产情况，研究部署三季度重点工作。现纪要如下：
一、二季度安全生产情况。二季度集团未发生生产安全事故，港口作业安全平稳。安全环保部共组织安全检查46次，发现隐患213项，已整改205项，剩余8项正在按计划整改。
二、关于防汛防台工作。会议要求，各码头公司要在7月15日前完成防风锚固设施、排水设施检查维护，储备足量防汛物资；台风预警发布后，严格执行停工撤离程序，确保人员和设备安全。
三、关于危险货物作业管理。会议强调，危险货物作业必须严格执行作业许可和“双人复核”制度，作业现场严禁无关人员进入。安全环保部要在三季度开展一次危险货物作业专项检查。
四、关于相关方安全管理。会议明确，外包施工单位进场前须签订安全管理协议，完成安全交底和培训；对发生违章作业的外包单位，一律纳入“黑名单”管理。
会议要求，各单位要认真落实会议部署，切实抓好三季度安全生产工作，确保港口生产安全稳定。
岑港港务集团有限公司安全生产委员会办公室
2025年7月10日
""",
    ),
    dict(
        slug="company-laishui-construction-speech-html-main-title",
        site="濑水建工集团官网 (invented)",
        style="企业官网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://www.lsjgjt.example.com/news/qyxw/2025-01-20/631.html",
        title="凝心聚力谋发展　笃行实干开新局",
        title_also=["凝心聚力谋发展 笃行实干开新局"],
        record_title=None,
        date="2025-01-18",
        date_also=["2025-01-20"],
        notes="HTML corporate news page; no record title; a main title with a ——在…上的讲话 subtitle, a speaker line and a date line (neutral); product and mall links, a hotline float, a sitemap footer",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>凝心聚力谋发展 笃行实干开新局-濑水建工集团</title></head>
<body>
<div class="c-top"><span>⟦m 濑水建工集团　LAISHUI CONSTRUCTION GROUP⟧</span> <a>⟦a 在线商城⟧</a> <a>⟦a EN⟧</a></div>
<div class="c-nav">⟦m 首页　关于我们　新闻中心　业务领域　工程案例　党建园地　人才招聘　联系我们⟧</div>
<div class="c-loc">⟦m 新闻中心 / 企业新闻⟧</div>
<div class="c-news">
<h2>{T}</h2>
<p class="c-sub">——在集团2025年工作会议上的讲话</p>
<p class="c-sub">党委书记、董事长　甘世勋</p>
<p class="c-sub">2025年1月18日</p>
<p class="c-info">⟦m 发布时间：2025-01-20　浏览量：2,417⟧</p>
<div class="c-text">
{BODY}
</div>
<p class="c-back">⟦l ← 返回新闻列表⟧</p>
</div>
<div class="c-float">⟦m 服务热线 400-678-0909⟧</div>
<div class="c-foot"><p>⟦l 网站地图 | 法律声明 | 隐私政策 | 友情链接⟧</p><p>⟦m Copyright © 濑水建工集团有限公司　湘ICP备10204477号⟧</p></div>
</body></html>
""",
        body="""
同志们：
今天召开集团2025年工作会议，主要任务是总结2024年工作，分析面临形势，部署2025年重点任务，动员全体干部职工凝心聚力、笃行实干，奋力开创集团高质量发展新局面。
2024年，面对建筑市场持续调整的严峻形势，集团上下迎难而上、奋力拼搏，全年新签合同额186亿元，同比增长8.3%；实现营业收入142亿元，利润总额5.1亿元；承建的濑水市体育中心项目荣获“鲁班奖”，集团连续三年跻身省建筑业企业综合实力前十强。
2025年，集团将重点抓好四个方面工作：一是坚持市场为先，巩固传统房建市政市场，积极拓展城市更新、水利水运、新能源等新领域，全年新签合同额力争突破200亿元；二是坚持项目为本，深化项目精细化管理，严控成本，提高项目盈利水平；三是坚持创新驱动，加快智能建造和绿色建造技术应用，推进数字化转型；四是坚持安全为天，压紧压实安全生产责任，坚决杜绝较大及以上安全事故。
同志们，新的一年，让我们坚定信心、勇毅前行，以实干实绩推动集团高质量发展迈上新台阶！
""",
    ),
    dict(
        slug="company-yunxiu-tea-letter-employees-relocation",
        site="云岫茶业股份有限公司官网 (invented)",
        style="企业官网",
        genre="公开信",
        kind="other",
        form="text",
        source="http://www.yunxiutea.example.com/news/2025/1009.html",
        title="致全体员工的一封信",
        record_title="致全体员工的一封信_企业新闻_云岫茶业",
        date="2025-10-08",
        date_also=["2025-10-09"],
        notes="corporate site: shop and product nav, a 400 hotline, a mall prompt glued after the last paragraph's 。; the letter's own shuttle-bus contact stays body; signature date in Chinese numerals",
        page="""
!m 云岫茶业 · 高山云雾好茶
!m 首页 / 关于我们 / 新闻中心 / 产品中心 / 茶园基地 / 联系我们
!m 【新闻中心】企业新闻
{T}
!m 发布日期：2025-10-09　来源：公司办公室
{BODY}
!m 全国服务热线：400-873-5566
!l 上一条：公司荣获“省级农业产业化龙头企业”称号　下一条：秋茶开采仪式在高山茶园举行
""",
        indent="\u3000\u3000",
        body="""
亲爱的全体员工：
大家好！经过近两年的建设，公司新厂区即将在云岫县茶产业园正式投入使用。根据公司安排，自2025年10月20日起，公司生产、仓储和办公部门将陆续迁入新厂区。在此，向大家通报有关情况。
新厂区占地86亩，建有全自动清洁化生产线4条、恒温仓库1.2万平方米和研发检测中心，年加工能力将由现在的800吨提高到2000吨。新厂区还配套建设了员工宿舍、食堂、篮球场和职工书屋，大家的工作和生活条件将得到明显改善。
搬迁期间，各部门要按照搬迁方案做好设备拆装、物资清点和档案移交工作，确保搬迁安全有序、生产不断档。为方便大家上下班，公司开通了城区至新厂区的通勤班车，每天早晚各两班，乘车时间和站点将在车间公告栏公布。
搬迁是公司发展的一件大事，也离不开每一位员工的理解和支持。对搬迁中遇到的困难，大家可以随时向所在部门或公司办公室反映，我们将尽力帮助解决。班车咨询：行政部 彭师傅，电话13807456128。
让我们携手同心，在新的起点上共同开创公司更加美好的未来！⟦a 　→ 进入云岫茶业官方商城，新员工专享内购价⟧
云岫茶业股份有限公司
二〇二五年十月八日
""",
    ),
    dict(
        slug="association-yanxi-logistics-notice-html-receipt",
        site="砚溪市物流与采购协会 (invented)",
        style="行业协会",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.yxwlxh.example.org.cn/tzgg/2025/1105/277.html",
        title="关于召开2025年会员代表大会暨行业发展论坛的通知",
        record_date="2025-11-05",
        date="2025-11-05",
        notes="HTML association page: member login and join links, a download-attachment button, share row; the notice's own 回执, 联系人 and bank account stay body; record date",
        page="""
<html><head><meta charset="utf-8"><title>关于召开2025年会员代表大会暨行业发展论坛的通知 - 砚溪市物流与采购协会</title></head>
<body>
<div class="x-top">⟦m 砚溪市物流与采购协会⟧ ⟦a <a>会员登录</a> | <a>入会申请</a>⟧</div>
<div class="x-nav">⟦m 协会动态　通知公告　政策法规　会员风采　行业数据　关于协会⟧</div>
<div class="x-box">
<h1>{T}</h1>
<p class="x-date">⟦m 2025-11-05　协会秘书处⟧</p>
<div class="x-body">
{BODY}
</div>
<p class="x-att"><a>⟦a 📎 下载附件：参会回执表.docx⟧</a></p>
<p class="x-share">⟦l 分享：微信 · 微博 · 复制链接⟧</p>
</div>
<div class="x-foot">⟦m 砚溪市物流与采购协会　地址：砚溪市商贸大厦12楼　电话：0738-8351200⟧</div>
</body></html>
""",
        body="""
各会员单位：
经协会第三届理事会第五次会议研究，定于2025年11月28日召开协会2025年会员代表大会暨行业发展论坛。现将有关事项通知如下：
一、会议时间：2025年11月28日（星期五）9:00—17:00，27日下午报到。
二、会议地点：砚溪国际会展中心2号会议厅。
三、会议内容：（一）审议协会2025年工作报告和财务报告；（二）审议增补理事、会员事项；（三）表彰2025年度优秀会员单位；（四）举办“数智物流与供应链韧性”主题论坛。
四、参会人员：各会员单位主要负责人或授权代表1人；论坛环节欢迎会员单位其他人员报名参加。
五、其他事项：会议不收取会务费，交通费、住宿费自理。请各单位于11月20日前将参会回执发送至协会邮箱。
联系人：协会秘书处 邓小雅，电话：0738-8351206，邮箱：yxwlxh@163.example.com。
砚溪市物流与采购协会
2025年11月5日
""",
    ),
    dict(
        slug="association-yanxi-catering-proposal-slogan-contact",
        site="砚溪市餐饮行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.yxcyxh.example.org.cn/hyzl/2025/0520.html",
        title="砚溪市餐饮行业“光盘行动”倡议书",
        record_title="砚溪市餐饮行业“光盘行动”倡议书（全文）",
        date="2025-05-20",
        notes="association site: the 入会咨询 phone and account id are chrome, the slogan in quotes inside the body stays body; date at the end",
        page="""
!m 砚溪市餐饮行业协会　行业自律　服务会员
!m 首页 > 行业自律
{T}
!m 时间：2025-05-21　点击：688
{BODY}
!w 入会咨询：0738-8262770（秘书处）　协会微信公众号：yxcyxh
!d 本站所载文章，转载请注明出处“砚溪市餐饮行业协会”。
""",
        date_also=["2025-05-21"],
        body="""
全市各餐饮企业、广大从业人员：
粒粒皆辛苦，节约是美德。为深入推进餐饮行业反食品浪费工作，营造浪费可耻、节约为荣的良好氛围，砚溪市餐饮行业协会向全市餐饮企业和从业人员发出如下倡议：
一、主动提醒，引导理性点餐。在点餐环节主动提示消费者适量点餐，推出小份菜、半份菜、套餐等，满足消费者多样化需求。
二、优化服务，做好打包服务。主动为消费者提供免费打包服务，使用符合环保要求的打包餐盒，让“光盘”和“打包”成为就餐新时尚。
三、加强管理，减少后厨浪费。科学采购、合理储存，提高食材利用率；加强员工培训，杜绝加工环节的浪费现象。
四、积极宣传，营造良好氛围。在店内醒目位置张贴“光盘行动”宣传标识，在餐桌摆放节约提示牌。
“厉行节约、反对浪费，从每一餐做起”。让我们携起手来，共同做节约粮食的倡导者、践行者和监督者！
砚溪市餐饮行业协会
2025年5月20日
""",
    ),
    dict(
        slug="pexam-yuling-recruitment-notice-print-admission",
        site="榆陵县人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://rsks.yuling.example.gov.cn/ksgg/2025/0512/1020.html",
        title="2025年榆陵县事业单位公开招聘工作人员公告",
        date="2025-05-12",
        notes="exam site: a candidate-service nav naming 准考证打印 (chrome) while the notice tells candidates to print their admission tickets (body); the notice's own consultation and supervision phones stay body; registration dates inside are no publish date",
        page="""
!m 榆陵县人事考试网
!m 考生服务入口 | 成绩查询 | 准考证打印 | 资格复审
!m 首页 > 考试公告 > 事业单位招聘
{T}
!m 发布日期：2025-05-12　信息来源：县人力资源和社会保障局
{BODY}
!a 【网上报名入口】　【岗位表下载】
!d 本网站为考生提供信息服务，考试相关事项以招聘公告及招聘单位解释为准。
!m 技术支持：榆陵县人事考试中心　电话：0730-5231678（工作日）
""",
        indent="\u3000\u3000",
        body="""
根据《事业单位人事管理条例》和有关规定，经县委、县政府同意，2025年榆陵县事业单位面向社会公开招聘工作人员68名。现将有关事项公告如下：
一、招聘岗位
本次招聘岗位涉及教育、卫生健康、农业农村等12个主管部门所属的37家事业单位，具体岗位、人数和资格条件详见《2025年榆陵县事业单位公开招聘工作人员岗位表》。
二、报考条件
1.具有中华人民共和国国籍；
2.遵守宪法和法律，具有良好的品行；
3.年龄在18周岁以上、35周岁以下（1989年5月12日至2007年5月12日期间出生），具有硕士研究生学历的可放宽到40周岁；
4.具备岗位所需的学历、专业及其他资格条件；
5.具有适应岗位要求的身体条件。
三、报名方式
本次招聘采取网上报名的方式进行。报名时间为2025年5月20日9:00至5月26日17:00。报考人员登录榆陵县人事考试网进行报名，每人限报一个岗位。
四、考试
考试采取笔试和面试相结合的方式进行。笔试时间暂定于2025年6月14日，考生须于6月10日至6月13日登录报名网站自行打印准考证，凭准考证和有效身份证件参加考试。
五、体检、考察和聘用
根据考试总成绩从高分到低分按1:1的比例确定体检人员。体检、考察合格的，经公示无异议后按规定办理聘用手续，试用期一年。
六、资格审查
资格审查贯穿招聘工作全过程。报考人员提交的报考信息和材料应当真实、准确、完整。凡提供虚假报考信息和材料的，一经查实，即取消报考资格或聘用资格，并记入事业单位公开招聘应聘人员诚信档案库。
七、特殊人员政策
退役大学生士兵、服务期满考核合格的“三支一扶”人员等，按照有关规定享受相应的报考优惠政策，具体以岗位表标注为准。
八、纪律与监督
招聘工作坚持公开、平等、竞争、择优的原则，接受社会各界监督。对招聘工作中违纪违规的工作人员和报考人员，按照《事业单位公开招聘违纪违规行为处理规定》严肃处理。
咨询电话：0730-5236610；监督电话：0730-5236621。
榆陵县人力资源和社会保障局
2025年5月12日
""",
    ),
    dict(
        slug="pexam-yanxi-interview-html-score-lines",
        site="砚溪市人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://www.yxrsks.example.gov.cn/gwy/lx/2025/0721/556.html",
        title="关于2025年砚溪市市直机关公开遴选公务员面试有关事项的公告",
        record_date="2025-07-21",
        date="2025-07-21",
        notes="HTML exam page: a print/close pair, an exam calendar sidebar and an online-registration entry are chrome; the score-line rows (one row a paragraph) and the notice's phones are body; record date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于2025年砚溪市市直机关公开遴选公务员面试有关事项的公告</title></head>
<body>
<div class="k-top">⟦m 砚溪市人事考试网⟧ ⟦m 公平 公正 公开 服务考生⟧</div>
<div class="k-nav">⟦m 首页　考试公告　报名指南　成绩查询　政策法规　考务动态⟧</div>
<div class="k-main">
<h1>{T}</h1>
<p class="k-meta">⟦m 发布日期：2025-07-21　作者：市公务员局　阅读：7,840⟧</p>
<p class="k-tools">⟦a 🖨 打印｜✕ 关闭⟧</p>
<div class="k-body">
{BODY}
</div>
</div>
<div class="k-side"><h4>⟦l 考试日历⟧</h4><p>⟦l 07-26 公开遴选面试⟧</p><p>⟦l 08-09 事业单位笔试⟧</p><p>⟦a ▶ 网上报名系统入口⟧</p></div>
<div class="k-foot">⟦m 主办：砚溪市人事考试院　技术支持电话：0738-8229561　湘ICP备13002715号⟧</div>
</body></html>
""",
        body="""
2025年砚溪市市直机关公开遴选公务员笔试成绩已经公布。根据遴选公告，现将面试有关事项公告如下：
一、面试人员确定
根据笔试成绩从高分到低分，按照各职位遴选计划数1:3的比例确定面试人员。各职位面试最低分数线如下：
职位代码　遴选单位　遴选计划　面试最低分数线
25010　市委办公室　2　71.5
25020　市发展和改革委员会　2　69.0
25030　市财政局　1　70.5
25040　市司法局　1　66.0
二、资格复审
资格复审时间为2025年7月24日至25日，地点为市公务员局二楼会议室。参加面试人员须携带本人身份证、学历学位证书、公务员登记表等材料原件及复印件参加资格复审。资格复审不合格或未按时参加的，取消面试资格。
三、面试时间和方式
面试定于2025年7月26日进行，采取结构化面试方式，满分100分。考生须于当日7:30前到达面试地点候考室报到。
四、联系方式
市公务员局考录科：0738-8226302；市纪委监委驻市委组织部纪检监察组：0738-8226399。
""",
    ),
]

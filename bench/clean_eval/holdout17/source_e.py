"""Holdout17 cases, part E: preview, sharing, download and 范文 pages in wordings of their own (a
paid 文库 preview with corner-bracket markers, a 文库 page with ◇第n页◇ markers glued, an HTML
preview with 〚n〛 paragraphs, a one-line shared speech with ⧼n⧽, an upload page with a .docx
name, a download station and its old table page, two cloud-drive shares, three 范文 sites, a
retired teacher's collection). Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="wenku-yunzhang-speech-corner-markers-wrapped",
        site="云章文库 (invented)",
        style="文库预览",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.yunzhangwk.example.com/p-881203377.html",
        title="在全县防汛抗旱工作会议上的讲话",
        record_title=None,
        date="2025-04-22",
        notes="a paid preview: hard-wrapped at 60 columns, ⸢n⸣ markers on lines of their own cutting sentences; a speaker line and a date line under the title (neutral; the date expected); 试读/付费 prompts and a 上传者 line",
        page="""
!m 云章文库 — 专业文档分享平台
{T}
!m 上传者：lin***07　页数：5　格式：DOC　大小：48KB
!a ￥6.80 下载　　加入收藏　　举报
副县长　唐振宇
（2025年4月22日）
{BODY}
!a 免费试读已结束，剩余1页请付费后阅读
!a 开通年卡，全站文档免费下
!d 本站内容均来自用户上传，云章文库不拥有所有权，如有侵权请联系客服删除。
""",
        wrap=60,
        indent="\u3000\u3000",
        pages=dict(fmt="⸢{n}⸣", every=170, start=2),
        body="""
同志们：
今年汛期即将来临，据气象部门预测，我县今年汛期降水总体偏多，出现区域性洪涝灾害的可能性较大。今天召开会议，就是要对防汛抗旱工作进行再动员、再部署。
一、要绷紧防汛这根弦。各乡镇、各部门要克服麻痹思想和侥幸心理，立足于防大汛、抗大旱、抢大险，扎实做好各项准备。
二、要把隐患排查到位。对全县五十六座小型水库、三百多公里堤防逐一开展汛前检查，发现问题立即整改，一时整改不了的要落实度汛措施。
三、要把应急准备到位。县防汛物资仓库要及时补充编织袋、救生衣等物资，各乡镇抢险队伍要在五月上旬前组建到位并开展演练。
同志们，防汛工作责任重于泰山。希望大家以高度负责的态度，确保全县安全度汛。
""",
    ),
    dict(
        slug="wenku-qinglu-summary-diamond-markers-glued",
        site="青麓文库 (invented)",
        style="文库预览",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://wk.qinglu.example.com/view/0a77c31ef8.html",
        title="2024年度乡镇卫生院工作总结",
        record_title="2024年度乡镇卫生院工作总结.docx",
        date="2025-01-06",
        notes="file-name record title; ◇第n页◇ markers glued to the continuation (mixed); 成文日期 under the signature; a 文档目录 box and a VIP popup glued to the last line",
        page="""
!t 2024年度乡镇卫生院工作总结.docx
!m 青麓文库 > 医疗卫生 > 工作总结
!l 文档目录：一、基本情况　二、主要工作　三、存在问题
{BODY}
!a 下载券不足？新用户注册即送3张
!l 猜你想要：卫生院院长述职报告　｜　村卫生室工作总结　｜　公卫科年度总结
""",
        pages=dict(fmt="◇第{n}页◇", every=140, start=2, glue="mix"),
        body="""
2024年，我院在县卫健局的领导下，坚持以群众健康为中心，各项工作取得了较好成绩。
一、基本情况。我院服务人口3.2万人，现有职工46人，其中执业医师11人，开放床位40张。全年门急诊量4.1万人次，同比增长7.8%。
二、主要工作。一是提升服务能力，新开展胃镜、彩超等检查项目，引进中医适宜技术十二项。二是做实公共卫生，65岁以上老年人健康体检率达到72%。三是推进医共体建设，县医院专家每周来院坐诊两次。
三、存在问题。人才引进难，设备老化，住院病人外流现象仍然存在。
2025年，我院将着力补短板、强弱项，为群众提供更加优质的医疗服务。
坪头镇卫生院
2025年1月6日⟦a 开通VIP，立享全文免费下载⟧
""",
    ),
    dict(
        slug="wenku-mingshu-plan-html-white-brackets",
        site="明书文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="html",
        source="https://www.mingshuwk.example.com/doc/55821093.html",
        title="社区“一老一小”服务提升行动实施方案",
        record_title=None,
        date=None,
        notes="an HTML preview with no record title: each preview page a div, a 〚n〛 paragraph between the halves of a cut sentence, a page-count info line, 继续阅读 button, 相关推荐; the document undated",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>明书文库-在线文档分享</title></head>
<body>
<div class="top">⟦m 明书文库⟧<input placeholder="搜索你想要的文档">⟦a 搜索⟧ ⟦a 上传文档⟧</div>
<div class="doc-hd"><h1>{T}</h1>
<p>⟦m 4页　1.2万次阅读　用户评分 4.7⟧</p>
<p>⟦a 下载文档　收藏　打印⟧</p></div>
<div class="reader">
{BODY}
</div>
<div class="more">⟦a 点击继续阅读全文（剩余2页）⟧</div>
<div class="rec"><p>⟦l 相关推荐⟧</p><p>⟦l 社区养老服务站运营方案⟧</p><p>⟦l 托育服务进社区工作方案⟧</p></div>
<div class="ft">⟦d 声明：本站文档均由用户上传，明书文库仅提供存储服务⟧　⟦m 浙ICP备21008874号-3⟧</div>
</body></html>
""",
        p_html='<p class="reader-word">{}</p>',
        pages=dict(fmt="〚{n}〛", every=130, start=2),
        body="""
为满足辖区老年人和婴幼儿家庭的服务需求，提升居民幸福感，结合社区实际，制定本方案。
一、工作目标。到年底，社区老年助餐点覆盖率达到百分之百，建成普惠托育点一个，提供托位不少于二十个。
二、主要任务。（一）完善助老服务。依托社区食堂为八十岁以上老人提供助餐服务，对独居老人每周上门探访一次。（二）发展托育服务。利用闲置用房改建托育点，引入专业机构运营，收费不高于市场价的八成。（三）开展代际互动。组织“小手拉大手”活动，让孩子们走进养老服务站。
三、保障措施。社区成立工作专班，积极争取上级补助资金，并动员辖区单位和志愿者参与。
""",
    ),
    dict(
        slug="docshare-shiguang-speech-oneline-angle-markers",
        site="拾光文档 (invented)",
        style="文档分享",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.shiguangdoc.example.com/d/9912874.html",
        title="在2025年春季开学典礼上的讲话",
        record_title="在2025年春季开学典礼上的讲话.pdf",
        date=None,
        notes="a PDF text layer on one line (paragraphs separated only by their indent) cut by ⧼n⧽ markers; file-name record title; a school principal's speech with no date; upload box at the top, 评论 box at the bottom",
        page="""
!m 拾光文档 › 教育 › 演讲致辞
!t 在2025年春季开学典礼上的讲话.pdf
!d 文档由会员“春风十里”上传分享，若侵犯了您的权利，请提交举报。
!m 共3页　浏览 688 次
{BODY}
!a 下载此文档（需 8 金币）
!l 评论（0）　发表你的看法……
""",
        oneline=True,
        indent="\u3000\u3000",
        pages=dict(fmt="⧼{n}⧽", every=200, start=2),
        body="""
老师们、同学们：
大家上午好！在这春回大地、万物复苏的美好时节，我们迎来了新学期。首先，我代表学校向全体师生致以新春的问候和美好的祝愿！
过去的一个学期，同学们刻苦学习、积极向上，在市中小学生运动会、科技创新大赛等活动中取得了优异成绩，老师们爱岗敬业、无私奉献，学校各项工作稳步推进。
新学期，我向同学们提三点希望：一是做一个有理想的人，树立远大志向；二是做一个爱学习的人，珍惜宝贵时光；三是做一个懂感恩的人，孝敬父母，尊敬师长。
同学们，新学期是新的起点，让我们携手并进，共同书写学校发展的新篇章！谢谢大家！
""",
    ),
    dict(
        slug="docshare-xingwen-insight-html-upload",
        site="星文共享 (invented)",
        style="文档分享",
        genre="心得体会",
        kind="experience",
        form="html",
        source="https://www.xingwen-share.example.com/view/33018a2b.html",
        title="参加新任科级干部培训班学习心得",
        record_title="参加新任科级干部培训班学习心得.docx",
        date="2025-06-20",
        notes="an HTML sharing page: a file-name title in an h1 (repeated title), 上传时间 (not a date) and 下载量 line, upload notice box, a body with a date under the signature; a rating row and a 同类文档 list",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>参加新任科级干部培训班学习心得.docx-星文共享</title></head>
<body>
<header>⟦m 星文共享　让知识流动起来⟧ ⟦a 登录 | 注册 | 会员中心⟧</header>
<div class="file"><h1>⟦t 参加新任科级干部培训班学习心得.docx⟧</h1>
<p>⟦m 上传时间：2025-07-02　下载量：163　积分：2⟧</p>
<div class="tip">⟦d 温馨提示：该文档为网友分享，仅供学习交流使用，如有侵权请联系我们删除。⟧</div></div>
<div class="preview">
{BODY}
</div>
<div class="rate">⟦l 评分：★★★★☆　已有 31 人评价⟧</div>
<div class="same">⟦l 同类文档：⟧<a>⟦l 中青班学习体会⟧</a><a>⟦l 党校培训个人总结⟧</a></div>
<footer>⟦d ©2025 星文共享　版权所有⟧</footer>
</body></html>
""",
        body="""
6月上旬，我参加了县委组织部举办的新任科级干部培训班。十多天的学习，既有理论辅导，又有现场教学，使我深受教育。
一是增强了角色意识。从一般干部走上领导岗位，身份变了，责任更重了，必须尽快完成角色转变。
二是增强了能力本领。通过学习，我对基层治理、应急管理等方面有了新的认识，找到了自己的短板。
三是增强了纪律意识。警示教育基地的参观让我深刻认识到，领导干部必须慎独慎微，守住底线。
今后，我将把学习成果转化为工作动力，在新的岗位上干出新的业绩。
学员　温晓峰
2025年6月20日
""",
    ),
    dict(
        slug="download-lvye-plan-download-links",
        site="绿叶资料下载站 (invented)",
        style="资料下载站",
        genre="计划",
        kind="plan",
        form="text",
        source="http://www.lvyezl.example.net/soft/gongzuojihua/22871.html",
        title="2025年社区禁毒工作计划",
        record_title="2025年社区禁毒工作计划 Word版下载 - 绿叶资料站",
        date=None,
        notes="a download station: 资料大小/资料语言/授权方式/运行环境 fields, 下载地址 list (电信/联通), 解压密码 and 报错 notices, the plan's text as 资料简介; decorated record title; year only in the title",
        page="""
!m 绿叶资料下载站 - 绿色 安全 免费
!m 当前位置：首页 → 公文资料 → 工作计划 → 2025年社区禁毒工作计划
{T}
!m 资料大小：26KB　资料语言：简体中文　授权方式：免费　运行环境：Word/WPS
!m 更新时间：2025-02-09　下载次数：417
!m 资料简介：
{BODY}
!l 下载地址：　电信下载1　联通下载2　本地高速下载
!d 解压密码：www.lvyezl.example.net　如下载失败请点击报错
!l 最新资料：社区网格员工作计划 ／ 社区消防安全工作计划
""",
        body="""
为深入开展禁毒人民战争，营造无毒社区环境，结合我社区实际，制定2025年禁毒工作计划。
一、加强禁毒宣传教育。利用“6·26”国际禁毒日等时间节点，开展禁毒知识进家庭、进学校、进商铺活动，全年开展宣传活动不少于六次。
二、做好社区戒毒康复工作。落实“一人一档一策”，帮助社区戒毒康复人员解决就业、低保等实际困难。
三、开展易制毒化学品排查。联合派出所对辖区药店、化工门店进行排查，建立台账。
四、加强禁毒志愿者队伍建设。招募禁毒志愿者三十名，定期开展培训。
""",
    ),
    dict(
        slug="download-gujin-oldtable-rules-html",
        site="古今范本网 (invented)",
        style="资料下载站",
        genre="制度",
        kind="other",
        form="html",
        source="http://www.gujinfanben.example.com/Soft/zhidu/3307.html",
        title="机关公务用车管理制度",
        record_title=None,
        date=None,
        notes="an old table download page: 软件等级 stars, a 相关下载 table, 下载说明 notices, a body of articles (第一条 …) whose own text speaks of 打印 and 登记; no date",
        page="""
<html><head><title>机关公务用车管理制度 - 规章制度 - 古今范本网</title></head><body>
<table width="970" align="center"><tr><td>⟦m 古今范本网　www.gujinfanben.example.com⟧</td><td>⟦a 设为首页　加入收藏⟧</td></tr>
<tr><td colspan="2">⟦m 首页 | 总结 | 计划 | 制度 | 讲话 | 合同⟧</td></tr></table>
<table width="970" align="center"><tr><td valign="top">
<table><tr><td>{T}</td></tr>
<tr><td>⟦m 资料等级：★★★☆☆　资料类别：规章制度　添加时间：2023-11-05⟧</td></tr>
<tr><td>
{BODY}
</td></tr>
<tr><td>⟦a 下载：⟧ ⟦a [本地下载]　[镜像下载]⟧</td></tr>
<tr><td>⟦d 下载说明：本站资料均来自网络，仅供参考，请在下载后24小时内删除⟧</td></tr></table></td>
<td width="240" valign="top"><table><tr><td>⟦l 相关下载⟧</td></tr><tr><td>⟦l 机关食堂管理制度⟧</td></tr><tr><td>⟦l 会议室使用管理规定⟧</td></tr></table></td></tr></table>
<table width="970" align="center"><tr><td>⟦d Copyright © 2009-2025 古今范本网 All Rights Reserved⟧</td></tr></table>
</body></html>
""",
        p_html="<p>{}</p>",
        body="""
第一条　为加强机关公务用车管理，降低行政成本，根据有关规定，结合本单位实际，制定本制度。
第二条　公务用车由办公室统一管理、统一调度，严禁公车私用。
第三条　用车实行申请登记制度。用车人应填写用车申请单，经办公室负责人审批后派车。
第四条　车辆回场后，驾驶员应如实登记行驶里程和用途，每月由办公室打印用车记录进行核对。
第五条　车辆维修和加油实行定点管理，费用凭单据据实报销。
第六条　本制度自印发之日起施行。
""",
    ),
    dict(
        slug="netdisk-yunfu-minutes-pdf-arrow-markers",
        site="云府网盘分享页 (invented)",
        style="网盘分享",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="https://pan.yunfu-like.example.com/s/1Qk7wZpLr3",
        title="镇村干部周例会会议纪要（第12期）",
        record_title="镇村干部周例会会议纪要（第12期）.pdf",
        date="2025-03-18",
        notes="a cloud-drive share of a PDF: 分享者/有效期/提取码 lines, 保存到我的网盘/下载 buttons, the PDF text with ➤n markers glued to the continuation; 时间/地点/主持/参会 lines; 印发 date expected, meeting date also accepted",
        page="""
!m 云府网盘 | 分享无限制
!m 分享者：萸湾镇党政办　分享时间：2025-03-19 11:20　有效期：永久
!t 镇村干部周例会会议纪要（第12期）.pdf
!a 保存到我的网盘　　下载(318KB)　　举报
!m 提取码：7hq2
{BODY}
!a 文件预览仅显示前3页，下载后查看完整内容
!d 请勿分享违法违规内容，一经发现将封禁账号
""",
        date_also=["2025-03-17"],
        pages=dict(fmt="➤{n}", every=160, start=2, glue=True),
        body="""
时间：2025年3月17日上午8:30
地点：镇政府三楼会议室
主持：镇长彭建华
参会：镇领导班子成员，各村党组织书记，镇直各站所负责人
会议听取了各村春耕备耕、森林防火工作情况汇报，研究了近期重点工作，纪要如下：
一、各村要抓紧完成早稻育秧大棚搭建，3月25日前全面铺开育秧工作，农业服务中心派出技术人员分片指导。
二、清明前后是森林防火关键期，各村要在主要路口设置防火检查点，严禁携带火种上山。
三、镇财政所要在月底前完成上年度村级财务审计，审计结果在各村公开栏公示。
萸湾镇党政办公室
2025年3月18日印发
""",
    ),
    dict(
        slug="netdisk-lanyun-notice-html-share",
        site="蓝云盘 (invented)",
        style="网盘分享",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.lanyunpan.example.com/s/xK29mB",
        title="关于开展2025年度职工健康体检的通知",
        record_title="关于开展2025年度职工健康体检的通知.wps",
        date="2025-09-05",
        notes="a cloud-disk share page in HTML: a file card with the .wps name (repeated title), 提取/VIP加速 buttons, an ad box; the notice's own 体检 table and contact; 成文日期",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于开展2025年度职工健康体检的通知.wps - 蓝云盘</title></head>
<body>
<div class="nav">⟦m 蓝云盘⟧ ⟦a 客户端下载⟧ ⟦a 登录⟧</div>
<div class="card"><div class="fname">⟦t 关于开展2025年度职工健康体检的通知.wps⟧</div>
<div class="fmeta">⟦m 46.5 KB　|　分享于 2025-09-06　|　浏览 52⟧</div>
<div class="btns">⟦a 普通下载⟧ ⟦a VIP极速下载⟧ ⟦a 转存⟧</div></div>
<div class="wps-preview">
{BODY}
</div>
<div class="ad">⟦a 开通超级会员，享10T空间与在线解压⟧</div>
<div class="ft">⟦d 蓝云盘提醒：请勿下载来源不明的文件，谨防诈骗⟧</div>
</body></html>
""",
        body="""
各科室、各党支部：
为关心职工身体健康，经院务会研究，决定组织全体在职职工进行2025年度健康体检。现将有关事项通知如下：
一、体检时间和分组
组别　体检日期　科室
第一组　9月15日　机关各科室
第二组　9月16日　临床科室
二、体检地点：县人民医院健康管理中心二楼。
三、注意事项：体检前一天晚上八点后禁食，次日早上空腹抽血。
联系人：院办公室谭佳，电话：0746-5521033。
蘅塘县中医医院办公室
2025年9月5日
""",
    ),
    dict(
        slug="fanwen-haoju-insight-decorated-writing-service",
        site="好句范文网 (invented)",
        style="范文站",
        genre="心得体会",
        kind="experience",
        form="text",
        source="https://www.haojufw.example.com/xindetihui/2025/55093.html",
        title="观看警示教育片心得体会",
        record_title="观看警示教育片心得体会（通用7篇）",
        date=None,
        notes="a 范文 site: （通用7篇）, 篇一 heading (chrome), a writing-service prompt glued between paragraphs and a 代写 line at the end, 复制/下载 buttons, 写作指导 box; no date",
        page="""
!m 好句范文网 - 公文写作就上好句
!m 好句范文网 > 心得体会 > 观后感
!t 观看警示教育片心得体会（通用7篇）
!m 时间：2025-10-14 09:41:22　编辑：小句
!a 【复制全文】　【下载本文】　【收藏】
!t 观看警示教育片心得体会 篇一
{BODY}
!w 材料不会写？资深笔杆子一对一代写，加V：hjfw-2025
!l 写作指导：心得体会的写作格式与技巧 ｜ 怎样写好观后感
!l 观看警示教育片心得体会 篇二
""",
        indent="\u3000\u3000",
        body="""
近日，我参加了单位组织的警示教育片观看活动。片中一个个鲜活的反面典型，深深地触动了我的心灵。
⟦w 需要原创定制范文，请联系客服QQ：2750 1198⟧
一是要筑牢思想防线。片中的落马干部之所以走上违法犯罪道路，根源在于理想信念动摇。
二是要慎独慎微。很多腐败都是从收受一条烟、一顿饭开始的，必须守住小节。
三是要自觉接受监督。把监督当作关心和爱护，习惯在监督下工作和生活。
作为一名党员干部，我将以案为鉴、警钟长鸣，始终做到清清白白做人、干干净净做事。
""",
    ),
    dict(
        slug="fanwen-jinzhang-summary-oldtable-paywall",
        site="锦章范文 (invented)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://www.jinzhangfw.example.com/zongjie/html/20250703_4471.html",
        title="2025年上半年统战工作总结",
        record_title="2025年上半年统战工作总结_锦章范文",
        date=None,
        notes="old table layout of a 范文 site: a paywall glued after a body sentence, a 会员 prompt on its own line between paragraphs, 本文地址 URL line, 推荐 lists in a sidebar; no date (year in title only)",
        page="""
<html><head><title>2025年上半年统战工作总结_锦章范文</title></head><body>
<table width="1000" align="center"><tr><td>⟦m 锦章范文　专注公文写作十五年⟧</td><td align="right">⟦a 会员登录　充值中心⟧</td></tr></table>
<table width="1000" align="center"><tr><td>⟦m 您现在的位置：锦章范文 &gt;&gt; 工作总结 &gt;&gt; 半年总结⟧</td></tr></table>
<table width="1000" align="center"><tr><td width="720" valign="top">
<h1>{T}</h1>
<div>⟦m 作者：佚名　来源：会员投稿　人气：1882⟧</div>
{BODY}
<div>⟦m 本文地址：http://www.jinzhangfw.example.com/zongjie/html/20250703_4471.html⟧</div>
</td><td valign="top">⟦l 推荐总结⟧<br>⟦l · 统战部长个人工作总结⟧<br>⟦l · 民族宗教工作半年总结⟧</td></tr></table>
<table width="1000" align="center"><tr><td>⟦d 锦章范文所有文章仅供参考，请勿直接使用⟧ ⟦m 客服电话：0731-8412 6699⟧</td></tr></table>
</body></html>
""",
        body="""
今年以来，县委统战部坚持以铸牢中华民族共同体意识为主线，扎实推进各项统战工作。
一、加强党外代表人士队伍建设。举办党外干部培训班一期，参训三十六人；推荐优秀党外人士担任特约监督员八人。
二、做好民营经济统战工作。开展“商会走基层”活动，帮助企业解决融资、用工等问题二十三个。⟦a 以下内容仅限VIP会员查看，开通会员⟧
⟦a 本文剩余2000字，登录后查看⟧
三、推进民族宗教工作。开展宗教活动场所安全隐患排查，实现排查全覆盖。
下半年，我们将继续围绕中心、服务大局，推动全县统战工作再上新台阶。
""",
    ),
    dict(
        slug="fanwen-mobile-duoyun-report-vip-junk",
        site="朵云公文网手机版 (invented)",
        style="范文站",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://m.duoyungw.example.com/shuzhi/2025/8810.html",
        title="乡镇纪委书记述职述廉报告",
        record_title="【精选】乡镇纪委书记述职述廉报告",
        date=None,
        notes="a mobile 范文 page: a top bar with 返回/首页, 长按复制已禁用 notice, anti-copy junk glued after sentences, a 复制受限 prompt, bottom tab bar; decorated title repeated; no date",
        page="""
!a ＜返回　　朵云公文　　首页
!t 【精选】乡镇纪委书记述职述廉报告
!m 朵云公文网 2.6万次浏览
!d 本站已开启复制保护，长按复制功能已禁用
{BODY}
!a 复制全文需开通会员（¥9.9/月）
!l 首页　｜　分类　｜　我的
""",
        junk=dict(lines=0, glued=3),
        body="""
一年来，在镇党委和县纪委监委的领导下，我认真履行监督执纪问责职责，现将有关情况报告如下。
一、履行监督职责。围绕惠民惠农资金发放、农村集体“三资”管理等重点领域开展监督检查，发现并督促整改问题三十一个。
二、严肃执纪问责。全年受理信访举报十九件，立案六件，给予党纪处分五人，运用“第一种形态”处理十四人次。
三、加强自身建设。带头学习党章党规，严格落实中央八项规定精神，自觉接受组织和群众监督。
今后，我将继续加强学习，坚持严的基调，为全镇发展提供坚强纪律保障。
""",
    ),
    dict(
        slug="anthology-laoxie-teacher-speech-collection",
        site="谢老师的文章集 (invented)",
        style="个人文集",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://wenji.xie-laoshi.example.cn/p/138",
        title="在退休教师重阳座谈会上的发言",
        record_title="文集·第138篇｜在退休教师重阳座谈会上的发言",
        date="2024-10-11",
        notes="a retired teacher's personal collection: 文集目录 breadcrumb, 第138篇 decoration, a footer with 本文集共n篇 and 上一篇/下一篇, a 打赏 prompt; 成文日期 in Chinese numerals at the end",
        page="""
!m 谢老师的文章集 · 共 214 篇
!m 目录 / 讲话发言 / 第138篇
{T}
!m 字数 986　阅读 77
{BODY}
!l ← 上一篇：给孙子的一封信　　下一篇：我的三尺讲台 →
!a 写得好，请作者喝杯茶
!d 本文集内容为作者原创，转载请联系作者
""",
        indent="\u3000\u3000",
        body="""
各位老同事、老朋友：
金秋时节，重阳佳节。今天能和大家欢聚一堂，我感到十分高兴。
我在讲台上站了三十八年，退休也有十个年头了。这些年，学校的变化我们都看在眼里：新教学楼盖起来了，塑胶操场铺好了，孩子们用上了电子白板。
作为退休教师，我们虽然离开了讲台，但关心教育的心没有变。我建议大家发挥余热，多到学校给年轻教师讲讲传统，给孩子们讲讲校史。
最后，祝各位老同事身体健康、阖家幸福！
谢长庚
二〇二四年十月十一日
""",
    ),
]

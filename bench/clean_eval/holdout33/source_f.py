# ruff: noqa: W291  (an empty cell of a table row ends a line with an ideographic space)
"""holdout33, part F: print views, forwarded mails and more of the older kinds. Invented text."""

CASES = [
    dict(
        slug="print-migrant-wage-notice",
        site="枫原县人社局打印视图 (invented)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="text",
        source="http://rsj.fengyuan.gov.cn/print.jsp?id=20250601",
        title="关于开展根治欠薪夏季专项行动的通知",
        record_title="〖打印稿〗关于开展根治欠薪夏季专项行动的通知",
        date="2025-06-01",
        notes="print view: print stamp (not a date), URL line, print footer; the migrant-worker centre's 投诉电话 in the text kept",
        page="""
!m 打印时间：2025-06-09 15:20:11
!m 网址：http://rsj.fengyuan.gov.cn/art/2025/6/1/art_55_2019.html
{T}
枫人社发〔2025〕31号
{BODY}
!a [ 打 印 ]　[ 关 闭 ]
!p ═ 页 1 / 1 ═
""",
        indent="\u3000\u3000",
        body="""
各乡镇人民政府，县直有关单位：
为切实维护农民工劳动报酬权益，县根治拖欠农民工工资工作领导小组决定自6月10日至8月31日开展根治欠薪夏季专项行动。现将有关事项通知如下。
一、检查重点：在建工程项目、劳动密集型加工制造企业和餐饮服务企业。
二、主要措施：全面排查欠薪隐患，落实农民工工资专用账户、实名制管理和工资保证金制度，对恶意欠薪行为依法移送公安机关。
三、投诉渠道：农民工遇到欠薪问题，可拨打县农民工服务中心投诉电话0745-4208000，或到县人社局一楼窗口现场投诉。
枫原县人力资源和社会保障局
2025年6月1日
""",
    ),
    dict(
        slug="print-html-bird-station-rules",
        site="岑溪州候鸟保护站打印页 (invented)",
        style="打印页",
        genre="管理制度",
        kind="rule",
        form="html",
        source="https://hnbh.cenxizhou.gov.cn/print/zd/2025/12.html",
        title="候鸟保护站观鸟区游客管理规定",
        record_title="候鸟保护站观鸟区游客管理规定 - 打印预览",
        date="2025-10-20",
        notes="print template: header with site name, print stamp, a print footer; rules whose articles speak of 扫码 as content",
        page="""
<html><head><meta charset="utf-8"><title>候鸟保护站观鸟区游客管理规定 - 打印预览</title><style>@media print{.noprint{display:none}}</style></head><body>
<div class="noprint">⟦a 打印本页⟧ ⟦a 返回正文⟧</div>
<div class="ph">⟦m 岑溪州候鸟保护站 — 打印版⟧</div>
<h2>{T}</h2>
<p>⟦m 文章来源：保护站办公室　发布日期：2025-10-20⟧</p>
{BODY}
<div class="pf">⟦m 本页打印于 2025/11/30⟧ ⟦p ·1/1·⟧</div>
</body></html>
""",
        body="""
第一条　为保护越冬候鸟及其栖息环境，规范游客观鸟行为，制定本规定。
第二条　观鸟区每年11月1日至次年3月31日实行预约开放，游客须扫码预约，凭预约码入园。
第三条　游客应在观鸟步道和观鸟屋内活动，不得进入核心保护区和滩涂。
第四条　禁止投喂、追逐、惊扰鸟类，禁止使用无人机、闪光灯和鸟类鸣声回放设备。
第五条　违反本规定的，保护站工作人员有权劝阻，情节严重的移交有关部门依法处理。
第六条　本规定自2025年11月1日起施行。
""",
    ),
    dict(
        slug="print-craftsman-college-speech",
        site="滇南工匠学院打印页 (invented)",
        style="打印页",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.dngjxy.edu.cn/print.asp?id=902",
        title="在2025级新生开学典礼上的讲话",
        record_title="在2025级新生开学典礼上的讲话 - 打印",
        title_also=["在滇南州工匠学院2025级新生开学典礼上的讲话"],
        date="2025-09-08",
        notes="print view of a craftsman college president's speech; date in Chinese numerals under the title; speaker line keeps the role as given",
        page="""
!m 滇南州工匠学院 · 打印页面
{T}
院长　欧阳立
（二〇二五年九月八日）
{BODY}
!m 打印自：http://www.dngjxy.edu.cn/news/902.html
!p ☰ 第1页 / 共1页 ☰
""",
        indent="\u3000\u3000",
        body="""
亲爱的同学们，老师们：
今天，我们在这里隆重举行2025级新生开学典礼。首先，我代表学院全体师生员工，向来自全州各地的1260名新同学表示热烈的欢迎！
工匠学院是培养大国工匠的地方。在这里，你们将和焊枪、车床、电路板打交道，也会流汗、会受伤、会失败。但请记住，每一件合格的工件，都是一次对自己的超越。
希望同学们做到三点：一是崇尚技能，把每一个动作练到极致；二是敬畏规范，安全操作规程就是生命线；三是勤于思考，做有手艺也有头脑的新时代工匠。
祝同学们学业进步、技能精湛！
""",
    ),
    dict(
        slug="mail-fwd-navmark-request",
        site="汐江航标处邮件系统 (invented)",
        style="邮件转发",
        genre="请示",
        kind="request",
        form="text",
        source="mail://hbc.xijiang.gov.cn/inbox/20250307-118",
        title="关于申请更换K118浮标灯器的请示",
        record_title="Fwd: 关于申请更换K118浮标灯器的请示.docx",
        date="2025-03-06",
        date_also=["2025-03-07"],
        notes="forwarded mail: mail headers (from/to/date/attachment) as meta; the request's own 附件 list kept below the mail's attachment header; send date accepted too",
        page="""
!m 发件人：航道科 <hdk@hbc.xijiang.gov.cn>
!m 收件人：处办公室 <bgs@hbc.xijiang.gov.cn>
!m 抄送：设备组
!m 发送时间：2025年3月7日 星期五 09:14
!m 主题：Fwd: 关于申请更换K118浮标灯器的请示.docx
!m 附件：关于申请更换K118浮标灯器的请示.docx（32KB）
!m ---------- 转发的邮件 ----------
!m 请办公室阅处。
{BODY}
!d 此邮件及附件仅供指定收件人使用，如误收请立即删除。
""",
        body="""
处领导：
K118右岸浮标灯器使用已满八年，近期多次出现夜间熄灭情况，经设备组检测，灯器老化严重，已无维修价值。为保障下游航段夜航安全，特申请更换该浮标灯器1套，所需经费约2.6万元，从航标维护经费中列支。
妥否，请批示。
附件：1．K118浮标灯器检测报告
2．灯器更换费用预算表
航道科
2025年3月6日
""",
    ),
    dict(
        slug="mail-reply-chain-fungus-survey",
        site="禾岭农业农村局邮件 (invented)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="text",
        source="mail://nync.heling.gov.cn/sent/20250903-22",
        title="关于报送食用菌产业基本情况的函",
        record_title="回复：Re: 关于报送食用菌产业基本情况的函",
        date="2025-09-02",
        date_also=["2025-09-03"],
        notes="mail reply chain: quoted header lines and a reply on top as meta; the letter's own 联系人/电话 and e-mail kept; table rows",
        page="""
!m 主题：回复：Re: 关于报送食用菌产业基本情况的函
!m 发件人：县食用菌协会秘书处
!m 时间：2025-09-03 16:40
!m 已收到，我们本周五前报送。
!m ------------------ 原始邮件 ------------------
!m 发件人："县农业农村局产业科"
!m 发送时间：2025年9月2日(星期二) 10:05
{BODY}
!m 发自我的手机邮箱
""",
        body="""
县食用菌协会：
为编制全县食用菌产业发展规划，请你会协助收集会员单位产业基本情况，按下表格式填写后于9月12日前报送我局。
项目　单位　数量
种植户　户　
栽培规模　万棒　
年产量　吨　
年产值　万元　
联系人：产业科　邵文静，电话：0598-5820314，邮箱：hlnync_cyk@163.com。
禾岭县农业农村局
2025年9月2日
""",
    ),
    dict(
        slug="mail-newsletter-recycling-html",
        site="再生资源行业简讯邮件 (invented)",
        style="邮件转发",
        genre="简报",
        kind="news",
        form="html",
        source="mail://newsletter.zaisheng-xh.org/2025-11",
        title="县再生资源回收利用情况通报（2025年第10期）",
        record_title="【会员简讯】县再生资源回收利用情况通报（2025年第10期）",
        date="2025-11-05",
        notes="mailed newsletter: view-in-browser and unsubscribe lines, issue header; data table rows; the bulletin's own date at the end",
        page="""
<html><head><meta charset="utf-8"><title>会员简讯</title></head><body>
<table width="600" align="center"><tr><td>⟦a 邮件显示不正常？点此在浏览器中查看⟧</td></tr>
<tr><td>⟦m 县再生资源行业协会 · 会员简讯⟧</td></tr>
<tr><td><h2>{T}</h2></td></tr>
<tr><td>
{BODY}
</td></tr>
<tr><td>⟦d 您收到此邮件是因为您是协会会员单位。⟧ ⟦a 退订⟧ ⟦a 修改订阅偏好⟧</td></tr>
<tr><td>⟦m 协会地址：澜沧县工业园区再生路8号⟧</td></tr></table>
</body></html>
""",
        body="""
10月份，全县再生资源回收企业共回收各类再生资源1620吨，环比增长4.3%。
品种　回收量　环比
废纸　780吨　增长6.1%
废旧金属　520吨　增长2.0%
废塑料　210吨　增长5.5%
废旧家电　110吨　增长1.8%
城区38个社区回收点运行平稳，居民交售量占总回收量的27%。
县再生资源行业协会秘书处
2025年11月5日
""",
    ),
    dict(
        slug="gov-oneline-village-fund-notice",
        site="竹溪镇人民政府网 (invented)",
        style="政府门户",
        genre="公示",
        kind="notice",
        form="text",
        source="http://www.zhuxizhen.gov.cn/zwgk/gs/202508/t20250818_40.html",
        title="竹溪镇2025年传统村落保护资金使用情况公示",
        record_title="竹溪镇2025年传统村落保护资金使用情况公示_公示公告_竹溪镇人民政府",
        date="2025-08-18",
        notes="township portal; the body pasted on one line; table rows inside the line; the 监督电话 of the notice kept",
        page="""
!m 竹溪镇人民政府
!m 首页 ＞ 政务公开 ＞ 公示公告
{T}
!m 发布机构：竹溪镇人民政府　发布日期：2025-08-18　浏览次数：66
{BODY}
!a 【字号 大 中 小】【打印】【关闭】
!m 竹溪镇人民政府版权所有　技术支持：县融媒体中心
""",
        oneline=True,
        body="""
根据有关规定，现将竹溪镇2025年传统村落保护资金使用情况公示如下。
项目　金额　实施村
老屋修缮　86万元　竹溪村
古道修复　42万元　竹溪村、坪上村
消防设施　18万元　坪上村
公示期为2025年8月18日至8月25日，如有异议，请向镇纪委反映，监督电话：0598-6630712。
竹溪镇人民政府
2025年8月18日
""",
    ),
    dict(
        slug="fw-multi-stone-safety-plan",
        site="公文百宝箱 (invented 范文 site)",
        style="范文站",
        genre="工作方案",
        kind="plan",
        form="text",
        source="https://www.gwbaibao.com/fangan/anquan/60912.html",
        title="石材加工企业粉尘防爆专项整治工作方案",
        record_title="【推荐】石材加工企业粉尘防爆专项整治工作方案（通用2篇）_公文百宝箱",
        date=None,
        notes="multi-piece 范文 page: 第一篇 label and a teaser of the second piece after the body; no date; writing-service prompt on a line of its own inside the body",
        page="""
!m 公文百宝箱 —— 找范文，来百宝箱
!m 首页 > 工作方案 > 安全生产方案
!t 【推荐】石材加工企业粉尘防爆专项整治工作方案（通用2篇）
!m 2小时前 · 编辑：百宝君 · 阅读 431
!l 石材加工企业粉尘防爆专项整治工作方案　第一篇
{BODY}
!l 石材加工企业粉尘防爆专项整治工作方案　第二篇
!a 第二篇为VIP内容，开通后即可阅读并下载全部2篇
!d 本站范文仅供参考学习，请勿直接用于正式公文。
""",
        body="""
为有效防范石材加工企业粉尘爆炸和职业病危害，决定在全县开展石材加工企业粉尘防爆专项整治。
一、整治范围
全县涉及石材切割、打磨、雕刻作业的规模以上企业和小作坊。
二、整治内容
（一）除尘系统是否按规范设置并正常运行。
（二）湿法作业措施是否落实到位。
⟦w 需要本方案的Word原稿或按你单位情况改写？联系客服小宝（微信：gwbb_888）⟧
（三）作业场所粉尘浓度是否定期检测。
三、工作步骤
企业自查自改、部门集中检查、整改验收三个阶段依次推进。
""",
    ),
    dict(
        slug="wk-preview-rehab-plan-markers",
        site="知文馆文档预览 (invented)",
        style="文库预览",
        genre="工作计划",
        kind="plan",
        form="text",
        source="https://www.zhiwenguan.com/preview/9012733.html",
        title="康复医院2026年护理质量改进计划",
        record_title=None,
        date="2025-12-22",
        notes="preview page; title missing; hard-wrapped at 64 columns and cut by markers ⦍n⦎ between wrapped lines (glued or not); decimal headings",
        page="""
!m 知文馆
!m 全部分类 › 医药卫生 › 护理管理
{T}
!m 贡献者：护理小课堂　共4页　预览3页
!a 下载券 2　｜　加入收藏　｜　分享
{BODY}
!a 剩余1页未读，继续阅读请购买或使用下载券
!l 相关推荐：护理部年度工作计划｜病区护理质量考核细则
""",
        wrap=64,
        pages=dict(fmt="⦍{n}⦎", every=150, start=2, glue="mix"),
        body="""
为持续提升护理质量，保障患者安全，结合我院康复护理工作特点，制定2026年护理质量改进计划。
1．重点改进项目
1.1　降低住院患者跌倒发生率，目标控制在0.3‰以下。
1.2　提高压力性损伤预防措施落实率，目标达到98%以上。
1.3　提高康复护理健康教育知晓率，目标达到95%以上。
2．改进措施
2.1　每月开展一次护理质量专项检查，检查结果纳入科室绩效考核。
2.2　对新入职护士开展康复护理专项培训，考核合格后方可独立上岗。
2.3　每季度召开护理质量分析会，运用品管圈方法分析问题、落实整改。
栖霞区康复医院护理部
2025年12月22日
""",
    ),
    dict(
        slug="news-portal-parents-school-text",
        site="云岭新闻网 (invented county news portal)",
        style="新闻门户",
        genre="新闻报道",
        kind="news",
        form="text",
        source="http://www.yunlingnews.cn/jy/2025-09/20/c_88012.htm",
        title="县家长学校秋季课程开课 千余名家长报名参加",
        record_title="县家长学校秋季课程开课 千余名家长报名参加_教育频道_云岭新闻网",
        date="2025-09-20",
        notes="news portal text page: source/editor lines, a photo caption between paragraphs, a repeated title glued to the first paragraph",
        page="""
!m 云岭新闻网
!m 首页 | 时政 | 教育 | 民生 | 乡村振兴
!m 当前位置：教育频道
{T}
!m 2025年09月20日 10:05　来源：云岭县融媒体中心
{T}{BODY}
!m 责任编辑：穆兰
!l 相关新闻：县家庭教育指导中心揭牌成立
!m 云岭新闻网 版权所有　新闻热线：0873-6100100
""",
        body="""
9月20日，县家长学校2025年秋季公益课程正式开课，首批四门课程吸引了1100余名家长报名参加。
本学期课程根据家长需求调查结果设置，涵盖幼小衔接、青春期沟通、隔代教养和家庭阅读等内容，授课教师由县家庭教育指导中心从全县中小学、幼儿园遴选。
⟦m 图为家长在课堂上认真听讲。（融媒记者 龙燕 摄）⟧
县家庭教育指导中心负责人介绍，下一步将把家长课堂延伸到乡镇，让农村家长也能就近学习。
""",
    ),
    dict(
        slug="wx-text-recycling-company-pledge",
        site="公众号镜像站·微读 (invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://weidu-mirror.cn/p/8813020",
        title="垃圾分类，从交售一个纸箱开始——致全县居民的倡议书",
        record_title="倡议书｜垃圾分类，从交售一个纸箱开始——致全县居民的倡议书",
        date="2025-06-05",
        notes="account mirror: account line and follow block; 在看/赞 row; relative time in the comments; pledge with 成文日期",
        page="""
!m 微读 · 公众号文章镜像
!t 倡议书｜垃圾分类，从交售一个纸箱开始——致全县居民的倡议书
!m 澜沧再生资源　2025-06-05 18:00　发表于云南
{BODY}
!a ▲ 点击上方蓝字关注我们
!l 精选留言：阿布：已经交了三次了 · 1天前
!a 赞 · 在看 · 转发
""",
        body="""
全县广大居民朋友：
6月5日是世界环境日。为推动生活垃圾减量化、资源化，县再生资源回收公司向全县居民发出倡议：
一、学会分类。把废纸、塑料瓶、易拉罐、旧衣物等可回收物单独存放，不与其他垃圾混放。
二、就近交售。把可回收物交到社区回收点，或预约上门回收。
三、带动身边人。从自己做起，带动家人和邻居一起参与垃圾分类。
澜沧县再生资源回收有限公司
2025年6月5日
""",
    ),
    dict(
        slug="intranet-stone-group-html-safety",
        site="云峰石业集团OA (invented intranet)",
        style="企业内网",
        genre="通报",
        kind="notice",
        form="html",
        source="http://oa.yunfengstone.local/gw/view.do?id=3321",
        title="关于三季度安全生产检查情况的通报",
        record_title="关于三季度安全生产检查情况的通报",
        record_date="2025-10-09",
        date="2025-10-09",
        notes="intranet document view: read counts, 流转 trail, sign-for-receipt button; inspection table; 抄送 版记 kept",
        page="""
<html><head><meta charset="utf-8"><title>公文查阅 - 云峰石业OA</title></head><body>
<div class="top">⟦m 云峰石业集团协同办公⟧ ⟦m 当前用户：安环部 邬涛⟧</div>
<div class="left">⟦m 收文管理 发文管理 公告栏 知识库⟧</div>
<div class="doc"><h3>{T}</h3>
<div>云石安〔2025〕14号</div>
{BODY}
</div>
<div class="trail">⟦m 已阅 62 人　未阅 9 人⟧ ⟦m 流转：安环部拟稿 → 分管副总审核 → 总经理签发⟧</div>
<div class="btns">⟦a 签收⟧ ⟦a 打印⟧ ⟦a 关闭⟧</div>
</body></html>
""",
        body="""
集团各子公司、各车间：
9月下旬，集团安环部对各子公司开展了三季度安全生产检查，现将检查情况通报如下。
单位　检查项　发现问题　已整改
一分厂　42　6　6
二分厂　42　9　7
矿山公司　38　11　8
检查中发现，部分车间除尘设备未按时清灰，个别岗位员工未佩戴防尘口罩。请各单位于10月20日前完成全部整改，并将整改报告报安环部。
云峰石业集团安环部
2025年10月9日
抄送：集团领导班子成员。
""",
    ),
]

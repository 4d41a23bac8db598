"""holdout162, part C: written blind. Invented counties, people, sites, URLs and chrome wording."""

CASES = [
    dict(
        slug="company-jieyun-news-toothpaste-html",
        site="洁韵日化股份有限公司 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.jieyun-daily.example.com/news/company/2025-0903.html",
        title="洁韵日化低氟儿童牙膏生产线通过验收",
        record_title="洁韵日化低氟儿童牙膏生产线通过验收_企业新闻_洁韵日化",
        date="2025-09-03",
        notes="company site with an online-service float and a 400 order line; a dotted news date as the page date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>洁韵日化低氟儿童牙膏生产线通过验收_企业新闻_洁韵日化</title>
<script>window.dataLayer=[];</script></head><body>
<header>⟦m 洁韵日化⟧ ⟦m 呵护每一个笑容⟧<nav>⟦m 关于洁韵 产品中心 新闻资讯 社会责任 联系我们⟧</nav></header>
<div class="crumbs">⟦m 首页 &gt; 新闻资讯 &gt; 企业新闻⟧</div>
<h1>{T}</h1>
<p class="date">⟦m 2025.09.03　浏览 264⟧</p>
{BODY}
<div class="kf">⟦w 在线客服　订购热线 400-660-3185⟧</div>
<footer>⟦m Copyright 2025 洁韵日化股份有限公司　粤ICP备20041877号⟧</footer>
</body></html>
""",
        body="""
9月2日，公司新建的低氟儿童牙膏生产线通过市药品监督管理局组织的现场验收，即将投入批量生产。
该生产线总投资2300万元，采用全自动制膏、灌装和装盒设备，年产能可达1800万支。
新产品针对3至6岁儿童，含氟量按国家标准控制在较低水平，并采用可食用级香精，误吞风险更低。
公司总经理钟立新表示，下一步将继续加大研发投入，推出更多适合儿童和老年人的口腔护理产品。
""",
    ),
    dict(
        slug="training-mingzhi-brochure-first-aid-html",
        site="明智应急培训学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.mingzhi-aid.example.com/course/nosebleed-2025.html",
        title="校园常见急症（鼻出血、扭伤）急救培训班招生简章",
        record_title="校园常见急症（鼻出血、扭伤）急救培训班招生简章（周末班）",
        date=None,
        notes="training school with promo and float boxes; course table; the school's 报名电话 beside a 400 line; no date",
        page="""
<html><head><meta charset="utf-8"><title>明智应急培训学校-招生简章</title></head><body>
<div class="top">⟦m 明智应急培训学校⟧ ⟦m 让每个人都会救人⟧</div>
<div class="nav">⟦m 首页 / 课程体系 / 师资力量 / 学员风采 / 在线报名⟧</div>
<div class="promo">⟦a 限时优惠：两人同行立减100元，点击抢位⟧</div>
<h2>{T}</h2>
{BODY}
<div class="float">⟦w 课程顾问在线 全国咨询 400-910-6120⟧</div>
<div class="foot">⟦d 本站课程介绍以实际开课为准，最终解释权归本校所有。⟧</div>
</body></html>
""",
        body="""
本课程面向中小学和幼儿园教师、校医及家长，帮助学员掌握校园常见急症的现场处置方法。
课程安排：
课时　内容
第1课时　鼻出血的正确处理：身体前倾、捏住鼻翼
第2课时　扭伤的冷敷与包扎
第3课时　实操考核与答疑
上课地点：苘湾区职教中心实训楼302室。
学费：每人380元，含教材和实训耗材费。
报名电话：0739-5120882（周一至周五）
""",
    ),
    dict(
        slug="fanwenapp-bixie-speech-parent-meeting",
        site="笔谐写作App (invented)",
        style="范文APP",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://h5.bixie.example.app/share/doc?id=77120541",
        title="初二年级家长会班主任发言稿",
        record_title="初二年级家长会班主任发言稿（可编辑）｜笔谐写作",
        date=None,
        notes="writing-app share page on one line; app banner, AI-rewrite button, member unlock line; no date",
        oneline=True,
        indent="　　",
        page="""
!m 笔谐写作 · 你的AI公文助手
!a 打开App，查看完整版
{T}
!m 作者：笔谐创作者0417　分享于 3天前
{BODY}
!a 会员解锁全文 ｜ AI改写 ｜ 一键导出Word
!l 你可能还需要：家长会主持词　期中考试质量分析
""",
        body="""
各位家长，大家下午好！
首先感谢大家在百忙之中抽出时间来参加这次家长会。
初二是初中三年的分水岭，孩子们的学习内容难度明显增加，情绪也容易起伏。
这学期我们班在纪律、卫生方面进步很大，但数学、物理两科的分化比较明显。
希望各位家长多和孩子聊聊天，少一些唠叨，多一些倾听；督促孩子按时完成作业，保证每天九小时睡眠。
让我们携起手来，陪孩子走好这关键的一年。谢谢大家！
""",
    ),
    dict(
        slug="gkforum-lingyun-shenlun-disposable",
        site="凌云公考论坛 (invented)",
        style="公考论坛",
        genre="申论范文",
        kind="other",
        form="text",
        source="https://bbs.lingyungk.example.com/thread-77812-1-1.html",
        title="让一次性餐具“退场”，让绿色消费“登场”",
        record_title="[申论范文] 让一次性餐具“退场”，让绿色消费“登场”（附写作思路） - 申论交流 - 凌云公考论坛",
        date=None,
        notes="exam forum with floors; a course ad between paragraphs; a relative time is no date",
        page="""
!m 凌云公考论坛 » 申论交流 » 范文赏析
!t [申论范文] 让一次性餐具“退场”，让绿色消费“登场”
!m 楼主：上岸小分队　发表于 昨天 21:40　阅读 1530
{BODY}
!l 回复本帖可领取《2026申论高分素材汇编》
!m 沙发 | 一次上岸　昨天 22:03
!l 感谢楼主，收藏了
""",
        body="""
外卖一单，餐盒三只；聚餐一场，塑料杯碗一桌。一次性餐具在带来便利的同时，也制造了大量难以降解的垃圾。
推动一次性餐具减量，首先要靠制度约束。对餐饮企业主动提供一次性餐具的行为，应当依法明确限制，并纳入信用评价。
⟦a 【凌云面授】申论精讲班火热报名中，点击领取试听课⟧
其次要靠市场引导。平台可以将“无需餐具”设为默认选项，对选择的用户给予积分奖励。
最后要靠每一个人的自觉。少用一只餐盒，多带一双筷子，绿色消费就在点滴之间。
""",
    ),
    dict(
        slug="wiki-baike-entry-vermiculite-html",
        site="知源百科 (invented)",
        style="百科问答",
        genre="词条",
        kind="other",
        form="html",
        source="https://baike.zhiyuan.example.com/item/蛭石/10221",
        title="蛭石",
        record_title="蛭石_知源百科",
        date=None,
        notes="encyclopaedia with a contents box, edit links and references; an example year in a sentence is no date",
        page="""
<html><head><meta charset="utf-8"><title>蛭石_知源百科</title></head><body>
<div class="bk-top">⟦m 知源百科⟧ ⟦a 登录　创建词条　个人中心⟧</div>
<div class="bk-search">⟦a 进入词条　全站搜索　帮助⟧</div>
<h1>{T}</h1>
<div class="bk-edit">⟦a 编辑　讨论　收藏　上传视频⟧</div>
<div class="bk-catalog">⟦l 目录 1 矿物性质 2 主要用途 3 开采与加工⟧</div>
{BODY}
<div class="bk-ref">⟦l 参考资料：[1] 非金属矿物加工手册⟧</div>
<div class="bk-stat">⟦m 浏览次数：8万+　最近更新：lanshi01（13天前）⟧</div>
<div class="bk-ft">⟦d 词条内容仅供参考，如有错误欢迎编辑修改。⟧</div>
</body></html>
""",
        body="""
蛭石是一种含镁的水铝硅酸盐次生变质矿物，原矿外形似云母，受热后体积迅速膨胀，弯曲如水蛭，因此得名。
膨胀蛭石密度小、导热系数低，具有良好的保温隔热和吸水性能。
主要用途包括建筑保温材料、防火材料、园艺育苗基质和动物饲料添加剂。例如1990年前后，国内一些苗圃就开始用蛭石与泥炭混配作育苗基质。
我国蛭石资源主要分布在新疆、河北、内蒙古等地，开采后需经破碎、筛分和高温焙烧加工。
""",
    ),
    dict(
        slug="netdisk-feiyun-notice-water-dispenser",
        site="飞云网盘 (invented)",
        style="网盘分享",
        genre="通知",
        kind="notice",
        form="text",
        source="https://pan.feiyun.example.com/s/1qZt8nK",
        title="关于加强校园饮水机卫生管理的通知",
        record_title="关于加强校园饮水机卫生管理的通知.pdf",
        date="2025-02-24",
        notes="cloud-drive preview; file-name title; share stamp no date; document number neutral",
        page="""
!m 飞云网盘 | 文件分享
!m 关于加强校园饮水机卫生管理的通知.pdf　215KB
!m 分享者：葑阳区教育局后勤科　分享时间：2025-03-01 16:20　有效期：永久
!a 保存到我的网盘　　下载（需登录）
{T}
葑教后〔2025〕6号
{BODY}
!a 预览仅显示前3页，完整内容请下载后查看
!d 飞云网盘提醒：请勿分享违法违规内容，发现请举报。
""",
        body="""
各中小学、幼儿园：
近期检查发现，部分学校饮水机滤芯超期未换、桶装水存放在阳光直射处，存在饮水安全隐患。为保障师生饮水卫生，现就有关事项通知如下：
一、各校要建立饮水机管理台账，明确专人负责，每月清洗消毒一次并做好记录。
二、净水型饮水机滤芯按说明书规定周期更换，更换记录张贴在机身显著位置。
三、桶装水须从取得卫生许可的企业采购，存放在阴凉通风处，开封后7日内用完。
四、区教育局将于4月组织专项检查，结果纳入学校年度考核。
葑阳区教育局
2025年2月24日
""",
    ),
    dict(
        slug="snapshot-soso-report-sticky-rice-html",
        site="搜搜快照 (invented)",
        style="搜索快照",
        genre="调研报告",
        kind="report",
        form="html",
        source="http://cache.soso.example.com/c?m=9f2a&u=www.jiahe-agri.example.gov.cn/dy/441.html",
        title="关于茳岭镇糯稻产业发展情况的调研报告",
        record_title="关于茳岭镇糯稻产业发展情况的调研报告 - 快照",
        date="2025-08-20",
        notes="search-cache frame with a highlight banner; data table; decimal headings",
        page="""
<html><head><meta charset="utf-8"><title>关于茳岭镇糯稻产业发展情况的调研报告 - 快照</title></head><body>
<div class="cache-bar">⟦d 这是 www.jiahe-agri.example.gov.cn/dy/441.html 的快照，是网页在 2025年9月2日 的存档。当前页面可能已更改。⟧</div>
<div class="cache-kw">⟦m 以下搜索词已高亮显示：糯稻 调研⟧</div>
<div class="orig">⟦m 茳岭镇农业综合服务中心 ＞ 调查研究⟧</div>
<h2>{T}</h2>
{BODY}
<div class="orig-ft">⟦m 茳岭镇人民政府　技术支持：嘉禾网络⟧</div>
</body></html>
""",
        body="""
为摸清茳岭镇糯稻产业发展现状，镇农业综合服务中心于2025年7月至8月，对全镇6个村的42户种植户和3家加工企业进行了走访调研。
1. 基本情况
1.1 种植规模。全镇糯稻种植面积逐年增加，近三年情况如下：
年份　面积（亩）　亩产（公斤）
2023　5200　468
2024　6150　475
2025　7030　482
1.2 加工销售。镇内3家企业主要生产糯米粉、年糕和米酒，年加工糯米约2800吨。
2. 存在问题
品种混杂，优质品种覆盖率不足六成；烘干能力不足，雨季收割易霉变。
3. 对策建议
统一供种，建设两座粮食烘干中心，培育“茳岭糯米”区域品牌。
茳岭镇农业综合服务中心
2025年8月20日
""",
    ),
    dict(
        slug="print-lishan-rules-microwave-html",
        site="漓山区机关事务中心 (invented)",
        style="打印页",
        genre="制度",
        kind="other",
        form="html",
        source="http://jgsw.lishan.example.gov.cn/print.aspx?id=3318",
        title="机关食堂及办公区微波炉使用管理规定",
        record_title="打印预览 - 机关食堂及办公区微波炉使用管理规定",
        date="2025-06-16",
        notes="print view that calls window.print(); its articles speak of 打印/张贴; a print footer",
        page="""
<html><head><meta charset="utf-8"><title>打印预览</title>
<script>window.onload=function(){window.print();}</script></head><body>
<div class="pr-bar">⟦a [打印] [关闭]⟧</div>
<h2>{T}</h2>
<div class="pr-meta">⟦m 漓山区机关事务服务中心　2025-06-16　打印时间：2025-07-01 09:30⟧</div>
{BODY}
<div class="pr-foot">⟦p ⫷ 页 1 / 1 ⫸⟧</div>
</body></html>
""",
        body="""
第一条　为规范机关食堂及办公区微波炉使用，预防火灾和触电事故，制定本规定。
第二条　微波炉由各楼层物业管理员负责日常管理，每日下班前检查并断电。
第三条　禁止用微波炉加热带壳鸡蛋、密封罐头和金属器皿，禁止空载运行。
第四条　本规定由各楼层打印后张贴在微波炉旁显著位置。
第五条　本规定自发布之日起施行。
漓山区机关事务服务中心
2025年6月16日
""",
    ),
    dict(
        slug="mail-hongqiao-request-bandage",
        site="企业邮箱转发 (invented)",
        style="邮件转发",
        genre="请示",
        kind="request",
        form="text",
        source="mailto:archive/hongqiao-medical/2025-10-17-0931.eml",
        title="关于医用绷带车间扩建环评手续的请示",
        record_title="Fw: 关于医用绷带车间扩建环评手续的请示",
        date="2025-10-15",
        date_also=["2025-10-17"],
        notes="forwarded mail: header block, forwarding note, mail signature and a confidentiality footer; the document's 附件 list under the mail's own attachment line",
        page="""
!m 发件人：吕晴 <lvqing@hongqiao-med.example.com>
!m 发送时间：2025年10月17日(星期五) 上午9:31
!m 收件人：安环部全体
!m 主题：Fw: 关于医用绷带车间扩建环评手续的请示
!m 附件：1个（请示正文.docx）
!w 各位：转发公司请示，请安环部知悉并准备材料。——吕晴
!m ---------- 转发的邮件 ----------
{BODY}
!m 吕晴 | 鸿桥医疗用品有限公司 综合办公室 | 分机 8021
!d 本邮件及附件可能含有保密信息，如误收请立即删除并通知发件人。
""",
        body="""
莼湾区生态环境分局：
我公司医用弹力绷带车间现有生产线4条，年产绷带1500万卷。因订单增加，拟在原厂区内扩建生产线2条，新增年产能800万卷，不新增用地。
扩建项目主要涉及纺织和卷绕工序，无印染和涂胶环节，产生的废水主要为生活污水，经化粪池处理后排入市政管网。
根据建设项目环境影响评价分类管理名录，特请示：本项目是否需要编制环境影响报告表，或仅需填报登记表。
妥否，请批示。
附件：1.扩建项目基本情况表
2.厂区平面布置图
鸿桥医疗用品有限公司
2025年10月15日
""",
    ),
    dict(
        slug="fanwen-shuguang-summary-eyedrops-html",
        site="曙光公文网 (invented)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://www.sgfw.example.cn/gzzj/2025/11031.html",
        title="2025年上半年药品零售企业滴眼液专项检查工作总结",
        record_title="【精选】2025年上半年药品零售企业滴眼液专项检查工作总结（通用2篇）_曙光公文网",
        date="2025-07-04",
        notes="old gb2312 table layout: marquee, visitor counter, font-size row, hot list; decorated title",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>【精选】2025年上半年药品零售企业滴眼液专项检查工作总结（通用2篇）_曙光公文网</title></head><body>
<table width="980"><tr><td>⟦m 曙光公文网⟧</td><td><marquee>⟦m 欢迎光临曙光公文网，海量范文免费看！⟧</marquee></td></tr></table>
<table><tr><td>⟦m 当前位置：首页 &gt;&gt; 工作总结 &gt;&gt; 专项总结⟧</td></tr></table>
<table><tr><td align="center"><b>{T}</b></td></tr>
<tr><td>⟦a 【字体：特大 大 中 小】【双击自动滚屏】⟧</td></tr>
<tr><td>
{BODY}
</td></tr></table>
<table><tr><td>⟦l 本周热门：⟧</td><td>⟦l 药店员工个人年终总结⟧</td><td>⟦l 药品安全宣传月活动总结⟧</td></tr></table>
<table><tr><td>⟦m 您是第 0081233 位访客⟧</td><td>⟦d 本站范文仅供参考学习⟧</td></tr></table>
</body></html>
""",
        body="""
今年上半年，按照市局统一部署，我局对辖区药品零售企业经营的滴眼液开展专项检查，现将工作情况总结如下：
一、基本情况。共检查药品零售企业186家，其中连锁门店121家、单体药店65家，抽检滴眼液24批次，全部合格。
二、发现问题。部分药店将含激素的处方类滴眼液按非处方药销售，未凭处方销售；个别门店拆零销售记录不全。
三、处理情况。责令整改31家，立案查处2家，约谈连锁企业质量负责人5人。
四、下步打算。将滴眼液纳入日常监督检查重点品种，加强执业药师在岗和处方审核情况检查。
荇原县市场监督管理局
2025年7月4日
""",
    ),
]

"""holdout186, part F: egg beaters and hand mixers (打蛋器). Invented text; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="assoc-shaochuan-kitchenware-minutes",
        site="筲川县厨房小家电商会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://www.scxjd.org.cn/hyhd/2024/0326.html",
        title="筲川县厨房小家电商会打蛋器专业委员会成立会议纪要",
        record_title="【协会动态】筲川县厨房小家电商会打蛋器专业委员会成立会议纪要",
        date="2024-03-26",
        notes="association text; member hotline vs the committee's contact and mailbox; minutes lines and a vote count",
        page="""
!m 筲川县厨房小家电商会　　会员登录｜入会指南
!m 首页 → 协会动态
{T}
!m 发稿：秘书处　　2024-03-27　　阅读 146
{BODY}
!m 会员服务电话：0576-85900100
!m 筲川县厨房小家电商会 版权所有
""",
        date_also=["2024-03-27"],
        body="""
时间：2024年3月26日上午9:30
地点：商会三楼会议室
主持：商会秘书长 包志远
出席：打蛋器生产企业代表18人
会议审议通过了《打蛋器专业委员会工作规则》，应到代表18人，实到18人，18票赞成，0票反对，0票弃权。
会议选举筲川县美厨电器有限公司总经理邝为民为首任主任委员。
会议商定，专委会年内组织一次电动打蛋器电机噪声比对测试，并牵头起草手持式打蛋器团体标准。
专委会联系人：姚佳，电话：0576-85900316，邮箱：zhuanwei@scxjd.org.cn。
""",
    ),
    dict(
        slug="company-meichu-hand-mixer-launch",
        site="美厨电器 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.meichu-dianqi.com/news/2024/0905.html",
        title="美厨电器发布可折叠无线打蛋器",
        record_title="美厨电器发布可折叠无线打蛋器 - 美厨电器",
        record_date="2024-09-05",
        date="2024-09-05",
        notes="company site with an online-service float; dotted date; product ad between paragraphs",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>美厨电器发布可折叠无线打蛋器 - 美厨电器</title>
<script src="/js/kefu.js"></script></head>
<body>
<div class="hd">⟦m 美厨电器 · 让烘焙更简单⟧</div>
<div class="nav">⟦m 首页 产品中心 新闻动态 服务支持 关于美厨⟧</div>
<div class="kefu">⟦w 在线客服 ▸ 售前咨询 ▸ 售后服务⟧</div>
<h1>{T}</h1>
<div class="date">⟦m 2024.09.05　新闻动态⟧</div>
{BODY}
<div class="share">⟦l 分享：微信 ｜ 微博 ｜ 复制链接⟧</div>
<div class="ft">⟦m 全国服务热线 400-690-1188⟧ ⟦m © 筲川县美厨电器有限公司⟧</div>
</body></html>
""",
        body="""
9月5日，美厨电器在筲川总部发布了一款可折叠无线打蛋器。这款产品的手柄可对折收纳，收起后长度只有17厘米，适合小户型厨房。
⟦a 新品预售中，点击立即抢购⟧
新品采用锂电池供电，充满电可连续打发蛋白约25分钟，设有五档转速。研发负责人尹海鸥介绍，团队对搅拌头的钢丝弧度做了十几次调整，打发时间比上一代缩短了约两成。
该产品将于10月起在各大电商平台销售。
""",
    ),
    dict(
        slug="training-tianbei-baking-course",
        site="甜焙烘焙培训学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="brochure",
        form="text",
        source="http://www.tianbei-px.com/course/jichu.html",
        title="烘焙零基础周末班招生简章",
        record_title="学员心声 | 烘焙零基础周末班招生简章",
        date=None,
        notes="training school text; floating consult line; enrolment phone kept beside a 400 line; course table; no date",
        page="""
!m 甜焙烘焙培训学校　｜　一技在手 甜蜜一生
!w 课程顾问在线 ▸ 点我预约免费试课
{T}
!m 课程中心 / 烘焙 / 零基础　　发布于 6 个月前
{BODY}
!a 【在线报名】【领取优惠券】
!m 全国报名热线：400-155-7781
""",
        body="""
课程对象：零基础烘焙爱好者、准备开店的创业者。
课程安排：
课次　内容　工具
第1课　戚风蛋糕　打蛋器、模具
第2课　曲奇饼干　打蛋器、裱花袋
第3课　吐司面包　厨师机、吐司盒
学员须知：打蛋器、烤箱等工具由学校提供，学员只需自带围裙。每班限12人，额满即止。
报名地址：筲川县新华路88号二楼，电话：0576-85661207。
""",
    ),
    dict(
        slug="app-xiezuoyun-kitchen-staff-xinde",
        site="写作云APP (invented)",
        style="范文APP",
        genre="心得体会",
        kind="reflection",
        form="html",
        source="https://h5.xiezuoyun.app/s/8829107",
        title="酒店西点房学徒三个月工作心得",
        record_title="酒店西点房学徒三个月工作心得（通用版）｜写作云",
        date=None,
        notes="writing app H5 share; member unlock and AI rewrite rows; no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>酒店西点房学徒三个月工作心得（通用版）｜写作云</title></head>
<body>
<div class="app-banner">⟦a 写作云App · 打开查看全文⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 写作云精选 · 9861人已读⟧</div>
{BODY}
<div class="unlock">⟦a 解锁会员，查看同类范文12篇⟧</div>
<div class="tools">⟦a AI润色⟧ ⟦a 复制全文⟧ ⟦a 下载Word⟧</div>
<div class="rec">⟦l 相关推荐：厨师学徒心得　酒店实习周记⟧</div>
</body></html>
""",
        body="""
三个月前，我进入酒店西点房当学徒。第一周，师傅只让我做一件事：打发蛋白。
我以为用电动打蛋器开到最高档就行，结果蛋白打过了头，变得像棉絮一样。师傅让我重新来，告诉我先用低速打出粗泡，分三次加糖，再慢慢提高转速，看到提起打蛋器能拉出弯钩就停。
那一周我打了不知道多少盆蛋白，手腕酸得抬不起来，但也终于明白，做西点没有捷径，每一步都要耐心。
现在我已经能独立完成戚风和海绵蛋糕了。我会继续向师傅学习，争取早日出师。
""",
    ),
    dict(
        slug="examforum-shangan-interview-question-junk",
        site="上岸公考社区 (invented)",
        style="公考论坛",
        genre="面试真题",
        kind="post",
        form="text",
        source="http://bbs.shangangk.com/thread-30271-1-1.html",
        title="结构化面试真题：社区开展老年人烘焙课，你如何组织",
        record_title="[面试真题] 结构化面试真题：社区开展老年人烘焙课，你如何组织 - 面试交流 - 上岸公考社区",
        date=None,
        notes="exam forum text with junk; hidden-content prompt; relative time",
        page="""
!m 上岸公考社区 › 面试交流
{T}
!m 楼主：备考第三年　　发表于 5 天前　　查看 733　回复 19
{BODY}
!a 游客，如果您要查看本帖隐藏内容请回复
!l 沙发：思路很清楚，就是安全那块可以再展开——2024国考冲鸭
!m Powered by Discuz!　上岸公考社区
""",
        junk=dict(lines=2, glued=1),
        body="""
题目：社区准备为老年人开设烘焙兴趣课，领导让你负责组织，你会怎么做？
我的答题思路：
一是摸清需求。通过入户走访和问卷，了解老人想学什么、什么时间方便上课。
二是做好准备。联系烘焙培训学校请老师，准备烤箱、打蛋器等工具，优先选用操作简单的手动工具，电器由工作人员操作。
三是注意安全。课前讲清烤箱防烫和用电安全，课堂上安排志愿者一对一协助。
四是总结提升。课程结束后收集意见，把做好的点心送给社区孤寡老人，让活动更有意义。
""",
    ),
    dict(
        slug="baike-wenyuan-egg-beater-entry",
        site="问源百科 (invented)",
        style="百科问答",
        genre="百科",
        kind="entry",
        form="html",
        source="https://baike.wenyuan.com/item/打蛋器",
        title="打蛋器",
        record_title=None,
        date=None,
        notes="encyclopaedia with infobox, contents and history tabs; title missing from the record, in <h1>",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>问源百科</title></head>
<body>
<div class="hd">⟦m 问源百科⟧ ⟦a 创建词条⟧ ⟦a 登录⟧</div>
<div class="tabs">⟦a 词条 ｜ 讨论 ｜ 历史⟧</div>
<h1>{T}</h1>
<table class="infobox">
<tr><td>⟦m 中文名　打蛋器⟧</td></tr>
<tr><td>⟦m 外文名　egg beater / whisk⟧</td></tr>
<tr><td>⟦m 分　类　厨房用具⟧</td></tr>
</table>
<div class="toc">⟦l 目录 1 概述 2 种类 3 使用⟧</div>
{BODY}
<div class="edit-info">⟦m 浏览次数：22817　最近编辑：7 天前⟧</div>
<div class="ft">⟦d 本词条内容由网友编辑，仅供参考⟧</div>
</body></html>
""",
        body="""
打蛋器是用于搅拌、打发鸡蛋、奶油等食材的厨房用具，能使食材混入空气、体积膨胀。
常见的有手动打蛋器和电动打蛋器两类。手动打蛋器多由不锈钢丝弯成球形或螺旋形，价格低廉，适合少量搅拌；电动打蛋器由电机带动两个搅拌头旋转，省时省力，适合打发蛋白和淡奶油。
使用电动打蛋器时，应先将搅拌头放入容器再开机，避免食材飞溅；清洗前须拔下电源插头。
""",
    ),
    dict(
        slug="netdisk-pantu-egg-beater-factory-plan",
        site="盘兔云 (invented)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.pantuyun.example.com/share/init?surl=Hq81kz",
        title="打蛋器总装线节拍提升方案",
        record_title="打蛋器总装线节拍提升方案.docx",
        date="2024-06-17",
        notes="cloud drive preview text; share stamp and expiry no date; date under the signature",
        page="""
!m 盘兔云　｜　文件分享
!m 分享人：gongyi_tang　　分享于 2024-06-20　　7天后过期
!m 打蛋器总装线节拍提升方案.docx（94KB）
{T}
{BODY}
!a 保存到网盘　　下载（需登录）　　举报
!a 开通会员，下载提速10倍
""",
        body="""
一、现状：电动打蛋器总装线现有工位14个，生产节拍38秒/台，日产约1500台，瓶颈在电机装配和整机测试两个工位。
二、措施：
1.电机装配工位增加一套气动螺丝刀，由1人改为2人作业。
2.整机测试改用四工位并行测试台，一次测试四台。
3.调整物料配送，由仓库每两小时送料一次，减少工人离岗取料。
三、目标：7月底前节拍缩短至30秒/台，日产达到1900台。
工艺部
2024年6月17日
""",
    ),
    dict(
        slug="snapshot-sousuo-egg-beater-recall",
        site="快搜网页快照 (invented)",
        style="搜索快照",
        genre="公告",
        kind="notice",
        form="html",
        source="http://snapshot.kuaisou.example.com/?u=www.zcscjg.gov.cn/zhgg/20240812",
        title="关于部分型号电动打蛋器召回的消费提示",
        record_title="关于部分型号电动打蛋器召回的消费提示 - 快照",
        date="2024-08-12",
        notes="search-cache frame with highlighted terms; the market regulator's 发布时间 is the page date; the recall line kept beside a 400 sales line",
        page="""
<html><head><meta charset="utf-8"><title>关于部分型号电动打蛋器召回的消费提示 - 快照</title></head>
<body>
<div class="cache-head">⟦m 快搜快照：此为网页在 2024-09-03 的存档，原网页可能已更新⟧<br>⟦m 您搜索的关键词已高亮：打蛋器 召回⟧</div>
<div class="orig">
<div>⟦m 箦城市市场监督管理局 › 消费提示⟧</div>
<h2>{T}</h2>
<div>⟦m 发布时间：2024-08-12⟧</div>
{BODY}
<div>⟦m 厂家销售热线：400-660-9321⟧</div>
<div>⟦m 箦城市市场监督管理局 主办⟧</div>
</div>
</body></html>
""",
        body="""
近日，箦城市某电器有限公司向市场监管部门备案了召回计划，自即日起召回2023年11月至2024年3月生产的JH-350型电动打蛋器，共计7820台。
本次召回范围内的产品，由于搅拌头卡扣设计缺陷，使用中搅拌头可能脱落甩出，存在伤人隐患。
请消费者立即停止使用，并拨打企业召回专线0576-88517723办理免费更换。
""",
    ),
    dict(
        slug="print-meichu-lab-mixer-test-rule",
        site="美厨电器实验室 打印页 (invented)",
        style="打印页",
        genre="制度",
        kind="rule",
        form="text",
        source="http://lab.meichu.local/zd/print/23",
        title="电动打蛋器寿命试验操作规程",
        record_title="〔打印稿〕电动打蛋器寿命试验操作规程",
        date=None,
        notes="print view text; print stamp and footer no date; numbered list; printed labels as content",
        page="""
!a [打印]　[返回]
{T}
!m 打印时间：2024-10-15 10:22　　打印人：实验室 饶蕾
{BODY}
!p ⟨ 第1页 共1页 ⟩
""",
        body="""
1.样机从同批次产品中随机抽取3台，编号后贴打印好的试验标签。
2.搅拌头放入盛有1升清水的容器中，按额定电压、最高档连续运行5分钟，停机2分钟为一个循环。
3.每运行50个循环检查一次电机温升和搅拌头卡扣，记入试验记录表。
4.累计运行不少于500个循环，样机无故障、卡扣无松脱为合格。
5.试验中出现冒烟、异味的，立即断电停止试验，并报告实验室主管。
""",
    ),
    dict(
        slug="mail-fwd-egg-beater-canteen-order",
        site="邮件转发 (invented)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="mailto:re-20241108@mail.example.com",
        title="关于学校食堂采购商用打蛋器的询价函",
        record_title="回复：Re: 关于学校食堂采购商用打蛋器的询价函.docx",
        date="2024-11-06",
        date_also=["2024-11-08"],
        notes="webmail reading view with attachment bar; reply chain; the letter's own contact kept",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>邮箱 - 读信</title></head>
<body>
<div class="mailbar">⟦a 返回⟧ ⟦a 回复⟧ ⟦a 转发⟧ ⟦a 删除⟧</div>
<div class="mailhead">
<div>⟦m 主题：回复：Re: 关于学校食堂采购商用打蛋器的询价函.docx⟧</div>
<div>⟦m 发件人：邝为民 &lt;kuang@meichu-dianqi.com&gt;⟧</div>
<div>⟦m 时间：2024年11月8日（星期五）下午3:40⟧</div>
<div>⟦m 收件人：筲川县实验中学总务处⟧</div>
</div>
<div class="attach">⟦a 附件（1个）：询价函.docx 15K 预览 下载⟧</div>
<div class="mailbody">
<p>您好，报价单下周一发您。</p>
<p>------------------ 原始邮件 ------------------</p>
<h3>{T}</h3>
{BODY}
</div>
<div class="ft">⟦d 本邮件由企业邮箱系统发送⟧</div>
</body></html>
""",
        body="""
筲川县美厨电器有限公司：
我校食堂拟采购商用立式打蛋器2台，用于制作馒头、蛋糕等面点。请贵公司就以下要求报价：
一、容量不小于20升，三档变速，配搅拌球、扁平搅拌器和面钩。
二、符合食品接触材料安全要求，提供产品合格证和检测报告。
三、报价含运输、安装和一年免费保修。
请于11月15日前将报价单盖章后发送至我校邮箱。
联系人：总务处 温晓，电话：0576-85210633。
筲川县实验中学
2024年11月6日
""",
    ),
]

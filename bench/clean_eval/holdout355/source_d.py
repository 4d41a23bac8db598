"""holdout355, part D: a download station, exam sites, tender portals, law firms, residents' sites, associations.

Invented text (sites, places, people, numbers, chrome); see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="gonggui-download-cutter-procedure-wps-markers",
        site="工规文档下载站 (invented download station, text)",
        style="资料下载站",
        genre="操作规程",
        kind="rule",
        form="text",
        source="http://www.gongguiwendang.com/down/yiyao/12077.html",
        title="药房分药器使用与清洁操作规程",
        record_title="药房分药器使用与清洁操作规程.wps",
        date=None,
        notes="file-name record title; file-info lines, mirror links, an unzip password; page markers ⇮n⇮ glued "
        "with a space to the continuation; decimal-free numbered steps; a procedure without a date",
        page="""
!m 工规文档下载站 · 企业规章、操作规程免费下
!m 首页 → 医药卫生 → 操作规程
!t 药房分药器使用与清洁操作规程.wps
!m 文件大小：19KB　｜　格式：WPS文字　｜　授权：免费　｜　添加：2025-01-19
!m 运行环境：WPS Office / Word 2007 及以上
!a 〔在线预览〕〔下载到电脑〕〔发送到手机〕
{BODY}
!a 下载线路：［电信一］［联通二］［百兆直连］
!a 解压口令：gonggui2025
!l 相关下载：药品调剂操作规程.doc｜门诊药房交接班制度.wps｜药品效期管理规定.docx
!d 本站资源收集自网络，版权归原作者所有，仅供交流，请勿用于商业用途。
""",
        indent="\u3000\u3000",
        pages=dict(fmt="⇮{n}⇮", every=120, start=2, glue=True, sep=" "),
        body="""
一、目的
规范药房分药器的使用和清洁，保证分取的药片剂量准确，防止不同药品之间交叉污染。
二、适用范围
本规程适用于门诊药房、住院药房为患者分取半片、四分之一片药品时使用的分药器。
三、操作步骤
（一）分药前核对处方和药品，确认该药品可以分割使用；缓释、控释、肠溶制剂不得分割。
（二）戴好手套，用75%酒精棉片擦拭分药器的药槽和刀片，待干后使用。
（三）将药片刻痕对准刀片放入药槽，一次只放一片，压下盖板完成分割。
（四）分好的药片装入分装袋，袋上注明药名、规格、剂量和分装日期。
四、清洁与更换
每次使用不同药品之间须清洁一次，每日下班前彻底清洁并晾干。刀片出现卷口、缺口或切面掉渣时，应立即更换刀片并做好记录。
""",
    ),
    dict(
        slug="jieshan-exam-pharmacy-practical-ticket",
        site="岊山县人事考试网 (invented personnel-exam site)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://rsks.jieshan.gov.cn/ksdt/2025/0605/419.html",
        title="2025年岊山县卫生健康系统事业单位公开招聘药学岗位实操考试须知",
        record_title="【考务提醒·实操】2025年岊山县卫生健康系统事业单位公开招聘药学岗位实操考试须知 - 岊山县人事考试网",
        date="2025-06-04",
        date_also=["2025-06-05"],
        notes="exam site: maintenance banner, admission-ticket float, technical-support line; exam timetable "
        "(one row a paragraph); candidates told to download and print the admission ticket (content); the "
        "exam office's own 咨询电话; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【考务提醒·实操】2025年岊山县卫生健康系统事业单位公开招聘药学岗位实操考试须知 - 岊山县人事考试网</title>
<script src="/js/rsks.js"></script></head><body>
<div class="notice-bar">⟦d 系统将于6月8日0:00—6:00升级维护，届时暂停报名和打印服务，敬请谅解。⟧</div>
<div class="hd">⟦m 岊山县人事考试网⟧ ⟦m 岊山县人力资源和社会保障局主办⟧</div>
<div class="nav">⟦m 首页⟧ ⟦m 考试动态⟧ ⟦m 报名入口⟧ ⟦m 成绩查询⟧ ⟦m 政策法规⟧</div>
<div class="crumb">⟦m 首页 ＞ 考试动态 ＞ 事业单位招聘⟧</div>
<div class="content"><h1>{T}</h1>
<div class="info">⟦m 发布时间：2025-06-05　来源：县人事考试中心　阅读次数：3,841⟧</div>
<div class="text">
{BODY}
</div></div>
<div class="float-r">⟦a 准考证打印入口⟧ ⟦a 成绩查询入口⟧</div>
<div class="ft">⟦m 网站技术支持：0735-8809911（仅解答网站使用问题）⟧<br>⟦m 岊山县人事考试中心　版权所有　湘ICP备12008830号⟧</div>
</body></html>
""",
        body="""
各位考生：
2025年岊山县卫生健康系统事业单位公开招聘药学岗位实操考试将于6月14日举行。现将有关事项告知如下：
一、考试时间和内容
场次　时间　内容
第一场　6月14日8:30—11:30　处方审核与调配
第二场　6月14日14:30—17:30　分药器分剂量操作与药品分装
二、准考证打印
考生须于6月10日至13日登录本网站下载并打印准考证，考试时凭准考证和有效身份证件入场。
三、注意事项
实操考试所用分药器、分装袋、手套等由考点统一提供，考生不得自带任何工具。迟到15分钟以上的不得入场。
考务咨询电话：0735-8809020（工作日8:30—17:30）。
岊山县人事考试中心
2025年6月4日
""",
    ),
    dict(
        slug="xuancheng-exam-centre-caller-entry-record",
        site="琁城市人事考试中心 (invented personnel-exam site, text)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.xcrsks.cn/gg/2025/0418/88.html",
        title="关于琁城师范学院考点启用叫号器分批入场的公告",
        record_date="2025-04-18",
        date="2025-04-18",
        notes="record title and record date as is; exam text page with a QR line and a floating entry; "
        "成文日期 equals the record date",
        page="""
!m 琁城人事考试　www.xcrsks.cn
!m 首页 | 考试公告 | 考务指南 | 成绩查询 | 证书领取
!m 您的位置：首页 > 考试公告
{T}
!m 【2025-04-18】【琁城市人事考试中心】【浏览 6,020】
{BODY}
!a 【扫码查看考点平面图】
!l 相关公告：2025年上半年全市事业单位公开招聘笔试考场安排
!l 相关公告：考生防疫及安全须知（2025版）
!m 考务咨询（工作日）：0735-2287722　　网站维护：0735-2287700
""",
        indent="\u3000\u3000",
        body="""
为避免考生在考点门口长时间聚集，4月26日全市事业单位公开招聘笔试琁城师范学院考点将启用叫号器，组织考生分批入场。现将有关事项公告如下：
一、考生到达考点后，在东门广场取号区凭准考证扫码取号，取号时间为当天7:30至8:20。
二、叫号器按考场号顺序分批叫号，每批4个考场，听到叫号后请到对应安检通道排队入场。
三、未取号或过号的考生，请到东门服务台登记后随下一批入场，8:50以后停止入场。
特此公告。
琁城市人事考试中心
2025年4月18日
""",
    ),
    dict(
        slug="tianyang-tender-picker-award-lots",
        site="沺阳县公共资源交易网 (invented tender portal)",
        style="招投标网",
        genre="中标结果公告",
        kind="notice",
        form="html",
        source="https://ggzy.tianyang.gov.cn/jyxx/zfcg/zbgg/2025/0423/7730.html",
        title="沺阳县环境卫生服务中心垃圾夹及环卫小型工具采购项目中标结果公告",
        record_title="〔中标结果·货物类〕沺阳县环境卫生服务中心垃圾夹及环卫小型工具采购项目中标结果公告 - 政府采购 - 沺阳县公共资源交易网",
        date="2025-04-23",
        notes="tender portal: publicity countdown, CA and trading-system lines beside purchaser and agency contacts "
        "in the body; bid lots table; the announcement date at the end",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〔中标结果·货物类〕沺阳县环境卫生服务中心垃圾夹及环卫小型工具采购项目中标结果公告 - 政府采购 - 沺阳县公共资源交易网</title>
<script src="/js/ggzy-base.js"></script><script>startCountdown("2025-04-24 00:00","2025-04-25 23:59");</script></head><body>
<div class="g-top">⟦m 沺阳县公共资源交易网⟧ ⟦m 沺阳县公共资源交易中心⟧ <a>⟦a 主体注册⟧</a> <a>⟦a 交易系统登录⟧</a></div>
<div class="g-nav">⟦m 首页⟧ ⟦m 交易信息⟧ ⟦m 政府采购⟧ ⟦m 工程建设⟧ ⟦m 服务指南⟧</div>
<div class="g-pos">⟦m 当前位置：交易信息 ＞ 政府采购 ＞ 中标（成交）公告⟧</div>
<div class="g-art"><h3>{T}</h3>
<div class="g-info">⟦m 信息时间：2025-04-23　信息来源：沺阳县政府采购中心　阅读：396⟧</div>
<div class="g-count">⟦m 公示期剩余：1天 23小时 08分⟧</div>
<div class="g-body">
{BODY}
</div></div>
<div class="g-help">⟦m CA数字证书办理：0746-3301188⟧<br>⟦m 电子交易系统技术服务：400-880-6631⟧</div>
<div class="g-foot">⟦m 主办：沺阳县公共资源交易中心　湘ICP备15009271号-1⟧</div>
</body></html>
""",
        body="""
一、项目编号：TYCG-2025-0318
二、项目名称：沺阳县环境卫生服务中心垃圾夹及环卫小型工具采购项目
三、中标信息
包号　货物名称　中标供应商　中标金额（元）
1包　长柄垃圾夹2600把　琁城市清源环卫用品有限公司　70,200.00
2包　反光背心2600件　沺阳县安途劳保用品商行　33,800.00
3包　编织袋及手套　萳湖区洁美日用品有限公司　12,450.00
四、评审专家：蒋远山、冯秋实、卢雯、欧阳一鸣、米芸
五、公告期限：自本公告发布之日起1个工作日。
六、联系方式
采购人：沺阳县环境卫生服务中心，联系人：叶知秋，电话：0746-3325510。
采购代理机构：沺阳县政府采购中心，联系人：毕晓岚，电话：0746-3301260。
2025年4月23日
""",
    ),
    dict(
        slug="nanhu-procurement-caller-inquiry-items",
        site="萳湖区政府采购网 (invented tender portal, text)",
        style="招投标网",
        genre="询价公告",
        kind="notice",
        form="text",
        source="http://zfcg.nanhu-qu.gov.cn/xjgg/2025/0506/2290.html",
        title="萳湖区社区卫生服务中心门诊叫号器询价采购公告",
        record_title="【小额询价·医疗设备】萳湖区社区卫生服务中心门诊叫号器询价采购公告＿萳湖区政府采购网",
        date="2025-05-06",
        notes="tender text page: inquiry items table, an inquiry file to download and a quote to scan and send back "
        "(content), the purchaser's contact beside a CA line",
        page="""
!m 萳湖区政府采购网
!m 首页 ＞ 采购公告 ＞ 询价公告
!t 【小额询价·医疗设备】萳湖区社区卫生服务中心门诊叫号器询价采购公告
!m 发布日期：2025-05-06　项目编号：NHXJ-2025-041　浏览：211
{BODY}
!a ［下载询价文件］［我要报价］
!m 数字证书（CA）办理咨询：0735-2690880
!l 最新公告：萳湖区第二实验小学课桌椅采购中标公告 ｜ 区图书馆自助借还机询价公告
!m 萳湖区财政局主办　技术支持：琁城云采科技
""",
        indent="\u3000\u3000",
        body="""
萳湖区茖园社区卫生服务中心就门诊叫号器采购项目进行询价采购，欢迎符合条件的供应商报价。
一、采购内容
序号　品名　数量　主要参数
1　取号机　1台　触摸屏，支持身份证、医保码取号
2　诊室显示屏　8块　不小于21英寸，显示当前号和下一号
3　语音播报设备　2套　可调语速，支持重复播报
二、供应商资格
具有独立承担民事责任的能力，近三年无重大违法记录，能提供两年以上免费上门维保。
三、报价方式
供应商请于5月12日17:00前在本网站下载询价文件，按要求填写报价单并加盖公章，扫描后发送至采购人邮箱。
四、联系方式
采购人：萳湖区茖园社区卫生服务中心，联系人：彭雨禾，电话：0735-2675302，邮箱：gyzx_bgs@163.com。
萳湖区茖园社区卫生服务中心
2025年5月6日
""",
    ),
    dict(
        slug="shouzheng-law-moxa-burn-answer",
        site="琁城守正律师事务所 (invented law-firm site)",
        style="律所网站",
        genre="法律问答",
        kind="other",
        form="html",
        source="https://www.shouzhenglaw.cn/wenda/2025/0219/133.html",
        title="在养生馆用艾灸盒被烫伤，商家要承担责任吗？",
        record_title="【律师解答·消费维权】在养生馆用艾灸盒被烫伤，商家要承担责任吗？｜守正律师事务所",
        date=None,
        notes="law firm: lawyer card, a consult float, a 400 line and a repost notice; a consult prompt glued after "
        "a 。; no date (an 'updated' stamp only)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【律师解答·消费维权】在养生馆用艾灸盒被烫伤，商家要承担责任吗？｜守正律师事务所</title>
<script src="/js/law-site.js"></script></head><body>
<div class="lh">⟦m 守正律师事务所⟧ ⟦m 守法·守信·守正⟧ ⟦m 全国咨询热线 400-615-0735⟧</div>
<div class="ln">⟦m 首页⟧ ⟦m 律所简介⟧ ⟦m 专业律师⟧ ⟦m 案例解读⟧ ⟦m 律师解答⟧ ⟦m 联系我们⟧</div>
<div class="lp">⟦m 首页 › 律师解答 › 消费维权⟧</div>
<div class="la"><h1>{T}</h1>
<div class="lm">⟦m 解答律师：祁明远　更新于 2025-02-19　阅读 2,108⟧</div>
<div class="lc">
{BODY}
</div>
<div class="card">⟦m 祁明远 律师　执业证号 14301202011207734　擅长：消费者权益、人身损害赔偿⟧</div>
<div class="repost">⟦d 本文系守正律师事务所原创，转载须注明出处，不得删改。⟧</div>
</div>
<div class="l-float">⟦w 免费咨询 · 律师在线⟧ ⟦w 留下电话，律师10分钟内回电⟧</div>
<div class="lf">⟦m 地址：琁城市萳湖区正义路9号汇丰大厦18楼⟧　⟦m 湘ICP备19030516号⟧</div>
</body></html>
""",
        body="""
问：我在小区附近一家养生馆做艾灸，服务员把艾灸盒绑在我腰上就去忙别的了，等我觉得烫喊人时，腰上已经起了两个水泡。养生馆说是我自己没及时说，只肯退当次的钱。我该怎么办？
答：养生馆应当承担赔偿责任。
第一，养生馆作为经营者，对接受服务的顾客负有安全保障义务。艾灸有烫伤风险，服务人员应当在施灸过程中守护观察、及时调整温度。服务员离开不管，本身就是没有尽到安全保障义务。
第二，你可以要求赔偿医疗费、误工费、交通费等实际损失，留下疤痕的还可以主张相应的精神损害赔偿。⟦w 类似纠纷不会算赔偿？在线律师一对一帮你核算⟧
第三，建议你保存好付款记录、就医病历和伤处照片，先与养生馆协商，协商不成可以向市场监管部门投诉，或者向法院起诉。
""",
    ),
    dict(
        slug="fayanfayu-law-volunteer-picker-injury",
        site="法言法语网 (invented legal-advice site, text)",
        style="律所网站",
        genre="法律文章",
        kind="other",
        form="text",
        source="https://www.fayanfayu.com/article/2025/6602.html",
        title="志愿捡垃圾时被垃圾夹划伤，谁来承担责任？",
        record_title="志愿捡垃圾时被垃圾夹划伤，谁来承担责任？（附律师建议）- 法言法语网",
        date=None,
        notes="legal text page: a lawyer's consult line, a 'cases like this' list and a disclaimer; an article "
        "without a date (relative time only)",
        page="""
!m 法言法语网　｜　用大白话讲法律
!m 首页 › 以案说法 › 侵权责任
!t 志愿捡垃圾时被垃圾夹划伤，谁来承担责任？（附律师建议）
!m 作者：律师 邹明澈　｜　5 天前　｜　阅读 1,388
{BODY}
!w 遇到类似问题？点击“一键咨询”，执业律师在线解答
!l 同类案例：志愿者在活动中摔伤，组织方要赔吗 ｜ 义务帮工受伤的责任怎么分
!d 本文仅为普法之用，不构成对具体案件的法律意见。
""",
        indent="\u3000\u3000",
        body="""
【案情】某社区组织居民到河边开展环保志愿活动，现场给每人发了一把垃圾夹。退休职工老林在夹一个玻璃瓶时，垃圾夹的金属夹头突然断裂，碎玻璃划伤了他的右手，缝了五针。老林要求社区赔偿，社区认为志愿活动是自愿参加的，不应担责。
【分析】志愿者参加志愿服务受到损害，并不当然由自己承担。组织志愿活动的一方，应当为志愿者提供必要的安全保障，包括配备合格的工具、进行安全提示等。本案中，社区发放的垃圾夹存在质量问题，又没有给志愿者配手套，对老林受伤存在过错，应当承担相应的赔偿责任。同时，社区赔偿后，可以向垃圾夹的生产者或者销售者追偿。
【律师建议】组织捡拾活动前，组织方最好检查一遍工具，给参加者配发手套，并为志愿者购买意外伤害保险；志愿者自己也要注意，遇到玻璃、针头等危险物品，不要硬夹，交给工作人员处理。
""",
    ),
    dict(
        slug="geyuan-community-stamp-family-activity",
        site="茖园社区 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.geyuanshequ.cn/tz/2025/0410/218.html",
        title="关于开展“刻一枚家风章”亲子橡皮章活动的通知",
        record_title="【家门口的活动】关于开展“刻一枚家风章”亲子橡皮章活动的通知｜茖园社区居民委员会",
        date="2025-04-10",
        notes="residents' site: weather, a grid worker's box and a property repair line beside the community's own "
        "duty phone in the body; a sentence asking residents to follow the community account (content); "
        "成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【家门口的活动】关于开展“刻一枚家风章”亲子橡皮章活动的通知｜茖园社区居民委员会</title>
<script src="/assets/sq.js"></script></head><body>
<div class="sq-top">⟦m 茖园社区居民委员会⟧ ⟦m 萳湖区杏林街道⟧ ⟦m 今日 晴 16℃~25℃ 空气质量 良⟧</div>
<div class="sq-nav">⟦m 社区首页⟧ ⟦m 社区公告⟧ ⟦m 邻里活动⟧ ⟦m 便民服务⟧ ⟦m 党群阵地⟧</div>
<div class="sq-pos">⟦m 社区首页 > 邻里活动⟧</div>
<div class="sq-art"><h2>{T}</h2>
<p class="sq-info">⟦m 发布：社区居委会　2025-04-10　阅读 305⟧</p>
<div class="sq-text">
{BODY}
</div>
<div class="sq-share">⟦l 转给邻居：微信好友　朋友圈　复制链接⟧</div></div>
<div class="sq-side"><div class="grid">⟦m 我的网格员：第三网格 贺小满 139 0735 6612⟧</div>
<div class="wuye">⟦m 物业24小时报修：0735-2678110⟧</div></div>
<div class="sq-foot">⟦m 茖园社区居民委员会　地址：萳湖区杏林街道茖园路21号⟧　⟦m 湘ICP备20011874号-2⟧</div>
</body></html>
""",
        body="""
各位居民朋友：
家风是一个家庭最好的传家宝。为丰富社区亲子活动，社区将联合琁城市文化馆开展“刻一枚家风章”亲子橡皮章活动，邀请您和孩子一起，把自家的家训刻进一枚小小的印章里。
一、活动时间：4月19日（星期六）下午2:30—4:30
二、活动地点：社区党群服务中心二楼活动室
三、参加对象：辖区6—12岁儿童及一名家长，限20组家庭
四、报名方式：关注“茖园社区”公众号，在菜单栏“活动报名”中填写信息，也可到社区服务大厅登记。
活动所需橡皮砖、刻刀、印泥由社区提供，刻刀由家长协助孩子使用。
咨询电话：社区值班室 0735-2678036
茖园社区居民委员会
2025年4月10日
""",
    ),
    dict(
        slug="nanjie-community-free-cutter-elderly",
        site="茖溪镇南街社区 (invented residents' site, text)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="http://nanjie.gexizhen.gov.cn/gg/2025/0312/67.html",
        title="关于为辖区独居老人免费发放分药器的通知",
        record_title="【暮年关怀】关于为辖区独居老人免费发放分药器的通知 - 南街社区",
        date="2025-03-11",
        date_also=["2025-03-12"],
        notes="residents' text page: a property-line and a grid-worker line in the footer, the community's own "
        "contact in the body; 成文日期 under the signature differs from the posting date",
        page="""
!m 岊山县茖溪镇南街社区
!m 社区首页 ／ 通知公告 ／ 为老服务
!t 【暮年关怀】关于为辖区独居老人免费发放分药器的通知
!m 发布时间：2025-03-12 09:20　　发布人：南街社区　　阅读：178
{BODY}
!l 上一条：南街社区三月份义诊活动预告
!l 下一条：关于开展燃气安全入户检查的通知
!m 网格员热线：第一网格 158 0735 2206　第二网格 187 3501 9930
!m 南街小区物业服务中心：0735-8871520
""",
        indent="\u3000\u3000",
        body="""
辖区各位居民：
为方便独居老人按医嘱分服药片，减少错服、漏服，南街社区联合茖溪镇卫生院为辖区独居老人免费发放分药器和分格药盒。现将有关事项通知如下：
一、发放对象：户籍或居住在本社区、年满65周岁、长期服用慢性病药物的独居老人。
二、领取时间：3月17日至3月21日，每天上午8:30—11:30。
三、领取地点：社区党群服务中心一楼服务大厅。
四、领取方式：老人本人持身份证领取；行动不便的，可由家属或网格员代领，社区网格员也将上门送达。
领取时，镇卫生院医生将现场讲解分药器的使用方法，并提醒哪些药不能切开服用。
联系人：南街社区　龙一苇，电话：0735-8876027。
南街社区居民委员会
2025年3月11日
""",
    ),
    dict(
        slug="xuancheng-device-assoc-cutter-pledge-head",
        site="琁城市医疗器械行业协会 (invented trade association)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://www.xcmda.org.cn/hyzl/2025/0325/157.html",
        title="关于加强分药器刀片质量安全的行业自律倡议书",
        record_title="关于加强分药器刀片质量安全的行业自律倡议书（请会员单位转发）_琁城市医疗器械行业协会",
        date="2025-03-24",
        date_also=["2025-03-25"],
        notes="association page: member-login row and member hotline; the association's name in the header is also "
        "the signature (head match); 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于加强分药器刀片质量安全的行业自律倡议书（请会员单位转发）_琁城市医疗器械行业协会</title>
<script src="/js/assoc.js"></script></head><body>
<div class="a-top"><span>⟦m 琁城市医疗器械行业协会⟧</span> <span>⟦a 会员登录　入会申请　会员查询⟧</span></div>
<div class="a-nav">⟦m 协会首页⟧ ⟦m 协会概况⟧ ⟦m 行业自律⟧ ⟦m 政策法规⟧ ⟦m 会员风采⟧ ⟦m 培训服务⟧</div>
<div class="a-loc">⟦m 您的位置：协会首页 ＞ 行业自律⟧</div>
<div class="a-art"><h1>{T}</h1>
<div class="a-info">⟦m 发布于 2025-03-25　来源：协会秘书处　浏览 622⟧</div>
<div class="a-con">
{BODY}
</div>
<div class="a-pn">⟦l 上一篇：协会召开2025年第一次会长办公会⟧ ⟦l 下一篇：关于举办医疗器械经营质量管理规范培训班的通知⟧</div></div>
<div class="a-side">⟦m 会员服务专线：0735-2218801⟧ ⟦m 秘书处邮箱：xcmda@vip.163.com⟧</div>
<div class="a-foot">⟦m 琁城市医疗器械行业协会 版权所有　湘ICP备16021090号⟧</div>
</body></html>
""",
        body="""
全市医疗器械生产、经营企业：
分药器虽小，却关系到老人和患者的用药安全。今年以来，市场监管部门在抽查中发现，部分分药器存在刀片固定不牢、刀片材质不达标等问题。为此，协会向全体会员单位和全市同行发出如下倡议：
一、把好材料关。刀片选用食品级不锈钢，严格落实来料检验，不用来路不明的刀片。
二、把好出厂关。每批产品出厂前抽检刀片固定牢度和锋利度，不合格的坚决不出厂。
三、把好标签关。在包装上用中文标明生产企业、材质和“缓释、肠溶制剂不宜分割”等提示。
四、把好售后关。设立刀片更换服务，发现质量问题主动召回。
让我们携起手来，不让一片小刀片伤了用药人的心。
琁城市医疗器械行业协会
2025年3月24日
""",
    ),
    dict(
        slug="xuancheng-craft-assoc-stamp-council-minutes",
        site="琁城市手作文创协会 (invented association, text)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://www.xcszwc.org/xhdt/2025/0116/45.html",
        title="琁城市手作文创协会橡皮章专业委员会成立会议纪要",
        date="2025-01-15",
        date_also=["2025-01-16"],
        notes="record title as is; minutes with 时间/地点/主持/出席/记录 lines and a vote count; the 时间 line "
        "is the date; member login and a hotline in the chrome",
        page="""
!m 琁城市手作文创协会
!m 会员登录 ｜ 申请入会 ｜ 作品展厅
!m 首页 > 协会动态 > 会议纪要
{T}
!m 发布：秘书处　　2025-01-16　　浏览 233
{BODY}
!a 〔下载纪要原件〕〔转发到会员群〕
!l 往期纪要：第二届理事会第三次会议纪要 ｜ 2024年度会员大会纪要
!m 协会服务电话：0735-2259063　地址：琁城市萳湖区文创园B座3楼
""",
        indent="\u3000\u3000",
        body="""
时间：2025年1月15日上午9:30
地点：协会会议室
主持：会长 阮青禾
出席：理事单位代表11人，橡皮章创作者代表6人
记录：秘书处 杭小雨
会议讨论了成立橡皮章专业委员会有关事项，纪要如下：
一、会议审议了《橡皮章专业委员会工作规则（草案）》。经表决，应到理事11人，实到11人，同意10票，反对0票，弃权1票，草案获得通过。
二、会议选举温嘉木为专业委员会主任，易小满、陶知白为副主任。
三、会议商定，专业委员会2025年重点做好三件事：举办一次全市橡皮章作品展，编写一本面向中小学的橡皮章安全教学手册，组织四期进社区公益课。
""",
    ),
]

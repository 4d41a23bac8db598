"""holdout238, part E: 社区网站, 行业协会, 企业官网, 培训机构, 范文APP — each once as HTML and once as text.

Invented text (sites, counties, people, firms, numbers, URLs); see ../README.md and ../build.py.
"""

CASES = [
    dict(
        slug="community-zhangyin-lift-panel-scan-grid",
        site="樟荫社区居民之家 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.zhangyinsq.example.cn/gonggao/2024/1105/388.html",
        title="关于樟荫小区3栋、8栋电梯按钮面板更换期间暂停使用的通知",
        record_title="【社区公告栏】关于樟荫小区3栋、8栋电梯按钮面板更换期间暂停使用的通知 - 樟荫社区居民之家",
        date="2024-11-05",
        notes="a residents' site: weather line, a grid member's box with a mobile, property repair and night lines; the "
        "community's own 咨询电话 in the body; '扫码登记' as content; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>【社区公告栏】关于樟荫小区3栋、8栋电梯按钮面板更换期间暂停使用的通知 - 樟荫社区居民之家</title></head><body>
<div class="sq-top">⟦m 樟荫社区居民之家⟧ ⟦m 炻湖区樟荫街道樟荫社区居委会⟧ ⟦m 今天 小雨 12～17℃ 出门带伞⟧</div>
<div class="sq-nav">⟦m 首页　社区公告　办事指南　邻里互助　党群服务⟧</div>
<div class="sq-pos">⟦m 首页 › 社区公告⟧</div>
<h2>{T}</h2>
<div class="sq-meta">⟦m 发布人：社区居委会　浏览 402⟧</div>
<div class="sq-txt">
{BODY}
</div>
<div class="sq-grid"><h4>⟦m 本网格网格员⟧</h4><p>⟦m 第三网格　鲁小满　137 1550 2846⟧</p></div>
<div class="sq-wy">⟦m 樟荫物业报修：0715-3370520　夜间值班：0715-3370521⟧</div>
<div class="sq-foot">⟦m 樟荫社区居委会主办　技术支持：炻湖区智慧社区平台⟧</div>
</body></html>
""",
        body="""
樟荫小区3栋、8栋的居民朋友们：
3栋、8栋电梯使用已满12年，外呼按钮和轿厢操纵盘老化严重，经业主大会同意，使用维修资金整体更换为带盲文和语音报层的新面板。施工安排如下：
3栋：11月11日至11月13日暂停使用；
8栋：11月14日至11月16日暂停使用。
施工期间请大家走楼梯，注意安全。行动不便、需要帮忙搬运物品的老人，请扫描单元门口张贴的二维码登记，社区志愿者将上门帮忙。施工进度请关注社区公众号“樟荫邻里”，我们每天傍晚更新。
社区咨询电话：0715-3372109
樟荫社区居民委员会
2024年11月5日
""",
    ),
    dict(
        slug="community-dingnan-flood-sacks-oneline",
        site="碇南社区网 (invented residents' site, text)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="http://dingnan.sqfw.example.cn/tz/2024/0612/57.html",
        title="关于居民领取防汛编织袋的通知",
        record_title="关于居民领取防汛编织袋的通知（居委会发）· 碇南社区网",
        date="2024-06-12",
        notes="a residents' page as text with the whole body on one line; a weather and warning line at the top; "
        "the community's own phone in the body beside a property line; 成文日期 under the signature",
        page="""
!m 碇南社区网 · 家门口的服务站
!m 今日碇川：大到暴雨　气象部门已发布暴雨黄色预警
!t 关于居民领取防汛编织袋的通知（居委会发）
!m 发布：碇南社区居委会　浏览：288
{BODY}
!a 分享给邻居　｜　收藏
!m 碇南物业服务中心：0731-2263300
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
各位居民：
近期我县将迎来强降雨，为防止雨水倒灌地下车库和一楼住户，社区备有防汛编织袋800条，居民可凭身份证到社区服务站领取，每户限领5条。
领取时间：6月13日至6月15日，每天8:30至17:30。
底楼住户和临街商户请优先领取，领取后在门口、车库坡道处装沙备用。行动不便的老人可电话预约，社区网格员送袋上门。
社区电话：0731-2261870
碇南社区居民委员会
2024年6月12日
""",
    ),
    dict(
        slug="association-zuocheng-logistics-crate-pledge-head",
        site="笮城市物流与采购协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://www.zcwlxh.example.org.cn/xhdt/2024/0520/119.html",
        title="周转箱循环共用行业自律倡议书",
        record_title="周转箱循环共用行业自律倡议书【会员单位请转发】- 笮城市物流与采购协会",
        date="2024-05-16",
        date_also=["2024-05-20"],
        notes="an association page with a member-login row and a member hotline; the association's name in the header is also the "
        "signature (matched as head); '分享' as content; 成文日期 under the signature and the site's date apart",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>周转箱循环共用行业自律倡议书【会员单位请转发】- 笮城市物流与采购协会</title></head><body>
<div class="xh-top"><span>⟦m 笮城市物流与采购协会⟧</span> <a>⟦a 会员单位登录⟧</a> <a>⟦a 申请入会⟧</a></div>
<div class="xh-nav">⟦m 首页　协会概况　协会动态　会员风采　政策法规⟧</div>
<div class="xh-pos">⟦m 首页 ＞ 协会动态⟧</div>
<h1>{T}</h1>
<div class="xh-meta">⟦m 发布时间：2024-05-20　来源：协会秘书处⟧</div>
<div class="xh-txt">
{BODY}
</div>
<div class="xh-share">⟦l 转发到：微信好友　企业微信　钉钉⟧</div>
<div class="xh-foot">⟦m 会员服务热线：0715-3366019⟧<br>⟦m © 笮城市物流与采购协会　鄂ICP备19022408号⟧</div>
</body></html>
""",
        body="""
各会员单位：
我市每年商贸物流消耗一次性纸箱、泡沫箱数以亿计，大量包装用完即弃，增加了企业成本，也加重了环境负担。为推动绿色物流发展，协会向全体会员单位倡议：
一、优先使用可循环的标准化塑料周转箱，逐步减少一次性包装。
二、积极加入全市周转箱循环共用平台，做到一箱多用、跨企流转。
三、不私自截留其他企业的周转箱，不损毁、不挪作他用。
四、建立周转箱清洗消毒制度，保证箱体清洁卫生。
请各会员单位将本倡议分享至本企业工作群，让每一位员工都了解、支持循环包装。
笮城市物流与采购协会
2024年5月16日
""",
    ),
    dict(
        slug="association-qinyang-tools-council-minutes-vote",
        site="檎阳县园林工具行业协会 (invented, text)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://www.qyyljx.example.org/hyjy/2025/0115/22.html",
        title="檎阳县园林工具行业协会第二届理事会第三次会议纪要",
        record_title="〖理事会决议〗檎阳县园林工具行业协会第二届理事会第三次会议纪要_协会要闻",
        date="2025-01-10",
        notes="an association's page as text: 时间/地点/主持/出席/列席/记录 lines and a vote count stay in the body; the 时间 line "
        "gives the date; a member-hotline line and a join prompt",
        page="""
!m 檎阳县园林工具行业协会
!m 协会动态 | 通知公告 | 会员名录 | 入会须知
{T}
!m 发布：协会秘书处　阅读：133
{BODY}
!a ☞ 有意入会的园林工具生产、经销企业，点此填写入会申请表
!m 会员服务专线：0736-5230876
""",
        body="""
时间：2025年1月10日上午9时
地点：檎阳县工业园区协会会议室
主持：会长　滕国栋
出席：理事15人（应到17人）
列席：监事　苗秀英
记录：秘书处　柏芸
会议审议通过了以下事项：
一、《园林修枝剪产品团体标准（征求意见稿）》，同意提交会员大会表决。表决结果：同意14票，反对0票，弃权1票。
二、2025年度工作计划，重点开展修枝剪刃口硬度比对试验和打假维权活动。
三、吸收檎阳县利剪五金制品厂等3家企业为新会员。
""",
    ),
    dict(
        slug="company-hengsu-uv-sacks-title-glued-cookie",
        site="恒塑包装有限公司 (invented company site)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.hengsu-pack.example.com/news/2024/0912/86.html",
        title="恒塑包装新一代抗紫外线编织袋正式下线",
        record_title="企业动态 ›› 恒塑包装新一代抗紫外线编织袋正式下线｜恒塑包装",
        record_date="2024-09-12",
        date="2024-09-12",
        notes="a company site: a cookie notice, a service float, a dotted date; the title repeated and glued before the news lead; "
        "the company's short name inside the body; the record's date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>企业动态 ›› 恒塑包装新一代抗紫外线编织袋正式下线｜恒塑包装</title></head><body>
<div class="cookie">⟦d 本网站使用Cookie改善浏览体验，继续访问即表示您同意。⟧ <button>⟦a 知道了⟧</button></div>
<header>⟦m 恒塑包装 HENGSU PACK⟧ ⟦m 首页　关于恒塑　产品中心　企业动态　联系我们⟧</header>
<div class="path">⟦m 首页 / 企业动态 / 公司新闻⟧</div>
<h1>{T}</h1>
<div class="date">⟦m 2024.09.12　浏览：517⟧</div>
<div class="news-body">
{BODY}
</div>
<div class="news-pn">⟦l 上一条：恒塑包装通过质量管理体系复审⟧　⟦l 下一条：公司组织开展消防应急演练⟧</div>
<div class="float-kf">⟦w 业务咨询 400-6180-229⟧</div>
<footer>⟦m 恒塑包装有限公司　地址：笮城市炻湖区塑编产业园8号　鄂ICP备18011950号⟧</footer>
</body></html>
""",
        body="""
⟦t 恒塑包装新一代抗紫外线编织袋正式下线⟧9月11日，恒塑包装有限公司新一代抗紫外线编织袋在三号车间正式下线，首批20万条将发往西北地区的粮食和化肥企业。
传统编织袋在露天堆放时，经阳光暴晒三四个月就会发脆、破裂。新产品在拉丝工序中加入了抗老化母料，经第三方检测，户外暴晒12个月后拉伸强度保持率仍在80%以上。
公司技术部负责人介绍，新产品单价比普通编织袋高约一成，但使用寿命延长近两倍，客户综合成本反而下降。
今年以来，恒塑已投入1200万元改造圆织机和涂膜生产线，编织袋年产能达到6000万条。
""",
    ),
    dict(
        slug="company-hengsheng-recall-call-buttons-record",
        site="笮城恒升电梯配件厂 (invented company site, text)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.hengsheng-dt.example.cn/gonggao/2024/1016/12.html",
        title="关于召回部分批次电梯外呼按钮的公告",
        date="2024-10-15",
        date_also=["2024-10-16"],
        notes="record title as is; a company site as text: a recalled-batches table one row a paragraph; the recall line in the "
        "body beside a 400 order line; 成文日期 under the signature and the page's date apart",
        page="""
!m 笮城恒升电梯配件厂　专业电梯按钮·操纵盘制造
!m 网站首页 > 公司公告
{T}
!m 2024-10-16　｜　阅读 708
{BODY}
!m 订货热线：400-6027-135
!l 相关产品：HS-A型外呼盒　HS-K型轿厢操纵盘　盲文按钮
!m 版权所有：笮城恒升电梯配件厂
""",
        body="""
我厂在产品质量回访中发现，2023年7月至2024年3月生产的部分HS-B12型电梯外呼按钮，在长期高频使用后可能出现按压寿命不足、按钮卡滞的情况。为保障乘梯安全，我厂决定召回以下批次产品：
批次号　生产日期　数量
HSB230718　2023年7月18日　1200只
HSB231102　2023年11月2日　1600只
HSB240311　2024年3月11日　900只
请使用上述批次产品的维保单位和物业企业与我厂联系，我厂将免费上门更换。
召回专线：0715-3305117（周一至周六8:00-18:00）
笮城恒升电梯配件厂
2024年10月15日
""",
    ),
    dict(
        slug="training-anpei-rope-weekend-brochure-fees",
        site="笮城安培职业培训学校 (invented training school)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.zcanpei.example.com/zsjz/gkzy.html",
        title="高处作业安全绳实操周末班招生简章",
        record_title="高处作业安全绳实操周末班招生简章｜安培培训（学完发证）",
        date=None,
        notes="a training school page: a promo banner, a consult float, a 400 line; a fees table one row a paragraph; the school's "
        "报名电话 in the body; no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>高处作业安全绳实操周末班招生简章｜安培培训（学完发证）</title></head><body>
<div class="promo">⟦a 秋季报名季：两人同报各减200元，名额有限⟧</div>
<header>⟦m 笮城安培职业培训学校⟧ ⟦m 安全培训·特种作业·技能提升⟧ ⟦m 招生热线 400-1187-365⟧</header>
<nav>⟦m 首页　课程中心　招生简章　学员风采　在线报名⟧</nav>
<h1>{T}</h1>
<div class="zs-txt">
{BODY}
</div>
<div class="zs-btn">⟦a 立即在线报名⟧　⟦a 下载报名表⟧</div>
<div class="zs-float">⟦w 课程顾问在线，点我咨询⟧</div>
<footer>⟦m 笮城安培职业培训学校　地址：笮城市炻湖区职教园6栋　鄂ICP备21008815号⟧</footer>
</body></html>
""",
        body="""
本班面向外墙清洗、广告安装、高空维修等从业人员，利用周末时间集中实操训练，讲透安全绳的选用、检查、系挂和救援。
课程安排：
课程　学时　内容
安全绳选用与检查　4　绳体、锁扣、缓冲器的检查要点
挂点设置与系挂　6　锚点选择、高挂低用、双绳作业
坠落救援演练　6　悬吊救援、自救器材使用
费用：每人980元，含教材、实操耗材和午餐。学员全部课时结束并考核合格后，颁发结业证书。
每期限招16人，报满即止。
报名电话：0715-3391026（周一至周日9:00-18:00）
""",
    ),
    dict(
        slug="training-guonong-pruning-class-notice-text",
        site="果农之友培训中心 (invented training school, text)",
        style="培训机构",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.guonongzy.example.cn/kecheng/2024/1125/35.html",
        title="关于开设果树冬季修剪实训课的通知",
        record_title="【冬剪实训】关于开设果树冬季修剪实训课的通知 - 果农之友培训中心",
        date="2024-11-25",
        notes="a training centre's page as text: a trial-lesson prompt on a line of its own between paragraphs; the class's "
        "own 报名电话 beside the centre's 400 line; 成文日期 under the signature; bring-your-own 修枝剪",
        page="""
!m 果农之友培训中心 —— 让每棵果树都多结果
!m 首页 > 课程通知
{T}
!m 发布：教务部　2 天前更新
{BODY}
!a 【我要报名】【转给果农朋友】
!m 全国服务热线：400-0736-889
!d 果农之友培训中心版权所有，未经许可不得转载
""",
        body="""
各位果农朋友：
冬季是桃、梨、柑橘等果树修剪的关键时期。为帮助大家掌握冬剪技术，本中心定于12月7日至8日在檎岭镇示范果园开设冬季修剪实训课。
课程内容：树形识别、疏枝与短截、大枝回缩、剪口保护和修枝剪、手锯的正确使用与保养。
⟦a 首次参加的学员可先免费试听半天⟧
参加实训的学员请自带修枝剪和手套，没有工具的可现场借用。
报名电话：0736-5241180（檎岭镇农技站）
果农之友培训中心
2024年11月25日
""",
    ),
    dict(
        slug="fanwenapp-bisu-duty-report-crates-h5",
        site="笔速写作App (invented writing app, H5 share)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="html",
        source="https://h5.bisuxiezuo.example.com/share/article?id=58820193",
        title="物流配送中心周转箱管理员2024年度述职报告",
        record_title="物流配送中心周转箱管理员2024年度述职报告（可直接改名用）· 笔速写作App",
        date="2024-12-27",
        notes="a writing app's H5 share: an open-app mask, a fold ('展开剩余') on a line of its own, an AI-rewrite button glued after "
        "a 。; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">
<title>物流配送中心周转箱管理员2024年度述职报告（可直接改名用）· 笔速写作App</title></head><body>
<div class="app-bar">⟦m 笔速写作⟧ ⟦a 打开App，免费领10篇下载券⟧</div>
<div class="art"><h1>{T}</h1>
<div class="art-meta">⟦m 范文编号 58820193　·　1.2万人用过⟧</div>
<div class="art-body">
{BODY}
</div></div>
<div class="app-mask">⟦a 在App内打开，可一键替换单位名称⟧</div>
<div class="app-rec"><h4>⟦l 大家还在写⟧</h4><p>⟦l 仓库管理员个人年终述职⟧</p><p>⟦l 物流专员年度工作总结⟧</p></div>
<div class="app-foot">⟦m 笔速写作 · 让公文不再难写⟧</div>
</body></html>
""",
        body="""
今年，我在配送中心担任周转箱管理员，负责全中心4.6万只周转箱的发放、回收、清洗和盘点。现将一年来的履职情况报告如下。
一、建立台账，做到箱箱有数。我给每只周转箱编了号，按门店建立收发台账，每周对账一次，全年周转箱丢失率从去年的3.1%降到0.9%。⟦a ✨ AI帮你改写这一段⟧
二、盯紧清洗，做到箱箱干净。配合设备部完成清洗线改造，回收的周转箱全部当天清洗、消毒、晾干，未再出现门店投诉箱子有异味的问题。
⟦a 展开剩余40%内容⟧
三、存在不足。对破损箱的修复利用还不够，全年报废1300余只，明年将与供应商协商以旧换新。
述职人：郑一鸣
2024年12月27日
""",
    ),
    dict(
        slug="fanwenapp-miaobi-host-script-ropes-text",
        site="妙笔公文App (invented writing app, text share)",
        style="范文APP",
        genre="主持词",
        kind="speech",
        form="text",
        source="https://share.miaobigw.example.cn/a/77129",
        title="“安全绳挂牢　生命有保障”安全生产月主题活动主持词",
        record_title="“安全绳挂牢　生命有保障”安全生产月主题活动主持词（开场+结束语全套）｜妙笔公文",
        date=None,
        notes="a writing app's share as text: an open-app line, a VIP-unlock line between paragraphs, a 'copy whole text' button "
        "glued before the first words; a host script without a date",
        page="""
!m 妙笔公文 · 写材料的好帮手
!a 打开妙笔公文App查看全文
{T}
!m 分类：主持词　收藏 862
{BODY}
!l 相关主持词：安全知识竞赛主持词　应急演练总结会主持词
!a 保存到我的文档　｜　分享到微信
""",
        body="""
⟦a 复制全文到剪贴板⟧尊敬的各位领导、各位工友：
大家上午好！今天是六月的第一个周一，我们在这里举行“安全绳挂牢　生命有保障”安全生产月主题活动。
首先，请项目经理为活动致辞，大家欢迎。
接下来，请安全员为大家演示安全绳的检查和正确系挂方法，请各班组长带领工友们认真学、跟着练。
⟦a 开通VIP，解锁剩余主持串词⟧
下面，进行安全绳系挂比武，每个班组派两名选手参加，用时最短、动作最规范的班组获胜。
工友们，安全绳系得牢，家人才能睡得好。今天的活动到此结束，谢谢大家！
""",
    ),
]

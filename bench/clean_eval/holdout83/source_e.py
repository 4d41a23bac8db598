"""holdout83, part E: residents' sites, associations, company sites, training schools, writing apps. Invented text."""

CASES = [
    dict(
        slug="community-mojia-millstone-courtyard-html",
        site="碾岭街道磨坊社区 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.nlmofangsq.cn/tzgg/2025/1102.html",
        title="关于在社区小广场摆放石磨景观的征求意见通知",
        record_title="【便民】关于在社区小广场摆放石磨景观的征求意见通知",
        date="2025-11-02",
        notes="residents' site; WeChat group prompt; 扫码 vote sentence kept; 联系人 kept",
        page="""
<html><head><meta charset="utf-8"><title>【便民】关于在社区小广场摆放石磨景观的征求意见通知</title></head><body>
<div class="top">⟦m 磨坊社区居委会 · 您身边的服务站⟧</div>
<div class="nav">⟦m 社区动态　办事指南　网格服务　志愿者之家⟧</div>
<h2>{T}</h2>
<div class="date">⟦m 2025-11-02　阅读 76⟧</div>
{BODY}
<div class="join">⟦w 加入社区居民群：添加网格员微信 mfsq_wg01⟧</div>
<div class="foot">⟦m 磨坊社区居委会　值班电话：0566-8176001⟧</div></body></html>
""",
        body="""
各位居民：
辖区内收集到五盘老石磨，社区拟将其摆放在小广场东侧，作为景观和儿童认知展示。
请居民扫描公告栏上的二维码投票，也可到居委会填写意见表，截止日期为11月15日。
联系人：网格员 闵小芸，电话：15905661290。
磨坊社区居委会
2025年11月2日
""",
    ),
    dict(
        slug="community-luchuan-waterwheel-volunteer-text",
        site="轳川社区服务网 (invented)",
        style="社区网站",
        genre="倡议书",
        kind="initiative",
        form="text",
        source="http://lcsqfw.cn/zyz/2025/33.html",
        title="轳川社区“护水车”志愿服务倡议",
        record_title="轳川社区“护水车”志愿服务倡议",
        date="2025-07-01",
        notes="join-volunteers button glued after a sentence; date in document",
        page="""
!m 轳川社区服务网
!m 志愿者之家 > 活动倡议
{T}
{BODY}
!l 点赞 16　｜　我要参加
!m 技术支持：轳川街道网格中心
""",
        body="""
社区的老水车是大家的共同财富。⟦a 【一键报名当志愿者】⟧
我们倡议居民每月参加一次水车周边清洁，发现叶板损坏及时报告社区。
轳川社区居委会
2025年7月1日
""",
    ),
    dict(
        slug="assoc-hengling-steelyard-council-html",
        site="衡岭县衡器行业协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="https://www.hlhqxh.org.cn/xhdt/2025/0322.html",
        title="衡岭县衡器行业协会一届三次理事会纪要",
        record_title="【协会动态】衡岭县衡器行业协会一届三次理事会纪要",
        date="2025-03-21",
        notes="association site; minutes lines; 监督电话 vs association phone",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【协会动态】衡岭县衡器行业协会一届三次理事会纪要</title></head><body>
<div class="hd">⟦m 衡岭县衡器行业协会⟧ ⟦a 会员登录⟧ ⟦a 入会申请⟧</div>
<div class="nav">⟦m 协会概况 | 协会动态 | 行业标准 | 会员风采⟧</div>
<h1>{T}</h1>
<p class="m">⟦m 发布人：秘书处　日期：2025-03-22⟧</p>
{BODY}
<div class="side">⟦l 推荐阅读：衡器行业自律公约⟧</div>
<div class="ft">⟦m 协会地址：衡岭县工业园衡器大楼　电话：0739-6128800⟧</div></body></html>
""",
        body="""
时间：2025年3月21日
地点：协会会议室
主持：会长 龚守业
出席：理事十一人
会议审议通过了《衡器行业自律公约（修订）》和2025年工作计划，决定年内举办一次杆秤制作技能比赛。
表决结果：同意11票。
""",
        date_also=["2025-03-22"],
    ),
    dict(
        slug="assoc-zhuoyang-kite-pinwheel-pledge-text",
        site="棹阳市手工艺品协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="initiative",
        form="text",
        source="http://www.zysgyxh.org/news/2025/04.html",
        title="风车产品质量安全倡议书",
        record_title="【协会倡议】风车产品质量安全倡议书",
        date="2025-03-28",
        notes="association pledge; numbered list",
        page="""
!m 棹阳市手工艺品协会
!t 【协会倡议】风车产品质量安全倡议书
!m 来源：协会秘书处 | 2025-03-30
{BODY}
!a 打印本页 | 关闭
!m 协会秘书处电话：0566-2190766
""",
        date_also=["2025-03-30"],
        body="""
全市风车生产经营者：
1. 风车轴杆端头须做圆头处理，防止划伤儿童。
2. 纸面染料应符合玩具安全标准。
3. 产品应标注生产者名称和联系方式。
棹阳市手工艺品协会
2025年3月28日
""",
    ),
    dict(
        slug="company-dengcheng-scale-recall-html-cookie",
        site="戥城衡器厂官网 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.dchengqi.com/news/2025-09-03.html",
        title="关于召回部分批次木杆秤的公告",
        record_title="关于召回部分批次木杆秤的公告 - 戥城衡器厂",
        date="2025-09-03",
        notes="company site with cookie banner and shop link; 召回专线 kept beside sales line; batch table",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于召回部分批次木杆秤的公告 - 戥城衡器厂</title><script>gtag('config','DC-1');</script></head><body>
<div class="cookie">⟦d 本网站使用Cookie改善浏览体验，继续浏览即表示同意。⟧ ⟦a 接受⟧</div>
<header>⟦m 戥城衡器厂　始于1958⟧ <nav>⟦m 关于我们 产品中心 新闻公告 联系我们⟧</nav> <a>⟦a 官方商城⟧</a></header>
<h1>{T}</h1>
<p class="d">⟦m 2025.09.03⟧</p>
{BODY}
<footer>⟦m 销售热线：0739-6158888⟧　⟦m ©戥城衡器厂 湘ICP备09012233号⟧</footer></body></html>
""",
        body="""
我厂发现部分批次木杆秤秤钩焊接不牢，存在脱落风险，现决定主动召回。
批次号　生产日期　数量
DC250412　2025年4月12日　320杆
DC250506　2025年5月6日　280杆
请用户停止使用，联系召回专线0739-6158011办理免费更换。
""",
    ),
    dict(
        slug="company-lunxi-waterwheel-park-news-html",
        site="轮溪水务集团官网 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.lxsw.com.cn/news/company/202510/9918.html",
        title="水车文化公园建成开放",
        record_title=None,
        date="2025-10-01",
        notes="company news with product banner between paragraphs; title missing from record",
        page="""
<html><head><meta charset="utf-8"><title>水车文化公园建成开放-轮溪水务集团</title></head><body>
<header>⟦m 轮溪水务集团有限公司⟧ <nav>⟦m 集团概况 新闻中心 供水服务 党建园地⟧</nav></header>
<div class="loc">⟦m 新闻中心 / 集团要闻⟧</div>
<h1>{T}</h1>
<p class="date">⟦m 发布时间：2025-10-01⟧</p>
{BODY}
<div class="next">⟦l 下一篇：集团开展国庆节前安全大检查⟧</div>
<footer>⟦m 供水服务热线：0578-96390⟧</footer></body></html>
""",
        body="""
10月1日，由集团投资建设的水车文化公园正式建成开放，五座修缮后的古水车重新运转。
⟦a 智慧水务 · 扫码绑定户号在线缴费⟧
公园占地四十二亩，设有水车展示区、农耕体验区和滨水步道，免费向市民开放。
""",
    ),
    dict(
        slug="training-suohu-weaving-class-html-float",
        site="蓑湖非遗技艺培训学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="notice",
        form="html",
        source="https://www.shfypx.com/zs/2025/spring.html",
        title="2025年春季棕编蓑衣技艺培训班招生简章",
        record_title="【春季招生】2025年春季棕编蓑衣技艺培训班招生简章（包教包会）",
        date=None,
        notes="training school with float box; 报名电话 kept beside 400 line; course table; no date",
        page="""
<html><head><meta charset="utf-8"><title>【春季招生】2025年春季棕编蓑衣技艺培训班招生简章（包教包会）</title></head><body>
<div class="top">⟦m 蓑湖非遗技艺培训学校⟧ ⟦m 全国招生热线 400-089-6677⟧</div>
<div class="nav">⟦m 学校简介 课程设置 师资力量 学员作品⟧</div>
<h2>{T}</h2>
{BODY}
<div class="float">⟦w 免费试听 点我预约⟧</div>
<div class="foot">⟦m 蓑湖非遗技艺培训学校 版权所有⟧</div></body></html>
""",
        body="""
本校面向社会招收棕编蓑衣技艺学员，由省级非遗传承人亲自授课。
课程　课时　费用
基础班　40课时　免费
提高班　60课时　800元
报名电话：0570-5582130（曾老师）。
""",
    ),
    dict(
        slug="training-dengcheng-metrology-course-text",
        site="衡星计量培训中心 (invented)",
        style="培训机构",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.hxjlpx.cn/kc/2025/08.html",
        title="关于举办计量器具检定员培训班的通知",
        record_title="关于举办计量器具检定员培训班的通知",
        date="2025-08-18",
        notes="course ad line between paragraphs; date in document",
        page="""
!m 衡星计量培训中心 · 持证上岗不求人
{T}
{BODY}
!w 报课咨询加老师微信：hx_jl2025
!m © 衡星计量培训中心
""",
        body="""
各有关单位：
为提高基层计量检定人员业务水平，中心定于9月8日至12日举办检定员培训班。
⟦a 限时优惠：两人同报立减300元⟧
培训内容包括杆秤、案秤和电子秤的检定规程及实操。
衡星计量培训中心
2025年8月18日
""",
    ),
    dict(
        slug="fanwenapp-chengshan-pinwheel-summary-text",
        site="妙笔范文APP (invented)",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://share.miaobiapp.com/doc/772103",
        title="风场镇2025年风车节工作总结",
        record_title="风场镇2025年风车节工作总结（通用版）",
        date="2025-04-20",
        notes="writing app share page; 'continue in app' fold in the body",
        page="""
!m 妙笔范文 · 你的写作助手
!t 风场镇2025年风车节工作总结（通用版）
!a 打开APP，AI帮你改写
{BODY}
!a 复制全文需在APP内完成
!l 猜你想写：节庆活动总结 | 文旅活动方案
""",
        body="""
今年风车节历时八天，共接待游客十二万人次，带动周边餐饮住宿收入约六百万元。
⟦a 下载妙笔APP 阅读剩余60%内容⟧
活动期间未发生安全事故，但停车场容量不足、高峰时段拥堵问题较突出，明年需提前规划临时停车点。
风场镇人民政府
2025年4月20日
""",
    ),
    dict(
        slug="fanwenapp-moyang-millstone-speech-text",
        site="公文秘书APP (invented)",
        style="范文APP",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://m.gwmishu.cn/s/x82KqA",
        title="在磨阳县首届石磨文化节开幕式上的致辞",
        record_title="在磨阳县首届石磨文化节开幕式上的致辞",
        date="2025-10-18",
        notes="app share; Chinese-numeral date under speech title; speaker line neutral",
        page="""
!m 公文秘书 | 分享自用户“碾子”
{T}
县委副书记、县长　柯云岭
（二〇二五年十月十八日）
{BODY}
!a 在公文秘书APP中打开，查看更多讲话稿
!d 内容由用户分享，仅供参考
""",
        body="""
尊敬的各位来宾，朋友们：
金秋十月，我们相聚碾岭，共同开启首届石磨文化节。
石磨见证了磨阳人千百年的勤劳，希望通过文化节，让石磨豆腐、石磨米粉走出大山。
预祝文化节圆满成功！
""",
    ),
]

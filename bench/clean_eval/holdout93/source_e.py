"""holdout93, part E: 社区网站, 行业协会, 企业官网, 培训机构, 范文APP. Everything invented."""

CASES = [
    dict(
        slug="community-heyuan-cello-practice-notice-html",
        site="禾苑社区服务网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://heyuan-sq.example.com/notice/2025-10-08.html",
        title="关于规范楼内乐器练习时间的温馨提示",
        record_title="关于规范楼内乐器练习时间的温馨提示",
        date="2025-10-08",
        notes="residents' site; property hotline vs the community's own 联系电话 in the body; WeChat group prompt; comment count",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>禾苑社区服务网</title></head><body>
<div class="hd">⟦m 禾苑社区服务网　邻里一家亲⟧</div>
<div class="nav">⟦m 首页　社区公告　办事指南　邻里圈　志愿服务⟧</div>
<h2>{T}</h2>
<div class="info">⟦m 发布人：禾苑社区居委会　10-08　阅读 688　评论 31⟧</div>
{BODY}
<div class="wx">⟦w 扫码加入禾苑业主群，第一时间获取通知⟧</div>
<div class="ft">⟦m 物业24小时服务电话：0739-2260118⟧</div>
</body></html>
""",
        body="""
各位居民：
近期有居民反映，部分住户练习大提琴、钢琴等乐器的时间过早或过晚，影响邻居休息。
请大家将练琴时间安排在每天8:00至12:00、14:00至21:00之间，并关好门窗。
社区活动中心二楼琴房可免费预约使用，联系电话：0739-2261503。
禾苑社区居民委员会
2025年10月8日
""",
    ),
    dict(
        slug="community-nanjie-bamboo-rat-smell-reply-text",
        site="南街社区网 (invented)",
        style="社区网站",
        genre="答复",
        kind="other",
        form="text",
        source="http://nanjie-sq.example.cn/wenzheng/6620",
        title="关于居民楼旁竹鼠养殖气味扰民问题的答复",
        record_title=None,
        date="2025-08-19",
        notes="resident complaint with the official reply; title missing ({T} on the page); complaint post time differs from the reply date (also accepted)",
        page="""
!m 南街社区网 > 居民问政 > 详情
{T}
!m 留言人：南街住户　留言时间：2025-08-12
!l 办理状态：已答复
{BODY}
!l 满意度评价：满意　基本满意　不满意
!m 南街社区网 | 备案号：桂ICP备18092210号
""",
        date_also=["2025-08-12"],
        body="""
留言内容：我家楼旁有人在车库里养竹鼠，夏天气味很大，希望社区管一管。
答复内容：收到您的留言后，社区会同镇农业服务中心于8月15日上门核查，该住户在车库内养殖竹鼠约200只。
经劝导，住户已同意于8月底前将竹鼠迁至村外养殖场，社区将跟踪落实。
南街社区居民委员会
2025年8月19日
""",
    ),
    dict(
        slug="association-neihua-snuff-council-minutes-html",
        site="枳阳县工艺美术协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://www.zygmxh.example.org/xhdt/2025/0110.html",
        title="县工艺美术协会内画专业委员会成立会议纪要",
        record_title="【协会纪要】县工艺美术协会内画专业委员会成立会议纪要_枳阳县工艺美术协会",
        date="2025-01-10",
        notes="association page; minutes lines and a vote count; 印发 line; join prompt; decorated title",
        page="""
<html><head><meta charset="utf-8"><title>【协会纪要】县工艺美术协会内画专业委员会成立会议纪要_枳阳县工艺美术协会</title></head><body>
<div class="top">⟦m 枳阳县工艺美术协会⟧ ⟦a 会员登录⟧ ⟦a 申请入会⟧</div>
<div class="nav">⟦m 协会概况 | 协会动态 | 会员风采 | 作品展厅⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 发布：秘书处　时间：2025-01-12⟧</div>
{BODY}
<div class="join">⟦w 入会咨询请联系秘书处小郑 189 0746 5512⟧</div>
<div class="ft">⟦d 协会网站内容未经授权不得转载⟧</div>
</body></html>
""",
        date_also=["2025-01-12"],
        body="""
时间：2025年1月10日上午
地点：县文化馆多功能厅
主持：协会会长阮秋声
出席：内画从业者及爱好者32人
会议审议通过了《内画专业委员会工作规则》，表决结果：同意31票，弃权1票。
会议选举秦若岚为专业委员会主任。
印发：协会各会员单位
""",
    ),
    dict(
        slug="association-tieyi-iron-initiative-text",
        site="楮山市五金行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.cswjxh.example.cn/news/show-2210.html",
        title="关于铁艺产品规范明码标价的倡议书",
        record_title="【协会倡议】关于铁艺产品规范明码标价的倡议书",
        date="2025-05-06",
        notes="association text; decorated title; join prompt glued? own line; chrome between paragraphs (an ad line)",
        page="""
!m 楮山市五金行业协会
!m 网站首页 >> 协会动态
{T}
!m 发布日期：2025年05月06日　访问量：267
{BODY}
!l 上一条：协会第三届理事会第二次会议召开
!m 协会地址：楮山市建材市场C区3楼　邮编：423000
""",
        body="""
全市铁艺生产经营企业和个体工商户：
为维护消费者合法权益，协会倡议：
一、铁艺门窗、栏杆、花架等产品一律明码标价，注明材质和计价方式。
⟦l 【广告】楮山五金城春季展销会火热招商中⟧
二、上门安装收费标准在店内醒目位置公示，不得临时加价。
三、自觉接受消费者和社会监督。
楮山市五金行业协会
2025年5月6日
""",
    ),
    dict(
        slug="company-hongguo-recall-notice-html",
        site="红果食品官网 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.hongguofood.example.com/news/recall-2025-07.html",
        title="关于主动召回部分批次山楂条产品的公告",
        record_title="关于主动召回部分批次山楂条产品的公告-红果食品",
        date="2025-07-15",
        notes="company site with cookie banner and shop link; recall batch table; company's own 召回专线 kept next to the site's 400 customer line",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于主动召回部分批次山楂条产品的公告-红果食品</title></head><body>
<div class="cookie">⟦d 本网站使用Cookie以改善浏览体验，继续浏览即表示同意。⟧ ⟦a 我知道了⟧</div>
<header>⟦m 红果食品　自然好滋味⟧ ⟦m 首页 产品中心 新闻资讯 联系我们⟧ ⟦a 官方商城⟧</header>
<h1>{T}</h1>
<div class="d">⟦m 2025-07-15　新闻资讯⟧</div>
{BODY}
<footer>⟦m 全国客服热线：400-655-3188⟧ ⟦m ©2025 红果食品有限公司⟧</footer>
</body></html>
""",
        body="""
我公司在自查中发现，部分批次山楂条产品包装密封不良，可能影响产品品质。为保障消费者权益，现主动召回以下批次产品：
规格　生产批次　生产日期
200克袋装　HG250602　2025年6月2日
200克袋装　HG250603　2025年6月3日
已购买上述产品的消费者可凭包装到原购买处办理退货，召回专线：0746-5238811。
红果食品有限公司
2025年7月15日
""",
    ),
    dict(
        slug="company-zhuxiang-bamboo-rat-farm-intro-text",
        site="竹乡生态养殖官网 (invented)",
        style="企业官网",
        genre="简介",
        kind="other",
        form="text",
        source="http://www.zhuxiang-farm.example.cn/about.html",
        title="竹乡生态养殖场简介",
        record_title="关于我们 - 竹乡生态养殖场",
        date=None,
        notes="company about page; decorated title (column); no date; hotline and WeChat at the bottom; nav at top",
        page="""
!m 竹乡生态养殖　| 首页 | 关于我们 | 产品展示 | 养殖技术 | 联系我们
{T}
{BODY}
!w 种苗订购热线：138 7712 0934（微信同号）
!m 地址：柃溪县竹林镇上坪村　技术支持：柃溪网络
""",
        body="""
竹乡生态养殖场位于柃溪县竹林镇上坪村，始建于2016年，现有标准化圈舍1200个。
养殖场坚持生态养殖，以竹子、芒草等为主要饲料，不使用激素类添加剂。
养殖场先后带动周边农户56户发展竹鼠养殖，提供种苗、技术和回收服务。
""",
    ),
    dict(
        slug="training-xianyue-cello-summer-class-html",
        site="弦悦艺术培训中心 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="notice",
        form="html",
        source="https://www.xianyue-art.example.com/zs/2025summer.html",
        title="弦悦艺术培训中心2025年暑期大提琴班招生简章",
        record_title="【暑期班火热报名中】弦悦艺术培训中心2025年暑期大提琴班招生简章",
        date=None,
        notes="training school with float box; course table; school's own 报名电话 kept next to the site's 400 line; no date (year in title, 更新 stamp)",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【暑期班火热报名中】弦悦艺术培训中心2025年暑期大提琴班招生简章</title></head><body>
<div class="head">⟦m 弦悦艺术培训中心⟧ ⟦m 全国统一咨询：400-900-1732⟧</div>
<div class="menu">⟦m 首页 课程体系 师资力量 学员风采 在线报名⟧</div>
<h1>{T}</h1>
<div class="upd">⟦m 更新于：2025-06-09⟧</div>
{BODY}
<div class="float">⟦w 免费试听 立即预约⟧ ⟦w 添加老师微信 xy-cello01⟧</div>
<div class="ft">⟦d 本页课程信息以校区实际为准。⟧</div>
</body></html>
""",
        body="""
一、招生对象：6至14岁零基础或有一定基础的学生。
二、课程设置：
班型　课时　学费
启蒙班　20课时　1800元
提高班　24课时　2400元
三、报名方式：到中心前台现场报名，或拨打报名电话0739-2288650。
""",
    ),
    dict(
        slug="training-jiangxin-iron-course-plan-text",
        site="匠心职业技能培训学校 (invented)",
        style="培训机构",
        genre="方案",
        kind="plan",
        form="text",
        source="http://jiangxinpx.example.cn/kecheng/tieyi.html",
        title="铁艺焊接与锻造技能培训实施方案",
        date="2025-03-01",
        notes="training school text; enrol prompt glued before a sentence; numbered items; date at the end",
        page="""
!m 匠心职业技能培训学校 · 一技在手 就业无忧
!m 首页 > 培训项目 > 铁艺
{T}
{BODY}
!w 报名咨询：微信 jxpx_2025 ｜ QQ 1536627740
!l 热门课程：电工证　焊工证　叉车证
""",
        body="""
一、培训对象：有意从事铁艺加工的城乡劳动者，年龄18至55周岁。
二、培训内容：识图下料、电焊、手工锻打、防锈涂装，共计120学时。
⟦w 名额有限，速来抢报！⟧三、考核发证：培训结束后参加焊工职业技能等级认定，合格者颁发证书。
四、补贴政策：符合条件的学员可申领职业培训补贴。
匠心职业技能培训学校
2025年3月1日
""",
    ),
    dict(
        slug="fanwenapp-bixia-map-volunteer-summary-text",
        site="笔下生花APP (invented)",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://share.bixiaapp.example.com/w/8Kf2nQ",
        title="地名普查志愿服务队工作总结",
        record_title="地名普查志愿服务队工作总结（精选范本）｜笔下生花",
        date="2025-11-28",
        notes="writing-app share page; decorated title; open-in-app fold between paragraphs; member unlock at the bottom; 成文日期",
        page="""
!m 笔下生花 · 写作好帮手
!a 打开APP查看更多范文
{T}
!m 作者：墨池　收藏 96
{BODY}
!a 开通会员解锁全部范文
!l 你可能还需要：志愿服务心得　社区志愿者年度总结
""",
        body="""
今年以来，队员们配合县地名办完成了全县148个行政村的地名普查。
队员们走访老人230余人次，核实地名1260条，纠正错误标注37处。
⟦a 展开全文 ∨⟧
明年，服务队将协助开展地名文化讲解进校园活动。
县地名普查志愿服务队
2025年11月28日
""",
    ),
    dict(
        slug="fanwenapp-miaobi-hawthorn-speech-html",
        site="妙笔范文APP (invented)",
        style="范文APP",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://m.miaobiapp.example.com/share/a/33108",
        title="在山楂采摘节开幕式上的致辞",
        record_title="在山楂采摘节开幕式上的致辞（通用版）",
        date="2025-09-27",
        notes="app share page; speaker and date under the title neutral; app download bar; decorated title",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>在山楂采摘节开幕式上的致辞（通用版）</title></head><body>
<div class="appbar">⟦a 妙笔范文APP　打开⟧</div>
<h1>{T}</h1>
<p class="spk">柃溪镇镇长　温如海</p>
<p class="dt">（2025年9月27日）</p>
{BODY}
<div class="more">⟦a 在APP内阅读全文⟧</div>
<div class="likes">⟦l 👍 73　💬 5　⭐ 收藏⟧</div>
</body></html>
""",
        body="""
各位来宾、游客朋友们：
金秋九月，满山红果。欢迎大家来到柃溪参加山楂采摘节！
这些年，柃溪的山楂从“卖不出去”到“不够卖”，靠的是大家的支持。
祝大家采得开心、玩得尽兴！
""",
    ),
]

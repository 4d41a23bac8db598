"""holdout260, part E: 社区网站, 行业协会, 企业官网, 培训机构, 范文APP. Invented text."""

CASES = [
    dict(
        slug="community-shequ-notice-bike-basket-html",
        site="柿湾社区服务网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.shiwansq.cn/gg/2024/0815.html",
        title="关于清理楼道内废旧自行车及车筐的通知",
        record_title="【邻里公告】关于清理楼道内废旧自行车及车筐的通知 - 柿湾社区",
        date="2024-08-15",
        notes="residents' site; weather; grid member box; community phone next to property duty line",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【邻里公告】关于清理楼道内废旧自行车及车筐的通知 - 柿湾社区</title></head><body>
<div class="hd">⟦m 柿湾社区服务网 · 共建幸福家园⟧ ⟦m 晴 28~35℃⟧</div>
<nav>⟦m 首页 社区公告 办事指南 邻里圈 联系我们⟧</nav>
<h2>{T}</h2>
{BODY}
<aside>⟦w 我的网格员：蒲晓燕 手机 135 7960 3318⟧</aside>
<footer>⟦m 物业24小时值班：0538-5061199⟧</footer></body></html>
""",
        body="""
各位居民：
楼道内堆放的废旧自行车和拆下的车筐，堵塞消防通道，存在安全隐患。社区定于8月24日统一清理。
请居民在8月23日前将自家的车辆和车筐搬回家中或移至车棚，仍需保留的请贴上写有门牌号的纸条。
逾期未处理的，视为无主物品，由社区统一清运。
咨询电话：柿湾社区居委会0538-5061327。
柿湾社区居民委员会
2024年8月15日
""",
    ),
    dict(
        slug="community-jumin-pledge-reflective-text",
        site="湭阳镇槿园社区 (invented)",
        style="社区网站",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://jinyuan.qiyang.gov.cn/cy/2024/1201.html",
        title="给老人的三轮车贴上反光贴——致社区居民的倡议书",
        record_title="给老人的三轮车贴上反光贴——致社区居民的倡议书",
        date="2024-12-01",
        record_date="2024-12-01",
        notes="record title and date; 关注/分享 as content",
        page="""
!m 槿园社区 ｜ 湭阳镇
{T}
{BODY}
!l 相关阅读：冬季用电安全提示
!m 槿园社区居委会　地址：槿园路6号
""",
        body="""
亲爱的居民朋友们：
冬天天黑得早，社区里不少老人骑着三轮车早出晚归，车尾没有任何反光标识，很容易被后面的车辆追尾。
我们倡议：子女们回家时，帮父母检查一下三轮车，贴上两条反光贴；邻居们看到没贴的，提醒一声。社区服务站免费提供反光贴，每户限领四条。
请大家关注社区公众号，并把这份倡议分享给家人。
槿园社区居民委员会
""",
    ),
    dict(
        slug="assoc-xiehui-minutes-team-flag-html",
        site="琠城市龙舟协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://www.tclzxh.org.cn/xhdt/2025/0305.html",
        title="琠城市龙舟协会第二届理事会第三次会议纪要",
        record_title="【协会动态】琠城市龙舟协会第二届理事会第三次会议纪要_琠城市龙舟协会",
        date="2025-03-02",
        date_also=["2025-03-05"],
        notes="association site; member login row; minutes' 时间 line vs posting date; vote count; 印发 line",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【协会动态】琠城市龙舟协会第二届理事会第三次会议纪要_琠城市龙舟协会</title></head><body>
<div class="hd">⟦m 琠城市龙舟协会⟧ ⟦a 会员登录 ｜ 入会申请⟧</div>
<nav>⟦m 协会首页 协会动态 赛事信息 会员风采⟧</nav>
<h1>{T}</h1>
<div class="i">⟦m 发布：2025-03-05　秘书处⟧</div>
{BODY}
<footer>⟦m 协会秘书处电话：0538-5088160⟧ ⟦d 协会网站内容未经许可不得转载⟧</footer></body></html>
""",
        body="""
时间：2025年3月2日上午
地点：琠城市体育中心会议室
主持：会长 汤永泉
出席：理事21人
记录：秘书处 殷小满
会议审议通过了《龙舟队队旗管理规定》，表决结果：同意20票，弃权1票。规定明确，各参赛队队旗须在协会备案，比赛期间插于船头，不得遮挡鼓手视线。
会议还确定端午龙舟赛于5月31日在琠水河举行。
琠城市龙舟协会秘书处　2025年3月4日印发
""",
    ),
    dict(
        slug="assoc-hangye-letter-mudguard-text",
        site="澯水县自行车行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.csbike.org/changyi/2024/0611.html",
        title="关于自行车出厂必须配齐挡泥板的倡议",
        record_title="[协会倡议] 关于自行车出厂必须配齐挡泥板的倡议 - 澯水县自行车行业协会",
        date="2024-06-10",
        notes="text; pledge with date; member-only line",
        page="""
!m 澯水县自行车行业协会　会员单位 62 家
{T}
!a 会员单位请登录后下载盖章版
{BODY}
!l 协会新闻 · 行业标准 · 会员名录
!m 协会地址：澯水县工业园区创业大厦5楼
""",
        indent="\u3000\u3000",
        body="""
各会员单位：
近年来，部分企业为降低成本，城市车、通勤车出厂时不配挡泥板，由消费者自行加装，引发不少投诉。
为维护行业信誉，协会倡议：一、城市车、通勤车出厂一律配齐前后挡泥板；二、挡泥板须牢固，骑行时不得摩擦车轮；三、不配挡泥板的运动车型须在显著位置说明。
希望各会员单位积极响应。
澯水县自行车行业协会
2024年6月10日
""",
    ),
    dict(
        slug="company-qiye-news-reflective-html",
        site="醽川亮途安全用品有限公司 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.liangtu-safety.com/news/2024/1205.html",
        title="亮途公司向农村学校捐赠反光贴两万张",
        record_title="亮途公司向农村学校捐赠反光贴两万张 - 企业新闻 - 亮途安全",
        date="2024-12-05",
        notes="company site; cookie notice; service float; repeated title glued before the lead; dotted company date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>亮途公司向农村学校捐赠反光贴两万张 - 企业新闻 - 亮途安全</title></head><body>
<div class="ck">⟦d 本站使用Cookie以改善浏览体验，继续浏览即表示同意⟧</div>
<div class="hd">⟦m 亮途安全 · 让夜行更安心⟧</div>
<nav>⟦m 首页 产品中心 企业新闻 关于亮途 联系我们⟧</nav>
<h1>{T}</h1>
<div class="d">⟦m 2024.12.05　浏览 218⟧</div>
{BODY}
<div class="float">⟦w 在线客服 ☎ 400-021-7790⟧</div>
<footer>⟦m © 醽川亮途安全用品有限公司　赣ICP备18021177号⟧</footer></body></html>
""",
        body="""
⟦t 亮途公司向农村学校捐赠反光贴两万张⟧12月4日，公司向醽川县十二所农村学校捐赠反光贴两万张，价值约六万元。
反光贴将贴在学生的书包、自行车和电动车上。公司技术员还为师生讲解了反光贴的原理：车灯照射时，反光膜里的微小玻璃珠把光线原路反射回去，司机在一百五十米外就能看到。
公司负责人表示，今后每年都将开展这项公益活动，并把捐赠范围扩大到全县各乡镇的幼儿园。
""",
    ),
    dict(
        slug="company-chepeng-notice-bike-basket-text",
        site="澯水泰安车业 (invented)",
        style="企业官网",
        genre="通告",
        kind="notice",
        form="text",
        source="http://www.taian-bike.cn/gg/2025/0108.html",
        title="关于部分车型前车筐召回的通告",
        record_title="关于部分车型前车筐召回的通告",
        date="2025-01-08",
        record_date="2025-01-08",
        notes="record title and date; recall table; company's recall line next to its sales line",
        page="""
!m 泰安车业 · 官网
{T}
{BODY}
!m 销售热线：400-995-3360
!m 版权所有：澯水泰安车业有限公司
""",
        body="""
我公司发现，2024年9月至11月生产的部分城市自行车前车筐焊点强度不足，可能在颠簸路面脱落。公司决定召回相关车辆，免费更换车筐。
车型　生产批次　数量
TA-26城市款　2409—2411　1860辆
TA-24学生款　2410—2411　940辆
用户可扫描车架上的二维码查询是否在召回范围内。召回专线：0796-5500371。
""",
    ),
    dict(
        slug="training-peixun-brochure-team-flag-html",
        site="琠城向阳拓展训练营 (invented)",
        style="培训机构",
        genre="宣传册",
        kind="other",
        form="html",
        source="https://www.xiangyangtz.com/kecheng/duiqi.html",
        title="团队拓展课程：我们的队旗",
        record_title="【周末团建】团队拓展课程：我们的队旗（每期限30人）- 向阳拓展",
        date=None,
        notes="training school; promo banner; consult float; brochure without date; school's 报名电话 beside a 400 line",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【周末团建】团队拓展课程：我们的队旗（每期限30人）- 向阳拓展</title></head><body>
<div class="banner">⟦a 新春报名立减二百元，名额有限⟧</div>
<div class="hd">⟦m 向阳拓展训练营⟧ ⟦m 加盟咨询 400-116-8872⟧</div>
<nav>⟦m 首页 企业团建 青少年营 课程介绍 联系我们⟧</nav>
<h1>{T}</h1>
{BODY}
<div class="float">⟦w 课程顾问在线，点击咨询⟧</div>
<footer>⟦m 向阳拓展 版权所有⟧</footer></body></html>
""",
        body="""
课程对象：企业新员工、学生班级，每期20至30人。
课程内容：
1.分组破冰，每组取队名、定口号；
2.设计并手绘队旗，讲出队旗背后的故事；
3.举着队旗完成定向越野和团队接力；
4.结营时各队交换队旗，写下祝福。
课程时长一天，含午餐和保险，队旗由学员带回留作纪念。报名电话：0538-5177023（胡老师）。
""",
    ),
    dict(
        slug="training-anquan-plan-reflective-text-wrapped",
        site="皛溪驾安培训学校 (invented)",
        style="培训机构",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.jiaan-px.com/news/66.html",
        title="快递外卖骑手夜间安全骑行培训方案",
        record_title="快递外卖骑手夜间安全骑行培训方案 - 驾安培训",
        date="2024-11-25",
        notes="text hard-wrapped at 68 columns; date under signature; trial-lesson prompt",
        page="""
!m 驾安培训学校 ｜ 皛溪
{T}
!a 免费试听一节课，点击预约
{BODY}
!w 报名咨询微信 jiaan_px88
""",
        wrap=68,
        indent="\u3000\u3000",
        body="""
为提高快递、外卖骑手夜间骑行安全意识，学校联合县交警大队开展夜间安全骑行培训。
一、培训对象：城区各快递网点、外卖站点骑手，共约三百人，分六期进行。
二、培训内容：夜间事故案例分析；车辆灯光和反光贴检查；雨夜骑行要点。每位学员现场领取反光贴一套。
三、培训时间：12月每周三晚上七点至九点。
皛溪驾安培训学校
2024年11月25日
""",
    ),
    dict(
        slug="fanwenapp-xiezuo-insight-oil-lamp-html",
        site="妙笔写作APP (invented)",
        style="范文APP",
        genre="心得体会",
        kind="other",
        form="html",
        source="https://h5.miaobixz.com/share/a/77210",
        title="参观“灯火百年”油灯展心得体会",
        record_title="参观“灯火百年”油灯展心得体会（精选）· 妙笔写作",
        date=None,
        notes="writing app H5 share; open-app mask; fold; AI-rewrite button glued after a sentence; no date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>参观“灯火百年”油灯展心得体会（精选）· 妙笔写作</title><script src="/h5/app.js"></script></head><body>
<div class="mask">⟦a 打开妙笔写作APP，阅读体验更佳⟧</div>
<h1>{T}</h1>
<div class="m">⟦m 妙笔写作 · 心得体会频道⟧</div>
{BODY}
<div class="fold">⟦a 展开剩余三成内容⟧</div>
<div class="rec">⟦l 猜你想写：参观革命纪念馆心得⟧</div>
</body></html>
""",
        body="""
上周，单位组织我们参观了县民俗馆的“灯火百年”油灯展，我感触很深。
从豆油灯到马灯，从煤油灯到电灯，一盏盏灯见证了家乡的变化。讲解员说，六十年前，全村只有大队部有一盏马灯，晚上开会全靠它。⟦a AI帮你改写这段⟧
今天我们坐在明亮的办公室里，更应珍惜来之不易的好日子，把本职工作做好，让群众的生活更加亮堂，这是我参观后最大的收获。
""",
    ),
    dict(
        slug="fanwenapp-gongwen-request-mudguard-text",
        site="公文通APP (invented)",
        style="范文APP",
        genre="请示",
        kind="request",
        form="text",
        source="https://m.gongwentong.cn/s/r/33018",
        title="关于申请更换环卫车辆挡泥板经费的请示",
        record_title="关于申请更换环卫车辆挡泥板经费的请示｜公文通",
        date="2024-04-12",
        notes="text; request with 成文日期; app chrome; contact line",
        page="""
!m 公文通 · 随时随地写公文
{T}
!a 在APP内打开 ｜ 复制全文
{BODY}
!l 同类范文：关于申请购置洒水车的请示
!d 范文来源于用户投稿，仅供参考
""",
        body="""
县财政局：
我局现有环卫作业车辆48辆，其中31辆的挡泥板已破损，车辆行驶时泥水四溅，影响市容和行人出行，群众投诉较多。
经询价，更换31辆车的前后挡泥板共需经费3.72万元。我局年度预算中无此项支出，特申请追加专项经费。
妥否，请批示。
联系人：谷文瀚，电话0796-7301846。
皛溪县城市管理局
2024年4月12日
""",
    ),
]

"""holdout322, part E: residents' sites, associations, company sites, training schools, writing apps.

Invented text, written by hand; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="motang-community-notice-shoe-cabinets-deodoriser",
        site="藦塘社区服务网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://motang.changxi-sq.cn/tzgg/20250604-215.html",
        title="关于楼道鞋柜清理及免费领取除味盒的通知",
        record_title="【楼道清爽行动】关于楼道鞋柜清理及免费领取除味盒的通知｜藦塘社区服务网",
        date="2025-06-03",
        date_also=["2025-06-04"],
        notes="residents' site: weather line, a grid member's box and the property's repair line beside the "
        "community's own 咨询电话 in the body; 扫码登记 as content; posting date differs",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>【楼道清爽行动】关于楼道鞋柜清理及免费领取除味盒的通知｜藦塘社区服务网</title>
<link rel="stylesheet" href="/css/sq.css">
<script src="/js/weather.js"></script>
</head><body>
<div class="sq-top">⟦m 藦塘社区服务网　邻里一家亲⟧ <span>⟦m 瑒溪 晴 22~31℃ 空气良⟧</span></div>
<div class="sq-nav">⟦m 首页⟧ ⟦m 社区公告⟧ ⟦m 便民服务⟧ ⟦m 党群活动⟧ ⟦m 居民议事⟧</div>
<div class="sq-pos">⟦m 首页 » 社区公告⟧</div>
<div class="sq-art"><h2>{T}</h2>
<p class="sq-meta">⟦m 发布：社区居委会　2025-06-04　阅读 731⟧</p>
{BODY}
</div>
<div class="sq-side"><div class="grid">⟦m 本网格网格员：符晓琳　13879350216⟧</div>
<div class="repair">⟦m 物业24小时报修：0793-5526999⟧</div>
<h4>⟦l 社区近期公告⟧</h4><ul><li>⟦l 关于开展夏季消防安全入户宣传的通知⟧</li><li>⟦l 藦塘社区老年食堂6月菜单⟧</li></ul></div>
<div class="sq-foot">⟦m 瑒溪县瑔塘街道藦塘社区居民委员会　地址：藦塘路27号⟧</div>
</body></html>
""",
        body="""
各位居民：
近期，部分楼栋居民反映楼道内摆放的鞋柜异味较重，且占用消防通道。为改善楼道环境，社区居委会联合物业服务中心开展楼道鞋柜清理，现将有关事项通知如下。
一、6月7日至6月15日，请各户将摆放在楼道内的鞋柜搬回家中；确需放在门口的，鞋柜不得超过门框宽度，且不得堵塞楼梯和消火栓。
二、鞋柜搬回家中或规范摆放的住户，可凭门牌号到社区服务大厅扫码登记，免费领取竹炭除味盒2个，每户限领一次，领完为止。剩余数量可关注“藦塘社区”微信公众号查询。
三、6月16日后仍占用消防通道的，物业将依规劝导清理。
社区咨询电话：0793-5526130（工作日8:30-17:30）
藦塘社区居民委员会
2025年6月3日
""",
    ),
    dict(
        slug="jinkou-community-minutes-switch-guards-vote",
        site="璡口社区 (invented residents' site)",
        style="社区网站",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://jinkou.sq-gchuan.cn/ysh/2025/0314.html",
        title="璡口社区关于儿童活动室加装开关防护盖的居民议事会纪要",
        record_title="〔居民议事〕璡口社区关于儿童活动室加装开关防护盖的居民议事会纪要",
        date="2025-03-14",
        notes="residents' council minutes: 时间/地点/主持/参会/记录 lines, a vote count; the meeting's 时间 line "
        "is the date",
        page="""
!m 璡口社区 · 居民议事厅
!m 首页 ＞ 居民议事 ＞ 议事纪要
{T}
!m 整理：社区居委会　｜　阅读 188　｜　上传于 3 周前
{BODY}
!a 我有建议　｜　打印本纪要
!l 往期纪要：关于小区充电桩安装位置的议事会纪要
!m 璡口社区居委会 电话：0793-6650177
""",
        body="""
时间：2025年3月14日下午3:00
地点：璡口社区党群服务中心二楼会议室
主持：社区党委书记 姒红梅
参会：居民代表11人，物业代表1人，社区“两委”成员5人
记录：鲍静怡
一、议题：儿童活动室开关、插座加装防护盖事项。
二、讨论情况：居民代表反映，活动室墙面开关和插座离地仅30厘米，幼儿容易用手指或玩具去捅，存在安全隐患。物业代表介绍，加装带锁扣的儿童防护盖每个约8元，共需24个。
三、表决结果：到会代表17人，同意17人，一致通过。
四、议定事项：由物业于3月底前完成安装，费用从社区惠民资金中列支；社区在活动室张贴安全提示。
""",
    ),
    dict(
        slug="tingyang-poultry-assoc-pledge-reusable-egg-trays",
        site="珽阳市禽业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://www.typoultry.org.cn/xhdt/2025/0410/88.html",
        title="关于推广可循环塑料蛋托的倡议书",
        record_title="【禽业倡议】关于推广可循环塑料蛋托的倡议书 - 珽阳市禽业协会",
        date="2025-04-08",
        date_also=["2025-04-10"],
        notes="association: member-login row, a member hotline; a 'respond' prompt glued before the salutation; "
        "the association's name is also the signature (head match); posting date differs",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>【禽业倡议】关于推广可循环塑料蛋托的倡议书 - 珽阳市禽业协会</title>
<link rel="stylesheet" href="/css/xh.css">
</head><body>
<div class="xh-top"><span>⟦m 珽阳市禽业协会⟧</span> <span>⟦m 服务会员　规范行业　促进发展⟧</span>
<form>⟦a 会员账号　密码　登录　申请入会⟧</form></div>
<div class="xh-nav">⟦m 首页⟧ ⟦m 协会概况⟧ ⟦m 协会动态⟧ ⟦m 行业资讯⟧ ⟦m 会员风采⟧ ⟦m 联系我们⟧</div>
<div class="xh-pos">⟦m 您的位置：首页 > 协会动态⟧</div>
<div class="xh-art"><h1>{T}</h1>
<div class="xh-meta">⟦m 发布日期：2025-04-10　点击：402⟧</div>
{BODY}
</div>
<div class="xh-side"><h3>⟦l 协会动态⟧</h3><ul><li>⟦l 协会第三届理事会第二次会议召开⟧</li><li>⟦l 2025年禽蛋价格走势座谈会纪要⟧</li></ul>
<p>⟦m 会员服务热线：0795-8271160⟧</p></div>
<div class="xh-foot">⟦m 版权所有：珽阳市禽业协会　赣ICP备17010932号⟧</div>
</body></html>
""",
        body="""
⟦a 已有86家会员单位响应本倡议，点此一键响应⟧全市禽蛋生产、经营企业和养殖户：
一次性纸浆蛋托用后大多被丢弃，既浪费资源，又增加垃圾处理负担。可循环塑料蛋托经清洗消毒后可重复使用上百次。为推动行业绿色发展，珽阳市禽业协会向全行业发出如下倡议：
一、在养殖场到批发市场、配送中心之间的周转环节，优先使用可循环塑料蛋托。
二、建立蛋托回收清洗制度，回收的蛋托须经清洗、消毒、晾干后方可再次使用。
三、零售环节仍使用纸浆蛋托的，鼓励商户设立回收点，引导消费者送回完好蛋托。
四、会员单位之间互通有无，探索蛋托共享周转，降低包装成本。
珽阳市禽业协会
2025年4月8日
""",
    ),
    dict(
        slug="changxi-furniture-assoc-notice-desk-mat-selfcheck",
        site="瑒溪县家具行业协会 (invented)",
        style="行业协会",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.cxjjxh.org/tzgg/2025-05-12/41.html",
        title="关于开展会员企业桌垫产品甲醛和增塑剂自查的通知",
        date="2025-05-12",
        notes="title as the record gives it; the association's own contact beside its member hotline; 成文日期",
        page="""
!m 瑒溪县家具行业协会
!m 会员单位登录｜入会申请｜会员名录
!m 协会首页 ＞ 通知与公告
{T}
!m 发布：秘书处　2025-05-13　阅读 157
{BODY}
!m 会员服务热线：0793-5590200
!l 上一篇：协会组织会员企业参加省家博会的通知
!m 瑒溪县家具行业协会秘书处　赣ICP备20007714号
""",
        date_also=["2025-05-13"],
        body="""
各会员企业：
近期，市场监管部门在学生用品抽检中发现个别桌垫产品增塑剂超标，引起社会关注。为维护行业声誉，协会决定在会员企业中开展桌垫产品自查，现将有关事项通知如下。
一、自查范围：会员企业生产、销售的PVC、硅胶、皮革等各类桌垫产品。
二、自查内容：原材料进货检验记录、出厂检验报告、产品标识标签。
三、时间安排：5月31日前完成自查，6月10日前将自查报告报协会秘书处。协会将于6月组织抽查。
四、对自查发现的问题产品，企业要主动下架、召回，并向协会报告。
联系人：秘书处 晏敏　电话：0793-5590218
瑒溪县家具行业协会
2025年5月12日
""",
    ),
    dict(
        slug="guangming-company-recall-child-switch-guards",
        site="珖明电器 (invented company site)",
        style="企业官网",
        genre="召回公告",
        kind="notice",
        form="html",
        source="https://www.gm-dianqi.com/news/2025/0722/recall.html",
        title="关于召回部分批次儿童安全开关防护盖的公告",
        record_title="公告速递 › 关于召回部分批次儿童安全开关防护盖的公告 - 珖明电器",
        date="2025-07-21",
        date_also=["2025-07-22"],
        notes="company site: cookie notice, a service float and a 400 order line beside the recall line in the "
        "body; recalled batches one row a paragraph; the news date differs from the signed date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>公告速递 › 关于召回部分批次儿童安全开关防护盖的公告 - 珖明电器</title>
<link rel="stylesheet" href="/assets/site.css">
<script src="/assets/site.js" defer></script>
</head><body>
<header><a class="logo">⟦m 珖明电器⟧</a><span>⟦m 小配件　大安全⟧</span>
<nav>⟦m 首页⟧ ⟦m 产品中心⟧ ⟦m 新闻中心⟧ ⟦m 服务支持⟧ ⟦m 关于珖明⟧</nav></header>
<div class="crumb">⟦m 首页 / 新闻中心 / 公司公告⟧</div>
<main><h1>{T}</h1>
<p class="date">⟦m 2025-07-22　｜　阅读 3,310⟧</p>
{BODY}
<p class="back">⟦a ‹ 返回新闻列表⟧</p></main>
<aside class="svc">⟦w 在线客服　订购热线：400-880-7261⟧</aside>
<div class="cookie">⟦d 本网站使用Cookie来记住您的偏好，点击“接受”即表示您同意⟧ <button>⟦a 接受⟧</button></div>
<footer>⟦m © 2025 瑒溪县珖明电器配件厂　赣ICP备19020684号-1⟧</footer>
</body></html>
""",
        body="""
尊敬的用户：
经我公司自检发现，2025年3月至4月生产的部分批次儿童安全开关防护盖，锁扣弹片硬度不足，儿童用力拉扯时可能打开，存在安全隐患。为保障儿童安全，我公司决定主动召回下列批次产品。
产品型号　生产批号　数量
GM-86ET　20250318至20250402　8600只
GM-86ETW　20250411至20250426　3200只
用户可查看产品背面的批号，属于召回范围的，请停止使用，并拨打召回专线0793-6633250登记，我公司将免费寄送新品并承担退回运费。
由此给您带来的不便，我们深表歉意。
瑒溪县珖明电器配件厂
2025年7月21日
""",
    ),
    dict(
        slug="changxi-textile-company-news-washable-cushion",
        site="瑒溪纺织有限公司 (invented company site)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.cx-textile.com/news/product/2025-09-16.html",
        title="瑒溪纺织推出可水洗记忆棉椅垫",
        record_title="新品上线丨瑒溪纺织推出可水洗记忆棉椅垫 - 瑒溪纺织有限公司",
        date="2025-09-16",
        notes="company news: the dotted date line is the page's date; a sales line and a cookie notice below",
        page="""
!m 瑒溪纺织有限公司 ｜ 用心织好每一寸
!m 首页 / 新闻中心 / 产品动态
{T}
!m 2025.09.16　　浏览 264
{BODY}
!a 上一条　下一条　返回列表
!w 批量定制请致电销售部：0793-5571888
!d 本站使用Cookie以改善浏览体验，继续浏览即视为同意
!m 瑒溪纺织有限公司　赣ICP备14010527号-1
""",
        body="""
9月中旬，瑒溪纺织有限公司新研发的可水洗记忆棉椅垫正式投产。
这款椅垫针对普通记忆棉“怕水、难清洗”的问题，在棉芯外包裹了一层防水透气膜，整只椅垫可以直接放进洗衣机清洗，洗后晾干不变形。椅垫底部加了防滑硅胶点，放在木椅、铁椅上都不易移位。
公司技术部负责人介绍，新品研发历时8个月，先后试制了12个版本，经第三方检测，水洗50次后回弹性能仍保持在90%以上。
目前，该产品已获得学校、养老机构等订单3万余只。
""",
    ),
    dict(
        slug="shiyi-craft-school-brochure-leather-desk-mat",
        site="拾艺手作学堂 (invented training school)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.shiyi-shouzuo.com/course/pige-zhuodian.html",
        title="周末皮具手作课：做一张属于自己的皮革桌垫",
        record_title="【皮具周末班】周末皮具手作课：做一张属于自己的皮革桌垫（每班限10人）- 拾艺手作学堂",
        date=None,
        notes="training school: promo banner, consult float and a 400 franchise line beside the school's own "
        "报名电话; 扫描二维码报名 as content; a brochure with no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>【皮具周末班】周末皮具手作课：做一张属于自己的皮革桌垫（每班限10人）- 拾艺手作学堂</title>
<link rel="stylesheet" href="/css/course.css">
<script src="/js/kefu.js"></script>
</head><body>
<div class="promo">⟦a 新学员首课立减50元，本周日截止⟧</div>
<header>⟦m 拾艺手作学堂　慢下来，做点手上的活⟧ <nav>⟦m 首页⟧ ⟦m 全部课程⟧ ⟦m 学员作品⟧ ⟦m 关于我们⟧</nav></header>
<div class="crumb">⟦m 首页 - 全部课程 - 皮具课⟧</div>
<section class="course"><h1>{T}</h1>
{BODY}
</section>
<div class="works"><h3>⟦l 往期学员作品⟧</h3><p>⟦l 鼠标垫 · 卡包 · 笔袋 · 钥匙扣⟧</p></div>
<div class="float">⟦w 课程顾问在线，点我咨询⟧</div>
<footer><p>⟦m 品牌加盟热线：400-613-0717⟧</p><p>⟦m 拾艺手作学堂（珽阳店）　赣ICP备22004198号⟧</p></footer>
</body></html>
""",
        body="""
课程简介：本课程带领学员从选皮、裁切、封边到压印，亲手完成一张60厘米×40厘米的植鞣皮革桌垫，零基础也能学会。
上课时间：每周六14:00-17:30，共两次课。
上课地点：珽阳市文昌路18号拾艺手作学堂二楼
课程费用：每人380元，含全部材料和工具使用费。
课程安排：
1.第一次课：认识皮革，画线裁切，边缘打磨；
2.第二次课：封边上色，压印图案，保养收尾。
报名方式：扫描海报下方二维码报名，或拨打报名电话0795-8226719。
""",
    ),
    dict(
        slug="chunyuan-skills-school-trainee-switch-cover",
        site="瑃原县职业技能培训学校 (invented)",
        style="培训机构",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://www.cy-jineng.cn/xyfc/2025/0612.html",
        title="电工实训课上，我第一次给开关装了防水盖",
        record_title="〔学员手记〕电工实训课上，我第一次给开关装了防水盖 | 瑃原县职业技能培训学校",
        date=None,
        notes="training school: a trainee's piece with no date ('3 weeks ago'); an enrolment prompt and the "
        "school's hotline after the body",
        page="""
!m 瑃原县职业技能培训学校 — 学技能，好就业
!m 首页 > 学员风采 > 学员手记
!t 〔学员手记〕电工实训课上，我第一次给开关装了防水盖 | 瑃原县职业技能培训学校
!m 作者：电工班学员 甄浩　｜　发布：3 周前
{BODY}
!a 想学电工？点这里在线报名，早鸟价立省200
!l 往期学员手记：第一次独立接线｜考下低压电工证的那天
!m 招生热线：0793-4456600　地址：瑃原县职教园区3号楼
""",
        body="""
报名电工培训班之前，我连螺丝刀都没怎么拿过。上周的实训课上，老师给我们每人发了一个防水开关盖，让我们在模拟卫生间的墙面上安装。
第一步是断电。老师反复强调，不管装多小的东西，先拉闸、再验电，这是保命的习惯。我拿着验电笔在面板上点了好几下，确认没电才敢动手。
拧下面板螺丝、对准底座、换上加长螺丝，听起来简单，可我第一次拧得太紧，面板边角裂了一道缝，只好重新换了一块。老师说，防水盖不是越紧越好，密封条贴合就行。
第二次装好以后，我把翻盖开合了好几遍，听到“啪”的一声自动合上，心里特别有成就感。
""",
    ),
    dict(
        slug="bigeng-app-host-script-egg-tray-swap",
        site="笔耕APP (invented writing app, H5 share)",
        style="范文APP",
        genre="主持词",
        kind="other",
        form="html",
        source="https://h5.bigengapp.com/share/art/3307712",
        title="“蛋托换鸡蛋”绿色回收活动启动仪式主持词",
        record_title="“蛋托换鸡蛋”绿色回收活动启动仪式主持词（主持人直接念）· 笔耕APP",
        date=None,
        notes="writing app's H5 share: open-app mask, a fold, AI buttons, a member line; a host script with no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width">
<title>“蛋托换鸡蛋”绿色回收活动启动仪式主持词（主持人直接念）· 笔耕APP</title>
<script src="https://h5.bigengapp.com/js/openapp.js"></script>
</head><body>
<div class="mask">⟦a 用笔耕APP打开，排版更舒服⟧ <button>⟦a 立即打开⟧</button></div>
<div class="app-head">⟦m 笔耕 · 每天帮你写一篇⟧</div>
<article><h1>{T}</h1>
<p class="m">⟦m 笔耕精选　｜　1.6万次使用⟧</p>
<div class="ai">⟦a AI续写　AI润色　AI换个说法⟧</div>
{BODY}
<div class="fold">⟦a 展开剩余40%　∨⟧</div></article>
<div class="vip">⟦a 开通笔耕会员，全部范文免费复制⟧</div>
<div class="rec"><h4>⟦l 大家还在用⟧</h4><p>⟦l 垃圾分类宣传活动主持词⟧</p><p>⟦l 社区环保志愿服务启动仪式主持稿⟧</p></div>
<div class="foot">⟦m 笔耕APP · 赣ICP备23009351号-2⟧</div>
</body></html>
""",
        body="""
尊敬的各位领导、各位居民朋友们：
大家上午好！欢迎大家来到“蛋托换鸡蛋”绿色回收活动启动仪式现场。我是今天的主持人。
家家户户买鸡蛋，家家户户都有蛋托。从今天起，大家把干净完好的蛋托送到社区回收点，就能换到新鲜鸡蛋。
出席今天启动仪式的有：街道办事处、社区居委会的有关负责同志，合作养殖场的代表，以及社区居民代表。
下面，进行第一项：请社区居委会主任介绍活动方案。
进行第二项：请居民代表宣读倡议。
进行第三项：请领导为蛋托回收点揭牌。
活动启动仪式到此结束，请大家到东侧展台现场体验蛋托兑换。谢谢大家！
""",
    ),
    dict(
        slug="lingxi-app-insight-class-desk-mats-oneline",
        site="灵犀范文APP (invented writing app)",
        style="范文APP",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://m.lingxifw.cn/app/share/x/501284",
        title="班主任工作心得：一张桌垫里的班级管理",
        record_title="班主任工作心得：一张桌垫里的班级管理（班主任必看）｜灵犀范文APP",
        date=None,
        notes="writing app share with the whole body on one line; AI buttons and a download-the-app prompt; no date",
        page="""
!m 灵犀范文 · 写材料更轻松
{T}
!m 本文约420字　｜　2.3万人看过
!a AI一键改写　｜　换个开头　｜　复制全文
{BODY}
!a 下载灵犀范文APP，解锁全部30万篇范文
!l 猜你在找：班主任工作心得体会简短｜班级管理经验交流发言稿
!d 内容来自用户投稿，如有侵权请在APP内反馈
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
开学第一周，我发现班里学生的课桌垫五花八门：有的印着卡通图案，有的透明软垫已经发黄发黏，还有的干脆垫着旧挂历纸。
我没有急着统一要求，而是在班会课上让大家讨论：桌垫是干什么用的？讨论下来，同学们说出了三条：护住桌面、防止笔滑、让桌子看起来整齐。
接着，我请家委会帮忙询价，大家投票选了一款无味的硅胶桌垫，家长自愿购买。没买的同学，我从班费里拿出钱来补齐，做到人人都有。
换上统一的桌垫后，教室里清爽多了。更重要的是，这件事让我体会到，班级管理中的小事，让学生自己商量着办，比老师一声令下效果更好。
""",
    ),
]

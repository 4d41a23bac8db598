"""holdout356, part E: 社区网站, 行业协会, 企业官网, 培训机构, 范文APP (one HTML and one text page each).

Invented text, sites, places and chrome; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="community-yaqian-notice-corner-guards-duty-phone",
        site="衙前社区 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.yaqiansq.cn/tzgg/20250526-41.html",
        title="关于为辖区困难家庭上门安装桌角保护套的通知",
        record_title="【上门服务】关于为辖区困难家庭上门安装桌角保护套的通知｜衙前社区",
        date="2025-05-26",
        notes="residents' site: weather line, grid worker's box and a property repair line; the community's own 值班电话 beside them; signature date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>【上门服务】关于为辖区困难家庭上门安装桌角保护套的通知｜衙前社区</title>
<script src="/js/sq.js"></script>
</head><body>
<div class="sq-top">⟦m 衙前社区居民之家⟧ ⟦m 昼湖区雄峰街道⟧ ⟦m 今天 晴 19～28℃ 空气良⟧</div>
<div class="sq-nav">⟦m 首页　社区公告　办事指南　邻里互助　党群服务⟧</div>
<div class="sq-pos">⟦m 首页 - 社区公告⟧</div>
<h2>{T}</h2>
<div class="sq-meta">⟦m 社区居委会　2025-05-26　阅读 511⟧</div>
<div class="sq-body">
{BODY}
</div>
<div class="sq-grid"><b>⟦m 我的网格员⟧</b> ⟦m 第三网格 汉丽萍 139 8163 2207⟧</div>
<div class="sq-wy">⟦m 物业报修（锦苑物业）：0836-2290518⟧</div>
<div class="sq-rel">⟦l 往期公告：端午节前楼道杂物清理的通知　｜　65岁以上老人免费体检安排⟧</div>
<div class="sq-foot">⟦m 衙前社区居民委员会　地址：衙前街12号⟧</div>
</body></html>
""",
        body="""
各位居民：
为减少儿童和老人在家中磕碰受伤，社区联合辖区爱心企业开展“护角行动”，为困难家庭免费上门安装桌角保护套。现将有关事项通知如下。
一、服务对象。辖区内低保家庭、特困家庭以及有3岁以下儿童或80岁以上老人的困难家庭。
二、服务内容。每户免费安装桌角、柜角保护套不超过10个，保护套为硅胶材质，由社区志愿者上门安装。
三、报名方式。请于6月6日前到社区服务大厅登记，或由网格员代为登记。社区将根据登记顺序安排上门时间。
社区值班电话：0836-2293167（工作日8:30—17:30）。
衙前社区居民委员会
2025年5月26日
""",
    ),
    dict(
        slug="community-xiongfeng-pledge-riceball-volunteers-follow",
        site="雄峰社区 (invented residents' site, text view)",
        style="社区网站",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://xiongfeng.yinqiao.gov.cn/sqdt/2025/0412.html",
        title="关于招募“周末饭团”助餐志愿者的倡议书",
        record_title="〔雄峰招募令〕关于招募“周末饭团”助餐志愿者的倡议书",
        date="2025-04-12",
        notes="a pledge on a residents' site; following the community account spoken of as content; signature date; a sign-up link glued after a sentence",
        page="""
!m 雄峰社区网 · 尹桥镇
!m 首页 / 社区动态 / 志愿服务
!t 〔雄峰招募令〕关于招募“周末饭团”助餐志愿者的倡议书
!m 2025-04-12　来源：雄峰社区　阅读 376
{BODY}
!a 点这里在线报名
!l 志愿风采：雄峰社区党员志愿者为老人加装桌角保护套
!m 社区服务电话：0836-4166205　地址：尹桥镇雄峰路3号
""",
        indent="\u3000\u3000",
        body="""
亲爱的邻居们：
社区里有不少独居老人，周末子女不在身边，吃饭成了难事。从5月起，社区将在每周六中午推出“周末饭团”助餐服务：在社区食堂用饭团模具做好杂粮饭团，配上一荤一素一汤，由志愿者送到老人家中。
为此，我们向全体居民发出倡议，诚邀您加入“周末饭团”志愿服务队：
一是做饭团。每周六上午9:00至11:00到社区食堂帮厨，学做饭团、分装饭菜。
二是送饭团。11:00至12:00按网格把饭菜送到老人家中，顺便陪老人聊聊天。⟦a 报名请戳→志愿者登记表⟧
三是提建议。帮我们收集老人对饭菜的意见，让饭团越做越合口味。
有意参加的居民，请关注“雄峰社区”公众号，在菜单栏“志愿报名”中填写信息。一次帮厨、一次送餐，都是对邻里最好的关照。
尹桥镇雄峰社区居民委员会
2025年4月12日
""",
    ),
    dict(
        slug="association-hengyang-kitchenware-minutes-grinder-vote",
        site="亨阳市厨具行业协会 (invented trade association site)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://www.hyckxh.org.cn/xhdt/20250321/306.html",
        title="亨阳市厨具行业协会研磨器专业委员会2025年第一次会议纪要",
        record_title="【专委会动态】亨阳市厨具行业协会研磨器专业委员会2025年第一次会议纪要_亨阳市厨具行业协会",
        date="2025-03-20",
        date_also=["2025-03-21"],
        notes="association site with member login and a member hotline; minutes' 时间/地点/主持/参会/记录 lines and a vote count; the meeting date differs from the posting date (also accepted)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>【专委会动态】亨阳市厨具行业协会研磨器专业委员会2025年第一次会议纪要_亨阳市厨具行业协会</title>
<script src="/js/member.js"></script>
</head><body>
<div class="xh-top">⟦m 亨阳市厨具行业协会⟧ ⟦a 会员单位登录⟧ ⟦a 申请入会⟧</div>
<div class="xh-nav">⟦m 协会首页　协会简介　协会动态　行业标准　会员风采　联系我们⟧</div>
<div class="xh-pos">⟦m 协会动态 » 专委会动态⟧</div>
<h1>{T}</h1>
<div class="xh-info">⟦m 发布：协会秘书处　2025-03-21　阅读 264⟧</div>
<div class="xh-con">
{BODY}
</div>
<div class="xh-hot">⟦w 会员服务热线：0836-2276318（秘书处）⟧</div>
<div class="xh-rel">⟦l 往期纪要：刀剪专委会2024年年会纪要⟧</div>
<div class="xh-foot">⟦m 亨阳市厨具行业协会　版权所有　地址：昼湖区工业大道77号⟧</div>
</body></html>
""",
        body="""
时间：2025年3月20日上午9:30
地点：协会二楼会议室
主持：汉国栋（专委会主任委员、汉桥厨具有限公司总经理）
参会：专委会委员单位代表11人，协会秘书处2人
记录：雄晓慧
会议听取了秘书处关于全市研磨器行业2024年运行情况的报告。全市现有研磨器生产企业17家，年产手动、电动研磨器约420万只，出口占四成。
会议讨论并通过以下事项：
一、制定《手动调味研磨器》团体标准，由汉桥厨具牵头，6月底前形成征求意见稿。
二、组织会员企业开展磨芯材质自查，杜绝以塑料磨芯冒充陶瓷磨芯。
三、下半年组团参加广州国际厨具展。
表决情况：应到委员11人，实到11人，同意10票，反对0票，弃权1票，以上事项获得通过。
""",
    ),
    dict(
        slug="association-wayang-hotels-pledge-napkin-rings-reuse",
        site="娲阳县旅游饭店协会 (invented trade association, text view)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.wyxlyfd.org/tzgg/2025/0701.html",
        title="关于在全县饭店推广可重复使用餐巾和餐巾环的倡议书",
        record_title="【协会倡议·绿色餐桌】关于在全县饭店推广可重复使用餐巾和餐巾环的倡议书",
        date="2025-07-01",
        notes="association pledge as text; the association's name, the site name at the top, also stands in the body (matched as head); signature date; member-login line",
        page="""
!m 娲阳县旅游饭店协会
!a 会员入口：单位登录 ｜ 找回密码
!m 首页 ＞ 协会公告
!t 【协会倡议·绿色餐桌】关于在全县饭店推广可重复使用餐巾和餐巾环的倡议书
!m 发布者：协会秘书处　2025年07月01日
{BODY}
!l 附：首批响应倡议的会员单位名单（持续更新）
!m 协会秘书处电话：0836-6612380　邮箱：wyfdxh@163.com
""",
        indent="\u3000\u3000",
        body="""
全县各会员饭店：
目前，不少饭店餐桌上仍大量使用一次性纸巾和塑料餐巾扣，既增加垃圾，也不够美观。为推动绿色餐饮，娲阳县旅游饭店协会向全县会员饭店倡议：
一、推广可重复使用的棉麻餐巾，宴会和包间逐步停用一次性纸质餐巾。
二、选用竹编、木制或不锈钢餐巾环，优先采购本县仟岭镇生产的竹编餐巾环，支持本地手工艺发展。
三、规范清洗消毒。布草餐巾每餐一换，高温洗涤；餐巾环每餐回收后清洗、消毒、晾干，竹木餐巾环不得长时间浸泡。
四、做好宣传引导。在餐桌上摆放绿色餐饮提示牌，向客人说明重复使用餐巾的做法。
绿色餐桌从一块餐巾、一只餐巾环做起。让我们携起手来，共同营造文明、节约、环保的用餐环境。
娲阳县旅游饭店协会
2025年7月1日
""",
    ),
    dict(
        slug="company-hanqiao-recall-grinders-batches-400-line",
        site="汉桥厨具 (invented company site)",
        style="企业官网",
        genre="召回公告",
        kind="notice",
        form="html",
        source="https://www.hanqiao-kitchen.com/news/notice/2025-08-12-recall.html",
        title="关于召回部分批次手动调味研磨器的公告",
        record_title="召回信息 ▪ 关于召回部分批次手动调味研磨器的公告 — 汉桥厨具",
        record_date="2025-08-12",
        date="2025-08-12",
        notes="record gives the date; company site with a cookie notice, a 400 order line and a service float; recalled batches one row a paragraph; scanning the label's code as content; the recall line beside the order line",
        page="""
<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8">
<title>召回信息 ▪ 关于召回部分批次手动调味研磨器的公告 — 汉桥厨具</title>
<script src="/assets/js/cookie-bar.js"></script>
</head><body>
<div class="cookie">⟦d 本网站使用Cookie改善浏览体验，继续浏览即表示您同意我们的隐私政策⟧ <button>⟦a 知道了⟧</button></div>
<header><a class="logo">⟦m 汉桥厨具 HANQIAO⟧</a><nav>⟦m 首页　产品中心　新闻公告　售后服务　关于汉桥⟧</nav>⟦w 订购热线 400-830-1618⟧</header>
<div class="crumb">⟦m 首页 / 新闻公告 / 召回信息⟧</div>
<h1>{T}</h1>
<div class="date">⟦m 2025-08-12　汉桥厨具客户服务中心⟧</div>
<div class="article">
{BODY}
</div>
<div class="service-float">⟦w 在线客服⟧ ⟦a 返回顶部⟧</div>
<footer>⟦m © 2025 亨阳汉桥厨具有限公司 保留所有权利⟧　⟦m 蜀ICP备17020836号-1⟧</footer>
</body></html>
""",
        body="""
亨阳汉桥厨具有限公司在质量跟踪中发现，部分批次HQ-M210型手动调味研磨器的顶部旋钮螺纹强度不足，使用中可能断裂，断裂碎片存在混入食物的风险。为保障消费者安全，本公司决定自即日起召回以下批次产品：
产品型号　生产批号　生产日期范围　数量（只）
HQ-M210（原木色）　M2505A　2025年5月6日至5月20日　3,120
HQ-M210（胡桃色）　M2505B　2025年5月8日至5月24日　2,460
HQ-M210（黑色）　M2506A　2025年6月2日至6月15日　1,890
请消费者查看研磨器底部标签上的生产批号，也可以用手机扫描标签上的二维码查询是否属于召回范围。属于召回范围的，请立即停止使用，本公司将免费更换新品或全额退款。
召回咨询电话：0836-2283377（每天8:00—20:00）。
亨阳汉桥厨具有限公司
2025年8月12日
""",
    ),
    dict(
        slug="company-taowan-product-page-tart-mould-specs",
        site="萄湾焙器 (invented company site, text view)",
        style="企业官网",
        genre="产品介绍",
        kind="other",
        form="text",
        source="http://www.taowanbeiqi.com/product/tart-mould-12.html",
        title="铝合金12连蛋挞模（阳极氧化款）",
        record_title="铝合金12连蛋挞模（阳极氧化款）_产品中心_萄湾焙器",
        date=None,
        notes="a product page; a spec table one row a paragraph; no date (an 更新 stamp only); inquiry and dealer lines",
        page="""
!m 萄湾焙器 · 专注烘焙模具二十年
!m 首页 ＞ 产品中心 ＞ 蛋挞模
{T}
!m 产品编号：TW-DT12A　｜　最近更新：3 个月前
!a 加入询价单　｜　下载产品图册
{BODY}
!w 批发采购请联系销售部：0836-7355120　微信同号
!l 同类产品：不锈钢单只蛋挞模 ｜ 硅胶6连蛋挞模 ｜ 铝箔蛋挞托
!m 丕山县萄湾焙器有限公司　地址：丕山县萄湾镇工业园2号
""",
        indent="\u3000\u3000",
        body="""
这款12连蛋挞模采用3003铝合金一次冲压成型，表面经阳极氧化处理，不含不粘涂层，耐高温、不生锈，适合面包房、蛋糕店和学校烘焙实训室批量使用。
主要参数如下：
项目　参数
外形尺寸　350×265×25毫米
单孔口径　上口70毫米，底径45毫米
材料厚度　0.8毫米
适用温度　最高260℃
使用建议：新模具首次使用前用温水洗净擦干，空烤十分钟后刷一层薄油。使用后请用软布清洗，避免用钢丝球刷洗，以免损伤氧化层。
""",
    ),
    dict(
        slug="training-beile-brochure-parent-child-tarts-scan-signup",
        site="焙乐烘焙学堂 (invented training school site)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.beilebake.com/course/qinzi-danta.html",
        title="周末亲子烘焙课（蛋挞专场）招生简章",
        record_title="〔亲子课〕周末亲子烘焙课（蛋挞专场）招生简章（一期只收10组家庭）｜焙乐烘焙学堂",
        date=None,
        notes="training school: promo banner, franchise line and consult float; a course table one row a paragraph; scanning to sign up as content; the school's own 报名电话 beside the franchise line; no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>〔亲子课〕周末亲子烘焙课（蛋挞专场）招生简章（一期只收10组家庭）｜焙乐烘焙学堂</title>
<script src="/js/consult.js"></script>
</head><body>
<div class="promo">⟦a 暑期早鸟价：7月15日前报名立减80元⟧</div>
<div class="bl-head">⟦m 焙乐烘焙学堂⟧ ⟦m 让每个家庭都会做点心⟧ ⟦m 首页　课程　师资　环境　加盟⟧</div>
<div class="bl-pos">⟦m 首页 » 课程 » 亲子课⟧</div>
<h1>{T}</h1>
<div class="bl-body">
{BODY}
</div>
<div class="bl-join">⟦w 城市合伙人招募热线 400-663-2517⟧</div>
<div class="bl-float">⟦w 课程顾问在线⟧ ⟦a 领取试听券⟧</div>
<div class="bl-foot">⟦m 焙乐烘焙学堂（昼湖校区）　昼湖区汉江路66号2楼⟧<br>⟦m 办学许可证号：教民15110270000312⟧</div>
</body></html>
""",
        body="""
周末带孩子一起做一盘蛋挞吧！焙乐烘焙学堂亲子烘焙课“蛋挞专场”开始报名，由老师手把手教家长和孩子从挞皮到挞液，完成一盘属于自己的蛋挞。
一、课程安排：
期次　上课时间　课程内容
第一期　7月19日（周六）14:00—16:30　认识蛋挞模、制作挞皮
第二期　7月26日（周六）14:00—16:30　调制挞液、入模烘烤
第三期　8月2日（周六）14:00—16:30　葡式蛋挞与水果蛋挞
二、适合对象：5至12岁儿童及一名家长，每期限10组家庭。
三、收费标准：每期每组家庭168元，含全部材料，每组家庭可带走一只不锈钢蛋挞模。
四、报名方式：扫描海报下方二维码填写报名信息，或拨打报名电话0836-2260918。
""",
    ),
    dict(
        slug="training-xiaodangjia-notice-riceball-class",
        site="小当家少儿厨艺 (invented training school, text view)",
        style="培训机构",
        genre="须知",
        kind="other",
        form="text",
        source="http://www.xiaodangjia-chuyi.cn/notice/riceball-class.html",
        title="少儿厨艺班饭团课学员须知",
        record_title="上课前必看 ▹ 少儿厨艺班饭团课学员须知 - 小当家少儿厨艺",
        date=None,
        notes="training school notice; a numbered list; no date; trial-lesson and WeChat prompts",
        page="""
!m 小当家少儿厨艺 | 3-12岁儿童厨艺启蒙
!m 首页 > 学员服务 > 上课须知
!t 上课前必看 ▹ 少儿厨艺班饭团课学员须知
!a 免费体验课火热预约中，点我抢名额
{BODY}
!w 课程顾问微信 xdj_chuyi01，添加请备注孩子年龄
!l 其他须知：烘焙课学员须知 ｜ 面点课学员须知
!m 小当家少儿厨艺 尹桥校区 · 戎川县尹桥镇文化路9号
""",
        indent="\u3000\u3000",
        body="""
欢迎小朋友们参加饭团课！为了让孩子们上课开心、安全，请家长和学员注意以下事项：
1.请提前10分钟到校，给孩子洗手、换上围裙和厨师帽。
2.课程使用的大米、海苔、馅料和饭团模具均由学校提供，已经过清洗消毒，学员无需自带。
3.如孩子对鸡蛋、鱼类、芝麻等食物过敏，请在上课前告知老师。
4.压饭团时米饭温度在40度左右，不会烫手，但请家长提醒孩子不要直接用手抓刚出锅的米饭。
5.课后每位学员可带走自己做的饭团，请尽量在2小时内食用。
""",
    ),
    dict(
        slug="fanwenapp-bimo-host-script-napkin-contest-h5",
        site="笔墨范文APP (invented writing app, H5 share page)",
        style="范文APP",
        genre="主持词",
        kind="speech",
        form="html",
        source="https://h5.bimofanwen.com/share/zcc/9f31e2a7",
        title="酒店员工宴会摆台技能比赛主持词",
        record_title="酒店员工宴会摆台技能比赛主持词（串词全稿·可直接念）｜笔墨范文",
        date=None,
        notes="writing app's H5 share: open-app mask, a fold and AI buttons; a host script with no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>酒店员工宴会摆台技能比赛主持词（串词全稿·可直接念）｜笔墨范文</title>
<script src="https://h5.bimofanwen.com/js/share.js"></script>
</head><body>
<div class="mask">⟦a 打开笔墨范文APP，查看全文更流畅⟧ <button>⟦a 立即打开⟧</button></div>
<div class="app-bar">⟦m 笔墨范文⟧ ⟦m 写材料，有笔墨⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 主持词 · 比赛类　1.3万人看过⟧</div>
<div class="ai">⟦a ✨ AI改写⟧ ⟦a ✨ AI换个场合⟧</div>
<div class="content">
{BODY}
</div>
<div class="fold">⟦a 展开剩余45%⟧</div>
<div class="rec"><h4>⟦l 为你推荐⟧</h4><p>⟦l 厨师技能比武开幕主持词⟧</p><p>⟦l 客房铺床比赛串词⟧</p></div>
<div class="foot">⟦m 笔墨范文 · 亨阳笔墨网络科技有限公司⟧</div>
</body></html>
""",
        body="""
尊敬的各位领导、各位评委，亲爱的同事们：
大家下午好！欢迎来到亨阳饭店2025年员工宴会摆台技能比赛现场。
宴会摆台，是餐饮服务的基本功。一张台布铺得平不平，一套餐具摆得正不正，一只餐巾环放得齐不齐，都体现着我们的专业和用心。本次比赛共有来自宴会厅、中餐厅的18名选手参赛，比赛时间为每人15分钟，评委将从操作规范、台面效果和仪容仪表三方面打分。
下面，有请第一组选手入场。请选手们检查台布、骨碟、餐具和餐巾环，听到计时开始后开始操作。
……
经过激烈的角逐，比赛结果已经产生。让我们用热烈的掌声祝贺获奖选手！也感谢各位评委和工作人员的辛勤付出。本次比赛到此结束，谢谢大家！
""",
    ),
    dict(
        slug="fanwenapp-wengaoxia-insight-childcare-corner-oneline",
        site="文稿匣APP (invented writing app, text export)",
        style="范文APP",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://app.wengaoxia.com/s/xd/77a1c903",
        title="参加托育机构安全管理培训心得",
        record_title="参加托育机构安全管理培训心得（保育员版）· 文稿匣",
        date=None,
        notes="writing-app text export with the whole body on one line (paragraphs apart only by their indent); no date",
        page="""
!m 文稿匣 · 随身范文库
!t 参加托育机构安全管理培训心得（保育员版）
!m 心得体会 ｜ 1,208 字 ｜ 收藏 96
!a 一键复制　　导出Word　　AI续写
{BODY}
!a 登录文稿匣，解锁全部3篇同题范文
!l 相关范文：保育员岗位培训个人总结 ｜ 幼儿园安全教育心得
!m 文稿匣APP 由戎川稿匣信息技术有限公司运营
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
上周，我参加了县卫健局组织的托育机构安全管理培训。两天的培训内容很多，有消防逃生、食品安全、传染病防控，也有婴幼儿意外伤害的预防和处置。
印象最深的是关于磕碰伤的一课。老师放了一组照片：一个两岁的孩子在活动室奔跑，额头撞上了没有防护的柜角。老师说，这样的事故，一个桌角保护套就能避免。
回园后，我和同事把班里所有的桌角、柜角都检查了一遍，发现有三个保护套已经松动，马上换成了新的。我们还商量好，以后每天晨检时顺手摸一摸保护套。
这次培训让我明白，安全工作就藏在这些小细节里。作为保育员，我要把每一个细节都守好。
""",
    ),
]

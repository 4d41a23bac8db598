"""holdout326, part E: associations, companies, training schools, 范文 apps, exam forums. Invented text."""

CASES = [
    dict(
        slug="association-yizhou-hotels-pledge-keycard",
        site="峓州市旅游饭店协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="http://www.yzhotel-assoc.org.cn/hyzl/2024/1205/318.html",
        title="关于规范客房插卡取电、杜绝违规通电的倡议书",
        record_title="〖饭店协会倡议〗关于规范客房插卡取电、杜绝违规通电的倡议书 - 峓州市旅游饭店协会",
        date="2024-12-03",
        date_also=["2024-12-05"],
        notes="association site: member login, join link, its name in the header (also the signature: head match), "
        "member hotline in the footer; following the association's notices as content; the page's 发布时间 differs",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>〖饭店协会倡议〗关于规范客房插卡取电、杜绝违规通电的倡议书 - 峓州市旅游饭店协会</title></head><body>
<div class="top"><span>⟦m 峓州市旅游饭店协会⟧</span> <a>⟦a 会员单位登录⟧</a> <a>⟦a 入会申请⟧</a></div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 协会概况⟧</li><li>⟦m 协会动态⟧</li><li>⟦m 行业自律⟧</li><li>⟦m 会员风采⟧</li><li>⟦m 培训服务⟧</li></ul>
<div class="pos">⟦m 首页 » 行业自律⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 发布时间：2024-12-05　发布者：协会秘书处　浏览：562⟧</div>
<div class="content">
{BODY}
</div>
<div class="share">⟦l 转发本文：微信　微博　复制链接⟧</div>
<div class="side"><h4>⟦l 最新动态⟧</h4><ul><li>⟦l 协会召开2024年度会员大会⟧</li><li>⟦l 全市饭店服务技能大赛落幕⟧</li></ul></div>
<div class="foot">⟦m 会员服务热线：0832-6201818⟧<br>⟦m 协会地址：峓州市汸河区迎宾路8号⟧ ⟦m 蜀ICP备19044102号-1⟧</div>
<script src="/js/member-login.js"></script>
</body></html>
""",
        body="""
全市各会员单位：
客房插卡取电是酒店节能和消防安全的重要措施。近期检查发现，部分酒店为减少客人投诉，擅自将取电开关短接，或向客人提供“取电卡”，客人外出时客房仍然通电，隐患突出。为此，协会向全市会员单位发出如下倡议：
一、不短接、不改装客房取电开关，发现损坏及时维修。
二、坚持一房一卡，不向客人额外发放取电用卡片。
三、在客房服务指南中写明人离断电的提示，争取客人理解。
四、请各会员单位关注协会发布的节能改造补贴信息，积极申报。
峓州市旅游饭店协会
2024年12月3日
""",
    ),
    dict(
        slug="association-kongyang-shoes-minutes-boot-shaper-standard",
        site="涳阳县鞋业商会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="report",
        form="text",
        source="http://www.kyxieye.org.cn/hwgk/2024/0930/41.html",
        title="涳阳县鞋业商会第二届理事会第三次会议纪要",
        record_title="〔会务公开〕涳阳县鞋业商会第二届理事会第三次会议纪要｜涳阳鞋业商会网",
        date="2024-09-27",
        date_also=["2024-09-30"],
        notes="chamber minutes: 时间/地点/主持/出席/列席/记录 lines and a vote count in the body; the meeting date expected, "
        "the posting date also; the secretariat's phone and mailbox after the body",
        page="""
!m 涳阳县鞋业商会
!m 首页 · 商会简介 · 会务公开 · 会员企业 · 行业资讯 · 联系我们
!m 您所在的位置：会务公开
{T}
!m 发布：商会秘书处　2024-09-30　　阅读 96
{BODY}
!a 【打印】【返回列表】
!l 上一条：关于征集2025年鞋博会参展企业的通知
!m 商会秘书处电话：0836-5127760　邮箱：kyxyh@kyxieye.org.cn
!d 本站信息仅供会员企业参考
""",
        body="""
时间：2024年9月27日上午
地点：商会会议室
主持：会长 谭德洲
出席：理事21人
列席：监事2人
记录：秘书处 阮静
会议审议了《靴筒撑团体标准（征求意见稿）》。与会理事认为，近年来县内靴类产品配套的靴筒撑质量参差不齐，部分产品撑片过硬、边缘有毛刺，容易划伤靴里，制定团体标准十分必要。
会议表决通过了该征求意见稿，赞成19票，反对0票，弃权2票。会议决定由秘书处于10月底前广泛征求会员企业意见，修改完善后报县市场监管局备案。
""",
    ),
    dict(
        slug="company-wahe-news-flame-retardant-cable-box",
        site="溛禾电子官网 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.wahe-elec.com/news/company/2025-02-18-63.html",
        title="溛禾电子推出阻燃充电线收纳盒",
        record_title="新品速览 | 溛禾电子推出阻燃充电线收纳盒 - 溛禾电子官网",
        date="2025-02-18",
        notes="company site: cookie notice, language switch, brand name in the header (it is inside the body's company "
        "name: head match), the title repeated and glued before the news lead, a service float with a 400 order line; "
        "a 发表于 line with a slashed date under the title is the page's date",
        page="""
<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>新品速览 | 溛禾电子推出阻燃充电线收纳盒 - 溛禾电子官网</title></head><body>
<div class="cookie">⟦d 本网站使用Cookie改善浏览体验，继续浏览即视为同意。⟧ <button>⟦a 我知道了⟧</button></div>
<header>⟦m 溛禾电子⟧ ⟦m 让每一根线都有归处⟧ <nav>⟦m 首页⟧ ⟦m 产品中心⟧ ⟦m 新闻资讯⟧ ⟦m 解决方案⟧ ⟦m 关于我们⟧</nav> <a>⟦a 中文 | EN⟧</a></header>
<div class="crumb">⟦m 首页 > 新闻资讯 > 公司新闻⟧</div>
<article><h1>{T}</h1>
<div class="date">⟦m 发表于 2025/02/18⟧ ⟦m 浏览量：391⟧</div>
<div class="news-body">
{BODY}
</div></article>
<div class="pn">⟦l 上一篇：溛禾电子通过质量管理体系年度复审⟧ ⟦l 下一篇：公司组织员工开展消防演练⟧</div>
<div class="float-service">⟦w 在线客服⟧ ⟦w 订购热线：400-828-6601⟧</div>
<footer>⟦m 峓州溛禾电子科技有限公司　地址：峓州市汸河区工业园兴业路15号⟧<br>⟦m Copyright © 2025 溛禾电子 版权所有　蜀ICP备22018835号⟧</footer>
<script>if(!localStorage.cookieOk){document.querySelector(".cookie").style.display="block";}</script>
</body></html>
""",
        body="""
⟦t 溛禾电子推出阻燃充电线收纳盒⟧近日，峓州溛禾电子科技有限公司推出新一代阻燃充电线收纳盒，首批产品已供应本地多家连锁酒店和写字楼。
新款收纳盒外壳采用V-0级阻燃材料，内置带过载保护的4位插座和2个USB接口，盒盖设有可拆卸理线槽，手机、平板、笔记本电脑的充电线可以分开收纳、互不缠绕。
公司研发部负责人介绍，过去的收纳盒大多只是一个塑料壳子，插线板放进去后散热差。新产品在盒体两侧开设了散热格栅，并通过了连续满载8小时温升测试。
目前，该产品已取得3项实用新型专利，月产能达到2万只。
""",
    ),
    dict(
        slug="company-hengshun-recall-disc-sock-racks",
        site="恒顺日用品 (invented manufacturer's site)",
        style="企业官网",
        genre="召回公告",
        kind="notice",
        form="text",
        source="http://www.hengshun-ryp.cn/news/gg/2024/0702/19.html",
        title="关于召回部分批次圆盘晾袜架的公告",
        record_title="【厂家主动召回】关于召回部分批次圆盘晾袜架的公告 · 恒顺日用品",
        date="2024-07-02",
        notes="manufacturer's site: recalled batches table (with year-month cells) one row a paragraph; the recall line in "
        "the body next to a 400 wholesale-order line after it; 成文日期 under the signature",
        page="""
!m 恒顺日用品 · 洴川县恒顺日用品厂
!m 首页 | 产品展示 | 新闻公告 | 质量承诺 | 联系我们
!m 当前位置：首页 > 新闻公告
{T}
!m 发布时间：2024-07-02　　点击：1378
{BODY}
!w 批发订购热线：400-615-7720（不受理召回业务）
!l 上一条：恒顺日用品厂参加峓州日用百货展销会
!m 洴川县恒顺日用品厂　地址：洴川县坬口镇工业集中区　蜀ICP备16027705号
""",
        body="""
我厂近期接到用户反映，部分批次的二十四夹圆盘晾袜架挂钩与圆盘连接处在长期负重后可能断裂，存在晾袜架坠落风险。为保障消费者安全，我厂决定主动召回以下批次产品：
产品型号　生产批号　生产日期
YD-24A　20240311　2024年3月
YD-24A　20240408　2024年4月
YD-24B　20240415　2024年4月
请持有上述批次产品的消费者停止使用，并拨打召回专线0831-4456210登记，我厂将免费上门更换新品。
洴川县恒顺日用品厂
2024年7月2日
""",
    ),
    dict(
        slug="training-qiaoju-brochure-organiser-cable-module",
        site="巧居收纳学院 (invented training school)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.qiaoju-shouna.com/kecheng/zlsns/chuji-zhoumo.html",
        title="整理收纳师（初级）周末班招生简章",
        record_title="【新班报名】整理收纳师（初级）周末班招生简章（含线材收纳专题）- 巧居收纳学院",
        date=None,
        notes="training school: promo banner, consult float with a 400 franchise line, the school's own 报名电话 in the "
        "body; a course table one row a paragraph; a brochure with no date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【新班报名】整理收纳师（初级）周末班招生简章（含线材收纳专题）- 巧居收纳学院</title></head><body>
<div class="promo">⟦a 限时优惠：月底前报名立减200元⟧</div>
<header>⟦m 巧居收纳学院⟧ ⟦m 让家更轻松⟧ <nav>⟦m 首页⟧ ⟦m 课程体系⟧ ⟦m 师资团队⟧ ⟦m 学员作品⟧ ⟦m 报名咨询⟧</nav></header>
<div class="crumb">⟦m 首页 › 课程体系 › 整理收纳师⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 发布：教务处　浏览 2,041⟧</div>
<div class="content">
{BODY}
</div>
<div class="float">⟦w 全国加盟热线 400-996-2217⟧ ⟦w 点击咨询课程顾问⟧</div>
<div class="rel">⟦l 热门课程：衣橱整理专项班 ｜ 搬家整理师实操班 ｜ 儿童房收纳工作坊⟧</div>
<footer>⟦m 洴川县巧居职业技能培训学校有限公司　办学许可证号：教民151322170001号⟧ ⟦m 蜀ICP备23012276号⟧</footer>
<script src="https://static.qiaoju-shouna.com/js/kefu.js"></script>
</body></html>
""",
        body="""
整理收纳师（初级）周末班现已开始报名。课程面向家政从业人员、全职家长和收纳爱好者，小班教学，每班限16人。
课程安排：
课次　内容　课时
第一课　收纳基础与空间规划　4
第二课　衣橱与鞋柜收纳　4
第三课　书桌与电子产品线材收纳　4
第四课　上门实操与客户沟通　6
第三课将重点讲解充电线收纳盒、理线带的选用和桌面线材分类方法，学员需自带一部手机和常用充电线。
学费1680元，含教材和实操工具。报名电话：0836-5249071（宋老师）。
""",
    ),
    dict(
        slug="training-jiangxin-insight-electrician-keycard-oneline",
        site="洴川县匠心职业技能培训学校 (invented)",
        style="培训机构",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://www.pcjiangxin-px.cn/xyxs/dgb/2024/221.html",
        title="参加低压电工培训的一点收获",
        date=None,
        notes="title given by the record as is; a trainee's insight all on one line; the class's year only in a chrome "
        "byline (no date); a trial-lesson prompt and the school's sign-up line after it",
        page="""
!m 洴川县匠心职业技能培训学校
!m 首页　课程设置　学员心声　考证指南　联系我们
!m 学员心声 › 电工班
{T}
!m 作者：2024年第6期低压电工班学员 石磊　　点击：167
{BODY}
!a 想报名？点此预约试听
!w 报名咨询：0831-4436618（许老师）
!l 更多学员心声：焊工班学员：手稳了，心也稳了 ｜ 叉车班结业感言
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
上个月我在技能培训学校参加了为期二十天的低压电工培训，最大的收获是学会了看图接线。
以前我在宾馆做维修，换插卡取电开关全凭老师傅教的经验，哪根线接哪个端子心里没底。这次老师专门讲了取电开关的原理：它其实就是一个受卡片控制的开关，后面带着继电器，插卡时吸合，拔卡后延时断开。
实操课上，我们分组在模拟客房配电板上练习，把照明回路、空调回路接到取电开关后面，把冰箱插座单独接出来。我第一次接错了，空调一直不断电，老师让我对着图纸一根一根查，终于找到了问题。
回到单位后，我把宾馆三楼的取电开关全部检查了一遍，发现两间客房的接线有问题，及时做了整改。
""",
    ),
    dict(
        slug="fanwenapp-biluo-host-script-neck-pillows",
        site="笔落范文APP H5 share page (invented)",
        style="范文APP",
        genre="主持词",
        kind="speech",
        form="html",
        source="https://h5.biluo-app.com/share/art/9182736?from=wx",
        title="“暖颈驿站”颈枕发放仪式主持词",
        record_title="主持稿｜“暖颈驿站”颈枕发放仪式主持词（男女搭档版）- 笔落范文APP",
        date=None,
        notes="writing app's H5 share: open-app mask, usage count, fold, AI rewrite/expand buttons; a host script with "
        "男/女/合 lines; no date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>主持稿｜“暖颈驿站”颈枕发放仪式主持词（男女搭档版）- 笔落范文APP</title></head><body>
<div class="open-app-mask">⟦a 打开笔落APP，查看完整范文与更多主持稿⟧ <button>⟦a 立即打开⟧</button></div>
<div class="app-head">⟦m 笔落范文⟧ ⟦m 写稿不求人⟧</div>
<h1 class="art-title">{T}</h1>
<div class="art-meta">⟦m 主持词 · 仪式活动⟧ ⟦m 1.3万次使用⟧</div>
<div class="art-body">
{BODY}
</div>
<div class="fold">⟦a 展开剩余全文 ∨⟧</div>
<div class="ai-tools">⟦a ✦AI改写⟧ ⟦a ✦AI扩写⟧ ⟦a 照着写一篇⟧</div>
<div class="rec"><h4>⟦l 大家还在用⟧</h4><p>⟦l 春运志愿服务启动仪式主持词⟧</p><p>⟦l 送温暖慰问活动主持稿（双主持）⟧</p></div>
<div class="app-foot">⟦m 笔落范文 © 2025⟧ ⟦d 范文仅供参考，请结合实际修改使用⟧</div>
<script>var openApp=function(){location.href="biluo://art/9182736";};</script>
</body></html>
""",
        body="""
男：尊敬的各位领导，
女：亲爱的司机朋友们，
合：大家上午好！
男：寒冬腊月，车轮不停。今天，我们在县客运站“暖颈驿站”隆重举行颈枕发放仪式，为奋战在春运一线的驾驶员朋友送上一份温暖。
女：首先，让我们以热烈的掌声欢迎县交通运输局领导致辞。
男：感谢领导的关心！下面，请驾驶员代表上台领取颈枕。
女：一只小小的颈枕，托起的是司机朋友们的健康，也托起了千万旅客的平安。
合：祝各位司机朋友新春愉快、一路平安！仪式到此结束。
""",
    ),
    dict(
        slug="fanwenapp-gongwenbaohe-request-welfare-sock-racks",
        site="公文宝盒 app share page (invented)",
        style="范文APP",
        genre="请示",
        kind="other",
        form="text",
        source="https://m.gwbaohe.cn/s/qs/44021",
        title="关于为县社会福利院购置晾袜架等生活用品的请示",
        record_title="关于为县社会福利院购置晾袜架等生活用品的请示（改个落款就能用）· 公文宝盒",
        date="2024-10-29",
        notes="范文 app share: open-app copy prompt, collect count, 'added 5 days ago' (no date), a member line between "
        "paragraphs, AI buttons; the 请示's own 联系人/电话; 成文日期 in Chinese numerals under the signature",
        page="""
!m 公文宝盒 · 手机写公文
!a 打开APP，免费复制全文
!t 关于为县社会福利院购置晾袜架等生活用品的请示（改个落款就能用）
!m 请示 · 民政　　已有 2836 人收藏　　上新于 5 天前
{BODY}
!a ✦ 让AI帮我换个说法　　✦ 一键生成同类请示
!l 相关范文：关于申请养老机构设施改造资金的请示 ｜ 关于增加敬老院护理人员编制的请示
!m 公文宝盒 · 让公文写作更简单
""",
        indent="\u3000\u3000",
        body="""
县民政局：
县社会福利院现有供养老人86名、孤残儿童12名。院内原有的晾晒设施使用多年，晾袜架、晾衣架大多锈蚀损坏，老人和孩子的袜子、毛巾只能搭在暖气片和床栏上晾干，既不卫生，也存在安全隐患。
⟦a 以下内容需开通宝盒会员后查看⟧
为改善供养对象生活条件，我院拟购置不锈钢晾袜架40个、落地晾衣架20个、防滑拖鞋100双，共需资金约1.2万元，拟从福利院年度公用经费中列支。
妥否，请批示。
联系人：丁瑞芬，电话：0833-6527481。
畤原县社会福利院
二〇二四年十月二十九日
""",
    ),
    dict(
        slug="examforum-shangan-interview-neck-pillows-jammer",
        site="上岸驿站 (invented civil-service exam forum)",
        style="公考论坛",
        genre="面试作答",
        kind="other",
        form="html",
        source="https://bbs.shangan-yz.com/thread-377105-1-1.html",
        title="单位要给长途客运司机配发颈枕，让你负责，你怎么组织",
        record_title="[结构化·计划组织] 单位要给长途客运司机配发颈枕，让你负责，你怎么组织（小白作答，求点评）- 面试交流 - 上岸驿站",
        date=None,
        notes="exam forum thread: a course-ad QQ group line, jammer-font junk, a reply-to-see prompt, rating row and a "
        "reply; posted '5 天前' (no date)",
        page="""
<html><head><meta charset="utf-8"><title>[结构化·计划组织] 单位要给长途客运司机配发颈枕，让你负责，你怎么组织（小白作答，求点评）- 面试交流 - 上岸驿站</title><style>.jammer{font-size:0}</style></head><body>
<div id="hd">⟦m 上岸驿站 · 公考人的加油站⟧ <a>⟦a 登录⟧</a> <a>⟦a 注册⟧</a></div>
<div id="pt">⟦m 上岸驿站 › 面试交流 › 结构化练习⟧</div>
<div class="adv">⟦w 省考面试协议班 不过退费 咨询QQ群 716620935⟧</div>
<h1><span id="thread_subject">⟦t [结构化·计划组织] 单位要给长途客运司机配发颈枕，让你负责，你怎么组织（小白作答，求点评）⟧</span></h1>
<div class="authi">⟦m 上岸小青蛙 发表于 5 天前⟧ ⟦m 查看: 902 ｜ 回复: 17⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="locked">⟦a 本帖隐藏的参考答案需回复后可见⟧</div>
<div class="rate">⟦l 评分 参与人数 3 驿站币 +6⟧</div>
<div class="reply">⟦l 沙发 面试官老王：调研部分可以再具体些，比如怎么选样本。⟧</div>
<div id="ft">⟦m 上岸驿站 ｜ 手机版 ｜ 蜀ICP备21037764号⟧</div>
<script src="static/js/forum_viewthread.js"></script>
</body></html>
""",
        junk=dict(lines=1, glued=2),
        body="""
这道题属于计划组织类，我的作答如下，欢迎各位拍砖。
首先，做好前期调研。我会通过问卷和座谈了解司机们的线路时长、颈椎不适情况和对颈枕材质、款式的需求，同时请教医院康复科医生，明确选购标准。
其次，抓好采购和发放。根据调研结果拟定采购方案报领导审批，按程序询价采购；发放时结合安全例会，请医生现场讲解正确用法。
最后，做好跟踪反馈。发放一个月后回访司机使用感受，对不合适的及时调换，并把这次活动的经验整理成册，为今后关爱职工活动提供参考。
""",
    ),
    dict(
        slug="examforum-shenlun-essay-cable-box-governance-junk",
        site="申论部落 (invented exam forum)",
        style="公考论坛",
        genre="申论文章",
        kind="other",
        form="text",
        source="https://www.shenlunbuluo.com/t/90331.html",
        title="小小收纳盒里的治理之道",
        record_title="〖申论大作文〗小小收纳盒里的治理之道（第三篇，请老师指点） - 申论交流区 - 申论部落",
        date=None,
        notes="an exam forum's essay post with anti-scraping junk; posted '4 天前' (no date); a reply-to-see prompt, a "
        "marker's reply and a marking-service WeChat",
        page="""
!m 申论部落 — 一起练申论
!m 申论部落 › 申论交流区 › 大作文练笔
!t 〖申论大作文〗小小收纳盒里的治理之道（第三篇，请老师指点）
!m 作者：岸边的鱼　　发表于 4 天前　　阅读 651
{BODY}
!a 回复可见批改意见 ｜ 收藏 ｜ 举报
!l 1楼 阅卷组·陈老师：立意准确，论证可再加一个正反对比。
!l 2楼 岸边的鱼：谢谢老师，我再改改
!w 申论一对一批改，加微信 shenlun_buluo 预约
!m 申论部落 ｜ 蜀ICP备20030715号
""",
        junk=dict(lines=1, glued=3),
        body="""
一只充电线收纳盒，价格不过几十元，却让不少办公室告别了“线团乱麻”。小小的改变背后，折射出基层治理的“小切口”思维。
治理要从群众身边的小事做起。插线板落地、线缆缠绕，看似不起眼，却是火灾隐患的源头。一些单位从配齐收纳盒、规范充电做起，消除了隐患，也改善了环境。
治理要靠制度让好习惯落地。有了收纳盒，还要有离岗断电的规矩和定期检查的机制，否则再好的工具也会被闲置。
治理更要以人为本。收纳盒放在哪里、配几个插位，都应该听听使用者的意见。只有把群众的需求放在心上，小切口才能做出大文章。
""",
    ),
]

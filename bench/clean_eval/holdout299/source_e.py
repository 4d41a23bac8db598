"""holdout299, part E: 社区网站, 行业协会, 企业官网, 培训机构, 范文APP, 公考论坛 (one HTML page
and one text each). Invented text; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="keyuan-community-pledge-drool-towel-charity-sale",
        site="恪园社区居民之家 (invented)",
        style="社区网站",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://www.keyuanshequ.cn/huodong/2025/0508/216.html",
        title="恪园社区“巧手妈妈”口水巾爱心义卖倡议书",
        record_title="【恪园家事】恪园社区“巧手妈妈”口水巾爱心义卖倡议书—恪园社区居民之家",
        date="2025-05-08",
        notes="a residents' site: weather line, a grid worker's box, property repair lines; the committee's own phone "
        "in the body; sentences asking to share the pledge and follow the account (content)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【恪园家事】恪园社区“巧手妈妈”口水巾爱心义卖倡议书—恪园社区居民之家</title></head><body>
<div class="sq-top">⟦m 恪园社区居民之家⟧　⟦m 隽安街道 · 恪园社区　今天 晴 21～29℃ 空气良⟧</div>
<div class="sq-nav">⟦m 社区首页　社区公告　邻里活动　办事指南　物业服务　议事厅⟧</div>
<div class="sq-pos">⟦m 首页 / 邻里活动 / 倡议⟧</div>
<div class="sq-art">
<h1>{T}</h1>
<div class="sq-meta">⟦m 发布人：社区居委会　2025-05-09　阅读 1204⟧</div>
{BODY}
<div class="sq-bar">⟦l 转发给邻居：微信　朋友圈　复制链接⟧</div>
</div>
<div class="sq-grid"><h4>⟦m 我的网格员⟧</h4><p>⟦m 第三网格　俞彤　138 0739 6612⟧</p></div>
<div class="sq-wy"><h4>⟦m 物业服务⟧</h4><p>⟦m 报修热线：0739-5569100（24小时）⟧</p><p>⟦m 夜间应急：0739-5569119⟧</p></div>
<div class="sq-foot">⟦m 主办：隽安街道恪园社区居民委员会⟧　⟦m 湘ICP备21008917号-1⟧</div>
</body></html>
""",
        date_also=["2025-05-09"],
        body="""
亲爱的居民朋友们：
社区“巧手妈妈”手工坊成立两年来，姐妹们用纱布和棉布缝制了三百多条口水巾。今年，我们想把这份手艺变成一份爱心：5月18日上午，在社区广场举办口水巾爱心义卖，所得款项全部用于资助辖区困难家庭的新生儿。
为此，我们倡议：
一、会针线的居民，欢迎到手工坊一起缝制口水巾，布料和辅料由手工坊提供。
二、家中有闲置的新纯棉布料，可捐赠给手工坊。
三、义卖当天，欢迎大家带着孩子来逛一逛、买一条，也欢迎把这份倡议分享给亲朋好友。
四、关注“恪园社区”微信公众号，可随时查看义卖款使用明细。
爱心不分大小，一针一线都是温暖。期待您的参与！
恪园社区居民委员会　恪园社区“巧手妈妈”手工坊
2025年5月8日
联系电话：0739-5562217（社区居委会）
""",
    ),
    dict(
        slug="tihe-community-notice-yarn-kettle-sleeves-oneline",
        site="悌和社区网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.tiheshequ.com/tzgg/20251015.html",
        title="悌和社区关于征集旧毛线为环卫工人编织水壶套的通知",
        record_title="悌和社区关于征集旧毛线为环卫工人编织水壶套的通知 ∥ 悌和社区网",
        date="2025-10-15",
        notes="a residents' site's text with the whole body on one line (paragraphs only apart by their indent); "
        "the grid worker's phone in the body beside the property's repair line",
        page="""
!m 悌和社区网 ∥ 家门口的服务站
!m 社区公告 > 通知
{T}
!m 发布：悌和社区居委会　浏览：386
{BODY}
!a 👍 点赞　　💬 留言　　↗ 转发
!m 物业维修电话：0739-5567700　社区警务室：0739-5567110
!m 悌和社区网 版权所有
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
各位居民：
天气渐冷，辖区环卫工人每天清晨四点多就上岗，随身带的水壶不到一个小时就凉了。社区决定发动居民，用旧毛线为他们编织保温水壶套。现将有关事项通知如下：
一、征集物品：家中闲置的毛线、毛线团，颜色不限，要求干净无霉变。
二、收集时间和地点：10月20日至10月31日，每天9:00—17:00，社区党群服务中心一楼。
三、编织志愿者：会织毛衣的居民可报名参加编织小组，社区提供统一的尺寸样板。
四、11月中旬，社区将把编织好的水壶套送到环卫工人手中。
联系人：社区网格员 俞彤，电话：0739-5568031。
悌和社区居民委员会
二〇二五年十月十五日
""",
    ),
    dict(
        slug="chenzhou-cleaning-assoc-minutes-pot-brush-standard-vote",
        site="宸州市日用清洁用品行业协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="report",
        form="html",
        source="https://www.czrqxh.org.cn/xhdt/2025/0924/157.html",
        title="宸州市日用清洁用品行业协会第三届理事会第五次会议纪要",
        record_title="〖理事会通报〗宸州市日用清洁用品行业协会第三届理事会第五次会议纪要 | 宸州市日用清洁用品行业协会",
        date="2025-09-19",
        date_also=["2025-09-24"],
        notes="an association's page: member-login row, member hotline; minutes with 时间/地点/主持/出席/列席/记录 and "
        "a vote count; the meeting date differs from the page date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〖理事会通报〗宸州市日用清洁用品行业协会第三届理事会第五次会议纪要 | 宸州市日用清洁用品行业协会</title></head><body>
<div class="xh-login">⟦a 会员单位登录　｜　申请入会　｜　会费缴纳⟧</div>
<div class="xh-logo">⟦m 宸州市日用清洁用品行业协会⟧</div>
<div class="xh-nav">⟦m 协会概况　协会动态　政策法规　团体标准　会员风采　联系我们⟧</div>
<div class="xh-pos">⟦m 当前位置：首页 » 协会动态⟧</div>
<div class="xh-art">
<h2>{T}</h2>
<div class="xh-info">⟦m 秘书处　2025-09-24　浏览 233⟧</div>
{BODY}
<div class="xh-print">⟦a 打印本页 ｜ 返回列表⟧</div>
</div>
<div class="xh-side"><h4>⟦l 团体标准公示⟧</h4><p>⟦l 《洗碗海绵》团体标准立项公告⟧</p><p>⟦l 《竹木锅刷》团体标准征求意见⟧</p></div>
<div class="xh-foot">⟦m 会员服务专线：0739-8825603⟧　⟦m 秘书处地址：宸州市宥城区兴业路9号⟧　⟦m 湘ICP备22011058号⟧</div>
</body></html>
""",
        body="""
时间：2025年9月19日上午9:30
地点：协会会议室
主持：会长 甘子墨
出席：理事17人（应到19人）
列席：监事长 丘明远，秘书处工作人员
记录：秘书处 钟小苒
会议审议并通过了以下事项：
一、审议通过《锅刷类产品团体标准（征求意见稿）》，同意报市市场监管局备案。表决结果：同意16票，反对0票，弃权1票。
二、同意吸收宸州市洁利家日用品有限公司等3家企业为会员单位。
三、会议决定10月下旬组织会员企业赴外省考察剑麻锅刷生产工艺，由秘书处拟定方案。
四、会议要求各理事单位配合开展钢丝锅刷质量自查，11月底前向秘书处报送自查报告。
""",
    ),
    dict(
        slug="chenzhou-cleaning-assoc-cup-brush-self-discipline-covenant",
        site="宸州日清协会网 (invented)",
        style="行业协会",
        genre="公约",
        kind="other",
        form="text",
        source="http://www.czrqxh.org.cn/bwh/2025/1106/31.html",
        title="宸州市杯刷生产企业质量自律公约",
        date="2025-11-06",
        notes="record title as is; an association's covenant with a numbered list; 成文日期 under the committee's "
        "signature; member-login and join prompts around it",
        page="""
!m 宸州日清协会网 · 杯刷专业委员会
!a 会员登录　　我要入会
!m 首页 > 专委会 > 杯刷专业委员会
{T}
!m 发布：2025-11-07　来源：杯刷专委会
{BODY}
!a 欢迎杯刷生产、销售企业加入专委会，入会咨询请拨会员服务专线
!m 会员服务专线：0739-8825603
""",
        date_also=["2025-11-07"],
        body="""
为规范杯刷行业经营秩序，保障消费者健康，宸州市日用清洁用品行业协会杯刷专业委员会全体会员单位共同订立本公约，并承诺自觉遵守：
一、严格执行产品标准，刷丝、刷柄、海绵等与水杯接触的材料须符合食品接触用相关要求，不使用回收料。
二、如实标注产品材质、适用范围、生产日期和厂名厂址，不作“永不掉毛”“百分之百抗菌”等夸大宣传。
三、建立出厂检验制度，每批产品抽检刷毛拉力，不合格产品不出厂。
四、不以低于成本的价格恶意竞争，不仿冒其他企业的注册商标和外观设计。
五、接受协会和社会监督，对违反本公约的会员单位，协会将视情节予以通报批评直至取消会员资格。
宸州市日用清洁用品行业协会杯刷专业委员会
二〇二五年十一月六日
""",
    ),
    dict(
        slug="shanyou-outdoor-recall-kettle-sleeves-batches-record-date",
        site="山友户外官网 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.shanyou-outdoor.com/news/notice/20250805.html",
        title="关于主动召回部分批次儿童水壶套的公告",
        record_title="召回公告丨关于主动召回部分批次儿童水壶套的公告 · 山友户外",
        record_date="2025-08-05",
        date="2025-08-05",
        notes="a company site: cookie notice, service float, a 400 order line; a batches table one row a paragraph; "
        "the recall line in the body; the record gives the date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>召回公告丨关于主动召回部分批次儿童水壶套的公告 · 山友户外</title>
<script src="/assets/js/site.bundle.js"></script></head><body>
<header>⟦m 山友户外 SHANYOU⟧　⟦m 首页　产品中心　品牌故事　新闻公告　售后服务　加盟合作⟧</header>
<div class="crumb">⟦m 首页 › 新闻公告 › 公司公告⟧</div>
<main>
<h1>{T}</h1>
<p class="time">⟦m 2025-08-05　｜　山友户外⟧</p>
{BODY}
<p class="share">⟦l 分享到：微信 ｜ 微博 ｜ 抖音⟧</p>
</main>
<div class="svc-float">⟦w 在线客服 ｜ 订购热线 400-870-2625⟧</div>
<div class="cookie">⟦d 本网站使用Cookie以提升浏览体验，继续浏览即表示您同意我们的Cookie政策。⟧　⟦a 我知道了⟧</div>
<footer>⟦m © 2025 宸州市山友户外用品有限公司　湘ICP备20031187号⟧</footer>
</body></html>
""",
        body="""
尊敬的消费者：
我公司在内部质量抽查中发现，2025年4月至6月生产的部分批次儿童卡通水壶套，肩带调节扣存在断裂风险，可能导致水壶跌落。为保障儿童使用安全，我公司决定主动召回以下批次产品：
产品名称　批号　生产日期　数量
儿童卡通水壶套（小熊款）　SY2504-07　2025年4月　3600只
儿童卡通水壶套（恐龙款）　SY2505-12　2025年5月　2800只
儿童卡通水壶套（兔子款）　SY2506-03　2025年6月　1900只
请持有上述批次产品的消费者立即停止使用，并通过召回专线0739-8819526（8:00—20:00）联系我们，办理免费更换或退款。产品批号印在水壶套内侧的洗标上。
由此给您带来的不便，我们深表歉意。
宸州市山友户外用品有限公司
2025年8月5日
""",
    ),
    dict(
        slug="shanyou-outdoor-news-washable-picnic-mat-dotted-byline",
        site="山友户外官网 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.shanyou-outdoor.com/news/company/20250412.html",
        title="山友户外推出可机洗防潮野餐垫",
        record_title="山友动态 ⇢ 山友户外推出可机洗防潮野餐垫",
        date="2025-04-12",
        notes="company news: a dotted date line as the page's date; a product ad line between paragraphs; "
        "a shop link glued after the last 。",
        page="""
!m 山友户外 SHANYOU ｜ 新闻中心
!m 首页 › 新闻中心 › 山友动态
{T}
!m 2025.04.12　｜　品牌部
{BODY}
!l 上一篇：山友户外荣获“宸州市专精特新企业”称号
!l 下一篇：山友户外2025经销商大会在宸州召开
!m © 宸州市山友户外用品有限公司
""",
        body="""
4月10日，宸州市山友户外用品有限公司在宸州国际会展中心举行春季新品发布会，推出一款可机洗的防潮野餐垫。
这款野餐垫采用三层复合结构：表层为加厚牛津布，中间为珍珠棉，底层为防水涂层。与传统铝膜野餐垫相比，它可以直接放入洗衣机清洗，折叠后只有一本书大小，重量不到700克。
⟦a 【新品速递】春日野餐季，官方商城下单享8折⟧
公司研发部负责人介绍，研发团队用了8个月时间，先后试制了30多版样品，重点解决了机洗后涂层开裂的问题。经第三方检测，连续机洗50次后防水性能不下降。
据悉，该产品将于4月下旬在各大电商平台上市，首批备货3万张。⟦a 点此进入山友官方商城 ›⟧
""",
    ),
    dict(
        slug="huiying-school-brochure-infant-carer-class-h1",
        site="汇英职业培训学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.huiyingpx.com/zhaosheng/yuying-2025qiu.html",
        title="2025年秋季育婴员（五级）精品班招生简章",
        record_title=None,
        date=None,
        notes="no record title: the brochure's <h1>; a promo banner and a consult float; the school's own 报名电话 "
        "in the body beside a 400 franchise line; a brochure: no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>汇英职业培训学校 - 育婴员 保育员 家政 培训</title></head><body>
<div class="promo">⟦a 🎉 秋季班早鸟价：9月5日前报名立减300元，名额有限！⟧</div>
<header>⟦m 汇英职业培训学校⟧　⟦m 人社部门备案职业培训机构⟧</header>
<nav>⟦m 首页　课程中心　招生简章　师资力量　学员风采　在线报名⟧</nav>
<section class="jianzhang">
<h1>{T}</h1>
{BODY}
</section>
<div class="consult-float">⟦w 课程顾问在线 ▸ 微信：huiying_px66⟧</div>
<footer>⟦m 全国加盟热线：400-019-7716⟧　⟦m 汇英职业培训学校 版权所有⟧</footer>
</body></html>
""",
        body="""
一、培训对象
年满18周岁、身体健康、有意从事婴幼儿照护工作的人员，宝妈、家政从业人员优先。
二、课程内容
1.婴幼儿生活照料：喂养、睡眠、二便护理，口水巾、围兜的选用与清洗。
2.婴幼儿日常保健：体温测量、口水疹和尿布疹护理、预防接种常识。
3.婴幼儿早期发展：抚触、被动操、亲子游戏。
4.实操训练：在模拟实训室完成全流程操作。
三、上课安排
9月13日开班，每周六、周日全天上课，共8个周末。班额30人，额满即止。
四、证书
学员经考核合格，可参加育婴员职业技能等级认定。
五、报名方式
报名地点：巽川县文昌路18号汇英职业培训学校二楼。报名电话：0739-5538810。
""",
    ),
    dict(
        slug="huiying-school-trainee-insight-pot-brushes",
        site="汇英职业培训学校 (invented)",
        style="培训机构",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.huiyingpx.com/xueyuan/jiazheng/0921.html",
        title="一把锅刷里的学问——家政服务员培训心得",
        record_title="【学成感言】一把锅刷里的学问——家政服务员培训心得｜汇英职校",
        date=None,
        notes="a trainee's insight on a training school's site: a trial-lesson prompt between paragraphs, a "
        "consult line; no date",
        page="""
!m 汇英职业培训学校 · 学员风采
!t 【学成感言】一把锅刷里的学问——家政服务员培训心得
!m 栏目：学员风采　｜　浏览 518
{BODY}
!w 想学家政？免费试听一节课，微信 huiying_px66
!l 更多学员故事：从下岗女工到金牌月嫂　｜　五十岁学育婴，我不后悔
""",
        body="""
参加家政服务员培训前，我觉得刷锅洗碗谁不会？上了第一堂厨房清洁课，我才知道自己错了很多年。
老师先让我们认识锅刷：铁锅用竹刷或棕刷，不粘锅只能用海绵或软毛刷，砂锅要用软刷顺着纹路刷，钢丝球只在锅底烧糊时才用。我家的不粘锅涂层掉得那么快，原来就是被钢丝球刷坏的。
⟦a 👉 家政服务员周末班火热报名中，点此预约试听⟧
老师还说，锅刷本身也要“讲卫生”：用完冲干净、甩干水、刷头朝下挂起来，一个月左右换一把。很多家庭的锅刷一直泡在水池里，比抹布还脏。
十五天的培训，我学会的不只是技术，更是一种对待工作的态度：客户家里的每一口锅，都要当成自己家的来对待。
学员：巽川县攸田镇 蒲秀兰
""",
    ),
    dict(
        slug="bisu-app-summary-weekend-lawn-market-open-app-mask",
        site="笔速写作 (invented, writing app H5 share)",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://h5.bisuxiezuo.com/share/doc?id=9f31c07e",
        title="隽安街道2025年“周末草坪集市”活动工作总结",
        record_title="隽安街道2025年“周末草坪集市”活动工作总结（精修定稿）· 笔速写作",
        date="2025-11-20",
        notes="a writing app's H5 share: open-app mask, a fold, an AI-rewrite button glued after a 。; 成文日期 under "
        "the signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>隽安街道2025年“周末草坪集市”活动工作总结（精修定稿）· 笔速写作</title>
<script src="https://h5.bisuxiezuo.com/js/share.min.js"></script></head><body>
<div class="mask">⟦a 打开笔速写作App，查看完整范文⟧　<button>⟦a 立即打开⟧</button></div>
<div class="appbar">⟦m 笔速写作 · 你的公文写作搭子⟧</div>
<div class="doc">
<h1>{T}</h1>
<div class="meta">⟦m 范文库 · 工作总结　字数 412　收藏 2.1k⟧</div>
{BODY}
</div>
<div class="fold">⟦a 展开剩余 35% ∨⟧</div>
<div class="bottom">⟦a ✍ 一键仿写　｜　复制　｜　导出Word⟧</div>
<div class="rec"><h4>⟦l 相似范文⟧</h4><p>⟦l 社区跳蚤市场活动总结⟧</p><p>⟦l 街道夜间经济工作总结⟧</p></div>
</body></html>
""",
        body="""
今年5月至10月，隽安街道在恪园、悌和两个社区的中心草坪开展“周末草坪集市”活动，共举办22场，吸引居民和游客4.3万人次。现将活动情况总结如下。
一、主要做法
一是统一摊位形式。集市不设棚架，所有摊主以一张统一配发的2米见方野餐垫为摊位，既降低了成本，又保护了草坪。二是突出居民参与。摊位优先安排辖区居民出售手工品、闲置物品，共有380户居民参与摆摊。三是落实“无痕”管理。每场集市结束后，摊主收好野餐垫，志愿者巡查草坪，做到场清地净。⟦a ✨AI润色这一段⟧
二、存在问题
部分场次人流集中，周边停车困难；个别摊主超出野餐垫范围摆放物品。
三、下一步打算
明年将增加集市场次，探索与周边商户联动，并在入口处设置临时停车引导。
隽安街道办事处
2025年11月20日
""",
    ),
    dict(
        slug="bisu-app-host-script-cup-brush-quiz-oneline",
        site="笔速写作 (invented, writing app share as text)",
        style="范文APP",
        genre="主持词",
        kind="speech",
        form="text",
        source="https://h5.bisuxiezuo.com/share/doc?id=4c07aa12",
        title="“小杯刷 大健康”家庭卫生知识竞赛主持词",
        record_title="“小杯刷 大健康”家庭卫生知识竞赛主持词（串词全流程·可套用）| 笔速写作App",
        date=None,
        notes="a writing app's text share with the whole body on one line; a host script: no date",
        page="""
!a 打开App阅读全文 ›
!m 笔速写作 · 主持词
{T}
!m 收藏 836　｜　使用 2.4k 次
{BODY}
!a 一键套用此模板　｜　AI改写　｜　复制全文
!l 你可能还想看：社区趣味运动会主持词　卫生知识讲座主持词
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
尊敬的各位评委、亲爱的居民朋友们：
大家上午好！欢迎来到禀泉社区“小杯刷 大健康”家庭卫生知识竞赛现场。
一只水杯天天用，一把杯刷却常常被忽略。杯口的茶垢、杯盖的密封圈、吸管的内壁，都可能藏着看不见的细菌。今天，12个参赛家庭将围绕饮水卫生、餐具清洁等知识展开比拼。
下面，我宣布比赛规则：比赛分必答题、抢答题和实操题三个环节，实操题要求参赛家庭在三分钟内用杯刷清洗一只保温杯，由评委现场打分。
比赛到这里就全部结束了。感谢各位家庭的精彩表现，希望大家把今天学到的知识带回家，让每一只水杯都干干净净。我们下次活动再见！
""",
    ),
    dict(
        slug="qingjin-gkforum-interview-kettle-sleeves-show-reply-to-see",
        site="青衿公考论坛 (invented)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="html",
        source="https://bbs.qingjingk.com/thread-55210-1-1.html",
        title="社区为环卫工人织水壶套被指作秀，你怎么看？",
        record_title="【结构化练手】社区为环卫工人织水壶套被指作秀，你怎么看？（附答题思路）- 面试专区 - 青衿公考论坛",
        date=None,
        notes="an exam-forum thread: reply-to-see prompt, rating row, a QQ-group ad; an interview answer: no date",
        page="""
<html><head><meta charset="utf-8"><title>【结构化练手】社区为环卫工人织水壶套被指作秀，你怎么看？（附答题思路）- 面试专区 - 青衿公考论坛</title></head><body>
<div id="hd">⟦m 青衿公考论坛⟧　⟦m 一起备考，一起上岸⟧　<a>⟦a 登录 · 注册新账号⟧</a></div>
<div id="pt">⟦m 青衿公考论坛 › 面试专区 › 结构化面试⟧</div>
<div class="post">
<h1>⟦t 【结构化练手】社区为环卫工人织水壶套被指作秀，你怎么看？（附答题思路）⟧</h1>
<div class="authi">⟦m 楼主：考编的小林　｜　发表于 4 天前⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="locked">⟦a 本帖隐藏的参考范文，回复后才可浏览⟧</div>
<div class="rate">⟦l 评分　参与人数 9　学分 +27⟧</div>
</div>
<div class="reply">⟦l 2楼　一战必过：第三点对策写得很实在⟧</div>
<div class="ad">⟦w 面试互助练习群，QQ群号：603318842⟧</div>
<div id="ft">⟦m 青衿公考论坛　湘ICP备23007719号⟧</div>
</body></html>
""",
        body="""
这道题我的答题思路如下，请各位研友指正。
首先，表明态度。社区发动居民为环卫工人编织水壶套，是一件暖心的小事，我认为不能简单贴上“作秀”的标签。
其次，分析原因。之所以有人质疑，一方面是一些地方确实存在重宣传、轻实效的做法，群众有戒心；另一方面，活动如果只做一次、拍完照就结束，难免让人觉得是走过场。
再次，提出对策。一是问需于民，提前了解环卫工人到底需要什么，不搞一厢情愿；二是形成长效，把关爱环卫工人纳入社区日常服务；三是公开透明，让居民看到物资去向和使用效果。
最后，总结升华。关爱无小事，只要真心实意、持之以恒，“作秀”的质疑自然会消失。
""",
    ),
    dict(
        slug="qingjin-gkforum-interview-recall-drool-towel-sale-junk",
        site="青衿公考论坛 (invented)",
        style="公考论坛",
        genre="面经",
        kind="other",
        form="text",
        source="https://bbs.qingjingk.com/thread-55617-1-1.html",
        title="2025年社区工作者面试回忆",
        record_title="[面经分享] 2025年社区工作者面试回忆（口水巾义卖那道题）- 青衿公考论坛",
        date=None,
        notes="an exam-forum post with anti-scraping junk; an interview recollection: no date",
        page="""
!m 青衿公考论坛 › 面经分享
!t [面经分享] 2025年社区工作者面试回忆（口水巾义卖那道题）
!m 楼主：上岸吧小周　｜　发表于 6 天前　｜　查看 1330
{BODY}
!l 2楼　努力的阿宁：感谢分享，第二题很有参考价值
!l 3楼　四战考生：组织管理题答得很有条理
!a 回复楼主　｜　收藏　｜　点赞
!w 面试一对一陪练，私信或加微信 qj_mianshi
""",
        junk=dict(lines=2, glued=2),
        body="""
上周参加了宥城区社区工作者面试，趁记忆还清楚，把题目和自己的作答回忆一下，给后面考的小伙伴参考。
第一题是自我认知，问为什么报考社区工作者，常规题，不多说。
第二题是组织管理：社区“巧手妈妈”手工坊要举办口水巾爱心义卖，请你负责，你怎么组织？我按照“前期准备、现场组织、后续公开”三块来答。重点说了义卖款要专账管理、定期公示。
第三题是情景应对：义卖现场有居民质疑口水巾质量不达标，你怎么处理？我先安抚情绪，再说明布料来源和检测情况，最后留下联系方式跟进。
整体感觉考官比较和善。时间卡得很严，每题三分钟左右。
祝大家都能上岸！
""",
    ),
]

"""holdout336, part E: 社区网站, 行业协会, 企业官网, 培训机构, 范文APP (each once as HTML, once as text).

Invented text; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="community-rouwan-notice-helmet-lending",
        site="柔湾社区网 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.rouwan-sq.cn/tzgg/2025/0513/207.html",
        title="关于开展学步幼儿防撞头盔免费借用活动的通知",
        record_title="〔柔湾告示〕关于开展学步幼儿防撞头盔免费借用活动的通知 - 柔湾社区网",
        date="2025-05-12",
        notes="residents' site with a weather line, a grid member's mobile and a property repair line beside the community's own 咨询电话; a 扫码 sentence stays",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〔柔湾告示〕关于开展学步幼儿防撞头盔免费借用活动的通知 - 柔湾社区网</title>
<script src="/js/weather.js"></script></head>
<body>
<div class="top">⟦m 柔湾社区网　屹川县沫河镇柔湾社区居民委员会⟧ <span>⟦m 沫河镇 小雨 16~23℃ 空气良⟧</span></div>
<div class="nav">⟦m 社区首页⟧ ⟦m 社区告示⟧ ⟦m 便民服务⟧ ⟦m 网格之家⟧ ⟦m 居民议事⟧</div>
<div class="crumb">⟦m 社区首页 &gt; 社区告示⟧</div>
<h2>{T}</h2>
<p class="meta">⟦m 发布：社区办公室　时间：2025-05-13 08:40⟧</p>
<div class="content">
{BODY}
</div>
<div class="side">
<div class="grid">⟦m 本楼栋网格员：侯丽　手机：13879520146⟧</div>
<div class="wy">⟦m 物业24小时报修：0795-3369900⟧</div>
<div class="links">⟦l 便民电话｜垃圾分类指南｜社区食堂菜单⟧</div></div>
<div class="ft">⟦m 柔湾社区居委会主办　地址：沫河镇柔湾路18号⟧</div>
</body></html>
""",
        body="""
各位居民朋友：
为减少学步期幼儿居家磕碰伤害，柔湾社区联合爱心企业，在社区“妈妈驿站”开展防撞头盔免费借用活动，现将有关事项通知如下：
一、借用对象：辖区内10至24个月的幼儿家庭，每户限借1顶。
二、借用方式：家长携带户口簿或居住证到社区服务大厅登记，也可扫描服务大厅门口的二维码线上预约。
三、借用期限：每次借用期限为2个月，到期可续借一次。归还的头盔由社区统一清洗消毒后再借出。
四、温馨提示：头盔只是辅助防护，居家仍需做好桌角包边、床边护栏等措施。
咨询电话：0795-3360418（柔湾社区服务大厅）
柔湾社区居民委员会
2025年5月12日
""",
    ),
    dict(
        slug="community-xinyuan-host-script-teether-lecture",
        site="欣苑社区网 (invented residents' site)",
        style="社区网站",
        genre="主持词",
        kind="other",
        form="text",
        source="http://xinyuan-shequ.example.cn/huodong/jiangtang-06.html",
        title="欣苑社区“科学育儿大讲堂”第六期主持词",
        record_title="欣苑社区“科学育儿大讲堂”第六期主持词（出牙篇）- 欣苑社区网",
        date=None,
        notes="a host script with stage directions on lines of their own; a sentence asking to 扫描二维码关注 stays; no date (only 上传于 昨天); a photo-album link between paragraphs",
        page="""
!m 欣苑社区网 · 邻里一家亲
!m 社区首页 > 社区活动 > 育儿大讲堂
!t 欣苑社区“科学育儿大讲堂”第六期主持词（出牙篇）
!m 上传于 昨天　上传者：社区社工小邵
{BODY}
!l 往期回顾：第五期　宝宝辅食添加那些事
!m 欣苑社区居委会　值班电话：0793-5273346
""",
        body="""
各位家长、各位朋友：
大家上午好！欢迎来到欣苑社区“科学育儿大讲堂”第六期。今天我们的主题是“宝宝出牙那些事”。
出牙期的宝宝爱哭闹、爱咬东西，很多家长都会给孩子买牙胶。牙胶怎么选、怎么用、怎么清洗，里面有不少学问。今天，我们特别邀请到了县妇幼保健院儿童口腔科的董医生，为大家详细讲解。让我们用热烈的掌声欢迎董医生！
（董医生讲座）
⟦l 【活动相册】点这里看本期现场照片⟧
感谢董医生的精彩讲解！接下来是互动答疑环节，有问题的家长请举手提问。
（互动答疑）
今天的讲座到这里就结束了。请大家扫描门口的二维码关注社区公众号，下期讲座的时间和主题会第一时间在公众号上发布。谢谢大家！
""",
    ),
    dict(
        slug="association-mijiang-pledge-dispenser-signature-head",
        site="弥江市母婴用品行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="http://www.mjmuying.org.cn/xhdt/2025/0819/66.html",
        title="关于规范奶粉格产品材质标注的自律倡议书",
        record_title="〖自律共识〗关于规范奶粉格产品材质标注的自律倡议书 - 协会动态 - 弥江市母婴用品行业协会",
        date="2025-08-18",
        date_also=["2025-08-19"],
        notes="trade association with a member-login row and a member hotline; its name in the header is also the signature (head); a 转发分享 sentence and a 扫描二维码 sentence stay; page date differs",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〖自律共识〗关于规范奶粉格产品材质标注的自律倡议书 - 协会动态 - 弥江市母婴用品行业协会</title>
<script src="/js/member-login.js"></script></head>
<body>
<div class="member">⟦a 会员单位登录 ｜ 申请入会 ｜ 会费查询⟧</div>
<div class="logo">⟦m 弥江市母婴用品行业协会⟧</div>
<div class="nav">⟦m 协会首页⟧ ⟦m 协会动态⟧ ⟦m 行业标准⟧ ⟦m 会员风采⟧ ⟦m 联系协会⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 发布于 2025-08-19　浏览 412 次⟧</div>
<article>
{BODY}
</article>
<div class="pn">⟦l 上一篇：协会组织会员单位参加秋季婴童展⟧ ⟦l 下一篇：关于缴纳2025年度会费的通知⟧</div>
<div class="ft">⟦m 会员服务热线：0796-8206618⟧ ⟦m 赣ICP备21004390号⟧</div>
</body></html>
""",
        body="""
全市母婴用品生产、销售企业：
奶粉格是婴幼儿家庭常用的喂养器具，直接接触婴幼儿食品。近年来，部分产品存在材质标注不清、耐热温度虚标等问题，影响消费者选购和使用。为此，弥江市母婴用品行业协会向全体会员单位及全市同行发出如下倡议：
一、如实标注。在产品和包装上清晰标注主体材质、耐热温度和“食品接触用”字样，不使用“无毒”“绝对安全”等绝对化用语。
二、严把进货关。销售企业进货时要查验产品检验报告，不采购、不销售来源不明的产品。
三、主动接受监督。欢迎消费者扫描门店公示的二维码，对标注不实的产品进行举报。
欢迎各会员单位转发分享本倡议，共同营造放心消费环境。
弥江市母婴用品行业协会
2025年8月18日
""",
    ),
    dict(
        slug="association-yingtong-minutes-helmet-vote-title-line",
        site="弥江市婴童用品协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://www.mjytxh.org/jiyao/2025-03.html",
        title="弥江市婴童用品协会三届五次理事会会议纪要",
        record_title=None,
        date="2025-03-27",
        notes="no record title: the minutes' title line; 时间/地点/主持/出席/记录 lines and a vote count stay; the 时间 line gives the date",
        page="""
!m 弥江市婴童用品协会 · 会员之家
!m 首页 > 协会工作 > 会议纪要
{T}
!m 秘书处　浏览 96
{BODY}
!a 〖下载纪要〗〖打印〗
!l 相关：婴幼儿防撞头盔团体标准（征求意见稿）公示
!m 协会秘书处电话：0796-8219007　邮箱：mjytxh@126.com
""",
        body="""
时间：2025年3月27日上午9:30
地点：协会会议室
主持：俞国平（会长）
出席：理事17人（应到19人）
记录：姚蕾
会议审议了《婴幼儿防撞头盔团体标准（征求意见稿）》。秘书处介绍了标准起草情况，与会理事围绕系带强度、海绵阻燃和头围分号等指标进行了讨论。
会议表决：同意17票，反对0票，弃权0票，通过了标准征求意见稿，同意面向会员单位和社会公开征求意见。
会议要求，秘书处在4月15日前将征求意见稿挂网公示，各理事单位要组织技术人员认真研究，按时反馈意见。
""",
    ),
    dict(
        slug="company-beiya-recall-teether-batches",
        site="贝芽母婴官网 (invented)",
        style="企业官网",
        genre="召回公告",
        kind="notice",
        form="html",
        source="https://www.beiya-baby.com/news/notice/20250605.html",
        title="关于主动召回部分批次“小鹿”带水牙胶的公告",
        record_title="企业公告 ▸ 关于主动召回部分批次“小鹿”带水牙胶的公告 | 贝芽母婴",
        date="2025-06-05",
        notes="company site with a cookie notice and a service float; the recall line beside a 400 order line; a batches table whose dates are production dates; the date under the signature",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>企业公告 ▸ 关于主动召回部分批次“小鹿”带水牙胶的公告 | 贝芽母婴</title>
<script src="/assets/js/main.js"></script></head>
<body>
<div class="cookie">⟦d 本站使用Cookie改善浏览体验，继续浏览即表示您同意 ⟧<button>⟦a 我知道了⟧</button></div>
<header>⟦m 贝芽母婴 BEIYA⟧ <nav>⟦m 首页⟧ ⟦m 产品中心⟧ ⟦m 品牌故事⟧ ⟦m 新闻资讯⟧ ⟦m 联系我们⟧</nav></header>
<div class="crumb">⟦m 首页 / 新闻资讯 / 企业公告⟧</div>
<h1>{T}</h1>
<div class="date">⟦m 2025/06/05　来源：品质部⟧</div>
<div class="article">
{BODY}
</div>
<div class="float-kf">⟦a 在线客服⟧ ⟦m 订购热线 400-665-2817⟧</div>
<footer>⟦m © 2025 弥江贝芽母婴用品有限公司　赣ICP备18020541号-1⟧</footer>
</body></html>
""",
        body="""
尊敬的消费者：
我公司在内部质量复检中发现，部分批次“小鹿”带水牙胶外壳在低温下可能出现细小裂纹，存在内部液体渗出的风险。为保障婴幼儿使用安全，我公司决定主动召回以下批次产品：
产品名称　颜色　生产批号　生产日期
小鹿带水牙胶　粉色　XL250311　2025年3月11日
小鹿带水牙胶　蓝色　XL250318　2025年3月18日
小鹿带水牙胶　绿色　XL250402　2025年4月2日
请持有上述批次产品的消费者立即停止使用，凭产品或购买凭证到原购买门店办理退货，也可拨打召回专线登记，我公司将安排上门取回并全额退款。
召回专线：0796-8177320（每天9:00—18:00）
由此给您带来的不便，我们深表歉意。
弥江贝芽母婴用品有限公司
2025年6月5日
""",
    ),
    dict(
        slug="company-wenbao-news-highchair-launch-record",
        site="稳宝童椅官网 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.wenbao-chair.com/news/2025/0926.html",
        title="稳宝推出可折叠成长型儿童餐椅",
        record_title="新品速递 · 稳宝推出可折叠成长型儿童餐椅 | 稳宝童椅",
        record_date="2025-09-26",
        date="2025-09-26",
        notes="company news as text with a record date; the brand name in the site header also stands in the body's first sentence (head)",
        page="""
!m 稳宝童椅
!m 首页 | 产品 | 新闻 | 售后 | 加盟
!t 新品速递 · 稳宝推出可折叠成长型儿童餐椅
!m 发布时间：2025-09-26　阅读 1024
{BODY}
!a 立即选购　　预约门店体验
!m 售后服务：400-106-3390　工作日9:00-18:00
!m © 稳宝童椅　浙ICP备20031188号
""",
        body="""
9月25日，稳宝童椅在弥江举行新品发布会，推出一款可折叠的成长型儿童餐椅。
这款餐椅座面高度有7档可调，从6个月宝宝用的高脚餐椅，到3岁以上孩子用的学习椅，一把椅子可以用到6岁。针对家长反映最多的“折叠后锁不牢”问题，研发团队设计了双保险锁止结构，只有两侧按钮同时按下才能折叠。
稳宝研发中心负责人侯建平介绍，新品在研发阶段做了3万次开合测试和整椅稳定性测试，安全带采用五点式设计，托盘可以单手拆装、放进洗碗机清洗。
据悉，新品将于10月起在各大电商平台和线下门店销售。
""",
    ),
    dict(
        slug="training-qihang-brochure-sleepsack-course-table",
        site="弥江启航职业培训学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.qihangpx.com/zhaosheng/shuimian-2025.html",
        title="婴幼儿睡眠照护专题班招生简章",
        record_title="〔周末小班〕婴幼儿睡眠照护专题班招生简章（限招20人）｜启航职业培训",
        date=None,
        notes="training school with a promo banner, a consult float and a 400 franchise line beside the school's own 报名电话; a course table; no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〔周末小班〕婴幼儿睡眠照护专题班招生简章（限招20人）｜启航职业培训</title>
<script src="https://kf.qihangpx.com/im.js" async></script></head>
<body>
<div class="banner">⟦a 早鸟价：9月30日前报名立减100元⟧</div>
<div class="hd">⟦m 启航职业培训⟧ ⟦m 育婴·保育·养老护理 技能培训⟧</div>
<div class="nav">⟦m 首页⟧ ⟦m 课程体系⟧ ⟦m 师资团队⟧ ⟦m 学员风采⟧ ⟦m 报名咨询⟧</div>
<h1>{T}</h1>
<div class="content">
{BODY}
</div>
<div class="float">⟦w 课程顾问在线，点我领取试听名额⟧</div>
<div class="ft">⟦m 全国加盟热线：400-089-3316⟧<br>⟦m 弥江启航职业培训学校　办学许可证号：教民136100070001247号⟧</div>
</body></html>
""",
        body="""
一、培训对象
育婴员、托育机构保育人员及有需要的家长。
二、课程安排
课次　内容　课时
第一课　婴幼儿睡眠规律与安全睡眠环境　3
第二课　防踢被、睡袋的选择与穿着实操　3
第三课　夜醒安抚与午睡巡视要点　3
第四课　常见睡眠问题案例分析　3
三、上课时间和地点
每周六上午9:00—12:00，共四周；地点为弥江市煌溪区学府路21号启航培训楼302室。
四、收费标准
每人680元，含教材和实操耗材；托育机构组团5人以上的，每人优惠80元。
五、报名方式
报名电话：0796-8258813（祝老师）
""",
    ),
    dict(
        slug="training-qihang-insight-highchair-trainee",
        site="弥江启航职业培训学校 (invented)",
        style="培训机构",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.qihangpx.com/xueyuan/xinde/0412.html",
        title="一把儿童餐椅教会我的事",
        record_title="【学员笔谈】一把儿童餐椅教会我的事（育婴员班第12期）- 启航职业培训",
        date=None,
        notes="a trainee's insight on a training school's page; a trial-class line between paragraphs; no date",
        page="""
!m 启航职业培训 · 学员风采
!m 首页 › 学员风采 › 学员笔谈
!t 【学员笔谈】一把儿童餐椅教会我的事（育婴员班第12期）
!m 作者：育婴员班学员 姚小芸
{BODY}
!w 想和她一样持证上岗？育婴员新班报名：0796-8258813
!l 更多学员笔谈 ＞＞
!m 弥江启航职业培训学校
""",
        body="""
参加育婴员培训之前，我觉得儿童餐椅就是一把高一点的椅子，把孩子放进去就行了。
第三周的实操课上，老师给每组发了一把餐椅和一个婴儿模型，让我们找出“不安全的坐法”。我们组找出了四个：没系裆部安全带、托盘没卡到位、椅子靠着餐桌、孩子脚下没有踏板。老师说，最后一个最容易被忽视，脚下悬空，孩子坐久了会不停扭动，反而容易滑出去。
⟦a 免费试听一节实操课，点击预约⟧
那节课我记了满满两页笔记。结业后我到一户人家做育婴员，第一件事就是把雇主家的餐椅从餐桌边挪开，把踏板调到孩子脚能踩到的高度。
细节做到位，安全才有保障。这是培训教给我最实在的一课。
""",
    ),
    dict(
        slug="app-xiegaobao-report-dispenser-open-app",
        site="写稿宝APP (invented writing app, H5 share)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="html",
        source="https://h5.xiegaobao.cn/share/doc?id=77103&from=wx",
        title="母婴门店店长2025年度述职报告",
        record_title="母婴门店店长2025年度述职报告（精修版·直接套用）- 写稿宝",
        date="2025-12-28",
        notes="writing app's H5 share with an open-app mask, a fold and an AI-rewrite button glued after a paragraph; the date under the 述职人 line",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>母婴门店店长2025年度述职报告（精修版·直接套用）- 写稿宝</title>
<script src="https://h5.xiegaobao.cn/js/openapp.js"></script></head>
<body>
<div class="mask">⟦a 在写稿宝APP内打开，阅读更流畅⟧ <button>⟦a 打开⟧</button></div>
<div class="app-hd">⟦m 写稿宝 · 稿子不用愁⟧</div>
<h2>{T}</h2>
<div class="tag">⟦m 述职报告 · 门店管理 · 1.2万人用过⟧</div>
<div class="doc">
{BODY}
</div>
<div class="fold">⟦a 展开剩余内容需打开APP⟧</div>
<div class="rec"><h4>⟦l 写稿宝推荐⟧</h4><p>⟦l 超市店长年终述职报告⟧</p><p>⟦l 门店销售主管个人工作总结⟧</p></div>
</body></html>
""",
        body="""
尊敬的各位领导、同事们：
2025年，我担任贝禾母婴浩塘店店长，现将一年来的工作述职如下。
一、经营情况。全年门店销售额286万元，同比增长12%。其中喂养用品增长最快，奶粉格、便携奶瓶等出行喂养用品销售额同比增长31%。⟦a ✨AI一键改写本段⟧
二、服务提升。针对顾客反映的奶粉格“不会选”“容易漏”问题，我组织店员整理了选购要点，为每位购买的顾客现场演示分装方法，全年没有发生一起因奶粉格质量问题引起的投诉。
三、存在不足。一是会员复购率还不够高；二是店员专业培训不够系统。
新的一年，我将继续带领团队做好专业服务，力争销售额再增长10%。
述职人：邵春燕
2025年12月28日
""",
    ),
    dict(
        slug="app-bige-host-script-helmet-oneline",
        site="笔阁范文APP (invented writing app)",
        style="范文APP",
        genre="主持词",
        kind="other",
        form="text",
        source="https://m.bigeapp.cn/s/9f2c71",
        title="“平安学步·快乐成长”亲子安全活动主持词",
        record_title="“平安学步·快乐成长”亲子安全活动主持词（亲子活动通用）· 笔阁APP",
        date=None,
        notes="writing app's text share with the whole body on one line; open-app and AI prompts; a host script: no date",
        page="""
!m 笔阁范文APP · 分享页
!t “平安学步·快乐成长”亲子安全活动主持词（亲子活动通用）
!m 来自笔阁用户的分享　收藏 388
{BODY}
!a 打开笔阁APP查看完整版
!a 一键让AI帮你换个说法
!m 笔阁 bigeapp.cn
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
各位家长、小朋友们：
大家上午好！欢迎参加今天的“平安学步·快乐成长”亲子安全活动。
孩子学走路，是每个家庭的大事，也是磕磕碰碰最多的时候。今天的活动分为三个环节：第一个环节，请社区医生讲一讲学步期的安全防护；第二个环节，请家长们动手给宝宝试戴防撞头盔，学一学系带怎么调；第三个环节，是亲子爬行接力小游戏。
下面，有请社区医生裴医生为大家讲解。
（讲解结束后）
感谢裴医生！现在进入试戴环节，请各位家长到工作人员处领取头盔，注意系带以能伸进一根手指为宜。
今天的活动到此结束，感谢大家的参与，祝宝宝们平安学步、快乐成长！
""",
    ),
]

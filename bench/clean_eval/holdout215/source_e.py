"""Holdout215, part E: 社区网站, 行业协会, 企业官网, 培训机构, 范文APP (one HTML and one text page each).

Every document, place, person, firm, site, URL and number here is invented; each case was
written by hand. See ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="community-qiuquan-notice-swatter-grid-box",
        site="虬泉社区居民之家 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.qiuquansq.cn/tzgg/2024/0702/158.html",
        title="关于免费发放电蚊拍和灭蚊药剂的通知",
        record_title="【居委会告知】关于免费发放电蚊拍和灭蚊药剂的通知 - 虬泉社区居民之家",
        date="2024-07-02",
        notes="residents' site: a weather line, a grid member's box with a mobile, the property's 24-hour repair line beside the community's own 咨询电话; residents told to scan a QR code to register; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【居委会告知】关于免费发放电蚊拍和灭蚊药剂的通知 - 虬泉社区居民之家</title>
<script src="/js/weather.js"></script>
</head>
<body>
<div class="sq-top">⟦m 虬泉社区居民之家⟧ <span>⟦m 鼍湖区 晴 27~35℃ 空气质量 良⟧</span></div>
<div class="sq-nav">⟦m 首页　社区公告　办事指南　邻里活动　志愿服务　议事厅⟧</div>
<div class="sq-pos">⟦m 首页 / 社区公告⟧</div>
<div class="sq-main">
<h2>{T}</h2>
<div class="sq-meta">⟦m 发布人：社区办公室　2024-07-02　阅读 865⟧</div>
<div class="sq-text">
{BODY}
</div>
<div class="sq-like">⟦l 点赞 42　留言 9　转给邻居⟧</div>
</div>
<div class="sq-side">
<div class="grid-box"><h4>⟦m 我的网格员⟧</h4><p>⟦m 第5网格 齐小满 13907615520⟧</p></div>
<p>⟦m 物业24小时报修：0761-88273999⟧</p>
<p>⟦m 夜间应急值班：0761-88273110⟧</p>
</div>
<div class="sq-foot">⟦m 鼍湖区虬泉街道虬泉社区居民委员会　技术支持：邻联科技⟧</div>
</body>
</html>
""",
        body="""
各位居民朋友：
为做好夏季蚊虫防制工作，社区联合辖区卫生服务站开展“灭蚊护家”行动，现将免费发放电蚊拍和灭蚊药剂的有关事项通知如下：
一、发放对象：本社区60岁以上独居老人、低保户和有婴幼儿的家庭，每户电蚊拍1把、灭蚊药剂1瓶。
二、发放时间：7月6日（星期六）上午8:30至11:30。
三、发放地点：社区党群服务中心一楼大厅。
四、领取方式：请提前用手机扫描楼道公告栏上的二维码登记，领取时出示户口簿或居住证。
五、温馨提示：电蚊拍充电时请远离床铺和窗帘，灭蚊药剂请放在儿童够不到的地方。
咨询电话：0761-88273306（社区办公室）
虬泉社区居民委员会
2024年7月2日
""",
    ),
    dict(
        slug="community-panqiao-fishtank-swap-comments",
        site="蟠桥邻里网 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.panqiaolinli.com/huodong/20240906/72.html",
        title="关于开展“旧鱼缸换新绿”邻里置换活动的通知",
        record_title="蟠桥社区｜关于开展“旧鱼缸换新绿”邻里置换活动的通知 - 蟠桥邻里网",
        date="2024-09-05",
        date_also=["2024-09-06"],
        notes="a residents' site in text: a volunteer-recruitment line between paragraphs, a like/comment row and neighbours' comments; the volunteer station's own contact; 成文日期 differs from the page date",
        page="""
!m 蟠桥邻里网 · 我们的小区我们的家
!m 首页 > 邻里活动 > 正文
!t 蟠桥社区｜关于开展“旧鱼缸换新绿”邻里置换活动的通知
!m 来源：蟠桥社区　2024-09-06 09:30　围观 502
{BODY}
!l 赞 37 · 评论 5
!l 住7栋的刘阿姨：我家那口旧缸终于有去处了
!l 小区宝妈群：能带孩子一起去做微景观吗？
!a 登录后参与评论
!m 蟠桥邻里网 运营：蟠桥社区居委会
""",
        indent="\u3000\u3000",
        body="""
各位居民：
不少家庭的阳台、储物间里闲置着旧鱼缸，既占地方，又容易积水滋生蚊虫。为倡导绿色生活、盘活闲置物品，社区将开展“旧鱼缸换新绿”邻里置换活动。
一、活动内容：居民可将家中闲置的完好鱼缸送到社区，志愿者将其改造成苔藓微景观，赠送给社区养老驿站和幼儿园；送缸的家庭可领取绿萝或多肉一盆。
⟦a 想当改造志愿者？点这里报名⟧
二、活动时间：9月14日（星期六）9:00至16:00。
三、活动地点：蟠桥社区文化广场。
四、注意事项：鱼缸请提前清洗干净；玻璃有裂纹、破损的鱼缸不予接收，请按大件垃圾投放。
联系人：社区志愿服务站 曾晓岚，电话：0761-88461275
蟠桥社区居民委员会
2024年9月5日
""",
    ),
    dict(
        slug="association-aquarium-pledge-glass-signature-head",
        site="蟠州市水族器材行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="http://www.pzszqc.org.cn/xhdt/2024/0620/55.html",
        title="关于规范鱼缸玻璃用料和标识的自律倡议书",
        record_title="〖自律公约〗关于规范鱼缸玻璃用料和标识的自律倡议书 - 蟠州市水族器材行业协会",
        date="2024-06-18",
        date_also=["2024-06-20"],
        notes="association site: member-login row, a member hotline, a join button; the association's name in the header is also the signature (head); 成文日期 differs from the page date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>〖自律公约〗关于规范鱼缸玻璃用料和标识的自律倡议书 - 蟠州市水族器材行业协会</title>
<script src="/js/member.js"></script>
</head>
<body>
<div class="xh-login">⟦a 会员账号　密码　登录　忘记密码⟧</div>
<div class="xh-head"><span>⟦m 蟠州市水族器材行业协会⟧</span> <span>⟦m 会员服务热线：0761-88530866⟧</span></div>
<div class="xh-nav">⟦m 首页　协会概况　协会动态　行业标准　会员名录　入会指南⟧</div>
<div class="xh-pos">⟦m 首页 » 协会动态⟧</div>
<div class="xh-art">
<h1>{T}</h1>
<div class="xh-info">⟦m 发布日期：2024-06-20　发布：秘书处　浏览：731⟧</div>
<div class="xh-body">
{BODY}
</div>
<div class="xh-join"><a>⟦a 还不是会员？在线申请入会⟧</a></div>
<div class="xh-near">⟦l 上一篇：协会组织会员企业赴外地考察超白玻璃生产线⟧<br>⟦l 下一篇：2024年水族器材产品质量培训班开班⟧</div>
</div>
<div class="xh-foot">⟦m 协会秘书处地址：蟠州市鼍湖区湖滨路36号　蟠ICP备20008815号⟧</div>
</body>
</html>
""",
        body="""
全市水族器材生产、销售企业：
近年来，我市鱼缸产业发展迅速，但也有个别企业为降低成本，使用厚度不足的普通玻璃，产品标识不全，发生过多起鱼缸爆裂伤人、漏水损毁财物的事件，损害了行业声誉。为此，蟠州市水族器材行业协会向全体会员单位和从业企业发出如下倡议：
一、严把用料关。按照鱼缸尺寸和水深选用相应厚度的玻璃，容积100升以上的鱼缸优先使用钢化或超白浮法玻璃。
二、标明关键信息。在鱼缸显著位置标明玻璃厚度、最大装水高度、生产日期和厂家联系方式。
三、诚信经营。不夸大宣传，不以次充好，对售出的产品提供不少于一年的质保服务。
四、接受监督。欢迎消费者和社会各界监督，协会将对违反倡议的会员单位予以通报。
蟠州市水族器材行业协会
2024年6月18日
""",
    ),
    dict(
        slug="association-anfang-safe-minutes-vote-record-title",
        site="蟠州市安全防范行业协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="other",
        form="text",
        source="http://www.pzafxh.org.cn/zwh/20240415/31.html",
        title="蟠州市安全防范行业协会保险柜专业委员会2024年第一次会议纪要",
        date="2024-04-12",
        date_also=["2024-04-15"],
        notes="record title as is; minutes' 时间/地点/主持/出席/列席/记录 lines and a vote count stay; the 时间 line is the date, the page's posting date also accepted; a members-only download prompt",
        page="""
!m 蟠州市安全防范行业协会
!m 首页 / 协会动态 / 专委会工作
{T}
!m 发布：协会秘书处　2024-04-15　浏览 208
{BODY}
!a 会员单位登录后可下载会议材料
!l 相关：保险柜专业委员会成立大会召开 | 2023年度会员单位名单
!m 协会地址：蟠州市鼍湖区科技路15号　电话：0761-88536060
""",
        body="""
时间：2024年4月12日上午9:00
地点：协会三楼会议室
主持：专委会主任委员 葛远舟
出席：专委会委员11人（应到13人）
列席：协会秘书处 邵青
记录：许嘉禾
会议审议通过了以下事项：
一、审议通过《家用保险柜售后服务公约（试行）》，表决结果：同意11票，反对0票，弃权0票。
二、同意成立保险柜开锁服务规范工作组，由坚甲安防科技有限公司牵头，两个月内提出开锁服务登记规范草案。
三、会议要求各会员单位对售出的电子密码保险柜开展一次回访，重点排查电池仓漏液和应急锁芯卡滞问题。
""",
    ),
    dict(
        slug="company-jianjia-safe-recall-batches-cookie",
        site="坚甲安防科技有限公司 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.jianjia-safe.com/news/notice/2024-08-06.html",
        title="关于召回部分批次家用电子密码保险柜的公告",
        record_title="坚甲安防官网 - 关于召回部分批次家用电子密码保险柜的公告（重要）",
        date="2024-08-06",
        notes="company site: cookie notice, service float and a 400 sales line beside the recall line in the body; a batches table; users told to scan a QR code inside the door; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>坚甲安防官网 - 关于召回部分批次家用电子密码保险柜的公告（重要）</title>
<script src="/static/js/cookie-consent.js"></script>
</head>
<body>
<header><a class="logo">⟦m 坚甲安防⟧</a> <span>⟦m 守护每一份珍藏⟧</span>
<nav>⟦m 首页　产品中心　解决方案　服务支持　新闻中心　关于坚甲⟧</nav></header>
<div class="crumb">⟦m 新闻中心 / 公司公告⟧</div>
<article>
<h1>{T}</h1>
<p class="meta">⟦m 2024-08-06　坚甲安防　阅读 3107⟧</p>
<div class="article-body">
{BODY}
</div>
</article>
<aside><p>⟦m 全国销售热线：400-8207-616⟧</p><p>⟦w 在线客服（9:00-21:00）⟧</p></aside>
<div class="cookie-bar">⟦d 我们使用Cookie改善您的浏览体验，继续访问即表示您同意我们的隐私政策⟧ <button>⟦a 我知道了⟧</button></div>
<footer>⟦m © 2024 坚甲安防科技有限公司　蟠ICP备16023390号-2⟧</footer>
</body>
</html>
""",
        body="""
尊敬的用户：
坚甲安防科技有限公司在产品质量跟踪中发现，部分批次家用电子密码保险柜的应急机械锁芯存在卡滞可能，电池耗尽时可能无法用应急钥匙正常开启。为保障用户权益，我公司决定召回以下批次产品：
型号　生产批次　生产日期
JJ-25D　2305A至2305F　2023年5月
JJ-30D　2306B至2306D　2023年6月
用户可查看保险柜背面铭牌上的型号和批次，也可扫描柜门内侧的二维码查询。属于召回范围的，我公司将免费上门更换锁芯，更换前请保持电池电量充足。
召回专线：0761-88711200（每天8:00—20:00）
由此给您带来的不便，我们深表歉意。
坚甲安防科技有限公司
2024年8月6日
""",
    ),
    dict(
        slug="company-ding-an-hardhat-news-title-glued",
        site="顶安防护用品有限公司 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.dingan-ppe.com/news/2024/0326/118.html",
        title="公司新款透气型安全帽通过型式检验",
        record_title="顶安新闻｜公司新款透气型安全帽通过型式检验 - 顶安防护",
        record_date="2024-03-26",
        date="2024-03-26",
        notes="company news in text: the title repeated glued to the lead, a dotted date, prev/next links, a 400 sales line; the record gives the date",
        page="""
!m 顶安防护用品有限公司
!m 首页 | 关于顶安 | 产品中心 | 新闻动态 | 联系我们
!t 顶安新闻｜公司新款透气型安全帽通过型式检验
!m 2024.03.26　来源：企划部　浏览 381
{T}{BODY}
!l 上一篇：顶安防护获评市级“专精特新”企业 | 下一篇：公司组织开展春季消防演练
!m 销售热线：400-6617-520　地址：鼋溪县工业园区纬三路9号
!d © 2024 顶安防护 版权所有
""",
        body="""
近日，顶安防护用品有限公司自主研发的DA-7型透气安全帽通过国家劳动防护用品质量检验机构的型式检验，冲击吸收、耐穿刺、侧向刚性等各项指标均符合国家标准。
这款安全帽在帽壳顶部设置了可开合的通风槽，帽衬采用吸汗网布，重量比公司原有产品减轻约15%。研发团队负责人鲁怀瑾介绍，夏季工地气温高，不少工人嫌安全帽闷热，摘下来扇风，反而埋下隐患，“我们希望让工人愿意戴、戴得住”。
据悉，该产品将于4月批量生产，首批5万顶已与省内多家建筑企业签订供货协议。
""",
    ),
    dict(
        slug="training-qingtai-aquascape-brochure-timetable",
        site="青苔造景学堂 (invented training school)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.qingtai-aqua.com/course/weekend.html",
        title="水草造景周末班招生简章",
        record_title="【秋季开课】水草造景周末班招生简章（小白也能学）｜青苔造景学堂",
        date=None,
        notes="training school: a promo banner, a consult float and a 400 franchise line beside the school's own 报名电话; a course table one row a paragraph; a brochure (no date)",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【秋季开课】水草造景周末班招生简章（小白也能学）｜青苔造景学堂</title>
<script src="/js/kefu.js"></script>
</head>
<body>
<div class="promo">⟦a 限时优惠：两人同行立减200元，名额有限⟧</div>
<div class="qt-head">⟦m 青苔造景学堂⟧ <span>⟦m 把一片森林装进鱼缸⟧</span></div>
<div class="qt-nav">⟦m 首页　课程体系　学员作品　师资团队　门店地址⟧</div>
<div class="qt-main">
<h1>{T}</h1>
<div class="qt-body">
{BODY}
</div>
<div class="qt-btn"><button>⟦a 立即预约试听⟧</button></div>
</div>
<div class="qt-float">⟦w 在线咨询造景老师⟧</div>
<div class="qt-foot"><p>⟦m 品牌加盟热线：400-1686-929⟧</p><p>⟦m 青苔造景学堂　蟠州市鼍湖区花鸟市场二楼B12⟧</p></div>
</body>
</html>
""",
        body="""
青苔造景学堂水草造景周末班面向零基础爱好者，用八次课带你从一只空鱼缸做出一景完整的水草缸。
一、课程安排
课次　内容
第1—2次　鱼缸、灯具、过滤器的选择与开缸流程
第3—4次　底床铺设、沉木与石头的构图
第5—6次　前中后景水草的选择与种植
第7—8次　水质管理、修剪维护与作品点评
二、上课时间：每周六下午2:00—5:00，每班限12人。
三、费用：每人1880元，含一只45厘米超白鱼缸及全部耗材，结业后鱼缸和作品归学员所有。
四、报名方式：到店报名或电话报名，报名电话：0761-88624519（周二至周日）。
""",
    ),
    dict(
        slug="training-xiaojingwei-globe-host-script",
        site="小经纬研学中心 (invented)",
        style="培训机构",
        genre="主持词",
        kind="speech",
        form="text",
        source="https://www.xiaojingwei-yx.com/huodong/review/63.html",
        title="“小小地球仪”拼装挑战赛颁奖仪式主持词",
        record_title="研学活动 | “小小地球仪”拼装挑战赛颁奖仪式主持词 - 小经纬研学中心",
        date=None,
        notes="a study-tour school's host script: an update stamp (昨天) only, a course adviser's WeChat line, past activities; a stage-direction line in brackets stays; no date",
        page="""
!m 小经纬研学中心 — 带孩子读懂地球
!m 首页 › 研学活动 › 活动回顾
!t 研学活动 | “小小地球仪”拼装挑战赛颁奖仪式主持词
!m 小经纬教务处　更新于 昨天　浏览 146
{BODY}
!w 想让孩子参加下期研学？添加课程顾问微信 xjw-study01
!l 往期活动：星空露营夜 | 跟着河流去旅行
!m 小经纬研学中心　课程咨询：0762-4650808
""",
        body="""
尊敬的各位家长，亲爱的小朋友们：
大家下午好！欢迎来到小经纬研学中心“小小地球仪”拼装挑战赛颁奖仪式。
在刚刚结束的比赛中，36组亲子家庭用一个下午的时间，把一块块印着海洋和陆地的球面纸片，拼成了一只只会转动的地球仪。有的小朋友找不到南极洲，急得直跺脚；有的爸爸妈妈比孩子还认真，一遍遍核对经纬线。
下面，让我们用热烈的掌声，欢迎研学中心的易老师宣布获奖名单！
（颁奖环节）
感谢各位家长的陪伴，也祝贺每一位小朋友。希望大家把亲手拼好的地球仪带回家，常常转一转、看一看，认识我们生活的这个蓝色星球。
本次颁奖仪式到此结束，请大家带好随身物品，有序离场。谢谢大家！
""",
    ),
    dict(
        slug="writingapp-bisu-hardhat-report-open-app-mask",
        site="笔速写作 H5 share page (invented writing app)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="html",
        source="https://h5.bisu-app.com/share/doc/88120417?from=wx",
        title="项目部专职安全员个人述职报告",
        record_title="项目部专职安全员个人述职报告（照着改就行）｜笔速写作",
        date=None,
        notes="a writing app's H5 share: an open-app mask, an 'expand the rest' fold on a line of its own inside the body, an AI-rewrite button glued after a sentence, a bottom bar; a template report (no date)",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">
<title>项目部专职安全员个人述职报告（照着改就行）｜笔速写作</title>
<script src="https://h5.bisu-app.com/static/js/openapp.js"></script>
</head>
<body>
<div class="mask">⟦a 打开笔速App，阅读体验更佳⟧ <button>⟦a 去App看⟧</button></div>
<div class="bs-head">⟦m 笔速写作⟧ <span>⟦m 写材料，快人一步⟧</span></div>
<div class="bs-doc">
<h1>{T}</h1>
<p class="bs-meta">⟦m 笔速范文库　1.9万人用过⟧</p>
<div class="bs-text">
{BODY}
</div>
</div>
<div class="bs-bar">⟦a 复制全文 ｜ 导出文档 ｜ 收进我的⟧</div>
<div class="bs-like"><h3>⟦l 相似范文⟧</h3><p>⟦l 施工员年度个人总结⟧</p><p>⟦l 安全生产先进个人事迹材料⟧</p></div>
</body>
</html>
""",
        body="""
一年来，我在项目部的领导下，认真履行专职安全员职责，现将个人履职情况报告如下。
一、抓好安全帽等防护用品管理。建立劳保用品发放台账，全年发放安全帽420顶，集中回收销毁过期和受损安全帽96顶；坚持每天班前巡查，纠正不戴安全帽、不系下颏带等行为130余人次。⟦a ✨AI换个说法⟧
⟦a 展开剩余全文 ∨⟧
二、抓好隐患排查。每周组织一次安全大检查，全年排查隐患312项，全部整改闭环。
三、抓好安全教育。组织新进场工人三级安全教育28批次，开展高处坠落、物体打击应急演练2次。
不足之处是对分包队伍的安全管理还不够到位。明年，我将进一步加强学习，严格履职，为项目安全生产保驾护航。
""",
    ),
    dict(
        slug="writingapp-gwxbs-summary-swatter-oneline",
        site="公文小帮手 App share page (invented)",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://share.gwxbs.cn/p/5702281",
        title="虬泉社区2024年爱国卫生月活动工作总结",
        date="2024-05-31",
        notes="record title as is; a writing app's share page with the whole body on one line; a collection stamp (3 天前) is no date; 成文日期 under the signature",
        page="""
!m 公文小帮手App · 分享页
!a 打开App查看更多范文
{T}
!m 小帮手编辑部　收录于 3 天前
{BODY}
!a 一键复制　下载文档　AI润色
!l 你可能还需要：社区灭蚊工作方案 | 爱国卫生月活动简报
!d 内容来自用户分享，仅供参考
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
今年4月是第36个爱国卫生月，虬泉社区围绕“清洁家园、灭蚊防病”主题组织开展了系列活动，现将有关情况总结如下。
一是集中清理环境。组织居民、志愿者和物业人员开展环境卫生大扫除4次，清理楼道杂物、卫生死角210处，清除积水容器580余个。
二是开展灭蚊宣传。在小区公告栏、电梯间张贴宣传海报，入户发放防蚊知识手册1200份，现场演示电蚊拍、灭蚊灯的正确使用方法。
三是关爱重点人群。为辖区独居老人免费发放电蚊拍86把、蚊帐40顶，并上门帮助安装纱窗。
下一步，社区将把爱国卫生工作融入日常，巩固活动成效。
虬泉社区居民委员会
2024年5月31日
""",
    ),
]

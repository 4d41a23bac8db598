"""holdout341, part E: 社区网站, 行业协会, 企业官网, 培训机构, 范文APP. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="community-qinyuan-notice-corridor-slipper-racks",
        site="琹苑社区网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.qinyuan-shequ.example.cn/tzgg/2024/1021/88.html",
        title="关于清理楼道拖鞋架鞋柜等堆放物的通知",
        record_title="【楼道清理】关于清理楼道拖鞋架鞋柜等堆放物的通知 | 琹苑社区居委会",
        date="2024-10-21",
        notes="residents' site: a weather line, a grid worker's box with a mobile number and property repair and night-duty lines beside the community's own 咨询电话 in the body; date under the signature",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【楼道清理】关于清理楼道拖鞋架鞋柜等堆放物的通知 | 琹苑社区居委会</title>
<script src="/js/community.js"></script>
</head>
<body>
<div class="sq-top">⟦m 琹苑社区网　邻里一家亲⟧ <span>⟦m 砮岭县城关镇　晴转多云 12℃～21℃⟧</span></div>
<ul class="sq-nav"><li>⟦m 社区首页⟧</li><li>⟦m 居务公开⟧</li><li>⟦m 通知公告⟧</li><li>⟦m 便民服务⟧</li><li>⟦m 邻里圈⟧</li></ul>
<div class="sq-crumb">⟦m 首页 » 通知公告⟧</div>
<div class="sq-art">
<h1>{T}</h1>
<p class="sq-meta">⟦m 发布：琹苑社区居委会　查看：389次⟧</p>
{BODY}
</div>
<div class="sq-side">
<div class="grid">⟦m 本楼栋网格员：卢晴　手机 139 0873 2241⟧</div>
<div class="wy">⟦m 物业报修：0873-5619888⟧<br>⟦m 夜间值班：0873-5619889⟧</div>
<h3>⟦l 社区动态⟧</h3><ul><li>⟦l 重阳节“银发茶话会”圆满举行⟧</li><li>⟦l 第三季度居务公开⟧</li></ul>
</div>
<div class="sq-foot">⟦m 琹苑社区居民委员会　地址：城关镇琹苑路16号⟧ ⟦m 黔ICP备20007315号⟧</div>
<script>community.init();</script>
</body>
</html>
""",
        body="""
各位居民：
近期消防检查发现，部分楼栋楼道内摆放拖鞋架、鞋柜和杂物，占用疏散通道，存在火灾隐患。根据消防安全有关规定，社区将联合物业开展楼道堆物集中清理。现将有关事项通知如下：
一、请各户于10月31日前自行将放在楼道内的拖鞋架、鞋柜、纸箱等物品搬回家中。
二、11月1日起，社区网格员和物业人员将逐栋检查，对仍未清理的物品先张贴告知单，三日后统一清运。
三、确有困难的老人和残疾人家庭，可联系社区，由志愿者上门帮忙搬运。
咨询电话：琹苑社区居委会　0873-5619027
琹苑社区居民委员会
2024年10月21日
""",
    ),
    dict(
        slug="community-mangyuan-minutes-garden-hanging-chairs",
        site="杧园社区网 (invented)",
        style="社区网站",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://mangyuan.example-shequ.cn/ysxs/2024/0517/41.html",
        title="杧园社区居民议事会会议纪要",
        record_title="〔议事协商〕杧园社区居民议事会会议纪要（2024年第5次） - 杧园社区网",
        date="2024-05-16",
        notes="residents' site: the 时间/地点/主持/参会/记录 lines of the minutes and a vote count; the date from the 时间 line; a posting line and a property duty phone",
        page="""
!m 杧园社区网 · 你我共建的家园
!m 首页 ▸ 议事协商 ▸ 会议纪要
!t 〔议事协商〕杧园社区居民议事会会议纪要（2024年第5次）
!m 发布人：社区办公室　浏览 266
{BODY}
!l 往期纪要：第4期　关于小区充电桩选址的议事纪要
!m 物业值班电话：0872-3320466　社区服务站：0872-3320400
""",
        body="""
时间：2024年5月16日晚7时
地点：杧园社区党群服务中心二楼
主持：社区党委书记　白芷萱
参会：居民代表18人，物业公司代表2人，社区“两委”成员5人
记录：纪晗
议题：在社区中心花园安装休闲吊椅的方案
会议议定事项如下：
一、同意在中心花园紫藤廊下安装钢架落地式吊椅6把，不采用悬挂式，避免对廊架造成安全隐患。
二、吊椅采购和安装费用约1.8万元，从社区微实事项目经费中列支。
三、物业公司负责日常巡查，每月检查一次，雨天用防水罩覆盖。
表决情况：应到代表18人，实到18人，同意17人，弃权1人。
""",
    ),
    dict(
        slug="association-quecheng-beauty-pledge-mask-bowls",
        site="碏城市美容美发化妆行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://www.qc-meiye.example.org.cn/xhdt/2024/0318/204.html",
        title="关于公用器具“一客一消毒”的倡议书",
        record_title="《行业自律》关于公用器具“一客一消毒”的倡议书 — 碏城美协",
        date="2024-03-15",
        date_also=["2024-03-18"],
        notes="association site: member login row, the association's name in the header (also the signature and in a sentence: matched as head), its member hotline beside the secretariat's phone in the body; a sentence asking members to 转发分享 the pledge (content); the site's posting date differs",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>《行业自律》关于公用器具“一客一消毒”的倡议书 — 碏城美协</title>
<script src="/js/xh.js"></script>
</head>
<body>
<div class="xh-top">⟦m 碏城市美容美发化妆行业协会⟧ <a>⟦a 会员单位登录⟧</a> <a>⟦a 申请入会⟧</a></div>
<ul class="xh-nav"><li>⟦m 协会首页⟧</li><li>⟦m 协会动态⟧</li><li>⟦m 行业自律⟧</li><li>⟦m 会员风采⟧</li><li>⟦m 培训认证⟧</li></ul>
<div class="xh-crumb">⟦m 首页 → 行业自律 → 倡议公告⟧</div>
<div class="xh-art">
<h1>{T}</h1>
<p class="xh-meta">⟦m 日期：2024-03-18　来源：协会秘书处⟧</p>
{BODY}
</div>
<div class="xh-side">⟦w 会员服务专线：0872-3187300⟧<br>⟦l 会员之家：本月新入会单位12家⟧</div>
<div class="xh-foot">⟦m 协会地址：碏城市文化路58号3楼　滇ICP备19002264号⟧</div>
<script>xh.nav();</script>
</body>
</html>
""",
        body="""
全市各美容美发会员单位：
面膜碗、调膜棒、美容巾等公用器具直接接触顾客皮肤，清洁消毒不到位，极易引发皮肤感染。为维护行业信誉，保障顾客健康，碏城市美容美发化妆行业协会向全体会员单位倡议：
一、坚持一客一换一消毒。面膜碗等器具按顾客人数配足，用后清洗消毒，严禁未经消毒重复使用。
二、规范消毒记录。每日如实填写消毒登记表，接受顾客和监管部门查看。
三、公开承诺接受监督。在店堂显著位置张贴“一客一消毒”承诺牌。
请各会员单位将本倡议转发分享至员工群，组织全体员工学习。对倡议落实情况，协会将于6月组织抽查。
协会秘书处电话：0872-3187316
碏城市美容美发化妆行业协会
2024年3月15日
""",
    ),
    dict(
        slug="association-guiyang-nonwoven-letter-oneline-record",
        site="溎阳县非织造布行业协会 (invented)",
        style="行业协会",
        genre="函",
        kind="letter",
        form="text",
        source="http://www.gy-feizhizao.example.org/tzgg/2024/0913/77.html",
        title="关于征求《一次性洗脸巾》团体标准意见的函",
        date="2024-09-12",
        notes="the record gives the title as is; the whole letter on one line (paragraphs separated only by their indent); the association's own contact and mailbox, 附件 list, a sentence asking members to 扫描 and send the form (content); date under the signature, the site's posting date differs",
        date_also=["2024-09-13"],
        page="""
!m 溎阳县非织造布行业协会
!m 首页 ｜ 协会简介 ｜ 通知公告 ｜ 标准化工作 ｜ 会员名录
{T}
!m 发布：标准部　2024-09-13
{BODY}
!a 附件下载请先登录会员账号
!m 协会办公室：0874-6257700　传真：0874-6257701
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
各会员单位：
为规范一次性洗脸巾产品质量，协会组织起草了《一次性洗脸巾》团体标准（征求意见稿），现印发给你们，请结合本单位生产实际提出修改意见。
一、意见范围：产品分类、定量及厚度偏差、荧光增白物质、包装标识等技术要求。
二、反馈方式：请于10月15日前将意见表加盖单位公章后扫描发送至协会邮箱 gyfzz_xh@example.cn，逾期未反馈的视为无意见。
三、联系人：协会标准部　潘予宁，电话：0874-6257713。
附件：1.《一次性洗脸巾》团体标准（征求意见稿）
2.意见反馈表
溎阳县非织造布行业协会
2024年9月12日
""",
    ),
    dict(
        slug="company-yuefu-recall-silicone-mask-bowls",
        site="悦肤硅胶官网 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.yuefu-silicone.example.com/news/notice/2024-08-09-recall.html",
        title="关于召回部分批次硅胶面膜碗的公告",
        record_title="悦肤公告栏 ▸ 关于召回部分批次硅胶面膜碗的公告 ▸ 悦肤硅胶官网",
        record_date="2024-08-09",
        date="2024-08-09",
        notes="company site: a cookie notice, a service float, a 400 order line beside the recall line in the body; a batch table one row a paragraph; a sentence asking users to 扫描 a label's QR code (content); the record's date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>悦肤公告栏 ▸ 关于召回部分批次硅胶面膜碗的公告 ▸ 悦肤硅胶官网</title>
<script src="/assets/js/site.bundle.js"></script>
</head>
<body>
<header class="yf-head"><a class="logo">⟦m 悦肤硅胶 YUEFU SILICONE⟧</a>
<nav>⟦m 首页　产品中心　OEM定制　新闻中心　关于悦肤⟧</nav>
<span class="tel">⟦m 订货热线 400-870-2266⟧</span></header>
<div class="yf-crumb">⟦m 首页 / 新闻中心 / 公司公告⟧</div>
<article class="yf-art">
<h1>{T}</h1>
<p class="yf-date">⟦m 2024-08-09　｜　浏览 1502⟧</p>
{BODY}
</article>
<aside class="yf-kefu">⟦w 在线客服⟧ ⟦w 微信咨询：yuefu_kefu⟧</aside>
<div class="yf-cookie">⟦d 我们使用Cookie改善浏览体验，继续浏览即表示您同意本站Cookie政策。⟧ <button>⟦a 知道了⟧</button></div>
<footer>⟦m 碏城悦肤硅胶制品有限公司　地址：碏城市经开区硅谷路7号　滇ICP备21006630号-1⟧</footer>
<script>site.cookieBar();</script>
</body>
</html>
""",
        body="""
尊敬的用户：
我公司在内部质量复查中发现，部分批次硅胶面膜碗挥发性物质含量接近标准上限，长期高温使用可能产生异味。为保障用户权益，我公司决定主动召回以下批次产品：
产品型号　生产批号　数量
YF-M02（粉色）　20240512　3600只
YF-M02（灰色）　20240518　2400只
YF-M05（双色）　20240603　1800只
请已购买上述批次产品的用户停止使用，并通过召回专线登记，我公司将免费更换或全额退款，并承担往返运费。用户也可扫描碗底标签上的二维码在线登记。
召回专线：0872-3195066（9:00—18:00）
碏城悦肤硅胶制品有限公司
2024年8月9日
""",
    ),
    dict(
        slug="company-mufangji-news-folding-slipper-rack",
        site="木坊记家居 (invented company site)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.mufangji.example.com/xwzx/qydt/20250311.html",
        title="木坊记推出酒店用折叠拖鞋架",
        record_title="木坊记新闻 ∣ 木坊记推出酒店用折叠拖鞋架 ∣ 木坊记家居",
        date="2025-03-11",
        notes="company news page: the title repeated and glued to the lead, a dotted company date line is the page's date, a product-ad line and an order line",
        page="""
!m 木坊记家居　酒店客房木作专家
!m 首页 · 产品中心 · 酒店方案 · 新闻动态 · 联系我们
!t 木坊记新闻 ∣ 木坊记推出酒店用折叠拖鞋架
!m 2025.03.11　企业动态　阅读 577
{BODY}
!l ◁ 上一条：木坊记通过FSC森林认证　下一条：春季展会预告 ▷
!w 酒店批量采购请致电 0871-66302518 获取报价
!m 漊港木坊记家居有限公司 版权所有
""",
        body="""
⟦t 木坊记推出酒店用折叠拖鞋架⟧3月10日，漊港木坊记家居有限公司在碏城国际酒店用品展上发布了新款酒店用折叠拖鞋架。
新款拖鞋架采用竹木复合材料，可挂在客房门后或衣柜侧板，不用时折叠收起，厚度仅3厘米。架体经过防霉处理，底部设计了可拆洗的接水托盘，方便客房服务员日常清洁消毒。
⟦m 【新品】折叠拖鞋架样品可免费寄送，名额有限⟧
“很多酒店反映，传统拖鞋架占地方、不好清洁。”公司产品经理钟屿介绍，新品研发用了8个月，已通过第三方承重和耐湿热测试。
展会期间，已有12家酒店与公司签订了试用协议。
""",
    ),
    dict(
        slug="training-yangongfang-brochure-beautician-kit",
        site="颜工坊美业学校 (invented training school)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.yangongfang.example.cn/zhaosheng/2025-spring-weekend.html",
        title="美容师（初级）周末班招生简章",
        record_title="【春季班招生】美容师（初级）周末班招生简章（含实训工具包）- 颜工坊美业学校",
        date=None,
        notes="training school: a promo banner, a consult float, a 400 line beside the school's own 报名电话 in the body; a course table one row a paragraph; a brochure with no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【春季班招生】美容师（初级）周末班招生简章（含实训工具包）- 颜工坊美业学校</title>
<script src="/js/promo.js"></script>
</head>
<body>
<div class="promo">⟦a 春季早鸟价：3月15日前报名立减600元，名额只剩9个⟧</div>
<header>⟦m 颜工坊美业学校　碏城市人社局备案职业培训机构⟧ <span>⟦m 全国招生热线 400-690-5218⟧</span></header>
<nav>⟦m 首页　课程体系　师资团队　学员作品　就业服务　在线报名⟧</nav>
<div class="crumb">⟦m 首页 - 招生简章⟧</div>
<main>
<h1>{T}</h1>
{BODY}
<div class="apply">⟦a 在线预约试听⟧ ⟦a 领取课程资料包⟧</div>
</main>
<div class="float-zx">⟦w 课程顾问在线，点我聊聊⟧</div>
<footer>⟦m 碏城市颜工坊美容职业培训学校　办学许可证号：5301027000xxxx⟧ ⟦d 图片仅供参考，以实际教学为准。⟧</footer>
<script>promo.countdown();</script>
</body>
</html>
""",
        body="""
一、培训对象：年满16周岁，有志从事美容行业的社会人员。
二、课程安排
课程模块　课时　主要内容
皮肤基础　12　皮肤结构、肤质判断
面部护理　24　清洁、按摩、敷膜
卫生消毒　8　器具消毒、一客一用
三、实训工具包：每位学员发放面膜碗、调膜棒、卸妆棉、洗脸巾等实训工具一套，结业后归学员所有。
四、上课时间：每周六、周日全天，共8周。
五、报名方式：携带身份证复印件到学校前台报名，或拨打报名电话0872-3166625。
""",
    ),
    dict(
        slug="training-wanjiang-meiye-diary-first-removal",
        site="澫江美业职业培训学校 (invented)",
        style="培训机构",
        genre="日记",
        kind="other",
        form="text",
        source="http://www.wj-meiye.example.cn/xueyuan/riji/9.html",
        title="第一次给模特卸妆",
        record_title="学员手记（第9期）：第一次给模特卸妆 - 澫江美业培训",
        date=None,
        notes="training school's trainee diary: a trial-lesson prompt of its own between paragraphs, an editor line; no date",
        page="""
!m 澫江美业职业培训学校
!m 首页 ＞ 学员园地 ＞ 学员日记
!t 学员手记（第9期）：第一次给模特卸妆
!m 投稿学员：美容初级班 蔡小满　编辑：教务处
{BODY}
!l 更多学员日记 ＞＞
!w 想体验一节卸妆实操课？预约电话 0877-4235520（同微信）
!m 澫江美业职业培训学校　地址：澫江县新华街203号
""",
        body="""
今天是实操课的第三天，老师让我们两人一组，互相给对方卸妆。
我先把卸妆液倒在卸妆棉上，手有点抖，倒多了，顺着同学的脸往下流。老师走过来，教我把卸妆棉对折，先按在眼皮上停十秒，等眼妆化开再轻轻往下带。照着做，果然干净多了，同学也说不刺眼睛了。
⟦a 本月试听课开放报名，回复“试听”预留座位⟧
换我当模特的时候，才知道力度有多重要。搭档一紧张就来回擦，脸上火辣辣的。
下课前老师说，卸妆是护理的第一步，顾客感受好不好，从这一步就开始了。我把这句话记在了本子第一页。
""",
    ),
    dict(
        slug="writing-app-miaobi-report-housekeeping-supervisor",
        site="妙笔速写 (invented writing app, H5 share)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="html",
        source="https://h5.miaobi-suxie.example.com/share/doc?id=5520917&from=wx",
        title="客房部主管年度述职报告",
        record_title="客房部主管年度述职报告（酒店通用·改名即用）| 妙笔速写",
        date="2025-01-06",
        notes="writing app H5 share: an open-app mask, a fold ('expand the rest') line of its own inside the body, AI-rewrite buttons; the report's date under the 述职人 line",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">
<title>客房部主管年度述职报告（酒店通用·改名即用）| 妙笔速写</title>
<script src="https://h5.miaobi-suxie.example.com/static/share.js"></script>
</head>
<body>
<div class="mb-mask">⟦a 打开妙笔速写App，免费生成同类文稿⟧ <button>⟦a 立即打开⟧</button></div>
<div class="mb-head">⟦m 妙笔速写 · 让每份材料都好写⟧</div>
<div class="mb-doc">
<h1>⟦t 客房部主管年度述职报告（酒店通用·改名即用）⟧</h1>
<p class="mb-meta">⟦m 字数 412 ｜ 1.9万人用过 ｜ 分类：述职报告⟧</p>
<h2>{T}</h2>
{BODY}
</div>
<div class="mb-ai">⟦a ✦ AI一键换成我的岗位⟧ ⟦a ✦ 扩写到1500字⟧</div>
<div class="mb-rel">⟦l 大家还在写：前厅部经理述职　客房服务员年终总结⟧</div>
<script>share.init({doc:5520917});</script>
</body>
</html>
""",
        body="""
各位领导、同事们：
2024年，我担任碏城锦岸酒店客房部主管，带领18名员工负责210间客房的清洁和服务工作。现将一年来的履职情况报告如下。
一是抓标准。重新修订客房清扫流程，把拖鞋架、拖鞋和洗漱用品的摆放统一为“一架两鞋一巾”，制作图示贴在布草间。
⟦a 余下内容已折叠，点击展开全文⟧
二是抓卫生。拖鞋一客一换，拖鞋架每日擦拭消毒，全年卫生部门抽检全部合格。
三是抓服务。全年客房宾客满意度达到96.8%，比上年提高2.1个百分点。
不足之处是员工流动较大，新员工培训跟不上。新的一年，我将重点抓好带教和考核，努力提升团队整体水平。
述职人：杭萱
2025年1月6日
""",
    ),
    dict(
        slug="writing-app-gaolifang-host-script-beauty-contest-oneline",
        site="稿立方APP (invented writing app)",
        style="范文APP",
        genre="主持词",
        kind="other",
        form="text",
        source="https://m.gaolifang.example.com/p/zhuchici/77120",
        title="美容护理技能大赛主持词",
        record_title="美容护理技能大赛主持词（开幕·串场·闭幕全套）- 稿立方APP",
        date=None,
        notes="writing app export: the whole host script on one line; app header, use-count line, a copy button row, an open-app prompt; no date",
        page="""
!m 稿立方 · 写稿不再难
!t 美容护理技能大赛主持词（开幕·串场·闭幕全套）
!m 适用场合：行业技能比赛　已有 3,406 人使用
!a 一键复制　｜　AI改写　｜　保存到我的稿库
{BODY}
!a 在稿立方App中打开，可按你的活动名称自动替换
!l 相似主持词：护理技能竞赛主持稿　美发大赛颁奖典礼串词
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
尊敬的各位领导、各位评委，亲爱的选手们：
大家上午好！欢迎来到碏城市第二届美容护理技能大赛的现场。
本次大赛共有来自全市28家美容机构的56名选手参赛，比赛分为面部清洁、敷膜护理和卫生消毒三个项目。
接下来进行的是敷膜护理项目。请选手们注意，面膜碗、调膜棒须使用赛前消毒好的器具，评委将同时考核操作规范和卫生习惯。
比赛到这里全部结束。感谢各位选手的精彩表现，也感谢评委老师的辛勤付出。让我们期待颁奖环节，下次大赛再见！
""",
    ),
]

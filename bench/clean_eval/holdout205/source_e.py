"""holdout205, part E: 社区网站, 行业协会, 企业官网, 培训机构, 范文APP. Written by hand; every
site, place, person, firm, number and URL is invented. See ../README.md and ../build.py."""

CASES = [
    dict(
        slug="community-xieyuan-notice-fan-repair-grid-box",
        site="楔园社区居民之家 (invented, residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="http://xieyuan.huhu-sq.cn/tz/2024/0610/88.html",
        title="楔园社区关于为独居老人免费检修电风扇的通知",
        record_title="〔社区通知〕楔园社区关于为独居老人免费检修电风扇的通知_楔园社区居民之家",
        date="2024-06-10",
        notes="residents' site: weather line, a grid member's box and property repair lines beside the community's own 咨询电话; a sentence asking families to scan a QR code",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〔社区通知〕楔园社区关于为独居老人免费检修电风扇的通知_楔园社区居民之家</title>
</head>
<body>
<div class="top">⟦m 楔园社区居民之家⟧ ⟦m 庑湖区槅桥街道楔园社区⟧ ⟦m 今天 晴 26～34℃ 注意防暑⟧</div>
<div class="nav">⟦m 首页⟧ ⟦m 社区通知⟧ ⟦m 办事指南⟧ ⟦m 志愿活动⟧ ⟦m 邻里圈⟧</div>
<div class="crumb">⟦m 首页 / 社区通知 / 详情⟧</div>
<div class="main">
<h2>{T}</h2>
<p class="meta">⟦m 发布：社区居委会　阅读 522⟧</p>
<div class="text">
{BODY}
</div>
<div class="zan">⟦l 👍 点赞 47　💬 留言 9⟧</div>
</div>
<div class="grid-box">⟦m 本楼栋网格员：许蔓　手机 138 0736 2714⟧</div>
<div class="wy">⟦m 物业报修：0736-6621888　夜间值班：0736-6621999⟧</div>
<div class="foot">⟦m 楔园社区居民之家 · 共建共享⟧ ⟦d 本站信息仅供辖区居民参考⟧</div>
</body>
</html>
""",
        body="""
各位居民：
天气渐热，为帮助辖区独居老人安全度夏，社区联合槅桥街道家电维修志愿服务队，开展免费检修电风扇活动。现将有关事项通知如下：
一、服务时间：6月15日至6月16日，上午9:00—11:30。
二、服务对象：辖区70岁以上独居老人和残疾人家庭，其他居民可到现场送修。
三、服务内容：免费检查电源线、插头、开关和电机，更换扇叶、电容等小配件只收成本费。
四、预约方式：行动不便的老人可请家属扫描楼道公告栏上的二维码预约上门，也可拨打社区电话预约。
社区咨询电话：0736-6621097（工作日8:30—17:30）
楔园社区居民委员会
2024年6月10日
""",
    ),
    dict(
        slug="community-taxi-pledge-quiet-washing-oneline",
        site="闼溪社区网 (invented)",
        style="社区网站",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.taxisq.cn/gg/2024/0802.html",
        title="关于错峰使用洗衣机减少噪声扰邻的倡议书",
        record_title="【文明公约】关于错峰使用洗衣机减少噪声扰邻的倡议书 - 闼溪社区网",
        date="2024-08-02",
        notes="the whole body on one line (paragraphs only by their indent); signature date; a neighbourhood-group prompt and a duty line at the bottom",
        page="""
!m 闼溪社区网　桁坪镇闼溪社区居民委员会
!m 首页 - 社区公告
{T}
!m 社区公告 · 阅读 306
{BODY}
!a 想加入楼栋邻里群？请到社区服务站登记
!m 社区值班电话：0736-5521340
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
各位居民朋友：
近来社区陆续收到反映，有的住户深夜或清晨使用洗衣机，脱水时的震动和噪声影响邻居休息。为营造和谐安静的居住环境，社区居委会倡议：
一、错峰洗衣。晚上10点后、早上6点前尽量不使用洗衣机，特别是不进行脱水。
二、做好减震。洗衣机要放平稳，四脚可加装减震垫，靠墙摆放时留出间隙。
三、相互体谅。确需夜间洗衣的，可选择静音程序，邻里之间多沟通、多包容。
远亲不如近邻，欢迎把这份倡议分享给楼里的邻居，让我们从小事做起，共建安宁家园。
桁坪镇闼溪社区居民委员会
2024年8月2日
""",
    ),
    dict(
        slug="assoc-fangcheng-office-equipment-minutes-vote",
        site="枋城市办公设备行业协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="other",
        form="html",
        source="http://www.fcbgsb.org.cn/xhdt/2024/0327/215.html",
        title="枋城市办公设备行业协会三届二次理事会会议纪要",
        record_title="〖理事会〗枋城市办公设备行业协会三届二次理事会会议纪要",
        date="2024-03-22",
        date_also=["2024-03-27"],
        notes="association site: member-login row, member hotline, join-us line; the minutes' 时间/地点/主持/出席/记录 lines and a vote count; the 时间 line is the date, the page date also accepted",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〖理事会〗枋城市办公设备行业协会三届二次理事会会议纪要</title>
</head>
<body>
<div class="login-row">⟦a 会员单位登录⟧ ⟦a 入会申请⟧ ⟦m 会员服务热线：0736-6307700⟧</div>
<div class="logo">⟦m 枋城市办公设备行业协会⟧</div>
<div class="menu">⟦m 首页⟧ ⟦m 协会概况⟧ ⟦m 协会动态⟧ ⟦m 会员风采⟧ ⟦m 行业标准⟧</div>
<div class="here">⟦m 现在位置：首页 &gt; 协会动态⟧</div>
<div class="article">
<h1>{T}</h1>
<p>⟦m 发布日期：2024-03-27　发布人：秘书处⟧</p>
<div class="cont">
{BODY}
</div>
<p>⟦l 上一篇：协会组织会员单位参加春季办公用品博览会⟧</p>
</div>
<div class="join">⟦a 诚邀办公设备生产、销售、维修企业加入协会⟧</div>
<div class="foot">⟦m 地址：枋城市庑湖区新华路77号科技大厦11楼⟧ ⟦m 湘ICP备16011093号⟧</div>
</body>
</html>
""",
        body="""
时间：2024年3月22日上午9:30
地点：协会会议室
主持：会长　蔡远航
出席：理事19人（应到21人）
记录：秘书处　温婉
会议审议并原则通过以下事项：
一、通过《2024年协会工作要点》。
二、决定组织会员单位开展塑封机、碎纸机产品安全自查，重点检查加热部件温控和防卡手装置，5月底前由秘书处汇总。
三、同意吸收枋城市新启文具有限公司等3家单位为会员。
表决结果：同意19票，反对0票，弃权0票。
""",
    ),
    dict(
        slug="assoc-fangcheng-appliance-pledge-induction-power",
        site="枋城市家用电器行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.fcjdxh.org.cn/zl/20240909.html",
        title="关于电磁炉产品如实标注额定功率的自律倡议",
        date="2024-09-09",
        notes="record title as is; the association's complaint mailbox in the body beside its member hotline on the page; the association's name also the signature (head); a members-only line between paragraphs",
        page="""
!m 枋城市家用电器行业协会
!m 首页 ＞ 行业自律
{T}
!m 发布：秘书处　2024-09-10
{BODY}
!m 会员热线：0736-6309010　传真：0736-6309011
!a 〔会员登录〕〔下载入会申请表〕
!m 版权所有：枋城市家用电器行业协会
""",
        date_also=["2024-09-10"],
        body="""
各会员单位：
近年来，部分电磁炉产品标称功率与实际功率不符，“虚标”现象时有发生，既损害了消费者权益，也影响了行业声誉。为此，协会向全体会员单位发出如下倡议：
一、如实标注。产品铭牌、包装和宣传材料上的额定功率，必须与检测结果一致，不夸大、不模糊。
二、严格自检。出厂前按标准逐批检测输入功率，检测记录保存不少于两年。
⟦a 🔒 会员单位可登录查看检测记录模板⟧
三、接受监督。欢迎消费者和媒体监督，协会设立投诉邮箱，发现虚标行为将在会员内通报。
协会投诉邮箱：zilv@fcjdxh.org.cn
枋城市家用电器行业协会
2024年9月9日
""",
    ),
    dict(
        slug="company-hejia-news-lunchbox-test-cookie",
        site="禾嘉日用品官网 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.hejia-daily.com/news/2024/0514.html",
        title="公司分格保温便当盒通过食品接触材料检测",
        record_title="新闻中心 | 公司分格保温便当盒通过食品接触材料检测 - 禾嘉日用品",
        record_date="2024-05-14",
        date="2024-05-14",
        notes="company site: cookie notice, service float, product ad line between paragraphs, a share row glued after the last sentence",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>新闻中心 | 公司分格保温便当盒通过食品接触材料检测 - 禾嘉日用品</title>
<script src="/assets/site.js"></script>
</head>
<body>
<header>⟦m 禾嘉日用品⟧ ⟦m 用心做好每一件日用品⟧ <nav>⟦m 首页⟧ ⟦m 产品中心⟧ ⟦m 新闻中心⟧ ⟦m 关于禾嘉⟧ ⟦m 联系我们⟧</nav></header>
<div class="bc">⟦m 首页 › 新闻中心 › 公司动态⟧</div>
<article>
<h1>{T}</h1>
<p class="date">⟦m 2024-05-14　｜　禾嘉品牌部⟧</p>
<div class="rich">
{BODY}
</div>
</article>
<div class="service">⟦w 在线客服 · 批发定制请点我⟧</div>
<div class="cookie">⟦d 本网站使用Cookie以改善浏览体验，继续浏览即表示您同意我们的隐私政策。⟧ <button>⟦a 我知道了⟧</button></div>
<footer>⟦m 枋城禾嘉日用品有限公司　全国客服：400-860-2719⟧ ⟦m 湘ICP备18023640号-1⟧</footer>
</body>
</html>
""",
        body="""
近日，公司新研发的三格不锈钢保温便当盒通过第三方检测机构的食品接触材料检测，各项指标均符合国家标准要求。
这款便当盒内胆采用食品级不锈钢，外壳为PP材质，盖子配有可拆洗的硅胶密封圈。检测报告显示，重金属迁移量、总迁移量等指标均在限值以内；保温性能测试中，装入七十度的饭菜，四小时后仍在五十度以上。
⟦a 🛒 同款便当盒旗舰店限时九折，点击选购⟧
公司研发部负责人介绍，产品设计时听取了学校和写字楼用户的意见，把原来的四格改为三格，格子加深，装饭更实用。
该产品预计6月起在各大电商平台和枋城市内门店销售。⟦l 分享：微信 · 微博 · 复制链接⟧
""",
    ),
    dict(
        slug="company-liangyu-recall-floor-fans-batches",
        site="凉屿电器官网 (invented)",
        style="企业官网",
        genre="召回公告",
        kind="notice",
        form="text",
        source="https://www.liangyu-dq.com/notice/recall-2024-07.html",
        title="关于召回部分批次落地扇的公告",
        record_title="关于召回部分批次落地扇的公告 - 公司公告 - 凉屿电器官网",
        date="2024-07-19",
        notes="company recall: batches table one row a paragraph, the recall line in the body beside the company's 400 sales line on the page",
        page="""
!m 凉屿电器　让每个夏天都清凉
!m 首页 / 服务支持 / 公司公告
{T}
!m 公司公告　|　浏览 2840
{BODY}
!a 在线查询您的风扇是否在召回范围 ›
!m 购买咨询：400-655-0719
!d © 楹川凉屿电器有限公司 保留所有权利
""",
        body="""
尊敬的用户：
我公司在质量抽查中发现，2024年3月至4月生产的部分落地扇，因摇头电机连接线固定不牢，长期使用后可能磨破绝缘层，存在触电隐患。为保障用户安全，我公司决定召回下列批次产品：
产品型号　生产批号　数量
LY-FS40A　240312至240330　3260台
LY-FS40B　240402至240418　1875台
请用户查看风扇底座铭牌上的型号和批号。属于召回范围的，请立即停止使用，拨打召回专线预约免费上门检修，我公司将免费更换连接线并加装固定卡扣。
召回专线：0736-6218900（每天8:00—20:00）
楹川凉屿电器有限公司
2024年7月19日
""",
    ),
    dict(
        slug="training-qiaoshou-brochure-washer-cleaning",
        site="巧手职业培训学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.qiaoshou-px.cn/kc/jiadian-qingxi.html",
        title="家电清洗师（洗衣机方向）周末实操班招生简章",
        record_title="【周末实操班】家电清洗师（洗衣机方向）周末实操班招生简章（零基础可学）｜巧手职业培训学校",
        date=None,
        notes="training school: promo banner, consult float, a 400 line beside the school's own 报名电话; a course table one row a paragraph; no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【周末实操班】家电清洗师（洗衣机方向）周末实操班招生简章（零基础可学）｜巧手职业培训学校</title>
</head>
<body>
<div class="promo">⟦a 🔥 老学员带新学员报名，两人各减200元 🔥⟧</div>
<div class="hd">⟦m 巧手职业培训学校⟧ ⟦m 学一门手艺 稳一份收入⟧ ⟦m 招生热线：400-882-6613⟧</div>
<div class="nav">⟦m 首页⟧ ⟦m 热门课程⟧ ⟦m 学员风采⟧ ⟦m 就业服务⟧ ⟦m 联系我们⟧</div>
<div class="course">
<h1>{T}</h1>
<p class="tag">⟦m 开班状态：报名中　已报 17 人⟧</p>
<div class="desc">
{BODY}
</div>
<div class="btn">⟦a 立即预约试听⟧</div>
</div>
<div class="float-zx">⟦w 课程顾问在线 · 微信 qiaoshou_kc⟧</div>
<div class="ft">⟦m 楹川县巧手职业培训学校　办学许可证号：教民143092770000212号⟧</div>
</body>
</html>
""",
        body="""
一、课程简介
本课程面向想从事家电清洗服务的学员，重点讲授波轮、滚筒洗衣机的拆装清洗。课程以实操为主，每位学员在老师指导下完成不少于6台洗衣机的拆洗。
二、课程安排
周次　内容
第1周　洗衣机结构认识、安全用电、工具使用
第2周　波轮洗衣机拆桶清洗
第3周　滚筒洗衣机拆桶清洗、门封更换
第4周　上门服务礼仪、报价与结业考核
三、招生对象：年满18周岁，身体健康，初中以上文化。
四、学费：1680元（含工具包一套）。
报名地址：楹川县城关镇劳动路15号二楼
报名电话：0736-7255818
""",
    ),
    dict(
        slug="training-jiangyi-brochure-print-shop-laminator",
        site="枋城匠艺职业培训学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="text",
        source="http://www.jiangyipx.com/course/tuwen.html",
        title="图文快印店开店实操课",
        record_title="图文快印店开店实操课（含塑封·装订·排版）- 热招课程 - 枋城匠艺职业培训学校",
        date=None,
        notes="course page as text: numbered list, a trial-lesson prompt between paragraphs, an enrol-now line glued after a 。; no date",
        page="""
!m 枋城匠艺职业培训学校
!m 课程中心 » 创业技能 » 图文快印
{T}
!m 课程编号：JY-TW08　｜　已有 326 人学过
{BODY}
!a 👉 在线报名，锁定下期名额
!m 咨询电话：0736-6351188　地址：枋城市庑湖区建设路102号
!d 课程价格以报名当期公布为准
""",
        body="""
想开一家图文快印店，却不知道从哪里学起？本课程手把手带你掌握快印店的常用设备和接单技巧。
课程内容：
1. 打印复印：黑白、彩色打印机的日常维护和常见卡纸处理。
2. 塑封装订：塑封机温度调节，证件照和菜单塑封，胶装和铁圈装订。
⟦a 🎧 免费试听第一课，留下手机号即可预约⟧
3. 图文设计：名片、海报、展板的简单排版。
4. 经营指导：选址、定价，怎样接学校和单位的订单。
上课方式：小班教学，每班不超过10人，每人一台塑封机和装订机练习。⟦a 【立即报名】⟧
课时：共8天，每天6小时。学员结业后可免费来校使用设备练习一个月。
""",
    ),
    dict(
        slug="fanwenapp-cailiao-report-canteen-induction-h5",
        site="材料多多APP (invented, writing-app H5 share)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="html",
        source="https://h5.cailiaoduoduo.com/share/fw/7730915?from=wx",
        title="学校食堂管理员2024年度述职报告",
        record_title="学校食堂管理员2024年度述职报告｜材料多多APP·范文分享",
        date="2024-12-20",
        notes="writing-app H5 share: open-app mask, fold, AI buttons glued after a 。; the reporter line and date at the end",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">
<title>学校食堂管理员2024年度述职报告｜材料多多APP·范文分享</title>
<script src="https://h5.cailiaoduoduo.com/js/share.js"></script>
</head>
<body>
<div class="open-app">⟦a 在材料多多APP中打开，体验更流畅⟧ <button>⟦a 打开⟧</button></div>
<div class="card">
<div class="brand">⟦m 材料多多⟧ ⟦m 写材料，多多帮⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 分享自用户“后勤小宁”　字数 412⟧</div>
<div class="art">
{BODY}
</div>
<div class="fold">⟦a 展开全文需打开APP⟧</div>
<div class="ai">⟦a ✨ AI帮我改写成2025版⟧ ⟦a ✨ AI续写一段⟧</div>
</div>
<div class="mask">⟦a 长按保存海报，分享给同事⟧</div>
<div class="foot">⟦m 材料多多 · 浙ICP备20061134号-2A⟧</div>
</body>
</html>
""",
        body="""
各位领导、同事：
2024年，我担任楹川三中食堂管理员，在学校总务处的领导下，主要做了以下工作。
一、配合完成“气改电”。暑假期间，学校食堂把4台燃气大灶换成商用电磁炉，我协助做好设备验收、厨师培训和用电登记，开学后运行平稳，全年燃料支出比去年减少约2.3万元。⟦a ✨ 一键润色本段⟧
二、抓好食品安全。严格执行食材索证索票和48小时留样制度，全年接受上级检查6次，未发现问题。
三、改进就餐服务。增设窗口2个，学生平均排队时间从12分钟缩短到6分钟。
不足之处是成本核算还不够精细。明年我将继续学习，把食堂管得更好。
述职人：宁晓梅
2024年12月20日
""",
    ),
    dict(
        slug="fanwenapp-gongwenbao-request-lunchboxes-sanitation",
        site="公文宝APP (invented, writing-app share as text)",
        style="范文APP",
        genre="请示",
        kind="notice",
        form="text",
        source="https://m.gongwenbao.cn/s/qs/55102",
        title="关于为一线环卫工人配发保温便当盒的请示",
        record_title="关于为一线环卫工人配发保温便当盒的请示（范文参考）· 公文宝APP分享",
        date="2024-11-25",
        notes="writing-app share as text: an open-in-app line, an AI-rewrite line glued before the salutation's successor line, the request's own contact line; signature date",
        page="""
!a 用公文宝APP打开，免费领3篇范文
!m 公文宝 · 请示范文
{T}
!m 收录于 3 天前　·　被收藏 219 次
{BODY}
!a 一键生成同类请示 >
!a 复制全文需开通会员
!d 范文仅供参考，请结合本单位实际修改使用
""",
        body="""
县城市管理局：
我队现有一线环卫工人186名，大多凌晨4点上岗，午饭常在路边解决。入冬后，工人们自带的饭菜到中午已经冰凉，不少人反映胃不舒服。
⟦a 🤖 AI改写：换个说法更正式⟧为改善环卫工人就餐条件，我队拟为每名一线环卫工人配发不锈钢保温便当盒一只，按每只85元计算，共需经费15810元，拟从我队年度职工福利经费中列支。
妥否，请批示。
联系人：综合股　苗雨　电话：0736-7201446
楹川县环境卫生管理所清扫一队
2024年11月25日
""",
    ),
]

"""holdout249, part E: residents' sites, trade associations, company sites, training schools, writing apps,
civil-service-exam forums. Invented text, written case by case; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="community-weitai-notice-handcart-lending",
        site="巍台社区网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.weitaishequ.cn/tzgg/2024/0408/211.html",
        title="关于社区“爱心板车”借用服务的通知",
        record_title="【板车借用】关于社区“爱心板车”借用服务的通知 - 巍台社区网",
        date="2024-04-08",
        notes="residents' site: weather line, property repair line and a grid member's mobile beside the notice's own "
        "咨询电话; scanning the cart's QR code to borrow it is content",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【板车借用】关于社区“爱心板车”借用服务的通知 - 巍台社区网</title>
<link rel="stylesheet" href="/css/sq.css">
<script src="/js/weather.js"></script>
</head>
<body>
<div class="sq-top">⟦m 巍台社区网　家门口的服务站⟧ ⟦m 今天 小雨转阴 12～19℃⟧</div>
<div class="sq-nav">⟦m 首页　社区公告　办事指南　邻里互助　党群服务⟧</div>
<div class="sq-pos">⟦m 您在这里：首页 › 社区公告⟧</div>
<div class="sq-art">
<h2>{T}</h2>
<div class="sq-meta">⟦m 发布：社区居委会　浏览 488⟧</div>
<div class="sq-con">
{BODY}
</div>
<div class="sq-share">⟦l 转给邻居：微信　QQ　复制链接⟧</div>
</div>
<div class="sq-side">
<div class="grid">⟦m 本网格网格员：蒲慧　手机 13907392256⟧</div>
<div class="wy">⟦m 物业报修：0739-5141890（24小时）⟧</div>
<div class="links"><h4>⟦l 社区近期公告⟧</h4><p>⟦l 巍台社区春季义诊活动安排⟧</p><p>⟦l 关于楼道堆物集中清理的通知⟧</p></div>
</div>
<div class="sq-foot">⟦m 巍台社区居委会　地址：栩城市薮湖区巍台路15号⟧</div>
</body>
</html>
""",
        body="""
各位居民：
为方便居民搬运米面、家具等大件物品，社区购置了4辆“爱心板车”，即日起免费向辖区居民出借。现将有关事项通知如下：
一、借用地点：社区党群服务中心一楼便民服务站。
二、借用时间：每天8:00至20:00，单次借用不超过4小时。
三、借用方式：扫描板车把手上的二维码登记姓名和房号，归还时再次扫码确认。关注“巍台社区”公众号，可随时查看板车是否有空闲。
四、注意事项：板车仅限在小区及周边道路使用，请勿载人，请勿在斜坡上停放。使用中如有损坏，请及时告知，社区负责维修。
咨询电话：社区值班室0739-5141022。
巍台社区居民委员会
2024年4月8日
""",
    ),
    dict(
        slug="community-diqiao-pledge-balcony-bunting-oneline",
        site="柢桥社区 (invented residents' site)",
        style="社区网站",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.diqiaosq.com/gonggao/20241009.html",
        title="关于节后及时收回阳台彩旗的倡议",
        date="2024-10-09",
        notes="record title as is; the whole body on one line; the community's own phone in the body; 成文日期 at the end",
        page="""
!m 柢桥社区　|　邻里一家亲
!m 社区公告 > 倡议
{T}
!m 发布者：柢桥社区居委会　阅读 301
{BODY}
!a 点赞支持　　转发到小区群
!l 往期倡议：文明养犬倡议书　｜　垃圾分类从我做起
!m 柢桥社区居委会 · 服务时间 8:30-17:30
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
各位居民朋友：
国庆期间，不少居民在阳台、窗外挂起了彩旗和小国旗，为小区增添了节日气氛。节日已经过去，为了小区的整洁和安全，社区居委会向大家倡议：
一、请在10月12日前收回自家阳台、窗外悬挂的彩旗，防止旗绳老化后被风吹落伤人。
二、收回的彩旗请叠放保存，明年还可以继续使用；破损的请投放到可回收物垃圾桶。
三、请不要把彩旗绳系在燃气管道、空调支架和防盗网尖角上。
四、发现公共区域有断落的彩旗，请告诉楼栋长或拨打社区电话0739-5150368。
感谢大家的配合！
柢桥社区居民委员会
2024年10月9日
""",
    ),
    dict(
        slug="association-xucheng-flags-minutes-vote",
        site="栩城市旗帜制品行业协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="other",
        form="html",
        source="http://www.xcqzxh.org.cn/xhdt/2024/1210/96.html",
        title="栩城市旗帜制品行业协会第三届理事会第四次会议纪要",
        record_title="〈会议实录〉栩城市旗帜制品行业协会第三届理事会第四次会议纪要 - 旗帜协会",
        date="2024-12-06",
        date_also=["2024-12-10"],
        notes="association site with a member-login row and a member hotline; minutes' 时间/地点/主持/出席/列席/记录 "
        "lines and a vote count stay in the body; the 时间 line gives the date, the posting date is also accepted",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>〈会议实录〉栩城市旗帜制品行业协会第三届理事会第四次会议纪要 - 旗帜协会</title>
<link rel="stylesheet" href="/skin/xh.css">
</head>
<body>
<div class="xh-top"><a>⟦a 会员单位登录⟧</a> <a>⟦a 申请入会⟧</a> ⟦m 会员服务专线：0739-5270321⟧</div>
<div class="xh-logo">⟦m 栩城市旗帜制品行业协会⟧</div>
<div class="xh-nav">⟦m 协会首页　协会概况　协会动态　行业标准　会员风采　联系我们⟧</div>
<div class="xh-pos">⟦m 首页 » 协会动态 » 会议纪要⟧</div>
<div class="xh-art">
<h1>{T}</h1>
<p class="xh-meta">⟦m 发布日期：2024-12-10　发布人：秘书处⟧</p>
<div class="xh-con">
{BODY}
</div>
<p class="xh-pn">⟦l 往期纪要：第三届理事会第三次会议纪要⟧</p>
</div>
<div class="xh-foot">⟦m 协会秘书处：栩城市薮湖区工贸大厦506室⟧<br>⟦m 湘ICP备20015582号⟧</div>
<script>document.title = document.title;</script>
</body>
</html>
""",
        body="""
时间：2024年12月6日上午9:30
地点：协会会议室
主持：会长　戚德昌
出席：理事15人（应到17人）
列席：监事长　邝启华
记录：秘书处　任晓菲
会议审议并通过以下事项：
一、审议通过《锦旗制作行业自律公约》。公约要求会员单位不得承接虚构事迹、冒用他人名义的锦旗订单，锦旗用语不得含有低俗、夸大内容。表决结果：同意14票，反对0票，弃权1票。
二、同意吸收栩城市雅绣锦旗店等3家单位为新会员。
三、决定2025年上半年举办锦旗刺绣工艺培训班，由秘书处制定具体方案。
""",
    ),
    dict(
        slug="association-xuanchuan-jute-pledge-wrapped",
        site="泫川县麻纺织行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.xcmfxh.com/changyi/2024-06-18.html",
        title="关于推广使用可循环麻袋的倡议书",
        record_title="关于推广使用可循环麻袋的倡议书｜泫川麻纺协会·绿色包装",
        date="2024-06-18",
        notes="hard-wrapped at 66 columns; the association's name heads the page and signs the pledge (head match); "
        "sharing the pledge is content; 成文日期 under the signature",
        page="""
!m 泫川县麻纺织行业协会
!m 首页 | 协会动态 | 政策法规 | 会员名录 | 入会指南
{T}
!m 发布：协会秘书处　　阅读：263
{BODY}
!a 【打印本页】【推荐给会员】
!m 协会电话：0917-6246630　　会员邮箱：xcmf@xcmfxh.com
!m 版权所有：泫川县麻纺织行业协会
""",
        indent="\u3000\u3000",
        wrap=66,
        body="""
各会员单位、麻纺织企业：
麻袋是我县的传统优势产品，也是天然可降解的包装材料。为减少一次性塑料编织袋的使用，推动行业绿色发展，协会向全县麻纺织企业发出如下倡议：
一、提升质量。严格执行麻袋产品标准，提高经纬密度和缝口强度，让一条麻袋能够周转使用五次以上。
二、建立回收。在粮站、饲料厂等主要客户处设立旧麻袋回收点，对回收麻袋分级修补、再次销售。
三、诚信经营。不以次充好，不虚标克重，不低价恶性竞争。
四、共同宣传。请各会员单位把本倡议分享给上下游客户，共同推广可循环麻袋。
泫川县麻纺织行业协会
2024年6月18日
""",
    ),
    dict(
        slug="company-pan-an-news-rope-ladder-glued-title",
        site="攀安救援装备有限公司 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.pan-an-rescue.com/news/company/20240416.html",
        title="新款铝踏板救援绳梯通过国家级检测",
        record_title="攀安动态丨新款铝踏板救援绳梯通过国家级检测",
        date="2024-04-16",
        notes="company site: cookie notice, service float; the title repeated glued before the news lead; the 发布于 "
        "line is the date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>攀安动态丨新款铝踏板救援绳梯通过国家级检测</title>
<link rel="stylesheet" href="/theme/css/site.css">
<script src="/theme/js/cookie.js"></script>
</head>
<body>
<header><div class="logo">⟦m 攀安救援装备　PAN-AN RESCUE⟧</div>
<nav>⟦m 首页　产品中心　解决方案　攀安动态　服务支持　关于攀安⟧</nav></header>
<div class="crumb">⟦m 首页 / 攀安动态 / 公司新闻⟧</div>
<article>
<h1>{T}</h1>
<div class="meta">⟦m 发布于 2024年4月16日　浏览 1206⟧</div>
<div class="text">
{BODY}
</div>
<div class="prev-next">⟦l 上一条：攀安受邀参加西部应急装备博览会⟧　⟦l 下一条：逃生绳梯的日常保养五要点⟧</div>
</article>
<div class="service-float">⟦w 产品咨询 · 在线客服⟧ ⟦m 销售热线 400-630-1919⟧</div>
<div class="cookie-bar">⟦d 本站使用Cookie来改善浏览体验，继续访问即表示您同意。⟧ <button>⟦a 我知道了⟧</button></div>
<footer>⟦m © 2024 潢水攀安救援装备有限公司　甘ICP备21002716号⟧</footer>
</body>
</html>
""",
        body="""
⟦t 新款铝踏板救援绳梯通过国家级检测⟧4月15日，公司自主研发的PA-12型铝踏板救援绳梯顺利通过国家消防装备质量检验检测中心的全项检测，取得检验报告。
该款绳梯采用高强度芳纶边绳和防滑铝合金踏板，单副长度12米，额定承重200公斤，重量比传统钢丝绳梯减轻近四成，折叠后可装入背包，适合消防救援、高层住宅逃生和户外救援使用。
公司技术总监龚立新介绍，研发团队用了一年半时间，先后进行了3000余次拉力、磨损和低温试验。
目前，该产品已进入批量生产阶段，首批800副将于5月交付。
""",
    ),
    dict(
        slug="company-piaopiao-recall-bunting-batches",
        site="泫川飘飘旗业有限公司 (invented)",
        style="企业官网",
        genre="召回公告",
        kind="notice",
        form="text",
        source="http://www.piaopiaoqiye.com/gonggao/zhaohui-202407.html",
        title="关于部分批次涤纶彩旗褪色问题的召回公告",
        record_date="2024-07-22",
        date="2024-07-22",
        notes="record gives title and date; a batches table; the recall line beside a 400 order line",
        page="""
!m 飘飘旗业 · 专业制旗二十年
!m 首页　产品展示　定制流程　新闻公告　联系我们
{T}
!m 公告时间：2024-07-22　　点击：655
{BODY}
!m 订购热线：400-819-6618　　微信下单：piaopiao_qy
!l 相关产品：涤纶印字彩旗　三角串旗　刀旗
!m 泫川飘飘旗业有限公司 版权所有
""",
        body="""
近期，我公司接到客户反映，部分批次涤纶印字彩旗在户外悬挂两周后出现明显褪色、掉色现象。经排查，原因为供应商提供的一批染料耐晒牢度不达标。为保障客户权益，公司决定召回以下批次产品：
批次号　生产日期　数量（面）
PP240412　2024年4月12日　2600
PP240419　2024年4月19日　1800
PP240426　2024年4月26日　2100
已购买上述批次彩旗的客户，可凭订单号联系我公司办理免费更换或全额退款，运费由公司承担。
召回专线：0917-6255018（工作日9:00—18:00）。
对由此给客户带来的不便，我们深表歉意。
泫川飘飘旗业有限公司
2024年7月22日
""",
    ),
    dict(
        slug="school-yingyan-brochure-rope-ladder-course",
        site="鹰岩高空作业培训学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.yingyan-px.com/zsjz/gaokong.html",
        title="高处作业（绳梯与吊板）技能培训班招生简章",
        record_title="【高空班报名中】高处作业（绳梯与吊板）技能培训班招生简章（考证班+实操班）｜鹰岩培训",
        date=None,
        notes="training school: promo banner, consult float, a 400 franchise line beside the school's own 报名电话; a "
        "course table; a brochure with no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【高空班报名中】高处作业（绳梯与吊板）技能培训班招生简章（考证班+实操班）｜鹰岩培训</title>
<link rel="stylesheet" href="/static/school.css">
<script src="/static/kefu.js"></script>
</head>
<body>
<div class="promo">⟦a 本月报名立减200元，名额有限，先到先得⟧</div>
<header>⟦m 鹰岩高空作业培训学校⟧ ⟦m 全国加盟热线：400-055-7788⟧</header>
<nav>⟦m 首页　培训项目　招生简章　学员风采　师资力量　在线报名⟧</nav>
<div class="pos">⟦m 首页 &gt; 招生简章⟧</div>
<section class="art">
<h1>{T}</h1>
<div class="meta">⟦m 编辑：招生办　浏览 977⟧</div>
<div class="con">
{BODY}
</div>
<div class="btns"><a>⟦a 立即在线报名⟧</a> <a>⟦a 预约试听一节课⟧</a></div>
</section>
<div class="kefu-float">⟦w 招生老师在线 · 点我咨询⟧</div>
<footer>⟦m 鹰岩高空作业培训学校　办学许可证号：教民162104670000231号⟧</footer>
</body>
</html>
""",
        body="""
一、培训对象。从事外墙清洗、园林修剪、设备检修等高处作业的人员，年满18周岁，身体健康，无恐高症。
二、培训内容。
课程　课时　形式
高处作业安全知识　8　理论
绳梯攀爬与保护　16　实操
吊板作业与救援　16　实操
三、培训时间。每月第一周开班，为期5天，考核合格颁发结业证书。
四、收费标准。每人1800元，含教材、装备使用费和午餐。
五、报名方式。携身份证到学校前台报名，或拨打报名电话0931-8876620。
六、学校地址。潢水县嶝口镇工业园区鹰岩路3号。
""",
    ),
    dict(
        slug="school-xiufang-trainee-insight-banner-embroidery",
        site="绣坊刺绣学堂 (invented)",
        style="培训机构",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://www.xiufang-xt.cn/xueyuan/xinde/57.html",
        title="学绣锦旗一个月的心得",
        record_title="〔学绣札记〕学绣锦旗一个月的心得 - 绣坊刺绣学堂",
        date=None,
        notes="trainee's insight with no date; a trial-lesson prompt on a line of its own inside the body; school chrome",
        page="""
!m 绣坊刺绣学堂 — 一针一线，绣出好手艺
!m 学堂首页 ＞ 学员天地 ＞ 学习心得
{T}
!m 作者：学员 任小蔓　　添加时间：2 个月前
{BODY}
!a 想学锦旗刺绣？点此预约免费体验课
!l 更多学员心得：学苏绣的第一百天　／　从零基础到绣出第一幅团扇
!m 绣坊刺绣学堂　报名热线 0739-5188260
""",
        body="""
报名锦旗刺绣班之前，我以为锦旗上的字都是机器印的，来了才知道，好的锦旗是一针一针绣出来的。
第一周学的是绷布和描样。老师说绷布要像打鼓一样紧，布一松，绣出来的字就会起皱。我光练绷布就用了三天。
第二周开始练平针和套针。金线很滑，针脚稍微不匀，字的笔画就显得发虚。我绣坏了好几块练习布，手指也被扎了好几次。
⟦a 本期锦旗班还剩5个名额，添加班主任微信咨询⟧
第四周，我终于独立绣完了一面小锦旗，上面是“妙手仁心”四个字，准备送给为我母亲做过手术的医生。
一个月下来，最大的体会是：手艺急不得，心静了，针才稳。
""",
    ),
    dict(
        slug="writingapp-biling-report-granary-sacks",
        site="笔灵写作 (invented writing app, H5 share page)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="html",
        source="https://h5.bilingxiezuo.com/share/doc?id=7720194&from=wx",
        title="粮站保管员2024年度个人述职报告",
        record_title="粮站保管员2024年度个人述职报告（保管员岗位适用）· 笔灵写作",
        date="2024-12-20",
        notes="writing app share page: open-app mask, AI buttons, a fold ('展开全文') on a line of its own inside the "
        "body; 成文日期 under the 述职人 line",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>粮站保管员2024年度个人述职报告（保管员岗位适用）· 笔灵写作</title>
<script src="https://h5.bilingxiezuo.com/static/share.js"></script>
</head>
<body>
<div class="open-mask">⟦a 在笔灵写作APP内打开，体验更流畅⟧ <button>⟦a 去APP里读⟧</button></div>
<div class="app-head">⟦m 笔灵写作 · 你的公文小助手⟧</div>
<div class="doc">
<h1>{T}</h1>
<div class="doc-meta">⟦m 来自笔灵范文库　1.8万人已阅⟧</div>
<div class="doc-text">
{BODY}
</div>
<div class="ai-bar"><button>⟦a AI改写成我的版本⟧</button> <button>⟦a 一键续写⟧</button> <button>⟦a 复制到剪贴板⟧</button></div>
</div>
<div class="recommend"><h4>⟦l 猜你还想写⟧</h4><p>⟦l 仓库管理员年终总结⟧</p><p>⟦l 粮食储备库安全生产述职⟧</p></div>
<div class="foot">⟦m 笔灵写作　沪ICP备22031876号-2⟧</div>
</body>
</html>
""",
        body="""
各位领导、同事：
2024年，我在粮站主要负责仓储保管和包装物管理工作，现将一年来的履职情况报告如下。
一、抓好粮食保管。全年保管储备粮1.2万吨，坚持每日查仓测温，全年无霉变、无虫害，账实相符率100%。
二、管好麻袋等包装物。对站内3.6万条麻袋逐条清点、编号登记，建立进出台账；组织修补破损麻袋4200条，节约采购资金约2.5万元；旧麻袋全部交给协议企业回收，不再随意处置。
⟦a 展开全文 ∨（APP内免费看完）⟧
三、注重安全生产。带头执行堆码作业规程，全年未发生倒垛、坠落事故。
四、存在不足。对新型包装材料了解不多，信息化管理水平有待提高。
新的一年，我将继续努力，把仓管好、把粮看好。
述职人：邢长松
2024年12月20日
""",
    ),
    dict(
        slug="writingapp-gongwenbao-host-script-banner",
        site="公文宝 (invented writing app)",
        style="范文APP",
        genre="主持词",
        kind="other",
        form="text",
        source="https://m.gongwenbao.cn/fanwen/zhuchi/30915",
        title="锦旗赠送仪式主持词",
        record_title="锦旗赠送仪式主持词（简短实用）- 公文宝APP",
        date=None,
        notes="a host script with no date; app chrome with a member prompt and an AI button; a bracketed stage "
        "direction stays in the body",
        page="""
!m 公文宝 — 随身的公文范文库
!m 范文 › 主持词 › 仪式类
{T}
!m 收藏 2341　　使用 867 次
{BODY}
!a 开通公文宝会员，解锁全部3000+主持词模板
!a 〔AI帮我改成本单位版本〕
!l 相似模板：授牌仪式主持词　捐赠仪式主持词　表彰大会主持词
""",
        body="""
尊敬的各位领导、各位来宾：
大家上午好！今天，我们在这里举行锦旗赠送仪式，向在“7·12”山洪抢险中奋不顾身、救助群众的嶝口镇应急分队表示衷心感谢。
首先，请允许我介绍出席今天仪式的领导和来宾。
下面，进行仪式第一项：请获救群众代表甘大爷讲话。
谢谢甘大爷！下面进行第二项：请获救群众代表向应急分队赠送锦旗。
（赠送锦旗，合影留念）
第三项，请应急分队队长讲话。
最后，请镇党委书记讲话。
锦旗赠送仪式到此结束，谢谢大家！
""",
    ),
    dict(
        slug="examforum-chuangguan-essay-handcart-jammer",
        site="闯关公考论坛 (invented, Discuz-like)",
        style="公考论坛",
        genre="申论文章",
        kind="other",
        form="html",
        source="https://bbs.chuangguangk.com/thread-61502-1-1.html",
        title="从板车到冷链车：乡村物流的变迁",
        record_title="〔申论周练〕从板车到冷链车：乡村物流的变迁（新人第3篇）- 申论区 - 闯关公考论坛",
        date=None,
        notes="exam forum: jammer-font junk, a reply-to-see prompt, a QQ-group ad, a rating row; an essay with no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〔申论周练〕从板车到冷链车：乡村物流的变迁（新人第3篇）- 申论区 - 闯关公考论坛</title>
<style>font.jammer{font-size:0;color:transparent}</style>
</head>
<body>
<div id="hd">⟦m 闯关公考论坛 — 一起上岸⟧ <a>⟦a 登录⟧</a> <a>⟦a 注册闯关账号⟧</a></div>
<div id="pt">⟦m 闯关公考 › 申论区 › 习作互评⟧</div>
<div class="qqad">⟦w 申论批改互助群：QQ群 783302415，进群备注“闯关”⟧</div>
<table class="plhin"><tr>
<td class="pls">⟦m 冲刺中的小周⟧<br>⟦m 帖子 29　积分 133⟧</td>
<td class="plc">
<h1><span id="thread_subject">{T}</span></h1>
<div class="authi">⟦m 发表于 4 天前　|　只看该作者⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="locked">⟦a 本帖附有老师批改稿，回复后可见⟧</div>
<div class="rate">⟦l 评分　参与人数 2　积分 +4　理由：思路清晰⟧</div>
</td></tr></table>
<div id="ft">⟦m 闯关公考论坛　Powered by Discuz!　鄂ICP备20019921号⟧</div>
</body>
</html>
""",
        p_html="{}<br /><br />",
        junk=dict(lines=1, glued=2),
        body="""
二十多年前，乡亲们把蔬菜装上板车，天不亮就出发，走十几里山路赶集；如今，村口的快递服务站里，一个电话，冷链车就能把刚摘的杨梅送到千里之外。从板车到冷链车，变化的不只是运输工具，更是乡村发展的底气。
乡村物流的变迁，得益于路通了。“四好农村路”修到了家门口，板车走的泥巴路变成了能跑货车的水泥路。
乡村物流的变迁，也得益于网通了。电商平台和快递网点下沉到村，农民足不出户就能卖货。
但也要看到，一些偏远村组物流成本依然偏高，“最后一公里”仍有短板。下一步，应当统筹县乡村三级物流体系建设，让更多农产品走得出、卖得好。
""",
    ),
    dict(
        slug="examforum-dengke-interview-bunting-junk",
        site="登科公考论坛 (invented)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="text",
        source="https://www.dengkegk.com/bbs/t/37720",
        title="社区国庆布置彩旗，你怎么组织？",
        record_title="【面试·活动筹划】社区国庆布置彩旗，你怎么组织？（个人答案）- 面试区 - 登科公考论坛",
        date=None,
        notes="exam-forum answer with junk lines and junk glued after 。; posted '5 天前': no date; replies below",
        page="""
!m 登科公考论坛
!m 首页 › 面试区 › 结构化练习
!t 【面试·活动筹划】社区国庆布置彩旗，你怎么组织？（个人答案）
!m 楼主：上岸倒计时　　5 天前　　查看 845　回复 12
{BODY}
!a 觉得有帮助就点个赞吧（31）
!l 2楼　面试小白：第一步摸清情况那里可以再加一句征求居民意见
!l 3楼　考官视角：结构完整，收尾可以再升华一下
!a 回复本帖需先完成实名认证
!m 登科公考论坛 dengkegk.com
""",
        junk=dict(lines=2, glued=2),
        body="""
这是一道计划组织类题目，我的答题思路如下，欢迎大家拍砖。
布置彩旗看似简单，但涉及安全、美观和居民意见，我会分三步做好。
第一，摸清情况。先和社区领导确认布置范围和预算，再实地查看主干道、楼栋口等点位，了解哪里有电线、哪里风大，避开安全隐患。
第二，细化实施。列出采购清单，选择阻燃、不易褪色的彩旗；联系物业借用登高设备，安排有经验的工作人员悬挂，并提前在居民群里发通知。
第三，做好收尾。节日期间每天巡查一次，发现松脱及时处理；节后一周内全部收回，清洗入库，并把这次的经验整理成工作台账。
以上就是我的回答。
""",
    ),
]

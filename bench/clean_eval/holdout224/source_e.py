"""holdout224, part E: residents' sites, trade associations, company sites, training schools and
范文 apps. Every page, place, person, firm, number and URL is invented; each case written by
hand. See ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="community-fanqiao-stove-corridor-warning",
        site="幡桥社区居民之家 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="http://fanqiao.weihu-sq.cn/tzgg/2025/1120/412.html",
        title="关于禁止在楼道、阳台使用卡式炉等户外炉具的安全提示",
        record_title="【居安提醒】关于禁止在楼道、阳台使用卡式炉等户外炉具的安全提示 | 幡桥社区居民之家",
        date="2025-11-20",
        notes="residents' site: a weather line, a grid worker's box, property repair and night lines beside the community's own duty phone in the body; the 成文日期 is the date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【居安提醒】关于禁止在楼道、阳台使用卡式炉等户外炉具的安全提示 | 幡桥社区居民之家</title>
<link rel="stylesheet" href="/css/sq.css">
<script src="/js/sq.js"></script>
</head>
<body>
<div class="sq-top">⟦m 帏湖区幡桥社区居民之家⟧　⟦m 今天 小雨 12～17℃⟧</div>
<div class="sq-nav">⟦m <a>首页</a> <a>社区公告</a> <a>办事指南</a> <a>邻里圈</a> <a>志愿服务</a>⟧</div>
<div class="sq-crumb">⟦m 首页 / 社区公告 / 安全提示⟧</div>
<div class="sq-main">
<h2>⟦t 【居安提醒】关于禁止在楼道、阳台使用卡式炉等户外炉具的安全提示⟧</h2>
<p class="sq-meta">⟦m 社区居委会　发布　阅读 1023⟧</p>
<div class="sq-text">
{BODY}
</div>
<div class="sq-like">⟦l 👍 有用 86　　转给邻居⟧</div>
</div>
<div class="sq-side">
<div class="grid">⟦w 本楼网格员：庄小帆　手机 13857760288⟧</div>
<div class="wy">⟦m 物业报修：0577-66519900⟧</div>
<div class="wy">⟦m 夜间应急（22:00—次日7:00）：0577-66519911⟧</div>
</div>
<div class="sq-foot">⟦m 幡桥社区党群服务中心　地址：帏湖区幡桥路203号⟧</div>
</body>
</html>
""",
        body="""
各位居民朋友：
近段时间，社区网格员在巡查中发现，有居民在楼道、阳台使用卡式炉、气罐炉涮火锅、烧烤，有的还把备用气罐堆放在楼梯间。上个月，辖区一户居民阳台上的气罐炉引燃了晾晒的衣物，所幸扑救及时。
为保障大家的生命财产安全，社区提醒：
一、不在楼道、阳台、地下室使用户外炉具，不在室内存放气罐。
二、在家使用卡式炉时，保持通风，炉具周围不放易燃物，用完及时关阀。
三、发现楼道堆放气罐等隐患，请拨打社区值班电话0577-66512063反映。
幡桥社区居民委员会
2025年11月20日
""",
    ),
    dict(
        slug="community-fanshi-typhoon-mattress-record",
        site="帆石社区 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.fanshisq.cn/gg/20250901/88.html",
        title="关于做好台风期间临时安置点充气床垫发放登记的通知",
        date="2025-09-01",
        notes="title given by the record; a typhoon-shelter notice: the community's own 联系人/电话 stays, the site's service line and a grid worker's line are chrome; 打印 in the body is content; the 成文日期 is the date",
        page="""
!m 帆石社区网　橹湾镇帆石社区居民委员会
!m 天气：多云转阵雨　28～33℃　台风蓝色预警
!m 首页 → 社区公告
{T}
!m 发布人：社区办公室　｜　阅读：352
{BODY}
!a 转发到业主群　｜　存为图片
!w 网格员热线：13906768035（第3网格 吴桨）
!m 社区便民服务电话：0576-86351100
""",
        body="""
各网格长、楼道长：
据气象部门预报，今年第12号台风将于9月3日前后影响我县。社区临时安置点设在帆石小学体育馆，已备好充气床垫150张、毛毯150条。为做好转移群众的安置工作，现将有关事项通知如下：
一、各网格长于9月2日18时前将本网格需转移人员名单报社区，老人、孕妇、残疾人单独标注。
二、转移群众到达安置点后，凭身份证领取充气床垫和毛毯，登记表由社区工作人员现场打印，每人签字确认。
三、台风过后，充气床垫由领取人放气叠好后交还，损坏的不予追究。
联系人：林帆，电话：13958760412。
帆石社区居民委员会
2025年9月1日
""",
    ),
    dict(
        slug="assoc-woyang-luggage-pledge-schoolbags",
        site="幄阳市箱包行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="http://www.wyxbxh.org.cn/xhdt/20250826/203.html",
        title="关于规范生产销售儿童双肩书包的倡议书",
        record_title="【同业共守】关于规范生产销售儿童双肩书包的倡议书-幄阳市箱包行业协会",
        date="2025-08-25",
        date_also=["2025-08-26"],
        notes="association site: a member-login row and a member hotline; the association's name in the header is also the signature (head); 打印张贴 as content; the 成文日期 is the date, the page's later 发布日期 also accepted",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【同业共守】关于规范生产销售儿童双肩书包的倡议书-幄阳市箱包行业协会</title>
<link rel="stylesheet" href="/theme/xh/css/index.css">
<script src="/theme/xh/js/member.js"></script>
</head>
<body>
<div class="xh-top"><span>⟦m 幄阳市箱包行业协会⟧</span> <span>⟦m 服务会员　规范行业　共谋发展⟧</span>
<span class="login">⟦a 会员账号　密码　登录　忘记密码⟧</span></div>
<div class="xh-nav">⟦m <a>协会首页</a> <a>协会概况</a> <a>协会动态</a> <a>政策法规</a> <a>会员风采</a> <a>入会申请</a>⟧</div>
<div class="xh-pos">⟦m 当前位置：协会首页 >> 协会动态⟧</div>
<div class="xh-art">
<h1>{T}</h1>
<div class="xh-info">⟦m 发布者：秘书处　发布日期：2025-08-26　点击：318⟧</div>
<div class="xh-body">
{BODY}
</div>
<div class="xh-pn">⟦l 上一条：箱包企业出口退税政策解读会在幄阳举行⟧</div>
<div class="xh-pn">⟦l 下一条：协会组织会员企业赴广交会参展⟧</div>
</div>
<div class="xh-foot">
<p>⟦m 会员服务热线：0577-66280311⟧</p>
<p>⟦m 协会地址：幄阳市帏湖区皮革城3号楼6层　浙ICP备15042007号⟧</p>
</div>
</body>
</html>
""",
        body="""
全市箱包生产、销售企业：
儿童双肩书包关系孩子的脊柱健康和安全。近期，市场监管部门抽查发现，部分儿童书包存在背带宽度不足、反光标识缺失、甲醛含量超标等问题。为此，我会向全体会员企业倡议：
一、严格按照儿童书包国家标准组织生产，小学生书包自重不超过1公斤，背带宽度不小于5厘米。
二、在书包正面和两侧设置反光标识，在吊牌上标注适用身高和最大承重。
三、不采购、不销售“三无”书包，网店商品页面如实标注检测报告编号。
四、欢迎会员企业将本倡议书打印张贴在车间和门店，接受社会监督。
幄阳市箱包行业协会
2025年8月25日
""",
    ),
    dict(
        slug="assoc-woyang-toys-minutes-blocks-vote",
        site="幄阳市玩具行业协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="other",
        form="text",
        source="http://www.wywjxh.cn/news/20251016/77.html",
        title="幄阳市玩具行业协会第三届理事会第五次会议纪要",
        date="2025-10-14",
        notes="title given by the record; council minutes with 时间/地点/主持/出席/记录 lines and a vote count in the body; the 时间 line gives the date",
        page="""
!m 幄阳市玩具行业协会
!m 首页 | 协会动态 | 标准化工作 | 会员服务
!m 协会动态 > 会议纪要
{T}
!m 来源：秘书处　2 天前
{BODY}
!a 〔打印〕〔返回列表〕
!m 秘书处电话：0577-66276502　邮箱：wywjxh@126.com
!d 版权所有 © 幄阳市玩具行业协会
""",
        body="""
时间：2025年10月14日上午
地点：协会会议室
主持：会长　宁舸
出席：理事22人（应到25人）
记录：秘书处　施小帆
会议审议了《积木类玩具团体标准（征求意见稿）》编制工作方案，听取了秘书处关于上半年积木出口情况的汇报。经讨论，形成以下意见：
一、同意成立标准起草小组，由幄阳桨舟玩具有限公司牵头，11月底前完成征求意见稿。
二、标准重点规定积木小零件尺寸、拼插力和材料安全要求。
三、表决结果：同意21票，反对0票，弃权1票，方案通过。
""",
    ),
    dict(
        slug="company-fanzhou-recall-stoves-batches",
        site="帆舟炊具官网 (invented)",
        style="企业官网",
        genre="召回公告",
        kind="notice",
        form="html",
        source="https://www.fanzhou-cook.com/news/notice/2025071501.html",
        title="帆舟炊具关于召回部分批次便携式卡式炉的公告",
        record_title="公司公告 ▸ 帆舟炊具关于召回部分批次便携式卡式炉的公告｜帆舟炊具",
        date="2025-07-15",
        notes="company site: a cookie notice, a service float and a 400 order line beside the recall's own 召回专线; a batches table one row a paragraph; the brand in the logo is also inside the signature (head); the 成文日期 is the date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>公司公告 ▸ 帆舟炊具关于召回部分批次便携式卡式炉的公告｜帆舟炊具</title>
<link rel="stylesheet" href="/assets/site.min.css">
<script src="/assets/site.min.js" defer></script>
</head>
<body>
<header class="fz-header">
<a class="logo" href="/">⟦m 帆舟炊具⟧</a>
<nav>⟦m <a>产品中心</a> <a>户外炉具</a> <a>家用卡式炉</a> <a>服务支持</a> <a>新闻中心</a> <a>关于帆舟</a>⟧</nav>
</header>
<div class="fz-crumb">⟦m 首页 / 新闻中心 / 公司公告⟧</div>
<article class="fz-news">
<h1>{T}</h1>
<div class="fz-date">⟦m 2025-07-15　浏览 2906⟧</div>
<div class="fz-content">
{BODY}
</div>
<div class="fz-share">⟦l 分享给朋友：微信　微博　复制链接⟧</div>
</article>
<div class="fz-service">⟦a 在线客服⟧　⟦m 订购热线：400-655-1218⟧</div>
<div class="fz-cookie">⟦d 本网站使用Cookie来改善您的浏览体验，继续浏览即视为同意⟧ <button>⟦a 我知道了⟧</button></div>
<footer class="fz-footer">⟦m © 2025 幄阳帆舟炊具有限公司　浙ICP备14033176号-1⟧</footer>
</body>
</html>
""",
        body="""
尊敬的用户：
经自查发现，我公司生产的部分批次便携式卡式炉熄火保护装置反应时间偏长，在强风环境下可能出现火焰熄灭后燃气未及时切断的情况。为保障用户安全，我公司决定主动召回以下批次产品：
产品型号　生产批次　数量（台）
FZ-K30　20250312　1260
FZ-K30　20250408　980
FZ-K35　20250415　620
用户可拨打召回专线0577-66152277登记，我公司将免费上门更换熄火保护组件，或按原价退货。
幄阳帆舟炊具有限公司
2025年7月15日
""",
    ),
    dict(
        slug="company-zhoumian-news-mattress-title-glued",
        site="舟眠户外官网 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.zhoumian-outdoor.com/news/2025/0418.html",
        title="舟眠户外推出第三代自充气床垫",
        record_date="2025-04-18",
        date="2025-04-18",
        notes="title and date given by the record; the title repeated and glued to the lead's first words; a product ad between paragraphs; a dealer line below",
        page="""
!m 舟眠户外 ZHOUMIAN OUTDOOR　让每一晚都睡得安稳
!m 首页 ／ 品牌资讯 ／ 企业新闻
!m 2025.04.18　｜　舟眠品牌部
{T}{BODY}
!l 上一条：舟眠户外获评省级“专精特新”中小企业
!m 经销合作：0577-66497300　｜　浙ICP备18036641号
""",
        body="""
4月16日，帏湖舟眠户外用品有限公司在幄阳国际会展中心发布第三代自充气床垫。新品采用分区海绵芯，腰部支撑层加厚2厘米，打开气阀后约90秒即可自动充气至八成。
⟦a 新品首发价599元，点此进入官方旗舰店⟧
公司研发部负责人介绍，新款床垫面料由40D升级为75D耐磨TPU，经过2万次滚压测试无漏气，收纳体积比上一代缩小了三分之一。
据悉，新品将于5月1日起在各大电商平台和全国120家户外门店同步上市。
""",
    ),
    dict(
        slug="training-jiangsheng-blocks-coding-brochure",
        site="桨声创客 (invented children's training school)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.jiangsheng-maker.cn/kecheng/hanjia-jimu.html",
        title="少儿积木搭建与编程启蒙班招生简章",
        record_title="【寒假小班】少儿积木搭建与编程启蒙班招生简章（每班10人）｜桨声创客",
        date=None,
        notes="training school: a promo banner, a consult float and a 400 franchise line beside the school's own 报名电话; a timetable one row a paragraph; 扫描二维码在线报名 stays; a brochure has no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【寒假小班】少儿积木搭建与编程启蒙班招生简章（每班10人）｜桨声创客</title>
<link rel="stylesheet" href="/static/js-maker.css">
<script src="/static/js-maker.js"></script>
</head>
<body>
<div class="promo">⟦a 寒假早鸟价：1月5日前报名立减300元，再送积木收纳箱⟧</div>
<header><a class="logo">⟦m 桨声创客　少儿科创教育⟧</a> <nav>⟦m <a>首页</a> <a>课程体系</a> <a>师资团队</a> <a>学员作品</a> <a>校区分布</a>⟧</nav></header>
<div class="crumb">⟦m 首页 › 课程体系 › 寒假课程⟧</div>
<section class="course">
<h1>⟦t 【寒假小班】少儿积木搭建与编程启蒙班招生简章（每班10人）⟧</h1>
<div class="course-body">
{BODY}
</div>
<div class="tags">⟦l 课程标签：积木　编程启蒙　5-8岁　小班教学⟧</div>
</section>
<div class="float-consult">⟦w 在线咨询课程顾问　微信 jsck-kf01⟧</div>
<footer>
<p>⟦m 全国加盟热线：400-800-5126⟧</p>
<p>⟦m 幄阳桨声创客教育科技有限公司　浙ICP备20044519号⟧</p>
</footer>
</body>
</html>
""",
        body="""
一、课程简介
本课程面向5至8岁儿童，以大颗粒积木和图形化编程为载体，通过搭建小车、风车、吊桥等作品，培养孩子的空间想象、动手能力和逻辑思维。
二、课程安排
班次　上课时间　课时
寒假A班　1月20日至1月29日上午　20课时
寒假B班　1月20日至1月29日下午　20课时
三、收费标准：每期1980元，含积木套装使用费，不另收材料费。
四、报名方式：携带孩子到前台现场报名，或扫描下方二维码在线报名。
报名电话：0577-66520188（桨声创客帏湖校区）
""",
    ),
    dict(
        slug="training-zhanling-outdoor-stove-course",
        site="旃岭户外学校 (invented)",
        style="培训机构",
        genre="课程介绍",
        kind="other",
        form="text",
        source="http://www.zhanling-outdoor.org/course/lingdui-chuishi.html",
        title="户外领队野外炊事与用火安全培训课程介绍",
        record_title="【周末开课】户外领队野外炊事与用火安全培训课程介绍 - 旃岭户外学校",
        date=None,
        notes="training school text: a numbered course list, a trial-class prompt between paragraphs, a consult line and a sign-up button; no date",
        page="""
!m 旃岭户外学校　山野技能　从这里开始
!m 首页 - 培训课程 - 领队进阶
!t 【周末开课】户外领队野外炊事与用火安全培训课程介绍
{BODY}
!a 立即报名　｜　预约试听
!w 课程顾问：小满　微信同号 13757801246
!m 旃岭户外学校　幔溪县旃岭镇营地路8号
""",
        body="""
课程对象：户外俱乐部领队、露营地工作人员及有一定户外经验的爱好者。
课程内容：
1.户外炉具的种类与结构：一体炉、分体炉、酒精炉、柴火炉的原理与适用场景。
2.气罐的选择、储存和低温使用技巧。
3.营地炊事区的选址与布置，风挡、防火垫的正确使用。
⟦a 第一次来？周六上午的理论课可免费旁听⟧
4.炉具故障排查和燃气泄漏应急处置实操。
5.野外用火法规与森林防火要求。
课程时长：2天（周六、周日），理论8课时，实操8课时。
结业考核合格者颁发培训证书。
""",
    ),
    dict(
        slug="app-bizhou-speech-school-opening-backpack",
        site="笔舟写作 (invented writing app, H5 share)",
        style="范文APP",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://h5.bizhou-app.com/share/article?aid=5508127&from=wx",
        title="校长在艉洲小学2025年秋季开学典礼上的讲话",
        record_title="校长在艉洲小学2025年秋季开学典礼上的讲话（整篇可套用）· 笔舟写作",
        date="2025-09-01",
        notes="writing app's H5 share: an open-app mask, a fold button and an AI-rewrite button glued after a 。; the speaker and date lines under the title are neutral, the date under the title is the date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">
<title>校长在艉洲小学2025年秋季开学典礼上的讲话（整篇可套用）· 笔舟写作</title>
<link rel="stylesheet" href="https://h5.bizhou-app.com/css/share.css">
<script src="https://h5.bizhou-app.com/js/openapp.js"></script>
</head>
<body>
<div class="bz-mask">⟦a 打开笔舟App，免费复制全文并导出Word⟧</div>
<div class="bz-bar">⟦m 笔舟写作 · 公文讲话一键成稿⟧</div>
<div class="bz-art">
<h1>{T}</h1>
<p class="c">艉洲小学校长　蒲帆</p>
<p class="c">（2025年9月1日）</p>
{BODY}
<div class="bz-fold">⟦a 展开剩余全文　↓⟧</div>
</div>
<div class="bz-more">⟦l 开学典礼相关范文：教师代表发言稿　新生家长代表发言　开学第一课主持词⟧</div>
<div class="bz-foot">⟦m 笔舟写作 v5.2　已帮 318 万人写好材料⟧</div>
<script>openApp("bizhou://article/5508127");</script>
</body>
</html>
""",
        body="""
亲爱的同学们、老师们：
早上好！新学期开始了，我想先请大家看看自己背上的双肩书包。
书包里装着什么？有课本、作业本，有爸爸妈妈准备的水杯，也许还有你偷偷放进去的小玩具。今天我想请大家在书包里再装上三样东西。⟦a ✦ AI帮我改成家长会讲话⟧
第一样是好奇心。遇到不懂的问题，大胆举手问老师。
第二样是好习惯。每天放学前对着课表整理书包，不带的书留在学校，让书包轻一点，让背挺直一点。
第三样是好朋友。学会分享，学会帮助身边的同学。
同学们，背起书包，我们出发吧！
""",
    ),
    dict(
        slug="app-bizhou-report-beach-station-oneline",
        site="笔舟写作 (invented writing app)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://h5.bizhou-app.com/share/article?aid=5611904",
        title="沚湾海水浴场管理站站长2025年度述职报告",
        record_title="【年终必备】沚湾海水浴场管理站站长2025年度述职报告 · 笔舟写作",
        date="2025-12-26",
        notes="a writing app's text export with the whole body on one line (paragraphs apart only by their indent); the signature date is the date; an app prompt above and below",
        page="""
!m 笔舟写作 · 公文讲话一键成稿
!t 【年终必备】沚湾海水浴场管理站站长2025年度述职报告
!m 字数 612　｜　被收藏 1.4k 次
!a 打开App，一键替换单位名称和数据
{BODY}
!a 👉 复制全文　👉 导出Word　👉 AI续写
!l 你可能还需要：景区管理处主任述职报告　镇文旅办年度工作总结
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
一年来，我在橹湾镇党委、政府的领导下，带领管理站8名职工，较好地完成了浴场安全管理和经营秩序整治任务。现将履职情况报告如下。
一是抓秩序。推行遮阳伞伞位编号管理，全滩800个伞位全部登记上牌，上线“扫码租伞”，全年游客投诉由上年的47起下降到9起。
二是抓安全。汛期和大风天气实行“一风一收”，累计组织收伞62次；配合救生队开展救援演练4次，全年无溺水死亡事故。
三是抓自身。严格执行廉洁自律各项规定，不接受经营户宴请和礼品。
不足之处是公共遮阳区域偏小，明年将争取增设免费遮阳伞100把。
述职人：邝小舟
2025年12月26日
""",
    ),
]

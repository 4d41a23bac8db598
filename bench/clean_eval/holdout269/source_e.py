"""holdout269, part E: 社区网站, 行业协会, 企业官网, 培训机构, 范文APP (each once as HTML, once as text).
Invented text: counties, towns, people, firms, sites, URLs and phones are made up; see ../README.md
and ../build.py for the markup."""

CASES = [
    dict(
        slug="community-xinpu-notice-old-dresser-collection-scan-html",
        site="新埔社区 (invented, residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.xinpusq.cn/tzgg/2025/0411/208.html",
        title="关于开展旧家具回收日活动的通知",
        record_title="关于开展旧家具回收日活动的通知 - 社区公告栏 - 新埔社区",
        date="2025-04-11",
        notes="a residents' site: a weather line, a grid worker's box with a mobile and a property repair line beside "
        "the notice's own 联系人/电话, scanning a QR code to book as content; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>关于开展旧家具回收日活动的通知 - 社区公告栏 - 新埔社区</title>
<link rel="stylesheet" href="/static/sq.css">
<script src="/static/weather.js"></script>
</head>
<body>
<div class="sq-top">⟦m 新埔社区　荔坪区墟口街道⟧ <span>⟦m 今天 晴转多云 14～23℃ 空气良⟧</span></div>
<div class="sq-nav">⟦m 社区首页　社区公告栏　办事指南　邻里活动　党群服务⟧</div>
<div class="sq-main">
<h2>{T}</h2>
<p class="sq-meta">⟦m 发布人：社区居委会　浏览 366 次⟧</p>
<div class="sq-text">
{BODY}
</div>
<p class="sq-share">⟦l 转给邻居：微信　QQ　复制链接⟧</p>
</div>
<div class="sq-side">
<div class="grid">⟦m 我的网格：第三网格　网格员 胡小军　13874512206⟧</div>
<div class="wy">⟦m 物业报修：0745-2370999（24小时）⟧</div>
<h4>⟦l 近期活动⟧</h4><ul><li>⟦l 端午包粽子邻里节报名开始啦⟧</li><li>⟦l 社区义诊：每月第二个周六上午⟧</li></ul>
</div>
<div class="sq-foot">⟦m 新埔社区居委会　地址：荔坪区新埔路66号　湘ICP备19022730号⟧</div>
</body>
</html>
""",
        p_html="<p>{}</p>",
        body="""
各位居民：
为方便大家处理家中闲置的旧家具，减少楼道堆放，社区联合区再生资源回收站定于4月19日（星期六）开展旧家具回收日活动。现将有关事项通知如下：
一、回收范围：五斗柜、衣柜、床头柜、桌椅等木质家具，沙发、床垫暂不回收。
二、回收方式：居民可扫描社区公告栏上的二维码预约，写明家具种类和数量，回收站工作人员当天上门搬运。
三、温馨提示：五斗柜等柜类家具请提前清空抽屉，拆下的防倒角码请一并交给工作人员。
联系人：社区居委会　林秀娥　电话：0745-2370561
新埔社区居民委员会
2025年4月11日
""",
    ),
    dict(
        slug="community-tangwan-pledge-used-bottles-sorting-follow",
        site="嵣湾社区 (invented, residents' site)",
        style="社区网站",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://tangwan.lpjd.cn/news/2025/0606/77.html",
        title="废旧奶瓶分类投放倡议书",
        record_title="【邻里共倡】废旧奶瓶分类投放倡议书 - 嵣湾社区",
        date="2025-06-05",
        date_also=["2025-06-06"],
        notes="a residents' site as text: following the community's account as content, a numbered pledge, a "
        "property duty line and a volunteer sign-up prompt; 成文日期 and a different posting date",
        page="""
!m 嵣湾社区　邻里一家亲
!m 首页 ＞ 社区动态 ＞ 垃圾分类
!t 【邻里共倡】废旧奶瓶分类投放倡议书
!m 发布于 2025-06-06　社区居委会
{BODY}
!a 想当分类督导志愿者？点此报名
!m 物业值班电话：0745-2381109　社区办公电话：0745-2381100
!l 上一篇：端午节期间垃圾清运时间调整　下一篇：社区“邻里置换角”开张啦
""",
        indent="\u3000\u3000",
        body="""
亲爱的居民朋友们：
社区年轻家庭多，每年换下的旧奶瓶、奶嘴数量不少。有的居民把它们和厨余垃圾混在一起，给分类带来麻烦。为此，社区向大家倡议：
一、玻璃奶瓶、塑料奶瓶洗净晾干后，投放到可回收物桶；
二、硅胶奶嘴、奶瓶刷等投放到其他垃圾桶；
三、完好未用的奶瓶可送到社区“邻里置换角”，留给有需要的家庭。
分类投放有疑问的，可关注“嵣湾社区”公众号，在菜单栏查询分类指南。让我们从一只小小的奶瓶做起，共建整洁美丽的家园！
嵣湾社区居民委员会
2025年6月5日
""",
    ),
    dict(
        slug="association-wuxi-instruments-pledge-muyu-timber-html",
        site="峿溪县民族乐器行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="http://www.wxmzyq.org.cn/xhdt/2024/0819/63.html",
        title="关于规范木鱼用材和产品标识的自律倡议书",
        record_title="〖行规自律〗关于规范木鱼用材和产品标识的自律倡议书_协会要闻_峿溪县民族乐器行业协会",
        date="2024-08-16",
        date_also=["2024-08-19"],
        notes="an association page: member login row and a member hotline; the association's name in the header is "
        "also the signature (matched as head); the posting date differs from the 成文日期",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>〖行规自律〗关于规范木鱼用材和产品标识的自律倡议书_协会要闻_峿溪县民族乐器行业协会</title>
<link rel="stylesheet" href="/skin/xh.css">
<script src="/skin/xh.js"></script>
</head>
<body>
<div class="xh-top"><span>⟦m 峿溪县民族乐器行业协会⟧</span> <span>⟦a 会员登录 ｜ 申请入会⟧</span></div>
<div class="xh-nav">⟦m 首页　协会概况　协会要闻　会员风采　行业标准　联系我们⟧</div>
<div class="xh-loc">⟦m 所在位置：首页 - 协会要闻⟧</div>
<div class="xh-art">
<h1>{T}</h1>
<div class="xh-info">⟦m 发布：秘书处　2024-08-19　点击 203⟧</div>
<div class="xh-body">
{BODY}
</div>
<div class="xh-tool">⟦a 打印本文⟧　⟦a 返回列表⟧</div>
</div>
<div class="xh-side"><h3>⟦l 会员风采⟧</h3><ul><li>⟦l 陈记木鱼作坊：一百一十年的膛口功夫⟧</li><li>⟦l 峨塘二胡厂新品亮相民乐博览会⟧</li></ul></div>
<div class="xh-foot">⟦m 协会秘书处　会员服务热线：0739-4655027　地址：峿溪县岞溪镇古镇街12号⟧</div>
</body>
</html>
""",
        p_html="<p>{}</p>",
        body="""
全县木鱼制作企业和作坊：
近年来，岞溪木鱼名气渐大，订单逐年增加，但也出现了个别作坊使用来源不明的木材、以杂木冒充香樟木、产品不标产地等现象，损害了岞溪木鱼的声誉。为此，协会向全体会员倡议：
一、守法用材。收购木材须索取合法来源凭证，不收购、不使用来历不明的古树和珍贵树种木材。
二、诚信标识。产品如实标注木材种类、尺寸和制作单位，不以次充好，不冒用他人字号。
三、守护品质。严格按照传统工序制作，每只木鱼出厂前试音，音色不合格的不得销售。
让我们共同维护岞溪木鱼这块金字招牌！
峿溪县民族乐器行业协会
2024年8月16日
""",
    ),
    dict(
        slug="association-jichuan-farming-minutes-winnower-census-vote",
        site="嵇川县农耕文化研究会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="other",
        form="text",
        source="http://www.jcngwh.org/hyjy/2024/0708/21.html",
        title="嵇川县农耕文化研究会第三届理事会第四次会议纪要",
        date="2024-07-06",
        notes="record title as is; an association as text: the 时间/地点/主持/参会/记录 lines of the minutes (the "
        "meeting date expected) and a vote count; a member-only prompt and a join-us line",
        page="""
!m 嵇川县农耕文化研究会
!m 首页 ｜ 研究会动态 ｜ 会议纪要 ｜ 农具图谱 ｜ 入会须知
{T}
!m 整理：秘书处　上传：2024-07-08　浏览 88
{BODY}
!a 会员登录后可查看会议附件及表决明细
!w 欢迎热爱农耕文化的朋友加入研究会，入会咨询请致电秘书处 0736-5167312
!m 嵇川县农耕文化研究会　版权所有
""",
        body="""
时间：2024年7月6日上午9:00
地点：嵇川县文化馆二楼会议室
主持：会长　覃长庚
参会：理事十五人，会员代表八人
记录：秘书长　杨柳青
会议审议通过了《全县传统农具普查工作方案》，决定用半年时间对全县现存风谷车、水车、犁耙等传统农具开展普查。会议明确：
一、普查以风谷车为重点，逐架登记制作年代、材质、保存状况和所有人，拍照存档；
二、对保存完好的风谷车，动员所有人参加流动展，研究会给予每架每年二百元保养补助；
三、普查经费从会费和县文旅局专项资金中列支。
表决结果：同意二十二票，反对零票，弃权一票。
""",
    ),
    dict(
        slug="company-roubei-recall-ppsu-bottles-batches-html",
        site="洈源柔贝母婴用品有限公司 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.roubei-baby.com/news/notice/2025012201.html",
        title="关于部分批次PPSU奶瓶主动召回的公告",
        record_title="关于部分批次PPSU奶瓶主动召回的公告 - 品牌资讯 - 柔贝Roubei",
        record_date="2025-01-22",
        date="2025-01-22",
        notes="a company site: the record gives the date; a cookie notice, a service float and a 400 order line beside "
        "the recall's own line; a batches table (one row a paragraph)",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>关于部分批次PPSU奶瓶主动召回的公告 - 品牌资讯 - 柔贝Roubei</title>
<link rel="stylesheet" href="/assets/rb.css">
<script src="/assets/rb.js"></script>
</head>
<body>
<header class="rb-head"><a class="logo" href="/">⟦m 柔贝 Roubei⟧</a><nav>⟦m 首页　产品中心　喂养知识　品牌资讯　售后服务　关于柔贝⟧</nav><a href="/shop">⟦a 官方商城⟧</a></header>
<div class="rb-crumb">⟦m 首页 / 品牌资讯 / 公司公告⟧</div>
<article class="rb-news">
<h1>{T}</h1>
<p class="rb-date">⟦m 2025-01-22　来源：柔贝品质部⟧</p>
<div class="rb-text">
{BODY}
</div>
</article>
<aside class="rb-more"><h4>⟦l 更多资讯⟧</h4><ul><li>⟦l 柔贝新一代防胀气奶嘴上市⟧</li><li>⟦l 如何正确给奶瓶消毒？⟧</li></ul></aside>
<div class="rb-float">⟦w 在线客服⟧ ⟦m 订购热线 400-887-2025⟧</div>
<div class="cookie">⟦d 本站使用Cookie以改善浏览体验，继续浏览即表示您同意我们的隐私政策。⟧ <button>⟦a 我知道了⟧</button></div>
<footer class="rb-foot">⟦m © 2025 洈源柔贝母婴用品有限公司　湘ICP备18027719号-1⟧</footer>
</body>
</html>
""",
        p_html="<p>{}</p>",
        body="""
尊敬的消费者：
我公司在日常质量抽检中发现，部分批次180毫升PPSU奶瓶的刻度印刷在反复高温消毒后可能出现模糊，虽不影响材质安全，但可能导致冲调奶粉时计量不准。为保障宝宝喂养安全，我公司决定主动召回以下批次产品：
产品名称　规格　生产批号
柔贝宽口PPSU奶瓶　180毫升　RB2411A07
柔贝宽口PPSU奶瓶　180毫升　RB2411A08
柔贝宽口PPSU奶瓶　180毫升　RB2412A02
请持有上述批次产品的消费者停止使用，凭瓶底批号到原购买渠道或联系我公司免费更换新品。
召回服务电话：0745-2716655（每天8:30-20:00）
洈源柔贝母婴用品有限公司
2025年1月22日
""",
    ),
    dict(
        slug="company-anju-news-dresser-stability-test",
        site="安居木业 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.anjumuye.com/news/2025/0530/146.html",
        title="安居木业“童趣”系列五斗柜通过防倾倒稳定性测试",
        record_title="安居木业“童趣”系列五斗柜通过防倾倒稳定性测试｜品牌资讯｜安居木业官网",
        date="2025-05-30",
        notes="a company site as text: the company's short name on a line of its own in the header, also in the "
        "body's lead (matched as head); a 发布日期 line (the page's date), a store-finder and a hotline",
        page="""
!m 安居木业
!m 实木家具　用心二十年
!m 首页 | 产品系列 | 门店查询 | 品牌资讯 | 联系我们
{T}
!m 发布日期：2025-05-30　浏览：472
{BODY}
!a 找附近门店 →　在线预约量尺 →
!m 全国服务热线：400-826-5566　洈源市安居木业有限公司
""",
        body="""
近日，安居木业“童趣”系列五斗柜通过第三方检测机构的防倾倒稳定性测试，成为洈源市首批获得该项检测报告的儿童家具产品。
测试中，检测人员在柜体最上层抽屉拉开的状态下施加规定负荷，柜体未发生倾倒。研发部负责人介绍，这一系列在设计上降低了柜体重心，抽屉加装了防拉脱限位器，并随箱配备金属防倒角码。
公司同时推出免费上门固定服务：在洈源市区购买五斗柜的顾客，可预约安装师傅上门将柜体固定在墙上。
公司表示，今后将把防倾倒设计推广到全部柜类产品。
""",
    ),
    dict(
        slug="training-muyi-brochure-bench-weekend-class-html",
        site="木意木工学堂 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.muyimugong.com/kecheng/tiaodeng-zhoumo.html",
        title="榫卯条凳周末班招生简章",
        record_title="【木作入门】榫卯条凳周末班招生简章｜木意木工学堂",
        date=None,
        notes="a training school's brochure: a promo banner, a consult float and a 400 line beside the course's own "
        "报名电话; a timetable table; no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【木作入门】榫卯条凳周末班招生简章｜木意木工学堂</title>
<link rel="stylesheet" href="/css/muyi.css">
<script src="/js/muyi.js"></script>
</head>
<body>
<div class="promo">⟦a 老学员带新学员报名，两人各减一百元⟧</div>
<header>⟦m 木意木工学堂⟧ <nav>⟦m 首页　课程　作品墙　学员故事　到店路线⟧</nav></header>
<main>
<h1>{T}</h1>
<p class="meta">⟦m 课程顾问：小林　已有 326 人咨询⟧</p>
<div class="course">
{BODY}
</div>
<div class="cta"><button>⟦a 马上抢位⟧</button> <button>⟦a 预约试听⟧</button></div>
</main>
<div class="float">⟦w 扫码加课程顾问微信，领取木工入门手册⟧</div>
<footer>⟦m 木意木工学堂　全国加盟热线 400-113-6868　湘ICP备22013397号⟧</footer>
</body>
</html>
""",
        p_html="<p>{}</p>",
        body="""
还记得小时候家里的长条凳吗？不用一颗钉子，只靠榫卯，四条腿稳稳当当。本期周末班，老师傅手把手带你做一条属于自己的条凳。
课程安排：
课次　内容　课时
第一课　认识木料与工具，画线　3小时
第二课　开榫、凿眼　3小时
第三课　组装、打磨、上木蜡油　3小时
课程特色：小班教学，每班最多八人；所用杉木和工具由学堂提供；结课后作品可带回家。
适合人群：十四岁以上、零基础的木工爱好者，亲子家庭可一大一小同报。
报名电话：0736-5139918（周一至周五9:00-18:00）
""",
    ),
    dict(
        slug="training-nuanchao-insight-trainee-bottle-feeding",
        site="暖巢育婴培训学校 (invented)",
        style="培训机构",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.nuanchaoyuying.cn/xueyuan/2025/412.html",
        title="学冲一瓶奶，才知照护细",
        record_title="[结业分享] 学冲一瓶奶，才知照护细 - 暖巢育婴培训学校",
        date=None,
        notes="a trainee's essay on a training school's site as text: a class line, a trial-lesson prompt between "
        "two paragraphs, a consult line and a course ad; no date",
        page="""
!m 暖巢育婴培训学校　育婴师｜保育师｜催乳师
!m 学员风采 › 结业分享
{T}
!m 作者：第27期育婴师班　杨小满
{BODY}
!l 相关课程：育婴师（五级）周末班　保育师证书班
!w 报名咨询：0745-2219006　微信同号
!m 暖巢育婴培训学校　人社部门备案职业培训机构
""",
        body="""
参加育婴师培训的第三周，我们开始学习人工喂养实操。原以为冲奶粉是最简单的事，真正上手才发现处处是学问。
第一次练习，我先放奶粉再加水，被老师当场叫停。老师说，要先按刻度加温水，再按说明放入平勺奶粉，否则浓度就不准。水温也有讲究，滴几滴在手腕内侧，微温不烫才行。
⟦a 想体验真实的育婴实操课？点此预约一节免费试听⟧
喂奶时，奶瓶要倾斜到奶嘴里充满奶液，宝宝才不会吸进空气。喂完后竖抱拍嗝，再把奶瓶拆开清洗消毒。
一个小小的奶瓶，让我明白了照护工作的细致。我会把这些要领记在心里，用在将来的工作中。
""",
    ),
    dict(
        slug="writingapp-kuaishou-script-festival-muyu-h5",
        site="写作快手 app share page (invented)",
        style="范文APP",
        genre="主持词",
        kind="speech",
        form="html",
        source="https://h5.xiezuokuaishou.com/share/fw/50213?from=wx",
        title="峿溪县首届民俗文化节开幕式主持词",
        record_title="峿溪县首届民俗文化节开幕式主持词（可直接用）- 写作快手",
        date=None,
        notes="a writing app's H5 share: an open-app mask, a fold prompt between paragraphs, AI-rewrite and copy "
        "buttons, a member prompt; a host's script without a date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">
<title>峿溪县首届民俗文化节开幕式主持词（可直接用）- 写作快手</title>
<script src="https://h5.xiezuokuaishou.com/static/share.js"></script>
</head>
<body>
<div class="open-app">⟦a 写作快手APP内打开，AI帮你改写成专属稿⟧ <button>⟦a 打开⟧</button></div>
<div class="fw">
<h1>{T}</h1>
<p class="fw-meta">⟦m 主持词 · 文化活动　｜　2.1万人已用⟧</p>
<div class="fw-text">
{BODY}
</div>
<div class="fw-btns"><button>⟦a AI一键改写⟧</button> <button>⟦a 复制全文⟧</button> <button>⟦a 导出文档⟧</button></div>
<p class="fw-vip">⟦a 开通快手会员，每天可改写30篇⟧</p>
</div>
<div class="fw-more"><h3>⟦l 大家还在用⟧</h3><p>⟦l 乡村文化节闭幕式主持词⟧</p><p>⟦l 非遗展演活动串词⟧</p></div>
<footer>⟦m 写作快手 · 你的随身写作助手⟧</footer>
</body>
</html>
""",
        p_html="<p>{}</p>",
        body="""
男：尊敬的各位领导、各位来宾，
女：亲爱的乡亲们、朋友们，
合：大家上午好！
男：金秋时节，稻谷飘香。今天，我们相聚在岞溪古镇，隆重举行峿溪县首届民俗文化节。
女：首先请欣赏开场节目——木鱼合奏《古镇晨钟》，表演者是岞溪镇木鱼制作技艺传承人和他们的学徒。
⟦a 剩余内容已折叠，点击展开⟧
男：一百多只大小不一的木鱼，敲出了古镇的晨与暮，也敲出了手艺人的坚守。
女：下面，有请县委副书记致开幕辞，大家欢迎！
""",
    ),
    dict(
        slug="writingapp-gongwen-report-village-culture-keeper-winnower",
        site="公文妙手 app share page (invented)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://m.gongwenmiaoshou.cn/s/aX91kQ",
        title="村文化管理员2024年度述职报告",
        date="2025-01-08",
        notes="record title as is; a writing app's share as text: an open-app line, a word count, AI buttons and a "
        "member line; the reporter's name and date at the end",
        page="""
!a 打开公文妙手APP，查看完整范文并一键套用
{T}
!m 公文妙手 · 述职报告　字数 412　收藏 96
{BODY}
!a 【AI润色】【换个说法】【复制】
!a 会员可无限次导出Word，首月仅需6元
!m 公文妙手　让写材料不再熬夜
""",
        body="""
2024年，我担任圪梁村文化管理员，负责农家书屋、文化广场和农耕器具陈列室的日常管理。现将一年来的履职情况报告如下。
一、管好陈列室。每周对风谷车等木制农具除尘、通风，雨季前给三架风谷车的转轴上油、给风箱刷桐油，全年藏品没有一件损坏。
二、办好体验活动。和老农王德厚一起开发“摇风谷”体验项目，全年接待研学团队二十七批，被列入县里的研学线路。
三、不足和打算。讲解词还不够生动，明年准备请学校老师帮忙修改，并培养两名年轻讲解员。
述职人：李秀兰
2025年1月8日
""",
    ),
]

"""holdout265, part E: residents' sites, trade associations, companies, training schools, writing apps
and exam forums.

Written by hand, blind (see NOTE.md). Every place, person, firm, site, URL and phone is invented.
"""

CASES = [
    dict(
        slug="community-jianyuan-notice-leaf-sweeping-scan-signin",
        site="籯湖区篯源社区 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jianyuan.yinghu.example.gov.cn/jwgk/2024/1113/305.html",
        title="篯源社区关于组织居民开展秋季落叶清扫志愿活动的通知",
        record_title="【居务快讯】篯源社区关于组织居民开展秋季落叶清扫志愿活动的通知 - 籯湖区篯源社区",
        date="2024-11-12",
        date_also=["2024-11-13"],
        notes="residents' site: a weather line, a grid worker's box with a mobile, property repair and night lines; the committee's own contact and 扫码签到 in the body stay; the page date is a day after the notice's",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>【居务快讯】篯源社区关于组织居民开展秋季落叶清扫志愿活动的通知 - 籯湖区篯源社区</title>
<link rel="stylesheet" href="/css/sq.css">
<script src="/js/weather.js"></script>
</head><body>
<div class="sq-top">⟦m 籯湖区篯源社区⟧ ⟦m 邻里守望　共建家园⟧ ⟦m 今日 晴转多云 9℃～17℃ 东北风2级⟧</div>
<ul class="sq-nav"><li>⟦m 社区首页⟧</li><li>⟦m 居务公开⟧</li><li>⟦m 便民服务⟧</li><li>⟦m 志愿之家⟧</li></ul>
<div class="sq-loc">⟦m 社区首页 › 居务公开 › 通知⟧</div>
<div class="sq-art">
<h2>⟦t 【居务快讯】篯源社区关于组织居民开展秋季落叶清扫志愿活动的通知⟧</h2>
<div class="sq-info">⟦m 发布：2024-11-13 08:05　来源：社区居委会　浏览：422⟧</div>
<div class="sq-con">
<p class="c">{T}</p>
{BODY}
</div>
</div>
<div class="sq-grid"><h4>⟦m 我的网格员⟧</h4><p>⟦m 第3网格　欧阳丽　138 7372 0416⟧</p></div>
<div class="sq-wy"><p>⟦m 物业报修：0737-8812300⟧</p><p>⟦m 夜间应急：0737-8812399⟧</p></div>
<div class="sq-foot">⟦m 籯湖区篯源社区居民委员会　地址：篯源路16号⟧</div>
</body></html>
""",
        body="""
各位居民朋友：
近期小区内银杏、梧桐落叶较多，部分落叶堵塞了雨水口。为营造干净整洁的居住环境，社区决定组织开展秋季落叶清扫志愿活动，现将有关事项通知如下。
一、活动时间：11月16日（星期六）上午8:30至11:00。
二、集合地点：社区党群服务中心门前广场。
三、活动安排：社区统一提供竹耙、竹扫帚和垃圾袋，志愿者按楼栋分为6个小组，重点清扫绿化带和雨水口周边的落叶。
四、参加活动的居民请在集合点扫码签到，每次服务计入志愿服务时长2小时。
联系人：社区居委会　乔美娟　电话：0737-8812046
籯湖区篯源社区居民委员会
2024年11月12日
""",
    ),
    dict(
        slug="community-qingyuan-pledge-windproof-headscarves",
        site="綮园社区网 (invented)",
        style="社区网站",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://www.qingyuansq.example.org/sqdt/2024/1128/97.html",
        title="给环卫工人送一条防风头巾——綮园社区冬季暖心倡议书",
        record_title="给环卫工人送一条防风头巾——綮园社区冬季暖心倡议书_社区动态_綮园社区网",
        date="2024-11-28",
        notes="residents' site as text: a convenience-line box, a volunteer sign-up prompt between two paragraphs; 转发分享 as content stays; date under the signature",
        page="""
!m 綮园社区网　｜　綮园人的网上家园
!m 社区动态 > 公益活动
{T}
!m 2024-11-28　｜　编辑：社区办　｜　👁 267
{BODY}
!l 分享到邻里群　｜　复制链接
!m 便民热线：水电维修 0737-8807721　家政服务 0737-8807722
!m 綮园社区网由綮园社区居民委员会维护
""",
        indent="\u3000\u3000",
        body="""
亲爱的綮园社区居民朋友们：
寒冬将至，每天凌晨四点，环卫工人就已经在街巷里清扫了。北风一吹，他们的耳朵和脸颊冻得通红。为了让他们干活时暖和一些，社区居委会向全体居民发出倡议：
一、捐一条头巾。可以捐赠新的或九成新以上的围巾、头巾、护耳帽，请洗净后送到社区服务站。
⟦a 想当社区志愿者？点这里在线登记⟧
二、织一条头巾。会编织的居民可以到社区领取毛线，每织好一条头巾，社区计志愿服务时长3小时。
三、道一声辛苦。遇到环卫工人，请给他们一个微笑，说一声“辛苦了”。
请大家把这份倡议转发分享给身边的亲友，捐赠活动截至12月20日。
綮园社区居民委员会
2024年11月28日
""",
    ),
    dict(
        slug="association-langchuan-watch-minutes-vote-member-login",
        site="榔川市钟表行业协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://www.lczbxh.example.org.cn/xhdt/2024/0618/133.html",
        title="榔川市钟表行业协会三届二次理事会会议纪要",
        record_title="〖协会纪要〗榔川市钟表行业协会三届二次理事会会议纪要 - 榔川钟表协会",
        date="2024-06-14",
        date_also=["2024-06-18"],
        notes="association site: a member-login row, a member hotline, a join prompt; the minutes' 时间/地点/主持/出席/列席/记录 lines and a vote count stay; the 时间 line gives the date, the page's a later one",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>〖协会纪要〗榔川市钟表行业协会三届二次理事会会议纪要 - 榔川钟表协会</title>
<link rel="stylesheet" href="/style/xh.css">
<script src="/js/xh.js"></script>
</head><body>
<div class="xh-top">⟦a 会员单位登录⟧ ⟦a 忘记密码⟧ ⟦a 申请入会⟧</div>
<div class="xh-logo">⟦m 榔川市钟表行业协会⟧</div>
<ul class="xh-nav"><li>⟦m 协会首页⟧</li><li>⟦m 协会动态⟧</li><li>⟦m 行业标准⟧</li><li>⟦m 会员风采⟧</li><li>⟦m 维修网点⟧</li></ul>
<div class="xh-pos">⟦m 协会首页 &gt; 协会动态 &gt; 会议纪要⟧</div>
<div class="xh-art">
<h1>{T}</h1>
<div class="xh-info">⟦m 秘书处　2024-06-18　浏览 156 次⟧</div>
<div class="xh-con">
{BODY}
</div>
</div>
<div class="xh-side"><h4>⟦l 往期纪要⟧</h4><ul><li>⟦l 三届一次理事会会议纪要⟧</li><li>⟦l 2023年会员大会纪要⟧</li></ul>
<p>⟦w 会员服务专线：0737-8858026⟧</p></div>
<div class="xh-foot">⟦m 榔川市钟表行业协会秘书处　湘ICP备18044103号⟧</div>
</body></html>
""",
        body="""
时间：2024年6月14日上午9:30
地点：协会会议室
主持：会长　欧阳瑾
出席：理事27人（应到31人）
列席：监事会成员3人
记录：秘书处　甘露
会议审议并通过了以下事项：
一、审议通过《榔川市怀表维修服务规范（试行）》。规范明确了怀表维修前须开具检测单、写明故障和报价，更换零件须保留旧件交还顾客，维修后保修期不少于6个月。表决结果：同意26票，反对0票，弃权1票。
二、同意吸收时匠钟表培训学校等3家单位为会员单位。
三、决定于9月举办第二届“老怀表义修日”活动，由秘书处牵头制定方案。
""",
    ),
    dict(
        slug="association-dangshan-pledge-camphor-furniture-signature-head",
        site="欓山县樟木家具行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.dszmjj.example.org/xhgg/2024/0520/41.html",
        title="欓山县樟木家具行业诚信经营倡议书",
        date="2024-05-20",
        notes="record title as is; the association's name at the top is also the signature (matched as head); a join-the-association line and a complaint hotline of the site; date under the signature",
        page="""
!m 欓山县樟木家具行业协会
!m 首页 ｜ 协会公告 ｜ 会员名录 ｜ 入会须知
{T}
!m 发布人：协会秘书处　｜　阅读次数：389
{BODY}
!a 欢迎樟木家具企业申请入会，入会申请表请到“入会须知”栏目获取
!m 协会投诉受理：0736-7452201　邮箱：xiehui@dszmjj.example.org
!m 版权所有 © 欓山县樟木家具行业协会
""",
        indent="\u3000\u3000",
        body="""
全县樟木家具生产经营企业和从业人员：
樟木箱是我县的传统名优产品。近年来，个别商家以杂木贴樟木皮冒充整料樟木箱，用樟脑油浸泡普通木材以假乱真，损害了消费者利益，也砸了欓山樟木箱的牌子。为此，协会向全行业发出如下倡议：
一、诚信用料。整板樟木箱必须使用整板樟木，拼板、贴皮产品要如实标明。
二、明码标价。在产品标签上注明木材种类、产地和工艺，不虚标、不夸大。
三、守好质量。严格控制板材含水率，做好防裂、防霉处理。
四、接受监督。欢迎消费者和社会各界监督，发现以假充真的，请向协会投诉。
欓山县樟木家具行业协会
2024年5月20日
""",
    ),
    dict(
        slug="company-zhangxiang-recall-storage-chests-batches-cookie",
        site="樟乡木作 (invented company)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.zhangxiangmuzuo.example.com/news/notice/2024-12-03-recall.html",
        title="关于召回部分批次樟木收纳箱的公告",
        record_title="官网公告 » 关于召回部分批次樟木收纳箱的公告 - 樟乡木作",
        record_date="2024-12-03",
        date="2024-12-03",
        notes="company site: a cookie notice, a service float, a 400 order line beside the recall line in the body; recalled batches one row a paragraph; the record gives the date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>官网公告 » 关于召回部分批次樟木收纳箱的公告 - 樟乡木作</title>
<link rel="stylesheet" href="/assets/site.css">
<script src="/assets/site.js" defer></script>
</head><body>
<header><a class="brand">⟦m 樟乡木作⟧</a><nav>⟦m 品牌故事　全部产品　定制服务　新闻中心　门店查询⟧</nav><a class="buy">⟦a 官方商城⟧</a></header>
<div class="crumb">⟦m 首页 » 新闻中心 » 公司公告⟧</div>
<article class="news">
<h1>{T}</h1>
<p class="date">⟦m 2024.12.03　樟乡木作品牌部⟧</p>
<div class="news-body">
{BODY}
</div>
<div class="news-nav">⟦l ‹ 上一则：樟乡木作荣获“欓山好物”称号⟧　⟦l 下一则：冬季樟木家具保养小贴士 ›⟧</div>
</article>
<div class="float-kf">⟦w 在线客服⟧ ⟦w 订购热线 400-808-5516⟧</div>
<div class="cookie-bar">⟦d 本网站使用Cookie以改善浏览体验，继续浏览即表示您同意我们的Cookie政策。⟧ <button>⟦a 我知道了⟧</button></div>
<footer>⟦m © 2024 欓山樟乡木作有限公司　湘ICP备21008893号⟧</footer>
</body></html>
""",
        body="""
近日，我公司在质量回访中发现，2024年9月生产的部分批次樟木收纳箱，箱盖合页螺钉长度不符合设计要求，长期开合后可能松脱，存在箱盖掉落夹手的风险。为保障消费者安全，公司决定主动召回上述产品。
召回范围如下：
产品型号　生产批次　数量（只）
ZX-40小号收纳箱　20240905　620
ZX-60中号收纳箱　20240912　480
ZX-60中号收纳箱　20240919　355
消费者可查看箱底标签上的批次号，属于召回范围的，请停止使用并联系我公司，我们将免费上门更换合页，或办理退货退款。
召回专线：0736-7450318（工作日8:30—17:30）
欓山樟乡木作有限公司
2024年12月3日
""",
    ),
    dict(
        slug="company-shuiyun-brochure-silk-headscarves-text",
        site="帨云服饰官网 (invented company)",
        style="企业官网",
        genre="产品介绍",
        kind="other",
        form="text",
        source="https://www.shuiyunfs.example.com/products/tihua-toujin.html",
        title="帨云蚕丝提花头巾系列介绍",
        record_title="帨云春季新品｜帨云蚕丝提花头巾系列介绍 - 帨云服饰官网",
        date=None,
        notes="company site as text: a buy-now row, a shop-finder line and a customer-service line; a numbered list of colours; a brochure with no date",
        page="""
!m 帨云服饰 SHUIYUN
!m 首页 / 新品 / 头巾
!t 帨云春季新品｜帨云蚕丝提花头巾系列介绍
{BODY}
!a 立即选购　｜　加入心愿单　｜　查看尺码表
!m 全国门店查询请拨 400-771-3620
!d 图片颜色因显示器不同可能略有差异，请以实物为准。
!m © 榔川帨云服饰有限公司
""",
        body="""
帨云蚕丝提花头巾系列选用桑蚕丝与棉混纺面料，手感柔软，透气不闷头，适合春秋两季佩戴。
本系列共有四款花色：
1.青瓷：淡青色底，提花缠枝纹，适合通勤搭配；
2.暮山：灰紫色底，远山纹样，沉稳大方；
3.榴红：石榴红底，团花纹样，适合节日和长辈佩戴；
4.素月：米白色底，暗纹提花，百搭。
每款头巾尺寸为90厘米×90厘米，可系成三角巾、发带或披肩。面料经过防缩水处理，建议冷水手洗，阴凉处晾干，不可暴晒。
""",
    ),
    dict(
        slug="training-shijiang-brochure-watch-repair-course-table",
        site="时匠钟表培训学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.shijiangpx.example.com/course/huaibiao-rumen.html",
        title="怀表维修入门周末班招生简章",
        record_title="【暑期新班】怀表维修入门周末班招生简章（一期只收10人）- 时匠钟表培训学校",
        date=None,
        notes="training school: a promo banner, a consult float with a 400 line, a trial-lesson prompt between paragraphs; a course table one row a paragraph and the school's own 报名电话 stay; no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>【暑期新班】怀表维修入门周末班招生简章（一期只收10人）- 时匠钟表培训学校</title>
<link rel="stylesheet" href="/css/px.css">
<script src="/js/kf53.js"></script>
</head><body>
<div class="promo">⟦a 暑期报名立减200元，老学员推荐再送工具包！⟧</div>
<div class="px-head">⟦m 时匠钟表培训学校⟧ ⟦m 一技在手　时光在握⟧</div>
<ul class="px-nav"><li>⟦m 首页⟧</li><li>⟦m 课程中心⟧</li><li>⟦m 师资力量⟧</li><li>⟦m 学员作品⟧</li><li>⟦m 报名咨询⟧</li></ul>
<div class="px-pos">⟦m 课程中心 / 入门课程⟧</div>
<div class="px-art">
<h1>⟦t 【暑期新班】怀表维修入门周末班招生简章（一期只收10人）⟧</h1>
<div class="px-con">
<h2>{T}</h2>
{BODY}
</div>
</div>
<div class="px-float">⟦w 课程顾问在线⟧<br>⟦w 全国招生热线 400-869-0755⟧</div>
<div class="px-foot">⟦m 时匠钟表培训学校　办学许可证号：教民143012070000312号⟧</div>
</body></html>
""",
        body="""
想亲手拆开一块怀表，看懂里面的齿轮是怎样走动的吗？时匠钟表培训学校怀表维修入门周末班开始报名了。
一、课程安排
课次　内容　课时
第1课　怀表结构与工具认识　3
第2课　拆解与清洗　3
第3课　组装与上油　3
第4课　走时调校与常见故障　3
⟦a 先来听一节免费试听课，点此预约⟧
二、招生对象：年满16周岁、对钟表维修有兴趣的学员，零基础可学。
三、上课时间：每周六下午2:00至5:00，共四周。
四、学费：1680元，含练习用怀表机芯一枚和全套工具，结业后工具归学员所有。
报名地址：榔川市籯湖区钟楼街18号三楼
报名电话：0737-8890716
""",
    ),
    dict(
        slug="training-zhuyun-insight-creel-camp-student-title-decor",
        site="竹韵研学营 (invented)",
        style="培训机构",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://www.zhuyunyanxue.example.cn/xueyuan/2024/56.html",
        title="编一只鱼篓，学会慢下来",
        record_title="【研学小记】编一只鱼篓，学会慢下来｜竹韵研学营",
        date=None,
        notes="training camp as text: a camp slogan, the student's class line (neutral), a sign-up prompt and a camp hotline; a child's insight with no date",
        page="""
!m 竹韵研学营 · 在竹林里长大
!m 首页 > 学员心声
!t 【研学小记】编一只鱼篓，学会慢下来
五年级　邝小米
{BODY}
!a 2025暑期“竹编鱼篓”三日营火热报名中，名额有限，先到先得
!w 报名咨询：0736-7469958（竹韵研学营营地）
!l 更多学员心声：我在竹林里住了三天
""",
        indent="\u3000\u3000",
        body="""
暑假里，妈妈给我报了竹韵研学营的“竹编鱼篓”三日营。出发前我以为编鱼篓很简单，不就是把竹篾绕来绕去吗？
第一天，老师先让我们认识竹子，学着把竹篾刮光滑。我刮了一上午，手指被竹刺扎了两下，才刮好二十根。
第二天开始起底。老师说底是鱼篓的根，要压得紧、排得匀。我的底歪了三次，每次都得拆掉重来。旁边的同学编得比我快，我急得差点哭了。
第三天收口的时候，我终于明白了老师那句话：竹编急不得，一根一根来，鱼篓自己就成形了。拿着自己编的小鱼篓，我觉得它比任何玩具都珍贵。
""",
    ),
    dict(
        slug="writingapp-bisu-speech-fire-prevention-rakes-h5",
        site="笔速写作 (invented writing app, H5 share page)",
        style="范文APP",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://h5.bisuxiezuo.example.com/share/article?id=6f21c8&from=wx",
        title="在全县秋冬护林防火暨落叶清扫行动动员会上的讲话",
        record_title="在全县秋冬护林防火暨落叶清扫行动动员会上的讲话（高分示范稿）- 笔速写作",
        date="2024-10-30",
        notes="writing app H5 share: an open-app mask, a fold with an 'open the app to read on' prompt, AI rewrite/expand buttons; the speaker line and the date under the title are neutral",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>在全县秋冬护林防火暨落叶清扫行动动员会上的讲话（高分示范稿）- 笔速写作</title>
<link rel="stylesheet" href="https://h5.bisuxiezuo.example.com/static/share.css">
<script src="https://h5.bisuxiezuo.example.com/static/openapp.js"></script>
</head><body>
<div class="open-mask">⟦a 打开笔速写作APP，一键生成同类讲话稿⟧ <button>⟦a 立即打开⟧</button></div>
<div class="app-bar">⟦m 笔速写作⟧ ⟦m 下笔快人一步⟧</div>
<div class="art">
<h1>⟦t 在全县秋冬护林防火暨落叶清扫行动动员会上的讲话（高分示范稿）⟧</h1>
<div class="art-meta">⟦m 笔速精选　｜　1.6万人读过⟧</div>
<div class="ai-tools">⟦a AI改写⟧ ⟦a AI扩写⟧ ⟦a 换个说法⟧</div>
<div class="art-body">
<p class="c">{T}</p>
<p class="c">欓山县人民政府副县长　郎伯勋</p>
<p class="c">（2024年10月30日）</p>
{BODY}
</div>
<div class="fold">⟦a 余下内容已折叠，打开APP阅读全文并免费导出⟧</div>
</div>
<div class="rec"><h4>⟦l 同类范文⟧</h4><p>⟦l 森林防火工作会议讲话（乡镇版）⟧</p><p>⟦l 秋冬季防火动员部署会主持词⟧</p></div>
<div class="foot">⟦m 笔速写作 v5.2.1　京ICP备23014477号-5A⟧</div>
</body></html>
""",
        body="""
同志们：
今天召开这次动员会，主要是部署今冬明春护林防火和林下落叶清扫工作。
我县森林覆盖率达到68%，林下枯枝落叶多，一旦起火，后果不堪设想。过去不少群众习惯把落叶一烧了之，这是引发山火的重要隐患。今年，县里决定在全县开展落叶清扫行动，用竹耙代替火把，把落叶收起来、沤成肥。
下面我强调三点：第一，各乡镇要把竹耙发到户，县财政已安排专项资金采购竹耙两万把，11月10日前要全部发放到位；第二，各村要设立落叶收集点，安排专人清运；第三，林业、应急部门要加强巡查，发现野外用火，坚决制止、依法处理。
同志们，护林防火责任重于泰山。希望大家迅速行动起来，确保全县不发生森林火灾！
""",
    ),
    dict(
        slug="writingapp-gongwenxiazi-report-culture-station-cn-date",
        site="公文匣子 (invented writing app)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://m.gongwenxiazi.example.com/s/9Lq2xT",
        title="篊湾镇文化站站长2024年度述职报告",
        record_title="篊湾镇文化站站长2024年度述职报告（照抄改名即可）| 公文匣子APP",
        date="2025-01-06",
        notes="writing app share as text: an AI-polish button glued after a 。, a copy-lock line, an app-download bar; the 述职 date in Chinese numerals",
        page="""
!m 公文匣子 · 你的随身公文库
!t 篊湾镇文化站站长2024年度述职报告（照抄改名即可）
!m 匣子精选　｜　收藏 382　｜　3 天前更新
{BODY}
!a 复制全文需开通匣子会员，当前仅可阅读
!a 下载公文匣子APP，5万篇范文随身带
!l 相关推荐：乡镇文化站工作总结　｜　文化站站长个人述职
""",
        indent="\u3000\u3000",
        body="""
2024年，我在镇党委、政府的领导下，围绕“文化惠民、非遗传承”开展工作，现将履职情况报告如下。
一、抓非遗传承。协助篊湾竹编鱼篓技艺申报市级非遗代表性项目，为11位老艺人录制技艺影像，在镇文化站建成竹编鱼篓展示室，全年接待参观群众和研学学生4200余人次。⟦a ✦AI润色本段⟧
二、抓群众文化。组织“渔乡之夜”广场文艺演出8场，开展竹编鱼篓进校园活动16次。
三、抓自身建设。认真学习业务知识，严格遵守廉洁纪律，没有违规违纪行为。
工作中也存在不足：文化站专职人员少，活动的吸引力还不够强。新的一年，我将继续努力，把篊湾的鱼篓文化推向更大舞台。
述职人：篊湾镇文化站站长　阙晓梅
二〇二五年一月六日
""",
    ),
    dict(
        slug="examforum-shangan-interview-camphor-chest-jammer",
        site="上岸研习社 (invented exam forum)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="html",
        source="https://bbs.shanganyxs.example.com/thread-77103-1-1.html",
        title="“老手艺就像樟木箱，该进博物馆了”，你怎么看？",
        record_title="〔面试回忆题〕“老手艺就像樟木箱，该进博物馆了”，你怎么看？（内附思路导图）- 面试交流 - 上岸研习社",
        date=None,
        notes="exam forum: a reply-to-see prompt, a rating row, a QQ-group ad and jammer-font junk; an interview answer with no date (posted 5 天前)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>〔面试回忆题〕“老手艺就像樟木箱，该进博物馆了”，你怎么看？（内附思路导图）- 面试交流 - 上岸研习社</title>
<style>.jammer{font-size:0;color:transparent}</style>
<script src="static/js/forum.js"></script>
</head><body>
<div id="hd">⟦m 上岸研习社⟧ ⟦m 备考路上，研习同行⟧ <a>⟦a 登录⟧</a> <a>⟦a 立即注册⟧</a></div>
<div id="pt">⟦m 上岸研习社 › 面试专区 › 面试交流⟧</div>
<div class="pls"><p>⟦m 一战上岸的阿禾⟧</p><p>⟦m 研习生　积分 1388⟧</p></div>
<div class="plc">
<h1>⟦t 〔面试回忆题〕“老手艺就像樟木箱，该进博物馆了”，你怎么看？（内附思路导图）⟧</h1>
<div class="authi">⟦m 发表于 5 天前　|　只看该作者⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="locked">⟦a 本帖附有答题思路导图，回复后可见⟧</div>
<div class="rate">⟦l 评分　参与人数 12　研币 +36　理由：思路清晰⟧</div>
</div>
<div class="ad">⟦w 面试互助群：QQ 715902366，进群领历年真题⟧</div>
<div id="ft">⟦m 上岸研习社 © 2024　鄂ICP备22004718号⟧</div>
</body></html>
""",
        junk=dict(lines=1, glued=2),
        body="""
题目：有人说，老手艺就像樟木箱，好看但不实用，该进博物馆了。对此你怎么看？
我的作答：
这种说法我不完全认同。樟木箱确实不如塑料收纳箱轻便便宜，但它防虫、耐用，还承载着一个家庭几代人的记忆；老手艺也是一样，它的价值不只在实用，还在文化传承。
当然，这种说法也提醒我们，老手艺如果不和现代生活结合，就只能摆进博物馆。像欓山的樟木箱作坊，开发了书箱、首饰盒等小件，在网上卖得很好。
如果我是文化部门的工作人员，我会做好三件事：一是摸清家底，为老艺人建档；二是搭建平台，推动老手艺进校园、进景区、上电商；三是培养传人，让年轻人愿意学、学得会、靠手艺挣得到钱。
""",
    ),
    dict(
        slug="examforum-kaogong-shenlun-bamboo-rake-junk-text",
        site="考公小筑 (invented exam forum)",
        style="公考论坛",
        genre="申论文章",
        kind="other",
        form="text",
        source="http://www.kaogongxiaozhu.example.net/t/31560.html",
        title="一把竹耙扫出的乡村新风",
        record_title="[申论随手练] 一把竹耙扫出的乡村新风（求各位前辈拍砖）- 申论交流 - 考公小筑",
        date=None,
        notes="exam forum as text: junk lines and junk glued after 。, a poster's level line with 前天, a reviewer's reply under the post; a 申论 essay, no date",
        page="""
!m 考公小筑 » 申论交流
!t [申论随手练] 一把竹耙扫出的乡村新风（求各位前辈拍砖）
!m 楼主：备考第二年　｜　筑龄 Lv.4　｜　前天 23:08
{BODY}
!l 2楼　申论阅卷人老白：立意可以，分论点再具体些，能打到28分左右
!l 3楼　冲刺上岸：马住，明天来学习
!a 登录后可回复本帖并查看批改记录
!m 考公小筑　｜　小黑屋　｜　手机版
""",
        junk=dict(lines=1, glued=3),
        body="""
在欓山县的一些村子里，清晨总能看到村民拿着竹耙清扫房前屋后的落叶。过去，这些落叶要么一把火烧掉，要么任其堆积腐烂；如今，它们被竹耙收拢、堆沤成肥，又回到了田里。
一把竹耙，扫出的是环境之变。落叶不再焚烧，山火隐患少了，空气也清新了。
一把竹耙，扫出的是观念之变。从“一烧了之”到“变废为宝”，村民们逐渐认识到，保护生态和发展生产并不矛盾。
一把竹耙，扫出的是治理之变。村里把落叶清扫纳入积分制管理，清扫多的农户可以用积分兑换生活用品，群众参与的积极性明显提高。
乡村振兴，既要有大项目，也要有这样的小抓手。用好一把竹耙，就是用好群众身边的治理智慧。
""",
    ),
]

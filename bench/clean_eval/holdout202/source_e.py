"""holdout202, part E: residents' sites, trade associations, company sites, training schools,
writing apps and exam forums. Every page, place, person, firm, site, URL and number here is
invented; see ../README.md and ../build.py for the markup. Written by hand, one case at a time."""

CASES = [
    dict(
        slug="community-suianli-notice-dehumidifier-lending",
        site="绥安里社区网 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://suianli.zhuxi-sq.example.cn/jwgk/2025/0304/77.html",
        title="关于回南天期间为辖区独居老人免费借用除湿机的通知",
        record_title="【社区居务】关于回南天期间为辖区独居老人免费借用除湿机的通知 - 绥安里社区",
        date="2025-03-04",
        notes="a residents' site: a weather line with humidity, a grid worker's box with a mobile number, a property repair line beside the community's own 咨询电话 in the body; scanning a QR code and following the community account are content",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【社区居务】关于回南天期间为辖区独居老人免费借用除湿机的通知 - 绥安里社区</title>
<script src="/js/sq.js"></script>
</head><body>
<div class="sq-top"><span>⟦m 纻溪县绥安里社区⟧</span><span>⟦m 今天 小雨 14～17℃ 湿度96%⟧</span></div>
<ul class="sq-nav"><li>⟦m 社区首页⟧</li><li>⟦m 居务公开⟧</li><li>⟦m 便民服务⟧</li><li>⟦m 志愿者之家⟧</li><li>⟦m 平安社区⟧</li></ul>
<div class="sq-path">⟦m 社区首页 / 居务公开⟧</div>
<div class="sq-art"><h1>{T}</h1>
<p class="sq-meta">⟦m 发布：社区居委会　2025-03-04　阅读 286⟧</p>
<div class="sq-txt">
{BODY}
</div></div>
<div class="sq-side">
<div class="grid"><h4>⟦m 我的网格员⟧</h4><p>⟦w 第三网格　陶丽华　13807365142⟧</p></div>
<div class="wy"><p>⟦m 物业报修：0736-7725999（8:00-20:00）⟧</p><p>⟦m 夜间应急：0736-7725990⟧</p></div>
<div class="hot"><h4>⟦l 社区动态⟧</h4><p>⟦l 绥安里社区开展防范电信诈骗宣传⟧</p><p>⟦l 元宵节猜灯谜活动圆满举行⟧</p></div></div>
<div class="sq-foot">⟦m 绥安里社区居民委员会　地址：纻溪县绥安路36号⟧</div>
</body></html>
""",
        body="""
各位居民：
近期天气潮湿，回南天持续时间较长。为帮助辖区独居、高龄老人度过潮湿天气，社区居委会联合辖区爱心企业，准备了除湿机十五台，免费借给有需要的老人使用。现将有关事项通知如下：
一、借用对象：辖区内七十周岁以上独居老人，或家中有行动不便人员的困难家庭。
二、借用办法：老人或家属可到社区服务站登记，也可扫描服务站门口的二维码，或关注“绥安里社区”公众号在线登记，网格员将在两天内送机上门，并教会老人使用。
三、借用期限：一般不超过一个月，天气好转后由网格员上门收回。
四、使用提醒：除湿机水箱满后会自动停机，请及时倒水；外出时请关闭电源。
咨询电话：社区服务站　0736-7725146
绥安里社区居民委员会
2025年3月4日
""",
    ),
    dict(
        slug="community-zhenyuan-notice-range-hood-free-cleaning",
        site="缜园社区网 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.zhenyuansq.example.cn/gonggao/2025/1030/412.html",
        title="关于开展居民厨房油烟机免费清洗活动的通知",
        date="2025-10-30",
        notes="record title as is; a residents' page in text: the community's own 社区电话 in the body beside the property's 24-hour duty line; the signature date",
        page="""
!m 缜园社区网 · 邻里一家亲
!m 首页 > 社区公告
{T}
!m 发布人：社区办公室　时间：2025-10-30　阅读 412
{BODY}
!m 物业24小时值班：0731-8827000
!l 往期公告：关于开展冬季消防安全检查的通知
!m 缜园社区居民委员会 主办
""",
        body="""
各位居民朋友：
为消除厨房火灾隐患，缜园社区联合辖区物业公司、共建单位，开展居民厨房油烟机免费清洗活动。现将有关事项通知如下：
一、服务对象：辖区内六十五周岁以上老人家庭、残疾人家庭和低保家庭，每户限清洗一台。
二、服务时间：2025年11月8日至11月30日，每周六、周日上午。
三、报名方式：请于11月5日前到社区服务站报名，或拨打社区电话预约，工作人员将电话确认上门时间。
四、注意事项：清洗前请将灶台物品收好；清洗人员均佩戴工作证，不收取任何费用，不推销任何产品。如有人借机收费，请立即拨打社区电话核实。
社区电话：0731-8827340
缜园社区居民委员会
2025年10月30日
""",
    ),
    dict(
        slug="association-xiaoyang-instruments-minutes-metronome-standard",
        site="绡阳市乐器行业协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://www.xyyqxh.example.org.cn/xhdt/2025/0826/63.html",
        title="绡阳市乐器行业协会三届五次理事会会议纪要",
        record_title="绡阳市乐器行业协会三届五次理事会会议纪要_协会动态_绡阳市乐器行业协会",
        date="2025-08-22",
        date_also=["2025-08-26"],
        notes="an association site with a member-login row: the 时间/地点/主持/出席/记录 lines of minutes (the 时间 line is the date, the page's posting date differs), a vote count; the association's name is also the secretariat's signature (head match)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>绡阳市乐器行业协会三届五次理事会会议纪要_协会动态_绡阳市乐器行业协会</title>
<script src="/res/xh.js"></script>
</head><body>
<div class="xh-top"><a>⟦a 会员单位登录⟧</a> <a>⟦a 申请入会⟧</a> <a>⟦a 联系秘书处⟧</a></div>
<div class="xh-logo"><h2>⟦m 绡阳市乐器行业协会⟧</h2></div>
<ul class="xh-nav"><li>⟦m 首页⟧</li><li>⟦m 协会概况⟧</li><li>⟦m 协会动态⟧</li><li>⟦m 行业标准⟧</li><li>⟦m 会员风采⟧</li></ul>
<div class="xh-crumb">⟦m 您在这里：首页 / 协会动态⟧</div>
<div class="xh-art"><h1>{T}</h1>
<div class="xh-meta">⟦m 发布日期：2025-08-26　来源：秘书处⟧</div>
<div class="xh-body">
{BODY}
</div>
<div class="xh-att">⟦a 下载：节拍器产品团体标准征求意见稿.pdf⟧</div></div>
<div class="xh-foot"><p>⟦m 协会会员服务热线：0735-2271066⟧</p><p>⟦m 版权所有：绡阳市乐器行业协会秘书处　湘ICP备20005561号⟧</p></div>
</body></html>
""",
        body="""
时间：2025年8月22日上午
地点：协会会议室
主持：会长　乔守仁
出席：理事十九人（应到二十一人）
记录：秘书处　沈佳
会议审议并通过了以下事项：
一、审议通过《节拍器产品团体标准（征求意见稿）》。该标准对机械节拍器的走时误差、电子节拍器的音量和速度范围作出规定，会后向会员单位和社会公开征求意见。
二、同意吸收缂川县知音琴行等三家单位为协会会员。
三、决定于11月在绡阳举办第二届乐器展销会，由秘书处牵头筹备。
表决结果：以上事项均以十九票同意、零票反对、零票弃权通过。
绡阳市乐器行业协会
""",
    ),
    dict(
        slug="association-zhuxi-sports-goods-pledge-goggle-labels",
        site="纻溪县体育用品行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.zxtyyp.example.org/hyzl/2025/0610/28.html",
        title="关于规范泳镜产品标识和说明的倡议书",
        record_title="【诚信经营倡议】关于规范泳镜产品标识和说明的倡议书-纻溪县体育用品行业协会",
        date="2025-06-09",
        date_also=["2025-06-10"],
        notes="an association's pledge in text: a member-login row; the association's name is also the signature (head match); a member service line; the 成文日期 in Chinese numerals, posted a day later; sharing the pledge is content",
        page="""
!m 纻溪县体育用品行业协会
!a 会员登录 | 入会申请 | 联系我们
!m 首页 » 行业自律
!t 【诚信经营倡议】关于规范泳镜产品标识和说明的倡议书
!m 发布：秘书处　2025-06-10
{BODY}
!m 协会会员服务专线：0736-7739008
!l 上一篇：协会召开2025年会员大会
!m 纻溪县体育用品行业协会 版权所有
""",
        body="""
全县体育用品生产和销售企业：
泳镜是游泳爱好者的必备用品，质量好坏直接关系到使用者的眼部安全。近期，协会在走访中发现，部分泳镜产品存在未标注适用年龄、度数泳镜未标明度数、防雾和防紫外线功能夸大宣传等问题。为此，协会向全县会员企业发出如下倡议：
一、如实标注。泳镜包装应标明生产企业、适用人群和镜片材质，度数泳镜须逐副标明度数。
二、诚信宣传。不夸大防雾、防紫外线效果，不使用“医用”“护眼”等误导性用语。
三、做好提示。儿童泳镜应在显著位置提示须在成人监护下使用。
请各企业将本倡议书分享到员工群和销售门店，共同维护行业信誉。
纻溪县体育用品行业协会
二〇二五年六月九日
""",
    ),
    dict(
        slug="company-fenghe-recall-side-draft-hoods-batches",
        site="风和厨电 (invented company site)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.fenghe-kitchen.example.com/news/notice/20250916.html",
        title="风和厨电关于召回部分型号侧吸式吸油烟机的公告",
        record_title="公司公告 › 风和厨电关于召回部分型号侧吸式吸油烟机的公告 - 风和厨电",
        record_date="2025-09-16",
        date="2025-09-16",
        notes="a company site with a cookie notice and a service float: a recall with its batches table one row a paragraph, a recall line in the body beside the site's 400 order line; the brand name, also inside the body, stands in the header (head match); a dotted company date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>公司公告 › 风和厨电关于召回部分型号侧吸式吸油烟机的公告 - 风和厨电</title>
<script src="/assets/site.min.js" defer></script>
</head><body>
<header><a class="brand">⟦m 风和厨电⟧</a>
<nav>⟦m 产品中心　服务支持　新闻中心　关于风和　加入我们⟧</nav>
<span class="hot">⟦m 全国订购热线 400-887-6600⟧</span></header>
<div class="crumb">⟦m 首页 › 新闻中心 › 公司公告⟧</div>
<main><h1>{T}</h1>
<p class="date">⟦m 2025.09.16⟧</p>
<section class="news-body">
{BODY}
</section>
<div class="news-pn">⟦l 上一条：风和厨电亮相第二十届中国厨电博览会⟧</div></main>
<div class="kefu">⟦w 在线客服⟧<br>⟦w 售后服务⟧</div>
<div class="cookie">⟦d 本站使用Cookie改善您的访问体验，继续浏览即表示同意⟧ <button>⟦a 知道了⟧</button></div>
<footer>⟦m © 2025 绡阳市风和厨电有限公司　湘ICP备17024410号⟧</footer>
</body></html>
""",
        body="""
尊敬的用户：
绡阳市风和厨电有限公司在质量跟踪中发现，2025年3月至5月生产的部分FH-C92系列侧吸式吸油烟机，电源线与机壳接触处的护线套可能安装不到位，长期使用存在电源线磨损、漏电的隐患。为保障用户安全，我公司决定自即日起召回上述产品。
召回范围如下：
型号　生产批次　数量（台）
FH-C92A　2503-01至2503-12　1860
FH-C92B　2504-01至2505-08　2475
我公司将安排售后工程师免费上门更换护线套并进行安全检测。用户可查看机身侧面铭牌上的批次号，如在召回范围内，请拨打召回专线0735-2268150预约上门。
由此给您带来的不便，我们深表歉意。
绡阳市风和厨电有限公司
2025年9月16日
""",
    ),
    dict(
        slug="company-runzao-dehumidifier-tips-title-line",
        site="润燥环境 (invented company site)",
        style="企业官网",
        genre="产品手册",
        kind="other",
        form="text",
        source="https://www.runzao-env.example.com/service/guide/home-dehumidifier.html",
        title="润燥家用除湿机使用小贴士",
        record_title=None,
        date=None,
        notes="no record title: the title line of a company's service page; an update stamp (no date); a manual download action, an online service and after-sales line, a copyright line and a cookie notice",
        page="""
!m 润燥环境 RUNZAO
!m 首页　产品中心　服务支持　关于我们
!m 服务支持 > 使用指南
{T}
!m 更新时间：2025-02-17　浏览次数：3315
{BODY}
!a 下载电子版说明书（PDF，2.3MB）
!w 在线客服　｜　售后热线 400-611-2085
!d 本网站所有图文受版权保护，未经许可不得转载
!d 本站使用Cookie以提升浏览体验，继续访问即视为同意
""",
        body="""
感谢您选用润燥家用除湿机。为了让除湿机更好地为您服务，请留意以下几点：
放置：除湿机应放在平整地面上，四周离墙二十厘米以上，不要紧贴窗帘、衣物，以免堵住进出风口。
开机：首次使用前请直立静置两小时再通电；关机后请等待三分钟再重新开机，以保护压缩机。
湿度设定：日常设定在百分之五十至六十即可，过低既费电也会让人感到口干。
排水：水箱满时机器会自动停止并亮起指示灯，请及时倒水；长时间使用可接上排水管连续排水。
清洁：滤网每两周清洗一次，用清水冲洗后阴干，不要在阳光下暴晒。
如需维修，请联系当地授权服务网点，不要自行拆机。
""",
    ),
    dict(
        slug="training-yueyin-brochure-rhythm-class-timetable",
        site="乐音坊艺术培训 (invented training school)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.yueyinfang.example.cn/zhaosheng/2025-autumn-rhythm.html",
        title="少儿钢琴节奏感强化班招生简章",
        record_title="【秋季班】少儿钢琴节奏感强化班招生简章（满8人开班）｜乐音坊艺术培训",
        date=None,
        notes="a training school with a promo banner and a consult float: a course table one row a paragraph, the school's 报名电话 in the body beside a 400 franchise line; a brochure with no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【秋季班】少儿钢琴节奏感强化班招生简章（满8人开班）｜乐音坊艺术培训</title>
<script src="/js/yyf.js"></script>
</head><body>
<div class="promo">⟦a 秋季开班特惠 · 老学员续报享九折⟧</div>
<header><span class="logo">⟦m 乐音坊艺术培训⟧</span><nav>⟦m 首页　课程设置　师资力量　学员风采　联系我们⟧</nav></header>
<div class="path">⟦m 首页 &gt; 招生信息⟧</div>
<article><h1>{T}</h1>
<p class="meta">⟦m 发布者：教务部　浏览：742⟧</p>
<div class="txt">
{BODY}
</div>
<div class="signup"><a class="btn">⟦a 在线报名⟧</a> <a class="btn">⟦a 预约免费试听⟧</a></div></article>
<div class="float-zx">⟦w 在线咨询⟧<br>⟦w 加盟热线 400-090-3322⟧</div>
<footer>⟦m 乐音坊艺术培训中心　办学许可证号：教民1431270070015号⟧</footer>
</body></html>
""",
        body="""
节奏感是学琴的基本功。很多孩子音弹得对，拍子却总是忽快忽慢，越练越没有信心。为此，乐音坊艺术培训中心开设少儿钢琴节奏感强化班，帮助孩子打下扎实的节奏基础。
一、招生对象：学琴一年以上、六至十二岁的儿童。
二、课程安排：
周次　内容
第1～2周　认识节拍器，跟拍拍手、走步
第3～5周　四分、八分音符配合节拍器练习
第6～8周　附点、切分节奏，逐步脱离节拍器
三、上课时间：每周六上午九点至十点半，共八次课。
四、收费标准：960元/期，含教材和电子节拍器一台。
五、报名地址：缬山县文昌路乐音坊二楼，报名电话：0731-8840216。
""",
    ),
    dict(
        slug="training-yingqiao-swim-school-brochure-goggles",
        site="缨桥游泳学校 (invented training school)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="text",
        source="https://www.yingqiaoswim.example.com/news/summer-kids.html",
        title="缨桥游泳学校暑期少儿游泳班招生简章",
        record_title="缨桥游泳学校暑期少儿游泳班招生简章 - 缨桥游泳学校官网",
        date=None,
        notes="a swimming school's brochure in text: the title shown with the site suffix, then repeated plain and glued to the first sentence; a relative post time (no date), sign-up buttons, a promo line and a franchise line under the text; the school's own 报名电话 in the body",
        page="""
!m 缨桥游泳学校 · 让每个孩子都会游泳
!t 缨桥游泳学校暑期少儿游泳班招生简章 - 缨桥游泳学校官网
!m 发布于 2 天前　｜　招生信息
!a 立即报名　　预约试课
{T}{BODY}
!a 暑期限时：两人同报立减200元
!w 加盟合作 400-155-7066
!d 页面图片仅作示意，以实际教学安排为准
""",
        body="""
暑假将至，缨桥游泳学校面向五至十二岁儿童开设暑期少儿游泳班，由持证教练执教，小班教学，学会为止。
一、班型设置
启蒙班：适合零基础儿童，学习水中呼吸、漂浮和蛙泳腿。
提高班：适合能独立游十米以上的儿童，学习完整蛙泳和自由泳。
二、开班时间：7月1日起滚动开班，每期十二课时，每课时六十分钟。
三、收费标准：启蒙班1280元/期，提高班1380元/期。
四、入学须知：学员须提供体检证明；请自备泳衣、泳帽，建议为孩子选择儿童专用泳镜，不要用大人的泳镜凑合。
五、安全保障：每班不超过八人，配备一名主教练和一名助教，池边设专职救生员。
报名地址：缂川县体育路22号　报名电话：0717-6243318
""",
    ),
    dict(
        slug="app-bimo-host-script-fitness-donation",
        site="笔墨管家 (invented writing app, H5 share page)",
        style="范文APP",
        genre="主持词",
        kind="speech",
        form="html",
        source="https://h5.bimoguanjia.example.com/share/article?id=a83f21c7&from=wx",
        title="缁湖区社区健身器材捐赠仪式主持词",
        record_title="缁湖区社区健身器材捐赠仪式主持词（稍改即用）· 笔墨管家",
        date="2025-04-19",
        notes="a writing app's H5 share: an open-app mask, a fold with an 'expand' action between paragraphs, an AI-rewrite button; a date line under the title (neutral, the host script's date)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">
<title>缁湖区社区健身器材捐赠仪式主持词（稍改即用）· 笔墨管家</title>
<script>window.__share={aid:"a83f21c7"};</script><script src="https://h5.bimoguanjia.example.com/static/share.js"></script>
</head><body>
<div class="mask-top">⟦a 打开笔墨管家App，阅读体验更流畅⟧ <a class="open">⟦a 打开⟧</a></div>
<div class="art">
<h1>{T}</h1>
<p class="sub" style="text-align:center">（2025年4月19日）</p>
<div class="author">⟦m 笔墨管家 · 主持词频道　｜　3.1万人用过⟧</div>
<div class="content">
{BODY}
</div>
<div class="ai-bar"><button>⟦a ✨ AI帮我改写⟧</button> <button>⟦a 一键套用⟧</button></div>
</div>
<div class="rec"><h4>⟦l 相关模板⟧</h4><p>⟦l 全民健身日启动仪式主持词⟧</p><p>⟦l 捐赠仪式领导讲话（通用）⟧</p></div>
<div class="mask-bottom">⟦a 下载App，免费领取7天会员⟧</div>
</body></html>
""",
        body="""
尊敬的各位领导、各位来宾，居民朋友们：
大家上午好！春风送暖，全民健身正当时。今天，我们在缜园社区文体广场隆重举行社区健身器材捐赠仪式，绡阳市体育用品商会向我区十个社区捐赠跑步机、椭圆机等健身器材共计六十台。
出席今天仪式的领导和嘉宾有：区人民政府副区长邵林，市体育用品商会会长龚振华，以及各社区党组织书记和居民代表。
⟦a 已折叠剩余内容，点击展开⟧
下面，进行第一项：请市体育用品商会会长龚振华致辞。
进行第二项：举行捐赠交接。请龚振华会长向社区代表移交捐赠牌。
进行第三项：请副区长邵林讲话。
各位来宾，健身器材已经安装到位，希望大家科学锻炼，爱护设施。捐赠仪式到此结束，谢谢大家！
""",
    ),
    dict(
        slug="app-xiezuomao-request-archive-dehumidifier",
        site="写作猫 (invented writing app, share text)",
        style="范文APP",
        genre="请示",
        kind="request",
        form="text",
        source="https://m.xiezuomao.example.cn/tpl/qingshi/55017",
        title="关于购置档案库房除湿机的请示",
        date="2025-04-07",
        notes="record title as is; a writing app's template page in text: a template category and use count, an apply/AI/export row, an app-download prompt; the request's own 联系人/电话 and signature date",
        page="""
!m 写作猫 · 公文模板
{T}
!m 模板分类：请示　｜　使用 2.3万次
!a 一键套用　｜　AI续写　｜　导出文档
{BODY}
!a 下载写作猫App，解锁3000+公文模板
!l 你可能还需要：关于申请追加办公经费的请示
""",
        body="""
县财政局：
我局档案库房位于办公楼一楼，地势低洼，每年三至六月库房相对湿度长期在百分之七十以上，部分档案已出现霉斑。现有两台家用除湿机使用已超过八年，除湿能力明显下降。
为保障档案安全，我局拟购置工业除湿机两台、温湿度监测仪四台，经市场询价，共需资金约二万八千元。因年初预算未安排此项经费，特请示追加预算。
妥否，请批示。
联系人：办公室　邓秋月　电话：0725-3352018
绀岭县自然资源局
2025年4月7日
""",
    ),
    dict(
        slug="examforum-shangan-essay-metronome-reply-to-see",
        site="一起上岸论坛 (invented exam forum)",
        style="公考论坛",
        genre="申论",
        kind="other",
        form="html",
        source="https://bbs.yiqishangan.example.com/thread-70213-1-1.html",
        title="以节拍之稳，谋发展之进",
        record_title="[大作文练习] 以节拍之稳，谋发展之进（首篇大作文，求轻喷） - 申论天地 - 一起上岸论坛",
        date=None,
        notes="an exam forum thread: a reply-to-see prompt, a rating row, a QQ-group ad between the post and the replies, a relative post time (no date); an essay using the metronome as a metaphor",
        page="""
<html><head><meta charset="utf-8"><title>[大作文练习] 以节拍之稳，谋发展之进（首篇大作文，求轻喷） - 申论天地 - 一起上岸论坛</title>
<script src="/static/js/forum.min.js"></script>
</head><body>
<div id="hd">⟦m 一起上岸论坛　公考人的加油站⟧　<a>⟦a 登录　注册上岸号⟧</a></div>
<div id="pt">⟦m 一起上岸论坛 › 笔试交流 › 申论天地⟧</div>
<div class="pl"><div class="pls">⟦m 考编的小满⟧<br>⟦m 上岸币 208　主题 14⟧</div>
<div class="plc">
<h1>⟦t [大作文练习] 以节拍之稳，谋发展之进（首篇大作文，求轻喷）⟧</h1>
<div class="authi">⟦m 发表于 5 天前　只看该作者⟧</div>
<div class="t_f">
<p><b>{T}</b></p>
{BODY}
</div>
<div class="locked">⟦a 本帖隐藏的批改意见需回复后才能查看⟧</div>
<div class="rate">⟦a 评分：上岸币 +5　参与人数 2⟧</div>
</div></div>
<div class="ad">⟦w 申论批改群：786512340，进群免费批改⟧</div>
<div class="reply">⟦l 2楼　申论老师傅：比喻贯穿全文，结构不错，论据再具体些⟧</div>
<div id="ft">⟦m 一起上岸论坛　粤ICP备19050812号⟧</div>
</body></html>
""",
        body="""
学过乐器的人都知道节拍器。它不急不躁，一拍一拍地走，初学者跟着它练，才能把曲子弹稳、弹准。治理一方、发展一地，也需要这样一台“节拍器”。
节拍之稳，在于尊重规律。有的地方急于求成，项目一哄而上，结果留下不少半拉子工程。发展有其自身节奏，只有遵循规律，才能行稳致远。
节拍之稳，在于久久为功。节拍器从不因为曲子难就加快，也不因为曲子简单就放慢。一张蓝图绘到底，一任接着一任干，才能奏出发展的华章。
节拍之稳，并非一成不变。乐曲需要时，节拍器也要调速。面对新形势新任务，要在稳的基础上主动求变。
以节拍之稳，谋发展之进，这是一种方法，更是一种担当。
""",
    ),
    dict(
        slug="examforum-anbian-interview-oil-fume-junk",
        site="岸边公考论坛 (invented exam forum)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="text",
        source="https://www.anbiangk.example.cn/bbs/view-33918.html",
        title="居民反映楼下餐馆油烟扰民，你作为街道工作人员怎么处理",
        record_title="【面试题回忆】居民反映楼下餐馆油烟扰民，你作为街道工作人员怎么处理 - 结构化面试 - 岸边公考论坛",
        date=None,
        notes="an exam forum's interview answer in text: anti-scraping junk on a line and glued after sentences; a relative post time (no date); floor replies, a login prompt and a QQ group line",
        junk=dict(lines=1, glued=3),
        page="""
!m 岸边公考论坛 » 面试交流 » 结构化面试
!t 【面试题回忆】居民反映楼下餐馆油烟扰民，你作为街道工作人员怎么处理
!m 楼主：春风十里　Lv.4　发表于 3 小时前
!l 只看楼主　｜　倒序查看
{BODY}
!l 2#　小鱼游游：第三点可以再具体一点
!l 3#　青衫：思路清楚，收藏了
!a 登录后才能参与回帖
!w 论坛面试交流QQ群：651208734
""",
        body="""
这是一道应急应变类题目，我的答题思路如下，请各位指正。
第一，及时回应，安抚情绪。接到反映后，我会第一时间与居民联系，耐心倾听诉求，告诉他我们一定会调查处理。
第二，实地查看，摸清情况。我会到现场查看餐馆油烟机和净化设备的安装使用情况，了解排烟口位置、营业时间，并听取周边居民的意见。
第三，联合处置，依法解决。如果餐馆未安装油烟净化设施或设施不正常运行，我会及时报告领导，联系生态环境、城管等部门依法处理，督促餐馆限期整改。
第四，跟踪回访，建立机制。整改完成后，我会回访居民，并推动建立餐饮油烟定期巡查制度，防止问题反弹。
""",
    ),
]

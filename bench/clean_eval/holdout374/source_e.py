"""holdout374, part E: residents' sites, trade associations, company sites, training schools, writing apps.
Invented text (see ../README.md and ../build.py for the markup)."""

CASES = [
    dict(
        slug="community-yongyuan-notice-east-gate-barriers",
        site="灉园社区居委会网站 (invented)",
        style="社区网站",
        genre="公告",
        kind="notice",
        form="html",
        source="http://www.yongyuansq.cn/jwgk/2025/0711/233.html",
        title="关于在小区东门增设隔离墩的公告",
        record_title="【居民告知】关于在小区东门增设隔离墩的公告｜灉园社区",
        date="2025-07-10",
        date_also=["2025-07-11"],
        notes="residents' site: weather line, grid worker's box, property repair and night lines beside the "
        "community's own duty phone; 成文日期 differs from the posting date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【居民告知】关于在小区东门增设隔离墩的公告｜灉园社区</title>
<link rel="stylesheet" href="/css/sq.css">
</head>
<body>
<div class="sq-top">⟦m 灉园社区居委会　锺山区新城街道⟧　⟦m 今日锺山：小雨 24~30℃⟧</div>
<div class="sq-nav"><a>⟦m 社区首页⟧</a> <a>⟦m 居务公开⟧</a> <a>⟦m 便民服务⟧</a> <a>⟦m 党建园地⟧</a> <a>⟦m 邻里互助⟧</a></div>
<div class="sq-loc">⟦m 首页 / 居务公开 / 社区公告⟧</div>
<div class="sq-article">
<h2>{T}</h2>
<div class="sq-meta">⟦m 发布日期：2025-07-11　发布人：社区居委会　浏览：512⟧</div>
{BODY}
</div>
<div class="sq-grid">⟦m 第三网格员 卜晓岚　手机 13873125508⟧</div>
<div class="sq-wy">⟦m 物业报修：0731-5521866　夜间值班：0731-5521877⟧</div>
<div class="sq-side">
<h4>⟦l 社区动态⟧</h4>
<p>⟦l 灉园社区开展夏季防溺水宣传⟧</p>
<p>⟦l 七月“邻里集市”本周六开市⟧</p>
</div>
<div class="sq-foot">⟦m 灉园社区居委会　地址：锺山区新城街道灉园路66号⟧</div>
</body>
</html>
""",
        body="""
各位居民朋友：
小区东门外的灉园路近期车流量增加，部分车辆在门口随意掉头、停靠，居民进出小区特别是接送孩子时存在安全隐患。经社区与街道城管办、交警中队共同研究，并征求业主代表意见，决定在东门两侧各增设一排隔离墩。有关事项公告如下：
一、施工时间：7月15日至7月17日，每天9:00至16:00。
二、施工期间东门车辆出入口临时关闭，车辆请从北门进出，行人可正常通行。
三、隔离墩设置后，东门外路段禁止车辆停靠，接送孩子的家长请在北门外临时停车区上下车。
施工给大家带来不便，敬请谅解。如有意见建议，请联系社区居委会，值班电话：0731-5520310。
灉园社区居民委员会
2025年7月10日
""",
    ),
    dict(
        slug="community-dengbu-pledge-swingcar-civilised-riding",
        site="邓埠镇桥西社区 (invented residents' site)",
        style="社区网站",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://qiaoxi.dengbu.gov.cn/sqdt/20250520/1106.html",
        title="关于在小区内文明使用扭扭车的倡议书",
        record_title="【邻里同行倡议】关于在小区内文明使用扭扭车的倡议书",
        date="2025-05-20",
        notes="community text page: sharing the pledge to the building group as content; a volunteer sign-up prompt "
        "glued after a sentence; date under the signature",
        page="""
!m 邓埠镇桥西社区　　守望相助　温暖桥西
!m 社区首页 ⇀ 社区动态 ⇀ 倡议书
!t 【邻里同行倡议】关于在小区内文明使用扭扭车的倡议书
!m 2025年5月20日发布　｜　桥西社区居委会　｜　阅读 207
{BODY}
!a 点赞　　分享到邻里圈　　写留言
!l 往期倡议：关于规范电动自行车停放充电的倡议
!m 桥西社区服务站电话：0731-6238012　　服务时间：8:30—17:30
""",
        body="""
亲爱的居民朋友们：
随着天气转暖，小区里骑扭扭车的孩子越来越多。扭扭车给孩子们带来了快乐，但也出现了一些问题：有的孩子在车库坡道上骑行，险些和车辆相撞；有的在楼道口横冲直撞，碰倒了老人；还有的扭扭车随意停放在消防通道上。为此，社区向全体居民发出如下倡议：
一、划定区域骑行。请家长带孩子到中心花园东侧的儿童活动区骑行，不在车库坡道、楼道口和主干道上骑。
二、全程陪同看护。低龄儿童骑行时，家长要在身边看护，提醒孩子减速避让行人。
三、规范停放车辆。骑完后请把扭扭车带回家中或停放在楼栋自行车棚，不占用消防通道。⟦a 想当“骑行区志愿者”？点此报名⟧
四、相互提醒帮助。看到孩子在危险区域骑行，请友善地提醒一声。
请大家把这份倡议分享到各楼栋的微信群，让更多家庭知道。让我们携手共建安全、文明、和谐的家园。
邓埠镇桥西社区居民委员会
2025年5月20日
""",
    ),
    dict(
        slug="association-zhiyang-instruments-minutes-vote",
        site="祉阳市乐器行业协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://www.zyyqxh.org.cn/xhdt/20250418/77.html",
        title="祉阳市乐器行业协会打击乐器专业委员会第二次会议纪要",
        record_title="〔专委会议事录〕祉阳市乐器行业协会打击乐器专业委员会第二次会议纪要_祉阳乐协",
        date="2025-04-11",
        date_also=["2025-04-18"],
        notes="association site: member-login row, member hotline; the 时间/地点/主持/参会/记录 lines of minutes and a "
        "vote count; the 时间 line's date differs from the posting date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〔专委会议事录〕祉阳市乐器行业协会打击乐器专业委员会第二次会议纪要_祉阳乐协</title>
<link rel="stylesheet" href="/skin/xh/style.css">
</head>
<body>
<div class="xh-top">⟦a 会员单位登录⟧　<a>⟦a 申请入会⟧</a>　⟦m 会员服务专线：0731-8812560⟧</div>
<div class="xh-logo">⟦m 祉阳市乐器行业协会　ZHIYANG MUSICAL INSTRUMENT ASSOCIATION⟧</div>
<div class="xh-nav"><a>⟦m 协会首页⟧</a> <a>⟦m 协会概况⟧</a> <a>⟦m 协会动态⟧</a> <a>⟦m 行业标准⟧</a> <a>⟦m 会员风采⟧</a></div>
<div class="xh-pos">⟦m 您的位置：协会首页 » 协会动态⟧</div>
<div class="xh-news">
<h1>{T}</h1>
<div class="xh-date">⟦m 发布日期：2025-04-18　来源：协会秘书处　浏览：96⟧</div>
{BODY}
</div>
<div class="xh-links">⟦l 友情链接：省乐器行业协会 ｜ 祉阳市工商业联合会 ｜ 祉阳市文化馆⟧</div>
<div class="xh-foot">⟦m 祉阳市乐器行业协会秘书处　地址：锺山区工业园创业大厦7楼⟧</div>
</body>
</html>
""",
        body="""
时间：2025年4月11日上午9:30
地点：协会七楼会议室
主持：贺青山（专委会主任）
参会：专委会委员单位代表11人
记录：韦小满
会议审议了《学校用三角铁产品团体标准（征求意见稿）》，讨论了专委会下半年工作安排。现将会议主要内容纪要如下：
一、会议认为，近年来中小学打击乐器需求快速增长，但三角铁等小件产品规格不统一、音准差异大、挂绳易断等问题较为突出，有必要制定团体标准加以规范。
二、会议对征求意见稿进行了逐条讨论，同意将钢棒直径、开口宽度、基准音高允差等8项指标列为必检项目。经表决，应到委员11人，实到11人，赞成10票，反对0票，弃权1票，征求意见稿原则通过。
三、会议商定，5月底前由秘书处将修改后的标准文本报协会理事会审定；下半年组织会员单位开展一次产品质量比对。
""",
    ),
    dict(
        slug="association-autoparts-pledge-glovebox-lock-cn-date",
        site="祉阳市汽车零部件行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.zyqplbj.org/tzgg/2025-08-06.html",
        title="关于提升汽车手套箱锁具耐用性的倡议书",
        record_title="【自律倡议】关于提升汽车手套箱锁具耐用性的倡议书_祉阳汽车零部件行业协会",
        date="2025-08-01",
        date_also=["2025-08-06"],
        notes="association text page: 成文日期 in Chinese numerals under the signature differs from the posting date; "
        "a member hotline and a join-the-association line",
        page="""
!m 祉阳市汽车零部件行业协会
!m 协会首页 ＞ 通知公告 ＞ 行业自律
!t 【自律倡议】关于提升汽车手套箱锁具耐用性的倡议书_祉阳汽车零部件行业协会
!m 发布于：2025-08-06　　作者：秘书处
{BODY}
!w 欢迎汽车零部件企业加入本会，入会咨询请致电秘书处 0731-8830617
!a 【下载倡议书】　【打印】
!m 祉阳市汽车零部件行业协会 版权所有
""",
        body="""
各会员单位：
手套箱虽是汽车内饰中的一个小部件，却是车主每天都要开关的地方。近一年来，协会收到多起关于手套箱锁具松动、自开、异响的反映，部分问题在新车交付不到一年时就已出现，影响了整车质量口碑。为此，协会向全体会员单位发出如下倡议：
一、严把设计关。锁具开关耐久试验次数不低于3万次，并在高低温环境下进行验证。
二、严把来料关。加强对锁舌、锁扣等关键零件的尺寸和材料检验，杜绝以次充好。
三、严把装配关。在锁扣装配工位设置防错装置，逐台进行开关手感检查。
四、重视用户反馈。建立手套箱问题快速响应机制，对用户投诉做到件件有回音。
希望各会员单位从小部件做起，以精益求精的态度，共同提升祉阳汽车零部件的品质和信誉。
祉阳市汽车零部件行业协会
二〇二五年八月一日
""",
    ),
    dict(
        slug="company-qiming-news-cooled-glovebox-line-off",
        site="启明汽车内饰有限公司官网 (invented)",
        style="企业官网",
        genre="企业新闻",
        kind="news",
        form="html",
        source="https://www.qiming-trim.com/news/company/20250619.html",
        title="带冷藏功能的新一代手套箱总成在祉阳基地量产下线",
        record_title="启明资讯 ▪ 带冷藏功能的新一代手套箱总成在祉阳基地量产下线 - 启明内饰",
        date="2025-06-19",
        notes="company site: cookie notice, service float, 400 order line; the title repeated and glued before the "
        "lead; a dotted date line as the page's date",
        page="""
<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<title>启明资讯 ▪ 带冷藏功能的新一代手套箱总成在祉阳基地量产下线 - 启明内饰</title>
<link rel="stylesheet" href="/dist/qm.min.css">
<script src="/dist/qm.min.js" defer></script>
</head>
<body>
<header class="qm-header"><a>⟦m 启明内饰 QIMING AUTO TRIM⟧</a>
<nav><a>⟦m 关于启明⟧</a> <a>⟦m 产品中心⟧</a> <a>⟦m 新闻中心⟧</a> <a>⟦m 人才招聘⟧</a> <a>⟦m 联系我们⟧</a></nav>
<span>⟦m 商务合作热线 400-883-2617⟧</span></header>
<div class="qm-bread">⟦m 首页 - 新闻中心 - 公司动态⟧</div>
<section class="qm-news">
<h1>{T}</h1>
<div class="qm-date">⟦m 2025.06.19　｜　品牌部⟧</div>
{BODY}
<div class="qm-pn">⟦l 上一条：启明内饰荣获2024年度优秀供应商称号⟧</div>
</section>
<div class="qm-service">⟦w 在线客服 · 工作日 9:00-18:00⟧</div>
<div class="qm-cookie">⟦d 本网站使用Cookie以改善浏览体验，继续浏览即表示您同意我们的Cookie政策。⟧ <button>⟦a 我知道了⟧</button></div>
<footer>⟦m © 2025 祉阳启明汽车内饰有限公司　湘ICP备17029904号⟧</footer>
</body>
</html>
""",
        body="""
⟦t 带冷藏功能的新一代手套箱总成在祉阳基地量产下线⟧6月18日，随着第一台带冷藏功能的手套箱总成从祉阳基地仪表板分装线上下线，启明内饰新一代手套箱产品正式进入量产阶段。
新一代手套箱在箱体后部集成了空调冷风导流通道，车主打开冷藏开关后，箱内温度可比车内环境低8至10摄氏度，夏季可以存放饮料和药品。箱盖采用阻尼缓降结构，开启更平稳，锁具开关耐久试验达到5万次。
为保证量产质量，项目团队在试制阶段累计进行了高低温循环、振动异响等试验46项，对锁扣装配工位增设了视觉防错系统。
该产品首批配套两款新能源车型，预计年产量12万套。公司负责人表示，将继续围绕用户用车场景，把小部件做精做细。
""",
    ),
    dict(
        slug="company-letong-recall-swingcar-batches",
        site="乐童车业官网 (invented)",
        style="企业官网",
        genre="召回公告",
        kind="notice",
        form="text",
        source="https://www.letongcheye.com/gonggao/2025-recall-01.html",
        title="关于召回部分批次儿童扭扭车的公告",
        record_title="童车召回专栏 ▸ 关于召回部分批次儿童扭扭车的公告 | 乐童车业",
        date="2025-06-25",
        notes="company text page: recalled batches one row a paragraph; the recall line beside a 400 order line; "
        "scanning the label's code as content; 成文日期 under the signature",
        page="""
!m 乐童车业　陪伴每一段童年
!m 首页 ｜ 产品 ｜ 品牌故事 ｜ 服务与支持 ｜ 公告
!t 童车召回专栏 ▸ 关于召回部分批次儿童扭扭车的公告 | 乐童车业
!m 订购热线：400-716-8830（仅限产品购买）
{BODY}
!l 更多公告：乐童车业2025年618活动说明
!d 本公告最终解释权依法归属乐童车业，如有疑问请以客服答复为准
!m 佘岭县乐童车业有限公司　湘ICP备18002751号
""",
        body="""
尊敬的用户：
我公司近期在产品质量回访中发现，部分批次LT-06型儿童扭扭车的后轮卡簧存在装配不到位的情况，长时间骑行后车轮可能松脱，存在造成儿童摔伤的风险。为保障儿童安全，我公司决定自即日起召回以下批次产品：
产品型号　生产批号　生产日期　数量（辆）
LT-06　2503A　2025年3月　2160
LT-06　2504B　2025年4月　1875
用户可在车架底部的标签上查看生产批号，也可以用手机扫描标签上的二维码查询是否属于召回范围。
对召回范围内的产品，我公司将免费更换加强型后轮组件，用户可选择到经销门店更换，或联系我公司寄送配件并上门安装。召回期间，请暂停使用相关产品。
召回咨询电话：0731-6305119（每日8:00—20:00）。
由此给您带来的不便，我们深表歉意。
佘岭县乐童车业有限公司
2025年6月25日
""",
    ),
    dict(
        slug="school-dingdong-brochure-kids-percussion",
        site="叮咚艺术培训学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.dingdongyishu.cn/kecheng/daji-qimeng.html",
        title="少儿打击乐启蒙班春季招生简章",
        record_title="【春季小班】少儿打击乐启蒙班春季招生简章（满4周岁即可报名）- 叮咚艺术",
        date=None,
        notes="training school: promo banner, franchise line, consult float; a course table; scanning to sign up as "
        "content; the school's 报名电话 beside the franchise line; no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【春季小班】少儿打击乐启蒙班春季招生简章（满4周岁即可报名）- 叮咚艺术</title>
<link rel="stylesheet" href="/css/dd.css">
<script src="/js/kefu.js"></script>
</head>
<body>
<div class="dd-banner">⟦a 早鸟福利：3月1日前报名立减200元，再送乐器收纳包⟧</div>
<div class="dd-head">⟦m 叮咚艺术培训学校⟧　⟦m 让每个孩子都能听见自己的节奏⟧</div>
<div class="dd-nav"><a>⟦m 首页⟧</a> <a>⟦m 课程体系⟧</a> <a>⟦m 师资团队⟧</a> <a>⟦m 学员风采⟧</a> <a>⟦m 校区地址⟧</a></div>
<div class="dd-main">
<h1>{T}</h1>
{BODY}
</div>
<div class="dd-join">⟦w 品牌加盟合作热线：400-860-9517⟧</div>
<div class="dd-float">⟦w 在线咨询 · 课程顾问为您解答⟧</div>
<div class="dd-foot">⟦m 叮咚艺术培训学校（锺山校区）　办学许可证号：教民143030270001562号⟧</div>
</body>
</html>
""",
        body="""
打击乐是孩子接触音乐最自然的方式。叮咚艺术少儿打击乐启蒙班以三角铁、沙锤、手鼓、碰铃等小型打击乐器为主，通过游戏和律动，培养孩子的节奏感、专注力和合作意识。
一、招生对象：4至6岁儿童，零基础即可。
二、课程安排
班级　上课时间　课时
周六上午班　9:00—9:50　16课时
周日下午班　15:00—15:50　16课时
三、课程特色：小班教学，每班不超过8人；每节课配发乐器，孩子们人手一件；学期末举办汇报演出，邀请家长观看。
四、收费标准：每期1680元，含教材和演出服装。
五、报名方式：家长可扫描校区海报上的二维码预约免费试听课，也可到校区前台报名。
报名电话：0731-5596217。
""",
    ),
    dict(
        slug="school-andian-brochure-electrician-course",
        site="安电职业技能培训学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="text",
        source="http://www.andianpx.com/zhaosheng/dgsg-2025.html",
        title="低压电工作业上岗培训班招生简章",
        record_title="【持证上岗】低压电工作业上岗培训班招生简章 — 安电职校",
        date=None,
        notes="training school text page: a trial-lesson prompt on its own line between paragraphs; a consult "
        "WeChat; the school's own 报名电话; no date",
        page="""
!m 安电职业技能培训学校｜学技能 找安电
!m 首页 / 招生信息 / 电工类
!t 【持证上岗】低压电工作业上岗培训班招生简章 — 安电职校
!a ☎ 一键拨号　　💬 在线咨询　　📍 到校路线
{BODY}
!w 课程顾问微信：andian_px（添加时请备注“电工班”）
!l 热门课程：焊工上岗培训班　｜　叉车司机培训班　｜　高压电工作业培训班
!m 邯溪县安电职业技能培训学校　地址：邯溪县城南工业大道21号
""",
        body="""
本校经人力资源和社会保障部门批准，常年开设低压电工作业上岗培训班，培训合格后可参加特种作业操作证考试。
一、培训对象：年满18周岁，初中及以上文化程度，身体健康、无妨碍从事电工作业的疾病。
二、培训内容：电工基础知识、安全用电规程、常用电工仪表和工具的使用、照明和动力线路安装、触电急救等。
三、实操训练：学员在实训室分组练习停电、验电、挂接地线等操作，每人配发笔式验电器和数显验电器各一支，反复练习正确验电方法，直到熟练掌握。
⟦a 免费试听一节实操课，名额有限，先到先得⟧
四、培训时间：全日制20天，也可选择周末班。
五、报名须知：携带身份证原件及复印件、一寸照片4张到学校教务处报名。
报名电话：0731-6287130。
""",
    ),
    dict(
        slug="writingapp-bixia-host-script-triangle-concert",
        site="笔下生花 (invented writing app, H5 share page)",
        style="范文APP",
        genre="主持词",
        kind="other",
        form="html",
        source="https://h5.bixiashenghua.com/share/doc?id=7f20c41e9b",
        title="幼儿园“叮叮当当迎新年”音乐会主持词",
        record_title="幼儿园“叮叮当当迎新年”音乐会主持词（串词全稿）｜笔下生花",
        date=None,
        notes="writing app's H5 share: open-app mask, a fold with an expand prompt, AI buttons glued after a line; "
        "no date (a share stamp with a relative time)",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">
<title>幼儿园“叮叮当当迎新年”音乐会主持词（串词全稿）｜笔下生花</title>
<link rel="stylesheet" href="https://cdn.bixiashenghua.com/h5/share.css">
</head>
<body>
<div class="bx-mask">⟦a 打开笔下生花App，海量范文随心改⟧ <a>⟦a 立即打开⟧</a></div>
<div class="bx-doc">
<h1>{T}</h1>
<div class="bx-meta">⟦m 来自笔友“园长妈妈” · 2 天前分享 · 1.8万人看过⟧</div>
{BODY}
<div class="bx-fold">⟦a 剩余 30% 内容已折叠，打开App继续阅读 ∨⟧</div>
</div>
<div class="bx-more">
<h4>⟦l 大家还在看⟧</h4>
<p>⟦l 幼儿园元旦亲子运动会主持稿⟧</p>
<p>⟦l 大班毕业典礼主持串词⟧</p>
</div>
<div class="bx-bottom">⟦m 笔下生花 · 写作更轻松⟧</div>
</body>
</html>
""",
        body="""
男：尊敬的各位家长、亲爱的老师们！
女：亲爱的小朋友们！
合：大家上午好！
男：叮叮当，叮叮当，新年的钟声就要敲响。
女：今天，我们相聚在这里，用孩子们最喜欢的打击乐，一起迎接新年的到来！⟦a AI续写　AI润色⟧
男：首先请欣赏小班小朋友带来的三角铁合奏《小星星》。小小的三角铁，敲出满天的星光，掌声欢迎！
女：看，小朋友们敲得多认真呀！接下来，中班的小朋友要用沙锤和铃鼓，为大家表演《新年好》。
男：最后一个节目，是全体大班小朋友和老师们的大合奏《欢乐颂》。
女：让我们把最热烈的掌声送给所有的小演奏家！
合：祝大家新年快乐，身体健康！本次音乐会到此结束，谢谢大家！
""",
    ),
    dict(
        slug="writingapp-wensibao-report-barrier-maintenance-oneline",
        site="文思宝 (invented writing app)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://m.wensibao.cn/s/9d31f0a2",
        title="2024年度城区道路养护所所长述职报告",
        record_title="2024年度城区道路养护所所长述职报告（述职范本）· 文思宝",
        date="2025-01-08",
        notes="writing-app text share: the whole body on one line, paragraphs separated only by their indent; an "
        "AI-rewrite line and an open-app prompt; date under the signature at the end of the line",
        page="""
!m 文思宝 · 你的写作小助手
!t 2024年度城区道路养护所所长述职报告（述职范本）· 文思宝
!m 分享自文思宝用户“路灯下的老岳”
{BODY}
!a 一键改写成我的版本（AI）
!a 在文思宝App内打开，可导出Word
!l 相似范文：公路站站长年度述职 ｜ 市政设施管理所工作总结
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
各位领导、同志们：
2024年，我在县交通运输局党组的领导下，主持城区道路养护所全面工作。现将一年来的履职情况报告如下，请予评议。
一、主要工作。全年完成城区道路日常养护42.6公里，修补坑槽3100平方米；对城区隔离墩开展了全面清查，更换破损隔离墩412个，补设反光标识1800余处，建立了隔离墩管护台账；配合完成长兴路隔离墩换装试点。
二、存在不足。一是养护作业机械化程度不高；二是对隔离墩被撞后的快速处置机制还不够完善，个别路段修复周期偏长。
三、下步打算。2025年，我将推动建立隔离墩“日巡查、周处置”机制，力争破损隔离墩一周内修复到位，为群众出行提供更安全的道路环境。
述职人：岳振华
2025年1月8日
""",
    ),
]

"""holdout284, part E: residents' sites, associations, company sites, training schools, 范文 apps.

Invented text, sites, places, people and numbers; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="community-xiyuan-pledge-donate-nightstands",
        site="玺园社区居民之家 (invented, residents' site)",
        style="社区网站",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://xiyuan.sq.example.cn/gonggao/2025/0315/211.html",
        title="闲置床头柜送独居老人倡议书",
        record_title="【邻里倡议】闲置床头柜送独居老人倡议书丨玺园社区居民之家",
        date="2025-03-15",
        notes="residents' site: weather line, a grid member's box, property repair and duty lines beside the community's own 咨询电话; 扫描二维码登记 kept; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【邻里倡议】闲置床头柜送独居老人倡议书丨玺园社区居民之家</title></head>
<body>
<div class="bar">⟦m 玺园社区居民之家⟧　⟦m 梵潭区　多云 8～17℃　空气良⟧</div>
<div class="nav">⟦m 社区首页 · 社区公告 · 邻里互助 · 办事指南 · 党群阵地⟧</div>
<div class="here">⟦m 社区首页 > 社区公告⟧</div>
<h2>{T}</h2>
<div class="info">⟦m 发布人：玺园社区居委会　浏览 742⟧</div>
<div class="body">
{BODY}
</div>
<div class="side"><h4>⟦l 社区活动回顾⟧</h4><p>⟦l 三月学雷锋便民集市⟧</p><p>⟦l 邻里包饺子迎新春⟧</p></div>
<div class="grid-box">⟦w 我的网格员：第三网格 阮晓梅　手机 136 6790 2285⟧</div>
<div class="wy">⟦m 物业报修：0797-8835101　夜间值班：0797-8835119⟧</div>
<div class="ft">⟦m 玺园社区居民委员会　地址：玺园路126号⟧　⟦m 赣ICP备20011793号-2⟧</div>
<script>document.querySelectorAll("img").forEach(function(i){i.loading="lazy"});</script>
</body></html>
""",
        body="""
各位居民朋友：
社区走访中发现，辖区不少独居老人家里的床头柜年久破损，有的抽屉掉了底，有的干脆用纸箱代替，老人放药、放水杯很不方便。与此同时，不少家庭换新家具后，旧床头柜只能当垃圾处理。为此，玺园社区居委会向大家发出倡议：
一、把家中闲置、完好的床头柜捐出来，由社区统一清洁后送到独居老人家中。
二、有木工手艺的居民，欢迎报名当志愿者，帮忙修理、安装。
三、有意捐赠的居民，可扫描社区公告栏上的二维码登记，社区志愿者将在一周内上门收取。
咨询电话：玺园社区居委会，0797-8835236。
一只旧床头柜，对我们来说可有可无，对独居老人来说却是每天都要用的贴心物件。让我们一起行动起来！
玺园社区居民委员会
2025年3月15日
""",
    ),
    dict(
        slug="community-zhihua-notice-sewing-cloaks-elderly",
        site="雒塘乡智华社区网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="http://zhihua.luotang.example.cn/tz/2024/1205.html",
        title="关于开展“一针一线暖冬日”缝制防寒斗篷志愿活动的通知",
        record_title="社区公告 › 关于开展“一针一线暖冬日”缝制防寒斗篷志愿活动的通知（扫码报名）",
        date="2024-12-05",
        notes="residents' text page: column prefix and an aside; 扫码报名 as content; the community's phone and a volunteer's mobile beside the property duty line; 成文日期 under the signature",
        page="""
!m 智华社区网　雒塘乡智华社区居委会
!m 首页 ＞ 社区公告
!t 社区公告 › 关于开展“一针一线暖冬日”缝制防寒斗篷志愿活动的通知（扫码报名）
!m 发布者：社区办公室　　浏览：233
{BODY}
!m 物业服务中心24小时值班电话：0776-2241088
!l 上一条：智华社区冬季燃气安全提示
!m 智华社区网　技术支持：雒塘乡便民服务中心
""",
        indent="\u3000\u3000",
        body="""
各位居民：
入冬以来，辖区部分高龄老人反映，穿厚棉袄起身、穿脱都不方便。为让老人们温暖过冬，社区决定开展“一针一线暖冬日”志愿活动，组织居民为80岁以上老人缝制防寒斗篷。现将有关事项通知如下：
一、活动时间：12月10日至12月20日，每天下午2点至5点。
二、活动地点：社区党群服务中心二楼活动室。
三、报名方式：请有缝纫手艺或愿意帮忙的居民扫描社区公众号二维码报名，也可直接到社区办公室登记，活动进展可关注社区公众号“智华邻里”查看。布料、棉花和缝纫机由社区提供。
四、发放安排：缝好的斗篷将于12月25日前由网格员送到老人家中。
联系人：社区办公室 晏春兰，电话：0776-2241306；志愿者召集人 窦建国，手机：139 7762 5108。
雒塘乡智华社区居民委员会
2024年12月5日
""",
    ),
    dict(
        slug="assoc-wenfang-minutes-dropper-standard",
        site="甯溪县文房用品行业协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://www.nxwenfang.example.org/xhdt/2025/0318/96.html",
        title="砚滴团体标准起草工作会议纪要",
        record_title="〖协会纪要〗砚滴团体标准起草工作会议纪要 - 甯溪县文房用品行业协会",
        date="2025-03-14",
        date_also=["2025-03-18"],
        notes="association site: member login row and a member hotline; the minutes' 时间/地点/主持/出席/记录 lines and a vote count are body; the date is the meeting's 时间 line, the page's date differs",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〖协会纪要〗砚滴团体标准起草工作会议纪要 - 甯溪县文房用品行业协会</title></head>
<body>
<div class="top">⟦m 甯溪县文房用品行业协会⟧　<a>⟦a 会员单位登录⟧</a>　<a>⟦a 入会申请表下载⟧</a></div>
<div class="nav">⟦m 协会首页｜协会概况｜协会动态｜会员风采｜标准与规范｜联系协会⟧</div>
<div class="path">⟦m 协会首页 ⟫ 协会动态 ⟫ 会议纪要⟧</div>
<h1>{T}</h1>
<div class="date">⟦m 发布：2025-03-18　秘书处⟧</div>
<div class="text">
{BODY}
</div>
<div class="side"><h4>⟦l 会员企业名录⟧</h4><p>⟦l 甯溪青窑瓷业有限公司⟧</p><p>⟦l 坻口镇云泥文房工作室⟧</p></div>
<div class="vip">⟦w 会员服务专线：0875-3316628（秘书处）⟧</div>
<div class="ft">⟦d 协会网站所载资料仅供会员参考⟧　⟦m 滇ICP备21009372号⟧</div>
<script src="/assets/app.bundle.js" defer></script>
</body></html>
""",
        body="""
时间：2025年3月14日上午9:30
地点：协会会议室
主持：协会会长 殷守拙
出席：副会长单位代表5人，砚滴生产会员单位代表9人，县市场监管局标准化股 邢悦
记录：秘书处 苗一禾
会议讨论了《陶瓷砚滴》团体标准征求意见稿，形成以下意见：
一、出水量要求。按正常手法每滴出水量应在0.05至0.15毫升之间，出水孔不得有毛刺。
二、容量标注。产品应在底部或包装上标注容量，误差不超过10%。
三、釉面要求。与水接触的内壁釉面不得使用含铅釉料。
四、会议表决：同意14票，反对0票，弃权1票，征求意见稿通过，由秘书处于4月15日前报县市场监管局备案。
""",
    ),
    dict(
        slug="assoc-jiaju-pledge-nightstand-anti-tip",
        site="邾城市家具行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.zcjjxh.example.cn/zlcy/2025/0601/54.html",
        title="床头柜等家具防倾倒安全倡议书",
        record_title="〔自律倡议〕床头柜等家具防倾倒安全倡议书 — 邾城市家具行业协会",
        date="2025-06-01",
        notes="association text page: the association's name in the page head is also the signature (matched as head); a 分享 sentence as content; 成文日期 under the signature",
        page="""
!m 邾城市家具行业协会
!m 首页 ／ 行业自律 ／ 正文
!t 〔自律倡议〕床头柜等家具防倾倒安全倡议书
!m 时间：2025-06-01　来源：协会秘书处　阅读：488
{BODY}
!a ✚ 加入协会　　✉ 订阅协会简报
!m 协会秘书处电话：0797-8877312　地址：邾城市梵潭区工业大道88号
""",
        indent="\u3000\u3000",
        body="""
全市家具生产、销售企业：
近年来，床头柜、斗柜等家具倾倒伤害儿童的事故时有发生。为保护消费者特别是儿童安全，邾城市家具行业协会向全体会员单位倡议：
一、生产企业要为高度超过500毫米的床头柜、斗柜等产品随货配备防倾倒连接件，并在说明书中用醒目字体提示安装。
二、销售企业提供送货安装服务的，必须为消费者安装防倾倒装置；消费者拒绝安装的，应书面提示风险。
三、门店要在展厅显著位置张贴防倾倒宣传画，主动向有儿童的家庭介绍安全知识。
四、欢迎各会员单位把这份倡议分享给员工和客户，共同营造安全的家居环境。
邾城市家具行业协会
2025年6月1日
""",
    ),
    dict(
        slug="company-shanxing-recall-child-cloaks-batches",
        site="邾城山行户外用品有限公司 (invented)",
        style="企业官网",
        genre="召回公告",
        kind="notice",
        form="html",
        source="https://www.shanxing-outdoor.example.com/news/notice/2024-11-18.html",
        title="关于召回部分批次儿童防风斗篷的公告",
        record_title="公司公告 ▪ 关于召回部分批次儿童防风斗篷的公告｜山行户外",
        date="2024-11-18",
        notes="company site: cookie notice, service float and a 400 sales line beside the recall line; a batches table one row a paragraph; 扫描吊牌二维码 as content; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>公司公告 ▪ 关于召回部分批次儿童防风斗篷的公告｜山行户外</title>
<script src="/assets/js/cookie-consent.js"></script></head>
<body>
<header><span>⟦m 山行户外 SHANXING OUTDOOR⟧</span> <nav>⟦m 首页　产品中心　品牌故事　新闻公告　门店查询⟧</nav> <a>⟦a 山行线上商城⟧</a></header>
<div class="crumbs">⟦m 首页 / 新闻公告 / 公司公告⟧</div>
<article><h1>{T}</h1>
<div class="date">⟦m 2024-11-18 · 阅读 2,980⟧</div>
{BODY}
</article>
<div class="float-svc">⟦w 在线客服 · 工作日 9:00-18:00⟧</div>
<div class="cookie">⟦d 本网站使用Cookie以改善浏览体验，继续浏览即表示同意　我知道了⟧</div>
<footer><p>⟦m 选购热线：400-883-2617⟧</p><p>⟦m © 2024 邾城山行户外用品有限公司　赣ICP备17008215号-1⟧</p></footer>
</body></html>
""",
        p_html='<div class="para"><p>{}</p></div>',
        body="""
我公司在自查中发现，2024年9月至10月生产的部分儿童防风斗篷，领口抽绳长度超过国家标准规定，儿童穿着时存在勾挂、勒伤的风险。为保障儿童安全，我公司决定主动召回以下批次产品：
款号　颜色　生产批次　数量（件）
SX-K2409　橙色　240915　1260
SX-K2409　藏青　240922　980
SX-K2410　草绿　241008　1415
消费者可扫描斗篷吊牌上的二维码查询批次。属于召回范围的，可到购买门店或通过官方商城申请退货退款，也可免费更换为魔术贴领口的新款。
召回专线：0797-8860917（每天8:00—20:00）。
由此给您带来的不便，我们深表歉意。
邾城山行户外用品有限公司
2024年11月18日
""",
    ),
    dict(
        slug="company-qingyao-news-celadon-dropper",
        site="甯溪青窑瓷业有限公司 (invented)",
        style="企业官网",
        genre="企业新闻",
        kind="news",
        form="text",
        source="http://www.nxqingyao.example.com/news/company/2025-04-09.html",
        title="青窑瓷业推出“青莲”系列青瓷砚滴",
        record_date="2025-04-09",
        date="2025-04-09",
        notes="company text page: record title and date; the company's name in the page head also opens the news (head); product ad and 400 line at the bottom",
        page="""
!m 甯溪青窑瓷业有限公司
!m 首页 · 关于青窑 · 产品中心 · 新闻动态 · 联系我们
!m 新闻动态 › 公司新闻
{T}
!m 发布日期：2025-04-09　编辑：品牌部
{BODY}
!a ☞ 进入青窑天猫旗舰店选购
!l 上一条：青窑瓷业参加第十届文房用品博览会
!m 客服热线：400-870-6632　地址：甯溪县坻口镇窑头村
""",
        indent="\u3000\u3000",
        body="""
4月8日，甯溪青窑瓷业有限公司在坻口镇窑头村的龙窑旁举办新品发布会，正式推出“青莲”系列青瓷砚滴。
“青莲”系列共有莲蓬、荷叶、莲瓣三个造型，均由公司非遗传承人带领团队手工拉坯、雕刻，再入龙窑一次烧成。砚滴容量在25至40毫升之间，出水孔经过反复试验，可以做到一按一滴、不漏不溅。
公司负责人表示，近年来喜欢书法的年轻人越来越多，对文房用品的审美要求也越来越高。“青莲”系列在保留传统器形的同时，釉色更清透，适合日常书写使用，也适合收藏赠礼。
据介绍，该系列首批生产1200件，将通过公司门店和网店同步销售。
""",
    ),
    dict(
        slug="school-taoyi-brochure-dropper-pottery-class",
        site="梵潭陶艺坊 (invented, training school)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.fantantaoyi.example.cn/kecheng/yandi-2025.html",
        title="亲子砚滴陶艺制作体验课招生简章",
        record_title="【周末亲子课】亲子砚滴陶艺制作体验课招生简章（每期限12组家庭）｜梵潭陶艺坊",
        date=None,
        notes="training school: promo banner, consult float, a 400 franchise line beside the school's 报名电话; a course table one row a paragraph; a brochure without a date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【周末亲子课】亲子砚滴陶艺制作体验课招生简章（每期限12组家庭）｜梵潭陶艺坊</title></head>
<body>
<div class="promo">⟦a 新学员首课立减60元，老学员推荐再送陶泥一包⟧</div>
<header>⟦m 梵潭陶艺坊⟧ <nav>⟦m 首页　课程体系　师资团队　学员作品　预约到店⟧</nav></header>
<div class="crumb">⟦m 首页 » 课程体系 » 亲子课程⟧</div>
<h1>{T}</h1>
<div class="course">
{BODY}
</div>
<div class="float">⟦w 点我咨询课程　微信同号 158 7970 4423⟧</div>
<footer>⟦m 品牌加盟热线：400-017-8826⟧<br>⟦m 梵潭陶艺坊 版权所有⟧</footer>
<script>var hits=new Image();hits.src="/hits.php?id="+Math.random();</script>
</body></html>
""",
        body="""
砚滴是古代文房里往砚台滴水的小器皿。本课程带孩子和家长一起了解砚滴的历史，亲手用陶泥捏制一只属于自己的砚滴，烧制后可以带回家使用。
一、适合对象：6至12岁儿童及家长，每期限12组家庭。
二、课程安排
课次　内容　时长
第一课　认识砚滴，观察实物，画出设计图　1.5小时
第二课　捏塑造型，开注水孔和出水孔　2小时
第三课　修坯上釉，等待入窑烧制　1.5小时
三、收费标准：每组家庭480元，含陶泥、釉料和烧制费用。
四、上课地点：梵潭区学府大道陶艺坊二楼教室。
报名电话：0797-8812650。
""",
    ),
    dict(
        slug="school-jiangong-brochure-plumb-oneline",
        site="邾城建设职业培训学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="text",
        source="http://www.zcjspx.example.cn/zsjz/qiwu-2025.html",
        title="砌筑工（吊线找直）实操培训班招生简章",
        record_title="砌筑工（吊线找直）实操培训班招生简章（包教包会·可考证）- 邾城建设职业培训学校",
        date=None,
        notes="training school text: the whole brochure on one line; aside and site suffix in the record title; a 400 line beside the school's 报名电话; no date",
        page="""
!m 邾城建设职业培训学校　　学技能 · 好就业
!a 🔥限时优惠：本月报名立减200元
!t 砌筑工（吊线找直）实操培训班招生简章（包教包会·可考证）
{BODY}
!w 全国招生加盟热线：400-089-7731
!m 校址：邾城市梵潭区建设路55号　　赣ICP备19020416号
""",
        oneline=True,
        indent="　",
        body="""
砌墙正不正，全看吊线准不准。本班专门针对砌筑工铅锤吊线、靠尺找直等基本功开设，帮助学员打牢手上功夫。
培训内容：铅锤、线坠的选择与检查，墙角吊线，门窗洞口吊线，垂直度偏差判断与纠正，常见质量通病的防治。
培训方式：小班实操，每班不超过16人，每人一个实训工位，老师傅手把手带教。
培训时间：10天，结业后可参加砌筑工职业技能等级认定。
报名电话：0797-8209516（招生办）。
""",
    ),
    dict(
        slug="app-bijixia-report-nightstand-sales-manager",
        site="笔记侠写作 (invented, writing app H5 share)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="html",
        source="https://h5.bijixia.example.com/share/doc?id=66018231",
        title="床头柜产品线销售经理2024年度述职报告",
        record_title="床头柜产品线销售经理2024年度述职报告（年终述职直接套用）· 笔记侠写作",
        date="2025-01-10",
        notes="writing app H5 share: open-app mask, a fold ('expand the rest'), an AI-rewrite button glued after a sentence; 成文日期 in Chinese numerals",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>床头柜产品线销售经理2024年度述职报告（年终述职直接套用）· 笔记侠写作</title></head>
<body>
<div class="app-mask">⟦a 打开笔记侠APP，解锁全部范文⟧ <button>⟦a 立即打开⟧</button></div>
<div class="doc-card"><h1>{T}</h1>
<div class="author">⟦m 笔记侠用户·木棉　已被复用 3,217 次⟧</div>
<div class="doc-body">
{BODY}
</div>
<div class="fold">⟦a 展开剩余 35% ▼⟧</div></div>
<div class="bottom-bar"><a>⟦a 一键复用⟧</a> <a>⟦a 转存到文件夹⟧</a> <a>⟦a 帮我改写成我的版本⟧</a></div>
<div class="rec"><h4>⟦l 大家还在写⟧</h4><p>⟦l 家居门店店长年终述职⟧</p><p>⟦l 销售主管个人述职报告⟧</p></div>
<script>var _paq=window._paq||[];_paq.push(["trackPageView"]);</script>
</body></html>
""",
        body="""
2024年，我担任公司床头柜产品线销售经理，带领5人销售团队，在公司领导的支持下，较好地完成了全年目标。现将履职情况报告如下。
一、销售业绩。全年销售床头柜8.6万只，销售额2580万元，完成年度目标的108%；其中酒店工程渠道销售3.1万只，同比增长42%。⟦a ✨AI帮你改写这一段⟧
二、主要做法。一是推出带防倾倒装置和USB充电口的新款，成为全年销量第一的单品；二是与邾城、郅原两地4家连锁酒店签订长期供货协议；三是建立经销商月度回访制度，退货率下降到1.6%。
三、存在不足。线上渠道增长缓慢，电商销量只占总量的9%；团队新人培训不够系统。
四、明年打算。重点拓展电商和适老化家具市场，力争销售额突破3000万元。
述职人：柏东林
二〇二五年一月十日
""",
    ),
    dict(
        slug="app-gongwenxiaxia-request-masonry-check-tools",
        site="公文小匣 (invented, writing app share as text)",
        style="范文APP",
        genre="请示",
        kind="notice",
        form="text",
        source="https://m.gwxiaoxia.example.cn/p/qingshi/520877",
        title="关于购置砌体工程质量检测工具的请示",
        record_title="关于购置砌体工程质量检测工具的请示（格式规整·可套用）| 公文小匣APP",
        date="2025-02-18",
        notes="writing app share as text: open-app prompts, a VIP prompt between paragraphs, copy buttons; a 请示 with its 成文日期 and 联系人 line",
        page="""
!a 在公文小匣APP内打开，阅读体验更佳 〉
!m 公文小匣 · 请示报告
{T}
!m 已有 6,104 人参考　·　收录于「请示」合集
{BODY}
!a 复制全文　|　下载DOCX　|　发给微信好友
!l 相似范文：关于购置执法记录仪的请示　·　关于申请质量检测经费的请示
!d 范文内容来源于用户投稿，公文小匣仅做格式整理
""",
        indent="\u3000\u3000",
        body="""
区财政局：
我站承担全区在建房屋建筑工程的质量监督工作。目前站内使用的铅锤、靠尺、塞尺等砌体检测工具多为2012年购置，磨损严重，部分铅锤锤尖偏心，已不能满足检测精度要求。
⟦a 开通公文小匣会员，可查看全部1.2万篇请示范文⟧
为保证监督抽检数据准确，我站拟购置以下检测工具：铅锤（0.5千克）30个，2米靠尺20把，楔形塞尺20把，激光垂准仪4台，共需资金3.86万元。
以上请示妥否，请批示。
联系人：纪文涛，电话：0797-8230418。
梵潭区建设工程质量安全监督站
2025年2月18日
""",
    ),
]

"""holdout277, part E: a residents' site, trade associations, company sites, training schools, writing apps, an exam forum.

Invented text, sites, places, people, numbers and URLs; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="community-qingtan-pledge-cat-litter-drains",
        site="宓坪镇青檀社区网 (invented residents' site)",
        style="社区网站",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://qingtan.miping.example.cn/sqdt/2025/0420/19.html",
        title="文明养宠　猫砂不入下水道倡议书",
        date="2025-04-20",
        notes="title given by the record as is; a residents' site as text with a weather line, a grid member's "
        "mobile and a property line; 'scan to follow the community account' kept as content",
        page="""
!m 青檀社区网　　今天：晴 14~23℃
!m 社区首页 › 社区动态 › 倡议
{T}
!m 来源：青檀社区居委会　点击：271
{BODY}
!m 本网格网格员：邵敏　电话 137 3083 5126
!m 物业服务中心：0831-6738400
!l 上一篇：青檀社区四月份志愿服务积分公示
""",
        indent="\u3000\u3000",
        body="""
亲爱的居民朋友们：
近来，社区多个楼栋接连出现下水道堵塞，物业疏通时从管道里掏出了大量结块的猫砂。一户人家图省事，整栋楼跟着遭殃。为此，青檀社区居委会向全体养宠家庭发出倡议：
一、不把猫砂倒进马桶、地漏和洗手池，用过的猫砂装袋扎紧，投放到其他垃圾桶。
二、不在楼道、电梯厅等公共区域摆放猫砂盆，及时清理宠物粪便。
三、遛狗牵绳，按时为宠物接种疫苗。
四、邻里之间互相提醒，发现堵塞及时报修。
欢迎大家扫码关注“青檀社区”公众号，了解更多文明养宠小知识。
宓坪镇青檀社区居民委员会
2025年4月20日
""",
    ),
    dict(
        slug="association-lanzhou-toys-minutes-roly-poly-bells",
        site="斓州市玩具行业协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="https://www.lzwanxie.example.org.cn/xhdt/2025/0520/133.html",
        title="斓州市玩具行业协会三届五次理事会会议纪要",
        record_title="〖理事会专栏〗斓州市玩具行业协会三届五次理事会会议纪要 - 斓州玩协",
        date="2025-05-16",
        date_also=["2025-05-20"],
        notes="an association's site with a member-login row: minutes with 时间/地点/主持/出席/列席/记录 lines and a "
        "vote count; the 时间 line gives the date, the site's posting date differs; the association's name in "
        "the header is also the signature's first words",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>〖理事会专栏〗斓州市玩具行业协会三届五次理事会会议纪要 - 斓州玩协</title>
<script src="/js/member-login.js"></script></head><body>
<div class="xh-top">⟦m 斓州市玩具行业协会⟧　⟦m 服务会员　规范行业　守护童年⟧</div>
<div class="xh-login">⟦a 会员单位登录　｜　入会申请　｜　会费查询⟧</div>
<ul class="xh-nav"><li>⟦m 协会概况⟧</li><li>⟦m 协会动态⟧</li><li>⟦m 标准与检测⟧</li><li>⟦m 会员风采⟧</li></ul>
<div class="xh-path">⟦m 协会动态 ＞ 会议纪要⟧</div>
<div class="xh-art"><h2>{T}</h2>
<div class="xh-meta">⟦m 发布日期：2025-05-20　发布：秘书处⟧</div>
<div class="xh-body">
{BODY}
</div></div>
<div class="xh-side"><h4>⟦l 往期纪要⟧</h4><p>⟦l 三届四次理事会会议纪要⟧</p><p>⟦l 2024年度会员大会决议⟧</p></div>
<div class="xh-foot">⟦m 协会地址：斓州市衽口路8号科技楼5层　会员服务专线：0734-2277150⟧</div>
</body></html>
""",
        body="""
时间：2025年5月16日上午9:00
地点：协会会议室
主持：会长　邬振邦
出席：理事13人（应到15人）
列席：监事长　甘露
记录：秘书处　卜小雨
会议听取了秘书处关于不倒翁类婴幼儿玩具质量抽查情况的通报，讨论通过了以下事项：
一、审议通过《不倒翁类玩具小零件及铃铛固定团体标准（草案）》，表决结果：同意12票，反对0票，弃权1票。
二、同意组织会员企业开展铃铛拉力自查，6月30日前报送自查结果。
三、决定于7月举办一期玩具安全标准培训班，由秘书处拟定方案。
斓州市玩具行业协会秘书处
""",
    ),
    dict(
        slug="association-qinhu-textile-pledge-pillowcase-labels-wrapped",
        site="衾湖县家纺协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.qhjiafang.example.org/xhgg/2025/1016/48.html",
        title="关于枕套产品如实标注纤维成分的倡议书",
        record_title="【诚信标注倡议】关于枕套产品如实标注纤维成分的倡议书 ——衾湖县家纺协会",
        date="2025-10-15",
        notes="an association's pledge hard-wrapped at 66 columns; member-area and hotline chrome; the date under "
        "the signature",
        page="""
!m 衾湖县家纺协会　|　会员专区　|　入会指南
!m 当前：首页 / 协会公告
!t 【诚信标注倡议】关于枕套产品如实标注纤维成分的倡议书 ——衾湖县家纺协会
!m 浏览：392　　【字号：放大 缩小】
{BODY}
!a 会员单位可在“会员专区”下载倡议书签署页
!m 协会秘书处热线：0819-3512261　传真：0819-3512262
!m Copyright © 衾湖县家纺协会
""",
        indent="\u3000\u3000",
        wrap=66,
        body="""
各会员单位：
近期，市场监管部门抽查发现，部分枕套产品标注“100%纯棉”，实际棉含量不足六成；有的标注“真丝枕套”，实为涤纶仿真丝。这些行为损害了消费者权益，也影响了我县家纺产业的声誉。为此，衾湖县家纺协会向全体会员单位倡议：
一、如实标注。枕套吊牌、包装上的纤维成分和含量，必须与检测结果一致，不夸大、不混淆。
二、严把原料关。每批面料进厂留样送检，检测报告保存不少于两年。
三、接受监督。欢迎消费者和同行对标注不实的产品进行举报，协会将通报并督促整改。
让每一只枕套都“表里如一”，是我们共同的责任。
衾湖县家纺协会
2025年10月15日
""",
    ),
    dict(
        slug="company-chongyue-recall-tofu-litter-batches",
        site="斓州宠悦宠物用品有限公司官网 (invented)",
        style="企业官网",
        genre="召回公告",
        kind="notice",
        form="html",
        source="https://www.chongyue-pet.example.com/news/2025/0910/recall.html",
        title="关于部分批次豆腐猫砂主动召回的公告",
        record_title="召回专区 › 关于部分批次豆腐猫砂主动召回的公告 - 宠悦宠物",
        date="2025-09-10",
        notes="a company site: a cookie notice, an online-service float and a 400 order line beside the recall's "
        "own 咨询电话; a batches table (one row a paragraph)",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>召回专区 › 关于部分批次豆腐猫砂主动召回的公告 - 宠悦宠物</title>
<script src="/js/cookie-consent.js"></script></head><body>
<header><a class="logo">⟦m 宠悦 CHONGYUE⟧</a><nav>⟦m 首页　产品中心　新闻中心　品牌故事　联系我们⟧</nav>
<span class="tel">⟦m 全国订购热线 400-860-7750⟧</span></header>
<div class="crumb">⟦m 首页 / 新闻中心 / 企业公告⟧</div>
<article><h1>{T}</h1>
<div class="info">⟦m 发布：品牌部　浏览：3,906⟧</div>
<div class="text">
{BODY}
</div></article>
<div class="more">⟦l 相关新闻：宠悦新厂区通过质量管理体系认证｜秋季新品冻干猫粮上市⟧</div>
<div class="service-float">⟦a 在线客服　9:00—21:00 为您服务⟧</div>
<div class="cookie">⟦d 本站使用Cookie改善浏览体验，继续访问即表示您同意我们的隐私政策　知道了⟧</div>
<footer>⟦m © 2025 斓州宠悦宠物用品有限公司　湘ICP备22017734号-1⟧</footer>
</body></html>
""",
        body="""
尊敬的消费者：
我公司在例行抽检中发现，以下批次的“宠悦”原味豆腐猫砂因原料受潮，部分产品存在结团变差、霉变的可能。为保障猫咪健康，我公司决定主动召回以下批次产品：
产品名称　规格　生产批号
原味豆腐猫砂　6升　20250712A
原味豆腐猫砂　6升　20250713B
原味豆腐猫砂　10升　20250715A
请已购买上述批次产品的消费者立即停止使用，凭包装袋上的批号办理退款，无需提供购物小票。召回咨询电话：0734-2318057（每天9:00—20:00）。
由此给您带来的不便，我们深表歉意。
斓州宠悦宠物用品有限公司
2025年9月10日
""",
    ),
    dict(
        slug="company-hengnuan-news-three-layer-bucket",
        site="缡溪恒暖厨具有限公司官网 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.hengnuan-kitchen.example.com/qydt/2025/1028/1.html",
        title="三层真空不锈钢保温桶在我公司正式下线",
        record_title="企业资讯 ▸ 三层真空不锈钢保温桶在我公司正式下线｜缡溪恒暖",
        date="2025-10-28",
        notes="a company news page as text: a dotted-slash date line taken as the page's date; product links and "
        "an order line at the bottom",
        page="""
!m 缡溪恒暖厨具　　用心保温每一餐
!m 首页 / 企业资讯
!t 企业资讯 ▸ 三层真空不锈钢保温桶在我公司正式下线｜缡溪恒暖
!m 2025/10/28　　作者：综合办　　阅读：518
{BODY}
!l 热销产品：单层饭桶　双层保温桶　学生餐盒　送餐箱
!m 批发订购：0831-6760588　　地址：缡溪县工业园区恒暖路2号
""",
        body="""
10月27日，缡溪恒暖厨具有限公司新研发的三层真空不锈钢保温桶在二号车间正式下线，首批5000只将发往学校、医院和建筑工地食堂。
这款保温桶采用双层304不锈钢真空结构，内胆分为饭格、菜格和汤格三层。实验室测试显示，装入95摄氏度的热汤，6小时后仍保持在62摄氏度以上。桶盖加装了硅胶密封圈和防烫提手，方便送餐人员搬运。
公司总经理段立新表示，今后将根据客户反馈继续改进产品，明年计划推出带温度显示的款式。
""",
    ),
    dict(
        slug="training-qiaoshou-brochure-housekeeping-linen",
        site="衿川巧手家政职业培训学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.qiaoshou-jz.example.com/zhaosheng/kefang-2025.html",
        title="客房服务员（布草整理方向）短期培训班招生简章",
        record_title="客房服务员（布草整理方向）短期培训班招生简章｜名额有限 - 衿川巧手家政学校",
        date=None,
        notes="a training school: a promo banner, a consult float and a 400 franchise line beside the school's own "
        "报名电话; a course table; a brochure with no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>客房服务员（布草整理方向）短期培训班招生简章｜名额有限 - 衿川巧手家政学校</title>
<script src="/js/kefu-float.js"></script></head><body>
<div class="banner">⟦a 本月报名立减200元　前30名赠送工作服一套⟧</div>
<div class="top">⟦m 衿川巧手家政职业培训学校⟧　⟦m 人社部门认定培训机构⟧</div>
<ul class="nav"><li>⟦m 学校简介⟧</li><li>⟦m 培训项目⟧</li><li>⟦m 学员就业⟧</li><li>⟦m 在线报名⟧</li></ul>
<div class="main"><h1>{T}</h1>
<div class="meta">⟦m 招生老师：郑老师　人气：1290⟧</div>
<div class="content">
{BODY}
</div>
<div class="signup">⟦a 立即在线报名，老师1小时内回电⟧</div></div>
<div class="float">⟦w 课程顾问微信：qiaoshou_zx01⟧</div>
<div class="foot">⟦m 加盟合作热线：400-611-3906⟧　⟦m 校址：衿川县宓坪路105号⟧</div>
</body></html>
""",
        body="""
为满足酒店、民宿对客房服务人员的需求，本校开设客房服务员（布草整理方向）短期培训班，现面向社会招生。
一、培训对象：18至50周岁、身体健康的城乡劳动者，失业人员和农村转移劳动力优先。
二、课程安排
模块　课时　主要内容
铺床与枕套更换　16课时　中式铺床、枕套套装与整形
布草分拣与交接　8课时　布草分类、点数、送洗登记
清洁与消毒　8课时　客房清洁流程、消毒剂配比
三、培训费用：符合条件的学员可申请职业技能培训补贴，结业考核合格的颁发培训合格证书。
四、报名方式：携带身份证到校报名，报名电话：0831-6627718（周一至周六）。
""",
    ),
    dict(
        slug="training-niqu-brochure-roly-poly-pottery-oneline",
        site="颀山泥趣工坊 (invented pottery school)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="text",
        source="https://niqu.qishan.example.com/kecheng/budaoweng.html",
        title="捏一只会点头的不倒翁——少儿陶艺暑期课",
        record_title="【暑假报名中】捏一只会点头的不倒翁——少儿陶艺暑期课（6—12岁）- 颀山泥趣工坊",
        date=None,
        notes="a pottery school's brochure on one line; a price line, a trial-lesson prompt and a consult WeChat; "
        "no date",
        page="""
!m 颀山泥趣工坊　·　让孩子玩泥巴
!t 【暑假报名中】捏一只会点头的不倒翁——少儿陶艺暑期课（6—12岁）- 颀山泥趣工坊
!m 学费：680元/4次　已报名 37 人
{BODY}
!a 先来体验一节？9.9元试听课，点此预约
!w 课程咨询：微信 niqu_laoshi（备注“暑假班”）
!m 颀山泥趣工坊　版权所有
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
这个暑假，带孩子来泥趣工坊，亲手捏一只会点头、推不倒的不倒翁。
课程共4次，每次90分钟：第一次认识陶泥，练习搓、捏、压；第二次塑造不倒翁的圆底和身体；第三次画脸、上釉；第四次出窑，带作品回家。
每班不超过10人，由美术专业老师授课，材料和烧制费用已包含在学费里。
上课时间为7月、8月每周六上午，地点在颀山县文化馆二楼。
孩子们在揉揉捏捏中，既能锻炼手指力量，也能明白“重心低、站得稳”的小道理。
""",
    ),
    dict(
        slug="writingapp-biyou-host-script-umbrella-stand",
        site="笔友写作App (invented, H5 share page)",
        style="范文APP",
        genre="主持词",
        kind="other",
        form="html",
        source="https://h5.biyou-xiezuo.example.com/share/article?id=3308817",
        title="“爱心伞架”启用仪式主持词",
        record_title="“爱心伞架”启用仪式主持词（3分钟版）| 笔友写作App",
        date=None,
        notes="a writing app's H5 share page: an open-app mask, AI buttons glued after a paragraph, a fold prompt on "
        "a line of its own between paragraphs, a template recommendation list; a host script with no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>“爱心伞架”启用仪式主持词（3分钟版）| 笔友写作App</title>
<script src="https://h5.biyou-xiezuo.example.com/sdk/openapp.js"></script></head><body>
<div class="mask">⟦a 在笔友App内打开，一键生成同类主持词⟧</div>
<div class="bar">⟦m 笔友写作⟧　⟦a 去App看⟧</div>
<div class="art"><h1>{T}</h1>
<div class="by">⟦m 笔友创作者·小满写稿　已有 2.3万 人使用⟧</div>
<div class="txt">
{BODY}
</div>
<div class="ai">⟦a AI续写　AI润色　换个风格⟧</div></div>
<div class="rec"><h4>⟦l 你可能还需要⟧</h4><p>⟦l 志愿服务项目启动仪式主持词⟧</p><p>⟦l 便民服务站揭牌仪式讲话⟧</p></div>
<div class="foot">⟦d 内容由创作者上传，仅供参考使用⟧</div>
</body></html>
""",
        body="""
尊敬的各位领导、同志们：
大家上午好！今天我们在这里举行“爱心伞架”启用仪式。首先，请允许我介绍出席今天仪式的领导和嘉宾……
这次设置的爱心伞架共有6处，分布在机关大门、办事大厅和职工食堂门口，共投放雨伞150把，方便干部职工和来办事的群众雨天使用。⟦a ✎ 用AI改写这一段⟧
下面，进行第一项议程，请机关党委负责同志介绍爱心伞架的设置和管理情况。
⟦a 展开剩余70%，App内免费看⟧
进行第二项议程，请志愿者代表发言。
进行第三项议程，请领导为爱心伞架揭牌。
同志们，一把伞传递的是一份温暖，一个伞架守护的是一份诚信。希望大家爱护伞架，借用之后及时归还。仪式到此结束，谢谢大家！
""",
    ),
    dict(
        slug="writingapp-xiezuobao-summary-animal-shelter-litter",
        site="写作宝 (invented writing app, text share)",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://m.xiezuobao.example.cn/s/ZJ88120463",
        title="斓州市流浪动物救助站2024年工作总结",
        record_title="斓州市流浪动物救助站2024年工作总结（改改就能交）· 写作宝",
        date="2025-01-08",
        notes="a writing app's text share: an open-in-app line, a member prompt between paragraphs, a share-count "
        "line; the date under the signature",
        page="""
!m 写作宝 · 范文库
!t 斓州市流浪动物救助站2024年工作总结（改改就能交）· 写作宝
!a 下载写作宝App，看全文更流畅
!m 收藏 906 · 复用 1.4千次
{BODY}
!a 一键替换单位名称　|　生成Word
!l 同类范文：2024年宠物医院工作总结　动物防疫站年度总结
""",
        body="""
2024年，市流浪动物救助站在市城市管理局的指导下，坚持“救助、收容、领养”并重，全年工作总结如下。
一、救助收容情况。全年接收流浪猫412只、流浪犬236只，完成绝育手术530例，送出领养371只，领养率较上年提高12个百分点。
⟦a 开通写作宝会员，解锁无水印全文⟧
二、环境卫生管理。猫舍实行“一猫一盆”，猫砂每日更换，用过的猫砂按其他垃圾集中清运，全年未发生传染病暴发。社会爱心人士全年捐赠猫砂2.6吨，节约经费约1.8万元。
三、志愿服务。登记志愿者310人，开展“领养日”活动12场。
2025年，救助站将扩建猫舍，完善领养回访制度，继续做好流浪动物救助工作。
斓州市流浪动物救助站
2025年1月8日
""",
    ),
    dict(
        slug="gkforum-shangan-essay-roly-poly-cadres-jammer",
        site="上岸驿站公考论坛 (invented)",
        style="公考论坛",
        genre="申论文章",
        kind="other",
        form="html",
        source="https://bbs.shanganyizhan.example.com/thread-66120-1-1.html",
        title="做扎根基层的“不倒翁”",
        record_title="【大作文·习作】做扎根基层的“不倒翁”（限时50分钟，欢迎拍砖）- 申论互改区 - 上岸驿站公考论坛",
        date=None,
        notes="an exam forum: jammer-font junk in the post, a reply-to-see prompt, a QQ-group ad, a rating row; "
        "'发表于 4 天前' is no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>【大作文·习作】做扎根基层的“不倒翁”（限时50分钟，欢迎拍砖）- 申论互改区 - 上岸驿站公考论坛</title>
<style>.jammer{font-size:0;color:transparent}</style>
<script src="static/js/common.js?Q7x"></script></head><body>
<div id="hd">⟦m 上岸驿站公考论坛　—　一起上岸⟧　<a>⟦a 登录⟧</a>　<a>⟦a 注册领资料⟧</a></div>
<div id="pt">⟦m 论坛首页 › 申论互改区 › 正文⟧</div>
<div class="qqad">⟦w 申论批改互助群：QQ群 702318554，进群送历年真题⟧</div>
<div class="post"><div class="pi">⟦m 今年必上岸 楼主　发表于 4 天前⟧</div>
<h1>{T}</h1>
<div class="t_f">
{BODY}
</div>
<div class="locked">⟦a 本帖附带点评稿，回复后可见⟧</div>
<div class="rate">⟦l 评分　人数 5　积分 +15　理由：结构清楚⟧</div></div>
<div class="rp">⟦l 2楼　阿柚：第三段可以再加个例子⟧</div>
<div id="ft">⟦m 上岸驿站公考论坛 Powered by Discuz!⟧</div>
</body></html>
""",
        junk=dict(lines=1, glued=2),
        body="""
不倒翁之所以推不倒，是因为它重心低、根基稳。新时代的基层干部，也要做扎根基层的“不倒翁”。
做“不倒翁”，要把重心放低。基层干部只有把身子沉下去，走进田间地头、坐到群众炕头，才能听到真话、摸清实情。重心高了，脚下就会发飘，遇到风浪就容易栽跟头。
做“不倒翁”，要有压得住的“底”。这个底，是理想信念，是为民情怀。面对困难不退缩，面对诱惑不动摇，被推一把也能很快站直。
做“不倒翁”，还要懂得在摇摆中找平衡。基层工作千头万绪，政策要求和群众诉求之间难免有张力，需要干部在坚持原则的前提下灵活应对。
重心低一点，根基稳一点，基层干部就能在风雨中站得稳、立得住。
""",
    ),
]

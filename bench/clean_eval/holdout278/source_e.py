"""holdout278, part E: residents' sites, trade associations, company sites, training schools, writing apps.

Invented text, sites, places and people; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="community-pahu-reminder-handstove-co-alarm",
        site="潖湖社区服务网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.pahu-sq.cn/tzgg/2024/1215/402.html",
        title="关于冬季规范使用炭火手炉、暖脚炉的温馨提示",
        record_title="〖邻里暖心话〗关于冬季规范使用炭火手炉、暖脚炉的温馨提示-潖湖社区服务网",
        date="2024-12-15",
        notes="residents' site: weather line, a grid worker's box with a mobile and the property's repair line beside the community's own "
        "duty phone; a scan-to-register sentence kept; 成文日期",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〖邻里暖心话〗关于冬季规范使用炭火手炉、暖脚炉的温馨提示-潖湖社区服务网</title></head>
<body>
<div class="sq-top">⟦m 潖湖社区服务网 · 焯湖区潖湖街道潖湖社区⟧　⟦m 今天 阴　2℃～8℃　空气良⟧</div>
<div class="sq-nav">⟦m 首页｜社区公告｜办事指南｜邻里圈｜志愿服务⟧</div>
<div class="sq-pos">⟦m 首页 » 社区公告⟧</div>
<div class="sq-art"><h2>{T}</h2>
<p class="sq-meta">⟦m 发布：社区居委会　　阅读 318　　点赞 27⟧</p>
<div class="sq-con">
{BODY}
</div>
<div class="sq-zan">⟦a 👍 觉得有用，点个赞⟧</div></div>
<div class="sq-grid"><h4>⟦m 我的网格员⟧</h4><p>⟦m 第三网格　蒋小燕　13807396021⟧</p></div>
<div class="sq-wy">⟦m 物业报修（潖湖花园）：0739-6236600⟧</div>
<div class="sq-foot">⟦m 潖湖社区居民委员会　地址：潖湖路56号⟧　⟦m 湘ICP备21013052号-1⟧</div>
</body></html>
""",
        body="""
各位居民朋友：
天冷了，社区里不少老人又把炭火手炉、暖脚炉拿出来用。炭火燃烧会产生一氧化碳，无色无味，在门窗紧闭的房间里很容易让人中毒。为了大家的安全，社区提醒如下：
一、使用炭火手炉、暖脚炉时，房间要留一条窗缝通风，不要在卧室里长时间使用。
二、睡觉前一定把手炉、脚炉拿出被窝，放到远离床铺、窗帘的地方。
三、家中有独居老人的，子女要多打电话、多上门看看。
四、需要安装一氧化碳报警器的独居老人，可扫描社区公告栏上的二维码登记，或拨打社区值班电话0739-6235110，社区将免费上门安装。
潖湖社区居民委员会
2024年12月15日
""",
    ),
    dict(
        slug="community-canyuan-host-script-lantern-sugar-stall",
        site="灿园社区网 (invented)",
        style="社区网站",
        genre="主持词",
        kind="speech",
        form="text",
        source="http://www.canyuan-sq.net/huodong/2025/yuanxiao.html",
        title="灿园社区2025年元宵游园会主持词",
        date=None,
        notes="record gives the title as is; a host script with 甲/乙/合 lines; a year only in the title is no date",
        page="""
!m 灿园社区网　｜　我们的家园
!m 首页 / 社区活动 / 活动资料
!t 灿园社区2025年元宵游园会主持词
!m 上传：社区文化志愿者　　下载 56 次
{BODY}
!a 〔下载主持稿〕　〔我要点赞〕
!l 往期活动：灿园社区重阳节敬老宴｜灿园社区“六一”亲子运动会
!m 灿园社区居委会主办　咨询电话：0739-6240010
""",
        body="""
甲：各位居民朋友，
乙：各位小朋友们，
合：大家元宵节快乐！
甲：花灯亮起来，汤圆煮起来，今天的灿园社区格外热闹。
乙：今年的游园会，我们准备了猜灯谜、套圈、包汤圆，还特别请来了吹糖人的晏春生师傅。
甲：晏师傅吹了四十多年糖人，一会儿大家可以排队，请师傅给自己吹一个属相。
乙：提醒小朋友们，糖锅很烫，要在黄线外面看，不能用手去摸哦。
甲：下面，请社区党委书记吕文华致辞，大家欢迎！
合：游园会现在开始！
""",
    ),
    dict(
        slug="assoc-minchuan-fan-pledge-painted-printed",
        site="旻川县扇业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://www.mcshanye.org.cn/xhdt/2025/0508.html",
        title="关于规范团扇手绘与印刷扇面标注的自律倡议",
        record_title="〔行业自律·扇面标注〕关于规范团扇手绘与印刷扇面标注的自律倡议 - 旻川县扇业协会",
        date="2025-05-08",
        notes="association page: member login row and a member hotline beside the secretariat's own phone; "
        "the association's name is also the signature (head); 成文日期",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〔行业自律·扇面标注〕关于规范团扇手绘与印刷扇面标注的自律倡议 - 旻川县扇业协会</title></head>
<body>
<div class="xh-top">⟦m 旻川县扇业协会⟧　<a>⟦a 会员单位登录⟧</a> <a>⟦a 申请入会⟧</a></div>
<div class="xh-nav">⟦m 协会概况｜协会动态｜行业资讯｜会员风采｜政策法规⟧</div>
<div class="xh-pos">⟦m 协会动态 › 自律倡议⟧</div>
<div class="xh-art"><h1>{T}</h1>
<p class="xh-meta">⟦m 秘书处　｜　浏览 744⟧</p>
<div class="xh-con">
{BODY}
</div></div>
<div class="xh-side"><h4>⟦l 协会动态⟧</h4><p>⟦l 协会组织会员赴苏州考察缂丝团扇⟧</p><p>⟦l 2025年会员年检通知⟧</p></div>
<div class="xh-foot">⟦m 会员服务热线：0736-5290808⟧　⟦m 旻川县扇业协会版权所有　湘ICP备19018226号⟧</div>
</body></html>
""",
        body="""
全县扇业从业者：
近年来，我县团扇销量逐年增长，但也有个别商户把印刷扇面当作手绘扇面出售，以次充好，损害了消费者权益和“旻川团扇”的名声。为此，协会向全体会员和从业者倡议：
一、如实标注。手绘、印刷、手绘加印刷的扇面，要在吊牌和网店详情页中分别写明，不含糊、不误导。
二、明码标价。同一款式的手绘扇面和印刷扇面要分开定价，不得混卖。
三、相互监督。发现冒充手绘的，可向协会秘书处反映，协会将约谈相关会员，情节严重的取消会员资格。
协会秘书处电话：0736-5290812。
旻川县扇业协会
2025年5月8日
""",
    ),
    dict(
        slug="assoc-longxi-rattan-council-minutes-vote",
        site="昽溪县藤编行业协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="other",
        form="text",
        source="http://www.lxtengbian.org/news/2025/0317.html",
        title="昽溪县藤编行业协会第二届理事会第三次会议纪要",
        date="2025-03-14",
        date_also=["2025-03-17"],
        notes="record gives the title as is; minutes' 时间/地点/主持/出席/记录 lines and a vote count kept; the meeting date is the date, "
        "the site's posting date also accepted",
        page="""
!m 昽溪县藤编行业协会　　会员专区｜入会申请
!m 首页 > 协会动态 > 会议纪要
!t 昽溪县藤编行业协会第二届理事会第三次会议纪要
!m 发布：2025-03-17　　秘书处
{BODY}
!l 上一篇：协会举办藤编新品设计培训班
!l 下一篇：关于开展2025年度优秀会员评选的通知
!m 协会秘书处：昽溪县爟口镇工业路9号
""",
        body="""
时间：2025年3月14日上午9:00
地点：爟口镇藤编产业园会议室
主持：协会会长　庞志坚
出席：理事15名（应到17名）
记录：秘书处　温小禾
会议审议了以下事项：
一、审议通过《2025年协会工作要点》。
二、审议通过藤条统一采购办法。会员单位每季度申报藤条用量，由协会统一向产地采购，价格在会员范围内公开。表决结果：同意14票，反对0票，弃权1票。
三、研究确定5月在爟口镇举办藤编技能比武，由秘书处牵头制定方案。
会议要求，各理事单位要带头执行统一采购办法，不得私下抬价抢购藤条。
""",
    ),
    dict(
        slug="company-tonglu-news-electric-handstove-title-glued",
        site="燠城铜炉记工艺品有限公司 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.tongluji.com/news/company/2025-11-18-57.html",
        title="铜炉记推出电热内胆仿古手炉",
        record_title="上新啦 | 铜炉记推出电热内胆仿古手炉 — 燠城铜炉记工艺品有限公司",
        record_date="2025-11-18",
        date="2025-11-18",
        notes="company site: cookie notice, a service float; the 发布于 line is the date; the title repeated and glued before the lead; "
        "the company's short name inside the body; an online-shop link between paragraphs",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>上新啦 | 铜炉记推出电热内胆仿古手炉 — 燠城铜炉记工艺品有限公司</title></head>
<body>
<header><div class="logo">⟦m 铜炉记 TONGLUJI · 一炉暖意⟧</div>
<nav>⟦m 首页　品牌故事　产品中心　新闻动态　联系我们⟧</nav></header>
<div class="crumb">⟦m 首页 / 新闻动态 / 公司新闻⟧</div>
<article><h1>{T}</h1>
<p class="date">⟦m 发布于：2025-11-18　　浏览：981⟧</p>
<div class="con">
{BODY}
</div>
<div class="prevnext">⟦l ‹ 铜炉记亮相省工艺美术博览会⟧　⟦l 铜炉记手炉养护小贴士 ›⟧</div></article>
<div class="cookie">⟦d 本站使用Cookie改善浏览体验，继续浏览即表示您同意⟧ <button>⟦a 我知道了⟧</button></div>
<div class="kf">⟦w 在线客服 · 订购咨询⟧</div>
<footer>⟦m 燠城铜炉记工艺品有限公司　订购热线：400-877-3302⟧　⟦m 湘ICP备22004917号⟧</footer>
</body></html>
""",
        body="""
⟦t 铜炉记推出电热内胆仿古手炉⟧11月18日，燠城铜炉记工艺品有限公司推出新品“暖云”电热内胆仿古手炉。
新品外壳沿用燠城手炉传统的錾花工艺，由公司老师傅手工錾刻梅、兰、竹、菊四种图案；内胆改用低压电热片，充电两小时可持续发热四小时，表面温度控制在五十摄氏度以内，不用炭火，不产生烟气。
⟦l 天猫旗舰店同步开售，戳这里直达⟧
公司负责人葛思远介绍，传统炭火手炉需要会埋炭、会看火，年轻人用起来不方便。这次的新品保留了老手炉的样子和手感，又解决了安全问题，希望让更多人愿意把手炉捧在手里。
据悉，首批“暖云”手炉共生产两千只，每只都附有錾刻师傅的署名卡。
""",
    ),
    dict(
        slug="company-fenghe-recall-four-sided-grater-batches",
        site="锋禾厨具官网 (invented)",
        style="企业官网",
        genre="召回公告",
        kind="notice",
        form="text",
        source="http://www.fenghe-kitchen.com/gonggao/2025/0910.html",
        title="关于召回部分批次四面不锈钢擦菜板的公告",
        record_title="企业公告丨关于召回部分批次四面不锈钢擦菜板的公告｜锋禾厨具官网",
        date="2025-09-10",
        notes="company text: recalled batches one row a paragraph (production months are no date); the recall line beside the 400 order line; "
        "a sentence about scanning the batch label kept; 成文日期",
        page="""
!m 锋禾厨具 FENGHE　　首页｜产品｜服务｜关于锋禾
!m 订购热线：400-661-2086
!t 企业公告丨关于召回部分批次四面不锈钢擦菜板的公告
!m 首页 > 企业公告
{BODY}
!a 【返回】【分享到微信】
!m 皞阳锋禾厨具有限公司　版权所有　湘ICP备17011822号
""",
        body="""
尊敬的消费者：
我公司在质量回访中发现，部分批次四面不锈钢擦菜板的刀片焊点强度不足，长期使用可能出现刀片脱落，存在划伤风险。为保障消费者安全，我公司决定主动召回以下批次产品：
产品型号　生产批号　生产月份
FH-C401　C4250602　2025年6月
FH-C401　C4250611　2025年6月
FH-C402　C4250703　2025年7月
请消费者查看产品背面标签上的批号，或用手机扫描标签二维码查询。属于召回范围的，请停止使用，我公司将免费更换新品或全额退款。
召回专线：0739-6170388（每天8:00—20:00）。
皞阳锋禾厨具有限公司
2025年9月10日
""",
    ),
    dict(
        slug="school-tianyi-brochure-sugar-painting-winter-class",
        site="甜艺坊手工学堂 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.tianyifang-edu.com/kecheng/hanjia-tangyi.html",
        title="寒假亲子糖画糖人体验课招生简章",
        record_title="【亲子糖艺课】寒假亲子糖画糖人体验课招生简章（含材料包）｜甜艺坊手工学堂",
        date=None,
        notes="training school: promo banner, consult float; the school's 报名电话 beside a 400 franchise line; course table; "
        "a scan-to-enrol sentence kept; a brochure with no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【亲子糖艺课】寒假亲子糖画糖人体验课招生简章（含材料包）｜甜艺坊手工学堂</title></head>
<body>
<div class="ty-banner">⟦a 寒假早鸟价：1月10日前报名立减80元⟧</div>
<div class="ty-top">⟦m 甜艺坊手工学堂⟧　⟦m 全国加盟热线：400-080-6616⟧</div>
<div class="ty-nav">⟦m 首页｜课程体系｜师资团队｜学员作品｜校区地址⟧</div>
<div class="ty-art"><h2>{T}</h2>
<div class="ty-con">
{BODY}
</div></div>
<div class="ty-float">⟦w 课程顾问在线答疑，点我免费试听⟧</div>
<div class="ty-foot">⟦m 甜艺坊手工学堂（皞阳焯湖校区）⟧　⟦d 课程最终解释权归甜艺坊所有⟧　⟦m 湘ICP备23003018号⟧</div>
</body></html>
""",
        body="""
寒假到了，带孩子来学一门有温度的老手艺吧！甜艺坊特邀糖画传承人开设亲子糖画糖人体验课，家长和孩子一起动手，把甜甜的年味带回家。
一、课程安排
班次　上课时间　内容
A班　1月20日—22日　糖画：生肖、花朵
B班　1月24日—26日　吹糖人：葫芦、小老鼠
二、招生对象：6—12岁儿童及一名家长，每班限8组家庭。
三、课程费用：每组家庭680元，含全部材料包和作品包装盒。
四、安全保障：熬糖、浇糖环节由老师操作，孩子使用专用低温糖板练习，教室配备烫伤急救箱。
五、报名方式：扫描校区门口海报上的二维码报名，或拨打报名电话0739-6251887。
""",
    ),
    dict(
        slug="school-sushan-insight-fan-painting-oneline",
        site="素扇堂美育 (invented)",
        style="培训机构",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://www.sushantang.cn/xueyuan/xinsheng/0419.html",
        title="团扇手绘研修班结业心得",
        record_title="【学员作品心声】团扇手绘研修班结业心得 - 素扇堂美育",
        date=None,
        notes="training school text: the whole body on one line; a trial-lesson ad and consult line around it; an insight with no date",
        page="""
!m 素扇堂美育　·　成人国画与团扇手绘
!m 首页 ＞ 学员心声
!t 【学员作品心声】团扇手绘研修班结业心得
!m 学员：林晚秋（第12期研修班）　　浏览 203
{BODY}
!a 想和林同学一样画出自己的团扇？预约一节免费体验课 →
!w 课程咨询：素扇堂前台 0736-5277610（微信同号）
!m © 素扇堂美育
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
报名团扇手绘研修班之前，我已经十几年没拿过毛笔了。
第一节课，吕老师让我们先在宣纸上画一百片竹叶，画到后来手腕都酸了，才明白“先练笔，再上绢”的道理。
绢面和宣纸完全不同，墨一多就晕，色一厚就板。老师教我们用淡墨起稿、薄色多遍，一把扇子要上五六遍颜色才算完成。
结业那天，我画的是一枝枇杷，两只小雀，虽然稚拙，却是我这半年最得意的作品。
谢谢老师和同学们，让我在忙碌的日子里，找到了一方安静的小天地。
""",
    ),
    dict(
        slug="writingapp-xiegaoli-report-rattan-coop-chairman",
        site="写稿狸App (invented writing app, H5 share)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="html",
        source="https://h5.xiegaoli.com/share/doc?id=88310427&from=wx",
        title="爟口镇藤编专业合作社理事长2025年度述职报告",
        record_title="爟口镇藤编专业合作社理事长2025年度述职报告（理事长通用版）· 写稿狸App",
        date="2025-12-26",
        notes="writing app H5 share: open-app mask, a fold after a sentence, an AI-rewrite button between paragraphs; "
        "成文日期 in Chinese numerals",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>爟口镇藤编专业合作社理事长2025年度述职报告（理事长通用版）· 写稿狸App</title></head>
<body>
<div class="mask">⟦a 在写稿狸App内打开，阅读体验更好⟧ <button>⟦a 去App里看⟧</button></div>
<div class="h5-head">⟦m 写稿狸 · 材料写作好搭子⟧</div>
<div class="h5-doc"><h1>{T}</h1>
<p class="h5-meta">⟦m 由用户“藤编老韦”分享　　3.1k 人用过⟧</p>
<div class="h5-body">
{BODY}
</div>
<div class="h5-btns"><button>⟦a 一键套用此模板⟧</button><button>⟦a 复制全文（会员）⟧</button></div></div>
<div class="h5-rec"><h4>⟦l 写稿狸为你推荐⟧</h4><p>⟦l 农民专业合作社年度工作总结⟧</p><p>⟦l 村级集体经济组织负责人述职报告⟧</p></div>
<div class="h5-foot">⟦m 写稿狸 xiegaoli.com　沪ICP备24016630号⟧</div>
</body></html>
""",
        body="""
各位社员代表：
我受理事会委托，现将2025年度履职情况报告如下，请予评议。
一、主要工作。一年来，合作社新吸收社员37户，社员总数达到186户；全年收购藤条210吨，生产各类藤筐15.8万只，销售收入820万元，比上年增长21%。⟦a 展开剩余全文 ∨⟧
二、为社员办的实事。统一采购藤条，每吨比社员自购节省约900元；组织编织培训6期，培训社员140人次；年底按交售量为社员返还盈余52万元。
⟦a ✦ AI改写：一键换成你单位的数据⟧
三、存在的不足。产品仍以低价周转筐为主，新品开发不够；财务人员只有一名兼职会计，管理还不够规范。
明年，我将带领理事会重点抓好新品开发和规范管理，让社员的收入再上一个台阶。
爟口镇藤编专业合作社理事长　韦大成
二〇二五年十二月二十六日
""",
    ),
    dict(
        slug="writingapp-miaobi-address-handstove-festival",
        site="妙笔公文App (invented writing app)",
        style="范文APP",
        genre="致辞",
        kind="speech",
        form="text",
        source="https://m.miaobigw.cn/s/7Qe2Lk",
        title="在首届燠城手炉文化节开幕式上的致辞",
        record_title="在首届燠城手炉文化节开幕式上的致辞（开幕式必备）- 妙笔公文App",
        date="2025-12-20",
        notes="writing app share as text: date under the speech title (neutral line, the document's date); speaker line neutral; "
        "a member paywall after a sentence and an app prompt at the end",
        page="""
!a 打开妙笔公文App，查看更多同类致辞
!t 在首届燠城手炉文化节开幕式上的致辞（开幕式必备）
!m 妙笔公文 · 致辞类 · 2.4万次使用
{T}
（2025年12月20日）
燠城县人民政府副县长　葛云舒
{BODY}
!a ▼ 会员可查看全文并导出Word
!l 相关推荐：文化节闭幕式致辞｜非遗展演活动主持词
!m 妙笔公文App　让写材料更轻松
""",
        body="""
各位来宾，各位朋友：
大家上午好！在这冬至将近的日子里，首届燠城手炉文化节今天开幕了。我代表县人民政府，向远道而来的各位嘉宾表示热烈欢迎！⟦a 开通妙笔会员，解锁全文⟧
燠城制作手炉的历史可以追溯到明代，铜匠街上的錾花手炉曾经远销江南各地。这些年，县里通过建档、带徒、办工坊，让这门手艺重新热了起来。
本届文化节为期三天，安排了手炉精品展、錾花技艺比赛和老街市集等活动，希望大家走一走、看一看，捧一只手炉，感受燠城的温度。
最后，预祝首届燠城手炉文化节圆满成功！谢谢大家！
""",
    ),
]

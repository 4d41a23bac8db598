"""holdout358, part E: residents' sites, trade associations, company sites, training schools, writing apps.

Invented text, written by hand for this part (see ../README.md and ../build.py for the markup).
"""

CASES = [
    # ------------------------------------------------------------------ 社区网站 (HTML, record date)
    dict(
        slug="community-wangting-mending-station-notice",
        site="旺亭社区网 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.wangtingshequ.cn/tzgg/2025/0301/415.html",
        title="关于旺亭社区便民缝补站正式开放的通知",
        record_title="【邻里帮帮团】关于旺亭社区便民缝补站正式开放的通知（附服务时间）",
        record_date="2025-03-01",
        date="2025-03-01",
        notes="residents' site: weather line, a grid worker's box, property repair and night lines beside the "
        "community's own 咨询电话; a service timetable; the record carries the date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【邻里帮帮团】关于旺亭社区便民缝补站正式开放的通知（附服务时间）</title>
<link rel="stylesheet" href="/css/sq.css">
<script src="/js/weather.js"></script>
</head>
<body>
<div class="sq-top"><span>⟦m 旺亭社区网⟧</span><span>⟦m 株湾区旺亭街道旺亭社区居民委员会⟧</span><span>⟦m 今日株湾：晴 9~18℃ 空气良⟧</span></div>
<div class="sq-nav">⟦m 社区首页⟧ ⟦m 社区公告⟧ ⟦m 党建园地⟧ ⟦m 办事指南⟧ ⟦m 邻里圈⟧</div>
<div class="sq-loc">⟦m 首页 › 社区公告⟧</div>
<div class="sq-art">
<h2>{T}</h2>
<p class="sq-info">⟦m 发布人：社区居委会　　浏览：389⟧</p>
<div class="sq-text">
{BODY}
</div>
<p class="sq-share">⟦l 转给邻居：微信　朋友圈⟧</p>
</div>
<div class="sq-grid"><h4>⟦m 我的网格员⟧</h4><p>⟦m 第三网格　宁晓燕　138 5776 0413⟧</p></div>
<div class="sq-side">
<p>⟦m 物业报修：0577-8816 2200⟧</p>
<p>⟦m 夜间值班：0577-8816 2299⟧</p>
</div>
<div class="sq-foot">⟦m 旺亭社区居委会　地址：旺亭路56号　浙ICP备20008837号⟧</div>
</body>
</html>
""",
        body="""
各位居民朋友：
为方便居民日常缝补，社区在党员志愿缝补队的基础上，设立了便民缝补站，现定于3月8日正式开放。有关事项通知如下：
一、服务地点：社区党群服务中心一楼东侧活动室。
二、服务时间：
服务项目　时间
缝补、钉扣、改裤脚　每周二、周六9:00—11:30
换拉链、改制旧衣　每月第二、第四个周六14:00—16:30
三、服务内容：缝补衣物、钉纽扣、改裤脚、换拉链等，一律免费，拉链、纽扣等材料按进价收取。
四、站内备有缝纫机、熨斗、拆线器、剪刀等工具，居民可以在志愿者指导下自己动手，用后请放回原处。
咨询电话：0577-8816 5092（社区居委会）。
旺亭社区居民委员会
2025年3月1日
""",
    ),
    # ------------------------------------------------------------------ 社区网站 (text, pledge)
    dict(
        slug="community-junyuan-pledge-balance-board-practice",
        site="郡园社区 (invented residents' site)",
        style="社区网站",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://junyuan.mcsq.net/hdxx/2025/0403/218.html",
        title="“稳稳走”平衡板练习倡议书",
        record_title="邻里健康丨“稳稳走”平衡板练习倡议书——郡园社区",
        date="2025-04-02",
        date_also=["2025-04-03"],
        notes="residents' site as text: weather and grid lines, a property hotline, a share-to-group sentence as "
        "content (分享), a volunteer's mobile; 成文日期 under the signature, the posting date also accepted",
        page="""
!m 郡园社区 · 邻里之家
!m 蒙川 多云转晴 12~21℃
!m 社区动态 ＞ 活动倡议
!t 邻里健康丨“稳稳走”平衡板练习倡议书——郡园社区
!m 来源：郡园社区居委会　　2025-04-03　　阅读 277
{BODY}
!a 👍 支持倡议（126）
!m 网格管家：第二网格　闫立春　139 5770 2281
!m 物业24小时热线 0577-6513 8000
!m 郡园社区居委会　版权所有
""",
        indent="\u3000\u3000",
        body="""
亲爱的居民朋友们：
跌倒是老年人受伤的头号原因。社区老年活动中心已经配好了8块平衡板和扶手架，每周四上午还有康复治疗师现场指导。为此，我们向全体居民发出倡议：
一、动起来。60岁以上的老人每周至少来练一次，每次15分钟，从扶着扶手站稳开始，循序渐进。
二、结对子。请年轻的家人陪老人来练，一人练、一人护，不让老人单独上板。
三、讲安全。练习前先热身，穿防滑平底鞋；头晕、血压不稳时不要练。
四、传出去。请把这份倡议分享到楼栋群和家庭群里，让更多老人知道家门口就能练平衡。
想报名当陪练志愿者的，请联系社区志愿者队长韩师傅，手机：137 5778 0916。
郡园社区居民委员会
2025年4月2日
""",
    ),
    # ------------------------------------------------------------------ 行业协会 (HTML, pledge, Chinese-numeral date)
    dict(
        slug="association-xianzhou-shoe-chamber-buckle-pledge",
        site="衔州市鞋业商会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="http://www.xzxieye.org.cn/shdt/2025/0515/672.html",
        title="关于加强童鞋鞋扣安全自律的倡议书",
        record_title="【商会倡议·童鞋安全】关于加强童鞋鞋扣安全自律的倡议书——衔州鞋业商会",
        date="2025-05-12",
        date_also=["2025-05-15"],
        notes="association site: member login row, member hotline; the chamber's name is also its signature (head/tail); "
        "成文日期 in Chinese numerals, the posting date also accepted",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【商会倡议·童鞋安全】关于加强童鞋鞋扣安全自律的倡议书——衔州鞋业商会</title>
<link rel="stylesheet" href="/skin/xh/main.css">
</head>
<body>
<div class="xh-top"><a href="/member/login">⟦a 会员单位登录⟧</a>　<a href="/member/apply">⟦a 申请入会⟧</a>　⟦m 会员服务专线 0577-8860 3215⟧</div>
<div class="xh-head">⟦m 衔州市鞋业商会⟧ <span>⟦m XIANZHOU FOOTWEAR CHAMBER OF COMMERCE⟧</span></div>
<div class="xh-nav">⟦m 商会概况⟧ ⟦m 商会动态⟧ ⟦m 行业资讯⟧ ⟦m 标准法规⟧ ⟦m 会员风采⟧</div>
<div class="xh-loc">⟦m 您在这里：首页 ＞ 商会动态 ＞ 倡议公告⟧</div>
<div class="xh-art">
<h1>{T}</h1>
<div class="xh-info">⟦m 发布：秘书处　　日期：2025-05-15　　浏览：531⟧</div>
<div class="xh-body">
{BODY}
</div>
<div class="xh-tool">⟦a 打印本文　|　关闭窗口⟧</div>
</div>
<div class="xh-links"><h4>⟦l 友情链接⟧</h4><p>⟦l 衔州市市场监督管理局　衔州市工商业联合会　衔州鞋业产业园⟧</p></div>
<div class="xh-foot">⟦m 衔州市鞋业商会秘书处　地址：株湾区鞋都大道3号　浙ICP备16044207号⟧</div>
</body>
</html>
""",
        body="""
全市童鞋生产和销售企业：
近年来，童鞋鞋扣脱落引发的儿童误吞事件时有发生，今年一季度全市抽检中也有童鞋因鞋扣不牢被判不合格。孩子的安全无小事，为此，衔州市鞋业商会向全体会员单位和全市童鞋企业发出如下倡议：
一、从设计源头把关。三岁以下童鞋不使用粘贴式装饰扣，确需装饰的采用缝线固定或一体成型。
二、从检验环节把关。把鞋扣拉脱力列为每批必检项目，检验记录保存三年。
三、从销售终端把关。门店在显眼位置张贴鞋扣安全提示，销售时主动提醒家长定期检查。
四、从行业自律把关。商会将每半年组织一次会员单位鞋扣比对试验，结果在会员大会上通报。
让每一双童鞋都穿得安心，是我们共同的责任。
衔州市鞋业商会
二〇二五年五月十二日
""",
    ),
    # ------------------------------------------------------------------ 行业协会 (text, minutes with a vote)
    dict(
        slug="association-xianzhou-formalwear-bow-tie-minutes",
        site="衔州市礼仪服饰行业协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="https://www.xzlyfs.org/xhgz/20250625/93.html",
        title="领结专业委员会2025年第一次会议纪要",
        record_title="〖专委会动态〗领结专业委员会2025年第一次会议纪要 | 衔州礼仪服饰协会",
        date="2025-06-21",
        date_also=["2025-06-25"],
        notes="association site as text: minutes with 时间/地点/主持/出席/记录 lines and a vote count; the 时间 line gives "
        "the date, the posting date also accepted; member-login line and member hotline",
        page="""
!m 衔州市礼仪服饰行业协会
!a 会员登录 ｜ 入会指南 ｜ 会费缴纳
!m 协会工作 » 专委会动态
!t 〖专委会动态〗领结专业委员会2025年第一次会议纪要
!m 发布日期：2025-06-25　　信息来源：协会秘书处
{BODY}
!l 相关阅读：《手工领结》团体标准征求意见稿　｜　领结专业委员会成立公告
!m 协会秘书处：0577-8831 7420　　会员服务邮箱：hui@xzlyfs.org
!m 衔州市礼仪服饰行业协会 © 2025
""",
        indent="\u3000\u3000",
        body="""
时间：2025年6月21日上午9:30
地点：衔州市礼仪服饰行业协会会议室
主持：贺清源（专委会主任）
出席：专委会委员11名
记录：麦小棠
会议听取了秘书处关于《手工领结》团体标准起草进展的汇报。标准草案共分7章，对领结的面料、衬料、缝制和尺寸偏差作了规定，其中结身宽度偏差不超过3毫米，调节扣拉力不低于50牛。
会议讨论了“预系领结是否纳入标准”的问题。部分委员认为预系领结市场占比大，应当纳入；也有委员认为预系领结属于另一类产品，应当单独制定。
经表决，同意将预系领结纳入本标准的9票，反对1票，弃权1票。会议决定，秘书处根据会议意见修改草案，于7月底前公开征求意见。
""",
    ),
    # ------------------------------------------------------------------ 企业官网 (HTML, recall, record date)
    dict(
        slug="company-jieer-recall-blotting-sheets",
        site="洁尔纸品官网 (invented)",
        style="企业官网",
        genre="召回公告",
        kind="notice",
        form="html",
        source="https://www.jieerpaper.com/news/notice/20250820.html",
        title="关于主动召回部分批次面部吸油纸的公告",
        record_title="致消费者 ｜ 关于主动召回部分批次面部吸油纸的公告 - 洁尔JIEER",
        record_date="2025-08-20",
        date="2025-08-20",
        notes="company site: cookie notice, service float and a 400 order line beside the recall's own 召回专线; a "
        "batches table; 扫码 as content; the record carries the date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>致消费者 ｜ 关于主动召回部分批次面部吸油纸的公告 - 洁尔JIEER</title>
<link rel="stylesheet" href="/assets/css/brand.css">
<script src="/assets/js/brand.js" defer></script>
</head>
<body>
<div class="je-cookie">⟦d 本站使用Cookie改善浏览体验，继续访问即表示您同意我们的隐私政策。⟧ <button>⟦a 我知道了⟧</button></div>
<header><a href="/">⟦m 洁尔JIEER⟧</a>
<nav>⟦m 品牌故事⟧ ⟦m 产品中心⟧ ⟦m 资讯公告⟧ ⟦m 经销合作⟧</nav>
<span>⟦m 订购热线 400-677-0528⟧</span></header>
<div class="je-crumb">⟦m 首页 / 资讯公告 / 公司公告⟧</div>
<article>
<h1>{T}</h1>
<p class="je-date">⟦m 2025/08/20　浏览 2,418⟧</p>
<div class="je-text">
{BODY}
</div>
</article>
<div class="je-float">⟦w 在线客服 · 9:00—21:00⟧</div>
<footer><p>⟦m 洁尔纸品（衔州）有限公司　地址：衔州市株湾区纸业园5号⟧</p><p>⟦m 浙ICP备18052290号-1⟧</p></footer>
</body>
</html>
""",
        body="""
尊敬的消费者：
我公司在内部质量复核中发现，2025年6月生产的部分批次“竹炭控油”面部吸油纸，原纸供应商提供的检验报告与实际批次不符，存在荧光性物质超标的可能。为保障消费者权益，我公司决定主动召回以下批次产品：
产品名称　规格　生产批号
竹炭控油面部吸油纸　100张/盒　JE2506A11
竹炭控油面部吸油纸　100张/盒　JE2506A14
竹炭控油面部吸油纸　50张/盒　JE2506B03
请已购买上述批次产品的消费者停止使用，凭产品或购物凭证到原购买渠道办理退款，也可扫描包装盒背面的二维码在线申请退款。
召回专线：0577-8852 6603（每日8:30—20:30）。
由此给您带来的不便，我们深表歉意。
洁尔纸品（衔州）有限公司
2025年8月20日
""",
    ),
    # ------------------------------------------------------------------ 企业官网 (text, product page)
    dict(
        slug="company-jiexu-silk-bow-tie-product",
        site="结序服饰官网 (invented)",
        style="企业官网",
        genre="产品介绍",
        kind="other",
        form="text",
        source="https://www.jiexu-fs.com/products/bowtie/yunwen.html",
        title="真丝手工领结·云纹系列",
        record_title="秋冬上新丨真丝手工领结·云纹系列 — 结序 JIEXU 官方网站",
        date=None,
        notes="product page as text: a cookie line, a shop link and an order line; a specs table; no date",
        page="""
!d 我们使用Cookie来记住您的偏好，点击“接受”即表示同意。　接受　拒绝
!m 结序 JIEXU　·　领带　领结　袖扣
!m 产品中心 / 领结 / 云纹系列
!t 秋冬上新丨真丝手工领结·云纹系列
!a 立即选购　　加入心愿单　　分享
{BODY}
!a 天猫旗舰店 ＞　京东自营店 ＞
!m 团购定制热线：400-865-0917
!m © 2025 结序服饰（衔州）有限公司　浙ICP备22003315号
""",
        indent="",
        gap=True,
        body="""
云纹系列是结序今年秋季推出的手工领结，图案取自衔州老宅门楣上的祥云纹样，由设计师重新描绘后织入面料。
每一只领结都由一位缝制师傅从裁剪到整形独立完成，结身内衬双层羊毛衬，戴一整天也不会塌。
产品参数如下：
项目　参数
面料　100%桑蚕丝提花
结身尺寸　12×6厘米
调节范围　领围34—48厘米
颜色　墨黑、藏青、酒红
领结附带收纳盒，适合婚礼、晚宴和演出等场合佩戴。真丝面料请干洗，不要用力揉搓。
""",
    ),
    # ------------------------------------------------------------------ 培训机构 (HTML, brochure)
    dict(
        slug="training-xiaoshenshi-etiquette-bow-tie-brochure",
        site="小绅士礼仪学堂 (invented training school)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.xiaoshenshi-ly.com/kecheng/zhoumo.html",
        title="少儿礼仪周末班招生简章",
        record_title="【周末礼仪班·秋季招生】少儿礼仪周末班招生简章（6—10岁·每班12人）｜小绅士礼仪学堂",
        date=None,
        notes="training school: promo banner, consult float and a franchise line beside the course's own 报名电话; a "
        "course table; 扫码 as content; no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【周末礼仪班·秋季招生】少儿礼仪周末班招生简章（6—10岁·每班12人）｜小绅士礼仪学堂</title>
<link rel="stylesheet" href="/static/css/school.css">
<script src="/static/js/float-consult.js"></script>
</head>
<body>
<div class="pr-banner">⟦a 报名即送定制小领结一只，名额有限⟧</div>
<div class="pr-head"><span>⟦m 小绅士礼仪学堂⟧</span><span>⟦m 让孩子从小懂礼、会礼⟧</span></div>
<div class="pr-nav">⟦m 学堂介绍⟧ ⟦m 课程体系⟧ ⟦m 师资团队⟧ ⟦m 学员风采⟧ ⟦m 加盟合作⟧</div>
<div class="pr-art">
<h1>{T}</h1>
<div class="pr-meta">⟦m 课程顾问：阿棠老师　　已有 1,206 位家长查看⟧</div>
<div class="pr-text">
{BODY}
</div>
</div>
<div class="pr-float">⟦w 在线咨询课程　一对一解答⟧</div>
<div class="pr-join">⟦m 城市合伙人招募热线：400-720-3388⟧</div>
<div class="pr-foot"><p>⟦m 小绅士礼仪学堂（蒙川校区）　地址：蒙川县城关镇文昌路22号2楼⟧</p><p>⟦m 浙ICP备23019074号⟧</p></div>
</body>
</html>
""",
        body="""
小绅士礼仪学堂秋季少儿礼仪周末班开始报名啦！课程面向6—10岁的孩子，通过游戏和情景练习，让孩子学会问好、握手、用餐和着装等日常礼仪。
一、课程安排
课次　内容
第1—2次　见面礼仪：问好、握手、自我介绍
第3—4次　着装礼仪：学会系领结、整理衣领
第5—6次　餐桌礼仪：摆放餐具、安静用餐
第7—8次　汇报展示：小小礼宾员体验
二、上课时间：每周六上午9:30—11:00，共8次课，每班不超过12人。
三、收费标准：960元/期，含教材和练习用领结。
四、报名方式：到学堂前台报名，或扫描宣传单上的二维码预约试听。
报名电话：0577-6538 2072（蒙川校区前台）。
""",
    ),
    # ------------------------------------------------------------------ 培训机构 (text, brochure)
    dict(
        slug="training-qiaozhen-sewing-class-brochure",
        site="巧针缝纫培训学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="text",
        source="http://www.qiaozhenpx.com/zsjz/gaiyi.html",
        title="零基础缝纫改衣班招生简章",
        record_title="〔零基础可学〕零基础缝纫改衣班招生简章（小班教学·包教包会）- 巧针缝纫培训学校",
        date=None,
        notes="training school as text: promo line, consult WeChat and a franchise hotline beside the school's own "
        "报名电话; numbered list; no date",
        page="""
!a 限时优惠：两人同报立减200元
!m 巧针缝纫培训学校　｜　人社部门备案培训机构
!m 首页 > 招生简章
!t 〔零基础可学〕零基础缝纫改衣班招生简章（小班教学·包教包会）
{BODY}
!w 课程顾问微信：qiaozhen_2018（备注“改衣班”）
!m 品牌加盟：400-188-5216
!m 巧针缝纫培训学校　地址：藩原县炎口镇新街47号　浙ICP备19041520号
""",
        indent="\u3000\u3000",
        body="""
想学会给自己和家人改衣服吗？巧针缝纫培训学校零基础缝纫改衣班开始招生，从认识工具学起，一期学会常见的改衣手艺。
一、学习内容
1.认识工具：缝纫机、拆线器、划粉、软尺的使用方法。
2.基础技能：拆线、熨烫、平缝、锁边。
3.实用改衣：改裤长、收腰身、换拉链、改袖口。
二、学习时间：每期20天，每天下午两点到五点，每班不超过8人。
三、学费：1,680元，含教材和练习布料；学员结业后可免费回校练习三个月。
四、报名须知：年满16周岁，身体健康，无需任何基础。
报名电话：0577-5827 6630（炎口校区）。
""",
    ),
    # ------------------------------------------------------------------ 范文APP (HTML, host script)
    dict(
        slug="writingapp-bisu-host-script-choir-festival",
        site="笔速写作APP (invented writing app, H5 share page)",
        style="范文APP",
        genre="主持词",
        kind="speech",
        form="html",
        source="https://h5.bisuxiezuo.com/share/article?id=7713021&from=wx",
        title="校园合唱节颁奖典礼主持词",
        record_title="校园合唱节颁奖典礼主持词（男女双主持·直接上台版）｜笔速写作",
        date=None,
        notes="writing app H5 share: open-app mask, fold, AI buttons; a host script without a date; an AI-polish button "
        "glued after a line, an 'expand' prompt on its own line inside the body",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">
<title>校园合唱节颁奖典礼主持词（男女双主持·直接上台版）｜笔速写作</title>
<link rel="stylesheet" href="https://h5.bisuxiezuo.com/static/share.css">
<script src="https://h5.bisuxiezuo.com/static/share.js"></script>
</head>
<body>
<div class="bs-mask">⟦a 打开笔速写作APP，查看完整稿件⟧ <button>⟦a 立即打开⟧</button></div>
<div class="bs-head">⟦m 笔速写作⟧ <span>⟦m 写稿快人一步⟧</span></div>
<h1>{T}</h1>
<div class="bs-meta">⟦m 创作者：麦穗姐姐　　1.8万人用过　　收藏 962⟧</div>
<div class="bs-ai">⟦a AI换个开头⟧ ⟦a AI扩写到1500字⟧</div>
<div class="bs-body">
{BODY}
</div>
<div class="bs-fold">⟦a 剩余68%内容，在APP内免费看完⟧</div>
<div class="bs-rec"><h4>⟦l 你可能还需要⟧</h4><p>⟦l 六一文艺汇演主持词（小学）⟧</p><p>⟦l 班级合唱比赛串词⟧</p></div>
<div class="bs-foot">⟦m 笔速写作 · 沪ICP备22011906号-2A⟧</div>
</body>
</html>
""",
        body="""
男：尊敬的各位老师，
女：亲爱的同学们，
合：大家下午好！
男：歌声飞扬，青春激昂。为期两周的第五届校园合唱节，今天迎来了最激动人心的颁奖时刻。
女：这两周，我们听到了稚嫩又真诚的童声，也看到了一张张认真的笑脸。还记得四年级二班的同学们吗？他们自己动手，用彩纸给每人做了一只小领结，站上舞台的那一刻，全场掌声雷动。⟦a ✦ AI润色此段⟧
⟦a 轻触展开后续串词 ▾⟧
男：是啊，合唱比的不只是声音，更是团结和用心。下面，让我们揭晓本届合唱节的获奖名单。
女：首先颁发最佳创意奖，获奖班级是——四年级二班！请校长为他们颁奖。
男：歌声停了，但青春的旋律永远不会停。
合：第五届校园合唱节颁奖典礼到此结束，谢谢大家！
""",
    ),
    # ------------------------------------------------------------------ 范文APP (text, one line)
    dict(
        slug="writingapp-gongwenkuaixie-report-oneline",
        site="公文快写 (invented writing app, text share)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://m.gwkuaixie.com/s/9f2a61c0",
        title="吸油纸分切车间主任2025年度述职报告",
        record_title="吸油纸分切车间主任2025年度述职报告（制造业·车间管理岗）- 公文快写",
        date="2025-12-26",
        notes="writing-app text share with the whole body on one line (paragraphs only apart by their indent); app prompt "
        "and AI buttons; 成文日期 at the end",
        page="""
!m 公文快写 · 手机里的笔杆子
!t 吸油纸分切车间主任2025年度述职报告（制造业·车间管理岗）
!m 来自「述职报告」合集 · 2.6万阅读
!a ⚡一键改写　⚡智能续写　⚡导出文档
{BODY}
!a 在“公文快写”APP中打开，可编辑全文
!l 同类范文：车间班组长述职报告　｜　品质主管年度总结
!m 公文快写 gwkuaixie.com
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
各位领导、同事们：
2025年，我担任净颜纸业分切车间主任，带领全车间46名员工，全年完成面部吸油纸分切包装1,860万包，产品一次交验合格率99.2%，比上年提高0.6个百分点。现将一年来的工作述职如下。
一是抓质量。7月发生两批次原纸误用问题后，我牵头建立换卷“双人核对”制度，此后再未发生同类问题。
二是抓安全。对6台分切机全部加装急停装置和防护罩，全年无工伤事故。
三是抓效率。推行分切、折叠、装盒一条龙作业，人均日产量提高12%。
存在的不足是车间技能培训还不够系统。明年我将建立师带徒制度，培养两名以上技术骨干。
述职人：雷振华
2025年12月26日
""",
    ),
]

"""holdout350, part E: 社区网站, 行业协会, 企业官网, 培训机构, 范文APP (each once as HTML, once as text).

Invented text, sites, places and chrome; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="community-daowan-notice-free-shower-stools-grid-box",
        site="舠湾社区居民委员会网站 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.daowansq.cn/jmtz/2025/0507/138.html",
        title="关于为辖区高龄独居老人免费配送防滑凳的通知",
        record_title="【舠湾居务】关于为辖区高龄独居老人免费配送防滑凳的通知｜舠湾社区",
        date="2025-05-06",
        date_also=["2025-05-07"],
        notes="residents' site with a weather line, a grid worker's box and a property repair line beside the "
        "community's own 咨询电话; scanning a QR code to sign up is content; 成文日期 under the signature, the posting "
        "date also accepted",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【舠湾居务】关于为辖区高龄独居老人免费配送防滑凳的通知｜舠湾社区</title>
</head>
<body>
<div class="sq-top">⟦m 舠湾社区⟧　⟦m 嵒埗区埗头街道舠湾社区居民委员会⟧　⟦m 今天 晴 29℃ 紫外线强⟧</div>
<div class="sq-nav">⟦m 首页　居务公开　通知公告　邻里之家　党群服务⟧</div>
<div class="sq-art">
<h2>{T}</h2>
<p class="sq-info">⟦m 发布：社区居委会　2025-05-07　阅读 538⟧</p>
<div class="sq-con">
{BODY}
</div>
<p class="sq-share">⟦l 转发给家里老人：微信　短信⟧</p>
</div>
<div class="sq-grid"><h4>⟦m 我的网格员⟧</h4><p>⟦m 第二网格　陈碧珊　138 0898 6621⟧</p></div>
<div class="sq-wy">⟦m 舠湾花园物业报修：0898-35208866（24小时）⟧</div>
<div class="sq-foot">⟦m 舠湾社区居民委员会　地址：舠湾路12号⟧　⟦m 琼ICP备20011873号⟧</div>
</body>
</html>
""",
        body="""
各位居民：
为预防老年人在家洗澡时跌倒，社区联合辖区党员志愿服务队，为80周岁以上独居老人免费配送防滑凳，并提供上门安装服务。
一、申领对象：户籍在舠湾社区、年满80周岁的独居老人，每户限领1张。
二、申领方式：老人或家属可到社区服务大厅登记，也可扫描社区公告栏上的二维码在线报名。
三、配送时间：5月12日至5月30日，志愿者将提前电话联系，上门时佩戴工作证。
咨询电话：0898-35206613（社区服务大厅）。
舠湾社区居民委员会
2025年5月6日
""",
    ),
    dict(
        slug="community-minshi-pool-opening-swim-ring-rules-record",
        site="碈石社区网 (invented, text page)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.minshisq.cn/tzgg/20250630/77.html",
        title="碈石社区游泳池暑期开放的通知",
        record_date="2025-06-30",
        date="2025-06-30",
        notes="record title and date as they are; a numbered list; the pool's duty phone beside a property hotline and "
        "a grid group prompt",
        page="""
!m 碈石社区网 | 家门口的服务站
!m 首页 > 社区公告栏
{T}
!m 社区居委会　2025-06-30　阅读 722
{BODY}
!a 〔转发到业主群〕〔打印通知〕
!w 想进碈石邻里互助群？加网格员微信 minshi-wg2 备注楼栋号
!m 碈石物业客服：0898-35239000
""",
        body="""
各位居民：
社区游泳池定于7月1日至8月31日开放，开放时间为每天16:00至21:00。为保障大家游泳安全，请遵守以下规定：
1. 12岁以下儿童须由成年家属陪同，一名成人最多陪同两名儿童。
2. 儿童可以在浅水区使用游泳圈、浮板，深水区禁止使用充气游泳圈。
3. 游泳圈使用前请家长检查是否漏气，池边设有充气点，可免费使用。
4. 饮酒后以及患有心脏病等不适宜游泳疾病的居民，请勿下水。
泳池值班电话：0898-35230781。
碈石社区居民委员会
2025年6月30日
""",
    ),
    dict(
        slug="association-congqi-diving-minutes-mask-vote-login",
        site="潀埼市潜水运动协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="other",
        form="html",
        source="https://www.cqdiving.org.cn/xhdt/2025/0429/62.html",
        title="市潜水运动协会第三届理事会第五次会议纪要",
        record_title="〖三届五次理事会〗市潜水运动协会第三届理事会第五次会议纪要 | 潀埼市潜水运动协会",
        date="2025-04-26",
        date_also=["2025-04-29"],
        notes="association site with a member-login row and a member hotline; 时间/地点/主持/出席/列席/记录 lines and a "
        "vote count; the meeting date is the date, the posting date also accepted",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>〖三届五次理事会〗市潜水运动协会第三届理事会第五次会议纪要 | 潀埼市潜水运动协会</title>
</head>
<body>
<div class="xh-top">⟦m 潀埼市潜水运动协会⟧　⟦a 会员单位登录⟧　⟦a 申请入会⟧　⟦m 会员服务专线 0898-35166300⟧</div>
<div class="xh-nav">⟦m 协会首页　协会概况　协会动态　团体标准　培训认证　会员风采⟧</div>
<div class="xh-pos">⟦m 您在：协会首页 » 协会动态⟧</div>
<div class="xh-art">
<h1>{T}</h1>
<p class="xh-info">⟦m 秘书处　2025-04-29　浏览 286⟧</p>
<div class="xh-con">
{BODY}
</div>
<p class="xh-pn">⟦l 上一篇：协会开展“蓝色海洋 清洁海底”公益潜水⟧<br>⟦l 下一篇：2025年潜水教练员继续教育报名通知⟧</p>
</div>
<div class="xh-foot">⟦m 潀埼市潜水运动协会秘书处　地址：嵒埗区海韵路3号⟧<br>⟦m 琼ICP备18009420号⟧</div>
</body>
</html>
""",
        body="""
时间：2025年4月26日上午9:30
地点：协会会议室
主持：会长 龚海宁
出席：理事21人（应到25人）
列席：监事长 严晓帆
记录：秘书处 骆蓓
会议审议了秘书处起草的《浮潜面镜租赁服务规范（团体标准）》，形成如下决议：
一、潜水镜租赁实行“一客一消毒”，租赁点须配备消毒柜并留存消毒记录。
二、出租的潜水镜须逐副检查镜片、裙边和头带，镜片有划痕影响视线的，不得出租。
三、规范自2025年6月1日起在会员单位试行，秘书处负责收集试行意见。
表决结果：出席理事21人，同意20票，反对0票，弃权1票，规范获得通过。
""",
    ),
    dict(
        slug="association-liao-pledge-swim-ring-labels",
        site="浬澚县水上用品行业协会 (invented, text page)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.laswyp.org.cn/hydt/2025/0530/19.html",
        title="关于规范充气游泳圈警示标注的倡议书",
        record_title="〔标注自律〕关于规范充气游泳圈警示标注的倡议书（全体会员共同签署）- 浬澚县水上用品行业协会",
        date="2025-05-28",
        date_also=["2025-05-30"],
        notes="an association's pledge: the association's name in the site line and as the signature (head match); "
        "成文日期 under the signature, the posting date also accepted; a member-login prompt and a forward prompt",
        page="""
!m 浬澚县水上用品行业协会
!m 首页 · 行业动态 · 倡议书
!t 〔标注自律〕关于规范充气游泳圈警示标注的倡议书（全体会员共同签署）
!m 秘书处发布　|　2025-05-30　|　浏览 193
{BODY}
!a 会员单位请登录后在线签署本倡议
!a 转发本倡议到会员群
!m 协会秘书处电话：0898-62877260
""",
        body="""
全县水上用品生产、销售企业：
近年来，儿童充气游泳圈溺水事故时有发生，其中不少与产品未标明“非救生用品”、家长误以为游泳圈可以保命有关。为此，协会向全体会员单位发出如下倡议：
一、所有充气游泳圈在产品本体和包装上醒目标注“本产品不是救生用品，须在成人看护下使用”。
二、标明适用年龄、体重范围和最大承重，不夸大宣传“防溺水”“保安全”。
三、销售时主动提醒顾客检查气室和接缝，不销售无标识产品。
让我们携起手来，把安全提示印在每一只游泳圈上。
浬澚县水上用品行业协会
2025年5月28日
""",
    ),
    dict(
        slug="company-yongyue-news-recyclable-kickboard-title-glued",
        site="泳跃体育用品有限公司官网 (invented)",
        style="企业官网",
        genre="企业新闻",
        kind="news",
        form="html",
        source="https://www.yongyue-sports.com/news/2025/0515.html",
        title="泳跃推出可回收EVA游泳浮板",
        record_title="新品速递 ∣ 泳跃推出可回收EVA游泳浮板 - 泳跃体育",
        record_date="2025-05-15",
        date="2025-05-15",
        notes="company site with a cookie notice, a 400 order line and a service float; the title repeated and glued "
        "before the first words; record date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>新品速递 ∣ 泳跃推出可回收EVA游泳浮板 - 泳跃体育</title>
</head>
<body>
<div class="yy-cookie">⟦d 泳跃官网使用Cookie改善浏览体验，继续访问即表示同意⟧ <button>⟦a 知道了⟧</button></div>
<div class="yy-head">⟦m 泳跃体育⟧　⟦m 专注水上训练器材二十年⟧　⟦m 订购热线 400-872-5166⟧</div>
<div class="yy-nav">⟦m 首页　产品中心　新闻动态　合作场馆　关于泳跃⟧</div>
<div class="yy-pos">⟦m 首页 / 新闻动态 / 公司新闻⟧</div>
<div class="yy-news">
<h1>{T}</h1>
<p class="yy-date">⟦m 2025-05-15　泳跃品牌部⟧</p>
<div class="yy-con">
{BODY}
</div>
<p>⟦l 返回新闻列表⟧</p>
</div>
<div class="yy-float">⟦w 在线客服　批发报价⟧</div>
<div class="yy-foot">⟦m 礵岺县泳跃体育用品有限公司　礵岺县工业园区纬三路8号⟧<br>⟦m 琼ICP备21010772号-1⟧</div>
</body>
</html>
""",
        body="""
⟦t 泳跃推出可回收EVA游泳浮板⟧5月15日，泳跃体育用品有限公司发布新款可回收EVA游泳浮板。新浮板采用单一材质EVA发泡成型，不含胶水和PVC涂层，使用报废后可整块回收再造。
新浮板尺寸为45×30×3.5厘米，边缘做了圆角处理，手握处增加了防滑纹理，适合少儿游泳初学者和成人打腿训练使用。
公司总经理方卓航介绍，游泳馆的浮板一般两三年就要更换，过去大多作为垃圾焚烧。今后，公司将在合作场馆设置回收箱，旧浮板寄回可抵扣新品货款。
目前，新浮板已在礵岺县游泳馆和崥漴乡中心小学试用。
""",
    ),
    dict(
        slug="company-aole-recall-swim-ring-batches-hotline",
        site="澚乐玩具有限公司官网 (invented, text page)",
        style="企业官网",
        genre="召回公告",
        kind="notice",
        form="text",
        source="http://www.aole-toys.com/notice/recall-2025-06.html",
        title="关于召回部分批次儿童腋下游泳圈的公告",
        record_title="〔主动召回〕关于召回部分批次儿童腋下游泳圈的公告 —— 澚乐玩具",
        date="2025-06-16",
        notes="a recall with its batches table; scanning the tag's QR code is content; the recall line in the body "
        "beside the site's 400 order line; 成文日期 under the signature",
        page="""
!m 澚乐玩具 AOLE TOYS
!m 首页 ／ 公司公告
!t 〔主动召回〕关于召回部分批次儿童腋下游泳圈的公告
{BODY}
!m 澚乐玩具订购热线：400-871-6020（仅限订购）
!l 其他公告：澚乐玩具2025年经销商大会邀请函
!d © 澚乐玩具有限公司　保留所有权利
""",
        body="""
尊敬的消费者：
我公司在质量自查中发现，下列批次儿童腋下游泳圈的气嘴密封圈尺寸偏差，长时间使用后可能缓慢漏气，存在安全隐患。本着对消费者负责的态度，我公司决定自即日起召回上述产品。
型号　生产批次　数量（只）
AL-Y12　20250318　2400
AL-Y12　20250402　1860
AL-Y15　20250409　1300
请购买了上述产品的消费者立即停止使用，扫描游泳圈吊牌上的二维码，或拨打召回专线0898-62955126登记，我公司将免费更换或全额退款。
由此给您带来的不便，我们深表歉意。
澚乐玩具有限公司
2025年6月16日
""",
    ),
    dict(
        slug="training-qiyu-swim-brochure-fees-franchise-float",
        site="鲯鱼游泳学校 (invented, training school)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.qiyuswim.com/zs/2025summer.html",
        title="2025暑期少儿游泳班招生简章",
        record_title="〔暑期招生〕2025暑期少儿游泳班招生简章（浮板教学·小班6人）｜鲯鱼游泳学校",
        date=None,
        notes="training school with a promo banner, a franchise line and a consult float; a fee table one row a "
        "paragraph; the school's 报名电话 beside the franchise line; a brochure with no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>〔暑期招生〕2025暑期少儿游泳班招生简章（浮板教学·小班6人）｜鲯鱼游泳学校</title>
</head>
<body>
<div class="qy-banner">⟦a 暑期早鸟价 6月20日前报名立减200元⟧</div>
<div class="qy-head">⟦m 鲯鱼游泳学校⟧　⟦m 让每个孩子都会游泳⟧　⟦m 全国加盟热线：400-690-1185⟧</div>
<div class="qy-nav">⟦m 首页　课程介绍　教练团队　校区分布　招生简章　家长课堂⟧</div>
<div class="qy-art">
<h1>{T}</h1>
<div class="qy-con">
{BODY}
</div>
<p>⟦a 在线报名　预约试听⟧</p>
</div>
<div class="qy-float">⟦w 课程顾问在线 点我咨询⟧</div>
<div class="qy-foot">⟦m 鲯鱼游泳学校（嵒埗校区）⟧　⟦m 琼ICP备22006593号⟧</div>
</body>
</html>
""",
        body="""
鲯鱼游泳学校暑期少儿游泳班开始招生啦！本期面向5至12岁儿童，采用浮板辅助教学，小班授课，每班不超过6人。
班型　课时　学费
启蒙班（5—6岁）　12节　1280元
初级班（7—12岁）　12节　1180元
提高班（已会蛙泳）　10节　980元
教学安排：前四节课以扶浮板打腿、换气为主，后几节课逐步脱离浮板练习完整泳姿。所有浮板、夹腿板由学校提供，学员只需自备泳衣、泳帽和泳镜。
上课地点：潀埼市嵒埗区文体中心游泳馆。
报名电话：0898-35198876（周一至周日9:00—20:00）。
""",
    ),
    dict(
        slug="training-lanchuang-snorkel-trial-mask-notice",
        site="蓝窗浮潜学堂 (invented, text page)",
        style="培训机构",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.lanchuangsnorkel.cn/news/0624.html",
        title="关于开设周末浮潜体验课的通知",
        record_title="【体验课】关于开设周末浮潜体验课的通知（含面镜试戴）- 蓝窗浮潜学堂",
        date="2025-06-24",
        notes="a course notice: the school's 报名电话 in the body beside an adviser's WeChat; a trial-lesson prompt "
        "between paragraphs; 成文日期 under the signature",
        page="""
!m 蓝窗浮潜学堂 | 看海，从一扇蓝窗开始
!m 首页 - 学堂公告
!t 【体验课】关于开设周末浮潜体验课的通知（含面镜试戴）
{BODY}
!w 课程顾问小岚微信：lanchuang-xiaolan（备注“体验课”）
!l 学员评价：“第一次把脸埋进海里，原来海底这么好看！”——学员 阿念
!m 蓝窗浮潜学堂　浬澚县鯆埼湾游客中心二楼
""",
        body="""
各位学员及家长：
为满足大家的浮潜体验需求，学堂自7月起在每周六、周日开设浮潜体验课，地点在浬澚县鯆埼湾浮潜区。
课程内容：面镜试戴与除雾、呼吸管使用、水面漂浮和踢水，每节课两小时，教练与学员比例1:4。
⟦a 首次体验课可免费试听30分钟，名额有限⟧
装备说明：学堂提供潜水镜、呼吸管、脚蹼和浮力背心。潜水镜提供大、中、小三个尺码，上课前教练会逐一帮助学员试戴，确保贴合不漏水。
报名须知：年满10周岁、身体健康者均可报名，未成年人须有监护人陪同。
报名电话：0898-62907718。
蓝窗浮潜学堂
2025年6月24日
""",
    ),
    dict(
        slug="app-bixin-host-script-beach-chair-painting-fold",
        site="笔芯写作 (invented, writing app H5 share page)",
        style="范文APP",
        genre="主持词",
        kind="other",
        form="html",
        source="https://h5.bixinxiezuo.com/share/doc?id=8812046&from=wx",
        title="“彩绘沙滩椅”创意大赛颁奖仪式主持词",
        record_title="“彩绘沙滩椅”创意大赛颁奖仪式主持词（完整串词·可直接念）· 笔芯写作",
        date=None,
        notes="writing app's H5 share page: an open-app mask, a fold ('expand the rest') and AI buttons; an AI-rewrite "
        "button glued after a 。; a host script with a stage direction; no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">
<title>“彩绘沙滩椅”创意大赛颁奖仪式主持词（完整串词·可直接念）· 笔芯写作</title>
</head>
<body>
<div class="bx-mask">⟦a 在笔芯写作App内打开，阅读体验更好⟧ <button>⟦a 去笔芯App⟧</button></div>
<div class="bx-head">⟦m 笔芯写作 · 你的随身写作助手⟧</div>
<div class="bx-doc">
<h1>{T}</h1>
<p class="bx-meta">⟦m 笔芯用户 小满　｜　2.3万人读过⟧</p>
<div class="bx-ai">⟦a AI帮我改写　AI续写　AI润色⟧</div>
<div class="bx-body">
{BODY}
</div>
<div class="bx-fold">⟦a 展开剩余 35% 内容⟧</div>
</div>
<div class="bx-more"><h4>⟦l 同类主持词⟧</h4><ul><li>⟦l 海洋文化节开幕式主持词⟧</li><li>⟦l 亲子绘画比赛颁奖主持稿⟧</li></ul></div>
<div class="bx-foot">⟦d 本文由笔芯写作用户创作，未经授权禁止商用⟧</div>
</body>
</html>
""",
        body="""
尊敬的各位来宾、亲爱的小画家们：
大家晚上好！欢迎来到埗头滩“彩绘沙滩椅”创意大赛颁奖仪式现场。
半个月来，120组家庭在一把把白色沙滩椅上画出了海浪、贝壳和灯塔，让整片海滩变成了一座露天画廊。⟦a 一键AI仿写此段⟧
下面，让我们揭晓本次大赛的获奖名单。首先有请嵒埗区文化馆馆长为获得“最佳创意奖”的家庭颁奖！
（颁奖，合影）
获奖作品将在埗头滩展出到8月底，游客可以坐上这些“会讲故事”的沙滩椅，拍照留念。
今晚的颁奖仪式到此结束，祝大家度过一个美好的海边夜晚！
""",
    ),
    dict(
        slug="app-suxiebao-duty-report-kickboard-keeper",
        site="速写宝 (invented, writing app, text share)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://m.suxiebao.cn/s/Qf82nL",
        title="游泳馆器材管理员个人述职报告",
        record_title="游泳馆器材管理员个人述职报告（述职范例·可套用）- 速写宝",
        date="2024-12-26",
        notes="a writing app's text share: a 述职 with the reporter line and date under the signature; an "
        "'AI polish' prompt and a save-to-app prompt",
        page="""
!m 速写宝 · 三分钟写好材料
!t 游泳馆器材管理员个人述职报告（述职范例·可套用）
!m 收录于合集：岗位述职 · 第17篇　　浏览 4.1万
!a AI一键润色　｜　生成同类述职
{BODY}
!a 保存到速写宝，随时修改
!l 相关范文：场馆安全员述职报告 ｜ 体育中心后勤人员年度总结
!m 下载速写宝App，海量范文免费改
""",
        body="""
各位领导、同事：
我自2023年起担任县游泳馆器材管理员，负责浮板、救生器材和训练用品的管理。现将一年来的工作报告如下。
一是管好器材台账。全馆现有浮板320块、夹腿板150块、救生圈24个，我建立了分类台账，做到每件器材有编号、每次借还有记录。
二是做好清洗消毒。每天闭馆后对浮板统一浸泡消毒、晾干上架，全年未发生因器材卫生引起的投诉。
三是及时维修更换。对边角破损、吸水变重的浮板及时报废，全年报废更新浮板86块。
不足之处是器材库房通风条件差，下一步我将申请加装排风扇。
述职人：邹立群
2024年12月26日
""",
    ),
]

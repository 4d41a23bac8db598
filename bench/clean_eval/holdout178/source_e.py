"""holdout178, part E: carrying poles (扁担). Invented text, sites, people and places; see ../README.md."""

CASES = [
    dict(
        slug="collection-shanke-essay-carrying-pole-oneline",
        site="山客旧文集 (invented personal collection)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="http://shanke-jiuwen.example.net/wenji/shi/08.htm",
        title="一根扁担挑过的日子",
        record_title="一根扁担挑过的日子",
        date="2021-04-05",
        notes="collection page; whole body on one line (paragraphs apart only by their indent); date line after the body (写于 …)",
        page="""
!m 山客旧文集 ／ 拾遗卷 ／ 第8篇
{T}
{BODY}
（2021年4月5日，写于崮阳老家）
!l 目录　｜　上一篇：挑水的井　｜　下一篇：赶场天
!d 山客旧文集 · 私人整理，勿作商用
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
父亲那根桑木扁担，两头微微上翘，中间被肩膀磨出一道浅浅的凹槽。
那些年，他挑谷子去粮站，挑红薯去集上，挑砖瓦盖起了我们家的三间瓦房。一百多斤的担子，他一口气能走五里山路。
我十二岁第一次挑水，走不到半路就洒了一半，父亲笑着说：扁担要颤起来，人跟着它的节奏走，就不累了。
如今父亲挑不动了，扁担靠在堂屋的门后。清明回家，我把它扛在肩上走了一圈，才知道那节奏，原来是一辈子的辛苦。
""",
    ),
    dict(
        slug="dangjian-gangcheng-speech-porters-party-day",
        site="岗城党建网 (invented)",
        style="党建网",
        genre="党课讲稿",
        kind="speech",
        form="text",
        source="http://www.gangcheng-dj.gov.cn/dangke/2024/0701/6612.html",
        title="扁担精神代代传——在“七一”主题党日上的党课",
        record_title="扁担精神代代传——在“七一”主题党日上的党课",
        date="2024-07-01",
        notes="Party-building text page; speaker line neutral; 学习强国-like share and 积分 prompt; date under title",
        page="""
!m 岗城党建网 · 党课讲堂
!m 当前位置：首页 > 党课讲堂 > 基层党课
{T}
（2024年7月1日）
峦口镇党委书记　姚建新
{BODY}
!a 分享到：朋友圈　学习群　　|　　收藏本文可得2积分
!l 往期党课：红色家书里的初心　|　一盏油灯的故事
!m 中共岗城县委组织部主办
""",
        body="""
同志们：
今天是党的生日。我给大家讲一根扁担的故事。
上世纪五十年代修峦口水库，没有机械，全靠肩挑人扛。老党员汪德福一根扁担挑了三年，磨断了七根扁担，肩上的茧子有铜钱厚。
后来镇里的山货要运出去，汪德福又挑起扁担，带着党员组成运输队，一天往返二十多里山路。
今天，我们不用再挑扁担了，但扁担精神不能丢：那就是能吃苦、肯担当、走在前。
希望大家在乡村振兴的路上，都能挑起自己肩上的那副担子。
""",
    ),
    dict(
        slug="hospital-jinchuan-science-shoulder-load-tips",
        site="金川县中医医院 (invented)",
        style="医院官网",
        genre="科普",
        kind="other",
        form="text",
        source="https://www.jczyy.cn/jkkp/2024/0912/991.html",
        title="挑担干活伤肩腰？康复科医生教您几招",
        record_title="挑担干活伤肩腰？康复科医生教您几招-金川县中医医院",
        date="2024-09-12",
        notes="hospital science article; expert card and booking float chrome; author/date line",
        page="""
!m 金川县中医医院 JINCHUAN HOSPITAL OF TCM
!m 健康科普 ＞ 康复养生
{T}
!m 作者：康复医学科 冯志刚　时间：2024-09-12　阅读：655
{BODY}
!w 专家门诊：冯志刚 副主任医师 周二、周四上午　｜　点击预约
!a 预约挂号　·　报告查询　·　来院导航
!m 医院地址：金川县杏林路2号　急诊电话：0833-7120120
""",
        body="""
秋收时节，不少农村老人用扁担挑稻谷、挑红薯，肩周炎、腰肌劳损的患者明显增多。
一是担子别太重。一般不超过自身体重的一半，年纪大的更要减量。
二是换肩要勤。走一段路就换一次肩，不要一边肩膀挑到底。
三是起担要蹲。先屈膝下蹲，扁担上肩后再靠腿部发力站起，不要弯腰硬挑。
四是挑完要舒展。回家后热敷肩颈，做做扩胸、转腰动作。疼痛持续不缓解的，请及时就医。
""",
    ),
    dict(
        slug="university-minzu-report-porter-survey-wrap",
        site="峦州学院社会学系 (invented)",
        style="高校官网",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://shxx.luanzhou-uni.edu.cn/kyjz/2024/0608/288.html",
        title="山城“棒棒”与扁担挑夫生计状况调查（摘要）",
        record_title="山城“棒棒”与扁担挑夫生计状况调查（摘要）",
        date="2024-06-08",
        notes="university department page, body hard-wrapped at 64 columns; 发布 line; data table kept one row a line (not wrapped because short)",
        page="""
!m 峦州学院 · 社会学系
!m 首页 | 系部概况 | 师资队伍 | 科研进展 | 学生工作
!m 科研进展 > 正文
{T}
!m 发布者：系办公室　发布时间：2024-06-08　点击：172
{BODY}
!l 【上一条】我系师生赴崮阳县开展乡村治理调研
!m 地址：峦州市大学城北路1号　邮编：400712
""",
        wrap=64,
        body="""
课题组于2023年10月至2024年3月，对峦州市老城区仍在从业的扁担挑夫开展了问卷调查和深度访谈，共回收有效问卷118份。
调查对象平均年龄58.6岁，从业年限平均19年，男性占93%。受访者中，有72%表示收入比十年前明显减少。
年龄段　人数　占比
50岁以下　21　17.8%
50—60岁　46　39.0%
60岁以上　51　43.2%
课题组建议，将高龄挑夫纳入临时救助和职业伤害保障范围，并在老城区改造中保留部分挑运服务点。
""",
    ),
    dict(
        slug="localforum-luankou-post-porters-thanks-html",
        site="峦口论坛 (invented local forum)",
        style="地方论坛",
        genre="感谢信",
        kind="letter",
        form="html",
        source="https://www.luankou.net/thread-44081-1-1.html",
        title="感谢峦口镇挑夫队帮我们把老人送上山",
        record_title="感谢峦口镇挑夫队帮我们把老人送上山 - 峦口论坛",
        date="2024-11-03",
        notes="county forum HTML: level badges, post time, quick reply; 扁担 in a thank-you letter; signature date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>感谢峦口镇挑夫队帮我们把老人送上山 - 峦口论坛</title></head>
<body>
<div class="hd">⟦m 峦口论坛 — 峦口人自己的网上家园⟧ ⟦a 登录⟧ ⟦a 注册⟧</div>
<div class="nav">⟦m 峦口论坛 › 峦口杂谈 › 帖子详情⟧</div>
<h1>{T}</h1>
<div class="author">⟦m 楼主 山那边的云 [LV.5 常住居民]⟧ <span>⟦m 发表于 2024-11-03 21:06⟧</span></div>
<div class="msg">
{BODY}
</div>
<div class="reply">⟦l 2楼 峦口老街：挑夫队都是好样的，点赞！⟧</div>
<div class="fast">⟦a 快速回帖　[发表回复]⟧</div>
<div class="ft">⟦m 峦口论坛 客服电话：0833-6210555 渝ICP备12008814号⟧</div>
</body></html>
""",
        body="""
上个月，我家老父亲在老屋病重，想回山上的老房子。那里不通车，只有一条两千多级的石阶路。
镇上的挑夫队听说后，六位师傅用两根扁担绑成滑竿，轮流抬着老人走了两个多小时，一分钱都不肯多收。
老人回到老屋，精神好了许多，前几天安详地走了。
在这里，我代表全家向挑夫队的师傅们说一声：谢谢你们！
刘家全家敬上
2024年11月3日
""",
    ),
    dict(
        slug="download-wenmi-plan-mountain-porter-safety",
        site="文秘下载吧 (invented)",
        style="资料下载站",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.wenmixz8.com/down/fangan/12207.html",
        title="景区挑山工安全保障和权益维护工作方案",
        record_title="景区挑山工安全保障和权益维护工作方案(word版)",
        date=None,
        notes="download station text page: file info lines, mirror links, unzip password, dead-link report; decorated record title; placeholders kept; no date",
        page="""
!m 文秘下载吧 — 免费文秘资料下载
!m 资料类别：方案计划　|　资料大小：41KB　|　更新：2年前　|　授权：免费
{T}
!m 资料简介：
{BODY}
!a 本地下载：【下载地址一】【下载地址二】【网盘下载】
!a 解压密码：wenmixz8
!l 下载不了？点击此处报告错误
!m Copyright 文秘下载吧 www.wenmixz8.com
""",
        body="""
为保障景区挑山工生命安全和合法权益，制定本方案。
一、建立登记制度。景区管委会对在景区从事挑运的人员进行实名登记，发放工作证，全区共登记挑山工____名。
二、落实安全保障。为每名挑山工购买人身意外伤害保险，配发防滑鞋、护肩垫和扁担防滑套；雨雪天气停止挑运。
三、规范运价。挑运价格由景区管委会会同商户协商确定，每百斤每公里不低于____元，严禁压价拖欠。
四、改善休息条件。在索道下站、半山腰设置挑山工休息点，提供饮用热水。
""",
    ),
    dict(
        slug="rsks-yunling-notice-porter-station-recruit-html",
        site="云岭人才考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.ylrcks.cn/sydw/2025/0220/1881.html",
        title="岖山景区管理局2025年公开招聘编外挑运服务队员公告",
        record_title="岖山景区管理局2025年公开招聘编外挑运服务队员公告",
        date="2025-02-20",
        notes="personnel-exam site; recruitment table one row a paragraph; the notice's own 咨询电话 kept beside the site's tech line; 报名表下载 sentence kept",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>岖山景区管理局2025年公开招聘编外挑运服务队员公告-云岭人才考试网</title></head>
<body>
<div class="hd">⟦m 云岭人才考试网⟧ ⟦a 考生登录⟧ ⟦a 报名入口⟧ ⟦a 成绩查询⟧</div>
<div class="pos">⟦m 首页 &gt; 事业单位 &gt; 招聘公告⟧</div>
<h1>{T}</h1>
<div class="sub">⟦m 来源：岖山景区管理局　日期：2025-02-20　【字号：大 中 小】⟧</div>
{BODY}
<div class="tip">⟦m 网上报名技术咨询：0871-65120388（工作日）⟧</div>
<div class="ft">⟦m 云岭人才考试网 版权所有　滇ICP备09004426号⟧</div>
</body></html>
""",
        body="""
根据工作需要，岖山景区管理局面向社会公开招聘编外挑运服务队员，现将有关事项公告如下。
一、招聘岗位：
岗位　人数　条件
挑运服务队员　8　男性，18至50周岁，身体健康
挑运班长　1　男性，55周岁以下，有三年以上挑运经历
二、待遇：月工资3800元起，缴纳五险，按挑运量另发绩效。
三、报名：请下载并填写报名表，于3月5日前交至管理局人事科。
咨询电话：0871-69210713
岖山景区管理局
2025年2月20日
""",
    ),
    dict(
        slug="tender-shanqu-bid-goods-ropeway-replaced-porter",
        site="岚岭采购服务平台 (invented)",
        style="招投标网",
        genre="招标公告",
        kind="notice",
        form="text",
        source="http://cg.lanling-ggzy.cn/zbgg/2024/0705/2241.html",
        title="岖山景区山顶物资挑运服务项目竞争性磋商公告",
        record_title="岖山景区山顶物资挑运服务项目竞争性磋商公告",
        date="2024-07-05",
        notes="procurement text page: CA login, 公告 lines; decimal headings; purchaser contacts kept beside platform hotline",
        page="""
!m 岚岭采购服务平台
!a 供应商登录　|　CA数字证书办理　|　操作手册下载
!m 首页 / 采购公告 / 竞争性磋商
{T}
!m 发布时间：2024-07-05 09:00　项目编号：LL-CS-2024-077
{BODY}
!m 平台客服：400-990-1626　工作时间 8:30-17:30
!d 本平台信息仅供参考，以采购文件为准。
""",
        body="""
1. 项目概况
1.1 采购内容：岖山景区山顶酒店、商铺物资挑运服务，服务期一年。
1.2 预算金额：68万元。
2. 供应商资格
2.1 具有独立承担民事责任的能力。
2.2 能组织不少于20名挑运人员，并为全部人员购买意外伤害保险。
3. 获取文件：2024年7月5日至7月12日，在本平台免费下载。
4. 联系方式：采购人：岖山景区管理局，联系人：岳先生，电话：0871-69210722。
""",
    ),
    dict(
        slug="lawfirm-dezheng-qa-porter-injury-html",
        site="德正律师事务所 (invented)",
        style="律所网站",
        genre="普法问答",
        kind="other",
        form="html",
        source="https://www.dezheng-law.com/pufa/4410.html",
        title="挑夫帮人挑货摔伤，雇主要赔吗？",
        record_title="挑夫帮人挑货摔伤，雇主要赔吗？-德正律师事务所",
        date="2024-05-14",
        notes="law firm HTML with consult line and lawyer card as contact chrome; date from the byline",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>挑夫帮人挑货摔伤，雇主要赔吗？-德正律师事务所</title></head>
<body>
<div class="top">⟦m 德正律师事务所⟧ ⟦m 专注人身损害赔偿⟧ ⟦w 免费咨询：189-0833-6620⟧</div>
<div class="nav">⟦m 首页⟧ ⟦m 律师团队⟧ ⟦m 普法问答⟧ ⟦m 联系我们⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 解答律师：宋文澜　日期：2024-05-14⟧</div>
{BODY}
<div class="card">⟦w 宋文澜律师 执业12年 擅长人身损害、劳务纠纷 ［立即咨询］⟧</div>
<div class="ft">⟦d 以上解答仅供参考，具体案件请咨询执业律师。⟧ ⟦m 渝ICP备20004519号⟧</div>
</body></html>
""",
        body="""
问：我父亲在码头做挑夫，帮一家商店挑货上坡时摔伤了腰，店主说是我父亲自己不小心，不肯赔，怎么办？
答：您父亲与店主之间形成的是劳务关系。根据民法典的规定，提供劳务一方因劳务受到损害的，根据双方各自的过错承担相应的责任。
如果店主让您父亲在雨天湿滑的路面挑运超重货物，或者没有提供必要的防护，就存在过错，应当承担相应的赔偿责任。
建议先保存好就医记录和证人证言，与店主协商；协商不成，可以向当地人民调解委员会申请调解，或者向法院起诉。
""",
    ),
    dict(
        slug="community-laojie-notice-pole-porter-service-point",
        site="老街社区服务网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.laojie-sq.cn/tz/2024/0822/316.html",
        title="关于设立老街挑运服务点的通知",
        record_title="关于设立老街挑运服务点的通知",
        date="2024-08-22",
        notes="residents' site text: weather, grid box and volunteer button between paragraphs; the notice's own 服务点电话 kept",
        page="""
!m 老街社区服务网　|　今天 多云 26～33℃
!m 社区首页 » 通知公告
{T}
!m 发布：社区居委会　2024-08-22　阅读 96
{BODY}
!a 【我要当志愿者】【办事预约】
!m 网格长：刘芳　网格热线：138****5521
!m 老街社区居委会 版权所有
""",
        body="""
各位居民：
老街片区梯坎多、巷子窄，车辆进不来，不少老人搬家、买米买气都很不方便。
经社区居民议事会讨论，社区联合老街挑夫互助组在青石坎口设立挑运服务点，每天7:00至19:00有师傅值守，60岁以上独居老人挑运米、油、煤气罐免费。
⟦a 👉 点击加入“老街帮帮团”志愿者队伍⟧
服务点电话：023-6231 8870
老街社区居委会
2024年8月22日
""",
    ),
]

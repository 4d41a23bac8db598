"""holdout60, part E: personnel exams, tenders, a law firm, residents, an association, firms,
training, a writing app, an exam forum, a wiki Q&A, a cloud drive and a search cache.
Invented text; see ../README.md."""

CASES = [
    dict(
        slug="exam-html-jitang-fisheries-interview",
        site="鲫塘县人事考试信息网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://rsks.jitang.example.gov.cn/ksxx/2025/0522/702.html",
        title="鲫塘县水产技术推广站2025年公开招聘面试公告",
        record_title="鲫塘县水产技术推广站2025年公开招聘面试公告",
        date="2025-05-22",
        notes="exam site HTML: login box, exam calendar sidebar, candidate list table kept (ideographic spaces), 咨询电话 of the notice kept; signature date",
        page="""
<html><head><meta charset="utf-8"><title>面试公告-鲫塘县人事考试信息网</title></head><body>
<div class="top">⟦m 鲫塘县人事考试信息网⟧ ⟦a 网上报名　成绩查询　准考证打印⟧</div>
<div class="crumb">⟦m 首页 ＞ 考试信息 ＞ 面试公告⟧</div>
<h2>⟦t 鲫塘县水产技术推广站2025年公开招聘面试公告⟧</h2>
<div class="i">⟦m 时间：2025-05-22　浏览：2306⟧</div>
{BODY}
<div class="side"><h4>⟦l 考试日历⟧</h4><p>⟦l 6月 事业单位联考笔试⟧</p><p>⟦l 7月 教师资格面试⟧</p></div>
<div class="ft">⟦m 技术支持热线：0717-6123009（仅限网站故障）⟧</div>
</body></html>
""",
        body="""
根据笔试成绩，现将进入面试人员名单及有关事项公告如下。
准考证号　姓名　笔试成绩
250101　邝雨桐　78.5
250117　罗景行　76.0
250123　石蔓　74.5
面试定于5月31日上午8时在县人社局四楼考场进行，请考生携带身份证和准考证按时报到。
咨询电话：0717-6120345
鲫塘县人力资源和社会保障局
2025年5月22日
""",
    ),
    dict(
        slug="tender-text-hongxi-pipe-procurement",
        site="泓溪县政府采购网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://zfcg.hongxi.example.gov.cn/cggg/2025/0314/11820.html",
        title="泓溪县农村供水管网延伸工程PE管材采购公告",
        record_title=None,
        date="2025-03-14",
        notes="procurement text; title missing; 项目概况 kept; e-bidding login prompt and service desk hotline chrome; the buyer's own contact kept",
        page="""
!m 泓溪县政府采购网 | 阳光采购 公开透明
!a 供应商登录　专家登录　CA办理
!m 采购公告 > 公开招标
{T}
!m 发布日期：2025-03-14　项目编号：HXCG-2025-031
{BODY}
!w 平台客服：400-600-3388（电子投标操作问题）
!l 同类公告：城区供水管网改造监理服务招标　水质检测服务采购
""",
        body="""
一、项目基本情况
采购内容：PE给水管材约三十八公里，预算金额二百一十万元，最高限价同预算金额。
二、投标人资格要求：具有独立承担民事责任的能力，所投产品须取得涉水产品卫生许可批件。
三、获取招标文件时间：2025年3月15日至3月21日，在本网站免费下载。
四、投标截止时间：2025年4月7日9时30分。
五、采购人：泓溪县水利局　联系人：柴晓峰　电话：0768-3110572
""",
    ),
    dict(
        slug="lawfirm-html-zaoyuan-land-lease-qa",
        site="枣原律师事务所 (invented)",
        style="律所网站",
        genre="文章",
        kind="article",
        form="html",
        source="https://www.zaoyuan-lawyer.example.com/case/2025/0609.html",
        title="枣园土地流转合同到期后枣树归谁",
        record_title="枣园土地流转合同到期后枣树归谁？——枣原律师事务所",
        date="2025-06-09",
        notes="law firm HTML: lawyer card, consult float, disclaimer, related; decorated title; the article's mention of 下载合同示范文本 kept",
        page="""
<html><head><meta charset="utf-8"><title>枣园土地流转合同到期后枣树归谁？——枣原律师事务所</title></head><body>
<div class="hd">⟦m 枣原律师事务所　专注农村土地与合同纠纷⟧</div>
<div class="nav">⟦m 首页　律所简介　律师团队　典型案例　法律文章　联系我们⟧</div>
<h1>⟦t 枣园土地流转合同到期后枣树归谁⟧</h1>
<div class="meta">⟦m 发布时间：2025-06-09　作者：柏怀远律师　阅读：781⟧</div>
<div class="art">
{BODY}
</div>
<div class="lawyer">⟦w 柏怀远律师　执业证号 1610******　电话 139-9157-2201⟧</div>
<div class="tip">⟦d 以上内容仅供参考，具体案件请以律师面谈意见为准⟧</div>
<div class="rel">⟦l 相关文章：流转土地被征收补偿归谁　口头流转合同是否有效⟧</div>
</body></html>
""",
        body="""
近期我们接到多起咨询：承包户流转来的土地上栽了枣树，合同到期后枣树到底归谁？
首先看合同约定。合同对地上附着物有约定的，按约定处理。
没有约定的，一般认为枣树属于栽种人，但出租方可以要求恢复原状，双方也可以协商由出租方折价补偿。
建议签订流转合同时，参照县农业农村局网站可以下载的合同示范文本，把地上附着物处理方式写清楚。
""",
    ),
    dict(
        slug="community-html-liushui-glasses-donation",
        site="柳水街道东篱社区 (invented)",
        style="社区网站",
        genre="倡议书",
        kind="pledge",
        form="html",
        source="http://donglishequ.liushui.example.org/hdgg/2025/1020/88.html",
        title="旧眼镜回收捐赠倡议书",
        record_title="旧眼镜回收捐赠倡议书",
        date="2025-10-20",
        notes="residents' site HTML: notice board nav, weather widget text, volunteer sign-up prompt; signature date; the pledge's own collection points and phone kept",
        page="""
<html><head><meta charset="utf-8"><title>旧眼镜回收捐赠倡议书 - 东篱社区</title></head><body>
<div class="hd">⟦m 柳水街道东篱社区　居民之家⟧ <span>⟦m 今日 多云 12~19℃⟧</span></div>
<div class="nav">⟦m 社区概况　党建园地　社区公告　便民服务　志愿者之家⟧</div>
<h2>⟦t 旧眼镜回收捐赠倡议书⟧</h2>
<div class="m">⟦m 发布人：社区居委会　2025-10-20⟧</div>
{BODY}
<div class="join">⟦a 我要报名当志愿者 →⟧</div>
<div class="ft">⟦m 社区服务站地址：东篱路5号　办公时间：周一至周五⟧</div>
</body></html>
""",
        body="""
亲爱的居民朋友们：
您家里是否有闲置不用的旧眼镜？一副旧眼镜，可能让山区的老人重新看清报纸上的字。
社区联合镜川眼镜产业园志愿服务队开展旧眼镜回收捐赠活动，回收的眼镜经清洗检测后捐赠给偏远乡村。
回收点：社区服务站一楼大厅、东篱小区南门岗亭。
咨询电话：0573-8820417
东篱社区居民委员会
2025年10月20日
""",
    ),
    dict(
        slug="assoc-text-skydiving-assoc-minutes",
        site="鸢原市航空运动协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://www.yyhkyd.example.org/xhgg/2025/0111/19.html",
        title="鸢原市航空运动协会第二届理事会第三次会议纪要",
        record_title="鸢原市航空运动协会第二届理事会第三次会议纪要（全文）",
        date="2025-01-11",
        notes="association text; decorated （全文）; membership prompts; minutes' 时间/地点/主持/出席 kept; 记录人 kept",
        page="""
!m 鸢原市航空运动协会 · 官方网站
!a 会员入口　|　入会申请　|　证照查询
!m 协会公告 ＞ 正文
!t 鸢原市航空运动协会第二届理事会第三次会议纪要（全文）
{BODY}
!m 协会秘书处　电话：0912-3389001　地址：鸢原市体育中心B座
!d 本站信息如需转载，请注明来源“鸢原市航空运动协会”
""",
        body="""
时间：2025年1月11日
地点：翔坪航空运动营地会议室
主持：会长 喻春帆
出席：理事二十一人，监事二人
会议审议通过了协会2024年工作报告和财务报告。
会议决定，2025年举办全市跳伞邀请赛和青少年航模夏令营各一次。
会议同意吸收鹞岭航空运动培训学校等三家单位为团体会员。
记录人：佘楠
""",
    ),
    dict(
        slug="corp-html-jinlin-aquarium-company-news",
        site="锦鳞水族科技有限公司 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.jinlin-aqua.example.com/news/show-315.html",
        title="锦鳞水族恒温孵化基地正式投产",
        record_title="锦鳞水族恒温孵化基地正式投产 - 新闻动态",
        date="2025-03-28",
        notes="company HTML: product menu, online shop link, customer-service QQ, back-to-list; decorated title; 发布时间 byline",
        page="""
<html><head><meta charset="utf-8"><title>锦鳞水族恒温孵化基地正式投产 - 新闻动态 - 锦鳞水族科技有限公司</title></head><body>
<div class="logo">⟦m 锦鳞水族 JINLIN AQUA⟧</div>
<div class="nav">⟦m 首页　关于锦鳞　产品中心　新闻动态　养殖基地　联系我们⟧</div>
<div class="shop">⟦a 官方旗舰店 ›⟧</div>
<h1>⟦t 锦鳞水族恒温孵化基地正式投产⟧</h1>
<div class="time">⟦m 发布时间：2025-03-28　浏览次数：219⟧</div>
{BODY}
<div class="back">⟦l ← 返回新闻列表⟧</div>
<div class="kf">⟦w 在线客服 QQ：3150077218　批发咨询：0717-6155088⟧</div>
<div class="ft">⟦d 版权所有 © 锦鳞水族科技有限公司　鄂ICP备2023031xx号⟧</div>
</body></html>
""",
        body="""
3月26日，锦鳞水族恒温孵化基地在鲫塘县湖滨镇正式投产。
基地建有恒温孵化池一百二十个，年可孵化优质金鱼苗八百万尾，是全省规模最大的金鱼孵化基地。
基地采用循环水处理系统，用水量比传统池塘减少百分之六十。
公司负责人表示，基地投产后将以保护价向周边养殖户供应鱼苗，带动农户共同增收。
""",
    ),
    dict(
        slug="training-text-optometry-course-brochure",
        site="明眸验光培训中心 (invented)",
        style="培训机构",
        genre="简章",
        kind="plan",
        form="text",
        source="http://www.mingmou-px.example.com/zhaosheng/2025qiuji.html",
        title="2025年秋季眼镜验光员职业技能培训招生简章",
        record_title="2025年秋季眼镜验光员职业技能培训招生简章（火热报名中）",
        date=None,
        notes="training school text; decorated title; enrol prompts, WeChat consult, success stories list; no date; numbered list and 报名电话 of the brochure kept",
        page="""
!m 明眸验光培训中心 — 学验光 到明眸
!a 【在线报名】【预约试听】
!t 2025年秋季眼镜验光员职业技能培训招生简章（火热报名中）
{BODY}
!w 招生老师微信：mingmou_kf2（备注“验光”通过更快）
!l 学员就业喜报：2024届学员就业率98%　｜　往期学员风采
""",
        body="""
一、培训对象：年满十六周岁，有志于从事眼镜验光工作的人员。
二、培训内容：
1.眼的解剖生理和屈光基础知识。
2.电脑验光、检影验光和综合验光仪操作。
3.配镜处方分析和常见问题处理。
三、培训时间：全日制四十五天，理论与实操各半。
四、考核发证：培训结束参加职业技能等级认定，合格者取得相应等级证书。
报名电话：0762-5302277
""",
    ),
    dict(
        slug="app-html-xiezuomao-speech-water-festival",
        site="写作猫APP H5分享页 (invented)",
        style="范文APP",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://m.xiezuomao.example.com/h5/article/66310925",
        title="在“世界水日”“中国水周”宣传活动启动仪式上的讲话",
        record_title="在“世界水日”“中国水周”宣传活动启动仪式上的讲话（3篇）",
        date=None,
        notes="H5 writing-app page: app bar, open-in-app prompts, VIP blur, 'AI rewrite' button; decorated title; no date",
        page="""
<html><head><meta name="viewport" content="width=device-width"><meta charset="utf-8"><title>写作猫</title></head><body>
<div class="appbar">⟦a 写作猫APP　打开⟧</div>
<h1>⟦t 在“世界水日”“中国水周”宣传活动启动仪式上的讲话（3篇）⟧</h1>
<div class="sub">⟦m 写作猫精选范文 · 2.3万人已看⟧</div>
<div class="article">
{BODY}
</div>
<div class="blur">⟦a 以下内容为会员专享，打开APP免费领取7天会员⟧</div>
<div class="ai">⟦a AI一键改写 ｜ 导出Word⟧</div>
<div class="hot">⟦l 大家都在看：节约用水倡议书　河长制工作汇报⟧</div>
</body></html>
""",
        body="""
同志们：
今天，我们在这里举行“世界水日”“中国水周”宣传活动启动仪式，动员全社会共同关心水、珍惜水、节约水。
我县人均水资源量不足全国平均水平的三分之一，节约用水是必须长期坚持的一项基本国策。
希望各乡镇、各部门以这次活动为契机，深入社区、学校和企业，广泛开展节水宣传。
""",
    ),
    dict(
        slug="gkforum-text-interview-goldfish-topic",
        site="公考蜂巢论坛 (invented)",
        style="公考论坛",
        genre="面试题",
        kind="answer",
        form="text",
        source="http://www.gkfengchao.example.com/forum/thread-33817.html",
        title="结构化面试真题：如何看待“金鱼经济”带动乡村振兴",
        record_title="结构化面试真题：如何看待“金鱼经济”带动乡村振兴（附参考答案）",
        date=None,
        notes="exam forum text with forum junk; decorated record title; 'reply to see answer' prompt; floor meta; no date",
        junk=dict(lines=1, glued=1),
        page="""
!m 公考蜂巢论坛 » 面试交流 » 结构化真题
!t 结构化面试真题：如何看待“金鱼经济”带动乡村振兴（附参考答案）
!m 蜂巢小助手 发表于 前天 09:31　只看楼主
!m 沙发
{BODY}
!a 更多真题解析请回复本帖或私信版主领取
!l 本版热帖：2025省考面试热点汇总　无领导小组讨论技巧
""",
        body="""
【题目】某县依托传统金鱼养殖，发展观赏鱼产业，带动数千农户增收，有人称之为“金鱼经济”。你怎么看？
【参考答案】“金鱼经济”是一个地方立足特色资源、发展富民产业的生动实践，值得肯定。
它的成功在于把传统技艺和市场需求结合起来，延长了产业链，让小产品形成了大产业。
同时也要看到，观赏鱼市场波动较大，要防止盲目扩张，注重品种选育和品牌建设。
作为一名基层工作者，我会多深入养殖户，帮助他们对接市场和技术，让特色产业行稳致远。
""",
    ),
    dict(
        slug="wiki-html-qa-paraglider-vs-parachute",
        site="问百科 (invented)",
        style="百科问答",
        genre="问答",
        kind="answer",
        form="html",
        source="https://www.wenbaike.example.com/wenda/881203.html",
        title="滑翔伞和降落伞有什么区别",
        record_title=None,
        date=None,
        notes="encyclopaedia Q&A HTML; no record title; answer by an 'expert', like counts, further reading, edit stats; no date",
        page="""
<html><head><meta charset="utf-8"><title>滑翔伞和降落伞有什么区别_问百科</title></head><body>
<div class="hd">⟦m 问百科　你的知识小百科⟧ ⟦a 登录⟧</div>
<h1>⟦t 滑翔伞和降落伞有什么区别⟧</h1>
<div class="au">⟦m 专业回答者：航空运动教练 苗一鸣　已帮助 1.2万 人⟧</div>
{BODY}
<div class="stat">⟦l 👍 392　👎 6　浏览 8.7万⟧</div>
<div class="read">⟦l 延伸阅读：滑翔伞要考证吗　第一次跳伞需要注意什么⟧</div>
<div class="ft">⟦d 本页内容由网友编辑，如有错误请点击纠错⟧</div>
</body></html>
""",
        body="""
滑翔伞和降落伞最根本的区别在于用途：降落伞是为了安全减速落地，滑翔伞是为了在空中飞行。
降落伞一般从飞机上跳下后打开，伞衣较圆，下降速度较快。
滑翔伞从山坡助跑起飞，伞翼是狭长的翼型，可以利用上升气流飞上几个小时。
所以玩滑翔伞不需要飞机，但需要合适的场地和风向。
""",
    ),
    dict(
        slug="netdisk-text-jujube-training-ppt",
        site="百享盘 (invented)",
        style="网盘分享",
        genre="讲稿",
        kind="speech",
        form="text",
        source="https://share.baixiangpan.example.com/s/8Hq3vX",
        title="红枣病虫害绿色防控技术讲稿",
        record_title="红枣病虫害绿色防控技术讲稿.wps",
        date=None,
        notes="cloud drive text preview; file-name title; 'save to my drive' and speed prompts; sharer line; no date (share time is no publish date)",
        page="""
!m 百享盘 ｜ 分享无限
!t 红枣病虫害绿色防控技术讲稿.wps
!m 分享者：枣农课堂　分享于 2025-04-02　有效期：7天
!a 保存到百享盘　下载　举报
{BODY}
!a 预览仅显示部分内容，完整文件请下载后查看
!a 安装百享盘客户端，下载速度提升5倍
""",
        body="""
各位枣农朋友，今天我们讲一讲红枣病虫害的绿色防控。
枣园最常见的害虫是绿盲蝽和枣瘿蚊，病害主要是枣锈病和缩果病。
绿色防控的第一招是清园，冬季刮除老翘皮，集中烧毁落叶和病果。
第二招是物理防治，在枣园挂黄板和杀虫灯，每亩挂黄板二十块左右。
第三招是科学用药，选用低毒农药，严格遵守安全间隔期，采收前二十天停止用药。
""",
    ),
    dict(
        slug="snapshot-html-frame-goldfish-quarantine",
        site="搜狐狸网页快照 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://snapshot.souhuli.example.com/cache?q=金鱼+检疫&u=jtnyj-2025-0409",
        title="关于加强观赏鱼产地检疫工作的通知",
        record_title="关于加强观赏鱼产地检疫工作的通知 - 网页快照",
        date="2025-04-09",
        notes="snapshot frame HTML: cache banner with crawl time, original page chrome inside, 文号 neutral; signature date",
        page="""
<html><head><meta charset="utf-8"><title>关于加强观赏鱼产地检疫工作的通知 - 网页快照</title></head><body>
<div class="cachebar">⟦d 搜狐狸快照：这是网页在 2025-06-18 03:27 的缓存版本，仅供参考。⟧ ⟦a 查看原网页⟧</div>
<div class="orig">
<div class="h">⟦m 鲫塘县农业农村局　信息公开专栏⟧</div>
<div class="c">⟦m 首页 &gt; 通知公告⟧</div>
<h2>⟦t 关于加强观赏鱼产地检疫工作的通知⟧</h2>
<p>鲫农〔2025〕22号</p>
{BODY}
<div class="f">⟦m 鲫塘县农业农村局　地址：湖滨大道88号⟧</div>
</div>
</body></html>
""",
        body="""
各乡镇农业服务中心，各观赏鱼养殖场：
为防止水生动物疫病传播，保障观赏鱼产业健康发展，现就加强产地检疫工作通知如下。
一、观赏鱼出县销售前，货主应提前三天向所在乡镇官方兽医申报检疫。
二、检疫合格的，出具动物检疫合格证明；不合格的，不得调运。
三、各养殖场要建立养殖、用药和销售台账，保存二年以上。
鲫塘县农业农村局
2025年4月9日
""",
    ),
]

"""holdout186, part B: phone cases (手机壳). Invented text; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="anthology-laoqian-phone-case-stall-wrapped",
        site="老钱闲话集 (invented)",
        style="个人文集",
        genre="随笔",
        kind="essay",
        form="text",
        source="http://laoqian.example.org/wenji/juan3/52.html",
        title="天桥下卖手机壳的小伙子",
        record_title="《老钱闲话集》卷三·第52篇｜天桥下卖手机壳的小伙子",
        date=None,
        notes="personal collection, hard-wrapped at 62 columns; only a 写于 year; visit counter",
        page="""
!m 老钱闲话集　　卷三　市井
!l ‹ 第51篇 修伞的老周　　|　　目录　　|　　第53篇 早点摊 ›
{T}
!m 本篇已被阅读 1208 次
{BODY}
!d 文集内容为作者个人回忆，转载须征得作者同意。
!m 站长信箱：laoqian_wj@example.org
""",
        wrap=62,
        indent="\u3000\u3000",
        body="""
天桥下面那个卖手机壳的摊子，我是去年秋天注意到的。一块折叠桌，一盏充电小灯，桌上摆满了各式各样的壳子，有透明的，有印卡通的，还有一种能立起来当支架的。
摊主是个二十出头的小伙子，姓莫，老家是箦溪的。他说白天在快递站分拣，晚上七点以后出来摆两个钟头，一晚上能卖十来个。
有一回我的旧手机壳裂了，去他那里挑。他翻了半天，说我这款手机太老，壳子早就不生产了，最后从箱底找出一个，只收了我五块钱。
今年开春再经过天桥，摊子不见了。旁边修鞋的老太太说，小伙子在县城租了个小门面，专门给人贴膜换壳。我想，这大概是好事。
写于二〇二四年春
""",
    ),
    dict(
        slug="party-feigong-speech-phone-case-park",
        site="箦城非公党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://fgdj.zecheng.gov.cn/dkjt/2024/0628/2031.html",
        title="在手机配件产业园党委“七一”表彰大会上的讲话",
        record_title="【党建引领】在手机配件产业园党委“七一”表彰大会上的讲话",
        date="2024-06-28",
        notes="Party-building portal with study-points line; date under the speech title in Chinese numerals; speaker line neutral",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【党建引领】在手机配件产业园党委“七一”表彰大会上的讲话-箦城非公党建网</title>
<script>var _czc=_czc||[];</script></head>
<body>
<div class="top">⟦m 箦城非公党建网⟧ ⟦m 红色引擎 · 两新先锋⟧</div>
<div class="nav">⟦m 首页 | 党建动态 | 党课讲台 | 先锋风采 | 学习园地⟧</div>
<div class="study">⟦a 今日学习积分：+2　登录后可累计积分⟧</div>
<div class="pos">⟦m 您所在的位置：首页 » 党课讲台⟧</div>
<h1>{T}</h1>
<p class="speaker">产业园党委书记　郁文昭</p>
<p class="sdate">（二〇二四年六月二十八日）</p>
<div class="con">
{BODY}
</div>
<div class="bot">⟦m 责任编辑：席红⟧ ⟦a 打印⟧ ⟦a 关闭⟧</div>
<div class="rel">⟦l 延伸阅读：园区开展“党员示范岗”挂牌活动⟧</div>
<div class="footer">⟦m 中共箦城市委两新工委主办⟧ ⟦m 浙ICP备17033051号-1⟧</div>
</body></html>
""",
        body="""
同志们：
今天，我们在这里召开表彰大会，隆重纪念中国共产党成立103周年，表彰一年来涌现出的先进基层党组织、优秀共产党员和优秀党务工作者。
园区现有手机壳、保护膜、充电配件企业84家，建立党组织21个，党员312名。一年来，各企业党组织把党建工作和生产经营结合起来，在技术攻关、订单交付、安全生产中处处有党员的身影。华屹塑胶公司党支部组建党员突击队，三个月攻克了液态硅胶手机壳一次成型难题；宏盛模具党支部设立党员示范岗，模具交付周期缩短了近一半。
希望受到表彰的同志珍惜荣誉、再接再厉，也希望全体党员向他们学习，以更加饱满的热情投入到园区高质量发展中去。
""",
    ),
    dict(
        slug="hospital-zexi-phone-case-germs",
        site="箦溪县人民医院 (invented)",
        style="医院官网",
        genre="科普",
        kind="article",
        form="text",
        source="https://www.zxrmyy.com/jkkp/2024/1103/1876.html",
        title="手机壳上的细菌，比你想的多",
        record_title="【健康科普】手机壳上的细菌，比你想的多_箦溪县人民医院",
        date="2024-11-03",
        notes="hospital text; booking and 24-hour lines; the article's own 咨询电话 kept",
        page="""
!m 箦溪县人民医院　三级乙等综合医院
!a 预约挂号　|　报告查询　|　来院导航
!m 首页 > 健康科普
{T}
!m 作者：感染管理科 林巧　　发布时间：2024-11-03　　点击量：2150
{BODY}
!a 微信扫一扫，分享到朋友圈
!m 医院总机：0576-86012000　　急诊24小时：0576-86012120
!m 版权所有：箦溪县人民医院　地址：箦溪县城关镇望江路18号
""",
        indent="\u3000\u3000",
        body="""
手机几乎不离手，手机壳却很少有人清洁。我院感染管理科曾对门诊候诊区60名患者的手机壳进行采样，检出细菌的占到九成以上，其中部分样本检出了金黄色葡萄球菌。
手机壳与手机之间的缝隙温暖潮湿，手上的汗液、食物残渣容易积在里面。硅胶和皮质手机壳表面有细小纹路，更容易藏污纳垢。
建议大家每周至少把手机壳取下来清洁一次：硅胶壳可用清水加少量洗洁精刷洗，晾干后再装回；硬壳和皮壳可用75%酒精棉片擦拭，注意不要让液体流进手机接口。
如厕时尽量不要带手机，饭前先洗手再拿手机。
如有疑问，可拨打感染管理科咨询电话0576-86012381。
""",
    ),
    dict(
        slug="univ-zecheng-tech-news-phone-case-recycling",
        site="箦城职业技术学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.zcvtc.edu.cn/info/1032/7719.htm",
        title="材料工程系学生用废旧手机壳做出再生笔筒",
        record_title=None,
        date="2024-05-16",
        notes="university department news; title missing from the record, in <h1>; 日期 byline; photo caption between paragraphs",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>箦城职业技术学院</title></head>
<body>
<div class="head">⟦m 箦城职业技术学院⟧ ⟦m 厚德 尚技 笃行⟧ <a>⟦a English⟧</a> <a>⟦a 信息门户⟧</a></div>
<div class="menu">⟦m 学校概况 院系设置 招生就业 校园新闻 公共服务⟧</div>
<div class="loc">⟦m 当前位置: 首页 &gt;&gt; 校园新闻 &gt;&gt; 院系动态⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 日期：2024-05-16　作者：材料工程系　浏览：<span id="hits">391</span>⟧</div>
<div class="v_news_content">
{BODY}
</div>
<div class="page">⟦l 上一条：我院在省职业院校技能大赛中获一等奖⟧<br>⟦l 下一条：学院召开2024届毕业生就业工作推进会⟧</div>
<div class="foot">⟦m 地址：箦城市文昌路66号　邮编：317300⟧ ⟦m Copyright © 箦城职业技术学院⟧</div>
</body></html>
""",
        body="""
近日，材料工程系“再塑”创新团队把从校园回收的300多个废旧手机壳，粉碎、清洗、熔融后重新注塑，做成了一批再生笔筒，在学院创新创业成果展上受到师生好评。
⟦m 图为团队成员展示再生笔筒（摄影 庞悦）⟧
团队指导教师邬立新介绍，手机壳多为聚碳酸酯和热塑性聚氨酯两种材料，混在一起很难再利用。同学们先用密度法把两种材料分开，再分别调整注塑温度，反复试了二十多次才成功。
下一步，团队计划与学校周边的手机配件企业合作，把生产中的边角料也利用起来。
""",
    ),
    dict(
        slug="localforum-zexi-phone-case-smell-jammer",
        site="箦溪论坛 (invented)",
        style="地方论坛",
        genre="帖子",
        kind="post",
        form="html",
        source="http://bbs.zexi.cc/forum.php?mod=viewthread&tid=661203",
        title="网上买的手机壳一股怪味，正常吗",
        record_title="网上买的手机壳一股怪味，正常吗 - 箦溪生活 - 箦溪论坛 - Powered by Discuz!",
        date=None,
        notes="Discuz-like county forum with jammer fonts and weather widget; relative time",
        page="""
<!DOCTYPE html>
<html><head><meta charset="gbk"><title>网上买的手机壳一股怪味，正常吗 - 箦溪生活 - 箦溪论坛 - Powered by Discuz!</title>
<style>.jammer{color:#fff;font-size:0}</style></head>
<body>
<div id="toptb">⟦a 设为首页⟧ ⟦a 收藏本站⟧ <span>⟦m 箦溪今天：多云 14~22℃⟧</span></div>
<div id="hd">⟦m 箦溪论坛 — 箦溪人自己的网上家园⟧</div>
<div id="pt">⟦m 箦溪论坛 › 箦溪生活 › 查看内容⟧</div>
<div class="pl">
<h1>{T}</h1>
<div class="authi">⟦m 溪边小鹿 发表于 6 小时前 | 只看该作者⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="po">⟦l 回复 支持(3) 反对(0) 举报⟧</div>
</div>
<div class="reply">⟦l 2楼 阿坤在箦溪：拆开晾两天就好了，别放枕头边⟧</div>
<div id="ft">⟦m Powered by Discuz! X3.5 © 2001-2024 Tencent Cloud.⟧ ⟦m 浙ICP备11061742号⟧</div>
</body></html>
""",
        junk=dict(lines=1, glued=2),
        body="""
上周在网上买了两个彩色的硅胶手机壳，拆开快递就闻到一股刺鼻的味道，像是塑料烧焦的那种。
用清水洗了一遍，晾了一晚上，味道淡了一点，但贴在脸上打电话还是能闻到。
想问问大家，这种味道是不是说明材料不好？对身体有没有影响？要不要直接退掉？
""",
    ),
    dict(
        slug="download-mubanzhan-phone-case-process-card",
        site="模板站下载中心 (invented)",
        style="资料下载站",
        genre="工艺文件",
        kind="rule",
        form="text",
        source="http://down.mubanzhan.net/soft/20240419/33871.html",
        title="TPU手机壳注塑工艺卡",
        record_title="TPU手机壳注塑工艺卡.doc下载",
        date=None,
        notes="download station text; file-info block; data table rows kept; update stamp no date",
        page="""
!m 模板站下载中心 — 办公模板 · 工艺文件 · 表格大全
!m 当前位置：首页 → 工艺文件 → 注塑
{T}
!m 文件大小：46 KB　　文件类型：.doc　　授权：免费　　更新：2024-04-19
!m 运行环境：Word 2007及以上　　下载次数：588
{BODY}
!a 【本地下载一】【本地下载二】【电信高速下载】
!l 相关下载：硅胶按键模压工艺卡 / 亚克力面板丝印作业指导书
!d 本站资源均来自网络，仅供学习参考，下载后请于24小时内删除。
!a 下载出错？点此报告
""",
        body="""
产品名称：TPU透明手机壳
材料：热塑性聚氨酯，硬度85A，使用前80℃烘料3小时
设备：120吨卧式注塑机
工艺参数：
项目　第一段　第二段　第三段　喷嘴
温度（℃）　185　195　200　195
注射压力50MPa，保压压力35MPa，保压时间4秒，冷却时间12秒。
质量要求：外观无缩水、无气纹、无黄变，按键孔位偏差不大于0.1毫米。
注意事项：换色时须用清机料清洗料筒，不得直接混色生产。
""",
    ),
    dict(
        slug="exam-zecheng-interview-notice-html",
        site="箦城市人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://rsks.zecheng.gov.cn/ksdt/202407/t20240708_4410.html",
        title="箦城市产品质量检验研究院2024年公开招聘工作人员面试公告",
        record_title="【考务公告】箦城市产品质量检验研究院2024年公开招聘工作人员面试公告",
        date="2024-07-08",
        notes="personnel exam site with a maintenance banner; technical line vs the document's consultation phone; interview table; 面试通知书 download as content",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【考务公告】箦城市产品质量检验研究院2024年公开招聘工作人员面试公告</title></head>
<body>
<div class="notice-bar">⟦m 系统将于本周六22:00至次日6:00进行升级维护，届时暂停报名服务⟧</div>
<div class="hd">⟦m 箦城市人事考试网⟧ ⟦a 考生登录⟧ ⟦a 成绩查询⟧</div>
<div class="crumb">⟦m 首页 &gt; 考试动态 &gt; 事业单位招聘⟧</div>
<h2>{T}</h2>
<div class="info">⟦m 发布时间：2024-07-08 15:30　来源：市人社局⟧</div>
<div class="txt">
{BODY}
</div>
<div class="tools">⟦a 【收藏】⟧⟦a 【打印】⟧⟦a 【关闭】⟧</div>
<div class="ft">⟦m 考试系统技术支持：0576-88770601（工作日8:30-17:00）⟧<br>⟦m 箦城市人事考试中心 版权所有⟧</div>
</body></html>
""",
        body="""
根据招聘公告，现将面试有关事项公告如下：
一、面试时间和地点
岗位　面试时间　面试地点
电子电器检验员　7月20日上午　市人社局考试中心三楼
塑料制品检验员　7月20日下午　市人社局考试中心三楼
二、考生须于7月15日至18日登录本网站下载打印《面试通知书》，面试当天携带本人身份证和面试通知书参加面试。
三、塑料制品检验员岗位面试含实操环节，内容为手机壳等塑料制品的外观与跌落试验判定。
咨询电话：0576-88231507（市产品质量检验研究院人事科）
箦城市人力资源和社会保障局
2024年7月8日
""",
    ),
    dict(
        slug="tender-shaochuan-school-phone-pouch-result",
        site="筲川县公共资源交易网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://ggzy.shaochuan.gov.cn/jyxx/zfcg/zbgg/20240903/009281.html",
        title="筲川县第二中学学生手机收纳袋采购项目中标结果公告",
        record_title="筲川县第二中学学生手机收纳袋采购项目中标结果公告_筲川县公共资源交易网",
        date="2024-09-03",
        notes="procurement text; CA and platform lines vs purchaser and agency contacts",
        page="""
!m 筲川县公共资源交易网
!m 交易信息 > 政府采购 > 中标公告
{T}
!m 信息时间：2024-09-03　　阅读次数：217
{BODY}
!m CA证书办理咨询：0576-85300066
!m 平台技术服务热线：400-920-6617
!d 本网站信息仅供参考，以招标文件及公告原文为准。
""",
        body="""
一、项目编号：SCCG-2024-0816
二、项目名称：筲川县第二中学学生手机收纳袋采购项目
三、中标信息
供应商名称：筲川县易收家居用品有限公司
中标金额：人民币38640元
四、主要标的信息
名称　规格　数量　单价
教室手机收纳袋　48格，帆布材质，带编号　46个　840元
五、公告期限：自本公告发布之日起1个工作日。
六、联系方式
采购人：筲川县第二中学，联系人：黎老师，电话：0576-85226108
代理机构：筲川县正衡招标代理有限公司，联系人：冯工，电话：0576-85309915
""",
    ),
    dict(
        slug="lawfirm-minzheng-phone-case-return-dispute",
        site="民正律师事务所 (invented)",
        style="律所网站",
        genre="法律解读",
        kind="article",
        form="html",
        source="https://www.minzhenglaw.cn/jiangtang/2024/0521/306.html",
        title="手机壳把手机磨花了，能找商家赔吗？",
        record_title="律所讲堂丨手机壳把手机磨花了，能找商家赔吗？",
        date="2024-05-21",
        notes="law firm page with a consult float; 发布 byline; disclaimer footer",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>律所讲堂丨手机壳把手机磨花了，能找商家赔吗？- 民正律师事务所</title></head>
<body>
<div class="nav">⟦m 民正律师事务所⟧ ⟦m 首页 · 律所简介 · 专业律师 · 律所讲堂 · 联系我们⟧</div>
<div class="float-consult">⟦w 在线咨询 · 免费评估案情 · 点击留言⟧</div>
<div class="crumb">⟦m 律所讲堂 / 消费维权⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 发布：2024-05-21　撰稿：任书航 律师⟧</div>
<div class="article-body">
{BODY}
</div>
<div class="disclaimer">⟦d 本文仅为一般性法律知识介绍，不构成针对具体案件的法律意见。⟧</div>
<div class="footer">⟦m 律所地址：筲川县新华路200号金鼎大厦9楼⟧ ⟦w 咨询热线 400-018-3366⟧</div>
</body></html>
""",
        body="""
不少读者问：新买的手机壳戴了半个月，取下来发现手机边框被磨出了一圈划痕，能不能找商家赔偿？
首先要看手机壳是否存在质量问题。如果手机壳内侧有毛刺、硬质颗粒，或者尺寸明显偏小、卡扣过紧，导致正常使用中磨损手机，属于产品存在缺陷，消费者可以依照《消费者权益保护法》要求经营者赔偿损失。
其次要注意保存证据。手机壳、购物记录、商品详情页截图都要留好，必要时可以申请检测。
如果只是长期使用造成的自然磨损，或者手机壳与手机型号不符是消费者自己选错的，一般难以获得赔偿。
""",
    ),
    dict(
        slug="community-yinghu-notice-phone-case-market",
        site="筲湖街道樱湖社区 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.yinghusq.cn/gonggao/2024/0316.html",
        title="关于周末便民集市暂停手机贴膜摊位的通知",
        record_title="【社区公告】关于周末便民集市暂停手机贴膜摊位的通知",
        date="2024-03-16",
        notes="residents' site; property hotlines vs the community phone; weather widget and grid box",
        page="""
!m 樱湖社区 · 邻里一家亲
!m 今日天气：小雨 9℃~15℃　空气质量：良
!m 首页 > 社区公告
{T}
!m 发布人：社区居委会　　2024-03-16
{BODY}
!m 物业24小时报修：0576-83999812
!l 网格员信息：第3网格 袁红梅　第4网格 曾立
!m 樱湖社区居民委员会　版权所有
""",
        body="""
各位居民朋友：
近期有居民反映，周末便民集市上个别手机贴膜、手机壳摊位占用消防通道，且有摊主使用大功率热风枪，存在安全隐患。
经社区与物业、集市志愿者商议，自3月23日起暂停手机贴膜和手机壳摊位，待重新划定摊位区域后另行通知。其他摊位照常经营。
给大家带来的不便，敬请谅解。有意见建议可拨打社区电话0576-83312467，或到社区服务大厅留言。
樱湖社区居民委员会
2024年3月16日
""",
    ),
    dict(
        slug="assoc-zecheng-accessories-pledge",
        site="箦城市手机配件行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="proposal",
        form="html",
        source="http://www.zcpja.org.cn/xhdt/2024/0415/119.html",
        title="关于规范手机壳标识标注的倡议书",
        record_title="【协会倡议】关于规范手机壳标识标注的倡议书",
        date="2024-04-15",
        notes="association page with member-login row; association's contact and mailbox vs member hotline",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【协会倡议】关于规范手机壳标识标注的倡议书_箦城市手机配件行业协会</title></head>
<body>
<table width="100%"><tr><td>⟦m 箦城市手机配件行业协会⟧</td><td align="right">⟦a 会员登录⟧ ⟦a 入会申请⟧</td></tr></table>
<div class="menu">⟦m 协会概况 | 协会动态 | 政策法规 | 会员风采 | 联系我们⟧</div>
<div class="where">⟦m 您的位置：首页 - 协会动态⟧</div>
<h3>{T}</h3>
<div class="date">⟦m 添加时间：2024-04-15　点击：355⟧</div>
{BODY}
<div class="side">⟦l 最新动态⟧<ul><li>⟦l 协会组织会员企业赴深圳考察⟧</li><li>⟦l 手机配件质量提升培训班开班⟧</li></ul></div>
<div class="foot">⟦m 会员服务热线：0576-88160018⟧ ⟦m 箦城市手机配件行业协会 版权所有⟧</div>
</body></html>
""",
        body="""
各会员企业：
近期，市场监管部门在抽查中发现，部分手机壳产品未标注材质、生产企业名称和地址，个别产品宣称“抗菌”“防摔十米”却无检测依据。为维护行业声誉，协会向全体会员企业倡议：
一、每一件出厂手机壳的包装上都要如实标注材质、执行标准、生产企业名称和地址。
二、不作无依据的功能宣传，凡宣称抗菌、防摔等功能的，须持有有效检测报告。
三、发现同行违规标注的，可向协会反映，协会将及时沟通提醒。
协会联系人：秘书处 邱蔓，电话：0576-88160231，邮箱：mishuchu@zcpja.org.cn。
箦城市手机配件行业协会
2024年4月15日
""",
    ),
]

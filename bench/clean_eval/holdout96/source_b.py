"""holdout96, part B: 博客, 公众号镜像, 文档分享, 教育门户, 企业内网, 问答社区. Invented text throughout."""

CASES = [
    dict(
        slug="blog-shange-speech-folk-song-festival-html",
        site="山歌小筑（个人博客） (invented)",
        style="博客",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://shangexiaozhu.wordpress-cn.net/2023/09/18/kaimu/",
        title="在第五届杪山山歌会开幕式上的致辞",
        record_title="在第五届杪山山歌会开幕式上的致辞 – 山歌小筑",
        date="2023-09-16",
        notes="blog with tag cloud and archive; date under the speech title; post date differs (also accepted)",
        date_also=["2023-09-18"],
        page="""
<!DOCTYPE html><html lang="zh"><head><meta charset="utf-8"><title>在第五届杪山山歌会开幕式上的致辞 – 山歌小筑</title></head><body>
<header class="site-header"><p class="site-title">⟦m 山歌小筑⟧</p><p class="site-description">⟦m 一个老文化站长的歌本⟧</p></header>
<main><article><h1 class="entry-title">{T}</h1>
<div class="entry-meta">⟦m 发布于 2023年9月18日　作者 老覃⟧</div>
<p>杪山县文化馆馆长　覃永年</p>
<p>（2023年9月16日）</p>
<div class="entry-content">
{BODY}
</div>
<footer class="entry-footer">⟦l 标签：山歌 文化馆 致辞⟧</footer>
<nav>⟦l ← 上一篇 山歌传承人名录整理记⟧ ⟦l 下一篇 → 秋收后的对歌场⟧</nav>
<div id="comments">⟦l 发表回复　您的电子邮箱地址不会被公开⟧</div>
</article></main>
<aside><h2>⟦l 文章归档⟧</h2><ul><li>⟦l 2023年9月⟧</li><li>⟦l 2023年8月⟧</li></ul><h2>⟦l 标签云⟧</h2><p>⟦l 对歌 民俗 采风 歌本⟧</p></aside>
<footer>⟦m 自豪地采用 WordPress⟧</footer></body></html>
""",
        body="""
各位歌师、各位乡亲、各位朋友：
大家上午好！秋风送爽，稻谷飘香。今天，第五届杪山山歌会在龙潭坪开幕了。我代表县文化馆，向远道而来的各位歌手表示热烈欢迎！
山歌是杪山人的“口头史书”。这些年，我们走访了全县十四个乡镇，记录整理山歌曲目1100多首，认定县级传承人23名。
本届山歌会共有46支队伍参赛，年纪最大的歌师已经八十一岁，最小的只有九岁。希望大家放开嗓子唱，唱出好日子、唱出新风貌。
最后，预祝本届山歌会圆满成功！谢谢大家！
""",
    ),
    dict(
        slug="mirror-chayu-letter-smoke-alarm",
        site="公号文摘镜像站 (invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="letter",
        form="text",
        source="https://wxwz.mirror-read.com/s/Vq7c2LmP01",
        title="给老旧小区居民的一封信：请为家里装上独立式烟感报警器",
        record_title=None,
        date="2024-11-08",
        notes="missing record title; account line with date; 阅读原文/在看 chrome; sentences about 扫码 and 关注 kept",
        page="""
!m 公号文摘 · 镜像阅读
{T}
!m 原创　梓潭消防　2024-11-08 18:30　发表于梓潭
!a 点击上方蓝字关注我们
{BODY}
!l 往期推荐：冬季用电安全十问　｜　电动车充电这些事别做
!a 阅读原文　分享　点赞　在看
!d 镜像内容来源于公开账号，仅作存档，如需删除请发邮件。
""",
        gap=True,
        body="""
亲爱的居民朋友：
冬季是火灾多发季节。今年以来，我县老旧小区发生的住宅火灾中，有七成是夜间起火，发现时已错过最佳逃生时间。
独立式烟感报警器价格不高，安装简单，一旦探测到烟雾会立即发出鸣响，能为全家争取宝贵的逃生时间。
今年县里为60岁以上独居老人免费安装烟感报警器3000个，符合条件的家庭可扫描社区公告栏上的二维码登记，也可关注“梓潭消防”公众号在线申请。
⟦a 长按识别下方小程序，一键转发给家人⟧
请大家每月按一次测试键，电池没电时及时更换。安全无小事，我们一起守护平安冬季。
梓潭县消防救援大队
2024年11月8日
""",
    ),
    dict(
        slug="mirror-weizhai-notice-gas-cylinder-html",
        site="微斋公众号存档 (invented)",
        style="公众号镜像",
        genre="通知",
        kind="notice",
        form="html",
        source="https://weizhai.archive-wx.cn/a/20240618/7730512.html",
        title="关于开展瓶装液化气钢瓶集中检验的通知",
        record_title="关于开展瓶装液化气钢瓶集中检验的通知｜栌川城管",
        date="2024-06-18",
        notes="WeChat-style mirror; account date is the date; glued 分享 prompt; document's 咨询电话 kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于开展瓶装液化气钢瓶集中检验的通知｜栌川城管</title></head><body>
<div class="rich_media">
<h2 class="rich_media_title">{T}</h2>
<div class="rich_media_meta_list">⟦m 栌川城管⟧ ⟦m 2024年6月18日 17:02⟧ ⟦m 四川⟧</div>
<div class="rich_media_content">
{BODY}
</div>
<div class="tool">⟦a 阅读 2.3万⟧ ⟦a 赞 108⟧ ⟦a 在看 41⟧</div>
<div class="qr">⟦a 微信扫一扫　关注该公众号⟧</div>
</div>
<div class="mirror-foot">⟦d 本页为公众号文章存档，版权归原作者⟧</div>
</body></html>
""",
        body="""
各液化气供应站、餐饮经营户及广大用户：
为消除瓶装液化气安全隐患，县城管局决定于6月20日至7月20日开展液化气钢瓶集中检验。
一、超过检验周期、外观锈蚀严重或无追溯二维码的钢瓶，一律不得充装。
二、用户可将钢瓶送至就近供应站免费检验，经检验报废的钢瓶由供应站按每只60元折价回收。
三、餐饮经营户应同时安装可燃气体报警装置。⟦a 转发给身边的商户朋友吧⟧
咨询电话：0835-6124570（县城管局燃气股）
栌川县城市管理局
2024年6月18日
""",
    ),
    dict(
        slug="share-docjia-plan-aqueduct-maintenance",
        site="文档佳 (invented)",
        style="文档分享",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.docjia.com/p-8803216.html",
        title="桦沟灌区老龙口渡槽加固维修实施方案",
        record_title="桦沟灌区老龙口渡槽加固维修实施方案（word版可编辑）",
        date=None,
        notes="decorated title; no date (upload stamp only, year in title absent); decimal headings kept",
        page="""
!m 文档佳 - 专业文档分享平台
!t 桦沟灌区老龙口渡槽加固维修实施方案（word版可编辑）
!m 格式：doc　页数：6　上传时间：2024-05-11　浏览：214　下载：9
!a 下载文档　加入文件夹　举报
{BODY}
!a 内容预览已结束，下载后可查看全部6页
!d 温馨提示：用户上传的文档仅代表上传者观点，文档佳仅提供信息存储空间。
!l 同类文档：渡槽伸缩缝止水改造方案　水闸除险加固施工组织设计
""",
        body="""
1 工程概况
1.1 老龙口渡槽位于桦沟灌区总干渠桩号12+360处，为钢筋混凝土双悬臂排架结构，全长286米，设计流量8立方米每秒，建成于1976年。
1.2 经安全鉴定，渡槽槽身多处露筋剥落，伸缩缝止水老化漏水，鉴定为三类渡槽。
2 维修内容
2.1 槽身表面碳化层凿除，采用环氧砂浆修补，面积约1900平方米。
2.2 更换全部29道伸缩缝止水，采用复合橡胶止水带。
2.3 排架底部增设钢筋混凝土护脚。
3 施工安排
3.1 施工安排在秋灌结束后至次年春灌前的停水期进行，工期120天。
3.2 施工期间设专职安全员，高处作业一律系挂安全带。
""",
    ),
    dict(
        slug="share-youdang-report-spinach-coop-html",
        site="有档网 (invented)",
        style="文档分享",
        genre="工作总结",
        kind="report",
        form="html",
        source="https://www.youdang.net/doc/4a7f8b2e11.html",
        title="2024年栗阳县菠菜种植专业合作社年度工作报告",
        record_title="2024年栗阳县菠菜种植专业合作社年度工作报告.pdf",
        date="2024-12-10",
        notes="file-name title; sharing page with uploader info; year in title but date under signature",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>2024年栗阳县菠菜种植专业合作社年度工作报告.pdf-有档网</title></head><body>
<div class="top">⟦m 有档网⟧ <input placeholder="搜索文档"> ⟦a 上传文档⟧ ⟦a 登录⟧</div>
<div class="crumbs">⟦m 有档网 › 农业 › 合作社⟧</div>
<h1>{T}</h1>
<ul class="info"><li>⟦m 上传者：菜园子老孟⟧</li><li>⟦m 2024-12-19上传⟧</li><li>⟦m 11页⟧</li><li>⟦m 积分：5⟧</li></ul>
<div class="preview">
{BODY}
</div>
<div class="buy">⟦a 下载此文档（5积分）⟧ ⟦a 收藏⟧ ⟦a 分享⟧</div>
<div class="side">⟦l 相关推荐：蔬菜合作社章程范本 · 合作社理事长述职报告⟧</div>
<div class="foot">⟦d 有档网所有资源均由用户上传，如侵犯权益请提交申诉。⟧</div>
</body></html>
""",
        body="""
各位成员代表：
2024年，合作社在县农业农村局的指导下，坚持“统一种苗、统一技术、统一销售”，全年菠菜种植面积达到1680亩，总产量5200吨，实现销售收入1460万元。
一、生产情况：新建连栋大棚12座，秋冬茬菠菜实现错峰上市，每公斤均价比露地菜高0.8元。
二、销售情况：与两家连锁超市签订直供协议，全年直供占总销量的46%。
三、成员分红：按交易量返还盈余186万元，户均增收5100元。
明年，合作社将申报绿色食品认证，建设一座500吨的预冷库。
栗阳县绿洲菠菜种植专业合作社理事会
2024年12月10日
""",
    ),
    dict(
        slug="edu-fengdu-notice-aerobics-contest",
        site="枫渡县教育体育局网 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://jytyj.fengdu.gov.cn/tzgg/2024/0408/12076.html",
        title="关于举办全县中小学健美操比赛的通知",
        record_title="关于举办全县中小学健美操比赛的通知",
        date="2024-04-08",
        notes="record title; byline date; 附件 list and the notice's contact kept; site phone in footer",
        page="""
!m 枫渡县教育体育局
!m 当前位置：首页 >> 通知公告
{T}
!m 作者：体卫艺股　　时间：2024-04-08　　点击数：981
{BODY}
!a 【关闭】【打印】
!m 版权所有：枫渡县教育体育局　技术支持：县电教馆　电话：0724-7302211
""",
        indent="\u3000\u3000",
        body="""
各中小学校：
为推进阳光体育运动，展示学生健康向上的精神风貌，县教育体育局定于5月中旬举办全县中小学健美操比赛。现将有关事项通知如下。
一、比赛分小学组、初中组、高中组，每校每组限报一队，每队12至16人。
二、比赛内容为规定套路和自编套路各一套，时长均为2分30秒至3分钟。
三、请各校于4月30日前将报名表报送体卫艺股邮箱fdtwy@163.com。
联系人：付晓燕　电话：0724-7302196
附件：1.报名表
2.评分细则
枫渡县教育体育局
2024年4月8日
""",
    ),
    dict(
        slug="edu-zhangjiang-summary-bamboo-forest-study-html",
        site="柞原县中小学研学实践教育平台 (invented)",
        style="教育门户",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://yanxue.zuoyuan-edu.cn/news/show-2209.html",
        title="柞原县第二实验小学竹林研学活动总结",
        record_title="柞原县第二实验小学竹林研学活动总结-研学动态-柞原县中小学研学实践教育平台",
        date="2024-05-28",
        notes="education portal; 发布日期 byline; photo caption between paragraphs; a schedule table kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>柞原县第二实验小学竹林研学活动总结-研学动态-柞原县中小学研学实践教育平台</title></head><body>
<div class="banner">⟦m 柞原县中小学研学实践教育平台⟧</div>
<div class="menu">⟦m 首页⟧ ⟦m 研学基地⟧ ⟦m 研学课程⟧ ⟦m 研学动态⟧ ⟦m 安全保障⟧</div>
<div class="pos">⟦m 您现在的位置: 首页 &gt; 研学动态⟧</div>
<div class="show"><h2>{T}</h2>
<div class="attr">⟦m 发布日期：2024-05-28　来源：第二实验小学　阅读：266⟧</div>
{BODY}
</div>
<div class="friend">⟦l 友情链接：县教育体育局 | 县青少年活动中心⟧</div>
<div class="copy">⟦m Copyright©柞原县教育体育局 版权所有⟧</div>
</body></html>
""",
        body="""
5月23日至24日，我校四年级286名学生走进翠云竹海研学基地，开展了为期两天的竹林研学活动。
活动安排如下：
时间　内容　地点
第一天上午　认识竹子的一生　竹类科普馆
第一天下午　竹编体验　竹艺工坊
第二天上午　竹林生态调查　翠云竹海步道
⟦m 图为学生在竹艺工坊学习编织竹篮⟧
活动中，学生分组测量竹子高度、记录竹笋生长情况，完成研学手册286份，评选优秀调查报告20篇。这次研学让孩子们在竹林中上了一堂生动的自然课。
""",
    ),
    dict(
        slug="intranet-huatong-minutes-air-ambulance",
        site="华通航空内网 (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="report",
        form="text",
        source="http://oa.huatong-air.local/doc/view?id=20240912-0031",
        title="关于航空医疗救援直升机停机坪共建事宜的会议纪要",
        record_title="内部资料｜关于航空医疗救援直升机停机坪共建事宜的会议纪要",
        date="2024-09-12",
        notes="intranet document view with its approval trail; minutes' 时间/地点/主持/参会/记录 lines kept",
        page="""
!m 华通通航协同办公平台　｜　公文查阅
!m 密级：内部　　阅读范围：公司领导、各部门负责人
{T}
!m 起草：运控部 阎磊　　核稿：办公室 俞敏　　签发：邬志刚
{BODY}
!m 流转记录：09-12 运控部提交 → 09-13 办公室审核 → 09-13 总经理签发
!m 已读 37 人　未读 5 人
!a 下载正文　　打印　　返回列表
""",
        body="""
时间：2024年9月12日下午3时
地点：公司三楼第二会议室
主持：邬志刚
参会：运控部、机务部、安全质量部、市场部负责人，桫岭县人民医院急诊科代表
记录：阎磊
会议研究了与桫岭县人民医院共建航空医疗救援停机坪事宜，纪要如下：
一、停机坪选址在县人民医院住院楼楼顶，由医院负责土建加固，公司负责助航灯光和风向标安装。
二、机务部10月底前完成起降场地适航评估，运控部同步编制医疗转运飞行程序。
三、双方建立24小时联络机制，医院急诊科设专人对接调度。
""",
    ),
    dict(
        slug="intranet-lvyuan-notice-bike-share-html",
        site="绿源出行集团内网 (invented)",
        style="企业内网",
        genre="通知",
        kind="notice",
        form="html",
        source="http://portal.lvyuanchuxing.com/news/detail.aspx?nid=5621",
        title="关于开展共享单车夏季集中调度和清洗消毒工作的通知",
        record_title="关于开展共享单车夏季集中调度和清洗消毒工作的通知 - 公司公告",
        date="2024-06-03",
        notes="intranet portal; 抄送 and 印发 lines kept; read counter and navigation as chrome",
        page="""
<html><head><meta charset="utf-8"><title>关于开展共享单车夏季集中调度和清洗消毒工作的通知 - 公司公告</title></head><body>
<div class="head">⟦m 绿源出行 · 员工门户⟧ ⟦m 欢迎您，调度中心 温可⟧ ⟦a 退出⟧</div>
<div class="tabs">⟦m 公司公告⟧ ⟦m 制度文件⟧ ⟦m 部门动态⟧ ⟦m 通讯录⟧</div>
<div class="doc"><h3>{T}</h3>
<p class="num">绿源运〔2024〕27号</p>
{BODY}
<div class="read">⟦m 发布人：运营管理部　发布时间：2024-06-03 09:10　已阅：412⟧</div>
</div>
<div class="foot">⟦d 内部资料，严禁外传⟧</div>
</body></html>
""",
        body="""
各城市运营站：
进入夏季，早晚高峰潮汐用车明显，车辆淤积和车况不洁问题投诉增多。公司决定6月5日至8月31日开展共享单车夏季集中调度和清洗消毒工作。
一、各运营站在地铁口、学校、医院周边增加调度频次，早高峰前完成车辆补投。
二、车把、车座每周至少消毒一次，雨后24小时内完成积水车辆清理。
三、调度人员高温时段避开11时至15时户外作业。
抄送：安全保障部，财务部
绿源出行集团办公室　2024年6月3日印发
""",
    ),
    dict(
        slug="qa-wendaba-letter-lemon-sample",
        site="问答吧 (invented)",
        style="问答社区",
        genre="函",
        kind="letter",
        form="text",
        source="https://www.wendaba.net/question/55021873",
        title="关于商请协助推销柠檬滞销产品的函",
        record_title="求一篇帮柠檬合作社写的商洽函，急用！",
        date=None,
        notes="Q&A: title found in the answer; answer time relative (3天前) is no date; placeholder date ××××年×月×日 kept",
        page="""
!m 问答吧 > 写作 > 公文写作
!t 求一篇帮柠檬合作社写的商洽函，急用！
!m 提问者：栗阳小柠　悬赏10分　浏览 688
!l 我来回答　　邀请回答　　关注问题
!m 最佳答案　　回答者：公文老周　3天前
{T}
{BODY}
!l 本回答被提问者采纳　有用(35)　追问
!l 其他回答（2）
!d 答案由网友提供，仅供参考。
""",
        body="""
××市农产品流通协会：
今年我县柠檬喜获丰收，但受市场价格波动影响，目前仍有约600吨鲜果滞销，果农损失较大。
贵协会会员单位销售网络广、渠道多，特商请协助对接商超、餐饮企业，帮助我县柠檬打开销路。我方可按会员单位需求提供分级包装和冷链配送。
妥否，请函复。
联系人：×××　电话：××××××××
××县柠檬产业协会
××××年×月×日
""",
    ),
    dict(
        slug="qa-zhidao-howto-azalea-html",
        site="知道多 (invented)",
        style="问答社区",
        genre="其他",
        kind="other",
        form="html",
        source="https://zhidaoduo.com/q/90317724.html",
        title="杜鹃花节活动方案怎么写？",
        record_title=None,
        date="2024-03-02",
        notes="missing title: the question is the title; 回答于 is the page's date; numbered list kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>杜鹃花节活动方案怎么写？_知道多</title></head><body>
<div class="nav">⟦m 知道多⟧ ⟦m 首页⟧ ⟦m 分类⟧ ⟦a 提问⟧ ⟦a 登录⟧</div>
<div class="q"><h1>{T}</h1><p class="qd">⟦m 单位让我写个乡镇杜鹃花节的活动方案，没写过，求思路。 | 浏览 903 次⟧</p></div>
<div class="a"><div class="who">⟦m 榕坪写手阿昆 | 回答于 2024-03-02⟧</div>
<div class="ans">
{BODY}
</div>
<div class="op">⟦l 赞同 56 | 评论 3 | 收藏⟧</div></div>
<div class="other">⟦l 更多回答(4)⟧ ⟦l 相关问题：油菜花节开幕式主持词？⟧</div>
<div class="f">⟦m ©2024 知道多 · 京ICP证090331号⟧</div>
</body></html>
""",
        body="""
杜鹃花节方案一般包括以下几个部分：
1. 指导思想和活动主题，主题要突出花期和地方特色。
2. 时间地点，花期一般在四月中下旬，建议提前两周确定。
3. 活动内容，比如开幕式、摄影大赛、农产品展销、登山徒步等。
4. 组织分工，写清楚牵头单位和配合单位。
5. 安全保障，重点是山路交通疏导、游客分流和医疗救护。
写的时候注意每项活动都落实到具体责任人，经费预算单独列一张表。
""",
    ),
]

"""holdout259, part A: 范文站, 文库预览, 政府门户, 新闻门户, 论坛 (HTML and text) and a blog page.
Invented text: puttees, steam pots, winnowing trays, bamboo rice sieves, tin buckets."""

CASES = [
    dict(
        slug="fanwen-zhuwen-speech-puttee-march-html",
        site="竹闻范文阁 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.zhuwenfw.example.com/jianghua/2025/0611/7731.html",
        title="在簝川县民兵绑腿行军拉练动员会上的讲话",
        record_title="【拉练动员】在簝川县民兵绑腿行军拉练动员会上的讲话（拿来即用）_竹闻范文阁",
        date="2025-06-10",
        date_also=["2025-06-11"],
        notes="old gb2312 table layout with a marquee, a 字号 row, a floating writing-service box and a visitor counter; a date under the speech title; the page's upload date differs; a writing-service prompt glued after a sentence",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>【拉练动员】在簝川县民兵绑腿行军拉练动员会上的讲话（拿来即用）_竹闻范文阁</title></head>
<body><table width="960" border="0" align="center"><tr><td>⟦m 竹闻范文阁 — 笔下生花每一篇⟧</td></tr>
<tr><td><marquee>⟦l 滚动：新学期开学讲话精编　七一党课素材合集　防汛工作方案大全⟧</marquee></td></tr>
<tr><td>⟦m 您在这里：首页 &gt;&gt; 讲话稿 &gt;&gt; 动员讲话⟧</td></tr></table>
<table width="960" align="center"><tr><td width="700">
<h2>⟦t 在簝川县民兵绑腿行军拉练动员会上的讲话⟧</h2>
<div>⟦m 上传：2025-06-11　人气：1187　栏目：动员讲话⟧</div>
<div>⟦a 【字号调节：特大 大 中 小】⟧</div>
<p>县人武部部长　魏承梁</p>
<p>（2025年6月10日）</p>
{BODY}
<div>⟦l 上一篇：在秋季征兵体检工作会上的主持词⟧</div>
<div>⟦l 下一篇：乡镇武装部长述职报告范文⟧</div>
</td><td width="260" valign="top">
<div>⟦l 本栏热点 TOP5⟧</div>
<ul><li>⟦l 民兵整组大会讲话两篇⟧</li><li>⟦l 国防教育月启动仪式致辞⟧</li></ul>
</td></tr></table>
<div id="floatqq">⟦w 材料代笔找竹闻 扣扣 3307219456⟧</div>
<table width="960" align="center"><tr><td>⟦m 您是本站第 0061723 位来客⟧</td></tr>
<tr><td>⟦d 竹闻范文阁文章均为会员投稿，仅作写作参考⟧</td></tr></table>
<script>var floatBox=1;</script>
</body></html>
""",
        body="""
同志们：
今天召开动员会，主要是对这次绑腿行军拉练作出部署。全县共抽调基干民兵二百四十人，分三个梯队，徒步行进四十二公里，途经笪溪镇、箸坪村两个点位。
绑腿看着是件小事，打得好不好直接关系到能不能走完全程。⟦w 讲话稿修改润色请私信站长。⟧去年有个别队员绑腿缠得太松，走到半路松脱，脚踝磨破，掉了队。
这次出发前，各连要统一组织一次绑腿示范，由老兵手把手教，做到上紧下松、交叉压边、结头朝外。
拉练途中，卫生员每到休息点都要逐人检查，发现松脱立即重打。
希望大家发扬吃苦耐劳的作风，安全完成任务。
""",
    ),
    dict(
        slug="fanwen-qingmao-summary-steampot-canteen",
        site="青茅公文网 (invented)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.qingmaogw.example.net/zongjie/64218.html",
        title="机关食堂蒸锅更新改造工作总结",
        record_title="机关食堂蒸锅更新改造工作总结（精修3篇之一）-青茅公文网",
        date="2025-09-26",
        date_also=["2025-10-03"],
        notes="a 范文 text with a breadcrumb, a page date that differs from the 成文日期, a membership prompt between paragraphs and a related list at the bottom",
        indent="　　",
        page="""
!m 青茅公文网｜公文写作好帮手
!m 首页 › 工作总结 › 后勤总结
!t 机关食堂蒸锅更新改造工作总结（精修3篇之一）
!m 整理日期：2025-10-03　热度：☆☆☆☆
{BODY}
!a 开通年卡 全站范文随心拷贝
!l 同类推荐：后勤保障年度总结｜食堂安全自查报告｜节能改造情况汇报
!d 版权归青茅公文网所有，仿冒必究
""",
        body="""
今年以来，局机关服务中心把食堂蒸锅更新改造列为为职工办实事项目，现将有关情况总结如下。
一、基本情况。原有燃煤蒸锅四台，使用已满十二年，锅体锈蚀，蒸汽外泄，热效率不足五成。经报批，更换为电蒸锅三台、燃气蒸锅一台，总投资十一万六千元。
!a 会员通道：本文剩余部分需登录后浏览
二、主要做法。一是先测后改，请检测机构对旧锅逐台测压；二是分批施工，改造期间用租赁蒸锅保障早餐；三是建立台账，每台蒸锅张贴操作规程和点检表。
三、存在问题。个别炊事员对电蒸锅水位报警不熟悉，下一步将组织专门培训。
簝川县机关事务服务中心
2025年9月26日
""",
    ),
    dict(
        slug="wenku-yunjuan-plan-sieve-markers-html",
        site="云卷文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="html",
        source="https://wenku.yunjuan.example.com/view/9f31c07a.html",
        title="笪溪镇竹编筲箕非遗工坊建设实施方案",
        record_title="笪溪镇竹编筲箕非遗工坊建设实施方案.pdf",
        date="2025-03-18",
        notes="a 文库 reader with a toolbar, page markers ⩐ n ⩐ as HTML paragraphs cutting sentences, a paywall line, decimal headings",
        pages=dict(fmt="⩐ {n} ⩐", every=120, start=2),
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>笪溪镇竹编筲箕非遗工坊建设实施方案.pdf - 云卷文库</title>
<script src="/static/reader.js"></script></head><body>
<header><span>⟦m 云卷文库⟧</span><nav>⟦m 首页　精品文档　行业资料　办公模板⟧</nav></header>
<div class="docinfo"><h1>⟦t 笪溪镇竹编筲箕非遗工坊建设实施方案.pdf⟧</h1>
<span>⟦m 页数：4　大小：312KB　贡献者：竹篱笆0417⟧</span></div>
<div class="toolbar">⟦a 放大　缩小　全屏阅读　原格式下载⟧</div>
<div class="reader">
{BODY}
</div>
<div class="limit">⟦a 免费预览到此为止，剩余2页开通云卷会员即可阅读⟧</div>
<aside><h3>⟦l 看了这篇的人还在看⟧</h3><ul><li>⟦l 竹编产业发展调研报告⟧</li><li>⟦l 乡村工坊管理制度汇编⟧</li></ul></aside>
<footer>⟦d 本站文档由用户自行上传分享，如涉侵权请发函至云卷客服⟧<br>⟦m 浙ICP备2025118730号⟧</footer>
</body></html>
""",
        body="""
为保护和传承筲箕编制技艺，带动群众增收，结合笪溪镇实际，制定本方案。
1.总体目标
1.1 2025年底前建成竹编筲箕非遗工坊一处，吸纳农村妇女和留守老人五十人就业。
1.2 培养能独立编制圆口筲箕、撮箕的技工二十名，年产筲箕八千只。
2.主要任务
2.1 场地改造。利用筇湾村闲置小学教室，改建为编织车间和展示厅。
2.2 技艺传承。聘请两名老篾匠为师傅，按破篾、刮篾、起底、收口四道工序分段教学。
2.3 产品销售。与县供销社签订收购协议，同时开设网店。
笪溪镇人民政府
2025年3月18日
""",
    ),
    dict(
        slug="wenku-fenglin-report-bucket-wrapped-markers",
        site="枫林文档库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://doc.fenglin.example.cn/p-55170263.html",
        title="关于农村家庭铁皮桶储水卫生状况的调研报告",
        record_title="关于农村家庭铁皮桶储水卫生状况的调研报告（可编辑）",
        date=None,
        notes="a preview text hard-wrapped at 60 columns and cut by ⨹n⨹ markers glued to the continuation line; upload stamp and relative time are no dates; a data table kept",
        wrap=60,
        pages=dict(fmt="⨹{n}⨹", every=130, start=2, glue=True),
        page="""
!m 枫林文档库 > 调研报告 > 卫生健康
!m 上传者：清溪散人　上传于3天前　浏览92次
!t 关于农村家庭铁皮桶储水卫生状况的调研报告
{BODY}
!a 下载此文档需消耗枫叶币8枚
!d 枫林文档库不对用户上传内容的准确性负责
""",
        body="""
为了解山区农户用铁皮桶储水的卫生状况，调研组于春季走访了篾川县三个乡镇的一百二十户农户。
调研发现，七成农户仍用镀锌铁皮桶储存生活用水，其中相当一部分桶龄超过八年，桶底和焊缝处锈蚀明显，部分桶没有盖子。
乡镇　调查户数　有盖桶　锈蚀桶
篦岭乡　40　22　19
筇湾镇　45　30　14
箸坪乡　35　17　20
从抽检水样看，无盖铁皮桶的储水细菌总数明显偏高。
调研组建议，卫生部门结合爱国卫生运动，引导农户定期清洗铁皮桶，为储水桶加盖，对严重锈蚀的桶及时更换。
""",
    ),
    dict(
        slug="gov-jianshui-notice-tray-subsidy-html",
        site="笕水县人民政府 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.jianshui.example.gov.cn/zwgk/tzgg/202504/t20250415_66120.html",
        title="关于开展传统农具簸箩收集展陈工作的通知",
        record_title="关于开展传统农具簸箩收集展陈工作的通知_通知公告_笕水县人民政府",
        date="2025-04-15",
        notes="a county portal with 长者模式/无障碍 links, an 索引号 table, a document number line (neutral), the office's own 联系人/电话 beside the portal's 纠错 line, an attachment list",
        page="""
<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>关于开展传统农具簸箩收集展陈工作的通知_通知公告_笕水县人民政府</title></head><body>
<div class="topbar">⟦a 长者模式｜无障碍阅读｜繁體中文⟧</div>
<div class="banner">⟦m 笕水县人民政府　www.jianshui.example.gov.cn⟧</div>
<div class="crumbs">⟦m 县政府首页 › 政务公开 › 公告通知⟧</div>
<table class="idx"><tr><td>⟦m 索引号：114307A1-02-2025-0033⟧</td><td>⟦m 发文机关：县文旅局⟧</td></tr>
<tr><td>⟦m 主题分类：文化、广电、旅游⟧</td><td>⟦m 成文日期：2025-04-15⟧</td></tr></table>
<h1>⟦t 关于开展传统农具簸箩收集展陈工作的通知⟧</h1>
<p class="wh">笕文旅发〔2025〕9号</p>
{BODY}
<div class="tools">⟦a 【打印本文】【关闭窗口】⟧</div>
<div class="err">⟦m 网页内容纠错请拨：0739-8851200⟧</div>
<footer>⟦m 主办：笕水县人民政府办公室　承办：县大数据中心⟧<br>⟦m 湘ICP备2025004417号-1⟧</footer>
<script>var _trace=1;</script>
</body></html>
""",
        body="""
各乡镇人民政府，县直有关单位：
为充实县农耕文化陈列馆馆藏，现决定在全县开展传统农具簸箩收集展陈工作，有关事项通知如下。
一、收集范围。重点收集竹编、柳编簸箩，以及与簸箩配套使用的筛子、筲箕等晒谷扬场工具，年代不限，以有使用痕迹的旧物为宜。
二、收集方式。采取捐赠、借展两种方式，捐赠者颁发收藏证书。请各乡镇下载附件登记表，于5月20日前汇总报送。
三、联系方式。联系人：谭雨禾，电话：0739-8852316。
附件：1.传统农具簸箩收集登记表
2.借展协议（样本）
笕水县文化旅游广电体育局
2025年4月15日
""",
    ),
    dict(
        slug="gov-xianfu-bulletin-steampot-safety",
        site="箦阳市市场监督管理局 (invented)",
        style="政府门户",
        genre="通报",
        kind="bulletin",
        form="text",
        source="http://scjg.zeyang.example.gov.cn/xxgk/tb/2025/1108/3309.html",
        title="关于餐饮单位蒸锅安全检查情况的通报",
        record_title="关于餐饮单位蒸锅安全检查情况的通报",
        date="2025-11-07",
        date_also=["2025-11-08"],
        notes="record title as is; a portal's 发布日期 differs from the 成文日期; the bureau's 举报电话 kept in the body beside the portal's 12345 line; 抄送 line kept",
        page="""
!m 箦阳市市场监督管理局
!m 当前位置：信息公开 > 执法通报
!m 发布日期：2025-11-08　信息来源：食品餐饮科　字号：〔大 中 小〕
{T}
{BODY}
!m 政务服务热线12345　网站维护：箦阳市信息中心
!m 网站标识码 4303810009　湘公网安备43038102000516号
""",
        body="""
各县（市、区）市场监管局：
10月中旬，市局组织对全市学校食堂、集体用餐配送单位的蒸锅进行了专项安全检查，共检查单位一百零六家，蒸锅二百三十一台。
检查发现，十七台蒸锅安全阀超期未校验，九台压力表损坏，五家单位蒸锅操作人员未经培训上岗。
检查项目　问题数量　已整改
安全阀未校验　17　12
压力表损坏　9　9
人员未培训　5　3
对发现的问题，已责令限期整改。各地要举一反三，对辖区内蒸锅开展一次全面排查。群众发现问题可拨打市局举报电话0739-5260318。
箦阳市市场监督管理局
2025年11月7日
抄送：市应急管理局，市教育局。
""",
    ),
    dict(
        slug="news-suyang-tray-fair-html",
        site="簰口新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.paikounews.example.com/bd/2025-10/21/content_88031.html",
        title="簰口市首届竹编簸箩技艺展在筻口镇开幕",
        record_title="簰口市首届竹编簸箩技艺展在筻口镇开幕 - 本地 - 簰口新闻网",
        date="2025-10-21",
        notes="a county news portal with an app prompt glued before the lead, a listen button, a photo caption between paragraphs and an editor line glued after the last paragraph; a byline's 发布时间 is the date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>簰口市首届竹编簸箩技艺展在筻口镇开幕 - 本地 - 簰口新闻网</title></head><body>
<nav>⟦m 簰口新闻网　首页　本地　民生　文旅　视听⟧</nav>
<div class="path">⟦m 当前：首页 / 本地新闻⟧</div>
<h1>⟦t 簰口市首届竹编簸箩技艺展在筻口镇开幕⟧</h1>
<div class="byline">⟦m 发布时间：2025-10-21 09:14　来源：簰口日报　记者 邝小棠⟧</div>
<div class="listen">⟦a ▶ 点此收听本文⟧</div>
<article>
{BODY}
</article>
<div class="hot"><h3>⟦l 24小时热读⟧</h3><ol><li>⟦l 城区两条道路今起封闭施工⟧</li><li>⟦l 秋粮收购价格公布⟧</li></ol></div>
<footer>⟦d 未经簰口新闻网书面授权不得转载⟧<br>⟦m 新闻热线：0739-3312808⟧</footer>
</body></html>
""",
        body="""
⟦a 下载簰口头条客户端，看更多身边事。⟧10月20日，簰口市首届竹编簸箩技艺展在筻口镇文化广场开幕，来自全市九个乡镇的六十多位篾匠带来了二百余件作品。
展出的簸箩大的直径一米五，能晒一担稻谷，小的只有巴掌大，做成了茶盘和果盘。
⟦m 图为篾匠在现场演示簸箩收边（记者 邝小棠 摄）⟧
七十六岁的老篾匠欧阳茂生现场表演了起底和收边，他说，一只好簸箩要经过破竹、分篾、编织、上箍十几道工序，要用上两三天。
据介绍，展会将持续五天，期间还将举办簸箩编织比赛和竹编产品订货会。⟦m （编辑：石若楠　审核：柯安）⟧
""",
    ),
    dict(
        slug="news-county-bucket-recycling-text",
        site="篦岭融媒 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://m.bilingrm.example.cn/a/20250803/4471.html",
        title="篦岭乡回收旧铁皮桶 换来垃圾分类新桶",
        record_title=None,
        date="2025-08-02",
        notes="no record title: the title line on the page; a 时间 line in a dotted form as the page's date; share bar and comments under the text",
        page="""
!m 篦岭融媒 · 乡镇频道
{T}
!m 2025.08.02　篦岭融媒记者 甘雪
!a 字号 A- A A+
{BODY}
!l 分享到：微信好友 ｜ 朋友圈 ｜ 复制链接
!l 网友留言（12）　写留言
!l 相关新闻：篦岭乡开展人居环境整治月活动
""",
        body="""
8月1日一早，篦岭乡箸坪村村委会门口排起了长队，村民们拎着锈迹斑斑的旧铁皮桶，来换垃圾分类桶。
今年以来，篦岭乡把回收旧铁皮桶作为人居环境整治的一件实事来办。这些铁皮桶多是早年装柴油、装谷子用的，废弃后堆在屋角，下雨积水，容易滋生蚊虫。
按照规定，村民交一只旧铁皮桶，可领两只分类垃圾桶。截至目前，全乡已回收旧铁皮桶一千一百多只，统一交由再生资源公司处理。
村民胡秋来说：“桶放着占地方，换了新桶还能分垃圾，划算。”乡里计划年底前完成全部回收工作。
""",
    ),
    dict(
        slug="forum-qiyou-puttee-thread-jammer-html",
        site="驴迹户外论坛 (invented)",
        style="论坛",
        genre="论坛帖",
        kind="post",
        form="html",
        source="https://bbs.lvji.example.com/thread-301729-1-1.html",
        title="徒步穿越打绑腿到底有没有用？说说我的体会",
        record_title="[装备交流] 徒步穿越打绑腿到底有没有用？说说我的体会 - 装备区 - 驴迹户外论坛",
        date=None,
        notes="a Discuz-like forum with jammer fonts glued after sentences and on lines of their own, a rating row, a signature and a reply box; relative post time is no date",
        junk=dict(lines=1, glued=2),
        page="""
<html><head><meta charset="utf-8"><title>[装备交流] 徒步穿越打绑腿到底有没有用？说说我的体会 - 装备区 - 驴迹户外论坛</title>
<style>.jammer{font-size:0;color:#fff}</style></head><body>
<div id="hd">⟦m 驴迹户外论坛 » 装备区⟧</div>
<div id="um">⟦a 登录　|　立即注册　|　找回密码⟧</div>
<h1>⟦t 徒步穿越打绑腿到底有没有用？说说我的体会⟧</h1>
<div class="authi">⟦m 楼主：山那边的阿树　发表于 昨天 21:36　只看该作者⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="rate">⟦l 参与评分 3　驴币 +6　收起理由⟧</div>
<div class="sign">⟦m 个人签名：一步一步，走到山那边⟧</div>
<div class="fastpost">⟦l 发表回复　回帖后跳转到最后一页⟧</div>
<div id="ft">⟦m Powered by 驴迹 X3.5　©2025 lvji.example.com⟧</div>
</body></html>
""",
        body="""
上个月走了一趟筇湾古道，全程五十多公里，草深露重，还有不少旱蚂蟥。出发前老驴建议打绑腿，我半信半疑，还是带了两卷。
走下来的结论是：有用，但要打对。绑腿的作用一是防虫防草籽，二是护住小腿，减少肿胀。
我用的是老式布绑腿，宽八厘米，长两米多。从脚踝往上缠，每圈压住上一圈的三分之一，缠到膝盖下面收口，结头塞在外侧。
第一天缠得太紧，下午小腿发麻，第二天松了一点就好了。同行没打绑腿的两位，裤腿里钻进了好几只蚂蟥。
""",
    ),
    dict(
        slug="forum-qiyou-sieve-oneline-text",
        site="厨娘小院论坛 (invented)",
        style="论坛",
        genre="论坛帖",
        kind="post",
        form="text",
        source="http://bbs.chuniangxy.example.net/viewthread.php?tid=18842",
        title="老筲箕淘米为啥比塑料盆快？",
        record_title="老筲箕淘米为啥比塑料盆快？【厨房闲话】- 厨娘小院",
        date=None,
        notes="a post with its whole body on one line, forum junk glued after sentences, a moderator note and a reply prompt; 发表于 3 天前 is no date",
        oneline=True,
        junk=dict(lines=0, glued=2),
        page="""
!m 厨娘小院 › 厨房闲话 › 帖子详情
{T}
!m 发表于 3 天前　楼主：阿芸不吃辣　查看：641　回复：18
{BODY}
!l 本帖最后由 版主小勺 于 前天 编辑
!a 回复本帖可获得小院积分 2 点
!l 返回列表　下一主题
""",
        body="""
婆婆家里一直用一只老筲箕淘米，竹篾编的，半圆形，前面一个敞口。
我以前用塑料盆淘米，倒水时总要拿手挡着，米粒还是会跟着水流走。
用筲箕就不一样，米在里面搓几下，整只往水盆里一按再提起来，水从篾缝里漏走，米一粒不少。
婆婆说，好筲箕要用当年的水竹编，编好后先用米汤泡一夜，这样不容易长霉。
大家家里还有用筲箕的吗？
""",
    ),
    dict(
        slug="blog-tanyu-steampot-memoir-html",
        site="谭屿的小木屋 (invented)",
        style="博客",
        genre="散文",
        kind="essay",
        form="html",
        source="https://tanyu.blog.example.org/2025/01/grandma-steampot/",
        title="外婆的铝蒸锅",
        record_title="外婆的铝蒸锅 | 谭屿的小木屋 · 旧物记",
        date=None,
        notes="a WordPress-like blog with a calendar widget, an archive, tags and a comment form; only a 写于 season line, no date; a tip prompt glued after the last sentence",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>外婆的铝蒸锅 | 谭屿的小木屋 · 旧物记</title></head><body>
<header><div>⟦m 谭屿的小木屋⟧</div><div>⟦m 写点旧物，记点旧人⟧</div>
<nav>⟦m 首页　旧物记　读书　关于我⟧</nav></header>
<main><h2>⟦t 外婆的铝蒸锅⟧</h2>
<div class="post-meta">⟦m 分类：旧物记　阅读 206　评论 4⟧</div>
{BODY}
<p>写于乙巳年冬</p>
<div class="tags">⟦l 标签：外婆 / 厨房 / 老物件⟧</div>
<div class="nav-links">⟦l ← 前一篇：那只竹壳暖水瓶⟧　⟦l 后一篇：腊月的石磨 →⟧</div>
<div id="respond">⟦l 发表评论　昵称（必填）　邮箱（不公开）⟧</div>
</main>
<aside><div>⟦l 日历：2025年1月　一 二 三 四 五 六 日⟧</div><div>⟦l 文章归档：2024年12月（3）　2024年11月（5）⟧</div></aside>
<footer>⟦d 本博文字皆为原创，引用请注明出处⟧</footer>
</body></html>
""",
        body="""
外婆家有一口铝蒸锅，三层，锅盖上有个凹坑，是我小时候拿勺子敲出来的。
每年腊月，这口蒸锅就忙个不停。底层烧水，中间一层蒸米糕，上面一层蒸腊肉。灶里的柴火一添，锅沿便冒出白汽，整间屋子都是甜香。
外婆蒸米糕从不看钟，她把手放在锅盖上试试热度，说一声“好了”，揭开来准是刚刚好。
后来老屋拆了，蒸锅被舅舅带到了城里，如今还放在他家阳台上，锅底已经发黑。
我每次去，总要摸一摸那个凹坑。⟦a 觉得写得还行，可以请屿子喝杯茶。⟧
""",
    ),
]

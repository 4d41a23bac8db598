"""holdout129, part E: 社区网站, 行业协会, 企业官网, 培训机构, 范文APP, 公考论坛 (two each). Invented text."""

CASES = [
    dict(
        slug="community-heyue-plastic-bag-pledge",
        site="和悦社区服务网 (invented)",
        style="社区网站",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://heyue.shequ.example.cn/news/show-2287.html",
        title="“少用一个塑料袋”倡议书",
        record_title="倡议｜“少用一个塑料袋”倡议书",
        date="2025-06-05",
        notes="residents' site: 倡议｜ prefix; a volunteer-signup button glued before a 。; grid worker phone beside the community's own contact in body",
        page="""
!m 和悦社区服务网 · 首页 › 社区动态 › 倡议
{T}
!m 发布：和悦社区居委会　　2025-06-05　　👁 265
{BODY}
!l 👍 点赞 31　　💬 留言
!m 本网格网格员：钟小禾 13807456622
!d 和悦社区服务网为社区公益网站，内容由居委会维护。
""",
        body="""
亲爱的居民朋友们：
今天是世界环境日。一个塑料袋从生产到降解，需要上百年时间，它们堆在填埋场、飘在河道里，给我们的家园带来沉重负担。为此，社区向全体居民发出倡议：
一、出门购物带上布袋、菜篮，少用一次性塑料袋⟦a 【我要报名当环保志愿者】⟧。
二、家里的旧塑料袋重复利用，装垃圾、收纳杂物都可以。
三、点外卖时选择“无需餐具”，减少一次性包装。
四、积极参加社区“布袋换塑料袋”活动，每周六上午在社区广场，用十个塑料袋可以换一个环保布袋。
活动咨询：社区居委会，电话0745-2290113。
和悦社区居民委员会
2025年6月5日
""",
    ),
    dict(
        slug="community-qingyuan-salt-reduction-html",
        site="清源街道网 (invented)",
        style="社区网站",
        genre="方案",
        kind="plan",
        form="html",
        source="https://www.qingyuanjd.example.cn/sqfw/jkzc/2025/0410/771.html",
        title="清源街道“减盐控压”健康社区行动方案",
        record_title="清源街道“减盐控压”健康社区行动方案_健康之窗_清源街道网",
        date="2025-04-10",
        notes="street-office site: _column_site title; service-hall phone in header; numbered tasks; a line about 扫码 to get a free salt spoon kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>清源街道“减盐控压”健康社区行动方案_健康之窗_清源街道网</title></head><body>
<div class="top">⟦m 清源街道网　便民服务热线 0745-2201010⟧</div>
<nav>⟦m 街道概况 · 社区服务 · 健康之窗 · 办事指南 · 留言板⟧</nav>
<div class="here">⟦m 位置：健康之窗 ＞ 正文⟧</div>
<h2>{T}</h2>
<p class="info">⟦m 日期：2025-04-10　来源：街道社区卫生服务中心　字号：[大][中][小]⟧</p>
<section>
{BODY}
</section>
<div class="tools">⟦a 打印｜收藏｜返回⟧</div>
<aside>⟦l 健康之窗：春季过敏防护小贴士　｜　家庭医生签约服务包一览⟧</aside>
<footer>⟦m 清源街道办事处 版权所有⟧ ⟦m 湘公网安备43010202001122号⟧</footer>
</body></html>
""",
        body="""
为降低辖区居民高血压发病率，倡导健康生活方式，街道决定开展“减盐控压”健康社区行动，制定本方案。
一、目标：到2025年底，辖区居民人均每日食盐摄入量比2024年下降10%，高血压患者规范管理率达到70%以上。
二、主要任务
1．入户宣传。社区卫生服务中心与网格员结合，为每户发放限盐勺和宣传折页。
2．餐饮减盐。在辖区20家餐馆推广“减盐菜品”标识，鼓励提供低盐选择。
3．测压服务。在各社区设立自助血压测量点，每季度开展一次集中筛查。
三、宣传方式：居民可扫码填写饮食习惯问卷，完成后到社区服务站免费领取限盐勺一把。
清源街道办事处
2025年4月10日
""",
    ),
    dict(
        slug="association-kuaibao-foam-box-pledge-html",
        site="琰湖市快递包装协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://www.yhkdbz.example.org.cn/xhdt/2025/1102/210.html",
        title="关于减少泡沫箱使用推广循环包装的倡议",
        record_title="[协会倡议] 关于减少泡沫箱使用推广循环包装的倡议",
        date="2025-11-02",
        notes="association site: member login, join-association button glued after a sentence; 协会秘书处 contact kept; 发布日期 and 成文日期 differ (both accepted)",
        date_also=["2025-11-04"],
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>[协会倡议] 关于减少泡沫箱使用推广循环包装的倡议</title></head><body>
<div class="hd">⟦m 琰湖市快递包装协会　Yanhu Express Packaging Association⟧ ⟦a 会员登录⟧</div>
<nav>⟦m 协会概况　协会动态　会员风采　标准规范　入会指南⟧</nav>
<h1>{T}</h1>
<div class="date">⟦m 发布日期：2025-11-04　作者：秘书处　阅读 189⟧</div>
<div class="body">
{BODY}
</div>
<div class="next">⟦l 下一篇：协会第二届会员大会顺利召开⟧</div>
<footer>⟦m 协会地址：琰湖市物流大道9号　邮箱：office@yhkdbz.example.org.cn⟧ ⟦d 本站内容未经许可不得转载⟧</footer>
</body></html>
""",
        body="""
全市快递、电商和包装企业：
泡沫箱体积大、难回收，随意丢弃后造成严重的“白色污染”。为推动快递包装绿色转型，协会向全体会员单位和业内同行发出如下倡议：
一、生鲜寄递优先使用可循环保温箱，同城配送推行“箱子回收、押金返还”模式。⟦a 还不是会员？点此申请入会⟧
二、包装企业加快研发可降解保温材料，年底前推出不少于三款替代产品。
三、快递网点设置泡沫箱回收点，对回收的泡沫箱统一交由资源回收企业处理。
四、会员单位每季度向协会报送泡沫箱使用量和回收量，协会将定期公布。
联系人：协会秘书处 苗思远，电话：0734-6128570。
琰湖市快递包装协会
2025年11月2日
""",
    ),
    dict(
        slug="association-turang-remediation-minutes",
        site="珂川县土壤修复行业协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://www.kctrxf.example.cn/article/2025/0918-09.html",
        title="协会第一届理事会第三次会议纪要",
        record_title="【协会动态】协会第一届理事会第三次会议纪要",
        date="2025-09-18",
        notes="minutes: 时间/地点/主持/出席/记录 lines kept; a vote count; 会员服务 phone after",
        page="""
!m 珂川县土壤修复行业协会 › 协会动态
{T}
!m 来源：协会秘书处｜发布时间：2025-09-19｜点击：97
{BODY}
!w 会员服务专线：0593-6612808（秘书处 周一至周五）
!l 上一篇：污染地块风险管控技术交流会举办
!m Copyright © 珂川县土壤修复行业协会
""",
        date_also=["2025-09-19"],
        body="""
时间：2025年9月18日上午9:00
地点：协会会议室
主持：会长 卓然
出席：理事13人（应到15人）
记录：秘书处 甘露
会议审议并通过以下事项：
一、审议通过《协会团体标准制定管理办法》，表决结果：同意13票，反对0票，弃权0票。
二、同意吸收珂川绿壤环境科技有限公司等3家单位为会员。
三、决定于11月举办重金属污染耕地安全利用技术培训班，由秘书处负责筹备。
会议要求，各理事单位要严格执行污染地块修复工程的技术规范，杜绝“修而不净”的问题。
""",
    ),
    dict(
        slug="corporate-qingce-microplastic-lab-html",
        site="清测检测技术公司 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.qingce-test.example.com/news/company/2025-12-01.html",
        title="清测检测微塑料实验室通过资质认定",
        record_title="清测检测微塑料实验室通过资质认定｜清测检测",
        date="2025-12-01",
        notes="corporate site: online service box, 400 line; 发布日期 line; a sentence about downloading a test-item list kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>清测检测微塑料实验室通过资质认定｜清测检测</title><script src="/js/kf53.js"></script></head><body>
<header>⟦m 清测检测　用数据说话⟧ <span>⟦w 全国服务热线 400-880-1357⟧</span></header>
<nav>⟦m 关于清测 | 检测服务 | 新闻中心 | 资质荣誉 | 联系我们⟧</nav>
<div class="bc">⟦m 新闻中心 / 公司新闻⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 发布日期：2025-12-01　来源：品牌部⟧</div>
<div class="article">
{BODY}
</div>
<div class="share">⟦l 分享：朋友圈　微博　复制链接⟧</div>
<div class="float-kf">⟦w 在线客服 · 获取检测报价⟧</div>
<footer>⟦m © 2025 瑄城清测检测技术有限公司　浙ICP备18072264号⟧</footer>
</body></html>
""",
        body="""
11月28日，公司微塑料实验室顺利通过省市场监管局组织的资质认定评审，获得饮用水、地表水和土壤中微塑料检测能力认定。
该实验室配备显微红外光谱仪、激光红外成像系统等设备，可识别粒径20微米以上的微塑料颗粒，并对其材质进行分析。
公司总经理申蓉表示，微塑料污染越来越受到关注，实验室将为环保部门、供水企业和科研院所提供检测服务。
客户可在公司网站“检测服务”栏目下载检测项目清单，了解送样要求。
""",
    ),
    dict(
        slug="corporate-lvye-mower-recall-text",
        site="绿野园林机械 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.lvye-machinery.example.cn/notice/recall-2025-07.html",
        title="关于召回部分LY-46型手推式割草机的公告",
        record_title="关于召回部分LY-46型手推式割草机的公告",
        date="2025-07-15",
        notes="corporate text page; the recall hotline of the document beside the site's sales line; batch table; a sentence about 扫码 the serial label",
        page="""
!m 绿野园林机械有限公司 — 首页 | 产品中心 | 服务支持 | 新闻公告
!w 销售咨询：0576-8819 2200　微信同号
{T}
!m 2025-07-15　｜　服务支持 ＞ 召回公告
{BODY}
!l 推荐产品：LY-53自走式割草机　LY-E36锂电割草机
!d Copyright © 2025 绿野园林机械　保留一切权利
""",
        body="""
绿野园林机械有限公司经检查发现，部分LY-46型手推式割草机的刀片固定螺栓存在强度不足的问题，长时间使用后可能松动，存在刀片脱落伤人的安全隐患。公司决定召回相关产品。
召回范围如下：
产品型号　生产日期　数量（台）
LY-46　2024年11月1日至2025年3月31日　3416
用户可扫描机身铭牌上的二维码，查询所购产品是否在召回范围内。
公司将为召回范围内的产品免费更换高强度螺栓和刀片组件。
召回咨询热线：400-616-0468（每天8:00—20:00）。
对由此给用户带来的不便，我们深表歉意。
绿野园林机械有限公司
2025年7月15日
""",
    ),
    dict(
        slug="training-zhengli-organiser-course-html",
        site="整理家学院 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.zhenglijia.example.com/course/2025-autumn.html",
        title="整理收纳师职业技能培训班招生简章",
        record_title="整理收纳师职业技能培训班招生简章（2025秋季班）",
        date="2025-08-20",
        notes="training school: course ad and coupon; the school's 报名电话 in the body beside a 400 line; fees table kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>整理收纳师职业技能培训班招生简章（2025秋季班）</title></head><body>
<div class="bar">⟦m 整理家学院 · 让家更有序⟧ ⟦w 课程顾问 400-622-7118⟧</div>
<nav>⟦m 首页　课程体系　师资团队　学员作品　报名入口⟧</nav>
<h1>{T}</h1>
<p class="pub">⟦m 发布时间：2025-08-20⟧</p>
<div class="intro">
{BODY}
</div>
<div class="coupon">⟦a 限时领取￥200报名优惠券，立即领取⟧</div>
<div class="hot">⟦l 热门课程：衣橱规划专项课　｜　整理师创业实战营⟧</div>
<footer>⟦m 瑾山市整理家职业技能培训学校⟧ ⟦m 办学许可证号：教民132080270000361号⟧</footer>
</body></html>
""",
        body="""
随着居民生活品质的提高，家庭整理收纳服务需求快速增长。为培养专业整理收纳人才，我校开设整理收纳师职业技能培训班，现面向社会招生。
一、招生对象：年满18周岁，身体健康，有志从事整理收纳服务的人员。
二、课程安排
阶段　内容　课时
理论课　空间规划、物品分类、色彩与陈列　24
实操课　衣橱、厨房、儿童房整理　48
考核　入户实操考核　8
三、收费标准：学费3980元，含教材和实操耗材。
四、报名方式：携带身份证到学校前台报名，或拨打报名电话0734-5550917。
整理家职业技能培训学校
2025年8月20日
""",
    ),
    dict(
        slug="training-gangjin-rebar-course-text",
        site="建工技校在线 (invented)",
        style="培训机构",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.jiangongjx.example.cn/zxtz/2025/1105.html",
        title="关于举办钢筋工技能提升培训班的通知",
        record_title="学员心声 | 关于举办钢筋工技能提升培训班的通知",
        date="2025-11-05",
        notes="training school text page: odd decorated title; a course ad on a line of its own between paragraphs; 培训补贴 sentence; contact kept",
        page="""
!m 建工技校在线 → 培训通知
{T}
!m 发布人：教务处　　浏览：322　　2025/11/05
{BODY}
!l 往期回顾：2025年焊工培训班结业
!w 咨询报名加微信：jiangong_jx2025
!m 地址：瑗溪区工业大道22号　建工职业技能培训学校
""",
        body="""
各建筑施工企业：
为提高一线钢筋工的操作技能，我校定于2025年11月17日至11月28日举办钢筋工技能提升培训班。现将有关事项通知如下：
一、培训内容：钢筋识图与下料、钢筋绑扎与连接、质量验收标准和安全操作规程。
⟦a 【广告】二级建造师考前冲刺班火热报名中，点击了解⟧
二、培训对象：各施工企业在岗钢筋工，每期限额50人。
三、培训补贴：经考核取得职业技能等级证书的，可按规定申领职业技能培训补贴。
四、报名时间：即日起至11月14日，联系人：曹老师，电话：0759-3360214。
建工职业技能培训学校
2025年11月5日
""",
    ),
    dict(
        slug="fanwenapp-bixia-heavy-metal-summary-oneline",
        site="笔下范文APP (invented)",
        style="范文APP",
        genre="总结",
        kind="summary",
        form="text",
        source="https://share.bixiaapp.example.com/s/hm9921",
        title="2024年度涉重金属行业企业环境监测工作总结",
        record_title="2024年度涉重金属行业企业环境监测工作总结 ｜ 笔下",
        date="2025-01-16",
        notes="app share page; whole body on one line (paragraphs only by their indent); open-app prompt; 成文日期 at the end",
        indent="　　",
        oneline=True,
        page="""
!a 打开笔下APP，阅读体验更佳
{T}
!m 笔下用户 环保小陈　发布于 2025-01-20
{BODY}
!a 在APP内查看完整文档并下载
!l 相似范文：环境执法年度工作总结　|　企业自行监测方案
!d 内容由用户分享，笔下平台不对其准确性负责
""",
        body="""
2024年，县生态环境监测站按照年度监测计划，对全县12家涉重金属行业企业开展监督性监测，现将工作情况总结如下。
一是完成监测任务。全年共开展废水监测48次、废气监测24次、周边土壤监测12次，获得监测数据1350个。
二是发现问题及时移交。监测发现2家企业废水总铅浓度超标，已及时移交执法大队立案查处，并督促企业完成整改。
三是加强能力建设。新购置原子吸收分光光度计1台，两名监测人员取得上岗合格证。
2025年，我站将继续加大监测频次，推进重点企业自动监测设备联网。
县生态环境监测站
2025年1月16日
""",
    ),
    dict(
        slug="fanwenapp-xiezuo-overpacking-plan",
        site="写作喵APP (invented)",
        style="范文APP",
        genre="方案",
        kind="plan",
        form="text",
        source="https://m.xiezuomiao.example.cn/share/doc?id=5521873",
        title="节日商品过度包装专项检查工作方案",
        record_title="节日商品过度包装专项检查工作方案（精选范本）_写作喵",
        date="2025-08-28",
        notes="app share page: decorated title; member-unlock prompt glued after a sentence; AI rewrite button line; date in document",
        page="""
!m 写作喵 · 公文写作助手
{T}
!m 收藏 1.2k　·　使用 3867 次
!a ✨ AI一键改写　｜　复制全文
{BODY}
!a 开通喵卡会员，解锁全部10万篇范文
!l 大家还在看：中秋国庆节日市场安全检查方案
""",
        body="""
为遏制商品过度包装，节约资源、保护环境，根据有关规定，结合节日市场实际，制定本方案。
一、检查时间：2025年9月1日至9月30日。
二、检查重点：茶叶、保健食品、化妆品、酒类等重点商品的包装层数、包装空隙率和包装成本。⟦a 剩余内容仅会员可见，立即解锁⟧
三、检查方式：执法人员对商场、超市和礼盒生产企业进行现场检查，对包装空隙率进行抽样检测。
四、处理措施：对生产、销售过度包装商品的，责令改正，并依法予以处罚。
县市场监督管理局
2025年8月28日
""",
    ),
    dict(
        slug="gkbbs-shangan-back-alley-interview-wrapped",
        site="上岸公考论坛 (invented)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="text",
        source="http://bbs.shangangk.example.com/thread-901237-1-1.html",
        title="背街小巷改造，居民意见不一，你作为工作人员怎么做？",
        record_title="[面试素材] 背街小巷改造，居民意见不一，你作为工作人员怎么做？（附答题思路）",
        date=None,
        notes="exam forum: decorated title; hard-wrapped at 58 columns; no date (relative time 2天前 only); floor info and reply box",
        wrap=58,
        page="""
!m 上岸公考论坛 » 面试交流区 » 帖子
!m 楼主 上岸小分队　2天前　阅读 1406　回复 39
{T}
{BODY}
!l 本帖被 版主 加入精华　+10 经验
!l 回复 支持(88) 反对(2)
!w 面试一对一辅导，私信“上岸”领取题本
""",
        body="""
参考作答：
背街小巷改造是改善居民生活环境的民生实事，出现意见不一很正常，我会耐心倾听、分类施策，推动改造顺利进行。
第一，摸清意见。通过入户走访、居民座谈会、线上问卷等方式，了解居民对改造内容、施工时间、停车安排等方面的具体诉求。
第二，分类回应。对合理诉求，及时吸收进改造方案；对因不了解政策产生的顾虑，讲清改造标准和补偿办法；对个别难以满足的要求，说明原因，争取理解。
第三，公开方案。把修改后的方案在巷口公示，邀请居民代表参与施工监督。
第四，跟踪回访。改造完成后开展满意度回访，总结经验，为其他巷道改造提供参考。
""",
    ),
    dict(
        slug="gkbbs-xiaokao-health-cert-essay",
        site="小考公考社区 (invented)",
        style="公考论坛",
        genre="申论",
        kind="other",
        form="text",
        source="https://www.xiaokaogk.example.cn/t/771205",
        title="从“健康证网上办”看政务服务的温度",
        record_title="[申论范文] 从“健康证网上办”看政务服务的温度",
        date="2025-05-09",
        notes="exam-forum essay; 发表于 as page date; a reader's sign glued after the last sentence; quoted slogan in body",
        page="""
!m 小考公考社区 ＞ 申论 ＞ 范文赏析
{T}
!m 作者：申论小白杨　发表于 2025-05-09 22:40
!a 收藏本帖　｜　复制链接
{BODY}
!l 点赞(57)　评论(12)　#申论范文# #政务服务#
!d 本帖观点仅供交流学习
""",
        body="""
以前，办一张健康证要先去医院排队体检，再回窗口领证，前后至少跑三趟。如今，在不少地方，体检预约、结果查询、电子证照领取都能在手机上完成，“健康证网上办”让群众少跑腿、多省心。
小小一张证，折射的是政务服务理念的转变。从“群众围着部门转”到“部门围着群众转”，关键在于把群众的难点当作改革的重点。
当然，网上办不是简单地把窗口搬到网上。对不会使用智能手机的老年人，仍要保留线下窗口和代办服务，让“数字鸿沟”不成为服务的盲区。
政务服务有温度，群众心里才有热度。⟦m ——本文由楼主原创，转载请注明⟧
""",
    ),
]

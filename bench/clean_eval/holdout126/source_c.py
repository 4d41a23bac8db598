"""holdout126, part C: garment and knitwear factories, home-appliance trade-in and repair. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="fanwen-old-table-garment-factory-year-summary",
        site="公文宝典网 (invented)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://www.gwbaodian.com/zongjie/qiye/2024/0108/51277.asp",
        title="服装厂2023年度生产经营工作总结",
        record_title="【精选】服装厂2023年度生产经营工作总结（通用2篇）_公文宝典网",
        date=None,
        notes="old gb2312 ASP table layout: marquee, font-size row, visitor counter, hot list, floating consult box; no date in the document, only a posting stamp in the list of related items and a year in the title",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>服装厂2023年度生产经营工作总结_公文宝典网</title>
<script language="javascript">function fontZoom(s){document.getElementById('zoom').style.fontSize=s+'px';}</script></head>
<body topmargin="0">
<table width="980" border="0" align="center"><tr><td>⟦m 公文宝典网 — 机关单位写材料的好帮手⟧</td><td><marquee scrollamount="3">⟦m 热烈庆祝本站会员突破50万！⟧</marquee></td></tr></table>
<table width="980" align="center"><tr><td>⟦m 首页⟧ | ⟦m 工作总结⟧ | ⟦m 工作计划⟧ | ⟦m 述职报告⟧ | ⟦m 心得体会⟧</td></tr></table>
<table width="980" align="center"><tr><td width="700" valign="top">
<div>⟦m 您的位置：公文宝典网 &gt;&gt; 工作总结 &gt;&gt; 企业工作总结⟧</div>
<h2>{T}</h2>
<div>⟦a 【阅读字号：特大 大 中 小】⟧ ⟦a 【双击滚屏】⟧</div>
<div id="zoom">
{BODY}
</div>
<div>⟦a 本文Word文档下载（会员免费）⟧</div>
</td><td width="280" valign="top">
<div>⟦l ·热门文章排行·⟧</div>
<div>⟦l 1. 车间主任年终工作总结（精选）⟧</div>
<div>⟦l 2. 企业质检部年度总结及下年计划⟧</div>
<div>⟦w 写作咨询 QQ：2771034465⟧</div>
</td></tr></table>
<table width="980" align="center"><tr><td>⟦m 公文宝典网 版权所有　苏ICP备10028531号⟧　⟦m 今日访问：3318　总访问：9127704⟧</td></tr></table>
</body></html>
""",
        body="""
2023年，我厂在公司党委的领导下，克服外贸订单下滑、原材料价格上涨等困难，全年完成服装产量186万件，实现销售收入2.34亿元，同比增长4.6%，实现利润1420万元。
一、主要工作
（一）抓订单，稳住生产基本盘。积极开拓国内品牌代工业务，内销订单占比由上年的22%提高到35%。
（二）抓质量，提升产品竞争力。推行“首件确认、巡检、尾检”三级检验制度，成品一次交验合格率达到98.2%。
（三）抓技改，提高生产效率。新上自动模板缝纫机42台、智能吊挂系统2条，人均日产量提高15%。
（四）抓安全，守住生产底线。开展消防安全专项整治，组织全员疏散演练2次，全年未发生安全事故。
二、存在问题
一是自主品牌建设滞后，二是熟练工流失率偏高，三是设计研发能力不足。
三、下一步打算
2024年，我厂将加快自主品牌培育，完善技能工薪酬激励办法，力争销售收入突破2.5亿元。
""",
    ),
    dict(
        slug="docshare-knitwear-safety-pledge-oneline",
        site="文享网 (invented)",
        style="文档分享",
        genre="责任书",
        kind="pledge",
        form="text",
        source="https://www.wenxiang.net/p-8830217445.html",
        title="针织车间2024年安全生产目标责任书",
        record_title="针织车间2024年安全生产目标责任书.wps",
        date="2024-01-03",
        oneline=True,
        indent="\u3000\u3000",
        notes="document-sharing page: the whole body on one line (paragraphs apart only by their indent), upload notice, points price, related docs",
        page="""
!m 文享网 - 文档分享平台
!m 首页 > 行业资料 > 纺织服装
!m 针织车间2024年安全生产目标责任书.wps
!m 贡献者：安***9　　上传于：2024-01-05　　3页　　0.9积分
{T}
{BODY}
!d 温馨提示：本文档由用户上传分享，文享网不对内容的真实性负责，若有侵权请发邮件至平台申诉。
!a 下载需0.9积分　｜　开通VIP免积分下载
!l 相关文档：纺织企业安全生产责任制全套 ｜ 车间班组安全承诺书模板
""",
        body="""
为认真落实安全生产责任，确保车间全年安全生产目标实现，经公司与针织车间协商，签订本责任书。
一、安全目标：全年不发生重伤及以上事故，不发生火灾事故，职业病危害因素检测合格率100%。
二、车间主任职责：组织开展班前安全讲话，每周组织一次安全检查，督促员工正确佩戴防护用品。
三、重点要求：车间内严禁吸烟，消防通道保持畅通，设备维修时必须断电挂牌。
四、考核奖惩：责任书执行情况纳入年度考核，完成目标的给予奖励，发生事故的按公司规定追究责任。
公司负责人（签字）：
车间主任（签字）：
2024年1月3日
""",
    ),
    dict(
        slug="corp-lanshan-denim-csr-news",
        site="澜衫牛仔服饰官网 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.lanshan-denim.com/news/company/20240603.html",
        title="澜衫牛仔发布2023年度社会责任报告",
        record_title=None,
        date="2024-06-03",
        notes="brand site: cart and language links, product nav, news byline with date, a subscribe box between paragraphs, footer with customer service",
        page="""
<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8"><title>澜衫牛仔发布2023年度社会责任报告 | 澜衫牛仔服饰</title></head>
<body>
<div class="topline">⟦m 澜衫牛仔 LANSHAN DENIM⟧ <a>⟦a 购物车(0)⟧</a> <a>⟦m 中文 / EN⟧</a></div>
<nav>⟦m 男装⟧ ⟦m 女装⟧ ⟦m 童装⟧ ⟦m 可持续时尚⟧ ⟦m 新闻中心⟧</nav>
<main>
<div class="crumb">⟦m 首页 / 新闻中心 / 企业动态⟧</div>
<h1>{T}</h1>
<div class="date">⟦m 2024.06.03　｜　新闻中心⟧</div>
{BODY}
<div class="back"><a>⟦l ← 返回新闻列表⟧</a></div>
</main>
<footer><p>⟦m 客服热线 400-600-3171（9:00-21:00）⟧</p><p>⟦d © 2024 澜衫服饰股份有限公司 保留所有权利⟧</p></footer>
</body></html>
""",
        body="""
6月3日，澜衫服饰股份有限公司正式发布《2023年度社会责任报告》，这是公司连续第五年公开发布社会责任报告。
报告显示，2023年公司牛仔面料洗水环节单位产品用水量较2019年下降41%，废水回用率达到62%，激光褪色工艺替代传统喷砂工艺实现全覆盖。
⟦a 订阅澜衫会员资讯，新品上市第一时间通知您⟧
在员工权益方面，公司全年组织技能培训1.2万人次，一线员工平均工资增长6.8%，为外地员工新建职工宿舍两栋。
公司负责人表示，将继续推进绿色制造，力争2025年实现主要生产基地光伏发电全覆盖。
""",
        p_html="<p>{}</p>",
    ),
    dict(
        slug="blog-qc-supervisor-garment-notes-wrapped",
        site="针脚随笔 (invented blog)",
        style="博客",
        genre="心得体会",
        kind="essay",
        form="text",
        source="https://zhenjiao.blog.cn/archives/2024/11/qc-notes.html",
        title="做服装质检这十年的几点体会",
        record_title="做服装质检这十年的几点体会 - 针脚随笔",
        date="2024-11-09",
        wrap=58,
        notes="personal blog: hard-wrapped at 58 columns, bracketed post time (the date), tag cloud and archive, comment form",
        page="""
!m 针脚随笔 | 一个老质检员的碎碎念
!m 首页　关于我　归档　留言板
{T}
!m [2024-11-09 22:16]　分类：工作笔记　阅读(318)　评论(6)
{BODY}
!l 标签：服装质检　工作心得　制衣厂
!l « 上一篇：验货季又来了　|　下一篇：给新来的质检小妹 »
!l 文章归档：2024年11月(3)　2024年10月(5)　2024年9月(4)
!a 发表评论　昵称（必填）　邮箱（不公开）　提交
""",
        body="""
从车间的小质检员做到质检主管，一晃十年过去了。今天把这些年的几点体会记下来，给自己留个念想，也给刚入行的朋友做个参考。
第一，质量是做出来的，不是检出来的。质检员最重要的工作不是挑毛病，而是把问题挡在前面，在产前会上把工艺要求讲清楚，比事后返工强得多。
第二，标准要统一。同一件衣服，不同的人看法不一样，所以每个款式都要有封样，有图片，有尺寸表，大家照着同一个标准验。
第三，跟车间要多沟通。质检和生产不是对立的，发现问题先找原因，帮班组想办法，车间才愿意配合你。
这三条说起来简单，做起来要靠日积月累。
""",
    ),
    dict(
        slug="examforum-garment-cluster-essay",
        site="上岸公考论坛 (invented)",
        style="公考论坛",
        genre="申论范文",
        kind="essay",
        form="text",
        source="http://bbs.shangan-gk.com/thread-90417-1-1.html",
        title="以“针线”织就县域产业振兴新图景",
        record_title="[申论范文] 以“针线”织就县域产业振兴新图景（附批改要点）",
        date=None,
        junk=dict(lines=1, glued=2),
        notes="exam forum: board path, a moderator's highlight, reply-to-view prompt, points line, forum junk glued after sentences and on a line; post time relative (no date)",
        page="""
!m 上岸公考论坛 › 申论备考 › 范文赏析
!m [申论范文] 以“针线”织就县域产业振兴新图景（附批改要点）
!m 楼主：上岸小分队　|　发表于 2 小时前　|　只看楼主
!a 本帖隐藏的批改要点需回复后才可浏览
{T}
{BODY}
!l 回复　点评　收藏(41)　分享
!a 【福利】加入申论冲刺群，每天一篇精批 ➜ 立即报名
!m 积分 3721　帖子 862　精华 17
""",
        body="""
一根针、一条线，连起了千家万户的就业，也织就了县域经济的新图景。在不少中西部县域，服装加工产业正从“小作坊”走向“产业集群”，成为带动群众增收的重要力量。
发展服装产业集群，要在“链”上下功夫。县域承接产业转移，不能只做简单的加工环节，要引进面料、辅料、设计、物流等配套企业，补齐产业链条，让利润更多留在本地。
发展服装产业集群，要在“人”上做文章。熟练工是服装企业最宝贵的资源，要依托职业学校开展订单式培训，让返乡青年和留守妇女实现家门口就业。
发展服装产业集群，要在“新”上求突破。推动智能裁剪、自动缝制等技术应用，培育本土品牌，借助直播电商拓展销路。
针线虽小，关乎民生。只要久久为功，县域服装产业一定能织出更加锦绣的明天。
""",
    ),
    dict(
        slug="app-appliance-tradein-work-plan",
        site="公文帮APP (invented)",
        style="范文APP",
        genre="方案",
        kind="plan",
        form="text",
        source="https://share.gongwenbang.cn/d/2f7Ka91x",
        title="玭湖县2024年家电以旧换新工作实施方案",
        record_title="玭湖县2024年家电以旧换新工作实施方案【word可编辑】",
        date="2024-08-27",
        notes="writing-app share: install banner, 'copy full text' button glued after a paragraph, unlock-with-member prompt, numbered lists and a subsidy table",
        page="""
!a 下载公文帮APP，海量范文随心改
{T}
!m 公文帮 · 方案计划 · 阅读 5903
{BODY}
!a 开通会员，复制全文、导出Word不限次数
!l 同类推荐：汽车以旧换新工作方案 ｜ 促消费活动实施方案（2篇）
!m 公文帮 gongwenbang.cn
""",
        body="""
为贯彻落实国家和省关于推动消费品以旧换新的部署，进一步释放家电消费潜力，结合我县实际，制定本方案。
一、补贴对象和范围
在我县参与活动的家电销售企业购买冰箱、洗衣机、电视、空调、电脑、热水器、家用灶具、吸油烟机等8类家电产品的个人消费者。⟦a 一键复制⟧
二、补贴标准
产品能效等级　补贴比例　单件最高补贴
一级能效　产品销售价格的20%　2000元
二级能效　产品销售价格的15%　2000元
三、工作步骤
1.发动宣传阶段（8月底前）：公布参与企业名单和活动规则。
2.组织实施阶段（9月至12月）：消费者凭购买凭证和旧机回收凭证申领补贴。
3.总结评估阶段（次年1月）：开展资金清算和绩效评价。
玭湖县商务局
2024年8月27日
""",
    ),
    dict(
        slug="gov-pinhu-commerce-appliance-subsidy-notice",
        site="玭湖县人民政府 (invented)",
        style="政府门户",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.pinhu.gov.cn/xxgk/swj/202409/t20240902_501176.html",
        title="玭湖县商务局关于公布第一批家电以旧换新参与企业名单的公告",
        record_title="玭湖县商务局关于公布第一批家电以旧换新参与企业名单的公告",
        date="2024-09-02",
        record_date="2024-09-02",
        notes="county portal: elder mode, search box, 信息公开 index table, a company list table (one row a paragraph), the bureau's 咨询电话 beside the portal's 12345 line",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>玭湖县商务局关于公布第一批家电以旧换新参与企业名单的公告-玭湖县人民政府</title></head>
<body>
<div class="top">⟦a 长者模式⟧ ⟦a 无障碍⟧ ⟦a 登录⟧ <input placeholder="请输入关键词"> ⟦a 搜索⟧</div>
<div class="logo">⟦m 玭湖县人民政府⟧</div>
<div class="daohang">⟦m 首页⟧ ⟦m 信息公开⟧ ⟦m 办事服务⟧ ⟦m 政民互动⟧</div>
<table class="syh"><tr><td>⟦m 索引号：000014348/2024-06671⟧</td><td>⟦m 发文机关：玭湖县商务局⟧</td><td>⟦m 公开方式：主动公开⟧</td></tr></table>
<div class="title"><h1>{T}</h1></div>
{BODY}
<div class="fn">⟦a 打印本页⟧ ⟦a 关闭窗口⟧ ⟦l 分享到：⟧</div>
<div class="links">⟦l 相关链接：国务院 | 省政府 | 市政府 | 周边县区⟧</div>
<div class="footer">⟦m 政务服务便民热线：12345⟧ ⟦m 网站标识码3402270031　皖ICP备07003316号⟧</div>
</body></html>
""",
        body="""
根据《玭湖县2024年家电以旧换新工作实施方案》，经企业自愿申报、资格审核，现将第一批参与企业名单公告如下。
序号　企业名称　经营地址
1　玭湖县鑫达家电商场　城关镇人民路66号
2　玭湖县万和电器有限公司　开发区兴业大道12号
3　玭湖县惠民家电连锁店　双河镇中心街8号
消费者可在上述企业购买符合条件的家电产品，现场申领补贴。参与企业名单将根据审核情况动态调整。
咨询电话：0551-6601274（县商务局流通股）
玭湖县商务局
2024年9月2日
""",
    ),
    dict(
        slug="news-appliance-repair-into-villages",
        site="琰溪新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.yxnews.com.cn/xz/2024-10/22/content_118830.htm",
        title="家电维修师傅进村 上门服务暖民心",
        record_title="家电维修师傅进村 上门服务暖民心_琰溪新闻网",
        date="2024-10-21",
        notes="news portal text page: channel crumb, time line (the date), source/editor glued after the last paragraph, share bar and related news, app download prompt",
        page="""
!m 琰溪新闻网 · 琰溪融媒体中心主办
!m 首页 > 乡镇 > 正文
{T}
!m 2024-10-21 17:42:09　　来源：琰溪融媒　　字号：T｜T
{BODY}
!l 分享到：微信　微博　QQ
!l 相关新闻：农村“家电下乡”售后网点覆盖所有乡镇
!l 相关新闻：县消协发布秋季家电选购提示
!a 下载“掌上琰溪”客户端，看更多本地新闻
""",
        body="""
“洗衣机修好了，师傅还帮我把冰箱也检查了一遍，一分钱没要。”10月20日，在琰溪县石桥镇前庄村，72岁的独居老人吕大娘高兴地说。
当天，县家电维修行业协会组织12名维修师傅走进前庄村，为村民免费检测电视、冰箱、洗衣机等家电，现场维修小故障，对需要更换配件的只收取配件成本费。
活动现场，维修师傅还向村民讲解了家电安全使用常识，提醒大家不要私拉乱接电线，家电使用年限到期要及时更换。
据介绍，今年以来，该协会已开展进村服务活动26场，服务群众1800余户。⟦m （记者 晏秋 通讯员 柏杨）⟧
""",
    ),
    dict(
        slug="lawfirm-appliance-warranty-dispute-article",
        site="琚衡律师事务所 (invented)",
        style="律所网站",
        genre="法律分析",
        kind="article",
        form="html",
        source="https://www.juhenglaw.cn/insights/2024/0517.html",
        title="家电“三包”纠纷中消费者如何维权",
        record_title="法律课堂丨家电“三包”纠纷中消费者如何维权",
        date="2024-05-17",
        record_date="2024-05-17",
        notes="law-firm site: practice-area nav, online consult float, author card, disclaimer footer, the article mentions 保存/扫码 as content, a numbered list",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>家电“三包”纠纷中消费者如何维权 - 琚衡律师事务所</title></head>
<body>
<div class="hdr">⟦m 琚衡律师事务所 JUHENG LAW FIRM⟧ ⟦m 专业 · 诚信 · 高效⟧</div>
<div class="nav">⟦m 首页⟧ ⟦m 律所简介⟧ ⟦m 专业领域⟧ ⟦m 律师团队⟧ ⟦m 法律课堂⟧ ⟦m 联系我们⟧</div>
<div class="float">⟦w 免费法律咨询 点击在线提问⟧</div>
<div class="main"><h1>{T}</h1>
<div class="author">⟦m 文 / 琚衡律所消费者权益保护团队　柳青律师　2024-05-17⟧</div>
{BODY}
<div class="disclaimer">⟦d 声明：本文仅为作者个人观点，不构成对任何具体案件的法律意见。⟧</div>
<div class="next">⟦l 下一篇：网购“七天无理由退货”的五个误区⟧</div></div>
<div class="foot">⟦m 咨询热线：0592-5566078　地址：琚水市滨海大厦19层⟧</div>
</body></html>
""",
        body="""
家电是家庭消费中的大件，出现质量问题后，不少消费者不知道如何维权。结合近期办理的案件，我们谈谈家电“三包”纠纷中的几个要点。
一、“三包”有效期从开具发票之日起计算，消费者一定要妥善保存购物发票和保修卡。
二、在“三包”有效期内，产品出现性能故障，经两次修理仍不能正常使用的，消费者有权要求更换或者退货。
三、经营者以“人为损坏”为由拒绝保修的，应当对此承担举证责任。
四、协商不成的，消费者可以拨打12315投诉，也可以扫码进入全国12315平台提交投诉，还可以向人民法院起诉。
需要提醒的是，维权过程中的沟通记录、检测报告等都是重要证据，要注意留存。
""",
    ),
    dict(
        slug="community-appliance-safety-check-day",
        site="瑀川街道 和睦社区 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="http://hemu.yuchuanjd.cn/tzgg/2024/0612.html",
        title="关于开展“家电安全检查进社区”便民服务活动的通知",
        record_title="关于开展“家电安全检查进社区”便民服务活动的通知 - 和睦社区",
        date="2024-06-12",
        notes="community site: weather widget, grid-officer box, 扫码预约 in the notice, the community's own 联系电话 beside the site's property hotline",
        page="""
!m 和睦社区居民之家　　今日天气：多云 24～31℃
!m 社区首页 ｜ 社区公告 ｜ 网格服务 ｜ 志愿者之家 ｜ 居民议事
!m 您的位置：社区公告
{T}
!m 发布人：社区居委会　2024-06-12　浏览 287
{BODY}
!w 找网格员：第3网格 网格员 小鲁 微信同号 13905961224
!m 物业服务热线：0596-2216600
!d 和睦社区居民之家 版权所有 未经许可请勿转载
""",
        body="""
各位居民朋友：
夏季用电高峰即将到来，为消除家用电器使用安全隐患，社区联合辖区家电服务企业开展“家电安全检查进社区”便民服务活动。
活动时间：2024年6月15日（星期六）上午8:30—11:30
活动地点：社区文化广场
服务内容：
1.免费检测空调、冰箱、洗衣机、电磁炉等家电；
2.现场清洗空调滤网，讲解家电安全使用知识；
3.为独居老人、残疾人家庭提供上门检测。
需要上门服务的居民，请扫描社区公告栏二维码预约，或拨打社区电话登记。
联系电话：0596-2218031
和睦社区居民委员会
2024年6月12日
""",
    ),
    dict(
        slug="wenku-appliance-repair-self-discipline-pact",
        site="道远文库 (invented)",
        style="文库预览",
        genre="公约",
        kind="regulation",
        form="html",
        source="https://wenku.daoyuan.cn/d/4418220ef7c3.html",
        title="琰溪县家电维修行业自律公约",
        record_title="琰溪县家电维修行业自律公约",
        date="2024-03-15",
        pages=dict(fmt="⁅{n}⁆", every=160, start=2),
        notes="文库 reader page in HTML: page markers ⁅n⁆ as paragraphs cutting sentences, a reader toolbar, preview-end and pay prompts",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>琰溪县家电维修行业自律公约 - 道远文库</title></head>
<body>
<div class="bar">⟦m 道远文库⟧ ⟦a 上传文档⟧ ⟦a 登录/注册⟧</div>
<div class="docinfo">⟦m 4页　·　1.6千次阅读　·　上传者 dy_7731⟧</div>
<div class="toolbar">⟦a 全屏阅读⟧ ⟦a 放大⟧ ⟦a 缩小⟧ ⟦a 下载文档（券×2）⟧</div>
<div class="reader"><h2>{T}</h2>
{BODY}
</div>
<div class="end">⟦a 试读结束，余下内容请购买后阅读 ￥3.80⟧</div>
<div class="rec">⟦l 为你推荐：家电清洗服务规范 ｜ 行业协会章程范本⟧</div>
<div class="foot">⟦d 道远文库仅提供信息存储空间服务，用户上传内容的版权归原作者所有。⟧</div>
</body></html>
""",
        body="""
为规范家电维修市场秩序，维护消费者合法权益，促进行业健康发展，全县家电维修经营者共同制定本公约。
第一条　诚信经营，明码标价。维修前应当向消费者说明故障原因、维修方案和收费标准，经消费者同意后方可维修。
第二条　规范服务，不虚报故障。不以次充好、以旧充新，不夸大故障、虚列维修项目。
第三条　更换配件应当使用合格产品，旧配件交还消费者，维修后提供不少于90天的保修期。
第四条　上门服务人员应当佩戴工作证，遵守约定时间，保持服务现场整洁。
第五条　违反本公约的，由协会予以通报批评；情节严重的，取消会员资格。
琰溪县家电维修行业协会
2024年3月15日
""",
    ),
]

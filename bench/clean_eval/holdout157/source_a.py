"""holdout157, part A: secondary water supply (rooftop tanks, pump rooms) and septic-tank safety.
Invented text (sites, places, people, numbers); see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="gov-jinchuan-notice-tank-cleaning-html",
        site="琮川县住房和城乡建设局 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://zjj.congchuan.example.gov.cn/xxgk/tzgg/2025/0408/1163.html",
        title="关于开展2025年度二次供水设施清洗消毒工作的通知",
        record_title="关于开展2025年度二次供水设施清洗消毒工作的通知_琮川县住房和城乡建设局",
        date="2025-04-08",
        notes="modern county portal: 长辈版 link, 索引号 table, font row, 扫一扫在手机打开, related list; the notice's own 联系人/电话 beside the portal's 12345",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于开展2025年度二次供水设施清洗消毒工作的通知_琮川县住房和城乡建设局</title>
<script>var _hmt=_hmt||[];</script></head><body>
<div class="topbar"><a>⟦a 长辈版⟧</a> <a>⟦a 无障碍浏览⟧</a> <a>⟦a 登录⟧</a></div>
<div class="logo">⟦m 琮川县住房和城乡建设局⟧</div>
<ul class="nav"><li>⟦l 首页⟧</li><li>⟦l 政务公开⟧</li><li>⟦l 办事服务⟧</li><li>⟦l 互动交流⟧</li></ul>
<div class="pos">⟦m 您所在的位置：首页 &gt; 信息公开 &gt; 通知公告⟧</div>
<table class="xxgk"><tr><td>⟦m 索引号：11330926MB0P27410X/2025-00153⟧</td><td>⟦m 发文机构：县住建局⟧</td></tr>
<tr><td>⟦m 生成日期：2025-04-08⟧</td><td>⟦m 公开方式：主动公开⟧</td></tr></table>
<h1>⟦t 关于开展2025年度二次供水设施清洗消毒工作的通知⟧</h1>
<div class="tools">⟦a 【字号 大 中 小】⟧ ⟦a 【打印本页】⟧ ⟦a 【关闭窗口】⟧</div>
<div class="article">
{BODY}
</div>
<div class="qr">⟦a 扫一扫在手机上打开当前页⟧</div>
<div class="rel"><h3>⟦l 相关信息⟧</h3><ul><li>⟦l 县住建局关于物业服务企业信用评价结果的公示⟧</li><li>⟦l 关于做好汛期在建工地安全防范的通知⟧</li></ul></div>
<div class="foot"><p>⟦m 主办：琮川县住房和城乡建设局　政务服务热线：12345⟧</p><p>⟦m 浙ICP备05031187号-2　网站标识码：3309260021⟧</p></div>
</body></html>
""",
        body="""
各物业服务企业、各二次供水设施管理单位：
为保障居民饮用水卫生安全，根据《二次供水设施卫生规范》要求，现就2025年度二次供水设施清洗消毒工作通知如下。
一、清洗范围。全县住宅小区屋顶水箱、地下蓄水池及加压泵房，每半年至少清洗消毒一次。
二、工作要求。清洗单位须具备相应资质，作业人员持有效健康证明上岗，清洗后须经水质检测合格方可恢复供水。
三、信息公示。各管理单位应在小区公告栏公示清洗时间、水质检测报告，并提前24小时告知住户储水。
四、时间安排。请于5月31日前完成上半年清洗工作，并将工作台账报送县住建局城建科。
联系人：方立恒，联系电话：0570-6213308。
琮川县住房和城乡建设局
2025年4月8日
""",
    ),
    dict(
        slug="community-yanhe-tank-outage-html",
        site="璜阳街道砚河社区 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.yanhesq.example.cn/news/show.php?id=2207",
        title="砚河社区关于3号楼水箱清洗暂停供水的温馨提示",
        record_title=None,
        date="2025-05-16",
        notes="no record title; title found in h2; a 发布时间 byline; a residents' WeChat group prompt glued after the last line; a comment box; the 物业 phone in the body",
        page="""
<html><head><meta charset="utf-8"><title>砚河社区居民之家</title></head><body>
<div class="head">⟦m 砚河社区居民之家 · 邻里守望 共建共享⟧</div>
<div class="menu">⟦l 社区动态⟧ | ⟦l 便民服务⟧ | ⟦l 党群园地⟧ | ⟦l 邻里话题⟧</div>
<h2>⟦t 砚河社区关于3号楼水箱清洗暂停供水的温馨提示⟧</h2>
<p class="info">⟦m 发布时间：2025-05-16 09:12　发布人：社区网格员　浏览：412次⟧</p>
{BODY}
<div class="cmt"><p>⟦l 居民留言（6）⟧</p><p>⟦l 发表留言需先登录，文明发言⟧</p></div>
<div class="footer">⟦m 砚河社区党群服务中心　地址：璜阳街道砚河路55号⟧</div>
</body></html>
""",
        body="""
各位居民朋友：
接小区物业通知，3号楼屋顶水箱将于5月20日进行年度清洗消毒，当日8:00至16:00暂停供水。
请3号楼住户提前储备生活用水，关闭家中水龙头，避免恢复供水时跑水。
恢复供水初期水质可能略显浑浊，请先放水两三分钟后再使用。
如有疑问，请联系物业服务中心，电话：0571-8862051。⟦w 入群及时获取停水停电通知，请加网格员微信yh_wg03⟧
""",
    ),
    dict(
        slug="tender-fangting-pumproom-renovation-html",
        site="瑭水市公共资源交易中心 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://ggzy.tangshui.example.gov.cn/jyxx/jsgc/zbgg/20250612/0041.html",
        title="瑭水市老旧小区二次供水泵房改造工程（一标段）招标公告",
        record_title="【招标公告】瑭水市老旧小区二次供水泵房改造工程（一标段）招标公告-瑭水市公共资源交易中心",
        date="2025-06-12",
        notes="tender platform: CA 证书 hotline beside the purchaser's and agency's contacts; a lots table one row a paragraph; 我要投标 button; 附件 list of the site",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>瑭水市老旧小区二次供水泵房改造工程（一标段）招标公告</title></head><body>
<div class="hd">⟦m 瑭水市公共资源交易中心⟧ ⟦a 主体登录⟧ ⟦a 免费注册⟧</div>
<div class="crumb">⟦m 首页 › 交易信息 › 建设工程 › 招标公告⟧</div>
<h3>⟦t 瑭水市老旧小区二次供水泵房改造工程（一标段）招标公告⟧</h3>
<div class="sub">⟦m 【信息时间：2025-06-12】【阅读次数：309】⟧ ⟦a 我要投标⟧ ⟦a 打印⟧</div>
<div class="con">
{BODY}
</div>
<div class="fj"><b>⟦l 附件下载：⟧</b><a>⟦l 招标文件（一标段）.zip⟧</a></div>
<div class="ca">⟦w CA数字证书办理及技术支持热线：400-820-3317（工作日8:30-17:30）⟧</div>
<div class="ft">⟦d 本网站所载交易信息由招标人提供，其真实性由招标人负责。⟧<br>⟦m 版权所有：瑭水市公共资源交易中心　备案号：鲁ICP备11004526号⟧</div>
</body></html>
""",
        body="""
1.招标条件
本招标项目瑭水市老旧小区二次供水泵房改造工程已由市发展和改革局批准建设，招标人为瑭水市城市供水保障中心，项目已具备招标条件，现对该项目一标段进行公开招标。
2.项目概况与招标范围
标段　小区数量　泵房数量　最高投标限价（万元）
一标段　9　12　386.50
2.1 建设地点：瑭水市东城、河口两个街道。
2.2 计划工期：120日历天。
3.投标人资格要求
投标人须具备市政公用工程施工总承包三级及以上资质，项目经理须具备市政公用工程专业二级及以上注册建造师资格。
4.招标文件的获取
凡有意参加投标者，请于2025年6月13日至6月19日登录交易平台下载电子招标文件。
5.联系方式
招标人：瑭水市城市供水保障中心　联系人：郑工　电话：0535-6120874
招标代理机构：瑭水正衡工程咨询有限公司　联系人：于晓菲　电话：0535-6687730
""",
    ),
    dict(
        slug="oa-lvyuan-water-group-minutes",
        site="玢源水务集团办公平台 (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://oa.fenyuanwater.example.local/doc/view?id=88213",
        title="二次供水设施移交接管专题会议纪要",
        record_title="二次供水设施移交接管专题会议纪要.docx",
        date="2025-03-27",
        notes="intranet document view: 流转记录 and read counts; minutes' 时间/地点/主持/参会/记录 lines kept; decimal headings; file-name record title",
        page="""
!m 玢源水务集团协同办公平台　当前用户：营业所-陈岚
!m 公文管理 / 收文阅办 / 会议纪要
!m 文件编号：玢水纪〔2025〕7号
{T}
!m 拟稿：办公室 孙晔　签发：集团副总经理 邵启明　阅读次数：57
{BODY}
!l 流转记录：办公室（已发）→ 供水部（已阅）→ 营业所（待阅）
!a 【下载正文】【打印】【阅办意见】
!d 内部资料，严禁外传
""",
        body="""
时间：2025年3月25日下午2:30
地点：集团三楼第二会议室
主持：邵启明
参会：供水部、工程部、营业所、安全质量部负责人
记录：孙晔
会议听取了供水部关于城区住宅小区二次供水设施移交接管工作的汇报，研究了存在的问题，形成如下意见。
1.接管范围
1.1 2025年底前完成城区首批二十八个小区泵房的移交接管，实行抄表到户。
1.2 对设施老化严重的小区，先改造后接管，改造费用按市政府有关文件执行。
2.责任分工
2.1 工程部负责现场勘查和改造方案编制，营业所负责户表信息核对和用户告知。
2.2 安全质量部负责接管后泵房的水质巡检，每月不少于一次。
玢源水务集团办公室
2025年3月27日
""",
    ),
    dict(
        slug="news-ruizhou-pump-night-html",
        site="瑗州晚报网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.yuanzhouwb.example.com/shehui/2025-07/14/content_551208.html",
        title="凌晨的泵房里，他们守着整栋楼的“水龙头”",
        record_title="凌晨的泵房里，他们守着整栋楼的“水龙头”_瑗州晚报网",
        date="2025-07-14",
        notes="news portal: photo caption between paragraphs, an editor line glued after the last paragraph, a 24-hour hot list and a 相关新闻 box, share bar",
        page="""
<html><head><meta charset="utf-8"><title>凌晨的泵房里，他们守着整栋楼的“水龙头”_瑗州晚报网</title></head><body>
<div class="top">⟦m 瑗州晚报网｜瑗州人的新闻客户端⟧ ⟦a 下载APP⟧</div>
<div class="nav">⟦l 首页⟧ ⟦l 本地⟧ ⟦l 民生⟧ ⟦l 视频⟧ ⟦l 专题⟧</div>
<h1>⟦t 凌晨的泵房里，他们守着整栋楼的“水龙头”⟧</h1>
<div class="byline">⟦m 2025-07-14 07:35　来源：瑗州晚报　记者 葛宁 通讯员 任小满⟧</div>
<div class="txt">
{BODY}
</div>
<div class="share">⟦l 分享到：⟧ ⟦l 微信⟧ ⟦l 微博⟧ ⟦l QQ空间⟧</div>
<div class="hot"><h4>⟦l 24小时热读⟧</h4><ol><li>⟦l 瑗州今夏首个高温红色预警发布⟧</li><li>⟦l 城东快速路夜间施工绕行提示⟧</li></ol></div>
<div class="ft">⟦d 瑗州晚报网所刊登内容，未经授权不得转载、摘编。⟧ ⟦m 互联网新闻信息服务许可证：33120190017⟧</div>
</body></html>
""",
        body="""
入夏以来，城区用水高峰不断刷新纪录，高层住宅的二次供水泵房成了最忙的地方。
⟦m 图为维修班组在检查变频水泵运行参数。记者 葛宁 摄⟧
凌晨一点，瑗州供水集团二次供水运维班的四名队员还在滨江花园的地下泵房里，排查一台突然跳闸的水泵。
“高峰期一台泵停了，顶上几层就可能没水。”班长冯德远一边查看控制柜，一边说。
经过四十分钟抢修，故障的接触器被更换，楼上住户的水压恢复正常。
据了解，今年以来运维班已处置泵房故障一百六十余起，平均到场时间缩短到二十五分钟。⟦m （编辑：沈一苇）⟧
""",
    ),
    dict(
        slug="fanwen-septic-gas-speech-spring",
        site="笔耕范文网 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.bigengfw.example.com/jianghua/anquan/30917.html",
        title="在全镇化粪池有限空间作业安全警示会上的讲话",
        record_title="在全镇化粪池有限空间作业安全警示会上的讲话（精选范文）_笔耕范文网",
        date="2025-04-22",
        notes="范文 site: speech title with date under it (neutral speaker line), copy-protection prompt between paragraphs, writing-service prompt glued after a sentence, related list",
        page="""
!m 笔耕范文网 - 专注公文写作十五年
!m 当前位置：首页 > 讲话稿 > 安全生产讲话
{T}
!m 时间：04-23　人气：1892　作者：网友投稿
镇党委委员、副镇长　潘景和
（2025年4月22日）
{BODY}
!a 本文共计2300字，完整版请点击下载Word文档
!l 上一篇：在春季森林防灭火工作会上的讲话
!l 下一篇：安全生产月启动仪式主持词
!l 猜你喜欢：有限空间作业安全培训心得 | 夏季安全生产工作方案 | 镇安委会会议纪要
""",
        indent="　　",
        body="""
同志们：
今天召开这次警示会，主要是通报近期外地发生的化粪池清掏中毒事故，举一反三，全面排查我镇有限空间作业风险。
化粪池、污水井内积聚的硫化氢、沼气等有毒有害气体，浓度高时吸入一口就可能致命。⟦w 需要本篇原创代写请联系客服微信 bg_fw66⟧
⟦a 温馨提示：本站内容复制受限，开通会员后可一键复制全文⟧
第一，必须严格执行“先通风、再检测、后作业”，未经审批一律不得下池作业。
第二，必须配齐防护装备，作业时池外监护人员不得少于两人，严禁盲目施救。
第三，各村居要对辖区化粪池逐一登记，设置警示标识，对盖板破损的立即修复。
同志们，安全无小事，希望大家绷紧这根弦，坚决杜绝此类事故在我镇发生。
""",
    ),
    dict(
        slug="wenku-septic-cleaning-plan-markers",
        site="知行文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://wenku.zhixingdoc.example.com/view/8a1f09c2d7e4.html",
        title="城区公厕化粪池清掏作业实施方案",
        record_title="城区公厕化粪池清掏作业实施方案.doc",
        date="2025-02-18",
        notes="文库 preview: page markers of the form ⌈2⌉ cutting sentences, glued or not; a preview-end prompt; upload notice; file-name record title",
        page="""
!m 知行文库　　上传者：hw_***7　　共4页　　下载券：2
!a 加入收藏　　举报　　分享
{T}
{BODY}
!a 预览已结束，剩余2页可下载查看
!a 立即下载（需2下载券）
!d 本文档由用户自行上传，仅供参考学习，如涉及侵权请联系平台删除。
""",
        pages=dict(fmt="⌈{n}⌉", every=110, start=2, glue="mix"),
        body="""
为规范城区公厕化粪池清掏作业，防止粪便外溢污染环境和发生中毒窒息事故，制定本方案。
一、清掏范围：城区一百零六座公厕附属化粪池，以及沿街门店接入市政管网前的小型化粪池。
二、清掏频次：一般每季度一次，旅游旺季和汛期前增加一次，发现满溢随时清掏。
三、作业要求：采用吸粪车抽吸作业，作业人员原则上不下池；确需下池的，应办理有限空间作业审批，检测合格后方可进入。
四、粪渣处置：清掏的粪渣统一运至城北粪便无害化处理厂，严禁随意倾倒。
瑄田市城市管理局
2025年2月18日
""",
    ),
    dict(
        slug="print-septic-village-rules",
        site="珉溪镇人民政府 (invented)",
        style="打印页",
        genre="制度",
        kind="regulation",
        form="text",
        source="http://www.minxi.example.gov.cn/print.aspx?id=3312",
        title="珉溪镇农村三格式化粪池管护办法",
        record_title="打印 - 珉溪镇农村三格式化粪池管护办法",
        date="2025-06-05",
        notes="print view: print header and footer, a URL line; articles of the rule speak of 扫码报修 and 下载 as content; 抄送/印发 版记 kept",
        page="""
!a 打印本页　　关闭
!m 珉溪镇人民政府网 http://www.minxi.example.gov.cn
{T}
珉政发〔2025〕14号
{BODY}
!m 打印时间：2025/8/2 10:41
!m 第 1 页　共 1 页
""",
        body="""
第一条　为巩固农村户厕改造成果，保障三格式化粪池正常使用，制定本办法。
第二条　农户是户厕和化粪池日常管护的第一责任人，村民委员会负责本村公共管护。
第三条　化粪池第三格粪液应定期抽取，用于农田施肥，不得直接排入河塘沟渠。
第四条　化粪池盖板破损、渗漏的，农户可扫描户厕管护牌上的二维码报修，也可拨打村报修电话。
第五条　镇农业服务中心负责管护台账，村级报修记录每月下载汇总一次。
第六条　本办法自印发之日起施行。
珉溪镇人民政府
2025年6月5日
抄送：县农业农村局、县卫健局。
珉溪镇党政办公室　　2025年6月5日印发
""",
    ),
    dict(
        slug="wechat-biogas-septic-warning",
        site="平安琅坪 (invented WeChat mirror)",
        style="公众号镜像",
        genre="倡议书",
        kind="letter",
        form="text",
        source="https://mp.weixin-mirror.example.com/s/LpAn3x_Q2Tk",
        title="清理化粪池，这几件事千万别做",
        record_title="清理化粪池，这几件事千万别做",
        date="2025-07-03",
        notes="WeChat mirror: account line with date (the page's date), 关注/星标 prompt at the top, 在看/点赞 bar and 阅读原文 at the bottom; body sentences tell readers to 转发 as content",
        page="""
!m 平安琅坪　2025-07-03 18:30　发表于琅坪
!a 点击上方蓝字关注我们，设为星标不迷路
{T}
{BODY}
!l 往期推荐：夏季防溺水，请收下这份清单｜电动车充电安全提醒
!a 阅读原文
!l 分享　收藏　在看　点赞
""",
        body="""
夏季气温高，化粪池内有毒气体更容易积聚，近年来多地发生过村民清掏化粪池中毒的悲剧。
千万不要独自下池清掏，千万不要在池边吸烟或使用明火。
发现有人在池内晕倒，千万不要贸然下去救人，要立即拨打119和120。
请把这篇提醒转发给家里的老人，让他们也知道其中的危险。
琅坪县应急管理局
""",
    ),
    dict(
        slug="forum-tank-water-yellow-junk",
        site="瑄田生活论坛 (invented)",
        style="论坛",
        genre="其他",
        kind="other",
        form="text",
        source="https://bbs.xuantianlife.example.com/thread-448120-1-1.html",
        title="小区水箱多久没洗了？自来水发黄有异味",
        record_title="小区水箱多久没洗了？自来水发黄有异味 - 业主之家 - 瑄田生活论坛",
        date="2025-08-09",
        notes="Discuz-like forum: junk lines and junk glued after sentences; 发表于 line the page's date; floor chrome, reply box",
        page="""
!m 瑄田生活论坛 › 业主之家 › 查看帖子
!m 查看: 2143 | 回复: 37
{T}
!m 楼主　青柠不酸　发表于 2025-8-9 21:07
!a 只看该作者
{BODY}
!a 回复　引用　举报
!l 沙发　路过的猫猫　发表于 2025-8-9 21:19
!l 快速回复：您需要登录后才可以回帖 登录 | 注册
""",
        junk=dict(lines=2, glued=2),
        body="""
最近一周家里自来水放出来有点发黄，还有一股铁锈味，烧开以后壶底一层黄渣。
问了隔壁单元，也是一样的情况，怀疑是楼顶水箱很久没清洗了。
物业说去年清洗过，但公告栏上根本找不到清洗记录和水质检测报告。
按规定二次供水设施每半年至少清洗消毒一次，想问问有没有业主知道该向哪个部门反映。
已经打了12345，等回复了再来更新。
""",
    ),
    dict(
        slug="hospital-septic-poisoning-firstaid-html",
        site="璘口县人民医院 (invented)",
        style="医院官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.lkxrmyy.example.com/yyxw/2025/0611/2291.html",
        title="我院成功救治两名化粪池硫化氢中毒患者",
        record_title="我院成功救治两名化粪池硫化氢中毒患者",
        date="2025-06-11",
        notes="hospital site: 预约挂号 and 24-hour emergency line in chrome, the department's own 咨询电话 in the body; font-size row; 上一条/下一条",
        page="""
<html><head><meta charset="utf-8"><title>我院成功救治两名化粪池硫化氢中毒患者-璘口县人民医院</title></head><body>
<div class="top">⟦m 璘口县人民医院　二级甲等综合医院⟧ ⟦a 预约挂号⟧ ⟦a 报告查询⟧</div>
<div class="nav">⟦l 医院概况⟧ ⟦l 科室导航⟧ ⟦l 专家介绍⟧ ⟦l 就医指南⟧ ⟦l 医院新闻⟧</div>
<div class="loc">⟦m 当前位置：首页 &gt;&gt; 医院新闻⟧</div>
<h2>⟦t 我院成功救治两名化粪池硫化氢中毒患者⟧</h2>
<div class="i">⟦m 作者：急诊科 柯蔚　审核：宣传科　发布日期：2025-06-11　点击：276⟧ ⟦a 字体：[大] [中] [小]⟧</div>
{BODY}
<div class="pn"><p>⟦l 上一条：我院开展“无烟医院”宣传活动⟧</p><p>⟦l 下一条：我院通过胸痛中心现场核查⟧</p></div>
<div class="ft"><p>⟦m 急救电话（24小时）：0553-120　总机：0553-4812000⟧</p><p>⟦m 地址：璘口县人民路208号⟧</p></div>
</body></html>
""",
        body="""
6月8日下午，两名在农家乐清掏化粪池的工人先后晕倒，被送到我院急诊科时均已意识不清。
急诊科立即启动中毒抢救流程，给予高流量吸氧、保护脑细胞等治疗，并联系高压氧舱开展治疗。
经过三天的救治，两名患者神志恢复，目前已转入普通病房。
急诊科主任提醒，硫化氢中毒发病快，现场救援必须先通风、做好防护，切勿徒手施救。
急诊科咨询电话：0553-4812120。
""",
    ),
    dict(
        slug="mail-tank-water-quality-report",
        site="瑭水市疾病预防控制中心邮箱 (invented)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="text",
        source="https://mail.tscdc.example.cn/readmail?mid=ZL2025-0718-09",
        title="关于反馈二次供水水质抽检结果的函",
        record_title="转发：关于反馈二次供水水质抽检结果的函",
        date="2025-07-18",
        notes="forwarded mail: header lines (发件人/收件人/时间) as meta, the mail's attachment bar as list, the letter's own 附件 line kept; send date equals the letter date",
        page="""
!m ---------- 转发的邮件 ----------
!m 发件人：卫生监测科 <jcke@tscdc.example.cn>
!m 发送时间：2025年7月18日(星期五) 下午3:12
!m 收件人：市住建局城建科 <cjk@tszjj.example.gov.cn>
!m 主题：关于反馈二次供水水质抽检结果的函
{BODY}
!l 附件（1个）：抽检结果明细表.xlsx（38K）　预览　下载
!d 此邮件可能包含保密信息，如您误收到本邮件，请立即删除并通知发件人。
""",
        body="""
市住房和城乡建设局：
我中心于6月对城区二次供水设施开展了水质抽检，共抽检三十个小区的末梢水样六十份。
检测结果显示，五十七份水样合格，三份水样菌落总数超标，涉及春江苑、东湖里两个小区。
请你局督促相关物业服务企业立即清洗消毒，整改后由我中心复检。
附件：二次供水水质抽检结果明细表
瑭水市疾病预防控制中心
2025年7月18日
""",
    ),
]

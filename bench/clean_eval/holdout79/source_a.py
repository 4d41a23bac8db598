"""holdout79, part A: 范文 sites, 文库 previews, county portals, news portals, forums, a blog.
Everything invented (see ../README.md and ../build.py)."""

CASES = [
    dict(
        slug="fanwen-radish-coop-summary-oldtable",
        site="笔墨范文阁 (invented)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://www.bimofw.example.net/zongjie/nianzhong/20241231_7731.asp",
        title="苜川县白萝卜种植专业合作社2024年工作总结",
        record_title="【精选】苜川县白萝卜种植专业合作社2024年工作总结（通用2篇）_笔墨范文阁",
        date="2024-12-28",
        notes="old gb2312 table layout, marquee, 字号 row, floating consult box; Chinese-numeral 成文日期; a 'write for you' prompt glued after a sentence",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>【精选】苜川县白萝卜种植专业合作社2024年工作总结（通用2篇）_笔墨范文阁</title>
<script>var hits=0;document.write('');</script></head><body>
<table width="960" align="center"><tr><td><font size="5">⟦m 笔墨范文阁⟧</font> ⟦m 写材料，来笔墨⟧</td><td align="right">⟦a 设为主页⟧ | ⟦a 加入书签⟧</td></tr>
<tr><td colspan="2"><marquee>⟦m 本站新增年终总结范文三百余篇，欢迎常来看看⟧</marquee></td></tr>
<tr><td colspan="2">⟦m 您现在的位置：笔墨范文阁 &gt;&gt; 工作总结 &gt;&gt; 年终总结⟧</td></tr></table>
<table width="960" align="center"><tr><td width="700" valign="top">
<h1>⟦t 苜川县白萝卜种植专业合作社2024年工作总结⟧</h1>
<div>⟦m 编辑：阿墨　人气：3,418⟧　⟦a 【字号：大号 中号 小号】⟧</div>
{BODY}
<div>⟦l 上一篇文章：乡村振兴驻村工作队年度总结⟧</div><div>⟦l 下一篇文章：家庭农场主个人年终小结⟧</div>
</td><td width="240" valign="top">
<b>⟦l 本周热门范文⟧</b><ul><li>⟦l 合作社年终总结范本十篇⟧</li><li>⟦l 种植大户述职报告怎么写⟧</li><li>⟦l 农业站个人工作总结⟧</li></ul>
<div class="float">⟦w 材料急用？资深笔杆子一对一代笔，微信 bimo_2088⟧</div>
</td></tr></table>
<table width="960" align="center"><tr><td>⟦d 本站文章均由会员投稿，如有侵权请来函，核实后即删⟧<br>⟦m Copyright 2008-2024 bimofw.example.net 湘ICP备0907712号⟧</td></tr></table>
</body></html>
""",
        body="""
2024年，合作社在县农业农村局和莳田镇党委的指导下，坚持“统一种苗、统一技术、统一销售”，全年种植白萝卜一千二百亩，总产量六千八百吨。
一是抓品种改良。合作社引进耐抽薹品种三个，建设示范田八十亩，亩产比上年提高百分之十二。
二是抓冷链销售。新建预冷库两座，与省城四家商超签订直供协议，社员萝卜收购价比市场价平均高出两角。⟦w 同类总结写不顺手？点此找老师帮写⟧
三是抓社员增收。全年向社员二次返利十八万元，带动周边一百四十户农户户均增收六千余元。
存在的问题是：深加工能力不足，雨季采收期用工紧张。2025年，合作社将筹建萝卜干加工车间，力争加工率达到三成。
苜川县莳田镇白萝卜种植专业合作社
二〇二四年十二月二十八日
""",
    ),
    dict(
        slug="fanwen-stationery-pledge-yearonly",
        site="文秘小铺 (invented)",
        style="范文站",
        genre="倡议书",
        kind="letter",
        form="text",
        source="https://www.wenmixp.example.cn/changyi/3381.html",
        title="2025年校园周边文具店诚信经营倡议书",
        record_title="2025年校园周边文具店诚信经营倡议书（可编辑word版）",
        date=None,
        notes="a year only in the title; a 收录时间 stamp is no date; a like row glued before the first sentence; a VIP copy line between paragraphs",
        indent="　　",
        page="""
!m 文秘小铺 · 倡议书频道
!m 首页 / 倡议书 / 行业倡议
!t 2025年校园周边文具店诚信经营倡议书（可编辑word版）
!m 收录时间：2025-02-17 09:12　浏览：612次
{BODY}
!a 开通小铺会员，全站范文一键复制 ＞
!l 相关推荐：文明经营倡议书 | 食品安全承诺书 | 商户诚信公约
!d 声明：本页内容来自网友投稿，仅作写作参考。
""",
        body="""
⟦l 点赞 18　收藏 6⟧全区各位文具店经营者：
新学期即将开始，校园周边文具店是学生每天都要光顾的地方，经营是否诚信，关系着孩子们的健康和家长的放心。
为此，我们向全区文具店经营者发出如下倡议。
一、守住质量关。不进、不卖“三无”文具，不售卖带有不良内容的卡片和玩具。
⟦a 会员专享：本文完整版可直接复制⟧
二、守住价格关。明码标价，不搞诱导消费，不向学生推销与学习无关的高价商品。
三、守住安全关。店内不存放易燃物品，门口不占道堆放货物，放学时段配合学校维护秩序。
让我们携起手来，做孩子们信得过的身边小店。
蕨岭区文体用品商会
""",
    ),
    dict(
        slug="wenku-tungoil-plan-docx-markers",
        site="知源文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="html",
        source="https://wenku.zhiyuan.example.com/view/tungoil-8f31c2.html",
        title="荪湾县油桐加工厂2025年安全生产专项整治方案",
        record_title="荪湾县油桐加工厂2025年安全生产专项整治方案.docx",
        date="2025-03-06",
        notes="a 文库 reader: page-marker paragraphs ⁅N⁆ cutting sentences, an upload stamp, a preview-end and pay box, a contributor box in the sidebar",
        pages=dict(fmt="⁅{n}⁆", every=120, start=2),
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>荪湾县油桐加工厂2025年安全生产专项整治方案.docx - 知源文库</title>
<script src="/static/reader.js"></script></head><body>
<header><a>⟦m 知源文库⟧</a><nav>⟦l 首页 教育 行业 办公 专题⟧</nav><span>⟦a 登录/注册⟧</span></header>
<div class="doc-head"><h1>⟦t 荪湾县油桐加工厂2025年安全生产专项整治方案.docx⟧</h1>
<p>⟦m 上传者：桐子树下　上传于 2025-03-09　共 4 页　1,207 次阅读⟧</p></div>
<div class="reader">
{BODY}
</div>
<div class="end">⟦a 预览已到末页，余下 2 页需兑换后阅读⟧ <button>⟦a 5 知币兑换全文⟧</button></div>
<aside><h3>⟦l 该用户的其他文档⟧</h3><ul><li>⟦l 油脂车间岗位操作规程⟧</li><li>⟦l 粉尘防爆自查表⟧</li></ul></aside>
<footer>⟦d 文档由用户上传并享有版权，知源文库仅提供存储空间⟧　⟦m 浙ICP备2210338号-2⟧</footer>
</body></html>
""",
        body="""
为深入排查我厂在桐籽压榨、桐油精炼和仓储环节的安全隐患，坚决防范火灾和机械伤害事故，结合本厂实际，制定本方案。
一、整治时间。2025年3月至6月，分自查自改、集中整治、巩固提升三个阶段进行。
二、整治重点。（一）压榨车间设备防护罩、急停装置是否完好；（二）精炼车间导热油炉是否定期检验；（三）成品油库防火间距、静电接地是否符合要求。
三、工作要求。各车间主任是本车间整治第一责任人，要建立隐患台账，做到整改措施、责任、资金、时限和预案“五落实”。
荪湾县林产油脂加工厂
2025年3月6日
""",
    ),
    dict(
        slug="wenku-bambooshoot-survey-wrapped-mix",
        site="一页文档 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://m.yiyedoc.example.com/p/55120937.html",
        title="关于莳田镇雷竹笋产业发展情况的调研报告",
        record_title="【原创】关于莳田镇雷竹笋产业发展情况的调研报告（优质范本）",
        date="2024-10-15",
        notes="wrapped at 62 columns and cut by ◈ N ◈ markers glued or not; a preview converter's running head; a reading-progress line and an unlock prompt",
        wrap=62,
        pages=dict(fmt="◈ {n} ◈", every=140, start=2, glue="mix"),
        page="""
!m 一页文档　m.yiyedoc.example.com
!t 【原创】关于莳田镇雷竹笋产业发展情况的调研报告（优质范本）
!m 文档页数：5　大小：38KB　格式：DOC
{BODY}
!a 阅读进度 60% · 继续阅读需解锁
!a ▶ 一键解锁完整版（限时 3.9 元）
""",
        body="""
今年9月，县政协农业组一行深入莳田镇六个产笋村，通过实地察看、入户走访和座谈交流，对全镇雷竹笋产业发展情况进行了调研。
全镇现有雷竹林一万三千亩，年产鲜笋九千吨，笋农二千一百户，雷竹笋已成为山区群众增收的主要来源。
调研中发现，一是竹林老化，部分竹园十年未更新；二是覆盖增温技术推广不均衡，早春笋比例偏低；三是笋干加工多为家庭作坊，品牌杂、卖价低。
为此建议：镇里统筹实施竹林更新改造，设立技术服务队，扶持两到三家笋制品龙头企业，统一打造“莳田春笋”区域公共品牌。
苜川县政协农业和农村委员会
2024年10月15日
""",
    ),
    dict(
        slug="portal-streetlight-notice-indextable",
        site="葑口县城市管理局 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://cgj.fengkou.example.gov.cn/xxgk/tzgg/202409/t20240912_40117.html",
        title="关于开展城区路灯设施集中检修的通告",
        record_title="关于开展城区路灯设施集中检修的通告",
        date="2024-09-12",
        notes="county portal with a 索引号 table, a font-size row, a 12345 service line beside the notice's own 联系人/电话, an accessibility bar",
        page="""
<!DOCTYPE html><html lang="zh"><head><meta charset="utf-8"><title>关于开展城区路灯设施集中检修的通告_葑口县城市管理局</title></head><body>
<div class="topbar">⟦a 无障碍阅读⟧ ⟦a 长者模式⟧ ⟦m 今天是：2025年6月3日⟧</div>
<div class="banner">⟦m 葑口县城市管理局⟧</div>
<nav>⟦l 首页 | 机构概况 | 政务公开 | 办事服务 | 互动交流⟧</nav>
<div class="loc">⟦m 当前所在：首页 › 政务公开 › 通知公告⟧</div>
<table class="idx"><tr><td>⟦m 索引号：11330628MB0X4719A/2024-08831⟧</td><td>⟦m 发布机构：县城市管理局⟧</td></tr>
<tr><td>⟦m 生成日期：2024-09-12⟧</td><td>⟦m 公开方式：主动公开⟧</td></tr></table>
<h1>{T}</h1>
<div class="tool">⟦a 字号 [ 大 中 小 ]⟧ ⟦a 打印此页⟧ ⟦a 关闭窗口⟧</div>
<div class="TRS_Editor">
{BODY}
</div>
<div class="rel"><h4>⟦l 相关信息⟧</h4><ul><li>⟦l 县城管局开展夜间亮化巡查⟧</li><li>⟦l 关于公布城区道路挖掘审批结果的公告⟧</li></ul></div>
<footer><p>⟦m 主办：葑口县城市管理局　地址：葑口县临江路88号⟧</p><p>⟦m 政务服务热线：12345⟧</p><p>⟦m 网站标识码：3306280031　浙公网安备 33062802000412号⟧</p></footer>
</body></html>
""",
        body="""
为消除城区路灯设施安全隐患，提高夜间照明亮灯率，我局定于2024年9月16日至10月15日对城区主次干道路灯设施进行集中检修。
一、检修范围：临江路、府前街、文昌路等十四条道路的灯杆、灯具、线缆及配电箱。
二、检修期间，部分路段将分时段停灯或占用非机动车道作业，请过往车辆和行人注意避让，服从现场人员指挥。
三、市民发现路灯不亮、灯杆倾斜、井盖缺失等情况，可拨打路灯维护电话报修。
联系人：蒋晓峰　电话：0570-6117205
葑口县城市管理局
2024年9月12日
""",
    ),
    dict(
        slug="portal-sorting-plan-missingtitle-decimal",
        site="芨水市垃圾分类工作领导小组办公室 (invented)",
        style="政府门户",
        genre="方案",
        kind="plan",
        form="html",
        source="https://www.jishui.example.gov.cn/ljfl/gzdt/2025/0418/991.html",
        title="芨水市城区生活垃圾分类提质行动实施方案",
        record_title=None,
        date="2025-04-18",
        notes="no record title (found in the h1); decimal headings 1.1/2.1 and a numbered list kept; a sentence telling residents to 扫码 kept; a QR box for the government account as chrome",
        page="""
<html><head><meta charset="utf-8"><title>芨水市城区生活垃圾分类提质行动实施方案 - 芨水市人民政府</title></head><body>
<header><div class="logo">⟦m 芨水市人民政府⟧</div><div class="search">⟦a 站内搜索⟧</div></header>
<nav>⟦l 首页 要闻动态 信息公开 政务服务 政民互动 走进芨水⟧</nav>
<div class="crumb">⟦m 首页 ＞ 专题专栏 ＞ 垃圾分类⟧</div>
<article><h1>{T}</h1>
<p class="info">⟦m 发布时间：2025-04-18 10:30　来源：市分类办　浏览次数：⟧<span id="v">⟦m 2087⟧</span></p>
{BODY}
</article>
<div class="qr">⟦a 扫一扫在手机上查看当前页面⟧</div>
<footer>⟦m 芨水市人民政府办公室主办　蜀ICP备05011823号⟧ ⟦d 未经授权请勿转载本站信息⟧</footer>
</body></html>
""",
        body="""
为巩固城区生活垃圾分类成果，提升分类投放准确率，制定本方案。
1 总体目标
1.1 到2025年底，城区居民小区分类投放准确率达到百分之八十五以上。
1.2 城区厨余垃圾日均分出量达到一百二十吨。
2 重点任务
2.1 完善设施。每个小区按每三百户设置一处定时定点投放点，配齐洗手池和照明。
2.2 强化督导。各街道组建督导队伍，做到早晚投放时段每点有人。
2.3 宣传引导。居民可扫描投放点张贴的二维码，查询本小区投放时间和积分兑换规则。
3 保障措施
（1）各街道每月报送工作进展；（2）市分类办每季度组织一次交叉检查；（3）检查结果纳入年度考核。
""",
    ),
    dict(
        slug="news-waterfall-reopen-caption",
        site="菀城新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.wanchengnews.example.com/local/2025-05/01/content_88124.htm",
        title="银帘瀑布景区完成栈道改造 五一重新开放",
        record_title="银帘瀑布景区完成栈道改造 五一重新开放_菀城新闻网",
        date="2025-05-01",
        notes="news portal: a photo caption between paragraphs, an editor line, a comment box with counts, a 'most read' list with ranks",
        page="""
<html><head><meta charset="utf-8"><title>银帘瀑布景区完成栈道改造 五一重新开放_菀城新闻网</title></head><body>
<div class="top">⟦m 菀城新闻网 · 菀城人自己的新闻⟧</div>
<nav>⟦l 本地 | 民生 | 文旅 | 视频 | 专题⟧</nav>
<h1>{T}</h1>
<div class="byline">⟦m 2025-05-01 08:47　来源：菀城日报　记者 温若岚⟧</div>
<div class="art">
{BODY}
</div>
<p class="editor">⟦m （责编：丁柯　校对：马一鸣）⟧</p>
<div class="cmt">⟦l 网友评论　已有 46 人参与⟧ ⟦l 写下你的看法……⟧</div>
<div class="rank"><h3>⟦l 24小时阅读排行⟧</h3><ol><li>⟦l 1 城北菜市场升级改造开工⟧</li><li>⟦l 2 今年首批大学生见习岗位发布⟧</li></ol></div>
<footer>⟦d 菀城新闻网版权所有，转载须注明出处⟧</footer>
</body></html>
""",
        body="""
经过五个月的封闭施工，菀城银帘瀑布景区游步道改造工程近日完工，景区于5月1日起重新对游客开放。
此次改造新建防滑栈道一点二公里，加装护栏和夜间警示灯，并在瀑布下方观景台增设了无障碍通道。
⟦m 图为改造后的瀑布观景栈道。记者 温若岚 摄⟧
景区负责人介绍，五一期间景区实行分时预约，每日限流八千人，游客须提前在“菀城文旅”小程序预约入园。
""",
    ),
    dict(
        slug="news-trout-farm-text-byline",
        site="蔺川融媒 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://app.linchuan.example.cn/news/20240822/trout.html",
        title="蔺川冷水鱼养殖基地首批虹鳟出池",
        record_title=None,
        date="2024-08-22",
        notes="no record title: the title on the page; a 发布时间 byline is the page's date; a relative '2小时前' on a related item is no date; an app download bar",
        page="""
!a 打开蔺川融媒APP，看更多本地新闻
!m 蔺川融媒 > 乡村振兴
{T}
!m 发布时间：2024-08-22 16:05　蔺川融媒记者 贺云舟
{BODY}
!m 编审：祁林
!l 相关阅读　蔺川山泉水产业园开园（2小时前）
!l 相关阅读　高山蔬菜抢“鲜”上市
!a 点亮“在看”，为家乡点赞
""",
        body="""
8月21日，位于蔺川县藜坪乡的冷水鱼养殖基地迎来首批虹鳟出池，八千余斤鲜鱼当天发往省城。
该基地利用山涧冷泉水建设流水养殖池三十六个，常年水温保持在十四摄氏度左右，适合虹鳟生长。
基地负责人说，基地采取“公司＋农户”模式，吸纳周边二十余名村民务工，今年预计产鱼六万斤。
""",
    ),
    dict(
        slug="forum-kendama-club-notice-jammer",
        site="玩转手艺论坛 (invented)",
        style="论坛",
        genre="通知",
        kind="notice",
        form="html",
        source="https://bbs.wanzhuan.example.com/thread-30982-1-1.html",
        title="菀城剑玉同好会关于举办第三届剑玉公开赛的通知",
        record_title="[活动] 菀城剑玉同好会关于举办第三届剑玉公开赛的通知 - 户外与技巧 - 玩转手艺论坛",
        date="2025-06-02",
        date_also=["2025-06-04"],
        notes="Discuz-like thread with jammer-font junk glued after sentences, a floor number, signature, a reply box; the post time differs from the notice's date",
        junk=dict(lines=1, glued=2),
        page="""
<html><head><meta charset="utf-8"><title>[活动] 菀城剑玉同好会关于举办第三届剑玉公开赛的通知 - 户外与技巧 - 玩转手艺论坛</title>
<style>.jammer{font-size:0;color:#fff}</style></head><body>
<div id="hd">⟦m 玩转手艺论坛⟧ ⟦a 登录 | 立即注册⟧</div>
<div id="pt">⟦m 论坛 › 户外与技巧 › 查看帖子⟧</div>
<div class="ts"><h1>⟦t 菀城剑玉同好会关于举办第三届剑玉公开赛的通知⟧</h1> ⟦m 查看: 905 | 回复: 23⟧</div>
<div class="pi">⟦m 楼主 球不离手 发表于 2025-6-4 21:18⟧ ⟦l 只看该作者⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="sign">⟦m 签名：一球一世界，玩剑玉七年⟧</div>
<div class="reply">⟦l 回复 支持 反对 举报⟧ ⟦a 您需要登录后才可以回帖⟧</div>
<footer>⟦m Powered by 玩转手艺 © 2012-2025⟧</footer>
</body></html>
""",
        body="""
各位球友：
为推广剑玉运动，丰富青少年课余生活，经同好会理事会研究，定于2025年7月12日在菀城青少年宫举办第三届剑玉公开赛。
一、比赛分少年组（十四岁以下）和公开组，设规定动作赛和自由演示赛两个项目。
二、报名截至6月30日，每人限报一个组别，报名费全部用于购买奖品。
三、参赛选手自备剑玉，比赛用球须为标准尺寸，赛前由裁判组统一检查。
菀城剑玉同好会
2025年6月2日
""",
    ),
    dict(
        slug="forum-crossstitch-pledge-junklines",
        site="针线人家 (invented)",
        style="论坛",
        genre="倡议书",
        kind="letter",
        form="text",
        source="http://www.zhenxianrj.example.net/bbs/read.php?tid=7716",
        title="十字绣爱好者“一针一线绣家乡”公益倡议",
        record_title="十字绣爱好者“一针一线绣家乡”公益倡议 - 绣友茶座",
        date="2025-03-08",
        notes="a text forum post with anti-scraping junk on lines and glued; an edit stamp is no date; floor chrome and quick reply",
        junk=dict(lines=2, glued=2),
        page="""
!m 针线人家 » 绣友茶座 » 正文
!m [楼主] 绣花枕头不草包　注册：2019-11　积分：2260
{T}
!m 本帖最后由 绣花枕头不草包 于 2025-3-9 10:02 编辑
{BODY}
!l ↑顶部　｜　快速回复　｜　返回列表
!l 绣友们的回复（共 31 条）
""",
        body="""
亲爱的绣友们：
我们这个小小的十字绣群已经有四百多位成员，大家一针一线，绣出了很多美好的作品。
今年，我们倡议大家以“绣家乡”为主题，每人完成一幅家乡风景或风物的作品。
完成的作品，将在五月统一送到藜坪乡敬老院和乡中心小学展出，之后义卖，所得全部用于给留守儿童添置图书。
参与的绣友请在群里接龙报名，绣线不够的可以找群主领取。
“针线人家”绣友群
2025年3月8日
""",
    ),
    dict(
        slug="blog-teaceremony-reflection-bracket-time",
        site="半盏清茶的博客 (invented)",
        style="博客",
        genre="心得体会",
        kind="reflection",
        form="text",
        source="http://blog.qingcha.example.com/u/banzhan/2024/11/0301.html",
        title="参加茶艺师职业技能培训的心得体会",
        record_title="参加茶艺师职业技能培训的心得体会 - 半盏清茶的博客 - 随记",
        date="2024-11-03",
        notes="a blog: bracketed post time is the page date; tags, archive and a visit counter; a copyright line glued after the last sentence",
        page="""
!m 半盏清茶的博客
!m 一杯茶，一本书，一个下午
!l 首页　博文目录　相册　关于我
{T}
!m (2024-11-03 20:41:17)
!l 标签：茶艺　培训　随记
{BODY}
!m 阅读(212)　评论(7)　收藏(3)
!l 前一篇：冬天的第一壶白茶
!l 博文归档：2024年11月(4)　2024年10月(6)
""",
        body="""
十月底，我参加了县人社局组织的茶艺师职业技能培训，为期十天，收获很多。
以前泡茶全凭感觉，这次才知道，水温、投茶量和出汤时间都有讲究，绿茶、乌龙、红茶各有各的规矩。
老师反复强调，茶道首先是待客之道，动作要稳，心要静，眼里要有客人。
培训最后一天考试，我抽到的是潮汕工夫茶，手还是有些抖，好在顺利通过。
以后我想在社区开个小茶课，把学到的东西分享给邻居们。⟦d 本博客文字均为原创，转载请留言⟧
""",
    ),
]

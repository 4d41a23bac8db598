"""holdout111, part D: gastrodia, astragalus, licorice, safflower growers and herbal-tea makers. Invented text."""

CASES = [
    dict(
        slug="fanwen-asp-gastrodia-coop-report-hotlist",
        site="笔耕范文库 (invented)",
        style="范文站",
        genre="述职报告",
        kind="report",
        form="html",
        source="http://www.bigengfw.example.cn/shuzhi/HTML/20251130/7718.html",
        title="天麻种植专业合作社理事长2025年度述职报告",
        record_title="天麻种植专业合作社理事长2025年度述职报告（精选范本）_笔耕范文库",
        date="2025-11-28",
        notes="old ASP table layout: marquee, a 【阅读字号】 row, hot list, visitor counter; a writing-service line glued after a sentence; 成文日期",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>天麻种植专业合作社理事长2025年度述职报告（精选范本）_笔耕范文库</title></head>
<body><table width="980" border="0"><tr><td>⟦m 笔耕范文库 www.bigengfw.example.cn⟧</td><td><marquee>⟦m 本站新增述职报告范文300篇，欢迎选用！⟧</marquee></td></tr></table>
<table width="980"><tr><td width="700">
<div>⟦m 当前位置：笔耕范文库 → 述职报告 → 个人述职⟧</div>
<h3>⟦t 天麻种植专业合作社理事长2025年度述职报告⟧</h3>
<div>⟦a 【阅读字号：特大 大 中 小】⟧　⟦m 日期：2025-11-30　人气：2219⟧</div>
{BODY}
</td><td width="280" valign="top"><b>⟦l 本周热门⟧</b><br>⟦l · 村支书述职报告⟧<br>⟦l · 合作社年终总结⟧<br>⟦l · 农技员述职述廉报告⟧</td></tr></table>
<table width="980"><tr><td align="center">⟦m 您是第 2087654 位访客⟧　⟦d 本站部分文章来源于网络，如有侵权请来信告知⟧</td></tr></table>
</body></html>
""",
        body="""
各位社员代表：
一年来，在镇党委政府的支持下，我和理事会一班人团结带领全体社员，天麻种植面积由八百亩扩大到一千二百亩。⟦w 需要原创述职报告？专业写手量身定制，QQ 2718830046⟧
一是推广仿野生种植。合作社统一供种、统一技术标准，天麻商品率提高到百分之七十五。
二是拓展销售渠道。与两家药材公司签订保底收购协议，全年销售鲜天麻四百二十吨。
三是规范内部管理。财务每季度公开一次，全年按交易量返还盈余八十六万元。
不足之处是初加工能力不足，明年将争取建设一条烘干生产线。
述职人：冉振华
2025年11月28日
""",
    ),
    dict(
        slug="wenku-astragalus-plan-corner-markers-wrapped",
        site="博览文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://wenku.bolan.example.com/view/a7c1e90f.html",
        title="黄芪规范化种植基地病虫害绿色防控实施方案",
        record_title="黄芪规范化种植基地病虫害绿色防控实施方案.wps",
        date="2025-04-02",
        notes="preview page: wrapped at 62 columns, cut by ⸢N⸥ markers between lines, glued or not; a login-to-continue prompt and a pay bar",
        wrap=62,
        indent="　　",
        pages=dict(fmt="⸢{n}⸥", every=120, start=2, glue="mix"),
        page="""
!m 博览文库　>　农林牧渔　>　中药材
!t 黄芪规范化种植基地病虫害绿色防控实施方案.wps
!m 4.6分（139人评价）　· 12页　· 5.0万次阅读
{BODY}
!a 登录后可继续阅读剩余10页内容
!a 开通博览会员　全站文档免费下　¥0.33/天
!l 你可能喜欢：中药材GAP基地管理制度　黄芪栽培技术规程
""",
        body="""
为提高黄芪基地病虫害防控水平，减少化学农药使用，保障药材质量安全，制定本方案。
一、防控对象。重点防控根腐病、白粉病、蚜虫和豆荚螟，兼顾其他次要病虫害。
二、防控措施。坚持预防为主，推行轮作倒茬和深翻晒垡，推广杀虫灯、性诱剂和黄板诱杀，必要时选用生物农药。
三、监测预警。基地设立病虫监测点五个，技术员每五天调查一次，发现病虫达到防治指标及时发出预警。
四、组织保障。基地成立绿色防控工作小组，由生产部负责人任组长，明确责任到人。
枸源黄芪种植基地
2025年4月2日
""",
    ),
    dict(
        slug="news-licorice-desert-restoration-text",
        site="瀚原日报网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.hanyuanrb.example.cn/html/2025-06/03/content_40172.htm",
        title="甘草种植让沙地变“绿洲”",
        record_title="甘草种植让沙地变“绿洲”-瀚原日报网",
        date="2025-06-03",
        notes="news portal text: channel line, a 字号 row, byline with a time, an ad line between paragraphs, 编辑 line glued after the last paragraph, hot list",
        page="""
!m 瀚原日报网　要闻 | 经济 | 社会 | 评论 | 视觉
!m 瀚原日报网 > 经济 > 正文
{T}
!m 2025-06-03 08:05:12　来源：瀚原日报　记者　苏赫巴　实习生　付晴
!a 字号：T｜T　　打印　　纠错
{BODY}
!l 热点推荐：瀚原至北口高铁开始铺轨｜全市高考考点布置完毕
!m 瀚原日报社主办　新闻热线：0471-12000
""",
        body="""
初夏时节，在沙洲镇的万亩沙地上，一行行甘草苗迎风舒展。五年前，这里还是风沙肆虐的流动沙丘。
“甘草根系发达，能固沙，还能卖钱。”镇农业服务中心主任巴特尔说，全镇已种植甘草三万六千亩，植被覆盖度由不足百分之十提高到百分之四十五。
⟦a 广告　扫码下载瀚原日报客户端，看更多本地新闻⟧
当地引进一家药业公司建设甘草饮片加工厂，实行订单收购，种植户每亩纯收入达一千二百元。
沙地变绿了，群众的钱袋子也鼓了起来。⟦m （编辑：乌云　校对：辛蕾）⟧
""",
    ),
    dict(
        slug="forum-safflower-growers-thread-junk",
        site="红花种植交流社区 (invented)",
        style="论坛",
        genre="心得体会",
        kind="insight",
        form="text",
        source="http://bbs.honghuazz.example.com/viewthread.php?tid=3381",
        title="种了五年红花，说说采收和晾晒的经验",
        record_title="种了五年红花，说说采收和晾晒的经验 - 种植经验 - 红花种植交流社区",
        date="2025-07-11",
        notes="forum: jammer junk on lines and glued after sentences, floor header with 发表于, points and medals, a quote box of a reply",
        junk=dict(lines=2, glued=1),
        page="""
!m 红花种植交流社区 › 种植经验 › 帖子详情
!t 种了五年红花，说说采收和晾晒的经验
!m 花田老顾　[版主]　积分 8830　勋章：优秀会员
!m 发表于 2025-7-11 20:33　|　查看: 3207　|　回复: 46
{BODY}
!l 引用 新疆棉农 的回复：晾晒的时候遇到下雨怎么办？
!l 回复 花田老顾：下雨就搬进棚里摊开，千万别堆着。
!a 登录后才可以回帖　　登录 | 立即注册
""",
        body="""
我家种红花已经五年了，今年种了四十亩，趁着采收刚结束，跟大家说说经验。
第一，采收要赶早。每天清晨露水未干时采，花冠由黄变红的时候最好，采晚了颜色发暗，价格要低一截。
第二，晾晒不能暴晒。采回来的花要摊在竹席上阴干，厚度不超过两厘米，每天翻动两次。
第三，储存要防潮。晒干的红花装进塑料袋扎紧口，放在通风干燥处，防止发霉变色。
希望对新入行的朋友有帮助。
""",
    ),
    dict(
        slug="blog-herbal-tea-shopkeeper-html-tagcloud",
        site="凉茶铺老板娘的博客 (invented)",
        style="博客",
        genre="心得体会",
        kind="insight",
        form="html",
        source="https://liangchapu.blog.example.com/archives/2025/08/221",
        title="开凉茶铺十年，我学会的几件事",
        record_title="开凉茶铺十年，我学会的几件事 | 凉茶铺老板娘",
        date="2025-08-17",
        notes="blog HTML: header slogan, posted-on line (the date), tag cloud, archive, comment form and a 'powered by' footer",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>开凉茶铺十年，我学会的几件事 | 凉茶铺老板娘</title></head>
<body><header><h1 class="site">⟦m 凉茶铺老板娘⟧</h1><p class="desc">⟦m 一碗凉茶，一段街坊故事⟧</p></header>
<main><article><h2 class="entry-title">⟦t 开凉茶铺十年，我学会的几件事⟧</h2>
<div class="entry-meta">⟦m 发布于 2025-08-17 · 分类：小店日记 · 12 条评论⟧</div>
<div class="entry-content">
{BODY}
</div>
<div class="nav-links">⟦l ← 台风天的一碗廿四味⟧ ⟦l 给隔壁阿婆送凉茶 →⟧</div>
<div id="respond"><h3>⟦l 发表回复⟧</h3><p>⟦l 您的电子邮箱地址不会被公开。⟧</p></div>
</article></main>
<aside><h3>⟦l 标签云⟧</h3><p>⟦l 凉茶 小店 街坊 夏天 廿四味 创业⟧</p><h3>⟦l 归档⟧</h3><p>⟦l 2025年八月　2025年七月　2025年六月⟧</p></aside>
<footer>⟦m 自豪地采用 WordPress　主题：Twenty Twenty-Four⟧</footer>
</body></html>
""",
        body="""
十年前，我在老街口租下一间十来平方米的铺面，开始熬凉茶。那时候一天卖不了二十碗，常常坐在门口发呆。
第一件事，是配方不能偷工减料。老顾客的舌头最灵，少一味药材他们都喝得出来。
第二件事，是要懂得跟街坊相处。谁家老人不宜喝太凉的，谁家孩子喝不惯苦的，我都记在心里。
第三件事，是守规矩。食品经营许可证、健康证每年按时办，药材进货单一张不落地留着。
十年过去，铺子还是那间铺子，来喝凉茶的，已经从街坊变成了街坊的孩子。
""",
    ),
    dict(
        slug="wechat-astragalus-harvest-notice-text-mirror",
        site="黄芪之乡公众号镜像 (invented)",
        style="公众号镜像",
        genre="通知",
        kind="notice",
        form="text",
        source="https://wx.jingxiang.example.net/a/gouyuan-hq-0918",
        title="关于2025年秋季黄芪采挖和收购有关事项的通知",
        record_title=None,
        date="2025-09-18",
        notes="WeChat mirror as text: account name, 原创 label, 阅读原文/在看 rows, a follow prompt; the title found on the page; the notice's 收购点电话 kept",
        page="""
!m 枸源黄芪之乡
!m 原创　枸源县中药材产业办　2025-09-18 17:45 甘肃
{T}
!a 点击上方蓝字关注我们
{BODY}
!a 阅读原文
!l 分享　收藏　赞 27　在看 9
!d 镜像站收录，仅供阅读，版权归原公众号所有
""",
        body="""
各乡镇，各黄芪种植户：
今年我县黄芪即将进入采挖期。为保障药材质量，维护收购秩序，现将有关事项通知如下。
一、采挖时间。二年生及以上黄芪在10月1日后采挖，严禁提前采挖未成熟药材。
二、收购点设置。县内设立定点收购点九个，地址和电话见各乡镇政府公告栏。
三、质量要求。采挖后去净泥土和芦头，不得硫熏、不得掺杂增重。
县中药材产业办咨询电话：0932-6128830
枸源县中药材产业发展办公室
2025年9月18日
""",
    ),
    dict(
        slug="docshare-licorice-factory-report-html-markers",
        site="文档汇 (invented)",
        style="文档分享",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.wendanghui.example.com/read/99213874.html",
        title="关于瀚原市甘草加工产业发展情况的调研报告",
        record_title="关于瀚原市甘草加工产业发展情况的调研报告",
        date=None,
        notes="document-sharing reader: HTML paragraphs cut by ⦗N⦘ marker paragraphs, a reader toolbar, uploader line, an upload notice and a download-with-points row; no date",
        pages=dict(fmt="⦗{n}⦘", every=140, start=2),
        page="""
<html><head><meta charset="utf-8"><title>关于瀚原市甘草加工产业发展情况的调研报告 - 文档汇</title></head>
<body><div class="topbar">⟦m 文档汇 - 专业文档分享平台⟧ ⟦a 登录 / 注册⟧</div>
<h1>⟦t 关于瀚原市甘草加工产业发展情况的调研报告⟧</h1>
<div class="docinfo">⟦m 上传人：hy_research　上传日期：2025-09-04　页数：8　浏览：962⟧</div>
<div class="toolbar">⟦a 放大　缩小　全屏　下载（8积分）⟧</div>
<div class="reader">
{BODY}
</div>
<div class="notice">⟦d 本文档由用户上传，文档汇仅提供信息存储空间服务，如有侵权请联系删除⟧</div>
<div class="more">⟦l 更多相关文档 >>⟧</div>
</body></html>
""",
        p_html='<p class="reader-p">{}</p>',
        body="""
甘草是我市重要的道地药材。为摸清甘草加工产业发展现状，市政协农业委员会于今年七月组织开展了专题调研，走访加工企业十一家、种植基地六个。
调研发现，全市甘草种植面积稳定在十二万亩左右，年加工甘草饮片和甘草酸制品约三万吨，产值超过十八亿元。
存在的主要问题是：精深加工比重低，大部分企业仍以切片和粗提为主；品牌影响力弱，缺少全国知名的龙头企业。
建议市政府设立甘草产业发展基金，支持企业开展甘草黄酮等高附加值产品研发，打造区域公用品牌。
""",
    ),
    dict(
        slug="edu-herbal-garden-school-letter-receipt",
        site="榧城县教育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://edu.feicheng.example.gov.cn/xxgk/2025/0410/936.html",
        title="致全县中小学生家长的一封信（中草药种植劳动实践）",
        record_title="致全县中小学生家长的一封信（中草药种植劳动实践）",
        date="2025-04-10",
        notes="education portal: a 回执 to print and return kept, a sentence telling parents to 扫码 register kept, a share row glued after the last sentence",
        page="""
!m 榧城教育 · 榧城县教育局门户网站
!m 首页 ＞ 家校共育 ＞ 正文
{T}
!m 发布人：德育股　发布日期：2025-04-10　阅读次数：3104
{BODY}
!l 【附件下载】　【我要纠错】　【返回顶部】
!d 榧城县教育局版权所有　未经许可不得复制
""",
        body="""
尊敬的家长朋友：
本学期，全县中小学将在校园“百草园”开展中草药种植劳动实践，组织学生种植板蓝根、薄荷、紫苏等常见中草药。
请您鼓励孩子参加种植、浇水、观察记录等劳动，并提醒孩子不要随意品尝植物。
请家长扫描班主任发放的二维码完成报名，并将下面的回执打印后签字，交回班主任。
回执
学生姓名：　　　班级：　　　家长签字：
榧城县教育局
2025年4月10日⟦l 分享到：微信 微博 QQ⟧
""",
    ),
    dict(
        slug="intranet-herbal-tea-factory-report-html",
        site="岭南凉茶集团内网 (invented)",
        style="企业内网",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://portal.lnlc.example.local/xwzx/content.jsp?id=20250715",
        title="罐装车间2025年上半年质量工作总结",
        record_title="内网资讯-罐装车间2025年上半年质量工作总结",
        date="2025-07-15",
        notes="intranet portal: employee greeting and logout, approval trail, read counts; a quality indicators table kept",
        page="""
<html><head><meta charset="utf-8"><title>内网资讯-罐装车间2025年上半年质量工作总结</title></head>
<body><div class="portal-top">⟦m 岭南凉茶集团综合办公门户⟧ <span>⟦a 欢迎您，饶嘉欣 | 修改密码 | 退出⟧</span></div>
<div class="menu">⟦l 待办事项(3)　公文处理　内网资讯　制度汇编　通讯录⟧</div>
<div class="doc"><h2>⟦t 罐装车间2025年上半年质量工作总结⟧</h2>
<div class="meta">⟦m 发布部门：罐装车间　发布人：胡永康　2025-07-15 11:02⟧</div>
{BODY}
<div class="flow">⟦m 审批流程：车间主任（已审）→ 质量部（已审）→ 生产副总（已阅）⟧</div>
<div class="read">⟦m 已阅 118 人⟧ <a>⟦a 查看阅读明细⟧</a></div>
</div>
<div class="foot">⟦d 本系统仅限公司内部使用，严禁截屏外传⟧</div>
</body></html>
""",
        body="""
上半年，罐装车间坚持质量第一，产品抽检合格率保持百分之百，未发生一起质量投诉。
主要质量指标
指标　目标值　完成值
灌装量合格率　≥99.5%　99.8%
封口不良率　≤0.05%　0.03%
微生物检测合格率　100%　100%
下半年，车间将重点做好旺季生产的过程控制，加强新员工岗前培训，确保质量稳中有升。
""",
    ),
    dict(
        slug="qa-safflower-oil-html-answer-signed",
        site="问一问 (invented)",
        style="问答社区",
        genre="问答",
        kind="answer",
        form="html",
        source="https://www.wenyiwen.example.com/q/55019324.html",
        title="红花籽油和普通食用油比有什么区别？",
        record_title=None,
        date="2025-03-29",
        notes="Q&A page: the question as title (missing from the record), answerer card with 回答于 (the date), vote bar, 'other answers' and an ad; the answer's own signature kept",
        page="""
<html><head><meta charset="utf-8"><title>红花籽油和普通食用油比有什么区别？_问一问</title></head>
<body><div class="hd">⟦m 问一问　有问题，就会有答案⟧</div>
<h1 class="q">⟦t 红花籽油和普通食用油比有什么区别？⟧</h1>
<div class="qinfo">⟦m 提问者：健康生活每一天　｜　浏览 8651 次⟧</div>
<div class="best"><div class="label">⟦m 最佳答案⟧</div>
<div class="user">⟦m 营养师小骆　LV7　回答于 2025-03-29⟧</div>
<div class="ans">
{BODY}
</div>
<div class="vote">⟦l 有用(212)　没用(7)　评论(14)⟧</div></div>
<div class="other">⟦l 其他2条回答⟧</div>
<div class="ad">⟦a 推广　关注营养师小骆，免费领取一周减脂食谱⟧</div>
<div class="ft">⟦d 回答内容由网友提供，仅供参考⟧</div>
</body></html>
""",
        body="""
红花籽油是用红花的种子压榨的油，最大的特点是亚油酸含量高，一般在百分之七十以上。
和大豆油、花生油相比，红花籽油的不饱和脂肪酸比例更高，但并不是越多越好，亚油酸摄入过多也不利于健康。
建议家里几种油换着吃，每人每天烹调油控制在二十五到三十克。
以上是个人建议，有慢性病的朋友请遵医嘱。
——营养师小骆
""",
    ),
]

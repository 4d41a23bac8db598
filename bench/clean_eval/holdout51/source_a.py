"""holdout51, part A. Invented text; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="fanwen-lubi-summary-saltworks-safety",
        site="卤笔范文馆 (invented)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.lubifanwen.cn/zj/anquan/7731.html",
        title="卤川盐场2025年度安全生产工作总结",
        record_title="【精选】卤川盐场2025年度安全生产工作总结（通用2篇）",
        date="2025-12-26",
        notes="decorated record title; 成文日期 under the signature; writing-service box between paragraphs",
        page="""
!m 卤笔范文馆｜一篇好材料，从这里开始
!m 当前所在：馆首页 ＞ 总结大全 ＞ 安全生产总结
!t 【精选】卤川盐场2025年度安全生产工作总结（通用2篇）
!m 收录于 2026-01-04　·　被翻阅 1,208 回　·　整理：盐井小编
!a ［全文复制］［存为Word］［放大字体］［缩小字体］
{T}
{BODY}
!a 篇幅所限仅展示第一篇，第二篇请升级馆藏会员查看
!l ▎同栏目还有
!l 盐化工企业年度安全总结汇报材料
!l 晒盐车间班组安全活动记录范文
!l 上一份：制卤车间年度工作总结　下一份：盐场职工代表大会工作报告
!d 本馆材料均由热心馆友整理，仅作写作参考，不构成任何专业意见。
!m ©卤笔范文馆 lubifanwen.cn　滇ICP备20240417号
""",
        indent="\u3000\u3000",
        body="""
2025年，卤川盐场坚持“安全第一、预防为主、综合治理”方针，围绕制卤、晒盐、仓储、运输四个环节压实责任，全年未发生一般及以上生产安全事故，连续第九年实现安全生产“零死亡”。
一、主要做法
（一）层层签订责任书。场部与6个车间、23个班组逐级签订安全生产责任书，把卤池巡查、堆坨作业、机械检修等任务明确到人。
（二）开展隐患排查治理。全年组织综合检查12次、专项检查31次，排查整改卤池护栏缺损、输卤管道渗漏等隐患147项，整改率100%。⟦w 写总结太费劲？本馆老师一对一代笔，加V：lubi_xiezuo⟧
（三）抓好夏季防暑降温。在晒盐高峰期调整作业时间，避开午间高温时段，为一线职工配发防暑药品和遮阳用品，设立临时凉棚9处。
二、存在问题
部分老职工安全意识仍有松懈，外包运输车辆管理不够规范，部分卤池护栏老化需整体更换。
三、2026年打算
明年，盐场将推进卤池区视频监控全覆盖，完善外包单位准入和考核办法，确保安全生产形势持续稳定。
卤川盐场安全生产委员会办公室
2025年12月26日
""",
    ),
    dict(
        slug="fanwen-qiyuan-speech-lacquer-old-table",
        site="漆原公文苑 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.qygwy.com/Article/jianghua/201.asp",
        title="在全县漆器产业发展推进会上的讲话",
        record_title="在全县漆器产业发展推进会上的讲话_漆原公文苑",
        date="2025-04-17",
        notes="old gb2312 table layout with marquee and visitor counter; date in Chinese numerals under the speech title; speaker line neutral",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>在全县漆器产业发展推进会上的讲话_漆原公文苑</title>
<script language="javascript">var hits=0;</script></head>
<body bgcolor="#f6efe2">
<table width="960" align="center"><tr><td><img src="/img/logo.gif"> ⟦m 漆原公文苑 —— 机关笔杆子的加油站⟧</td><td align="right">⟦a 设为首页⟧ | ⟦a 加入收藏⟧</td></tr></table>
<table width="960" align="center"><tr><td><marquee scrollamount="3">⟦m 热烈祝贺本苑会员突破三万人！投稿请发送至 tougao@qygwy.com⟧</marquee></td></tr></table>
<table width="960" align="center"><tr><td width="720" valign="top">
<div>⟦m 您的位置：漆原公文苑 → 领导讲话 → 产业发展⟧</div>
<h2>{T}</h2>
<div>县委副书记、县长　钟砚清</div>
<div>（二〇二五年四月十七日）</div>
<div>⟦m 发布人：admin　点击数：3317　更新时间：2025-4-20⟧</div>
<div>⟦a 【字体：大 中 小】【关闭本页】⟧</div>
{BODY}
<div>⟦l 上一篇文章：在全县茶叶产业大会上的讲话⟧</div>
<div>⟦l 下一篇文章：在县工艺美术协会成立大会上的致辞⟧</div>
</td><td width="240" valign="top">
<div>⟦l ·本栏热门·⟧</div><div>⟦l 非遗传承工作会议讲话⟧</div><div>⟦l 文旅融合推进会主持词⟧</div>
<div>⟦w 材料代写咨询：QQ 3107744521⟧</div>
</td></tr></table>
<table width="960" align="center"><tr><td align="center">⟦m 漆原公文苑 版权所有 备案号：黔ICP备15008832号 您是第0084512位访客⟧</td></tr></table>
</body></html>
""",
        p_html="<p>&nbsp;&nbsp;{}</p>",
        body="""
同志们：
今天召开全县漆器产业发展推进会，主要是总结去年工作，部署今年任务，推动我县漆器产业由“小作坊”向“大产业”迈进。
一、肯定成绩，坚定发展信心
去年全县漆器产业实现产值4.6亿元，同比增长12.3%，新增规模以上企业3家，带动就业5100余人。脱胎漆器技艺入选省级非物质文化遗产代表性项目扩展名录。
二、找准短板，明确主攻方向
我们也要看到，全县漆器企业普遍规模偏小，生漆原料受制于外地，设计研发能力不足。今年要重点抓好三件事：一是建设生漆原料基地，新种漆树8000亩；二是建设漆艺设计中心，引进培养青年设计人才；三是办好首届漆艺博览会，打响“漆原漆器”区域品牌。
三、强化保障，形成工作合力
各乡镇、各部门要把漆器产业发展列入重要议事日程，县财政每年安排专项资金1000万元，对新建生产线和品牌创建给予奖补。
同志们，漆器是漆原的一张名片。让我们齐心协力，把这张名片擦得更亮！
""",
    ),
    dict(
        slug="wenku-huangtiao-report-bamboo-markers",
        site="篁条文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://wk.huangtiao.com/p/55a10c93e7.html",
        title="篁溪县竹编产业发展情况调研报告",
        record_title="篁溪县竹编产业发展情况调研报告 - 篁条文库",
        date=None,
        notes="preview page markers of my own cutting sentences, some glued; only an upload stamp and a year in the title text; no date",
        page="""
!m 篁条文库　找资料·上篁条
!t 篁溪县竹编产业发展情况调研报告 - 篁条文库
!m 文档页数：5页　上传时间：2025-08-19　浏览量：642　分享人：竹林七闲
!a 预览已加载 3/5 页，加载更多需登录
{BODY}
!a 剩下的页面被折叠啦～开通篁条会员，无限次下载原格式
!l 你可能在找：竹木加工产业调研　非遗手工艺调查报告　乡村特色产业发展对策
!d 文档内容由分享人提供，篁条文库不对其准确性负责；侵权投诉请走在线申诉通道。
""",
        indent="\u3000\u3000",
        pages=dict(fmt="⸢{n}⸣", every=160, start=2, glue="mix"),
        body="""
为了解我县竹编产业发展现状，县政协经济科技委员会组织调研组，先后走访了8个乡镇的21家竹编企业和作坊，召开座谈会4场，形成本报告。
一、基本情况
全县现有竹林面积36万亩，竹编从业人员约7800人，其中持证传承人42名。竹编产品以果篮、灯罩、茶具包装为主，主要销往长三角和珠三角地区，年销售额约2.3亿元。
二、存在问题
一是经营主体小散弱，年销售额超千万元的企业只有2家；二是年轻人不愿学，从业人员平均年龄超过55岁；三是产品同质化严重，设计跟不上市场需求，利润空间不断收窄。
三、对策建议
建议县里设立竹编产业发展基金，支持龙头企业兼并重组；依托县职业中专开设竹编专业，对学徒给予生活补贴；引导企业与高校设计院合作开发新品，积极发展网络直播销售。
""",
    ),
    dict(
        slug="wenku-fengchao-plan-html-markers",
        site="蜂巢文档库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="html",
        source="https://www.fengchaodoc.com/view/2025/0314/810277.html",
        title="蜜坳县中蜂保种场建设实施方案",
        record_title="蜜坳县中蜂保种场建设实施方案（可编辑word版）",
        date="2025-03-10",
        notes="HTML reader with marker paragraphs cutting sentences; date under the signature; pay prompt after the body",
        page="""
<!DOCTYPE html><html lang="zh"><head><meta charset="utf-8"><title>蜜坳县中蜂保种场建设实施方案（可编辑word版）-蜂巢文档库</title>
<script src="/static/reader.min.js"></script><style>.pg{color:#999;text-align:center}</style></head>
<body>
<header class="top"><a href="/" class="brand">⟦m 蜂巢文档库⟧</a><input placeholder="搜一搜"><a class="vip">⟦a 超级会员5折开通⟧</a><a>⟦a 登录/注册⟧</a></header>
<div class="crumb">⟦m 首页 / 农林牧渔 / 畜牧养殖 / 正文⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 格式：DOCX　页数：4　大小：38.6KB　贡献者：蜂农老周⟧</div>
<div class="reader">
{BODY}
</div>
<div class="paywall">⟦a 试看已结束，支付 ￥3.90 即可下载本文档全部内容⟧</div>
<aside><h3>⟦l 相关推荐⟧</h3><ul><li>⟦l 养蜂合作社年度工作计划⟧</li><li>⟦l 中华蜜蜂保护区管理办法（范本）⟧</li></ul></aside>
<footer>⟦d 本站文档均来自用户投稿，版权归原作者，如有异议请致函 jubao@fengchaodoc.com⟧ ⟦m 蜀ICP备21008873号-3⟧</footer>
</body></html>
""",
        p_html='<p class="ln">{}</p>',
        pages=dict(fmt="⁅ {n} ⁆", every=170, start=2),
        body="""
为保护中华蜜蜂种质资源，推动蜂产业高质量发展，根据省农业农村厅有关要求，结合我县实际，制定本方案。
一、建设目标
到2026年底，在县北部山区建成中蜂保种场1个，保种核心群不少于300群，建立种蜂档案和系谱记录，年供应优质蜂王2000只以上。
二、建设内容
（一）基础设施。新建蜂场管理用房200平方米、蜂具仓库150平方米，配套建设饲喂水源和防护围栏。
（二）种群选育。在全县范围内征集优良中蜂群，开展性能测定，选育抗囊状幼虫病能力强、采集力强的品系。
（三）技术推广。每年举办养蜂技术培训班不少于4期，向周边蜂农推广活框饲养和科学分蜂技术。
三、保障措施
县农业农村局牵头负责项目实施，县财政统筹安排建设资金260万元，项目所在乡镇负责协调用地。
蜜坳县农业农村局
2025年3月10日
""",
    ),
    dict(
        slug="gov-miao-notice-bees-winter-html",
        site="蜜坳县人民政府网 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.miao.gov.cn/zwgk/tzgg/202511/t20251105_88213.html",
        title="关于做好2025年中蜂越冬管理工作的通知",
        record_title=None,
        date="2025-11-04",
        notes="no record title; 索引号 table; 文号 neutral; the document's own 联系人/电话 beside the portal's 12345 and 纠错 line",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>蜜坳县人民政府</title>
<script>var _hmt=_hmt||[];</script></head>
<body>
<div class="toolbar">⟦a 长辈模式⟧ ⟦a 无障碍浏览⟧ ⟦a 简/繁⟧</div>
<div class="head">⟦m 蜜坳县人民政府　甜蜜山乡 生态蜜坳⟧</div>
<nav>⟦m 首页⟧ ⟦m 政务公开⟧ ⟦m 政务服务⟧ ⟦m 互动交流⟧ ⟦m 走进蜜坳⟧</nav>
<div class="pos">⟦m 当前位置：首页 &gt; 政务公开 &gt; 通知公告⟧</div>
<table class="idx"><tr><td>⟦m 索引号：11522731MB0377214Q/2025-00412⟧</td><td>⟦m 发文机关：蜜坳县农业农村局⟧</td></tr>
<tr><td>⟦m 主题分类：农业、林业、水利⟧</td><td>⟦m 成文日期：2025-11-04⟧</td></tr></table>
<h1>{T}</h1>
<div>蜜农发〔2025〕37号</div>
<div class="info">⟦m 信息来源：县农业农村局　发布日期：2025-11-05　浏览次数：391⟧</div>
<div class="zoom">⟦a 【字号：大 中 小】⟧</div>
<div class="article">
{BODY}
</div>
<div class="tools">⟦a 【打印本页】⟧ ⟦a 【关闭窗口】⟧ ⟦l 分享到：微信 微博 QQ空间⟧</div>
<div class="rel">⟦l 相关信息：关于开展蜂群春繁技术指导的通知⟧</div>
<footer>⟦m 主办：蜜坳县人民政府办公室　政务服务热线：12345⟧<br>⟦m 网站标识码：5227310021　黔公网安备52273102000081号⟧<br>⟦a 我要纠错⟧</footer>
</body></html>
""",
        body="""
各乡镇人民政府，县直有关单位：
入冬以来，我县气温逐步下降，蜂群进入越冬准备期。为确保全县4.2万群中蜂安全越冬，现就有关事项通知如下：
一、抓好越冬前群势调整。各乡镇要组织养蜂户合并弱群，保证每群蜂量不少于3框，越冬饲料每框不少于1.5公斤。
二、做好病虫害防控。重点防范胡蜂侵害和囊状幼虫病，发现病群要及时隔离处置，严禁随意丢弃病死蜂群。
三、落实包保指导责任。县畜牧服务中心技术人员实行分片包乡，每月到蜂场指导不少于2次。
四、请各乡镇于12月10日前将越冬蜂群统计表报县农业农村局畜牧股。
联系人：罗青禾　电话：0855-7321046　邮箱：miaonyxm@163.com
附件：1.蜜坳县2025年越冬蜂群统计表
2.中蜂越冬管理技术要点
蜜坳县农业农村局
2025年11月4日
""",
    ),
    dict(
        slug="gov-sanping-plan-umbrella-record",
        site="伞坪镇人民政府 (invented)",
        style="政府门户",
        genre="方案",
        kind="plan",
        form="text",
        source="http://sanping.qiyuan.gov.cn/xxgk/ghjh/202506/t20250612_4410.html",
        title="伞坪镇油纸伞制作技艺保护传承工作方案",
        date="2025-06-12",
        record_date="2025-06-12",
        notes="title and date in the record; numbered list; chrome on a line of its own between paragraphs",
        page="""
!m 伞坪镇人民政府　　一把纸伞 半城烟雨
!m 网站首页 ＞＞ 信息公开 ＞＞ 规划计划
{T}
!m 发布机构：伞坪镇文化站　公开方式：主动公开　点击：208
{BODY}
!a 打印该页　　收藏该页　　返回顶部
!m 镇政府地址：伞坪镇桐花街1号　值班电话：0856-6621000
!m 版权所有：伞坪镇人民政府　技术支持：漆原县大数据中心
""",
        body="""
为保护和传承油纸伞制作技艺这一省级非物质文化遗产项目，结合我镇实际，制定本方案。
一、工作目标
用三年时间，建成油纸伞传习所1个，培养青年传承人30名以上，油纸伞年产量达到5万把。
二、主要任务
1.开展资源普查。对全镇制伞艺人、作坊、老工具进行登记造册，建立数字档案。
2.建设传习场所。利用桐花街闲置民居改建传习所，配备展示厅和制作工坊。
⟦l 【相关阅读】伞坪镇召开非遗保护工作座谈会⟧
3.推动进校园。在镇中心小学开设油纸伞兴趣课，每周不少于1课时。
4.拓展销售渠道。支持艺人开设网店，参加各类文旅展会。
三、保障措施
镇文化站负责具体实施，镇财政每年安排专项经费20万元，镇纪委加强资金使用监督。
""",
    ),
    dict(
        slug="news-xingyuan-observatory-open-day-html",
        site="星垣新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.xingyuannews.cn/shehui/2025-09/21/content_331907.html",
        title="星垣天文台举办公众开放日 三千余名市民“追星”",
        record_title="星垣天文台举办公众开放日 三千余名市民“追星”_星垣新闻网",
        date="2025-09-20",
        notes="byline 发布时间 is the page's date; photo caption between paragraphs; editor line glued after the last paragraph",
        page="""
<!doctype html><html><head><meta charset="utf-8"><title>星垣天文台举办公众开放日 三千余名市民“追星”_星垣新闻网</title>
<script src="//cdn.xingyuannews.cn/js/stat.js"></script></head>
<body>
<div class="nav">⟦m 星垣新闻网⟧ ⟦m 要闻⟧ ⟦m 社会⟧ ⟦m 科教⟧ ⟦m 文旅⟧ ⟦m 视频⟧ ⟦a 客户端下载⟧</div>
<div class="crumb">⟦m 星垣新闻网 &gt; 社会 &gt; 正文⟧</div>
<h1>{T}</h1>
<div class="byline">⟦m 发布时间：2025-09-20 18:42　来源：星垣日报　记者：卜晓川 通讯员：韩汀⟧</div>
<div class="share">⟦l 分享至：微信 微博 抖音⟧</div>
<div class="content">
{BODY}
</div>
<div class="tags">⟦l 标签：天文台 开放日 科普⟧</div>
<div class="hot"><h4>⟦l 24小时热榜⟧</h4><ol><li>⟦l 星垣地铁2号线南延段开工⟧</li><li>⟦l 中秋假期全市接待游客创新高⟧</li></ol></div>
<footer>⟦d 未经星垣新闻网书面授权，不得转载、摘编本网作品⟧<br>⟦m 违法和不良信息举报：0873-5120110　互联网新闻信息服务许可证：53120170003⟧</footer>
</body></html>
""",
        body="""
本报讯　9月20日，星垣天文台迎来一年一度的公众开放日，三千余名市民走进天文台，近距离感受星空之美。
开放日当天，天文台1.2米望远镜圆顶首次向公众开放，科研人员现场讲解望远镜的工作原理。在太阳观测区，市民通过专用滤光镜观察太阳黑子，不少孩子发出阵阵惊叹。
⟦m 图为市民在天文台圆顶内参观望远镜。（记者 卜晓川 摄）⟧
“以前只在书上看过，今天终于亲眼看到了土星光环。”带着女儿前来的市民杨女士说。据介绍，今年开放日还新增了陨石展和天文摄影作品展，展出作品86幅。
天文台负责人表示，今后将每季度举办一次夜间观测活动，让更多市民走近天文、爱上科学。⟦m （责任编辑：潘一苇）⟧
""",
    ),
    dict(
        slug="news-chuyuan-paper-mill-missing-title",
        site="楮原融媒 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://m.chuyuanrm.com/a/20251027/61204.html",
        title="楮原宣纸厂古法抄纸车间恢复生产",
        record_title=None,
        date="2025-10-27",
        notes="no record title (found as the headline); a news app's dotted date line; app download prompts",
        page="""
!m 楮原融媒｜看楮原 就够了
!a 打开APP 阅读体验更佳
{T}
!m 楮原融媒 2025.10.27 09:15　阅读 1.3万
{BODY}
!m 编辑：祁小满　审核：冯楮
!l 推荐阅读
!l 楮原县首届纸文化节下月开幕
!l 非遗工坊带动村民家门口就业
!a 下载楮原融媒APP，随时随地看楮原
""",
        body="""
10月26日，停产两年的楮原宣纸厂古法抄纸车间完成改造，重新开工生产。
据了解，该车间始建于上世纪六十年代，因厂房老化于2023年停产。今年以来，县里投入资金450万元对车间进行加固改造，新建了纸浆池、晒纸焙墙和恒温仓库。
恢复生产后，车间每年可生产古法宣纸约8万张，安置抄纸、晒纸工人36名。厂里还计划开设研学体验区，让游客亲手体验捞纸。
“手艺能接着传下去，心里踏实了。”干了三十多年抄纸的老师傅邹德荣说。
""",
    ),
    dict(
        slug="forum-yingchuan-post-puppet-junk",
        site="影川论坛 (invented)",
        style="论坛",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://bbs.yingchuan.net/thread-228134-1-1.html",
        title="关于抢救保护影川皮影戏老影人的倡议书",
        record_title="[转帖] 关于抢救保护影川皮影戏老影人的倡议书 - 乡土文化 - 影川论坛",
        date="2025-07-06",
        date_also=["2025-07-08"],
        notes="forum junk as lines and glued after 。; post date differs from the 成文日期 (both accepted); quoted reply box",
        page="""
!m 影川论坛 › 乡土文化 › 帖子详情
!t [转帖] 关于抢救保护影川皮影戏老影人的倡议书
!m 楼主：灯影老顽童　发表于 2025-7-8 21:03　|　只看该作者　|　倒序浏览
!m 查看: 877｜回复: 14
{BODY}
!l 回复 沙发　大河之东：支持！我爷爷就是唱皮影的，家里还有几箱老影人。
!l 回复 板凳　阿六头：顶一个，已转发家族群
!a 您需要登录后才可以回帖　登录 | 立即注册
!m Powered by Discuz! X3.5　影川论坛 ©2008-2025
""",
        junk=dict(lines=2, glued=2),
        body="""
广大皮影爱好者、各位乡亲：
影川皮影戏已有三百多年历史，是我们祖辈留下的宝贵财富。然而，随着老艺人相继离世，许多清代、民国时期雕刻的老影人散落民间，有的被虫蛀霉烂，有的被低价卖到外地。
为此，我们向大家倡议：
一、家中藏有老影人、老剧本的，请妥善保管，防潮防虫，不要随意出售。
二、愿意捐赠或寄存的，可联系县文化馆，文化馆将登记造册并出具收藏证书。
三、熟悉老唱腔、老剧目的老人，请让家人帮忙录音录像，留下珍贵资料。
让我们一起行动起来，把影川皮影这门老手艺留住、传下去！
影川县皮影艺术研究会
2025年7月6日
""",
    ),
    dict(
        slug="forum-xueao-ski-html-jammer",
        site="雪岙户外论坛 (invented)",
        style="论坛",
        genre="通知",
        kind="notice",
        form="html",
        source="https://bbs.xueaoout.com/forum.php?mod=viewthread&tid=40917",
        title="雪岙滑雪场2025—2026雪季安全须知",
        record_title="【置顶】雪岙滑雪场2025—2026雪季安全须知 - 滑雪交流 - 雪岙户外论坛",
        date="2025-12-01",
        notes="Discuz-like page with jammer fonts; floor info; 发表于 line; document's own rescue phone next to forum hotline",
        page="""
<html><head><meta charset="utf-8"><title>【置顶】雪岙滑雪场2025—2026雪季安全须知 - 滑雪交流 - 雪岙户外论坛</title>
<style>.jammer{display:none}</style><script src="static/js/common.js"></script></head>
<body>
<div id="hd">⟦m 雪岙户外论坛⟧ ⟦m 一起去山里撒野⟧ <a>⟦a 登录⟧</a> <a>⟦a 注册⟧</a></div>
<div id="pt">⟦m 论坛 › 滑雪交流 › 查看内容⟧</div>
<table class="plhin"><tr><td class="pls">⟦m 雪场小管家⟧<br>⟦m 主题 56　帖子 410　积分 3822⟧</td>
<td class="plc"><h1>{T}</h1>
<div class="authi">⟦m 发表于 2025-12-1 08:30⟧ ⟦m 电梯直达 1#⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="sign">⟦l 本帖最后由 雪场小管家 于 2025-12-1 09:02 编辑⟧</div>
</td></tr></table>
<div class="pgs">⟦l 上一主题⟧ ⟦l 下一主题⟧ ⟦a 发新帖⟧ ⟦a 回复⟧ ⟦a 收藏 12⟧</div>
<div id="ft">⟦m 雪岙户外论坛 客服电话 400-860-7711（工作日9:00-18:00）⟧ ⟦m 浙ICP备19057720号⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=2),
        body="""
各位滑雪爱好者：
新雪季即将开板，为保障大家的滑雪安全，雪岙滑雪场提醒如下：
一、初次滑雪者请在初级道练习，不要擅自进入中高级雪道，建议聘请持证教练指导。
二、滑雪时必须佩戴头盔，儿童还应佩戴护目镜和护具，雪场租赁处可免费借用头盔。
三、请遵守雪道上方优先的规则，停留休息时请靠边，不要在雪道中间或转弯处停留。
四、乘坐魔毯和缆车时请听从工作人员指挥，严禁打闹和中途跳下。
五、如遇身体不适或发生意外，请立即拨打雪场救援电话0576-8812119，救援人员将在5分钟内赶到。
雪岙滑雪场运营部
2025年12月1日
""",
    ),
    dict(
        slug="blog-yanlao-essay-wrapped",
        site="盐工老邓的博客 (invented)",
        style="博客",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://blog.luchuanren.net/dengyanshi/2025/10/post-93.html",
        title="晒了四十年盐，说说我对盐田生态修复的体会",
        record_title="晒了四十年盐，说说我对盐田生态修复的体会 | 盐工老邓",
        date="2025-10-03",
        notes="hard-wrapped at 62 columns; bracketed blog time; tag line and archive list after",
        page="""
!m 盐工老邓 —— 卤水里泡大的人
!m 首页　随笔　老照片　关于我
{T}
!m [2025-10-03 20:17]　分类：随笔　阅读(233)　评论(6)
{BODY}
!l 标签：盐田　生态　卤川
!l « 上一篇：盐场的老水车　　下一篇：我的师傅周老四 »
!l 文章归档：2025年10月(3)　2025年9月(5)　2025年8月(4)
!a 喜欢这篇文章？点个赞再走吧
""",
        wrap=62,
        indent="\u3000\u3000",
        body="""
我是十八岁进的卤川盐场，从挑卤工干到晒盐班长，前后在盐田上晒了四十年。今年场里搞盐田生态修复，请我们几个老工人去当顾问，我心里感触很多。
过去为了多产盐，盐田一块挨一块，连滩涂上的芦苇都铲光了。那时候只想着完成任务，没想到海鸟越来越少，潮沟也一年年淤塞。
这次修复，场里把东片三百多亩低产盐田退出来，恢复成湿地，还挖通了两条老潮沟。才半年时间，白鹭和黑脸琵鹭就回来了，我每天早上去看，心里说不出的高兴。
我的体会是，晒盐靠的是天和海，对天和海要有敬畏心。老祖宗讲究留余地，我们这一代要把这个道理重新捡起来。
""",
    ),
    dict(
        slug="blog-xingye-volunteer-html",
        site="星野手记 (invented)",
        style="博客",
        genre="心得体会",
        kind="other",
        form="html",
        source="https://xingye.blog/2025/08/volunteer-night.html",
        title="在天文台当讲解志愿者的一个夏天",
        record_title="在天文台当讲解志愿者的一个夏天 - 星野手记",
        date="2025-08-30",
        notes="blog with tag cloud and archive; Posted on date line; like and comment box",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>在天文台当讲解志愿者的一个夏天 - 星野手记</title>
<link rel="stylesheet" href="/theme.css"></head>
<body>
<header><div class="site-title">⟦m 星野手记⟧</div><div class="desc">⟦m 抬头看星星，低头写日子⟧</div>
<nav>⟦m 首页⟧ ⟦m 观星记录⟧ ⟦m 读书⟧ ⟦m 留言板⟧</nav></header>
<article><h2 class="entry-title">{T}</h2>
<div class="entry-meta">⟦m Posted on 2025-08-30 by 星野⟧</div>
<div class="entry-content">
{BODY}
</div>
<div class="entry-footer">⟦l 分类：随笔｜标签：志愿者、天文台、星垣⟧</div>
<div class="like">⟦a ♥ 喜欢 (27)⟧</div>
</article>
<section class="comments"><h3>⟦l 3 条评论⟧</h3><p>⟦l 小行星B612：好羡慕！明年我也要报名⟧</p><p>⟦l 发表评论　昵称（必填）　邮箱（必填）⟧</p></section>
<aside><h4>⟦l 标签云⟧</h4><p>⟦l 月食 英仙座 望远镜 星垣 志愿者 读书笔记⟧</p><h4>⟦l 文章归档⟧</h4><p>⟦l 2025年8月 (4)⟧</p><p>⟦l 2025年7月 (6)⟧</p></aside>
<footer>⟦d © 2025 星野手记 · 转载请注明出处⟧</footer>
</body></html>
""",
        body="""
七月初，我报名成为星垣天文台的讲解志愿者，整个暑假，每周六晚上都在天文台度过。
第一次讲解时我很紧张，把仙女座星系的距离说错了，一位小朋友当场指了出来。从那以后，我每次讲解前都把资料反复核对三遍。
志愿者培训时，台里的老师说过一句话：讲解不是背书，是把星空交到观众手里。这个夏天，我慢慢懂了这句话的意思。
两个月下来，我一共讲解了22场，接待观众一千多人。开学以后我还会继续参加，也欢迎喜欢星空的朋友一起来。
""",
    ),
]

"""holdout193, part A: 范文 sites, 文库 previews, county portals, news portals and forums.

Invented text throughout (see ../README.md and ../build.py for the markup): blackboard erasers,
shoe brushes and polish, skimmers, tea trays, screwdrivers and dog leashes, in the invented
counties 埙川, 篪溪, 缶山 and the city 柷城.
"""

CASES = [
    dict(
        slug="fanwen-moyuan-speech-eraser-dust-gb2312",
        site="墨缘公文坊 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.moyuangwf.com/jianghua/jiaoyu/2025/0402/17734.html",
        title="在全县中小学教室粉尘治理暨无尘教学设备推广会上的讲话",
        record_title="【讲话精编】在全县中小学教室粉尘治理暨无尘教学设备推广会上的讲话（可直接套用）_墨缘公文坊",
        date="2025-03-18",
        date_also=["2025-04-02"],
        notes=(
            "old table layout with marquee, font-size row, ghost-writer float and visitor counter; speaker and "
            "date lines under the title (neutral); a writing-service line between paragraphs; posting time differs"
        ),
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【讲话精编】在全县中小学教室粉尘治理暨无尘教学设备推广会上的讲话（可直接套用）_墨缘公文坊</title>
<script type="text/javascript" src="/js/count.js"></script>
<style type="text/css">td{font-size:12px}.art{font-size:14px;line-height:26px}</style>
</head>
<body>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="620">⟦m 墨缘公文坊 —— 机关笔杆子的案头书⟧</td><td align="right">⟦a <a href="#">设为首页</a> | <a href="#">加入收藏</a> | <a href="/member/">会员中心</a>⟧</td></tr>
</table>
<table width="960" align="center"><tr>
<td><a href="/">⟦m 网站首页⟧</a></td><td><a href="/jianghua/">⟦m 领导讲话⟧</a></td><td><a href="/zongjie/">⟦m 总结汇报⟧</a></td><td><a href="/xinde/">⟦m 学习心得⟧</a></td><td><a href="/fangan/">⟦m 规划方案⟧</a></td>
</tr></table>
<marquee scrollamount="3">⟦d 本坊文章多为会员投稿整理，只作写作参考，请结合本单位实际修改后使用。⟧</marquee>
<table width="960" align="center"><tr><td valign="top" width="700">
<div class="pos">⟦m 当前位置：墨缘公文坊 &gt;&gt; 领导讲话 &gt;&gt; 教育系统讲话⟧</div>
<h1 align="center">{T}</h1>
<div align="center">⟦m 时间：2025-04-02　出处：会员投稿　人气：1377⟧</div>
<div align="center">⟦a 〖调节字号：放大 还原 缩小〗⟧</div>
<p align="center">县教育局党组书记、局长　柯望舒</p>
<p align="center">（2025年3月18日）</p>
<div class="art">
{BODY}
</div>
<div align="center">⟦a 【打印这篇讲话】【复制全文】【关闭本页】⟧</div>
<div>⟦l 上一篇：全县教育系统安全生产工作会议讲话提纲⟧</div>
<div>⟦l 下一篇：在校园食品安全专项整治推进会上的讲话⟧</div>
</td>
<td valign="top" width="260">
<table><tr><td>⟦l 本月点击排行⟧</td></tr>
<tr><td><a href="/a/17012.html">⟦l 在全县春季开学工作会议上的讲话⟧</a></td></tr>
<tr><td><a href="/a/16930.html">⟦l 校长在教师节表彰会上的讲话（三篇）⟧</a></td></tr>
<tr><td><a href="/a/16877.html">⟦l 教育局长在义务教育均衡发展推进会上的讲话⟧</a></td></tr>
</table>
<div class="float">⟦w 材料代笔　急稿当天交　QQ：2930418867⟧</div>
</td></tr></table>
<table width="960" align="center"><tr><td align="center">⟦m 墨缘公文坊 版权所有 Copyright 2009-2025⟧<br>⟦m 备案号：黔ICP备10027734号⟧　⟦m 您是本坊第 0082416 位访客⟧</td></tr></table>
<script type="text/javascript">document.write('<img src="/stat.gif">');</script>
</body>
</html>
""",
        p_html='<p style="text-indent:2em">{}</p>',
        body="""
同志们：
今天召开全县中小学教室粉尘治理暨无尘教学设备推广会，主要任务是总结去年试点经验，部署今年的推广工作。
去年秋季学期，我们在埙口镇中心小学等6所学校开展试点，把传统的布面黑板擦更换为吸尘式板擦，配套使用无尘粉笔。经县疾控中心检测，试点教室课间粉尘浓度平均下降六成以上，患过敏性鼻炎的学生请假次数明显减少，老师们普遍反映嗓子和手上的负担轻了。
⟦w 本篇讲话由墨缘签约笔友整理，需定制同类讲话稿请加微信 myg_wf88⟧
下面，我讲三点意见。一是摸清底数。各学校要在4月10日前把现有黑板、板擦、粉笔的数量和使用年限报送县教育局装备股，不能一报了之。二是分步更换。今年先完成城区学校和乡镇中心校，明年覆盖村小和教学点，更换下来的旧板擦统一回收，不得随意丢弃。三是管好日常。值日生每天放学后要到室外清理板擦，吸尘式板擦的集尘盒每周清空一次，由班主任负责检查。
同志们，教室虽小，连着孩子们的健康。希望大家把这件小事当作实事来办，确保今年秋季开学前见到成效。
""",
    ),
    dict(
        slug="fanwen-fwxz-insight-shoeshine-intern",
        site="范文小筑 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.fanwenxiaozhu.cn/xinde/shixi/66180.html",
        title="宾馆礼宾部擦鞋服务岗位实习心得体会",
        record_title="宾馆礼宾部擦鞋服务岗位实习心得体会（优选范文两则）",
        date=None,
        notes="decorated record title with a new count suffix; relative time only; a follow-the-site line inside the body; a source line glued between two sentences; glued read-more button",
        page="""
!m 范文小筑 · 心得体会频道
!m 所在位置：首页 ＞ 心得体会 ＞ 实习心得 ＞ 正文
!t 宾馆礼宾部擦鞋服务岗位实习心得体会（优选范文两则）
!m 投稿人：青檐　｜　2 天前　｜　浏览 862
!a 〔全文复制〕〔生成Word〕〔加入书签〕
!m 第一则
{BODY}
!l 〔第二则〕前厅接待岗位实习心得体会（会员可见）
!a 开通小筑会员，两则范文一次下载
!l 同类推荐：酒店实习报告3000字｜客房服务员实习总结｜大堂副理岗位心得
!d 小筑所有范文仅供写作时借鉴，请勿原文照搬用于考试、评比。
!m © 范文小筑 fanwenxiaozhu.cn　粤ICP备20184471号-3
""",
        indent="\u3000\u3000",
        body="""
今年七月，我作为酒店管理专业的实习生进入缶山宾馆礼宾部，被安排在大堂的擦鞋服务岗。刚上岗时，我心里有些失落，觉得擦鞋是最不起眼的活儿。
带我的师傅邝美华在这个岗位上干了十一年。⟦m 本文来源：范文小筑 fanwenxiaozhu.cn⟧她告诉我，客人把鞋交给我们，是把第二天的体面交给我们。她教我先用马鬃刷扫掉浮灰，再按皮色挑鞋油，薄涂两遍，最后用软布抛光；翻毛皮不能上油，只能用铜丝刷顺着毛轻轻梳。
⟦w 关注“范文小筑”服务号，回复“实习”领取30篇同类心得⟧
一个多月下来，我擦过三百多双鞋，也记住了不少熟客的习惯。有位老先生每天早上七点准时下楼，他的鞋总要多抛一遍光。离开那天，他特意写了张卡片给我，说“鞋亮了，人也精神了”。
这段实习让我明白，服务没有大小之分，把小事做细，就是把本职做好。⟦a （点击展开第二则）⟧
""",
    ),
    dict(
        slug="wenku-wenjuan-research-skimmer-html-pages",
        site="文卷网 (invented 文库 reader)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.wenjuan123.com/p-3318820471.html",
        title="关于篪溪县不锈钢厨具产业发展情况的调研报告",
        record_title=None,
        date="2025-05-20",
        notes=(
            "no title in the record (the reader's <h1>); page markers ﹛第n张﹜ as paragraphs cut sentences; a data table "
            "one row a paragraph; upload stamp is no date; year-card lock and coupon prompts"
        ),
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>关于篪溪县不锈钢厨具产业发展情况的调研报告 - 文卷网</title>
<script src="https://static.wenjuan123.com/reader/v3/reader.min.js"></script>
</head>
<body>
<header class="wj-top"><a class="logo" href="/">⟦m 文卷网 · 好文档都在这里⟧</a><nav><a href="/cat/gongwen">⟦m 公文写作⟧</a> <a href="/cat/baogao">⟦m 研究报告⟧</a> <a href="/cat/jiaoyu">⟦m 教育资料⟧</a></nav><a class="login" href="/login">⟦a 登录 / 注册领下载券⟧</a></header>
<div class="crumbs">⟦m 文卷网 › 研究报告 › 产业调研⟧</div>
<div class="doc-head">
<h1>{T}</h1>
<div class="doc-meta">⟦m 上传者：kitchen_lab　上传于 2025-06-11　共 6 页　浏览 2305　下载 117⟧</div>
<div class="doc-ops">⟦a 收藏　｜　举报　｜　分享到微信⟧</div>
</div>
<div class="reader">
{BODY}
</div>
<div class="lock">⟦a 试看结束 · 开通“文卷年卡”即可阅读全部 6 页⟧</div>
<div class="buy"><button>⟦a 用 2 张下载券下载本文档⟧</button></div>
<aside class="side">
<h4>⟦l 读过这篇的人也在看⟧</h4>
<ul><li>⟦l 县域五金制品产业集群调研报告⟧</li><li>⟦l 关于小家电产业转型升级的调研与思考⟧</li><li>⟦l 不锈钢制品行业安全生产检查表⟧</li></ul>
</aside>
<footer>⟦d 文卷网中的文档均由用户上传，本站只提供在线预览，如涉及侵权请联系 copyright@wenjuan123.com⟧<br>⟦m 文卷网 wenjuan123.com　浙ICP备19002751号-2⟧</footer>
<script>reader.init({docId: 3318820471, pages: 6});</script>
</body>
</html>
""",
        p_html='<p class="rd-p">{}</p>',
        pages=dict(fmt="﹛第{n}张﹜", every=150, start=2),
        body="""
为摸清不锈钢厨具产业发展现状，县工信局组成调研组，于今年4月走访了篪阳镇、缶湾乡的17家厨具企业和2个专业市场。现将有关情况报告如下。
一、基本情况
全县现有厨具生产企业63家，其中规模以上企业9家，主要产品为漏勺、笊篱、汤勺、锅铲等手持炊具，去年实现产值11.4亿元。漏勺是我县的拳头产品，从冲孔、拉伸到抛光、装柄，全县已经形成完整的配套链条。
产品　年产量（万件）　出口占比
冲孔漏勺　2860　41%
钢丝笊篱　1320　58%
硅胶柄漏勺　760　23%
二、存在的问题
一是同质化竞争严重，多数企业仍然靠压价接单；二是冲孔工序粉尘和噪声较大，部分小作坊防护措施不到位；三是自有品牌少，七成以上产品为贴牌加工。
三、几点建议
建议设立厨具产业发展专项资金，支持企业开展模具研发和工艺改造；引导小作坊入园集中生产；依托电商产业园培育两到三个县域公共品牌。
篪溪县工业和信息化局调研组
2025年5月20日
""",
    ),
    dict(
        slug="wenku-wenjuan-plan-teatray-heritage-wrapped-glued",
        site="文卷网 (invented 文库 reader, text view)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://m.wenjuan123.com/p-3320917752.html",
        title="缶山县乌木茶盘雕刻技艺传承人培养实施方案",
        record_title="缶山县乌木茶盘雕刻技艺传承人培养实施方案.pdf",
        date="2025-03-06",
        notes=(
            "file-name record title; hard-wrapped at 60 columns with ⦕n⦖ markers glued to the continuation line; "
            "decimal headings; 成文日期 in Chinese numerals; preview-end price prompt"
        ),
        page="""
!m 文卷网 › 文化旅游 › 非遗保护
!t 缶山县乌木茶盘雕刻技艺传承人培养实施方案.pdf
!m 页数：5　格式：PDF　大小：316KB　贡献者：fs_wenlv
!a 全屏阅读　|　放大　|　缩小
{BODY}
!a 余下 3 页请购买后阅读（¥4.80），购买后可永久保存
!d 文档版权归上传用户所有，文卷网仅提供存储与展示服务；如有侵权请走「权利人通道」申诉。
!l 相关文档：非遗工坊建设实施方案｜传统工艺振兴计划实施细则｜木雕技艺保护规划
""",
        indent="\u3000\u3000",
        wrap=60,
        pages=dict(fmt="⦕{n}⦖", every=170, start=2, glue=True),
        body="""
为保护和传承缶山乌木茶盘雕刻技艺，培养一批能接活、会创新的青年传承人，结合我县实际，制定本方案。
1 总体目标
1.1 用三年时间，培养县级以上代表性传承人15名，带徒学艺人员60名以上。
1.2 建成茶盘雕刻传习所2个，每年举办技艺展示活动不少于4场。
2 主要任务
2.1 师带徒结对。由县级以上代表性传承人每人带徒3至5名，签订传习协议，学徒期满经考核合格的，由县文化和旅游局颁发结业证书。
2.2 技艺整理。组织专业人员对“浮雕山水”“镂空流水槽”等传统工艺进行影像记录，编印技艺图谱，免费发放给学徒。
2.3 市场培育。支持传承人参加各类茶博会和文创展销会，对参展摊位费给予全额补贴。
3 保障措施
县文化和旅游局负责统筹协调，县财政每年安排专项资金40万元，专款专用，年底前由县文化和旅游局会同县财政局开展绩效评价。
缶山县文化和旅游局
二〇二五年三月六日
""",
    ),
    dict(
        slug="gov-xunchuan-notice-leash-portal-index-table",
        site="埙川县人民政府网 (invented county portal)",
        style="政府门户",
        genre="通告",
        kind="notice",
        form="html",
        source="http://www.xunchuan.gov.cn/zwgk/bmwj/cgj/202505/t20250509_1183264.html",
        title="关于城区携犬出户须使用牵引绳的通告",
        record_title="关于城区携犬出户须使用牵引绳的通告_埙川县人民政府网",
        date="2025-05-08",
        date_also=["2025-05-09"],
        notes=(
            "county portal with 适老版/读屏 links, an index table (发布日期 differs from the 成文日期), a 纠错 line and site "
            "hotline beside the notice's own 咨询电话; document number neutral; joint signature"
        ),
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>关于城区携犬出户须使用牵引绳的通告_埙川县人民政府网</title>
<meta name="SiteName" content="埙川县人民政府网">
<script src="/js/jquery.min.js"></script>
<script src="/js/ariaTool.js"></script>
</head>
<body>
<div class="topbar"><span>⟦m 埙川县人民政府网⟧</span><a href="javascript:;">⟦a 适老版⟧</a><a href="javascript:;">⟦a 读屏模式⟧</a><a href="/search/">⟦a 全站检索⟧</a></div>
<div class="nav"><ul><li>⟦m 首页⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政务服务⟧</li><li>⟦m 互动交流⟧</li><li>⟦m 走进埙川⟧</li></ul></div>
<div class="location">⟦m 您当前的位置：首页 ＞ 政务公开 ＞ 部门文件 ＞ 县城市管理局⟧</div>
<table class="xxgk-info">
<tr><td>⟦m 索引号：11522736MB1840267X/2025-00418⟧</td><td>⟦m 主题分类：城乡建设、环境保护⟧</td></tr>
<tr><td>⟦m 发布机构：埙川县城市管理局⟧</td><td>⟦m 成文日期：2025-05-08⟧</td></tr>
<tr><td>埙城管通〔2025〕3号</td><td>⟦m 发布日期：2025-05-09⟧</td></tr>
</table>
<div class="article">
<h2>{T}</h2>
<div class="tools">⟦a 【字号 大 中 小】　【打印】　【关闭】⟧</div>
<div class="TRS_Editor">
{BODY}
</div>
</div>
<div class="share">⟦l 分享到：微信　微博　QQ空间⟧</div>
<div class="related"><h3>⟦l 相关文件⟧</h3>
<p>⟦l 埙川县养犬管理规定（2024年修订）⟧</p>
<p>⟦l 县城市管理局2025年市容秩序整治工作方案⟧</p></div>
<div class="footer">
<p>⟦m 主办：埙川县人民政府办公室　承办：埙川县大数据中心⟧</p>
<p>⟦m 网站服务热线：0857-3326000（工作日 9:00-17:00）⟧　⟦a 页面内容纠错⟧</p>
<p>⟦m 网站标识码：5224270011　黔ICP备05007281号　黔公网安备 52242702000118号⟧</p>
</div>
<script>aria.start();</script>
</body>
</html>
""",
        body="""
为维护城区公共秩序和市容环境，保障居民人身安全，根据《埙川县养犬管理规定》，现就城区携犬出户有关事项通告如下：
一、在城区携犬出户的，应当为犬只佩戴犬牌，并使用长度不超过1.5米的牵引绳，由完全民事行为能力人牵领。
二、在电梯、楼道等狭小空间和人员密集场所，应当收紧牵引绳，主动避让他人；不得使用伸缩式牵引绳放长遛犬。
三、犬只在户外排泄的，携犬人应当立即清除粪便。
四、违反本通告的，由城市管理部门依照有关规定予以处罚；犬只伤人的，携犬人依法承担相应责任。
五、本通告自2025年6月1日起施行。
咨询电话：0857-3326150（县城市管理局市容科）
埙川县城市管理局　埙川县公安局
2025年5月8日
""",
    ),
    dict(
        slug="gov-zhucheng-bulletin-screwdriver-spotcheck-text",
        site="柷城市人民政府门户网站 (invented, text view)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="text",
        source="http://www.zhucheng.gov.cn/zwgk/bmdt/scjgj/202504/t20250421_90217.html",
        title="关于2025年第一季度螺丝刀等手动工具产品质量监督抽查情况的通报",
        record_title="关于2025年第一季度螺丝刀等手动工具产品质量监督抽查情况的通报 - 柷城市人民政府",
        date="2025-04-18",
        date_also=["2025-04-21"],
        notes=(
            "portal text with a byline (发布日期 differs from the 成文日期); document number neutral; data table one row a "
            "paragraph; 附件 list and 抄送 line stay in the body"
        ),
        page="""
!m 柷城市人民政府门户网站
!m 首页 > 政务公开 > 部门动态 > 市市场监管局
{T}
柷市监函〔2025〕27号
!m 信息来源：市市场监管局　发布日期：2025-04-21　浏览次数：611
!a 【大字版】【打印本页】【关闭窗口】
{BODY}
!l 相关链接：2024年第四季度电动工具产品质量监督抽查通报
!l 相关链接：关于开展五金工具质量提升行动的通知
!a 【收藏】【转发给朋友】
!m 网站标识码 5104000012　蜀ICP备12008831号-1
!m 主办单位：柷城市人民政府办公室　技术支持：柷城市信息中心
""",
        body="""
各县（市、区）市场监督管理局：
今年第一季度，市局组织对全市生产、销售的螺丝刀、扳手、钳子等手动工具产品开展了质量监督抽查，共抽查42家企业的60批次产品，发现不合格产品7批次，不合格发现率11.7%。现将有关情况通报如下。
产品　抽查批次　不合格批次　主要不合格项目
螺丝刀　28　5　刃口硬度、扭矩
扳手　19　1　标志
钳子　13　1　剪切性能
螺丝刀不合格问题较为集中，部分小企业为降低成本，用普通碳钢代替铬钒钢，刃口硬度达不到标准要求，使用中容易崩口、打滑，存在伤手隐患。
请各地对不合格产品的生产、销售企业依法处理，督促企业查明原因、落实整改，并于5月31日前将处理情况报市局质量监督科。
附件：1.不合格产品及企业名单
2.抽查产品执行标准
柷城市市场监督管理局
2025年4月18日
抄送：省市场监督管理局质量监督处。
""",
    ),
    dict(
        slug="news-foushan-teatray-expo-photo-editor",
        site="缶山新闻网 (invented county news portal)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.foushannews.cn/xw/bd/202505/t20250526_40172.html",
        title="缶湾乡乌木茶盘亮相省茶博会 两天接单逾八十万元",
        record_title="缶湾乡乌木茶盘亮相省茶博会 两天接单逾八十万元_缶山新闻网",
        date="2025-05-26",
        notes="news portal with ad slots and a 24-hour list; a photo caption between paragraphs; editor line glued after the last sentence; byline time is the date",
        page="""
<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<title>缶湾乡乌木茶盘亮相省茶博会 两天接单逾八十万元_缶山新闻网</title>
<script async src="/ad/slot.js"></script>
</head>
<body>
<div class="header"><a href="/">⟦m 缶山新闻网⟧</a><span>⟦m 缶山县融媒体中心主办⟧</span><a href="/app">⟦a 下载“掌上缶山”客户端⟧</a></div>
<ul class="channels"><li>⟦m 本地⟧</li><li>⟦m 时政⟧</li><li>⟦m 乡镇⟧</li><li>⟦m 文旅⟧</li><li>⟦m 视频⟧</li></ul>
<div class="ad-top">⟦l 广告｜缶山春茶节 5月30日 茶山等你来⟧</div>
<div class="crumb">⟦m 缶山新闻网 > 本地新闻 > 乡镇报道⟧</div>
<h1>{T}</h1>
<div class="byline">⟦m 2025-05-26 08:41　来源：缶山县融媒体中心　作者：芮知秋 翁启明⟧</div>
<div class="fontsize">⟦a 字号 Ａ＋ Ａ Ａ－⟧</div>
<div id="content">
{BODY}
</div>
<div class="sharebar">⟦l 转发到：微信 朋友圈 微博⟧</div>
<div class="h24"><h3>⟦l 24小时热读⟧</h3>
<ol><li>⟦l 县城南环路下周起分段封闭施工⟧</li><li>⟦l 缶山春茶开采 头茶每斤最高卖到两千元⟧</li><li>⟦l 第二届缶山乡村篮球赛决赛今晚开打⟧</li></ol></div>
<div class="ad-side">⟦l 推广｜茶乡民宿 周末特惠⟧</div>
<div class="foot">⟦d 凡本网注明“来源：缶山县融媒体中心”的作品，未经授权不得转载、摘编。⟧<br>⟦m 新闻热线：0856-7720110　违法和不良信息举报：0856-7720119⟧</div>
</body>
</html>
""",
        body="""
本报讯（记者 芮知秋 通讯员 翁启明）5月24日至25日，第九届省茶业博览会在省城举行，缶湾乡6家茶盘作坊组团参展。两天时间里，乡里带去的乌木茶盘、竹根茶盘吸引了不少茶商驻足，现场签订订单82.6万元。
⟦m 图为参展客商在缶湾乡展位挑选茶盘。通讯员 翁启明 摄⟧
“以前我们的茶盘只卖给本地茶叶店，这次直接接到了外省连锁茶馆的单子。”缶湾乡茶盘协会会长卢怀远说，今年参展的茶盘大多改进了排水槽，盘面积水能从侧边暗孔流进储水盒，不用再接水管，很受年轻茶客欢迎。
据了解，缶湾乡现有茶盘加工户140多户，从业人员近600人，去年茶盘销售额达到3100万元。⟦m （责任编辑：石晓雯）⟧
""",
    ),
    dict(
        slug="news-chixi-evening-shoeshine-feature-text",
        site="篪溪晚报数字版 (invented, text)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://epaper.chixiwb.com/html/2025-02/13/content_60481.htm",
        title="老街擦鞋摊的三十年",
        date="2025-02-13",
        notes="title as in the record, printed again above it; e-paper edition line is the page's date; a further-reading link between paragraphs; proofreading line at the end",
        page="""
!m 篪溪晚报数字版
!m 2025年02月13日　第06版：民生·街巷
!a 上一版　下一版　｜　版面导航　｜　PDF版
!t 老街擦鞋摊的三十年
{T}
——记篪溪县老街擦鞋匠鄢长根
!m 本报记者 覃越 文/图
{BODY}
!m 本版编辑：覃越　校对：石磊
!l 本版其他稿件：街口早餐店的“爱心面”　｜　老街改造征求意见进行中
!d 篪溪晚报社版权所有，未经书面许可不得转载
""",
        indent="\u3000\u3000",
        body="""
在篪溪县老街十字路口的梧桐树下，65岁的鄢长根已经摆了三十年擦鞋摊。一张小凳，一只木箱，箱里装着大大小小七八把鞋刷和十几盒鞋油，这是他全部的家当。
“黑鞋用黑油，棕鞋用棕油，浅色鞋只能用无色油。”鄢长根一边说，一边用旧牙刷把鞋缝里的泥抠干净。他的摊位擦一双皮鞋收5元，翻新补色收15元，三十年里只涨过两次价。
⟦l 延伸阅读：篪溪老街今年将启动风貌提升改造⟧
前些年，老街上的擦鞋摊一度有十几家，如今只剩下他一家。老街改造规划公布后，社区专门在街口的便民服务点给他留了一个位置。鄢长根说，只要还有人来擦鞋，他就一直干下去。
""",
    ),
    dict(
        slug="forum-luosibang-post-screwdriver-jammer",
        site="螺丝帮论坛 (invented, Discuz-like repair forum)",
        style="论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="https://bbs.luosibang.com/thread-221840-1-1.html",
        title="精修手机用的螺丝刀到底怎么选？说说我这几年踩过的坑",
        record_title="[工具交流] 精修手机用的螺丝刀到底怎么选？说说我这几年踩过的坑 - 拆机玩家 - 螺丝帮论坛",
        date=None,
        notes="Discuz-like thread: jammer fonts as lines and glued after 。; relative post time only; signature, rating and replies; board and site in the record title",
        page="""
<html>
<head>
<meta charset="gbk">
<title>[工具交流] 精修手机用的螺丝刀到底怎么选？说说我这几年踩过的坑 - 拆机玩家 - 螺丝帮论坛</title>
<script src="static/js/common.js"></script>
</head>
<body>
<div id="toptb">⟦m 螺丝帮论坛 · 拆机修机爱好者之家⟧　<a>⟦a 快速登录⟧</a> <a>⟦a 立即加入⟧</a></div>
<div id="pt">⟦m 螺丝帮论坛 › 拆机玩家 › 工具交流 › 查看帖子⟧</div>
<div class="hm">⟦m 查看: 4127 | 回复: 38⟧</div>
<table id="post_1"><tr>
<td class="pls"><div class="pi">⟦m 老焊锡⟧</div><dl><dd>⟦m UID 30471　积分 2206　精华 3⟧</dd></dl></td>
<td class="plc">
<h1><span id="thread_subject">⟦t [工具交流] 精修手机用的螺丝刀到底怎么选？说说我这几年踩过的坑⟧</span></h1>
<div class="authi">⟦m 楼主　发表于 3 天前　｜　只看该作者　｜　倒序看帖⟧</div>
<div class="t_fsz"><table><tr><td class="t_f" id="postmessage_221840">
{BODY}
</td></tr></table></div>
<div class="rate">⟦l 评分　参与人数 6　威望 +9　收起理由：实用干货⟧</div>
<div class="sign">⟦m 修机不修心，拆装皆随缘⟧</div>
<div class="po">⟦a 回复　｜　点赞　｜　收藏　｜　举报⟧</div>
</td></tr></table>
<div class="reply"><div class="pi">⟦l 2#　飞线小王⟧</div><div>⟦l 第三条说到心坎里了，我那把杂牌的拆了三台就滑了⟧</div></div>
<div class="reply"><div class="pi">⟦l 3#　拆机狂魔⟧</div><div>⟦l 求楼主推荐个具体型号，预算一百以内⟧</div></div>
<div id="f_pst">⟦a 登录后参与回复，回帖可得 2 枚螺丝币⟧</div>
<div id="ft">⟦m 螺丝帮论坛 ( 苏ICP备17042207号 )⟧ ⟦m GMT+8, 2025-6-20 23:14⟧</div>
</body>
</html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
玩拆机七八年，手里的螺丝刀换了不下二十把，今天说说挑精修螺丝刀的几点心得，给新人少走点弯路。
第一看批头材质。S2钢比普通铬钒钢硬，拧手机里的五角、三角小螺丝不容易滑丝，几块钱一套的杂牌批头，拆两台机器就圆了。
第二看磁性。带磁的批头吸螺丝方便，但拆机械硬盘、老式手表时最好先用消磁器退一下，免得影响零件。
第三看手柄。精修时手腕要悬着，手柄顶端能转动的那种最省力，指腹位置有防滑纹更好。
最后提醒一句，拆电池之前一定先断电，再好的螺丝刀也扛不住一次短路。
""",
    ),
    dict(
        slug="forum-maohaizi-post-leash-junk-text",
        site="毛孩子论坛 (invented pets forum, text)",
        style="论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="https://bbs.maohaizi.net/t/58812",
        title="遛狗三年总结的牵引绳使用心得",
        record_title="[经验帖] 遛狗三年总结的牵引绳使用心得（新手必看）",
        date="2025-03-09",
        notes="pets forum thread with anti-scraping junk as lines and glued after 。; 发表于 line is the date; replies, a moderator's stamp and a client notice",
        page="""
!m 毛孩子论坛 - 和毛孩子一起生活
!m 首页 › 狗狗天地 › 训练与出行
!t [经验帖] 遛狗三年总结的牵引绳使用心得（新手必看）
!m 阅读 3361 ┆ 回复 52
!m 豆包爸比 发表于 2025-3-9 20:14 ┆ 电梯直达 ┆ 只看楼主
!m 本帖被版主 汪汪队长 加入精华
{BODY}
!m 发自毛孩子论坛安卓版
!l 沙发 ┆ 柯基妈妈：第一条太对了，我家就被伸缩绳坑过
!l 板凳 ┆ 阿拉斯加不拉：胸背带求链接
!l 地板 ┆ 豆包爸比：回复 阿拉斯加不拉：不打广告哈，认准工字款就行
!a 发表回复前请先登录　｜　还没有账号？30秒注册
!m 毛孩子论坛 maohaizi.net ┆ 京ICP备18066102号
""",
        junk=dict(lines=2, glued=3),
        body="""
养狗三年，遛坏了四根牵引绳，也差点出过两次事，把经验写下来给新手参考。
一、伸缩绳不适合在小区里用。锁扣一松，狗能一下子窜出五米，遇到小孩或者电动车根本来不及收。我现在只在空旷的草地上用，进小区一律换成一米二的固定绳。
二、胸背带比项圈安全。我家狗子爱暴冲，用项圈时勒得直咳嗽，换成工字胸背后好多了，挣脱的情况也少了。
三、绳子要定期检查。尼龙绳用久了接口处会起毛，金属扣也会生锈变松，我的习惯是每个月捏一遍，发现磨损就换。
四、出门前先收短绳子。楼道和电梯里收到狗贴着腿走，见到邻居主动让一让，大家都舒服。
希望各位铲屎官都文明遛狗，别让一根绳子成了邻里矛盾的导火索。
""",
    ),
]

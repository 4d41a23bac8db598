"""holdout171, part A: calculators (计算器) — a stationery-market inspection, a classroom rule,
a recall, a factory's OA minutes, a teacher's blog and more. Invented text; see ../README.md."""

CASES = [
    dict(
        slug="fanwen-jisuan-xinde-calculator-class",
        site="笔耕范文苑 (invented)",
        style="范文站",
        genre="心得体会",
        kind="insight",
        form="text",
        source="http://www.bigengfw.example.com/xinde/20250412/7731.html",
        title="初中数学教师使用科学计算器教学心得",
        record_title="【精选】初中数学教师使用科学计算器教学心得（通用3篇）",
        date=None,
        notes="decorated record title; writing-service prompt glued after a sentence; a member prompt on a line of its own between paragraphs; no date",
        indent="\u3000\u3000",
        page="""
!m 笔耕范文苑 — 写材料，先来笔耕
!m 位置：首页 » 心得体会 » 教学心得
!t 【精选】初中数学教师使用科学计算器教学心得（通用3篇）
!m 更新：2025-04-12　人气：1208
{BODY}
!a 本文共3篇，开通月卡可一键复制全部篇目
!l 上一篇：班主任家访工作心得
!l 下一篇：新教师入职培训心得
!d 本站文章均由会员投稿，若有侵权请来函，我们将在三个工作日内处理。
""",
        body="""
今年我校八年级开始在统计单元引入科学计算器，我作为备课组长全程参与了这项尝试。
起初我担心学生过分依赖计算器，削弱口算和笔算能力。⟦w 材料写不出来？找笔耕老师一对一代笔，微信 bigeng_678⟧
实践下来，我发现关键在于分清哪些环节该用、哪些环节不该用。
⟦a 登录后查看第2篇、第3篇全文⟧
在求平均数和方差时，让学生用计算器处理繁杂数据，把课堂时间留给分析数据的意义。
在有理数运算和估算环节，则坚持不用计算器，先估再算，养成检验结果的习惯。
一学期下来，学生的数据分析能力明显提升，计算准确率也没有下降。
""",
    ),
    dict(
        slug="wenku-lingyun-notice-exam-calculator-markers",
        site="凌云文库 (invented)",
        style="文库预览",
        genre="通知",
        kind="notice",
        form="text",
        source="https://wenku.lingyun.example.com/view/8c1f2e7a90.html",
        title="关于规范中考数学科目计算器使用的通知",
        record_title="关于规范中考数学科目计算器使用的通知.pdf",
        date="2025-03-18",
        notes="file-name title; a preview cut by page markers ⸨N⸩ on lines of their own; a preview-end prompt and an upload notice; 成文日期 under the signature",
        pages=dict(fmt="⸨{n}⸩", every=130, start=2),
        page="""
!m 凌云文库 | 免费文档分享平台
!t 关于规范中考数学科目计算器使用的通知.pdf
!m 页数：3　大小：86KB　上传者：桐川教研
!m 上传时间：2025-05-02 09:14
{BODY}
!a 预览已到底，剩余1页请下载后阅读
!a 下载文档（需8积分）
!d 本文档为用户自行上传分享，平台不对内容真实性负责，如涉侵权请联系客服删除。
""",
        body="""
各乡镇中心学校，县直各初级中学：
根据省教育考试院有关规定，结合我县实际，现就今年中考数学科目计算器使用有关事项通知如下。
一、考生可携带不具有存储、编程、通讯和图形功能的普通科学计算器进入考场。
二、严禁携带具有文字存储功能或可联网的计算器，一经发现按违规处理。
三、各学校要在考前将本通知内容传达到每一名考生，并组织学生对照检查。
四、考生对计算器型号有疑问的，可于5月20日前向所在学校教务处咨询。
桐川县教育考试中心
2025年3月18日
""",
    ),
    dict(
        slug="gov-tanwan-scjg-spotcheck-calculator-html",
        site="檀湾县市场监督管理局 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://scjg.tanwan.example.gov.cn/tzgg/2025/0610/3318.html",
        title="关于2025年学生用计算器产品质量监督抽查结果的通报",
        record_title="关于2025年学生用计算器产品质量监督抽查结果的通报_檀湾县市场监督管理局",
        date="2025-06-10",
        notes="modern county portal: 长者模式/读屏 links, a 信息索引 table, a font-size row, data table one row a paragraph, the bureau's own 联系人/电话 next to the portal's 纠错 line",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>关于2025年学生用计算器产品质量监督抽查结果的通报_檀湾县市场监督管理局</title>
<script src="/js/jquery.min.js"></script><script>var _hmt=_hmt||[];</script></head>
<body>
<div class="top-links"><a>⟦a 长者模式⟧</a> <a>⟦a 读屏专用⟧</a> <a>⟦m 檀湾县人民政府门户网站⟧</a></div>
<header><h1 class="logo">⟦m 檀湾县市场监督管理局⟧</h1>
<nav><ul><li>⟦m 首页⟧</li><li>⟦m 机构概况⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 办事服务⟧</li><li>⟦m 互动交流⟧</li></ul></nav></header>
<div class="path">⟦m 您现在的位置：首页 ＞ 政务公开 ＞ 抽查公告⟧</div>
<table class="xxgk-index">
<tr><td>⟦m 索 引 号：11352830MB0F12345X/2025-00871⟧</td><td>⟦m 发布机构：县市场监管局⟧</td></tr>
<tr><td>⟦m 生成日期：2025-06-10⟧</td><td>⟦m 主题分类：质量监管⟧</td></tr>
</table>
<h2 class="art-title">⟦t 关于2025年学生用计算器产品质量监督抽查结果的通报⟧</h2>
<div class="art-tools">⟦a 【字号 大 中 小】⟧ ⟦a 【打印本页】⟧ ⟦a 【关闭窗口】⟧</div>
<div class="art-con">
{BODY}
</div>
<div class="related"><h3>⟦l 相关阅读⟧</h3><ul><li>⟦l 县局开展儿童玩具质量专项整治⟧</li><li>⟦l 电动自行车充电器抽查结果公告⟧</li></ul></div>
<footer><p>⟦m 主办：檀湾县市场监督管理局　网站标识码：3508250031⟧</p>
<p>⟦m 闽ICP备0502118号-3⟧</p><p>⟦w 网站纠错热线：0597-5230012（工作日）⟧</p></footer>
<script>document.write('<img src="/stat.gif">');</script>
</body></html>
""",
        body="""
各有关经营单位：
为保障学生用品质量安全，今年4月至5月，我局对辖区文具店、商超销售的学生用计算器开展了产品质量监督抽查。
本次共抽查产品20批次，合格17批次，不合格3批次，不合格项目主要为标志说明和电池仓防护。
抽查不合格产品情况如下：
序号　产品名称　标称生产企业　不合格项目
1　科学函数计算器　某电子科技有限公司　电池仓防护
2　学生用计算器　某文具有限公司　标志说明
3　多功能计算器　某贸易商行　标志说明、电池仓防护
对抽查不合格的产品，我局已依法责令经营者停止销售并开展后处理工作。
联系人：黄柏林，电话：0597-5231186。
檀湾县市场监督管理局
2025年6月10日
""",
    ),
    dict(
        slug="news-feicheng-abacus-calculator-museum",
        site="榧城新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.feichengnews.example.cn/shehui/2025-07/03/c_55210.html",
        title="一间屋子装下半部计算工具史",
        record_title=None,
        date="2025-07-03",
        notes="no record title (title line on the page); byline time is the date; photo caption on a line of its own; editor line glued after the last sentence; hot list",
        page="""
!m 榧城新闻网　>　社会　>　城事
一间屋子装下半部计算工具史
!m 2025-07-03 08:41　来源：榧城晚报　记者 蒋一帆
!a 分享到　　A+　A-
{BODY}
!l 热门排行
!l 1. 夏季用电高峰来临 电网启动迎峰度夏
!l 2. 城南菜市场改造完工
""",
        body="""
在榧城老城区一条小巷里，退休会计师傅林生用三十年收集了四百多件计算工具，从算盘、计算尺到各式电子计算器。
“每一件都有故事。”傅林生拿起一台上世纪八十年代的太阳能计算器说，这是他参加工作后用第一个月工资买的。
⟦m 图为傅林生在整理藏品。记者 蒋一帆 摄⟧
近年来，不少中小学组织学生前来参观，傅林生就给孩子们讲计算工具的演变。
他打算明年把藏品捐给市科技馆，让更多人看到这段历史。⟦m （责任编辑：毛晓晴）⟧
""",
    ),
    dict(
        slug="forum-shuxue-calculator-junk",
        site="数学老师之家论坛 (invented)",
        style="论坛",
        genre="心得体会",
        kind="post",
        form="text",
        source="http://bbs.sxlszj.example.net/thread-88123-1-1.html",
        title="小学高段要不要让学生用计算器验算——我的一点做法",
        record_title="小学高段要不要让学生用计算器验算——我的一点做法 - 教学交流 - 数学老师之家论坛",
        date=None,
        date_also=["2025-04-22"],
        notes="Discuz-like thread with anti-scraping junk as lines and glued after 。; floor and post-time meta; post time also accepted (a post without a document date)",
        junk=dict(lines=2, glued=2),
        page="""
!m 数学老师之家论坛 › 教学交流 › 帖子
!t 小学高段要不要让学生用计算器验算——我的一点做法 - 教学交流 - 数学老师之家论坛
!m 楼主　田野里的小数点　发表于 2025-4-22 21:06
!m 查看: 936 | 回复: 14
{BODY}
!m 本帖最后由 田野里的小数点 于 2025-4-23 07:12 编辑
!l 回复　　支持(12)　反对(0)　　举报
!l 沙发　墨香园丁　发表于 2025-4-22 21:40
!a 您需要登录后才可以回帖 登录 | 立即注册
""",
        body="""
五六年级的小数乘除法计算量大，家长群里常有人问能不能让孩子用计算器检查作业。
我的做法是分两步走，先让学生独立笔算，写完再用计算器逐题核对，错题必须写出错在哪一步。
这样既不丢掉笔算基本功，又能培养学生自己检查的习惯。
需要注意的是，计算器只在课后作业验算时使用，课堂练习和单元测试一律不用。
一个月试下来，班里作业的订正率提高了不少，大家可以参考。
""",
    ),
    dict(
        slug="blog-laozhang-calculator-repair-memoir",
        site="老樟的修理铺博客 (invented)",
        style="博客",
        genre="随笔",
        kind="essay",
        form="html",
        source="https://laozhang-xiuli.example.blog.cn/2025/05/calculator-keys.html",
        title="给计算器换导电胶的那些年",
        record_title="给计算器换导电胶的那些年 | 老樟的修理铺",
        date="2025-05-16",
        notes="blog template: tag cloud, archive, comments with times; a bracketed post time is the page date; a memoir with a 写于 line in the body is not a date",
        page="""
<html><head><meta charset="utf-8"><title>给计算器换导电胶的那些年 | 老樟的修理铺</title>
<link rel="stylesheet" href="/theme/paper.css"></head>
<body>
<div id="blog-head"><h1>⟦m 老樟的修理铺⟧</h1><p>⟦m 拧螺丝的人，也写几行字⟧</p></div>
<div id="main">
<h2>⟦t 给计算器换导电胶的那些年⟧</h2>
<p class="post-meta">⟦m [2025-05-16 22:37]　分类：旧物手记　阅读(318)　评论(3)⟧</p>
{BODY}
<p class="tags">⟦l 标签：计算器 维修 旧物 回忆⟧</p>
<div class="nav-links">⟦l « 修收音机的夏天⟧ ｜ ⟦l 老电表的秘密 »⟧</div>
<div id="comments"><h3>⟦l 3条评论⟧</h3>
<p>⟦l 小闹钟：我家那台卡西欧也是按键失灵，原来是这个原因！ 2025-05-17 08:02⟧</p>
<p>⟦l 发表评论（请先登录）⟧</p></div>
</div>
<div id="side"><h3>⟦l 文章归档⟧</h3><ul><li>⟦l 2025年05月 (4)⟧</li><li>⟦l 2025年04月 (6)⟧</li></ul>
<h3>⟦l 标签云⟧</h3><p>⟦l 收音机 手表 缝纫机 计算器 电扇⟧</p></div>
<div id="foot">⟦d © 2025 老樟的修理铺 保留所有权利，转载请注明出处⟧</div>
</body></html>
""",
        body="""
九十年代初，我在县城百货大楼旁摆了个修理摊，修得最多的是计算器。
那时候计算器金贵，按键不灵了舍不得扔，拿来一看，多半是导电胶老化了。
换导电胶是个细活，要先用酒精把电路板擦干净，再把剪好的胶粒一颗颗对准贴上。
一台计算器收两块钱，一天能修十来台，赶上月底对账的时候，供销社的会计排着队来。
如今计算器便宜了，手机里也有，再没人拿来修，可我抽屉里还留着半盒导电胶。
写于檀湾家中
""",
    ),
    dict(
        slug="wechat-mirror-caiwu-calculator-tips",
        site="微读镜像站 (invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="letter",
        form="text",
        source="https://wx.weidu-mirror.example.com/s/kj_zhijia_20250318",
        title="致全县乡镇财政所会计人员的一封信",
        record_title="致全县乡镇财政所会计人员的一封信",
        date="2025-03-18",
        notes="WeChat mirror: account line with date, 阅读原文/在看 row, a follow prompt; the letter's own sentence about 关注 an account kept; record title and date",
        record_date="2025-03-18",
        page="""
!m 楮阳财会之家
!m 原创　楮阳县财政局　2025-03-18 07:30　发表于楮阳
{T}
!a 点击上方蓝字关注我们
{BODY}
!l 阅读原文　　在看 26　　赞 41
!a 喜欢此内容的人还喜欢 ›
!d 本页面为公众号文章镜像，版权归原作者所有。
""",
        body="""
全县乡镇财政所的会计同志们：
三月是年度决算的关键时段，大家手中的计算器、账本和报表又要连轴转了。
在此，县财政局向一年来坚守岗位、精打细算的各位同志表示衷心感谢。
希望大家坚持复核制度，大额数据须两人分别用计算器核算，结果一致方可录入系统。
请大家关注“楮阳财会之家”公众号，及时获取决算填报口径和操作说明。
楮阳县财政局
2025年3月18日
""",
    ),
    dict(
        slug="docshare-feiyun-report-calculator-factory-wrap",
        site="飞云文档 (invented)",
        style="文档分享",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://www.feiyundoc.example.com/p-20250821-66193.html",
        title="关于我县计算器代工企业转型情况的调研报告",
        record_title="关于我县计算器代工企业转型情况的调研报告（可编辑）",
        date="2025-08-21",
        notes="hard-wrapped at 64 columns; decorated title (可编辑); a share-page upload notice; 成文日期 in Chinese numerals under the signature",
        wrap=64,
        indent="\u3000\u3000",
        page="""
!m 飞云文档 - 文档在线分享
!t 关于我县计算器代工企业转型情况的调研报告（可编辑）
!m 分享者：qd_2019 ｜ 浏览 412 次 ｜ 下载 37 次
{BODY}
!a 文档可编辑，下载后即可修改 → 立即下载
!d 声明：本文档来源于网络用户分享，仅用于学习交流，请勿用于商业用途。
!l 猜你喜欢：电子元器件产业发展规划｜小微企业帮扶调研
""",
        body="""
我县计算器代工产业起步于上世纪九十年代，高峰时有组装企业四十余家，从业人员近万人。
近年来，受智能手机普及和订单外移影响，计算器整机订单逐年减少，全县现存相关企业十一家。
调研发现，转型较好的企业大多走了两条路：一是转产学生用科学计算器和财务专用机，做细分市场；二是依托原有贴片生产线，承接小家电控制板加工。
存在的主要问题是企业研发投入不足，多数仍以来料加工为主，缺乏自主品牌。
建议县里设立小家电产业转型专项资金，支持企业建设研发中心，引导代工企业向品牌企业转变。
县工业和信息化局调研组
二〇二五年八月二十一日
""",
    ),
    dict(
        slug="edu-zhiyang-notice-calculator-html",
        site="枳阳县教育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.zhiyang.example.gov.cn/tzgg/2025/0902/2210.html",
        title="关于为农村初中统一配备学生科学计算器的通知",
        record_title=None,
        date="2025-09-02",
        date_also=["2025-09-03"],
        notes="education bureau template with 无障碍/关怀版 links; no record title (found in <h3>); 附件 list kept; publish date differs from 成文日期 (document date expected)",
        page="""
<html><head><meta charset="gb2312"><title>枳阳县教育局</title></head>
<body>
<div class="topbar">⟦a 无障碍⟧ | ⟦a 关怀版⟧ | ⟦a 设为首页⟧ | ⟦a 加入收藏⟧</div>
<div class="banner">⟦m 枳阳县教育局　办人民满意的教育⟧</div>
<div class="menu">⟦m 首页　教育动态　通知公告　招生考试　政务公开⟧</div>
<div class="loc">⟦m 当前位置：首页 > 通知公告⟧</div>
<h3>⟦t 关于为农村初中统一配备学生科学计算器的通知⟧</h3>
<div class="info">⟦m 发布时间：2025-09-03　点击数：557⟧</div>
<div class="text">
{BODY}
</div>
<div class="pn">⟦l 上一条：关于做好秋季学期开学安全检查的通知⟧<br>⟦l 下一条：2025年教师资格认定公告⟧</div>
<div class="foot">⟦m 版权所有：枳阳县教育局　地址：枳阳县文昌路9号⟧<br>⟦m 备案号：湘ICP备10088213号⟧</div>
</body></html>
""",
        body="""
各农村初级中学：
为缩小城乡学校教学装备差距，县教育局决定本学期为全县农村初中七年级学生统一配备科学计算器。
一、配备范围为全县十四所农村初中七年级在籍学生，共计二千一百六十人。
二、计算器由县教育装备中心统一采购，9月25日前配送到校，各校指定专人签收。
三、各校要建立发放登记台账，计算器归学生使用，毕业时不再收回。
附件：1.各校配备数量表
2.计算器签收单
枳阳县教育局
2025年9月2日
""",
    ),
    dict(
        slug="oa-yuanda-minutes-calculator-line",
        site="远大电子OA (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://oa.yuanda-dz.example.local/doc/view?id=20250714-031",
        title="计算器装配车间质量专题会议纪要",
        record_title="内部文件-计算器装配车间质量专题会议纪要",
        date="2025-07-14",
        notes="intranet doc view: 流转记录 and read counts; minutes' 时间/地点/主持/参会/记录 lines kept; a decimal-headed list; date only in the 时间 line and 印发 line",
        page="""
!m 远大电子协同办公平台　|　公文中心 > 会议纪要
!t 内部文件-计算器装配车间质量专题会议纪要
!m 密级：内部　文号：远大纪〔2025〕19号
!a 【下载正文】　【打印】　【转发】
{BODY}
!m 流转记录：质量部 拟稿 → 生产副总 审核 → 总经理办公室 签发
!m 已阅 48 人　未阅 6 人
!d 内部资料，严禁外传
""",
        body="""
时间：2025年7月14日上午9:00
地点：二号楼三楼会议室
主持：生产副总经理 罗建平
参会：质量部、装配车间、采购部、工程部负责人
记录：质量部 史文静
会议通报了6月份出口型计算器按键不良率偏高的情况，分析了原因，明确了整改措施。
1.1 装配车间对导电胶贴装工序增加首件检验，每班抽检不少于二十台。
1.2 采购部于7月底前完成对导电胶供应商的现场审核。
1.3 工程部调整按键寿命测试参数，由五万次提高到八万次。
远大电子有限公司总经理办公室　2025年7月14日印发
""",
    ),
    dict(
        slug="qa-wenyou-answer-calculator-exam",
        site="问友问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="answer",
        form="html",
        source="https://www.wenyou.example.com/question/30551879.html",
        title="会计初级考试能带自己的计算器吗？",
        record_title=None,
        date="2025-02-27",
        notes="Q&A: no record title; the question is the title; an answer with 回答于 (page date); vote bar; related questions; an app-download box",
        page="""
<html><head><meta charset="utf-8"><title>会计初级考试能带自己的计算器吗？_问友问答</title></head>
<body>
<div class="hd">⟦m 问友问答⟧ <span>⟦a 登录⟧ ⟦a 注册⟧</span> <span>⟦a 我要提问⟧</span></div>
<div class="q"><h1>⟦t 会计初级考试能带自己的计算器吗？⟧</h1><p>⟦m 提问者：霁月清风　｜　浏览 2.1万次⟧</p></div>
<div class="best"><h2>⟦m 最佳答案⟧</h2>
<div class="who">⟦m 财会老周　回答于 2025-02-27⟧</div>
{BODY}
<div class="vote">⟦l 有用(386)　没用(12)　评论(9)⟧</div></div>
<div class="rel"><h3>⟦l 相关问题⟧</h3><ul><li>⟦l 中级会计考试计算器型号有要求吗？⟧</li><li>⟦l 机考时屏幕计算器怎么调出来？⟧</li></ul></div>
<div class="app">⟦a 下载问友APP，随时随地提问⟧</div>
<div class="ft">⟦d 本站回答仅代表网友个人观点，不构成专业建议⟧</div>
</body></html>
""",
        body="""
可以带，但有要求。
初级会计职称考试是机考，系统里自带计算器，考生也可以带一台没有存储功能的普通计算器。
不能带的是有编辑、存储、通讯功能的计算器，也不能带手机、智能手表进场，入场时监考员会检查。
建议提前买一台简单的十二位计算器，平时做题就用它练，考试时手感熟悉，速度会快不少。
""",
    ),
    dict(
        slug="collection-tuanshan-calculator-essay",
        site="椴溪文集 (invented)",
        style="个人文集",
        genre="散文",
        kind="essay",
        form="text",
        source="http://www.duanxiwenji.example.net/juan2/0041.html",
        title="父亲的计算器",
        record_title="《椴溪文集》卷二·第41篇｜父亲的计算器",
        date=None,
        notes="personal collection reader: volume/chapter title decoration, chapter navigation, a reading progress line; an essay with no date (a year inside a sentence is no date)",
        page="""
!m 椴溪文集　·　作者：尹守初
!l 卷二 旧物志　｜　目录
!t 《椴溪文集》卷二·第41篇｜父亲的计算器
!m 字数：412　阅读进度 41/96
{BODY}
!l ← 第40篇 母亲的缝纫机　　第42篇 县城的电影院 →
!a 加入书架　　调整字号
!d 本文集内容由作者授权发布，未经许可不得转载
""",
        body="""
父亲当了一辈子粮站会计，他的计算器是一九八五年县里表彰先进时发的奖品。
那台计算器是银灰色的，比巴掌大一点，父亲用一块蓝布手绢包着，放在办公桌最上层的抽屉里。
每到月底盘库，他总是先用算盘打一遍，再用计算器按一遍，两个数对上了才肯签字。
我问他为什么算两遍，他说，粮食是国家的，账上差一两都不行。
父亲退休那年，把计算器交给了接班的年轻会计，只带回了那块蓝布手绢。
""",
    ),
]

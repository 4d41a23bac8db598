"""holdout328, part A: 范文 sites, 文库 previews, government portals, news portals, forums.

Invented text, sites, places and people (see ../README.md and ../build.py for the markup).
Every case below was written by hand for this part.
"""

CASES = [
    dict(
        slug="fanwen-moqi-speech-solstice-dumpling-moulds",
        site="墨畦范文网 (invented, gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.moqi-fanwen.cn/zhici/jieri/2024/12/58127.html",
        title="在鸯湖社区“冬至饺子宴”邻里活动上的致辞",
        record_title="【致辞集锦】在鸯湖社区“冬至饺子宴”邻里活动上的致辞（两稿任挑）_墨畦范文网",
        date="2024-12-21",
        date_also=["2024-12-25"],
        notes="old gb2312 table page: marquee, visitor counter, 文字大小 row, floating QQ box; speech date under the title "
        "(neutral speaker and date lines), the page's update time differs; a related link glued after a sentence and a "
        "ghost-writer QQ line between paragraphs",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【致辞集锦】在鸯湖社区“冬至饺子宴”邻里活动上的致辞（两稿任挑）_墨畦范文网</title>
<link href="/css/style.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/count.js"></script>
</head><body bgcolor="#FFFFFF">
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="300"><img src="/images/logo.gif" alt=""></td><td>⟦m 墨畦范文网 · 笔耕墨畦，一稿成章⟧</td><td align="right">⟦a <a href="#">设墨畦为首页</a> | <a href="#">把墨畦加入收藏夹</a>⟧</td></tr>
</table>
<table width="980" align="center" bgcolor="#9C2A1E"><tr><td class="menu">⟦m 网站首页 | 讲话致辞 | 主持串词 | 心得体会 | 工作总结 | 活动方案 | 会议记录⟧</td></tr></table>
<table width="980" align="center"><tr><td><marquee scrollamount="3">⟦d 墨畦范文网所收文章均为网友投稿与整理，仅作写作参考，请勿整篇照搬用于正式场合⟧</marquee></td></tr></table>
<table width="980" align="center"><tr>
<td width="700" valign="top">
<div class="weizhi">⟦m 您现在所处位置：墨畦范文网 → 讲话致辞 → 节日致辞 → 正文⟧</div>
<table width="100%"><tr><td align="center" class="biaoti">{T}</td></tr>
<tr><td align="center" class="xinxi">⟦m 作者：佚名　来源：网友投稿　更新时间：2024-12-25　人气：1873⟧</td></tr>
<tr><td align="center">⟦a 【文字大小：特大 大 中 小】【护眼色：豆沙绿 原色】⟧</td></tr>
<tr><td class="neirong">
<p align="center">鸯湖社区党委书记　扈晓岚</p>
<p align="center">（2024年12月21日）</p>
{BODY}
</td></tr></table>
<p>⟦l 上一篇：重阳节社区敬老宴上的致辞⟧</p><p>⟦l 下一篇：元宵节猜灯谜活动主持词（三篇）⟧</p>
</td>
<td width="270" valign="top">
<table width="100%"><tr><td class="bt">⟦l 本栏人气排行⟧</td></tr>
<tr><td>⟦l ·社区迎新春联欢会致辞⟧</td></tr>
<tr><td>⟦l ·邻里节开幕式居委会主任讲话⟧</td></tr>
<tr><td>⟦l ·腊八节施粥活动致辞范文⟧</td></tr></table>
</td></tr></table>
<div id="floatqq" style="position:fixed;right:6px;top:220px">⟦w 在线写作顾问 QQ 2873301645 点我交谈⟧</div>
<table width="980" align="center"><tr><td align="center">
⟦d Copyright © 2009-2025 墨畦范文网　站内文字仅供学习交流⟧<br>
⟦m 粤ICP备10274613号-3⟧　⟦m 您是本站第 0386127 位访客⟧
</td></tr></table>
</body></html>
""",
        p_html='<p style="text-indent:2em">{}</p>',
        body="""
尊敬的各位老人、各位邻居，小朋友们：
大家下午好！今天是冬至，老话说“冬至不端饺子碗，冻掉耳朵没人管”。我代表鸯湖社区党委、居委会，向前来参加“冬至饺子宴”的三百多位居民表示热烈的欢迎！
今年的饺子宴有一点新变化。社区向胭口镇的老木匠订制了四十只梨木饺子模，又从居民家里借来了十几只铝制和塑料饺子模，摆在每张长桌的中间。⟦l 相关阅读：社区重阳敬老宴致辞⟧
不会捏褶子的年轻人，把面皮往饺子模里一放、舀一勺馅、合上一压，就是一个花边整齐的饺子；手巧的阿姨们也可以教大家捏元宝饺、麦穗饺。
⟦w 写致辞没思路？墨畦写手一对一帮改，QQ 2873301645⟧
需要提醒的是，饺子模用完请放回桌边的清洗筐，由志愿者统一用开水烫洗、晾干，明年还要接着用。包好的第一锅饺子，先送到楼栋里行动不便的二十六户老人家中，再请大家入座品尝。
最后，祝大家冬至安康、阖家团圆！谢谢大家！
""",
    ),
    dict(
        slug="fanwen-puyin-insight-baking-paper-volunteer",
        site="蒲荫范文库 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.puyinfw.com/xinde/zhiyuan/55812.html",
        title="参加“银龄烘焙课”志愿服务的心得体会",
        record_title="参加“银龄烘焙课”志愿服务的心得体会（精挑细选版）- 蒲荫范文库",
        date=None,
        notes="a volunteer's insight, no date (only an update stamp 3 天前); a ghost-writer WeChat line between paragraphs, "
        "a copy-needs-login prompt glued after the last sentence",
        page="""
!m 蒲荫范文库 · 好范文一搜就有
!m 当前：首页 / 心得体会 / 志愿服务心得
!t 参加“银龄烘焙课”志愿服务的心得体会（精挑细选版）
!m 字数：约620字　更新：3 天前　收录编号：PY-55812
{BODY}
!a 全文已展示完毕，导出Word需消耗 1 张蒲荫下载券
!l 同类范文推荐
!l 社区助老志愿服务心得（4篇）
!l 大学生暑期“三下乡”烹饪服务体会
!d 蒲荫范文库收录内容来源于网友投稿，观点不代表本站，如有异议请邮件 jubao@puyinfw.com
""",
        indent="\u3000\u3000",
        body="""
今年九月起，我报名成为隍埠镇社区学校“银龄烘焙课”的志愿者，每周六上午陪十来位老人做一次小点心。三个月下来，我最大的体会是：帮老人做事，要把细节想在前面。
第一节课我就吃了亏。老人们手上没劲，撕烘焙纸时常常撕歪，纸边翘起来碰到烤箱的发热管，差点冒烟。后来我每次都提前把烘焙纸按烤盘大小裁好，四角各剪一个小口，铺进去就能贴平。
⟦w 心得不会写？蒲荫写作顾问帮你改，微信 puyin_wx2024⟧
第二个体会是耐心比手艺重要。有位八十一岁的阿婆总担心烘焙纸“有毒”，我就把包装上的食品接触用标识念给她听，又讲了硅油涂层和普通蜡纸的区别，她才放心用。
第三个体会是安全要反复讲。每次出炉前我都提醒大家戴好隔热手套，连纸带饼一起从烤盘边缘拖出来，不要用手直接去拿。
志愿服务让我明白，温暖往往就藏在一张裁好的纸里。今后我还会继续参加，把这门课办得更踏实。⟦a 复制本篇请先登录蒲荫账号⟧
""",
    ),
    dict(
        slug="wenku-yanqiu-survey-bag-clips-marker-paragraphs",
        site="砚秋文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.yanqiuwk.com/view/7f31c0a9e2.html",
        title="关于城区居民家庭食品封口夹使用情况的调研报告",
        record_title="关于城区居民家庭食品封口夹使用情况的调研报告 - 砚秋文库",
        date="2025-03-14",
        notes="文库 reader: viewer toolbar, page-marker paragraphs ⯘ n ⯙ cutting sentences, a monthly-card lock, upload "
        "stamp (no date); 成文日期 under the signature; a data table one row a paragraph",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于城区居民家庭食品封口夹使用情况的调研报告 - 砚秋文库</title>
<script src="https://static.yanqiuwk.com/reader/v3/reader.min.js"></script></head>
<body>
<header class="wk-top"><a class="logo" href="/">⟦m 砚秋文库⟧</a><input placeholder="搜文档、搜范文"><a class="vip" href="/vip">⟦a 开月卡 · 全站文档畅下⟧</a><a href="/login">⟦a 免费注册 · 登录砚秋⟧</a></header>
<div class="doc-head"><h1>{T}</h1>
<div class="doc-meta">⟦m 上传者：qh****25　上传于 2025-04-02　共 4 页　约 1,100 字　浏览 3642⟧</div>
<div class="toolbar">⟦a 放大 缩小 全屏阅读 双页模式⟧</div></div>
<div class="reader">
{BODY}
</div>
<div class="lock">⟦a 剩余 2 页为月卡专享内容，开通后继续阅读⟧ <a class="btn">⟦a ¥6.8 单篇下载⟧</a></div>
<aside><h4>⟦l 读过本文的人还在看⟧</h4><ul><li>⟦l 家庭厨房小用具安全状况调查报告⟧</li><li>⟦l 儿童用品消费投诉分析（2024年度）⟧</li></ul></aside>
<footer>⟦d 砚秋文库文档均由用户上传，仅供在线阅读学习，若侵犯您的合法权益请向本站提交申诉⟧<br>⟦m 浙ICP备20417736号-2⟧</footer>
</body></html>
""",
        p_html='<p class="rd-line">{}</p>',
        pages=dict(fmt="⯘ {n} ⯙", every=150, start=2),
        body="""
为了解居民家庭食品封口夹的使用和安全状况，区消费者协会于2025年2月在鸯湖、盱园等6个社区发放问卷520份，收回有效问卷486份，并入户查看了41户家庭的封口夹实物。现将有关情况报告如下。
一、基本情况
受访家庭中，使用封口夹的占87.2%，户均4.6个。各类封口夹占比如下：
类型　占比　主要用途
塑料弹簧夹　61%　零食、奶粉
不锈钢夹　23%　面粉、杂粮
磁吸日期夹　16%　冷藏食品
二、发现的问题
一是部分塑料夹使用两年以上，夹齿开裂、弹簧锈蚀，封口不严导致奶粉、坚果受潮；二是近三成家庭把封口夹用于冷冻室，低温下塑料变脆易断；三是有12户家庭把封口夹给幼儿当玩具，存在夹手风险。
三、几点建议
建议生产企业在包装上标明适用温度和“儿童勿玩”提示；建议居民每年检查一次夹齿和弹簧，发现开裂及时更换。
贲城市虔湖区消费者协会
2025年3月14日
""",
    ),
    dict(
        slug="wenku-duxing-plan-filter-paper-wrapped-glued-markers",
        site="笃行文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://wk.duxingdoc.net/p/2025/04/118260.html",
        title="咖啡滤纸分切车间异物防控提升方案",
        record_title="咖啡滤纸分切车间异物防控提升方案.docx",
        date="2025-04-07",
        notes="file-name record title; hard-wrapped at 62 columns and cut by page markers ⸀n⸁ glued to the continuation "
        "line; 成文日期 in Chinese numerals; upload line (no date)",
        page="""
!t 咖啡滤纸分切车间异物防控提升方案.docx
!m 笃行文库｜上传者：hx****07｜页数：3｜大小：41KB
!a 全文预览　　加入书架　　下载（5 学币）
{BODY}
!a 预览结束 · 剩余 1 页仅对笃行月卡会员开放
!d 本资料由会员自主上传，笃行文库不享有其著作权，若有侵权可在线提交申诉
!l 猜你想找：食品车间异物管控制度　纸制品企业质量月活动方案
""",
        wrap=62,
        indent="\u3000\u3000",
        pages=dict(fmt="⸀{n}⸁", every=90, start=2, glue=True),
        body="""
为进一步减少咖啡滤纸成品中毛发、纸屑、金属碎片等异物投诉，结合今年一季度客户反馈的9起异物问题，制定本方案。
一、工作目标
6月底前，分切车间异物投诉降至每百万片0.5起以下，成品金属检测机剔除率控制在0.02%以内。
二、主要措施
（一）人员管控。进入车间一律穿戴连体工作服、发网和口罩，入口加装粘尘滚筒和风淋门，班组长每班抽查两次。
（二）设备管控。分切刀具每班开机前检查刃口，发现崩口立即更换；折叠成型机加装磁棒，每四小时清理一次并登记。
（三）环境管控。车间保持正压，窗户全部封闭，纸屑收集袋每班更换，禁止在车间内拆外包装纸箱。
三、责任分工
生产部负责方案落实，品质部负责每周抽检和投诉追溯，设备部负责刀具和磁棒的更换记录。
沌阳县鹤纹纸品有限公司
二〇二五年四月七日
""",
    ),
    dict(
        slug="gov-michuan-bulletin-clip-spot-check-index-table",
        site="谧川县人民政府门户网站 (invented)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="html",
        source="http://www.michuan.gov.cn/zwgk/zljg/202504/t20250421_771902.html",
        title="关于2025年第一季度塑料封口夹产品质量监督抽查情况的通报",
        record_title="关于2025年第一季度塑料封口夹产品质量监督抽查情况的通报_质量监管_谧川县人民政府",
        date="2025-04-18",
        date_also=["2025-04-21"],
        notes="county portal: 关怀版/读屏 links, 索引号 table (the 文号 cell unmarked, neutral), 纠错 line and 12345 beside "
        "the bureau's own 联系人/电话 in the body; data table; 抄送 and 印发 lines; portal date differs from 成文日期",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>关于2025年第一季度塑料封口夹产品质量监督抽查情况的通报_质量监管_谧川县人民政府</title>
<meta name="SiteName" content="谧川县人民政府"><meta name="ColumnName" content="质量监管">
<script src="/common/js/jquery.min.js"></script><script src="/common/js/szrz.js"></script>
</head><body>
<div class="topbar"><span>⟦m 欢迎访问谧川县人民政府门户网站⟧</span><span class="r"><a>⟦a 关怀版⟧</a> <a>⟦a 读屏辅助⟧</a> <a>⟦a 简/繁⟧</a> <a>⟦a 政务微博⟧</a></span></div>
<div class="banner"><h2>⟦m 谧川县人民政府⟧</h2></div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 走进谧川⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政务服务⟧</li><li>⟦m 互动交流⟧</li></ul>
<div class="position">⟦m 当前位置：首页 &gt; 政务公开 &gt; 部门信息 &gt; 质量监管⟧</div>
<table class="xxgk-table">
<tr><td>⟦m 索引号：11512730MB1C44201X/2025-00318⟧</td><td>⟦m 主题分类：市场监管、安全生产监管⟧</td></tr>
<tr><td>⟦m 发布机构：谧川县市场监督管理局⟧</td><td>⟦m 发布日期：2025-04-21⟧</td></tr>
<tr><td>文号：谧市监通〔2025〕9号</td><td>⟦m 有效性：有效⟧</td></tr>
</table>
<div class="article">
<h1>{T}</h1>
<div class="tools">⟦a 【字号 放大 还原 缩小】⟧ ⟦a 【打印】⟧ ⟦a 【关掉此窗】⟧</div>
<div class="TRS_Editor">
{BODY}
</div></div>
<div class="share">⟦l 分享到：微信 微博 QQ空间⟧</div>
<div class="relate"><h3>⟦l 相关信息⟧</h3><ul><li>⟦l 谧川县2024年儿童用品质量抽查结果公告⟧</li><li>⟦l 关于开展“3·15”消费维权宣传周活动的通知⟧</li></ul></div>
<div class="footer">
<p>⟦m 主办：谧川县人民政府办公室　承办：谧川县大数据中心⟧</p>
<p>⟦m 我要纠错 · 网站运维电话：0836-7710029⟧　⟦m 政务服务便民热线 12345⟧</p>
<p>⟦m 网站标识码：5118270019　川ICP备05021447号　川公网安备 51182702000118号⟧</p>
</div>
</body></html>
""",
        body="""
各乡镇市场监管所，局机关各股室：
今年一季度，我局对全县生产、销售环节的塑料封口夹开展了产品质量监督抽查，共抽取23家企业和商户的30批次产品，对夹持力、耐温性能、小零件和锐利边缘等项目进行检验。现将结果通报如下。
一、抽查结果
环节　抽查批次　合格批次　不合格批次
生产　12　11　1
批发　8　7　1
零售　10　8　2
二、主要问题
不合格项目主要为锐利边缘和低温冲击后断裂，涉及1家生产企业和3家经营户。
三、工作要求
各所要督促经营者立即下架不合格产品，依法依规处理，并于5月10日前报送核查处置情况。
联系人：胭晓彤，电话：0836-7712215。
谧川县市场监督管理局
2025年4月18日
抄送：县商务局，县消费者协会。
谧川县市场监督管理局办公室　　2025年4月18日印发
""",
    ),
    dict(
        slug="gov-guiling-notice-dumpling-mould-sharing-attachments",
        site="妫岭县人民政府网 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.guiling.gov.cn/xxgk/tzgg/202412/t20241210_40517.html",
        title="关于开展“冬至邻里饺子宴”暨饺子模共享活动的通知",
        record_title="关于开展“冬至邻里饺子宴”暨饺子模共享活动的通知 - 妫岭县人民政府网",
        date="2024-12-09",
        date_also=["2024-12-10"],
        notes="county portal as text: 长辈版/无障碍 row, 发布时间 differing from the 成文日期; the notice's own 联系人/电话 and 附件 list "
        "beside the portal's attachment-download row and 纠错 line; a sentence asking units to 下载附件",
        page="""
!m 妫岭县人民政府网　guiling.gov.cn
!a 长辈版｜无障碍浏览｜English
!m 首页 > 信息公开 > 通知公告
{T}
!m 发布时间：2024-12-10 09:30　信息来源：县文明办　浏览次数：1126
!a 【字体：大 中 小】【打印此页】【关闭窗口】
{BODY}
!a 附件下载：冬至饺子宴报名表.xls　饺子模借用表.xls
!l 上一条：关于做好元旦春节期间烟花爆竹安全管理的通知
!l 下一条：妫岭县2024年冬季征兵工作公告
!m 主办单位：妫岭县人民政府办公室　网站标识码 5327420012　滇ICP备14003102号
!m 网站纠错电话：0871-3320110
""",
        indent="\u3000\u3000",
        body="""
各乡镇人民政府、街道办事处，县直有关单位：
为弘扬中华优秀传统文化，营造和谐邻里关系，县文明办决定在冬至前后组织开展“冬至邻里饺子宴”暨饺子模共享活动。现将有关事项通知如下。
一、活动时间
2024年12月18日至12月22日，各社区可自行选定其中一天。
二、活动内容
各社区设立饺子模共享点，每个共享点配备木质、塑料饺子模不少于20只，供居民登记借用；饺子宴所需面粉、肉馅由社区统一采购，优先邀请独居老人和留守儿童参加。
三、有关要求
请各单位下载附件，于12月13日前将报名表报送县文明办；活动结束后三日内报送图片和总结。
联系人：宕文静，电话：0871-3326018。
附件：1.妫岭县“冬至邻里饺子宴”报名表
2.饺子模共享点登记借用表
妫岭县精神文明建设委员会办公室
2024年12月9日
""",
    ),
    dict(
        slug="news-bencheng-news-baking-paper-line-photo-captions",
        site="贲城新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.bcnews.com.cn/bendi/2025-05/12/content_3318820.html",
        title="贲城首条可降解烘焙纸生产线在虔湖区投产",
        record_title="贲城首条可降解烘焙纸生产线在虔湖区投产_贲城新闻网",
        record_date="2025-05-12",
        date="2025-05-12",
        notes="news portal: an app prompt glued before the lead's first words, photo captions between paragraphs, an editor "
        "line glued after the last sentence, a listen button, an ad slot and a 24-hour list",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>贲城首条可降解烘焙纸生产线在虔湖区投产_贲城新闻网</title>
<script>window.adSlots=["top_banner","side_1"];</script></head>
<body>
<div class="top"><a href="/">⟦m 贲城新闻网⟧</a> ⟦m 贲城日报社主管主办⟧ <a href="/app">⟦a 下载贲城新闻APP⟧</a></div>
<nav>⟦m 首页 本地 民生 经济 文旅 视频 专题 评论⟧</nav>
<div class="ad" id="top_banner">⟦a 广告：宕桥家居城周年庆 全场满千减百⟧</div>
<div class="crumb">⟦m 贲城新闻网 ＞ 本地 ＞ 经济⟧</div>
<article>
<h1>{T}</h1>
<div class="info">⟦m 2025-05-12 07:42　来源：贲城日报　作者：盱一帆⟧ <button>⟦a 🔊 收听本文⟧</button></div>
<div class="content">
{BODY}
</div>
<div class="share">⟦l 转发到：微信 朋友圈 微博 复制链接⟧</div>
</article>
<aside><h3>⟦l 24小时排行⟧</h3><ol><li>⟦l 贲城地铁2号线南延段开始铺轨⟧</li><li>⟦l 虔湖区新增3处口袋公园⟧</li><li>⟦l 周末天气：晴转多云，最高29℃⟧</li></ol></aside>
<footer>⟦d 贲城新闻网版权所有，未经书面授权禁止复制或建立镜像⟧　⟦m 互联网新闻信息服务许可证 51120190018⟧</footer>
</body></html>
""",
        body="""
⟦a 打开贲城新闻客户端，阅读体验更佳⟧本报讯（记者 盱一帆）5月11日，位于虔湖区宕桥工业园的贲城禾笺新材料有限公司年产1.2万吨可降解烘焙纸生产线正式投产，这是我市首条同类生产线。
⟦m 图为工人在分切工位检查烘焙纸卷。记者 盱一帆 摄⟧
据介绍，这条生产线以竹浆为原料，表面采用食品级硅油涂层，可耐受230℃高温，产品主要供应本地烘焙连锁门店和餐饮企业，并出口东南亚。
项目总投资2.3亿元，投产后可新增就业岗位180个。企业负责人说，下一步将研发带刻度、可直接入模的预裁烘焙纸，减少门店裁剪浪费。
⟦m 图为生产线中控室。通讯员 扈晴 摄⟧
虔湖区相关负责人表示，园区将继续做好用地、用电等要素保障，推动食品接触材料产业集群发展。⟦m （责任编辑：隍小满　审核：绸立新）⟧
""",
    ),
    dict(
        slug="news-lvxi-text-piping-bag-contest-title-line",
        site="闾溪融媒 (invented, county news portal)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.lvxirm.cn/bdxw/jy/202504/t20250427_9031.html",
        title="闾溪职教中心学生在全市西点技能大赛中获裱花项目一等奖",
        record_title=None,
        date="2025-04-27",
        notes="no title in the record: the page's title line; the byline's 发布时间 is the page's date; a photo caption "
        "between paragraphs; a listen/font row, a share row and a 24-hour list",
        page="""
!m 闾溪融媒 | 闾溪县融媒体中心主办
!m 首页 ＞ 本地新闻 ＞ 教育
{T}
!m 发布时间：2025-04-27 17:05　来源：闾溪融媒　编辑：扈小舟
!a 听新闻　　A+　A-
{BODY}
!l 分享至：微信好友　朋友圈　微博
!l 24小时热读
!l 1. 闾溪县城南菜市场提升改造完工
!l 2. 我县启动2025年春季植树护绿行动
!d 闾溪融媒原创稿件，未经授权不得转载、摘编或镜像
""",
        indent="\u3000\u3000",
        body="""
4月26日，在贲城市第七届职业院校西式面点技能大赛中，闾溪县职业教育中心烹饪专业学生绸雨萱获得裱花项目一等奖，这是该校在这一项目上首次夺冠。
比赛要求选手在90分钟内用裱花袋和五种裱花嘴完成一只六寸奶油蛋糕的装饰。绸雨萱选用了自己平时练习最多的布质裱花袋，挤出的玫瑰花瓣层次分明、大小均匀，得到评委一致好评。
⟦m 图：绸雨萱在比赛中裱花。闾溪融媒记者 宕知秋 摄⟧
指导老师介绍，学生们平时练习要用掉大量一次性裱花袋，学校今年起改为“布袋练基本功、一次性袋用于比赛”的做法，一个学期节约耗材近两千元。
据悉，获奖选手将代表贲城市参加下半年的全省职业院校技能大赛。
""",
    ),
    dict(
        slug="forum-douyou-post-rinse-filter-paper-jammer",
        site="豆友手冲论坛 (invented, Discuz-like)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.douyou-coffee.com/thread-20931-1-1.html",
        title="手冲前到底要不要润湿滤纸？三种滤纸对比实测",
        record_title="[器具实测] 手冲前到底要不要润湿滤纸？三种滤纸对比实测（附冲煮参数） - 器具交流区 - 豆友手冲论坛",
        date=None,
        notes="Discuz-like coffee forum: jammer fonts glued after sentences and as a line, a rating row, the poster's "
        "signature, a reply box; post time given only as 3 天前 (no date)",
        page="""
<html><head><meta charset="gbk">
<title>[器具实测] 手冲前到底要不要润湿滤纸？三种滤纸对比实测（附冲煮参数） - 器具交流区 - 豆友手冲论坛</title>
<style>.jammer{font-size:0;color:#fff}</style></head><body>
<div id="toptb">⟦a 登录⟧ ⟦a 注册豆友⟧ ⟦a 找回密码⟧</div>
<div id="hd">⟦m 豆友手冲论坛 — 一杯好咖啡，从一张滤纸开始⟧</div>
<div id="pt">⟦m 豆友手冲论坛 › 器具交流区 › 滤杯与滤纸⟧</div>
<div id="postlist">
<table><tr><td class="pls">⟦m 楼主：焙火小南⟧<br>⟦m 帖子 418 · 豆币 2306 · 咖啡师学徒⟧</td>
<td class="plc">
<h1><span id="thread_subject">{T}</span></h1>
<div class="authi">⟦m 发表于 3 天前 | 只看该作者 | 查看：4206 | 回复：58⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="rate">⟦l 评分 参与人数 6　豆币 +18　收起 理由：实测走心⟧</div>
<div class="sign">⟦m 签名：磨豆机吵醒全家的人⟧</div>
<div class="po">⟦a 回复 收藏本帖 支持 反对 举报⟧</div>
</td></tr></table></div>
<div class="pgs">⟦l 下一主题：法压壶滤网多久换一次？⟧</div>
<div id="f_pst">⟦a 登录豆友账号后才能参与讨论⟧</div>
<div id="ft">⟦m 豆友手冲论坛 ( 沪ICP备19088214号 )⟧　⟦m 当前时区 GMT+8⟧</div>
</body></html>
""",
        p_html="{}<br>",
        junk=dict(lines=1, glued=3),
        body="""
最近换了几种滤纸，顺手做了个小测试，和坛友们分享一下结果。
测试用的是同一款V形滤杯、同一包中度烘焙的豆子，粉量15克、水温92℃，分别冲了漂白滤纸、原木色滤纸和一款很薄的日式滤纸，每种润湿和不润湿各冲三杯。
结论先说：原木色滤纸一定要润湿，不润湿的那三杯，家里三个人都喝出了明显的纸板味。漂白滤纸差别小一些，但润湿后流速更稳。薄款滤纸润不润影响不大。
另外提醒一下，润湿滤纸的热水记得倒掉。我第一次就忘了，整杯咖啡都淡了。
滤纸放久了容易吸味，建议开封后放进密封罐，别和调料放在一个柜子里。
""",
    ),
    dict(
        slug="forum-beibei-post-piping-bags-half-year-junk",
        site="焙焙烘焙社区 (invented)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="https://www.beibeihong.com/bbs/t/66107",
        title="一次性裱花袋和硅胶裱花袋用了半年的对比",
        record_title="【半年实测】一次性裱花袋和硅胶裱花袋用了半年的对比~长文预警 | 焙焙烘焙社区",
        date=None,
        notes="forum post as text: junk lines and junk glued after sentences, a numbered list, floor replies; the post "
        "time only as 昨天 (no date)",
        page="""
!m 焙焙烘焙社区 › 工具交流 › 裱花专区
!t 【半年实测】一次性裱花袋和硅胶裱花袋用了半年的对比~长文预警
!m 楼主：奶油小满　发表于 昨天 22:14　浏览 1893　回复 41
!a 只看楼主　|　倒序看帖　|　收藏
{BODY}
!m 本帖最后由 奶油小满 于 昨天 22:31 编辑
!a 点赞(96)　收藏(57)　举报
!l 2楼　糖霜阿Q：硅胶袋洗完倒挂在筷子上晾，一点都不发霉
!l 3楼　小烤箱的日常：马住，刚好要买裱花袋
!a 登录焙焙账号，才能发表你的看法哦
""",
        junk=dict(lines=2, glued=2),
        body="""
做了半年私房蛋糕，两种裱花袋都用了不少，简单说说感受，给刚入门的姐妹参考。
1.一次性裱花袋：省事、卫生，用完就扔，适合奶油霜颜色多、要频繁换色的时候。缺点是薄的容易爆袋，我一般选加厚款。剪口前先把裱花嘴放进去比好位置，不然容易剪大。
2.硅胶裱花袋：手感软、不打滑，挤曲奇这种硬面糊很给力。缺点是清洗麻烦，内侧的油要用温水加洗洁精反复冲，没晾干前不能折着放，不然容易发霉。
3.布裱花袋：我只用来挤泡芙面糊。布袋会吸油、留味道，新手不太推荐。
总的来说，接单量大的话一次性袋更划算；自己在家偶尔做做，买一个硅胶袋就够用了。
""",
    ),
]

"""holdout104, part B: cave dwellings (窑洞) — rainy-season checks, renovation, homestays,
winter heating. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="gov-yuanliang-cave-rain-check-cn-date",
        site="塬梁县人民政府 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.yuanliang.example.gov.cn/xxgk/tzgg/2025/0703/4412.html",
        title="关于开展汛期窑洞安全隐患排查的紧急通知",
        record_title="关于开展汛期窑洞安全隐患排查的紧急通知_塬梁县人民政府",
        date="2025-07-03",
        notes="portal text page: the date only in Chinese numerals under the signature; document number neutral; the document's own contact beside the site's 12345 footer; 抄送 line",
        page="""
!m 塬梁县人民政府门户网站
!m 首页 → 信息公开 → 通知公告
!t 关于开展汛期窑洞安全隐患排查的紧急通知
塬政办明电〔2025〕9号
!a 分享到：　打印　关闭
{BODY}
!l 上一条：塬梁县2025年防汛抗旱应急预案
!l 下一条：关于做好夏粮收购工作的通知
!m 塬梁县人民政府办公室主办　便民服务热线 12345
!m 陕ICP备09021574号　政府网站标识码 6110280011
""",
        body="""
各乡镇人民政府，县直有关部门：
近期我县进入主汛期，连续降雨易造成窑洞坍塌。为切实保障群众生命安全，现就开展汛期窑洞安全隐患排查通知如下：
一、排查对象为全县仍有人居住的土窑、接口窑和石窑，重点是窑顶有裂缝、窑脸渗水、背靠陡崖的窑洞。
二、各乡镇要在7月10日前完成逐户排查，建立台账，对存在重大隐患的窑洞一律撤离人员、停止使用。
三、遇强降雨预警时，村干部要逐户通知，确保危窑住户转移到位。
联系人：县住建局村镇股 屈向东，电话：0912-7213406。
塬梁县人民政府办公室
二〇二五年七月三日
抄送：县委办公室，县人大常委会办公室，县政协办公室。
""",
    ),
    dict(
        slug="dangjian-cave-renovation-speech-html",
        site="延岭党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://www.yanlingdj.example.cn/djyw/2025/0616/7721.html",
        title="在全镇窑洞民居改造现场推进会上的讲话",
        record_title="【乡村振兴】在全镇窑洞民居改造现场推进会上的讲话 - 延岭党建网",
        date="2025-06-12",
        date_also=["2025-06-16"],
        notes="Party-building page: speaker line and date under the title neutral; 发布时间 differs (also accepted); study-points sidebar, 打印/关闭",
        page="""
<html><head><meta charset="utf-8"><title>【乡村振兴】在全镇窑洞民居改造现场推进会上的讲话 - 延岭党建网</title>
<style>.red{color:#c00}</style></head><body>
<div class="head">⟦m 延岭党建网⟧ ⟦m 旗帜引领 · 实干争先⟧</div>
<div class="menu">⟦m 首页 | 党建要闻 | 基层党建 | 学习园地 | 清风延岭⟧</div>
<div class="pos">⟦m 位置：首页 &gt; 基层党建⟧</div>
<h2 class="red">⟦t 在全镇窑洞民居改造现场推进会上的讲话⟧</h2>
<p class="info">⟦m 发布时间：2025-06-16　来源：枣林镇党委　点击：1207⟧</p>
<p class="speaker">镇党委书记　贺东升</p>
<p class="speaker">（2025年6月12日）</p>
<div class="text">
{BODY}
</div>
<div class="op">⟦a [打印文章]⟧ ⟦a [关闭窗口]⟧ ⟦a [返回顶部]⟧</div>
<div class="side"><h4>⟦l 学习园地⟧</h4><ul><li>⟦l 支部书记讲党课视频合集⟧</li><li>⟦l 党员积分管理办法解读⟧</li></ul></div>
<div class="foot">⟦d 延岭党建网版权所有　未经授权不得转载⟧ ⟦m 技术支持：延岭县融媒体中心⟧</div>
</body></html>
""",
        body="""
同志们：
今天我们在后沟村召开现场推进会，就是要看一看窑洞改造的样板，找一找差距，把下一阶段的任务压实。
今年全镇计划改造窑洞民居二百一十孔，目前已完工八十六孔，总体进度偏慢。
各村党支部书记是第一责任人，要带头入户做工作，把政策讲清楚，把群众的顾虑解开。
改造要坚持保留窑洞的风貌，加固窑顶、修缮窑脸、改水改厕同步推进，不搞大拆大建。
党员干部要带头改、带头住，让群众看到改造后的窑洞冬暖夏凉、住得安心。
同志们，距年底只有半年时间，希望大家拿出干劲，确保按期完成任务。
""",
    ),
    dict(
        slug="blog-cave-old-teacher-tagcloud",
        site="塬上人家的博客 (invented)",
        style="博客",
        genre="随笔",
        kind="other",
        form="html",
        source="https://blog.huangtu.example.com/yuanshang/article/1188.html",
        title="住了四十年窑洞，今年终于给它换了新窑脸",
        record_title="住了四十年窑洞，今年终于给它换了新窑脸 | 塬上人家",
        date="2025-08-03",
        notes="blog: a bracketed post time is the page's date; tag cloud and archive sidebar; comment box; a sentence telling readers to 关注 kept? no — a follow button as chrome",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>住了四十年窑洞，今年终于给它换了新窑脸 | 塬上人家</title>
<script>window.dataLayer=[];</script></head><body>
<header><h3>⟦m 塬上人家⟧</h3><p>⟦m 一个退休教师的黄土絮语⟧</p><nav>⟦m 首页　随笔　老照片　关于我⟧</nav></header>
<article>
<h1>⟦t 住了四十年窑洞，今年终于给它换了新窑脸⟧</h1>
<p class="meta">⟦m [2025-08-03 19:42]　分类：随笔　阅读(358)　评论(9)⟧</p>
{BODY}
<p class="tags">⟦l 标签：窑洞　老屋　黄土高原⟧</p>
</article>
<aside>
<div>⟦a +关注博主⟧</div>
<h4>⟦l 标签云⟧</h4><p>⟦l 老照片 教书 枣树 窑洞 秦腔 孙子⟧</p>
<h4>⟦l 文章归档⟧</h4><p>⟦l 2025年8月(3)⟧</p><p>⟦l 2025年7月(5)⟧</p>
</aside>
<section class="comments"><h4>⟦l 网友评论⟧</h4><p>⟦l 沟里的云：老师家的窑真亮堂！⟧</p><p>⟦l 发表评论（需登录）⟧</p></section>
<footer>⟦d Copyright © 塬上人家 博客内容未经许可请勿转载⟧</footer>
</body></html>
""",
        body="""
我家的窑洞是一九八五年打的，三孔，坐北朝南，算起来我和老伴在里面住了整整四十年。
这些年窑脸的土坯风化得厉害，下雨时窗框周围总往里渗水，孩子们几次劝我们搬到城里，我们都舍不得。
今年镇上有改造补助，村里请来的匠人先把窑顶的裂缝灌了浆，又用青砖重新砌了窑脸，换上了双层玻璃窗。
完工那天，老伴摸着新砌的砖墙说，这下又能住二十年。
窑洞是黄土地给的房子，冬天不冷、夏天不热，只要用心修，它就一直护着人。
""",
    ),
    dict(
        slug="docshare-cave-homestay-plan-upload",
        site="云享文档 (invented)",
        style="文档分享",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.yunxiangdoc.example.com/p-9921307.html",
        title="后塬村窑洞民宿集群发展实施方案",
        record_title="后塬村窑洞民宿集群发展实施方案（可编辑）",
        date=None,
        notes="document-sharing page: upload time and page count (no date in the document), download/collect row, an upload notice, a 猜你喜欢 list; a numbered list",
        page="""
!m 云享文档 > 行业资料 > 文旅规划
!t 后塬村窑洞民宿集群发展实施方案（可编辑）
!m 上传时间：2025-04-22　页数：4　大小：86KB　格式：DOCX
!a 下载券 2　|　收藏　|　举报
{BODY}
!d 本文档为网友上传分享，版权归原作者所有，仅供学习参考，若侵犯您的权益请联系我们删除。
!l 猜你喜欢：乡村民宿服务规范（精编版）　窑洞旅游开发可行性研究报告
""",
        body="""
为盘活后塬村闲置窑洞资源，发展乡村旅游，增加村集体和群众收入，制定本方案。
一、发展目标
用三年时间改造闲置窑洞四十孔，建成特色窑洞民宿十二家，年接待游客两万人次。
二、主要措施
1. 摸清底数。对全村闲置窑洞逐孔登记，评估结构安全和改造价值。
2. 统一规划。由村股份经济合作社统一流转、统一设计、分户经营。
3. 培训人员。每年组织民宿经营和餐饮服务培训不少于两期。
三、保障措施
成立由村党支部书记任组长的工作专班，每月调度一次进度，确保方案落地见效。
""",
    ),
    dict(
        slug="fanwenapp-cave-survey-report",
        site="笔下生花APP (invented)",
        style="范文APP",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://share.bixiashenghua.example.com/a/Qk7tX20",
        title="关于全县农村窑洞居住现状的调研报告",
        record_title="关于全县农村窑洞居住现状的调研报告｜笔下生花",
        date="2025-05-30",
        notes="writing-app share page: open-app bar, a member lock inside the body on a line of its own, share count; signature date",
        page="""
!a 打开笔下生花APP，阅读体验更佳
!m 笔下生花 · 公文写作好帮手
!t 关于全县农村窑洞居住现状的调研报告｜笔下生花
!m 作者：笔杆子老赵　1.8万人看过
{BODY}
!a 一键复制全文　|　导出Word
!l 分享给好友　已分享 312 次
!l 更多调研报告范文 >
""",
        body="""
为掌握农村窑洞居住现状，今年4月至5月，县政协调研组深入六个乡镇十八个村开展专题调研，现将有关情况报告如下。
一、基本情况
全县农村现有窑洞约一点九万孔，仍有人居住的六千三百孔，居住者中六十岁以上老人占七成以上。
⟦a 以下内容为会员专享，开通会员即可查看⟧
二、存在问题
部分窑洞年久失修，窑顶渗水、窑腿开裂现象较多；改造补助标准偏低，群众自筹压力大。
三、对策建议
建议将窑洞加固纳入农村危房改造范围，提高补助标准，同时培养一批懂传统工艺的本地匠人。
县政协调研组
2025年5月30日
""",
    ),
    dict(
        slug="collection-cave-memoir-wrapped",
        site="北塬文存 (invented)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="https://www.beiyuanwencun.example.net/juan2/047.html",
        title="窑洞里的灯",
        record_title="《北塬文存》卷二·第47篇｜窑洞里的灯",
        date=None,
        notes="personal collection: hard-wrapped at 62 columns, chapter navigation, a collection line; no date (a year in the text only)",
        indent="\u3000\u3000",
        wrap=62,
        page="""
!m 北塬文存 · 杜守仁文集
!l 卷二　乡土篇　｜　上一篇：塬上的井　｜　下一篇：赶集
!t 窑洞里的灯
{BODY}
!l ← 返回卷二目录
!d 文集由作者家属整理，转载请与北塬文存联系
""",
        body="""
小时候家里的窑洞只有一盏煤油灯，挂在窑掌正中的木橛子上。母亲在灯下纳鞋底，父亲在灯下算工分，我和妹妹趴在炕沿上写字，灯花一跳，四个人的影子就在窑壁上晃一下。
后来村里通了电，窑洞里挂上了十五瓦的灯泡，亮得我们都不敢睁眼。母亲却舍不得扔那盏煤油灯，用旧报纸包好，放在窑窝里。
如今老窑早已没人住，去年回去，我在窑窝里摸到了那个纸包，报纸已经黄透，灯罩却完好无损。
我把它带回了城里，放在书架最上层。夜里关了灯，总觉得它还亮着。
""",
    ),
    dict(
        slug="community-cave-subsidy-notice-html",
        site="马家塬社区 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.majiayuan-sq.example.cn/gg/2025/0904/36.html",
        title="关于申报2025年窑洞加固改造补助的通知",
        record_title="【社区公告】关于申报2025年窑洞加固改造补助的通知",
        date="2025-09-04",
        notes="residents' site: the community's own 联系人/电话 beside the site's service line; a data table; a sentence telling residents to 下载 and 打印 the form kept",
        page="""
<html><head><meta charset="utf-8"><title>【社区公告】关于申报2025年窑洞加固改造补助的通知</title></head><body>
<div class="bar">⟦m 马家塬社区居民委员会⟧ ⟦m 邻里守望　幸福家园⟧</div>
<div class="nav">⟦m 社区首页 · 社区公告 · 办事指南 · 党群服务 · 居民议事⟧</div>
<h3>⟦t 【社区公告】关于申报2025年窑洞加固改造补助的通知⟧</h3>
<div class="by">⟦m 发布人：社区网格员　发布时间：2025-09-04　阅读 529⟧</div>
{BODY}
<div class="like">⟦l 👍 有用(41)　💬 留言(6)⟧</div>
<div class="foot">⟦m 社区服务站咨询：0913-2660158（周一至周五）⟧<br>⟦d 本网站由马家塬社区居委会维护⟧</div>
</body></html>
""",
        body="""
各位居民：
根据县住建局通知，今年继续实施窑洞加固改造补助，现将申报事项通知如下。
一、补助标准
类别　补助金额（元/孔）　申报条件
窑顶加固　6000　窑顶有裂缝或渗水
窑脸修缮　4000　窑脸风化、门窗破损
二、申报方式
请于9月25日前到社区服务站领取申请表，也可在社区公众号下载申请表自行打印，填好后连同户口本复印件交网格员。
三、联系方式
联系人：社区 马晓芸，电话：13709131462。
马家塬社区居民委员会
2025年9月4日
""",
    ),
    dict(
        slug="netdisk-cave-repair-guide-pdf",
        site="小蓝网盘 (invented)",
        style="网盘分享",
        genre="技术指南",
        kind="other",
        form="text",
        source="https://pan.xiaolan.example.com/s/1yQmR8cave",
        title="黄土窑洞加固修缮技术要点",
        record_title="黄土窑洞加固修缮技术要点.pdf",
        date="2025-03-18",
        notes="cloud-drive preview: file-name title, share/expiry lines, a save-to-drive prompt; a decimal-heading body; date under the signature",
        page="""
!m 小蓝网盘 | 文件分享
!m 分享者：乡建工作室　分享于 2025-06-02　有效期：永久
!t 黄土窑洞加固修缮技术要点.pdf
!a 保存到我的网盘　|　下载（1.1MB）
!m 预览模式 · 仅显示文字内容
{BODY}
!a 登录后可查看更多分享文件
!d 请勿通过网盘传播违法违规内容，举报电话见帮助中心
""",
        body="""
1 总则
1.1 本要点适用于黄土地区土窑洞和接口窑洞的加固修缮。
1.2 修缮前应由专业人员对窑洞进行安全评估，危险等级为D级的窑洞不得修缮后继续居住。
2 窑顶处理
2.1 窑顶覆土应平整压实，设置不小于百分之三的排水坡度。
2.2 窑顶裂缝宜采用灰土或水泥砂浆灌注，灌注后表面做防渗处理。
3 窑脸修缮
3.1 窑脸宜采用青砖或石材砌筑，与原窑体可靠连接。
塬梁县乡村建设技术服务站
2025年3月18日
""",
    ),
    dict(
        slug="hospital-cave-coal-stove-co-warning",
        site="塬梁县人民医院 (invented)",
        style="医院官网",
        genre="健康提示",
        kind="notice",
        form="html",
        source="https://www.ylxrmyy.example.com/jkkp/2025/1120/318.html",
        title="冬季窑洞取暖谨防一氧化碳中毒",
        record_title="冬季窑洞取暖谨防一氧化碳中毒_健康科普_塬梁县人民医院",
        date="2025-11-20",
        notes="hospital page: floating consult box, 预约挂号 hotline beside the emergency department's own number in the body, a health-account QR sentence kept",
        page="""
<html><head><meta charset="utf-8"><title>冬季窑洞取暖谨防一氧化碳中毒_健康科普_塬梁县人民医院</title></head><body>
<div class="top">⟦m 塬梁县人民医院　二级甲等综合医院⟧ ⟦a 预约挂号⟧ ⟦a 报告查询⟧</div>
<div class="nav">⟦m 医院概况 | 科室导航 | 专家介绍 | 就医指南 | 健康科普⟧</div>
<div class="crumb">⟦m 当前位置：首页 › 健康科普⟧</div>
<h1>⟦t 冬季窑洞取暖谨防一氧化碳中毒⟧</h1>
<div class="info">⟦m 来源：急诊科　发布日期：2025-11-20　浏览：884⟧</div>
{BODY}
<div class="float">⟦w 在线咨询 ⟧⟦w 预约挂号热线 0912-7230120⟧</div>
<div class="foot">⟦m 地址：塬梁县城关镇南大街109号⟧ ⟦d 本站健康科普内容仅供参考，不能替代医生诊疗⟧</div>
</body></html>
""",
        body="""
入冬以来，我院急诊科已接诊多名一氧化碳中毒患者，多数发生在使用煤炉取暖的窑洞内。
窑洞进深长、窗户小，煤炉燃烧不充分时产生的一氧化碳不易排出，夜间门窗紧闭时风险最高。
预防中毒要做到：煤炉必须安装烟筒并保持畅通，睡前封火要留通风缝隙，有条件的家庭安装一氧化碳报警器。
一旦发现家人头痛、头晕、恶心、嘴唇呈樱桃红色，应立即开窗通风，将患者移到空气新鲜处，并拨打120。
急诊科24小时值班电话：0912-7230999。扫描医院公众号二维码，可查看更多冬季防病知识。
""",
    ),
    dict(
        slug="download-cave-reinforce-scheme-doc",
        site="工程资料下载站 (invented)",
        style="资料下载站",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.gczlxz.example.com/soft/20251.html",
        title="窑洞加固工程施工组织方案",
        record_title="窑洞加固工程施工组织方案.doc",
        date=None,
        notes="download station text page: file-info lines, mirror links, a dead-link report, a software-environment line; template placeholder for the date",
        page="""
!m 工程资料下载站 · 施工方案 · 房建
!t 窑洞加固工程施工组织方案.doc
!m 资料大小：58 KB　资料语言：简体中文　更新时间：2025-02-17
!m 运行环境：Word/WPS　授权方式：免费
!a 【电信下载】　【联通下载】　【本地高速下载】
!m 资料简介：
{BODY}
!a 下载地址失效请点此报错
!l 相关资料：窑洞防渗处理施工工法　农村危房改造验收表
""",
        body="""
一、工程概况
本工程为××村窑洞加固工程，共计加固土窑洞××孔，主要内容为窑顶灌浆、窑腿加固、窑脸砌筑。
二、施工顺序
先排险后加固，先窑顶后窑脸，同一院落的窑洞由外向内依次施工。
三、安全措施
施工期间住户全部撤出，窑内设置临时支撑，雨天停止窑顶作业。
四、质量控制
每孔窑洞完工后由施工、监理和住户三方共同验收，并签字确认。
编制单位：××建筑工程有限公司
编制日期：××××年××月××日
""",
    ),
    dict(
        slug="mail-fwd-cave-census-attachment",
        site="塬梁县住建局邮箱 (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mail://yl-zjj.example.gov.cn/inbox/20250415-0031",
        title="关于开展全县窑洞普查的通知",
        record_title="转发：关于开展全县窑洞普查的通知",
        date="2025-04-14",
        date_also=["2025-04-15"],
        notes="forwarded mail: mail headers and a forwarding note as chrome, the notice's own 附件 list kept, mail client footer; the send date differs (also accepted)",
        page="""
!m 发件人：县住建局村镇股 <czg@yl-zjj.example.gov.cn>
!m 收件人：各乡镇规建办
!m 发送时间：2025年4月15日（星期二）上午9:12
!m 主　题：转发：关于开展全县窑洞普查的通知
!m 附　件：窑洞普查登记表.xlsx（1个）
!w 各位：请查收转发的通知，有问题随时电话联系。——村镇股 屈向东
!m ---------- 转发的邮件 ----------
{T}
{BODY}
!d 本邮件由政务邮箱系统发送，请勿直接回复
!a 回复　全部回复　转发　删除
""",
        body="""
各乡镇人民政府：
为全面掌握全县窑洞数量、结构和使用情况，经研究，决定开展全县窑洞普查。
一、普查内容包括窑洞位置、类型、建造年代、居住人数和安全状况。
二、普查工作于4月20日开始，5月31日前完成数据汇总。
三、各乡镇要明确一名分管领导和一名联络员，于4月18日前报县住建局。
附件：1.窑洞普查登记表
2.窑洞安全状况分级标准
塬梁县住房和城乡建设局
2025年4月14日
""",
    ),
]

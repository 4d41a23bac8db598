"""holdout370, part F: 百科问答, 网盘分享, 搜索快照, 打印页, 邮件转发. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="baike-zhiyuan-micrometer-entry-html",
        site="知源百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://baike.zhiyuan-wiki.cn/item/千分尺/20311",
        title="千分尺",
        record_title="千分尺（精密长度量具）_知源百科",
        date=None,
        notes="encyclopaedia entry: the entry name opens the body (the repeated title matched as head); 词条/修订/讨论区/历次版本 "
        "tabs, infobox, contents box, reference markers glued inside sentences, an edit link glued to a section heading; "
        "no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>千分尺（精密长度量具）_知源百科</title>
<link rel="stylesheet" href="//cdn.zhiyuan-wiki.cn/item.css">
<script src="//cdn.zhiyuan-wiki.cn/item.js"></script>
</head>
<body>
<div class="zy-top"><a>⟦m 知源百科⟧</a> <form><input><button>⟦a 进入词条⟧</button></form> <a>⟦a 创建词条⟧</a></div>
<div class="zy-tabs">⟦a 词条 ｜ 修订 ｜ 讨论区 ｜ 历次版本⟧</div>
<div class="zy-main">
<h1>{T}</h1>
<div class="zy-sub">⟦m 本词条由“机械工程专业委员会”参与审核⟧</div>
<div class="zy-info">⟦m 中文名：千分尺　外文名：micrometer　类别：长度测量器具　常用分度值：0.01 mm⟧</div>
<div class="zy-toc">⟦l 目录　1 结构　2 种类　3 使用方法　4 维护保养⟧</div>
<div class="zy-content">
{BODY}
</div>
<div class="zy-ref"><h3>⟦l 参考资料⟧</h3><p>⟦l [1] 《长度计量基础》第三章　[2] 外径千分尺检定规程⟧</p></div>
<div class="zy-stat">⟦m 词条浏览 12.6万　编辑 43 次　最近更新 2 周前⟧</div>
</div>
<div class="zy-foot">⟦d 知源百科词条由网友协作编辑，内容仅供参考。⟧ ⟦m ©2025 知源百科⟧</div>
<script>zyItem.init("20311");</script>
</body>
</html>
""",
        p_html='<div class="para">{}</div>',
        body="""
千分尺，又称螺旋测微器，是利用螺旋副原理对尺寸进行测量的精密量具，常用分度值为0.01毫米，广泛用于机械加工、计量检定和教学实验⟦l [1]⟧。
结构⟦a ✎修订此节⟧
千分尺主要由尺架、测砧、测微螺杆、固定套管、微分筒、测力装置和锁紧装置组成。固定套管上刻有毫米和半毫米刻线，微分筒圆周上刻有50等分刻线，微分筒每转一周，测微螺杆移动0.5毫米。
种类
按用途可分为外径千分尺、内径千分尺、深度千分尺、螺纹千分尺和公法线千分尺等；按读数方式可分为机械式和数显式两类。
使用方法
测量前应擦净测量面并校对零位。测量时先转动微分筒使测微螺杆接近工件，再转动测力装置，听到棘轮发出声响后停止，然后读数。读数等于固定套管上露出的刻线值加上微分筒上对准基准线的格数乘以0.01毫米⟦l [2]⟧。
维护保养
千分尺应避免摔碰和接触腐蚀性物质，用毕擦净，在测量面涂防锈油后放入盒内，并按规定周期送计量机构检定。
""",
    ),
    dict(
        slug="baike-nongzhi-area-meter-entry-text",
        site="农知百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="https://www.nongzhibaike.com/ct/ceyaiyi.html",
        title="测亩仪",
        record_title="测亩仪（农业测量仪器）·农知百科词条",
        date=None,
        notes="encyclopaedia entry in text: the entry name opens the body (head match); infobox and contents lines, an edit "
        "prompt between sections; no date (an update stamp is relative)",
        page="""
!m 农知百科 · 种养殖与农机知识库
!a 编辑　｜　讨论　｜　收藏词条
{T}
!m 别名：GPS测亩仪　所属类别：农业测量仪器　定位方式：北斗/GPS
!l 目录：工作原理 · 主要类型 · 影响精度的因素 · 使用注意事项
{BODY}
!m 本词条最近更新于 4 天前　·　贡献者 17 人
!l 相关词条：收割机　土地确权　北斗导航农机
!d 词条内容由用户共同编辑，如有疏漏欢迎指正。
""",
        body="""
测亩仪是一种利用卫星定位测量土地面积的便携式仪器，又称GPS测亩仪、土地面积测量仪，主要用于农田面积测量、农机作业计量和土地承包管理。
工作原理
测亩仪通过接收北斗、GPS等卫星定位信号，实时记录使用者沿地块边界行走或农机沿地块作业时的位置坐标，闭合后按多边形面积公式计算出地块面积，并可显示周长和测量轨迹。
主要类型
按使用方式可分为手持式和车载式。手持式由测量人员拿着仪器沿地边绕行；车载式安装在收割机、旋耕机等农机上，可按作业轨迹计算作业面积。
⟦a 你了解更多型号？点此补充本段⟧
影响精度的因素
测量精度受卫星信号、行走路线和操作方法影响。树木、房屋遮挡会使定位漂移；绕行时偏离地块边界、拐点未停稳，都会造成面积偏差。因此，用于计费结算的测亩仪应定期校准。
使用注意事项
开机后应等待定位稳定再开始测量；沿地块边界匀速行走，拐点处稍作停留；测量结束应回到起点闭合；雨天和信号较差时不宜测量。
""",
    ),
    dict(
        slug="netdisk-zhanqiao-spikes-test-procedure-html",
        site="栈桥网盘 (invented cloud drive, share preview)",
        style="网盘分享",
        genre="检验规程",
        kind="other",
        form="html",
        source="https://pan.zhanqiao.cn/s/1Qm7dKp2VxZr",
        title="登杆脚扣定期检验规程",
        record_title="登杆脚扣定期检验规程（班组版）｜栈桥网盘 · 分享文件",
        date=None,
        notes="cloud-drive preview: save/download buttons, super-member speed prompts, share stamp (relative), validity line; "
        "a procedure with no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>登杆脚扣定期检验规程（班组版）｜栈桥网盘 · 分享文件</title>
<link rel="stylesheet" href="https://pan.zhanqiao.cn/static/share.css">
<script src="https://pan.zhanqiao.cn/static/preview.js"></script>
</head>
<body>
<div class="yx-head"><span>⟦m 栈桥网盘 · 你的文件随身匣⟧</span> <a>⟦a 登录栈桥⟧</a></div>
<div class="yx-share">
<h2>{T}</h2>
<p class="yx-from">⟦m 分享者：电力班组资料站　分享于 6 天前　有效期：永久⟧</p>
<p class="yx-size">⟦m 文件大小：86.4KB　｜　类型：DOCX 文档⟧</p>
<div class="yx-btns">⟦a 保存到我的栈桥⟧ ⟦a 普通下载⟧ ⟦a 开通超级会员 极速下载⟧</div>
<div class="yx-preview">
{BODY}
</div>
<div class="yx-limit">⟦a 在线预览仅显示前 2 页，保存后可查看全部⟧</div>
</div>
<div class="yx-foot">⟦d 请勿通过栈桥分享侵权或违法文件，一经发现将取消分享。⟧ ⟦a 举报该分享⟧</div>
<script>preview.render("1Qm7dKp2VxZr");</script>
</body>
</html>
""",
        body="""
一、检验周期
脚扣每半年进行一次静负荷试验，每次使用前进行外观检查和人体冲击试验。新购脚扣使用前应进行一次静负荷试验。
二、外观检查
（一）金属部分无裂纹、开焊、变形和严重锈蚀。
（二）防滑橡胶完整，无老化、龟裂和脱落。
（三）脚扣带完好，无霉变、裂缝，扣环开闭灵活。
（四）小爪活动灵活，弹簧有效。
三、静负荷试验
将脚扣扣在试验杆上，施加1176牛顿静拉力，持续5分钟，卸载后检查，无变形、无裂纹为合格。
⟦a 超级会员可在线编辑此文档并另存为PDF⟧
四、人体冲击试验
登杆前，在杆根离地面约0.5米处，将脚扣扣在杆上，单脚站上用力向下冲击，脚扣无下滑、无变形方可使用。
五、检验记录
静负荷试验结果填入试验记录表，合格的脚扣粘贴试验合格标签，注明试验日期和下次试验日期；不合格的立即报废并做破坏性处理，防止误用。
""",
    ),
    dict(
        slug="netdisk-baibaopan-micrometer-instruction-pdf-markers",
        site="百宝盘 (invented cloud drive, text preview)",
        style="网盘分享",
        genre="作业指导书",
        kind="other",
        form="text",
        source="https://www.baibaopan.net/share/p/Hk82xQ",
        title="外径千分尺测量作业指导书",
        record_title="外径千分尺测量作业指导书（A版）.pdf",
        date=None,
        notes="file-name record title; a text preview cut by page markers on lines of their own; decimal headings 1–4.3; no "
        "date (a share stamp is relative)",
        page="""
!m 百宝盘 · 文件预览
!m 分享人：精工质检部　｜　分享于 2 周前　｜　PDF　214KB
{T}
!a 保存到百宝盘　　下载（非会员限速 100KB/s）
{BODY}
!a 预览结束：本文件共 4 页，保存后查看完整内容
!d 百宝盘不对用户分享的文件内容负责，如涉侵权请联系 jubao@baibaopan.net
""",
        pages=dict(fmt="⛚ {n} ⛚", every=150, start=2),
        body="""
1 目的
规范外径千分尺的使用方法，保证产品尺寸测量结果准确。
2 适用范围
适用于机加工车间和质检部使用0—25毫米至75—100毫米外径千分尺进行的尺寸测量。
3 测量步骤
3.1 检查千分尺在检定有效期内，外观无损伤，微分筒转动灵活。
3.2 用干净的软布擦净测砧和测微螺杆测量面，必要时用标准量杆校对零位。
3.3 将工件置于两测量面之间，转动微分筒使测量面接近工件，再转动测力装置，听到两到三声棘轮声后停止。
3.4 读数时视线应与刻线垂直，先读固定套管上的毫米和半毫米数，再读微分筒上的格数，估读到0.001毫米。
3.5 同一部位测量三次，取平均值记入检验记录。
4 注意事项
4.1 不得测量运动中的工件或温度过高的工件。
4.2 不得用千分尺测量毛坯表面。
4.3 使用后擦净，测量面间留出0.1至0.2毫米间隙，放入盒内保存。
""",
    ),
    dict(
        slug="snapshot-qianwang-falling-objects-bucket-html",
        site="潜望搜索网页快照 (invented search cache)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="https://cache.qianwangsousuo.com/c?u=http%3A%2F%2Fzjj.jishan.gov.cn%2Ftzgg%2F20250415%2F661.html",
        title="关于开展建筑工地高处抛物及物料坠落专项整治的通知",
        record_title="关于开展建筑工地高处抛物及物料坠落专项整治的通知 - 稽山县住建局 · 潜望快照",
        date="2025-04-15",
        notes="search-cache frame: a capture banner with a year-less capture stamp, highlighted search terms, the cached "
        "portal's own chrome; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>关于开展建筑工地高处抛物及物料坠落专项整治的通知 - 稽山县住建局 · 潜望快照</title>
<base href="http://zjj.jishan.gov.cn/tzgg/20250415/661.html">
<script src="https://cache.qianwangsousuo.com/hl.js"></script>
</head>
<body>
<div class="xj-cache" style="border:1px solid #999;background:#FFFDE8">
<p>⟦d 您看到的是潜望搜索于 5 月 3 日保存的网页快照，原网页可能已经变化。⟧</p>
<p>⟦m 以下词语已高亮：灰桶　高处　专项整治⟧　<a>⟦a 查看原网页⟧</a></p>
</div>
<div class="zjj-head">⟦m 稽山县住房和城乡建设局⟧</div>
<div class="zjj-nav">⟦m 首页　机构职能　通知公告　建筑市场　质量安全　办事指南⟧</div>
<div class="zjj-art">
<h2>{T}</h2>
<div class="zjj-meta">⟦m 来源：建筑安全监督站　点击：271⟧</div>
<div class="zjj-text">
{BODY}
</div>
</div>
<div class="zjj-foot">⟦m 稽山县住房和城乡建设局　地址：稽山县城关镇政通路12号　联系电话：0857-6215100⟧</div>
<script>hl(["灰桶","高处","专项整治"]);</script>
</body>
</html>
""",
        body="""
各建筑施工企业、监理单位，各项目部：
近期，我县部分在建工地接连发生灰桶、砖块、钢管等物料从高处坠落的险情。为有效防范物体打击事故，县住建局决定自即日起至6月30日，在全县房屋建筑和市政工程工地开展高处抛物及物料坠落专项整治。现将有关事项通知如下。
一、整治重点：从楼层、脚手架向下抛掷灰桶、建筑垃圾和工具；灰桶、砖块等物料堆放在脚手板边缘和临边部位；垂直运输设备超载或物料未捆扎牢固。
二、工作措施：各项目部要在脚手架内侧设置灰桶挂钩或物料平台，建筑垃圾一律装袋经施工电梯或井架运送；监理单位每周开展一次专项巡查。
三、处理措施：对整治期间发现的问题，责令限期整改；对抛掷物料的人员，由施工企业清退出场；造成后果的，依法追究责任。
各单位请于6月30日前将整治情况报县建筑安全监督站。
稽山县住房和城乡建设局
2025年4月15日
""",
    ),
    dict(
        slug="snapshot-zhuwang-letter-arrester-oneline-text",
        site="蛛网搜索文字快照 (invented text-only cache)",
        style="搜索快照",
        genre="函",
        kind="letter",
        form="text",
        source="https://kuaizhao.zhuwangsousuo.com/text?u=http://www.dcgdgs.com.cn/gsgg/20251104/1632.html",
        title="关于商请协助开展速差器抽样检验的函",
        date="2025-11-04",
        date_also=["2025-11-05"],
        notes="record title as is; a text-only cache with the letter's body on one line; capture stamp without a year; the "
        "letter's own 联系人/电话 beside the company's switchboard; 成文日期 vs the cached page's 发布 date",
        page="""
!m 蛛网搜索 › 文字快照
!d 本页为蛛网搜索于 11 月 9 日抓取的纯文字版本，原网页可能已删除或修改。
!m 原网址：http://www.dcgdgs.com.cn/gsgg/20251104/1632.html
{T}
!m 犊川县供电公司 ｜ 公司公告 ｜ 发布：2025-11-05
{BODY}
!l 相关公告：关于开展冬季安全生产大检查的通知
!m 犊川县供电公司 版权所有　总机：0857-6350000
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
迦陵市特种劳动防护用品检验站：
为落实冬季安全生产大检查工作要求，我公司拟对各施工班组在用的速差器开展抽样检验，以全面掌握在用防坠落器具的质量状况。因我公司不具备相应检验条件，特商请贵站给予技术支持。
一、检验范围：我公司在用的AD-30、GS-20两种型号速差器，拟按型号各抽取10台，共20台。
二、检验项目：锁止距离、静载荷、安全绳强度及自动回收功能。
三、时间安排：拟于11月中旬将样品送至贵站，检验费用由我公司承担。
盼予支持为感。
联系人：犊川县供电公司安监部　谷雨晴　电话：0857-6350412
犊川县供电公司
2025年11月4日
""",
    ),
    dict(
        slug="print-jishan-calibration-bulletin-area-meter-html",
        site="稽山县市场监督管理局网站·打印视图 (invented)",
        style="打印页",
        genre="通报",
        kind="notice",
        form="html",
        source="http://scjg.jishan.gov.cn/print.jsp?id=20250918-3",
        title="关于秋收期间测亩仪集中校准结果的通报",
        record_title="打印本页 ‣ 关于秋收期间测亩仪集中校准结果的通报 ‣ 稽山县市场监管局",
        date="2025-09-18",
        notes="print view calling window.print(): print/close buttons, the page URL and a print stamp (no date), closed by a "
        "print footer; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>打印本页 ‣ 关于秋收期间测亩仪集中校准结果的通报 ‣ 稽山县市场监管局</title>
<style>@media print{.noprint{display:none}}</style>
<script>window.onload=function(){window.print();};</script>
</head>
<body>
<div class="noprint">⟦a 【立即打印】 【关闭窗口】⟧</div>
<div class="print-head">⟦m 稽山县市场监督管理局⟧</div>
<h2 align="center">{T}</h2>
<div class="print-body">
{BODY}
</div>
<hr>
<div class="print-url">⟦m 本页网址：http://scjg.jishan.gov.cn/zwgk/tzgg/20250918/1107.html⟧</div>
<div class="print-time">⟦m 打印于 2025/10/3 9:12⟧</div>
<div class="print-foot" align="center">⟦p ⬍ 第 1 / 1 页 ⬍⟧</div>
</body>
</html>
""",
        body="""
各乡镇人民政府，县农业农村局：
8月20日至9月10日，县市场监管局会同县农业农村局，对全县秋收作业使用的测亩仪开展了集中校准。现将校准结果通报如下。
一、校准总体情况
共校准测亩仪386台，其中本地机手237台、跨区作业机手149台。校准合格352台，合格率91.2%；经调试后复校合格21台；仍不合格13台，已告知机手停止用于计费作业。
二、主要问题
一是部分测亩仪长期未校准，定位模块老化，测量误差在3%以上；二是个别机手擅自修改仪器面积换算参数，造成面积虚高；三是部分跨区作业的测亩仪无产品合格证和使用说明。
三、下一步工作
对擅自修改参数的2名机手，县市场监管局已依法立案调查。各乡镇要督促作业机手使用已校准的测亩仪，农户发现测亩仪无校准标签的，可拒绝按其读数结算。
稽山县市场监督管理局
2025年9月18日
""",
    ),
    dict(
        slug="print-xiaodong-spring-inspection-spikes-text",
        site="硝洞供电所办公系统·打印稿 (invented)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="text",
        source="http://oa.xdgds.local/print/tz/2025-0303",
        title="关于开展登杆工器具春季集中检验的通知",
        record_title="【所内传阅·打印件】关于开展登杆工器具春季集中检验的通知（所内传阅）",
        date="2025-03-03",
        notes="print view in text: print/back buttons, a printer line, closed by a print footer; 成文日期 under the signature",
        page="""
!a 〔打印〕　〔返回〕
!m 硝洞供电所 · 所内通知
{T}
{BODY}
!m 打印人：综合班　打印时间：昨天 16:42
!p ⫢ 第 1 页（共 1 页）⫢
""",
        body="""
各班组：
为确保春季检修和农网改造期间登杆作业安全，所里决定于3月10日至3月14日对全所登杆工器具开展春季集中检验。现将有关事项通知如下。
一、检验范围：全所在用的脚扣、登高板、安全带、后备保护绳和速差器。
二、检验内容：脚扣进行外观检查和静负荷试验；安全带、保护绳进行外观检查和静拉力试验。
三、时间安排：3月10日至11日，线路一班、二班送检；3月12日至13日，营业班、抢修班送检；3月14日集中复检。
四、有关要求：各班组长于3月7日前将在用登杆工器具清单报安全员；检验不合格的脚扣当场报废，由安全员统一回收销毁，严禁私自留用；检验期间需登杆作业的，使用所里备用的合格脚扣。
硝洞供电所
2025年3月3日
""",
    ),
    dict(
        slug="mail-jlzj-order-letter-micrometer-html",
        site="迦陵市职业教育中心邮箱·网页版 (invented webmail)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.jlzjzx.edu.cn/read?mid=ZL20251010-0926",
        title="关于订购外径千分尺的函",
        record_title="转发：关于订购外径千分尺的函【请物资科跟进报价】",
        date="2025-10-09",
        date_also=["2025-10-10"],
        notes="webmail reading view: a forwarded header with its own 抄送, an attachment bar beside the letter's own 附件 "
        "list and 抄送 line; an items table; the letter's 联系人/电话/邮箱; 成文日期 vs the send date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>转发：关于订购外径千分尺的函【请物资科跟进报价】 - 迦陵市职业教育中心邮箱</title>
<link rel="stylesheet" href="/webmail/skin/read.css">
<script src="/webmail/js/read.js"></script>
</head>
<body>
<div class="wm-top">⟦m 迦陵市职业教育中心邮箱⟧ ⟦m wuzike@jlzjzx.edu.cn⟧ ⟦a 退出⟧</div>
<div class="wm-tool">⟦a 回复　全部回复　转发　删除　标记为未读⟧</div>
<div class="wm-read">
<h2>{T}</h2>
<table class="wm-hd">
<tr><td>⟦m 发件人：柯蓓 &lt;kebei@jlzjzx.edu.cn&gt;⟧</td></tr>
<tr><td>⟦m 收件人：物资科 &lt;wuzike@jlzjzx.edu.cn&gt;⟧</td></tr>
<tr><td>⟦m 抄送：财务处 &lt;caiwu@jlzjzx.edu.cn&gt;⟧</td></tr>
<tr><td>⟦m 时间：2025年10月10日（星期五）上午9:26⟧</td></tr>
</table>
<div class="wm-fwd">⟦m ---------- 以下为转发的原函 ----------⟧</div>
<div class="wm-body">
{BODY}
</div>
<div class="wm-att">⟦a 附件（2 个）：量具需求明细表.xlsx 36KB　供货质量要求.pdf 112KB　打包下载⟧</div>
</div>
<div class="wm-foot">⟦m 迦陵市职业教育中心信息中心 提供技术支持⟧</div>
<script>read.init("ZL20251010-0926");</script>
</body>
</html>
""",
        body="""
迦陵市衡度量具有限公司：
我中心机电专业实训基地扩建工程已完工，需新增一批外径千分尺用于学生实训。经比较，拟向贵公司订购以下量具：
品名　规格　数量
外径千分尺　0—25毫米，分度值0.01毫米　80把
外径千分尺　25—50毫米，分度值0.01毫米　40把
千分尺校对量杆　25毫米、50毫米　各10支
请贵公司于10月20日前将加盖公章的报价单和产品检定证书复印件回传我中心，我中心确认后签订合同。
联系人：实训处　柯蓓　电话：0859-3471208　邮箱：kebei@jlzjzx.edu.cn
附件：1．实训基地量具需求明细表
2．供货质量要求
迦陵市职业教育中心
2025年10月9日
抄送：中心财务处
""",
    ),
    dict(
        slug="mail-jsjg-loss-report-bucket-docx-text",
        site="稽山建工集团企业邮箱 (invented, forwarded mail as text)",
        style="邮件转发",
        genre="报告",
        kind="report",
        form="text",
        source="mailto:wuzibu@jsjg-group.cn?msg=20250708-1620",
        title="关于二季度灰桶等小型工具损耗情况的报告",
        record_title="转发：关于二季度灰桶等小型工具损耗情况的报告.docx",
        date="2025-07-07",
        date_also=["2025-07-08"],
        notes="forwarded mail in text: the subject as a file name; mail headers, a forward separator, an attachment line and "
        "a confidentiality notice; 成文日期 under the signature vs the send date",
        page="""
!m 发件人: "项目部资料员 尹小丹" <yinxd@jsjg-group.cn>
!m 发送时间: 2025年7月8日 星期二 16:20
!m 收件人: 物资部 <wuzibu@jsjg-group.cn>
!t 主题: 转发：关于二季度灰桶等小型工具损耗情况的报告.docx
!m ---- 以下为转发内容（原文见附件） ----
{BODY}
!m 附件：二季度工具损耗明细表.xlsx（18 KB）
!d 此邮件由稽山建工集团邮件系统发送，如您不是指定收件人，请立即删除。
!a 回复 | 全部回复 | 转发 | 删除
""",
        body="""
集团物资部：
现将歧河安置房三期项目二季度灰桶等小型工具损耗情况报告如下。
一、损耗情况
二季度项目共领用灰桶420只，期末清点在用186只，损坏报废201只，丢失33只，损耗率55.7%，比一季度上升12个百分点。
二、原因分析
一是抹灰、砌筑作业集中，灰桶周转频繁；二是部分班组收工后不清洗灰桶，灰浆结块后用铁锤敲打，造成桶体开裂；三是个别工人将灰桶带离工地挪作他用。
三、整改措施
一是实行灰桶班组定额管理，按班组人数核定数量，超额领用由班组承担费用；二是在每层设置灰桶清洗点，收工前统一清洗；三是采购加厚耐敲击灰桶，提高使用寿命。
特此报告。
歧河安置房三期项目部
2025年7月7日
""",
    ),
]

"""holdout237, part A: 范文 sites, 文库 previews, sharing pages, 范文 apps, download stations and a
cloud drive. Every page, site, place, person and number is invented; see ../README.md and
../build.py for the markup."""

CASES = [
    dict(
        slug="fanwen-mogeng-speech-insulating-gloves-table-layout",
        site="墨耕范文网 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.mogeng8.com/jianghua/anquan/2024/0611/51873.html",
        title="在供电所“安全生产月”启动会上的讲话",
        record_title="【安全讲话】在供电所“安全生产月”启动会上的讲话（优选2篇）_墨耕范文网",
        date="2024-06-03",
        date_also=["2024-06-11"],
        notes="old table layout with a marquee, a 字号 row, a floating ghost-writer box and a visitor counter; "
        "date under the speech title, the site's posting date differs; a ghost-writer line between paragraphs, "
        "a collect link glued after a sentence; speaker line neutral",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【安全讲话】在供电所“安全生产月”启动会上的讲话（优选2篇）_墨耕范文网</title>
<link href="/skin/css/main.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/top_ad.js"></script>
</head>
<body topmargin="0" leftmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="300"><img src="/skin/logo.gif" alt="logo">⟦m 墨耕范文网　耕读写作 下笔有神⟧</td>
<td align="right"><a href="#">⟦a 设为浏览器主页⟧</a> | <a href="#">⟦a 加入书签栏⟧</a> | <a href="/sitemap.html">⟦m 网站地图⟧</a></td></tr>
<tr><td colspan="2" class="nav"><a href="/">⟦m 网站首页⟧</a> <a href="/jianghua/">⟦m 讲话致辞⟧</a> <a href="/zongjie/">⟦m 工作总结⟧</a> <a href="/jihua/">⟦m 计划方案⟧</a> <a href="/xinde/">⟦m 心得体会⟧</a></td></tr>
<tr><td colspan="2"><marquee scrollamount="3">⟦d 墨耕范文网郑重提醒：范文只作写作参照，引用前请结合本单位实际改写⟧</marquee></td></tr>
</table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="700" valign="top">
<table width="100%" border="0" cellpadding="4" cellspacing="0">
<tr><td class="crumb">⟦m 您所在位置：墨耕范文网 &gt;&gt; 讲话致辞 &gt;&gt; 安全生产讲话稿⟧</td></tr>
<tr><td align="center"><h1>{T}</h1></td></tr>
<tr><td align="center" class="info">⟦m 发布时间：2024-06-11　来源：会员投稿　浏览：1738次⟧</td></tr>
<tr><td align="center">⟦a 〖字号调节：特大 大 中 小〗⟧</td></tr>
<tr><td class="content">
<p align="center">（2024年6月3日）</p>
<p align="center">所长　甄立群</p>
{BODY}
</td></tr>
<tr><td><a href="/down/51873.html">⟦a 点此获取本篇Word原稿⟧</a></td></tr>
<tr><td>⟦l 上一篇：供电所安全生产月活动总结⟧<br>⟦l 下一篇：在电力抢修队誓师大会上的讲话⟧</td></tr>
</table>
</td>
<td width="260" valign="top">
<table width="100%" border="0" cellpadding="3" cellspacing="0">
<tr><td class="tt">⟦l 本栏热文排行⟧</td></tr>
<tr><td>⟦l 1. 班组安全日活动讲话稿⟧</td></tr>
<tr><td>⟦l 2. 春检工作动员会讲话要点⟧</td></tr>
<tr><td>⟦l 3. 配电运维班年度安全承诺书⟧</td></tr>
</table>
</td></tr>
</table>
<div id="floatqq" style="position:fixed;right:0;top:200px">⟦w 代拟讲话稿　资深笔杆在线　QQ：3108 4526 07⟧</div>
<table width="960" border="0" align="center"><tr><td align="center" class="foot">
⟦d 本站文章均来自会员投稿及网络收集，若涉及版权请致函删除⟧<br>
⟦m Copyright 2009-2024 mogeng8.com All Rights Reserved　湘ICP备10047735号⟧<br>
⟦m 您是本站第 0418273 位访客⟧
</td></tr></table>
</body>
</html>
""",
        body="""
同志们：
今天我们召开“安全生产月”启动会，主要是动员全所上下把安全这根弦再绷紧一些。下面我讲三点。
一、把绝缘手套当成第二层皮肤。上个月在堍桥台区抢修时，有一名同志嫌戴手套不方便操作，徒手去扶低压引线，幸亏监护人及时喝止。绝缘手套不是摆设，每次使用前都要做充气检查，看有没有漏气、裂纹和粘连。⟦a 【收进我的文件夹】⟧
⟦w 写讲话稿没思路？一对一代笔，加微信 mogeng_8821 备注“讲话”⟧
二、把试验周期记在心上。带电作业用的绝缘手套每半年必须送检一次，试验合格证贴在存放柜门内侧，过期一天也不准领用。工器具管理员要建立台账，月底前把全所四十六副手套逐一核对。
三、把监护责任落到人头。工作负责人要当面检查每名作业人员的手套、袖套和绝缘鞋，没戴齐的一律不许上杆。
同志们，安全没有旁观者。希望大家从今天做起，从戴好一副手套做起，确保全年不发生一起人身触电事故。
""",
    ),
    dict(
        slug="fanwen-wennang-summary-glasses-case-workshop",
        site="文囊网 (invented)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.wennang.cn/zongjie/chejian/2024/91372.html",
        title="眼镜盒注塑车间2023年度工作总结",
        record_title="眼镜盒注塑车间2023年度工作总结-文囊网-车间总结",
        date="2024-01-06",
        notes="title repeated and glued to the first sentence; a copy button between paragraphs; upload stamp "
        "with a relative time is no date; 成文日期 under the signature",
        page="""
!m 文囊网 · 范文随取随用
!m 首页 > 年终总结 > 车间班组总结
!t 眼镜盒注塑车间2023年度工作总结-文囊网-车间总结
!m 分类：车间总结｜上传：3 天前｜浏览 96 次
!a 〔复制〕〔存为Word〕〔发送到手机〕
{T}{BODY}
!w 文囊写作工作室承接总结、汇报、讲话稿定制，QQ 2716058933
!l 同类推荐：注塑班组长年终总结　|　包装车间年度工作总结　|　品质部年度质量总结
!d 文囊网所载范文由用户上传，仅供参考，转载请注明出处。
!m 文囊网 wennang.cn　苏ICP备20083316号-1
""",
        indent="\u3000\u3000",
        body="""
2023年，注塑车间在厂部的领导下，围绕“提质量、降损耗、保交期”的目标，全年生产各类眼镜盒186万只，完成年度计划的104%。现将主要工作总结如下。
一、质量管控更严。针对铰链松动、盒盖合不严等老问题，车间重新制定首件检验和巡检制度，每两小时抽检一次开合力，全年客户退货率由1.8%降至0.6%。
二、材料损耗更低。推行水口料分色回收，PP料损耗率下降2.3个百分点，全年节约原料约41吨。
⟦a 【一键拷贝本段】⟧
三、交期保障更稳。旺季实行两班倒，新增两台自动贴绒机，外贸订单按期交付率达到99%。
存在的问题：一是老旧模具维修频繁；二是新员工流动较大，贴绒工序熟练工不足。2024年，车间将完成六套模具更新，开展“师带徒”培训，力争把次品率控制在0.5%以内。
笱溪县明视眼镜盒厂注塑车间
2024年1月6日
""",
    ),
    dict(
        slug="wenku-qiawen-research-protective-suits-marker-paragraphs",
        site="洽闻文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://wenku.qiawen.net/view/7f3a92c1e0d4.html",
        title="关于基层医疗机构防护服储备情况的调研报告",
        record_title="关于基层医疗机构防护服储备情况的调研报告 - 洽闻文库",
        date="2024-04-18",
        notes="文库 reader: viewer toolbar, page-marker paragraphs (⧮ n ⧮) between the halves of cut paragraphs, "
        "a monthly-card lock; upload stamp is no date; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>关于基层医疗机构防护服储备情况的调研报告 - 洽闻文库</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="//static.qiawen.net/wk/reader.8c1f.css">
<script src="//static.qiawen.net/wk/reader.8c1f.js" defer></script>
</head>
<body>
<header class="wk-top">
<a class="logo" href="/">⟦m 洽闻文库⟧</a>
<nav><a href="/cat/report">⟦m 报告总结⟧</a><a href="/cat/plan">⟦m 计划方案⟧</a><a href="/cat/edu">⟦m 教育资料⟧</a></nav>
<a class="vip" href="/vip">⟦a 开月卡　全站文档随心下⟧</a>
<a class="login" href="/passport">⟦a 登录｜注册新账号⟧</a>
</header>
<main class="reader">
<div class="doc-head">
<h1>{T}</h1>
<p class="doc-meta">⟦m 贡献者：wk_用户5208　上传于2024-05-02　共4页　2968字⟧</p>
<div class="toolbar">⟦a 放大　缩小　全屏阅读　⟧<span>⟦a 收藏⟧</span><span>⟦a 举报⟧</span></div>
</div>
<div class="doc-pages">
{BODY}
</div>
<div class="lock">⟦a 还有1页未读，开通月卡即可查看全文并下载⟧</div>
<div class="btns"><button>⟦a 下载文档（6下载券）⟧</button><button>⟦a 加入我的文库⟧</button></div>
</main>
<aside class="rel">
<h3>⟦l 读过此篇的人也在读⟧</h3>
<ul>
<li>⟦l 乡镇卫生院应急物资管理制度⟧</li>
<li>⟦l 医疗机构感染防控督查情况通报⟧</li>
<li>⟦l 县域医共体建设调研报告⟧</li>
</ul>
</aside>
<footer class="wk-ft">
<p>⟦d 洽闻文库文档均由用户上传，平台不对内容的准确性负责，侵权投诉请走申诉通道⟧</p>
<p>⟦m © 2024 qiawen.net　浙ICP备21043928号-2⟧</p>
</footer>
</body>
</html>
""",
        p_html='<p class="pg-txt">{}</p>',
        pages=dict(fmt="⧮ {n} ⧮", every=100, start=2),
        body="""
为掌握全县基层医疗机构防护服储备和使用情况，县卫生健康局组成调研组，于3月中旬走访了11家乡镇卫生院和2家社区卫生服务中心。现将有关情况报告如下。
一、基本情况。13家机构共储备医用一次性防护服4260套，按日常消耗测算可满足约45天使用，其中堍桥、垵口两家卫生院储备量低于规定标准。
二、存在问题。一是储存条件不达标，有4家机构将防护服堆放在潮湿的地下室；二是轮换机制不健全，部分批次已临近有效期仍未调拨使用；三是穿脱培训流于形式，抽查的26名医务人员中有7人脱卸顺序错误。
三、意见建议。建立县级统一调配台账，临近失效期六个月的防护服优先调往发热门诊使用；每季度开展一次穿脱实操考核，考核结果纳入科室绩效。
罶川县卫生健康局调研组
2024年4月18日
""",
    ),
    dict(
        slug="wenku-shiye-plan-fishing-nets-wrapped-glued-markers",
        site="拾页文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.shiyewenku.com/p-60418273.html",
        title="滘江县罶溪水库废弃渔网清理工作方案",
        record_title="滘江县罶溪水库废弃渔网清理工作方案.docx",
        date="2024-03-20",
        notes="file-name record title; text hard-wrapped at 62 columns and cut by page markers ⥼n⥽ glued to the "
        "continuation line; 成文日期 in Chinese numerals",
        page="""
!m 拾页文库 · 文档在线预览
!t 滘江县罶溪水库废弃渔网清理工作方案.docx
!m 页数：4页　　大小：27KB　　格式：DOCX　　上传者：滘水闲人
!a ☆收藏　　⤓下载（5下载券）　　✎纠错
{T}
{BODY}
!a 本文档预览到此为止，开通月卡可下载源文件
!l 相关文档：水库库区网箱清理整治方案　|　河湖“清四乱”专项行动实施方案
!d 拾页文库仅提供信息存储空间，文档内容由上传者负责。
!m 拾页文库　shiyewenku.com　闽ICP备19027731号
""",
        wrap=62,
        indent="\u3000\u3000",
        pages=dict(fmt="⥼{n}⥽", every=110, start=2, glue=True),
        body="""
为彻底清除罶溪水库库区内遗留的废弃渔网，消除对水生生物和水质的危害，结合我县实际，制定本方案。
一、工作目标。2024年4月底前，完成库区及入库河道废弃渔网、地笼的全面清理，做到应清尽清、不留死角。
二、责任分工。县农业农村局负责组织打捞和统计，县水利局提供船只和安全保障，垵口、埒头两镇负责沿岸巡查和群众宣传。
三、工作步骤。（一）摸底排查阶段（3月25日至3月31日），划定六个清理片区，逐片登记渔网位置；（二）集中清理阶段（4月1日至4月25日），每日组织不少于三条作业船打捞；（三）验收巩固阶段（4月26日至4月30日），由县级联合验收组抽查。
四、工作要求。清理出的渔网统一运至垵口码头集中处置，严禁就地焚烧或二次丢弃；对清理后又违规布网的，依法予以查处。
滘江县农业农村局
二〇二四年三月二十日
""",
    ),
    dict(
        slug="docshare-huixiang-contract-template-glasses-cases-doc",
        site="荟享文档 (invented)",
        style="文档分享",
        genre="合同范本",
        kind="other",
        form="html",
        source="https://www.huixiangdoc.com/doc/3361920.html",
        title="眼镜盒定制采购合同",
        title_also=["眼镜盒定制采购合同（范本）"],
        record_title="眼镜盒定制采购合同（范本）.doc",
        date=None,
        notes="file-name record title; a contract template with ×× placeholders, ＿＿ blanks and "
        "＿＿年＿＿月＿＿日, 第N条; upload notice, points lock and a service WeChat; no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>眼镜盒定制采购合同（范本）.doc - 荟享文档</title>
<script>window.__DOC__={id:3361920,pages:2};</script>
</head>
<body>
<div class="top-bar">
<span class="brand">⟦m 荟享文档 · 好文档一起分享⟧</span>
<a href="/upload">⟦a 上传赚积分⟧</a> <a href="/login">⟦a 登录⟧</a>
</div>
<div class="path">⟦m 荟享文档 › 合同协议 › 采购合同⟧</div>
<div class="doc">
<div class="doc-title"><img src="/ico/doc.png" alt="">⟦t 眼镜盒定制采购合同（范本）.doc⟧</div>
<div class="doc-stat">⟦m 2页　｜　1.2万次阅读　｜　386次下载　｜　分享者：镜界小徐⟧</div>
<div class="doc-body">
<h2>{T}</h2>
{BODY}
</div>
<div class="points-lock">⟦a 下载本文档需消耗8积分，积分不足可购买⟧</div>
<div class="upload-note">⟦d 本文档由分享者上传至荟享文档，其内容与观点不代表本站立场，如有侵权请联系站务处理⟧</div>
</div>
<div class="side">
<p>⟦l 猜你还想找⟧</p>
<p>⟦l 包装盒委托加工协议⟧</p>
<p>⟦l 礼品定制采购合同模板⟧</p>
<p>⟦w 找合同模板？站务微信 hxwd_kefu06 在线帮你找⟧</p>
</div>
<div class="foot">⟦m 荟享文档 huixiangdoc.com　粤ICP备22019406号⟧</div>
</body>
</html>
""",
        body="""
甲方（采购方）：××眼镜有限公司
乙方（供货方）：＿＿＿＿＿＿＿＿
第一条　产品名称为定制眼镜盒，规格、颜色及烫印标识以双方确认的样品为准，数量＿＿＿＿只，单价＿＿＿＿元。
第二条　乙方应于＿＿年＿＿月＿＿日前将货物送至甲方指定仓库，每箱附装箱单。
第三条　眼镜盒开合应顺畅，铰链开合三千次不得松脱，内衬绒布不得掉毛、褪色；甲方按千分之五的比例抽检。
第四条　验收合格后＿＿日内，甲方支付全部货款；抽检不合格的，乙方应在七日内无偿更换。
第五条　本合同一式两份，双方各执一份，自签字盖章之日起生效。
甲方（盖章）：　　　　乙方（盖章）：
签订日期：＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="docshare-yundu-host-script-selfie-sticks-wps-markers",
        site="云牍文档 (invented)",
        style="文档分享",
        genre="主持词",
        kind="other",
        form="text",
        source="http://www.yundu-doc.cn/d/82047315.html",
        title="“文明游览　安全自拍”主题宣传活动主持词",
        record_title="“文明游览　安全自拍”主题宣传活动主持词.wps",
        date=None,
        notes="file-name record title (.wps); page markers ⚲ n ⚲ on lines of their own cut sentences; "
        "a host script has no date; upload notice",
        page="""
!m 云牍文档 — 海量文档免费阅读
!m 当前：云牍文档 / 活动策划 / 主持词
!t “文明游览　安全自拍”主题宣传活动主持词.wps
!m 格式：WPS　页数：3　阅读：417　上传：2 个月前
!a 【存到云盘】【整篇下载】【转发好友】
{T}
{BODY}
!d 温馨说明：本篇由云牍用户自行上传，仅作交流学习，不得用于商业用途。
!l 相关主持词：景区开园仪式主持词｜文明旅游志愿服务启动仪式主持词
!m 云牍文档 yundu-doc.cn　版权所有
""",
        indent="\u3000\u3000",
        pages=dict(fmt="⚲ {n} ⚲", every=130, start=2),
        body="""
尊敬的各位游客、各位朋友：
大家上午好！欢迎来到埒头镇簖湖景区。今天，我们在这里举行“文明游览　安全自拍”主题宣传活动。
近年来，景区游客逐年增多，但在悬崖栈道和观景平台上伸长自拍杆拍照、翻越护栏取景的现象时有发生。去年夏天，就有一名游客的自拍杆碰到了索道下方的警示线，险些酿成事故。
下面，请景区管理处负责同志宣读《观景平台安全自拍提示》，大家掌声欢迎！
接下来，请志愿者为现场游客发放折叠式短款自拍杆和安全手环。短款自拍杆长度不超过六十厘米，更适合在人多的平台上使用。
朋友们，美景值得留念，安全更加珍贵。让我们从手中的自拍杆做起，文明游览、安全出行。本次活动到此结束，谢谢大家！
""",
    ),
    dict(
        slug="fanwenapp-biluo-report-protective-suits-open-app-mask",
        site="笔落APP (invented writing app, H5 share)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="html",
        source="https://h5.biluoapp.com/share/article?id=558271&from=wx",
        title="疾控中心物资库管理员个人述职报告",
        record_title="疾控中心物资库管理员个人述职报告（可直接套用）· 笔落APP",
        date="2024-12-20",
        notes="writing app H5 share: open-app mask, an 'expand the rest' line between paragraphs, an AI-polish "
        "button glued after a sentence; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">
<title>疾控中心物资库管理员个人述职报告（可直接套用）· 笔落APP</title>
<script src="https://h5.biluoapp.com/static/js/share.3e9a.js"></script>
</head>
<body>
<div class="app-mask">⟦a 打开笔落APP，解锁全部范文⟧ <button>⟦a 立即打开⟧</button></div>
<div class="art">
<h1 class="art-title">{T}</h1>
<div class="art-meta">⟦m 笔落精选 · 述职报告 · 6.3万人看过⟧</div>
<div class="art-body">
{BODY}
</div>
<div class="art-tools"><span>⟦a 一键套用模板⟧</span><span>⟦a 分享给同事⟧</span></div>
<div class="art-more">
<p>⟦l 大家都在写⟧</p>
<p>⟦l 医院药库管理员年度述职⟧</p>
<p>⟦l 仓库保管员个人工作总结⟧</p>
</div>
</div>
<div class="app-foot">⟦d 笔落APP内容仅供写作参考，转载需经授权⟧</div>
<script>document.querySelector('.app-mask').style.display='block';</script>
</body>
</html>
""",
        body="""
各位领导、同事们：
今年以来，我在中心物资库负责应急物资的入库、保管和调拨工作，现将履职情况报告如下。
一是摸清家底。对库存的医用防护服、隔离衣、护目镜等十二类物资逐箱清点，建立电子台账，全年账实相符率保持100%。⟦a ✦AI润色这段⟧
⟦a 余下内容已折叠，点击展开⟧
二是做好轮换。对防护服按有效期分区存放，临期六个月以内的及时提请调往医疗机构使用，全年轮换防护服3800套，未发生一套过期报废。
三是保障应急。参与两次传染病疫情处置，接到调拨指令后均在两小时内完成出库装车。
不足之处是库房温湿度监测还靠人工记录。明年我将推动安装自动监测设备，进一步提高管理水平。
述职人：郝晓岚
2024年12月20日
""",
    ),
    dict(
        slug="fanwenapp-gongwen-express-pledge-selfie-sticks",
        site="公文速写APP (invented writing app, text share)",
        style="范文APP",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://m.gwsuxie.cn/s/Q7dK2p",
        title="“安全自拍、文明出游”倡议书",
        record_title="“安全自拍、文明出游”倡议书（拿来即用）｜公文速写",
        date="2024-04-28",
        notes="app share text: app banner glued before the salutation, a member line between paragraphs; "
        "成文日期 under the signature; a sentence about sharing the pledge stays in the body",
        page="""
!a 在公文速写APP中打开，体验更流畅
!t “安全自拍、文明出游”倡议书（拿来即用）｜公文速写
!m 作者：速写小编　收录于「倡议书」合集　阅读 2.1万
{BODY}
!a 喜欢这篇？长按收藏到我的素材库
!l 合集下一篇：文明祭扫倡议书
!l 合集上一篇：节约粮食倡议书
!d 公文速写 · 内容由平台编辑整理，仅供参考
""",
        body="""
⟦a 【打开App阅读全文】⟧广大游客朋友们：
“五一”假期即将到来，我镇各景区将迎来客流高峰。为了让大家玩得开心、拍得安心，滧港镇文化旅游服务中心向广大游客发出如下倡议：
一、在栈道、观景台、桥梁等狭窄处，请收短自拍杆，不要把自拍杆伸出护栏拍照。
二、不攀爬、不翻越护栏，不在水边、崖边背对危险区域自拍。
⟦a 开通会员，全部范文免费套用⟧
三、排队拍照时礼让他人，不长时间占用最佳拍照位置。
四、遇到他人危险自拍，请及时善意提醒或告知景区工作人员。
欢迎大家把这份倡议分享给家人和朋友，让安全自拍成为出游新风尚。
滧港镇文化旅游服务中心
2024年4月28日
""",
    ),
    dict(
        slug="download-lvye-rules-insulating-gloves-pdf-table-layout",
        site="绿野资料下载站 (invented, old gb2312 table layout)",
        style="资料下载站",
        genre="规程",
        kind="other",
        form="html",
        source="http://www.lvye-down.net/soft/anquan/17340.html",
        title="带电作业绝缘手套使用管理规程",
        record_title="带电作业绝缘手套使用管理规程.pdf",
        date=None,
        notes="download station: file-info table, three mirror links, an unzip password, a dead-link report; "
        "a regulation with 第N条 and only an effective clause: no date; update stamp is no date",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>带电作业绝缘手套使用管理规程.pdf - 绿野资料下载站</title>
<script type="text/javascript" src="/js/count.js"></script>
</head>
<body bgcolor="#FFFFFF">
<table width="900" align="center" border="0" cellspacing="0" cellpadding="0">
<tr><td>⟦m 绿野资料下载站 www.lvye-down.net⟧</td><td align="right">⟦m 电力安全资料第一站⟧</td></tr>
<tr><td colspan="2" bgcolor="#3A7D2B"><a href="/">⟦m 首 页⟧</a> | <a href="/soft/anquan/">⟦m 安全规程⟧</a> | <a href="/soft/peixun/">⟦m 培训课件⟧</a> | <a href="/soft/biaozhun/">⟦m 行业标准⟧</a></td></tr>
</table>
<table width="900" align="center" border="1" cellspacing="0" cellpadding="3" bordercolor="#CCCCCC">
<tr><td colspan="2">⟦m 当前位置：绿野资料下载站 → 安全规程 → 带电作业⟧</td></tr>
<tr><td width="120">⟦m 资料名称⟧</td><td>⟦t 带电作业绝缘手套使用管理规程.pdf⟧</td></tr>
<tr><td>⟦m 资料大小⟧</td><td>⟦m 386 KB⟧</td></tr>
<tr><td>⟦m 资料格式⟧</td><td>⟦m PDF（压缩包）⟧</td></tr>
<tr><td>⟦m 更新时间⟧</td><td>⟦m 2024-07-02 10:41⟧</td></tr>
<tr><td>⟦m 下载次数⟧</td><td>⟦m 本周 58　总计 2307⟧</td></tr>
<tr><td colspan="2" class="intro">
<b>{T}</b>
{BODY}
</td></tr>
<tr><td>⟦a 下载地址⟧</td><td><a href="/d/1">⟦a 电信高速通道⟧</a> <a href="/d/2">⟦a 联通高速通道⟧</a> <a href="/d/3">⟦a 备用通道（海外）⟧</a></td></tr>
<tr><td colspan="2">⟦a 解压密码：www.lvye-down.net⟧</td></tr>
<tr><td colspan="2"><a href="/report.asp?id=17340">⟦a 链接失效？点此告诉站长⟧</a></td></tr>
</table>
<table width="900" align="center"><tr><td align="center">
⟦d 本站资料来源于网络，仅供学习研究，下载后请于24小时内删除⟧<br>
⟦m 绿野资料下载站 版权所有　晋ICP备08031257号⟧
</td></tr></table>
</body>
</html>
""",
        p_html="<br>{}",
        body="""
第一条　为规范带电作业中绝缘手套的使用和管理，防止触电事故，制定本规程。
第二条　绝缘手套按电压等级分为0级、1级、2级，作业人员应选用与作业电压相符的手套，严禁降级使用。
第三条　每次使用前应进行外观检查和充气检查：将手套从口部卷起，使指部鼓起，观察有无漏气、破损和发黏。
第四条　绝缘手套应与防护手套配合使用，防护手套套在外层，不得单独戴防护手套作业。
第五条　手套使用后应擦净、晾干，撒上滑石粉，放入专用柜内，不得与油类、酸碱物品同放。
第六条　绝缘手套每六个月进行一次预防性试验，试验不合格或超过试验周期的，立即停用。
第七条　本规程自印发之日起施行。
""",
    ),
    dict(
        slug="download-sucaicang-plan-protective-suits-wrapped-decimal",
        site="素材仓 (invented download site)",
        style="资料下载站",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.sucaicang.net/doc/yingji/40713.html",
        title="埒头化工园区危险化学品泄漏应急演练方案",
        record_title="〖演练方案〗埒头化工园区危险化学品泄漏应急演练方案（附流程图）_素材仓",
        date="2024-05-09",
        notes="hard-wrapped at 70 columns; decimal headings 1 … 4.x; a drill date inside the text; "
        "成文日期 under the signature; download links and a points line",
        page="""
!m 素材仓 — 办公素材一站下载
!m 位置：首页 » 应急预案 » 演练方案
!t 〖演练方案〗埒头化工园区危险化学品泄漏应急演练方案（附流程图）
!m 文件大小：1.8MB　|　下载：641次　|　评分：★★★★☆
!a 本地下载　|　网盘下载　|　扫码下载到手机
{BODY}
!a 下载需登录，普通会员每日可下3份
!l 你可能需要：危化品仓库火灾应急预案｜园区应急救援队伍管理办法
!m 素材仓 sucaicang.net　客服邮箱 help@sucaicang.net
""",
        wrap=70,
        body="""
1 演练目的
1.1 检验园区应急预案的可操作性，提高企业和救援队伍协同处置能力。
1.2 熟练掌握重型防护服穿戴、气密性检查和洗消流程。
2 演练安排
2.1 时间：2024年5月22日上午9时。地点：园区东区甲醇储罐区。
2.2 参演单位：园区管委会、消防救援站、各重点企业应急小组，共计86人。
3 演练内容
3.1 发现泄漏后，企业应急小组在三分钟内报警并启动警戒。
3.2 救援人员穿着重型防护服进入热区，两人一组，由安全员逐一检查拉链、面罩和呼吸器连接。
3.3 撤出人员在洗消帐篷完成洗消，脱下的防护服装袋封存，统一送危废仓库。
4 工作要求
各单位要严格按方案组织，演练中不得使用过期防护服；演练结束后三日内报送总结。
埒头化工园区管委会
2024年5月9日
""",
    ),
    dict(
        slug="netdisk-chengzi-request-selfie-stick-lockers-pdf",
        site="橙子网盘 (invented cloud drive)",
        style="网盘分享",
        genre="请示",
        kind="request",
        form="html",
        source="https://pan.chengzi.cloud/s/1aZk7Ry0",
        title="关于在观景台设置自拍杆寄存点的请示",
        record_title="关于在观景台设置自拍杆寄存点的请示.pdf",
        date="2024-07-02",
        notes="cloud-drive preview with VIP prompts and a share expiry; the request's own 联系人/电话 beside the "
        "drive's service line; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>关于在观景台设置自拍杆寄存点的请示.pdf_免费高速下载|橙子网盘</title>
<script src="https://pan.chengzi.cloud/static/preview.min.js"></script>
</head>
<body>
<div class="pan-header">
<a href="/" class="logo">⟦m 橙子网盘 · 存储你的生活⟧</a>
<a href="/vip">⟦a 超级会员　极速下载不限速⟧</a>
</div>
<div class="share-info">
<div class="file-name">⟦t 关于在观景台设置自拍杆寄存点的请示.pdf⟧</div>
<div class="file-meta">⟦m 分享者：景区小蔺　文件大小：212KB　分享有效期：7天⟧</div>
<div class="file-btns"><button>⟦a 转存至我的橙盘⟧</button><button>⟦a 普通下载⟧</button></div>
</div>
<div class="preview">
<div class="preview-tip">⟦a 在线预览仅显示前2页，开通会员查看完整文档⟧</div>
<h3>{T}</h3>
{BODY}
</div>
<div class="pan-foot">
<p>⟦d 橙子网盘倡导文明分享，严禁传播违法违规内容⟧</p>
<p>⟦m 客服热线 400-860-2719　京ICP备23011862号⟧</p>
</div>
</body>
</html>
""",
        body="""
县文化和旅游局：
簖湖景区悬崖观景台面积狭小，节假日每小时游客超过600人次。游客伸出长自拍杆拍照，既遮挡他人视线，又存在碰伤游客、跌落崖下的隐患，今年以来已收到相关投诉23件。
为此，我处拟在观景台入口设置自拍杆免费寄存点两处，配备寄存柜40组、管理员2名，并在平台设置短杆拍照区。预计需要资金8.6万元，我处自筹3.2万元，申请县级旅游发展专项资金5.4万元。
妥否，请批示。
联系人：蔺小禾　电话：0739-5286417
簖湖景区管理处
2024年7月2日
""",
    ),
]

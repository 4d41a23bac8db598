"""holdout329, part A: 范文 sites, 文库 previews, government portals, news portals, forums.

Invented text (places, people, firms, sites, URLs, phones); see ../README.md and ../build.py
for the markup. Every case written by hand.
"""

CASES = [
    dict(
        slug="fanwen-moqi-speech-mooncake-mould-industry",
        site="墨畦范文网 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.moqifw.example.com/jianghua/jingji/2024/0902/15873.html",
        title="在全县月饼模具产业发展推进会上的讲话",
        record_title="【致辞讲话】在全县月饼模具产业发展推进会上的讲话（可直接编辑）_墨畦范文网",
        date="2024-08-27",
        notes="old gb2312 table page: marquee with a writing-service line, 阅读设置 row, hot list, floating QQ box, visitor counter; speaker line and date under the title (neutral); a ghost-writer WeChat prompt glued after a sentence; an update stamp is no date",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【致辞讲话】在全县月饼模具产业发展推进会上的讲话（可直接编辑）_墨畦范文网</title>
<script language="javascript" src="/js/ad_float.js"></script>
<script>var hitsId=15873;document.write('');</script>
<style>td{font-size:12px}.bt{font-size:20px;font-weight:bold}</style>
</head>
<body topmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="600"><img src="/images/mqlogo.gif" alt="">⟦m 墨畦范文网 · 一站配齐机关材料⟧</td>
<td align="right">⟦a <a href="#">设为主页</a> | <a href="#">存入收藏夹</a> | <a href="/user/">会员中心</a>⟧</td></tr>
</table>
<table width="960" align="center" bgcolor="#8B0000"><tr><td class="nav">⟦m <a href="/">网站首页</a> | <a href="/jianghua/">讲话致辞</a> | <a href="/zongjie/">工作总结</a> | <a href="/xinde/">心得体会</a> | <a href="/zhidu/">规章制度</a>⟧</td></tr></table>
<table width="960" align="center"><tr><td><marquee scrollamount="3" onmouseover="this.stop()">⟦w 急稿找墨畦：讲话、汇报、总结按需定制，当天交稿⟧</marquee></td></tr></table>
<table width="960" align="center"><tr><td>⟦m 您的位置：<a href="/">首页</a> &gt;&gt; <a href="/jianghua/">讲话致辞</a> &gt;&gt; 经济工作讲话⟧</td></tr></table>
<table width="960" align="center" border="0"><tr>
<td width="700" valign="top">
<p class="bt" align="center">{T}</p>
<p align="center">莎溪县人民政府副县长　韦秋林</p>
<p align="center">（2024年8月27日）</p>
<p align="center">⟦m 更新：2024-09-02　来源：会员投递　人气：<font color="red">1936</font>⟧</p>
<p>⟦a 阅读设置：〖字体 大 中 小〗〖底色 米黄 豆沙绿〗〖自动滚屏〗⟧</p>
{BODY}
<p><a href="/down/15873.html">⟦a ☞ 下载本篇Word（扣除1个下载点）⟧</a></p>
<p>⟦l 上一篇：在全县秋粮收购工作会议上的讲话⟧<br>⟦l 下一篇：乡镇茶叶招商推介会致辞⟧</p>
</td>
<td width="240" valign="top">
<table width="100%" border="1" bordercolor="#CCCCCC">
<tr><td bgcolor="#EEEEEE">⟦l ★ 讲话致辞本月排行 ★⟧</td></tr>
<tr><td><a href="/1.html">⟦l 1. 县长在特色产业招商大会上的讲话⟧</a></td></tr>
<tr><td><a href="/2.html">⟦l 2. 副县长在工业园区调度会上的发言⟧</a></td></tr>
<tr><td><a href="/3.html">⟦l 3. 在非遗传承人座谈会上的致辞⟧</a></td></tr>
</table>
<div id="float_qq" style="position:fixed;right:0;top:200px">⟦w 写作顾问QQ：2207419836 在线接单⟧</div>
</td></tr></table>
<table width="960" align="center"><tr><td align="center">⟦d 声明：范文仅作写作参考，请结合本地实际修改后使用。⟧<br>⟦m 墨畦范文网 moqifw.example.com 湘ICP备18062417号⟧<br>⟦m 您是本站第 0538162 位访客⟧</td></tr></table>
</body>
</html>
""",
        body="""
同志们：
今天召开全县月饼模具产业发展推进会，主要是总结前一阶段工作，安排中秋旺季的生产和市场开拓。刚才，憩湾镇和两家企业作了发言，讲得很实在。⟦w 讲话稿找不到合适的？加微信 mqfw_0827 说明用途即可⟧
一、看清基础。全县现有木雕、铝合金、食品级硅胶月饼模生产企业37家，去年产值2.6亿元，手工木模远销十多个省份。
二、抓住关键。要抓质量，硅胶模一律执行食品接触材料标准，木模坚持选用梨木、枣木等硬木；要抓品牌，统一注册“莎溪饼模”集体商标；要抓人才，县职校今年开设木雕模具班，首批招收学员40名。
三、压实责任。各乡镇、各部门要把服务企业的事项列成清单，逐项销号，确保旺季生产不断档、不断料。
同志们，中秋临近，时间紧、任务重，希望大家抓早抓实，把一块块小饼模做成富民大产业！
""",
    ),
    dict(
        slug="fanwen-qingjian-contract-bamboo-pillow-blanks",
        site="青笺范文网 (invented)",
        style="范文站",
        genre="合同范本",
        kind="other",
        form="text",
        source="https://www.qingjianfw.example.cn/hetong/maimai/27714.html",
        title="竹枕采购合同",
        record_title="【合同范本】竹枕采购合同（空白可填写）- 青笺范文网",
        date=None,
        notes="contract template with 第N条, ×× placeholders and ＿＿年＿＿月＿＿日 blanks; decorated record title; a relative 收录 time is no date; print and copy buttons; a contract-review service line",
        page="""
!m 青笺范文网 —— 写文书，不求人
!m 当前位置：首页 / 合同协议 / 买卖合同
!t 【合同范本】竹枕采购合同（空白可填写）
!m 收录：3 天前　浏览：726　已下载：88
!a 〔一键复制〕〔另存为Word〕〔打印本页〕
{T}
{BODY}
!w 合同审核、条款起草，可联系青笺客服微信：qingjian_fw66
!l 相关合同：凉席采购合同｜床上用品供货协议｜竹制品代加工合同
!d 温馨提示：本范本只供参考，正式签订前请咨询专业律师。
!m 青笺范文网 www.qingjianfw.example.cn 浙ICP备20031187号-1
""",
        body="""
甲方（采购方）：××××××
乙方（供货方）：××××××
第一条　产品名称、规格、数量：竹枕（楠竹片编制，规格××cm×××cm），数量＿＿只，单价＿＿元，合计人民币＿＿元。
第二条　质量要求：竹片须经蒸煮、碳化处理，无霉斑、无毛刺，边缘打磨光滑；不得使用含甲醛的胶粘剂，乙方应随货提供检验报告。
第三条　交货时间及地点：乙方于＿＿年＿＿月＿＿日前将货物送至甲方指定地点，运费由＿＿方承担。
第四条　验收：甲方收货后＿＿日内按本合同第二条验收，发现霉变、开裂的，乙方应无条件调换。
⟦w 本合同可按贵单位情况代为修改，添加微信 qingjian_fw66 即可⟧
第五条　付款方式：验收合格后＿＿日内，甲方以银行转账方式一次付清货款。
第六条　违约责任：乙方逾期交货的，每逾期一日按货款的×‰支付违约金。
第七条　本合同一式两份，双方各执一份，自双方签字盖章之日起生效。
甲方（盖章）：＿＿＿＿　　乙方（盖章）：＿＿＿＿
签订日期：＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="wenku-beiyun-report-cake-tin-coating-markers",
        site="焙云文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://wenku.beiyun.example.com/view/5c0e7a91b2d3.html",
        title="关于家用蛋糕模具不粘涂层使用情况的调研报告",
        record_title="关于家用蛋糕模具不粘涂层使用情况的调研报告.pdf",
        date="2024-06-18",
        notes="文库 reader: viewer toolbar, marker paragraphs ⯘ n ⯘ between the halves of cut paragraphs, a paywall and a coin box; file-name record title; 成文日期 under the signature; an upload stamp is no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>关于家用蛋糕模具不粘涂层使用情况的调研报告.pdf - 焙云文库</title>
<script src="https://static.beiyun.example.com/reader/viewer.min.js"></script>
<script>window.__DOC__={id:"5c0e7a91b2d3",pages:5,free:2};</script>
</head>
<body>
<header class="top"><a class="logo" href="/">⟦m 焙云文库⟧</a><input placeholder="搜文档、找资料"><a href="/vip">⟦a 开通年卡 文档随心下⟧</a><a href="/login">⟦a 登录 · 注册⟧</a></header>
<div class="doc-head"><h1>{T}</h1>
<p class="meta">⟦m 上传者：焙友阿芷　上传于 2024-07-01　共5页　2.1万阅读⟧</p>
<div class="toolbar">⟦a 适合页宽　放大　缩小　全屏阅读⟧</div></div>
<div class="reader">
{BODY}
</div>
<div class="paywall">⟦a 剩下3页未读完，支付2个焙云币即可继续⟧ <button>⟦a 确认支付⟧</button></div>
<aside class="rec"><h4>⟦l 读过这篇的人还在看⟧</h4><ul>
<li>⟦l 烘焙模具材质对比分析报告⟧</li>
<li>⟦l 食品接触用不粘涂层安全知识⟧</li>
<li>⟦l 家用小电器消费投诉调查⟧</li></ul></aside>
<footer>⟦d 文档由用户上传，焙云文库只提供在线阅读服务，内容如有侵权请发送通知，核实后删除。⟧<br>⟦m 沪ICP备21047730号-3⟧</footer>
</body>
</html>
""",
        p_html='<p class="rd-line">{}</p>',
        pages=dict(fmt="⯘ {n} ⯘", every=60, start=2),
        body="""
为了解家用蛋糕模具不粘涂层的使用状况，市消费者协会于今年四月至五月在主城区六家商场和两个电商平台抽样购买蛋糕模具32件，并向412名消费者发放了问卷。
调查发现，标注“不粘”的模具中有9件未标明涂层材质，有6件未标注最高使用温度；问卷中有四成消费者用钢丝球刷洗过不粘模具，三成消费者在涂层起皮后仍继续使用。
我们建议：生产企业应在产品和说明书上清楚标注涂层材质和最高使用温度；销售者应把好进货关；消费者使用时宜用软布清洗，涂层明显脱落的模具应及时更换。
瞻州市消费者协会
2024年6月18日
""",
    ),
    dict(
        slug="wenku-huangying-summary-bamboo-pillow-coop-wrapped",
        site="篁影文库 (invented)",
        style="文库预览",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.huangyingwk.example.net/p-88317024.html",
        title="炳阳县竹枕专业合作社2024年度工作总结",
        record_title="【精品文档】炳阳县竹枕专业合作社2024年度工作总结（完整版）",
        date="2024-12-26",
        notes="a 文库 text hard-wrapped at 62 columns and cut by page markers 〾n〾 on lines of their own; 成文日期 in Chinese numerals; a preview-end prompt and a similar-docs list",
        page="""
!m 篁影文库 - 海量文档 在线预览
!t 【精品文档】炳阳县竹枕专业合作社2024年度工作总结（完整版）
!m 页数：4　大小：86KB　格式：DOC　贡献：禾下书生
!a 免费预览前2页　|　收藏　|　举报
{BODY}
!a 预览已到末页，下载源文件可查看剩余内容
!a 立即下载（8积分）
!l 相似文档
!l 竹编专业合作社年终总结
!l 农民专业合作社年度经营情况报告
!d 篁影文库所载文档均由网友上传，本站不对其内容负责。
""",
        indent="\u3000\u3000",
        wrap=62,
        pages=dict(fmt="〾{n}〾", every=95, start=2),
        body="""
2024年，合作社在县供销社和廓田乡党委的指导下，围绕“把竹子编成枕、把枕卖出山”的目标，全年收购本地楠竹1860吨，加工竹片凉枕、竹丝枕4.3万只，实现销售收入512万元，比上年增长27%。
一是稳住了质量。合作社统一竹片蒸煮和碳化工艺，建立每批次抽检制度，全年返修率由上年的3.1%降到1.2%。
二是带动了社员。社员由96户增加到143户，其中脱贫户38户，社员人均分红2300元。
三是打开了销路。在两个电商平台开设网店，线上销售占比达到41%。
明年，合作社将扩建防霉仓库，争取注册自有品牌。
炳阳县廓田乡竹枕专业合作社
二〇二四年十二月二十六日
""",
    ),
    dict(
        slug="gov-shaxi-notice-can-opener-spot-check-table",
        site="莎溪县人民政府门户网站 (invented)",
        style="政府门户",
        genre="通告",
        kind="notice",
        form="html",
        source="http://www.shaxi.example.gov.cn/zwgk/zlcc/2024/1017/60214.html",
        title="莎溪县市场监督管理局关于2024年第三季度开罐器等厨房手动工具产品质量监督抽查情况的通告",
        record_title="莎溪县市场监督管理局关于2024年第三季度开罐器等厨房手动工具产品质量监督抽查情况的通告-质量抽查-莎溪县人民政府门户网站",
        date="2024-10-15",
        date_also=["2024-10-17"],
        notes="county portal: 长者模式/读屏/繁體 links, an index table (索引号, 文号 cell neutral, 发布日期), a data table one row a paragraph, the bureau's own 联系人/电话 beside the portal's 纠错 and 12345 lines; 成文日期 and the page's 发布日期 differ",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>莎溪县市场监督管理局关于2024年第三季度开罐器等厨房手动工具产品质量监督抽查情况的通告-质量抽查-莎溪县人民政府门户网站</title>
<script src="/js/jquery.min.js"></script>
<script>var _maq=[];_maq.push(['_setAccount','shaxi-gov']);</script>
</head>
<body>
<div class="topbar">⟦a 长者模式⟧ ⟦a 读屏专用⟧ ⟦a 繁體⟧ ⟦a 智能问答⟧</div>
<div class="banner">⟦m 莎溪县人民政府⟧</div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政务服务⟧</li><li>⟦m 政民互动⟧</li><li>⟦m 走进莎溪⟧</li></ul>
<div class="crumb">⟦m 当前位置：首页 &gt; 政务公开 &gt; 部门信息 &gt; 质量抽查⟧</div>
<table class="idx">
<tr><td>⟦m 索引号：11433127MB1F02345K/2024-06021⟧</td><td>⟦m 发布机构：莎溪县市场监督管理局⟧</td></tr>
<tr><td>文号：莎市监通〔2024〕11号</td><td>⟦m 发布日期：2024-10-17⟧</td></tr>
</table>
<h1>{T}</h1>
<div class="zoom">⟦a 【字号：特大 大 中】【打印此页】【关闭窗口】⟧</div>
<div class="TRS_Editor">
{BODY}
</div>
<div class="share">⟦l 分享到：微信　微博　QQ空间⟧</div>
<div class="related">⟦l 相关链接：莎溪县2024年第二季度电热水壶产品质量抽查情况通告⟧</div>
<div class="footer">
<p>⟦m 主办：莎溪县人民政府办公室　承办：莎溪县政务服务数据中心⟧</p>
<p>⟦m 网站纠错电话：0736-4410000　政务服务便民热线：12345⟧</p>
<p>⟦m 湘ICP备05022813号　湘公网安备43072602000118号⟧</p>
</div>
</body>
</html>
""",
        body="""
今年第三季度，我局对全县流通领域销售的开罐器、削皮刀、厨用剪刀等厨房手动工具开展了产品质量监督抽查，共抽查21家经营单位的36批次产品，合格33批次，不合格3批次。不合格产品情况如下：
产品名称　标称生产企业　被抽查单位　不合格项目
蝶形开罐器　瞻州市利刃五金制品厂　莎溪县鑫客隆超市　刃口锋利度
旋转开罐器　绸川区万家厨具有限公司　莎溪县憩湾百货商行　手柄强度
厨用剪刀　炳阳县金丰刀剪厂　莎溪县邻家生活超市　标志
对抽查发现的不合格产品，我局已责令经营单位立即下架，并依法作出处理。
联系人：欧阳岚　联系电话：0736-4412875
莎溪县市场监督管理局
2024年10月15日
""",
    ),
    dict(
        slug="gov-chouchuan-notice-mooncake-mould-exhibit-wrapped",
        site="绸川区人民政府网 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.chouchuan.example.gov.cn/art/2024/8/6/art_1207_33651.html",
        title="绸川区文化和旅游局关于征集老月饼模实物参加“饼模里的中秋”民俗展的通知",
        date="2024-08-05",
        notes="hard-wrapped at 70 columns with indented paragraphs; record title as is; the bureau's own 联系人/电话/邮箱 beside the site's hotline; 附件 list, 抄送 and 印发 lines in the body; 文号 line neutral",
        page="""
!m 绸川区人民政府网
!m 首页 ＞ 信息公开 ＞ 通知公告
绸文旅发〔2024〕19号
{T}
!m 信息来源：区文化和旅游局　　发布日期：2024-08-06　　浏览次数：1207
!a 【大】【中】【小】　　【打印】　　【关闭】
{BODY}
!l 上一条：绸川区2024年暑期文化惠民演出安排
!l 下一条：关于开展全区旅游包车安全检查的通知
!m 网站服务热线：0736-2287100　　瞻州市绸川区人民政府办公室主办
""",
        date_also=["2024-08-06"],
        indent="\u3000\u3000",
        wrap=70,
        body="""
各街道办事处、各镇人民政府，区直有关单位：
为办好今年中秋民俗展，展示绸川传统饼食文化，区文化和旅游局决定面向社会征集老月饼模实物。现将有关事项通知如下：
一、征集范围：1980年以前制作的木质、陶质月饼模，以及与月饼制作有关的印模、饼印、刻刀等。
二、征集方式：实物可以借展或捐赠，借展期满后原物归还，并颁发收藏证书。
三、报送时间：请于8月25日前将实物照片及来源说明报送区文化馆。
联系人：程雨桐，电话：0736-2291436，邮箱：bingmo2024@chouchuan.example.gov.cn。
附件：1.老月饼模征集登记表
2.借展协议（样本）
瞻州市绸川区文化和旅游局
2024年8月5日
抄送：区委宣传部，区文化馆。
绸川区文化和旅游局办公室　　2024年8月5日印发
""",
    ),
    dict(
        slug="news-zhanzhou-old-carver-mooncake-moulds-captions",
        site="瞻州新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.zhanzhounews.example.cn/df/2024-09/10/content_7312058.htm",
        title="七旬老木匠五十年刻出三千块月饼模",
        record_title="七旬老木匠五十年刻出三千块月饼模_地方频道_瞻州新闻网",
        date="2024-09-10",
        notes="news portal: an app prompt glued before the lead, two photo captions between paragraphs, an editor/reviewer line glued after the last paragraph, a listen button, a 24-hour list; 发布时间 in the byline is the page's date",
        page="""
<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<title>七旬老木匠五十年刻出三千块月饼模_地方频道_瞻州新闻网</title>
<meta name="description" content="憩湾镇老木匠">
<script async src="https://ad.zhanzhounews.example.cn/slot.js"></script>
</head>
<body>
<div class="hdr"><span>⟦m 瞻州新闻网⟧</span><nav>⟦m 首页 时政 地方 民生 文旅 视频⟧</nav><a>⟦a 登录⟧</a></div>
<div class="pos">⟦m 瞻州新闻网 › 地方频道 › 正文⟧</div>
<article>
<h1>{T}</h1>
<div class="byline">⟦m 发布时间：2024-09-10 07:45　来源：瞻州日报　记者 邝一鸣 通讯员 雷晓⟧</div>
<div class="tts">⟦a ▶ 听新闻⟧</div>
{BODY}
</article>
<div class="h24"><h3>⟦l 24小时热读⟧</h3><ol>
<li>⟦l 瞻州中秋国庆假期公交线路调整⟧</li>
<li>⟦l 绸川区新增三处口袋公园⟧</li>
<li>⟦l 莎溪脐橙提前一周上市⟧</li></ol></div>
<div class="foot">⟦d 本网原创稿件，转载请注明出处。⟧ ⟦m 瞻州新闻网 版权所有 互联网新闻信息服务许可证编号：43120190027⟧</div>
</body>
</html>
""",
        body="""
⟦a 下载瞻州新闻APP，看视频版⟧9月8日，在莎溪县憩湾镇老街，71岁的木匠苏长庚正在给一块梨木坯子“开脸”，刻刀走过，一朵牡丹慢慢浮了出来。
从21岁学艺算起，苏长庚已经刻了五十年月饼模，经他手的饼模有三千多块。“好饼模要三年才干透，刻错一刀就得重来。”他说。
⟦m 图为苏长庚在工作台前雕刻月饼模。记者 邝一鸣 摄⟧
这几年，手工木模成了抢手货，不少年轻人专门上门订制带姓氏、带生肖的饼模。去年，苏长庚收了两个徒弟，还把常用的四十多种花样整理成图谱。
⟦m 苏长庚雕刻的部分月饼模。⟧
憩湾镇文化站站长介绍，镇里正在为苏长庚的工作室申报县级非遗传承基地。⟦m （编辑：陶然　审核：冯启）⟧
""",
    ),
    dict(
        slug="news-shaxi-canteen-chopstick-rests-title-line",
        site="莎溪融媒 (invented, county news portal)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://news.shaxirm.example.cn/2024/0621/n41873.shtml",
        title="莎溪：机关食堂添了筷子架　公筷公勺成习惯",
        record_title=None,
        date="2024-06-21",
        notes="no record title: the title line under the column line; byline with 发布时间; a listen button, a reading-count line, a share bar, a 24-hour list and an app prompt",
        page="""
!m 莎溪融媒 | 县域新闻
!m 首页 > 莎溪要闻
{T}
!m 发布时间：2024-06-21 08:30　来源：莎溪县融媒体中心　作者：罗青禾
!a 🔊 播放本文语音
{BODY}
!m 阅读 3412　点赞 86
!l 分享至：朋友圈 | 微博 | 复制链接
!l 24小时热文：莎溪第二小学新校区9月启用｜憩湾镇荷花节开幕
!a 扫码安装莎溪融媒客户端
""",
        body="""
6月20日中午，在莎溪县机关第一食堂，每张餐桌中间都多了一个木质筷子架，上面摆着两双公筷、两把公勺。
“以前大家吃饭筷子直接往碗边一搁，现在有了筷子架，公筷用完放回去，干净多了。”县财政局干部周敏说。
⟦m 图为县机关第一食堂餐桌上摆放的筷子架和公筷公勺。罗青禾 摄⟧
据了解，县机关事务服务中心今年5月起在全县14家机关食堂推行“一桌一架、公筷公勺”，共配置筷子架1200个，全部由县内竹木企业用边角料加工。
一个多月来，食堂就餐人员使用公筷的比例从不到三成提高到九成以上。下一步，县里将把这一做法推广到学校食堂和城区餐馆。
""",
    ),
    dict(
        slug="forum-beiyou-cake-tin-tips-jammer",
        site="焙友社区 (invented, Discuz-like baking forum)",
        style="论坛",
        genre="心得体会",
        kind="other",
        form="html",
        source="https://bbs.beiyou.example.com/thread-305117-1-1.html",
        title="活底蛋糕模和固底蛋糕模怎么选，说说我踩过的坑",
        record_title="[烘焙心得] 活底蛋糕模和固底蛋糕模怎么选，说说我踩过的坑 - 模具交流 - 焙友社区",
        date=None,
        notes="Discuz-like thread: jammer fonts inside the post, a poster's points box, a relative 发表于 time (no date), a rating row, a signature, replies and a reply box",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="gbk">
<title>[烘焙心得] 活底蛋糕模和固底蛋糕模怎么选，说说我踩过的坑 - 模具交流 - 焙友社区</title>
<style>.jammer{color:#FFF;font-size:0}</style>
<script src="static/js/common.js"></script>
</head>
<body>
<div id="toptb">⟦a 登录⟧ ⟦a 注册⟧ ⟦a 找回密码⟧</div>
<div id="hd">⟦m 焙友社区 · 烘焙爱好者的家⟧</div>
<div id="pt">⟦m 焙友社区 › 烘焙器具 › 模具交流 › 查看帖子⟧</div>
<div class="viewthread">
<div class="hm">⟦m 查看：4127 ｜ 回复：38⟧</div>
<h1 class="ts">⟦t [烘焙心得] 活底蛋糕模和固底蛋糕模怎么选，说说我踩过的坑⟧</h1>
<table class="plhin"><tr>
<td class="pls"><div>⟦m 小满做蛋糕⟧</div><p>⟦m 焙龄 5 年　积分 3288　金勺 126⟧</p></td>
<td class="plc"><div class="pi">⟦m 楼主　发表于 3 天前　只看该作者⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="rate">⟦l 参与人数 3　金勺 +8　收起 理由⟧</div>
<div class="sign">⟦m 烘焙是门慢功夫，欢迎来我主页看方子⟧</div>
<div class="po">⟦a 回复　收藏　点赞　举报⟧</div>
</td></tr></table>
<div class="reply">⟦l 沙发　面团不听话：活底模漏液那段太真实了⟧</div>
<div class="reply">⟦l 板凳　焦糖布丁：锡纸包底我也试过，管用⟧</div>
</div>
<div id="f_pst">⟦a 登录后才能参与讨论，没有账号？立即注册⟧</div>
<div id="ft">⟦m 焙友社区 ( 粤ICP备19066203号-2 )⟧ ⟦m Powered by Discuz! X3.4⟧</div>
</body>
</html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=3),
        body="""
入坑五年，家里的蛋糕模攒了十几个，说说活底和固底两种模的区别，给新手姐妹参考。
活底模底盘能推出来，做戚风、芝士蛋糕脱模方便，但底缝容易漏液。我第一次做水浴芝士，水渗进去把底烤湿了，整个蛋糕报废。后来学乖了，水浴时在外面包两层锡纸。
固底模不漏，适合做海绵蛋糕和磅蛋糕，缺点是脱模要靠垫油纸或者抹油撒粉，新手容易把边弄破。
阳极铝的模导热均匀，戚风最好用不粘的，因为戚风要靠模壁往上爬。
我的建议：第一只买六寸活底阳极模，用熟了再添固底的。
""",
    ),
    dict(
        slug="forum-jiuwufang-can-openers-collection-junk",
        site="旧物坊论坛 (invented)",
        style="论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="https://www.jiuwufang.example.com/t/88021.html",
        title="老式蝴蝶开罐器七把，附年代考",
        record_title="[藏品分享] 老式蝴蝶开罐器七把，附年代考 - 老物件 - 旧物坊论坛",
        date="2024-11-02",
        notes="collectors' forum thread as text: forum junk as lines and glued after 。; the post's 发表于 date is the page's date; replies, a signature and a reply prompt under it",
        page="""
!m 旧物坊论坛 » 老物件 » 帖子
!t [藏品分享] 老式蝴蝶开罐器七把，附年代考
!m 楼主　铁皮罐头　发表于 2024-11-02 21:40　查看 2210 回复 17
!m 电梯直达　只看楼主
{BODY}
!m ——个人签名：收旧不收假，欢迎交流——
!l 2楼　北窗旧货：第四把我也有一把，一直不知道年份
!l 3楼　阿贵淘宝：楼主收藏好全，求一张全家福
!a 游客请先登录后回帖
""",
        junk=dict(lines=2, glued=2),
        body="""
这几年陆续收了七把老式开罐器，都是那种两片铁柄、中间一个齿轮的“蝴蝶”式，今天拍出来和大家交流。
第一把最老，柄上压着“上海”两字，铸铁刀头，估计是六十年代的，刃口还能用。
第二、三把是七十年代的搪瓷柄，一红一绿，绿色那把是从憩湾镇一位老师傅手里收的，他说当年供销社一块二一把。
第四到第六把是八十年代的镀铬款，齿轮换成了冲压件，做工明显简单了。
第七把是九十年代的塑料柄，已经有点像现在超市里卖的了。
年代都是我根据材料和字样推的，不一定准，欢迎懂行的朋友指正。
""",
    ),
]

"""holdout19, part A: 范文 sites, 文库 previews, 范文 apps and document-sharing pages.

Invented text (sites, places, people, numbers, URLs); see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="fanwen-jiaxun-speech-investment-push",
        site="嘉训范文网 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.jiaxunfw.com/jianghua/jingji/2025/0221/17733.html",
        title="在全县2025年招商引资项目攻坚推进会上的讲话",
        record_title="在全县2025年招商引资项目攻坚推进会上的讲话（优选4篇）",
        date="2025-02-19",
        date_also=["2025-02-21"],
        notes="multi-piece page decoration in the record title; speaker and date lines under the title (neutral); a '第1篇' marker; buttons with symbols; a pass prompt for the other pieces",
        page="""
!m 嘉训范文网 · 材料人的资料柜
!m 所在位置：首页 ⟩ 讲话发言 ⟩ 经济工作
!t 在全县2025年招商引资项目攻坚推进会上的讲话（优选4篇）
!m 更新：2025-02-21　|　篇幅：约2100字　|　人气：1876
!a 📋 复制正文　　⤓ 存为Word　　☆ 放进素材夹
!m 第1篇
{T}
县委副书记、县长　欧阳明
（2025年2月19日）
{BODY}
!a 其余3篇需开通“畅写卡”后查看，月卡仅需6元
!l 同栏目热读
!l ▸ 招商引资工作表态发言（5篇合集）
!l ▸ 项目建设攻坚年动员会主持词
!w 没找到合适的？材料定制、润色改稿请找小嘉：微信 jx_wenmi88
!d 本站文章均来源于会员投稿，仅供写作借鉴，严禁用于商业用途，如涉版权请发邮件告知。
!m 嘉训范文网 jiaxunfw.com　桂ICP备2021008817号-1
""",
        indent="\u3000\u3000",
        body="""
同志们：
今天这个会，是春节后县政府召开的第一个专题会议，就是要聚焦招商引资这个“一号工程”，把全年的任务分解下去、把攻坚的劲头鼓起来。刚才，县投资促进局通报了去年招商引资完成情况和今年的目标任务，三个园区和两个乡镇作了表态发言，大家讲得都很实在。下面，我讲四点意见。
一、正视差距，增强招商引资的紧迫感
去年全县新签约亿元以上项目31个，协议投资额186亿元，实际到位资金72.4亿元，三项指标均创历史新高。但对照市里下达的目标，我们在五亿元以上重大项目、制造业项目和外资项目上仍有明显短板，有的签约项目迟迟不能开工，有的项目落地后配套跟不上。这些问题必须引起我们的高度重视。
二、突出重点，提高招商引资的精准度
一要盯住主导产业。围绕新材料、食品加工、现代物流三条产业链，绘制好招商图谱，明确目标企业清单，做到按图索骥、精准对接。二要用好乡情资源。今年要把在外商会、异地菖水籍企业家作为重点联系对象，办好“菖商回归”恳谈会，力争引回一批带动性强的项目。三要创新招商方式。在坚持驻点招商、以商招商的同时，大力推进基金招商和场景招商，让资本和应用场景成为吸引项目的“敲门砖”。
三、优化服务，提升项目落地的转化率
项目签约只是第一步，开工投产才是硬道理。各园区要对在谈、签约、在建项目实行“一项目一专班一清单”，对用地、用能、环评等关键环节提前介入、并联审批。县直各部门要主动上门服务，不能让企业在审批窗口之间来回跑。对企业反映的问题，要做到当天受理、限时办结。
四、压实责任，形成齐抓共管的强大合力
县里将实行招商引资“月通报、季排名、年考核”，考核结果与干部评先评优直接挂钩。各乡镇、各部门主要负责同志要亲自带队外出招商，全年外出招商不少于6次。对在招商工作中弄虚作假、虚报项目的，一经查实，严肃追责。
同志们，招商引资比的是速度，拼的是服务。希望大家以只争朝夕的紧迫感，奋力完成全年招商引资各项目标任务，为全县高质量发展注入强劲动能！
""",
    ),
    dict(
        slug="fanwen-wenshu-html-pledge-cyber-civility",
        site="文枢范文网 (invented)",
        style="范文站",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://www.wenshufw.cn/changyishu/wangluo/30417.html",
        title="关于争做文明网民的倡议书",
        record_title="【2025新版】关于争做文明网民的倡议书",
        date="2025-04-20",
        notes="modern template: top bar, nav, crumb, tool row, sidebar lists, footer; the pledge's own hotline, mailbox and '扫码关注' sentence stay; 成文日期 in Chinese numerals",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>【2025新版】关于争做文明网民的倡议书-文枢范文网</title>
<meta name="description" content="文枢范文网为您精选倡议书范文">
<link rel="stylesheet" href="/static/css/article.v3.css">
<script src="/static/js/jquery.min.js"></script>
</head><body>
<div class="topbar"><div class="w1200"><span>⟦m 文枢范文网——让每一篇材料都有出处⟧</span><span class="r"><a href="/u/login">⟦a 登录账号⟧</a> | <a href="/u/signup">⟦a 注册领积分⟧</a></span></div></div>
<div class="menu"><ul><li>⟦m 首页⟧</li><li>⟦m 倡议书⟧</li><li>⟦m 心得体会⟧</li><li>⟦m 讲话致辞⟧</li><li>⟦m 党团范文⟧</li></ul></div>
<div class="w1200 crumbs">⟦m 您在这里：文枢范文网 &raquo; 倡议书 &raquo; 网络文明倡议书⟧</div>
<div class="w1200 wrapper">
<div class="left">
<h1 class="art-title">{T}</h1>
<div class="art-meta">⟦m 收录时间：2025-04-23　|　栏目：倡议书　|　热度：☆☆☆☆☆　|　浏览：1,094⟧</div>
<div class="art-tools"><span>⟦a 放大字体⟧</span> <span>⟦a 缩小字体⟧</span> <span>⟦a 导出本页⟧</span></div>
<div class="art-body">
{BODY}
</div>
<div class="art-pay">⟦a 复制正文需登录，会员可一键导出带格式的Word文档⟧</div>
<div class="art-near"><p>⟦l ← 上一篇：网络安全宣传周倡议书（3篇）⟧</p><p>⟦l → 下一篇：致全县青少年的一封信⟧</p></div>
</div>
<div class="right">
<div class="box"><h3>⟦l 小编精选⟧</h3><ul>
<li>⟦l 文明祭扫倡议书（4篇）⟧</li><li>⟦l 节约粮食倡议书（两篇）⟧</li><li>⟦l 垃圾分类倡议书范文⟧</li></ul></div>
<div class="box"><h3>⟦l 标签云⟧</h3><p>⟦l 网络文明　清朗行动　网民公约⟧</p></div>
</div></div>
<div class="footer"><p>⟦d 网站所刊范文仅供学习借鉴，其版权归原作者所有；若有侵权，请通过底部邮箱联系我们处理。⟧</p>
<p>⟦m © 2019-2025 wenshufw.cn　冀ICP备19033620号⟧</p></div>
</body></html>
""",
        p_html='<p style="text-indent:2em">{}</p>',
        body="""
全县广大网民朋友们：
互联网是亿万民众共同的精神家园。网络空间天朗气清、生态良好，符合人民利益。为进一步营造积极健康、向上向善的网络环境，县委网信办向全县广大网民发出如下倡议：
一、做网络文明的践行者。自觉遵守法律法规，不造谣、不信谣、不传谣，不发布、不转发未经核实的信息，理性表达观点，文明发表评论。
二、做正能量的传播者。积极宣传家乡建设成就和身边的好人好事，讲好蕙城故事，让网上网下同心圆越画越大。
三、做网络安全的守护者。增强个人信息保护意识，不随意点击陌生链接，不轻信网络中奖、刷单返利等信息，发现电信网络诈骗线索及时报警。
四、做清朗网络的监督者。对网上淫秽色情、网络暴力、恶意营销等有害信息，请及时向有关部门举报。违法和不良信息举报电话：0756-8812377，举报邮箱：jubao@hcwxb.example.gov.cn。也可扫描县委网信办公众号二维码，关注“清朗蕙城”举报专栏在线提交线索。
网络文明你我共建，清朗空间你我共享。让我们从现在做起、从自身做起，共同守护好我们的网上精神家园！
中共蕙城县委网络安全和信息化委员会办公室
二〇二五年四月二十日
""",
    ),
    dict(
        slug="fanwen-shisui-insight-aid-xinjiang-wrapped",
        site="拾穗范文网 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://m.shisuifw.net/xinde/8830.html",
        title="2025年援疆工作心得体会",
        record_title=None,
        date=None,
        notes="no record title; decorated title line above the real one; text copied from a PDF and hard-wrapped at 62 columns; a year only in the title (no date)",
        page="""
!m 拾穗范文网 · 手机版
!t 援疆干部：2025年援疆工作心得体会【精编】
!m 来源：会员上传　　阅读：约6分钟
{T}
!a 👆 点击标题下方“听全文”，通勤路上也能学
{BODY}
!a ——试读部分到此为止，扫码开通会员阅读剩余内容——
!l 猜你还在找
!l 援藏干部个人总结　|　对口支援工作汇报　|　东西部协作挂职体会
!m 拾穗范文网 m.shisuifw.net
""",
        wrap=62,
        indent="\u3000\u3000",
        body="""
按照组织安排，我于去年8月随第十一批援疆工作队来到对口支援县，挂职县发展和改革委员会副主任，主要负责援疆项目的谋划、实施和资金管理工作。一年多来，我深深体会到，援疆不仅是一项政治任务，更是一次难得的人生历练。
一、在学习中转变角色。初到受援地，语言不通、情况不熟，很多工作无从下手。我坚持白天跑项目、晚上补课，用三个月时间走遍了全县12个乡镇，摸清了每个在建项目的进度和难点。只有沉下身子，才能真正找准工作的切入点。
二、在实干中增进感情。去年冬天，一个安居富民项目因为材料供应紧张面临停工，我和后方单位多次协调，终于在封冻前完成主体施工，42户群众住进了新房。搬家那天，一位老大娘拉着我的手说个不停，虽然我听不全她的话，但那份感激我感受得真真切切。
三、在坚守中锤炼作风。援疆三年，家里老人生病、孩子升学，我都没能陪在身边。但我始终认为，既然组织把我们派到这里，就要对得起这份信任，把每一分援疆资金用在刀刃上，把每一个项目建成群众满意工程。
接下来，我将继续扎根受援地，发挥好桥梁纽带作用，推动产业援疆、就业援疆向纵深发展，以实际行动交出一份合格的援疆答卷。
""",
    ),
    dict(
        slug="wenku-yilan-summary-realestate-registration",
        site="易览文库 (invented)",
        style="文库预览",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.yilanwk.com/view/6f1c20a9b8e4.html",
        title="菖水县不动产登记中心2024年工作总结",
        record_title="菖水县不动产登记中心2024年工作总结.docx",
        date="2025-01-08",
        notes="file-name record title; preview converter markers '第n/5页' cutting sentences, on their own line or glued to the continuation; a data table one row a paragraph",
        page="""
!t 菖水县不动产登记中心2024年工作总结.docx
!m 原格式预览 · 共5页 · 37.2KB
!a ⤓ 下载源文件（¥5.00）　　♡ 收藏　　⚑ 举报
!m 易览文库 | 文档在线看
{T}
{BODY}
!a 试看到此结束：后面还有2页，购买后继续阅读
!a ¥5.00 单独购买　　包月会员 ¥19.9 无限下载
!d 本页文档由上传者提供，易览文库只做展示，不审核内容；如涉侵权，可提交权属证明申请下架。
!l 同类文档：不动产登记“一窗受理”工作汇报.docx　|　自然资源局年度工作总结.doc
""",
        pages=dict(fmt="第{n}/5页", every=160, start=2, glue="mix"),
        body="""
2024年，县不动产登记中心在县自然资源局党组的正确领导下，紧紧围绕“登记便民、服务利民”目标，持续深化不动产登记领域改革，各项工作取得新进展。现将全年工作总结如下。
一、主要工作成效
（一）登记业务平稳增长。全年共办理各类不动产登记业务2.86万件，同比增长9.4%，发放不动产权证书1.12万本、登记证明0.97万份，登记发证准确率保持100%。
（二）“交房即交证”全面推行。联合住建、税务部门，对新建商品房项目实行“容缺受理、提前介入”，全年共有14个项目3620套房屋实现交房即交证，群众领证时间由过去的3个月缩短至交房当天。
（三）“一网通办”提质扩面。不动产登记与水、电、气、网、有线电视过户实现联动办理，抵押登记业务延伸至全县11家银行网点，群众“就近办、一次办”比例达到87%。
（四）历史遗留问题有序化解。按照“尊重历史、分类处置”的原则，化解国有建设用地上房屋“办证难”问题项目9个，惠及群众2140户。
全年主要业务办理情况如下：
业务类型　办件量（件）　同比增减
首次登记　4180　+6.2%
转移登记　12460　+11.8%
抵押登记　8930　+8.5%
变更及其他登记　3030　+7.1%
二、存在的不足
一是乡镇登记服务网点建设滞后，偏远乡镇群众办事仍需往返县城；二是部分历史档案数字化程度不高，查询调档耗时较长；三是窗口人员业务能力参差不齐。
三、2025年工作打算
2025年，我们将加快推进乡镇便民服务点建设，完成历史登记档案数字化扫描，开展窗口人员轮训，推动不动产登记服务再提速、再增效。
菖水县不动产登记中心
2025年1月8日
""",
    ),
    dict(
        slug="wenku-qianye-oneline-speech-democratic-league",
        site="千页文库 (invented)",
        style="文库预览",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://qianyewk.com/doc/2025/0320/44180236.html",
        title="在民盟蔚川区委会2025年工作会议上的讲话",
        record_title="【会员免费】在民盟蔚川区委会2025年工作会议上的讲话",
        date="2025-03-14",
        notes="text layer on one line (paragraphs only by their indent), cut by '◎n◎' markers; decorated record title; speaker and date lines under the title",
        page="""
!m 千页文库　›　党政范文　›　统战工作
!t 【会员免费】在民盟蔚川区委会2025年工作会议上的讲话
!m 页数 7　·　阅读 608　·　下载 41
!a 全文免费阅读已结束，开通千页会员查看后续6页
{T}
民盟蔚川区委会主委　蒋文澜
（2025年3月14日）
{BODY}
!a 继续阅读全文 ⌄
!d 特别说明：本文档为网友分享，千页文库不拥有其著作权，如您认为侵犯了您的权益，请联系版权处理专员。
!m 千页文库 qianyewk.com　京公网安备11010502060381号
""",
        oneline=True,
        indent="\u3000\u3000",
        pages=dict(fmt="◎{n}◎", every=260, start=2),
        body="""
各位盟员同志：
今天我们召开民盟蔚川区委会2025年工作会议，主要任务是总结2024年工作，部署2025年重点任务。刚才，副主委钟立华同志代表区委会作了工作报告，我完全同意。下面，我再讲三点意见。
一、深化政治交接，夯实团结合作的思想基础
去年，区委会组织盟员参加各类学习培训23场次，覆盖盟员320余人次，“同心讲堂”走进6个基层支部。今年，要继续把学习教育摆在首位，引导广大盟员在思想上同心同德、目标上同心同向、行动上同心同行。
二、聚焦中心大局，提高参政议政的质量
去年我们向区政协提交集体提案9件，其中《关于加快老旧厂区更新利用的建议》被列为重点提案，相关建议被区政府采纳。今年要围绕城市更新、养老托育、职业教育等课题，深入开展调查研究，努力拿出更多有分量、可操作的意见建议。
三、加强自身建设，提升组织的凝聚力
各基层支部要严格落实组织生活制度，按时召开支委会和盟员大会。要严把发展质量关，注重吸收教育、文化、科技界的优秀中青年人才。区委会机关要改进作风，当好盟员之家。
同志们，新的一年任务光荣、责任重大。希望大家坚定信心、履职尽责，为蔚川高质量发展贡献盟员智慧和力量！
""",
    ),
    dict(
        slug="wenku-yunfan-html-plan-agri-enforcement",
        site="云帆文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="html",
        source="https://www.yunfanwk.com/p-98120447.html",
        title="2025年农资打假专项执法行动方案",
        date="2025-03-03",
        notes="HTML preview: zero-padded page numbers '【0n】' as paragraphs between the halves of a cut paragraph; a login wall and an upload disclaimer",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>2025年农资打假专项执法行动方案 - 云帆文库</title></head>
<body>
<header class="yf-head"><a class="logo">⟦m 云帆文库⟧</a><span class="slogan">⟦m 上传知识 扬帆远航⟧</span><a class="login">⟦a 登录后可免费预览更多⟧</a></header>
<section class="yf-doc">
<h1>{T}</h1>
<div class="yf-meta">⟦m 文档编号：YF98120447　页数：6　上传：农业******员⟧</div>
<div class="yf-bar"><button>⟦a 马上下载本文档⟧</button> <button>⟦a 转存到我的文库⟧</button> <button>⟦a 全屏阅读⟧</button></div>
<div class="yf-pages">
{BODY}
</div>
<div class="yf-end">⟦a 剩余2页未展示——￥6.00 获取完整文档⟧</div>
<p class="yf-legal">⟦d 本文档来自网友上传，不代表本站观点；如您是权利人且发现侵权，请发送通知至站务邮箱，我们将在3个工作日内处理。⟧</p>
</section>
<aside class="yf-rel"><h4>⟦l 看过这篇的还看了⟧</h4><ul><li>⟦l 种子市场专项检查工作总结⟧</li><li>⟦l 农药经营门店执法检查记录表⟧</li></ul></aside>
<footer>⟦m 云帆文库 © 2025　苏ICP备2023041768号-3⟧</footer>
</body></html>
""",
        p_html="<p>{}</p>",
        pages=dict(fmt="【{n:02d}】", every=180, start=2),
        body="""
为切实维护农民合法权益，保障农业生产安全，根据上级农业综合行政执法工作部署，县农业综合行政执法大队决定在全县开展2025年农资打假专项执法行动。现制定方案如下。
一、行动时间
2025年3月至11月，分春季、夏秋季两个阶段集中开展。
二、检查重点
（一）重点品种。以种子、农药、肥料、兽药、饲料为重点，突出玉米、水稻种子和除草剂、复混肥料等农民用量大、投诉多的品种。
（二）重点区域。以农资批发市场、乡镇集贸市场、城乡结合部和网络销售主体为重点，兼顾偏远乡村的流动销售。
（三）重点问题。严厉查处无证生产经营、套牌侵权、假冒伪劣、标签不规范、非法添加隐性成分等违法行为。
三、工作措施
（一）开展拉网检查。执法人员对全县农资经营门店逐一检查，建立“一店一档”，检查覆盖率达到100%。
（二）强化监督抽检。全年抽检种子样品不少于40个、农药样品不少于30个、肥料样品不少于30个，对抽检不合格的依法立案查处。
（三）畅通举报渠道。向社会公布举报电话0739-5261230，对群众举报的线索，做到件件有登记、件件有回复。
四、工作要求
各执法中队要明确责任人，每月5日前报送上月行动进展情况；对涉嫌犯罪的案件，及时移送公安机关，坚决杜绝以罚代刑。
附件：1．农资打假专项执法行动进度表
2．农资经营门店检查记录表
苜川县农业综合行政执法大队
2025年3月3日
""",
    ),
    dict(
        slug="fwapp-xiezuomiao-oneline-insight-cyber-training",
        site="写作喵范文App share page (invented)",
        style="范文APP",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://share.xiezuomiao.app/s/9Kq2TfWb",
        title="参加网络安全和信息化专题培训的心得体会",
        record_title=None,
        date=None,
        notes="app share page: the body on one line; open-in-app prompts above and below; a '3小时前' relative time and a share stamp are no dates",
        page="""
!a 打开「写作喵」App，阅读体验更佳
!m 写作喵 · 范文
{T}
!m 猫友“青柠不酸”分享　·　3小时前
!m 本文已被 1.3万 人收藏
{BODY}
!a 剩余约40%内容需在App内查看
!a App内免费领取同类模板 >
!l 相关模板：网信工作总结｜网络安全自查报告｜保密培训心得
!m 分享于 2025/05/12 08:41
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
5月上旬，我参加了县委网信办举办的网络安全和信息化专题培训班。三天的培训安排紧凑，既有专家讲授，也有实操演练，让我对网络安全工作的认识从“知道重要”变成了“知道怎么做”。
一是网络安全没有旁观者。授课老师讲到，绝大多数网络安全事件都源于弱口令、乱点链接等小疏忽。回想自己平时工作中把密码记在便签上、随手插陌生U盘的习惯，确实存在隐患。
二是数据安全要从源头抓起。单位每天产生大量涉及群众个人信息的数据，哪些能公开、哪些要脱敏、哪些必须加密，都要有明确规定，不能凭感觉办事。
三是信息化要服务于实际工作。培训中参观了县政务数据中心，看到“一网通办”平台让群众少跑了很多腿，我深受启发。我们科室的台账管理还停留在表格阶段，下一步要主动对接信息化部门，推动业务上平台。
今后，我将把培训所学用到工作中，带头落实网络安全责任制，做单位网络安全的“守门人”。
""",
    ),
    dict(
        slug="fwapp-bikewen-reader-summary-investment-bureau",
        site="笔客文 App reading mode (invented)",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://m.bikewen.cn/read/article/552091",
        title="县投资促进局2024年工作总结",
        record_title="🔥热门｜县投资促进局2024年工作总结",
        date="2025-01-15",
        notes="app reading mode; decorated record title (emoji, 热门｜); marker '★ n ★' glued or on its own line; 成文日期 in Chinese numerals; pay prompt glued after a sentence",
        page="""
!a ‹ 返回　　　　　　　　Aa　　☾ 夜间
!t 🔥热门｜县投资促进局2024年工作总结
!m 笔客文 · 每天一篇好材料
!m 2.4k阅读　·　字数 1690
{BODY}
!a 解锁全文：本篇需 12 金币，签到可领
!l 评论 6　|　点赞 88　|　转发
!a 下载笔客文App，随时随地写材料
""",
        pages=dict(fmt="★ {n} ★", every=240, start=2, glue="mix"),
        body="""
2024年，县投资促进局在县委、县政府的坚强领导下，坚持把招商引资作为推动高质量发展的第一抓手，全力以赴抓招商、促落地、优服务，较好完成了全年目标任务。
一、招商成果持续扩大
全年共签约项目58个，协议总投资213.6亿元，其中10亿元以上项目6个。新材料产业园引进锂电隔膜、碳纤维复合材料等产业链项目9个，形成了初步的集聚效应。
二、项目落地明显加快
建立签约项目“周调度、月通报”机制，全年签约项目开工率达到71%，较上年提高12个百分点；实际利用市外资金132.8亿元，同比增长15.7%。
三、营商环境不断优化
牵头组建企业服务专员队伍，为63家重点企业“一对一”解决用工、融资、物流等问题147个。⟦a 【会员专享】下方还有“存在问题”和“明年思路”两部分⟧
四、存在的问题和明年打算
招商引资中仍存在龙头项目少、外资项目少、专业招商人才不足等问题。2025年，我们将聚焦主导产业链精准招商，健全项目全生命周期服务，力争全年签约项目协议投资额突破240亿元。
菖水县投资促进局
二〇二五年一月十五日
""",
    ),
    dict(
        slug="docshare-jianwen-report-forensic-centre-page-paren",
        site="简文档 (invented document-sharing site)",
        style="文档分享",
        genre="工作报告",
        kind="report",
        form="text",
        source="https://www.jianwendang.com/file/7738120.html",
        title="檀溪市公信司法鉴定中心2024年度执业情况报告",
        record_title="檀溪市公信司法鉴定中心2024年度执业情况报告.pdf",
        date="2025-02-10",
        notes="file-name record title; PDF text with '(Page n)' markers on lines of their own cutting sentences; 成文日期 in Chinese numerals; a table and a 抄送 line",
        page="""
!m 简文档 · 资料互助社区
!t 檀溪市公信司法鉴定中心2024年度执业情况报告.pdf
!m 分享者：tx_jd****　　大小：412KB　　共4页
!a 👁 在线浏览　　⤓ 下载（需8积分）　　✚ 加入清单
{T}
{BODY}
!a 本资料仅开放前3页浏览，完整版请下载后查看。
!d 文档内容由分享者上传并对其合法性负责；平台仅提供存储与检索服务，不对文中观点承担责任。
!l 大家都在看：司法鉴定机构年度自查报告｜司法鉴定投诉处理办法｜鉴定人执业考核表
""",
        pages=dict(fmt="(Page {n})", every=170, start=2),
        body="""
市司法局：
根据《司法鉴定机构登记管理办法》和年度执业情况报告制度的有关要求，现将本中心2024年度执业情况报告如下。
一、机构基本情况
本中心经市司法局审核登记，执业类别为法医临床鉴定、法医病理鉴定和文书鉴定三类。现有司法鉴定人14名，其中具有高级专业技术职称的8名；新增鉴定人2名，注销执业1名。
二、业务开展情况
全年共受理鉴定委托1286件，完成1271件，按期完成率98.8%。其中法医临床鉴定1043件，法医病理鉴定96件，文书鉴定147件。委托来源中，人民法院委托占62%，公安机关委托占21%，律师事务所及个人委托占17%。
鉴定类别　受理（件）　完成（件）
法医临床　1043　1035
法医病理　96　94
文书　147　142
三、质量管理情况
中心严格执行鉴定程序规范，全年参加国家级能力验证3项，结果均为“满意”。鉴定人出庭作证27人次，未发生因鉴定质量问题被投诉查实的情况。
四、存在问题及改进措施
一是部分鉴定项目周期偏长，下一步将优化内部流转程序；二是文书鉴定设备老化，计划年内更新显微检测设备一套。
特此报告。
檀溪市公信司法鉴定中心
二〇二五年二月十日
抄送：市司法鉴定协会
""",
    ),
    dict(
        slug="docshare-wenhai-html-minutes-policy-research",
        site="文海共享 (invented)",
        style="文档分享",
        genre="会议纪要",
        kind="other",
        form="html",
        source="https://www.wenhaigx.com/d/2025/0418/6620913.html",
        title="县委政策研究室2025年第3次室务会议纪要",
        record_title="[资料共享]县委政策研究室2025年第3次室务会议纪要",
        date="2025-04-11",
        date_also=["2025-04-09"],
        notes="sharing page with an upload notice; the minutes' 时间/地点/主持/参会 lines and 印发 版记 stay; the 印发 date expected, the meeting's date also accepted",
        page="""
<html><head><meta charset="utf-8"><title>[资料共享]县委政策研究室2025年第3次室务会议纪要_文海共享</title></head>
<body>
<div id="top">⟦m 文海共享 — 一份资料，众人受益⟧　<a>⟦a 上传我的文档赚积分⟧</a></div>
<div id="crumb">⟦m 资料库 / 党政机关 / 会议纪要⟧</div>
<div id="doc">
<h2>{T}</h2>
<p class="info">⟦m 上传用户：政研小白　积分：3　格式：doc　浏览：271⟧</p>
<p class="tip">⟦d 声明：本文档系用户自主上传并公开分享，文海共享无法核实其来源与准确性；若内容涉及您的权利，请在页面底部提交反馈。⟧</p>
<div class="content">
{BODY}
</div>
<p class="more">⟦a 点击加载剩余内容（需登录）⟧</p>
<div class="ops">⟦l 👍 有用 12　　👎 没用 1　　💬 评论⟧</div>
</div>
<div id="side"><p>⟦l 同分类下载榜⟧</p><ol><li>⟦l 办公室主任会议纪要模板⟧</li><li>⟦l 专题协调会议纪要（范本）⟧</li></ol></div>
<div id="foot">⟦m 文海共享 wenhaigx.com　客服邮箱 help@wenhaigx.com⟧</div>
</body></html>
""",
        body="""
时间：2025年4月9日下午
地点：县委政研室会议室
主持：王鸿远
参会：室领导班子成员，各科室负责人
记录：许佳
会议传达学习了全市政策研究工作会议精神，研究了二季度重点调研课题安排和信息报送工作。现将会议议定事项纪要如下：
一、关于重点调研课题。会议同意将“县域商业体系建设”“农村集体经营性建设用地入市”“新就业形态劳动者权益保障”三项课题列为二季度重点调研课题，分别由经济科、农村科、社会科牵头，6月20日前形成调研报告初稿。
二、关于信息报送工作。会议要求进一步提高信息报送的时效性和针对性，各科室每月至少报送有分量的专报信息2篇，办公室每月通报采用情况。
三、关于内部管理。会议强调，要严格执行公文处理和保密管理规定，涉密文件一律不得在互联网计算机上处理。
出席：王鸿远、陈立明、肖静、何书平
列席：经济科、农村科、社会科负责人
县委政策研究室秘书科　2025年4月11日印发
""",
    ),
    dict(
        slug="docshare-ziliaohe-cement-plan-wrapped-box-markers",
        site="资料盒 (invented)",
        style="文档分享",
        genre="计划",
        kind="plan",
        form="text",
        source="http://www.ziliaohe.net/share/2025/0109/s41987.html",
        title="2025年度安全生产工作计划",
        record_title=None,
        date=None,
        notes="no record title; hard-wrapped at 56 columns and cut by '□n□' glued to the start of the continuation line; a year only in the title; a 1.1/1.2 numbered plan",
        page="""
!m 资料盒 › 企业管理 › 安全生产
!m 共享时间：2025-01-09　　格式：WPS　　页数：5
{T}
!a 【收藏】【纠错】【原文下载】
{BODY}
!a 预览只显示部分内容，请下载原文件查看全部
!d 友情提示：资料盒所有资源均由网友共享，请自行甄别使用，不得用于违法用途。
!l 上一个：水泥厂设备检修安全规程.doc
!l 下一个：粉尘防爆专项整治方案.wps
""",
        wrap=56,
        indent="",
        pages=dict(fmt="□{n}□", every=150, start=2, glue=True),
        body="""
为认真贯彻落实安全生产法律法规，进一步强化公司安全生产主体责任，有效防范和遏制各类生产安全事故，结合公司实际，制定本年度安全生产工作计划。
1 工作目标
1.1 杜绝重伤及以上人身事故、较大及以上设备事故和火灾事故。
1.2 轻伤事故频率控制在1‰以内，职业病发病率为零。
1.3 隐患排查整改率达到100%，特种作业人员持证上岗率达到100%。
2 重点工作
2.1 健全责任体系。年初由总经理与各车间、部门负责人签订安全生产责任书，车间与班组、班组与员工逐级签订，形成横向到边、纵向到底的责任网络。
2.2 抓好隐患排查治理。重点对回转窑、篦冷机、煤磨系统、预热器等关键部位开展每周巡检，对粉尘防爆、有限空间作业、高处作业等高风险环节实行作业许可管理。
2.3 加强教育培训。全年组织全员安全培训不少于24学时，新员工三级安全教育合格后方可上岗；开展应急演练不少于4次。
2.4 改善职业健康条件。更新包装车间除尘设备两台，为接触粉尘、噪声的员工每年开展一次职业健康体检。
3 保障措施
安全生产费用按规定足额提取，专款专用；安全管理部每月对计划执行情况进行检查考核，考核结果与车间绩效工资挂钩。
""",
    ),
]

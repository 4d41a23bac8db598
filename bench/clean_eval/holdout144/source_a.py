"""holdout144, part A: a painting academy on an old 范文 site, a youth-care committee's speech, an
esports club's pledge, a forensic-appraisal institute and a futures firm on 文库 previews, a Taiwan
affairs office and a staffing office on county portals, an inland maritime office and a planning
exhibition hall in the news, a xiangqi association and a building-materials market on forums.
Everything invented (counties, people, sites, URLs, chrome wording); see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="fanwen-mobao-painting-academy-summary-oldtable",
        site="墨宝范文网 (invented)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://www.mobaofw.example.net/zongjie/nianzhong/20250117_6620.asp",
        title="岑川县国画院2024年度工作总结",
        record_title="【精选】岑川县国画院2024年度工作总结（通用3篇）_墨宝范文网",
        date="2025-01-15",
        notes="old gb2312 table layout with a marquee and a visitor counter; a writing-service prompt glued after a body sentence; date in Chinese numerals under the signature",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>【精选】岑川县国画院2024年度工作总结（通用3篇）_墨宝范文网</title>
<script>var _hmt=_hmt||[];</script></head><body bgcolor="#f4f0e6">
<table width="960" align="center"><tr><td><font size="5">⟦m 墨宝范文网⟧</font> <font size="2">⟦m 笔下有乾坤 文中见真章⟧</font></td><td align="right">⟦a 设为首页⟧ | ⟦a 加入收藏夹⟧</td></tr></table>
<table width="960" align="center"><tr><td><marquee scrollamount="3">⟦m 本站新增年终总结专题二百余篇，每日更新，欢迎常来看看！⟧</marquee></td></tr></table>
<table width="960" align="center"><tr><td>⟦m 您现在的位置：墨宝范文网 &gt;&gt; 总结大全 &gt;&gt; 单位年终总结⟧</td></tr></table>
<table width="960" align="center"><tr><td width="700" valign="top">
<h2>⟦t 岑川县国画院2024年度工作总结⟧</h2>
<div>⟦m 文章来源：网友投稿　更新：2025-01-17　人气：1386⟧</div>
<div>⟦a 【字号：大 中 小】⟧ ⟦a 【复制全文】⟧</div>
{BODY}
<div>⟦l 上一篇范文：县文化馆2024年群众文化工作总结⟧</div>
<div>⟦l 下一篇范文：美术家协会年度会员工作报告⟧</div>
</td><td width="260" valign="top"><table><tr><td>⟦l 本类热门⟧</td></tr><tr><td>⟦l ·书画院年度工作计划范文⟧</td></tr><tr><td>⟦l ·画家采风活动总结三篇⟧</td></tr><tr><td>⟦l ·艺术展览开幕式致辞⟧</td></tr></table></td></tr></table>
<table width="960" align="center"><tr><td align="center"><font size="2">⟦d 本站文章均由网友提供，仅作写作参考，如有侵权请来函告知删除⟧<br>⟦m 您是本站第 0048213 位访客⟧　⟦m 蜀ICP备1702XX66号⟧</font></td></tr></table>
</body></html>
""",
        body="""
2024年，县国画院在县委宣传部和县文旅局的领导下，坚持以创作为中心，以服务群众为导向，较好完成了全年各项任务。
一、创作成果丰硕。全院画师围绕岑川山水、茶乡新貌等主题深入采风，全年创作作品一百二十七幅，其中九幅入选省级以上展览。⟦w 写材料没头绪？本站编辑一对一代拟，微信 mobao_fw88⟧
二、展览交流活跃。成功举办“岑川春晓”山水画展和青年画师作品联展，接待观众一万一千余人次，与邻县画院开展互访交流四次。
三、公共服务深入基层。组织画师走进乡村学校和社区开展书画公益课三十六场，为群众义写春联、义画扇面一千余件。
四、存在的不足。高水平代表性作品还不多，青年画师培养机制有待健全，馆藏作品数字化整理进度偏慢。
2025年，我院将重点抓好精品创作、人才培养和藏品管理三项工作，为繁荣全县文化事业作出新的贡献。
岑川县国画院
二〇二五年一月十五日
""",
    ),
    dict(
        slug="fanwen-wenlin-guangongwei-speech-file-markers",
        site="文林公文网 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.wenlingw.example.com/jianghua/2025/04/18551.html",
        title="在全县关心下一代工作会议上的讲话",
        record_title="在全县关心下一代工作会议上的讲话.docx",
        date="2025-04-09",
        notes="file-name record title; speaker and date under the speech title (neutral); a converter's ⸨n⸩ markers cut sentences; chrome between paragraphs",
        indent="　　",
        pages=dict(fmt="⸨{n}⸩", every=260, start=2, glue=False),
        page="""
!m 文林公文网 — 机关材料一站搞定
!m 首页 › 讲话致辞 › 会议讲话
!t 在全县关心下一代工作会议上的讲话.docx
!m 上传者：lin_wx　格式：docx　页数：4　浏览：902
县关工委主任　何满堂
（2025年4月9日）
{BODY}
!a 文档下载需要 3 个文林币，VIP会员免费
!l 相关讲话：在全县“五老”志愿者表彰会上的讲话
!l 相关讲话：在青少年法治教育报告会上的致辞
!d 免责声明：本站资料来自用户分享，版权归原作者所有
""",
        body="""
同志们：
今天我们召开全县关心下一代工作会议，主要任务是总结去年工作，表彰先进，部署今年任务。
过去一年，全县各级关工组织积极发挥“五老”优势，开展宣讲活动四百余场，结对帮扶困境青少年六百余名，为全县青少年健康成长做了大量工作。
⟦l 延伸阅读：关工委工作要点怎么写？⟧
今年，我们要重点抓好三件事。一是持续开展理想信念教育，组织“五老”进校园讲好家乡故事；二是做实关爱帮扶，对留守、困境青少年做到一人一档、一月一访；三是加强基层组织建设，力争年底前村级关工小组实现全覆盖。
同志们，关心下一代工作是一项功在当代、利在千秋的事业。希望大家珍惜晚晴，再立新功，为全县青少年健康成长贡献力量。
""",
    ),
    dict(
        slug="fanwen-haojuzi-esports-pledge-wrapped",
        site="好句子范文 (invented)",
        style="范文站",
        genre="承诺书",
        kind="other",
        form="text",
        source="https://m.haojuzi-fw.example.cn/chengnuo/88213.html",
        title="电竞俱乐部未成年人保护承诺书",
        record_title="电竞俱乐部未成年人保护承诺书（可编辑）2025年",
        date=None,
        notes="hard-wrapped at 58 columns; decorated title with a year only (no date); crawl stamp and relative time are not dates; placeholder ____年__月__日",
        wrap=58,
        indent="  ",
        page="""
!m 好句子范文 m站
!t 电竞俱乐部未成年人保护承诺书（可编辑）2025年
!m 3天前 · 收录于「承诺书大全」 · 抓取 2025/06/02
{BODY}
!a ▶ 点此一键复制，粘贴到Word即可修改
!w 定制承诺书、合同模板，找「句子君」微信：hjz_2020
!l 猜你喜欢：网吧禁止未成年人入内承诺书 | 游戏陪练服务协议
""",
        body="""
为切实保护未成年人身心健康，严格落实防沉迷有关规定，本俱乐部郑重承诺如下：
一、不组织、不允许未满十八周岁人员参加俱乐部商业赛事、陪练及直播活动。
二、青训营招收学员须经监护人书面同意，每日训练时长不超过规定时间，并保证学员正常完成学业。
三、在场馆入口醒目位置张贴未成年人保护标识，对疑似未成年人一律查验身份证件。
四、不以任何形式诱导未成年人充值消费，发现违规行为立即整改并向有关部门报告。
以上承诺自签署之日起生效，接受主管部门和社会各界监督。
承诺单位（盖章）：__________
负责人签字：__________
____年__月__日
""",
    ),
    dict(
        slug="wenku-qianyin-forensic-report-bracket-markers",
        site="千印文库 (invented)",
        style="文库预览",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://wenku.qianyin.example.com/view/9f3c2a71e0.html",
        title="司法鉴定所所长2024年度述职报告",
        record_title="司法鉴定所所长2024年度述职报告.pdf",
        date="2025-01-20",
        notes="file-name title; ⁅n⁆ page markers glued or not; a preview-end prompt and an upload notice at the bottom; reading-progress line at the top",
        pages=dict(fmt="⁅{n}⁆", every=230, start=2, glue="mix"),
        page="""
!m 千印文库　海量文档 随心阅读
!t 司法鉴定所所长2024年度述职报告.pdf
!m 贡献者：澄江鉴定人　|　上传时间：2025-02-03　|　共5页　|　4.2分
!a 阅读进度 20%　　全屏阅读　　下载原文档
{BODY}
!a 预览结束，剩余 3 页未显示，开通文库会员可畅读全文
!d 本文档由用户自行上传，平台仅提供信息存储空间服务，如存在侵权请点击举报
!l 相关文档：司法鉴定机构年度执业情况报告 · 鉴定人个人述职模板
""",
        body="""
述职人：澄江明正司法鉴定所所长　许卫东
2024年，我在市司法局的指导下，带领全所鉴定人员坚持依法、独立、客观、公正的执业原则，全面完成了各项工作任务。
一、业务工作情况。全年受理法医临床、法医病理和文书鉴定案件一千零三十六件，按期办结率百分之九十九点二，未发生错鉴和投诉查实案件。
二、质量管理情况。修订质量手册和程序文件十一项，组织能力验证三次，全部结果满意；严格落实鉴定文书三级审核制度。
三、队伍建设情况。组织鉴定人参加业务培训二十四人次，新增具备执业资格的鉴定人两名，全所鉴定人执业年度考核全部合格。
四、存在的问题。信息化建设相对滞后，部分复杂案件鉴定周期偏长，出庭作证能力还需提升。
下一步，我将带头学习业务，加快建设案件管理系统，进一步提高鉴定质量和效率。
述职人：许卫东
2025年1月20日
""",
    ),
    dict(
        slug="wenku-jinshu-futures-plan-html-markers",
        site="锦书文库 (invented)",
        style="文库预览",
        genre="工作方案",
        kind="plan",
        form="html",
        source="https://www.jinshuwk.example.com/doc/7731209.html",
        title="澜沧期货有限公司2025年投资者教育工作方案",
        record_title=None,
        date="2025-02-26",
        notes="no record title; HTML reader with ⧼n⧽ marker paragraphs between halves of cut paragraphs; a preview-end box; a VIP banner; doc info in a sidebar",
        pages=dict(fmt="⧼{n}⧽", every=220, start=2),
        page="""
<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>澜沧期货有限公司2025年投资者教育工作方案 - 锦书文库</title>
<link rel="stylesheet" href="/static/reader.css"><script src="/static/reader.js"></script></head>
<body><header class="hd"><div class="logo">⟦m 锦书文库⟧</div><nav>⟦m 首页 | 分类 | 专题 | 机构号 | 我的文库⟧</nav><div class="vip">⟦a 开通VIP 海量文档免费下⟧</div></header>
<div class="crumb">⟦m 锦书文库 > 金融财经 > 证券期货 > 工作方案⟧</div>
<main><h1>⟦t 澜沧期货有限公司2025年投资者教育工作方案⟧</h1>
<div class="docinfo">⟦m 6页　|　2.1万阅读　|　上传于 2025-03-11⟧</div>
<div class="reader">
{BODY}
</div>
<div class="preview-end">⟦a 试读到此结束，支付 5.9 元下载完整文档⟧ <button>⟦a 立即下载⟧</button></div>
</main>
<aside><h3>⟦l 为你推荐⟧</h3><ul><li>⟦l 证券营业部投资者适当性管理方案⟧</li><li>⟦l 金融知识进社区活动总结⟧</li></ul></aside>
<footer>⟦d © 锦书文库　文档版权归上传者所有，本站不对内容真实性负责⟧</footer>
<script>reader.init({id:7731209});</script></body></html>
""",
        body="""
为贯彻落实投资者保护有关要求，增强投资者风险意识和理性投资能力，结合公司实际，制定本方案。
一、工作目标
以“理性投资、风险自担”为主线，全年开展投资者教育活动不少于六十场，覆盖客户和社会公众两万人次以上。
二、主要内容
（一）开展期货知识进校园活动，在辖区三所高校举办衍生品市场知识讲座。
（二）开展“保险+期货”进乡村宣传，向种植户讲解价格风险管理工具。
（三）通过公司网站和营业部宣传栏定期发布风险提示，及时揭示非法期货交易的常见手法。
三、保障措施
公司成立投资者教育工作领导小组，由分管副总经理任组长，各营业部负责人为第一责任人，活动经费列入年度预算。
澜沧期货有限公司
2025年2月26日
""",
    ),
    dict(
        slug="gov-qinyuan-taiban-notice-index-table",
        site="芩源县人民政府 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.qinyuan.example.gov.cn/xxgk/tb/202505/t20250512_99102.html",
        title="芩源县台办关于开展2025年台胞台企服务月活动的通知",
        record_title="芩源县台办关于开展2025年台胞台企服务月活动的通知",
        date="2025-05-12",
        record_date="2025-05-12",
        notes="modern county portal with an 索引号 table, a font-size row and a 关闭窗口 button; document number neutral; the office's own 联系人/电话 kept next to the portal's 12345 line",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>芩源县台办关于开展2025年台胞台企服务月活动的通知</title></head><body>
<div class="top">⟦m 芩源县人民政府门户网站⟧ <span>⟦a 无障碍浏览⟧</span> <span>⟦a 长者模式⟧</span></div>
<div class="nav">⟦m 首页　政务公开　政务服务　互动交流　走进芩源⟧</div>
<div class="pos">⟦m 当前所在：首页 / 政务公开 / 部门信息 / 县台办⟧</div>
<table class="meta"><tr><td>⟦m 索 引 号：115327XX0085416Q/2025-00412⟧</td><td>⟦m 发布机构：芩源县人民政府台湾事务办公室⟧</td></tr>
<tr><td>⟦m 成文日期：2025-05-12⟧</td><td>⟦m 主题分类：对台事务⟧</td></tr></table>
<h1>⟦t 芩源县台办关于开展2025年台胞台企服务月活动的通知⟧</h1>
<p class="wh">芩台办〔2025〕6号</p>
<div class="zoom">⟦a 〖 字体：放大 默认 缩小 〗⟧</div>
<div id="zoomcon">
{BODY}
</div>
<div class="tools">⟦a 【打印本页】⟧ ⟦a 【关闭窗口】⟧</div>
<div class="rel"><b>⟦l 相关信息⟧</b><ul><li>⟦l 县台办召开台资企业座谈会⟧</li><li>⟦l 2024年度对台工作情况通报⟧</li></ul></div>
<div class="foot">⟦m 主办：芩源县人民政府办公室　政务服务便民热线：12345⟧<br>⟦m 网站标识码 5327XX0023　滇ICP备05XX1287号⟧</div>
</body></html>
""",
        body="""
各乡镇人民政府，县直有关部门：
为进一步优化台胞台企营商环境，帮助台资企业解决生产经营中的实际困难，经研究，决定于2025年6月开展台胞台企服务月活动。现将有关事项通知如下：
一、活动时间
2025年6月1日至6月30日。
二、活动内容
（一）走访服务。县台办会同商务、市场监管等部门，对全县台资企业逐户走访，建立问题清单。
（二）政策宣讲。集中宣讲惠台利民政策和金融、用工扶持措施。
（三）办事帮办。对台胞在就业、就学、就医方面的事项实行专人帮办。
三、工作要求
各单位要指定一名联络员，于5月23日前将名单报县台办。
联系人：杨丽萍，联系电话：0879-5213306。
芩源县人民政府台湾事务办公室
2025年5月12日
""",
    ),
    dict(
        slug="gov-songbu-staffing-office-notice-banji",
        site="菘埠区机构编制网 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.songbu-bb.example.gov.cn/tzgg/2025/0310/341.html",
        title="关于做好2024年度事业单位法人年度报告公示工作的通知",
        record_title="关于做好2024年度事业单位法人年度报告公示工作的通知_通知公告_菘埠区机构编制网",
        date="2025-03-10",
        notes="column+site title; 抄送 and 印发 版记 kept; a QR line and a 分享到 bar at the bottom; the body's own sentence about 登录 and 下载 kept",
        page="""
!m 菘埠区机构编制网
!m 网站首页 ＞ 通知公告
!t 关于做好2024年度事业单位法人年度报告公示工作的通知
!m 时间：2025-03-10 16:02　来源：区委编办　点击数：[ 207 ]
菘编办发〔2025〕3号
{BODY}
!l 分享到： 微博 | 微信 | QQ空间
!a 用手机扫一扫，在手机上阅读本页
!m 区委机构编制委员会办公室　地址：菘埠区人民路9号　电话：0731-8602XXXX
""",
        body="""
区直各部门，各街道办事处：
根据事业单位登记管理有关规定，现就做好2024年度事业单位法人年度报告公示工作通知如下。
一、报告时间。各事业单位应于2025年3月15日至5月31日期间完成年度报告的填报和公示。
二、报告方式。各单位登录事业单位网上登记管理系统填报，报告模板可在系统首页下载，举办单位审查后提交登记管理机关。
三、有关要求。年度报告内容应真实准确，对未按时报告或报告内容弄虚作假的单位，将依法依规处理并记入信用档案。
中共菘埠区委机构编制委员会办公室
2025年3月10日
抄送：区委办公室，区政府办公室。
菘埠区委编办综合科　2025年3月10日印发
""",
    ),
    dict(
        slug="news-jiangbei-maritime-html-photo-caption",
        site="江北日报网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.jiangbeidaily.example.com/2025-06/14/content_448812.htm",
        title="鹭洲海事处开展汛期内河船舶安全专项检查",
        record_title="鹭洲海事处开展汛期内河船舶安全专项检查_江北日报网",
        date="2025-06-14",
        notes="news portal; byline 发布时间 gives the date; photo caption and an in-text ad between paragraphs; editor line glued after the last paragraph",
        page="""
<!doctype html><html><head><meta charset="utf-8"><title>鹭洲海事处开展汛期内河船舶安全专项检查_江北日报网</title></head><body>
<div class="topbar">⟦m 江北日报网　江北第一新闻门户⟧　<a>⟦a 登录⟧</a> <a>⟦a 注册⟧</a></div>
<ul class="channel"><li>⟦m 要闻 时政 社会 财经 区县 视频 评论⟧</li></ul>
<div class="loc">⟦m 江北日报网 ＞ 区县 ＞ 鹭洲⟧</div>
<h1>⟦t 鹭洲海事处开展汛期内河船舶安全专项检查⟧</h1>
<div class="byline">⟦m 发布时间：2025-06-14 08:35　来源：江北日报　记者：钱亚楠 通讯员：邹航⟧</div>
<div class="content">
{BODY}
</div>
<div class="share">⟦l 分享：朋友圈 微博 复制链接⟧</div>
<div class="more"><h4>⟦l 鹭洲新闻⟧</h4><p>⟦l 鹭洲港区新增两个千吨级泊位⟧</p><p>⟦l 暑期水上交通安全宣传进渡口⟧</p></div>
<div class="ft">⟦d 江北日报网版权所有，未经书面授权不得转载、摘编⟧　⟦m 互联网新闻信息服务许可证：4512XX05600⟧</div>
</body></html>
""",
        body="""
进入主汛期以来，鹭洲海事处组织执法人员对辖区内河船舶开展安全专项检查，重点排查船舶超载、配员不足和救生设备缺失等问题。
检查中，执法人员登上砂石运输船和渡船，逐项核对船舶证书、船员适任证书，检查救生衣、消防器材和应急舵设备。
⟦m 图为海事执法人员在渡口检查救生衣配备情况。（邹航 摄）⟧
截至目前，共检查船舶一百四十三艘次，发现安全隐患二十七处，已督促现场整改二十四处，对三艘船舶实施滞留。
⟦a 广告　江北银行 汛期贷款优惠进行中⟧
鹭洲海事处负责人表示，汛期将加强雨天和夜间巡航，严查冒险航行，确保辖区水上交通安全形势稳定。⟦m （责任编辑：龙小婕）⟧
""",
    ),
    dict(
        slug="news-xihe-planning-hall-title-thrice",
        site="西禾新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.xihenews.example.cn/shehui/202509/t20250903_52210.shtml",
        title="西禾城市规划展览馆改造完成9月起免费开放",
        record_title=None,
        date="2025-09-03",
        notes="no record title; the title three times (one glued before the lead); a publish line gives the date; a 'listen to this article' action and a comment count",
        page="""
!m 西禾新闻网　首页 | 本地 | 民生 | 文旅
!t 西禾城市规划展览馆改造完成9月起免费开放
!m 2025年09月03日 10:12　西禾新闻网　编辑：罗伊
!a 🔊 听新闻
{T}⟦t 西禾城市规划展览馆改造完成9月起免费开放⟧{BODY}
!l 网友评论 12 条　我要评论
!l 上一条：西禾老城区四条背街小巷完成提升
!l 下一条：市民公园东门临时封闭施工
""",
        body="""
记者从市自然资源和规划局获悉，经过八个月的提质改造，西禾城市规划展览馆将于9月6日起向市民免费开放。
改造后的展览馆设有城市历史、总体规划、重大项目和未来城市四个展区，新增城市沙盘数字投影和交互式触摸屏二十余处。
开放时间为每周二至周日9时至17时，周一闭馆；团体参观可提前三天预约。
展览馆相关负责人介绍，开馆首月每周六将安排规划师现场讲解，欢迎市民走进展馆了解城市发展。
""",
    ),
    dict(
        slug="forum-qipu-xiangqi-notice-junk",
        site="楚河汉界棋友论坛 (invented)",
        style="论坛",
        genre="通知",
        kind="notice",
        form="text",
        source="https://bbs.chuhehanjie.example.net/thread-20931-1-1.html",
        title="关于举办2025年全市象棋公开赛的通知",
        record_title="[赛事公告] 关于举办2025年全市象棋公开赛的通知 - 赛事专区 - 楚河汉界棋友论坛",
        date="2025-07-01",
        date_also=["2025-07-04"],
        notes="forum post with floor meta and anti-scraping junk lines and glued junk; the post date differs from the document date (both accepted); the association's own 报名电话 kept next to a forum ad",
        junk=dict(lines=2, glued=2),
        page="""
!m 楚河汉界棋友论坛 › 赛事专区
!t [赛事公告] 关于举办2025年全市象棋公开赛的通知
!m 楼主　老炮车　发表于 2025-07-04 21:16　|　只看该作者　|　查看: 1533　回复: 27
{BODY}
!l 回复　引用　举报　　1#
!m 棋缘小卒：支持一下，去年就去了，组织得很好。　发表于 2025-07-05 07:40
!w 招收少儿象棋学员，特级大师亲授，咨询V：qiyuan-jiaolian
!d 本帖最后由 老炮车 于 2025-07-04 21:20 编辑
""",
        body="""
各区县象棋协会、各会员单位：
为推广象棋运动，丰富群众文化生活，市象棋协会定于2025年8月举办全市象棋公开赛，现将有关事项通知如下。
一、比赛时间：2025年8月16日至17日。
二、比赛地点：市全民健身中心二楼棋牌馆。
三、参赛办法：比赛设公开组、少年组和女子组，采用积分编排制，每方用时十五分钟，每步加五秒。
四、报名办法：请于8月5日前将报名表发送至协会邮箱，报名咨询电话：0734-8221765（周老师）。
五、奖励办法：各组录取前八名，颁发奖杯和证书。
市象棋协会
2025年7月1日
""",
    ),
    dict(
        slug="forum-jiancai-market-relocation-jammer-html",
        site="龙坪建材商户论坛 (invented)",
        style="论坛",
        genre="通知",
        kind="notice",
        form="html",
        source="https://bbs.longpingjc.example.com/forum.php?mod=viewthread&tid=3310",
        title="关于龙坪建材市场整体搬迁有关事项的告知书",
        record_title="关于龙坪建材市场整体搬迁有关事项的告知书 - 商户交流 - 龙坪建材商户论坛 - Powered by Discuz!",
        date="2025-04-20",
        notes="Discuz-like HTML with jammer fonts; user card and floor meta; the market office's own 咨询电话 and a 扫码 sentence of the document kept",
        junk=dict(lines=1, glued=2),
        page="""
<html><head><meta charset="utf-8"><title>关于龙坪建材市场整体搬迁有关事项的告知书 - 商户交流 - 龙坪建材商户论坛 - Powered by Discuz!</title><style>.jammer{display:none}</style></head><body>
<div id="hd">⟦m 龙坪建材商户论坛⟧ <a>⟦a 快捷登录⟧</a> <a>⟦a 立即注册⟧</a></div>
<div id="pt">⟦m 论坛 › 商户交流 › 市场公告⟧</div>
<table><tr><td class="pls">⟦m 瓷砖老陈 主题 46 帖子 1022 积分 3380⟧</td><td class="plc">
<h1>⟦t 关于龙坪建材市场整体搬迁有关事项的告知书⟧</h1>
<div class="authi">⟦m 发表于 2025-4-21 09:03 | 只看该作者 | 倒序浏览⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="po">⟦l 回复 支持(8) 反对(0) 使用道具 举报⟧</div></td></tr></table>
<div class="pls">⟦m 沙发 门窗刘姐 发表于 2025-4-21 10:15⟧</div><div>⟦l 新市场的摊位租金什么时候公布啊？⟧</div>
<div id="ft">⟦d Powered by Discuz! X3.4 © 2001-2025 Comsenz Inc.⟧ ⟦m 粤ICP备20XX3376号-1⟧</div>
</body></html>
""",
        body="""
各位经营户：
根据区城市总体规划调整，龙坪建材市场将于2025年10月整体搬迁至龙坪物流园新市场。为保障搬迁工作平稳有序，现将有关事项告知如下。
一、现市场所有摊位租赁合同于2025年9月30日到期，不再续签。
二、新市场摊位实行现有经营户优先选位，选位登记时间为2025年5月6日至5月31日。
三、搬迁期间给予经营户三个月租金减免和每户三千元搬迁补助。
四、请各经营户扫描市场办公室门口的二维码填写登记信息，也可到市场办公室现场登记。
咨询电话：0758-6623018，市场管理办公室。
龙坪建材市场管理有限公司
2025年4月20日
""",
    ),
]

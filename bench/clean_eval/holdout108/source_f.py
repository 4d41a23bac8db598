"""holdout108, part F: a greengrocers' food-safety pledge in a writing app, an exam-forum post on
speed cameras, an encyclopaedia answer on firewood-cutting permits, a market's pork-stall rules on
a cloud drive, a wolf-damage compensation notice in a text-only cache, a print view of a
pond-skating safety notice, a forwarded sleeping-bag quality notice, a county snow-clearing plan on
an old table portal, a crayfish-festival speech on a WeChat mirror, a signal-control centre's
述职 on one line and a date-palm trial report on a wrapped 文库 preview. Invented text; see
../README.md."""

CASES = [
    dict(
        slug="fanwenapp-xiezuo-greengrocer-pledge-html",
        site="写作猫范文App (invented)",
        style="范文APP",
        genre="承诺书",
        kind="other",
        form="html",
        source="https://m.xiezuomao.example.com/share/doc/77ab30?uid=1182",
        title="蔬菜经营户食品安全承诺书",
        record_title="蔬菜经营户食品安全承诺书（通用模板）",
        date=None,
        notes="writing-app share page: decorated title (通用模板); open-app banner, member unlock between paragraphs; template placeholders (承诺人、年月日 blanks) kept; no date",
        page="""
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>蔬菜经营户食品安全承诺书（通用模板）</title></head><body>
<div class="banner">⟦a 写作猫App内打开，体验更流畅⟧</div>
<h1>⟦t 蔬菜经营户食品安全承诺书（通用模板）⟧</h1>
<div class="meta">⟦m 写作猫 · 承诺书频道 · 1.4万人已使用⟧</div>
{BODY}
<div class="tools">⟦a 一键套用模板　复制　导出Word⟧</div>
<div class="ft">⟦d 模板仅供参考，请根据实际情况修改使用⟧</div>
</body></html>
""",
        body="""
为保障广大消费者吃上放心菜，本人作为蔬菜经营户，郑重承诺如下：
一、不采购、不销售农药残留超标的蔬菜，主动配合市场开展农残快速检测。
二、建立进货台账，如实记录蔬菜的品名、数量、产地和供货人，台账保存不少于六个月。
⟦a 🔒 会员专享：解锁全文及同类模板100+⟧
三、保持摊位整洁卫生，不使用有毒有害的保鲜剂、着色剂处理蔬菜。
四、自觉接受市场管理方和消费者的监督，如有违反，愿意承担相应责任。
承诺人（签字）：__________
摊位号：__________
年　　月　　日
""",
    ),
    dict(
        slug="gkforum-anliang-speed-camera-material-html",
        site="安良公考社区 (invented)",
        style="公考论坛",
        genre="心得体会",
        kind="insight",
        form="html",
        source="https://www.anlianggk.example.com/t/88210.html",
        title="测速抓拍不能只盯罚款",
        record_title="[面试热点] 测速抓拍不能只盯罚款（附答题思路）- 安良公考社区",
        date="2026-08-11",
        notes="exam forum in HTML: decorated title; 发表于 line (the page's date); a 'reply to see the answer framework' lock; a course ad between paragraphs; poster card",
        page="""
<html><head><meta charset="utf-8"><title>[面试热点] 测速抓拍不能只盯罚款（附答题思路）- 安良公考社区</title></head><body>
<div class="hd">⟦m 安良公考社区　一起上岸⟧ ⟦a 登录　注册⟧</div>
<div class="pos">⟦m 社区首页 > 面试热点 > 正文⟧</div>
<div class="post"><h1>⟦t [面试热点] 测速抓拍不能只盯罚款（附答题思路）⟧</h1>
<p class="au">⟦m 楼主 上岸学姐　发表于 2026-08-11 12:30　查看 2210⟧</p>
{BODY}
<p class="lock">⟦a 🔒 本帖隐藏内容：回复后可查看答题思路⟧</p></div>
<div class="ft">⟦l 相关帖子：城市治理类热点汇总 ｜ 面试结构化答题模板⟧</div>
</body></html>
""",
        body="""
近日，有媒体报道某地一段不足两公里的道路上设置了七个测速抓拍点，一年开出罚单上万张，引发热议。
测速抓拍是规范驾驶行为、减少交通事故的有效手段，但设置不合理、不公开，就容易被质疑为“以罚代管”。
⟦a 【暑期面试密训营】名师带练，报名立减300元>>⟧
管理部门应当依法公开测速点位，科学设定限速标准，并在事故多发路段设置明显的提示标志。
交通执法的目的是让道路更安全，而不是让罚单更多。只有坚持执法为民，才能赢得群众的理解和支持。
""",
    ),
    dict(
        slug="baike-nongjia-firewood-permit-answer-wrapped",
        site="农家百科问答 (invented)",
        style="百科问答",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.nongjiabk.example.com/wenda/55012.html",
        title="农村自用薪柴采伐需要办理采伐许可证吗？",
        record_title="农村自用薪柴采伐需要办理采伐许可证吗？_农家百科问答",
        date=None,
        notes="Q&A encyclopaedia as text, hard-wrapped at 62 columns; a relative answer time (no date); an expert card; an example year inside a sentence; 'helpful' votes and related questions",
        wrap=62,
        page="""
!m 农家百科问答 > 林业 > 林木采伐
{T}
!m 专家：林业工程师 桑德明　回答于 5天前
{BODY}
!a 有帮助（31）　没帮助（0）
!l 相关问题
!l 自家院子里的树能随便砍吗？
!l 林木采伐许可证网上怎么申请？
!m 农家百科 · 让种养更简单
""",
        body="""
农村居民采伐自留地和房前屋后个人所有的零星林木，不需要申请采伐许可证。
但是，如果采伐的是承包经营的集体林地上的林木，即使是用作自家薪柴，也需要向当地林业主管部门申请采伐许可证，并按照许可证规定的地点、数量和方式采伐。
需要注意，采伐公益林和自然保护区内的林木有更严格的限制，一般不得以薪柴为目的进行采伐。
不少地方自2020年起已推行林木采伐“一网通办”，可以在手机上提交申请。
""",
    ),
    dict(
        slug="netdisk-jiayun-pork-stall-rules-html-pages",
        site="佳云盘 (invented)",
        style="网盘分享",
        genre="制度",
        kind="regulation",
        form="html",
        source="https://www.jiayunpan.example.com/share/init?surl=Qm8Lp2",
        title="西关农贸市场猪肉摊位经营管理规定",
        record_title="西关农贸市场猪肉摊位经营管理规定.pdf",
        date="2026-01-05",
        notes="cloud-drive HTML preview: file-name title; the preview's page markers ⧘n⧙ as paragraphs cutting a sentence; share meta; save/download buttons; an ad for storage space",
        pages=dict(fmt="⧘{n}⧙", every=130, start=2),
        page="""
<html><head><meta charset="utf-8"><title>西关农贸市场猪肉摊位经营管理规定.pdf_免费高速下载|佳云盘</title></head><body>
<div class="hd">⟦m 佳云盘⟧ ⟦a 客户端下载 ｜ 会员中心⟧</div>
<div class="file"><h2>{T}</h2>
<p>⟦m 2026-01-09 15:02 失效时间：永久有效⟧</p>
<p>⟦a 保存到网盘　下载（1.1M）⟧</p></div>
<div class="preview">
{BODY}
</div>
<div class="ad">⟦a 超级会员享2T空间，限时5折⟧</div>
<div class="ft">⟦d 佳云盘严厉打击违法违规内容传播，举报请点此⟧</div>
</body></html>
""",
        body="""
第一条　为规范猪肉摊位经营行为，保障肉品质量安全，根据有关法律法规，结合本市场实际，制定本规定。
第二条　经营户销售的猪肉必须来自定点屠宰企业，每日进货时须查验并留存动物检疫合格证明和肉品品质检验合格证。
第三条　经营户应将检疫证明悬挂在摊位醒目位置，不得销售注水肉、病死猪肉和未经检疫的猪肉。
第四条　摊位案板、刀具每日收市后须清洗消毒，绞肉机每次使用后清洗干净。
第五条　违反本规定的，市场管理办公室有权责令停业整改，情节严重的报市场监管部门依法处理。
西关农贸市场管理办公室
2026年1月5日
""",
    ),
    dict(
        slug="snapshot-kuaizhao-wolf-compensation-textcache",
        site="快照搜索文本缓存 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="text",
        source="http://textcache.kuaizhao.example.com/?q=狼害补偿&u=nmj.hulunbei-demo.example.gov.cn/tzgg/3381.html",
        title="关于开展2026年野生动物致害补偿申报工作的通知",
        record_title=None,
        date="2026-07-06",
        notes="text-only cache: a cache header with the original address and cache time; search-term highlight line; no record title (found on the page); the bureau's declaration phone (kept); a stale-page notice",
        wrap=64,
        page="""
!m 这是网页 nmj.hulunbei-demo.example.gov.cn/tzgg/3381.html 的纯文本缓存，缓存时间：2026-07-19 03:12
!d 快照搜索与该网页作者无关，不对其内容负责
!m 以下搜索词已标出：狼害 补偿
!m 塔林河旗农牧和科技局
{T}
!m 发布日期：2026-07-06
{BODY}
!m 旗农牧和科技局办公室主办
""",
        body="""
各苏木镇农牧业综合服务站：
为及时补偿农牧民因狼等野生动物造成的牲畜损失，现就2026年野生动物致害补偿申报工作通知如下。
一、补偿范围：2026年1月1日以后因狼、熊等陆生野生动物造成的牛、羊、马等牲畜死亡或伤残。
二、申报程序：受损农牧民应在损害发生后48小时内向嘎查村委会报告，由苏木镇组织现场核查，填写损失认定表。
三、补偿标准：按照当地同期牲畜市场价格的百分之八十给予补偿。
申报咨询电话：0470-6620713。
塔林河旗农牧和科技局
2026年7月6日
""",
    ),
    dict(
        slug="print-yingji-pond-skating-notice-html-footer",
        site="沅北县应急管理局 (invented)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="html",
        source="http://yjj.yuanbei.example.gov.cn/print.jsp?id=20261228-3",
        title="关于加强冬季冰面活动安全管理的紧急通知",
        record_title="〖打印稿〗关于加强冬季冰面活动安全管理的紧急通知",
        date="2026-12-28",
        notes="print view in HTML: decorated title (〖打印稿〗); a print header with the address and print time; a print footer 页 1 / 1 in a form of its own; a 'print / close' row; the 成文日期 at the end",
        page="""
<html><head><meta charset="utf-8"><title>〖打印稿〗关于加强冬季冰面活动安全管理的紧急通知</title>
<style>@media print{.noprint{display:none}}</style></head><body>
<div class="ph">⟦m 沅北县应急管理局　打印于 2026-12-30 08:51⟧</div>
<div class="ph">⟦m 原文地址：http://yjj.yuanbei.example.gov.cn/content.jsp?id=20261228-3⟧</div>
<h2>{T}</h2>
{BODY}
<div class="pf">⟦p ⁓ 页 1 / 1 ⁓⟧</div>
<div class="noprint">⟦a 〔打　印〕〔关　闭〕⟧</div>
</body></html>
""",
        body="""
各乡镇人民政府，县直有关单位：
近日我县持续低温，河道、池塘、水库陆续结冰，群众自发到冰面上滑冰、垂钓的现象增多，溺水风险加大。为确保人民群众生命安全，现紧急通知如下：
一、各乡镇要对辖区内结冰水域逐一排查，在醒目位置设置“冰面危险 禁止滑冰”警示牌。
二、教育部门要通过家长群、致家长的一封信等方式，提醒家长看护好孩子，严禁学生到未经检测的冰面上玩耍。
三、各级救援力量要配备救生绳、冰锥等器材，做好应急救援准备。
沅北县应急管理局
2026年12月28日
""",
    ),
    dict(
        slug="mail-html-mianyu-sleeping-bag-quality-notice",
        site="棉羽户外用品邮件 (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="html",
        source="https://mail.mianyu-outdoor.example.com/archive/msg/20260915-002.html",
        title="关于加强羽绒睡袋充绒量抽检的通知",
        record_title="转发：关于加强羽绒睡袋充绒量抽检的通知",
        date="2026-09-14",
        date_also=["2026-09-15"],
        notes="forwarded HTML mail: decorated title (转发：); header table (发件人/收件人/时间/主题) as chrome; the notice's own 附件 and 抄送 kept; a 'reply all / forward' row; send date differs (both accepted)",
        page="""
<html><head><meta charset="utf-8"><title>转发：关于加强羽绒睡袋充绒量抽检的通知</title></head><body>
<table class="hdr">
<tr><td>⟦m 发件人：质量部 冉欣 &lt;ranxin@mianyu-outdoor.example.com&gt;⟧</td></tr>
<tr><td>⟦m 收件人：一车间；二车间；仓储部⟧</td></tr>
<tr><td>⟦m 时　间：2026年9月15日 星期二 10:08⟧</td></tr>
<tr><td>⟦m 主　题：转发：关于加强羽绒睡袋充绒量抽检的通知⟧</td></tr>
</table>
<p>⟦m 各位，公司文件转发给大家，请车间主任组织学习。⟧</p>
<p>⟦m -------- 原始邮件 --------⟧</p>
<h3>{T}</h3>
{BODY}
<p class="ops">⟦a 回复　全部回复　转发　删除⟧</p>
<p class="sig">⟦d 本邮件及其附件含有公司保密信息，仅限于发送给上述收件人⟧</p>
</body></html>
""",
        body="""
各车间、仓储部：
近期，有客户反映我公司部分批次羽绒睡袋充绒量不足。为严把出厂质量关，公司决定自即日起加强充绒量抽检。
一、每批次睡袋出厂前按百分之五的比例抽样，称量充绒量，偏差超过百分之三的整批返工。
二、充绒工序每两小时校准一次称量设备，校准记录由班组长签字确认。
三、质量部每周汇总抽检结果，在公司例会上通报。
附件：睡袋充绒量抽检记录表
棉羽户外用品有限公司
2026年9月14日
抄送：总经理室
""",
    ),
    dict(
        slug="gov-oldtable-ningshui-snow-clearing-plan",
        site="宁水县人民政府 (invented)",
        style="政府门户",
        genre="方案",
        kind="plan",
        form="html",
        source="http://www.ningshui.example.gov.cn/Article/Show.asp?id=9172",
        title="宁水县城区冬季除雪保畅工作方案",
        record_title="宁水县城区冬季除雪保畅工作方案--宁水县人民政府",
        date="2026-11-12",
        notes="old gb2312 table layout county portal: [ 字体 大 中 小 ] row, a visitor counter, a marquee; --site title; a task table (one row a paragraph); a document number (neutral)",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>宁水县城区冬季除雪保畅工作方案--宁水县人民政府</title></head><body>
<table width="1000" align="center">
<tr><td>⟦m 宁水县人民政府欢迎您⟧ <marquee>⟦m 冬季除雪，人人有责⟧</marquee></td></tr>
<tr><td>⟦m 网站首页 ┊ 政务公开 ┊ 办事指南 ┊ 县长信箱 ┊ 宁水概况⟧</td></tr>
<tr><td><h3>{T}</h3>
<p>宁政办发〔2026〕38号</p>
<p>⟦m 发布日期：2026-11-12　[ 字体 大 中 小 ]⟧</p>
{BODY}
</td></tr>
<tr><td>⟦m 宁水县人民政府办公室　版权所有　您是第 1205377 位访问者⟧</td></tr>
</table></body></html>
""",
        body="""
为确保降雪期间城区道路安全畅通，保障群众正常出行，结合我县实际，制定本方案。
一、责任分工
区域　责任单位
城区主次干道　县城市管理局
桥梁、涵洞及坡道　县住房和城乡建设局
机关单位门前　各单位自行负责
二、作业要求：降雪开始即撒布融雪剂，雪停后十二小时内主干道基本通行，二十四小时内清理完毕。
三、保障措施：县财政安排除雪专项经费，各责任单位备足融雪剂、除雪铲等物资。
宁水县人民政府办公室
2026年11月12日
""",
    ),
    dict(
        slug="wechat-mirror-longxia-crayfish-festival-speech",
        site="虾乡公众号镜像站 (invented)",
        style="公众号镜像",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://wxmirror.xiaxiang.example.cn/n/5f02aa1",
        title="在第三届潆湖小龙虾美食节开幕式上的致辞",
        record_title="在第三届潆湖小龙虾美食节开幕式上的致辞",
        date="2026-05-23",
        notes="WeChat mirror: speaker line and date under the title (neutral); an account line dated the same day; a star-the-account banner on its own line; 赞赏/在看 rows; a mirror disclaimer",
        page="""
<html><head><meta charset="utf-8"><title>在第三届潆湖小龙虾美食节开幕式上的致辞</title></head><body>
<div class="rich">
<h1>{T}</h1>
<p class="acc">⟦m 潆湖发布　2026年5月23日 19:30　湖北⟧</p>
<p>⟦a ▲点击上方“潆湖发布”，设为星标⟧</p>
<p>潆湖县人民政府县长　聂春江</p>
<p>（2026年5月23日）</p>
{BODY}
<p>⟦l 喜欢作者　赞赏　|　分享　收藏　在看⟧</p>
<p>⟦m 来源：潆湖县融媒体中心　编辑：雷蕾　审核：向东⟧</p>
</div>
<div class="mirror">⟦d 镜像页面仅作存档之用，如需联系原作者请前往公众号⟧</div>
</body></html>
""",
        body="""
各位来宾、朋友们：
晚上好！五月的潆湖，湖光潋滟、虾肥蟹美。今天，第三届潆湖小龙虾美食节在这里隆重开幕了。
近年来，我县大力发展稻虾共作，全县稻虾种养面积达到二十八万亩，小龙虾年产量九万吨，带动四万多农户增收致富。
本届美食节将举办小龙虾烹饪大赛、虾稻产品展销和乡村音乐会等活动，持续十天。
欢迎大家走进潆湖、品味潆湖，也欢迎各位客商到潆湖投资兴业。预祝美食节圆满成功！
""",
    ),
    dict(
        slug="fanwen-shuzhi-signal-centre-oneline",
        site="述职范文网 (invented)",
        style="范文站",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://www.shuzhifw.example.com/shuzhi/2026/0105/62219.html",
        title="交通信号控制中心主任2025年度述职报告",
        record_title="交通信号控制中心主任2025年度述职报告（优秀范文）",
        date=None,
        notes="the whole body on one line (paragraphs apart only by their indent); decorated title; a copy-lock prompt and a 'download the Word version for 2 yuan' line; no date in the document",
        oneline=True,
        indent="　　",
        page="""
!m 述职范文网 | 年终述职不用愁
!m 当前位置：首页 › 述职报告 › 个人述职
!t 交通信号控制中心主任2025年度述职报告（优秀范文）
{BODY}
!a 本文禁止复制，下载Word版仅需2元
!l 猜你喜欢：交警大队长述职报告｜科室主任述职述廉报告
""",
        body="""
一年来，我在局党委的领导下，带领信号控制中心全体同志，围绕“路口更畅通、出行更安全”的目标开展工作，现将履职情况报告如下。
一是推进信号灯联网改造。全年完成八十六个路口信号机联网，城区联网率达到百分之九十二。
二是优化干线绿波协调。在三条主干道实施绿波控制，高峰时段平均车速提高百分之十八。
三是加强设备运维。建立故障快速响应机制，信号灯故障平均修复时间由四小时缩短到一个半小时。
不足之处是数据分析能力还不强，今后我将加强学习，努力把工作做得更好。
""",
    ),
    dict(
        slug="wenku-jianshu-date-palm-report-wrapped-markers",
        site="简书文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://wenku.jianshuwk.example.com/doc/6a1d09e2.html",
        title="关于椰枣引种试种情况的调研报告",
        record_title="关于椰枣引种试种情况的调研报告",
        date="2026-10-30",
        notes="文库 preview text hard-wrapped at 58 columns and cut by page markers 第〔n〕张 between wrapped lines (glued or not); a rating line; a preview-end prompt",
        wrap=58,
        pages=dict(fmt="第〔{n}〕张", every=170, start=2, glue="mix"),
        page="""
!m 简书文库 › 农林牧渔 › 调研报告
{T}
!m 评分 4.2 · 共6页 · 阅读 911 · 下载 37
{BODY}
!a —— 试读结束，完整内容请使用文库券下载 ——
!l 相关文档：戈壁设施农业发展报告｜沙地果树引种试验总结
""",
        body="""
为了解我区椰枣引种试种情况，区农业农村局组成调研组，于10月中旬深入试种基地开展调研，现将有关情况报告如下。
一、基本情况。2022年以来，我区在戈壁滩上利用日光温室引种椰枣四个品种，试种面积一百二十亩，目前已有三十亩进入初果期。
二、主要问题。一是椰枣需要人工授粉，技术人员严重不足；二是冬季温室加温成本高，每亩年投入约一点八万元。
三、对策建议。建议引进授粉技术人才，推广光伏温室降低能耗，并与科研院所合作选育适应本地气候的品种。
区农业农村局调研组
2026年10月30日
""",
    ),
]

"""Holdout14, part C: 范文 sites, 文库 previews, document shares and 范文 apps — with a
slide-share page, a cloud-doc export with comment bubbles, an OCR'd printed leaflet,
paywalls in new words and page markers in forms of our own (∷n∷, 【 - n - 】, 〔P·n〕,
┈ n ┈, (扫描页n), ‹ 幻灯片 n ›). Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="fanwen-wenhai-duty-report-tongyong",
        site="文海范文网 (invented)",
        style="范文站",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://www.wenhaifw.example.com/shuzhi/20251208/93021.html",
        title="乡镇党委副书记2025年度述职报告",
        record_title="乡镇党委副书记2025年度述职报告（通用3篇）",
        date=None,
        notes="a 范文 site: （通用3篇） record title, the title repeated with 篇一 glued before the first line, writing-service prompts between paragraphs and glued after a 。, a 'this text comes from users' note, a 猜你喜欢 list with numbers; no date (the year in the title is no date)",
        indent="\u3000\u3000",
        page="""
!m 文海范文网 — 写材料，上文海
!m 首页 › 述职报告 › 领导干部述职
!t 乡镇党委副书记2025年度述职报告（通用3篇）
!m 更新：2025-12-08　人气：3904　作者：海燕
{T}⟦m 篇一：⟧{BODY}
!d 以上内容来源于网友投稿，仅供写作参考，版权归原作者所有。
!l 猜你喜欢：
!l 01　乡镇纪委书记个人述职述廉报告
!l 02　村党支部书记抓党建工作述职报告
!l 03　2025年度个人工作总结（机关干部）
!w 文稿不合适？资深笔杆子一对一定制，加VX：wenhai_xz88
""",
        body="""
2025年，在县委的坚强领导和镇党委书记的带领下，我认真履行镇党委副书记职责，协助书记抓好党建、政法、信访和乡村振兴等工作。现将一年来的履职情况报告如下。
一、抓党建，夯实基层基础。牵头开展软弱涣散村党组织整顿，两个后进村党支部完成转化；组织党员冬训十二期，培训党员一千一百余人次。⟦w 找不到合适的？本站提供原创代写，满意再付款⟧
二、抓稳定，守护一方平安。坚持每周二信访接待日制度，全年接访群众二百一十人次，化解信访积案四件；推动综治中心实体化运行，全镇矛盾纠纷调处成功率达到百分之九十六。
⟦w 需要Word文档请私信客服QQ 2901883317⟧
三、抓振兴，推动产业发展。协调落实产业帮扶资金三百二十万元，建成蔬菜大棚基地两个，带动二百余户群众增收。
四、抓自身，严守纪律规矩。严格执行中央八项规定精神，自觉接受组织和群众监督，没有违规违纪行为。
回顾一年工作，也存在理论学习不够系统、工作创新不多等不足。今后，我将加强学习、改进作风，努力在新的一年取得更好成绩。
""",
    ),
    dict(
        slug="fanwen-hanmo-speech-html-paywall",
        site="翰墨范文库 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://www.hanmofw.example.cn/jianghua/gongjijin/6620.html",
        title="在2025年全市住房公积金工作会议上的讲话",
        record_title="精选范文：在2025年全市住房公积金工作会议上的讲话_翰墨范文库",
        date=None,
        notes="a 范文 HTML page with a paywall: decorated record title; the speaker line neutral; a 'remaining text needs login' box and a 'one-click copy' button between paragraphs, a 'members can download' bar, a 热门排行 list with view counts in the sidebar, an ICP footer; no date (a year in the title only)",
        page="""
<html><head><meta charset="utf-8"><title>精选范文：在2025年全市住房公积金工作会议上的讲话_翰墨范文库</title></head><body>
<div class="top"><span>⟦m 翰墨范文库⟧</span> <span>⟦a 登录⟧</span> <span>⟦a 开通会员⟧</span></div>
<div class="crumbs">⟦m 位置：范文库 » 讲话稿 » 工作会议讲话⟧</div>
<div class="doc">
<h1>{T}</h1>
<p class="speaker">市政府副市长　齐振宇</p>
{BODY}
</div>
<div class="vipbar">⟦a 会员免费下载本文Word版，立即开通 ➜⟧</div>
<div class="rank"><h4>⟦l 热门排行⟧</h4>
<ul><li>⟦l 1 在全市财政工作会议上的讲话 (浏览 12,880)⟧</li><li>⟦l 2 在住建系统廉政工作会议上的讲话 (浏览 9,214)⟧</li><li>⟦l 3 公积金中心年度工作总结 (浏览 7,006)⟧</li></ul></div>
<div class="ft">⟦m 翰墨范文库 hanmofw.example.cn 粤ICP备18066201号⟧</div>
</body></html>
""",
        body="""
同志们：
今天召开全市住房公积金工作会议，主要任务是总结去年工作，分析当前形势，安排部署今年重点任务。
去年以来，全市住房公积金系统坚持“房子是用来住的、不是用来炒的”定位，制度覆盖面持续扩大。全年新增缴存职工四万二千人，归集住房公积金八十六亿元，发放个人住房贷款五十一亿元，支持近一万户家庭解决了住房问题。
⟦a 📋 一键复制全文⟧
今年，全市住房公积金工作要突出抓好三个方面。一是扩大制度覆盖，重点推动灵活就业人员参加住房公积金制度。二是优化服务方式，实现更多业务“掌上办”“跨省通办”。三是防控资金风险，加强对逾期贷款和骗提骗贷行为的治理。
⟦a 剩余60%内容需登录后查看，登录后免费阅读全文 »⟧
同志们，住房公积金事关广大职工切身利益。希望大家以更加务实的作风，推动全市住房公积金事业高质量发展。
""",
    ),
    dict(
        slug="fanwen-gongwenjia-request-reservoir-funds",
        site="公文佳作网 (invented)",
        style="范文站",
        genre="请示",
        kind="other",
        form="text",
        source="http://www.gongwenjiazuo.example.net/qingshi/2025/0516/1187.html",
        title="关于申请拨付病险水库除险加固配套资金的请示",
        record_title="关于申请拨付病险水库除险加固配套资金的请示",
        date="2025-05-16",
        notes="a 范文 site: the request's own 联系人/电话 line stays next to the site's paid-writing contact; a 'copy this text' button glued after a 。, a 上一篇/下一篇 pair, a tag row and a copyright line",
        page="""
!m 公文佳作网 ｜ 海量公文范本免费查阅
!m 当前：首页 ＞ 请示报告 ＞ 正文
{T}
!m 时间：2025-05-16　来源：网友投稿　阅读：856
{BODY}
!l 标签：请示　水利　资金申请
!l 上一篇：关于申请增加公益性岗位指标的请示
!l 下一篇：关于要求解决镇卫生院业务用房的请示
!w 定制公文、修改润色，请致电 400-880-2176（9:00-21:00）
!d Copyright © 公文佳作网 本站部分文章来自互联网，若有侵权请告知删除
""",
        body="""
县人民政府：
我镇石门冲水库建成于1976年，总库容一百二十万立方米，承担着下游三个村四千余亩农田的灌溉任务和一千八百名群众的防洪安全。经省水利厅组织安全鉴定，该水库被评定为三类坝，大坝渗漏、溢洪道破损等问题严重。⟦a 【复制本文】⟧
今年3月，石门冲水库除险加固工程已列入省级病险水库除险加固项目计划，总投资五百六十万元，其中省级补助四百万元，需县级配套一百六十万元。目前工程已完成招标，即将开工建设。
由于我镇财力薄弱，无力承担配套资金，为确保工程在主汛期前完成主体工程，特请求县人民政府拨付配套资金一百六十万元。
妥否，请批示。
联系人：镇水利站　孔德成，电话：0736-5583 019。
青石镇人民政府
2025年5月16日
""",
    ),
    dict(
        slug="fanwen-zhiyun-opinion-wrapped-colon-markers",
        site="知云文稿网 (invented)",
        style="范文站",
        genre="意见",
        kind="other",
        form="text",
        source="https://www.zhiyunwg.example.com/yijian/44812.html",
        title="关于加强城市社区养老服务设施建设的实施意见",
        record_title="关于加强城市社区养老服务设施建设的实施意见（范文）",
        date="2025-11-20",
        notes="decorated record title （范文）; text hard-wrapped at 62 columns and cut by ∷n∷ markers; decimal headings (1.1, 1.2) stay; a 'full text for members' line at the top, a download count line, a 'related templates' list with bullets at the bottom; 成文日期 is the date",
        wrap=62,
        pages=dict(fmt="∷{n}∷", every=130, start=2, glue="mix"),
        page="""
!m 知云文稿网 · 专注公文十二年
!t 关于加强城市社区养老服务设施建设的实施意见（范文）
!m 下载次数：1,207　文档格式：DOCX　页数：4
!a 本文为会员全文，非会员可预览前两页
{BODY}
!l 相关模板
!l ◦ 居家养老服务补贴实施办法
!l ◦ 社区嵌入式养老服务中心运营方案
!l ◦ 养老机构安全生产专项整治方案
""",
        body="""
各区人民政府，市直有关单位：
为积极应对人口老龄化，加快构建居家社区机构相协调的养老服务体系，现就加强城市社区养老服务设施建设提出如下实施意见。
1.总体要求
1.1到2027年，全市城市社区养老服务设施配建达标率达到百分之百，街道综合养老服务中心实现全覆盖。
1.2新建住宅小区按照每百户不少于二十平方米的标准配建社区养老服务用房，与住宅同步规划、同步建设、同步验收、同步交付。
2.主要任务
2.1补齐存量短板。对老旧小区缺少养老服务设施的，通过购置、置换、租赁等方式予以补足。
2.2推进社会化运营。社区养老服务设施原则上无偿或低偿提供给专业化机构运营，运营机构由街道通过公开招标等方式确定。
3.保障措施
各区要将社区养老服务设施建设纳入年度民生实事，市民政局要会同自然资源和规划、住房和城乡建设等部门加强督促检查。
凉川市人民政府办公室
2025年11月20日
""",
    ),
    dict(
        slug="wenku-drug-summary-pdf-bracket-dash",
        site="卷宗文库 (invented preview site)",
        style="文库预览",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.juanzongwk.example.com/view/7a3c92e1.html",
        title="县市场监管局2025年药品安全监管工作总结",
        record_title="县市场监管局2025年药品安全监管工作总结.pdf",
        date="2025-12-15",
        notes="a file-name title; the preview cut by 【 - n - 】 markers, some glued at a line start; a 'pages 1-3 free' banner, a preview-end pay prompt in new words and a 'report this document' action; the 成文日期 is the date",
        indent="\u3000\u3000",
        pages=dict(fmt="【 - {n} - 】", every=150, start=2, glue="mix"),
        page="""
!m 卷宗文库
!t 县市场监管局2025年药品安全监管工作总结.pdf
!m 上传者：pinkcloud　页数：5页　大小：312KB　评分：4.6
!a 前3页免费预览，完整版需下载
{BODY}
!a ……剩余2页未读，支付2.80元解锁全文
!a ⚠ 举报该文档
!l 同类文档推荐：药品安全工作总结及下一步打算 ｜ 药店监督检查情况汇报
""",
        body="""
2025年，县市场监管局坚持以“四个最严”要求为统领，扎实开展药品安全监管各项工作，全县未发生药品安全事件。
一、强化日常监管。全年检查药品经营使用单位九百六十家次，实现药品零售企业检查全覆盖，责令整改问题二百三十个。
二、深化专项整治。开展药品安全巩固提升行动，重点整治执业药师挂证、网络违规销售处方药等问题，立案查处药品案件二十一件，罚没款四十六万元。
三、抓好抽检监测。完成药品抽检一百二十批次，合格率百分之九十九点二；收集药品不良反应报告五百一十份，每百万人口报告数居全市前列。
四、加强宣传培训。开展“安全用药月”宣传活动，举办药品经营企业负责人培训班两期。
下一步，我局将进一步健全药品安全风险防控体系，推动监管工作提质增效。
东溪县市场监督管理局
2025年12月15日
""",
    ),
    dict(
        slug="wenku-gjj-plan-no-title-p-dot-markers",
        site="博览文档 (invented preview site)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.bolanwd.example.cn/p-20251105-55120.html",
        title="住房公积金“惠企便民”服务月活动方案",
        record_title=None,
        date=None,
        notes="no record title; the title repeated glued to the first line; a 〔P·n〕 marker cutting lines; the plan's table of activities and its sentence telling staff to 下载 the app stay; a 'preview ends here' line in new words, an 'add to library' action and a hot-search tag row; no date",
        pages=dict(fmt="〔P·{n}〕", every=100, start=2),
        page="""
!m 博览文档 —— 文档，一搜就有
!a ＋加入我的文库　　⬇下载　　✉分享
{T}{BODY}
!a 预览已到底，更多精彩内容请下载后阅读
!l 热搜：公积金 ｜ 服务月 ｜ 活动方案 ｜ 政务服务
""",
        body="""
为进一步优化住房公积金服务，提升缴存单位和职工的获得感，中心决定于2025年11月开展“惠企便民”服务月活动，特制定本方案。
一、活动主题
公积金服务进万家，惠企便民暖人心。
二、活动内容
序号　活动名称　责任科室　时间
1　政策宣讲进园区　归集科　11月上旬
2　“公积金服务日”上门办理　各管理部　11月中旬
3　窗口服务“好差评”回访　综合科　11月下旬
三、工作要求
各管理部要安排业务骨干参加宣讲活动，引导缴存职工下载“公积金”手机APP，推广线上办理提取、贷款等业务。活动结束后，各科室要及时总结，形成书面材料报中心办公室。
""",
    ),
    dict(
        slug="wenku-insight-html-dotted-separators",
        site="慧读文库 (invented preview site)",
        style="文库预览",
        genre="心得体会",
        kind="other",
        form="html",
        source="https://www.huiduwk.example.com/d/0b71ce.html",
        title="学习新修订《中华人民共和国药品管理法》心得体会",
        record_title="学习新修订《中华人民共和国药品管理法》心得体会（word可编辑）",
        date=None,
        notes="a 文库 preview in HTML: the page rendered as page divs with ┈ n ┈ separators cutting paragraphs; decorated record title; an uploader card, a 'continue reading' button between pages, a VIP prompt at the bottom and a 相关文档 list with page counts; no date",
        page="""
<html><head><meta charset="utf-8"><title>学习新修订《中华人民共和国药品管理法》心得体会（word可编辑）-慧读文库</title></head><body>
<div class="nav">⟦m 慧读文库　首页　分类　专题　排行⟧</div>
<div class="docinfo"><h1>⟦t 学习新修订《中华人民共和国药品管理法》心得体会（word可编辑）⟧</h1>
<p>⟦m 贡献者：药苑行者　｜　3页　｜　1.6万次阅读　｜　上传于2025-08-19⟧</p></div>
<div class="reader">
{BODY}
</div>
<div class="more">⟦a 展开阅读全文 ∨⟧</div>
<div class="vip">⟦a 开通慧读VIP，本文及2000万文档免费下载⟧</div>
<div class="rel"><p>⟦l 相关文档⟧</p><p>⟦l 药品管理法学习体会（3页）⟧</p><p>⟦l 药品管理法知识竞赛题库（12页）⟧</p></div>
</body></html>
""",
        pages=dict(fmt="┈ {n} ┈", every=110, start=2),
        p_html='<div class="pg"><p>{}</p></div>',
        body="""
近期，我认真学习了新修订的《中华人民共和国药品管理法》，深刻认识到这部法律对于保障公众用药安全、推动医药产业高质量发展的重要意义。
一是坚持人民至上。新修订的药品管理法把“保护和促进公众健康”作为立法宗旨，对假药劣药重新界定，对违法行为实行“处罚到人”，体现了最严谨的标准、最严格的监管、最严厉的处罚、最严肃的问责。
二是坚持全程管控。法律建立了药品上市许可持有人制度和药品追溯制度，明确了药品研制、生产、经营、使用各环节的责任，让每一盒药都能“来源可查、去向可追”。
三是坚持依法履职。作为一名基层药品监管人员，我将把学法成果转化为执法能力，严格规范公正文明执法，守护好人民群众的用药安全。
""",
    ),
    dict(
        slug="wenku-leaflet-ocr-antifraud-scan-markers",
        site="闻道文库 (invented, scanned leaflet)",
        style="文库预览",
        genre="倡议书",
        kind="letter",
        form="text",
        source="https://www.wendaowk.example.com/scan/44190.html",
        title="致全镇居民的一封信——防范电信网络诈骗",
        record_title="致全镇居民的一封信（防诈宣传单扫描件）.pdf",
        date="2025-06-10",
        notes="an OCR'd printed leaflet: a file-name title; (扫描页n) markers from the scanner cut sentences; an 'OCR may contain errors' note, a 'recognised by' line and a 'report wrong text' action; the leaflet's own 96110 hotline, slogans and the 扫码下载 国家反诈中心APP sentence stay; the leaflet's date is the date",
        wrap=54,
        pages=dict(fmt="(扫描页{n})", every=80, start=2),
        page="""
!t 致全镇居民的一封信（防诈宣传单扫描件）.pdf
!d 本文由扫描件自动识别生成，可能存在错字，请以原件为准
!m 识别引擎：OCR-Lite 2.3　识别时间：3.2秒
{T}
{BODY}
!a 发现识别错误？点此纠错
""",
        body="""
各位居民朋友：
当前，电信网络诈骗犯罪花样翻新，冒充客服退款、刷单返利、虚假投资理财、冒充公检法等诈骗手段层出不穷，不少群众上当受骗，辛苦积攒的血汗钱被骗走。
请大家牢记“三不一多”：未知链接不点击，陌生来电不轻信，个人信息不透露，转账汇款多核实。
凡是自称公检法要求转账到“安全账户”的，都是诈骗；凡是让你下载陌生APP开启屏幕共享的，都是诈骗；凡是网上刷单、先垫付后返利的，都是诈骗。
请每户家庭至少有一名成员扫码下载“国家反诈中心”APP并开启来电预警功能。遇到可疑情况，请立即拨打96110反诈专线或就近到派出所咨询。
梅溪镇人民政府　梅溪派出所
2025年6月10日
""",
    ),
    dict(
        slug="slideshare-xiuzhou-party-lecture-pptx",
        site="幻灯之家 (invented slide-share page)",
        style="文档分享",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.huandengzj.example.com/ppt/2025/3318021.html",
        title="严守纪律规矩　锤炼过硬作风——专题党课讲稿",
        record_title="严守纪律规矩　锤炼过硬作风——专题党课讲稿.pptx",
        date=None,
        notes="a slide-share page: a .pptx record title (decorated, not one of the build's file suffixes); the notes text of the slides cut by ‹ 幻灯片 n › separators; a 'play slides' and 'full screen' action row, a template-credit line, a 'download needs 5 coins' line and a 'more decks by this author' list; no date",
        pages=dict(fmt="‹ 幻灯片 {n} ›", every=90, start=2),
        page="""
!m 幻灯之家 · 免费PPT下载
!t 严守纪律规矩　锤炼过硬作风——专题党课讲稿.pptx
!a ▶ 播放　⛶ 全屏　⤓ 下载（需5金币）
!m 共14页 · 浏览 2,391 · 收藏 88
{BODY}
!m 模板设计：红韵工作室
!l 该作者的更多作品
!l 【党课】学习贯彻新修订的纪律处分条例（24页）
!l 【微党课】身边的榜样（12页）
""",
        body="""
同志们：今天，我和大家一起学习党的纪律规矩，围绕“严守纪律规矩、锤炼过硬作风”讲三点认识。
第一，纪律是党的生命线。我们党是靠革命理想和铁的纪律组织起来的，纪律严明是党的光荣传统和独特优势。
第二，要把纪律规矩刻在心上、落在行动上。政治纪律是最重要、最根本、最关键的纪律，要始终在思想上政治上行动上同党中央保持高度一致；组织纪律、廉洁纪律、群众纪律、工作纪律和生活纪律，同样一条也不能松。
第三，要以过硬作风推动工作落实。作风问题本质上是党性问题，要坚决反对形式主义、官僚主义，大兴调查研究之风，多办群众急难愁盼的实事。
同志们，让我们从现在做起、从自身做起，知敬畏、存戒惧、守底线，以实际行动践行对党的忠诚。
""",
    ),
    dict(
        slug="clouddoc-minutes-comment-export-html",
        site="云笺协作 (invented cloud-doc export)",
        style="文档分享",
        genre="会议纪要",
        kind="other",
        form="html",
        source="https://docs.yunjian.example.com/d/Kq82mX0a/export.html",
        title="城南片区规划展示馆布展方案讨论会纪要",
        record_title="城南片区规划展示馆布展方案讨论会纪要",
        date="2025-04-22",
        notes="a cloud-doc export (HTML): an owner/last-edit line, a read-only banner with a 'request edit' action, comment bubbles (list) between paragraphs and after the text, @mentions in comments, a word count; the minutes' 时间/地点/参加人员 lines and numbered decisions stay; the meeting's date in the 时间 line is the date",
        page="""
<html><head><meta charset="utf-8"><title>城南片区规划展示馆布展方案讨论会纪要 - 云笺</title></head><body>
<div class="bar">⟦m 云笺　｜　我的空间 / 规划展示馆项目⟧</div>
<div class="ro">⟦a 你只有查看权限，申请编辑权限⟧</div>
<h1>{T}</h1>
<div class="who">⟦m 所有者：褚明轩　最近修改：2025-04-23 10:18　字数 612⟧</div>
<div class="doc">
{BODY}
</div>
<div class="comments">
<p>⟦l 评论（3）⟧</p>
<p>⟦l 葛蔓 4月22日 16:05：第二条的展陈面积是按一期算的吗？⟧</p>
<p>⟦l 褚明轩 4月22日 16:20：@葛蔓 是，二期另算⟧</p>
<p>⟦l 史文博 4月23日 09:02：已阅⟧</p>
</div>
<div class="foot">⟦d 导出自云笺在线文档，内容归文档所有者所有⟧</div>
</body></html>
""",
        body="""
时间：2025年4月22日下午2:30
地点：城南片区管委会二楼会议室
参加人员：褚明轩、葛蔓、史文博、卢一鸣，设计单位代表二人
会议听取了设计单位关于城南片区规划展示馆布展方案的汇报，经讨论，议定如下事项：
一、展示馆定位为“片区客厅”，以城南片区的历史沿革、规划蓝图和重点项目为主要内容，兼顾招商推介功能。
⟦l 💬 葛蔓：这里建议加上“市民参与”⟧
二、同意一期展陈面积按一千二百平方米设计，其中沙盘区不少于三百平方米，多媒体影院座位不少于六十个。
三、设计单位于5月10日前提交深化方案，管委会规划建设部负责组织专家评审。
四、布展经费控制在六百万元以内，资金来源由财务部另行报批。
""",
    ),
    dict(
        slug="docshare-wps-water-report-cn-date",
        site="共享文档站 (invented)",
        style="文档分享",
        genre="报告",
        kind="report",
        form="text",
        source="https://www.gxwdz.example.com/doc/9920431.html",
        title="关于2025年上半年河湖长制工作情况的报告",
        record_title="关于2025年上半年河湖长制工作情况的报告.wps",
        date="2025-07-05",
        notes="a .wps file-name title; an upload notice in new words, a 'document score' row, a 'convert to PDF' action between paragraphs; the report's own table of river water quality stays; Chinese-numeral 成文日期",
        indent="\u3000\u3000",
        page="""
!t 关于2025年上半年河湖长制工作情况的报告.wps
!d 本文档为用户自行上传分享，平台仅提供信息存储空间，如涉及侵权，请联系 jubao@gxwdz.example.com 处理
!m 文档评分 ★★★★☆　下载 73 次
{BODY}
!a 在线转PDF　|　转图片　|　转Word
!l 你可能还需要：河长制工作总结、河道保洁方案、巡河记录表模板
""",
        body="""
县人民政府：
今年以来，县河长办在县委、县政府的领导下，以“河畅、水清、岸绿、景美”为目标，全面落实河湖长制各项工作，现将上半年工作情况报告如下。
一、河湖长履职情况。全县三级河湖长累计巡河一万二千余次，发现并解决问题三百四十个；县级河长召开河长会议六次，协调解决跨乡镇问题十一个。
二、水质改善情况。上半年全县主要河流水质监测情况如下：
河流名称　监测断面　水质类别　较去年同期
清水河　出境断面　Ⅱ类　持平
柳溪　入河口断面　Ⅲ类　提升一个类别
⟦a 📄 本页转为PDF⟧
三、下一步工作。重点抓好入河排污口整治、河道采砂管理和农村黑臭水体治理，确保年底前完成全年目标任务。
柳溪县河长制办公室
二〇二五年七月五日
""",
    ),
    dict(
        slug="fanwenapp-jingwen-insight-oneline",
        site="精文范文APP (invented, reading mode export)",
        style="范文APP",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://app.jingwenfw.example.com/r/5519022",
        title="参加“公积金服务标兵”评选活动心得",
        record_title=None,
        date=None,
        notes="no record title; a 范文 app's reading-mode export: the whole text on one line, an AI rewrite/expand tool row and a member prompt above, a 'copy needs membership' line and an app-store prompt below; no date",
        oneline=True,
        indent="\u3000\u3000",
        page="""
!a ✨ AI改写　✨ AI扩写　✨ 一键降重
{T}
!m 字数 486 · 适用：个人心得
{BODY}
!a 复制全文需开通会员（首月1元）
!a 去应用商店搜索“精文范文”，海量范文随身带
""",
        body="""
今年，我有幸被推荐参加全市住房公积金系统“服务标兵”评选活动，在准备和参评的过程中，我对窗口服务工作有了新的认识。
窗口是展示形象的“第一扇门”。群众来办事，最在意的是办得快、办得顺、办得明白。
我总结了“三多三少”工作法：多问一句，少跑一趟；多讲一遍，少错一处；多笑一笑，少急一分。
今后，我将向其他标兵学习，继续在平凡的岗位上做好每一件小事。
""",
    ),
    dict(
        slug="fanwenapp-moxie-initiative-share-html",
        site="墨写APP (invented, share page)",
        style="范文APP",
        genre="倡议书",
        kind="letter",
        form="html",
        source="https://s.moxieapp.example.com/share/x7Y2p9",
        title="节约用水从我做起倡议书",
        record_title="倡议书｜节约用水从我做起倡议书",
        date="2025-03-22",
        notes="a 范文 app's share page (HTML): decorated record title, an 'open app to copy' banner at the top and a floating button, a 'shared by' line, a half-page mask with 'continue in app', a 'more like this' list; the initiative's own slogan and the 世界水日 date inside the text; the signature date is the date",
        page="""
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>倡议书｜节约用水从我做起倡议书</title></head><body>
<div class="banner">⟦a 打开墨写APP，免费复制全文⟧</div>
<div class="sharer">⟦m 来自墨写用户「小溪流」的分享⟧</div>
<h2>{T}</h2>
<div class="art">
{BODY}
</div>
<div class="mask">⟦a 在APP内继续阅读 ›⟧</div>
<div class="like"><p>⟦l 更多同类范文⟧</p><ul><li>⟦l 爱护环境倡议书（6篇）⟧</li><li>⟦l 世界水日主题活动方案⟧</li></ul></div>
<div class="float">⟦a 立即打开⟧</div>
</body></html>
""",
        body="""
全市广大市民朋友们：
3月22日是“世界水日”，3月22日至28日是“中国水周”。水是生命之源、生产之要、生态之基。我市人均水资源量不足全省平均水平的一半，节约用水是每个人的责任。
为此，我们发出如下倡议：
一、树立节水意识。牢固树立“节水即治污、节水即减排”的理念，自觉珍惜每一滴水。
二、养成节水习惯。洗菜水用来浇花，洗衣水用来冲厕，刷牙洗手随手关闭水龙头。
三、选用节水器具。家庭装修和更新器具时，优先选用节水型水龙头、马桶和洗衣机。
四、争当节水先锋。发现公共场所水管漏水、长流水，及时向物业或拨打城市服务热线反映。
让我们携起手来，“惜水、爱水、节水”，共同建设节水型城市！
鹭城市节约用水办公室
2025年3月22日
""",
    ),
]

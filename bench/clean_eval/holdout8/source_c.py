"""Blind part holdout8, source C: a personnel-exam site, an exam forum, an encyclopedia
entry, WeChat mirrors, a law firm, a forwarded mail, a writing-course school, a group
intranet, 文库 previews in new page-marker forms, a download site, 范文 sites, a county
government's minutes, an urban-management regulation, a news portal, a Party-building
site, a hospital and a residents' site. Everything is invented; see ../README.md and
../build.py."""

CASES = [
    dict(
        slug="rsks-fengdu-recruit-admit-ticket",
        site="枫渡市人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.fdrsks.example.gov.cn/ksxx/sydw/2025/0506/2277.html",
        title="2025年枫渡市市直事业单位公开招聘工作人员笔试公告",
        record_title="2025年枫渡市市直事业单位公开招聘工作人员笔试公告",
        record_date="2025-05-06",
        date="2025-05-06",
        notes="record date; the notice tells candidates to log in, download and print the admission ticket (body), while the site's own 'download the app / print this page' are chrome; a consultation phone of the notice kept; an anti-fraud notice at the bottom",
        page="""
!m 枫渡人事考试网　>> 考试信息 >> 事业单位
!t 2025年枫渡市市直事业单位公开招聘工作人员笔试公告
!m 时间：2025-05-06　作者：考务科　人气：9921
!a 〖打印本页〗〖下载考试助手App〗
{BODY}
!d 郑重提醒：本网从未委托任何机构举办考前培训，谨防上当受骗。
!l 相关考试：2025年枫渡市中小学教师招聘公告
""",
        body="""
根据工作安排，2025年枫渡市市直事业单位公开招聘工作人员笔试定于5月24日举行，现将有关事项公告如下。
一、准考证打印。考生须于5月19日9:00至5月23日17:00登录枫渡市人事考试网，下载并用A4纸打印准考证。
二、笔试时间。上午9:00—11:00，综合应用能力；下午14:30—16:30，公共基础知识。
三、考生须凭准考证和有效居民身份证参加考试，二者缺一不可。
咨询电话：0745-3318262（工作日8:30—17:30）。
枫渡市人力资源和社会保障局
2025年5月6日
""",
    ),
    dict(
        slug="gongkao-forum-shuzhi-thread-junk",
        site="稳岸公考论坛 (invented)",
        style="公考论坛",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://bbs.wenan-gk.example.com/thread-662013-1-1.html",
        title="乡镇党委副书记个人述职报告",
        record_title="[遴选备考] 乡镇党委副书记个人述职报告 - 稳岸公考论坛",
        date=None,
        notes="decorated record title; a forum thread: 积分/帖子 author card, a reply-to-see gate, junk lines and glued junk, the board's signature line; no date",
        junk=dict(lines=1, glued=2),
        page="""
!m 稳岸公考论坛 › 遴选 › 材料分享
!t [遴选备考] 乡镇党委副书记个人述职报告
!m 楼主：岸上见　积分 2310　帖子 418　发表于 3 天前
{BODY}
!a 本帖隐藏的附件需要回复才可以下载
!w 申论一对一批改，私信楼主或加扣扣群 77xx20931
!m ——稳扎稳打，终能上岸
!l 回复　引用　举报　　返回列表
""",
        body="""
一年来，我在镇党委的坚强领导下，协助书记抓好党建和基层治理工作，现将履职情况报告如下。
一是抓党建促基层。推动十四个村党组织开展星级评定，整顿软弱涣散村党组织两个。
二是抓治理保平安。牵头推进网格化管理，化解矛盾纠纷一百三十余起。
三是抓作风强队伍。带头落实一线工作法，每月驻村不少于八天。
存在的不足是理论学习还不够系统，今后将切实加以改进。
""",
    ),
    dict(
        slug="wiki-entry-opinion-infobox",
        site="知源百科 (invented)",
        style="百科问答",
        genre="意见",
        kind="other",
        form="html",
        source="https://baike.zhiyuan.example.com/item/岫泉县关于推进农村寄递物流体系建设的实施意见/61022",
        title="岫泉县关于推进农村寄递物流体系建设的实施意见",
        record_title="岫泉县关于推进农村寄递物流体系建设的实施意见_知源百科",
        date=None,
        notes="HTML; site-suffixed record title; an encyclopedia entry: 编辑/讨论 buttons, an infobox (发布单位/文号) as chrome, the entry's own summary line, the text under 文件全文 heading, a references list and an 'entry certified by' notice; no date",
        page="""
<html><head><meta charset="utf-8"><title>岫泉县关于推进农村寄递物流体系建设的实施意见_知源百科</title></head><body>
<div class="top">⟦m 知源百科⟧ ⟦a 编辑词条⟧ ⟦a 讨论⟧ ⟦a 上传视频⟧</div>
<h1>⟦t 岫泉县关于推进农村寄递物流体系建设的实施意见⟧</h1>
<div class="summary">⟦m 本词条由“政策文件”栏目组编写⟧</div>
<table class="infobox"><tr><td>⟦m 中文名：岫泉县关于推进农村寄递物流体系建设的实施意见⟧</td></tr><tr><td>⟦m 发布单位：岫泉县人民政府办公室⟧</td></tr></table>
<h2>⟦m 文件全文⟧</h2>
<div class="para">
{BODY}
</div>
<div class="ref">⟦l 参考资料　1. 岫泉县人民政府门户网站⟧</div>
<div class="ft">⟦d 词条内容仅供参考，如需专业意见请咨询相关机构⟧</div>
</body></html>
""",
        body="""
各乡镇人民政府，县直有关单位：
为加快农村寄递物流体系建设，畅通农产品进城和工业品下乡双向流通渠道，现提出如下实施意见。
一、总体目标。到2026年底，实现快递服务行政村全覆盖，建成县级寄递公共配送中心一个、乡镇寄递物流站十二个。
二、重点任务。推进邮政、快递、供销、电商资源整合共享，发展“一点多能”村级综合服务站。
三、保障措施。县财政对村级站点建设给予每个三千元补助，纳入年度乡村振兴考核。
""",
    ),
    dict(
        slug="wechat-mirror-township-summary-blue-text",
        site="公号文章镜像站 (invented)",
        style="公众号镜像",
        genre="总结",
        kind="summary",
        form="text",
        source="https://wx.example-mirror.com/s/tangchuan-2025-h1",
        title="棠川镇2025年上半年工作总结",
        record_title="棠川镇2025年上半年工作总结",
        date=None,
        notes="a WeChat mirror: the blue-text follow prompt at the top, the account line, an 'original' tag, a 'pull down to see the next article' footer, a 'message board closed' line; chrome glued before a 。 inside a body line; no date",
        page="""
!a 戳上方蓝色字“棠川微讯”关注我们不迷路
!m 棠川微讯　　原创　　棠川镇党政办
!t 棠川镇2025年上半年工作总结
{BODY}
!m 编辑 | 覃小禾　　校对 | 宁远　　审核 | 郁峰
!l 往期回顾：棠川镇召开防汛工作部署会
!a 分享、点赞、在看，三连走起
!d 本号留言区已关闭
""",
        body="""
今年以来，棠川镇紧紧围绕县委县政府决策部署，统筹推进经济发展和民生改善各项工作，上半年主要经济指标实现“双过半”。
一是项目建设提速，十二个重点项目完成投资三点二亿元，占年度计划的百分之五十六⟦l （点击图片查看项目一览）⟧。
二是乡村振兴见效，新建高标准农田三千亩，发展特色种植基地四个。
三是民生保障有力，新增城镇就业四百一十人，完成农村危房改造三十八户。
下半年，全镇将紧盯年度目标，确保各项任务全面完成。
""",
    ),
    dict(
        slug="lawfirm-dezheng-opinion-consult",
        site="德正律师事务所 (invented)",
        style="律所网站",
        genre="意见",
        kind="other",
        form="text",
        source="https://www.dezheng-law.example.com/news/fgjd/2025/0811.html",
        title="关于加强全县公共法律服务体系建设的实施意见",
        record_title="【法规解读】关于加强全县公共法律服务体系建设的实施意见",
        date="2025-08-04",
        date_also=["2025-08-11"],
        notes="decorated record title; a law firm reposts a county's 实施意见: free-consultation prompt with a lawyer's phone (contact), 'not legal advice' disclaimer, the firm's lawyer-team list; the document's own 12348 hotline kept in the body; date from the end of the document",
        page="""
!m 德正律师事务所 ＞ 法规解读
!w 免费法律咨询：189-7012-xx66（沈律师）　微信同号
!t 关于加强全县公共法律服务体系建设的实施意见
!m 来源：转自芸阳县司法局网站　　发布：2025-08-11
{BODY}
!d 本站转载文章仅供学习参考，不构成对任何具体问题的法律意见。
!l 本所律师团队：沈立言　伍婧　苗志成
""",
        body="""
为加快建设覆盖城乡、便捷高效、均等普惠的公共法律服务体系，结合我县实际，提出如下意见。
一、健全服务网络。县建公共法律服务中心，乡镇建工作站，村（社区）设工作室，实现三级平台全覆盖。
二、畅通服务渠道。群众可拨打12348公共法律服务热线，或登录法律服务网获取咨询服务。
三、加强队伍建设。推行一村（社区）一法律顾问制度，法律顾问每月到村服务不少于一次。
芸阳县司法局
2025年8月4日
""",
    ),
    dict(
        slug="forwarded-mail-notice-missing-title",
        site="转发邮件 (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mailto:fwd-20250902@example-corp.cn",
        title="关于开展2025年度职工体检工作的通知",
        record_title=None,
        date="2025-09-01",
        notes="no record title: the title stands as the first line of the forwarded body; forward header block (发件人/日期/收件人/主题 with Fwd:), the forwarder's note above (neutral), the mail's 附件 header with file sizes (chrome) and the notice's own 附件 line (body); a mail signature and a 'sent from my phone' line",
        page="""
各位同事请查收，有问题直接问工会。
!m ---------- 转发的邮件 ----------
!m 发件人：公司工会 <gonghui@example-corp.cn>
!m 日期：2025年9月1日 周一 16:05
!m 主题：Fwd: 体检通知
!m 收件人：全体员工 <all@example-corp.cn>
!m 附件：体检套餐说明.pdf (286KB)；体检预约表.xlsx (18KB)
{T}
{BODY}
!m 发自我的手机
""",
        body="""
各部门：
经公司研究，定于9月中旬至10月底组织全体在职职工进行年度健康体检，现将有关事项通知如下。
一、体检机构：沅渚市第一人民医院健康管理中心。
二、各部门于9月10日前将预约表报公司工会，由工会统一安排体检时间。
三、体检前一天请清淡饮食，体检当日早晨须空腹。
附件：1.体检套餐说明；2.体检预约表
公司工会
2025年9月1日
""",
    ),
    dict(
        slug="training-school-course-sample-notice",
        site="妙笔公文写作培训学校 (invented)",
        style="培训机构",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.miaobi-px.example.com/course/gongwen/sample-12.html",
        title="关于做好2026年元旦春节期间有关工作的通知",
        record_title="【课程范例12】关于做好2026年元旦春节期间有关工作的通知",
        date=None,
        notes="decorated record title; a course page with a sample notice: course price and enrolment prompt, a teacher's WeChat for trial lessons (contact) on its own line between paragraphs and glued after a 。; the notice itself quotes an example date format in its text (no date: null)",
        page="""
!m 妙笔公文写作培训学校 | 精品课程 | 公文范例
!a 本课程：￥399　立即报名　试听3节
!t 关于做好2026年元旦春节期间有关工作的通知
{BODY}
!w 报名咨询：班主任苗老师 微信 miaobi_px01　电话 400-8xx-2025
!l 下一课：请示与报告的区别（范例13）
""",
        body="""
各科室、各下属单位：
元旦、春节将至，为确保节日期间各项工作有序开展，现将有关事项通知如下。
一、严格落实值班制度。值班表须注明带班领导和值班人员的联系电话，落款日期统一写为“2025年12月××日”格式。⟦w 想系统学习公文格式？加老师微信领取讲义⟧
⟦w 【限时福利】前50名报名学员赠送《公文格式速查手册》⟧
二、做好安全检查。节前对办公场所开展一次全面安全检查。
三、严守廉洁纪律。严禁公款送礼、公款吃喝。
""",
    ),
    dict(
        slug="group-intranet-decision-html",
        site="苍澜建工集团内网 (invented)",
        style="企业内网",
        genre="决定",
        kind="other",
        form="html",
        source="http://oa.canglan-jg.example.local/portal/doc/view?id=209311",
        title="关于给予第三项目部通报批评的决定",
        record_title="关于给予第三项目部通报批评的决定",
        record_date="2025-06-24",
        date="2025-06-24",
        notes="HTML; record date; an intranet portal: logged-in user line, secrecy level and 'watermarked' notice, a document number (neutral), a 'read receipt' button between paragraphs, 印发 line kept",
        page="""
<html><head><meta charset="utf-8"><title>集团门户-公文查看</title></head><body>
<div class="user">⟦m 欢迎您，安全质量部 乔子墨 ｜ 退出⟧</div>
<div class="lvl">⟦m 密级：内部　紧急程度：普通⟧</div>
<h2>⟦t 关于给予第三项目部通报批评的决定⟧</h2>
<p>苍澜建工〔2025〕67号</p>
<div class="doc">
<p>各分公司、项目部：</p>
<p>2025年6月10日，集团安全检查组在第三项目部施工现场检查时发现，该项目部脚手架搭设不规范、临边防护缺失，存在较大安全隐患。</p>
<p class="btn">⟦a 我已阅读，签收⟧</p>
<p>经集团研究，决定对第三项目部给予通报批评，扣减该项目部本年度安全考核分十分。</p>
<p>各单位要引以为戒，举一反三，立即开展安全隐患自查自纠。</p>
<p>苍澜建工集团有限公司</p>
<p>2025年6月24日</p>
<p>苍澜建工集团有限公司办公室　2025年6月24日印发</p>
</div>
<div class="wm">⟦d 本页内容已添加水印，严禁截屏外传⟧</div>
</body></html>
""",
        body="""
各分公司、项目部：
2025年6月10日，集团安全检查组在第三项目部施工现场检查时发现，该项目部脚手架搭设不规范、临边防护缺失，存在较大安全隐患。
经集团研究，决定对第三项目部给予通报批评，扣减该项目部本年度安全考核分十分。
各单位要引以为戒，举一反三，立即开展安全隐患自查自纠。
苍澜建工集团有限公司
2025年6月24日
苍澜建工集团有限公司办公室　2025年6月24日印发
""",
    ),
    dict(
        slug="wenku-preview-insight-guillemet-markers",
        site="拾页文库 (invented)",
        style="文库预览",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.shiye-wenku.example.com/view/9b2e77d0.html",
        title="学习新修订《安全生产法》心得体会",
        record_title="学习新修订《安全生产法》心得体会（5篇）【最新】",
        date=None,
        notes="decorated record title; a preview page wrapped at 60 columns with «N» markers glued at line starts, a page count line, a 'VIP downloads free' prompt and a 'remaining pages hidden' prompt; no date",
        wrap=60,
        indent="　　",
        pages=dict(fmt="«{n}»", every=95, start=2, glue=True),
        page="""
!m 拾页文库 › 党团工作 › 心得体会
!m 共5页　｜　1.3万次阅读　｜　贡献者：Aq***2
!t 学习新修订《安全生产法》心得体会（5篇）【最新】
{BODY}
!w 找不到想要的资料？留言给客服，24小时内帮你找
!a 还剩3页未读，继续阅读
!a VIP会员本文档免费下载
""",
        body="""
近期，我认真学习了新修订的《安全生产法》，对安全生产工作有了更深的认识。
新法把“管行业必须管安全、管业务必须管安全、管生产经营必须管安全”写入法律，进一步压实了各方责任。
作为一名基层安全管理人员，我将带头学法守法，把法律要求落实到每一次检查、每一个岗位中。
同时，要加强对一线职工的安全培训，让安全意识真正入脑入心。
""",
    ),
    dict(
        slug="wenku-preview-report-html-p-markers",
        site="云栈文库 (invented)",
        style="文库预览",
        genre="工作报告",
        kind="report",
        form="html",
        source="https://wk.yunzhan.example.com/p-20931172.html",
        title="县人大常委会工作报告",
        record_title="县人大常委会工作报告.doc",
        date=None,
        notes="HTML preview with 【P n】 markers cutting paragraphs in two; file-name record title; a 'save to my library' button, a file-info line, a pay-to-read-all prompt in the middle; no date",
        pages=dict(fmt="【P{n}】", every=110, start=2),
        page="""
<html><head><meta charset="utf-8"><title>县人大常委会工作报告.doc-云栈文库</title></head><body>
<div class="h">⟦m 云栈文库 - 海量文档在线分享⟧</div>
<h1>⟦t 县人大常委会工作报告.doc⟧</h1>
<div class="info">⟦m 格式：DOC　页数：4　大小：36KB　贡献者：wk_8812⟧</div>
<div class="btns">⟦a 存到我的文库⟧ ⟦a 立即下载⟧</div>
<div class="reader">
{BODY}
</div>
<div class="pay">⟦a 阅读已结束，支付2.00元即可阅读全文⟧</div>
</body></html>
""",
        body="""
各位代表：
过去一年，县人大常委会紧紧围绕县委中心工作，依法履行立法监督、重大事项决定和人事任免等职权，各项工作取得新进展。
常委会共召开会议八次，听取审议专项工作报告十六个，开展执法检查四次，作出决议决定六项。
常委会坚持把代表工作作为基础性工作，组织代表视察调研二十三次，办理代表建议一百零八件，办结率百分之百。
新的一年，常委会将继续坚持正确政治方向，依法履职尽责，为全县高质量发展贡献人大力量。
""",
    ),
    dict(
        slug="download-site-request-docx-zip",
        site="办公素材下载站 (invented)",
        style="资料下载站",
        genre="请示",
        kind="other",
        form="text",
        source="https://www.bgsc-down.example.com/soft/77120.html",
        title="关于增加社区工作者岗位编制的请示",
        record_title="关于增加社区工作者岗位编制的请示.docx",
        date="2025-02-20",
        notes="file-name record title; a download page: file size/type/rating row, unzip password line, 'high-speed download' and 'normal download' buttons, a 'report a broken link' action, the request's own 联系人 kept; date from the end",
        page="""
!m 办公素材下载站 → 公文写作 → 请示报告
!t 关于增加社区工作者岗位编制的请示.docx
!m 文件大小：21KB　类型：Word　评分：★★★★☆　下载次数：734
!a 【高速下载】　【普通下载】　【报告错误】
!w 公文模板定制请联系站长（微信：bgsc_zz）
!m 解压密码：www.bgsc-down.example.com
!m 内容预览：
{BODY}
!d 本站资源均来自互联网收集整理，仅供交流，请于下载后24小时内删除。
""",
        body="""
区人民政府：
近年来，我街道辖区常住人口快速增长，现有社区工作者一百零二名，按每三百户配备一名的标准，尚缺口三十一名。
为切实加强社区服务力量，特申请增加社区工作者岗位三十一个，所需经费由区、街道两级财政按比例承担。
妥否，请批示。
联系人：钟悦，电话：0731-8571xx26。
柘川区青枫街道办事处
2025年2月20日
""",
    ),
    dict(
        slug="fanwen-yuanbi-bulletin-record-date",
        site="圆笔范文网 (invented)",
        style="范文站",
        genre="通报",
        kind="notice",
        form="text",
        source="https://m.yuanbi-fw.example.cn/tongbao/88012.html",
        title="关于2025年第一季度政务服务“好差评”情况的通报",
        record_title="【优质】关于2025年第一季度政务服务“好差评”情况的通报",
        record_date="2025-04-15",
        date="2025-04-15",
        notes="decorated record title; record date; a mobile 范文 page: 'this page was generated for you by …' line, a 'get the Word version' prompt glued before a 。, a numbered ranking list kept, a writing-service line at the bottom",
        page="""
!m 圆笔范文网 手机版 | 通报
!t 关于2025年第一季度政务服务“好差评”情况的通报
!a 阅读全文需登录　｜　获取Word版
{BODY}
!w 各类材料代写、修改润色，请联系客服小圆（同号微信 yb-kf123）
!l 推荐阅读 · 政务服务工作总结范文合集
""",
        body="""
各乡镇（街道），县直各单位：
2025年第一季度，全县政务服务“好差评”系统共收到评价四万二千余条，好评率百分之九十九点六⟦a 【免费下载本文Word】⟧。
差评主要集中在以下方面：
1.部分窗口一次性告知不到位，群众多次往返；
2.个别事项办理超时；
3.部分线上事项操作指引不清晰。
请各单位对照差评问题认真整改，并于4月30日前报送整改情况。
""",
    ),
    dict(
        slug="fanwen-xieyi-shuzhi-oneline-doc",
        site="写易范文库 (invented)",
        style="范文站",
        genre="述职报告",
        kind="report",
        form="text",
        source="http://www.xieyi-fw.example.com/shuzhi/2025/7731.html",
        title="社区党支部书记述职报告",
        record_title="社区党支部书记述职报告.doc",
        date=None,
        notes="file-name record title; the whole body on one line with full-width indents between paragraphs; a 'this article has N words' meta, a rating widget and a 'copyright belongs to the author' notice; no date",
        oneline=True,
        indent="　　",
        page="""
!m 写易范文库 ＞ 述职报告 ＞ 党建述职
!t 社区党支部书记述职报告
!m 本文共计约480字　发布者：xy_editor
{BODY}
!l 本文对您有帮助吗？ 有用(18) 没用(2)
!d 版权归原作者所有，本站仅作学习交流之用。
""",
        body="""
今年以来，我认真履行党建工作第一责任人职责，带领社区党支部一班人扎实推进各项工作。
一是加强组织建设，发展党员两名，建立楼栋党小组九个。
二是推进为民服务，建成社区老年食堂，每天为一百余名老人提供午餐。
三是落实“三会一课”制度，全年开展主题党日活动十二次。
下一步，我将继续提升服务能力，努力建设让群众满意的幸福社区。
""",
    ),
    dict(
        slug="gov-yingzhou-executive-minutes-html",
        site="潆洲市人民政府 (invented)",
        style="政府门户",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="https://www.yingzhou.example.gov.cn/zwgk/hyjy/2025/1030/5021.html",
        title="市政府第三十九次常务会议纪要",
        record_title=None,
        date="2025-10-28",
        notes="HTML; no record title; an 信息公开 page with an index table (索引号/发布机构/生成日期 as chrome), the title in the h1; minutes with an attendance line and numbered decisions; date from the minutes' own 时间; a 'rate this page' widget",
        page="""
<html><head><meta charset="utf-8"><title>潆洲市人民政府门户网站</title></head><body>
<div class="top">⟦m 潆洲市人民政府门户网站⟧ ⟦a 无障碍　长者模式⟧</div>
<table class="xxgk"><tr><td>⟦m 索引号：11430900MB1X21-2025-00388⟧</td><td>⟦m 发布机构：市政府办公室⟧</td></tr><tr><td>⟦m 生成日期：2025-10-30⟧</td><td>⟦m 公开方式：主动公开⟧</td></tr></table>
<h1>{T}</h1>
<div class="txt">
{BODY}
</div>
<div class="rate">⟦l 您对本页内容是否满意？ 满意 一般 不满意⟧</div>
<div class="ft">⟦m 主办：潆洲市人民政府办公室　网站标识码：4309000042⟧</div>
</body></html>
""",
        body="""
时间：2025年10月28日
地点：市政府第一会议室
出席：市长、副市长，市政府秘书长
会议研究了以下事项：
一、原则同意《潆洲市城市更新实施办法（送审稿）》，由市住建局根据会议意见修改完善后按程序印发。
二、听取了市财政局关于前三季度财政收支情况的汇报，会议要求各地各部门坚持过紧日子，严控一般性支出。
三、研究了冬季供暖准备工作，要求供热企业于11月10日前完成管网检修。
""",
    ),
    dict(
        slug="urban-mgmt-bike-regulation-scan-member",
        site="槿城市城市管理局 (invented)",
        style="政府门户",
        genre="规章制度",
        kind="regulation",
        form="text",
        source="http://cgj.jincheng.example.gov.cn/zcfg/2025/0401/412.html",
        title="槿城市公共自行车租赁管理办法",
        record_title="槿城市公共自行车租赁管理办法",
        record_date="2025-04-01",
        date="2025-04-01",
        notes="record date; a regulation whose articles speak of 扫码, 下载 App, 会员 and 分享 (kept); the site's own 'scan to read on phone' and 'share' chrome; articles numbered 第一条…",
        page="""
!m 槿城市城市管理局 > 政策法规
!t 槿城市公共自行车租赁管理办法
!m 发文日期：2025-04-01　　有效性：现行有效
!a 【手机扫码阅读】　【分享到微信】
{BODY}
!l 相关解读：《槿城市公共自行车租赁管理办法》政策问答
""",
        body="""
第一条 为规范公共自行车租赁服务，方便市民绿色出行，制定本办法。
第二条 市民可下载“槿城出行”App注册成为会员，也可持市民卡在站点办理会员。
第三条 会员扫码租车后，一小时内免费，超出部分每小时收费一元。
第四条 会员可通过App向他人分享骑行优惠券，但不得转让会员账户。
第五条 本办法自2025年5月1日起施行。
""",
    ),
    dict(
        slug="party-site-speech-chinese-date",
        site="蓼州党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.liaozhou-dj.example.cn/ldjh/2025/0701/6612.html",
        title="在庆祝中国共产党成立104周年暨“两优一先”表彰大会上的讲话",
        record_title="在庆祝中国共产党成立104周年暨“两优一先”表彰大会上的讲话",
        date="2025-07-01",
        notes="date under the speech title in Chinese numerals; quoted slogans kept; an audio-player line and a 'download the speech PDF' action between the title and the body; a 'red education' sidebar list; speaker line (neutral)",
        page="""
!m 蓼州党建网 » 领导讲话
!t 在庆祝中国共产党成立104周年暨“两优一先”表彰大会上的讲话
县委书记　姚承志
（二〇二五年七月一日）
!a ▶ 收听本文　00:00 / 09:41　　下载讲话PDF
{BODY}
!l 红色教育基地推荐：蓼州革命纪念馆
!m 蓼州党建网　主办：中共蓼州县委组织部
""",
        body="""
同志们：
今天，我们在这里隆重集会，庆祝中国共产党成立一百零四周年，表彰一批优秀共产党员、优秀党务工作者和先进基层党组织。
受表彰的同志们，用实际行动诠释了“我是党员我先上”的誓言。
全县各级党组织要以先进为榜样，大力弘扬“敢为人先、实干兴蓼”的精神，推动各项工作再上新台阶。
""",
    ),
    dict(
        slug="hospital-smokefree-initiative-html",
        site="荇州市中医院 (invented)",
        style="医院官网",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://www.xzszyy.example.com/yyxw/2025/0531/98.html",
        title="创建无烟医院倡议书",
        record_title="创建无烟医院倡议书_荇州市中医院",
        date="2025-05-31",
        notes="HTML; site-suffixed record title; a hospital site: 'online appointment / report lookup' buttons, a glued 'department navigation' link after a 。, the hospital's address and 120 in the footer; the initiative's quoted slogan kept; date from 发布时间 line",
        page="""
<html><head><meta charset="utf-8"><title>创建无烟医院倡议书_荇州市中医院</title></head><body>
<div class="q">⟦a 网上预约⟧ ⟦a 报告查询⟧ ⟦a 来院导航⟧</div>
<div class="crumb">⟦m 首页 ＞ 医院新闻 ＞ 院务公开⟧</div>
<h2>⟦t 创建无烟医院倡议书⟧</h2>
<div class="time">⟦m 发布时间：2025-05-31　作者：宣传科　浏览量：402⟧</div>
<div class="con">
{BODY}
</div>
<div class="ft">⟦m 地址：荇州市杏林路12号　急救电话：120　行风监督：0739-6215xx0⟧</div>
</body></html>
""",
        body="""
全院职工、广大患者及家属：
今天是第38个世界无烟日。吸烟危害健康，医院是治病救人的场所，更应成为无烟环境的示范。⟦l 【科室导航】⟧
为此，我们倡议：
一、全院职工带头不吸烟，主动劝阻他人吸烟，做控烟的宣传者和监督者。
二、患者及家属遵守医院禁烟规定，不在院内任何场所吸烟。
让我们共同行动，践行“无烟医院 健康你我”的承诺。
""",
    ),
    dict(
        slug="residents-owners-committee-minutes-missing",
        site="鹭岩区锦绣苑业主之家 (invented)",
        style="社区网站",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="https://www.jxy-yezhu.example.cn/gonggao/2025/08/12.html",
        title="锦绣苑业主委员会第七次会议纪要",
        record_title=None,
        date="2025-08-12",
        notes="no record title; an owners' site: the committee's WeChat group QR prompt (action), '业主认证后可见' gate, a post counter; minutes with attendance line, 1. 2. 3. decisions, the committee's own contact phone kept; date from the minutes' 时间 line; page footer with a property-service phone (chrome)",
        page="""
!m 锦绣苑业主之家 › 业委会公告
!a 扫码加入业主群　｜　业主认证后可参与投票
{T}
!m 发布：业委会秘书　浏览 1206　评论 34
{BODY}
!m 物业服务中心24小时电话：0733-28xx5566
!l 上一则：关于续聘物业服务企业的表决结果公示
""",
        body="""
时间：2025年8月12日晚7时30分
地点：小区会所二楼
出席委员：邬建平、雷晓红、蔡永、贝思宇、郑澜（共5人）
会议议定事项如下：
1.同意启用专项维修资金对3栋、5栋屋面防水进行维修，方案在小区公示十日。
2.督促物业服务企业于8月底前完成地下车库照明改造。
3.下次会议定于9月中旬召开。
业主如有意见建议，可联系业委会秘书雷晓红，电话：13807339xx2。
""",
    ),
    dict(
        slug="news-portal-conference-example-dates",
        site="沅渚新闻网 (invented)",
        style="新闻门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.yuanzhunews.example.cn/zw/gg/44810.html",
        title="关于规范机关公文落款日期写法的通知",
        record_title="关于规范机关公文落款日期写法的通知",
        date=None,
        notes="no date: the notice quotes example dates (成文日期 written in Arabic numerals, an old form in Chinese numerals) that are not its date; a news portal's source/editor line with no date; a font-size row glued to the first line; related news at the bottom",
        page="""
!m 沅渚新闻网 > 政务 > 公告通知
!t 关于规范机关公文落款日期写法的通知
!m 来源：市政府办公室　　编辑：左一帆
{BODY}
!l 相关新闻：市政府办公室举办公文写作培训班
!d 沅渚新闻网版权所有，未经书面授权禁止使用
""",
        body="""
⟦a 【大 中 小】⟧各县市区人民政府，市直各单位：
近期检查发现，部分单位公文落款日期写法不统一，现就有关事项通知如下。
一、成文日期一律使用阿拉伯数字，年份写全称，如“2025年11月18日”，不写作“二〇二五年十一月十八日”。
二、月、日不编虚位，即“1月5日”不写作“01月05日”。
三、各单位要加强公文审核把关，确保格式规范。
""",
    ),
]

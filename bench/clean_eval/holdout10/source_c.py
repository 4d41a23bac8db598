"""Holdout10, part C: exports and app pages — a village committee's chat-group export, a
mini-program share card, a paid column's preview, a WeChat article with 合集/标签 rows, a
collaboration tool's export of minutes, a government app's article page, a TV station's news
transcript, a newspaper's digital edition, a PDF in a browser viewer, an OCR'd fax and a
scanned form. Written blind; everything invented."""

CASES = [
    dict(
        slug="village-qingling-chat-export-two-messages",
        site="青岭村村民议事群 (invented chat export)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="file:///exports/qingling-yishiqun-20250604.txt",
        title="关于开展村庄环境卫生集中整治的通知",
        record_title=None,
        date="2025-06-03",
        notes="a chat-group export: no record title; the title only on the first message decorated with 【通知】; the notice sent as two messages, so a sender/time line stands between paragraphs; replies and emoji after it; the notice's own 时间/地点 lines and 联系电话 stay; signature date",
        page="""
!m 群聊“青岭村村民议事群”的聊天记录
!m 导出时间：2025-06-04 08:12　共 214 条消息
!m 青岭村委-小葛　2025-06-03 19:41
!t 【通知】关于开展村庄环境卫生集中整治的通知
{BODY}
!l 青岭村-阿福　2025-06-03 19:45
!l 收到👌
!l 三组 王大姐　2025-06-03 19:47
!l [强][强][强]
!m —— 以上为导出的部分聊天记录 ——
""",
        body="""
各位村民：
为迎接全镇人居环境整治现场观摩，村“两委”研究决定，于6月7日（星期六）开展一次村庄环境卫生集中整治行动。
集合时间：6月7日上午7:30
集合地点：村部文化广场
整治内容：清理房前屋后杂物、沟渠垃圾，拆除乱搭乱建的雨棚和旱厕。
⟦m 青岭村委-小葛　2025-06-03 19:42⟧
请每户至少派一名劳力参加，自带扫把、锄头等工具。因外出务工确实无法参加的，请提前向本组组长说明。
整治结束后，村里将组织“美丽庭院”评比，评出的优秀农户每户奖励五十元生活用品。
联系电话：葛文斌 139-0743-2216
青岭村村民委员会
2025年6月3日
""",
    ),
    dict(
        slug="miniprogram-bigan-request-share-card",
        site="笔杆宝典小程序 (invented)",
        style="范文APP",
        genre="请示",
        kind="other",
        form="text",
        source="https://mp.bigan.example.com/share/article?id=88120&from=card",
        title="关于申请拨付社区养老服务站建设补助资金的请示",
        record_title="关于申请拨付社区养老服务站建设补助资金的请示｜笔杆宝典",
        date="2025-04-02",
        notes="a mini-program share card: the record title with ｜app; the card's source line, reading progress and a member prompt; an 'open the mini-program' prompt glued after the last sentence; 成文日期 in Chinese numerals; the request's own 联系人/电话 stays",
        page="""
!m 来自「笔杆宝典」小程序
!t 关于申请拨付社区养老服务站建设补助资金的请示｜笔杆宝典
!m 公文范例 · 请示　已有 3406 人收藏
{BODY}
!a 长按识别小程序码，查看更多范文
!a 开通宝典会员，10万+范文免费查看
""",
        body="""
县民政局：
我街道共有60周岁以上老年人4380人，其中独居、空巢老人610人，养老服务需求十分迫切。为满足辖区老年人就近养老需求，我街道拟在河东社区新建社区养老服务站一所。
该服务站选址于河东社区原卫生室，建筑面积420平方米，设置日间照料、助餐、康复理疗、文化娱乐等功能区，项目总投资约86万元，目前街道已自筹资金40万元。
根据县里关于社区养老服务设施建设补助的有关规定，特申请拨付建设补助资金30万元，用于服务站改造装修和设备购置。
妥否，请批示。
联系人：芦静　电话：0746-2231870
河东街道办事处
二〇二五年四月二日⟦a 打开小程序阅读全文 >⟧
""",
    ),
    dict(
        slug="column-bijian-report-paid-preview",
        site="笔尖学堂 (invented knowledge-payment platform)",
        style="培训机构",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://www.bijianxt.example.com/column/jgxz30/lesson/12",
        title="分管农业副镇长2024年度述职报告",
        record_title="第12讲｜范例精读：分管农业副镇长2024年度述职报告",
        date=None,
        notes="a paid column's lesson preview: decorated record title (lesson number and label); the column name, learner count and a subscribe price at the top; the preview-end prompt glued after the last free sentence; a 'selected comments' box; no date",
        page="""
!m 专栏 · 机关写作30讲｜第12讲
!t 第12讲｜范例精读：分管农业副镇长2024年度述职报告
!m 主讲：老周　2.3万人已学　时长 18:42
!a ¥99 订阅专栏　｜　单讲购买 ¥9.9
{BODY}
!l 精选留言（46）
!l 小满：第三部分的问题写得很实，学习了。
!l 北山：请问老师述职报告要不要写下一步打算？
""",
        body="""
按照镇党委安排，现将本人2024年度履职情况报告如下，请予评议。
一、履职基本情况
2024年，我分管农业农村、水利和林业工作，联系三个村。一年来，坚持把粮食生产作为头等大事，全镇完成粮食播种面积4.6万亩，总产量达到2.1万吨，均超额完成县下达的任务。
二、主要工作成效
一是抓好粮食生产。推广水稻集中育秧和机插秧技术，新建高标准农田3000亩，组织开展病虫害统防统治1.2万亩次。
二是推进产业发展。扶持发展家庭农场12家、农民合作社5家，建成蔬菜基地两处，带动农户增收。
三是抓好防汛抗旱。汛前完成山塘水库安全检查，落实防汛责任人，全年未发生水利工程安全事故。
三、存在的不足
对农业产业链条延伸思考不够，新型经营主体带动作用不强。⟦a 试读部分已结束，订阅专栏后解锁本讲全文及配套模板⟧
""",
    ),
    dict(
        slug="wechat-huanshui-pledge-collection-tags",
        site="澴水发布 (invented WeChat account mirror)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://wx.mirror.example.net/a/huanshuifabu/20250328-1",
        title="文明祭扫 绿色清明倡议书",
        record_title="文明祭扫 绿色清明倡议书",
        date="2025-03-28",
        record_date="2025-03-28",
        notes="a WeChat article mirror: account line with time and place, a 合集 row and a 标签 row at the top and again at the bottom, a 上一篇·下一篇 row, reading and 在看 counts; the pledge's own slogan, a sentence telling readers to 扫码 book a slot and the signature date stay",
        page="""
!m 澴水发布　2025年03月28日 17:30　湖北
!l 收录于合集 #文明实践 23个
!l 标签：清明　文明祭扫　倡议
{BODY}
!l 合集 · 文明实践　上一篇 · 下一篇
!m 阅读 1.2万　在看 86
!l 写留言
!a 点击卡片关注“澴水发布” ↓
""",
        body="""
广大市民朋友们：
清明节是缅怀先人、寄托哀思的传统节日。为弘扬文明新风，保护生态环境，县文明办、县民政局向全县市民发出如下倡议。
一、移风易俗，文明祭扫。提倡鲜花祭扫、植树祭扫、家庭追思等文明环保的祭扫方式，不焚烧纸钱，不燃放鞭炮。
二、错峰出行，有序祭扫。县城公墓实行预约祭扫，市民可扫描公墓入口的二维码提前预约，尽量避开4月4日至6日的高峰时段。
三、注意安全，防范火灾。进入林区严禁携带火种，发现火情及时拨打报警电话。
四、带头示范，引领风尚。党员干部要带头文明祭扫，教育引导亲友共同参与。
文明祭扫，绿色清明，让我们共同行动起来！
澴水县文明办　澴水县民政局
2025年3月28日
""",
    ),
    dict(
        slug="collab-fengchuan-minutes-export-meeting-lines",
        site="云桌协作 (invented document-collaboration tool)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="https://yunzhuo.example.com/docs/fc-logistics/k9QxR2",
        title="峰川物流有限公司2025年第4次经营分析会会议纪要",
        record_title="峰川物流有限公司2025年第4次经营分析会会议纪要.docx",
        date="2025-04-09",
        notes="a collaboration tool's export: file-name record title; creator/last-modified and visibility lines, a comment count, an outline box and an export footer; the minutes' own 时间/地点/主持/参会/记录 lines stay (the 时间 line is the date source), numbered decisions",
        page="""
!m 由 何婧 创建　最后修改于 2025年4月10日 18:03
!d 🔒 本文档仅企业内成员可见，请勿外传
!l 目录：一、经营情况　二、存在问题　三、会议议定事项
{T}
{BODY}
!l 💬 评论 3　👍 5
!m —— 导出自 云桌协作 · yunzhuo.example.com ——
""",
        body="""
时间：2025年4月9日下午2:30
地点：公司三楼第二会议室
主持：总经理 岳长林
参会：公司领导班子成员，各部门、各分公司负责人
记录：何婧
一、经营情况
一季度公司完成货运量38.6万吨，同比增长7.2%；实现营业收入1.42亿元，同比增长5.8%；利润总额860万元，完成年度目标的21%。
二、存在问题
一是冷链业务车辆利用率偏低，空驶率达到27%；二是应收账款余额上升，部分客户回款周期超过90天；三是安全管理仍有薄弱环节，一季度发生轻微交通事故两起。
三、会议议定事项
1．由运营部牵头，4月底前完成冷链线路优化方案，力争空驶率降至20%以下。
2．由财务部牵头，建立应收账款月度通报制度，对超期账款落实专人催收。
3．由安全部牵头，开展为期一个月的驾驶员安全教育整训。
4．下次经营分析会定于7月上旬召开。
""",
    ),
    dict(
        slug="govapp-lancheng-executive-meeting-html",
        site="岚城通 (invented government app)",
        style="政府门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://app.lancheng.example.gov.cn/h5/article/ZW2025051401",
        title="市政府召开第28次常务会议",
        record_title="市政府召开第28次常务会议",
        date="2025-05-14",
        record_date="2025-05-14",
        notes="a government app's H5 article: an 'open in app' banner, voice-read and font buttons, a like/comment bar and a 'more from this channel' list; a news report with the meeting's decisions; no signature",
        p_html='<p class="rich-p">{}</p>',
        page="""
<html><head><meta charset="utf-8"><title>岚城通</title></head><body>
<div class="openapp">⟦a 打开“岚城通”APP，阅读体验更佳⟧ <button>⟦a 立即打开⟧</button></div>
<h1>⟦t 市政府召开第28次常务会议⟧</h1>
<div class="meta">⟦m 岚城发布　2025-05-14 21:06⟧</div>
<div class="tools">⟦a 🔊 语音播报⟧ ⟦a Aa 字号⟧</div>
<div class="rich">
{BODY}
</div>
<div class="bar">⟦l 👍 12　💬 评论　↗ 转发⟧</div>
<div class="more"><p>⟦l 本频道更多⟧</p><p>⟦l 市领导调研防汛备汛工作⟧</p><p>⟦l 岚城入选省级营商环境创新试点⟧</p></div>
</body></html>
""",
        body="""
5月14日，市长赖云峰主持召开市政府第28次常务会议，研究部署防汛备汛、稳就业等工作。
会议指出，我市即将进入主汛期，各地各部门要立足防大汛、抗大灾，全面排查整治水库、堤防、地质灾害点等风险隐患，落实转移避险预案，确保人民群众生命财产安全。
会议审议通过了《岚城市促进高校毕业生等青年就业若干措施》，强调要拓宽就业渠道，加大创业扶持，开展就业见习，千方百计稳定和扩大就业。
会议还研究了其他事项。
""",
    ),
    dict(
        slug="tv-fenglin-news-transcript-broadcast-date",
        site="枫林广播电视台 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.fltv.example.com.cn/flxw/2025-05-20/video_5531.html",
        title="我县夏粮收购工作全面启动",
        record_title="【视频】我县夏粮收购工作全面启动",
        date="2025-05-20",
        notes="a TV station's news transcript: decorated record title, no record date; a player row with duration, a programme line with the broadcast date (the date source), a reporter/camera line and editor credits under the text, a 'related videos' box",
        page="""
!m 枫林广电网 > 枫林新闻
!t 【视频】我县夏粮收购工作全面启动
!a ▶ 播放　时长 02:46　｜　高清 / 标清
!m 播出时间：2025-05-20　栏目：《枫林新闻联播》
{BODY}
!m 记者：向晴　龙浩　摄像：雷鸣
!m 编辑：邓芳　责编：金涛
!l 相关视频
!l ▶ 全县三夏农机作业现场会召开　01:58
""",
        body="""
【导语】这几天，我县小麦陆续开镰收割，夏粮收购工作也同步全面启动。县粮食和物资储备局设立收购网点十六个，确保农民种的粮卖得出、卖得好。
今天上午，记者在城关粮站看到，前来交售小麦的农用车排起了长队，工作人员正在有序开展扦样、检验、过磅等工作。
今年，县里提前对收购网点的仓容、设备进行了检查，全县可用仓容达到九万吨，能够满足收购需要。同时，粮站延长收购时间，中午不休息，方便农民交售。
县粮食和物资储备局有关负责人表示，将严格执行国家收购政策，做到不压级压价、不打白条，切实保护种粮农民利益。
""",
    ),
    dict(
        slug="epaper-tongchuan-commentary-html-edition-bar",
        site="桐川日报数字报 (invented)",
        style="新闻门户",
        genre="评论",
        kind="news",
        form="html",
        source="https://epaper.tcrb.example.com/html/2025-03/12/content_20331.htm",
        title="以钉钉子精神推动项目落地见效",
        record_title="以钉钉子精神推动项目落地见效",
        date="2025-03-12",
        record_date="2025-03-12",
        notes="a newspaper's digital edition: edition bar (版次, 上一版/下一版, PDF), a zoom row, the byline 本报评论员 as meta, a 'other articles on this page' box and a 往期 calendar; a commentary with no signature",
        page="""
<html><head><meta charset="utf-8"><title>桐川日报数字报-以钉钉子精神推动项目落地见效</title></head><body>
<div class="edition">⟦m 2025年03月12日 星期三　第02版：要闻⟧</div>
<div class="pager">⟦l ◀ 上一版　下一版 ▶⟧ ⟦a 本版PDF下载⟧</div>
<div class="zoom">⟦a 放大＋　缩小－　默认⟧</div>
<h2>⟦t 以钉钉子精神推动项目落地见效⟧</h2>
<div class="author">⟦m ■本报评论员⟧</div>
<div class="content">
{BODY}
</div>
<div class="sameban"><h4>⟦l 本版其他文章⟧</h4><p>⟦l 全市重点项目集中开工⟧</p><p>⟦l 一季度招商引资签约额创新高⟧</p></div>
<div class="past">⟦l 往期回顾：选择日期 ▾⟧</div>
<div class="copy">⟦d 桐川日报社版权所有，未经书面授权禁止使用⟧</div>
</body></html>
""",
        body="""
项目是发展的硬支撑。全市重点项目集中开工，吹响了新一年项目建设的冲锋号。开工只是第一步，让项目早建成、早投产、早见效，关键在于以钉钉子精神抓好落实。
抓项目落地，要盯紧要素保障。用地、资金、用能、环评等要素是项目推进的“卡脖子”环节，相关部门要提前介入、主动服务，变“企业跑”为“部门跑”。
抓项目落地，要压实推进责任。每一个重点项目都要明确一名牵头领导、一个责任单位、一套推进方案，挂图作战、倒排工期，确保按节点推进。
抓项目落地，要优化营商环境。要以企业满意为标准，持续深化审批制度改革，让企业安心投资、放心发展。
一锤接着一锤敲，一年接着一年干，我们就一定能把项目“施工图”变成发展“实景图”。
""",
    ),
    dict(
        slug="pdfviewer-xiangning-letter-angle-markers",
        site="湘宁县政府信息公开平台 PDF 阅读器 (invented)",
        style="文档分享",
        genre="函",
        kind="letter",
        form="text",
        source="https://xxgk.xiangning.example.gov.cn/viewer/web/viewer.html?file=/upload/2025/0319/han12.pdf",
        title="关于商请协助开展食品安全联合执法检查的函",
        record_title="关于商请协助开展食品安全联合执法检查的函.pdf",
        date="2025-03-18",
        notes="a PDF in a browser viewer: file-name record title; the viewer's toolbar and page counter at the top; page markers '◂n▸' glued at the start of continuation lines; a document number (neutral); the letter's own 联系人/电话 and 抄送 stay; 成文日期 in Chinese numerals",
        pages=dict(fmt="◂{n}▸", every=170, start=2, glue=True),
        page="""
!a ☰ 侧栏　⊖ ⊕ 100%　适合页宽　⟳ 旋转　⤓ 下载　🖶 打印
!p 1 ／ 3
湘市监函〔2025〕9号
{T}
{BODY}
!m 文档加载完毕 · 共 3 页
""",
        body="""
县公安局、县农业农村局、县教育局：
为切实保障春季开学期间校园及周边食品安全，我局拟于3月下旬至4月中旬在全县开展校园食品安全联合执法检查。鉴于检查涉及贵单位职责，特商请贵单位予以协助。现将有关事项函告如下。
一、检查范围。全县中小学校、幼儿园食堂，校外供餐单位，以及学校周边二百米范围内的食品经营店。
二、检查内容。重点检查食品原料进货查验、食品贮存加工、餐具清洗消毒、从业人员健康管理等情况，以及学校周边“三无”食品、过期食品销售行为。
三、协助事项。请县公安局派员参与现场执法，依法打击食品安全违法犯罪行为；请县农业农村局对学校食堂采购的蔬菜开展农药残留快速检测；请县教育局督促各学校落实校长陪餐和食品安全主体责任。
请于3月24日前将参加联合检查的人员名单反馈我局。
联系人：滕敏　电话：0731-8426630
湘宁县市场监督管理局
二〇二五年三月十八日
抄送：县人民政府办公室
""",
    ),
    dict(
        slug="fax-lubei-request-ocr-fax-page-markers",
        site="澧北镇传真件 OCR (invented)",
        style="邮件转发",
        genre="请示",
        kind="other",
        form="text",
        source="file:///scans/fax/20250421_1017.tif.txt",
        title="关于申请解决镇敬老院维修资金的请示",
        record_title=None,
        date="2025-04-18",
        date_also=["2025-04-21"],
        notes="an OCR'd fax: no record title; the fax header (sender, number, time, page) above and a transmission report below; page markers '[ 传真 第n页 ]' on lines of their own; the request's own 联系人/电话 and 签发人 line stay; signature date (the fax time is also accepted)",
        indent="\u3000\u3000",
        pages=dict(fmt="[ 传真 第{n}页 ]", every=190, start=2),
        page="""
!m FROM：澧北镇党政办　FAX NO.：0736-5521008　2025年04月21日 10:17　P.1
{T}
{BODY}
!m ＊＊＊ 发送结果报告 ＊＊＊　文件号 0417　页数 02　结果 OK
""",
        body="""
县民政局：
我镇敬老院始建于1998年，现有房屋两栋，建筑面积1260平方米，集中供养特困人员42人。由于建成时间较长，房屋屋面漏水、墙体开裂、供水管网老化等问题日益突出，去年汛期曾出现部分房间进水的情况，存在一定的安全隐患。
经镇里组织技术人员查看测算，敬老院屋面防水改造、墙体加固、供排水管网更换及消防设施改造共需资金约48万元。我镇财力十分有限，经镇党委会研究，镇财政可安排配套资金12万元，尚缺资金36万元。
为保障敬老院供养人员的居住安全，特请求县民政局给予资金支持36万元。
妥否，请批示。
联系人：覃光明　电话：0736-5521166
澧北镇人民政府
2025年4月18日
""",
    ),
    dict(
        slug="scan-shuping-report-form-rows-sheet-markers",
        site="随手扫扫描件 (invented)",
        style="打印页",
        genre="报告",
        kind="report",
        form="text",
        source="file:///scans/shuping-yishiyiyi-2025.pdf",
        title="关于申报2025年度村级公益事业一事一议财政奖补项目的报告",
        record_title="关于申报2025年度村级公益事业一事一议财政奖补项目的报告.pdf",
        date="2025-02-26",
        notes="a scanned form read as text: file-name record title; a scanner app's watermark at the top and bottom; sheet markers '〈第n张〉' on lines of their own; the report's project table as rows and the 村民代表会议 line stay; 成文日期 in Chinese numerals",
        pages=dict(fmt="〈第{n}张〉", every=200, start=2),
        page="""
!m 随手扫 · 高清扫描　2025-03-01 15:40
{T}
{BODY}
!d 本文件由「随手扫」扫描生成，去除水印请升级会员
""",
        body="""
镇人民政府：
为改善我村群众生产生活条件，经村党支部提议、村“两委”商议、村民代表会议审议通过，我村拟申报2025年度村级公益事业一事一议财政奖补项目。现将有关情况报告如下。
一、项目基本情况
项目名称　建设内容　投资估算（万元）
书屏村三组至五组通组公路硬化　硬化道路1.8公里，宽3.5米　63.0
书屏村河堰维修　清淤、护砌堰堤120米　11.5
合计　—　74.5
二、筹资筹劳情况
项目总投资74.5万元，其中申请财政奖补资金52万元，村集体自筹12万元，群众筹资筹劳折资10.5万元。
三、村民议事情况
2025年2月20日，村民代表会议应到代表36人，实到33人，同意31人，同意率超过参会代表的三分之二。
特此报告，请予审批。
书屏村村民委员会
二〇二五年二月二十六日
""",
    ),
]

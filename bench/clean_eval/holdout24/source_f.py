"""holdout24, part F: a bamboo centre in a snapshot frame, a station-area committee's minutes in
a text-only cache, print views (an aids-to-navigation office, a farmland office's request),
forwarded mails (a veterans' affairs request, a guitar maker's heat allowance, a quarry's reply
chain), a 文库 preview on one line, a forestry notice, a news page, a guitar forum and a
范文 page. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="snapshot-bamboo-centre-news-frame-html",
        site="搜搜看快照 of 柚口县竹产业发展中心 (invented)",
        style="搜索快照",
        genre="新闻",
        kind="news",
        form="html",
        source="http://cache.sousoukan.example.com/c?u=zcy.youkou.example.gov.cn/dt/2025/0522/91.html",
        title="县竹产业发展中心开展竹林抚育技术培训",
        record_title="县竹产业发展中心开展竹林抚育技术培训 - 搜搜看快照",
        date="2025-05-21",
        notes="a snapshot frame: the cache notice with its own capture time (no date), highlighted search terms line, then the original page's chrome and byline (发布时间, the date)",
        page="""
<html><head><meta charset="utf-8"><title>县竹产业发展中心开展竹林抚育技术培训 - 搜搜看快照</title></head><body>
<div class="snap">⟦d 这是搜搜看对 zcy.youkou.example.gov.cn/dt/2025/0522/91.html 的缓存，是网页在 2025年6月2日 04:13 的存档。当前页面可能已更改。⟧<br>⟦a 查看最新网页⟧　⟦m 已高亮显示：竹林　抚育⟧</div>
<hr>
<div class="orig-hd">⟦m 柚口县竹产业发展中心⟧</div>
<div class="orig-nav">⟦l 中心概况 | 工作动态 | 技术服务 | 政策文件⟧</div>
<h2>⟦t 县竹产业发展中心开展竹林抚育技术培训⟧</h2>
<div class="orig-info">⟦m 发布时间：2025-05-21　来源：技术服务科⟧</div>
<div class="orig-con">
{BODY}
</div>
<div class="orig-ft">⟦m 柚口县竹产业发展中心　湘ICP备20257710号⟧</div>
</body></html>
""",
        body="""
5月19日至20日，县竹产业发展中心在檫溪镇、樟坑乡举办两期竹林抚育技术培训班，一百二十余名竹农参加培训。
培训邀请省林业科学院专家授课，围绕毛竹林测土配方施肥、竹笋采挖留养和竹林病虫害防治等内容进行讲解，并到竹林现场示范操作。
中心负责人介绍，今年将在全县推广竹林科学抚育二万亩，力争每亩增收三百元以上。
""",
    ),
    dict(
        slug="snapshot-station-area-minutes-text-cache",
        site="一搜纯文本缓存 of 樟汀站前区管委会 (invented)",
        style="搜索快照",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://textcache.yisou.example.net/?q=zqgwh.zt.example.gov.cn/hyjy/2025/0814/20.html",
        title="站前广场出租车候客秩序整治工作推进会会议纪要",
        record_title=None,
        date="2025-08-14",
        date_also=["2025-08-12"],
        notes="a text-only cache: the cache header and crawl time (no date), the page's breadcrumb; minutes with 时间/地点/主持/参会 lines and a task table kept; 印发 date expected, meeting date also accepted",
        page="""
!d 一搜纯文本缓存：本页为纯文本版本，抓取于 2025-09-01 03:55，原网页可能已更新
!a 查看原网页　｜　查看完整快照
!m 樟汀站前区管委会 > 会议纪要
{T}
{BODY}
!m 樟汀站前区管理委员会办公室　地址：站前大道1号
""",
        body="""
时间：2025年8月12日上午9:00
地点：管委会二楼会议室
主持：管委会副主任 滕志刚
参会：区交通运管所、站前派出所、城管中队、出租车公司代表
会议通报了站前广场出租车绕站揽客、拒载议价等问题，研究部署了下一阶段整治工作。现纪要如下。
一、明确责任分工
事项　　牵头单位　　完成时限
设置临时候客区　　城管中队　　8月20日
违规车辆查处　　交通运管所　　长期
现场秩序维护　　站前派出所　　长期
二、各出租车公司要加强驾驶员教育，对被查处的驾驶员暂停营运资格一个月。
三、整治情况每周报管委会办公室。
樟汀站前区管委会办公室
2025年8月14日印发
""",
    ),
    dict(
        slug="print-navmark-halfyear-summary-html",
        site="榛川航标处 (invented, print view)",
        style="打印页",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://www.zchbc.example.gov.cn/print.jsp?id=3391",
        title="榛川航标处2025年上半年航标维护工作总结",
        record_title="〔打印本页〕榛川航标处2025年上半年航标维护工作总结",
        date="2025-07-03",
        notes="a print template: print/close buttons, a print stamp (no date), the page URL line, a ✪N✪ marker paragraph cutting a paragraph, a print footer 打印页码 1/1",
        pages=dict(fmt="✪{n}✪", every=170, start=2),
        page="""
<html><head><meta charset="utf-8"><title>〔打印本页〕榛川航标处2025年上半年航标维护工作总结</title>
<style>@media print{.noprint{display:none}}</style></head><body onload="window.print()">
<div class="noprint">⟦a [ 立即打印 ]　[ 关闭本页 ]⟧</div>
<div>⟦m 打印时间：2025-07-15 10:42⟧</div>
<h3>⟦t 榛川航标处2025年上半年航标维护工作总结⟧</h3>
<div>⟦m 页面地址：http://www.zchbc.example.gov.cn/gzzj/3391.html⟧</div>
<div class="txt">
{BODY}
</div>
<div class="pfoot">⟦m 打印页码 1/1⟧</div>
</body></html>
""",
        body="""
上半年，我处围绕“航标正常率不低于百分之九十九”的目标，扎实做好航标维护管理工作。
一、航标维护情况。辖区共有各类航标三百六十八座，上半年开展巡检一百一十二次，更换灯器四十三套，调整移位航标二十一座，航标维护正常率达到百分之九十九点六。
二、汛前准备情况。汛前完成全部浮标钢缆和锚链检查，储备备用浮标十五座。
三、下半年打算。推进航标遥测遥控系统建设，完成二十座灯桩的太阳能供电改造。
榛川航标处
2025年7月3日
""",
    ),
    dict(
        slug="print-farmland-request-cn-date",
        site="楸原县农业农村局 (invented, print preview)",
        style="打印页",
        genre="请示",
        kind="request",
        form="text",
        source="http://nyj.qiuyuan.example.gov.cn/print/202506/88033.html",
        title="关于追加高标准农田建设项目管护资金的请示",
        record_title="打印预览｜关于追加高标准农田建设项目管护资金的请示",
        date="2025-06-18",
        notes="a print preview: a print-settings line, a print stamp (no date), a 文号 and 签发人 line (neutral), a request signed with a date in Chinese numerals; a 'page 1 of 1' footer in the preview's words",
        page="""
!a 打印设置：纵向　A4　｜　【确认打印】【返回】
!m 打印时间：2025年7月2日 15:20:41
!t 打印预览｜关于追加高标准农田建设项目管护资金的请示
楸农请〔2025〕11号　　签发人：邹明远
{BODY}
!m — 共1页 · 本页1 —
""",
        body="""
县人民政府：
我县已建成高标准农田四十一万亩，按照每亩每年二十元的标准，每年需管护资金八百二十万元。目前县级财政已安排五百万元，尚有缺口三百二十万元。
为确保已建成项目长期发挥效益，恳请县人民政府追加2025年度高标准农田建设项目管护资金三百二十万元，用于渠道清淤、机耕路修复和设施看护。
妥否，请批示。
楸原县农业农村局
二〇二五年六月十八日
（联系人：谭一鸣，电话：0739-8126015）
""",
    ),
    dict(
        slug="mail-honour-home-request-forwarded-wrapped",
        site="柞岭县政务邮箱 (invented, a forwarded mail)",
        style="邮件转发",
        genre="请示",
        kind="request",
        form="text",
        source="mail://zwyx.zuoling.example.gov.cn/INBOX/20250305-0177",
        title="关于申请光荣院适老化改造资金的请示",
        record_title="转发：关于申请光荣院适老化改造资金的请示",
        date="2025-03-03",
        date_also=["2025-03-05"],
        notes="a forwarded mail hard-wrapped at 70 columns: the mail's own headers and attachment line (chrome) above the request's own 附件 list; the mail's send date also accepted",
        wrap=70,
        page="""
!m 发件人：县退役军人事务局办公室 <tyjrs_bgs@zuoling.example.gov.cn>
!m 收件人：县财政局社保股
!m 发送时间：2025年3月5日（星期三）上午10:16
!m 主题：转发：关于申请光荣院适老化改造资金的请示
!m 附件：请示扫描件.pdf（1.8MB）　改造预算表.xlsx（36KB）
!a 以下为转发内容，请查收。
!m ---------- 转发的邮件 ----------
{BODY}
!d 此邮件可能包含保密信息，如误收请立即删除并告知发件人。
""",
        body="""
县人民政府：
县光荣院二号楼建于1998年，现有集中供养对象二十六人，平均年龄八十一岁。由于建成时间较长，楼内无电梯、卫生间无扶手、地面防滑性能差，存在较大安全隐患。
为改善供养对象居住条件，我局拟对二号楼实施适老化改造，主要包括加装电梯一部、改造卫生间十八间、铺设防滑地面一千二百平方米，经测算共需资金一百八十六万元。
恳请县人民政府予以支持。
妥否，请批示。
附件：1.光荣院二号楼适老化改造方案
2.改造资金预算明细表
柞岭县退役军人事务局
2025年3月3日
""",
    ),
    dict(
        slug="mail-guitar-maker-heat-allowance-webmail-html",
        site="清音乐器企业邮箱 (invented webmail reader)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="html",
        source="https://exmail.qingyin-guitar.example.com/read?mid=ZL2025062701",
        title="关于2025年高温津贴发放的通知",
        record_title="Fw: 关于2025年高温津贴发放的通知",
        date="2025-06-27",
        notes="a webmail reader: folder list, toolbar, the mail's header block, a signature with the HR phone (chrome) after the notice's own 咨询电话; a 'reply/forward' bar and a mailbox-capacity line",
        page="""
<html><head><meta charset="utf-8"><title>Fw: 关于2025年高温津贴发放的通知</title></head><body>
<div class="folders">⟦l 收件箱(12)　星标邮件　草稿箱　已发送　已删除⟧</div>
<div class="toolbar">⟦a 返回　回复　回复全部　转发　删除　标记为⟧</div>
<div class="mailhead"><h3>⟦t Fw: 关于2025年高温津贴发放的通知⟧</h3>
<p>⟦m 发件人：人力资源部 &lt;hr@qingyin-guitar.example.com&gt;⟧</p>
<p>⟦m 时　间：2025年6月27日 17:05⟧</p>
<p>⟦m 收件人：全体车间主任⟧</p></div>
<div class="mailbody">
{BODY}
<p>⟦w ——　人力资源部 薪酬组　分机 8023⟧</p>
</div>
<div class="bar">⟦a 快捷回复：收到，谢谢！⟧</div>
<div class="cap">⟦m 邮箱容量：已用 1.3G / 5G⟧</div>
</body></html>
""",
        body="""
各车间、各部门：
根据省人社厅等部门关于夏季高温津贴的有关规定，结合公司实际，现将2025年高温津贴发放事项通知如下。
一、发放时间：6月至9月，共四个月。
二、发放标准：露天及高温车间作业人员每人每月三百元，室内非高温作业人员每人每月一百八十元。
三、发放方式：随当月工资一并发放，不得以防暑降温饮料等实物充抵。
如有疑问，请在工作时间咨询人力资源部，咨询电话：0736-5211023。
栌阳县清音乐器制造有限公司
2025年6月27日
""",
    ),
    dict(
        slug="mail-quarry-rectification-reply-chain",
        site="椴山石材公司邮件 (invented reply chain)",
        style="邮件转发",
        genre="报告",
        kind="report",
        form="text",
        source="mail://mail.duanshan-stone.example.com/Sent/20250603-0009",
        title="关于5月份安全隐患整改情况的报告",
        record_title="Re: 回复：关于5月份安全隐患整改情况的报告.docx",
        date="2025-06-02",
        date_also=["2025-06-03"],
        notes="a reply chain: two short replies (chrome, list of quoted mails), the mail headers, then the report with a 整改 table; a file-name title with Re:/回复:; the send date also accepted",
        page="""
!m 发件人：方锐（安环部）
!m 日期：2025-06-03 08:47
!m 主题：Re: 回复：关于5月份安全隐患整改情况的报告.docx
!l 钟总：附件已按您的意见改好，请审阅。
!l > 在 2025-06-02 21:10，钟永年 写道：
!l > 表格里加一列“复查人”。
!m ----- 原始邮件 -----
{BODY}
!a 发自我的手机邮箱
""",
        body="""
公司领导：
按照《关于5月份安全生产检查情况的通报》要求，各单位对检查发现的二十三处隐患进行了整改。现将整改情况报告如下。
隐患类别　　数量　　已整改　　复查人
边坡浮石　　4　　4　　方锐
设备防护　　11　　11　　邹文
劳动防护　　6　　6　　方锐
爆破器材管理　　2　　2　　邹文
截至5月31日，全部隐患已整改完毕，经安环部复查合格。下一步，我们将把隐患排查纳入每周例行检查。
安环部
2025年6月2日
""",
    ),
    dict(
        slug="wenku-veg-market-price-report-oneline-markers",
        site="拾页文库 (invented)",
        style="文库预览",
        genre="报告",
        kind="report",
        form="text",
        source="https://www.shiyewenku.example.com/doc/6610922.html",
        title="北郊蔬菜批发市场第三季度价格运行分析报告",
        record_title="北郊蔬菜批发市场第三季度价格运行分析报告-拾页文库精选",
        date="2025-10-09",
        notes="a preview whose text layer is one line: ⌠N⌡ page markers inside the one-line body cut sentences; a 'pages/points' header, a preview-end prompt and an upload notice",
        oneline=True,
        indent="\u3000\u3000",
        pages=dict(fmt="⌠{n}⌡", every=130, start=2),
        page="""
!m 拾页文库　>　经济管理　>　市场分析
!t 北郊蔬菜批发市场第三季度价格运行分析报告-拾页文库精选
!m 共5页　|　需2积分　|　上传于2025-10-20
{BODY}
!a 预览已结束，查看全部5页请下载文档
!d 本文档由用户上传，仅供学习参考，如有侵权请联系拾页文库客服删除。
""",
        body="""
第三季度，北郊蔬菜批发市场蔬菜交易总量十八万六千吨，同比增长百分之六点二，交易均价每公斤三点四二元，同比下降百分之四点一。
从品种看，叶菜类价格受高温天气影响波动较大，七月下旬菠菜、小白菜价格一度上涨百分之四十以上；根茎类和茄果类价格总体平稳。
从产地看，本地蔬菜占交易量的百分之三十八，比上季度提高五个百分点。
预计第四季度随着秋菜集中上市，蔬菜价格将稳中有降。
樟汀市北郊蔬菜批发市场有限公司市场信息部
2025年10月9日
""",
    ),
    dict(
        slug="gov-youkou-bamboo-felling-notice",
        site="柚口县林业局 (invented)",
        style="政府门户",
        genre="通告",
        kind="notice",
        form="text",
        source="http://lyj.youkou.example.gov.cn/tzgg/2025/1105/2207.html",
        title="关于加强冬季竹林采伐管理的通告",
        date="2025-11-05",
        notes="a county bureau page: a 'government service' row at top, 索引号/发文日期 rows, a font-size row, the bureau's own 举报电话 beside 12345 in the footer, an 'interpretation' link between paragraphs",
        page="""
!a 政务服务　|　政民互动　|　无障碍　|　长者版
!m 柚口县林业局
!m 索引号：43112-0201-2025-00117　　主题分类：林业
!m 发文日期：2025-11-05　　发布机构：县林业局
!t 关于加强冬季竹林采伐管理的通告
!a 【字体：大 中 小】
{BODY}
!m 政务服务便民热线：12345
!m 柚口县林业局主办　网站标识码：4311250014
""",
        body="""
为保护竹林资源，规范冬季竹林采伐行为，根据《中华人民共和国森林法》等规定，现将有关事项通告如下。
一、采伐毛竹须依法办理林木采伐许可证，采伐强度不得超过立竹量的百分之二十五。
二、禁止采伐一度竹和二度竹，禁止在冬笋生长期挖掘鞭笋。
⟦l 【政策解读】一图读懂冬季竹林采伐管理⟧
三、竹材运输须持有合法来源证明，竹材加工企业不得收购无证竹材。
四、对违反本通告的行为，县林业局将依法查处。举报电话：0736-8221012。
特此通告。
柚口县林业局
2025年11月5日
""",
    ),
    dict(
        slug="news-luyang-guitar-town-byline-editor",
        site="栌阳在线 (invented county news portal)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.luyangzx.example.com/news/2025-12/03/article_88120.shtml",
        title="栌阳吉他小镇年产吉他突破百万把",
        record_date="2025-12-03",
        date="2025-12-03",
        notes="a news page: channel line, a byline with 发布时间 (the date), a photo caption between paragraphs, an editor line glued after the last paragraph, 'more news' and a share bar",
        page="""
!m 栌阳在线 · 本地新闻
!t 栌阳吉他小镇年产吉他突破百万把
!m 发布时间：2025-12-03 07:58　来源：栌阳在线　作者：石晓帆
!a 【大字】【小字】【语音播报】
{BODY}
!l 更多本地新闻 >>
!l 分享到：微信｜QQ｜微博
!d 本网站所刊登的新闻、信息和各种专题专栏资料，未经协议授权，禁止下载使用
""",
        body="""
记者从栌阳县吉他产业园获悉，今年以来，园区企业共生产各类吉他一百零六万把，年产量首次突破百万把。
目前，产业园已集聚吉他整琴、配件、包装及电商企业五十三家，从业人员四千余人，形成了从琴材加工到销售的完整产业链。
⟦m 工人在产业园车间内调试吉他。石晓帆 摄⟧
县里还与音乐院校合作建设吉他文化馆，每年举办吉他音乐节，推动产业与文旅融合发展。⟦m 【编辑：苗苗　审核：林川】⟧
""",
    ),
    dict(
        slug="forum-guitar-players-contest-rules-repost",
        site="六弦琴友论坛 (invented guitar players' forum)",
        style="论坛",
        genre="章程",
        kind="rules",
        form="text",
        source="http://bbs.liuxianqinyou.example.net/t/30117",
        title="第二届栌阳吉他音乐节吉他弹唱大赛章程",
        record_title="[搬运] 第二届栌阳吉他音乐节吉他弹唱大赛章程（报名已开始） - 活动公告 - 六弦琴友论坛",
        date="2025-08-15",
        date_also=["2025-08-18"],
        notes="a forum thread reposting rules: a 发表于 time (also accepted) differing from the rules' date; a user signature, a 'reward the poster' row, replies; the rules' own sign-up mailbox and 联系电话 kept",
        page="""
!m 六弦琴友论坛 » 活动公告 » 正文
!t [搬运] 第二届栌阳吉他音乐节吉他弹唱大赛章程（报名已开始）
!m 弹棉花的老六　发表于 2025-8-18 12:03　|　只看楼主　|　倒序看帖
{BODY}
!l —— 签名：民谣不死，琴弦不断 ——
!a 打赏楼主　|　点赞 36　|　收藏
!l 2楼 木吉他小白：指弹能不能报名？
!l 3楼 弹棉花的老六：回2楼，章程里写了，弹唱组必须自弹自唱
!m 六弦琴友论坛　Archiver　手机版
""",
        body="""
一、大赛宗旨：展示吉他音乐魅力，发现和培养吉他人才，推动栌阳吉他文化发展。
二、参赛对象：热爱吉他弹唱的个人或组合，年龄不限。
三、赛程安排：
阶段　　时间　　方式
线上海选　　9月1日至9月20日　　提交演唱视频
复赛　　10月3日　　栌阳吉他文化馆
决赛　　10月5日　　吉他音乐节主舞台
四、报名方式：将报名表和演唱视频发送至jtyyj2025@example.cn，联系电话：0736-7260511。
栌阳吉他音乐节组委会
2025年8月15日
""",
    ),
    dict(
        slug="fanwen-children-home-opening-speech-multi",
        site="妙笔范文网 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.miaobifw.example.com/jianghua/20250708/33017.html",
        title="在社区儿童之家暑期托管班开班仪式上的讲话",
        record_title="在社区儿童之家暑期托管班开班仪式上的讲话（通用5篇）",
        date=None,
        notes="a multi-piece 范文 page: 'piece 1' label, a table-of-contents list, a copy lock between paragraphs, a writing-service prompt glued after a sentence; a speech with no date (the page's update stamp is no date)",
        page="""
!m 妙笔范文网　|　首页 > 讲话稿 > 开班讲话
!t 在社区儿童之家暑期托管班开班仪式上的讲话（通用5篇）
!m 时间：2025-07-08 更新　|　栏目：开班讲话
!l 目录：篇一　篇二　篇三　篇四　篇五
!l 篇一：在社区儿童之家暑期托管班开班仪式上的讲话
{BODY}
!l 篇二：在社区儿童之家暑期托管班开班仪式上的讲话
!a ……篇二至篇五内容仅对会员开放，点击开通
""",
        body="""
各位家长、亲爱的小朋友们：
大家上午好！今天，我们社区儿童之家暑期托管班正式开班了。我代表社区居委会，对各位小朋友的到来表示热烈欢迎！
暑期托管班是社区为解决双职工家庭看护难题办的一件实事。这个暑假，社工和志愿者老师们会陪伴大家读书、做手工、做游戏。⟦w 本站承接各类讲话稿代写，质量保证，QQ：2201938771⟧
⟦a 复制本文请先登录，未登录每日限复制三次⟧
希望小朋友们遵守托管班纪律，听从老师安排，注意安全，和小伙伴们友好相处。
也请各位家长按时接送孩子，有什么意见和建议随时向我们反映。
最后，祝小朋友们度过一个快乐、充实、安全的暑假！
""",
    ),
]

"""holdout132, part F: exam forums, encyclopaedias, cloud drives, search snapshots, print views, forwarded mails.
Invented text (sites, places, people, numbers); see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="gkforum-radiosonde-station-speech-junk-text",
        site="上岸吧公考论坛 (invented)",
        style="公考论坛",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://bbs.shanganba.example.com/thread-310922-1-1.html",
        title="在探空站观测员岗位练兵活动上的讲话",
        record_title="[面试素材] 在探空站观测员岗位练兵活动上的讲话（附答题思路） - 结构化面试 - 上岸吧公考论坛",
        date=None,
        notes="exam forum post: junk lines and glued junk; a speech with no date (a forum's relative time only); a 'reply to see the rest' line; a poster's signature",
        junk=dict(lines=2, glued=1),
        page="""
!m 上岸吧公考论坛 › 结构化面试 › 面试素材
!m 楼主　青山不改　3天前
{T}
{BODY}
!a 本帖隐藏的答题思路需回复才能查看
!m 签名：三战上岸，来还愿
!l 回复　支持(21)　反对(0)
""",
        body="""
同志们：
探空观测是气象业务的基础，每天早晚两次施放探空气球，一次也不能少，一次也不能错。今天我们在这里举行观测员岗位练兵活动，就是要练出过硬的本领。
一要练基本功。充灌氢气、检查探空仪、放球跟踪，每一个环节都要按规范操作，做到熟练、准确、安全。
二要练应急处置。遇到大风、雷雨天气放球，遇到探空仪信号中断，都要有预案、会处置。
三要练责任心。我们每一组数据都要进入全球交换，关系到天气预报的准确性，容不得半点马虎。
希望大家以这次练兵为契机，比学赶超，争当业务能手。
""",
    ),
    dict(
        slug="gkforum-sea-buckthorn-research-discuz-html",
        site="公考研习社 (invented)",
        style="公考论坛",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.gkyanxi.example.net/forum.php?mod=viewthread&tid=50219",
        title="关于柠条沟村沙棘产业发展情况的调研报告",
        record_title="[申论素材] 关于柠条沟村沙棘产业发展情况的调研报告",
        date="2025-08-25",
        notes="Discuz-like exam forum with jammer fonts; 发表于 as the page date; research report with decimal headings",
        junk=dict(lines=1, glued=2),
        page="""
<html><head><meta charset="utf-8"><title>[申论素材] 关于柠条沟村沙棘产业发展情况的调研报告 - 申论材料 - 公考研习社</title></head><body>
<div id="hd">⟦m 公考研习社　考公人的学习基地⟧ ⟦a 登录 注册⟧</div>
<div id="pt">⟦m 首页 › 申论 › 申论材料⟧</div>
<div class="pls">⟦m 驻村小李　UID 88231　积分 1320⟧</div>
<h1>⟦t 关于柠条沟村沙棘产业发展情况的调研报告⟧</h1>
<div class="authi">⟦m 发表于 2025-8-25 22:03⟧ ⟦a 电梯直达⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="pob">⟦l 收藏　分享　评分　回复⟧</div>
<div id="ft">⟦d 本站帖子为网友发布，不代表本站立场。⟧ ⟦m Powered by Discuz!⟧</div>
</body></html>
""",
        body="""
1.基本情况
柠条沟村地处风沙区，全村耕地大多为沙地。近年来，村里利用荒坡种植沙棘八千余亩，既防风固沙，又增加了收入。
2.主要做法
2.1 党支部领办合作社，统一采购苗木、统一技术指导、统一收购果实。
2.2 与县果汁加工企业签订收购协议，保底价每公斤六元。
3.存在问题
3.1 沙棘果采摘靠人工剪枝，劳动强度大，用工成本高。
3.2 产品以原果销售为主，深加工不足，附加值低。
4.对策建议
建议引进沙棘采收机械，扶持村集体建设冷冻库和初加工车间，延长产业链条。
""",
    ),
    dict(
        slug="wiki-baishi-request-entry-placeholders-text",
        site="百识百科 (invented)",
        style="百科问答",
        genre="请示",
        kind="request",
        form="text",
        source="https://www.baishibaike.example.com/item/请示范例",
        title="请示（公文文种）",
        record_title="请示（公文文种）_百识百科",
        date=None,
        notes="an encyclopaedia entry: entry name _site; edit links; a sample 请示 with ×× placeholders and 20××年×月×日; an example date inside a sentence not a date",
        page="""
!m 百识百科 · 让知识更有条理
!a 编辑　|　讨论　|　收藏　|　赞 86
{T}
!m 本词条由“公文写作”科普团队参与编辑　浏览次数：10.2万　最近更新：2天前
{BODY}
!l 参考资料：［1］党政机关公文处理工作条例
!l 词条标签：公文　文种　请示
!d 百识百科词条内容仅供参考，如有疑问请咨询专业人士。
""",
        body="""
请示是适用于向上级机关请求指示、批准的公文。请示应当一文一事，一般只写一个主送机关，不得同时抄送下级机关。
请示的正文一般包括请示缘由、请示事项和结束语三部分，结束语常用“妥否，请批示”或“当否，请批复”。
例如，某单位在2019年3月就购置帐篷等救灾物资向上级提出请示，标题可写为“关于购置救灾物资的请示”。
下面是一则请示的基本格式：
××局：
为……，根据……，拟……。现将有关事项请示如下：……
妥否，请批示。
××单位
20××年×月×日
""",
    ),
    dict(
        slug="wiki-zhiwen-notification-entry-html",
        site="知闻百科 (invented)",
        style="百科问答",
        genre="通报",
        kind="other",
        form="html",
        source="https://baike.zhiwen.example.cn/wiki/通报",
        title="通报",
        record_title="通报_知闻百科",
        date=None,
        notes="encyclopaedia entry HTML: edit links, catalogue box, a sample 通报 on high-rise littering with ××× placeholders; no date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>通报_知闻百科</title></head><body>
<div class="hd">⟦m 知闻百科⟧ ⟦a 进入词条⟧ ⟦a 创建词条⟧ ⟦a 登录⟧</div>
<h1>⟦t 通报⟧</h1>
<div class="edit">⟦a 编辑词条⟧ ⟦a 添加义项⟧ ⟦l 同义词：情况通报⟧</div>
<div class="catalog">⟦l 目录 1 定义 2 分类 3 写法 4 示例⟧</div>
{BODY}
<div class="ref">⟦l 词条统计：浏览 3.4万次　编辑 17次⟧</div>
<div class="ft">⟦d 知闻百科内容由网友共同编辑，如您发现词条有误，欢迎纠错。⟧</div>
</body></html>
""",
        body="""
通报是适用于表彰先进、批评错误、传达重要精神和告知重要情况的公文。
按内容可分为表彰性通报、批评性通报和情况通报三类。
批评性通报一般写明错误事实、性质和处理决定，并提出要求。
以下为批评性通报的示例片段：
×××小区×号楼住户×××，从高层窗户向外抛掷杂物，险些砸伤行人。经调查核实，现予以通报批评。
希望广大居民引以为戒，自觉遵守《民法典》关于禁止高空抛物的规定。
""",
    ),
    dict(
        slug="netdisk-yunhe-eczema-clinic-plan-html",
        site="云盒网盘 (invented)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="html",
        source="https://pan.yunhe.example.com/s/1qZx8mLp",
        title="皮肤科儿童湿疹专病门诊建设方案",
        record_title="皮肤科儿童湿疹专病门诊建设方案.docx",
        date="2025-06-03",
        notes="cloud drive share page: file-name record title; preview of the document text; save/download buttons; share expiry and a sharer line (not dates of the document)",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>皮肤科儿童湿疹专病门诊建设方案.docx - 云盒网盘</title></head><body>
<div class="hd">⟦m 云盒网盘⟧ ⟦a 登录后可保存到我的网盘⟧</div>
<div class="file"><h2>⟦t 皮肤科儿童湿疹专病门诊建设方案.docx⟧</h2>
<p>⟦m 分享者：苏**　分享时间：2025-07-02 18:20　有效期：永久⟧</p>
<p>⟦a 保存到网盘⟧ ⟦a 下载（46.8KB）⟧</p></div>
<div class="preview">
{BODY}
</div>
<div class="ft">⟦d 请勿通过网盘传播违法违规内容，举报邮箱：report@yunhe.example.com⟧</div>
</body></html>
""",
        body="""
为规范儿童湿疹诊疗，减少病情反复，我科拟设立儿童湿疹专病门诊，方案如下。
一、门诊设置：每周二、周四下午开诊，由两名主治以上医师和一名专科护士出诊。
二、服务内容：病情评估、规范用药、皮肤护理指导和过敏原检测。
三、随访管理：为每名患儿建立电子档案，专科护士每月电话随访一次，指导家长正确使用保湿剂。
四、宣传推广：编印《宝宝湿疹家庭护理手册》，开设家长学堂。
市妇幼保健院皮肤科
2025年6月3日
""",
    ),
    dict(
        slug="netdisk-kuaipan-kidney-stone-free-clinic-summary-text",
        site="快盘分享 (invented)",
        style="网盘分享",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://share.kuaipan-s.example.net/f/8JQ2rs",
        title="泌尿外科“结石防治进乡村”义诊活动总结",
        record_title=None,
        date="2025-10-28",
        notes="NAS-style share text: no record title; the title only as a file name line on the page and again as the document heading; hard-wrapped at 58 columns",
        wrap=58,
        page="""
!m 快盘分享 · 文件预览
!m 文件名：结石防治进乡村义诊总结（终稿）.docx　大小：31KB
!a 下载　|　转存　|　举报
{T}
{BODY}
!m 分享链接将于 7 天后失效
!d 快盘分享仅提供存储服务，文件内容由分享者负责。
""",
        body="""
10月中旬，我科组织医护人员深入白石、黄坡、龙洞三个乡镇，开展“结石防治进乡村”义诊活动，共义诊群众六百八十余人，免费做泌尿系彩超二百一十人次，发现肾结石、输尿管结石患者四十七人。
活动中，医生结合当地饮水硬度较高的实际，向群众讲解多喝水、少喝浓茶、控制高草酸食物等预防结石的知识。
对需要进一步治疗的患者，我科开通了转诊绿色通道，目前已有十一名患者到院接受体外冲击波碎石治疗。
县人民医院泌尿外科
2025年10月28日
""",
    ),
    dict(
        slug="snapshot-vitiligo-outpatient-policy-html",
        site="搜寻快照 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://cache.soxun.example.com/c?u=ybj.qingshan.example.gov.cn/tzgg/3318.html",
        title="关于将白癜风光疗纳入门诊医保支付范围的通知",
        record_title="关于将白癜风光疗纳入门诊医保支付范围的通知",
        date="2025-07-22",
        notes="snapshot frame: the cache banner and highlighted keywords line above the page; the cached page's breadcrumb; document number neutral; snapshot time not a date",
        page="""
<html><head><meta charset="utf-8"><title>关于将白癜风光疗纳入门诊医保支付范围的通知</title></head><body>
<div class="cachebar">⟦m 这是 http://ybj.qingshan.example.gov.cn/tzgg/3318.html 的快照，是网页在 2025年9月3日 06:12 的存档。⟧<br>⟦m 搜寻和网页作者无关，不对其内容负责。以下搜索词已高亮：白癜风 医保⟧</div>
<div class="site">⟦m 青山县医疗保障局⟧</div>
<div class="crumb">⟦m 首页 > 通知公告⟧</div>
<h2>⟦t 关于将白癜风光疗纳入门诊医保支付范围的通知⟧</h2>
<p>青医保发〔2025〕14号</p>
{BODY}
<div class="foot">⟦m 青山县医疗保障局　版权所有⟧</div>
</body></html>
""",
        body="""
各定点医疗机构：
为减轻白癜风患者门诊治疗负担，经研究，决定自2025年8月1日起将白癜风窄谱中波紫外线光疗纳入职工和城乡居民医保门诊支付范围。
一、支付标准：每次光疗费用按医保目录内项目结算，职工医保报销百分之六十，居民医保报销百分之五十。
二、年度限额：每人每年光疗报销不超过一百次。
三、定点医疗机构要规范治疗记录，严禁分解收费、虚记治疗次数。
青山县医疗保障局
2025年7月22日
""",
    ),
    dict(
        slug="snapshot-carpal-tunnel-courier-health-text",
        site="快照宝 (invented)",
        style="搜索快照",
        genre="新闻",
        kind="news",
        form="text",
        source="http://kzbao.example.cn/snap?q=腕管综合征+分拣员&url=news.yaoshan.example.com/jk/5712",
        title="手腕麻木别硬扛：医生进分拣中心讲解腕管综合征防治",
        record_title=None,
        date="2025-12-02",
        notes="text-only cache: the cache header, the page's own 发布时间 line (the date); no record title; a related list and the cached site's footer",
        page="""
!m 快照宝缓存　原网址：news.yaoshan.example.com/jk/5712　抓取时间：2025-12-09
!m 提示：当前页面为文字版快照，图片已省略
!m 瑶山新闻网 > 健康
{T}
!m 发布时间：2025-12-02 09:15　来源：瑶山新闻网
{BODY}
!l 相关新闻：快递员颈肩腰腿痛怎么办
!m 瑶山新闻网 版权所有 未经许可不得转载
""",
        body="""
12月1日，瑶山县中医院康复科医生来到县城快递分拣中心，为六十多名分拣员讲解腕管综合征的防治知识。
分拣员每天要重复扫码、搬运上千件包裹，手腕长期反复用力，容易出现手指麻木、夜间疼醒等症状。
医生建议，分拣员工作中每隔一小时做一做腕部伸展操，夜间症状明显的可佩戴护腕，症状持续加重要及时就医。
活动现场，医生还为二十多名有手麻症状的分拣员进行了检查。
""",
    ),
    dict(
        slug="print-jinting-unicycle-club-rules-text",
        site="金亭区文体中心 (invented)",
        style="打印页",
        genre="制度",
        kind="other",
        form="text",
        source="http://wtzx.jinting.example.gov.cn/print.aspx?id=2231",
        title="金亭区青少年独轮车俱乐部训练管理办法",
        record_title="打印预览 - 金亭区青少年独轮车俱乐部训练管理办法",
        date="2025-03-01",
        notes="print view: print header and footer with a print stamp (not a date) and 第 1 页 / 共 1 页; articles; 成文日期",
        page="""
!a 〖打印本页〗〖关闭〗
!m 金亭区文体中心 www.jtwtzx.example.gov.cn
{T}
{BODY}
!m http://wtzx.jinting.example.gov.cn/print.aspx?id=2231　打印于 2025/04/17 15:20
!p 第 1 页 ∕ 共 1 页
""",
        body="""
第一条　为规范青少年独轮车俱乐部训练活动，保障学员安全，制定本办法。
第二条　俱乐部招收8至16周岁青少年，学员入会须经家长书面同意。
第三条　训练时学员必须佩戴头盔、护膝、护肘和手套，教练员须全程在场指导。
第四条　初级学员在室内场地训练，通过技能考核后方可参加户外骑行活动。
第五条　本办法自发布之日起施行。
金亭区文体中心
2025年3月1日
""",
    ),
    dict(
        slug="print-mingzhou-chimney-demolition-notice-html",
        site="明州市生态环境局 (invented)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="html",
        source="https://sthjj.mingzhou.example.gov.cn/art/2025/6/18/art_811_55102.html?print=1",
        title="关于限期拆除城区废弃工业烟囱的通知",
        record_title="〔打印稿〕关于限期拆除城区废弃工业烟囱的通知",
        date="2025-06-18",
        notes="HTML print view: print toolbar, a print footer 页码 1/1; document number neutral; a list of chimneys as a table; 附件 line kept",
        page="""
<html><head><meta charset="utf-8"><title>〔打印稿〕关于限期拆除城区废弃工业烟囱的通知</title><style>@media print{.noprint{display:none}}</style></head><body>
<div class="noprint">⟦a 打印　|　返回原文⟧</div>
<div class="ph">⟦m 明州市生态环境局　信息公开⟧</div>
<h2>⟦t 关于限期拆除城区废弃工业烟囱的通知⟧</h2>
<p>明环函〔2025〕33号</p>
{BODY}
<div class="pf">⟦p 页码 1/1⟧ ⟦m 打印时间：2025-06-20 08:44⟧</div>
</body></html>
""",
        body="""
有关企业：
经排查，城区内仍有一批企业搬迁、关停后遗留的废弃工业烟囱，存在倒塌风险，影响城市风貌。根据市政府专题会议要求，现通知如下。
一、需拆除的烟囱如下：
所在单位　高度（米）　拆除时限
原明州第二化肥厂　45　8月31日前
原东风印染厂　38　9月30日前
二、拆除工作由产权单位负责，须委托有资质的施工单位，制定安全专项方案并报属地街道备案。
三、逾期未拆除的，依法依规处理。
附件：废弃烟囱拆除安全技术要点
明州市生态环境局
2025年6月18日
""",
    ),
    dict(
        slug="mail-fwd-ragweed-volunteer-letter-text",
        site="邮件转发 (invented)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="text",
        source="mail://zhenban.heyu.example.com/inbox/20250621-0007",
        title="关于商请派员参加扁带运动场地安全评估的函",
        record_title="转发：关于商请派员参加扁带运动场地安全评估的函",
        date="2025-06-19",
        date_also=["2025-06-21"],
        notes="forwarded mail: mail headers above (send date differs from the 成文日期), the mail's own attachment header and the document's 附件; forwarder's note; mail client's footer",
        page="""
!m 发件人：何宇镇体育站 <tiyuzhan@heyu.example.com>
!m 收件人：镇应急办 <yingji@heyu.example.com>
!m 时间：2025年6月21日（星期六）10:32
!m 主题：转发：关于商请派员参加扁带运动场地安全评估的函
!m 附件：1个（安全评估表.xlsx）
请查收，下周一前回复是否派员。
!m -------- 转发的邮件 --------
{T}
{BODY}
!d 此邮件由手机邮箱发送
!a 回复　全部回复　转发　删除
""",
        body="""
何宇镇应急管理办公室：
我站拟在镇全民健身公园新建扁带运动场地，为确保场地安全，定于6月26日上午组织安全评估，特商请贵办派一名同志参加。
评估内容包括立桩基础、锚固点承重、地面缓冲层和安全警示标识等。
联系人：宫晓峰，电话：0739-5520638。
附件：扁带场地安全评估表
何宇镇体育站
2025年6月19日
""",
    ),
    dict(
        slug="mail-reply-egg-carving-showcase-request-html",
        site="网易风格邮箱 (invented)",
        style="邮件转发",
        genre="请示",
        kind="request",
        form="html",
        source="https://webmail.yunfu.example.gov.cn/read?mid=A81235",
        title="关于申请蛋雕传习所展柜购置经费的请示",
        record_title="Re: 回复：关于申请蛋雕传习所展柜购置经费的请示.docx",
        date="2025-05-12",
        date_also=["2025-05-14"],
        notes="webmail: reply chain headers; the original request's 抄送 and 附件 kept; mail send date differs",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>Re: 回复：关于申请蛋雕传习所展柜购置经费的请示.docx</title></head><body>
<div class="mailtop">⟦m 云阜县政务邮箱⟧ ⟦a 写信　收信　通讯录⟧</div>
<div class="hdrs"><p>⟦m 发件人：县非遗保护中心 &lt;fyzx@yunfu.example.gov.cn&gt;⟧</p><p>⟦m 发送时间：2025-05-14 16:03⟧</p><p>⟦m 主题：Re: 回复：关于申请蛋雕传习所展柜购置经费的请示.docx⟧</p></div>
<p>财务股已收到，正文如下，请领导审阅。</p>
<p>⟦m ----- 原始邮件 -----⟧</p>
<h3>⟦t 关于申请蛋雕传习所展柜购置经费的请示⟧</h3>
{BODY}
<div class="tools">⟦a 回复 转发 打印 标记为未读⟧</div>
<div class="ft">⟦d 本邮件仅限收件人阅读，如误收请删除。⟧</div>
</body></html>
""",
        body="""
县文化广电旅游局：
蛋雕传习所自去年挂牌以来，已收藏传承人作品一百二十余件，但现有展柜仅四个，大量作品无法展出，且蛋壳作品易碎，需要恒温恒湿的专用展柜保存。
为此，我中心申请购置恒温恒湿展柜六个，预算八万四千元。
妥否，请批示。
附件：展柜购置预算明细表
云阜县非遗保护中心
2025年5月12日
抄送：县财政局。
""",
    ),
]

"""holdout64, part F: 邮件转发 and extra cases (wrapped, one-line, page markers). Invented text."""

CASES = [
    dict(
        slug="mail-fwd-conference-centre-interpreting-request",
        site="栝州国际会议中心 邮件 (invented)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="text",
        source="mailbox://kzicc/inbox/20250305-112",
        title="关于商请选派会议口译人员的函",
        record_title="Fwd: 关于商请选派会议口译人员的函.docx",
        date="2025-03-04",
        date_also=["2025-03-05"],
        notes="forwarded mail; mail headers are chrome; the document's own 附件 and 联系人 kept below the mail's attachment header; send date differs from the 成文日期",
        page="""
!m 发件人：会务部 甘一鸣 <ganym@kzicc.com>
!m 收件人：翻译协会秘书处 <mishu@kzfyxh.org>
!m 发送时间：2025年3月5日（星期三）上午9:18
!t 主　题：Fwd: 关于商请选派会议口译人员的函.docx
!m 附　件：商请函.docx（28 KB）
!w 秘书处您好，正式函件见附件，正文也贴在下面，麻烦尽快回复，谢谢！
!m ---------- 转发的邮件 ----------
{BODY}
!d 本邮件及其附件含有栝州国际会议中心的保密信息，仅限于发送给上面地址中列出的个人或群组。
!m 甘一鸣 | 会务部 | 栝州国际会议中心 | 分机 8207
""",
        body="""
市外语翻译协会：
我中心定于2025年4月16日至18日承办“2025栝州国际食品产业合作论坛”，届时将有来自12个国家和地区的嘉宾约400人参会。为保障论坛顺利举办，特商请贵协会选派会议口译人员予以支持。
一、需求人数：英语同声传译4名、日语同声传译2名、英语陪同口译6名。
二、服务时间：2025年4月15日（译前会）至4月18日。
三、相关费用：按市场标准由我中心支付，并负责口译人员会议期间的食宿。
请于3月20日前将人员名单及资质证明复印件反馈我中心。
附件：论坛日程安排（初稿）
联系人：甘一鸣，电话：0739-5217755-8207。
栝州国际会议中心有限公司
2025年3月4日
""",
    ),
    dict(
        slug="mail-fwd-nongji-station-letter-html",
        site="檀川农机监理站 邮件转发页 (invented)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.tanchuan.gov.cn/read?mid=88102",
        title="关于协助开展变型拖拉机清理整治的函",
        record_title="转发：关于协助开展变型拖拉机清理整治的函",
        date="2024-09-09",
        notes="webmail HTML; header table chrome; 成文日期; reply buttons; 抄送 line of the letter kept",
        page="""
<html><head><meta charset="utf-8"><title>转发：关于协助开展变型拖拉机清理整治的函 - 政务邮箱</title></head><body>
<div class="toolbar">⟦a 回复　回复全部　转发　删除　标记为未读⟧</div>
<table class="hdr">
<tr><td>⟦m 发件人：檀川县农机安全监理站 &lt;njjlz@tanchuan.gov.cn&gt;⟧</td></tr>
<tr><td>⟦m 收件人：县公安局交通管理大队&lt;jgdd@tanchuan.gov.cn&gt;⟧</td></tr>
<tr><td>⟦m 时　间：2024-09-10 08:47⟧</td></tr>
</table>
<h3>{T}</h3>
{BODY}
<div class="sig">⟦m 檀川县政务邮箱 · 安全提示：请勿点击陌生链接⟧</div>
</body></html>
""",
        body="""
县公安局交通管理大队：
近年来，我县部分变型拖拉机存在非法改装、超载运输、无证驾驶等问题，严重威胁道路交通安全。按照省农业农村厅、省公安厅统一部署，我站拟于9月15日至11月30日在全县开展变型拖拉机清理整治行动，特商请贵大队予以协助。
一、联合开展路面检查，重点查处变型拖拉机违法载人、超载运输行为；
二、共享车辆登记和违法信息，对逾期未检验、报废的变型拖拉机建立台账；
三、对拒不整改的，依法予以处理。
请贵大队指定一名联络员，于9月13日前反馈我站。
檀川县农机安全监理站
2024年9月9日
抄送：县农业农村局。
""",
    ),
    dict(
        slug="gov-wenben-sluice-fishing-ban-oneline",
        site="椴溪县水利局 纯文本页 (invented)",
        style="政府门户",
        genre="通告",
        kind="notice",
        form="text",
        source="http://slj.duanxi.gov.cn/txt/tg/2025-0401.txt",
        title="关于椴溪闸上下游管理范围内禁止垂钓的通告",
        record_title="关于椴溪闸上下游管理范围内禁止垂钓的通告（全文）",
        date="2025-04-01",
        notes="whole body on one line (paragraphs only by indent); 成文日期 at the end of the line; meta lines around",
        page="""
!m 椴溪县水利局 > 信息公开 > 通知公告 > 文本版
!t 关于椴溪闸上下游管理范围内禁止垂钓的通告（全文）
!m 发布：2025年04月01日　来源：椴溪水闸管理所　阅读：
{BODY}
!a 返回图文版　　打印
!m 椴溪县水利局版权所有
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
为保障椴溪闸工程安全和人民群众生命安全，根据《中华人民共和国水法》《水闸工程管理规程》等规定，现将有关事项通告如下：
一、椴溪闸上游500米、下游800米范围内为水闸管理范围，管理范围内禁止垂钓、游泳、捕鱼。
二、泄洪期间，闸下水流湍急，严禁任何人员进入下游河滩。
三、对违反本通告的，由水闸管理所予以劝阻；不听劝阻的，依法予以处理。
特此通告。
椴溪县水利局
2025年4月1日
""",
    ),
    dict(
        slug="wenku-shuyin-orphanage-summary-wrapped-markers",
        site="书茵文库 (invented)",
        style="文库预览",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.shuyinwenku.com/doc/41f0c92b.html",
        title="儿童福利院2024年工作总结",
        record_title="【可编辑】儿童福利院2024年工作总结（精选）_书茵文库",
        date="2025-01-10",
        notes="hard-wrapped at 58 columns and cut by ‹n› markers glued to the continuation line; Chinese-numeral 成文日期; paywall at the end",
        page="""
!m 书茵文库　找资料，上书茵
!m 首页 ＞ 工作总结 ＞ 单位总结
!t 【可编辑】儿童福利院2024年工作总结（精选）_书茵文库
!m 文档页数：3 ｜ 上传时间：2025-02-03 ｜ 浏览：1,227
!a 下载文档　　收藏　　分享
{BODY}
!a 您已预览完免费部分，支付2.8元即可下载完整版
!l 热门文档：敬老院年度工作总结 ｜ 社会福利机构安全生产自查报告
!d 书茵文库内容由网友上传，如有侵权请提交申诉。
""",
        indent="　　",
        wrap=58,
        pages=dict(fmt="‹{n}›", every=110, start=2, glue=True),
        body="""
2024年，县儿童福利院在县民政局的领导下，坚持“儿童利益最大化”原则，全面提升养育、医疗、康复、教育和社会工作服务水平，各项工作取得了新的成效。
一、基本情况。院内现有集中供养儿童48名，其中残疾儿童39名；社会散居孤儿和事实无人抚养儿童的保障工作由我院提供技术指导。
二、养育照料更加精细。实行“类家庭”养育模式，每6名儿童配备2名护理员；根据儿童年龄和身体状况制定个性化食谱，儿童体检合格率达到100%。
三、康复教育成效明显。全年为残疾儿童开展康复训练1.2万人次，5名儿童经康复后进入普通学校随班就读；与县特殊教育学校合作开设送教上门课程。
四、安全管理持续加强。每月开展一次消防演练，全年未发生安全责任事故。
五、存在的不足。专业康复师数量不足，护理员队伍年龄偏大。下一步，我们将通过公开招聘和政府购买服务等方式充实专业力量。
县儿童福利院
二〇二五年一月十日
""",
    ),
    dict(
        slug="fanwen-caoting-radio-monitoring-speech-wrapped",
        site="草亭公文网 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.caotinggw.com/jianghua/2024/11/17502.html",
        title="在全市无线电管理工作会议上的讲话",
        record_title="在全市无线电管理工作会议上的讲话（精选范文）- 草亭公文网",
        date="2024-11-20",
        notes="hard-wrapped at 66 columns; date under the title; speaker line neutral; glued copy prompt after a sentence; writing-service box between paragraphs",
        page="""
!m 草亭公文网——您身边的公文写作参谋
!m 草亭公文网 >> 讲话稿 >> 工作会议讲话
!t 在全市无线电管理工作会议上的讲话（精选范文）- 草亭公文网
!m 作者：会员投稿　　日期：24-11-22　　浏览：1437次
{T}
（2024年11月20日）
市工业和信息化局副局长　鄢卫东
{BODY}
!a 全文完，点此一键复制
!l 猜你喜欢：在无线电安全保障工作总结会上的讲话 ▏频谱资源管理调研报告
!m 草亭公文网 caotinggw.com 鄂ICP备20041109号
""",
        indent="　　",
        wrap=66,
        body="""
同志们：
今天召开全市无线电管理工作会议，主要任务是总结今年以来的工作，分析当前面临的形势，安排部署下一阶段重点任务。
今年以来，全市无线电管理系统圆满完成了中考、高考等重要考试和市运会等重大活动的无线电安全保障任务，共查处非法设置使用无线电台站案件27起，查处“黑广播”“伪基站”9起，有力维护了空中电波秩序。⟦a 〔复制本段〕⟧
⟦w ★草亭写作团队：领导讲话量身定制，加QQ 1735009426★⟧
当前，无线电频率资源需求日益增长，干扰和非法使用问题更加隐蔽，我们的监测手段还不能完全适应。对此，我提三点要求。
第一，要加强监测能力建设。加快推进县级小型监测站建设，明年实现县区监测全覆盖。
第二，要加大执法力度。对非法设台、违规使用频率的行为，发现一起、查处一起，绝不姑息。
第三，要做好频率服务。优先保障应急通信、民航、铁路等重要领域的频率需求，主动服务5G等新型基础设施建设。
同志们，空中电波秩序关系国家安全和经济社会发展，希望大家守土有责、守土尽责，推动全市无线电管理工作再上新台阶。
""",
    ),
    dict(
        slug="docshare-xinyue-apple-coop-insight-oneline",
        site="心阅共享文档 (invented)",
        style="文档分享",
        genre="心得体会",
        kind="insight",
        form="text",
        source="https://doc.xinyue-share.com/s/pQ7c21",
        title="驻村帮扶苹果产业工作心得",
        record_title=None,
        date=None,
        notes="no record title (found on the page); whole body on one line with page markers ⟮n⟯ inside it; upload stamp no date",
        page="""
!m 心阅共享文档
!t 驻村帮扶苹果产业工作心得
!m 共享人：梦里桃花　共享于 2025-03-16 　阅读 254 次
!a 【下载】【收藏】【转存】
{BODY}
!d 文档来源于网友共享，心阅仅提供信息存储空间服务。
""",
        indent="　　",
        oneline=True,
        pages=dict(fmt="⟮{n}⟯", every=90, start=2, glue=True),
        body="""
到马坊村驻村已经一年半了。马坊村是个苹果村，家家户户种苹果，但过去几年苹果价格低迷，不少果农想砍树改种玉米。
刚来的时候，我跟着村支书一家一户地走访，发现问题主要不在苹果本身，而是品种老化、套袋不规范、卖不上价。
我们请来了县果业站的技术员，在村里办了三期现场培训，又争取到项目资金建了一座300吨的气调库，果农可以错峰销售。
今年马坊村苹果平均售价比去年每斤提高了0.6元，全村增收约180万元，砍树的想法也没人再提了。
这一年半，我最大的体会是：帮扶不能光靠热情，要真正找准症结，跟群众一起想办法。
""",
    ),
]

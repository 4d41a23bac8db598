"""holdout99, part F: encyclopaedias and Q&A, cloud drives, search snapshots, print views, forwarded mails.
Invented text; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="wiki-baike-entry-helmet-pledge-html",
        site="公文百科 (invented)",
        style="百科问答",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://www.gongwenbaike.com/item/头盔佩戴倡议书/30188",
        title="“一盔一带”安全守护倡议书",
        record_title="头盔佩戴倡议书_公文百科",
        title_in="decorated",
        date=None,
        notes="encyclopaedia entry; an example date inside a sentence and a 20××年 placeholder are no date; edit stamp",
        page="""
<!doctype html><html><head><meta charset="utf-8"><title>头盔佩戴倡议书_公文百科</title></head><body>
<div class="top">⟦m 公文百科 · 人人可编辑的公文知识库⟧ <a>⟦a 编辑词条⟧</a></div>
<h1 class="lemma">⟦m 头盔佩戴倡议书⟧</h1>
<div class="summary">⟦m 头盔佩戴倡议书是交通管理部门、社区等向电动自行车、摩托车驾乘人员发出的倡议类公文。⟧</div>
<div class="toc">⟦l 目录　1 范文　2 写作要点　3 相关词条⟧</div>
<h2>⟦m 1 范文⟧</h2>
<h3>{T}</h3>
{BODY}
<h2>⟦m 2 写作要点⟧</h2>
<p>⟦m 倡议书应写明倡议对象、倡议事项和发起单位，语言应亲切、简洁。⟧</p>
<div class="rel">⟦l 相关词条：文明交通倡议书　安全出行承诺书⟧</div>
<div class="stamp">⟦m 本词条最近更新于3个月前　浏览次数：5,431⟧</div>
<div class="ft">⟦d 词条内容仅供参考，如需法律意见请咨询专业人士⟧</div>
</body></html>
""",
        body="""
广大电动自行车、摩托车驾乘人员：
头盔是骑行者的“生命之盔”。据统计，电动自行车、摩托车驾乘人员死亡事故中约百分之八十为颅脑损伤致死，正确佩戴头盔能将交通事故死亡风险降低百分之六十至七十。自2020年6月1日起开展的“一盔一带”安全守护行动，已让越来越多的人养成了戴头盔的习惯。为此，我们倡议：
一、骑乘电动自行车、摩托车时，驾驶人和乘坐人都要正确佩戴安全头盔，系好卡扣。
二、选购符合国家标准的头盔，不购买、不使用劣质头盔。
三、家长要为孩子配备儿童头盔，做到“大手拉小手”。
让我们从戴好一顶头盔做起，守护自己和家人的平安！
××县公安局交通警察大队
20××年×月×日
""",
    ),
    dict(
        slug="qa-nongwen-answer-chilli-blight",
        site="农问通 (invented)",
        style="百科问答",
        genre="其他",
        kind="other",
        form="text",
        source="http://www.nongwentong.com/wenda/2025/06/30417.html",
        title="辣椒疫病的发生规律与综合防治措施",
        record_title="辣椒疫病怎么防？叶子发黑、茎秆腐烂，急！",
        title_in="decorated",
        date="2025-06-18",
        notes="farming Q&A; an expert answer with a title line; 回答于 date as page date; decimal headings",
        page="""
!m 农问通 · 种养殖问答平台
!m 问答首页 › 蔬菜种植 › 辣椒
辣椒疫病怎么防？叶子发黑、茎秆腐烂，急！
!m 提问：椒农老彭　　2025-06-17
!m 专家回答　|　县农技站 邵农艺师　|　回答于 2025-06-18 08:12
{T}
{BODY}
!l 这个回答对你有帮助吗？ 有帮助(96)　没帮助(3)
!a 向专家追问　　关注该问题
!l 相关问答：辣椒烂果是什么原因？ | 辣椒苗期怎么施肥？
!m 农问通 陕ICP备20008723号
""",
        body="""
1 发生规律
辣椒疫病是由疫霉菌引起的土传病害，高温高湿条件下发病快。一般在雨后天晴、气温在二十五至三十度时迅速蔓延，连作地、低洼地、大水漫灌的田块发病重。
2 防治措施
2.1 农业防治：与非茄科作物实行三年以上轮作；采用高垄栽培，雨后及时排水，避免大水漫灌。
2.2 及时清除病株：发现病株立即拔除，带出田外销毁，病穴撒施生石灰消毒。
2.3 药剂防治：发病初期可选用烯酰吗啉、氟噻唑吡乙酮等药剂喷雾或灌根，每隔七至十天一次，连续两至三次，注意轮换用药。
3 温馨提示
购买农药请到正规农资店，严格按照标签说明使用，采收前遵守安全间隔期。
""",
    ),
    dict(
        slug="clouddrive-yunhe-rules-jute-mill-html",
        site="云盒网盘 (invented)",
        style="网盘分享",
        genre="制度",
        kind="other",
        form="html",
        source="https://pan.yunhe.cn/s/9TkQ2vLpXw",
        title="黄麻纺织车间安全生产管理规定",
        record_title="黄麻纺织车间安全生产管理规定.docx",
        date="2025-02-10",
        notes="cloud-drive preview with share-expiry and save buttons; file-name title; articles speak of 打印/复印; 成文日期",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>黄麻纺织车间安全生产管理规定.docx - 云盒网盘</title></head><body>
<div class="bar">⟦m 云盒网盘⟧ ⟦a 登录⟧ ⟦a 下载客户端⟧</div>
<div class="share">⟦m 分享者：麻纺厂安全科　分享于 2025-02-26 09:11　有效期：7天⟧</div>
<div class="file">⟦m 黄麻纺织车间安全生产管理规定.docx　64.2KB⟧</div>
<div class="ops">⟦a 保存到我的网盘⟧ ⟦a 下载(64.2KB)⟧ ⟦a 举报⟧</div>
<div class="preview"><h2>{T}</h2>
{BODY}
</div>
<div class="end">⟦a 预览仅显示前5页，保存后可查看完整文档⟧</div>
<div class="ft">⟦d 请勿分享违法违规内容，云盒网盘保留对违规分享进行处理的权利⟧ ⟦m © 2025 云盒⟧</div>
</body></html>
""",
        body="""
第一条　为加强黄麻纺织车间安全生产管理，预防火灾和机械伤害事故，制定本规定。
第二条　本规定适用于公司梳麻、纺纱、织布三个车间。
第三条　车间内严禁吸烟和动用明火。确需动火作业的，须办理动火审批手续，并清除作业点周围十米内的麻絮。
第四条　各车间每班下班前必须清扫机台和地面麻絮，除尘设备每周清理一次。
第五条　设备检修时必须切断电源，挂“禁止合闸”警示牌，专人监护。
第六条　新员工须经公司、车间、班组三级安全教育，考试合格后方可上岗。安全教育考试试卷由安全科统一打印，考后存档三年。
第七条　本规定复印件须张贴在各车间入口处。
第八条　本规定自发布之日起施行。
鸿麻纺织有限公司
2025年2月10日
""",
    ),
    dict(
        slug="clouddrive-nas-minutes-pecan-coop",
        site="家庭NAS分享页 (invented)",
        style="网盘分享",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://nas.qingshan-coop.myds.cn/sharing/pk82Lq",
        title="青山碧根果专业合作社2025年第二次理事会会议纪要",
        record_title=None,
        date="2025-08-12",
        notes="a personal NAS share page; title missing, found in the preview; minutes' 时间/地点/主持/出席/记录 lines and a vote count",
        page="""
!m File Station 分享　|　青山合作社资料
!m 文件：理事会纪要-0812.docx　　大小：22 KB　　修改于：2025-08-14 21:03
!a 下载　|　全部下载为ZIP
!m 预览：
{T}
{BODY}
!d 此链接由 NAS 用户创建，请勿转发给无关人员
""",
        body="""
时间：2025年8月12日上午9:00
地点：合作社办公室
主持：理事长　詹守仁
出席：理事会成员五人
列席：监事长　余春梅
记录：詹晓光
会议研究了以下事项：
一、关于今年碧根果收购价格。会议同意按青果每公斤十八元的保底价收购社员果，市场价高于保底价时随行就市。表决结果：同意五票，反对零票。
二、关于新建烘干房。会议同意利用合作社闲置仓库改建烘干房一座，预算二十六万元，由理事长负责落实。
三、关于技术培训。九月上旬邀请县林业站专家开展采收和烘干技术培训，每户至少一人参加。
""",
    ),
    dict(
        slug="snapshot-kuaizhao-notice-maple-festival-html",
        site="快照搜索 (invented)",
        style="搜索快照",
        genre="通告",
        kind="notice",
        form="html",
        source="http://cache.kuaizhaoss.com/c?u=http%3A%2F%2Fwww.danfeng.gov.cn%2Ftzgg%2F2025%2F1028%2F771.html",
        title="关于红枫文化旅游节期间实行交通管制的通告",
        record_title="关于红枫文化旅游节期间实行交通管制的通告 - 丹枫县人民政府",
        date="2025-10-27",
        notes="a snapshot frame over a county page; snapshot stamp is no date; a detour table; 成文日期",
        page="""
<html><head><meta charset="utf-8"><title>关于红枫文化旅游节期间实行交通管制的通告 - 丹枫县人民政府</title></head><body>
<div class="snap">⟦m 这是 http://www.danfeng.gov.cn/tzgg/2025/1028/771.html 的快照，保存于 2025年11月02日 03:17⟧<br>⟦d 网页快照仅供参考，当前页面可能已经更改。⟧ ⟦a 查看原网页⟧</div>
<hr>
<div class="orig">
<div class="logo">⟦m 丹枫县人民政府⟧</div>
<div class="nav">⟦m 首页 政务公开 办事服务 互动交流⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 发布时间：2025-10-28　来源：县公安局⟧</div>
{BODY}
<div class="f">⟦m 丹枫县人民政府办公室主办　皖ICP备05011036号⟧</div>
</div></body></html>
""",
        body="""
为保障第九届红枫文化旅游节期间道路交通安全畅通，根据《中华人民共和国道路交通安全法》有关规定，决定对部分路段实行交通管制。现通告如下：
一、管制时间：2025年11月1日至11月9日，每天8:00至18:00。
二、管制路段：枫岭景区入口至观枫台段（县道X203线）禁止社会车辆通行，游客请换乘景区摆渡车。
三、绕行线路：
原线路　　绕行线路
县城—枫岭　　县城—石门—枫岭北停车场
枫岭—溪口　　枫岭北停车场—X206线—溪口
四、执行任务的警车、消防车、救护车、工程救险车以及持有通行证的车辆不受上述限制。
丹枫县公安局
2025年10月27日
""",
    ),
    dict(
        slug="snapshot-textcache-notice-phone-booths",
        site="纯文本快照 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="text",
        source="http://textcache.sousuo8.com/q?url=chengguan.pinghu.gov.cn/art/2025/4/3/art_208.html",
        title="关于拆除城区闲置公用电话亭的公告",
        date="2025-04-02",
        notes="text-only cache; snapshot and crawl stamps; the notice's own contact; 成文日期",
        page="""
!m 纯文本快照　|　原始网址：chengguan.pinghu.gov.cn/art/2025/4/3/art_208.html
!m 快照抓取时间：2025-04-19 11:42:07（UTC+8）
!d 本快照由搜索引擎自动生成，与原网页内容可能存在差异
!m 平湖区城市管理局 > 通知公告
{T}
{BODY}
!m [图片] [链接] 返回首页 | 网站地图 | 联系我们
!m 平湖区城市管理局版权所有
""",
        body="""
随着移动通信普及，我区城区现存公用电话亭大多已停用多年，部分亭体破损、锈蚀，影响市容并存在安全隐患。经与通信运营企业协商，决定拆除城区闲置公用电话亭。现将有关事项公告如下：
一、拆除范围：城区主次干道两侧已停止服务的公用电话亭共一百四十二个。
二、拆除时间：2025年4月10日至5月31日。
三、保留措施：在火车站、汽车站、医院门口等处保留十二个电话亭，改造为应急电话和便民服务点。
四、拆除期间，施工单位将设置围挡和警示标志，请过往行人车辆注意安全。
联系人：区城管局市容科　蒋晓东　电话：0573-85190637
平湖区城市管理局
2025年4月2日
""",
    ),
    dict(
        slug="print-chuncheng-notice-mercury-thermometer-html",
        site="春城市生态环境局 (invented, print view)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="html",
        source="http://sthjj.chuncheng.gov.cn/print.jsp?id=30721",
        title="关于开展含汞体温计以旧换新回收活动的通知",
        record_title="打印 - 关于开展含汞体温计以旧换新回收活动的通知",
        date="2025-06-03",
        notes="print template with print/close buttons and a print footer; 附件 list; the notice's own contact and e-mail",
        page="""
<html><head><meta charset="utf-8"><title>打印 - 关于开展含汞体温计以旧换新回收活动的通知</title>
<style>@media print{.noprint{display:none}}</style></head><body onload="">
<div class="noprint">⟦a 【打印本页】⟧ ⟦a 【关闭】⟧</div>
<h2>{T}</h2>
<div class="src">⟦m 春城市生态环境局　2025-06-05⟧</div>
{BODY}
<div class="pf">⟦p — 第 1 页 · 共 1 页 —⟧</div>
<div class="url">⟦m http://sthjj.chuncheng.gov.cn/art/2025/6/5/art_1522_30721.html⟧</div>
</body></html>
""",
        body="""
各区生态环境分局，各社区卫生服务中心：
根据《关于汞的水俣公约》，含汞体温计自2026年起全面禁止生产。为减少家庭废弃含汞体温计对环境的污染，市生态环境局联合市卫健委开展含汞体温计以旧换新回收活动。现将有关事项通知如下。
一、回收时间：2025年6月15日至9月30日。
二、回收地点：全市各社区卫生服务中心。
三、兑换办法：居民每交回一支完好或破损的含汞体温计，可兑换电子体温计一支，每户限兑两支。
四、回收要求：破损体温计请用密封袋装好后交回，切勿随意丢弃或倒入下水道。
联系人：王蔚然　电话：0871-63358027　邮箱：ghcsc@chuncheng.gov.cn
附件：1.回收点名单
2.回收登记表
春城市生态环境局
2025年6月3日
""",
    ),
    dict(
        slug="print-xinglin-plan-bonfire-safety",
        site="杏林景区管委会 (invented, print view)",
        style="打印页",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.xinglinjq.cn/print/2025/0718/86.html",
        title="杏林景区夏季篝火晚会消防安全保障方案",
        record_title="杏林景区夏季篝火晚会消防安全保障方案〔打印版〕",
        date="2025-07-16",
        notes="print view text; print header and footer stamps (no date); a duty table; 成文日期",
        page="""
!a 打印　　关闭
!m 打印时间：2025-07-21 16:58　　打印人：游客
{T}
{BODY}
!p 〔第 1 页　共 1 页〕
!m 本页地址：http://www.xinglinjq.cn/news/2025/0718/86.html
""",
        body="""
为确保景区夏季篝火晚会安全有序举办，根据消防安全有关规定，制定本方案。
一、活动概况
篝火晚会于7月20日至8月31日每晚20:00—22:00在景区民俗广场举办，每场预计游客八百人。
二、职责分工
岗位　　责任人　　职责
现场总指挥　　易秋声　　统筹协调
消防组　　韩劲松　　灭火器材和消防车值守
疏散组　　包小梅　　游客引导和疏散
三、安全措施
1. 篝火堆设置在广场中央防火圈内，与观众区保持十五米以上距离；
2. 现场配备灭火器二十具、消防沙两立方米，景区微型消防车全程待命；
3. 风力达到五级以上或高温橙色预警时，当晚活动取消；
4. 活动结束后由消防组彻底熄灭余火，确认无复燃后方可离场。
杏林景区管理委员会
2025年7月16日
""",
    ),
    dict(
        slug="mail-fw-request-crabapple-festival",
        site="禾丰镇政务邮箱 (invented)",
        style="邮件转发",
        genre="请示",
        kind="request",
        form="text",
        source="mailto:forwarded/hefeng-town/2025-03-05",
        title="禾丰镇关于举办第三届海棠花节的请示",
        record_title="转发：禾丰镇关于举办第三届海棠花节的请示.docx",
        date="2025-03-04",
        date_also=["2025-03-05"],
        notes="forwarded mail; mail headers and signature are chrome; the request's own 附件 and contact kept; send date differs",
        page="""
!m 发件人：禾丰镇党政办 <dzb@hefeng.gov.cn>
!m 发送时间：2025年3月5日（星期三）上午10:14
!m 收件人：县文旅局办公室 <wlj_bgs@163.com>
!m 主题：转发：禾丰镇关于举办第三届海棠花节的请示.docx
!m 附件：禾丰镇关于举办第三届海棠花节的请示.docx（38KB）
!w 您好，请示正文如下，盖章扫描件见附件，请查收，谢谢！
!m ---------- 转发的邮件 ----------
{T}
{BODY}
!m --
!m 禾丰镇党政办公室　电话：0557-7029913
!d 此邮件由政务邮箱系统发送，仅用于政务工作往来
""",
        body="""
县文化和旅游局：
我镇千亩海棠园已连续举办两届海棠花节，累计接待游客二十余万人次，带动农户增收明显。为进一步擦亮“海棠小镇”品牌，我镇拟于2025年3月28日至4月10日举办第三届海棠花节，现将有关事项请示如下：
一、活动内容：开幕式、海棠摄影大赛、农特产品展销、乡村音乐会。
二、安全保障：镇里已制定安全保卫、交通疏导和医疗保障预案，并与县公安局、县卫健委对接。
三、经费预算：活动总经费四十五万元，其中镇财政安排二十五万元，申请县文旅局补助二十万元。
妥否，请批示。
附件：第三届海棠花节活动方案
禾丰镇人民政府
2025年3月4日
（联系人：孔令遥，电话：13956701284）
""",
    ),
    dict(
        slug="mail-webmail-notice-prawn-coop-html",
        site="海汇企业邮箱 (invented webmail)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="html",
        source="https://mail.haihuimail.com/read?mid=ZL2025091103",
        title="关于做好南美白对虾秋季病害防控的通知",
        record_title="Fwd: 关于做好南美白对虾秋季病害防控的通知",
        date="2025-09-10",
        date_also=["2025-09-11"],
        notes="webmail reader with its toolbar; forwarded notice; 抄送 of the document kept beside the mail's own headers",
        page="""
<!doctype html><html><head><meta charset="utf-8"><title>Fwd: 关于做好南美白对虾秋季病害防控的通知 - 海汇企业邮箱</title></head><body>
<div class="toolbar">⟦a 返回　回复　全部回复　转发　删除　标记为⟧</div>
<div class="mailhead">
<div>⟦m 主题：Fwd: 关于做好南美白对虾秋季病害防控的通知⟧</div>
<div>⟦m 发件人：滨海对虾养殖合作社 &lt;binhai-prawn@haihuimail.com&gt;⟧</div>
<div>⟦m 时间：2025年9月11日 08:47⟧</div>
<div>⟦m 收件人：全体社员⟧</div></div>
<div class="mailbody">
<p>⟦w 各位社员：转发县水产站通知，请认真阅读并落实。有问题在群里说。⟧</p>
<p>⟦m -------- Forwarded Message --------⟧</p>
<h3>{T}</h3>
{BODY}
</div>
<div class="sig">⟦m 滨海对虾养殖合作社　社长 杭海生⟧</div>
<div class="foot">⟦d 海汇企业邮箱 — 安全、稳定的企业通信⟧</div>
</body></html>
""",
        body="""
各对虾养殖场（户）：
入秋以来，昼夜温差加大，南美白对虾进入病害高发期。为减少养殖损失，现就做好秋季病害防控工作通知如下：
一、稳定水质。每天早晚各测一次水温、溶氧和pH值，溶氧保持在每升五毫克以上，遇降温天气提前加深水位。
二、科学投喂。根据对虾摄食情况适当减少投喂量，阴雨天减少三成，避免残饵败坏水质。
三、加强巡塘。发现对虾空肠空胃、红体、离群漫游等异常情况，及时取样送县水产站检测，不得盲目用药。
四、规范用药。严禁使用禁用药物，用药要做好记录，遵守休药期规定。
县水产技术推广站
2025年9月10日
抄送：县农业农村局，各乡镇农业服务中心。
""",
    ),
]

"""holdout46, part F: 公考论坛, 百科问答, 网盘分享, 搜索快照, 打印页, 邮件转发. Invented text throughout."""

CASES = [
    dict(
        slug="gkforum-html-shenlun-ferry-essay-grading",
        site="上岸吧公考论坛 (invented)",
        style="公考论坛",
        genre="申论范文",
        kind="essay",
        form="html",
        source="https://bbs.shangan8.com/thread-77120-1-1.html",
        title="从“渡船”到“大桥”：民生小事连着发展大局",
        record_title="[申论范文] 从“渡船”到“大桥”：民生小事连着发展大局（附批改点评） - 申论交流 - 上岸吧公考论坛",
        date="2025-04-03",
        notes="exam forum with a grading box and jammer; 发表于 line is the page's date",
        junk=dict(lines=1, glued=1),
        page="""
<html><head><meta charset="utf-8"><title>[申论范文] 从“渡船”到“大桥”：民生小事连着发展大局（附批改点评） - 申论交流 - 上岸吧公考论坛</title></head><body>
<div id="hd">⟦m 上岸吧公考论坛⟧ ⟦a 登录 注册⟧</div>
<div id="pt">⟦m 上岸吧 › 申论交流 › 范文分享⟧</div>
<h1>⟦t [申论范文] 从“渡船”到“大桥”：民生小事连着发展大局（附批改点评）⟧</h1>
<div class="authi">⟦m 申论小能手 发表于 2025-4-3 22:08⟧</div>
<div class="t_f"><h3>{T}</h3>
{BODY}
</div>
<div class="grade">⟦l 批改点评：立意准确，论证充分，建议结尾再升华（得分：31/35）⟧</div>
<div>⟦a 需要一对一申论批改？加入VIP批改群⟧</div>
<div>⟦l 1# 一战上岸：学习了⟧</div>
</body></html>
""",
        body="""
河上的一条渡船，载着群众几十年的出行；一座新桥，承载着群众对美好生活的期盼。
从渡船到大桥，变的是出行方式，不变的是以人民为中心的发展思想。基层治理要从群众最关心的小事做起，把小事办好、办实。
同时也要看到，大桥通车后，老渡工的生计、古渡口的记忆同样需要妥善安排。
民生无小事。只有把每一件小事放在心上，发展才有温度。
""",
    ),
    dict(
        slug="gkforum-interview-answer-text",
        site="考公家园 (invented)",
        style="公考论坛",
        genre="面试答题",
        kind="answer",
        form="text",
        source="http://www.kaogongjy.com/forum/mianshi/t-3390.html",
        title="结构化面试题：村里要关停渡口，部分群众不理解，你怎么做？",
        record_title="[面试真题] 结构化面试题：村里要关停渡口，部分群众不理解，你怎么做？（附答题思路）",
        date=None,
        notes="exam forum; relative post time not a date; poster aside",
        page="""
!m 考公家园 » 面试专区 » 真题解析
!t [面试真题] 结构化面试题：村里要关停渡口，部分群众不理解，你怎么做？（附答题思路）
!m 楼主：面霸老周　　5小时前　　查看 902 | 回复 14
!m 楼主说：背就完事了，今年乡镇岗大概率考类似题
{T}
{BODY}
!l 回复：感谢楼主分享
!a 快速回复　　上一主题　下一主题
""",
        body="""
首先，我会充分理解群众的心情。渡口用了几十年，群众有感情，也担心过河不方便。
其次，我会做好解释工作。通过入户走访、召开村民会议等方式，讲清楚关停渡口是出于安全考虑，同时介绍新桥和接驳班车的安排。
最后，我会收集群众意见，对确有困难的老人、学生，协调提供帮扶，做到关停有序、群众满意。
""",
    ),
    dict(
        slug="wiki-html-luyan-entry-edit",
        site="知源百科 (invented)",
        style="百科问答",
        genre="百科词条",
        kind="entry",
        form="html",
        source="https://baike.zhiyuan.cn/item/日晒海盐/33102",
        title="日晒海盐",
        record_title="日晒海盐_知源百科",
        date=None,
        notes="encyclopedia entry with edit links and references; example date inside a sentence; no date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>日晒海盐_知源百科</title></head><body>
<header>⟦m 知源百科⟧ ⟦a 进入词条　全站搜索⟧</header>
<h1>{T}</h1>
<div class="edit">⟦a 编辑　讨论　上传视频⟧</div>
<div class="lemma-summary">
{BODY}
</div>
<div class="ref">⟦l 参考资料　1. 卤湾盐业志⟧</div>
<div class="stat">⟦m 词条统计　浏览次数：12,208　编辑次数：7次历史版本　最近更新：海盐爱好者⟧</div>
<footer>⟦d ©2025 知源百科　使用百科前必读⟧</footer>
</body></html>
""",
        body="""
日晒海盐是以海水为原料，利用太阳能和风能在盐田中蒸发浓缩、结晶而成的食盐。
其生产一般经过纳潮、制卤、结晶、收盐等工序。在我国东南沿海，晒盐的旺季通常在每年的5月至10月。
例如，某盐场在“1985年6月1日”曾创下单日收盐的纪录，这一日期常被当地作为“盐工节”纪念。
""",
    ),
    dict(
        slug="wiki-fengmi-qa-text-best",
        site="百事问 (invented)",
        style="百科问答",
        genre="问答",
        kind="answer",
        form="text",
        source="http://www.baishiwen.cn/q/702211.html",
        title="蜂蜜结晶了还能吃吗？",
        record_title=None,
        date="2025-03-22",
        notes="question as missing title; 发布于 line is the page's date; related list",
        page="""
!m 百事问 > 生活 > 饮食
{T}
!m 匿名网友　提问于 2025-03-20
!m 最佳回答　　蜂友老杨　发布于 2025-03-22
{BODY}
!l 有用(58)　　没用(2)
!l 相关问题：蜂蜜怎么辨别真假？
!a 下载百事问APP，回答问题赚现金
""",
        body="""
能吃。蜂蜜结晶是一种正常的物理现象，主要是葡萄糖在低温下析出形成的。
结晶与否和蜜源、温度有关，油菜蜜、椴树蜜就比较容易结晶。
如果想恢复液态，可以把瓶子放进40度左右的温水里慢慢化开，不要用开水烫。
""",
    ),
    dict(
        slug="netdisk-html-yaowu-plan-share",
        site="飞鸽网盘 (invented)",
        style="网盘分享",
        genre="工作方案",
        kind="plan",
        form="html",
        source="https://pan.feige-yun.com/s/1aYq8Kx03",
        title="2025年青窑坞开窑节活动方案",
        record_title="2025年青窑坞开窑节活动方案.wps",
        date="2025-09-12",
        notes="cloud-drive share with file name title; expiry stamp not a date; schedule table kept",
        page="""
<html><head><meta charset="utf-8"><title>2025年青窑坞开窑节活动方案.wps_免费高速下载|飞鸽网盘</title></head><body>
<div class="top">⟦m 飞鸽网盘⟧ ⟦a 登录⟧ ⟦a 客户端下载⟧</div>
<div class="file">⟦m 2025年青窑坞开窑节活动方案.wps　45.2KB⟧</div>
<div class="share">⟦m 分享者：窑坞文化站　有效期：永久　分享于：2025-09-15⟧</div>
<div class="btn">⟦a 保存到我的网盘⟧ ⟦a 普通下载⟧</div>
<div class="preview"><h3>{T}</h3>
{BODY}
</div>
<div>⟦d 请勿分享违法违规内容，举报请联系网盘客服⟧</div>
</body></html>
""",
        body="""
一、活动时间：2025年10月18日至19日。
二、活动地点：青窑坞村龙窑广场。
三、活动内容：
时间　项目　负责单位
18日上午　开幕式、开窑仪式　镇政府
18日下午　柴烧作品展　窑坞艺术学院
19日全天　陶艺体验　青窑坞村委会
四、安全保障：派出所负责现场秩序，卫生院设医疗点。
窑坞镇人民政府
2025年9月12日
""",
    ),
    dict(
        slug="netdisk-yanchang-duty-text-nas",
        site="私有云分享 (invented)",
        style="网盘分享",
        genre="制度",
        kind="rule",
        form="text",
        source="http://nas.luwan-salt.net:5000/sharing/Qd2bXkT",
        title="台风期间盐场值班制度",
        record_title="台风期间盐场值班制度.docx",
        date=None,
        notes="NAS share text page; file info lines; no date",
        page="""
!m 私有云 · 文件分享
!m 台风期间盐场值班制度.docx　　18.6 KB　　修改于 2024/08/02
!a 下载　　在线预览
{T}
{BODY}
!d 此链接由卤湾盐场办公室创建，请勿外传
""",
        body="""
一、台风预警发布后，场部实行24小时值班，值班人员不得离岗。
二、各工区负责人要加强堤坝巡查，每两小时报告一次。
三、值班电话：场部值班室 0596-3310119。
四、出现险情，值班人员应立即报告场领导，并组织人员撤离。
""",
    ),
    dict(
        slug="snapshot-html-weidu-notice-cache",
        site="搜易快照 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://cache.souyi.com/c?u=weidu.gov.cn/jtj/2025/0405.html",
        title="苇渡县交通运输局关于渡船年度检验的通知",
        record_title="苇渡县交通运输局关于渡船年度检验的通知",
        date="2025-04-05",
        notes="search-cache frame with banner and snapshot time; highlight note; 附件 list kept",
        page="""
<html><head><meta charset="utf-8"><title>苇渡县交通运输局关于渡船年度检验的通知</title></head><body>
<div class="cachebar">⟦m 这是 weidu.gov.cn/jtj/2025/0405.html 的快照，抓取于 2025年5月1日 03:22:10⟧<br>⟦d 搜易与网页作者无关，不对其内容负责⟧<br>⟦m 您搜索的关键词已高亮：渡船 检验⟧</div>
<div class="orig">⟦m 苇渡县交通运输局⟧ ⟦m 首页 > 通知公告⟧</div>
<h2>{T}</h2>
{BODY}
<div>⟦m 苇渡县交通运输局　地址：苇渡县文昌路5号⟧</div>
</body></html>
""",
        body="""
各乡镇人民政府，各渡运单位：
根据水上交通安全管理要求，我局定于4月15日至5月15日对全县渡船进行年度检验。请各渡运单位按时将渡船送至指定地点检验。
附件：1.渡船年度检验安排表
2.检验申请表
苇渡县交通运输局
2025年4月5日
""",
    ),
    dict(
        slug="snapshot-mifeng-summary-text-only",
        site="搜易快照 (invented)",
        style="搜索快照",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://cache.souyi.com/c?u=miling.gov.cn/nyfw/2024/1228.html",
        title="蜜岭镇2024年中蜂产业发展工作总结",
        record_title="蜜岭镇2024年中蜂产业发展工作总结 - 蜜岭镇人民政府",
        date="2024-12-28",
        notes="text-only cache; snapshot stamp not a date; the document's date from the byline",
        page="""
!m 当前为纯文字快照　原网页：miling.gov.cn/nyfw/2024/1228.html
!m 快照时间：2025-03-09
{T}
!m 发布时间：2024-12-28　　来源：镇农业服务中心
{BODY}
!m 蜜岭镇人民政府版权所有
""",
        body="""
2024年，全镇中蜂饲养量达到4200群，比上年增长35%，蜂蜜产量约21吨。
镇里举办养蜂技术培训3期，培训蜂农210人次；新发展养蜂专业户26户。
下一步，我们将推进蜂蜜加工车间建设，打响“蜜岭土蜂蜜”品牌。
""",
    ),
    dict(
        slug="print-html-zhenshan-rules-footer",
        site="砧山锻业集团 (invented)",
        style="打印页",
        genre="制度",
        kind="rule",
        form="html",
        source="http://www.zhenshanforging.com/print.asp?id=212",
        title="砧山锻业集团外来人员入厂安全须知",
        record_title="〔打印稿〕砧山锻业集团外来人员入厂安全须知",
        date="2024-09-01",
        notes="print view with print footer; rules speak of 扫码/拍照 as content; print stamp not the date",
        page="""
<html><head><meta charset="utf-8"><title>〔打印稿〕砧山锻业集团外来人员入厂安全须知</title></head><body onload="window.print()">
<div class="ph">⟦m 砧山锻业集团　www.zhenshanforging.com⟧</div>
<h2>{T}</h2>
{BODY}
<div class="pf">⟦m 打印时间：2025/6/3 14:02⟧　⟦p －第1页　共1页－⟧</div>
<div>⟦a [打印本页] [关闭]⟧</div>
</body></html>
""",
        body="""
一、外来人员入厂须在门卫处登记，并扫码完成安全告知学习。
二、未经允许，不得在车间内拍照、摄像。
三、进入锻造车间须佩戴安全帽，远离加热炉和锻压设备。
四、本须知自2024年9月1日起施行。
砧山锻业集团安全环保部
2024年9月1日
""",
    ),
    dict(
        slug="print-luting-plan-text-printview",
        site="芦汀镇人民政府 (invented)",
        style="打印页",
        genre="工作方案",
        kind="plan",
        form="text",
        source="http://www.luting.gov.cn/print.jsp?id=4502",
        title="芦汀镇渡口“渡改桥”群众安置工作方案",
        record_title="打印 - 芦汀镇渡口“渡改桥”群众安置工作方案",
        date="2025-03-03",
        notes="text print view; print header and footer; decimal headings",
        page="""
!m 芦汀镇人民政府　打印预览
!a 【打印】【关闭窗口】
{T}
{BODY}
!p 页码：1/1
!m 本页网址：http://www.luting.gov.cn/xxgk/4502.html
""",
        body="""
1 总体要求
按照“稳妥有序、群众满意”的原则，做好上湾渡停渡后渡工和沿线群众的安置工作。
2 安置措施
2.1 原渡工优先安排大桥管护、河道保洁等公益岗位。
2.2 对出行困难的老人，由村里组织志愿者接送。
3 工作要求：各村于3月底前完成摸底登记。
芦汀镇人民政府
2025年3月3日
""",
    ),
    dict(
        slug="mail-html-yaowu-fwd-kiln-repair",
        site="窑坞文化站邮箱 (invented)",
        style="邮件转发",
        genre="请示",
        kind="request",
        form="html",
        source="https://mail.yaowu-wh.cn/read?mid=ZC7781",
        title="关于申请青窑坞龙窑窑床维修经费的请示",
        record_title="Fw: 关于申请青窑坞龙窑窑床维修经费的请示",
        date="2025-08-05",
        date_also=["2025-08-06"],
        notes="forwarded mail: mail headers meta, mail's own 附件 header; the request's date differs from the send date (also accepted)",
        page="""
<html><head><meta charset="utf-8"><title>Fw: 关于申请青窑坞龙窑窑床维修经费的请示</title></head><body>
<div class="mailhd">⟦m 发件人：窑坞文化站 &lt;whz@yaowu-wh.cn&gt;⟧<br>⟦m 发送时间：2025年8月6日(星期三) 上午9:20⟧<br>⟦m 收件人：区文旅局办公室⟧<br>⟦m 附件：窑床损坏照片.zip (3.2MB)⟧</div>
<div>⟦m -------- 转发邮件信息 --------⟧</div>
<h3>{T}</h3>
{BODY}
<div>⟦d 此邮件由企业邮箱发送，如非本人请勿打开附件⟧</div>
<div>⟦a 回复　全部回复　转发　删除⟧</div>
</body></html>
""",
        body="""
区文化和旅游局：
今年7月连续暴雨，青窑坞龙窑窑床中段出现坍塌，长约6米，窑体存在进一步损毁风险。经估算，维修需经费12.8万元。
恳请局里予以支持。
妥否，请批示。
附件：龙窑窑床维修预算表
窑坞镇文化站
2025年8月5日
""",
    ),
    dict(
        slug="mail-mifeng-fwd-text-newsletter",
        site="蜜岭蜂业邮件 (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mailto:office@milingfengye.cn",
        title="关于举办蜂农春季技术交流会的通知",
        record_title="转发：关于举办蜂农春季技术交流会的通知",
        date="2025-03-10",
        date_also=["2025-03-11"],
        notes="mail forward text with quoted headers; the notice's own contact line kept",
        page="""
!m 转发：关于举办蜂农春季技术交流会的通知
!m 发件人：蜜岭蜂业办公室 <office@milingfengye.cn>
!m 日期：2025-03-11 08:40
!m 收件人：各合作社联络员
!m 各位好，转发协会通知，请按时参加。——办公室
!m ---------- 原始邮件 ----------
{T}
{BODY}
!d 本邮件及附件仅供指定收件人使用
""",
        body="""
各养蜂合作社：
为交流春季蜂群管理经验，定于3月20日上午9时在镇农业服务中心三楼会议室举办蜂农春季技术交流会。
请各合作社选派2名代表参加。
联系人：王芳，电话：0597-7681055。
苇渡县养蜂协会
2025年3月10日
""",
    ),
]

"""holdout380, part F: encyclopaedias, cloud drives, search snapshots, print views, forwarded mail.

Invented text (see ../README.md and ../build.py for the markup). Written by hand for this part.
"""

CASES = [
    # 53 ── 百科问答 · HTML · water softeners · encyclopaedia entry (entry name opens the body)
    dict(
        slug="wiki-zhiwu-entry-water-softener",
        site="知物百科 (invented)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://baike.zhiwu.example.com/item/软水机/40217",
        title="软水机",
        record_title="软水机（家用水处理设备）_知物百科",
        date=None,
        notes="encyclopaedia with read/edit/discuss/history tabs, an infobox, a contents box, reference markers "
        "glued after sentences and an 'edit this section' link glued to a heading; the entry name opens the "
        "body (its repeat in the <h1> matched as head); '2 months ago' is no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>软水机（家用水处理设备）_知物百科</title>
<script src="//static.zhiwu.example.com/baike/entry.js"></script>
</head>
<body>
<div class="zw-top">⟦m 知物百科 · 认识身边的每一样东西⟧ <a>⟦a 登录后参与编辑⟧</a></div>
<div class="tabs">⟦a 阅读 ｜ 编辑词条 ｜ 讨论区 ｜ 修订记录⟧</div>
<h1 class="entry">{T}</h1>
<p class="entry-sub">⟦m 家用水处理设备　·　本词条由“知物水处理编委”审定⟧</p>
<table class="infobox">
<tr><td>⟦m 中文名：软水机⟧</td></tr>
<tr><td>⟦m 外文名：water softener⟧</td></tr>
<tr><td>⟦m 类　别：水处理设备⟧</td></tr>
<tr><td>⟦m 核心部件：离子交换树脂、控制阀、盐箱⟧</td></tr>
</table>
<div class="toc">⟦l 目录　1 工作原理　2 分类　3 使用注意⟧</div>
<div class="entry-body">
{BODY}
</div>
<div class="refs"><h3>⟦l 参考资料⟧</h3>
<p>⟦l [1] 《家用水处理设备选用指南》编写组．家用水处理设备选用指南．暐城：暐城科技出版社⟧</p></div>
<div class="stat">⟦m 浏览 36,118 次 ｜ 编辑 19 次 ｜ 最近更新：2 个月前⟧</div>
<div class="zw-foot">⟦d 词条内容由网友协作编辑，仅供参考。⟧ ⟦m © 知物百科　浙ICP备21033051号⟧</div>
</body>
</html>
""",
        body="""
软水机是一种通过离子交换降低水中钙、镁离子含量的水处理设备，主要用于家庭、宾馆、锅炉房等场所，可减少水垢生成。
工作原理
软水机内装有钠型阳离子交换树脂。硬水流过树脂层时，水中的钙、镁离子被树脂吸附，同时树脂释放出钠离子，从而使水的硬度降低。⟦l [1]⟧
树脂吸附饱和后，需要用浓盐水冲洗，使树脂重新恢复交换能力，这一过程称为再生。再生所用的盐一般为颗粒状或块状的高纯度氯化钠，俗称软水盐。
分类⟦a ✎修改本段⟧
按控制方式可分为时间型和流量型。时间型按设定的天数定时再生，流量型在累计用水量达到设定值后自动再生，更为节盐。
使用注意
软化后的水钠离子含量略有升高，需要限盐的人群长期饮用前宜咨询医生。盐箱应定期补充软水盐，树脂一般使用五至八年后需要更换。
""",
    ),
    # 54 ── 百科问答 · text · heated insoles · encyclopaedia entry (title missing: the entry line)
    dict(
        slug="wiki-bowu-entry-heated-insole-text",
        site="博物小百科 (invented, text capture)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="https://www.bowuxiaobaike.example.cn/w/电热鞋垫",
        title="电热鞋垫",
        record_title=None,
        date=None,
        notes="no title in the record: the entry-name line; the entry name also opens the body (matched as "
        "head); section headings kept; the edit and statistics lines are chrome; 'updated 2 weeks ago' is no date",
        page="""
!m 博物小百科 > 日用百货 > 服饰鞋帽
{T}
!m 词条编辑 · 添加义项 · 收藏词条
!m 电热鞋垫（日用电器）　本词条被浏览 8,402 次
{BODY}
!l 相关词条：暖手宝　电热毯　石墨烯发热膜
!m 最近更新：2 周前　编辑者：暖冬小助手
!d 本站词条由用户共同编辑，如有错误欢迎指正。
""",
        body="""
电热鞋垫是一种内置发热元件、通电后可为足部加热保暖的鞋垫，多用于冬季户外作业、垂钓、滑雪等场景。
结构
电热鞋垫一般由面料层、发热层、保温层和底层组成。发热层常用碳纤维发热线或石墨烯发热膜，由内置锂电池或外接移动电源供电。
温度控制
多数产品设有二至三档温度，通过遥控器、手机蓝牙或鞋垫上的按键调节，表面温度一般在38至50摄氏度之间。部分产品带有过热保护，温度超过设定值时自动断电。
安全提示
糖尿病患者及足部感觉减退者应慎用。充电时应将鞋垫取出，远离易燃物，避免边充电边使用。鞋垫不宜折叠或长时间受潮，以免损坏发热元件。
""",
    ),
    # 55 ── 网盘分享 · text · water softeners · work instruction (.docx; markers glued with a space)
    dict(
        slug="clouddrive-text-softener-install-instruction-markers",
        site="云柜网盘（文本预览） (invented)",
        style="网盘分享",
        genre="作业指导书",
        kind="other",
        form="text",
        source="https://pan.yungui.example.com/s/1qZx7RwQ",
        title="软水机安装调试作业指导书",
        record_title="软水机安装调试作业指导书.docx",
        date=None,
        notes="file-name record title; a cloud drive's text preview with '⭎ n ⭏' markers glued with a space to "
        "the continuation; decimal headings 3.1–4.3; no date (the share stamp and the expiry are no dates)",
        page="""
!m 云柜网盘　|　文件分享
!t 软水机安装调试作业指导书.docx
!m 分享者：清源售后-小吕　　分享于 2024-10-02　　有效期：永久
!a 保存到我的云柜　　下载（1.2 MB）　　举报
!a 开通超级云柜会员，下载不限速
{BODY}
!a 在线预览仅显示前 2 页，下载后查看完整内容
!d 请勿分享违法违规内容，云柜将依法配合有关部门处理。
""",
        pages=dict(fmt="⭎ {n} ⭏", every=150, start=2, glue=True, sep=" "),
        body="""
1 目的
规范家用软水机的安装、调试作业，确保设备安装到位、运行正常。
2 适用范围
适用于本公司售后服务人员上门安装QY系列家用软水机。
3 安装步骤
3.1 确认安装位置：软水机应安装在进户总阀之后、热水器之前，地面平整，附近有排水口和电源插座。
3.2 连接管路：关闭进户总阀，按“进水—软水机—出水”的方向连接，必须加装旁通阀，便于检修时不停水。
3.3 连接排水管：排水管不得高于控制阀1.5米，末端与地漏保持空气间隙，防止污水倒吸。
4 调试要点
4.1 首次加入软水盐不少于10公斤，注入清水没过盐面。
4.2 根据现场检测的原水硬度，在控制阀上设定再生周期，并手动启动一次再生。
4.3 再生完成后检测出水硬度，低于每升30毫克方可交付使用。
5 交付
向用户讲解加盐方法和故障提示，填写安装单并请用户签字确认。
""",
    ),
    # 56 ── 网盘分享 · HTML · heated insoles · 方案 (.pdf file-name title)
    dict(
        slug="clouddrive-html-outdoor-staff-warmth-plan-pdf",
        site="橙子云盘 (invented)",
        style="网盘分享",
        genre="方案",
        kind="other",
        form="html",
        source="https://www.chengziyun.example.com/s/Hk82mPq0",
        title="樛岭区城市管理局户外执勤人员冬季防寒保暖方案",
        record_title="樛岭区城市管理局户外执勤人员冬季防寒保暖方案.pdf",
        date="2024-11-12",
        notes="file-name record title; a cloud-drive preview with save/download buttons and VIP speed prompts; "
        "成文日期 under the signature; the share stamp and the link's expiry are no dates",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>樛岭区城市管理局户外执勤人员冬季防寒保暖方案.pdf_免费高速下载｜橙子云盘</title>
<script src="https://cdn.chengziyun.example.com/share/viewer.js"></script>
</head>
<body>
<div class="cz-top"><span>⟦m 橙子云盘⟧</span> <a>⟦a 登录云盘⟧</a> <a>⟦a 客户端下载⟧</a></div>
<div class="cz-file">
<h2>⟦t 樛岭区城市管理局户外执勤人员冬季防寒保暖方案.pdf⟧</h2>
<p>⟦m 分享者：城管小蔡　｜　分享时间：3 天前　｜　文件大小：386 KB　｜　链接 7 天后失效⟧</p>
<p><a>⟦a 保存到我的橙子云盘⟧</a> <a>⟦a 普通下载⟧</a> <a>⟦a 🚀 极速下载（SVIP）⟧</a></p>
</div>
<div class="cz-viewer">
<h3>{T}</h3>
{BODY}
</div>
<div class="cz-limit">⟦a 非会员仅可预览前 3 页，开通SVIP预览全部⟧</div>
<div class="cz-foot">⟦d 橙子云盘严厉打击侵权盗版，如发现违规分享请点击举报。⟧ ⟦m © 橙子云盘　苏ICP备20027714号⟧</div>
</body>
</html>
""",
        body="""
为切实保障户外执勤人员冬季身体健康，结合我局实际，制定本方案。
一、保障对象
局属执法中队、环卫所一线户外执勤人员共312人。
二、保障措施
（一）配发防寒用品。为每名户外执勤人员配发棉大衣1件、防寒手套2副、电热鞋垫1副，电热鞋垫统一采购带过热保护的低压产品，由各中队登记发放。
（二）调整作息时间。遇寒潮、大雪天气，早班上岗时间推迟半小时，每班次户外连续执勤不超过2小时。
（三）设立暖心驿站。在辖区设置8个暖心驿站，提供热水、充电和临时休息服务，电热鞋垫可在驿站充电。
三、工作要求
各中队要指定专人管理防寒用品，教会队员正确使用电热鞋垫，严禁在宿舍私拉电线充电。
樛岭区城市管理局
2024年11月12日
""",
    ),
    # 57 ── 搜索快照 · HTML · electric heating film · safety notice in a snapshot frame
    dict(
        slug="snapshot-fengchao-guoxi-heating-film-safety",
        site="蜂巢搜索网页快照 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="https://cache.fengchao-so.example.com/c?u=zjj.guoxi.gov.example.cn/tzgg/20241126/5530.html",
        title="漍溪县住房和城乡建设局关于冬季电热膜取暖用电安全的提示",
        record_title="漍溪县住房和城乡建设局关于冬季电热膜取暖用电安全的提示 - 漍溪县住建局（蜂巢快照）",
        date="2024-11-25",
        date_also=["2024-11-26"],
        notes="a search engine's snapshot frame with a capture banner and highlighted keywords around the cached "
        "portal page; the bureau's own service line in the body; 成文日期 under the signature, the cached "
        "page's posting date also accepted; the capture stamp is no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>漍溪县住房和城乡建设局关于冬季电热膜取暖用电安全的提示 - 漍溪县住建局（蜂巢快照）</title>
<style>.hl{background:#ffe36e}</style>
</head>
<body>
<div class="fc-banner">
<p>⟦d 这是蜂巢搜索为您保存的网页快照，抓取于 2024年12月3日 04:17。原网页可能已经变化。⟧</p>
<p>⟦a 查看原网页 ｜ 只看文字版⟧</p>
<p>⟦m 已为您高亮关键词：<span class="hl">电热膜</span> <span class="hl">用电安全</span>⟧</p>
</div>
<hr>
<div class="cached">
<div class="gov-head">⟦m 漍溪县住房和城乡建设局⟧</div>
<div class="gov-nav">⟦m 首页 机构职能 政务公开 通知公告 办事服务⟧</div>
<div class="gov-art">
<h1>{T}</h1>
<p>⟦m 发布日期：2024-11-26　来源：县住建局　浏览：1288⟧</p>
{BODY}
</div>
<div class="gov-foot">⟦m 漍溪县住房和城乡建设局　赣ICP备10007729号⟧</div>
</div>
</body>
</html>
""",
        body="""
全县各电热膜取暖用户：
进入采暖季以来，我县已有4户居民家中发生电热膜局部过热、烧焦地板的情况。为确保大家安全温暖过冬，现就电热膜取暖用电安全提示如下：
一、不要在铺有电热膜的地面上长期放置无腿家具、厚地毯、床垫等物品，防止热量积聚。
二、不要在地面钉钉子、打孔，以免损坏电热膜。
三、温控器设定温度不宜超过22摄氏度，家中无人时调至低档或关闭。
四、发现地面局部过烫、有焦糊味或漏电保护器频繁跳闸，应立即断电，联系安装单位或持证电工检修。
电热膜取暖服务电话：0793-4462019
漍溪县住房和城乡建设局
2024年11月25日
""",
    ),
    # 58 ── 搜索快照 · text (one line) · heated insoles · consumer council's comparison 通报
    dict(
        slug="snapshot-text-yuyang-consumer-insole-test-oneline",
        site="蜂巢搜索（仅文字缓存） (invented)",
        style="搜索快照",
        genre="通报",
        kind="notice",
        form="text",
        source="https://cache.fengchao-so.example.com/t?u=www.yyxxh.example.cn/wqdt/1216.html",
        title="楀阳县消费者协会关于电热鞋垫比较试验结果的通报",
        record_title="楀阳县消费者协会关于电热鞋垫比较试验结果的通报_楀阳消费维权网（蜂巢文字版快照）",
        date="2024-12-16",
        notes="a text-only cache: the whole body on one line, paragraphs separated only by their indent; a "
        "capture banner; 成文日期 under the signature; the capture stamp is no date",
        page="""
!d 【文字快照】以下内容抓取于 2024-12-20 11:08，仅保留文字，图片与样式已略去。
!a 返回原网页　|　查看带格式快照
!m 楀阳消费维权网 > 维权动态
{T}
{BODY}
!m 楀阳县消费者协会　投诉热线：0797-5512315
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
为帮助消费者科学选购电热鞋垫，县消费者协会于11月从电商平台和实体商店购买了12款电热鞋垫样品，委托检测机构进行了比较试验，现将结果通报如下。
一、总体情况。12款样品中，8款各项指标符合相关标准要求，4款存在不同程度的问题。
二、主要问题。有3款样品表面最高温度超过50摄氏度，长时间使用存在低温烫伤风险；有2款样品未标注电池容量和额定电压；有1款样品的过热保护功能失效。
三、消费提示。选购时应选择标识齐全、有过热保护功能的产品；老人、儿童和糖尿病患者使用时应选择低档温度，连续使用不宜超过2小时。
楀阳县消费者协会
2024年12月16日
""",
    ),
    # 59 ── 打印页 · text · electric heating film · 规定 (第N条; 下载/打印 as content; print footer)
    dict(
        slug="print-yuelin-heating-film-rules-footer",
        site="悦邻物业服务中心（打印样式页） (invented)",
        style="打印页",
        genre="规定",
        kind="other",
        form="text",
        source="https://www.yuelinwuye.example.cn/print.php?id=2207",
        title="湖畔花园小区电热膜取暖设施使用管理规定",
        record_title="【整页打印】湖畔花园小区电热膜取暖设施使用管理规定 - 悦邻物业服务中心",
        date=None,
        notes="a property company's print view: a print stamp and URL at the top, articles 第一条 … 第七条 (one "
        "speaks of downloading and printing a form as content), a print footer '┕ 第1页，总1页 ┙'; only an "
        "effective clause, no date; the print stamp is no date",
        page="""
!m 悦邻物业服务中心 · 湖畔花园项目部
!m 打印时间：2024/12/02 10:41　　页面地址：https://www.yuelinwuye.example.cn/notice/2207.html
!a 〔 打印 〕〔 关闭本窗口 〕
{T}
{BODY}
!m 悦邻物业服务中心　24小时客服：0791-8655100
!p ┕ 第1页，总1页 ┙
""",
        indent="\u3000\u3000",
        body="""
第一条　为规范本小区电热膜取暖设施的使用和维护，保障业主用电安全，根据有关规定，结合小区实际，制定本规定。
第二条　业主、物业使用人对户内电热膜取暖设施负有日常使用和保管责任，物业服务中心负责公共线路的巡检和维修。
第三条　铺设电热膜的房间，不得在地面钉钉、打孔、切割，不得放置无腿家具和厚地毯。
第四条　业主需对电热膜进行改装、移位的，应提前到物业服务中心登记，由持证电工施工，施工完毕须经绝缘测试合格。
第五条　采暖季前，物业服务中心将张贴检修通知，业主可下载打印《电热膜入户检查预约表》，填好后交至物业前台。
第六条　发现电热膜异常发热、焦糊气味或漏电保护器跳闸的，应立即断电并报修。
第七条　本规定自公布之日起施行。
""",
    ),
    # 60 ── 打印页 · HTML · voice recorders · 通知 in a print view calling window.print()
    dict(
        slug="print-yuyang-archives-recordings-notice",
        site="楀阳档案信息网（打印样式页） (invented)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.yydaj.example.cn/print/2024/0617/318.html",
        title="关于开展会议录音资料归档整理工作的通知",
        record_title="打印排版 ▸ 关于开展会议录音资料归档整理工作的通知 ｜ 楀阳档案信息网",
        date="2024-06-14",
        date_also=["2024-06-17"],
        notes="a print view calling window.print(); the archive's own 联系人/电话 in the body; a print footer "
        "'⯲ 页码 1 / 1 ⯲'; 成文日期 under the signature, the posting date also accepted",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>打印排版 ▸ 关于开展会议录音资料归档整理工作的通知 ｜ 楀阳档案信息网</title>
<style>@media print{.noprint{display:none}}</style>
<script>window.onload=function(){window.print();};</script>
</head>
<body>
<div class="noprint">⟦a 【确认打印】　【返回正文页】⟧</div>
<div class="pr-head">⟦m 楀阳档案信息网　www.yydaj.example.cn⟧</div>
<h2>{T}</h2>
<p class="pr-meta">⟦m 发布日期：2024-06-17　文章来源：业务指导股⟧</p>
<div class="pr-body">
{BODY}
</div>
<p class="pr-url">⟦m 本页网址：https://www.yydaj.example.cn/tzgg/2024/0617/318.html⟧</p>
<p class="pr-foot">⟦p ⯲ 页码 1 / 1 ⯲⟧</p>
</body>
</html>
""",
        body="""
县直各单位：
近年来，各单位使用录音笔记录会议的情况越来越多，但不少会议录音资料没有及时归档，存在丢失、损毁的风险。根据档案管理有关规定，县档案馆决定开展会议录音资料归档整理工作，现将有关事项通知如下。
一、归档范围：2020年以来本单位召开的党组（党委）会、办公会、专题会议等重要会议的录音资料。
二、归档要求：录音文件须从录音笔导出后以原始格式保存，按会议日期命名，刻录光盘一式两套，并填写《会议录音资料归档目录》。录音笔内的原始文件在确认归档后方可删除。
三、时间安排：各单位于7月31日前完成整理，8月中旬由县档案馆上门接收。
联系人：县档案馆业务指导股　闫晓舟　电话：0797-5519072
楀阳县档案馆
2024年6月14日
""",
    ),
    # 61 ── 邮件转发 · HTML · water softeners · 函 in a webmail reading view (附件 beside the attachment bar)
    dict(
        slug="mail-webmail-letter-softener-test-report",
        site="栻川县政务邮箱（网页版阅读视图） (invented)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.shichuan.gov.example.cn/read?mid=1728694012.7741",
        title="关于商请提供家用软水机型式检验报告的函",
        record_title="转致：关于商请提供家用软水机型式检验报告的函",
        date="2024-10-10",
        date_also=["2024-10-12"],
        notes="webmail reading view with a forwarded header and an attachment bar; the letter's own 联系人/电话/"
        "邮箱 and its 附件 line beside the mail's attachment bar; 成文日期 under the signature, the mail's "
        "send date also accepted",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>转致：关于商请提供家用软水机型式检验报告的函 - 栻川县政务邮箱</title>
<script src="/webmail/js/read.js"></script>
</head>
<body>
<div class="wm-top">⟦m 栻川县政务邮箱　｜　邱静怡 &lt;qiujingyi@shichuan.gov.example.cn&gt;⟧ ⟦a 退出⟧</div>
<div class="wm-left">⟦m 收件箱(3) 　草稿箱 　已发送 　已删除 　通讯录⟧</div>
<div class="wm-toolbar">⟦a 回复　回复全部　转发　删除　标记为未读　移动到…⟧</div>
<div class="wm-head">
<p>⟦m 主　题：转致：关于商请提供家用软水机型式检验报告的函⟧</p>
<p>⟦m 发件人：邱静怡 &lt;qiujingyi@shichuan.gov.example.cn&gt;⟧</p>
<p>⟦m 收件人：kefu@qingyuan-softwater.example.com⟧</p>
<p>⟦m 时　间：2024年10月12日（星期六）上午9:16⟧</p>
</div>
<div class="wm-attach">⟦a 附件（1 个）：消费者投诉情况汇总表.xlsx（18.6 KB）　下载　预览⟧</div>
<div class="wm-body">
<p>⟦m 清源公司客服：您好！转去我委函件，请查收并按时回复。⟧</p>
<p>⟦m -------- 转发的邮件 --------⟧</p>
<p>⟦m 原发件人：县消保委秘书处 &lt;xbw@shichuan.gov.example.cn&gt;⟧</p>
<p>⟦m 原发送时间：2024年10月10日 16:40⟧</p>
{BODY}
</div>
<div class="wm-foot">⟦d 本邮件仅供收件人使用，如误收请删除并告知发件人。⟧</div>
</body>
</html>
""",
        body="""
暐城清源环保设备有限公司：
近期，我委陆续接到消费者投诉，反映贵公司生产的QY-R20型家用软水机使用后出水硬度下降不明显。为核实有关情况，妥善处理消费者投诉，请贵公司协助提供以下材料：
一、QY-R20型家用软水机近两年的型式检验报告；
二、该型号产品的交换容量、再生盐耗等主要性能参数说明；
三、2024年以来该型号产品的售后维修记录汇总。
请于10月25日前将上述材料加盖公章后寄送或发送至我委电子邮箱。
感谢贵公司的支持与配合。
联系人：赖思琪　电话：0794-6228105　邮箱：xbw@shichuan.gov.example.cn
附件：消费者投诉情况汇总表
栻川县消费者权益保护委员会
2024年10月10日
""",
    ),
    # 62 ── 邮件转发 · text · voice recorders · 请示 forwarded as text (mail's .docx subject as the record title)
    dict(
        slug="mail-text-forward-request-township-recorders",
        site="楀阳县政府办公室邮件（纯文本转发） (invented)",
        style="邮件转发",
        genre="请示",
        kind="other",
        form="text",
        source="mailto:zhb@yuyang.gov.example.cn?msg=20240409-1022",
        title="关于为各乡镇会议室配备录音笔的请示",
        record_title="呈阅：关于为各乡镇会议室配备录音笔的请示.docx",
        date="2024-04-08",
        date_also=["2024-04-09"],
        notes="a forwarded plain-text mail whose subject is the attachment's file name; mail headers and a "
        "forwarding note are chrome; the request's 附件 line and its own 联系人/电话 kept; 成文日期 under the "
        "signature, the send date also accepted",
        page="""
!m 发件人：楀阳县政府办公室综合股 <zhb@yuyang.gov.example.cn>
!m 收件人：县政府办公室 分管领导收
!m 发送时间：2024-04-09 10:22
!m 主题：呈阅：关于为各乡镇会议室配备录音笔的请示.docx
!m 附件：关于为各乡镇会议室配备录音笔的请示.docx（24 KB）
!m 领导：请示正文如下，请审阅。综合股 钱一鸣
!m ---------- 以下为附件正文 ----------
{T}
{BODY}
!m ---------- 附件正文结束 ----------
!d 本邮件由楀阳县政务邮件系统发送，请勿直接回复。
""",
        body="""
县人民政府：
根据县委、县政府关于规范会议记录和档案管理的要求，各乡镇党委会、政府常务会须全程录音并归档。目前，全县14个乡镇中有9个乡镇会议室没有专用录音设备，会议录音多使用工作人员个人手机，存在资料外泄、丢失的隐患。
为此，我办拟为上述9个乡镇会议室各配备专用录音笔2支，共18支，每支约680元，合计12240元，经费拟从县政府办公室年度办公经费中列支。
妥否，请批示。
附件：乡镇会议室录音设备配备情况表
楀阳县人民政府办公室
2024年4月8日
联系人：综合股　钱一鸣，电话：0797-5520136
""",
    ),
]

"""holdout259, part F: 百科问答, 网盘分享, 搜索快照, 打印页, 邮件转发 (HTML and text). Invented text."""

CASES = [
    dict(
        slug="wiki-puttee-entry-html",
        site="知源百科 (invented)",
        style="百科问答",
        genre="百科词条",
        kind="entry",
        form="html",
        source="https://baike.zhiyuan.example.com/item/绑腿/55170",
        title="绑腿",
        record_title=None,
        date=None,
        notes="an encyclopaedia with edit/discuss tabs, an infobox, a contents box and reference markers glued after sentences; the entry name opens the body (head match); an example year inside a sentence, no date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>知源百科</title></head><body>
<div class="hd">⟦m 知源百科 — 人人可编的知识库⟧</div>
<div class="tabs">⟦a 编辑词条　讨论　历史版本⟧</div>
<h1>⟦t 绑腿⟧</h1>
<table class="infobox"><tr><td>⟦m 中文名：绑腿　别称：裹腿、行缠⟧</td></tr></table>
<div class="toc">⟦l 目录：1 形制　2 用途　3 演变⟧</div>
{BODY}
<div class="ref">⟦l 参考资料：《中国服饰辞典》　《行军常识》⟧</div>
<div class="ft">⟦d 词条内容由网友协作编辑，仅供参考⟧</div>
</body></html>
""",
        body="""
绑腿，又称裹腿，是缠绕在小腿上的长布条，旧时行军、远行、劳作时常用。⟦l [1]⟧
形制：绑腿一般宽七至十厘米，长二至三米，多用棉布或粗麻布制成，末端缝有系带。
用途：绑腿可以固定裤脚，防止蛇虫和草木刺伤，长途行走时还能减轻小腿肿胀。⟦l [2]⟧
演变：二十世纪中叶以前，绑腿是许多军队的标准装备；此后逐渐被高帮鞋和防护套取代，但在山区劳作和户外徒步中仍有人使用。
""",
    ),
    dict(
        slug="wiki-steampot-qa-text",
        site="百问堂 (invented)",
        style="百科问答",
        genre="问答",
        kind="qa",
        form="text",
        source="http://www.baiwentang.example.cn/ask/20913.html",
        title="蒸锅和蒸笼有什么区别？",
        record_title="蒸锅和蒸笼有什么区别？_百问堂",
        date=None,
        notes="a Q&A text with an answer badge and a related list; no date",
        page="""
!m 百问堂 > 生活 > 厨房
{T}
!m 最佳答案　由 小灶台 提供　2 周前
{BODY}
!l 相关问题：蒸笼第一次用要怎么处理？
!l 相关问题：电蒸锅值得买吗？
!a 我来回答
""",
        body="""
蒸锅和蒸笼都是用来蒸食物的，主要区别在材质和用法上。
蒸锅多用不锈钢或铝制成，锅和蒸屉是一体的，底层直接加水放在灶上加热，清洗方便，不易发霉。
蒸笼多用竹子或木头编制，需要架在铁锅上使用。竹蒸笼透气，蒸出的包子馒头不容易有水汽滴落，还带有淡淡的竹香，但用后要晾干，否则容易发霉。
家里日常用，蒸锅更省事；做面点讲究口感的，可以选蒸笼。
""",
    ),
    dict(
        slug="netdisk-tray-instruction-markers-text",
        site="秒存网盘 分享页 (invented)",
        style="网盘分享",
        genre="作业指导书",
        kind="rules",
        form="text",
        source="https://pan.miaocun.example.com/s/1xQr7tBe",
        title="竹编簸箩上箍工序作业指导书",
        record_title="竹编簸箩上箍工序作业指导书.wps",
        date=None,
        notes="a cloud-drive text preview cut by ⩬第n张⩬ markers on lines of their own; a file-name title; VIP prompts; share and expiry stamps are no dates",
        pages=dict(fmt="⩬第{n}张⩬", every=120, start=2),
        page="""
!m 秒存网盘 | 好友分享
!t 竹编簸箩上箍工序作业指导书.wps
!m 分享时间：2025-02-14 11:20　有效期：永久
!a 保存到我的网盘　下载（需开通超级会员）
{BODY}
!a 在线预览仅显示部分内容，完整文件请保存后查看
""",
        body="""
一、适用范围：本指导书适用于直径六十厘米以上竹编簸箩的上箍工序。
二、准备：选用三年生楠竹剖成的箍片，宽两厘米，厚四毫米，用清水浸泡两小时使其软化。
三、操作：将箍片沿簸箩口沿内外各围一圈，接头错开十厘米以上；用藤皮或铁丝每隔五厘米扎紧一道，扎好后剪去多余部分。
四、检验：双手提起簸箩边沿轻抖，箍圈无松动、无错位为合格。
五、注意：箍片不得有裂纹，作业时佩戴防护手套。
""",
    ),
    dict(
        slug="netdisk-bucket-plan-html",
        site="云舟网盘 (invented)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="html",
        source="https://yunzhou.example.net/share/init?surl=Kb83mZ",
        title="篦岭乡防汛物资铁皮桶储备方案",
        record_title="篦岭乡防汛物资铁皮桶储备方案.pdf",
        date="2025-05-06",
        notes="a cloud-drive preview with VIP prompts and a file list; a file-name title; the plan's 成文日期",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>篦岭乡防汛物资铁皮桶储备方案.pdf_免费高速下载|云舟网盘</title></head><body>
<div class="hd">⟦m 云舟网盘　超大空间 极速分享⟧</div>
<div class="file">⟦t 篦岭乡防汛物资铁皮桶储备方案.pdf⟧　⟦m 1.2M　2025-05-07 分享⟧</div>
<div class="btn">⟦a 保存到网盘　普通下载　SVIP极速下载⟧</div>
<div class="preview">
{BODY}
</div>
<div class="more">⟦l 该用户的其他分享：防汛值班表.xlsx　应急物资清单.docx⟧</div>
<div class="ft">⟦d 请勿分享违规内容，违者将被封禁⟧</div>
</body></html>
""",
        body="""
为做好今年防汛抢险物资保障，结合我乡实际，制定铁皮桶储备方案。
一、储备数量。全乡储备铁皮桶三百只，其中乡防汛仓库一百只，沿河五个村各四十只。
二、主要用途。用于临时舀水排涝、装运砂石、储存应急饮用水和燃油。
三、管理要求。各村明确一名保管员，铁皮桶统一编号，每季度检查一次锈蚀情况；储存饮用水的桶须专桶专用，不得混装燃油。
四、调拨程序。汛情紧急时，由乡防汛办统一调拨。
篦岭乡人民政府
2025年5月6日
""",
    ),
    dict(
        slug="snapshot-sieve-notice-html",
        site="觅寻快照 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://cache.mixun.example.com/c?u=koutian-gov-3302",
        title="关于举办筘田镇第二届筲箕编织技能大赛的通知",
        record_title="关于举办筘田镇第二届筲箕编织技能大赛的通知 - 筘田镇人民政府（觅寻快照）",
        record_date="2025-07-08",
        date="2025-07-08",
        notes="a search-cache frame with highlighted terms and a snapshot stamp; the record gives the date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于举办筘田镇第二届筲箕编织技能大赛的通知 - 筘田镇人民政府（觅寻快照）</title></head><body>
<div class="cachebar">⟦d 这是觅寻对原网页的快照，页面可能已更新⟧<br>⟦m 快照抓取于 2025-07-12 03:41⟧<br>⟦m 已高亮显示：筲箕 编织 大赛⟧</div>
<div class="orig">⟦m 筘田镇人民政府　首页 > 通知公告⟧</div>
<h2>⟦t 关于举办筘田镇第二届筲箕编织技能大赛的通知⟧</h2>
{BODY}
</body></html>
""",
        body="""
各村（社区）：
为传承竹编技艺，镇里决定举办第二届筲箕编织技能大赛，现将有关事项通知如下。
一、比赛时间：2025年8月9日上午。
二、比赛地点：筘田镇文化站。
三、参赛对象：本镇常住居民，年龄不限，每村推荐选手不少于三人。
四、比赛内容：在三小时内完成一只标准筲箕，由评委按工艺、外观和实用性评分。
五、奖励办法：设一等奖一名、二等奖三名、三等奖五名。
请各村于7月31日前将参赛名单报镇文化站。
""",
    ),
    dict(
        slug="snapshot-tray-oneline-text",
        site="搜搜看快照 (invented)",
        style="搜索快照",
        genre="方案",
        kind="plan",
        form="text",
        source="http://snap.sousoukan.example.cn/?id=a6620",
        title="箸坪村秋季晒谷场簸箩互借方案",
        record_title="〔纯文本快照〕箸坪村秋季晒谷场簸箩互借方案",
        record_date="2025-09-20",
        date="2025-09-20",
        notes="a text-only snapshot with the whole body on one line; the record gives the date",
        oneline=True,
        indent="　　",
        page="""
!d 以下为网页文字快照，原网页可能已删除
!m 原网址：http://zhuping.example.cn/news/551
!t 箸坪村秋季晒谷场簸箩互借方案
{BODY}
!m 快照生成：3 天前
""",
        body="""
为解决秋收时部分农户簸箩不够用的问题，村委会决定开展簸箩互借活动。
一、由村委会统一登记各户闲置的簸箩，编号后存放在村部仓库。
二、需要借用的农户到村部登记，每户每次最多借三只，用后三天内归还。
三、簸箩有破损的，由村里请篾匠统一修补，费用由村集体承担。
四、活动时间为9月下旬至10月底，借用期间请农户爱惜使用，不得用簸箩装化肥、农药等物品。
""",
    ),
    dict(
        slug="print-steampot-check-html",
        site="簕湾区教育局 打印页 (invented)",
        style="打印页",
        genre="通报",
        kind="bulletin",
        form="html",
        source="http://jyj.lewan.example.gov.cn/print.jsp?id=7719",
        title="关于学校食堂蒸锅专项检查情况的通报",
        record_title="〖打印版〗关于学校食堂蒸锅专项检查情况的通报",
        date="2025-12-03",
        notes="a print view calling window.print(), a print footer ⨷ 第1页 ∕ 共1页 ⨷ closing it; 印发 line kept; 打印时间 is no date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>〖打印版〗关于学校食堂蒸锅专项检查情况的通报</title><script>window.onload=function(){window.print();}</script></head><body>
<div class="ptools">⟦a 〔立即打印〕〔关闭此页〕⟧</div>
<h2>⟦t 关于学校食堂蒸锅专项检查情况的通报⟧</h2>
<div>⟦m 打印时间：2025-12-09 15:02⟧</div>
{BODY}
<div class="pf">⟦p ⨷ 第1页 ∕ 共1页 ⨷⟧</div>
</body></html>
""",
        body="""
各中小学：
11月下旬，区教育局对全区三十二所学校食堂的蒸锅开展了专项检查。总体看，各校蒸锅管理较为规范，但仍有四所学校存在安全阀超期未检、蒸锅操作无专人负责等问题。
对存在问题的学校，已下达整改通知书，要求12月15日前整改到位。
各校要对照检查内容开展自查，建立蒸锅使用和维护台账。
簕湾区教育局
2025年12月3日
簕湾区教育局办公室　2025年12月3日印发
""",
    ),
    dict(
        slug="print-puttee-notice-text",
        site="簝川县人武部 打印页 (invented)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="text",
        source="http://rwb.liaochuan.example.gov.cn/print/2025/309.html",
        title="关于开展民兵绑腿打法训练的通知",
        record_title="打印预览｜关于开展民兵绑腿打法训练的通知",
        date="2025-05-12",
        notes="a print view text closed by a print footer ⫠ 页 1 of 1 ⫠; 成文日期",
        page="""
!a 〔打印〕〔返回〕
!t 关于开展民兵绑腿打法训练的通知
{BODY}
!m 打印自：簝川县人民武装部网站
!p ⫠ 页 1 of 1 ⫠
""",
        body="""
各乡镇武装部：
为做好夏季拉练准备，县人武部决定在5月下旬组织基干民兵绑腿打法训练，有关事项通知如下。
一、训练内容：布绑腿的缠绕、收口和行进中重新紧固。
二、训练时间：5月20日至25日，各乡镇自行安排一天。
三、组织要求：各乡镇武装部长亲自组织，训练后每人实际缠绕考核一次，考核结果报县人武部军事科。
簝川县人民武装部
2025年5月12日
""",
    ),
    dict(
        slug="mail-sieve-order-webmail-html",
        site="簰口邮 网页邮箱 (invented)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.paikou.example.cn/read?mid=ZC1801",
        title="关于订购竹制筲箕的函",
        record_title="Fwd: 关于订购竹制筲箕的函",
        record_date="2025-10-10",
        date="2025-10-10",
        notes="a webmail reading view with a forwarded header and an attachment bar; the letter's own 附件 list and contact kept; the record gives the date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>Fwd: 关于订购竹制筲箕的函 - 簰口邮</title></head><body>
<div class="mailbar">⟦a 回复　全部回复　转发　删除⟧</div>
<div class="hdr">⟦m 发件人：食堂采购 &lt;caigou@pkschool.example.cn&gt;⟧<br>⟦m 收件人：竹艺合作社⟧<br>⟦m 时间：2025年10月10日 星期五 16:22⟧</div>
<div class="fwd">⟦m -------- 转发的邮件 --------⟧</div>
{BODY}
<div class="attbar">⟦a 附件（2个）订购清单.xlsx　送货要求.pdf　全部下载⟧</div>
</body></html>
""",
        body="""
笪溪镇竹编工坊：
我校食堂拟向贵工坊订购竹制筲箕一批，用于淘米洗菜。现将有关事项函告如下。
一、订购数量：大号筲箕八十只、中号筲箕一百二十只。
二、质量要求：篾片光滑无毛刺，收口牢固，未经化学防霉处理。
三、交货时间：11月5日前送至学校食堂。
附件：1.订购清单
2.送货要求
联系人：聂慧，电话：0739-3301526。
簰口市第三中学
2025年10月10日
""",
    ),
    dict(
        slug="mail-bucket-forward-text",
        site="邮件转发 纯文本 (invented)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="text",
        source="mailto:anquan@fenglin-chem.example.com?msg=20250603",
        title="关于停用破损铁皮桶盛装化学品的函",
        record_title="转发：关于停用破损铁皮桶盛装化学品的函",
        record_date="2025-06-03",
        date="2025-06-03",
        notes="a forwarded mail as text with its headers, a 抄送 header beside the letter's own 抄送 line; record date",
        page="""
!m 发件人：安环部 <anquan@fenglin-chem.example.com>
!m 发送时间：2025年6月3日 9:41
!m 主题：转发：关于停用破损铁皮桶盛装化学品的函
!m 抄送：生产部；仓储部
{BODY}
!d 此邮件及附件可能含有保密信息，误收请删除
""",
        body="""
各车间：
近日安环部检查发现，部分车间仍在使用锈蚀、凹陷的铁皮桶盛装稀释剂，存在泄漏和火灾隐患。现函告如下。
一、即日起，凡桶身有锈穿、凹陷、桶口螺纹损坏的铁皮桶，一律停止盛装化学品。
二、停用的铁皮桶由仓储部统一回收，交有资质的单位处置。
三、各车间于6月10日前完成自查，并将情况报安环部。
安环部
2025年6月3日
抄送：公司领导。
""",
    ),
]

"""holdout286, part F: exam forum, encyclopaedias, cloud drives, search snapshots, print views, forwarded mails.

Invented text, sites, places and people; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="gkforum-honghu-interview-square-deckchairs-junk",
        site="鸿鹄公考社区 (invented exam forum, text)",
        style="公考论坛",
        genre="面试作答",
        kind="other",
        form="text",
        source="https://bbs.honghugongkao.com/thread-553318-1-1.html",
        title="小区增设躺椅遭部分居民反对，你怎么处理？",
        record_title="[面试每周一题] 小区增设躺椅遭部分居民反对，你怎么处理？（小白作答求点评） - 面试专区 - 鸿鹄公考社区",
        date=None,
        notes="exam forum as text: junk lines and junk glued after sentences, a rating row and floors; an interview "
        "answer without a date; relative post time is no date",
        page="""
!m 鸿鹄公考社区 › 面试专区 › 结构化练习
!t [面试每周一题] 小区增设躺椅遭部分居民反对，你怎么处理？（小白作答求点评）
!m 楼主 晨读的小满　发表于 昨天 07:12　查看 903　回复 17
{BODY}
!l 评分：参与 4 人　积分 +8　「思路完整，第三点可以再具体些」
!l 2# 岸上见：打卡学习，题目来自哪个地市的真题？
!l 3# 阿鹿：结尾可以加一句向领导汇报
!a 回复本帖　　收藏　　只看楼主
!m 鸿鹄公考社区 京ICP备21029977号
""",
        junk=dict(lines=2, glued=2),
        body="""
这道题考的是组织协调和群众工作能力。我的作答如下，请各位指点。
首先，我会理解居民的担心。增设躺椅本意是方便老人休息，但如果夜间有人聚集聊天、外放音乐，确实会影响低楼层住户休息，这种顾虑是合理的。
其次，我会做好沟通调研。通过楼栋长、业主群征求意见，弄清楚反对意见集中在哪些楼栋、哪些时段，再和物业一起到现场看看躺椅的位置是否离住宅楼太近。
再次，我会拿出折中方案。比如把躺椅移到远离住宅楼的花园中心，在旁边设置“夜间请轻声”的提示牌，晚上十点后由物业巡查提醒。
最后，方案调整后我会再次征求意见，做到大多数居民满意，并跟踪使用效果，及时改进。
""",
    ),
    dict(
        slug="wiki-bowen-chaze-entry-infobox-refs",
        site="博闻百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://baike.bowenwiki.com/item/chaze/30812",
        title="茶则",
        record_title=None,
        date=None,
        notes="no title in the record: the entry's h1 (the entry name also opens the body, matched as head); "
        "edit/discuss/history tabs, infobox, contents box, reference markers glued after sentences, "
        "an 'edit this section' link glued after a section heading; no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>博闻百科 - 自由的知识库</title>
<script src="/static/wiki.js"></script>
</head><body>
<div class="top">⟦m 博闻百科⟧　⟦a 登录　创建词条⟧</div>
<div class="tabs">⟦a 词条　讨论　编辑　历史版本⟧</div>
<h1 class="lemma-title">{T}</h1>
<div class="lemma-sub">⟦m 中国传统茶具⟧</div>
<div class="infobox">⟦m 中文名：茶则⟧<br>⟦m 类　别：茶具⟧<br>⟦m 常见材质：竹、木、陶瓷、金属⟧<br>⟦m 用　途：取茶、量茶、赏茶⟧</div>
<div class="toc">⟦l 目录　1 形制　2 使用与保养　3 产地⟧</div>
<div class="lemma-content">
{BODY}
</div>
<div class="refs"><h3>⟦l 参考资料⟧</h3><p>⟦l [1] 茶具图说. 郹溪：竹乡文化出版社，2019⟧</p><p>⟦l [2] 竹木器具保养手册. 2021⟧</p></div>
<div class="stat">⟦m 浏览次数：20,417　编辑次数：9　最近更新：茶客阿树⟧</div>
<footer>⟦d 博闻百科内容由网友共同编辑，仅供参考。⟧　⟦m ©2024 bowenwiki.com⟧</footer>
</body></html>
""",
        body="""
茶则是中国传统茶具之一，用于从茶罐中取出茶叶并衡量投茶量，也可用来观赏干茶的外形与色泽。⟦m [1]⟧
形制⟦a [编辑本段]⟧
茶则多呈槽形或半筒形，一端开口，便于将茶叶倒入茶壶或盖碗。常见材质有竹、木、陶瓷、金属等，其中竹木茶则取材方便、质地轻，使用最为普遍。
使用与保养
取茶时应当保持茶则干燥，避免手直接接触茶叶。竹木茶则用后宜用干布擦拭，不宜浸泡或暴晒，以免开裂变形。⟦m [2]⟧
产地
郹溪县是竹木茶则的传统产地之一，当地所产竹茶则以手工削制、刻纹古朴著称。
""",
    ),
    dict(
        slug="wiki-bowen-yinhe-entry-text-tabs",
        site="博闻百科 (invented encyclopaedia, text)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="https://baike.bowenwiki.com/item/yinhe/30877",
        title="印盒",
        record_title="印盒 - 文房器用 - 博闻百科",
        date=None,
        notes="entry as text: a category suffix and site name in the record title; tabs, an infobox and a contents line "
        "on top, an edit link on its own line between sections; the entry name opens the body (matched as head)",
        page="""
!m 博闻百科 › 文化 › 文房器用
!a 词条　讨论　编辑　历史版本
{T}
!m 文房用具 · 用于盛放印泥
!m 别名：印泥盒、印色池　　类别：文房用具
!l 目录：历史｜材质与形制｜保养
{BODY}
!l 词条标签：文房四宝　篆刻　印章
!m 本词条由“墨池边的鱼”创建，共被编辑 6 次
!d 百科词条内容仅供参考，如需专业意见请咨询相关人士。
""",
        indent="",
        body="""
印盒，又称印泥盒、印色池，是用来盛放印泥的文房用具，与印章配合使用。
历史
印盒的使用与印泥的普及有关。早期印色多盛于小碟之中，后来逐渐出现专门带盖的印盒，以防印泥干燥和落尘。
⟦a ✎ 编辑“历史”这一段⟧
材质与形制
印盒以瓷质最为常见，也有铜、玉、石、漆木等材质。形制多为圆形或方形，盖与盒身紧密扣合。瓷印盒釉面光洁，不易与印泥中的油发生反应，保湿效果较好。
保养
印盒应当放在阴凉处，避免阳光直射。印泥使用一段时间后，宜用竹片翻拌，使油与朱砂保持均匀。
""",
    ),
    dict(
        slug="drive-yunxiu-frame-contract-template-blanks",
        site="云岫网盘 (invented cloud drive)",
        style="网盘分享",
        genre="合同范本",
        kind="other",
        form="html",
        source="https://pan.yunxiu.cn/s/1kQ8mZr2TfB",
        title="镜框定制加工合同",
        record_title="镜框定制加工合同（范本·可填写）_来自「云岫网盘」的分享",
        date=None,
        notes="cloud-drive preview: VIP prompts, share-expiry line, save/download buttons; a contract template with "
        "第N条 articles, ×× placeholders, ＿＿ blanks and ＿＿＿＿年＿＿月＿＿日; no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>镜框定制加工合同（范本·可填写）_来自「云岫网盘」的分享</title>
<script src="https://pan.yunxiu.cn/static/preview.js"></script>
</head><body>
<div class="bar">⟦m 云岫网盘⟧　⟦a 登录　注册领5T空间⟧</div>
<div class="share-info">⟦m 分享者：装裱匠老晏　分享时间：3 个月前⟧　⟦m 链接长期有效，无需提取码⟧</div>
<div class="file">⟦m 镜框定制加工合同.docx　24.6KB⟧　⟦a 转存到我的云岫⟧　⟦a 普通下载⟧</div>
<div class="vip">⟦a 开通云岫超级会员，文档预览不限页、下载不限速⟧</div>
<div class="preview"><h2>{T}</h2>
{BODY}
</div>
<div class="vip-end">⟦a 非会员仅预览前 2 页，剩余内容请下载后查看⟧</div>
<div class="foot">⟦d 请勿分享违法违规内容，发现侵权可在线举报。⟧　⟦m © 2024 云岫网盘⟧</div>
</body></html>
""",
        body="""
定作方（甲方）：＿＿＿＿＿＿＿＿
承揽方（乙方）：××装裱工艺有限公司
第一条 甲方委托乙方定制镜框＿＿个，规格、材质、颜色详见附件清单。
第二条 合同总价款为人民币＿＿＿＿元，甲方于合同签订之日起三日内预付30%，其余款项在验收合格后七日内付清。
第三条 乙方应当于＿＿＿＿年＿＿月＿＿日前交货，交货地点为甲方指定地点。
第四条 镜框拼角应当平整牢固，玻璃无划痕、无气泡。甲方应当在收货后三日内验收，逾期未提出异议的视为验收合格。
第五条 任何一方违约的，应当向对方支付合同总价款10%的违约金。
第六条 本合同一式两份，甲乙双方各执一份，自双方签字盖章之日起生效。
甲方（盖章）：＿＿＿＿　　乙方（盖章）：＿＿＿＿
签订日期：＿＿＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="drive-yunxiu-notice-tea-expo-doc-spaced-markers",
        site="云岫网盘 (invented cloud drive, text preview)",
        style="网盘分享",
        genre="通知",
        kind="notice",
        form="text",
        source="https://pan.yunxiu.cn/s/1pW3cHn7sLd",
        title="关于组织竹茶则产品参加省茶博会的通知",
        record_title="关于组织竹茶则产品参加省茶博会的通知.doc",
        date="2024-07-22",
        notes="file-name record title (.doc); a drive's text preview cut by ⎩n⎭ markers glued with a space to the "
        "continuation; the bureau's own mailbox kept; a share stamp is no date; 成文日期 under the signature",
        page="""
!m 云岫网盘 · 文件预览
!m 关于组织竹茶则产品参加省茶博会的通知.doc　（41KB）
!m 分享者：郹溪商务小郑　　分享于 2 周前　　提取码已验证
!a 保存到网盘　｜　下载（非会员限速 100KB/s）
{BODY}
!a 预览结束 · 开通超级会员可极速下载原文件
!d 云岫网盘仅提供存储服务，文件内容由分享者负责。
""",
        indent="\u3000\u3000",
        pages=dict(fmt="⎩{n}⎭", every=125, start=2, glue=True, sep=" "),
        body="""
各乡镇人民政府，县直有关单位，有关企业：
第十六届省茶业博览会将于9月12日至15日在省会国际会展中心举办。为展示我县竹茶则等竹木茶具产品，拓展销售市场，县里决定组织企业参展。现将有关事项通知如下：
一、参展范围。县内竹木茶具生产企业和手工作坊，重点推荐竹茶则、茶匙、茶盘等特色产品。
二、展位安排。县里统一申请特装展位120平方米，展位费和搭建费由县商务局承担。
三、报名方式。请有意参展的企业于8月5日前将报名表报送县商务局外贸科，邮箱：jxswj_wm@163.com。
四、参展企业须自行做好产品运输和现场销售工作，遵守展会各项规定。
郹溪县商务局
2024年7月22日
""",
    ),
    dict(
        slug="snapshot-souzhi-consumer-tip-choosing-trunks",
        site="搜知快照 (invented search-engine cache)",
        style="搜索快照",
        genre="消费提示",
        kind="other",
        form="html",
        source="http://cache.souzhi.com/c?u=www.zhxiaoxie.org.cn/xfts/2024/0702/58.html",
        title="选购旅行衣箱，记住这五点",
        record_title="〔搜知存档〕选购旅行衣箱，记住这五点_酂湖消协网 - 搜知快照",
        date=None,
        notes="snapshot frame: capture banner, highlighted-terms line, the original site's nav inside the frame; a consumer "
        "tip without a date (capture stamp is no date); 12315 as content",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>〔搜知存档〕选购旅行衣箱，记住这五点_酂湖消协网 - 搜知快照</title>
<script src="//cache.souzhi.com/js/hl.js"></script><script>hl(["旅行衣箱","选购"]);</script>
</head><body>
<div class="cache-banner">⟦m 这是搜知快照为您保存的页面副本，抓取于 2024-07-09 03:12，原网页可能已更新。⟧ <a>⟦a 查看原网页⟧</a></div>
<div class="cache-kw">⟦m 以下检索词已用颜色标出：旅行衣箱　选购⟧</div>
<div class="cache-note">⟦d 搜知与该网页作者无关，不对其内容负责。⟧</div>
<div class="orig">
<div class="orig-head">⟦m 酂湖消协网⟧　⟦m 首页　消费提示　投诉指南　比较试验⟧</div>
<h2>{T}</h2>
<div class="orig-meta">⟦m 来源：酂湖市消费者协会　浏览：1,907⟧</div>
{BODY}
<div class="orig-foot">⟦m 酂湖市消费者协会主办　湘ICP备20004519号⟧</div>
</div>
</body></html>
""",
        body="""
暑期出行高峰到来，不少市民准备添置旅行衣箱。市消费者协会提醒，选购衣箱时要注意以下五点：
一看拉杆。拉杆抽拉顺滑、无明显晃动，锁定后按压不回缩。
二看走轮。万向轮转动灵活、噪音小，轮子与箱体连接处无松动。
三看箱体。硬箱按压后能迅速回弹，软箱面料缝线均匀、无跳针。
四看锁具。海关锁、密码锁开合正常，密码重置方法要问清楚。
五看标识。合格证、厂名厂址、执行标准齐全，并索要购物凭证。
如遇质量问题，可拨打12315热线投诉。
""",
    ),
    dict(
        slug="snapshot-textcache-archives-old-frames-collection",
        site="搜知快照, text-only version (invented text-only cache)",
        style="搜索快照",
        genre="公告",
        kind="notice",
        form="text",
        source="http://cache.souzhi.com/t?u=www.msdaj.gov.cn/tzgg/2024/0221/17.html",
        title="鄍山县档案馆关于征集老照片及老镜框的公告",
        record_title="鄍山县档案馆关于征集老照片及老镜框的公告 - 搜知·仅文字存档",
        date="2024-02-20",
        notes="text-only cache: capture banner and the original page's nav as lines; the archives' own address and "
        "phone kept; 成文日期 in Chinese numerals under the signature, the page date also accepted; a year inside the body is no date",
        page="""
!m 【仅文字存档】抓取时间：2024-03-02 11:47　　本页仅保留文字，图片与样式已去除
!m 原网址：www.msdaj.gov.cn/tzgg/2024/0221/17.html
!m 鄍山档案信息网 ｜ 首页 ｜ 通知公告 ｜ 档案征集 ｜ 查档指南
{T}
!m 发布日期：2024-02-21　来源：征集科
{BODY}
!l 上一篇：2023年度全县档案工作考核结果通报
!m 鄍山县档案馆 版权所有
!d 快照内容仅供参考，请以原网页为准。
""",
        date_also=["2024-02-21"],
        indent="\u3000\u3000",
        body="""
为丰富馆藏，留存城乡发展记忆，鄍山县档案馆面向社会征集老照片及老镜框。现将有关事项公告如下：
一、征集范围。1990年以前拍摄的反映鄍山城乡面貌、生产生活、重大事件的照片，以及带有时代特征的老镜框、相册。
二、征集方式。以捐赠为主，也可借展或复制；对具有重要价值的，馆方按规定给予奖励。
三、捐赠者须对所提供的照片和实物拥有合法权利。
联系地址：鄍山县城关镇文昌路36号县档案馆征集科
联系电话：0745-6122048
鄍山县档案馆
二〇二四年二月二十日
""",
    ),
    dict(
        slug="print-jiuxi-bulletin-nursing-home-deckchair-collapse",
        site="郹溪县民政局 print view (invented)",
        style="打印页",
        genre="通报",
        kind="notice",
        form="html",
        source="http://mzj.jiuxixian.gov.cn/print.jsp?id=20241015-302",
        title="关于郠田镇敬老院躺椅侧翻致老人受伤事故的通报",
        record_title="〔A4打印稿〕关于郠田镇敬老院躺椅侧翻致老人受伤事故的通报 - 郹溪县民政局",
        date="2024-10-14",
        notes="print view calling window.print(): print/close buttons, the page URL and print stamp on top, a print footer "
        "⚚ 第1页（共1页）⚚ closing the page; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>〔A4打印稿〕关于郠田镇敬老院躺椅侧翻致老人受伤事故的通报 - 郹溪县民政局</title>
<style>@media print{.noprint{display:none}}</style>
<script>window.onload=function(){window.print();}</script>
</head><body>
<div class="noprint">⟦a 【确认打印】【关闭本窗口】⟧</div>
<div class="ph">⟦m 郹溪县民政局　mzj.jiuxixian.gov.cn⟧　⟦m 打印于 2024-10-16 09:05⟧</div>
<h2>{T}</h2>
{BODY}
<div class="pf">⟦p ⚚ 第1页（共1页）⚚⟧</div>
</body></html>
""",
        body="""
各乡镇人民政府，各养老机构：
10月8日下午，郠田镇敬老院一名82岁的入住老人在院内活动区的躺椅上休息时，躺椅后支架突然折断侧翻，老人头部着地受伤，经送医治疗已无生命危险。
经调查，该躺椅已使用六年，支架连接处严重锈蚀，敬老院日常巡查未能发现。事故暴露出部分养老机构设施设备老化、安全检查不细致等问题。
为举一反三，现提出如下要求：
一、各养老机构于10月31日前对院内躺椅、轮椅、床具等设施设备开展一次全面排查，对老化损坏的立即停用。
二、建立设施设备定期检查台账，明确专人负责，每月至少检查一次。
三、各乡镇要加强对辖区养老机构的安全监管，县民政局将适时开展抽查。
郹溪县民政局
2024年10月14日
""",
    ),
    dict(
        slug="print-jiuxi-plan-tea-scoop-skills-contest-text",
        site="郹溪县总工会 print view (invented, text)",
        style="打印页",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.jxzgh.org.cn/print/2024/0902/66.html",
        title="郹溪县第二届竹茶则制作技能竞赛实施方案",
        record_title="[打印] 郹溪县第二届竹茶则制作技能竞赛实施方案（供参赛单位留存）",
        date="2024-08-30",
        notes="print view as text: a print header with URL and stamp, a print footer ♰ 1／1 ♰ closing it; the contest "
        "day inside the body is not the date; 成文日期 under the joint signature",
        page="""
!a 打印　｜　关闭
!m 郹溪县总工会　www.jxzgh.org.cn　　打印时间：2024-09-03
{T}
{BODY}
!p ♰ 1／1 ♰
""",
        indent="\u3000\u3000",
        body="""
为弘扬工匠精神，提升竹茶具从业人员技能水平，县人社局、县总工会决定联合举办第二届竹茶则制作技能竞赛。具体方案如下：
一、竞赛时间和地点：2024年10月19日，郹溪县职业中专竹艺实训基地。
二、参赛对象：全县竹木茶具企业、作坊的在岗职工，每家企业限报3人。
三、竞赛内容：选手在三小时内按统一图样完成一把竹茶则的取料、开槽、修形和打磨。
四、评分标准：造型准确度40分，打磨工艺30分，刻纹美观度20分，安全文明操作10分。
五、奖励办法：设一等奖1名、二等奖3名、三等奖6名，一等奖获得者按程序申报“郹溪工匠”。
请各单位于9月30日前将报名表报送县总工会。
郹溪县人力资源和社会保障局　郹溪县总工会
2024年8月30日
""",
    ),
    dict(
        slug="mail-zanhu-museum-loan-letter-yinhe-attachment-bar",
        site="酂湖市博物馆 webmail (invented)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.zhbwg.org.cn/read?mid=ZC3108-20240910-77",
        title="关于商借馆藏清代漆木印盒参展的函",
        record_title="Fwd: 〔馆际商借〕关于商借馆藏清代漆木印盒参展的函",
        date="2024-09-09",
        date_also=["2024-09-10"],
        notes="webmail reading view: folder list, forwarded header with 发件人/收件人/抄送/时间, an attachment bar beside the "
        "letter's own 附件 list and its own 抄送 line; contact, phone and mailbox kept; the mail's date also accepted",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>Fwd: 〔馆际商借〕关于商借馆藏清代漆木印盒参展的函 - 酂湖市博物馆邮件系统</title>
<script src="/webmail/js/reader.js"></script>
</head><body>
<div class="mail-top">⟦m 酂湖市博物馆邮件系统⟧　⟦m zhbwg_clb@zhbwg.org.cn⟧　⟦a 退出⟧</div>
<div class="folders">⟦m 收件箱(3)　星标邮件　草稿箱　已发送　已删除⟧</div>
<div class="toolbar">⟦a 回复　全部回复　转发　删除　标记为未读⟧</div>
<div class="mail-head">
<h3>{T}</h3>
<p>⟦m 发件人：孟秋禾 &lt;zhbwg_clb@zhbwg.org.cn&gt;⟧</p>
<p>⟦m 收件人：鄎川县博物馆办公室 &lt;xcbwg@163.com&gt;⟧</p>
<p>⟦m 抄　送：酂湖市博物馆馆长室⟧</p>
<p>⟦m 时　间：2024年9月10日（星期二）上午10:26⟧</p></div>
<div class="fwd">⟦m ---------- 转发的邮件 ----------⟧</div>
<div class="mail-body">
{BODY}
</div>
<div class="attach">⟦a 附件（2 个）：借展文物清单.docx（31K）　展厅安防及温湿度条件说明.pdf（1.2M）　全部下载　在线预览⟧</div>
<div class="mail-foot">⟦d 本邮件由酂湖市博物馆邮件系统发送，如非指定收件人请立即删除。⟧</div>
</body></html>
""",
        body="""
鄎川县博物馆：
我馆拟于2024年11月至2025年2月举办“文房清供——湘中文房用具展”。贵馆收藏的清代朱漆描金印盒、清代黑漆嵌螺钿印盒两件文物，器形完整、工艺精湛，对展览主题有重要意义。经研究，拟向贵馆商借上述文物参展。
借展期间，文物的包装、运输、保险及布展费用均由我馆承担，展品全程按一级防护标准保管。具体事宜由双方另行签订借展协议。
妥否，请函复。
联系人：孟秋禾　电话：0736-8271930　邮箱：zhbwg_clb@zhbwg.org.cn
附件：1.借展文物清单
2.展厅安防及温湿度条件说明
酂湖市博物馆
2024年9月9日
抄送：鄎川县文化和旅游局
""",
    ),
    dict(
        slug="mail-hupan-hotel-letter-display-trunks-forwarded-docx",
        site="forwarded mail as text (invented hotel and luggage firm)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="text",
        source="mailto:caigou@xingyuanxiangbao.com?fwd=20240530",
        title="关于定制客房展示衣箱的商洽函",
        record_title="转发：关于定制客房展示衣箱的商洽函.docx",
        date="2024-05-28",
        date_also=["2024-05-30"],
        notes="forwarded mail as text: a file-name record title (转发：….docx), forwarded headers with their own 抄送 line, "
        "the letter's own 抄送 line and contact kept; the mail's send date also accepted",
        page="""
!m 发件人：行远箱包采购部 <caigou@xingyuanxiangbao.com>
!m 发送时间：2024年5月30日 10:12
!m 收件人：销售部全体 <sales@xingyuanxiangbao.com>
!m 抄送：唐晓 <tangxiao@xingyuanxiangbao.com>
!m 主题：转发：关于定制客房展示衣箱的商洽函.docx
!a 大家看下附件，周五前给报价意见。
!m ---------- 转发邮件 ----------
!m 附件：关于定制客房展示衣箱的商洽函.docx（22KB）
{T}
{BODY}
!m --
!m 酂湖湖畔酒店采购中心　窦曼青
!d 此邮件可能包含保密信息，若误收请告知发件人并删除。
""",
        indent="",
        body="""
酂湖行远箱包有限公司：
我酒店计划于7月完成全部客房的软装升级，拟在每间客房配置一只复古样式的展示衣箱，兼作行李架使用，共需186只。经了解，贵公司生产的铝框复古衣箱造型和质量符合我方要求，现就定制事宜商洽如下：
一、衣箱外形尺寸为60厘米×40厘米×25厘米，箱面印酒店标志，颜色以样品为准。
二、请贵公司于6月10日前提供报价及打样周期，样品确认后签订采购合同。
三、交货时间不晚于7月15日，由贵公司负责送货到酒店。
请予函复为盼。
联系人：窦曼青　电话：0736-8399012
酂湖湖畔酒店有限公司
2024年5月28日
抄送：酒店工程部、财务部
""",
    ),
]

"""holdout151, part F: pickled peppers (泡椒) — brine workshops, jar makers, spot checks.
Invented text (sites, places, people, numbers); written by hand case by case, see ../README.md
and ../build.py."""

CASES = [
    dict(
        slug="fanwenapp-bixia-pepper-speech-html",
        site="笔下生花APP网页版 (invented)",
        style="范文APP",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://m.bixiashenghua.example.com/read/2291408",
        title="在泡椒产业园开园仪式上的致辞",
        record_title="在泡椒产业园开园仪式上的致辞｜笔下生花",
        date="2025-06-18",
        notes="writing-app web view: open-app banner, AI-polish button glued after a paragraph; date under the speech title; speaker line neutral",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>在泡椒产业园开园仪式上的致辞｜笔下生花</title></head><body>
<div class="app-banner">⟦a 打开笔下生花APP，海量范文随心改⟧</div>
<h1>{T}</h1>
<p class="sub">（2025年6月18日）</p>
<p class="sub">椒江县人民政府县长　龙泽平</p>
{BODY}
<div class="more">⟦l 猜你想写：开工仪式致辞 | 签约仪式讲话⟧</div>
<div class="bottom">⟦a 复制全文⟧ ⟦a 导出Word⟧ ⟦a 分享给好友⟧</div>
</body></html>
""",
        body="""
尊敬的各位来宾，同志们、朋友们：
今天，椒江泡椒产业园正式开园了，我代表县人民政府，向各位来宾表示热烈欢迎！
产业园规划面积1200亩，已入驻泡椒加工、坛罐制造、冷链物流企业17家。⟦a AI润色这一段⟧
我们将当好“店小二”，为入园企业提供全程代办服务。
祝产业园红红火火，祝各位来宾身体健康！
""",
    ),
    dict(
        slug="gkforum-kaoshang-pepper-interview-jammer",
        site="考上了公考论坛 (invented)",
        style="公考论坛",
        genre="面试题",
        kind="other",
        form="html",
        source="https://bbs.kaoshangle.example.com/thread-66210-1-1.html",
        title="面试真题：泡椒企业腌制池污水直排被曝光，你怎么看？",
        record_title="[面试真题] 面试真题：泡椒企业腌制池污水直排被曝光，你怎么看？（附答题思路） - 结构化面试 - 考上了公考论坛",
        date=None,
        notes="exam forum with jammer fonts; 3小时前 relative time no date; reply-to-view prompt",
        junk=dict(lines=1, glued=1),
        page="""
<html><head><meta charset="utf-8"><title>[面试真题] 面试真题：泡椒企业腌制池污水直排被曝光，你怎么看？（附答题思路） - 结构化面试 - 考上了公考论坛</title></head><body>
<div id="hd">⟦m 考上了公考论坛⟧ ⟦a 签到领积分⟧</div>
<div id="pt">⟦m 首页 › 面试交流 › 结构化面试⟧</div>
<h1>⟦t [面试真题] 面试真题：泡椒企业腌制池污水直排被曝光，你怎么看？⟧</h1>
<div class="authi">⟦m 岸上见　发表于 3小时前⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="locked">⟦a 本帖隐藏的参考答案需回复后查看⟧</div>
<div class="rate">⟦l 评分　收藏　分享　支持⟧</div>
</body></html>
""",
        body="""
【题目】某县泡椒企业腌制池高盐污水直排河道被媒体曝光，引发群众不满，对此你怎么看？
【答题思路】首先要肯定媒体监督的作用，指出污水直排损害群众利益。
其次要分析原因，既有企业主体责任缺失，也有监管不到位的问题。
最后提出对策：依法查处、督促整改、帮助企业建设污水处理设施，实现产业发展与环境保护双赢。
""",
    ),
    dict(
        slug="baike-wenda-pepper-brine-text",
        site="问百科 (invented)",
        style="百科问答",
        genre="词条",
        kind="other",
        form="text",
        source="https://www.wenbaike.example.com/wiki/paojiao",
        title="泡椒",
        record_title="泡椒 - 问百科",
        date=None,
        notes="encyclopaedia in text: info lines, edit links; an example date inside a sentence (a century-old shop founding) not taken",
        page="""
!m 问百科 · 开放的知识社区
{T}
!a [编辑]　[收藏]　[纠错]
!m 词条类型：食品　　所属地区：西南地区
{BODY}
!l 相关词条：泡菜　剁椒　野山椒
!m 本词条最近由「辣妹子」修订　浏览 3.4万
!d 本站内容由网友编辑，仅供参考
""",
        body="""
泡椒是将新鲜辣椒用盐水浸泡发酵制成的调味品，口感酸辣脆嫩。
制作泡椒一般选用小米辣、野山椒等品种，用盐水、白酒、花椒等调制泡菜水。
泡椒在西南地区的菜肴中应用广泛，泡椒凤爪、泡椒鱼等都是知名菜品。
椒江县有一家泡椒老字号，据说始创于清光绪年间。
""",
    ),
    dict(
        slug="netdisk-panhe-pepper-hygiene-rules-html",
        site="盘盒云盘 (invented)",
        style="网盘分享",
        genre="制度",
        kind="other",
        form="html",
        source="https://www.panhe.example.com/share/init?surl=Zp81cQ",
        title="泡椒腌制车间卫生管理制度",
        record_title="泡椒腌制车间卫生管理制度.docx",
        date="2025-03-01",
        notes="cloud-drive preview: file-name title, expiry and share stamps no dates; save button; 扫码 article kept; signature date",
        page="""
<html><head><meta charset="utf-8"><title>泡椒腌制车间卫生管理制度.docx</title></head><body>
<div class="hd">⟦m 盘盒云盘⟧ ⟦a 登录⟧ ⟦a 注册⟧</div>
<div class="file">⟦m 泡椒腌制车间卫生管理制度.docx　56.3KB⟧ ⟦m 分享者：椒香*** 　有效期：7天⟧</div>
<div class="btns">⟦a 保存到网盘⟧ ⟦a 普通下载⟧</div>
<div class="preview">
{BODY}
</div>
<div class="ft">⟦d 请勿通过网盘传播违法违规内容⟧</div>
</body></html>
""",
        body="""
第一条　进入腌制车间的人员须穿戴工作服、帽、口罩，经消毒池消毒后方可进入。
第二条　腌制池每批次出料后须清洗消毒，并填写清洗记录。
第三条　每批产品装坛时须贴追溯标签，消费者扫码可查询原料产地和腌制日期。
第四条　本制度自2025年3月1日起执行。
椒江县椒香食品厂
2025年3月1日
""",
    ),
    dict(
        slug="snapshot-chaxun-pepper-spotcheck-text",
        site="查寻快照 (invented)",
        style="搜索快照",
        genre="公告",
        kind="notice",
        form="text",
        source="http://cache.chaxun.example.com/snap?url=jjscjg.example.gov.cn/ccgg/0412.html",
        title="椒江县市场监管局关于2025年第一季度泡椒类食品抽检情况的公告",
        record_title=None,
        date="2025-04-12",
        notes="text-only cache: snapshot stamp not a date; title missing in the record (a heading line); result table; signature date",
        page="""
!d 您查看的是 jjscjg.example.gov.cn/ccgg/0412.html 的网页快照，抓取于 2025-05-30 03:12，可能与当前页面内容不一致。
!a 点击访问原网页
!m 关键词已标亮：泡椒　抽检
椒江县市场监管局关于2025年第一季度泡椒类食品抽检情况的公告
{BODY}
!m 椒江县市场监督管理局　版权所有
""",
        body="""
2025年第一季度，我局对全县生产、销售环节的泡椒类食品开展监督抽检，共抽检样品60批次。
检验项目　不合格批次　不合格原因
防腐剂　2　苯甲酸超标
二氧化硫　1　残留量超标
对抽检不合格的产品，我局已责令相关企业下架召回，并依法立案调查。
椒江县市场监督管理局
2025年4月12日
""",
    ),
    dict(
        slug="print-jiaojiang-pepper-jar-rule-html",
        site="椒江县工信局 打印页 (invented)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="html",
        source="https://gxj.jiaojiang.example.gov.cn/print/33120.html",
        title="关于开展泡椒坛罐生产企业安全检查的通知",
        record_title="打印 - 关于开展泡椒坛罐生产企业安全检查的通知",
        date="2025-05-26",
        notes="print view in HTML: print stamp and URL lines meta, print footer of my own (page), 抄送 kept",
        page="""
<html><head><meta charset="utf-8"><title>打印 - 关于开展泡椒坛罐生产企业安全检查的通知</title><style>@media print{.noprint{display:none}}</style></head><body>
<div class="noprint">⟦a 打印本页⟧ ⟦a 关闭窗口⟧</div>
<div>⟦m 本页网址：https://gxj.jiaojiang.example.gov.cn/zwgk/33120.html⟧</div>
<h2>{T}</h2>
{BODY}
<div class="pf">⟦p ⌈ 1 ∕ 1 ⌋⟧</div>
<div>⟦m 打印日期：2025-06-02⟧</div>
</body></html>
""",
        body="""
各乡镇工业办，各相关企业：
为防范窑炉和粉尘安全风险，县工信局决定于6月对全县泡椒坛罐生产企业开展安全检查。
检查重点为窑炉燃气管道、釉料粉尘收集设施和企业安全制度落实情况。
各企业须于6月10日前完成自查，并将自查报告报县工信局。
抄送：县应急管理局
椒江县工业和信息化局
2025年5月26日
""",
    ),
    dict(
        slug="mail-fw-pepper-export-label-html",
        site="网页邮箱 (invented)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://webmail.example.com/m/read/55120",
        title="关于泡椒出口产品标签整改的函",
        record_title="Fw: 关于泡椒出口产品标签整改的函",
        date="2025-09-09",
        notes="webmail reader: header rows meta, mail's own attachment bar beside the letter's 附件 list (kept), reply/forward toolbar",
        page="""
<html><head><meta charset="utf-8"><title>Fw: 关于泡椒出口产品标签整改的函</title></head><body>
<div class="tb">⟦a 回复⟧ ⟦a 全部回复⟧ ⟦a 转发⟧ ⟦a 删除⟧</div>
<div class="hdr">
<div>⟦t 主题：Fw: 关于泡椒出口产品标签整改的函⟧</div>
<div>⟦m 发件人：外贸部 周蔚 &lt;zhouwei@jiaoxiang.example.com&gt;⟧</div>
<div>⟦m 时间：2025-09-09 15:21⟧</div>
<div>⟦m 收件人：质量部全体⟧</div>
</div>
<div class="mailbody">
{BODY}
</div>
<div class="att">⟦m 附件：标签样稿.pdf (420K)⟧ ⟦a 下载⟧ ⟦a 预览⟧</div>
</body></html>
""",
        body="""
椒香食品厂质量部：
我司近期出口的一批泡椒产品，因标签未标注过敏原信息被进口商退回整改。
请贵部于9月20日前按进口国要求修改标签，补充过敏原和营养成分信息。
附件：1.进口商整改意见
2.标签样稿
椒江县外贸综合服务中心
2025年9月9日
""",
    ),
    dict(
        slug="fanwen-jiaomi-pepper-summary-pages-glued",
        site="椒米范文网 (invented)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.jiaomifw.example.net/zongjie/2025/20418.html",
        title="椒江县泡椒产业协会2025年度工作总结",
        record_title="【精选】椒江县泡椒产业协会2025年度工作总结（通用版）_椒米范文网",
        date="2025-12-30",
        notes="范文 site text with page markers ⸡n⸠ glued; writing-service prompt glued after a sentence; signature date",
        pages=dict(fmt="⸡{n}⸠", every=120, start=2, glue=True),
        page="""
!m 椒米范文网 - 专业的范文写作平台
!m 首页 » 工作总结 » 年度总结
{T}
!a 字号：【大】【中】【小】　　复制本文　　下载文档
{BODY}
!l 本文标签：协会总结　产业协会　年度总结
!l 上一篇：商会年度工作总结　　下一篇：合作社年度工作总结
""",
        body="""
2025年，在县委、县政府的关心支持下，协会围绕“擦亮椒江泡椒品牌”这一目标，扎实开展各项工作。
一是推进标准化生产，制定发布《椒江泡椒团体标准》，会员企业全部按标准组织生产。⟦w 写材料找椒米，客服微信jiaomi_kf⟧
二是开拓市场，组织会员企业参加展会6次，签订合同金额1.2亿元。
三是加强行业自律，开展质量互查两次，发现并整改问题23个。
椒江县泡椒产业协会
2025年12月30日
""",
    ),
    dict(
        slug="gov-jiaojiang-pepper-brine-plan-html",
        site="椒江县人民政府 (invented)",
        style="政府门户",
        genre="方案",
        kind="plan",
        form="html",
        source="https://www.jiaojiang.example.gov.cn/zwgk/fdzdgknr/ghjh/202504/t20250415_7703.html",
        title="椒江县泡椒腌制废水集中处理三年行动方案",
        record_title="椒江县泡椒腌制废水集中处理三年行动方案_规划计划_椒江县人民政府",
        date="2025-04-14",
        date_also=["2025-04-15"],
        notes="county portal: 索引号/成文日期/发布日期 table (成文日期 in chrome equals the document's date), 长辈版 link, document number neutral; decimal headings",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>椒江县泡椒腌制废水集中处理三年行动方案_规划计划_椒江县人民政府</title><script src="/static/common.js"></script></head><body>
<div class="top">⟦m 椒江县人民政府⟧ ⟦a 长辈版⟧ ⟦a 智能问答⟧</div>
<nav>⟦m 首页 政务公开 办事服务 互动交流 数说椒江⟧</nav>
<table class="xxgk"><tr><td>⟦m 索引号：11510422MB1577-2025-00061⟧</td><td>⟦m 主题分类：环境保护⟧</td></tr>
<tr><td>⟦m 成文日期：2025-04-14⟧</td><td>⟦m 发布日期：2025-04-15⟧</td></tr></table>
<h1>{T}</h1>
<p class="wh">椒府办发〔2025〕17号</p>
{BODY}
<div class="fx">⟦l 分享：微信 微博 QQ空间⟧ ⟦a 打印⟧ ⟦a 关闭⟧</div>
<footer>⟦m 椒江县人民政府办公室主办⟧ ⟦m 网站标识码5104220009⟧</footer>
</body></html>
""",
        body="""
1 总体目标
到2027年底，全县泡椒企业腌制废水集中处理率达到100%，高盐废水全部达标排放。
2 重点任务
2.1 建设泡椒产业园高盐废水集中处理站，日处理能力3000吨。
2.2 园区外企业建设预处理设施，经预处理后接入城镇污水管网。
3 保障措施
3.1 县财政每年安排专项资金2000万元，支持废水处理设施建设。
椒江县人民政府办公室
2025年4月14日
""",
    ),
    dict(
        slug="news-jiaojiang-pepper-jar-maker-text",
        site="椒江融媒 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.jjrongmei.example.cn/xw/2025/0722/9031.html",
        title="老窑工的泡菜坛子卖到了全国",
        record_title="老窑工的泡菜坛子卖到了全国",
        date="2025-07-22",
        notes="county media text: news dateline line, photo captions on lines of their own in the body, related list; editor glued after last paragraph",
        page="""
!m 椒江融媒　|　椒江县融媒体中心
!m 首页 > 椒江新闻 > 民生
{T}
!m 2025年07月22日 09:15　椒江融媒记者 邓可欣
{BODY}
!l 热点推荐：椒江县今夏首场防汛演练举行
!a 扫码下载“椒江融媒”客户端
""",
        body="""
在椒江县窑湾村，68岁的老窑工郑守仁每天都要在窑前忙上大半天。
他做的泡菜坛子釉色均匀、坛沿水封严实，是做泡椒的好坛子。
⟦m 郑守仁在给坛坯上釉。邓可欣 摄⟧
前两年，在儿子的帮助下，老郑的坛子上了网店，如今订单来自全国二十多个省份。
老郑说，只要手还能动，这窑火就不会熄。⟦m 编辑：黎朗　审核：胡斌⟧
""",
    ),
    dict(
        slug="wenku-pinpin-pepper-report-oneline-pages",
        site="品品文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://www.pinpinwk.example.com/p-33871209.html",
        title="椒江县泡椒产业发展调研报告",
        record_title="椒江县泡椒产业发展调研报告（可编辑）- 品品文库",
        date=None,
        notes="one-line body cut by page markers 〖n〗; paywall prompt; year only in the body; no date",
        oneline=True,
        indent="　　",
        pages=dict(fmt="〖{n}〗", every=100, start=2, glue=True),
        page="""
!m 品品文库 · 专业文档分享平台
{T}
!m 页数：5　|　大小：38KB　|　评分 4.6
{BODY}
!a 试读已到末页，解锁全文仅需3元
!l 你可能喜欢：泡菜产业调研报告　辣椒种植调研报告
""",
        body="""
椒江县是全省泡椒主产区，2024年全县泡椒加工量达到12万吨，产值28亿元。
调研发现，全县泡椒产业存在原料基地规模小、企业品牌杂、废水处理压力大等问题。
建议加快建设标准化辣椒基地，整合区域公用品牌，推进腌制废水集中处理。
""",
    ),
    dict(
        slug="wechat-jiaoxiang-pepper-recipe-html",
        site="椒香厨房 公众号镜像 (invented)",
        style="公众号镜像",
        genre="文章",
        kind="other",
        form="html",
        source="https://wxmirror.example.net/article/Jx0pQ77a",
        title="泡椒鸡杂，十分钟下饭神器",
        record_title="泡椒鸡杂，十分钟下饭神器",
        date="2025-08-30",
        record_date="2025-08-30",
        notes="WeChat mirror: account and date meta, ad slot between paragraphs, 在看 bar, follow prompt; numbered steps",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>泡椒鸡杂，十分钟下饭神器</title></head><body>
<div class="rich_media_content">
<h1>{T}</h1>
<div class="meta">⟦m 椒香厨房⟧ ⟦m 2025-08-30 11:45⟧</div>
{BODY}
</div>
<div class="ops">⟦a 分享⟧ ⟦a 推荐⟧ ⟦a 在看⟧ ⟦l 留言 36⟧</div>
<div class="follow">⟦a 点击关注「椒香厨房」，每天一道家常菜⟧</div>
</body></html>
""",
        body="""
泡椒鸡杂是一道地道的家常菜，酸辣开胃，特别下饭。
1.鸡胗、鸡心洗净切片，用料酒和少许盐腌十分钟。
⟦a 广告｜椒香泡椒 买二送一 点击进店⟧
2.热锅下油，放入泡椒、泡姜和蒜片炒香。
3.倒入鸡杂大火快炒，加芹菜段翻匀即可出锅。
""",
    ),
]

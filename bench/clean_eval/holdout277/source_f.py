"""holdout277, part F: an exam forum, encyclopaedias, cloud drives, search caches, print views, forwarded mails.

Invented text, sites, places, people, numbers and URLs; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="gkforum-gongkaoquan-interview-bucket-returns-junk",
        site="公考圈论坛 (invented exam forum)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="text",
        source="http://bbs.gongkaoquan.example.com/t-203318.html",
        title="社区助餐点的保温桶总是回收不齐，你怎么办？",
        record_title="〔应变题·上岸冲刺〕社区助餐点的保温桶总是回收不齐，你怎么办？ - 面试交流 - 公考圈",
        date=None,
        notes="an exam forum thread as text: junk lines and junk glued after sentences; a question and a model "
        "answer; '6 天前' is no date; a level line, a reply prompt and a QQ-group ad",
        page="""
!m 公考圈论坛 › 面试交流 › 帖子
!t 〔应变题·上岸冲刺〕社区助餐点的保温桶总是回收不齐，你怎么办？ - 面试交流 - 公考圈
!m 楼主：面试天天练　Lv.7　6 天前
{BODY}
!w 面试一对一模拟点评，私聊QQ 2908141376
!l 1楼　岸上见：第二点的编号办法很实用，借鉴了
!a 回复本帖（需绑定手机号）
""",
        junk=dict(lines=2, glued=2),
        body="""
题目：某社区为独居老人上门送餐，但送出去的保温桶经常回收不齐，影响第二天配餐。如果你是社区工作人员，你怎么办？
参考作答：
首先，我会摸清情况。把近一个月的送餐和回收记录调出来，看看是哪些户、哪些片区回收不齐，再上门问问原因，是老人忘了放门口，还是保温桶被家属拿去用了。
其次，我会完善回收办法。给每只保温桶编号，和老人家庭一一对应；约定固定的回收时间，志愿者送下一餐时顺带收回上一只；对行动不便的老人，由网格员帮助提醒。
最后，我会加强沟通。通过居民群和上门走访，讲清楚保温桶是公共财物，循环使用才能保证大家每天吃上热饭。同时多备一些保温桶，避免因回收不及时影响配餐。
""",
    ),
    dict(
        slug="wiki-wanxiang-entry-roly-poly-h1",
        site="万象知识库 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://www.wanxiangzhi.example.com/wiki/不倒翁",
        title="不倒翁",
        record_title=None,
        date=None,
        notes="no title in the record: the entry's <h1> (a one-word title that is also in the body, matched as "
        "head); edit/discuss/history tabs, an infobox, a contents box, reference markers glued after sentences, "
        "a last-edited stamp (no date)",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>万象知识库</title>
<script src="/w/load.js"></script></head><body>
<div class="wx-top">⟦m 万象知识库 · 自由编写的知识⟧　<a>⟦a 登录后参与编写⟧</a></div>
<div class="tabs">⟦a 词条　讨论　编辑　历史版本⟧</div>
<h1>{T}</h1>
<div class="infobox"><p>⟦m 中文名：不倒翁⟧</p><p>⟦m 类　别：传统玩具⟧</p><p>⟦m 原　理：稳定平衡⟧</p></div>
<div class="toc">⟦l 目录　1 原理　2 历史　3 现代产品⟧</div>
<div class="entry">
{BODY}
</div>
<div class="refs"><h3>⟦l 参考资料⟧</h3><p>⟦l [1] 《民间玩具图说》，旖水出版社⟧</p><p>⟦l [2] 婴幼儿玩具小零件要求的说明⟧</p></div>
<div class="edited">⟦m 本词条最后修订于 2 个月前，累计编辑 41 次⟧</div>
<div class="foot">⟦d 本站文字依照知识共享协议发布，个别内容可能未经核实⟧</div>
</body></html>
""",
        body="""
不倒翁是一种上轻下重、推倒后能自动恢复直立的玩具，多为人物或动物造型。
不倒翁的原理是稳定平衡。它的底部是半球形，内部坠有重物，整体重心很低。当不倒翁被推斜时，重心升高，重力产生使其回正的力矩，于是它左右摇摆几下后重新站直。
中国民间制作不倒翁的历史悠久，唐代已有类似的玩具，称为“酒胡子”，宴饮时用来劝酒。⟦m [1]⟧明清以后，泥塑、纸糊的不倒翁在各地集市上十分常见。
现代的不倒翁多用塑料制成，常见于婴幼儿玩具。供三岁以下儿童使用的不倒翁，不得带有可被吞咽的小零件。⟦m [2]⟧
""",
    ),
    dict(
        slug="wiki-wanxiangku-entry-umbrella-stand-text",
        site="万象知识库 (invented encyclopaedia, text page)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="https://www.wanxiangzhi.example.com/wiki/伞架?print=text",
        title="伞架",
        record_title="伞架 - 词条 - 万象知识库",
        date=None,
        notes="an entry as text: the record's title carries ' - 词条 - site'; an edit-count and update line, a "
        "contents line and a related-entries line",
        page="""
!m 万象知识库
!t 伞架 - 词条 - 万象知识库
!a 编辑词条　｜　收藏　｜　分享词条
!m 浏览 6,408 次　编辑 12 次　更新于昨天
!l 目录：1 分类　2 公共场所　3 选购
{BODY}
!l 相关词条：伞套机　雨伞　玄关柜
!d 词条内容仅供参考，如需专业意见请咨询相关人士
""",
        body="""
伞架是用于插放、悬挂雨伞的架子，常放在住宅玄关、办公楼、商场、医院等场所的入口处。
按材质分，伞架有不锈钢、铁艺、塑料、陶瓷和木质等类型；按形式分，有桶式、格栅式、挂钩式和落地架式。公共场所使用的伞架多带有接水盘，有的配有锁扣，防止雨伞被误拿。
近年来，一些城市在地铁站、政务大厅设置共享伞架，市民扫码即可借伞，还伞时放回任意一处伞架即可。
选购家用伞架时，应注意底部是否防滑、接水盘是否便于清洗，以及与门厅空间是否匹配。
""",
    ),
    dict(
        slug="netdisk-yunxiang-contract-linen-washing-template",
        site="云箱网盘 (invented cloud-drive preview)",
        style="网盘分享",
        genre="合同范本",
        kind="other",
        form="html",
        source="https://pan.yunxiang.example.com/s/1Hq7ZmPzK",
        title="布草洗涤服务合同（范本）",
        record_title="布草洗涤服务合同（范本）.docx",
        date=None,
        notes="file-name title; a contract template with ×× placeholders, ＿＿ blanks, 第N条 articles and "
        "＿＿＿＿年＿＿月＿＿日; a cloud-drive preview with VIP prompts, a share stamp (no date) and an extraction code",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>布草洗涤服务合同（范本）.docx_云箱网盘</title>
<script src="/preview/docx-viewer.js"></script></head><body>
<div class="yx-top">⟦m 云箱网盘⟧　<a>⟦a 登录⟧</a>　<a>⟦a 下载客户端⟧</a></div>
<div class="yx-file"><h2>{T}</h2>
<p>⟦m 布草洗涤服务合同（范本）.docx　23.6KB⟧</p>
<p>⟦m 分享者：布草老周　分享于 2 个月前　有效期：永久⟧</p>
<p>⟦a 保存到我的云箱　普通下载　超级会员极速下载⟧</p></div>
<div class="yx-preview">
{BODY}
</div>
<div class="yx-vip">⟦a 非会员仅可预览前2页，开通超级会员查看全部⟧</div>
<div class="yx-report">⟦a 举报该分享⟧</div>
<div class="yx-foot">⟦d 云箱网盘仅提供存储服务，分享内容由分享者负责，违规内容请举报⟧</div>
</body></html>
""",
        body="""
甲方（委托方）：××酒店
乙方（洗涤方）：××洗涤服务有限公司
第一条　洗涤范围：甲方客房使用的床单、被套、枕套、毛巾、浴巾等布草。
第二条　洗涤价格：床单每件＿＿元，被套每件＿＿元，枕套每只＿＿元，按月结算。
第三条　质量要求：洗涤后的布草应洁净、无异味、无破损，枕套、床单熨烫平整；返洗率不得超过2%。
第四条　交接方式：乙方每日＿＿时上门收取，次日＿＿时前送回，双方当面点数签字。
第五条　违约责任：因乙方原因造成布草丢失、损坏的，按原价赔偿。
第六条　本合同一式两份，甲乙双方各执一份，自双方签字盖章之日起生效。
甲方（盖章）：　　　　乙方（盖章）：
＿＿＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="netdisk-yunxiang-summary-roly-poly-class-pdf-markers",
        site="云箱网盘 (invented, text preview)",
        style="网盘分享",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://pan.yunxiang.example.com/s/1bT4wQe8R",
        title="大班“不倒翁”主题活动总结",
        record_title="大班“不倒翁”主题活动总结.pdf",
        date="2025-06-20",
        notes="file-name title; a PDF preview cut by page markers ✇ 第n页 ✇ on lines of their own; the date under the "
        "signature; save/download row, extraction code and a VIP prompt",
        page="""
!m 云箱网盘 · 文件预览
!t 大班“不倒翁”主题活动总结.pdf
!m 分享者：羿桥小蜗牛　｜　412KB　｜　提取码：w6cq
!a 保存到云箱　｜　下载　｜　举报
{BODY}
!a 预览已结束，超级会员可在线查看全部页面
!d 文件由用户分享，云箱不对内容负责
""",
        pages=dict(fmt="✇ 第{n}页 ✇", every=120, start=2),
        body="""
本学期，大二班围绕“不倒翁”开展了为期四周的主题活动，现总结如下。
一、活动开展情况
第一周，孩子们带来了家里的各种不倒翁，比一比谁的摇得最久；第二周，我们一起拆开一个坏了的不倒翁，发现它的底部藏着一块铁片；第三周，孩子们分组用乒乓球、橡皮泥制作不倒翁，反复调整底部的重量；第四周，举办“不倒翁运动会”，展示作品。
二、幼儿的收获
孩子们通过动手操作，知道了不倒翁“底部重、站得稳”的道理，有的孩子还发现橡皮泥放偏了，不倒翁就会歪着站。活动中，孩子们的合作意识和表达能力都有提高。
三、不足与改进
部分幼儿制作时依赖家长，下次活动将把制作环节放在园内完成。
颀山县羿桥镇中心幼儿园大二班
2025年6月20日
""",
    ),
    dict(
        slug="snapshot-shiguang-metro-umbrella-stands",
        site="拾光搜索网页快照 of 斓州轨道交通 (invented)",
        style="搜索快照",
        genre="公告",
        kind="notice",
        form="html",
        source="http://kuaizhao.shiguang-so.example.com/c?u=lzmetro-2025-0528-notice",
        title="关于雨天在各车站增设伞架和伞套机的公告",
        record_title="关于雨天在各车站增设伞架和伞套机的公告_斓州轨道交通 - 拾光搜索·网页快照",
        date="2025-05-28",
        notes="a snapshot frame: a capture banner with the snapshot's date (no date), a highlighted-keywords line, "
        "the original site's header and footer inside; the notice's date under the signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于雨天在各车站增设伞架和伞套机的公告_斓州轨道交通 - 拾光搜索·网页快照</title>
<script>var sgCache={ts:"20250603"};</script></head><body>
<div class="sg-banner">⟦d 拾光搜索为您保存了该网页于2025年6月3日的副本，原网页可能已经变化，点此查看最新内容⟧</div>
<div class="sg-kw">⟦d 以下关键词已用颜色标出：伞架　伞套机⟧</div>
<div class="orig">
<div class="m-head">⟦m 斓州轨道交通　Lanzhou Metro⟧　⟦m 乘客服务热线：0734-96060⟧</div>
<div class="m-nav">⟦m 首页 | 乘客服务 | 运营公告 | 线网图⟧</div>
<h2>{T}</h2>
<div class="m-date">⟦m 来源：运营分公司　点击量：7712⟧</div>
<div class="m-body">
{BODY}
</div>
<div class="m-foot">⟦m 斓州市轨道交通运营有限公司 版权所有⟧</div>
</div>
</body></html>
""",
        body="""
各位乘客：
进入雨季，为减少雨水带入车站造成地面湿滑，自2025年6月1日起，我公司在全线网28座车站的出入口增设伞架和伞套机，现将有关事项公告如下：
一、乘客进站前，请将雨伞收拢，在伞套机处取用伞套，或将雨伞暂放在出入口伞架上。
二、伞架仅供临时放置，请乘客出站时及时取回，车站不负责保管。
三、车站工作人员将在雨天加密站厅巡查和地面清洁，请乘客注意脚下安全，不在站内奔跑。
感谢广大乘客的理解和配合。
斓州市轨道交通运营有限公司
2025年5月28日
""",
    ),
    dict(
        slug="snapshot-textcache-letter-nursing-home-buckets",
        site="拾光搜索纯文字快照 of 薰岭县民政局 (invented)",
        style="搜索快照",
        genre="函",
        kind="letter",
        form="text",
        source="http://cache.shiguang-so.example.com/text?u=mzj.xunling.example.gov.cn/tzgg/1106.html",
        title="关于协助开展敬老院送餐保温桶卫生检测的函",
        date="2025-11-05",
        notes="title given by the record as is; a text-only cache: a text-only note, a capture time (no date) and "
        "the original URL on top; the letter's own 联系人/电话; the date under the signature",
        page="""
!d 本页为纯文本快照，图片和样式已去除
!m 快照时间：2025-11-20 03:14:51
!m 原始网址：http://mzj.xunling.example.gov.cn/tzgg/1106.html
!m 薰岭县民政局 > 通知公告
{T}
{BODY}
!m 薰岭县民政局主办　地址：薰岭县颀山路12号
""",
        body="""
薰岭县疾病预防控制中心：
我局在全县敬老院冬季安全检查中发现，部分敬老院送餐保温桶清洗不彻底，内胆有残渣和异味。为保障入住老人饮食安全，拟请贵中心协助对全县14所敬老院的送餐保温桶开展一次卫生检测，主要检测大肠菌群和表面清洁度。
检测时间建议安排在11月中下旬，检测费用由我局承担。检测结果请反馈我局养老服务股。
联系人：闻素琴，电话：0819-3356207。
特此函达。
薰岭县民政局
2025年11月5日
""",
    ),
    dict(
        slug="print-lanzhou-samr-bulletin-cat-litter-checks",
        site="斓州市市场监督管理局 (invented, print view)",
        style="打印页",
        genre="通报",
        kind="notice",
        form="html",
        source="http://scjgj.lanzhou.example.gov.cn/print.jsp?id=20250812007",
        title="关于2025年猫砂产品质量监督抽查结果的通报",
        record_title="〔打印存档〕关于2025年猫砂产品质量监督抽查结果的通报",
        date="2025-08-12",
        notes="a print view calling window.print(): a print/close row, a print-time stamp (no date), the page's "
        "address, a table of failed products; the print footer 第1页 ☂ 共1页 closes the page",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〔打印存档〕关于2025年猫砂产品质量监督抽查结果的通报</title>
<script>window.onload=function(){window.print();}</script>
<style>@media print{.noprint{display:none}}</style></head><body>
<div class="noprint">⟦a 【立即打印】　【关闭本窗口】⟧</div>
<div class="p-head">⟦m 斓州市市场监督管理局　打印时间：2025-08-19 15:02⟧</div>
<h2>{T}</h2>
<div class="p-body">
{BODY}
</div>
<div class="p-url">⟦m 本页地址：http://scjgj.lanzhou.example.gov.cn/art/2025/8/12/art_3306.html⟧</div>
<div class="p-foot">⟦p 第1页 ☂ 共1页⟧</div>
</body></html>
""",
        body="""
各县（区）市场监督管理局，局机关有关科室：
根据年度监督抽查计划，市局于6月至7月组织对全市电商平台和实体门店销售的猫砂产品开展了质量监督抽查，共抽查30批次，其中合格26批次，不合格4批次。不合格产品情况如下：
产品名称　标称生产企业　不合格项目
膨润土猫砂　旖水某矿产品公司　粉尘含量
豆腐猫砂　衽口某宠物用品厂　结团强度
混合猫砂　某电商店铺（无厂名）　标签标识
水晶猫砂　缡溪某硅胶制品厂　粉尘含量
对上述不合格产品，请各地依法督促生产、销售单位下架、召回，并于9月15日前将核查处置情况报市局产品质量安全监督管理科。
斓州市市场监督管理局
2025年8月12日
""",
    ),
    dict(
        slug="print-yunqi-hotel-plan-pillowcase-decimal",
        site="衾湖云栖酒店管理系统 (invented, print view)",
        style="打印页",
        genre="方案",
        kind="plan",
        form="text",
        source="http://ehr.yunqi-hotel.example.com/doc/print/2025-0701-07",
        title="客房布草（枕套）更换与送洗工作方案",
        record_title="〔打印页〕客房布草（枕套）更换与送洗工作方案",
        date="2025-07-01",
        notes="a hotel system's print view as text: decimal headings 1.1–3.2; a print header with the printing user "
        "and time (no date); the print footer ⛱ 第1页／共1页 ⛱ closes the page",
        page="""
!m 衾湖云栖酒店 · 文件打印
!m 打印人：客房部 邱澜　打印时间：2025-07-03 10:40
!t 〔打印页〕客房布草（枕套）更换与送洗工作方案
{BODY}
!d 酒店内部文件，请勿外传
!p ⛱ 第1页／共1页 ⛱
""",
        body="""
为统一全店客房枕套更换和送洗标准，提高客人满意度，制定本方案。
1 适用范围
1.1 本方案适用于酒店全部186间客房及行政楼层。
1.2 床单、被套的更换参照本方案执行。
2 更换标准
2.1 住客房间枕套每日更换，续住客人选择“环保住宿”的，每三日更换一次。
2.2 枕套有污渍、毛发、破损的，无论是否到期，立即更换。
3 送洗要求
3.1 换下的枕套装入专用布草袋，每袋不超过50只，袋口标明楼层和数量。
3.2 送洗和收回均须双人点数，填写《布草交接单》。
4 检查考核
客房部经理每周抽查两个楼层，检查结果纳入楼层领班月度考核。
衾湖云栖酒店客房部
2025年7月1日
""",
    ),
    dict(
        slug="mail-jcyz-letter-buckets-webmail-attachment",
        site="衿川教育邮箱 (invented webmail reading view)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.jcedu.example.cn/read?mid=ZC2503041026",
        title="关于订购学生餐保温桶的函",
        record_title="转发邮件｜关于订购学生餐保温桶的函 - 衿川教育邮箱",
        date="2025-03-03",
        date_also=["2025-03-04"],
        notes="a webmail reading view: action row, mail headers (a 抄送 header beside the letter's own 抄送 line), "
        "a forwarded-mail separator, an attachment bar beside the letter's 附件 list; the mail's send date "
        "differs from the letter's date; the letter's own 联系人/电话/邮箱",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>转发邮件｜关于订购学生餐保温桶的函 - 衿川教育邮箱</title>
<script src="/webmail/js/read.js"></script></head><body>
<div class="wm-top">⟦m 衿川教育邮箱⟧　⟦m hqc@jcyz.example.cn⟧　<a>⟦a 退出⟧</a></div>
<div class="wm-tools">⟦a 回复　回复全部　转发　删除　标记为未读⟧</div>
<div class="wm-head">
<p>⟦m 主　题：转发：关于订购学生餐保温桶的函⟧</p>
<p>⟦m 发件人：后勤处 郑一鸣 &lt;hqc@jcyz.example.cn&gt;⟧</p>
<p>⟦m 收件人：sales@hengnuan-kitchen.example.com⟧</p>
<p>⟦m 抄　送：钱芷若 &lt;zongwu@jcyz.example.cn&gt;⟧</p>
<p>⟦m 时　间：2025年3月4日(星期二) 上午10:26⟧</p></div>
<div class="wm-body">
<p>⟦m ---------- 转发的邮件 ----------⟧</p>
<h3>{T}</h3>
{BODY}
</div>
<div class="wm-attach">⟦a 附件（2 个）　规格确认单.docx (18K)　送货验收单.xlsx (11K)　全部打包下载⟧</div>
<div class="wm-foot">⟦d 本邮件系统由衿川县教育信息中心维护，请勿通过邮件传送涉密信息⟧</div>
</body></html>
""",
        body="""
缡溪恒暖厨具有限公司：
我校今年秋季起为走读学生提供午餐配送，需订购双层不锈钢保温桶60只。经比较，拟选用贵公司生产的HN-12型保温桶（12升），现将有关事项函告如下：
一、数量及价格：60只，单价按贵公司报价每只398元，合计23880元。
二、交货时间及地点：2025年3月20日前送至我校后勤处，验收合格后15个工作日内付款。
三、质量要求：产品须附食品接触材料检测报告，质保期一年。
请贵公司收函后确认并回复。联系人：钱芷若，电话：0831-6613092，邮箱：zongwu@jcyz.example.cn。
附件：1.保温桶规格确认单
2.送货验收单（样式）
衿川县第一中学
2025年3月3日
抄送：衿川县教育局计财股
""",
    ),
    dict(
        slug="mail-yishui-forward-roly-poly-toy-check",
        site="旖水县教育系统邮件平台 (invented, mail as text)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mailto:xqjy@yishui-edu.example.cn?msg=20250925-0841",
        title="关于开展婴幼儿不倒翁类玩具质量安全排查的通知",
        record_title="【转发】关于开展婴幼儿不倒翁类玩具质量安全排查的通知（请各园查收）",
        record_date="2025-09-24",
        date="2025-09-24",
        notes="a forwarded notice as mail text: the date from the record (also under the signature; the mail's send "
        "date differs); mail headers, a forwarder's note (neutral), the document's title line repeated, a 抄送 "
        "line after the signature, an attachment line and a platform notice",
        page="""
!m 发件人：旖水县教育体育局学前教育股 <xqjy@yishui-edu.example.cn>
!m 发送时间：2025年9月25日 星期四 08:41
!m 收件人：各幼儿园园长
!t 主题：【转发】关于开展婴幼儿不倒翁类玩具质量安全排查的通知（请各园查收）
各位园长：请查收以下通知，按时报送。
!m ——— 原始邮件 ———
{T}
{BODY}
!a 附件：不倒翁类玩具排查登记表.xlsx（15KB）　预览　下载
!d 此邮件由县教育系统邮件平台发出，请勿直接回复
""",
        body="""
各幼儿园：
近期，市市场监督管理局发布消费提示，部分不倒翁类婴幼儿玩具存在铃铛、装饰件易脱落等安全隐患。为切实保障幼儿安全，现就开展玩具质量安全排查有关事项通知如下：
一、各园于10月10日前，对班级、活动室和户外场地的不倒翁类玩具逐件检查，重点查看铃铛、眼睛、帽子等小零件是否牢固。
二、发现零件松动、外壳破裂的，立即停止使用并登记；无厂名厂址、无合格证的玩具一律下架。
三、排查情况填写附件表格，于10月12日前报送县教育体育局学前教育股。
旖水县教育体育局办公室
2025年9月24日
抄送：县市场监督管理局
""",
    ),
]

"""holdout358, part F: exam forums, encyclopaedias, cloud drives, search caches, print views, mail.

Invented text, written by hand for this part (see ../README.md and ../build.py for the markup).
"""

CASES = [
    # ------------------------------------------------------------------ 公考论坛 (HTML, jammer fonts)
    dict(
        slug="examforum-shangan-essay-blotting-paper-jammer",
        site="上岸驿站论坛 (invented exam forum)",
        style="公考论坛",
        genre="申论文章",
        kind="other",
        form="html",
        source="https://bbs.shanganyizhan.com/thread-883107-1-1.html",
        title="守住食品安全的“最后一张纸”",
        record_title="[申论周练·第14期] 守住食品安全的“最后一张纸”（第三稿，求拍砖）- 申论写作 - 上岸驿站论坛",
        date=None,
        notes="exam forum: reply-to-see prompt, rating row, a QQ-group ad, jammer-font junk; an essay without a date; "
        "the post time relative",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>[申论周练·第14期] 守住食品安全的“最后一张纸”（第三稿，求拍砖）- 申论写作 - 上岸驿站论坛</title>
<style>.jammer{position:absolute;left:-9999px}</style>
</head>
<body>
<div class="sa-top">⟦m 上岸驿站论坛⟧ <span>⟦m 陪你走完备考的每一站⟧</span> <a href="/login">⟦a 驿站登入⟧</a> <a href="/reg">⟦a 注册驿站通行证⟧</a></div>
<div class="sa-nav">⟦m 上岸驿站 › 申论区 › 申论写作⟧</div>
<div class="sa-thread">
<h1>{T}</h1>
<div class="sa-author">⟦m 楼主：一只想上岸的鱼　　积分 880　　发表于 2 天前⟧</div>
<div class="sa-msg">
{BODY}
</div>
<div class="sa-rate">⟦m 评分人数 5　驿站币 +15　理由：思路清晰⟧</div>
<div class="sa-hide">⟦a 本帖另有批改意见，回复后可见⟧</div>
<div class="sa-sign">⟦w 申论批改互助群：QQ群 782 116 509，满员请加二群⟧</div>
</div>
<div class="sa-replies"><p>⟦l 2楼 咸鱼翻身中：结尾可以再升华一下⟧</p><p>⟦l 3楼 申论小白：分论点很清楚，收藏了⟧</p></div>
<div class="sa-foot">⟦m 上岸驿站论坛　Powered by Discuz! X3.5　京ICP备20013378号⟧</div>
</body>
</html>
""",
        junk=dict(lines=1, glued=3),
        body="""
一张吸油纸，薄得几乎没有分量。炸好的油条、鸡排出锅，在它上面停留不过几十秒，就被端上了餐桌。可正是这几十秒，决定了我们吃进嘴里的，是干净的食物，还是迁移过来的荧光物质和油墨。
守住“最后一张纸”，需要经营者的自觉。不少小吃店图便宜，拿餐巾纸、打印纸代替食品级吸油纸，以为“都是纸，没区别”。这种想法，恰恰是食品安全意识淡薄的表现。
守住“最后一张纸”，需要监管的精细。食品接触用纸品类繁多、单价低，很容易成为监管的盲区。把吸油纸纳入抽检计划，把进货查验落实到每一家门店，监管才能真正延伸到餐桌。
守住“最后一张纸”，也需要消费者的关注。多问一句“这是什么纸”，就是对自己健康负责。
食品安全没有小事。从一张纸做起，才能让群众吃得放心。
""",
    ),
    # ------------------------------------------------------------------ 公考论坛 (text, junk)
    dict(
        slug="examforum-mianba-interview-balance-board-fall-junk",
        site="面霸社区 (invented exam forum)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="text",
        source="http://www.mianbashequ.com/thread/55219",
        title="社区老人练平衡板摔伤，家属到社区讨说法，你怎么处理？",
        record_title="【结构化真题·突发应对】社区老人练平衡板摔伤，家属到社区讨说法，你怎么处理？（三步作答法）",
        date=None,
        notes="exam forum in text: the question and an answer label under the title (neutral); junk lines and glued junk; a reply-to-see line, a paid-course ad; an interview "
        "answer without a date; relative times",
        page="""
!m 面霸社区 · 公考面试交流
!m 面试交流 » 结构化面试 » 每日一练
!t 【结构化真题·突发应对】社区老人练平衡板摔伤，家属到社区讨说法，你怎么处理？（三步作答法）
!m 楼主 面试官老纪　　3 小时前　　阅读 1,035
题目：你是社区工作人员，社区组织的平衡板防跌倒训练中，一位老人摔伤了手腕，家属情绪激动，到社区讨说法。你怎么处理？
【参考作答】
{BODY}
!a 回复本帖，查看考官点评
!w 想一对一模拟面试？私信老纪，报名“面霸冲刺营”
!l 1楼 小满上岸：第三点想得很周到
!l 2楼 阿澈：我会先问清楚当时的保护措施
!m 面霸社区 © 2018-2025
""",
        junk=dict(lines=2, glued=2),
        body="""
老人在社区组织的活动中受伤，家属着急、生气都可以理解。我会本着以人为本、依法依规的原则妥善处理。
第一，先安抚，再沟通。我会把家属请到接待室坐下，倒杯水，诚恳地表示关心和歉意，耐心听他们把话说完，不争辩、不推诿。
第二，先救治，再调查。了解老人的伤情和治疗情况，如需住院，协调社区医生和志愿者帮忙照顾。同时调取训练现场的记录，向治疗师和陪护志愿者了解事发经过。
第三，依规处理，给出答复。如果是社区组织保护不到位，要主动承担责任，协助办理活动保险理赔；如果另有原因，也要把情况向家属讲清楚。
第四，举一反三。事后完善训练安全措施，比如增加一对一陪护、训练前做健康评估，避免类似情况再次发生。
""",
    ),
    # ------------------------------------------------------------------ 百科问答 (HTML, entry)
    dict(
        slug="wiki-zhiwu-entry-seam-ripper",
        site="知物百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://baike.zhiwu.net/item/拆线器/20117",
        title="拆线器",
        record_title="拆线器（缝纫辅助工具）_知物百科",
        date=None,
        notes="encyclopaedia: 阅读/编辑/讨论/历史 tabs, infobox, contents box, reference markers glued, an 'edit this "
        "section' link; the entry's name opens the body (title label matched as head); no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>拆线器（缝纫辅助工具）_知物百科</title>
<link rel="stylesheet" href="https://s.zhiwu.net/baike/item.css">
<script src="https://s.zhiwu.net/baike/item.js"></script>
</head>
<body>
<div class="bk-top">⟦m 知物百科⟧ <span>⟦m 认识身边的每一件东西⟧</span> <input placeholder="搜索词条"> <a>⟦a 进入词条⟧</a></div>
<div class="bk-tabs">⟦a 阅读⟧ ⟦a 编辑词条⟧ ⟦a 讨论区⟧ ⟦a 历史版本⟧</div>
<h1>{T}</h1>
<div class="bk-sub">⟦m 缝纫辅助工具⟧</div>
<table class="bk-info">
<tr><td>⟦m 中文名⟧</td><td>⟦m 拆线器⟧</td></tr>
<tr><td>⟦m 外文名⟧</td><td>⟦m seam ripper⟧</td></tr>
<tr><td>⟦m 别　名⟧</td><td>⟦m 拆线刀、挑线器⟧</td></tr>
<tr><td>⟦m 用　途⟧</td><td>⟦m 拆除缝线、开扣眼⟧</td></tr>
</table>
<div class="bk-toc">⟦l 目录：1 结构　2 使用方法　3 注意事项⟧</div>
<div class="bk-content">
{BODY}
</div>
<div class="bk-ref"><h4>⟦l 参考资料⟧</h4><p>⟦l [1] 《服装缝制工艺基础》，衔州纺织出版社⟧</p><p>⟦l [2] 《家庭缝纫一本通》，藩原科技出版社⟧</p></div>
<div class="bk-stat">⟦m 浏览次数：18,442　　编辑次数：9⟧</div>
<div class="bk-foot">⟦d 知物百科词条内容由网友协作编辑，仅供参考。⟧ ⟦m ©2025 zhiwu.net⟧</div>
</body>
</html>
""",
        body="""
拆线器是一种用于拆除缝线的手工缝纫工具，也可用于切开扣眼，是家庭缝纫和服装制作中常用的辅助工具。⟦l [1]⟧
结构⟦a ✎ 编辑本节⟧
拆线器由手柄和金属叉头组成。叉头前端分为一长一短两个尖，两尖之间的弯曲部分开有刃口。短尖上通常套有一个小塑料球，用来保护布料，防止挑线时刺破面料。
使用方法
拆除一段缝线时，可将长尖从线迹下方穿过，向前推动，刃口即可割断缝线。拆除较长的线迹时，一般每隔几针挑断一针，再从布料反面抽出底线，这样既快又不易伤布。⟦l [2]⟧
注意事项
拆线器刃口锋利，使用时刀口应朝向身体外侧；用毕应套上保护帽，放在儿童够不到的地方。
""",
    ),
    # ------------------------------------------------------------------ 百科问答 (text, entry)
    dict(
        slug="wiki-wuming-entry-shoe-buckle",
        site="物名百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="http://www.wumingbaike.com/wiki/鞋扣",
        title="鞋扣",
        record_title="鞋扣（鞋类配件）- 物名百科",
        date=None,
        notes="encyclopaedia entry as text: tabs line, infobox lines, contents line, glued reference markers; the entry's "
        "name opens the body; no date",
        page="""
!m 物名百科 — 开放的物品百科全书
!a 查看　｜　修订　｜　讨论　｜　版本记录
{T}
!m 鞋类配件
!m 中文名称：鞋扣　　英文名称：shoe buckle　　材质：金属、塑料、皮革等
!l 目录　1 种类　2 安全要求　3 保养
{BODY}
!l 参考文献：［注1］衔州市鞋业质量检测中心．童鞋配件检验手册．
!m 本词条最后修订于 5 天前　　浏览 6,097 次
!d 物名百科内容以知识共享协议发布，转载请保留词条链接。
""",
        indent="",
        body="""
鞋扣是用于固定鞋帮、调节松紧或起装饰作用的鞋类配件，常见于凉鞋、童鞋、皮鞋和雪地靴等。⟦l ［注1］⟧
种类
按功能可分为功能扣和装饰扣。功能扣包括针扣、插扣、按扣等，用来系紧鞋带或鞋襻；装饰扣主要起美观作用，有金属片、水钻、塑料小花等形式。
安全要求
童鞋上的鞋扣应当牢固，不易被儿童扯下。按照相关标准，鞋扣需要进行拉脱力测试。金属鞋扣还应控制镍释放量，以免引起皮肤过敏。
保养
金属鞋扣沾水后应及时擦干，防止生锈；鞋扣松动的，应尽早缝牢或更换。
""",
    ),
    # ------------------------------------------------------------------ 网盘分享 (HTML, marker paragraphs)
    dict(
        slug="netdisk-sushu-balance-board-check-points-pdf",
        site="粟盘网盘 (invented cloud drive)",
        style="网盘分享",
        genre="工作要点",
        kind="other",
        form="html",
        source="https://pan.sushupan.com/s/1Qx7Yk2mB9",
        title="幼儿园平衡板安装与日常检查要点",
        record_title="幼儿园平衡板安装与日常检查要点.pdf",
        date=None,
        notes="cloud-drive preview: file-name title; marker paragraphs ⛥ 第n页 ⛥ cut sentences; save/download buttons "
        "and VIP speed prompts; share-expiry stamp is no date; technical points with decimal headings 1–3.1, without a date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>幼儿园平衡板安装与日常检查要点.pdf_免费高速下载|粟盘网盘</title>
<link rel="stylesheet" href="//static.sushupan.com/share/preview.css">
<script src="//static.sushupan.com/share/preview.js"></script>
</head>
<body>
<div class="sp-head"><a href="/">⟦m 粟盘网盘⟧</a> <span>⟦m 粒粒存好，随取随用⟧</span> <a href="/login">⟦a 登录粟盘⟧</a></div>
<div class="sp-file">
<h2>{T}</h2>
<p>⟦m 分享者：幼教资料铺　　大小：1.3MB　　分享于 2 个月前　　有效期：永久⟧</p>
<p><button>⟦a 保存到我的粟盘⟧</button> <button>⟦a 普通下载⟧</button> <button>⟦a 超级会员极速下载⟧</button></p>
</div>
<div class="sp-preview">
{BODY}
</div>
<div class="sp-vip">⟦a 预览仅显示前3页，开通粟盘超级会员预览全文⟧</div>
<div class="sp-more"><h4>⟦l 该分享者的其他文件⟧</h4><p>⟦l 户外游戏场地安全自查表.xlsx⟧</p><p>⟦l 体能器材采购清单（模板）.docx⟧</p></div>
<div class="sp-foot">⟦d 请勿分享违法违规内容，粟盘有权对违规文件进行处理。⟧ ⟦m 粟盘 ©2025　粤ICP备21093377号⟧</div>
</body>
</html>
""",
        p_html='<div class="sp-page-line">{}</div>',
        pages=dict(fmt="⛥ 第{n}页 ⛥", every=95, start=2),
        body="""
1　安装要点
1.1　平衡板应安装在平整的室内地面或塑胶场地上，周围1.5米内不得有桌椅、墙角等硬物。
1.2　板面离地高度不超过15厘米，板下和四周铺设厚度不少于5厘米的防护软垫。
1.3　摇摆式平衡板的摆动角度应限制在15度以内，底座要有防滑垫。
2　日常检查要点
2.1　每天使用前，由当班教师检查板面有无开裂、毛刺、翘起，连接件有无松动。
2.2　每周由保育员用温水擦拭板面，保持干燥，防止发霉打滑。
2.3　每月由后勤人员检查一次底座和防滑垫，发现老化及时更换，并做好记录。
3　使用要求
3.1　同一块平衡板一次只允许一名幼儿使用，教师必须在旁保护，不得让幼儿在板上跳跃或追逐。
""",
    ),
    # ------------------------------------------------------------------ 网盘分享 (text, contract template)
    dict(
        slug="netdisk-panta-contract-template-balance-boards-docx",
        site="盘它云分享 (invented cloud drive)",
        style="网盘分享",
        genre="合同范本",
        kind="other",
        form="text",
        source="https://www.pantayun.cn/share/f/8Hc2wQ",
        title="幼儿平衡板采购合同（范本）",
        record_title="幼儿平衡板采购合同（范本）.docx",
        date=None,
        notes="cloud-drive text preview: file-name title; a contract template with ×× placeholders, ＿＿ blanks and "
        "＿＿＿＿年＿＿月＿＿日 (no date); 第N条 articles; share stamps no dates",
        page="""
!m 盘它云分享　｜　文件预览
{T}
!m 文件大小：24.8KB　　分享时间：昨天 16:42　　提取次数：57
!a 转存到我的云盘　　下载（非会员限速 100KB/s）
!a 开通盘它会员，下载不限速
{BODY}
!a —— 预览已结束，转存后可查看完整文档 ——
!l 猜你喜欢：幼儿园教玩具采购合同.docx　体育器材维修保养协议.doc
!d 盘它云分享仅提供网络存储服务，文件内容由用户上传并负责。
""",
        indent="",
        body="""
甲方（采购方）：××幼儿园
乙方（供货方）：××体育用品有限公司
根据《中华人民共和国民法典》及有关规定，甲乙双方就甲方向乙方采购幼儿平衡板事宜，经协商一致，订立本合同。
第一条　货物名称、规格和数量：木质摇摆平衡板＿＿块，直线平衡板＿＿块，配套防护软垫＿＿张，具体规格见附件清单。
第二条　合同金额：人民币＿＿＿＿元（大写：＿＿＿＿＿＿）。
第三条　质量要求：货物应当符合国家有关儿童用品安全标准，板面光滑无毛刺，乙方随货提供产品检验报告。
第四条　交货时间和地点：乙方应于合同签订后＿＿日内将货物送至甲方指定地点，并负责安装调试。
第五条　质保期：自验收合格之日起＿＿年，质保期内非人为损坏的，乙方免费维修或更换。
第六条　本合同一式两份，甲乙双方各执一份，自双方签字盖章之日起生效。
甲方（盖章）：　　　　　　乙方（盖章）：
代表人签字：＿＿＿＿　　　代表人签字：＿＿＿＿
签订日期：＿＿＿＿年＿＿月＿＿日
""",
    ),
    # ------------------------------------------------------------------ 搜索快照 (HTML)
    dict(
        slug="snapshot-tuzhi-school-bow-tie-loan-notice",
        site="途知搜索 (invented search engine; its page cache)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="https://cache.tuzhi.com/c?u=http%3A%2F%2Fwww.mcsyxx.cn%2Ftz%2F1009.html&t=领结",
        title="关于校园艺术节演出借用领结的通知",
        record_title="关于校园艺术节演出借用领结的通知 — 途知搜索·页面存档",
        date="2025-10-09",
        notes="search-cache frame: capture banner and highlighted terms; the school's own 联系人/电话 beside the school "
        "office's line; a borrowing table; 成文日期 under the signature; capture stamp is no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>关于校园艺术节演出借用领结的通知 — 途知搜索·页面存档</title>
<style>.tz-hl{background:#ffec8b}</style>
</head>
<body>
<div class="tz-banner">
<p>⟦d 这是途知搜索保存的页面存档，抓取于 2025-10-14 03:12，原网页可能已经变化。⟧</p>
<p>⟦a 访问原网页⟧ ⟦a 纯文本版本⟧</p>
<p>⟦m 以下搜索词已高亮：领结 借用 艺术节⟧</p>
</div>
<div class="orig">
<div class="sx-head">⟦m 蒙川县实验小学⟧ <span>⟦m 求真　向善　尚美⟧</span></div>
<div class="sx-nav">⟦m 学校首页⟧ ⟦m 校务公开⟧ ⟦m 德育天地⟧ ⟦m 家校共育⟧</div>
<h2>{T}</h2>
<div class="sx-info">⟦m 发布：大队部　　点击：1,120⟧</div>
<div class="sx-body">
{BODY}
</div>
<div class="sx-foot">⟦m 蒙川县实验小学　校长室电话：0577-6519 0801⟧　⟦m 浙ICP备09018836号⟧</div>
</div>
</body>
</html>
""",
        body="""
各班班主任：
第十二届校园艺术节文艺汇演定于10月24日举行。为减轻家长负担，学校统一采购了一批演出用领结，供各班合唱、朗诵节目借用。现将借用事项通知如下。
一、可借数量
领结颜色　数量
红色　120只
黑色　80只
二、借用办法。各班于10月20日前填写借用登记表，由班主任到大队部领取，演出结束后三天内清点归还。
三、注意事项。领结为松紧带款式，请提醒学生不要用力拉扯；如有损坏，请在归还时说明，不需要家长赔偿。
联系人：大队部　尤老师，电话：0577-6519 0836。
蒙川县实验小学大队部
2025年10月9日
""",
    ),
    # ------------------------------------------------------------------ 搜索快照 (text, one line)
    dict(
        slug="snapshot-quewen-letter-buckle-comparison-oneline",
        site="鹊闻搜索 (invented search engine; its text-only cache)",
        style="搜索快照",
        genre="函",
        kind="letter",
        form="text",
        source="http://kz.quewen.cn/text?id=77c1e0b4&q=鞋扣+比对试验",
        title="关于协助开展童鞋鞋扣拉脱力比对试验的函",
        record_title="〔纯文字存档〕关于协助开展童鞋鞋扣拉脱力比对试验的函_鹊闻",
        date="2025-06-30",
        notes="a text-only cache with the letter on one line; capture banner; the letter's own contact and mailbox; "
        "成文日期 in Chinese numerals",
        page="""
!d 鹊闻文字快照：本页为网页文字存档，保存于 2025-07-22，与原网页内容可能不一致。
!a 查看原始网页　｜　查看带图快照
!m 您查询的关键词：鞋扣　比对试验
!t 〔纯文字存档〕关于协助开展童鞋鞋扣拉脱力比对试验的函
{BODY}
!m 原网页：http://www.xzxieye.org.cn/tzgg/2025/0701/681.html
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
衔州市鞋业质量检测中心：
为落实《关于加强童鞋鞋扣安全自律的倡议书》，我会计划于7月下旬组织会员单位开展童鞋鞋扣拉脱力比对试验，共涉及会员单位18家、样品约90双。因我会不具备检测条件，特商请贵中心协助完成检测，并派出技术人员对试验结果进行讲评。
检测所需费用由我会按贵中心收费标准支付。如蒙同意，请于7月10日前函复。
联系人：商会秘书处　顾敏，电话：0577-8860 3209，邮箱：mishuchu@xzxieye.org.cn。
衔州市鞋业商会
二〇二五年六月三十日
""",
    ),
    # ------------------------------------------------------------------ 打印页 (HTML)
    dict(
        slug="print-fanyuan-bulletin-night-market-blotting-paper",
        site="藩原县市场监督管理局 (invented; its print view)",
        style="打印页",
        genre="通报",
        kind="notice",
        form="html",
        source="http://scjg.fanyuan.gov.cn/print.jsp?id=20250828001",
        title="关于夜市摊点吸油纸使用情况专项检查的通报",
        record_title="〔打印用稿·A4〕关于夜市摊点吸油纸使用情况专项检查的通报 ⇢ 藩原市场监管",
        date="2025-08-28",
        notes="print view calling window.print(): print/close buttons, a print header with the URL, a print footer; a "
        "data table; 抄送 line; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〔打印用稿·A4〕关于夜市摊点吸油纸使用情况专项检查的通报 ⇢ 藩原市场监管</title>
<style>@media print{.noprint{display:none}} body{font-family:"仿宋";}</style>
<script>window.onload=function(){window.print();}</script>
</head>
<body>
<div class="noprint">⟦a 🖨 立即打印⟧ ⟦a ✕ 关闭预览⟧</div>
<div class="pr-head">⟦m 藩原市场监管　·　打印视图⟧</div>
<div class="pr-url">⟦m 本页地址：http://scjg.fanyuan.gov.cn/art/2025/8/29/art_3318_20771.html⟧</div>
<h2>{T}</h2>
<div class="pr-body">
{BODY}
</div>
<div class="pr-foot">⟦p ⛤ 第1页 ⛤ 共1页 ⛤⟧</div>
</body>
</html>
""",
        body="""
各市场监管所：
8月中旬，县局组织对城东、城南两个夜市的油炸类摊点开展了吸油纸使用情况专项检查。现将检查情况通报如下。
一、总体情况。共检查油炸类摊点47家，使用食品级吸油纸的39家，占83%；使用餐巾纸、打印纸等非食品用纸的8家。
夜市　检查摊点　不规范摊点
城东夜市　26家　5家
城南夜市　21家　3家
二、处理情况。对8家不规范摊点当场责令整改，没收非食品用纸21包，并对其中2家屡查屡犯的摊点立案调查。
三、工作要求。各所要把夜市摊点纳入每周巡查范围，督促摊主建立吸油纸进货台账。
藩原县市场监督管理局
2025年8月28日
抄送：县食安办，城东、城南夜市管理办公室。
""",
    ),
    # ------------------------------------------------------------------ 打印页 (text, record title)
    dict(
        slug="print-xianzhou-garment-lab-tool-rules",
        site="衔州纺织服装学院实训中心 (invented; a print page)",
        style="打印页",
        genre="规定/制度",
        kind="rule",
        form="text",
        source="http://sxzx.xzfzxy.edu.cn/gzzd/print/118.html",
        title="成衣工艺实训室工具使用规定",
        date=None,
        notes="record title as is; a print page in text: print header and URL line, a print footer; rules whose "
        "articles speak of 扫码 and 打印 as content; no date",
        page="""
!m 衔州纺织服装学院实训中心　·　打印版
!m 打印来源：http://sxzx.xzfzxy.edu.cn/gzzd/118.html
{T}
{BODY}
!p ⭌ 1 ／ 1 ⭌
""",
        indent="\u3000\u3000",
        body="""
第一条　为规范成衣工艺实训室工具的使用和管理，保障实训安全，制定本规定。
第二条　学生进入实训室须扫描门口的二维码签到，按座位号领取本工位的工具盒。
第三条　工具盒内配有拆线器、纱剪、划粉、软尺、手缝针各一件，领用时须当面清点。
第四条　拆线器、纱剪等锋利工具使用后应当立即套上保护帽，不得对着他人，不得带出实训室。
第五条　实训结束前十分钟，由课代表清点各工位工具，缺失的须当天说明情况。
第六条　工具损坏或遗失的，由实训中心每月打印登记表，经指导教师确认后按规定处理。
第七条　本规定由实训中心负责解释。
""",
    ),
    # ------------------------------------------------------------------ 邮件转发 (HTML, webmail)
    dict(
        slug="mail-queyou-forward-choir-bow-tie-letter",
        site="鹊邮企业邮箱 (invented webmail)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.queyou.cn/read?mid=ZL2510220934&fid=inbox",
        title="关于采购少年合唱团演出领结的函",
        record_title="转寄▸ 回复：关于采购少年合唱团演出领结的函（附规格表）",
        date="2025-10-20",
        date_also=["2025-10-22"],
        notes="webmail reading view: forwarded header, an attachment bar beside the letter's own 附件 line, the letter's "
        "contact; the mail's send date differs from the 成文日期",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>转寄▸ 回复：关于采购少年合唱团演出领结的函（附规格表） - 鹊邮企业邮箱</title>
<link rel="stylesheet" href="/webmail/skin/default/read.css">
<script src="/webmail/js/read.js"></script>
</head>
<body>
<div class="qm-top">⟦m 鹊邮企业邮箱⟧ <span>⟦m wenhuaguan@fanyuan-whg.cn⟧</span> <a>⟦a 退出⟧</a></div>
<div class="qm-folders">⟦m 收件箱(3)⟧ ⟦m 草稿箱⟧ ⟦m 已发送⟧ ⟦m 垃圾邮件⟧</div>
<div class="qm-bar"><button>⟦a 回复全部⟧</button> <button>⟦a 转发邮件⟧</button> <button>⟦a 彻底删除⟧</button> <button>⟦a 标记未读⟧</button></div>
<div class="qm-read">
<h3>⟦t 转寄▸ 回复：关于采购少年合唱团演出领结的函（附规格表）⟧</h3>
<table class="qm-hdr">
<tr><td>⟦m 发件人：邬晴 &lt;wuqing@fanyuan-whg.cn&gt;⟧</td></tr>
<tr><td>⟦m 收件人：童以宁 &lt;tongyining@fanyuan-whg.cn&gt;⟧</td></tr>
<tr><td>⟦m 时　间：2025年10月22日（星期三）上午9:34⟧</td></tr>
</table>
<div class="qm-fwd">⟦m -------- 转寄的邮件 --------⟧</div>
<div class="qm-body">
{BODY}
</div>
<div class="qm-att">⟦a 📎 1个附件：领结规格表.xlsx（12.4K）　预览　下载⟧</div>
</div>
<div class="qm-foot">⟦m 鹊邮企业邮箱 · 安全 稳定 高速⟧</div>
</body>
</html>
""",
        body="""
衔州结序服饰有限公司：
藩原县少年合唱团将于12月参加全市少儿合唱展演。为统一演出形象，我馆拟向贵公司采购演出用儿童领结，有关事项函告如下：
一、采购数量：儿童松紧带领结60只，其中藏青色40只、酒红色20只。
二、规格要求：结身宽度约9厘米，松紧带可调节，面料须柔软、不掉色，适合8—14岁儿童佩戴。
三、交货时间：11月20日前送至藩原县文化馆。
请贵公司在收函后一周内提供报价和样品图片。
联系人：藩原县文化馆　邬晴，电话：0577-5810 3357。
附件：演出领结规格表
藩原县文化馆
2025年10月20日
""",
    ),
    # ------------------------------------------------------------------ 邮件转发 (text)
    dict(
        slug="mail-forward-buckle-test-result-letter",
        site="踏云鞋业邮箱 (invented; a forwarded mail as text)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="text",
        source="mail://tayunshoes.com/inbox/2025-04-18/00213",
        title="关于童鞋鞋扣送检样品检测结果的函",
        record_title="Fw:Re: 关于童鞋鞋扣送检样品检测结果的函",
        date="2025-04-16",
        date_also=["2025-04-18"],
        notes="a forwarded mail as text: forward header lines with 发件人/抄送/日期, a forwarding note, the letter's own "
        "抄送 line and contact beside the mail header's 抄送; the mail's date differs from the 成文日期",
        page="""
!m ---------- 转发的邮件 ----------
!m 发件人：蒋楠 <jiangnan@tayunshoes.com>
!m 日期：2025年4月18日 周五 10:26
!m 收件人：洪启 <hongqi@tayunshoes.com>
!m 抄送：质量部全体 <zlb@tayunshoes.com>
!m 主题：Fw:Re: 关于童鞋鞋扣送检样品检测结果的函
!w 洪总：检测中心的回函转给您，第3项请重点看一下。蒋楠
{BODY}
!d 本邮件及附件含有踏云鞋业保密信息，如误收请立即删除并通知发件人。
!m 踏云鞋业有限公司　质量部　分机 8021
""",
        indent="",
        gap=True,
        body="""
踏云鞋业有限公司：
贵公司4月2日送检的童凉鞋鞋扣样品共3组，已由我中心检测完毕，现将结果函告如下：
1.第1组（缝线加固装饰扣）10双，拉脱力均值96牛，全部合格。
2.第2组（一体成型插扣）10双，拉脱力均值132牛，全部合格。
3.第3组（粘贴式水钻装饰扣）10双，拉脱力均值47牛，其中6双低于60牛，不合格。
建议贵公司停止使用第3组装饰扣，并对库存同类产品进行排查。详细数据见检测报告。
联系人：检测一室　卓一凡，电话：0577-8807 4425。
衔州市鞋业质量检测中心
2025年4月16日
抄送：衔州市鞋业商会。
""",
    ),
]

"""holdout255, part F: 公考论坛, 百科问答, 网盘分享, 搜索快照, 打印页, 邮件转发. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="gkforum-shangan-essay-tea-caddy-jammer",
        site="上岸驿站 (invented exam forum)",
        style="公考论坛",
        genre="申论文章",
        kind="other",
        form="html",
        source="https://bbs.shanganyz.example.com/thread-907712-1-1.html",
        title="一只茶叶罐里的乡村振兴",
        record_title="〔作文晨读·第12篇〕一只茶叶罐里的乡村振兴（砖头轻点扔） - 申论区 - 上岸驿站",
        date=None,
        notes="exam forum: jammer fonts inside the post, a reply-to-see prompt, a QQ-group ad, a rating row and a relative post time (no date); an essay",
        page="""
<html><head><meta charset="utf-8"><title>〔作文晨读·第12篇〕一只茶叶罐里的乡村振兴（砖头轻点扔） - 申论区 - 上岸驿站</title>
<style>font.jammer{display:none}</style></head><body>
<div class="hd">⟦m 上岸驿站 · 考公人的加油站⟧ <a>⟦a 签到领上岸币⟧</a></div>
<div class="pt">⟦m 上岸驿站 › 笔试交流 › 申论区⟧</div>
<div class="plc"><h1>⟦t 〔作文晨读·第12篇〕一只茶叶罐里的乡村振兴（砖头轻点扔）⟧</h1>
<div class="authi">⟦m 岸边等船的人　发表于 4 天前　只看楼主⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="locked">⟦a 本帖批改意见回复后可见⟧</div>
<div class="rate">⟦l 参与评分 5 人　上岸币 +20　“结构清楚，论据再具体点”⟧</div>
<div class="po">⟦a 点赞⟧ ⟦a 收藏⟧ ⟦a 分享到考友群⟧</div></div>
<div class="ad">⟦w 申论一对一精批，进群免费领范文：QQ群 780914352⟧</div>
<div class="ft">⟦m 上岸驿站 ©2016-2024　京ICP备16058830号⟧</div>
</body></html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=2),
        body="""
一只小小的茶叶罐，装的是茶，连着的是产业，映照的是乡村振兴的路子。
过去，山里的好茶论斤卖给收购商，用塑料袋一装就出了山，茶农挣的只是“原料钱”。如今，不少地方给好茶配上好罐，罐面印上茶山风光和采茶民俗，一罐茶的价钱翻了几番。一只茶叶罐，让“土特产”变成了“好礼品”。
做好“罐”的文章，首先要守住品质。罐子再漂亮，装的茶不好，也只能卖一次。其次要讲好故事，把产地文化融入罐面设计，让消费者打开罐子就能“看见”茶山。再次要防止过度包装。一罐二两茶配三层礼盒，既浪费资源，也违背消费者的真实需求。
小罐子里有大文章。只有把品质、文化和绿色理念一起装进罐里，乡村特色产业才能走得更稳、更远。
""",
    ),
    dict(
        slug="gkforum-yehang-interview-duster-dispute-junk",
        site="公考夜航 (invented exam forum)",
        style="公考论坛",
        genre="面试作答",
        kind="other",
        form="text",
        source="http://www.gkyehang.example.cn/bbs/view-55130.html",
        title="大扫除时老同志和年轻同事为鸡毛掸子起了争执，你怎么处理？",
        record_title="〔人际沟通题〕大扫除时老同志和年轻同事为鸡毛掸子起了争执，你怎么处理？（本人作答，求点评） - 结构化面试 - 公考夜航",
        date=None,
        notes="exam forum as text: anti-scraping junk lines and junk glued after 。; a relative post time; floors, a course ad and a reply prompt; an interview answer with no date",
        page="""
!m 公考夜航 — 深夜刷题不孤单
!m 公考夜航 » 面试交流 » 结构化面试
!t 〔人际沟通题〕大扫除时老同志和年轻同事为鸡毛掸子起了争执，你怎么处理？（本人作答，求点评）
!m 楼主 夜航船　昨天 23:51　阅读 1180　回复 24
{BODY}
!l 2楼 上岸小鹿：第二点很好，分区分工既解决了问题又不得罪人
!l 3楼 面试老炮：开头可以再简洁些，直接亮态度
!w 结构化面试7天冲刺营，报名加微信 yehang_mianshi
!a 登录后参与讨论
""",
        junk=dict(lines=1, glued=2),
        body="""
作为大扫除的组织者，出现这样的争执，我会冷静、妥善处理，既把卫生搞好，又不伤同事感情。
首先，及时劝和，稳定情绪。我会先请双方暂停争论，肯定老同志多年爱护公物、勤俭节约的好习惯，也理解年轻同事担心扬灰影响健康的想法。
其次，分区分工，各展所长。鸡毛掸子适合掸书柜顶、灯具这些不能沾水的地方，湿抹布适合擦桌面和窗台。我会请老同志负责高处掸尘，年轻同事随后用湿布擦拭，先掸后擦，既不扬灰，又干得快。
最后，总结经验，完善制度。大扫除结束后，我会征求大家意见，把清扫顺序和工具使用写进科室卫生制度，以后照章执行，避免类似分歧。
""",
    ),
    dict(
        slug="wiki-zhiwu-entry-barrel-h1-infobox",
        site="知物百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://baike.zhiwu.example.com/item/木桶/30917",
        title="木桶",
        record_title=None,
        date=None,
        notes="encyclopaedia entry without a record title: the entry name as <h1> also opens the body (matched as head); edit/discuss/history tabs, an infobox, a contents box, reference markers glued after 。, an 'edit this section' link glued to a section heading, an update stamp (no date)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>知物百科 - 万物有来历</title></head><body>
<div class="wk-top">⟦m 知物百科⟧ <input placeholder="搜词条"> <a>⟦a 进入词条⟧</a> <a>⟦a 我要创建⟧</a></div>
<div class="tabs">⟦a 词条⟧ ⟦a 讨论⟧ ⟦a 编辑⟧ ⟦a 版本历史⟧</div>
<h1>{T}</h1>
<div class="poly">⟦m 盛器 · 日用器具⟧ ⟦m 浏览 40,716　编辑 23 次　最近更新：3 天前⟧</div>
<table class="infobox">
<tr><td>⟦m 中文名：木桶⟧</td></tr><tr><td>⟦m 主要材料：杉木、柏木、橡木⟧</td></tr><tr><td>⟦m 工艺：箍桶⟧</td></tr></table>
<div class="toc">⟦l 目录　1 制作工艺　2 种类　3 保养⟧</div>
<div class="para">
{BODY}
</div>
<div class="refs"><h3>⟦l 参考资料⟧</h3><p>⟦l [1] 睢川县志·工艺篇. 睢川县地方志办公室⟧</p><p>⟦l [2] 民间盛器的保养. 日用器物杂谈⟧</p></div>
<div class="wk-foot">⟦d 词条内容由网友协作编辑，仅供参考，不构成专业建议。⟧ ⟦m © 知物百科⟧</div>
</body></html>
""",
        p_html='<div class="para-item">{}</div>',
        body="""
木桶是用木板拼合、以竹篾或金属箍箍紧而成的圆形盛器，多用于盛水、蒸饭、储米、洗浴和酿造。
制作工艺⟦a ✎改写此节⟧
传统木桶多用杉木、柏木制作。匠人先将木料锯成桶板，刨出两头窄、中间宽的弧度和侧面斜度，再将桶板拼合成圈，套上竹箍或铁箍敲紧，最后在桶板下口开槽嵌入桶底。箍桶工艺不用一颗铁钉，全靠桶板之间挤压密合。⟦m [1]⟧
种类
按用途可分为水桶、饭桶、米桶、脚盆、浴桶、酒桶等。酿酒用的木桶常以橡木制作，桶壁的木质成分会影响酒的风味。
保养
木桶不宜长期空置暴晒，否则桶板收缩容易漏水；新桶或久置的木桶使用前应先盛水浸泡，待木材吸水膨胀后再使用。⟦m [2]⟧
""",
    ),
    dict(
        slug="wiki-zhiwu-entry-earmuffs-decorated",
        site="知物百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="https://baike.zhiwu.example.com/item/耳罩/41822",
        title="耳罩",
        record_title="耳罩（御寒护具）_词条_知物百科",
        date=None,
        notes="encyclopaedia entry as text: an entry line with a gloss in brackets, tabs, a summary box and a 'related entries' list; the entry name opens the body; no date",
        page="""
!m 知物百科 | 万物有来历
!a 词条　讨论　编辑　版本历史
!t 耳罩（御寒护具）
!m 所属分类：服饰配件 / 劳动防护　浏览 18,305
!m 本词条由知物百科服饰组审核
{BODY}
!l 相关词条：护耳帽 · 围巾 · 防噪声耳塞 · 劳动防护用品
!a 词条有误？我来修改
!d 知物百科词条内容仅供参考。
""",
        body="""
耳罩是戴在耳部、用于保暖或隔音防护的用品，通常由弓形头带和两只耳垫组成。
按用途，耳罩可分为防寒耳罩和防噪声耳罩两类。防寒耳罩多以毛绒、羊毛或仿皮草为面料，内衬加绒，冬季户外使用，可防止耳廓冻伤；防噪声耳罩又称护听器，耳杯内填充吸音材料，用于冲压、机场、射击等高噪声场所，保护使用者听力。
选购防寒耳罩时，应注意头带松紧适度、耳垫能完全覆盖耳廓；儿童耳罩不宜带有易脱落的小装饰。选购防噪声耳罩时，应查看产品标注的降噪值，并根据作业场所的噪声强度选择。
耳罩应保持清洁干燥，耳垫老化后应及时更换。
""",
    ),
    dict(
        slug="netdisk-yunxia-guide-duster-doc-marker-paragraphs",
        site="云匣网盘 (invented cloud drive, preview page)",
        style="网盘分享",
        genre="作业指导书",
        kind="other",
        form="html",
        source="https://pan.yunxia.example.com/s/1bKq7Xw3?preview=1",
        title="鸡毛掸子扎制作业指导书",
        record_title="鸡毛掸子扎制作业指导书.doc",
        date=None,
        notes="cloud-drive preview: the file name as title, share expiry, VIP prompts, save-to-my-drive, marker paragraphs ⧄ n ⧄ between the halves of cut paragraphs; decimal headings; a work instruction with no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>鸡毛掸子扎制作业指导书.doc_免费高速下载|云匣网盘</title></head><body>
<div class="yx-top">⟦m 云匣网盘⟧ <a>⟦a 开通超级匣子会员⟧</a> <a>⟦a 登录⟧</a></div>
<div class="yx-file"><h2>⟦t 鸡毛掸子扎制作业指导书.doc⟧</h2>
<p>⟦m 分享者：羽艺老韦　　大小 58KB　　分享于 10 天前⟧</p>
<p>⟦m 链接有效期：剩余 20 天⟧</p></div>
<div class="yx-bar">⟦a 保存到我的匣子⟧ ⟦a 下载（需客户端）⟧ ⟦a 举报⟧</div>
<div class="yx-preview">
{BODY}
</div>
<div class="yx-limit">⟦a 非会员仅可预览前3页，开通超级匣子看全部⟧</div>
<div class="yx-foot">⟦d 请勿通过云匣网盘分享侵权或违法内容。⟧ ⟦m 云匣网盘 2024⟧</div>
</body></html>
""",
        p_html='<p class="pv">{}</p>',
        pages=dict(fmt="⧄ {n} ⧄", every=95, start=2),
        body="""
1　适用范围
本指导书适用于崃溪羽艺工坊鸡毛掸子的扎制工序，规定了作业准备、作业步骤和质量要求。
2　作业准备
2.1　羽毛经消毒、晾干后按长度分为三级，一级羽毛长18厘米以上，用于掸头外层。
2.2　掸杆选用两年生毛竹，长度、直径符合订单要求，表面无裂纹、无毛刺。
3　作业步骤
3.1　自掸杆顶端向下，每隔1.5厘米绑扎一层羽毛，每层羽毛沿掸杆均匀排布，上下两层错位排列，不得露出掸杆。
3.2　每绑扎一层，用棉线缠绕三圈并涂抹一道米浆固定，静置晾干后再绑下一层。
3.3　绑扎完成后修剪羽尖，使掸头呈上小下大的橄榄形。
4　质量要求
成品掸头蓬松均匀，用手轻抖不掉整根羽毛，掸杆与掸头连接处无松动。
""",
    ),
    dict(
        slug="netdisk-panmao-points-pickle-jar-acceptance-pdf-markers",
        site="盘猫共享 (invented cloud drive)",
        style="网盘分享",
        genre="验收要点",
        kind="other",
        form="text",
        source="http://www.panmao.example.cn/share/9f2c71e0",
        title="学校食堂腌菜坛到货验收要点",
        record_title="学校食堂腌菜坛到货验收要点.pdf",
        date="2024-06-14",
        notes="cloud-drive text preview: the file name as title, page markers ⦽ 第n页 ⦽ on lines of their own cutting sentences, VIP and save prompts; 成文日期 under the signature",
        page="""
!m 盘猫共享 — 文件随手分享
!t 学校食堂腌菜坛到货验收要点.pdf
!m 来自：后勤小邵的分享　|　412KB　|　分享于 3 周前
!a 转存到我的盘猫　　普通下载　　猫速下载（会员）
{BODY}
!a 预览仅显示文字内容，查看原版排版请下载
!l 该用户的其他分享：食堂采购验收台账.xlsx · 食堂从业人员健康证登记表.doc
!d 盘猫共享仅提供存储服务，文件内容由分享者负责。
""",
        indent="\u3000\u3000",
        pages=dict(fmt="⦽ 第{n}页 ⦽", every=130, start=2),
        body="""
为做好学校食堂腌菜坛采购项目到货验收工作，确保产品质量符合采购要求，现将验收要点明确如下。
一、核对数量和规格。对照合同清单逐只清点，大坛容量50升、小坛容量20升，坛身应标注生产企业名称和容量。
二、查验检测报告。供应商须提供同批次产品的铅、镉溶出量检测报告，检测结果应符合食品接触用陶瓷制品国家标准。
三、检查外观。坛身无裂纹、无砂眼，釉面光洁均匀，坛沿完整无缺口，扣碗与坛口吻合。
四、做盛水试验。每个包随机抽取5只，坛沿注水、坛内盛满清水静置24小时，不渗不漏为合格。
五、验收结论由学校总务处、食堂负责人和供应商代表三方签字确认，验收记录存档备查。
滹湾区教育局后勤服务中心
2024年6月14日
""",
    ),
    dict(
        slug="snapshot-miheng-bulletin-tea-caddy-spot-check-table",
        site="觅痕搜索 (invented search engine, snapshot frame)",
        style="搜索快照",
        genre="通告",
        kind="notice",
        form="html",
        source="https://cache.miheng.example.com/c?u=http%3A%2F%2Fscjgj.yiling.example.gov.cn%2Ftzgg%2F2024%2F0906%2F812.html",
        title="关于2024年茶叶罐产品质量监督抽查结果的通告",
        record_title="关于2024年茶叶罐产品质量监督抽查结果的通告 - 沂岭县市场监督管理局 ⟫ 觅痕快照",
        date="2024-09-06",
        notes="search-cache frame: a capture banner with a relative capture time, highlighted search terms listed in the banner, the cached portal's chrome; an unqualified-products table one row a paragraph; 成文日期 under the signature",
        page="""
<html><head><meta charset="utf-8"><title>关于2024年茶叶罐产品质量监督抽查结果的通告 - 沂岭县市场监督管理局 ⟫ 觅痕快照</title></head><body>
<div class="sy-banner">⟦d 觅痕提示：您看到的是该网页在 5 天前被觅痕抓取时的样子，原网页可能已改版⟧
<br>⟦a 查看当前原网页⟧ ⟦m 已为您标出检索词：茶叶罐　抽查⟧</div>
<hr>
<div class="orig">
<div class="o-head">⟦m 沂岭县市场监督管理局⟧</div>
<div class="o-pos">⟦m 您的位置：首页 ＞ 公示公告⟧</div>
<h3>{T}</h3>
<div class="o-info">⟦m 来源：食品相关产品监管股　访问：391⟧</div>
<div class="o-body">
{BODY}
</div>
<div class="o-foot">⟦m 沂岭县市场监督管理局　投诉举报：12315⟧</div>
</div>
</body></html>
""",
        body="""
为加强茶叶罐等食品相关产品质量安全监管，2024年7月至8月，我局组织对全县茶叶罐生产企业产品开展了质量监督抽查。现将抽查结果通告如下。
本次共抽查14家企业的28批次产品，合格26批次，不合格2批次，批次合格率92.9%。不合格产品情况如下：
企业名称　产品名称　不合格项目
沂岭县恒泰制罐厂　马口铁方形茶叶罐　卷边质量
沂岭县浐口镇兴旺包装厂　彩印圆形茶叶罐　总迁移量
对抽查不合格的企业，我局已责令其立即整改，并依法进行处理。
沂岭县市场监督管理局
2024年9月6日
""",
    ),
    dict(
        slug="snapshot-baping-textcache-rain-barrels-contact",
        site="觅痕搜索 (invented search engine, text-only cache)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="text",
        source="https://cache.miheng.example.com/t?u=http%3A%2F%2Fwww.baping.example.gov.cn%2Fzwgk%2F2024%2F0424%2F77.html",
        title="关于推广使用木桶收集雨水浇灌庭院菜地的通知",
        record_title="关于推广使用木桶收集雨水浇灌庭院菜地的通知 ‣ 灞坪镇人民政府（仅文字版快照）",
        date="2024-04-22",
        date_also=["2024-04-24"],
        notes="text-only cache: a capture line, the cached town portal's date line differing from the 成文日期; the notice's own 联系人/电话 stays in the body beside the portal's duty line",
        page="""
!d 这是觅痕对该网页的纯文字存档，抓取于 2 周前，仅供参考
!a 查看原网页　｜　查看带图快照
!m 灞坪镇人民政府　沂岭县灞坪镇
!m 首页 - 政务公开 - 通知公告
{T}
!m 发布日期：2024-04-24　点击：145
{BODY}
!w 镇政府值班电话：0917-6730110
!m 灞坪镇人民政府主办
""",
        body="""
各村（社区）：
今年以来，我镇降雨偏少，庭院菜地浇灌用水紧张。为节约用水、方便群众，镇政府决定在全镇推广使用木桶收集屋檐雨水浇灌庭院菜地。现将有关事项通知如下。
一、镇里统一采购杉木雨水桶600只，每只容量约150升，按每户一只免费发放，优先发放给种植庭院菜地的农户。
二、各村要组织人员帮助农户将雨水桶安放在屋檐落水管下方，桶底垫高20厘米以上，桶口加盖纱网，防止蚊虫孳生。
三、各村于4月30日前将领取名单报镇农业综合服务站。
联系人：钟立平，电话：0917-6730528。
灞坪镇人民政府
2024年4月22日
""",
    ),
    dict(
        slug="print-huwan-bulletin-pickle-jars-window-print",
        site="嶷阳市滹湾区市场监督管理局 (invented, print view)",
        style="打印页",
        genre="通报",
        kind="notice",
        form="html",
        source="http://scjg.huwan.example.gov.cn/tzgg/2024/1105/print_2207.html",
        title="关于全区餐饮单位腌菜坛使用管理专项检查情况的通报",
        record_title="【打印留底】关于全区餐饮单位腌菜坛使用管理专项检查情况的通报",
        date="2024-11-04",
        notes="print view: a print stamp and the page address at the top, print/close buttons calling window.print(), a print footer ⛆ 第 1 张 · 共 1 张 ⛆ closing the page",
        page="""
<html><head><meta charset="utf-8"><title>【打印留底】关于全区餐饮单位腌菜坛使用管理专项检查情况的通报</title>
<style>@media print{.noprint{display:none}}</style></head>
<body onload="window.print()">
<div class="noprint">⟦a 〔立即打印〕⟧ ⟦a 〔关闭此窗〕⟧</div>
<div class="pr-head">⟦m 嶷阳市滹湾区市场监督管理局 · 打印稿⟧</div>
<div class="pr-stamp">⟦m 打印于：2024-11-18 16:05:33⟧</div>
<div class="pr-url">⟦m 原文地址：http://scjg.huwan.example.gov.cn/tzgg/2024/1105/2207.html⟧</div>
<h2>⟦t 【打印留底】关于全区餐饮单位腌菜坛使用管理专项检查情况的通报⟧</h2>
<div class="pr-body">
{BODY}
</div>
<div class="pr-foot">⟦p ⛆ 第 1 张 · 共 1 张 ⛆⟧</div>
</body></html>
""",
        body="""
各市场监管所，各餐饮单位：
为防范自制腌菜引发的食品安全风险，10月份，区市场监管局对全区86家自制泡菜、酸菜的餐饮单位开展了腌菜坛使用管理专项检查。现将检查情况通报如下。
一、总体情况。检查发现，大部分单位能够使用食品级陶制腌菜坛，建立了腌制台账。但仍有11家单位存在问题：5家使用来源不明的旧坛子，4家腌菜坛直接放在地面且无防尘措施，2家未记录腌制时间。
二、处理情况。对上述11家单位已下达责令改正通知书，其中2家拒不整改的已立案调查。
三、工作要求。各餐饮单位要使用有合格证明的腌菜坛，腌制时间不足20天的腌菜不得供应；各市场监管所要在11月底前完成复查。
嶷阳市滹湾区市场监督管理局
2024年11月4日
""",
    ),
    dict(
        slug="print-suichuan-traffic-plan-earmuffs-decimal",
        site="睢川县公安局交通警察大队 (invented, print view)",
        style="打印页",
        genre="方案",
        kind="plan",
        form="text",
        source="http://jj.suichuan.example.gov.cn/tzgg/2024/1126/print.asp?id=318",
        title="冬季户外执勤人员防寒保障工作方案",
        record_title="冬季户外执勤人员防寒保障工作方案〔排版打印〕",
        date="2024-11-26",
        notes="print view as text: a print stamp line and the page address at the top, decimal headings 1.1–3.2 in the body, a print footer ⧟ 印页 1∕1 ⧟ closing the page",
        page="""
!m 睢川县公安局交通警察大队
!m 打印时间：2024-12-03 08:47
!m 页面地址：http://jj.suichuan.example.gov.cn/tzgg/2024/1126/318.html
!t 冬季户外执勤人员防寒保障工作方案〔排版打印〕
{BODY}
!a 【打印】【返回】
!p ⧟ 印页 1∕1 ⧟
""",
        body="""
1　工作目标
1.1　确保今冬明春全体路面执勤民警、辅警不发生冻伤事件。
1.2　执勤人员防寒装备配发率达到100%。
2　主要措施
2.1　为路面执勤人员每人配发防寒耳罩、棉手套、护膝各一套，耳罩外侧应有醒目反光条，且不影响听取指挥口令和车辆鸣笛。
2.2　气温低于零下5℃时，路面执勤实行一小时轮换，各岗亭配备热水器和取暖设备。
2.3　中队每周检查一次防寒装备佩戴和保管情况。
3　组织保障
3.1　大队成立防寒保障工作小组，由分管副大队长任组长。
3.2　所需经费从大队年度装备经费中列支。
睢川县公安局交通警察大队
2024年11月26日
""",
    ),
    dict(
        slug="mail-qunyi-letter-barrels-loan-attachment-bar",
        site="嶷阳市群众艺术馆 webmail (invented)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.yyqyg.example.cn/read?mid=20240814102133-0917",
        title="关于借用崃溪木桶参加民俗展演的函",
        record_title="转发：关于借用崃溪木桶参加民俗展演的函.docx",
        date="2024-08-12",
        date_also=["2024-08-14"],
        notes="webmail reading view: a forwarded header with its own 抄送 and send time (differing from the 成文日期), an attachment bar beside the letter's own 附件 list, the letter's contact and mailbox, the letter's own 抄送 line",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>转发：关于借用崃溪木桶参加民俗展演的函.docx - 群艺邮</title></head><body>
<div class="wm-top">⟦m 群艺邮 · 嶷阳市群众艺术馆邮件系统⟧ ⟦a 收信⟧ ⟦a 写信⟧ ⟦a 通讯录⟧ ⟦a 退出⟧</div>
<div class="wm-folders">⟦l 收件箱(12)　草稿箱　已发送　已删除　垃圾邮件⟧</div>
<div class="wm-mail">
<h2>⟦t 转发：关于借用崃溪木桶参加民俗展演的函.docx⟧</h2>
<table class="wm-head">
<tr><td>⟦m 发件人：非遗部 柯雨晴 &lt;qyg_fyb@yyqyg.example.cn&gt;⟧</td></tr>
<tr><td>⟦m 收件人：崃溪镇文化站 &lt;lxwhz@suichuan.example.gov.cn&gt;⟧</td></tr>
<tr><td>⟦m 抄　送：馆办公室 &lt;qyg_office@yyqyg.example.cn&gt;⟧</td></tr>
<tr><td>⟦m 时　间：2024年8月14日（星期三）上午10:21⟧</td></tr></table>
<div class="wm-fwd">⟦m ---------- 以下为转发内容 ----------⟧</div>
<div class="wm-body">
{BODY}
</div>
<div class="wm-att"><p>⟦a 📎 附件 2 个（共 48K）：展演活动方案.docx　借展物品登记表.xlsx　〔全部下载〕〔在线预览〕⟧</p></div>
<div class="wm-ops">⟦a 回复　回复全部　转发　标为未读　删除⟧</div>
</div>
<div class="wm-foot">⟦m 群艺邮 Webmail 2.3⟧</div>
</body></html>
""",
        body="""
崃溪镇人民政府：
我馆定于2024年9月14日至16日在市民广场举办“非遗过中秋”民俗展演活动。贵镇崃溪木桶制作技艺是我市非遗代表性项目，为充分展示传统箍桶技艺，现商请借用贵镇木桶作品20件，并邀请1至2名桶匠现场演示箍桶工艺。
展品运输和展演期间的保管由我馆负责，演示人员食宿及误工补贴由我馆承担。请于8月30日前将展品清单和演示人员名单反馈我馆。
联系人：柯雨晴，电话：0917-3208162，邮箱：qyg_fyb@yyqyg.example.cn
附件：1.“非遗过中秋”民俗展演活动方案
2.借展物品登记表
嶷阳市群众艺术馆
2024年8月12日
抄送：睢川县文化和旅游局
""",
    ),
    dict(
        slug="mail-yiyang-u-inquiry-dusters-fwd-text",
        site="嶷阳学院邮件系统 (invented, forwarded as text)",
        style="邮件转发",
        genre="询价函",
        kind="letter",
        form="text",
        source="mailto:lxyuyi@mail.example.cn?subject=Fwd",
        title="关于采购鸡毛掸子等保洁用品的询价函",
        record_title="Fwd: [保洁采购] 关于采购鸡毛掸子等保洁用品的询价函",
        date="2024-05-17",
        date_also=["2024-05-20"],
        notes="a mail forwarded as text: Fwd/From/Date/To/Subject header lines, a send date differing from the 成文日期, a table one row a paragraph, scanning the quote and mailing it back as content, the school's contact and mailbox in the body, a mail-client footer",
        page="""
!m ---------- Forwarded message ----------
!m 发件人：总务处 贝老师 <zwc@yiyang-u.example.edu.cn>
!m 日期：2024年5月20日 周一 09:14
!m 收件人：崃溪羽艺工坊 <lxyuyi@mail.example.cn>
!t 主题：[保洁采购] 关于采购鸡毛掸子等保洁用品的询价函
{BODY}
!m 该邮件从手机客户端发送
!d 本邮件及附件仅发送给指定收件人，如误收请删除并告知发件人。
""",
        body="""
崃溪羽艺工坊：
我校计划采购一批保洁用品，用于教学楼、图书馆的日常除尘，现向贵单位询价，具体需求如下：
品名　规格　数量
长柄鸡毛掸子　全长90厘米　60把
伸缩高处掸　1.2至2.4米　20把
请于5月24日前将报价单加盖公章后扫描发送至我校邮箱，报价须含税及运费。
联系人：贝老师，电话：0917-3271406，邮箱：zwc@yiyang-u.example.edu.cn
嶷阳学院总务处
2024年5月17日
""",
    ),
]

"""holdout302, part D: Q&A sites, encyclopaedias, personal collections, search caches and cloud-drive
previews. Invented text (places, people, sites, URLs, numbers); see ../README.md and ../build.py for
the markup. Each case written by hand."""

CASES = [
    dict(
        slug="qa-jiashi-answer-machine-wash-summer-quilt",
        site="家事问问 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.jiashiww.com/question/40917723",
        title="凉被可以直接扔进洗衣机洗吗？",
        record_title=None,
        date=None,
        notes="no title in the record (the question); adopted-answer badge, answerer card, vote bar, more "
        "answers; numbered list 1.–4.; relative times no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>家事问问 - 生活里的问题问问大家</title></head><body>
<div class="hd">⟦m 家事问问⟧ <form><input placeholder="搜索问题"><button>⟦a 搜一下⟧</button></form> <a>⟦a 我要提问⟧</a></div>
<div class="crumb">⟦m 家事问问 › 清洁洗护 › 床品⟧</div>
<div class="question"><h1 class="q-title">{T}</h1>
<div class="q-meta">⟦m 提问者：阳台上的猫　｜　2 个月前　｜　浏览 3.1万⟧</div></div>
<div class="answer best">
<div class="badge">⟦m ✔ 提问者采纳⟧</div>
<div class="who">⟦m 家务小能手阿梅　｜　收纳整理师　｜　回答 1206 个⟧</div>
<div class="ans-body">
{BODY}
</div>
<div class="vote">⟦l 赞同 892　反对 6　评论 31⟧</div>
</div>
<div class="more"><h3>⟦l 其他 14 条回答⟧</h3><p>⟦l 水洗棉的我一直机洗，没出过问题⟧</p><p>⟦l 蚕丝的千万别洗，血的教训⟧</p></div>
<div class="ft">⟦m 家事问问 jiashiww.com　京ICP备20048815号　违法和不良信息举报：jubao@jiashiww.com⟧</div>
</body></html>
""",
        body="""
可以机洗，但要看凉被的材质和标签，建议按下面几步来：
1.先看洗涤标签。纯棉、水洗棉、竹纤维的凉被一般都能机洗；标着“只可干洗”或者填充物是蚕丝的，千万别机洗，蚕丝遇水容易结块。
2.装进洗衣袋。凉被面积大，直接扔进去容易缠绕变形，最好对折后装进大号洗衣袋。
3.选轻柔模式，水温不超过30℃，用中性洗衣液，不要加漂白剂。
4.脱水时间短一点，洗完马上拿出来平铺或搭在两根晾衣杆上晾干，别长时间堆在洗衣机里。
另外，如果家里洗衣机容量小于8公斤，凉被又比较厚，还是建议送洗衣店。
""",
    ),
    dict(
        slug="qa-wenchu-answer-board-rack-sink-or-stove",
        site="问厨网 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.wenchu.cn/q/228104.html",
        title="砧板架放在水槽边还是灶台边好？",
        record_title="砧板架放在水槽边还是灶台边好？_厨房问答_问厨网",
        date=None,
        notes="Q&A: best-answer label, answerer line with a relative time, vote row and more answers; an answer "
        "with no date",
        page="""
!m 问厨网 · 下厨房的疑问都在这儿
!t 砧板架放在水槽边还是灶台边好？
!m 厨房问答　｜　12 个回答　｜　被浏览 6,402 次
!l 最佳回答
!m 回答者：老灶台　厨艺达人Lv6　　回答于 4 天前
{BODY}
!l 有用(215)　没用(3)　｜　评论
!l 更多回答
!l 小厨娘：我家就是挂墙上的，挺好
!a 我也要回答　　邀请他人回答
!m 问厨网 wenchu.cn
""",
        body="""
建议放在水槽边，但要注意三点。
砧板用完一般都要冲洗，砧板架放在水槽边，洗完顺手一插，水直接滴进水槽，台面不会积水。放在灶台边的话，一是油烟大，砧板容易沾上油污；二是离火近，木砧板长期受热容易开裂。
不过放水槽边也有讲究：第一，砧板架要选底部带接水盘或者镂空的，别让砧板泡在积水里；第二，和水龙头保持一点距离，避免洗菜时水花一直溅到砧板上；第三，最好靠窗或者通风的位置，砧板能干得快。
如果台面实在放不下，可以考虑壁挂式的，挂在水槽上方的墙上，既省地方又通风。
""",
    ),
    dict(
        slug="wiki-wanwu-entry-trouser-rack-infobox",
        site="万物百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://www.wanwubaike.com/item/%E8%A3%A4%E6%9E%B6",
        title="裤架",
        title_also=["裤架（衣物收纳用具）"],
        record_title="裤架（衣物收纳用具）_万物百科",
        date=None,
        notes="encyclopaedia: edit/discuss/history tabs, infobox, contents box, reference markers glued after "
        "。; the entry name (also in the body) matched as head",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>裤架（衣物收纳用具）_万物百科</title></head><body>
<div class="top">⟦m 万物百科 · 认识身边每一件东西⟧ <a>⟦a 登录⟧</a> <a>⟦a 创建词条⟧</a></div>
<div class="tabs">⟦a 词条　编辑　讨论　历史版本⟧</div>
<h1 class="lemma">{T}</h1><div class="sub">⟦m （衣物收纳用具）⟧</div>
<div class="infobox"><p>⟦m 中文名：裤架⟧</p><p>⟦m 外文名：trouser hanger⟧</p><p>⟦m 类　别：衣物收纳用具⟧</p><p>⟦m 常见材质：木、金属、塑料⟧</p></div>
<div class="catalog">⟦l 目录　1 分类　2 材质　3 使用注意⟧</div>
<div class="para">
{BODY}
</div>
<div class="refs"><h3>⟦l 参考资料⟧</h3><p>⟦l [1] 《家用衣物收纳器具通用技术要求》，万物百科转引⟧</p><p>⟦l [2] 服装陈列实务，第4章⟧</p></div>
<div class="foot">⟦m 词条浏览 3,096 次　最近更新：5 天前⟧<br>⟦d 万物百科词条由用户协作编辑，内容仅供参考。⟧</div>
</body></html>
""",
        body="""
裤架是用来挂放裤子的衣物收纳用具，常见于家庭衣柜、酒店客房和服装门店。
按结构，裤架可分为夹式裤架、横杆式裤架和多层裤架三类。夹式裤架带有两个或四个夹子，夹住裤脚或裤腰倒挂；横杆式裤架将裤子对折后搭在横杆上；多层裤架由多根横杆上下或呈扇形排列，可同时挂放多条裤子，有的可以折叠或旋转。⟦l [1]⟧
常见材质有木质、金属、塑料等。金属裤架多采用浸塑或镀铬处理，防止锈蚀和刮伤面料；木质裤架外观较好，多见于中高档服装门店。⟦l [2]⟧
使用时应注意裤架的承重，多层裤架挂放过多容易变形；夹式裤架的夹口宜有软垫，以免在面料上留下夹痕。
""",
    ),
    dict(
        slug="wiki-baijia-entry-fitted-sheet-title-line",
        site="百家知识库 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="https://www.baijiazsk.com/wiki/chuangli",
        title="床笠",
        record_title=None,
        date=None,
        notes="no title in the record (the entry's title line, also the first word of the body, matched as "
        "head); edit row, creator line, relative update time no date",
        page="""
!m 百家知识库 — 人人可编辑的知识库
!m 首页 > 生活 > 家居用品
{T}
!a 编辑词条　｜　添加义项　｜　收藏
!m 本词条由“家居达人小米”创建，共 3 人参与编辑
{BODY}
!l 相关词条：被套　枕套　床垫　床裙
!m 词条最近更新：2 周前　浏览次数：4,318
!d 百家知识库内容由网友编辑，仅供参考，不构成专业建议。
""",
        body="""
床笠，又称床罩式床单、松紧床单，是一种四周缝有松紧带、可以整体包住床垫的床上用品。
与普通床单相比，床笠铺上后不易滑动移位，床垫四周也能得到保护，因此在家庭、酒店和医院中使用较多。
选购床笠时，除了床垫的长和宽，还要量准床垫的厚度。床笠的围边高度一般应比床垫厚度多出5到10厘米，才能包得稳。
常见面料有纯棉、天丝、涤棉等；医院和养老机构也常用带防水层的床笠，方便护理卧床病人。
""",
    ),
    dict(
        slug="collection-zhuolu-memoir-mothers-bamboo-rag-rack-gb2312",
        site="拙庐文存 (invented retired teacher's collection, old gb2312 layout)",
        style="个人文集",
        genre="回忆散文",
        kind="other",
        form="html",
        source="http://www.zhuoluwc.net/juan4/023.htm",
        title="母亲的竹抹布架",
        record_title="〔拙庐文存·卷四〕母亲的竹抹布架",
        date=None,
        notes="old gb2312 collection page: marquee, chapter links, visit counter, the author's mailbox; a memoir "
        "closed by a 记于 line with a cyclical year and month only (no date)",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>〔拙庐文存·卷四〕母亲的竹抹布架</title></head>
<body bgcolor="#F5F0E1">
<table width="760" align="center"><tr><td align="center">⟦m 拙　庐　文　存⟧</td></tr>
<tr><td><marquee scrollamount="2">⟦m 退休教书匠的笔墨小屋，欢迎老同事老学生常来坐坐⟧</marquee></td></tr></table>
<table width="760" align="center"><tr><td>⟦m 卷一·杏坛旧事⟧</td><td>⟦m 卷二·乡邻⟧</td><td>⟦m 卷三·读书⟧</td><td>⟦m 卷四·家常⟧</td></tr></table>
<table width="760" align="center"><tr><td>
<p align="center"><font size="4">{T}</font></p>
{BODY}
</td></tr></table>
<table width="760" align="center"><tr><td>⟦l ← 卷四·第二十二篇：灶屋⟧</td><td align="right">⟦l 卷四·第二十四篇：腌菜坛子 →⟧</td></tr>
<tr><td colspan="2" align="center">⟦l 返回卷四目录⟧</td></tr></table>
<table width="760" align="center"><tr><td align="center">⟦m 您是本庐第 <font color="red">052817</font> 位客人⟧</td></tr>
<tr><td align="center">⟦w 来信请寄：zhuolu_laoshi@163.com⟧</td></tr></table>
</body></html>
""",
        p_html="<p>　　{}</p>",
        body="""
老家灶屋的墙上，钉着一个竹子做的抹布架。那是父亲在我七岁那年用一根毛竹劈开做的，三根竹条横着，两头用铁丝绑在木楔子上。
母亲的抹布有三块：一块擦锅台，一块擦饭桌，一块擦碗。她从不让这三块混着用，擦完一块就搭回竹架上属于它的那根竹条。我小时候不懂，顺手拿擦锅台的去抹饭桌，没少挨她的说。
竹架子被灶火熏了几十年，颜色从青到黄，又从黄到黑。母亲搬进城里后，新厨房装的是不锈钢抹布架，她用着总说不顺手。
去年冬天母亲走了。我回老家收拾，那个竹架子还钉在墙上，三根竹条都磨得发亮。
甲辰年腊月记于拙庐
""",
    ),
    dict(
        slug="collection-laokuai-memoir-fathers-wooden-trouser-rack-oneline",
        site="老蒯杂记 (invented personal collection)",
        style="个人文集",
        genre="回忆散文",
        kind="other",
        form="text",
        source="http://laokuai.name/zj5/09.html",
        title="父亲的木裤架",
        record_title="《老蒯杂记》第五辑之九：父亲的木裤架",
        date=None,
        notes="memoir with the whole body on one line (paragraphs apart only by their indent); chapter "
        "links, the author's mailbox, a visit counter; no date",
        page="""
!m 老蒯杂记 — 一个退休老人的文字园地
!t 《老蒯杂记》第五辑之九：父亲的木裤架
!l 本辑目录 ｜ 上一篇：镇上的老邮局 ｜ 下一篇：赶集
{BODY}
!w 作者邮箱：laokuai1952@126.com
!l 读者留言（3）
!m 本站访问量：26731
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
父亲是镇上的裁缝，铺子里有一个他自己做的木裤架。
那裤架是用槐木做的，一根竖杆，顶上伸出五根横杆，像一棵没有叶子的小树。做好的裤子熨平了，他就沿着裤线对折，一条一条搭在横杆上，等主顾来取。
父亲常说，裤子做得好不好，挂起来一看就知道：裤线直不直，两条裤腿齐不齐，骗不了人。
我上初中那年，第一次穿上父亲给我做的西裤。前一天晚上，他特意把裤子挂在那个木裤架上，第二天早上递给我时，裤线笔直。
后来铺子关了，木裤架被搬回家里，父亲一直用它挂自己的裤子，一挂就是二十年。
""",
    ),
    dict(
        slug="snapshot-xunjie-consumer-tip-board-racks",
        site="寻芥搜索 网页快照 (invented search cache of a city market-supervision bureau page)",
        style="搜索快照",
        genre="消费提示",
        kind="notice",
        form="html",
        source="https://cache.xunjie.com/c?u=http%3A%2F%2Fscjg.huanshan.gov.cn%2Fxfts%2F202504%2Ft20250428_6612.html",
        title="消费提示：选购砧板架要注意这几点",
        record_title="消费提示：选购砧板架要注意这几点 - 峘山市市场监督管理局（寻芥快照）",
        date="2025-04-28",
        notes="search-cache frame: capture banner with its capture time (no date), highlighted-terms line; the "
        "cached page's 发布时间 as the page's date; the tip's own 12315 sentence beside the site's 12315 line",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>消费提示：选购砧板架要注意这几点 - 峘山市市场监督管理局</title><base href="http://scjg.huanshan.gov.cn/"></head><body>
<div class="xj-cache-banner" style="background:#fffbe6">
<p>⟦m 寻芥快照：这是 http://scjg.huanshan.gov.cn/xfts/202504/t20250428_6612.html 在 2025年7月30日 04:12 的存档副本⟧</p>
<p>⟦m 当前页面可能已经变化，寻芥与原网页作者无关。⟧ <a>⟦a 打开当前网页⟧</a></p>
<p>⟦m 已为您标出这些搜索词：<b>砧板架</b> <b>选购</b>⟧</p></div>
<div class="gov-head">⟦m 峘山市市场监督管理局⟧ <span>⟦m 首页 ｜ 机构概况 ｜ 消费维权 ｜ 办事服务⟧</span></div>
<div class="pos">⟦m 当前位置：首页 &gt; 消费维权 &gt; 消费提示⟧</div>
<h2>{T}</h2>
<div class="info">⟦m 发布时间：2025-04-28　来源：消费者权益保护科　字体：大 中 小⟧</div>
<div class="cont">
{BODY}
</div>
<div class="foot">⟦m 峘山市市场监督管理局主办　投诉举报：12315　地址：峘山市迎宾大道9号⟧</div>
</body></html>
""",
        body="""
近期，市市场监管局接到多起关于砧板架发霉、生锈的消费投诉。为此，提醒广大消费者选购砧板架时注意以下几点：
一、看材质。不锈钢砧板架宜选304等食品接触用不锈钢，表面光滑无毛刺；竹木砧板架应经过防霉处理，无异味。
二、看结构。砧板架底部应有沥水设计，砧板插放后不接触积水；插槽间距要合适，砧板之间能通风。
三、看标识。正规产品应标明生产企业名称、地址、材质和执行标准，不要购买“三无”产品。
四、重保养。砧板架应定期清洗晾干，竹木材质的不要长时间泡水。
消费者如发现质量问题，可拨打12315投诉举报。
""",
    ),
    dict(
        slug="snapshot-sousu-text-cache-township-quilts",
        site="搜溯 (invented text-only search cache of a township page)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="text",
        source="https://kz.sousu.cn/text?url=http://www.tiaoxi.gov.cn/xz/shanping/tzgg/20250611_2231.html",
        title="关于收集闲置凉被支援敬老院的通知",
        record_title="关于收集闲置凉被支援敬老院的通知（纯文本存档）- 搜溯",
        date="2025-06-11",
        notes="text cache: original URL, capture time (no date), the township page's title with its suffix, "
        "发布时间 line; the notice's own contact beside the township's switchboard; 成文日期",
        page="""
!m 搜溯快照 · 纯文字版
!m 原网页：http://www.tiaoxi.gov.cn/xz/shanping/tzgg/20250611_2231.html
!m 快照时间：2025年7月28日 03:41　（原网页可能已更新）
!t 关于收集闲置凉被支援敬老院的通知 - 芟坪镇人民政府
!m 发布时间：2025-06-11　来源：芟坪镇党政办
{BODY}
!m 芟坪镇人民政府主办　总机：0734-7302000
!a 查看原网页　｜　查看图片版快照
""",
        indent="\u3000\u3000",
        body="""
各村（社区）：
为改善敬老院老人的夏季生活条件，镇党委、镇政府决定在全镇开展闲置凉被收集活动。现将有关事项通知如下：
一、收集范围：干净完好、无破损的各类凉被、薄毯。
二、收集时间：6月15日至6月30日。
三、收集方式：各村（社区）在村部设立收集点，登记后统一送镇民政办，由镇敬老院清洗消毒后使用。
请各村（社区）做好宣传发动，引导群众积极参与。
联系人：晏春华　联系电话：0734-7302216
岧溪县芟坪镇人民政府
2025年6月11日
""",
    ),
    dict(
        slug="netdisk-yunti-instruction-fold-fitted-sheets-pdf-markers",
        site="云屉网盘 (invented cloud drive preview)",
        style="网盘分享",
        genre="作业指导书",
        kind="other",
        form="html",
        source="https://pan.yunti.cn/s/1kQx7bZr3Lm",
        title="布草间床笠折叠作业指导书",
        record_title="布草间床笠折叠作业指导书.pdf",
        date=None,
        notes="file-name title (.pdf); cloud-drive preview with VIP prompts; page-marker paragraphs '⇵ n ⇵' "
        "cutting sentences; decimal headings 3.1–4.2; a work instruction without a date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>布草间床笠折叠作业指导书.pdf_免费高速下载|云屉网盘</title></head><body>
<div class="nav">⟦m 云屉网盘⟧ <a>⟦a 客户端下载⟧</a> <a>⟦a 登录 ／ 注册云屉⟧</a></div>
<div class="file-head"><h2>⟦t 布草间床笠折叠作业指导书.pdf⟧</h2>
<p>⟦m 分享者：布草间老沈　　2.1M　　分享于 2025-06-30 14:08　　失效时间：永久有效⟧</p>
<p><a>⟦a 保存到我的云屉⟧</a> <a>⟦a 下载（2.1M）⟧</a></p></div>
<div class="preview">
<p>⟦a 当前为文档预览，清晰原版请开通云屉超级会员⟧</p>
{BODY}
<p>⟦a 预览仅显示前3页，开通会员查看剩余内容⟧</p>
</div>
<div class="ft">⟦d 云屉网盘严禁分享违法违规内容，一经发现将删除并封号。⟧<br>⟦m © 2025 云屉网盘 yunti.cn⟧</div>
</body></html>
""",
        pages=dict(fmt="⇵ {n} ⇵", every=120, start=2),
        body="""
1　目的
规范布草间床笠折叠方法，保证床笠平整、便于取用和清点。
2　适用范围
本指导书适用于客房部布草间全体员工。
3　作业步骤
3.1　将床笠反面朝外，双手分别伸进相邻两个角，把一个角套进另一个角里。
3.2　用同样方法将另两个角套好，使四个角叠在一起，松紧边朝内。
3.3　把床笠平铺在操作台上，将松紧边向内折平，整理成长方形。
3.4　沿长边对折两次，再沿短边对折一次，折好的床笠约为30厘米×35厘米。
4　注意事项
4.1　折叠前检查床笠有无破洞、污渍，不合格的单独存放。
4.2　折好的床笠按尺寸分格码放，每格不超过20条。
""",
    ),
    dict(
        slug="netdisk-hecang-acceptance-rag-racks-doc-markers",
        site="禾仓云盘 (invented cloud drive)",
        style="网盘分享",
        genre="验收要点",
        kind="other",
        form="text",
        source="https://pan.hecangyp.com/share/7Fh2Kq",
        title="后厨不锈钢抹布架安装验收要点",
        record_title="后厨不锈钢抹布架安装验收要点.doc",
        date="2025-04-02",
        notes="file-name title (.doc); '⧯ 第n页 ⧯' markers on lines of their own cutting sentences; share "
        "time no date; 成文日期 under the signature",
        page="""
!m 禾仓云盘 · 分享页
!m 分享者：后勤小吴　分享时间：2025-05-19　有效期：永久
!t 后厨不锈钢抹布架安装验收要点.doc
!a 保存到我的云盘　　下载（需登录）
!a 非会员仅可预览前2页，开通超级会员畅享全文
{BODY}
!a 预览结束，登录后可下载完整文档
!l 该用户的其他分享：食堂改造工程进度表.xls　｜　后厨设备清单.docx
!d 请勿利用禾仓云盘分享违法违规内容，平台将依法配合有关部门处理。
""",
        pages=dict(fmt="⧯ 第{n}页 ⧯", every=95, start=2),
        body="""
为规范后厨抹布架安装质量，结合食堂改造工程实际，制定本验收要点。
一、材质。抹布架应采用304不锈钢，管壁厚度不小于1毫米，焊接处打磨光滑，无毛刺、无锈迹。
二、位置。抹布架安装在各操作区水池上方或侧面通风处，底边距地面不低于1.2米，距燃气灶具不小于0.5米。
三、牢固。每组用膨胀螺丝固定不少于4个，安装后每个挂钩承重不低于2千克。
四、标识。各区抹布架上方张贴颜色标识牌，与抹布颜色一致。
验收时由施工单位、食堂管理员和总务处三方共同签字确认。
峘山职业技术学院总务处
2025年4月2日
""",
    ),
]

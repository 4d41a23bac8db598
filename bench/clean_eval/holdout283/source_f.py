"""holdout283, part F: 公考论坛, 百科问答, 网盘分享, 搜索快照, 打印页, 邮件转发. Invented text, written by hand."""

CASES = [
    dict(
        slug="examforum-shangan-essay-sealing-wax-jammer",
        site="上岸研习社论坛 (invented exam forum)",
        style="公考论坛",
        genre="申论文章",
        kind="other",
        form="html",
        source="https://bbs.shanganyxs.example.com/thread-318207-1-1.html",
        title="一枚火漆印里的契约精神",
        record_title="[申论热身] 一枚火漆印里的契约精神（限时800字，请大佬点评） - 申论写作 - 上岸研习社论坛",
        date=None,
        notes="exam forum: jammer-font junk glued after 。 and as a line, a reply-to-see prompt, a rating row, a "
        "QQ-group ad; '4 天前' is no date",
        page="""
<html><head><meta charset="utf-8"><title>[申论热身] 一枚火漆印里的契约精神（限时800字，请大佬点评） - 申论写作 - 上岸研习社论坛</title>
<style>.jammer{display:none}</style></head><body>
<div id="toptb">⟦m 上岸研习社论坛 · 公考人的自习室⟧ <a>⟦a 研习社登录⟧</a> <a>⟦a 新人报到⟧</a></div>
<div id="pt">⟦m 上岸研习社 › 申论写作 › 习作互评⟧</div>
<div class="ad">⟦w 申论批改互助群：QQ群 702318846，进群备注“研习社”⟧</div>
<table><tr><td class="pls">⟦m 秋水上岸⟧<br>⟦m 帖子 58　学分 433⟧</td>
<td class="plc"><h1><span id="thread_subject">⟦t [申论热身] 一枚火漆印里的契约精神（限时800字，请大佬点评）⟧</span></h1>
<div class="authi">⟦m 发表于 4 天前｜只看该作者⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="rate">⟦l 参与评分 3 人　学分 +9　“立意不错，论证可再展开”⟧</div>
<div class="locked">⟦a 本帖隐藏的批改意见需回复后才能查看⟧</div>
<div class="po">⟦a 回复　收藏帖子　评分　举报⟧</div></td></tr></table>
<div id="ft">⟦m 上岸研习社论坛　鲁ICP备21013309号　Powered by Discuz! X3.4⟧</div>
</body></html>
""",
        junk=dict(lines=1, glued=3),
        body="""
在没有电子签名的年代，一封重要的信件要用火漆封口。融化的火漆滴在封口上，印章一按，便留下一个独一无二的印记。收信人只要看一眼火漆是否完好，就知道信件有没有被人拆看过。
一枚小小的火漆印，守护的是寄信人与收信人之间的信任。今天，我们早已不用火漆封信，但社会运转依然离不开这样的“封印”。食品包装上的防伪码、政务服务中的电子签章、合同上的骑缝章，都是现代社会的火漆印。
守住这些“封印”，既要靠技术手段，更要靠诚信自觉。只有每个人都把信用看得像火漆印一样珍贵，契约社会才能真正建立起来。
""",
    ),
    dict(
        slug="examforum-anshangjian-interview-cowbells-junk-text",
        site="岸上见公考论坛 (invented)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="text",
        source="http://www.anshangjian.example.cn/bbs/t/55120",
        title="牧民不愿给牛佩戴智能牛铃，你怎么做？",
        record_title="【面试真题·组织管理】牧民不愿给牛佩戴智能牛铃，你怎么做？（内附答题思路） - 面试交流 - 岸上见公考论坛",
        date=None,
        notes="exam forum in text: an interview answer with junk lines and junk glued after 。; '6 天前' is no date",
        page="""
!m 岸上见公考论坛
!m 首页 » 面试交流 » 真题练习
!t 【面试真题·组织管理】牧民不愿给牛佩戴智能牛铃，你怎么做？（内附答题思路）
!m 楼主 草原上的考生　发表于 6 天前　浏览 918
{BODY}
!l 沙发 一次上岸：第二点分类解决写得好
!l 板凳 备考第三年：可以加一句向领导汇报
!a 回帖请先登录；点赞楼主可获 1 积分
!m 岸上见公考论坛 © 2024
""",
        junk=dict(lines=1, glued=3),
        body="""
我会分三步来做这项工作。
第一，弄清顾虑。我会和村干部一起走访不愿佩戴的牧户，听听他们的想法。有的担心牛铃伤牛，有的怕收费，有的不会用手机。
第二，分类解决。对担心伤牛的，请已经佩戴的牧户现身说法；对担心收费的，讲清楚牛铃免费发放、平台不收费的政策；对不会用手机的，由网格员上门手把手教。
第三，做好跟踪。佩戴后一个月内回访，帮助牧户解决充电、信号等问题，用实际效果带动更多牧户自愿佩戴。
""",
    ),
    dict(
        slug="encyclopedia-zhidian-griddle-entry-h1-refs",
        site="知典百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://baike.zhidian.example.com/item/饼铛/30921",
        title="饼铛",
        record_title=None,
        date=None,
        notes="encyclopaedia: no record title, the <h1> entry name (also the body's first word, matched as head); "
        "edit/discuss/history tabs, an infobox, a contents box, reference markers glued after 。; no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>知典百科</title>
<script src="/static/baike.js"></script></head><body>
<div class="bk-top">⟦m 知典百科 · 人人可编的知识典⟧ <form><input placeholder="搜词条"></form> <a>⟦a 登录后编辑⟧</a></div>
<div class="bk-tabs">⟦a 编辑词条⟧ ⟦a 讨论区⟧ ⟦a 修订记录⟧</div>
<h1 class="bk-title">{T}</h1>
<div class="bk-card">⟦m 中文名：饼铛⟧<br>⟦m 类　别：炊具⟧<br>⟦m 常见材质：铸铁、铝合金⟧<br>⟦m 常见类型：铁饼铛、电饼铛⟧</div>
<div class="bk-toc">⟦l 目录：1 简介　2 铁饼铛　3 电饼铛　4 使用注意⟧</div>
<div class="bk-body">
{BODY}
</div>
<div class="bk-ref"><h3>⟦l 参考资料⟧</h3><p>⟦l [1] 《北方面食炊具图说》，潞川出版社⟧</p><p>⟦l [2] 小家电行业年鉴编委会，家用电热炊具条目⟧</p></div>
<div class="bk-info">⟦m 词条浏览 21,407 次　最近编辑于 2 个月前⟧</div>
<div class="bk-foot">⟦d 知典百科词条由网友协作编写，内容仅供参考⟧　⟦m © 2024 知典百科⟧</div>
</body></html>
""",
        body="""
饼铛是一种烙制饼类食品的炊具，多为平底圆形，常见于中国北方家庭和早餐店。
传统饼铛用生铁铸造，边沿较浅，架在炉灶上加热，使用前需用油擦拭“开锅”，以防粘连。⟦l [1]⟧
电饼铛出现于二十世纪九十年代，由上下两块加热盘组成，可双面同时加热，并配有温控装置，烙饼时不必翻面。⟦l [2]⟧
使用电饼铛时应注意防止烫伤，清洁前须先断电，待冷却后用软布擦拭，不宜用水直接冲洗。
""",
    ),
    dict(
        slug="encyclopedia-zhidian-sealing-wax-entry-text",
        site="知典百科 (invented, text view)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="https://baike.zhidian.example.com/item/火漆/11802?view=text",
        title="火漆",
        record_title="火漆［词条］· 知典百科",
        date=None,
        notes="encyclopaedia in text: the entry name also opens the body (the repeated title matched as head); "
        "infobox lines, an edit link, a revision stamp; no date",
        page="""
!m 知典百科 > 生活用品 > 文具
!t 火漆［词条］
!a 编辑　｜　收藏词条　｜　分享
!m 别名：封蜡　　主要成分：松香、虫胶、颜料
{BODY}
!l 相关词条：印泥　封泥　骑缝章
!m 本词条最近修订：昨天 16:20　　浏览：9,316
!d 知典百科提醒：词条内容由网友编写，仅供参考
""",
        body="""
火漆又称封蜡，是一种用于封缄信件、文书和瓶口的蜡状物，主要成分为松香、虫胶和颜料。
使用时将火漆加热熔化，滴在封口处，再用印章压出图案，冷却后即凝固成印。火漆一旦被揭开便难以复原，因此常用于证明封缄完好。
旧时机要文件、档案袋和酒瓶常以火漆封口。现代火漆多用于文创、婚礼请柬和手账装饰，出现了便于加热的火漆蜡粒和蜡枪。
儿童使用火漆时应有成人陪同，注意防止烫伤。
""",
    ),
    dict(
        slug="clouddrive-yunji-plan-brush-roll-study-trip-vip",
        site="云笈网盘 (invented cloud drive)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="html",
        source="https://pan.yunji.example.com/s/1xQ7aLm2",
        title="“竹韵笔帘”非遗研学活动方案",
        record_title="“竹韵笔帘”非遗研学活动方案（终审稿）｜云笈网盘分享",
        date="2024-04-02",
        notes="cloud-drive preview: VIP prompts, a VIP line on its own between paragraphs, a save/download bar; "
        "decimal headings 1.1–3.2; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>“竹韵笔帘”非遗研学活动方案（终审稿）｜云笈网盘分享</title>
<script src="https://pan.yunji.example.com/js/preview.js"></script></head><body>
<div class="pan-top">⟦m 云笈网盘⟧ <span>⟦m 你的文件，随处可取⟧</span> <a>⟦a 登录云笈⟧</a></div>
<div class="share-info">⟦m 分享者：鄗阳二中教务处　｜　分享于 3 天前　｜　有效期：永久⟧</div>
<div class="file-bar"><span>⟦t “竹韵笔帘”非遗研学活动方案（终审稿）.docx⟧</span> <button>⟦a 存到我的云笈⟧</button> <button>⟦a 下载（28KB）⟧</button></div>
<div class="preview">
{BODY}
</div>
<div class="vip-tip">⟦a 普通用户预览限速中，开通超级会员秒开文档⟧</div>
<div class="pan-foot">⟦d 请勿通过云笈网盘分享违法违规内容，发现请举报⟧<br>⟦m © 2024 云笈网盘⟧</div>
</body></html>
""",
        p_html='<div class="pv-line">{}</div>',
        body="""
1.活动目标
1.1 让学生了解竹编笔帘的历史和用途，体验非遗竹编技艺。
1.2 培养学生爱惜文房用具的习惯。
⟦a 👑 超级会员可在线预览全部高清内容⟧
2.活动安排
2.1 时间：4月19日（星期五）全天。
2.2 地点：鄗阳县莘口镇竹编非遗工坊。
2.3 对象：七年级学生120人，分4个小组轮换体验。
3.安全保障
3.1 每组配带队教师2名，工坊安排专人讲解刀具使用规范。
3.2 学生须统一乘坐学校租用的客车往返，途中不得擅自离队。
鄗阳县第二中学
2024年4月2日
""",
    ),
    dict(
        slug="clouddrive-panhe-instruction-gaiwan-wps-markers-mix",
        site="盘盒分享 (invented cloud-drive preview)",
        style="网盘分享",
        genre="作业指导书",
        kind="rules",
        form="text",
        source="https://www.panhe.example.net/f/Tq82mZ",
        title="盖碗成型与施釉作业指导书",
        record_title="盖碗成型与施釉作业指导书.wps",
        date=None,
        notes="cloud-drive preview in text: file-name title; page markers ⊻ n ⊻ glued with a space or on lines of "
        "their own; a share stamp (no date); no date in the instruction",
        page="""
!m 盘盒分享 · 文件预览
!t 盖碗成型与施釉作业指导书.wps
!m 文件大小 41KB　·　分享者 白云瓷业质检部　·　2 周前分享
!a 保存到盘盒　　下载　　举报
{BODY}
!a 预览仅显示前 3 页，完整内容请下载后查看
!a 开通盘盒会员，下载不限速
!d 文件由用户分享，盘盒不对其内容负责
""",
        pages=dict(fmt="⊻ {n} ⊻", every=60, start=2, glue="mix", sep=" "),
        body="""
1 适用范围：本指导书适用于本厂白瓷盖碗的拉坯成型、修坯和施釉工序。
2 拉坯：泥料含水率控制在22%至24%，碗身壁厚3毫米，碗盖与碗口的配合间隙不超过1毫米。
3 修坯：坯体半干后修坯，碗沿修出外撇弧度，盖钮居中，修坯后逐件检查有无裂纹。
4 施釉：采用浸釉法，釉层厚度0.3至0.5毫米，碗盖内沿和碗口接触面须擦净釉料，防止烧成后粘连。
5 自检：每班首件由质检员确认，合格后方可批量生产，不合格品单独堆放并挂牌标识。
""",
    ),
    dict(
        slug="snapshot-xunwei-notice-cowbell-festival-frame",
        site="寻微搜索快照 (invented search cache)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="https://cache.xunwei.example.com/c?u=wlj.jianxi.gov.example.cn/tzgg/20240801.html",
        title="关于举办首届犍溪“牛铃节”活动的通知",
        record_title="关于举办首届犍溪“牛铃节”活动的通知 - 犍溪县文化旅游体育局（寻微快照）",
        date="2024-07-30",
        date_also=["2024-08-01"],
        notes="search-cache frame: a capture banner with the capture time (no date) and highlighted keywords; the "
        "cached portal's date differs from the 成文日期; 关注 an account as content; the notice's own contact",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于举办首届犍溪“牛铃节”活动的通知 - 犍溪县文化旅游体育局（寻微快照）</title></head><body>
<div class="cache-banner" style="border:1px solid #999;background:#f5f5f5">
<p>⟦d 这是寻微搜索对 wlj.jianxi.gov.example.cn/tzgg/20240801.html 的快照，抓取于 2024-08-05 03:14⟧</p>
<p>⟦a 当前页面可能已更新，点此访问原网页⟧</p>
<p>⟦a 以下关键词已高亮：牛铃节　犍溪⟧</p></div>
<div class="orig">
<div class="gov-top">⟦m 犍溪县文化旅游体育局⟧　⟦m 首页 | 文旅资讯 | 通知公告 | 办事服务⟧</div>
<h2>{T}</h2>
<div class="gov-info">⟦m 发布日期：2024-08-01　来源：产业股　浏览：672⟧</div>
<div class="gov-body">
{BODY}
</div>
<div class="gov-foot">⟦m 犍溪县文化旅游体育局　地址：犍溪县黟坪路16号⟧　⟦m 蒙ICP备15003271号-8⟧</div>
</div>
</body></html>
""",
        body="""
各乡镇人民政府，县直有关单位：
为弘扬草原畜牧文化，展示铜牛铃制作技艺，县文化旅游体育局定于8月16日至18日在黟坪乡举办首届犍溪“牛铃节”。现将有关事项通知如下：
一、活动内容：铜牛铃制作技艺展示、头牛巡游、牧歌对唱和牧区特色产品展销。
二、参展报名：各乡镇组织本地手工艺人和合作社参展，8月9日前将参展名单报县文化旅游体育局。
三、宣传推广：请各单位关注“犍溪文旅”公众号，及时转发活动信息。
联系人：产业股　包玉兰，电话：0477-8262251。
犍溪县文化旅游体育局
2024年7月30日
""",
    ),
    dict(
        slug="snapshot-xunwei-text-pledge-brush-rolls-village",
        site="寻微搜索快照 (invented, text-only cache)",
        style="搜索快照",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://cache.xunwei.example.com/t?u=www.lcwhg.example.cn/hd/2024/0308.html",
        title="“一副笔帘进乡村”捐赠倡议书",
        record_title="[只读快照] “一副笔帘进乡村”捐赠倡议书 - 潞川市文化馆",
        date="2024-03-08",
        notes="text-only search cache: a capture line with its time (no date), a link to the live page; the "
        "cultural centre's crumb and footer; 成文日期 under the signature",
        page="""
!d 寻微纯文本快照｜抓取时间 2024-05-30 21:47｜页面内容以原网站为准
!a 查看原网页　　查看图文版快照
!m 潞川市文化馆 > 馆内活动 > 公益倡议
{T}
{BODY}
!m 潞川市文化馆　开放时间：周二至周日 9:00—17:00
!m 馆办电话：0870-2171100
""",
        body="""
全市书法爱好者、文化志愿者：
我市不少乡村学校开设了书法课，但孩子们的毛笔常常随手插在笔筒里，笔头容易散乱、霉变。为此，潞川市文化馆发起“一副笔帘进乡村”捐赠活动，倡议大家：
一、捐一副笔帘。新旧不限，竹制、布制均可，旧笔帘请清洗晾干后再捐赠。
二、捐一支好笔。可随笔帘一同捐赠常用的大、中、小楷毛笔。
三、教一堂书法课。欢迎有书法特长的志愿者报名，到乡村学校上一堂书法课。
捐赠地点：潞川市文化馆一楼服务台，捐赠时间：3月10日至4月30日。
潞川市文化馆
2024年3月8日
""",
    ),
    dict(
        slug="print-zhiling-bulletin-sealing-wax-window-print",
        site="郅岭县委保密办（打印视图，invented）",
        style="打印页",
        genre="通报",
        kind="notice",
        form="html",
        source="https://www.zhiling.gov.cn.example/bmb/tb/202410/t20241016_88391.html?print=1",
        title="关于部分单位机要文件火漆封装不规范问题的通报",
        record_title="◇打印稿◇ 关于部分单位机要文件火漆封装不规范问题的通报 · 郅岭县委保密办",
        date="2024-10-15",
        notes="print view calling window.print(): print/close buttons, the page URL and a print footer ⋻ 第 1 页 ∕ "
        "共 1 页 ⋻; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>◇打印稿◇ 关于部分单位机要文件火漆封装不规范问题的通报 · 郅岭县委保密办</title>
<style>@media print{.noprint{display:none}}</style>
<script>window.onload=function(){window.print();}</script></head><body>
<div class="noprint">⟦a 〔打印这一页〕〔关掉打印预览〕⟧</div>
<div class="ptop">⟦m 郅岭县人民政府门户网站 · 打印视图⟧</div>
<h2 style="text-align:center">{T}</h2>
<div class="pbody">
{BODY}
</div>
<div class="purl">⟦m 本页网址：https://www.zhiling.gov.cn.example/bmb/tb/202410/t20241016_88391.html⟧</div>
<div class="pfoot">⟦p ⋻ 第 1 页 ∕ 共 1 页 ⋻⟧</div>
</body></html>
""",
        body="""
各乡镇党委，县直各单位：
9月下旬，县委保密办对全县28个单位的机要文件收发情况进行了抽查，发现以下问题：
一、4个单位的机要文件封口火漆过薄，轻碰即出现裂纹。
二、3个单位使用未经登记的铜印加盖火漆，印模无法与登记簿核对。
三、1个乡镇交通点以透明胶带代替火漆封口。
对上述问题，县委保密办已当场指出并责令限期整改。各单位要举一反三，严格规范封装操作，确保机要文件安全传递。
中共郅岭县委保密委员会办公室
2024年10月15日
""",
    ),
    dict(
        slug="print-qiyue-contract-gaiwan-template-blanks",
        site="契约范本网（打印页，invented）",
        style="打印页",
        genre="合同范本",
        kind="other",
        form="text",
        source="https://www.qiyuefanben.example.com/ht/caigou/662.html?act=print",
        title="盖碗茶具采购合同（范本）",
        record_title="【打印用纸A4】盖碗茶具采购合同（范本）",
        date=None,
        notes="print view in text: a contract template with ×× placeholders, ＿＿ blanks and ＿＿＿＿年＿＿月＿＿日; "
        "a print stamp (no date) and a print footer ⍬ 第1页 ⍬ 共1页 ⍬",
        page="""
!a [打印] [返回原文]
!m 契约范本网 · www.qiyuefanben.example.com
{T}
{BODY}
!m 打印时间：今天 10:42　　本页地址：www.qiyuefanben.example.com/ht/caigou/662.html
!p ⍬ 第1页 ⍬ 共1页 ⍬
""",
        body="""
甲方（采购方）：＿＿＿＿＿＿＿＿
乙方（供货方）：××瓷业有限公司
第一条　甲方向乙方采购白瓷盖碗＿＿套，每套含碗、盖、托各一件，单价＿＿元，合计人民币＿＿＿＿元。
第二条　乙方应于合同签订后＿＿日内将货物送至甲方指定地点，运输中破损的由乙方负责补发。
第三条　盖碗应符合日用陶瓷国家标准，每批次提供检验报告；甲方验收时发现釉面开裂、盖碗不配套的，乙方应无条件调换。
第四条　本合同一式两份，甲乙双方各执一份，自双方签字盖章之日起生效。
甲方（盖章）：　　　　　乙方（盖章）：
签订日期：＿＿＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="mail-webmail-letter-griddles-loan-attachment-bar",
        site="涠湖教育网邮件系统（网页邮箱，invented）",
        style="邮件转发",
        genre="函",
        kind="other",
        form="html",
        source="https://mail.weihu-edu.example.cn/read?mid=ZC2409130842",
        title="关于商请调剂商用电饼铛的函",
        record_title="转发：【急】关于商请调剂商用电饼铛的函",
        date="2024-09-12",
        date_also=["2024-09-13"],
        notes="webmail reading view: a forwarded header with its own 抄送 line, an attachment bar beside the "
        "letter's own 附件 list and 抄送 line; the letter's contact and mailbox; send date differs from 成文日期",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>转发：【急】关于商请调剂商用电饼铛的函 - 涠湖教育网邮件系统</title>
<script src="/webmail/js/read.js"></script></head><body>
<div class="mail-top">⟦m 涠湖教育网邮件系统⟧　⟦m houqin@weihu-edu.example.cn⟧　<a>⟦a 退出邮箱⟧</a></div>
<div class="mail-tools">⟦a 回复　回复全部　转发　删除　标为未读⟧</div>
<div class="mail-head">
<h3>⟦t 转发：【急】关于商请调剂商用电饼铛的函⟧</h3>
<p>⟦m 发件人：菂田镇中心学校总务处 &lt;ftzx_zw@luchuan-edu.example.cn&gt;⟧</p>
<p>⟦m 收件人：区教体局后勤服务中心 &lt;houqin@weihu-edu.example.cn&gt;⟧</p>
<p>⟦m 抄　送：区教体局装备中心 龙晓薇 &lt;zbzx_wh@luchuan-edu.example.cn&gt;⟧</p>
<p>⟦m 时　间：2024年9月13日（星期五）08:42⟧</p></div>
<div class="mail-body">
<p>⟦m ---------- 以下为转发内容 ----------⟧</p>
{BODY}
</div>
<div class="att-bar"><p>⟦a 附件（2 个）　全部打包下载⟧</p>
<p>⟦a 拟借用设备清单.xlsx（12.4K）　预览　下载⟧</p>
<p>⟦a 设备借用承诺书.docx（25.1K）　预览　下载⟧</p></div>
<div class="mail-foot">⟦d 涠湖教育网邮件系统提示：请勿点击来历不明的链接⟧</div>
</body></html>
""",
        body="""
涠湖区教育体育局后勤服务中心：
我校食堂原有的两台电饼铛近期相继损坏，新购设备预计10月中旬才能到货。为保障近一个月的学生早餐供应，商请贵中心从库存闲置设备中调剂商用电饼铛2台，借用至10月31日，借用期间如有损坏由我校负责维修。
联系人：曹文亮，电话：0870-2615183，邮箱：cwl_ftzx@luchuan-edu.example.cn。
附件：1.拟借用设备清单
2.设备借用承诺书
涠湖区菂田镇中心学校
2024年9月12日
抄送：菂田镇人民政府
""",
    ),
    dict(
        slug="mail-forwarded-letter-brush-rolls-order-docx",
        site="鄗阳一中总务处转发邮件 (invented, plain text)",
        style="邮件转发",
        genre="函",
        kind="other",
        form="text",
        source="mailto:shenkou_zhubian@mail.example.com?msg=20240521-1026",
        title="关于定制书法教室竹制笔帘的函",
        record_title="FWD｜关于定制书法教室竹制笔帘的函.docx",
        date="2024-05-20",
        date_also=["2024-05-21"],
        notes="forwarded mail as text: file-name title with a forward prefix; mail headers with the subject "
        "repeated; the letter's own 附件 line and contact; send date differs from 成文日期; a signature and "
        "a confidentiality notice",
        page="""
!m ---------- 转发邮件 ----------
!m 发件人：邢立春 <xinglc@hy1z.example.cn>
!m 发送时间：2024年5月21日 星期二 10:26
!m 收件人：莘口竹编工艺社 <shenkou_zhubian@mail.example.com>
!t 主题：关于定制书法教室竹制笔帘的函
!m 附件：关于定制书法教室竹制笔帘的函.docx（18.6 KB）；笔帘样式图.jpg（402 KB）
{BODY}
!m --
!m 邢立春｜鄗阳县第一中学总务处｜分机 3317
!d 本邮件可能含有内部信息，如您误收，请告知发件人并删除
""",
        body="""
莘口竹编工艺社：
我校今年新建两间书法教室，拟向贵社定制竹制笔帘90副。具体要求如下：
一、规格：展开尺寸32厘米×36厘米，可插笔12支，两端包蓝色布边，附系带。
二、材质：选用本地毛竹竹丝，经防霉处理，无毛刺、无异味。
三、交货：6月20日前送至我校总务处，货到验收合格后15日内付款。
请贵社收函后报价回复。联系人：总务处　邢立春，电话：0872-4403317。
附件：笔帘样式图
鄗阳县第一中学总务处
2024年5月20日
""",
    ),
]

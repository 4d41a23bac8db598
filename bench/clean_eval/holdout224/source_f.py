"""holdout224, part F: exam forums, encyclopaedias, cloud-drive shares, search snapshots, print
views and forwarded mails. Every page, place, person, firm, number and URL is invented; each
case written by hand. See ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="examforum-yangfan-interview-stoves-jammer",
        site="扬帆公考论坛 (invented, Discuz-style)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="html",
        source="https://bbs.yangfan-gk.com/thread-660153-1-1.html",
        title="景区露营区游客扎堆用炉具做饭，你作为工作人员怎么处理",
        record_title="[结构化｜突发处置] 景区露营区游客扎堆用炉具做饭，你作为工作人员怎么处理（附个人答题提纲）- 面试交流 - 扬帆公考论坛",
        date=None,
        notes="exam forum: jammer fonts inside the answer, a reply-to-see prompt, a rating row, a QQ-group ad; the post time is relative (no date)",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="gbk">
<title>[结构化｜突发处置] 景区露营区游客扎堆用炉具做饭，你作为工作人员怎么处理（附个人答题提纲）- 面试交流 - 扬帆公考论坛</title>
<link rel="stylesheet" href="data/cache/style_2_common.css">
<script src="static/js/common.js"></script>
<style>.jammer{position:absolute;left:-9999px}</style>
</head>
<body>
<div id="hd">⟦m 扬帆公考论坛 · 一帆风顺上岸去⟧　<a>⟦a 登录⟧</a>　<a>⟦a 注册扬帆号⟧</a></div>
<div class="ad-top">⟦w 2026省考面试冲刺群：QQ群 830215546，进群领真题⟧</div>
<div id="pt">⟦m 扬帆公考 › 面试天地 › 面试交流⟧</div>
<table class="plhin"><tr>
<td class="pls">⟦m 上岸的小帆　积分 2210　研友⟧</td>
<td class="plc">
<h1 id="thread_subject">⟦t [结构化｜突发处置] 景区露营区游客扎堆用炉具做饭，你作为工作人员怎么处理（附个人答题提纲）⟧</h1>
<div class="authi">⟦m 发表于 6 天前　只看该作者　倒序看帖⟧</div>
<div class="t_f" id="postmessage_3309721">
{BODY}
</div>
<div class="locked">⟦a 本帖隐藏了参考范文，回复本帖后刷新可见⟧</div>
<div class="rate">⟦l 评分　参与人数 5　扬帆币 +25　收起 理由　思路清晰⟧</div>
<div class="po">⟦a 回复　引用　收藏　举报⟧</div>
</td></tr></table>
<div class="pl2">⟦l 沙发　今年必上岸：第二点可以再加一句联系消防⟧</div>
<div id="ft">⟦m 扬帆公考论坛　苏ICP备18075520号　Powered by Discuz!⟧</div>
<script>ajaxget("forum.php?mod=viewthread");</script>
</body>
</html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=2),
        body="""
题目：国庆假期，某森林公园露营区游客扎堆用户外炉具做饭，有的甚至在帐篷边烧烤。你作为景区工作人员，怎么处理？
我的作答思路如下：
第一，立即劝阻，消除眼前隐患。我会带上灭火器赶到现场，礼貌劝导在帐篷边、林缘用火的游客停止使用炉具，引导他们到集中炊事区。
第二，疏导分流，做好服务。集中炊事区排队较长的，协调增设临时灶位，安排同事维持秩序。同时提醒游客用完关阀，气罐不离人。
第三，事后总结，完善管理。建议景区在入口处加强宣传，增设炉具寄存点，节假日增加巡查频次。
以上是我的答题思路，请各位研友拍砖。
""",
    ),
    dict(
        slug="examforum-yangfan-essay-blocks-junk",
        site="扬帆公考论坛 (invented)",
        style="公考论坛",
        genre="申论习作",
        kind="other",
        form="text",
        source="https://bbs.yangfan-gk.com/thread-661882-1-1.html",
        title="从一盒积木看基层治理的“搭”与“拼”",
        record_title="【申论互评】从一盒积木看基层治理的“搭”与“拼”（第3稿，求点评）- 申论批改 - 扬帆公考论坛",
        date=None,
        notes="exam forum text with anti-scraping junk as lines and glued after 。; an essay (no date); a course ad and a reply-to-see line around it",
        page="""
!m 扬帆公考论坛 › 申论天地 › 申论批改
!t 【申论互评】从一盒积木看基层治理的“搭”与“拼”（第3稿，求点评）
!m 楼主：笔耕不止的桨　　发表于 4 天前　　查看 688　回复 17
{BODY}
!a 回复可见：楼主自评分和修改说明
!w 申论一对一精批，48小时返稿，加微信 yfgk-shenlun
!l 2楼　青蓝之间：“搭”和“拼”的比喻贯穿全文，结构很清楚
!l 3楼　岸上见：第二段举例可以再具体些
""",
        junk=dict(lines=2, glued=2),
        body="""
小时候搭积木，最怕的是底座不稳，搭得越高，倒得越快。基层治理也像搭积木，既要打牢底座，也要学会拼接。
“搭”在打基础。网格、楼道、村组是基层治理的底座，只有把人员、经费、阵地一块块码实，上面的服务才能稳稳立住。一些地方热衷于搭“高楼”、造亮点，底座却松松垮垮，一遇风吹草动就散了架。
“拼”在聚合力。积木之所以能变出千百种造型，在于每一块都有接口。部门之间、干部群众之间也要留好“接口”，数据互通、力量互补，才能拼出治理的整体效能。
一盒积木，搭得稳，拼得牢，才是好作品。
""",
    ),
    dict(
        slug="wiki-fanzhi-parasol-entry-infobox",
        site="帆知百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://baike.fanzhi-wiki.cn/item/遮阳伞/20331",
        title="遮阳伞",
        record_title="遮阳伞_遮阳用具_帆知百科",
        date=None,
        notes="encyclopaedia entry: edit/discuss/history tabs, an infobox, a contents box, reference markers glued after sentences and an edit link glued to a section heading; the entry name also opens the body (head); no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>遮阳伞_遮阳用具_帆知百科</title>
<link rel="stylesheet" href="https://s.fanzhi-wiki.cn/item.css">
<script src="https://s.fanzhi-wiki.cn/item.js"></script>
</head>
<body>
<div class="fz-top">⟦m 帆知百科　人人可编的知识帆⟧　<input placeholder="搜索词条">　<a>⟦a 进入词条⟧</a></div>
<div class="fz-tabs">⟦a 编辑词条　讨论（3）　历史版本⟧</div>
<div class="fz-entry">
<h1>{T}</h1>
<p class="sub">⟦m （遮阳用具）⟧</p>
<table class="infobox">
<tr><td>⟦m 中文名　遮阳伞⟧</td></tr>
<tr><td>⟦m 外文名　sun umbrella / parasol⟧</td></tr>
<tr><td>⟦m 类　别　日用伞具⟧</td></tr>
<tr><td>⟦m 主要材质　涤纶、铝合金、玻璃纤维⟧</td></tr>
</table>
<div class="toc">⟦l 目录　1 种类　2 防晒指标　3 使用与维护⟧</div>
<div class="content">
{BODY}
</div>
<div class="refs"><h3>⟦l 参考资料⟧</h3><p>⟦l [1] 帆知百科编辑组.日用伞具分类说明⟧</p><p>⟦l [2] 纺织品防紫外线性能评定相关标准⟧</p></div>
<div class="fz-stat">⟦m 浏览 3.6万次　编辑 27次　最近更新：2 个月前⟧</div>
</div>
<div class="fz-foot">⟦d 帆知百科词条内容仅供参考，如需专业意见请咨询相关人士⟧</div>
</body>
</html>
""",
        body="""
遮阳伞是用于遮挡阳光和紫外线的伞具，分为手持遮阳伞和户外立式遮阳伞两大类。⟦l [1]⟧
1 种类
手持遮阳伞多为折叠式，伞面常带黑胶或银胶涂层；户外立式遮阳伞包括沙滩伞、庭院伞、摊位伞等，伞面直径一般在1.8米至3米之间。
2 防晒指标⟦a ✎修改本节⟧
按照国家标准，紫外线防护系数UPF大于40且长波紫外线透过率小于5%的，才可称为防紫外线产品。⟦l [2]⟧
3 使用与维护
沙滩遮阳伞使用时伞杆应插入沙层40厘米以上，风力较大时应及时收起。伞面应避免长时间折叠挤压，以免涂层脱落。
""",
    ),
    dict(
        slug="wiki-fanzhi-mattress-entry-text-missing",
        site="帆知百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="https://m.baike.fanzhi-wiki.cn/item/充气床垫/8876",
        title="充气床垫",
        record_title=None,
        date=None,
        notes="entry text without a record title: the entry name line (also the body's first words, head); infobox lines and tabs; an update stamp in relative time; no date",
        page="""
!m 帆知百科　人人可编的知识帆
{T}
!a 编辑词条　｜　讨论　｜　历史版本
!m 中文名：充气床垫　　别名：气垫床
!m 类别：户外睡眠用品　　常见材质：PVC、TPU
{BODY}
!l 词条标签：户外用品　露营装备　床上用品
!m 本词条由帆知百科用户共同编辑，最近更新于 2 个月前
""",
        body="""
充气床垫，又称气垫床，是以充入空气作为支撑的床垫，常用于露营、应急安置和临时留宿。
结构
常见的充气床垫由PVC或TPU面料热合而成，内部设有拉丝或气柱结构，使床面保持平整。自充气床垫在气室内填充开孔海绵，打开气阀后可自行吸入空气。
使用注意
充气不宜过足，以躺下后身体略有下陷为宜；夜间气温降低时床垫会变软，属正常现象。应避免在尖锐碎石地面直接铺设，收纳前应排净空气并晾干。
""",
    ),
    dict(
        slug="pan-fanyun-plan-blocks-pdf-markers",
        site="帆云盘 (invented cloud drive)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="html",
        source="https://pan.fanyun.cn/s/1qZ7xWmB3tK",
        title="艉洲幼儿园积木建构区环境创设工作方案",
        record_title="艉洲幼儿园积木建构区环境创设工作方案.pdf",
        date="2025-08-28",
        notes="cloud-drive preview of a PDF: ⫼ n ⫼ marker paragraphs cut sentences; save/download buttons, VIP prompts and a share-expiry line; 上传 in the body is content; the 成文日期 is the date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>艉洲幼儿园积木建构区环境创设工作方案.pdf_免费高速下载|帆云盘</title>
<link rel="stylesheet" href="//pan.fanyun.cn/static/share/preview.css">
<script src="//pan.fanyun.cn/static/share/pdfview.js"></script>
</head>
<body>
<div class="fy-head"><a class="logo">⟦m 帆云盘⟧</a>　<a>⟦a 登录帆云盘⟧</a>　<a>⟦a 开通超级会员⟧</a></div>
<div class="fy-share">
<h2>⟦t 艉洲幼儿园积木建构区环境创设工作方案.pdf⟧</h2>
<p>⟦m 分享者：艉洲幼教小叶　|　2.1MB　|　分享于 5 天前　|　链接永久有效⟧</p>
<div class="fy-btns">⟦a 保存到我的帆云盘　下载（超级会员极速）⟧</div>
</div>
<div class="fy-preview">
<p class="fy-tip">⟦a 当前为文字预览，排版可能有偏差⟧</p>
<p class="doc-t">{T}</p>
{BODY}
</div>
<div class="fy-vip">⟦a 开通超级会员，在线预览PDF原版不限页数⟧</div>
<div class="fy-foot">⟦d 帆云盘严禁分享违法违规内容，发现请点举报⟧　⟦m © 2025 fanyun.cn⟧</div>
<script>pdfview.init("1qZ7xWmB3tK");</script>
</body>
</html>
""",
        p_html='<p class="pl">{}</p>',
        pages=dict(fmt="⫼ {n} ⫼", every=95, start=2),
        body="""
为丰富幼儿建构游戏经验，提升积木建构区的环境质量，结合我园实际，制定本方案。
一、创设目标
各班积木建构区面积不少于8平方米，单元积木不少于300块，并配备纸筒、木板、小人偶等辅助材料，满足幼儿自主搭建需要。
二、实施步骤
（一）9月上旬，各班清点现有积木，填写缺损登记表，统一报总务处补购。
（二）9月中旬，各班调整区域布局，将建构区设在远离通道、靠近窗户的位置，地面铺设隔音地垫。
（三）9月下旬，园部组织交叉观摩，评选“最美建构区”。
三、工作要求
各班教师每周至少拍摄一次幼儿作品并上传班级相册，学期末汇编成册。
艉洲幼儿园
2025年8月28日
""",
    ),
    dict(
        slug="pan-fanyun-inspection-backpacks-doc-markers",
        site="帆云盘 (invented cloud drive)",
        style="网盘分享",
        genre="检验规程",
        kind="other",
        form="text",
        source="https://pan.fanyun.cn/s/1vK0pRt9eQa",
        title="双肩背包成品出厂检验规程",
        record_title="双肩背包成品出厂检验规程.doc",
        date=None,
        notes="cloud-drive text preview of a .doc: ⧒第n页⧒ markers on lines of their own cut sentences; a save button, a preview-mode line and a VIP line; a procedure has no date",
        page="""
!m 帆云盘 · 分享文件
!t 双肩背包成品出厂检验规程.doc
!m 分享者：质检部老甘　|　58KB　|　分享于 3 天前
!a 保存到我的帆云盘　　下载
!a 预览模式仅显示文字，完整格式请下载后查看
{BODY}
!a 开通超级会员，预览、下载不限速
!d 帆云盘严禁分享违法违规内容，发现请点举报
""",
        pages=dict(fmt="⧒第{n}页⧒", every=80, start=2),
        body="""
一、目的
规范双肩背包成品出厂检验，防止不合格品流出。
二、抽样
每批按5%随机抽样，不少于20只；抽样不合格的，加倍抽样复检。
三、检验项目
外观：面料无破洞、污渍，缝线平直，线头修剪干净。
拉链：来回拉动20次，顺滑无卡齿。
背带：每侧悬挂15公斤砝码静置30分钟，缝合处无脱线、无撕裂。
反光条：儿童款正面和两侧反光条齐全，粘贴牢固。
四、判定
以上项目全部合格的，贴绿色合格标签入库；任一项不合格的，整批退回车间返修。
""",
    ),
    dict(
        slug="snapshot-zhousou-manxi-camping-tips",
        site="舟搜快照 (invented search cache)",
        style="搜索快照",
        genre="提示",
        kind="notice",
        form="html",
        source="http://cache.zhousou.com/c?u=http%3A%2F%2Fwlj.manxi.gov.cn%2Ftzgg%2F202511%2Ft20251103_4470.html",
        title="秋冬季节露营安全与保暖提示",
        record_title="秋冬季节露营安全与保暖提示_幔溪县文化和旅游局 ⟨舟搜快照⟩",
        date="2025-11-03",
        notes="search-cache frame: a capture banner with a relative capture time and a highlighted-words line, the cached page's nav and its 发布时间 line (the date)",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>秋冬季节露营安全与保暖提示_幔溪县文化和旅游局 ⟨舟搜快照⟩</title>
<style>.zs-bar{background:#fffbe6;border:1px solid #e6d28a}</style>
<script src="//cache.zhousou.com/static/hl.js"></script>
</head>
<body>
<div class="zs-bar">
<p>⟦d 这是舟搜保存的网页副本，原网页可能已更新或失效，舟搜于 3 天前 保存了此页面⟧</p>
<p>⟦m 您查询的关键词已高亮：露营　充气床垫⟧　<a>⟦a 查看原网页⟧</a></p>
</div>
<div class="orig">
<div class="top">⟦m 幔溪县文化和旅游局　山水幔溪欢迎您⟧</div>
<div class="nav">⟦m <a>首页</a> <a>文旅资讯</a> <a>通知公告</a> <a>景区景点</a>⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 发布时间：2025-11-03　来源：县文化和旅游局⟧</div>
{BODY}
<div class="foot">⟦m 幔溪县文化和旅游局主办　旅游咨询：0578-7566000⟧</div>
</div>
</body>
</html>
""",
        body="""
进入秋冬季节，旃岭一带夜间气温可降至零度以下。县文化和旅游局提醒广大露营爱好者：
一、做好防潮保暖。帐篷内应先铺防潮垫，再铺充气床垫或自充气床垫，不要直接睡在地面上；充气床垫夜间遇冷会变软，可适当补气。
二、注意用火安全。不在帐篷内使用炉具取暖，防止一氧化碳中毒和火灾。
三、选择正规营地。请到旃岭森林公园等已备案的营地露营，出发前关注天气预报，遇大风降温及时撤离。
""",
    ),
    dict(
        slug="snapshot-zhousou-text-fire-ban-stoves",
        site="舟搜快照 (invented text-only cache)",
        style="搜索快照",
        genre="通告",
        kind="notice",
        form="text",
        source="http://cache.zhousou.com/t?u=http%3A%2F%2Fwww.zhanling-park.cn%2Fgg%2F1025.html",
        title="旃岭森林公园管理处关于秋冬季禁止野外用火的通告",
        record_title="旃岭森林公园管理处关于秋冬季禁止野外用火的通告 - 纯文本存档 - 舟搜",
        date="2025-10-25",
        notes="text-only cache: a capture line with an absolute crawl date (no date), the cached page's lines; the notice's own 报警电话 stays; the 成文日期 is the date",
        page="""
!d 舟搜纯文本存档：以下为该网页的文字内容，图片和样式已省略，存档于2025-11-12
!m 原网址：http://www.zhanling-park.cn/gg/1025.html
!m 旃岭森林公园 > 公园公告
{T}
{BODY}
!m 旃岭森林公园管理处　游客服务中心：0578-7593300
!a 返回舟搜结果页
""",
        body="""
为做好秋冬季森林防火工作，根据《森林防火条例》等规定，现就有关事项通告如下：
一、自2025年11月1日至2026年4月30日，公园全域为森林防火期，禁止一切野外用火。
二、防火期内，露营地只允许在集中炊事区使用带熄火保护装置的气罐炉，禁止使用木炭炉、柴火炉和酒精炉。
三、游客进园须接受火种检查，打火机、火柴等火种一律寄存。
四、违反本通告的，由森林公安依法处理。
森林火情报警电话：12119。
旃岭森林公园管理处
2025年10月25日
""",
    ),
    dict(
        slug="print-manxi-school-trip-backpack-window-print",
        site="幔溪县实验小学 (invented, print view)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.mxsyxx.cn/print.asp?id=1182",
        title="关于2025年春季研学活动学生携带物品的通知",
        record_title="【A4竖排打印】关于2025年春季研学活动学生携带物品的通知 - 幔溪县实验小学",
        date="2025-04-10",
        notes="school print view calling window.print(): print/close buttons, the source URL and a print stamp (no date), a numbered list, a ⏉ print footer closing the page; the 成文日期 is the date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【A4竖排打印】关于2025年春季研学活动学生携带物品的通知 - 幔溪县实验小学</title>
<style>@media print{.noprint{display:none}} body{width:680px;margin:0 auto}</style>
<script>window.onload=function(){window.print();};</script>
</head>
<body>
<div class="noprint">⟦a 〔立即打印〕　〔关闭本窗口〕⟧</div>
<div class="ph">⟦m 幔溪县实验小学　家校通知⟧</div>
<h2>{T}</h2>
{BODY}
<hr>
<div class="pf">⟦m 原文链接：http://www.mxsyxx.cn/jxtz/1182.html⟧</div>
<div class="pf">⟦m 打印时间：2025-04-11 07:40⟧</div>
<div class="pf">⟦p ⏉ 第1页 ／ 共1页 ⏉⟧</div>
</body>
</html>
""",
        body="""
各位家长：
我校定于4月17日组织三至六年级学生赴旃岭森林公园开展春季研学活动。为确保活动安全顺利，请家长协助孩子准备以下物品，统一装入一只双肩背包：
1.饮用水一瓶（不超过500毫升）、午餐和少量零食；
2.雨衣一件、薄外套一件；
3.研学手册和笔；
4.常用药品请写明用法，交给班主任。
请勿携带刀具、打火机和贵重物品。背包总重量不超过3公斤，以孩子能独立背负行走两小时为宜。
幔溪县实验小学
2025年4月10日
""",
    ),
    dict(
        slug="print-luwan-bulletin-parasol-wind-check",
        site="橹湾镇人民政府 (invented, print view)",
        style="打印页",
        genre="通报",
        kind="notice",
        form="text",
        source="http://www.luwan.weichuan.gov.cn/print/zwgk/20250808_301.html",
        title="关于沚湾海水浴场遮阳伞大风安全检查情况的通报",
        record_title="打印稿 ▸ 关于沚湾海水浴场遮阳伞大风安全检查情况的通报 · 橹湾镇人民政府",
        date="2025-08-08",
        notes="a town's print view as text: a print header with the page URL and print stamp, a print footer 第1页 ⎍ 共1页 closing it; the 成文日期 is the date",
        page="""
!m 橹湾镇人民政府网　打印页面
!m http://www.luwan.weichuan.gov.cn/zwgk/20250808_301.html
{T}
{BODY}
!m 打印于 2025/8/9 上午10:22
!p 第1页 ⎍ 共1页
""",
        body="""
各有关单位、浴场各经营户：
8月6日，受台风外围影响，沚湾海水浴场出现8级阵风。镇安委办会同浴场管理站对遮阳伞收伞情况进行了突击检查，现将检查情况通报如下：
一、总体情况。检查经营户42户、遮阳伞伞位800个，其中39户在大风预警发布后30分钟内完成收伞，3户未及时收伞。
二、存在问题。北区第3、第11、第27号经营户未及时收伞，其中1把遮阳伞被风吹倒，所幸未造成人员受伤。
三、处理意见。对上述3户经营户予以通报批评，暂停伞位经营资格7天。
请各经营户引以为戒，严格落实“一风一收”要求。
橹湾镇安全生产委员会办公室
2025年8月8日
""",
    ),
    dict(
        slug="mail-fanzhou-webmail-consumer-council-stoves",
        site="帆舟炊具企业邮箱 (invented webmail)",
        style="邮件转发",
        genre="函",
        kind="notice",
        form="html",
        source="https://mail.fanzhou-cook.com/webmail/read?mid=ZC4211-0819",
        title="关于商请提供便携式卡式炉样品参加比较试验的函",
        record_title="[需回复] FW: 关于商请提供便携式卡式炉样品参加比较试验的函",
        date="2025-08-18",
        date_also=["2025-08-19"],
        notes="webmail reading view of a forwarded letter: mail headers (with the mail's own 抄送) and an attachment bar beside the letter's own 附件 list and 抄送 line; the letter's 联系人/电话/邮箱 stay; send date and 成文日期 differ",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>[需回复] FW: 关于商请提供便携式卡式炉样品参加比较试验的函 - 帆舟企业邮箱</title>
<link rel="stylesheet" href="/webmail/skin/default/read.css">
<script src="/webmail/js/read.js"></script>
</head>
<body>
<div class="wm-top">⟦m 帆舟企业邮箱　market@fanzhou-cook.com⟧　<a>⟦a 写信⟧</a> <a>⟦a 收信⟧</a> <a>⟦a 通讯录⟧</a></div>
<div class="wm-left">⟦m 收件箱(12)　星标邮件　已发送　草稿箱　已删除⟧</div>
<div class="wm-read">
<div class="wm-ops">⟦a 回复　回复全部　转发　删除　标记为未读⟧</div>
<h3>⟦t [需回复] FW: 关于商请提供便携式卡式炉样品参加比较试验的函⟧</h3>
<table class="wm-head">
<tr><td>⟦m 发件人：市场部 葛小楫 &lt;gexj@fanzhou-cook.com&gt;⟧</td></tr>
<tr><td>⟦m 收件人：质量部；技术部⟧</td></tr>
<tr><td>⟦m 抄　送：总经理办公室⟧</td></tr>
<tr><td>⟦m 时　间：2025年8月19日（星期二）上午9:26⟧</td></tr>
</table>
<div class="wm-fw">⟦m ---------- 转发的邮件 ----------⟧</div>
<div class="wm-body">
<p class="t">{T}</p>
{BODY}
</div>
<div class="wm-att">⟦a 附件（2个）：样品登记表.xlsx（18K）　寄送须知.pdf（96K）　全部下载　预览⟧</div>
</div>
<div class="wm-foot">⟦m 帆舟企业邮箱　由信帆企业邮局提供服务⟧</div>
</body>
</html>
""",
        body="""
幄阳帆舟炊具有限公司：
为引导消费者安全选购和使用户外炉具，我会拟于今年9月组织开展便携式卡式炉比较试验。贵公司产品在本地市场占有率较高，特商请提供FZ-K30、FZ-K35型号样品各3台，并附产品合格证和使用说明书。
样品请于8月29日前寄送至幄阳市帏湖区正阳路9号市消保委秘书处，试验结束后原样退还。
联系人：钟舸，电话：0577-66021315，邮箱：wyxbw_test@163.com。
附件：1.比较试验样品登记表
2.样品寄送须知
抄送：幄阳市市场监督管理局
幄阳市消费者权益保护委员会
2025年8月18日
""",
    ),
    dict(
        slug="mail-jiangzhou-forwarded-blocks-test-letter",
        site="桨舟玩具邮件转发 (invented mail text)",
        style="邮件转发",
        genre="函",
        kind="notice",
        form="text",
        source="mailto:quality@jiangzhou-toys.com?mid=20250923-0041",
        title="关于积木产品小零件检测结果的函",
        record_title="转发：【检测报告】关于积木产品小零件检测结果的函.docx",
        date="2025-09-22",
        date_also=["2025-09-23"],
        notes="a forwarded mail as text: forwarded headers, a results table one row a paragraph, the institute's own 联系人/电话; the record title is a forwarded .docx name; the send date is also accepted",
        page="""
!m 发件人：质量部 徐帆 <xufan@jiangzhou-toys.com>
!m 发送时间：2025年9月23日 10:14
!m 收件人：研发部；销售部；包装车间
!m 主题：转发：【检测报告】关于积木产品小零件检测结果的函.docx
!m -------- 原始邮件 --------
!m 发件人：幄阳市质检院 <jianyan@wyzjy.org.cn>
!m 附件：关于积木产品小零件检测结果的函.docx（41 KB）
{T}
{BODY}
!m 此邮件由桨舟玩具邮件系统自动存档，外发须经部门负责人同意
""",
        body="""
幄阳桨舟玩具有限公司：
贵公司委托我院检测的“城市工程师”系列拼插积木（货号JZ-2106）已完成检测，现将结果函告如下：
检测项目　标准要求　检测结果　单项判定
小零件　3岁以下不得含小零件　含小零件12件　符合（标注适用3岁以上）
可触及锐利边缘　不得存在　未发现　合格
可迁移元素　符合限量要求　符合　合格
综合判定：所检项目符合要求。请贵公司在包装显著位置保留“3岁以下儿童禁止使用”警示语。
联系人：符帆，电话：0577-66330127。
幄阳市产品质量检验研究院
2025年9月22日
""",
    ),
]

"""holdout207, part F: exam forums, encyclopaedias, cloud drives, search caches, print views, forwarded mail.

Invented text throughout; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="examforum-shangan-essay-mosquito-lamp-governance-jammer",
        site="上岸吧公考论坛 (invented)",
        style="公考论坛",
        genre="申论文章",
        kind="other",
        form="html",
        source="https://bbs.shangan8.example.com/thread-530771-1-1.html",
        title="从一盏灭蚊灯看基层治理的“绣花功夫”",
        record_title="【申论日更·第23天】从一盏灭蚊灯看基层治理的“绣花功夫”（各位大佬轻拍）- 申论天地 - 上岸吧公考论坛",
        date=None,
        notes="exam forum: a reply-to-see prompt, rating row, a QQ-group ad, jammer fonts; an essay post has no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【申论日更·第23天】从一盏灭蚊灯看基层治理的“绣花功夫”（各位大佬轻拍）- 申论天地 - 上岸吧公考论坛</title>
<style>font.jammer{font-size:0;color:transparent}</style>
<script src="/static/js/discuz_common.js"></script>
</head>
<body>
<div id="toptb">⟦m 上岸吧公考论坛 · 一起上岸⟧　<a>⟦a 登录⟧</a>　<a>⟦a 立即注册⟧</a></div>
<div id="pt">⟦m 上岸吧 › 笔试交流 › 申论天地⟧</div>
<div class="ad">⟦w 申论批改交流群：QQ 61802337，进群领50篇高分范文⟧</div>
<div id="postlist">
<div class="plhin">
<div class="pls">⟦m 早睡早起上岸人　Lv.5 研友⟧</div>
<div class="plc">
<h1>{T}</h1>
<div class="authi">⟦m 发表于 4 天前　只看楼主⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="locked">⟦a 楼主设置了回复可见：回复本帖后查看老师批改意见⟧</div>
<div class="rate">⟦l 评分　参与人数 3　金币 +6　理由：文笔流畅 有干货 结构清楚⟧</div>
<div class="po">⟦a 回复　引用　收藏　点赞 22⟧</div>
</div>
</div>
</div>
<div class="reply">⟦l 沙发　申论小白兔：第三段三个对策很实在，借鉴了⟧</div>
<div id="ft">⟦m Powered by Discuz!　上岸吧公考论坛　京ICP备21047712号⟧</div>
</body>
</html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=3),
        body="""
夏夜的小区广场上，一盏灭蚊灯亮起幽幽的紫光。挂在哪里、谁来维护、电从哪里接，这些看似琐碎的小事，恰恰是检验基层治理水平的试金石。
灭蚊灯挂得好，居民乘凉少挨咬；挂得不好，不仅把蚊子引到人群中，还可能埋下漏电隐患。一些地方“一买了之”，灯装上了就再无人问津，集虫盒堆满也没人清理，最终成了摆设。这背后，是重建设、轻管护的老问题。
基层治理要下“绣花功夫”。一要问需于民，装在哪里、装多少，先听听居民的意见；二要明确责任，把日常维护落到物业、网格员身上；三要建立反馈渠道，让小问题有人管、管得了。
治理无小事，一盏灯照见的是为民情怀。把群众身边的小事办好办实，基层治理才能真正赢得民心。
""",
    ),
    dict(
        slug="examforum-kaogong-interview-heater-wiring-junk",
        site="考公小站论坛 (invented)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="text",
        source="http://www.kaogongxz.example.net/thread-90412-1-1.html",
        title="邻里因取暖器私拉电线起争执，你作为网格员怎么处理？",
        record_title="〖面试情景题〗邻里因取暖器私拉电线起争执，你作为网格员怎么处理？（附我的作答思路）- 面试交流区 - 考公小站",
        date=None,
        notes="exam forum text with anti-scraping junk on lines and glued; the post time is relative (no date)",
        page="""
!m 考公小站 › 面试交流区 › 情景应变
!t 〖面试情景题〗邻里因取暖器私拉电线起争执，你作为网格员怎么处理？（附我的作答思路）
!m 楼主：橘子汽水不加冰　　发表于 3 天前　　查看 1288　回复 19
{BODY}
!l 点评：答题卡上岸了 — 第二点很关键，先排除隐患再调解
!a 回复　|　收藏　|　分享到朋友圈
!w 面试一对一模拟，VX：kgxz_mianshi
!m 考公小站 © 2024
""",
        junk=dict(lines=2, glued=2),
        body="""
这道题考查的是应急应变和群众工作能力，我的作答思路如下：
首先，稳定现场情绪。我会第一时间赶到现场，把双方劝开，请他们到社区办公室坐下来慢慢谈，避免矛盾升级。
其次，排除安全隐患。楼道里私拉的电线必须先拆除，我会联系物业电工到场，帮助这户居民把取暖器改接到室内插座上，并检查线路是否过载。
再次，做好双方的工作。对私拉电线的老人，耐心讲清楚楼道起火的危险，同时了解他家是否存在取暖困难，需要的话帮助申请社区的暖冬物资；对投诉的邻居，感谢他的提醒，请他多体谅老人。
最后，举一反三。我会借这件事在网格里开展一次冬季用电安全排查，把常见问题做成提示卡发到各户。
以上是我的回答，请各位研友指点。
""",
    ),
    dict(
        slug="wiki-zhilin-chainsaw-entry-infobox-refs",
        site="知林百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://baike.zhilin.example.org/item/油锯/20913",
        title="油锯",
        record_title="油锯（林业动力机械）_知林百科",
        date=None,
        notes="encyclopaedia: text/discuss/history/edit tabs, an infobox, a contents box, reference markers glued "
        "after sentences, an edit link glued to section headings; the entry name opens the body (matched as head); "
        "an update stamp is no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>油锯（林业动力机械）_知林百科</title>
<link rel="stylesheet" href="/static/wiki.css">
<script src="/static/wiki.js"></script>
</head>
<body>
<div class="wiki-top"><a href="/">⟦m 知林百科⟧</a> <span>⟦m 林业与自然的知识库⟧</span> <a>⟦a 登录后可编辑⟧</a></div>
<div class="tabs">⟦a 词条正文　讨论区　历史版本　编辑词条⟧</div>
<div class="entry">
<h1>{T}</h1>
<div class="entry-meta">⟦m 浏览 6,031 次　　最近更新：2024-03-09⟧</div>
<table class="infobox">
<tr><td>⟦m 中文名：油锯⟧</td></tr>
<tr><td>⟦m 外文名：chainsaw⟧</td></tr>
<tr><td>⟦m 动力来源：二冲程汽油机⟧</td></tr>
<tr><td>⟦m 主要用途：伐木、造材、修枝⟧</td></tr>
</table>
<div class="toc">⟦l 目录　1 结构　2 安全　3 历史　4 参考资料⟧</div>
<div class="entry-body">
{BODY}
</div>
<div class="refs">
<h3>⟦l 参考资料⟧</h3>
<ol>
<li>⟦l 《林业机械使用与维护》，林业出版社⟧</li>
<li>⟦l 《便携式林业机械　油锯　安全要求》⟧</li>
</ol>
</div>
<div class="contrib">⟦m 本词条由 松针、林场老秦 等 9 位编者共同编辑⟧</div>
</div>
<div class="wiki-foot">⟦d 知林百科词条内容由网友共同编辑，仅供参考。⟧　⟦m © 2024 知林百科⟧</div>
</body>
</html>
""",
        body="""
油锯是以汽油机为动力、用锯链进行切割的手提式锯，主要用于伐木、造材和林地清理，也用于园林修剪和抢险救灾。⟦l [1]⟧
结构⟦a [编辑]⟧
油锯一般由汽油机、传动机构、导板、锯链、链条制动器和手把等部分组成。常见排量在30至90毫升之间，小排量多用于修枝，大排量用于采伐大径木。⟦l [2]⟧
安全⟦a [编辑]⟧
油锯作业的主要危险来自“反弹”，即导板前端上部接触木材时，锯身突然向操作者方向弹起。现代油锯普遍装有链条制动器、链条捕捉器和油门锁等安全装置。操作人员应佩戴防护头盔、护目面罩、防割裤和防护手套。
历史
二十世纪中叶以后，油锯逐步取代手工锯成为主要伐木工具，大大提高了采伐效率。
""",
    ),
    dict(
        slug="wiki-wanxiang-shower-head-entry-text",
        site="万象知识库 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="https://www.wanxiang-zsk.example.com/wiki/huasa",
        title="花洒",
        record_title="花洒【卫浴五金】- 万象知识库",
        date=None,
        notes="encyclopaedia text page: the entry name opens the body (matched as head); an edit link glued to a "
        "section heading; references and editors' line; an update stamp is no date",
        page="""
!m 万象知识库 > 生活 > 家居建材
{T}
!a 编辑词条　|　讨论　|　历史版本
!m 浏览次数：3.4万　　更新时间：2024-05-30
{BODY}
!l 参考资料
!l [1] 卫浴五金配件通用技术要求
!l [2] 家庭卫生间适老化改造指南
!m 本词条由“家居达人_苏苏”等 12 人参与编辑
!d 词条内容仅供参考，如有疑问请咨询专业人士。
""",
        body="""
花洒，又称莲蓬头，是安装在淋浴位上、把水分散成多股细流喷出的卫浴配件，因形似洒水壶的喷头而得名。
分类
按安装方式可分为顶喷花洒、手持花洒和侧喷花洒；按出水方式可分为普通出水、按摩出水和雨淋出水等。配有恒温阀的花洒可以把出水温度控制在设定值附近，适合老人和儿童使用。
材质
花洒面板常用ABS工程塑料、黄铜和不锈钢，出水孔多采用硅胶出水粒，便于用手揉搓去除水垢。
保养⟦a ✎改写本段⟧
花洒使用一段时间后，出水孔容易被水垢堵塞，可将花洒头浸泡在白醋或柠檬酸溶液中清洗。
""",
    ),
    dict(
        slug="clouddrive-linyou-mower-maintenance-pdf-marker-paragraphs",
        site="林友网盘 (invented cloud-drive share)",
        style="网盘分享",
        genre="作业指导书",
        kind="other",
        form="html",
        source="https://pan.linyou.example.cn/s/1kQz8RmT",
        title="割草机日常保养与维修作业指导书",
        record_title="割草机日常保养与维修作业指导书.pdf",
        date=None,
        notes="cloud-drive preview: VIP prompts, a link-expiry line, save/download buttons; marker paragraphs "
        "'⎐ n ⎐' cut sentences; decimal headings 2.1–3.3; an instruction with no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>割草机日常保养与维修作业指导书.pdf_免费高速下载|林友网盘</title>
<link rel="stylesheet" href="https://pan.linyou.example.cn/static/share.css">
<script>var shareId="1kQz8RmT";</script>
</head>
<body>
<div class="pan-head"><a class="logo">⟦m 林友网盘⟧</a> <a>⟦a 登录⟧</a> <a class="vip">⟦a 开通超级会员⟧</a></div>
<div class="share-info">
<h2>{T}</h2>
<p>⟦m 分享者：养护中心小何　　文件大小：1.2MB⟧</p>
<p>⟦m 链接有效期：剩余6天⟧</p>
<p><button>⟦a 存一份到我的林友盘⟧</button> <button>⟦a 下载（超级会员极速通道）⟧</button></p>
</div>
<div class="preview">
{BODY}
</div>
<div class="preview-end">⟦a 预览仅显示前3页，开通超级会员查看全部⟧</div>
<div class="pan-foot">⟦d 请勿分享违法违规内容，一经发现链接将被封禁。⟧ ⟦m © 2024 林友网盘⟧</div>
</body>
</html>
""",
        p_html='<div class="pg-line">{}</div>',
        pages=dict(fmt="⎐ {n} ⎐", every=120, start=2),
        body="""
1 适用范围
本指导书适用于园林养护中心手推式汽油割草机的日常保养和一般故障维修。
2 日常保养
2.1 每次使用后，熄火并拔下火花塞帽，待机器冷却后清理刀盘下方和集草袋内的残草。
2.2 每使用25小时，清洗一次空气滤清器；每使用50小时，更换一次机油。
2.3 刀片出现缺口或明显变钝时，应拆下磨削，磨削后做平衡检查，不平衡的刀片不得装机。
3 常见故障处理
3.1 启动困难：检查油箱油量、火花塞积炭和空气滤清器堵塞情况。
3.2 运转中振动大：立即停机，检查刀片是否变形、紧固螺栓是否松动。
3.3 割后草面不平：检查四个轮子的高度档位是否一致。
4 记录
保养和维修情况应填写在《割草机保养维修记录表》中，由班组长签字确认。
""",
    ),
    dict(
        slug="clouddrive-weipan-mosquito-lamp-plan-docx-line-markers",
        site="微盘分享 (invented cloud-drive share, text view)",
        style="网盘分享",
        genre="方案",
        kind="other",
        form="text",
        source="https://share.weipan-cloud.example.com/f/88c2e1",
        title="鲈川县2024年城区灭蚊灯布点优化工作方案",
        record_title="鲈川县2024年城区灭蚊灯布点优化工作方案.docx",
        date="2024-08-30",
        notes="file-name record title; cloud-drive text preview cut by page markers '⏁ 第n页 ⏁' on lines of their "
        "own; a share stamp is no date; 成文日期 under the signature",
        page="""
!m 微盘分享　|　文件预览
!t 鲈川县2024年城区灭蚊灯布点优化工作方案.docx
!m 分享于 2024-09-03　　大小 46KB　　提取次数 27
!a 转存　　下载　　举报
{T}
{BODY}
!a 开通会员可在线编辑并导出为PDF
!m 此链接将于 7 天后失效
""",
        indent="\u3000\u3000",
        pages=dict(fmt="⏁ 第{n}页 ⏁", every=110, start=2),
        body="""
为解决城区公共场所灭蚊灯布点不合理、维护不到位等问题，提高灭蚊效果，结合前期调研情况，制定本方案。
一、工作目标
9月底前完成城区12个公园、广场和8个农贸市场灭蚊灯布点调整，灯具完好率达到95%以上。
二、工作任务
（一）调整布点。对装在人行道正上方、座椅旁的灭蚊灯，移至距离人群5米以外、靠近水体和绿化带的位置。
（二）落实管护。公园、广场的灭蚊灯由园林管护所负责，农贸市场的由市场开办方负责，每周清理一次集虫盒。
（三）整改线路。由供电部门协助排查，统一加装防水接线盒，严禁沿树干拉设电线。
三、时间安排
8月为调整阶段，9月为验收阶段，县爱卫办组织抽查。
鲈川县爱国卫生运动委员会办公室
2024年8月30日
""",
    ),
    dict(
        slug="snapshot-chacha-forestry-chainsaw-registration-frame",
        site="查查搜索快照 of 鲆岭县林业局 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="https://cache.chacha-search.example.com/c?u=lyj.pingling.example.gov.cn%2Ftzgg%2F2024%2F0614%2F771.html",
        title="关于加强油锯登记管理的通知",
        record_title="〔搜索快照〕关于加强油锯登记管理的通知 | 鲆岭县林业局 - 查查搜索",
        date="2024-06-12",
        date_also=["2024-06-14"],
        notes="search-cache frame: a capture banner (its capture date is no date), a highlighted-terms line, the "
        "cached bureau page with its own chrome; the bureau's contact line stays; the cached page's date differs",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〔搜索快照〕关于加强油锯登记管理的通知 | 鲆岭县林业局 - 查查搜索</title>
<base href="http://lyj.pingling.example.gov.cn/tzgg/2024/0614/771.html">
<style>.hl{background:#ff0}</style>
</head>
<body>
<div class="cc-banner">
<p>⟦d 查查搜索提示：您看到的是 lyj.pingling.example.gov.cn 在 2024年6月20日 被抓取时的页面副本，原网页此后可能已经变化。⟧</p>
<p>⟦m 这些搜索词已被标亮：<span class="hl">油锯</span> <span class="hl">登记</span>⟧</p>
<p><a href="http://lyj.pingling.example.gov.cn/tzgg/2024/0614/771.html">⟦a 打开当前版本⟧</a></p>
</div>
<hr>
<div class="cached">
<div class="head">⟦m 鲆岭县林业局　www.pingling-lyj.example.gov.cn⟧</div>
<div class="menu">⟦m 首页 | 机构概况 | 政务公开 | 林业资讯 | 办事服务⟧</div>
<div class="pos">⟦m 您的位置：首页 » 通知公告⟧</div>
<h1>{T}</h1>
<div class="src">⟦m 发布日期：2024-06-14　　来源：资源股　　访问量：517⟧</div>
<div class="txt">
{BODY}
</div>
<div class="fn">⟦a [打印] [关闭] [返回顶部]⟧</div>
<div class="ft">⟦m 鲆岭县林业局主办　湘ICP备12013377号⟧</div>
</div>
</body>
</html>
""",
        body="""
各乡镇林业站，国有林场，各木材经营加工单位：
近年来，我县油锯数量逐年增加，部分油锯流入非林业生产领域，个别人员使用油锯盗伐林木，给森林资源保护带来隐患。为加强油锯管理，现就有关事项通知如下：
一、凡在本县境内使用油锯的单位和个人，须于2024年7月31日前到所在乡镇林业站办理登记，领取油锯登记卡。
二、油锯转让、报废的，应在30日内到原登记林业站办理变更或注销手续。
三、销售油锯的商户应建立销售台账，如实记录购买人姓名、身份证号和联系电话。
四、对未登记使用油锯或利用油锯盗伐林木的，依法严肃查处。
联系电话：0746-3825513（县林业局资源股）
鲆岭县林业局
2024年6月12日
""",
    ),
    dict(
        slug="snapshot-chacha-text-shower-spot-check-table",
        site="查查搜索文字缓存 of 鲈川县市场监督管理局 (invented)",
        style="搜索快照",
        genre="通告",
        kind="notice",
        form="text",
        source="https://cache.chacha-search.example.com/t?u=www.luchuan.example.gov.cn%2Fxxgk%2Fscjg%2F202408%2Ft20240819_5120.html",
        title="关于2024年花洒产品质量监督抽查结果的通告",
        record_title="关于2024年花洒产品质量监督抽查结果的通告 - 鲈川县市场监督管理局 [仅文字缓存]",
        date="2024-08-16",
        date_also=["2024-08-19"],
        notes="text-only cache: a capture line (no date), the original URL, the cached page's 发布日期 (also accepted); "
        "a table of unqualified products one row a paragraph; 12315 in a sentence stays",
        page="""
!d 查查搜索 · 文字缓存：以下为原网页的纯文本版本，抓取于 2024-08-29 03:12
!m 原网址：http://www.luchuan.example.gov.cn/xxgk/scjg/202408/t20240819_5120.html
!a 查看完整快照　|　返回搜索结果
!m 鲈川县人民政府门户网站 > 政务公开 > 县市场监督管理局
{T}
!m 发布日期：2024-08-19　　信息来源：县市场监管局
{BODY}
!m 鲈川县人民政府办公室主办
""",
        body="""
为提高花洒产品质量，保护消费者合法权益，我局于2024年7月组织开展了花洒产品质量监督抽查，共抽查县内17家销售单位的花洒产品25批次，检出不合格产品4批次。现将不合格产品通告如下：
序号　产品名称　标称商标　不合格项目
1　手持花洒　水韵　流量、耐压性能
2　恒温花洒套装　澜泉　表面耐腐蚀性能
3　顶喷花洒　浴之悦　流量
4　增压花洒　无　耐压性能、标志
对抽查发现的不合格产品，我局已责令相关销售单位停止销售，并依法立案查处。消费者如发现上述不合格产品，可拨打12315投诉举报。
鲈川县市场监督管理局
2024年8月16日
""",
    ),
    dict(
        slug="print-lcyz-dorm-appliance-bulletin-heaters-footer",
        site="鲈川县第一中学 打印页 (invented)",
        style="打印页",
        genre="通报",
        kind="notice",
        form="html",
        source="http://www.lcyz.example.cn/print.aspx?id=3302",
        title="鲈川县第一中学关于学生宿舍违规电器检查情况的通报",
        record_title="［A4打印页］鲈川县第一中学关于学生宿舍违规电器检查情况的通报 - 鲈川一中",
        date="2024-12-10",
        notes="a school's print view calling window.print(): print/close row, page address and print stamp (no "
        "date); a table one row a paragraph; a print footer '⎘ 第1页 ⩨ 共1页 ⎘' closes the page",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>［A4打印页］鲈川县第一中学关于学生宿舍违规电器检查情况的通报 - 鲈川一中</title>
<style>@media print{.noprint{display:none}} body{font-family:宋体}</style>
<script>window.onload=function(){window.print();}</script>
</head>
<body>
<div class="noprint">⟦a 〔立即打印〕　〔关掉预览〕⟧</div>
<div class="print-head">⟦m 鲈川县第一中学　校园网⟧</div>
<h2>{T}</h2>
<div class="print-meta">⟦m 打印时间：2024-12-11 08:05　　栏目：校务公开⟧</div>
<div class="print-body">
{BODY}
</div>
<div class="print-url">⟦m 本页地址：http://www.lcyz.example.cn/news.aspx?id=3302⟧</div>
<div class="print-foot">⟦p ⎘ 第1页 ⩨ 共1页 ⎘⟧</div>
</body>
</html>
""",
        body="""
各年级、各班级：
12月9日晚，学校政教处、后勤处联合对学生宿舍开展了违规电器突击检查，共检查宿舍216间，查出违规电器23件。现将检查情况通报如下：
宿舍楼　检查间数　违规电器　主要类型
男生一栋　72间　11件　小太阳取暖器、电热毯
男生二栋　60间　5件　暖手宝、热得快
女生一栋　84间　7件　暖风机、卷发棒
查出的违规电器已由宿管统一暂存，学期结束后由家长领回。对违规宿舍，扣除本周文明宿舍评比分，并由班主任约谈相关学生。
冬季天气寒冷，学校已为每间宿舍加装了暖气，请同学们严格遵守宿舍用电规定，不得私自使用取暖器等大功率电器。
鲈川县第一中学政教处
2024年12月10日
""",
    ),
    dict(
        slug="print-diecheng-welfare-summary-showers-footer",
        site="鲽城区民政局 打印预览 (invented)",
        style="打印页",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://mzj.diecheng.example.gov.cn/print/20241218/771.html",
        title="鲽城区社会福利院2024年浴室适老化改造工作总结",
        record_title="鲽城区社会福利院2024年浴室适老化改造工作总结（A4打印稿）｜鲽城区民政局",
        date="2024-12-16",
        notes="print view text: a print stamp and the original link (no date); a print footer '⏄ 1 / 1 ⏄' closes "
        "the page; 成文日期 under the signature",
        page="""
!m 鲽城区民政局 · 打印预览
!a [ 送打印机 ]　[ 关闭预览 ]
{T}
!m 打印日期：2024-12-18　　原文链接：http://mzj.diecheng.example.gov.cn/gzdt/20241217/771.html
{BODY}
!p ⏄ 1 / 1 ⏄
""",
        indent="\u3000\u3000",
        body="""
今年，院里把老人洗浴安全作为适老化改造的重点，投入资金28.6万元，对3栋老年公寓楼的146间浴室进行了改造。现将有关情况总结如下。
一、主要做法
一是更换恒温花洒。将原有普通花洒全部更换为带恒温阀和防烫锁的花洒，出水温度控制在40℃左右。二是加装扶手和淋浴座椅。每间浴室加装L形扶手一组、折叠淋浴座椅一把。三是铺设防滑地面。浴室地面全部改铺防滑地砖。
二、取得成效
改造完成后，全年未发生老人洗浴烫伤、滑倒事故，入住老人及家属满意度调查为98.2%。
三、下一步打算
明年将为浴室加装一键呼叫装置，并对护理员开展协助洗浴培训。
鲽城区社会福利院
2024年12月16日
""",
    ),
    dict(
        slug="mail-pingling-farm-chainsaw-trainers-letter-attachment-bar",
        site="鲆岭县国有林场 webmail (invented)",
        style="邮件转发",
        genre="函",
        kind="notice",
        form="html",
        source="https://mail.pllc.example.cn/webmail/read?mid=20240814-0031",
        title="关于商请选派油锯安全操作培训教员的函",
        record_title="转发: [协会来函] 关于商请选派油锯安全操作培训教员的函",
        date="2024-08-12",
        date_also=["2024-08-13", "2024-08-14"],
        notes="webmail reading view: folder list, action row, a forwarder's note, forwarded headers with their own 抄送, "
        "an attachment bar beside the letter's own 附件 list and 抄送 line; the letter's contact stays; the mail "
        "dates differ from the 成文日期",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>转发: [协会来函] 关于商请选派油锯安全操作培训教员的函 - 林场邮箱</title>
<link rel="stylesheet" href="/webmail/skin/default.css">
<script src="/webmail/js/read.js"></script>
</head>
<body>
<div class="wm-top">⟦m 林场邮箱　pllc.example.cn⟧　⟦m 场办公室 &lt;office@pllc.example.cn&gt;⟧　<a>⟦a 退出⟧</a></div>
<div class="wm-left">⟦m 收件箱(12)　草稿箱　已发送　已删除　垃圾邮件⟧</div>
<div class="wm-main">
<div class="wm-act">⟦a 回复　回复全部　转发　删除　标记为未读⟧</div>
<h3>⟦t 转发: [协会来函] 关于商请选派油锯安全操作培训教员的函⟧</h3>
<div class="wm-hd">
<p>⟦m 发件人：场办公室 &lt;office@pllc.example.cn&gt;⟧</p>
<p>⟦m 收件人：各工区 &lt;gongqu@pllc.example.cn&gt;⟧</p>
<p>⟦m 时间：2024年8月14日(星期三) 09:12⟧</p>
</div>
<div class="wm-body">
<p>⟦m 各工区：协会来函转给大家，请推荐熟悉油锯的骨干，周五前报场办。——场办 郝⟧</p>
<p>⟦m ------------------ 原始邮件 ------------------⟧</p>
<p>⟦m 发件人：黎小禾 &lt;lixiaohe@jzlyjx.example.org&gt;⟧</p>
<p>⟦m 发送时间：2024年8月13日(星期二) 上午10:26⟧</p>
<p>⟦m 收件人：office@pllc.example.cn⟧</p>
<p>⟦m 抄送：pllyj@pingling.example.gov.cn⟧</p>
{BODY}
</div>
<div class="wm-att">⟦a 附件（2 个）　培训班日程安排.docx (18K)　教员回执.docx (12K)　打包下载⟧</div>
</div>
<div class="wm-foot">⟦m 林场邮箱 · 由场信息中心维护⟧</div>
</body>
</html>
""",
        body="""
鲆岭县国有林场：
为落实协会三届四次理事会决定，我会拟于2024年9月中旬在鲆岭县举办油锯安全操作公益培训班，培训对象为县内林场职工、护林员和林农，约80人。贵场油锯作业管理规范，技术骨干经验丰富，特商请贵场选派2名技术骨干担任实操教员，负责油锯安全检查、定向伐木两个科目的教学。
培训期间教员的交通、食宿由我会负责，并按标准支付授课报酬。
请于8月25日前将教员名单回复我会秘书处。
联系人：黎小禾　电话：0736-2418836　邮箱：mishuchu@jzlyjx.example.org
附件：1.培训班日程安排
2.教员回执
鲚州市林业机械协会
2024年8月12日
抄送：鲆岭县林业局
""",
    ),
    dict(
        slug="mail-fw-mosquito-lamp-inspection-wrapped-56",
        site="forwarded mail, plain text (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mail://jiedao-aiwei/forward/20240806-0917",
        title="关于做好汛后城区灭蚊灯巡检工作的通知",
        record_title="FW: [请阅] 关于做好汛后城区灭蚊灯巡检工作的通知",
        date="2024-08-05",
        date_also=["2024-08-06"],
        notes="forwarded mail as plain text hard-wrapped at 56 columns: a forwarder's note with a mobile, original "
        "headers, a mobile-client signature; the notice's own contact stays; 成文日期 under the signature",
        page="""
!m 主题：FW: [请阅] 关于做好汛后城区灭蚊灯巡检工作的通知
!m 发件人：鲳园街道爱卫办 凌小雨
!m 日期：2024-08-06 09:17
!w 各位网格员：县里的通知转给大家，请按时巡检，有问题随时找我 13574062218。
!m -------- 原始邮件 --------
!m 发件人：县爱卫办 <lcaiwb@luchuan.example.gov.cn>
!m 发送时间：2024-08-05 16:40
!m 收件人：各街道爱卫办；城区各公园管理处
{BODY}
!m 发自我的手机邮箱
""",
        wrap=56,
        body="""
各街道爱卫办，城区各公园管理处：
近期我县经历了连续强降雨，城区部分低洼地带积水较多，蚊虫孳生风险明显上升。为做好汛后病媒生物防制工作，现就城区灭蚊灯巡检有关事项通知如下：
一、8月10日前，各单位要对辖区内灭蚊灯逐盏巡检，重点检查灯具是否进水、线路是否破损、漏电保护是否正常。
二、对进水或损坏的灭蚊灯要立即断电，能修复的3日内修复，不能修复的登记后报县爱卫办统一更换。
三、巡检结果请填写《灭蚊灯巡检登记表》，于8月12日前报送县爱卫办邮箱。
联系人：莫晴岚　电话：0739-6850217
鲈川县爱国卫生运动委员会办公室
2024年8月5日
""",
    ),
]

"""holdout205, part F: 公考论坛, 百科问答, 网盘分享, 搜索快照, 打印页, 邮件转发. Written by
hand; every site, place, person, firm, number and URL is invented. See ../README.md and ../build.py."""

CASES = [
    dict(
        slug="examforum-qingjin-interview-shared-laundry",
        site="青衿公考论坛 (invented)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="html",
        source="https://bbs.qingjingk.com/thread-66071-1-1.html",
        title="社区共享洗衣房建好了却没人用，你怎么办",
        record_title="〔面试真题·组织管理〕社区共享洗衣房建好了却没人用，你怎么办 - 面试专区 - 青衿公考论坛",
        date=None,
        notes="exam forum: a reply-to-see prompt, a QQ-group ad, a rating row, a poster's level; the answer post; 4 天前 is no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〔面试真题·组织管理〕社区共享洗衣房建好了却没人用，你怎么办 - 面试专区 - 青衿公考论坛</title>
</head>
<body>
<div class="top">⟦m 青衿公考论坛⟧ ⟦m 一起上岸，不负青衿⟧ <a>⟦a 登录⟧</a> <a>⟦a 注册领资料⟧</a></div>
<div class="nav">⟦m 论坛首页⟧ ⟦m 行测专区⟧ ⟦m 申论专区⟧ ⟦m 面试专区⟧ ⟦m 上岸经验⟧</div>
<div class="pt">⟦m 青衿公考论坛 › 面试专区 › 结构化真题⟧</div>
<div class="thread">
<h1>{T}</h1>
<div class="author">⟦m 楼主：岸边等风　等级：备考达人　发表于 4 天前⟧</div>
<div class="post">
{BODY}
</div>
<div class="rate">⟦l 评分 参与人数 9　金币 +27　理由：思路清楚⟧</div>
<div class="hide">⟦a 本帖隐藏的名师点评需回复后才能查看⟧</div>
</div>
<div class="ad">⟦w 面试模拟互助群：QQ 618207735，进群请备注报考地区⟧</div>
<div class="reply">⟦l 沙发 小米粥：第三点抓重点人群很好，学习了⟧</div>
<div class="foot">⟦m 青衿公考论坛　京ICP备19047720号　Powered by QJbbs⟧</div>
</body>
</html>
""",
        body="""
我是这样答的，请各位批评：
首先，找原因。共享洗衣房建好没人用，可能是居民不知道、觉得不卫生、价格不合适，或者开放时间不方便。我会通过楼栋长走访、在居民群里发问卷，把原因摸清楚。
其次，对症改进。如果是不知道，就在公告栏、电梯里张贴使用指南，组织志愿者现场演示；如果担心卫生，就公布每台洗衣机的消毒记录；如果价格偏高，就和运营方协商，给老人、低保户优惠。
再次，抓住重点人群。独居老人、租房的年轻人和附近工地的工人最需要，可以上门宣传，先让一部分人用起来，带动更多人。
最后，跟踪评估。一个月后统计使用次数，听取意见，持续改进。
""",
    ),
    dict(
        slug="examforum-yike-essay-laminated-walls-junk",
        site="一刻公考社区 (invented)",
        style="公考论坛",
        genre="申论",
        kind="other",
        form="text",
        source="http://www.yikegk.cn/bbs/t/31902",
        title="从“塑封上墙”说开去",
        record_title="申论作文｜从“塑封上墙”说开去（第一次写，求指点）- 写作批改区 - 一刻公考社区",
        date=None,
        notes="exam forum as text: junk lines and junk glued after 。; a teacher's grading line at the bottom; no date",
        page="""
!m 一刻公考社区 › 申论 › 写作批改区
!t 申论作文｜从“塑封上墙”说开去（第一次写，求指点）
!m 作者：晚风拂柳　发表于 前天 23:11　|　查看 712　|　回复 8
{BODY}
!l 【批改老师】立意准，第二段论证可以再展开，给个二类上。
!l 2楼 上岸锦鲤：结尾那句可以背下来
!a 回复可见本题范文 ▸ 立即回复
!m 一刻公考社区 · 每天进步一刻钟
""",
        junk=dict(lines=1, glued=2),
        body="""
走进一些村的党群服务中心，墙上的制度、流程、公示一张张塑封得整整齐齐，看上去很规范。可仔细一看，有的内容还是三年前的，有的字小得根本看不清。
塑封本身没有错。一台塑封机，能让公开栏里的材料防潮、防晒，保存得更久，这是好事。问题在于，有的地方把“塑封上墙”当成了工作的终点，以为材料贴上去了，公开就完成了，制度就落实了。
群众要的不是墙上的整齐，而是信息看得懂、找得到、用得上。公开的内容要及时更新，字号要让老人看得清，重要事项还可以由网格员当面讲一讲。
少一些“上墙”的形式，多一些“入心”的功夫，基层治理才会真正有温度。
""",
    ),
    dict(
        slug="wiki-wanxiang-entry-laminator-infobox",
        site="万象百科 (invented, encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://www.wanxiangbk.com/item/塑封机/55210",
        title="塑封机",
        record_title="塑封机（办公设备）- 万象百科",
        date=None,
        notes="encyclopaedia: edit/discuss/history tabs, infobox, contents box, reference markers glued after 。; the entry name opens the body (head); no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>塑封机（办公设备）- 万象百科</title>
</head>
<body>
<div class="top">⟦m 万象百科⟧ ⟦m 万象皆可查⟧ <a>⟦a 创建词条⟧</a> <a>⟦a 登录⟧</a></div>
<div class="tabs">⟦a 编辑⟧ ⟦a 讨论⟧ ⟦a 历史版本⟧</div>
<div class="entry">
<h1>{T}</h1>
<p class="sub">⟦m 办公设备 · 本词条由万象百科编辑团队审核⟧</p>
<table class="infobox">
<tr><td>⟦m 中文名：塑封机⟧</td><td>⟦m 别名：过塑机⟧</td></tr>
<tr><td>⟦m 类别：办公设备⟧</td><td>⟦m 常见幅面：A4、A3⟧</td></tr>
</table>
<div class="toc">⟦l 目录：1 工作原理　2 分类　3 使用注意⟧</div>
<div class="para">
{BODY}
</div>
<div class="refs"><h3>⟦l 参考资料⟧</h3>
<p>⟦l [1] 办公设备使用与维护. 枋城: 枋城科技出版社⟧</p>
<p>⟦l [2] 证件保护与塑封注意事项. 万象百科科普专栏⟧</p>
</div>
<p class="stat">⟦m 浏览 21,406 次　编辑 14 次　最近更新于 2 个月前⟧</p>
</div>
<div class="foot">⟦d 词条内容仅供参考，如需专业意见请咨询相关人士。⟧ ⟦m © 万象百科⟧</div>
</body>
</html>
""",
        body="""
塑封机是一种利用加热和压力，把塑封膜与纸张、照片等封合在一起的办公设备，也称过塑机。
工作原理
塑封膜内层涂有热熔胶。塑封机通电后，加热元件把胶辊加热到设定温度，塑封膜夹着纸张通过胶辊时，热熔胶受热熔化，在压力作用下与纸张粘合，冷却后形成透明保护层。⟦l [1]⟧
分类
按加热方式，可分为胶辊加热式和热板加热式；按幅面，常见的有A4、A3两种，家庭和小型办公室多用A4幅面机型。
使用注意
开机后需预热，待指示灯提示后再送入塑封膜；卡膜时应先断电冷却再取出；身份证等带芯片的卡片不宜塑封。⟦l [2]⟧
""",
    ),
    dict(
        slug="wiki-zhidian-entry-lunchbox-missing",
        site="知典百科 (invented)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="http://zhidianbk.cn/wiki/便当盒",
        title="便当盒",
        record_title=None,
        date=None,
        notes="no record title: the entry name line; the name opens the body (head); edit stamp relative; a 'related entries' line between sections",
        page="""
!m 知典百科 > 生活用品 > 厨房用品
{T}
!a [编辑词条]　[添加义项]　[收藏]
!m 编辑于 2 个月前 · 贡献者 12 人
{BODY}
!l 相关词条：保温饭盒　餐具　食品接触材料
!d 本词条内容由网友共同编辑，如有错误欢迎指正。
!m 知典百科 zhidianbk.cn
""",
        body="""
便当盒，又称饭盒、餐盒，是用来盛装和携带饭菜的带盖容器。“便当”一词源于日语，指盒装的简便饭食。
材质
常见的便当盒有不锈钢、玻璃、塑料、竹木等材质。塑料便当盒轻便，多用聚丙烯制作；不锈钢便当盒耐用，但不能放入微波炉；玻璃便当盒耐热性好，但较重。
⟦l 你可能还想了解：便当盒材质对比一览⟧
结构
便当盒多分为两到四格，用来分开盛放主食和菜肴。保温型便当盒设有真空夹层或外套，密封型便当盒配有硅胶密封圈和锁扣。
使用与清洁
使用后应及时清洗，密封圈需定期取下清洁，避免积存油污和霉菌。
""",
    ),
    dict(
        slug="clouddrive-yunzhou-rules-industrial-fans-wps",
        site="云舟网盘 (invented, cloud-drive preview)",
        style="网盘分享",
        genre="规程",
        kind="other",
        form="html",
        source="https://pan.yunzhou.cn/s/8kQ2xTm9#list/path=%2F",
        title="车间工业风扇安全操作规程",
        record_title="车间工业风扇安全操作规程.wps",
        date=None,
        notes="cloud-drive preview: file-name record title, VIP prompts, share expiry, a save-to-drive button; 第N条 articles; no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>车间工业风扇安全操作规程.wps_免费高速下载|云舟网盘</title>
</head>
<body>
<div class="hd">⟦m 云舟网盘⟧ <a>⟦a 开通超级会员⟧</a> <a>⟦a 登录⟧</a></div>
<div class="share-info">
<h2>{T}</h2>
<p>⟦m 分享者：设备科老K　分享于 6 天前　有效期：永久⟧</p>
<p>⟦a 转存至我的云舟⟧ ⟦a 普通下载⟧ ⟦a 超级会员极速下载⟧</p>
</div>
<div class="preview">
<p class="tip">⟦a 非会员仅可预览前2页，开通会员查看完整文档⟧</p>
{BODY}
</div>
<div class="more-files">⟦l 该用户还分享了：配电箱日常检查表.xlsx　车间防暑降温物资领用登记.wps⟧</div>
<div class="ft">⟦d 云舟网盘仅提供存储服务，分享内容由用户自行上传，违规内容请举报。⟧ ⟦m 客服热线：400-100-7732⟧</div>
</body>
</html>
""",
        body="""
第一条　本规程适用于公司各车间使用的落地式、壁挂式工业风扇。
第二条　风扇使用前，操作人员应检查防护网是否完好、固定螺栓有无松动、电源线有无破损，发现问题不得开机。
第三条　落地式风扇应放置在平整地面，不得放在通道、消防器材前或物料堆垛上；壁挂式风扇由电工安装，安装高度不低于2.5米。
第四条　风扇运转中不得移动，不得将手、工具或其他物品伸入防护网内。
第五条　风扇清洁、维修前必须切断电源，并在开关处挂“禁止合闸”牌。
第六条　下班时由班组长负责关闭本班组所有风扇电源。
""",
    ),
    dict(
        slug="clouddrive-kuaipan-plan-dorm-appliances-doc-markers",
        site="快盘分享 (invented, cloud-drive text preview)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="text",
        source="https://kuaipan.link/s/Hq7zM20",
        title="关于开展学生宿舍违规电器专项检查的方案",
        record_title="关于开展学生宿舍违规电器专项检查的方案.doc",
        date="2024-10-08",
        notes="file-name record title; a converted preview cut by markers ◮第n页◮ on lines of their own; signature date; expiry and save lines",
        page="""
!m 快盘分享 · 文件预览
!t 关于开展学生宿舍违规电器专项检查的方案.doc
!m 38 KB　|　分享者：学工办小覃　|　链接 7 天后失效
!a 〔转存到我的快盘〕〔下载〕
{BODY}
!a 预览到此为止，完整文件请下载后查看
!d 快盘分享不对用户分享的文件内容负责
""",
        pages=dict(fmt="◮第{n}页◮", every=110, start=2),
        body="""
为消除学生宿舍用电安全隐患，学校决定在全校开展违规电器专项检查，特制定本方案。
一、检查时间
2024年10月14日至10月25日，分两轮进行。
二、检查范围和重点
全校12栋学生宿舍。重点检查电磁炉、电热锅、电热毯、热得快等大功率电器，以及私拉乱接电线、使用非标插线板等行为。
三、工作安排
由学生工作处牵头，保卫处、后勤处和各学院辅导员组成检查组，每组3人，按楼栋分片负责。检查时须有宿舍成员在场。
四、处理办法
查出的违规电器由检查组登记后暂扣，学期末由学生本人领回并带离学校；再次违规的，按学生管理规定给予通报批评。
楣阳师范学院学生工作处
2024年10月8日
""",
    ),
    dict(
        slug="snapshot-souyiyan-announcement-washer-tradein",
        site="搜一眼网页快照 (invented, search-engine cache)",
        style="搜索快照",
        genre="公告",
        kind="notice",
        form="html",
        source="http://cache.souyiyan.com/c?u=http%3A%2F%2Fswj.meiyang.gov.cn%2Ftzgg%2F20240902_771.html",
        title="关于开展洗衣机以旧换新补贴活动的公告",
        record_title="关于开展洗衣机以旧换新补贴活动的公告 - 楣阳县商务局【网页快照】",
        date="2024-08-30",
        date_also=["2024-09-02"],
        notes="a snapshot frame: capture banner with a crawl stamp (no date), highlighted keywords, the original page's chrome; the bureau's own 咨询电话 in the body beside its site's lines; page date differs",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>关于开展洗衣机以旧换新补贴活动的公告 - 楣阳县商务局【网页快照】</title>
<style>.hl{background:#ff6}</style>
</head>
<body>
<div class="cache-banner">
<p>⟦m 这是搜一眼对 http://swj.meiyang.gov.cn/tzgg/20240902_771.html 的缓存，抓取于 昨天 02:14⟧</p>
<p>⟦m 以下关键词已被高亮：<span class="hl">洗衣机</span> <span class="hl">以旧换新</span>⟧</p>
<p>⟦a 查看当前网页⟧ ⟦a 纯文字版本⟧</p>
</div>
<div class="orig">
<div class="hd">⟦m 楣阳县商务局⟧</div>
<div class="nav">⟦m 首页⟧ ⟦m 通知公告⟧ ⟦m 商务动态⟧ ⟦m 办事服务⟧</div>
<h1>{T}</h1>
<p class="info">⟦m 发布时间：2024-09-02　来源：市场运行股⟧</p>
<div class="content">
{BODY}
</div>
<div class="ft">⟦m 楣阳县商务局主办　地址：楣阳县桁坪镇建设路3号⟧ ⟦m 网站标识码：4313220019⟧</div>
</div>
</body>
</html>
""",
        body="""
为促进家电消费，经县政府同意，县商务局决定在全县开展洗衣机以旧换新补贴活动。现将有关事项公告如下：
一、活动时间：2024年9月1日至12月31日，补贴资金用完为止。
二、补贴标准：个人消费者交售旧洗衣机并购买一级能效新洗衣机的，按新机成交价的15%给予补贴，每台最高不超过1500元。
三、参与方式：消费者在县内参与活动的门店购买，交售旧机时由门店核验，补贴在结账时直接抵扣。
四、咨询电话：县商务局市场运行股　0736-5540372
楣阳县商务局
2024年8月30日
""",
    ),
    dict(
        slug="snapshot-textcache-plan-kindergarten-lunchboxes",
        site="搜一眼纯文字快照 (invented)",
        style="搜索快照",
        genre="方案",
        kind="plan",
        form="text",
        source="http://cache.souyiyan.com/t?u=http%3A%2F%2Fwww.htzxyey.cn%2Fbg%2F2024%2F0226.html",
        title="桁坪镇中心幼儿园幼儿便当盒清洗消毒工作方案",
        record_title="快照（仅文字）｜ 桁坪镇中心幼儿园幼儿便当盒清洗消毒工作方案",
        date="2024-02-26",
        notes="text-only cache: banner with a crawl stamp, the original site's lines; decimal headings 2.1–3.3; signature date",
        page="""
!m 【搜一眼纯文字快照】原网页：www.htzxyey.cn/bg/2024/0226.html　抓取于 3 天前
!a 〔返回原网页〕〔查看带格式快照〕
!m 桁坪镇中心幼儿园 · 保健室
{T}
{BODY}
!m 上一页 | 返回幼儿园首页
!m 桁坪镇中心幼儿园 园务公开
""",
        body="""
1 目的
规范幼儿自带便当盒的清洗消毒，预防食源性疾病。
2 职责
2.1 保育员负责本班便当盒的收取、清洗和消毒。
2.2 保健医每周检查一次消毒记录。
3 操作流程
3.1 午餐后保育员收回便当盒，用流动水冲去残渣，加洗涤剂浸泡十分钟后刷洗。
3.2 清洗后放入消毒柜，按程序消毒不少于二十分钟。
3.3 消毒后放在保洁柜内存放，离园时交还家长。
4 记录
消毒情况逐日登记，记录保存不少于六个月。
桁坪镇中心幼儿园
2024年2月26日
""",
    ),
    dict(
        slug="print-fangli-bulletin-dorm-induction-footer",
        site="枋城理工学院学生处 (invented, print view)",
        style="打印页",
        genre="通报",
        kind="notice",
        form="html",
        source="https://xsc.fcit.edu.cn/print.jsp?id=18822",
        title="关于学生宿舍违规使用电磁炉情况的通报",
        record_title="[打印视图] 关于学生宿舍违规使用电磁炉情况的通报 — 枋理学生处",
        date="2024-11-12",
        notes="print view calling window.print(): print stamp (no date), a print/close row, a URL line, a print footer ⎅ 第1页 共1页 ⎅",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>[打印视图] 关于学生宿舍违规使用电磁炉情况的通报 — 枋理学生处</title>
<script>window.onload=function(){window.print();}</script>
<style>@media print{.noprint{display:none}}</style>
</head>
<body>
<div class="noprint">⟦a 🖨 立即打印⟧ ⟦a ✕ 关闭此页⟧</div>
<div class="print-head">⟦m 枋城理工学院学生处 · 打印视图⟧</div>
<h2>{T}</h2>
<div class="print-body">
{BODY}
</div>
<div class="print-meta">⟦m 原文地址：https://xsc.fcit.edu.cn/info/1007/18822.htm⟧</div>
<div class="print-meta">⟦m 打印于：刚刚⟧</div>
<div class="print-foot">⟦p ⎅ 第1页 共1页 ⎅⟧</div>
</body>
</html>
""",
        body="""
各学院：
11月5日至8日，学生处会同保卫处、后勤管理处对全校学生宿舍进行了安全检查，共查出违规使用电磁炉7台、电热锅11个、非标插线板23个。现将有关情况通报如下：
一、查出违规使用电磁炉的宿舍为：3号公寓412室、5号公寓207室、5号公寓509室、8号公寓118室、8号公寓603室、10号公寓221室、11号公寓315室。
二、以上宿舍成员由所在学院进行批评教育，违规电器已由学生处暂扣。
三、各学院要利用班会开展一次用电安全教育，引导学生到食堂就餐，不在宿舍做饭。
学生处
2024年11月12日
""",
    ),
    dict(
        slug="print-yingchuan-archives-letter-borrow-laminator",
        site="楹川县档案馆 (invented, print-friendly page as text)",
        style="打印页",
        genre="函",
        kind="letter",
        form="text",
        source="http://www.ycdaj.gov.cn/print/2024/0403_77.html",
        title="关于商借塑封机的函",
        record_title="关于商借塑封机的函（打印友好版）- 楹川县档案馆",
        date="2024-04-03",
        notes="print-friendly page as text: print header with a URL, the letter's own contact line, a print footer ⏛ 1/1 ⏛ closing the page",
        page="""
!m 楹川县档案馆　打印友好版
!m 页面地址：http://www.ycdaj.gov.cn/gzdt/2024/0403_77.html
{T}
{BODY}
!a [ 打印 ]　[ 返回正文页 ]
!p ⏛ 1/1 ⏛
""",
        body="""
县图书馆：
我馆正在开展馆藏老照片整理工作，需对约一千二百张照片复制件进行塑封保护。因我馆现有塑封机出现故障，维修需时，特商请贵馆借用A3幅面塑封机一台，借用时间为4月8日至4月19日。
借用期间，我馆指定专人操作和保管，使用完毕后及时归还；如有损坏，由我馆负责维修或照价赔偿。
盼予支持为感。
联系人：县档案馆保管利用股　覃思源　电话：0736-7230521
楹川县档案馆
二〇二四年四月三日
""",
    ),
    dict(
        slug="mail-chengbo-fwd-notice-lunchboxes-attachment-bar",
        site="澄波企业邮箱 (invented, webmail reading view)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="html",
        source="https://mail.chengbo-dq.com/read?mid=ZC3012-7730",
        title="关于统一订购员工午餐便当盒的通知",
        record_title="Fwd: 关于统一订购员工午餐便当盒的通知",
        date="2024-03-04",
        date_also=["2024-03-05"],
        notes="webmail reading view: forwarded header, an attachment bar beside the notice's own 附件 list, a sentence asking staff to scan a QR code; the mail's send date differs from the notice's",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>Fwd: 关于统一订购员工午餐便当盒的通知 - 澄波企业邮箱</title>
</head>
<body>
<div class="mail-top">⟦m 澄波企业邮箱⟧ ⟦m luxy@chengbo-dq.com⟧ <a>⟦a 写信⟧</a> <a>⟦a 收信⟧</a> <a>⟦a 退出⟧</a></div>
<div class="folder">⟦m 收件箱（12）⟧ ⟦m 草稿箱⟧ ⟦m 已发送⟧ ⟦m 垃圾邮件⟧</div>
<div class="read">
<div class="toolbar">⟦a 回复⟧ ⟦a 全部回复⟧ ⟦a 转发⟧ ⟦a 删除⟧ ⟦a 标记为未读⟧</div>
<div class="subject">⟦m 主题：Fwd: 关于统一订购员工午餐便当盒的通知⟧</div>
<div class="hdr">⟦m 发件人：戴雨辰 &lt;daiyc@chengbo-dq.com&gt;⟧</div>
<div class="hdr">⟦m 时　间：2024年3月5日（星期二）上午10:26⟧</div>
<div class="hdr">⟦m 收件人：各部门工会小组长⟧</div>
<div class="attbar">⟦a 📎 2 个附件：便当盒款式图片.jpg (412K)　订购统计表.xlsx (17K)　全部打包下载⟧</div>
<div class="mail-body">
<p>⟦m ---------- Forwarded message ----------⟧</p>
<h3>{T}</h3>
{BODY}
</div>
<div class="toolbar">⟦a 快速回复：点击这里输入回复内容⟧</div>
</div>
<div class="mail-foot">⟦m 澄波企业邮箱 · 由信息中心维护⟧ ⟦d 本邮件及附件仅限内部收件人使用⟧</div>
</body>
</html>
""",
        body="""
各部门：
为减少一次性餐盒使用，公司工会决定为有需要的员工统一订购不锈钢保温便当盒，费用由工会经费承担一半。现将有关事项通知如下：
一、订购款式：两格保温便当盒（容量900毫升）和三格保温便当盒（容量1200毫升）两种，每人限订一只。
二、报名方式：请于3月8日前扫描附件1中的二维码填写订购信息，或将附件2的统计表填好后交部门工会小组长。
三、领取时间：3月20日起到工会办公室领取。
联系人：工会办公室　戴雨辰　分机8125
附件：1.便当盒款式图片
2.订购统计表
枋城澄波电器有限公司工会委员会
2024年3月4日
""",
    ),
    dict(
        slug="mail-liangyu-forward-letter-fan-test-report-docx",
        site="凉屿电器邮件转发 (invented, forwarded mail as text)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="text",
        source="mailto:zhiliang@liangyu-dq.com#2024-06-06-fw",
        title="关于商请提供电风扇检测报告的函",
        record_title="转发：关于商请提供电风扇检测报告的函.docx",
        date="2024-06-05",
        date_also=["2024-06-06"],
        notes="forwarded mail as text: file-name subject; mail headers (发件人/发送时间/收件人/抄送/附件) as chrome beside the letter's own 抄送 line and contact with phone and mailbox; forwarder's note neutral",
        page="""
!m 发件人：质量部 唐可 <tangk@liangyu-dq.com>
!m 发送时间：2024年6月6日 星期四 上午9:40
!m 收件人：研发部 <yanfa@liangyu-dq.com>
!m 抄送：售后部 <shouhou@liangyu-dq.com>
!m 主题：转发：关于商请提供电风扇检测报告的函.docx
研发部：质检中心来函如下，请按要求准备材料，周三前发我汇总。唐可
!m ---------- 原始邮件 ----------
!m 发件人：牛悦 <jy2k@fcjyzx.org.cn>
!m 附件：关于商请提供电风扇检测报告的函.docx（36KB）
{T}
{BODY}
!d 此邮件来自外部发件人，请谨慎打开链接和附件
""",
        body="""
楹川凉屿电器有限公司：
我中心在2024年电风扇产品质量监督抽查中，抽取贵司生产的LY-FS40A型落地扇一批次。为核实产品的安全性能，请贵司于6月14日前提供该型号产品近一年的型式检验报告及关键元器件清单，加盖公章后寄送我中心。
联系人：检验二科　牛悦　电话：0736-6251174　邮箱：jy2k@fcjyzx.org.cn
枋城市产品质量检验中心
2024年6月5日
抄送：枋城市市场监督管理局质量监督处
""",
    ),
]

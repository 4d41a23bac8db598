"""holdout243, part F: exam forums, encyclopaedias, cloud drives, search snapshots, print views, forwarded mail.
Invented text (places, people, sites, numbers, URLs); written by hand, case by case.
See ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="shangan-gkforum-essay-ticket-changes-jammer",
        site="上岸论坛 (invented civil-service exam forum)",
        style="公考论坛",
        genre="申论文章",
        kind="other",
        form="html",
        source="https://bbs.shanganlt.com/thread-902716-1-1.html",
        title="从一张车票看交通的变迁",
        record_title="〔大作文自测〕从一张车票看交通的变迁（请研友们按省考标准打分） - 申论交流 - 上岸论坛",
        date=None,
        notes="an exam forum: a reply-to-see prompt, a QQ-group ad, jammer fonts inside the post, a rating row; "
        "a self-test prefix, an aside and a board-and-site suffix in the title; post time '6 小时前' (no date)",
        page="""
<html><head><meta charset="utf-8"><title>〔大作文自测〕从一张车票看交通的变迁（请研友们按省考标准打分） - 申论交流 - 上岸论坛</title>
<script src="data/cache/common.js?sa1"></script></head><body>
<div id="hd">⟦m 上岸论坛⟧　⟦m 公考人的互助家园⟧　<a>⟦a 登录⟧</a> <a>⟦a 注册⟧</a></div>
<div class="qqad">⟦w 2025省考申论批改群：QQ 738216604，进群备注“上岸”⟧</div>
<div id="pt">⟦m 上岸论坛 › 申论天地 › 申论交流⟧</div>
<table><tr><td class="pls">⟦m 一战上岸的小鹿⟧<br>⟦m 积分 2318　帖子 406⟧</td>
<td class="plc"><h1>⟦t 〔大作文自测〕从一张车票看交通的变迁（请研友们按省考标准打分）⟧</h1>
<div class="authi">⟦m 发表于 6 小时前⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="locked">⟦a 本帖隐藏的参考范文需回复后才能查看⟧</div>
<div class="rate">⟦l 评分 5 人　积分 +12　收起理由：结构清楚，论据可再丰富⟧</div>
</td></tr></table>
<div class="side">⟦l 本版热帖：省考申论大作文万能结构（整理版）⟧</div>
<div id="ft">⟦m 上岸论坛 Powered by Discuz! X3.4　皖ICP备20041139号⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=2),
        body="""
一张车票，方寸之间，记录着一个人的行程，也映照着一个国家交通的发展。
从硬纸板车票到软纸车票，从磁介质车票到电子客票，车票的样子在变，出行的方式也在变。过去，人们为了一张回家的车票，要在售票窗口前排上一整夜；如今，动动手指就能在手机上购票，刷身份证就能进站。这背后，是铁路网络的不断延伸，是交通服务从“走得了”向“走得好”的转变。
但也要看到，仍有一些老年人不会用手机购票，一些偏远地区的群众出行还不够方便。交通发展的成果，应当让每一个人共享。为此，既要继续保留人工窗口和纸质车票，为特殊群体留下一扇门，也要加快农村客运网络建设，让“一张车票”通到每一个村口。
车票越来越小，路却越走越宽。
""",
    ),
    dict(
        slug="shangan-gkforum-text-interview-hooks-junk",
        site="上岸论坛 (invented), interview board saved as text",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="text",
        source="https://bbs.shanganlt.com/thread-905133-1-1.html",
        title="社区楼道粘钩挂物引发邻里矛盾，你作为社区工作人员怎么处理？",
        record_title="【面试情景题·邻里】社区楼道粘钩挂物引发邻里矛盾，你作为社区工作人员怎么处理？ - 结构化面试 - 上岸论坛",
        date=None,
        notes="an exam-forum answer as text with forum junk on a line and glued after 。; a question prefix and a board-and-site "
        "suffix in the title; post time '昨天 22:15' (no date); floors below",
        page="""
!m 上岸论坛 › 面试天地 › 结构化面试
!t 【面试情景题·邻里】社区楼道粘钩挂物引发邻里矛盾，你作为社区工作人员怎么处理？
!m 楼主 面霸养成中　发表于 昨天 22:15　｜　查看 2207　回复 31
{BODY}
!l 沙发 社区小白：第三点很实在，学习了。
!l 板凳 老考生：建议答题时加一句事后回访。
!a 发帖满10条才能下载面试资料包
""",
        junk=dict(lines=1, glued=2),
        body="""
我的答题思路如下，请各位研友指正。
首先，及时到场，稳定情绪。我会第一时间到楼栋了解情况，分别听取双方诉求，避免矛盾激化。一方觉得粘钩挂拖把、挂雨伞方便，另一方觉得挡路、有安全隐患，双方都有各自的道理。
其次，讲清规定，依法引导。我会向居民说明楼道属于公共区域和疏散通道，不能长期堆放、悬挂物品，同时理解居民收纳空间不足的实际困难。
再次，想办法解决实际问题。可以协调物业在楼栋入口设置统一的挂物架，或者在小区空地设立雨具晾晒点，让居民有地方放东西。
最后，建立长效机制。把楼道管理写进居民公约，由楼栋长定期巡查，并开展消防安全宣传，让大家从“要我清”变成“我要清”。
""",
    ),
    dict(
        slug="zhiyuan-baike-entry-postmark-h1",
        site="知源百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://baike.zhiyuanbk.cn/item/邮戳/10422",
        title="邮戳",
        record_title=None,
        date=None,
        notes="an encyclopaedia entry: the name only in the <h1> and again opening the body (head); edit/discuss/history tabs, "
        "an infobox, a contents box, reference markers glued after a 。, an 'edit this section' link glued to a heading; no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>知源百科_让知识有源头</title>
<script src="https://baike.zhiyuanbk.cn/js/toc.js"></script></head><body>
<div class="bk-top">⟦m 知源百科⟧　⟦m 让知识有源头⟧　<a>⟦a 登录后参与编辑⟧</a></div>
<div class="bk-tabs">⟦a 词条　｜　编辑　｜　讨论　｜　历史版本⟧</div>
<h1>{T}</h1>
<p class="bk-sub">⟦m 邮政用语⟧</p>
<table class="infobox">
<tr><td>⟦m 中文名：邮戳⟧</td><td>⟦m 外文名：postmark⟧</td></tr>
<tr><td>⟦m 类　别：邮政日戳、纪念邮戳等⟧</td><td>⟦m 用　途：标记收寄日期和地点⟧</td></tr>
</table>
<div class="toc">⟦l 目录：1 简介　2 种类　3 收藏⟧</div>
<div class="bk-body">
{BODY}
</div>
<div class="refs"><h3>⟦l 参考资料⟧</h3><p>⟦l [1] 《邮政营业基础知识》，邺川邮电出版社⟧</p><p>⟦l [2] 邺川市集邮协会．风景邮戳图录⟧</p></div>
<div class="bk-foot">⟦d 本词条内容由网友共同编辑，如有错漏欢迎指正。⟧　⟦m 浏览 8,216 次　最近更新：4 天前⟧</div>
</body></html>
""",
        body="""
邮戳是邮政部门在邮件上加盖的戳记，用来表示邮件的收寄或到达日期和地点，同时也起注销邮票、防止重复使用的作用。⟦l [1]⟧
种类⟦a ✎编辑本段⟧
邮戳按用途可分为日戳、纪念邮戳、风景邮戳等。日戳是最常用的一种，通常刻有地名、日期和局号；纪念邮戳在重大活动、节日期间启用，使用时间较短；风景邮戳以当地名胜为图案，只在指定邮局使用。⟦l [2]⟧
收藏
邮戳是集邮的重要内容。集邮者通常收集盖有清晰邮戳的实寄封、明信片，而不单独收集戳样。一枚字口清晰、日期完整的邮戳，往往比邮票本身更能说明一件邮品的来历。
""",
    ),
    dict(
        slug="baixiao-baike-text-entry-manuscript-paper",
        site="百晓百科 (invented encyclopaedia), entry page as text",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="https://www.baixiaobk.com/wiki/gaozhi",
        title="稿纸",
        record_title="稿纸（书写用纸）_ 百晓百科 · 文具词条",
        date=None,
        notes="an encyclopaedia entry as text: a disambiguation aside and a site suffix in the title; the entry name on a line "
        "and opening the body; reference markers and a section edit link; '编辑于 2 个月前' is no date",
        page="""
!m 百晓百科　｜　百科词条　文具　学习用品
{T}
!m 书写用纸　｜　编辑于 2 个月前　｜　贡献者 17 人
!a 收藏词条　　分享词条　　纠错
!l 目录　1 形制　2 规格　3 使用
{BODY}
!l 相关词条：方格本　｜　信笺　｜　田字格
!d 百晓百科词条由用户协作编辑，仅供参考。
""",
        body="""
稿纸是印有方格或横线、供书写文稿用的纸张，常用于作文、投稿和书法练习。⟦l [1]⟧
形制
稿纸一般在纸面上印出整齐的方格，每格写一个字或一个标点符号。页面下方或侧边常印有“第　页”“共　页”以及“20×20=400”等字样，便于计算字数。
规格
常见的有每页二百字、三百字、四百字和五百字等规格。中小学作文多用四百字稿纸，报刊投稿过去多用五百字稿纸。⟦l [2]⟧
使用
书写时题目居中，每段开头空两格，标点符号一般占一格。随着电脑写作的普及，稿纸的使用已大为减少，但在考试、书法练习等场合仍广泛使用。
""",
    ),
    dict(
        slug="yunxia-netdisk-plan-spring-tickets-pdf",
        site="云匣网盘 (invented cloud drive), shared-file preview",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="html",
        source="https://pan.yunxia.cn/s/1qK8vTz3mR#preview",
        title="邺川火车站2025年春运售票服务保障方案",
        record_title="邺川火车站2025年春运售票服务保障方案.pdf",
        date="2024-12-30",
        notes="a cloud-drive preview: the sharer's line, an expiry line, VIP speed prompts, a save/download row; file-name title; "
        "a numbered plan with a sentence about 打印 车票 and 扫码 as content; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>邺川火车站2025年春运售票服务保障方案.pdf - 云匣网盘分享</title>
<script src="https://pan.yunxia.cn/static/preview.js"></script></head><body>
<div class="yx-head">⟦m 云匣网盘⟧　<a>⟦a 登录⟧</a>　<a>⟦a 下载客户端⟧</a></div>
<div class="yx-share">⟦m 分享者：站务小秦　｜　分享于 3 天前　｜　有效期：永久⟧</div>
<div class="yx-file"><h2>{T}</h2><p>⟦m 文件大小：1.8 MB⟧</p></div>
<div class="yx-ops">⟦a 保存到我的云匣　｜　普通下载　｜　超级会员极速下载⟧</div>
<div class="yx-preview">
{BODY}
</div>
<div class="yx-vip">⟦a 预览仅显示前2页，开通超级会员可在线查看全部⟧</div>
<div class="yx-foot">⟦d 云匣网盘严禁分享违法违规内容，如发现请举报。⟧　⟦m © 2025 云匣网盘⟧</div>
</body></html>
""",
        p_html='<p class="pv-line">{}</p>',
        body="""
为做好2025年春运售票服务工作，确保旅客购票有序、安全、便捷，结合我站实际，制定本方案。
一、工作目标。春运期间售票窗口不排长队，旅客购票平均等候时间不超过15分钟，无倒卖车票等违法行为。
二、主要措施。
1.增开窗口。春运高峰期间开放售票窗口8个，其中设老年人、军人、残疾人优先窗口2个。
2.保留纸质车票服务。旅客需要报销凭证的，可凭身份证到窗口或自助机打印报销凭证；不会使用网络购票的旅客，可到窗口购买纸质车票。
3.便民服务。在进站口设置志愿者服务台，帮助旅客扫码购票、改签、查询车次。
三、工作要求。各班组要严格执行实名制购票、验票规定，发现异常购票行为及时报告。
邺川火车站
2024年12月30日
""",
    ),
    dict(
        slug="yunxia-netdisk-text-instruction-hooks-docx-markers",
        site="云匣网盘 (invented), document preview as text",
        style="网盘分享",
        genre="作业指导书",
        kind="rule",
        form="text",
        source="https://pan.yunxia.cn/s/1Zx4mP0aQe#preview",
        title="粘钩背胶贴合工序作业指导书",
        record_title="粘钩背胶贴合工序作业指导书（V2.1）.docx",
        date=None,
        notes="a cloud-drive text preview cut by page markers '❁ 第n页 ❁' on lines of their own; file-name title with a version aside; "
        "decimal headings 1.1–3.2; no date (share time '3 天前')",
        page="""
!m 云匣网盘 · 文档预览
!t 粘钩背胶贴合工序作业指导书（V2.1）.docx
!m 分享者：hengnian_jishu　分享于 3 天前　·　86 KB
!a 保存到网盘　|　下载　|　举报
{BODY}
!a 当前为预览模式，下载后可查看原始排版
""",
        pages=dict(fmt="❁ 第{n}页 ❁", every=100, start=2),
        body="""
1 目的
1.1 规范粘钩背胶贴合操作，保证粘钩静载承重符合产品标称要求。
2 操作步骤
2.1 开机前检查贴合机压辊表面是否清洁，用无尘布蘸酒精擦拭，待完全干燥后方可生产。
2.2 背胶卷材上机前须核对批号，与领料单一致后方可使用，不同批号的背胶不得混用。
2.3 贴合压力设定为0.4兆帕，保压时间3秒，每班开机后首件送质检员做剥离力测试，合格后方可批量生产。
3 质量控制
3.1 每两小时抽取5件做静载承重试验，任一件不合格即停机排查，并追溯上次检验合格后的全部产品。
3.2 贴合后的半成品须在恒温车间静置24小时后方可包装。
""",
    ),
    dict(
        slug="qiansou-snapshot-airport-tag-notice",
        site="千搜 (invented search engine) snapshot of 邺川机场 (invented)",
        style="搜索快照",
        genre="温馨提示",
        kind="notice",
        form="html",
        source="http://snapshot.qiansou.cn/c?u=www.ycairport.cn/fw/2025/0616/77.html",
        title="关于旅客行李牌信息填写的温馨提示",
        record_title="关于旅客行李牌信息填写的温馨提示 - 千搜快照",
        record_date="2025-06-16",
        date="2025-06-16",
        notes="a snapshot frame: a capture banner with its own stamp, highlighted keywords, the original site's header and footer inside; "
        "a snapshot suffix in the title; the record gives the date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于旅客行李牌信息填写的温馨提示 - 千搜快照</title>
<script src="http://snapshot.qiansou.cn/js/hl.js"></script></head><body>
<div class="qs-banner">⟦d 千搜快照：本页面为网页在 2025-07-02 08:41 的存档，原网页可能已变动，查看最新版本请访问原站。⟧</div>
<div class="qs-kw">⟦d 已为您标亮以下检索词：行李牌　填写⟧</div>
<div class="orig">
<div class="ap-head">⟦m 邺川机场⟧　⟦m 旅客服务⟧</div>
<div class="ap-pos">⟦m 首页 &gt; 旅客服务 &gt; 出行提示⟧</div>
<h2>{T}</h2>
<p class="ap-meta">⟦m 发布时间：2025-06-16　来源：旅客服务部⟧</p>
{BODY}
<div class="ap-foot">⟦m 机场问询电话：0736-96877　湘ICP备12036617号⟧</div>
</div>
</body></html>
""",
        p_html="<p>{}</p>",
        body="""
尊敬的旅客：
暑运期间旅客托运行李数量较多，为方便您在行李遗失或错拿时能被及时联系，请在行李牌上填写以下信息：
一、姓名：可只填写姓氏，如“王女士”“李先生”。
二、联系电话：请填写出行期间能接通的手机号码。
三、目的地：填写到达城市即可。
为保护个人信息，请不要在行李牌上填写身份证号码、家庭详细住址和航班号。行李牌请系在拉杆或提手上，并在箱内放一张写有相同信息的卡片。
邺川机场旅客服务部
2025年6月16日
""",
    ),
    dict(
        slug="qiansou-cache-text-station-ticket-loss",
        site="千搜 (invented) text-only cache of 桯口火车站 (invented)",
        style="搜索快照",
        genre="公告",
        kind="notice",
        form="text",
        source="http://snapshot.qiansou.cn/text?u=www.tkhcz.cn/gg/2025/0402/15.html",
        title="关于车票遗失后办理挂失补办的公告",
        date="2025-04-02",
        notes="a text-only cache: the record gives the title as is; a capture line (no date) and a keyword line above the page, "
        "the station's header and footer inside; 成文日期 under the signature",
        page="""
!d 【纯文本缓存】抓取于 2025-05-19 21:06，仅保留文字内容，图片及样式已省略
!d 检索词：车票　遗失　补办
!m 桯口火车站 · 站务公开
{T}
!m 发布：站务室　　点击：377
{BODY}
!m 车站客服：0736-5531200　地址：桯口镇站前路1号
""",
        body="""
广大旅客：
根据铁路旅客运输有关规定，旅客购买实名制车票后遗失的，可按以下办法办理挂失补办：
一、旅客应在列车开车前20分钟以上，持购票时使用的有效身份证件到车站售票窗口办理挂失补办手续。
二、经核实购票信息无误的，旅客须先另行购买一张车次、席位相同的车票。
三、旅客到站后，凭补办的车票到到站退票窗口办理补票款退还手续。
四、开车前20分钟以内的，车站不再办理挂失补办。
桯口火车站
2025年4月2日
""",
    ),
    dict(
        slug="binshui-post-print-bulletin-unclear-postmarks",
        site="邠水县邮政分公司 (invented), print view",
        style="打印页",
        genre="通报",
        kind="notice",
        form="html",
        source="http://www.bsyouzheng.cn/tb/2025/0227/print_41.html",
        title="关于2月份邮戳加盖质量检查情况的通报",
        record_title="【打印稿·内部】关于2月份邮戳加盖质量检查情况的通报 - 邠水邮政",
        date="2025-02-27",
        notes="a print view calling window.print(): a print toolbar, the page's address, a print stamp (no date), an inspection "
        "table (one row a paragraph), 抄送 and 印发 lines; the print footer '⟑ 1/1 ⟑' closing the page",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【打印稿·内部】关于2月份邮戳加盖质量检查情况的通报 - 邠水邮政</title>
<script>window.onload=function(){window.print();}</script></head><body>
<div class="pr-bar">⟦a 🖨 开始打印　｜　返回原页⟧</div>
<div class="pr-url">⟦m 页面来源：http://www.bsyouzheng.cn/tb/2025/0227/41.html⟧</div>
<div class="pr-time">⟦m 打印于 刚刚⟧</div>
<h2>{T}</h2>
<div class="pr-body">
{BODY}
</div>
<div class="pr-foot">⟦p ⟑ 1/1 ⟑⟧</div>
</body></html>
""",
        body="""
各营业网点：
2月份，分公司运营管理部对全县12个营业网点的邮戳加盖质量进行了抽查，每个网点抽取当月收寄的信函50件。检查情况如下：
网点　抽查件数　清晰件数　清晰率
城关支局　50　49　98%
酆原支局　50　44　88%
鄄桥服务点　50　47　94%
从检查情况看，个别网点存在印油不足、日戳字口磨损、盖戳力度不匀等问题。请酆原支局于3月10日前更换日戳，其他网点每日营业前做好试盖和核对。
邠水县邮政分公司
2025年2月27日
抄送：邺川市邮政分公司运营管理部。
邠水县邮政分公司综合办公室　2025年2月27日印发
""",
    ),
    dict(
        slug="yechuan-hotel-print-text-storage-tags",
        site="邺川宾馆 (invented), print view saved as text",
        style="打印页",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.ychotel.cn/notice/2025/0505/print.asp?id=19",
        title="关于启用新版行李寄存牌的通知",
        record_title="打印版 ▸ 关于启用新版行李寄存牌的通知（前台张贴用）",
        date="2025-05-05",
        notes="a print view as text: a print prefix and a posting aside in the title; a print stamp '打印时间：今天' (no date), "
        "the page's address; numbered items; the print footer '第1页❇共1页' closing the page",
        page="""
!m 邺川宾馆 · 内部通知打印
!m 原文地址：http://www.ychotel.cn/notice/2025/0505/19.html
!m 打印时间：今天 10:26　打印人：前厅部
!t 打印版 ▸ 关于启用新版行李寄存牌的通知（前台张贴用）
{BODY}
!p 第1页❇共1页
""",
        body="""
前厅部、礼宾部：
为减少宾客行李寄存差错，宾馆自5月10日起启用新版行李寄存牌。现将有关事项通知如下：
1.新版寄存牌为三联式，上联系于行李上，中联交宾客，下联留存礼宾台，三联编号一致。
2.寄存时须在下联登记宾客姓名、房号、件数和取件时间，并请宾客签名。
3.宾客取件时凭中联核对编号，中联遗失的，须核对身份证件并由值班经理签字后方可取件。
4.旧版寄存牌于5月9日前全部收回，统一销毁。
邺川宾馆总经理办公室
2025年5月5日
""",
    ),
    dict(
        slug="wenyi-press-webmail-letter-custom-paper",
        site="邺川文艺出版社 webmail (invented), reading view",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.ycwenyi.cn/read?mid=20250414-0032",
        title="关于定制作家手稿专用稿纸的函",
        record_title="Fwd: 〔请办公室备案〕关于定制作家手稿专用稿纸的函",
        date="2025-04-11",
        date_also=["2025-04-14"],
        notes="a webmail reading view: a forwarded header block, an attachment bar beside the letter's own 附件 list, the letter's "
        "own contact, phone and mailbox; a Fwd: prefix and a bracketed aside in the title; the mail's send date differs",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Fwd: 〔请办公室备案〕关于定制作家手稿专用稿纸的函 - 邺川文艺出版社邮箱</title>
<script src="/webmail/js/reader.js"></script></head><body>
<div class="wm-top">⟦m 邺川文艺出版社 · 企业邮箱⟧　⟦m 收件箱(37)　草稿箱　已发送⟧</div>
<div class="wm-tools">⟦a 回复　回复全部　转发　删除　标记为未读⟧</div>
<div class="wm-head">
<h3>⟦t Fwd: 〔请办公室备案〕关于定制作家手稿专用稿纸的函⟧</h3>
<p>⟦m 发件人：总编办 姚素琴 &lt;yaosq@ycwenyi.cn&gt;⟧</p>
<p>⟦m 收件人：办公室 &lt;bgs@ycwenyi.cn&gt;⟧</p>
<p>⟦m 时　间：2025年4月14日（星期一）上午9:12⟧</p>
</div>
<div class="wm-att">⟦a 📎 附件 1 个：稿纸版式样张.pdf（312 KB）　预览　下载⟧</div>
<div class="wm-body">
<p>⟦m ---------- 转发的邮件 ----------⟧</p>
<p>⟦m 发件人：编辑部 &lt;bjb@ycwenyi.cn&gt;　日期：2025年4月11日⟧</p>
{BODY}
</div>
<div class="wm-foot">⟦d 本邮件可能含有保密信息，非指定收件人请立即删除。⟧</div>
</body></html>
""",
        body="""
邺川翰墨纸品有限公司：
我社拟于今年下半年举办“作家手稿展”，邀请省内作家用统一的专用稿纸誊写代表作品。经比较，拟委托贵公司定制专用稿纸，具体要求如下：
一、规格：16开，每页四百格，格线为浅灰色，页脚印“邺川文艺出版社　作家手稿”字样和页码栏。
二、纸张：80克米白色书写纸，正面书写不洇墨。
三、数量：3000张，分装为30本，每本100张。
请贵公司于4月25日前提供报价和样品。
附件：稿纸版式样张
联系人：蒋文博　电话：0736-2218047　邮箱：bjb@ycwenyi.cn
邺川文艺出版社编辑部
2025年4月11日
""",
    ),
    dict(
        slug="museum-mail-text-request-hooks-exhibition",
        site="邺川市博物馆 mail forwarded as text (invented)",
        style="邮件转发",
        genre="请示",
        kind="request",
        form="text",
        source="mailto:xzb@ycmuseum.cn?mid=20250902-07",
        title="关于采购无痕粘钩用于临时展板布置的请示",
        record_title="Fw: 转发：关于采购无痕粘钩用于临时展板布置的请示（请各部门知悉）",
        date="2025-08-29",
        date_also=["2025-09-02"],
        notes="a forwarded mail as text: Fw:/转发: prefixes and an aside in the title; mail headers with the send date; "
        "a letter's own 抄送 beside the mail header's 抄送; a data table; the request's own contact; the mail's date differs",
        page="""
!t Fw: 转发：关于采购无痕粘钩用于临时展板布置的请示（请各部门知悉）
!m 发件人：行政部 邝小雨 <xzb@ycmuseum.cn>
!m 收件人：陈列部；社教部；保卫科
!m 抄送：馆办公室；财务科
!m 发送时间：2025-09-02 14:37
!m -------- 原始邮件 --------
!m 发件人：陈列部 <clb@ycmuseum.cn>　主题：关于采购无痕粘钩用于临时展板布置的请示
{BODY}
!m 此邮件由邺川市博物馆邮件系统发出，请勿直接回复系统地址
""",
        body="""
馆领导：
10月将举办“方寸邮情——邮戳里的邺川”临时展览，展厅墙面为新刷乳胶漆，按照文物建筑保护要求不得打孔。为布置展板和说明牌，拟采购无痕粘钩一批，具体如下：
品名　规格　数量　预算（元）
透明无痕粘钩　承重5千克　300个　1500
无痕挂画钉　承重3千克　200个　800
妥否，请批示。
联系人：陈列部 雷晓　电话：0736-2209315
陈列部
2025年8月29日
抄送：馆办公室
""",
    ),
]

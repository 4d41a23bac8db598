"""holdout219, part F: exam forums, encyclopaedia/Q&A pages, cloud drives, search caches, print views, mails.

Invented text, sites, places and people; see ../README.md and ../build.py for the markup.
Each case written by hand.
"""

CASES = [
    dict(
        slug="dengke-exam-forum-essay-folding-chairs-city",
        site="登科公考社区 (invented civil-service-exam forum)",
        style="公考论坛",
        genre="申论习作",
        kind="other",
        form="html",
        source="https://bbs.dengkegk.com/thread-90331-1-1.html",
        title="一把折叠椅里的城市温度",
        record_title="〖申论自评〗一把折叠椅里的城市温度（望各位指点一二）- 申论批改区 - 登科公考社区",
        date=None,
        notes="exam forum: a reply-to-see prompt, a rating row, a signature, a QQ-group ad; an essay with no date "
        "(post time 5 天前)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>〖申论自评〗一把折叠椅里的城市温度（望各位指点一二）- 申论批改区 - 登科公考社区</title>
<script src="/static/js/discuz.js"></script>
</head><body>
<div id="hd">⟦m 登科公考社区⟧　<span>⟦m 陪你从备考到上岸⟧</span>　<a>⟦a 登录⟧</a>　<a>⟦a 注册⟧</a></div>
<div id="pt">⟦m 登科公考社区 › 申论天地 › 申论批改区⟧</div>
<h1 class="ts"><span>⟦m 〖申论自评〗⟧</span> <span id="thread_subject">{T}</span> <span>⟦m （望各位指点一二）⟧</span></h1>
<div class="authi">⟦m 楼主：备考第三年的阿宁　发表于 5 天前⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="locked">⟦a 本帖附带的高分参考文需回复后才能看到⟧</div>
<div class="rate">⟦a 评分：阅卷分 +3　共 7 人参与⟧</div>
<div class="sign">⟦m 个性签名：今年一定要上岸！⟧</div>
<div class="pl"><p>⟦l 2# 言之有物：第三段论证可以再展开⟧</p><p>⟦l 3# 一笔到底：标题不错，给个高分⟧</p></div>
<div class="ad">⟦w 申论互批群：QQ 713290416 入群暗号“登科”⟧</div>
<div id="ft">⟦m 登科公考社区 Powered by Discuz!　冀ICP备21002917号⟧</div>
</body></html>
""",
        body="""
在奎源市晷城区的几个公园里，最近多了一样新东西：挂在路灯杆上的共享折叠椅。走累了的老人拉下来就能坐，起身后椅子自动收回，不占路面。一把小小的折叠椅，折射出城市治理的温度。
城市的温度，在于把群众的小需求当成大事情。公园里长椅不够，是很多老人反映多年的问题，加装长椅受场地限制，折叠椅这种“小切口”恰恰解决了“大民生”。
城市的温度，也在于细节中的用心。椅子挂多高、承重多少、雨天如何防滑，这些细节决定着群众的获得感。
让城市更有温度，需要更多这样“看得见、摸得着”的微改造。
""",
    ),
    dict(
        slug="gkyizhan-forum-interview-canteen-tables-junk",
        site="公考驿站论坛 (invented exam forum, text)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="text",
        source="http://www.gkyizhan.com/bbs/viewthread.php?tid=55102",
        title="单位食堂午餐高峰餐桌不够坐，你作为后勤负责人怎么办？",
        record_title="〔面试实战〕单位食堂午餐高峰餐桌不够坐，你作为后勤负责人怎么办？（答题路子分享）- 结构化面试 - 公考驿站",
        date=None,
        notes="exam forum as text: the decorated subject repeated, junk lines and glued junk, a coaching WeChat line; "
        "the post time 前天 is no date",
        page="""
!m 公考驿站论坛 › 面试交流 › 结构化面试
!t 〔面试实战〕单位食堂午餐高峰餐桌不够坐，你作为后勤负责人怎么办？（答题路子分享）
!m 作者：青灯伴读　时间：前天 22:08　查看：1203
{BODY}
!a 支持(15)　反对(0)　回复本帖
!l 1# 岸边等你：思路很清楚，收藏了
!w 一对一面试陪练，微信 gkyz_mianshi
""",
        junk=dict(lines=2, glued=2),
        body="""
我会从以下几个方面解决这个问题。
首先，摸清情况。用一周时间统计各时段的就餐人数和餐桌周转情况，同时在职工群里发问卷，了解大家的意见集中在哪里。
其次，短期缓解。一是协调各部门错峰就餐，比如一线科室11:30开餐，机关科室12:00开餐；二是在食堂外廊临时增加几张折叠餐桌；三是提倡职工用餐后及时离座，把餐桌留给后来的同事。
再次，长远解决。如果统计结果显示餐桌确实长期不足，我会拟定调整食堂布局、增购餐桌的方案，报领导审批后实施。
最后，跟踪反馈。方案实施一个月后再做一次满意度调查，根据职工意见继续改进。
""",
    ),
    dict(
        slug="wanxiang-wiki-entry-projection-screen-h1",
        site="万象百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://www.wanxiangbaike.com/item/投影幕/30918",
        title="投影幕",
        record_title=None,
        date=None,
        notes="no title in the record: the entry's <h1> (a one-word title that also opens the body: head match); "
        "edit/discuss/history tabs, infobox, contents box, reference markers glued after 。, an edit link glued "
        "to a section heading; an update stamp is no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>万象百科</title>
<script src="https://s.wanxiangbaike.com/item/main.js"></script>
</head><body>
<div class="wx-top">⟦m 万象百科⟧　<span>⟦m 人人可编的知识库⟧</span>　<input placeholder="搜索词条"></div>
<div class="tabs">⟦a 编辑⟧ ⟦a 讨论⟧ ⟦a 历史版本⟧</div>
<h1 class="lemma">{T}</h1>
<div class="infobox"><table>
<tr><td>⟦m 中文名：投影幕⟧</td><td>⟦m 外文名：projection screen⟧</td></tr>
<tr><td>⟦m 用　途：显示投影画面⟧</td><td>⟦m 类　别：显示器材⟧</td></tr>
</table></div>
<div class="toc"><p>⟦l 目录⟧</p><p>⟦l 1 分类⟧</p><p>⟦l 2 规格⟧</p></div>
<div class="lemma-body">
{BODY}
</div>
<div class="refs"><h3>⟦l 参考资料⟧</h3><p>⟦l [1] 《会议室音视频系统设计手册》，第三章⟧</p><p>⟦l [2] 教学设备采购技术参数汇编⟧</p></div>
<div class="stat">⟦m 词条统计：浏览 8214 次　编辑 11 次　最近更新：2025-03-02⟧</div>
<div class="wx-foot">⟦d 词条内容由网友协作编辑，仅供参考⟧　⟦m © 万象百科⟧</div>
</body></html>
""",
        body="""
投影幕是用于显示投影仪投射画面的幕布，由幕面、卷轴和支撑或悬挂结构组成，常见于教室、会议室、家庭影院和电影院。⟦m [1]⟧
分类⟦a ✎修改本节⟧
按安装方式，投影幕可分为挂墙式、吊顶式、地拉式和支架式；按驱动方式，可分为手拉幕和电动幕。⟦m [2]⟧
按幕面材料，常见的有白塑幕、玻珠幕、灰幕和抗光幕。白塑幕视角宽、价格低，适合光线可控的房间；抗光幕能抑制环境光，适合不便遮光的场所。
规格
投影幕尺寸通常以对角线长度计，单位为英寸，常见比例有4∶3、16∶9和16∶10。
""",
    ),
    dict(
        slug="zhiwu-baike-qa-folding-chair-load",
        site="知物百科问答 (invented encyclopaedia Q&A, text)",
        style="百科问答",
        genre="问答",
        kind="other",
        form="text",
        source="https://baike.zhiwuwd.com/qa/zhedieyi-chengzhong.html",
        title="折叠椅承重一般是多少？买户外折叠椅要注意什么",
        record_title="折叠椅承重一般是多少？买户外折叠椅要注意什么 - 知物百科问答",
        date=None,
        notes="encyclopaedia Q&A as text: a question title with a site suffix, an expert badge, a numbered answer; "
        "an update time 2 个月前 is no date",
        page="""
!m 知物百科问答 - 日用百货怎么选
!m 百科问答 › 家居用品 › 户外家具
{T}
!m 最佳回答　|　知物认证作者：户外装备测评员
!m 更新于 2 个月前
{BODY}
!a 这个回答对你有帮助吗？　有用　｜　没用
!l 相关问答：露营椅和钓鱼椅有什么区别？
!d 回答内容由作者提供，仅供参考
""",
        body="""
普通钢管折叠椅的静态承重一般在100到120公斤，铝合金户外折叠椅多在100到150公斤，加粗款可以达到200公斤以上。购买时要注意以下几点：
1.看材质。钢管结实但重，铝合金轻便耐锈，经常带出门的选铝合金。
2.看连接处。铆钉和铰链是最容易坏的地方，挑选时打开收起几次，看是否顺滑、有无晃动。
3.看座面。牛津布座面透气，但要看缝线是否密实；PVC座面好清洁，夏天比较闷热。
4.看标识。正规产品会在椅腿或座面下方标注最大承重，不要超载使用，也不要站在折叠椅上登高。
""",
    ),
    dict(
        slug="youzi-pan-plan-nursing-home-dining-tables-wps",
        site="柚子云盘 (invented cloud drive, share preview)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="html",
        source="https://pan.youziyun.com/s/1xQ7mLbn",
        title="娄滨镇中心敬老院餐厅改造工作方案",
        record_title="娄滨镇中心敬老院餐厅改造工作方案.wps",
        date="2025-02-27",
        notes="cloud-drive share preview: file name repeated, VIP and limited-speed download prompts, a text-only "
        "preview note; a share stamp is no date; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>娄滨镇中心敬老院餐厅改造工作方案.wps_免费高速下载|柚子云盘</title>
<script src="https://pan.youziyun.com/static/share.js"></script>
</head><body>
<div class="yz-head">⟦m 柚子云盘⟧　<a>⟦a 登录⟧</a>　<a>⟦a 下载客户端⟧</a></div>
<div class="file-head">
<h2>⟦t 娄滨镇中心敬老院餐厅改造工作方案.wps⟧</h2>
<p>⟦m 31KB　分享于 2025-03-01　分享者：lb_mzb⟧</p>
<p><a>⟦a 保存到我的云盘⟧</a> <a>⟦a 普通下载（限速）⟧</a> <a>⟦a 开通柚子超级会员，下载不限速⟧</a></p>
</div>
<div class="preview-tip">⟦a 在线预览只显示文字内容，完整排版请下载后查看⟧</div>
<div class="preview">
{BODY}
</div>
<div class="yz-side"><h4>⟦l 该用户的其他分享⟧</h4><p>⟦l 2025年娄滨镇民政工作要点.docx⟧</p><p>⟦l 敬老院消防安全检查表.xls⟧</p></div>
<div class="yz-foot">⟦d 请勿通过柚子云盘分享违法违规内容⟧　⟦m 柚子云盘 youziyun.com⟧</div>
</body></html>
""",
        body="""
为改善院内老人就餐环境，经镇党委、政府研究，决定对镇中心敬老院餐厅进行改造，特制定本方案。
一、改造内容。更换餐厅现有长条餐桌12张，改为高度可调的四人位圆角餐桌16张，配套带扶手餐椅；餐桌间距不少于1.2米，保证轮椅通行。
二、资金来源。改造资金约6.8万元，从县民政局拨付的敬老院提升改造资金中列支。
三、实施步骤。3月上旬完成采购，3月中旬安装，改造期间老人临时在活动室就餐。
四、工作要求。敬老院院长为第一责任人，镇民政办负责监督验收。
轸湖县娄滨镇人民政府
2025年2月27日
""",
    ),
    dict(
        slug="fengchao-pan-procedure-vaccine-cool-boxes-markers",
        site="蜂巢网盘 (invented cloud drive, text preview)",
        style="网盘分享",
        genre="操作规程",
        kind="other",
        form="text",
        source="https://fengchaopan.cn/s/Vt8c2KqA",
        title="疫苗冷藏保温箱装箱操作规程",
        record_title="疫苗冷藏保温箱装箱操作规程.pdf",
        date=None,
        notes="cloud-drive text preview cut by ⍭ 第n页 ⍭ markers on lines of their own; decimal headings 1 / 2.1 …; "
        "a procedure with no date; a share time 2 周前 is no date",
        page="""
!m 蜂巢网盘 · 分享文件
!t 疫苗冷藏保温箱装箱操作规程.pdf
!m 2.1MB　分享时间：2 周前　有效期：永久
!a 文本预览（第1-3页）
{BODY}
!a 超级会员可预览全部6页，立即开通 ›
!a 下载　转存
!d 请勿分享违规内容，发现后将封禁链接
""",
        pages=dict(fmt="⍭ 第{n}页 ⍭", every=90, start=2),
        body="""
1 适用范围
本规程适用于县疾控中心向各接种单位配送疫苗时冷藏保温箱的装箱操作。
2 装箱前准备
2.1 保温箱提前放入冷库预冷不少于30分钟。
2.2 冰排从冷冻柜取出后室温放置至表面出现水珠，防止疫苗冻结。
2.3 检查温度记录仪电量，设置为每5分钟记录一次。
3 装箱操作
3.1 箱底铺放冰排，上面放一层隔板，再放疫苗，疫苗四周用隔板与冰排隔开。
3.2 温度记录仪探头放在疫苗中间位置，盖好箱盖后贴封条。
3.3 装箱完成后在交接单上记录装箱时间和箱内温度。
""",
    ),
    dict(
        slug="xunyuan-snapshot-news-old-photo-frames-exhibit",
        site="寻源搜索快照 of 奎源日报 (invented cache frame)",
        style="搜索快照",
        genre="新闻",
        kind="news",
        form="html",
        source="http://cache.xunyuan.com/c?u=http%3A%2F%2Fwww.kuiyuandaily.cn%2Fwh%2F20250518%2F4471.html",
        title="“老相框里的奎源”展览在市博物馆开幕",
        record_title="“老相框里的奎源”展览在市博物馆开幕_奎源日报 - 寻源快照",
        date="2025-05-18",
        notes="search-cache frame: capture banner with the snapshot time (no date), a highlighted-terms line, then the "
        "news page; the byline's date is the page's date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>“老相框里的奎源”展览在市博物馆开幕_奎源日报 - 寻源快照</title>
</head><body>
<div class="xy-cache" style="border:1px solid #ccc;background:#f7f7f7">
<p>⟦d 寻源快照：本页是 http://www.kuiyuandaily.cn/wh/20250518/4471.html 于 2025-06-02 14:37 被抓取时的样子，当前页面可能已变化⟧</p>
<p>⟦m 已为你标出这些关键词：老相框　博物馆⟧　<a>⟦a 打开当前页面⟧</a></p>
</div>
<div class="ky-head">⟦m 奎源日报⟧　<span>⟦m 奎源日报社主办⟧</span></div>
<div class="ky-nav">⟦m 要闻　社会　文化　体育　评论⟧</div>
<h1>{T}</h1>
<div class="ky-by">⟦m 2025-05-18 09:12　来源：奎源日报　记者：韦兰舟⟧</div>
<div class="ky-text">
{BODY}
</div>
<div class="ky-ed">⟦m 编辑：芮可　校对：江宛⟧</div>
<div class="ky-foot">⟦m 奎源日报社版权所有　鄂ICP备09030127号⟧</div>
</body></html>
""",
        body="""
5月18日，“老相框里的奎源”摄影史料展在奎源市博物馆开幕。展览从市民捐赠的3000余张老照片中精选出260张，连同它们原来的相框一起展出。
展品中年代最早的是一只清末的紫檀木相框，框里是奎源老城门的照片；最多的是上世纪七八十年代的铝合金相框和塑料相框，装着结婚照、全家福和毕业合影。策展人介绍，相框本身也是时代的见证，从木框、铁框到塑料框，能看出老百姓生活的变化。
展览将持续到8月底，市民可凭身份证免费参观。
""",
    ),
    dict(
        slug="xunyuan-textcache-notice-hall-screen-repair",
        site="寻源搜索文字快照 of 觜阳县政务服务中心 (invented, text)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="text",
        source="http://cache.xunyuan.com/t?u=http%3A%2F%2Fzwzx.zuiyang.gov.cn%2Ftzgg%2F20251009%2F117.html",
        title="关于多功能厅投影幕维修期间暂停使用的通知",
        date="2025-10-09",
        notes="record gives the title as is; a text-only cache banner (capture time no date); the notice's own phone "
        "beside the centre's service hotline; 成文日期 and 发布时间 agree",
        page="""
!d 寻源搜索 · 文字快照　本页为 2025-10-15 抓取的纯文本版本，与原网页可能不一致
!m 原网址：http://zwzx.zuiyang.gov.cn/tzgg/20251009/117.html
!a 查看完整版快照　　查看原网页
!m 觜阳县政务服务中心
!m 首页 > 中心公告
{T}
!m 发布时间：2025-10-09 11:20　浏览次数：64
{BODY}
!m 政务服务热线：0836-5510000
""",
        body="""
各入驻单位：
政务服务中心三楼多功能厅电动投影幕因电机故障，需返厂维修。维修期间（10月10日至10月24日），多功能厅暂停对外预约使用。
已预约该时段的单位，请与中心办公室联系调整到二楼第一会议室，或自带便携式投影幕。由此带来的不便，敬请谅解。
联系电话：0836-5510088
觜阳县政务服务中心管理办公室
2025年10月9日
""",
    ),
    dict(
        slug="maochuan-edu-print-bulletin-meal-cool-boxes",
        site="昴川县教育体育局 (invented, print view)",
        style="打印页",
        genre="通报",
        kind="notice",
        form="html",
        source="http://jtj.maochuan.gov.cn/tzgg/2025/1104/3317.html?print=1",
        title="关于全县中小学配餐保温箱专项检查情况的通报",
        record_title="［打印］关于全县中小学配餐保温箱专项检查情况的通报（A4）",
        date="2025-11-03",
        notes="print view calling window.print(): print/close buttons, the page address and a print time (no date), a "
        "print footer 第1页 ⏇ 共1页; a table of schools; 抄送 and 印发 lines",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>［打印］关于全县中小学配餐保温箱专项检查情况的通报（A4）</title>
<style>@media print{.noprint{display:none}}</style>
<script>window.onload=function(){window.print();}</script>
</head><body>
<div class="noprint">⟦a 🖨 立即打印⟧　⟦a ✕ 关掉⟧</div>
<div class="ph">⟦m 昴川县教育体育局网站 · 打印版⟧</div>
<h2 align="center">{T}</h2>
<div class="pc">
{BODY}
</div>
<div class="pf">⟦m 页面地址：http://jtj.maochuan.gov.cn/tzgg/2025/1104/3317.html⟧<br>⟦m 打印时间：2025-11-20 10:41⟧</div>
<div class="pgno" align="center">⟦p 第1页 ⏇ 共1页⟧</div>
</body></html>
""",
        body="""
各镇中心学校，县直各学校：
10月中旬，县教育体育局会同县市场监督管理局，对全县27所配餐学校的送餐保温箱开展了专项检查。现将检查情况通报如下：
检查发现问题较多的学校
学校　保温箱数量　主要问题
杓口镇中心小学　12　清洗消毒记录不全
昴川县第三小学　8　2个保温箱密封条老化
昴川县城关中学　20　饭菜送达温度低于60℃
以上学校须于11月15日前完成整改，并将整改报告报县教育体育局学生资助与营养办。
昴川县教育体育局
2025年11月3日
抄送：县市场监督管理局。
昴川县教育体育局办公室　2025年11月3日印发
""",
    ),
    dict(
        slug="xuanxi-senior-college-print-minutes-choir-chairs",
        site="璇溪县老年大学 (invented, print preview as text)",
        style="打印页",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://www.xxlndx.org/jwgl/2025/0320/42.html?view=print",
        title="璇溪县老年大学关于合唱团排练用折叠椅的协调会议纪要",
        record_title="［打印］璇溪县老年大学关于合唱团排练用折叠椅的协调会议纪要｜璇溪老年大学网",
        date="2025-03-18",
        date_also=["2025-03-20"],
        notes="print preview as text: print/close row, page address, a print footer ⏈ 1 / 1 ⏈; minutes' 时间 line "
        "is the date, the page's 发布时间 also accepted",
        page="""
!a [打印]　[关闭窗口]
!m 璇溪老年大学网 — 打印预览
{T}
!m 发布时间：2025-03-20　来源：教务处
{BODY}
!m 本页网址：http://www.xxlndx.org/jwgl/2025/0320/42.html
!p ⏈ 1 / 1 ⏈
""",
        body="""
时间：2025年3月18日上午10:00
地点：老年大学教务处
主持：教务处主任　谭秀峰
参会：合唱团团长、后勤组、班主任代表
记录：符丽
会议就合唱团排练用椅问题进行了协调。合唱团现有学员86人，排练厅固定座椅只有60个，每次排练都要从各教室临时搬椅子，既影响其他班上课，也存在安全隐患。会议议定：
一、由后勤组采购带靠背的折叠椅40把，存放在排练厅储物间，专供合唱团使用。
二、合唱团安排两名值日学员负责排练前后折叠椅的摆放和收纳。
三、各教室座椅今后一律不得外借。
""",
    ),
    dict(
        slug="kuiyuan-webmail-letter-certificate-photo-frames",
        site="奎源邮 (invented enterprise webmail, reading view)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.kuiyuanyou.com/read?mid=1733190960_88417",
        title="关于订制荣誉证书相框的函",
        record_title="Fwd: 【订购函】关于订制荣誉证书相框的函",
        date="2025-12-02",
        date_also=["2025-12-03"],
        notes="webmail reading view: folder list, reply/forward buttons, forwarded header, an attachment bar beside "
        "the letter's own 附件 list and 联系人/电话/邮箱; the letter's date expected, the send date also accepted",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>奎源邮 - 读信</title>
<script src="https://mail.kuiyuanyou.com/js/reader.js"></script>
</head><body>
<div class="mail-top">⟦m 奎源邮 · 企业邮箱⟧　⟦m jiamu_sales@163.com⟧　<a>⟦a 退出⟧</a></div>
<div class="mail-left"><a>⟦a 收信⟧</a> <a>⟦a 写信⟧</a> <a>⟦a 通讯录⟧</a>
<ul><li>⟦l 收件箱(12)⟧</li><li>⟦l 草稿箱⟧</li><li>⟦l 已发送⟧</li><li>⟦l 垃圾邮件⟧</li></ul></div>
<div class="mail-main">
<div class="ops">⟦a 答复⟧ ⟦a 全部答复⟧ ⟦a 转发⟧ ⟦a 删除⟧ ⟦a 标记为未读⟧</div>
<h3 class="subject">⟦t Fwd: 【订购函】关于订制荣誉证书相框的函⟧</h3>
<table class="hdr">
<tr><td>⟦m 发件人：阮婧 &lt;kysy_bgs@126.com&gt;⟧</td></tr>
<tr><td>⟦m 收件人：jiamu_sales@163.com⟧</td></tr>
<tr><td>⟦m 时　间：2025年12月3日（星期三）上午9:16⟧</td></tr>
</table>
<div class="body">
<p>⟦m ---------- 转发的邮件 ----------⟧</p>
<p>⟦m 原主题：关于订制荣誉证书相框的函⟧</p>
<p align="center"><b>{T}</b></p>
{BODY}
</div>
<div class="att">⟦a 附件（2 个）：荣誉证书相框报价单.xlsx（16K）　获奖教职工名单.docx（21K）　全部下载　在线预览⟧</div>
</div>
<div class="mail-foot">⟦d 奎源邮提醒：请勿轻信邮件中的汇款要求⟧</div>
</body></html>
""",
        body="""
奎源市嘉木框业有限公司：
我校拟为今年获评“优秀教师”“优秀班主任”的82名教职工订制荣誉证书相框，经比较报价，拟向贵公司订购，具体要求如下：
一、规格：A4证书用实木相框，胡桃色，正面亚克力板，背面带挂钩和支架。
二、数量：82个。
三、交货时间：12月20日前送达学校办公室。
四、单价按贵公司11月28日报价单执行，每个45元，货到验收合格后15个工作日内付款。
请贵公司收函后回复确认。
联系人：学校办公室　阮婧　电话：0716-8244103　邮箱：kysy_bgs@126.com
附件：1.荣誉证书相框报价单
2.获奖教职工名单
奎源市实验中学
2025年12月2日
""",
    ),
    dict(
        slug="xuanxi-forwarded-request-canteen-tables-docx",
        site="璇溪县政务邮箱 (invented, forwarded mail as text)",
        style="邮件转发",
        genre="请示",
        kind="request",
        form="text",
        source="mail://xxjgsw.gov.cn/inbox/20250114-1502",
        title="关于购置职工食堂餐桌椅的请示",
        record_title="转发：关于购置职工食堂餐桌椅的请示.docx",
        date="2025-01-13",
        date_also=["2025-01-14"],
        notes="forwarded mail as text: mail headers (an attachment header beside the request's own 附件 line), a "
        "request with its 联系人/电话; the request's date expected, the mail date also accepted",
        page="""
!m 发件人：邹海川 <zouhc@xxwy.gov.cn>
!m 收件人：综合科 <zhk@xxjgsw.gov.cn>
!m 抄　送：办公室 <bgs@xxwy.gov.cn>
!m 日　期：2025年1月14日 周二 15:02
!m 主　题：转发：关于购置职工食堂餐桌椅的请示.docx
!m 附　件：关于购置职工食堂餐桌椅的请示.docx（22KB）
!a 以下为附件正文预览（已转为纯文本）
!m ----- 转发邮件内容 -----
{T}
{BODY}
!d 本邮件由璇溪县政务邮箱系统发出，请勿直接回复
""",
        body="""
县机关事务服务中心：
县行政中心职工食堂现有餐桌椅于2013年购置，使用已满12年，部分餐桌桌面开裂、桌腿松动，餐椅损坏30余把，已不能满足260名职工的就餐需要。经实地查看和询价，拟购置六人位餐桌40张、餐椅240把，预计需资金9.6万元。
妥否，请批示。
附件：职工食堂餐桌椅询价单
联系人：行政中心食堂管理办公室　邹海川　电话：0833-4402215
璇溪县行政中心物业管理所
2025年1月13日
""",
    ),
]

"""holdout271, part F: exam forums, encyclopaedias, cloud drives, search snapshots, print views, forwarded mails.
Invented text; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="examforum-shangan-essay-brushrest-jammer",
        site="上岸驿站论坛 (invented exam forum, Discuz-like)",
        style="公考论坛",
        genre="申论文章",
        kind="other",
        form="html",
        source="https://bbs.shanganyz.com/thread-90318-1-1.html",
        title="一方笔架里的文化传承",
        record_title="〔习作互评〕一方笔架里的文化传承（第一次写，轻拍）- 申论天地 - 上岸驿站论坛",
        date=None,
        notes="exam-forum essay with jammer-font junk; the board tag and the poster's aside marked in the subject line; reply-to-see lock, QQ-group ad; 4 天前 is no date",
        page="""
<html><head><meta charset="gbk"><title>〔习作互评〕一方笔架里的文化传承（第一次写，轻拍）- 申论天地 - 上岸驿站论坛</title>
<style>font.jammer{font-size:0}</style></head><body>
<div id="toptb">⟦m 上岸驿站论坛⟧ <a>⟦a 登录⟧</a> <a>⟦a 注册⟧</a></div>
<div id="pt">⟦m 上岸驿站 › 申论天地 › 大作文练习⟧</div>
<h1 class="ts"><a>⟦m 〔习作互评〕⟧</a> <span id="thread_subject">{T}</span> <span>⟦m （第一次写，轻拍）⟧</span></h1>
<table><tr><td class="pls">⟦m 备考第三年⟧<br>⟦m 积分 512⟧</td>
<td class="plc"><div class="authi">⟦m 发表于 4 天前⟧</div>
<div class="t_fsz"><table><tr><td class="t_f">
{BODY}
</td></tr></table></div>
<div class="locked">⟦a 本帖隐藏的参考范文需回复后才能查看⟧</div>
<div class="rate">⟦l 评分 参与人数 2　驿站币 +6⟧</div>
</td></tr></table>
<div class="ad">⟦w 申论批改交流群：QQ 718203395⟧</div>
<div class="reply">⟦l 2楼 老秦讲申论：结构清楚，分论点可以再提炼一下⟧</div>
<div id="ft">⟦m 上岸驿站论坛 Powered by Discuz!⟧</div>
</body></html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=2),
        body="""
在枨川县的老街上，至今还有几家笔架作坊。师傅们守着一张木案、几把刻刀，把一块石头、一段竹根雕成连绵的山峰。一方小小的笔架，承载的是一门手艺，更是一种文化。
传统手艺的传承，首先要有人愿意学。过去学徒要跟师傅三年五载，如今年轻人很难坐得住。地方政府建设传承基地、开办学徒班、给予生活补贴，就是在为手艺“留人”。
其次，手艺要有市场才能活下去。笔架如果只能摆在展柜里，终究会被遗忘。把传统造型和现代办公、文创礼品结合起来，让笔架走进更多人的书桌，手艺人才能靠手艺吃饭。
最后，文化传承离不开全社会的共同参与。学校开设体验课、媒体讲好手艺人的故事、消费者愿意为好手艺买单，老手艺才能真正“活”在当下。
""",
    ),
    dict(
        slug="examforum-mianba-interview-satchel-junk",
        site="面霸集中营 (invented interview forum)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="text",
        source="http://www.mianbajzy.com/thread/44102.html",
        title="社区给老人发放“便民挎包”，有群众说是形式主义，你怎么看？",
        record_title="〔面试每日一练〕社区给老人发放“便民挎包”，有群众说是形式主义，你怎么看？（附参考答案）- 面霸集中营",
        date=None,
        notes="interview-forum answer with junk lines and junk glued after 。; reply-to-download prompt, WeChat ad; 6 小时前 is no date",
        page="""
!m 面霸集中营 · 公考面试交流
!m 首页 › 结构化面试 › 综合分析题
{T}
!m 楼主：上岸小分队　发表于 6 小时前
!a 只看楼主 | 收藏 | 举报
{BODY}
!l 2楼 考公第二年：第三段写得好，很有画面感
!a 回复后可下载本题视频解析
!w 一对一面试模拟，加微信 mbjzy_2025
!m 面霸集中营 © 2024
""",
        junk=dict(lines=2, glued=2),
        body="""
我认为，对这件事既不能简单否定，也不能一发了之，关键看挎包能不能真正用起来。
一方面，社区的出发点是好的。老人出门看病、买菜，带上一只装着常用药、联系卡和雨衣的挎包，确实方便。群众说是形式主义，往往是因为包发下去了，后续服务没有跟上。
另一方面，要防止“好事办成摆设”。如果挎包只是印上标语拍照留痕，里面的联系卡打不通、药品过期没人换，群众自然不认可。
如果我是社区工作人员，会先走访老人，了解他们真正需要什么；再根据需要调整挎包里的物品，并安排网格员定期检查更换；最后把群众的意见作为下一步工作的依据，让便民挎包真正便民。
""",
    ),
    dict(
        slug="wiki-jucheng-entry-steamer-h1",
        site="榘城百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://baike.jucheng.net/item/fanzeng/20331",
        title="饭甑",
        record_title=None,
        date=None,
        notes="no record title: the entry's <h1>, which also opens the body (matched as head); infobox, contents box, edit/discuss/history tabs, reference markers glued after sentences; an update stamp is no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>榘城百科_地方知识，人人共建</title></head><body>
<header><span>⟦m 榘城百科⟧</span> <a>⟦a 进入词条⟧</a> <a>⟦a 登录⟧</a></header>
<div class="tabs"><a>⟦a 编辑⟧</a> <a>⟦a 讨论⟧</a> <a>⟦a 历史版本⟧</a></div>
<h1>{T}</h1>
<div class="infobox"><table>
<tr><td>⟦m 中文名：饭甑⟧</td></tr><tr><td>⟦m 类　别：炊具⟧</td></tr>
<tr><td>⟦m 材　质：杉木、松木⟧</td></tr><tr><td>⟦m 流行地区：南方农村⟧</td></tr>
</table></div>
<div class="toc">⟦l 目录 1 形制 2 用法 3 现状⟧</div>
<div class="para">
{BODY}
</div>
<div class="refs">⟦l 参考资料 [1] 榘城市地方志编纂委员会．榘城风物志 [2] 晖田镇文化站．木甑饭制作技艺申报材料⟧</div>
<div class="stat">⟦m 词条统计：浏览 3106 次　编辑 7 次　最近更新 2 个月前⟧</div>
<footer>⟦d 词条内容仅供参考，如需专业意见请咨询相关人士⟧ ⟦m © 榘城百科⟧</footer>
</body></html>
""",
        body="""
饭甑是南方农村传统的蒸饭炊具，多用杉木或松木制作，形似无底木桶，上口略大、下口略小，外箍竹篾或铁箍。
使用时，把饭甑放在盛水的铁锅上，甑底架一片竹编或木制的甑箅，米饭先在锅中煮至半熟，捞出沥干后倒入甑中，盖上甑盖大火蒸熟。⟦m [1]⟧用饭甑蒸出的米饭颗粒分明，带有木材的清香，俗称“甑子饭”。
饭甑的大小不一，家用的可蒸三五人的饭，办酒席用的大甑可供数十人食用。随着电饭锅普及，饭甑在日常生活中已不多见，但在一些地方的传统宴席和农家乐中仍在使用。⟦m [2]⟧
在部分地区，饭甑制作技艺已被列入县级非物质文化遗产代表性项目名录。
""",
    ),
    dict(
        slug="wiki-zhiwu-entry-brushrest",
        site="知物百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="https://www.zhiwubaike.com/item/bijia/8812",
        title="笔架",
        title_also=["笔架（文房用具）"],
        record_title="笔架（文房用具）_知物百科",
        date=None,
        notes="entry name with the sense in brackets and the site suffix; the entry name also opens the body (head); no date; 3 天前 update stamp",
        page="""
!m 知物百科 — 人人可编辑的知识库
!a 编辑词条　｜　添加义项　｜　收藏
{T}
!m 义项：文房用具
!m 基本信息：中文名 笔架　别名 笔格、笔搁　类别 文房用具
{BODY}
!l 词条标签：文房四宝 书法用品 工艺品
!m 本词条由网友共同编辑，最近更新于 3 天前
!d 百科词条内容仅供参考，不构成专业意见
""",
        body="""
笔架，又称笔格、笔搁，是书写绘画时临时搁放毛笔的文房用具，与笔、墨、纸、砚同置案头。
笔架多做成山峰形，以三峰、五峰最为常见，峰间凹处用来搁笔，也有做成卧兽、卧牛、小桥等造型的。常见材质有瓷、石、铜、玉、木、竹根等。
使用笔架可以防止笔头沾染桌面，也能避免毛笔滚落。古人还把笔架视为雅玩，历代多有精品传世。
按使用习惯，笔架一般放在砚台一侧，搁笔时笔头朝外。
""",
    ),
    dict(
        slug="clouddrive-yunzhan-plan-steamer-study-pdf",
        site="云栈网盘 (invented cloud drive)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="html",
        source="https://pan.yunzhan.cn/s/1hTq7xWm",
        title="晖田镇木甑饭非遗研学活动实施方案",
        record_title="晖田镇木甑饭非遗研学活动实施方案.pdf",
        date="2024-03-18",
        notes="file-name record title; cloud-drive preview with file line, save/download/VIP buttons; two signatures and a 成文日期; share stamp is no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>晖田镇木甑饭非遗研学活动实施方案.pdf_免费高速下载|云栈网盘</title></head><body>
<header><span>⟦m 云栈网盘⟧</span> <a>⟦a 登录⟧</a> <a>⟦a 下载客户端⟧</a></header>
<div class="file-info"><p>⟦m 晖田镇木甑饭非遗研学活动实施方案.pdf⟧</p><p>⟦m 286KB · 分享者：晖田非遗工坊 · 分享于 1 个月前⟧</p></div>
<div class="btns"><button>⟦a 转存至个人空间⟧</button> <button>⟦a 普通下载⟧</button> <button>⟦a 超级会员极速下载⟧</button></div>
<div class="preview">
<p class="doc-title">{T}</p>
{BODY}
</div>
<div class="vip">⟦a 开通超级会员，在线预览不限页数⟧</div>
<footer>⟦d 请勿通过网盘传播违法违规内容，发现请点击右下角举报⟧ ⟦m © 云栈网盘⟧</footer>
</body></html>
""",
        body="""
为让中小学生走近非遗、体验农耕饮食文化，镇非遗工坊联合镇中心学校开展木甑饭研学活动，特制定本方案。
一、活动时间：2024年4月至6月，每周六上午，每批学生不超过40人。
二、活动内容：参观饭甑箍制工序，听老师傅讲甑子饭的来历；分组淘米、煮米、装甑，亲手蒸一甑米饭；午餐品尝自己蒸的甑子饭。
三、安全保障：灶台操作由工坊师傅全程看护，学生不接触明火和开水；每批活动配备带队教师4名、安全员1名。
四、费用：研学费用每人30元，由学校统一组织，家庭困难学生予以减免。
晖田镇木甑饭非遗工坊
晖田镇中心学校
2024年3月18日
""",
    ),
    dict(
        slug="clouddrive-yunzhan-instruction-flute-wps-markers",
        site="云栈网盘 (invented cloud drive, text preview)",
        style="网盘分享",
        genre="作业指导书",
        kind="other",
        form="text",
        source="https://pan.yunzhan.cn/s/7rKd2Lpe",
        title="竹笛烤制校音作业指导书",
        record_title="竹笛烤制校音作业指导书（2024修订版）.wps",
        date=None,
        notes="file-name record title with a revision tag; decimal headings 1 / 2.1 … 3.3; page markers ☾n☽ on lines of their own cut sentences; a work instruction with no date",
        page="""
!m 云栈网盘 · 文件预览
!m 竹笛烤制校音作业指导书（2024修订版）.wps　|　48KB　|　分享于 2 周前
!a 保存　下载　举报
{T}
{BODY}
!a 预览仅显示前 3 页，完整文件请下载后查看
!a 下载提速：开通超级会员
""",
        pages=dict(fmt="☾{n}☽", every=70, start=2),
        body="""
1 适用范围
本指导书适用于竹笛车间烤直、开孔、校音三道工序。
2 烤直
2.1 竹料须阴干六个月以上，含水率不高于12%。
2.2 烤直时竹管距火源15至20厘米，边烤边转动，烤至表面微微出油时上架校直。
3 开孔与校音
3.1 开孔前用专用卡尺标定孔位，先开直径3毫米的小孔，再逐步扩孔。
3.2 每扩一次孔，须用电子调音仪检测一次，音准误差超过10音分的须继续修整。
3.3 校音完成后，在笛身内侧写上操作人工号，以便质量追溯。
4 安全要求
烤竹工位须配备灭火器，作业人员不得离岗；下班前关闭电源和气源。
""",
    ),
    dict(
        slug="snapshot-midu-notice-satchel-freshmen-frame",
        site="觅渡快照 (invented search cache) of 杲坪镇中心小学",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://cache.midu.cn/c?u=http://www.gpzx.net/tzgg/1158.html",
        title="关于为一年级新生发放爱心布挎包的通知",
        record_title="〔旧缓存〕关于为一年级新生发放爱心布挎包的通知_觅渡",
        date="2024-09-03",
        notes="snapshot frame: capture banner with the snapshot date (no date), highlighted-terms line; the school's own contact in the body beside the school office's line",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〔旧缓存〕关于为一年级新生发放爱心布挎包的通知_觅渡</title></head><body>
<div class="snap-banner"><p>⟦m 这是 觅渡 对 http://www.gpzx.net/tzgg/1158.html 的缓存。⟧</p><p>⟦m 这是网页在 2024年11月02日 的快照，当前页面可能已更改⟧ <a>⟦a 查看当前页面⟧</a></p>
<p>⟦m 以下搜索词已高亮：布挎包 新生⟧</p></div>
<div class="orig">
<header>⟦m 杲坪镇中心小学⟧</header>
<nav>⟦m 首页 学校概况 通知公告 德育天地 家校联系⟧</nav>
<h2>{T}</h2>
<div class="meta">⟦m 发布人：学校办公室　发布日期：2024-09-03⟧</div>
<div class="text">
{BODY}
</div>
<footer>⟦m 杲坪镇中心小学 · 学校办公室电话 0745-3366001⟧</footer>
</div>
</body></html>
""",
        body="""
各班主任：
在栉岭县箱包行业协会和爱心企业的支持下，学校将为全体一年级新生每人发放一只定制布挎包，用于装书本和文具。现将有关事项通知如下。
一、发放时间：9月6日（星期五）下午第二节课。
二、发放方式：由各班主任到学校总务处统一领取，按班级花名册发放，并请学生家长在签收表上签字。
三、挎包上印有学校名称和学生姓名，请提醒学生妥善保管，不要在挎包里放置过重的物品。
联系人：总务处 蓝老师，电话：0745-3366017
杲坪镇中心小学
2024年9月3日
""",
    ),
    dict(
        slug="snapshot-midu-request-brushrest-repair-wrapped",
        site="觅渡快照 (invented text-only cache) of 枨川县博物馆",
        style="搜索快照",
        genre="请示",
        kind="notice",
        form="text",
        source="http://cache.midu.cn/t?u=http://www.ccbwg.cn/gzdt/2024/0515/402.html",
        title="关于申请拨付馆藏清代瓷笔架修复经费的请示",
        record_title="【纯文字缓存】关于申请拨付馆藏清代瓷笔架修复经费的请示",
        date="2024-05-14",
        notes="text-only cache hard-wrapped at 70 columns; 附件 line; 成文日期 in Chinese numerals; the snapshot stamp is no date",
        page="""
!m 觅渡快照 · 纯文字版
!m 原网页：http://www.ccbwg.cn/gzdt/2024/0515/402.html
!m 快照生成于 2024-06-01 03:12，原网页可能已更新
!a 查看原网页 | 显示图片版
{T}
{BODY}
!m —— 快照内容到此结束 ——
""",
        indent="\u3000\u3000",
        wrap=70,
        body="""
县文化旅游广电局：
我馆现藏清代瓷笔架17件，其中青花五峰笔架、粉彩卧牛笔架等6件为三级文物。由于早年保存条件有限，上述6件笔架存在不同程度的裂纹、缺损和旧修补脱落，部分已不宜展出。
为做好馆藏文物保护，我馆拟委托省文物保护中心对6件笔架进行修复，经初步测算，需修复经费4.8万元。我馆年度预算中无此项资金，特申请局里予以拨付。
妥否，请批示。
附件：馆藏清代瓷笔架修复经费测算表
枨川县博物馆
二〇二四年五月十四日
""",
    ),
    dict(
        slug="print-huitian-bulletin-steamer-farmstays",
        site="晖田镇人民政府网 (invented, print view)",
        style="打印页",
        genre="通报",
        kind="notice",
        form="html",
        source="http://www.huitian.gov.cn/print.php?id=561",
        title="关于全镇农家乐木甑蒸饭卫生检查情况的通报",
        record_title="【打印版·A4】关于全镇农家乐木甑蒸饭卫生检查情况的通报",
        date="2024-10-21",
        notes="print view calling window.print(): print buttons, the page URL, a print stamp (no date) and a print footer ▚ 第 1 页（共 1 页）▞; a problems table; 抄送 and 印发 lines",
        page="""
<html><head><meta charset="utf-8"><title>【打印版·A4】关于全镇农家乐木甑蒸饭卫生检查情况的通报</title>
<script>window.onload=function(){window.print();}</script>
<style>@media print{.noprint{display:none}}</style></head>
<body>
<div class="noprint"><a>⟦a 〔开始打印〕⟧</a> <a>⟦a 〔返回正文页〕⟧</a></div>
<div class="print-head">⟦m 晖田镇人民政府网 · 打印稿⟧</div>
<h2>{T}</h2>
<div class="url">⟦m 网址：http://www.huitian.gov.cn/zwgk/2024/1022/561.html⟧</div>
{BODY}
<div class="print-foot">⟦m 打印时间：2024-11-05 10:42⟧</div>
<div class="page-foot">⟦p ▚ 第 1 页（共 1 页）▞⟧</div>
</body></html>
""",
        body="""
各村（社区），各农家乐经营户：
10月中旬，镇食安办会同市场监管所对全镇21家使用木甑蒸饭的农家乐进行了卫生检查，其中合格16家，限期整改5家。主要问题如下：
经营户　存在问题　整改期限
莅水村溪畔农家　甑箅霉变未更换　10月25日
杲岭村山里人家　蒸笼布未消毒　10月25日
茯岭村竹林小院　从业人员健康证过期　10月31日
晖田老街邝家饭庄　米饭存放超过4小时　10月25日
晁家湾农家乐　饭甑未加盖存放　10月25日
请上述经营户按期整改到位，镇食安办将进行复查。复查仍不合格的，依法予以处理。
晖田镇食品安全委员会办公室
2024年10月21日
抄送：榘城市市场监督管理局晖田所
晖田镇党政办公室　2024年10月21日印发
""",
    ),
    dict(
        slug="print-yuxi-plan-flood-bell-drill",
        site="昱溪镇人民政府 (invented, print page)",
        style="打印页",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.yuxizhen.gov.cn/print/2024/0521/77.html",
        title="茯岭村2024年防汛“摇铃报警”应急演练方案",
        record_title="〈村务打印稿〉茯岭村2024年防汛“摇铃报警”应急演练方案-昱溪镇人民政府",
        date="2024-05-20",
        notes="print page closed by a print footer ⬔ 本页 1 · 总 1 页 ⬕; the plan's contact mobile in the body; a print date stamp is no date",
        page="""
!m 昱溪镇人民政府 · 打印页
{T}
!m 来源：茯岭村委会　打印日期：2024-06-03
{BODY}
!a 【打印】　【关闭本窗口】
!p ⬔ 本页 1 · 总 1 页 ⬕
""",
        body="""
为提高村民汛期避险意识，检验停电、断网情况下“摇铃报警”的可靠性，村委会决定于5月下旬组织一次应急演练，特制定本方案。
一、演练时间：2024年5月25日上午9:00。
二、演练地点：茯岭村洚水沿岸三个村民小组及村小学避险点。
三、演练流程：
（一）村防汛值班员发出预警后，三名组长手摇铜铃沿规定路线报警，铃声急促连续；
（二）村民听到铃声后，按照转移路线前往村小学避险点，由网格员清点人数；
（三）9:40演练结束，村委会现场讲评。
四、有关要求：各组长提前检查铜铃和备用手电，行动不便的村民由结对党员负责协助转移。
联系人：游国强，电话：139 0739 6612
茯岭村民委员会
2024年5月20日
""",
    ),
    dict(
        slug="mail-jclib-inquiry-satchel-webmail",
        site="榘城政务邮箱 (invented webmail reading view)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.jucheng.gov.cn/read?mid=ZC4312-1107",
        title="关于定制会议用帆布挎包的询价函",
        record_title="转发：【请报价】关于定制会议用帆布挎包的询价函",
        date="2024-11-06",
        date_also=["2024-11-07"],
        notes="webmail reading view: toolbar, forwarded header, an attachment bar beside the letter's own 附件 list; 扫描后发送 is content; the letter's contact; the forward date also accepted",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>榘城政务邮箱 - 读信</title></head><body>
<div class="mail-top"><span>⟦m 榘城政务邮箱⟧</span> <a>⟦m 收件箱(23)⟧</a> <a>⟦a 写信⟧</a> <a>⟦a 通讯录⟧</a> <a>⟦a 退出⟧</a></div>
<div class="mail-tools">⟦a 回复 回复全部 转发 删除 举报⟧</div>
<div class="subject">⟦t 转发：【请报价】关于定制会议用帆布挎包的询价函⟧</div>
<table class="hdr">
<tr><td>⟦m 发件人：邬晓晨 &lt;wuxc@jclib.cn&gt;⟧</td></tr>
<tr><td>⟦m 收件人：ht_xiangbao@163.com⟧</td></tr>
<tr><td>⟦m 时间：2024年11月7日(星期四) 上午9:12⟧</td></tr>
</table>
<div class="attach-bar">⟦a 附件 2 个（会议标识图样.png，报价单格式.xlsx）　全部下载　预览⟧</div>
<div class="mail-body">
<p>⟦m ---------- 转发的邮件 ----------⟧</p>
<p>⟦m 发件人：榘城市图书馆办公室⟧</p>
<p>⟦m 日期：2024年11月6日 16:40⟧</p>
<p>⟦m 主题：关于定制会议用帆布挎包的询价函⟧</p>
<h3>{T}</h3>
{BODY}
</div>
<footer>⟦d 此邮件来自外部发件人，请勿轻易点击陌生链接⟧</footer>
</body></html>
""",
        body="""
榘城市晖田箱包厂：
我馆拟于12月召开“洚水流域历史文献”学术研讨会，需为参会代表定制帆布挎包一批，现向贵厂询价，具体要求如下：
一、数量：150只。
二、规格：12安帆布，尺寸约36×30厘米，内附一个小口袋，正面单色印制会议标识。
三、交货时间：11月30日前送至我馆。
请贵厂于11月15日前将报价单（含单价、总价、打样时间）扫描后发送至邮箱jcslib_bgs@163.com。
附件：1.会议标识图样
2.报价单格式
联系人：邬晓晨，电话：0737-8235116
榘城市图书馆办公室
2024年11月6日
""",
    ),
    dict(
        slug="mail-fwd-reply-flute-loan-letter",
        site="榘城师范学院民乐团收到的转发邮件 (invented, text)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="text",
        source="mail://minyuetuan@jcsfxy.edu.cn/fwd/20250108",
        title="关于借用校民乐团竹笛参加社区迎新春演出的函",
        record_title="Fwd: 回复（已同意）：关于借用校民乐团竹笛参加社区迎新春演出的函",
        date="2025-01-06",
        date_also=["2025-01-08"],
        notes="forwarded reply chain as text: Fwd/回复 subject, headers, a short reply line (neutral), the letter with its own contact; a confidentiality footer; the reply's date also accepted",
        page="""
!m ---------- Forwarded message ---------
!m From: 邬静 <wujing@jcsfxy.edu.cn>
!m Date: 2025年1月8日 周三 10:26
!m Subject: 回复（已同意）：关于借用校民乐团竹笛参加社区迎新春演出的函
!m To: 民乐团 <minyuetuan@jcsfxy.edu.cn>
同意借用，请乐团管理员登记后出借。
!m 邬静
!m ---- 原始邮件 ----
!m 发件人：芮园社区 <ruiyuansq@163.com>
!m 发送时间：2025年1月6日 15:02
{T}
{BODY}
!d 本邮件及其附件含有保密信息，仅限于发送给上面地址中列出的个人或群组。
!m 发自我的手机邮箱
""",
        body="""
榘城师范学院音乐学院：
我社区定于2025年1月18日晚在社区文化广场举办“邻里迎新春”文艺演出，其中有一个由社区老年竹笛队表演的合奏节目。因队员自有竹笛调门不统一，特商请贵院民乐团借用G调竹笛12支，演出结束后于1月20日前归还，如有损坏照价赔偿。
恳请予以支持。
联系人：晏丽君，电话：0737-8852073
芮园社区居民委员会
2025年1月6日
""",
    ),
]

"""holdout36, part G: six more pages — an old county portal, a 范文 site, a sharing page, a blog,
an intranet and a Q&A — about a soil-conservation station,
a waste-to-energy plant, a B&B association, a schistosomiasis station, a ship lock and a cotton gin.
Invented; see ../README.md and ../build.py."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _kit import html_page  # noqa: E402

CASES = [
    dict(
        slug="gov-shiling-oldtable-soil-station-news-html",
        site="浉岭县人民政府 (invented, old portal)",
        style="政府门户",
        genre="新闻稿",
        kind="news",
        form="html",
        source="http://www.shiling.example.gov.cn/Article/ShowArticle.asp?ArticleID=16620",
        title="县水土保持站完成春季淤地坝安全检查",
        record_title=None,
        date="2025-04-02",
        notes="old gb2312/ASP portal table layout: marquee, 【字体：小 中 大】 row, 录入/点击 line, visitor counter, friendly-link select; no record title; byline date",
        page=html_page(
            "浉岭县人民政府",
            "<div>⟦m 浉岭县人民政府 欢迎您！⟧ ⟦m 今天是：⟧</div>\n"
            "<marquee>⟦m 认真贯彻落实县委经济工作会议精神，奋力推动高质量发展！⟧</marquee>\n"
            "<div>⟦l 网站首页 | 浉岭概况 | 政务动态 | 部门之窗 | 乡镇动态 | 网上办事⟧</div>",
            "<table><tr><td>⟦m 您现在的位置： 浉岭县人民政府 &gt;&gt; 部门之窗 &gt;&gt; 正文⟧</td></tr>\n"
            "<tr><td align=\"center\"><b>{T}</b></td></tr>\n"
            "<tr><td>⟦m 文章录入：水利局　更新时间：2025-4-2　点击数：⟧</td></tr>\n"
            "<tr><td>⟦a 【字体：小 中 大】⟧</td></tr>\n"
            "<tr><td>\n{BODY}\n</td></tr>\n"
            "<tr><td>⟦l 【发表评论】【加入收藏】【告诉好友】【打印此文】【关闭窗口】⟧</td></tr>\n"
            "<tr><td>⟦l 上一篇文章： 县河长办开展春季巡河⟧<br>⟦l 下一篇文章： 县水利局召开安全生产会议⟧</td></tr></table>",
            "<table><tr><td>⟦l 部门之窗⟧</td></tr><tr><td>⟦l 县发改局⟧</td></tr><tr><td>⟦l 县水利局⟧</td></tr>"
            "<tr><td><select><option>⟦l ----友情链接----⟧</option></select></td></tr></table>",
            "⟦m 主办：浉岭县人民政府办公室　承办：浉岭县信息中心⟧<br>⟦m 本站访问人数：1038627⟧<br>⟦m 豫ICP备05011732号⟧",
            old=True,
        ),
        body="""
连日来，县水土保持站组织技术人员对全县三十六座淤地坝开展春季安全检查。
检查组逐坝查看了坝体、放水工程和溢洪道，对发现的两座淤地坝放水卧管堵塞问题，当场督促管护责任人限期清理。
今年，县水土保持站将完成四座病险淤地坝除险加固，确保汛期安全度汛。
""",
    ),
    dict(
        slug="fanwen-wenhai-waste-sorting-pledge-oneline",
        site="文海范文网 (invented)",
        style="范文站",
        genre="倡议书",
        kind="pledge",
        form="text",
        source="https://www.wenhaifw.example.com/changyishu/2025/0315/11882.html",
        title="垃圾分类从我做起倡议书",
        record_title="垃圾分类从我做起倡议书（优秀6篇）",
        date=None,
        notes="范文 page with the body on one line (paragraphs by indent only); decorated title; copy-lock notice, 'next piece' link; template placeholders ××; no date",
        oneline=True,
        indent="    ",
        page="""
!m 文海范文网
!m 首页 » 倡议书 » 环保倡议书
!t 垃圾分类从我做起倡议书（优秀6篇）
!m 发布者：文海编辑部 | 人气：8,412
!a 温馨提示：本页已开启复制保护，如需使用请下载文档
{BODY}
!l 下一篇：节约用水倡议书（精选）
!l 更多>> 环保倡议书
!m 文海范文网 wenhaifw.example.com
""",
        body="""
亲爱的居民朋友们：
垃圾分类就是新时尚。我县垃圾焚烧发电厂已经投入运行，分好类的垃圾能让焚烧更充分、发电更多、排放更少。
为此，我们向大家发出倡议：从今天起，将家中垃圾分为可回收物、有害垃圾、厨余垃圾和其他垃圾四类，定时定点投放。
让我们携起手来，共建清洁美丽家园！
××社区居委会
××××年××月××日
""",
    ),
    dict(
        slug="docshare-fenxiang-bnb-fire-checklist",
        site="分享文档网 (invented)",
        style="文档分享",
        genre="规章制度",
        kind="rules",
        form="text",
        source="https://www.fxwdw.example.com/p-6621930.html",
        title="民宿消防安全自查清单",
        record_title="民宿消防安全自查清单.pdf",
        date=None,
        notes="sharing page: file-name title, markers '《第N页》' on lines of their own, pay-per-view prompt, report link; numbered checklist kept; upload stamp (no date)",
        pages=dict(fmt="《第{n}页》", every=120, start=2),
        page="""
!m 分享文档网　>　安全管理　>　消防安全
!t 民宿消防安全自查清单.pdf
!m 文档页数：3　　上传时间：2025-06-18 10:04　　贡献者：溇湾**
!a 付费文档 ¥1.50　｜　立即购买并下载
{BODY}
!a 支付后可下载完整PDF
!l 同类文档：宾馆消防安全管理制度　农家乐安全检查表
!d 本站为文档C2C交易模式，所有文档均由用户上传，收益归上传者所有。
""",
        body="""
1. 每间客房是否配备应急手电筒和逃生面罩，是否张贴疏散示意图。
2. 每层走道是否配备灭火器，灭火器压力是否在正常范围内。
3. 厨房燃气管道是否有老化、泄漏，是否安装燃气泄漏报警装置。
4. 电动自行车是否在室内或楼道内停放、充电。
5. 疏散通道和安全出口是否畅通，是否上锁或堆放杂物。
6. 经营者和员工是否会使用灭火器，是否会组织旅客疏散。
""",
    ),
    dict(
        slug="blog-hubin-schisto-doctor-village-visit",
        site="湖滨行医记 (invented blog)",
        style="博客",
        genre="心得体会",
        kind="essay",
        form="text",
        source="http://hubinxingyi.example-blog.cn/2025/07/follow-up.html",
        title="晚期血吸虫病人随访记",
        record_title="晚期血吸虫病人随访记 - 湖滨行医记 - 博客",
        date="2025-07-21",
        notes="doctor's blog: date line as the page's date, category and reads, 'about me' sidebar lines and a guestbook link below; a sentence of the text speaking of printing and sharing as content",
        page="""
!m 湖滨行医记
!m 一个血防医生的日常
!l 首页 · 随笔 · 科普 · 留言板
{T}
!m 2025-07-21 22:08 | 分类：随笔 | 阅读(377) | 评论(5)
{BODY}
!l 分类：随笔 | 标签：血防 随访 湖区
!l 上一篇：梅雨季的查螺日记 | 下一篇：（无）
!m 关于我：湑阳县血防医院内科医生，写点行医路上的小事
""",
        body="""
今天跟着科室去三汊乡随访了七位晚期血吸虫病人。最年长的刘大爷已经八十三岁，四十年前在湖里打鱼时染上了病。
大爷的腹水控制得不错，精神也好，拉着我的手说，现在国家给他们免费治疗，每年还有救助金，日子比以前好多了。
回来的路上，我把随访中整理的护理要点打印成了一页纸，准备分享给各乡镇卫生院的村医。
湖区的血防工作做了七十年，病人越来越少，但每一位老病人，我们都要照顾好。
""",
    ),
    dict(
        slug="intranet-lock-office-duty-roster-notice",
        site="滠口船闸管理所内网 (invented)",
        style="企业内网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://10.12.0.8/oa/notice/detail?id=2025-0932",
        title="关于国庆节期间值班安排的通知",
        record_title="关于国庆节期间值班安排的通知",
        date="2025-09-26",
        record_date="2025-09-26",
        notes="intranet text view: login user, 'confirm receipt' button, read receipts, roster table kept; the notice's own 值班电话 next to the intranet helpdesk's extension",
        page="""
!m 滠口船闸管理所 · 综合办公系统　　[ 值班调度室 ]　[ 注销 ]
!m 通知公告 > 查看
{T}
!m 发布部门：办公室　发布时间：2025-09-26 11:30　已读：48/52
!a ［确认收到］　［打印］　［返回］
{BODY}
!w 系统使用问题请拨信息室分机 8011
!d 本系统信息属内部资料，未经批准不得对外提供
""",
        body="""
各科室、运行班组：
根据上级要求，现将国庆节期间值班安排通知如下。
日期　带班领导　值班人员
10月1日至2日　许立军　潘明、祁丽
10月3日至5日　钟卫东　霍刚、卜雪
10月6日至8日　孟庆和　车文、夏琳
值班人员须24小时在岗，遇有紧急情况立即报告带班领导。值班电话：0712-2261000
办公室
2025年9月26日
""",
    ),
    dict(
        slug="qa-huida-cotton-gin-dust-explosion-answer",
        site="慧答网 (invented)",
        style="问答社区",
        genre="说明",
        kind="answer",
        form="text",
        source="https://www.huida.example.net/ask/77120346.html",
        title="轧花车间为什么要防粉尘爆炸？",
        record_title="轧花车间为什么要防粉尘爆炸？_慧答网",
        date=None,
        notes="Q&A: asker meta with relative time, adopted answer with a 'verified engineer' tag, like buttons glued after the last sentence, more answers; numbered measures kept; no date",
        page="""
!m 慧答网 > 生产安全 > 粉尘防爆
{T}
!m 提问者：小棉花　｜　3个月前　｜　浏览 1402 次
!m ✔ 已采纳　　回答者：安全工程师老祁（认证）　｜　3个月前
{BODY}
!l 其他 2 条回答
!l 你可能感兴趣：面粉厂粉尘防爆措施有哪些？
!d 慧答网所有回答仅代表回答者个人观点
""",
        body="""
棉花加工过程中会产生大量棉尘和短绒，这些可燃粉尘悬浮在空气中达到一定浓度，遇到火花就可能发生爆炸。
防范措施主要有：
1. 及时清扫车间地面、设备和梁柱上的积尘，不能让粉尘堆积。
2. 除尘系统要定期检查，布袋破损及时更换。
3. 车间内使用防爆电气设备，严禁明火和吸烟。
4. 加强对金属异物的清理，防止打花时产生火花。⟦a 👍 有用(73)　👎 没用(1)⟧
""",
    ),
]

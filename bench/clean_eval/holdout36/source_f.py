"""holdout36, part F: a second round of 范文-app, exam-forum, encyclopaedia, cloud-drive,
search-snapshot, print-view and forwarded-mail pages, plus news, WeChat-mirror and 文库 pages.
Invented; see ../README.md and ../build.py."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _kit import html_page  # noqa: E402

CASES = [
    dict(
        slug="fanwenapp-xiezuomao-strawberry-coop-summary-reading",
        site="写作猫APP (invented reading mode)",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://app.xiezuomao.example.com/read/88120731",
        title="草莓种植专业合作社2025年度工作总结",
        record_title="草莓种植专业合作社2025年度工作总结（3篇）",
        date=None,
        notes="app reading mode: progress bar, AI-rewrite and copy buttons, member paywall between paragraphs; template with ××合作社 placeholder; no date (year only in the title)",
        page="""
!m ← 返回　　写作猫 · 阅读模式　　Aa
!t 草莓种植专业合作社2025年度工作总结（3篇）
!m 第1篇 / 共3篇　　约1500字　　阅读进度 12%
!a ✎ AI改写　　⎘ 复制　　☆ 收藏
{BODY}
!a 开通写作猫会员，解锁剩余2篇及Word下载
!l 换一篇　｜　下一篇：家庭农场年度工作总结
""",
        body="""
2025年，××草莓种植专业合作社在镇党委、政府的关心支持下，紧紧围绕“提品质、拓市场、增收入”的目标，各项工作取得新进展。
一是扩大种植规模。新建连栋大棚三十亩，种植面积达到二百二十亩。
二是推广绿色技术。全面使用熊蜂授粉和防虫网，全年未使用化学农药。
⟦a 已阅读30%，剩余内容仅限会员查看 ⟧
三是拓展销售渠道。开展采摘游和线上直播销售，社员人均增收八千余元。
明年，合作社将重点发展草莓深加工，延长产业链条。
""",
    ),
    dict(
        slug="gkforum-anlan-oldtown-essay-answer",
        site="安澜公考吧 (invented)",
        style="公考论坛",
        genre="申论",
        kind="essay",
        form="text",
        source="http://www.anlangk.example.com/bbs/shenlun/48813.html",
        title="申论范文：让古城在保护中焕发新生",
        record_title="【申论热点】申论范文：让古城在保护中焕发新生（附批改）",
        date=None,
        notes="exam forum: VIP-course ads on lines of their own, a teacher's grade line (neutral-like chrome), hard-wrapped at 72 columns; no date",
        wrap=72,
        page="""
!m 安澜公考吧 → 申论专区 → 范文赏析
!t 【申论热点】申论范文：让古城在保护中焕发新生（附批改）
!m 楼主：申论小白上岸记　　人气：3021　　回复：44
!w 想要一对一批改？加助教微信 anlan_gk01
{BODY}
!m 老师批改：立意准确，结构清晰，论据可再具体一些。得分：32/40
!a 【限时】申论系统班报名立减300元，点击了解＞＞
!l 上一主题：2025国考申论真题解析　下一主题：大作文开头十种写法
""",
        body="""
古城是一座城市的记忆，也是一方百姓的乡愁。如何让古城既守住历史的根脉，又融入现代生活，是摆在许多地方面前的一道考题。
保护是前提。古城的价值在于真实，拆真建假、大拆大建只会让古城失去灵魂。要坚持修旧如旧，留住老街巷的肌理和老居民的烟火气。
利用是动力。只有让古城“活”起来，保护才有持续的力量。可以引入非遗工坊、研学基地等业态，让游客在体验中读懂古城。
治理是保障。要让居民参与古城事务，建立居民议事机制，让保护成果惠及每一个住在古城里的人。
""",
    ),
    dict(
        slug="baike-wenda-ship-lock-entry-text",
        site="百知问答 (invented)",
        style="百科问答",
        genre="说明",
        kind="entry",
        form="text",
        source="https://www.baizhi-wd.example.com/wiki/船闸",
        title="船闸",
        record_title="船闸 - 百知问答",
        date=None,
        notes="encyclopaedia text entry: 'edit entry' and 'add to list' actions, contents line, cite note, contributors; decimal headings kept; no date",
        page="""
!m 百知问答 · 百科
{T}
!a 编辑词条　|　添加义项　|　收藏　|　分享
!m 所属类别：交通运输 > 水运工程
!l 目录：1 基本原理　2 分类　3 过闸流程
{BODY}
!l 参考资料：[1] 内河航道与船闸设计讲义
!m 本词条由 32 位用户编辑，最近一次编辑于 2 个月前
!d 百科内容由网友共同编辑，如发现错误欢迎纠正
""",
        body="""
船闸是用以保证船舶顺利通过航道上集中水位落差的厢形水工建筑物。
1 基本原理
船闸利用连通器原理，通过向闸室灌水或泄水，使闸室水位与上游或下游水位齐平，船舶即可进出闸室。
2 分类
2.1 按闸室数量分为单级船闸和多级船闸。
2.2 按闸室排列分为单线船闸和多线船闸。
3 过闸流程
船舶到达锚地后向船闸调度室申报，按调度指令依次进闸，闸门关闭后灌泄水，水位齐平后出闸。
""",
    ),
    dict(
        slug="clouddrive-lanpan-lock-flood-plan-html",
        site="蓝盘 (invented cloud drive)",
        style="网盘分享",
        genre="应急预案",
        kind="plan",
        form="html",
        source="https://www.lanpan.example.com/s/b7Xq2T",
        title="滠口船闸2025年防汛应急预案",
        record_title="滠口船闸2025年防汛应急预案.docx",
        date="2025-04-28",
        notes="cloud-drive HTML preview: share header, 'save', 'download', 'open in client', expiry, file list sidebar; page-marker paragraphs '—页N—'; file-name title; date at the end",
        pages=dict(fmt="—页{n}—", every=150, start=2),
        page=html_page(
            "滠口船闸2025年防汛应急预案.docx_免费高速下载|蓝盘",
            '<div class="hd">⟦m 蓝盘⟧ ⟦a 登录⟧ ⟦a 注册⟧ ⟦a 客户端下载⟧</div>',
            '<div class="share-info"><h2>{T}</h2>\n'
            '<p>⟦m 分享者：shk_*** 　2025-05-06 09:12 分享　失效时间：永久有效⟧</p>\n'
            '<p>⟦a 保存到蓝盘⟧ ⟦a 下载(86KB)⟧ ⟦a 用客户端打开⟧</p></div>\n'
            '<div class="preview">\n{BODY}\n</div>\n'
            '<div class="tip">⟦a 在线预览仅支持前3页，完整内容请下载⟧</div>',
            '<div class="files"><h4>⟦l 该用户其他分享⟧</h4><p>⟦l 船闸运行规程.pdf⟧</p><p>⟦l 闸门检修记录.xlsx⟧</p></div>',
            "<p>⟦d 蓝盘提醒：请勿下载或传播违法文件，谨防诈骗⟧</p>",
        ),
        body="""
一、总则
为做好船闸防汛工作，确保汛期船闸设施和过闸船舶安全，制定本预案。
二、应急组织
成立防汛领导小组，所长任组长，下设抢险组、调度组和后勤保障组。
三、预警与响应
当上游水位达到三十二点五米时启动四级响应，达到三十三点八米时停止过闸作业，闸门全部关闭。
四、物资保障
储备编织袋三千条、块石二百立方米、移动发电机两台，每月检查一次。
滠口船闸管理所
2025年4月28日
""",
    ),
    dict(
        slug="snapshot-qingkan-marathon-volunteer-news-text",
        site="轻看快照 (invented text-only cache)",
        style="搜索快照",
        genre="新闻稿",
        kind="news",
        form="text",
        source="http://qingkan.example.net/cache?url=www.weipu-ty.example.gov.cn/xw/2025/1104.html",
        title="千余名志愿者用心服务沩浦半马",
        record_title=None,
        date="2025-11-04",
        notes="text-only cache: cache banner with crawl time (no date), 'view original' link; the cached page's own breadcrumb and byline with 发布日期; no record title",
        page="""
!d 轻看快照：本页为 2025-11-09 02:41 抓取的纯文本快照，与原网页可能不一致。
!a 查看原网页　|　仅显示文字　|　关闭快照
!m 沩浦市体育局 > 体育新闻
{T}
!m 发布日期：2025-11-04　　信息来源：市体育局
{BODY}
!m 沩浦市体育局主办　地址：沩浦市体育路1号
""",
        body="""
11月2日举行的2025沩浦半程马拉松赛事中，一千二百余名志愿者分布在赛道沿线，为八千名跑者提供补给、引导和医疗协助服务。
志愿者中既有高校学生，也有退休职工和外卖骑手。十四公里补给站的志愿者提前三小时到位，切好了两千多份香蕉和橙子。
赛后，组委会为全体志愿者颁发了服务证书。
""",
    ),
    dict(
        slug="print-zhengdong-waste-plant-emission-disclosure-html",
        site="潕溪县生态环境分局 (invented, print view)",
        style="打印页",
        genre="公告",
        kind="notice",
        form="html",
        source="http://sthj.wuxi-cnty.example.gov.cn/printpage.aspx?id=44127",
        title="潕溪县垃圾焚烧发电厂2025年第三季度污染物排放监测结果公示",
        record_title="潕溪县垃圾焚烧发电厂2025年第三季度污染物排放监测结果公示",
        date="2025-10-15",
        record_date="2025-10-15",
        notes="print-view HTML: print/close buttons, source URL, print stamp, 'page 1/1'; monitoring table kept; the notice's own 监督电话",
        page=html_page(
            "打印预览",
            '<div class="noprint">⟦a 打印⟧ ⟦a 关闭⟧ ⟦a 返回正文⟧</div>',
            "<h2>{T}</h2>\n"
            '<p class="from">⟦m 来源：潕溪县生态环境分局　日期：2025-10-15⟧</p>\n'
            "{BODY}\n"
            '<p class="url">⟦m 原文链接：http://sthj.wuxi-cnty.example.gov.cn/xxgk/44127.html⟧</p>\n'
            '<p class="stamp">⟦m 打印于 2025-12-01 10:22⟧</p>\n'
            '<p class="pg">⟦p 1/1⟧</p>',
            "",
            "",
        ),
        body="""
根据企业环境信息依法披露要求，现将潕溪县垃圾焚烧发电厂2025年第三季度污染物排放监测结果公示如下。
监测项目　排放限值　季度均值　是否达标
颗粒物（毫克/立方米）　20　3.2　达标
二氧化硫（毫克/立方米）　80　11.6　达标
氮氧化物（毫克/立方米）　250　132　达标
公示期内如有异议，请向我局反映。监督电话：0797-4319369
潕溪县生态环境分局
2025年10月15日
""",
    ),
    dict(
        slug="webmail-zhenling-grotto-drainage-request-chain",
        site="浈岭政务邮 (invented webmail)",
        style="邮件转发",
        genre="请示",
        kind="request",
        form="html",
        source="https://mail.zhenling.example.gov.cn/read?mid=ZL20250512-118",
        title="关于申请石窟窟顶排水系统维修资金的请示",
        record_title="Re: 关于申请石窟窟顶排水系统维修资金的请示",
        date="2025-05-10",
        notes="webmail reader: folder list, reply chain headers (发件人/收件人/日期 as meta), a short reply above the quoted request (chrome-ish mail lines), mail footer; the request's own 联系人 and 附件 kept",
        page=html_page(
            "浈岭政务邮 - 读信",
            '<div class="mbar">⟦m 浈岭政务邮⟧ ⟦m wenwuju@zhenling.example.gov.cn⟧ ⟦a 写信⟧ ⟦a 收信⟧ ⟦a 退出⟧</div>',
            '<div class="subject">{T}</div>\n'
            '<div class="hdr">⟦m 发件人：县文物局办公室⟧<br>⟦m 收件人：县财政局经建股⟧<br>⟦m 日　期：2025-05-12 15:03⟧</div>\n'
            '<div class="reply">⟦m 转经建股研究办理，请于5月20日前提出意见。⟧</div>\n'
            '<div class="quote">⟦m -------- 原始邮件 --------⟧<br>⟦m 发件人：浈岭石窟保护研究所⟧<br>⟦m 发送时间：2025年5月10日 星期六 10:41⟧</div>\n'
            "{BODY}\n"
            '<div class="ops">⟦a 回复⟧ ⟦a 回复全部⟧ ⟦a 转发⟧ ⟦a 标记为未读⟧</div>',
            '<ul class="folders"><li>⟦l 收件箱(12)⟧</li><li>⟦l 草稿箱⟧</li><li>⟦l 已发送⟧</li><li>⟦l 垃圾箱⟧</li></ul>',
            "<p>⟦d 本邮箱仅限政务工作使用，严禁传输涉密信息⟧</p>",
        ),
        body="""
县文物局：
我所窟顶排水系统建成于2009年，多处排水沟淤塞开裂，今年汛期前检查发现渗水点十一处，严重威胁洞窟文物安全。
经专业机构评估，维修工程需资金八十六万元，我所自筹六万元，尚缺八十万元。
恳请局里协调县财政予以解决。
妥否，请批示。
联系人：贺婧　电话：0735-3301520
附件：窟顶排水系统维修工程预算书
浈岭石窟保护研究所
2025年5月10日
""",
    ),
    dict(
        slug="news-weipu-portal-shadow-puppet-html-oldtable",
        site="沩浦新闻网 (invented)",
        style="新闻门户",
        genre="新闻稿",
        kind="news",
        form="html",
        source="http://www.weipunews.example.cn/html/2025-08/15/content_5580.htm",
        title="皮影戏走进社区夏令营 孩子们学做小影人",
        record_title="皮影戏走进社区夏令营 孩子们学做小影人_沩浦新闻网",
        date="2025-08-15",
        notes="old table-layout news portal with a marquee, font row, visitor counter, a 'related' list and a 'comment' box; the title glued in the head; byline date",
        page=html_page(
            "皮影戏走进社区夏令营 孩子们学做小影人_沩浦新闻网",
            "<div>⟦m 沩浦新闻网⟧ ⟦m 沩浦日报社主办⟧</div>\n"
            "<marquee>⟦m 沩浦新闻网欢迎您！新闻热线：0730-8812345⟧</marquee>\n"
            "<div>⟦l 首页 | 沩浦要闻 | 社会民生 | 文化体育 | 图片新闻⟧</div>",
            "<table><tr><td><b>{T}</b></td></tr>\n"
            "<tr><td>⟦m 2025年08月15日 15:26　来源：沩浦日报　作者：郑宜⟧</td></tr>\n"
            "<tr><td>⟦a 【字体：大 中 小】⟧ ⟦a 【我要评论】⟧</td></tr>\n"
            "<tr><td>\n{BODY}\n</td></tr>\n"
            "<tr><td>⟦l 相关新闻：·非遗传承人进校园　·暑期托管班开班⟧</td></tr>\n"
            "<tr><td>⟦l 网友评论：暂无评论，快来抢沙发！⟧</td></tr></table>",
            "<table><tr><td>⟦l 图片新闻⟧</td></tr><tr><td>⟦l 沩水夜景⟧</td></tr></table>",
            "⟦m 沩浦日报社版权所有　未经授权禁止复制⟧<br>⟦m 今日访问：3821　总访问：9012377⟧",
            old=True,
        ),
        body="""
8月14日，潆江县皮影剧团的三位老艺人来到沩浦市河西社区暑期夏令营，为四十多名孩子上了一堂皮影课。
老艺人先演了一段《龟与鹤》，孩子们看得目不转睛。随后，大家在老师指导下用牛皮纸和竹签制作小影人。
“原来影人的关节是用线连起来的！”十岁的小宇举着自己做的小猴子，兴奋地说。
社区负责人介绍，夏令营还将开设剪纸、书法等传统文化课程。
""",
    ),
    dict(
        slug="wechat-mirror-soil-station-knowledge-post-text",
        site="微文搬运 (invented mirror)",
        style="公众号镜像",
        genre="科普",
        kind="article",
        form="text",
        source="https://wwby.example.cn/mp/article/3381027.html",
        title="雨季到了，坡耕地怎样防止水土流失？",
        record_title="雨季到了，坡耕地怎样防止水土流失？｜浉岭水保",
        date="2025-05-20",
        notes="mirror text: account line with a time (page date), 'star the account' prompt, 'original link' and reads; glued follow prompt after a sentence; numbered tips kept",
        page="""
!m 微文搬运　　公众号文章，一站读完
{T}
!m 浉岭水保　2025-05-20 07:45
!a 👆点击“浉岭水保”，设为星标，第一时间获取资讯
{BODY}
!l 阅读原文　　阅读 1163　　赞 24
!d 本文转载自公众号，著作权归原作者
""",
        body="""
雨季来临，坡耕地最容易发生水土流失，一场大雨就可能冲走一层肥沃的表土。县水土保持站提醒广大农户做好以下几点。
1. 顺坡种植改为横坡种植，沿等高线起垄，可减少地表径流。
2. 在地块上方挖截水沟，把坡上来的水引走。⟦a 关注我们，获取更多农技知识⟧
3. 地边种植黄花菜、紫穗槐等护埂植物，固土效果好。
4. 大雨过后及时检查地埂，发现缺口立即修补。
""",
    ),
    dict(
        slug="wenku-moye-sewage-operator-report-pages",
        site="墨页文库 (invented)",
        style="文库预览",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://wenku.moye.example.com/view/a1c77e3902.html",
        title="污水处理厂中控室运行工个人述职报告",
        record_title="污水处理厂中控室运行工个人述职报告【精选】.docx",
        date="2025-12-20",
        notes="文库 text preview: markers '⸢N⸣' glued to the continuation, hard-wrapped at 66 columns; file-name record title with 【精选】; signature date in Chinese numerals",
        wrap=66,
        pages=dict(fmt="⸢{n}⸣", every=150, start=2, glue=True),
        page="""
!m 墨页文库　|　述职报告
!t 污水处理厂中控室运行工个人述职报告【精选】.docx
!m 上传人：水务人**　共3页　阅读：512
!a 免费下载　｜　VIP专享文档，开通后可下载原格式
{BODY}
!a 本文档剩余内容需付费阅读
!l 相关推荐：泵站运行工述职报告　化验员年终总结
""",
        body="""
本人自2022年起在城北污水处理厂中控室从事运行工作，现将一年来的履职情况报告如下。
一、认真做好日常监控。每班巡查各工艺段在线数据，全年发现并处置溶解氧异常、污泥回流泵故障等问题三十四次，保证了出水稳定达标。
二、积极参与技术改造。配合完成深度处理工程调试，编写了新设备操作规程两份。
三、存在的不足是对自控系统的故障判断还不够熟练，今后要加强学习。
运行二班　蒋海涛
二〇二五年十二月二十日
""",
    ),
    dict(
        slug="forum-qiyou-ski-trip-notice-junk-text",
        site="骑友山野论坛 (invented)",
        style="论坛",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.qiyou-sy.example.com/forum/view-20881.html",
        title="洺城滑雪场2025-2026雪季开板公告",
        record_title="【转】洺城滑雪场2025-2026雪季开板公告",
        date="2025-11-25",
        date_also=["2025-11-26"],
        notes="outdoor forum repost with junk lines and glued junk; points/level line; attachments box (chrome) vs the notice's own price list; the scenic area's date at the end",
        junk=dict(lines=2, glued=1),
        page="""
!m 骑友山野论坛 » 冬季运动 » 雪场资讯
!t 【转】洺城滑雪场2025-2026雪季开板公告
!m 雪地摩托 | 积分 1082 | 等级：资深驴友 | 2025-11-26 20:14
{BODY}
!l 附件：开板海报.jpg (312.5 KB, 下载次数: 41)
!l 回复本帖可获得2积分
!m 骑友山野 — 山野之间，结伴同行
""",
        body="""
广大滑雪爱好者：
洺城滑雪场2025-2026雪季将于12月6日正式开板，初级道、中级道和儿童戏雪区同步开放，高级道视积雪情况另行通知。
票种　平日价　周末价
四小时票　168元　228元
全天票　238元　298元
开板首周实行平日票价，持本地大学生证可享八折优惠。欢迎大家前来体验！
洺城滑雪场
2025年11月25日
""",
    ),
]

"""holdout72, part E: 范文 apps, civil-service exam forums, encyclopaedia/Q&A pages, cloud
drives, search snapshots and print views — a cheerleading team, a weightlifting coach, a
shoe-repair stall essay, a pool's lifeguard recruitment, an amateur-radio entry, an audio
drama society's charter answer, a motorcycle club's pledge, a board-game café, a dry
cleaners' price list, a flower shop chain, a succulent nursery and a milk-tea chain. Invented text."""

CASES = [
    dict(
        slug="fanwenapp-lalacao-insight-wrapped",
        site="笔友范文APP (invented)",
        style="范文APP",
        genre="心得体会",
        kind="insight",
        form="text",
        source="https://m.biyoufw.example.com/share/art/662018?from=app",
        title="参加校啦啦操队训练的心得体会",
        record_title="参加校啦啦操队训练的心得体会（通用5篇）",
        date=None,
        notes="app share page, hard-wrapped at 56 columns; decorated (通用5篇); an 'open the app' bar on top and a copy-lock line between paragraphs; no date (a 'shared 2天前' relative time only)",
        wrap=56,
        indent="　　",
        page="""
!a 打开笔友范文APP，阅读体验更佳　　打开
!t 参加校啦啦操队训练的心得体会（通用5篇）
!m 笔友范文 · 心得体会　　2天前 分享
{BODY}
!a 复制全文需开通会员 ¥9.9/月
!l 相关：军训心得体会　运动会心得体会
""",
        body="""
加入校啦啦操队已经一个学期了，这段训练让我收获了很多。
刚开始训练时，我的动作总是慢半拍，一个托举动作练了二十多遍才达到要求，手臂酸得连笔都握不住。
⟦a 长按无法复制？会员可一键导出Word⟧
在教练和队友的帮助下，我学会了数拍子、看队形，也明白了啦啦操靠的不是一个人有多出色，而是二十个人的动作整齐划一。
市里比赛那天，我们的成套动作一次成功，站在场上听到全场的掌声，我觉得所有汗水都值得。
今后我会继续坚持训练，也会把这种团队精神带到学习中去。
""",
    ),
    dict(
        slug="fanwenapp-juzhong-report-html-reader",
        site="公文宝APP (invented)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="html",
        source="https://h5.gongwenbao.example.cn/reader/90013",
        title="县体校举重队主教练2024年度述职报告",
        record_title=None,
        date="2025-01-08",
        notes="范文 app reader mode in HTML: no record title (found in the h1); an AI-rewrite button, a 'tokens left' counter and a share sheet; the 成文日期 under the signature",
        page="""
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head><body>
<div class="appbar">⟦m 公文宝⟧ ⟦a 阅读模式⟧ ⟦a AI一键改写⟧</div>
<h1>⟦t 县体校举重队主教练2024年度述职报告⟧</h1>
<div class="tags">⟦l #述职报告 #体育系统 #年度⟧</div>
{BODY}
<div class="quota">⟦a 今日免费次数剩余 2 次⟧</div>
<div class="sheet">⟦l 分享给好友⟧ ⟦l 保存到文件夹⟧ ⟦l 生成海报⟧</div>
</body></html>
""",
        body="""
各位领导、同事们：
2024年，我担任县体校举重队主教练，带领十四名队员系统训练，现将一年来的工作述职如下。
一是狠抓训练质量。坚持每周六练一调整，建立了队员体能和技术档案，每月测试一次。
二是比赛成绩稳步提升。全年参加省、市比赛四次，获得金牌三枚、银牌五枚，向省队输送队员一名。
三是重视伤病预防。引入赛前热身和赛后拉伸规范，全年未发生严重运动损伤。
不足之处是文化课管理抓得不够，新的一年将与文化课老师加强配合。
述职人：石铁军
2025年1月8日
""",
    ),
    dict(
        slug="gkforum-xiuxie-essay-floors",
        site="上岸公考论坛 (invented)",
        style="公考论坛",
        genre="心得体会",
        kind="insight",
        form="text",
        source="http://bbs.shangan.example.com/thread-410227-1-1.html",
        title="街角修鞋铺里的民生温度",
        record_title="[申论范文] 街角修鞋铺里的民生温度（附批改意见）",
        date=None,
        notes="exam forum post with junk glued and a line of junk; a [申论范文] …（附批改意见） title; a year-free essay; a 'reply to view' hidden box and floor replies; post time 5小时前 (relative, no date)",
        junk=dict(lines=1, glued=1),
        page="""
!m 上岸公考论坛 › 申论专区 › 范文点评
!t [申论范文] 街角修鞋铺里的民生温度（附批改意见）
!m 楼主 申论小白兔　5小时前　阅读 782
{BODY}
!a 【本帖隐藏内容：批改意见，回复后可见】
!l 2# 一次上岸：第三段例子很好，收藏了
!l 3# 考公老张：结尾可以再提一下政策
""",
        body="""
在许多城市的街角，都能看到一间小小的修鞋铺，它们不起眼，却连着千家万户的日常。
小修小补的便民摊点，看似是城市管理中的“小事”，实则是检验城市温度的“大事”。
有的地方为了市容整齐一拆了之，居民修鞋配钥匙要跑好几公里；也有的地方统一设置便民服务亭，既整洁又方便。
城市治理既要有“面子”，更要有“里子”，应当为这些小店留出空间，让便民服务回到群众身边。
""",
    ),
    dict(
        slug="gkforum-youyong-lifeguard-recruit-text",
        site="考编驿站论坛 (invented)",
        style="公考论坛",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.kaobianyz.example.net/forum/t/80551",
        title="萩田市游泳馆2025年公开招聘救生员公告",
        record_title="【转载】萩田市游泳馆2025年公开招聘救生员公告",
        date="2025-05-12",
        date_also=["2025-05-13"],
        notes="exam forum repost with page markers ⸬N⸬ cutting sentences on their own lines; 【转载】; a forum post date differing from the 成文日期; the pool's own 咨询电话 kept",
        pages=dict(fmt="⸬{n}⸬", every=140, start=2),
        page="""
!m 考编驿站 › 事业单位 › 招聘信息
!t 【转载】萩田市游泳馆2025年公开招聘救生员公告
!m 楼主：驿站小编　　发布于 2025-05-13　　回复 12
!m 原文是PDF，复制过来的，有页码请忽略
{BODY}
!l 点赞(9)　收藏　回复楼主
!w 考编资料群：QQ群 61208839
""",
        body="""
因工作需要，萩田市游泳馆面向社会公开招聘救生员六名，现将有关事项公告如下：
一、应聘条件。年龄18至35周岁，身体健康，持有游泳救生员国家职业资格证书，能适应倒班工作。
二、报名时间和地点。5月19日至5月23日，到市游泳馆行政办公室现场报名，报名时提交身份证、资格证书原件及复印件。
三、考核方式。考核分为游泳技能测试和面试两部分，技能测试包括二百米自由泳计时和水中救人模拟。
咨询电话：0736-2218870
萩田市游泳馆
2025年5月12日
""",
    ),
    dict(
        slug="baike-wuxiandian-entry-example-date",
        site="知典百科 (invented)",
        style="百科问答",
        genre="其他",
        kind="other",
        form="text",
        source="https://baike.zhidian.example.com/item/业余无线电台执照",
        title="业余无线电台执照",
        record_title="业余无线电台执照_知典百科",
        date=None,
        notes="encyclopaedia entry: an example date inside a sentence (no date); edit links, a table of contents, a reference list and a 'last edited' stamp; the entry's own statements about 扫码/下载 (kept)",
        page="""
!m 知典百科 — 人人可编辑的百科全书
!t 业余无线电台执照_知典百科
!a 编辑　|　收藏　|　讨论
!m 目录：1 简介　2 申请　3 呼号
{BODY}
!m 参考资料：[1] 某地无线电管理机构办事指南
!m 词条最近编辑：2025-06-30　浏览次数：8,901
!d 本词条内容由网友编辑，仅供参考
""",
        body="""
业余无线电台执照是无线电管理机构向业余无线电爱好者核发的、准许其设置和使用业余无线电台的许可文件。
申请人一般须先通过业余无线电台操作技术能力验证，取得相应类别的操作证书。
在部分地区，申请人可以扫码进入政务服务平台在线提交申请，并自行下载电子执照。
执照上载明台站呼号、发射频率范围和有效期，例如“有效期自2020年1月1日至2024年12月31日”。
执照有效期届满需要继续使用的，应当在届满前办理延续手续。
""",
    ),
    dict(
        slug="qa-guangboju-charter-answer-text",
        site="社团帮问答 (invented)",
        style="百科问答",
        genre="制度",
        kind="rules",
        form="text",
        source="http://wenda.shetuanbang.example.org/q/33109",
        title="广播剧社团章程",
        record_title="大学里的广播剧配音社团章程怎么写？",
        title_in="decorated",
        date=None,
        notes="a Q&A where the answer gives a sample charter with numbered articles; the question as record title; answer meta 回答于 a relative time (3天前; no date); a 'follow the answerer' button",
        page="""
!m 社团帮问答 › 校园社团 › 社团管理
!m 大学里的广播剧配音社团章程怎么写？
!m 采纳答案　答主：声音收藏家　3天前
!t 广播剧社团章程
{BODY}
!a ＋关注答主　　点赞 34　　举报
!l 查看其他 4 条回答 ▼
""",
        body="""
第一条　本社团名称为“声临其境”广播剧社，是由本校学生自愿组成的学生社团。
第二条　本社团以学习配音技巧、创作校园广播剧、丰富校园文化生活为宗旨。
第三条　社团设社长一名、副社长两名，下设配音部、编剧部、后期部和宣传部。
第四条　社员每学期至少参加一部广播剧的录制，连续两学期未参加活动的视为自动退社。
第五条　社团作品须经指导老师审核后方可对外发布。
""",
    ),
    dict(
        slug="netdisk-motuo-pledge-html-share",
        site="云匣网盘 (invented)",
        style="网盘分享",
        genre="倡议书",
        kind="pledge",
        form="html",
        source="https://pan.yunxia.example.com/s/1kPq8Zm",
        title="摩托车骑行安全承诺书",
        record_title="摩托车骑行安全承诺书.pdf",
        date="2025-04-02",
        notes="cloud-drive preview of a PDF: file-name title; share expiry, 'save to my drive' and a speed-limit prompt; the signature date; the pledge's blank 签名 line kept",
        page="""
<html><head><meta charset="utf-8"><title>摩托车骑行安全承诺书.pdf_免费高速下载|云匣网盘</title></head><body>
<div class="hd">⟦m 云匣网盘⟧ ⟦a 登录⟧ ⟦a 注册送10G⟧</div>
<div class="file">⟦t 摩托车骑行安全承诺书.pdf⟧ ⟦m 216KB⟧ ⟦m 分享者：铁骑芎山⟧ ⟦m 失效时间：永久有效⟧</div>
<div class="ops">⟦a 保存到我的网盘⟧ ⟦a 下载(198KB/s)⟧ ⟦a 开通超级会员享极速下载⟧</div>
<div class="preview">
{BODY}
</div>
<div class="ft">⟦d 请勿分享违法违规内容，一经发现将封禁账号⟧ ⟦m ©2025 云匣网盘⟧</div>
</body></html>
""",
        body="""
本人自愿加入芎山铁骑摩托车俱乐部，参加俱乐部组织的集体骑行活动，郑重承诺：
一、骑行时全程佩戴符合国家标准的头盔和护具，车辆证照齐全。
二、严格遵守交通法规，不超速、不飙车、不酒后驾驶。
三、服从领队安排，保持车距，不擅自脱离队伍。
四、因本人违反上述承诺造成的后果，由本人承担。
承诺人签名：
芎山铁骑摩托车俱乐部
2025年4月2日
""",
    ),
    dict(
        slug="netdisk-zhuoyou-summary-text",
        site="小文件盘 (invented)",
        style="网盘分享",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://xwjp.example.cn/share/aa812c",
        title="骰子桌游吧2024年经营总结",
        record_title="骰子桌游吧2024年经营总结.docx",
        date="2024-12-31",
        notes="cloud-drive text preview: file-name title; a share line with an extraction code, an 'only preview 3 pages' notice between paragraphs; the 成文日期",
        page="""
!m 小文件盘 | 文件分享
!t 骰子桌游吧2024年经营总结.docx
!m 分享人：掷骰子的人　分享时间：2025-01-03　提取码：d6x2
!a 保存　下载　举报
{BODY}
!a 文档较长，完整内容请下载后查看
""",
        body="""
2024年是骰子桌游吧在蔹湾大学城开店的第二年，全年接待顾客一万一千余人次，营业额比上年增长两成。
一、经营方面。店内桌游增加到三百二十款，周五晚上的“新手教学夜”成为固定活动，带来了大批回头客。
⟦d 免费用户仅可预览前3页⟧
二、活动方面。全年举办桌游比赛六场，与三所高校社团合作开展联谊活动十一场。
三、问题方面。周末高峰时段桌位紧张，部分老游戏配件缺失，需要及时补齐。
骰子桌游吧
2024年12月31日
""",
    ),
    dict(
        slug="snapshot-ganxi-price-list-html",
        site="搜索快照（原站：杪溪洗染行业协会） (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://cache.soukuai.example.com/c?u=http://www.mxxrxh.example.org/gg/35.html",
        title="关于公示2025年干洗服务参考价格的通知",
        date="2025-03-01",
        notes="search-cache frame above an old association page: the snapshot stamp is no date; a price table kept; the association's 投诉电话 kept; a cache banner with highlight note",
        page="""
<html><head><meta charset="utf-8"><title>关于公示2025年干洗服务参考价格的通知</title></head><body>
<div class="cachebar">⟦m 这是 http://www.mxxrxh.example.org/gg/35.html 的快照，是网页在 2025年5月9日 11:02 的存档。⟧<br>⟦m 当前页面可能已经更改，请点击这里查看当前页面。⟧<br>⟦m 以下搜索词已高亮显示：干洗 价格⟧</div>
<div class="orig">
<div>⟦m 杪溪市洗染行业协会⟧</div>
<div>⟦m 首页 - 协会公告⟧</div>
<h3>⟦t 关于公示2025年干洗服务参考价格的通知⟧</h3>
{BODY}
<div>⟦m 协会地址：杪溪市解放路61号⟧</div>
</div>
</body></html>
""",
        body="""
各会员单位、广大消费者：
为规范干洗服务收费，经协会理事会研究，现公示2025年干洗服务参考价格如下：
项目　参考价格（元/件）
西服上衣　25
羊绒大衣　45
羽绒服（长款）　50
真丝连衣裙　30
各会员单位应在店堂显著位置公示收费标准，不得收取标外费用。
消费者对收费有异议的，可拨打协会投诉电话0591-8723304。
杪溪市洗染行业协会
2025年3月1日
""",
    ),
    dict(
        slug="snapshot-huadian-notice-text-cache",
        site="文本快照（原站：花语时光连锁花店） (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="text",
        source="http://kz.textcache.example.net/view?id=8812033",
        title="关于母亲节期间鲜花预订及配送安排的通知",
        date="2025-05-01",
        notes="text-only cache: a crawl stamp (no date), the cached page's own nav and footer; the shop's own 订花热线 kept; a year-free body except the 成文日期",
        page="""
!m 【文本快照】本页抓取于 2025-05-06 03:41，仅显示文字内容
!m 原网址：http://www.huayu-shiguang.example.com/news/528.html
!m 花语时光连锁花店 | 首页 | 鲜花 | 绿植 | 门店
{T}
{BODY}
!a 在线订花　　加入购物车
!m 花语时光 版权所有 浙ICP备21011207号
""",
        body="""
尊敬的顾客：
母亲节将至，为保证鲜花品质和准时送达，本店对节日期间的预订和配送作如下安排：
一、5月8日至11日为节日配送期，请提前两天预订，当天订单视花材库存接单。
二、城区免费配送，郊区每单加收配送费十五元。
三、节日期间康乃馨花束统一价格，不加价。
订花热线：0574-8861520（早8点至晚9点）
花语时光连锁花店
2025年5月1日
""",
    ),
    dict(
        slug="print-duorou-rules-text-footer",
        site="萩田多肉种植园 (invented)",
        style="打印页",
        genre="制度",
        kind="rules",
        form="text",
        source="http://www.qtduorou.example.com/print.asp?id=72",
        title="萩田多肉种植园大棚管理制度",
        record_title="萩田多肉种植园大棚管理制度 - 打印",
        date="2025-03-03",
        notes="print view: '- 打印' suffix, a printed-at stamp and URL line; print footers 第 1 页 / 共 1 页; a 'print / close' row; the 制定日期 as the date",
        page="""
!a [打印本页]　[关闭]
!t 萩田多肉种植园大棚管理制度 - 打印
!m 打印时间：2025-09-14 10:22
{BODY}
!m 本页地址：http://www.qtduorou.example.com/show.asp?id=72
!m 第 1 页 / 共 1 页
""",
        body="""
一、大棚实行专人负责制，每栋大棚设棚长一名，负责日常管理和记录。
二、浇水实行“干透浇透”原则，夏季高温期间上午十点前完成浇水，严禁中午浇水。
三、大棚内温度超过三十五摄氏度时，开启遮阳网和风机降温。
四、外来参观人员须在接待室登记，由工作人员陪同进入大棚，不得随意触摸植株。
五、病虫害防治用药须经技术员同意，并做好用药记录。
萩田多肉种植园
2025年3月3日制定
""",
    ),
    dict(
        slug="print-naicha-pledge-html-preview",
        site="茶语拾光奶茶连锁 (invented)",
        style="打印页",
        genre="倡议书",
        kind="pledge",
        form="html",
        source="https://www.chayushiguang.example.cn/print/news/1188",
        title="门店食品安全承诺书",
        record_title="门店食品安全承诺书——打印预览",
        date="2025-06-06",
        record_date="2025-06-06",
        notes="print-preview HTML: ——打印预览 suffix, a print toolbar and a print footer ─ 1/1 ─; the chain's own 食品安全投诉电话 kept next to a page URL",
        page="""
<html><head><meta charset="utf-8"><title>门店食品安全承诺书——打印预览</title></head><body>
<div class="toolbar">⟦a 打印⟧ ⟦a 返回正文⟧ ⟦a 调整字号⟧</div>
<h2>⟦t 门店食品安全承诺书⟧</h2>
{BODY}
<div class="print-url">⟦m https://www.chayushiguang.example.cn/news/1188⟧</div>
<div class="print-foot">⟦p ─ 1/1 ─⟧</div>
</body></html>
""",
        body="""
茶语拾光奶茶连锁全体门店向广大消费者郑重承诺：
一、所用原料均从具备资质的供应商处采购，索证索票，可追溯。
二、鲜奶、水果等易腐原料当日开封当日用完，过期原料一律销毁。
三、员工持健康证上岗，操作时佩戴口罩、帽子和手套。
四、门店后厨实行“明厨亮灶”，欢迎顾客监督。
食品安全投诉电话：0575-8612277
茶语拾光奶茶连锁管理有限公司
2025年6月6日
""",
    ),
]

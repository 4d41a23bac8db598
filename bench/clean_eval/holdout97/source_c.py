"""holdout97, part C: a cycad nursery, a leech-farming course, dolphin-watching boats, a
school-bus essay on an exam forum, an encyclopaedia entry on 停航通告, hovercraft rules on a
cloud drive, a buffalo co-op in a snapshot, a field-hockey association's rules in print view,
a forwarded sandstorm drill notice and a rice-blast emergency notice. Everything invented;
see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="corp-sutie-statement-cycad-seedlings",
        site="碧潭苏铁园艺有限公司 (invented, company site)",
        style="企业官网",
        genre="声明",
        kind="notice",
        form="html",
        source="https://www.bitan-sutie.example.com/news/show-220.html",
        title="关于我公司苏铁种苗均持证销售的郑重声明",
        record_title="关于我公司苏铁种苗均持证销售的郑重声明_新闻中心_碧潭苏铁园艺",
        date="2025-03-10",
        notes="company site: the document's own after-sales phone in the body beside the site's sales hotline and online-service box; product menu, a certificate-check sentence (扫码) in the text",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于我公司苏铁种苗均持证销售的郑重声明_新闻中心_碧潭苏铁园艺</title></head>
<body><div class="top">⟦m 碧潭苏铁园艺有限公司⟧　⟦m 专注苏铁繁育二十年⟧　⟦w 订购热线：400-6620-1188⟧</div>
<ul class="menu"><li>⟦l 网站首页⟧</li><li>⟦l 产品展示⟧</li><li>⟦l 新闻中心⟧</li><li>⟦l 基地风采⟧</li><li>⟦l 联系我们⟧</li></ul>
<div class="place">⟦m 您的位置：首页 - 新闻中心 - 公司公告⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 时间：2025-03-10　人气：276⟧</div>
<div class="body">
{BODY}
</div>
<div class="pn">⟦l 上一篇：苏铁冬季防寒管护要点⟧ ⟦l 下一篇：公司参加省花卉博览会⟧</div>
<div class="kefu">⟦a 在线客服⟧ ⟦w 微信：bitan-sutie88⟧</div>
<div class="copy">⟦d Copyright © 2025 碧潭苏铁园艺有限公司 All Rights Reserved⟧　⟦m 湘ICP备2021038842号⟧</div>
</body></html>
""",
        body="""
近期，我公司接到多位客户反映，有个人和商家冒用我公司名义，在网络平台低价销售来源不明的苏铁种苗。对此，我公司郑重声明如下：
一、苏铁属于国家重点保护野生植物，我公司销售的苏铁种苗均为人工培植，持有林业主管部门核发的人工培植许可证和植物检疫证书。
二、我公司每一批次种苗均附有溯源标签，客户可扫描标签上的二维码，查询种苗的培植基地和检疫信息。
三、我公司从未授权任何个人以公司名义进行网络销售。对冒用我公司名义的行为，我公司将依法追究其法律责任。
如需核实种苗真伪，请致电我公司售后服务电话：0731-5583 2276。
碧潭苏铁园艺有限公司
2025年3月10日
""",
    ),
    dict(
        slug="training-nongxing-leech-farming-course",
        site="农兴职业技能培训学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="notice",
        form="text",
        source="http://www.nongxing-peixun.example.cn/zsjz/2025/0220/77.html",
        title="2025年春季水蛭生态养殖技术培训班招生简章",
        record_title="【招生简章】2025年春季水蛭生态养殖技术培训班招生简章（附课程表）",
        date="2025-02-20",
        notes="training school: the school's 报名电话 in the body beside the site's 400 line and an online-consult prompt; a course table; an ad line between paragraphs",
        indent="\u3000\u3000",
        page="""
!m 农兴职业技能培训学校　学技术　找农兴
!m 首页 > 招生信息 > 招生简章
!t 【招生简章】2025年春季水蛭生态养殖技术培训班招生简章（附课程表）
!m 发布：招生办　2025-02-20　浏览 1733
{BODY}
!w 全国统一咨询热线：400-118-6655
!a 在线咨询　｜　预约试听
!l 热门课程：稻虾共作技术班 ｜ 林下养鸡实用技术班 ｜ 农村电商直播班
""",
        body="""
为帮助农民朋友掌握水蛭生态养殖技术，拓宽增收渠道，我校定于3月开办春季水蛭生态养殖技术培训班。现将有关事项公布如下。
一、培训对象
有意从事水蛭养殖的农村劳动力、返乡创业人员和家庭农场经营者。
二、课程安排
课程　课时　授课方式
水蛭生物学特性与品种选择　4　课堂讲授
养殖池建设与水质管理　6　课堂讲授+基地实训
饲料投喂与病害防治　6　基地实训
加工与销售渠道　4　课堂讲授
⟦a 报名即送《水蛭养殖300问》电子书，名额有限⟧
三、培训时间及地点
3月10日至3月14日，共5天，在我校砝城实训基地举行，食宿统一安排。
四、报名方式
报名电话：0877-6415 390（招生办　黎老师）
农兴职业技能培训学校
2025年2月20日
""",
    ),
    dict(
        slug="fanwenapp-bixia-summary-dolphin-boats",
        site="笔下生花 (invented writing app, share page)",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://share.bixiashenghua.example.app/doc/9a71c0e2",
        title="海豚湾观豚游船队2024年安全运营工作总结",
        record_title="海豚湾观豚游船队2024年安全运营工作总结｜笔下生花",
        date="2025-01-06",
        notes="writing-app share page: template-use counter, AI-rewrite and open-app prompts glued to and between lines, a member line; 成文日期 under the signature",
        page="""
!m 笔下生花 · 公文范文
!t 海豚湾观豚游船队2024年安全运营工作总结｜笔下生花
!m 来自「笔下生花」App　已有 2.3万 人使用此模板
!a AI 一键改写　｜　复制全文
{BODY}
!a 打开App，查看剩余 2 段内容
!a 开通创作会员，每天可生成 30 篇
!l 你可能还需要：景区游船安全应急预案、水上旅游年度工作计划
""",
        body="""
2024年，观豚游船队在公司的领导下，坚持“安全第一、生态优先”，全年安全运营游船4120航次，接待游客19.6万人次，实现安全生产零事故。
一、严守观豚规范。我们修订了观豚作业规程，游船与海豚群保持不少于50米的距离，发现海豚靠近时立即减速、关闭螺旋桨，不追逐、不投喂。⟦a ✎ 点此AI润色本段⟧
二、强化船舶管理。全年完成12艘游船的年度检验，更新救生衣800件，每航次开航前由船长和安全员双人检查。
三、提升服务水平。在游船上设置海洋保护讲解员，全年开展海豚保护科普讲解3800余场。
四、存在的不足。旺季客流集中，码头候船区疏导压力较大；部分游客不遵守观豚须知，劝导难度较大。
2025年，我们将进一步完善预约分流，加强船员培训，让游客安全出行、文明观豚。
海豚湾观豚游船队
2025年1月6日
""",
    ),
    dict(
        slug="gkforum-shenlun-school-bus-relative-time",
        site="上岸公考论坛 (invented exam forum)",
        style="公考论坛",
        genre="申论范文",
        kind="other",
        form="text",
        source="https://bbs.shangan-gk.example.com/thread-881203-1-1.html",
        title="校车虽小，承载的是民生大事",
        record_title="[申论范文] 校车虽小，承载的是民生大事（附老师点评）",
        date=None,
        notes="exam forum: a relative post time only (no date), floors with a teacher's remark, coin prompts and a sign-in banner; the essay has no date",
        page="""
!m 上岸公考论坛 › 申论专区 › 范文赏析
!a 每日签到领上岸币 ｜ 登录
!t [申论范文] 校车虽小，承载的是民生大事（附老师点评）
!m 楼主：备考的阿树　发表于 3 天前　｜　查看 2044　回复 37
{BODY}
!l 2楼 申论李老师：结构完整，第三段论证可以再补一个数据。
!l 3楼 不上岸不改名：收藏了，明天默写一遍
!a 回复本帖可获得 2 上岸币
""",
        body="""
一辆辆黄色的校车，每天穿行在城乡之间，把孩子们安全地送进校园、接回家中。校车虽小，承载的却是千家万户的期盼，是实实在在的民生大事。
办好校车，首先要守住安全底线。车辆要合格，驾驶人要可靠，线路要经过评估，每一个环节都不能打折扣。
办好校车，还要算好民生账。对偏远山区和农村地区，要加大财政投入，让校车服务覆盖更多学生，减轻家庭接送负担。
办好校车，更需要社会共同参与。交警部门要加强路面管控，学校要落实照管责任，家长要配合做好乘车安全教育。
让每一辆校车都成为移动的安全课堂，让每一个孩子都能平安上学、快乐回家，这是我们共同的责任。
""",
    ),
    dict(
        slug="wiki-wenzhong-entry-suspension-notice-placeholders",
        site="文种百科 (invented encyclopaedia)",
        style="百科问答",
        genre="词条",
        kind="other",
        form="html",
        source="https://baike.wenzhong.example.org/item/停航通告",
        title="停航通告",
        record_title="停航通告_文种百科",
        date=None,
        notes="encyclopaedia entry: template placeholders (××××年××月××日) and an example date inside a sentence are not dates; edit links, contents box, references, a contributor line and a 'was this helpful' widget",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>停航通告_文种百科</title></head>
<body><div class="logo">⟦m 文种百科 · 人人可编辑的公文知识库⟧</div>
<div class="search">⟦a 搜索词条　创建词条⟧</div>
<h1>{T}</h1>
<div class="edit">⟦a 编辑　讨论　收藏　历史版本⟧</div>
<div class="toc">⟦l 目录：1 定义　2 结构　3 写作要点　4 示例⟧</div>
<div class="para">
{BODY}
</div>
<div class="ref">⟦l 参考资料：[1] 《水路运输公文写作指引》⟧</div>
<div class="contrib">⟦m 本词条由 航道小编 等 6 人编辑，浏览 9,812 次，最近更新：2 个月前⟧</div>
<div class="fb">⟦a 这个词条对你有帮助吗？ 有用　没用⟧</div>
<div class="ft">⟦d 词条内容由网友共同编辑，仅供参考⟧</div>
</body></html>
""",
        body="""
停航通告是客运、渡运等水上交通经营单位或管理机构，因恶劣天气、设施检修等原因暂停航行时，向社会公开告知有关事项的公告类文书。
结构
停航通告一般由标题、正文和落款三部分组成。正文应写明停航原因、停航时间、涉及航线和恢复航行的安排。
写作要点
1.停航时间要具体，写明起止时间；恢复时间暂不确定的，应写明“恢复时间另行通知”。
2.要告知已购票旅客的退改签办法和咨询渠道。
3.语言要简洁明确，不用模糊表述。
示例
受大风天气影响，本公司所属××航线自××××年××月××日××时起暂停航行，恢复时间另行通知。已购票旅客可持票到售票窗口办理全额退票。
××客运有限公司
××××年××月××日
例如，某客运公司在2023年8月台风期间连续三次发布停航通告，并在每次通告中更新预计恢复时间。
""",
    ),
    dict(
        slug="netdisk-yunzhan-rules-hovercraft-file-name",
        site="云栈网盘 (invented cloud drive, share preview)",
        style="网盘分享",
        genre="制度",
        kind="other",
        form="text",
        source="https://pan.yunzhan.example.com/s/1qWbT9xkLm",
        title="磲湾气垫船客运乘客安全须知",
        record_title="磲湾气垫船客运乘客安全须知.docx",
        date=None,
        notes="cloud-drive preview: file-name title, a share stamp and validity (no date), save/download and membership prompts; the rules speak of 扫码 and 打印 as content",
        page="""
!m 云栈网盘 · 文件预览
!t 磲湾气垫船客运乘客安全须知.docx
!m 分享者：qw_safety　分享于 2025-04-02 14:10　有效期：7天
!a 保存到我的网盘　｜　下载（1.2MB）
{BODY}
!a 开通超级会员，在线预览不限速
!d 请勿通过网盘传播违法违规内容，发现请举报
""",
        body="""
第一条　为保障乘客人身安全，维护气垫船客运秩序，制定本须知。
第二条　乘客应提前20分钟到达候船室，凭有效身份证件和船票检票登船。电子船票可在售票窗口或自助终端扫码打印纸质凭证。
第三条　严禁携带易燃、易爆、有毒等危险物品登船。
第四条　登船后请按座位号就座，系好安全带，航行中不得在客舱内走动，不得擅自打开舱门。
第五条　气垫船高速航行时噪声较大，请听从船员指挥；遇紧急情况，按照舱内疏散图示有序撤离。
第六条　请扫描座椅背后的二维码，观看安全须知视频。
第七条　本须知由磲湾气垫船客运公司负责解释。
""",
    ),
    dict(
        slug="snapshot-soudu-buffalo-coop-price-notice",
        site="搜渡快照 (invented search cache) of 江坝水牛养殖合作社",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://cache.soudu.example.com/c?u=http%3A%2F%2Fjiangba-shuiniu.example.cn%2Fgg%2F31.html",
        title="关于调整水牛鲜奶收购价格的通知",
        record_title="关于调整水牛鲜奶收购价格的通知 - 搜渡快照",
        date="2025-04-28",
        notes="search snapshot: a cache banner with a crawl stamp (not the date) and highlighted terms, the cached co-op page's own nav and footer; a price table one row a paragraph",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于调整水牛鲜奶收购价格的通知 - 搜渡快照</title></head>
<body><div class="cachebar">⟦m 这是“搜渡”保存的 http://jiangba-shuiniu.example.cn/gg/31.html 的快照，抓取于 2025年5月3日 06:12⟧<br>⟦m 您检索的词已被标亮：水牛 收购价格⟧<br>⟦a 查看当前页面⟧</div>
<div class="cached">
<div class="hd">⟦m 磁湖县江坝水牛养殖专业合作社⟧</div>
<div class="nav">⟦l 首页 | 合作社简介 | 通知公告 | 养殖技术 | 联系我们⟧</div>
<h2>{T}</h2>
<div class="date">⟦m 作者：合作社办公室　点击：88⟧</div>
{BODY}
<div class="ft">⟦m 地址：磁湖县江坝镇新街12号　电话：0763-5388 016⟧</div>
</div>
<div class="cachefoot">⟦d 搜渡与该网页作者无关，不对其内容负责⟧</div>
</body></html>
""",
        body="""
各位社员：
经合作社理事会研究，并与县水牛奶加工厂协商一致，自2025年5月1日起调整水牛鲜奶收购价格。具体标准如下：
等级　乳脂率　收购价（元/公斤）
特级　7.5%以上　13.60
一级　6.5%—7.5%　12.80
二级　6.5%以下　11.40
收购时由加工厂收奶站现场检测，检测结果当场告知社员。请各位社员做好挤奶卫生，鲜奶挤出后2小时内送到收奶站。
江坝水牛养殖专业合作社
2025年4月28日
""",
    ),
    dict(
        slug="print-shazhou-hockey-referee-rules",
        site="砂洲区曲棍球协会 (invented, print view)",
        style="打印页",
        genre="制度",
        kind="other",
        form="text",
        source="http://www.szhockey.example.org.cn/print.php?id=46",
        title="砂洲区曲棍球协会裁判员管理办法（试行）",
        record_title="打印 - 砂洲区曲棍球协会裁判员管理办法（试行）",
        date="2025-01-12",
        notes="print view: print/close buttons, the printed URL and print time (not the date), a print footer with a page count; articles speak of 下载打印 as content",
        page="""
!a 〖打印本页〗　〖关闭窗口〗
!m 砂洲区曲棍球协会 — www.szhockey.example.org.cn
!t 打印 - 砂洲区曲棍球协会裁判员管理办法（试行）
{BODY}
!m 原文地址：http://www.szhockey.example.org.cn/show.php?id=46
!m 打印时间：2025-06-30 16:42
!p 页码 1 ／ 1
""",
        body="""
第一条　为加强本区曲棍球裁判员队伍建设，规范裁判员管理，结合本会实际，制定本办法。
第二条　本办法适用于在本会注册的各级曲棍球裁判员。
第三条　裁判员实行年度注册制度。裁判员应于每年3月底前完成注册，逾期未注册的，当年不予选派执裁。
第四条　裁判员等级证书可在本会网站查询，并可自行下载打印电子证书。
第五条　本会每年组织一次裁判员培训和考核，考核不合格的，暂停执裁资格一年。
第六条　本办法自发布之日起施行，由本会裁判委员会负责解释。
砂洲区曲棍球协会
2025年1月12日
""",
    ),
    dict(
        slug="mail-forward-sandstorm-drill-notice",
        site="学校邮箱转发 (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mailto:office@jianghu-no2.example.edu.cn#msg-20250305-0932",
        title="关于开展春季沙尘暴应急疏散演练的通知",
        record_title="转发：关于开展春季沙尘暴应急疏散演练的通知",
        date="2025-03-04",
        date_also=["2025-03-05"],
        notes="forwarded mail: mail headers (send time differs from the 成文日期), the forwarder's note, the mail's own attachment header (chrome) above the document's 附件 line (body), a mobile-client signature",
        page="""
!m 发件人：礓湖县第二中学办公室 <office@jianghu-no2.example.edu.cn>
!m 发送时间：2025年3月5日（星期三）09:32
!m 收件人：全体班主任; 年级组长
!t 转发：关于开展春季沙尘暴应急疏散演练的通知
!m 附件：1 个（演练分组表.xlsx，18KB）
各位老师：县教育局通知转发给大家，请认真阅读，按要求做好准备。——办公室
!m ---------- 转发的邮件 ----------
{BODY}
!a 从我的手机邮箱发送
""",
        body="""
各中小学、幼儿园：
为提高师生应对沙尘暴等灾害性天气的能力，经研究，决定于3月中旬在全县各级各类学校开展春季沙尘暴应急疏散演练。现将有关事项通知如下。
一、演练时间：3月10日至3月14日，各校自行确定具体时间。
二、演练内容：沙尘暴预警信息接收、室外人员紧急回室、关闭门窗、清点人数和伤员救护。
三、工作要求：各校要制定演练方案，演练前对师生进行安全教育，演练结束后认真总结，并于3月17日前将总结报县教育局安全股。
附件：演练情况统计表
礓湖县教育局
2025年3月4日
""",
    ),
    dict(
        slug="gov-zhouyang-notice-panicle-blast-wrapped",
        site="碡阳县农业农村局 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://nyj.zhouyang.example.gov.cn/tzgg/202508/t20250801_9917.html",
        title="关于切实做好水稻穗颈瘟防控工作的紧急通知",
        record_title="关于切实做好水稻穗颈瘟防控工作的紧急通知_碡阳县农业农村局",
        date="2025-08-01",
        notes="a text page hard-wrapped at 60 columns: headings must not be joined to the body; page date line and signature date agree; a font-size row and a footer",
        indent="\u3000\u3000",
        wrap=60,
        page="""
!m 碡阳县农业农村局 > 通知公告
!t 关于切实做好水稻穗颈瘟防控工作的紧急通知_碡阳县农业农村局
!m 发布时间：2025-08-01 15:20　来源：县植保植检站
!a 字号［大 中 小］　［打印］
{BODY}
!m 碡阳县农业农村局主办　联系电话：0596-3120 448
""",
        body="""
各乡镇农业农村服务中心：
近期我县持续阴雨寡照，田间湿度大，早稻已进入抽穗扬花期，中稻陆续进入孕穗期，十分有利于稻瘟病流行。据县植保植检站调查，部分乡镇叶瘟发生偏重，穗颈瘟有大发生风险。现就做好防控工作紧急通知如下。
一、抓住关键时期施药
对叶瘟发生田块和感病品种田块，要在破口抽穗初期施药预防，间隔七天左右再施药一次，做到应防尽防。
二、推进统防统治
各乡镇要组织专业化服务组织开展统一防治，优先安排植保无人机作业，提高防治效率。
三、加强监测和信息报送
各乡镇每周五前将防治进度报县植保植检站，发现病情突发情况要及时报告。
碡阳县农业农村局
2025年8月1日
""",
    ),
]

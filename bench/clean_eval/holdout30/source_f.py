"""holdout30, part F: a 范文 app's share page and reading mode, an encyclopaedia entry and a
document-format dictionary entry, two personal collections (a retired treasury clerk's and
a guqin teacher's), an ENT hospital's news in a snapshot frame, a copyright bureau's print
view, a health-check centre's webmail letter, a wrapped speech cut by page markers on a 范文
site, a development-and-reform bureau's price bulletin on one line and an aquarium's news.
Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="fanwenapp-gxj-cadre-insight-share",
        site="笔友范文APP (invented, share page)",
        style="范文APP",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://share.biyou-app.example.com/article/88f2c019?from=wx",
        title="参加数字经济专题培训班心得体会",
        record_title="参加数字经济专题培训班心得体会（优质范本）",
        date=None,
        notes="a 范文 app's share page: an 'open in app' banner, a 'continue reading in app' cut-off line between paragraphs, collected/like counts, a share time as a relative time (no date); decorated record title （优质范本）",
        page="""
!a 打开笔友范文APP，阅读体验更佳
!t 参加数字经济专题培训班心得体会
!m 笔友精选 · 2.1万人读过 · 1小时前分享
{BODY}
!l 收藏 326　点赞 88　评论 5
!a 下载APP，解锁10万篇精品范文
""",
        indent="\u3000\u3000",
        body="""
9月中旬，我参加了市委组织部举办的数字经济专题培训班，系统学习了数字产业化、产业数字化和数据要素市场等方面的知识，深受启发。
作为工信部门的干部，我深刻认识到，推动中小企业数字化转型，关键是让企业看得到效益。
⟦a 剩余内容请在APP内继续阅读⟧
今后，我将把培训所学运用到工作中，多到企业车间走一走，帮助企业找准转型切入点，用心用情当好企业的“店小二”。
""",
    ),
    dict(
        slug="fanwenapp-ent-nurse-report-reading-mode-html",
        site="公文助手APP (invented, reading mode)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="html",
        source="https://h5.gongwenzs.example.com/read/v2/20931?mode=reader",
        title="耳鼻咽喉科护士长年度述职报告",
        record_title=None,
        date="2025-12-26",
        notes="app reading mode (H5): a reader toolbar (font, night mode), a member-unlock box on a line of its own between paragraphs, a bottom tab bar; no record title; the report's 成文日期 kept",
        page="""
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>公文助手</title></head><body>
<div class="bar">⟦a 返回⟧　⟦a Aa 字号⟧　⟦a 夜间模式⟧　⟦a 分享⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 公文助手 · 医疗卫生 · 阅读 4817⟧</div>
<div class="reader">
{BODY}
</div>
<div class="tabbar">⟦l 首页　分类　写作　我的⟧</div>
</body></html>
""",
        body="""
各位领导、同事们：
本人自2021年起担任琼岫县人民医院耳鼻咽喉科护士长，现将一年来的工作述职如下。
一、护理质量方面。全年科室护理质量考核平均分96.8分，未发生护理不良事件，患者满意度达到98%。
⟦a 开通会员，解锁全文及同类范文⟧
二、队伍建设方面。组织科内业务学习二十四次，两名护士取得专科护士资格证书。
三、存在不足。护理科研能力较弱，今后要带头撰写护理论文，提升科室科研水平。
述职人：江晓岚
2025年12月26日
""",
    ),
    dict(
        slug="baike-audit-rectify-entry-example-date",
        site="百知百科 (invented)",
        style="百科问答",
        genre="词条",
        kind="other",
        form="text",
        source="https://baike.baizhi.example.com/item/审计整改/71102",
        title="审计整改",
        record_title="审计整改_百知百科",
        date=None,
        notes="an encyclopaedia entry: an edit/contributors line, a 目录, a reference list and a 'this entry is edited by users' notice; an example date inside a sentence (no date); record title _site",
        page="""
!m 百知百科　|　首页 > 政治法律 > 审计
!t 审计整改
!a 编辑　讨论　上传视频
!m 本词条由“百知审计专家团”参与编辑　|　浏览 3.2万　|　最近更新：5天前
!l 目录　1 定义　2 整改期限　3 整改结果公告
{BODY}
!l 参考资料：[1] 审计法释义　[2] 审计整改工作规范
!d 百科词条人人可编辑，内容仅供参考
""",
        body="""
审计整改是指被审计单位根据审计机关出具的审计报告和审计决定，对审计发现的问题进行纠正和改进的活动。
被审计单位应当在规定的期限内完成整改，并将整改结果书面报告审计机关。
例如，某单位于2024年9月30日收到审计报告，按照报告规定的九十日期限，应在同年12月底前报送整改结果。
审计机关应当对整改情况进行跟踪检查，并将整改情况向本级政府报告，必要时向社会公告。
""",
    ),
    dict(
        slug="dict-minutes-format-placeholder-entry",
        site="公文格式词典 (invented)",
        style="百科问答",
        genre="词条",
        kind="other",
        form="text",
        source="http://www.gwgscd.example.net/entry/huiyijiyao.html",
        title="会议纪要",
        record_title="会议纪要 - 公文格式词典 - 释义与写法",
        date=None,
        notes="a 公文 dictionary entry: pinyin and entry category lines, an 'example' block with 20××年×月×日 and ××× placeholders (no date), a related-entries list; record title - site - 释义与写法",
        page="""
!m 公文格式词典 ▸ 法定公文 ▸ 会议纪要
!t 会议纪要
!m 拼音：huì yì jì yào　词条类别：法定公文　收录版本：第3版
{BODY}
!l 相关词条：会议记录 · 决议 · 通报
!a 纠错　收藏词条
!m 公文格式词典 © 2025　联系：gwcd@gwgscd.example.net
""",
        body="""
释义：会议纪要是用于记载会议主要情况和议定事项的公文，适用于各类工作会议和专题会议。
写法：标题一般由会议名称加“纪要”组成；正文开头写明会议的时间、地点、主持人和出席人员，主体部分写会议议定事项，常用“会议认为”“会议决定”等表述。
示例：
时间：20××年×月×日
地点：×××会议室
主持：×××
会议决定：……
注意：会议纪要不加盖印章，由印发机关在文末注明印发日期。
""",
    ),
    dict(
        slug="anthology-treasury-clerk-old-summary",
        site="老会计的文集 (invented, personal collection)",
        style="个人文集",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.laokuaiji-wj.example.cn/wenji/0138.html",
        title="一九九八年度乡财政所工作总结",
        record_title="《算盘声里》文集·第138篇｜一九九八年度乡财政所工作总结",
        date="1998-12-28",
        notes="a retired treasury clerk's collection: a collection header and a chapter nav, the collector's note (marked as a list box) and a 'previous/next piece' row; the summary's own date in Chinese numerals kept and expected",
        page="""
!m 《算盘声里》—— 一个老财政的文集
!m 卷四 · 旧文存档 · 第138篇
!t 一九九八年度乡财政所工作总结
!l 编者按：这是我在乡财政所当所长时写的年终总结，原稿是手写的，今年整理出来，留个纪念。
{BODY}
!l ← 第137篇：第一次用电脑记账　|　第139篇：财政所的那台保险柜 →
!m 本文集由作者本人整理，字数约32万
""",
        indent="\u3000\u3000",
        body="""
一九九八年，我所在乡党委、乡政府和县财政局的领导下，紧紧围绕财政收入任务，加强征收管理，严格控制支出，较好地完成了全年各项工作。
全年完成财政收入三百一十二万元，为年度任务的百分之一百零四；农业税征收入库率达到百分之百。
全所同志坚持下村催收，做到“收入不拖欠、支出不超支”，全年没有发生一笔违规支出。
存在的主要问题是：乡镇企业税源萎缩，部分村拖欠提留款较多。明年我们要加强与工商、税务部门的配合，努力培植新的财源。
玑原县河口乡财政所
一九九八年十二月二十八日
""",
    ),
    dict(
        slug="anthology-guqin-teacher-yaji-speech",
        site="听松琴馆·严若谷文存 (invented, personal collection)",
        style="个人文集",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://tingsong-qin.example.com/wencun/yaji-2025-mid-autumn.html",
        title="在中秋琴会上的致辞",
        record_title="严若谷文存 > 在中秋琴会上的致辞",
        date="2025-10-06",
        notes="a guqin teacher's collection: a breadcrumb-like record title (author > title), a date under the title (neutral; expected), a reader-count line and a 'series' nav; the speech quotes a poem line",
        page="""
!m 听松琴馆 · 严若谷文存
!m 文存 ／ 致辞讲话 ／ 第12篇
!t 在中秋琴会上的致辞
（2025年10月6日）
{BODY}
!m 阅读 402 · 文存共收文章 57 篇
!l 上一篇：琴社十年记　下一篇：谈初学者选琴
""",
        indent="\u3000\u3000",
        body="""
各位琴友、各位来宾：
今夜月圆，我们在听松堂相聚，以琴会友，共度中秋。
古人说“琴者，禁也”，弹琴首先是修身。这些年琴社的朋友越来越多，有退休的老教师，也有刚上初中的孩子，大家在琴声里找到了安静，这是我最欣慰的事。
今晚的琴会共有十四位琴友上台，曲目从《良宵引》到《平沙落雁》，希望大家静心聆听，也欢迎新朋友上台试弹。
祝各位中秋快乐，阖家团圆！
""",
    ),
    dict(
        slug="snapshot-ent-hospital-news-frame-html",
        site="琼岫县人民医院 (invented; in a search snapshot frame)",
        style="搜索快照",
        genre="新闻",
        kind="news",
        form="html",
        source="http://snapshot.kuaizhao.example.com/cache?q=%E8%80%B3%E9%BC%BB%E5%96%89&url=www.qxrmyy.example.cn/news/3321.html",
        title="县人民医院耳鼻咽喉科开展“爱耳日”义诊活动",
        record_title="县人民医院耳鼻咽喉科开展“爱耳日”义诊活动 - 快照存档",
        date="2025-03-03",
        notes="a snapshot frame: the cache banner (snapshot time no date), then the original page's header, a hospital's 24-hour line, a byline 发布日期 (the page's date); the news' own 预约 phone kept beside the hospital's line; record title - snapshot",
        page="""
<html><head><meta charset="utf-8"><title>县人民医院耳鼻咽喉科开展“爱耳日”义诊活动</title></head><body>
<div class="cachebar">⟦d 快照 · 此页面为 www.qxrmyy.example.cn/news/3321.html 于 2025-04-19 06:02 的存档，原网页可能已变化⟧　<a>⟦a 查看原网页⟧</a></div>
<div class="orig">
<div class="hd">⟦m 琼岫县人民医院　二级甲等综合医院⟧　⟦m 急救电话：0597-3312120（24小时）⟧</div>
<div class="nav">⟦m 医院首页 | 科室导航 | 专家介绍 | 新闻动态 | 就医指南⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 发布日期：2025-03-03　来源：耳鼻咽喉科　浏览次数：265⟧</div>
{BODY}
<div class="ft">⟦m 地址：琼岫县人民路56号⟧　⟦d 版权所有：琼岫县人民医院⟧</div>
</div></body></html>
""",
        body="""
3月3日是第二十六个全国“爱耳日”。当天上午，县人民医院耳鼻咽喉科在门诊大厅开展义诊活动，为前来咨询的群众免费进行听力筛查和耳部检查。
活动中，医护人员共筛查群众一百三十余人次，发现听力异常者二十一人，均已建议到科室进一步检查。
科室主任彭立新提醒，长时间戴耳机、在噪声环境中工作都会损伤听力，出现耳鸣、听力下降要及早就医。
需要进一步检查的群众可拨打科室预约电话0597-3312268。
""",
    ),
    dict(
        slug="print-huangxi-copyright-notice-html",
        site="璜溪县版权局 (invented; print view)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.huangxi.example.gov.cn/bqj/tzgg/print_20250418_90211.html",
        title="关于开展2025年度作品登记补贴申报工作的通知",
        record_title="〈打印稿〉关于开展2025年度作品登记补贴申报工作的通知",
        date="2025-04-17",
        notes="print template: a print/close button row, the original URL and a print time (no date), a 页次 footer; the notice's own 联系电话 and 附件 kept; 〈打印稿〉 decoration",
        page="""
<html><head><meta charset="utf-8"><title>打印 - 关于开展2025年度作品登记补贴申报工作的通知</title>
<style>@media print{.noprint{display:none}}</style></head><body>
<div class="noprint">⟦a 〔打印本文〕　〔关闭窗口〕⟧</div>
<div class="url">⟦m 原文链接：http://www.huangxi.example.gov.cn/bqj/tzgg/20250418_90211.html⟧</div>
<h2>{T}</h2>
{BODY}
<div class="pfoot">⟦m 打印时间：2025年5月6日 10:32⟧　⟦p 页次 1 / 1⟧</div>
</body></html>
""",
        body="""
各有关单位、个人：
为鼓励作品创作和版权保护，根据《璜溪县版权发展扶持办法》，现开展2025年度作品登记补贴申报工作。
一、补贴对象：户籍或工作单位在本县，并于2024年在省版权局办理作品登记的自然人、法人和非法人组织。
二、补贴标准：美术、摄影作品每件补贴200元，文字、音乐、视听作品每件补贴300元，同一申请人年度补贴总额不超过1万元。
三、申报时间：2025年4月21日至5月30日。
联系电话：0745-6221305（县版权局办公室）。
附件：作品登记补贴申请表
璜溪县版权局
2025年4月17日
""",
    ),
    dict(
        slug="webmail-checkup-centre-letter-html",
        site="琮川健康体检中心 (invented; webmail reader)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.cc-tijian.example.com/read?mid=ZL3301",
        title="关于2025年度职工健康体检安排的函",
        record_title="回复：关于2025年度职工健康体检安排的函",
        date="2025-09-10",
        date_also=["2025-09-11"],
        notes="webmail reader: folder list, the mail's own headers (from/to/cc/date/attachment), a quoted-reply divider, a mail client's footer and ad; the letter's own 附件, contacts and a schedule table kept; the letter's date expected, the send date also accepted",
        page="""
<html><head><meta charset="utf-8"><title>回复：关于2025年度职工健康体检安排的函 - 企业邮箱</title></head><body>
<div class="folders">⟦m 收件箱(3)　星标邮件　草稿箱　已发送　已删除⟧</div>
<div class="toolbar">⟦a 回复　全部回复　转发　删除　标记为⟧</div>
<div class="head"><h3>⟦t 回复：关于2025年度职工健康体检安排的函⟧</h3>
<p>⟦m 发件人：体检中心团检部 &lt;tuanjian@cc-tijian.example.com&gt;⟧</p>
<p>⟦m 收件人：笙湖轮胎人力资源部⟧</p><p>⟦m 时间：2025年9月11日 09:03⟧</p>
<p>⟦m 附件：1个（体检项目表.xlsx）⟧</p></div>
<div class="mailbody">
{BODY}
<p>⟦m ------------------ 原始邮件 ------------------⟧</p>
<p>⟦l 人力资源部：请问今年体检能否安排在十月上旬？⟧</p>
</div>
<div class="ad">⟦a 企业邮箱升级专业版，享50G超大空间⟧</div>
</body></html>
""",
        body="""
笙湖轮胎股份有限公司人力资源部：
贵公司2025年度职工健康体检已列入我中心团检计划，现将有关安排函告如下：
日期　部门　人数
10月9日　制造一部、制造二部　180人
10月10日　机关各部室、销售公司　95人
一、体检前一天晚餐宜清淡，晚上十点后禁食禁水。
二、请贵公司于9月25日前将体检人员名单发送至团检部邮箱。
三、体检报告于体检后七个工作日内出具，可扫码在线查看。
联系人：鲍敏，电话：0738-6690155。
附件：体检项目表
琮川健康体检中心
2025年9月10日
""",
    ),
    dict(
        slug="fanwen-zhigong-speech-wrapped-markers",
        site="秘书工作范文网 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.mishu-fw.example.com/jh/2025/0701/11820.html",
        title="在致公党璋浦支部成立二十周年座谈会上的讲话",
        record_title="在致公党璋浦支部成立二十周年座谈会上的讲话（范文精编）",
        date="2025-06-28",
        notes="a 范文 site page whose text came from a converter: hard-wrapped at 66 columns and cut by page markers ≡ 2 ≡ on lines of their own; speaker line and date under the title neutral (date expected); a writing-service prompt at the bottom; decorated record title",
        page="""
!m 秘书工作范文网
!m 当前位置：首页 > 讲话稿 > 纪念讲话
!t 在致公党璋浦支部成立二十周年座谈会上的讲话
支部主委　卓立成
（2025年6月28日）
{BODY}
!w 讲话稿定制：资深笔杆子执笔，电话同微信 18907391266
!l 猜你喜欢：在党外人士座谈会上的发言
""",
        indent="\u3000\u3000",
        wrap=66,
        pages=dict(fmt="≡ {n} ≡", every=100, start=2),
        body="""
各位老同志、各位党员同志们：
今天，我们在这里召开座谈会，纪念致公党璋浦支部成立二十周年。二十年前，支部成立时只有七名党员，如今已发展到四十三名，成为全县侨界人士参政议政的重要力量。
二十年来，支部党员围绕侨乡发展积极建言献策，先后提交提案六十余件，推动了侨乡古村落保护、归侨子女入学等一批实事的解决。
回顾历程，我们深深体会到，支部的发展离不开中共璋浦县委的关心支持，离不开历届支部班子和全体党员的共同努力。
站在新的起点上，希望全体党员继续发扬致公党的优良传统，坚持致力为公、侨海报国，为璋浦发展作出新的贡献。
""",
    ),
    dict(
        slug="gov-zhenzhou-price-bulletin-oneline",
        site="瑧洲市发展和改革局 (invented)",
        style="政府门户",
        genre="通报",
        kind="report",
        form="text",
        source="http://fgj.zhenzhou.example.gov.cn/jgjc/2025/0703/882.html",
        title="2025年6月瑧洲市主要农产品价格监测情况",
        record_title="2025年6月瑧洲市主要农产品价格监测情况",
        date="2025-07-03",
        record_date="2025-07-03",
        notes="a portal page whose body was flattened to one line (paragraphs apart only by their indent); a price table; a portal header and footer; 成文日期 at the end",
        page="""
!m 瑧洲市发展和改革局　价格监测
!m 首页 » 价格监测 » 监测分析
!t 2025年6月瑧洲市主要农产品价格监测情况
{BODY}
!a 【打印】【关闭】【纠错】
!m 主办单位：瑧洲市发展和改革局　网站标识码：3507000027
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
6月份，我市主要农产品价格总体平稳，粮油价格基本持平，蔬菜价格季节性回落，猪肉价格小幅上涨。
品种　6月均价（元/500克）　环比
大米　2.85　持平
猪肉（后腿）　13.60　上涨2.3%
青菜　2.10　下降11.4%
预计7月份，受高温和降雨影响，叶菜类价格可能有所上涨，其他农产品价格将保持基本稳定。
瑧洲市发展和改革局
2025年7月3日
""",
    ),
    dict(
        slug="news-zhenzhou-aquarium-reopen",
        site="瑧洲日报网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.zzrb-news.example.cn/content/2025-05/18/content_88712.html",
        title="瑧洲海洋馆改造后重新开放",
        record_title="瑧洲海洋馆改造后重新开放｜瑧洲日报网",
        date="2025-05-18",
        notes="news text page: a dotted date byline (the page's date), a photo caption between paragraphs, an editor line glued after the last paragraph, a 'scan to download the newspaper app' line, hot list; the aquarium's own 预约 sentence kept; record title ｜site",
        page="""
!m 瑧洲日报网 | 首页 | 本地 | 社会
!t 瑧洲海洋馆改造后重新开放
!m 2025.05.18　瑧洲日报记者　柯宇航
{BODY}
!a 扫码下载瑧洲日报客户端，看更多本地新闻
!l 热点：瑧洲至琼岫高速本月底通车｜城区新增三处口袋公园
!d 瑧洲日报网所刊新闻，未经书面授权不得转载
""",
        body="""
经过八个月的改造，瑧洲海洋馆5月17日重新对外开放。
改造后的海洋馆新增“红树林湿地”和“深海探秘”两个展区，展示海洋生物二百余种，并配备了无障碍通道和母婴室。
⟦m 图：小朋友在“深海探秘”展区观看水母。记者 柯宇航 摄⟧
海洋馆负责人介绍，开馆初期实行预约参观，游客可通过“瑧洲海洋馆”微信小程序预约，每日限流八千人。⟦m 编辑：林晓薇⟧
""",
    ),
]

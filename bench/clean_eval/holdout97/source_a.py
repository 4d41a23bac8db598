"""holdout97, part A: a school-bus office, malaria elimination, debris-flow monitors, a
water-buffalo dairy, a fly-fishing club, a dragonfly survey, a leprosy rehabilitation
village, rice blast, a school field-hockey league, a hovercraft ferry and a tortoise rescue.
Everything invented (counties, people, sites, URLs, chrome); see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="fanwen-moqi-summary-school-bus-old-table",
        site="墨畦范文网 (invented, old gb2312 table layout)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://www.moqi-fanwen.example.com/anquan/20241228/77121.html",
        title="砥岭县2024年度校车安全管理工作总结",
        record_title="砥岭县2024年度校车安全管理工作总结（精选2篇）_墨畦范文网",
        date="2024-12-26",
        notes="old table layout: marquee, bookmark links, font-size/close row, reading rank, visitor counter; a writing-service prompt glued after a sentence; 成文日期 in Chinese numerals",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>砥岭县2024年度校车安全管理工作总结（精选2篇）_墨畦范文网</title>
<script type="text/javascript">var hmq=[];document.write('<img src="/cnt.asp?id=77121">');</script></head>
<body><table width="960" align="center"><tr><td>⟦m 墨畦范文网⟧ ⟦m www.moqi-fanwen.example.com⟧</td><td align="right"><a href="#">⟦a 设墨畦为主页⟧</a> | <a href="#">⟦a 存进浏览器书签⟧</a></td></tr></table>
<marquee scrollamount="3">⟦m 墨畦范文网：文秘材料天天上新，写总结写计划就来墨畦⟧</marquee>
<table width="960"><tr><td class="nav">⟦m 所在位置：墨畦范文网 &gt;&gt; 工作总结 &gt;&gt; 安全工作总结⟧</td></tr></table>
<table width="960"><tr><td valign="top" width="700">
<h1>{T}</h1>
<div class="info">⟦m 栏目：安全工作总结　整理：田畦　点击数：1533⟧</div>
<div class="zw">
{BODY}
</div>
<div class="tool">⟦a 【文字大小：大 中 小】【关闭本页】⟧</div>
<div class="pn">⟦l 上一篇：学校食堂食品安全自查报告⟧<br>⟦l 下一篇：交通安全宣传月活动小结⟧</div>
</td><td valign="top" width="250"><div class="side"><b>⟦l 本栏阅读排行⟧</b><br>⟦l ·学生资助工作年度总结⟧<br>⟦l ·校园周边环境整治总结⟧<br>⟦l ·寄宿制学校管理经验交流⟧</div></td></tr></table>
<table width="960"><tr><td align="center">⟦m 您是本站第 0083215 位访客⟧<br>⟦d 本站文章均来自网友投稿，如涉及版权请来信，我们核实后即刻删除⟧</td></tr></table>
</body></html>
""",
        body="""
2024年，县教育局会同县公安局、县交通运输局，坚持把校车安全作为校园安全的头等大事来抓，全年校车运行平稳，未发生一起校车安全责任事故。
一、基本情况
全县现有校车58辆，服务学校31所，每天接送学生3100余名，线路覆盖12个乡镇的偏远村组。
二、主要做法
（一）严把车辆关。所有校车每月进行一次安全技术检验，对3辆车龄较长的校车提前办理报废更新。
（二）严把驾驶人关。全年组织校车驾驶人集中培训4期，对驾驶人开展背景审查，调整不符合条件的驾驶人2名。⟦w 写材料没思路？田老师一对一代笔，QQ：2871003⟧
（三）严把运行关。每辆校车配备照管员，实行上下车清点人数“双签字”制度，校车全部安装卫星定位装置，由县校车监管平台实时监控。
三、存在问题
部分线路道路条件较差，雨雪天气通行风险较大；个别照管员责任心不强，清点记录不够规范。
2025年，我们将进一步完善校车线路风险评估，加强照管员培训，持续守牢校车安全底线。
砥岭县教育局
二〇二四年十二月二十六日
""",
    ),
    dict(
        slug="wenku-zhixing-plan-malaria-bracket-markers-wrapped",
        site="知行文库 (invented, preview page)",
        style="文库预览",
        genre="工作方案",
        kind="plan",
        form="text",
        source="https://wenku.zhixing-doc.example.cn/view/8c1f02aa71.html",
        title="碚原县巩固消除疟疾成果工作方案",
        record_title="碚原县巩固消除疟疾成果工作方案.pdf",
        date="2025-04-09",
        notes="file-name title; a PDF preview hard-wrapped at 64 columns and cut by ⁅N⁆ page markers, glued or not; an upload stamp (no date), a trial-read end prompt, an upload notice and a guess-you-like list",
        indent="\u3000\u3000",
        wrap=64,
        pages=dict(fmt="⁅{n}⁆", every=140, start=2, glue="mix"),
        page="""
!m 知行文库 · 医疗卫生 · 疾病预防
!t 碚原县巩固消除疟疾成果工作方案.pdf
!m 共6页 ｜ 浏览 318 次 ｜ 上传于 2025-06-02
!a 全屏阅读　　下载到本地
{BODY}
!a 试看已到尽头，开通畅读卡即可阅读全部6页
!a 立即下载（需12积分）
!d 本文档由用户自行上传分享，文字版权归原作者所有；如认为侵犯了您的权益，请通过页面底部“申诉”入口联系平台处理。
!l 猜你想看：村卫生室基本公共卫生服务工作方案 ／ 登革热防控应急预案 ／ 发热门诊管理制度
""",
        body="""
为巩固我县消除疟疾成果，防止输入性疟疾引起本地传播，根据上级有关要求，结合我县实际，制定本方案。
一、工作目标
输入性疟疾病例发现后24小时内报告、3天内完成流行病学个案调查、7天内完成疫点处置，全县不发生输入继发病例。
二、主要措施
（一）加强病例监测。各级医疗机构对发热病人做到“逢热必检”，县疾控中心每季度对血片镜检质量进行复核。
（二）强化重点人群管理。对赴疟疾流行区务工返乡人员，由乡镇卫生院开展健康随访，提醒其出现发热症状及时就诊并主动告知旅居史。
（三）规范疫点处置。发现病例后，县疾控中心会同乡镇卫生院开展病例家庭及周边住户的媒介调查和防蚊灭蚊工作。
三、保障措施
县卫生健康局负责统筹协调，县财政保障监测和培训经费，各乡镇卫生院明确一名专人负责疟疾防治工作。
碚原县卫生健康局
2025年4月9日
""",
    ),
    dict(
        slug="gov-xiakou-notice-debris-flow-index-table",
        site="硖口县人民政府 (invented, modern county portal)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.xiakou.example.gov.cn/zwgk/tzgg/202505/t20250506_41877.html",
        title="关于做好2025年汛期地质灾害群测群防工作的通知",
        record_title="关于做好2025年汛期地质灾害群测群防工作的通知_通知公告_硖口县人民政府",
        date="2025-05-06",
        record_date="2025-05-06",
        notes="modern portal: 索引号 table, a document number (neutral), the document's 联系人/电话 beside the site's 12345 line in the footer, an attachment list, print/close and open-on-phone prompts, share bar",
        page="""
<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>关于做好2025年汛期地质灾害群测群防工作的通知_通知公告_硖口县人民政府</title>
<link rel="stylesheet" href="/css/main.css"><script src="/js/jquery.min.js"></script></head>
<body><header><div class="logo">⟦m 硖口县人民政府⟧</div>
<nav><ul><li>⟦l 首页⟧</li><li>⟦l 政务公开⟧</li><li>⟦l 办事服务⟧</li><li>⟦l 政民互动⟧</li><li>⟦l 走进硖口⟧</li></ul></nav></header>
<div class="crumb">⟦m 您现在所在：首页 &gt; 政务公开 &gt; 通知公告⟧</div>
<table class="idx"><tr><td>⟦m 索引号：11532401MB0C44712X/2025-00391⟧</td><td>⟦m 发布机构：县自然资源局⟧</td></tr>
<tr><td>⟦m 主题分类：国土资源、能源⟧</td><td>⟦m 发布日期：2025-05-06⟧</td></tr></table>
<h1>{T}</h1>
<p class="wh">硖自然资发〔2025〕17号</p>
<div class="TRS_Editor">
{BODY}
</div>
<div class="btns"><a>⟦a 【打印本页】⟧</a><a>⟦a 【关闭窗口】⟧</a></div>
<div class="qr">⟦a 扫一扫，在手机上继续看⟧</div>
<div class="share">⟦l 转发到：微信 ｜ 微博 ｜ QQ空间⟧</div>
<footer><p>⟦m 主办：硖口县人民政府办公室　承办：县大数据服务中心⟧</p><p>⟦m 政务服务便民热线：12345（全天候）⟧</p><p>⟦m 滇ICP备20007312号-1　网站标识码：5323010004⟧</p></footer>
</body></html>
""",
        body="""
各乡镇人民政府，县直有关单位：
我县已进入主汛期，泥石流、滑坡等地质灾害易发多发。为切实做好汛期地质灾害群测群防工作，保障人民群众生命财产安全，现将有关事项通知如下。
一、落实监测责任。各乡镇要对辖区内47处泥石流隐患沟谷逐一明确监测员，监测员每天巡查不少于一次，强降雨期间实行加密巡查。
二、完善预警信号。各隐患点要配备铜锣、手摇报警器等简易预警设施，并在醒目位置设置撤离路线牌，确保群众熟知预警信号和避险地点。
三、开展避险演练。6月15日前，各乡镇要在威胁人数较多的隐患点至少组织一次避险转移演练，演练情况报县自然资源局备案。
四、严格值班报告。汛期实行24小时值班，发现险情要立即组织群众撤离，并在30分钟内电话报告。
联系人：何嘉川　电话：0893-7726015
附件：1.硖口县泥石流隐患点监测责任表
2.地质灾害险情速报表
硖口县自然资源局
2025年5月6日
""",
    ),
    dict(
        slug="news-cihu-buffalo-milk-photo-captions",
        site="磁湖新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.cihunews.example.cn/bendi/2025-03/18/c_60318.html",
        title="磁湖首家水牛奶加工厂投产　日处理鲜奶30吨",
        record_title=None,
        date="2025-03-18",
        record_date="2025-03-18",
        notes="no record title: the headline on the page; byline with publish time; photo captions between paragraphs; an editor line glued after the last paragraph; hot list and app-download box",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>磁湖首家水牛奶加工厂投产 日处理鲜奶30吨-磁湖新闻网</title></head>
<body><div class="top">⟦m 磁湖新闻网 · 磁湖县融媒体中心主办⟧ <a>⟦a 登录⟧</a> <a>⟦a 注册⟧</a></div>
<div class="menu">⟦l 本地　时政　民生　乡村　视频　专题⟧</div>
<div class="pos">⟦m 当前位置：首页 &gt; 本地 &gt; 乡村振兴⟧</div>
<h1>{T}</h1>
<div class="byline">⟦m 2025-03-18 08:40　来源：磁湖新闻网　记者：龚一帆⟧</div>
<div class="article">
{BODY}
</div>
<div class="hot"><h3>⟦l 24小时热读⟧</h3><ol><li>⟦l 县城东环路3月20日起封闭施工⟧</li><li>⟦l 江坝镇油菜花观赏期预报⟧</li></ol></div>
<div class="app">⟦a 下载“掌上磁湖”客户端，本地新闻随时看⟧</div>
<div class="foot">⟦d 磁湖新闻网版权所有，未经书面授权不得转载⟧　⟦m 违法和不良信息举报：0763-5219110⟧</div>
</body></html>
""",
        body="""
3月17日，位于磁湖县江坝镇的县首家水牛奶加工厂正式投产，设计日处理鲜奶30吨，可带动周边1200余户养殖户增收。
走进厂区，一排排不锈钢储奶罐整齐排列，从收奶、检测到杀菌、灌装，全部在封闭的生产线上完成。
⟦m ▲工人在灌装车间检查水牛奶包装。（记者 龚一帆 摄）⟧
“以前水牛奶只能就近卖给小作坊，价格上不去。现在工厂敞开收购，每公斤比过去多卖两块钱。”江坝镇养殖户韦春兰说，她家养了14头水牛，今年收入有望突破10万元。
据了解，该项目总投资1.6亿元，由县农业投资公司与一家乳品企业合作建设，产品包括巴氏杀菌水牛奶、水牛奶酸奶和奶酪等。
⟦m ▲养殖户把刚挤的鲜奶送到收奶站。⟧
县农业农村局负责人介绍，全县水牛存栏已达2.1万头，下一步将推广良种繁育和标准化养殖，力争三年内水牛奶年产量翻一番。⟦m （编辑：滕小溪　校对：陆闽）⟧
""",
    ),
    dict(
        slug="forum-xikou-flyfishing-summary-junk",
        site="溪口钓友会论坛 (invented, Discuz-style text)",
        style="论坛",
        genre="活动总结",
        kind="summary",
        form="text",
        source="https://bbs.xikou-diaoyou.example.net/thread-40917-1-1.html",
        title="溪口飞蝇钓俱乐部2024年秋季放流护溪活动小结",
        record_title="[转帖] 溪口飞蝇钓俱乐部2024年秋季放流护溪活动小结（多图）",
        date="2024-11-10",
        date_also=["2024-11-12"],
        notes="forum thread text: junk lines and junk glued after 。; a reposted summary dated under its signature, the post two days later; floors, a login prompt and a forum footer",
        junk=dict(lines=2, glued=3),
        page="""
!m 溪口钓友会论坛 › 飞蝇钓专区 › 活动记录
!m 查看：906 ｜ 回复：11
!t [转帖] 溪口飞蝇钓俱乐部2024年秋季放流护溪活动小结（多图）
!m 老竿子 发表于 2024-11-12 19:33 ｜ 只看楼主 ｜ 电梯直达
!m 该帖子最后由 老竿子 于 2024-11-12 19:40 修改
{BODY}
!a 点赞　收藏本帖　举报
!l 2# 北溪飞线 ：去年也参加了，今年鱼苗明显多了
!l 3# 钓鱼不吹牛 ：支持！下次护溪叫上我
!a 登录后方可参与讨论　［登录］［注册新账号］
!m 溪口钓友会论坛 ｜ 手机版 ｜ 联系站务
""",
        body="""
11月9日，溪口飞蝇钓俱乐部联合县农业农村局渔政股，在砗川上游开展秋季增殖放流和护溪清理活动，俱乐部会员及家属共46人参加。
活动当天，共放流本地溪鱼苗种8万尾，放流前由渔政人员对苗种进行了检验检疫，确保规格和质量达标。
放流结束后，会员们分成四组沿河清理垃圾，清理河段约3.5公里，清出废弃渔网、塑料瓶等杂物十余袋。
俱乐部一贯倡导“钓获即放”，本次活动中再次向会员重申：禁渔期内不垂钓，提倡使用无倒刺鱼钩，拍照后尽快将鱼放回水中。
下一步，俱乐部将配合渔政部门开展巡河志愿服务，每月组织一次护溪巡查。
溪口飞蝇钓俱乐部
2024年11月10日
""",
    ),
    dict(
        slug="blog-banlan-dragonfly-survey-tags-archive",
        site="斑斓自然笔记 (invented, WordPress-style blog)",
        style="博客",
        genre="心得体会",
        kind="other",
        form="html",
        source="https://banlan-notes.example.blog/2025/07/21/campus-dragonfly/",
        title="带学生做校园蜻蜓调查的一点记录",
        record_title="带学生做校园蜻蜓调查的一点记录 | 斑斓自然笔记",
        date="2025-07-21",
        notes="blog: bracketed post time, tag cloud and archive in the sidebar, comment form; sentences about 扫码 belong to the text",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>带学生做校园蜻蜓调查的一点记录 | 斑斓自然笔记</title></head>
<body><div id="site-title">⟦m 斑斓自然笔记⟧</div><div id="tagline">⟦m 一个初中生物老师的野外小本子⟧</div>
<div id="main"><article><h2 class="entry-title">{T}</h2>
<div class="entry-meta">⟦m [2025-07-21 21:06] 分类：自然教育 ｜ 阅读(212)⟧</div>
<div class="entry-content">
{BODY}
</div>
<div class="entry-tags">⟦l 标签：蜻蜓 / 自然教育 / 研学⟧</div>
<div class="nav-links">⟦l « 暑假观鸟营报名啦⟧ ⟦l 夜观萤光菌的那个晚上 »⟧</div>
<div id="respond"><h3>⟦l 发表评论⟧</h3><p>⟦a 昵称（必填）　邮箱（不会公开）　提交评论⟧</p></div></article></div>
<aside><h4>⟦l 标签云⟧</h4><p>⟦l 鸟类 昆虫 植物 校园 研学 夜观⟧</p><h4>⟦l 文章归档⟧</h4><ul><li>⟦l 2025年7月 (4)⟧</li><li>⟦l 2025年6月 (6)⟧</li></ul></aside>
<footer>⟦d 本站文字除注明外均为原创，转载请保留出处⟧　⟦m 自豪地采用 WordPress⟧</footer>
</body></html>
""",
        body="""
这个学期，我带着初二生物兴趣小组的十二个孩子，在校园和后山水塘做了一次为期八周的蜻蜓调查。
我们把水塘周边划成三个样段，每周二和周五下午各观察一次，记录看到的种类、数量和行为。
为了方便记录，我们把记录表做成了二维码，学生在现场扫码就能上传照片和数据，回到教室再一起核对。
八周下来，孩子们一共记录到蜻蜓和豆娘11种，其中黄蜻数量最多，还拍到了碧伟蜓在水面产卵的过程。
最让我高兴的是，有两个平时不爱说话的孩子，成了小组里的“识别高手”，主动给低年级同学讲解。
下学期，我们打算把调查扩展到校外的小溪，看看水质不同的地方，蜻蜓的种类会不会有差别。
""",
    ),
    dict(
        slug="wechat-bianchuan-leprosy-village-letter",
        site="砭川皮防志愿者 (invented account, mirror site)",
        style="公众号镜像",
        genre="倡议书",
        kind="letter",
        form="text",
        source="https://gzh-cundang.example.com/a/bianchuan-pf/20250108_01.html",
        title="关于到砭川康复村开展“周末陪伴”志愿服务的倡议",
        record_title="倡议丨关于到砭川康复村开展“周末陪伴”志愿服务的倡议",
        date="2025-01-08",
        notes="WeChat mirror: account line with date, 原创 label, follow and 在看 prompts, previous posts list, a mirror notice; a sign-up by QR code belongs to the text",
        indent="\u3000\u3000",
        page="""
!m 公号存档站 › 砭川皮防志愿者
!t 倡议丨关于到砭川康复村开展“周末陪伴”志愿服务的倡议
!m 原创　砭川皮防志愿者　2025-01-08 18:30　发表于砭川
{BODY}
!a 点亮“在看”，让更多人知道康复村
!a 长按识别二维码，关注砭川皮防志愿者
!l 往期推荐 ｜ 康复村的老人们过了一个热闹的冬至
!l 往期推荐 ｜ 我们为什么要消除对麻风病的偏见
!d 本页内容由存档站自动抓取，著作权归原公众号所有
""",
        body="""
亲爱的朋友们：
在砭川县城西北的山坳里，有一个住着28位麻风病康复老人的小村子。他们的病早已治愈，但因为年纪大、身体有残疾，很多人行动不便，也很少有人来看望。
为了让老人们的周末不再冷清，我们倡议大家加入“周末陪伴”志愿服务：
一、每月第二个和第四个星期六上午，到康复村陪老人聊天、读报、理发、打扫房间；
二、有医疗、康复专业背景的朋友，可以协助村医为老人做简单的伤口护理和康复训练；
三、麻风病早已可防可治，日常接触不会传染，请大家放下顾虑，用平常心对待每一位老人。
有意参加的朋友，可扫描文末二维码填写报名表，我们将在活动前三天电话联系。
砭川县皮肤病防治站志愿服务队
2025年1月8日
""",
    ),
    dict(
        slug="docshare-daoxiang-plan-rice-blast-oneline",
        site="稻香文档 (invented, sharing page)",
        style="文档分享",
        genre="工作方案",
        kind="plan",
        form="text",
        source="https://www.daoxiangdoc.example.cn/p-55810937.html",
        title="碡阳县2025年水稻稻瘟病统防统治工作方案",
        record_title=None,
        date="2025-06-20",
        notes="no record title: the title shown once above a body all on one line; an upload stamp (no date); a coins prompt and a 'report this document' link",
        oneline=True,
        indent="\u3000\u3000",
        page="""
!m 稻香文档　农业农林 > 植物保护
{T}
!m 上传者：碡阳植保　｜　2025-07-03 上传　｜　14页　｜　下载 57
{BODY}
!a 下载本文档需要 5 个稻香币，去充值 >
!l 相似文档：晚稻病虫害绿色防控技术方案　小麦赤霉病防控预案
!a 举报该文档
""",
        body="""
为有效控制水稻稻瘟病发生危害，保障全县粮食生产安全，结合我县实际，制定本方案。
一、防控目标。全县水稻稻瘟病统防统治覆盖率达到百分之五十以上，病害损失率控制在百分之三以内。
二、防控重点。重点抓好叶瘟和穗颈瘟防控，以山区、半山区的常发区和感病品种种植区为重点区域。
三、主要措施。一是加强病情监测，县植保站在六个乡镇设立系统观测点，每五天调查一次；二是推行统防统治，依托十二家专业化服务组织开展无人机统一施药；三是推广抗病品种和健身栽培技术，减少化学农药使用。
四、工作要求。各乡镇要明确分管领导和技术人员，及时上报防治进度，确保防控措施落实到田间地头。
碡阳县植保植检站
2025年6月20日
""",
    ),
    dict(
        slug="edu-shazhou-notice-field-hockey-league-table",
        site="砂洲区教育局 (invented, education portal)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.shazhou.example.gov.cn/tzgg/2025/0402/6013.html",
        title="关于举办砂洲区第三届中小学曲棍球联赛的通知",
        record_title="关于举办砂洲区第三届中小学曲棍球联赛的通知-砂洲区教育局",
        date="2025-03-31",
        date_also=["2025-04-02"],
        notes="education portal: a schedule table one row a paragraph (cells apart by ideographic spaces), the organiser's contact and e-mail in the body, a visit counter and a 'return to top' link; 成文日期 two days before the page date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于举办砂洲区第三届中小学曲棍球联赛的通知-砂洲区教育局</title></head>
<body><div class="banner">⟦m 砂洲区教育局　立德树人　办好人民满意的教育⟧</div>
<div class="nav">⟦l 首页 ｜ 机构概况 ｜ 教育动态 ｜ 通知公告 ｜ 招生考试 ｜ 办事指南⟧</div>
<div class="wz">⟦m 当前位置：首页 → 通知公告⟧</div>
<h3 class="tit">{T}</h3>
<div class="sj">⟦m 发布时间：2025-04-02　文章来源：体卫艺科　浏览次数：441⟧</div>
<div class="nr">
{BODY}
</div>
<div class="dy">⟦a [ 打印 ]　[ 返回顶部 ]⟧</div>
<div class="ft">⟦m 砂洲区教育局　地址：砂洲区滨江路88号　电话：0751-3360201⟧<br>⟦m 粤ICP备18066107号⟧</div>
</body></html>
""",
        body="""
各中小学：
为推动校园曲棍球运动普及，丰富学生课余体育生活，经研究，决定举办砂洲区第三届中小学曲棍球联赛。现将有关事项通知如下。
一、比赛分组及时间
组别　比赛时间　比赛地点
小学组　4月19日至20日　砂洲区第二实验小学
初中组　4月26日至27日　砂洲区体育中心曲棍球场
高中组　5月10日至11日　砂洲区体育中心曲棍球场
二、参赛办法
每校每组限报一队，每队报领队1人、教练员1人、运动员不超过16人。参赛学生须为本校在籍学生，并购买意外伤害保险。
三、报名要求
请各校于4月10日前将报名表发送至邮箱szqgq2025@shazhou-edu.example.cn，逾期不予受理。
联系人：蓝卫东　电话：0751-3360218
砂洲区教育局
2025年3月31日
""",
    ),
    dict(
        slug="oa-qiwan-minutes-hovercraft-safety",
        site="磲湾气垫船客运公司OA (invented intranet)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://oa.qiwan-hover.example.local/docs/meeting/2025/0314-3",
        title="2025年第3次安全生产例会纪要",
        record_title="【会议纪要】2025年第3次安全生产例会纪要",
        date="2025-03-14",
        notes="intranet minutes: 时间/地点/主持/参会/记录 lines and a vote count kept; OA breadcrumb, drafter and read counts, export/print/forward buttons, a confidentiality line and the routing trail",
        page="""
!m 磲湾客运协同办公 › 公文管理 › 会议纪要
!t 【会议纪要】2025年第3次安全生产例会纪要
!m 拟稿：安全技术部 邹宁　审核：副总经理 乔岳　已阅 46 人
!a 导出PDF　打印　转办
{BODY}
!d 内部资料，请勿外传
!l 流转记录：安全技术部（已办）→ 总经理办公室（已阅）→ 各船队（待阅）
""",
        body="""
时间：2025年3月14日上午9:00
地点：公司三楼调度会议室
主持：乔岳
参会：各船队队长、机务部、调度中心、安全技术部负责人
记录：邹宁
会议通报了一季度气垫船运行安全情况，研究了春季大风天气停航标准和气囊检修计划，形成如下意见：
一、风力达到6级或浪高超过1.5米时，调度中心应立即发布停航指令，各船队不得擅自开航。
二、机务部于4月底前完成全部8艘气垫船围裙和气囊的检查，发现磨损超标的一律更换。
三、各船队每月组织一次乘客疏散演练，演练记录报安全技术部存档。
会议对停航标准修订稿进行了表决，应到11人，实到11人，同意11票，通过。
""",
    ),
    dict(
        slug="qa-wenhe-answer-injured-tortoise",
        site="问禾问答 (invented)",
        style="问答社区",
        genre="答问",
        kind="other",
        form="html",
        source="https://wenhe-qa.example.com/question/7710291",
        title="捡到一只受伤的陆龟该怎么办？需要上报吗",
        record_title=None,
        date="2025-05-14",
        notes="Q&A page: the question as the title (no record title), answerer line with 回答于 date, vote and report buttons, more answers and related questions; the answer's own advice to call the forestry line is body",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>捡到一只受伤的陆龟该怎么办？需要上报吗 - 问禾问答</title></head>
<body><div class="hdr">⟦m 问禾问答⟧ <span>⟦a 提问⟧</span> <span>⟦a 登录/注册⟧</span></div>
<div class="q"><h1>{T}</h1><p class="qmeta">⟦m 提问者：晨跑的阿柚　·　1.2万次浏览⟧</p></div>
<div class="ans"><div class="author">⟦m 砉原县野生动物救护站 志愿者 ｜ 回答于 2025-05-14⟧</div>
{BODY}
<div class="act">⟦a 赞同 96　反对　举报⟧</div></div>
<div class="more">⟦l 查看全部 7 个回答⟧</div>
<div class="rel"><h4>⟦l 相关问题⟧</h4><p>⟦l 路边捡到受伤的鸟要怎么喂？⟧</p><p>⟦l 乌龟和陆龟有什么区别？⟧</p></div>
<div class="ft">⟦d 回答内容仅代表答主个人观点⟧　⟦m © 2025 问禾问答⟧</div>
</body></html>
""",
        body="""
先说结论：需要，而且越早越好。
很多陆龟属于国家重点保护野生动物，个人不能自行饲养，也不能转卖或放生到不合适的地方。
捡到后可以先这样做：
1.把它放进透气的纸箱，垫上干毛巾，放在阴凉安静的地方，不要喂食，也不要泡水。
2.拍几张照片，记下捡到的时间和地点。
3.尽快拨打当地林业部门或野生动物救护站的电话，我们救护站的值班电话是0759-6613020，工作人员会上门接收。
如果伤口在流血，可以用干净的纱布轻轻按住，但不要涂抹药膏，交给救护站的兽医处理。
""",
    ),
]

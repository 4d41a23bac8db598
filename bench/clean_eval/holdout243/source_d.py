"""holdout243, part D: county forums, download stations, personnel-exam sites, tender portals, law firms.
Invented text (places, people, sites, numbers, URLs); written by hand, case by case.
See ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="gaochuan-zaixian-forum-found-suitcase-tag",
        site="郜川在线论坛 (invented county forum)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="https://bbs.gaochuanzx.com/thread-1180662-1-1.html",
        title="客运站门口捡到一个挂着行李牌的箱子，寻失主",
        record_title="[寻物招领] 客运站门口捡到一个挂着行李牌的箱子，寻失主 - 郜川生活圈 - 郜川在线论坛",
        date=None,
        notes="a county forum: a weather line, a decoration ad, jammer fonts inside the post, a medal row, an official-reply link; "
        "post time '前天 18:02' (no date); the police station's own 值班电话 in the body beside the forum's ad line",
        page="""
<html><head><meta charset="gbk"><title>[寻物招领] 客运站门口捡到一个挂着行李牌的箱子，寻失主 - 郜川生活圈 - 郜川在线论坛</title>
<script src="static/js/forum.js?gc2"></script></head><body>
<div id="toptb">⟦m 郜川在线论坛⟧　⟦m 今日郜川：多云转小雨 14～21℃⟧　⟦a <a>网友登录</a>｜<a>新用户注册</a>⟧</div>
<div class="ad-top">⟦w 郜川本地装修找匠心家装，免费上门量房 0739-6688521⟧</div>
<div id="pt">⟦m 郜川在线论坛 › 郜川生活圈 › 寻人寻物⟧</div>
<table><tr><td class="pls">⟦m 河边的风⟧<br>⟦m 勋章：热心网友 · 老郜川⟧</td>
<td class="plc"><h1>⟦t [寻物招领] 客运站门口捡到一个挂着行李牌的箱子，寻失主⟧</h1>
<div class="authi">⟦m 发表于 前天 18:02　|　只看该作者⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="official"><a href="/gov/reply/3307">⟦l 【已转交】城关派出所官方回复（1）⟧</a></div>
</td></tr></table>
<div class="reply">⟦l 沙发 小鱼儿：好人一生平安，帮顶！⟧</div>
<div id="f_pst">⟦a 回帖需先绑定手机号⟧</div>
<div id="ft">⟦m 郜川在线论坛 版权所有　湘ICP备14020918号⟧</div>
</body></html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=2),
        body="""
前天下午五点多，我在县汽车客运站东门的公交站台旁边，看到一个黑色的拉杆箱，等了半个多小时也没人来拿。
箱子拉杆上系着一个蓝色的行李牌，上面写的姓名是“刘某华”，目的地写的是邺川，电话号码有一位被雨水泡花了，打了几个都不对。
我已经把箱子交到城关派出所了，没有打开过。失主或者认识失主的朋友，请带上身份证到派出所认领，值班电话0739-6600110。
也提醒大家，出门在外行李牌上的字最好用防水的笔写，电话号码写清楚。
""",
    ),
    dict(
        slug="lingxi-forum-text-early-bus-tickets",
        site="酃溪论坛 (invented county forum), thread saved as text",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="http://bbs.lingxi.cc/forum.php?mod=viewthread&tid=506213",
        title="酃溪到邺川的早班车票为啥总买不到？",
        record_title="【出行求助】酃溪到邺川的早班车票为啥总买不到？（附购票截图） - 百姓议事厅 - 酃溪论坛",
        date=None,
        notes="a county forum thread as text: a help prefix, a screenshot aside and a board-and-site suffix in the title; "
        "post time '4 天前'; a screenshot placeholder between paragraphs; an official-reply link and floors below",
        page="""
!m 酃溪论坛 · 百姓议事厅
!m 今日天气：晴 9～18℃　｜　在线 1382 人
!t 【出行求助】酃溪到邺川的早班车票为啥总买不到？（附购票截图）
!m 楼主 山茶花开　发表于 4 天前　查看 5120　回复 64
{BODY}
!l 【官方回复】县交通运输局：已收到，正在协调客运公司核实。
!l 2# 老酃溪：同问，上周我也没抢到。
!l 3# 雨后青山：建议大家多提，人多了才会加班车。
!a 高级模式　　发表回复
!m 酃溪论坛　站务QQ：3307715502
""",
        body="""
我每周一都要去邺川上班，要赶县汽车站早上6点40那班车。以前提前一天在窗口买票都有座，这两个月不一样了，头天晚上八点放票，手机上一刷就没了。
⟦m ［购票截图 2 张，点击查看大图］⟧
问了售票员，说早班车只有一辆，三十多个座位，有一半被网上预订了，窗口只留几张。可是去邺川上班、看病的人那么多，一辆车根本不够。
我的建议是：一是早班车增加一个班次，或者换成大一点的车；二是给不会用手机的老人留一些窗口车票；三是能不能办个月票，像我这种每周固定往返的，就不用每次都抢了。
不知道有没有和我一样的朋友，大家一起说说。
""",
    ),
    dict(
        slug="ziyuanyuan-download-rules-manuscript-doc",
        site="好资料资源园 (invented download station, gb2312 table layout)",
        style="资料下载站",
        genre="规范",
        kind="rule",
        form="html",
        source="http://www.haoziliaoyuan.net/soft/jiaoan/20418.html",
        title="小学生作文稿纸书写规范（教师指导版）",
        record_title="小学生作文稿纸书写规范（教师指导版）.doc",
        date=None,
        notes="a download station's file-info table (size, format, update date, downloads), three download links, an unzip "
        "password, a dead-link report, a floating ad; file-name title; a numbered list of rules; no date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>小学生作文稿纸书写规范（教师指导版）.doc_好资料资源园</title>
<script language="javascript" src="/js/down.js"></script></head><body>
<table width="980" align="center"><tr><td>⟦m 好资料资源园⟧　⟦m 教师资料免费共享⟧</td><td align="right"><a>⟦a 设为首页⟧</a> <a>⟦a 收藏本站⟧</a></td></tr></table>
<table width="980" align="center"><tr><td>⟦m 当前位置：好资料资源园 → 教案课件 → 语文教学 → 详细信息⟧</td></tr></table>
<table width="980" align="center" class="info" border="1">
<tr><td>⟦m 资料名称⟧</td><td>{T}</td></tr>
<tr><td>⟦m 资料大小：46 KB⟧</td><td>⟦m 资料格式：DOC⟧</td></tr>
<tr><td>⟦m 更新日期：2025-02-27⟧</td><td>⟦m 下载次数：1902⟧</td></tr>
<tr><td>⟦m 运行环境：WPS / Office⟧</td><td>⟦m 授权方式：免费资料⟧</td></tr>
</table>
<table width="980" align="center"><tr><td>
<p>⟦m 资料简介：⟧</p>
{BODY}
</td></tr></table>
<table width="980" align="center"><tr><td>
<p>⟦a 下载地址：⟧ <a>⟦a 电信高速下载⟧</a> <a>⟦a 联通高速下载⟧</a> <a>⟦a 本地备用下载⟧</a></p>
<p>⟦a 解压密码：www.haoziliaoyuan.net⟧</p>
<p><a>⟦a 下载不了？点此报告失效链接⟧</a></p>
</td></tr></table>
<div style="position:absolute;right:10px;top:300px">⟦w 论文、教案代写代改 QQ 1590337861⟧</div>
<table width="980" align="center"><tr><td>⟦m Copyright 2010-2025 好资料资源园 赣ICP备10018835号⟧</td></tr></table>
</body></html>
""",
        p_html="<p>{}</p>",
        body="""
为规范学生作文书写，提高卷面质量，结合低中高年级教学实际，提出以下书写规范，供语文教师指导学生时参考。
1.题目写在第一行正中间，字数较少的题目可以前后各空几格。
2.署名写在第二行，姓名偏右，班级写在姓名前面。
3.每段开头空两格，回行顶格写。
4.一个格子写一个字，字要写在格子正中，大小约占格子的三分之二。
5.标点符号占一格，省略号、破折号占两格；行首不出现逗号、句号、问号等。
6.修改时用规范的修改符号，不在稿纸上乱涂乱画，保持卷面整洁。
7.低年级学生可使用二百字稿纸，中高年级使用四百字稿纸。
""",
    ),
    dict(
        slug="ziyuanyuan-text-procedure-datestamp-wps",
        site="好资料资源园 (invented), file page saved as text",
        style="资料下载站",
        genre="规程",
        kind="rule",
        form="text",
        source="http://www.haoziliaoyuan.net/soft/guizhang/20655.html",
        title="邮政营业网点日戳使用管理规程",
        record_title="邮政营业网点日戳使用管理规程（第三次修订·2025）.wps",
        date=None,
        notes="a download page as text: a file-name title with a version aside; 第N条 articles that speak of 扫码 and 打印 as content; "
        "the file's update date and download lines are no dates; three mirror links and a password line",
        page="""
!m 好资料资源园 → 规章制度 → 行业制度
!t 邮政营业网点日戳使用管理规程（第三次修订·2025）.wps
!m 大小：31 KB　｜　格式：WPS　｜　更新：2025-03-02　｜　下载：466
!m 资料简介：
{BODY}
!a 【电信下载】　【联通下载】　【备用下载】
!a 解压口令见压缩包注释
!d 本站资料均来源于网络，仅供学习研究，如有侵权请来信删除。
""",
        body="""
第一条　为加强营业网点日戳管理，保证邮件戳记清晰、准确，制定本规程。
第二条　日戳由网点负责人指定专人保管，每日营业开始前领用，营业结束后交回，并在《日戳领用登记簿》上签字。
第三条　每日营业前，保管人应调整日戳日期，并在登记簿上试盖一枚，由网点负责人核对无误后方可使用。
第四条　加盖日戳应清晰、端正，不得重叠、倒盖，不得在空白纸张或未贴足邮资的信件上加盖。
第五条　日戳损坏、字口磨损的，应立即停用并报上级部门更换，不得自行修补。
第六条　网点可为客户提供扫码查询邮件轨迹服务，需要打印收寄凭证的，由营业员在系统中打印后交客户。
第七条　本规程自发布之日起施行。
""",
    ),
    dict(
        slug="yechuan-pta-notice-answer-sheets-paper",
        site="邺川人事考试网 (invented personnel-exam site)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://www.ycrsks.cn/ksgg/2025/0509/4417.html",
        title="关于2025年邺川市事业单位公开招聘笔试使用专用答题稿纸的公告",
        record_title="【笔试提醒】关于2025年邺川市事业单位公开招聘笔试使用专用答题稿纸的公告 _ 邺川人事考试网",
        date="2025-05-08",
        date_also=["2025-05-09"],
        notes="a personnel-exam site: a maintenance banner, an admission-ticket float, the exam centre's own 咨询电话 beside the "
        "site's technical line; sentences that speak of 下载/打印 准考证 as content; the site's date differs from the 成文日期",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【笔试提醒】关于2025年邺川市事业单位公开招聘笔试使用专用答题稿纸的公告 _ 邺川人事考试网</title>
<script src="/js/float-entry.js"></script></head><body>
<div class="notice-bar">⟦d 系统将于5月11日0:00—6:00升级维护，届时暂停报名照片审核⟧</div>
<div class="top">⟦m 邺川人事考试网⟧　⟦m 邺川市人事考试中心主办⟧</div>
<div class="nav">⟦m 首页 | 考试公告 | 报名入口 | 成绩查询 | 政策法规⟧</div>
<div class="pos">⟦m 首页 » 考试公告 » 事业单位⟧</div>
<div class="main">
<h2>{T}</h2>
<p class="meta">⟦m 发布日期：2025-05-09　来源：考务科⟧</p>
{BODY}
</div>
<div class="float-entry"><a>⟦a 准考证打印入口 ›⟧</a><a>⟦a 报名信息自查 ›⟧</a></div>
<div class="foot">⟦m 网站技术支持电话：0736-2150871（仅解答系统操作问题）⟧<br>⟦m 湘ICP备16009413号⟧</div>
</body></html>
""",
        p_html='<p class="txt">{}</p>',
        body="""
各位报考人员：
2025年邺川市事业单位公开招聘笔试定于5月24日举行。为规范考试作答，本次笔试《综合写作》科目统一使用专用答题稿纸，现将有关事项公告如下：
一、专用答题稿纸为横排方格样式，每页五百格，由考点随试卷统一发放，考生不得使用自带纸张作答。
二、考生应在稿纸指定区域作答，超出作答区域或在稿纸背面书写的内容无效；严禁在稿纸上填写姓名或作任何标记。
三、请考生于5月20日至23日登录本网站下载并打印准考证，考试时携带准考证和有效身份证件入场。
咨询电话：0736-2150866（工作日8:30—17:30）
邺川市人事考试中心
2025年5月8日
""",
    ),
    dict(
        slug="binshui-pta-text-notice-interview-tickets",
        site="邠水县人力资源和社会保障局 考试信息栏 (invented), page as text",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://rsj.binshui.gov.cn/kszx/2025/0610/1172.html",
        title="关于邠水县2025年乡村医生专项招聘面试考生往返车票补助的通知",
        date="2025-06-10",
        notes="an exam page as text: the record gives the title as is; a sign-in float and a technical line beside the "
        "exam office's own 咨询电话; numbered items about 车票 as content; 成文日期 under the signature",
        page="""
!m 邠水县人力资源和社会保障局　考试信息
!m 首页　招考公告　面试安排　成绩公示
{T}
!m 发布日期：2025-06-10　　阅读：1204
!a 考生登录　｜　忘记密码
{BODY}
!m 技术服务：0736-5290011（系统问题）
!m 邠水县人力资源和社会保障局 主办
""",
        body="""
各位面试考生：
为减轻考生负担，对参加2025年乡村医生专项招聘面试的县外考生，给予往返车票补助。现将有关事项通知如下：
1.补助对象：户籍或现居住地在邠水县以外、按时参加面试的考生。
2.补助标准：凭本人实名往返火车票、汽车票据实补助，每人最高200元。
3.办理方式：面试当天签到后，将车票原件或电子客票截图交考务组登记；电子客票需现场扫码核验。
4.补助资金在面试结束后15个工作日内转入考生本人银行卡。
咨询电话：0736-5290135
邠水县人力资源和社会保障局
2025年6月10日
""",
    ),
    dict(
        slug="binshui-ggzy-result-luggage-tags-lots",
        site="邠水县公共资源交易网 (invented tender portal)",
        style="招投标网",
        genre="成交结果公告",
        kind="notice",
        form="html",
        source="https://ggzy.binshui.gov.cn/jyxx/zfcg/cjgg/20250425/9961.html",
        title="邠水县公共交通集团行李牌及行李扎带采购项目成交结果公告",
        record_title="〈结果公示〉邠水县公共交通集团行李牌及行李扎带采购项目成交结果公告 — 交易信息 — 邠水县公共资源交易网",
        record_date="2025-04-25",
        date="2025-04-25",
        notes="a tender portal: a countdown, CA and trading-system hotlines beside the purchaser's and agency's own contacts; "
        "a lots table (one row a paragraph); the record gives the date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>邠水县公共交通集团行李牌及行李扎带采购项目成交结果公告</title>
<script src="/js/countdown.js"></script><script>var ggzyArticle="9961";</script></head><body>
<div class="gg-top">⟦m 邠水县公共资源交易网⟧　<a>⟦a 主体登录⟧</a>　<a>⟦a CA证书办理⟧</a></div>
<div class="gg-nav">⟦m 首页　交易信息　政策法规　办事指南　诚信体系⟧</div>
<div class="gg-pos">⟦m 首页 &gt; 交易信息 &gt; 政府采购 &gt; 成交公告⟧</div>
<h3>{T}</h3>
<div class="gg-meta">⟦m 信息时间：2025-04-25　浏览：233⟧　⟦m 距公示期结束还剩 00天 18时 42分⟧</div>
<div class="gg-body">
{BODY}
</div>
<div class="gg-side"><h4>⟦l 最新成交公告⟧</h4><p>⟦l 邠水县第二中学课桌椅采购成交公告⟧</p><p>⟦l 县客运站候车厅座椅更换项目成交公告⟧</p></div>
<div class="gg-help">⟦m CA数字证书服务热线：400-887-2355⟧　⟦m 交易系统操作咨询：0736-5211560⟧</div>
<div class="gg-foot">⟦m 邠水县公共资源交易中心　地址：邠水县政务中心三楼⟧</div>
</body></html>
""",
        body="""
一、项目编号：BSGJ-2025-CG-014
二、项目名称：邠水县公共交通集团行李牌及行李扎带采购项目
三、成交信息：
包号　采购内容　成交供应商　成交金额（元）
1　防水行李牌（带编号存根）　邺川市宏印包装制品有限公司　38600
2　尼龙行李扎带　鄯岭县联顺塑胶厂　9420
四、公告期限：自本公告发布之日起1个工作日。
五、联系方式
采购人：邠水县公共交通集团有限公司　联系人：梁志平　电话：0736-5263318
代理机构：邺川正信招标咨询有限公司　联系人：方婷　电话：0736-2287046
""",
    ),
    dict(
        slug="lingxi-ggzy-text-inquiry-dorm-hooks",
        site="酃溪县政府采购网 (invented), announcement as text",
        style="招投标网",
        genre="询价公告",
        kind="notice",
        form="text",
        source="http://zfcg.lingxi.gov.cn/xjgg/2025/0811/3320.html",
        title="酃溪县第一中学学生宿舍粘钩及挂件采购询价公告",
        record_title="〔询价·货物类〕酃溪县第一中学学生宿舍粘钩及挂件采购询价公告 ▏酃溪县政府采购网",
        date="2025-08-11",
        notes="a procurement page as text: an items table (one row a paragraph), a sentence telling suppliers to 下载 the inquiry file, "
        "the purchaser's own contact beside the platform's service line; 成文日期 under the signature",
        page="""
!m 酃溪县政府采购网
!m 首页 » 采购公告 » 询价公告
!t 〔询价·货物类〕酃溪县第一中学学生宿舍粘钩及挂件采购询价公告
!m 发布时间：2025-08-11 10:20
!a 【收藏公告】【我要报价】
{BODY}
!m 平台服务电话：0739-7188055（周一至周五）
!m 酃溪县财政局 主办
""",
        body="""
一、采购人：酃溪县第一中学
二、采购内容：
序号　品名　规格要求　数量
1　无痕粘钩　单钩承重不低于3千克　2400个
2　门后挂钩　不锈钢，五钩　600个
3　毛巾挂杆　免打孔，长40厘米　600根
三、报价要求：供应商须具备独立法人资格，所供产品须附承重检测报告。请有意向的供应商于8月15日前在本网下载询价文件，按要求密封报价。
四、报价截止时间：2025年8月18日9时。
五、联系人：郑老师　电话：0739-7109264
酃溪县第一中学
2025年8月11日
""",
    ),
    dict(
        slug="hengzheng-law-article-ticket-refund-case",
        site="邺川衡正律师事务所 (invented law firm)",
        style="律所网站",
        genre="案例评析",
        kind="other",
        form="html",
        source="https://www.hengzhenglaw.cn/anli/2025/0303/611.html",
        title="车票改签不成被收高额手续费，旅客维权获支持",
        record_title="【消费维权·判例】车票改签不成被收高额手续费，旅客维权获支持｜衡正律师事务所",
        date=None,
        notes="a law firm's case note: a lawyer card, a consult float, a 400 line, a repost notice and a 本页地址 block; "
        "a bracketed prefix and a firm suffix in the title; no date in the note (the page shows only a view count)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【消费维权·判例】车票改签不成被收高额手续费，旅客维权获支持｜衡正律师事务所</title>
<script>var _lawstat=["_track","anli611"];</script></head><body>
<div class="law-head">⟦m 衡正律师事务所⟧　⟦m 专业 · 审慎 · 担当⟧　⟦w 法律咨询热线 400-066-3189⟧</div>
<div class="law-nav">⟦m 首页　律所简介　专业领域　律师团队　以案说法　联系我们⟧</div>
<div class="law-main">
<h1>{T}</h1>
<p class="law-meta">⟦m 栏目：以案说法　浏览：1106⟧</p>
{BODY}
<div class="law-card">⟦m 作者：熊若曦 律师　｜　衡正律师事务所合伙人　｜　擅长：消费者权益、合同纠纷⟧</div>
<div class="law-url">⟦m 本页地址：https://www.hengzhenglaw.cn/anli/2025/0303/611.html⟧</div>
<div class="law-note">⟦d 本文为衡正律所原创，转发请注明出处；文中观点不作为个案法律意见。⟧</div>
</div>
<div class="law-side"><h4>⟦l 热门案例⟧</h4><p>⟦l 网购机票被搭售保险，可以要求退还吗⟧</p><p>⟦l 快递丢件只赔三倍运费合理吗⟧</p></div>
<div class="law-float">⟦w 在线咨询律师 ›⟧</div>
<div class="law-foot">⟦m 地址：邺川市郫湖区滨江路66号金融大厦18楼⟧</div>
</body></html>
""",
        body="""
【基本案情】旅客王某通过某票务平台购买了一张邺川至省城的车票，票价168元。出发前两天，王某申请改签，平台提示“该车次不支持改签”，王某只得退票，被扣除手续费50元。王某认为平台未在购票时提示改签规则，遂诉至法院。
【裁判结果】法院审理认为，平台作为经营者，应当以显著方式提示退改规则。本案中，相关规则放在购票页面底部的折叠链接里，未尽到提示义务，判决平台退还王某手续费50元。
【律师说法】消费者在网上购买车票时，要留意退票、改签规则，最好截图保存。如果平台收取的手续费明显高于铁路、客运部门的公开标准，可以先向平台投诉，也可以向消费者协会反映或者提起诉讼。
""",
    ),
    dict(
        slug="hengzheng-law-text-letter-lost-luggage",
        site="邺川衡正律师事务所 (invented), sample page as text",
        style="律所网站",
        genre="律师函",
        kind="letter",
        form="text",
        source="https://www.hengzhenglaw.cn/fanben/2025/0519/628.html",
        title="关于旅客托运行李遗失赔偿事宜的律师函",
        record_title="律师函实务样稿｜关于旅客托运行李遗失赔偿事宜的律师函 — 衡正律所",
        date="2025-05-16",
        notes="a law firm's sample letter as text: a column prefix and a firm suffix in the title; the firm's own phone in the body "
        "beside the site's consult hotline; 成文日期 under the signature",
        page="""
!m 衡正律师事务所 · 文书样稿
!t 律师函实务样稿｜关于旅客托运行李遗失赔偿事宜的律师函
!m 整理：衡正律所消费者权益团队
{BODY}
!w 文书看不懂？拨打衡正法律咨询热线 400-066-3189
!l 相关样稿：快递丢件索赔律师函　｜　航班延误赔偿申请书
!d 样稿中当事人信息已作处理，请勿直接套用。
""",
        body="""
邺川长运客运有限公司：
本所接受旅客陈某的委托，就其托运行李遗失一事，向贵司致函如下：
2025年4月3日，陈某乘坐贵司邺川至桯口的班车，在邺川汽车站办理了行李托运，工作人员为行李系挂了编号为0417的行李牌，并将存根交给陈某。到达桯口后，陈某凭存根提取行李时，贵司告知行李下落不明，至今未能找回。
贵司作为承运人，对托运行李负有妥善保管和交付义务。请贵司自收到本函之日起七日内与本所联系，协商赔偿事宜。逾期未予答复的，陈某将依法提起诉讼。
联系电话：0736-2391570
邺川衡正律师事务所
律师：熊若曦
2025年5月16日
""",
    ),
]

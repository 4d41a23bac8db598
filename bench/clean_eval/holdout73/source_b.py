"""holdout73, part B: ultimate frisbee (clubs, lawns, leagues, referees). Invented text,
sites, places, people and numbers; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="community-lawn-frisbee-rules-wechat-group",
        site="翠屏里社区服务网 (invented)",
        style="社区网站",
        genre="公告",
        kind="notice",
        form="text",
        source="https://www.cuipingli.example.com/notice/2026/0421.html",
        title="关于规范中心草坪飞盘活动的温馨提示",
        record_title="【物业公告】关于规范中心草坪飞盘活动的温馨提示",
        date="2026-04-21",
        notes="residents' site: a join-the-group prompt glued after a paragraph; the property's 报修 hotline in footer; the document's own contact",
        page="""
!m 翠屏里社区服务网　邻里一家亲
!m 首页 › 物业公告
!t 【物业公告】关于规范中心草坪飞盘活动的温馨提示
!m 物业客服中心　发表于 2026-04-21　阅读 1184
{BODY}
!l 👍 有用(52)　💬 留言(19)
!m 24小时报修：0731-2290818
""",
        body="""
各位业主：
近期中心草坪飞盘活动较多，部分业主反映飞盘误伤路人、草坪被踩秃等问题。⟦w 加入翠屏里业主群，扫码备注楼栋号⟧
为兼顾各方需求，现提示如下：飞盘活动请在每日7时至9时、17时至20时进行，其他时段草坪用于休憩。
活动时请避开儿童游乐区，人数较多时请提前向物业登记。
如有建议，请联系物业客服专员范女士，电话：0731-2290826。
翠屏里物业服务中心
2026年4月21日
""",
    ),
    dict(
        slug="univ-frisbee-association-founding-html",
        site="翔宇理工学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.xyit.example.edu.cn/info/1012/28833.htm",
        title="学院极限飞盘协会成立",
        record_title="学院极限飞盘协会成立-翔宇理工学院新闻网",
        date="2026-03-18",
        notes="university news: byline with date, photographer line between paragraphs, share bar, prev/next",
        page="""
<html><head><meta charset="utf-8"><title>学院极限飞盘协会成立-翔宇理工学院新闻网</title><style>.a{}</style></head><body>
<div class="head">⟦m 翔宇理工学院新闻网⟧ <span>⟦m 厚德　笃行　求是　创新⟧</span></div>
<div class="nav">⟦m 学院首页 | 综合新闻 | 校园动态 | 媒体翔宇 | 专题报道⟧</div>
<h1>⟦t 学院极限飞盘协会成立⟧</h1>
<div class="arti-meta">⟦m 作者：团委　戚雨桐　发布时间：2026-03-18　点击数：1456⟧</div>
<div class="v_news_content">
{BODY}
</div>
<div class="share">⟦l 分享到：QQ空间 微博 微信⟧</div>
<div class="pn">⟦l 上一条：我院举办春季学期学风建设推进会⟧<br>⟦l 下一条：图书馆开展世界读书日系列活动⟧</div>
<div class="foot">⟦m 版权所有：翔宇理工学院党委宣传部　地址：翔宇市学府大道1号⟧</div>
</body></html>
""",
        body="""
3月16日，学院极限飞盘协会成立大会在东区运动场举行，首批会员一百二十余人。
⟦m 图为协会会员进行传盘练习（摄影：俞凯）⟧
大会审议通过了协会章程，选举产生了第一届理事会，机械学院学生郝晨当选会长。
院团委负责人表示，极限飞盘强调自我裁判和体育精神，希望协会引导更多同学走出宿舍、走向操场。
""",
    ),
    dict(
        slug="wechat-frisbee-club-newcomer-pledge-mirror",
        site="盘友圈 (invented WeChat mirror)",
        style="公众号镜像",
        genre="倡议书",
        kind="letter",
        form="text",
        source="https://mp.weixin.example.com/s/Fr1sB3e_xQ7",
        title="新手入坑飞盘，请先读这份“飞盘精神”倡议",
        record_title="新手入坑飞盘，请先读这份“飞盘精神”倡议",
        date="2026-05-10",
        notes="WeChat mirror: account line with date, follow prompt, read-original and 在看 row, mirror disclaimer",
        page="""
{T}
!m 原创　翥州飞盘俱乐部　2026-05-10 20:06　发表于翥州
!w 点击上方蓝字关注我们，周末一起来扔盘！
{BODY}
!a 阅读原文　　分享　　在看 88　　赞 201
!l 往期推荐：｜第三季业余联赛分组出炉｜草坪借用攻略｜
!d 本页面为公众号文章镜像，内容版权归原作者所有。
""",
        body="""
各位新盘友：
极限飞盘没有场上裁判，犯规由场上球员自己判定，这就是我们常说的“飞盘精神”。
我们倡议：尊重对手，承认自己的犯规；争议时心平气和地沟通，不大声喧哗、不恶意冲撞。
训练结束后请把场地上的饮料瓶带走，我们借用的草坪，也是邻居们散步的地方。
如果你认同这份倡议，欢迎在文末留言并分享给身边的盘友。
翥州飞盘俱乐部
""",
    ),
    dict(
        slug="oa-frisbee-league-prep-minutes",
        site="翕田能源集团内网 (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://oa.xitianenergy.example.local/doc/view?id=60813",
        title="职工飞盘联赛筹备工作会议纪要",
        record_title="内网公文-职工飞盘联赛筹备工作会议纪要",
        date="2026-04-02",
        notes="intranet minutes: 时间/地点/主持/参会/记录 lines kept in body, approval trail and read count as chrome",
        page="""
!m 翕田能源集团协同办公平台 ▸ 公文管理 ▸ 会议纪要
!t 内网公文-职工飞盘联赛筹备工作会议纪要
!m 拟稿：工会办公室 曲婷　密级：内部　已阅 214 人
{BODY}
!m 流转记录：工会办公室（拟稿）→ 工会主席（审核）→ 办公室（签发）
!a 导出PDF　打印　转发
!d 内部资料，严禁外传
""",
        body="""
时间：2026年4月2日下午3时
地点：集团本部三楼第二会议室
主持：工会副主席 郑凯
参会：各二级单位工会主席、团委书记
记录：曲婷
会议研究了职工飞盘联赛筹备工作，明确如下事项：
1. 联赛于5月中旬开赛，各单位组队不超过两支，每队不少于十二人。
2. 集团工会负责场地租用和保险购买，各单位于4月20日前报送参赛名单。
3. 赛事期间安排医务人员全程值守。
""",
    ),
    dict(
        slug="party-frisbee-friendship-match-speech",
        site="翎川县机关党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://dj.lingchuan.example.gov.cn/jgdj/2026/0516/1977.html",
        title="在县直机关青年干部飞盘友谊赛开幕式上的讲话",
        record_title="【机关党建】在县直机关青年干部飞盘友谊赛开幕式上的讲话",
        date="2026-05-16",
        notes="Party-building page: speaker and date lines under the speech title neutral; scan-to-phone prompt; related column",
        page="""
<html><head><meta charset="utf-8"><title>翎川县机关党建网</title></head><body>
<div class="top">⟦m 翎川县机关党建网⟧ <span>⟦m 县直机关工委主办⟧</span></div>
<div class="dh">⟦m 首页　工作动态　支部风采　党员教育　理论学习⟧</div>
<div class="wz">⟦m 当前位置：首页>>支部风采⟧</div>
<h2>⟦t 在县直机关青年干部飞盘友谊赛开幕式上的讲话⟧</h2>
<p class="sub">县直机关工委书记　贺立新</p>
<p class="sub">（2026年5月16日）</p>
<div class="ewm">⟦a 扫一扫在手机上阅读本文⟧</div>
<div class="text">
{BODY}
</div>
<div class="lm">⟦l 支部风采栏目更多>>⟧</div>
<div class="bottom">⟦m 中共翎川县直属机关工作委员会　版权所有⟧</div>
</body></html>
""",
        body="""
青年干部同志们：
今天，县直机关首届青年干部飞盘友谊赛在这里开幕了。我代表县直机关工委，向参赛的二十四支队伍表示热烈欢迎！
飞盘运动讲团队、讲配合、讲自律，这与我们做好机关工作的要求是相通的。
希望大家赛出水平、赛出风格，以比赛为契机，增进部门之间的交流协作。
最后，预祝比赛圆满成功！
""",
    ),
    dict(
        slug="qa-frisbee-dog-bite-question-title",
        site="问盘网 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.wenpan.example.com/question/558102",
        title="在公园扔飞盘被别人家的狗咬伤了，能要求赔偿吗？",
        record_title=None,
        date=None,
        notes="Q&A: the question is the title (missing in record); answer time 2天前 is no date; vote bar; related questions",
        page="""
!m 问盘网 — 有问题，就会有答案
{T}
!m 提问者：草地上的风　｜　浏览 731 次
!m 最佳回答　律师 卓文涛　回答于 2天前
{BODY}
!l 赞同 46　｜　反对 2　｜　评论 8
!w 法律问题？免费咨询执业律师，点此留言
!l 相关问题：遛狗不牵绳被罚款合法吗？
!l 相关问题：被狗抓伤打疫苗的钱谁出？
""",
        body="""
可以。根据民法典的规定，饲养的动物造成他人损害的，动物饲养人或者管理人应当承担侵权责任。
您可以要求狗主人赔偿医疗费、狂犬疫苗费用以及误工费等合理损失。
建议您保留就医票据和现场照片，如有目击者，可以留下联系方式。
协商不成的，可以向公园所在地派出所反映，或者向人民法院起诉。
""",
    ),
    dict(
        slug="download-old-table-frisbee-rules-doc",
        site="翰墨资料站 (invented)",
        style="资料下载站",
        genre="规则",
        kind="rule",
        form="html",
        source="http://www.hanmozl.example.net/soft/12877.html",
        title="极限飞盘比赛规则（社区联赛版）",
        record_title="极限飞盘比赛规则（社区联赛版）.doc下载",
        date=None,
        notes="old download station: file-info table, three mirror links, dead-link report; upload time is no date",
        page="""
<html><head><meta charset="gbk"><title>极限飞盘比赛规则（社区联赛版）.doc下载_翰墨资料站</title></head><body>
<table width="100%"><tr><td>⟦m 翰墨资料站⟧</td><td>⟦m 资料分类：体育赛事 > 竞赛规则⟧</td></tr></table>
<table class="info">
<tr><td>⟦t 极限飞盘比赛规则（社区联赛版）⟧</td></tr>
<tr><td>⟦m 文件大小：46KB⟧</td><td>⟦m 文件格式：DOC⟧</td><td>⟦m 更新时间：2026-03-29⟧</td></tr>
<tr><td>⟦m 授权方式：免费资料⟧</td><td>⟦m 下载次数：862⟧</td></tr></table>
<div class="intro">
{BODY}
</div>
<table><tr><td>⟦a 电信下载一⟧</td><td>⟦a 联通下载二⟧</td><td>⟦a 本地高速下载⟧</td></tr></table>
<div>⟦a 下载地址无效？点此报告错误⟧</div>
<div>⟦d 本站资料均来自网络，仅供学习研究，请于下载后24小时内删除。⟧</div>
</body></html>
""",
        body="""
一、场地为长方形，长100米、宽37米，两端各设一个得分区。
二、每队场上七人，拿盘队员不得跑动，须在十秒内将飞盘传出。
三、接盘队员在对方得分区内接住飞盘即得一分，先得十五分的队伍获胜。
四、比赛不设裁判，犯规由被犯规一方提出，双方协商处理。
""",
    ),
    dict(
        slug="netdisk-frisbee-referee-handout-pdf",
        site="翱云盘 (invented)",
        style="网盘分享",
        genre="讲义",
        kind="other",
        form="text",
        source="https://pan.aoyun.example.com/s/1FpQ7rK",
        title="飞盘裁判员培训讲义",
        record_title="飞盘裁判员培训讲义.pdf",
        date="2026-06-06",
        notes="cloud-drive share: file name as record title; share expiry and save prompts; date from the document",
        page="""
!m 翱云盘 | 安全存储，随心分享
!m 分享者：翥州飞盘俱乐部　分享时间：2026-06-20 11:32　有效期：7天
!t 飞盘裁判员培训讲义.pdf（1.2MB）
!a 保存到我的网盘　　下载　　举报
!a 在线预览仅显示前2页，开通会员查看全部
{T}
（2026年6月6日）
{BODY}
!d 请勿通过网盘传播违法违规内容，一经发现将封禁账号。
""",
        body="""
一、观察员的职责。极限飞盘比赛原则上由球员自判，高级别赛事可设观察员，协助判定出界、得分和时间。
二、观察员的站位。观察员应分布在边线两侧，始终保持与飞盘的最佳视角。
三、争议处理。球员请求观察员裁决时，观察员应迅速、明确地作出判定，并用规定手势示意。
""",
    ),
    dict(
        slug="snapshot-sports-federation-frisbee-notice-html",
        site="翰阳市体育总会 (invented, search cache)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://cache.sousou.example.com/c?u=http%3A%2F%2Fwww.hysports.example.org.cn%2Ftz%2F2026%2F07.html",
        title="关于举办翰阳市第二届社区飞盘联赛的通知",
        record_title="关于举办翰阳市第二届社区飞盘联赛的通知 - 搜搜快照",
        date="2026-07-02",
        notes="search-cache frame above the page; the page's own header and footer; table of groups",
        page="""
<html><head><meta charset="utf-8"><title>关于举办翰阳市第二届社区飞盘联赛的通知 - 搜搜快照</title></head><body>
<div class="cachebar">⟦d 这是 http://www.hysports.example.org.cn/tz/2026/07.html 的快照，是网页在 2026年7月9日 的存档。⟧<br>⟦d 当前页面可能已经更改，⟧<a>⟦a 点击查看当前页面⟧</a>　⟦a 纯文字版⟧</div>
<hr>
<div class="site">⟦m 翰阳市体育总会⟧</div>
<h3>⟦t 关于举办翰阳市第二届社区飞盘联赛的通知⟧</h3>
<div>⟦m 2026-07-02　｜　竞赛部⟧</div>
{BODY}
<div>⟦m 翰阳市体育总会　联系地址：翰阳市体育路5号⟧</div>
</body></html>
""",
        body="""
各街道办事处、各会员单位：
为推动全民健身，市体育总会定于8月举办第二届社区飞盘联赛，现将有关事项通知如下。
组别　参赛对象　报名截止
公开组　18周岁以上居民　7月25日
青少年组　12至17周岁居民　7月25日
各单位可登录市体育总会网站下载报名表，填写后发送至hysports_js@example.org.cn。
翰阳市体育总会
2026年7月2日
""",
    ),
    dict(
        slug="exam-social-sports-instructor-frisbee-timetable",
        site="翊城市人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.yichengpta.example.gov.cn/ksdt/2026/0811/802.html",
        title="2026年翊城市社会体育指导员（飞盘）技能考核公告",
        record_title="【考务公告】2026年翊城市社会体育指导员（飞盘）技能考核公告",
        date="2026-08-11",
        notes="personnel-exam site: timetable table, the document's 咨询电话 next to the site's technical-support line; a sentence about printing the admission ticket",
        page="""
!m 翊城市人事考试网
!m 首页 ＞ 考试动态 ＞ 考务公告
!t 【考务公告】2026年翊城市社会体育指导员（飞盘）技能考核公告
!m 发布时间：2026年08月11日　访问量：3320
{BODY}
!m 网站技术支持电话：0733-8276600（工作日）
!l 【相关公告】2026年游泳救生员考核公告
""",
        body="""
经研究，决定组织开展2026年社会体育指导员（飞盘项目）技能考核，现将有关事项公告如下。
科目　时间　地点
理论考试　9月5日9:00-10:30　市体育运动学校
技能考核　9月6日8:30起　市全民健身中心
考生须于9月1日起登录本网站打印准考证，凭准考证和身份证参加考核。
咨询电话：0733-8276315。
翊城市体育局
2026年8月11日
""",
    ),
    dict(
        slug="training-youth-frisbee-camp-html-400",
        site="翼动青少年体育培训中心 (invented)",
        style="培训机构",
        genre="简章",
        kind="other",
        form="html",
        source="https://www.yidongsports.example.com/kecheng/feipan-xialingying.html",
        title="2026年青少年飞盘夏令营招生简章",
        record_title="2026年青少年飞盘夏令营招生简章（火热报名中）",
        date=None,
        notes="training school: float box with 400 line and free-trial button; the brochure's own 报名电话 in body; fee table; no date",
        page="""
<html><head><meta charset="utf-8"><title>2026年青少年飞盘夏令营招生简章_翼动体育</title></head><body>
<div class="hd">⟦m 翼动青少年体育培训中心⟧ ⟦m 全国统一咨询热线：400-882-7305⟧</div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 课程体系⟧</li><li>⟦m 师资团队⟧</li><li>⟦m 校区分布⟧</li></ul>
<h1>⟦t 2026年青少年飞盘夏令营招生简章⟧</h1>
<div class="ctn">
{BODY}
</div>
<div class="fix">⟦a 免费试听⟧ ⟦w 在线咨询⟧ ⟦a 预约到校⟧</div>
<div class="ft">⟦d ©2026 翼动体育 保留所有权利⟧</div>
</body></html>
""",
        body="""
翼动飞盘夏令营面向8至15岁青少年，由持证教练带领，在专业草坪场地开展训练。
营期　时间　费用
第一期　7月6日至7月17日　2680元
第二期　7月20日至7月31日　2680元
课程包括传接盘技术、跑位战术和团队游戏，结营时举办家庭展示赛。
报名电话：0736-5508812（翰阳校区），报名时请提供学员身高、体重和过敏史。
""",
    ),
    dict(
        slug="collection-frisbee-memoir-wrap",
        site="翠微闲集 (invented)",
        style="个人文集",
        genre="随笔",
        kind="other",
        form="text",
        source="https://cuiwei.example.net/wenji/juan2/17.html",
        title="五十岁学扔飞盘",
        record_title="《翠微闲集》卷二·第17篇｜五十岁学扔飞盘",
        date=None,
        wrap=62,
        notes="personal collection, hard-wrapped at 62 columns; volume navigation; no date",
        page="""
!m 翠微闲集 · 一个退休教师的笔记
!m 卷二　运动篇
!t 《翠微闲集》卷二·第17篇｜五十岁学扔飞盘
{BODY}
!l ← 第16篇　晨跑十年　　　第18篇　河边的风筝 →
!d 本文集文字均为作者原创，转载请注明出处。
""",
        body="""
女儿从大学回来，拉我去河边草地扔飞盘，我原以为这是年轻人的游戏，扔了几下才知道并不容易。
飞盘出手时手腕要平，力气要从腰上来，我一用蛮力，盘子就歪歪扭扭地栽进草里。
一个夏天下来，我能稳稳地把盘子送到二十米外女儿的手里，她说我进步比她的同学还快。
五十岁学一样新东西，图的不是本事，是和孩子在一块儿的那些傍晚。
""",
    ),
]

"""holdout184, part D: archive boxes (档案盒) — the makers, buyers and users of boxes for
files: offices, clinics, schools, villages. Invented text (sites, places, people, URLs)."""

CASES = [
    dict(
        slug="news-lanpu-acid-free-boxes-text-title-glued",
        site="澜浦日报网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.lanpudaily.example.cn/html/2025-05/12/content_61207.htm",
        title="澜浦县为千余份侨批档案换上无酸档案盒",
        record_title="澜浦县为千余份侨批档案换上无酸档案盒丨澜浦日报",
        date="2025-05-12",
        notes="news text: the title repeated glued before the lead, a time/source line, photo caption on its own line, an editor line glued after the last paragraph",
        page="""
!m 澜浦日报网　　今日澜浦 · 第A03版
!t 澜浦县为千余份侨批档案换上无酸档案盒
!m 2025-05-12 07:35　来源：澜浦日报　作者：卢思源
{BODY}
!a 分享到：朋友圈 / 微博 / 复制链接
!l 延伸阅读：县档案馆开展“国际档案日”开放活动
""",
        body="""
⟦t 澜浦县为千余份侨批档案换上无酸档案盒⟧记者从县档案馆获悉，该馆近日完成了一千一百余份侨批档案的装具更换工作，全部换上了无酸档案盒。
侨批是华侨寄回家乡的书信和汇款凭证，纸张多已发黄变脆，原来存放用的普通纸板盒酸性较强，会加速纸张老化。
⟦m 档案馆工作人员在库房内为侨批档案更换装具。卢思源 摄⟧
县档案馆负责人介绍，新换的无酸档案盒可以有效隔绝灰尘和酸性物质，下一步还将对这批档案进行数字化扫描。⟦m 责任编辑：苏晚晴⟧
""",
    ),
    dict(
        slug="forum-shoucang-box-labelling-tips-jammer-html",
        site="收纳达人论坛 (invented)",
        style="论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="https://bbs.shouna.example.com/thread-66120-1-1.html",
        title="家里的证件票据我是这样用档案盒分类的",
        record_title="家里的证件票据我是这样用档案盒分类的 - 居家收纳 - 收纳达人论坛",
        date=None,
        notes="Discuz-like forum: jammer fonts glued and on a line, floor meta with 4 天前, edit stamp, reply box; no date",
        p_html='<td class="t_f">{}</td>',
        junk=dict(lines=1, glued=2),
        page="""
<html><head><meta charset="utf-8"><title>家里的证件票据我是这样用档案盒分类的 - 居家收纳 - 收纳达人论坛</title></head>
<body>
<div id="hd">⟦m 收纳达人论坛 - 让家更清爽⟧ ⟦a 登录 | 立即注册⟧</div>
<div id="pt">⟦m 论坛 › 居家收纳 › 帖子⟧</div>
<h1>⟦t 家里的证件票据我是这样用档案盒分类的⟧</h1>
<div class="pi">⟦m 楼主 | 阿梨的小窝 | 发表于 4 天前⟧ ⟦l 查看: 3301 | 回复: 52⟧</div>
<table><tr>
{BODY}
</tr></table>
<div class="sign">⟦m 个性签名：断舍离进行时⟧</div>
<div class="rp">⟦l 支持 | 收藏 | 回复 | 举报⟧</div>
<div id="ft">⟦d Powered by Discuz! X3.5⟧</div>
</body></html>
""",
        body="""
家里的证件、合同、保修卡、病历越攒越多，以前都塞在抽屉里，找起来特别费劲，今年我买了六个档案盒，按类别重新整理了一遍。
一号盒放户口本、房产证、结婚证这些重要证件，二号盒放各种合同，三号盒放家电保修卡和说明书，四号盒放全家人的病历和体检报告。
每个盒子侧面贴上标签，再在盒子里放一张目录，写清楚里面有哪些东西，拿取以后在目录上打个勾。
整理完最大的感受是，东西在哪一目了然，再也不用翻箱倒柜了。
""",
    ),
    dict(
        slug="blog-jiangyue-clinic-files-reorganised",
        site="江月的村医日记 (invented)",
        style="博客",
        genre="随笔",
        kind="other",
        form="text",
        source="https://jiangyue-cunyi.blog.example.com/post/2025-10-19.html",
        title="给卫生室的老档案换新家",
        record_title="【随记】给卫生室的老档案换新家 | 江月的村医日记",
        date="2025-10-19",
        notes="blog text: decorated record title, bracketed post time as the page's date, tags, prev/next, comments with relative times",
        indent="\u3000\u3000",
        page="""
!m 江月的村医日记 · 山里的小卫生室
!t 给卫生室的老档案换新家
!m [2025-10-19 22:10]　分类：日常　阅读(147)
{BODY}
!l 标签：卫生室 档案 日常
!l « 上一篇：秋季流感疫苗开打了　　下一篇：下乡随访路上的柿子树 »
!l 评论(3)　　山那边的护士：整理档案真的是体力活！ 3小时前
""",
        body="""
这个周末没有出诊，我把卫生室柜子里的老档案全部翻了出来。
十几年的健康档案、随访记录、预防接种登记本，有的用牛皮纸袋装着，有的直接用绳子捆着，受潮发霉的也不少。
镇卫生院给每个村卫生室配了二十个档案盒，我按年份和类别一盒一盒装好，在盒脊上写清楚起止年份。
忙了整整两天，看着柜子里整整齐齐的一排蓝盒子，心里说不出的舒坦。
""",
    ),
    dict(
        slug="wechat-mirror-village-archives-initiative-html",
        site="公号阅读镜像站 (invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://wxread.example.net/a/lanpu-nongjing/9034771",
        title="村级档案规范化管理倡议书",
        record_title="村级档案规范化管理倡议书",
        date="2025-06-09",
        notes="WeChat mirror HTML: account line, follow prompt, 阅读原文/赞赏/在看 rows, a photo caption on its own line inside the body, date under the signature",
        page="""
<html><head><meta charset="utf-8"><title>村级档案规范化管理倡议书</title></head>
<body>
<div class="rich_media_meta">⟦m 澜浦农经　2025年6月10日 09:00　福建⟧</div>
<div class="follow">⟦a 关注「澜浦农经」，了解更多三农政策⟧</div>
<h2>⟦t 村级档案规范化管理倡议书⟧</h2>
<div id="js_content">
{BODY}
</div>
<div class="tool">⟦a 阅读原文⟧ ⟦a 喜欢作者⟧</div>
<div class="like">⟦l 分享 · 收藏 · 在看 17 · 赞 63⟧</div>
<div class="mirror">⟦d 本页面由镜像站自动抓取生成，内容版权归原公众号所有⟧</div>
</body></html>
""",
        body="""
全县各村（社区）党组织书记、村务监督委员会主任：
村级档案是村集体经济活动的真实记录，也是群众查询权益的重要依据。为推进村级档案规范化管理，我们倡议：
一、做到应归尽归。把村务会议记录、财务凭证、土地承包合同等材料及时整理归档，不让一份档案散落在个人手中。
⟦m 图：樟坑村档案室统一配备的档案盒⟧
二、做到装具统一。按县里统一标准配备档案盒、档案柜，盒脊标注年度、类别和保管期限。
三、做到查阅有据。建立档案查阅登记制度，群众查阅档案要登记、要签字。
澜浦县农业农村局
2025年6月9日
""",
    ),
    dict(
        slug="qa-wenwen-box-thickness-html",
        site="问问看社区 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.wenwenkan.example.com/question/20418877",
        title="档案盒的厚度一般怎么选？3cm和5cm的有什么区别？",
        record_title=None,
        date=None,
        notes="Q&A HTML: no record title, the question as the title in an <h1>, an answerer card, a best-answer badge, 回答于 relative time, vote bar, related questions; no date",
        page="""
<html><head><meta charset="utf-8"><title>档案盒的厚度一般怎么选？3cm和5cm的有什么区别？ - 问问看</title></head>
<body>
<div class="hd">⟦m 问问看 · 有问题就问问看⟧ ⟦a 提问 | 登录⟧</div>
<h1>档案盒的厚度一般怎么选？3cm和5cm的有什么区别？</h1>
<div class="q-meta">⟦m 2 个回答　被浏览 8,420 次⟧</div>
<div class="badge">⟦m ✔ 最佳回答⟧</div>
<div class="author">⟦m 纸盒老邢　办公用品行业 12 年　回答于 2 天前⟧</div>
<div class="answer">
{BODY}
</div>
<div class="vote">⟦l ▲ 赞同 128　▼　｜ 7 条评论⟧</div>
<div class="rel"><h4>⟦l 相关问题⟧</h4><p>⟦l 档案盒和文件盒是一回事吗？⟧</p><p>⟦l 塑料档案盒会不会损伤纸张？⟧</p></div>
</body></html>
""",
        body="""
选厚度主要看你要装多少材料。
3cm的档案盒大约能装三百张A4纸，适合装一份份单独的文件；5cm的大约能装五百张，适合装成册的合同、账簿或者一年的会议记录。
如果是单位归档，建议按档案部门的要求来，有的地方规定文书档案统一用某一种厚度，方便上架。
另外提醒一句，盒子不要装得太满，塞得太紧取放的时候容易把纸张边缘磨坏。
""",
    ),
    dict(
        slug="oa-minfeng-paper-products-work-report",
        site="闽丰纸品集团内网 (invented)",
        style="企业内网",
        genre="报告",
        kind="report",
        form="text",
        source="http://oa.minfeng.example.com.cn/portal/doc/2025-0902-118",
        title="关于档案盒生产线三季度质量问题整改情况的报告",
        record_title="内网公文-关于档案盒生产线三季度质量问题整改情况的报告",
        date="2025-09-02",
        notes="intranet text: user and unread line, a rework table, the extension of the department beside the IT desk, a 流转 list and read count",
        page="""
!m 闽丰纸品集团协同办公　　欢迎您，质量部 苏梦
!a 未读消息 5　｜　我的待办 2　｜　退出登录
!t 关于档案盒生产线三季度质量问题整改情况的报告
!m 密级：内部　　发文部门：质量部　　阅读 64 次
{BODY}
!l 流转：质量部拟稿 → 分管副总审核 → 总经理审批 → 归档
!m IT服务台：分机 8000
""",
        body="""
集团领导：
三季度，档案盒生产线共收到客户质量投诉三起，主要问题为盒体折痕开裂和盒脊印字脱落。现将整改情况报告如下：
问题　原因　整改措施　完成情况
折痕开裂　压痕刀磨损　更换压痕刀并每周检查　已完成
印字脱落　油墨与纸板不匹配　更换专用油墨　已完成
整改后，十月抽检合格率达到百分之九十九点二，未再收到同类投诉。
联系人：苏梦　分机：8231
质量部
2025年9月2日
""",
    ),
    dict(
        slug="edu-hexi-school-archives-inspection-notice",
        site="禾西区教育信息网 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.hexiedu.example.cn/tzgg/2025/1110/3302.html",
        title="关于开展学校文书档案规范化检查的通知",
        record_title="关于开展学校文书档案规范化检查的通知-禾西区教育信息网",
        date="2025-11-10",
        notes="education portal text: 发布日期 line, inspection schedule table, 附件 list, the bureau's contact beside the site's technical line",
        page="""
!m 禾西区教育信息网
!m 首页 → 通知公告 → 正文
!t 关于开展学校文书档案规范化检查的通知
!m 发布日期：2025年11月10日　作者：区教育局办公室　阅读：309
{BODY}
!m 本站技术维护：区教育信息中心 0591-8350021
!l 上一篇：关于做好冬季校园消防安全工作的通知
!l 下一篇：区中小学教师信息技术能力提升培训通知
""",
        body="""
各中小学：
为推进学校档案工作规范化，区教育局决定于11月下旬对各校文书档案进行检查。现将有关事项通知如下：
一、检查内容：档案分类是否规范，档案盒盒脊填写是否完整，归档文件目录是否齐全，档案室防潮防虫措施是否落实。
二、检查安排
日期　检查学校
11月24日　禾西一中、禾西二中
11月25日　实验小学、城关小学
三、各校于11月20日前完成自查，并将自查报告报送区教育局办公室。
联系人：蔡老师　电话：0591-8352217
附件：学校文书档案检查评分表
禾西区教育局
2025年11月10日
""",
    ),
    dict(
        slug="anthology-laolu-archivist-collection-html",
        site="卢老档案笔记 (invented)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="html",
        source="https://www.luludangan.example.com/bj/juan2/19.html",
        title="档案盒的颜色",
        record_title="《卢老档案笔记》卷二·第19篇｜档案盒的颜色",
        date=None,
        notes="personal collection HTML: chapter navigation at top and bottom, a reader count, a copyright line; year only; no date",
        page="""
<html><head><meta charset="utf-8"><title>《卢老档案笔记》卷二·第19篇｜档案盒的颜色</title></head>
<body>
<div class="hd">⟦m 卢老档案笔记 · 卷二 · 库房琐记⟧</div>
<div class="nav">⟦l 上一篇：卷宗里的一根头发 ｜ 返回目录 ｜ 下一篇：除湿机⟧</div>
<h2>⟦t 档案盒的颜色⟧</h2>
<div class="text">
{BODY}
</div>
<div class="nav2">⟦l ← 卷宗里的一根头发　　除湿机 →⟧</div>
<div class="cnt">⟦m 本篇已被阅读 216 次⟧</div>
<div class="ft">⟦d 笔记文字为作者所有，引用请注明出处⟧</div>
</body></html>
""",
        body="""
刚进档案局那年是一九八八年，库房里的档案盒都是土黄色的，牛皮纸板做的，盒脊上用毛笔写着全宗号和年度。
后来有了塑料盒，蓝的、灰的、白的都有，老同事们分成两派，一派说塑料盒防潮，一派说塑料盒不透气，争了好几年。
再后来，省里出了统一标准，文书档案用无酸纸盒，颜色也统一了，争论才算平息。
如今我退休了，偶尔回库房看看，那一排排整齐的盒子，颜色比从前好看，可我还是会想起那些土黄色的旧盒子。
""",
    ),
    dict(
        slug="party-minfeng-branch-archives-summary",
        site="闽丰集团党建网 (invented)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://dj.minfeng.example.com.cn/zbfc/2025/1226/412.html",
        title="档案盒车间党支部2025年党建工作总结",
        record_title="【支部风采】档案盒车间党支部2025年党建工作总结",
        date="2025-12-24",
        date_also=["2025-12-26"],
        notes="Party-building text: decorated record title, study-points line, a page publish date differing from the 成文日期, a share bar",
        indent="\u3000\u3000",
        page="""
!m 闽丰集团党建网　　党建引领 · 匠心闽丰
!m 首页 ＞ 支部风采
!t 档案盒车间党支部2025年党建工作总结
!m 发布时间：2025-12-26　浏览：198
!a 学习本篇可得积分 0.5 分
{BODY}
!l 分享：微信｜朋友圈｜复制链接
!d 闽丰集团党委主办　党委宣传部维护
""",
        body="""
2025年，档案盒车间党支部围绕生产经营中心工作，把支部建在生产线上，党建工作与车间生产相互促进。
一是抓学习。全年开展集中学习十二次，组织党员到县档案馆参观，了解档案装具对档案保护的重要作用。
二是抓攻关。成立党员突击队，完成无酸档案盒新品试制，产品通过省档案局检测。
三是抓服务。党员带头为周边村级档案室免费提供档案盒四百个，并上门指导装盒归档。
2026年，支部将继续发挥战斗堡垒作用，为车间完成全年任务提供坚强保证。
中共闽丰纸品集团档案盒车间支部委员会
2025年12月24日
""",
    ),
    dict(
        slug="hospital-hexi-medical-records-boxes-news",
        site="禾西区妇幼保健院 (invented)",
        style="医院官网",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.hxfy.example.com/yydt/2025/0818/245.html",
        title="我院完成近十年出生医学证明存根档案整理",
        record_title="【院务动态】我院完成近十年出生医学证明存根档案整理",
        date="2025-08-18",
        notes="hospital text: booking float text, a 24-hour line in the footer, photo caption on its own line, submitter line glued",
        page="""
!m 禾西区妇幼保健院
!a 预约挂号　|　报告查询　|　来院导航
!m 首页 > 新闻中心 > 院务动态
!t 我院完成近十年出生医学证明存根档案整理
!m 时间：2025-08-18　来源：病案室
{BODY}
!m 24小时咨询热线：0591-8371120
!d 禾西区妇幼保健院 版权所有
""",
        body="""
近日，我院病案室完成了2015年至2024年出生医学证明存根档案的整理工作，共整理存根三万八千余份。
整理过程中，病案室工作人员逐份核对存根信息，按年度、月份装入统一编号的档案盒，并录入档案管理系统。
⟦m 图为病案室工作人员核对存根档案⟧
整理后，群众补办、查询出生医学证明时，工作人员可在几分钟内调出存根，办事效率明显提高。⟦m （病案室　林婉供稿）⟧
""",
    ),
    dict(
        slug="university-lanpu-archives-course-practice-html",
        site="澜浦学院档案学系 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://dag.lpxy.example.edu.cn/xwdt/2025/1017/1552.htm",
        title="档案学系学生赴县档案馆开展整理实践",
        record_title=None,
        date="2025-10-17",
        notes="university news HTML: no record title, the headline in <h1>, date line, a quick-links sidebar, a photo caption and a reviewer line glued",
        page="""
<html><head><meta charset="utf-8"><title>档案学系学生赴县档案馆开展整理实践-澜浦学院档案学系</title></head>
<body>
<div class="top">⟦m 澜浦学院 · 档案学系⟧ ⟦a 学院首页 | 信息门户 | English⟧</div>
<div class="nav">⟦m 系部概况　师资队伍　人才培养　学生工作　系部新闻⟧</div>
<h1>档案学系学生赴县档案馆开展整理实践</h1>
<div class="date">⟦m 日期：2025-10-17　点击：⟧</div>
<div class="v_news_content">
{BODY}
</div>
<div class="side"><h3>⟦l 快速通道⟧</h3><ul><li>⟦l 教务系统⟧</li><li>⟦l 图书馆⟧</li></ul></div>
<div class="ft">⟦m 地址：澜浦县学院路1号 邮编：350900⟧ ⟦d 版权所有 © 澜浦学院⟧</div>
</body></html>
""",
        body="""
10月15日至17日，档案学系二十四名学生在专业教师带领下，赴澜浦县档案馆开展档案整理实践。
学生们分成四组，在馆员指导下学习档案鉴定、排列、编号和装盒等环节，共整理机关文书档案一千三百余件，装盒一百一十余盒。
⟦m 学生们在档案馆库房学习装盒上架⟧
带队老师表示，这次实践让学生把课堂上学到的理论用在了实际工作中。⟦m （审核：黄立诚）⟧
""",
    ),
    dict(
        slug="localforum-hexi-shop-closing-archive-boxes",
        site="禾西论坛 (invented)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="https://bbs.hexi.example.com/thread-30552-1-1.html",
        title="城东那家做档案盒的纸品店关门了",
        record_title="城东那家做档案盒的纸品店关门了 - 禾西茶馆 - 禾西论坛",
        date=None,
        notes="county forum text: weather widget line, floor meta with 前天, a reply list, hard-wrapped at 60 columns; no date",
        wrap=60,
        page="""
!m 禾西论坛 » 禾西茶馆
!m 今日禾西：小雨 12～16℃ 空气质量 良
!t 城东那家做档案盒的纸品店关门了
!m 发表于 前天 19:12 | 只看该作者 | 倒序浏览
{BODY}
!l 2楼 小城故事多：我们单位以前的档案盒都是他家订的
!l 3楼 木子李：可惜了，老手艺越来越少
!l 回复 | 评分 | 举报
""",
        body="""
今天路过城东老街，发现那家开了二十多年的纸品店关门了，门上贴着一张转让启事。
记得以前全县好多单位的档案盒都是在他家订做的，老板姓方，手很巧，牛皮纸板裁好、压痕、折盒，一天能做上百个。
后来超市里塑料档案盒便宜又好看，找他订做的人越来越少，听说老方年纪大了，儿子也不愿意接手。
写这个帖子也不为别的，就是觉得又一家老店没了，有点感慨。
""",
    ),
]

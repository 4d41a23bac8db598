"""holdout48, part D: a bird-banding (鸟类环志) station on the 翎川 wetland — its staff,
volunteers, a school, a clinic, a university lab and local people. Everything invented;
see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="blog-lingchuan-bander-night-notes",
        site="芦苇荡边的灯 (invented)",
        style="博客",
        genre="心得体会",
        kind="essay",
        form="text",
        source="https://luweidang.example-blog.net/archives/2025/10/1187",
        title="环志站的秋夜：第一次独立上网捕鸟",
        record_title="环志站的秋夜：第一次独立上网捕鸟 - 芦苇荡边的灯",
        date="2025-10-11",
        notes="a WordPress-like blog: Posted on as the page's date, a category line, an archive sidebar and a 'leave a reply' box; glued like/share row after the last sentence",
        page="""
!m 芦苇荡边的灯 | 一个环志员的野外日志
!t 环志站的秋夜：第一次独立上网捕鸟
!m Posted on 2025年10月11日 by 小苇　·　分类：站里日常
{BODY}
!l 发表回复　您的电子邮箱地址不会被公开。必填项已用*标注
!l 文章归档：2025年10月（4）　2025年9月（7）　2025年8月（3）
!m 自豪地采用 WordPress
""",
        body="""
昨晚是我第一次独立负责一张雾网，从傍晚六点守到凌晨两点。
每隔半小时巡一次网，用头灯照着，把挂在网上的小鸟轻轻取下来，装进布袋里带回操作台。
一晚上一共环志了四十三只鸟，其中黄眉柳莺最多，还有两只极北柳莺，这是我第一次亲手给它们戴上环。
称重、量翅长、记录换羽情况，每一项都要仔细核对，一个数字填错，整条记录就作废了。
凌晨收网的时候，露水已经把裤腿打湿了，可心里特别踏实。⟦l 👍 喜欢 (18)　分享到：微博 / 豆瓣⟧
""",
    ),
    dict(
        slug="wechat-lingchuan-volunteer-recruit-html",
        site="翎川湿地 公众号镜像 (invented)",
        style="公众号镜像",
        genre="通知",
        kind="notice",
        form="html",
        source="https://wx.readmirror.example.org/a/lingchuanshidi/20250812_1",
        title="2025年秋季鸟类环志志愿者招募公告",
        record_title="2025年秋季鸟类环志志愿者招募公告",
        date="2025-08-12",
        notes="WeChat-style mirror: account info, audio/‘listen’ label, reading count and 在看 row, a mirror's own banner; the station's own 报名邮箱 and 联系电话 kept; scanning a form code is content",
        page="""
<html><head><meta charset="utf-8"><title>2025年秋季鸟类环志志愿者招募公告</title></head><body>
<div class="mirror-bar">⟦m 微读镜像 · 公众号文章离线阅读⟧ ⟦a 返回列表⟧</div>
<h1>⟦t 2025年秋季鸟类环志志愿者招募公告⟧</h1>
<div class="meta">⟦m 翎川湿地 · 翎川湿地保护中心⟧ ⟦m 2025年08月12日 20:30⟧</div>
<div class="audio">⟦a 🎧 听全文（约4分钟）⟧</div>
<section class="content">
{BODY}
</section>
<div class="stat">⟦m 阅读 2.1万⟧ ⟦a 赞 301⟧ ⟦a 在看 96⟧</div>
<div class="comment">⟦l 精选留言：去年去过一次，收获特别大，强烈推荐！⟧</div>
<div class="mirror-foot">⟦d 本镜像仅作存档，版权归原公众号所有⟧</div>
</body></html>
""",
        body="""
翎川湿地鸟类环志站今年秋季环志工作即将开始，现面向社会招募志愿者。
一、招募人数：20名，分两期，每期10天。
二、报名条件：年满18周岁，身体健康，能适应野外夜间工作，有观鸟基础者优先。
三、工作内容：协助巡网、鸟类测量、数据录入和环境整理。
四、报名方式：扫描文末报名表二维码填写信息，或发送邮件至 huanzhi@lcsd.example.org。
联系电话：0715-3316 2208（环志站 宋老师）。
翎川湿地保护中心
2025年8月12日
""",
    ),
    dict(
        slug="share-lingchuan-banding-protocol-wps",
        site="文档星 (invented)",
        style="文档分享",
        genre="制度",
        kind="other",
        form="text",
        source="https://www.wendangxing.example.com/d/5538241.html",
        title="鸟类环志操作规范",
        record_title="鸟类环志操作规范.wps",
        date=None,
        notes="file-name title; a sharing page with a points download, a preview notice; decimal headings 3.1/3.2 and rules about 复制 records kept; no date (upload stamp only)",
        page="""
!m 文档星 - 分享知识 传播价值
!m 鸟类环志操作规范.wps　｜　上传者：tern_2021　｜　2024-11-20 上传
!a 下载本文档（3积分）　加入文集　举报
{BODY}
!d 文档星声明：文档内容由用户上传，本站不对其准确性负责。
!l 猜你喜欢：野外工作安全手册　|　湿地水鸟同步调查方法
""",
        body="""
1.总则
为规范本站鸟类环志工作，保障鸟类安全和数据质量，制定本规范。
2.捕捉
2.1雾网应在日出前半小时张开，日落后按计划收网，大风、大雨天气停止张网。
2.2巡网间隔不超过30分钟，气温低于5摄氏度时缩短为15分钟。
3.测量与记录
3.1每只鸟须记录环号、种名、年龄、性别、体重、翅长和捕捉时间。
3.2纸质记录当日录入系统，录入后由第二人核对，记录不得私自复制外传。
4.放飞
测量完毕的鸟类应在捕捉点附近就地放飞，不得带离环志站。
""",
    ),
    dict(
        slug="edu-lingchuan-birding-study-trip-html",
        site="翎川县教育体育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://jyj.lingchuan.example.gov.cn/tzgg/20251009/4412.html",
        title="关于组织中小学生赴翎川湿地开展观鸟研学活动的通知",
        record_title="关于组织中小学生赴翎川湿地开展观鸟研学活动的通知_通知公告_翎川县教育体育局",
        date="2025-10-09",
        notes="modern education portal: barrier-free toolbar, a study-trip schedule table, the school safety 联系人 next to the bureau's supervision line, a document number (neutral), QR and share rows",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于组织中小学生赴翎川湿地开展观鸟研学活动的通知_通知公告_翎川县教育体育局</title></head><body>
<div class="wza">⟦a 无障碍阅读⟧ ⟦a 关怀版⟧</div>
<div class="logo">⟦m 翎川县教育体育局⟧</div>
<div class="nav">⟦m 首页 | 机构职能 | 教育动态 | 通知公告 | 政务公开 | 招生考试⟧</div>
<div class="pos">⟦m 当前位置：首页 >> 通知公告⟧</div>
<h2>⟦t 关于组织中小学生赴翎川湿地开展观鸟研学活动的通知⟧</h2>
<div class="attr">⟦m 日期：2025-10-09　来源：基础教育股　字号：[大 中 小]⟧</div>
<p>翎教体发〔2025〕57号</p>
{BODY}
<div class="ewm">⟦a 手机扫码阅读本页⟧</div>
<div class="foot">⟦m 教育督导举报电话：0715-3302 2119⟧ ⟦m 鄂ICP备14009213号-2⟧</div>
</body></html>
""",
        body="""
各中小学：
为增强学生生态保护意识，县教育体育局与翎川湿地保护中心联合开展观鸟研学活动，现将有关事项通知如下。
一、活动安排
学校　日期　人数
城关一小　10月18日　60
翎川二中　10月25日　80
芦湾小学　11月1日　45
二、有关要求
各校须制定安全预案，每10名学生至少配备1名带队教师，活动期间不得靠近雾网和鸟类操作台。
三、联系人
县教育体育局基础教育股 邢伟，电话：0715-3302 1407。
翎川县教育体育局
2025年10月9日
""",
    ),
    dict(
        slug="oa-lingchuan-center-avian-flu-notice",
        site="翎川湿地保护中心内网 (invented)",
        style="企业内网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://10.12.8.3/oa/gw/show.aspx?gid=20251103-07",
        title="关于加强秋冬季野鸟疫源疫病监测防护的通知",
        record_title="内网公告：关于加强秋冬季野鸟疫源疫病监测防护的通知",
        date="2025-11-03",
        notes="an intranet notice: system banner with the user, a 签收 button, a read-receipt list; protective-equipment list kept; the duty phone of the document kept",
        page="""
!m 翎川湿地保护中心 综合办公系统　｜　欢迎您：环志站-何苗　｜　退出
!m 通知公告 >> 详细信息
!t 关于加强秋冬季野鸟疫源疫病监测防护的通知
!m 发文科室：科研监测科　发布：2025-11-03 10:46　浏览：64
{BODY}
!a ［签收］［打印］［返回］
!l 签收情况：环志站 已签收｜保护站 已签收｜宣教科 未签收
""",
        body="""
各科室、各保护站、环志站：
近期候鸟大量迁徙过境，为做好野鸟疫源疫病监测和人员防护，现就有关事项通知如下。
一、环志站工作人员接触鸟类时须佩戴口罩和一次性手套，操作结束后及时洗手消毒。
二、发现异常死亡野鸟，不得私自处理，应立即报告科研监测科。
三、每日巡护情况按时填报监测日报。
值班电话：0715-3316 2001（科研监测科，24小时）。
翎川湿地保护中心
2025年11月3日
""",
    ),
    dict(
        slug="qa-lingchuan-ring-found-answer",
        site="百事通问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.baishitong-wd.example.com/question/77120935.html",
        title="在河边捡到一只死鸟，腿上有金属环，该怎么办？",
        record_title="在河边捡到一只死鸟，腿上有金属环，该怎么办？求懂行的人",
        date="2025-12-02",
        notes="a Q&A: a decorated question as record title; the answerer's 回答于 line as the page's date; a site phone in a 'call us' box; the banding centre's 回收邮箱 inside the answer kept",
        page="""
!m 百事通问答 > 生活 > 动物
!t 在河边捡到一只死鸟，腿上有金属环，该怎么办？
!m 提问于 1周前 · 2个回答 · 浏览 640
!m 湿地守望者　回答于 2025-12-02 08:17　采纳率 92%
{BODY}
!a 赞同 41　|　反对　|　评论
!w 还有疑问？拨打百事通人工客服 400-122-8800
!l 相关问题：捡到受伤的鸟应该交给哪个部门？
""",
        body="""
您捡到的应该是一只环志鸟，金属环上刻有编号和回收地址，这些信息对研究鸟类迁徙非常重要。
请先把鸟环上的编号、捡到的地点、日期和鸟的大致情况记录下来，最好拍几张照片。
然后把信息发送到全国鸟类环志中心，回收邮箱是 recovery@banding-center.example.cn，也可以交给当地林业部门转报。
如果方便，可以把鸟环取下来一并寄回，鸟的尸体不要徒手接触，用袋子装好深埋即可。
环志中心收到信息后，一般会回函告诉您这只鸟是在哪里、什么时候被环志的。
""",
    ),
    dict(
        slug="anthology-lingchuan-retired-bander-1996",
        site="苇岸集 (invented)",
        style="个人文集",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://weianji.example.org/juan1/09.html",
        title="在翎川环志站成立大会上的发言",
        record_title="苇岸集·卷一｜在翎川环志站成立大会上的发言",
        date="1996-09-20",
        notes="a retired bander's collection: the date under the title in Chinese numerals, a speaker line as given (neutral); a retyping note and volume nav; Chinese-numeral years inside the text are not dates",
        page="""
!m 苇岸集　卷一　旧稿
!t 在翎川环志站成立大会上的发言
翎川县林业局野生动物保护站站长　葛长青
（一九九六年九月二十日）
{BODY}
!m 〔旧稿重录，2023年春据油印本录入〕
!l ← 卷一·08　目录　卷一·10 →
""",
        body="""
各位领导、同志们：
今天，翎川环志站正式成立了，这是我们县野生动物保护工作中的一件大事。
翎川湿地每年春秋两季都有大批候鸟过境，过去我们只能数一数、看一看，现在有了环志站，就能给鸟儿戴上“身份证”，知道它们从哪里来、到哪里去。
环志站现有工作人员五名，雾网二十张，设备虽然简陋，但大家的热情很高。
我相信，只要我们坚持下去，十年、二十年以后，翎川的环志数据一定会在全国占有一席之地。
""",
    ),
    dict(
        slug="party-lingchuan-wetland-branch-day",
        site="翎川先锋网 (invented)",
        style="党建网",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.lcxianfeng.example.gov.cn/jcdj/2025/1120/662.html",
        title="湿地保护中心党支部开展“护鸟护飞”主题党日活动",
        record_title="【支部风采】湿地保护中心党支部开展“护鸟护飞”主题党日活动",
        date="2025-11-20",
        notes="a Party-building portal: study-points prompt glued before the first sentence, a 'submit your story' prompt between paragraphs, a source/editor line, a related list",
        page="""
!m 翎川先锋网　|　首页 » 基层党建 » 支部风采
!t 【支部风采】湿地保护中心党支部开展“护鸟护飞”主题党日活动
!m 2025-11-20　来源：县直机关工委　作者：单婕
{BODY}
!m 责任编辑：姜卫
!l 相关阅读：林业局机关党支部开展植树活动｜县直机关党员志愿服务月启动
""",
        body="""
⟦a 【学习强县】阅读本文可积2分⟧11月18日，翎川湿地保护中心党支部组织党员到环志站开展“护鸟护飞”主题党日活动。
党员们跟随环志员巡网，学习鸟类测量和记录方法，并在湿地核心区开展巡护，清理废弃渔网六张。
⟦w 基层党建好故事，欢迎投稿：tougao@lcxianfeng.example.gov.cn⟧
支部书记祁红表示，支部将把护鸟工作与党员志愿服务结合起来，在候鸟迁徙高峰期组织党员轮流值守。
""",
    ),
    dict(
        slug="hospital-lingchuan-psittacosis-tips-html",
        site="翎川县中医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.lcxzyy.example.com/jkkp/2025-11-10/305.html",
        title="秋冬季接触野生鸟类人员健康防护提示",
        record_title="秋冬季接触野生鸟类人员健康防护提示 - 翎川县中医院",
        date="2025-11-10",
        notes="hospital site: booking float, 12320 line and the hospital switchboard; the 感染科's own 咨询电话 kept; a numbered list; a popular-science disclaimer",
        page="""
<html><head><meta charset="utf-8"><title>秋冬季接触野生鸟类人员健康防护提示 - 翎川县中医院</title></head><body>
<div class="top">⟦m 翎川县中医院⟧ ⟦a 网上预约⟧ ⟦a 报告查询⟧ ⟦a 院长信箱⟧</div>
<div class="nav">⟦m 医院介绍　科室设置　名医风采　健康科普　党建文化⟧</div>
<div class="gps">⟦m 首页 ＞ 健康科普⟧</div>
<h1>⟦t 秋冬季接触野生鸟类人员健康防护提示⟧</h1>
<div class="info">⟦m 作者：感染性疾病科　日期：2025-11-10　浏览：271⟧</div>
<div class="float">⟦a 预约挂号 点这里⟧</div>
{BODY}
<div class="sm">⟦d 科普文章仅供参考，如有不适请及时就医。⟧</div>
<div class="foot">⟦m 卫生健康服务热线：12320⟧ ⟦m 医院总机：0715-3350 0000⟧</div>
</body></html>
""",
        body="""
秋冬季是候鸟迁徙高峰，环志员、护林员、湿地巡护员等经常接触野生鸟类的人员，要注意做好个人防护。
1.接触鸟类时佩戴口罩和手套，不用手直接接触鸟类粪便和分泌物。
2.工作结束后用肥皂和流水洗手，工作服单独清洗。
3.出现发热、咳嗽、肌肉酸痛等症状，应及时就医，并主动告诉医生有鸟类接触史。
我院感染性疾病科可提供相关咨询，咨询电话：0715-3350 2260。
翎川县中医院感染性疾病科
2025年11月10日
""",
    ),
    dict(
        slug="college-lingchuan-ornithology-lab-html",
        site="荆湖师范学院生命科学学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://life.jhnu.example.edu.cn/info/1021/5507.htm",
        title="我院与翎川湿地共建鸟类环志教学实习基地",
        record_title=None,
        date="2025-09-26",
        notes="a university college page: no record title (the headline); a dotted date line; a photo caption between paragraphs; a 'close window' row and a footer with a copyright and address",
        page="""
<html><head><meta charset="utf-8"><title>荆湖师范学院生命科学学院</title></head><body>
<div class="head">⟦m 荆湖师范学院 生命科学学院⟧</div>
<div class="nav">⟦m 学院概况 | 师资队伍 | 人才培养 | 科学研究 | 党建思政 | 学院新闻⟧</div>
<div class="title"><h2>⟦t 我院与翎川湿地共建鸟类环志教学实习基地⟧</h2></div>
<div class="date">⟦m 2025.09.26　浏览次数：⟧<span id="cnt"></span></div>
<div class="content">
{BODY}
</div>
<div class="close">⟦a 【关闭窗口】⟧</div>
<div class="foot">⟦d Copyright © 荆湖师范学院生命科学学院⟧ ⟦m 地址：荆湖市学院路9号⟧</div>
</body></html>
""",
        body="""
9月24日，我院与翎川湿地保护中心签订协议，共建鸟类环志教学实习基地。
根据协议，双方将在学生实习、科研合作和科普宣传等方面开展合作，每年安排生态学专业学生到环志站实习。
⟦m 签约仪式现场（学院办公室供图）⟧
院长梅建国表示，环志工作能让学生在野外真正理解鸟类迁徙和生态保护，是课堂教学的有益补充。
""",
    ),
    dict(
        slug="localforum-lingchuan-net-removal-junk",
        site="翎川在线 (invented)",
        style="地方论坛",
        genre="通告",
        kind="notice",
        form="text",
        source="https://bbs.lczx.example.com/t/448102",
        title="关于清理翎川湿地非法捕鸟网具的通告",
        record_title="关于清理翎川湿地非法捕鸟网具的通告 - 翎川热点 - 翎川在线",
        date="2025-10-30",
        date_also=["2025-11-01"],
        notes="a county forum repost with anti-scraping junk lines and glued junk; the poster's date differs from the 通告's date; a report line of the forest police kept; the environmental banding station is not to be confused with illegal nets",
        junk=dict(lines=2, glued=1),
        page="""
!m 翎川在线 › 翎川热点
!t 关于清理翎川湿地非法捕鸟网具的通告
!m 芦湾老刘　发表于 2025-11-01 18:22　　阅读 1903　回复 27
{BODY}
!l 回复 #2 湿地边住户：上个月还看到有人拉网，支持严查
!l 您需要登录后才可以回帖　立即登录　注册账号
!m 翎川在线　网络110报警服务
""",
        body="""
为保护候鸟迁徙安全，即日起在翎川湿地及周边开展非法捕鸟网具清理行动，现通告如下：
一、凡在湿地及周边私自架设捕鸟网、粘网的，须于2025年11月10日前自行拆除。
二、逾期不拆除的，由林业部门依法清除，并追究当事人法律责任。
三、湿地保护中心环志站经批准设置的科研雾网不在清理之列。
举报电话：0715-3319 1100（县森林公安）。
翎川县林业局
2025年10月30日
""",
    ),
    dict(
        slug="download-lingchuan-banding-form-station",
        site="全能资料库 (invented)",
        style="资料下载站",
        genre="制度",
        kind="other",
        form="text",
        source="https://www.quannengzlk.example.com/down/88214.html",
        title="湿地巡护员岗位职责",
        record_title="湿地巡护员岗位职责（word版）免费下载",
        date=None,
        notes="a download station text page: file-info lines, mirror links, an unzip password, a dead-link report; the duties speak of 下载 of the patrol app as content; no date",
        page="""
!m 全能资料库 - 免费文档下载
!m 资料名称：湿地巡护员岗位职责　资料格式：doc　资料大小：15K　更新：2025/03/12
!m 资料简介：
{BODY}
!a 下载地址：［本地高速下载］［网通下载］［电信下载］
!a 解压密码：quanneng
!a 链接失效？请点击“报错”，管理员会及时处理
!d 所有资料均来源于互联网，版权归原作者所有
""",
        body="""
一、按照巡护路线每日巡护不少于一次，记录鸟类、植被和水位变化情况。
二、制止在湿地范围内捕鸟、放牧、烧荒等破坏行为，发现重大情况立即报告。
三、巡护员须在手机上下载“湿地巡护”应用，巡护轨迹和照片实时上传。
四、协助环志站开展鸟类监测和环志工作。
五、做好巡护设备的日常维护保养。
""",
    ),
]

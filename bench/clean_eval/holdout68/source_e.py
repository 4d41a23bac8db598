"""holdout68, part E: shuttlecock kicking and whip tops (毽球、抽陀螺) — an instructors' skill
test, a fitness-gear purchase, a park injury case, a community contest, a jianzi
association, a toy-top recall, a summer camp, an opening address, an interview question, an
encyclopaedia entry, a school club plan and a street office's park-safety notice. Invented
text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="pta-luoxi-jianzi-instructor-test-html",
        site="椤溪市人事考试信息网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://rsks.luoxi.example.gov.cn/kwgg/2025/0603/712.html",
        title="2025年社会体育指导员（毽球项目）技能考核公告",
        record_title="【考务公告】2025年社会体育指导员（毽球项目）技能考核公告",
        date="2025-06-03",
        notes="personnel-exam page: a 准考证 printing sentence of the notice kept, a timetable, the notice's own 咨询电话 next to the site's technical line and a float box",
        page="""
<html><head><meta charset="utf-8"><title>【考务公告】2025年社会体育指导员（毽球项目）技能考核公告</title></head><body>
<div class="top">⟦m 椤溪市人事考试信息网⟧<span>⟦a 考生登录⟧</span></div>
<div class="nav">⟦m 首页 | 考试动态 | 报名入口 | 成绩查询 | 证书管理⟧</div>
<div class="loc">⟦m 您所在位置：首页 › 考务公告⟧</div>
<h1>⟦t 【考务公告】2025年社会体育指导员（毽球项目）技能考核公告⟧</h1>
<div class="date">⟦m 发布时间：2025-06-03 17:00⟧</div>
<div class="txt">
{BODY}
</div>
<div class="kefu">⟦m 系统技术咨询：0571-5630117（仅限报名系统问题）⟧</div>
<div id="float">⟦a 报名入口 &gt;&gt;⟧</div>
<div class="ft">⟦d 主办单位：椤溪市人事考试院　未经书面授权，禁止复制或建立镜像⟧</div>
</body></html>
""",
        body="""
根据省社会体育指导员管理有关规定，现就2025年毽球项目技能考核有关事项公告如下。
一、考核安排
科目　时间
理论考试　6月21日　9:00-10:30
技能考核　6月21日　14:00-17:00
二、考生请于6月18日至20日登录报名系统自行下载打印准考证。
三、考核地点：椤溪市全民健身中心二楼训练馆。
考务咨询电话：0571-5630235。
椤溪市体育局
2025年6月3日
""",
    ),
    dict(
        slug="tender-niucheng-fitness-tops-bid-result",
        site="杻城县政府采购网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://zfcg.niucheng.example.gov.cn/zbgg/2025/0822/3317.html",
        title="杻城县传统体育器材采购项目中标结果公告",
        record_title="杻城县传统体育器材采购项目中标结果公告_杻城县政府采购网",
        date="2025-08-22",
        record_date="2025-08-22",
        notes="procurement page in text: a result table, purchaser and agency contacts kept beside the platform's service line; an expert-list and a 质疑 line of the notice kept",
        page="""
!m 杻城县政府采购网　　阳光采购 公平公正
!m 首页 > 采购公告 > 中标（成交）结果
{T}
!m 发布时间：2025-08-22 15:30　　浏览量：96
{BODY}
!m 平台服务电话：400-1022-5087　　工作时间：周一至周五
!l 上一篇：杻城县第二小学课桌椅采购项目招标公告
!l 下一篇：杻城县文化馆音响设备更正公告
""",
        body="""
一、项目编号：NCZC-2025-0391
二、中标结果
包号　中标供应商　中标金额（元）
1　杻城县鑫跃体育用品有限公司　186400
2　橡湾华健器材有限公司　97300
三、评审专家：宋明远、卢佩、杭志刚。
四、质疑：供应商认为中标结果使自己的权益受到损害的，可以在公告期限届满之日起七个工作日内提出。
采购人：杻城县文化和体育局，联系人：柏雪，电话：0563-4102237。
代理机构：杻城县正源招标咨询有限公司，联系人：丁浩，电话：0563-4119082。
""",
    ),
    dict(
        slug="lawfirm-zhangyuan-park-top-injury-case-html",
        site="樟塬正方律师事务所 (invented)",
        style="律所网站",
        genre="法律文章",
        kind="article",
        form="html",
        source="https://www.zhengfanglaw.example.com/anli/2025/0916/88.html",
        title="公园抽陀螺误伤路人，谁来担责？",
        record_title="案例评析｜公园抽陀螺误伤路人，谁来担责？",
        date="2025-09-16",
        notes="law-firm page with a consult QR prompt, a consult box, a disclaimer and a lawyers' list in the sidebar; 发布时间",
        page="""
<html><head><meta charset="utf-8"><title>案例评析｜公园抽陀螺误伤路人，谁来担责？ - 樟塬正方律师事务所</title></head><body>
<div class="head">⟦m 樟塬正方律师事务所　ZHENGFANG LAW FIRM⟧</div>
<div class="nav">⟦m 首页　律所简介　专业领域　律师团队　案例评析　联系我们⟧</div>
<h2>⟦t 案例评析｜公园抽陀螺误伤路人，谁来担责？⟧</h2>
<div class="meta">⟦m 发布时间：2025-09-16　作者：许慧律师　阅读：732⟧</div>
<div class="art">
{BODY}
</div>
<div class="qr">⟦w 扫码添加律师微信，一对一免费咨询⟧</div>
<aside>⟦l 推荐律师：许慧　擅长侵权责任纠纷⟧</aside>
<div class="disc">⟦d 本站文章仅供参考，不作为具体法律意见，如需帮助请预约律师面谈。⟧</div>
<footer>⟦m 律所地址：樟塬市中山路118号汇金大厦12层⟧</footer>
</body></html>
""",
        body="""
案情：晨练者老周在公园广场抽陀螺，鞭梢甩到路过的刘女士眼部，造成角膜损伤，双方就赔偿问题产生纠纷。
法院经审理认为，老周在人员往来的广场抽打陀螺，未尽到合理注意义务，应承担主要责任。
公园管理方未设置活动区域提示，也未进行劝导，承担次要补充责任。
律师提示，在公共场所开展抽陀螺等健身活动，应选择空旷区域，与他人保持安全距离。
""",
    ),
    dict(
        slug="community-taoyuan-jianzi-contest-blanks",
        site="桃园社区服务网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.taoyuansq.example.cn/tzgg/2025/1008/37.html",
        title="桃园社区第二届踢毽子比赛报名通知",
        record_title=None,
        date="2025-10-08",
        notes="residents' site: no record title (found on the page); a registration slip with blank fields kept; the community's own 报名电话 beside the site's 网格 hotline",
        page="""
!m 桃园社区服务网　　邻里守望　温暖桃园
!m 社区公告 › 文体活动
{T}
!m 居委会　2025-10-08　　阅读 143
{BODY}
!m 网格服务热线：0552-3318800
!l 评论（2）：王阿姨：我报名！　|　小林：周末有空一定去
!a 我要评论
""",
        body="""
各位居民：
为丰富社区文体生活，社区定于10月19日上午在社区广场举办第二届踢毽子比赛，设个人赛和三人团体赛。
报名电话：0552-3312046（社区文体干事 韦丽）。
报名回执
姓名：________　年龄：____
参赛项目：________　联系电话：____________
桃园社区居委会
2025年10月8日
""",
    ),
    dict(
        slug="association-chuchuan-jianzi-initiative-member-login-html",
        site="楮川市毽球协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="initiative",
        form="html",
        source="http://www.ccjqxh.example.org/xhdt/2025/0505/26.html",
        title="文明健身 和谐晨练倡议书",
        record_title="【协会倡议】文明健身 和谐晨练倡议书",
        date="2025-05-05",
        notes="association site with member login, a join-us button, a sponsor row and a footer; the initiative's own sentence about sharing videos kept",
        page="""
<html><head><meta charset="utf-8"><title>【协会倡议】文明健身 和谐晨练倡议书-楮川市毽球协会</title></head><body>
<div class="bar">⟦a 会员登录　|　申请入会⟧</div>
<div class="logo">⟦m 楮川市毽球协会⟧</div>
<div class="nav">⟦m 协会首页 / 协会动态 / 赛事活动 / 会员风采 / 联系我们⟧</div>
<h2>⟦t 【协会倡议】文明健身 和谐晨练倡议书⟧</h2>
<p class="info">⟦m 发布人：协会秘书处　日期：2025-05-05⟧</p>
{BODY}
<div class="sponsor">⟦m 战略合作：楮川体育用品城⟧</div>
<div class="foot">⟦m 协会地址：楮川市体育中心南门　邮箱：ccjq@example.org⟧</div>
</body></html>
""",
        body="""
广大毽球爱好者：
晨练是健身的好时光，也是邻里和谐的好时机，为此我们倡议：
一、合理安排晨练时间，早上七点前不使用音响设备。
二、在划定区域内踢毽，不占用道路和绿地，不妨碍他人通行。
三、活动结束后带走垃圾，保持场地整洁。
四、拍摄晨练视频分享到网络时，请尊重他人肖像权。
楮川市毽球协会
2025年5月5日
""",
    ),
    dict(
        slug="corp-xuanfeng-toy-top-recall-html",
        site="旋风玩具（桕岭）有限公司 官网 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.xuanfeng-toys.example.com/news/2025/recall-1102.html",
        title="关于召回部分批次金属战斗陀螺的公告",
        date="2025-11-02",
        record_date="2025-11-02",
        notes="company site: product menu, online shop link, the recall's own 召回专线 kept beside the site's 400 line; a cookie notice; 成文日期",
        page="""
<html><head><meta charset="utf-8"><title>关于召回部分批次金属战斗陀螺的公告 - 旋风玩具</title></head><body>
<header>⟦m 旋风玩具 XUANFENG TOYS⟧<nav>⟦m 首页 产品中心 新闻中心 服务支持 关于旋风⟧</nav>⟦a 官方旗舰店⟧</header>
<div class="crumb">⟦m 首页 / 新闻中心 / 公司公告⟧</div>
<h1>⟦t 关于召回部分批次金属战斗陀螺的公告⟧</h1>
<div class="content">
{BODY}
</div>
<div class="cookie">⟦d 本网站使用Cookie以改善浏览体验，继续浏览即表示您同意。⟧</div>
<footer>⟦m 客服热线：400-0576-880⟧　⟦m 浙ICP备2021004417号⟧</footer>
</body></html>
""",
        body="""
尊敬的消费者：
我公司在质量抽检中发现，2025年8月生产的“风暴战神”金属战斗陀螺（批号XF2508A至XF2508D）发射器拉条存在断裂风险，可能造成儿童划伤。
我公司决定主动召回上述批次产品，消费者可凭产品或购买凭证到原购买渠道免费退换。
召回专线：0576-8810263（每天9:00-18:00）。
旋风玩具（桕岭）有限公司
2025年11月2日
""",
    ),
    dict(
        slug="training-feiyan-jianzi-summer-camp-html",
        site="飞燕体育培训中心 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="brochure",
        form="html",
        source="http://www.feiyantiyu.example.com/zhaosheng/2025summer.html",
        title="2025年青少年毽球暑期训练营招生简章",
        record_title="2025年青少年毽球暑期训练营招生简章（限额40人）",
        date="2025-06-10",
        notes="training-school page: an enrol box, a WeChat consult float, a fee table and the brochure's own 报名电话 kept; a student-testimony list",
        page="""
<html><head><meta charset="utf-8"><title>2025年青少年毽球暑期训练营招生简章（限额40人）_飞燕体育</title></head><body>
<div class="top">⟦m 飞燕体育培训中心　让孩子爱上运动⟧</div>
<div class="menu">⟦m 首页 | 课程设置 | 师资力量 | 学员风采 | 在线报名⟧</div>
<h1>⟦t 2025年青少年毽球暑期训练营招生简章（限额40人）⟧</h1>
{BODY}
<div class="enroll">⟦a 在线预约试课　&gt;&gt;&gt;⟧</div>
<div class="float">⟦w 招生老师微信：feiyan-zs1⟧</div>
<div class="voice">⟦l 学员心声：孩子练了一个暑假，体质明显增强！——李同学家长⟧</div>
<footer>⟦m Copyright © 飞燕体育培训中心⟧</footer>
</body></html>
""",
        body="""
训练营面向8至14周岁青少年，由国家二级运动员担任主教练，系统教授毽球基本技术和比赛规则。
班次安排如下：
班次　日期　费用
第一期　7月7日至7月20日　1280元
第二期　7月28日至8月10日　1280元
报名电话：0552-3390127。
飞燕体育培训中心
2025年6月10日
""",
    ),
    dict(
        slug="app-wenshu-jianzi-game-opening-address-html",
        site="文枢写作 H5 (invented)",
        style="范文APP",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://m.wenshu-xz.example.com/h5/article/309127",
        title="在全县第五届毽球比赛开幕式上的致辞",
        record_title="在全县第五届毽球比赛开幕式上的致辞 - 文枢写作",
        date="2025-09-27",
        notes="H5 writing-app page: open-app banner, unlock prompt, copy and AI-polish buttons; speaker line and a date under the title (neutral)",
        page="""
<html><head><meta name="viewport" content="width=device-width"><title>在全县第五届毽球比赛开幕式上的致辞 - 文枢写作</title></head><body>
<div class="banner">⟦a 在文枢写作APP中打开，体验更流畅⟧</div>
<h1>⟦t 在全县第五届毽球比赛开幕式上的致辞⟧</h1>
<div class="stat">⟦m 2.1万次阅读　　公文写作 · 致辞⟧</div>
<p>县文化和体育局局长　覃秋</p>
<p>（2025年9月27日）</p>
{BODY}
<div class="lock">⟦a 开通SVIP，全站范文无限复制⟧</div>
<div class="tools">⟦a 复制　AI润色　导出Word⟧</div>
</body></html>
""",
        body="""
各位运动员、裁判员，同志们：
金秋九月，全县第五届毽球比赛今天开幕了，我谨代表县文化和体育局，向参赛的各位运动员表示热烈欢迎！
本届比赛共有二十二支代表队、一百八十余名运动员参加，是历届规模最大的一次。
希望全体运动员赛出风格、赛出水平，也希望大家把毽球运动带回社区、带回家庭。
预祝比赛圆满成功！
""",
    ),
    dict(
        slug="gkforum-tangao-interview-folk-games-junk",
        site="棠坳公考吧 (invented)",
        style="公考论坛",
        genre="面试题",
        kind="answer",
        form="text",
        source="http://www.tangaogk.example.com/bbs/thread-66150.html",
        title="如果让你组织一次社区传统体育游戏活动，你会怎么做？",
        record_title="[面试真题] 如果让你组织一次社区传统体育游戏活动，你会怎么做？（附答题思路） - 面试交流 - 棠坳公考吧",
        date=None,
        notes="exam forum: junk lines and glued junk; decorated title; the answer's numbered steps kept; relative post time, no date",
        junk=dict(lines=2, glued=2),
        page="""
!m 棠坳公考吧 › 面试交流 › 真题解析
!t [面试真题] 如果让你组织一次社区传统体育游戏活动，你会怎么做？（附答题思路）
!m 上岸学姐　发表于 5 小时前　|　查看: 1289　|　回复: 33
{BODY}
!a 回复本帖可获取完整版PDF
!l 收藏(56)　分享　评分
!w 面试一对一辅导，加群 801377152
""",
        body="""
组织社区传统体育游戏活动，目的是丰富居民生活，传承民俗文化，我会从以下几个方面做好工作。
首先是摸底调研，通过入户走访和问卷了解居民喜欢的项目，比如踢毽子、抽陀螺、跳房子等。
其次是制定方案，确定时间、场地、项目和安全预案，邀请社区老人担任“游戏导师”。
再次是组织实施，设置老少同乐组，让孩子向老人学习传统游戏。
最后是总结提升，把好的做法固定下来，形成社区常态化活动。
""",
    ),
    dict(
        slug="baike-jianqiu-entry-html-example-date",
        site="知林百科 (invented)",
        style="百科问答",
        genre="百科词条",
        kind="entry",
        form="html",
        source="https://www.zhilinbaike.example.com/wiki/毽球",
        title="毽球",
        record_title="毽球_知林百科",
        date=None,
        notes="encyclopaedia entry in HTML: edit and history links, a toc, an info box, references; an example date inside a sentence (no date)",
        page="""
<html><head><meta charset="utf-8"><title>毽球_知林百科</title></head><body>
<div class="top">⟦m 知林百科　人人可编辑的百科全书⟧　⟦a 登录　创建词条⟧</div>
<h1>{T}</h1>
<div class="tools">⟦a 编辑　历史版本　收藏⟧</div>
<div class="toc">⟦l 目录：1 起源　2 规则　3 赛事⟧</div>
{BODY}
<div class="ref">⟦l 参考资料　[1] 毽球运动教程，体育出版社⟧</div>
<div class="edit">⟦m 本页面最后修改于 4天前⟧</div>
<div class="foot">⟦d 知林百科内容仅供参考，遵循知识共享协议。⟧</div>
</body></html>
""",
        body="""
毽球是由民间踢毽子游戏发展而来的一项隔网对抗运动，融合了毽子的技巧和排球、羽毛球的比赛形式。
比赛分单人、双人和三人赛，运动员用脚、腿、胸等部位击球，不得用手触球。
毽球运动有正式的竞赛规则，例如某地方规程曾规定自1984年9月1日起统一使用标准毽球。
""",
    ),
    dict(
        slug="netdisk-yangu-school-top-club-plan-html",
        site="易存网盘 (invented)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="html",
        source="https://www.yicunpan.example.com/share/link?surl=Jt8qRw2",
        title="栎州市实验小学陀螺社团活动方案",
        record_title="栎州市实验小学陀螺社团活动方案.docx",
        date="2025-09-01",
        notes="cloud-drive preview in HTML: file facts, expiry and save/download buttons, a 'preview first 3 pages only' prompt, report link; file-name title",
        page="""
<html><head><meta charset="utf-8"><title>栎州市实验小学陀螺社团活动方案.docx_免费高速下载|易存网盘</title></head><body>
<div class="hd">⟦m 易存网盘⟧　⟦a 登录　注册⟧</div>
<div class="file">⟦t 栎州市实验小学陀螺社团活动方案.docx⟧</div>
<div class="meta">⟦m 分享时间：2025-09-04 20:11　有效期：30天　大小：28KB⟧</div>
<div class="btn">⟦a 保存到网盘⟧　⟦a 普通下载⟧</div>
<div class="preview">⟦a 在线预览仅显示前3页⟧
{BODY}
</div>
<div class="rep">⟦l 举报该分享⟧</div>
</body></html>
""",
        body="""
为丰富学生课余生活，传承民间传统体育，学校成立陀螺社团，制定本方案。
一、活动时间：每周三下午第三节课。
二、活动内容：陀螺的起源、抽陀螺的基本方法、花样抽陀螺和校内比赛。
三、安全要求：活动在操场东侧空地进行，学生之间保持三米以上距离，鞭绳长度不超过一米。
栎州市实验小学
2025年9月1日
""",
    ),
    dict(
        slug="snapshot-fengyang-park-top-safety-text-cache",
        site="易搜快照 / 枫阳街道办事处 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="text",
        source="http://snapshot.yisou.example.com/cache?url=fy.example.gov.cn/tz/0415.html",
        title="关于加强公园广场抽陀螺活动安全管理的通知",
        record_title="关于加强公园广场抽陀螺活动安全管理的通知 - 易搜快照",
        date="2025-04-15",
        notes="a text-only search cache: the cache banner with its crawl time (no date), a 'text-only version' link; the notice's own 联系电话 and 抄送 kept",
        page="""
!m 易搜快照：您正在查看 fy.example.gov.cn/tz/0415.html 的纯文本版本
!m 快照抓取时间：2025-06-30 02:48:11（页面可能已更新）
!a 查看原网页 | 查看完整版快照
!m 枫阳街道办事处 > 通知通告
{T}
{BODY}
!m 枫阳街道办事处　版权所有
""",
        body="""
各社区居委会、各公园管理处：
近期，辖区公园广场抽陀螺活动增多，多次发生鞭绳伤人、噪声扰民等问题，现就加强安全管理通知如下。
一、各公园管理处要划定抽陀螺专门区域，设置安全提示牌。
二、各社区要加强宣传劝导，引导居民在规定区域、规定时段开展活动。
联系人：街道平安办 孔涛，联系电话：0552-3351128。
枫阳街道办事处
2025年4月15日
抄送：区文化和体育局，区城管局。
""",
    ),
]

"""holdout41, part E: the second round of exam, tender, law-firm, residents', association,
company, training, writing-app, exam-forum, encyclopaedia, cloud-drive and snapshot pages."""

CASES = [
    dict(
        slug="rsks-feiling-horse-farm-vet-exam-html",
        site="榧岭市人事考试信息网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.flrsks.example.gov.cn/sydw/2025/0708/4410.html",
        title="榧岭市种马场2025年公开招聘兽医岗位工作人员笔试公告",
        record_title="榧岭市种马场2025年公开招聘兽医岗位工作人员笔试公告",
        date="2025-07-08",
        record_date="2025-07-08",
        notes="a personnel-exam site: an exam-calendar float, a 'print admission ticket' button, a table one row a paragraph; the notice's own consultation phone kept next to the site's technical hotline",
        page="""
<html><head><meta charset="utf-8"><title>榧岭市人事考试信息网</title></head><body>
<div class="banner">⟦m 榧岭市人事考试信息网⟧ <span>⟦m 公平　公正　公开⟧</span></div>
<div class="menu">⟦m 首页 ｜ 考试动态 ｜ 事业单位 ｜ 公务员 ｜ 职称考试 ｜ 成绩查询⟧</div>
<div class="float-cal"><b>⟦l 考试日历⟧</b><p>⟦l 07-20 种马场兽医岗笔试⟧</p><p>⟦l 07-27 乡镇卫生院招聘笔试⟧</p><a>⟦l 更多&gt;&gt;⟧</a></div>
<div class="content">
<h2>{T}</h2>
<div class="src">⟦m 来源：市人社局　日期：2025-07-08　字号：【大 中 小】⟧</div>
{BODY}
<div class="btn">⟦a 准考证打印⟧</div>
</div>
<div class="foot">⟦m 技术支持热线：0571-6100017（仅限网上报名技术问题）⟧ ⟦m 榧岭市人事考试中心　版权所有⟧</div>
</body></html>
""",
        body="""
根据《榧岭市种马场2025年公开招聘兽医岗位工作人员公告》，现将笔试有关事项公告如下。
一、笔试时间和地点
科目　时间　地点
畜牧兽医专业知识　7月20日9:00—11:00　榧岭市第二中学
二、准考证打印。考生请于7月16日至19日登录本网站自行打印准考证。
三、注意事项。考生须凭准考证和有效身份证件参加考试，开考三十分钟后不得入场。
政策咨询电话：0571-6102561（市种马场人事科）。
""",
    ),
    dict(
        slug="tender-zhaohu-go-tables-procurement-text",
        site="棹湖区政府采购网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://zfcg.zhaohu.example.gov.cn/cggg/2025/0811/33016.html",
        title="棹湖区少年宫围棋桌椅采购项目竞争性磋商公告",
        record_title="棹湖区少年宫围棋桌椅采购项目竞争性磋商公告",
        date="2025-08-11",
        notes="a procurement portal in text: a login/CA row, a project-number line (neutral), an 'I want to bid' button, the buyer's contact kept; the site's ICP and a countdown line as chrome",
        page="""
!a 供应商登录　|　专家登录　|　CA在线办理
!m 棹湖区政府采购网　>　采购公告　>　竞争性磋商
{T}
!m 发布时间：2025-08-11 10:30　浏览：211
!l 距离报名截止还有：6天 14时 22分
项目编号：ZHCG2025-C-0318
{BODY}
!a 我要报名　　下载采购文件
!m 棹湖区财政局主办　浙ICP备14060212号
""",
        body="""
一、项目概况。棹湖区少年宫围棋桌椅采购，预算金额二十六万元，采购围棋对弈桌六十张、座椅一百二十把、教学磁性棋盘四块。
二、供应商资格要求。具有独立承担民事责任的能力，近三年内无重大违法记录。
三、获取磋商文件。时间为8月12日至8月18日，供应商登录本网站免费下载磋商文件。
四、响应文件提交截止时间。2025年8月22日9时30分。
五、联系方式。采购人：棹湖区少年宫，联系人：柴老师，电话：0575-8815521。
""",
    ),
    dict(
        slug="lawfirm-xizhou-violin-trademark-blog-html",
        site="樨州知衡律师事务所 (invented)",
        style="律所网站",
        genre="评论",
        kind="commentary",
        form="html",
        source="https://www.zhiheng-law.example.cn/article/ipr/2025-0915.html",
        title="提琴产地名称能否注册为商标？——从“樨州提琴”集体商标谈起",
        record_title="提琴产地名称能否注册为商标？——从“樨州提琴”集体商标谈起 | 知衡观点",
        date="2025-09-15",
        notes="a law-firm article: a consult float with a phone, a lawyer card, a disclaimer and a 'reprint with permission' note; a site suffix; the subtitle kept as part of the title; the byline date",
        page="""
<html><head><meta charset="utf-8"><title>提琴产地名称能否注册为商标？——从“樨州提琴”集体商标谈起 | 知衡观点</title></head><body>
<div class="hd">⟦m 知衡律师事务所 ZHIHENG LAW FIRM⟧</div>
<div class="nav">⟦m 首页 / 知衡观点 / 知识产权⟧</div>
<div class="consult">⟦w 知识产权咨询专线 0775-3356900　在线预约律师⟧</div>
<article><h1>{T}</h1>
<div class="info">⟦m 作者：覃思远 律师　2025.09.15⟧</div>
{BODY}
</article>
<div class="card">⟦m 覃思远，知衡律师事务所合伙人，专注商标与品牌保护⟧</div>
<div class="statement">⟦d 本文仅为作者个人观点，不代表本所意见，亦不构成法律建议。转载请联系本所获得授权。⟧</div>
</body></html>
""",
        body="""
近日，“樨州提琴”集体商标获准注册，引发了不少制琴企业的关注：地名能不能注册成商标？
根据商标法的规定，县级以上行政区划的地名一般不得作为商标。但是，地名具有其他含义或者作为集体商标、证明商标组成部分的除外。
“樨州提琴”正是以集体商标的形式注册的，由樨州市提琴行业协会持有，符合条件的会员企业可以申请使用。
需要提醒的是，非会员企业在产品上使用“樨州提琴”字样，可能构成商标侵权。
""",
    ),
    dict(
        slug="community-liaoyuan-donation-volunteer-recruit-html",
        site="蓼原市光明街道幸福里社区 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="http://xfl.gmjd.liaoyuan.example.org/sqdt/2025/0415.html",
        title="幸福里社区招募生命关爱志愿者啦",
        record_title=None,
        date="2025-04-15",
        notes="a residents' site: a weather widget, service-hall buttons, a notice board marquee and a neighbours' message box; no record title; the notice's own contact person and phone kept; the byline's date",
        page="""
<html><head><meta charset="utf-8"><title>幸福里社区</title></head><body>
<div class="top">⟦m 幸福里社区　您身边的暖心家园⟧ <span>⟦m 今天 多云 14~22℃⟧</span></div>
<div class="svc">⟦a 网上办事⟧ ⟦a 居民议事⟧ ⟦a 便民电话⟧</div>
<marquee>⟦l 公告栏：4月20日上午社区义诊　|　垃圾分类积分兑换本周六进行⟧</marquee>
<div class="art"><h3>{T}</h3>
<div class="by">⟦m 社区居委会　2025-04-15⟧</div>
{BODY}
</div>
<div class="msg">⟦l 邻里留言板（5）　我要留言⟧</div>
<div class="ft">⟦m 幸福里社区党群服务中心　地址：光明街道幸福路28号⟧</div>
</body></html>
""",
        body="""
为配合全市人体器官捐献宣传月活动，社区现招募生命关爱志愿者十名。
志愿者主要负责在社区宣传点发放资料、解答居民咨询，服务时间为4月每个周六上午。
招募对象为十八周岁以上的社区居民，有医护工作经历者优先。
报名请到社区居委会一楼服务窗口，或联系社区社工小程，电话：0796-8265013。
""",
    ),
    dict(
        slug="association-ruocheng-seal-society-pledge-wrapped",
        site="箬城县文学艺术界联合会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="pledge",
        form="text",
        source="http://www.rcwl.example.org.cn/xhdt/2025/1020/311.html",
        title="关于抵制印章作品抄袭仿冒的倡议书",
        record_title="关于抵制印章作品抄袭仿冒的倡议书",
        date="2025-10-20",
        notes="an association page, hard-wrapped at 60 columns with a two-space indent; breadcrumbs and a member-service hotline; a sentence of the pledge about 下载 and 转发 of works kept; the date under the signature",
        wrap=60,
        indent="  ",
        page="""
!m 箬城县文联　协会动态
!m 首页 → 协会动态 → 篆刻研究会
{T}
!m 发布人：篆刻研究会秘书处　日期：2025-10-20
{BODY}
!m 会员服务热线：0731-5522018
!l 上一篇：县书协举办楹联书法进万家活动
""",
        body="""
全县篆刻工作者和广大印友：
近来，网络上出现了一些未经授权下载、转发甚至仿刻会员印章作品并用于商业用途的情况，严重损害了作者的合法权益。为此，箬城县篆刻研究会向全县印友发出如下倡议。
一、尊重原创。学习临摹前人和他人作品时应注明出处，不以他人作品冒充自己的创作。
二、依法维权。发现作品被抄袭仿冒的，及时保存证据，必要时向有关部门投诉。
三、自律互律。会员之间互相监督，对抄袭行为坚决说不。
箬城县篆刻研究会
2025年10月20日
""",
    ),
    dict(
        slug="corp-feiling-equestrian-club-html-announcement",
        site="榧岭马术俱乐部官网 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.feilingequestrian.example.com/news/notice-20251201.html",
        title="关于冬季营业时间调整的公告",
        record_title="关于冬季营业时间调整的公告-榧岭马术俱乐部",
        date="2025-12-01",
        notes="a club site: a booking bar, a cookie banner, member login, a WeChat and Douyin id line; a site suffix; the date under the signature (the footer's year range is no date)",
        page="""
<html><head><meta charset="utf-8"><title>关于冬季营业时间调整的公告-榧岭马术俱乐部</title></head><body>
<div class="cookie">⟦d 本网站使用Cookie以提升浏览体验，继续浏览即表示您同意。 接受⟧</div>
<div class="nav">⟦m 榧岭马术俱乐部⟧ ⟦m 关于我们 · 课程介绍 · 马匹寄养 · 新闻公告⟧ ⟦a 会员登录⟧ ⟦a 立即预约⟧</div>
<section class="post"><h1>{T}</h1>
{BODY}
</section>
<div class="social">⟦m 微信公众号：feiling_horse　抖音号：FLHC2019⟧</div>
<div class="foot">⟦m © 2019-2025 榧岭马术俱乐部　预约电话：0571-6178888⟧</div>
</body></html>
""",
        body="""
尊敬的会员及访客朋友：
因冬季气温较低、日照时间缩短，自2025年12月5日起，俱乐部营业时间调整为每日9:00至17:00，周一闭馆。
已预约课程的会员，课程时间如有冲突，请提前与教练协商调整。
寒冷天气骑乘请注意保暖，课前请做好热身。
感谢您的理解与支持！
榧岭马术俱乐部
2025年12月1日
""",
    ),
    dict(
        slug="training-qinyuan-violin-making-course-brochure",
        site="樨州琴源制琴培训学校 (invented)",
        style="培训机构",
        genre="简章",
        kind="notice",
        form="text",
        source="http://www.qinyuanschool.example.com/zsjz/2025qiu.html",
        title="琴源制琴培训学校2025年秋季招生简章",
        record_title="琴源制琴培训学校2025年秋季招生简章【最新】",
        date="2025-08-01",
        notes="a training school: a decorated record title (【最新】), a consult-now float glued after a 。, an enrolment WeChat id and a map line; a fee table one row a paragraph; the date under the signature",
        page="""
!w 在线咨询　|　招生热线：0775-3301626
!m 琴源制琴培训学校 —— 手工提琴制作人才的摇篮
!m 首页　学校简介　课程设置　招生简章　学员作品
!t 琴源制琴培训学校2025年秋季招生简章【最新】
{BODY}
!w 报名咨询微信：qinyuan_zhaosheng
!m 校址：樨州市提琴产业园创业楼四层（园区公交站下车即到）
""",
        body="""
一、学校简介。本校成立于2016年，是经樨州市人力资源和社会保障局批准设立的职业技能培训学校。⟦w 现在报名可享早鸟优惠，名额有限⟧
二、开设课程
课程名称　学制　学费
小提琴制作基础班　六个月　一万二千元
提琴油漆与修复班　三个月　七千元
三、报名条件。年满十八周岁，初中以上文化程度，热爱手工制作。
四、开学时间。2025年9月15日。
樨州琴源制琴培训学校
2025年8月1日
""",
    ),
    dict(
        slug="fanwenapp-dakou-brocade-insight-reader-mode",
        site="公文宝APP阅读模式 (invented)",
        style="范文APP",
        genre="心得体会",
        kind="insight",
        form="text",
        source="https://m.gongwenbao.example.cn/read/992013?share=1",
        title="参加织锦技艺培训班心得体会",
        record_title="参加织锦技艺培训班心得体会（通用3篇）",
        date=None,
        notes="an app reading mode: a collection title with （通用3篇）, a 'page 1 of 3' tab line, a font-size bar, a member prompt between paragraphs; no date (a 'published 5 days ago' line is relative)",
        page="""
!a Aa 字号　|　夜间模式　|　听文章
!t 参加织锦技艺培训班心得体会（通用3篇）
!m 公文宝　·　5天前发布　·　阅读 4172
!l 第1篇　第2篇　第3篇
{BODY}
!a 开通公文宝会员，免费下载全部3篇Word文档
!l 相关推荐：非遗传承人培训心得　传统手工艺培训总结
""",
        body="""
这次有幸参加了县文旅局举办的织锦技艺培训班，十天的学习让我对这门古老的手艺有了全新的认识。
以前我以为织锦就是把线织在一起，真正上机才知道，一幅锦要先挑花、再上机，每一根经线都不能错。
⟦a 会员专享：本文可一键生成PPT⟧
韦秀英老师手把手地教我们，她说：“织锦急不得，心静了，手才稳。”这句话我会一直记着。
回去以后，我打算带着村里的姐妹们一起练，争取明年在县里的技艺大赛上拿个名次。
""",
    ),
    dict(
        slug="gkforum-zhuanke-shenlun-essay-culture-heritage",
        site="申论之家论坛 (invented)",
        style="公考论坛",
        genre="文章",
        kind="essay",
        form="text",
        source="http://www.shenlunzhijia.example.com/thread-88017-1-1.html",
        title="让方寸之间的技艺薪火相传",
        record_title="【申论范文】让方寸之间的技艺薪火相传（文化传承类，附点评）",
        date=None,
        notes="an exam forum essay: a decorated record title, a moderator's scoring comment after the text, a 'reply to see the outline' line, forum junk on lines of its own; no date (the post time is 'yesterday')",
        junk=dict(lines=2, glued=1),
        page="""
!m 申论之家 › 申论范文 › 大作文精选
!t 【申论范文】让方寸之间的技艺薪火相传（文化传承类，附点评）
!m 作者：考公三年终上岸　昨天 22:18　　阅读权限 10
{BODY}
!m 【版主点评】立意准确，分论点清晰，结尾略显仓促，参考分数：30/35。
!a 回复本帖可查看本文提纲
!l 相关帖子：文化传承类申论高分范文十篇合集
""",
        body="""
一方印石，几把刻刀，方寸之间，气象万千。篆刻艺术承载着中华文明的审美与智慧，却也面临着后继乏人的困境。
让传统技艺薪火相传，要让它走进日常生活。只有融入生活的技艺，才有旺盛的生命力。
让传统技艺薪火相传，要让它走进青少年的课堂。许多地方开设篆刻兴趣课堂，让孩子们在一刀一划中感受传统之美。
让传统技艺薪火相传，还要守正创新。在坚守传统刀法章法的同时，大胆尝试新题材、新形式，传统技艺才能焕发新活力。
方寸之间有天地。守护好这些技艺，就是守护我们的文化根脉。
""",
    ),
    dict(
        slug="baike-feiling-horse-club-qa-entry",
        site="问知百科问答 (invented)",
        style="百科问答",
        genre="解答",
        kind="answer",
        form="text",
        source="https://zhidao.wenzhi.example.com/question/229910384.html",
        title="青少年学马术需要注意什么？",
        record_title="青少年学马术需要注意什么？_问知百科",
        date=None,
        notes="an encyclopaedia-style answer page: an expert card, an 'answered 2024' line of the page (no full date), a 'was this helpful' row and related questions; a numbered list kept; no date",
        page="""
!m 问知百科 > 体育运动 > 马术
{T}
!m 专家回答　榧岭马术俱乐部 教练 邵一帆　已帮助 3.2万 人
{BODY}
!l 有帮助(312)　没帮助(5)
!l 相关问题：几岁可以开始学马术？　学马术一年大概要多少钱？
!d 本回答由网友提供，仅供参考，如有疑问请咨询专业人士。
!m 本页面由问知百科整理发布
""",
        body="""
青少年学习马术，主要注意以下几点：
1. 年龄合适。一般建议六岁以上开始接触，先从小型马和地面课程学起。
2. 装备齐全。必须佩戴符合标准的头盔和护具，穿带跟的马靴，避免脚被卡在马镫里。
3. 循序渐进。不要急于跑步和跳跃，要先学会上下马、控缰和平衡。
4. 尊重马匹。不要站在马的正后方，接近马时要从侧前方慢慢靠近并出声提醒。
5. 选择正规场馆。要看俱乐部是否有合格的教练和完善的安全制度。
""",
    ),
    dict(
        slug="netdisk-tanbu-youhua-copyright-minutes-html-preview",
        site="橙子云盘 (invented)",
        style="网盘分享",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="https://www.chengziyun.example.com/s/aX91kQ?preview=1",
        title="油画村原创作品版权保护座谈会纪要",
        record_title="油画村原创作品版权保护座谈会纪要.wps",
        date="2025-06-12",
        notes="a cloud-drive document preview in HTML: a file-name title (.wps), share info, save/download buttons, a page-marker paragraph ⟨n⟩ cutting a paragraph, an expiry note; minutes' 时间/地点/主持 lines kept",
        pages=dict(fmt="⟨{n}⟩", every=180, start=2),
        page="""
<html><head><meta charset="utf-8"><title>油画村原创作品版权保护座谈会纪要.wps_免费高速下载|橙子云盘</title></head><body>
<div class="hd">⟦m 橙子云盘⟧ ⟦a 登录⟧ ⟦a 注册⟧</div>
<div class="file"><h2>⟦t 油画村原创作品版权保护座谈会纪要.wps⟧</h2>
<div>⟦m 分享时间：2025-06-14 11:02　文件大小：24.5K⟧</div>
<div>⟦a 保存到网盘⟧ ⟦a 下载(24.5K)⟧</div>
<div>⟦m 失效时间：永久有效⟧</div></div>
<div class="preview">
{BODY}
</div>
<div class="tip">⟦a 预览版本可能存在格式错乱，建议下载后使用WPS打开⟧</div>
<div class="ft">⟦d 橙子云盘严禁存储和分享违法违规文件⟧</div>
</body></html>
""",
        body="""
时间：2025年6月12日上午
地点：大榕镇油画村游客服务中心会议室
主持：镇党委副书记 欧阳明
参加：县市场监管局、县文旅局、油画村村委会、画工代表十二人
会议围绕油画村原创作品版权保护问题进行了座谈。画工代表反映，部分原创作品被他人拍照后大量复制销售，维权难度大、成本高。
会议明确：一是县市场监管局每月安排一次著作权登记服务进村；二是村委会建立原创作品登记台账；三是镇里聘请法律顾问为画工提供免费法律咨询。
""",
    ),
    dict(
        slug="snapshot-tanbu-organ-office-qa-text-cache",
        site="搜狗快照式缓存 (invented)",
        style="搜索快照",
        genre="解答",
        kind="answer",
        form="text",
        source="http://snapshot.soulu.example.com/cache?k=器官捐献登记&url=http://rc.tanbu.example.org.cn/wd/18.html",
        title="人体器官捐献志愿登记常见问题解答",
        record_title="人体器官捐献志愿登记常见问题解答",
        date="2025-04-02",
        notes="a text-only cache: a header with the cached URL and the cache time (not a date), a 'text-only version' switch; the original page's 更新日期 the date; a Q&A list where answers speak of 扫码/下载/打印 as content",
        page="""
!d 搜录快照：以下是 http://rc.tanbu.example.org.cn/wd/18.html 的纯文本缓存，缓存时间 2025-09-01 06:44:10
!a 查看原网页　|　完整版快照
!m 檀埠县红十字会 » 常见问答
{T}
!m 更新日期：2025-04-02
{BODY}
!m 檀埠县红十字会　地址：檀埠县人民路60号
""",
        body="""
问：怎样进行人体器官捐献志愿登记？
答：可以到县红十字会现场登记，也可以用手机扫码进入官方登记平台在线登记。
问：登记后可以反悔吗？
答：可以。登记人可以随时通过登记平台变更或撤销登记，无需说明理由。
问：登记后会收到什么？
答：在线登记成功后，可以在平台上下载电子登记卡，也可以到县红十字会领取打印好的纸质登记卡。
问：登记需要家属同意吗？
答：登记是本人意愿的表达，不需要家属同意，但建议事先与家人沟通，让家人了解和尊重您的意愿。
""",
    ),
]

"""holdout41, part A: a seal-carving society, an organ-donation office, an equestrian club,
a violin-making park, a Go association, a brocade workshop, an ironware craft village.
Everything invented (counties 箬城, 蓼原, 檀埠, 榧岭, 樨州, 笪口, 箐田, 棹湖, 枰川 …)."""

CASES = [
    dict(
        slug="fanwen-yinshe-summary-seal-carving-society",
        site="墨香范文苑 (invented)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.moxiangfw.example.com/zongjie/shetuan/20250114_7731.html",
        title="箬城县篆刻研究会2024年工作总结",
        record_title="【精编】箬城县篆刻研究会2024年工作总结（通用版）",
        date="2025-01-12",
        notes="decorated record title; Chinese-numeral 成文日期 under the signature; a copy-lock line glued before a 。 and a membership prompt between paragraphs",
        page="""
!m 墨香范文苑 — 每日更新优质范文
!m 您在这里：范文首页 » 工作总结 » 社团工作总结
!t 【精编】箬城县篆刻研究会2024年工作总结（通用版）
!m 投稿人：竹石　收录：2025-01-14　人气：1382
{BODY}
!a 觉得有用？一键复制全文请先开通墨香会员
!l 同类范文推荐：
!l · 书法家协会年度工作总结范文三篇
!l · 民间文艺家协会上半年工作小结
!m 墨香范文苑 版权所有 湘ICP备20250871号-3
""",
        body="""
2024年，在县文联的指导下，研究会紧扣“守正创新、以印育人”的主题，较好地完成了全年各项工作任务。
一、会员队伍不断壮大。全年新发展会员二十一名，其中三十五岁以下青年会员九名，会员总数达到一百零六名。⟦a 本段内容已加密，登录后方可复制⟧
二、创作展览成果丰硕。举办“印说箬城”篆刻作品展一次，展出作品一百八十方，会员作品入选省级展览十二件。
⟦w 需要本文Word原稿的朋友，可私信站长微信 mx_fanwen88⟧
三、印学普及走进校园。在县实验小学、城关中学开设篆刻兴趣课堂，全年授课四十八课时，受益学生六百余人。
四、存在的不足。研究经费主要依靠会员自筹，理论研究相对薄弱，青年会员创作水平有待提高。
2025年，研究会将继续办好篆刻进校园活动，筹备成立印学理论研究小组，力争举办一次跨县交流展。
箬城县篆刻研究会
二〇二五年一月十二日
""",
    ),
    dict(
        slug="wenku-liaoyuan-organ-donation-plan-bracket-screen-markers",
        site="知海文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://wenku.zhihai.example.net/view/8f2c01a7be9d.html",
        title="蓼原市2025年人体器官捐献宣传月活动方案",
        record_title="蓼原市2025年人体器官捐献宣传月活动方案 - 知海文库",
        date="2025-03-20",
        notes="a preview cut by 〘n〙 page markers, glued or on their own; a title suffix; a preview-end prompt and a score line at the bottom",
        pages=dict(fmt="〘{n}〙", every=130, start=2, glue="mix"),
        page="""
!m 知海文库　·　医疗卫生　·　方案
!t 蓼原市2025年人体器官捐献宣传月活动方案
!m 贡献者：lyhzc2025　　页数：4页　　4.6分（31人评价）
!a 免费预览已结束，剩余内容请用下载券获取
{BODY}
!a 还剩2页未读，继续阅读
!d 本文档为用户自行上传，知海文库仅提供存储空间，如内容侵权请提交申诉。
!l 相关文档：器官捐献志愿登记宣传稿　|　遗体捐献工作流程图
""",
        body="""
为进一步普及人体器官捐献知识，弘扬人道主义精神，根据省卫生健康委有关要求，结合我市实际，制定本方案。
一、活动时间。2025年4月1日至4月30日。
二、活动主题。生命接力，让爱延续。
三、主要内容。（一）开展进社区宣传。各县区红十字会要组织志愿者走进社区，讲解器官捐献的意义和登记流程。（二）开展缅怀纪念活动。在市人体器官捐献者纪念园举行缅怀仪式，邀请捐献者家属代表参加。（三）开展网络宣传。通过本地媒体和政务新媒体推送捐献者故事，引导群众通过官方渠道进行志愿登记。
四、工作要求。各单位要高度重视，明确专人负责，活动结束后于5月10日前将总结材料报市人体器官捐献工作办公室。
蓼原市人体器官捐献工作办公室
2025年3月20日
""",
    ),
    dict(
        slug="gov-tanbu-organ-donation-notice-html-byline",
        site="檀埠县卫生健康局 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://wjj.tanbu.example.gov.cn/tzgg/202504/t20250408_3311.html",
        title="关于做好人体器官捐献协调员培训工作的通知",
        record_title=None,
        date="2025-04-08",
        notes="no record title: found in the page; the byline's 发布时间 is the date; a font-size and elder-mode toolbar; a document number (neutral); the notice's own 联系人/电话 next to the site's hotline in the footer; an attachment list kept",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>关于做好人体器官捐献协调员培训工作的通知_檀埠县卫生健康局</title>
<link rel="stylesheet" href="/css/main.css"><script>var _tb = window._tb || []; _tb.push(['site','wjj']);</script></head>
<body>
<div class="topbar"><span>⟦m 檀埠县人民政府门户网站｜县卫生健康局⟧</span><a>⟦a 长者模式⟧</a><a>⟦a 无障碍⟧</a></div>
<div class="nav"><ul><li>⟦m 首页⟧</li><li>⟦m 机构概况⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 办事服务⟧</li><li>⟦m 互动交流⟧</li></ul></div>
<div class="pos">⟦m 当前位置：首页 &gt; 政务公开 &gt; 通知公告⟧</div>
<div class="article">
<h1>{T}</h1>
<div class="info">⟦m 发布时间：2025-04-08 16:21　　发布机构：县卫生健康局　　浏览次数：217⟧</div>
<div class="tools">⟦a 【字号 大 中 小】【打印本页】【关闭窗口】⟧</div>
<p class="wh">檀卫健发〔2025〕19号</p>
{BODY}
</div>
<div class="side"><h3>⟦l 热点关注⟧</h3><ul><li>⟦l 县人民医院新增夜间门诊⟧</li><li>⟦l 2025年家庭医生签约服务指南⟧</li></ul></div>
<div class="footer">⟦m 主办：檀埠县卫生健康局　　承办：县大数据中心⟧<br>⟦m 网站咨询电话：0571-6302001（工作日）⟧<br>⟦m 浙ICP备05051122号　网站标识码3301270021⟧</div>
<script src="/js/stat.js"></script>
</body></html>
""",
        body="""
各乡镇卫生院，县直各医疗卫生单位：
为提升我县人体器官捐献协调员业务能力，经研究，决定举办2025年度人体器官捐献协调员培训班。现将有关事项通知如下。
一、培训对象。各医疗卫生单位从事器官捐献协调工作的人员，每单位一至二名。
二、培训时间和地点。4月22日至23日，在县人民医院学术报告厅举行。
三、培训内容。器官捐献相关法规政策、潜在捐献者识别与上报、与捐献者家属沟通技巧等。
四、其他事项。请各单位于4月15日前将报名回执报送县卫生健康局医政科。联系人：方慧玲，电话：0571-6302417。
附件：1.培训日程安排
2.报名回执
檀埠县卫生健康局
2025年4月8日
""",
    ),
    dict(
        slug="news-feiling-equestrian-news-old-table",
        site="榧岭新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="http://www.feilingnews.example.cn/html/2025-05/17/content_88120.htm",
        title="榧岭马术俱乐部承办全省青少年马术锦标赛",
        record_title="榧岭马术俱乐部承办全省青少年马术锦标赛_榧岭新闻网",
        date="2025-05-17",
        notes="old table layout in gb2312 style; a title suffix in the record; a marquee, a visitor counter, an editor line and a prev/next row; the byline's date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>榧岭马术俱乐部承办全省青少年马术锦标赛_榧岭新闻网</title></head>
<body bgcolor="#ffffff">
<table width="980" align="center"><tr><td>⟦m 榧岭新闻网　榧岭人自己的网上家园⟧</td><td>⟦a 设为首页⟧ ⟦a 加入收藏⟧</td></tr></table>
<table width="980" align="center"><tr><td><marquee>⟦l 【滚动】榧岭县召开2025年防汛工作会议　【滚动】县城区新增公共停车位八百个⟧</marquee></td></tr></table>
<table width="980" align="center"><tr><td width="700" valign="top">
<table><tr><td>⟦m 当前位置：榧岭新闻网 → 体育 → 本地体育⟧</td></tr></table>
<table><tr><td align="center"><b>{T}</b></td></tr>
<tr><td align="center">⟦m 2025年05月17日 09:42　来源：榧岭县融媒体中心　记者 柯晓帆⟧</td></tr></table>
<table><tr><td>
{BODY}
</td></tr></table>
<table><tr><td>⟦m 【责任编辑：潘一鸣】⟧</td></tr>
<tr><td>⟦l 上一条：县老年大学春季学期结业⟧</td></tr><tr><td>⟦l 下一条：榧岭香榧采摘节新闻发布会举行⟧</td></tr></table>
</td><td width="260" valign="top">
<table><tr><td>⟦l 图片新闻⟧</td></tr><tr><td>⟦l 竹海漂流今起开放⟧</td></tr><tr><td>⟦l 香榧古树群入选省级名录⟧</td></tr></table>
</td></tr></table>
<table width="980" align="center"><tr><td>⟦m 您是第 00452318 位访客⟧</td></tr><tr><td>⟦d 榧岭新闻网所刊登之原创稿件，未经授权不得转载⟧</td></tr></table>
</body></html>
""",
        body="""
5月15日至16日，2025年全省青少年马术锦标赛在榧岭马术俱乐部举行，来自全省十一个市的一百四十余名选手参加比赛。
本次比赛设场地障碍、盛装舞步和马术绕桶三个大项，分儿童组和少年组进行。
经过两天角逐，榧岭代表队获得两枚金牌、三枚银牌，创造了参赛以来的最好成绩。
榧岭马术俱乐部成立于2019年，现有马匹四十二匹，已累计培训青少年学员二千余人次。
""",
    ),
    dict(
        slug="forum-qinfang-violin-park-safety-plan-junk",
        site="提琴匠人论坛 (invented)",
        style="论坛",
        genre="方案",
        kind="plan",
        form="text",
        source="http://bbs.qinjiang.example.com/thread-55812-1-1.html",
        title="樨州提琴产业园2025年安全生产专项整治方案",
        record_title="【资料分享】樨州提琴产业园2025年安全生产专项整治方案",
        date="2025-02-26",
        notes="forum post with jammer junk lines and junk glued after 。; a decorated record title; floor and reply chrome; the date under the signature",
        junk=dict(lines=2, glued=3),
        page="""
!m 提琴匠人论坛 › 行业交流区 › 园区与政策
!t 【资料分享】樨州提琴产业园2025年安全生产专项整治方案
!m 楼主：木纹听风　发表于 2025-3-2 21:07　只看该作者
!m 查看: 906|回复: 14
{BODY}
!a 本帖最后由 木纹听风 于 2025-3-2 21:15 编辑
!l 沙发　松香不够　2025-3-2 21:30
!l 谢谢分享，我们厂正好要做这个
!l 回复　举报　支持(3)　反对(0)
!d 本帖子中包含的资料由网友发布，仅代表个人观点，与本论坛无关
""",
        body="""
为深入推进园区安全生产治本攻坚，有效防范木材加工、油漆喷涂等环节的安全风险，制定本方案。
一、整治范围。园区内全部提琴制作、琴弓加工、配件生产企业及家庭作坊。
二、整治重点。（一）木粉尘防爆。重点检查除尘设施运行、粉尘清扫记录和电气设备防爆情况。（二）油漆仓储。重点检查易燃油漆的存放数量、通风条件和消防器材配备。（三）用电安全。重点检查私拉乱接电线、电热设备无人值守等问题。
三、时间安排。3月为企业自查阶段，4月至5月为集中整治阶段，6月为验收总结阶段。
四、工作要求。各企业主要负责人是本企业安全生产第一责任人，要对照清单逐项整改，整改情况于每月25日前报园区安监办。
樨州提琴产业园管委会
2025年2月26日
""",
    ),
    dict(
        slug="blog-heiqi-go-coach-insight-relative-time",
        site="黑白十九路的博客 (invented)",
        style="博客",
        genre="心得体会",
        kind="insight",
        form="text",
        source="https://blog.shuangyu.example.com/u/heibai19/p/20931",
        title="参加全市围棋教练员培训班的心得体会",
        date=None,
        notes="a blog post with only a relative time (3天前) and a year-free page: no date; tags, an archive and a comment box under the text; a reader-count line",
        page="""
!m 黑白十九路的博客
!m 教棋十年，一子一世界
{T}
!m 发表于 3天前　阅读 241　评论 6
{BODY}
!l 标签：围棋　教练员　培训
!l 分类：教棋手记（23）
!l ← 较早的文章：带孩子们打县里的升段赛　　较新的文章：三路与四路 →
!l 6 条评论
!l 小尖：写得真实，我们班也有同样的问题。
!l 发表评论（需登录后才能评论）
!d 本博客文章均为原创，转载请注明出处。
""",
        body="""
上个月，我参加了市围棋协会举办的为期五天的教练员培训班，收获很大，现将几点体会整理如下。
第一，教棋先教人。培训班的老师反复强调，围棋教学不能只盯着胜负，更要培养孩子尊重对手、复盘反思的习惯。
第二，要用好分级教学。过去我把不同水平的孩子放在一个班里，进度总是难以兼顾，今后要按棋力分组，因材施教。
第三，教练员自身要不断学习。这次培训中，我听到了很多新的布局理论，深感自己的知识需要更新。
回到学校后，我准备把这些体会用到下一期的围棋社团课中去。
""",
    ),
    dict(
        slug="wechat-zhujin-brocade-pledge-html",
        site="笪口织锦 公众号镜像 (invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="pledge",
        form="html",
        source="https://mp.wenzhai.example.com/s/dkzj_20250610_01",
        title="守护织锦技艺 传承非遗文化倡议书",
        record_title="守护织锦技艺 传承非遗文化倡议书",
        date="2025-06-10",
        notes="WeChat-style mirror: account card, a follow prompt, a reward row, 在看/点赞 and a mirror's copyright line; a title repeated as the share caption; the date in the document",
        page="""
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>守护织锦技艺 传承非遗文化倡议书</title></head>
<body><div id="page">
<div class="mirror-bar">⟦m 文摘镜像 · 公众号文章存档⟧</div>
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta">⟦m 笪口织锦工坊⟧ ⟦m 2025年06月10日 20:05⟧ ⟦m 广西⟧</div>
<div class="rich_media_content">
<p>⟦a 点击上方蓝字，关注“笪口织锦工坊”⟧</p>
{BODY}
<p>⟦l 往期回顾：织锦纹样里的二十四节气｜工坊暑期研学营开始报名⟧</p>
</div>
<div class="reward">⟦a 喜欢作者 赞赏⟧</div>
<div class="tool">⟦l 阅读 1.2万　分享　在看 87　点赞 302⟧</div>
<div class="copyright">⟦d 本页面为公众号文章镜像，版权归原公众号所有，如需删除请联系 mirror@wenzhai.example.com⟧</div>
</div>
<script>window.__mirror = {id: "dkzj0610"};</script>
</body></html>
""",
        body="""
各位织锦艺人、非遗爱好者和社会各界朋友：
笪口织锦已有四百多年历史，是列入省级非物质文化遗产代表性项目名录的传统技艺。
近年来，会织锦的老艺人越来越少，传统纹样和工艺面临失传的危险。为此，我们向社会发出如下倡议。
一是走近织锦。欢迎大家走进工坊，看一看、摸一摸、学一学，了解织锦背后的故事。
二是尊重原创。不仿冒、不抄袭传统纹样，购买织锦产品认准手工制作。
三是参与传承。鼓励青年人拜师学艺，欢迎学校把织锦课程引入课堂。
笪口织锦工坊
2025年6月10日
""",
    ),
    dict(
        slug="docshare-tiezao-ironware-village-survey-wrapped-filename",
        site="百度云享文档 (invented)",
        style="文档分享",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://share.yunxiangdoc.example.com/d/4a9e77c1",
        title="关于箐田镇铁器锻造传统村落发展情况的调研报告",
        record_title="关于箐田镇铁器锻造传统村落发展情况的调研报告.docx",
        date="2025-07-03",
        notes="a file-name title; the text hard-wrapped at 64 columns with an indent; an uploader line, file size and a login-to-download prompt; the date in Arabic numerals under the signature",
        wrap=64,
        indent="　　",
        page="""
!m 云享文档 · 分享文件
!t 关于箐田镇铁器锻造传统村落发展情况的调研报告.docx
!m 分享者：tz_wenyuan　　大小：36.2KB　　上传时间：2025-07-05
!a 登录后下载原文件　|　转存到我的文档
{BODY}
!d 以上内容为文档文字版预览，排版可能与原文件不同
!l 该用户的其他分享：箐田镇文旅发展规划（征求意见稿）.pdf
""",
        body="""
为摸清我镇铁器锻造传统村落的保护与发展现状，6月中旬，镇党委调研组深入铁匠湾、炉子坪两个村进行了专题调研，现将有关情况报告如下。
一、基本情况。两个村现有锻造作坊二十七家，从业人员一百一十余人，主要生产菜刀、农具和铁艺装饰品，年产值约一千三百万元。
二、存在的问题。一是从业人员老龄化严重，五十岁以上的占百分之六十八；二是作坊分散，环保设施简陋，噪声和烟尘扰民问题时有发生；三是品牌意识薄弱，产品主要靠中间商收购，利润偏低。
三、几点建议。一是建设集中锻造区，统一配套环保设施；二是注册“箐田铁器”集体商标，发展电商销售；三是开设锻造技艺传习班，吸引年轻人回乡学艺。
中共箐田镇委员会调研组
2025年7月3日
""",
    ),
    dict(
        slug="edu-zhaohu-go-class-notice-attachments",
        site="棹湖区教育信息网 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://jyj.zhaohu.example.edu.cn/tzgg/2025/0902/1547.html",
        title="关于举办2025年棹湖区中小学生围棋比赛的通知",
        record_title="关于举办2025年棹湖区中小学生围棋比赛的通知",
        date="2025-09-02",
        record_date="2025-09-02",
        notes="record title and date; a document number (neutral); an attachment list and the notice's own 联系人/电话/邮箱 kept; the site's service hotline and a read counter around it",
        page="""
!m 棹湖区教育信息网
!m 首页 > 通知公告 > 体卫艺
{T}
!m 发文单位：区教育局体卫艺科　发布日期：2025年09月02日　点击数：1206
棹教体〔2025〕31号
{BODY}
!a 【打印】【关闭】
!m 区教育局服务热线：0575-8811200　邮编：312000
!m 版权所有：棹湖区教育局　技术维护：区电化教育馆
""",
        body="""
各中小学校：
为推动围棋进校园活动深入开展，丰富学生课余生活，经研究，决定举办2025年棹湖区中小学生围棋比赛。现将有关事项通知如下。
一、比赛时间。10月18日至19日。
二、比赛地点。棹湖区少年宫三楼棋院。
三、组别设置。小学低年级组、小学高年级组、初中组，每组分男子、女子两个类别。
四、报名办法。各校填写报名表，于9月30日前发送至指定邮箱。联系人：龚晓岚，电话：0575-8811263，邮箱：zhjytwy@zhaohu.example.edu.cn。
附件：1. 2025年棹湖区中小学生围棋比赛规程
2. 报名汇总表
3. 安全承诺书
棹湖区教育局
2025年9月2日
""",
    ),
    dict(
        slug="oa-qinyun-violin-works-minutes-html",
        site="琴韵乐器有限公司OA (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.qinyun.example.local/doc/view.aspx?id=20250418",
        title="公司第二季度生产调度会议纪要",
        record_title="公司第二季度生产调度会议纪要",
        date="2025-04-18",
        notes="an intranet document view: 流转记录 table, read counts, a watermark line and a print button; minutes' 时间/地点/主持/参会 lines kept in the body",
        page="""
<html><head><meta charset="utf-8"><title>公文查看 - 琴韵OA协同办公平台</title>
<style>.wm{color:#eee}</style></head><body>
<div class="hdr">⟦m 琴韵OA协同办公平台⟧ <span>⟦m 当前用户：质检部 吴琳⟧</span> <a>⟦a 退出登录⟧</a></div>
<div class="menu">⟦m 待办事项｜已办事项｜公文管理｜会议管理｜通讯录⟧</div>
<div class="doc">
<h2>{T}</h2>
<div class="docinfo">⟦m 拟稿部门：总经理办公室　密级：内部　已阅 58 人⟧</div>
{BODY}
</div>
<div class="flow"><h4>⟦l 流转记录⟧</h4>
<table><tr><td>⟦l 总经理办公室 谢明远⟧</td><td>⟦l 发起⟧</td><td>⟦l 2025-04-18 17:10⟧</td></tr>
<tr><td>⟦l 生产部 程卫⟧</td><td>⟦l 已阅⟧</td><td>⟦l 2025-04-19 08:31⟧</td></tr></table></div>
<div class="btns">⟦a 打印　导出PDF　转发　归档⟧</div>
<div class="wm">⟦d 内部资料 严禁外传 质检部吴琳 2025-04-21⟧</div>
</body></html>
""",
        body="""
时间：2025年4月18日下午2:30
地点：公司二楼会议室
主持：谢明远
参会：生产部、采购部、质检部、销售部负责人
会议听取了各部门一季度生产经营情况汇报，研究了第二季度生产调度工作。现纪要如下。
一、生产计划。二季度计划完成小提琴成品三千二百把、大提琴四百把，生产部要按周分解任务。
二、原材料保障。采购部要在5月底前完成欧洲云杉面板的第二批采购，确保库存满足三个月生产需要。
三、质量管控。质检部要对油漆工序实行每日抽检，返修率控制在百分之三以内。
四、安全生产。各车间要严格落实除尘设备日常点检制度，严禁在打磨车间吸烟。
""",
    ),
    dict(
        slug="qa-lingyi-organ-donation-request-template",
        site="问百答 (invented)",
        style="问答社区",
        genre="请示",
        kind="request",
        form="text",
        source="https://www.wenbaida.example.com/question/66201839.html",
        title="关于申请设立人体器官捐献者纪念园的请示",
        record_title="求一篇关于申请设立人体器官捐献者纪念园的请示，急用！",
        title_also=["关于申请设立人体器官捐献者纪念园的请示范文"],
        date=None,
        notes="a Q&A page: the question as the record title; the best answer is a template 请示 with ×× placeholders and no real date (XX年XX月XX日); vote bar, other answers and the answerer's level around it",
        page="""
!m 问百答 > 社会民生 > 公益慈善
!m 求一篇关于申请设立人体器官捐献者纪念园的请示，急用！
!m 提问者：匿名用户　2个回答　浏览 3508 次
!m 最佳答案　由提问者推荐
!m 笔杆子老周　LV9　公文写作达人
!t 关于申请设立人体器官捐献者纪念园的请示范文
{BODY}
!l 有用(128)　没用(4)　评论(7)
!l 其他回答（1）
!l 建议你去当地红十字会网站找找，一般有模板。
!d 问百答内容由网友提供，仅供参考，不代表本站观点。
""",
        body="""
××市人民政府：
为缅怀人体器官捐献者的大爱精神，营造全社会支持器官捐献的良好氛围，我会拟在××公墓内设立人体器官捐献者纪念园，现将有关事项请示如下。
一、选址。纪念园拟选址于××公墓东侧，占地约××平方米。
二、建设内容。主要建设纪念碑、捐献者名录墙和缅怀广场。
三、资金来源。建设资金约××万元，拟由市红十字会募集和财政补助共同解决。
妥否，请批示。
××市红十字会
××××年××月××日
""",
    ),
    dict(
        slug="collection-laoyin-seal-carver-speech-1996-cn-date",
        site="石斋印痕——陈守拙文集 (invented)",
        style="个人文集",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.shouzhuo.example.name/wenji/jianghua/03.html",
        title="在箬城县篆刻研究会成立大会上的讲话",
        record_title="在箬城县篆刻研究会成立大会上的讲话",
        date="1996-10-08",
        notes="a personal collection: a 1996 speech with the date in Chinese numerals under the title and a speaker line (both neutral; the date is the document's); chapter navigation and a visit counter; the collector's note at the end as chrome",
        page="""
!m 石斋印痕——陈守拙文集
!m 目录 | 讲话 | 随笔 | 印谱 | 留言
!t 第三篇　在箬城县篆刻研究会成立大会上的讲话
陈守拙
（一九九六年十月八日）
{BODY}
!d 编者按：本文据作者手稿录入，文字略有删节。
!l 上一篇：刻印三十年杂记　下一篇：致青年印友的一封信
!m 本站访问量：031842
""",
        body="""
各位领导，各位印友：
今天，箬城县篆刻研究会正式成立了。这是我县文化界的一件喜事，我代表筹备组向大家表示热烈的祝贺。
篆刻艺术是我们民族的瑰宝，集书法、章法、刀法于方寸之间。我县历史上出过不少治印名家，留下了宝贵的印学遗产。
研究会成立以后，要做好三件事：一是团结全县印人，经常开展切磋交流；二是整理前辈印谱，把好东西保存下来；三是培养后学，让年轻人接上班。
希望大家同心协力，把研究会办成印人之家。谢谢大家。
""",
    ),
]

"""holdout86, part A: railway level-crossing keepers (铁路道口看守) — a keeper's yearly summary, a
work-section's safety notice, a county portal's notice, a news item, forum and blog posts, an
account's speech, a shared template, a school's safety lesson, a railway intranet minute, a Q&A
and a retired keeper's memoir. Invented text, sites and chrome; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="fanwen-jiangzi-summary-crossing-keeper",
        site="匠字范文网 (invented)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.jiangziwen.example.com/zongjie/geren/88213.html",
        title="铁路道口看守员个人年度工作总结",
        record_title="铁路道口看守员个人年度工作总结（通用3篇）",
        date=None,
        notes="decorated title (通用3篇); no date; a ghost-writer prompt between paragraphs; a copy button glued after a sentence; 'more like this' at the bottom",
        page="""
!m 匠字范文网 — 写材料，先来匠字
!m 您的位置：首页 › 工作总结 › 个人总结 › 正文
!t 铁路道口看守员个人年度工作总结（通用3篇）
!m 更新：3天前　热度：1208
{BODY}
!l 同类范文推荐：
!l · 道口安全员述职报告范本
!l · 铁路工务段职工年终总结
!d 本站范文均来自网友投稿，仅供参考，如有侵权请来信删除。
""",
        body="""
一年来，我在霁川东道口看守岗位上，严格执行“一看、二听、三确认”的作业标准，全年安全放行列车一万一千余列，未发生一起道口责任事故。
在日常工作中，我坚持提前三分钟关闭栏杆，遇到农用车、电动车抢道，耐心劝阻，必要时登记车牌报派出所处理。⟦a 一键复制本段⟧
⟦w 写不出总结？资深笔杆子一对一代笔，加V：jzfw_2024⟧
冬季雨雪天气，我和同班组同志一起清扫道口积雪，更换防滑踏板，保证行人车辆通行安全。
不足之处是对新版应急预案学习还不够深入，明年我将加强业务学习，争当优秀看守员。
""",
    ),
    dict(
        slug="wenku-mingjuan-notice-crossing-winter-markers",
        site="明卷文库 (invented)",
        style="文库预览",
        genre="通知",
        kind="notice",
        form="text",
        source="https://wenku.mingjuan.example.com/view/7f3a9c20e1.html",
        title="关于加强冬季铁路道口安全管理的通知",
        record_title="关于加强冬季铁路道口安全管理的通知.pdf",
        date="2024-11-28",
        notes="a file-name title; wrapped at 64 columns and cut by ⟬n⟭ page markers glued or not; preview-end prompt and an upload notice; 成文日期 under the signature",
        wrap=64,
        pages=dict(fmt="⟬{n}⟭", every=140, start=2, glue="mix"),
        page="""
!m 明卷文库 > 安全生产 > 交通运输
!t 关于加强冬季铁路道口安全管理的通知.pdf
!m 页数：3　大小：126KB　上传者：山间小站
{BODY}
!a 试读到此为止，余下内容需下载后查看
!a 立即下载（2下载券）　加入文件夹
!d 本文档由用户自行上传，明卷文库仅提供存储空间，若涉及版权请联系客服处理。
""",
        body="""
各车间、道口工区：
入冬以来，霁川至霖湾区段雨雪冰冻天气增多，道口机动车通行量明显上升，为确保冬季道口行车和人身安全，现就有关事项通知如下。
一、各道口要在十二月五日前完成栏杆、信号灯和报警装置的检查，发现故障立即报工区修复。
二、看守人员要严格执行接发列车程序，雨雪天气延长关闭栏杆提前时间，严禁在列车接近时放行车辆。
三、车间每周至少抽查一次夜班作业，对脱岗、睡岗等行为严肃处理。
霁川工务段
2024年11月28日
""",
    ),
    dict(
        slug="gov-xuancheng-notice-crossing-closure-html",
        site="霄城县人民政府 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.xiaocheng.example.gov.cn/zwgk/tzgg/2025/0310/4416.html",
        title="关于封闭霄城镇北关铁路道口的通告",
        record_title=None,
        date="2025-03-10",
        notes="HTML county portal: index table (索引号, 发布机构), font-size row, elder-mode switch, related links, footer with 网站标识码; missing record title; the notice's own 咨询电话 beside the portal's 12345 line",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于封闭霄城镇北关铁路道口的通告_通知公告_霄城县人民政府</title>
<script>var _hm=_hm||[];</script></head><body>
<div class="top">⟦a 长者模式⟧ | ⟦a 无障碍⟧ | ⟦m 霄城县人民政府门户网站⟧</div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政务服务⟧</li><li>⟦m 互动交流⟧</li></ul>
<div class="pos">⟦m 当前位置：首页 > 政务公开 > 通知公告⟧</div>
<table class="syh"><tr><td>⟦m 索引号：11341225MB0X21-2025-00318⟧</td><td>⟦m 发布机构：县交通运输局⟧</td></tr>
<tr><td>⟦m 发布日期：2025-03-10⟧</td><td>⟦m 主题分类：交通⟧</td></tr></table>
<h1>⟦t 关于封闭霄城镇北关铁路道口的通告⟧</h1>
<div class="tool">⟦a 【字号 大 中 小】⟧ ⟦a 【打印本页】⟧ ⟦a 【关闭窗口】⟧</div>
<div class="article">
{BODY}
</div>
<div class="xg"><h3>⟦l 相关文件⟧</h3><ul><li>⟦l 北关立交桥建设项目环评公示⟧</li><li>⟦l 县交通运输局2025年重点工作安排⟧</li></ul></div>
<div class="foot">⟦m 政务服务便民热线：12345⟧<br>⟦m 主办：霄城县人民政府办公室　网站标识码：3412250009⟧<br>⟦m 皖ICP备05099281号⟧</div>
</body></html>
""",
        body="""
因北关立交桥建成通车，经上级铁路部门同意，决定自2025年3月20日零时起永久封闭霄城镇北关铁路道口。
封闭后，过往车辆和行人请绕行北关立交桥，原道口两侧设置隔离栅栏和警示标志，任何单位和个人不得擅自拆除。
对翻越栅栏、强行通过的，由公安机关依法处理。
咨询电话：0557-6210347（县交通运输局综合科）
特此通告。
霄城县交通运输局
2025年3月10日
""",
    ),
    dict(
        slug="news-yushui-html-crossing-keepers-spring",
        site="雩水新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.yushuinews.example.cn/shehui/2025-02-03/60812.html",
        title="春运路上的道口守望者",
        record_title="春运路上的道口守望者",
        date="2025-02-03",
        notes="HTML news portal: byline with 发布时间 and 来源, photo caption between paragraphs, 24-hour hot list, editor line glued after the last paragraph, a share bar",
        page="""
<html><head><meta charset="utf-8"><title>春运路上的道口守望者 - 雩水新闻网</title></head><body>
<header>⟦m 雩水新闻网⟧ ⟦m 雩水人自己的新闻门户⟧ <a>⟦a 登录⟧</a> <a>⟦a 注册⟧</a></header>
<nav>⟦m 首页 | 时政 | 社会 | 民生 | 视频 | 专题⟧</nav>
<h1>⟦t 春运路上的道口守望者⟧</h1>
<p class="info">⟦m 发布时间：2025-02-03 08:41　来源：雩水日报　记者：霍思远⟧</p>
<div class="text">
{BODY}
</div>
<div class="bar">⟦l 分享到：朋友圈 QQ空间 微博⟧</div>
<aside><h4>⟦l 24小时热读⟧</h4><ol><li>⟦l 城南菜市场改造完工⟧</li><li>⟦l 雩水河春季禁渔开始⟧</li><li>⟦l 今年首场招聘会举行⟧</li></ol></aside>
<footer>⟦d 雩水新闻网版权所有，未经书面授权禁止转载⟧</footer>
</body></html>
""",
        body="""
凌晨五点，雩水站南侧的石桥道口已经亮起了灯，看守员郑丽萍把栏杆摇柄擦得锃亮，等待今天第一趟列车。
春运以来，这个道口每天通过旅客列车四十六列，行人和车辆比平时多了一倍。
⟦m 图为郑丽萍在道口确认列车接近信号。（霍思远 摄）⟧
“车来之前，栏杆必须放下；车过之后，还要再看一眼两边。”干了十九年看守工作的郑丽萍说，最怕的是有人赶时间抢道。
为保障春运安全，工务段在全线十二处有人看守道口增派了巡防人员，并在道口两侧加装了语音提示设备。⟦m （责任编辑：韦晓）⟧
""",
    ),
    dict(
        slug="forum-tiegong-post-crossing-shift-junk",
        site="铁工之家论坛 (invented)",
        style="论坛",
        genre="心得体会",
        kind="insight",
        form="text",
        source="http://bbs.tiegongzhijia.example.net/thread-22817-1-1.html",
        title="干了三年道口看守的一点体会",
        record_title="【原创】干了三年道口看守的一点体会",
        date="2024-09-14",
        notes="forum post with anti-scraping junk lines and glued junk; 发表于 line as the post date; floor and reply chrome",
        junk=dict(lines=2, glued=2),
        page="""
!m 铁工之家论坛 » 工务天地 » 道口看守
!t 【原创】干了三年道口看守的一点体会
!m 楼主：老栏杆　发表于 2024-9-14 21:07　只看该作者
!m 查看：2311 | 回复：37
{BODY}
!l 回复 支持(12) 反对(0)
!l 沙发：工区小赵 发表于 2024-9-14 21:30　说得太实在了，新人必看。
!l 快速回复　发表帖子
""",
        body="""
三年前从线路工转岗到道口，开始觉得这活儿轻松，后来才知道一点都不能马虎。
第一条体会是“宁停三分，不抢一秒”，列车预告一来，不管外面排了多少车，栏杆照样按时放。
第二条是交接班一定要当面点清，电话机、信号灯、防护用品一样一样对，记录本上签字。
第三条是和附近村民搞好关系，平时多宣传，真有人抢道的时候，乡亲们也会帮着劝。
这些都是小经验，说出来和同行们交流。
""",
    ),
    dict(
        slug="blog-shaoshou-crossing-night-wrapped",
        site="哨守的博客 (invented)",
        style="博客",
        genre="随笔",
        kind="essay",
        form="text",
        source="http://blog.shaoshou.example.com/post/2024/1107.html",
        title="夜班道口记",
        record_title="夜班道口记 - 哨守的博客 - 记录铁路边的日子",
        date="2024-11-07",
        notes="hard-wrapped blog post at 58 columns; decorated record title with the blog's name and slogan; bracketed post time as the page date; tags and prev/next",
        wrap=58,
        indent="    ",
        page="""
!m 哨守的博客
!m 记录铁路边的日子
!a 首页 | 归档 | 相册 | 留言
!t 夜班道口记
!m [2024-11-07 23:18]
{BODY}
!l 标签：道口 夜班 铁路
!l 上一篇：交接班那点事　下一篇：给新同事的一封信
!l 评论(6)　阅读(418)
""",
        body="""
夜里十一点接班，道口的灯是亮的，远处的村子已经黑了。值夜班最难熬的是两点到四点，这段时间货车多，间隔又短，一个接一个，人不敢坐下。
我习惯每过一趟车就在本子上记一笔，到天亮的时候，本子上密密麻麻一页纸，心里也就踏实了。
天快亮的时候，送奶的三轮车第一个到道口，师傅总会冲我按一下喇叭，这一夜就算平安过去了。
""",
    ),
    dict(
        slug="wechat-anxing-speech-crossing-safety-month",
        site="安行霏岭（公众号镜像） (invented)",
        style="公众号镜像",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://mp.weixinmirror.example.com/s/feiling-anxing-20250602",
        title="在全县铁路道口安全宣传月启动仪式上的讲话",
        record_title="在全县铁路道口安全宣传月启动仪式上的讲话",
        date="2025-06-02",
        notes="WeChat-style mirror with section/span paragraphs; speaker and date under the speech title neutral; account line; 在看/点赞 row and 阅读原文; follow prompt glued before the first paragraph",
        p_html="<section><span>{}</span></section>",
        page="""
<html><head><meta charset="utf-8"><title>在全县铁路道口安全宣传月启动仪式上的讲话</title></head><body>
<div id="meta">⟦m 安行霏岭⟧ ⟦m 霏岭县交通安全委员会办公室⟧ ⟦m 2025-06-02 19:30⟧</div>
<h2>⟦t 在全县铁路道口安全宣传月启动仪式上的讲话⟧</h2>
<section><span>县交通安全委员会副主任　邬长青</span></section>
<section><span>（2025年6月2日）</span></section>
{BODY}
<div class="tail">⟦l 阅读原文⟧ ⟦l 分享　在看　点赞⟧</div>
<div class="qr">⟦a 长按识别二维码，关注“安行霏岭”⟧</div>
</body></html>
""",
        body="""
⟦a 点击上方蓝字关注我们⟧同志们：
今天，我们在这里启动全县铁路道口安全宣传月活动，目的就是让“一停、二看、三通过”成为每一位群众的自觉习惯。
全县现有铁路道口九处，其中无人看守道口三处，去年以来发生险情四起，都与抢行和不按规定停车有关。
各乡镇要组织村组干部进村入户宣传，学校要上好一堂道口安全课，交警和铁路公安要联合开展夜间整治。
希望大家齐心协力，确保宣传月活动取得实效。
""",
    ),
    dict(
        slug="docshare-yunzhi-plan-crossing-drill-p-markers",
        site="云纸共享 (invented)",
        style="文档分享",
        genre="方案",
        kind="plan",
        form="text",
        source="https://share.yunzhi.example.com/d/9a31fe7b",
        title="霖湾站铁路道口突发事件应急演练方案",
        record_title="霖湾站铁路道口突发事件应急演练方案（可编辑）",
        date=None,
        notes="decorated title (可编辑); page markers ⦗n⦘ on lines of their own cutting sentences; numbered list and decimal headings kept; template placeholders kept; no date (演练时间 placeholder)",
        pages=dict(fmt="⦗{n}⦘", every=120, start=2),
        page="""
!m 云纸共享 · 文档详情
!t 霖湾站铁路道口突发事件应急演练方案（可编辑）
!a 收藏　下载　举报
!m 分享者：wanwan_1987　浏览 356 次
{BODY}
!d 声明：本资料由分享者上传，云纸共享不对内容真实性负责。
!l 猜你喜欢：道口应急处置流程图 / 工务段防洪演练脚本
""",
        body="""
1 演练目的
1.1 检验道口看守人员在汽车故障停留道口时的应急处置能力。
1.2 检验看守人员、车站和列车司机之间的联控程序是否顺畅。
2 演练时间和地点
演练时间：____年__月__日，地点：霖湾站东侧三号道口。
3 演练程序
（1）看守员发现机动车停在道口，立即关闭栏杆，打开遮断信号。
（2）用道口电话向车站值班员报告，车站通知接近列车停车。
（3）组织人员推移车辆，确认线路空闲后恢复开通。
""",
    ),
    dict(
        slug="edu-aishan-lesson-crossing-safety-html",
        site="霭山县教育体育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.aishan.example.gov.cn/aqjy/2025/0415/1123.html",
        title="关于开展铁路道口安全进校园活动的通知",
        record_title="关于开展铁路道口安全进校园活动的通知_安全教育_霭山县教育体育局",
        date="2025-04-15",
        notes="HTML education bureau page: decorated record title; 附件 list kept; the notice's own 联系人/电话 next to the footer's phone; a 'scan to read on phone' box",
        page="""
<html><head><meta charset="gbk"><title>关于开展铁路道口安全进校园活动的通知_安全教育_霭山县教育体育局</title></head><body>
<div class="logo">⟦m 霭山县教育体育局⟧</div>
<div class="menu">⟦m 网站首页 机构设置 教育动态 安全教育 招生考试⟧</div>
<div class="loc">⟦m 您现在的位置：网站首页 >> 安全教育⟧</div>
<h2>⟦t 关于开展铁路道口安全进校园活动的通知⟧</h2>
<div class="src">⟦m 作者：安全股　发布时间：2025-04-15　浏览次数：271⟧</div>
<div class="con">
{BODY}
</div>
<div class="ewm">⟦a 扫一扫在手机上阅读本文⟧</div>
<div class="ft">⟦m 地址：霭山县文昌路18号　电话：0739-5520118⟧<br>⟦d Copyright © 霭山县教育体育局 版权所有⟧</div>
</body></html>
""",
        body="""
各中小学、幼儿园：
为增强学生铁路道口安全意识，经研究，决定于4月下旬至5月底在全县开展铁路道口安全进校园活动。
一、铁路沿线十五所学校要邀请工务段看守员进校宣讲，每校不少于一次。
二、各校利用班会课播放道口安全警示片，并组织学生签订安全承诺书。
联系人：钟晓岚　电话：0739-5520136
附件：1.铁路沿线学校名单
2.道口安全承诺书（样式）
霭山县教育体育局
2025年4月15日
""",
    ),
    dict(
        slug="oa-gongwu-minutes-crossing-keepers-html",
        site="霈川工务段办公平台 (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.pcgwd.example.local/doc/view?id=20250118-07",
        title="道口工区安全分析会会议纪要",
        record_title="道口工区安全分析会会议纪要",
        date="2025-01-18",
        notes="HTML intranet document view: 流转记录 and read counts; minutes' 时间/地点/主持/参会 lines kept; a data table one row a paragraph",
        page="""
<html><head><meta charset="utf-8"><title>公文查看 - 霈川工务段办公平台</title></head><body>
<div class="sys">⟦m 霈川工务段协同办公平台⟧ ⟦m 当前用户：谭建⟧ ⟦a 退出⟧</div>
<div class="path">⟦m 公文管理 / 收文 / 查看⟧</div>
<h3>⟦t 道口工区安全分析会会议纪要⟧</h3>
<div class="docinfo">⟦m 文件编号：PC-AQ-2025-007　密级：内部⟧</div>
<div class="doc">
{BODY}
</div>
<div class="flow"><b>⟦m 流转记录⟧</b><br>⟦m 2025-01-18 16:02 安全科 起草⟧<br>⟦m 2025-01-19 09:15 段长 已阅⟧</div>
<div class="cnt">⟦m 已阅 23 人　未阅 4 人⟧</div>
<div class="btns">⟦a 打印　导出PDF　转发⟧</div>
</body></html>
""",
        body="""
时间：2025年1月18日下午
地点：段机关三楼会议室
主持：段安全副段长 汪立群
参会：各道口工区工长、安全科全体人员
会议通报了2024年全段道口安全情况，分析了四起道口险情的原因。
道口名称　险情次数　主要原因
霈川北道口　2　农用车抢道
杨庄道口　1　栏杆故障
西河道口　1　行人翻越
会议要求各工区在春节前完成道口设备全面检修。
""",
    ),
    dict(
        slug="qa-wenquan-answer-crossing-unmanned",
        site="问泉问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="answer",
        form="text",
        source="https://www.wenquanwd.example.com/q/58120394.html",
        title="无人看守的铁路道口应该怎样通过？",
        record_title=None,
        date=None,
        notes="Q&A: the question as title, missing in the record; answer with a relative time (2小时前) that is no date; vote bar and 'more answers'",
        page="""
!m 问泉问答 > 交通出行 > 铁路
!t 无人看守的铁路道口应该怎样通过？
!m 提问者：匿名用户　2小时前
!m 最佳答案
{BODY}
!m 回答者：霏岭老道工　三级
!l 有用(88)　没用(2)　评论
!l 其他3条回答 >
!d 以上回答仅代表网友个人观点，不构成专业建议。
""",
        body="""
通过无人看守道口，要做到“一慢、二停、三看、四通过”。
车辆在距道口五米以外停车，开窗听一听有没有列车鸣笛，再向两边看清楚。
确认两侧都没有列车接近时，用低速挡一次通过，中途不要换挡，更不能停在道口上。
如果车辆在道口熄火，要立即让车上人员下车，并向列车开来方向跑去示警。
""",
    ),
    dict(
        slug="collection-laodaogong-memoir-crossing-oneline",
        site="老道工文存 (invented)",
        style="个人文集",
        genre="回忆录",
        kind="essay",
        form="text",
        source="http://www.laodaogong.example.com/wencun/juan1/17.html",
        title="我的第一个道口",
        record_title="《老道工文存》卷一·第17篇｜我的第一个道口",
        date=None,
        notes="a personal collection's decorated title; body on one line with indents; a 写于 year line is no date; a 录入 stamp is no date",
        oneline=True,
        indent="　　",
        page="""
!m 老道工文存　卷一
!t 《老道工文存》卷一·第17篇｜我的第一个道口
!m 录入：孙女小禾　录入时间：2025-05-06
{BODY}
!l 目录　上一篇：学徒那年　下一篇：栏杆换成了电动的
!d 文存为家人整理，请勿转载。
""",
        body="""
一九七九年秋天，我被分到雯溪以东的柳湾道口，那时候的栏杆是手摇的，一趟车要摇四十多圈。
道口旁只有一间砖房，冬天烧煤炉，夏天蚊子多，师傅教我的第一句话是“眼睛比耳朵管用”。
后来道口装了电铃，再后来换成了自动栏杆，我也从小伙子熬成了老师傅。
写于二〇一九年，退休前一个月。
""",
    ),
]

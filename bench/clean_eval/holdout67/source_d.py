"""holdout67, part D: firefly conservation and firefly-named projects (萤火虫). Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="blog-yinghuo-night-survey-notes",
        site="夜行记 (invented)",
        style="博客",
        genre="随笔",
        kind="insight",
        form="text",
        source="https://yexingji.example.blog/post/2025-06-21",
        title="六月的夜里数萤火虫",
        record_title="【随记】六月的夜里数萤火虫 | 夜行记",
        date="2025-06-21",
        notes="blog with bracketed post time; reward prompt between paragraphs; tags and comments",
        page="""
!m 夜行记 · 记录山野的夜晚
!t 【随记】六月的夜里数萤火虫 | 夜行记
!m [2025-06-21 23:48]　分类：夜观笔记
{BODY}
!l 标签：萤火虫　夜观　竹溪
!l 3 条评论 » 发表评论
!d 本站文字与照片均为原创，未经许可请勿转载
""",
        body="""
今晚和保护小组去竹溪沟做萤火虫样线调查，八点半出发，十点半收工。
五百米的样线上一共记到黄脉翅萤一百二十七只，比去年同期多了三十多只。
⟦a 觉得有用的话，请作者喝杯咖啡吧 ☕⟧
回来的路上，大家约好下周再去一次，顺便把步道边新装的路灯位置记下来。
""",
    ),
    dict(
        slug="wechat-guangying-firefly-season-html",
        site="篁溪生态公众号镜像 (invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="letter",
        form="html",
        source="https://mp-mirror.example.net/s/hx_eco_20250528",
        title="萤火虫季文明观赏倡议书",
        record_title="萤火虫季文明观赏倡议书",
        date="2025-05-28",
        notes="WeChat-style section/span mirror; account line; 关注/扫码 in body kept; reading and like row",
        p_html='<section><span style="font-size:15px;">{}</span></section>',
        page="""
<html><head><meta charset="utf-8"><title>萤火虫季文明观赏倡议书</title></head><body>
<div class="rich_media">
<h2 class="rich_media_title">{T}</h2>
<div class="meta">⟦m 篁溪生态环境　2025年5月28日 19:30　篁溪⟧</div>
<section>⟦a 点击蓝字 关注我们⟧</section>
{BODY}
<section>⟦a 往期推荐⟧</section>
<section>⟦l 篁溪湿地鸟类调查启动　｜　世界环境日活动预告⟧</section>
<div class="tool">⟦l 阅读原文　阅读 3021　赞 87　在看 19⟧</div>
</div>
</body></html>
""",
        body="""
亲爱的市民朋友们：
每年五月底到六月，篁溪湿地的萤火虫进入发光高峰期。
为保护萤火虫栖息地，我们倡议：不捕捉、不购买萤火虫，观赏时关闭手电和闪光灯。
请沿步道观赏，不要进入草丛和水边，不要喷洒驱蚊剂。
大家可以关注本公众号，扫码预约错峰观赏时段。
篁溪县生态环境分局
2025年5月28日
""",
    ),
    dict(
        slug="docshare-yingdian-plan-firefly-habitat-markers",
        site="萤点文档 (invented)",
        style="文档分享",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.yingdiandoc.example.com/doc/77120.html",
        title="竹溪沟萤火虫栖息地修复实施方案",
        record_title="竹溪沟萤火虫栖息地修复实施方案（可编辑版）",
        date="2025-03-20",
        notes="page markers ⌈n⌉ glued to continuation lines; decimal headings; 成文日期",
        pages=dict(fmt="⌈{n}⌉", every=90, start=2, glue=True),
        page="""
!m 萤点文档 · 海量文档在线阅读
!t 竹溪沟萤火虫栖息地修复实施方案（可编辑版）
!m 共4页　|　1,024人浏览　|　上传于1周前
{BODY}
!a 阅读已结束，如需完整版请购买本文档（￥3.80）
!l 同类文档：湿地公园生态修复方案　河道生态护坡施工方案
""",
        body="""
为恢复竹溪沟萤火虫种群，改善沟谷生态环境，制定本方案。
1.1 修复范围为竹溪沟中下游两公里沟段及两侧二十米缓冲带。
1.2 修复期限为2025年4月至2026年3月。
2.1 拆除沟段内硬化护岸八百米，恢复自然土质岸坡，补植本地水生植物。
2.2 调整步道照明，改用低照度暖色灯具，晚九点后关闭。
篁溪县林业局
2025年3月20日
""",
    ),
    dict(
        slug="edu-zhuxi-notice-firefly-study-trip",
        site="篁溪县教育体育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://jtj.huangxi.example.gov.cn/tzgg/2025/0602/229.html",
        title="关于组织开展“追光萤火”自然研学活动的通知",
        record_title="关于组织开展“追光萤火”自然研学活动的通知",
        date="2025-06-02",
        notes="文号 neutral; own 联系人/电话; 附件 list; byline with 发布日期",
        page="""
!m 篁溪教育体育网
!m 当前位置：首页 > 通知公告 > 正文
{T}
!m 发布日期：2025-06-02　作者：基教股　点击数：603
篁教体〔2025〕46号
{BODY}
!a 【收藏本页】【打印本页】
!l 上一篇：关于做好2025年中考报名工作的通知
!m 篁溪县教育体育局版权所有
""",
        body="""
各中小学：
为增强学生生态保护意识，县教育体育局联合县林业局组织开展“追光萤火”自然研学活动。
一、时间：6月13日至6月27日每周五晚，每次限一所学校、四十名学生。
二、地点：竹溪沟萤火虫保护小区。
三、要求：各校须安排不少于四名教师带队，提前购买学生意外保险。
联系人：丁雅　电话：0593-5520173
附件：研学活动报名表
篁溪县教育体育局
2025年6月2日
""",
    ),
    dict(
        slug="oa-lvye-report-firefly-csr-html",
        site="绿野文旅集团OA (invented)",
        style="企业内网",
        genre="报告",
        kind="report",
        form="html",
        source="http://oa.lvyewl.example.local/doc/2025/0908/view.aspx?id=5521",
        title="关于景区萤火虫观赏项目暂停运营的报告",
        record_title="关于景区萤火虫观赏项目暂停运营的报告",
        date="2025-09-08",
        notes="OA view: 流转记录 and reading opinions, 密级 line; 抄送 kept",
        page="""
<html><head><meta charset="utf-8"><title>公文查看 - 绿野文旅集团协同办公</title></head><body>
<div class="sys">⟦m 绿野文旅集团协同办公系统⟧ ⟦a 退出登录⟧</div>
<div class="menu">⟦l 待办　已办　公文　通讯录⟧</div>
<table class="form"><tr><td>⟦m 来文单位：竹溪景区管理公司⟧</td><td>⟦m 密级：内部⟧</td></tr></table>
<h2>{T}</h2>
{BODY}
<div class="flow"><p>⟦m 流转记录：2025-09-09 集团办公室 已阅⟧</p><p>⟦m 阅办意见：同意，请运营部跟进。（杜总 9月10日）⟧</p></div>
<div class="btn">⟦a 办理　转发　打印　关闭⟧</div>
</body></html>
""",
        body="""
集团公司：
今年夏季，景区萤火虫观赏项目接待游客一万二千人次，但监测显示栖息地萤火虫数量较去年下降约四成。
经专家评估，主要原因是游客过多、夜间灯光和踩踏对幼虫生境造成影响。
为保护生态，公司拟自2026年起暂停该项目运营两年，期间开展栖息地修复。
妥否，请批示。
竹溪景区管理公司
2025年9月8日
抄送：集团运营部，集团财务部。
""",
    ),
    dict(
        slug="qa-zhidian-answer-firefly-buy-html",
        site="知点问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="answer",
        form="html",
        source="https://www.zhidian.example.com/question/88120233",
        title="网上卖的萤火虫能买来放生吗？",
        record_title=None,
        date=None,
        notes="question as title; answer with vote bar; relative time; no date",
        page="""
<html><head><meta charset="utf-8"><title>网上卖的萤火虫能买来放生吗？ - 知点问答</title></head><body>
<div class="top">⟦m 知点问答⟧ ⟦a 登录　写回答⟧</div>
<h1>{T}</h1>
<div class="q">⟦m 关注者 215　被浏览 4.8万⟧</div>
<div class="ans"><div class="author">⟦m 山野观察员　生态学研究生　编辑于 3 小时前⟧</div>
{BODY}
</div>
<div class="vote">⟦l 赞同 1.6万　｜　评论 328　｜　分享　｜　收藏⟧</div>
<div class="more">⟦l 查看全部 97 个回答⟧</div>
</body></html>
""",
        body="""
不建议买，更不建议放生。
网上卖的萤火虫大多是野外大量捕捉来的，运输途中死亡率很高，买得越多，抓得越多。
不同地方的萤火虫种类不同，随意放生可能造成外来物种问题。
想看萤火虫，最好的办法是去当地的保护区或湿地公园，按规定时间安静观赏。
""",
    ),
    dict(
        slug="collection-yehuo-essay-firefly-oneline",
        site="《夜火集》 (invented)",
        style="个人文集",
        genre="随笔",
        kind="insight",
        form="text",
        source="http://www.yehuoji.example.net/wen/023.html",
        title="萤火虫回来了",
        record_title="《夜火集》第二十三篇｜萤火虫回来了",
        date=None,
        notes="body on one line, paragraphs separated only by indent; collection nav; no date",
        oneline=True,
        indent="\u3000\u3000",
        page="""
!m 夜火集　作者：笠翁
!t 《夜火集》第二十三篇｜萤火虫回来了
{BODY}
!l 上一篇：老屋门前的枣树　|　下一篇：村口的石桥
!l 返回目录
""",
        body="""
我小时候，村后的稻田一到夏夜就是一片星星点点的光。
后来田边修了路，装了灯，萤火虫就一年比一年少，最后几乎看不见了。
前年村里把那片田改成生态田，不打农药，路灯也换成了矮矮的地灯。
今年夏天回村，我又在田埂上看见了萤火虫，孙女追着光跑了好远。
""",
    ),
    dict(
        slug="dangjian-yingguang-lecture-firefly-volunteers",
        site="篁溪机关党建 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://jgdj.huangxi.example.gov.cn/dkjt/2025/0627/88.html",
        title="做一只发光的“萤火虫”——在机关青年党员志愿服务分享会上的党课",
        record_title="做一只发光的“萤火虫”——在机关青年党员志愿服务分享会上的党课_篁溪机关党建",
        date="2025-06-27",
        notes="party lecture: speaker and date under the title (neutral); study-point box between paragraphs",
        page="""
!m 篁溪机关党建网　|　机关党建
!m 首页 >> 微党课 >> 正文
{T}
县直机关工委副书记　章明远
（2025年6月27日）
{BODY}
!a 分享到微信　　打印本页
!m 中共篁溪县直属机关工作委员会主办
""",
        body="""
青年党员同志们：
萤火虫的光很微弱，但成千上万只聚在一起，就能照亮一片夜空。
一年来，机关青年志愿服务队开展助老、助学、护河等活动一百二十多次。
⟦l 【学习要点】点亮微光　服务群众　|　更多微党课 >>⟧
希望大家都做一只发光的“萤火虫”，在平凡岗位上发光发热。
""",
    ),
    dict(
        slug="hospital-yingguang-ward-school-html",
        site="箕水市妇幼保健院 (invented)",
        style="医院官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.jsfy.example.cn/news/2025/0901/1102.html",
        title="“萤火虫病房学校”开学了",
        record_title="“萤火虫病房学校”开学了-箕水市妇幼保健院",
        date="2025-09-01",
        notes="hospital: appointment bar, floating consult box; own 咨询电话 (department) kept next to the hospital's hotline",
        page="""
<html><head><meta charset="utf-8"><title>“萤火虫病房学校”开学了-箕水市妇幼保健院</title></head><body>
<div class="head">⟦m 箕水市妇幼保健院　箕水市儿童医院⟧</div>
<div class="bar">⟦a 预约挂号　报告查询　智慧导诊⟧ ⟦w 24小时咨询：0596-2116120⟧</div>
<div class="loc">⟦m 首页 > 新闻中心 > 医院动态⟧</div>
<h1>{T}</h1>
<div class="inf">⟦m 作者：宣传科 林蔚　发布于：2025-09-01　阅读：455⟧</div>
{BODY}
<div class="kf">⟦a 在线客服⟧</div>
<div class="ft">⟦m 箕水市妇幼保健院　地址：箕水市新华路21号⟧</div>
</body></html>
""",
        body="""
9月1日，我院儿童血液科的“萤火虫病房学校”迎来新学期第一课。
病房学校由医院联合市实验小学开办，为长期住院的孩子提供语文、数学和美术课程。
本学期共有二十三名患儿报名，志愿教师每周到病房授课三次。
有意愿参加的家长可向科室咨询，咨询电话：0596-2116203（儿童血液科）。
""",
    ),
    dict(
        slug="university-linye-firefly-research-group",
        site="筠川农林大学 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.yclnu.example.edu.cn/xyxw/2025/1120/6643.htm",
        title="我校萤火虫保育团队发现萤科新种",
        record_title="我校萤火虫保育团队发现萤科新种-筠川农林大学",
        date="2025-11-20",
        record_date="2025-11-20",
        notes="university news: 供稿/审核 line, photo caption between paragraphs; title glued to the lead",
        page="""
!m 筠川农林大学新闻网
!m 首页 > 综合新闻
{T}
!m 供稿：植物保护学院　摄影：于丹　审核：邹立　时间：2025-11-20
{BODY}
!l 【关闭窗口】【返回顶部】
!m 版权所有：筠川农林大学党委宣传部　地址：筠川市农大路1号
""",
        body="""
⟦t 我校萤火虫保育团队发现萤科新种⟧近日，我校植物保护学院萤火虫保育团队在国际期刊发表论文，描述萤科一新种。
新种采集于筠川山区的溪流附近，雄虫发光器呈两节，发出黄绿色光。
⟦m 新种标本照片（于丹 摄）⟧
团队负责人表示，将继续开展山区萤火虫多样性调查，为栖息地保护提供依据。
""",
    ),
    dict(
        slug="localforum-zhuxi-firefly-light-complaint-html",
        site="竹溪生活网 (invented)",
        style="地方论坛",
        genre="建议",
        kind="letter",
        form="html",
        source="http://bbs.zhuxilife.example.cn/thread-20877-1-1.html",
        title="建议竹溪沟步道晚上少开几盏灯",
        record_title="建议竹溪沟步道晚上少开几盏灯 - 民生直通车 - 竹溪生活网",
        date="2025-07-04",
        notes="county forum: poster column, shop signature, official reply floor as list; post date the page's date",
        page="""
<html><head><meta charset="gbk"><title>建议竹溪沟步道晚上少开几盏灯 - 民生直通车 - 竹溪生活网</title></head><body>
<table width="980"><tr><td>⟦m 竹溪生活网　竹溪人自己的网上家园⟧</td></tr>
<tr><td>⟦m 竹溪生活网 » 民生直通车 » 查看帖子⟧</td></tr></table>
<table width="980"><tr><td width="160">⟦m 溪边老陈　积分 2310　注册时间 2012-3-8⟧</td><td>
<h1>{T}</h1>
<div>⟦m 发表于 2025-7-4 21:16⟧</div>
{BODY}
<div class="sig">⟦w 老陈渔具店，竹溪桥头往东50米，电话 13905931122⟧</div>
</td></tr></table>
<div>⟦l 2楼 县林业局官方回复：已转相关部门研究⟧</div>
<div>⟦a 快速回复　回帖后跳转到最后一页⟧</div>
</body></html>
""",
        body="""
竹溪沟步道去年装了一排新路灯，晚上亮得像白天一样。
以前这一段萤火虫很多，今年我去了几次，只看到零星几只。
建议有关部门把晚上九点以后的灯关掉一半，或者换成矮一点的地灯。
这样既不影响散步，也给萤火虫留一片黑夜。
""",
    ),
    dict(
        slug="download-wendang-firefly-monitoring-form",
        site="文档驿站 (invented)",
        style="资料下载站",
        genre="表格",
        kind="rules",
        form="text",
        source="http://www.wendangyz.example.com/down/5521.html",
        title="萤火虫样线调查记录规范",
        record_title="萤火虫样线调查记录规范.pdf",
        date=None,
        notes="download page: file info lines, download buttons, dead link notice; table and numbered list kept; no date",
        page="""
!m 文档驿站 → 科普资料 → 生态调查
!t 萤火虫样线调查记录规范.pdf
!m 文件大小：210KB　授权方式：免费　更新：2025-08-30
!m 下载：256次
{BODY}
!a 本地下载　|　网盘下载　|　备用地址
!a 下载不了？点此反馈
!d 资料来源于网络，版权归原作者，仅供学习交流使用。
""",
        body="""
1.调查时间：日落后三十分钟开始，持续一小时，阴雨大风天气不开展调查。
2.调查方法：沿固定样线匀速行走，记录样线两侧各五米内的发光个体。
3.记录表格式如下：
日期　样线编号　温度（℃）　发光个体数
6月10日　ZX-01　24　86
4.调查时使用红光手电，禁止使用白光强光手电。
""",
    ),
]

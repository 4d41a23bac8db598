"""holdout65, part A: rice-noodle (米粉) workshops and trade of an invented county, 榕岭县,
on twelve kinds of site. Every text, site, person and URL is invented."""

CASES = [
    dict(
        slug="gov-rongling-notice-rice-noodle-workshop-html",
        site="榕岭县人民政府 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.rongling.example.gov.cn/zwgk/tzgg/2025/0714/3381.html",
        title="榕岭县市场监督管理局关于开展米粉小作坊专项整治的通知",
        record_title="榕岭县市场监督管理局关于开展米粉小作坊专项整治的通知_榕岭县人民政府",
        date="2025-07-14",
        notes="modern county portal: 索引号 table, 关怀模式 row, a document number (neutral), the bureau's own 联系人/电话 next to the portal's 纠错 hotline",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>榕岭县市场监督管理局关于开展米粉小作坊专项整治的通知_榕岭县人民政府</title>
<script>var _siteid="rl001";</script></head><body>
<div class="top">⟦m 榕岭县人民政府门户网站⟧ <a>⟦a 关怀模式⟧</a> <a>⟦a 无障碍浏览⟧</a></div>
<ul class="nav"><li>⟦l 首页⟧</li><li>⟦l 政务公开⟧</li><li>⟦l 办事服务⟧</li><li>⟦l 互动交流⟧</li></ul>
<div class="pos">⟦m 您所在的位置：首页 ＞ 政务公开 ＞ 通知公告⟧</div>
<table class="xxgk"><tr><td>⟦m 索引号：11452821MB0P7731X/2025-00412⟧</td><td>⟦m 发文机关：县市场监督管理局⟧</td></tr>
<tr><td>⟦m 公开方式：主动公开⟧</td><td>⟦m 生成日期：2025-07-14⟧</td></tr></table>
<h1>⟦t 榕岭县市场监督管理局关于开展米粉小作坊专项整治的通知⟧</h1>
<p class="wh">榕市监〔2025〕37号</p>
<div class="zw">
{BODY}
</div>
<div class="tools">⟦a 【打印本页】⟧ ⟦a 【关闭窗口】⟧ ⟦a 【字号 ＋ － 】⟧</div>
<div class="xg"><h3>⟦l 相关文件⟧</h3><ul><li>⟦l 榕岭县食品小作坊登记管理办法（试行）⟧</li><li>⟦l 关于公布2025年第二批食品抽检结果的通告⟧</li></ul></div>
<div class="foot"><p>⟦m 主办：榕岭县人民政府办公室　网站标识码：4528210003⟧</p><p>⟦m 桂ICP备19003318号-2⟧</p><p>⟦w 网站纠错电话：0775-7210119⟧</p></div>
</body></html>
""",
        body="""
各乡镇人民政府，县直有关单位：
为规范全县米粉小作坊生产经营行为，保障群众“舌尖上的安全”，县市场监督管理局决定于2025年7月至10月开展米粉小作坊专项整治。
一、整治重点
重点检查原料大米进货查验、浸泡用水、蒸粉设备清洗消毒和成品标签标注等环节。
二、工作安排
7月31日前各乡镇完成摸底登记，8月至9月集中检查，10月组织“回头看”。
联系人：韦丽珍，电话：0775-7216032。
榕岭县市场监督管理局
2025年7月14日
""",
    ),
    dict(
        slug="news-rongling-rice-noodle-festival-html",
        site="榕岭新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.ronglingrm.example.cn/bd/202509/t20250921_88012.html",
        title="第三届榕岭米粉文化节开幕",
        record_title=None,
        date="2025-09-21",
        notes="news portal, no record title; byline with 发布时间 (the page's date); a photo caption between paragraphs; 24-hour list; editor line glued after the last paragraph",
        page="""
<html><head><meta charset="utf-8"><title>第三届榕岭米粉文化节开幕 - 榕岭新闻网</title></head><body>
<header><div>⟦m 榕岭新闻网 | 榕岭县融媒体中心主办⟧</div><nav>⟦l 本地 | 时政 | 民生 | 视频 | 专题⟧</nav></header>
<h1>⟦t 第三届榕岭米粉文化节开幕⟧</h1>
<div class="info">⟦m 发布时间：2025-09-21 10:32　来源：榕岭县融媒体中心　记者：莫海燕⟧</div>
<div class="article">
{BODY}
</div>
<aside><h4>⟦l 24小时热读⟧</h4><ol><li>⟦l 县城至鹿角镇公交线路调整⟧</li><li>⟦l 秋季征兵体检工作启动⟧</li></ol></aside>
<footer>⟦d 本网所刊稿件未经授权不得转载，违者必究⟧<br>⟦m 新闻热线：0775-7288100⟧</footer>
</body></html>
""",
        body="""
9月20日晚，第三届榕岭米粉文化节在县城滨江广场开幕，来自全县的四十二家米粉店摆开摊位迎客。
⟦m 图为市民在文化节现场品尝米粉。莫海燕 摄⟧
本届文化节为期五天，设置米粉技艺比拼、老字号展示和夜市美食三个板块。
据介绍，榕岭米粉去年产值达到六点八亿元，带动一万余人就业。⟦m （编辑：黄冬梅）⟧
""",
    ),
    dict(
        slug="fanwen-rongyu-rice-noodle-shop-summary-pages",
        site="榕语范文网 (invented)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.rongyufw.example.com/zongjie/gerenzj/20251103/66102.html",
        title="米粉店店长年度工作总结",
        record_title="【精选】米粉店店长年度工作总结（通用3篇）",
        date=None,
        notes="decorated record title; page markers 〖2〗 cutting sentences; a writing-service prompt between paragraphs; no date",
        pages=dict(fmt="〖{n}〗", every=90, start=2),
        page="""
!m 榕语范文网 - 写材料，先来榕语
!m 首页 » 工作总结 » 个人工作总结
!t 【精选】米粉店店长年度工作总结（通用3篇）
!m 更新：昨天　人气：1206
{BODY}
!a 本文共3篇，剩余2篇开通会员后可浏览
!l 上一篇：餐饮服务员转正工作总结
!l 下一篇：后厨主管半年工作小结
""",
        body="""
过去一年，在公司的支持下，我带领门店八名员工，全年接待顾客九万余人次，营业额比上年增长百分之十二。
一是抓出品质量，每天早上亲自检查米粉的软硬和汤头的咸淡，坚持骨头汤当天熬制当天用完。
⟦w 材料写不出来？专业笔杆子一对一代写，微信号：rongyu_bz66⟧
二是抓服务细节，推行“进门一声好、离店一声谢”，顾客投诉比上年减少一半。
新的一年，我将继续提升门店管理水平，争取把门店打造成区域内的示范店。
""",
    ),
    dict(
        slug="wenku-fenku-rice-noodle-plan-page-markers",
        site="粉库文档 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://wenku.fenku.example.com/view/9a1c7e2f30b4.html",
        title="米粉加工厂食品安全事故应急处置方案",
        record_title="米粉加工厂食品安全事故应急处置方案.docx",
        date="2025-04-08",
        notes="file-name record title; preview markers 第2页/共4页 glued; a pay prompt and an upload notice at the end; decimal headings kept",
        pages=dict(fmt="第{n}页/共4页", every=80, start=2, glue=True),
        page="""
!m 粉库文档 > 行业资料 > 食品加工
!t 米粉加工厂食品安全事故应急处置方案.docx
!m 4页　上传者：lvyuan_88　浏览 312 次　2.0 积分
{BODY}
!a 预览已到底，付2.0积分即可获取完整文档
!d 本文档由用户自行上传，平台仅提供存储与展示，如有侵权请联系删除
""",
        body="""
1 总则
1.1 为及时有效处置本厂发生的食品安全事故，最大限度减少危害，结合本厂实际制定本方案。
1.2 本方案适用于本厂米粉生产、贮存、运输过程中发生的各类食品安全事故。
2 应急处置
2.1 发现疑似不合格产品后，当班班长应立即停止生产，封存原料和成品，并在十五分钟内报告厂长。
2.2 厂长接报后应在两小时内向县市场监督管理局报告，不得迟报、瞒报。
青山米粉加工厂
2025年4月8日
""",
    ),
    dict(
        slug="forum-ronglingba-rice-noodle-price-junk",
        site="榕岭家园论坛 (invented)",
        style="论坛",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://bbs.rljy.example.net/thread-220571-1-1.html",
        title="关于米粉店不随意涨价的倡议书",
        record_title="[转帖] 关于米粉店不随意涨价的倡议书 - 榕岭杂谈 - 榕岭家园论坛",
        date="2025-02-10",
        date_also=["2025-02-12"],
        notes="forum post with anti-scraping junk lines and glued junk; the post time differs from the document's date (also accepted)",
        junk=dict(lines=2, glued=2),
        page="""
!m 榕岭家园论坛 › 榕岭杂谈 › 帖子详情
!t [转帖] 关于米粉店不随意涨价的倡议书 - 榕岭杂谈 - 榕岭家园论坛
!m 楼主：粉不离口　发表于 2025-2-12 08:14　只看该作者
{BODY}
!l 回复(17)　支持(5)　反对(0)
!m 2楼　老街螺蛳：支持，早餐一碗粉不能再涨了
!l 快速回复　发表回复
""",
        body="""
全县米粉经营户：
米粉是榕岭人的家常早餐，一碗粉的价格牵动着千家万户。为稳定市场秩序，县饮食服务行业协会向全县米粉经营户发出如下倡议。
一、春节后不跟风涨价，确需调价的，提前七天在店内显著位置公示。
二、明码标价，不得以“加料”“大碗”等名义变相提价。
三、诚信经营，自觉接受群众和有关部门监督。
榕岭县饮食服务行业协会
2025年2月10日
""",
    ),
    dict(
        slug="blog-fenjiang-rice-noodle-memory-html",
        site="粉匠的小屋 (invented)",
        style="博客",
        genre="心得体会",
        kind="other",
        form="html",
        source="https://fenjiang.blog.example.com/2025/06/grandpa-noodle-mill.html",
        title="外公的米粉坊",
        record_title="外公的米粉坊 | 粉匠的小屋",
        date="2025-06-02",
        notes="WordPress-like blog: bracketed post time, tag cloud, archive, comment box; a share bar glued after a sentence",
        page="""
<html><head><title>外公的米粉坊 | 粉匠的小屋</title><link rel="stylesheet" href="/wp.css"></head><body>
<div id="site-title">⟦m 粉匠的小屋 —— 记一些吃过和做过的粉⟧</div>
<div id="menu">⟦l 首页　随笔　手艺　关于我⟧</div>
<article><h2>⟦t 外公的米粉坊⟧</h2>
<div class="post-meta">⟦m [2025-06-02 21:40] 分类：随笔 | 阅读(418)⟧</div>
{BODY}
</article>
<div class="tags">⟦l 标签：米粉 外公 手艺 童年⟧</div>
<div id="sidebar"><h4>⟦l 文章归档⟧</h4><ul><li>⟦l 2025年6月 (3)⟧</li><li>⟦l 2025年5月 (5)⟧</li></ul></div>
<div id="comments">⟦l 发表评论　昵称（必填）　邮箱（不公开）　提交⟧</div>
<div id="footer">⟦d © 2019-2025 粉匠的小屋 版权所有 转载请注明出处⟧</div>
</body></html>
""",
        body="""
外公的米粉坊开在老街尽头，门口一口石磨，磨了四十年的米浆。
每天凌晨三点，外公就起来泡米、磨浆、上笼，天亮时第一笼粉刚好出锅。⟦l 分享到：微博 QQ空间 豆瓣⟧
我小时候最爱蹲在灶边，等外公撕下一块刚蒸好的粉皮，蘸一点酱油就是最好的点心。
后来米粉坊关了门，石磨被搬进了县里的非遗展馆，我每次回去都要去看一眼。
""",
    ),
    dict(
        slug="wechat-mirror-rongling-rice-noodle-speech",
        site="微阅榕城 (invented WeChat mirror)",
        style="公众号镜像",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://mp.weiyuerc.example.com/s/Kq8ZrT2mLx0",
        title="在榕岭米粉产业发展大会上的讲话",
        record_title="在榕岭米粉产业发展大会上的讲话",
        date="2025-03-18",
        notes="mirror of an official account; speaker line and a date in parentheses under the title (date expected from it; speaker neutral); follow and 在看 prompts",
        page="""
!m 榕岭发布　2025-03-19 18:02　广西
!m 原创 榕岭发布
{T}
县委副书记、县长　覃国良
（2025年3月18日）
{BODY}
!a 点击上方蓝字“榕岭发布”关注我们
!l 往期推荐：榕岭米粉入选区级地理标志产品
!a 分享　点赞　在看
!m 来源：县米粉产业发展办公室　编辑：蓝小溪　审核：陆宏
""",
        body="""
同志们：
今天我们召开全县米粉产业发展大会，主要任务是总结成绩、分析形势，部署下一阶段工作。
去年全县米粉产业实现产值六点八亿元，新增规模以上企业三家，米粉门店开到了全国二十多个城市。
今年要抓好原料基地、标准化生产和品牌推广三件事，力争产值突破八亿元。
同志们，一碗粉就是一个产业，我们要把这碗粉做得更香、更远。
""",
    ),
    dict(
        slug="docshare-fenzi-rice-noodle-request-wps",
        site="粉子共享文档 (invented)",
        style="文档分享",
        genre="请示",
        kind="other",
        form="text",
        source="https://share.fenzi.example.cn/d/rl20250506qs",
        title="关于申请米粉产业园污水处理设施建设资金的请示",
        record_title="关于申请米粉产业园污水处理设施建设资金的请示.wps",
        date="2025-05-06",
        notes="file-name record title; a document number (neutral); a download button and a 举报 line; Chinese-numeral 成文日期",
        page="""
!m 粉子共享文档 · 我的分享
!t 关于申请米粉产业园污水处理设施建设资金的请示.wps
!m 分享者：园区办小周　文件大小：36KB　分享时间：3天前
榕园管〔2025〕9号
{BODY}
!a 下载（需登录）　保存到我的文档
!d 如发现违规内容，请点击举报，我们将在24小时内处理
""",
        body="""
县人民政府：
榕岭米粉产业园现入驻企业十一家，日产生产废水约六百吨，现有处理设施已满负荷运行。
为保障园区企业正常生产，防止废水超标排放，我委拟新建日处理一千吨的污水处理站一座，总投资约九百万元。
恳请县人民政府从县级产业发展资金中安排补助四百万元，其余由园区自筹解决。
妥否，请批示。
榕岭米粉产业园管理委员会
二〇二五年五月六日
""",
    ),
    dict(
        slug="edu-rongling-school-canteen-noodle-html",
        site="榕岭县教育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.rongling.example.gov.cn/tzgg/2025/0901/1207.html",
        title="关于加强学校食堂米粉采购管理的通知",
        record_title="关于加强学校食堂米粉采购管理的通知",
        record_date="2025-09-01",
        date="2025-09-01",
        notes="education bureau page; 附件 list kept; a 'download attachment' sentence belongs to the document; a print/close row",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"><title>关于加强学校食堂米粉采购管理的通知</title></head><body>
<div class="logo">⟦m 榕岭县教育局 · 榕岭教育信息网⟧</div>
<div class="menu">⟦l 机构概况 | 教育动态 | 通知公告 | 招生考试 | 资料下载⟧</div>
<div class="dqwz">⟦m 当前位置：首页 >> 通知公告⟧</div>
<div class="title">⟦t 关于加强学校食堂米粉采购管理的通知⟧</div>
<div class="sub">⟦m 作者：后勤股　点击数：236　更新时间：2025/9/1⟧</div>
{BODY}
<div class="btn">⟦a [打印此文]⟧ ⟦a [返回顶部]⟧ ⟦a [关闭]⟧</div>
<div class="copy">⟦m 榕岭县教育局版权所有　地址：榕岭县江滨路18号⟧</div>
</body></html>
""",
        body="""
各中小学、幼儿园：
为保障师生饮食安全，现就学校食堂米粉采购有关事项通知如下。
一、米粉须从县教育局公布的定点供应企业采购，每批次索取检验报告。
二、湿米粉当天进货当天使用，不得隔夜存放。
三、请各校下载附件中的进货台账样表，打印后装订成册备查。
附件：1.2025年秋季学期米粉定点供应企业名单
2.学校食堂米粉进货台账（样表）
榕岭县教育局
2025年9月1日
""",
    ),
    dict(
        slug="oa-guilin-food-intranet-noodle-line-report",
        site="桂粮食品集团内网 (invented)",
        style="企业内网",
        genre="报告",
        kind="report",
        form="text",
        source="http://oa.guiliang.example.local/doc/view.jsp?id=55817",
        title="关于二号米粉生产线停机检修情况的报告",
        record_title="关于二号米粉生产线停机检修情况的报告",
        date="2025-08-22",
        notes="intranet document view: 流转记录 and 阅读 counts; a data table (one row a paragraph, cells apart by ideographic spaces); the document's own 联系人/电话",
        page="""
!m 桂粮食品集团协同办公平台
!m 公文管理 ＞ 收文 ＞ 查看
!a 【签收】【转办】【打印】【返回列表】
{T}
!m 拟稿：生产部 黄建　审核：梁少华　密级：内部
{BODY}
!m 流转记录：生产部 → 总经理办公室（已阅）→ 总经理 覃（已阅）
!m 已阅 27 人　未阅 3 人
!d 内部资料，严禁外传
""",
        body="""
集团总经理办公室：
8月18日至21日，榕岭分厂对二号米粉生产线进行了停机检修，现将有关情况报告如下。
检修项目　用时　费用
蒸粉机链条更换　1天　3.2万元
切粉刀组校正　0.5天　0.4万元
烘干房温控系统维修　2天　5.1万元
检修后试产两个班次，成品合格率达到百分之九十九点二，生产线已恢复正常。
联系人：黄建，内线：8032。
生产部
2025年8月22日
""",
    ),
    dict(
        slug="qa-wenfen-rice-noodle-storage-answer",
        site="问粉网 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.wenfen.example.com/q/771024.html",
        title="干米粉受潮了还能吃吗？怎么保存比较好？",
        record_title=None,
        date=None,
        notes="Q&A, no record title (the question is the title); answer time relative (no date); 相关问题 box; a numbered list in the answer",
        page="""
!m 问粉网 > 美食 > 家常做法
{T}
!m 提问者：小满不吃辣　2天前
!m 最佳答案　答主：榕岭粉叔（米粉厂质检员）
{BODY}
!l 有用(52)　没用(1)　评论(6)
!l 相关问题
!l 米粉泡多久才能煮？
!l 湿米粉冷冻后口感会变差吗？
!d 本页答案来自网友，仅供参考
""",
        body="""
干米粉受潮后如果只是变软，没有发霉、没有酸味，晒干后还可以吃；如果出现霉点或异味，就不要再吃了。
保存干米粉可以注意以下几点：
1.开封后用夹子夹紧袋口，或者装进密封罐。
2.放在阴凉干燥的地方，不要靠近灶台和水槽。
3.梅雨季节可以在罐子里放一小包食品干燥剂。
""",
    ),
    dict(
        slug="anthology-fenxiang-rice-noodle-essay-wrapped",
        site="粉乡文存 (invented personal collection)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="http://www.fenxiangwc.example.net/juan2/023.html",
        title="夜班蒸粉工",
        record_title="《粉乡文存》卷二·第二十三篇｜夜班蒸粉工",
        date="2024-12-26",
        notes="personal collection chapter, hard-wrapped at 62 columns with an indent; 上一篇/下一篇 and 目录 links; date under the signature",
        wrap=62,
        indent="　　",
        page="""
!m 粉乡文存 · 韦启明文集
!l 目录 | 卷一 | 卷二 | 卷三
!t 《粉乡文存》卷二·第二十三篇｜夜班蒸粉工
{BODY}
!l ← 上一篇：老街的石磨　　下一篇：送粉的三轮车 →
!m 本卷共四十篇　录入：韦小禾
""",
        body="""
厂里的夜班从晚上十点开始，蒸粉工阿强总是第一个到，先把蒸汽阀门打开，再去看泡了一下午的米。
他说米泡得好不好，用手一捻就知道，捻得开、捏得碎，磨出来的浆才细，蒸出来的粉才滑。
一个夜班下来，他要看着两千多斤米变成一张张粉皮，再切成一条条米粉，装上早上五点出发的送货车。
我问他辛苦不辛苦，他笑着说，县城里每一碗早餐粉，都有我们熬的一个夜。
二〇二四年十二月二十六日
""",
    ),
]

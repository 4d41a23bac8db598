"""holdout167, part F: sticky notes (便利贴) — a county library's message wall, a forum
post, a teacher's blog, a WeChat mirror, a shared plan, an education bureau, an intranet and
a Q&A. Invented text."""

CASES = [
    dict(
        slug="news-tangyin-library-sticky-note-wall-html",
        site="棠荫融媒 (invented news portal)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.tangyinrm.example.cn/xw/bd/202501/t20250108_61177.html",
        title="县图书馆一面“便利贴墙”收到三千条读者心愿",
        record_title="县图书馆一面“便利贴墙”收到三千条读者心愿 - 棠荫融媒",
        date="2025-01-08",
        notes="news portal: time line byline; photo captions between paragraphs; editor glued after the last sentence; hot list sidebar",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>县图书馆一面“便利贴墙”收到三千条读者心愿 - 棠荫融媒</title></head><body>
<header>⟦m 棠荫融媒⟧ <nav>⟦m 首页 本地 民生 文旅 视频 专题⟧</nav></header>
<div class="crumb">⟦m 首页 / 本地 / 文化⟧</div>
<h1>⟦t 县图书馆一面“便利贴墙”收到三千条读者心愿⟧</h1>
<div class="byline">⟦m 2025-01-08 10:20:33　来源：棠荫融媒　记者：詹秋月⟧</div>
<article>
{BODY}
</article>
<aside>⟦l 24小时热榜⟧<ol><li>⟦l 城东菜市场改造完工⟧</li><li>⟦l 寒假少儿托管班开始报名⟧</li></ol></aside>
<footer>⟦d 棠荫融媒中心版权所有，未经授权禁止转载⟧ ⟦m 互联网新闻信息服务许可证：36120230017⟧</footer>
</body></html>
""",
        body="""
在县图书馆二楼阅览区，一面长约十米的玻璃墙上贴满了五颜六色的便利贴。这是图书馆去年十月开设的“读者心愿墙”，三个月来已收到读者留言三千余条。
⟦m 读者在心愿墙前留言。詹秋月 摄⟧
“希望多进一些大字版的书”“周末能不能晚点闭馆”……馆长杭一舟介绍，工作人员每周整理一次便利贴，能办的马上办，已据此新购大字版图书四百余册，周末闭馆时间延后到晚上八点。
也有不少便利贴写的是心情。一位高三学生写道：“在这里复习了一年，祝我自己考上理想的大学。”
图书馆计划将这些便利贴扫描存档，年底编成一本小册子。⟦m （编辑：严可）⟧
""",
    ),
    dict(
        slug="forum-sticky-notes-home-study-plan",
        site="桔园社区论坛 (invented)",
        style="论坛",
        genre="经验分享",
        kind="other",
        form="text",
        source="https://bbs.juyuansq.example.com/t/44102",
        title="用便利贴帮孩子做寒假计划，坚持了二十天",
        record_title="用便利贴帮孩子做寒假计划，坚持了二十天[原创]",
        date=None,
        notes="forum post: author info, 发表于 relative; an edit stamp; reply floors; a line of signature under the post",
        page="""
!m 桔园社区论坛 > 亲子教育 > 经验交流
!t 用便利贴帮孩子做寒假计划，坚持了二十天[原创]
!m 楼主：橘子皮妈妈　发表于 昨天 21:40　|　阅读 1207　回复 33
!m 本帖最后由 橘子皮妈妈 于 昨天 21:52 编辑
{BODY}
!m —— 签名：养娃如养花，慢慢来
!l 2楼 小满妈：学到了，明天就去买便利贴
!l 3楼 老程：男孩子更需要这种看得见的计划
!a 回复楼主　收藏　分享
""",
        body="""
放假前我在冰箱门上划了三栏：要做的、正在做的、做完了。每天早上和孩子一起，把当天的任务写在便利贴上，一张写一件事。
做完一件，孩子自己把便利贴从“正在做”挪到“做完了”，那种成就感比我催十遍都管用。
二十天下来，寒假作业完成了大半，还读完了三本书。
几点体会：一是每天任务别超过六张；二是让孩子自己写，字丑点没关系；三是“做完了”那一栏别急着清，攒着给他看。
""",
    ),
    dict(
        slug="blog-qingtai-teacher-sticky-note-feedback-html",
        site="青苔时光 (invented teacher blog)",
        style="博客",
        genre="教学随笔",
        kind="other",
        form="html",
        source="https://qingtaishiguang.example.blog.cn/archives/2024/10/302.html",
        title="作文本上的一张便利贴",
        record_title="【随记】作文本上的一张便利贴 | 青苔时光",
        date="2024-10-26",
        notes="blog with tag cloud, archive and comments; bracketed post time is the page date; 'like' button glued before a paragraph",
        page="""
<html><head><meta charset="utf-8"><title>【随记】作文本上的一张便利贴 | 青苔时光</title></head><body>
<div id="header">⟦m 青苔时光⟧ ⟦m 一个乡村语文老师的教书笔记⟧</div>
<div class="post"><h2>⟦t 【随记】作文本上的一张便利贴⟧</h2>
<div class="postmeta">⟦m [2024-10-26 21:08]　分类：教学随笔⟧</div>
{BODY}
<div class="tags">⟦l 标签：作文 评语 便利贴⟧</div>
</div>
<div id="sidebar"><h4>⟦l 标签云⟧</h4><p>⟦l 作文 班主任 阅读 家访 乡村学校⟧</p><h4>⟦l 文章归档⟧</h4><p>⟦l 2024年10月 (6)⟧</p></div>
<div class="comments">⟦l 3 条评论⟧ ⟦l 发表评论⟧</div>
<div id="footer">⟦m Powered by WordPress | Theme by 小径⟧</div>
</body></html>
""",
        body="""
这学期我改作文不再直接在本子上写评语，而是写在一张黄色便利贴上，贴在作文末尾。
起因是一个学生说，红笔写满的评语像“伤口”，他不好意思给家长看。便利贴可以揭下来，孩子可以自己决定留不留。
没想到，有一半以上的学生把便利贴贴进了自己的摘抄本。还有一个女生，在我的便利贴旁边又贴了一张，写着“谢谢老师，下次我把结尾改好”。
⟦a 赞一下（12）⟧
教书久了，越来越觉得，评语写给谁看、怎么让人愿意看，比写什么更重要。
""",
    ),
    dict(
        slug="wechat-songlan-post-office-sticky-note-letters-html",
        site="微文馆 (invented WeChat mirror)",
        style="公众号镜像",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.weiwenguan.example.com/s/XQ88tPk2",
        title="在邮局柜台贴一张便利贴，给一年后的自己写句话",
        record_title="在邮局柜台贴一张便利贴，给一年后的自己写句话",
        date="2025-05-12",
        notes="WeChat mirror page: account name and date line (page date); follow prompt glued after a sentence; 阅读原文/在看 bar; mirror disclaimer",
        page="""
<html><head><meta charset="utf-8"><title>在邮局柜台贴一张便利贴，给一年后的自己写句话</title></head><body>
<div class="site">⟦m 微文馆 · 公众号文章存档⟧</div>
<h1>⟦t 在邮局柜台贴一张便利贴，给一年后的自己写句话⟧</h1>
<div class="acct">⟦m 松澜邮政　2025-05-12 18:00⟧</div>
<div id="js_content">
{BODY}
</div>
<div class="bar">⟦a 阅读原文⟧ ⟦a 分享⟧ ⟦a 在看⟧</div>
<div class="qr">⟦m 扫描二维码关注“松澜邮政”⟧</div>
<div class="mirror">⟦d 本文转载自微信公众号，版权归原作者所有，如有侵权请联系删除⟧</div>
</body></html>
""",
        body="""
五月起，松澜县城中路邮政支局在营业厅开设了“慢递角”：读者可以在便利贴上给一年后的自己写一句话，贴在明信片背面，由邮局保管一年后寄出。
开设十天，已有四百多人参与。有人写下“戒烟成功了吗”，有人写“希望妈妈的病好了”。⟦a 点击上方蓝字关注我们⟧
支局长俞小帆说，便利贴比整封信门槛低，年轻人愿意写，老人也愿意写。
慢递角每天9时至17时开放，活动持续到今年年底。
""",
    ),
    dict(
        slug="docshare-huaxi-office-visual-management-plan-markers",
        site="文档之家 (invented)",
        style="文档分享",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.wendangzhijia.example.com/doc/3381026.html",
        title="华溪供电所班组看板可视化管理实施方案",
        record_title="华溪供电所班组看板可视化管理实施方案 免费下载",
        date="2024-03-18",
        notes="doc-sharing page: page markers （第n面） glued to the continuation; upload notice; the plan speaks of 便利贴 on a board",
        indent="\u3000\u3000",
        pages=dict(fmt="（第{n}面）", every=140, start=2, glue=True),
        page="""
!m 文档之家 — 文档分享平台
!t 华溪供电所班组看板可视化管理实施方案 免费下载
!m 上传时间：2024-05-21　页数：3　下载：64
!a 免费下载　收藏到文集
{BODY}
!d 本文档由用户自行上传分享，文档之家不拥有所有权，如有侵权请联系删除。
!l 同类文档：班组安全管理方案 | 6S现场管理实施方案
""",
        body="""
为提高班组工作效率，所内决定在各班组推行看板可视化管理，方案如下。
一、看板设置。每个班组设一块白板看板，分“待办、进行中、已完成、需协调”四栏。
二、使用方法。每项工作写在一张便利贴上，注明负责人和完成时限，按进度在栏目间移动；红色便利贴表示涉及安全的紧急任务。
三、例会制度。每天早班会围绕看板进行，时长不超过十五分钟，“需协调”栏的事项由所长当场明确责任人。
四、检查考核。每月对看板使用情况检查一次，纳入班组考核。
华溪供电所
2024年3月18日
""",
    ),
    dict(
        slug="edu-fanshan-sticky-note-homework-feedback-notice",
        site="樊山区教育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="https://jyj.fanshan.example.gov.cn/jydt/tz/2024/1108/2210.html",
        title="关于推广“便利贴式”作业面批反馈做法的通知",
        record_title="关于推广“便利贴式”作业面批反馈做法的通知",
        date="2024-11-08",
        record_date="2024-11-08",
        notes="record gives title and date; education portal text; 文号 neutral; 抄送 版记 kept",
        page="""
!m 樊山区教育局 | 樊山教育信息网
!m 当前位置：首页 → 教育动态 → 通知
{T}
樊教发〔2024〕63号
!m 发布者：教研室　浏览次数：1021
{BODY}
!a 【打印此文】【关闭窗口】
!m 樊山区教育局版权所有　地址：樊山区教育路3号
""",
        body="""
各中小学：
去年以来，区实验小学在作业批改中使用便利贴写个性化反馈，学生订正率明显提高，减轻了学生负担。经研究，决定在全区推广。
一、做法要点：教师将针对性建议写在便利贴上贴于作业旁，学生订正后在便利贴上打勾，交回教师复查。
二、推广步骤：11月为试点月，每校选两个年级试行；12月起全面推开。
三、注意事项：不得以便利贴代替面批讲解，不得增加作业量。
樊山区教育局
2024年11月8日
抄送：区教师发展中心
""",
    ),
    dict(
        slug="oa-qinghai-logistics-sticky-note-ban-html",
        site="青槐物流OA (invented intranet)",
        style="企业内网",
        genre="通知",
        kind="notice",
        form="html",
        source="http://oa.qinghuai-logistics.example.local/notice/detail?id=3390",
        title="关于禁止在电脑显示器上粘贴写有密码的便利贴的通知",
        record_title="内部通知-关于禁止在电脑显示器上粘贴写有密码的便利贴的通知",
        date="2025-02-24",
        notes="intranet document view: 流转记录 table, read count, approval trail; security notice with numbered list",
        page="""
<html><head><meta charset="utf-8"><title>内部通知-关于禁止在电脑显示器上粘贴写有密码的便利贴的通知</title></head><body>
<div class="oa-top">⟦m 青槐物流协同办公系统⟧ ⟦m 当前用户：仓储部 林小杉⟧ ⟦a 退出⟧</div>
<div class="oa-menu">⟦m 待办　已办　公文　通知　制度⟧</div>
<h2>⟦t 关于禁止在电脑显示器上粘贴写有密码的便利贴的通知⟧</h2>
<div class="oa-info">⟦m 发文部门：信息中心　阅读次数：412⟧</div>
<div class="oa-body">
{BODY}
</div>
<table class="flow"><tr><td>⟦l 流转记录⟧</td></tr><tr><td>⟦l 信息中心 拟稿　2025-02-24 09:10⟧</td></tr><tr><td>⟦l 分管副总 审批　2025-02-24 11:32⟧</td></tr></table>
<div class="oa-ops">⟦a 打印　转发　收藏⟧</div>
</body></html>
""",
        body="""
各部门、各分拨中心：
近期信息安全检查发现，部分岗位人员将系统账号密码写在便利贴上，贴在显示器边框或键盘下方，存在严重泄密风险。现通知如下：
1．即日起严禁以便利贴、纸条等形式记录和张贴系统密码。
2．各部门于2月28日前自查，清除所有张贴的密码便利贴，并修改相关账号密码。
3．信息中心将不定期抽查，发现违规的，通报批评并纳入月度考核。
信息中心
2025年2月24日
""",
    ),
    dict(
        slug="qa-sticky-note-residue-removal-answer",
        site="好问 (invented Q&A)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.haowen-qa.example.com/q/29910471",
        title="玻璃门上便利贴的残胶怎么去除？",
        record_title=None,
        date="2025-03-01",
        notes="Q&A with no record title: question found on the page; 回答于 is the page's date; vote bar, other answers",
        page="""
!m 好问 — 你的问题，总有人懂
{T}
!m 浏览 3301 次　提问于 2025-02-27
!m 热心网友　回答于 2025-03-01
{BODY}
!l 👍 218　👎 3
!l 更多回答：用吹风机吹一下再撕就行
!a 我要回答　关注问题
!d 好问提醒：回答内容仅供参考
""",
        body="""
玻璃上的便利贴残胶不难处理，按顺序试这几种办法：
1．先用吹风机热风吹半分钟，胶软了以后用塑料卡片刮掉。
2．刮不干净的地方，用棉片蘸风油精或酒精擦，静置一分钟再擦。
3．最后用玻璃清洁剂擦一遍，去掉油印。
注意别用钢丝球或刀片硬刮，容易在玻璃上留划痕。
""",
    ),
]

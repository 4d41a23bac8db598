"""holdout93, part B: 博客, 公众号镜像, 文档分享, 教育门户, 企业内网. Everything invented."""

CASES = [
    dict(
        slug="blog-xianhu-snuff-collector-essay-html",
        site="闲壶斋博客 (invented)",
        style="博客",
        genre="随笔",
        kind="other",
        form="html",
        source="https://xianhuzhai.example.blog.cn/post/2024/11/inside-painting.html",
        title="我与一只内画鼻烟壶的三十年",
        record_title="【壶边絮语】我与一只内画鼻烟壶的三十年 | 闲壶斋",
        date="2024-11-03",
        notes="blog template with tag cloud, archive, comment box; bracketed post time under the title is the page date; reprint notice glued after the last sentence",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【壶边絮语】我与一只内画鼻烟壶的三十年 | 闲壶斋</title>
<link rel="alternate" type="application/rss+xml" href="/feed"></head><body>
<header><h2>⟦m 闲壶斋 · 一个老藏家的自留地⟧</h2><nav>⟦m 首页 | 随笔 | 藏品 | 关于我⟧</nav></header>
<div class="post">
<h1>{T}</h1>
<div class="time">⟦m [2024-11-03 22:17]　分类：壶边絮语　阅读(412)　评论(7)⟧</div>
{BODY}
<div class="tags">⟦l 标签：鼻烟壶 内画 收藏⟧</div>
<div class="nav-post">⟦l « 冬日擦壶记⟧　⟦l 去潘家园淘壶 »⟧</div>
</div>
<aside><h3>⟦l 文章归档⟧</h3><ul><li>⟦l 2024年11月 (3)⟧</li><li>⟦l 2024年10月 (5)⟧</li></ul><h3>⟦l 标签云⟧</h3><p>⟦l 鼻烟壶 玻璃胎 水晶 料器 题跋⟧</p></aside>
<div class="comment">⟦l 发表评论：昵称（必填） 邮箱 提交⟧</div>
<footer>⟦d © 闲壶斋 保留所有权利，转载请联系博主⟧</footer>
</body></html>
""",
        body="""
1994年冬天，我在县城旧货摊上花十二块钱买下一只内画鼻烟壶，壶里画着雪中归舟。
后来才知道，那是本县一位老画师的早年作品，壶底还有他用针尖刻的小款。
三十年里，我搬了四次家，别的东西丢了不少，这只壶一直放在书桌左手边。
今年春天，我把它捐给了县博物馆。愿更多人看到这一笔一笔反着画出来的雪。⟦d 本文为博主原创，转载须注明出处。⟧
""",
    ),
    dict(
        slug="blog-tiezhen-blacksmith-diary-text",
        site="铁砧日记 (invented)",
        style="博客",
        genre="心得体会",
        kind="insight",
        form="text",
        source="http://tiezhen.example.com/archives/318",
        title="学打铁艺花窗的第一个月",
        record_title=None,
        date=None,
        notes="no record title (found on the page); relative time 3天前 and a 写于 year only — no date; share row glued after a sentence; tags",
        page="""
!m 铁砧日记 — 记录一个学徒的日常
!m 首页　›　学艺手记
学打铁艺花窗的第一个月
!m 3天前 · 阅读 88 · 写于2025年春
{BODY}
!l 标签：#铁艺 #学徒 #手艺
!l 上一篇：为什么我辞职去学打铁
!l 喜欢这篇文章？欢迎订阅RSS
""",
        gap=True,
        body="""
师傅说，打花窗之前先得学会看火，铁烧到橘红色才能下锤。
头一个礼拜，我只负责拉风箱和递钳子，手上磨出了三个水泡。
第二个礼拜，师傅让我打一根卷草纹，打了十七根才有一根能用。⟦l 分享到：微博｜豆瓣｜复制链接⟧
现在我已经能独立打完一扇小花窗的边框，虽然慢，但心里踏实。
""",
    ),
    dict(
        slug="wechat-mirror-hawthorn-festival-html",
        site="微读镜像 (invented)",
        style="公众号镜像",
        genre="方案",
        kind="plan",
        form="html",
        source="https://weidu.example.net/s/Kq82Lmz0aWp",
        title="2025年柃溪山楂采摘节活动方案",
        record_title="2025年柃溪山楂采摘节活动方案",
        date="2025-09-05",
        notes="WeChat-style section/span mirror; account line and date; 阅读原文 / 在看 / 赞赏; 扫码 sentence of the document kept; numbered list",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>2025年柃溪山楂采摘节活动方案</title>
<meta name="viewport" content="width=device-width"></head><body>
<div class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="meta">⟦m 柃溪文旅　2025-09-05 18:30　发表于柃溪⟧</div>
<div class="rich_media_content">
<section><span>⟦a 点击上方蓝字关注我们⟧</span></section>
{BODY}
<section>⟦l 往期推荐：柃溪秋季徒步线路｜山楂酱的十种吃法⟧</section>
</div>
<div class="tool">⟦a 阅读原文⟧　⟦l 分享　收藏　在看 12⟧</div>
<div class="reward">⟦a 喜欢作者 赞赏⟧</div>
<div class="mirror-foot">⟦d 本页为公众号文章镜像，仅作存档之用⟧</div>
</div></body></html>
""",
        p_html="<section><span>{}</span></section>",
        body="""
一、活动时间：2025年9月27日至10月7日。
二、活动地点：柃溪村北坡山楂园。
三、活动内容：
1.开园仪式及山楂品种展示；
2.亲子采摘体验，每人限采5斤；
3.山楂糕、糖葫芦制作课堂。
四、报名方式：游客扫描海报上的二维码预约入园，每日限额800人。
柃溪村村民委员会
2025年9月5日
""",
    ),
    dict(
        slug="wechat-copy-cello-teacher-speech-text",
        site="公号文摘 (invented)",
        style="公众号镜像",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://gongwz.example.com/mp/20250601/ab92",
        title="在乡村大提琴课三周年汇报演出上的发言",
        record_title="在乡村大提琴课三周年汇报演出上的发言",
        date="2025-05-19",
        notes="WeChat mirror in text; speaker and date under title neutral; follow prompt glued before the first sentence? no — own line; 在看 row; speech keeps the speaker's role",
        page="""
!m 公号文摘 · 好文章值得被看见
!m 原创　楮山乐教　2025-05-21
{T}
——市乐团大提琴首席　凌书远
（2025年5月19日）
!a ▲ 关注楮山乐教，获取更多乐教资讯
{BODY}
!l ——END——
!l 觉得不错，请点个“在看”吧
!m 长按识别二维码，关注我们
""",
        indent="",
        body="""
各位老师、同学们：
三年前第一次下乡上课，教室里只有六把琴，孩子们轮流着拉。
今天站在台上的，是一百零三位小琴手，这是大家一起努力的结果。
大提琴的声音离人心很近，希望它能陪伴你们很多年。
""",
        date_also=["2025-05-21"],
    ),
    dict(
        slug="docshare-fenxiang-map-survey-report-html",
        site="享文网 (invented)",
        style="文档分享",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.xiangwen.example.com/p-7720144.html",
        title="关于我县乡村地名标志设置情况的调研报告",
        record_title="关于我县乡村地名标志设置情况的调研报告.pdf",
        date="2025-07-08",
        notes="doc-sharing page; file-name title; data table rows; preview end prompt; upload notice; decimal headings",
        page="""
<html><head><meta charset="utf-8"><title>关于我县乡村地名标志设置情况的调研报告.pdf-享文网</title></head><body>
<div class="top">⟦m 享文网 — 分享知识 共享价值⟧ ⟦a 上传文档⟧ ⟦a 我的文库⟧</div>
<div class="crumbs">⟦m 享文网 &gt; 行业资料 &gt; 政府/行政⟧</div>
<h1>{T}</h1>
<div class="docinfo">⟦m 文档大小：1.6MB　共5页　上传于2025-08-02⟧</div>
<div class="preview">
{BODY}
</div>
<div class="stop">⟦a 试读结束，付费后可阅读全文⟧</div>
<div class="dl">⟦a 立即下载⟧ ⟦a 加入收藏⟧ ⟦a 举报⟧</div>
<div class="notice">⟦d 享文网所有文档均由用户上传，本站只提供信息存储空间服务。⟧</div>
</body></html>
""",
        body="""
县民政局地名办调研组
1.基本情况
全县共有行政村148个，已设置村名标志牌的126个，覆盖率85.1%。
2.存在问题
2.1部分标志牌褪色破损，字迹难以辨认。
2.2少数村名标志使用了不规范的简化写法。
乡镇　标志牌数　需更换数
檀埠镇　42　9
栎口乡　31　6
3.下一步建议
建议年内完成破损标志更换，并把地名标志纳入县域标准地图同步更新。
2025年7月8日
""",
    ),
    dict(
        slug="docshare-doudou-bamboo-rat-pledge-text",
        site="豆豆文档 (invented)",
        style="文档分享",
        genre="承诺书",
        kind="other",
        form="text",
        source="https://doudoudoc.example.cn/d/5512309",
        title="竹鼠养殖户防疫承诺书",
        record_title="竹鼠养殖户防疫承诺书（可编辑）",
        date=None,
        notes="decorated title (可编辑); template placeholders kept; no date (placeholder ____年__月__日); upload notice; VIP prompt",
        page="""
!m 豆豆文档 · 专业文档分享
!m 分类：合同协议 > 承诺书　｜　浏览 3021　｜　下载 187
{T}
{BODY}
!a 开通豆豆VIP，全站文档免费下
!d 本文档由网友上传，仅供学习交流使用，如涉及版权请与我们联系。
!l 热门推荐：养殖场租赁合同　动物防疫责任书　畜禽养殖承诺书
""",
        body="""
本人______，系______村竹鼠养殖户，现存栏竹鼠____只。为做好防疫工作，郑重承诺如下：
一、按规定做好圈舍清洁和消毒，建立消毒记录。
二、发现竹鼠异常死亡，及时报告镇农业服务中心，不隐瞒、不出售、不随意丢弃。
三、自觉接受防疫检查，如有违反，愿意承担相应责任。
承诺人（签字）：______
____年__月__日
""",
    ),
    dict(
        slug="edu-shengxian-cello-club-notice-html",
        site="枳阳县教育体育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.zhiyang.example.gov.cn/news/show.asp?id=9013",
        title="关于举办全县中小学器乐社团展演的通知",
        record_title="关于举办全县中小学器乐社团展演的通知",
        date="2025-04-02",
        notes="old ASP table layout with marquee and visitor counter; 【打印此页】 row; document's own 联系人/电话 next to the bureau's 监督电话 in the footer; 附件; date under signature",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>枳阳县教育体育局</title></head><body>
<table width="100%"><tr><td>⟦m 枳阳县教育体育局⟧</td><td><marquee>⟦m 热烈庆祝枳阳县第三十届教师节⟧</marquee></td></tr></table>
<table><tr><td>⟦m 网站首页 | 教育新闻 | 通知公告 | 政策法规 | 招生考试⟧</td></tr></table>
<table><tr><td>
<h2>{T}</h2>
<div>⟦m 作者：基教股　来源：本站　更新时间：2025-4-3　点击数：517⟧</div>
{BODY}
<div>⟦a 【打印此页】【关闭窗口】【返回顶部】⟧</div>
</td></tr></table>
<table><tr><td>⟦m 您是本站第 0038716 位访客⟧<br>⟦m 监督电话：0746-5229001　地址：枳阳县学府路2号⟧</td></tr></table>
</body></html>
""",
        body="""
各中小学：
为展示学校艺术教育成果，县教体局定于2025年5月16日在县大剧院举办中小学器乐社团展演。
1.每校可报送节目1个，时长不超过6分钟，民乐、弦乐、管乐均可。
2.请于4月25日前将报名表发送至县教研室。
联系人：冉老师，电话：0746-5229316。
附件：器乐社团展演报名表
枳阳县教育体育局
2025年4月2日
""",
    ),
    dict(
        slug="edu-taoyuan-school-snuff-class-plan-text",
        site="桃园中学校园网 (invented)",
        style="教育门户",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.tyzx.example.edu.cn/Article/ShowArticle.asp?ArticleID=2210",
        title="桃园中学“内画进课堂”校本课程实施方案",
        record_title="桃园中学“内画进课堂”校本课程实施方案 - 教学教研 - 桃园中学",
        date="2025-02-20",
        notes="school site text page; decorated title; meta at top; font size glued to the byline? separate; 扫码 and 下载 as content; numbered list",
        page="""
!m 桃园中学　厚德 笃学 尚美
!m 当前栏目：教学教研
{T}
!m 文章录入：教务处　责任编辑：林雪　发布日期：2025-02-21
!a 【字体：小 大】
{BODY}
!l 【上一篇】高一年级寒假作业展评活动小结
!l 【下一篇】关于调整课外活动时间的通知
!m 桃园中学 版权所有 技术支持：校信息中心
""",
        date_also=["2025-02-21"],
        body="""
为传承本县内画鼻烟壶技艺，学校决定本学期在初一年级开设“内画进课堂”校本课程。
1.课程安排：每周五下午第二节，共16课时。
2.授课教师：聘请县传习所两名传承人担任兼职教师。
3.材料准备：学生可扫码领取课程材料清单，也可从学校网盘下载课件。
4.成果展示：学期末举办学生作品展。
桃园中学教务处
2025年2月20日
""",
    ),
    dict(
        slug="oa-jingtie-iron-works-minutes-html",
        site="精铁工艺内网 (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.jingtie.example.local/doc/view?id=20250314-07",
        title="铁艺车间安全生产例会纪要",
        record_title="内部资料-铁艺车间安全生产例会纪要",
        date="2025-03-14",
        notes="intranet document view with 流转记录 and read counts; minutes' 时间/地点/主持/参会/记录 lines kept; 抄送 kept",
        page="""
<html><head><meta charset="utf-8"><title>内部资料-铁艺车间安全生产例会纪要</title></head><body>
<div class="oa-top">⟦m 精铁工艺协同办公平台⟧ ⟦m 欢迎您，严嘉⟧ ⟦a 退出⟧</div>
<div class="oa-left">⟦l 待办事项(3)⟧<br>⟦l 公文管理⟧<br>⟦l 通讯录⟧</div>
<div class="oa-main">
<h3>{T}</h3>
<div class="oa-meta">⟦m 拟稿：安全科　密级：内部　已阅 47 人⟧</div>
{BODY}
<div class="flow">⟦m 流转记录：安全科拟稿 → 分管副总审核 → 总经理签发⟧</div>
<div class="btn">⟦a 导出PDF　打印　标记已读⟧</div>
</div>
<div class="oa-foot">⟦d 内部资料，严禁外传⟧</div>
</body></html>
""",
        body="""
时间：2025年3月14日下午3时
地点：二楼会议室
主持：车间主任邬伟
参会：各班组长、安全员
记录：严嘉
会议通报了2月份车间安全检查情况，锻打区有两处砂轮防护罩缺失，已于3月10日前整改完毕。
会议要求：一是焊接作业必须佩戴防护面罩；二是每班下班前清理铁屑和油污。
抄送：公司安全生产委员会办公室
""",
    ),
    dict(
        slug="oa-shanzha-food-plant-report-text",
        site="红果食品内网 (invented)",
        style="企业内网",
        genre="述职报告",
        kind="report",
        form="text",
        source="http://10.8.1.12/portal/article/3381",
        title="山楂糕车间主任2024年度述职报告",
        date="2025-01-09",
        notes="intranet text export; 述职人 line and date at the end; approval trail; 已读 count; print button",
        page="""
!m 红果食品有限公司 · 企业门户
!m 首页 > 人力资源 > 述职考核
{T}
!m 发布部门：人力资源部　浏览：156　2025-01-10
{BODY}
!m 审批记录：人力资源部（已阅）→ 生产副总（已阅）
!a 打印本页　|　导出Word
!d 本系统信息仅限公司内部使用
""",
        date_also=["2025-01-10"],
        body="""
2024年，山楂糕车间完成产量1860吨，同比增长12%，产品抽检合格率100%。
一、狠抓质量。推行首件检验制度，全年客户投诉由9起降为2起。
二、节能降耗。改造蒸煮锅保温层，吨产品蒸汽消耗下降8%。
三、存在不足。设备老化问题仍较突出，夏季高峰期曾停线两次。
述职人：牛建春
2025年1月9日
""",
    ),
]

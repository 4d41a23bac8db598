"""holdout177, part A: rulers (直尺) — a spot-check notice, a teacher's 心得, a stationery
factory's summary, a calibration-line news item, a parent's thread, a drafting teacher's
blog, a metrology account's tips, a standard's drafting note, an exam-stationery notice,
a factory's minutes, a zero-mark Q&A and a memoir. Everything invented (places, people,
sites, URLs, chrome wording)."""

CASES = [
    dict(
        slug="gov-xiuchuan-ruler-spotcheck-index-table",
        site="岫川县人民政府 (invented)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="html",
        source="https://www.xiuchuan.example.gov.cn/zwgk/scjg/2025/0416/c3381.html",
        title="岫川县市场监督管理局关于学生用直尺产品质量监督抽查结果的通报",
        record_title="岫川县市场监督管理局关于学生用直尺产品质量监督抽查结果的通报_部门动态_岫川县人民政府",
        date="2025-04-15",
        date_also=["2025-04-16"],
        notes="county portal: 长辈模式/读屏 links, 索引号 table, 【字体：大 中 小】 row, 纠错 hotline beside the bureau's own 联系人/电话 in the body, a results table one row a paragraph",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>岫川县市场监督管理局关于学生用直尺产品质量监督抽查结果的通报_部门动态_岫川县人民政府</title>
<script src="/js/jquery.min.js"></script><script>var _siteid="xc001";</script></head><body>
<div class="topbar"><span>⟦m 岫川县人民政府门户网站⟧</span> <a>⟦a 长辈模式⟧</a> <a>⟦a 读屏专用⟧</a> <a>⟦a 简|繁⟧</a></div>
<div class="nav"><ul><li>⟦m 首页⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 办事服务⟧</li><li>⟦m 互动交流⟧</li><li>⟦m 走进岫川⟧</li></ul></div>
<div class="crumb">⟦m 您所在的位置：首页 ＞ 政务公开 ＞ 部门动态⟧</div>
<table class="xxgk"><tr><td>⟦m 索引号：11431127MB1C55820K/2025-00873⟧</td><td>⟦m 发布机构：县市场监督管理局⟧</td></tr>
<tr><td>⟦m 主题分类：质量监管⟧</td><td>⟦m 发布日期：2025-04-16⟧</td></tr></table>
<h1>{T}</h1>
<div class="font">⟦a 【字体：大 中 小】⟧ ⟦a 【打印本页】⟧ ⟦a 【关闭窗口】⟧</div>
<div class="TRS_Editor">
{BODY}
</div>
<div class="share">⟦l 分享到：微信 微博 QQ空间⟧</div>
<div class="related"><h3>⟦l 相关信息⟧</h3><ul><li>⟦l 县市场监管局开展春季校园周边文具专项检查⟧</li><li>⟦l 2025年第一季度产品质量抽查计划⟧</li></ul></div>
<div class="footer"><p>⟦m 主办：岫川县人民政府办公室　承办：县政务服务和大数据中心⟧</p>
<p>⟦w 网站纠错：0738-6621900（工作日）⟧</p><p>⟦m 湘ICP备05011872号　湘公网安备43112702000135号⟧</p></div>
<script>document.write('<img src="/stat.gif">');</script>
</body></html>
""",
        body="""
各乡镇人民政府，县直有关单位：
为加强学生用品质量监管，县市场监督管理局于2025年3月对全县文具经营单位销售的学生用直尺开展了产品质量监督抽查。现将抽查结果通报如下。
一、抽查基本情况
本次共抽查12家经营单位的直尺产品20批次，检验项目包括刻度误差、边缘毛刺、可迁移元素和标志标识，合格17批次，批次合格率为85%。
二、不合格产品情况
经营单位　产品名称　不合格项目
县城新华文具店　20厘米透明直尺　刻度误差
崮阳镇学友文具　15厘米彩色直尺　边缘毛刺
峤原乡童趣精品店　30厘米钢直尺　标志标识
三、处理要求
对抽查不合格的经营单位，已依法责令其立即停止销售不合格产品，并对同批次产品进行清理。
联系人：罗晓晖　电话：0738-6625137
岫川县市场监督管理局
2025年4月15日
""",
    ),
    dict(
        slug="fanwen-ruler-teacher-insight-decorated",
        site="笔墨范文网 (invented)",
        style="范文站",
        genre="心得体会",
        kind="insight",
        form="text",
        source="https://www.bimofanwen.example.com/xinde/jiaoxue/58821.html",
        title="用好一把直尺：数学教研组教学心得",
        record_title="【精选】用好一把直尺：数学教研组教学心得（通用2篇）",
        date=None,
        notes="范文 site: title decorated 【精选】…（通用2篇）, a writing-service line glued after a sentence, a paywall line between paragraphs, 猜你喜欢 list; no date",
        indent="\u3000\u3000",
        page="""
!m 笔墨范文网 — 写材料不求人
!m 当前位置：范文首页 » 心得体会 » 教学心得
!t 【精选】用好一把直尺：数学教研组教学心得（通用2篇）
!m 栏目：教学心得　　人气：1288
{BODY}
!a 本文共2篇，开通会员后可一键复制全部内容
!l 猜你喜欢：
!l 小学数学“图形与几何”单元教学反思
!l 教研组长述职报告（精选3篇）
!d 本站文章均为网友投稿，如需转载请注明出处；若有侵权请来信告知。
""",
        body="""
本学期，我们数学教研组围绕“图形与测量”单元开展了专题教研，从学生使用直尺的细节入手，收获颇多。
一是重视读数习惯。不少学生量线段时不从零刻度对齐，我们在课堂上设计了“找起点”小游戏，让学生互相检查，错误率明显下降。⟦w 需要原创教学心得可联系小编，VX：bimo_xiezuo⟧
⟦a 余下内容登录后免费查看⟧
二是重视动手操作。我们要求学生画图时一手按尺、一手执笔，笔尖紧贴尺边，画出的线段更直、更准。
三是重视估测能力。在量之前先估一估，再用直尺验证，学生对长度单位的感受更加真切。
一把小小的直尺，承载的是严谨细致的学习态度，今后我们将继续在细节处下功夫。
""",
    ),
    dict(
        slug="wenku-ruler-factory-summary-bracket-markers",
        site="知行文库 (invented)",
        style="文库预览",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://wenku.zhixing-doc.example.com/view/7f3a0c21b9e4.html",
        title="崧浦文具厂2024年度生产经营工作总结",
        record_title="崧浦文具厂2024年度生产经营工作总结",
        date="2025-01-10",
        notes="文库 preview: page markers ⦗n⦘ glued or not cut sentences; signature date in Chinese numerals; preview-end and VIP prompts at the bottom",
        indent="\u3000\u3000",
        pages=dict(fmt="⦗{n}⦘", every=120, start=2, glue="mix"),
        page="""
!m 知行文库　首页 > 企业管理 > 工作总结
{T}
!m 上传者：lixia_0913　　页数：4页　　浏览量：326　　下载券：2
{BODY}
!a 预览已结束，剩余1页可下载查看
!a 下载文档（2下载券）　加入文库VIP免券下载
!l 相关文档推荐：文具企业安全生产总结　塑料制品厂年度工作总结
""",
        body="""
2024年，我厂坚持以质量求生存、以创新谋发展，全年生产各类直尺、三角尺、量角器等测量文具一千四百余万支，实现销售收入六千二百万元，同比增长百分之九。
一、狠抓产品质量。全年引进激光刻度机两台，直尺刻度误差控制在零点一毫米以内，出厂检验合格率保持在百分之九十九以上。
二、拓展销售渠道。在巩固本省学校采购市场的同时，新开发线上店铺三家，线上销售额占比提高到百分之二十一。
三、加强安全管理。全年开展注塑车间消防演练四次，整改隐患十七处，未发生安全生产事故。
2025年，我厂将重点推进环保材料直尺的研发，力争新产品销售额突破八百万元。
崧浦文具厂
二〇二五年一月十日
""",
    ),
    dict(
        slug="news-ruler-calibration-line-photo-caption",
        site="嵋溪新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.meixi.example.com/jj/2025-05/21/content_44102.htm",
        title="嵋溪一企业建成直尺激光校准线 每分钟检测六十把",
        record_title=None,
        date="2025-05-21",
        notes="news portal: no record title (h1), byline 发布时间 is the date, a photo caption between paragraphs, 责任编辑 glued after the last sentence, 24小时热读 list, ad label",
        page="""
<html><head><meta charset="utf-8"><title>嵋溪一企业建成直尺激光校准线 每分钟检测六十把 - 嵋溪新闻网</title>
<meta name="keywords" content="直尺,校准,嵋溪"></head><body>
<div class="head">⟦m 嵋溪新闻网　嵋溪第一门户⟧ <a>⟦a 登录⟧</a> <a>⟦a 注册⟧</a></div>
<div class="menu">⟦m 要闻 | 经济 | 民生 | 文旅 | 视频 | 专题⟧</div>
<div class="pos">⟦m 当前：首页 > 经济⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 发布时间：2025-05-21 10:32　来源：嵋溪日报　记者：卢雨桐⟧</div>
<div class="content">
{BODY}
</div>
<div class="ad">⟦a 广告⟧</div>
<div class="hot"><h4>⟦l 24小时热读⟧</h4><ol><li>⟦l 嵋溪高铁站南广场开放⟧</li><li>⟦l 今年首批文具出口订单发往东南亚⟧</li></ol></div>
<div class="foot">⟦d 本网所刊稿件未经授权不得转载⟧<br>⟦m 新闻热线：0731-8912345⟧</div>
</body></html>
""",
        body="""
本报讯　5月20日，位于嵋溪经济开发区的恒度文具有限公司直尺激光校准线正式投产，每分钟可完成六十把直尺的刻度检测。
据介绍，过去工人用标准尺逐把比对，一天最多检测两千把，现在设备自动识别刻线位置，误差超限的产品会被自动剔除。
⟦m 图为工人在校准线旁查看检测数据。　记者 卢雨桐 摄⟧
公司负责人表示，校准线投用后，产品合格率从百分之九十六提高到百分之九十九点五，今年计划再上一条钢直尺生产线。⟦m （责任编辑：韦嘉）⟧
""",
    ),
    dict(
        slug="forum-ruler-steel-ruler-parent-junk",
        site="崮阳家长论坛 (invented)",
        style="论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="https://bbs.guyangjz.example.net/thread-20931-1-1.html",
        title="学校要求买钢直尺，孩子才二年级，安全吗？",
        record_title="学校要求买钢直尺，孩子才二年级，安全吗？ - 学习交流 - 崮阳家长论坛",
        date=None,
        notes="forum thread: junk lines and glued junk, relative post time (no date), floor meta, reply box",
        junk=dict(lines=1, glued=2),
        page="""
!m 崮阳家长论坛 » 学习交流 » 查看帖子
!t 学校要求买钢直尺，孩子才二年级，安全吗？
!m 楼主：豆豆妈2017　　发表于 3 天前　　只看该作者
{BODY}
!l 沙发　小橘子：我们班老师说塑料尺就行，没强求。
!a 回复　引用　举报
!a 您需要登录后才可以回帖　登录 | 立即注册
!m 手机版 | 小黑屋 | 崮阳家长论坛
""",
        body="""
开学第二周，班主任在群里说数学课要用十五厘米的钢直尺，让家长统一买。
我去文具店看了一下，钢尺边缘有的很锋利，二年级的孩子课间打闹，我有点担心会划伤手。
问了几个家长，有的说钢尺不容易变形、刻度准，有的说塑料尺足够了。
想问问大家，你们孩子用的是什么尺子？有没有买到边缘处理得比较好的钢尺？
""",
    ),
    dict(
        slug="blog-ruler-drafting-teacher-wrapped",
        site="老图板的博客 (invented)",
        style="博客",
        genre="随笔",
        kind="other",
        form="text",
        source="https://laotuban.example-blog.cn/post/2024/11/03/zhichi.html",
        title="一把直尺画了四十年",
        record_title="一把直尺画了四十年 | 老图板的博客",
        date="2024-11-03",
        notes="blog hard-wrapped at 60 columns; date from the post's bracketed time; tags, prev/next and a comment box below",
        wrap=60,
        indent="\u3000\u3000",
        page="""
!m 老图板的博客 · 一个退休制图老师的絮叨
{T}
!m [2024-11-03 20:15]　分类：往事　阅读(211)　评论(4)
{BODY}
!l 标签：制图　直尺　回忆
!l « 上一篇：丁字尺与图板　|　下一篇：鸭嘴笔的墨水怎么调 »
!l 发表评论　（昵称必填，邮箱不公开）
!d © 老图板的博客　本博文字未经许可请勿转载
""",
        body="""
一九八四年我到县技工学校教机械制图，学校发给我一把六十厘米的有机玻璃直尺，这把尺子我一直用到退休。
那时候没有电脑绘图，学生画一张零件图要两三个下午，直尺、三角板、圆规轮番上阵，稍有不慎墨线就会洇开。
我常跟学生说，尺子要保持干净，用前先用软布擦一擦，画线时笔杆略向外倾，线条才会挺括。
如今年轻人都用软件画图了，可我还是觉得，手上握过尺子的人，对尺寸更有感觉。
""",
    ),
    dict(
        slug="wechat-ruler-metrology-account-tips",
        site="峄湖计量 公众号镜像 (invented)",
        style="公众号镜像",
        genre="科普",
        kind="other",
        form="html",
        source="https://wx.mirror-read.example.com/s/yihujiliang/20250312_01",
        title="家里的直尺准不准？三步教你自己查",
        record_title="家里的直尺准不准？三步教你自己查",
        date="2025-03-12",
        notes="WeChat mirror: account line with date, 在看/点赞 row, reward button, 阅读原文; body speaks of 关注/扫码 as content (the institute's booking)",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>家里的直尺准不准？三步教你自己查</title></head><body>
<div id="js_content_wrap">
<h2 class="rich_media_title">{T}</h2>
<div class="rich_media_meta_list">⟦m 峄湖计量⟧ ⟦m 峄湖县计量检定测试所⟧ ⟦m 2025年3月12日 08:30⟧ ⟦m 湖南⟧</div>
<div class="rich_media_content">
{BODY}
</div>
<p>⟦a 阅读原文⟧</p>
<div class="tool">⟦a 喜欢作者 赞赏⟧ ⟦l 分享 · 点赞 · 在看⟧</div>
<div class="mirror-foot">⟦d 本页内容由镜像站自动抓取，版权归原公众号所有⟧ ⟦m 微信号：yhjl_0739⟧</div>
</div></body></html>
""",
        p_html='<section><p style="line-height:1.75em;">{}</p></section>',
        body="""
直尺是家里最常用的量具，可时间一长，刻度可能磨损，塑料尺还可能受热弯曲。怎样判断一把直尺准不准呢？
第一步，看外观。把尺子放在光线好的地方，看刻线是否清晰、有无断线，尺边有没有缺口。
第二步，比一比。拿两把不同品牌的直尺并排对齐零刻度，看二十厘米处是否重合，如果相差超过半毫米，就要留个心眼。
第三步，送检定。如对结果有疑问，可关注本所公众号，在“便民服务”中预约免费检测，周一至周五均可受理。
计量无小事，准确的尺子才能量出准确的结果。
""",
    ),
    dict(
        slug="docshare-ruler-standard-note-corner-markers",
        site="共享文档站 (invented)",
        style="文档分享",
        genre="编制说明",
        kind="other",
        form="text",
        source="https://www.gxwdz.example.com/p-55160238.html",
        title="《学生用直尺》团体标准编制说明",
        record_title="《学生用直尺》团体标准编制说明.docx",
        date=None,
        notes="document sharing: file-name record title, upload box, page markers 「n」 on lines of their own cut sentences; decimal headings; no date",
        pages=dict(fmt="「{n}」", every=110, start=2),
        page="""
!m 共享文档站 — 文档分享平台
!t 《学生用直尺》团体标准编制说明.docx
!m 贡献者：标准小组　上传时间：2024-08-27　格式：DOCX　页数：3
!d 本文档由用户自行上传，本站仅提供存储空间，如有版权问题请联系客服删除。
{BODY}
!a 下载此文档　收藏　举报
!l 同类文档：《木质铅笔》标准解读　文具安全标准汇编
""",
        body="""
1 任务来源
本标准由嶂口市文具行业协会提出并归口，由协会标准化工作组会同五家生产企业共同起草。
2 编制目的
现行学生用直尺产品质量参差不齐，部分产品刻度误差大、边缘锐利，影响学生使用安全和学习效果，有必要制定统一的团体标准。
3 主要技术内容
3.1 规定了直尺刻度误差、刻线宽度、边缘倒角和可迁移元素限量等要求。
3.2 规定了检验方法，刻度误差采用影像测量仪检测，边缘锐利度采用锐利边缘测试器检测。
4 与现行标准的关系
本标准各项指标均不低于现行国家标准的要求，部分指标严于国家标准。
""",
    ),
    dict(
        slug="edu-ruler-exam-stationery-notice-attachments",
        site="嵛江市教育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.yujiang.example.gov.cn/tzgg/202505/t20250526_118302.html",
        title="关于2025年中考考生文具使用有关事项的通知",
        record_title="关于2025年中考考生文具使用有关事项的通知",
        date="2025-05-26",
        notes="education bureau portal: 无障碍 link, 访问量 and 来源 meta, numbered list and an 附件 list in the body, 招生考试院's 咨询电话 beside the site's hotline",
        page="""
<html><head><meta charset="utf-8"><title>关于2025年中考考生文具使用有关事项的通知-嵛江市教育局</title></head><body>
<div class="top">⟦m 嵛江市教育局⟧ ⟦a 无障碍浏览⟧ ⟦a 关怀版⟧</div>
<div class="nav">⟦m 首页　教育动态　通知公告　政策文件　招生考试⟧</div>
<div class="loc">⟦m 首页 >> 通知公告⟧</div>
<h2>{T}</h2>
<div class="meta">⟦m 来源：市招生考试院　时间：2025-05-26　访问量：4821⟧</div>
<div class="con">
{BODY}
</div>
<div class="pn">⟦l 上一条：关于做好2025年高考考点安全保障的通知⟧<br>⟦l 下一条：嵛江市2025年义务教育招生入学政策问答⟧</div>
<div class="ft">⟦m 嵛江市教育局 版权所有　地址：嵛江市滨河路9号⟧ ⟦w 服务热线：0746-2212345⟧</div>
</body></html>
""",
        body="""
各县市区教育局，各初中学校：
为规范2025年中考考场秩序，保障考生顺利答题，现将考生文具使用有关事项通知如下。
1. 考生可携带黑色字迹签字笔、2B铅笔、橡皮、圆规、三角板和透明直尺进入考场。
2. 直尺应为无字透明直尺，长度不超过二十厘米，尺面不得印有公式、图形或其他文字。
3. 禁止携带带有电子功能的尺子、计算器和任何通讯工具。
请各学校将本通知打印张贴在毕业班教室，并组织考生认真学习。
咨询电话：0746-2230571（市招生考试院）
附件：1. 2025年中考考场规则
2. 考生违规行为处理办法
嵛江市招生考试院
2025年5月26日
""",
    ),
    dict(
        slug="oa-ruler-factory-minutes-meeting-lines",
        site="恒度文具 OA (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://oa.hengdu-wj.example.local/doc/view?id=20250408-17",
        title="钢直尺车间质量分析会会议纪要",
        record_title="钢直尺车间质量分析会会议纪要",
        date="2025-04-08",
        notes="intranet document view: 流转 and read-count meta, the minutes' 时间/地点/主持/参会 lines kept; date from the 时间 line",
        page="""
!m 恒度文具协同办公平台　>　公文管理　>　会议纪要
!m 拟稿：质量部 钟敏　　审核：苗振华　　阅读：56次
{T}
{BODY}
!m 流转记录：质量部→生产部→总经理办公室（已归档）
!a 返回列表　导出PDF
!d 内部资料　注意保密
""",
        body="""
时间：2025年4月8日14时30分
地点：二号楼三楼会议室
主持：副总经理 苗振华
参会：质量部、生产部、钢直尺车间班组长
会议通报了一季度钢直尺产品质量情况，一季度共出现刻线偏移批次三批，主要原因是蚀刻模板磨损后未及时更换。
会议议定以下事项：
一、生产部于4月15日前建立蚀刻模板使用台账，每生产五万支强制更换一次。
二、质量部增加首件检验频次，每班开机后首十支必须全检。
三、车间班组长每周五报送质量周报。
""",
    ),
    dict(
        slug="qa-ruler-zero-mark-worn-missing-title",
        site="问点啥 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.wendiansha.example.com/q/3318804",
        title="直尺零刻度磨掉了还能用吗？",
        record_title=None,
        date=None,
        notes="Q&A: no record title; the question on the page is the title; answerer card, votes, relative answer time, more-answers box",
        page="""
!m 问点啥 > 生活 > 学习用品
{T}
!m 3个回答　1022人浏览
!m 知尺者　｜　计量工程师　｜　回答于 2天前
{BODY}
!l 赞同 36　反对　收藏　举报
!l 其他回答（2）
!l 你可能感兴趣：游标卡尺怎么读数？
""",
        body="""
能用，只是测量时不要从零刻度起量。
可以选一个清晰的整厘米刻线作为起点，比如从1厘米开始量，读数后再减去1厘米，这在计量上叫“借用起点”。
需要注意的是，如果尺子整体刻线都已模糊，或者尺边已经磨圆，就建议换一把新的，否则读数误差会比较大。
""",
    ),
    dict(
        slug="anthology-ruler-father-wooden-ruler-year-only",
        site="崟田文存 (invented)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="https://www.yintianwc.example.cn/juan2/017.html",
        title="父亲的木尺",
        record_title="《崟田文存》卷二·父亲的木尺",
        date=None,
        notes="personal collection: chapter nav, a 写于 line with a year only (no date), collection footer",
        gap=True,
        indent="\u3000\u3000",
        page="""
!m 崟田文存 · 卷二 · 第十七篇
!l 目录 ｜ 上一篇：老屋的门槛 ｜ 下一篇：母亲的针线笸箩
!t 父亲的木尺
{BODY}
!m （2019年冬写于崟田）
!l 返回卷二目录
!d 文存所收皆作者旧作，转载请联系作者本人。
""",
        body="""
父亲是村里的木匠，他有一把用了三十年的木尺，尺面被手摩挲得发亮。
那把尺子上的刻度是他自己用小刀一道道刻出来的，每隔一寸点一个墨点，邻居家打柜子、做门窗，都来借他的尺子。
后来我上了中学，买了一把塑料直尺，拿回家跟父亲的木尺一比，竟然分毫不差。
父亲笑着说，尺子准不准，不在材料，在刻尺子的人心里有没有数。
""",
    ),
]

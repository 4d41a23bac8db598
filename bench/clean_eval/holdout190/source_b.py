"""holdout190, part B: blogs, WeChat mirrors, document-sharing pages, education portals and
enterprise intranets, around the same five objects (peelers, binder clips, plungers,
mousetraps and glue boards, badge lanyards). A Typecho-like blog with tag cloud, archive and
comment form, a hard-wrapped blog post, a hospital account's mirror with 在看/阅读原文 rows,
a property account's notice mirrored a day late, a document-sharing reader with a work
instruction in decimal headings, a wrapped summary cut by glued ┫n┣ markers, an education
bureau with a 关怀版 link, a lesson plan with ×× placeholders, an OA minutes view with its
流转记录 and a rule whose articles speak of 扫码. Invented text throughout; see ../README.md
and ../build.py."""

CASES = [
    dict(
        slug="blog-shisui-essay-grandma-peeler-typecho",
        site="拾穗人的自留地 (invented)",
        style="博客",
        genre="随笔",
        kind="other",
        form="html",
        source="https://shisui.example.me/archives/412/",
        title="外婆的那把老削皮刀",
        record_title="外婆的那把老削皮刀 — 拾穗人的自留地 · 随笔",
        date=None,
        notes="a personal blog: header and menu, a relative update stamp (no date), a photo caption between paragraphs, tag cloud, monthly archive, comment form, theme footer",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="UTF-8"><title>外婆的那把老削皮刀 — 拾穗人的自留地 · 随笔</title>
<link rel="alternate" type="application/rss+xml" href="/feed/">
<script>var _paq = window._paq || [];</script></head>
<body>
<header id="header"><div class="site-name">⟦m 拾穗人的自留地⟧</div><p class="desc">⟦m 记点琐事，存点念想⟧</p>
<nav>⟦m 首页 / 随笔 / 读书 / 留言板 / 关于⟧</nav></header>
<main><article class="post">
<h1 class="post-title">{T}</h1>
<ul class="post-meta"><li>⟦m 分类：随笔⟧</li><li>⟦m 阅读 418 · 2 条评论 · 更新于 3 天前⟧</li></ul>
<div class="post-content">
{BODY}
</div>
<p class="tags">⟦l 标签：外婆 厨房 旧物⟧</p>
</article>
<section id="comments"><h3>⟦l 2 条评论⟧</h3>
<form><p>⟦l 发表评论：昵称（必填）　邮箱（不公开）　网址⟧</p><p>⟦a 提交评论⟧</p></form></section></main>
<aside id="secondary">
<h3>⟦l 标签云⟧</h3><p>⟦l 故乡 读书笔记 旧物 厨房 家常菜 外婆⟧</p>
<h3>⟦l 归档⟧</h3><ul><li>⟦l 2025 年 10 月 (4)⟧</li><li>⟦l 2025 年 9 月 (6)⟧</li></ul>
</aside>
<footer>⟦d 本站文字除注明外均为原创，转载请注明出处⟧ ⟦m Powered by Typecho · Theme Maple⟧</footer>
</body></html>
""",
        body="""
外婆家的厨房里，有一把用了三十多年的削皮刀，木柄磨得发亮，刀片是外公在农机厂用废锯条磨出来的。
小时候我最爱看外婆削土豆，她手腕一转，土豆皮就连成长长的一条，落进脚边的竹篮里，从来不断。
后来超市里有了各式各样的削皮器，塑料柄的、陶瓷刃的、带刨丝功能的，我给她买过好几把，都被她收进了抽屉。
她说新的太快，一不留神就削掉一层肉，还是老刀子顺手。
⟦m （配图：外婆的旧削皮刀，摄于老屋灶台边）⟧
去年外婆走了，收拾遗物时，舅舅把那把削皮刀给了我。现在它挂在我家厨房的墙上，我很少用它，但每次看见，都像又听见她在灶台边絮絮叨叨。
""",
    ),
    dict(
        slug="blog-laocangtou-granary-rats-wrapped-60",
        site="老仓头的博客 (invented)",
        style="博客",
        genre="随笔",
        kind="other",
        form="text",
        source="http://laocangtou.blog.example.com/2025/11/02/rats-20-years.html",
        title="守粮仓的人，跟老鼠斗了二十年",
        record_title="守粮仓的人，跟老鼠斗了二十年 ‖ 老仓头的博客",
        date="2025-11-02",
        notes="a blog post hard-wrapped at 60 columns with a full-width indent; the blog's 发布于 line is the page's date; tags, prev/next, comment count, no-repost notice",
        page="""
!m 老仓头的博客 — 守着粮食过日子
!m 首页 | 随笔 | 粮库日常 | 关于我
{T}
!m 发布于 2025-11-02 20:15 · 分类：粮库日常 · 阅读(203)
{BODY}
!l 标签：粮库 防鼠 保管员
!l « 上一篇：秋粮入库那七天　　下一篇：仓房测温记 »
!l 评论（5）｜ 我也说两句
!d 本博客文字未经允许请勿转载
""",
        indent="\u3000\u3000",
        wrap=60,
        body="""
我在缙原县第二粮库当保管员，今年是第二十个年头。要说这些年最难缠的对手，不是虫，是老鼠。
刚上班那几年，库里还用鼠药，老鼠死在仓角，臭味好几天散不掉，还怕污染粮食。后来上级明确仓内一律不准投药，我们就改用捕鼠笼和粘鼠板。
粘鼠板看着简单，放的位置有讲究：要顺着墙根放，老鼠习惯贴墙走；板子上的诱饵别放太多，放多了它吃饱就不上当了。
这些年库里又装了挡鼠板和电子驱鼠器，鼠迹少多了。上个月省里来检查，仓内连一粒鼠粪都没找到，我心里比拿奖金还高兴。
""",
    ),
    dict(
        slug="wechat-weiyue-hospital-lanyard-hygiene-mirror",
        site="微阅存档 (invented WeChat mirror)",
        style="公众号镜像",
        genre="科普",
        kind="other",
        form="html",
        source="https://weiyue-cd.example.com/a/tishan-hospital/20250912-3.html",
        title="工作牌挂绳多久洗一次？感控科来提醒",
        record_title="工作牌挂绳多久洗一次？感控科来提醒_缇山县人民医院_微阅存档",
        date="2025-09-12",
        notes="a WeChat mirror: the account line with its date is the page's date; a star-the-account prompt above, reading-original/在看/like rows, a follow-by-scan prompt and a mirror disclaimer under the text; a numbered list of tips",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>工作牌挂绳多久洗一次？感控科来提醒_缇山县人民医院_微阅存档</title>
<script src="https://weiyue-cd.example.com/js/lazy.js"></script></head>
<body>
<div class="mirror-top">⟦m 微阅存档 · 公众号文章归档⟧ ⟦a 搜索公众号⟧</div>
<div id="js_article">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta_list">⟦m 缇山县人民医院　2025年9月12日 18:30　缇山⟧</div>
<p class="star">⟦a ▲ 轻点上方蓝字“缇山县人民医院”，设为星标不迷路⟧</p>
<div class="rich_media_content">
{BODY}
</div>
<div class="bottom">⟦a 阅读原文⟧ ⟦l 赞 41　在看 9　分享⟧</div>
<div class="qr">⟦a 微信扫一扫，关注该公众号⟧</div>
</div>
<div class="rel"><h4>⟦l 喜欢此内容的人还喜欢⟧</h4><p>⟦l 手卫生的五个时刻，你做到了吗⟧</p><p>⟦l 秋季腹泻高发，这份指南请收好⟧</p></div>
<div class="foot">⟦d 本页内容来自微信公众平台，版权归原作者所有，如有侵权请联系删除⟧</div>
</body></html>
""",
        p_html='<section style="margin:8px 0;"><p>{}</p></section>',
        body="""
医护人员每天佩戴的工作牌挂绳，你多久洗一次？
近期，医院感染管理科对全院120名医务人员的工作牌挂绳进行了采样检测，结果显示，超过半数挂绳的细菌菌落数偏高，个别样本还检出了耐药菌。
挂绳常与白大衣、患者床栏接触，又很少清洗，容易成为病原体传播的“隐形通道”。
感控科建议：
1.挂绳每周至少清洗一次，可用含氯消毒液浸泡后清水漂洗晾干；
2.在隔离病区、手术室等区域，改用一次性挂绳或伸缩式卡扣；
3.为患者查体时，将工作牌别在胸前口袋上，避免垂落接触患者。
""",
    ),
    dict(
        slug="wechat-jingdu-property-notice-septic-plunger-date-also",
        site="镜读网 (invented WeChat mirror)",
        style="公众号镜像",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.jingdu-wx.example.com/gzh/jinjiangwan-wy/2025052701.html",
        title="关于小区化粪池清掏及排水管道疏通的温馨提示",
        record_title="关于小区化粪池清掏及排水管道疏通的温馨提示 - 公众号文章 - 镜读网",
        date="2025-05-26",
        date_also=["2025-05-27"],
        notes="a property account's notice on a mirror: the account's post date (05-27) differs from the signature date (05-26, expected); the document's repair phone beside an ad contact; 阅读原文, like/在看 row, follow prompt, mirror disclaimer",
        page="""
!m 镜读网 › 公众号 › 锦江湾物业
{T}
!m 锦江湾物业　2025-05-27 07:45　发表于缇山
{BODY}
!a 阅读原文
!l ♡ 12　｜　在看 3　｜　转发
!a 长按识别二维码，关注“锦江湾物业”
!w 商务合作/广告投放请加微信：gjwy_ad01
!d 镜读网仅做公众号文章索引，内容版权归原公众号所有
""",
        body="""
⟦a 点击蓝字，关注我们⟧尊敬的业主、住户：
为保障小区排水系统畅通，物业服务中心定于6月3日至6月6日对小区化粪池进行清掏，并对公共排水主管道进行疏通。
施工期间，请各位业主注意以下事项：
1.施工时段为每日8:30至17:30，届时一楼住户请尽量减少用水；
2.请勿向马桶内丢弃卫生巾、湿巾、猫砂等杂物，家中马桶轻微堵塞可先用皮搋子处理；
3.施工区域设有围挡，请看护好儿童，不要靠近作业井口。
如发现家中返水，请及时联系物业维修，电话：0745-6623180。
感谢您的理解与配合！
锦江湾物业服务中心
2025年5月26日
""",
    ),
    dict(
        slug="docshare-gongxiang-binder-clip-work-instruction-pdf",
        site="共享书斋 (invented)",
        style="文档分享",
        genre="制度",
        kind="other",
        form="html",
        source="https://www.gxshuzhai.example.net/p/2025/10/88307412.html",
        title="长尾夹折弯及装配工序作业指导书",
        record_title="长尾夹折弯及装配工序作业指导书.pdf",
        date=None,
        notes="file-name record title; a sharing reader: sharer/size/pages line, download button with points, an enlarge-preview line between paragraphs; a work instruction with decimal headings 2.1/3.1; no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>长尾夹折弯及装配工序作业指导书.pdf-共享书斋</title>
<script src="/assets/viewer.js" defer></script></head>
<body>
<div class="header">⟦m 共享书斋 · 好文档一起分享⟧<span class="login">⟦a 登录 注册⟧</span></div>
<div class="crumbs">⟦m 首页 › 企业管理 › 作业指导书⟧</div>
<div class="title-box"><h1>{T}</h1>
<p class="info">⟦m 分享者：品质部小刘　文件大小：386KB　页数：5　格式：PDF⟧</p>
<p class="btns">⟦a 下载本文档（5 积分）⟧ ⟦a 加入书架⟧ ⟦a 举报⟧</p></div>
<div class="viewer">
{BODY}
</div>
<div class="notice">⟦d 本站只提供信息存储空间服务，文档版权归上传者所有，不得用于商业用途⟧</div>
<div class="related"><h3>⟦l 相关文档⟧</h3><ul><li>⟦l 冲压工序作业指导书.pdf⟧</li><li>⟦l 电镀车间安全操作规程.doc⟧</li></ul></div>
<div class="footer">⟦m ©2025 共享书斋　粤ICP备22051377号⟧</div>
</body></html>
""",
        p_html='<div class="pg-line">{}</div>',
        body="""
1 目的
规范长尾夹折弯及装配工序操作，保证产品夹持力和外观质量。
2 适用范围
2.1 适用于本公司15mm至51mm各规格黑色及彩色长尾夹的折弯、装柄工序。
2.2 不适用于定制异形夹。
⟦a 〔放大预览〕⟧
3 作业要求
3.1 开机前检查折弯模具有无崩口，夹片送料方向须与钢带纹理一致。
3.2 装柄时两侧钢丝柄应同时卡入夹片卷边，卡入后用手开合三次，确认无卡滞、无脱出。
3.3 每小时抽取10只产品，用夹持力测试仪检测，夹持力低于标准下限的，应立即停机并报告班组长。
4 记录
抽检结果填入《折弯装配工序检验记录表》，由班组长每班签字确认。
""",
    ),
    dict(
        slug="docshare-shuzhai-bait-stations-summary-wrapped-glued-markers",
        site="书斋共享 (invented)",
        style="文档分享",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://wd.shuzhaigx.example.com/d/5521907.html",
        title="2025年城区毒饵站投放及维护工作总结",
        record_title="2025年城区毒饵站投放及维护工作总结.wps",
        date="2025-12-15",
        notes="file-name record title (.wps); hard-wrapped at 62 columns and cut by ┫n┣ markers glued to the continuation line; an upload stamp (no date); upload notice above the text, a download prompt and related files under it",
        page="""
!m 书斋共享 · 文档分享平台
!m 分类：总结报告 › 卫生健康
!t 2025年城区毒饵站投放及维护工作总结
!m 上传用户：xiaosha88　上传于 2025-12-20　下载 56 次　格式 WPS
!d 该资料由会员上传，本站仅提供存储空间，如有侵权请联系我们删除
{BODY}
!a 下载此文档（消耗 3 书币）
!l 你可能还喜欢：病媒生物防制工作计划.wps | 爱国卫生月活动总结.docx
""",
        indent="\u3000\u3000",
        wrap=62,
        pages=dict(fmt="┫{n}┣", every=130, start=2, glue=True),
        body="""
今年，中心按照县爱卫办统一部署，在城区农贸市场、背街小巷、河道沿线等重点区域规范设置毒饵站，取得了明显成效。
一、投放情况
全年共设置毒饵站1260个，其中农贸市场周边380个，居民区620个，河道沿线260个。所有毒饵站均编号登记，贴有警示标识，做到“一站一码”。
二、维护情况
专业消杀队员每半月巡查一次，及时补充毒饵，清理霉变饵料，更换损坏站体，全年补投饵料1.8吨。
三、防制效果
据春、秋两季监测，城区鼠密度由去年的1.9%下降到0.8%，达到国家标准C级要求。
四、存在问题
部分居民对毒饵站不了解，将其当作垃圾挪走；个别商户在站外随意撒药，存在安全隐患。明年将加强宣传，同步推广捕鼠笼、粘鼠板等物理方法。
绛溪县病媒生物防制中心
2025年12月15日
""",
    ),
    dict(
        slug="edu-fuchuan-notice-student-badge-lanyards-guanhuai",
        site="绂川县教育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.fuchuan.example.gov.cn/tzgg/2025/0901/6620.html",
        title="关于加强中小学生校牌挂绳使用安全管理的通知",
        record_title="关于加强中小学生校牌挂绳使用安全管理的通知_绂川县教育局",
        date="2025-08-29",
        date_also=["2025-09-01"],
        notes="education bureau: 关怀版 link, 发布时间 (09-01) differs from the signature date (08-29, expected); the document's 联系人/电话 beside the site's technical-support line; 附件 line; attachment-download box, prev/next",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于加强中小学生校牌挂绳使用安全管理的通知_绂川县教育局</title>
<script src="/static/jquery-3.6.js"></script><script src="/static/care.js"></script></head>
<body>
<div class="toolbar">⟦a 关怀版⟧ ⟦a 简体 | 繁體⟧</div>
<div class="head">⟦m 绂川县教育局 · 办好人民满意的教育⟧</div>
<div class="nav">⟦m 首页　机构概况　教育动态　通知公告　政务公开　办事指南⟧</div>
<div class="where">⟦m 现在位置：首页 &gt; 通知公告⟧</div>
<div class="art">
<h2>{T}</h2>
<p class="src">⟦m 发布时间：2025-09-01　来源：安全科　点击数：2466⟧</p>
{BODY}
<div class="fj">⟦l 相关附件下载：排查统计表.xlsx⟧</div>
<p class="pn">⟦l 上一篇：2025年秋季学期开学工作检查安排⟧<br>⟦l 下一篇：关于做好校车安全管理工作的提醒⟧</p>
</div>
<div class="foot">⟦d 版权所有：绂川县教育局⟧　⟦m 技术支持：县教育信息中心　电话：0746-3325000⟧</div>
</body></html>
""",
        body="""
各中小学校、幼儿园：
近期，外地发生一起学生校牌挂绳在课间游戏中被卡住勒伤颈部的事件。为切实保障学生安全，现就有关事项通知如下：
一、各校为学生配发的校牌挂绳，须具备受力自动断开功能，断开拉力不大于30牛。
二、各校要在9月15日前对在用挂绳进行全面排查，不符合要求的一律更换，费用不得向学生收取。
三、低年级学生在体育课、大课间活动时，应由教师统一收取校牌，活动结束后再发还。
四、各校要将排查情况填入附件表格，于9月20日前报局安全科。
联系人：严丽君，电话：0746-3325107。
附件：中小学校牌挂绳排查情况统计表
绂川县教育局
2025年8月29日
""",
    ),
    dict(
        slug="edu-xiangyang-lesson-plan-peeler-placeholders",
        site="缃阳教育资源网 (invented)",
        style="教育门户",
        genre="教案",
        kind="plan",
        form="text",
        source="http://zy.xyedu.example.cn/jxsj/ldjy/2025/0417/1932.html",
        title="三年级劳动课《安全使用削皮器》教学设计",
        record_title="【劳动教育】三年级劳动课《安全使用削皮器》教学设计 - 缃阳教育资源网",
        date=None,
        notes="a teachers' resource site: the title repeated with its column prefix, author/resource-id line, download/collect/recommend row; a lesson plan with ×× placeholders and a numbered list; no date",
        page="""
!m 缃阳教育资源网 > 教学设计 > 劳动教育
!t 【劳动教育】三年级劳动课《安全使用削皮器》教学设计
!m 作者：潘晓雯　单位：缃阳县实验小学　资源编号：LD-2025-0417
!a 下载教案　|　收藏资源　|　推荐给同事
{BODY}
!d 本资源由教师上传共享，仅限教学研究使用
!l 同类资源：四年级《学做凉拌黄瓜》｜二年级《整理书包》
!m 缃阳县教育信息中心主办　技术支持电话：0731-5507789
""",
        body="""
一、教学目标
1.认识削皮器的结构，知道刀口朝外、由内向外削的安全要领；
2.能用削皮器削去黄瓜、土豆的外皮，做到厚薄均匀；
3.养成用后清洗、收纳刀具的好习惯。
二、教学准备
削皮器××把，黄瓜、土豆各××个，防割手套，废皮收集盆。
三、教学过程
（一）导入：出示外婆削苹果的图片，提问：削皮有哪些工具？
（二）示范：教师演示握法，强调“手指在后、刀口向外”。
（三）练习：学生分组操作，教师巡视纠正。
（四）评价：各组展示成果，评选“小巧手”。
四、教学反思
本课学生兴趣很高，但个别学生用力过猛，下次应增加慢动作示范。
""",
    ),
    dict(
        slug="oa-jinjia-minutes-nickel-plating-binder-clips",
        site="缙原金夹文具有限公司协同办公平台 (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="other",
        form="html",
        source="http://oa.jinjia-stationery.example.com/doc/view.do?id=20251022-0417",
        title="长尾夹镀镍工序质量分析会会议纪要",
        record_title="长尾夹镀镍工序质量分析会会议纪要（OA）-金夹协同办公",
        date="2025-10-21",
        date_also=["2025-10-22"],
        notes="an OA document view: to-do row, module breadcrumb, publisher line with 发布时间 (10-22) and read count, the meeting's 时间 line (10-21, expected); 时间/地点/主持/参会/记录 lines and a numbered list in the body; approval trail, print/export row, confidentiality footer",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>长尾夹镀镍工序质量分析会会议纪要（OA）-金夹协同办公</title>
<script src="/oa/js/seeyon.min.js"></script></head>
<body>
<div class="oa-top">⟦m 缙原金夹文具有限公司　协同办公平台⟧ ⟦a 待办(3)　已办　消息　退出⟧</div>
<div class="oa-path">⟦m 公文管理 › 会议纪要 › 查看⟧</div>
<div class="doc">
<h2>{T}</h2>
<p class="pub">⟦m 发布人：质量部　发布时间：2025-10-22 09:10　已阅 46 人⟧</p>
{BODY}
</div>
<div class="flow">⟦m 流转记录：葛晓彤 拟稿 → 韩立新 审核 → 综合办 发布⟧</div>
<div class="ops">⟦a 打印 | 导出PDF | 转发给同事⟧</div>
<div class="oa-foot">⟦d 内部资料　注意保密　严禁外传⟧</div>
</body></html>
""",
        body="""
时间：2025年10月21日14:30
地点：公司二楼质量会议室
主持：生产副总经理　韩立新
参会：质量部、电镀车间、装配车间、采购部负责人
记录：质量部　葛晓彤
会议通报了9月以来长尾夹镀镍层起泡问题：客户退货2批次，共计18万只。经分析，主要原因是前处理除油不彻底和镀液温度波动大。会议议定如下事项：
一、电镀车间10月底前完成除油槽改造，增加超声波清洗工位。
二、镀液温度每两小时记录一次，超出范围立即调整。
三、采购部约谈钢带供应商，要求提供每批次材质报告。
四、质量部11月起对镀层实行盐雾试验抽检，结果每周通报。
""",
    ),
    dict(
        slug="oa-anju-rule-tool-checkout-scan-articles",
        site="安居物业服务有限公司内部办公网 (invented)",
        style="企业内网",
        genre="制度",
        kind="other",
        form="text",
        source="http://10.8.1.20/oa/zhidu/gcwx/2025/037.html",
        title="物业维修班工具领用管理规定（试行）",
        record_title="【制度汇编】物业维修班工具领用管理规定（试行）- 安居物业内网",
        date=None,
        notes="an intranet rule: 第N条 articles that speak of 扫码 as content; an approval note glued after the last article; publisher/reads line, print/export row, internal-use notice; no date (effective on issue only)",
        page="""
!m 安居物业服务有限公司 · 内部办公网
!m 位置：首页 > 规章制度 > 工程维修类
!t 【制度汇编】物业维修班工具领用管理规定（试行）
!m 发布部门：工程部　阅读：318次
{BODY}
!a 【打印】【导出】【返回列表】
!d 本网站为公司内部网站，资料仅限员工查阅使用
""",
        body="""
第一条　为加强维修工具管理，减少丢失和损坏，制定本规定。
第二条　本规定适用于公司各项目维修班的电钻、管钳、疏通机、皮搋子等工具。
第三条　维修人员领用工具，须在工具间用手机扫码登记，写明领用时间和用途；归还时再次扫码，由库管员检查工具完好情况。
第四条　疏通机、皮搋子等用于排水疏通的工具，归还前必须清洗消毒，单独存放，不得与其他工具混放。
第五条　工具因使用不当损坏或丢失的，由领用人按折旧价赔偿。
第六条　本规定自印发之日起施行。⟦m 〔审批：工程部经理 林振东 已同意〕⟧
""",
    ),
]

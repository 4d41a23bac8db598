"""holdout191, part B: 博客, 公众号镜像, 文档分享, 教育门户, 企业内网. Invented text; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="blog-ouxi-essay-father-ricecooker-wrapped",
        site="耦溪人家的博客 (invented)",
        style="博客",
        genre="随笔",
        kind="other",
        form="text",
        source="http://ouxirenjia.xiaozhanblog.cn/post/20250119/1123.html",
        title="父亲的那口老电饭锅",
        record_title="【随笔】父亲的那口老电饭锅 | 耦溪人家的博客",
        date="2025-01-19",
        notes="blog essay hard-wrapped at 60 columns with an indent; bracketed post time (the page's date); "
        "a photo line between paragraphs and tags glued after a sentence; a year inside the text is no date",
        page="""
!m 耦溪人家的博客
!m 记下日子里的烟火气
!m 首页 | 随笔 | 游记 | 相册 | 留言板
!t 【随笔】父亲的那口老电饭锅
!m [2025-01-19 22:05]　分类：家常随笔　阅读(412)　评论(7)
{BODY}
!a 赞一个(26)　　转载到我的空间　　收藏
!l 上一篇：腊月里的磨豆腐
!l 下一篇：村口那棵老樟树
!l 网友评论
!l 溪边月：看哭了，我家也有一口这样的锅。
!l 发表评论（需登录）
!m © 耦溪人家 · 本博客由 小栈博客 提供技术支持
""",
        indent="\u3000\u3000",
        wrap=60,
        body="""
我家厨房的柜子上，至今放着一口铝壳电饭锅。锅身的漆早已斑驳，开关按钮也换过两回，可父亲一直舍不得扔。
这口锅是一九九二年父亲在镇上供销社买的，花了他小半个月的工资。那时村里用电饭锅的人家不多，邻居们常端着米来借锅煮饭，父亲总是笑呵呵地说：“拿去，拿去。”
⟦m [图片] 老电饭锅，摄于老家厨房⟧
后来我到城里读书、工作，每次回家，父亲都用这口锅给我焖一锅米饭，锅底结一层金黄的锅巴。他说，这口锅煮的饭，有家的味道。⟦l #老物件# #家常记忆#⟧
前年父亲住院，我替他收拾屋子，想把旧锅换成新的智能电饭煲。父亲知道后急了，打电话叮嘱我：“旧锅别动，还能用。”
如今父亲已经八十岁了，手有些抖，却还坚持自己淘米、按下那个“咔嗒”作响的开关。我渐渐明白，他舍不得的不是一口锅，而是那些围着锅台转的日子。
""",
    ),
    dict(
        slug="blog-songzhen-howto-sandpaper-chair-wordpress",
        site="松针木事 (invented WordPress-like blog)",
        style="博客",
        genre="经验分享",
        kind="other",
        form="html",
        source="https://songzhenmushi.com/2025/08/02/old-elm-chair/",
        title="旧木椅翻新记：砂纸从80目到400目的打磨顺序",
        record_title="旧木椅翻新记：砂纸从80目到400目的打磨顺序｜松针木事",
        date="2025-08-02",
        notes="blog with tag cloud, archive, comment form; 发表于 line the page's date; a photo line between paragraphs "
        "and a related-reading link glued after a sentence",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>旧木椅翻新记：砂纸从80目到400目的打磨顺序｜松针木事</title>
<link rel="alternate" type="application/rss+xml" href="/feed/">
<script src="/wp-includes/js/wp-emoji-release.min.js"></script></head>
<body class="single">
<header><div class="site-title">⟦m 松针木事⟧</div><div class="site-desc">⟦m 一个业余木匠的工作笔记⟧</div>
<nav>⟦m 首页⟧ ⟦m 木作记录⟧ ⟦m 工具清单⟧ ⟦m 关于我⟧</nav></header>
<article><h1 class="entry-title">{T}</h1>
<div class="entry-meta">⟦m 发表于 2025年8月2日　作者 松针　分类 翻新改造⟧</div>
<div class="entry-content">
{BODY}
</div>
<footer class="entry-footer">⟦l 标签：砂纸 旧家具翻新 木蜡油⟧</footer></article>
<nav class="post-nav">⟦l ← 给工作台加一个台钳⟧ ⟦l 自制刨花收纳桶 →⟧</nav>
<section id="comments"><h3>⟦l 2 条评论⟧</h3><p>⟦l 木头人阿楠：湿磨那一步学到了！⟧</p>
<form><p>⟦a 发表评论⟧</p><textarea></textarea><button>⟦a 提交评论⟧</button></form></section>
<aside><h3>⟦l 标签云⟧</h3><p>⟦l 榫卯 砂纸 木蜡油 台钳 胡桃木 刨子⟧</p>
<h3>⟦l 文章归档⟧</h3><ul><li>⟦l 2025年8月 (3)⟧</li><li>⟦l 2025年7月 (5)⟧</li></ul></aside>
<footer class="site-footer">⟦m © 2025 松针木事　自豪地采用 WordPress⟧</footer>
</body></html>
""",
        body="""
上个月从邻居家收来一把旧榆木椅，椅面的清漆已经发黄起皮，榫卯倒还结实。趁周末有空，把它翻新了一遍，记录一下打磨的过程。
第一步，用80目砂纸配打磨块去除旧漆。旧漆层比较厚，磨的时候要不停拍掉砂纸上的漆屑，不然很快就堵死了。
⟦m ▲ 打磨前的椅面（点击看大图）⟧
第二步，换120目和180目，把80目留下的划痕一层层磨平。椅腿的弧面我用的是海绵砂块，贴合得更好。⟦l （延伸阅读：砂纸目数怎么选）⟧
第三步，刷第一遍木蜡油，干透后用240目轻磨，去掉竖起来的木毛，再刷第二遍。
最后用400目砂纸蘸一点木蜡油湿磨，表面摸上去像缎子一样。
整个过程用掉砂纸十一张，比买一把新椅子省多了，关键是椅子还是原来那把。
""",
    ),
    dict(
        slug="wechat-weiyueji-health-kneepads-hospital-no-title",
        site="微阅集 (invented WeChat mirror)",
        style="公众号镜像",
        genre="科普文章",
        kind="article",
        form="html",
        source="https://www.weiyueji.net/a/gengyuan-hospital/20251120-0805.html",
        title="天冷了膝盖怕凉，护膝该怎么戴？康复科医生这样说",
        record_title=None,
        date="2025-11-20",
        notes="no title in the record (the mirror's <title> is only the site; the article's <h1>); the account line "
        "gives the date; a follow prompt between paragraphs, an image credit glued after a sentence; the article's own "
        "sentence about booking through the hospital's account stays; reward and reading rows",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>微阅集 - 公众号文章阅读</title>
<meta name="referrer" content="no-referrer"><script src="/js/lazyload.min.js"></script></head><body>
<div class="top"><span>⟦m 微阅集⟧</span> <span>⟦m 好文章值得再读一遍⟧</span> <a>⟦a 登录⟧</a></div>
<div class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta">⟦m 原创 康复医学科 耩原县人民医院 2025-11-20 08:05 湖南⟧</div>
<div class="rich_media_content">
{BODY}
</div>
<div class="reward">⟦a 打赏一杯热茶⟧</div>
<div class="tool">⟦a 查看原文⟧ ⟦m 阅读 2867⟧ ⟦a 点赞 56⟧ ⟦a 推荐 19⟧ ⟦a 写留言⟧</div>
</div>
<div class="hot"><h4>⟦l 大家都在读⟧</h4><p>⟦l 腰椎间盘突出，睡硬板床还是软床？⟧</p><p>⟦l 冬季泡脚的三个误区⟧</p></div>
<div class="mirror-foot">⟦d 本页内容由微阅集自动收录自公开公众号，版权归原作者所有。⟧<br>⟦m 微阅集 weiyueji.net⟧</div>
</body></html>
""",
        p_html='<section><p style="line-height:1.75em;"><span style="font-size:15px;">{}</span></p></section>',
        body="""
入冬以后，康复医学科门诊里膝盖疼的患者明显多了起来。不少人问：天冷了戴护膝有没有用？怎么戴才对？
一、哪些人适合戴护膝
1.膝骨关节炎患者，在寒冷天气外出时佩戴保暖护膝，有助于减轻关节僵硬和疼痛。⟦m （图源：康复医学科）⟧
2.膝关节术后康复期患者，应在医生指导下佩戴支具型护膝。
3.需要长时间跪姿作业或登山、骑行的人群，可选用带护垫或支撑条的运动护膝。
二、护膝不是越紧越好
护膝过紧会影响下肢血液循环，出现小腿发麻、肿胀时应及时松开。一般来说，戴上后能伸进一根手指为宜，睡觉时应摘下。
⟦a ▼ 长按识别下方名片，关注获取更多健康科普⟧
三、护膝不能代替锻炼
长期依赖护膝会让大腿肌肉“偷懒”。建议在疼痛缓解期坚持做直腿抬高、靠墙静蹲等练习，增强股四头肌力量。
如需进行膝关节功能评估，可在本院公众号“预约挂号”栏目预约康复医学科门诊。
（康复医学科　欧阳珊）
""",
    ),
    dict(
        slug="wechat-gonghao-letter-lunch-storage-box-school",
        site="公号存档馆 (invented WeChat archive)",
        style="公众号镜像",
        genre="致家长信",
        kind="letter",
        form="text",
        source="https://gonghaocundang.com/jiaoyu/laokou-xiaoxue/2025083017.html",
        title="致家长的一封信：请为孩子准备安全合格的午餐保鲜盒",
        record_title="致家长的一封信：请为孩子准备安全合格的午餐保鲜盒 - 耢口镇中心小学 - 公号存档馆",
        date="2025-08-28",
        date_also=["2025-08-30"],
        notes="WeChat archive page: account line with the posting date (differs from the letter's date: the document's "
        "date expected); a follow prompt between paragraphs, an image caption glued after a sentence; the school's own "
        "phone stays",
        page="""
!m 公号存档馆
!m 首页 > 教育 > 耢口镇中心小学
{T}
!m 耢口镇中心小学　2025年08月30日 17:42
!a 字号 A-　A+　｜　复制链接
{BODY}
!a 点个“在看”，让更多家长看到
!m 阅读 3104　赞 88
!l 往期推荐：新学期接送孩子，这份交通安全提示请收好｜秋季学期课后服务报名通知
!d 声明：本站仅做公众号文章存档，如有侵权请联系删除。
""",
        body="""
尊敬的各位家长：
新学期即将开始，学校午间配餐将继续实行“自带餐盒、统一加热”的方式。为保障孩子们的饮食安全，现就午餐保鲜盒的准备提几点要求。
1.请选用标有“可微波炉使用”字样的玻璃或PP材质保鲜盒，不要使用一次性塑料盒、泡沫盒和不锈钢盒。
2.保鲜盒容量以600至800毫升为宜，盖子须有完好的密封圈。⟦m 图：合格保鲜盒示例⟧
3.请在盒盖和盒底分别贴上写有班级、姓名的标签，防止拿错。
4.保鲜盒每天带回家清洗，出现变形、裂纹或异味要及时更换。
⟦a 关注本号，第一时间获取学校通知⟧
学校已安排专人负责餐盒的收发和加热，如有疑问，可联系各班班主任或学校总务处（电话：0738-5120416）。
感谢各位家长的理解与配合！
耢口镇中心小学
2025年8月28日
""",
    ),
    dict(
        slug="docshare-hujian-request-staff-badges-h1",
        site="互鉴文档网 (invented)",
        style="文档分享",
        genre="请示",
        kind="request",
        form="html",
        source="https://www.hujianwd.com/doc/7741029358.html",
        title="关于申请统一制作窗口工作人员工牌的请示",
        record_title=None,
        date="2025-02-14",
        notes="no title in the record (the page's <h1>; its <title> only the site); file info with a share stamp "
        "(no date); the request's own contact next to the site's customer-service WeChat; a sentence about scanning a "
        "code stays",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>互鉴文档网-免费文档分享平台</title>
<script src="/js/viewer.min.js"></script></head><body>
<div class="hd"><a href="/">⟦m 互鉴文档网⟧</a> <input placeholder="搜索海量文档"><button>⟦a 搜索⟧</button> <a href="/upload">⟦a 上传文档赚积分⟧</a></div>
<div class="crumb">⟦m 首页 ＞ 党政公文 ＞ 请示报告⟧</div>
<div class="doc-head"><h1>{T}</h1>
<p>⟦m 分享者：云朵文书　　格式：DOCX　　大小：18KB　　2页　　分享于 2025-03-02⟧</p></div>
<div class="doc-view">
{BODY}
</div>
<div class="doc-act"><a>⟦a 下载文档（2积分）⟧</a> <a>⟦a 收藏⟧</a> <a>⟦a 举报⟧</a></div>
<div class="notice">⟦d 本文档为网友分享，仅供学习参考，不代表本站观点；如有侵权，请提交申诉，我们将在3个工作日内处理。⟧</div>
<div class="side">⟦w 文档定制请加客服微信：hujian_kf88⟧</div>
<div class="rec"><h4>⟦l 你可能还需要⟧</h4><p>⟦l 关于申请增加办公经费的请示⟧</p><p>⟦l 政务服务大厅窗口工作人员管理制度⟧</p></div>
<div class="ft">⟦m 互鉴文档网 hujianwd.com　粤ICP备21088412号⟧</div>
</body></html>
""",
        p_html='<p class="p-txt">{}</p>',
        body="""
区政府办公室：
为进一步规范政务服务大厅窗口服务，方便群众识别和监督，我中心拟为进驻大厅的32个部门、186名窗口工作人员统一制作工牌。现将有关事项请示如下。
一、制作内容。工牌正面印制工作人员照片、姓名、窗口名称和岗位编号，背面印制“好差评”二维码，群众扫码即可对服务进行评价。
二、经费预算。工牌及挂绳按每套28元计算，另预留10%用于人员变动补制，共需经费5730元，拟从中心2025年度办公经费中列支。
三、完成时限。经批准后，拟于3月底前完成制作并统一佩戴。
妥否，请批示。
联系人：彭雨柔　电话：0736-7702318
鞯岭区政务服务中心
2025年2月14日
""",
    ),
    dict(
        slug="docshare-jianshu-rules-sandpaper-dust-pdf-markers",
        site="鉴书文档 (invented)",
        style="文档分享",
        genre="制度",
        kind="rule",
        form="text",
        source="https://www.jianshuwd.cn/view/2025/0911/66120484.html",
        title="耨山砂布砂纸有限公司粉尘防爆安全管理制度",
        record_title="耨山砂布砂纸有限公司粉尘防爆安全管理制度.pdf",
        date=None,
        notes="file-name record title, repeated on the page; 第N条 articles, one about printing records (content); "
        "page markers ▾n▾ on lines of their own cut sentences; no date (effective on publication)",
        page="""
!m 鉴书文档 · 在线预览
!t 耨山砂布砂纸有限公司粉尘防爆安全管理制度.pdf
!m 分享人：zhang_anquan　文件大小：236KB　共3页　浏览量：742
!a 全屏阅读　｜　下载（需5积分）
{BODY}
!a 预览结束，完整文档请下载后查看
!l 相关文档：砂轮厂安全生产责任制度｜粉尘涉爆企业隐患排查表
!d 鉴书文档所有文档均由用户上传，本站不对内容的准确性负责。
!m 客服邮箱：service@jianshuwd.cn
""",
        pages=dict(fmt="▾{n}▾", every=170, start=2),
        body="""
第一章　总　则
第一条　为防范砂纸生产和分切过程中的粉尘爆炸事故，保障职工生命安全，根据国家有关规定，结合本公司实际，制定本制度。
第二条　本制度适用于公司植砂、烘干、分切、包装等产生粉尘的各车间和岗位。
⟦t 耨山砂布砂纸有限公司粉尘防爆安全管理制度⟧
第二章　日常管理
第三条　各车间应每班清扫作业区域积尘，清扫采用负压吸尘方式，严禁使用压缩空气吹扫。
第四条　除尘系统应与生产设备联锁，除尘器未启动时，分切机不得开机。
第五条　进入粉尘作业区域严禁携带火种，动火作业须办理审批手续，并清理周边10米范围内的积尘。
第六条　除尘器运行记录由设备科每月打印存档，保存期限不少于一年。
第三章　附　则
第七条　本制度由公司安全环保部负责解释，自发布之日起施行。
""",
    ),
    dict(
        slug="edu-jianling-notice-student-badges-privacy",
        site="鞯岭区教育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.jianling.gov.cn/tzgg/202509/t20250905_66231.html",
        title="关于学生校牌胸卡不外显个人信息的通知",
        record_title="关于学生校牌胸卡不外显个人信息的通知-通知公告-鞯岭区教育局",
        date="2025-09-03",
        date_also=["2025-09-05"],
        notes="education-bureau page with an elder-care link and a technical-support line next to the notice's own contact; "
        "发布时间 differs from the 成文日期 (the document's date expected); a sentence about QR codes stays",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>关于学生校牌胸卡不外显个人信息的通知-通知公告-鞯岭区教育局</title>
<script src="/static/js/main.js"></script></head><body>
<div class="top"><span>⟦m 鞯岭区教育局⟧</span><span>⟦m 办人民满意的教育⟧</span><a>⟦a 长者关怀⟧</a> <a>⟦a 无障碍阅读⟧</a></div>
<div class="menu">⟦m 首页 | 教育要闻 | 通知公告 | 政务公开 | 办事服务 | 家校互动⟧</div>
<div class="path">⟦m 首页 » 通知公告⟧</div>
<div class="detail">
<h2>{T}</h2>
<div class="attr">⟦m 发布时间：2025-09-05　来源：基础教育科　点击量：1902⟧</div>
<div class="size">⟦a 【大】【中】【小】⟧</div>
<div class="con">
{BODY}
</div>
<div class="detail-bottom">⟦a 打印正文⟧ ⟦a 关闭本页⟧</div>
<div class="pn">⟦l 上一篇：关于做好2025年秋季学期开学安全工作的通知⟧<br>⟦l 下一篇：鞯岭区2025年义务教育阶段学校招生工作简报⟧</div>
</div>
<div class="foot"><p>⟦m 主办单位：鞯岭区教育局　技术支持：区教育信息中心　电话：0736-8890011⟧</p>
<p>⟦m 湘ICP备11007735号-2　湘公网安备43070202000418号⟧</p></div>
</body></html>
""",
        p_html='<p style="text-indent:2em">{}</p>',
        body="""
各中小学校、幼儿园：
近期，有家长反映部分学校要求学生佩戴印有姓名、班级、照片的校牌胸卡上下学，存在学生个人信息被不法分子利用的风险。为保护学生安全，现就有关事项通知如下。
一、校牌胸卡不得在校外显示学生姓名、班级、家庭住址、照片等个人信息。确需标识的，可采用学校统一编号或二维码，二维码信息仅限校内设备读取。
二、学生在校内活动时可正常佩戴胸卡；放学离校时，由班主任提醒学生将胸卡收入书包或翻面佩戴。
三、各校要在9月20日前完成校牌胸卡的排查和更换，费用由学校公用经费列支，不得向学生收取。
四、各校要通过家长会、致家长信等方式，向家长宣传保护学生个人信息的知识。
联系人：基础教育科　陶明哲　电话：0736-8891502
鞯岭区教育局
2025年9月3日
""",
    ),
    dict(
        slug="edu-louchuan-school-notice-volleyball-kneepads",
        site="耧川教育网 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.lcjyw.cn/xydt/xxtz/2025/0908/10472.html",
        title="关于2025年秋季学期排球选项课学生自备护膝的通知",
        record_title="关于2025年秋季学期排球选项课学生自备护膝的通知 - 耧川县第二中学 - 耧川教育网",
        date="2025-09-08",
        notes="county education site, school column; update stamp and the 成文日期 agree; the notice's own contact next to "
        "the site's maintenance line; a sentence asking parents to scan a code stays",
        page="""
!m 耧川教育网
!m 网站首页 > 校园动态 > 学校通知
{T}
!m 作者：县二中体育组　　点击数：655　　更新时间：2025-09-08 16:10
!a 【我要打印】【关闭本页】
{BODY}
!l 上一篇：县二中召开新学期教职工大会
!l 下一篇：关于高一新生军训期间作息时间的通知
!m 主办：耧川县教育局　技术维护：县电教站 0739-6210087
!m 湘ICP备10019243号
""",
        body="""
高一年级各位同学、家长：
本学期高一年级体育与健康课实行选项教学，选择排球模块的同学在练习垫球、扑救等动作时，膝盖容易与地面碰撞。为预防运动损伤，学校要求选择排球模块的同学自备运动护膝一副。
一、护膝要求：选用带海绵护垫的排球专用护膝，松紧适中，颜色不限。
二、佩戴时间：排球课及课外排球训练时必须佩戴，9月15日起体育教师将在课前检查。
三、家庭经济困难的同学，可到体育组登记，由学校免费发放。
四、请家长扫描班级群内的二维码，于9月12日前填写护膝尺码统计表，学校将组织统一团购，每副价格不超过35元，自愿参加。
联系人：体育组　胡凯　电话：0739-6235117
耧川县第二中学
2025年9月8日
""",
    ),
    dict(
        slug="oa-suiman-minutes-ricecooker-coating-flow",
        site="穗满协同办公平台 (invented intranet of an appliance maker)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.suimandq.local/doc/view.do?id=20250724-0032",
        title="内胆涂层附着力问题专题质量分析会会议纪要",
        record_title="【质量部】内胆涂层附着力问题专题质量分析会会议纪要 - 穗满协同办公平台",
        date="2025-07-24",
        notes="OA document view with its 流转记录, read counts and print/export buttons; minutes' 时间/地点/主持/参会/记录 "
        "lines stay (the 时间 line gives the date); numbered decisions",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【质量部】内胆涂层附着力问题专题质量分析会会议纪要 - 穗满协同办公平台</title>
<script src="/oa/js/seeyon.js"></script></head><body>
<div class="oa-top"><span>⟦m 穗满协同办公平台 V6.2⟧</span> <span>⟦m 欢迎您，涂装车间 龙海波⟧</span> <a>⟦a 注销⟧</a></div>
<div class="oa-menu">⟦m 我的待办⟧ ⟦m 公文管理⟧ ⟦m 会议管理⟧ ⟦m 知识库⟧</div>
<div class="doc">
<div class="doc-title">{T}</div>
<div class="doc-info">⟦m 拟稿部门：质量部　密级：内部　紧急程度：普通⟧</div>
<div class="doc-tools">⟦a 【打印】【导出PDF】【转发】⟧</div>
<div class="doc-body">
{BODY}
</div>
<div class="flow"><h4>⟦m 流转记录⟧</h4>
<p>⟦m 质量部 苏晓禾 拟稿 2025-07-25 09:12⟧</p>
<p>⟦m 副总经理 伍建川 审核 2025-07-25 15:40 意见：同意印发⟧</p>
<p>⟦m 总经理办公室 分发 2025-07-26 08:30⟧</p></div>
<div class="read">⟦m 已阅 38 人　未阅 6 人⟧</div>
</div>
<div class="oa-foot">⟦d 内部资料，严禁外传⟧</div>
</body></html>
""",
        p_html="<p>{}</p>",
        body="""
时间：2025年7月24日14:30
地点：二号楼三楼会议室
主持：副总经理　伍建川
参会：质量部、技术部、涂装车间、采购部负责人及内胆工段班组长
记录：质量部　苏晓禾
会议针对县市场监管局二季度抽查中MF-30B3型号内胆涂层附着力不合格问题进行了专题分析，形成如下意见：
一、原因初步查明。该批次内胆喷砂后停放时间超过4小时，表面吸潮，导致涂层结合力下降。
二、立即整改。涂装车间即日起执行“喷砂后2小时内喷涂”规定，超时内胆须重新喷砂；技术部8月5日前修订工艺卡。
三、加强来料检验。采购部督促涂料供应商每批提供附着力检测报告，质量部按批次抽检。
四、隔离库存。仓库内同批次成品412台全部隔离，返工后经质量部复检合格方可出库。
请各相关部门按分工抓好落实，8月10日前将落实情况报质量部。
""",
    ),
    dict(
        slug="oa-lechu-notice-storage-box-mould-schedule",
        site="乐储塑业企业内网 (invented)",
        style="企业内网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://intra.lechu-plastic.local/notice/2025/1013-05.html",
        title="关于保鲜盒注塑车间模具切换排产的安排",
        date="2025-10-13",
        notes="title as in the record; intranet header with the logged-in user, an IT desk extension next to the notice's "
        "own extension; a schedule table, one row a paragraph",
        page="""
!m 乐储塑业 · 企业内网
!m 当前用户：wangli（仓储部）　｜　退出登录
!m 位置：内网首页 > 通知公告 > 生产通知
{T}
!m 发布人：生产计划部　发布时间：2025-10-13 09:02　阅读：217
!a 附件下载　｜　打印此页　｜　返回列表
{BODY}
!m 系统问题请联系信息中心 IT 服务台，分机 8000
!d 本系统仅限公司内部使用，未经许可不得截屏外传
""",
        body="""
各车间、相关部门：
为满足“双十一”订单需要，注塑车间将于10月15日至10月21日集中进行保鲜盒模具切换。现将排产安排通知如下。
机台　切换前产品　切换后产品　切换日期
1号至4号机　方形保鲜盒（1000毫升）　圆形保鲜盒（500毫升）　10月15日
5号至8号机　长方形分格饭盒　微波保鲜盒三件套　10月17日
9号至10号机　普通密封盖　带透气阀密封盖　10月20日
模具切换期间，请设备部提前备好吊装工具，质量部安排首件检验，仓储部做好原料和包装材料的周转。切换后首批产品须经耐热试验合格后方可入库。
联系人：生产计划部　苏婕　分机8316
生产计划部
2025年10月13日
""",
    ),
]

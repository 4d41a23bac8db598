"""holdout76, part A: pipa (琵琶) ensembles, teachers, societies and a pipa workshop. Invented text;
see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="fanwen-xianyin-summary-pipa-club",
        site="弦音范文网 (invented)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.xianyinfw.example.com/zongjie/sheTuan/20250112-3318.html",
        title="铙川县实验中学琵琶社团2024年工作总结",
        record_title="铙川县实验中学琵琶社团2024年工作总结（精选3篇）",
        date="2025-01-10",
        indent="\u3000\u3000",
        notes="a 范文 page: decorated record title; a sample-count row and a 'membership gets Word' prompt glued after a sentence; signature date",
        page="""
!m 弦音范文网 · 让写作不再难
!m 位置：范文首页 ＞ 工作总结 ＞ 社团总结
!t 铙川县实验中学琵琶社团2024年工作总结（精选3篇）
!m 本页收录3篇　更新：2025-01-12　人气：1874
!m 篇一
{BODY}
!l 篇二：小学民乐社团学期总结
!l 篇三：高校国乐团年度工作总结
!w 材料写不出来？资深笔杆一对一代笔，微信：xianyin_777
!d 本站范文均来自网友投稿，仅作参考，请勿直接照搬使用。
""",
        body="""
2024年，学校琵琶社团在校团委指导下，坚持每周二、周四课后集中训练，社员由年初的18人增加到31人。
一是抓基本功。社团把轮指、扫弦和推拉作为每次训练的必练内容，由指导教师逐人过关。⟦a 开通会员即可下载Word原稿⟧
二是抓展示。全年参加县级以上演出5场，合奏《春江花月夜》获全县中小学艺术展演一等奖。
三是抓传承。社团与县文化馆结对，邀请两位老艺人进校讲授传统曲目的来历。
新的一年，社团将尝试编排一首本地民歌改编曲。
铙川县实验中学琵琶社团
2025年1月10日
""",
    ),
    dict(
        slug="wenku-yuewen-plan-pipa-orchestra-markers",
        site="悦文文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://wk.yuewen-doc.example.cn/view/8a61d2f0c4.html",
        title="钤山市青少年琵琶乐团2025年集训方案",
        record_title="钤山市青少年琵琶乐团2025年集训方案.docx",
        date="2025-02-18",
        indent="\u3000\u3000",
        pages=dict(fmt="⁅{n}⁆", every=70, start=2, glue=True),
        notes="a paid preview with a file-name title; page markers ⁅n⁆ glued to the continuation; a preview-end prompt and a points line; a 成文日期 in Chinese numerals",
        page="""
!m 悦文文库　>　教育资料　>　艺术教育
!m 钤山市青少年琵琶乐团2025年集训方案.docx
!m 贡献者：w***琴　｜　共3页　｜　下载次数：62
{BODY}
!a —— 试看内容到此为止，完整文档需消耗8个下载券 ——
!a 立即下载　加入文件夹　举报
!d 本文档为用户上传，版权归原作者所有，若涉及侵权请与我们联系删除。
""",
        body="""
为提高乐团整体演奏水平，备战全省青少年民乐展演，结合乐团实际，制定本方案。
一、集训时间：2025年7月10日至7月30日，共三周。
二、集训地点：钤山市青少年宫三楼排练厅。
三、集训内容：分声部练习、合奏排练、乐理与视唱、舞台礼仪四项。
四、保障措施：乐团负责学员午餐和保险，家长负责接送，每日训练不超过六小时。
钤山市青少年宫
二〇二五年二月十八日
""",
    ),
    dict(
        slug="gov-zhengyang-notice-pipa-free-class-html",
        site="钲阳县文化馆 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.zhengyang.example.gov.cn/whg/tzgg/202503/t20250304_41827.html",
        title="关于开办2025年春季公益琵琶培训班的通知",
        record_title="关于开办2025年春季公益琵琶培训班的通知_通知公告_钲阳县文化馆",
        date="2025-03-04",
        notes="modern county portal: an 索引号 table, 长辈版/读屏 row, the notice's own 报名电话 and e-mail beside the site's 值班电话; a 附件 list kept; a 文号 neutral",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>关于开办2025年春季公益琵琶培训班的通知_通知公告_钲阳县文化馆</title>
<script src="/js/jquery.min.js"></script><script>var _hmt=_hmt||[];</script>
<link rel="stylesheet" href="/css/main.css"></head><body>
<div class="topbar"><span>⟦m 钲阳县人民政府门户网站群⟧</span><span class="r">⟦a 长辈版　读屏　登录　注册⟧</span></div>
<header><div class="logo">⟦m 钲阳县文化馆⟧</div><nav>⟦m 首页　馆情介绍　公共服务　非遗保护　通知公告　联系我们⟧</nav></header>
<div class="location">⟦m 所在位置：首页 ＞ 通知公告⟧</div>
<table class="xxgk"><tr><td>⟦m 索引号：ZY-WHG-2025-0031⟧</td><td>⟦m 主题分类：文化⟧</td></tr>
<tr><td>⟦m 发布机构：钲阳县文化馆⟧</td><td>⟦m 成文日期：2025-03-04⟧</td></tr></table>
<div class="article"><h1>{T}</h1>
<div class="doc-no">钲文馆〔2025〕5号</div>
<div class="txt">
{BODY}
</div>
<div class="tools">⟦a 【打印本页】【关闭窗口】【字号 大 中 小】⟧</div>
</div>
<aside><h3>⟦l 近期活动⟧</h3><ul><li>⟦l 非遗剪影展下周开幕⟧</li><li>⟦l 元宵灯谜会圆满结束⟧</li><li>⟦l 合唱团招新启事⟧</li></ul></aside>
<footer><p>⟦m 主办：钲阳县文化馆　地址：钲阳县文昌路66号⟧</p><p>⟦m 值班电话：0736-5120890⟧</p><p>⟦m 湘ICP备2023008812号-2⟧</p></footer>
<script>document.write('<span>访问统计</span>');</script>
</body></html>
""",
        body="""
各乡镇文化站，县直各单位：
为丰富群众文化生活，县文化馆定于3月中旬开办春季公益琵琶培训班，现将有关事项通知如下。
一、招生对象：8周岁以上、热爱民乐的城乡居民，共招40人，不收取任何费用。
二、培训安排：每周六上午9:00至11:00，共12课时，琴由馆方提供。
三、报名方式：即日起至3月12日，可到馆一楼服务台报名，也可扫描报名表上的二维码在线填写。
联系人：田老师，报名电话：0736-5120417，邮箱：zywhgpx@163.example.com。
附件：1. 公益培训班报名表
2. 学员须知
钲阳县文化馆
2025年3月4日
""",
    ),
    dict(
        slug="news-mingcheng-pipa-concert-html",
        site="明城融媒 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.mingcheng-rm.example.cn/wenyu/2025-04/19/c_20250419_7713.html",
        title="“指尖江南”琵琶专场音乐会在铎岭上演",
        record_title=None,
        date="2025-04-19",
        notes="a news portal with a 24-hour list; no record title; a photo caption between paragraphs and an editor line glued after the last one; byline date",
        page="""
<html><head><meta charset="utf-8"><title>“指尖江南”琵琶专场音乐会在铎岭上演 - 明城融媒</title>
<script>window.adSlot="top-728";</script></head><body>
<div id="header"><a>⟦m 明城融媒⟧</a> ⟦m 权威发布 · 本地新闻 · 掌上阅读⟧ <a>⟦a 下载客户端⟧</a></div>
<div class="nav">⟦m 要闻　时政　文娱　体育　视频　专题⟧</div>
<div class="path">⟦m 明城融媒 › 文娱 › 正文⟧</div>
<h1>{T}</h1>
<div class="byline">⟦m 2025-04-19 21:36　明城融媒记者 葛晓岚⟧　<span>⟦m 阅读 3.2万⟧</span></div>
<div class="article">
{BODY}
</div>
<div class="share-bar">⟦l 转发到：微信好友　朋友圈　QQ空间　复制链接⟧</div>
<div class="side"><h3>⟦l 24小时热读⟧</h3><ol><li>⟦l 铎岭古镇夜游线路开通⟧</li><li>⟦l 明城地铁3号线试运行⟧</li><li>⟦l 春季招聘会明天开场⟧</li></ol></div>
<div class="foot">⟦d 未经授权禁止转载、摘编、复制或建立镜像⟧<br>⟦m 互联网新闻信息服务许可证：43120230017⟧</div>
</body></html>
""",
        body="""
4月19日晚，“指尖江南”琵琶专场音乐会在铎岭大剧院举行，近千名观众到场聆听。
音乐会由铎岭区民族乐团主办，上半场以传统武曲为主，《十面埋伏》以密集的轮扫把全场气氛推向高潮。
⟦m 图为演出现场。记者 葛晓岚 摄⟧
下半场演奏了三首根据本地民歌改编的新作，其中《采茶谣》由乐团青年演奏员俞蕾首演。
乐团负责人表示，今年还将走进20所中小学开展普及演出。⟦m （责任编辑：邹川）⟧
""",
    ),
    dict(
        slug="forum-qinyou-insight-pipa-practice-junk",
        site="琴友之家论坛 (invented)",
        style="论坛",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://bbs.qinyouzj.example.net/thread-20931-1-1.html",
        title="练琵琶三年的一点心得",
        record_title="[经验分享] 练琵琶三年的一点心得 - 弹拨乐器区 - 琴友之家论坛",
        date="2024-11-08",
        junk=dict(lines=1, glued=3),
        notes="a Discuz-like thread with junk as a line and glued after 。; decorated record title; the 发表于 line is the page's date; replies and a login prompt below",
        page="""
!m 琴友之家论坛 › 民乐天地 › 弹拨乐器区 › 查看帖子
!m 阅读 2390 ｜ 回帖 41
!t [经验分享] 练琵琶三年的一点心得
!m 楼主：弦外闲人　发表于 2024-11-8 22:14　只看楼主
{BODY}
!a 点赞(86)　收藏　举报
!l 沙发　松风明月：说得太对了，慢练真的重要
!l 板凳　小阮同学：请问楼主用的什么琴弦？
!a 登录后方可参与讨论，没有账号？立即注册
!m Powered by Discuz! X3.4 © 琴友之家
""",
        body="""
我是成年后才开始学琵琶的，今年正好满三年，说几点体会，供刚入门的朋友参考。
第一，慢练比快练更重要。刚开始总想把曲子弹快，结果轮指越练越乱，后来老师让我用节拍器从每分钟60拍练起，半年后才真正稳下来。
第二，每天半小时胜过周末练半天。手指的记忆需要天天维持，隔几天不摸琴，指甲和手感都会生疏。
第三，多听录音。我把自己每周的练习录下来，和老师的示范对比，问题一听就明白了。
""",
    ),
    dict(
        slug="blog-xianweng-pipa-teacher-wrapped",
        site="弦翁的教学随笔 (invented blog)",
        style="博客",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://xianweng.blog.example-blogs.cn/post/2025/05/pipa-kids.html",
        title="教孩子弹琵琶，先教会他们听",
        record_title="教孩子弹琵琶，先教会他们听 | 弦翁的教学随笔",
        date="2025-05-11",
        indent="\u3000\u3000",
        wrap=62,
        notes="a teacher's blog hard-wrapped at 62 columns; a bracketed post time is the page's date; tag line, prev/next links and a comment box",
        page="""
!m 弦翁的教学随笔 —— 三十年琴房里的小事
!m 首页 · 教学 · 曲目 · 留言板
!t 教孩子弹琵琶，先教会他们听 | 弦翁的教学随笔
!m [2025-05-11 20:47]　分类：教学札记
{BODY}
!l 标签：琵琶 儿童教学 听力
!l « 上一篇：换弦那点事　　下一篇：考级前一周怎么练 »
!l 已有7条评论，来说两句吧
!m 本博客由 TypeBlog 强力驱动
""",
        body="""
这些年带过的孩子不下两百个，我越来越觉得，学琵琶的第一课不是指法，而是听。一个孩子如果听不出自己弹错了音，练得再多也是原地打转。
所以我让新来的学生先听一个月，每节课放两段录音，一段是好的演奏，一段是有毛病的演奏，让他们说出哪里不一样。
一个月后再拿琴，孩子们的进步明显快了。家长起初不理解，现在反倒常来问我还有哪些录音可以在家里放给孩子听。
""",
    ),
    dict(
        slug="wechat-pipa-society-initiative-html",
        site="锟水琵琶学会 微信公众号镜像 (invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="letter",
        form="html",
        source="https://mp-mirror.example.cn/s/kunshui-pipa-2025-0601",
        title="关于抢救整理本地琵琶老谱的倡议书",
        record_title="倡议｜关于抢救整理本地琵琶老谱的倡议书",
        date="2025-05-28",
        date_also=["2025-06-01"],
        p_html='<section style="margin:8px 0;"><p><span style="font-size:16px;">{}</span></p></section>',
        notes="a WeChat-style mirror: account line with its own date (differs from the 成文日期: the document's date expected, the account date accepted); a tap-to-follow prompt glued before the first sentence; 阅读原文/在看 row",
        page="""
<html><head><meta charset="utf-8"><title>倡议｜关于抢救整理本地琵琶老谱的倡议书</title></head><body>
<div class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="meta">⟦m 锟水琵琶学会⟧ ⟦m 2025年06月01日 09:12 湖南⟧</div>
<div id="js_content">
{BODY}
</div>
<div class="tail">⟦l 阅读原文⟧　⟦l 阅读 1083⟧　⟦l 在看 57⟧　⟦l 写留言⟧</div>
<div class="qr">⟦a 长按识别二维码，关注锟水琵琶学会⟧</div>
</div>
<div class="mirror-foot">⟦d 本页面内容转载自公开公众号，仅供存档浏览，如需删除请来信。⟧</div>
</body></html>
""",
        body="""
⟦a 点击上方蓝字关注我们⟧各位会员、各位琴友：
锟水一带的琵琶传承已有两百多年，老艺人手中保存着不少手抄工尺谱，其中相当一部分从未出版。
为此，学会倡议：
一、凡家中藏有老谱的，请与学会联系，学会派人上门拍照，原件仍由藏家保管。
二、熟悉工尺谱的会员，请报名参加译谱小组。
三、请大家把这份倡议分享给身边的老艺人及其家人。
锟水琵琶学会
2025年5月28日
""",
    ),
    dict(
        slug="docshare-qinshu-speech-pipa-society-cn-date",
        site="琴书共享 (invented)",
        style="文档分享",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://share.qinshu-gx.example.com/d/55f3a0b9",
        title="在镔州市琵琶学会第三次会员代表大会上的讲话",
        record_title=None,
        date="2024-12-21",
        indent="\u3000\u3000",
        notes="a sharing page with no record title; the title found on the page; a speaker line and a Chinese-numeral date under the title (the date expected, both lines neutral); an uploader line and a report link",
        page="""
!m 琴书共享 · 文档详情
!m 分享者：lan***9　　上传于 2025-03-02　　大小：21KB
!a 在线预览　｜　下载（需登录）　｜　转存到我的空间
在镔州市琵琶学会第三次会员代表大会上的讲话
学会会长　罗致远
（二〇二四年十二月二十一日）
{BODY}
!a 觉得有用？点个赞再走吧
!d 举报该文档 · 文档仅供个人学习使用
""",
        body="""
各位代表、各位会员：
今天，我们在这里召开学会第三次会员代表大会，回顾五年来的工作，选举产生新一届理事会。
五年来，学会会员从96人发展到213人，举办各类演出和讲座47场，编印了《镔州琵琶曲选》两册。
希望新一届理事会把更多精力放到基层，让琵琶走进更多乡村学校和社区。
谢谢大家。
""",
    ),
    dict(
        slug="edu-jiancheng-pipa-showcase-old-table-html",
        site="锏城县教育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.jcjy.example.gov.cn/Article/ShowArticle.asp?ArticleID=6172",
        title="关于举办全县中小学琵琶展演活动的通知",
        record_title="关于举办全县中小学琵琶展演活动的通知",
        record_date="2025-04-07",
        date="2025-04-07",
        notes="an old gb2312 ASP table layout: marquee, 【发表评论】【推荐好友】 row, visitor counter; the record's date; a schedule table, one row a paragraph with ideographic spaces; 抄送 line kept",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>锏城县教育信息网</title>
<script language="javascript">function chgFont(s){document.getElementById('zoom').style.fontSize=s+'px';}</script></head>
<body topmargin="0">
<table width="960" align="center"><tr><td>⟦m 锏城县教育信息网⟧</td><td align="right">⟦a 设为首页 | 加入收藏⟧</td></tr></table>
<table width="960" align="center"><tr><td><marquee scrollamount="3">⟦l 热烈祝贺我县三所学校获评省级艺术特色学校！⟧</marquee></td></tr></table>
<table width="960" align="center"><tr><td width="220" valign="top">
<table><tr><td>⟦l 栏目导航⟧</td></tr><tr><td>⟦l 教育新闻⟧</td></tr><tr><td>⟦l 通知公告⟧</td></tr><tr><td>⟦l 招生考试⟧</td></tr></table>
</td><td valign="top">
<table><tr><td>⟦m 您现在的位置：锏城县教育信息网 >> 通知公告 >> 正文⟧</td></tr>
<tr><td align="center"><b>{T}</b></td></tr>
<tr><td align="center">⟦m 作者：县教育局体卫艺股　来源：本站原创　点击数：915　更新时间：2025-4-7⟧</td></tr>
<tr><td id="zoom">
{BODY}
</td></tr>
<tr><td>⟦a 【发表评论】【推荐好友】【打印此文】【关闭窗口】⟧</td></tr>
<tr><td>⟦l 上一篇文章：关于做好春季校园安全工作的通知⟧<br>⟦l 下一篇文章：县教育局召开全县教学工作会议⟧</td></tr></table>
</td></tr></table>
<table width="960" align="center"><tr><td align="center">⟦m 版权所有：锏城县教育局　地址：锏城县学府路8号⟧<br>⟦m 您是本站第 0098231 位访客⟧</td></tr></table>
</body></html>
""",
        body="""
各中小学：
为展示我县中小学民乐教育成果，县教育局决定举办全县中小学琵琶展演活动。
一、展演分组及时间
组别　人数　时间　地点
小学组　独奏或齐奏，每队不超过8人　5月10日上午　县青少年活动中心
中学组　独奏或重奏，每队不超过6人　5月10日下午　县青少年活动中心
二、请各校于4月30日前将报名表报县教育局体卫艺股。
锏城县教育局
2025年4月7日
抄送：县文化馆，县青少年活动中心。
""",
    ),
    dict(
        slug="oa-yunxian-minutes-pipa-workshop",
        site="韵弦乐器厂 OA (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://oa.yunxian-yq.example.local/doc/view?id=20250314-02",
        title="琵琶面板选材专题会议纪要",
        record_title="【内部】琵琶面板选材专题会议纪要",
        date="2025-03-14",
        notes="an instrument workshop's OA export: approval trail and read counts; minutes' 时间/地点/主持/参会 lines kept; a numbered decision list; a glued 'print this page' action after a sentence",
        page="""
!m 韵弦乐器厂协同办公平台 ＞ 公文管理 ＞ 会议纪要
!t 【内部】琵琶面板选材专题会议纪要
!m 拟稿：生产部 伍婕　　审核：厂长办公室　　已阅 27 人
{BODY}
!m 流转记录：伍婕 提交 2025-03-14 16:20 → 程立伟 审核通过 2025-03-15 09:02 → 归档
!a 导出PDF　｜　返回列表
!d 内部资料，严禁外传
""",
        body="""
时间：2025年3月14日下午2:30
地点：厂部二楼会议室
主持：程立伟
参会：生产部、采购部、质检部负责人，制琴师傅代表3人
会议研究了琵琶面板桐木的选材标准问题，议定如下：
1. 面板桐木须自然风干三年以上，含水率控制在8%至10%之间。⟦a 打印本页⟧
2. 采购部在4月底前与两家新供应商完成试样比对。
3. 质检部增设面板敲音检测环节，结果登记入册。
记录：伍婕
""",
    ),
    dict(
        slug="qa-wenwen-pipa-grade-exam-answer",
        site="问问知道 (invented Q&A)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://wenwen-zd.example.com/q/7731204",
        title="孩子准备考琵琶五级，需要提前准备些什么？",
        record_title=None,
        date=None,
        notes="a Q&A page: the question as the title (missing from the record); an answerer's card; relative times (3天前, 昨天) are no dates; a 'more answers' list",
        page="""
!m 问问知道 > 文化艺术 > 乐器
{T}
!m 提问者：匿名用户　3天前　浏览 612 次
!m 最佳回答
!m 回答者：韶音琴房小谭　｜　采纳率 91%　｜　擅长：民族器乐
{BODY}
!a 有用(38)　没用(2)　评论　分享
!l 其他回答（4）
!l 考级曲目一般选自考级教程，建议提前半年准备。——昨天
!w 想了解更多琵琶课程？私信我免费试听
""",
        body="""
五级是中级阶段的开始，准备上建议分三步走。
首先，对照考级教程确定一首练习曲和两首乐曲，最好选孩子自己喜欢的，练起来有劲头。
其次，考前两个月每周至少完整弹奏三遍，录下来听听节奏稳不稳。
最后，别忽视音阶和基本功，考官往往从这里看出孩子的底子。
""",
    ),
    dict(
        slug="collection-laotan-pipa-memoir-oneline",
        site="谭氏文存 (invented personal collection)",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="text",
        source="https://tanshi-wencun.example.net/juan2/41.html",
        title="我的第一把琵琶",
        record_title="谭氏文存·卷二·第41篇｜我的第一把琵琶",
        date=None,
        oneline=True,
        indent="\u3000\u3000",
        notes="a retired teacher's collection: the memoir on one line; a 写于 year line and a 录入 stamp are no dates; volume navigation",
        page="""
!m 谭氏文存　｜　卷二　往事
!t 谭氏文存·卷二·第41篇｜我的第一把琵琶
写于1998年冬，2024年整理
{BODY}
!m 录入：谭小舟　2025-02-09
!l ← 第40篇 老街的戏台　｜　第42篇 进城学艺 →
!l 返回卷二目录
""",
        body="""
我的第一把琵琶是父亲用半头猪换来的。那年我十一岁，村里来了一位走江湖的老艺人，我跟着他的琴声走了三里路。
父亲看我着了迷，第二天就托人去县城打听，最后在一个旧货摊上找到一把掉了两根品的旧琴。
那把琴陪了我整整十年，后来我考上师范，它就挂在老屋的墙上，直到老屋拆掉。
""",
    ),
]

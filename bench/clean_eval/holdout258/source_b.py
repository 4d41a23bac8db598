"""holdout258, part B: 博客, 公众号镜像, 文档分享, 教育门户, 企业内网 (one HTML and one text page each).

Everything here is invented; see ../README.md and ../build.py for the markup. Each case was written by hand.
"""

CASES = [
    dict(
        slug="yanxia-blog-memoir-grandma-fence",
        site="檐下听雨 (invented, static-site blog)",
        style="博客",
        genre="散文",
        kind="other",
        form="html",
        source="https://yanxiatingyu.example.net/posts/grandma-fence/",
        title="外婆家的竹篱笆",
        record_title="外婆家的竹篱笆 · 檐下听雨 | 慢慢写字的地方",
        date=None,
        notes="a static blog: reading-time line with a relative time, an image placeholder between paragraphs, a repost "
        "note glued after the last 。, tag cloud, archive, friends' links, a comment form; a memoir with no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>外婆家的竹篱笆 · 檐下听雨 | 慢慢写字的地方</title>
<link rel="alternate" type="application/rss+xml" href="/atom.xml">
<script defer src="/js/theme.js"></script>
</head>
<body>
<header class="site-header"><a class="brand" href="/">⟦m 檐下听雨⟧</a><p class="motto">⟦m 慢慢写字的地方⟧</p>
<nav>⟦m 文章 · 归档 · 标签 · 关于我 · 订阅⟧</nav></header>
<main class="post">
<h1 class="post-title">{T}</h1>
<div class="post-meta">⟦m 写于 3 天前 · 约 320 字 · 读完需 2 分钟⟧</div>
<div class="post-body">
{BODY}
</div>
<div class="post-tags">⟦l 标签：# 老屋 # 外婆 # 乡下⟧</div>
<nav class="post-nav"><a>⟦l ← 较新：那年冬天的烘笼⟧</a> <a>⟦l 较旧：村口代销店 →⟧</a></nav>
<section class="comments"><h3>⟦l 留言 7 条⟧</h3>
<form><textarea placeholder="说点什么吧…"></textarea><input placeholder="昵称"><button>⟦a 提交留言⟧</button></form>
<div class="c-item">⟦l 小满：看哭了，我外婆家也有这样一圈篱笆。⟧</div></section>
</main>
<aside class="sidebar">
<h4>⟦l 标签云⟧</h4><p>⟦l 乡下 老屋 读书 外婆 节气 手艺⟧</p>
<h4>⟦l 归档⟧</h4><p>⟦l 2025 年（14）　2024 年（31）⟧</p>
<h4>⟦l 友情链接⟧</h4><p>⟦l 南窗纸上 · 一只青蛙的菜地⟧</p>
</aside>
<footer>⟦m © 檐下听雨 · 由 Hexo 驱动 · 主题 Ripple⟧ <a href="#top">⟦a 回到顶部 ↑⟧</a></footer>
</body>
</html>
""",
        body="""
外婆家在稞川县稼湾镇的山脚下，三间土屋，屋前一块菜地，菜地四周围着一圈竹篱笆。
篱笆是外公在世时扎的。每年开春，外婆都要把松动的竹桩重新敲紧，把断了的竹片换掉。她说，篱笆不用多高，只要鸡进不去，菜就能长好。
⟦a ［图片加载中，轻触重试］⟧
夏天，篱笆上爬满了丝瓜和扁豆藤，开着黄花、紫花。我和表哥常趴在篱笆边数花，数着数着就被外婆喊去摘豆角。
后来外婆搬进了城，老屋没人住，篱笆也一年年倒了下去。前年回去，菜地长满了草，只剩几根发黑的竹桩还立在那里。
我拍了一张照片，一直存在手机里。看到它，就想起外婆蹲在篱笆边，一根一根扎竹片的样子。⟦d 原创文字，转走请留个言⟧
""",
    ),
    dict(
        slug="laomofang-blog-essay-mill-wrapped-64",
        site="老磨坊随笔 (invented, personal blog)",
        style="博客",
        genre="散文",
        kind="other",
        form="text",
        source="http://laomofang.blogcn.example.com/archives/312.html",
        title="碾道里的旧时光",
        record_title="碾道里的旧时光 - 乡土杂记 - 老磨坊随笔",
        date=None,
        notes="a personal blog's essay hard-wrapped at 64 columns; an 'updated 5 hours ago' stamp is no date; "
        "category, counters, previous/next and a comment count",
        wrap=64,
        indent="\u3000\u3000",
        page="""
!m 老磨坊随笔
!m 记下村里那些快要消失的东西
!m 首页 ｜ 乡土杂记 ｜ 读书 ｜ 留言板
{T}
!m 更新于 5 小时前 ｜ 分类：乡土杂记 ｜ 阅读(688) ｜ 评论(9)
{BODY}
!l 上一篇 « 挑水的扁担
!l 下一篇 » 生产队的牛屋
!l 共有 9 条评论，点击展开
!m Powered by blogcn ｜ 老磨坊随笔 ｜ 本博客文字未经同意请勿转载
""",
        body="""
小时候，我们村东头有一盘石碾，碾盘是整块青石凿的，碾砣有半人高。碾子周围踩出一圈光溜溜的土道，大人们叫它碾道。
那时候家家户户碾米、碾玉米面都要到这里。谁家要用，头天晚上先把笤帚放在碾盘上占个位置，第二天天不亮就来推。
推碾子是力气活，也是耐心活。母亲在前面推，我在后面跟着，手里拿着小笤帚，把碾盘边上溢出来的米扫回去。一圈一圈转下来，头都有些晕。
碾道里最热闹的是腊月。家家碾黄米、做年糕，推碾的、排队的、聊天的，笑声能传到半里外。
后来村里通了电，有了磨面机，碾子就闲了下来。如今那盘石碾被搬进了镇上的农耕展示馆，碾道也早已长满了荒草。
""",
    ),
    dict(
        slug="gonghao-mirror-vet-station-wire-mesh-h1",
        site="公号文存 (invented WeChat mirror) / 稞川畜牧兽医 (invented account)",
        style="公众号镜像",
        genre="提示",
        kind="notice",
        form="html",
        source="https://www.gonghaowc.com/a/kcxmsy/20250320_01.html",
        title="春季放牧时节，谨防铁丝网刮伤牛羊",
        record_title=None,
        date="2025-03-20",
        notes="WeChat mirror: no title in the record (the <h1>); the account line carries the date; a follow prompt glued "
        "before the salutation; 原文/点赞 rows in new words; the station's own duty line inside the body; the mirror's archive note",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width">
<title>春季放牧时节，谨防铁丝网刮伤牛羊 - 公号文存</title>
<script src="/static/lazyload.js"></script>
</head>
<body>
<div class="ww-top"><a href="/">⟦m 公号文存⟧</a> <span>⟦m 收录公众号好文，随时回看⟧</span></div>
<div class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta">⟦m 原创　稞川畜牧兽医　2025年3月20日 08:30　湘南⟧</div>
<div class="rich_media_content">
{BODY}
</div>
<div class="ww-bottom"><p>⟦a ↓ 戳这里回到原文 ↓⟧</p><p>⟦l 👍 觉得有用，点个赞吧　　🔁 推荐给朋友⟧</p><p>⟦l 本文收录于话题 #春季防疫 · 第4篇⟧</p></div>
</div>
<div class="ww-note">⟦d 本页由公号文存自动抓取保存，版权归原公众号所有，如需删除请联系 del@gonghaowc.com⟧</div>
<div class="ww-foot">⟦m 公号文存 2019-2025　蜀ICP备19008812号⟧</div>
</body>
</html>
""",
        body="""
⟦a 点上方蓝字“稞川畜牧兽医”，设为星标不迷路⟧各位养殖户朋友：
开春以后，不少牛羊陆续上山放牧。近一个月，站里接诊了十一例被铁丝网刮伤的牛羊，其中两只母羊因伤口感染流产。在这里提醒大家注意以下几点：
1.放牧前先沿牧道走一遍，看到倒伏、悬挂的旧铁丝网及时清走，自己清不走的告诉村里。
2.自家围栏的铁丝网要绷紧，断头朝外弯折，不要留下尖刺。
3.牛羊被刮伤后，先用生理盐水冲洗伤口，再涂碘伏；伤口较深或者流血不止的，马上联系兽医。
站里值班电话：0736-8120417，二十四小时有人接听。
""",
    ),
    dict(
        slug="haowai-mirror-pledge-crates-shopping",
        site="号外文摘 (invented WeChat mirror) / 穑阳女声 (invented account)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://haowaiwz.example.cn/mp/seyangnvsheng/2025/0423/1.html",
        title="“提起菜篮子 用回小箩筐”倡议书",
        record_title="“提起菜篮子 用回小箩筐”倡议书 | 穑阳女声（公众号原文留存）",
        date="2025-04-22",
        date_also=["2025-04-23"],
        notes="a text mirror of a women's federation account: the account's date differs from the 成文日期 under the "
        "signature; a sentence asking readers to 分享 the pledge is content; a 'like / look' row and an account card",
        indent="",
        page="""
!m 号外文摘 · 公众号原文留存
!t “提起菜篮子 用回小箩筐”倡议书
!m 穑阳女声　2025-04-23　阅读 3.1万
!a 长按识别二维码，关注“穑阳女声”
{BODY}
!l 喜欢这篇就点个“赞”，再点个“推荐”
!l 往期回顾：家庭垃圾分类小妙招｜巾帼志愿者风采
!m 穑阳女声：穑阳县妇女联合会官方账号
!d 号外文摘仅作备份，文章版权属于原作者
""",
        body="""
全县广大妇女同胞和家庭朋友们：
塑料袋用起来方便，丢起来更方便，可它埋在土里几十年都烂不掉。我们的奶奶、妈妈那一辈，上街买菜都挎着竹编小箩筐，既结实又能反复用。为此，县妇联向全县家庭发出倡议：
一、出门买菜带上菜篮子、小箩筐，少要、不要一次性塑料袋。
二、家里闲置的旧箩筐洗净修补后继续使用，也可以送到各乡镇妇女之家的“箩筐换新”点。
三、做绿色生活的宣传员，请把这份倡议分享给身边的亲友，带动更多家庭一起行动。
穑阳县妇女联合会
2025年4月22日
""",
    ),
    dict(
        slug="gongxiang-summary-wok-foundry-docx",
        site="共享文档汇 (invented)",
        style="文档分享",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://www.gongxiangwdh.com/view/2025/0110/6f1c2a.html",
        title="稞川铸锅厂2024年安全生产工作总结",
        record_title="稞川铸锅厂2024年安全生产工作总结.docx",
        record_date="2025-01-10",
        date="2025-01-10",
        notes="a sharing page: file-name record title, an upload notice, a points lock line between paragraphs, a service "
        "WeChat float; the record gives the date (the same as the summary's)",
        page="""
<!doctype html>
<html>
<head>
<meta charset="utf-8">
<title>稞川铸锅厂2024年安全生产工作总结.docx-共享文档汇</title>
<script src="//cdn.gongxiangwdh.com/js/preview.js"></script>
</head>
<body>
<div class="gx-header"><a href="/">⟦m 共享文档汇⟧</a> <a>⟦a 上传赚积分⟧</a> <a>⟦a 我的下载⟧</a></div>
<div class="gx-crumb">⟦m 共享文档汇 ＞ 企业管理 ＞ 安全生产⟧</div>
<h1 class="gx-title">⟦t 稞川铸锅厂2024年安全生产工作总结.docx⟧</h1>
<div class="gx-info">⟦m 分享者：铸工老汪　|　共3页　|　2.6万字节　|　评分 4.6⟧</div>
<div class="gx-notice">⟦d 温馨提醒：本文件为网友分享，共享文档汇不拥有其著作权，仅提供在线预览服务。⟧</div>
<div class="gx-doc">
{BODY}
</div>
<div class="gx-down"><button>⟦a 下载此文件（12积分）⟧</button> <button>⟦a 存进我的文件柜⟧</button></div>
<div class="gx-rel"><h4>⟦l 相关文件推荐⟧</h4><p>⟦l 铸造车间安全操作培训总结⟧</p><p>⟦l 小微企业安全生产标准化自评报告⟧</p></div>
<div class="gx-float">⟦w 找不到想要的文件？客服微信 gxwdh_kf02⟧</div>
<div class="gx-foot">⟦m 共享文档汇 gongxiangwdh.com　赣ICP备21004406号⟧</div>
</body>
</html>
""",
        body="""
2024年，我厂坚持“安全第一、预防为主”，全年未发生一般及以上生产安全事故，现将主要工作总结如下。
一、抓责任落实。厂长与熔炼、浇注、打磨三个车间主任签订安全责任书，车间再与班组、岗位层层签订，做到每口铁锅从化铁到出厂，每道工序都有人管安全。
二、抓隐患整改。全年开展安全检查24次，查出隐患57项，已整改55项。重点更换了浇注区的防护围挡，给打磨工位加装了除尘设备。
⟦a 剩余2页需积分解锁，上传一份文档即可免费查看⟧
三、抓教育培训。组织全员安全培训4期，新进员工全部经过三级安全教育后上岗，熔炼工、电焊工持证上岗率达到百分之百。
2025年，我们将继续加强现场管理，力争实现全年零事故。
稞川铸锅厂
2025年1月10日
""",
    ),
    dict(
        slug="xuewendang-plan-fence-courtyard-markers",
        site="学文档 (invented)",
        style="文档分享",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.xuewendang.net/doc/774120.html",
        title="美丽庭院竹篱笆围挡改造提升方案",
        record_title="美丽庭院竹篱笆围挡改造提升方案（word版可改）_学文档",
        date="2025-02-26",
        notes="a sharing page's text cut by ▱n▱ page markers on lines of their own; the 成文日期 under the signature",
        indent="\u3000\u3000",
        pages=dict(fmt="▱{n}▱", every=100, start=2),
        page="""
!m 学文档 — 学习资料分享平台
!t 美丽庭院竹篱笆围挡改造提升方案（word版可改）
!m 上传：xwd_user8817　下载：213　收藏：46
!a 本文档共4页，可预览3页　｜　立即下载　｜　收藏
{BODY}
!a 还剩1页未读，继续阅读请下载原文
!l 你可能还想找：庭院整治实施方案｜农村人居环境整治方案
!d 学文档所有文档由网友上传，仅供参考交流
""",
        body="""
为进一步改善农村人居环境，推进美丽庭院创建，经镇党委、政府研究，决定在全镇开展竹篱笆围挡改造提升工作，特制定本方案。
一、改造范围。全镇主干道两侧、集镇周边农户庭院中，用破旧渔网、彩钢瓦、废旧木板随意围挡的菜园和院落，统一改造为竹篱笆围挡。
二、改造标准。篱笆高度控制在一米至一米二之间，竹桩间距不超过六十厘米，横档不少于三道，整体做到牢固、整齐、通透，不得使用带刺铁丝。
三、资金补助。改造所需竹材由镇里统一采购配送，农户投工投劳；每户补助人工费两百元，验收合格后发放。
四、时间安排。3月底前各村完成摸底登记，5月底前全面完成改造，6月中旬镇里组织验收。
稼湾镇人民政府
2025年2月26日
""",
    ),
    dict(
        slug="moxi-edu-notice-crates-labour-attachments",
        site="秣溪教育信息网 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.moxi.gov.cn/tzgg/2025/0916/1287.html",
        title="关于开展“箩筐里的秋收”劳动教育实践活动的通知",
        record_title="关于开展“箩筐里的秋收”劳动教育实践活动的通知 » 通知公告 » 秣溪教育信息网",
        date="2025-09-15",
        date_also=["2025-09-16"],
        notes="education portal: 读屏/长者 links, an attachment download link next to the notice's own 附件 list, "
        "the notice's contact, phone and mailbox beside the site's technical line; 请各学校下载附件 is content",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>关于开展“箩筐里的秋收”劳动教育实践活动的通知 » 通知公告 » 秣溪教育信息网</title>
<script src="/assets/js/a11y.js"></script>
</head>
<body>
<div class="edu-top"><span>⟦m 秣溪县教育体育局主办⟧</span> <a>⟦a 读屏辅助⟧</a> <a>⟦a 长者阅读⟧</a> <a>⟦a 教师登录⟧</a></div>
<div class="edu-logo">⟦m 秣溪教育信息网⟧</div>
<ul class="edu-nav"><li>⟦m 首页⟧</li><li>⟦m 教育要闻⟧</li><li>⟦m 通知公告⟧</li><li>⟦m 政策法规⟧</li><li>⟦m 招生考试⟧</li></ul>
<div class="edu-loc">⟦m 现在位置：首页 » 通知公告⟧</div>
<div class="edu-art">
<h2>{T}</h2>
<p class="edu-meta">⟦m 发布者：德育与体卫艺股　发布日期：2025年09月16日　阅读次数：1052⟧</p>
<div class="edu-con">
{BODY}
</div>
<div class="edu-att">⟦a 附件下载：箩筐里的秋收活动方案.docx（28KB）　活动记录表.xlsx（12KB）⟧</div>
<div class="edu-ctl">⟦a 【打印正文】【收藏】【关闭】⟧</div>
</div>
<div class="edu-foot"><p>⟦m 版权所有：秣溪县教育体育局　地址：秣溪县城南路118号⟧</p>
<p>⟦m 网站技术支持电话：0743-6620198（仅受理网站故障）⟧</p><p>⟦m 湘ICP备10020351号-2⟧</p></div>
</body>
</html>
""",
        body="""
各中小学校：
为深入推进劳动教育，让学生在秋收劳动中体会劳动的艰辛和快乐，县教育体育局决定在全县中小学开展“箩筐里的秋收”劳动教育实践活动。现将有关事项通知如下。
一、活动时间。2025年9月下旬至10月底。
二、活动内容。组织学生走进田间地头，参与收割、挑运、晾晒等劳动；邀请老篾匠进校园，教学生认识和编织小箩筐；各校择优推选劳动照片和编织作品参加全县展示。
三、有关要求。请各学校下载附件，按活动方案做好组织和安全保障，于10月31日前将活动记录表报送局德育与体卫艺股。
联系人：邓晓薇　电话：0743-6622317　邮箱：mxdeyu@163.com
附件：1.“箩筐里的秋收”活动方案
2.活动记录表
秣溪县教育体育局
2025年9月15日
""",
    ),
    dict(
        slug="liucheng-school-notice-fence-wire-repair",
        site="鎏城市第三实验小学 (invented school site)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.lcsx3.edu.cn/xxgg/2025/0603/332.html",
        title="关于校园北侧围墙铁丝网维修期间的安全提示",
        record_title="【校园安全提示】关于校园北侧围墙铁丝网维修期间的安全提示_鎏城三小",
        date="2025-06-03",
        notes="a school site's text page: a scan-to-read line, a column line, a font row; the 成文日期 under the signature",
        indent="\u3000\u3000",
        page="""
!m 鎏城市第三实验小学
!m 学校首页 → 校园公告 → 平安校园
{T}
!m 来源：总务处　　点击：608
!a 字体：[大] [中] [小]　　用手机扫一扫，随时看通知
{BODY}
!l 上一则：2025年端午节放假安排
!l 下一则：关于开展防溺水专题教育的通知
!m 鎏城三小版权所有　地址：鎏城市榈园路26号
""",
        body="""
各位老师、同学、家长：
学校北侧围墙上方的铁丝网因年久锈蚀，部分已经断裂下垂。为消除安全隐患，学校将于6月5日至6月12日对这段铁丝网进行拆除更换。现将有关事项提示如下：
一、施工期间，北侧围墙沿线五米范围内设置隔离带，请师生不要进入，更不要攀爬围墙、触碰铁丝网。
二、北门暂停使用，学生上下学一律从南门进出，请家长按时在南门外接送。
三、各班主任要利用班会向学生讲清施工期间的安全要求，发现有学生靠近施工区域要及时劝离。
鎏城市第三实验小学总务处
2025年6月3日
""",
    ),
    dict(
        slug="zhuguo-oa-minutes-quality-woks",
        site="稞川铸锅厂协同办公平台 (invented intranet)",
        style="企业内网",
        genre="会议纪要",
        kind="report",
        form="html",
        source="http://oa.kczhuguo.local/doc/view.do?id=20250709-0031",
        title="铸锅车间二季度质量分析会会议纪要",
        record_title="〔质量会议纪要〕铸锅车间二季度质量分析会会议纪要 - 稞川铸锅协同办公",
        date="2025-07-08",
        date_also=["2025-07-09"],
        notes="an OA document view: 流转记录, read count, a 已阅 button; the 时间/地点/主持/参会/记录 lines of the minutes are "
        "body; the meeting's 时间 line is the date, the OA's 发文 date differs",
        page="""
<html>
<head>
<meta charset="utf-8">
<title>〔质量会议纪要〕铸锅车间二季度质量分析会会议纪要 - 稞川铸锅协同办公</title>
<script src="/oa/js/flow.js"></script>
</head>
<body class="oa">
<div class="oa-top">⟦m 稞川铸锅厂协同办公平台⟧　⟦m 当前用户：质检科 龙小芸⟧　<a>⟦a 退出⟧</a></div>
<div class="oa-menu">⟦m 待办 | 已办 | 公文 | 通讯录 | 个人设置⟧</div>
<div class="oa-path">⟦m 公文管理 / 部门纪要 / 查看⟧</div>
<div class="oa-doc">
<h2>{T}</h2>
<p class="oa-meta">⟦m 发文部门：质检科　发文时间：2025-07-09 16:05　密级：内部⟧</p>
{BODY}
</div>
<div class="oa-flow"><h4>⟦m 流转记录⟧</h4>
<p>⟦m 龙小芸（质检科）拟稿 2025-07-09 14:20⟧</p>
<p>⟦m 孟庆华（生产副厂长）审核通过 2025-07-09 15:48⟧</p>
<p>⟦m 已分发：熔炼车间、浇注车间、打磨车间、销售科⟧</p></div>
<div class="oa-stat">⟦m 已读 23 人 / 未读 4 人⟧ <button>⟦a 我已阅知⟧</button> <button>⟦a 转办⟧</button></div>
<div class="oa-foot">⟦d 本纪要限厂内传阅，请勿转发至外部群⟧</div>
</body>
</html>
""",
        body="""
时间：2025年7月8日下午3时
地点：厂部二楼会议室
主持：孟庆华
参会：质检科、熔炼车间、浇注车间、打磨车间、销售科负责人
记录：龙小芸
会议通报了二季度铁锅产品质量情况。二季度共生产铸铁锅四万一千口，一次交验合格率96.2%，比一季度提高1.1个百分点；主要问题是砂眼和锅沿厚薄不均，共返工一千三百余口。
会议议定以下事项：
一、熔炼车间7月底前完成化铁炉温度记录仪更换，严格按工艺控制出铁温度。
二、浇注车间对砂型紧实度实行班前抽检，每班不少于五次。
三、质检科对返工品单独建账，每月通报一次。
""",
    ),
    dict(
        slug="jindun-intranet-bulletin-mesh-climbing",
        site="金盾围网制品厂内网 (invented intranet, text export)",
        style="企业内网",
        genre="通报",
        kind="notice",
        form="text",
        source="http://10.8.1.20/portal/notice/2025/118",
        title="关于仓储区铁丝网隔离带违规翻越事件的通报",
        record_title="[内部通报] 关于仓储区铁丝网隔离带违规翻越事件的通报 —— 金盾内网",
        date="2025-08-14",
        notes="an intranet text export: a publisher line, a reading count and a print/export row; a stamp of "
        "confidentiality at the bottom; the 成文日期 under the signature",
        indent="\u3000\u3000",
        page="""
!m 金盾围网制品厂 内部门户
!m 首页 > 通知通报 > 安全环保
!t [内部通报] 关于仓储区铁丝网隔离带违规翻越事件的通报
!m 发布部门：安全环保部　|　浏览：214　|　附件：0
!a 导出PDF　|　打印　|　返回列表
{BODY}
!d 本信息仅限厂内员工查阅，未经批准不得截图外传
!m 金盾内网 · 技术支持：信息中心 分机 8006
""",
        body="""
各部门、各车间：
8月12日下午，成品车间员工朱某为抄近路去食堂，翻越仓储区与装卸区之间的铁丝网隔离带，裤腿被网上的刺丝挂住，从一米多高处摔下，左手腕骨折。
经调查，仓储区隔离带设有专门通道，朱某明知规定仍图方便翻越，违反了《厂区安全通行管理规定》。成品车间对员工日常安全教育不到位，负有管理责任。
经研究，决定对朱某给予警告处分，对成品车间予以通报批评，扣减车间当月安全考核分五分。
请各部门以此为戒，组织员工学习通行规定，严禁翻越、拉扯厂区各类铁丝网围挡。
金盾围网制品厂安全环保部
2025年8月14日
""",
    ),
]

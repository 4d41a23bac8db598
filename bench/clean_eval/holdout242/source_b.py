"""holdout242, part B: 博客, 公众号镜像, 文档分享, 教育门户, 企业内网. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="blog-laoluo-memoir-stretchers-wordpress",
        site="老骆的急救车日记 (invented, WordPress-like blog)",
        style="博客",
        genre="回忆文章",
        kind="other",
        form="html",
        source="https://laoluo120.blog.example.cn/2025/03/09/danjia/",
        title="跑了二十年120，我见过的几种担架",
        record_title="【车轮往事】跑了二十年120，我见过的几种担架 - 随笔 - 老骆的急救车日记",
        date="2025-03-09",
        notes="WordPress-like blog: slogan, post meta line (the date), a photo caption as a line of its own inside the body, "
        "tags, prev/next, comments and reply form, calendar widget, archive, powered-by footer",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="UTF-8">
<title>【车轮往事】跑了二十年120，我见过的几种担架 - 随笔 - 老骆的急救车日记</title>
<link rel="stylesheet" href="/wp-content/themes/plain/style.css">
</head><body class="single">
<header class="site-header"><p class="site-title">⟦m 老骆的急救车日记⟧</p><p class="site-description">⟦m 一个老司机的二十年出车记录⟧</p>
<nav><ul><li>⟦m 首页⟧</li><li>⟦m 出车记⟧</li><li>⟦m 往事⟧</li><li>⟦m 关于老骆⟧</li></ul></nav></header>
<main><article>
<h2 class="entry-title">{T}</h2>
<div class="entry-meta">⟦m 发表于 2025年3月9日 · 分类：随笔 · 6 条评论⟧</div>
<div class="entry-content">
{BODY}
</div>
<footer class="entry-footer">⟦l 标签：担架 救护车 退休⟧</footer>
<nav class="post-navigation"><div>⟦l « 那年大雪封山的一次出车⟧</div><div>⟦l 急救站的第一台监护仪 »⟧</div></nav>
<section id="comments"><h3>⟦l 6 条评论⟧</h3>
<div class="comment">⟦l 山茶：骆师傅辛苦了，我妈当年就是您送去县医院的⟧</div>
<div class="comment">⟦l 小护士阿柠：铲式担架那段写得太真实了⟧</div>
<h3>⟦l 留下你的想法⟧</h3>
<form><p>⟦a 邮箱只用于通知回复，不会公开显示⟧</p><button>⟦a 提交评论⟧</button></form></section>
</article></main>
<aside class="widget-area">
<section><h4>⟦m 2025年三月⟧</h4><table class="calendar"><tr><td>⟦m 一 二 三 四 五 六 日⟧</td></tr><tr><td>⟦m 3 4 5 6 7 8 9⟧</td></tr></table></section>
<section><h4>⟦l 文章归档⟧</h4><ul><li>⟦l 2025年三月 (4)⟧</li><li>⟦l 2025年二月 (3)⟧</li></ul></section>
<section><h4>⟦l 常用标签⟧</h4><p>⟦l 出车 夜班 山路 担架 老同事⟧</p></section>
</aside>
<footer class="site-footer">⟦m © 2025 老骆的急救车日记 · 自豪地采用 WordPress⟧</footer>
<script src="/wp-includes/js/wp-emoji-release.min.js?ver=6.5"></script>
</body></html>
""",
        body="""
我在县急救站开了二十年救护车，今年春天退休。收拾柜子时翻出一张老照片，照片里是一副竹竿绑帆布的担架，那是我刚上班时车上配的。
⟦m ［图］九十年代急救站的竹竿帆布担架（作者翻拍）⟧
那时候的担架又重又软，病人躺上去整个身子往下坠。遇到骨折的，我们只能几个人托着木板一起抬，下楼梯时最怕手滑。
后来车上换了折叠担架，铝合金的，能收起来塞进车厢，一个人就拎得动。再后来有了铲式担架和带轮子的上车担架，病人从床上到车上，几乎不用翻身。
说句实在话，担架再好，也离不开会用的人。每次新担架来了，我们都要反复练习卡扣怎么扣、固定带怎么绑，练到闭着眼都不出错。
写下这些，是想告诉年轻的同事：车上每一样东西，都要像熟悉自己的手一样熟悉它。
""",
    ),
    dict(
        slug="blog-huaixia-memoir-grandmother-mat-wrapped",
        site="槐下听蝉的博客 (invented)",
        style="博客",
        genre="回忆文章",
        kind="other",
        form="text",
        source="https://huaixiatingchan.qingyu-blog.net/post/1187",
        title="外婆的那床竹席",
        record_title="外婆的那床竹席 - 旧物小记 - 槐下听蝉的博客",
        date=None,
        notes="a memoir hard-wrapped at 62 columns; posted 5 天前 (no date); category/tag line, prev/next, like button",
        wrap=62,
        indent="\u3000\u3000",
        page="""
!m 槐下听蝉的博客
!m 写旧物，也写旧人
!t 外婆的那床竹席 - 旧物小记
!m 槐下听蝉　发布于 5 天前　阅读 418　评论 12
{BODY}
!l 分类：旧物小记　｜　标签：外婆 竹席 夏天
!l ← 上一篇：老屋门前的石磨
!l → 下一篇：父亲的蒲扇
!a 喜欢这篇就点个赞吧　👍 65
!m 博客托管于：轻语博客 qingyu-blog.net
""",
        body="""
外婆家有一床竹席，是外公年轻时请篾匠上门编的，用了整整三十年。
每年端午一过，外婆就把竹席从阁楼上取下来，先用井水刷一遍，再搬到晒谷场上晒一整天。傍晚收回来时，席面透着一股太阳和竹子的味道。
我小时候最喜欢趴在竹席上写作业，写着写着就睡着了，醒来脸上印着一道道竹纹，外婆总笑我像只花猫。
竹席的边角磨破了，外婆就用布条一圈圈缝好。我劝她换一床新的，她说：“旧席子养人，睡惯了。”
外婆走后，那床竹席被舅舅收了起来。去年夏天我回去，又把它铺在老屋的床上，躺上去，还是小时候那股凉意。
""",
    ),
    dict(
        slug="wechat-weidujing-hospital-home-kit-h1-follow-glued",
        site="微读镜 (invented WeChat mirror)",
        style="公众号镜像",
        genre="科普文章",
        kind="other",
        form="html",
        source="https://www.weidujing.cn/a/yangshui-rmyy/20250702-1",
        title="家庭急救箱里该放什么？这份清单请收好",
        record_title=None,
        date="2025-07-02",
        notes="WeChat mirror, no title in the record (the <h1>); a follow prompt glued before the first words; a further-reading "
        "link on a line of its own inside the body; the account line's date is the date; 阅读原文/在看, QR, tip and archive note",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>公众号文章存档 - 微读镜</title>
<meta name="viewport" content="width=device-width">
</head><body>
<div class="mirror-top">⟦m 微读镜 · 公众号文章存档⟧ <a href="/search">⟦a 搜公众号⟧</a></div>
<div id="js_article">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta_list"><span>⟦m 原创⟧</span> <span>⟦m 泱水人医健康课堂⟧</span> <em>⟦m 2025-07-02 18:30⟧</em> <em>⟦m 发表于湖南⟧</em></div>
<div class="rich_media_content">
{BODY}
</div>
<p class="credit">⟦m 供稿：急诊科　编辑：宣传科 林一苗⟧</p>
<div class="foot-tools"><a>⟦a 阅读原文⟧</a> <span>⟦m 阅读 2.1万⟧</span> <a>⟦a 在看 86⟧</a> <a>⟦a 分享 收藏 点赞⟧</a></div>
<div class="qr">⟦a 长按识别二维码，关注泱水人医健康课堂⟧</div>
<div class="reward">⟦a 喜欢作者，随手赞赏⟧</div>
</div>
<div class="mirror-list"><h4>⟦l 该号近期文章⟧</h4><ul><li>⟦l 中暑了怎么办？记住这四步⟧</li><li>⟦l 孩子被蚊虫叮咬后别乱抹⟧</li></ul></div>
<div class="mirror-note">⟦d 微读镜只存档公开推送，版权归原公众号所有，需删除请写信至 del@weidujing.cn⟧</div>
<script>var __mirror_src="mp.weixin.qq.com/s/ys-rmyy-0702";</script>
</body></html>
""",
        body="""
⟦a 点上方蓝字“泱水人医健康课堂”，每周一课不错过⟧夏季外出增多，磕碰、扭伤、蚊虫叮咬等小意外也多了起来。家里备一个急救箱，关键时刻能派上大用场。
一、外伤处理类：碘伏棉签、无菌纱布、医用胶带、弹力绷带、创口敷料。
二、常用工具类：体温计、医用剪刀、镊子、一次性手套、冰袋。
三、常用药品类：退热药、止泻药、抗过敏药，家中有慢性病人的，还应备好其常用药。
⟦l 延伸阅读：夏季中暑急救四步法⟧
需要提醒的是，急救箱应放在家人都知道、孩子够不着的地方；每半年检查一次，过期药品及时清理。如遇严重外伤、胸痛或意识不清，请立即拨打120，不要自行处理。
""",
    ),
    dict(
        slug="wechat-jiexiang-pledge-hose-cabinets-star-glued",
        site="街巷号镜 (invented WeChat mirror)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://jiexiang-mirror.cn/zhuochuan/20250417.html",
        title="关于保持楼道消防箱畅通的倡议书",
        record_title="关于保持楼道消防箱畅通的倡议书 | 濯川街道（公众号存稿）",
        date="2025-04-15",
        date_also=["2025-04-17"],
        notes="a street office's pledge mirrored as text: a star prompt glued before the salutation; numbered list; "
        "scanning a QR code as content; 成文日期 under the signature differs from the account line's date",
        page="""
!m 街巷号镜 — 收录城市街道公众号推送
!t 关于保持楼道消防箱畅通的倡议书 | 濯川街道
!m 濯川街道　2025-04-17 08:00　玮城
{BODY}
!a 阅读原文　·　在看 37　·　赞 52
!a 长按二维码关注“濯川街道”，办事指南随时查
!d 街巷号镜转载的推送版权归原账号，侵删请留言。
!l 往期推荐：濯川街道春季大扫除安排｜社区老年食堂开业啦
""",
        body="""
⟦a 点右上角“···”设为星标，街道通知第一时间到⟧各位居民朋友：
楼道里的消防箱，是火灾发生时最近的“救命水源”。近期，街道在检查中发现，不少楼道的消防箱前堆放着电动车、纸箱和旧家具，有的箱门被杂物挡得打不开，有的水带被拿去浇菜、冲地。
为此，我们向全体居民倡议：
1.不在消防箱前堆放任何物品，保持箱门前1米范围畅通。
2.不挪用消防箱内的水带、水枪，发现损坏及时向物业或社区报告。
3.家中老人和孩子要知道消防箱的位置，学会打开箱门和按下报警按钮。
4.看到占用、损坏消防箱的行为，请扫描楼道公示栏上的二维码反映。
安全无小事，人人都是守护者。让我们从清理自家门前的杂物做起，共同守护家园平安。
玮城市珀湖区濯川街道办事处
2025年4月15日
""",
    ),
    dict(
        slug="docshare-shiye-contract-stretchers-docx-blanks",
        site="拾页网 (invented document-sharing site)",
        style="文档分享",
        genre="合同范本",
        kind="other",
        form="html",
        source="https://www.shiyewang.com/doc/3318027.html",
        title="担架采购合同（范本）",
        record_title="担架采购合同（范本）.docx",
        date=None,
        notes="sharing page: file-name title, uploader line with a relative update time, rating, login lock, points download, "
        "AI rewrite button, service WeChat; a contract template with ×× placeholders, ＿＿ blanks, 第N条 and ＿＿年＿＿月＿＿日",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>担架采购合同（范本）.docx - 共享文档 - 拾页网</title>
</head><body>
<div class="hd"><span class="logo">⟦m 拾页网⟧</span><span class="slogan">⟦m 一页一页，攒出好文档⟧</span><a>⟦a 上传文档⟧</a><a>⟦a 登录⟧</a></div>
<div class="crumb">⟦m 拾页网 › 合同范本 › 采购合同⟧</div>
<div class="doc-title"><h1>⟦t 担架采购合同（范本）.docx⟧</h1>
<p>⟦m 分享者：器械科小邓　文件大小：26KB　页数：2　更新于 2 周前⟧</p>
<p>⟦l 评分：★★★★☆ 4.3（31人评）⟧</p></div>
<div class="doc-body">
{BODY}
</div>
<div class="lock"><p>⟦a 本文档共 2 页，登录后可看完整内容⟧</p><button>⟦a 用 5 积分下载⟧</button> <button>⟦a AI 帮我改成本单位版本⟧</button></div>
<div class="svc">⟦w 下载遇到问题？客服微信：shiye_kf01⟧</div>
<div class="ft"><p>⟦d 拾页网文档均由用户分享，平台仅提供存储空间服务；如有侵权请联系我们处理。⟧</p><p>⟦m © 2025 拾页网 shiyewang.com　京ICP备22019833号-3⟧</p></div>
<script src="//static.shiyewang.com/js/docview.2.3.js"></script>
</body></html>
""",
        body="""
甲方（采购方）：××县××医院
乙方（供货方）：××医疗器械有限公司
根据《中华人民共和国民法典》及有关规定，甲乙双方经协商一致，订立本合同。
第一条　乙方向甲方提供折叠担架＿＿副、铲式担架＿＿副，规格型号以附件清单为准，合同总价人民币＿＿＿＿元。
第二条　乙方应于合同签订后＿＿日内将货物送至甲方指定地点，并负责现场演示和使用培训。
第三条　担架须附产品合格证和医疗器械注册证，甲方验收时逐副检查卡扣、固定带和承重标识，不合格的由乙方无条件更换。
第四条　质保期为验收合格之日起＿＿个月，质保期内非人为损坏的，乙方免费维修或更换。
第五条　本合同一式两份，甲乙双方各执一份，自双方签字盖章之日起生效。
甲方（盖章）：　　　　乙方（盖章）：
＿＿年＿＿月＿＿日　　　　＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="docshare-qingjian-rules-workshop-kits-articles",
        site="青简文档 (invented document-sharing site)",
        style="文档分享",
        genre="制度",
        kind="other",
        form="text",
        source="https://www.qingjiandoc.com/p/2250981.html",
        title="车间急救箱管理制度",
        record_title="【班组安全】车间急救箱管理制度（可编辑）",
        date=None,
        notes="sharing page as text: an upload notice above the body; rules in 第N条 articles (no date: only an effective clause)",
        page="""
!m 青简文档 · 免费共享实用文档
!m 首页 ＞ 企业管理 ＞ 安全制度
!t 【班组安全】车间急救箱管理制度（可编辑）
!m 上传：安环部-邹工　　格式：DOC　　共 1 页　　下载 402
!d 温馨提示：本文档由用户上传，青简文档只提供存储与展示，如涉及侵权请联系删除。
{BODY}
!a 喜欢就收藏，下次查找更方便
!l 你可能也需要：车间安全生产责任制｜员工三级安全教育卡
!a 下载原文件（0积分）
!m 青简文档 qingjiandoc.com
""",
        indent="\u3000\u3000",
        body="""
第一条　为规范车间急救箱的配置、使用和管理，及时处置作业中的轻微伤害，制定本制度。
第二条　各车间按每50名员工不少于1个的标准配置急救箱，放置在车间入口和主要工位附近，不得上锁。
第三条　急救箱由车间安全员负责管理，每周检查一次物品数量和有效期，检查结果填入《急救箱检查登记表》。
第四条　员工使用急救箱后，应在登记表上写明使用人、时间和物品，安全员于当日补齐。
第五条　急救箱只用于现场初步处置。伤势较重的，应立即报告班组长并送医，不得以箱内药品代替就医。
第六条　本制度由安全环保部负责解释，自印发之日起施行。
""",
    ),
    dict(
        slug="edu-yunchuan-notice-stretchers-attachments",
        site="韫川教育网 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.yunchuan.gov.cn/tzgg/2025/0904/11872.html",
        title="韫川县教育局关于为中小学校体育场地配备担架的通知",
        record_title="韫川县教育局关于为中小学校体育场地配备担架的通知-通知公告-韫川教育网",
        date="2025-09-02",
        date_also=["2025-09-04"],
        notes="education portal: 适老版/读屏 links, attachment download links beside the notice's own 附件 list, the notice's "
        "联系人/电话/邮箱 beside an electro-education centre's technical line; 'please download the attachments' as content",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>韫川县教育局关于为中小学校体育场地配备担架的通知-通知公告-韫川教育网</title>
</head><body>
<div class="top"><a>⟦a 适老版⟧</a> <a>⟦a 读屏模式⟧</a> <a>⟦a 设为首页⟧</a></div>
<div class="head"><h2>⟦m 韫川教育网⟧</h2><p>⟦m 韫川县教育局主办⟧</p></div>
<ul class="menu"><li>⟦m 首页⟧</li><li>⟦m 教育要闻⟧</li><li>⟦m 通知公告⟧</li><li>⟦m 政策文件⟧</li><li>⟦m 办事指南⟧</li></ul>
<div class="pos">⟦m 您现在的位置：首页 &gt; 通知公告⟧</div>
<div class="art">
<h1>{T}</h1>
<p class="info">⟦m 发布日期：2025-09-04　来源：体卫艺股　点击量：2216⟧</p>
{BODY}
<div class="attach"><p>⟦a 附件1：学校担架配备需求表.docx（点击下载）⟧</p><p>⟦a 附件2：担架搬运培训报名表.xlsx（点击下载）⟧</p></div>
<p class="prt">⟦a 【打印】【收藏】【关闭】⟧</p>
</div>
<div class="more"><h4>⟦l 最新公告⟧</h4><ul><li>⟦l 关于2025年秋季学期开学工作的通知⟧</li><li>⟦l 全县中小学体育教师基本功比赛结果公示⟧</li></ul></div>
<div class="foot"><p>⟦m 主办单位：韫川县教育局　地址：韫川县文昌路9号⟧</p><p>⟦m 技术支持：韫川县电化教育中心 0735-4410888⟧</p><p>⟦m 湘ICP备09011526号⟧</p></div>
<script src="/js/jquery-1.8.3.min.js"></script><script>function doZoom(s){$(".art p").css("font-size",s+"px");}</script>
</body></html>
""",
        body="""
各乡镇中心学校，县直各学校：
为做好学生体育活动和大型赛事中的伤病转运，县教育局决定为全县中小学校体育场地统一配备担架。现将有关事项通知如下。
一、配备标准。每所学校配备折叠担架不少于2副；在校生1000人以上的学校，另配备铲式担架1副。
二、存放要求。担架应存放在体育器材室或操场旁的固定位置，标识清楚，不得上锁。
三、培训要求。各校体育教师和校医要在10月底前参加县红十字会组织的担架搬运培训，并在运动会前组织一次演练。
请各校下载附件，于9月20日前将配备需求表报县教育局体卫艺股。
联系人：蒙晓舟　电话：0735-4412079　邮箱：ycjytwy@yunchuan.edu.cn
附件：1.学校担架配备需求表
2.担架搬运培训报名表
韫川县教育局
2025年9月2日
""",
    ),
    dict(
        slug="edu-anxi-school-notice-dorm-mats",
        site="桉溪县第二中学校园网 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.axez.edu.cn/tzgg/2025/0606/514.html",
        title="关于做好学生宿舍凉席清洗消毒工作的通知",
        record_title="关于做好学生宿舍凉席清洗消毒工作的通知_校园通知_桉溪县第二中学",
        date="2025-06-06",
        notes="a school site's notice as text: author/publish/clicks line, print/back buttons, address and school-office phone footer",
        page="""
!m 桉溪县第二中学　校园网
!m 学校首页 » 校园通知
{T}
!m 作者：后勤处　发布：2025-06-06　点击：633
{BODY}
!a 【打印本页】　【返回上页】
!l 相关通知：关于开展夏季防溺水安全教育的通知
!m 地址：桉溪县城南路18号　邮编：414500　校办电话：0734-5532001
!m Copyright © 桉溪二中 All Rights Reserved
""",
        indent="\u3000\u3000",
        body="""
各年级、各班级：
近期气温持续升高，为保障住校学生身体健康，学校定于6月9日至6月13日开展宿舍凉席清洗消毒工作。现将有关事项通知如下。
一、各班住校生于6月9日晚自习前将凉席带到宿舍楼前空地，由生活老师统一登记。
二、学校后勤处安排专人用消毒液擦洗、高温蒸汽消毒，并在阳光下晾晒一天。
三、有霉点、断裂或起毛刺的凉席，由家长更换后再带回学校，不得继续使用。
四、各班主任要提醒学生每周用温水擦拭一次凉席，床铺下不得堆放潮湿衣物。
特此通知。
桉溪县第二中学后勤处
2025年6月6日
""",
    ),
    dict(
        slug="oa-qiangkou-minutes-hose-cabinets-flow-record",
        site="樯口建材协同办公平台 (invented intranet)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.qkjc.local/doc/view?id=20250527031",
        title="关于消防箱维护保养工作的会议纪要",
        record_title="〔传阅件〕关于消防箱维护保养工作的会议纪要 - 樯口建材协同办公平台",
        date="2025-05-27",
        notes="an OA document view: user bar, menu, document info table, 流转记录 table, read counts and a 标记已阅 button, "
        "IT desk extension; minutes with 时间/地点/主持/参会/记录 lines (the 时间 line is the date); scanning to upload as content",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>〔传阅件〕关于消防箱维护保养工作的会议纪要 - 樯口建材协同办公平台</title>
</head><body>
<div class="oa-top"><span>⟦m 樯口建材 · 协同办公平台⟧</span><span>⟦m 当前用户：韦成（行政部）⟧</span><a>⟦a 退出登录⟧</a></div>
<ul class="oa-menu"><li>⟦m 我的待办⟧</li><li>⟦m 已办事项⟧</li><li>⟦m 公文管理⟧</li><li>⟦m 通讯录⟧</li></ul>
<table class="doc-info">
<tr><td>⟦m 文件类型：会议纪要⟧</td><td>⟦m 保密等级：内部⟧</td><td>⟦m 拟稿人：袁小禾⟧</td></tr>
</table>
<div class="doc">
<h2>⟦t 〔传阅件〕关于消防箱维护保养工作的会议纪要⟧</h2>
<h3>{T}</h3>
{BODY}
</div>
<div class="flow"><h4>⟦m 流转记录⟧</h4>
<table><tr><td>⟦m 2025-05-28 09:12　袁小禾　起草⟧</td></tr><tr><td>⟦m 2025-05-28 11:30　廖振邦　审核通过⟧</td></tr><tr><td>⟦m 2025-05-28 14:05　行政部　分发传阅⟧</td></tr></table></div>
<div class="read">⟦m 已阅 23 人　未阅 5 人⟧ <button>⟦a 标记已阅⟧</button> <button>⟦a 转给同事阅⟧</button></div>
<div class="oa-foot">⟦m 系统故障请拨IT服务台分机 8010⟧</div>
<script src="/oa/static/docview.js"></script><script>markRead(20250527031);</script>
</body></html>
""",
        body="""
时间：2025年5月27日下午3:00
地点：公司办公楼三楼会议室
主持：副总经理 廖振邦
参会：安全环保部、设备部、行政部、各车间负责人
记录：安全环保部 袁小禾
会议听取了安全环保部关于厂区消防箱检查情况的汇报，研究了维护保养工作。纪要如下：
一、厂区共有室内外消防箱64个，本次检查发现水带老化9盘、阀门渗漏4处、箱门变形3处，由设备部在6月10日前完成维修更换。
二、今后消防箱实行“谁的区域谁负责”，各车间每周自查一次，安全环保部每月抽查一次，检查结果扫码上传到安全管理小程序。
三、行政部负责在消防箱旁张贴使用图示，并组织新员工进行实操培训。
""",
    ),
    dict(
        slug="oa-congxi-bulletin-warehouse-mirrors-wps-export",
        site="淙溪物流协同办公系统 (invented intranet export)",
        style="企业内网",
        genre="通报",
        kind="notice",
        form="text",
        source="http://oa.cxwl.local/export/AH-2025-031",
        title="关于3号仓库叉车通道加装凸面反光镜的通报",
        record_title="关于3号仓库叉车通道加装凸面反光镜的通报.wps",
        date="2025-05-26",
        notes="an OA export as text: file-name title, document info and drafting lines, 流转记录 with timestamps, export stamp "
        "(no date); a numbered list of requirements; 成文日期 under the signature",
        page="""
!m 淙溪物流协同办公系统 — 公文导出
!m 文件编号：CXWL-AH-2025-031　密级：内部　紧急程度：普通
!t 关于3号仓库叉车通道加装凸面反光镜的通报.wps
!m 拟稿：安全环保部 袁晓禾　核稿：廖振国　签发：武国梁
{BODY}
!m 流转记录：
!m 2025-05-26 16:02　袁晓禾　提交
!m 2025-05-26 17:40　廖振国　同意
!m 2025-05-27 08:15　武国梁　签发
!m 导出人：韦成　导出于 2025-06-03 10:12
!d 内部资料，严禁外传
""",
        body="""
各部门、各车间：
5月19日上午，3号仓库发生一起叉车与手推车剐蹭事件，所幸未造成人员受伤。经调查，事发地点为货架尽头的直角拐弯处，视线被货物遮挡，叉车司机和推车员工都没有看到对方。
为消除类似隐患，物流部已于5月23日在3号仓库6处盲区拐角加装凸面反光镜，并在地面施划减速停车线。
现要求：
1.各仓库、车间于6月5日前自查叉车通道盲区，需要加装反光镜的报安全环保部统一采购。
2.叉车通过拐角时必须减速鸣笛，看清镜中情况后再通行。
3.反光镜由所在区域负责人每周擦拭一次，发现破损、移位及时报修。
淙溪物流有限公司安全环保部
2025年5月26日
""",
    ),
]

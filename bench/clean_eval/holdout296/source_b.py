"""holdout296, part B: blogs, WeChat mirrors, document-sharing pages, education portals, intranets.

Written by hand for this part (sites, places, people, numbers and URLs invented); see
../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="blog-linqi-memoir-grandfather-clock-hexo",
        site="林栖小站 (invented, Hexo-like blog)",
        style="博客",
        genre="散文",
        kind="other",
        form="html",
        source="https://linqi.blog.example.net/2025/01/zuozhong/",
        title="爷爷的座钟",
        record_title="［旧物记］爷爷的座钟 ⁄ 林栖小站",
        date=None,
        notes="Hexo-like blog: word count, tip-jar button glued after the last 。, tag cloud, archive, comment form; an update stamp is no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>［旧物记］爷爷的座钟 ⁄ 林栖小站</title>
<meta name="generator" content="Hexo 7.1.1">
<link rel="alternate" href="/atom.xml" type="application/atom+xml">
<script src="/js/busuanzi.pure.mini.js" async></script>
</head><body>
<header class="site-header"><a class="brand" href="/">⟦m 林栖小站⟧</a><p class="subtitle">⟦m 记些旧物，修些旧钟⟧</p>
<nav><a href="/">⟦m 首页⟧</a><a href="/archives/">⟦m 归档⟧</a><a href="/tags/">⟦m 标签⟧</a><a href="/about/">⟦m 关于⟧</a></nav></header>
<main><article class="post">
<h1 class="post-title">{T}</h1>
<div class="post-meta">⟦m 更新于 2 个月前　｜　分类：旧物记⟧</div>
<div class="post-wordcount">⟦m 本文字数：612　阅读时长≈2分钟⟧</div>
<div class="post-body">
{BODY}
</div>
<div class="post-tags">⟦l #座钟 #家事 #修钟⟧</div>
<div class="post-nav"><a href="/2024/12/banxia/">⟦l ‹ 半夏的收音机⟧</a><a href="/2025/02/dengsheng/">⟦l 灯绳上的铃铛 ›⟧</a></div>
</article>
<section class="comments"><h3>⟦l 留下你的脚印⟧</h3><form><input placeholder="昵称"><textarea placeholder="说点什么"></textarea><button>⟦l 提交留言⟧</button></form></section></main>
<aside class="sidebar">
<div class="widget"><h4>⟦l 标签云⟧</h4><p>⟦l 座钟 收音机 缝纫机 修钟 家事 老街⟧</p></div>
<div class="widget"><h4>⟦l 文章归档⟧</h4><ul><li>⟦l 2025年一月 (3)⟧</li><li>⟦l 2024年十二月 (5)⟧</li></ul></div>
</aside>
<footer>⟦m © 2019 - 2025 林栖　由 Hexo 驱动　主题 Cactus⟧<br>⟦m 本站总访问量 48211 次⟧</footer>
</body></html>
""",
        body="""
爷爷的座钟是1968年从县城百货商店买回来的，花了他三个月的工钱。钟是木壳的，正面一块玻璃门，里面吊着一只黄铜摆锤，整点敲几下就是几点。
小时候我最盼的是每周日晚上，爷爷搬个凳子站上去，用一把铜钥匙给座钟上弦。他说上弦要匀着劲，拧到发紧就停，拧过了发条会断。我在底下数着，一共二十四下。
爷爷走后，座钟停了好几年。去年我把它送到橪州老街一家修钟铺，老师傅拆开洗油、换了一根摆杆，它又“嘀嗒嘀嗒”走起来了。
现在座钟摆在我家客厅里。每周日晚上，我也搬个凳子站上去，拧二十四下。⟦a ☕ 觉得写得好，请我喝杯茶⟧
""",
    ),
    dict(
        slug="blog-wanxiang-essay-crochet-trivet-wrapped",
        site="晚香小筑 (invented, blog)",
        style="博客",
        genre="散文",
        kind="other",
        form="text",
        source="http://wanxiang.blog.example.cn/post/2025/02/16/taiyanghua",
        title="外婆钩的茶壶垫",
        record_title="外婆钩的茶壶垫 ｜ 晚香小筑的闲笔",
        date="2025-02-16",
        notes="blog post hard-wrapped at 58 columns; the 发表于 byline is the page's date; comments with relative times",
        page="""
!m 晚香小筑
!m 茶凉了再续，字慢了再写
!m 首页　闲笔　读书　相册　留言板
{T}
!m 发表于 2025-02-16 21:05　分类：闲笔　阅读（318）
{BODY}
!l 标签：外婆 | 钩针 | 茶壶垫
!l « 上一篇：正月里的蒸笼
!l 下一篇：窗台上的水仙 »
!l 读者留言（3）
!l 青石巷口：看哭了，我外婆也会钩这种花。（昨天 22:41）
!l 山茶：求“太阳花”针法图解！（3 天前）
!m Copyright © 晚香小筑　Theme by Lamp
""",
        wrap=58,
        indent="\u3000\u3000",
        body="""
外婆的茶壶垫是用白棉线钩的，圆圆一片，中间是一朵六瓣花，外圈一圈小扇贝边。她说这是她做姑娘时跟邻居学的针法，叫“太阳花”。
外婆家的茶壶是一把粗陶提梁壶，冬天烧开水泡茶，壶底烫得很，直接放在八仙桌上会烙出白印子。所以桌上常年垫着这片茶壶垫，洗了晒，晒了垫，线都发黄了。
我上大学那年，外婆一口气钩了四片，让我带到宿舍去。室友们笑我一个男生用这么秀气的东西，可后来他们泡面时都来借。
如今外婆九十一岁，手抖得拿不稳钩针了。我照着旧茶壶垫拆了一圈，一针一针数出了针法，钩了一片新的寄回去。她在电话里说，花心钩紧了，不过还算像样。
""",
    ),
    dict(
        slug="wechat-sishui-library-album-pledge-h1",
        site="公号存珍 (invented WeChat mirror)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://www.gonghaocunzhen.com/a/sishuilib/20250805_7731.html",
        title="邀您把家里的老相册“借”给图书馆",
        record_title=None,
        date="2025-08-05",
        notes="WeChat mirror: no record title (the <h1>); 原创 tag, account line as the page's date; a follow prompt glued before the salutation; "
        "关注 and 分享 as content; 阅读原文/在看 rows and the mirror's archive note",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>公号存珍 - 公众号文章存档</title>
<meta property="og:site_name" content="公号存珍">
<script src="/static/lazyimg.js"></script>
</head><body>
<div class="mirror-top"><a href="/">⟦m 公号存珍⟧</a>　⟦m 好文章，存下来⟧　<a href="/search">⟦a 搜公号⟧</a></div>
<div class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta_list"><span class="orig">⟦m 原创⟧</span> <span>⟦m 楒水县图书馆⟧</span> <em>⟦m 2025-08-05 17:30⟧</em> <span>⟦m 湖南⟧</span></div>
<div class="rich_media_content">
{BODY}
</div>
<div class="rich_media_tool"><a>⟦a 阅读原文⟧</a> <span>⟦l 阅读 2806⟧</span> <span>⟦l 赞 61⟧</span> <span>⟦l 在看 23⟧</span></div>
<div class="qr">⟦a 长按识别二维码，把“楒水记忆”装进口袋⟧</div>
</div>
<div class="mirror-note">⟦d 公号存珍仅存档公开发布的公众号文章，版权归原作者及原公众号所有，如需删除请留言。⟧</div>
<div class="mirror-more"><h4>⟦l 本号往期⟧</h4><ul><li>⟦l 暑期少儿阅读营开营啦⟧</li><li>⟦l 地方文献室新到一批族谱复印件⟧</li></ul></div>
</body></html>
""",
        p_html='<section><p style="font-size:15px;line-height:1.75em;">{}</p></section>',
        body="""
⟦a 点上方“楒水县图书馆”蓝字，关注不迷路⟧亲爱的读者朋友：
家里的老相册，记着一家人的来路，也记着楒水这座小城的变化。为了让这些照片不再在柜子里发黄、受潮，楒水县图书馆今年启动“楒水记忆·家庭相册数字化”公益项目，向全县居民发出倡议：
一、把相册带来。8月10日至9月30日，每周二至周日9:00—17:00，您可携带家庭相册到图书馆二楼地方文献室，馆员当场扫描，原件当场归还。
二、把故事讲出来。欢迎您为照片补充拍摄年代、地点和人物，我们整理成文字说明一并存档。
三、把记忆分享出去。经您同意的照片，将收入“楒水记忆”数据库，并在明年春节的老照片展中展出。
预约方式：关注“楒水县图书馆”公众号，在菜单栏点击“相册预约”；也可拨打0736-7152390。
楒水县图书馆
2025年8月5日
""",
    ),
    dict(
        slug="wechat-youxi-school-drum-corps-safety-text",
        site="公号存珍 (invented WeChat mirror)",
        style="公众号镜像",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.gonghaocunzhen.com/a/yxsyxx/20250905_1208.html",
        title="关于鼓号队课后训练安全事项的提示",
        record_title="【存档】关于鼓号队课后训练安全事项的提示｜槱溪县实验小学 · 公号存珍",
        date="2025-09-04",
        date_also=["2025-09-05"],
        notes="mirrored school account: a numbered list; the counsellor's phone in the body; signature date differs from the account date",
        page="""
!m 公号存珍 › 槱溪县实验小学
{T}
!m 槱溪县实验小学　2025-09-05 07:50
!a 轻触左上角头像，关注“槱溪县实验小学”
{BODY}
!l 阅读 1537　　在看 44
!a 转发给班级群　｜　收藏到微信
!l 留言区：三（2）班家长：收到，已提醒孩子。
!d 本文由公号存珍从公开页面存档，仅供检索，不代表原公众号立场。
""",
        body="""
各位家长、同学们：
新学期鼓号队课后训练将于9月8日恢复，每周一、三、五16:30至17:30在操场东侧进行。为确保训练安全，提示如下：
1.鼓槌只在训练时使用，不得拿鼓槌追逐打闹、敲击栏杆和桌椅；
2.训练前由小队长检查鼓槌，槌头松动、槌柄开裂的立即交还器材室；
3.队员须穿运动鞋，高温天气训练时间缩短为半小时；
4.训练结束后由家长在东门接送，不得在校园内逗留。
请家长督促孩子遵守以上要求。如有疑问，请联系鼓号队辅导员杜老师，电话：0738-4621905。
槱溪县实验小学少先队大队部
2025年9月4日
""",
    ),
    dict(
        slug="docshare-dieye-request-tea-trivets-points-lock",
        site="叠页文档网 (invented)",
        style="文档分享",
        genre="请示",
        kind="other",
        form="html",
        source="https://www.dieyedoc.com/view/5a71c3e20d8f.html",
        title="关于购置茶艺实训室茶壶垫等耗材的请示",
        record_title="〔范本〕关于购置茶艺实训室茶壶垫等耗材的请示 · 叠页文档网",
        date="2025-03-03",
        notes="sharing page: upload notice, points lock, service WeChat and a 400 line beside the request's own contact; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>〔范本〕关于购置茶艺实训室茶壶垫等耗材的请示 · 叠页文档网</title>
<script src="https://cdn.dieyedoc.com/js/viewer.2.4.js"></script>
</head><body>
<div class="top"><a class="logo">⟦m 叠页文档网⟧</a><span>⟦m 文档共享，一页一页叠出来⟧</span><a href="/upload">⟦a 我要上传⟧</a><a href="/login">⟦a 登录⟧</a></div>
<div class="docinfo"><h1>{T}</h1>
<p>⟦m 分享者：tea_lin2020　｜　上传于 2025-03-18　｜　2页　｜　下载需 5 积分⟧</p>
<p class="notice">⟦d 本文档由用户上传，叠页文档网仅提供存储空间，不对文档内容的真实性、合法性负责。⟧</p></div>
<div class="docview">
{BODY}
</div>
<div class="lock">⟦a 下载完整文档需 5 积分，积分不够？签到领积分⟧</div>
<div class="btns"><button>⟦a 下载文档⟧</button><button>⟦a 收进我的文件夹⟧</button><button>⟦a 举报⟧</button></div>
<div class="kefu">⟦w 遇到问题找客服：微信 dieye_kf02⟧　⟦m 客服热线：400-812-6637⟧</div>
<div class="rel"><h4>⟦l 相似文档⟧</h4><ul><li>⟦l 关于购置实训耗材的请示（通用）.doc⟧</li><li>⟦l 学校申请采购设备的请示范文.docx⟧</li></ul></div>
<div class="ft">⟦m 叠页文档网 dieyedoc.com　浙ICP备20037152号-3⟧</div>
</body></html>
""",
        body="""
县教育局：
我校茶艺专业现有在校生146人，茶艺实训室共设24个操作台。实训室现有茶壶垫、茶巾、公道杯等耗材大多于2021年购置，茶壶垫经反复高温使用，已有三分之一开裂、发霉，影响实训教学和卫生安全。
为保障本学期茶艺技能考证和省赛集训，拟购置以下耗材：竹编茶壶垫60个、硅胶茶壶垫40个、棉麻茶巾120条，预算合计6800元，从学校公用经费中列支。
妥否，请批示。
联系人：欧阳婷　电话：0734-8120637
棽川县职业中等专业学校
2025年3月3日
""",
    ),
    dict(
        slug="docshare-miwen-contract-cushions-mixed-markers",
        site="觅文分享 (invented)",
        style="文档分享",
        genre="合同范本",
        kind="other",
        form="text",
        source="https://www.miwenshare.com/d/2025/0427/550183.html",
        title="蒲团定制采购合同",
        record_title="蒲团定制采购合同.doc",
        date=None,
        notes="file-name record title; a contract template with ×× placeholders, ＿＿ blanks and ＿＿＿＿年＿＿月＿＿日; "
        "page markers '⍱n/3⍲' on a line of their own or glued with a space; upload stamp is no date",
        page="""
!m 觅文分享 | 文档资料免费分享平台
!t 蒲团定制采购合同.doc
!m 上传于 2025-04-27　　下载券：2　　浏览 733 次
!a ▷ 在线预览　　⇩ 下载文档　　☆ 收藏
{BODY}
!a 预览到此结束，完整文档请下载后查看
!d 觅文分享所有文档均由网友上传，版权归上传者所有；本站不提供任何法律意见。
!l 热门合同：竹编工艺品购销合同.doc　手工艺品定做合同.docx　茶具采购合同.pdf
""",
        pages=dict(fmt="⍱{n}/3⍲", every=120, start=2, glue="mix", sep=" "),
        body="""
甲方（采购方）：××茶文化有限公司
乙方（供货方）：××县蒲编专业合作社
第一条　甲方向乙方定制蒲草编织蒲团＿＿个，直径＿＿厘米，厚度＿＿厘米，单价＿＿元，总价＿＿元。
第二条　乙方应使用当年采收、晒干无霉变的蒲草，蒲团编织紧密、表面平整，不得填充塑料泡沫等杂物。
第三条　乙方应于＿＿年＿＿月＿＿日前将货物送至甲方指定地点，运费由乙方承担。
第四条　甲方收货后3日内验收，发现霉变、开裂、尺寸不符的，乙方应在7日内免费更换。
第五条　甲方验收合格后10日内付清全部货款。任何一方违约，应向对方支付合同总价20%的违约金。
第六条　本合同一式两份，甲乙双方各执一份，自双方签字盖章之日起生效。
甲方（盖章）：　　　　乙方（盖章）：
签订日期：＿＿＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="edu-zhiling-notice-drum-equipment-check-attachments",
        site="梽岭县教育体育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jtj.zhiling.example.gov.cn/tzgg/2025/1021/8870.html",
        title="关于开展中小学鼓乐社团器材安全检查的通知",
        record_title="【教体要闻】关于开展中小学鼓乐社团器材安全检查的通知（内附两个附件） - 梽岭县教育体育局",
        date="2025-10-20",
        date_also=["2025-10-21"],
        notes="education portal: 护眼/无碍 links, attachment download links beside the notice's own 附件 list, its contact and mailbox beside a technical-support line; "
        "下载 as content; 成文日期 and posting date differ",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>【教体要闻】关于开展中小学鼓乐社团器材安全检查的通知（内附两个附件） - 梽岭县教育体育局</title>
<script src="/js/jquery-3.6.0.min.js"></script>
<script src="/js/wza.js" id="wza"></script>
</head><body>
<div class="toplink"><a href="javascript:;">⟦a 护眼阅读⟧</a> <a href="javascript:;">⟦a 无碍浏览⟧</a> <span>⟦m 今天是2025年10月23日 星期四⟧</span></div>
<div class="head"><span class="logo">⟦m 梽岭县教育体育局⟧</span></div>
<div class="nav"><a>⟦m 首页⟧</a><a>⟦m 教体要闻⟧</a><a>⟦m 通知公告⟧</a><a>⟦m 政策法规⟧</a><a>⟦m 办事指南⟧</a></div>
<div class="loc">⟦m 所在位置：首页 » 通知公告 » 正文⟧</div>
<div class="detail">
<h2>{T}</h2>
<p class="src">⟦m 来源：体卫艺股　发布时间：2025-10-21 10:14　阅读：2291⟧</p>
<div class="con">
{BODY}
</div>
<div class="att"><p>⟦a 相关附件（点击文件名下载）：⟧</p>
<p><a href="/uploads/2025/10/guyue-zichabiao.docx">⟦a 附件1 鼓乐器材安全自查表.docx⟧</a></p>
<p><a href="/uploads/2025/10/choucha-mingdan.xls">⟦a 附件2 抽查学校名单.xls⟧</a></p></div>
<div class="pn"><p>⟦l 上一则：关于做好秋季学期学生资助工作的通知⟧</p><p>⟦l 下一则：关于举办全县中小学生合唱比赛的通知⟧</p></div>
</div>
<div class="foot"><p>⟦m 主办单位：梽岭县教育体育局　地址：梽岭县橑山路18号⟧</p><p>⟦m 技术支持：梽岭县教育信息中心　0737-5510099⟧</p><p>⟦m 湘ICP备12008813号-1⟧</p></div>
</body></html>
""",
        body="""
各乡镇中心学校，县直各学校：
近期，我县一所小学在鼓乐社团训练中发生鼓槌断裂飞出致学生面部擦伤的情况。为消除安全隐患，县教体局决定在全县中小学开展鼓乐社团器材安全检查。现将有关事项通知如下：
一、检查范围。全县开设鼓乐、鼓号、腰鼓等社团的中小学校。
二、检查内容。重点检查鼓槌有无裂纹、槌头是否松动，鼓架是否稳固，器材室是否有专人管理和借还登记。
三、时间安排。10月31日前各校完成自查，填写《鼓乐器材安全自查表》；11月上旬县教体局组织抽查。
请各校下载附件，按要求填写后于10月31日前发送至指定邮箱。
联系人：邓晓峰　电话：0737-5510826　邮箱：zljtj_aq@126.example.com
附件：1.鼓乐器材安全自查表
2.抽查学校名单
梽岭县教育体育局
2025年10月20日
""",
    ),
    dict(
        slug="edu-ranhu-school-notice-album-photos-record",
        site="栭湖教育信息网 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.rhedu.example.cn/xxdt/qizhong/2025-04-02/3108.html",
        title="关于征集建校七十周年校史相册老照片的通知",
        record_date="2025-04-02",
        date="2025-04-02",
        date_also=["2025-04-01"],
        notes="record title and date as given; 扫码上传 as content; the school's contact beside the site's technical line; signature date one day earlier",
        page="""
!m 栭湖教育信息网 — 橪州市栭湖区教育局主办
!m 首页 → 学校动态 → 橪州市第七中学
{T}
!m 作者：七中校史办　发布：2025-04-02　浏览：3120
{BODY}
!a 〖打印此页〗　〖关闭本页〗
!l 上一条：七中举行春季田径运动会
!l 下一条：七中开展“书香校园”读书月活动
!m 技术支持：栭湖区教育信息化中心　电话：0735-8260011
!m 湘ICP备09016622号
""",
        indent="\u3000\u3000",
        body="""
各位校友、退休教职工：
橪州市第七中学将于今年10月迎来建校七十周年。为编好校史相册，学校现面向广大校友和退休教职工征集老照片，内容包括历年毕业合影、校园旧貌、师生活动和获奖场景等。
征集时间：即日起至6月30日。
提交方式：电子照片扫描分辨率不低于600dpi，扫码上传至“七中校史”征集小程序；纸质照片可寄送或送至学校校史办，翻拍后原件挂号寄回。
请在照片背面或文件名中注明拍摄年份、人物和事由。入选校史相册的照片，学校将赠送纪念册一本。
联系人：校史办 贺老师　电话：0735-8261704
橪州市第七中学
2025年4月1日
""",
    ),
    dict(
        slug="oa-chenzhong-minutes-movement-returns",
        site="晨钟协同办公平台 (invented intranet)",
        style="企业内网",
        genre="会议纪要",
        kind="other",
        form="html",
        source="http://oa.chenzhong-clock.example.com/doc/view.do?id=20250611007",
        title="座钟机芯返修问题专题会议纪要",
        record_title="〔内部纪要〕座钟机芯返修问题专题会议纪要 - 晨钟协同办公",
        date="2025-06-09",
        date_also=["2025-06-11"],
        notes="OA document view: 流转记录 with stamps, read counts, a confirm button; the minutes' 时间/地点/主持/参会/记录 lines; 打印 as content; "
        "the meeting date differs from the issue date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〔内部纪要〕座钟机芯返修问题专题会议纪要 - 晨钟协同办公</title>
<script src="/oa/js/seeyon.ui.js"></script>
</head><body>
<div class="oa-top">⟦m 晨钟协同办公平台⟧　⟦m 当前用户：质检部 孙涛⟧　<a>⟦a 退出⟧</a></div>
<div class="oa-menu"><a>⟦m 待办事项⟧</a><a>⟦m 公文管理⟧</a><a>⟦m 会议管理⟧</a><a>⟦m 知识文档⟧</a></div>
<div class="doc-wrap">
<div class="doc-title"><h2>{T}</h2></div>
<div class="doc-prop">⟦m 文件编号：CZ-JY-2025-023　密级：内部　发文日期：2025-06-11⟧</div>
<div class="doc-body">
{BODY}
</div>
<div class="doc-flow"><h4>⟦m 流转记录⟧</h4>
<p>⟦m 拟稿：钱雯　2025-06-10 09:12⟧</p>
<p>⟦m 核稿：邵建民　2025-06-10 15:40⟧</p>
<p>⟦m 签发：总经理 卢振邦　2025-06-11 08:55⟧</p></div>
<div class="doc-read">⟦m 已阅 46 人　未阅 9 人⟧　<button>⟦a 我已阅读本纪要⟧</button>　<button>⟦a 导出为PDF版⟧</button></div>
</div>
<div class="oa-foot">⟦m 信息中心技术支持　分机 6600⟧</div>
</body></html>
""",
        body="""
时间：2025年6月9日下午2:30
地点：公司三楼第二会议室
主持：副总经理 邵建民
参会：生产部、质检部、技术部、售后服务部负责人及机芯车间主任
记录：行政部 钱雯
会议听取了售后服务部关于5月份座钟返修情况的汇报。5月共返修HM系列座钟117台，其中机芯打点不准63台，占53.8%。经讨论，会议议定如下事项：
一、技术部于6月20日前完成打点轮组的公差复核，提出改进方案。
二、质检部将打点测试由抽检改为全检，每台座钟连续走时测试不少于48小时。
三、机芯车间对6月以来入库的1200只机芯逐一复检，复检记录打印后交质检部存档。
四、售后服务部对返修客户逐一回访，返修期间为客户免费提供备用座钟。
""",
    ),
    dict(
        slug="intranet-huagui-bulletin-trivet-mould-scald",
        site="华硅内网 (invented intranet)",
        style="企业内网",
        genre="通报",
        kind="notice",
        form="text",
        source="http://intra.huagui-silicone.example.com/notice/anquan/2025/1114.html",
        title="关于硅胶茶壶垫成型车间一起烫伤事故的通报",
        record_title="内网公告 » 关于硅胶茶壶垫成型车间一起烫伤事故的通报",
        date="2025-11-14",
        notes="intranet notice: the department's own extension beside the IT service desk's; a restricted-circulation footer",
        page="""
!m 华硅内网 | 员工门户
!m 首页 > 公告通知 > 安全通报
{T}
!m 发布部门：安全环保部　发布时间：2025-11-14 16:20　阅读 318
{BODY}
!a 回到顶部　｜　打印本页
!m 信息中心服务台：内线8000（系统故障报修）
!d 内部资料　禁止拍照外传
""",
        indent="\u3000\u3000",
        body="""
各部门、各车间：
11月12日上午，成型车间二号硫化机操作工朱某在更换硅胶茶壶垫模具时，未按规定佩戴隔热手套，徒手扶取刚出机的模具，导致右手掌二度烫伤，已送医治疗。
经调查，事故主要原因是操作工违反《硫化机安全操作规程》，当班班长现场监督不到位。公司决定：对朱某进行安全再培训，考核合格后方可上岗；对当班班长给予通报批评，扣发当月安全奖。
各车间要以此为戒，立即组织一次模具更换作业安全检查，隔热手套、防烫围裙不足的，于11月20日前到仓库领取。
安全环保部联系电话：内线8206
棽川华硅制品有限公司安全环保部
2025年11月14日
""",
    ),
]

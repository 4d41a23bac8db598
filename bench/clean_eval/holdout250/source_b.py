"""holdout250, part B: blogs, WeChat mirrors, document-sharing sites, education portals, intranets.

Every page, place, person, firm, site, URL and number here is invented; see ../README.md
and ../build.py for the markup. Each case was written by hand.
"""

CASES = [
    dict(
        slug="blog-suanpan-essay-first-invoice-clip",
        site="账桌灯下 (invented, Hexo-like accountant's blog)",
        style="博客",
        genre="随笔",
        kind="other",
        form="html",
        source="https://suanpansheng.example.me/2024/11/03/first-invoice-clip/",
        title="我的第一个发票夹",
        record_title="【账房随笔】我的第一个发票夹 · 账桌灯下",
        date="2024-11-03",
        notes=(
            "Hexo-like blog: reading-time line, categories widget, friend links, a comment box; the post's 发表于 "
            "line is the page's date; a tip-jar line glued after the last paragraph's 。"
        ),
        page="""
<!DOCTYPE html><html lang="zh-CN"><head><meta charset="UTF-8">
<title>【账房随笔】我的第一个发票夹 · 账桌灯下</title>
<meta name="generator" content="Hexo 6.3.0">
<script async src="/js/busuanzi.pure.mini.js"></script>
</head><body>
<header id="header"><a class="brand" href="/">⟦m 账桌灯下⟧</a><p class="subtitle">⟦m 一个老会计的账外闲话⟧</p>
<nav>⟦m 首页　归档　分类　关于⟧</nav></header>
<main><article class="post">
<h1 class="post-title">{T}</h1>
<div class="post-meta">⟦m 发表于 2024-11-03　|　分类于 账房随笔　|　阅读时长 ≈ 2 分钟⟧</div>
<div class="post-body">
{BODY}
</div>
<div class="post-copyright">⟦d 本文作者：老周　本文链接：suanpansheng.example.me/2024/11/03/first-invoice-clip/　转载请保留作者信息⟧</div>
<div class="post-nav">⟦l ‹ 那年对不上的三毛钱⟧　⟦l 记账本上的年味儿 ›⟧</div>
<div id="vcomments"><textarea>⟦l 说点什么吧…⟧</textarea>⟦l 填好昵称和邮箱就能留言⟧ <button>⟦a 提交⟧</button></div>
</article>
<aside><div class="widget"><h3>⟦l 分类⟧</h3><ul><li>⟦l 账房随笔 (37)⟧</li><li>⟦l 财税小记 (21)⟧</li></ul></div>
<div class="widget"><h3>⟦l 友情链接⟧</h3><ul><li>⟦l 青灯夜读⟧</li><li>⟦l 阿拙的木工房⟧</li></ul></div></aside></main>
<footer>⟦m © 2016 – 2024 老周　由 Hexo 驱动　主题 NexT⟧　<span id="busuanzi_container_site_pv">⟦m 本站总访问量 40719 次⟧</span></footer>
</body></html>
""",
        body="""
一九九一年我进乡供销社当出纳，师傅送我的第一件东西，是一个铁皮发票夹。
那是个长条形的夹子，弹簧很紧，夹口包着一层薄铜皮。师傅说，出纳的桌上什么都可以乱，发票不能乱，一天的单据收进来，先按顺序夹好，下班前对一遍数，心里才踏实。
后来我换过好几个单位，从手工账做到电算化，桌上的发票夹也从铁皮的换成了塑料的、透明的。现在报销都走电子发票，纸质单据越来越少，可我每天上班第一件事，还是把那个旧发票夹摆到桌角。
它夹过的不只是发票，还有一个年轻人对这份工作最初的敬畏。⟦a 觉得写得好，请老周喝杯茶 →⟧
""",
    ),
    dict(
        slug="blog-text-yangge-fan-granddaughter-wrapped",
        site="晚霞书屋 (invented, a retired teacher's blog, text capture)",
        style="博客",
        genre="随笔",
        kind="other",
        form="text",
        source="http://wanxiashuwu.example-blog.cn/post/3317",
        title="教孙女扭秧歌",
        record_title=None,
        date=None,
        notes=(
            "no title in the record: a title line on the page; hard-wrapped at 56 columns; posted '2 天前', so "
            "no date; tags, prev/next and a comment box below"
        ),
        page="""
!m 晚霞书屋 —— 退休老教师的闲笔
!m 首页 | 随笔 | 诗词 | 相册 | 留言板
{T}
!m 2 天前　|　晚霞　|　浏览 88　|　评论 3
{BODY}
!l 标签：秧歌　孙女　老年生活
!l 上一篇：菜园里的秋天　　下一篇：重读《背影》
!l 网友评论：扇子花耍得好，奶奶孙女都精神！
!l 发表评论（请文明发言）
!m 晚霞书屋 · 个人博客
""",
        wrap=56,
        indent="\u3000\u3000",
        body="""
暑假里孙女来住，看我每天傍晚去广场扭秧歌，非要跟着学。
我找出一把旧秧歌扇给她。那扇子是前年队里发的，红扇面，粉流苏，她拿在手里比她的胳膊还长。我先教她握扇：大拇指压住扇骨，四个手指托着，手腕一抖，扇面就“啪”地打开。她练了一晚上，手腕都酸了，扇子还是打不开。
第二天她自己琢磨，说奶奶你手腕是转着抖的，不是直着甩的。一试，真打开了。
开学前，她跟着我们队在广场上扭了一场，扇子花耍得有模有样。回去的时候，那把旧扇子她也带走了。
""",
    ),
    dict(
        slug="wechat-youchuan-pledge-kitchen-sleeve-covers-h1",
        site="mirror of the WeChat account 莜川市场监管 (invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="notice",
        form="html",
        source="https://wx.yuedu-jingxiang.example.cn/s/ycscjg/20240822_02",
        title="关于餐饮后厨人员规范佩戴帽子口罩套袖的倡议书",
        record_title=None,
        date="2024-08-20",
        date_also=["2024-08-22"],
        notes=(
            "WeChat mirror, no title in the record: the rich_media <h1> holds it; a follow prompt glued before the "
            "salutation; 原创 mark, 阅读原文/在看 rows and the mirror's archive note; the pledge's date under the "
            "signature, the account's date also accepted"
        ),
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8">
<title>莜川市场监管</title>
<script>var msg_title="",appmsgid="2650118307";</script>
</head><body>
<div class="mirror-bar">⟦d 本页为公众号文章的镜像副本，内容以原公众号为准⟧</div>
<div class="rich_media_area_primary">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta_list"><span>⟦m 原创⟧</span> <span>⟦m 莜川市场监管⟧</span> <em>⟦m 2024年08月22日 17:30⟧</em> <em>⟦m 莜川⟧</em></div>
<div id="js_content">
{BODY}
<p>⟦m 来源：莜川县市场监管局餐饮服务监管股⟧</p>
<p>⟦m 编辑：魏小满　校对：杭青　审核：骆正阳⟧</p>
</div>
<div class="tail">⟦a 阅读原文⟧　⟦l 分享　收藏　点赞　在看⟧</div>
<div class="qr">⟦a 长按识别二维码，把“莜川市场监管”设为星标⟧</div>
<div class="mirror-foot">⟦d 镜像收录于 2024-08-25，仅作存档浏览⟧</div>
</div></body></html>
""",
        p_html='<section style="line-height:1.75em;"><p>{}</p></section>',
        body="""
⟦a 点击上方蓝字“莜川市场监管”关注我们⟧全县餐饮服务从业人员：
头发、汗水和袖口的油污，是后厨食品安全的“隐形杀手”。今年以来，我局在检查中发现，不少小餐馆厨师穿短袖操作、袖口沾满油渍，个别员工甚至赤膊上阵。为此，我们向大家发出倡议：
一、进入后厨必须戴工作帽、口罩，头发全部收进帽内。
二、切配、烹饪、装盘岗位佩戴浅色套袖，套袖每天换洗，沾染油污随时更换。
三、餐馆经营者为员工免费配备帽子、口罩和套袖，并把佩戴情况纳入日常晨检。
从一顶帽子、一副套袖做起，让每一位顾客吃得放心。
莜川县市场监督管理局
2024年8月20日
""",
    ),
    dict(
        slug="wechat-text-lion-team-tenth-anniversary-speech",
        site="text mirror of the WeChat account 垓湾醒狮 (invented)",
        style="公众号镜像",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.gzh-beifen.example.com/gaiwanxingshi/2024/10/14/1.html",
        title="在垓湾镇醒狮队成立十周年座谈会上的发言",
        record_title="醒狮十年｜在垓湾镇醒狮队成立十周年座谈会上的发言 — 垓湾醒狮 公号文章备份",
        date="2024-10-12",
        date_also=["2024-10-14"],
        notes=(
            "WeChat mirror as text: account line, star prompt, follow and reward rows; date in Chinese numerals "
            "under the speech title (the account's date also accepted); speaker line neutral"
        ),
        page="""
!t 醒狮十年｜在垓湾镇醒狮队成立十周年座谈会上的发言 — 垓湾醒狮 公号文章备份
!m 垓湾醒狮　2024-10-14 20:15　发表于芏阳
!a 记得把“垓湾醒狮”设为星标，不错过每一场演出
{T}
（二〇二四年十月十二日）
醒狮队队长　聂小川
{BODY}
!a 点个“在看”，为醒狮队加油
!l 往期回顾｜醒狮队赴浯田镇慰问演出
!l 往期回顾｜新狮头开光啦
!m 微信号：gaiwan_xingshi
!d 备份页面仅供存档，图片未保存
""",
        gap=True,
        body="""
各位领导、各位师傅、队友们：
十年前的今天，我们九个年轻人凑钱买了第一对狮头，在镇中学的操场上开始练。那对狮头是聂长庚师傅亲手扎的，眼睛会眨，嘴巴会合，我们舍不得让它淋一点雨。
十年里，醒狮队从九个人发展到三十二人，演出四百多场，还带出了两支学生狮队。狮头换了五对，第一对一直供在队部里。
今后，我们要把高桩狮练好，把扎狮头的手艺也学起来，争取早日自己扎出一对合格的狮头。
谢谢大家！
""",
    ),
    dict(
        slug="docshare-html-scale-pan-purchase-contract-template",
        site="文档集市 (invented document-sharing site)",
        style="文档分享",
        genre="合同范本",
        kind="other",
        form="html",
        source="https://www.wendangjishi.example.com/doc/8c02b7f1e4.html",
        title="电子计价秤秤盘采购合同",
        record_title="电子计价秤秤盘采购合同（范本）.docx",
        date=None,
        notes=(
            "file-name record title; a sharing page with a points lock, an upload notice and a service WeChat; a "
            "contract template with 第N条, ×× placeholders and ＿＿ blanks; no date"
        ),
        page="""
<!doctype html><html><head><meta charset="utf-8"><title>电子计价秤秤盘采购合同（范本）.docx - 文档集市</title>
<script src="//cdn.wendangjishi.example.com/viewer.js"></script></head>
<body><div class="hd"><a href="/">⟦m 文档集市⟧</a>⟦m 合同协议⟧⟦m 行政公文⟧⟦m 教育培训⟧<a href="/up">⟦a 传文档领积分⟧</a></div>
<div class="title-row"><h1>{T}</h1><span class="ext">⟦m DOCX　19.6KB　3页⟧</span></div>
<div class="stat">⟦m 共享者：集市达人0731　　浏览 1,285　　下载 64⟧</div>
<div class="content">
{BODY}
</div>
<div class="lock">⟦a 余下条款需15积分解锁⟧ <a>⟦a 免费领积分⟧</a></div>
<div class="notice">⟦d 文档由共享者上传，集市仅做信息存储，若内容侵犯了您的权利，请提交申诉。⟧</div>
<div class="kf">⟦w 下载遇到问题？加客服微信 jishi_kf02⟧</div>
<footer>⟦m 文档集市 © 2024　湘ICP备21017726号⟧</footer>
</body></html>
""",
        body="""
甲方（采购方）：××市场服务中心
乙方（供货方）：××衡器有限公司
第一条　乙方向甲方提供不锈钢计价秤秤盘＿＿只，规格为＿＿毫米，单价＿＿元，合计金额＿＿元。
第二条　秤盘材质为304不锈钢，厚度不小于0.8毫米，盘底平整，不得有夹层、空腔或可吸附异物的结构。
第三条　乙方应于合同签订后＿＿日内送货至甲方指定地点，并提供出厂合格证。
第四条　秤盘到货后，甲方委托计量检定机构抽检，抽检不合格的，乙方负责全部更换。
第五条　本合同一式两份，甲乙双方各执一份，自双方签字盖章之日起生效。
甲方（盖章）：　　　　乙方（盖章）：
＿＿年＿＿月＿＿日　　＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="docshare-text-yangge-training-summary-oneline",
        site="易享文档 (invented)",
        style="文档分享",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://yixiangwendang.example.cn/s/Kq3vT8",
        title="苒溪县文化馆2023年秧歌骨干培训工作总结",
        record_title="苒溪县文化馆2023年秧歌骨干培训工作总结.pdf",
        date="2023-12-22",
        notes="file-name record title; the whole body on one line, paragraphs apart only by their indent; date under the signature",
        page="""
!m 易享文档｜随手分享你的文档
!m 文件：苒溪县文化馆2023年秧歌骨干培训工作总结.pdf　　大小：214KB　　分享于 前天
!a 在线预览　保存到我的文档　举报
{BODY}
!d 易享文档仅提供分享链接服务，文件内容由分享者负责。
!m 客服邮箱 help@yixiangwendang.example.cn
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
2023年，县文化馆把秧歌骨干培训作为文化惠民的重点项目，全年举办培训班6期，培训各镇村秧歌队骨干312人次。
一是送教下乡。培训老师分赴葸坪、浯田等8个镇，在村文化广场现场教学，重点教授扇花、步法和队形编排。
二是送扇到队。为42支秧歌队配发新秧歌扇1800把，对旧扇统一登记、维修，能修的不换。
三是以赛促训。组织全县秧歌汇演，参演队伍38支，评选优秀队伍10支。
明年，我们将增设少儿秧歌培训班，推动秧歌进校园。
苒溪县文化馆
2023年12月22日
""",
    ),
    dict(
        slug="edu-tuyang-notice-lion-dance-showcase-html",
        site="芏阳县教育体育局 (invented education portal)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jty.tuyang.gov.example.cn/tzgg/202403/t20240312_4417.html",
        title="关于开展2024年中小学舞狮进校园展示活动的通知",
        record_title="关于开展2024年中小学舞狮进校园展示活动的通知_通知公告_芏阳教体",
        date="2024-03-08",
        date_also=["2024-03-12"],
        notes=(
            "education portal with senior-mode and screen-reader links, a QR read-on-phone line and a technical "
            "support line beside the bureau's own contact; 附件 list beside an attachment download link; sentences "
            "telling schools to download the forms; the notice's date, the portal's date also accepted"
        ),
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8">
<title>关于开展2024年中小学舞狮进校园展示活动的通知_通知公告_芏阳教体</title>
<script src="/static/js/jquery.min.js"></script><script src="/static/js/ty_edu.js"></script>
</head><body>
<div class="topbar">⟦a 关怀版⟧ ⟦a 读屏⟧ ⟦a 繁体⟧ ⟦a 站内搜索⟧</div>
<div class="logo">⟦m 芏阳县教育体育局⟧</div>
<ul class="menu"><li>⟦m 首页⟧</li><li>⟦m 通知公告⟧</li><li>⟦m 教育动态⟧</li><li>⟦m 政策文件⟧</li><li>⟦m 办事服务⟧</li></ul>
<div class="loc">⟦m 当前位置：首页 &gt;&gt; 通知公告⟧</div>
<h1>{T}</h1>
<div class="attr">⟦m 发布时间：2024-03-12　发布单位：体卫艺股　阅读：1107⟧</div>
<div class="txt">
{BODY}
</div>
<div class="fj">⟦a 附件下载：附件1.docx　附件2.xlsx⟧</div>
<div class="sj">⟦a 用手机扫一扫，在手机上阅读本文⟧</div>
<div class="bottom">⟦m 芏阳县教育体育局主办　网站技术支持：0797-86621300⟧<br>⟦m 赣ICP备12003918号-2⟧</div>
</body></html>
""",
        body="""
各乡镇中心学校，县直各学校：
为传承优秀传统体育文化，展示我县舞狮进校园成果，县教体局决定于4月中旬举办2024年中小学舞狮展示活动。现将有关事项通知如下。
一、参加对象：全县开展舞狮教学的中小学，每校限报1支队伍，每队不超过10人。
二、展示内容：传统南狮、北狮套路，时间不超过6分钟。狮头、狮被由学校自备，县教体局为新组建队伍借用狮头2对。
三、报名办法：请各学校下载附件1，填写报名表后于3月29日前发送至体卫艺股邮箱tyjtwy@example.cn。
联系人：卞思源，电话：0797-86620417。
附件：1.舞狮展示活动报名表
2.舞狮展示评分细则
芏阳县教育体育局
2024年3月8日
""",
    ),
    dict(
        slug="edu-text-school-labour-class-sleeve-covers",
        site="埴湖县实验小学 (invented school page, text capture)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.zhsyxx.example.cn/jxgl/2024/0903/1562.html",
        title="关于劳动实践课学生自备套袖和围裙的通知",
        date_also=["2024-09-03"],
        record_title="关于劳动实践课学生自备套袖和围裙的通知 ‖ 教学管理 ‖ 埴湖实验小学",
        date="2024-09-02",
        notes=(
            "a school's page as text with a screen-reader row and a QR follow line; a sentence telling parents to "
            "scan a code as content; date under the signature; a glued print link"
        ),
        page="""
!m 埴湖县实验小学
!a 长辈版｜读屏｜English
!m 学校首页 → 教学管理 → 通知
{T}
!m 作者：教导处　　时间：2024-09-03　　浏览：655
{BODY}
!m 扫码关注“埴湖实小”服务号，通知早知道
!l 相关信息：2024年秋季开学温馨提示
!m 埴湖县实验小学　地址：埴湖县湖滨路21号　电话：0736-57302214
""",
        indent="\u3000\u3000",
        body="""
各位家长：
本学期起，三至六年级每周开设一节劳动实践课，内容包括整理收纳、简单烹饪、种植养护等。为保持学生衣服整洁，请家长为孩子准备以下物品：
1.套袖一副，颜色不限，松紧适中，方便上下拉动；
2.围裙一条，最好是防水面料；
3.在套袖和围裙内侧写上班级和姓名。
物品请于9月9日前交给班主任，由学校统一存放在劳动教室。家长可扫描班级群里的二维码，查看劳动课课程安排。⟦a 【打印本则通知】⟧
埴湖县实验小学教导处
2024年9月2日
""",
    ),
    dict(
        slug="oa-html-finance-invoice-clip-bulletin",
        site="浯田电力工程公司协同办公平台 (invented intranet)",
        style="企业内网",
        genre="通报",
        kind="notice",
        form="html",
        source="http://oa.wutian-power.example.local/doc/view.do?id=2024-0526",
        title="关于部分部门报销单据整理不规范情况的通报",
        record_title="[公文传阅] 关于部分部门报销单据整理不规范情况的通报 - 浯田电力办公门户",
        date="2024-05-24",
        notes=(
            "OA document view: system bar, 流转记录 with sign-off stamps, read count, a mark-as-read button and an "
            "IT desk line; 抄送 line stays; date under the signature"
        ),
        page="""
<html><head><meta charset="utf-8"><title>[公文传阅] 关于部分部门报销单据整理不规范情况的通报 - 浯田电力办公门户</title>
<script src="/oa/js/doc-viewer.js"></script></head><body>
<div class="oa-top">⟦m 浯田电力工程有限公司　协同办公平台⟧　⟦m 欢迎您，杜若宁（综合部）⟧　⟦a 退出系统⟧</div>
<div class="oa-tabs">⟦m 待办(3)　已办　传阅　公文库⟧</div>
<div class="oa-doc">
<h2>{T}</h2>
<div class="oa-meta">⟦m 发文部门：财务部　密级：内部　紧急程度：普通　已阅 146 人⟧</div>
{BODY}
</div>
<div class="oa-flow"><h4>⟦l 流转记录⟧</h4>
<p>⟦l 财务部 蒋澈 拟稿 2024-05-23 16:10⟧</p><p>⟦l 总会计师 邱一帆 签发 2024-05-24 09:02⟧</p><p>⟦l 综合部 分发 2024-05-24 10:15⟧</p></div>
<div class="oa-act"><button>⟦a 标为已读⟧</button> <button>⟦a 转发他人⟧</button></div>
<div class="oa-foot">⟦m 系统故障请拨信息中心 8017⟧</div>
</body></html>
""",
        body="""
各部门、各项目部：
近期财务部在报销审核中发现，部分部门报送的单据整理不规范：发票未按顺序粘贴，用订书钉直接钉在报销单上，个别项目部的一沓发票用橡皮筋捆扎，拆开后散落遗失，影响了报销进度。
经统计，4月份退回补正的报销单共37份，其中工程二部11份、物资部8份。现予通报。
请各部门即日起按以下要求整理：发票按时间先后粘贴，一张粘贴单不超过八张；未粘贴的发票一律用财务部统一发放的发票夹夹好，不得折叠、钉穿。
抄送：公司领导班子成员。
浯田电力工程有限公司财务部
2024年5月24日
""",
    ),
    dict(
        slug="oa-text-scale-works-quality-minutes-pan-flatness",
        site="堋口衡器厂内网 (invented, text export)",
        style="企业内网",
        genre="会议纪要",
        kind="other",
        form="text",
        source="http://192.168.10.8/oa/minutes/2025-014",
        title="2025年第二次产品质量分析会会议纪要",
        record_title="〔例会归档〕2025年第二次产品质量分析会会议纪要（质检部）",
        date="2025-02-27",
        notes=(
            "intranet export: system lines, read receipts and an export stamp; the minutes' 时间/地点/主持/参会/记录 "
            "lines stay in the body and the 时间 line is the date; decimal-free numbered decisions"
        ),
        page="""
!m 堋口衡器厂　企业内部信息网
!m 公文中心 / 会议纪要 / 质检部
!t 〔例会归档〕2025年第二次产品质量分析会会议纪要（质检部）
!m 录入人：温静　　已读 24 / 未读 3
{BODY}
!a 导出为Word　|　打印　|　返回列表
!m 本页由系统于 2025-03-04 08:11 导出
""",
        body="""
时间：2025年2月27日下午2:30
地点：厂部二楼会议室
主持：副厂长 尤振华
参会：质检部、生产一车间、生产二车间、采购部负责人
记录：温静
会议通报了2月份成品抽检情况：抽检电子计价秤420台，其中秤盘平面度超差9台，全部出自生产二车间冲压工序。会议认为，原因是冲压模具磨损后未及时修模，加之秤盘来料厚度偏薄。
会议议定：
一、生产二车间3月5日前完成模具修复，修复后首件送质检部确认；
二、采购部对秤盘不锈钢板来料逐批测厚，低于0.8毫米的一律退货；
三、质检部将秤盘平面度列入出厂必检项目。
""",
    ),
]

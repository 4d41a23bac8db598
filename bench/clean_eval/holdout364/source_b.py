"""holdout364, part B: 博客, 公众号镜像, 文档分享, 教育门户, 企业内网 (one HTML and one text page each).

Invented text, sites, places, people and chrome; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="blog-qingning-nasal-rinse-three-winters",
        site="青柠的碎碎念 (invented personal blog, Hexo-like)",
        style="博客",
        genre="博客文章",
        kind="other",
        form="html",
        source="https://qingning.blog/2025/12/21/xibi-sannian/",
        title="鼻炎十年，洗鼻器陪我过了三个冬天",
        record_title="鼻炎十年，洗鼻器陪我过了三个冬天 ‖ 青柠的碎碎念 · 生活手帖",
        date="2025-12-21",
        notes="a static blog: the post date in a bracketed line taken as the page's date; a table of contents, a "
        "word count, tags, a tag cloud, an archive and a comment form; a like prompt glued after a sentence",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<title>鼻炎十年，洗鼻器陪我过了三个冬天 ‖ 青柠的碎碎念 · 生活手帖</title>
<link rel="alternate" href="/atom.xml" type="application/atom+xml">
<script async src="/js/busuanzi.pure.mini.js"></script>
</head>
<body>
<header class="site-header">
<div class="site-title">⟦m 青柠的碎碎念⟧</div>
<div class="site-sub">⟦m 一个过敏体质上班族的生活手帖⟧</div>
<nav>⟦m 主页 · 归档 · 分类 · 关于我 · 友邻⟧</nav>
</header>
<main>
<article class="post">
<h1 class="post-title">{T}</h1>
<div class="post-meta">⟦m 〔写于 2025-12-21 22:40〕 分类：碎碎念 / 健康⟧</div>
<div class="post-count">⟦m 全文约 1100 字 · 读完需要 4 分钟 · 本文被围观 <span id="busuanzi_value_page_pv">388</span> 次⟧</div>
<div class="toc">⟦l 目录：1. 为什么开始洗鼻　2. 踩过的坑　3. 现在的习惯⟧</div>
<div class="post-body">
{BODY}
</div>
<div class="post-tags">⟦l #鼻炎 #洗鼻器 #冬天⟧</div>
<div class="post-nav">⟦l ‹ 较新：我的第一台空气净化器 ｜ 较旧：办公室绿萝养护小记 ›⟧</div>
</article>
<section class="comments">
<h3>⟦l 留言（7）⟧</h3>
<div class="c">⟦l 柚子不酸：同鼻炎星人，我是用洗鼻盐配的，确实舒服很多⟧</div>
<form>⟦a 昵称 邮箱 网址 说点什么吧…… 提交留言⟧</form>
</section>
</main>
<aside>
<div class="widget">⟦l 标签云：鼻炎 过敏 书单 绿植 净化器 洗鼻器 通勤⟧</div>
<div class="widget">⟦l 文章归档：2025年12月 (3) 2025年11月 (5) 2025年10月 (2)⟧</div>
</aside>
<footer>⟦d 本站文字采用 CC BY-NC 4.0 协议，转载请署名并保留原文链接⟧ ⟦m Powered by Hexo · Theme Lime · © 2019-2025 青柠⟧</footer>
</body>
</html>
""",
        body="""
我有过敏性鼻炎，到今年整整十年了。每年一入冬，早上起床先打十几个喷嚏，鼻子堵得晚上睡不着。三年前，耳鼻喉科的医生建议我试试洗鼻器，没想到一用就坚持到现在。
刚开始用的时候踩了不少坑。第一次图省事，直接用凉白开冲，结果鼻子又酸又疼；后来才知道要用洗鼻盐配成等渗的生理盐水，水温接近体温才舒服。还有一次用力挤瓶子，水冲进了耳朵，耳朵闷了大半天。⟦a 觉得有用就点个赞吧 ♥⟧
现在我的习惯是：早晚各洗一次，每次一侧鼻孔用120毫升左右；头往前低，张嘴呼吸，水从另一侧鼻孔自然流出来；洗完轻轻擤鼻，不要两边同时用力。洗鼻器每次用完拆开冲干净，倒挂晾干，三个月换一个。
说实话，洗鼻器治不好鼻炎，但它确实让我的冬天好过了很多。早上喷嚏少了，晚上也能睡个整觉。如果你也是鼻炎星人，可以问问医生适不适合你。
""",
    ),
    dict(
        slug="blog-xiaoshao-teacher-divided-plate-wrapped",
        site="小勺老师的博客 (invented kindergarten teacher's blog)",
        style="博客",
        genre="随笔",
        kind="other",
        form="text",
        source="http://xiaoshaolaoshi.blog.cn/article/2026/88214",
        title="分格餐盘里的“挑食地图”",
        record_title="分格餐盘里的“挑食地图” —— 小勺老师的博客〔班级日常〕",
        date=None,
        notes="a teacher's essay copied as text, hard-wrapped at 58 columns; update and share stamps and a "
        "relative time only, so no date; blog chrome at the top and a comment box at the bottom",
        page="""
!m 小勺老师的博客　|　一个幼儿园老师的碎碎记
!m 博客首页　班级日常　绘本时光　家园共育　留言本
!t 分格餐盘里的“挑食地图” —— 小勺老师的博客〔班级日常〕
!m 更新于 3 周前　·　阅读 517　·　评论 9
{T}
{BODY}
!l 标签：分格餐盘　挑食　小班　午餐
!a 转给班级群　｜　收藏到我的书签
!l 评论区 —— 大橙子妈妈：我家孩子回来也说“绿格子”，原来是这么来的！
!l 评论区 —— 小勺老师 回复 大橙子妈妈：谢谢您的支持～
!m 本博客内容由博主原创，托管于博客中国　分享于 2 个月前
""",
        indent="\u3000\u3000",
        wrap=58,
        body="""
开学第二个月，幼儿园换了新的不锈钢分格餐盘，一个餐盘分成五个格子：米饭一格，荤菜一格，两样素菜各一格，还有一个小圆格放水果。
新餐盘用了一周，我发现一个有意思的现象：孩子们吃完饭，剩下的菜总是留在固定的格子里。豆豆的餐盘，绿格子永远是满的；乐乐不吃胡萝卜，橙色的那一格总是剩一半。我给这个现象起了个名字，叫“挑食地图”。
以前用大碗，饭菜混在一起，孩子挑着吃，剩下什么我也看不清。现在每个格子一目了然，谁不爱吃什么，收餐盘时拍张照片就全记下来了。
我把一个月的照片整理出来，和保健医生一起分析，调整了菜谱：把青菜切得更碎，拌进肉末里；胡萝卜做成小星星的形状。家长会上，我也把孩子的“挑食地图”发给了家长，请大家在家里配合。
到了学期末，班上剩菜的格子越来越少。一只分格餐盘，让我更懂孩子的小肚子了。
""",
    ),
    dict(
        slug="wechat-cunhaoge-breast-pump-myths-h1",
        site="存号阁 (invented WeChat article mirror)",
        style="公众号镜像",
        genre="科普文章",
        kind="other",
        form="html",
        source="https://www.cunhaoge.com/a/yzfybjy/20260328/6629104.html",
        title="吸奶器用不对，当心伤了乳头！这五个误区要避开",
        record_title=None,
        date="2026-03-28",
        notes="title missing from the record, found in the <h1>; the account line's date as the page's date; a star "
        "prompt glued before the first words; 原创 tag, 阅读原文/在看/赞赏 rows, a QR line and the mirror's archive note",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>存号阁 - 公众号好文收藏</title>
<script src="/static/js/lazy.js"></script>
</head>
<body>
<div class="mirror-top">⟦m 存号阁 · 好文章值得再读一遍⟧ ⟦a 搜索公众号⟧</div>
<div class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta">⟦m 原创 誉州市妇幼保健院 誉州妇幼 2026年3月28日 08:00 浙江⟧</div>
<div class="rich_media_content">
{BODY}
</div>
<div class="after">⟦a 阅读原文⟧ ⟦a 分享 · 点亮在看 · 点赞⟧</div>
<div class="reward">⟦a 喜欢作者，请作者喝杯奶茶⟧</div>
<div class="qr">⟦a 长按识别二维码，预约产后康复门诊⟧</div>
</div>
<div class="mirror-note">⟦d 存号阁仅收录公开发布的公众号文章以备查阅，著作权属于原作者，如需删除请留言⟧</div>
<div class="mirror-more"><h4>⟦l 该号其他文章⟧</h4>
<p>⟦l 新手妈妈必看：母乳该怎么储存？⟧</p>
<p>⟦l 产后42天复查，要查哪些项目⟧</p></div>
<div class="mirror-ft">⟦m 存号阁 cunhaoge.com　收录时间 2026-03-30⟧</div>
</body>
</html>
""",
        p_html='<section><p style="line-height:1.9;font-size:16px;">{}</p></section>',
        body="""
⟦a 点上方蓝字“誉州妇幼”，设为星标，健康知识不迷路⟧最近，产科门诊接诊了好几位乳头皲裂、乳房疼痛的妈妈，一问才知道，都和吸奶器使用不当有关。吸奶器是背奶妈妈的好帮手，但用不对反而伤身。下面这五个误区，您中招了吗？
误区一：吸力越大越好。吸力过大容易损伤乳头和乳腺组织。正确的做法是从最低档开始，逐渐调到感觉舒适、略有牵拉感的档位。
误区二：吸的时间越长越好。每侧乳房一次吸15分钟左右即可，奶流明显减少就该停下，长时间空吸会导致乳头水肿。
误区三：喇叭罩随便选。喇叭罩尺寸要和乳头直径匹配，太小会摩擦乳头，太大会吸入过多乳晕组织。
误区四：配件用清水冲一冲就行。与乳汁接触的配件每次用后都要拆开清洗、消毒并晾干，否则容易滋生细菌。
误区五：疼了也要忍着吸。如果出现乳头破损、乳房硬块、发热等情况，请及时到医院乳腺门诊就诊。
誉州市妇幼保健院产科提醒：吸奶前先洗手，按摩乳房、热敷几分钟，奶水会更顺畅。
""",
    ),
    dict(
        slug="wechat-weiwenshiyi-pledge-bed-rails-community",
        site="微文拾遗 (invented WeChat mirror, text-only copy)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.weiwenshiyi.cn/mp/junyuansq/2026022214.html",
        title="关爱高龄老人防坠床倡议书",
        record_title="为家中老人装上一道“安心栏”｜关爱高龄老人防坠床倡议书 —— 俊园社区（微文拾遗备份）",
        date="2026-02-20",
        date_also=["2026-02-22"],
        notes="a mirrored community account in text: the account line's date differs from the pledge's 成文日期; "
        "a follow prompt before the article; sharing the pledge is content; a like row glued after a sentence",
        page="""
!m 微文拾遗 —— 替你留住每一篇好文
!t 为家中老人装上一道“安心栏”｜关爱高龄老人防坠床倡议书
!m 俊园社区　2026-02-22 18:30　阅读 1,243
!a 〔戳蓝字关注俊园社区，邻里事不错过〕
{T}
{BODY}
!a 觉得有用，点个“在看”让更多邻居看到
!l 往期回顾：俊园社区春节期间燃气安全提醒｜独居老人“敲门行动”招募志愿者
!d 微文拾遗转存的文章版权归原公众号所有，如有异议请邮件 bq@weiwenshiyi.cn
""",
        indent="\u3000\u3000",
        body="""
社区的居民朋友们：
冬春季节，老人起夜多、腿脚不灵便，夜间从床上坠落的意外时有发生。去年以来，我们社区就有3位高龄老人因坠床骨折住院。一道小小的床护栏，往往就能避免一次大的伤害。为此，俊园社区居委会向全体居民发出如下倡议：
一、多看一眼。请子女们回家时看看老人的床，床沿离地是否太高、床边有没有可扶的地方，晚上起夜的路上有没有障碍物。
二、装一道栏。家有80岁以上、行动不便或患有慢性病的老人，建议在床边加装床护栏。选购时要选结构牢固、可以升降、栏杆间隙小的产品。⟦a 👍 点赞　💬 留言⟧
三、搭把手。独居老人如需安装床护栏，可到社区服务站登记，社区志愿者将上门帮忙安装。
四、传一传。请把这份倡议书分享给家里有老人的亲友，让更多老人睡得安心。
俊园社区居民委员会
2026年2月20日
""",
    ),
    dict(
        slug="docshare-douye-request-nasal-irrigators",
        site="豆页文档 (invented document-sharing site)",
        style="文档分享",
        genre="请示",
        kind="request",
        form="html",
        source="https://www.douyedoc.com/d/5a1e0c88f3.html",
        title="旷川县中医院关于购置一次性洗鼻器及洗鼻盐的请示",
        record_title="旷川县中医院关于购置一次性洗鼻器及洗鼻盐的请示（医院行政公文·标准格式）",
        date="2026-01-06",
        notes="a sharing page: file-info box, a sign-in points lock between paragraphs, an upload notice and a "
        "service WeChat; the request's own contact line kept; 文号 line neutral; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<title>旷川县中医院关于购置一次性洗鼻器及洗鼻盐的请示（医院行政公文·标准格式）- 豆页文档</title>
<script src="//cdn.douyedoc.com/js/view.2.3.js"></script>
</head>
<body>
<div class="dy-head">⟦m 豆页文档 | 你要的文档，豆页都有⟧ ⟦a 上传赚豆 · 开通豆页会员⟧</div>
<div class="dy-bread">⟦m 豆页文档 / 行政公文 / 请示报告⟧</div>
<div class="dy-info">
<h1>{T}</h1>
<ul class="fileinfo">
<li>⟦m 文件大小：36KB⟧</li><li>⟦m 类型：docx⟧</li><li>⟦m 贡献者：杏林小吏⟧</li><li>⟦m 更新：2026-02-14⟧</li><li>⟦m 评分：★★★★☆⟧</li>
</ul>
</div>
<div class="dy-doc">
<p style="text-align:center">旷中医〔2026〕4号</p>
{BODY}
</div>
<div class="dy-down">⟦a 下载这份文档（消耗3豆）⟧ ⟦a 转存到我的豆页⟧</div>
<div class="dy-up">⟦d 该文档来自豆页用户的上传，豆页只做信息存储，文档的版权和内容责任归上传者⟧</div>
<div class="dy-kf">⟦w 找不到想要的文档？加豆页客服微信 douye_kf07 帮你找⟧</div>
<div class="dy-like"><h4>⟦l 相似文档推荐⟧</h4>
<p>⟦l 关于购置医疗设备的请示（范本）⟧</p><p>⟦l 医院耗材采购申请报告⟧</p></div>
<div class="dy-ft">⟦m © 豆页文档 douyedoc.com　京ICP备20037715号-4⟧</div>
</body>
</html>
""",
        body="""
县卫生健康局：
入冬以来，我院耳鼻喉科门诊量明显上升，其中过敏性鼻炎、慢性鼻窦炎患者占四成以上。鼻腔冲洗是这类疾病的重要辅助治疗手段，但目前科室使用的洗鼻器为重复使用型，消毒周期长，难以满足门诊需求。
为减少交叉感染风险、方便患者治疗，我院拟购置一次性洗鼻器3000个、医用洗鼻盐6000袋，预计需资金4.2万元，资金从医院业务收入中列支。
⟦a 签到领豆即可查看剩余内容⟧
采购将按照医疗耗材管理规定，通过县医疗器械集中采购平台进行，并在科室建立领用登记制度，做到用量可追溯。
妥否，请批示。
联系人：院办公室　陆知秋，电话：0579-87660213。
旷川县中医院
2026年1月6日
""",
    ),
    dict(
        slug="docshare-gang-rules-usb-hubs-docx-lone-markers",
        site="共享文档港 (invented document-sharing site, text view)",
        style="文档分享",
        genre="规定",
        kind="rule",
        form="text",
        source="http://www.wendanggang.com/view/2026/0211/774310.html",
        title="联枢电子有限公司USB集线器领用与管理规定",
        record_title="联枢电子有限公司USB集线器领用与管理规定.docx",
        date=None,
        notes="a company rule as a .docx file name; articles 第N条 that speak of 扫码 and 打印 as content; page "
        "markers on lines of their own cutting sentences; an upload stamp is no date; rules carry no date",
        page="""
!m 共享文档港　· 资料共享，彼此成全
!m 当前：首页 ＞ 企业管理 ＞ 规章制度
!t 联枢电子有限公司USB集线器领用与管理规定.docx
!m 上传时间 2026-02-11　大小 28KB　页数 3　港币 2
!a 〖下载到本地〗〖转发给好友〗〖举报〗
{T}
{BODY}
!a ▼ 余下内容需下载后查看 ▼
!l 你可能还需要：办公设备领用管理制度　｜　IT资产管理办法（2026版）
!d 共享文档港所有文档均由网友上传，仅供学习交流，不得用于商业用途
!m 港务客服 kf@wendanggang.com　蜀ICP备19028816号
""",
        pages=dict(fmt="╍ {n} ╍", every=130, start=2),
        body="""
第一条　为规范公司USB集线器的领用和管理，保障研发、测试和办公设备正常使用，制定本规定。
第二条　本规定所称USB集线器，是指公司采购的各类有源、无源USB扩展设备，包括四口、七口集线器和多功能扩展坞。
第三条　信息管理部负责集线器的采购、编号、台账管理和报废处置，各部门设一名设备管理员。
第四条　员工领用集线器，应在内部系统提交申请，经部门负责人同意后，到信息管理部扫码登记领用，每人限领一个。
第五条　研发、测试部门因工作需要领用有源集线器的，应同时领用配套电源适配器，不得使用非原装电源。
第六条　集线器出现接口松动、外壳破损、发热异常等情况的，应立即停止使用，交回信息管理部检测。
第七条　员工离职或调岗时，应交回所领集线器，设备管理员核对编号后在系统中销账，并打印交接单存档。
第八条　本规定由信息管理部负责解释，自发布之日起施行。
""",
    ),
    dict(
        slug="edu-lanxi-notice-divided-plates-attachments",
        site="阑溪教育网 (invented county education bureau portal)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://jyj.lanxi.gov.cn/tzgg/2026-05-08/40917.html",
        title="阑溪县教育体育局关于在全县中小学全面推行分格餐盘的通知",
        record_title="阑溪县教育体育局关于在全县中小学全面推行分格餐盘的通知〔局发文件〕阑溪教育网",
        date="2026-05-06",
        date_also=["2026-05-08"],
        notes="an education portal: elder and screen-reader links, attachment download links beside the notice's "
        "own 附件 list, the bureau's contact and mailbox beside a technical-support line, 抄送 and 印发 lines",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>阑溪县教育体育局关于在全县中小学全面推行分格餐盘的通知</title>
<script src="/js/wza.js"></script>
</head>
<body>
<div class="wza">⟦a 长者版 ｜ 读屏专用 ｜ 返回主站⟧</div>
<div class="logo">⟦m 阑溪教育网 · 阑溪县教育体育局主办⟧</div>
<div class="nav">⟦m 首页 教育动态 通知公告 政策文件 招生考试 教师发展 家校共育⟧</div>
<div class="crumb">⟦m 您的位置：首页 ＞ 通知公告⟧</div>
<div class="detail">
<h1>{T}</h1>
<div class="src">⟦m 发文时间：2026-05-08　发文科室：体卫艺科　点击：2215⟧</div>
<div class="body">
{BODY}
</div>
<div class="fj">⟦a 附件下载：1.分格餐盘采购技术参数.xlsx　2.推行进度表.docx⟧</div>
</div>
<div class="tools">⟦a 打印此页 ｜ 关闭窗口 ｜ 返回顶部⟧</div>
<div class="footer">
<p>⟦m 阑溪县教育体育局　地址：阑溪县文教路9号⟧</p>
<p>⟦w 网站技术支持：阑溪县电化教育馆 0579-87210057⟧</p>
<p>⟦m 浙ICP备13015577号-2⟧</p>
</div>
</body>
</html>
""",
        body="""
各乡镇中心学校，县直各学校：
为深入推进校园反食品浪费工作，提升学生营养餐质量，在去年试点基础上，县教体局决定在全县中小学全面推行分格餐盘。现将有关事项通知如下。
一、推行范围。全县46所中小学食堂，2026年秋季学期开学前全部换用不锈钢分格餐盘。
二、采购要求。餐盘须为304及以上食品级不锈钢材质，分格不少于四格，具体参数见附件1。各校采购后将合格证明报县教体局备案。
三、配套管理。各校要配齐高温消毒设备，制定餐盘清洗消毒流程；营养配餐员要按学段核定每格分量，并在食堂公示。
四、进度报送。请各校于每月25日前填报推行进度表（附件2），报送至县教体局体卫艺科。
联系人：体卫艺科　冯素问，电话：0579-87213086，邮箱：lxjtwy@163.com。
附件：1.分格餐盘采购技术参数
2.推行进度表
阑溪县教育体育局
2026年5月6日
抄送：县市场监管局，县卫生健康局。
阑溪县教育体育局办公室　2026年5月6日印发
""",
    ),
    dict(
        slug="edu-kuangchuan-school-notice-hub-replacement",
        site="旷川县实验小学 (invented school site in the county education network)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.kcsyxx.kc.edu.cn/news/show.aspx?id=3318",
        title="关于计算机教室更换USB集线器期间调整信息技术课的通知",
        record_title="【校务·教务处】关于计算机教室更换USB集线器期间调整信息技术课的通知｜旷川县实验小学",
        date="2026-03-04",
        date_also=["2026-03-05"],
        notes="a school notice copied as text: a reading-mode row and a scan-to-read line; a timetable table; the "
        "school's own contact line; 成文日期 differs from the posting date",
        page="""
!m 旷川县实验小学　kcsyxx.kc.edu.cn
!m 学校首页 ＞ 校务公开 ＞ 通知公告
!a 【护眼阅读】【大字版】【听读】
!t 【校务·教务处】关于计算机教室更换USB集线器期间调整信息技术课的通知
!m 作者：教务处　发表日期：2026-03-05　点击数：432
{T}
{BODY}
!a 微信扫一扫，手机上看本通知
!l 上一篇：关于做好2026年春季开学工作的通知
!l 下一篇：我校举行第十四届校园读书节启动仪式
!m 旷川县实验小学版权所有　校址：旷川县城南路66号
""",
        indent="\u3000\u3000",
        body="""
各班主任、信息技术组全体教师：
学校两间计算机教室的USB集线器已使用七年，接口老化、供电不足，学生上课时键盘鼠标经常失灵。经校长办公会研究，定于3月9日至3月20日集中更换。更换期间，信息技术课作如下调整：
周次　年级　调整方式
第3周　三、四年级　改在教室上理论课
第4周　五、六年级　改在图书室上阅读拓展课
更换完成后，信息技术组要对每台电脑的外接设备逐一测试，并在课表中补回所调课时。
请各班主任提前告知学生，调整期间不要把U盘、耳机等个人物品带到学校。
联系人：教务处　汤亦舟，电话：0579-88025514。
旷川县实验小学教务处
2026年3月4日
""",
    ),
    dict(
        slug="oa-yuda-bulletin-hub-complaints-flow",
        site="誉达电子协同办公平台 (invented intranet)",
        style="企业内网",
        genre="通报",
        kind="notice",
        form="html",
        source="http://oa.yuda-elec.local/seeyon/collaboration.do?method=summary&affairId=-58213",
        title="关于二季度USB集线器质量投诉情况的通报",
        record_title="〔待办·已签收〕关于二季度USB集线器质量投诉情况的通报 - 誉达协同",
        date="2026-07-03",
        notes="an OA document view: 流转记录, read counts, sign and archive buttons; a complaint table; the document's "
        "extension number beside the IT desk's; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>协同详情</title>
<script src="/seeyon/common/all.js"></script>
</head>
<body class="oa">
<div class="oa-top">⟦m 誉达电子 · 协同办公平台 V8.1⟧ ⟦m 当前用户：质量部 韦清和⟧ ⟦a 退出⟧</div>
<div class="oa-path">⟦m 协同工作 › 待办事项 › 公文详情⟧</div>
<div class="oa-btns">⟦a 签收 ｜ 转发 ｜ 归档 ｜ 打印公文 ｜ 关注此事项⟧</div>
<div class="oa-doc">
<h2>{T}</h2>
<div class="oa-meta">⟦m 发起人：品质管理部 裘晚舟　发起时间：2026-07-03 15:20　已阅 86 / 未阅 14⟧</div>
<div class="oa-content">
{BODY}
</div>
</div>
<div class="oa-flow"><h4>⟦m 流转记录⟧</h4>
<p>⟦m 2026-07-03 15:20 裘晚舟 发起⟧</p>
<p>⟦m 2026-07-03 16:02 常务副总 闻以恒 已阅，同意通报⟧</p>
<p>⟦m 2026-07-04 08:41 生产部 项南星 已签收⟧</p></div>
<div class="oa-opinion">⟦a 填写处理意见…… 提交意见⟧</div>
<div class="oa-ft">⟦w IT服务台分机：8000（工作日 8:30—17:30）⟧ ⟦m 誉达电子信息部维护⟧</div>
</body>
</html>
""",
        body="""
公司各部门：
二季度，公司共收到客户关于USB集线器产品的质量投诉27起，较一季度增加9起。为引起各部门重视，现将有关情况通报如下。
一、投诉分类
问题类型　投诉数　主要型号
接口接触不良　11　HB-704
连接移动硬盘掉线　9　HB-707
外壳发热　5　HB-707
包装缺件　2　HB-410
二、原因分析
经品质管理部会同生产部、研发部分析，主要原因：一是HB-707型号电源适配器选型偏小，多设备满载时电压下降；二是部分批次接口焊点虚焊，出厂抽检比例偏低；三是包装线人员调整后培训不到位。
三、整改要求
研发部7月20日前完成HB-707电源方案优化；生产部即日起将接口焊点抽检比例由2%提高到5%；包装线组织复训，实行双人复核。
联系人：品质管理部　裘晚舟，分机6215。
誉达电子有限公司品质管理部
2026年7月3日
""",
    ),
    dict(
        slug="oa-heshan-minutes-divided-plates-vote",
        site="禾膳餐饮内网 (invented catering company intranet, text export)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://oa.heshan-cy.local/doc/jiyao/2026/0317.html",
        title="关于职工食堂更换分格餐盘的会议纪要",
        record_title="【经理办公会纪要·第6期】关于职工食堂更换分格餐盘的会议纪要 — 禾膳OA",
        date="2026-03-17",
        notes="OA minutes exported as text: the 时间/地点/主持/参会/记录 lines and a vote count; the meeting's 时间 line "
        "gives the date; read receipts and an export stamp are chrome",
        page="""
!m 禾膳餐饮管理有限公司 · 内部办公系统
!m 文档中心 / 会议纪要 / 2026年
!t 【经理办公会纪要·第6期】关于职工食堂更换分格餐盘的会议纪要
!m 起草：综合办 卜晴川　阅读回执：已读 19 人
!a ［导出PDF］［推送到钉钉群］［加星标］
{T}
{BODY}
!m 本页由系统导出，导出时间 2026-03-20 09:14
!d 内部资料，严禁外传
""",
        body="""
时间：2026年3月17日下午2:30
地点：公司三楼小会议室
主持：总经理　滕远山
参会：副总经理吕半夏，采购部、中央厨房、各驻点食堂负责人共9人
记录：卜晴川
会议听取了中央厨房关于驻点职工食堂更换分格餐盘的方案汇报，经讨论，形成如下意见：
一、同意将现有大托盘加小碗的供餐方式改为五格不锈钢分格餐盘，首批在园区3个驻点食堂试行。
二、采购部负责比选不少于三家供应商，餐盘须符合食品接触用不锈钢国家标准，4月15日前完成采购。
三、中央厨房负责按分格调整菜品分量标准，荤素搭配、定量盛放，减少剩菜。
四、各驻点食堂负责调整洗消流程，增配餐盘浸泡池和消毒柜。
会议对试行方案进行了表决，应到9人，实到9人，同意8票，反对0票，弃权1票，方案通过。
""",
    ),
]

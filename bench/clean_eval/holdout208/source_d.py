"""holdout208, part D: intranets, Q&A sites, encyclopaedias, personal collections and cloud drives.

Invented text throughout; see ../README.md and ../build.py for the markup. Every case written by hand.
"""

CASES = [
    dict(
        slug="oa-zhiqing-minutes-robot-vacuum-quality-q3",
        site="智清电器协同办公平台 (invented OA)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.zhiqing-dq.com/doc/view.do?docid=20251011-0093",
        title="扫地机器人事业部第三季度质量分析会会议纪要",
        record_title="〔纪要〕扫地机器人事业部第三季度质量分析会会议纪要 - 智清OA",
        date="2025-10-09",
        date_also=["2025-10-11"],
        notes="OA document view: 时间/地点/主持/参会/记录 lines (the 时间 line gives the date), 流转记录, read count, a mark-read button; the OA's issue date also accepted",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〔纪要〕扫地机器人事业部第三季度质量分析会会议纪要 - 智清OA</title>
<script src="/oa/js/docview.js"></script>
</head>
<body>
<div class="oa-head">⟦m 智清电器协同办公平台⟧　⟦m 当前用户：品质部 阮静⟧　<a>⟦a 退出系统⟧</a></div>
<div class="oa-menu">⟦m 待办事项⟧ ⟦m 公文管理⟧ ⟦m 会议纪要⟧ ⟦m 通讯录⟧ ⟦m 知识库⟧</div>
<div class="oa-doc">
<table class="oa-form">
<tr><td>⟦m 文件标题⟧</td><td>{T}</td></tr>
<tr><td>⟦m 发文部门：品质部⟧</td><td>⟦m 发文日期：2025-10-11⟧</td></tr>
<tr><td>⟦m 保密等级：仅限本部门⟧</td><td>⟦m 已阅 37 人 / 未阅 6 人⟧</td></tr>
</table>
<div class="oa-text">
{BODY}
</div>
<div class="oa-btns"><button>⟦a ✔ 我已看完⟧</button> <button>⟦a 转给他人⟧</button> <button>⟦a 另存为PDF文件⟧</button></div>
<div class="oa-flow"><h4>⟦m 流转记录⟧</h4>
<p>⟦m 拟稿　阮静　2025-10-10 09:14⟧</p>
<p>⟦m 审核　品质部经理 辛立⟧</p>
<p>⟦m 签发　事业部总经理 仇志远　2025-10-11 08:40⟧</p></div>
</div>
<div class="oa-foot">⟦d 内部资料，严禁截图外传⟧　⟦m IT服务台分机：8110⟧</div>
</body>
</html>
""",
        body="""
时间：2025年10月9日14:30
地点：研发楼三楼第二会议室
主持：事业部总经理　仇志远
参会：品质部、研发部、生产部、售后服务部负责人及质量工程师共14人
记录：品质部　阮静
会议通报了第三季度扫地机器人质量数据：出厂检验合格率99.2%，市场返修率1.8%，比二季度上升0.4个百分点。返修问题主要集中在边刷电机异响、回充失败和激光雷达罩破裂三项。
会议议定如下事项：
一、研发部在10月底前完成边刷电机供应商切换验证，品质部同步加严来料抽检。
二、生产部对回充失败机型排查充电座弹片装配工艺，11月起增加回充全检工位。
三、售后服务部每周汇总返修数据，发现批量问题24小时内上报。
""",
    ),
    dict(
        slug="intranet-liangqing-report-airer-assembly-director",
        site="晾晴电器员工之家 (invented intranet, text export)",
        style="企业内网",
        genre="述职报告",
        kind="report",
        form="text",
        source="http://home.liangqing-dq.local/zhichang/shuzhi/2025/0106-17.html",
        title="晾衣机总装车间主任2024年度述职报告",
        date="2025-01-06",
        notes="title as in the record; intranet chrome (user line, confidentiality banner, read count, likes); an HR prompt between paragraphs; date under the signature",
        page="""
!m 晾晴电器员工之家
!m 您好，访客｜返回门户｜内网通讯录
!d 【内部资料　请勿外传】
!m 职场风采 ＞ 年度述职
{T}
!m 提交人：晏金川　所属部门：制造中心　浏览 214
{BODY}
!l 👍 点赞 23　　💬 评论 4
!l 同期述职：注塑车间主任2024年度述职报告
!m 晾晴电器信息部维护　内线 6600
""",
        gap=True,
        body="""
按照公司年度考核安排，现将本人2024年度履职情况报告如下。
一、主要工作
（一）产量质量双提升。全年总装电动晾衣机21.6万台，比上年增长17%；一次下线合格率由97.1%提高到98.6%。
（二）推进精益改善。牵头改造升降电机装配工位，单台装配时间缩短40秒，全年提交改善提案63条。
⟦a 〔人力资源部提醒〕述职评分通道12月31日关闭，请及时为本文打分⟧
（三）抓好安全生产。组织岗位安全培训12场，全年无工伤事故。
二、存在不足
新员工流失率仍然偏高，部分班组长管理方法简单。
三、明年打算
一是推行多能工培养，二是完善班组长考核办法，三是配合研发部做好新款晾衣机的试产导入。
述职人：晏金川
2025年1月6日
""",
    ),
    dict(
        slug="qa-suiwen-toaster-uneven-browning-no-title",
        site="随问随答社区 (invented Q&A)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.suiwensuida.com/q/3308217",
        title="烤面包机烤出来的面包一面焦一面白是怎么回事？",
        record_title=None,
        date=None,
        notes="Q&A: no title in the record, the question is the title; adopted badge, vote row, more answers; a numbered list answer; relative times only",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>烤面包机烤出来的面包一面焦一面白是怎么回事？_随问随答</title>
<script src="/js/sw.qa.js"></script>
</head>
<body>
<div class="sw-top">⟦m 随问随答⟧　<input placeholder="有问题，随时问">　<a>⟦a 我要提问⟧</a> <a>⟦a 登录⟧</a></div>
<div class="sw-crumb">⟦m 随问随答 › 生活 › 厨房电器⟧</div>
<div class="sw-q">
<h1>{T}</h1>
<p class="sw-qd">⟦m 提问者：早餐困难户　｜　2 天前　｜　浏览 1.1万⟧</p>
</div>
<div class="sw-best">
<div class="sw-badge">⟦m ✔ 提问者认可的回答⟧</div>
<div class="sw-ans-user">⟦m 答主：家电修理铺小邢　｜　厨房电器话题优秀答主⟧</div>
<div class="sw-ans">
{BODY}
</div>
<div class="sw-vote">⟦l 👍 128 有帮助　　👎 3　　评论 11⟧</div>
</div>
<div class="sw-other"><h3>⟦l 另外 4 个回答⟧</h3>
<p>⟦l 面包机界小学生：我的也这样，后来发现是面包太厚⟧</p>
<p>⟦l 匿名用户：直接换四槽的吧，不贵⟧</p></div>
<div class="sw-rel"><h3>⟦l 相似问题⟧</h3><p>⟦l 烤面包机冒烟还能用吗？⟧</p></div>
<div class="sw-foot">⟦m 随问随答 © 2025　陇ICP备23000419号⟧</div>
</body>
</html>
""",
        body="""
这种情况多数是下面几个原因造成的，可以逐一排查：
1.面包片厚薄不均或者放歪了。烤槽两侧发热丝离面包的距离不一样，靠近的一面就容易焦。放面包时尽量放在槽的正中间。
2.有一侧发热丝老化或断了一段。拔掉插头、放凉后，对着光往槽里看，如果有一段发热丝不发红或者明显变形，就需要送修。
3.面包屑积得太多。底部的碎屑盘长期不清理，碎屑会挡住一侧的热量，还可能冒烟。建议每周抽出碎屑盘清理一次。
4.部分机型本身就是单面加热设计，说明书上一般会写，这种可以烤到一半翻个面。
如果排查后还是不行，机器又过了保修期，建议直接换新的，维修费用可能接近新机价格。
""",
    ),
    dict(
        slug="qa-baixiao-steamer-vs-iron-shirts",
        site="百晓问答 (invented Q&A, text)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="http://www.baixiaowenda.cn/question/880613/answer/2201457",
        title="挂烫机和电熨斗，熨衬衫哪个更好用？",
        record_title="挂烫机和电熨斗，熨衬衫哪个更好用？ - 百晓问答 - 生活家居",
        date=None,
        notes="Q&A text: answerer line, edited 2 个月前 (no date), vote row, more answers; an ad line between paragraphs",
        page="""
!m 百晓问答 · 生活家居
!t 挂烫机和电熨斗，熨衬衫哪个更好用？
!m 关注者 412　｜　被浏览 9.6万
!m 熨斗老周　服装店店主，开店十二年
!m 编辑于 2 个月前
{BODY}
!l 赞同 2.3万　　收藏 6120　　评论 388
!l 查看全部 9 个回答
!a 打开百晓App，查看更多生活问答
""",
        body="""
看你对衬衫平整度的要求和每天熨烫的量。
如果只是早上出门前把衬衫的褶皱去掉，挂烫机更省事：衣服挂着直接熨，不用支熨衣板，两三分钟就能搞定，对真丝、雪纺这类怕压的面料也更友好。缺点是领子、袖口、门襟这些需要压出线条的地方，挂烫机很难熨得挺括。
⟦w 【推广】百晓好物：老周同款立式挂烫机，私信领券⟧
如果你穿的是正装衬衫，要求领子笔挺、袖线清楚，那还是电熨斗效果好。蒸汽电熨斗配合熨衣板，压力和温度都够，熨出来的衬衫更有型。
我自己的做法是两样都备：平时用挂烫机快速去皱，重要场合前一晚再用电熨斗把领子和袖口认真熨一遍。
另外，不管用哪种，加水都建议用纯净水，能明显减少水垢。
""",
    ),
    dict(
        slug="wiki-zhiyuan-entry-massage-gun-no-title",
        site="知源百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://www.zhiyuanbaike.com/item/筋膜枪/50813",
        title="筋膜枪",
        record_title=None,
        date=None,
        notes="encyclopaedia: no title in the record (the <h1>, which also opens the body: head match); tabs, infobox, contents box, reference markers glued after sentences, an edit link glued to a section heading; no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>筋膜枪 - 知源百科</title>
<script src="/js/zy.item.js"></script>
</head>
<body>
<div class="zy-top">⟦m 知源百科⟧　⟦m 知其源，明其理⟧　<a>⟦a 登录⟧</a></div>
<div class="zy-tabs">⟦m 词条正文⟧ ⟦m 讨论区⟧ ⟦m 修订历史⟧ ⟦a 我来完善⟧</div>
<div class="zy-title"><h1>{T}</h1><span>⟦m 手持式电动按摩器具⟧</span></div>
<div class="zy-info"><p>⟦m 中文名：筋膜枪⟧</p><p>⟦m 外文名：massage gun⟧</p><p>⟦m 类别：按摩器具⟧</p><p>⟦m 动力：锂电池⟧</p></div>
<div class="zy-toc">⟦m 目录　1 结构　2 使用　3 争议⟧</div>
<div class="zy-body">
{BODY}
</div>
<div class="zy-ref"><h3>⟦l 参考资料⟧</h3><p>⟦l [1] 袂阳体育科学学会．运动恢复器材使用指引．2023⟧</p><p>⟦l [2] 康复器材应用研究综述．裳溪医学杂志，2024⟧</p></div>
<div class="zy-stat">⟦m 浏览次数：68213　编辑次数：14　最近更新：3 个月前⟧</div>
<div class="zy-foot">⟦d 知源百科词条由网友共同编辑，内容仅供参考，如涉医疗请遵医嘱。⟧</div>
</body>
</html>
""",
        body="""
筋膜枪是一种手持式电动按摩器具，通过电机带动按摩头高频往复冲击，作用于肌肉和筋膜，常用于运动前后的放松。
结构⟦a ✎改写本节⟧
筋膜枪一般由电机、偏心传动机构、可充电锂电池、调速开关和可更换按摩头组成。⟦l [1]⟧常见按摩头有球形、扁平形、子弹形和U形等，分别适用于大肌群、小面积和脊柱两侧肌肉。
使用
使用时应将按摩头沿肌肉走向缓慢移动，每个部位1至2分钟为宜。颈前部、骨骼突出处、关节以及有急性损伤的部位不宜使用。
争议
有研究认为，筋膜枪对缓解运动后肌肉酸痛有一定作用，但其效果与泡沫轴、拉伸等传统方法相比并无明显优势，过度依赖可能掩盖运动损伤。⟦l [2]⟧
""",
    ),
    dict(
        slug="wiki-bowen-entry-toaster-text",
        site="博闻百科 (invented encyclopaedia, text)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="http://www.bowenbaike.cn/view/kaomianbaoji.html",
        title="烤面包机",
        record_title="烤面包机【词条】- 博闻百科·家电分类",
        date=None,
        notes="encyclopaedia text: the entry name opens the body (head match), short headings, tabs and a contents line, a reference marker glued after a sentence, updated stamp; no date",
        page="""
!m 博闻百科
!m 词条｜讨论｜历史版本｜编辑
{T}
!m （厨房电器）
!m 目录：历史　类型　安全
{BODY}
!l 参考文献：［1］家用电热器具安全要求解读，2022
!m 本词条浏览 21,506 次，最后修订于 6 天前
!d 词条内容由用户协作编写，博闻百科不保证其准确性。
""",
        body="""
烤面包机，又称多士炉，是一种用电热元件烘烤切片面包的小型厨房电器。
历史
早期的面包烘烤依靠明火。20世纪初出现了电热式烤面包机，后来加入了弹簧弹起和定时装置，烤好后面包片会自动弹出，逐渐成为家庭早餐的常用电器。
类型
按结构可分为弹起式和烤箱式两类。弹起式一般有两槽或四槽，部分产品带有宽槽、解冻、回温等功能；烤箱式还可放入面包片以外的食物。
安全
使用时不得用金属器具伸入烤槽取面包，应定期清理碎屑盘，避免碎屑积聚引起冒烟或起火。⟦l ［1］⟧
""",
    ),
    dict(
        slug="collection-lv-memoir-mother-bamboo-poles-airer-gb2312",
        site="褶湖拾遗 (invented, a retired teacher's collection, gb2312 table layout)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="html",
        source="http://www.zhehushiyi.net/sanwen/028.htm",
        title="母亲的竹竿与女儿的晾衣机",
        record_title="母亲的竹竿与女儿的晾衣机 ——吕松年散文（第廿八篇）",
        date=None,
        notes="old table layout of a personal collection: chapter links, visitor counter, author's mailbox, a 写于 line without a date; no date",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>母亲的竹竿与女儿的晾衣机 ——吕松年散文（第廿八篇）</title>
</head>
<body bgcolor="#FFFBEF">
<table width="760" align="center"><tr><td align="center">⟦m 褶湖拾遗⟧</td></tr>
<tr><td align="center">⟦m 吕松年散文随笔集　　一个退休教师的旧日子⟧</td></tr></table>
<table width="760" align="center"><tr><td>⟦m 文集首页 ｜ 散文 ｜ 杂记 ｜ 诗词 ｜ 留言簿⟧</td></tr></table>
<table width="760" align="center"><tr><td>
<p align="center"><font size="5">{T}</font></p>
<p align="center">⟦m 吕松年⟧</p>
{BODY}
<p align="right">⟦m （写于褶湖畔老屋）⟧</p>
</td></tr></table>
<table width="760" align="center"><tr><td>⟦l ←上一篇：老街的剃头铺⟧</td><td>⟦l 下一篇：父亲的自行车→⟧</td><td>⟦l 回到目录⟧</td></tr></table>
<table width="760" align="center"><tr><td align="center">⟦m 来访者计数：<font color="#990000">031764</font>⟧　⟦m 写信给我：lvsongnian1953@163mail.cn⟧</td></tr>
<tr><td align="center">⟦d 文集所收均为作者原创，引用请注明出处，谢谢。⟧</td></tr></table>
</body>
</html>
""",
        p_html="<p>　　{}</p>",
        body="""
小时候，我家晾衣服靠的是两根竹竿。母亲每天清早把洗好的衣服一件件穿进竹竿，再踮着脚架到屋檐下的木叉上。遇上下雨，她总是第一个冲出去收衣服，常常自己淋得半湿。
那两根竹竿用了二十多年，被太阳晒得发白，摸上去光溜溜的。母亲走后，我把它们收进了柴房，一直舍不得烧。
去年女儿家搬进新房，阳台上装了一台电动晾衣机。按一下遥控器，晾杆就缓缓降下来，挂好衣服再按一下，又升了上去，晚上还能开灯风干。女儿笑着说：“爸，这下再也不用踮脚了。”
我站在阳台上看了很久。竹竿换成了电动晾衣机，踮脚的母亲也换成了按遥控器的女儿。日子变了，可那份把家收拾得干干净净的心意，一直没变。
""",
    ),
    dict(
        slug="collection-qiujiaba-memoir-father-toaster-oneline",
        site="裘家坝笔记 (invented, a retired electrician's collection, text)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="http://qiujiaba.jottings.cn/jiushi/09.txt",
        title="父亲修好的那台烤面包机",
        record_title="旧物小记｜父亲修好的那台烤面包机",
        date=None,
        notes="collection text: the whole memoir on one line (paragraphs only by their indent); chapter links and a reader counter; no date",
        page="""
!m 裘家坝笔记 · 旧物小记
!m 第九篇　　共二十篇
{T}
{BODY}
!l 【上一篇】母亲的缝纫机　　【下一篇】堂屋里的挂钟
!m 本篇已被阅读 862 次
!m 作者邮箱：qjb_laowu@mailbox.cn
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
父亲是厂里的电工，家里的电器坏了，从来不送修理铺。
九十年代初，姑姑从城里给我们带回一台烤面包机，银色的外壳，两个窄窄的烤槽。那时我们家很少吃面包，它大多数时候被摆在碗柜顶上，只有过年才拿下来用一回。
有一年除夕早上，它突然不热了。父亲把它拆开，摊在饭桌上，拿着万用表一段一段地量，最后找出一截烧断的电热丝，用细铜丝接好，又小心地缠上云母片。
合上外壳，按下推杆，两片馒头片在槽里慢慢变黄，满屋都是焦香。父亲擦着手上的油污，笑得像个孩子。
后来家里换过好几台新电器，那台烤面包机却一直留着。现在每次看到它，我就想起父亲饭桌上那把小小的螺丝刀。
""",
    ),
    dict(
        slug="clouddrive-kuoyun-airer-acceptance-points-docx",
        site="阔云网盘 (invented cloud drive, preview page)",
        style="网盘分享",
        genre="规程",
        kind="other",
        form="html",
        source="https://pan.kuoyun.cn/s/1qW7ePz3kLm",
        title="电动晾衣机安装验收要点",
        record_title="电动晾衣机安装验收要点.docx",
        date=None,
        notes="cloud-drive preview: file name as the record title, VIP prompts, save/download buttons, expiry line; decimal headings; a VIP line between sections; no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>电动晾衣机安装验收要点.docx - 阔云网盘</title>
<script src="https://pan.kuoyun.cn/static/preview.js"></script>
</head>
<body>
<div class="ky-bar">⟦m 阔云网盘⟧　<a>⟦a 登录⟧</a>　<a class="vip">⟦a 升级阔云超级会员⟧</a></div>
<div class="ky-file">
<div class="ky-name">⟦t 电动晾衣机安装验收要点.docx⟧</div>
<div class="ky-meta">⟦m 18.6KB ｜ 分享者：晒***衣 ｜ 链接7天后失效⟧</div>
<div class="ky-btns"><button>⟦a 存到我的阔云⟧</button> <button>⟦a 普通下载⟧</button> <button>⟦a 会员极速下载⟧</button></div>
</div>
<div class="ky-preview">
<h2>{T}</h2>
{BODY}
</div>
<div class="ky-tip">⟦a 在线预览仅显示前3页，开通超级会员可看全部并取消限速⟧</div>
<div class="ky-foot">⟦d 请勿通过阔云传播违法内容，一经发现将封禁链接。⟧　⟦m © 阔云网盘⟧</div>
</body>
</html>
""",
        body="""
1　安装前检查
1.1　核对产品型号、合格证和检测报告，配件齐全。
1.2　确认安装位置的顶板为混凝土结构，吊顶内无电线、水管。
2　安装质量
2.1　主机固定螺栓不少于4颗，膨胀螺栓埋深不小于50毫米。
2.2　晾杆升降行程内无障碍物，距窗户、空调外机不小于30厘米。
2.3　电源线须穿管敷设，接入带漏电保护的回路。
⟦a 超级会员预览高清原版，首月9.9元⟧
3　功能验收
3.1　遥控升降各3次，运行平稳，无异响。
3.2　升降过程中用手轻托晾杆，机器应能遇阻停止。
3.3　照明、风干功能正常，定时关闭准确。
4　交付
安装人员应向用户演示操作方法，填写保修卡，并提醒用户单杆承重不得超过产品标称值。
""",
    ),
    dict(
        slug="clouddrive-suishou-steamer-training-script-mix-markers",
        site="随手盘 (invented cloud drive, text preview)",
        style="网盘分享",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://suishoupan.com/share/preview?k=Tz8x01mQ",
        title="门店员工挂烫机安全使用培训讲稿",
        record_title="【店务培训】门店员工挂烫机安全使用培训讲稿（可直接讲）",
        date=None,
        notes="cloud-drive text preview cut by page markers ⟞n⟝, glued or on their own line (mixed); share chrome; no date",
        page="""
!m 随手盘 · 文件预览
!m 门店员工挂烫机安全使用培训讲稿.doc　　42KB　　分享于 3 天前
!a 保存到随手盘　｜　下载　｜　举报
{T}
{BODY}
!a 预览结束。登录随手盘可查看全部内容
!m 分享者的其他文件：门店消防安全检查表.xls　新员工入职须知.doc
""",
        pages=dict(fmt="⟞{n}⟝", every=100, start=2, glue="mix"),
        body="""
各位同事：
今天用二十分钟，跟大家讲讲挂烫机的安全使用。别看它天天用，去年全公司门店发生的4起烫伤，有3起都和挂烫机有关。
第一，加水要断电。很多人图省事，开着机器直接往水箱里倒水，水一溅到插座上就有触电危险。
第二，喷头不能对人。熨衣服时要一手拿喷头、一手拉平衣服，手要放在喷头侧后方，千万不要把手伸到蒸汽前面去抚平褶皱。
第三，用完要排水。水箱里的水长期不换会结垢，堵住喷孔后蒸汽会突然喷出热水。
第四，收纳要等冷却。刚用完的软管和喷头温度很高，要挂在架子上放凉后再收。
最后提醒大家，发现漏电、漏水、异响，立即停用并报告店长，不要自己拆修。
""",
    ),
]

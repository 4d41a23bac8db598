"""holdout318, part F: 公考论坛, 百科问答, 网盘分享, 搜索快照, 打印页, 邮件转发 (one HTML and one text case each).

Invented text, sites, places, people, numbers and URLs; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="examforum-shangan-interview-nursery-lock-answer",
        site="上岸驿站 (invented civil-service-exam forum)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="html",
        source="https://bbs.shanganyizhan.example.com/forum.php?mod=viewthread&tid=418827",
        title="家长反映幼儿园柜门没装儿童锁孩子被夹伤，作为教育局工作人员你怎么处理",
        record_title="〔面试真题练习〕家长反映幼儿园柜门没装儿童锁孩子被夹伤，作为教育局工作人员你怎么处理（自答一版，欢迎挑刺） - 结构化面试版 - 上岸驿站",
        date=None,
        notes="exam forum: a reply-to-see box between paragraphs, a rating row, a QQ-group ad, a poster's signature; "
        "发表于 4 天前 is no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〔面试真题练习〕家长反映幼儿园柜门没装儿童锁孩子被夹伤，作为教育局工作人员你怎么处理（自答一版，欢迎挑刺） - 结构化面试版 - 上岸驿站</title>
<script src="static/js/forum.js?v=25"></script>
</head>
<body>
<div id="hd">⟦m 上岸驿站 · 考公考编交流社区⟧ <a>⟦a 登录⟧</a> <a>⟦a 注册⟧</a></div>
<div class="qqgroup">⟦w 面试冲刺群 QQ：783310562，进群领真题解析⟧</div>
<div id="pt">⟦m 上岸驿站 › 面试专区 › 结构化面试版⟧</div>
<div class="plc">
<h1>⟦t 〔面试真题练习〕家长反映幼儿园柜门没装儿童锁孩子被夹伤，作为教育局工作人员你怎么处理（自答一版，欢迎挑刺）⟧</h1>
<div class="authi">⟦m 一只想上岸的鹅 ┊ 发表于 4 天前 ┊ 查看 2207 ┊ 回复 41⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="rate">⟦l 评分：考友 6 人　上岸币 +12　“思路清楚”“第三点好”⟧</div>
<div class="sign">⟦m 今年一定上岸！笔试 71.3 面试见⟧</div>
</div>
<div class="replies">⟦l 2# 阿梨：“举一反三”那段很加分⟧ ⟦l 3# 南风知我意：开头可以先表态⟧</div>
<div id="ft">⟦m 上岸驿站 © 2019-2025　粤ICP备19105288号⟧</div>
</body>
</html>
""",
        body="""
题目：家长反映幼儿园柜门没装儿童锁，孩子被夹伤。你是教育局工作人员，如何处理？
我的作答如下，请各位考友批评。
首先，第一时间了解孩子的伤情。我会联系幼儿园和家长，确认孩子是否已经就医、伤情如何，督促幼儿园做好孩子的治疗和家长的安抚工作。
⟦a 〖隐藏内容〗答题思路框架需回复本帖后查看⟧
其次，调查核实情况。我会会同安全股的同事到幼儿园实地查看，了解事情经过，查看柜门、抽屉等设施的安全防护情况，如果确实存在未装儿童锁等问题，责令其立即整改。
再次，举一反三。建议局里在全县幼儿园开展一次安全设施专项排查，把儿童锁、插座保护盖、窗户限位器等列入检查清单。
最后，做好回应。把处理结果及时反馈给家长，并在今后的工作中加强日常检查，防止类似事件再次发生。
""",
    ),
    dict(
        slug="examforum-kaogong-essay-hutch-industry-junk",
        site="考公人家 (invented exam forum)",
        style="公考论坛",
        genre="申论",
        kind="other",
        form="text",
        source="http://www.kaogongrenjia.example.cn/thread-90112-1-1.html",
        title="小兔笼里的大产业",
        record_title="〔申论·我来写〕小兔笼里的大产业（第一次写大作文，轻喷） - 申论交流区 - 考公人家",
        date=None,
        notes="an exam-forum 申论 essay in text with anti-scraping junk as a line and glued after 。; a 'reply to download the "
        "model answer' prompt; 3 天前 and 2 小时前 are no dates",
        page="""
!m 考公人家 - 申论交流区
!t 〔申论·我来写〕小兔笼里的大产业（第一次写大作文，轻喷）
!m 楼主 岸边的小蒲　发表于 3 天前　　查看 968　回复 23
{BODY}
!a 【本帖附件】范文点评.docx　回复后方可下载
!l 沙发 申论老吴 2 小时前：立意可以，论证再加一个反面论据
!l 板凳 鹿鸣：标题很抓人
!m 考公人家 kaogongrenjia.example.cn　｜　手机版　｜　小黑板
""",
        junk=dict(lines=1, glued=3),
        body="""
在槃溪县，一只兔笼正在改变许多养殖户的生活。过去，养殖户用的多是自己编的竹木笼，兔子容易得脚皮炎，死亡率高，收益不稳。近两年，县里对兔笼标准化改造给予补助，镀锌双层兔笼、自动饮水、粪尿分离设施逐步普及，兔子的成活率提高了，养殖户的收入也跟着涨了。
小兔笼的变化给我们三点启示。
其一，产业振兴要从小处着手。兔笼看似不起眼，却是决定养殖效益的关键环节，抓住了它，就抓住了提质增效的“牛鼻子”。
其二，政策扶持要精准。按笼位补助、验收后拨付，钱花在了刀刃上，养殖户看得见、摸得着。
其三，技术服务要跟上。设施更新之后，还要有技术员驻场指导，养殖户才能用好新笼具。
乡村振兴，既要有大手笔，也要有绣花功夫。把一只只兔笼做好，就是把产业的根基打牢。
""",
    ),
    dict(
        slug="wiki-boshi-lens-case-entry-h1-missing",
        site="博识百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://www.boshibaike.example.com/item/隐形眼镜盒/20871",
        title="隐形眼镜盒",
        record_title=None,
        date=None,
        notes="encyclopaedia with no record title: the entry's <h1>, which also opens the body (matched as head); edit/discuss/"
        "history tabs, an infobox, a contents box, reference markers glued after 。 and 'edit' links glued to section headings",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>博识百科 — 开放的知识平台</title>
<script src="/static/bk/entry.min.js"></script>
</head>
<body>
<div class="top">⟦m 博识百科⟧ <a>⟦a 创建词条⟧</a> <a>⟦a 登录⟧</a></div>
<div class="tabs">⟦a 词条 ┆ 讨论 ┆ 编辑 ┆ 历史版本⟧</div>
<div class="entry">
<h1>{T}</h1>
<div class="summary-tag">⟦m 生活用品 · 眼视光 · 医疗器械配件⟧</div>
<table class="infobox">
<tr><td>⟦m 中文名：隐形眼镜盒⟧</td></tr>
<tr><td>⟦m 外文名：contact lens case⟧</td></tr>
<tr><td>⟦m 用　途：存放、浸泡隐形眼镜⟧</td></tr>
<tr><td>⟦m 常见材质：聚丙烯（PP）⟧</td></tr>
</table>
<div class="toc">⟦l 目录　1 结构　2 使用与更换　3 注意事项　4 参考资料⟧</div>
<div class="entry-body">
{BODY}
</div>
<div class="refs"><h3>⟦l 参考资料⟧</h3>
<p>⟦l [1] 眼视光器具通识. 瓵城：博识出版社, 2021: 88.⟧</p>
<p>⟦l [2] 角膜接触镜护理产品使用指引（试行）⟧</p>
<p>⟦l [3] 瓵城眼视光医院. 隐形眼镜盒，比镜片更该勤换⟧</p></div>
<div class="entry-foot">⟦m 词条统计：浏览 24,115 次　编辑 9 次　最近更新 昨天⟧</div>
</div>
<div class="ft">⟦d 博识百科内容由网友协作编辑，不构成医疗建议。⟧ ⟦m © 2025 boshibaike⟧</div>
</body>
</html>
""",
        body="""
隐形眼镜盒是用于存放、浸泡和消毒隐形眼镜的小型容器，通常由左右两个带螺旋盖的储液仓组成，分别标有“L”和“R”以区分左右眼镜片。⟦l [1]⟧
结构⟦a [编辑本段]⟧
常见的隐形眼镜盒有平底式、篮式和过氧化氢专用盒三类。过氧化氢专用盒带有铂金催化环，用于中和双氧水护理液，不能与普通护理液混用。⟦l [2]⟧
使用与更换⟦a [编辑本段]⟧
镜盒使用后应倒掉护理液，用新鲜护理液冲洗，开口朝下自然晾干。由于镜盒内容易形成生物膜，一般建议每1至3个月更换一次。⟦l [3]⟧
注意事项⟦a [编辑本段]⟧
不得用自来水冲洗镜盒，不同人之间不应共用镜盒。
""",
    ),
    dict(
        slug="wiki-zhishu-kitchen-scale-entry-text",
        site="知识树百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="https://zhishushu.example.net/wiki/厨房秤",
        title="厨房秤",
        record_title="厨房秤_知识树百科",
        date=None,
        notes="an entry in text: the entry name repeated as the first page line and opening the body (matched as head), an "
        "infobox as lines, a contents line, a 'last edited' stamp (no date) and a see-also list",
        page="""
!m 知识树百科 | 人人可编辑的百科
{T}
!a 编辑　|　收藏　|　分享
!m 中文名：厨房秤　　类别：衡器　　分度值：0.1克至10克
!l 目录：1 分类　2 使用　3 相关词条
{BODY}
!l 相关词条：电子秤　案秤　量勺
!m 本词条最后编辑于 5 天前　·　浏览 6,302
!d 知识树百科词条内容仅供参考
""",
        indent="",
        body="""
厨房秤是家庭和餐饮厨房中用于称量食材、调料的小型衡器，按结构可分为机械厨房秤和电子厨房秤两类。
机械厨房秤利用弹簧受力变形带动指针指示重量，不需要电源，但分度值一般为5克或10克，精度较低。
电子厨房秤通过称重传感器将重量转换为电信号，常见最大称量为3千克至10千克，分度值可达1克或0.1克，多具有去皮、单位换算等功能。
使用电子厨房秤时，应将秤放在水平、坚固的台面上，开机归零后再称量；长期不用应取出电池。在烘焙、控盐控油膳食中，厨房秤是常用的辅助工具。
""",
    ),
    dict(
        slug="clouddrive-hezi-plan-tissue-price-tags",
        site="盒子云盘 (invented cloud drive, shared-file preview)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="html",
        source="https://pan.hezi-yun.example.com/s/1kQ7vXw2?pwd=ks25",
        title="关于在全县餐饮门店推行纸巾盒明码标价的实施方案",
        record_title="【最终稿】关于在全县餐饮门店推行纸巾盒明码标价的实施方案 - 盒子云盘分享",
        date="2025-06-10",
        notes="cloud-drive preview: an extraction-code line, an expiry line, save/download buttons, a VIP speed prompt and a "
        "file list; the bureau's plan with numbered sub-items and its 成文日期; the share stamp is no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【最终稿】关于在全县餐饮门店推行纸巾盒明码标价的实施方案 - 盒子云盘分享</title>
<script src="https://pan.hezi-yun.example.com/static/share.js"></script>
</head>
<body>
<div class="nav">⟦m 盒子云盘⟧ <a>⟦a 客户端下载⟧</a> <a>⟦a 登录⟧</a></div>
<div class="share-info">
<div>⟦m 分享者：榼山*监管*股　分享时间：2 周前⟧</div>
<div>⟦m 提取码已自动填写 · 链接 30 天后失效⟧</div>
</div>
<div class="file-head"><span>⟦t 【最终稿】关于在全县餐饮门店推行纸巾盒明码标价的实施方案.docx⟧</span> <span>⟦m 24.8KB⟧</span></div>
<div class="btns"><button>⟦a 保存到我的盒子⟧</button> <button>⟦a 下载（非会员限速 100KB/s）⟧</button></div>
<div class="preview">
{BODY}
</div>
<div class="vip">⟦a 开通盒子超级会员，在线预览不限页数、下载满速⟧</div>
<div class="filelist"><h4>⟦l 该分享中的其他文件（3）⟧</h4>
<p>⟦l 纸巾收费提示标签样式.pdf⟧</p><p>⟦l 经营者告知书.docx⟧</p><p>⟦l 专项检查记录表.xlsx⟧</p></div>
<div class="foot">⟦d 请勿通过盒子云盘分享违法违规内容，发现请举报。⟧</div>
</body>
</html>
""",
        body="""
为规范餐饮门店纸巾收费行为，保护消费者知情权和选择权，结合我县实际，制定本方案。
一、工作目标。2025年7月底前，全县餐饮门店提供收费纸巾的，一律在纸巾盒正面醒目位置标明价格，做到明码标价、事先告知。
二、主要措施。
（一）统一标示。县市场监管局统一设计“纸巾收费提示”标签，标签字体不小于小四号，张贴在纸巾盒正面。
（二）宣传引导。各市场监管所逐店发放告知书，指导经营者在点餐时主动提示。
（三）检查督导。8月起开展专项检查，对未明码标价的门店责令整改，拒不整改的依法查处。
三、工作要求。各市场监管所要明确专人负责，每月5日前报送工作进展。
榼山县市场监督管理局
2025年6月10日
""",
    ),
    dict(
        slug="clouddrive-yunzhou-canteen-scale-rules-wps-markers",
        site="云舟网盘 (invented cloud drive)",
        style="网盘分享",
        genre="规程",
        kind="rules",
        form="text",
        source="https://share.yunzhoupan.example.cn/f/83hd02kq",
        title="学校食堂厨房秤使用与校准操作规程",
        record_title="学校食堂厨房秤使用与校准操作规程.wps",
        date=None,
        notes="a cloud-drive text preview of a .wps cut by ⦞第n页⦞ markers on lines of their own; decimal headings 2.1–4.2 stay "
        "unjoined; a rule without a date; VIP and save prompts",
        page="""
!m 云舟网盘 · 文件分享
!t 学校食堂厨房秤使用与校准操作规程.wps
!m 文件大小 41KB　｜　分享人：ganwentao_88　｜　有效期：永久
!a 保存到云舟　　普通下载　　开通云舟VIP极速下载
{BODY}
!a 预览模式下格式可能错乱，下载后用WPS打开查看原版
!d 云舟网盘仅提供存储服务，文件内容由分享人负责。
""",
        indent="",
        pages=dict(fmt="⦞第{n}页⦞", every=130, start=2),
        body="""
1 适用范围
本规程适用于甐水镇中心学校食堂用于食材验收、配餐称量的电子厨房秤和台秤。
2 使用要求
2.1 秤具应放置在平稳、干燥的台面上，开机预热不少于3分钟，归零后方可称量。
2.2 称量时物品应放在秤盘中央，不得超过最大称量；称量带包装的食材时，应先放空容器去皮。
2.3 每次验收称量后，由验收员将重量如实填入《食材验收登记表》，不得估算。
3 校准与检定
3.1 每天开餐前用1千克标准砝码核验一次，误差超过±5克的停止使用并报总务处。
3.2 秤具每年送县计量检定所检定一次，检定合格证贴在秤具侧面。
4 维护保养
4.1 秤盘每餐后用湿布擦净，不得用水直接冲洗秤体。
4.2 长期不用时取出电池，存放于干燥处。
""",
    ),
    dict(
        slug="snapshot-mijin-school-tissue-boxes-frame",
        site="觅津搜索 留存页 (invented search-cache frame)",
        style="搜索快照",
        genre="新闻",
        kind="news",
        form="html",
        source="https://cache.mijin.example.com/c?u=http%3A%2F%2Fwww.ksxcgxx.example.cn%2Fxydt%2F2025%2F1017.html",
        title="城关小学为每间教室配上纸巾盒",
        record_title="城关小学为每间教室配上纸巾盒 - 榼山县城关小学 〔觅津留存版〕",
        date="2025-10-17",
        notes="a search-cache frame: a capture banner with the crawl time (no date), highlighted keywords, then the school page's "
        "own chrome; the school page's 发布时间 is the page's date; a 'principal's mailbox' link",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>城关小学为每间教室配上纸巾盒 - 榼山县城关小学 〔觅津留存版〕</title>
</head>
<body>
<div style="border:1px solid #999;background:#f4f4f4;padding:6px">
<p>⟦d 这是觅津为 http://www.ksxcgxx.example.cn/xydt/2025/1017.html 保存的留存页，留存时间 2025-11-02 06:14，原网页可能已经变化。⟧</p>
<p>⟦a 以下词语已着色：<b style="background:#ff6">纸巾盒</b> <b style="background:#9ff">教室</b>⟧ ⟦a 查看原网页⟧</p>
</div>
<div class="school-top">⟦m 榼山县城关小学⟧ ⟦m 明德 · 乐学 · 健体⟧</div>
<div class="school-nav">⟦m 学校首页 | 学校概况 | 校园动态 | 德育天地 | 校长信箱⟧</div>
<div class="pos">⟦m 当前位置：首页 > 校园动态⟧</div>
<h2>{T}</h2>
<div class="info">⟦m 发布时间：2025-10-17　作者：德育处　浏览次数：356⟧</div>
<div class="content">
{BODY}
</div>
<div class="foot">⟦m 榼山县城关小学　电话：0744-3321806⟧ ⟦m 湘ICP备16012207号⟧</div>
</body>
</html>
""",
        body="""
开学以来，学校为全校36间教室各配备了一个壁挂式纸巾盒，由各班卫生委员负责补充纸巾。
这件事源于学生的一条建议。四年级的向语涵同学在“校长信箱”里写道：同学们感冒时常常没带纸巾，只好用袖子擦鼻涕，很不卫生。学校收到建议后，经家委会讨论，决定用学校卫生经费统一购置。
纸巾盒安装后，各班还自发设计了“节约用纸”小标语。校长表示，学校将继续认真对待同学们的每一条建议，让校园生活更方便、更健康。
""",
    ),
    dict(
        slug="snapshot-sujian-lens-case-tips-text-title-line",
        site="溯见存档 (invented text-only search cache)",
        style="搜索快照",
        genre="指南",
        kind="other",
        form="text",
        source="https://archive.sujian.example.net/text/20250904/mingtong-lens-case-tips",
        title="隐形眼镜盒怎么挑？记住这四点",
        record_title=None,
        date=None,
        notes="a text-only cache with no record title: the page's title line; a capture banner with its time (no date), the "
        "optician chain's menu and footer as plain lines; a buying guide with no date",
        page="""
!d 〔整篇仅文字〕溯见于 2025-09-04 03:52 保存的文本版本，图片与样式已去除，原页面可能已更新。
!m 明瞳眼镜　首页　配镜指南　门店查询　会员中心
{T}
!m 配镜指南 · 明瞳视光学苑　阅读 1.6k
{BODY}
!a 到店配镜出示本页，镜盒免费换新一次
!l 上一篇：近视度数涨得快，要不要换框架镜
!m 瓵城明瞳眼镜连锁有限公司　客服热线 400-011-7022
""",
        indent="\u3000\u3000",
        body="""
很多人买隐形眼镜时只关心镜片，其实镜盒挑得好不好，也关系到眼睛健康。挑镜盒记住这四点：
一看材质。选用医用级PP材质的镜盒，无异味、耐消毒，有刺鼻气味的镜盒不要买。
二看密封。拧紧盖子倒过来轻轻晃一晃，不漏液才合格，漏液的镜盒会让护理液变少、变脏。
三看标识。左右仓应有清晰的“L”“R”标识，避免左右镜片放混。
四看配套。使用双氧水护理液的，必须用配套的带铂金环专用盒，不能用普通镜盒代替。
另外，镜盒用满三个月就要换新，不要等到发黄、开裂再换。
""",
    ),
    dict(
        slug="print-panxi-coop-summary-window-print-footer",
        site="槃溪畜牧信息网 (invented, print view)",
        style="打印页",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://www.pxxmxx.example.cn/print.asp?id=7719",
        title="槃溪县蜊湾镇兴旺肉兔养殖专业合作社2025年度工作总结",
        record_title="〔仅供打印〕槃溪县蜊湾镇兴旺肉兔养殖专业合作社2025年度工作总结 - 槃溪畜牧信息网",
        date="2025-12-28",
        notes="a print view calling window.print(): a print/close row, a source line with a print time (no date), the page's URL "
        "and a print footer ⭳ closing the page; the co-op's 成文日期 under its signature",
        page="""
<html>
<head>
<meta charset="utf-8">
<title>〔仅供打印〕槃溪县蜊湾镇兴旺肉兔养殖专业合作社2025年度工作总结 - 槃溪畜牧信息网</title>
<style>@media print{.noprint{display:none}}</style>
<script>window.onload=function(){window.print();}</script>
</head>
<body>
<div class="noprint">⟦a 〔打印此页〕〔关闭〕⟧</div>
<div>⟦m 槃溪畜牧信息网⟧</div>
<h3>{T}</h3>
<div>⟦m 信息来源：蜊湾镇畜牧兽医站　打印时间：2026-01-06 15:22⟧</div>
<hr>
{BODY}
<hr>
<div>⟦m 原文地址：http://www.pxxmxx.example.cn/show.asp?id=7719⟧</div>
<div>⟦p 第 1 页 ⭳ 共 1 页⟧</div>
</body>
</html>
""",
        body="""
2025年，合作社在县、镇畜牧部门指导下，以兔笼标准化改造为抓手，推动社员养殖效益稳步提升。现将全年工作总结如下。
一、完成兔笼改造。全社28户社员共更换镀锌双层兔笼4600个笼位，加装自动饮水系统3200个笼位，争取县级补助9.5万元。
二、提升养殖效益。改造后，商品兔成活率由82%提高到91%，社员户均增收1.3万元。
三、规范内部管理。建立统一采购、统一防疫、统一销售制度，全年统一采购饲料1260吨。
四、存在的不足。部分社员对新笼具的日常维护还不熟练，合作社冷链运输能力不足。
2026年，合作社将组织社员参加兔笼维护培训，积极争取冷藏车购置项目。
槃溪县蜊湾镇兴旺肉兔养殖专业合作社
2025年12月28日
""",
    ),
    dict(
        slug="print-angchuan-canteen-scale-verification-notice",
        site="盎川县市场监督管理局网站 (invented, print view)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="text",
        source="http://scjgj.angchuan.example.gov.cn/print/2025/0826-3.html",
        title="关于对全县学校食堂在用秤具开展免费检定的通知",
        record_title="【打印视图·A4】关于对全县学校食堂在用秤具开展免费检定的通知",
        date="2025-08-25",
        notes="a print view in text: a print button line, a print stamp (no date), the page URL and a print footer ⯒ closing it; "
        "the verification office's own 联系人/电话; two signing bodies over one 成文日期",
        page="""
!a ⎙ 立即打印　　✕ 关闭窗口
!m 盎川县市场监督管理局　·　打印稿
{T}
!m 打印于 2025-09-02 08:47　　来源：计量科
{BODY}
!m 本页地址：http://scjgj.angchuan.example.gov.cn/zwgk/tzgg/2025/0826-3.html
!p ⯒ 共1页 · 第1页 ⯒
""",
        indent="\u3000\u3000",
        body="""
各乡镇中心学校，县直各学校：
为保障学校食堂食材称量准确，县市场监管局联合县计量检定所，于9月1日至9月30日对全县学校食堂在用的电子秤、台秤开展免费检定。现将有关事项通知如下。
一、检定范围：学校食堂用于食材验收、配餐称量的电子厨房秤、台秤和案秤。
二、检定方式：检定人员上门检定，检定合格的张贴合格标志，不合格的出具维修或报废建议。
三、各学校于8月29日前将在用秤具清单报县教育局后勤股，由县教育局汇总后转县计量检定所。
联系人：县计量检定所 甘文涛　电话：0736-7211583
盎川县市场监督管理局　盎川县教育局
2025年8月25日
""",
    ),
    dict(
        slug="mail-zhiyang-no1-donation-letter-lens-cases-webmail",
        site="祗阳一中邮箱 (invented webmail reading view)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.zyyz.example.edu.cn/coremail/XT5/read.jsp?mid=1tbiAQkAB2Uf",
        title="关于向祗阳县第一中学捐赠隐形眼镜盒的函",
        record_title="转发：【请校办阅处】关于向祗阳县第一中学捐赠隐形眼镜盒的函",
        date="2025-09-12",
        date_also=["2025-09-15"],
        notes="webmail reading view: a toolbar, header fields, a forwarded-mail header block and an attachment bar beside the "
        "letter's own 附件 list and its own 联系人/电话/邮箱; the mail's send date differs from the letter's date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>祗阳一中邮箱 - 读信</title>
<script src="/coremail/XT5/js/read.js"></script>
</head>
<body>
<div class="mail-top">⟦m 祗阳一中邮箱⟧ <span>⟦m xiaoban@zyyz.example.edu.cn⟧</span> <a>⟦a 退出⟧</a></div>
<div class="mail-left">⟦m 收件箱(3) 草稿箱 已发送 已删除 垃圾邮件⟧</div>
<div class="mail-tools">⟦a 回复 ｜ 回复全部 ｜ 转发 ｜ 删除 ｜ 标记为 ▾ ｜ 移动到 ▾⟧</div>
<div class="mail-head">
<div class="subject">⟦t 转发：【请校办阅处】关于向祗阳县第一中学捐赠隐形眼镜盒的函⟧</div>
<div>⟦m 发件人：德育处 温静 &lt;wenjing@zyyz.example.edu.cn&gt;⟧</div>
<div>⟦m 收件人：校办 &lt;xiaoban@zyyz.example.edu.cn&gt;⟧</div>
<div>⟦m 时　间：2025年9月15日(星期一) 上午8:41⟧</div>
</div>
<div class="mail-body">
<div class="fwd-head">
<p>⟦m ------------------ 原始邮件 ------------------⟧</p>
<p>⟦m 发件人："邹佳" &lt;zoujia@mingtong-optical.example.com&gt;⟧</p>
<p>⟦m 发送时间：2025年9月12日(星期五) 下午4:05⟧</p>
<p>⟦m 收件人："德育处" &lt;wenjing@zyyz.example.edu.cn&gt;⟧</p>
<p>⟦m 主题：关于向祗阳县第一中学捐赠隐形眼镜盒的函⟧</p>
</div>
{BODY}
</div>
<div class="attach-bar">
<p>⟦a 📎 附件 2 个（共 1.7MB）　全部下载　打包下载⟧</p>
<p>⟦a 捐赠物品清单.xlsx（21KB）　预览　下载　存到网盘⟧</p>
<p>⟦a 医疗器械注册证复印件.pdf（1.6MB）　预览　下载　存到网盘⟧</p>
</div>
<div class="mail-foot">⟦d 此邮件来自外部，请注意核实发件人身份，谨防诈骗。⟧</div>
</body>
</html>
""",
        body="""
祗阳县第一中学：
得知贵校将于9月下旬开展“爱眼护眼宣传周”活动，我公司愿向贵校配戴隐形眼镜的学生捐赠隐形眼镜盒200只、多功能护理液100瓶，并派验光师到校开展一次镜盒清洁检查。
捐赠物品均为正规渠道产品，具有医疗器械注册证。如蒙同意，请于9月19日前回复，我们将按贵校安排的时间送达。
联系人：明瞳眼镜祗阳店 店长 邹佳　电话：0745-6627705　邮箱：zoujia@mingtong-optical.example.com
附件：1.捐赠物品清单
2.医疗器械注册证复印件
瓵城明瞳眼镜连锁有限公司
2025年9月12日
""",
    ),
    dict(
        slug="mail-anbei-quote-letter-child-locks-forwarded-text",
        site="祗阳县第二幼儿园 (invented, a forwarded mail as text)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="text",
        source="mail://zy2yey.example.cn/inbox/20250315-1026",
        title="关于儿童安全锁供货报价的函",
        record_title="转发：RE: 关于儿童安全锁供货报价的函",
        date="2025-03-14",
        date_also=["2025-03-15"],
        notes="a forwarded mail as text: the outer and inner headers (发件人/日期/收件人/抄送/主题) as chrome, the letter's own 抄送 line "
        "kept; a price table one row a paragraph; a mail-client signature and a virus-scan line; the mail date differs",
        page="""
!m 发件人：钱文（园长）<qianwen@zy2yey.example.cn>
!m 收件人：后勤组 <houqin@zy2yey.example.cn>
!m 主题：转发：RE: 关于儿童安全锁供货报价的函
!m ---------- 转发的邮件 ----------
!m 发件人：柏晨 <bochen@anbei-baby.example.cn>
!m 日期：2025年3月15日 周六 10:26
!m 收件人：祗阳县第二幼儿园 <zy2yey@zhiyang-edu.example.cn>
!m 抄送：安贝销售部 <sales@anbei-baby.example.cn>
!m 主题：RE: 关于儿童安全锁供货报价的函
{BODY}
!m —— 柏晨｜安贝儿童用品｜销售部
!d 本邮件已经过安全扫描，未发现病毒。
!a 发送自我的手机邮箱
""",
        indent="",
        body="""
祗阳县第二幼儿园：
贵园3月10日的询价函收悉。根据贵园提供的安装清单，现将我公司儿童安全锁报价函告如下：
品名　单价（元）　数量　金额（元）
柜门儿童锁　6.5　180　1170
抽屉儿童锁　4.8　240　1152
窗户限位器　18　60　1080
插座保护盖　1.2　300　360
合计　　　3762
以上报价含税、含运费，我公司可派人免费上门安装，供货周期为下单后5个工作日。
联系人：销售部 柏晨　电话：0739-8857302
瓵城市安贝儿童用品有限公司
2025年3月14日
抄送：祗阳县教育局后勤股
""",
    ),
]

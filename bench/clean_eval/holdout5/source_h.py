"""Holdout5, part H: new sites of the older kinds and a few more — 范文 sites with their own
wording (出处/字数/评级 lines, 继续阅读 folds, 写作指导 boxes), blogs, a personal anthology,
a personnel-exam site, a search engine's snapshot, a Party-building site, a 文库 page with
a new marker form, a 范文 HTML page with a sidebar. Invented text; see ../README.md and
../build.py."""

CASES = [
    dict(
        slug="fanwen-moyun-speech-fold-continue",
        site="墨韵公文网 (invented)",
        style="范文站",
        genre="表态发言",
        kind="speech",
        form="text",
        source="https://www.moyungw.example.com/fayan/biaotai/20240226/55102.html",
        title="在全县“三争三比”动员大会上的表态发言",
        record_title="在全县“三争三比”动员大会上的表态发言（共4篇）",
        date=None,
        notes="范文 site: （共4篇） decoration, 出处/字数/评级 line, a '展开剩余70%' fold between two paragraphs, 写作指导 "
        "box and a 范文代写 prompt after; '第1篇' label before the body (neutral)",
        page="""
!m 墨韵公文网 —— 笔下有乾坤
!m 您的位置：墨韵公文网 ＞ 发言稿 ＞ 表态发言
!t 在全县“三争三比”动员大会上的表态发言（共4篇）
!m 出处：会员投稿　字数：约900字　评级：★★★★
第1篇
{BODY}
!l 写作指导：表态发言怎么写才出彩？牢记“短、实、新”三个字
!w 原创材料定制　48小时交稿　扫码联系墨韵写作顾问
!d 墨韵公文网所有范文仅供学习借鉴，严禁用于商业用途。
""",
        body="""
尊敬的各位领导，同志们：
刚才，县委主要领导作了动员讲话，对全县“三争三比”活动作出了全面部署。我代表凤栖镇作如下表态。
一是争当发展排头兵。全力抓项目、扩投资，确保全年新签约亿元以上项目5个，固定资产投资增长10%以上。
⟦a ▼ 展开剩余70%　继续阅读⟧
二是争当改革急先锋。深化“放管服”改革，镇便民服务中心实现“一窗通办”，群众办事“最多跑一次”。
三是争当服务店小二。班子成员每人联系2家企业，定期上门服务，帮助解决用工、融资等实际困难。
我们将以只争朝夕的精神，比担当、比实干、比实绩，决不辜负县委、县政府的信任和期望！
""",
    ),
    dict(
        slug="fanwen-jinbi-insight-html-sidebar",
        site="金笔范文网 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="html",
        source="https://www.jinbifw.example.com/xinde/2024/1218/90021.html",
        title="学习新修订《中华人民共和国保守国家秘密法》心得体会",
        record_title="学习新修订《中华人民共和国保守国家秘密法》心得体会范文",
        date=None,
        notes="范文 HTML page: '范文' suffix in the record title, 复制/下载 toolbar, a sidebar with 栏目导航 and a 热门标签 cloud, "
        "'本文标签' and a 上下篇 box; no date",
        page="""
<html><head><meta charset="utf-8"><title>学习新修订《中华人民共和国保守国家秘密法》心得体会范文_金笔范文网</title></head><body>
<div class="top">⟦m 金笔范文网 · 好范文 写好文⟧</div>
<div class="main">
<h1>{T}</h1>
<div class="bar">⟦a 📋 复制全文　⬇ 下载Word　🖨 打印　⭐ 收藏⟧</div>
<div class="content">
{BODY}
</div>
<div class="tag">⟦l 本文标签：保密法　心得体会　学习体会⟧</div>
<div class="np">⟦l ← 机关保密工作自查报告⟧ ⟦l 保密教育月活动总结 →⟧</div>
</div>
<div class="side"><h4>⟦l 栏目导航⟧</h4><p>⟦l 心得体会　读后感　观后感　培训心得⟧</p><h4>⟦l 热门标签⟧</h4><p>⟦l 主题教育 党纪学习 廉洁自律⟧</p></div>
<div class="ft">⟦m 金笔范文网 jinbifw.example.com 京ICP备16088411号⟧</div>
</body></html>
""",
        body="""
近期，我认真学习了新修订的《中华人民共和国保守国家秘密法》，深受教育。
保密工作无小事。新修订的保密法坚持总体国家安全观，对保密管理体制、定密解密、网络保密等作了系统规定，为做好新时代保密工作提供了法律遵循。
作为一名机关干部，我将严格遵守“涉密不上网、上网不涉密”等保密纪律，不在微信群、工作群中传递涉密信息，妥善保管涉密文件资料。
保密就是保安全、保发展。我将始终绷紧保密这根弦，做到守口如瓶、守土有责。
""",
    ),
    dict(
        slug="blog-yeqing-work-plan-category-comments",
        site="野青的博客 (invented)",
        style="博客",
        genre="工作计划",
        kind="other",
        form="text",
        source="http://blog.yeqing.example.net/archives/2025/01/0412.html",
        title="2025年个人工作计划",
        record_title="2025年个人工作计划 | 野青的博客",
        date="2025-01-04",
        notes="blog: 分类/标签/阅读 line, a 文章目录 toggle, '本文最后更新于' notice, 赞赏 button, previous/next with « », "
        "a comment form; the only date is the 发表于 line",
        page="""
!m 野青的博客 — 记录一个基层干部的日常
{T}
!m 发表于 2025-01-04　分类：工作笔记　标签：计划　阅读：412
!l 文章目录 [显示]
{BODY}
!d 本文最后更新于 2025-01-05，部分内容可能已过时。
!a 赞赏　　分享到朋友圈
!l « 2024年个人工作总结　　　街道工作一年的几点感悟 »
!l 发表评论　昵称（必填）　邮箱（必填）　提交
""",
        body="""
新的一年，结合岗位职责和自身实际，制定本人2025年工作计划如下。
一、加强学习。每月至少精读一本书，系统学习基层治理和社会保障方面的政策法规。
二、做好本职。负责的社区养老服务工作，力争全年开展助老服务活动24场，辖区高龄老人探访全覆盖。
三、提升能力。学习使用办公软件和数据分析工具，提高写材料的效率和质量。
四、注重健康。每周锻炼三次，保持良好的工作状态。
""",
    ),
    dict(
        slug="anthology-songtao-speech-chapter-nav",
        site="松涛文集 (invented personal anthology)",
        style="个人文集",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://songtao.wenji.example.com/juan3/pian17.html",
        title="在镇老年协会成立大会上的讲话",
        record_title="卷三　第十七篇　在镇老年协会成立大会上的讲话",
        date="2023-10-23",
        notes="personal anthology: 卷/篇 numbering in the record title, 上一篇/目录/下一篇 bar above and below, 作者简介 box; "
        "the date in Chinese numerals under the title (neutral) and a 附记 paragraph kept as the author's",
        page="""
!m 松涛文集　｜　卷三　基层讲话
!l 上一篇　｜　目录　｜　下一篇
!t 卷三　第十七篇　在镇老年协会成立大会上的讲话
（二〇二三年十月二十三日）
{BODY}
!l 上一篇　｜　目录　｜　下一篇
!m 作者简介：松涛，退休乡镇干部，业余笔耕三十年。
""",
        body="""
各位老同志、同志们：
今天，凤栖镇老年协会正式成立了。这是全镇老年人的一件喜事，也是我们镇的一件大事。我代表镇党委、镇政府表示热烈的祝贺！
老年人是社会的宝贵财富。希望老年协会成为老年人的“娘家”，经常组织大家学习交流、文体娱乐，让大家老有所乐、老有所为。
镇党委、镇政府将一如既往支持协会工作，在活动场地、经费等方面给予保障。
最后，祝各位老同志身体健康、生活幸福！
附记：此稿为重阳节前夕所作，协会成立后活动开展得红红火火，甚慰。
""",
    ),
    dict(
        slug="rsks-heze-exam-notice-attachments",
        site="鹤泽市人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.hzrsks.example.gov.cn/ksgg/2024/0311/1189.html",
        title="鹤泽市2024年事业单位公开招聘工作人员笔试公告",
        record_title="鹤泽市2024年事业单位公开招聘工作人员笔试公告",
        record_date="2024-03-11",
        date="2024-03-11",
        notes="personnel-exam site: 考试报名/准考证打印/成绩查询 bar, the notice's own 咨询电话 lines and a numbered 附件 "
        "list kept, a 技术咨询 line of the site, 打印准考证 button between two paragraphs",
        page="""
!m 鹤泽市人事考试网
!a 考试报名　准考证打印　成绩查询　证书领取
!m 首页 > 考试公告
{T}
!m 发布日期：2024-03-11　浏览次数：25903
{BODY}
!w 网上报名技术咨询：0798-8230022（工作日 9:00-17:00）
!m 鹤泽市人事考试院主办
""",
        body="""
经研究，鹤泽市2024年事业单位公开招聘工作人员笔试定于4月13日举行。现将有关事项公告如下：
一、准考证打印时间：4月8日9:00至4月13日9:00。
⟦a 【点此打印准考证】⟧
二、笔试科目：上午9:00—10:30《职业能力倾向测验》，10:30—12:00《综合应用能力》。
三、考生须携带准考证和有效期内的居民身份证参加考试，证件不全者不得参加考试。
政策咨询电话：0798-8236651（市人社局事业单位人事管理科）
附件：1.考生须知
2.考点交通示意图
鹤泽市人力资源和社会保障局
2024年3月11日
""",
    ),
    dict(
        slug="snapshot-soupan-cache-summary-banner",
        site="搜盘快照 (invented search engine cache)",
        style="搜索快照",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://cache.soupan.example.com/c?m=9d78d513d9d430a84f9a&u=http%3A%2F%2Fwww.yunxiu.example.gov.cn%2Fzwgk%2F5521.html",
        title="云岫县司法局2024年普法依法治理工作总结",
        record_title="云岫县司法局2024年普法依法治理工作总结 - 搜盘快照",
        date="2024-12-18",
        notes="snapshot: the cache banner (这是 … 的快照，网页可能已更新), 搜索词高亮 line, the original page's breadcrumb and "
        "footer inside the snapshot; 成文日期 under the signature",
        page="""
!d 这是搜盘对 http://www.yunxiu.example.gov.cn/zwgk/5521.html 的缓存，是该网页于 2025年1月3日 的快照。网页可能已经更新，请点击此处查看最新网页。
!m 您的搜索词已被高亮显示：普法　工作总结
!m 云岫县人民政府门户网站 > 政务公开 > 部门信息
{T}
{BODY}
!m 云岫县人民政府办公室主办　网站标识码：3607300003
""",
        body="""
2024年，县司法局以“八五”普法规划为统领，深入开展法治宣传教育，推进依法治县各项工作。
一是抓好领导干部学法用法。组织县委理论学习中心组专题学法2次，举办国家工作人员法治讲座4期，全县国家工作人员学法考试参考率100%。
二是开展“法律明白人”培养工程。全县培养“法律明白人”1960名，实现每个村（社区）不少于5名。
三是推进法治乡村建设。新创建省级民主法治示范村2个、市级6个。
云岫县司法局
2024年12月18日
""",
    ),
    dict(
        slug="dangjian-yunxiu-org-activity-report",
        site="云岫党建网 (invented)",
        style="党建网",
        genre="工作报告",
        kind="report",
        form="text",
        source="http://www.yxdj.example.gov.cn/djdt/202407/t20240702_3381.html",
        title="关于开展“七一”主题党日活动情况的报告",
        record_title="关于开展“七一”主题党日活动情况的报告",
        date="2024-07-02",
        notes="Party-building site: 党建动态 column, 党员教育/组织生活 nav, a '学习强国' banner glued to the first line, the report's "
        "data list kept, 党旗 slogan footer",
        page="""
!m 云岫党建网　党员之家
!m 党建动态 | 组织生活 | 党员教育 | 基层风采
{T}
!m 2024年07月02日 16:03　来源：县委组织部
⟦a 【学习强国】每日答题赢积分　　⟧{BODY}
!m 党旗飘扬　凝心聚力
!m 中共云岫县委组织部主办　联系电话：0797-6521208
""",
        body="""
县委组织部：
按照通知要求，我镇各基层党组织于6月28日至7月1日集中开展了“七一”主题党日活动，现将有关情况报告如下：
一、基本情况。全镇32个基层党组织、986名党员参加了活动，参与率达96.3%。
二、主要内容。一是重温入党誓词；二是开展“党员政治生日”活动；三是走访慰问老党员、困难党员58人；四是开展志愿服务活动40场次。
三、下一步打算。将主题党日活动与日常工作结合起来，推动党员在乡村振兴中当先锋、作表率。
中共梧塘镇委员会
2024年7月2日
""",
    ),
    dict(
        slug="wenku-tangxi-plan-angle-bracket-slash-markers",
        site="棠溪文库网 (invented)",
        style="文库预览",
        genre="工作方案",
        kind="other",
        form="text",
        source="https://www.tangxiwk.example.com/view/31170442.html",
        title="2024年度机关节能降耗工作方案",
        record_title=None,
        date=None,
        notes="文库 preview without record title; markers '< 2 / 4 >' on their own lines cutting paragraphs (not wrapped); "
        "文档预览页 chrome with 收藏/举报/分享; no date",
        page="""
!m 棠溪文库网　专业文档分享平台
{T}
!a 收藏　　举报　　分享
!m 共4页　　免费预览已结束，剩余2页可下载查看
{BODY}
!a 下载文档到电脑，查找使用更方便　　10积分
!l 您可能关注的文档：公共机构节能工作总结　办公区节水节电倡议书
""",
        pages=dict(fmt="< {n} / 4 >", every=80, start=2),
        body="""
为深入贯彻落实公共机构节约能源资源有关要求，推进节约型机关建设，结合本单位实际，制定本方案。
一、工作目标。2024年机关人均综合能耗、单位建筑面积能耗比上年分别下降2%，人均用水量下降1.5%。
二、主要措施。（一）严格空调温度控制，夏季不低于26℃，冬季不高于20℃；（二）推行无纸化办公，双面打印率达到90%以上；（三）公务用车实行统一调度，严禁公车私用。
三、工作要求。各科室负责人为本科室节能工作第一责任人，办公室负责每季度统计通报能耗情况。
""",
    ),
    dict(
        slug="fanwen-yuwen-request-cn-date-mobile",
        site="语文范文网 手机版 (invented)",
        style="范文站",
        genre="请示",
        kind="notice",
        form="text",
        source="https://m.yuwenfw.example.com/qingshi/7761.html",
        title="关于增设梧塘村便民服务代办点的请示",
        record_title="关于增设梧塘村便民服务代办点的请示（范本）",
        date="2024-08-20",
        notes="mobile 范文 page: （范本） decoration, a ☰ menu line, chrome glued at the end of the first line, an "
        "'APP内打开' prompt, 成文日期 in Chinese numerals",
        page="""
!a ☰　语文范文网　🔍
!t 关于增设梧塘村便民服务代办点的请示（范本）
{BODY}
!a APP内打开，阅读更流畅
!m m.yuwenfw.example.com
""",
        body="""
镇人民政府：⟦a 　[收藏本文]⟧
梧塘村距镇便民服务中心18公里，辖11个村民小组1630人，群众办理社保、医保、民政等事项往返不便。为方便群众办事，我村拟在村党群服务中心增设便民服务代办点，配备代办员2名，代办高频事项32项。
所需办公设备购置经费约1.5万元，恳请镇政府给予支持。
妥否，请批示。
梧塘村民委员会
二〇二四年八月二十日
""",
    ),
    dict(
        slug="blog-html-canglan-notes-wrap-glued-title",
        site="沧岚拾遗 博客 (invented)",
        style="博客",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://canglan-shiyi.blog.example.com/post/2024-05-30-diaoyan",
        title="关于城区流动摊贩疏导管理的调研报告",
        record_title="关于城区流动摊贩疏导管理的调研报告",
        date="2024-05-30",
        notes="blog HTML: <br>-separated paragraphs, a 置顶 tag and 作者 card, a '– 完 –' end mark, a 打赏 box, 上一篇/下一篇 "
        "with titles; the table of figures kept",
        page="""
<html><head><meta charset="utf-8"><title>关于城区流动摊贩疏导管理的调研报告 - 沧岚拾遗</title></head><body>
<div class="blog">⟦m 沧岚拾遗 · 一个城管人的笔记⟧</div>
<div class="post">
<span class="tag">⟦m 置顶⟧</span><h2>{T}</h2>
<div class="author">⟦m 沧岚拾遗　2024年05月30日　阅读 318⟧</div>
{BODY}
<p>⟦m – 完 –⟧</p>
<div class="reward">⟦a 如果觉得有用，请我喝杯咖啡 ☕ 打赏⟧</div>
<div class="nav">⟦l 上一篇：夜市经济里的城市管理⟧<br>⟦l 下一篇：一名城管队员的二十年⟧</div>
</div>
</body></html>
""",
        p_html="{}<br />",
        body="""
今年4月，我们对城区流动摊贩情况开展了专题调研，走访摊贩86人、周边商户和居民120人。
一、基本情况
区域｜摊贩数｜主要经营品类
老城区｜214｜水果、早点
东湖片区｜97｜小吃、日用品
学校周边｜63｜文具、零食
二、主要问题
一是占道经营影响通行；二是油烟噪音扰民；三是食品安全难以保障。
三、对策建议
建议设置一批便民疏导点，实行“定时、定点、定品类”管理，既守住秩序，也留住烟火气。
""",
    ),
    dict(
        slug="fanwen-shuxiang-hostspeech-anniversary-gap",
        site="书香公文库 (invented)",
        style="范文站",
        genre="主持词",
        kind="speech",
        form="text",
        source="https://www.shuxianggwk.example.com/zcc/2024/08/11907.html",
        title="庆祝教师节暨表彰大会主持词",
        record_title="2024年庆祝教师节暨表彰大会主持词_书香公文库",
        title_also=["2024年庆祝教师节暨表彰大会主持词"],
        date=None,
        date_also=["2024-08-30"],
        notes="范文 site with gap lines between paragraphs, 会员专享 prompt between two paragraphs, 推荐范文 numbered list after, "
        "record title with a year prefix also accepted",
        page="""
!m 书香公文库　让写作有章可循
!m 会议主持词 > 庆典主持词
{T}
!m 更新：2024-08-30　　贡献者：书香小编
{BODY}
!l 推荐范文
!l 1、教师节座谈会主持词
!l 2、优秀教师表彰大会发言稿
!d 温馨提示：文章内容仅供参考，请勿直接套用。
""",
        gap=True,
        body="""
尊敬的各位领导、老师们：
金秋九月，桃李芬芳。今天，我们在这里隆重集会，庆祝第40个教师节，表彰一年来涌现出的优秀教师和先进教育工作者。
⟦a 【会员专享】本文剩余部分为会员内容，开通会员立即查看⟧
会议进行第一项：宣读表彰决定。有请教育局副局长宣读。
会议进行第二项：为受表彰的教师颁奖。
会议进行第三项：请县委书记讲话，大家欢迎。
老师们，教育是国之大计。让我们以这次大会为新的起点，为办好人民满意的教育作出新的更大贡献。大会到此结束。
""",
    ),
    dict(
        slug="search-result-list-page-snippet-news",
        site="搜盘资讯 搜索结果聚合页 (invented)",
        style="搜索快照",
        genre="新闻",
        kind="news",
        form="text",
        source="https://news.soupan.example.com/s?word=梧塘村+积分超市&pn=0&id=3",
        title="梧塘村“积分超市”开张 村民用积分换实惠",
        record_title="梧塘村“积分超市”开张 村民用积分换实惠_搜盘资讯",
        date="2024-06-05",
        notes="search-result aggregate page: 搜索框, 为您找到相关资讯约 N 篇 line, a 相关搜索 box, the original site name and "
        "relative time; the article's own date inside the lead",
        page="""
!a 搜盘资讯　[梧塘村 积分超市]　搜索一下
!m 为您找到相关资讯约1,240篇
{T}
!m 岫山发布　2024-06-05 18:20
{BODY}
!l 相关搜索：积分超市怎么运营　乡村治理积分制　积分兑换规则
!d 以上内容来自第三方网站，搜盘资讯不对其真实性负责。
""",
        body="""
6月5日，岫山县梧塘村“积分超市”正式开张，村民们拿着积分卡兑换了油、盐、洗衣液等生活用品。
据介绍，村民参加环境整治、志愿服务、移风易俗等活动都能获得积分，每1分可兑换1元商品。
“开张第一天就有80多户来兑换。”村党支部书记说，积分超市让好人好事“有价”，村风民风越来越好。
""",
    ),
]

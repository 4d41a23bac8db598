"""holdout127, part F: exam forums, encyclopaedia Q&A, cloud-drive shares, search
snapshots, print views, forwarded mails. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="gkbbs-shenlun-panda-park-text",
        site="上岸公考论坛 (invented)",
        style="公考论坛",
        genre="申论素材",
        kind="other",
        form="text",
        source="http://bbs.shangan.example.com/thread-661207-1-1.html",
        title="申论热点：大熊猫国家公园的生态保护与社区发展",
        record_title="[申论素材] 申论热点：大熊猫国家公园的生态保护与社区发展（附答题思路） - 申论专区 - 上岸公考论坛",
        date=None,
        notes="exam forum; junk lines; VIP prompt; relative times; no date",
        junk=dict(lines=1, glued=2),
        page="""
!m 上岸公考论坛 › 申论专区 › 热点素材
!m 楼主：申论小课代表　　发表于 4 天前　　回复 56　查看 8810
{T}
{BODY}
!a 【VIP资料】本题参考答案回复可见，开通VIP直接查看
!l 回复　　收藏　　评分
!l 2楼　一战上岸：感谢楼主分享
!d 本版素材仅供备考交流，禁止商业用途。
""",
        body="""
大熊猫国家公园涉及川陕甘三省，总面积2.2万平方公里，园区内及周边有数十万社区居民。
【背景】设立国家公园后，一些小水电、矿山退出，部分群众的传统生计受到影响。
【做法】各地通过设立生态管护公益岗位，吸纳当地居民参与巡护监测；发展生态旅游和特色种养，让群众从保护中受益。
【启示】生态保护和民生改善不是对立关系，关键是建立合理的生态补偿机制，让保护者得实惠。
""",
    ),
    dict(
        slug="gkbbs-mianshi-post-office-html",
        site="公考驿站 (invented)",
        style="公考论坛",
        genre="面试题",
        kind="other",
        form="html",
        source="https://www.gkyizhan.example.com/forum/t-30215.html",
        title="结构化面试真题：乡镇邮政网点撤并引发群众不满，你怎么看？",
        record_title="[面试素材] 结构化面试真题：乡镇邮政网点撤并引发群众不满，你怎么看？ - 公考驿站",
        date="2025-03-09",
        notes="exam forum HTML; 发表于 is the page date; course ad box; thank-you floors",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>[面试素材] 结构化面试真题：乡镇邮政网点撤并引发群众不满，你怎么看？ - 公考驿站</title></head>
<body><div class="hd">⟦m 公考驿站 · 考公人的加油站⟧ ⟦a 登录⟧ ⟦a 注册⟧</div>
<div class="bm">⟦m 首页 › 面试交流 › 真题解析⟧</div>
<h1>{T}</h1>
<div class="au">⟦m 驿站老师阿岚 发表于 2025-3-9 20:05⟧</div>
{BODY}
<div class="ad">⟦a 面试特训营火热报名中，点击了解⟧</div>
<div class="rp">⟦l 沙发 小白考公：答得很全面，收藏了⟧</div>
<div class="ft">⟦m 公考驿站 ©2025　京ICP备19033021号⟧</div>
</body></html>
""",
        body="""
【题目】某县拟撤并部分业务量小的乡镇邮政网点，引发群众不满，认为取钱、寄包裹更不方便了。对此你怎么看？
【参考思路】
第一，撤并网点有其合理性，部分网点业务量小、运营成本高，优化布局有助于提高资源利用效率。
第二，群众的不满也值得重视，农村老人多，对线下网点依赖程度高。
第三，建议撤并前充分听取群众意见，通过设立便民服务点、流动服务车等方式补齐服务短板。
""",
    ),
    dict(
        slug="baike-zhiku-siberian-tiger-text",
        site="知库百科 (invented)",
        style="百科问答",
        genre="词条",
        kind="other",
        form="text",
        source="https://baike.zhiku.example.com/item/东北虎/10217",
        title="东北虎",
        record_title="东北虎_知库百科",
        date=None,
        notes="encyclopaedia entry: edit counts, catalogue, references and an example date inside a sentence (no date)",
        page="""
!m 知库百科　|　全球华人的知识库
!a 编辑　　讨论　　收藏　　上传视频
{T}
!m 本词条由“知库”科普中国认证　　浏览 18.6万　　编辑 42 次
!l 目录　1 形态特征　2 分布范围　3 保护现状
{BODY}
!l 参考资料：1. 东北虎豹国家公园管理局. 保护成效. 2. 野生动物保护名录
!l 词条标签：动物　猫科　国家一级保护动物
!d 词条内容仅供参考，如有疑问请咨询专业人士。
""",
        body="""
东北虎是虎的一个亚种，主要分布于俄罗斯远东地区和我国东北地区，是现存体型最大的猫科动物之一。
形态特征：成年雄虎体长可达2.8米，体重可达300公斤，毛色浅黄，冬季毛长而密。
分布范围：我国境内的东北虎主要分布在吉林、黑龙江两省东部山区。
保护现状：东北虎为国家一级保护野生动物。2021年10月12日，东北虎豹国家公园正式设立，野生东北虎数量逐步恢复。
""",
    ),
    dict(
        slug="baike-wenwen-ostrich-html",
        site="问问百科 (invented)",
        style="百科问答",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.wenwenbaike.example.com/question/7712098.html",
        title="鸵鸟养殖需要办理哪些手续？",
        record_title="鸵鸟养殖需要办理哪些手续？",
        date=None,
        notes="Q&A encyclopaedia: expert card, likes, related questions; no date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>鸵鸟养殖需要办理哪些手续？-问问百科</title></head>
<body><div class="hd">⟦m 问问百科⟧ ⟦a 搜索⟧ ⟦a 提问⟧</div>
<h1>{T}</h1>
<div class="ex">⟦m 专家回答　畜牧兽医师 柯平　已回答 1204 个问题⟧</div>
{BODY}
<div class="op">⟦l 赞 33　踩 1⟧ ⟦a 分享⟧ ⟦a 举报⟧</div>
<div class="rl"><b>⟦l 相关问题⟧</b> ⟦l 鸵鸟一年下多少蛋⟧ ⟦l 养鸵鸟赚钱吗⟧</div>
<div class="ft">⟦m © 问问百科⟧</div>
</body></html>
""",
        body="""
鸵鸟属于特种养殖，规模养殖一般需要办理以下手续：
1.到当地农业农村部门办理动物防疫条件合格证。
2.非洲鸵鸟、美洲鸵鸟等已列入人工繁育技术成熟的物种，具体是否需要办理驯养繁殖许可，以当地林业部门规定为准。
3.办理营业执照，销售种苗的还需办理种畜禽生产经营许可证。
建议开办前先到县农业农村局和林业局咨询。
""",
    ),
    dict(
        slug="pan-yunhe-yoga-plan-text",
        site="云盒网盘 (invented)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="text",
        source="https://pan.yunhe.example.com/s/1Kq8vT0xZ",
        title="社区职工瑜伽兴趣班活动方案",
        record_title="社区职工瑜伽兴趣班活动方案.wps",
        date="2025-04-01",
        notes="cloud-drive share: file size, expiry, save prompt; .wps file name; signature date",
        page="""
!m 云盒网盘｜文件分享
!m 社区职工瑜伽兴趣班活动方案.wps　　86KB　　有效期：7天
!a 保存到我的云盒　　下载　　举报
!m 分享者：春***雨　　分享于 2025-04-09
{T}
{BODY}
!a 预览仅显示部分内容，完整文件请下载后查看
!d 云盒网盘不对用户分享的内容负责，如发现违规内容请举报。
""",
        body="""
为丰富职工业余生活，增强职工体质，街道工会决定开办职工瑜伽兴趣班。
一、活动时间：4月至6月，每周二、周四晚上7点至8点。
二、活动地点：街道职工之家二楼活动室。
三、参加对象：辖区企业职工，每期限30人，报名先到先得。
四、工作要求：各基层工会做好宣传发动，活动期间注意安全，防止运动损伤。
街道总工会
2025年4月1日
""",
    ),
    dict(
        slug="pan-lanpan-drumkit-summary-pages",
        site="蓝盘资源分享 (invented)",
        style="网盘分享",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://lanpan.example.net/file/drum-2024.html",
        title="少年宫架子鼓社团2024年工作总结",
        record_title=None,
        date=None,
        notes="title missing from the record; preview text cut by ‖n‖ markers; extraction code prompt; no date",
        pages=dict(fmt="‖{n}‖", every=110, start=2),
        page="""
!m 蓝盘资源分享　　文件：架子鼓社团总结.docx
!w 提取码请加QQ群 66102884 获取
少年宫架子鼓社团2024年工作总结
{BODY}
!a 文件预览结束，请下载原文件
!l 该用户的其他分享：合唱社团总结　书法社团活动方案
""",
        body="""
2024年，少年宫架子鼓社团共有学员48人，分初级、中级两个班，全年开课92次。
一是教学有序推进。初级班完成基本节奏型和军鼓基本功训练，中级班学习了摇滚、爵士等多种风格曲目。
二是演出成果丰硕。社团参加了六一文艺汇演和市青少年艺术节，打击乐合奏获得二等奖。
三是存在不足。鼓房隔音效果差，部分鼓具老化，需要更新。
""",
    ),
    dict(
        slug="snapshot-soso-ginkgo-html",
        site="搜搜快照 (invented)",
        style="搜索快照",
        genre="新闻",
        kind="news",
        form="html",
        source="http://cache.soso.example.com/c?u=http%3A%2F%2Fwww.jinjiang.example.gov.cn%2Fxw%2F3312.html",
        title="金江镇千年银杏迎来最佳观赏期",
        record_title="金江镇千年银杏迎来最佳观赏期_金江镇人民政府",
        date="2024-11-18",
        notes="snapshot frame with a cache header; snapshot time is no date; the page's own 发布时间",
        page="""
<html><head><meta charset="utf-8"><title>金江镇千年银杏迎来最佳观赏期_金江镇人民政府</title></head>
<body><div class="cachehd">⟦d 这是 http://www.jinjiang.example.gov.cn/xw/3312.html 的快照，是网页在 2025年1月3日 的存档。当前页面可能已经更改。⟧</div>
<div class="cachehd">⟦a 查看当前页面⟧ ⟦a 纯文字版本⟧</div>
<div class="page"><div>⟦m 金江镇人民政府⟧</div><div>⟦m 首页 > 乡镇动态⟧</div>
<h2>{T}</h2><div>⟦m 发布时间：2024-11-18　来源：镇党政办⟧</div>
{BODY}
<div>⟦m 主办：金江镇人民政府　蜀ICP备12003361号⟧</div></div>
</body></html>
""",
        body="""
连日来，金江镇古寺村的千年银杏树叶片由绿转黄，进入最佳观赏期，吸引大批游客前来打卡。
这棵银杏树龄约1200年，树高28米，胸径2.6米，是县内最古老的银杏树。
为做好古树保护，镇里设置了围栏和游览步道，安排专人劝导游客不要攀爬、摇晃树枝。
观赏期预计持续至12月上旬。
""",
    ),
    dict(
        slug="snapshot-kuaiso-handball-text",
        site="快搜网页快照 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="text",
        source="http://snapshot.kuaiso.example.cn/?id=77a10f&url=tyj.bingchuan.example.gov.cn",
        title="关于举办冰川市青少年手球锦标赛的通知",
        record_title="关于举办冰川市青少年手球锦标赛的通知",
        date="2025-05-20",
        notes="text-only snapshot with the original URL; highlighted query terms line; signature date",
        page="""
!d 快搜快照：本页面为 2025-06-02 的网页存档，原网页可能已更新或删除。
!m 原网址：http://tyj.bingchuan.example.gov.cn/tzgg/2025/0520_118.html
!m 您查询的关键词已高亮：手球　锦标赛
{T}
{BODY}
!m 冰川市体育局　版权所有
""",
        body="""
各区县体育局、各有关学校：
经研究，决定举办冰川市青少年手球锦标赛，现将有关事项通知如下：
一、比赛时间：2025年6月14日至16日。
二、比赛地点：市体育中心综合馆。
三、参赛组别：U15男子组、U15女子组、U13混合组。
四、报名：请于6月5日前将报名表报市体育局竞赛科。
联系人：龚晓峰　电话：0994-2231509
冰川市体育局
2025年5月20日
""",
    ),
    dict(
        slug="print-xingyuan-autism-rehab-text",
        site="星缘康复中心 (invented)",
        style="打印页",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.xingyuankf.example.org/print.php?id=208",
        title="孤独症儿童康复训练中心上半年工作总结",
        record_title="打印 - 孤独症儿童康复训练中心上半年工作总结",
        date="2025-07-05",
        notes="print view: printed-at stamp and URL footer, page footer 第1页/共1页; signature date",
        page="""
!m 星缘康复中心 — 打印版本
!m 打印时间：2025-07-09 10:41
{T}
{BODY}
!m 本文地址：http://www.xingyuankf.example.org/news/208.html
!p 第1页/共1页
""",
        body="""
上半年，中心共为62名孤独症儿童提供康复训练服务，其中新接收学员14名。
一是规范评估。每名儿童入训时进行综合评估，制定个别化训练计划，每三个月复评一次。
二是加强家长培训。举办家长课堂6期，指导家长在家庭中开展训练。
三是提升师资。选派4名教师参加省级康复培训，全部取得结业证书。
下半年，中心将增设融合教育支持服务，帮助学员顺利进入普通幼儿园。
星缘孤独症儿童康复训练中心
2025年7月5日
""",
    ),
    dict(
        slug="print-quanji-boxing-rules-html",
        site="拳击运动协会 (invented)",
        style="打印页",
        genre="规程",
        kind="other",
        form="html",
        source="https://www.shiboxing.example.org/print/rules-2025.html",
        title="2025年全市业余拳击公开赛竞赛规程",
        record_title="〔打印稿〕2025年全市业余拳击公开赛竞赛规程",
        date="2025-09-12",
        notes="print-view HTML with print/close buttons and a print footer; a rule that speaks of 下载打印 (kept)",
        page="""
<html><head><meta charset="utf-8"><title>〔打印稿〕2025年全市业余拳击公开赛竞赛规程</title>
<style>@media print{.noprint{display:none}}</style></head>
<body><div class="noprint">⟦a 打印⟧ ⟦a 关闭⟧</div>
<h2>{T}</h2>
{BODY}
<div class="pf">⟦m 页面打印自：市拳击运动协会官网　shiboxing.example.org⟧</div>
<div class="pf">⟦p 页码 1 / 1⟧</div>
</body></html>
""",
        body="""
一、主办单位：市体育总会、市拳击运动协会。
二、比赛时间和地点：2025年10月25日至26日，市全民健身中心。
三、参赛资格：年满16周岁、身体健康的业余拳击爱好者，须提供县级以上医院体检证明。
四、竞赛办法：执行国际拳联最新业余拳击规则，每场3回合，每回合2分钟。
五、报名：参赛者从协会网站下载打印报名表，签字后于10月15日前交协会秘书处。
市拳击运动协会
2025年9月12日
""",
    ),
    dict(
        slug="mail-fw-aquarium-volunteers-text",
        site="邮件转发 (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mail://volunteer-list/2025-07-01/aquarium",
        title="关于招募海洋馆暑期科普志愿者的通知",
        record_title="Fwd: 关于招募海洋馆暑期科普志愿者的通知",
        date="2025-06-30",
        notes="forwarded mail: headers, forward separator, mail client signature; the notice's own 附件 and email",
        page="""
!m 发件人：团委 <tw@haibin-univ.example.edu.cn>
!m 发送时间：2025年7月1日 星期二 09:12
!m 收件人：各学院团委
!m 主题：Fwd: 关于招募海洋馆暑期科普志愿者的通知
!m ---------- 转发的邮件 ----------
{T}
{BODY}
!d 此邮件可能包含保密信息，若误收请立即删除。
!a 发自我的手机邮箱
""",
        body="""
各学院团委：
海滨海洋馆拟招募暑期科普志愿者30名，现将有关事项通知如下。
一、服务时间：7月10日至8月20日，每人至少服务10天。
二、服务内容：展区讲解、秩序引导、亲子科普活动协助。
三、报名方式：填写报名表，于7月5日前发送至hbhyg_zyz@example.com。
附件：海洋馆暑期科普志愿者报名表.xlsx
海滨海洋馆
2025年6月30日
""",
        date_also=["2025-07-01"],
    ),
    dict(
        slug="mail-zhuanfa-cucumber-greenhouse-html",
        site="农技邮件列表 (invented)",
        style="邮件转发",
        genre="技术指导",
        kind="other",
        form="html",
        source="https://lists.nongji.example.org/archive/2025-02/0017.html",
        title="日光温室黄瓜早春管理技术指导意见",
        record_title="转发：日光温室黄瓜早春管理技术指导意见",
        date="2025-02-14",
        notes="mail archive HTML: list header, thread links, unsubscribe footer; 抄送 line of the document kept",
        page="""
<html><head><meta charset="utf-8"><title>转发：日光温室黄瓜早春管理技术指导意见</title></head>
<body><div class="list">⟦m 农技推广邮件列表存档⟧ ⟦l 按日期 | 按主题 | 按作者⟧</div>
<pre>⟦m 发件人: 县农技中心 蔬菜站⟧
⟦m 日期: 2025-02-15 08:03⟧</pre>
<h3>{T}</h3>
{BODY}
<div class="nav">⟦l 上一封：春耕备耕农资供应情况⟧ ⟦l 下一封：小麦返青期管理意见⟧</div>
<div class="unsub">⟦d 您收到此邮件是因为订阅了农技推广列表，退订请回复 TD。⟧</div>
</body></html>
""",
        body="""
各乡镇农业综合服务站：
当前正值日光温室黄瓜早春生产关键期，为防止低温寡照危害，提出以下指导意见：
一、加强保温。夜间加盖保温被，连阴天也要适当揭帘见光，避免长时间不见光导致植株衰弱。
二、合理浇水。选择晴天上午膜下暗灌，忌大水漫灌。
三、防治病害。重点防治霜霉病和灰霉病，优先采用烟剂和粉尘剂，降低棚内湿度。
抄送：县农业农村局
县农业技术推广中心
2025年2月14日
""",
        date_also=["2025-02-15"],
    ),
]

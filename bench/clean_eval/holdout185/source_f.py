"""holdout185, part F: more text pages of older kinds. Invented text."""

CASES = [
    dict(
        slug="fanwen-text-paperweight-award-hostscript-wrapped",
        site="案头范文网 (invented)",
        style="范文站",
        genre="主持词",
        kind="other",
        form="text",
        source="http://www.antoufw.com/zcc/2025/6620.html",
        title="县“翰墨传家”书法展颁奖仪式主持词",
        record_title="【可编辑】县“翰墨传家”书法展颁奖仪式主持词（通用3篇）",
        date=None,
        notes="hard-wrapped at 58 columns; contact prompt between paragraphs; no date",
        page="""
!m 案头范文网——写稿不求人
!m 位置：首页 / 主持词 / 颁奖主持词
!t 【可编辑】县“翰墨传家”书法展颁奖仪式主持词（通用3篇）
!m 收录：2 天前　热度：988
{BODY}
!a 会员专享：一键下载可编辑Word
!l 相关范文：书画展开幕式致辞｜读书节闭幕主持词
!m antoufw.com 粤ICP备20099133号
""",
        wrap=58,
        indent="\u3000\u3000",
        body="""
尊敬的各位领导、各位书法爱好者：
“翰墨传家”书法作品展自开展以来，共收到作品612件，经专家评审，评出金奖3名、银奖6名、铜奖10名。
⟦w 代写主持词、串词，半小时出稿，Q 3377012⟧
下面，有请获得金奖的三位作者上台，请县书协主席为他们颁发证书和奖品——一方刻有获奖作品名的紫檀镇纸。
让我们再次以热烈的掌声，祝贺所有获奖作者！颁奖仪式到此结束。
""",
    ),
    dict(
        slug="wenku-text-gluestick-factory-report-glued-markers",
        site="道客文库 (invented)",
        style="文库预览",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://www.daokewk.com/p-88120331.html",
        title="胶粘制品车间主任2025年述职报告",
        record_title="胶粘制品车间主任2025年述职报告 - 道客文库",
        date="2025-12-26",
        notes="glued page markers; 成文日期 Chinese numerals",
        page="""
!m 道客文库　文档预览
!m 上传时间：2026-01-03　页数：4　下载券：2
{T}
{BODY}
!a 阅读已结束，如需继续阅读或下载，请使用下载券
!d 文档来源于网络，仅供参考学习
""",
        pages=dict(fmt="⟮{n}⟯", every=110, start=2, glue=True),
        body="""
2025年，我在公司领导下主持胶棒、胶水车间生产工作，现将履职情况报告如下。
一、完成生产任务。全年生产固体胶棒1860万支、液体胶水420吨，分别完成计划的104%和98%。
二、抓好质量安全。推行首件检验制度，产品一次交验合格率由97.2%提升到99.1%，全年无安全事故。
三、存在不足。设备自动化程度不高，旺季加班偏多。
述职人：贺成林
二〇二五年十二月二十六日
""",
    ),
    dict(
        slug="gov-text-stamppad-service-hall-guide",
        site="杪城政务服务网 (invented)",
        style="政府门户",
        genre="办事指南",
        kind="other",
        form="text",
        source="http://zwfw.miaocheng.gov.cn/bszn/7731.html",
        title="政务服务大厅“免带印章”服务指引",
        record_title="政务服务大厅“免带印章”服务指引_杪城政务服务网",
        date="2025-04-01",
        notes="service-hall guide; 发布时间 byline; hall hotline chrome beside window phone in body",
        page="""
!m 杪城市政务服务网
!m 首页 > 办事指南 > 综合窗口
{T}
!m 发布时间：2025-04-01　来源：市政务服务中心
!a 【放大】【缩小】【打印本页】
{BODY}
!m 政务服务热线：12345　　大厅地址：杪城市市民中心B座
""",
        body="""
自4月起，市政务服务大厅综合窗口为企业群众提供“免带印章”服务：
一、企业办理备案类事项时，可使用电子印章签章，无需携带实物印章和印台。
二、确需实物用印的，窗口提供统一的印台和按手印用印油，用后可领取湿巾。
三、电子印章申领可在窗口现场办理。综合窗口电话：0739-5660231。
""",
    ),
    dict(
        slug="news-text-tablecloth-craft-village",
        site="楸阳日报网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.qyrbw.com/content/2025-09/10/117223.html",
        title="蓝印花布桌布走俏 老手艺织出增收路",
        record_title=None,
        date="2025-09-10",
        notes="missing record title; title line then text; byline date; photo caption between paragraphs",
        page="""
!m 楸阳日报网 | 乡村振兴频道
{T}
!m 2025-09-10 07:30　楸阳日报　记者 许蓝
{BODY}
!l 【相关阅读】非遗工坊带动千人就业
!m 本网所载内容版权归楸阳日报社所有
""",
        body="""
在楸阳县桐岭村的染坊里，几十张蓝印花布桌布正晾在竹竿上。
今年以来，村里的蓝印花布桌布通过网店销往十多个省份，订单比去年翻了一番。
!m 图：村民在晾晒刚染好的桌布。许蓝 摄
染坊负责人方婆婆说，村里有17名妇女在家门口就业，每人每月能增收两千多元。
""",
    ),
    dict(
        slug="blog-text-trivet-woodworker-oneline",
        site="木屑集 (invented)",
        style="博客",
        genre="随笔",
        kind="other",
        form="text",
        source="http://muxieji.blog.cn/2025/08/trivet.html",
        title="用边角料做一块胡桃木锅垫",
        record_title="用边角料做一块胡桃木锅垫 – 木屑集",
        date="2025-08-17",
        notes="one-line body; bracketed blog time",
        page="""
!m 木屑集 · 一个周末木匠的工作台
{T}
!m [2025-08-17 22:10]　分类：小物件
{BODY}
!l 标签：胡桃木 边角料 锅垫
!l 评论(2)　｜　上一篇：给阳台做了个花架
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
做书架剩下一堆胡桃木条，宽三厘米，长短不一。
我把它们锯成等长的十一根，用细木榫横向串起来，中间留出一指宽的缝，热气能散出去。
打磨到四百目，擦两遍木蜡油，一块锅垫就做好了。
""",
    ),
    dict(
        slug="edu-text-bookshelf-kindergarten-letter",
        site="桤川县第一幼儿园 (invented)",
        style="教育门户",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.qcyey.cn/jygx/2025/0410.html",
        title="“绘本漂流书架”致家长的一封信",
        record_title="【家园共育】“绘本漂流书架”致家长的一封信",
        date="2025-04-10",
        notes="kindergarten letter with 回执 blanks; junk lines from a reposting forum",
        page="""
!m 桤川县第一幼儿园 · 家园共育
{T}
!m 发布日期：2025-04-10　阅读：356
{BODY}
!l 上一篇：春季传染病预防提示
!m 园址：桤川县滨河路22号
""",
        junk=dict(lines=1, glued=1),
        body="""
亲爱的家长朋友们：
为培养孩子的阅读兴趣，幼儿园将在每个班门口设立“绘本漂流书架”。请每个家庭捐赠一至两本适合幼儿阅读的绘本，并在扉页写上孩子的名字和一句推荐语。
孩子们每周五可从书架上借一本回家，下周一归还。
回执：幼儿姓名____，班级____，捐赠绘本____本。
桤川县第一幼儿园
2025年4月10日
""",
    ),
    dict(
        slug="qa-text-paperweight-material-question",
        site="有问必答网 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="http://www.youwenbida.com/q/61200",
        title="练书法的镇纸选铜的还是木的？",
        record_title="练书法的镇纸选铜的还是木的？ - 有问必答网",
        date=None,
        notes="text Q&A; chrome glued after a sentence; relative time",
        page="""
!m 有问必答网 › 文化艺术 › 书法
{T}
!m 提问时间：前天　回答：5
{BODY}
!m 回答者：临池三十年　回答于 昨天
!a 👍 赞同 41　｜　💬 评论　｜　⭐ 收藏
""",
        body="""
初学写大字，建议选铜镇纸，分量足，宣纸压得住，不会被毛笔带起来。⟦a 点击查看更多回答⟧
木镇纸轻，适合写小楷或在桌上压书稿，有些红木的还能当把玩件。
长度一般选与纸张宽度相近的一对，二十到三十厘米比较常用。
""",
    ),
    dict(
        slug="localforum-text-gluestick-parents-thread",
        site="柘湖论坛 (invented)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="http://bbs.zhehu.net/t/66219",
        title="学校门口小卖部的胶棒有股怪味，大家注意",
        record_title="学校门口小卖部的胶棒有股怪味，大家注意 - 亲子教育 - 柘湖论坛",
        date=None,
        notes="text county forum; moderator box between paragraphs; relative time",
        page="""
!m 柘湖论坛 › 亲子教育
{T}
!m 楼主：糖豆妈　发表于 3 天前
{BODY}
!l 3楼　浩浩爸：我家也买过，已经扔了
!m 柘湖论坛 举报电话：0573-8123300
""",
        body="""
昨天孩子从校门口小卖部买了两支卡通胶棒，一打开味道很冲，熏得眼睛疼。
!l 【版主提示】发帖请注意文明用语，禁止发布广告
我看了包装，没有厂名也没有生产日期。已经打了12315反映。
提醒大家给孩子买文具尽量去正规超市。
""",
    ),
    dict(
        slug="dangjian-text-stamppad-branch-rules-wrapped-markers",
        site="笺溪机关党建网 (invented)",
        style="党建网",
        genre="制度",
        kind="other",
        form="text",
        source="http://dj.jianxi.gov.cn/zdjs/2025/0618.html",
        title="党支部印章及印台管理办法",
        record_title="党支部印章及印台管理办法_笺溪机关党建网",
        date=None,
        notes="hard-wrapped and cut by page markers; articles speak of 打印/下载; no date",
        page="""
!m 笺溪机关党建网　制度建设
{T}
!m 来源：县直机关工委　阅读：640
{BODY}
!l 相关制度：党费收缴管理办法｜党员档案管理办法
!m 中共笺溪县直属机关工作委员会 主办
""",
        wrap=64,
        pages=dict(fmt="∽{n}∽", every=120, start=2),
        body="""
第一条 党支部印章由支部书记指定专人保管，印章与印台、印油一并存放于带锁的文件柜内，不得带出办公场所。
第二条 使用印章须填写用印登记表，登记表可在机关党建网下载，打印后由支部书记签字批准。
第三条 印台应使用红色印油，印迹模糊时应及时更换，不得以其他颜色印油代替。
第四条 印章遗失的，应立即报告县直机关工委并登报声明作废。
""",
    ),
    dict(
        slug="mail-text-tablecloth-reply-chain",
        site="个人邮箱打印 (invented)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="text",
        source="mailto:wang.jie@hcmail.cn",
        title="关于借用会议桌布的函",
        record_title="回复：Re: 关于借用会议桌布的函.docx",
        date="2025-06-02",
        date_also=["2025-06-03"],
        notes="reply chain headers; file-name title; 函 with contact kept; 成文日期",
        page="""
!m 发件人：王捷 <wang.jie@hcmail.cn>
!m 日期：2025年6月3日 星期二 14:20
!m 主题：回复：Re: 关于借用会议桌布的函.docx
!m 好的，已收到，周五派人去取。
!m > 原邮件如下：
{T}
{BODY}
!d 发自我的手机邮箱
""",
        body="""
桦城市青少年宫：
我单位定于6月13日举办“小小书法家”展演活动，因会场桌布数量不足，拟向贵宫借用深红色会议桌布20张，活动结束后清洗归还。
联系人：王捷，电话：0452-6338127。
桦城市少儿图书馆
2025年6月2日
""",
    ),
]

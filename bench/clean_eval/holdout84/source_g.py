"""holdout84, part G: seven more pages with page markers of forms of our own (⸢N⸣, ‖N‖, 〔P N〕,
(N页)), forum junk, a title printed three times and titles left out of the record — an ice-fishing
auction, an abalone farmers' pledge, a squash club, a passion-fruit grower's blog, a calibration
institute's intranet, a dragon-fruit news page and sanda competition rules. Invented text; see
../README.md and ../build.py."""

CASES = [
    dict(
        slug="wechat-text-icefishing-first-fish-auction-wrapped",
        site="查干泡渔场 公众号镜像 (invented)",
        style="公众号镜像",
        genre="新闻",
        kind="news",
        form="text",
        source="https://weixin.jingxiang.example.net/s/yt-2025-1229-a1",
        title="冬捕头鱼拍出9.9万元 善款全部捐给乡村学校",
        record_title=None,
        date="2025-12-29",
        notes="a WeChat mirror as text, hard-wrapped at 62 columns; no record title (the title line on the page); the account line with the publish time is the page's date; a 'tap to follow' prompt glued before a 。 in the body",
        wrap=62,
        page="""
!m 查干泡渔场
{T}
!m 查干泡渔场　2025-12-29 16:48　发表于吉林
{BODY}
!a 预览时标签不可点
!l 微信扫一扫 关注该公众号
!l 继续滑动看下一个
""",
        body="""
12月28日上午，第六届查干泡冬捕节开幕，随着渔把头一声号令，大网缓缓出水，第一网共捕获鲜鱼八万余斤。
按照当地习俗，第一网中最大的一条鱼被称为“头鱼”。今年的头鱼是一条重三十八斤的胖头鱼，经过十几轮竞价，最终被一位本地企业家以九点九万元拍得⟦a （点击蓝字关注，第一时间看冬捕直播）⟧。
拍卖所得善款将全部捐给湖区周边的三所乡村小学，用于改善学生冬季取暖条件。
冬捕节将持续到明年1月中旬，其间每天上午十点在北岸码头举行出网仪式。
""",
    ),
    dict(
        slug="docshare-text-abalone-farmers-pledge-corner-markers",
        site="文档汇 (invented)",
        style="文档分享",
        genre="承诺书",
        kind="pledge",
        form="text",
        source="https://www.wendanghui.example.com/doc/7718302.html",
        title="鲍鱼养殖户质量安全承诺书",
        record_title="鲍鱼养殖户质量安全承诺书.doc",
        date=None,
        notes="a sharing page whose preview is cut by ⸢N⸣ markers glued to the continuation line; file-name title; placeholder lines of the pledge (承诺人/日期 blanks) kept; no date",
        pages=dict(fmt="⸢{n}⸣", every=90, start=2, glue=True),
        page="""
!m 文档汇　｜　doc 文档　｜　1页
!t 鲍鱼养殖户质量安全承诺书.doc
!a 下载文档　收藏　分享给好友
{BODY}
!a 下载此文档可编辑修改，更方便使用
!d 文档汇为用户上传分享平台，如对内容有异议请联系客服处理。
""",
        body="""
为保障鲍鱼产品质量安全，维护消费者健康，本人郑重承诺：
一、严格遵守水产养殖用药有关规定，不使用国家禁用药品和其他化合物，不超范围、超剂量使用兽药。
二、严格执行休药期制度，休药期未满的鲍鱼不上市销售。
三、如实填写养殖生产记录、用药记录和销售记录，记录保存两年以上。
四、主动接受渔业主管部门的监督检查和产品抽检。
如有违反，本人自愿承担相应法律责任。
承诺人（签字）：________
养殖场地址：________
日期：____年__月__日
""",
    ),
    dict(
        slug="forum-text-squash-club-weekend-summary-junk",
        site="壁球人社区 (invented)",
        style="论坛",
        genre="活动总结",
        kind="summary",
        form="text",
        source="http://bbs.biqiuren.example.com/t/5521",
        title="周末壁球友谊赛活动小结",
        record_title="周末壁球友谊赛活动小结（附成绩）",
        date="2025-10-19",
        notes="a hobby forum text thread with anti-scraping junk lines and glued junk; a results table; a 编辑于 stamp; the post's own closing date line; decorated record title",
        junk=dict(lines=2, glued=1),
        page="""
!m 壁球人社区 > 活动召集 > 活动回顾
!t 周末壁球友谊赛活动小结（附成绩）
!m 作者：Lob小王　｜　楼主　｜　编辑于 2025-10-20 08:12
{BODY}
!l 👍 赞(21)　💬 评论(14)　⭐ 收藏
!l 热帖：新手选拍指南 | 市内壁球馆价格汇总 | 下期活动报名
""",
        body="""
10月18日，俱乐部在城南体育中心壁球馆举办了周末友谊赛，共有二十四名球友参加，分男子组和女子组进行。
比赛采用小组循环加淘汰赛的方式，每局十一分制，三局两胜。大家打得非常投入，好几场比赛打满了三局。
组别　冠军　亚军　季军
男子组　钟明　樊一凡　陆涛
女子组　白雪　祁岚　丁小雨
感谢城南体育中心提供场地，感谢志愿者们的辛苦付出。下期活动定在11月中旬，欢迎新球友参加。
俱乐部活动部
2025年10月19日
""",
    ),
    dict(
        slug="blog-text-passionfruit-grower-title-thrice",
        site="果园老冉的博客 (invented)",
        style="博客",
        genre="随笔",
        kind="essay",
        form="text",
        source="http://ranlaoguo.blog.example.cn/post/2025-09-07.html",
        title="百香果采收季的三点体会",
        record_title="百香果采收季的三点体会",
        record_date="2025-09-07",
        date="2025-09-07",
        notes="a blog text page with the title printed three times (blog header, post title, and a 'you are reading' strip), a visitor counter, a like button, a 'subscribe by mail' prompt; the record gives the date",
        page="""
!m 果园老冉的博客 — 在南方的山坡上种果子
!m 正在阅读：
{T}
!m 博主：老冉　访问：88,016
{T}
!m 2025年9月7日　22:03
{T}
{BODY}
!a ♥ 喜欢(35)　　打赏
!a 订阅本博客：输入邮箱，新文章第一时间推送给你
!l 上一篇：台风过后的果园　｜　下一篇：（没有了）
""",
        body="""
今年的百香果采收季接近尾声，总结一下，有三点体会。
第一，果子要等自然掉落。百香果成熟后会自己从藤上掉下来，这时候的果子最香最甜，提前摘的酸味重、放不住。
第二，网上卖果要讲诚信。今年有一批果子遇雨后表皮有斑点，我在网店里如实说明并降价，反而收获了很多回头客。
第三，种果子也要算细账。化肥、人工、快递费都在涨，今年我把快递换成了合作社统一发货，一斤能省两毛钱。
明年，我打算再扩种五亩，试试新品种黄金百香果。
""",
    ),
    dict(
        slug="oa-html-calibration-institute-notice-trail",
        site="桤川市计量检定测试所 协同办公 (invented)",
        style="企业内网",
        genre="通知",
        kind="notice",
        form="html",
        source="http://10.20.1.8/oa/gw/view.do?id=JL-2025-0506",
        title="关于做好2025年强制检定计量器具周期检定工作的通知",
        record_title="关于做好2025年强制检定计量器具周期检定工作的通知",
        date="2025-05-06",
        notes="intranet HTML: a left menu, a 'signed by' trail with times, read-receipt buttons (已阅/转发), an attachment list of the OA (chrome) next to the notice's own 附件 line (kept), a table of tasks",
        page="""
<html><head><meta charset="gbk"><title>公文详情</title></head>
<body>
<div class="top">⟦m 桤川市计量检定测试所 协同办公系统⟧ ⟦m 欢迎您：检定一科⟧ ⟦a 注销⟧</div>
<div class="left"><ul><li>收文管理</li><li>发文管理</li><li>会议管理</li><li>个人办公</li></ul></div>
<div class="main">
<div class="tit"><h2>⟦t 关于做好2025年强制检定计量器具周期检定工作的通知⟧</h2></div>
<div class="info">⟦m 文号：桤计所〔2025〕9号　缓急：普通　印发日期：2025-05-06⟧</div>
<div class="zw">
{BODY}
</div>
<div class="fj">⟦a 正文附件（1）：2025年周检任务分解表.xlsx　[下载] [预览]⟧</div>
<div class="btns">⟦a 已阅⟧ ⟦a 转发⟧ ⟦a 意见⟧ ⟦a 打印⟧</div>
<div class="log">⟦m 办理记录：办公室 吕宁 2025-05-06 11:02 发送；检定一科 2025-05-06 14:30 已阅⟧</div>
</div>
</body></html>
""",
        body="""
各科室：
为做好2025年强制检定计量器具周期检定工作，确保检定任务按期完成，现将有关事项通知如下：
一、任务分工
科室　检定项目　完成时限
检定一科　衡器、加油机　9月30日
检定二科　血压计、眼压计　8月31日
检定三科　出租车计价器、电能表　10月31日
二、各科室要提前与用户单位联系，合理安排上门检定时间，检定结果及时录入计量器具管理系统。
三、检定过程中发现的违法使用计量器具行为，及时报告市市场监管局。
附件：2025年周检任务分解表
所办公室
2025年5月6日
""",
    ),
    dict(
        slug="news-html-dragonfruit-night-lights-paged",
        site="澍阳网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.shuyangwang.example.com/2025/0716/xw_55201.shtml",
        title="夜色中的“补光田”：火龙果种植户的增收经",
        record_title="夜色中的“补光田”：火龙果种植户的增收经-澍阳网",
        date="2025-07-16",
        notes="a news portal HTML whose article is cut by a 〔P N〕 pagination paragraph between two halves of a paragraph; the byline's 发布时间 is the page's date; an audio-player label, a 'scan to read on phone' prompt, a comment box and a hot list",
        pages=dict(fmt="〔P {n}〕", every=90, start=2),
        page="""
<html><head><meta charset="utf-8"><title>夜色中的“补光田”：火龙果种植户的增收经-澍阳网</title></head>
<body>
<div class="head">⟦m 澍阳网　澍阳第一新闻门户⟧</div>
<div class="menu">首页 | 澍阳新闻 | 区县 | 财经 | 文旅 | 视听</div>
<h1>⟦t 夜色中的“补光田”：火龙果种植户的增收经⟧</h1>
<div class="source">⟦m 发布时间：2025-07-16 09:05　来源：澍阳日报　作者：邝宁⟧</div>
<div class="audio">⟦a 🔊 听新闻⟧</div>
<div class="content">
{BODY}
</div>
<div class="mobile">⟦a 扫码在手机上阅读⟧</div>
<div class="cmt">⟦l 网友评论（0）　我来说两句⟧</div>
<div class="hot"><h4>⟦l 24小时排行⟧</h4><p>⟦l 1 澍阳至海滨高速明日通车⟧</p><p>⟦l 2 暑期文旅消费券开抢⟧</p></div>
</body></html>
""",
        body="""
入夜，澍阳市桐坡镇的山坡上亮起一片星星点点的灯光，这是火龙果种植基地的补光灯。
“火龙果是长日照植物，晚上补光能让它多开花、错季结果。”种植户伍家强介绍，他家的五十亩火龙果园安装补光灯后，一年能收五六茬果，比过去多了两茬。
错季上市的火龙果价格高，冬春季节每斤能卖到八元以上。去年，伍家强的果园收入超过六十万元。
目前，桐坡镇火龙果种植面积已达四千亩，其中一半以上安装了补光设施，“补光田”成了当地群众增收的“致富田”。
""",
    ),
    dict(
        slug="download-text-sanda-competition-rules-bar-markers",
        site="体育文档下载站 (invented)",
        style="资料下载站",
        genre="规程",
        kind="rules",
        form="text",
        source="http://www.tiyudoc.example.com/down/wushu/4410.html",
        title="2025年椤川市青少年散打锦标赛竞赛规程",
        record_title="2025年椤川市青少年散打锦标赛竞赛规程.pdf",
        date="2025-03-28",
        notes="a download station's PDF text, hard-wrapped at 60 columns and cut by ‖N‖ markers on lines of their own; file-name title; the rules' own 报名 email and 联系人 next to the site's ad; the organiser's date at the end",
        wrap=60,
        pages=dict(fmt="‖{n}‖", every=90, start=2),
        page="""
!m 体育文档下载站 › 武术散打 › 竞赛规程
!t 2025年椤川市青少年散打锦标赛竞赛规程.pdf
!m 格式：PDF　页数：3　下载：286次
!a ↓ 本地下载　　↓ 网盘下载
{BODY}
!w 承接各类赛事秩序册、规程排版，微信 tiyudoc01
!l 相关下载：武术套路比赛规程 | 跆拳道锦标赛秩序册
""",
        body="""
一、主办单位：椤川市体育局。承办单位：椤川市武术散打运动协会。
二、比赛时间和地点：2025年5月2日至4日，在椤川市全民健身中心举行。
三、参赛单位：各区县体育部门、各武术学校和散打俱乐部。
四、竞赛项目：男子、女子青少年甲组（15至17岁）和乙组（12至14岁），按体重分级别进行。
五、报名办法：请于4月20日前将报名表发送至lcsanda@example.cn，联系人：邢伟，电话：0739-8823104。
六、本规程解释权属主办单位。
椤川市体育局
2025年3月28日
""",
    ),
]

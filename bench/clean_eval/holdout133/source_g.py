"""holdout133, part G: layouts — one-line bodies (a plum festival speech on a 文库 reader, a
fall-prevention letter on a WeChat mirror), hard-wrapped texts (a durian trial report cut
by page markers, a hiking club's rules with forum junk, a shuttle-bus notice on an
intranet, a rural film-projection notice), a silhouette artist's blog cut by markers and
an ice-climbing news page. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="wenku-qingcuili-plum-festival-speech-oneline",
        site="书页文库 (invented)",
        style="文库预览",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.shuyewk.example.com/doc/60917723.html",
        title="在第五届青脆李采摘节开幕式上的致辞",
        record_title="在第五届青脆李采摘节开幕式上的致辞（精选）",
        date="2025-07-06",
        notes="the whole body on one line, paragraphs apart only by their indent, cut by ⁑n⁑ page markers glued; a date under the title; a speaker line neutral; preview-end and upload notices",
        indent="　　",
        oneline=True,
        pages=dict(fmt="⁑{n}⁑", every=90, start=2, glue=True),
        page="""
!m 书页文库 · 海量文档在线读
!t 在第五届青脆李采摘节开幕式上的致辞（精选）
!m 3页 ｜ 浏览 402 ｜ 上传时间 2025-08-30
雾溪镇镇长　谭海燕
（2025年7月6日）
{BODY}
!a 剩余内容已折叠，点击“阅读全文”展开（需登录）
!d 本文档由书页文库用户上传，书页文库对其内容不作任何保证
""",
        body="""
各位来宾、朋友们：
大家上午好！今天，第五届青脆李采摘节在雾溪镇开幕了。我代表镇党委、镇政府，向远道而来的各位客商和游客表示热烈欢迎！
雾溪镇种植青脆李已有三十多年历史，全镇李园面积达到一万二千亩，去年产量一千八百万斤，带动两千多户果农增收。
本届采摘节期间，我们将举办李园采摘、农特产品展销、乡村音乐会等活动，欢迎大家走进李园，品尝脆甜的青脆李。
""",
    ),
    dict(
        slug="fanwen-liulian-durian-trial-report-wrapped-markers",
        site="公文宝库 (invented)",
        style="范文站",
        genre="调研报告",
        kind="report",
        form="text",
        source="http://www.gwbaoku.example.net/diaoyan/2025/1014/17752.html",
        title="关于热带果树榴莲引种试种情况的调研报告",
        record_title="关于热带果树榴莲引种试种情况的调研报告_调研报告_公文宝库",
        date="2025-10-14",
        notes="hard-wrapped at 66 columns and cut by ⊹n⊹ markers on lines of their own; a breadcrumb, a 'copy needs login' line, a writing-service prompt under the text",
        wrap=66,
        indent="　　",
        pages=dict(fmt="⊹{n}⊹", every=100, start=2),
        page="""
!m 公文宝库 > 调研报告 > 农业调研
!t 关于热带果树榴莲引种试种情况的调研报告_调研报告_公文宝库
!a 复制内容需登录，登录后可免费复制
{BODY}
!w 急需调研报告？专业写手一对一服务，咨询微信 gwbk_2025
!l 热门：乡村振兴调研报告　｜　农业产业园调研提纲
""",
        body="""
为了解榴莲引种试种情况，市农业农村局组成调研组，于9月下旬到三个试种基地进行了实地调研。
一、基本情况。全市现有榴莲试种面积三百二十亩，种植品种四个，其中部分植株已于今年首次挂果，单果重量在一点五至三公斤之间。
二、主要问题。一是冬季低温寒害风险大，需要搭建防寒设施；二是授粉和保果技术尚不成熟；三是前期投入高，种植户资金压力较大。
三、对策建议。建议设立试种专项资金，组织科研院所开展适应性研究，稳妥推进，不盲目扩大面积。
市农业农村局调研组
2025年10月14日
""",
    ),
    dict(
        slug="wechat-diedao-fall-prevention-oneline",
        site="乐龄康养 公众号镜像 (invented)",
        style="公众号镜像",
        genre="致居民的一封信",
        kind="letter",
        form="text",
        source="https://wxread.example.org/a/lelingky/20251020",
        title="老年人防跌倒，这几件事请记牢",
        record_title="老年人防跌倒，这几件事请记牢",
        date="2025-10-20",
        notes="a WeChat mirror whose body is on one line (paragraphs apart by their indent); a 'star this account' prompt on top, a mini-program card and 在看 bar at the bottom; the account date is the page's date",
        indent="  ",
        oneline=True,
        page="""
!m 乐龄康养 2025年10月20日 19:30
{T}
!a 点击上方“乐龄康养”，设为星标，不错过每一篇
{BODY}
!l 小程序：乐龄健康自测 · 跌倒风险评估
!l 分享 · 点赞 · 在看
""",
        body="""
跌倒是我国六十五岁以上老年人因伤致死的首位原因。很多跌倒发生在家里，其实只要做好几件小事，就能大大降低风险。
第一，改造居家环境。卫生间铺防滑垫、安装扶手，夜间留一盏小夜灯，把常用物品放在伸手就能拿到的地方。
第二，坚持适度锻炼。太极、散步等运动能增强下肢力量和平衡能力。
第三，起身动作要慢。早上醒来先躺半分钟、坐半分钟、站半分钟，再开始走动。
""",
    ),
    dict(
        slug="forum-tubu-hiking-club-rules-wrapped-junk",
        site="山野行者论坛 (invented)",
        style="论坛",
        genre="制度",
        kind="rules",
        form="text",
        source="http://bbs.shanyexz.example.com/thread-77012-1-1.html",
        title="山野行者徒步俱乐部活动安全守则",
        record_title="[版规置顶] 山野行者徒步俱乐部活动安全守则（2026修订）",
        date="2026-01-05",
        notes="a forum post hard-wrapped at 60 columns with junk lines and junk glued after sentences; the rules' 修订日期 as the date; a moderator badge and a 'rate' row",
        wrap=60,
        junk=dict(lines=1, glued=2),
        page="""
!m 山野行者论坛 › 徒步活动区 › 版规公告
!t [版规置顶] 山野行者徒步俱乐部活动安全守则（2026修订）
!m 版主 老岩　|　发表于 2026-1-5 22:08　|　查看 5102　回复 88
{BODY}
!l 评分　｜　收藏　｜　分享到朋友圈
!m 此帖已被管理员置顶
""",
        body="""
一、参加活动的队员须如实报名，提前了解线路难度，量力而行，不隐瞒身体疾病。
二、出发前须购买户外意外险。按装备清单准备登山鞋、头灯、雨具、急救包和充足的饮水。
三、活动中服从领队安排，不擅自脱离队伍。不走未经踩线的野路，遇恶劣天气立即下撤。
四、爱护山野环境，垃圾全部带走，不采摘野生植物，不惊扰野生动物。
山野行者徒步俱乐部
2026年1月5日修订
""",
    ),
    dict(
        slug="blog-jianying-silhouette-artist-essay-markers",
        site="剪影时光（个人博客） (invented)",
        style="博客",
        genre="随笔",
        kind="essay",
        form="text",
        source="https://jianying.example.blog/posts/2025-05-17",
        title="剪影摊前的一天",
        record_title="剪影摊前的一天 - 剪影时光",
        date="2025-05-17",
        notes="a blog exported to text with ⦅n⦆ page markers glued to continuation lines (a PDF export); a post line with 发布于; a tag row and a 'subscribe by mail' action",
        pages=dict(fmt="⦅{n}⦆", every=80, start=2, glue=True),
        page="""
!m 剪影时光 · 一把剪刀剪人间
!t 剪影摊前的一天 - 剪影时光
!m 发布于 2025-05-17　|　约 3 分钟读完
{BODY}
!l 标签：剪影　手艺　庙会
!a 邮件订阅更新
""",
        body="""
周末我照例在古城南门外支起剪影摊，一张小桌、一把剪刀、一沓黑卡纸，就是全部家当。
第一位客人是一对老夫妻，他们说结婚五十年，想留一张两个人的侧影。我让他们并排坐好，三分钟剪完，老太太看了半天，说比照片还像。
中午来了一群研学的孩子，围着摊子问这问那，我给每人剪了一张小像，他们高兴得举着跑开了。
收摊时数了数，一天剪了四十多张。手有点酸，心里却很满足。
""",
    ),
    dict(
        slug="news-panbing-ice-climbing-text-editor-glued",
        site="雪原日报网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.xueyuanrb.example.cn/tiyu/2026-01/11/content_88102.htm",
        title="首届冰瀑攀冰公开赛在双龙峡开赛",
        record_title="首届冰瀑攀冰公开赛在双龙峡开赛_体育_雪原日报网",
        date="2026-01-11",
        notes="a news text page: a dotted date line, a 'listen to this article' action, photo caption between paragraphs, a correspondent and editor line glued after the last paragraph, a 'more news' list",
        page="""
!m 雪原日报网　体育
!t 首届冰瀑攀冰公开赛在双龙峡开赛_体育_雪原日报网
!m 2026.01.11 09:40　　雪原日报记者 哈斯　通讯员 林越
!a ▶ 听新闻
{BODY}
!l 更多新闻：冰雪旅游季启动 ｜ 市滑雪场开放夜场
""",
        body="""
1月10日，首届冰瀑攀冰公开赛在双龙峡景区开赛，来自全国各地的六十余名选手参加比赛。
比赛设难度赛和速度赛两个项目，赛道依托景区内一处高四十五米的天然冰瀑设置。
⟦m 选手在冰瀑赛道上攀登。记者 哈斯 摄⟧
赛事组委会介绍，为保障选手安全，比赛全程设置顶绳保护，并安排专业救援队伍在现场待命。
本次赛事将持续两天，景区同时推出攀冰体验项目，供游客在教练指导下体验。⟦m （责任编辑：白莹）⟧
""",
    ),
    dict(
        slug="oa-banche-shuttle-bus-notice-wrapped",
        site="嘉禾电子内网 (invented)",
        style="企业内网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://intranet.jiahe-elec.example.local/notice/view?id=2026-031",
        title="关于调整员工通勤班车线路和时间的通知",
        record_title="内网公告-关于调整员工通勤班车线路和时间的通知",
        date="2026-03-09",
        record_date="2026-03-09",
        notes="an intranet notice hard-wrapped at 64 columns; a route table; the administration department's 联系电话 kept beside the IT helpdesk line of the portal; read receipts and a 'confirm read' button",
        wrap=64,
        page="""
!m 嘉禾电子 · 员工门户　｜　当前用户：工号 031172
!m 公告栏 > 行政通知
!t 内网公告-关于调整员工通勤班车线路和时间的通知
!m 发布部门：行政部　发布时间：2026-03-09 17:20　已读 1,388 / 2,041
{BODY}
!a 【我已阅读】
!m IT服务台：分机 8000
""",
        body="""
各部门、全体员工：
因新厂区投入使用，自2026年3月16日起，公司对员工通勤班车线路和时间进行调整，具体如下。
线路　发车地点　发车时间
1号线　城东客运站　7:10
2号线　滨湖花园北门　7:05
3号线　高铁站东广场　7:20
下班返程班车统一于17:45从新厂区南门发车，请员工提前五分钟候车。
如有疑问，请联系行政部，电话：分机 6312。
行政部
2026年3月9日
""",
    ),
    dict(
        slug="gov-dianyingfangying-rural-film-notice-cn-date",
        site="谷阳县文化和旅游局 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://wlj.guyang.example.gov.cn/xxgk/tzgg/2025/0306/5571.html",
        title="关于做好2025年农村公益电影放映工作的通知",
        record_title="关于做好2025年农村公益电影放映工作的通知_通知公告_谷阳县文化和旅游局",
        date="2025-03-06",
        notes="a county bureau page with an index block (索引号/发布机构/生成日期), a document number neutral, a numbered list, Chinese-numeral 成文日期, 印发 line kept, 'related documents' list",
        page="""
!m 谷阳县文化和旅游局
!m 索引号：11430922MB1C00719X/2025-00118　发布机构：县文旅局　生成日期：2025-03-06
!t 关于做好2025年农村公益电影放映工作的通知_通知公告_谷阳县文化和旅游局
谷文旅发〔2025〕9号
{BODY}
!l 相关文件：关于印发《谷阳县基层综合文化服务中心建设标准》的通知
!a 【字体：大 中 小】【打印】【关闭】
""",
        body="""
各乡镇综合文化站，县农村电影放映服务站：
为保障农民群众基本文化权益，现就做好2025年农村公益电影放映工作通知如下。
一、放映任务。全年完成农村公益电影放映三千六百场，确保每个行政村每月放映一场。
二、片目选择。放映片目中国产新片比例不低于百分之六十，科教片每场加映一部。
三、监管要求。放映员每场放映须通过监管系统上传放映现场照片，县文旅局按月核查。
谷阳县文化和旅游局
二〇二五年三月六日
谷阳县文化和旅游局办公室　2025年3月6日印发
""",
    ),
]

"""holdout42, part A: an indigo-dyeing workshop (靛溪) and a seal-carving society (钤山). Invented text."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _shell import box, modern, oldtable  # noqa: E402

CASES = [
    dict(
        slug="fanwen-mobi-speech-indigo-heritage",
        site="墨笔范文库 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.mobifw.cn/jianghua/wenhua/7731.html",
        title="在靛溪县蓝染技艺传承工作推进会上的讲话",
        record_title="【精选】在靛溪县蓝染技艺传承工作推进会上的讲话（通用3篇）",
        date="2025-04-09",
        notes="decorated title; date and speaker line under the speech title (neutral); chrome between paragraphs",
        page="""
!m 墨笔范文库·让公文不再难写
!m 位置：墨笔范文库 / 领导讲话 / 文化旅游类
!t 【精选】在靛溪县蓝染技艺传承工作推进会上的讲话（通用3篇）
!m 整理：蓝衫客　　浏览量：1893　　收录于2025-04-21
!a ▶ 复制全文　▶ 存为Word　▶ 放入我的文件夹
{T}
县委常委、宣传部部长　柳青禾
（2025年4月9日）
{BODY}
!a 全文约1200字，开通年卡即可无限次保存本站范文。
!l 同类范文推荐：
!l ◇ 非遗保护工作会议主持词（两篇）
!l ◇ 文化馆年度工作要点范本
!d 本库文字由会员整理发布，仅作写作参考，若涉及权利问题请联系站务删除。
!m © 2019-2025 mobifw.cn 黔ICP备20081734号-1
""",
        indent="\u3000\u3000",
        body="""
同志们：
蓝染是我县最有辨识度的一张文化名片。今天开会，就是要把传承这件事从“有人做”推进到“有人接、有钱做、有市场”。
一、摸清家底。文旅局要在六月底前完成全县染坊、艺人、纹样的普查建档，做到一坊一档、一人一卡。
⟦w 写讲话稿找不到思路？材料老师一对一帮改，私信暗号“蓝衫”⟧
二、培养新人。每个传承工坊每年至少带徒三名，县财政按每名学徒每年三千元给予补助。
三、打开销路。支持工坊与景区、文创企业合作，把蓝染产品摆进游客中心和高速服务区。
同志们，手艺不能断在我们这一代，希望大家拿出真办法，干出真成效。
""",
    ),
    dict(
        slug="wenku-lanyin-rules-dye-workshop-markers",
        site="蓝印文库 (invented)",
        style="文库预览",
        genre="制度",
        kind="regulation",
        form="text",
        source="https://wenku.lanyin-doc.com/view/a81f22c9.html",
        title="靛溪蓝染工坊染缸作业安全管理规定",
        record_title="靛溪蓝染工坊染缸作业安全管理规定.docx",
        date=None,
        notes="file-name title; preview markers cut sentences (glued or not); upload stamp is no date; a rule about 打印 kept",
        page="""
!m 蓝印文库 — 海量实用文档在线阅读
!t 靛溪蓝染工坊染缸作业安全管理规定.docx
!m 贡献者：染坊小工　｜　上传于：2025-02-11　｜　4页　｜　评分4.6
!a 阅读已达免费上限，剩余3页请购买下载券后查看
{BODY}
!a ↓ 下载本文档（需2下载券）　☆ 收藏　⇪ 分享到朋友圈
!d 文档均为用户自行上传，平台不对内容的准确性负责；发现侵权内容请点击“举报”。
!l 相关文档：染整车间安全操作规程｜手工作坊防火检查表｜化工原料仓库管理制度
""",
        pages=dict(fmt="⸢{n}⸣", every=70, start=2, glue="mix"),
        body="""
第一条　为规范染缸作业，防止烫伤、滑倒和染料误食事故，保障工坊员工和参观游客安全，制定本规定。
第二条　染缸区地面每日收工前清扫一次，保持干燥，防滑垫破损的应当当日更换。
第三条　石灰、靛泥等原料应当分区存放，外包装标明品名，严禁使用饮料瓶分装。
第四条　游客体验区与染缸作业区之间设置隔离栏，体验时由工坊员工全程陪同。
第五条　安全检查记录表由班组长每周打印一份，签字后交办公室存档。
第六条　本规定自发布之日起施行。
""",
    ),
    dict(
        slug="gov-dianxi-notice-indigo-training",
        site="靛溪县人民政府网 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.dianxi.gov.cn/zwgk/tzgg/202505/t20250506_88213.html",
        title="关于举办2025年蓝染技艺传承人研修班的通知",
        record_title="关于举办2025年蓝染技艺传承人研修班的通知_靛溪县人民政府",
        date="2025-05-06",
        notes="modern portal; the document's 联系人/电话 next to the site's hotline in the footer; 附件 list; 成文日期 in Chinese numerals; 文号 neutral",
        page=modern(
            "关于举办2025年蓝染技艺传承人研修班的通知_靛溪县人民政府",
            "靛溪县人民政府　www.dianxi.gov.cn",
            "首页　政务公开　政务服务　互动交流　走进靛溪",
            "当前位置：首页 &gt; 政务公开 &gt; 通知公告",
            "信息来源：县文化和旅游局　　发布日期：2025-05-07　　浏览次数：431",
            box("l", ["热点信息", "靛溪县2025年春季森林防火通告", "县文旅局关于开展非遗进景区活动的公示"]),
            "<p>⟦m 主办：靛溪县人民政府办公室　承办：县政务数据中心⟧</p><p>⟦m 网站标识码5227310012　黔ICP备11003482号⟧</p><p>⟦m 政务服务热线：0856-12345（工作日8:30-17:30）⟧</p><p>⟦d 本网站所有内容未经许可不得转载，转载请注明出处。⟧</p>",
            tools="【字体：大 中 小】【打印本页】【关闭】",
            pre="<p style='text-align:center'>靛文旅发〔2025〕17号</p>",
        ),
        date_also=["2025-05-07"],
        body="""
各乡镇人民政府，县直有关单位：
为加强蓝染技艺传承人才培养，县文化和旅游局定于5月下旬举办传承人研修班，现将有关事项通知如下。
一、研修对象：全县登记在册的蓝染传承人、工坊负责人及学徒骨干，共40人。
二、研修时间：2025年5月26日至5月30日，共5天。
三、研修地点：县非遗展示中心二楼培训室。
四、报名方式：请于5月16日前将报名表报送县文旅局非遗股，逾期不予受理。
联系人：吴蓼蓝　电话：0856-7352106
附件：1.研修班课程安排表
2.学员报名表
靛溪县文化和旅游局
二〇二五年五月六日
""",
    ),
    dict(
        slug="news-qianshan-seal-exhibition-captions",
        site="钤山新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.qianshannews.com/wh/2025-03/28/content_551203.htm",
        title="钤山篆刻研究会百方印章亮相市民文化节",
        record_title=None,
        date="2025-03-28",
        notes="title missing from the record; byline 发布时间 is the date; photo caption and related link between paragraphs; editor glued after the last paragraph",
        page=modern(
            "钤山篆刻研究会百方印章亮相市民文化节-钤山新闻网",
            "钤山新闻网　钤山人自己的新闻门户",
            "要闻 | 区县 | 文化 | 视频 | 评论 | 专题",
            "钤山新闻网 » 文化频道 » 正文",
            "2025-03-28 09:14　来源：钤山日报　记者 欧石林　通讯员 卢印",
            box("l", ["24小时热读", "老街改造进入第二阶段", "钤山至靛溪城际公交开通", "周末去哪儿：春季赏花地图"]),
            "<p>⟦m 钤山新闻网版权所有　互联网新闻信息服务许可证编号：52120190007⟧</p><p>⟦m 违法和不良信息举报：0851-83319901⟧</p>",
            tools="分享到：微信 微博 QQ空间",
        ),
        body="""
3月27日，第六届钤山市民文化节在人民公园开幕，钤山篆刻研究会带来的一百方印章成为最受欢迎的展区之一。
展出作品既有会员历年的获奖作品，也有中小学生篆刻班的习作，题材涵盖城市地名、家训格言和二十四节气。
⟦m 图为市民在展区观看篆刻作品。（记者 欧石林 摄）⟧
研究会会长韦守拙介绍，今年起研究会将每月在社区开设一次公益课，让更多市民了解刀法和章法。
⟦l 延伸阅读：钤山启动“非遗进社区”三年行动⟧
文化节将持续至4月6日，期间还将举办拓印体验和篆刻讲座。⟦m （责任编辑：孔砚）⟧
""",
    ),
    dict(
        slug="forum-yinyou-minutes-seal-society-junk",
        site="印友论坛 (invented)",
        style="论坛",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://bbs.yinyou.net/thread-90321-1-1.html",
        title="钤山篆刻研究会第三届理事会第二次会议纪要",
        record_title="[转帖] 钤山篆刻研究会第三届理事会第二次会议纪要 - 社团动态 - 印友论坛",
        date="2025-03-16",
        date_also=["2025-03-18"],
        notes="forum repost; 时间/地点/主持 lines and a vote count kept; junk lines and glued junk; post date differs from the meeting date",
        page="""
!m 印友论坛 » 社团动态 » 查看主题
!l 返回列表　发新帖
!t [转帖] 钤山篆刻研究会第三届理事会第二次会议纪要 - 社团动态 - 印友论坛
!m 楼主　刀笔老韦　发表于 2025-3-18 21:07　只看该作者　电梯直达
{BODY}
!l 回复　支持(6)　反对(0)
!m 2#　石门小卢　发表于 2025-3-18 22:15
!l 谢谢转发，纪要里提到的公益课我报名了。
!m 论坛客服邮箱 admin@yinyou.net　Powered by Discuz! X3.4
""",
        junk=dict(lines=1, glued=2),
        body="""
时间：2025年3月16日下午
地点：研究会活动室
主持：韦守拙
出席：理事11人，监事1人列席
会议审议通过了2025年工作计划、新会员入会名单和会费收支情况报告。
会议决定，每月第二个周六在社区开设公益篆刻课，由常务理事轮流授课。
表决情况：同意11票，反对0票，弃权0票。
会议要求秘书处在3月底前将纪要印发各会员。
""",
    ),
    dict(
        slug="blog-daoke-insight-seal-carving",
        site="刀刻斋博客 (invented)",
        style="博客",
        genre="心得体会",
        kind="insight",
        form="html",
        source="https://daokezhai.blog.cn/post/2025/02/learning-seal-carving.html",
        title="学篆刻三年的一点体会",
        record_title="学篆刻三年的一点体会 | 刀刻斋",
        date="2025-02-23",
        notes="blog with tag cloud and archive; bracketed post time is the date; a sentence about 分享 kept",
        page=modern(
            "学篆刻三年的一点体会 | 刀刻斋",
            "刀刻斋 — 一个业余印人的笔记",
            "首页　随笔　印谱　关于我",
            "首页 / 随笔",
            "[2025-02-23 20:41]　分类：随笔　　阅读(318)　评论(4)",
            "<h3>⟦l 标签云⟧</h3><p>⟦l 篆刻 刀法 印谱 边款 石材 临摹⟧</p><h3>⟦l 文章归档⟧</h3>" + box("l", ["2025年02月 (3)", "2025年01月 (5)", "2024年12月 (2)"]),
            "<p>⟦l 上一篇：冬天磨石的小窍门⟧</p><p>⟦l 下一篇：没有了⟧</p><p>⟦m Theme by Moon · 本博客由云端托管⟧</p>",
            post="<div class='share'>⟦l 觉得有用？点个赞 👍 转发给印友⟧</div><div class='comment'>⟦l 发表评论　昵称　邮箱（不会公开）　提交⟧</div>",
        ),
        body="""
三年前我在社区公益课上第一次拿起刻刀，那时连篆书都认不全。
第一点体会是临摹不能省。老师要求我们每方印先临十遍，再动自己的稿子，现在回头看，这是最有用的功夫。
第二点是刀法服从字法。字没写对，刀再好看也是错的。
第三点是多跟人交流。我每刻完一方都拍照分享到研究会的群里，老会员的一句点评往往能省下一个月的弯路。
写下这些，也算给自己三年的业余时光做个记录。
""",
    ),
    dict(
        slug="wechat-lanse-proposal-indigo-scan",
        site="蓝色靛溪 公众号镜像 (invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="proposal",
        form="text",
        source="https://mp.wxmirror.cc/s/Lk3bDianxiLanse0412",
        title="守护蓝染老手艺倡议书",
        record_title="守护蓝染老手艺倡议书",
        date="2025-04-12",
        record_date="2025-04-12",
        notes="record title; a sentence about 扫码关注 kept; WeChat reader chrome; signature date",
        page="""
!m 蓝色靛溪　2025-04-13 08:00　贵州
!t 守护蓝染老手艺倡议书
!a 点击上方蓝字“蓝色靛溪”，设为星标不迷路
{BODY}
!l 阅读原文　　分享　　收藏　　点赞　　在看
!l 留言区：精选留言3条
!d 本文由“蓝色靛溪”原创，转载请在后台留言获取授权。
!a 长按识别二维码　关注我们
""",
        gap=True,
        body="""
全县广大市民朋友们：
蓝染是祖辈留给我们的手艺，一口染缸、一块布，染出了靛溪人的日子。
我们倡议：买一件本地工坊的蓝染制品，把老手艺带回家；带孩子走进一次工坊，亲手染一块方巾；遇到好的作品，拍照分享给远方的亲友。
各工坊已开通预约小程序，扫码关注“靛溪非遗”即可查询开放时间。
靛溪县非遗保护中心
2025年4月12日
""",
    ),
    dict(
        slug="share-docdao-summary-seal-society-wrapped",
        site="文档岛 (invented)",
        style="文档分享",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.docdao.net/p-22018837.html",
        title="钤山篆刻研究会2024年工作总结",
        record_title="钤山篆刻研究会2024年工作总结（word可改）",
        date="2025-01-10",
        notes="decorated title; hard-wrapped at 62 columns; upload notice and download prompts",
        page="""
!m 文档岛　docdao.net
!m 分类：总结报告 > 社团总结
!t 钤山篆刻研究会2024年工作总结（word可改）
!m 上传人：qianyin_88　　上传时间：2025-01-19　　下载：27次　　页数：2
!d 声明：本文档由网友分享，文档岛仅提供存储空间，如需删除请邮件联系版权方。
{BODY}
!a 文档预览已结束　免费下载完整版请登录
!l 猜你想找：协会年度工作总结模板　社团活动总结怎么写
""",
        indent="\u3000\u3000",
        wrap=62,
        body="""
2024年，研究会在市文联的指导下，围绕“传承、普及、交流”三项任务开展工作，全年新发展会员23人，会员总数达到146人。
一、普及活动扎实开展。全年举办公益课12期，走进学校和社区9次，参与市民和学生超过800人次。
二、交流活动有声有色。组团参加省篆刻作品展，入选作品7件；与靛溪县书法家协会开展联谊创作一次。
三、自身建设持续加强。修订了研究会章程和财务管理办法，会费收支每半年公示一次。
2025年，研究会将继续办好公益课，争取编印第一本会员作品集。
钤山篆刻研究会
2025年1月10日
""",
    ),
    dict(
        slug="edu-qianshan-notice-seal-in-schools-oldtable",
        site="钤山市教育信息网 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.qsedu.net.cn/Article/ShowArticle.asp?ArticleID=6120",
        title="关于开展篆刻艺术进校园活动的通知",
        record_title="关于开展篆刻艺术进校园活动的通知",
        date="2025-03-05",
        notes="old table layout; 抄送 版记 kept; a sentence about 下载 of a form kept; visitor counter and marquee in chrome",
        page=oldtable(
            "钤山市教育信息网--关于开展篆刻艺术进校园活动的通知",
            "钤山市教育信息网　欢迎您！今天是：2025年3月6日 星期四",
            "网站首页｜教育新闻｜通知公告｜德育园地｜资源下载｜局长信箱",
            "您现在的位置： 钤山市教育信息网 &gt;&gt; 通知公告 &gt;&gt; 正文",
            "作者：德育科　文章来源：本站原创　点击数：256　更新时间：2025-3-6",
            "<table><tr><td>⟦l ◆ 最新通知 ◆⟧</td></tr><tr><td>⟦l ·全市中小学春季开学安全检查的通知⟧</td></tr><tr><td>⟦l ·关于报送教师继续教育学时的通知⟧</td></tr></table>",
            "<p>⟦m 版权所有：钤山市教育局　技术支持：钤山网络中心⟧</p><p>⟦m 您是本站第 0081573 位访客⟧</p>",
            pre="<marquee>⟦l 热烈祝贺我市三所学校获评省级文明校园！⟧</marquee>",
            post="<p>⟦a 【发表评论】【告诉好友】【打印此文】【关闭窗口】⟧</p>",
        ),
        date_also=["2025-03-06"],
        body="""
各县（区）教育局，市直各学校：
为弘扬中华优秀传统文化，市教育局与钤山篆刻研究会联合开展篆刻艺术进校园活动，现将有关事项通知如下。
一、活动时间：2025年3月至6月。
二、活动内容：专家讲座、篆刻体验课和学生作品展示。
三、报名办法：各校可登录本网“资源下载”栏目下载报名表，填好后于3月20日前报送德育科。
钤山市教育局
2025年3月5日
抄送：钤山篆刻研究会
""",
    ),
    dict(
        slug="intranet-lanfang-minutes-indigo-oa",
        site="靛溪蓝坊文化公司 OA (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://oa.lanfang.local/doc/view?id=20250318-004",
        title="蓝坊公司一季度生产例会纪要",
        record_title="内网公告：蓝坊公司一季度生产例会纪要",
        date="2025-03-18",
        record_date="2025-03-18",
        notes="intranet document view with its 流转记录 and read count; minutes' 时间/地点/主持/参会 lines and a table kept",
        page="""
!m 蓝坊协同办公平台　｜　公文管理　｜　收文查阅
!m 拟稿：综合部 田蓼　　审核：龚靛生　　阅读次数：57
!a [打印]　[导出PDF]　[转发给同事]
{T}
{BODY}
!m 流转记录：综合部拟稿 → 副总经理审核 → 总经理签发 → 全员阅知
!d 内部资料　请勿外传
""",
        body="""
时间：2025年3月18日上午9:00
地点：公司二楼会议室
主持：龚靛生
参会：各车间主任、质检员、销售部负责人
会议通报了一季度生产情况，具体数据如下：
车间　计划（匹）　完成（匹）
一车间　1200　1236
二车间　900　871
会议要求二车间查明进度滞后原因，4月上旬前补齐缺口。
会议决定，4月起蓝染成品一律留样一周后方可出库。
""",
    ),
    dict(
        slug="qa-wenda-application-seal-society-placeholder",
        site="问答吧 (invented)",
        style="问答社区",
        genre="申请书",
        kind="application",
        form="text",
        source="https://www.wendaba.cn/q/5520173",
        title="篆刻研究会入会申请书怎么写",
        record_title=None,
        date=None,
        notes="title missing: the question; template placeholders ××××年××月××日 are no date; relative answer time",
        page="""
!m 问答吧 > 文化艺术 > 书法篆刻
{T}
!m 提问者：匿名用户　｜　浏览 1520 次
!m 最佳答案　回答者：老印人　3天前
{BODY}
!l 有用(42)　没用(1)　追问
!l 其他回答(2)
!l 相关问题：书法协会入会申请怎么写？　摄影协会会员申请表在哪下载？
!d 以上回答仅代表网友观点，请自行甄别。
""",
        body="""
给你一个常用的格式，按自己的情况改一改就行：
钤山篆刻研究会：
本人××，现年××岁，自××××年开始学习篆刻，已临摹秦汉印三百余方，作品曾参加××展览。
本人自愿加入钤山篆刻研究会，遵守研究会章程，按时缴纳会费，积极参加研究会组织的活动。
申请人：××
××××年××月××日
""",
    ),
]

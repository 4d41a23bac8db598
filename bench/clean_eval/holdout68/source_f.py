"""holdout68, part F: storytelling halls and seal carving (评书书场、篆刻) — a cultural centre's
season in print view, a school-visit letter in a mail chain, a seal-carving club's summary,
a storytelling-in-schools plan, an heir list, an old hall's reopening, a seal-stone post, a
storyteller's blog, a seal society's call for works, a troupe's safety bulletin, a carving-knife
Q&A and a storyteller's memoir. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="print-yuting-storyhall-season-schedule-html",
        site="榆汀县文化馆 打印页 (invented)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.ytwhg.example.cn/print.php?aid=1406",
        title="关于榆汀书场2025年秋季演出安排的通知",
        record_title="〖打印〗关于榆汀书场2025年秋季演出安排的通知",
        date="2025-08-28",
        notes="print view in HTML: print/close buttons, the page URL, a print stamp (no date) and a print footer of its own form; a programme table kept",
        page="""
<html><head><meta charset="utf-8"><title>〖打印〗关于榆汀书场2025年秋季演出安排的通知</title><style>@media print{.noprint{display:none}}</style></head><body>
<div class="noprint">⟦a 🖨 打印本页　✕ 关闭⟧</div>
<div class="url">⟦m 本文地址：http://www.ytwhg.example.cn/show.php?aid=1406⟧</div>
<h2>⟦t 〖打印〗关于榆汀书场2025年秋季演出安排的通知⟧</h2>
{BODY}
<div class="pt">⟦m 打印日期：2025年10月2日 星期四⟧</div>
<div class="pf">⟦p 【第1页｜共1页】⟧</div>
</body></html>
""",
        body="""
各位书友：
榆汀书场2025年秋季演出定于9月6日开场，每周六、周日下午两点半开书，具体安排如下：
日期　书目　演员
9月6日至10月5日　《岳飞传》　钟鸣远
10月11日至11月9日　《三侠五义》　卢晓棠
票价每场十元，六十五岁以上老人凭证免费。
榆汀县文化馆
2025年8月28日
""",
    ),
    dict(
        slug="mail-reply-storytelling-school-visit-letter-docx",
        site="楮川政务邮箱 (invented)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="text",
        source="https://mail.chuchuan.example.gov.cn/webmail/read.do?id=778201",
        title="关于借用书场开展评书进校园活动的函",
        record_title="回复：Re: 关于借用书场开展评书进校园活动的函.docx",
        date="2025-03-04",
        date_also=["2025-03-06"],
        notes="a reply chain in webmail: quoted mail headers and a reply line as chrome, the letter's own 联系人 and 附件 kept; a file-name title; the send date differs",
        page="""
!m 楮川政务邮箱 — 收件箱
!t 回复：Re: 关于借用书场开展评书进校园活动的函.docx
!m 发件人：市文化馆办公室　<bgs_whg@chuchuan.example.gov.cn>
!m 发送时间：2025-03-06 14:27
!m 已收到，我馆同意借用，具体时间请与演出部联系。
!m ------------------ 原始邮件 ------------------
!m 发件人：第三实验小学 <sx3@chuchuan.example.edu.cn>
{BODY}
!a [下载附件]　[预览]
!d 本邮件及附件仅供收件人使用，如误收请删除。
""",
        body="""
楮川市文化馆：
为弘扬优秀传统曲艺，我校拟于3月下旬组织四年级学生到贵馆书场聆听评书专场演出，每次约一百二十人，共四次。
恳请贵馆予以支持，提供场地并安排演员讲解。
联系人：顾雨桐，电话：0736-5261508。
附件：活动安排表
楮川市第三实验小学
2025年3月4日
""",
    ),
    dict(
        slug="fanwen-yinyuan-seal-club-summary-wrap-mixed-markers",
        site="印苑范文库 (invented)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.yinyuanfw.example.com/zj/shetuan/7732.html",
        title="校篆刻社团2024—2025学年工作总结",
        record_title="校篆刻社团2024—2025学年工作总结（范文）_印苑范文库",
        date="2025-06-30",
        notes="a 范文 page hard-wrapped at 62 columns and cut by ⟮N⟯ markers glued or on lines of their own; a writing-service line; 成文日期",
        wrap=62,
        pages=dict(fmt="⟮{n}⟯", every=110, start=2, glue="mix"),
        page="""
!m 印苑范文库 → 工作总结 → 社团总结
!t 校篆刻社团2024—2025学年工作总结（范文）
!m 编辑：小印　　收录时间：2025-07-03
{BODY}
!w 原创总结代写，当天交稿，微信 yy-wenmi88
!l 同类范文：书法社团工作总结 ｜ 美术兴趣小组总结
""",
        body="""
本学年，篆刻社团共有成员三十六人，在指导老师带领下，坚持每周活动一次，全年活动三十四次。
社团先后学习了印章的章法布局、白文和朱文的刻法，每位同学都完成了三方以上的作品。
五月份，社团举办了首届师生篆刻作品展，展出作品一百二十方，受到师生好评。
下学年，社团将邀请市印社老师进校指导，并尝试开设边款课程。
篆刻社团
2025年6月30日
""",
    ),
    dict(
        slug="wenku-shuxiang-storytelling-school-plan-oneline-markers",
        site="书乡文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.shuxiangwk.example.com/doc/41077.html",
        title="评书进校园活动实施方案",
        record_title="【精选】评书进校园活动实施方案（通用2篇）",
        date="2025-02-25",
        notes="a preview text all on one line, cut by ﹝第N页﹞ markers; decorated title; 成文日期 in Chinese numerals; a pay prompt",
        oneline=True,
        indent="　　",
        pages=dict(fmt="﹝第{n}页﹞", every=100, start=2),
        page="""
!m 书乡文库　>　教育教学　>　活动方案
!t 【精选】评书进校园活动实施方案（通用2篇）
!m 共3页　|　1.4万字　|　贡献者：青柠
{BODY}
!a 试读结束，付费9.9元获取完整文档
!d 文档内容由用户提供，如有侵权请联系我们处理。
""",
        body="""
为让学生了解和喜爱评书艺术，传承中华优秀传统文化，结合我校实际，制定本方案。
一、活动时间：2025年3月至6月，每月一次。
二、活动内容：邀请评书演员进校园开展专场演出、评书知识讲座和学生评书小擂台。
三、组织保障：学校成立活动领导小组，由分管副校长任组长，德育处具体负责。
橡湾县实验中学
二〇二五年二月二十五日
""",
    ),
    dict(
        slug="gov-zhiyuan-heritage-heir-list-publicity-html",
        site="枳原县文化和旅游局 (invented)",
        style="政府门户",
        genre="公示",
        kind="notice",
        form="html",
        source="http://wlj.zhiyuan.example.gov.cn/gsgg/202507/t20250718_2203.html",
        title="关于第二批县级非物质文化遗产代表性传承人推荐名单的公示",
        date="2025-07-18",
        record_date="2025-07-18",
        notes="county portal: 索引号 table, 长辈模式 row, the publicity's own 监督电话 and 邮箱 next to the portal's 纠错 line; a name table kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于第二批县级非物质文化遗产代表性传承人推荐名单的公示_枳原县文化和旅游局</title></head><body>
<div class="gov-top">⟦m 枳原县文化和旅游局⟧<span>⟦a 长辈模式　读屏专用⟧</span></div>
<div class="gov-nav">⟦m 首页 | 政务公开 | 文化遗产 | 旅游资讯 | 互动交流⟧</div>
<div class="pos">⟦m 首页 ＞ 政务公开 ＞ 公示公告⟧</div>
<table class="meta"><tr><td>⟦m 索引号：ZYWL-2025-0077⟧</td><td>⟦m 生成日期：2025-07-18⟧</td></tr></table>
<h1>⟦t 关于第二批县级非物质文化遗产代表性传承人推荐名单的公示⟧</h1>
{BODY}
<div class="op">⟦a 【收藏】【打印】【关闭】⟧</div>
<div class="foot">⟦m 网站纠错：0564-7100312⟧　⟦m 皖ICP备05011320号⟧</div>
</body></html>
""",
        body="""
经个人申报、乡镇推荐和专家评审，现将第二批县级非物质文化遗产代表性传承人推荐名单予以公示。
项目　姓名　所在乡镇
枳原评书　尤德厚　城关镇
枳原篆刻　殷墨林　白鹭镇
公示期为2025年7月18日至7月24日，如有异议，请以书面形式向县文化和旅游局反映。
监督电话：0564-7103365，邮箱：zywlfy@example.gov.cn。
枳原县文化和旅游局
2025年7月18日
""",
    ),
    dict(
        slug="news-meizhou-old-storyhall-reopens-wrapped",
        site="梣州晚报网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.mzwb.example.com/content/2025-11/23/c_104452.html",
        title="百年书场修缮后重新开书",
        record_title="百年书场修缮后重新开书 - 梣州晚报网",
        date="2025-11-23",
        notes="a hard-wrapped news text (58 columns): 发布时间 byline, a photo caption between paragraphs, an editor line after the text and a 'recommended' list",
        wrap=58,
        page="""
!m 梣州晚报网　首页 > 文化 > 城市记忆
{T}
!m 发布时间：2025年11月23日 08:05　来源：梣州晚报
!a 【大 中 小】　【我要纠错】
{BODY}
!m 编辑：晏小舟　校对：喻岚
!l 推荐阅读：老街改造后，这些老字号回来了
!l 推荐阅读：市图书馆夜间开放延长至22时
""",
        body="""
11月22日下午，位于老城区鼓楼街的百年书场在修缮一新后重新开书，醒木一拍，台下座无虚席。
这座书场始建于清末，是梣州现存最早的曲艺演出场所，因房屋老化已停演两年。
⟦m 图为重新开书当天的书场。本报记者 摄⟧
修缮工程保留了原有的木结构和戏台，增设了消防设施和无障碍通道。
书场负责人介绍，今后将每天安排一场评书演出，周末增加青年演员专场。
""",
    ),
    dict(
        slug="forum-yinshi-seal-stone-buying-post",
        site="金石同好论坛 (invented)",
        style="论坛",
        genre="经验",
        kind="post",
        form="text",
        source="http://bbs.jinshitonghao.example.com/viewthread.php?tid=18832",
        title="新手选购篆刻印石的几点经验",
        record_title="新手选购篆刻印石的几点经验 - 入门交流 - 金石同好论坛",
        date="2025-08-09",
        notes="a forum post: 发表于 as the page date, a quoted reply and floor lines after the post, a signature and a board footer",
        page="""
!m 金石同好论坛 » 入门交流 » 新手选购篆刻印石的几点经验
!m 刀笔客　发表于 2025-8-9 19:22　|　只看楼主　|　倒序浏览
{T}
{BODY}
!l ——个人签名：一刀一世界——
!l 2# 石头记：引用楼主的话“先买便宜的练手”，太对了
!l 3# 半亩园：收藏了，谢谢分享
!a 回复　|　发新帖
""",
        body="""
刚开始学篆刻，不要急着买贵的石头，先买便宜的练习石，刻坏了也不心疼。
练习石以青田石为好，石质软硬适中，下刀顺畅，价格也便宜。
挑选时看石面有没有砂钉和裂纹，有砂钉的石头刻起来容易崩口。
规格建议选两厘米见方的，太小不好布局，太大又费力气。
""",
    ),
    dict(
        slug="blog-qiaomu-storyteller-bracket-time",
        site="醒木一声的博客 (invented)",
        style="博客",
        genre="随笔",
        kind="essay",
        form="text",
        source="http://xingmuyisheng.blog.example.net/post/1142.html",
        title="第一次登台说书",
        record_title="【台前幕后】第一次登台说书 - 醒木一声的博客",
        date="2024-10-26",
        notes="a storyteller's blog: bracketed post time as the date, a visitor count, a category line, prev/next and comments with relative times",
        page="""
!m 醒木一声的博客　·　一块醒木　半生书场
!t 【台前幕后】第一次登台说书
!m (2024-10-26 22:41)　分类：台前幕后　阅读：187
{BODY}
!l 上一篇：我的师父　下一篇：书场里的老听众
!l 网友评论：听众小马 2天前：您讲的《杨家将》太好听了
!a 发表评论　｜　转载到我的博客
""",
        body="""
今天是我第一次正式登台，说的是《杨家将》里的一段。
上台前我在后台来回走，手心全是汗，师父拍拍我的肩说：“把书当成跟老朋友聊天。”
醒木一拍，台下几十双眼睛看着我，说着说着，我竟然忘了紧张。
散场时，一位老听众走过来说：“小伙子，下周我还来。”这句话我会记很久。
""",
    ),
    dict(
        slug="wechat-qiukou-seal-society-call-for-works",
        site="楸口印社 公众号镜像 (invented)",
        style="公众号镜像",
        genre="启事",
        kind="notice",
        form="text",
        source="https://wx.readmirror.example.cn/qkys/2025-0302.html",
        title="楸口印社第五届篆刻作品展征稿启事",
        record_title=None,
        date="2025-03-02",
        notes="a WeChat mirror without a record title: account line, a 'tap to follow' line, the call's own 投稿邮箱 and 联系电话 kept; 在看/留言 at the end",
        page="""
!m 楸口印社　　2025年03月02日 20:00
!a ▲点击上方“楸口印社”关注我们
{T}
{BODY}
!l 往期回顾：第四届篆刻作品展入展名单
!a 点个在看，你最好看
!l 留言功能已关闭
""",
        body="""
为繁荣篆刻艺术创作，楸口印社定于2025年6月举办第五届篆刻作品展，现面向社会征稿。
一、投稿要求：每人投稿不超过三件，须为近两年新作，附印蜕及边款拓片。
二、投稿方式：将作品电子稿发送至投稿邮箱 qkys2025@example.com，截稿时间为4月30日。
三、联系电话：0539-2150927（秘书处 严谨）。
楸口印社
2025年3月2日
""",
    ),
    dict(
        slug="oa-qusheng-troupe-storyhall-safety-bulletin-cc",
        site="曲声文化演艺有限公司 内网 (invented)",
        style="企业内网",
        genre="通报",
        kind="bulletin",
        form="text",
        source="http://10.8.1.12/oa/gwgl/view.aspx?id=2025110318",
        title="关于各书场消防安全检查情况的通报",
        record_title="【待阅】关于各书场消防安全检查情况的通报",
        date="2025-11-03",
        notes="an intranet text view: document number neutral, a check table, the bulletin's own 抄送 and 印发 lines kept; read receipts and an export stamp",
        page="""
!m 曲声文化协同办公　　公文管理 > 收文
!t 【待阅】关于各书场消防安全检查情况的通报
!m 来文单位：安全保卫部　　签收人：曾娜　　阅读状态：未读
曲声安〔2025〕12号
{BODY}
!l 阅读记录：演出一部 已阅　演出二部 已阅　财务部 未阅
!m 本页由系统生成于 2025-11-05 10:17
""",
        body="""
各演出部、各书场：
10月下旬，公司安全保卫部对下属四个书场进行了消防安全检查，现将检查情况通报如下。
书场　存在问题　整改期限
鼓楼书场　应急照明灯损坏两处　11月10日前
南街书场　安全出口堆放杂物　立即整改
各书场要举一反三，每日演出前检查消防通道和灭火器材。
曲声文化演艺有限公司
2025年11月3日
抄送：公司领导班子成员。
曲声文化演艺有限公司办公室　2025年11月3日印发
""",
    ),
    dict(
        slug="qa-zhiwen-seal-carving-knife-beginner",
        site="知问网 (invented)",
        style="问答社区",
        genre="问答",
        kind="answer",
        form="text",
        source="https://www.zhiwen-wang.example.com/question/20251187",
        title="学篆刻入门买什么样的刻刀？",
        record_title="学篆刻入门买什么样的刻刀？ - 知问网",
        date=None,
        notes="a Q&A with a 被采纳 badge, 回答于 relative time, like counts and 'more answers' link; numbered advice kept; no date",
        page="""
!m 知问网 › 书画艺术 › 篆刻
!t 学篆刻入门买什么样的刻刀？ - 知问网
!m 4个回答 · 被浏览 2,306 次
!l ✔ 被采纳的回答
!m 刻石十年　回答于 2周前
{BODY}
!l 👍 156 人觉得有用　　💬 评论 7
!l 查看全部 4 个回答 >
""",
        body="""
入门建议买一把八毫米宽的平口刀，白钢或高速钢的都可以，价格几十元就够用。
选刀注意三点：
1.刀口要锋利平整，刀杆不能太细，握着要稳。
2.刀杆最好缠上布条或胶布，防止打滑磨手。
3.不要一开始就买一整套，先用一把刀把基本刀法练熟。
""",
    ),
    dict(
        slug="anthology-shuxian-storyteller-memoir-chapter-html",
        site="书弦文集 (invented)",
        style="个人文集",
        genre="随笔",
        kind="essay",
        form="html",
        source="http://www.shuxianwenji.example.org/lao-yu/vol2/15.html",
        title="跟师父跑码头的日子",
        record_title="《书场旧事》卷二·第十五篇 - 书弦文集",
        date=None,
        notes="a collection chapter page in HTML: chapter nav, a volume list in the sidebar, a font-size toggle and a copyright footer; no date",
        page="""
<html><head><meta charset="utf-8"><title>《书场旧事》卷二·第十五篇 - 书弦文集</title></head><body>
<div class="top">⟦m 书弦文集　·　老余的书场旧事⟧</div>
<div class="chap">⟦t 《书场旧事》卷二·第十五篇⟧</div>
<h2>{T}</h2>
<div class="size">⟦a 字号：较小 默认 较大⟧</div>
{BODY}
<div class="pn">⟦l 上一篇：醒木的来历⟧　⟦l 返回目录⟧　⟦l 下一篇：最后一场书⟧</div>
<aside>⟦l 卷一　学艺⟧<br>⟦l 卷二　跑码头⟧<br>⟦l 卷三　归乡⟧</aside>
<footer>⟦d 本文集内容为作者原创，未经许可请勿转载⟧</footer>
</body></html>
""",
        body="""
十七岁那年，我跟着师父离开县城，沿着运河一个码头一个码头地说书。
那时候没有固定的书场，茶馆、祠堂、打谷场都能开书，一部《隋唐》要说两个月。
师父说书从不看稿，可每天夜里都要把第二天的书在心里过三遍。
他常对我说，台上一分钟，台下十年功，听众的耳朵是最灵的。
""",
    ),
]

"""holdout151, part G: five more pages across the part's themes (homespun cloth, green plums,
oysters, turnips, pickled peppers). Invented text; written by hand case by case, see ../README.md
and ../build.py."""

CASES = [
    dict(
        slug="forum-tubu-cloth-dye-question-floor",
        site="乡土手艺论坛 (invented)",
        style="论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="https://www.xiangtushouyi.example.com/t/7712-1.html",
        title="求助：老粗布用蓝草染色总是发花怎么办",
        record_title=None,
        date="2025-08-04",
        notes="title missing in the record: a thread title with [求助] shown as title chrome, the bare title on a line of its own (neutral); floor meta; 发表于 date",
        page="""
!m 乡土手艺论坛 › 织染刺绣 › 求助区
!t [求助] 求助：老粗布用蓝草染色总是发花怎么办
求助：老粗布用蓝草染色总是发花怎么办
!m 1#　染坊新手　　发表于 2025-8-4 10:26　　积分 38
{BODY}
!l 2#　老染匠：先把布煮透去浆再染，试试看。
!l 3#　路过：同问，马克一下
!a 快速回复　　使用高级模式　　回帖并转播
""",
        body="""
自己织的老粗布，想用蓝草染成靛蓝色，可是染出来颜色深一块浅一块。
染之前布已经用清水泡过一夜，染缸也每天搅动。
是不是布上的浆没有退干净？还是染的次数不够？
请各位懂行的师傅指点一下，谢谢！
""",
    ),
    dict(
        slug="blog-meijiu-plum-wine-diary-text",
        site="梅酒小记 (invented)",
        style="博客",
        genre="随笔",
        kind="other",
        form="text",
        source="https://meijiuxiaoji.example.blog/archives/218",
        title="泡青梅酒的第一百天",
        record_title="泡青梅酒的第一百天 – 梅酒小记",
        date=None,
        notes="blog text: relative time 昨天 no date; ‘分享’ sentence of the writer kept; tag and archive chrome; glued like-box after the last paragraph",
        page="""
!m 梅酒小记 · 一个人的酿酒日志
{T}
!m 发布于 昨天 22:10　　分类：酿造　　阅读 97
{BODY}
!l 标签：青梅酒　自酿　日记
!l 归档　2025年9月 (3)　2025年8月 (5)
!l 评论 (2)　发表你的评论…
""",
        body="""
今天是青梅酒泡下的第一百天，我打开坛子尝了一小口。
酒色已经变成淡淡的琥珀色，梅香很足，入口比刚泡时柔和多了。
打算再等两个月过滤装瓶，到时候分享给几个老朋友。
记下这一天，也记下今年夏天在山里摘梅的日子。⟦l 喜欢这篇文章？点个赞吧 ♥ 14⟧
""",
    ),
    dict(
        slug="oa-haoyuan-oyster-shift-notice-text",
        site="蚝源水产OA (invented)",
        style="企业内网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://oa.haoyuan.example.local/notice/detail?id=3107",
        title="关于调整开蚝车间冬季作息时间的通知",
        record_title="关于调整开蚝车间冬季作息时间的通知",
        date="2025-11-01",
        notes="intranet text: notice list header, read receipt, the document's own 联系人 kept; shift table",
        page="""
!m 蚝源水产 · 内部办公系统　>　通知公告
{T}
!m 发布部门：人力资源部　　发布人：甘晓蕾　　阅读回执：已确认 62 人
{BODY}
!a 确认已读　　打印　　下载附件
!d 本系统信息仅限公司内部使用
""",
        body="""
各车间、各部门：
进入冬季生蚝旺季，为保证鲜蚝及时加工，自11月5日起开蚝车间实行两班作息。
班次　上班时间　下班时间
早班　5:00　13:00
中班　13:00　21:00
请各班组长做好人员排班，有疑问请联系人力资源部甘晓蕾，分机8012。
人力资源部
2025年11月1日
""",
    ),
    dict(
        slug="qa-nongwen-turnip-vs-radish-text",
        site="农问网 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.nongwen.example.com/ask/551202.html",
        title="蔓菁和萝卜是一种东西吗？",
        record_title="蔓菁和萝卜是一种东西吗？_农问网",
        date="2025-04-07",
        notes="Q&A text: answerer card with 回答于 date; vote bar; my-answer box; 追问 chrome",
        page="""
!m 农问网 · 农业知识问答
{T}
!m 提问：田园小白　　5个回答
!m 采纳答案　　高原种菜人（蔬菜技术员）　回答于 2025-04-07
{BODY}
!l 👍 有帮助 57　　👎　　追问
!l 其他4条回答 >
!a 登录后回答这个问题
""",
        body="""
不是一种，蔓菁是十字花科芸薹属，萝卜是十字花科萝卜属，两者亲缘关系并不近。
蔓菁的块根多为扁圆形，肉质较紧实，高原地区种得较多。
萝卜的块根形状多样，水分更大，全国各地都有种植。
""",
    ),
    dict(
        slug="anthology-jiaoshi-pepper-chapter-html",
        site="椒事文集 (invented)",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="html",
        source="https://www.jiaoshiwenji.example.com/book/2/chapter/15.html",
        title="第十五篇　母亲的泡菜坛",
        record_title="《椒事》卷二·第15篇｜第十五篇　母亲的泡菜坛",
        date=None,
        notes="collection chapter HTML: chapter nav, reading settings, bookshelf prompt; no date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>《椒事》卷二·第15篇｜第十五篇　母亲的泡菜坛</title></head><body>
<div class="bookhd">⟦m 椒事 · 卷二 · 家常⟧ ⟦a 阅读设置：字号 背景 护眼⟧</div>
<h2>{T}</h2>
<div class="chapinfo">⟦m 作者：郑晚秋　本章字数：312⟧</div>
<div class="chapter">
{BODY}
</div>
<div class="chapnav">⟦l 上一篇⟧ ⟦l 目录⟧ ⟦l 下一篇⟧</div>
<div class="shelf">⟦a 加入书架，更新早知道⟧</div>
</body></html>
""",
        body="""
母亲的泡菜坛摆在灶屋的角落里，坛沿的水从来没有干过。
每年辣椒红了，母亲就挑最好的一篮洗净晾干，一个个码进坛里，再浇上烧开晾凉的盐水。
我们兄妹几个放学回家，最馋的就是母亲从坛里捞出来的那几个泡椒，就着白米饭能吃两大碗。
后来我到城里工作，母亲每次托人捎来的东西里，总少不了一罐泡椒。
""",
    ),
]

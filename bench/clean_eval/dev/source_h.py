"""Dev cases, part H: layouts the other parts do not use — a traditional-character
mirror, a headline without a genre word between two copies of the site's name, a
school news page in HTML with a sidebar, a plan whose last lines are a list, a 文库 page
wrapped at a narrow width with markers glued on, a Q&A page whose answer ends
with a signature. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="mirror-fanti-speech-traditional",
        site="港澳镜像转载站 (invented)",
        style="公众号镜像",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://hk-mirror.example.net/read/20231201/8812.html",
        title="在全市冬季安全生產工作會議上的講話",
        record_title=None,
        date="2023-12-01",
        notes="a page in traditional characters: no title in the record, chrome in traditional characters, a date under the title",
        page="""
!m 轉載站　首頁 › 講話稿
{T}
（2023年12月1日）
!m 來源：市應急管理局　瀏覽次數：1,204
{BODY}
!a 分享到：微信　微博　複製連結
!d 本站轉載文章僅供學習交流，版權歸原作者所有，如有侵權請聯繫刪除。
""",
        body="""
同志們：
今天召開全市冬季安全生產工作會議，主要任務是分析當前形勢，部署今冬明春安全生產工作。
入冬以來，全市安全生產形勢總體平穩，但冬季用火用電用氣增多，道路結冰、大霧天氣頻發，各類事故風險明顯上升，決不能掉以輕心。
各區、各部門要壓緊壓實責任，深入開展隱患排查整治，加強應急值守，確保全市安全生產形勢持續穩定。
""",
    ),
    dict(
        slug="news-taoxi-headline-no-genre-two-copies",
        site="桃溪融媒 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.taoxi-rongmei.example.cn/xw/2024/1105/12031.html",
        title="桃溪这个村把“荒坡”变成了“金坡”",
        record_title=None,
        date="2024-11-05",
        notes="headline without a genre word, the site's name printed above and below it, a photo credit line, an editor line and a recommendation list",
        page="""
!m 桃溪融媒
!m 首页｜新闻｜视频｜专题｜服务
{T}
!m 桃溪融媒
!m 2024-11-05 08:42:10　　作者：融媒记者 苏晴
{BODY}
!m （编辑：叶子　审核：林涛）
!l 为你推荐
!l 桃溪举办首届农民丰收节
!l 全县冬季植树造林工作启动
""",
        body="""
深秋时节，走进桃溪镇石门村，漫山遍野的油茶树挂满了果实，村民们正忙着采摘。谁能想到，五年前这里还是一片杂草丛生的荒坡。
2019年，石门村党支部牵头成立油茶专业合作社，流转荒坡地1200亩，引进优良品种，请来农技专家手把手指导。如今，合作社年产油茶籽40多万斤，带动120多户村民增收。
“荒坡变金坡，日子越过越红火。”村民张大爷笑着说。
""",
    ),
    dict(
        slug="edu-chenguang-html-sidebar-news",
        site="晨光中学 (invented)",
        style="教育门户",
        genre="新闻",
        kind="news",
        form="html",
        source="http://www.cgzx.example.edu.cn/xwdt/2024/0920/3309.html",
        title="我校举行2024年秋季运动会",
        date="2024-09-20",
        notes="school HTML page: a sidebar of links beside the article, a counter in the byline, the byline apart from the text",
        page="""
<html><head><meta charset="utf-8"><title>我校举行2024年秋季运动会-晨光中学</title></head><body>
<div id="top">⟦m 晨光中学⟧　⟦m 学校首页 | 学校概况 | 新闻动态 | 教育教学 | 招生信息⟧</div>
<div id="left">
<h3>⟦l 新闻动态⟧</h3>
<ul><li>⟦l 学校新闻⟧</li><li>⟦l 通知公告⟧</li><li>⟦l 教研活动⟧</li></ul>
</div>
<div id="main">
<div class="where">⟦m 当前位置：首页 → 新闻动态 → 学校新闻⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 发布时间：2024-09-20　作者：校团委　点击：<span>265</span>⟧</div>
<div class="text">
{BODY}
</div>
</div>
<div id="foot">⟦m 版权所有：晨光中学　地址：晨光县文昌路1号　邮编：412000⟧</div>
</body></html>
""",
        body="""
9月19日至20日，我校2024年秋季运动会在学校田径场隆重举行，全校48个班级的1200余名运动员参加了32个项目的比赛。
开幕式上，各班方阵精神饱满、口号响亮，展现了同学们积极向上的精神风貌。比赛中，运动员们奋勇拼搏，共有5人次打破校运会纪录。
本届运动会的成功举办，进一步激发了同学们参加体育锻炼的热情，展示了我校阳光体育运动的丰硕成果。
""",
    ),
    dict(
        slug="fanwen-jinshi-plan-list-ending",
        site="锦书范文 (invented)",
        style="范文站",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.jinshufw.example.com/fangan/2024/55120.html",
        title="社区2024年“邻里节”活动方案",
        record_title="社区2024年“邻里节”活动方案（精选）",
        date=None,
        notes="a plan whose body ends with a list of short items without sentence ends (must stay); chrome after it; no date",
        page="""
!m 锦书范文 › 活动方案 › 社区活动方案
!t 社区2024年“邻里节”活动方案（精选）
!m 更新：2024-05-11　热度：1879
{BODY}
!l 猜你感兴趣：社区重阳节活动方案　社区消夏晚会活动方案
!a 下载这篇范文　　打印　　收藏
""",
        body="""
为增进邻里感情，营造和谐友爱的社区氛围，社区决定于5月下旬举办2024年“邻里节”活动，特制定本方案。
一、活动时间
2024年5月25日上午9时至11时。
二、活动地点
社区文化广场。
三、活动内容
（一）邻里美食分享会
（二）亲子趣味运动
（三）旧物交换集市
（四）邻里才艺展示
""",
    ),
    dict(
        slug="wenku-qingyun-narrow-wrap-markers-junk",
        site="青云文库 (invented)",
        style="文库预览",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://www.qingyunwk.example.com/doc/7730951.html",
        title="2024年度社区党委书记述职报告",
        record_title="2024年度社区党委书记述职报告.wps",
        date=None,
        notes="preview wrapped at a narrow width with page markers glued to line starts, file-name title",
        page="""
!t 2024年度社区党委书记述职报告.wps
!m 青云文库　|　党建文档
!a 下载积分：3　　立即下载　　加入收藏
{BODY}
!a 本文档预览到此结束，下载后查看全部内容
""",
        indent="\u3000\u3000",
        wrap=44,
        pages=dict(fmt="第{n}页", every=110, start=2, glue=True),
        body="""
一年来，我认真履行社区党建工作第一责任人职责，团结带领社区“两委”班子，扎实推进各项工作，现将履职情况报告如下。
一、抓党建引领
坚持每月召开党委会研究党建工作，推行“支部建在网格上”，在8个网格成立党小组，组织党员认领服务岗位120个。
二、抓民生服务
建成社区嵌入式养老服务站1个，为辖区老人提供助餐、助浴服务2600余人次；协调解决加装电梯、停车难等群众急难愁盼问题31件。
三、存在的不足
一是党员作用发挥不够均衡；二是服务精细化水平有待提高。
下一步，我将进一步强化责任担当，推动社区党建和服务工作再上新台阶。
""",
    ),
    dict(
        slug="qa-huiwen-answer-signed",
        site="汇文问答 (invented)",
        style="问答社区",
        genre="经验",
        kind="other",
        form="text",
        source="https://ask.huiwen.example.com/q/88213.html",
        title="机关新人怎样快速提高公文写作水平？",
        record_title="机关新人怎样快速提高公文写作水平？_汇文问答",
        date="2024-08-15",
        notes="Q&A page: underscore site suffix in the record title, the question's own counters, the answer ends with the answerer's signature line and a sentence-like vote prompt",
        page="""
!m 汇文问答 > 职场 > 公文写作
{T}
!m 3 个回答　　1,586 次浏览
!m 最佳答案
!m 答主：一支笔　　2024-08-15 22:31
{BODY}
!l ——来自汇文问答App
!a 这个回答对你有帮助吗？有帮助(36)　没帮助(2)
!l 其他回答（2）
""",
        body="""
我是从基层借调到机关的，刚开始写材料也很吃力，说说自己的办法。
一是多读。把单位近三年的领导讲话、工作总结找出来，反复读，读懂每篇材料的结构和常用表述。
二是多写。主动承担会议纪要、信息简报这类小材料，写完请老同志修改，对照修改稿找差距。
三是多积累。建一个自己的素材库，看到好的观点、数据和句子随手记下来，用的时候就不愁了。
坚持半年，肯定会有明显进步。
""",
    ),
]

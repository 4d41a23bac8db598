"""holdout112, part F: third sites of the 文库, news, forum, blog, WeChat, education, Q&A and
intranet kinds. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="wenku-moyun-speech-okra-glued-markers",
        site="墨云文库 (invented)",
        style="文库预览",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.moyunwk.example.com/p/20250411-6620.html",
        title="在全县秋葵产业发展推进会上的讲话",
        record_title="在全县秋葵产业发展推进会上的讲话_墨云文库",
        date="2025-04-11",
        notes="文库 preview: page markers 第n屏 glued or not at line starts cutting sentences; date under the title; speaker line neutral",
        pages=dict(fmt="第{n}屏", every=120, start=2, glue="mix"),
        page="""
!m 墨云文库 - 海量文档免费读
!t 在全县秋葵产业发展推进会上的讲话
!m 4页　　阅读量 1388　　上传于 2025-04-30
县委副书记　蓝志刚
（2025年4月11日）
{BODY}
!a 阅读已结束，如需获取完整文档请点击下载
!a 下载（5 积分）　　　加入文件夹
!d 墨云文库仅提供文档存储空间，不对用户上传内容负责。
""",
        body="""
同志们：
今天召开全县秋葵产业发展推进会，主要任务是总结去年工作，部署今年任务，推动秋葵产业提质扩面。
去年，全县秋葵种植面积达到一万二千亩，带动农户四千三百户，产值突破三亿元，秋葵已成为我县农民增收的重要产业。
今年要重点抓好三件事：一是扩大订单种植，力争订单面积占到八成以上；二是完善冷链设施，新建产地预冷库六座；三是打响区域品牌，积极申报地理标志产品。
各乡镇要把责任压实到人，确保各项任务落地见效。
""",
    ),
    dict(
        slug="news-yicheng-daily-maltose-heritage-text",
        site="漪城日报网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.ycrb.example.cn/wh/2025-11/02/content_30122.html",
        title="老手艺熬出“甜日子”",
        record_title="老手艺熬出“甜日子”",
        date="2025-11-02",
        notes="news text page: publish line as the page date, a photo caption and a 扫码 follow line between paragraphs, related list",
        page="""
!m 漪城日报网 > 文化 > 正文
!t 老手艺熬出“甜日子”
!m 2025年11月02日 07:30　来源：漪城日报　作者：郑小雨
{BODY}
!l 相关阅读：古街非遗市集本周末开市　|　漪城三项技艺入选市级非遗名录
!d 版权声明：凡注明“来源：漪城日报”的作品，版权均属漪城日报社所有。
""",
        body="""
清晨六点，古街何家糖坊的灶火已经烧旺。六十八岁的何春生把发好芽的麦子和糯米倒进大锅，开始一天的熬糖。
熬麦芽糖要六七个小时，中途不能停火，还要不停搅拌。“火大一分就苦，火小一分就稀。”何春生说。
⟦m 何春生在糖坊内拉糖。郑小雨 摄⟧
今年，何春生收了两个年轻徒弟，糖坊还开了网店，一个月能卖出两千多斤麦芽糖。
⟦a 扫码关注漪城日报客户端，看更多古街故事⟧
“手艺传下去了，日子也越过越甜了。”何春生笑着说。
""",
    ),
    dict(
        slug="forum-yuanchuan-winter-melon-storage-html",
        site="园川种植论坛 (invented)",
        style="论坛",
        genre="经验帖",
        kind="other",
        form="html",
        source="https://www.yuanchuanzz.example.com/bbs/t/55218.html",
        title="冬瓜怎样储存到春节？分享我家的土办法",
        record_title="[经验分享] 冬瓜怎样储存到春节？分享我家的土办法（多图）- 蔬菜种植 - 园川种植论坛",
        date="2025-10-17",
        notes="farming forum in HTML: jammer fonts, floor meta, post time the page date, a moderator's highlight note",
        junk=dict(lines=1, glued=1),
        page="""
<html><head><meta charset="utf-8"><title>[经验分享] 冬瓜怎样储存到春节？分享我家的土办法（多图）- 蔬菜种植 - 园川种植论坛</title></head><body>
<div id="top">⟦m 园川种植论坛⟧ ⟦a 快速登录⟧ ⟦a 注册⟧</div>
<div id="nav">⟦m 论坛首页 › 蔬菜种植 › 帖子详情⟧</div>
<h1>⟦t 冬瓜怎样储存到春节？分享我家的土办法⟧</h1>
<div class="pi">⟦m 楼主：种瓜的老谭　发表于 2025-10-17 19:26　｜　浏览 2290　回复 31⟧</div>
<div class="mod">⟦l 该帖被版主 菜园子 加入本版精华⟧</div>
<div class="msg">
{BODY}
</div>
<div class="rp">⟦l 回复　引用　点赞(45)⟧</div>
<div id="ft">⟦m 园川种植论坛 © 2025⟧</div>
</body></html>
""",
        body="""
我家每年种两亩冬瓜，总有一部分留着过年吃，这些年摸索出一个土办法，分享给大家。
一是选瓜。挑表皮有白霜、没有伤口、瓜蒂完整的老熟冬瓜，嫩瓜放不住。
二是摘瓜。要在晴天下午摘，摘时留五六厘米长的瓜柄，轻拿轻放，千万别磕碰。
三是储存。在阴凉通风的屋里铺一层干稻草，冬瓜竖着放，瓜与瓜之间不要挨着，隔半个月翻看一次。
按这个办法，冬瓜一般能放到春节以后，去年最长的一个放了五个月。
""",
    ),
    dict(
        slug="blog-shaoxi-script-writer-notes",
        site="半夏写本子 (a blog, invented)",
        style="博客",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://banxiaxie.example.blog.cn/2025/08/shencha.html",
        title="剧本过审三个月，我学到的几件事",
        record_title="【随记】剧本过审三个月，我学到的几件事 | 半夏写本子",
        date="2025-08-24",
        notes="blog: decorated record title, bracketed post time, comment box and tag list; reward button glued after the last sentence",
        page="""
!m 半夏写本子
!m 一个剧本杀编剧的工作笔记
!t 剧本过审三个月，我学到的几件事
!m （2025-08-24 23:10）　分类：编剧手记
{BODY}
!l 标签：剧本杀　编剧　内容审核
!l 已有 9 条评论　|　我要评论
!l 上一篇：写给新人编剧的十条建议
!d 本博客文章未经许可禁止转载
""",
        body="""
新规出来以后，我手上的三个本子都送去了审核，前后折腾了三个月，总算全部通过。记几点体会。
第一，恐怖元素不是不能写，但要有度。我们把原来的血腥描写全部改成了侧面暗示，玩家反馈反而更紧张了。
第二，适龄提示要写清楚。同一个本子，我们做了一个十六岁以上版本，删掉了两条支线。
第三，审核意见要逐条回复。审核老师提的每一条，改了什么、为什么这样改，都要写在说明里。⟦a 打赏作者一杯咖啡⟧
""",
    ),
    dict(
        slug="wechat-mirror-fengyuan-geese-count-text",
        site="号外镜像 (invented)",
        style="公众号镜像",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.haowai-jx.example.com/mp/fyshidi/2026-0118",
        title="最新监测！沣源湖越冬雁类达5200只",
        record_title=None,
        date="2026-01-18",
        notes="WeChat mirror without a record title; account line with date; 原创 mark; a 'star the account' prompt; table of species counts kept",
        page="""
!m 号外镜像 · 公众号文章存档
{T}
!m 原创　沣源湿地　2026年01月18日 20:05
{BODY}
!a 点个“在看”，为守护湿地的人们点赞
!l 往期推荐：湖区巡护员的一天　｜　冬季观鸟指南
!a 星标“沣源湿地”，不错过每一次推送
""",
        body="""
1月16日，沣源湖湿地保护中心联合沣源师范学院开展了本年度第三次越冬雁类同步调查。
种类　数量
鸿雁　2860只
豆雁　1740只
白额雁　600只
此次共记录雁类五千二百只，比去年同期增加一千一百余只，是近十年来最多的一次。
专家分析，这与湖区今年严格实施核心区临时封闭、减少人为干扰密切相关。
""",
    ),
    dict(
        slug="edu-tangcheng-school-egg-lab-html",
        site="棠城市第五中学 (invented)",
        style="教育门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.tc5z.example.edu.cn/xwdt/2025/1105/671.html",
        title="我校学生走进皮蛋工坊开展化学探究实践",
        record_title="我校学生走进皮蛋工坊开展化学探究实践_校园动态_棠城市第五中学",
        date="2025-11-05",
        notes="school news: author/photo/review line, a photo caption between paragraphs, returning links",
        page="""
<html><head><meta charset="utf-8"><title>我校学生走进皮蛋工坊开展化学探究实践_校园动态_棠城市第五中学</title></head><body>
<div class="hd">⟦m 棠城市第五中学⟧ ⟦m 厚德 博学 笃行⟧</div>
<div class="nav">⟦m 学校概况 | 校园动态 | 教学科研 | 德育园地 | 招生信息⟧</div>
<h2>⟦t 我校学生走进皮蛋工坊开展化学探究实践⟧</h2>
<div class="sub">⟦m 文：化学组 周敏　图：信息中心　审核：校办　2025-11-05⟧</div>
{BODY}
<div class="back">⟦a 【返回列表】⟧ ⟦a 【打印本页】⟧</div>
<div class="ft">⟦m 棠城市第五中学 版权所有 地址：棠城市育才路20号⟧</div>
</body></html>
""",
        body="""
11月3日，我校高二年级六十名学生走进松香皮蛋工坊，开展“蛋白质变性”化学探究实践活动。
工坊技术员向同学们介绍了皮蛋腌制的原理和工艺流程，同学们分组测量了料液的酸碱度，观察了不同腌制天数的鸭蛋切面。
⟦m 同学们在工坊内观察皮蛋切面。⟧
化学组周敏老师说，把课堂搬进工坊，学生对蛋白质变性的理解更直观、更深刻。
""",
    ),
    dict(
        slug="qa-xiaoyi-water-meter-tenant",
        site="小易问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://ask.xiaoyi.example.com/q/30928811",
        title="租房换了智能水表，水费该由房东还是租客交？",
        record_title="租房换了智能水表，水费该由房东还是租客交？_小易问答",
        date="2025-05-14",
        notes="Q&A: asker's supplement line, a lawyer's answer with its 回答于 date as the page date; a paid-consult prompt",
        page="""
!m 小易问答 > 法律 > 房屋租赁
!t 租房换了智能水表，水费该由房东还是租客交？
!m 问题补充：合同里只写了“水电费由乙方承担”，换表后要预存水费。
!m 律师 冯嘉　回答于2025-05-14 10:12　已帮助 1320 人
{BODY}
!w 一对一电话咨询律师，30分钟内回电，立即咨询 >
!l 有用(64)　没用(2)　举报
!l 其他人还在问：房东不退押金怎么办？
""",
        body="""
您好，根据您描述的合同约定，水费由乙方承担，换成智能水表后，租住期间产生的水费仍然应当由租客缴纳。
需要注意的是，智能水表预存的水费余额，退租时应当结算清楚，多退少补。
建议换表当天双方一起拍照记录水表读数，并在合同中补充约定余额的处理方式，避免日后产生纠纷。
""",
    ),
    dict(
        slug="oa-rongping-grassland-station-report-html",
        site="榕坪县草原工作站内网 (invented)",
        style="企业内网",
        genre="请示",
        kind="report",
        form="html",
        source="http://10.18.3.6/oa/doc/2025/0602-014",
        title="关于增派虫草采集期草原巡查人员的请示",
        record_title="关于增派虫草采集期草原巡查人员的请示",
        date="2025-06-02",
        notes="intranet view: approval trail and read counts; a staffing table; the station's own 联系人 line kept",
        page="""
<html><head><meta charset="utf-8"><title>关于增派虫草采集期草原巡查人员的请示</title></head><body>
<div class="sys">⟦m 榕坪县农牧系统办公平台⟧ ⟦m 欢迎您，草原站 次仁⟧</div>
<div class="tab">⟦m 收文 | 发文 | 请示报告 | 通讯录⟧</div>
<h3>⟦t 关于增派虫草采集期草原巡查人员的请示⟧</h3>
<div class="rd">⟦m 已阅 14 人　未阅 3 人⟧</div>
{BODY}
<div class="trail">⟦m 办理记录：06-02 次仁 起草；06-02 王站长 审核；06-03 县农牧局 收文⟧</div>
<div class="op">⟦a 办理　退回　打印　导出⟧</div>
</body></html>
""",
        body="""
县农牧局：
今年虫草采集期进山人员比去年增加约三成，现有巡查力量明显不足。为防止越区采挖和破坏草场，特请示增派巡查人员。
乡镇　现有人数　拟增派
扎嘎乡　12　6
宗巴乡　9　4
妥当与否，请批示。
联系人：次仁，电话：0894-5820376
榕坪县草原工作站
2025年6月2日
""",
    ),
]

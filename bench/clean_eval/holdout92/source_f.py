"""holdout92, part F: more mung-bean (绿豆) and morin-khuur (马头琴) pages from invented 豆畈, 菽原,
额林 and 苏鲁台, all plain text. Written by hand, case by case. Invented text; see ../README.md and
../build.py."""

CASES = [
    dict(
        slug="fanwen-shuyuan-mungbean-report-glued-ghost",
        site="材料侠 (invented)",
        style="范文站",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://www.cailiaoxia.example.com/shuzhi/58812.html",
        title="菽原县绿豆专业合作社理事长述职报告",
        record_title="菽原县绿豆专业合作社理事长述职报告【精选】（通用2篇）",
        date="2025-01-10",
        notes="范文 site: ghost-writer prompt glued after a 。, a VIP copy prompt glued before a sentence; 述职人 over the date",
        page="""
!m 材料侠 · 你的写作好帮手
!m 位置：首页 » 述职报告 » 个人述职
!t 菽原县绿豆专业合作社理事长述职报告【精选】（通用2篇）
!m 时间：2025-01-14 整理：材料侠小编 热度：1379℃
{BODY}
!a ◆ 复制本页全文需开通年卡 ◆ 已有会员？登录
!l 换一批：合作社年度工作总结　农民专业合作社述职　村集体经济述职报告
""",
        body="""
2024年，在镇党委政府的支持下，我带领合作社一百二十六户社员，绿豆种植面积扩大到四千二百亩。⟦w 代写述职报告 当天交稿 V：clx_9090⟧
一是统一供种，全部使用“菽绿3号”良种，亩均增产三十斤。
⟦a 【VIP】⟧二是统一销售，与两家食品企业签订长期合同，社员每斤多卖三角钱。
三是规范财务，每季度公开账目，年终向社员分红十八万元。
述职人：孔庆丰
2025年1月10日
""",
    ),
    dict(
        slug="wenku-doufan-mungbean-plan-star-markers",
        site="稿源文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://wenku.gaoyuan.example.net/doc/70015523.html",
        title="豆畈县首届绿豆丰收节活动方案",
        record_title="豆畈县首届绿豆丰收节活动方案.wps",
        date="2025-08-01",
        notes="file-name title (.wps); markers ☆n☆ on lines of their own; preview-end prompt; schedule table",
        pages=dict(fmt="☆ {n} ☆", every=100, start=2),
        page="""
!m 稿源文库
!t 豆畈县首届绿豆丰收节活动方案.wps
!m 共3页 | 1.8万字节 | 上传：豆乡人 | 2025-08-09上传
{BODY}
!a 试读结束 · 剩余2页，付费后可完整阅读
!d 本站文档均为用户上传，仅供参考，如侵权请联系客服删除
""",
        body="""
为展示“豆畈绿豆”品牌，促进农民增收，县政府决定举办首届绿豆丰收节，特制定本方案。
一、时间地点：2025年9月6日至7日，豆畈镇绿豆广场。
二、活动安排
日期　活动　地点
9月6日上午　开幕式及丰收游行　绿豆广场
9月6日下午　绿豆美食大赛　镇文化站
9月7日全天　农特产品展销　绿豆广场
三、工作要求：各部门按分工抓好落实，确保活动安全有序。
豆畈县人民政府办公室
2025年8月1日
""",
    ),
    dict(
        slug="gov-elin-morin-heritage-list-text",
        site="额林旗人民政府 (invented)",
        style="政府门户",
        genre="公示",
        kind="notice",
        form="text",
        source="http://www.elin.example.gov.cn/xxgk/gsgg/202510/t20251020_7731.html",
        title="额林旗第五批旗级非物质文化遗产代表性传承人推荐名单公示",
        date="2025-10-20",
        notes="gov portal text: 索引号 line, font row, screen-reader toolbar; nominees table; the bureau's 联系电话 kept next to 12345",
        page="""
!a 无障碍 ｜ 关怀版 ｜ 简/繁
!m 额林旗人民政府
!m 当前位置：首页 > 信息公开 > 公示公告
!m 索引号：EL-WL-2025-0092　　发布机构：旗文化和旅游局　　发布日期：2025-10-20
{T}
!a 【字号 大 中 小】【打印】【关闭】
{BODY}
!m 便民热线12345　｜　网站地图　｜　联系我们
!m 额林旗人民政府办公室主办　网站标识码1525000008
""",
        body="""
根据旗级非物质文化遗产代表性传承人认定办法，经专家评审，现将推荐名单公示如下：
项目　姓名　申报地区
马头琴制作技艺　宝音　哈达图苏木
马头琴音乐　乌日娜　额林镇
公示期五个工作日。如有异议，请以书面形式向旗文化和旅游局反映，联系电话：0479-5201189。
额林旗文化和旅游局
2025年10月20日
""",
    ),
    dict(
        slug="news-suludai-morin-herders-concert-text",
        site="苏鲁台融媒 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.suludairm.example.cn/p/20250614/88021.html",
        title="牧民马头琴队走进城区广场",
        record_title="牧民马头琴队走进城区广场【视频】",
        date="2025-06-14",
        notes="news page: video label, reporter line, an app-download line between paragraphs, editor line on its own",
        page="""
!m 苏鲁台融媒 首页 | 时政 | 民生 | 视频
!t 牧民马头琴队走进城区广场【视频】
!m 苏鲁台融媒　2025-06-14 21:10　记者 敖登 阿云嘎
!a ▶ 播放视频 02:46
{BODY}
!m 编辑：海棠　校对：乌兰　终审：胡日查
!l 推荐阅读：苏鲁台今夏首场那达慕开幕　城区新增两条公交线路
""",
        body="""
6月14日晚，由二十名牧民组成的哈日根马头琴队在苏鲁台县城中心广场演出，吸引上千名市民观看。
这支琴队成立于2019年，队员白天放牧，晚上在蒙古包里练琴，已经在全县巡演四十多场。
⟦a 下载“苏鲁台融媒”客户端，看更多本地新闻⟧
琴队队长说，希望让更多年轻人爱上马头琴，把草原的声音传下去。
""",
    ),
    dict(
        slug="forum-doufan-mungbean-sprout-junk",
        site="豆畈百事通论坛 (invented)",
        style="论坛",
        genre="帖子",
        kind="post",
        form="text",
        source="http://www.doufan-bst.example.com/bbs/topic-17702.html",
        title="自家发绿豆芽，为什么总是长须根还发苦？",
        record_title="自家发绿豆芽，为什么总是长须根还发苦？ - 家常菜谱 - 豆畈百事通",
        date=None,
        notes="forum junk lines and glued junk; 昨天 no date; signature and floors",
        junk=dict(lines=2, glued=2),
        page="""
!m 豆畈百事通 › 生活 › 家常菜谱
!t 自家发绿豆芽，为什么总是长须根还发苦？ - 家常菜谱 - 豆畈百事通
!m 作者：灶台边的阿芳 ｜ 昨天 20:31 ｜ 阅读 402 ｜ 回复 7
{BODY}
!l 签名档：爱生活，爱豆芽
!l 2楼 老豆农：水要勤换，一天三遍。
!l 发表回复　｜　返回列表
""",
        body="""
按网上的方法泡豆、发芽，可是每次都长一大把须根，吃起来还有点发苦，请教各位大神。
我是用塑料盆发的，上面盖了湿毛巾，放在厨房窗台上，一天浇一次水。
豆子是今年的新绿豆，泡了十个小时，泡的时候水是温的。
是不是光照太多了？还是浇水太少？
""",
    ),
    dict(
        slug="blog-elin-morin-maker-notes-wrapped",
        site="琴匠手记 (invented)",
        style="博客",
        genre="随笔",
        kind="essay",
        form="text",
        source="https://qinjiang.example.blog/notes/2025-02-horsehead.html",
        title="刻一颗马头要多久",
        record_title="刻一颗马头要多久 ｜ 琴匠手记",
        date="2025-02-09",
        notes="hard-wrapped at 66 columns; bracketed blog time; a reward prompt and subscribe line after the last sentence",
        wrap=66,
        indent="  ",
        page="""
!m 琴匠手记 —— 一个马头琴匠的工作间
!t 刻一颗马头要多久 ｜ 琴匠手记
!m [2025-02-09 22:48] 分类：做琴 | 评论(3)
{BODY}
!a ☕ 喜欢这篇手记，可以请琴匠喝杯奶茶
!a 订阅更新 RSS
!l 上一篇：蒙皮还是板面？ 下一篇：一把旧琴的修复
""",
        body="""
常有人问我，刻一颗马头要多久。我说快的三天，慢的一个月，这要看木头，也要看心情。
我用的是老榆木，先在木块上画出马头的轮廓，锯出大形，再用平口刀、圆口刀一点点修。最难的是马的眼睛和鬃毛，眼睛刻不好，整把琴就没了精神。
师父当年告诉我，马头是琴的魂。三十年过去了，我还是每刻一颗都像第一次。
""",
    ),
    dict(
        slug="wechat-shuyuan-mungbean-recipe-mirror",
        site="微读镜像 (invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="initiative",
        form="text",
        source="https://weidu.example.net/a/shuyuan_jk_0703",
        title="夏季防暑降温，一碗绿豆汤送到一线劳动者手中",
        record_title="夏季防暑降温，一碗绿豆汤送到一线劳动者手中",
        date="2025-07-03",
        notes="account mirror: account line, 点击关注 and 分享 prompts; the initiative asks readers to 分享 (kept)",
        page="""
!m 菽原总工会 2025年07月03日 11:06
!w ↑ 点击上方“菽原总工会”一键关注
{BODY}
!l ▼往期推荐▼
!l 职工疗休养报名开始啦｜夏季用电安全十提醒
!l 👍 赞 188　　💬 留言　　⭐ 收藏
!d 本页为公众号文章镜像，如需删除请联系我们
""",
        body="""
全县广大职工朋友们：
入伏以来，我县持续高温，环卫工人、快递小哥、建筑工人等户外劳动者坚守岗位，十分辛苦。
县总工会倡议：各基层工会、爱心商户在门店设立“清凉驿站”，免费为户外劳动者提供绿豆汤和饮用水。
欢迎大家把这份倡议分享给身边的人，让一碗绿豆汤传递一份温暖。
菽原县总工会
2025年7月3日
""",
    ),
    dict(
        slug="docshare-suludai-morin-pledge-oneline",
        site="文稿共享站 (invented)",
        style="文档分享",
        genre="承诺书",
        kind="pledge",
        form="text",
        source="https://www.wengaogx.example.com/share/60218.html",
        title="马头琴培训机构规范办学承诺书",
        record_title="马头琴培训机构规范办学承诺书（范本）",
        date=None,
        notes="whole body on one line; template placeholders (____年__月__日) no date; share page chrome",
        oneline=True,
        indent="    ",
        page="""
!m 文稿共享站 — 好文档一起用
!t 马头琴培训机构规范办学承诺书（范本）
!m 分享人：苏鲁台教培办　浏览：311　｜　下载：29
{BODY}
!a 点击下载完整版（.docx）
!d 本站文档由用户分享，内容仅供参考
""",
        body="""
本机构郑重承诺：严格按照审批范围开展马头琴培训，不超范围招生，不夸大宣传培训效果。
收费项目和标准在醒目位置公示，不一次性收取超过三个月的费用。
授课教师均具备相应资质，课堂安全措施到位。
承诺单位（盖章）：__________
____年__月__日
""",
    ),
    dict(
        slug="qa-doufan-mungbean-storage-text",
        site="农问通 (invented)",
        style="问答社区",
        genre="问答",
        kind="answer",
        form="text",
        source="https://www.nongwentong.example.cn/ask/20931.html",
        title="绿豆怎么储存才不生虫？",
        record_title="绿豆怎么储存才不生虫？ - 农问通",
        date="2025-09-12",
        record_date="2025-09-12",
        notes="Q&A: answer line 回答于 as the date; expert label; vote bar; related questions",
        page="""
!m 农问通 › 粮油作物 › 绿豆
!t 绿豆怎么储存才不生虫？ - 农问通
!m 2个回答　关注 35
!m 县农技站 农艺师 祁秀英　回答于 2025-09-12
{BODY}
!l 赞同 53 ｜ 反对 ｜ 收藏 ｜ 举报
!l 相关问题：新绿豆要晒几天？　绿豆象怎么防治？
""",
        body="""
绿豆生虫主要是绿豆象，成虫把卵产在豆粒上，储存期间幼虫在豆子里面蛀食。
一是晒干，新豆晒到含水量百分之十三以下再入库。
二是冷冻，少量自用的可以装袋放冰箱冷冻七天，杀死虫卵后再常温保存。
三是密封，大量储存用密封袋或缸，放入几瓣大蒜或花椒也有一定作用。
""",
    ),
    dict(
        slug="mail-shuyuan-mungbean-quality-forward",
        site="菽原县粮食局邮箱 (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mailto:lsj_zkk@shuyuan.example.gov.cn",
        title="关于开展2025年新收获绿豆质量调查的通知",
        record_title="转发：关于开展2025年新收获绿豆质量调查的通知",
        date="2025-08-29",
        notes="forwarded mail: forward note and headers as chrome; the notice's 附件 list and 联系人 kept",
        page="""
!m 发件人：县粮食和物资储备局质检科
!m 日期：2025-08-30 08:47
!m 主题：转发：关于开展2025年新收获绿豆质量调查的通知
!m 各乡镇粮站：请按通知要求做好采样，谢谢！
!m ----- 以下为转发内容 -----
{BODY}
!d 本邮件已经过病毒扫描
""",
        body="""
各乡镇粮站：
为掌握今年新收获绿豆质量状况，决定开展新收获绿豆质量调查。
一、采样时间：9月1日至9月15日。
二、采样数量：每个乡镇采集样品不少于五份，每份一公斤。
三、样品送县粮油质检站检验。
附件：1.绿豆样品登记表
2.扦样操作要点
联系人：尹波　电话：0478-6631027
菽原县粮食和物资储备局
2025年8月29日
""",
    ),
]

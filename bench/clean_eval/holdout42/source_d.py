"""holdout42, part D: a public-bicycle company and a mosquito-control campaign (辐川), a Go association (弈城). Invented text."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _shell import box, modern, oldtable  # noqa: E402

CASES = [
    dict(
        slug="fanwen-oldtable-plan-mosquito-control",
        site="公文小栈 (invented)",
        style="范文站",
        genre="方案",
        kind="plan",
        form="html",
        source="http://www.gwxiaozhan.com/fangan/aiwei/20250422_3391.asp",
        title="辐川县2025年夏季灭蚊防病工作方案",
        record_title="辐川县2025年夏季灭蚊防病工作方案（通用2篇）_公文小栈",
        date="2025-04-22",
        notes="old table layout; copy-lock row; hot list; a writing-service box inside the body; signature date",
        page=oldtable(
            "辐川县2025年夏季灭蚊防病工作方案（通用2篇）_公文小栈",
            "公文小栈 gwxiaozhan.com　　写材料 不求人",
            "首页 ┊ 工作方案 ┊ 工作总结 ┊ 讲话稿 ┊ 心得体会 ┊ 会员中心",
            "您的位置：公文小栈 → 工作方案 → 爱国卫生",
            "时间：2025-04-28　来源：会员投稿　人气：1562",
            "<table><tr><td>⟦l 本周热门⟧</td></tr><tr><td>⟦l 1 爱国卫生月活动总结⟧</td></tr><tr><td>⟦l 2 病媒生物防制工作计划⟧</td></tr><tr><td>⟦l 3 创卫迎检表态发言⟧</td></tr></table>",
            "<p>⟦m 公文小栈　闽ICP备16008213号⟧</p><p>⟦d 本站文章均由会员投稿，仅供参考，请勿照搬照抄。⟧</p>",
            pre="<p>⟦a 本页已开启复制保护，开通会员后可复制全文⟧</p>",
            post="<p>⟦a 【收藏本文】【下载Word】【推荐给朋友】⟧</p>",
        ),
        date_also=["2025-04-28"],
        body="""
为有效降低蚊虫密度，预防登革热等蚊媒传染病，结合我县实际，制定本方案。
一、工作目标：7月底前全县城区蚊虫密度控制在国家标准C级以内。
二、主要措施：清除积水容器，每周开展一次“清积水、灭蚊虫”集中行动；对下水道、绿化带开展环境喷洒。
⟦w 材料赶时间？本站老师代写各类方案，30分钟出初稿，详询客服⟧
三、工作要求：各乡镇、各单位要落实专人负责，县爱卫办每月通报一次。
辐川县爱国卫生运动委员会办公室
2025年4月22日
""",
    ),
    dict(
        slug="news-fuchuan-bicycle-stations-caption",
        site="辐川融媒 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.fuchuanrm.cn/news/bd/2025-05/19/c_30712.html",
        title="辐川新增30个公共自行车站点",
        record_title="辐川新增30个公共自行车站点-本地新闻-辐川融媒",
        date="2025-05-19",
        record_date="2025-05-19",
        notes="news portal; time line is the date; photo caption and a related-news box between paragraphs",
        page=modern(
            "辐川新增30个公共自行车站点-本地新闻-辐川融媒",
            "辐川融媒 · 看辐川",
            "首页／本地新闻／民生／视频／直播／专题",
            "当前位置：辐川融媒 ＞ 本地新闻",
            "2025年05月19日 16:35　来源：辐川融媒　作者：汤晓骑",
            box("l", ["热门排行", "城区两条道路夜间施工", "辐川今年高考考点公布"]),
            "<p>⟦m 辐川县融媒体中心主办　新闻热线：0594-7123456⟧</p><p>⟦d 凡本网注明“来源：辐川融媒”的作品，转载须经授权。⟧</p>",
            tools="分享：朋友圈　微博　复制链接",
        ),
        body="""
记者从辐川公共自行车公司获悉，城区新增的30个公共自行车站点于5月18日全部投入使用，全城站点总数达到210个。
新增站点主要分布在老城区、学校和医院周边，每个站点配置车辆15至30辆。
⟦m 市民在新建成的站点租用公共自行车。汤晓骑　摄⟧
⟦l 相关新闻：公共自行车年卡办理点增至8处⟧
公司负责人表示，市民用手机扫码即可租车，一小时内免费。
""",
    ),
    dict(
        slug="forum-yicheng-go-rules-junk",
        site="弈城棋友会论坛 (invented)",
        style="论坛",
        genre="竞赛规程",
        kind="rules",
        form="text",
        source="http://bbs.yichengqy.org/viewthread.php?tid=20931",
        title="弈城市第十二届少儿围棋锦标赛竞赛规程",
        record_title="弈城市第十二届少儿围棋锦标赛竞赛规程 - 赛事公告 - 弈城棋友会论坛",
        date="2025-06-03",
        date_also=["2025-06-04"],
        notes="hobby forum; numbered rules and a group table kept; junk as lines and glued; post date differs",
        page="""
!m 弈城棋友会论坛 » 赛事公告
!m 作者：黑白小胖　发表于 2025-6-4 20:31
!l 【楼主】　只看楼主　倒序浏览
{T}
{BODY}
!l 顶　　踩　　回复本帖
!m 弈城棋友会 · 以棋会友　客服QQ群：门槛群号请看置顶帖
""",
        junk=dict(lines=2, glued=1),
        body="""
一、主办单位：弈城市围棋协会。
二、比赛时间：2025年7月12日至13日。
三、比赛地点：弈城市青少年活动中心。
四、参赛组别：
组别　年龄　轮次
甲组　10至14岁　七轮
乙组　9岁以下　六轮
五、报名截止时间为7月5日，逾期不予受理。
弈城市围棋协会
2025年6月3日
""",
    ),
    dict(
        slug="blog-danche-insight-dispatcher",
        site="调度员的单车日记 (invented)",
        style="博客",
        genre="心得体会",
        kind="insight",
        form="text",
        source="https://danche-diary.wordpress.fc/2025/03/07/one-year/",
        title="做公共自行车调度员一年",
        record_title="做公共自行车调度员一年 – 调度员的单车日记",
        date="2025-03-07",
        notes="WordPress-like blog; Posted on line is the date; sentences about 下载 an app and 分享 kept; tag and archive chrome",
        page="""
!m 调度员的单车日记
!m 又一个路上的博客
{T}
!m Posted on 2025年3月7日 by 小陈调度
{BODY}
!l 分类：工作随笔　　标签：单车、调度、辐川
!l ← 上一篇：雨天的调度表
!l 发表回复　您的电子邮箱地址不会被公开。
!m 自豪地采用 WordPress
""",
        body="""
去年三月我进了辐川公共自行车公司，干的是车辆调度。
每天早上七点前，我们要把居民区的车运到地铁口和学校门口，晚上再运回来。
这一年我学会的最重要的事，是看数据。公司让我们下载了调度系统的手机端，哪个站点快空了，一眼就能看出来。
我把自己总结的调度顺序分享给了新来的同事，大家都说比原来省时间。
希望今年能少一些空桩，多一些满意的市民。
""",
    ),
    dict(
        slug="wechat-html-proposal-mosquito",
        site="辐川爱卫 公众号镜像 (invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="proposal",
        form="html",
        source="https://wx.mirrorhub.net/a/fuchuan-aiwei/20250601",
        title="清积水灭蚊虫，我们一起行动",
        record_title="清积水灭蚊虫，我们一起行动",
        date="2025-06-01",
        notes="WeChat-style mirror; account line chrome; 关注/分享 sentences of the document kept; reward and in-view chrome",
        page=modern(
            "清积水灭蚊虫，我们一起行动",
            "辐川爱卫",
            "公众号文章 · 镜像阅读",
            "原创　辐川爱卫　2025年06月01日 18:30　福建",
            "辐川县爱卫办官方账号",
            box("l", ["往期推荐", "一图读懂登革热防治", "夏季食品安全小贴士"]),
            "<p>⟦a 喜欢作者　赞赏⟧</p><p>⟦l 分享　收藏　在看　留言⟧</p>",
            scripts=False,
        ),
        body="""
亲爱的市民朋友：
蚊子喜欢在积水中产卵，一个小小的瓶盖就能养出上百只蚊子。
请大家每周花十分钟，倒掉花盆托盘、废旧轮胎和各种容器里的积水。
关注本公众号，可以查看全县各街道的灭蚊行动安排，也欢迎把这份倡议分享给家人和邻居。
辐川县爱国卫生运动委员会办公室
2025年6月1日
""",
    ),
    dict(
        slug="share-wendangwang-summary-go-club-markers",
        site="文档汪 (invented)",
        style="文档分享",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.wendangwang.com/doc/77120344.html",
        title="弈城市围棋协会2024年工作总结",
        record_title="弈城市围棋协会2024年工作总结.wps",
        date="2025-01-06",
        notes="file-name title; page markers （第n页） glued at line starts; signature date",
        page="""
!m 文档汪 — 免费文档分享平台
!t 弈城市围棋协会2024年工作总结.wps
!m 分享者：qiyou_2021　　格式：WPS　　大小：23K　　浏览：612
!d 温馨提示：本文档由用户分享，只供学习参考，严禁商用。
{BODY}
!a 免费获取全文 ＞＞ 下载到电脑
!l 更多同类文档：棋类协会工作总结　体育协会年度总结
""",
        pages=dict(fmt="（第{n}页）", every=70, start=2, glue=True),
        body="""
2024年，协会坚持“普及与提高并重”，全年举办各类比赛9场，参赛棋手2300人次。
一、普及工作。新建校园围棋教学点6个，培训中小学围棋教师41名。
二、竞赛工作。成功承办省业余围棋段位赛弈城赛区比赛，晋段棋手达到186人。
三、协会建设。完成换届选举，新一届理事会由23人组成。
弈城市围棋协会
2025年1月6日
""",
    ),
    dict(
        slug="edu-yicheng-notice-go-contest-attachments",
        site="弈城市教育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://jyj.yicheng.gov.cn/tzgg/2025/0520/4471.shtml",
        title="关于组织参加全市中小学生围棋比赛的通知",
        record_title="关于组织参加全市中小学生围棋比赛的通知-弈城市教育局",
        date="2025-05-20",
        notes="education portal; 附件 list; the document's 联系人/邮箱 kept; 索引号 table as meta",
        page=modern(
            "关于组织参加全市中小学生围棋比赛的通知-弈城市教育局",
            "弈城市教育局",
            "首页 | 教育要闻 | 信息公开 | 办事服务 | 互动交流",
            "首页 › 信息公开 › 通知公告",
            "索引号：ycjyj-2025-0131　发布机构：体卫艺科　发布日期：2025-05-20",
            box("l", ["专题专栏", "双减工作进行时", "教育督导"]),
            "<p>⟦m 弈城市教育局主办　地址：弈城市文昌路1号⟧</p><p>⟦m 闽ICP备05017723号　网站标识码3507000015⟧</p>",
            tools="【打印】【关闭】",
        ),
        body="""
各县（区）教育局，市直各学校：
为推动围棋进校园，市教育局、市体育局定于7月联合举办全市中小学生围棋比赛，现将有关事项通知如下。
一、参赛对象：全市在校中小学生。
二、报名方式：各校将报名表电子版发送至指定邮箱，截止时间为6月20日。
联系人：施弈安　邮箱：ycwqbs@126.com
附件：1.比赛规程
2.报名表
弈城市教育局
2025年5月20日
""",
    ),
    dict(
        slug="intranet-bicycle-dispatch-notice-html",
        site="辐川公共自行车公司内网 (invented)",
        style="企业内网",
        genre="通知",
        kind="notice",
        form="html",
        source="http://10.8.1.20/oa/doc/show.aspx?id=3129",
        title="关于调整早高峰车辆调度时间的通知",
        record_title="关于调整早高峰车辆调度时间的通知",
        date="2025-04-14",
        notes="intranet document view with its 流转记录 and read count; a schedule table kept",
        page=modern(
            "协同办公平台 - 公文查阅",
            "辐川公共自行车有限公司　协同办公平台",
            "待办事项　公文查阅　通讯录　考勤　个人设置",
            "公文查阅 ＞ 公司发文",
            "发文部门：运营部　　发文日期：2025-04-14　　已读 38 / 未读 6",
            box("m", ["流转记录", "运营部 起草", "副总经理 核稿", "总经理 签发"]),
            "<p>⟦d 内部办公系统，禁止截图外传⟧</p>",
            tools="打印　下载附件　转发",
            scripts=False,
        ),
        body="""
各调度班组：
为缓解地铁口早高峰“无车可借”的问题，自4月21日起调整早高峰车辆调度时间。
班组　原调度时间　调整后
东区班　7:00—8:30　6:30—8:00
西区班　7:00—8:30　6:40—8:10
请各班组长做好人员排班，确保调整后首周不出现空站。
运营部
2025年4月14日
""",
    ),
    dict(
        slug="qa-zhidao-answer-bicycle-deposit",
        site="有问必答网 (invented)",
        style="问答社区",
        genre="问答",
        kind="answer",
        form="text",
        source="https://www.youwenbida.com/question/88120931.html",
        title="辐川公共自行车押金怎么退？",
        record_title="辐川公共自行车押金怎么退？急！！",
        date="2025-04-18",
        notes="Q&A; decorated question title; 回答于 is the page's date; the company's service line quoted in the answer kept",
        page="""
!m 有问必答网 > 生活 > 交通出行
{T}
!m 提问者：追风的蜗牛　｜　悬赏 10 积分
!l 我来回答　　关注问题
!m 最佳回答　·　热心网友　回答于 2025-04-18
{BODY}
!l 这个回答有帮助吗？ 有帮助(88)　没帮助(3)
!l 猜你关心：辐川公交卡怎么充值？
""",
        body="""
公司去年已经改成免押金了，以前交过押金的可以这样退：
1.带上身份证和租车卡，到任何一个人工服务点办理。
2.也可以在公司的小程序里申请，3个工作日内原路退回。
退押金有问题可以打公司客服电话0594-7200050问一下。
""",
    ),
    dict(
        slug="anthology-qishi-speech-kids-go-2019",
        site="棋师文集 (invented)",
        style="个人文集",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.qishiwenji.cn/wenji/2019/jianghua-03.html",
        title="在少儿围棋暑期训练营开营仪式上的讲话",
        record_title="旧稿·在少儿围棋暑期训练营开营仪式上的讲话",
        date="2019-07-10",
        notes="personal collection; speaker role line and the date under the title neutral; collection notes chrome",
        page="""
!m 棋师文集　｜　三十年围棋教学旧稿
!l 文集首页 ＞ 讲话卷
!t 旧稿·在少儿围棋暑期训练营开营仪式上的讲话
弈城市围棋协会副会长　严守黑
（2019年7月10日）
{BODY}
!m 2025年整理时补记：当年营员中已有三人定段。
!l 上一篇：围棋协会第二届会员大会工作报告
!d 文集仅供棋友阅读交流。
""",
        indent="\u3000\u3000",
        body="""
各位小棋手，各位家长：
今天，我们的暑期训练营正式开营了。在接下来的二十天里，大家要学会的不只是定式和死活，更重要的是学会思考、学会尊重对手。
下棋要落子无悔，做人也一样，想清楚再做，做了就要负责。
希望小棋手们认真训练，也希望家长们多一些鼓励、少一些比较。
预祝训练营圆满成功！
""",
    ),
]

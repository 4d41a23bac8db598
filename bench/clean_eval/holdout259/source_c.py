"""holdout259, part C: 个人文集, 党建网, 医院官网, 高校官网, 地方论坛 (HTML and text). Invented text."""

CASES = [
    dict(
        slug="collection-oldteacher-tray-memoir-html",
        site="簏山旧话 个人文集 (invented)",
        style="个人文集",
        genre="回忆录",
        kind="essay",
        form="html",
        source="http://www.lushanjiuhua.example.net/wj/0317.htm",
        title="晒谷场上的簸箩",
        record_title="晒谷场上的簸箩（《簏山旧话》之七）— 文集",
        date=None,
        notes="an old gb2312 personal site with a marquee, chapter links and a visitor counter; no date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>晒谷场上的簸箩（《簏山旧话》之七）— 文集</title></head><body>
<table width="800" align="center"><tr><td><marquee>⟦m 欢迎光临簏山旧话，老同事们常来坐坐⟧</marquee></td></tr>
<tr><td>⟦l 目录　之六：河埠头　之八：供销社的秤⟧</td></tr>
<tr><td><h3>⟦t 晒谷场上的簸箩⟧</h3>
{BODY}
</td></tr>
<tr><td>⟦m 本站累计访问 048826 人次⟧</td></tr>
<tr><td>⟦w 来信请寄作者邮箱 jiuhua_lu@example.net⟧</td></tr></table>
</body></html>
""",
        body="""
小时候每到秋收，生产队的晒谷场上铺满了簸箩，远远望去像一片圆圆的荷叶。
簸箩是竹篾编的，大的要两个人抬。母亲把稻谷倒进簸箩，双手抓住边沿，一颠一扬，瘪谷和草屑就随风飞出去，饱满的谷粒留在里面，沙沙作响。
我那时个子小，只能帮着捡落在地上的谷粒。母亲说，簸箩要扬得巧，不能用蛮劲，手腕一抖，谷子跳起来又落回去，才叫会簸。
如今老家的晒谷场早已改成了停车场，母亲那只簸箩，挂在老屋墙上，积满了灰。
""",
    ),
    dict(
        slug="collection-bucket-essay-text",
        site="笕水闲笔 文集 (invented)",
        style="个人文集",
        genre="散文",
        kind="essay",
        form="text",
        source="https://jianshuixianbi.example.org/essay/49",
        title="巷口那只铁皮桶",
        record_title="巷口那只铁皮桶　｜　笕水闲笔·第四辑",
        date=None,
        notes="a personal collection text with chapter navigation; a year only in a 写于 line; hard-wrapped at 58 columns",
        wrap=58,
        page="""
!m 笕水闲笔 · 第四辑 · 市井
!t 巷口那只铁皮桶
{BODY}
写于2024年秋
!l « 上一则　磨刀人　｜　下一则　修伞铺 »
!d 文集文字转载请先征得作者同意
""",
        body="""
我家巷口有一只铁皮桶，绿漆早已剥落，桶身上焊着两个把手，是街道上统一放的消防水桶。
那时巷子里都是木板房，桶里常年存满水，上面浮着几片落叶。谁家灶上起了火苗，拎起桶就跑。
孩子们不懂，夏天常常拿桶里的水打水仗，被巷口的刘婆婆追着骂。
后来巷子改造，装上了消火栓，铁皮桶被收走了。有一次我路过那里，看见原来放桶的地方留下一个圆圆的锈印子，像一枚旧邮戳。
""",
    ),
    dict(
        slug="party-branch-puttee-lecture-html",
        site="簰口党建 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.paikoudj.example.gov.cn/dk/2025/0628/1187.html",
        title="打好绑腿再出发——在“七一”专题党课上的讲稿",
        record_title="【七一党课】打好绑腿再出发——在“七一”专题党课上的讲稿_党课讲稿_簰口党建",
        date="2025-06-27",
        date_also=["2025-06-28"],
        notes="a Party portal with a study-points prompt between paragraphs, a date under the title in Chinese numerals, a 发布时间 line that differs",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【七一党课】打好绑腿再出发——在“七一”专题党课上的讲稿_党课讲稿_簰口党建</title></head><body>
<div class="head">⟦m 簰口党建　凝心聚力 守正创新⟧</div>
<div class="crumb">⟦m 位置：首页 > 党课讲稿⟧</div>
<h1>⟦t 打好绑腿再出发——在“七一”专题党课上的讲稿⟧</h1>
<div class="meta">⟦m 发布时间：2025-06-28　来源：市档案馆机关党委⟧</div>
<p>市档案馆党组书记、馆长　邱明远</p>
<p>（二〇二五年六月二十七日）</p>
{BODY}
<div class="foot">⟦m 主办单位：中共簰口市委组织部⟧<br>⟦m 备案号：湘ICP备2025061130号⟧</div>
</body></html>
""",
        body="""
同志们：
我们馆里珍藏着一副绑腿，是一位老红军留下的，粗布的，颜色已经发白。今天的党课，我就从这副绑腿讲起。
当年部队行军，一天走上百里是常事，战士们靠的就是一双草鞋、一副绑腿。绑腿打紧了，腿不肿、脚不软，才能走得远。
⟦a 学习本文可累计学习积分2分，点击签到⟧
今天我们不用再打绑腿行军，但干事创业同样需要“打绑腿”的精神：出发前把准备做足，把作风扎紧，一步一个脚印往前走。
希望每一位党员都能像先辈那样，绑紧绑腿，再出发。
""",
    ),
    dict(
        slug="party-volunteer-steampot-summary-text",
        site="筘田镇党建网 (invented)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://dj.koutian.example.gov.cn/zbfc/2025/1230/77.html",
        title="“红色蒸锅”暖心食堂志愿服务工作总结",
        record_title="支部风采 ｜ “红色蒸锅”暖心食堂志愿服务工作总结",
        date="2025-12-29",
        notes="a Party site text: a data table, a column prefix title, 成文日期 under the signature",
        page="""
!m 筘田镇党建网 » 支部风采
!m 发布：镇党建办　点击：188　〔字号 大 中 小〕
!t 支部风采 ｜ “红色蒸锅”暖心食堂志愿服务工作总结
{BODY}
!l 上一条：镇机关党支部开展主题党日活动
!l 下一条：村级党组织书记述职评议会召开
!m 筘田镇党建办公室　地址：筘田镇新街9号
""",
        body="""
今年以来，镇机关党支部依托“红色蒸锅”暖心食堂，组织党员志愿者为辖区独居老人提供蒸饭送餐服务，现将工作总结如下。
一是建队伍。组建党员志愿服务队两支，队员三十二人，实行排班轮值。
二是定标准。每天上午十点前蒸好米饭和蒸菜，用保温箱送达，确保饭菜热乎。
月份　送餐人次　志愿时长
第一季度　1460　520小时
第二季度　1615　580小时
三是抓安全。食堂两台大蒸锅每周由专人检查，炊事员持证上岗。
明年我们将把服务范围扩大到两个村。
筘田镇机关党支部
2025年12月29日
""",
    ),
    dict(
        slug="hospital-burn-steampot-science-html",
        site="箦阳市第二人民医院 (invented)",
        style="医院官网",
        genre="科普",
        kind="article",
        form="html",
        source="https://www.zyey.example.com/kpzs/2025/0203/4410.html",
        title="蒸锅揭盖烫伤多 这几点要记牢",
        record_title="【烧伤科·健康课堂】蒸锅揭盖烫伤多 这几点要记牢-箦阳市第二人民医院",
        date="2025-02-03",
        notes="a hospital page with a booking float, a 24-hour line and an experts list; the department's own 咨询电话 kept beside them",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【烧伤科·健康课堂】蒸锅揭盖烫伤多 这几点要记牢-箦阳市第二人民医院</title></head><body>
<div class="top">⟦m 箦阳市第二人民医院　二级甲等综合医院⟧</div>
<div class="nav">⟦m 医院概况　科室导航　专家介绍　健康课堂⟧</div>
<h1>⟦t 蒸锅揭盖烫伤多 这几点要记牢⟧</h1>
<div class="meta">⟦m 发布日期：2025-02-03　作者：烧伤整形科 温小蕙⟧</div>
{BODY}
<div class="float">⟦a 线上挂号 点这里⟧</div>
<div class="experts">⟦l 本科专家：罗敬之 主任医师　柏雯 副主任医师⟧</div>
<div class="ft">⟦m 急诊24小时值守：0739-5591120⟧<br>⟦d 健康科普仅供参考，不能替代面诊⟧</div>
</body></html>
""",
        body="""
春节前后，家家户户蒸馒头、蒸扣肉，我科接诊的蒸汽烫伤病人明显增多，其中大半是揭蒸锅盖时被热气冲到手背和前臂。
揭锅盖时，要先关火，等半分钟，再把锅盖朝向自己的一侧先掀开一条缝，让蒸汽从对侧散出去。
万一被烫伤，立即用流动凉水冲洗十五到二十分钟，不要涂牙膏、酱油。起了水疱不要自行挑破。
烫伤面积较大或在面部的，应尽快就医。烧伤整形科咨询电话：0739-5591386。
""",
    ),
    dict(
        slug="hospital-puttee-varicose-text",
        site="笕水县中医院 (invented)",
        style="医院官网",
        genre="科普",
        kind="article",
        form="text",
        source="http://www.jszyy.example.cn/news/7782.html",
        title="老人用布绑腿代替弹力袜，行不行？",
        record_title="血管外科说 ｜ 老人用布绑腿代替弹力袜，行不行？",
        date=None,
        notes="a hospital text without a date (only a 更新 stamp); a booking line and a switchboard line at the bottom",
        page="""
!m 笕水县中医院 > 健康科普 > 血管外科
!t 血管外科说 ｜ 老人用布绑腿代替弹力袜，行不行？
!m 最近更新：上周　阅读量 906
{BODY}
!a 微信搜索“笕水中医”即可预约专家门诊
!m 医院总机：0739-8867000
""",
        body="""
门诊常有老人问：家里有老式布绑腿，能不能拿来代替医用弹力袜，治疗腿上的静脉曲张？
答案是不建议。医用弹力袜是梯度压力设计，脚踝处压力最大，往上逐渐减小，帮助血液回流。布绑腿靠手工缠绕，压力全凭感觉，容易下松上紧，反而阻碍回流。
如果缠得过紧，还可能造成皮肤破损、下肢麻木。
已有静脉曲张的老人，应在医生指导下选择合适压力等级的弹力袜，并注意抬高下肢、适度活动。
""",
    ),
    dict(
        slug="univ-lab-tray-news-html",
        site="篾川农林学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.mcnl.example.edu.cn/info/1021/6631.htm",
        title="我校师生为传统簸箩研制防霉涂层",
        record_title=None,
        date="2025-05-16",
        notes="a university news page: no record title, the title in an <h1>; a photo caption between paragraphs; 来源/作者/审核 lines; the byline date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>篾川农林学院新闻网</title></head><body>
<div class="hd">⟦m 篾川农林学院新闻网⟧</div>
<div class="nav">⟦m 首页　农林要闻　院部动态　媒体农林⟧</div>
<h1>⟦t 我校师生为传统簸箩研制防霉涂层⟧</h1>
<div class="info">⟦m 2025-05-16　来源：材料学院　作者：翟秋实　浏览：1024⟧</div>
{BODY}
<div class="edit">⟦m 审核：柳庭　编辑：梅子航⟧</div>
<div class="ft">⟦m 地址：篾川县学府路1号　邮编：421800⟧</div>
</body></html>
""",
        body="""
近日，材料学院竹木材料团队研制的簸箩防霉涂层通过中试，在簏山县三个竹编合作社推广使用。
竹编簸箩在南方梅雨季节极易发霉，农户往往一季就要换新。团队用植物提取物配制涂层，刷涂后簸箩在高湿环境下放置六十天未见霉斑。
⟦m 图为学生在实验室检测簸箩样品⟧
项目负责人雷敏教授说，涂层原料取自本地，每只簸箩成本不到一元，农户自己就能刷。
下一步，团队将把这项技术用于筲箕、竹篮等其他竹编器具。
""",
    ),
    dict(
        slug="univ-sieve-course-text",
        site="簕湾职业技术学院 (invented)",
        style="高校官网",
        genre="方案",
        kind="plan",
        form="text",
        source="https://jwc.lwzy.example.edu.cn/tz/2025/0301/220.html",
        title="竹编筲箕技艺选修课教学实施方案",
        record_title="竹编筲箕技艺选修课教学实施方案 - 教务处 - 簕湾职业技术学院",
        date="2025-03-01",
        notes="a college text with decimal headings and a scan-to-sign-in sentence kept; a 发布时间 line",
        page="""
!m 簕湾职业技术学院 教务处
!m 首页 / 通知公告 / 正文
!t 竹编筲箕技艺选修课教学实施方案
!m 发布时间：2025-03-01　发布者：教务处
{BODY}
!a 【打印】【收藏本页】【关闭】
!m Copyright 簕湾职业技术学院 教务处
""",
        body="""
1.课程目标
1.1 使学生了解筲箕的用途和竹编工艺的历史。
1.2 掌握破篾、编底、收口的基本技法，能独立完成一只小号筲箕。
2.教学安排
2.1 课程共十六学时，每周二下午第七、八节，在实训楼203室上课。
2.2 学生每次上课须扫码签到，缺课三次不予计分。
3.考核方式
3.1 平时成绩占四成，作品成绩占六成，作品由任课教师和外聘篾匠共同评定。
""",
    ),
    dict(
        slug="localforum-bucket-warning-html",
        site="簰口生活圈 (invented)",
        style="地方论坛",
        genre="论坛帖",
        kind="post",
        form="html",
        source="https://bbs.paikoulife.example.com/thread-55210-1-1.html",
        title="提醒：阳台铁皮桶烧纸太危险了",
        record_title=None,
        date=None,
        notes="a county forum: no record title, the thread subject; a weather line, jammer fonts, a decoration ad, an official-reply link; no date",
        junk=dict(lines=1, glued=1),
        page="""
<html><head><meta charset="utf-8"><title>簰口生活圈</title><style>.jammer{display:none}</style></head><body>
<div class="weather">⟦m 簰口 今天 多云 14～22℃⟧</div>
<div class="hd">⟦m 簰口生活圈 › 民生热线⟧</div>
<h2 class="subject">⟦t 提醒：阳台铁皮桶烧纸太危险了⟧</h2>
<div class="au">⟦m 楼主 城南老陈　发表于 前天 20:15⟧</div>
<div class="msg">
{BODY}
</div>
<div class="ad">⟦w 全屋装修找簰口匠心家装 电话13907394412⟧</div>
<div class="reply">⟦l 查看官方回复（1）⟧　⟦l 回帖　引用此楼　举报此帖⟧</div>
</body></html>
""",
        body="""
昨晚九点多，我们小区七栋有户人家在阳台上用铁皮桶烧纸，火星飞到楼上晾的被子上，差点烧起来，幸好邻居发现得早。
铁皮桶烧起来桶壁滚烫，放在阳台瓷砖上都能把砖烤裂，旁边要是有纸箱、拖把，一下就着了。
物业说过好多次了，小区禁止在阳台和楼道用桶烧东西。想祭奠的，可以去社区设的集中焚烧点，或者用鲜花代替。
大家互相提醒一下，别为了图方便惹出大事。
""",
    ),
    dict(
        slug="localforum-tray-market-text",
        site="筻口论坛 (invented)",
        style="地方论坛",
        genre="论坛帖",
        kind="post",
        form="text",
        source="http://www.gangkoubbs.example.net/forum.php?mod=viewthread&tid=9021",
        title="筻口老街周六有卖簸箩的吗？",
        record_title="[便民问答] 筻口老街周六有卖簸箩的吗？ - 赶场那些事 - 筻口论坛",
        date=None,
        notes="a county forum text with a reply floor, junk lines and a signature; no date",
        junk=dict(lines=1, glued=1),
        page="""
!m 筻口论坛 » 赶场那些事
!t [便民问答] 筻口老街周六有卖簸箩的吗？
!m 楼主：禾边小叶 | 发表于 4 天前 | 只看楼主
{BODY}
!m 签名：种点菜，晒点谷，过点小日子
!l 沙发　回复 | 支持 | 反对
!a 先登录，再来跟帖聊两句
""",
        body="""
想买一只大簸箩晒辣椒和萝卜干，超市里卖的塑料筛子太小，也不透气。
听说筻口老街逢六赶场，有篾匠摆摊卖簸箩、筲箕、箩筐这些竹器，不知道现在还有没有？
要直径一米左右的，最好是老篾匠手工编的，边上用竹片箍两道的那种，结实。
价格大概多少？有知道的朋友麻烦说一声，谢谢了。要是有篾匠师傅能上门定做，也请留个联系方式，我家离老街不远。
""",
    ),
]

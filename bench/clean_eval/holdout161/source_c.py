"""holdout161, part C. Invented text (sites, places, people, numbers)."""

CASES = [
    dict(
        slug="collection-pigeon-whistle-memoir-wrapped-markers",
        site="《檐下集》个人文集 (invented)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="https://www.yanxiaji.example.com/juan2/41.html",
        title="听哨",
        record_title="《檐下集》卷二·第41篇｜听哨",
        date=None,
        notes="personal collection: wrapped at 58 columns and cut by glued-or-not page markers ▸n◂; a 写于 year is no date",
        wrap=58,
        indent="　　",
        pages=dict(fmt="▸{n}◂", every=140, start=2, glue="mix"),
        page="""
!m 檐下集 · 一个老城人的文字
!m 卷二 › 第41篇
{T}
!m 写于二〇二四年秋　字数 512
{BODY}
!l ‹ 第40篇 胡同口的修车摊　｜　第42篇 冬储白菜 ›
!l 返回目录
!d 文集内容为作者原创，未经许可谢绝转载。
""",
        body="""
小时候住在鸸口老城，每天清早最先听到的不是鸡叫，是鸽哨。
那声音从很高的地方落下来，先是细细的一线，接着几十只哨子一齐响，像有人在天上拉一架很大的胡琴。
隔壁的杜爷爷养了四十多只鸽子，他做的哨子在老城里小有名气。我常蹲在他的院子里看他开哨口，他说哨口差一根头发丝，声音就不是那个味儿了。
后来老城拆了，杜爷爷搬去了儿子家，那一片天也就安静了。
去年秋天回去，新楼之间忽然又响起一阵哨音，我站在路边听了很久，眼睛有点湿。
""",
    ),
    dict(
        slug="collection-handkerchief-mother-essay",
        site="素笺文存 (invented)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="https://sujian.example.net/wencun/0117.html",
        title="母亲的手帕",
        record_title="母亲的手帕 - 素笺文存",
        date="2025-05-11",
        notes="personal collection; 发表时间 line is the page date; previous/next links",
        page="""
!m 素笺文存 / 散文 / 亲情
!t 《母亲的手帕》
!m 作者：鹡岭素笺　发表时间：2025-05-11　阅读量 340
{BODY}
!l 前一篇：外婆的针线筐
!l 后一篇：老屋门前的石榴树
!a 喜欢本文？点个收藏吧
""",
        body="""
母亲的衣兜里总揣着一块手帕，蓝底白格，洗得有些发白。
她用它擦汗，用它包几颗糖带给我，赶集时还用它把零钱一层层裹好，回家再一张张摊开来数。
我上中学那年冬天发烧，母亲背着我走了五里路去卫生院，一路上不停地用那块手帕给我擦额头。
如今母亲老了，我给她买了一盒新手帕，她却还是舍不得扔掉那块旧的。
""",
    ),
    dict(
        slug="party-cane-volunteer-speech",
        site="鹭原党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.luyuandj.example.gov.cn/djdt/2025/1029/3318.html",
        title="在“敬老助行”党员志愿服务活动启动仪式上的讲话",
        record_title="【支部风采】在“敬老助行”党员志愿服务活动启动仪式上的讲话",
        date="2025-10-29",
        notes="Party-building site; speaker line and date under the speech title neutral",
        page="""
!m 鹭原党建网　鹭原县委组织部主办
!m 首页 >> 支部风采
{T}
鹭原县民政局党组书记、局长　邵启明
（2025年10月29日）
{BODY}
!m 来源：县民政局机关党委　编辑：黄蓓
!l 【相关链接】全县开展党员进社区“双报到”活动
!m 主办单位：中共鹭原县委组织部　技术支持：鹭原县信息中心
""",
        body="""
同志们：
今天，我们在这里启动“敬老助行”党员志愿服务活动，局机关各支部的五十多名党员志愿者将结对全县三百二十位高龄独居老人。
这次活动的重点，一是上门送拐杖、送防滑垫，帮助老人改造居家环境；二是每月至少探访一次，了解老人的实际困难。
希望每一位党员志愿者把老人当作自己的亲人，把小事办实、把好事办好。
谢谢大家。
""",
    ),
    dict(
        slug="party-html-rosemary-branch-pairing",
        site="鹂山先锋网 (invented)",
        style="党建网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.lishanxf.example.gov.cn/zbfc/202507/t20250714_1201.html",
        title="鹂山镇党委推行“支部+合作社”模式发展迷迭香产业",
        record_title="鹂山镇党委推行“支部+合作社”模式发展迷迭香产业 - 鹂山先锋网",
        date="2025-07-14",
        notes="Party-building portal; source/time line; a related-news box between paragraphs",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>鹂山镇党委推行“支部+合作社”模式发展迷迭香产业 - 鹂山先锋网</title></head><body>
<div class="top">⟦m 鹂山先锋网⟧ ⟦m 中共鹂山县委组织部⟧</div>
<nav>⟦m 首页 | 党建要闻 | 基层动态 | 党员教育 | 人才工作⟧</nav>
<div class="where">⟦m 您现在的位置：首页 → 基层动态⟧</div>
<h1>⟦t 鹂山镇党委推行“支部+合作社”模式发展迷迭香产业⟧</h1>
<div class="info">⟦m 信息来源：鹂山镇党委　发布时间：2025-07-14⟧</div>
{BODY}
<div class="ctrl">⟦a 【收藏】⟧ ⟦a 【打印】⟧ ⟦a 【关闭】⟧</div>
<div class="foot">⟦m 版权所有：中共鹂山县委组织部　备案号：赣ICP备09004471号⟧</div>
</body></html>
""",
        body="""
今年以来，鹂山镇党委推行“支部+合作社+农户”模式，由村党支部领办迷迭香种植合作社，带动群众增收。
全镇已有七个村党支部领办合作社，种植迷迭香一千二百亩，吸纳农户三百八十户。
⟦l 延伸阅读：鹂山县召开抓党建促乡村振兴推进会⟧
镇党委还组织党员技术员组成服务队，在扦插、修剪、采收等关键时节上门指导。
下一步，镇党委将推动合作社与精油企业签订长期订单，稳定群众收益。
""",
    ),
    dict(
        slug="hospital-html-rehab-cane-guide",
        site="鸰城市第二人民医院 (invented)",
        style="医院官网",
        genre="健康科普",
        kind="other",
        form="html",
        source="https://www.lcdeyy.example.com/jkkp/2025/0318/667.html",
        title="拐杖怎么选、怎么用？康复医学科教您几招",
        record_title="拐杖怎么选、怎么用？康复医学科教您几招_健康科普_鸰城市第二人民医院",
        date="2025-03-18",
        notes="hospital site with a floating booking box; the department's own 咨询电话 kept beside the hospital's booking line",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>拐杖怎么选、怎么用？康复医学科教您几招_健康科普_鸰城市第二人民医院</title></head><body>
<div class="hd">⟦m 鸰城市第二人民医院　三级综合医院⟧ ⟦m 预约挂号：0736-12320⟧</div>
<nav>⟦m 医院概况　科室导航　专家介绍　就医指南　健康科普⟧</nav>
<div class="pos">⟦m 首页 » 健康科普⟧</div>
<h1>⟦t 拐杖怎么选、怎么用？康复医学科教您几招⟧</h1>
<div class="by">⟦m 作者：康复医学科 彭雨桐　日期：2025-03-18　浏览：1530⟧</div>
{BODY}
<div class="float">⟦w 在线预约 · 专家咨询 · 点我留言⟧</div>
<div class="ft">⟦m 地址：鸰城市建设路128号⟧　⟦d 本站健康内容仅供参考，不能代替医生面诊⟧</div>
</body></html>
""",
        body="""
拐杖是很多老年人和骨折康复患者的好帮手，但选得不合适、用得不对，反而容易摔倒。
选长度：穿好平常的鞋子站直，手臂自然下垂，拐杖手柄与手腕横纹平齐最合适。
用方法：拐杖应拿在健侧手上，迈步时拐杖与患侧腿同时向前，再迈健侧腿。
上下楼梯记住“好腿先上，坏腿先下”。
如有疑问，可拨打康复医学科咨询电话0736-8231506，工作日8:00至17:30有治疗师值班。
""",
    ),
    dict(
        slug="hospital-text-tap-dance-ankle-lecture",
        site="鹟田区中医院 (invented)",
        style="医院官网",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.wtzyy.example.cn/yydt/2025/1108/912.html",
        title="骨伤科走进踢踏舞队开展踝关节保护讲座",
        record_title="骨伤科走进踢踏舞队开展踝关节保护讲座",
        date="2025-11-08",
        notes="hospital news; glued editor line; 24-hour emergency line in the footer",
        page="""
!m 鹟田区中医院 | 医院动态
!m 首页 > 新闻中心 > 医院动态
{T}
!m 发布人：宣传科　发布时间：2025-11-08　点击数：287
{BODY}
!l 上一条：我院开展冬令膏方节活动
!l 下一条：儿科举办小儿推拿公益课
!m 24小时急诊：0573-87650120　地址：鹟田区中山路66号
""",
        body="""
11月7日晚，我院骨伤科医生走进鹟田街道踢踏舞队，为四十余名队员开展踝关节保护讲座。
主讲医生周立群结合临床病例，讲解了跳舞时踝关节扭伤的常见原因，示范了热身动作和弹力绷带的用法。
讲座后，医生们还为十多名有旧伤的队员进行了免费检查，并给出了训练建议。⟦m （骨伤科 供稿）⟧
""",
    ),
    dict(
        slug="university-html-tap-dance-club-founding",
        site="鹪溪学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.jiaoxiu.example.edu.cn/info/1022/8817.htm",
        title="我校踢踏舞协会正式成立",
        record_title="我校踢踏舞协会正式成立-鹪溪学院新闻网",
        date="2025-09-26",
        notes="university news site; 撰稿/审核 line glued after last paragraph; photo caption",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>我校踢踏舞协会正式成立-鹪溪学院新闻网</title><script src="/system/resource/js/counter.js"></script></head><body>
<div class="logo">⟦m 鹪溪学院新闻网⟧</div>
<ul class="nav"><li>⟦m 学校要闻⟧</li><li>⟦m 院系风采⟧</li><li>⟦m 校园文化⟧</li><li>⟦m 媒体鹪院⟧</li></ul>
<h1>⟦t 我校踢踏舞协会正式成立⟧</h1>
<div class="src">⟦m 来源：校团委　作者：学生记者 宁可　发布时间：2025-09-26　点击：⟧</div>
{BODY}
<div class="pn">⟦l 上一篇：学校召开新学期安全工作会议⟧ ⟦l 下一篇：外国语学院举办迎新晚会⟧</div>
<div class="foot">⟦m 地址：鹪溪市大学路1号　邮编：322100⟧ ⟦m 版权所有 © 鹪溪学院⟧</div>
</body></html>
""",
        body="""
9月25日晚，我校踢踏舞协会成立大会在大学生活动中心举行，校团委、体育学院相关负责人和二百余名学生参加。
协会由体育学院舞蹈专业学生发起，首批招收会员八十六人，聘请体育学院韩悦老师担任指导教师。
⟦m 图为协会会员表演开场节目。⟧
成立大会上，会员们表演了集体踢踏舞《踏歌》，清脆整齐的踏步声赢得阵阵掌声。⟦m （撰稿：宁可　审核：许晴）⟧
""",
    ),
    dict(
        slug="university-text-checkers-ai-lecture",
        site="鹩阳理工大学计算机学院 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://cs.lyut.example.edu.cn/xsbg/2025/1201/554.html",
        title="学术报告：跳棋博弈中的搜索与评估",
        record_title="学术报告：跳棋博弈中的搜索与评估",
        date="2025-12-01",
        record_date="2025-12-01",
        notes="faculty site; lecture notice with 时间/地点 lines kept; record date",
        page="""
!m 鹩阳理工大学 计算机学院
!m 首页 | 学院概况 | 师资队伍 | 科学研究 | 学术报告
{T}
!m 发布者：科研办　2025-12-01　浏览次数：133
{BODY}
!a 【打印】【关闭】
!m 版权所有：鹩阳理工大学计算机学院　地址：鹩阳市学府路9号
""",
        body="""
报告题目：跳棋博弈中的搜索与评估
报告人：鹭原大学人工智能学院 柯建平 教授
时间：2025年12月5日（周五）15:00
地点：信息楼B座312报告厅
报告摘要：跳棋状态空间大、着法多，本报告介绍剪枝搜索、开局库和基于学习的局面评估方法，并讨论其在教学中的应用。
欢迎全院师生参加。
""",
    ),
    dict(
        slug="localforum-handkerchief-market-wrapped",
        site="鸸口镇论坛 (invented)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="https://bbs.erkou.example.com/thread-66312-1-1.html",
        title="镇上手帕厂招熟练锁边工，有意的看过来",
        record_title="镇上手帕厂招熟练锁边工，有意的看过来 - 招聘求职 - 鸸口镇论坛",
        date="2025-03-03",
        notes="county forum post hard-wrapped at 64 columns; phone of the factory kept as the document's own contact; 发表于 date",
        wrap=64,
        page="""
!m 鸸口镇论坛 › 招聘求职
!t 镇上手帕厂招熟练锁边工，有意的看过来
!m 楼主 | 锦帕人事小陈 | 发表于 2025-3-3 09:20 | 只看楼主
{BODY}
!l 回复 | 顶 | 举报
!m 本版版主：鸸口老街
!a 手机看帖，扫码下载鸸口镇论坛APP
""",
        body="""
过完年厂里订单多，现招熟练锁边工十名、包装工五名，男女不限，五十五岁以下，有手帕或毛巾厂工作经验的优先。
待遇：锁边工计件，熟练工月收入六千元左右；包装工底薪三千二加绩效。厂里包午餐，外地员工可以住宿舍。
上班地点在镇工业区锦帕纺织，坐2路公交到工业区站下车就到。
有意的直接到厂里人事部面试，或者打电话：0573-89116208，找陈小姐。
""",
    ),
    dict(
        slug="localforum-html-cane-lost-and-found",
        site="鹡岭论坛 (invented)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="https://www.jilingbbs.example.com/forum.php?mod=viewthread&tid=41907",
        title="有谁在菜市场门口捡到一根红木拐杖？",
        record_title="有谁在菜市场门口捡到一根红木拐杖？_鹡岭论坛",
        date="2025-12-12",
        notes="county forum page; replies box, hot threads, 发表于 date; the poster's own phone kept",
        page="""
<html><head><meta charset="utf-8"><title>有谁在菜市场门口捡到一根红木拐杖？_鹡岭论坛</title></head><body>
<div class="hd">⟦m 鹡岭论坛 — 鹡岭人的网上家园⟧ ⟦a 登录⟧ ⟦a 注册⟧</div>
<div class="nav">⟦m 首页 › 鹡岭杂谈 › 寻人寻物⟧</div>
<h1>⟦t 有谁在菜市场门口捡到一根红木拐杖？⟧</h1>
<div class="post-info">⟦m 作者：东门阿芬　发表于 2025-12-12 07:58　查看 892　回复 15⟧</div>
<div class="msg">
{BODY}
</div>
<div class="replies">⟦l 2楼 老街坊：帮顶，希望早日找到⟧<br>⟦l 3楼 鹡岭小马：已转到小区群里了⟧</div>
<div class="hot">⟦l 本版热帖：冬至哪家汤圆店排队最长⟧</div>
<div class="ft">⟦d 论坛帖子仅代表网友个人观点⟧ ⟦m 闽ICP备11023590号⟧</div>
</body></html>
""",
        body="""
昨天上午十点左右，我父亲在东门菜市场门口买菜，把拐杖靠在水果摊边上，回家才发现忘了拿。
拐杖是红木的，手柄上刻着一个“寿”字，是我哥前年从外地给他带回来的，老人家很舍不得。
有捡到的好心人请联系我，电话13905977241，必有酬谢。谢谢大家帮忙转发！
""",
    ),
]

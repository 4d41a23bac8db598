"""holdout93, part C: 问答社区, 个人文集, 党建网, 医院官网, 高校官网. Everything invented."""

CASES = [
    dict(
        slug="qa-wenda-bamboo-rat-feed-answer-html",
        site="问问乡里 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.wenwenxl.example.com/q/ans/881230.html",
        title="竹鼠冬天吃什么饲料长得快？",
        record_title="竹鼠冬天吃什么饲料长得快？求养殖老手指点！！ - 问问乡里",
        date="2024-12-02",
        notes="Q&A with vote bar; question as title; 回答于 line is the date; 'not professional advice' notice; related questions",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>竹鼠冬天吃什么饲料长得快？求养殖老手指点！！ - 问问乡里</title></head><body>
<div class="hd">⟦m 问问乡里 · 农村问题找乡亲⟧ ⟦a 我要提问⟧</div>
<div class="q"><h1>{T}</h1><div class="qmeta">⟦m 提问者：桤湾小刘　3人关注⟧</div></div>
<div class="a">
<div class="ameta">⟦m 最佳答案　养殖户老蒙　回答于 2024-12-02 20:14⟧</div>
{BODY}
<div class="vote">⟦l 有用 58　没用 2　评论 6⟧</div>
</div>
<div class="tip">⟦d 回答内容来自网友，仅供参考，不代表平台观点。⟧</div>
<div class="rel">⟦l 相关问题：竹鼠怕冷吗｜竹鼠养殖利润怎么样｜竹鼠圈舍怎么建⟧</div>
<footer>⟦m 问问乡里 ©2025　客服邮箱 help@wenwenxl.example.com⟧</footer>
</body></html>
""",
        body="""
冬天竹鼠主要喂粗饲料加少量精料。粗料用晒干的玉米秆、甘蔗尾、芒草根都可以。
精料用玉米粉、麸皮加少量豆粕拌匀，每只每天二三十克就够了，不要喂太多。
另外圈舍温度要保持在10度以上，太冷了它们吃得多也不长肉。
""",
    ),
    dict(
        slug="qa-zhidao-map-scale-answer-text",
        site="知道吧 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://zhidaoba.example.cn/question/6630921",
        title="公开出版的县城地图为什么要送审？",
        record_title=None,
        date=None,
        notes="text Q&A; title missing (question on the page); relative answer time (2小时前) — no date; contact prompt glued after the answer? own line; follow question row",
        page="""
!m 知道吧 > 生活 > 法律常识
公开出版的县城地图为什么要送审？
!m 匿名网友 提问　|　2小时前
!l 关注问题　写回答　邀请回答
!m 答主：图说地理　|　地理老师　|　2小时前
{BODY}
!l 赞同 14　·　收起
!w 找专业人士一对一解答，添加助手QQ 2880416732
!l 更多相似问题 >
""",
        body="""
地图涉及国界、行政区域界线和重要设施的位置，画错了可能造成误导甚至泄密。
所以按照地图管理的规定，公开出版、展示的地图一般要报测绘地理信息主管部门审核，取得审图号。
你在地图角落看到的“审图号”就是审核通过的标志。自己画着玩、不公开使用的手绘图不需要送审。
""",
    ),
    dict(
        slug="anthology-zhuyin-map-memoir-wrapped",
        site="竹荫文存 (invented)",
        style="个人文集",
        genre="随笔",
        kind="other",
        form="text",
        source="https://zhuyinwencun.example.com/vol2/047.html",
        title="父亲的那张测绘图",
        record_title="《竹荫文存》卷二·第47篇：父亲的那张测绘图",
        date=None,
        notes="personal collection; collection-decorated title; hard-wrapped at 58 columns; chapter nav; a year only in the text — no date",
        page="""
!m 竹荫文存 · 卷二 · 往事篇
!l 目录　|　上一篇　|　下一篇
{T}
{BODY}
!l ← 第46篇：老屋的门槛　　第48篇：小镇邮递员 →
!d 文存内容为作者原创，未经许可请勿转载。
""",
        wrap=58,
        indent="　　",
        body="""
父亲是县测绘队的老队员，1978年那次全县地形测量，他背着经纬仪在山里走了整整四个月。
家里至今还留着一张他手绘的地形草图，等高线一圈一圈，细得像头发丝，旁边用铅笔记着每一个山头的名字。
小时候我常趴在桌上看那张图，总觉得父亲能把整座大山装进一张纸里。
""",
    ),
    dict(
        slug="anthology-hongguo-hawthorn-essay-oneline",
        site="红果集 (invented)",
        style="个人文集",
        genre="随笔",
        kind="other",
        form="text",
        source="http://hongguoji.example.net/essay/12",
        title="山楂树下的外婆",
        record_title="山楂树下的外婆 - 红果集",
        date=None,
        notes="one-line body; collection decorated title; no date (收录 stamp only)",
        page="""
!m 红果集 · 乡土散文
!m 收录于 2025-03-02　字数 186
{T}
{BODY}
!l 推荐阅读：《灶台》《赶集》《井》
!a 收藏本篇
""",
        oneline=True,
        indent="　　",
        body="""
外婆家门口有一棵老山楂树，比我母亲的年纪还大。
每年霜降前后，外婆搬出梯子，让我扶着，她站在上面摘果，一筐一筐地递下来。
摘下的山楂，外婆熬成酱，装在玻璃罐里，送给左邻右舍。
外婆走后，那棵树还在，只是再没人爬上去摘果了。
""",
    ),
    dict(
        slug="dangjian-chuanshan-iron-party-day-html",
        site="楮山党建网 (invented)",
        style="党建网",
        genre="新闻",
        kind="news",
        form="html",
        source="http://www.csdj.example.gov.cn/dyjy/202507/t20250702_4418.html",
        title="楮山市铁艺行业党支部开展“匠心向党”主题党日活动",
        record_title="【主题党日】楮山市铁艺行业党支部开展“匠心向党”主题党日活动 - 楮山党建网",
        date="2025-07-02",
        notes="Party-building site; 扫一扫 on mobile; decorated title; 发布时间 line; related list",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【主题党日】楮山市铁艺行业党支部开展“匠心向党”主题党日活动 - 楮山党建网</title></head><body>
<div class="top">⟦m 楮山党建网　中共楮山市委组织部主办⟧</div>
<div class="nav">⟦m 首页　要闻　基层党建　党员教育　组工信息⟧</div>
<div class="loc">⟦m 当前位置：首页 &gt; 基层党建⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 发布时间：2025-07-02　来源：市工商联⟧ ⟦a 【大 中 小】⟧</div>
{BODY}
<div class="qr">⟦a 扫一扫在手机打开当前页⟧</div>
<div class="rel">⟦l 相关新闻⟧ ⟦l · 非公企业党建工作推进会召开⟧ ⟦l · 新业态党员“亮身份”活动启动⟧</div>
<div class="foot">⟦m 楮山党建网版权所有　湘ICP备05021178号⟧</div>
</body></html>
""",
        body="""
7月1日，楮山市铁艺行业党支部组织18名党员走进红色教育基地，重温入党誓词。
活动中，老党员、铁艺匠人邵长林讲述了自己四十年打铁的经历。
支部还组织党员为社区老旧小区免费维修铁艺护栏23处。
""",
    ),
    dict(
        slug="dangjian-zhiyang-hawthorn-speech-text",
        site="枳阳先锋网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://xianfeng.zhiyang.example.gov.cn/ldjh/2025/0612.html",
        title="在全县山楂产业党建联盟成立大会上的讲话",
        date="2025-06-10",
        notes="speech with speaker line and Chinese-numeral date under the title (neutral); page 发布 date later (also accepted); decimal-free numbered sections; print row",
        page="""
!m 枳阳先锋网
!m 首页 >> 领导讲话
{T}
县委副书记　房立群
（二〇二五年六月十日）
!m 发布日期：2025-06-12　浏览次数：301
{BODY}
!a 【打印】【关闭】
!l 上一篇：在全县组织工作会议上的讲话
!m 主办：中共枳阳县委组织部　技术支持：枳阳县大数据中心
""",
        date_also=["2025-06-12"],
        indent="　　",
        body="""
同志们：
今天，我们成立全县山楂产业党建联盟，目的是把党组织建在产业链上。
第一，联盟要把合作社、加工企业、电商平台的党组织连起来，共同解决销路问题。
第二，要发挥党员示范户作用，每名党员联系5户以上种植户。
第三，要把联盟工作纳入基层党建述职评议。谢谢大家。
""",
    ),
    dict(
        slug="hospital-chuanxin-bamboo-rat-bite-notice-html",
        site="枳阳县人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.zyrmyy.example.com/news/2025/0520-1191.html",
        title="关于开设动物咬伤门诊的公告",
        record_title="关于开设动物咬伤门诊的公告-枳阳县人民医院",
        date="2025-05-20",
        notes="hospital site with booking row and 24-hour line; department's 咨询电话 kept next to the site's 预约挂号; 扫码 sentence kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于开设动物咬伤门诊的公告-枳阳县人民医院</title></head><body>
<div class="head">⟦m 枳阳县人民医院　二级甲等综合医院⟧ ⟦m 24小时急诊：0746-5230120⟧</div>
<div class="nav">⟦m 首页　医院概况　科室导航　专家介绍　就医指南⟧</div>
<div class="quick">⟦a 预约挂号⟧ ⟦a 报告查询⟧ ⟦a 满意度调查⟧</div>
<h1>{T}</h1>
<div class="src">⟦m 发布：医务科　日期：2025-05-20　阅读：1402⟧</div>
{BODY}
<div class="foot">⟦m 地址：枳阳县人民路118号　预约挂号电话：0746-5230000⟧<br>⟦d 本网站信息仅供参考，不作为诊断依据。⟧</div>
</body></html>
""",
        body="""
近来我县竹鼠养殖户增多，被竹鼠、犬猫咬伤的就诊人数明显上升。
为方便群众就医，我院自5月26日起在急诊科开设动物咬伤门诊，全天24小时接诊。
被咬伤后请立即用肥皂水和流动清水交替冲洗伤口15分钟，再尽快来院处置。
就诊前可扫描医院公众号二维码查询狂犬疫苗库存。咨询电话：0746-5230187。
枳阳县人民医院
2025年5月20日
""",
    ),
    dict(
        slug="hospital-tanbu-rehab-cello-news-text",
        site="檀埠中医院 (invented)",
        style="医院官网",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.tbzyy.example.cn/xwdt/3120.html",
        title="康复科开设音乐治疗课 大提琴走进病房",
        record_title="康复科开设音乐治疗课 大提琴走进病房_新闻动态_檀埠中医院",
        date="2025-08-15",
        notes="hospital news in text; title also glued before the lead (head match); photo caption between paragraphs; editor line glued after the last sentence",
        page="""
!m 檀埠中医院 | 仁心 仁术 仁德
!m 首页 - 新闻动态
{T}
!m 作者：宣传科　发布时间：2025-08-15 11:02
⟦t 康复科开设音乐治疗课 大提琴走进病房⟧　{BODY}
!l 打印 | 分享 | 返回列表
!m 预约专线：0771-6620345（8:00-17:30）
""",
        body="""
8月14日下午，檀埠中医院康复科病房里响起了大提琴声。
这是该院与市少年大提琴乐团合作开设的音乐治疗课，每两周一次。
⟦m （图：乐团老师在病房演奏）⟧
康复科主任戴明说，舒缓的音乐能帮助中风患者放松肌肉、稳定情绪。⟦m （文/图 宣传科 彭澄）⟧
""",
    ),
    dict(
        slug="university-linhai-cartography-lecture-html",
        site="临海理工学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.lhit.example.edu.cn/info/1012/38821.htm",
        title="测绘学院举办“地图里的家乡”主题讲座",
        record_title=None,
        date="2025-10-23",
        notes="college news page; title missing (h2); 日期 field; views counter script; quick links sidebar",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>测绘学院举办“地图里的家乡”主题讲座-临海理工学院新闻网</title>
<script>function dynclicks(){}</script></head><body>
<div class="header">⟦m 临海理工学院新闻网⟧ ⟦m 学校首页 | 综合新闻 | 院部动态 | 媒体理工⟧</div>
<div class="main">
<h2>{T}</h2>
<div class="attr">⟦m 日期：2025-10-23　作者：测绘学院　审核：宋岩　点击：⟧<span>633</span></div>
{BODY}
</div>
<div class="side">⟦l 快速链接⟧ ⟦l 教务系统⟧ ⟦l 图书馆⟧ ⟦l 校历⟧</div>
<div class="footer">⟦m 版权所有：临海理工学院 党委宣传部　地址：临海市学院路66号⟧</div>
</body></html>
""",
        body="""
10月22日晚，测绘学院在图书馆报告厅举办“地图里的家乡”主题讲座。
讲座由县自然资源局高级工程师俞可为主讲，他结合县域标准地图的编制过程，讲解了地名核实和图面设计的要点。
讲座后，同学们还动手绘制了自己家乡的简易地图。
""",
    ),
    dict(
        slug="university-jinghe-iron-art-course-text",
        site="泾河职业技术学院 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://jwc.jhvtc.example.edu.cn/tz/2025/0901.html",
        title="关于开设《传统铁艺锻造》公共选修课的通知",
        date="2025-09-01",
        notes="academic affairs text page; schedule table rows; 下载 as content; placeholder in the sign-up line; footer",
        page="""
!m 泾河职业技术学院教务处
!m 首页 ＞ 通知公告 ＞ 正文
{T}
!m 时间：2025-09-01　浏览量：742
!a 分享到微信　|　打印文章
{BODY}
!m 教务处电话：0913-7730211　邮箱：jwc@jhvtc.example.edu.cn
!m Copyright © 泾河职业技术学院
""",
        body="""
各二级学院：
本学期新开公共选修课《传统铁艺锻造》，由非遗传承人褚大勇担任主讲。
课程安排如下：
周次　时间　地点
第3至10周　周三下午　实训楼B105
第11至18周　周三下午　校外锻造工坊
选课学生请登录教务系统下载安全告知书，签字后交实训中心。
教务处
2025年9月1日
""",
    ),
]

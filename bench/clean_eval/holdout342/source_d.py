"""holdout342, part D: WeChat mirrors, Q&A sites, encyclopaedias, hospitals and a teachers'
college. Every page, site, place, person, number and URL is invented; each case written by
hand. See ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="wechat-mirror-hospital-posture-follow-glued",
        site="公号文摘馆 (invented WeChat mirror)",
        style="公众号镜像",
        genre="科普文章",
        kind="news",
        form="html",
        source="https://www.gongwenzhai.cn/a/shuochuanrmyy/20250321/0b7e93.html",
        title="坐姿矫正器不是越紧越好，康复科医生提醒这几点",
        record_title=None,
        date="2025-03-21",
        notes="WeChat mirror: no record title, the <h1> gives it; a follow prompt glued before the first words, "
        "an 原创 tag and the account line (its date the page's date), 阅读原文/在看/赞赏 rows, a QR line and the "
        "mirror's archive note",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>公号文摘馆 - 好文章不怕删</title></head>
<body>
<div class="site">⟦m 公号文摘馆⟧ ⟦m 收录 12,600 个公众号的历史文章⟧</div>
<div class="crumb">⟦m 首页 / 医疗健康 / 朔川县人民医院⟧</div>
<div class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="meta"><span>⟦m 原创⟧</span> <span>⟦m 朔川县人民医院　2025年3月21日 18:30　湖南⟧</span></div>
<div class="rich_media_content">
{BODY}
</div>
<p class="end">⟦a 点“在看”，让更多家长看到 👀⟧</p>
<div class="tools">⟦a 阅读原文　在看 36　赞赏⟧</div>
<p class="qr">⟦a 长按识别二维码，预约康复科专家号⟧</p>
</div>
<div class="archive">⟦d 本页为公号文摘馆自动存档，版权归原公众号所有，如需删除请联系 del@gongwenzhai.cn⟧</div>
<div class="more"><h4>⟦l 该公众号更多文章⟧</h4><p>⟦l 春季过敏高发，这份防护指南请收好⟧</p><p>⟦l 儿童近视门诊开设周末专场⟧</p></div>
</body></html>
""",
        body="""
⟦a 点击上方“朔川县人民医院”，设为星标不迷路⟧最近门诊有不少家长带着孩子来问：坐姿矫正器到底有没有用？
康复医学科主治医师邵婉宁说，市面上的坐姿矫正器大致分两类：一类是放在桌上的支架，起提醒作用；一类是穿在身上的背带，通过拉扯肩膀“逼”孩子挺胸。
“第二类要特别谨慎。”邵医生说，背带绑得太紧，会压迫腋下和胸廓，长时间佩戴还可能让背部肌肉变得更懒。
⟦m 图：康复科医生为孩子检查肩背（朔川县人民医院供图）⟧
她给家长三点建议：第一，桌椅高度先调好，脚能平放在地上；第二，每写作业二十分钟起来活动三分钟；第三，如果孩子两侧肩膀明显不一样高，要到医院做脊柱检查，不能只靠矫正器。
""",
    ),
    dict(
        slug="wechat-mirror-letter-puzzle-mats-two-dates",
        site="公众号文章存档站 (invented WeChat mirror)",
        style="公众号镜像",
        genre="致家长的一封信",
        kind="other",
        form="text",
        source="https://wx.archivewz.com/s/wanhujiaoyu/20241028/5512",
        title="给家长的一封信：家里的拼图垫该怎么选、怎么用",
        record_title="给家长的一封信：家里的拼图垫该怎么选、怎么用｜婉湖教育（文章转存）",
        date="2024-10-25",
        date_also=["2024-10-28"],
        notes="WeChat mirror text: account line with its own date, a star prompt, a share-to-group line glued "
        "after a sentence, 阅读原文/在看 rows; the letter's 成文日期 differs from the account date",
        page="""
!m 公众号文章存档站　·　婉湖教育
!t 给家长的一封信：家里的拼图垫该怎么选、怎么用
!m 婉湖教育　2024-10-28 17:05
!a 👆 点蓝字关注“婉湖教育”，育儿资讯不错过
{BODY}
!a 阅读原文　｜　分享　｜　在看 112
!m 存档时间：昨天 03:14　原文可能已被修改或删除
!l 往期推荐：秋冬季幼儿园传染病预防提示　｜　入园焦虑怎么办
""",
        indent="\u3000\u3000",
        body="""
亲爱的家长朋友：
您好！天气转凉，不少家庭在客厅、卧室铺上了拼图垫，方便孩子在地上玩耍。为了孩子的健康安全，我们提醒您注意以下几点：
一、买有检测报告的。选购时请查看产品标签，认准执行标准和生产企业，打开包装后有刺鼻气味的不要使用。
二、先通风再使用。新拼图垫请在阳台通风一周以上，再铺到室内。⟦a （转发到家长群，提醒更多人）⟧
三、定期清洗检查。拼缝处容易藏灰积水，建议每周拆开清洗一次；发现破损、掉渣的，请及时更换，防止孩子啃咬误吞。
四、地暖房间慎铺。地暖温度较高时，拼图垫容易释放异味，最好改铺纯棉地毯。
感谢您的配合！
婉湖区教育局学前教育科
2024年10月25日
""",
    ),
    dict(
        slug="qa-wenya-answer-magnetic-tiles-question-title",
        site="问芽社区 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.wenyashequ.com/question/4408120/answer/9917263",
        title="孩子的磁力片摔裂了，里面的磁铁露出来一点，还能继续玩吗？",
        record_title=None,
        date=None,
        notes="Q&A page: no record title, the question is the title; an adopted-answer badge, vote bar, 'more "
        "answers' list, relative times (2 天前) are no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>问芽社区</title></head>
<body>
<div class="top">⟦m 问芽社区⟧ ⟦m 有问题，就有人答⟧ <a>⟦a 我要提问⟧</a> <a>⟦a 登录问芽⟧</a></div>
<div class="q"><div class="tags">⟦l 育儿　玩具安全　儿童急救⟧</div>
<h1>{T}</h1>
<p class="qmeta">⟦m 提问者：豆豆家　｜　1,904 人浏览　｜　关注问题 37⟧</p></div>
<div class="answer best"><p class="badge">⟦m ✔ 提问者采纳⟧</p>
<p class="who">⟦m 儿科护士小岑　｜　三甲医院儿科护士　｜　2 天前⟧</p>
{BODY}
<div class="vote">⟦a ▲ 有用 215　▼ 没用　｜　评论 18　｜　收藏⟧</div></div>
<div class="more"><h3>⟦l 其他 6 个回答⟧</h3>
<p>⟦l 磁力片爸爸：我们家的直接扔了，别心疼那几块钱⟧</p>
<p>⟦l 查看全部回答 ›⟧</p></div>
<div class="ft">⟦d 回答内容仅供参考，不构成医疗建议，如有不适请及时就医。⟧ ⟦m 问芽社区　沪ICP备21014408号⟧</div>
</body></html>
""",
        body="""
不建议继续玩，最好直接丢掉这一片。
磁力片里的磁铁一般是小圆柱形的钕铁硼，吸力很强。片体一旦开裂，磁铁就容易脱出来。孩子如果误吞一颗，问题通常不大；但如果前后吞下两颗以上，它们可能隔着肠壁吸在一起，压迫久了会造成穿孔。
所以我的建议是：第一，裂了的片子单独拿出来，用胶带缠好再扔进垃圾桶，别让孩子从垃圾桶里翻出来；第二，把剩下的片子都检查一遍，同一批次的可能也有问题；第三，保留好购物凭证，可以找商家退换。
万一发现孩子吞了磁铁，不要等，马上去医院拍片。
""",
    ),
    dict(
        slug="qa-zhifou-answer-book-racks",
        site="知否问吧 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://wenba.zhifou365.com/q/77120984.html",
        title="绘本架选壁挂式还是落地式？",
        record_title="绘本架选壁挂式还是落地式？ - 家居问答 - 知否问吧",
        date=None,
        notes="Q&A text: the question repeated above the answer, an answerer line, a 'best answer' tag, vote "
        "and comment rows, a related-question list; relative times only",
        page="""
!m 知否问吧 › 家居问答 › 儿童房
{T}
!m 提问者：木木妈　｜　5 个月前　｜　浏览 3,118
!m 最佳答案
!m 回答者：两娃老爸　｜　LV7 家居达人
{BODY}
!a 👍 有帮助 86　｜　💬 评论 12　｜　举报
!l 相关问题
!l 儿童书架多高合适？
!l 绘本太多了怎么收纳？
!m 知否问吧　wenba.zhifou365.com
""",
        body="""
两种我家都用过，说说体会。
落地式的好处是能放的书多，孩子拿取方便，挪位置也简单。缺点是占地方，而且一定要选底座宽、重心低的。我家第一个落地架就是因为太轻，被孩子拉倒过一次。
壁挂式的好处是不占地，可以装在孩子视线的高度，书封面朝外，看起来很整齐。缺点是要打孔，租房的不太方便，而且一层只能放五六本。
我的建议是：孩子三岁以下，选矮一点的落地式，最好能固定在墙上；三岁以上、书多了以后，可以在床头加一排壁挂式，放当下最爱看的几本。
""",
    ),
    dict(
        slug="wiki-jianzhi-entry-pencil-cap-refs",
        site="简知百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://baike.jianzhi.org/item/铅笔套/20331",
        title="铅笔套",
        record_title="铅笔套 - 文具词条 - 简知百科",
        date=None,
        notes="encyclopaedia: edit/discuss/history tabs, an infobox, a contents box, reference markers glued to "
        "sentences; the entry name opens the body (its title label matched as head); 'last edited' stamp is no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>铅笔套 - 文具词条 - 简知百科</title></head>
<body>
<div class="hd">⟦m 简知百科⟧ ⟦m 让知识简单一点⟧ <a>⟦a 创建词条⟧</a></div>
<div class="tabs">⟦a 阅读　编辑　讨论　历史版本⟧</div>
<h1>{T}</h1>
<div class="infobox"><p>⟦m 中文名：铅笔套⟧</p><p>⟦m 类　别：文具配件⟧</p><p>⟦m 常见材质：塑料、硅胶、金属⟧</p></div>
<div class="toc">⟦l 目录　1 定义　2 分类　3 材质　4 安全提示⟧</div>
<div class="text">
{BODY}
</div>
<div class="ref"><h3>⟦l 参考资料⟧</h3><p>⟦l [1] 《学生文具手册》，颂阳教育出版社⟧</p><p>⟦l [2] 儿童文具小零件安全要求解读⟧</p></div>
<div class="ft">⟦m 词条最近编辑于 3 周前 · 浏览 8,460⟧<br>⟦d 简知百科内容由网友共同编辑，如有错误欢迎修订。⟧</div>
</body></html>
""",
        body="""
铅笔套是套在铅笔一端的文具配件，用于保护笔尖、延长短铅笔的使用长度或作为装饰。
常见的铅笔套有三类：一是笔帽式，套在削好的笔尖上，防止笔尖折断和弄脏笔袋；二是接长式，一端为套管，可插入短铅笔，便于握持；三是装饰式，多做成卡通造型，有的兼有橡皮功能。
铅笔套多用塑料、硅胶或金属制成，也有用竹木制作的传统样式。⟦m [1]⟧
选用时应注意，儿童用的笔帽式铅笔套顶端宜留有通气孔，以降低误吸时的窒息风险。⟦m [2]⟧部分学校在考试时要求铅笔套上不得印有文字。
""",
    ),
    dict(
        slug="wiki-baiwen-entry-foam-puzzle-mat",
        site="百问百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="https://www.baiwenbaike.com/wiki/泡沫拼图垫",
        title="泡沫拼图垫",
        record_title="泡沫拼图垫_家居用品词条_百问百科",
        date=None,
        notes="encyclopaedia text: the entry name repeated and opening the body (head match), edit tabs, "
        "contents line, an 'edit this section' link glued after a section's sentence, references; no date",
        page="""
!m 百问百科 · 你的家居小百科
!a 编辑词条　｜　收藏　｜　分享
{T}
!m 同义词：拼接地垫、爬行拼图垫
!l 目录：1 概述　2 材料　3 用途　4 安全
{BODY}
!l 参考资料：[1] 儿童地垫选购指南　[2] 家用软质地垫安全常识
!m 本词条由“居家小能手”等 7 位网友编辑　最近更新：3 个月前
!d 百问百科词条内容仅供参考。
""",
        body="""
泡沫拼图垫，又称拼接地垫、爬行拼图垫，是由若干块边缘带凹凸锯齿的泡沫软垫拼接而成的地面铺设材料，常见于家庭儿童房、幼儿园和早教机构。
材料　多采用EVA发泡材料制成，也有XPE等材料，单块边长一般为30厘米或60厘米，厚度1至2.5厘米。⟦a [编辑本段]⟧
用途　主要用于防滑、缓冲和保暖，减轻儿童跌倒时受到的冲击。
安全　劣质产品可能含有甲酰胺等有害物质，使用中应注意通风；拼缝处易积尘，需定期拆洗；破损的碎屑可能被幼儿误吞，应及时更换。
""",
    ),
    dict(
        slug="hospital-songyang-mch-posture-myths",
        site="颂阳市妇幼保健院 (invented hospital site)",
        style="医院官网",
        genre="科普文章",
        kind="news",
        form="html",
        source="https://www.syfybjy.cn/jkkp/ertong/2025/0611/2208.html",
        title="儿童用坐姿矫正器的五个误区",
        record_title="【儿童保健·科普】儿童用坐姿矫正器的五个误区-健康科普-颂阳市妇幼保健院",
        date="2025-06-11",
        notes="hospital site: a booking float, a 24-hour line and a booking line beside the article's own "
        "咨询电话; an experts list; the byline's 发布时间 is the page's date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【儿童保健·科普】儿童用坐姿矫正器的五个误区-健康科普-颂阳市妇幼保健院</title></head>
<body>
<div class="hd"><b>⟦m 颂阳市妇幼保健院⟧</b> ⟦m 颂阳市妇女儿童医院⟧ <span>⟦m 预约挂号：0739-8836000⟧</span> <span>⟦m 24小时急诊：0739-8836120⟧</span></div>
<div class="nav">⟦m 首页⟧ ⟦m 医院概况⟧ ⟦m 科室导航⟧ ⟦m 专家介绍⟧ ⟦m 健康科普⟧</div>
<div class="pos">⟦m 当前位置：首页 > 健康科普 > 儿童保健⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 发布时间：2025-06-11　作者：儿童保健科　阅读：902⟧</div>
<div class="cont">
{BODY}
</div>
<div class="float-yy">⟦a 在线预约 · 儿童保健科专家号⟧</div>
<div class="exp"><h4>⟦l 儿童保健科专家⟧</h4><p>⟦l 贺明琴 主任医师 周二、周四上午⟧</p><p>⟦l 晏子舒 副主任医师 周一全天⟧</p></div>
<div class="ft">⟦m 地址：颂阳市婉湖区迎春路99号⟧ ⟦m 湘ICP备12003687号⟧ ⟦d 科普内容不能替代医生面诊。⟧</div>
</body></html>
""",
        body="""
坐姿矫正器是不少家长的“心头好”。颂阳市妇幼保健院儿童保健科提醒，使用时要避开以下五个误区。
误区一：买来就能治驼背。坐姿矫正器只能起提醒作用，对已经出现的脊柱侧弯没有治疗效果。
误区二：戴得越久越好。背带式矫正器每天佩戴不宜超过两小时，睡觉时必须取下。
误区三：越紧越管用。绑得过紧会影响呼吸和血液循环，以能插入一指为宜。
⟦a 关注“颂阳妇幼”服务号，查看儿保科出诊表⟧
误区四：只管坐姿，不管桌椅。桌椅不合适，再好的矫正器也白搭。
误区五：忽视运动。每天户外活动两小时，比任何矫正器都管用。
如孩子出现双肩不等高、弯腰时背部一侧隆起等情况，请到儿童保健科就诊。咨询电话：0739-8836214（工作日）。
""",
    ),
    dict(
        slug="hospital-songyang-mch-notice-puzzle-mats-record",
        site="颂阳市妇幼保健院 (invented hospital site, text page)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.syfybjy.cn/tzgg/2025/0703/2231.html",
        title="关于儿科候诊区拼图垫更换及消毒安排的通知",
        record_date="2025-07-03",
        date="2025-07-03",
        notes="hospital notice text: the record gives title and date; the notice's own 内线 phone beside the "
        "hospital's switchboard and complaint lines; a font row and previous/next links",
        page="""
!m 颂阳市妇幼保健院　｜　通知公告
!m 总机：0739-8836001　投诉电话：0739-8836315
{T}
!m 发布：院办　｜　2025-07-03　｜　阅读 214
!a 【大字】【小字】【打印】
{BODY}
!l 上一条：关于暑期儿童保健门诊延时服务的通知
!l 下一条：2025年护理岗位招聘笔试安排
!m 颂阳市妇幼保健院　版权所有
""",
        body="""
各相关科室：
为改善儿童候诊环境，医院定于7月7日至7月9日对门诊二楼儿科候诊区、儿童输液室的拼图垫进行整体更换。现将有关事项通知如下：
一、施工期间，儿科候诊区临时移至门诊二楼东侧走廊，请儿科门诊做好患儿及家长的引导工作。
二、新拼图垫铺设后，由院感科组织通风和空气检测，检测合格后方可开放。
三、更换后的拼图垫纳入院感科日常消毒范围，每日用含氯消毒液擦拭两次，并做好登记。
四、如有疑问，请联系后勤保障部，电话：8836052（内线）。
颂阳市妇幼保健院办公室
2025年7月3日
""",
    ),
    dict(
        slug="college-songyang-normal-news-book-racks-h1",
        site="颂阳师范学院 (invented college site)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.sysfxy.edu.cn/info/1021/18834.htm",
        title="学前教育学院师生为山区幼儿园送去自制绘本架",
        record_title=None,
        date="2025-05-19",
        notes="college news: no record title, the <h1> gives it; a dotted date in the info line is the page's "
        "date; a photo caption between paragraphs, 供稿 and editor/reviewer lines under the text, a quick-links box",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>颂阳师范学院新闻网</title></head>
<body>
<div class="hd">⟦m 颂阳师范学院⟧ ⟦m 新闻网⟧ <a>⟦a 英文站⟧</a> <a>⟦a 信息门户⟧</a></div>
<div class="nav">⟦m 首页⟧ ⟦m 学院新闻⟧ ⟦m 校园动态⟧ ⟦m 媒体师院⟧ ⟦m 专题报道⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 2025.05.19　来源：学前教育学院　点击：<span>611</span>⟧</div>
<div class="v_news_content">
{BODY}
</div>
<p class="src">⟦m （学前教育学院　供稿）⟧</p>
<p class="ed">⟦m 编辑：沈一禾　审核：覃映⟧</p>
<div class="links"><h4>⟦l 快速通道⟧</h4><p>⟦l 学前教育学院　图书馆　校历⟧</p></div>
<div class="ft">⟦m 颂阳师范学院党委宣传部主办　湘ICP备05002196号⟧</div>
</body></html>
""",
        body="""
5月16日，颂阳师范学院学前教育学院“童书驿站”志愿服务队一行12人，来到巘山县棱溪镇中心幼儿园，为孩子们送去了8组自制绘本架和600余册绘本。
这批绘本架由学院美术与手工课程的学生设计制作，采用松木拼接，高度只有90厘米，边角全部打磨成圆弧形。
⟦m 志愿者和孩子们一起把绘本摆上新书架（学前教育学院供图）⟧
在幼儿园，志愿者们为孩子们表演了绘本剧《小黑鱼》，并为12名乡村教师开展了绘本阅读指导培训。
据了解，“童书驿站”项目已开展四年，累计为8所乡村幼儿园建成绘本角。
""",
    ),
    dict(
        slug="college-songyang-normal-notice-magnetic-tiles-scan",
        site="颂阳师范学院学前教育学院 (invented college site, text page)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://xqjy.sysfxy.edu.cn/tzgg/2025/0303/917.html",
        title="关于借用学前教育实训室磁力片教具的通知",
        record_title="【实训室】关于借用学前教育实训室磁力片教具的通知｜学前教育学院 - 颂阳师范学院",
        date="2025-03-03",
        notes="college text: numbered list, a sentence telling classes to scan a code to register, the "
        "notice's own contact beside the college office line; 成文日期 under the signature",
        page="""
!m 颂阳师范学院　学前教育学院
!m 学院首页 > 通知公告
!t 【实训室】关于借用学前教育实训室磁力片教具的通知
!m 作者：实验实训中心　时间：3 天前　浏览：157
{BODY}
!a 【关闭本页】　【打印本页】
!m 学院办公室：0739-8690001　地址：颂阳师范学院致远楼
""",
        body="""
各班级：
本学期学前教育实训室新购置磁力片教具60套，供《幼儿园游戏与指导》《幼儿数学教育》等课程实训使用。现将借用事项通知如下：
1．借用时间：每周一至周五14:00—17:00。
2．借用办法：以班级为单位，由学习委员提前一天扫码填写借用登记表，凭学生证领取。
3．使用要求：每套清点后借出，归还时当面清点，丢失或损坏的按价赔偿。
4．注意事项：磁力片不得带出实训楼，禁止靠近电脑、手机等电子设备。
联系人：蓝老师，电话：0739-8691224。
学前教育学院实验实训中心
2025年3月3日
""",
    ),
]

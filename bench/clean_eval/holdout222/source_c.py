"""holdout222, part C: Q&A sites, personal collections, Party portals, hospitals, universities.

Invented text written by hand for this part; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="qa-zhitu-one-or-two-poles",
        site="知途问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.zhituwenda.com/q/88120473",
        title="爬山用登山杖，一根还是两根好？",
        record_title=None,
        date=None,
        notes="no title in the record: the question; adopted-answer badge, vote row, more answers; "
        "answered '3 天前' only: no date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8">
<title>爬山用登山杖，一根还是两根好？ - 知途问答</title>
<script>window.__QA_STATE__={"qid":88120473};</script>
</head><body>
<div class="nav">⟦m 知途问答⟧ <a>⟦m 发现⟧</a> <a>⟦m 话题广场⟧</a> <a>⟦a 我要提问⟧</a> <a>⟦a 登录知途⟧</a></div>
<div class="question"><div class="topics">⟦l 户外运动　徒步　登山装备⟧</div>
<h1>{T}</h1>
<p class="q-detail">下个月准备去爬崒云山，第一次买登山杖，纠结买一根还是一对。</p>
<p class="q-meta">⟦m 关注者 52 · 被浏览 9,315⟧</p></div>
<div class="answer"><div class="badge">⟦m ✔ 提问者采纳⟧</div>
<div class="author">⟦m 岭上行者　户外领队，带队十年⟧</div>
<div class="content">
{BODY}
</div>
<div class="a-meta">⟦m 回答于 3 天前⟧</div>
<div class="vote">⟦l ▲ 赞同 418　▼　💬 36 条评论　分享　收藏⟧</div></div>
<div class="more"><h3>⟦l 查看全部 27 个回答⟧</h3><p>⟦l 山野闲人：一根够了，另一只手要抓岩石⟧</p></div>
<div class="side">⟦l 相关问题：登山杖长度怎么调？ · 碳纤维登山杖容易断吗？⟧</div>
<footer>⟦m © 2025 知途问答　沪ICP备20018846号⟧</footer>
</body></html>
""",
        body="""
建议买一对，用两根。
走平路和缓坡的时候，一根确实够用；但上下台阶多、路程长的山，两根杖能把身体的一部分重量分到手臂上，膝盖的负担能减轻不少，尤其是下山时，效果非常明显。
两根杖还能保持身体平衡。走碎石路、过溪流时，两根杖相当于多了两个支点，不容易崴脚。
使用时注意三点：上山时把杖调短一点，下山时调长一点；手腕从腕带下方穿进去再握住把手，这样累了可以把力量压在腕带上；遇到需要手脚并用的岩石路段，把杖收起来挂在背包上，别硬撑着用。
""",
    ),
    dict(
        slug="qa-wendehao-rusty-grill",
        site="问得好社区 (invented, text copy)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="http://www.wendehao.cn/question/2025/77301.html",
        title="烧烤架生锈了还能继续用吗？",
        record_title="烧烤架生锈了还能继续用吗？在线等，挺急的 - 问得好社区",
        date=None,
        notes="Q&A text copy: the question with the poster's aside, a best answer, likes and other answers; "
        "answered '昨天' only: no date",
        page="""
!m 问得好社区 > 生活 > 家居用品
!t 烧烤架生锈了还能继续用吗？在线等，挺急的
!m 提问者：小区楼下烤肠王　　悬赏 20 积分
!m 最佳答案
{BODY}
!m 回答者：厨房里的老钟　　昨天
!l 有用(203)　没用(4)　评论(11)
!l 其他回答（5）
!l 热心网友：锈得厉害的直接换，一个架子没几个钱
!a 我来回答　｜　邀请好友回答
""",
        body="""
要看锈在哪里、锈得多厉害。
如果只是炭盆外壳、支架腿上有点浮锈，不影响使用。用钢丝球把锈擦掉，刷一层耐高温漆就行。
如果是直接接触食物的烤网生了锈，最好换掉。烤网上的锈一加热容易起皮脱落，粘在肉上吃进肚子里不卫生。实在想继续用，必须用砂纸把锈彻底打磨干净，洗净擦干后抹一层食用油，先空烧一遍再放食物。
以后用完别直接收起来，洗净擦干、放在干燥的地方，就不容易再生锈了。
""",
    ),
    dict(
        slug="collection-laoqiao-father-canvas-tent",
        site="老樵文存 (invented, retired teacher's collection, old gb2312 table layout)",
        style="个人文集",
        genre="回忆散文",
        kind="other",
        form="html",
        source="http://www.laoqiaowencun.com/jiuyi/qiaowu05.htm",
        title="父亲的帆布帐篷",
        record_title="父亲的帆布帐篷（樵屋旧忆之五）— 老樵文存",
        date=None,
        notes="old table layout: marquee, chapter links, visitor counter and the author's mailbox; a memoir ending "
        "with a 写于 line that names only a month of the lunar year: no date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>父亲的帆布帐篷（樵屋旧忆之五）— 老樵文存</title>
</head><body bgcolor="#F5F0E1">
<table width="780" align="center" border="0" cellpadding="4">
<tr><td align="center"><font face="隶书" size="6">⟦m 老樵文存⟧</font><br><font size="2">⟦m 一个退休语文老师的旧事新记⟧</font></td></tr>
<tr><td><marquee direction="left" scrollamount="2">⟦l 新增篇目：《樵屋旧忆之六·煤油灯下》已上传，欢迎老朋友们来坐坐⟧</marquee></td></tr>
<tr><td align="center">⟦m <a href="index.htm">文存首页</a> ┊ <a href="jiuyi.htm">樵屋旧忆</a> ┊ <a href="jiaoan.htm">教坛拾零</a> ┊ <a href="shici.htm">闲吟小草</a>⟧</td></tr>
<tr><td align="center"><b>{T}</b></td></tr>
<tr><td>
{BODY}
</td></tr>
<tr><td align="center"><a href="qiaowu04.htm">⟦l ◁ 前一篇：樵屋旧忆之四·挑水⟧</a>　<a href="qiaowu06.htm">⟦l 后一篇：樵屋旧忆之六·煤油灯下 ▷⟧</a></td></tr>
<tr><td align="center"><font size="2">⟦m 来信请寄：laoqiao_1951@126.com⟧　⟦m 自2009年开设以来，您是第 058213 位读者⟧</font></td></tr>
</table>
</body></html>
""",
        p_html='<p style="text-indent:2em;line-height:180%">{}</p>',
        body="""
父亲年轻时在地质队干了十几年，家里最值钱的东西，是他退休时队里送的一顶旧帆布帐篷。
那顶帐篷是军绿色的，足有二十多斤重，撑杆是铁管子，地钉有筷子那么粗。我小时候最盼望的，就是暑假父亲带我到涔溪河边支帐篷。他支帐篷从不让我插手，只让我在一旁递地钉，嘴里还念叨：“地钉要往外斜着打，风往里拽，它才拔不出来。”
夜里下过一场雨，帆布吸了水，沉甸甸地往下坠，可一滴也没漏进来。父亲说，帆布就是这样，越淋越密实。
如今我也退休了，孙子背着轻飘飘的尼龙帐篷去露营，一只手就能拎起来。那顶帆布帐篷还在我家阁楼上，叠得方方正正，我舍不得扔。
写于涔溪，甲辰年腊月
""",
    ),
    dict(
        slug="collection-mangxie-grandfather-cane",
        site="芒鞋斋随笔 (invented, personal essay collection, text copy)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="http://mangxiezhai.net/suibi/di3ji/07.html",
        title="祖父的竹杖与我的登山杖",
        record_title="芒鞋斋随笔 ⇨ 第三辑 ⇨ 祖父的竹杖与我的登山杖",
        date=None,
        notes="collection text copy: series and chapter links, a visitor line and the author's mailbox; "
        "an essay without any date",
        page="""
!m 芒鞋斋随笔　｜　文：洄山石叟
!m 目录 ⇨ 第三辑 山行记
{T}
!m 本篇字数 约三百五十字　　本站访问 21806 次
{BODY}
!l ⇦ 上一篇　山中借宿　　　下一篇　雾里看松 ⇨
!l 返回第三辑目录
!m 与作者通信：shisou_hs@qq.com
""",
        indent="\u3000\u3000",
        body="""
祖父上山砍柴，从不空手，总要拄一根竹杖。那竹杖是他自己从后山挑的老竹，截成齐胸高，在火上烤直，杖头包一块铁皮。
他说，山路上一根杖顶半个人。上坡时拄着借力，下坡时撑着刹步，过水沟时先用杖探一探深浅。那根竹杖被他的手磨得油亮，一直用到他走不动山路的那一年。
前年我也开始爬山，买了一对铝合金登山杖，能伸能缩，杖尖还带着橡胶套。第一次用，我才明白祖父说的“顶半个人”是什么意思：下山时膝盖轻松多了。
一样的山路，一样的道理，只是手里的杖换了材料。
""",
    ),
    dict(
        slug="party-jiashui-speech-red-hike",
        site="泇水先锋网 (invented, county Party-building portal)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://www.jsxianfeng.gov.cn/zzjs/2025/0701/8813.html",
        title="在“重走红军路”主题党日徒步活动启动仪式上的讲话",
        record_title="【七一主题党日】在“重走红军路”主题党日徒步活动启动仪式上的讲话_泇水先锋网",
        date="2025-06-28",
        date_also=["2025-07-01"],
        notes="Party portal: a study-points prompt, a read-on-phone QR line; date under the speech title in "
        "Chinese numerals, the site's 发布时间 differs; speaker line neutral",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8">
<title>【七一主题党日】在“重走红军路”主题党日徒步活动启动仪式上的讲话_泇水先锋网</title>
</head><body>
<div class="head">⟦m 泇水先锋网⟧<span>⟦m 中共泇水县委组织部主办⟧</span></div>
<div class="nav">⟦m 首页⟧ ⟦m 组织建设⟧ ⟦m 党员教育⟧ ⟦m 干部工作⟧ ⟦m 人才强县⟧</div>
<div class="where">⟦m 当前位置：首页 > 党员教育 > 主题党日⟧</div>
<div class="art"><h1>{T}</h1>
<div class="info">⟦m 发布时间：2025-07-01　来源：县委组织部　字号：[ 大 中 小 ]⟧</div>
<p class="speaker">中共泇水县委组织部副部长　陶明远</p>
<p class="date">（二〇二五年六月二十八日）</p>
<div class="text">
{BODY}
</div>
<div class="points">⟦a 阅读满3分钟可获学习积分1分，请保持页面打开⟧</div>
<div class="qr">⟦a 扫一扫，在手机上继续阅读⟧</div>
<div class="pn">⟦l 上一篇：泇水县开展“七一”走访慰问老党员活动⟧<br>⟦l 下一篇：墚坪镇党委书记讲专题党课⟧</div></div>
<div class="foot">⟦m 泇水先锋网　版权所有　桂ICP备10009337号-2⟧</div>
</body></html>
""",
        body="""
同志们：
今天，我们在墚坪镇红军桥下集合，开展“重走红军路”主题党日徒步活动。九十年前，红军队伍就是从这座桥上走过，翻越崒云山北麓，留下了许多军民鱼水情深的故事。
这次徒步全程十二公里，沿途要经过红军标语墙、烈士墓和老游击队员故居。县委组织部为大家准备了登山杖和饮用水，年纪大的同志一定要拄好登山杖，量力而行，不要掉队，也不要逞强。
希望大家在行走中重温入党誓词，听老党员讲革命故事，把红军不怕苦、不怕难的精神带回各自岗位，转化为为群众办实事的实际行动。
同志们，出发吧！
""",
    ),
    dict(
        slug="party-yuhu-summary-car-seat-volunteers",
        site="嵎湖区机关党建网 (invented, text copy)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://jgdj.yuhu.gov.cn/zbfc/2025/1215/2241.html",
        title="区交通运输局机关党支部“安全座椅进万家”志愿服务活动总结",
        record_title="【党员志愿者风采】区交通运输局机关党支部“安全座椅进万家”志愿服务活动总结 - 嵎湖区机关党建网",
        date="2025-12-10",
        date_also=["2025-12-15"],
        notes="Party portal text: a data table one row a paragraph; a study-points line between paragraphs; "
        "成文日期 under the signature, the site's date differs",
        page="""
!m 嵎湖区机关党建网
!m 首页 / 支部风采 / 正文
{T}
!m 2025-12-15　来源：区交通运输局机关党支部　浏览 641
!a 〔大字〕〔标准〕〔打印本文〕
{BODY}
!l 上一篇：区税务局机关党支部开展“便民办税春风行动”
!l 下一篇：区卫健委机关党员走进洇园社区义诊
!m 嵎湖区直属机关工作委员会　版权所有
""",
        indent="\u3000\u3000",
        body="""
今年以来，局机关党支部组织党员志愿者开展“安全座椅进万家”志愿服务，把儿童乘车安全知识和安装服务送进社区和幼儿园。现将活动情况总结如下。
一、活动开展情况
全年共开展活动14场，服务情况如下：
服务地点　场次　检查座椅　现场纠正
社区　8场　236个　71个
幼儿园　5场　184个　52个
高速服务区　1场　43个　9个
⟦a 本文已累计学习时长12分钟，继续阅读可获积分⟧
二、主要收获
党员志愿者在服务中学会了安装检查的方法，也更加理解家长们的难处。不少家长反映，以前以为座椅放在车上就行，经过现场检查才发现接口根本没卡上。
三、下一步打算
明年我们将与区妇联合作，把服务延伸到农村地区，并争取为困难家庭募集一批安全座椅。
区交通运输局机关党支部
2025年12月10日
""",
    ),
    dict(
        slug="hospital-cenxi-tcm-running-knee-shoes",
        site="涔溪县中医院 (invented)",
        style="医院官网",
        genre="科普文章",
        kind="other",
        form="html",
        source="https://www.cxzyy.com/kepu/2025/0520/1093.html",
        title="跑步膝盖疼？先看看你的跑鞋",
        record_title="【骨伤科小课堂】跑步膝盖疼？先看看你的跑鞋 - 涔溪县中医院",
        record_date="2025-05-20",
        date="2025-05-20",
        notes="hospital site: a booking float, a 24-hour line and an experts box; the department's own "
        "咨询电话 inside the body beside the site's lines; record gives the date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8">
<title>【骨伤科小课堂】跑步膝盖疼？先看看你的跑鞋 - 涔溪县中医院</title>
<script src="/js/guahao-float.js"></script>
</head><body>
<div class="top">⟦m 涔溪县中医院　二级甲等中医医院⟧ ⟦m 24小时急诊：0731-4620120⟧</div>
<div class="nav">⟦m 医院概况⟧ ⟦m 科室导航⟧ ⟦m 专家介绍⟧ ⟦m 就医指南⟧ ⟦m 健康科普⟧</div>
<div class="crumbs">⟦m 首页 ＞ 健康科普 ＞ 骨伤科⟧</div>
<div class="article"><h1>{T}</h1>
<div class="meta">⟦m 发布时间：2025-05-20　作者：骨伤科 康复组　浏览：2,077⟧</div>
<div class="body">
{BODY}
</div>
<div class="share">⟦l 转发给朋友：微信 ｜ 朋友圈 ｜ 微博⟧</div></div>
<div class="experts"><h4>⟦l 骨伤科专家⟧</h4><p>⟦l 贺松柏　主任医师　周二、周四全天⟧</p><p>⟦l 于若兰　副主任医师　周一、周五上午⟧</p></div>
<div class="float-gh">⟦a 在线预约挂号⟧ ⟦a 微信扫码挂号⟧</div>
<div class="foot">⟦m 医院地址：涔溪县人民路138号　预约挂号：0731-4628800⟧<br>⟦m 湘ICP备12006650号⟧</div>
</body></html>
""",
        body="""
近来到骨伤科就诊的跑步爱好者明显增多，不少人是膝盖前侧疼、小腿酸胀。仔细一问，很多人穿的是平底休闲鞋，或者一双跑鞋穿了好几年没换。
跑步时，每一步落地的冲击力相当于体重的两到三倍。合适的跑步鞋能通过中底缓冲一部分冲击，鞋底太薄、太硬或磨损严重，冲击就会更多地传到膝关节上。
选跑鞋时要注意：一是选专业跑步鞋，不要用篮球鞋、板鞋代替；二是下午试鞋，脚尖前留一指宽的空间；三是扁平足、高足弓的人，最好先测足型再选择支撑型或缓冲型跑鞋。
如果调整跑鞋、减少跑量两周后膝盖仍然疼痛，请及时就诊。骨伤科门诊咨询电话：0731-4628613。
""",
    ),
    dict(
        slug="hospital-lingzhou-mch-newborn-car-seat",
        site="崚州市妇幼保健院 (invented, text copy)",
        style="医院官网",
        genre="须知",
        kind="notice",
        form="text",
        source="http://www.lzfybj.cn/hzfw/jzzn/2025/0418/406.html",
        title="新生儿出院乘车安全须知",
        record_title="出院指引 ↣ 新生儿出院乘车安全须知 | 崚州市妇幼保健院",
        date="2025-04-18",
        notes="hospital text copy: the ward's 咨询电话 inside the body beside the switchboard and the booking line; "
        "a numbered list; 成文日期 under the signature",
        page="""
!m 崚州市妇幼保健院　崚州市妇女儿童医院
!m 总机：0774-2211000　　预约挂号：0774-2211114
!m 患者服务 ↣ 就诊指南 ↣ 出院指引
{T}
!m 时间：2025-04-18　点击：1,806
{BODY}
!a 打印本页　　收藏本页　　返回顶部
!l 相关阅读：母乳喂养十问十答｜新生儿黄疸居家观察要点
!m 崚州市妇幼保健院 版权所有　桂ICP备11003418号
""",
        body="""
各位新手爸爸妈妈：
宝宝出院回家的第一段路，也要安全出行。乘坐私家车出院的，请提前做好以下准备：
1. 提前购买适合新生儿的提篮式安全座椅，出院前在家把底座装好，反向安装在后排座位上。
2. 不要由大人抱着宝宝坐车。一旦急刹车，大人根本抱不住，宝宝还可能被安全气囊弹伤。
3. 把宝宝放进提篮后，调整好肩带，以能塞进一根手指为宜，宝宝头部两侧可用专用护垫固定。
4. 乘坐出租车或网约车的，也请自带提篮，不要图方便抱着坐。
如对安全座椅的选择和安装有疑问，可咨询产科护士站，电话：0774-2211386。
崚州市妇幼保健院产科
2025年4月18日
""",
    ),
    dict(
        slug="college-lingzhou-vocational-tent-contest",
        site="崚州职业技术学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.lzvtc.edu.cn/xwzx/xyxw/2025/0518/5517.html",
        title="我院户外运动协会举办首届帐篷搭建大赛",
        record_title=None,
        date="2025-05-18",
        notes="no title in the record: the <h1>; college news page with a dotted date and a photo caption "
        "between paragraphs; 文/图/审核 line glued after the last paragraph",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8">
<title>崚州职业技术学院-新闻中心</title>
</head><body>
<div class="header">⟦m 崚州职业技术学院⟧<span>⟦m 厚德 强技 笃行⟧</span></div>
<div class="mainnav">⟦m 学院概况⟧ ⟦m 院系设置⟧ ⟦m 招生就业⟧ ⟦m 校园文化⟧ ⟦m 信息公开⟧</div>
<div class="lm">⟦m 新闻中心 / 校园新闻⟧</div>
<div class="news"><h1>{T}</h1>
<div class="date">⟦m 2025.05.18　点击：932⟧</div>
<div class="v_news_content">
{BODY}
</div>
<div class="close">⟦a × 关闭此页⟧</div></div>
<div class="footer">⟦m 地址：崚州市嵎湖区学苑路66号　邮编：545008⟧<br>⟦m 版权所有 © 崚州职业技术学院　桂ICP备05002716号⟧</div>
</body></html>
""",
        body="""
5月17日下午，我院户外运动协会在北区运动场举办首届帐篷搭建大赛，来自8个二级学院的32支队伍参赛。
比赛分为速度赛和规范赛两项。速度赛要求三人一组，在规定时间内搭好一顶双人帐篷；规范赛由裁判检查地钉角度、风绳张紧度和外帐间距，重点考察搭建是否牢固、是否合乎安全要求。
⟦m 图为参赛选手在规范赛中固定风绳。⟧
经过激烈角逐，机电工程学院代表队以4分12秒的成绩获得速度赛第一名，旅游管理学院代表队获得规范赛第一名。协会指导教师吴泽川表示，举办比赛是为了让同学们在出行露营时掌握正确的搭建方法，提高野外安全意识。⟦m 文/学生记者 班淑雯　图/户外运动协会　审核/罗振宇⟧
""",
    ),
    dict(
        slug="college-lingzhou-normal-grill-ban",
        site="崚州师范学院 保卫处 (invented, text copy)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://bwc.lznu.edu.cn/tzgg/2025/0912/219.html",
        title="关于禁止在宿舍区及草坪使用烧烤架的通知",
        record_title="校园安全 ⇾ 关于禁止在宿舍区及草坪使用烧烤架的通知（2025年秋季学期）- 崚州师范学院",
        date="2025-09-11",
        date_also=["2025-09-12"],
        notes="university office text copy: the office's own 值班电话 in the body beside the school switchboard; "
        "成文日期 under the signature, the page date differs",
        page="""
!m 崚州师范学院保卫处
!m 首页　机构设置　通知公告　安全教育　办事指南
{T}
!m 发布者：保卫处　　发布日期：2025-09-12　　浏览：1,441
{BODY}
!l 上一条：关于开展新生消防安全教育的通知
!l 下一条：2025年国庆假期校园安全提示
!m 学校总机：0774-2830000　　保卫处地址：行政楼一楼
!m Copyright © 崚州师范学院 保卫处
""",
        indent="\u3000\u3000",
        body="""
各学院、全体同学：
近期，学校发现个别学生在宿舍区、草坪等处使用烧烤架烤制食物，炭火和油烟不仅影响环境，还极易引发火灾。为确保校园消防安全，现就有关事项通知如下：
一、严禁在宿舍楼内、阳台、楼道及校园草坪、树林等区域使用烧烤架、炭炉等明火器具。
二、严禁在宿舍存放木炭、固体酒精等易燃物品。
三、保卫处将联合学生处开展不定期检查，发现违规使用的，没收器具并通报所在学院，引发火情的依法依规追究责任。
发现违规用火行为，请拨打保卫处24小时值班电话：0774-2830110。
崚州师范学院保卫处
二〇二五年九月十一日
""",
    ),
]

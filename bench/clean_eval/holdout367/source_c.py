"""holdout367, part C: 问答社区, 个人文集, 党建网, 医院官网, 高校官网. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="qa-chezhi-wheel-cover-install-question",
        site="车知道问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://ask.chezhidao.net/q/8860417.html",
        title="方向盘套太紧套不上去，有什么技巧吗？",
        record_title=None,
        date=None,
        notes="no title in the record: the question is the title; the adopted answer is the body; vote bar, more answers; "
        "relative times only",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>车知道问答 - 有车的问题来这里问</title>
<script src="/assets/qa.bundle.js"></script></head><body>
<div class="qa-top">⟦m 车知道问答⟧ <a>⟦a 我要提问⟧</a> <a>⟦a 登录⟧</a></div>
<div class="qa-crumb">⟦m 车知道 › 汽车用品 › 内饰⟧</div>
<div class="question"><h1>{T}</h1>
<p class="q-meta">⟦m 提问者：新手上路的小蒋　｜　5 天前　｜　浏览 3127 次⟧</p></div>
<div class="best-answer"><span class="badge">⟦m ✔ 提问者采纳⟧</span>
<p class="a-meta">⟦m 修车铺老秦　汽车用品店店主　回答于 4 天前⟧</p>
<div class="answer-text">
{BODY}
</div>
<div class="vote">⟦a 有用 286　｜　没用 4　｜　评论 12⟧</div></div>
<div class="more"><h3>⟦l 其他 6 条回答⟧</h3>
<p>⟦l 阿浩：用吹风机吹一吹就软了，别用开水烫⟧</p>
<p>⟦l 匿名用户：买大一号的就行，别硬套⟧</p></div>
<div class="rel"><h3>⟦l 相关问题⟧</h3><ul><li>⟦l 真皮方向盘套有味道怎么办？⟧</li><li>⟦l 冬天方向盘太凉，用什么套子好？⟧</li></ul></div>
<footer>⟦d 回答内容由网友提供，仅代表个人观点，不构成专业建议。⟧ ⟦m 车知道 © 2025　京ICP备17066021号⟧</footer>
</body></html>
""",
        body="""
新套子套不上去很正常，尤其是冬天，橡胶内圈一冷就发硬。分享几个我们店里常用的办法：
1. 先把套子放在暖气片上或者太阳底下晒二十分钟，内圈变软了再装，会省力很多。
2. 从方向盘的正上方开始套，先卡住十二点位置，然后左右两手同时往下推，最后再处理底部。
3. 套到一半卡住的时候，不要硬拽，把已经套上的部分往后推一推，给剩下的留出余量。
4. 装好以后左右转几圈方向盘，检查有没有松动、鼓包，接缝不要留在手握的位置。
如果试了还是装不上，多半是尺寸买小了。普通家用车一般是三十八厘米，买之前最好拿尺子量一下方向盘外径。
""",
    ),
    dict(
        slug="qa-jiaan-window-lock-types",
        site="家安问答 (invented, home-improvement Q&A)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.jiaanwenda.com/question/224917",
        title="推拉窗和平开窗的儿童安全锁怎么选？",
        record_title="推拉窗和平开窗的儿童安全锁怎么选？_家装安全_家安问答",
        date=None,
        notes="Q&A: question as the title, the best answer as the body; answer counts, a consult-a-designer prompt, more answers; "
        "relative times only",
        page="""
!m 家安问答 | 装修路上不踩坑
!m 首页 > 家装安全 > 门窗
{T}
!m 12 个回答　·　关注 88　·　被浏览 9,411
!m 最佳回答　　门窗师傅谭工　　2 天前
{BODY}
!a 赞同 431　　反对　　分享　　收藏
!w 装修拿不准？免费预约设计师上门量房 400-882-1937
!l 查看全部 12 个回答 ›
!l 网友“豆包爸”：我家平开窗用的钢丝绳限位器，三年了没出问题
!l 网友“阿离”：推拉窗那种卡扣锁很便宜，某宝十几块两个
!d 家安问答所有回答仅代表答主个人意见，请结合实际情况判断。
!m © 家安问答 jiaanwenda.com　沪ICP备20031648号
""",
        body="""
两种窗户结构不一样，锁的选法也不一样，分开说。
推拉窗：推荐用轨道限位锁，卡在窗扇滑动的轨道上，拧紧旋钮就能把窗户固定在任意位置。建议开口控制在十厘米以内，既能通风，孩子的头也钻不出去。这种锁安装不用打孔，租房也能用。
平开窗：推荐用钢丝绳限位器，一头固定在窗框，一头固定在窗扇，窗户只能推开一条缝。要选钢丝绳外面包了塑料皮的，拉力在一百公斤以上，用钥匙才能解开的那种。
不管哪种，都要注意两点：一是锁的钥匙要收好，别挂在窗边；二是遇到火灾等紧急情况需要从窗户逃生的楼层，要让家里大人都知道怎么快速解锁。
另外提醒一句，纱窗不是防护网，千万别让孩子趴在纱窗上玩。
""",
    ),
    dict(
        slug="collection-chezhe-memoir-wheel-cover-gb2312",
        site="车辙集 (invented, a retired driver's collection, old gb2312 table layout)",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="html",
        source="http://www.chezheji.net/wj/juan3/052.htm",
        title="那年冬天的方向盘套",
        record_title="车辙集 · 第五十二篇 · 那年冬天的方向盘套",
        date=None,
        notes="old gb2312 table layout: marquee, volume links, the author's mailbox, a visitor counter; only a 写于 line with a season "
        "(no date)",
        page="""
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>车辙集 · 第五十二篇 · 那年冬天的方向盘套</title>
<style>body{background:#f5efe0} .zw{font-size:14px;line-height:26px}</style>
</head><body>
<table width="760" align="center" border="0"><tr><td align="center"><font size="5">⟦m 车辙集⟧</font><br>⟦m 一个老司机的半生絮语⟧</td></tr></table>
<table width="760" align="center"><tr><td><marquee direction="left">⟦m 本集收文一百二十篇，陆续录入中，欢迎老同事来信补正⟧</marquee></td></tr></table>
<table width="760" align="center"><tr><td>⟦m 【卷一 学车】【卷二 跑长途】【卷三 家里人】【卷四 退休以后】⟧</td></tr></table>
<table width="760" align="center"><tr><td class="zw">
<p align="center"><b>{T}</b></p>
<p align="center">⟦m 卷三 · 家里人　第五十二篇⟧</p>
{BODY}
</td></tr></table>
<table width="760" align="center"><tr><td>⟦l 上一篇：母亲的腌菜坛子⟧　⟦l 下一篇：儿子第一次摸方向盘⟧　⟦l 返回卷三目录⟧</td></tr></table>
<table width="760" align="center"><tr><td align="center">⟦w 来信请寄：lao_dong1952@163.com⟧<br>⟦m 您是第 018264 位来访的朋友⟧<br>⟦d 文中所记皆为亲历，转载请告知作者⟧</td></tr></table>
</body></html>
""",
        body="""
一九八三年冬天，我在运输公司跑省城的长途线。那辆解放牌卡车没有暖风，方向盘是光溜溜的硬塑料，早上出车时冻得像一块冰，握上去手心生疼。
有一回跑完车回家，妻子看见我手背上裂的口子，什么也没说。第二天晚上，她把自己那件旧毛衣拆了，坐在煤油灯下一针一针地织。织好的套子是枣红色的，里面还絮了一层棉花，她拿着比划了好几次，又拆了两圈重织，说怕太厚了我打方向不灵便。
那个冬天，同车队的师傅们都羡慕我。有人开玩笑，说我的方向盘“穿上了棉袄”。后来好几个师傅的爱人也来找她学，车队里慢慢多了一圈圈各种颜色的方向盘套。
那个套子我用了整整六年，磨得发亮了也舍不得换。如今妻子走了十多年，套子早已找不到了，可每到冬天握着方向盘，我还会想起那个煤油灯下织毛线的身影。
写于二〇二四年小雪
""",
    ),
    dict(
        slug="collection-liaochuan-essay-lantern-glow-sticks",
        site="寥川文存 (invented, an essayist's collection)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="http://liaochuanwencun.cn/sanwen/0417.html",
        title="元宵夜的荧光棒",
        date=None,
        notes="record title as is; an essay with no date; collection header, chapter links and the author's note",
        page="""
!m 寥川文存
!m 柯望舒散文随笔集　|　目录　|　作者简介　|　留言
!m 第四辑　灯火　· 第十七篇
{T}
{BODY}
!l ‹ 上一篇　正月里的糖人担子
!l › 下一篇　灯笼铺的老掌柜
!l 返回第四辑目录
!d 本集文字为作者原创，未经许可请勿转载或结集出版。
!m 寥川文存 · 个人网站 · 始建于2016年
""",
        indent="\u3000\u3000",
        body="""
今年元宵，我带着六岁的外孙去寥川河边看灯。河堤上挤满了人，卖灯笼的摊子一个挨一个，最抢手的却不是灯笼，而是一块钱一根的荧光棒。
外孙一口气要了五根，红的绿的黄的，掰亮了套在手腕上、挂在脖子上，像个移动的小彩灯。他在人群里跑来跑去，我一眼就能找到他，倒也省心。
我小时候的元宵节，手里提的是纸糊的兔子灯，里面点一截红蜡烛。走几步就得停下来护着火，一阵风过来，灯笼烧了个洞，哭得稀里哗啦。那时候哪里想得到，有一天光会被装进一根小小的塑料管子里，摔不灭，吹不熄。
夜深了，外孙手上的荧光棒一根根暗下去。他有些舍不得，问我明天还亮不亮。我说不亮了，它只亮一个晚上。他想了想，说那明年再来买。
回家路上，河面上漂着零零星星的灯光。我想，孩子们记住的元宵，大概就是手腕上那一圈绿光吧；就像我记住的，是那只烧了洞的兔子灯。
""",
    ),
    dict(
        slug="party-liaochuan-speech-reading-lamps",
        site="寥川先锋网 (invented, county Party-building portal)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.lcxianfeng.gov.cn/dwgz/2025/0908/6120.html",
        title="镇党委书记在“亮灯护学”志愿服务启动仪式上的讲话",
        record_title="【红烛工程】镇党委书记在“亮灯护学”志愿服务启动仪式上的讲话_寥川先锋网",
        date="2025-09-05",
        date_also=["2025-09-08"],
        notes="Party portal: study-points prompt, read-on-phone QR line; the speech title keeps the speaker's role; speaker and date lines "
        "under the title neutral; posting date differs",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【红烛工程】镇党委书记在“亮灯护学”志愿服务启动仪式上的讲话_寥川先锋网</title>
<script src="/js/party.min.js"></script></head><body>
<div class="hd">⟦m 寥川先锋网　中共寥川县委组织部主办⟧</div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 党建要闻⟧</li><li>⟦m 基层党建⟧</li><li>⟦m 党员教育⟧</li><li>⟦m 红烛工程⟧</li></ul>
<div class="pos">⟦m 位置：首页 → 基层党建 → 红烛工程⟧</div>
<div class="art"><h1>{T}</h1>
<div class="art-info">⟦m 发布日期：2025-09-08　信息来源：渺原镇党委　浏览：<em>503</em>⟧</div>
<p class="speaker">渺原镇党委书记　骆长庚</p>
<p class="speaker">（2025年9月5日）</p>
<div class="art-con">
{BODY}
</div>
<p class="xuexi">⟦a 学习本文满3分钟可获得1学分，请勿中途关闭页面⟧</p>
<p class="qr">⟦a 扫一扫，手机上接着读⟧</p>
<div class="xg">⟦l 相关阅读：县委组织部部署开展“红烛工程”结对帮扶⟧</div></div>
<div class="ft">⟦m 中共寥川县委组织部　地址：寥川县人民路1号⟧<br>⟦m 赣ICP备10003827号⟧</div>
</body></html>
""",
        body="""
同志们、同学们：
今天，我们在这里启动“亮灯护学”志愿服务活动，为全镇一百二十名留守儿童送去护眼阅读灯，并由党员志愿者一对一结对，定期上门辅导作业。
前段时间，我们走访中发现，不少留守儿童晚上写作业用的是吊在屋梁上的灯泡，光线昏暗，有的孩子趴在桌上眼睛离书本只有一拳远。爷爷奶奶年纪大了，想管也管不了。这件事让我很揪心。
一盏灯花钱不多，但它照亮的是孩子的书桌，温暖的是一个家庭。希望结对的党员同志们，不仅把灯送到，更要把心送到：每月至少上门一次，看看灯好不好用，问问功课跟不跟得上，听听孩子心里有什么话。
镇里将把这项活动纳入党员积分管理，年底评选一批“亮灯护学”优秀志愿者。同学们，希望你们在新的灯下好好读书，将来用知识照亮更多的人！
""",
    ),
    dict(
        slug="party-lunxi-branch-summary-window-locks-table",
        site="仑溪党建网 (invented, text page)",
        style="党建网",
        genre="总结",
        kind="summary",
        form="text",
        source="http://dj.lunxi.gov.cn/jcdj/202508/t20250815_30417.html",
        title="城关社区党支部“护窗行动”志愿服务工作总结",
        record_title="【党员先锋岗·民生微实事】城关社区党支部“护窗行动”志愿服务工作总结 - 仑溪党建网",
        date="2025-08-12",
        notes="a summary with a table one row a paragraph; a volunteer-ranking link between paragraphs; 成文日期 in Chinese numerals",
        page="""
!m 仑溪党建网　凝聚先锋力量
!m 首页 ◆ 基层党建 ◆ 支部风采
!t 【党员先锋岗·民生微实事】城关社区党支部“护窗行动”志愿服务工作总结
!m 作者：城关社区党支部　来源：仑溪党建网　字号：【大 中 小】
{T}
{BODY}
!a 本页已为您生成学习记录　｜　返回顶部
!l 推荐阅读：仑溪县开展“党员进社区·服务零距离”活动
!m 中共仑溪县委组织部　版权所有　技术支持：仑溪县大数据中心
""",
        body="""
今年6月以来，城关社区党支部组织在职党员和志愿者开展“护窗行动”，为辖区有儿童的住户和独居老人家庭免费检查、加装窗户安全锁。现将有关情况总结如下。
一、基本做法
支部把辖区9个小区划为18个责任片，每片由一名党员牵头，带领两至三名志愿者入户。入户前先通过网格群预约，入户时检查窗户限位装置，能修的当场修，没有的登记后统一加装。
二、工作成效
小区名称　走访户数　加装户数　维修户数
金水苑　146　52　17
北门小区　98　41　9
纺织厂宿舍　73　38　12
⟦l 查看“护窗行动”志愿者服务时长排行⟧
三个多月来，共走访317户，加装窗户安全锁131户，维修松动锁具38户，累计服务时长960小时。
三、下一步打算
支部将建立“护窗”台账，每半年回访一次，并将这项工作与暑期防溺水、冬季防火宣传结合起来，让党员在服务群众中当先锋、作表率。
中共仑溪县城关社区支部委员会
二〇二五年八月十二日
""",
    ),
    dict(
        slug="hospital-liaoyang-second-eye-reading-lamps",
        site="燎阳市第二人民医院 (invented)",
        style="医院官网",
        genre="科普文章",
        kind="other",
        form="html",
        source="https://www.lyey.com.cn/kepu/yanke/2025-10/1422.html",
        title="夜间阅读灯怎么选？眼科医生给出三条建议",
        record_title="夜间阅读灯怎么选？眼科医生给出三条建议-视光健康课堂-燎阳市第二人民医院",
        date="2025-10-16",
        notes="hospital site: booking float and 24-hour line next to the department's own 咨询电话; the 发布时间 byline is the page's date; "
        "扫码 and 关注 as content",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>夜间阅读灯怎么选？眼科医生给出三条建议-视光健康课堂-燎阳市第二人民医院</title>
<script src="/js/yuyue-float.js"></script></head><body>
<div class="top">⟦m 燎阳市第二人民医院　三级综合医院⟧ ⟦m 24小时服务热线：0716-8611120⟧</div>
<ul class="nav"><li>⟦m 医院概况⟧</li><li>⟦m 科室导航⟧</li><li>⟦m 专家介绍⟧</li><li>⟦m 就医指南⟧</li><li>⟦m 健康科普⟧</li></ul>
<div class="dq">⟦m 当前位置：首页 » 健康科普 » 眼科⟧</div>
<div class="news"><h1>{T}</h1>
<div class="src">⟦m 发布时间：2025-10-16　作者：眼科 苗映雪　审核：眼科主任 郝立川　点击：2247⟧</div>
<div class="nr">
{BODY}
</div></div>
<div class="side"><h3>⟦l 科普热文⟧</h3><ul><li>⟦l 孩子总揉眼睛，可能是过敏性结膜炎⟧</li><li>⟦l 中老年人看近处模糊，是老花还是白内障⟧</li></ul></div>
<div class="float-yy">⟦a 在线挂号⟧<br>⟦a 专家预约⟧<br>⟦w 预约专线 0716-8611567⟧</div>
<div class="foot">⟦m 燎阳市第二人民医院　地址：燎阳市楞湖区江滨路88号⟧　⟦m 鄂ICP备10013206号-1⟧　⟦d 本站科普内容仅供参考，不能替代面诊⟧</div>
</body></html>
""",
        body="""
天冷了，不少人喜欢晚上窝在床上看书。眼科门诊里，因为灯光不合适导致眼睛干涩、视物模糊来就诊的患者明显增多。选一盏合适的阅读灯，对保护眼睛很重要。
第一，亮度要够，但不要直射眼睛。阅读时书本表面的照度最好在300勒克斯以上，灯要放在写字手的对侧，灯罩下沿低于眼睛，光线照在书上而不是照在脸上。
第二，看准无频闪、低蓝光。购买时可以用手机摄像头对着灯光看，屏幕上出现明暗条纹的，说明频闪明显，尽量不要选。
第三，不要只开一盏阅读灯。房间里黑漆漆、只有书上一块亮，眼睛要在明暗之间反复调节，更容易疲劳。最好同时打开房间的顶灯或落地灯。
如果已经出现眼睛干涩、酸胀，休息后也不缓解，建议到眼科门诊检查。眼科视光门诊咨询电话：0716-8611342。也可以扫描医院公众号二维码关注，查询专家出诊时间。
""",
    ),
    dict(
        slug="hospital-tingling-ward-window-limiters-notice",
        site="廷岭县人民医院 (invented, text page)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.tlxrmyy.com/tzgg/2025/0611/870.html",
        title="关于住院病区窗户限位锁检修的通知",
        record_title="【后勤通告·病区】关于住院病区窗户限位锁检修的通知 - 廷岭县人民医院",
        date="2025-06-10",
        notes="the notice's own 内线 next to the hospital's switchboard and complaint lines; a booking prompt between paragraphs; 成文日期",
        page="""
!m 廷岭县人民医院　仁心仁术　守护廷岭
!m 首页 / 新闻中心 / 通知公告
!t 【后勤通告·病区】关于住院病区窗户限位锁检修的通知
!m 来源：后勤保障部　｜　点击：318　｜　【打印】【关闭】
{T}
{BODY}
!l 上一条：关于调整门诊夜间挂号时间的公告
!l 下一条：2025年护士节表彰名单公示
!m 医院总机：0738-5500120　投诉电话：0738-5500315
!m 廷岭县人民医院 版权所有　湘ICP备09015562号
""",
        body="""
各病区、各相关科室：
为防止住院患者特别是儿童、老年患者和精神心理科患者发生坠落意外，后勤保障部定于6月16日至6月27日对全院住院病区的窗户限位锁进行集中检修。现将有关事项通知如下：
一、检修内容：逐扇检查窗户限位锁是否完好，开启宽度是否超过十厘米；锁具缺失、损坏或可被徒手打开的，一律更换。
二、检修安排：每天上午9点至11点、下午3点至5点入病房作业，每间病房约需十分钟。具体时间由后勤保障部提前一天通知病区护士长。
⟦a 手机预约挂号请点此进入⟧
三、配合要求：各病区要提前向患者及家属做好解释，检修期间护理人员须在场；发现患者私自拆卸限位锁的，请及时报告。
联系人：后勤保障部　喻少川，内线：8632。
廷岭县人民医院后勤保障部
2025年6月10日
""",
    ),
    dict(
        slug="college-liaoyang-vocational-makers-headphone-stands",
        site="燎阳职业技术学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.lyvtc.edu.cn/xwzx/xydt/2025/0418/7733.htm",
        title="创客社团为图书馆视听室赶制四十个耳机架",
        record_title=None,
        date="2025-04-18",
        notes="no title in the record (the <h1> has it); a dotted college date line is the page's date; campus-photo link and photo caption",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>燎阳职业技术学院-学院动态</title>
<script src="/_js/sudy-jquery-autoload.js"></script></head><body>
<div class="head">⟦m 燎阳职业技术学院　Liaoyang Vocational & Technical College⟧</div>
<div class="mainnav">⟦m 学校首页　学校概况　院系设置　招生就业　学院动态　校园文化⟧</div>
<div class="column-crumb">⟦m 首页 > 学院动态⟧</div>
<div class="article"><h1 class="arti_title">{T}</h1>
<p class="arti_metas">⟦m 2025.04.18　供稿：机电工程学院　摄影：卢清扬　浏览次数：<span>1,038</span>⟧</p>
<div class="wp_articlecontent">
{BODY}
</div>
<p class="more-pic">⟦l 点击查看更多校园图片⟧</p></div>
<div class="foot">⟦m 地址：燎阳市楞湖区职教大道200号　邮编：436012⟧<br>⟦m 版权所有 燎阳职业技术学院　鄂ICP备05002791号⟧</div>
</body></html>
""",
        body="""
近日，我院创客社团的十二名同学利用课余时间，为学院图书馆视听室设计制作了四十个耳机架，并于4月17日正式交付使用。
视听室去年新添了四十台电脑和头戴式耳机，但耳机没有固定的放置位置，学生用完常常随手放在键盘上，耳机线缠绕打结，已经损坏了六副。图书馆老师在社团群里发出求助后，同学们主动接下了这项任务。
社团先后画了五版设计图，最终选定“倒L形”结构：底座用螺丝固定在桌面隔板上，挂钩包了一层硅胶，防止磨损耳机头梁。材料选用机电工程学院实训中心的铝型材边角料，全部由同学们在实训车间切割、打磨、组装完成。
⟦m 图为创客社团同学在视听室安装耳机架。⟧
图书馆负责人表示，耳机架装上后，视听室整洁多了，也方便管理员清点设备。创客社团指导教师介绍，下一步社团将把耳机架设计图整理成开源文件，供其他学校参考。
""",
    ),
    dict(
        slug="college-tingling-normal-glow-sticks-recycling",
        site="廷岭师范高等专科学校 (invented, text page)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://xsc.tlsz.edu.cn/info/1032/5518.htm",
        title="关于迎新晚会荧光棒统一发放和回收的通知",
        record_title="关于迎新晚会荧光棒统一发放和回收的通知-学工之窗-廷岭师专",
        date="2025-09-22",
        date_also=["2025-09-23"],
        notes="a student-affairs notice: page date differs from the 成文日期; 扫码 as content; a numbered list",
        page="""
!m 廷岭师专学生工作处
!m 首页 ▸ 通知公告
{T}
!m 2025-09-23　阅读：1276　来源：学生工作处
{BODY}
!a 打印　｜　关闭　｜　返回顶部
!l 上一条：2025级新生入学教育安排
!l 下一条：关于开展秋季学生宿舍安全检查的通知
!m 廷岭师范高等专科学校学生工作处　电话：0738-5543021
!m 版权所有©廷岭师范高等专科学校
""",
        body="""
各院（系）、各学生组织：
学校2025年迎新晚会定于9月27日晚7点在体育馆举行。为营造热烈气氛，同时避免荧光棒随意丢弃污染环境，经研究，晚会荧光棒实行统一发放、统一回收。具体安排如下：
1. 发放：各院（系）辅导员于9月26日下午到学生会办公室领取，按每名观众一根发放，不得多领。
2. 使用：晚会期间请勿折断、咬破或抛掷荧光棒，如有液体外漏沾到皮肤，应立即用清水冲洗。
3. 回收：散场时各院（系）在体育馆出口设回收箱，由学生干部组织回收，学生扫描箱体上的二维码可领取志愿服务时长0.5小时。
4. 统计：各院（系）于9月29日前将回收数量报学生工作处，回收率纳入文明班级评比。
学生工作处
2025年9月22日
""",
    ),
]

"""holdout238, part C: 问答社区, 个人文集, 党建网, 医院官网, 高校官网 — each once as HTML and once as text.

Invented text (sites, counties, people, firms, numbers, URLs); see ../README.md and ../build.py.
"""

CASES = [
    dict(
        slug="qa-dayipu-rusty-shears-question-h1",
        site="答疑铺 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.dayipu.example.com/q/40817265.html",
        title="修枝剪生锈了怎么处理？还能接着用吗",
        record_title=None,
        date=None,
        notes="no record title: the question as the page's <h1>; an adopted-answer badge, a vote row and more answers; "
        "回答于 昨天 is no date; a numbered list in the answer",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>答疑铺 - 有问题，上答疑铺</title></head><body>
<div class="q-top">⟦m 答疑铺⟧ <a>⟦a 我要提问⟧</a> <a>⟦a 登录⟧</a></div>
<div class="q-crumb">⟦m 答疑铺 › 生活 › 园艺花卉⟧</div>
<div class="question"><h1>{T}</h1>
<p class="q-meta">⟦m 提问者：阳台小花匠　｜　2人关注　｜　浏览 3187⟧</p></div>
<div class="best">
<div class="best-tag">⟦m 已被提问者选为满意回答⟧</div>
<div class="ans-user">⟦m 园丁老葛　园艺达人　回答于 昨天⟧</div>
<div class="ans-body">
{BODY}
</div>
<div class="ans-vote">⟦a 有用 86　没用 2　评论⟧</div></div>
<div class="others"><h3>⟦l 其余 4 个回答⟧</h3>
<p>⟦l 木樨：用WD-40喷一下再擦，我一直这么弄⟧</p>
<p>⟦l 匿名用户：锈得厉害还是换新的吧，不贵⟧</p></div>
<div class="related">⟦l 相关问题：高枝剪刀口钝了怎么磨？ ｜ 修剪月季用什么剪刀好？⟧</div>
<div class="q-foot">⟦d 回答内容由网友提供，仅供参考，答疑铺不对其准确性负责。⟧</div>
</body></html>
""",
        body="""
能用，轻微生锈处理一下就好。我家几把修枝剪都是这样保养的：
1. 先用钢丝球或细砂纸把锈打掉，刃口部分顺着刀刃方向擦，别横着磨。
2. 锈得厉害的，可以用白醋泡半小时，锈会松动，再用旧牙刷刷干净。
3. 擦干后在油石上把刃口磨一磨，角度跟原来的斜面保持一致。
4. 最后在刀片和中间的轴上滴几滴缝纫机油，开合几次让油渗进去。
平时剪完枝记得擦掉树汁，树汁发酸，最容易让剪子生锈。如果刀片已经锈穿或者弹簧断了，那就换把新的吧，一把普通修枝剪也就几十块钱。
""",
    ),
    dict(
        slug="qa-wengemingbai-lift-button-film-text",
        site="问个明白 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://wen.gemingbai.example.cn/question/2210934",
        title="电梯按钮上贴的那层膜要不要撕掉？",
        record_title="电梯按钮上贴的那层膜要不要撕掉？_问个明白网",
        date=None,
        notes="a Q&A as text: the asker line, an answerer's title line, 回答于 3 天前 (no date), a like row, more answers; "
        "an 'ask a lift engineer' ad on a line of its own between the answer's paragraphs",
        page="""
!m 问个明白网 > 生活常识 > 家居
{T}
!m 提问者：星河小区业主　悬赏 10 分　浏览 906
!m 最佳答案　｜　电梯维修工程师 何师傅　回答于 3 天前
{BODY}
!a 👍 赞同 41　｜　💬 评论 5　｜　举报
!l 还有 2 条回答
!l 路人甲：物业贴的就别动了，动了还得赔
!l 小满：我们小区的早撕了，按钮反而更灵
!l 你可能感兴趣：电梯里的应急按钮按了会怎样？
""",
        body="""
分两种情况说。
如果是新电梯出厂时贴的那层透明保护膜，交付使用后就应该撕掉。这层膜是防止安装时刮花面板的，时间久了会积灰、起翘，还可能让按钮卡住、按压手感变差，甚至挡住盲文点位。
⟦w 电梯故障拿不准？在线问工程师，3分钟响应⟧
如果是物业后来贴的抗菌膜，一般是为了减少接触传播，膜要定期更换，没有破损就不用管。发现起翘、发黄或者被抠破了，可以联系物业换新的，别自己乱撕，撕的时候指甲容易把按钮的灯罩抠坏。
另外提醒一句，按钮按一次亮了就行，反复狠按并不会让电梯来得更快，只会缩短按钮寿命。
""",
    ),
    dict(
        slug="anthology-rangyuan-memoir-sacks-gb2312",
        site="穰原旧事 · 葛松年文集 (invented, old gb2312 personal collection)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="html",
        source="http://www.gesongnian.example.net/jiushi/09.htm",
        title="编织袋里的口粮",
        record_title="编织袋里的口粮 ——《穰原旧事》第九篇",
        date=None,
        notes="a retired teacher's collection in an old table layout: 繁體/简体/朗读 links, chapter links, a visitor counter and the "
        "author's mailbox; a memoir with years inside sentences and no date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>编织袋里的口粮 ——《穰原旧事》第九篇</title></head>
<body bgcolor="#FFFDF2" leftmargin="0" topmargin="0">
<table width="780" align="center" border="0" cellspacing="0" cellpadding="6">
<tr><td class="head">⟦m 葛松年文集 · 穰原旧事⟧</td>
<td align="right">⟦a 繁體⟧ ⟦a 简体⟧ ⟦a 朗读本篇⟧</td></tr>
<tr><td colspan="2" class="menu">⟦m 文集首页 · 穰原旧事 · 教书杂记 · 诗词习作 · 留言簿⟧</td></tr>
<tr><td colspan="2" align="center"><h2>{T}</h2>
<span class="gray">⟦m 穰原旧事　第九篇⟧</span></td></tr>
<tr><td colspan="2">
{BODY}
</td></tr>
<tr><td colspan="2" align="center">⟦l ← 第八篇　公社的广播⟧　⟦l 目录⟧　⟦l 第十篇　煤油灯下 →⟧</td></tr>
<tr><td colspan="2" align="center" class="foot">⟦m 本文集累计访问 00041736 人次⟧<br>
⟦w 来信请寄：gesn1946@example.net⟧<br>⟦d 文集内容系作者原创，转载请先征得同意⟧</td></tr>
</table></body></html>
""",
        p_html="<p>　　{}</p>",
        body="""
上世纪八十年代，穰原乡下人家几乎家家都有几条编织袋。那是装化肥的袋子，白色，印着红字，化肥撒到地里，袋子洗干净就留下来装粮食。
我上初中住校，每个星期天下午，母亲都把一星期的口粮装进一条编织袋：二十斤红薯，五斤玉米面，一罐咸菜压在最上头。袋口用麻绳扎紧，我扛在肩上走十八里山路去学校。
编织袋滑，扛久了总往下溜，我就在袋子两角各塞一个红薯，再用绳子拴成背带。到学校时，肩膀勒出两道红印子。
后来我当了老师，学生们背的是帆布书包，再后来是拉杆箱。可我总记得那条洗得发白的编织袋，它装过的，是一个农家供孩子读书的全部力气。
""",
    ),
    dict(
        slug="anthology-dingchuan-memoir-miner-rope-oneline",
        site="碇川札记 (invented personal collection, text)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="http://dingchuanzhaji.example.org/juan4/07.txt",
        title="老矿工的安全绳",
        record_title="老矿工的安全绳（《碇川札记》卷四）",
        date=None,
        notes="a personal collection's text page with the body on one line (paragraphs apart only by their indent); "
        "chapter links and a visit counter; no date",
        page="""
!m 碇川札记 · 卷四 · 人物
!t 老矿工的安全绳（《碇川札记》卷四）
!m 作者：邬长河
{BODY}
!l 上一则：井口的那盏灯　｜　下一则：师傅的饭盒
!m 本卷已被翻阅 2291 次
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
碇川煤矿关井那年，师傅闫守业把一根旧安全绳盘好，装进帆布包带回了家。那根绳子陪了他二十六年，外皮磨得发亮，接头处缠着他自己补的胶布。
师傅常跟我们这些徒弟说，下井先看绳，绳子不牢，人就不牢。每次检修井筒，他都要把安全绳从头捋到尾，哪怕只发现一处断丝，也要换新的。
有一回我嫌麻烦，把安全绳随手挂在管道支架上，师傅二话不说把我拽回来，让我看着他重新找挂点。那天我被他骂了半个钟头，可我一辈子都记住了。
如今师傅八十多岁了，那根绳子还挂在他家门后。他说，留着它，就当留着那些平平安安升井的日子。
""",
    ),
    dict(
        slug="party-qinyang-summary-lift-stewards-table",
        site="檎阳先锋网 (invented Party-building portal)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://www.qyxianfeng.example.gov.cn/jcdj/202412/t20241220_9933.html",
        title="柑园社区党支部“红色电梯管家”志愿服务工作总结",
        record_title="【党员在行动】柑园社区党支部“红色电梯管家”志愿服务工作总结_檎阳先锋网",
        date="2024-12-16",
        date_also=["2024-12-20"],
        notes="a Party portal: a study-points prompt, a read-on-phone QR line, a share row; a data table one row a paragraph; "
        "成文日期 under the signature and the site's date apart",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>【党员在行动】柑园社区党支部“红色电梯管家”志愿服务工作总结_檎阳先锋网</title></head><body>
<div class="dj-head">⟦m 檎阳先锋网⟧ ⟦m 中共檎阳县委组织部主办⟧</div>
<div class="dj-nav">⟦m 首页　要闻　基层党建　党员教育　先锋风采⟧</div>
<div class="dj-loc">⟦m 您的位置 ▸ 首页 ▸ 基层党建⟧</div>
<h1>{T}</h1>
<div class="dj-info">⟦m 2024-12-20 09:00　来源：桡滩镇党委　编辑：韦晴⟧</div>
<div class="dj-study">⟦a 学习满3分钟可获1个学习积分⟧</div>
<div class="dj-txt">
{BODY}
</div>
<div class="dj-qr">⟦a 手机扫码，把本文带在路上读⟧</div>
<div class="dj-share">⟦l 转发到：微信　朋友圈　学习强国号⟧</div>
<div class="dj-foot">⟦m 中共檎阳县委组织部　地址：檎阳县文昌路1号　湘ICP备12005517号⟧</div>
</body></html>
""",
        body="""
今年3月，柑园社区党支部组建“红色电梯管家”党员志愿服务队，由14名在职和退休党员认领辖区加装电梯，每天擦拭消毒电梯按钮、检查应急呼叫装置，发现问题及时报物业维修。现将全年工作总结如下。
楼栋　认领党员　巡查次数　发现问题
柑园1栋　3人　286次　4处
柑园3栋　4人　301次　6处
柑园6栋　7人　332次　3处
一年来，志愿者共发现按钮失灵、面板松动、应急铃不响等问题13处，全部督促维保单位修复。志愿者还为78位独居老人演示了低位按钮和应急按钮的使用方法。
下一步，支部将把“红色电梯管家”扩展到新加装的9台电梯，让党员先锋作用体现在居民上下楼的每一步。
中共柑园社区支部委员会
2024年12月16日
""",
    ),
    dict(
        slug="party-dingchuan-speech-crate-post-cn-date",
        site="先锋碇川 (invented Party-building site, text)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.xfdingchuan.example.cn/ldjh/2024/0415/1207.html",
        title="在碇口镇农贸市场“党员先锋岗”周转箱共享服务点启动仪式上的讲话",
        record_title="在碇口镇农贸市场“党员先锋岗”周转箱共享服务点启动仪式上的讲话 - 领导讲话 - 先锋碇川",
        date="2024-04-12",
        date_also=["2024-04-15"],
        notes="a Party site as text: speaker line and a Chinese-numeral date under the title (speaker neutral, the date the "
        "document's); a copy-lock prompt between paragraphs; the site's date apart",
        page="""
!m 先锋碇川 —— 碇川县基层党建网
!m 首页 ＞ 领导讲话
{T}
镇党委书记　岑立峰
（二〇二四年四月十二日）
!m 发布日期：2024-04-15　浏览 328
{BODY}
!a 〖收藏本文〗〖分享给党员〗
!l 上一篇：在碇口镇2024年党建工作会议上的讲话
!m 中共碇川县委组织部版权所有
""",
        indent="\u3000\u3000",
        body="""
同志们、商户朋友们：
今天，我们在这里为农贸市场“党员先锋岗”周转箱共享服务点揭牌。这个服务点由市场党支部的7名党员商户轮流值守，负责周转箱的登记、借还和清洗。
过去，市场里每天要用掉三四百个纸箱，雨天一泡就烂，垃圾清运费一年就要十几万元。周转箱共享起来以后，一只箱子能循环用两三百次，商户省钱，市场也干净。
⟦a 复制本文需登录先锋碇川账号⟧
希望市场党支部把服务点办好，做到借得方便、还得及时、洗得干净；希望党员商户带头使用，带动周边商户一起参与。
镇里将把这个做法推广到全镇三个集贸市场。谢谢大家！
""",
    ),
    dict(
        slug="hospital-zuocheng-shears-cut-byline-float",
        site="笮城市第二人民医院 (invented)",
        style="医院官网",
        genre="科普文章",
        kind="other",
        form="html",
        source="https://www.zcsey.example.cn/kpzs/2025/0312/4418.html",
        title="修枝剪划伤了手，该怎么处理？",
        record_title="〔手外科·春季修剪提醒〕修枝剪划伤了手，该怎么处理？｜笮城市第二人民医院",
        date="2025-03-12",
        notes="a hospital page: a booking float and a 24-hour line; the department's own 咨询电话 in the body beside them; "
        "发布时间 in the byline is the date; an experts list",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>〔手外科·春季修剪提醒〕修枝剪划伤了手，该怎么处理？｜笮城市第二人民医院</title></head><body>
<div class="h-top">⟦m 笮城市第二人民医院⟧ ⟦m 三级乙等综合医院⟧ ⟦m 24小时服务热线：0715-3101120⟧</div>
<div class="h-nav">⟦m 首页　医院概况　科室导航　专家介绍　健康科普　就医指南⟧</div>
<div class="h-pos">⟦m 当前位置：首页-健康科普-手外科⟧</div>
<h1>{T}</h1>
<div class="h-meta">⟦m 发布时间：2025-03-12　作者：手外科 任嘉禾　浏览：1137⟧</div>
<div class="h-txt">
{BODY}
</div>
<div class="h-experts"><h4>⟦l 手外科专家⟧</h4><p>⟦l 任嘉禾　主任医师　周二、周四上午⟧</p><p>⟦l 骆文斌　副主任医师　周三全天⟧</p></div>
<div class="h-float">⟦a 预约挂号⟧ ⟦a 在线咨询⟧ ⟦m 预约电话 0715-3101000⟧</div>
<div class="h-foot">⟦m 地址：笮城市炻湖区迎宾大道66号　鄂ICP备15002819号⟧</div>
</body></html>
""",
        body="""
春季是果树、绿篱修剪的高峰期，手外科门诊每年这个时候都会接诊不少被修枝剪划伤、夹伤的患者。
伤口浅、出血少的，先用流动清水冲洗，再用碘伏消毒，盖上干净纱布即可。出血较多时，用干净纱布直接按压伤口十分钟左右，不要用绳子死死勒住手指。
出现以下情况请尽快到医院：伤口深、边缘裂开；手指麻木或不能弯曲；伤口沾了泥土、铁锈；修枝剪夹住后指甲下大片淤血。被锈蚀的剪刀划伤，还要评估是否需要打破伤风针。
预防比处理更重要：修剪时戴防割手套，剪口不要对着扶枝的那只手，用完随手合上锁扣。
手外科咨询电话：0715-3101267（工作日8:00-17:30）
""",
    ),
    dict(
        slug="hospital-raoxi-notice-lift-buttons-film-record",
        site="桡溪县人民医院 (invented, text)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.rxxrmyy.example.cn/yngg/2024/1108/701.html",
        title="关于住院部电梯按钮加装抗菌膜并每日消毒的通知",
        date="2024-11-07",
        date_also=["2024-11-08"],
        notes="record title as is; a hospital notice as text: the department's extension beside the switchboard and a booking line; "
        "a numbered list; 成文日期 under the signature and the site's date apart",
        page="""
!m 桡溪县人民医院　院内公告
!m 首页 → 院务公开 → 院内公告
{T}
!m 发布部门：感染管理科　发布日期：2024-11-08　阅读 517
{BODY}
!a 打印　｜　关闭
!m 医院总机：0739-6688000　　预约挂号：0739-6688114
!m 桡溪县人民医院 版权所有
""",
        indent="\u3000\u3000",
        body="""
各科室、后勤服务中心：
住院部电梯使用人员多、接触频繁，按钮是院内交叉感染的高风险部位。为进一步做好环境物表清洁消毒，经研究决定：
1.自11月11日起，住院部6台电梯的外呼按钮和轿厢按钮全部加装抗菌膜，由后勤服务中心负责，每月更换一次。
2.保洁人员每天用含氯消毒液擦拭按钮不少于4次，并在电梯门旁的消毒记录表上签字。
3.感染管理科每周抽查一次，抽查结果纳入保洁公司月度考核。
如有疑问，请联系感染管理科，内线电话8132。
桡溪县人民医院感染管理科
2024年11月7日
""",
    ),
    dict(
        slug="college-zuocheng-news-sacks-donation-h1-dotted",
        site="笮城职业技术学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.zcvtc.example.edu.cn/xyxw/2024/0621/c1203a51880/page.htm",
        title="毕业生用编织袋打包旧物　一千余件书本衣物捐往山区学校",
        record_title=None,
        record_date="2024-06-21",
        date="2024-06-21",
        notes="no record title: the <h1>; the record's date; a university news page with a dotted date, an editor/reviewer line "
        "glued after the last 。, a photo caption line, a prev/next block",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>笮城职业技术学院</title></head><body>
<div class="u-head">⟦m 笮城职业技术学院⟧ ⟦m 厚德 笃学 精技 致用⟧</div>
<div class="u-nav">⟦m 学校首页　学院新闻　通知公告　招生就业　校园文化⟧</div>
<div class="u-path">⟦m 首页 / 学院新闻 / 正文⟧</div>
<div class="u-art"><h1>{T}</h1>
<div class="u-date">⟦m 2024.06.21　来源：学生工作处　点击：⟧</div>
<div class="u-txt">
{BODY}
</div>
<div class="u-pn">⟦l 上一篇：我院举行2024届毕业典礼⟧<br>⟦l 下一篇：学院召开暑期安全工作部署会⟧</div></div>
<div class="u-foot">⟦m 版权所有 © 笮城职业技术学院　地址：笮城市职教大道9号⟧</div>
</body></html>
""",
        body="""
6月20日，学院“旧物有新家”毕业季捐赠活动在学生公寓区举行。一早，毕业生们就把整理好的教材、课外书和衣物装进编织袋，排队称重登记。
编织袋由后勤处统一发放，每条袋子上贴着分类标签，书本和衣物分开打包，方便受捐学校拆分。
⟦m 毕业生在公寓楼下打包捐赠物品⟧
活动共收到捐赠物品1036件，装了68条编织袋，将由志愿者送往檎阳县山区的三所小学。汽车工程系毕业生蒋一帆说：“这些书陪了我三年，希望它们能继续派上用场。”这批物品预计7月初送达受捐学校。⟦m 文字：学生工作处　审核：庞建业⟧
""",
    ),
    dict(
        slug="college-zuocheng-baowei-ropes-window-cleaning",
        site="笮城职业技术学院保卫处 (invented, text)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://bwc.zcvtc.example.edu.cn/tzgg/2024/1014/c318a52011/page.htm",
        title="关于学生公寓外墙清洗作业期间注意安全的通知",
        record_title="关于学生公寓外墙清洗作业期间注意安全的通知（保卫处）- 笮城职业技术学院",
        date="2024-10-14",
        notes="a department site as text: the office's duty phone in the body beside the switchboard at the bottom; "
        "成文日期 under the signature equals the page date",
        page="""
!m 笮城职业技术学院　保卫处
!m 首页 / 通知公告
{T}
!m 作者：保卫处　时间：2024-10-14　浏览次数：662
{BODY}
!l 【上一条】关于开展消防疏散演练的通知
!l 【下一条】校园电动车停放管理规定
!m 学校总机：0715-3200100　保卫处版权所有
""",
        body="""
各二级学院、全体住校学生：
10月16日至25日，物业公司将对1号至6号学生公寓外墙进行清洗。作业人员从楼顶悬吊作业，每人系两根绳：一根工作绳，一根安全绳，挂点均设在楼顶的固定锚点上。为确保安全，请注意以下事项：
一、作业期间不要在楼下停留，绕行警戒线。
二、不要拉扯、剪割楼顶和窗外的绳索，不要在窗外晾晒衣物。
三、作业时关闭本侧窗户，不要向窗外抛物。
四、发现绳索松动、作业人员遇险等情况，立即拨打保卫处值班电话0715-3200110。
保卫处
2024年10月14日
""",
    ),
]

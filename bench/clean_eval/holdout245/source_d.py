"""holdout245, part D: forums, county forums, exam forums, Q&A sites and encyclopaedias.

Invented text, sites, places and people; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="forum-zhiyuan-help-binding-machine-jammer",
        site="纸鸢办公社区 (invented, Discuz-like)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.zhiyuan-bg.com/thread-306718-1-1.html",
        title="手动装订机打孔越来越费劲，刀头该怎么磨？",
        record_title="[修机求教] 手动装订机打孔越来越费劲，刀头该怎么磨？ - 办公设备维修 - 纸鸢办公社区",
        date=None,
        notes="Discuz-like thread: jammer-font junk as lines and glued after 。, rating row, signature, reply "
        "floors; a numbered list of questions stays in the body; relative post time; decorated record title",
        page="""
<!DOCTYPE html>
<html><head><meta charset="gbk"><title>[修机求教] 手动装订机打孔越来越费劲，刀头该怎么磨？ - 办公设备维修 - 纸鸢办公社区</title>
<style>.jammer{color:#fff;font-size:0}</style>
<script src="static/js/common.js"></script></head>
<body>
<div id="hd">⟦m 纸鸢办公社区⟧ <a>⟦a 找回密码⟧</a> <a>⟦a 立即入驻⟧</a></div>
<div id="pt">⟦m 纸鸢办公社区 › 设备交流 › 办公设备维修 › 正文⟧</div>
<div class="ts"><h1><span class="tag">⟦m [修机求教]⟧</span> <span id="thread_subject">{T}</span></h1>
<span>⟦m 查看 1207 ｜ 回复 18⟧</span></div>
<table class="plhin"><tr>
<td class="pls">⟦m 老刀不老⟧<br>⟦m 积分 226　威望 3⟧</td>
<td class="plc"><div class="authi">⟦m 楼主　发表于 4 天前　只看该作者⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="rate">⟦l 评分　参与人数 3　金币 +6　收起 理由：热心求助⟧</div>
<div class="sign">⟦m 文印室十年，和机器打交道比和人多⟧</div>
<div class="po">⟦a 回帖　引用本楼　举报⟧</div></td></tr></table>
<div class="reply">⟦l 沙发　铁手张师傅：空心钻别自己磨，直接换⟧</div>
<div class="reply">⟦l 板凳　小满：同问，我们那台也一样⟧</div>
<div id="f_pst">⟦a 登录纸鸢办公社区后才能参与讨论⟧</div>
<div id="ft">⟦m Powered by Discuz! X3.5　纸鸢办公社区⟧</div>
</body></html>
""",
        junk=dict(lines=1, glued=2),
        body="""
各位师傅好，单位文印室有一台用了七八年的手动装订机，最近打孔越来越费劲。以前一次能打二十来毫米厚的凭证，现在十毫米都要压好几下，打出来的孔边缘还毛毛糙糙的。
我拆开看了一下，刀头是空心钻那种，刃口已经有点发白发钝，钻芯里还塞满了纸屑。纸屑我用铁丝捅出来了，可打起来还是不顺。
想请教几个问题：
1.空心钻刀头能自己磨吗？用什么工具？
2.如果换新的，刀头型号怎么看？机器上只有一个铭牌，写着“JD-30”。
3.平时怎么保养才能用得久一点？
先谢谢大家了！
""",
    ),
    dict(
        slug="forum-shiguang-collector-old-badges-junk",
        site="拾光藏友论坛 (invented)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="https://www.shiguang-cangyou.com/thread/88214",
        title="晒晒我收的几枚老校徽",
        record_title="【藏品展示】晒晒我收的几枚老校徽（附十二张实拍） - 徽章收藏 - 拾光藏友论坛",
        date=None,
        notes="collectors' forum as text: anti-scraping junk as lines and glued after 。; rating, replies; a post "
        "with a relative time is no date; decorated record title",
        page="""
!m 拾光藏友论坛 » 杂项收藏 » 徽章收藏
!t 【藏品展示】晒晒我收的几枚老校徽（附十二张实拍）
!m 楼主：铜锈斑斑　　发表于 昨天 20:47　　电梯直达
!m 本帖最后由 铜锈斑斑 于 昨天 21:03 修改过
{BODY}
!a [点评]　[回复]　[收藏帖子]
!l 2# 老街淘宝客：第三枚少见，羡慕
!l 3# 藏书票小王：背面铆的才是老货，学到了
!a 游客身份无法查看大图，请先登录
!m 拾光藏友论坛　客服QQ群：60218433
""",
        junk=dict(lines=2, glued=3),
        body="""
玩校徽收藏快五年了，今天晒几枚自己比较喜欢的。
第一枚是灊城师范学院的老校徽，白底红字，竖长条，背面有编号“0417”，是从旧货市场一位老师傅手里收的。
第二枚是溳阳一中八十年代的三角形校徽，铝质，蓝色烤漆，边上掉了一点漆，品相一般，但这款存世不多。
第三枚比较特别，是汧溪县农业中学的校徽，学校九十年代就撤并了，现在很难再找到。
收校徽最怕收到仿品。我的经验是看背面：老校徽的别针多是铆上去的，仿品常常是胶粘的；老的铜料发暗，仿品颜色发亮。欢迎藏友们交流。
""",
    ),
    dict(
        slug="localforum-yunyang-fax-scam-warning-jammer",
        site="溳阳论坛 (invented county forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.yunyang-luntan.com/forum.php?mod=viewthread&tid=772190",
        title="提醒：有人冒充学校发“缴费传真”，大家别上当",
        record_title=None,
        date=None,
        notes="county forum, no record title (the thread subject); jammer fonts; weather line, medals, a "
        "decoration ad; the police station's phone in the post beside the forum's ad hotline; a post time "
        "of 昨天 is no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="gbk"><title>溳阳论坛 - 溳阳人自己的网上家园</title>
<style>font.jammer{display:none}</style></head>
<body>
<div class="top">⟦m 溳阳论坛⟧ <span>⟦m 今日溳阳：多云 18～27℃⟧</span> <a>⟦a 注册成为溳阳网友⟧</a></div>
<div class="nav">⟦m 首页 › 溳阳茶馆 › 民生热线⟧</div>
<div class="ad">⟦m 【广告】溳阳匠心装饰 全包套餐每平米698起 热线 0718-6299988⟧</div>
<h1 id="thread_subject">{T}</h1>
<div class="pi">⟦m 隩口老杨　发表于 昨天 19:52⟧　<span>⟦m 勋章：热心网友 溳阳通⟧</span></div>
<div class="t_f">
{BODY}
</div>
<div class="reply"><p>⟦l 2楼　汧溪路人：我们单位也收到了，差点就交了⟧</p><p>⟦l 3楼　版主-溳水清：已置顶，谢谢提醒⟧</p></div>
<div class="fastpost">⟦a 发表回复前请先登录溳阳论坛账号⟧</div>
<div class="ft">⟦m 溳阳论坛 © 2008-2025　鄂ICP备09011276号⟧</div>
</body></html>
""",
        junk=dict(lines=1, glued=2),
        body="""
今天上午，我们单位收到一份传真，抬头写着“溳阳县实验中学”，说学生要统一订购新版校服和校徽，让家长所在单位代扣费用，每人380元，汇到一个个人账户。
我觉得不对劲，打电话到学校核实，学校老师说根本没发过这样的传真，学校收费从来不会通过传真通知，更不会让汇到个人账户。
老师还说，这两天已经有好几家单位打电话去问了，学校已经向派出所报了案。
大家如果收到类似的传真或短信，一定先打学校电话核实，千万别转账。城关派出所的值班电话是0718-6233110，有情况可以直接打。
""",
    ),
    dict(
        slug="localforum-aokou-notice-borrow-sashes",
        site="溳阳论坛·隩口生活圈 (invented county forum)",
        style="地方论坛",
        genre="启事",
        kind="notice",
        form="text",
        source="https://bbs.yunyang-luntan.com/thread-771935-1-1.html",
        title="镇中心小学征集借用礼仪绶带的启事",
        record_title="【转自家长群】镇中心小学征集借用礼仪绶带的启事 - 隩口生活圈 - 溳阳论坛",
        date="2025-06-12",
        date_also=["2025-06-14"],
        notes="county forum as text: a school's notice reposted; the forum post date differs from the notice's "
        "signature date (also accepted); the school's 联系人/电话 beside the forum's ad line; decorated title",
        page="""
!m 溳阳论坛 › 乡镇频道 › 隩口生活圈
!t 【转自家长群】镇中心小学征集借用礼仪绶带的启事
!m 楼主：隩口家长群　　发表于 2025-6-14 09:22
!m 转自：隩口镇中心小学家长群通知
{BODY}
!l 回复(5)　|　支持(12)　|　反对(0)
!l 沙发：家里有两条去年表彰会的，周末送过去
!m 本版广告位招租：0718-6299977（溳阳论坛运营部）
""",
        body="""
各位家长、社会各界朋友：
我校将于6月28日举行建校八十周年暨2025届毕业典礼，届时将为80位优秀校友、退休教师代表佩戴纪念绶带。因学校现有绶带数量不足，且多为旧款，现向社会征集借用礼仪绶带。
一、借用数量：红色绶带60条，要求无明显污渍、字迹可拆换。
二、借用时间：6月25日至7月2日，用后清洗熨烫，完好归还。
三、如愿意出借，请于6月20日前与学校总务处联系，联系人：郁老师，电话：0718-6361254。
感谢大家对学校的支持！
溳阳县隩口镇中心小学
2025年6月12日
""",
    ),
    dict(
        slug="gkforum-shangan-interview-sash-mixup-jammer",
        site="上岸驿站 (invented civil-service-exam forum)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="html",
        source="https://www.shangan-yz.com/forum/thread-50217.html",
        title="表彰大会上礼仪人员把绶带戴错了人，你作为现场负责人怎么办？",
        record_title="【面试复盘·真题】表彰大会上礼仪人员把绶带戴错了人，你作为现场负责人怎么办？（答得不好轻拍）- 结构化面试 - 上岸驿站",
        date=None,
        notes="exam forum: reply-to-see prompt, QQ-group ad, jammer fonts; the question and the answer's "
        "【】 labels stay in the body; a poster's aside; no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【面试复盘·真题】表彰大会上礼仪人员把绶带戴错了人，你作为现场负责人怎么办？（答得不好轻拍）- 结构化面试 - 上岸驿站</title></head>
<body>
<div class="sa-top">⟦m 上岸驿站 · 公考人的加油站⟧ <a>⟦a 每日签到⟧</a></div>
<div class="sa-path">⟦m 上岸驿站 » 面试专区 » 结构化面试⟧</div>
<h1>⟦t 【面试复盘·真题】表彰大会上礼仪人员把绶带戴错了人，你作为现场负责人怎么办？（答得不好轻拍）⟧</h1>
<div class="sa-author">⟦m 岸边等风来　发表于 2 周前　查看 4418　回复 63⟧</div>
<div class="sa-post">
{BODY}
</div>
<div class="sa-hide">⟦a 本帖隐藏的答题思维导图，回复后刷新可见⟧</div>
<div class="sa-ad">⟦w 面试一对一模拟，加驿站学员群 QQ 713208845⟧</div>
<div class="sa-replies"><p>⟦l 沙发　上岸了吗：第二点说得好，会后道歉很重要⟧</p></div>
<div class="sa-foot">⟦m 上岸驿站 shangan-yz.com　京ICP备22017403号⟧</div>
</body></html>
""",
        junk=dict(lines=1, glued=2),
        body="""
【题目】单位召开年度表彰大会，颁奖时礼仪人员把两位受表彰人员的绶带戴反了，台下有人议论。你作为现场负责人，怎么处理？
【参考作答】
第一，稳住现场，不让小失误影响大局。我会示意主持人正常推进流程，同时请礼仪人员在该环节结束、合影之前，为两位同志悄悄调换绶带，不打断颁奖。
第二，做好沟通，照顾受表彰者的感受。会后我会当面向两位同志说明情况、表示歉意，感谢他们的理解。
第三，总结教训，完善流程。今后颁奖前将绶带按上台顺序编号，与名单逐一核对，并安排专人复核。
以上是我的作答，请各位研友批评指正。
""",
    ),
    dict(
        slug="gkforum-shangan-shenlun-certificate-folders-junk",
        site="上岸驿站 (invented civil-service-exam forum)",
        style="公考论坛",
        genre="申论文章",
        kind="other",
        form="text",
        source="https://www.shangan-yz.com/forum/thread-49870.html",
        title="别让“证书夹”装满形式主义",
        record_title="[申论打卡·第9篇] 别让“证书夹”装满形式主义（首发本版） - 申论写作 - 上岸驿站",
        date=None,
        notes="exam forum as text: junk lines and glued junk; poster line with a relative time; a grading reply; "
        "an essay with no date; decorated record title",
        page="""
!m 上岸驿站 » 笔试专区 » 申论写作
!t [申论打卡·第9篇] 别让“证书夹”装满形式主义（首发本版）
!m 楼主 笔落惊风　|　发表于 5 天前　|　只看楼主
{BODY}
!l 1# 阅卷老周：立意不错，第二段论证可以再具体些，给个二类上
!a 觉得有用就点个“赞”吧　　收藏　　举报
!m 上岸驿站　申论交流区版规：禁止发布广告
""",
        junk=dict(lines=2, glued=2),
        body="""
在一些地方，表彰活动越办越多，证书夹也越发越厚。有的单位一年评出的“先进”“标兵”“能手”占了职工的一半，证书夹印得精美，烫金闪亮，却很少有人翻开看看里面写的是什么。
荣誉的价值在于稀缺，更在于真实。一张证书，如果只是凑数发放、人人有份，装进再好的证书夹也只是一张纸。更值得警惕的是，个别地方把证书夹的数量当作工作成绩，汇报材料里动辄“表彰先进××人次”，表彰成了走过场。
让荣誉回归本义，就要少一些“批量表彰”，多一些精准激励；少在证书夹的包装上花心思，多在考核评价的公正上下功夫。只有这样，每一个证书夹里装着的，才是沉甸甸的认可。
""",
    ),
    dict(
        slug="qa-wenda-hot-melt-bubbles-question-missing",
        site="问答驿 (invented Q&A)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.wendayi.cn/q/3318472.html",
        title="热熔装订机装出来的书脊总是起泡，是什么原因？",
        record_title=None,
        date=None,
        notes="Q&A page, no record title (the question); adopted-answer badge, vote row, more answers; a "
        "numbered list in the answer; an answer time of 3 天前 is no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>问答驿 - 有问题，驿站见</title></head>
<body>
<div class="wd-head">⟦m 问答驿⟧ <a>⟦a 我要提问⟧</a> <a>⟦a 登录⟧</a></div>
<div class="wd-cat">⟦m 问答驿 › 数码办公 › 办公设备⟧</div>
<div class="wd-q"><h1>{T}</h1>
<p class="wd-qinfo">⟦m 提问者：纸短情长y　｜　浏览 2046 次⟧</p></div>
<div class="wd-best"><span class="badge">⟦m ✔ 提问者采纳⟧</span>
<p class="who">⟦m 打印店老蒋　回答于 3 天前　｜　擅长：办公设备⟧</p>
{BODY}
<div class="vote">⟦l 有用 128　无用 3　评论 6⟧</div></div>
<div class="wd-other"><h3>⟦l 其他 4 条回答⟧</h3><p>⟦l 胶条问题，换个牌子就好了⟧</p><p>⟦l 纸太厚了吧，分两次装⟧</p></div>
<div class="wd-foot">⟦d 问答驿内容均来自网友，仅供参考，请谨慎采纳⟧</div>
</body></html>
""",
        body="""
这个问题我在打印店遇到过很多次，一般有三个原因，可以逐一排查：
1.预热不够。热熔胶条需要加热到规定温度才能完全熔化，很多人看到指示灯一亮就放书，其实机器还没热透。建议开机后等3到5分钟再装。
2.胶条受潮或过期。放久了的胶条遇热容易起泡，换一盒新的试试。
3.纸张太光滑。铜版纸表面光滑，胶不容易渗进去，可以先把书脊一侧用砂纸轻轻打毛。
另外，装好后不要马上翻开，放在冷却架上压两三分钟，等胶完全凝固再拿。
希望对你有帮助。
""",
    ),
    dict(
        slug="qa-zhiliao-fax-contract-validity",
        site="知了问答 (invented Q&A)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://zhiliao-wenda.com/question/770215",
        title="通过传真机发来的合同，有法律效力吗？",
        record_title="通过传真机发来的合同，有法律效力吗？⋄ 法律咨询 ⋄ 知了问答",
        date=None,
        notes="Q&A as text: question line, answerer line with a relative time, vote row, more answers; the "
        "answer has no date; decorated record title",
        page="""
!m 知了问答 · 法律咨询
!t 通过传真机发来的合同，有法律效力吗？
!m 悬赏 20 知了币　·　4 个回答　·　被浏览 3,108
!m 最佳答案　执业律师 闵清扬　·　2 天前回答
{BODY}
!l 赞同 96　·　反对　·　收藏　·　举报
!l 查看其余 3 个回答 ›
!d 以上回答仅为个人观点，不构成正式法律意见
""",
        body="""
有效，但要注意留存证据。
根据民法典的规定，书面形式是指合同书、信件、电报、电传、传真等可以有形地表现所载内容的形式。也就是说，以传真方式订立的合同属于书面合同，双方意思表示真实、内容合法的，合同成立并生效。
不过传真件容易出现字迹褪色、签名不清等问题。实践中建议做到三点：一是及时复印或扫描传真件，防止热敏纸褪色；二是事后要求对方寄送加盖公章的原件；三是保留传真发送报告和通话记录，证明传真的来源和时间。
如果对方事后否认传真内容，这些材料都能作为证据使用。
""",
    ),
    dict(
        slug="wiki-bowen-entry-sash-h1-missing",
        site="博闻百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://baike.bowen-wiki.cn/item/绶带/20417",
        title="绶带",
        record_title=None,
        date=None,
        notes="encyclopaedia: edit/discuss/history tabs, infobox, contents box, reference markers; no record "
        "title (the <h1>, a one-word title that is also in the body: matched as head); an edit-section link "
        "and a reference marker glued after sentences; no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>博闻百科 - 人人可编的知识库</title></head>
<body>
<div class="bk-top">⟦m 博闻百科⟧ <form><input><button>⟦a 进入词条⟧</button></form></div>
<div class="bk-tabs">⟦a 编辑词条　讨论　历史版本⟧</div>
<h1>{T}</h1>
<div class="bk-sub">⟦m 表示荣誉或身份的礼仪佩带⟧</div>
<table class="bk-info">
<tr><td>⟦m 中文名：绶带⟧</td><td>⟦m 外文名：sash⟧</td></tr>
<tr><td>⟦m 常见材质：丝绸、缎面⟧</td><td>⟦m 佩戴方式：左肩斜挎至右腰⟧</td></tr>
</table>
<div class="bk-toc">⟦l 目录　1 释义　2 历史沿革　3 现代用途　4 保养⟧</div>
<div class="bk-body">
{BODY}
</div>
<div class="bk-ref"><h3>⟦l 参考资料⟧</h3><p>⟦l [1] 礼仪用品常识读本．灊城：溳水出版社，2019⟧</p></div>
<div class="bk-foot">⟦m 本词条由“礼仪研究员”等 7 位用户编辑　浏览 5,362 次⟧</div>
</body></html>
""",
        body="""
绶带，是一种斜挎于肩部、用于表示身份或荣誉的带状饰物，多用丝绸、缎面等材料制成。
古代的“绶”原指系在官印上的丝带，不同颜色和长度代表不同的官阶，后世逐渐演变为礼仪佩饰。⟦l [1]⟧
现代绶带常见于表彰大会、庆典、礼宾等场合，一般宽10至12厘米，长约170厘米，带面印有“优秀教师”“劳动模范”等字样。佩戴时通常由左肩斜挎至右侧腰部，两端在腰侧相接。⟦a [编辑本段]⟧
绶带应平整存放，避免折压。缎面绶带宜冷水手洗，低温熨烫，不宜暴晒。
""",
    ),
    dict(
        slug="wiki-bowen-entry-school-badge-text",
        site="博闻百科 (invented encyclopaedia, text)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="https://baike.bowen-wiki.cn/item/校徽/18833",
        title="校徽",
        record_title="校徽（学校标识）⊹ 博闻百科",
        date=None,
        notes="encyclopaedia as text: entry name with a gloss in the record title, tabs, infobox lines, "
        "contents line; the one-word title also opens the body (matched as head); an update stamp is no date",
        page="""
!m 博闻百科 > 文化 > 教育
!a 编辑　|　讨论　|　历史
{T}
!m （学校标识）
!m 所属类别：教育用品　　最近更新：半年前
!l 目录：1 定义　2 沿革　3 种类　4 纪念校徽
{BODY}
!l 词条标签：学校　徽章　校园文化
!m 博闻百科 © 2025　内容采用知识共享署名协议
""",
        body="""
校徽，是学校的标志，通常以图案、文字和色彩表现学校的名称、历史和办学理念，用于佩戴、印刷和宣传。
我国近代学校兴起后，校徽开始普遍使用。早期校徽多为金属制长方形徽章，有的学校以白底红字者为教师佩戴，红底白字者为学生佩戴。
常见的佩戴式校徽有别针式、螺丝式和磁吸式等。为防止扎伤，不少小学已改用背胶式或磁吸式校徽。
一些学校为庆祝校庆或纪念重大事件，还会发行纪念校徽，这类校徽往往成为校友和收藏者收藏的对象。
""",
    ),
]

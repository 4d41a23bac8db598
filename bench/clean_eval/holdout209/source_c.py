"""holdout209, part C: 问答社区, 个人文集, 党建网, 医院官网, 高校官网. Invented text, written by hand."""

CASES = [
    dict(
        slug="qa-wendianha-breadmaker-collapse-question-title",
        site="问点啥 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.wendianha.com/q/60218834",
        title="面包机做的面包为什么总是塌顶？",
        record_title=None,
        date=None,
        notes="Q&A: no record title, the question is the title; accepted-answer badge, vote row, other answers; "
        "the answer's numbered list; relative answer time is no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>问点啥 - 有问题，问点啥</title></head>
<body>
<div class="header">⟦m 问点啥⟧ <input placeholder="搜你想问的"> <a href="/ask">⟦a 我要提问⟧</a> <a href="/login">⟦a 登录⟧</a></div>
<div class="crumbs">⟦m 问点啥 › 美食烹饪 › 烘焙⟧</div>
<div class="question"><h1>{T}</h1>
<p class="q-meta">⟦m 提问者：豆沙包不包豆沙　┊　浏览 4126 次⟧</p></div>
<div class="answer best">
<div class="badge">⟦m ✔ 提问者认可的回答⟧</div>
<div class="answerer">⟦m 烘焙老宋 · 西点师 · 回答于 3 天前⟧</div>
<div class="answer-text">
{BODY}
</div>
<div class="votes">⟦a 有用 86　没用 3　┊　评论 5⟧</div>
</div>
<div class="others"><h3>⟦l 还有 4 条回答⟧</h3>
<p>⟦l 糖放多了也会塌，少放点试试⟧</p>
<p>⟦l 换高筋面粉，普通面粉筋度不够⟧</p></div>
<div class="related"><h3>⟦l 大家还在问⟧</h3><p>⟦l 面包机和面要多久？⟧</p><p>⟦l 面包机做出来的面包很硬怎么办？⟧</p></div>
<div class="footer">⟦d 回答内容均由网友提供，仅供参考，不构成专业建议⟧　⟦m 问点啥 © 2025⟧</div>
</body></html>
""",
        body="""
面包塌顶，多半是发酵过头了，可以从这几个方面查一查：
1.酵母放多了。一般500克面粉用5克左右酵母就够，天热还要再减一点。
2.水放多了。面团太湿，撑不住自己的重量，烤的时候就会往下塌。可以先少放10毫升水，看面团状态再补。
3.糖和盐的位置不对。酵母碰到盐会失去活力，碰到糖又发得太猛，放料时三样要分开。
4.中途开盖。烘烤阶段一开盖，热气跑掉，顶部马上回缩。
另外，夏天可以选“快速面包”程序，缩短发酵时间。按这几点调整，基本就不会塌了。⟦m 本回答被网友推荐⟧
""",
    ),
    dict(
        slug="qa-dayifang-footbath-water-temperature",
        site="答疑坊 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://dayifang.cn/question/318804",
        title="足浴盆泡脚水温多少合适？泡多久？",
        record_title="【已解决】足浴盆泡脚水温多少合适？泡多久？_答疑坊",
        date=None,
        notes="Q&A text: decorated question as title; a doctor's answer; an expand link glued after a sentence, "
        "a consult ad line between paragraphs; no date",
        page="""
!m 答疑坊　|　生活百事问答疑
!m 答疑坊 > 健康养生 > 中医保健
{T}
!m 3人关注该问题　┊　被浏览 2,731 次
!m 康复科 钟医生　┊　三甲医院康复科主治医师　┊　1 天前
{BODY}
!a 👍 赞同 57　┊　💬 12 条评论　┊　⭐ 收藏
!l 更多回答（6）
!l 艾草泡脚：我一般泡半小时，也没觉得不舒服
!d 答疑坊内容仅代表回答者个人观点，身体不适请及时就医
""",
        body="""
作为康复科医生，简单说几点：
水温以38到42摄氏度为宜，用手背试一下，温热不烫就可以。老年人和糖尿病患者脚部感觉迟钝，一定要先用温度计或手肘试温，不能只凭脚的感觉。
时间以15到20分钟为宜，泡到后背微微出汗就够了，时间太长反而容易头晕、心慌。⟦a 展开阅读全部⟧
⟦w 想一对一问医生？添加答疑坊健康顾问微信 dyf_jk66⟧
饭后半小时内不宜泡，睡前一小时泡最好。
脚上有破口、足癣正在发作或者下肢静脉曲张比较严重的，最好先不要用足浴盆。
足浴盆的按摩、加热功能只是让泡脚更舒服，不能代替治疗，别信“泡脚降血压”之类的宣传。
""",
    ),
    dict(
        slug="collection-libian-memoir-first-electric-clipper-gb2312",
        site="篱边集 (invented personal collection, old gb2312 layout)",
        style="个人文集",
        genre="回忆散文",
        kind="other",
        form="html",
        source="http://www.libianji.cn/wenji/juan3/031.htm",
        title="剃头铺里的第一把电推子",
        record_title="剃头铺里的第一把电推子（篱边集·第三十一篇）",
        date=None,
        notes="old table layout of a retired man's collection: 繁體 link, chapter links, read counter, author's "
        "mailbox; a 写于 line with only a season (no date)",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>剃头铺里的第一把电推子（篱边集·第三十一篇）</title></head>
<body bgcolor="#F7F3E8">
<table width="780" align="center" border="0"><tr>
<td>⟦m 篱边集 —— 一个篦溪老人的闲话⟧</td><td align="right"><a href="/big5/">⟦a 轉繁體⟧</a></td></tr></table>
<table width="780" align="center" border="0"><tr><td>⟦m 卷一 童年 ｜ 卷二 插队 ｜ 卷三 老街 ｜ 卷四 杂感⟧</td></tr></table>
<table width="780" align="center" border="0"><tr><td>
<h2 align="center">{T}</h2>
<p align="center">⟦m 文 / 篦溪 闻石 ｜ 本篇已读 842 次⟧</p>
{BODY}
<p align="right">一九九八年冬，记于篦溪老屋</p>
<p>⟦l ◁ 上篇：老街上的铁匠铺⟧　⟦l 下篇：供销社的玻璃柜台 ▷⟧　⟦l 回卷三目录⟧</p>
</td></tr></table>
<table width="780" align="center"><tr><td align="center">
⟦m 来信请寄：wenshi_bixi@163.com⟧<br>⟦d 本集文字为作者原创，转载请先来信⟧<br>⟦m 您是第 061520 位来访者⟧
</td></tr></table>
</body></html>
""",
        p_html="<p>　　{}</p>",
        body="""
一九八二年夏天，篦溪街上的国营理发店买回了第一把电推子。消息传开，来看热闹的人比来理发的还多。
那把推子是上海产的，枣红色胶木外壳，插上电嗡嗡直响。店里的老师傅起先都不敢用，怕电着顾客，只有刚从县里学艺回来的小周师傅敢上手。他给我剃的头，推子过处头皮一阵发麻，痒得我直缩脖子。
后来电推子越来越多，手推子慢慢退进了抽屉。再后来，国营理发店关了门，小周师傅自己开了店，一干就是三十年。
前年回篦溪，我又去他店里剃了一次头。他的手有些抖了，推子却拿得稳，还是当年那个节奏。
""",
    ),
    dict(
        slug="collection-qiuhe-essay-mothers-juicer-oneline",
        site="秋禾文存 (invented personal collection)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="https://qiuhewencun.com/sanwen/mother-juicer.html",
        title="母亲的榨汁机",
        record_title="【散文】母亲的榨汁机 ◇ 秋禾文存",
        date=None,
        notes="essay with the whole body on one line (paragraphs apart only by their indent); collection chrome; no date",
        page="""
!m 秋禾文存　·　散文　随笔　诗词
!m 位置：文存首页 ＞ 散文
{T}
!m 秋禾　┊　字数 412　┊　阅读 976
{BODY}
!l 本辑目录：父亲的自行车 ┊ 母亲的榨汁机 ┊ 外婆的针线盒
!a 喜欢这篇？点个小红心 ❤
!d 秋禾文存所有文字版权归作者所有，未经同意请勿转载
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
母亲七十岁那年，我给她买了一台榨汁机，想让她每天早上喝一杯果汁。
头一个月，那台榨汁机一直躺在纸箱里。母亲说，苹果直接啃着吃多好，打成汁还要洗杯子，费事。
后来她牙口不好了，硬苹果啃不动，才把榨汁机请了出来。她不看说明书，自己琢磨出了门道：苹果切小块，加半根胡萝卜，再兑一点温开水，打出来的汁不凉胃。
去年冬天母亲住院，护士说要多补充维生素。我每天在家榨好一杯带去，她喝一口就说，还是家里那台机器打的好喝。
如今榨汁机还放在她的灶台上，我回家时常拿出来用，打的还是苹果加胡萝卜。
""",
    ),
    dict(
        slug="dangjian-bixi-summary-silver-haircut-table",
        site="篦溪党建网 (invented Party-building portal)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://www.bixidj.gov.cn/jcdj/zbfc/202512/t20251208_9921.html",
        title="棰湾社区党支部“银发理发”志愿服务工作总结",
        record_title="【支部亮点】棰湾社区党支部“银发理发”志愿服务工作总结 - 篦溪党建网",
        date="2025-12-05",
        date_also=["2025-12-08"],
        notes="Party portal: study-points prompt, read-on-phone QR line, share bar; a quarterly table one row a "
        "paragraph; the portal's date differs from the 成文日期",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【支部亮点】棰湾社区党支部“银发理发”志愿服务工作总结 - 篦溪党建网</title>
<script src="/res/js/djw.js"></script></head>
<body>
<div class="dj-top">⟦m 中共篦溪县委组织部主办⟧ ⟦a 无障碍浏览辅助⟧</div>
<div class="dj-logo">⟦m 篦溪党建网⟧</div>
<div class="dj-nav">⟦m 首页 ┃ 党建要闻 ┃ 基层党建 ┃ 支部风采 ┃ 党员教育 ┃ 人才工作⟧</div>
<div class="dj-loc">⟦m 您的位置：首页 ＞ 基层党建 ＞ 支部风采⟧</div>
<div class="dj-art">
<h1>{T}</h1>
<div class="dj-info">⟦m 发布时间：2025-12-08　┊　来源：敔坪镇党委　┊　字号：大 中 小⟧</div>
{BODY}
</div>
<div class="dj-points">⟦a 登录党员学习平台阅读本文，可累计学习积分1分⟧</div>
<div class="dj-qr">⟦a 用手机扫一扫，把这篇文章带回家⟧</div>
<div class="dj-share">⟦l 分享：微信 ┃ 微博 ┃ 学习强国号⟧</div>
<div class="dj-foot">⟦m 中共篦溪县委组织部　地址：篦溪县人民路1号　电话：0739-6223300⟧<br>⟦m 湘ICP备13006204号⟧</div>
</body></html>
""",
        body="""
今年以来，敔坪镇棰湾社区党支部组建“银发理发”党员志愿服务队，购置充电推子8把、消毒箱2个，每月为辖区老人上门理发。现将全年工作总结如下。
一、服务开展情况
全年开展集中理发12次，入户理发41次，服务老人累计523人次。各季度情况如下：
季度　集中服务　入户服务　服务人次
第一季度　3次　9次　118
第二季度　3次　11次　136
第三季度　3次　10次　127
第四季度　3次　11次　142
二、主要做法
坚持一人一巾一消毒，每位老人理发后推子刀头都用酒精擦拭；对卧床老人，由志愿者和家属配合在床上完成理发。
三、明年打算
明年将联合镇卫生院，在理发的同时为老人量血压、测血糖。
中共棰湾社区支部委员会
2025年12月5日
""",
    ),
    dict(
        slug="dangjian-paoshan-host-script-warm-feet-double-ninth",
        site="匏山先锋网 (invented Party-building portal)",
        style="党建网",
        genre="主持词",
        kind="speech",
        form="text",
        source="https://www.paoshanxf.cn/dyjy/hdzc/4471.html",
        title="“银发暖足”重阳关爱活动主持词",
        record_title="〔活动串词〕“银发暖足”重阳关爱活动主持词 - 匏山先锋网",
        date=None,
        notes="a host script with no date; Party portal text chrome with a study-points line glued after a "
        "sentence and a print/close row",
        page="""
!m 匏山先锋网
!m 首页 / 党员教育 / 活动指南
{T}
!m 来源：县直机关工委　┊　点击：1540
{BODY}
!a 打印　┊　关闭
!l 相关链接：机关党员进敬老院志愿服务方案 ┊ 重阳节慰问活动简报
!m 主办：中共匏山县委组织部　技术支持：匏山县大数据中心
""",
        indent="\u3000\u3000",
        body="""
尊敬的各位老人，各位党员志愿者：
大家上午好！九九重阳，情暖夕阳。欢迎大家来到匏山县直机关党员“银发暖足”重阳关爱活动现场。
今天的活动共有三项议程。首先，请县委组织部副部长蒙立华同志致辞。
感谢蒙部长的致辞。下面进行第二项议程，为县敬老院的老人赠送足浴盆。请党员代表上台，为老人们送上重阳礼物。⟦a 党员登录后阅读满3分钟可得学习积分⟧
第三项议程，党员志愿者为老人们泡脚、修剪指甲、测量血压。请志愿者按照分组，到各自的服务点位。
各位老人，各位同志，敬老爱老是中华民族的传统美德。让我们把今天的关爱延续到平时，常去敬老院走走看看。活动到此结束，谢谢大家！
""",
    ),
    dict(
        slug="hospital-zhoucheng-no2-rules-clipper-skin-prep",
        site="甃城市第二人民医院 (invented hospital site)",
        style="医院官网",
        genre="制度",
        kind="other",
        form="html",
        source="https://www.zcey.com.cn/hlb/zd/2025/0307.html",
        title="手术前备皮操作规程",
        record_title="〖制度汇编〗手术前备皮操作规程 - 护理部 | 甃城二院",
        date=None,
        notes="hospital site: booking float, a 24-hour line and switchboard; rules with 第N条 (one speaks of 打印 as "
        "content); effective 'from issue' is no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〖制度汇编〗手术前备皮操作规程 - 护理部 | 甃城二院</title>
<script src="/assets/js/site.js"></script></head>
<body>
<div class="hd">⟦m 甃城市第二人民医院⟧ ⟦m 三级综合医院⟧ <a href="/guide">⟦m 就医指南⟧</a> <a href="/dept">⟦m 科室导航⟧</a></div>
<div class="bread">⟦m 首页 ＞ 护理园地 ＞ 护理制度⟧</div>
<div class="art">
<h1>{T}</h1>
<div class="art-info">⟦m 作者：护理部　┊　浏览次数：1022⟧</div>
{BODY}
</div>
<div class="float-booking">⟦a 在线预约挂号⟧<br>⟦a 报告单查询⟧</div>
<div class="ft">
⟦m 急诊电话（24小时）：0743-8326120⟧　⟦m 医院总机：0743-8326000⟧<br>
⟦m 地址：甃城市健康路128号⟧　⟦m 湘ICP备15022019号⟧
</div>
</body></html>
""",
        body="""
第一条　为降低手术部位感染风险，规范术前备皮操作，制定本规程。
第二条　术前备皮原则上不去除毛发；毛发确实影响手术操作的，应使用医用电动推剪剪短，禁止使用刀片剃毛。
第三条　剪毛应在术前两小时内，于手术室准备间或病房处置室进行，不得提前一天剪除。
第四条　电动推剪刀头实行一人一换，用过的刀头放入锐器盒；推剪手柄每次使用后用含醇消毒湿巾擦拭。
第五条　备皮完成后，由责任护士在电子病历中填写备皮记录，打印后交手术室护士核对签字。
第六条　本规程由护理部负责解释，自发布之日起执行。
""",
    ),
    dict(
        slug="hospital-pochuan-tcm-diabetes-footbath-record-date",
        site="笸川县中医院 (invented hospital site)",
        style="医院官网",
        genre="科普文章",
        kind="other",
        form="text",
        source="https://www.pczyy.cn/jkkp/20251118/702.html",
        title="糖尿病人用足浴盆泡脚，这几点要当心",
        record_date="2025-11-18",
        date="2025-11-18",
        notes="the record gives the title as is and the date (also the page's 发布时间); the clinic's own consult phone stays in the body "
        "next to the hospital's 24-hour line",
        page="""
!m 笸川县中医院　|　二级甲等中医医院
!m 首页 > 健康科普 > 慢病管理
{T}
!m 发布时间：2025-11-18　┊　来源：内分泌科　┊　阅读：736
{BODY}
!m 医院总值班电话（24小时）：0744-5210120
!a 网上预约挂号请搜索“笸川县中医院”小程序
!l 上一篇：冬季进补，这几类人要慎重
!l 下一篇：膏方门诊开诊时间公告
!m 笸川县中医院版权所有　湘ICP备16009182号
""",
        body="""
入冬后，不少患者喜欢用足浴盆泡脚驱寒。内分泌科提醒，糖尿病患者泡脚要格外小心。
糖尿病患者常合并周围神经病变，脚对冷热不敏感，皮肤已经烫伤了，自己却感觉不到。我科去年收治的糖尿病足患者中，有6人是泡脚烫伤后引起的。
一是水温不超过37摄氏度，要用水温计测量，或请家人用手肘试温；二是时间控制在10分钟以内；三是不要使用足浴盆的加热和按摩功能；四是泡完用浅色毛巾擦干，尤其是脚趾缝，并检查有无水疱、破口。
一旦发现脚上有破损，请及时到医院就诊，不要自行挑破水疱。
内分泌科门诊咨询电话：0744-5213309
""",
    ),
    dict(
        slug="university-doujiang-news-quiet-juicer-h1",
        site="篼江理工学院 (invented university site)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.djit.edu.cn/info/1021/16688.htm",
        title="机械学院学生团队研制低噪声榨汁机获省创新大赛一等奖",
        record_title=None,
        date="2025-05-27",
        notes="university news: no record title (the h1 holds it); byline date; a writer/reviewer line glued after "
        "the last paragraph; 3D 打印 is content",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>学院新闻-篼江理工学院新闻网</title></head>
<body>
<div class="top">⟦m 篼江理工学院新闻网⟧ <a href="https://www.djit.edu.cn">⟦m 学校首页⟧</a></div>
<div class="nav">⟦m 首页　综合新闻　学院新闻　媒体理工　校园人物　图说理工⟧</div>
<div class="pos">⟦m 当前位置：首页 » 学院新闻 » 正文⟧</div>
<div class="content">
<h1>{T}</h1>
<div class="info">⟦m 发布时间：2025-05-27　作者：机械工程学院　点击数：⟧</div>
{BODY}
</div>
<div class="prevnext">⟦l 上一条：我校举办第五届大学生职业规划大赛⟧<br>⟦l 下一条：图书馆开展“读书月”系列活动⟧</div>
<div class="foot">⟦m 篼江理工学院党委宣传部　地址：篼江市学院路9号⟧<br>⟦m 新闻投稿邮箱：xwzx@djit.edu.cn⟧</div>
</body></html>
""",
        body="""
5月24日，第十一届省大学生机械创新设计大赛决赛落幕，我校机械工程学院“静音榨”团队研制的低噪声榨汁机获得一等奖。
家用榨汁机工作时噪声普遍在80分贝以上，清晨使用常常吵醒家人。团队在指导教师岳松林带领下，从电机减振和刀组流道两方面入手，设计了悬浮式电机座和三叶螺旋刀组，样机工作噪声降到62分贝，出汁率还提高了8%。
团队负责人、2022级学生颜可欣说，样机前后改了十一版，光是刀组就用3D打印机打了四十多个。
目前，该项目已申请实用新型专利两项，并与铫口镇一家小家电企业达成合作意向。⟦m （撰稿：蒲晴　审核：岳松林）⟧
""",
    ),
    dict(
        slug="university-zhoucheng-vc-clinic-notice-toothbrush-schedule",
        site="甃城职业技术学院 (invented college site)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://xyy.zcvtc.edu.cn/tzgg/2025/0916/388.html",
        title="关于2025级新生口腔健康检查及电动牙刷领取安排的通知",
        record_title="校医院｜关于2025级新生口腔健康检查及电动牙刷领取安排的通知 · 甃城职院",
        date="2025-09-16",
        notes="college clinic notice: a schedule table one row a paragraph; the clinic's own phone in the body; "
        "college chrome around",
        page="""
!m 甃城职业技术学院 · 校医院
!m 首页　机构设置　健康教育　通知公告　就诊须知
!m 您现在的位置：首页 >> 通知公告
{T}
!m 编辑：校医院办公室　┊　浏览：2206
{BODY}
!l 附近文章：关于开展秋季传染病防控知识讲座的通知 ┊ 校医院门诊时间调整
!m 甃城职业技术学院　版权所有　湘ICP备08004511号-2
""",
        indent="\u3000\u3000",
        body="""
各二级学院：
为做好新生健康管理，校医院联合甃城市口腔医院，为2025级新生开展免费口腔健康检查，并向每位参检新生发放爱心企业捐赠的电动牙刷一支。具体安排如下：
日期　学院　地点
9月22日　机电工程学院、信息工程学院　校医院二楼
9月23日　财经商贸学院、护理学院　校医院二楼
9月24日　建筑工程学院、艺术设计学院　校医院二楼
请新生携带学生证，检查后凭检查单到一楼药房领取牙刷。未能按时参检的同学，请于9月26日前联系校医院补检。
联系电话：0743-8560120（校医院办公室）
甃城职业技术学院校医院
2025年9月16日
""",
    ),
]

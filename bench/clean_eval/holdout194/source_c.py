"""holdout194, part C: 问答社区, 个人文集, 党建网, 医院官网, 高校官网 (one HTML, one text each).

Invented text, sites, places and people. See ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="qa-wenduoduo-leash-retractable-best-answer",
        site="问多多 (invented Q&A)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.wenduoduo.cn/q/7720315.html",
        title="遛狗用伸缩牵引绳好还是固定长度的牵引绳好？",
        record_title=None,
        date=None,
        notes="Q&A page: no record title, the question in the <h1> is the title; a best-answer badge, a vote row and 'more answers'; 回答于 3 天前 is no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>问多多 - 有问题，就问多多</title></head>
<body>
<div class="header">⟦m 问多多⟧ <span>⟦m 有问题，就问多多⟧</span> ⟦a 我要提问⟧ ⟦a 登录⟧</div>
<div class="crumb">⟦m 问多多 &gt; 宠物 &gt; 狗狗⟧</div>
<div class="question"><h1>{T}</h1>
<div class="q-info">⟦m 提问者：柚子不酸　｜　浏览 4,310 次　｜　2 个回答⟧</div>
<div class="q-desc">⟦m 家里是五岁的金毛，平时早晚在小区里遛，想换根绳子⟧</div></div>
<div class="answer best">
<div class="badge">⟦m 被采纳的回答⟧</div>
<div class="a-user">⟦m 宠医小林　执业兽医　回答于 3 天前⟧</div>
<div class="a-body">
{BODY}
</div>
<div class="a-vote">⟦a 有用 286　没用 4　评论 17　分享⟧</div>
</div>
<div class="more">⟦l 查看其他 1 个回答 ∨⟧</div>
<div class="side"><h4>⟦l 相关问题⟧</h4><ul><li>⟦l 狗狗暴冲用什么牵引绳？⟧</li><li>⟦l 胸背带和项圈哪个对狗好？⟧</li></ul></div>
<div class="foot">⟦d 回答内容仅供参考，不构成诊疗建议。⟧ ⟦m ©2025 问多多　粤ICP备18077234号⟧</div>
</body></html>
""",
        body="""
金毛体型大、力气足，在小区里遛，我建议用固定长度的牵引绳，1.2到1.5米就够了。
伸缩牵引绳看着方便，其实有三个毛病：一是放出去容易、收回来慢，狗突然冲向路人或者车辆时，人很难及时控制；二是细绳在拉紧时像刀片一样，缠到腿上、手指上容易划伤；三是大型犬拉力大，按键和卡扣用久了可能失灵。
如果想让狗在空旷的草地上多跑一跑，可以另备一根5米左右的长训练绳，只在人少的地方使用。
另外，金毛建议配胸背带，不要直接扣在项圈上，减少对气管的压迫。
""",
    ),
    dict(
        slug="qa-baishitong-screwdriver-slip-answer-list",
        site="百事通问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://ask.baishitong.example.com/question/5512093",
        title="螺丝刀拧螺丝总是打滑是什么原因？",
        date=None,
        notes="title as in the record (a question); answer with a numbered list; 回答时间 昨天 is no date; vote, comment and 'more answers' rows; an app prompt at the bottom",
        page="""
!m 百事通问答 — 生活百科 家居维修
!m 首页 › 家居 › 家电维修
{T}
!m 2人关注　　被浏览 978 次
!a 写回答　　关注问题　　邀请回答
!m 采纳答案
!m 装修师傅老魏　　回答时间：昨天 21:14
{BODY}
!a 赞同 93　　反对　　评论 6　　收藏
!l 更多回答（3）
!a 下载百事通App，提问秒回复
""",
        body="""
螺丝刀打滑，俗称“滑丝”“溜口”，一般有下面几个原因：
1. 刀头型号不对。十字螺丝有PH1、PH2等大小，用小号刀头拧大螺丝最容易打滑。
2. 刀头磨损了。刀头的棱角磨圆以后咬不住螺丝槽，该换就换。
3. 用力方向不对。拧的时候要先往下压，再转动，压力不够光转就会打滑。
4. 螺丝本身质量差。有些便宜的螺丝槽口浅、材质软，拧几下就花了。
实在拧不动的，可以在刀头和螺丝之间垫一小块橡皮筋再拧，能多一些摩擦力。
""",
    ),
    dict(
        slug="anthology-yaoguibian-pillbox-essay-chapters",
        site="药柜边的日子 (invented personal collection)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="html",
        source="http://yaoguibian.example.cn/works/essay11.html",
        title="母亲的七格药盒",
        record_title="《药柜边的日子》第十一篇｜母亲的七格药盒",
        date=None,
        notes="a retired pharmacist's personal site: chapter links, a visit counter and a run-time line; an essay dated only by season and year (写于2024年冬) has no date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>《药柜边的日子》第十一篇｜母亲的七格药盒</title></head>
<body bgcolor="#f6f1e7">
<table width="780" align="center"><tr><td>
<div class="head">⟦m 药柜边的日子 —— 一位老药剂师的文字⟧</div>
<div class="menu">⟦m 首页 ｜ 文集目录 ｜ 读者留言 ｜ 作者简介⟧</div>
<div class="chap">⟦m 《药柜边的日子》第十一篇⟧</div>
<h3 align="center">{T}</h3>
<div class="au">⟦m 作者：龚秀芝　字数：约600　本文阅读：388次⟧</div>
{BODY}
<div class="pn">⟦l ← 第十篇：夜班药房的灯⟧　⟦l 目录⟧　⟦l 第十二篇：一张手写的处方 →⟧</div>
<div class="msg">⟦a 给作者留言⟧</div>
<div class="cnt">⟦m 本站已运行 3126 天　总访问 85,227 人次⟧</div>
<div class="cr">⟦d 文章版权归作者所有，转载请与作者联系。⟧</div>
</td></tr></table>
</body></html>
""",
        body="""
母亲八十岁那年，医生给她开了五种药。早上两种，中午一种，晚上两种，她总记不清。
我在药房干了一辈子，知道老人漏服、重服的事情最常见，就给她买了一个七格的药盒，每一格上写着星期几，分早、中、晚三层。
每个星期天晚上，我坐在母亲床边，把下周的药一粒一粒分进去。母亲就在旁边看着，说我分药的样子，和我小时候数她给的压岁钱一模一样。
后来母亲走了，那个药盒我一直留着。盒盖上她用圆珠笔写的“周三别忘了降压药”，字迹已经淡了。
现在，我常去社区给老人们讲怎么用药盒。讲着讲着，总会想起那个星期天的晚上。
写于2024年冬
""",
    ),
    dict(
        slug="anthology-jiangan-lifejacket-memoir-oneline",
        site="江岸拾遗 (invented personal collection)",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="text",
        source="https://jianganshiyi.example.org/chapter/27",
        title="父亲的那件旧救生衣",
        record_title="父亲的那件旧救生衣 ·《江岸拾遗》卷二",
        date=None,
        notes="a memoir with its whole body on one line (paragraphs apart only by their indent); chapter navigation and a word count; no date",
        page="""
!m 江岸拾遗 · 个人文集
!m 卷二　渡口旧事
{T}
!m 作者：渡生　　字数：512　　阅读：247
{BODY}
!l 【上一章】渡口的石阶　　【目录】　　【下一章】最后一班渡船
!a 加入书架　　推荐本书　　打赏作者
!d 本文集内容为作者原创，未经授权请勿转载。
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
父亲在瓿江边摆了二十多年渡船，船舱角落里一直挂着一件橘红色的救生衣，颜色早就褪成了浅粉。
小时候我问他，为什么从不见他自己穿。父亲说，那件是留给客人的，船上只要有一个孩子，他就先把救生衣套在孩子身上。
有一年涨大水，一个放学的小姑娘在跳板上滑了一跤，掉进了江里。父亲把救生衣扔过去，自己也跳了下去，两个人抱着那件救生衣漂了半里地才靠岸。
后来渡口修了桥，渡船停了。父亲把那件救生衣叠好，放在了家里的柜子顶上，一直到他去世，都没舍得扔。
""",
    ),
    dict(
        slug="dangjian-ouhu-party-ferry-lifejacket-news",
        site="罂湖党建网 (invented)",
        style="党建网",
        genre="新闻",
        kind="news",
        form="html",
        source="http://www.ouhudj.gov.cn/xfzl/2025/0703/22187.html",
        title="党员护渡队：汛期渡口上的“橙色哨兵”",
        record_title="【红色渡口】党员护渡队：汛期渡口上的“橙色哨兵” - 罂湖党建网",
        date="2025-07-03",
        notes="Party-building portal with a study-points prompt and a read-on-phone QR line; 发布时间 as the date; a photo caption between paragraphs; the body's own '扫码' sentence about a WeChat group stays",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【红色渡口】党员护渡队：汛期渡口上的“橙色哨兵” - 罂湖党建网</title></head>
<body>
<div class="dj-top">⟦m 罂湖党建网　中共罂湖县委组织部主办⟧ ⟦a 登录学习账号⟧</div>
<div class="dj-nav">⟦m 首页 · 党建要闻 · 先锋榜样 · 基层动态 · 党员教育 · 组工信息⟧</div>
<div class="dj-loc">⟦m 位置：首页 ＞ 先锋榜样⟧</div>
<h1>{T}</h1>
<div class="dj-info">⟦m 发布时间：2025-07-03　来源：豇塘镇党委　作者：柯文⟧</div>
<div class="dj-score">⟦a 认真阅读本文满3分钟可获得1个学习积分⟧</div>
<div class="dj-body">
{BODY}
</div>
<div class="dj-qr">⟦a 扫一扫　在手机上阅读本文⟧</div>
<div class="dj-list"><h4>⟦l 先锋榜样 · 更多⟧</h4><p>⟦l 夜查堤坝的“老支书”⟧</p><p>⟦l 村医党员的一天⟧</p></div>
<div class="dj-ft">⟦m 中共罂湖县委组织部　联系电话：0735-4412206⟧<br>⟦m 湘ICP备12037765号⟧</div>
</body></html>
""",
        body="""
入汛以来，豇塘镇3个渡口上多了一群身穿橙色马甲的身影。他们是镇里组建的党员护渡队，每天早晚两个乘船高峰，都会准时出现在渡口。
护渡队员的第一件事，是帮上船的乘客穿好救生衣。“扣子扣好，带子拉紧，小孩子的救生衣要选小号的。”队员彭建华一边示范一边叮嘱。
⟦m 图为党员护渡队员帮助学生穿戴救生衣。⟧
遇到不愿意穿的乘客，队员们就耐心讲道理，直到对方穿好为止。护渡队还在渡口张贴了二维码，乘客扫码即可加入“渡口天气群”，及时了解停航信息。
据统计，入汛以来，护渡队共开展值守86班次，劝导乘客穿戴救生衣1.1万人次，渡口未发生一起安全事故。
""",
    ),
    dict(
        slug="dangjian-xianfeng-pillbox-volunteer-summary",
        site="先锋耘川 (invented Party-building site)",
        style="党建网",
        genre="活动总结",
        kind="summary",
        form="text",
        source="http://xf.yunchuan.gov.cn/jcdt/20251028/1107.html",
        title="“药盒送到家 党员暖人心”志愿服务活动总结",
        record_title="【先锋在行动】“药盒送到家 党员暖人心”志愿服务活动总结_先锋耘川",
        date="2025-10-27",
        notes="Party-building text page: the study-points line and a share row; the 成文日期 under the signature; a photo caption and a 'collect' button glued after sentences",
        page="""
!m 先锋耘川 · 耘川县基层党建信息平台
!m 首页 > 基层动态 > 志愿服务
{T}
!m 发布：2025-10-28　　来源：粜河镇机关党支部　　点击：322
!a 【学习积分+1】　【分享】　【收藏】
{BODY}
!l 上一篇：粜河镇开展“党员进网格”活动
!l 下一篇：县委组织部举办基层党务工作者培训班
!m 先锋耘川 主办：中共耘川县委组织部
""",
        body="""
今年9月至10月，粜河镇机关党支部组织党员志愿者开展“药盒送到家 党员暖人心”志愿服务活动，为辖区独居、高龄老人送去分药盒，帮助老人规范用药。现将活动情况总结如下。
一、精准摸排对象。支部联合镇卫生院，对全镇80岁以上独居老人逐户走访，确定服务对象146人。
二、结对上门服务。支部23名党员每人结对6至7名老人，每周上门一次，协助老人把药分进药盒，并用大字在盒盖上标明服药时间。⟦a 收藏本文⟧
⟦m 图为党员志愿者在老人家中分装药品⟧
三、建立长效机制。活动结束后，支部将“送药盒、分药品”纳入党员日常志愿服务积分，确保服务不断档。
通过活动，老人漏服、错服药品的情况明显减少，党员在服务中也受到了教育。
中共粜河镇机关支部委员会
2025年10月27日
""",
    ),
    dict(
        slug="hospital-ouhu-pharmacy-pillbox-day-phones",
        site="罂湖县中医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.ouhuzyy.com/news/tzgg/2025-09/1377.html",
        title="关于开展“药盒整理日”用药咨询服务的通知",
        record_title="关于开展“药盒整理日”用药咨询服务的通知_通知公告_罂湖县中医院",
        date="2025-09-15",
        date_also=["2025-09-16"],
        notes="hospital site with a booking float and a 24-hour line; the notice's own 咨询电话 beside the hospital's 预约挂号 number; 发布日期 differs from the signature date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于开展“药盒整理日”用药咨询服务的通知_通知公告_罂湖县中医院</title></head>
<body>
<div class="top">⟦m 罂湖县中医院　二级甲等中医医院⟧ ⟦m 预约挂号：0735-4460120⟧ ⟦m 24小时急诊：0735-4460999⟧</div>
<div class="nav">⟦m 首页　医院概况　科室导航　专家介绍　就医指南　新闻中心　通知公告⟧</div>
<div class="pos">⟦m 首页 / 通知公告⟧</div>
<div class="art"><h2>{T}</h2>
<div class="meta">⟦m 发布日期：2025-09-16　浏览量：731⟧</div>
{BODY}
</div>
<div class="float">⟦a 在线预约⟧<br>⟦a 报告查询⟧<br>⟦a 返回顶部⟧</div>
<div class="ft">⟦m 地址：罂湖县杏林路66号　邮编：415600⟧<br>⟦d 本站信息仅供参考，不能替代医生面诊。⟧<br>⟦m 湘ICP备16009972号⟧</div>
</body></html>
""",
        body="""
各位患者及家属：
为帮助长期服药的慢性病患者合理用药，我院药剂科定于每月第二个星期四上午开展“药盒整理日”用药咨询服务。现将有关事项通知如下：
一、服务内容：药师为患者核对正在服用的药品，剔除过期药品，讲解分药盒的正确使用方法，并为有需要的患者免费配发分药盒一个。
二、服务地点：门诊一楼药学咨询窗口。
三、注意事项：请患者携带正在服用的全部药品及近期处方、病历；行动不便的老人可由家属代为咨询。
咨询电话：0735-4460236（药剂科，工作日8:00—12:00）
罂湖县中医院药剂科
2025年9月15日
""",
    ),
    dict(
        slug="hospital-leipu-leash-finger-injury-article",
        site="罍城县人民医院 (invented)",
        style="医院官网",
        genre="健康科普",
        kind="other",
        form="text",
        source="http://www.lcxrmyy.cn/jkkp/2025/0216/9021.html",
        title="遛狗被牵引绳勒伤手指，急诊医生提醒：这样握绳更安全",
        record_title="【急诊科普】遛狗被牵引绳勒伤手指，急诊医生提醒：这样握绳更安全-罍城县人民医院",
        date="2025-02-16",
        notes="hospital article page: byline 发布时间 as the date; a reviewer line and a share row glued after sentences; hospital hotline and address at the bottom",
        page="""
!m 罍城县人民医院　LEICHENG COUNTY PEOPLE'S HOSPITAL
!m 首页 | 医院概况 | 就医指南 | 健康科普 | 护理园地
!m 当前位置：首页 > 健康科普
{T}
!m 发布时间：2025-02-16 15:30　　作者：急诊科 司马青　　阅读：1,508
{BODY}
!l 上一篇：春季过敏高发，这些症状别忽视
!l 下一篇：孩子被猫抓伤，需要打疫苗吗？
!m 医院地址：罍城县人民路118号　总机：0728-3312000　急救电话：120
!d 本文仅作健康科普，具体诊疗请遵医嘱。
""",
        body="""
春节假期，急诊科接诊了5名遛狗时被牵引绳勒伤手指的患者，其中一名患者环指皮肤撕脱，需要手术治疗。
“很多人习惯把牵引绳在手指上绕几圈，狗突然往前一冲，绳子瞬间收紧，就会勒伤甚至勒断手指。”急诊科医生司马青介绍。⟦m 审核：急诊科主任 洪立⟧
医生提醒，握牵引绳要注意三点：一是用手掌握住手柄，不要把绳子缠在手指或手腕上；二是大型犬尽量用短绳，必要时双手握绳；三是老人和儿童不要单独牵大型犬。
一旦被绳子勒伤，如果手指发白、发紫或者麻木，要立即到医院就诊，不要自行揉搓。⟦a 转发给身边爱遛狗的朋友⟧
""",
    ),
    dict(
        slug="univ-naizhou-dorm-powerstrip-h1-notice",
        site="鼐州职业技术学院 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://hqc.nzvtc.edu.cn/info/1021/4415.htm",
        title="关于学生公寓统一更换安全插线板的通知",
        record_title=None,
        date="2025-09-02",
        notes="university logistics office: no record title, found in the <h1>; the body's sentences about scanning to report a repair stay; the office's own 联系电话 beside the campus's 24-hour repair line; date under the signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>后勤管理处</title></head>
<body>
<div class="sch-head">⟦m 鼐州职业技术学院　后勤管理处⟧ ⟦a 学校主页⟧ ⟦a 信息门户⟧</div>
<ul class="sch-nav"><li>⟦m 首页⟧</li><li>⟦m 部门概况⟧</li><li>⟦m 通知公告⟧</li><li>⟦m 办事指南⟧</li><li>⟦m 下载专区⟧</li></ul>
<div class="sch-loc">⟦m 当前位置：首页 &gt;&gt; 通知公告 &gt;&gt; 正文⟧</div>
<h1>{T}</h1>
<p class="sch-info">⟦m 作者：公寓中心　来源：后勤管理处　点击数：2043　更新时间：2025年09月03日⟧</p>
<div class="v_news_content">
{BODY}
</div>
<p class="sch-close">⟦a 【打印此页】　【关闭窗口】⟧</p>
<div class="sch-foot">⟦m 后勤服务24小时报修热线：0597-3389110⟧<br>⟦m 版权所有 © 鼐州职业技术学院后勤管理处⟧</div>
</body></html>
""",
        body="""
各学院、全体住校学生：
为消除学生公寓用电安全隐患，经学校研究，决定在9月8日至9月19日为全部学生公寓统一更换带过载保护的安全插线板。现将有关事项通知如下：
一、每间寝室配发安全插线板2个，由公寓中心按楼栋统一安装，原有插线板由学生自行带回，不得继续在寝室使用。
二、安全插线板功率超过限定值会自动断电，请同学们不要使用电热毯、电煮锅等违规电器。
三、更换后如发现插线板损坏，请扫描寝室门后的报修二维码在线报修，维修人员将在24小时内上门。
联系人：甘老师　联系电话：0597-3389025
后勤管理处
2025年9月2日
""",
    ),
    dict(
        slug="univ-gepu-rowing-lifejacket-training-news",
        site="鬲浦师范学院体育学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="text",
        source="http://tyxy.gpnu.edu.cn/xwdt/2025/0521/c2271a58130/page.htm",
        title="我院赛艇队开展救生衣穿戴与落水自救训练",
        record_title="我院赛艇队开展救生衣穿戴与落水自救训练-鬲浦师范学院体育学院",
        date="2025-05-21",
        notes="university school site: a dotted date line as the page's date; a photo caption between paragraphs; 文/图/审核 line glued after the last paragraph",
        page="""
!m 鬲浦师范学院　体育学院
!m 首页　学院概况　师资队伍　人才培养　学生工作　学院新闻
!m 学院新闻
{T}
!m 2025.05.21　　浏览次数：316
{BODY}
!l 上一条：我院举办第十二届田径运动会
!l 下一条：体育学院召开毕业生就业工作推进会
!m 地址：鬲浦县师院路1号　邮编：524300　版权所有：鬲浦师范学院体育学院
""",
        body="""
5月20日下午，我院赛艇队在鬲浦水库训练基地开展救生衣穿戴与落水自救专项训练，28名队员参加。
训练中，教练员首先讲解了固有浮力式和充气式救生衣的区别，演示了穿戴、调节和检查的步骤。随后，队员们身穿救生衣依次从艇上入水，练习仰漂、集体围圈和攀扶翻覆艇身等自救动作。
⟦m 图为队员进行落水后集体围圈保温练习⟧
赛艇队主教练介绍，训练季开始前组织一次落水自救训练，是队里多年来的惯例，目的是让每名队员在紧急情况下都能沉着应对。⟦m 文/图：黎晓涵　审核：韩立⟧
""",
    ),
]

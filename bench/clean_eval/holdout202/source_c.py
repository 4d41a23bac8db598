"""holdout202, part C: Q&A sites, personal collections, Party-building sites, hospitals and
universities. Every page, place, person, firm, site, URL and number here is invented; see
../README.md and ../build.py for the markup. Written by hand, one case at a time."""

CASES = [
    dict(
        slug="qa-zhidao-goggles-prescription-question-title",
        site="知道一点 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://zhidao.yidian.example.com/question/6620183390.html",
        title="近视600度游泳，有必要买带度数的泳镜吗？",
        record_title=None,
        date=None,
        notes="no record title: the question is the page's title; an adopted-answer badge, a relative answer time (no date), a vote row, more answers and a related box",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>近视600度游泳，有必要买带度数的泳镜吗？_知道一点</title>
<script src="https://static.yidian.example.com/qa/core.3f2a.js"></script>
</head><body>
<header><a class="logo">⟦m 知道一点⟧</a><span>⟦m 你问我答，知道一点是一点⟧</span><a class="ask">⟦a 我要提问⟧</a></header>
<div class="crumb">⟦m 知道一点 › 体育运动 › 游泳⟧</div>
<div class="question"><h1>{T}</h1>
<p class="q-meta">⟦m 提问者：匿名用户　｜　浏览 1.3万次⟧</p></div>
<div class="answer best">
<div class="badge">⟦m ✔ 提问者采纳⟧</div>
<div class="ans-user">⟦m 蓝海泳者　｜　游泳领域创作者　｜　回答于 2天前⟧</div>
<div class="ans-text">
{BODY}
</div>
<div class="ans-vote">⟦a 👍 218　👎 3　💬 评论 17　分享⟧</div>
</div>
<div class="more"><h3>⟦l 其他 6 个回答⟧</h3>
<div>⟦l 浪里白条：度数泳镜网上几十块就有，没必要硬扛⟧</div>
<div>⟦l 游泳馆前台小王：馆里也可以借，但最好自己买⟧</div></div>
<aside><h4>⟦l 相关问题⟧</h4><ul><li>⟦l 散光的人能戴度数泳镜吗？⟧</li><li>⟦l 泳镜总是漏水是什么原因？⟧</li></ul></aside>
<footer>⟦d 回答内容由用户提供，不代表知道一点的观点⟧　⟦m ©2025 知道一点⟧</footer>
</body></html>
""",
        body="""
有必要，尤其是你这样的中高度近视。
我自己近视五百五十度，以前戴普通泳镜游泳，看池底的线还行，一到池边就看不清人，转身时好几次差点撞到墙。换了有度数的泳镜以后，这些问题都没有了。
选的时候注意三点：
1.度数可以比眼镜略低五十到一百度，水里看东西会有放大效果，配足了反而头晕。
2.两眼度数相差大的，选左右镜片能分开换的款式。
3.散光超过一百五十度的，现成的度数泳镜矫正不了，最好去眼镜店定做。
另外，无论戴不戴度数，游完都要用清水冲洗泳镜，别用手擦镜片内侧。
""",
    ),
    dict(
        slug="qa-wenwenkan-treadmill-upstairs-neighbour",
        site="问问看 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.wenwenkan.example.cn/q/40871236/a/991052",
        title="跑步机放在二楼，会不会影响楼下邻居？",
        record_title="跑步机放在二楼，会不会影响楼下邻居？ - 问问看",
        date=None,
        notes="a Q&A answer in text: the question with a site suffix; relative times (昨天, 3 小时前) are no dates; an answerer's badge line, a vote row, more answers and a disclaimer",
        page="""
!m 问问看 — 有问题，问问看
!m 首页 > 家居 > 家电选购
{T}
!m 3 个回答　·　被浏览 4,862 次　·　提问于 昨天
!a 写回答　　邀请回答　　关注问题
!m 老周的小院　的回答
!m 优质答主 · 家居话题
{BODY}
!m 编辑于 3 小时前
!a 赞同 96　｜　17 条评论　｜　收藏　｜　举报
!l 更多回答
!l 跑步机静音垫到底有没有用？
!d 内容仅代表答主个人观点，不构成购买建议
""",
        body="""
会有影响，但可以减到很小。
跑步机对楼下的影响主要不是电机的声音，而是脚落在跑带上的撞击，通过机身传到楼板上。我家在二楼，买跑步机前特意问过楼下，后来做了几件事：
一是机器底下铺一块两厘米厚的橡胶减震垫，泡沫的用不了多久就压扁了。
二是把跑步机放在靠承重墙的位置，不要放在房间正中间。
三是晚上九点以后不跑，只走。快走时的落地声比跑步小很多。
四是跑的时候前脚掌落地，不要用脚后跟使劲砸。
装好以后我请楼下阿姨来家里听了一次，她说基本听不到。邻里之间，提前打个招呼比什么都管用。
""",
    ),
    dict(
        slug="collection-jianxi-memoir-father-metronome-gb2312",
        site="缣溪闲笔 (invented personal collection, old table layout)",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="html",
        source="http://www.jianxixianbi.example.net/juan4/027.htm",
        title="父亲的节拍器",
        record_title="《缣溪闲笔》卷四·父亲的节拍器",
        date=None,
        notes="a retired teacher's collection in an old gb2312 layout: a marquee, 繁体/朗读 links, chapter links, a visitor counter and the author's mailbox; a memoir with no date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>《缣溪闲笔》卷四·父亲的节拍器</title>
<style>body{background:#f5f0e1}.zw{font-size:16px;line-height:30px}</style>
<script language="JavaScript">function fanti(){location.href="/big5"+location.pathname;}</script>
</head><body>
<table width="760" align="center" border="0"><tr><td align="center">
<font size="5">⟦m 缣溪闲笔⟧</font><br>
<font size="2">⟦m 一个退休教书匠的散文小集⟧</font></td></tr>
<tr><td><marquee direction="left" scrollamount="2">⟦m 小园新添卷四“旧物记”十二篇，欢迎老友来坐坐⟧</marquee></td></tr>
<tr><td align="right">⟦a [繁体] [朗读本页] [返回目录]⟧</td></tr>
<tr><td class="zw">
<p align="center"><b>{T}</b></p>
{BODY}
</td></tr>
<tr><td align="center">⟦l ←上一篇：老街的修表铺⟧　⟦l 回卷四目录⟧　⟦l 下一篇：灶台边的风箱→⟧</td></tr>
<tr><td align="center"><font size="2">⟦m 文责自负　欢迎来信：jxxb_laoqi@126.example.com⟧<br>⟦m 自二〇〇九年开园以来，您是第 048213 位客人⟧</font></td></tr>
</table>
</body></html>
""",
        body="""
父亲年轻时在县文工团拉二胡，家里有一台木壳的机械节拍器，是他用三个月的工资从省城买回来的。
那台节拍器像一座小小的金字塔，侧面有一把铜钥匙，上足了弦，摆杆就左右摇起来，嗒、嗒、嗒，不紧不慢。小时候我最爱偷偷把摆锤往下拨，让它越摇越快，父亲看见了也不恼，只说：“快了，心就乱了。”
后来文工团解散，父亲进了农机厂，二胡挂在墙上，节拍器放进了柜子。只有过年的时候，他才把两样东西都取出来，对着节拍器拉一段《良宵》。
前年父亲走了。整理遗物时，我给节拍器上了弦，它居然还能走，声音和四十年前一模一样。
我把它摆在书桌上，写不下去的时候就让它响一会儿。快了，心就乱了，父亲说得对。
""",
    ),
    dict(
        slug="collection-wanhe-memoir-mother-treadmill-oneline",
        site="纨河札记 (invented personal collection)",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="text",
        source="https://wanhezhaji.example.org/juan2/mother-treadmill.html",
        title="母亲的跑步机",
        record_title="母亲的跑步机 ·《纨河札记》",
        date=None,
        notes="a teacher's notes collection: the whole memoir on one line, paragraphs apart only by their indent; a word-count line, prev/next links, a no-repost notice and the author's mailbox; no date",
        oneline=True,
        indent="\u3000\u3000",
        page="""
!m 纨河札记 · 一个中学教师的业余笔记
!m 目录 ▸ 卷二　家常
{T}
!m 字数：约460　阅读：87
{BODY}
!l ◂ 前一篇：外婆的腌菜坛
!l 后一篇：楼下的修车摊 ▸
!d 文中所写皆作者家人，未经同意请勿转载
!m 联系作者：jiyan_nh@mail.example.org
""",
        body="""
母亲六十八岁那年膝盖不好，医生让她多走路，可她怕冷，冬天不愿出门。我和妹妹商量，给她买了一台跑步机，放在阳台上。
头几天，母亲站在跑步机上，两只手死死抓住扶手，速度调到最慢，还一个劲儿地说“太快了”。我教她系上安全夹，告诉她一拉就停，她才慢慢松开手。
后来，跑步机成了她的宝贝。每天吃过早饭，她就打开收音机，在跑步机上走半个小时，一边走一边听戏。
去年冬天我回家，看见跑带已经磨得发亮，扶手上缠着母亲用毛线织的套子，说是冬天握着不凉。
她的膝盖好多了，上下楼不用扶墙。跑步机也老了，启动时会咯噔一下，母亲说，像她一样，得先活动活动。
""",
    ),
    dict(
        slug="party-xiaoyang-summary-dehumidifier-volunteers-table",
        site="绡阳党建网 (invented)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://www.xydangjian.example.cn/jcdj/2025/0611/12094.html",
        title="缜园社区党支部“除湿送温暖”志愿服务工作总结",
        record_title="【民生微实事】缜园社区党支部“除湿送温暖”志愿服务工作总结-绡阳党建网",
        date="2025-06-06",
        date_also=["2025-06-11"],
        notes="a Party-building portal: a study-points prompt, a read-on-phone QR line, a data table one row a paragraph, the branch's signature date (the portal's posting date differs)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【民生微实事】缜园社区党支部“除湿送温暖”志愿服务工作总结-绡阳党建网</title>
<script src="/js/dj-common.js"></script>
</head><body>
<div class="dj-head"><h2>⟦m 绡阳党建网⟧</h2><p>⟦m 中共绡阳市委组织部主办⟧</p></div>
<ul class="dj-nav"><li>⟦m 首页⟧</li><li>⟦m 基层党建⟧</li><li>⟦m 党员教育⟧</li><li>⟦m 先锋风采⟧</li><li>⟦m 民生微实事⟧</li></ul>
<div class="dj-pos">⟦m 当前位置：首页 &gt; 基层党建 &gt; 民生微实事⟧</div>
<div class="dj-art"><h1>{T}</h1>
<div class="dj-info">⟦m 发布时间：2025-06-11　来源：缁湖区委组织部　作者：何蕊⟧</div>
<div class="dj-score">⟦a 认真阅读本文满60秒，可记党员学习积分1分⟧</div>
<div class="dj-txt">
{BODY}
</div>
<div class="dj-qr">⟦a 扫一扫，在手机上继续读⟧</div>
<div class="dj-pn">⟦l 上一篇：“红色物业”让老旧小区焕新颜⟧<br>⟦l 下一篇：党员楼栋长的一天⟧</div></div>
<div class="dj-foot"><p>⟦m 主办：中共绡阳市委组织部　承办：绡阳市党员教育中心⟧</p><p>⟦m 湘ICP备12008815号⟧</p></div>
</body></html>
""",
        body="""
今年三至五月回南天期间，缜园社区党支部组织党员志愿者开展“除湿送温暖”志愿服务，为辖区独居、高龄老人上门解决房屋返潮问题。现将有关情况总结如下。
一、基本做法
支部通过网格员摸排，确定服务对象四十三户，争取区慈善会捐赠除湿机二十台，采取借用加上门的方式开展服务：返潮严重的老人家中借放除湿机，党员志愿者每周上门两次帮助倒水、清理滤网，同时检查电线插座。
二、服务情况
楼栋　服务户数　借出除湿机（台）　上门次数
1-4栋　12　6　104
5-8栋　17　8　146
9-12栋　14　6　118
三、下一步打算
部分老人房屋墙体渗水，单靠除湿机解决不了问题。支部将协调物业和社区微改造资金，对渗水较重的六户进行修缮。
缜园社区党支部
2025年6月6日
""",
    ),
    dict(
        slug="party-kechuan-speech-kitchen-safety-cn-date",
        site="缂川先锋网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.kcxianfeng.example.cn/ldjh/2025/0919/3308.html",
        title="在“护灶安家”厨房安全党员志愿服务启动仪式上的讲话",
        record_title="在“护灶安家”厨房安全党员志愿服务启动仪式上的讲话_领导讲话_缂川先锋网",
        date="2025-09-18",
        date_also=["2025-09-19"],
        notes="a Party site's speech in text: column and site suffixes; the speaker line and a date line in Chinese numerals under the title (neutral, the date the speech's); the page's posting date a day later; a study-points line",
        indent="\u3000\u3000",
        page="""
!m 缂川先锋网
!m 首页 ＞ 领导讲话
{T}
!m 2025-09-19　来源：县委组织部　【字号　大　小】
县委常委、组织部部长　韦承志
（二〇二五年九月十八日）
{BODY}
!a 学习积分：本文读完可领取2分
!l 相关阅读：党员志愿服务进社区活动掠影
!m 主办单位：中共缂川县委组织部　技术支持：缂川县融媒体中心
""",
        body="""
同志们、志愿者朋友们：
今天，我们在这里启动“护灶安家”厨房安全党员志愿服务活动。首先，我代表县委组织部，向报名参加活动的三百多名党员志愿者表示感谢！
厨房是家庭安全的重点部位。据县消防救援大队统计，去年全县住宅火灾中有四成与厨房有关，不少是油烟机长期不清洗、油垢积聚引起的。很多老人舍不得请人清洗，也不会自己拆洗。
这次活动，就是要组织党员志愿者走进困难家庭，帮助清洗油烟机、检查燃气管道、讲解用火常识。希望大家做到三点：一要讲安全，上门服务先断电、后操作；二要讲规范，不收群众一分钱、不推销任何产品；三要讲实效，每户服务完留下联系卡，有问题随叫随到。
让我们用实际行动，把党的温暖送进千家万户的厨房！
""",
    ),
    dict(
        slug="hospital-jianshui-treadmill-stress-test-booking",
        site="缣水县人民医院 (invented)",
        style="医院官网",
        genre="科普",
        kind="notice",
        form="html",
        source="https://www.jsxrmyy.example.cn/xnk/jkkp/2025/0520/705.html",
        title="做“平板运动试验”前，这些事项请提前了解",
        record_title="做“平板运动试验”前，这些事项请提前了解-心血管内科-缣水县人民医院",
        record_date="2025-05-20",
        date="2025-05-20",
        notes="a county hospital: a booking float, a 24-hour line and an experts list; the department's own 咨询电话 in the body beside the hospital's lines; the record gives the date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>做“平板运动试验”前，这些事项请提前了解-心血管内科-缣水县人民医院</title>
<link rel="stylesheet" href="/static/hosp.css"><script src="/static/hosp.js"></script>
</head><body>
<div class="h-top"><span>⟦m 缣水县人民医院⟧</span><span>⟦m 二级甲等综合医院⟧</span><span class="tel">⟦m 24小时急救：0718-5520120⟧</span></div>
<ul class="h-nav"><li>⟦m 医院概况⟧</li><li>⟦m 科室导航⟧</li><li>⟦m 专家介绍⟧</li><li>⟦m 就医指南⟧</li><li>⟦m 健康科普⟧</li></ul>
<div class="h-path">⟦m 首页 › 科室导航 › 心血管内科 › 健康科普⟧</div>
<div class="h-main"><h1>{T}</h1>
<div class="h-meta">⟦m 发布时间：2025-05-20　作者：心血管内科　浏览：877⟧</div>
<div class="h-txt">
{BODY}
</div></div>
<div class="h-side"><h3>⟦l 本科专家⟧</h3><p>⟦l 邹建民　主任医师　周二、周四上午⟧</p><p>⟦l 钱佩佩　副主任医师　周一、周五全天⟧</p></div>
<div class="float-yy">⟦a 预约挂号⟧<br>⟦a 报告查询⟧</div>
<div class="h-foot"><p>⟦m 地址：缣水县人民路88号　总机：0718-5520000⟧</p><p>⟦m 湘ICP备16031207号⟧</p></div>
</body></html>
""",
        body="""
平板运动试验是让受检者在跑步机上按规定方案逐级增加速度和坡度，同时连续记录心电图和血压，用来帮助诊断冠心病、评估心脏功能的一项检查。为保证检查安全顺利，请受检者注意以下事项：
一、检查前三小时内不要吃得过饱，不喝浓茶、咖啡，不吸烟。
二、穿宽松衣服和平底运动鞋，女士请勿穿连衣裙。
三、正在服用降压药、抗心绞痛药物的，是否停药请遵医嘱，不要自行停药。
四、检查中如出现胸痛、头晕、气促，请立即告知医生，跑步机可随时减速停止。
五、检查约需三十分钟，请由家属陪同。
心血管内科功能检查室位于门诊楼四楼，咨询电话：0718-5523362（工作日8:00-17:30）。
""",
    ),
    dict(
        slug="hospital-zhuxi-tcm-eye-red-after-swim",
        site="纻溪县中医院 (invented)",
        style="医院官网",
        genre="科普",
        kind="other",
        form="text",
        source="https://www.zxxzyy.example.cn/jkkp/yk/2025/0722/318.html",
        title="泳后眼睛红，别急着滴眼药水",
        record_title="【眼健康】泳后眼睛红，别急着滴眼药水｜纻溪县中医院",
        date="2025-07-22",
        notes="a hospital's health article in text: a column bracket and a hospital suffix; a 发布时间 byline is the page's date; an author line; a booking prompt and the switchboard under the text",
        page="""
!m 纻溪县中医院
!m 首页 › 健康科普 › 眼科
!t 【眼健康】泳后眼睛红，别急着滴眼药水
!m 发布时间：2025-07-22　阅读：1036
!m 作者：眼科　闵悦宁
{BODY}
!w 眼科门诊预约：关注医院服务号，在线挂号
!l 相关科普：孩子近视了，眼镜要一直戴吗？
!m 医院地址：纻溪县中山路120号　总机：0736-7712000
""",
        body="""
夏天游泳的人多，不少人上岸后眼睛发红、发痒、有异物感。我院眼科门诊近期接诊的此类患者明显增多。
游泳后眼红，多数是泳池水中的消毒剂刺激了眼表，少数是细菌、病毒感染引起的结膜炎。前者休息几个小时就会好转，后者则需要规范治疗。
有些人一觉得眼睛不舒服，就从药店买来抗生素眼药水滴，这样做并不妥当。不对症的眼药水不但没有效果，长期使用还可能引起耐药和过敏。
建议大家游泳时坚持佩戴密封良好的泳镜，游完用清水冲洗面部，不要用手揉眼睛。如果眼红超过一天没有缓解，或者分泌物增多、视物模糊，请到眼科就诊。
""",
    ),
    dict(
        slug="university-xiaoyang-tech-swim-course-h1-dotted",
        site="绡阳理工学院 体育教学部 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://tyb.xylg.example.edu.cn/info/1032/4418.htm",
        title="关于2025年秋季学期游泳课上课安排的通知",
        record_title=None,
        date="2025-09-05",
        notes="no record title: the page's <h1>; a dotted date line (the page's date, also the signature's); a college nav, a 'views' counter, prev/next links and a footer with the college's address",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>体育教学部</title>
<link rel="stylesheet" href="/style/xylg.css"><script src="/system/resource/js/counter.js"></script>
</head><body>
<div class="head"><img src="/images/logo.png" alt="绡阳理工学院"><span>⟦m 体育教学部⟧</span></div>
<div class="nav">⟦m 首页　部门概况　教学工作　群体竞赛　场馆服务　下载中心⟧</div>
<div class="list-title">⟦m 通知公告⟧</div>
<div class="art">
<h1>{T}</h1>
<div class="art-info">⟦m 2025.09.05　作者：教务科　点击：[ 2876 ]⟧</div>
<div class="v_news_content">
{BODY}
</div>
<div class="pn">⟦l 上一条：关于举办2025年新生运动会的通知⟧<br>⟦l 下一条：游泳馆秋季开放时间调整公告⟧</div>
</div>
<div class="foot">⟦m 版权所有 © 绡阳理工学院体育教学部　地址：绡阳市缁湖区学院路1号⟧</div>
</body></html>
""",
        body="""
各学院、全体选课学生：
本学期游泳课将于9月15日开课，为保障教学秩序和学生安全，现将有关事项通知如下：
一、上课地点为学校东区游泳馆，请按选课系统中的时间上课，不得随意调换班次。
二、首次上课须携带校园卡和近期体检报告，到游泳馆一楼服务台办理入场登记。
三、学生须自备泳衣、泳帽和泳镜，游泳馆不提供租借服务。
四、患有心脏病、癫痫、传染性皮肤病和眼疾的学生，不得参加游泳课，可申请改选其他项目。
五、游泳馆内禁止奔跑、跳水，下水前须做好准备活动。
体育教学部
2025年9月5日
""",
    ),
    dict(
        slug="university-xieshan-gym-treadmill-booking",
        site="缬山学院学生工作处 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://xgc.xieshanxy.example.edu.cn/tzgg/2025/1103/1208.html",
        title="关于学生活动中心健身房跑步机实行预约使用的通知",
        date="2025-11-03",
        notes="record title as is; a student-affairs page in text with its byline, print/close controls, prev/next and a footer; a booking mini-program is content; numbered items; two offices sign",
        page="""
!m 缬山学院　学生工作处
!m 当前位置：首页>>通知公告
{T}
!m 作者：学工处　来源：本站原创　时间：2025-11-03　点击数：1244
!a [打印本文] [关闭]
{BODY}
!l 上一篇：关于开展2025年学生资助政策宣传月活动的通知
!l 下一篇：关于评选2025年度优秀学生干部的通知
!m Copyright © 缬山学院学生工作处　地址：缬山县学府大道1号
""",
        body="""
各位同学：
学生活动中心健身房共有跑步机十二台，近来晚间使用人数较多，排队现象突出。为合理利用资源，自11月10日起健身房跑步机实行预约使用，具体安排如下：
1.预约方式：通过“校园服务”小程序选择时段，每个时段四十五分钟，每人每天限约一个时段。
2.签到要求：预约时段开始后十分钟内须在前台刷卡签到，逾时未到视为爽约，当月累计爽约三次的暂停预约资格两周。
3.使用要求：请穿运动鞋上机，使用完毕将速度和坡度归零，并擦拭扶手。
4.非预约时段如有空闲设备，可现场登记使用。
学生工作处　后勤保障处
2025年11月3日
""",
    ),
]

"""holdout378, part C: Q&A sites, personal collections, Party-building sites, hospitals, universities.

Invented text (sites, places, people, numbers, URLs, chrome); see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="qa-zhifou-keep-wedding-signin-board-question-title",
        site="知否问答 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.zhifouwenda.com/q/40913377",
        title="婚礼签到板用完了怎么保存比较好？",
        record_title=None,
        date=None,
        notes="no record title: the question (<h1>) is the title, the adopted answer is the body; the question's own "
        "description stays unmarked (neutral); relative answer times are no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>婚礼签到板用完了怎么保存比较好？_知否问答</title>
<script async src="/static/zf/ask.js"></script></head>
<body>
<div class="zf-header">⟦m 知否问答　知道的人告诉你⟧　<a>⟦a 我要提问⟧</a>　<a>⟦a 登录知否⟧</a></div>
<div class="zf-crumb">⟦m 知否 ＞ 生活 ＞ 婚嫁⟧</div>
<div class="question">
<h1>{T}</h1>
<p class="q-desc">上个月办完婚礼，签到板是木板的，上面有一百多个亲友的签名，放在家里怕时间长了褪色，有什么好办法吗？</p>
<p class="q-meta">⟦m 提问者：阿贞今年不熬夜　｜　6 天前　｜　浏览 1,932⟧</p>
</div>
<div class="best">
<div class="badge">⟦m ✔ 提问者采纳的回答⟧</div>
<div class="author">⟦m 手作人老祝　家居收纳达人　回答于 2 天前⟧</div>
<div class="answer">
{BODY}
</div>
<div class="vote">⟦a 有用 128　｜　没用 3　｜　评论 9　｜　举报⟧</div>
</div>
<div class="more"><h3>⟦l 其他 6 个回答⟧</h3>
<p>⟦l 夏至不吃瓜：我们是直接送去装裱店做了个框，挂在客厅很好看。⟧</p>
<p>⟦l 仲夏的风：拍照做成相册也不错，实物太占地方了。⟧</p></div>
<div class="ad">⟦d 推广　婚礼签到本定制 满两件包邮⟧</div>
<div class="zf-footer">⟦d 知否问答内容由网友提供，仅供参考⟧　⟦m 知否问答 zhifouwenda.com　浙ICP备19031742号⟧</div>
</body></html>
""",
        body="""
我们家的签到板也是木板的，放了三年，签名还很清楚，说说我的做法。
第一，先固色。签名如果是用马克笔或丙烯笔写的，放一周等墨迹完全干透，再薄薄地喷两遍哑光保护漆，喷的时候离板面30厘米左右，来回匀速移动，不要对着一处猛喷。
第二，避光防潮。签到板千万别挂在阳光直射的窗边，紫外线会让签名慢慢褪色；也别放在卫生间和厨房附近，木板受潮容易变形开裂。
第三，装框或定期清洁。条件允许的话，可以找装裱店做一个带玻璃的外框，大概一两百元；不装框的，每个月用干的软毛刷轻轻扫一次灰，不要用湿布擦。
如果签到板是KT板或纸板做的，保存难度就大一些，建议先拍一张高清照片存起来，实物放进纸箱里平放保存。
""",
    ),
    dict(
        slug="qa-baidatang-move-rake-penalty-text",
        site="百答堂 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.baidatang.net/question/1182076",
        title="球停在沙坑耙旁边，能把耙子拿开吗？会不会被罚杆？",
        record_title="【球场规则求助】球停在沙坑耙旁边，能把耙子拿开吗？会不会被罚杆？@百答堂",
        date=None,
        notes="Q&A text page: the answer is the body; answer time in hours is no date; vote row and more-answers box",
        page="""
!m 百答堂 · 有问必答
!m 分类：体育运动 › 高尔夫
!t 【球场规则求助】球停在沙坑耙旁边，能把耙子拿开吗？会不会被罚杆？@百答堂
!m 18 人关注该问题　｜　被浏览 640 次
!a 我来回答　　邀请球友回答
!m 最佳答案　·　答主：佐川打球记（业余裁判）　·　4 小时前
{BODY}
!a 👍 认同 57　　💬 追问　　⚑ 举报
!l 其他回答（4）
!l 沙坑里面的耙子也能拿吗？→ 查看 3 条讨论
!d 答案由百答堂用户提供，规则解释以正式比赛的本地规则为准
!m 百答堂 baidatang.net
""",
        body="""
可以拿开，不罚杆。沙坑耙在规则里属于可移动妨碍物，不管它放在沙坑里还是沙坑外，你都可以在击球前把它拿开。
如果拿耙子的时候球跟着动了，也不罚杆，但必须把球放回原来的位置。原来的位置不确定的话，就估计一个位置放回去。
要注意两点：一是只能拿走耙子这类人造物品，沙坑里的石头、树枝这类散置障碍物，按现行规则也可以移走，但移动时碰动了球要罚一杆；二是不能借拿耙子的机会去试探沙子的软硬，更不能用耙子压平球后面的沙面，否则会被判改善击球条件。
打完这一杆，记得把沙坑耙平、把耙子放回原处，这是对后面球友的尊重。
""",
    ),
    dict(
        slug="anthology-tingtao-salute-memoir-gb2312",
        site="听涛斋文集 (invented, a retired teacher's collection, old gb2312 table layout)",
        style="个人文集",
        genre="回忆散文",
        kind="other",
        form="html",
        source="http://www.tingtaozhai.net/bxjh/009.htm",
        title="爷爷的三声礼炮",
        record_title="爷爷的三声礼炮（《梆溪旧话》之九）— 听涛斋文集",
        date=None,
        notes="old table layout with a marquee, volume links, the author's mailbox and a visitor counter; a memoir with "
        "only a 写于 line in a traditional year (no date)",
        page="""
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>爷爷的三声礼炮（《梆溪旧话》之九）— 听涛斋文集</title>
<style type="text/css">td{font-size:14px;line-height:26px}</style>
</head>
<body bgcolor="#EFEBDD">
<table width="780" align="center" border="0" cellspacing="0" cellpadding="0">
<tr><td bgcolor="#3D5A40"><marquee scrollamount="2"><font color="#F5E6B3">⟦m 听涛斋里无杂事，一壶清茶写旧年——欢迎老友常来坐坐⟧</font></marquee></td></tr>
<tr><td align="center"><a href="/">⟦m 斋门⟧</a> ｜ <a href="/bxjh/">⟦m 梆溪旧话⟧</a> ｜ <a href="/jlzc/">⟦m 讲台杂忆⟧</a> ｜ <a href="/sc/">⟦m 闲诗百首⟧</a> ｜ <a href="/book.asp">⟦a 留言簿⟧</a></td></tr>
<tr><td align="center"><h3>{T}</h3></td></tr>
<tr><td align="center"><font color="#7A6A4F">⟦m 卷一·梆溪旧话　第九篇　作者：曹守谦⟧</font></td></tr>
<tr><td>
{BODY}
</td></tr>
<tr><td align="center">⟦l ← 第八篇：镇口的剃头挑子⟧　⟦l 目录⟧　⟦l 第十篇：端午的龙舟鼓 →⟧</td></tr>
<tr><td align="center">⟦w 读者来信请寄：caoshouqian1949@126.com⟧</td></tr>
<tr><td align="center">⟦d 斋中文字皆为斋主所写，转载请告知斋主⟧</td></tr>
<tr><td align="center"><font size="2">⟦m 本斋开张以来，来访者第 058312 位⟧</font></td></tr>
</table>
</body></html>
""",
        p_html='<p>　　{}</p>',
        body="""
小时候在梆溪镇，谁家办喜事，最热闹的不是酒席，而是礼炮。那时的礼炮不是现在商店里卖的纸筒，而是铁打的“三眼铳”，一根木柄上并排三根铁管，要专门请会放的人来放。
我爷爷就是镇上出了名的放炮人。每逢有人家娶媳妇，天不亮就有人来敲门，请爷爷去“压阵”。他总是先把铁管擦得锃亮，再一勺一勺地往里装火药，装完用黄泥封口，插上引信，动作慢得出奇。
新娘的轿子一到村口，爷爷就举起三眼铳，朝着河滩的方向，“砰、砰、砰”三声，震得屋檐上的麻雀一哄而散。孩子们捂着耳朵往前挤，大人们就笑着喊：“礼炮响了，新人进门了！”
爷爷晚年常说，放礼炮的规矩是“三声为礼，多了就是闹”。他一辈子放了不知多少回礼炮，从没伤过一个人，靠的就是这份慢和这份规矩。
后来镇上禁放，爷爷的三眼铳被收进了文化站，玻璃柜里的标签写着“传统礼炮”。我带孙子去看过一次，孙子问这是什么，我说，这是你太爷爷当年的响声。
写于乙巳年正月，梆溪听涛斋
""",
    ),
    dict(
        slug="anthology-banchuang-placard-memoir-oneline",
        site="半窗书屋 (invented personal collection)",
        style="个人文集",
        genre="回忆散文",
        kind="other",
        form="text",
        source="https://banchuang.site/gcsy/2/14",
        title="举牌的那个春天",
        record_title="举牌的那个春天 · 《恭川拾遗》第二辑",
        date=None,
        notes="a memoir on one line, paragraphs separated only by their indent; a year inside the text is no date; "
        "chapter links and a visitor note",
        page="""
!m 半窗书屋 · 韦仲明的文字角落
!m 《恭川拾遗》第二辑　｜　第14篇　｜　目录
!t 举牌的那个春天 · 《恭川拾遗》第二辑
{T}
{BODY}
!l ◀ 上一篇：公社广播站的喇叭　　▶ 下一篇：第一次进县城看电影
!a 觉得写得还行？可以把书屋推荐给朋友
!d 书屋里的文字都是老韦一个字一个字敲的，转载前请打声招呼。
!m 半窗书屋 banchuang.site 访客留言请点“书屋留言”
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
一九八六年春天，恭川县开第一届中学生运动会，我被班主任点名去当入场式的举牌手。那块牌子是学校木工房做的，一块三合板刷了白漆，用红油漆写着“恭川二中”四个大字，木柄比我的胳膊还粗。
为了练走步，我每天放学后举着牌子在操场上来回走，班主任在旁边喊口令。木牌子又沉又不透风，走几圈胳膊就酸得抬不起来，同学们在旁边起哄，说我像个举着门板的门神。
开幕那天，风特别大，牌子一路被吹得往后仰，我咬着牙死死攥着木柄，眼睛盯着前面县一中的队伍，一步也不敢乱。走过主席台的时候，我听见广播里念到我们学校的名字，鼻子一下子就酸了。
后来我当了三十多年老师，带学生参加过很多次运动会，手举牌换成了轻巧的泡沫板，再也没有那么沉了。可我总记得那个春天，风里那块白底红字的木牌子。
""",
    ),
    dict(
        slug="dangjian-lungang-party-day-signin-board-summary",
        site="伦港先锋网 (invented Party-building portal)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://www.lgxianfeng.cn/jcdj/jgdj/202412/t20241230_30871.html",
        title="伦港区商务局机关党支部2024年度主题党日活动工作总结",
        record_title="伦港区商务局机关党支部2024年度主题党日活动工作总结_机关党建_伦港先锋网",
        date="2024-12-26",
        date_also=["2024-12-30"],
        notes="Party portal with a study-time prompt and a read-on-phone QR line; a sign-in board practice in the summary; "
        "a small table; signature date differs from the posting date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>伦港区商务局机关党支部2024年度主题党日活动工作总结_机关党建_伦港先锋网</title>
<script src="/js/xf-common.js"></script></head>
<body>
<div class="xf-top">⟦m 伦港先锋网　中共慈湾市伦港区委组织部主办⟧　<a>⟦a 党员登录⟧</a>　<a>⟦a 组织关系转接⟧</a></div>
<div class="xf-nav">⟦m 首页⟧　⟦m 党建要闻⟧　⟦m 基层党建⟧　⟦m 机关党建⟧　⟦m 先锋风采⟧　⟦m 党员教育⟧</div>
<div class="xf-path">⟦m 首页 » 基层党建 » 机关党建⟧</div>
<div class="xf-art">
<h1>{T}</h1>
<div class="xf-info">⟦m 来源：区商务局机关党支部　时间：2024-12-30　浏览：356⟧</div>
<div class="xf-study">⟦a 阅读满3分钟可记入党员学习时长⟧</div>
<div class="xf-text">
{BODY}
</div>
<div class="xf-qr">⟦a 用手机扫一扫，随时随地读党建⟧</div>
<div class="xf-pn">⟦l 上一篇：区住建局党支部开展“红色物业”结对共建活动⟧<br>⟦l 下一篇：伦港区召开2024年度基层党建述职评议会⟧</div>
</div>
<div class="xf-foot">⟦m 中共慈湾市伦港区委组织部　地址：伦港区湖滨路6号⟧<br>⟦m 湘ICP备18007725号-2⟧</div>
</body></html>
""",
        body="""
2024年，区商务局机关党支部认真落实“三会一课”制度，坚持每月固定开展主题党日活动，全年共开展主题党日12次，党员参加率达到97.6%。现将有关情况总结如下。
一、主要做法
（一）规范签到管理。支部在党员活动室设置磁吸式签到板，每名党员一张姓名磁贴，到会后本人把磁贴从“未到”一栏移到“已到”一栏，会后由组织委员拍照存档。签到板旁公示当月活动主题和请假人员名单，党员参加情况一目了然。
（二）丰富活动内容。结合商务工作实际，开展“走进商户听心声”“消费帮扶进社区”等活动，把主题党日从会议室搬到了一线。
（三）注重结果运用。将主题党日参加情况与党员年度评议挂钩，对无故缺席的及时谈心提醒。
二、全年活动情况
季度　活动次数　参加人次　缺席人次
第一季度　3　82　3
第二季度　3　84　1
第三季度　3　81　4
第四季度　3　85　0
三、存在的不足和下一步打算
个别活动形式仍偏单一，理论学习与业务工作结合还不够紧密。2025年，支部将继续用好签到板等管理方式，丰富活动载体，推动主题党日提质增效。
中共慈湾市伦港区商务局机关支部委员会
2024年12月26日
""",
    ),
    dict(
        slug="dangjian-bangxi-host-script-salute-date-under-title",
        site="梆溪党建在线 (invented township Party site)",
        style="党建网",
        genre="主持词",
        kind="speech",
        form="text",
        source="http://www.bxdjzx.cn/wmsj/2024/1219/771.html",
        title="梆溪镇新时代文明实践所揭牌暨电子礼炮启用仪式主持词",
        record_title="梆溪镇新时代文明实践所揭牌暨电子礼炮启用仪式主持词【文明实践·现场】",
        date="2024-12-18",
        date_also=["2024-12-19"],
        notes="a host script with its date under the title (in brackets) and a host line (neutral); the page's posting "
        "date differs",
        page="""
!m 梆溪党建在线
!m 首页 / 文明实践 / 活动掠影
!t 梆溪镇新时代文明实践所揭牌暨电子礼炮启用仪式主持词【文明实践·现场】
!m 录入：镇党建办　2024-12-19　点击 208
{T}
（2024年12月18日）
主持人：镇党委副书记　曹佐民
{BODY}
!a 本页党员学习笔记：点此记一笔
!l 相关活动：梆溪镇“红白理事会”培训会侧记
!m 中共梆溪镇委员会主办　电话：0736-7350012
""",
        body="""
尊敬的各位领导、各位来宾，乡亲们：
大家上午好！今天，我们在这里隆重举行梆溪镇新时代文明实践所揭牌暨电子礼炮启用仪式。出席今天仪式的有县委宣传部、县文明办的领导，镇党政班子成员，各村党组织书记和群众代表。
仪式共有四项议程。
下面进行第一项议程，请镇党委委员、宣传委员祝晓哲介绍文明实践所建设情况。
下面进行第二项议程，请县委宣传部领导和镇党委书记为文明实践所揭牌。
下面进行第三项议程，鸣放电子礼炮。这六台电子礼炮是镇里为各村红白理事会统一配备的，今后群众办喜事可以免费借用。请工作人员启动礼炮。
下面进行第四项议程，请祝家湾村村民代表发言。
乡亲们，礼炮声里有喜庆，也有新风尚。希望大家积极参与文明实践活动，用文明的方式办好喜事、过好日子。仪式到此结束，谢谢大家！
""",
    ),
    dict(
        slug="hospital-gongchuan-eye-confetti-cannon-booking-float",
        site="恭川县人民医院 (invented county hospital)",
        style="医院官网",
        genre="健康科普",
        kind="other",
        form="html",
        source="https://www.gcxrmyy.com/jkkp/yk/20250124/1906.html",
        title="纸屑礼炮喷到眼睛里怎么办？眼科医生教你正确处理",
        record_title="纸屑礼炮喷到眼睛里怎么办？眼科医生教你正确处理 〖眼科小讲堂〗恭川县人民医院",
        date="2025-01-24",
        notes="hospital page: the byline's 发布时间 is the date; the department's 咨询电话 in the body beside the hospital's "
        "24-hour line and a booking float; numbered steps",
        page="""
<!doctype html>
<html><head><meta charset="utf-8"><title>纸屑礼炮喷到眼睛里怎么办？眼科医生教你正确处理 〖眼科小讲堂〗恭川县人民医院</title>
<script src="/static/yy/base.js"></script></head>
<body>
<div class="hosp-top">⟦m 恭川县人民医院　二级甲等综合医院⟧　⟦m 急诊24小时：0736-6120120⟧</div>
<div class="hosp-nav">⟦m 首页⟧ ⟦m 医院概况⟧ ⟦m 科室导航⟧ ⟦m 专家介绍⟧ ⟦m 就医指南⟧ ⟦m 健康科普⟧</div>
<div class="hosp-pos">⟦m 您在这里：首页 › 健康科普 › 眼科⟧</div>
<div class="news-detail">
<h2>{T}</h2>
<div class="news-meta">⟦m 发布时间：2025-01-24　作者：眼科 仲慧君　审核：医务科⟧</div>
<div class="news-content">
{BODY}
</div>
<div class="news-pn">⟦l 上一条：冬季儿童咳嗽，这几种情况要及时就医⟧<br>⟦l 下一条：春节吃得油腻，胃不舒服怎么办⟧</div>
</div>
<div class="side-doctors"><h4>⟦l 眼科专家⟧</h4><p>⟦l 仲慧君 副主任医师 周一、周三全天⟧</p><p>⟦l 卢善平 主治医师 周二、周五上午⟧</p></div>
<div class="float-yuyue">⟦a 预约挂号 ➜ 微信搜“恭川人医”⟧</div>
<div class="hosp-foot">⟦m 地址：恭川县人民路88号　总机：0736-6120000⟧<br>⟦d 本站科普内容仅供参考，不能代替医生面诊。⟧<br>⟦m 桂ICP备10008835号⟧</div>
</body></html>
""",
        body="""
春节前后是婚宴、开业活动的高峰，纸屑礼炮和彩带礼炮用得越来越多。最近一个月，我院眼科门诊已接诊7名被礼炮纸屑或彩带击伤眼睛的患者，其中2名是在近距离观看时被喷中。
礼炮喷出的纸屑和彩带速度很快，近距离击中眼睛，轻的造成角膜擦伤，重的可能引起前房积血甚至眼球破裂。一旦纸屑进了眼睛，请按下面的方法处理：
1. 不要用手揉眼睛，揉搓会让异物划伤角膜。
2. 轻轻闭眼，让眼泪把细小的纸屑冲出来；也可以用干净的清水或生理盐水冲洗。
3. 如果异物嵌在眼球上取不出来，或者冲洗后仍然疼痛、流泪、看东西模糊，要用干净的纱布轻轻盖住眼睛，尽快到医院眼科就诊。
4. 被礼炮筒直接击中眼部的，无论当时感觉如何，都应当立即就医检查。
预防比处理更重要。燃放礼炮时，礼炮口不要对着人，观看的人尤其是孩子要站在3米以外。
眼科门诊咨询电话：0736-6120317（工作日8:00—17:30）。
""",
    ),
    dict(
        slug="hospital-zhenyang-tcm-free-clinic-plan-arch",
        site="贞阳县中医院 (invented hospital site)",
        style="医院官网",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.zyxzyy.com/yyxw/tzgg/2025-05-07/882.html",
        title="贞阳县中医院“世界家庭医生日”广场义诊活动方案",
        record_title="贞阳县中医院“世界家庭医生日”广场义诊活动方案（医务科发布）｜贞阳县中医院官网",
        date="2025-05-06",
        date_also=["2025-05-07"],
        notes="hospital text page: numbered list, the arch as one item of the set-up; the 医务科's contact beside the "
        "hospital's switchboard and 24-hour line; posting date differs",
        page="""
!m 贞阳县中医院　ZHENYANG COUNTY HOSPITAL OF TCM
!m 医院首页｜医院新闻｜通知公告｜名医堂｜膏方门诊
!m 当前：医院新闻 ＞ 通知公告
!t 贞阳县中医院“世界家庭医生日”广场义诊活动方案（医务科发布）｜贞阳县中医院官网
{T}
!m 发布日期：2025-05-07　来源：医务科　浏览次数：143
{BODY}
!a 【关闭】【打印】【顶部】
!m 医院总机：0739-4432000　急诊急救：0739-4432120（24小时）
!a 网上预约挂号请关注“贞阳县中医院”服务号
!m 贞阳县中医院 版权所有　湘ICP备17012093号
""",
        indent="\u3000\u3000",
        body="""
为做好“世界家庭医生日”宣传，把中医药服务送到群众身边，我院定于5月19日上午在贞阳县人民广场开展义诊活动，特制定本方案。
一、活动时间和地点
2025年5月19日上午8:30—11:30，贞阳县人民广场东侧。
二、活动内容
1. 中医体质辨识和健康咨询。
2. 免费测量血压、血糖。
3. 针灸、推拿、拔罐等适宜技术体验。
4. 家庭医生签约政策宣传。
三、现场布置
1. 在广场东侧入口设置气拱门一座，由后勤保障科联系搭设，拱脚用沙袋固定，安排专人看护，风力超过5级时立即放气撤收。
2. 搭设义诊帐篷6顶，按科室分区摆放桌椅、展板和宣传资料。
3. 设置急救点1个，配备急救箱和轮椅。
四、人员安排
医务科负责总体协调，内科、针灸推拿科、治未病中心各派2名医师，护理部派护士4名，宣传科负责拍照报道。
联系人：医务科 钟淑贞，电话：0739-4432016。
贞阳县中医院
2025年5月6日
""",
    ),
    dict(
        slug="university-zhenyang-normal-welcome-placards-h1-dotted-date",
        site="贞阳师范学院 (invented university news page)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.zysfxy.edu.cn/info/1033/20913.htm",
        title="举起接站牌，新生一下车就到“家”——我校迎新志愿者接站服务侧记",
        record_title=None,
        date="2024-09-08",
        notes="no record title: the headline is the <h1>; a dotted college date is the date; an author/photo/review line "
        "glued after the last paragraph; a campus-photos link between paragraphs",
        page="""
<!DOCTYPE html>
<html><head><meta charset="UTF-8"><title>贞阳师范学院新闻网-校园动态</title>
<script src="/_js/_portletPlugs/sudyNavi/jquery.sudyNav.js"></script></head>
<body>
<div class="header">⟦m 贞阳师范学院新闻网⟧　⟦m 学高为师 身正为范⟧</div>
<div class="navi">⟦m 学校首页⟧ ⟦m 要闻聚焦⟧ ⟦m 校园动态⟧ ⟦m 院部风采⟧ ⟦m 媒体师院⟧ ⟦m 图说师院⟧</div>
<div class="place">⟦m 当前位置: 首页 >> 校园动态 >> 正文⟧</div>
<div class="article">
<h1 class="arti_title">{T}</h1>
<p class="arti_metas">⟦m 2024.09.08　来源：团委　点击：2206⟧</p>
<div class="wp_articlecontent">
{BODY}
</div>
</div>
<div class="share">⟦l 分享到：朋友圈 QQ 微博⟧</div>
<div class="footer">⟦m 贞阳师范学院党委宣传部　地址：贞阳县书院路1号　邮编：414600⟧<br>⟦m 湘ICP备05021467号⟧</div>
</body></html>
""",
        body="""
9月6日至7日，学校迎来2024级新生报到。在贞阳高铁站和汽车站出站口，60名迎新志愿者举着印有“贞阳师范学院欢迎你”的接站牌，为新生和家长指路、搬行李、送上接驳车。
今年的接站牌由美术与设计学院学生设计，一面印着校徽和欢迎语，一面按学院分色印着专业名称，新生隔着几十米就能找到自己学院的志愿者。接站牌采用轻质PVC板，手柄加装了防滑套，志愿者连续举一个小时也不会太累。
“刚出站就看到写着我们学院名字的牌子，心里一下子就踏实了。”来自恭川县的新生曹佐佐说。
⟦l 更多迎新现场照片请看“图说师院”专栏⟧
两天里，志愿者共接待新生和家长3100余人次，发放校园地图2000份，协调接驳车86趟。迎新结束后，接站牌全部回收入库，明年迎新将继续使用。⟦m （文/韦哲 图/卢子祝 审核/钟善文）⟧
""",
    ),
    dict(
        slug="university-ciwan-tech-teaching-meeting-signin-board",
        site="慈湾理工学院 (invented university site)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://jwc.cwlgxy.edu.cn/tzgg/2025/0224/c1102a55871/page.htm",
        title="慈湾理工学院关于召开2025年本科教学工作会议的通知",
        record_title="慈湾理工学院关于召开2025年本科教学工作会议的通知-教务部-慈湾理工学院",
        date="2025-02-24",
        notes="university notice: a sign-in board and 扫码签到 as content; the academic affairs office's contact; a "
        "college header and footer",
        page="""
!m 慈湾理工学院教务部
!m 首页　机构设置　教学运行　实践教学　通知公告
!m 位置：首页 > 通知公告
!t 慈湾理工学院关于召开2025年本科教学工作会议的通知-教务部-慈湾理工学院
{T}
!m 作者：教务部　时间：2025-02-24　阅读：771
{BODY}
!l 上一条：关于做好2025年春季学期开学教学检查的通知
!m 慈湾理工学院教务部　地址：伦港区学府大道99号　电话：0736-2911110
!m Copyright © 慈湾理工学院　湘ICP备06018824号
""",
        body="""
各学院、各部门：
经学校研究，定于2025年3月5日召开2025年本科教学工作会议。现将有关事项通知如下：
一、会议时间
2025年3月5日（星期三）下午2:30，会期半天。
二、会议地点
学术交流中心一楼报告厅。
三、参会人员
校领导，各学院院长、分管教学副院长、教学秘书，教务部、学生工作部等相关部门负责人。
四、会议议程
1. 总结2024年本科教学工作，部署2025年重点任务；
2. 3个学院作交流发言；
3. 校长讲话。
五、有关要求
1. 报告厅入口设签到板，请参会人员于2:20前到场，在签到板上签名后领取会议材料，也可扫描签到板上的二维码签到。
2. 参会人员原则上不得请假，确需请假的，须经学院主要负责人同意后报教务部备案。
联系人：教务部 邓佐文，电话：0736-2911126。
教务部
2025年2月24日
""",
    ),
]

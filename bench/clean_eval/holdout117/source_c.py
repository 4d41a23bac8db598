"""holdout117, part C: personal collections, Party-building sites, hospitals, universities and
local forums, on AEDs, nursing rooms, footbridges, slow mail and lost children. Invented."""

CASES = [
    dict(
        slug="collection-songke-slowmail-essay-oneline",
        site="松柯文存 (invented)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="http://www.songkewencun.example.cn/juan2/041.html",
        title="一封寄了二十年的信",
        record_title="《松柯文存》卷二·第41篇｜一封寄了二十年的信",
        date=None,
        notes="personal collection chapter page; body on one line; chapter navigation; no date",
        oneline=True,
        indent="　　",
        page="""
!m 松柯文存　›　卷二　散文
{T}
!m 作者：松柯　字数：512
{BODY}
!l ‹ 上一篇：老邮局的台阶　｜　目录　｜　下一篇：父亲的集邮册 ›
!d 本文集文字版权归作者所有，未经许可请勿转载。
""",
        body="""
前些日子，邮递员送来一封信，信封已经泛黄，邮戳上的日子是二十年前的秋天。
拆开一看，是我读初三时在学校“时光信箱”活动里写给自己的，字迹歪歪扭扭，说将来要当一名地质队员。
我终究没有去找矿，而是在县城教了二十年书。可读着那些稚气的句子，仍然觉得那个少年就站在面前，认真地问我过得好不好。
听说如今县邮局又办起了慢递业务，我也给二十年后的自己写了一封，投进信箱的时候，手竟然有些发抖。
""",
    ),
    dict(
        slug="collection-mengyin-aed-speech-html",
        site="梦因集 (invented)",
        style="个人文集",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://mengyinji.example.org/vol3/ch12.html",
        title="在社区急救志愿服务队成立大会上的讲话",
        record_title="梦因集·第三卷｜在社区急救志愿服务队成立大会上的讲话",
        date="2023-10-16",
        notes="collection chapter page; date under the speech title in Chinese numerals (neutral line); chapter nav; a retired doctor's collection",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>梦因集·第三卷｜在社区急救志愿服务队成立大会上的讲话</title></head><body>
<div class="book">⟦m 梦因集　一位老医生的文字⟧</div>
<div class="toc">⟦l 目录 | 卷一 行医手记 | 卷二 师友 | 卷三 讲稿⟧</div>
<h1>{T}</h1>
<p class="sub">（二〇二三年十月十六日）</p>
{BODY}
<div class="chap">⟦l ← 第11篇 在退休欢送会上的答谢　　第13篇 给年轻医生的信 →⟧</div>
<footer>⟦m 收录编辑：小孙　本页更新于三个月前⟧</footer>
</body></html>
""",
        body="""
同志们、志愿者朋友们：
我在急诊科干了三十多年，见过太多因为耽误了最初几分钟而没能救回来的病人。心脏骤停后，每耽误一分钟，存活率就下降百分之七到十。
所以，今天看到咱们社区有四十二位居民报名成为急救志愿者，我由衷地高兴。你们之中有退休教师、快递员，也有全职妈妈。
希望大家学好本领、常练常新，也希望街道把辖区里每一台AED的位置标清楚、管护好。
最后，我愿意做大家的第一个培训老师。谢谢！
""",
    ),
    dict(
        slug="dangjian-yuantu-nursing-room-party-html",
        site="苕原县机关党建网 (invented)",
        style="党建网",
        genre="新闻",
        kind="news",
        form="html",
        source="http://www.tyjgdj.example.gov.cn/dzbfc/2025/0521/7720.html",
        title="县机关事务中心党支部：一间母婴室里的“微服务”",
        record_title="【支部风采】县机关事务中心党支部：一间母婴室里的“微服务”_苕原县机关党建网",
        date="2025-05-21",
        notes="Party-building portal with a study-points float; 发布时间 byline; editor line glued after the last paragraph",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【支部风采】县机关事务中心党支部：一间母婴室里的“微服务”_苕原县机关党建网</title></head><body>
<div class="banner">⟦m 苕原县机关党建网⟧ ⟦m 建设模范机关 争创一流业绩⟧</div>
<nav>⟦m 首页 | 党建要闻 | 支部风采 | 理论学习 | 党员之家⟧</nav>
<div class="crumbs">⟦m 首页 &gt; 支部风采⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 发布时间：2025-05-21　来源：县机关事务服务中心⟧</div>
{BODY}
<div class="float">⟦a 学习积分 +1　点击签到⟧</div>
<div class="rel">⟦l 推荐阅读：县税务局党支部开展“便民办税春风行动”⟧</div>
<footer>⟦m 主办：中共苕原县直属机关工作委员会⟧ ⟦d 本网所载文章版权归原作者所有⟧</footer>
</body></html>
""",
        body="""
走进苕原县政务服务中心一楼，一块粉色的指示牌格外显眼：“母婴室，由此前行20米”。这间十余平方米的小屋，是县机关事务中心党支部“我为群众办实事”的项目之一。
去年，支部党员在走访中了解到，来大厅办事的年轻妈妈常常找不到合适的哺乳场所。支部随即召开专题会议，利用闲置的档案暂存间进行改造。
如今，母婴室配备了哺乳椅、护理台、温奶器和一次性护理垫，每天有党员志愿者负责清洁消毒，累计服务群众1300余人次。⟦m （责编：冯一苇）⟧
""",
    ),
    dict(
        slug="dangjian-ruixi-footbridge-lecture-text",
        site="睿溪党建 (invented)",
        style="党建网",
        genre="党课讲稿",
        kind="speech",
        form="text",
        source="https://www.ruixidj.example.cn/dk/2025/0701/101.html",
        title="从一座天桥看“民生小事”——专题党课讲稿",
        record_title="从一座天桥看“民生小事”——专题党课讲稿（精选）",
        date="2025-06-28",
        notes="lecture with speaker line (neutral) and date under the title; study-app prompt between paragraphs; page chrome",
        page="""
!m 睿溪党建 ▪ 党课讲稿库
{T}
国网睿溪县供电公司党委书记　韩青舟
（2025年6月28日）
{BODY}
!a 扫码登录“睿溪党建”学习平台，本篇可计学时 0.5
!l 下一篇：新时代“枫桥经验”专题党课
!m 睿溪党建网　版权所有　技术支持：云上智联
""",
        body="""
同志们：
今天这堂党课，我想从一座天桥讲起。去年，我们在配合文昌路天桥加装电梯的迁改工程中，遇到了施工窗口短、地下管线复杂等困难。
⟦a 本文已收录至“睿溪党建”APP，打开APP阅读更流畅⟧
党员突击队连续奋战七个夜晚，在不停电的情况下完成了电缆迁改，为电梯如期投用争取了时间。
天桥的电梯、路口的一盏灯，看起来都是小事，但对群众来说就是天大的事。希望全体党员把群众的“关键小事”当作自己的头等大事来办。
""",
    ),
    dict(
        slug="hospital-zhechuan-aed-news-html-consult",
        site="柘川县人民医院 (invented)",
        style="医院官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.zcxrmyy.example.cn/news/yydt/2025/0612/9931.html",
        title="我院急诊科走进客运站开展AED急救培训",
        record_title="我院急诊科走进客运站开展AED急救培训-柘川县人民医院",
        date="2025-06-12",
        notes="hospital site with a floating consult box, 预约挂号 and 急救 lines; the department's 咨询电话 kept in the body",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>我院急诊科走进客运站开展AED急救培训-柘川县人民医院</title></head><body>
<div class="top">⟦m 柘川县人民医院　二级甲等综合医院⟧ ⟦m 预约挂号：0743-6230000　急救电话：120⟧</div>
<nav>⟦m 医院概况　新闻中心　科室导航　专家介绍　就医指南⟧</nav>
<div class="pos">⟦m 新闻中心 / 医院动态⟧</div>
<h1>{T}</h1>
<div class="date">⟦m 日期：2025-06-12　浏览量：356⟧</div>
{BODY}
<div class="kefu" style="position:fixed">⟦w 在线咨询 医生在线解答⟧</div>
<div class="more">⟦l 更多动态 &gt;&gt;⟧</div>
<footer>⟦m 地址：柘川县人民路99号⟧ ⟦m 湘ICP备15007781号-1⟧</footer>
</body></html>
""",
        body="""
6月11日，我院急诊科医护人员走进县汽车客运站，为站务人员和驾驶员开展AED急救培训。
培训中，急诊科护士长黄芷若结合真实案例讲解了心脏骤停的识别方法，并手把手指导学员在模拟人上练习胸外按压和AED操作。
当天共有56名学员参加培训，经考核合格的学员将获得院前急救培训证书。
今年以来，急诊科已开展“急救进公共场所”活动9场。有培训需求的单位可与急诊科联系，咨询电话：0743-6230120。
""",
    ),
    dict(
        slug="hospital-liwan-maternal-nursing-text",
        site="楝湾市妇幼保健院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.lwfybjy.example.cn/gg/2025/0801/233.html",
        title="关于门诊母婴室开放时间调整的公告",
        record_title="【院务公开】关于门诊母婴室开放时间调整的公告",
        date="2025-08-01",
        notes="hospital text page; the ward's phone kept beside the site's booking line; 世界母乳喂养周 mention",
        page="""
!m 楝湾市妇幼保健院 —— 守护母婴健康
!m 首页 > 院务公开 > 公告
{T}
!m 发布：2025-08-01　院办
{BODY}
!w 微信预约挂号｜24小时服务热线 0756-4100999
!m 楝湾市妇幼保健院版权所有　粤ICP备16088712号
""",
        body="""
为迎接世界母乳喂养周，方便就诊的哺乳期妈妈，我院决定自2025年8月1日起调整门诊母婴室开放时间。
一、门诊一楼、三楼母婴室开放时间调整为每日7:30至21:00，节假日照常开放。
二、母婴室内设有哺乳咨询服务，由产科护士轮流值守，每周二、四下午提供一对一指导。
三、如需预约哺乳指导，请拨打产科护士站电话：0756-4100236。
特此公告。
楝湾市妇幼保健院
2025年8月1日
""",
    ),
    dict(
        slug="university-zhouning-slowmail-graduates-html",
        site="洲宁大学新闻网 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.zhouning-univ.example.edu.cn/info/1002/38812.htm",
        title="毕业生给十年后的自己寄出一封信",
        record_title="毕业生给十年后的自己寄出一封信-洲宁大学新闻网",
        date="2025-06-20",
        notes="university news site: photo caption, author/photo/editor line, school nav",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>毕业生给十年后的自己寄出一封信-洲宁大学新闻网</title></head><body>
<div class="hd">⟦m 洲宁大学新闻网⟧ <span>⟦m 博学笃行 厚德致远⟧</span></div>
<nav>⟦m 学校首页 · 洲宁要闻 · 综合新闻 · 学院动态 · 媒体洲宁⟧</nav>
<h1>{T}</h1>
<div class="sub">⟦m 来源：文学院　作者：刘亦舟　摄影：陈丹青　发布时间：2025-06-20⟧</div>
{BODY}
<p>⟦m 【审核：吴闻】⟧</p>
<div class="share">⟦l 分享到：微信 QQ 微博⟧</div>
<footer>⟦m 洲宁大学党委宣传部　地址：洲宁市大学城路1号　邮编：350208⟧</footer>
</body></html>
""",
        body="""
6月19日，文学院在图书馆前广场举办“十年之约”主题活动，260余名毕业生在特制的信纸上写下对十年后自己的期许。
⟦m 图为毕业生将信件投入“时光信箱”。⟧
信件由学院统一封装后寄存到校内邮政所，将于2035年6月按照毕业生留下的地址寄出。
“希望那时的我还能保持对文字的热爱。”汉语言文学专业毕业生许知远说。
学院党委副书记表示，活动希望毕业生珍视初心，在未来的日子里不忘母校嘱托。
""",
    ),
    dict(
        slug="university-jinyuan-cpr-course-text",
        site="瑾源医学院 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://jwc.jinyuan-med.example.edu.cn/tz/2025/0226/4410.html",
        title="关于开设“心肺复苏与AED”通识选修课的通知",
        record_title="关于开设“心肺复苏与AED”通识选修课的通知-教务处",
        date="2025-02-26",
        notes="academic-affairs page; course table; the office's phone and mailbox; visitor counter",
        page="""
!m 瑾源医学院教务处
!m 首页 > 通知公告
{T}
!m 发布者：教务处　发布日期：2025-02-26　访问次数：1183
{BODY}
!a 【关闭窗口】
!m 瑾源医学院教务处　版权所有　您是第 216540 位访问者
""",
        body="""
各学院：
为提升学生急救素养，经学校研究，本学期面向全校非临床专业学生开设“心肺复苏与AED”通识选修课，现将有关事项通知如下。
课程信息：
课程代码　学分　学时　上课时间
GX2107　1　16　周三第9—10节
选课时间为3月3日至3月7日，学生通过教务系统选课，每班限40人，额满为止。
课程由临床技能中心教师授课，考核合格者可申请红十字救护员证。
咨询电话：0591-8822416，邮箱：jwc_tsk@example.edu.cn。
教务处
2025年2月26日
""",
    ),
    dict(
        slug="localforum-jiaocheng-lostchild-thanks-html",
        site="葭城论坛 (invented)",
        style="地方论坛",
        genre="感谢信",
        kind="letter",
        form="html",
        source="https://bbs.jiacheng.example.com/thread-229811-1-1.html",
        title="感谢葭城公交3路司机和乘客帮我找回孩子",
        record_title="[本地热帖] 感谢葭城公交3路司机和乘客帮我找回孩子 - 葭城杂谈 - 葭城论坛",
        date="2025-07-28",
        notes="county forum with jammer fonts; post time as date; moderator's note; signature",
        junk=dict(lines=1, glued=1),
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>[本地热帖] 感谢葭城公交3路司机和乘客帮我找回孩子 - 葭城杂谈 - 葭城论坛</title></head><body>
<div id="hd">⟦m 葭城论坛 — 葭城人的网上家园⟧</div>
<div id="nv">⟦m 首页 › 葭城杂谈⟧</div>
<h1>{T}</h1>
<div class="authi">⟦m 楼主：小葡萄她妈　发表于 2025-07-28 22:47　|　查看 6712　回复 88⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="modact">⟦l 本帖被版主 葭城老王 加入精华⟧</div>
<div class="sign">⟦l ——愿每个孩子都平平安安——⟧</div>
<div class="reply">⟦l 快速回复：还可输入 200 字　发表回复⟧</div>
<div id="ft">⟦m 葭城论坛 版权所有 © 2008-2025⟧</div>
</body></html>
""",
        body="""
今天下午在人民广场站下车时，人太多，一转眼五岁的女儿就不见了，我当时腿都软了。
后来才知道，孩子跟着人群又上了3路公交车。司机师傅发现她一个人哭，马上把车停靠在下一站，车上一位大姐一直抱着她安慰。
司机通过调度联系了派出所，民警带着我赶到时，孩子正坐在驾驶座旁边吃大姐给的饼干。
在这里真诚地感谢3路公交的司机师傅、那位没留下名字的大姐，还有人民广场派出所的民警同志。
""",
    ),
    dict(
        slug="localforum-zhouzhi-footbridge-repost-text",
        site="枳州大家谈 (invented)",
        style="地方论坛",
        genre="通告",
        kind="notice",
        form="text",
        source="http://www.zzdajiatan.example.net/t/551902",
        title="关于拆除火车站前人行天桥的公告",
        record_title="[转帖] 关于拆除火车站前人行天桥的公告（附过街方案） - 城建交通 - 枳州大家谈",
        date="2025-09-10",
        date_also=["2025-09-11"],
        notes="poster's aside glued before the reposted notice; repost time differs from the notice date; forum replies",
        page="""
!m 枳州大家谈 » 城建交通
{T}
!m 转帖人：路过的风　2025-09-11 08:05　阅读 2013
{BODY}
!l ---- 回复（23）----
!l 沙发：拆了好，那天桥老是积水
!l 板凳：希望红绿灯时间设长点
""",
        body="""
⟦l 【转自市住建局公众号，大家注意绕行】⟧因火车站站前广场改造需要，经市人民政府同意，决定拆除火车站前人行天桥，改设平面人行过街设施。现将有关事项公告如下。
一、拆除时间：2025年9月20日至10月10日。
二、拆除期间，行人请经站前路临时人行横道过街，该处已设置信号灯和安全岛。
三、新建的平面过街设施将增设无障碍坡道和盲道提示。
特此公告。
枳州市住房和城乡建设局
2025年9月10日
""",
    ),
]

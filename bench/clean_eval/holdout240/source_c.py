"""holdout240, part C: Q&A sites, personal collections, Party-building sites, hospitals, universities.

Everything here is invented; see ../README.md and ../build.py for the markup. Written by hand.
"""

CASES = [
    dict(
        slug="wenjing-qa-hook-falls-question",
        site="问井问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.wenjing.example.com/q/88301274.html",
        title="吸盘挂钩总是掉下来怎么办？",
        record_title=None,
        date=None,
        notes="Q&A page, no record title: the question is the title; adopted-answer badge, vote bar, more answers; "
        "answer time 'yesterday' (no date)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>问井问答 - 有问题，就来问井</title></head>
<body>
<div class="wj-top"><a class="logo">⟦m 问井问答⟧</a><form><input placeholder="搜索你想知道的"><button>⟦a 搜答案⟧</button></form><a>⟦a 我要提问⟧</a></div>
<div class="wj-crumb">⟦m 问井 › 生活 › 家居日用⟧</div>
<div class="wj-q"><h1>{T}</h1>
<p class="wj-q-desc">⟦m 补充：卫生间瓷砖上装的，挂条毛巾都掉，换了三个了⟧</p>
<p>⟦m 提问者：小满不满　｜　浏览 2.4万⟧</p></div>
<div class="wj-best"><span class="badge">⟦m ✔ 提问者采纳⟧</span>
<p class="wj-user">⟦m 收纳师阿七　家居达人　回答于 昨天 22:10⟧</p>
<div class="wj-answer">
{BODY}
</div>
<div class="wj-vote">⟦l 有帮助 132　没帮助 3　评论 8⟧</div></div>
<div class="wj-more"><h3>⟦l 其他 5 条回答⟧</h3>
<p>⟦l 网友8821：买贵一点的旋钮款，真的不一样⟧</p><p>⟦l 老林：往吸盘上抹一点点清水再按，吸得更牢⟧</p>
<a>⟦a 展开其余回答⟧</a></div>
<div class="wj-form">⟦a 我来回答　登录后才能作答哦⟧</div>
<div class="wj-foot">⟦m © 2024 问井问答　京ICP证170822号⟧</div>
</body></html>
""",
        body="""
吸盘挂钩掉，九成是这三个原因，可以对照着排查：
1.墙面不平或有细纹。吸盘只适合光滑平整的瓷砖、玻璃、镜面，磨砂砖、墙漆面、带砖缝的位置都吸不牢。
2.吸盘和墙面不干净。安装前先用洗洁精把吸盘洗干净，墙面用酒精擦一遍，等干透再装。
3.吸盘老化变硬。软胶吸盘一般一两年就会发硬，用热水泡几分钟能恢复一些弹性，不行就换新的。
另外，装好后别马上挂东西，放一晚让它贴实；挂的重量最好不超过标注承重的一半。如果要挂浴巾架、置物篮这类重物，建议换成免打孔胶贴或者直接打孔。
""",
    ),
    dict(
        slug="zhiliao-qa-lock-forgot-code-text",
        site="知了问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://zhiliao.example.cn/question/5520318",
        title="行李箱号码锁密码忘了，怎么打开？",
        record_title="行李箱号码锁密码忘了，怎么打开？（在线等）- 知了问答",
        date=None,
        notes="Q&A as text: question with an aside, best answer with 'answered 3 days ago', vote line, other answers; "
        "no date",
        page="""
!m 知了问答　首页 ｜ 分类 ｜ 专家 ｜ 我的
!t 行李箱号码锁密码忘了，怎么打开？（在线等）
!m 提问：旅途中的橙子　　出行 > 箱包　　3 天前
!m 最佳答案
!m 箱包售后老周　回答于 3 天前
{BODY}
!l 赞同 89　｜　反对 2　｜　收藏 31
!l 其他回答（3）
!l 游客：可以拿去修锁的地方，十几块钱
!l 小乔：我也遇到过，最后是找卖家要的重置方法
!a 还有疑问？点此追问
""",
        body="""
先别急着撬锁，按下面的顺序试：
第一，试出厂密码。大多数行李箱号码锁出厂密码是000，买来没改过的话直接就能打开。
第二，想想常用数字。生日、门牌号、手机尾号，很多人设密码都离不开这几组数。
第三，逐个去试。三位数的锁从000试到999，最多一千次，耐心点半个小时就够了，最好边试边用纸记下试过的数字。
第四，找售后。带上购买凭证联系品牌售后，有的可以寄回去重置，有的海关锁可以到指定门店处理。
打开以后，记得按说明书重新设置一个好记又不容易被猜到的新密码，并存在手机备忘录里。
""",
    ),
    dict(
        slug="jiumen-collection-father-bolt-html",
        site="旧门札记 (invented, personal collection)",
        style="个人文集",
        genre="回忆散文",
        kind="other",
        form="html",
        source="http://www.jiumenzhaji.example.net/wenji/juan2/023.htm",
        title="父亲的铜插销",
        record_title="〖莛城旧物·第三辑〗父亲的铜插销 —— 旧门札记",
        date=None,
        notes="a retired teacher's collection in an old gb2312 layout: chapter links, visitor counter, author's mailbox; "
        "a bookmark link glued after a sentence; no date anywhere",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>〖莛城旧物·第三辑〗父亲的铜插销 —— 旧门札记</title></head>
<body bgcolor="#F5F0E6">
<table width="760" align="center"><tr><td align="center">⟦m 旧门札记 · 一个老教书匠的文字小屋⟧</td></tr>
<tr><td align="center">⟦m 【首页】【莛城旧物】【教书散记】【给我写信】⟧</td></tr></table>
<table width="760" align="center"><tr><td>
<p align="center">⟦m 莛城旧物 · 第三辑 · 第二十三篇⟧</p>
<h2 align="center">{T}</h2>
<p align="center">⟦m 作者：钟离远山⟧</p>
{BODY}
<p align="center">⟦l 【上一篇：母亲的顶针】　【目录】　【下一篇：老屋的门槛】⟧</p>
</td></tr></table>
<table width="760" align="center"><tr><td align="center">
⟦m 本站开通以来，您是第 08734 位读者⟧<br>
⟦w 欢迎来信交流：zhongliys@mail.example.net⟧<br>
⟦d 文章版权归作者所有，转载请先来信⟧
</td></tr></table>
</body></html>
""",
        p_html="<p>　　{}</p>",
        body="""
老家那扇木门上，有一只铜插销，是父亲年轻时从县城五金店买回来的。插销不大，黄铜的插杆被摸得锃亮，推过去的时候“咔嗒”一声，清脆得很。
小时候我最爱干的事，就是晚上抢着去插门。父亲总说：“门插好了，一家人才能睡踏实。”那时候我个子矮，要踮着脚才够得着，插不到位，父亲就在后面握着我的手，一推到底。⟦a 〔加入书签〕⟧
后来我到外地读书、工作，回家的次数越来越少。有一年冬天回去，发现插销松了，父亲说手抖，拧不动螺丝了。我找来螺丝刀，把四颗螺丝一颗颗拧紧，父亲站在旁边看着，像当年看我插门一样。
如今老屋已经没人住了，那只铜插销还在门上。每次回去，我都要推一推，听那一声“咔嗒”。
""",
    ),
    dict(
        slug="zhenshu-collection-screen-oneline",
        site="枕书集 (invented, personal collection)",
        style="个人文集",
        genre="回忆散文",
        kind="other",
        form="text",
        source="https://zhenshuji.example.org/shen/pian/41",
        title="外婆家的那扇绣花屏风",
        record_title=None,
        date=None,
        notes="collection page as text, no record title (the title line); the whole essay on one line; chapter "
        "links and a collection counter; no date",
        page="""
!m 枕书集 · 沈归帆的文字
!m 目录 ｜ 随笔卷 ｜ 第41篇
{T}
!m 文／沈归帆
{BODY}
!l ← 上一篇：巷口的修鞋摊　　下一篇：父亲的搪瓷缸 →
!m 本集共收文章64篇　累计阅读 12.7万
!d 未经作者同意，请勿转载
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
外婆家堂屋里立着一扇四折的绣花屏风，是她出嫁时的陪嫁。屏风上绣的是梅兰竹菊，丝线早已褪了色，可每一针都还是齐齐整整的。
小时候去外婆家，我总爱躲在屏风后面，隔着绸面看外面晃动的人影。外婆从不骂我，只叮嘱一句：“轻点，别把绸子扯坏了。”
外婆说，过去屋里没有隔墙，屏风一拉开，就隔出一块地方来，来了客人，女人们就在屏风后面做针线。
外婆走后，舅舅要把老屋翻修，问我们谁要那扇屏风。我把它运回了城里，摆在书房门口。朋友来了都说好看，问是哪里买的，我说，是外婆留下的。
""",
    ),
    dict(
        slug="xiangzhou-dangjian-bolt-summary",
        site="珦州先锋网 (invented, Party-building portal)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://www.xzxianfeng.example.cn/jcdj/sqdj/202412/t20241218_66120.html",
        title="瑂岭社区党支部“敲门护老”行动工作总结",
        record_title="【党建+网格】瑂岭社区党支部“敲门护老”行动工作总结 - 珦州先锋网",
        date="2024-12-16",
        date_also=["2024-12-18"],
        notes="Party-building portal: study-points prompt, read-on-phone QR line, font controls, share bar; "
        "the portal's date differs from the 成文日期 under the branch's signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【党建+网格】瑂岭社区党支部“敲门护老”行动工作总结 - 珦州先锋网</title></head>
<body>
<div class="xf-head"><span>⟦m 珦州先锋网⟧</span><span>⟦m 中共珦州市委组织部主办⟧</span></div>
<ul class="xf-nav"><li>⟦m 首页⟧</li><li>⟦m 组工动态⟧</li><li>⟦m 基层党建⟧</li><li>⟦m 党员教育⟧</li><li>⟦m 人才工作⟧</li></ul>
<div class="xf-pos">⟦m 首页 → 基层党建 → 社区党建⟧</div>
<div class="xf-article"><h1>{T}</h1>
<p class="xf-meta">⟦m 来源：琡湖区委组织部　发布时间：2024-12-18　浏览：915⟧</p>
<p class="xf-points">⟦a 党员登录后阅读满2分钟，可获学习积分1分⟧</p>
<div class="xf-content">
{BODY}
</div>
<div class="xf-qr">⟦a 用手机扫一扫，文章带回家⟧</div>
<div class="xf-tools">⟦a 【大】【中】【小】　【打印文章】⟧　⟦l 转发：微信 · 微博⟧</div></div>
<div class="xf-rel"><h4>⟦l 基层动态⟧</h4><ul><li>⟦l 玚河街道党工委开展“冬日暖巢”走访⟧</li><li>⟦l 蕈山社区“红色物业”解决楼道照明难题⟧</li></ul></div>
<div class="xf-foot">⟦m 主办：中共珦州市委组织部　承办：珦州市党员教育中心　湘ICP备08004192号⟧</div>
</body></html>
""",
        body="""
今年以来，瑂岭社区党支部围绕独居老人居家安全，组织党员志愿者开展“敲门护老”行动，为老人加装门插销、检修门锁。现将工作情况总结如下。
一、摸清底数。支部书记带领网格员逐户走访，建立独居、空巢老人台账，共排查出门锁老化、无插销的住户46户。
二、党员认领。在职党员通过“双报到”认领服务对象，每名党员联系2至3户老人，做到谁认领、谁上门、谁回访。
三、集中安装。利用5个周末开展集中服务，共为43户老人加装门插销43副、更换门锁11把，另有3户老人因住房拆迁暂缓安装。
四、建立长效机制。将门锁插销检查纳入网格员每月走访内容，发现损坏及时报修。
下一步，支部将把“敲门护老”与防范养老诈骗宣传结合起来，让老人关得上门、守得住“钱袋子”。
中共蔟口镇瑂岭社区支部委员会
2024年12月16日
""",
    ),
    dict(
        slug="danganguan-party-lecture-lock-cn-date",
        site="葙阳党建 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.xiangyangdj.example.cn/dkjt/2024/0703/2210.html",
        title="从一把号码锁说起——在县档案馆保密教育专题党课上的讲稿",
        date="2024-07-01",
        notes="Party site as text, title as in the record: speaker and date lines under the title (neutral, date in "
        "Chinese numerals); a study-points line and a QR prompt below",
        page="""
!m 葙阳党建 · 党课讲堂
!m 首页 ＞ 党员教育 ＞ 党课讲堂
{T}
县档案馆党支部书记　麻春燕
（二〇二四年七月一日）
{BODY}
!a 学习提示：阅读本文并完成随堂测，可计入年度学习积分
!a 〔打印讲稿〕　〔关掉本页〕
!l 相关党课：守住秘密就是守住底线　｜　保密工作“十个不准”解读
!m 中共葙阳县委组织部　版权所有
""",
        body="""
同志们：
今天的党课，我想从档案库房门口那只保密柜上的号码锁说起。
上个月例行检查时，我们发现有一只保密柜的号码锁三年没有改过密码，密码就是柜子编号的后三位，好几位同志都知道。锁是好锁，可密码形同虚设。
这件事给我们提了个醒：保密工作，最怕的不是技术不够，而是思想麻痹。
第一，要把“密码”当回事。保密柜号码锁的密码每季度至少更换一次，人员调整时立即更换，密码不得写在柜子上、桌面上。
第二，要把制度落到细处。库房钥匙和密码分人保管，开柜要两人在场，出入要登记。
第三，要把警示教育常态化。每季度组织一次保密案例学习，让每名党员都知道泄密的代价。
同志们，一把号码锁守的是档案，更是党和国家的秘密。希望大家从今天起，回去把自己经手的每一把锁都检查一遍。
""",
    ),
    dict(
        slug="xichuan-hospital-knife-cut-record-date",
        site="蓰川县人民医院 (invented)",
        style="医院官网",
        genre="科普文章",
        kind="other",
        form="html",
        source="https://www.xcrmyy.example.cn/kpzs/szwk/2024/0819/1137.html",
        title="美工刀划伤手指，这样处理才对",
        record_title="美工刀划伤手指，这样处理才对 - 手足外科 - 蓰川县人民医院",
        record_date="2024-08-19",
        date="2024-08-19",
        notes="hospital site: booking float, 24-hour line and switchboard beside the department's own 咨询电话 in "
        "the body; experts list; date from the record",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>美工刀划伤手指，这样处理才对 - 手足外科 - 蓰川县人民医院</title></head>
<body>
<div class="yy-top">⟦m 蓰川县人民医院　二级甲等综合医院⟧　⟦m 急诊24小时：0738-5660120⟧</div>
<ul class="yy-nav"><li>⟦m 医院概况⟧</li><li>⟦m 科室导航⟧</li><li>⟦m 专家介绍⟧</li><li>⟦m 健康科普⟧</li><li>⟦m 就医指南⟧</li></ul>
<div class="yy-pos">⟦m 当前位置：健康科普 ＞ 手足外科⟧</div>
<div class="yy-art"><h1>{T}</h1>
<p class="yy-info">⟦m 供稿：手足外科　日期：2024-08-19　阅读：3306⟧</p>
<div class="yy-text">
{BODY}
</div></div>
<div class="yy-side"><h4>⟦l 手足外科专家⟧</h4><ul><li>⟦l 喻国栋　主任医师　周一、周四上午⟧</li><li>⟦l 郦嘉禾　副主任医师　周三全天⟧</li></ul></div>
<div class="yy-float">⟦a 网上预约挂号⟧<br>⟦m 预约电话：0738-5660000⟧</div>
<div class="yy-foot">⟦m 地址：蓰川县人民路1号　医院总机：0738-5661001⟧<br>⟦d 本站健康科普仅供参考，不能代替医生面诊⟧</div>
</body></html>
""",
        body="""
暑假期间，我院手足外科接诊的儿童手部割伤中，有近三成是美工刀造成的。手足外科主任喻国栋提醒，美工刀刀口薄而锋利，看似小伤口，有时已伤到肌腱和神经。
被美工刀划伤后，可以这样处理：
1.用干净的纱布或毛巾直接按压伤口，持续按压10分钟左右；
2.出血止住后，用流动的清水冲洗伤口，不要涂牙膏、香灰等偏方；
3.伤口较浅的，可用碘伏消毒后贴上敷料；
4.出现手指伸不直、弯不下或指尖发麻的，可能伤及肌腱或神经，应尽快到医院就诊。
喻国栋特别提醒，肌腱断裂最好在伤后8小时内修复，拖得越久，功能恢复越差。⟦a 觉得有用，转给家人看看⟧
手足外科咨询电话：0738-5660218（工作日8:00—17:30）。
""",
    ),
    dict(
        slug="xiangyang-hospital-screen-nursing-notice",
        site="葙阳县人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.xyxrmyy.example.cn/hlb/tzgg/20240409/88.html",
        title="关于规范使用病房移动屏风保护患者隐私的通知",
        record_title="护理部通知 ▏关于规范使用病房移动屏风保护患者隐私的通知 - 葙阳县人民医院",
        date="2024-04-08",
        notes="hospital site as text: nursing department's notice with 成文日期; hospital hotline and booking "
        "lines in the header and footer",
        page="""
!m 葙阳县人民医院　　预约挂号：0739-2256114　　急救：120
!m 首页 > 护理园地 > 护理部通知
{T}
!m 发布科室：护理部　　　点击：268
{BODY}
!a 【收藏】【打印】【返回上一页】
!l 上一篇：2024年护士节系列活动安排
!l 下一篇：关于开展住院患者跌倒风险评估培训的通知
!m 葙阳县人民医院 版权所有　地址：葙阳县城北路27号
""",
        indent="\u3000\u3000",
        body="""
各临床科室：
为进一步保护住院患者隐私，规范病房移动屏风的使用和消毒，现将有关要求通知如下：
一、为患者进行导尿、灌肠、会阴护理、更换衣物等操作时，凡病室内有其他患者或家属的，必须使用移动屏风遮挡。
二、各病区按每间多人病房1架的标准配备移动屏风，由护士长指定专人管理，屏风脚轮每月检查一次。
三、屏风布帘每月清洗消毒1次，遇污染时随时更换；接触隔离患者使用的屏风，使用后须用含氯消毒液擦拭框架。
四、护理部将把屏风使用情况纳入每月护理质量检查。
请各科室认真落实。
葙阳县人民医院护理部
2024年4月8日
""",
    ),
    dict(
        slug="xzit-news-screen-exhibition-h1",
        site="珦州理工学院新闻网 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.xzit.example.edu.cn/info/1021/40517.htm",
        title="设计学院学生“新屏风”作品展开幕",
        record_title=None,
        date="2024-05-21",
        notes="university news page, no record title (the <h1>); dotted date line as the page's date; a photo "
        "caption between paragraphs and a 文/审核 line glued after the last sentence",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>珦州理工学院新闻网</title></head>
<body>
<div class="xz-head">⟦m 珦州理工学院新闻网⟧　⟦m 厚德 笃行 求实 创新⟧</div>
<ul class="xz-nav"><li>⟦m 学院首页⟧</li><li>⟦m 综合新闻⟧</li><li>⟦m 院部动态⟧</li><li>⟦m 媒体理工⟧</li><li>⟦m 图说校园⟧</li></ul>
<div class="xz-pos">⟦m 当前位置: 首页 &gt;&gt; 院部动态 &gt;&gt; 正文⟧</div>
<form name="_newscontent_fromname"><h1>{T}</h1>
<div class="xz-info">⟦m 2024.05.21　来源：设计学院　点击数：⟧</div>
<div class="v_news_content">
{BODY}
</div></form>
<div class="xz-pn">⟦l 上一条：机械工程学院举办第五届大学生工程训练大赛⟧<br>⟦l 下一条：学校召开2024届毕业生就业工作推进会⟧</div>
<div class="xz-foot">⟦m 版权所有 © 珦州理工学院 党委宣传部　地址：珦州市学府路8号⟧</div>
</body></html>
""",
        body="""
5月20日，设计学院2020级环境设计专业毕业作品展“新屏风”在学校美术馆开幕。展览展出学生作品38件，全部以屏风为题，尝试用竹篾、亚克力、回收纸板等材料重新诠释这一传统家具。
⟦m 展览现场（摄影：陶星辰）⟧
学生邬晓冉的作品《折光》用十二扇半透明亚克力板拼成，观众走动时，屏风上的光影会随之变化。她说，过去的屏风用来挡，她更想让屏风“透”。
指导教师、设计学院副教授管雅琴介绍，毕业设计选题阶段，同学们走访了葙阳县博物馆和几处老宅，测绘了十余扇传统屏风的尺寸和结构。
展览将持续至6月5日，向校内外免费开放。⟦m （文/宣传部 程薇　审核/龚立群）⟧
""",
    ),
    dict(
        slug="xzit-lab-knife-rules-text",
        site="珦州理工学院实验室与设备管理处 (invented)",
        style="高校官网",
        genre="规程",
        kind="other",
        form="text",
        source="http://sbc.xzit.example.edu.cn/gzzd/2024/0902/1188.htm",
        title="设计学院模型工作室美工刀安全操作规程",
        record_title="设计学院模型工作室美工刀安全操作规程-规章制度-实验室与设备管理处",
        date=None,
        notes="university office page as text: rules with 第N条 and only an effective clause (no date); "
        "update stamp and download link are no dates",
        page="""
!m 珦州理工学院　实验室与设备管理处
!m 首页 ｜ 机构设置 ｜ 规章制度 ｜ 安全教育 ｜ 下载专区
{T}
!m 更新时间：2024-09-02　　作者：实验室安全科　　浏览次数：143
{BODY}
!a 附件下载：模型工作室刀具借用登记表.docx
!m 地址：学府路8号实验楼A305　电话：0731-8861205
!m Copyright © 珦州理工学院实验室与设备管理处
""",
        body="""
第一条　为规范模型工作室美工刀等手工刀具的使用，防止割伤事故，制定本规程。
第二条　进入工作室的学生须参加实验室安全培训并考试合格。
第三条　美工刀、手术刀等刀具由工作室管理员统一保管，学生凭校园卡登记借用，当日归还。
第四条　切割材料时须使用切割垫和金属直尺，刀口方向不得对着自己或他人。
第五条　更换刀片须使用工作室配备的掰刀器，废刀片投入红色锐器盒。
第六条　切割亚克力、密度板等硬质材料须使用专用工具，不得用美工刀强行切割。
第七条　发生割伤时，立即用急救箱内纱布按压止血，并报告管理员。
第八条　本规程自2024年秋季学期起施行。
""",
    ),
]

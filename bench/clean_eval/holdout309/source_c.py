"""holdout309, part C: 问答社区, 个人文集, 党建网, 医院官网, 高校官网 (one HTML and one text case each).

Written by hand for this part; every place, person, firm, site, URL and number is invented.
"""

CASES = [
    dict(
        slug="qa-zhiliao-answer-winding-yarn-ball-question-title",
        site="知了问问 (invented Q&A)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.zhiliaoww.com/q/88213046.html",
        title="毛线怎么绕成不容易乱的毛线球？",
        record_title=None,
        date=None,
        notes="Q&A page: no record title, the question is the title; an adopted-answer badge, a vote bar, "
        "more answers and an ask box; answer times relative only (no date)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>知了问问 - 有问题，就会有答案</title>
<script>var QID=88213046;</script></head>
<body>
<div class="hd">⟦m 知了问问⟧ <input placeholder="搜索你感兴趣的问题"> <a>⟦a 我要提问⟧</a> <a>⟦a 登录⟧</a></div>
<div class="crumb">⟦m 知了问问 &gt; 生活 &gt; 手工编织⟧</div>
<div class="question"><h1>{T}</h1>
<p class="q-desc">⟦m 提问者：小满爱织毛衣　｜　浏览 1.2万⟧</p></div>
<div class="best"><span class="badge">⟦m 最佳答案⟧</span>
<div class="ans-meta">⟦m 编织阿婆沬 · 回答于 2 天前 · 采纳率 96%⟧</div>
<div class="ans-body">
{BODY}
</div>
<div class="vote">⟦a 👍 有用 328　👎 没用 4⟧ ⟦a 评论⟧ ⟦a 举报⟧</div></div>
<div class="more"><h3>⟦l 其他回答（5）⟧</h3>
<p>⟦l 隗小果：可以买个绕线器，几块钱一个，摇几下就成球⟧</p>
<p>⟦l 渟川织女：马海毛别绕太紧，会失去弹性⟧</p></div>
<div class="ask">⟦l 还有疑问？向编织达人提问⟧</div>
<footer>⟦d 答案内容由网友提供，仅供参考⟧ ⟦m © 2024 知了问问 zhiliaoww.com⟧</footer>
</body></html>
""",
        body="""
绕毛线球看着简单，想绕得不乱、不松散，有几个小诀窍：
1.先找线头。从绞线里找出外圈的线头，把整绞线套在椅背上或让家人用两手撑着，防止边绕边打结。
2.绕“芯子”。把线头在左手两根手指上绕十来圈，取下后横过来再绕十来圈，做成一个小芯子。
3.换着方向绕。每绕七八圈就把毛线球转一个角度，这样绕出来是圆的，不会一边大一边小。
4.别拉太紧。绕的时候手上留点松劲，毛线被拉得太紧会失去弹性，织出来的东西发硬。
5.线头留在里面。开始那个线头要从芯子里留出来，织的时候从里面抽线，毛线球就不会满地滚了。
""",
    ),
    dict(
        slug="qa-wenbida-answer-what-is-ink-rest",
        site="问必答社区 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="http://www.wenbida.net/question/530172.html",
        title="墨床是做什么用的？买什么材质的好？",
        record_title="墨床是做什么用的？买什么材质的好？ - 问必答社区",
        date=None,
        notes="Q&A text: question title with the site suffix, answer header with a relative time, "
        "a thanks row glued after the last sentence, related questions; no date",
        page="""
!m 问必答社区　｜　你问，我必答
{T}
!m 问题补充：刚开始学书法，老师说要备个墨床，不知道选哪种。
!m 3 个回答　　最佳回答
!m 砚池边的老隗　　书法爱好者　　回答于 3 天前
{BODY}
!a 收起　　分享　　举报
!l 相关问题
!l · 写毛笔字用墨汁还是自己研墨好？
!l · 砚台买回来怎么开墨？
!m 问必答社区 wenbida.net
""",
        indent="",
        body="""
墨床是文房用具，专门用来搁放研过墨的墨锭。墨锭研完后一头是湿的，直接放在桌上会粘桌面、弄脏宣纸，放在砚台里又容易和砚面粘在一起，所以要有个小架子托着。
材质上常见的有瓷、玉石、铜、竹木几种：
瓷的便宜好打理，三四十元就能买到，适合初学；
玉石的手感好、有收藏价值，但价格高，磕碰了心疼；
竹木的轻巧雅致，要注意防潮防裂。
初学的话建议先买一个瓷的，表面有两道凹槽、能让墨锭稳稳横放的就行，不必追求名贵。⟦a 觉得有帮助？点个赞吧⟧
""",
    ),
    dict(
        slug="collection-laomei-memoir-porcelain-ink-rest-table-layout",
        site="老沬文存 (invented personal collection)",
        style="个人文集",
        genre="回忆散文",
        kind="other",
        form="html",
        source="http://www.laomeiwencun.com/jiuhua/011.htm",
        title="祖父的瓷墨床",
        record_title="祖父的瓷墨床（《砢山旧话》第十一篇）— 老沬文存",
        date=None,
        notes="old table-layout collection: chapter links, 繁體 link, a read counter, the author's mailbox; "
        "a memoir dated only by a season; chapter navigation between two paragraphs",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>祖父的瓷墨床（《砢山旧话》第十一篇）— 老沬文存</title>
<script language="JavaScript" src="/count/counter.asp?id=011"></script></head>
<body bgcolor="#FFFDF5">
<table width="820" align="center" border="0"><tr>
<td>⟦m 老沬文存⟧<br>⟦m 一个退休语文教师的旧文章⟧</td>
<td align="right"><a href="/index.htm">⟦m 文存首页⟧</a> | <a href="/jiuhua/">⟦m 砢山旧话⟧</a> | <a href="/big5/jiuhua/011.htm">⟦a 繁體⟧</a></td></tr></table>
<table width="820" align="center" border="0"><tr><td align="center">
<font size="5">{T}</font><br>
<font size="2" color="#888888">⟦m 《砢山旧话》第十一篇　本篇已被阅读 2208 次⟧</font>
</td></tr>
<tr><td class="wen">
{BODY}
</td></tr>
<tr><td align="center">⟦l 【上一篇：打谷场的夏夜】⟧　⟦l 【目录】⟧　⟦l 【下一篇：渲湾的渡船】⟧</td></tr></table>
<table width="820" align="center"><tr><td align="center"><font size="2">
⟦m 来信请寄：laomei_wencun@163.com⟧<br>⟦d 文存所有文章未经作者同意请勿转载⟧
</font></td></tr></table>
</body></html>
""",
        p_html="<p>　　{}</p>",
        body="""
祖父的书桌上有一方青白瓷的墨床，小小的，像一座弯弯的桥，两头翘起，中间凹下去，正好托住一截墨锭。
祖父是砢山镇上的账房先生，每天清早磨墨，磨好了就把墨锭搁在墨床上，然后才翻开账本。我那时候不懂，总想拿它当小船在脸盆里漂，被祖父用戒尺轻轻敲了一下手心。
⟦l 〔本篇共三节，此为第二节〕⟧
后来老屋拆了，许多东西都散了，只有这方墨床被父亲用旧棉袄包着带到了县城。桥背上有一道细细的裂纹，是那年搬家时磕的。
如今它摆在我的书桌上，墨锭换过好几回，我写字的时候也总要先把墨锭横在上面，好像祖父还在旁边看着。
一九九八年秋，改定于渟川
""",
    ),
    dict(
        slug="collection-wenxiao-essay-grandma-yarn-balls-oneline",
        site="闻晓文集 (invented personal collection)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="https://wenxiao.wenjiwang.cn/article/60217",
        title="外婆窗台上的毛线球",
        date=None,
        notes="the record's title as is; the whole essay on one line, paragraphs apart only by the indent; "
        "collection chrome around it; no date",
        page="""
!m 闻晓文集 · 散文卷
!m 目录 ＞ 散文卷 ＞ 第七篇
{T}
!m 字数：约400　　收入时间：半年前
{BODY}
!l 上一篇：隗家坪的石板路　　　下一篇：冬至的汤圆
!d 文集内容为作者原创，转载请注明出处。
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
外婆家的窗台朝南，冬天的太阳最好，那里总摆着一只藤编小篮，篮子里是几个毛线球。
外婆织东西不用看，眼睛望着窗外跟人说话，手上的针却一刻也不停。毛线球在篮子里慢慢变小，像一颗被日子一点点剥开的橘子。
我最爱帮她挑颜色。她说红配绿土，灰配蓝才耐看，可给我织的袜子，偏偏总是大红的，说是小孩子穿着喜庆。
外婆走后，舅妈收拾屋子，把那只藤篮给了我。最上面那个毛线球还连着半截没织完的袖口，针就插在线团里。
我没舍得拆，也没学会织。它就一直在我的书架上，像外婆刚刚起身去灶屋添了一把柴。
""",
    ),
    dict(
        slug="party-tingchuan-speech-silver-knitters-cn-date",
        site="渟川先锋网 (invented Party-building portal)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.tcxianfeng.gov.cn/zbdt/202403/t20240325_6631.html",
        title="在“银发织暖”志愿服务队成立仪式上的讲话",
        record_title="【织暖先锋】在“银发织暖”志愿服务队成立仪式上的讲话-渟川先锋网",
        date="2024-03-22",
        date_also=["2024-03-25"],
        notes="Party portal: a study-points prompt, a read-on-phone QR line; the date under the speech title in Chinese "
        "numerals and a speaker line (neutral); the portal's posting date differs",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【织暖先锋】在“银发织暖”志愿服务队成立仪式上的讲话-渟川先锋网</title>
<script src="/js/study-timer.js"></script></head>
<body>
<div class="banner">⟦m 渟川先锋网⟧ ⟦m 中共渟川县委组织部主办⟧</div>
<nav>⟦m 首页⟧ ⟦m 党建要闻⟧ ⟦m 支部动态⟧ ⟦m 先锋风采⟧ ⟦m 学习园地⟧</nav>
<div class="where">⟦m 首页 › 支部动态⟧</div>
<div class="art">
<h2>{T}</h2>
<p class="sub">（二〇二四年三月二十二日）</p>
<p class="sub">堃园社区党委书记　沬秀兰</p>
<p class="meta">⟦m 发布：2024-03-25　作者：堃园社区党委　浏览：476⟧</p>
<div class="points">⟦a 阅读满3分钟可获学习积分1分⟧</div>
<div class="content">
{BODY}
</div>
<p class="qr">⟦a 扫描二维码，手机继续学习本文⟧</p></div>
<div class="side"><h4>⟦l 支部动态排行⟧</h4><p>⟦l 党员志愿者清理河道垃圾⟧</p><p>⟦l 社区“红色议事厅”开门问计⟧</p></div>
<footer>⟦m 渟川先锋网　技术维护：渟川县委网信办⟧ ⟦m 滇ICP备06011208号⟧</footer>
</body></html>
""",
        body="""
各位党员、志愿者朋友们：
今天，堃园社区“银发织暖”志愿服务队正式成立了。这支队伍由28名退休党员和社区热心阿姨组成，平均年龄66岁，年纪最大的隗奶奶已经81岁了。
织一条围巾要绕好几个毛线球，要织上万针。大家愿意把晚年的时光一针一线地织进给孩子们的温暖里，这本身就是一堂生动的党课。
借此机会，我提三点希望：一是量力而行，编织活动以自愿为原则，不定任务、不搞攀比；二是常态开展，每周三下午在社区活动室集中编织，平时可领取毛线球回家织；三是做好对接，社区党委负责联系隗家坪村小学，把织好的围巾手套及时送到孩子们手中。
最后，祝志愿服务队越办越好，祝各位老同志身体健康！
""",
    ),
    dict(
        slug="party-kepai-circular-branch-seal-boxes",
        site="砢山党建网 (invented)",
        style="党建网",
        genre="通报",
        kind="notice",
        form="text",
        source="http://www.kesdj.cn/tzgg/2024/0603/2278.html",
        title="关于基层党组织印章管理专项检查情况的通报",
        record_title="〖组织工作〗关于基层党组织印章管理专项检查情况的通报 - 砢山党建网",
        date="2024-05-31",
        date_also=["2024-06-03"],
        notes="Party portal text: 文号 line (neutral), numbered findings, 印发 line; the portal's date differs; "
        "a related link between paragraphs",
        page="""
!m 砢山党建网　　初心如磐 使命在肩
!m 首页 > 通知公告 > 组织工作
!t 〖组织工作〗关于基层党组织印章管理专项检查情况的通报
!m 发布日期：2024-06-03　　来源：县委组织部　　【字号：大 中 小】
{T}
砢组通〔2024〕9号
{BODY}
!a 【打印全文】【关闭】
!m 砢山党建网　主办单位：中共砢山县委组织部　电话：0873-4610 2017
""",
        indent="\u3000\u3000",
        body="""
各乡镇党委，县直各党（工）委：
4月至5月，县委组织部对全县186个基层党组织的印章管理情况开展了专项检查。现将有关情况通报如下。
一、总体情况。多数党组织能够落实印章专人保管、用印登记等制度，其中陴口镇、渲湾镇各村党组织统一配置了带锁印章盒，用印登记规范完整。
二、存在问题。一是有23个党组织印章存放在普通抽屉内，未配置印章盒；二是有11个党组织用印登记不全；三是有3个村党支部印章由个人随身携带。
⟦l 相关链接：基层党组织印章刻制使用管理办法（试行）⟧
三、整改要求。各乡镇党委要于6月30日前督促整改到位，为所属党组织统一配置带锁印章盒，建立用印审批登记台账。
中共砢山县委组织部
2024年5月31日
中共砢山县委组织部办公室　　2024年5月31日印发
""",
    ),
    dict(
        slug="hospital-zhicheng-rehab-yarn-ball-hand-training",
        site="榰城市第三人民医院 (invented)",
        style="医院官网",
        genre="科普文章",
        kind="news",
        form="html",
        source="https://www.zc3yy.com/kpzs/kfk/2024-09-12/1902.html",
        title="一团毛线球，帮老人练出灵巧手",
        record_title="【康复课堂】一团毛线球，帮老人练出灵巧手-榰城市第三人民医院",
        record_date="2024-09-12",
        date="2024-09-12",
        notes="hospital article: booking float, 24-hour line, experts list; the department's own 咨询电话 inside the body "
        "beside the hospital's booking line; a photo caption between paragraphs",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【康复课堂】一团毛线球，帮老人练出灵巧手-榰城市第三人民医院</title>
<script src="/js/yuyue-float.js"></script></head>
<body>
<div class="top">⟦m 榰城市第三人民医院⟧ ⟦m 三级综合医院⟧ ⟦m 急诊24小时：0872-6620 1120⟧</div>
<nav>⟦m 首页⟧ ⟦m 医院概况⟧ ⟦m 科室导航⟧ ⟦m 就医指南⟧ ⟦m 科普知识⟧</nav>
<div class="crumb">⟦m 当前位置：首页 &gt; 科普知识 &gt; 康复医学科⟧</div>
<div class="article"><h1>{T}</h1>
<p class="info">⟦m 发布时间：2024-09-12　作者：康复医学科　阅读：1105⟧</p>
<div class="body">
{BODY}
</div></div>
<div class="experts"><h4>⟦l 康复医学科专家⟧</h4><p>⟦l 隗宏伟　主任医师　周二、周四上午⟧</p></div>
<div class="float-yy">⟦a 在线预约挂号⟧<br>⟦m 预约电话：0872-6620 1000⟧</div>
<footer>⟦d 本站科普内容仅供参考，不能代替医生面诊⟧ ⟦m 榰城市第三人民医院 版权所有　滇ICP备10027735号⟧</footer>
</body></html>
""",
        body="""
不少中风后的老人手指僵硬，扣扣子、拿筷子都费劲。在我院康复医学科，治疗师常给老人布置一项“作业”——绕毛线球。
绕毛线球需要手指反复屈伸、捏持和手腕转动，能锻炼手部精细动作和手眼协调。治疗师会根据老人的情况选择粗细不同的毛线，从绕鸡蛋大小的毛线球开始，逐步增加难度。
⟦m 图：康复治疗师指导患者绕毛线球⟧
需要提醒的是，训练要循序渐进，每次15到20分钟为宜，出现手指疼痛、肿胀时应暂停，并及时向治疗师反馈。
有康复训练需求的患者，可到门诊二楼康复医学科咨询，咨询电话：0872-6620 1365。
""",
    ),
    dict(
        slug="hospital-jinyang-notice-entrance-shoe-brush-racks",
        site="溍阳县人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.jyxrmyy.com/tzgg/20240612/3381.html",
        title="关于在门诊及住院部入口增设鞋刷架和防滑设施的通知",
        record_title="【后勤温馨提示】关于在门诊及住院部入口增设鞋刷架和防滑设施的通知 - 溍阳县人民医院",
        date="2024-06-12",
        notes="hospital text: the 后勤保障部's own duty line inside the body beside the hospital's switchboard and "
        "booking line in the page; 成文日期 under the signature",
        page="""
!m 溍阳县人民医院　　二级甲等综合医院
!m 医院总机：0874-5231 2000　　预约挂号：0874-5231 2114
!m 首页 > 院务公开 > 通知公告
{T}
!m 来源：后勤保障部　　点击：392
{BODY}
!a 上一条　　下一条　　返回列表
!m 地址：溍阳县城关镇沬河路18号　　滇ICP备09031166号
""",
        indent="\u3000\u3000",
        body="""
各科室、病区：
近期连续降雨，门诊楼和住院部入口地面湿滑，已发生两起患者家属滑倒的情况。为保障就医安全，后勤保障部决定在门诊楼、住院部及急诊入口增设鞋刷架和防滑设施。现将有关事项通知如下：
一、6月15日前，在上述入口内侧各安装落地式鞋刷架2组，铺设防滑吸水地垫，并设置“小心地滑”提示牌。
二、保洁人员每两小时清理一次鞋刷架和地垫，雨天加密至每小时一次。
三、各科室发现设施损坏或地面积水，请及时报告后勤保障部，值班电话：0874-5231 2066。
溍阳县人民医院后勤保障部
2024年6月12日
""",
    ),
    dict(
        slug="university-tingchuan-news-calligraphy-club-ink-rests-h1",
        site="渟川学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.tcxy.edu.cn/info/1012/60418.htm",
        title="书法协会举办“文房雅器”墨床收藏展",
        record_title=None,
        date="2024-12-06",
        notes="university news: no record title (the h1 holds it); a dotted date line is the page's date; "
        "a photo caption between paragraphs; author and reviewer lines glued after the last sentence",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>渟川学院新闻网</title>
<script src="/system/resource/js/counter.js"></script></head>
<body>
<header>⟦m 渟川学院新闻网⟧ <a>⟦m 学校主页⟧</a> <a>⟦a EN｜英文版⟧</a></header>
<nav>⟦m 学院要闻⟧ ⟦m 综合新闻⟧ ⟦m 校园文化⟧ ⟦m 媒体渟院⟧</nav>
<div class="pos">⟦m 首页 &gt;&gt; 校园文化⟧</div>
<div class="arti"><h1>{T}</h1>
<div class="arti-meta">⟦m 2024.12.06　作者：校团委　浏览：<span id="cnt">897</span>⟧</div>
<div class="v_news_content">
{BODY}
</div></div>
<div class="prevnext">⟦l 上一条：我校学子在省大学生书法大赛中获佳绩⟧<br>⟦l 下一条：图书馆举办古籍修复体验活动⟧</div>
<footer>⟦m 版权所有 © 渟川学院 党委宣传部⟧ ⟦m 地址：渟川县沬河大道99号⟧</footer>
</body></html>
""",
        body="""
12月5日，学校书法协会在图书馆一楼展厅举办“文房雅器”墨床收藏展，展出师生收藏的各式墨床63件。
展品中既有清代粉彩瓷墨床、民国铜墨床，也有同学们用竹根、石料亲手制作的作品。文学院沬老师捐出的一方黄杨木墨床，雕成卧牛形状，引得不少同学驻足拍照。
⟦m 图为同学们在展厅观看墨床展品⟧
书法协会会长、2022级汉语言文学专业隗雨晴介绍，举办这次展览，是希望大家在练字之余了解文房器物背后的文化。展览将持续到12月20日。⟦m 文：隗雨晴　图：沬一帆　审核：校团委⟧
""",
    ),
    dict(
        slug="university-tingchuan-office-notice-seal-use-scan",
        site="渟川学院 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://dzb.tcxy.edu.cn/tzgg/2024/0902/558.htm",
        title="关于启用智能印章盒实行线上用印申请的通知",
        record_title="关于启用智能印章盒实行线上用印申请的通知-党政办公室-渟川学院",
        date="2024-09-02",
        notes="college office notice: scanning a code to apply for a seal is content; the office's own phone inside the "
        "body beside the site's technical line; a screen-reader link row",
        page="""
!m 渟川学院党政办公室
!a 读屏模式　|　大字版　|　English
!m 首页 » 通知公告
{T}
!m 发布者：党政办公室　点击数：1208
{BODY}
!l 【相关附件】智能印章盒使用说明（PDF）
!m 网站技术支持：信息化中心　0871-6738 0090
!m Copyright © 渟川学院党政办公室
""",
        indent="\u3000\u3000",
        body="""
各学院、各部门：
为规范学校印章管理，提高用印效率，党政办公室自9月9日起启用智能印章盒，学校公章和党委印章的用印申请一律改为线上办理。现将有关事项通知如下：
一、经办人扫描印章盒上的二维码，或登录“渟院办事大厅”提交用印申请，上传需盖章的文件。
二、申请经部门负责人和党政办公室审核通过后，经办人持文件到行政楼305室，由工作人员开盒盖章。
三、印章盒自动记录每次用印的时间和影像，纸质用印登记本同时停用。
如有疑问，请联系党政办公室，电话：0871-6738 0115。
党政办公室
2024年9月2日
""",
    ),
]

"""holdout277, part C: Q&A sites, personal collections, Party-building sites, hospitals, universities, a county forum.

Invented text, sites, places, people, numbers and URLs; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="qa-zhiliao-cat-litter-toilet-question-title",
        site="知了问答 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.zhiliaowenda.example.com/q/3301872056",
        title="猫砂能不能直接倒进马桶冲掉？",
        record_title=None,
        date=None,
        notes="no title in the record: the question is the title (<h1>); the question's supplement line is neutral; "
        "an adopted-answer badge, the answerer's line with a relative time (no date), a vote row and more answers",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>知了问答</title>
<script src="/assets/qa.bundle.js"></script></head><body>
<div class="zl-top">⟦m 知了问答 · 有问题，知了答⟧　<a>⟦a 我要提问⟧</a>　<a>⟦a 登录⟧</a></div>
<div class="zl-cate">⟦m 分类：生活 › 宠物 › 猫⟧</div>
<div class="zl-q"><h1>{T}</h1>
<p class="zl-q-desc">补充：家里马桶是老式的，怕堵。</p>
<p class="zl-q-meta">⟦m 提问者：匿名用户　浏览 3.4万　关注 212⟧</p></div>
<div class="zl-best"><span class="badge">⟦m ✔ 提问者采纳⟧</span>
<div class="zl-user">⟦m 宠物医生老田　执业兽医　回答于 3 天前⟧</div>
<div class="zl-answer">
{BODY}
</div>
<div class="zl-vote">⟦l 有用 128　没用 4　评论 9⟧</div></div>
<div class="zl-more"><h3>⟦l 其他 6 个回答⟧</h3>
<div class="zl-a">⟦l 路人甲：我冲过一次，结果请师傅通了两百块……⟧</div>
<div class="zl-a">⟦l 喵星驻地球办事处：豆腐砂少量可以，别图省事⟧</div></div>
<div class="zl-foot">⟦d 回答内容为网友个人观点，不代表知了问答立场⟧　⟦m 京ICP备24009118号⟧</div>
</body></html>
""",
        body="""
要看是什么猫砂，不能一概而论。
膨润土猫砂、水晶猫砂绝对不能冲。膨润土遇水会膨胀结块，在管道拐弯处越积越硬，最后只能请人疏通甚至刨开地砖；水晶砂不溶于水，同样会堵。
豆腐猫砂、玉米猫砂这类植物砂，包装上一般标着“可冲厕”，但也只适合少量冲，一次一两块结团，冲完再多放一会儿水。老房子的管道细、坡度小，最好还是别冲。
另外，猫砂里混着猫的粪便，可能带有寄生虫卵，直接冲进下水道对环境也不好。稳妥的办法是装进垃圾袋扎紧，当作其他垃圾扔掉。
""",
    ),
    dict(
        slug="qa-wenzhi-umbrella-stand-dripping-water",
        site="问知社区 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://wenzhi.example.com/question/88017342",
        title="办公楼门口的伞架总是流一地水，有什么好办法？",
        record_title="办公楼门口的伞架总是流一地水，有什么好办法？（求支招）- 问知社区",
        date=None,
        notes="a Q&A page as text: the question decorated in the record, an answer with a 1. 2. 3. list, answerer "
        "line with a relative time, vote and comment rows, more answers",
        page="""
!m 问知社区　|　首页　话题　提问
!t 办公楼门口的伞架总是流一地水，有什么好办法？（求支招）- 问知社区
!m 12 个回答　·　被浏览 9,310 次
!m 物业老周　物业项目经理　·　昨天 18:05 回答
{BODY}
!l 赞同 203　|　评论 17　|　收藏 |　举报
!l 查看全部 12 个回答 ›
!m 问知社区　© 2025　用户协议　隐私政策
""",
        body="""
我在物业干了八年，这个问题很常见，说几个管用的办法。
1.换带接水盘的伞架。底部接水盘要有一定深度，最好能拆下来倒水，每天下班前清一次。
2.伞架旁边放一台伞套机，或者放一筐一次性伞套，湿伞套上再进门，大厅基本就干了。
3.伞架前后铺吸水地垫，地垫下面再垫一层防滑垫，避免有人滑倒。
4.安排保洁在雨天每隔半小时巡一次，及时拖干门口地面，并摆放“小心地滑”提示牌。
如果人流量大，可以把伞架挪到门外的雨棚下面，从源头上减少带进来的水。
""",
    ),
    dict(
        slug="collection-jiejiawan-memoir-grandma-roly-poly",
        site="颉家湾文存 (invented personal collection, old table layout)",
        style="个人文集",
        genre="回忆散文",
        kind="other",
        form="html",
        source="http://www.jiejiawan-wc.example.net/jiunian/09.htm",
        title="外婆的不倒翁",
        record_title="〔旧年灯火〕之九：外婆的不倒翁 — 颉家湾文存",
        date=None,
        notes="a retired teacher's collection in an old gb2312 table layout: chapter links, a table of contents "
        "link, a visitor counter and the author's mailbox; a memoir with no date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>〔旧年灯火〕之九：外婆的不倒翁 — 颉家湾文存</title>
<style>td{font-size:14px;line-height:180%}</style></head>
<body bgcolor="#F7F3E8">
<table width="760" align="center" border="0"><tr><td align="center">⟦m 颉家湾文存　·　一个老教书匠的旧文⟧</td></tr>
<tr><td align="center">⟦m 〔旧年灯火〕　〔课余闲笔〕　〔乡音〕　〔留言本〕⟧</td></tr></table>
<table width="760" align="center" border="0"><tr><td align="center"><font size="4"><b>{T}</b></font></td></tr>
<tr><td>
{BODY}
</td></tr>
<tr><td align="center">⟦l 〈〈 上一章：槐树下的货郎担⟧　⟦l ｜返回目录｜⟧　⟦l 下一章：冬夜的风箱 〉〉⟧</td></tr></table>
<table width="760" align="center"><tr><td align="center">
⟦m 文存作者信箱：jiejiawan_lz@example.net⟧<br>
⟦m 自2009年开通以来，已有 118406 人次来访⟧<br>
⟦d 文中所写皆为私人回忆，未经同意请勿转载⟧
</td></tr></table>
</body></html>
""",
        p_html="<p>　　{}</p>",
        body="""
外婆家在颉家湾，村口有棵老槐树。我五岁那年夏天，外婆从集上给我带回一只不倒翁。
那是个泥胎的胖娃娃，脸蛋涂得通红，肚子上画着一条鲤鱼。外婆把它放在八仙桌上，用手指轻轻一点，它晃了几晃，又笑眯眯地站直了。我趴在桌边点了一下午，怎么也推不倒它。
外婆说，不倒翁肚子里坠着一块泥，心里有分量，就倒不了。那时我听不懂，只觉得好玩。
后来不倒翁摔裂了一道缝，外婆用浆糊糊了一层红纸，它又在我的枕头边站了好几年。
如今外婆走了二十多年，那只不倒翁早已不知去向。可每当日子不顺的时候，我总会想起她那句话：心里有分量，就倒不了。
""",
    ),
    dict(
        slug="collection-fengguo-memoir-father-lunch-bucket-oneline",
        site="风过竹林 (invented personal collection)",
        style="个人文集",
        genre="回忆散文",
        kind="other",
        form="text",
        source="https://fengguozhulin.example.com/wenji/3/17.html",
        title="父亲的保温桶",
        record_title=None,
        date=None,
        notes="no title in the record: the title line on the page; the whole memoir on one line; an upload stamp "
        "is no date; collection header and chapter links",
        page="""
!m 风过竹林——旧文集
!m 第三辑·家常　（共22篇）
{T}
!m 字数 302　｜　上传于 2024-06-02
{BODY}
!l 上一篇：母亲的腌菜坛　　下一篇：砖厂的烟囱
!m 风过竹林 · 文责自负
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
父亲在砖厂干了二十年，每天天不亮就出门，手里拎着一只绿色的保温桶。
那只保温桶是厂里发的劳保，两层，下层装饭，上层装菜，盖子上拴着一根麻绳。母亲五点起来做饭，把米饭压得实实的，菜上面再卧一个荷包蛋。
父亲说，到中午打开，饭还是温的，比厂里食堂的好吃。有一回我发烧没去上学，跟着父亲去了砖厂，中午他把荷包蛋夹给了我，自己就着咸菜吃完了米饭。
后来父亲退休了，保温桶的漆掉得斑斑驳驳，母亲几次要扔，他都拦着，说装点米也好。
""",
    ),
    dict(
        slug="party-tianyuan-speech-volunteer-lunch-buckets",
        site="畋原先锋网 (invented Party-building portal)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://www.tianyuanxf.example.cn/zyfw/2025/0116/7702.html",
        title="在“爱心午餐　保温到家”党员志愿服务项目启动仪式上的讲话",
        record_title="【志愿服务·讲话】在“爱心午餐　保温到家”党员志愿服务项目启动仪式上的讲话 - 畋原先锋网",
        date="2025-01-15",
        date_also=["2025-01-16"],
        notes="a Party-building portal: speaker and date lines under the title neutral; the site's posting date "
        "differs; a study-points prompt, a read-on-phone QR line; 扫码签到 kept as content",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>【志愿服务·讲话】在“爱心午餐　保温到家”党员志愿服务项目启动仪式上的讲话 - 畋原先锋网</title>
<script src="/static/js/study-timer.js"></script></head><body>
<div class="hd">⟦m 畋原先锋网　中共畋原区委组织部主办⟧</div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 组织建设⟧</li><li>⟦m 党员教育⟧</li><li>⟦m 志愿服务⟧</li><li>⟦m 先锋风采⟧</li></ul>
<div class="loc">⟦m 当前位置：首页 - 志愿服务 - 正文⟧</div>
<div class="article"><h1>{T}</h1>
<div class="src">⟦m 2025-01-16　来源：区委组织部　浏览次数：935⟧</div>
<div class="study">⟦a 党员用户阅读满3分钟，可累计学习积分1分⟧</div>
<div class="content">
<p style="text-align:center">区委组织部副部长　庞景川</p>
<p style="text-align:center">（2025年1月15日）</p>
{BODY}
</div>
<div class="qr">⟦a 用手机扫一扫，随时随地学⟧</div>
<div class="pn">⟦l 上一篇：畋原区召开2024年度基层党建述职评议会⟧</div></div>
<div class="ft">⟦m 中共畋原区委组织部　地址：畋原区宓坪路1号　邮编：418000⟧</div>
</body></html>
""",
        body="""
同志们、志愿者朋友们：
今天，我们在这里启动“爱心午餐　保温到家”党员志愿服务项目，组织机关党员为辖区高龄、独居老人送午餐。首先，我代表区委组织部，向报名参加的127名党员志愿者表示感谢！
这个项目不复杂：街道助餐点做好饭菜，装进保温桶，党员志愿者按片区认领，每天中午前送到老人家中。看似一件小事，却是党员联系群众最直接的方式。
我提三点希望：一是守时，饭菜要热着送到；二是细心，送餐时看看老人身体怎么样、家里有没有困难，发现问题及时报告；三是坚持，不搞一阵风，要让老人天天都能等到那只保温桶。
仪式结束后，请各支部组织志愿者扫码签到，领取保温桶和工作证。
谢谢大家！
""",
    ),
    dict(
        slug="party-qishan-summary-umbrella-stands-table",
        site="颀山党建网 (invented)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.qishandj.example.cn/jgdj/2024/1225/5518.html",
        title="机关第二党支部“爱心伞架”志愿服务工作总结",
        date="2024-12-20",
        date_also=["2024-12-25"],
        notes="title given by the record as is; a table of umbrella-stand points (one row a paragraph); the "
        "site's date differs from the date under the signature; a QR code kept as content",
        page="""
!m 颀山党建网　|　颀山县委组织部主办
!m 首页 > 机关党建 > 支部动态
{T}
!m 2024-12-25　来源：县直机关工委　【字体：大 中 小】
{BODY}
!a 【我要纠错】　【打印此页】　【关闭】
!l 相关阅读：县直机关“我为群众办实事”项目清单公布
!m 主办：中共颀山县委组织部　备案号：蜀ICP备10027761号
""",
        indent="\u3000\u3000",
        body="""
今年以来，机关第二党支部在单位门厅和附近公交站台设置“爱心伞架”，开展借伞还伞志愿服务，现将工作情况总结如下。
一、基本情况
全年共设置爱心伞架4处，投放雨伞260把，党员志愿者轮流值守。各点位借还情况如下：
点位　投放数　借出人次　归还率
机关门厅　80把　1120人次　96%
颀山路公交站　70把　860人次　88%
旖水桥公交站　60把　640人次　85%
农贸市场入口　50把　510人次　79%
二、存在的不足
部分点位归还率偏低，雨伞损坏较多，值守时间与群众需求还不完全匹配。
三、下一步打算
明年将为伞架加装借还登记二维码，增加晴雨提示，把爱心伞架延伸到学校和医院门口。
机关第二党支部
2024年12月20日
""",
    ),
    dict(
        slug="hospital-lanzhou2-notice-pillowcase-change",
        site="斓州市第二人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.lzey.example.com/ywgk/2025/0801/1190.html",
        title="关于调整住院病区床单枕套更换要求的通知",
        record_title="院务公开 › 关于调整住院病区床单枕套更换要求的通知｜斓州二院",
        date="2025-08-01",
        notes="a hospital site: a booking float, a 24-hour emergency line and an experts list beside the nursing "
        "department's own 咨询电话 in the body",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>院务公开 › 关于调整住院病区床单枕套更换要求的通知｜斓州二院</title>
<script src="/js/float-booking.js"></script></head><body>
<div class="h-top">⟦m 斓州市第二人民医院　三级综合医院⟧　⟦m 急诊急救24小时：0734-2261120⟧</div>
<ul class="h-nav"><li>⟦m 医院概况⟧</li><li>⟦m 就医指南⟧</li><li>⟦m 科室导航⟧</li><li>⟦m 院务公开⟧</li><li>⟦m 护理园地⟧</li></ul>
<div class="h-path">⟦m 您现在的位置：首页 / 院务公开 / 通知公告⟧</div>
<div class="h-art"><h2>{T}</h2>
<div class="h-info">⟦m 来源：护理部　录入：院办　访问量：1534⟧</div>
<div class="h-text">
{BODY}
</div></div>
<div class="h-side"><h4>⟦l 名医推荐⟧</h4><p>⟦l 呼吸内科　房立山　主任医师　周二上午⟧</p><p>⟦l 感染科　阎书蕙　副主任医师　周四全天⟧</p></div>
<div class="h-float">⟦a 微信预约挂号，点我试试⟧</div>
<div class="h-foot">⟦m 地址：斓州市衽口路201号　总机：0734-2261000⟧　⟦d 本网站信息仅供参考，不能作为诊断及医疗依据⟧</div>
</body></html>
""",
        body="""
各住院病区：
为进一步做好医院感染防控，提升住院患者就医体验，经院务会研究，自2025年8月5日起调整住院病区床单、枕套更换要求如下：
一、普通病区床单、被套、枕套每周更换两次，遇污染随时更换。
二、感染科、重症医学科等重点科室的枕套每日更换，换下的布草装入黄色专用袋，密闭转运。
三、患者出院后，床单元终末消毒，枕芯同时送消毒供应中心处理。
四、患者及家属自带的枕套，须经病区护士检查，并做好标识。
如有疑问，请联系护理部，咨询电话：0734-2261538。
斓州市第二人民医院
2025年8月1日
""",
    ),
    dict(
        slug="hospital-jinchuan-mch-cat-litter-pregnancy",
        site="衿川县妇幼保健院 (invented)",
        style="医院官网",
        genre="科普文章",
        kind="other",
        form="text",
        source="http://www.jcfybj.example.cn/jkkp/2025/0512/260.html",
        title="养猫的准妈妈：猫砂交给家人来铲",
        record_title="【孕妈课堂】养猫的准妈妈：猫砂交给家人来铲 - 衿川县妇幼保健院",
        date="2025-05-12",
        notes="a hospital's health article: the byline's 发布时间 is the page's date; a booking line and a 24-hour "
        "line at the bottom, a share line",
        page="""
!m 衿川县妇幼保健院　|　健康科普
!t 【孕妈课堂】养猫的准妈妈：猫砂交给家人来铲 - 衿川县妇幼保健院
!m 发布时间：2025-05-12　作者：产科　吕婉清　阅读：826
{BODY}
!l 分享到朋友圈　|　发送给孕妈好友
!a 产科门诊网上预约：关注“衿川妇幼”服务号，点“预约挂号”
!m 24小时产科急诊：0831-6688120
""",
        body="""
门诊里常有准妈妈问：怀孕了，家里的猫还能养吗？答案是能养，但要注意弓形虫。
弓形虫主要通过猫的粪便排出，猫砂里的虫卵在一到五天后才具有感染性。孕早期感染弓形虫，可能引起流产或胎儿发育异常。
我们建议：一、孕期由家人每天清理猫砂，不让虫卵有时间“成熟”；二、如果只能自己清理，要戴一次性手套和口罩，结束后用流动水洗手；三、不给猫喂生肉，尽量不让猫外出；四、孕前或孕早期到医院做一次弓形虫抗体检查。
有疑问的准妈妈，可以在每周三下午到孕妇学校咨询。
""",
    ),
    dict(
        slug="univ-lanzhou-normal-news-smart-umbrella-stand",
        site="斓州师范学院新闻网 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.lznu.example.edu.cn/info/1021/36604.htm",
        title="图书馆东门新增智能伞架　雨天借伞刷校园卡",
        record_title=None,
        date="2025-06-18",
        notes="no title in the record: the news page's <h1>; a dotted date in the byline is the page's date; the "
        "author/photo credit line below the text is chrome; school nav and a quick-links footer",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>斓州师范学院新闻网</title>
<script src="/system/resource/js/counter.js"></script></head><body>
<div class="sch-top">⟦m 斓州师范学院新闻网⟧　⟦a 学校主页⟧　⟦a 投稿系统⟧</div>
<ul class="sch-nav"><li>⟦m 师院要闻⟧</li><li>⟦m 院部传真⟧</li><li>⟦m 校园动态⟧</li><li>⟦m 媒体师院⟧</li></ul>
<div class="sch-path">⟦m 当前位置：首页>>校园动态>>正文⟧</div>
<h1>{T}</h1>
<div class="sch-meta">⟦m 2025.06.18　点击：[1207]⟧</div>
<div class="sch-text">
{BODY}
<p class="author">⟦m （文/图书馆　涂敏　图/学生记者　彭一帆）⟧</p>
<p class="editor">⟦m 责编：朱翎　审核：骆其昌⟧</p>
</div>
<div class="sch-share">⟦l 分享本文到：QQ｜微信｜微博⟧</div>
<div class="sch-foot">⟦m 斓州师范学院党委宣传部　地址：斓州市畋原区师院路9号⟧</div>
</body></html>
""",
        body="""
6月17日，图书馆东门入口处新装的两组智能伞架投入使用，师生刷校园卡即可借用雨伞，24小时内归还到任意一组伞架均可。
据图书馆办公室介绍，以往雨天进馆，读者只能把湿伞放在门口的塑料桶里，常常拿错、丢失，门厅地面也容易湿滑。新伞架每组有30个伞位，配有接水槽和烘干风道，湿伞插入后约20分钟就能晾干。
首批投放的120把雨伞由校友会捐赠。开学后，学校还将在第一教学楼、学生食堂等处增设智能伞架。
""",
    ),
    dict(
        slug="univ-lanzhou-normal-notice-bedding-pillowcases",
        site="斓州师范学院后勤保障处 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://hqc.lznu.example.edu.cn/tzgg/2025/0825/518.htm",
        title="关于2025级新生床上用品领取的通知",
        record_title="〖后勤通知〗关于2025级新生床上用品领取的通知 · 斓州师院后勤",
        date="2025-08-25",
        notes="a university department's notice with a 1. 2. 3. list; the department's own signature and date; "
        "department header, a service-hall phone line at the bottom",
        page="""
!m 斓州师范学院后勤保障处　　服务师生　保障有力
!m 后勤首页　>　通知公告
!t 〖后勤通知〗关于2025级新生床上用品领取的通知 · 斓州师院后勤
!m 点击数：2406
{BODY}
!l 【上一条】关于暑期学生公寓维修的公告　【下一条】食堂2025年秋季学期开餐安排
!m 后勤服务大厅：0734-2688001（工作日）
""",
        body="""
各位2025级新同学：
学校为每位新生准备了一套床上用品，包括棉被、床单、被套、枕芯和枕套，其中枕套两只，供换洗使用。现将领取事项通知如下：
1.领取时间：9月6日至9月7日，每天8:30—17:30。
2.领取地点：各宿舍楼一楼值班室。
3.领取方式：凭校园卡或录取通知书领取，本人签字确认。
4.已自备床上用品的同学可以不领，但请在迎新系统中勾选“不需要”，以便统计。
床上用品均已洗涤消毒，领取后请当面检查，发现破损、污渍的可当场调换。
后勤保障处
2025年8月25日
""",
    ),
    dict(
        slug="countyforum-renkou-cat-litter-boxes-corridor",
        site="衽口生活网 (invented county forum)",
        style="地方论坛",
        genre="论坛帖子",
        kind="other",
        form="html",
        source="https://bbs.renkoulife.example.com/thread-91207-1-1.html",
        title="楼道里堆了三个猫砂盆，味道熏得人不敢开门",
        record_title=None,
        date=None,
        notes="no title in the record: the thread subject; a county forum with a weather line, jammer-font junk, a "
        "decoration ad, medals, an official-reply link; '2 天前' is no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>衽口生活网 - 衽口人自己的论坛</title>
<style>.jammer{display:none}</style>
<script src="/static/js/forum.min.js?v=2025"></script></head><body>
<div class="top">⟦m 衽口生活网⟧　⟦m 今天 多云转小雨 22~29℃⟧　<a>⟦a 登录｜注册⟧</a></div>
<div class="nav">⟦m 衽口生活网 › 民生曝光台 › 帖子详情⟧</div>
<div class="ad">⟦w 衽口安居装饰 半包全包 免费上门量房 电话 138 1072 4460⟧</div>
<div class="post">
<div class="author">⟦m 衽口土著　勋章：热心网友｜老坛友⟧</div>
<h1 id="thread_subject">{T}</h1>
<div class="ptime">⟦m 发表于 2 天前　只看楼主⟧</div>
<div class="message">
{BODY}
</div>
<div class="official">⟦l 【官方回复】新华社区已介入协调，点此查看办理结果⟧</div>
<div class="ops">⟦a 支持(57)　反对(2)　转发　举报⟧</div></div>
<div class="reply">⟦l 沙发　河边小卖部：找社区，社区管得了⟧</div>
<div class="foot">⟦m 衽口生活网 版权所有　客服QQ：2035511870⟧</div>
</body></html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=2),
        body="""
我住在衽口镇新华小区5栋，对门邻居养了好几只猫，最近把三个猫砂盆摆在楼道里，说家里放不下。
天一热，楼道里的味道简直没法闻，开门就是一股氨水味，猫砂还被踩得满地都是。家里老人有哮喘，这几天咳得厉害。
我敲过两次门，好好跟他商量，对方说楼道是公共区域，谁都能用。物业来看了一次，贴了张提示就没下文了。
想问问大家，这种情况该找谁？居委会能管吗？总不能为这事跟邻居吵起来吧。
""",
    ),
]

"""holdout221, part C: Q&A sites, personal collections, Party-building portals, hospitals and universities.

Invented text (places, people, sites, URLs, phones); see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="qa-youwen-lamp-colour-temperature-question-title",
        site="有问必答网 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.youwenbida.example.com/q/20431877.html",
        title="孩子写作业用的护眼台灯，色温选3000K还是5000K？",
        record_title=None,
        date=None,
        notes="Q&A page: no record title, the question is the title (<h1>); adopted-answer badge, vote row, more answers; 回答于 a relative time only",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>孩子写作业用的护眼台灯，色温选3000K还是5000K？_有问必答网</title></head><body>
<div class="top">⟦m 有问必答网⟧ <a>⟦a 我要提问⟧</a> <a>⟦a 登录⟧</a></div>
<div class="crumb">⟦m 有问必答 › 母婴育儿 › 学习用品⟧</div>
<div class="question"><h1>{T}</h1>
<p class="q-meta">⟦m 提问者：柚子妈妈　1 周前　浏览 2,718⟧</p></div>
<div class="best"><span class="badge">⟦m ✔ 提问者采纳⟧</span>
<div class="ans-user">⟦m 灯具工程师阿哲　光学行业 8 年　回答于 3 天前⟧</div>
<div class="ans">
{BODY}
</div>
<div class="vote">⟦l 有用 356　没用 7　评论 12⟧</div></div>
<div class="more"><h3>⟦l 其他 5 条回答⟧</h3><p>⟦l 小鹿：我家买的4000K，孩子说不刺眼⟧</p></div>
<div class="side"><h4>⟦l 相似问题⟧</h4><p>⟦l 护眼台灯AA级和A级差别大吗？⟧</p><p>⟦l 台灯放左边还是右边？⟧</p></div>
<div class="ft">⟦d 回答内容由网友提供，仅供参考，不代表本站观点⟧　⟦m 粤ICP备20066172号⟧</div>
</body></html>
""",
        p_html="<p>{}</p>",
        body="""
建议选4000K左右的中性白光，3000K偏黄、5000K偏白，都不太适合长时间读写。
色温太低，光线发黄，看书写字时对比度不够，孩子容易凑近看；色温太高，蓝光成分偏多，时间长了眼睛容易干涩疲劳。
另外，比色温更重要的是照度和频闪。买之前可以看看有没有标注AA级照度，再用手机摄像头对着灯照一下，没有滚动条纹的才算无可视频闪。
最后提醒一句，台灯要放在写字那只手的对侧，房间大灯也要同时开着，不要只开一盏台灯。
""",
    ),
    dict(
        slug="qa-zhujia-shutter-remote-lost",
        site="住家知道 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://zhidao.zhujia.example.com/question/7730154.html",
        title="车库卷帘门遥控器丢了，只能换电机吗？",
        record_title="车库卷帘门遥控器丢了，只能换电机吗？_家居问答_住家知道",
        date=None,
        notes="Q&A text page: the question repeated as the page title, an answerer's card, a 'yesterday' answer time; no date",
        page="""
!m 住家知道 · 装修居家问答
{T}
!m 问题补充：老小区车库，电动卷帘门，遥控器搬家时弄丢了
!m 门窗师傅老韩　|　回答于 昨天 16:42　|　已帮助 1.1万人
{BODY}
!l 👍 赞同 88　　💬 追问
!l 其他回答：楼下修锁的也能配，我配过，三十块。
!l 大家还在问：卷帘门遇停电怎么手动打开？
!w 本地门窗师傅上门服务，一键预约：400-6677-2513
!m 住家知道 zhujia.example.com　苏ICP备20030418号
""",
        body="""
不用换电机。大部分电动卷帘门的遥控器是可以单独补配的。
先看一下电机控制盒或者原遥控器包装上的品牌和型号，买同型号的遥控器，按说明书进行对码就行。常见的对码方法是按住控制盒上的学习键，指示灯亮后再按新遥控器的按键。
如果控制盒找不到学习键，或者是老式的固定码遥控器，可以请售后师傅上门处理，一般几十块钱。
补配好以后，建议把旧遥控器的码清除掉，避免被捡到的人打开你家车库。
""",
    ),
    dict(
        slug="anthology-laokuang-shutter-memoir-gb2312",
        site="楙阳老邝文存 (invented, retired shopkeeper's collection)",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="html",
        source="http://laokuang.example.net/wenji/juan2/11.htm",
        title="街口那扇卷帘门",
        record_title="〔杕河拾忆·第十一则〕街口那扇卷帘门 — 楙阳老邝文存",
        date=None,
        notes="old gb2312 table page of a personal collection: chapter links, visitor counter, the author's mailbox; years only inside the memoir, no date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>〔杕河拾忆·第十一则〕街口那扇卷帘门 — 楙阳老邝文存</title></head>
<body background="/img/paper.gif">
<table width="760" align="center" border="0"><tr><td align="center">
<font size="5">⟦m 楙阳老邝文存⟧</font><br>⟦m 一个杂货铺老板的闲笔⟧
</td></tr>
<tr><td align="center">⟦m 文存首页 ｜ 卷一·杕河人家 ｜ 卷二·杕河拾忆 ｜ 卷三·铺子里的账⟧</td></tr>
<tr><td>
<p align="center"><font size="4">⟦m 〔杕河拾忆·第十一则〕⟧<br>{T}</font></p>
{BODY}
</td></tr>
<tr><td align="center">⟦l ‹ 第十则　杕河桥头的修车摊　｜　返回卷二目录　｜　第十二则　腊月里的糖糕 ›⟧</td></tr>
<tr><td align="center">⟦w 来信请寄：laokuang_wencun@example.net⟧<br>⟦m 本文存自开张以来，承蒙 40318 人次光顾⟧</td></tr>
</table>
</body></html>
""",
        p_html="<p>　　{}</p>",
        body="""
我家的杂货铺开在杕河桥头，三十多年来，最让我惦记的不是货架，而是那扇卷帘门。
八十年代末刚开店时，门是木板拼的，每晚要一块一块上门板，冬天手冻得通红。一九九五年，父亲咬牙花了四百多块钱，换上了镇上第一扇铁皮卷帘门。拉下来“哗啦”一声，整条街都听得见。
后来，这声音成了街坊们的钟。早上门一响，隔壁王婶就说：“邝家开门了，该买菜了。”晚上门一落，孩子们就知道该回家写作业了。
前年铺子换成了电动卷帘门，按一下遥控就开，再也听不到那声“哗啦”了。老伴说清静，我却总觉得少了点什么。
现在我把铺子交给了儿子，偶尔路过，还会站在门口看一会儿。那扇门，关住的是货，也关住了我大半辈子的日子。
""",
    ),
    dict(
        slug="anthology-shuangye-ereader-essay-oneline",
        site="霜叶小集 (invented, retired teacher's collection)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="https://shuangye-xiaoji.example.org/juan4/07.txt",
        title="我和我的电子书阅读器",
        record_title="〖霜叶小集·卷四〗我和我的电子书阅读器",
        date=None,
        notes="a personal collection as plain text with the whole essay on one line; chapter links and a visitor line; no date",
        page="""
!m 霜叶小集 —— 退休教师吴蘅的随笔
!m 卷四 · 晚读篇　第七篇
{T}
{BODY}
!l 上一篇：旧书摊上的《唐诗三百首》　下一篇：孙女的借书证
!l 回到卷四目录
!m 本集访客：21377
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
退休那年，学生们凑钱送了我一台电子书阅读器，说是让我“把没读完的书都读完”。
起初我不会用，连开机键都找了半天。孙女教了我三个晚上，我才学会导入书籍、调大字号。
如今，书柜里放不下的书都装进了这个比巴掌大一点的小本子里。坐公交时读，排队时读，睡前也读。
它没有纸书的墨香，却让我这个老花眼重新读得进小字。一年下来，我读完了四十一本书，比上班那些年加起来还多。
学生们问我阅读器好不好用，我说：好用，就是常常读过了饭点。
""",
    ),
    dict(
        slug="dangjian-maoyang-speech-helmet-vanguard-cn-date",
        site="楙阳党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.maoyangdj.example.cn/xxyd/2025/0417/2260.html",
        title="在“一盔一带·党员先锋护平安”行动启动仪式上的讲话",
        record_title="【初心护航】在“一盔一带·党员先锋护平安”行动启动仪式上的讲话 - 楙阳党建网",
        date="2025-04-15",
        date_also=["2025-04-17"],
        notes="Party portal: a Chinese-numeral date and a speaker line under the speech title (neutral), the site's 发布时间 differs; a study-points prompt and a read-on-phone line",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【初心护航】在“一盔一带·党员先锋护平安”行动启动仪式上的讲话 - 楙阳党建网</title></head><body>
<div class="banner">⟦m 楙阳党建网⟧ ⟦m 中共楙阳县委组织部主办⟧</div>
<div class="nav">⟦m 首页　党建要闻　学习园地　先锋风采　组工信息⟧</div>
<div class="here">⟦m 您在这里：首页 › 学习园地 › 领导讲话⟧</div>
<h1>{T}</h1>
<div class="src">⟦m 发布时间：2025-04-17 10:26　来源：县委组织部⟧</div>
<p class="c">（二〇二五年四月十五日）</p>
<p class="c">县委组织部副部长　鲁望舒</p>
<div class="article">
{BODY}
</div>
<div class="points">⟦a 读完本文可得学习积分 1 分，登录党员e家后领取⟧</div>
<div class="qr">⟦a 用手机扫一扫，在手机上继续读⟧</div>
<div class="foot">⟦m 楙阳党建网 版权所有　技术维护：县融媒体中心⟧</div>
</body></html>
""",
        body="""
同志们：
今天，我们在这里启动“一盔一带·党员先锋护平安”行动，就是要发动全县机关党员走上街头、走进社区，带头宣传和劝导佩戴安全头盔。
一是要亮明身份带头干。参与行动的党员要佩戴党员徽章，在路口、校门口设立先锋岗，用自己的言行影响身边群众。
二是要真心实意服务好。劝导不是查处，要多讲道理、少讲大话，对忘带头盔的群众，可以借用党员服务点的头盔。
三是要持之以恒抓长效。各党组织要把这项行动纳入主题党日内容，每月至少组织一次，年底进行评比。
同志们，一顶头盔，连着群众的平安。希望大家用实际行动，让党旗在平安路上高高飘扬！
""",
    ),
    dict(
        slug="dangjian-library-branch-pen-volunteer-summary",
        site="楙阳县直机关党建网 (invented)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://jgdj.maoyang.example.cn/zbfc/2024/1225/887.html",
        title="县图书馆党支部“点读笔进留守儿童之家”志愿服务工作总结",
        record_title="〔书香支部〕县图书馆党支部“点读笔进留守儿童之家”志愿服务工作总结_支部风采_楙阳县直机关党建网",
        date="2024-12-20",
        date_also=["2024-12-25"],
        notes="Party portal text page: 成文日期 under the signature, the site's posting date differs; the summary speaks of downloading audio (content)",
        page="""
!m 楙阳县直机关党建网
!m 首页 ＞ 支部风采 ＞ 正文
!t 〔书香支部〕县图书馆党支部“点读笔进留守儿童之家”志愿服务工作总结
!m 来源：县图书馆党支部　　2024-12-25　　阅读：346
{BODY}
!a ［打印此页］ ［返回顶部］
!l 上一篇：县档案馆党支部开展“档案里的党史”主题党日
!l 下一篇：县林业局党支部冬季护林志愿服务纪实
!m 中共楙阳县直属机关工作委员会主办
""",
        indent="\u3000\u3000",
        body="""
今年以来，县图书馆党支部立足行业优势，组织党员志愿者开展“点读笔进留守儿童之家”志愿服务，取得了较好效果。
一、整合资源送设备。支部协调爱心企业捐赠点读笔一百二十支，为全县八个留守儿童之家各配备十五支，并为每支笔下载了小学语文、英语配套音频和绘本故事。
二、结对帮扶教方法。十六名党员与留守儿童之家结对，每月上门一次，教孩子和看护老人使用点读笔，指导孩子开展亲子共读。
三、跟踪回访见成效。从回访情况看，孩子们平均每天使用点读笔三十分钟以上，阅读兴趣明显提高。
明年，支部将扩大服务范围，把志愿服务延伸到村级农家书屋。
中共楙阳县图书馆支部委员会
2024年12月20日
""",
    ),
    dict(
        slug="hospital-yanzhou-helmet-head-injury-table",
        site="檿州市中心医院 (invented)",
        style="医院官网",
        genre="科普文章",
        kind="news",
        form="html",
        source="https://www.yzzxyy.example.cn/kp/2025/0520/1306.html",
        title="头盔，把颅脑损伤挡在门外",
        record_title="头盔，把颅脑损伤挡在门外_医生说_檿州市中心医院",
        record_date="2025-05-20",
        date="2025-05-20",
        notes="hospital site: record date; a department's 咨询电话 in the article beside the hospital's booking and 24-hour lines; a small injury table",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>头盔，把颅脑损伤挡在门外_医生说_檿州市中心医院</title></head><body>
<div class="hd">⟦m 檿州市中心医院⟧ ⟦m 三级甲等综合医院⟧ <span>⟦m 预约挂号：0591-8807000⟧</span></div>
<div class="nav">⟦m 医院概况　科室导航　专家介绍　就医指南　医生说⟧</div>
<div class="crumb">⟦m 首页 ＞ 医生说 ＞ 健康科普⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 发布时间：2025-05-20　供稿：神经外科　浏览：1893⟧</div>
<div class="content">
{BODY}
</div>
<div class="float">⟦w 在线问诊 · 预约挂号 · 报告查询⟧</div>
<div class="footer">⟦m 急救24小时：0591-8807120⟧　⟦m 地址：檿州市鹤龄路66号⟧　⟦m 闽ICP备17040021号⟧</div>
</body></html>
""",
        body="""
五一假期，我院急诊科共接诊电动自行车交通伤员四十三人，其中颅脑损伤十四人。神经外科副主任医师杭立新提醒：骑电动车戴好头盔，能把大多数严重的颅脑损伤挡在门外。
我们统计了这十四名颅脑损伤患者的佩戴情况：
佩戴情况　人数　重型颅脑损伤
未戴头盔　11　6
佩戴头盔　3　0
从数据可以看出，重型颅脑损伤全部发生在未戴头盔的伤员身上。
杭立新说，头盔的外壳可以分散撞击力，内部缓冲层能吸收能量，但前提是戴正、系紧下巴带。戴了不系，摔倒时头盔很容易飞出去。
如需咨询颅脑外伤康复问题，可拨打神经外科咨询电话0591-8807326（工作日8:00—17:30）。
""",
    ),
    dict(
        slug="hospital-chunxi-eye-screening-lamp-notice-record",
        site="杶溪县人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.cxrmyy.example.cn/news/tzgg/2025-01-10/449.html",
        title="关于开展寒假儿童青少年近视筛查暨护眼台灯科普义诊活动的通知",
        date="2025-01-10",
        notes="record title as is; the notice's own 咨询电话 beside the hospital's emergency and complaint lines; it asks families to follow the hospital's service account (content)",
        page="""
!m 杶溪县人民医院　二级甲等综合医院
!m 医院首页 / 新闻中心 / 通知公告
{T}
!m 作者：眼科　　来源：本院　　发布日期：2025-01-10
{BODY}
!l 相关链接：眼科简介　|　眼科专家出诊表
!m 急诊急救（24小时）：0593-6670120
!m 投诉与建议：0593-6670001
!m 杶溪县人民医院 版权所有　闽ICP备15032780号
""",
        indent="\u3000\u3000",
        body="""
各位家长朋友：
为帮助孩子们科学用眼，我院眼科定于2025年1月18日至2月8日开展寒假儿童青少年近视筛查暨护眼台灯科普义诊活动。现将有关事项通知如下。
一、活动对象：3至16周岁儿童青少年。
二、活动内容：免费视力检查、屈光筛查，建立视力档案；眼科医生现场讲解护眼台灯的选购和摆放要点。
三、参加方式：关注我院服务号，在“义诊预约”栏目选择时段，每天限一百人。
四、注意事项：请携带孩子既往验光单；已戴眼镜的请一并带来。
咨询电话：0593-6670215（眼科门诊）。
杶溪县人民医院
2025年1月10日
""",
    ),
    dict(
        slug="university-yanzhou-tech-library-ereader-loan-h1",
        site="檿州理工学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://lib.yzlg.example.edu.cn/info/1021/5733.htm",
        title="图书馆推出电子书阅读器外借服务",
        record_title=None,
        date="2025-03-04",
        notes="university library news: no record title, the <h1> is the title; 发布时间 in the byline taken as the date; a photo caption between paragraphs; the news speaks of downloading e-books (content)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>图书馆推出电子书阅读器外借服务-檿州理工学院图书馆</title></head><body>
<div class="top">⟦m 檿州理工学院图书馆⟧ <a>⟦a 馆藏检索⟧</a> <a>⟦a 我的图书馆⟧</a> <a>⟦a 校园网门户⟧</a></div>
<div class="nav">⟦m 首页　资源　服务　读者指南　本馆概况⟧</div>
<div class="pos">⟦m 当前位置：首页 » 新闻动态⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 发布时间：2025-03-04　作者：信息服务部　审核：馆办公室　点击：[ 611 ]⟧</div>
<div class="v_news_content">
{BODY}
</div>
<div class="pn">⟦l 上一条：关于延长考研自习室开放时间的通知⟧<br>⟦l 下一条：“书香檿理”读书月活动启动⟧</div>
<div class="ft">⟦m 檿州理工学院图书馆　地址：檿州市学府路88号⟧</div>
</body></html>
""",
        body="""
为满足师生移动阅读需求，图书馆自3月3日起在总馆二楼流通服务台推出电子书阅读器外借服务。
首批投入的六十台墨水屏阅读器已预装馆藏经典名著和专业教材共一千二百余种，师生凭校园卡即可借用，每次借期十四天，可续借一次。
⟦m 读者在流通服务台办理阅读器借用（摄影　鞠一帆）⟧
图书馆信息服务部主任沈曼青介绍，阅读器外借实行押卡制，归还时由工作人员检查屏幕和电量，恢复出厂设置后再借给下一位读者。
借用期间如需下载其他电子书，可登录图书馆数字资源平台，按提示导入阅读器。
""",
    ),
    dict(
        slug="university-yanzhou-normal-security-helmet-scan",
        site="檿州师范学院 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://bwc.yzsf.example.edu.cn/tzgg/2025/0305/312.htm",
        title="关于校内骑行电动自行车须佩戴安全头盔的通知",
        record_title="校园安全 ▸ 关于校内骑行电动自行车须佩戴安全头盔的通知 - 檿州师范学院",
        date="2025-03-05",
        notes="university text page: a numbered list; the notice asks riders to scan a QR code to register (content); the security office's duty phone beside the university switchboard",
        page="""
!m 檿州师范学院　保卫处
!m 首页 » 通知公告
{T}
!m 2025年03月05日 15:40　　浏览次数：2044
{BODY}
!a 关闭本页
!m 学校总机：0592-3318000　　邮编：361300
!m 版权所有 © 檿州师范学院　闽ICP备05011874号
""",
        indent="\u3000\u3000",
        body="""
全校师生员工：
为保障校园交通安全，经学校研究决定，自2025年3月10日起，在校园内骑行电动自行车的人员须佩戴安全头盔。现将有关事项通知如下。
1.校内骑行电动自行车的师生员工须全程佩戴合格头盔，乘坐人同样佩戴。
2.电动自行车须在保卫处完成登记，请车主扫描校门口张贴的二维码填写信息，领取校园通行标识。
3.保卫处将在东门、南门设置劝导岗，对未戴头盔的人员进行登记提醒，多次违规的取消校内通行资格。
联系电话：0592-3318110（保卫处值班室）。
檿州师范学院保卫处
2025年3月5日
""",
    ),
]

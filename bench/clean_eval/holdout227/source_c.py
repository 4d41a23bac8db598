"""holdout227, part C: Q&A sites, personal collections, Party-building sites, hospitals, universities.

Invented text (places, people, firms, sites, URLs, phones); see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="qa-wenlin-clock-records-overtime-question-title",
        site="问邻 (invented Zhihu-like Q&A)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.wenlin.com.cn/question/66031827/answer/90188",
        title="单位考勤机的打卡记录，能作为加班的证据吗？",
        record_title=None,
        date=None,
        notes="Q&A: no title in the record, the question is the title; an answerer card, an adopted badge, a vote bar, a hidden-answers fold; 回答于 4 天前 is no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>单位考勤机的打卡记录，能作为加班的证据吗？ - 问邻</title>
<script src="https://static.wenlin.com.cn/app.9c1e.js" async></script>
</head><body>
<header class="wl-head"><a class="logo">⟦m 问邻⟧</a> <span>⟦m 有疑惑，问问身边懂行的人⟧</span>
<input placeholder="搜索你感兴趣的问题"> <button>⟦a 我要提问⟧</button> <a>⟦a 登录或注册问邻⟧</a></header>
<div class="wl-q"><div class="topics">⟦l 劳动法　加班费　考勤⟧</div>
<h1 class="wl-qtitle">{T}</h1>
<p class="wl-qdesc">⟦m 公司用考勤机打卡，我经常晚上九点才走，但没拿过加班费。想去仲裁，打卡记录管用吗？⟧</p>
<div class="wl-qmeta">⟦m 关注者 214　被浏览 38,906⟧</div></div>
<div class="wl-answer">
<div class="wl-author">⟦m 岑律师说劳动法　执业律师 · 3,402 人赞同了该回答⟧</div>
<div class="wl-badge">⟦m ✔ 题主已采纳⟧</div>
<div class="wl-body">
{BODY}
</div>
<div class="wl-time">⟦m 回答于 4 天前 · 著作权归作者所有⟧</div>
<div class="wl-vote">⟦a ▲ 赞同 3402　▼　💬 86 条评论　➦ 转发　★ 收藏　♡ 喜欢⟧</div>
</div>
<div class="wl-more">⟦a 查看全部 23 个回答⟧</div>
<div class="wl-related"><h4>⟦l 相关问题⟧</h4><p>⟦l 公司修改考勤机记录，员工该怎么办？⟧</p><p>⟦l 钉钉打卡截图能证明加班吗？⟧</p></div>
<footer>⟦m 问邻 wenlin.com.cn · 京ICP证240318号 · 违法和不良信息举报⟧</footer>
</body></html>
""",
        body="""
能，但要注意保存方式。
考勤机记录的是你每天上下班的时间。如果单位规定的下班时间是下午五点半，而打卡记录长期显示晚上八九点才离开，就能说明你在单位停留的时间超出了正常工时。
不过，打卡记录一般由单位掌握，员工自己很难拿到原始数据。建议平时用手机拍下考勤机屏幕或考勤汇总表，保留单位安排加班的聊天记录、工作邮件，形成相互印证的证据。
发生争议时，可以申请劳动仲裁，并请求仲裁委责令单位提供考勤原始记录。单位拒不提供的，可能要承担不利后果。
以上仅供参考，具体情况建议咨询当地劳动保障监察机构。
""",
    ),
    dict(
        slug="qa-linwen-sealer-not-tight-best-answer",
        site="邻问百答 (invented Q&A, text page)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="http://www.linwenbaida.com/q/2025/9930164.html",
        title="封口机封口总是封不严，是什么原因？",
        record_title="封口机封口总是封不严，是什么原因？ - 邻问百答",
        date=None,
        notes="Q&A text page: question as title with a site suffix; best answer with a numbered list; 5 天前 is no date; other answers and related questions below",
        page="""
!m 邻问百答 - 有问题，问街坊
!m 首页 > 生活 > 家电维修
{T}
!m 提问者：匿名用户　｜　浏览 2406 次
!m 最佳答案
!m 回答者：修家电的老樊　｜　5 天前
{BODY}
!a 有用(38)　没用(2)　我要追问
!l 其他 3 条回答
!l 真空封口机封不严，多半是密封胶条老化了……
!l 相关问题：封口机的高温布多久换一次？
!d 以上回答来自网友，仅代表个人看法，请自行甄别。
!m 邻问百答 linwenbaida.com　浙ICP备20033712号
""",
        body="""
封不严一般有这么几个原因，可以逐个排查：
1.温度不合适。温度低了封不牢，温度高了又会把袋子烫穿，不同厚度的袋子要调不同的档位。
2.加热时间太短。手压式封口机压下去要停一两秒再松开。
3.封口处有油污、粉末或水汽。装袋时别把东西弄到袋口，必要时擦干净再封。
4.高温布破了或加热丝断了一截，封出来会有一段不粘，换一块高温布就行，几块钱一片。
按上面几条调一下，一般都能解决。
""",
    ),
    dict(
        slug="collection-guitai-memoir-three-counters-html",
        site="柜台旧事 · 郑守拙文集 (invented personal collection)",
        style="个人文集",
        genre="回忆散文",
        kind="other",
        form="html",
        source="http://www.zhengshouzhuo.net/jiushi/07.htm",
        title="我用过的三台点钞机",
        record_title="《柜台旧事》第七篇 · 我用过的三台点钞机 — 郑守拙文集",
        date=None,
        notes="a retired teller's collection: 繁體/简体/朗读 links, chapter links, visitor counter and the author's mailbox; a memoir whose last line is only 二〇二四年冬 (no date)",
        page="""
<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>《柜台旧事》第七篇 · 我用过的三台点钞机 — 郑守拙文集</title>
<style>body{font-family:宋体;background:#fbf8f0}</style>
</head><body>
<table width="800" align="center" border="0"><tr><td align="center">
<p>⟦m 郑守拙文集⟧</p>
<p>⟦m 一个老出纳的柜台内外⟧</p>
<p><a>⟦a 繁體⟧</a>　<a>⟦a 简体⟧</a>　<a>⟦a 听我读⟧</a></p>
</td></tr>
<tr><td>⟦m 文集首页 → 《柜台旧事》 → 第七篇⟧</td></tr>
<tr><td align="center"><h2>{T}</h2></td></tr>
<tr><td>
{BODY}
</td></tr>
<tr><td align="center">⟦l 【第六篇 算盘打出的年终决算】　【目录】　【第八篇 那年的假币案】⟧</td></tr>
<tr><td align="center">⟦m 您是本文集第 046218 位读者⟧</td></tr>
<tr><td align="center">⟦m 欢迎来信交流：zhengsz_guitai@aocheng-mail.cn⟧</td></tr>
<tr><td align="center">⟦d 文集文字为作者原创，引用请注明出处⟧</td></tr>
</table>
</body></html>
""",
        p_html='<p style="text-indent:2em;line-height:180%">{}</p>',
        body="""
一九八七年我进县银行当出纳，那时全靠手点，一天下来手指头磨得通红。营业所的第一台点钞机是一九九二年来的，笨重得像个小炉子，只能计数，不会鉴伪，大家还是不放心，机器点完再手点一遍。
第二台是二〇〇三年换的，有了紫光和磁性鉴伪，假币一过就“嘀嘀”叫。那几年假币多，它替我们挡住了不少麻烦。
第三台是我退休前两年配的，能看冠字号，能分面额，屏幕上数字清清楚楚。年轻柜员用它用得飞快，我却还是习惯把一沓钱捏在手里，先听一听声响。
机器一代比一代聪明，可柜台上那份小心，是哪一代都省不得的。
二〇二四年冬，于艒城
""",
    ),
    dict(
        slug="collection-banmu-essay-mother-pill-labels",
        site="半亩闲文 · 周立川文集 (invented personal collection, text page)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="https://www.banmuxianwen.cn/suibi/019.html",
        title="给母亲的药瓶贴标签",
        record_title="半亩闲文 · 随笔卷第19篇｜给母亲的药瓶贴标签",
        date=None,
        notes="a personal collection: chapter line, prev/next, back-to-contents, a visit counter and the author's mailbox; 收录于 3 天前 is no date",
        page="""
!m 半亩闲文 · 周立川文集
!m 首页 | 文集目录 | 随笔 | 旧文 | 留言
!m 文集目录 › 随笔卷 › 第19篇
{T}
!m 字数：298　收录于 3 天前
{BODY}
!l ← 上一篇：菜园里的稻草人　|　下一篇：父亲的算盘 →
!l 返回文集目录
!m 本文集累计访问：58213 次
!m 来信请寄：zhoulc_wenji@bmxw.cn
""",
        indent="\u3000\u3000",
        body="""
母亲七十八了，每天要吃五种药。药瓶长得差不多，说明书上的字又小，她常常拿起一瓶对着窗户看半天，还是分不清哪个早上吃、哪个晚上吃。
女儿给我出了个主意，网上买了一台小标签机，三十几块钱，手机连上就能打字。我把每种药的名字、吃法都打成大号字，“早一片”“晚两片”，贴在瓶身上。
母亲戴上老花镜看了看，笑着说这下不用再问我了。
后来她又让我给调料瓶、针线盒都贴上标签。那台小机器成了家里的宝贝，母亲说它比我记性好。
""",
    ),
    dict(
        slug="party-bizhou-speech-pouch-party-day",
        site="濞州机关党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.bzjgdj.gov.cn/zzsh/202506/t20250623_3318.html",
        title="在市直机关“绿色办公·从一个文件袋做起”主题党日活动上的讲话",
        record_title="【党日现场】在市直机关“绿色办公·从一个文件袋做起”主题党日活动上的讲话 - 濞州机关党建网",
        date="2025-06-20",
        date_also=["2025-06-23"],
        notes="Party portal: study-points prompt, read-on-phone QR line; date under the speech title, the portal's date also accepted; speaker line neutral",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>【党日现场】在市直机关“绿色办公·从一个文件袋做起”主题党日活动上的讲话 - 濞州机关党建网</title>
<script src="/js/dj-main.js"></script>
</head><body>
<div class="dj-top">⟦m 濞州机关党建网⟧ <span>⟦m 中共濞州市直属机关工作委员会主办⟧</span></div>
<ul class="dj-nav"><li>⟦m 首页⟧</li><li>⟦m 工委动态⟧</li><li>⟦m 组织生活⟧</li><li>⟦m 纪律作风⟧</li><li>⟦m 党员风采⟧</li></ul>
<div class="dj-crumb">⟦m 当前位置：首页 » 组织生活 » 主题党日⟧</div>
<div class="dj-art"><h1>{T}</h1>
<div class="dj-info">⟦m 来源：市机关事务管理局机关党委　发布时间：2025-06-23　阅读：612⟧</div>
<div class="dj-points">⟦a 读满3分钟可记学习积分1分，请先登录党员账号⟧</div>
<div class="dj-content">
<p style="text-align:center">（2025年6月20日）</p>
<p style="text-align:center">市机关事务管理局党组书记　任秉章</p>
{BODY}
</div>
<div class="dj-qr">⟦a 扫一扫，在手机上继续阅读⟧</div>
<div class="dj-tool">⟦a 【大字】【小字】【打印】【关闭】⟧</div>
</div>
<div class="dj-side"><h4>⟦l 组织生活推荐⟧</h4><p>⟦l 市直机关“节约型机关”创建推进会召开⟧</p><p>⟦l 机关党支部“三会一课”规范指引⟧</p></div>
<div class="dj-foot">⟦m 主办：中共濞州市直属机关工作委员会　蜀ICP备12008857号⟧</div>
</body></html>
""",
        body="""
同志们：
今天我们开展“绿色办公·从一个文件袋做起”主题党日活动，目的就是从身边的小事入手，推动节约型机关建设。
一个文件袋只值几毛钱，但全市机关一年用量近四十万个，折合经费十几万元。更重要的是，大手大脚的习惯一旦养成，浪费就不只是一个文件袋的事。
希望各支部把这次活动作为践行作风建设要求的具体行动：一是带头重复使用文件袋，二是推行无纸化办公，三是把节约要求写进支部公约，让勤俭节约在机关蔚然成风。
""",
    ),
    dict(
        slug="party-mengchuan-summary-counter-repair-table",
        site="艨川党建 (invented Party-building site, text page)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.mengchuandj.cn/zbjs/2025/0929/1206.html",
        title="“党员服务进市场”点钞机免费检修志愿服务活动总结",
        record_title="支部掠影丨“党员服务进市场”点钞机免费检修志愿服务活动总结 - 艨川党建",
        date="2025-09-26",
        notes="Party site: a data table one row a paragraph; a study-points line and a share-to-group button; 成文日期 under the branch's signature",
        page="""
!m 艨川党建　　中共艨川县委组织部
!m 首页 ＞ 支部建设 ＞ 支部风采
!t 支部掠影丨“党员服务进市场”点钞机免费检修志愿服务活动总结
!m 供稿：城关支行党支部　发布：2025-09-29　浏览：418
!a 〖分享到党员群〗〖积分+1〗
{BODY}
!l 延伸阅读：农商银行党员先锋岗创建工作指引
!a 【打印本条】　【关闭本条】
!m 艨川党建　版权所有　技术支持：艨川县融媒体中心
""",
        body="""
7月以来，支行党支部组织党员先锋队走进县城三个农贸市场，为商户免费检修点钞机、讲解假币识别知识。现将活动情况总结如下。
一、活动开展情况
市场名称　服务次数　检修点钞机　发放资料
城东农贸市场　4次　57台　320份
南门综合市场　3次　41台　260份
塄坪集贸市场　2次　23台　150份
二、主要成效
三个市场共检修点钞机121台，其中更换传感器、胶轮等配件的19台，帮助商户升级鉴伪程序的36台。商户普遍反映，以前点钞机坏了要送到外地修，现在家门口就能解决。
三、下一步打算
支部将把市场服务纳入“党员先锋岗”常态化工作，每季度至少开展一次上门服务。
艨川农商银行城关支行党支部
2025年9月26日
""",
    ),
    dict(
        slug="hospital-bizhou3-notice-specimen-label-printers",
        site="濞州市第三人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.bzsy3.com/yygg/2025-10/1944.html",
        title="关于规范使用标本条码标签机的通知",
        record_title="【院内通知】关于规范使用标本条码标签机的通知 - 濞州市第三人民医院",
        date="2025-10-09",
        notes="hospital site: booking float, 24-hour emergency line and switchboard beside the equipment department's 咨询电话 in the body; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>【院内通知】关于规范使用标本条码标签机的通知 - 濞州市第三人民医院</title>
<script src="/js/hosp.js"></script>
</head><body>
<div class="h-top">⟦m 濞州市第三人民医院⟧ <span>⟦m 二级甲等综合医院⟧</span> <span>⟦m 24小时急诊急救：0833-6217120⟧</span></div>
<ul class="h-nav"><li>⟦m 医院概况⟧</li><li>⟦m 就医指南⟧</li><li>⟦m 科室导航⟧</li><li>⟦m 护理园地⟧</li><li>⟦m 院务公开⟧</li></ul>
<div class="h-crumb">⟦m 首页 - 院务公开 - 医院公告⟧</div>
<div class="h-art"><h1>{T}</h1>
<div class="h-info">⟦m 发布部门：医务科　点击：340⟧</div>
<div class="h-content">
{BODY}
</div>
<div class="h-pn"><p>⟦l 上一条：关于调整国庆节假期门诊安排的通知⟧</p></div>
</div>
<div class="h-float"><a>⟦a 线上预约挂号⟧</a> <a>⟦a 报告查询⟧</a></div>
<div class="h-foot"><p>⟦m 医院总机：0833-6217000　地址：濞州市潋溪路188号⟧</p><p>⟦m 蜀ICP备11032064号⟧</p></div>
</body></html>
""",
        body="""
各临床科室、医技科室：
为减少标本采集差错，医院已为各病区护士站配备标本条码标签机。现将使用要求通知如下：
一、采集标本前，护士须核对患者腕带信息，在标签机上打印条码标签，当场粘贴于试管，严禁提前打印、集中粘贴。
二、标签应沿试管纵向平整粘贴，不得遮挡试管刻度线和采血量观察窗。
三、标签机出现卡纸、打印不清等故障，请及时联系设备科，不得用手写标签代替。
设备科咨询电话：0833-6217704（工作日8:00-17:30）
濞州市第三人民医院医务科
2025年10月9日
""",
    ),
    dict(
        slug="hospital-mengchuan-tcm-article-cssd-sealer",
        site="艨川县中医医院 (invented, text page)",
        style="医院官网",
        genre="科普",
        kind="other",
        form="text",
        source="http://www.mczyy.cn/hlyd/2025/0730/588.html",
        title="消毒供应中心医用封口机的日常检测",
        record_title="〖护理天地〗消毒供应中心医用封口机的日常检测_艨川县中医医院",
        date="2025-07-30",
        notes="hospital article: the byline's 发布时间 is the page's date; numbered checks; booking and 24-hour lines around; a hospital account follow line glued after the last sentence",
        page="""
!m 艨川县中医医院　　24小时服务热线：0836-7739120
!m 首页 / 护理天地 / 护理科普
{T}
!m 发布时间：2025-07-30　作者：消毒供应中心　浏览次数：197
{BODY}
!a 预约挂号请点这里　　体检预约　　在线问诊
!l 上一篇：夏季中医养生“三宜三忌”
!m 艨川县中医医院　地址：艨川县城关镇杏林街6号　蜀ICP备14012231号
""",
        body="""
医用封口机是消毒供应中心包装环节的重要设备，封口质量直接关系到无菌物品能否保持无菌状态。我们中心每天开机后都要进行以下检测。
1.温度检测：核对封口机显示温度与设定温度是否一致，偏差超过规定范围的停止使用。
2.封口完整性检测：用测试纸袋封口后观察，封口线应连续、平整，无皱褶、无通道。
3.封口强度检测：用手轻撕封口处，应不易撕开，撕开后纸面纤维有均匀撕裂痕迹。
检测结果记入设备运行记录，连续三次不合格的，通知设备科检修。⟦a 想看更多护理小知识？微信里搜“艨川中医”并关注⟧
""",
    ),
    dict(
        slug="university-bzvtc-news-classroom-clocks-record-date",
        site="濞州职业技术学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.bzvtc.edu.cn/info/1021/8830.htm",
        title="机电学院启用课堂考勤机 学生到课率明显提升",
        record_title="机电学院启用课堂考勤机 学生到课率明显提升-学院动态-濞州职业技术学院",
        record_date="2025-10-16",
        date="2025-10-16",
        notes="university news page: dotted date line, a 文/图/审核 line glued after the last paragraph; date from the record",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>机电学院启用课堂考勤机 学生到课率明显提升-学院动态-濞州职业技术学院</title>
<script type="text/javascript" src="/system/resource/js/counter.js"></script>
</head><body>
<div class="u-head"><img src="/images/logo.png" alt="濞州职业技术学院"> <span>⟦m 濞州职业技术学院⟧</span>
<a>⟦a 信息门户⟧</a> <a>⟦a 校内邮箱⟧</a> <a>⟦a 英文版⟧</a></div>
<ul class="u-nav"><li>⟦m 学校概况⟧</li><li>⟦m 院系设置⟧</li><li>⟦m 教育教学⟧</li><li>⟦m 招生就业⟧</li></ul>
<div class="u-crumb">⟦m 首页 &gt; 新闻中心 &gt; 学院动态⟧</div>
<div class="u-art"><h1>{T}</h1>
<div class="u-info">⟦m 2025.10.16　点击：<span>1046</span>⟧</div>
<div class="v_news_content">
{BODY}
</div>
<div class="u-close">⟦a 【关闭本窗口】⟧</div></div>
<div class="u-foot"><p>⟦m 地址：濞州市职教城育才大道66号　邮编：628019⟧</p><p>⟦m 版权所有 © 濞州职业技术学院　蜀ICP备08011792号⟧</p></div>
</body></html>
""",
        body="""
本网讯（通讯员　詹可欣）本学期开学以来，机电学院在12间专业教室安装了课堂考勤机，学生刷校园卡或刷脸即可完成签到，考勤数据实时推送到任课教师手机上。
“以前点名要花五六分钟，现在学生进门刷一下就行了。”任课教师吕振洲说。据学院统计，启用考勤机后，学生到课率由91%提高到97%以上。
学院负责人介绍，下一步将把考勤数据与学业预警结合起来，对连续缺课的学生及时提醒、帮扶。⟦m （文/詹可欣　图/机电学院　审核/庞立新）⟧
""",
    ),
    dict(
        slug="university-bzvtc-request-fee-window-counters",
        site="濞州职业技术学院计划财务处 (invented, text page)",
        style="高校官网",
        genre="请示",
        kind="request",
        form="text",
        source="https://cwc.bzvtc.edu.cn/tzgg/2025/0818/409.htm",
        title="关于为计划财务处收费窗口增配点钞机的请示",
        date="2025-08-18",
        notes="title given by the record as is; a request with the department's contact beside the university's switchboard; 成文日期 under the signature",
        page="""
!m 濞州职业技术学院 · 计划财务处
!m 首页 > 通知公告 > 正文
{T}
!m 发布者：计划财务处　浏览：88
{BODY}
!a 〔打印〕〔关闭〕
!m 学校总机：0833-2290000　计划财务处地址：行政楼二楼
!m Copyright © 濞州职业技术学院计划财务处
""",
        indent="\u3000\u3000",
        body="""
学校领导：
每年新生入学和期末补缴期间，计划财务处收费窗口现金收款量大，现有3台点钞机均已使用八年以上，计数误差增大，鉴伪功能不能识别新版纸币，多次出现排队拥堵。
为保障收费工作安全高效，拟申请增配具备冠字号识别功能的点钞机4台，预计费用1.2万元，从学校办公设备经费中列支。
妥否，请批示。
联系人：计划财务处　卢晓岚，电话：0833-2290176
计划财务处
2025年8月18日
""",
    ),
]

"""holdout92, part C: pontoon bridges (浮桥) and their management stations in invented 舫口, 渡坪 and 缆川.
Written by hand, case by case. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="app-fangkou-pontoon-summary-share",
        site="笔杆云写作APP (invented)",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://share.biganyun.example.com/a/7f3k2Q",
        title="舫口浮桥管理站2024年度工作总结",
        record_title="舫口浮桥管理站2024年度工作总结｜笔杆云",
        date="2025-01-06",
        notes="writing-app share page: open-in-app fold inside the body, AI rewrite button glued after a 。, app footer",
        page="""
!m 笔杆云 · 分享自用户「舫口小周」
!a 打开APP，体验AI一键改写
!t 舫口浮桥管理站2024年度工作总结｜笔杆云
!m 字数 326 · 引用 12 次
{BODY}
!a 已显示全部内容 · 在APP内编辑此文
!l 同主题热门：渡口安全管理总结　交通站所年度总结　水上交通安全述职
""",
        body="""
2024年，舫口浮桥管理站在县交通运输局领导下，保障浮桥安全通行三百六十二天，日均通行车辆四千二百辆次。
一、汛期管理。汛期共实施拆桥避洪三次，每次均提前二十四小时发布封桥公告，未发生人员伤亡。⟦a ✨AI帮你扩写这段⟧
二、设施维护。更换锈蚀舟体连接件六百余套，修补桥面钢板一百二十平方米。
⟦a ……展开剩余58%，前往APP继续阅读⟧
三、队伍建设。组织水上救生和消防演练四次，职工持证上岗率达到百分之百。
舫口浮桥管理站
2025年1月6日
""",
    ),
    dict(
        slug="gkforum-duping-pontoon-essay-floors",
        site="上岸吧公考论坛 (invented)",
        style="公考论坛",
        genre="申论范文",
        kind="essay",
        form="text",
        source="http://bbs.shangan.example.com/thread-22871-1-1.html",
        title="一座浮桥的“拆”与“留”",
        record_title="[申论范文] 一座浮桥的“拆”与“留”（附批改意见） - 申论交流 - 上岸吧",
        date=None,
        notes="exam forum: floor meta, a class ad between paragraphs, grader comment below; 1周前 no date",
        page="""
!m 上岸吧公考论坛 » 申论交流区
!t [申论范文] 一座浮桥的“拆”与“留”（附批改意见） - 申论交流 - 上岸吧
!m 1# 楼主　上岸冲冲冲　发表于 1周前
{BODY}
!w 申论一对一批改，90天冲刺班火热招生，私信助教QQ 2210918
!l 2# 阅卷老师K：立意准确，第二段论据可再具体些，建议得分 34/40。
!l 3# 小鹿考编：马住，谢谢楼主分享！
!l 回复本帖　　收藏　　举报
""",
        body="""
渡坪县的老浮桥要拆了，新建的跨江大桥即将通车。消息传开，不少老人跑到江边，想再走一走这座桥。
拆与留，看似是一道工程题，实则是一道民生题。浮桥承载的不只是车流，还有几代人赶集、上学、走亲戚的记忆。
⟦w 想要更多高分范文？关注公众号“上岸笔记”回复“申论”领取⟧
城市更新不是简单的推倒重来。保留一段舟体作为展陈，让旧桥成为江边的记忆公园，或许是拆与留之间更好的答案。
""",
    ),
    dict(
        slug="baike-lanchuan-pontoon-entry-html",
        site="知源百科 (invented)",
        style="百科问答",
        genre="百科词条",
        kind="entry",
        form="html",
        source="https://baike.zhiyuan.example.com/item/缆川浮桥/55102",
        title="缆川浮桥",
        record_title="缆川浮桥_知源百科",
        date=None,
        notes="encyclopaedia entry: edit links, infobox kept as table rows, years in text are no dates, reference list chrome",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>缆川浮桥_知源百科</title></head><body>
<div class="top">⟦m 知源百科　全球中文知识库⟧　⟦a 登录　创建词条⟧</div>
<div class="search">⟦a 进入词条　搜索词条⟧</div>
<h1>{T}</h1>
<div class="tools">⟦a 编辑　讨论　上传视频　收藏 218⟧</div>
{BODY}
<div class="ref"><h3>⟦l 参考资料⟧</h3><ol><li>⟦l 缆川县交通志编纂委员会．缆川县交通志⟧</li></ol></div>
<div class="stat">⟦m 浏览次数：6902次　编辑次数：7次　最近更新：渡口闲人⟧</div>
<div class="ft">⟦d 词条内容仅供参考，如需专业意见请咨询相关机构。⟧</div>
</body></html>
""",
        body="""
缆川浮桥是缆川县境内横跨缆江的一座舟式浮桥，由县浮桥管理所负责管理。
中文名　缆川浮桥
所在地　缆川县城东门外
全长　三百一十八米
浮桥始建于清代，原为木船连缀而成，1978年改建为钢质舟体，可通行二十吨以下车辆。
每逢汛期江水超过警戒水位，浮桥按规定解体避洪，车辆绕行下游大桥。
""",
    ),
    dict(
        slug="netdisk-fangkou-pontoon-flood-plan",
        site="云匣网盘 (invented)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="text",
        source="https://pan.yunxia.example.com/s/1Fk9xPq",
        title="舫口浮桥2025年汛期拆桥避洪工作方案",
        record_title="舫口浮桥2025年汛期拆桥避洪工作方案.pdf",
        date="2025-04-25",
        notes="cloud-drive PDF preview: file size, expiry, save-to-drive prompts; decimal headings kept",
        page="""
!m 云匣网盘 | 分享文件
!t 舫口浮桥2025年汛期拆桥避洪工作方案.pdf
!m 1.2MB　分享者：舫口交通站　有效期：永久有效
!a 保存到我的网盘　　下载(1.2MB)　　举报
!a 当前为在线预览（共3页），开通超级会员享高速下载
{BODY}
!d 请勿分享违法违规内容，云匣网盘将依法配合有关部门处理。
""",
        body="""
1 总则
1.1 为确保汛期浮桥和群众生命财产安全，制定本方案。
1.2 本方案适用于舫口浮桥及两岸引桥。
2 拆桥条件
2.1 舫口水文站水位达到32.5米或接到县防指指令时，立即实施拆桥。
2.2 拆桥前两小时在两岸设置封闭卡点，广播通知过往群众。
3 绕行安排
车辆经下游舫江大桥绕行，绕行里程约十四公里。
舫口浮桥管理站
2025年4月25日
""",
    ),
    dict(
        slug="snapshot-duping-pontoon-closure-html",
        site="搜快照 (invented)",
        style="搜索快照",
        genre="通告",
        kind="notice",
        form="html",
        source="http://cache.soukz.example.com/c?u=http%3A%2F%2Fjtj.duping.example.gov.cn%2F2025%2F0708.html",
        title="关于渡坪浮桥临时封闭维修的通告",
        date="2025-07-08",
        notes="snapshot frame: cached-at stamp and highlight banner (no date); the bureau's own 电话 kept; a 扫码 sentence kept",
        page="""
<html><head><meta charset="utf-8"><title>关于渡坪浮桥临时封闭维修的通告 - 搜快照</title></head><body>
<div style="background:#ffd">⟦d 这是 http://jtj.duping.example.gov.cn/2025/0708.html 的快照，是网页在 2025年7月9日 03:12 的存档。⟧<br>
⟦d 当前页面可能已经更改，点击这里查看当前页面。⟧<br>⟦a 已为您高亮：渡坪 浮桥 封闭⟧</div>
<hr>
<div class="site">⟦m 渡坪县交通运输局⟧</div>
<div class="nav">⟦m 首页 | 交通资讯 | 通知公告 | 出行服务⟧</div>
<h2>{T}</h2>
<p class="meta">⟦m 发布时间：2025-07-08　浏览：2045⟧</p>
{BODY}
<div class="foot">⟦m 渡坪县交通运输局主办　交通服务热线 12328⟧</div>
</body></html>
""",
        body="""
因渡坪浮桥部分舟体连接件老化，需进行维修，现将有关事项通告如下：
一、封闭时间：2025年7月12日6时至7月14日18时。
二、封闭期间禁止一切车辆和行人通行，过江车辆请绕行渡坪大桥。
三、出行群众可扫描两岸公示牌上的二维码查询实时通行信息。
咨询电话：0716-5521903
渡坪县交通运输局
2025年7月8日
""",
    ),
    dict(
        slug="print-lanchuan-pontoon-rules-footer",
        site="缆川县交通运输局 (invented)",
        style="打印页",
        genre="制度",
        kind="rules",
        form="text",
        source="http://jtj.lanchuan.example.gov.cn/print.jsp?id=4471",
        title="缆川浮桥通行管理规定",
        record_title="打印预览 - 缆川浮桥通行管理规定",
        date="2025-02-14",
        notes="print view: printed-at stamp and page footer, URL line; rules kept; 成文日期",
        page="""
!a 〔打印〕〔关闭〕
!m 缆川县交通运输局
!t 打印预览 - 缆川浮桥通行管理规定
!m 打印时间：2025-08-02 10:31
{BODY}
!m http://jtj.lanchuan.example.gov.cn/zcfg/2025/0214/4471.html
!p ▸ 第 1 页 · 共 1 页 ◂
""",
        body="""
第一条　为保障缆川浮桥通行安全和畅通，制定本规定。
第二条　浮桥限载二十吨、限速每小时十五公里，禁止车辆在桥面超车、停车。
第三条　运载危险化学品的车辆禁止通过浮桥。
第四条　大风、大雾天气及夜间二十二时至次日五时，浮桥实行限时通行。
第五条　本规定自发布之日起施行。
缆川县交通运输局
2025年2月14日
""",
    ),
    dict(
        slug="mail-fangkou-pontoon-request-forward",
        site="舫口镇政府邮箱 (invented)",
        style="邮件转发",
        genre="请示",
        kind="request",
        form="text",
        source="mailto:fkz_dzb@fangkou.example.gov.cn",
        title="舫口镇人民政府关于申请浮桥引桥加固资金的请示",
        record_title="Fwd: 舫口镇人民政府关于申请浮桥引桥加固资金的请示",
        date="2025-05-19",
        date_also=["2025-05-20"],
        notes="forwarded mail: headers and the mail's attachment header as chrome; the document's 附件 line and 联系人 kept; send date also accepted",
        page="""
!m ---------- 转发的邮件 ----------
!m 发件人：舫口镇党政办 <fkz_dzb@fangkou.example.gov.cn>
!m 发送时间：2025年5月20日 星期二 09:14
!m 收件人：县财政局农业股 <nyg@fangkou.example.gov.cn>
!t Fwd: 舫口镇人民政府关于申请浮桥引桥加固资金的请示
!m 附件：1个（请示扫描件.pdf，488KB）
{BODY}
!d 此邮件由政务邮箱系统发送，请勿直接回复。
""",
        body="""
县财政局：
舫口浮桥东岸引桥建于2009年，近年经汛期冲刷，桥台出现裂缝和沉降，存在安全隐患。
经县交通运输局组织检测，需对引桥桥台进行加固，预算资金八十六万元。我镇财力有限，特申请县级补助资金六十万元。
妥否，请批示。
附件：舫口浮桥东岸引桥检测报告
舫口镇人民政府
2025年5月19日
（联系人：郑南　电话：0716-5530122）
""",
    ),
    dict(
        slug="fanwen-duping-pontoon-speech-oldtable",
        site="公文驿站 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.gwyizhan.example.net/jianghua/2025/1206.html",
        title="在渡坪浮桥安全度汛工作会议上的讲话",
        record_title="在渡坪浮桥安全度汛工作会议上的讲话（精选范文）",
        date="2025-05-16",
        notes="old gb2312 table layout: marquee, font row, hot list, ghost-writer float; speaker and date under the title neutral",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>在渡坪浮桥安全度汛工作会议上的讲话（精选范文）-公文驿站</title></head>
<body bgcolor="#f5f5f5">
<table width="980" border="0" align="center"><tr><td>⟦m 公文驿站　www.gwyizhan.example.net⟧</td><td>⟦a 设为首页　加入收藏⟧</td></tr></table>
<marquee>⟦m 公文驿站提醒您：本站材料每日更新，欢迎常来看看！⟧</marquee>
<table width="980" align="center"><tr><td width="720" valign="top">
<div>⟦m 您现在的位置：公文驿站 &gt;&gt; 讲话稿 &gt;&gt; 安全生产讲话⟧</div>
<h2>{T}</h2>
<div>⟦a 〖字体：大 中 小〗〖双击滚屏〗⟧</div>
<p>县政府副县长　程立军</p>
<p>（2025年5月16日）</p>
{BODY}
<div>⟦l 上一篇：在全县道路交通安全工作会议上的讲话⟧</div>
</td><td width="260" valign="top"><b>⟦l 热门文章TOP10⟧</b><br>⟦l 1.在防汛工作会议上的讲话⟧<br>⟦l 2.安全生产月活动总结⟧</td></tr></table>
<div style="position:absolute;right:5px;top:200px">⟦w 原创代写 包过审 QQ：3019920⟧</div>
<table width="980" align="center"><tr><td align="center">⟦m 本站访问量：1208877　备案：鄂ICP备13000721号⟧</td></tr></table>
</body></html>
""",
        body="""
同志们：
今天召开会议，主要是对渡坪浮桥安全度汛工作进行再部署。
去年汛期，渡坪浮桥两次拆桥避洪，总体平稳，但也暴露出预警发布不及时、绕行引导不到位等问题。
今年要做到三个提前：提前检修舟体和锚链，提前备足拖轮和救生设备，提前公布绕行路线。
各有关单位要严格落实二十四小时值班制度，确保浮桥安全度汛。
""",
    ),
    dict(
        slug="wenku-lanchuan-pontoon-report-html-markers",
        site="书海文库 (invented)",
        style="文库预览",
        genre="述职报告",
        kind="report",
        form="html",
        source="https://www.shuhaiwk.example.com/view/9c1e2a7b.html",
        title="缆川浮桥管理所所长述职报告",
        record_title="缆川浮桥管理所所长述职报告（word可编辑）",
        date="2025-01-15",
        notes="文库 reader: marker paragraphs ⌈n⌋ cut the text; pay wall; Chinese-numeral date under the 述职人",
        p_html='<p class="reader-txt">{}</p>',
        pages=dict(fmt="⌈{n}⌋", every=90, start=2),
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>缆川浮桥管理所所长述职报告（word可编辑）- 书海文库</title></head><body>
<div class="hd">⟦m 书海文库⟧　⟦a 登录　开通VIP⟧</div>
<div class="crumb">⟦m 书海文库 › 党政办公 › 述职报告⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 2页　阅读 431　上传于 2025-02-28⟧</div>
<div class="reader">
{BODY}
</div>
<div class="paywall">⟦a 剩余1页未读，VIP免费阅读全文⟧　⟦a ¥3.80 下载⟧</div>
<div class="rec"><h4>⟦l 猜你喜欢⟧</h4><p>⟦l 交通站站长述职报告⟧</p><p>⟦l 水上交通安全工作总结⟧</p></div>
<div class="ft">⟦d 本文档由用户上传，版权归原作者所有。⟧</div>
</body></html>
""",
        body="""
一年来，我带领全所十八名职工，坚持安全第一，圆满完成浮桥管理各项任务。
一、抓安全。建立舟体日巡、锚链周检制度，全年排查整改隐患四十一处。
二、抓服务。在两岸设置通行信息屏，春运和节假日增派人员疏导交通。
三、抓廉洁。严格执行收费减免和物资采购制度，个人无违纪违规行为。
述职人：缆川浮桥管理所所长 姜海
二〇二五年一月十五日
""",
    ),
    dict(
        slug="gov-duping-pontoon-reply-text",
        site="渡坪县人民政府 (invented)",
        style="政府门户",
        genre="答复",
        kind="reply",
        form="text",
        source="http://www.duping.example.gov.cn/hdjl/zxts/2025/0603/5512.html",
        title="关于建议浮桥增设人行护栏的答复",
        date="2025-06-03",
        notes="message board reply: the resident's message and reply; 12345 footer; 留言时间 vs 答复时间",
        page="""
!m 渡坪县人民政府 ｜ 互动交流 ｜ 县长信箱
!m 信件编号：DP-XZ-20250528-0117　　办理状态：已办结
!m 留言时间：2025-05-28　　答复时间：2025-06-03　　答复单位：县交通运输局
{BODY}
!a 【我要评价】　满意　基本满意　不满意
!m 便民服务热线：12345
""",
        body="""
来信人：您好！您反映的渡坪浮桥人行通道无护栏、雨天行人易滑倒的问题已收悉。
经现场查看，浮桥人行通道现有防护链条高度不足，确实存在安全隐患。
县交通运输局已安排在浮桥两侧增设一点二米高钢质护栏，并铺设防滑垫，预计6月底前完工。
感谢您对浮桥安全的关心和支持。
""",
    ),
    dict(
        slug="news-fangkou-pontoon-last-day-glued-title",
        site="舫口新闻 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.fangkounews.example.com/local/2025/0930/60012.shtml",
        title="舫口浮桥完成使命 新大桥今日通车",
        record_title=None,
        date="2025-09-30",
        notes="no record title; the title glued to the lead; reporter line; photo caption between paragraphs; hot list",
        page="""
!m 舫口新闻 > 本地
!m 2025年09月30日 07:55　来源：舫口日报　记者：卢涛　通讯员：祁悦
⟦t 舫口浮桥完成使命 新大桥今日通车⟧{BODY}
!m 【责任编辑：杭小满】
!l 热点推荐：舫口国庆假期出行指南｜新大桥夜景亮灯时间公布｜江滨公园开放
""",
        body="""
今天上午九时，舫口江大桥正式通车，服役四十六年的舫口浮桥同时停止通行。
⟦m 图：最后一批车辆驶过舫口浮桥。记者 卢涛 摄⟧
浮桥管理站站长说，四十多年来，职工们在桥上度过了无数个汛期，如今终于可以歇一歇了。
按照规划，浮桥舟体将保留三节，放在江滨公园作为交通历史展示。
""",
    ),
    dict(
        slug="forum-lanchuan-pontoon-fishing-html-jammer",
        site="缆江钓友会 (invented)",
        style="论坛",
        genre="帖子",
        kind="post",
        form="html",
        source="http://www.lanjiangdiao.example.net/thread-4410-1-1.html",
        title="浮桥上禁止垂钓，钓友们互相转告",
        record_title="浮桥上禁止垂钓，钓友们互相转告 - 钓点交流 - 缆江钓友会",
        date="2025-06-15",
        notes="Discuz-like anglers' forum with jammer fonts; the post quotes the bureau notice with its date; 发表于 date also accepted",
        date_also=["2025-06-16"],
        junk=dict(lines=1, glued=2),
        p_html="{}<br>",
        page="""
<html><head><meta charset="gbk"><title>浮桥上禁止垂钓，钓友们互相转告 - 钓点交流 - 缆江钓友会</title></head><body>
<div id="hd">⟦m 缆江钓友会 - 以钓会友⟧</div>
<div id="pt">⟦m 缆江钓友会 › 钓点交流⟧</div>
<div class="pls">⟦m 江边老翁　主题 82　帖子 1130⟧</div>
<h1>{T}</h1>
<div class="authi">⟦m 发表于 2025-6-16 08:03⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="sign">⟦l 签名：一竿一线一江秋⟧</div>
<div id="ft">⟦m Powered by Discuz! · 缆江钓友会 © 2012-2025⟧</div>
</body></html>
""",
        body="""
县浮桥管理所昨天贴出通知，原文如下，大家注意：
近期多次发生钓鱼人员在浮桥上抛竿勾伤行人、占用车道的情况。自即日起，缆川浮桥桥面及两侧五十米范围内禁止垂钓，违者由管理人员劝离。
缆川浮桥管理所
2025年6月15日
我说两句：浮桥上车多，真不是钓鱼的地方，下游河湾鱼情也不错。
""",
    ),
]

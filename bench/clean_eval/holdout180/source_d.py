"""holdout180, part D: steel-wool scouring pads (钢丝球) — invented sites, counties (舻城, 舳岭, 艅江 …), people and chrome wording."""

CASES = [
    dict(
        slug="fanwen-haobi-report-scourer-plant-oldtable",
        site="好笔杆范文网 (invented)",
        style="范文站",
        genre="述职报告",
        kind="report",
        form="html",
        source="http://www.haobigan.example.com/shuzhi/2025/0115/6621.html",
        title="钢丝球生产车间主任2024年度述职报告",
        record_title="钢丝球生产车间主任2024年度述职报告（精选3篇）_好笔杆范文网",
        date="2025-01-15",
        date_also=["2025-01-20"],
        notes="old gb2312 table layout of a 范文 site: marquee, 【字体：大 中 小】 row, hot list, floating ghost-writer box, visitor counter; a writing-service line glued after a sentence; 成文日期 under the signature",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>钢丝球生产车间主任2024年度述职报告（精选3篇）_好笔杆范文网</title></head>
<body>
<table width="950" align="center"><tr><td>⟦m 好笔杆范文网 — 写材料，找好笔杆⟧</td></tr>
<tr><td><marquee>⟦a 欢迎光临好笔杆范文网！本站新增述职报告专栏，每日更新⟧</marquee></td></tr></table>
<table width="950" align="center"><tr><td width="700">
<div>⟦m 您的位置：范文首页 >> 述职报告 >> 车间主任述职⟧</div>
<h1>⟦t 钢丝球生产车间主任2024年度述职报告⟧</h1>
<div>⟦a 【字体：大 中 小】⟧　⟦m 时间：2025-01-20　人气：3318⟧</div>
{BODY}
<div>⟦l 上一篇：包装车间班组长述职报告⟧<br>⟦l 下一篇：设备科长年度述职报告⟧</div>
</td><td width="250" valign="top">
<div><b>⟦l 本周热门⟧</b><br>⟦l 1. 车间主任述职报告范文⟧<br>⟦l 2. 生产厂长年终述职⟧<br>⟦l 3. 质检员个人工作总结⟧</div>
<div class="qq">⟦w 代写述职报告 QQ：3308127745⟧</div>
</td></tr></table>
<table width="950" align="center"><tr><td>⟦m 您是本站第 0082714 位访客⟧　⟦d 本站部分文章来自网络，如有侵权请联系删除⟧</td></tr></table>
</body></html>
""",
        body="""
尊敬的各位领导、同事们：
2024年，我担任钢丝球生产车间主任，在公司领导的支持下，带领车间四十二名员工完成了全年生产任务，现将履职情况报告如下。
一是抓产量。全年生产不锈钢钢丝球一千六百万个，完成计划的百分之一百零四。⟦w 需要原创述职报告请联系好笔杆编辑部⟧
二是抓安全。针对拉丝机、绕球机易夹手的问题，为每台设备加装了防护罩和急停按钮，全年未发生工伤事故。
三是抓质量。推行首件检验制度，钢丝断丝率由千分之五降到千分之二。
述职人：舻城洁丽日用品有限公司　韩建军
2025年1月15日
""",
    ),
    dict(
        slug="wenku-wendao-survey-scourer-html-markers",
        site="文道文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.wendaowenku.example.com/p-77120354.html",
        title="舳岭县清洁用品产业集群发展情况调研报告",
        record_title="舳岭县清洁用品产业集群发展情况调研报告 免费下载",
        date=None,
        notes="HTML 文库 reader: page markers ⸠n⸡ as paragraphs cut sentences; VIP prompt; page counter; no date (upload stamp only)",
        pages=dict(fmt="⸠{n}⸡", every=120, start=2),
        page="""
<html><head><meta charset="utf-8"><title>舳岭县清洁用品产业集群发展情况调研报告 免费下载</title>
<script>var docId="77120354";</script></head>
<body>
<div class="hd">⟦m 文道文库 · 海量文档免费读⟧ ⟦a 登录 / 注册⟧</div>
<h1>⟦t 舳岭县清洁用品产业集群发展情况调研报告⟧</h1>
<div class="doc-info">⟦m 上传者：ljh_wendao　上传时间：2025-04-03　页数：5页　阅读：2.6万⟧</div>
<div class="reader">
{BODY}
</div>
<div class="end">⟦a 还剩3页未读，开通VIP畅读全文⟧</div>
<div class="btns">⟦a 立即下载 ⬇　收藏 ☆　分享⟧</div>
<div class="rel">⟦l 相关推荐：县域特色产业调研报告（8页） 日用品行业发展报告（12页）⟧</div>
</body></html>
""",
        body="""
舳岭县是全国重要的钢丝球、百洁布等清洁用品生产基地，全县现有相关企业二百一十家，从业人员一万二千人，去年产值达到二十七亿元。
调研发现，产业集群呈现三个特点：一是产业链较完整，从钢丝拉丝、绕球到包装印刷均可在县内完成；二是中小企业为主，年产值超亿元的仅有五家；三是电商销售占比快速上升，达到百分之四十。
同时也存在产品同质化严重、品牌影响力弱、环保压力大等问题。
建议县里加快建设清洁用品检测中心，支持龙头企业创建品牌，引导企业开发不锈钢环保型产品。
""",
    ),
    dict(
        slug="gov-yujiang-reply-scourer-dust",
        site="艅江区人民政府 (invented)",
        style="政府门户",
        genre="答复",
        kind="other",
        form="text",
        source="http://www.yujiang.example.gov.cn/hdjl/xxgk/2025/0321/3301.html",
        title="关于艅江工业园钢丝球企业粉尘扰民问题的答复",
        record_title="关于艅江工业园钢丝球企业粉尘扰民问题的答复_区长信箱_艅江区人民政府",
        date="2025-03-21",
        notes="county portal's mailbox reply: 来信/回复 meta; reply unit and 回复时间 differ from the 来信时间; the document's 联系电话 beside the portal's 纠错 line",
        page="""
!m 艅江区人民政府 | 互动交流 | 区长信箱
!m 信件编号：YJ2025031800412　来信时间：2025-03-18
!t 关于艅江工业园钢丝球企业粉尘扰民问题的答复
!m 办理单位：区生态环境分局　回复时间：2025-03-21
{BODY}
!l 满意度评价：○满意 ○基本满意 ○不满意　提交
!m 网站纠错：0576-88301122　　政务服务热线：12345
""",
        body="""
您好！来信收悉。关于您反映的艅江工业园钢丝球企业粉尘扰民问题，我分局高度重视，3月19日即派执法人员到现场核查。
经查，园区内两家钢丝球企业的拉丝抛光工序除尘设备运行不正常，存在金属粉尘无组织排放现象。
我分局已责令两家企业立即停产整改，更换除尘滤袋，完善车间密闭措施，整改完成并经监测达标后方可恢复生产。
下一步，我们将加强日常巡查，如您发现类似问题，可拨打环境投诉电话0576-88307369反映。
感谢您对生态环境工作的关心和支持！
""",
    ),
    dict(
        slug="news-luchang-scourer-factory-upgrade",
        site="舻城晚报网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.luchengwb.example.com/jingji/2025-05/22/c_33021.html",
        title="小钢丝球擦出“绿色”新工艺",
        record_title="小钢丝球擦出“绿色”新工艺_经济_舻城晚报网",
        date="2025-05-22",
        notes="news portal text page: title glued to the lead sentence; 时间 byline; photo caption glued after a sentence; related list; ad label",
        page="""
!m 舻城晚报网 ｜ 经济频道
!m 2025-05-22 07:30　来源：舻城晚报　记者 柯小禾
{BODY}
!a 广告
!l 延伸阅读
!l ● 舻城日用品出口一季度增长一成
!l ● 园区企业“智改数转”现场会召开
!d 凡注明“来源：舻城晚报”的作品，版权均属本报所有，转载请注明出处。
""",
        body="""
⟦t 小钢丝球擦出“绿色”新工艺⟧ 在舻城经济开发区洁宝日用品公司的车间里，一台台自动绕球机正在飞速运转，不锈钢丝被绕成一个个银亮的钢丝球。
过去，钢丝拉丝要用大量润滑油，酸洗环节还会产生废水。去年公司投入八百万元，改用干式拉丝和超声波清洗工艺，废水排放量减少了九成。⟦m 图为工人在检查钢丝球成品。⟧
公司负责人孔德胜说，新工艺虽然前期投入大，但生产成本反而下降了百分之六，产品也更容易通过出口检测。
目前，全区已有六家钢丝球企业完成类似改造。
""",
    ),
    dict(
        slug="forum-chufang-thread-pot-scourer-html",
        site="厨房达人论坛 (invented)",
        style="论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="https://bbs.chufangdaren.example.com/thread-220914-1-1.html",
        title="不粘锅到底能不能用钢丝球刷？被家里老人气到了",
        record_title="不粘锅到底能不能用钢丝球刷？被家里老人气到了 - 锅具讨论 - 厨房达人论坛",
        date=None,
        notes="HTML Discuz-like cooks' forum with jammer fonts; floor replies with relative times; reply box",
        junk=dict(lines=1, glued=2),
        p_html='<td class="t_f">{}</td>',
        page="""
<html><head><meta charset="utf-8"><title>不粘锅到底能不能用钢丝球刷？被家里老人气到了 - 锅具讨论 - 厨房达人论坛</title></head>
<body>
<div id="hd">⟦m 厨房达人论坛⟧ ⟦a 登录 | 立即注册 | 找回密码⟧</div>
<div id="pt">⟦m 厨房达人论坛 › 厨具交流 › 锅具讨论⟧</div>
<span id="thread_subject">⟦t 不粘锅到底能不能用钢丝球刷？被家里老人气到了⟧</span>
<div class="pi">⟦m 楼主　小葱拌豆腐　发表于 4 天前　|　查看: 1529　回复: 23⟧</div>
<table><tr>
{BODY}
</tr></table>
<div class="po">⟦l 点评　回复　支持 6　反对 0⟧</div>
<div class="sign">⟦m 签名：好好吃饭，好好生活⟧</div>
<div id="ft">⟦m 厨房达人论坛 ( 浙ICP备17020213号 )⟧</div>
</body></html>
""",
        body="""
上个月刚买的不粘锅，今天回家一看，我妈拿钢丝球使劲刷，涂层已经花了好几道。
我跟她说不粘锅不能用钢丝球，她说不刷干净哪行，锅底黑乎乎的看着难受。
查了说明书，上面写着请使用软布或海绵清洗，禁止使用钢丝球等硬质工具。
现在涂层刮花了，还能继续用吗？会不会对身体有影响？
""",
    ),
    dict(
        slug="blog-laotang-essay-scourer-wrapped",
        site="老汤的厨房笔记 (invented)",
        style="博客",
        genre="随笔",
        kind="other",
        form="text",
        source="https://laotang.example.blog/archives/2025/scourer.html",
        title="后厨里的钢丝球",
        record_title="后厨里的钢丝球 | 老汤的厨房笔记",
        date="2025-02-14",
        notes="blog text page hard-wrapped at 64 columns; bracketed post time; tag line; comment prompt glued to the last line",
        wrap=64,
        page="""
!m 老汤的厨房笔记 —— 一个老厨子的碎碎念
!t 后厨里的钢丝球
!m 〔2025-02-14 23:05〕 · 厨房往事 · 阅读 412
{BODY}
!l 标签：后厨 钢丝球 学徒
!l ‹ 较早的文章：第一次切墩　　较新的文章：灶台上的抹布 ›
""",
        body="""
我十七岁进饭店当学徒，师傅给我的第一样东西不是菜刀，是一个钢丝球。那时候后厨用的都是铁锅，每天收档要把几十口锅刷得发亮，刷不干净师傅就不让下班。
一个钢丝球用不了几天就散成一团乱丝，我们就拿两个并在一起接着用。师傅说，锅刷得干净，炒出来的菜才不串味。
现在后厨换了不锈钢锅和洗碗机，钢丝球用得少了，可我还是习惯在灶台边放一个，收档前亲手把炒锅刷一遍。⟦l 你当学徒时最难忘的是什么？评论区聊聊⟧
""",
    ),
    dict(
        slug="wechat-jiekang-tips-scourer-hazard-html",
        site="舳岭健康公众号镜像 (invented)",
        style="公众号镜像",
        genre="科普",
        kind="other",
        form="html",
        source="https://wx.mirror.example.com/s/zhuling-health-0419",
        title="钢丝球掉的碎丝吃进肚子怎么办？医生提醒这样刷锅更安全",
        record_title="钢丝球掉的碎丝吃进肚子怎么办？医生提醒这样刷锅更安全",
        date="2025-04-19",
        notes="HTML WeChat mirror: account line with date, reward row and 在看 row, a follow prompt on a line of its own between paragraphs; a sentence about 关注/扫码 as content",
        page="""
<html><head><meta charset="utf-8"><title>钢丝球掉的碎丝吃进肚子怎么办？医生提醒这样刷锅更安全</title></head>
<body>
<div class="rich_media">
<h2 class="rich_media_title">⟦t 钢丝球掉的碎丝吃进肚子怎么办？医生提醒这样刷锅更安全⟧</h2>
<div class="meta">⟦m 舳岭县人民医院　舳岭健康　2025-04-19 18:30⟧</div>
<div class="rich_media_content">
{BODY}
</div>
<div class="reward">⟦a 喜欢作者　赞赏⟧</div>
<div class="tool">⟦l 阅读 5832　　👍 89　　在看 41⟧</div>
<div class="qr">⟦a 微信扫一扫关注该公众号⟧</div>
</div>
</body></html>
""",
        body="""
前几天，我院消化内科接诊了一位五十多岁的阿姨，她吃完饭后感到喉咙刺痛，检查发现食管里卡着一根细钢丝，来源就是刷锅用的钢丝球。
钢丝球用久了容易掉碎丝，碎丝粘在锅壁上，炒菜时不易发现，就可能被吃进肚子。
⟦a 点击上方“舳岭健康”，设为星标，第一时间收到健康提醒⟧
医生提醒：钢丝球一旦松散掉丝要及时更换；刷完锅后用清水冲洗并检查锅壁；不粘锅和铝锅不要用钢丝球。
如果误吞钢丝后出现吞咽疼痛、胸痛等症状，应立即就医，不要自行吞饭团、喝醋。
想了解更多消化道健康知识，可关注本公众号，或扫描医院门诊大厅的二维码预约消化内科专家。
""",
    ),
    dict(
        slug="docshare-gongdu-pledge-scourer-html",
        site="共读文档 (invented)",
        style="文档分享",
        genre="承诺书",
        kind="other",
        form="html",
        source="https://www.gongdudoc.example.com/doc/5512093.html",
        title="清洁用品生产企业产品质量安全承诺书",
        record_title=None,
        date=None,
        notes="HTML document-sharing page with no record title (title in h1); upload notice; pledge with ____年__月__日 placeholders; no date",
        page="""
<html><head><meta charset="utf-8"><title>共读文档 - 在线阅读</title></head>
<body>
<div class="hd">⟦m 共读文档 · 分享有价值的文档⟧</div>
<div class="crumb">⟦m 共读文档 > 合同协议 > 承诺书⟧</div>
<h1>⟦t 清洁用品生产企业产品质量安全承诺书⟧</h1>
<div class="uploader">⟦m 上传人：jdbook88　｜　大小：22KB　｜　3页⟧</div>
<div class="notice">⟦d 该文档为用户上传，共读文档不对其内容的真实性负责；如发现侵权，请点击“投诉”⟧</div>
<div class="doc">
{BODY}
</div>
<div class="bar">⟦a 下载文档(1积分)　｜　加入书架　｜　投诉⟧</div>
<div class="guess">⟦l 猜你喜欢：食品生产企业质量承诺书 / 安全生产承诺书范本⟧</div>
</body></html>
""",
        body="""
为落实企业产品质量安全主体责任，本企业郑重承诺：
一、严格按照国家标准和企业标准组织钢丝球、百洁布等清洁用品生产，不使用不合格原材料。
二、建立原材料进货查验和产品出厂检验制度，如实记录并保存相关台账。
三、不在产品上伪造产地、冒用他人厂名厂址，不虚标产品材质和规格。
四、发现产品存在安全隐患的，立即停止生产销售，主动召回并向监管部门报告。
企业名称（盖章）：________
法定代表人（签字）：________
____年__月__日
""",
    ),
    dict(
        slug="edu-luchang-notice-labour-class-scourer",
        site="舻城市教育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://jyj.lucheng.example.gov.cn/tzgg/2025/0901/2210.html",
        title="关于开展2025年秋季学期“我是家务小能手”劳动实践活动的通知",
        record_title="关于开展2025年秋季学期“我是家务小能手”劳动实践活动的通知",
        date="2025-09-01",
        notes="education bureau text page: 文号 neutral; a numbered list; 附件 list; a sentence about 下载/打印 as content; 关怀版 link",
        page="""
!m 舻城市教育局
!a 关怀版　|　无障碍浏览
!m 首页 » 通知公告
!t 关于开展2025年秋季学期“我是家务小能手”劳动实践活动的通知
!m 发布日期：2025-09-01　信息来源：基础教育处
舻教基〔2025〕36号
{BODY}
!a 【打印】　【关闭】
!m 主办：舻城市教育局　技术支持：市教育信息中心
""",
        body="""
各区县教育局，市直属各学校：
为落实劳动教育要求，市教育局决定在全市中小学开展“我是家务小能手”劳动实践活动。
活动内容包括：
1. 小学低年级：学会整理书包、擦桌子、洗袜子。
2. 小学高年级：学会洗碗刷锅，正确使用钢丝球、洗碗布等清洁工具。
3. 初中：学会做两道家常菜并清理厨房。
各校可登录市教育资源平台下载劳动清单，打印后发给学生，由家长每周签字确认。
附件：家务劳动清单（小学、初中）
舻城市教育局
2025年9月1日
""",
    ),
    dict(
        slug="oa-jiebao-notice-ppe-scourer-html",
        site="洁宝日用品协同办公 (invented)",
        style="企业内网",
        genre="通知",
        kind="notice",
        form="html",
        source="http://oa.jiebao.example.local/gw/detail.do?id=2025-0611-07",
        title="关于拉丝绕球工段员工劳动防护用品配发的通知",
        record_title="关于拉丝绕球工段员工劳动防护用品配发的通知",
        date="2025-06-11",
        notes="HTML intranet document view: 流转记录, read count, approval trail; the document's 分机 contact; a table; 印发 line kept",
        page="""
<html><head><meta charset="utf-8"><title>关于拉丝绕球工段员工劳动防护用品配发的通知</title></head>
<body>
<div class="oa-top">⟦m 洁宝日用品 协同办公系统 V6.2⟧ ⟦m 当前用户：车间统计员⟧ ⟦a 退出⟧</div>
<div class="oa-menu">⟦m 待办 | 已办 | 公文 | 通知公告 | 制度文件⟧</div>
<h2>⟦t 关于拉丝绕球工段员工劳动防护用品配发的通知⟧</h2>
<div class="oa-meta">⟦m 发文部门：安全环保部　发文日期：2025-06-11　已阅：126人⟧</div>
<div class="oa-body">
{BODY}
</div>
<div class="oa-flow"><h4>⟦m 流转记录⟧</h4><p>⟦m 安全环保部 邵军 拟稿 2025-06-10 15:02⟧</p><p>⟦m 分管副总 卢明 审批 2025-06-11 08:47⟧</p></div>
<div class="oa-btn">⟦a 签收　转发　打印　返回⟧</div>
</body></html>
""",
        body="""
各车间、班组：
为切实保护员工身体健康，经公司研究，决定为拉丝绕球工段员工配发以下劳动防护用品：
品名　配发标准　更换周期
防切割手套　每人2副　每月
防尘口罩　每人每班1只　每班
防护眼镜　每人1副　损坏即换
耳塞　每人每班1副　每班
各班组长要督促员工规范佩戴，安全环保部将不定期抽查，未按规定佩戴的按公司安全奖惩办法处理。
联系人：邵军　分机：8023
安全环保部
2025年6月11日
印发：公司各部门、各车间。
""",
    ),
    dict(
        slug="qa-jiawu-answer-scourer-stainless-html",
        site="家务问一问 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.jiawu-wen.example.com/question/881022.html",
        title="不锈钢锅烧黑了，可以用钢丝球刷吗？",
        record_title="不锈钢锅烧黑了，可以用钢丝球刷吗？_家务问一问",
        date="2025-07-08",
        notes="HTML Q&A with a best-answer badge; 回答时间 byline is the page date; vote bar; app prompt",
        page="""
<html><head><meta charset="utf-8"><title>不锈钢锅烧黑了，可以用钢丝球刷吗？_家务问一问</title></head>
<body>
<div class="hd">⟦m 家务问一问 — 生活难题，有问必答⟧ ⟦a 我要提问⟧</div>
<h1>⟦t 不锈钢锅烧黑了，可以用钢丝球刷吗？⟧</h1>
<div class="q-meta">⟦m 提问者：木子李　｜　浏览 3106 次⟧</div>
<div class="best"><span>⟦m 最佳答案⟧</span>
<div class="a-meta">⟦m 回答者：家政讲师王姐　回答时间：2025-07-08⟧</div>
{BODY}
</div>
<div class="vote">⟦l 有用(217)　没用(5)　分享　举报⟧</div>
<div class="more">⟦l 其他回答（6）⟧</div>
<div class="app">⟦a 下载家务问一问App，专家一对一解答⟧</div>
</body></html>
""",
        body="""
可以用，但要注意方法，否则容易留下划痕。
先往锅里倒入清水，加两勺小苏打，小火煮十分钟，让焦黑的部分软化。
关火后等水稍凉，用钢丝球顺着锅底纹路轻轻刷，不要来回用力打圈。
刷完后用清水冲净，再用软布擦干。平时炒菜注意控制火候，尽量不要干烧。
""",
    ),
]

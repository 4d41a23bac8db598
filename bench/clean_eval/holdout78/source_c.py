"""holdout78, part C: an encyclopaedia entry on minutes (a rice-paper mill's example), a youth
hostel's plan on a cloud drive, a farm-stay association in a snapshot, a cherry co-op's print
view, a blueberry base's forwarded mail, a buckwheat notice on a county portal, a roast-duck
restaurant's speech on an old 范文 site, a candle factory's rules in a 文库 reader, a swimming
hall's reopening news, a turtle breeders' forum, a pet-boarding blog, a bullfrog co-op's WeChat
mirror and a taro festival plan on a sharing reader. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="wiki-baike-minutes-entry-rice-paper",
        site="知源百科 (invented)",
        style="百科问答",
        genre="词条",
        kind="entry",
        form="html",
        source="https://baike.zhiyuan.example.com/item/会议纪要写法/30771",
        title="会议纪要写法",
        record_title="会议纪要写法_知源百科",
        date=None,
        notes="encyclopaedia entry: edit links, a table of contents, an example 纪要 of a rice-paper mill with 时间/地点/主持 lines and a 20××年×月×日 placeholder (no date); 'last edited' stamp",
        page="""
<html><head><meta charset="utf-8"><title>会议纪要写法_知源百科</title></head><body>
<div class="hd">⟦m 知源百科　有问题，上知源⟧ ⟦a 登录　创建词条　编辑⟧</div>
<h1>{T}</h1>
<div class="edit">⟦a 编辑 讨论 收藏 赞⟧</div>
<div class="toc">⟦l 目录 1 基本格式 2 写作要求 3 示例⟧</div>
{BODY}
<div class="ref">⟦l 参考资料 1. 党政机关公文格式 2. 公文写作实务⟧</div>
<div class="stat">⟦m 词条统计 浏览次数：18830 编辑次数：14次 最近更新：知源用户墨池⟧</div>
<div class="ft">⟦d 词条内容仅供参考，如需专业意见请咨询相关人士⟧ ⟦m ©2025 知源百科⟧</div>
</body></html>
""",
        body="""
会议纪要是用于记载、传达会议情况和议定事项的公文，一般由标题、正文和落款组成。
正文开头写明会议的时间、地点、主持人和参会人员，主体部分逐条写明议定事项，要求准确、简明。
下面是一则示例：
宣纸厂技改项目推进会会议纪要
时间：20××年×月×日上午9时
地点：厂部二楼会议室
主持：厂长
参会：生产科、设备科、财务科负责人
会议研究了檀皮蒸煮车间技改项目推进中的问题，议定：设备科负责在本月底前完成新蒸煮锅的安装调试；财务科按进度拨付资金；生产科做好技改期间的生产衔接。
撰写会议纪要时应注意，纪要只写议定事项，不写讨论过程，也不应加入记录人的个人意见。
""",
    ),
    dict(
        slug="netdisk-tinghu-youth-hostel-plan",
        site="云端盘分享 (invented)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="text",
        source="https://pan.yunduan.example.com/s/1Hq7wTZp9x",
        title="汀湖青年旅舍暑期安全运营方案",
        record_title="汀湖青年旅舍暑期安全运营方案.wps",
        date="2025-06-20",
        notes="cloud-drive share page: file-name record title; share stamp, expiry, save-to-drive buttons; a numbered list; the plan's own date under the signature",
        page="""
!m 云端盘 | 文件分享
!m 汀湖青年旅舍暑期安全运营方案.wps　　156KB
!m 分享者：汀湖小栈　分享时间：2025-06-21 10:22　有效期：7天
!a 保存到我的网盘　　下载(156KB)　　举报
{T}
{BODY}
!a 登录后可在线预览全部内容
!d 请勿通过网盘分享违法违规内容
""",
        body="""
为确保暑期旺季客人入住安全，结合旅舍实际，制定本方案。
1.入住登记：所有客人须持有效证件登记，实行“一人一证”，未成年人须有监护人陪同。
2.消防安全：每晚十一点由值班人员巡查公共区域，检查电器和插座，床铺区禁止吸烟和使用大功率电器。
3.床位管理：混住房和女生房分区设置，储物柜配发独立钥匙。
4.活动安全：旅舍组织的徒步、骑行活动须购买意外险，由工作人员带队。
5.应急处置：发生突发情况，值班人员立即报告店长，必要时拨打110、119、120。
汀湖青年旅舍
2025年6月20日
""",
    ),
    dict(
        slug="snapshot-nongjiale-assoc-notice-html",
        site="搜快照 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://cache.soukuai.example.com/c?u=http%3A%2F%2Fwww.pqnjl.example.org%2Ftz%2F2025%2F188.html",
        title="关于开展农家乐食品安全自查的通知",
        record_title="关于开展农家乐食品安全自查的通知 - 萍桥县农家乐协会",
        date="2025-05-06",
        notes="search-cache frame: the snapshot banner with crawl time (not the date), highlight notice; inside the association's page; the 发布日期 line is the date; a checklist kept",
        page="""
<html><head><meta charset="utf-8"><title>关于开展农家乐食品安全自查的通知 - 萍桥县农家乐协会</title></head><body>
<div class="snap">⟦d 这是 http://www.pqnjl.example.org/tz/2025/188.html 的快照，是网页在 2025年6月2日 03:14 的存档。当前页面可能已经更改。⟧<br>⟦a 查看当前页面　纯文字版⟧<br>⟦d 以下搜索词已高亮显示：农家乐 食品安全⟧</div>
<hr>
<div class="site">⟦m 萍桥县农家乐协会　乡村好客 舌尖安全⟧</div>
<div class="nav">⟦m 首页 协会动态 通知公告 会员名录⟧</div>
<h2>{T}</h2>
<div>⟦m 发布日期：2025-05-06　发布人：秘书处⟧</div>
{BODY}
<div>⟦m 萍桥县农家乐协会 版权所有 地址：萍桥县城南路6号⟧</div>
</body></html>
""",
        body="""
各会员单位：
五一假期过后，乡村旅游进入旺季。为防范食品安全事故，协会决定在全体会员中开展一次食品安全自查，请各会员单位对照以下内容逐项自查。
（一）从业人员是否持有有效健康证明。
（二）食材是否索证索票，野生菌等高风险食材是否停止经营。
（三）餐具是否做到一洗二清三消毒，消毒柜是否正常使用。
（四）厨房是否做到生熟分开，冰箱内食材是否标注日期。
请各会员单位于5月20日前将自查表交协会秘书处，协会将会同县市场监管局进行抽查。
""",
    ),
    dict(
        slug="print-yingtao-coop-summary",
        site="芡溪县樱桃专业合作社 (invented)",
        style="打印页",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.qxyingtao.example.cn/print.asp?id=215",
        title="芡溪县樱桃专业合作社2025年采摘季工作总结",
        record_title="打印预览 - 芡溪县樱桃专业合作社2025年采摘季工作总结",
        date="2025-06-30",
        notes="print view: decorated record title, a print toolbar, the URL and print time in the header (not the date), a print footer 'page 1 of 1'; date under the signature; a sales table",
        page="""
!a [ 打印 ]　[ 关闭 ]　[ 返回正文 ]
!m http://www.qxyingtao.example.cn/show.asp?id=215　　打印时间：2025/7/9 10:31
{T}
{BODY}
!p ·第1页 共1页·
""",
        body="""
今年采摘季从5月10日开始，到6月20日结束，合作社在县农业农村局的指导下，较好地完成了生产、采摘和销售任务。
一、基本情况
品种　面积（亩）　产量（吨）
美早　420　310
红灯　260　175
黄蜜　80　46
二、主要做法：一是推广避雨棚栽培，减少裂果；二是组织“樱桃采摘节”，吸引游客二万三千人次；三是与冷链物流企业合作，实现外地订单四十八小时送达。
三、存在问题：采摘期劳动力紧张，部分社员分级包装不规范，品牌宣传力度不够。
明年我们将继续扩大避雨棚面积，统一包装标准，打响“芡溪樱桃”品牌。
芡溪县樱桃专业合作社
2025年6月30日
""",
    ),
    dict(
        slug="mail-lanshan-blueberry-base-fwd",
        site="蓝山蓝莓基地邮件 (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mailto:office@lsblueberry.example.com?msg=20250529-113",
        title="关于做好蓝莓采收期用工安全管理的通知",
        record_title="Fwd: 关于做好蓝莓采收期用工安全管理的通知",
        date="2025-05-28",
        date_also=["2025-05-29"],
        notes="forwarded mail: mail headers (发件人/收件人/时间) as meta, the forwarder's note, the mail's own 附件 header; the notice's 附件 line kept; mail send date differs (document date expected, mail date also accepted)",
        page="""
!m 发件人：蓝山基地办公室 <office@lsblueberry.example.com>
!m 收件人：各片区负责人
!m 时间：2025年5月29日（星期四）上午8:17
!t 主题：Fwd: 关于做好蓝莓采收期用工安全管理的通知
!m 附件：用工登记表.xlsx (18KB)
各位片区长：转发公司通知，请认真落实。——梁
!m ---------- 转发的邮件 ----------
{BODY}
!d 此邮件及附件可能包含保密信息，如误收请立即删除
!a 回复　回复全部　转发
""",
        body="""
各片区、各班组：
蓝莓采收期即将开始，临时用工人数多、流动性大，为保障用工安全，现就有关事项通知如下。
一、所有临时用工人员须实名登记，签订用工协议，年龄不超过六十五周岁。
二、采收期间每天上午十一点至下午三点高温时段暂停田间作业，各片区备足防暑药品和饮用水。
三、运输车辆不得人货混装，田间道路限速十公里。
四、工资按周结算，不得拖欠。
附件：临时用工登记表
蓝山蓝莓种植有限公司
2025年5月28日
""",
    ),
    dict(
        slug="gov-xiangshui-buckwheat-notice-text",
        site="荇水县人民政府 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.xingshui.example.gov.cn/zwgk/tzgg/202507/t20250714_9902.html",
        title="荇水县农业农村局关于做好夏播荞麦种植技术服务的通知",
        date="2025-07-14",
        notes="text from a county portal without a record title decoration: 索引号 table as meta with a 发布日期 field (the page's date; no signature date); a hot-columns line between title and body",
        page="""
!m 荇水县人民政府　网站首页 > 政务公开 > 通知公告
!m 索引号：XS-NYJ-2025-0117　　分类：农业、畜牧业
!m 发布机构：县农业农村局　　发布日期：2025-07-14
{T}
!l 热门栏目：政策解读 | 领导信箱 | 依申请公开
{BODY}
!a 【打印】　【收藏】　【关闭】
!m 荇水县人民政府办公室主办　联系电话：0874-3120 012
""",
        body="""
各乡镇农业农村服务中心：
今年我县计划在高寒山区种植夏播荞麦三万亩，为提高种植效益，现就做好技术服务工作通知如下。
一、抓好播种。荞麦适宜在7月中下旬播种，每亩播种量四至五公斤，提倡条播。
二、科学施肥。以农家肥为主，配合施用磷钾肥，不宜过多施用氮肥，防止倒伏。
三、加强指导。县农技站组织技术人员分片包乡，每个乡镇至少开展两次现场培训。
四、做好防灾。密切关注天气变化，遇早霜天气及时组织抢收。
""",
    ),
    dict(
        slug="fanwen-oldtable-roast-duck-speech",
        site="公文范本网 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.gwfbw.example.com/jianghua/qiye/20250112/8861.html",
        title="在全聚楼烤鸭店2024年度总结表彰大会上的讲话",
        record_title="【精品】在全聚楼烤鸭店2024年度总结表彰大会上的讲话（可编辑）_公文范本网",
        date="2025-01-12",
        notes="old table-layout 范文 site: hot list sidebar, a 阅读字号 row, a floating writing-service box; speaker line and date line under the title neutral; date under the title",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>【精品】在全聚楼烤鸭店2024年度总结表彰大会上的讲话（可编辑）_公文范本网</title></head>
<body><table width="1000" align="center"><tr><td colspan="2">⟦m 公文范本网 www.gwfbw.example.com 专业公文范文下载⟧</td></tr>
<tr><td colspan="2">⟦m 首页 | 讲话稿 | 工作总结 | 工作计划 | 心得体会 | 述职报告⟧</td></tr>
<tr><td width="700" valign="top">
<div>⟦m 您的位置：公文范本网 > 讲话稿 > 企业讲话⟧</div>
<h1>{T}</h1>
<div>⟦a 阅读字号：【大】【中】【小】⟧ ⟦m 时间：2025-01-15 作者：佚名⟧</div>
<div>全聚楼烤鸭店总经理　尚德厚</div>
<div>（2025年1月12日）</div>
{BODY}
<div>⟦a 本文共2页 [1] 2 下一页⟧</div>
</td><td width="300" valign="top">⟦l 热门范文排行 1.年会领导讲话稿 2.餐饮企业年终总结 3.优秀员工发言稿⟧</td></tr>
<tr><td colspan="2" align="center">⟦d 本站文章来自网友投稿，如有侵权请来信告知⟧ ⟦m 站长QQ：20881733⟧</td></tr></table>
<div style="position:fixed;right:0;top:200px">⟦w 代写讲话稿 专业团队 当天交稿 咨询QQ：57661029⟧</div>
</body></html>
""",
        body="""
各位同事：
辛苦了一年，今天我们在这里总结工作、表彰先进，首先我代表店里向全体员工表示衷心的感谢！
2024年，我们店接待顾客十八万人次，营业额比上年增长百分之十二，挂炉烤鸭的好评率保持在百分之九十八以上。
这些成绩来自每一位员工的付出：烤鸭师傅们守着炉火，坚持果木明炉、每只鸭子烤足火候；前厅的伙伴们笑脸相迎，把片鸭表演做成了店里的招牌。
新的一年，我们要守住老手艺，也要做好新服务，开通线上预订，推出小份套餐，让更多年轻顾客走进来。
最后，祝大家新春愉快、阖家幸福！
""",
    ),
    dict(
        slug="wenku-html-candle-factory-rules-pages",
        site="墨云文库 (invented)",
        style="文库预览",
        genre="制度",
        kind="rules",
        form="html",
        source="https://www.moyunwenku.example.com/p-40078812.html",
        title="蓠川蜡烛厂熔蜡车间安全操作规程",
        record_title="蓠川蜡烛厂熔蜡车间安全操作规程 - 墨云文库",
        date=None,
        notes="文库 reader: page markers ┆n┆ as HTML paragraphs cut sentences; article text speaks of 打印/扫码 as part of the rules; upload stamp not a date; pay-to-download bar",
        pages=dict(fmt="┆{n}┆", every=130, start=2),
        p_html='<div class="reader-p">{}</div>',
        page="""
<html><head><meta charset="utf-8"><title>蓠川蜡烛厂熔蜡车间安全操作规程 - 墨云文库</title></head><body>
<div class="top">⟦m 墨云文库　海量文档在线阅读⟧ ⟦a 登录 开通VIP⟧</div>
<div class="info">⟦m 贡献者：老蜡工　上传时间：2025-03-11　页数：3　浏览：521⟧</div>
<h1>{T}</h1>
<div class="reader">
{BODY}
</div>
<div class="end">⟦a 下载文档（3下载券）　VIP免费下载　转存到网盘⟧</div>
<div class="rec">⟦l 相关文档 · 化工车间安全规程 · 熔化炉操作规范 · 消防安全管理制度⟧</div>
<div class="ft">⟦d 墨云文库所有资源均由用户上传，平台仅提供存储服务⟧</div>
</body></html>
""",
        body="""
第一条　为保障熔蜡车间生产安全，防止火灾和烫伤事故，制定本规程。
第二条　熔蜡锅使用前应检查温控装置和导热油管路，发现渗漏立即停机报修。
第三条　石蜡加热温度不得超过九十五摄氏度，严禁用明火直接加热蜡锅。
第四条　操作人员必须穿戴隔热手套、防护面罩和防滑鞋，长发必须盘起。
第五条　车间内禁止吸烟，灭火器、灭火毯应放在固定位置，不得挪用。
第六条　每班交接时，操作人员应扫描设备二维码填写点检记录，班组长每周打印汇总后交安全科存档。
第七条　本规程自发布之日起施行。
""",
    ),
    dict(
        slug="news-caoxi-swimming-hall-reopen-text",
        site="蒿坪融媒 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.haopingrm.example.com/xw/bd/202506/t20250601_55810.html",
        title="蒿坪全民健身中心游泳馆改造后重新开放",
        record_title="蒿坪全民健身中心游泳馆改造后重新开放",
        date="2025-06-01",
        record_date="2025-06-01",
        notes="news portal text: date in the record; the page's 来源/作者 line; the venue's own 咨询电话 in the news kept; a video prompt and related list; an editor line at the end",
        page="""
!m 蒿坪融媒　|　本地新闻
{T}
!m 来源：蒿坪融媒体中心　作者：秦柳　2025-06-01 11:05
!a 【视频】点击观看现场画面
{BODY}
!m 责编：钟一鸣　审核：卜文
!l 相关新闻：城区新增三处口袋公园 | 暑期青少年游泳培训开始报名
!m 蒿坪融媒体中心版权所有　违法和不良信息举报电话：0913-7755 110
""",
        body="""
6月1日，经过五个月的改造，蒿坪全民健身中心游泳馆重新对外开放，不少市民一早就来到泳池畅游。
此次改造更换了泳池循环过滤系统和池壁瓷砖，新建了儿童戏水池和无障碍更衣室，水质实现实时监测。
游泳馆负责人介绍，暑期将开设少儿游泳培训班，每班不超过十五人，配备两名持证教练和救生员。
开放时间为每天9:00至21:00，周一上午闭馆换水，咨询电话：0913-7712 3366。
""",
    ),
    dict(
        slug="forum-guiyou-turtle-breeders-html",
        site="龟友之家论坛 (invented)",
        style="论坛",
        genre="倡议书",
        kind="initiative",
        form="html",
        source="https://www.guiyou.example.net/forum/t-55621.html",
        title="关于不放生外来龟种的倡议",
        record_title="[版务] 关于不放生外来龟种的倡议 - 龟友之家",
        date="2025-08-02",
        notes="hobby forum: jammer fonts; a moderator signature block; floors; signature date; a sentence asking to 分享 the initiative stays",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=2),
        page="""
<html><head><meta charset="utf-8"><title>[版务] 关于不放生外来龟种的倡议 - 龟友之家</title></head><body>
<div id="top">⟦m 龟友之家　爱龟、养龟、护龟⟧ ⟦a 登录 注册⟧</div>
<div class="crumb">⟦m 龟友之家 » 版务公告 » 帖子⟧</div>
<div class="post"><div class="author">⟦m 版主 守龟人 UID 1008 在线⟧</div>
<h1>{T}</h1>
<div class="ptime">⟦m 发表于 2025-08-02 20:15⟧</div>
{BODY}
<div class="sig">⟦d ——养龟有风险，入坑需谨慎——⟧</div></div>
<div class="floor">⟦l 沙发 草龟爸爸 支持版主！身边就有人往河里扔巴西龟⟧</div>
<div class="floor">⟦l 板凳 小石头 已转给我们小区群了⟧</div>
<div class="ft">⟦m 龟友之家 © 2012-2025　鄂ICP备13008851号⟧</div>
</body></html>
""",
        body="""
各位龟友：
近期有龟友反映，一些地方出现随意放生巴西红耳龟、鳄龟等外来龟种的情况。这些外来物种适应能力强，会与本地龟类争夺食物和栖息地，还可能传播疾病。
为此，论坛版务组倡议：
一、不购买、不饲养法律禁止的外来物种，饲养前先了解品种来源。
二、不向河流、湖泊、公园水塘放生任何外来龟种，不想养了可以在论坛领养区转让。
三、发现野外有外来龟种，请联系当地林业或渔业部门处理。
也请大家把这份倡议分享给身边的养龟朋友，一起守护本地生态。
龟友之家版务组
2025年8月2日
""",
    ),
    dict(
        slug="blog-xiaomao-pet-boarding-notes",
        site="毛孩子寄养日记 (invented)",
        style="博客",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://maohaizi.blog.example.com/2025/10/08/guoqing-jiyang/",
        title="国庆宠物寄养工作小结",
        record_title="【随记】国庆宠物寄养工作小结 | 毛孩子寄养日记",
        date="2025-10-08",
        notes="a pet-boarding shop owner's blog: decorated record title, a bracketed post time, tag cloud and archive; hard-wrapped at 64 columns; a table of boarders",
        wrap=64,
        page="""
!m 毛孩子寄养日记　—— 一家小小寄养店的日常
!m 首页 | 关于我 | 寄养须知 | 留言板
{T}
!m [2025-10-08 23:10]　分类：店务随记　阅读(88)
{BODY}
!l 标签：寄养 国庆 猫咪 狗狗
!l 归档：2025年10月(3) 2025年9月(5) 2025年8月(4)
!l 评论(2)　　发表评论
""",
        body="""
国庆七天假期终于结束了，今年店里共接待寄养的毛孩子四十一只，比去年多了十来只，趁着还记得，把几件事记下来。
类别　数量　平均天数
猫　24　6.5
小型犬　12　5
中大型犬　5　7
一是入住体检不能省。今年有两只狗狗入住时耳螨明显，我们单独安排了房间，避免交叉感染，并第一时间告诉了主人。
二是每天发照片和视频。主人出门在外最惦记的就是孩子，我们每天定时在群里发“日报”，大家都很放心。
三是人手还是紧张。假期临时请了两位兽医专业的学生帮忙，明年要提前培训。
最后谢谢每一位信任我们的主人，毛孩子们都平平安安地回家了。
""",
    ),
    dict(
        slug="wechat-html-niuwa-coop-notice",
        site="镜读（公众号文章镜像） (invented)",
        style="公众号镜像",
        genre="通知",
        kind="notice",
        form="html",
        source="https://jingdu.example.com/a/5f0b9c71e2",
        title="关于牛蛙养殖尾水治理的通知",
        record_title="关于牛蛙养殖尾水治理的通知",
        date="2025-09-16",
        notes="WeChat mirror in HTML: section/span paragraphs; account line with date; 'read the original', 在看 and a follow card; the notice's own phone kept; 关注 in the notice itself stays",
        p_html='<section><span style="font-size:15px;">{}</span></section>',
        page="""
<html><head><meta charset="utf-8"><title>关于牛蛙养殖尾水治理的通知</title></head><body>
<div class="mirror-bar">⟦d 本页为公众号文章镜像，内容版权归原作者所有⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 苕岭蛙业合作社 2025-09-16 18:30 发表于江西⟧</div>
<div class="rich">
{BODY}
</div>
<div class="card">⟦a 苕岭蛙业合作社 微信号：tiaoling_wa 长按识别关注⟧</div>
<div class="tools">⟦l 阅读原文 阅读 744 分享 在看 12 写留言⟧</div>
</body></html>
""",
        body="""
各位社员：
根据县农业农村局和生态环境局关于水产养殖尾水治理的要求，合作社决定在今年秋季全面开展牛蛙养殖尾水治理工作。
一、10月底前，各养殖户按照“三池两坝”模式建设尾水处理设施，合作社统一设计，统一采购防渗膜。
二、养殖尾水经处理达标后方可排放，严禁直排入河。
三、合作社将对治理到位的社员给予每亩五百元补助。
请社员关注合作社公众号，及时了解设施建设标准和补助申领流程。
咨询电话：合作社办公室　0795-5811 4092
苕岭蛙业合作社
2025年9月16日
""",
    ),
    dict(
        slug="docshare-html-yutou-festival-plan",
        site="文享网 (invented)",
        style="文档分享",
        genre="方案",
        kind="plan",
        form="html",
        source="https://www.wenxiang.example.net/doc/5512804.html",
        title="荔溪镇第三届芋头文化节活动方案",
        record_title=None,
        date=None,
        notes="sharing reader without a record title (title on the page); a schedule table; a page marker —— 第n页 —— paragraph cutting a sentence; the 2025 only in the body's schedule, no document date",
        pages=dict(fmt="—— 第{n}页 ——", every=160, start=2),
        page="""
<html><head><meta charset="utf-8"><title>文享网-在线阅读</title></head><body>
<div class="hd">⟦m 文享网　分享知识 共享价值⟧ ⟦a 上传文档 登录⟧</div>
<div class="docinfo">⟦m 格式：DOC　页数：2　大小：33KB　上传于：2025-09-01⟧</div>
<h2>{T}</h2>
{BODY}
<div class="act">⟦a 免费下载 收藏 分享 举报⟧</div>
<div class="more">⟦l 你可能喜欢 农产品展销会方案 丰收节活动策划 乡村旅游节方案⟧</div>
</body></html>
""",
        body="""
为展示荔溪芋头特色产业，促进农文旅融合发展，镇政府决定举办第三届芋头文化节，特制定本方案。
一、活动主题：香芋飘荔溪，丰收好时节。
二、活动时间和地点：2025年10月18日至19日，荔溪镇芋香广场。
三、活动内容
项目　时间　负责单位
开幕式暨芋头品鉴　18日上午　镇党政办
芋头王评选　18日下午　镇农业服务中心
芋头美食大赛　19日上午　镇商会
田园采挖体验　19日全天　各村委会
四、工作要求：各单位要明确责任人，做好安全保卫、交通疏导和食品安全工作，确保活动安全有序。
""",
    ),
]

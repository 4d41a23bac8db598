"""holdout38, part C: a rice-noodle factory, a guzheng school, a crosstalk club in a writing app, a
teahouse essay on an exam forum, a volunteer rescue team's encyclopaedia entry, a paragliding
base's plan on a cloud drive, a brocade museum in a search cache, an equestrian club's print view,
a suona troupe's forwarded letter, a cured-meat association speech, a vegetable-basket office."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _kit import modern, old  # noqa: E402

CASES = [
    dict(
        slug="corp-mifen-news-html-factory",
        site="湘禾米业食品有限公司 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.xianghe-mifen.example.com/news/company/2025/1020.html",
        title="湘禾米业新建鲜湿米粉生产线正式投产",
        record_title="湘禾米业新建鲜湿米粉生产线正式投产 | 新闻中心 | 湘禾米业",
        date="2025-10-20",
        notes="corporate site; decorated title; byline date; online-shop and 400 line as chrome; company signature absent",
        page=modern(
            "湘禾米业新建鲜湿米粉生产线正式投产 | 新闻中心 | 湘禾米业",
            top='⟦m 湘禾米业　一碗好粉　源自好米⟧ ⟦a 在线商城⟧ ⟦a EN⟧',
            nav='⟦m 走进湘禾　产品中心　新闻中心　招贤纳士　联系我们⟧',
            crumb='⟦m 首页 &gt; 新闻中心 &gt; 公司新闻⟧',
            info='⟦m 发布日期：2025-10-20　　浏览量：1032⟧',
            after='<div>⟦l 上一条：湘禾米业获评省级农业产业化龙头企业⟧</div><div>⟦l 下一条：公司开展秋季消防演练⟧</div>',
            side='⟦l 产品推荐：鲜湿米粉　干米粉　螺蛳粉⟧',
            foot='⟦m 全国服务热线：400-670-2233⟧ ⟦m 湘ICP备20015562号⟧ ⟦m 技术支持：云帆建站⟧',
        ),
        body="""
10月18日，湘禾米业新建的鲜湿米粉生产线在蕺阳县工业园正式投产。
该生产线总投资三千二百万元，采用全自动蒸煮、冷却和杀菌工艺，日产鲜湿米粉四十吨，产品保质期由原来的两天延长到三十天。
公司负责人介绍，新生产线投产后，每年可消化本地优质早稻一万二千吨，带动周边农户增收。
""",
    ),
    dict(
        slug="training-zhengyue-guzheng-enrol-html",
        site="筝悦古筝艺术培训学校 (invented)",
        style="培训机构",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.zhengyue-art.example.cn/zsjz/2025summer.html",
        title="筝悦古筝艺术培训学校2025年暑期班招生简章",
        record_title="【火热招生中】筝悦古筝艺术培训学校2025年暑期班招生简章",
        date="2025-06-10",
        notes="training school; decorated title; a class table; 扫码报名 and the school's own 报名电话 kept; floating consult box and trial-lesson prompt as chrome",
        page=modern(
            "筝悦古筝艺术培训学校2025年暑期班招生简章",
            top='⟦m 筝悦古筝艺术培训学校⟧ ⟦m 以筝会友　以乐育人⟧',
            nav='⟦m 学校简介　师资力量　课程设置　学员风采　招生简章⟧',
            info='⟦m 招生办　2025-06-10⟧',
            after='<div class="float">⟦w 在线咨询　课程顾问微信：zy_guzheng88⟧</div><div>⟦a 免费预约试听课 ＞⟧</div>',
            side='⟦l 学员风采：少儿组金奖　考级通过率98%⟧',
            foot='⟦m 校址：莳湾县文化宫二楼　办学许可证号：教民143072070001号⟧',
        ),
        body="""
暑期将至，本校面向社会招收古筝学员，现将有关事项公布如下。
班型　上课时间　学费
启蒙班（5至7岁）　周一、三、五上午　1280元
提高班　周二、四、六上午　1580元
考级冲刺班　每天下午　2380元
报名时请携带学员近期照片两张。家长可扫描本简章下方二维码在线报名，也可拨打报名电话0743-8851266。
筝悦古筝艺术培训学校
2025年6月10日
""",
    ),
    dict(
        slug="app-xiangsheng-summary-reader",
        site="写作宝App分享页 (invented)",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://m.xiezuobao.example.com/share/art?id=a9f71c2&from=wx",
        title="茆塘县笑声相声社2024年度工作总结",
        record_title="茆塘县笑声相声社2024年度工作总结（可直接套用）",
        date="2025-01-06",
        notes="writing-app share page; decorated title; open-in-app bar top and bottom; a paywall prompt between paragraphs; date under the signature",
        page="""
!a 打开写作宝App，阅读体验更佳　　［打开］
!m 写作宝 · 公文模板库
{T}
!m 模板编号 ZJ-20250106-33　　已有 742 人使用
{BODY}
!a 复制全文需开通写作宝会员（首月1元）
!l 同类模板：文艺团体年度总结　社团活动总结3篇
!a 在App内打开 ＞
""",
        body="""
2024年，笑声相声社在县文化馆的指导下，坚持每周末在老街茶楼演出，全年演出九十六场，观众两万余人次。
⟦a 👑 以下内容为会员专享，开通后可查看全部⟧
一是创作有突破。社员原创《说菰岭》《赶集》等新作品十二个，其中《赶集》获全市曲艺大赛二等奖。
二是传承有人。开办少儿相声班两期，培养小学员三十一名。
三是惠民有温度。送演出进敬老院、进工地二十场。
茆塘县笑声相声社
2025年1月6日
""",
    ),
    dict(
        slug="gkforum-chaguan-essay-junk",
        site="上岸公考论坛 (invented)",
        style="公考论坛",
        genre="申论范文",
        kind="other",
        form="text",
        source="http://bbs.shangan-gk.example.com/thread-88120-1-1.html",
        title="从一家老茶馆看基层治理的“温度”",
        record_title="【申论范文】从一家老茶馆看基层治理的“温度”（附批改）",
        date=None,
        notes="exam forum; decorated title; forum junk lines and glued; a reply-to-see prompt; the post time is relative (8 小时前): no date",
        junk=dict(lines=2, glued=1),
        page="""
!m 上岸公考论坛 » 申论 » 范文精选
{T}
!m 楼主　岸上的鱼　|　发表于 8 小时前
{BODY}
!a 【本帖隐藏的批改内容需回复可见】
!l 回复 ｜ 收藏 ｜ 评分
!l 1#　一战上岸：写得真好，茶馆这个切口很新颖。
""",
        body="""
在菰岭县老街，有一家开了六十多年的茶馆。每天清晨，居民们在这里喝茶聊天，社区干部也常来坐坐，听听大家的烦心事。
一杯茶、一张桌，拉近了干部和群众的距离。很多矛盾纠纷，就是在茶桌上化解的。
基层治理需要制度，也需要温度。只有真正走到群众中间，才能把工作做到群众心坎上。
""",
    ),
    dict(
        slug="wiki-jiuyuandui-entry-html",
        site="百事通百科 (invented)",
        style="百科问答",
        genre="词条",
        kind="other",
        form="html",
        source="https://baike.baishitong.example.com/item/民间救援队登记",
        title="民间救援队登记",
        record_title="民间救援队登记_百事通百科",
        date=None,
        notes="encyclopaedia entry; edit links and catalogue as chrome; an example date inside a sentence is no date; reference list at the end as chrome",
        page=modern(
            "民间救援队登记_百事通百科",
            top='⟦m 百事通百科　全球中文知识库⟧ <a>⟦a 登录⟧</a> <a>⟦a 创建词条⟧</a>',
            nav='⟦m 首页　分类　特色百科　用户⟧',
            info='⟦a 编辑　讨论　收藏 16⟧',
            before='<div class="toc">⟦l 目录　1 登记条件　2 登记程序　3 注意事项⟧</div>',
            after='<div class="ref">⟦l 参考资料：1. 社会组织登记管理相关规定⟧</div><div>⟦m 词条统计：浏览次数 3.2万　编辑次数 7次　最近更新：蒲公英子⟧</div>',
            side='⟦l 相关词条：蓝色救援　应急志愿者　社会团体⟧',
            foot='⟦d 百科词条内容由网友共同编辑，如有问题请以官方信息为准。⟧ ⟦m ©2025 Baishitong⟧',
        ),
        body="""
民间救援队登记，是指由群众自发组建的应急救援队伍依法向民政部门申请登记为社会组织的行为。
登记条件
救援队应当有规范的名称和章程，有固定的住所，有与其业务活动相适应的专职或者兼职工作人员，有合法的资产和经费来源。
登记程序
发起人向县级以上民政部门提交登记申请书、业务主管单位的批准文件、验资报告等材料。例如某救援队于2020年5月提交材料，一个月后即领取了登记证书。
注意事项
救援队参加应急救援行动，应当服从现场指挥部的统一调度。
""",
    ),
    dict(
        slug="netdisk-huaxiang-plan-file-name",
        site="飞鸟网盘分享页 (invented)",
        style="网盘分享",
        genre="应急预案",
        kind="plan",
        form="text",
        source="https://pan.feiniao.example.com/s/1kQz8Lm0",
        title="莪山滑翔伞飞行营地突发事件应急预案",
        record_title="莪山滑翔伞飞行营地突发事件应急预案.pdf",
        date="2025-03-15",
        notes="cloud-drive preview; file-name title; share and expiry stamps are no dates; page markers ‖n‖ between paragraphs cut; 成文日期 under the signature",
        pages=dict(fmt="‖{n}‖", every=140, start=2),
        page="""
!m 飞鸟网盘　｜　文件分享
!m 分享者：莪山飞行营地　　分享时间：2025-04-02　　有效期：永久
!a 保存到我的网盘　　　下载(2.1MB)　　　举报
{T}
{BODY}
!a 预览仅显示前3页，完整内容请下载
!d 请勿分享违规内容，飞鸟网盘将依法配合有关部门处理。
""",
        body="""
一、总则
为及时、有效处置营地滑翔伞飞行中发生的各类突发事件，最大限度减少人员伤亡和财产损失，制定本预案。
二、组织机构
营地成立应急处置领导小组，营地负责人任组长，飞行教练长、安全员任副组长。
三、处置程序
发生飞行事故后，现场人员立即报告领导小组，同时拨打急救电话；救援组携带担架、急救包赶赴现场，做好伤员转运工作。
四、附则
本预案自印发之日起施行。
莪山滑翔伞飞行营地
2025年3月15日
""",
    ),
    dict(
        slug="snapshot-zhijin-museum-html-frame",
        site="搜寻快照 (invented search cache)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://cache.soxun.example.com/c?u=museum.puyun.example.cn/gg/118.html",
        title="蒲云县织锦博物馆春节期间开放安排的通知",
        record_title="蒲云县织锦博物馆春节期间开放安排的通知 - 搜寻快照",
        date="2025-01-20",
        notes="search-cache frame: the cache banner with a snapshot stamp (no date) and highlighted keywords note; the original page's nav and footer; 成文日期 in the body",
        page=modern(
            "蒲云县织锦博物馆春节期间开放安排的通知 - 搜寻快照",
            top='<div class="cache-bar">⟦m 这是 museum.puyun.example.cn/gg/118.html 的快照，抓取于 2025-02-03 11:26。⟧ ⟦a 查看原网页⟧ ⟦m 已为您标亮以下搜索词：织锦 春节⟧</div><div>⟦m 蒲云县织锦博物馆⟧</div>',
            nav='⟦m 首页　展览　藏品　教育　参观⟧',
            crumb='⟦m 首页 - 公告⟧',
            after='<p>⟦a 【预约参观】【返回列表】⟧</p>',
            foot='⟦m 蒲云县织锦博物馆　版权所有⟧ ⟦d 快照页面由搜寻自动生成，内容以原网页为准。⟧',
        ),
        body="""
广大观众朋友：
春节期间，本馆开放安排如下：1月28日（除夕）闭馆；1月29日至2月4日正常开放，开放时间为9:00至17:00，16:30停止入馆。
馆内“经纬千年——蒲云织锦技艺展”将同步推出织锦体验活动，每天两场，每场限二十人。
蒲云县织锦博物馆
2025年1月20日
""",
    ),
    dict(
        slug="print-mashu-rules-print-footer",
        site="驰风马术俱乐部 (invented)",
        style="打印页",
        genre="制度",
        kind="other",
        form="text",
        source="https://www.chifeng-equestrian.example.com/print.php?id=77",
        title="驰风马术俱乐部会员骑乘安全须知",
        record_title="打印 - 驰风马术俱乐部会员骑乘安全须知",
        date=None,
        notes="print view; decorated title; print stamp and URL footer are no dates; a print footer page count; numbered list",
        page="""
!m 驰风马术俱乐部　www.chifeng-equestrian.example.com
{T}
!m 打印时间：2025/8/30 下午4:12:07
{BODY}
!m 原文地址：https://www.chifeng-equestrian.example.com/rules/77.html
!p 第1页（共1页）
""",
        body="""
1．骑乘前须签署安全告知书，未满十四周岁的会员须由监护人陪同。
2．骑乘时必须佩戴头盔、护甲，穿着马靴或有跟的鞋。
3．不得站在马匹后方，不得在马场内大声喧哗或突然奔跑。
4．初学会员须在教练牵引下骑乘，不得擅自快步或跑步。
5．饮酒后及身体不适者不得骑乘。
""",
    ),
    dict(
        slug="mail-suona-letter-forwarded",
        site="惠邮企业邮箱 (invented)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="text",
        source="mail://exmail.huiyou.example.com/read?mid=ZC3xA0981",
        title="关于邀请参加萁水唢呐艺术节展演的函",
        record_title="转发：关于邀请参加萁水唢呐艺术节展演的函",
        date="2025-08-12",
        date_also=["2025-08-14"],
        notes="forwarded mail; mail headers (发件人/收件人/时间) as meta; the letter's own 附件 line and 联系人 kept next to the mail's attachment list; letter's date expected, send date also",
        page="""
!m ---------- 转发的邮件 ----------
!m 发件人：萁水县文化馆 <whg@qishui.example.gov.cn>
!m 发送时间：2025年8月14日 星期四 上午10:05
!m 收件人：莳湾县唢呐艺术团 <suona_sw@example.net>
!m 附件：2个（邀请函.pdf，回执.docx）
{T}
{BODY}
!d 此邮件可能包含保密信息，如您误收，请立即删除并通知发件人。
!a 回复　　回复全部　　转发　　下载全部附件
""",
        body="""
莳湾县唢呐艺术团：
萁水县第六届唢呐艺术节定于9月19日至21日在县文化广场举办。贵团长期致力于民间唢呐艺术的传承，特邀请贵团派出演员十二名参加展演。
展演期间的食宿由我馆统一安排，往返交通费用由贵团自理。
请于8月30日前将回执发送至我馆邮箱。
联系人：石晓芸，电话：0792-6610455
附件：展演回执
萁水县文化馆
2025年8月12日
""",
    ),
    dict(
        slug="fanwen-lawei-speech-old-table",
        site="好文范文网 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.haowen-fw.example.cn/jianghua/2024/1203/40771.html",
        title="在腊味加工行业协会成立大会上的讲话",
        record_title="在腊味加工行业协会成立大会上的讲话（精选）",
        date=None,
        notes="old table-layout 范文 site; decorated title; no date (a template with ××年 placeholders kept); writing-service box and download button; a 阅读字号 row",
        page=old(
            "在腊味加工行业协会成立大会上的讲话（精选）_好文范文网",
            top='⟦m 好文范文网 —— 写材料，上好文⟧',
            nav='⟦m 首页 | 讲话稿 | 工作总结 | 心得体会 | 述职报告 | 会员中心⟧',
            crumb='⟦m 位置：好文范文网 &gt; 讲话稿 &gt; 致辞⟧',
            info='⟦m 来源：网友投稿　人气：<font color=red>937</font>⟧　⟦a 阅读字号：[ 加大 ] [ 还原 ] [ 缩小 ]⟧',
            after='⟦a 《在腊味加工行业协会成立大会上的讲话》Word文档下载（扣2积分）⟧<br>⟦w 需要原创讲话稿？专业写手代写，QQ：2876610932⟧',
            side='⟦l ◆ 热门讲话稿⟧<br>⟦l 协会换届大会讲话⟧<br>⟦l 商会成立大会致辞⟧',
            foot='⟦d 声明：本站范文仅供参考，请勿直接用于正式场合。⟧<br>⟦m 好文范文网 版权所有　粤ICP备14022201号⟧',
        ),
        body="""
各位会员、各位来宾：
今天，××县腊味加工行业协会正式成立了。我代表县工商联，向协会的成立表示热烈祝贺！
腊味加工是我县的传统特色产业，全县现有加工企业和作坊一百余家。协会成立后，要当好政府和企业之间的桥梁，带领会员守住食品安全底线，共同打响本地腊味品牌。
希望协会在××年××月前制定行业自律公约，组织会员开展标准化生产培训。
最后，祝协会越办越好！谢谢大家。
""",
    ),
    dict(
        slug="gov-cailanzi-plan-text-wrapped",
        site="苈湖县人民政府 (invented)",
        style="政府门户",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.lihu.example.gov.cn/zwgk/fdzdgknr/ghjh/202504/t20250428_9031.html",
        title="苈湖县2025年“菜篮子”保供稳价工作方案",
        date="2025-04-25",
        date_also=["2025-04-28"],
        notes="county portal text; hard-wrapped at 70 columns; 信息公开 index lines as meta; byline 发布日期 differs from the 成文日期 (the latter expected); document number neutral; 抄送 and 印发 版记 kept",
        wrap=70,
        indent="　　",
        page="""
!m 苈湖县人民政府门户网站
!m 索引号：431127-10-2025-0042　　主题分类：农业、畜牧业
!m 发布机构：县菜篮子工程办公室　　发布日期：2025-04-28
{T}
苈菜办发〔2025〕3号
{BODY}
!a 【收藏】【打印】【关闭】
!m 苈湖县人民政府办公室主办　　政府网站标识码：4311270008
""",
        body="""
为保障全县蔬菜、肉蛋等“菜篮子”产品供应充足、价格基本稳定，结合本县实际，制定本方案。
一、稳定生产。全县蔬菜播种面积稳定在十二万亩以上，新建和改造标准化大棚八百亩，生猪出栏稳定在二十二万头左右。
二、畅通流通。支持农产品批发市场建设冷链仓储设施，推进“农超对接”，在城区新设平价蔬菜店十个。
三、加强监测。建立重要农产品价格监测点二十个，每周发布价格信息，价格异常波动时及时启动应急投放。
苈湖县菜篮子工程办公室
2025年4月25日
抄送：县发改局，县市场监管局。
苈湖县菜篮子工程办公室　　2025年4月25日印发
""",
    ),
]

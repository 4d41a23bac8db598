"""holdout170, part B: shovels (铁锹). Invented text, sites, places and people; see ../build.py."""

CASES = [
    dict(
        slug="party-zhiyuan-arbor-day-speech",
        site="芷原党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.zhiyuandj.gov.cn/dyjy/202503/t20250312_4471.html",
        title="在机关党员“一把铁锹种到底”义务植树活动上的讲话",
        record_title="【支部活动】在机关党员“一把铁锹种到底”义务植树活动上的讲话",
        date="2025-03-12",
        notes="Party-building portal; speaker line and date under the speech title neutral; 发布时间 agrees",
        page="""
<html><head><meta charset="utf-8"><title>在机关党员“一把铁锹种到底”义务植树活动上的讲话-芷原党建网</title></head><body>
<div class="banner">⟦m 芷原党建网　中共芷原县委组织部主办⟧</div>
<div class="nav">⟦m 首页　党建要闻　组织建设　党员教育　基层风采⟧</div>
<div class="crumbs">⟦m 当前位置：首页 &gt;&gt; 党员教育⟧</div>
<h1>{T}</h1>
<p class="sub">县直机关工委书记　蔚峰</p>
<p class="sub">（2025年3月12日）</p>
<p class="pub">⟦m 发布时间：2025-03-12 16:30　来源：县直机关工委⟧</p>
{BODY}
<div class="tools">⟦a 【收藏】【打印】【关闭】⟧</div>
<div class="side"><h3>⟦l 热点关注⟧</h3><p>⟦l 全县基层党组织书记轮训班开班⟧</p><p>⟦l “红色网格员”风采展示⟧</p></div>
<div class="ft">⟦m 中共芷原县委组织部 版权所有　地址：芷原县府前街1号⟧</div>
</body></html>
""",
        body="""
同志们：
今天，县直机关各支部的党员同志扛着铁锹来到城西荒坡，参加义务植树活动。
我们这次活动叫“一把铁锹种到底”，就是要求每一名党员从挖坑、扶苗、培土到浇水，亲手种好自己的那一棵树，不做摆拍、不走过场。
种树如此，干工作也是如此。希望大家把植树的劲头带回岗位上，一件事一件事抓到底。
树种下去了，还要管护好。各支部要认领林带，落实浇水、补植责任，确保成活率达到95%以上。
谢谢大家！
""",
    ),
    dict(
        slug="print-pucheng-flood-shovel-request",
        site="蒲城县应急管理局网站 打印页 (invented)",
        style="打印页",
        genre="请示",
        kind="notice",
        form="text",
        source="http://yjj.pucheng.gov.cn/print.jsp?id=8812",
        title="关于增补防汛抢险铁锹等物资储备的请示",
        record_title="打印 - 关于增补防汛抢险铁锹等物资储备的请示",
        date="2025-04-21",
        notes="print view with print stamp (no date) and a print footer; request with table, 附件 and 联系人",
        page="""
!m 蒲城县应急管理局
!m 打印时间：2025/6/3 14:22
{T}
{BODY}
!p ～ 第1页，共1页 ～
!a 【打印本页】　【关闭窗口】
""",
        indent="\u3000\u3000",
        body="""
县人民政府：
经清点，我局防汛物资仓库现有铁锹860把，其中锹头锈蚀、锹柄开裂不能使用的有214把，与县级防汛物资储备标准相差较大。
物资名称　现有数量　需增补数量
铁锹　646把　600把
编织袋　3.2万条　2万条
救生衣　410件　200件
为确保主汛期抢险需要，恳请县政府安排资金7.6万元，用于增补上述物资。
妥否，请批示。
附件：防汛物资增补明细及报价
联系人：鲁沛，电话：0913-7210456
蒲城县应急管理局
2025年4月21日
""",
    ),
    dict(
        slug="wenku-duanku-shovel-plan-preview",
        site="段库文档 (invented)",
        style="文库预览",
        genre="方案",
        kind="other",
        form="text",
        source="https://wenku.duanku.com/view/6f3a12c9e0.html",
        title="乡镇冬季扫雪除冰工具配备方案",
        record_title="乡镇冬季扫雪除冰工具配备方案 - 段库文档",
        date=None,
        notes="paid preview with page markers 〔续N〕 on lines of their own cutting sentences; VIP prompt between paragraphs; upload stamp no date",
        page="""
!m 段库文档　海量文档 免费阅读
!m 上传者：冬日暖阳　上传时间：2024-11-30　页数：3页
{T}
!a 下载文档　收藏　举报
{BODY}
!a 试读结束，开通段库VIP后可下载完整文档
!d 本文档由用户上传，仅供学习交流，如有侵权请联系平台删除。
!l 相关文档：社区扫雪铲冰应急预案｜道路除冰作业安全规程
""",
        pages=dict(fmt="〔续{n}〕", every=110, start=2),
        body="""
为做好今冬扫雪除冰工作，保障镇区主干道和学校、卫生院周边道路通行安全，结合我镇实际，制定本方案。
一、配备原则：按照“分片包干、就近取用”的原则，在镇区和各村设置工具存放点，由专人保管。
⟦a 开通VIP，免广告畅读全文⟧
二、配备标准：镇区每个存放点配备平头铁锹20把、推雪板10块、扫帚15把；各村每村配备铁锹10把、推雪板5块。
三、管理要求：工具实行登记领用，用后清点归还。每年11月上旬对工具进行检查，锹柄松动、锹头卷刃的要及时维修或更换。
""",
    ),
    dict(
        slug="lawfirm-mingzheng-shovel-injury",
        site="明正律师事务所 (invented)",
        style="律所网站",
        genre="普法文章",
        kind="other",
        form="html",
        source="https://www.mingzhenglaw.cn/shuofa/2025/0520.html",
        title="借用邻居铁锹干活受伤，谁来担责？",
        record_title="律师说法丨借用邻居铁锹干活受伤，谁来担责？",
        date="2025-05-20",
        notes="law-firm site with consult card; firm's hotline beside a lawyer's own phone in the text",
        page="""
<html><head><meta charset="utf-8"><title>律师说法丨借用邻居铁锹干活受伤，谁来担责？ - 明正律师事务所</title></head><body>
<div class="logo">⟦m 明正律师事务所　诚信 专业 高效⟧</div>
<div class="nav">⟦m 首页 律所简介 专业领域 律师团队 律师说法 联系我们⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 发布日期：2025-05-20　作者：祁律师⟧</div>
<div class="art">
{BODY}
</div>
<aside><div class="card">⟦w 免费法律咨询 139 0771 5526⟧</div><div>⟦w 扫码添加律师微信，一对一解答⟧</div></aside>
<div class="tags">⟦l 标签：借用合同 人身损害 过错责任⟧</div>
<footer>⟦m 明正律师事务所 地址：邕溪市民族大道18号　桂ICP备20010377号⟧</footer>
</body></html>
""",
        body="""
村民老韦向邻居借了一把铁锹挖菜地，没挖几下锹头脱落，砸伤了脚，花去医药费四千余元。老韦认为铁锹有问题，要求邻居赔偿。
律师分析：无偿借用属于好意施惠，出借人一般只在明知物品有缺陷而未告知时才承担责任。
本案中，邻居出借前刚用过这把铁锹，并不知道锹头松动；老韦使用前也未检查。因此，老韦主要应自行承担损失。
律师提醒：借用农具前应先检查；出借人知道工具有毛病的，要主动说清楚。
如需进一步咨询，可致电本文作者祁律师：0771-5526018。
""",
    ),
    dict(
        slug="gkbbs-interview-village-tool-lending",
        site="上岸公考论坛 (invented)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="text",
        source="http://bbs.shangan-gk.com/thread-90412-1-1.html",
        title="村里农具借用总丢铁锹，你作为驻村干部怎么办？",
        record_title="[面试真题] 村里农具借用总丢铁锹，你作为驻村干部怎么办？ - 结构化面试 - 上岸公考论坛",
        date=None,
        notes="exam forum answer; relative time no date; numbered points kept",
        page="""
!m 上岸公考论坛 › 结构化面试 › 真题讨论
!t [面试真题] 村里农具借用总丢铁锹，你作为驻村干部怎么办？
!m 楼主 岸边的鱼　2天前　阅读 622
{BODY}
!l 回复 1# 学霸小林：思路清晰，第三点可以再展开一下
!a 点评　回复　收藏本帖
!w 面试一对一模拟，私信或加Q：28876120
!m 上岸公考论坛 版权所有
""",
        body="""
参考答案：
村里的公用农具借出去不还，看似小事，实际上关系到集体财产管理和群众之间的信任。我会这样做：
1. 先摸清情况。和村“两委”一起清点现有农具，了解丢失的铁锹大多是谁借的、为什么没还。
2. 建立借用登记。在村委会设农具借用台账，借时登记、还时签字，铁锹柄上统一刻编号。
3. 发挥村规民约作用。把爱护公共农具写进村规民约，由村民代表监督，对长期不还的上门提醒。
4. 跟踪落实。一个月后再清点一次，看制度是否管用，及时调整。
""",
    ),
    dict(
        slug="collection-old-smith-shovel-memoir",
        site="铁匠铺旧事 文集 (invented)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="http://www.laotiejiang.net/wenji/juan1/12.html",
        title="打了四十年铁锹",
        record_title="《炉边集》卷一·第12篇｜打了四十年铁锹",
        date=None,
        notes="retired smith's collection; hard-wrapped at 62 columns; 写于 year only; chapter navigation",
        page="""
!m 《炉边集》　作者：卜长庚
!m 卷一　铁匠铺旧事
{T}
{BODY}
!l ← 上一篇：学徒那三年　　下一篇：锹把要用白蜡木 →
!m 本文集共收文62篇　阅读 3051
""",
        wrap=62,
        indent="\u3000\u3000",
        body="""
我十六岁进铁匠铺，师傅教的第一样活，就是打铁锹。一块熟铁放进炉膛，烧到发白，夹出来在砧子上反复锻打，锹面要薄，锹口要利，锹裤要圆，一样不到位，师傅就让重来。
那时候生产队开春修渠，一个队要几十把铁锹，我们铺子从正月一直忙到清明。后来有了机器冲压的钢锹，又轻又便宜，上门订锹的人一年比一年少。
如今我已退休多年，院里还挂着一把自己打的锹，锹面磨得发亮。孙子问我为什么不扔，我说，那是你爷爷吃饭的手艺。
写于2019年冬
""",
    ),
    dict(
        slug="assoc-hardware-shovel-quality-pledge",
        site="苡城市五金工具行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="http://www.yichenghardware.org.cn/xhdt/2025/0606.html",
        title="关于提升铁锹等农用手工具质量的倡议书",
        record_title="【协会倡议】关于提升铁锹等农用手工具质量的倡议书_苡城市五金工具行业协会",
        date="2025-06-06",
        notes="association site; pledge with numbered points; date under the signature",
        page="""
<html><head><meta charset="gbk"><title>关于提升铁锹等农用手工具质量的倡议书_苡城市五金工具行业协会</title></head><body>
<table width="960"><tr><td>⟦m 苡城市五金工具行业协会⟧</td><td>⟦a 会员登录⟧ ⟦a 入会申请⟧</td></tr></table>
<div class="nav">⟦m 协会首页 | 协会动态 | 政策法规 | 会员风采 | 标准资料⟧</div>
<h2>{T}</h2>
<div class="info">⟦m 发布人：秘书处　点击数：284⟧</div>
{BODY}
<div class="pn">⟦l 上一篇：协会召开第三届理事会第二次会议⟧</div>
<div class="foot">⟦m 协会秘书处电话：0571-8712903　邮箱：xh@yichenghardware.org.cn⟧</div>
</body></html>
""",
        body="""
全市五金工具生产企业：
近年来，我市铁锹、镐头等农用手工具销往全国二十多个省份，但也出现了个别企业偷工减料、以次充好的情况，锹头硬度不够、焊缝开裂等问题时有投诉。为维护“苡城五金”的声誉，协会向全体会员企业倡议：
一、严格执行国家和行业标准，锹头热处理工序不省略、不简化。
二、如实标注材质和规格，不夸大宣传。
三、建立产品质量追溯制度，每批产品留样备查。
四、互相监督，发现假冒会员企业商标的行为及时向协会反映。
苡城市五金工具行业协会
2025年6月6日
""",
    ),
    dict(
        slug="netdisk-shovel-handle-ergonomics-pdf",
        site="飞盘云 (invented)",
        style="网盘分享",
        genre="报告",
        kind="report",
        form="text",
        source="https://pan.feipanyun.com/s/1qWdT7x",
        title="铁锹握柄人机工程对比测试报告",
        record_title="铁锹握柄人机工程对比测试报告.pdf",
        date="2025-01-14",
        notes="cloud-drive share with file name as record title; share expiry and size lines; report date at the end",
        page="""
!m 飞盘云 | 分享文件
!m 铁锹握柄人机工程对比测试报告.pdf　1.8MB
!m 分享者：工业设计小组　　有效期：永久有效
!a 保存到我的网盘　　下载（1.8MB）
{BODY}
!a 预览仅显示前2页，下载后查看全部
!d 请勿分享违法违规内容，飞盘云将依法处理。
""",
        body="""
测试目的：比较D形握柄、T形握柄和直柄三种铁锹在连续铲土作业中的省力程度。
测试方法：招募12名志愿者，每人用三种铁锹各铲沙土200锹，记录用时和主观疲劳评分。
握柄类型　平均用时　疲劳评分
D形握柄　14分20秒　5.1
T形握柄　15分02秒　5.8
直柄　16分35秒　6.9
结论：D形握柄在铲装作业中最省力，建议农用铁锹优先采用。
萩阳职业技术学院工业设计小组
2025年1月14日
""",
    ),
    dict(
        slug="univ-nongke-labour-course-shovel",
        site="薷阳农业科技学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.ryagri.edu.cn/info/1032/7718.htm",
        title="“一把铁锹”上好劳动教育第一课",
        record_title="“一把铁锹”上好劳动教育第一课-薷阳农业科技学院",
        date="2025-09-16",
        notes="university news with 发布时间 byline; photo caption on a line of its own; 供稿/审核 line glued after the last sentence",
        page="""
<html><head><meta charset="utf-8"><title>“一把铁锹”上好劳动教育第一课-薷阳农业科技学院</title></head><body>
<div class="hd">⟦m 薷阳农业科技学院⟧ ⟦a 信息门户⟧ ⟦a 图书馆⟧ ⟦a English⟧</div>
<div class="nav">⟦m 学校概况 院系设置 招生就业 科学研究 校园新闻⟧</div>
<div class="pos">⟦m 首页 &gt; 校园新闻 &gt; 综合新闻⟧</div>
<h1>{T}</h1>
<div class="src">⟦m 发布时间：2025-09-16　作者：宣传部　浏览量：2036⟧</div>
{BODY}
<div class="prev">⟦l 上一条：我校举行2025级新生开学典礼⟧</div>
<div class="foot">⟦m 地址：薷阳市学府路1号　邮编：535000　版权所有 薷阳农业科技学院⟧</div>
</body></html>
""",
        body="""
9月15日，园艺学院2025级新生来到校实训基地，每人领到一把铁锹，开始为期一周的劳动教育课。
⟦m 新生在实训基地翻整菜畦。⟧
实训指导老师先示范了铁锹的握法和发力方法：“左手握柄，右手在前，用脚踩锹肩，靠身体重量往下压。”
一周内，新生们要完成翻地、起垄、播种萝卜三项任务，表现优秀的将获得劳动实践学分。⟦m （供稿：园艺学院　审核：覃玥）⟧
""",
    ),
    dict(
        slug="qa-shovel-vs-spade-difference",
        site="问问看 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.wenwenkan.com/question/55102398",
        title="铁锹和铁锨有什么区别？",
        record_title=None,
        date=None,
        notes="Q&A with the question as title (missing from the record); relative answer time; vote bar",
        page="""
!m 问问看 - 有问题，就来问问看
!m 首页 › 生活 › 农具
{T}
!m 3人关注 · 1个回答
!m 最佳回答　土里刨食　回答于 1个月前
{BODY}
!a 赞同 27　反对　评论 4　分享
!l 相关问题：锹把用什么木头好？　铁锹生锈了怎么处理？
!m ©2025 问问看
""",
        body="""
其实是一样东西，叫法不同。北方很多地方叫“铁锨”，南方和书面语多叫“铁锹”。
要说区别，只能说形状上有尖头和平头之分：尖头的适合挖土，平头的适合铲沙、铲煤。
买的时候看三点：锹头是不是锰钢，锹柄有没有裂纹，两者连接处牢不牢。
""",
    ),
    dict(
        slug="download-old-shovel-forging-rules",
        site="工规下载站 (invented, old ASP)",
        style="资料下载站",
        genre="规程",
        kind="other",
        form="html",
        source="http://www.gongguixz.com/soft/Show.asp?id=21877",
        title="铁锹锻压车间安全操作规程",
        record_title="铁锹锻压车间安全操作规程.doc下载",
        date=None,
        notes="old ASP table layout with file-info table and mirror links; rule articles; no date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>铁锹锻压车间安全操作规程.doc下载 - 工规下载站</title></head>
<body><table width="100%"><tr><td>⟦m 工规下载站 www.gongguixz.com⟧</td><td>⟦a 设为首页⟧ ⟦a 加入收藏⟧</td></tr></table>
<marquee>⟦m 本站所有资料均可免费下载，欢迎上传分享！⟧</marquee>
<table class="info">
<tr><td>⟦m 资料名称：铁锹锻压车间安全操作规程.doc⟧</td></tr>
<tr><td>⟦m 文件大小：36KB　资料类别：安全规程　更新时间：2024-10-08⟧</td></tr>
<tr><td>⟦m 下载次数：418⟧</td></tr>
</table>
<h3>⟦m 资料简介：⟧</h3>
{BODY}
<table class="down"><tr><td>⟦a 下载地址一：电信下载⟧</td><td>⟦a 下载地址二：联通下载⟧</td><td>⟦a 下载地址三：本地下载⟧</td></tr></table>
<p>⟦a 如果下载链接失效，请点此报告错误⟧</p>
<p>⟦m 您是本站第 0026137 位访问者⟧</p>
</body></html>
""",
        body="""
第一条　操作人员必须经安全培训合格后方可上岗，上岗时穿戴防护眼镜、隔热手套和劳保鞋。
第二条　开机前检查空气锤、冲床的离合器和制动装置，确认灵敏可靠。
第三条　加热后的锹坯必须用专用钳具夹持，严禁用手直接触碰。
第四条　冲压锹面时，一人操作一台设备，不得两人同时踩踏板。
第五条　淬火池周围不得堆放易燃物品，淬火时人员站在侧面。
""",
    ),
]

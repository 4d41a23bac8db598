"""holdout123, part F. Invented text; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="association-html-sericulture-council-minutes",
        site="辽东蚕业协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://www.ldcanye.org.cn/xhdt/2024/0115/310.html",
        title="辽东蚕业协会三届五次理事会会议纪要",
        record_title="辽东蚕业协会三届五次理事会会议纪要",
        record_date="2024-01-15",
        date="2024-01-15",
        notes="association page; minutes' 时间/地点/主持/出席 lines kept; member-login box and join prompt are chrome",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>辽东蚕业协会三届五次理事会会议纪要</title></head>
<body>
<div class="hd">⟦m 辽东蚕业协会⟧ <span>⟦m LIAODONG SERICULTURE ASSOCIATION⟧</span></div>
<div class="nav">⟦m 首页 | 协会概况 | 协会动态 | 行业资讯 | 会员风采 | 技术园地⟧</div>
<div class="login">⟦a 会员登录⟧ ⟦a 申请入会⟧</div>
<div class="lm">⟦m 协会动态⟧</div>
<h3>{T}</h3>
<div class="fb">⟦m 发布人：秘书处　日期：2024-01-15⟧</div>
<div class="zw">
{BODY}
</div>
<div class="ft">⟦m 秘书处地址：栌川市丝绸路77号　电话：0415-7133208⟧<br>⟦d 版权所有：辽东蚕业协会　未经许可不得转载⟧</div>
</body></html>
""",
        body="""
时间：2024年1月12日上午9:00
地点：栌川市丝绸宾馆二楼会议室
主持：协会会长 梁立本
出席：理事23人（应到27人），监事2人；秘书处全体工作人员列席
会议审议并原则通过了以下事项：
一、审议通过《协会2023年工作报告》和《2023年度财务收支情况报告》。
二、审议通过《2024年柞蚕种质量互检办法》，决定由协会组织会员单位每年春季开展蚕种交叉抽检。
三、同意吸收栌川县柞蚕专业合作社等5家单位为协会会员。
四、会议决定于2024年9月举办第六届辽东柞蚕丝绸产品展销会，由秘书处牵头制定工作方案。
会议要求，各理事单位要积极参与协会活动，及时反映行业诉求。
""",
    ),
    dict(
        slug="corp-text-riveting-studio-service",
        site="补拙堂 (invented)",
        style="企业官网",
        genre="说明",
        kind="guide",
        form="text",
        source="https://www.buzhuotang.com/fuwu/xiufu.html",
        title="器物修复服务须知",
        record_title="器物修复服务须知 | 补拙堂 锔瓷·金缮工作室",
        date=None,
        notes="studio website; the document speaks of 拍照/寄送/扫码 as content; shop phone in the header is chrome while the document's 寄送地址 kept",
        page="""
!m 补拙堂　锔瓷 · 金缮 · 器物修复
!m 首页　关于我们　修复案例　服务须知　课程体验　联系我们
!w 预约电话 0731-82215870　微信 buzhuotang_xiu
{T}
{BODY}
!l 修复案例 →　课程体验 →
!a 在线预约修复
!m © 补拙堂 2019-2024　湘ICP备19016603号
""",
        body="""
感谢您信任补拙堂。为了让您的器物得到妥善修复，请在送修前阅读以下须知：
一、送修方式。您可以到店送修，也可以快递寄送。寄送前请用气泡膜逐片包裹碎片，装入硬纸箱，箱内四周填满缓冲物。
二、评估报价。收到器物后，修复师会在三个工作日内拍照评估，告知修复方案、工期和费用，您确认后再开工。
三、修复方式。锔瓷适合日常使用的器物，金缮适合观赏性较强的器物，两种方式可以按您的意愿选择或组合。
四、修复周期。普通器物一般为两至四周，残缺较多需要补配的器物时间相应延长。
五、取件方式。修复完成后，我们会拍照发给您确认，您可以到店自取，也可以选择快递寄回，运费由您承担。
寄送地址：长沙市天心区坡子街128号补拙堂（收），收件电话：13874902261。
""",
    ),
    dict(
        slug="training-html-kebab-vendor-hygiene-class",
        site="安川职业技能培训学校 (invented)",
        style="培训机构",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.anchuanpx.com/news/20240425/1402.html",
        title="关于举办夜市餐饮摊主食品安全免费培训班的通知",
        date="2024-04-25",
        notes="training school page: course ads in sidebar, floating consult button; the document's 报名咨询 kept beside the school's own 400 line",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于举办夜市餐饮摊主食品安全免费培训班的通知_安川职业技能培训学校</title></head>
<body>
<div class="top">⟦m 安川职业技能培训学校　人社部门备案培训机构⟧ ⟦w 招生热线：400-118-6290⟧</div>
<div class="nav">⟦m 学校首页　培训项目　学校新闻　就业服务　在线报名⟧</div>
<div class="wz">⟦m 您的位置：首页 » 学校新闻⟧</div>
<h1>{T}</h1>
<div class="rq">⟦m 发布日期：2024-04-25　|　浏览：377⟧</div>
<div class="nr">
{BODY}
</div>
<div class="side">⟦l 热门课程⟧<ul><li>⟦l 中式面点师（初级）⟧</li><li>⟦l 烧烤技术速成班⟧</li><li>⟦l 家政服务员⟧</li></ul></div>
<div class="float">⟦w 在线咨询⟧</div>
<div class="ft">⟦m 地址：安川市建设路58号　豫ICP备18030117号⟧</div>
</body></html>
""",
        body="""
各位夜市餐饮摊主：
为提高夜市餐饮摊主的食品安全意识和操作技能，受安川市城市管理局、市场监督管理局委托，我校将举办夜市餐饮摊主食品安全免费培训班。有关事项通知如下：
一、培训对象：全市各夜市、疏导点经营烧烤、小吃、凉菜的摊主及从业人员。
二、培训时间：5月8日至5月10日，每天下午2:00至5:00，共三期，每人任选一期参加。
三、培训内容：食品安全法律法规、烧烤类食品加工卫生要求、油烟净化设备使用、燃气安全和消防常识。
四、培训费用：全部免费，培训合格发放结业证明，作为夜市摊位年度评星的参考。
五、报名咨询：市城市管理局市容科 翁老师，电话0391-3286517。
安川职业技能培训学校
2024年4月25日
""",
    ),
    dict(
        slug="fanwenapp-paged-hawker-summary",
        site="公文宝APP (invented)",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://m.gongwenbao.cn/share/essay?id=44018270",
        title="城管中队2023年度市容秩序管理工作总结",
        record_title="城管中队2023年度市容秩序管理工作总结(优秀范文)",
        date=None,
        notes="writing-app share page with converter page markers '〔页n〕' glued or not; year only in the title; no date",
        page="""
!a 在“公文宝”APP内打开，阅读体验更佳
!m 公文宝 · 范文
{T}
!m 收录于合集：年终总结 · 城市管理　　3.4万人看过
!a 一键套用模板　　生成提纲　　复制
{BODY}
!a 已阅读80%，打开APP查看剩余内容
!l 看了这篇的人还看了：城管局年度工作总结　｜　街道城管科述职报告
!d 本文由公文宝用户上传，如涉及版权问题请联系删除
""",
        pages=dict(fmt="〔页{n}〕", every=200, start=2, glue="mix"),
        body="""
2023年，我中队在局党组的正确领导下，围绕创建全国文明城市工作目标，扎实开展市容秩序管理，辖区市容面貌明显改善。现将全年工作总结如下：
一、强化日常巡查。实行“早七晚九”错时巡查制度，将辖区划分为8个责任网格，每个网格明确2名队员，全年劝导占道经营3860余起，清理乱堆乱放1240处。
二、推进疏堵结合。协调设置临时摊贩疏导点3处、摊位106个，引导流动摊贩入点经营，背街小巷占道问题明显减少。
三、开展专项整治。集中开展夜市油烟、户外广告、共享单车乱停放等专项整治，拆除违规广告牌93块，更换无烟烤炉57台。
四、坚持文明执法。全面推行执法记录仪全过程记录，全年未发生暴力执法投诉。
五、存在问题与明年打算。队员数量与管辖面积不相匹配，智能化手段运用不足。明年将推进视频监控全覆盖，提高发现和处置效率。
""",
    ),
    dict(
        slug="exam-forum-text-survey-essay-wrapped",
        site="上岸申论社区 (invented)",
        style="公考论坛",
        genre="申论范文",
        kind="essay",
        form="text",
        source="http://www.shanganshenlun.com/forum/post/77213",
        title="申论范文：守护大地上的“坐标”",
        record_title="申论范文：守护大地上的“坐标”【附批改】",
        date="2024-03-18",
        notes="exam forum; hard-wrapped at 64 columns; the teacher's comment after the essay is chrome; post date",
        page="""
!m 上岸申论社区 · 每天一篇，稳步提分
!m 社区 > 申论范文 > 大作文
{T}
!m 楼主：申论小樊　　2024-03-18 07:30　　浏览 4120　　回复 63
{BODY}
!l 【老师批改】立意准确，结构清晰，第三段论证可再充实。评分：31/40
!l 回复　　点赞 219　　收藏
!w 想要一对一批改？私信社区助教“晓申”报名
!m 上岸申论社区 © 2024
""",
        wrap=64,
        indent="\u3000\u3000",
        body="""
在山巅、在田野、在路边，常常立着一根不起眼的水泥桩。它没有雕饰，却承载着国家大地的坐标，这就是测量标志。守护好这些“坐标”，就是守护国家的基础设施和发展根基。
测量标志是国家测绘成果的载体。修一条路、建一座桥、划一块地，都离不开精确的坐标。没有这些标志，卫星定位也会失去校准的基准。
然而，随着城市建设加快，测量标志被损毁的情况时有发生。有的被施工挖掉，有的被当作废铁偷走，有的被杂草掩埋无人问津。保护意识淡薄、保管责任不清，是问题的根源。
守护“坐标”，需要制度与人心并重。既要落实委托保管责任，依法惩处破坏行为，也要通过宣传教育，让更多人认识它、爱护它。
大地上的每一个坐标，都连着国家发展的每一步。让我们共同守护它们。
""",
    ),
    dict(
        slug="baike-html-daylily-processing-entry",
        site="农知百科 (invented)",
        style="百科问答",
        genre="词条",
        kind="article",
        form="html",
        source="https://www.nongzhibaike.com/entry/huanghuacai-jiagong",
        title="黄花菜干制加工",
        record_title="黄花菜干制加工 - 农知百科",
        date=None,
        notes="encyclopaedia in HTML: infobox and TOC as chrome, references; decimal headings kept; no date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>黄花菜干制加工 - 农知百科</title></head>
<body>
<div class="top">⟦m 农知百科 — 种植养殖一查就懂⟧ ⟦a 创建词条⟧ ⟦a 登录⟧</div>
<h1>{T}</h1>
<div class="edit">⟦a 编辑词条⟧ ⟦a 添加义项⟧</div>
<div class="toc">⟦l 目录 1 原料采收 2 蒸制杀青 3 干燥 4 分级包装⟧</div>
<div class="lemma">
{BODY}
</div>
<div class="ref">⟦l 参考资料 1. 黄花菜栽培与加工技术手册⟧</div>
<div class="stat">⟦m 浏览 6720次　编辑 5次　最近更新 2024-02-11⟧</div>
<div class="ft">⟦d 本站词条由网友协作编辑，仅供参考⟧</div>
</body></html>
""",
        body="""
黄花菜干制加工是将新鲜黄花菜花蕾经蒸制、干燥等工序制成干制品的过程，干制可以去除鲜菜中的秋水仙碱，延长保存期。
1 原料采收
在花蕾饱满、即将开放前采摘，一般在清晨进行，采后应在4小时内加工。
2 蒸制杀青
2.1 将鲜菜均匀摊放在蒸笼内，厚度约10厘米。
2.2 大火蒸制5至8分钟，至花蕾由黄绿变为淡黄、手捏略软为宜。
3 干燥
晴天可在竹席上晾晒2至3天；阴雨天采用烘干设备，温度先高后低，控制在60至85摄氏度。干制品含水量应降至15%以下。
4 分级包装
按色泽、长度和完整度分级，用防潮包装密封，置于阴凉干燥处贮存。
""",
    ),
    dict(
        slug="netdisk-text-pickle-training-courseware",
        site="百度量盘 (invented)",
        style="网盘分享",
        genre="讲稿",
        kind="speech",
        form="text",
        source="https://pan.liangpan.net/share/init?surl=Xb91Qd",
        title="酱腌菜小作坊食品安全培训讲稿",
        record_title="酱腌菜小作坊食品安全培训讲稿.docx",
        date=None,
        notes="cloud drive: extraction code line, file list with a second file, save button; no date",
        page="""
!m 百度量盘　|　超大容量，随时分享
!m 分享者：椴山食安宣讲团　　2024-05-07 14:10　　失效时间：30天后
!m 提取码：k7q2
!a 保存到量盘　　下载　　举报
!l 全部文件 > 食安培训资料（2个文件）
!l 酱腌菜小作坊食品安全培训讲稿.docx　26K
!l 培训签到表.xlsx　12K
!m 在线预览：酱腌菜小作坊食品安全培训讲稿.docx
{BODY}
!a 登录后可预览完整文档
""",
        body="""
各位经营者：
今天我们用一个小时，讲一讲酱腌菜小作坊最容易出问题的几个环节。
第一个环节是原料。蔬菜要新鲜，腐烂的部分要去除干净；腌制用盐必须是食用盐，工业用盐含有亚硝酸盐，吃了会中毒。
第二个环节是腌制时间。腌菜在腌制初期亚硝酸盐含量会升高，一般要腌足二十天以上才能出售。大家要在每一缸上贴好开始腌制的日期。
第三个环节是添加剂。常见的问题是苯甲酸钠、糖精钠超量使用。用添加剂必须称量，做好使用记录。
第四个环节是标签。散装销售也要标明品名、生产日期和作坊名称。
最后，请大家填好签到表，课后我们会到各家作坊走一走，看看有什么需要帮忙的。
""",
    ),
    dict(
        slug="snapshot-html-monkey-volunteer-recruit",
        site="寻迹快照 (invented)",
        style="搜索快照",
        genre="公告",
        kind="notice",
        form="html",
        source="http://snapshot.xunji.cn/cache?u=www.zlmonkey.org.cn/zyz/2023/0805/52.html",
        title="柘岭金丝猴保护志愿者招募公告",
        record_title="柘岭金丝猴保护志愿者招募公告",
        date="2023-08-05",
        notes="search snapshot frame in HTML: cache banner, highlight line, original site's chrome inside; the document's 报名邮箱 kept",
        page="""
<html><head><meta charset="utf-8"><title>柘岭金丝猴保护志愿者招募公告</title></head>
<body>
<div class="cache-bar">⟦d 您查看的是寻迹搜索保存于2023年11月2日的快照，原网页可能已更新。⟧ ⟦a 打开原网页⟧</div>
<div class="hl">⟦m 检索词已高亮：金丝猴 志愿者⟧</div>
<hr>
<div class="orig">
<div>⟦m 柘岭金丝猴保护协会 · 与猴群为邻⟧</div>
<div>⟦m 首页 > 志愿服务 > 招募信息⟧</div>
<h2>{T}</h2>
<div>⟦m 2023-08-05　协会秘书处⟧</div>
{BODY}
<div>⟦l 往期志愿者风采 >>⟧</div>
<div>⟦m 柘岭金丝猴保护协会　陕ICP备15009984号⟧</div>
</div>
</body></html>
""",
        body="""
为动员社会力量参与金丝猴保护，柘岭金丝猴保护协会面向社会招募2023年秋季保护志愿者。
一、招募人数：20名。
二、服务内容：协助保护站开展巡护监测、红外相机数据整理、社区自然教育和宣传活动。
三、报名条件：年满18周岁，身体健康，能适应山区野外工作；每次连续服务不少于7天；有生物、生态相关专业背景者优先。
四、服务保障：协会提供服务期间的食宿和意外保险，服务满30天颁发志愿服务证书。
五、报名方式：请于8月31日前将报名表发送至报名邮箱zlmonkey_vol@163.com，邮件主题注明“秋季志愿者＋姓名”。
""",
    ),
    dict(
        slug="print-text-alligator-reserve-visitor-rules",
        site="楝城扬子鳄保护区管理局 (invented)",
        style="打印页",
        genre="规定",
        kind="regulation",
        form="text",
        source="http://www.lcyangzie.org.cn/print/gzzd_12.html",
        title="扬子鳄科普馆参观须知",
        date=None,
        notes="print view with print-time stamp and URL footer (no date); articles speak of 拍照/扫码 as content",
        page="""
!a 【打印】　【返回】
!m 楝城扬子鳄国家级自然保护区管理局
{T}
{BODY}
!m 本页地址：http://www.lcyangzie.org.cn/print/gzzd_12.html
!m 打印于 2024/6/20 上午10:14:37
!p 1/1
""",
        body="""
一、科普馆开放时间为每周二至周日上午9:00至下午4:30，周一闭馆（法定节假日除外）。
二、参观实行免费预约，游客可通过保护区微信公众号扫码预约，凭预约码入馆。
三、馆内可以拍照，但请勿使用闪光灯，不得敲击玻璃、投喂食物。
四、户外观鳄池周边设有安全护栏，请勿翻越护栏、伸手入池，儿童须由监护人陪同。
五、请爱护馆内展品和设施，损坏者照价赔偿。
六、遇紧急情况，请听从工作人员指挥，沿疏散标志有序撤离。
""",
    ),
    dict(
        slug="mail-text-riveting-heritage-application",
        site="槭岭县文化馆邮箱 (invented)",
        style="邮件转发",
        genre="请示",
        kind="request",
        form="text",
        source="mail://whg.qiling.cn/sent/20240312-0033",
        title="关于申报锔瓷技艺为市级非物质文化遗产代表性项目的请示",
        record_title="Fw: 关于申报锔瓷技艺为市级非物质文化遗产代表性项目的请示",
        date="2024-03-11",
        notes="mail reply chain: quoted reply above, the forwarded request below; 附件 list and 联系人 of the document kept; mail client chrome",
        page="""
!m 发件人：槭岭县文化馆 非遗部
!m 发送时间：2024-03-12 09:40
!m 收件人：市非遗保护中心 申报组
!m 抄送：县文化广电旅游局 文物非遗股
!m 主题：Fw: 关于申报锔瓷技艺为市级非物质文化遗产代表性项目的请示
申报组老师好，正式请示见下，纸质材料今日寄出，请查收。
!m > 在 2024-03-08 16:12，市非遗保护中心 写道：
!m > 请各县于3月15日前报送申报请示及材料清单。
!m ——原始邮件——
{T}
{BODY}
!a 邮件含附件 3 个（共 12.4MB）　全部下载　在线预览
!d 本邮件及附件可能含有保密信息，如误收请删除并告知发件人。
""",
        body="""
市文化广电旅游局：
锔瓷技艺在我县流传已有一百五十余年，2023年被列入县级非物质文化遗产代表性项目名录。为进一步保护传承这一技艺，我局拟申报锔瓷技艺为市级非物质文化遗产代表性项目，现将有关情况请示如下：
一、项目概况。锔瓷是以金刚钻打孔、锔钉连接修补破损瓷器的传统技艺，我县现有从业人员十余人，代表性传承人戴守仁从艺近六十年。
二、保护工作。县文化馆已完成项目普查和影像记录，在县职业中学建立传承基地，开设兴趣班两期。
三、申报材料。按照申报要求，已准备好申报书、视频资料和辅助材料。
妥否，请批示。
附件：1. 市级非物质文化遗产代表性项目申报书
2. 项目视频（10分钟）
3. 传承谱系及相关证明材料
槭岭县文化广电旅游局
2024年3月11日
（联系人：田雨禾，电话：0797-5213406）
""",
    ),
]

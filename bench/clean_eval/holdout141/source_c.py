"""holdout141, part C. Invented text, sites, places and chrome; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="assoc-pixian-doubanjiang-pledge",
        site="崖州市调味品行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://www.yztwp.org.cn/xhdt/2025/03/1190.html",
        title="关于规范豆瓣酱晾晒发酵场地管理的倡议书",
        record_title="[协会倡议] 关于规范豆瓣酱晾晒发酵场地管理的倡议书",
        date="2025-03-15",
        notes="association site; 成文日期 under the signature; member-join button glued after a sentence; contact footer",
        page="""
<html><head><meta charset="utf-8"><title>关于规范豆瓣酱晾晒发酵场地管理的倡议书 - 崖州市调味品行业协会</title></head>
<body>
<div class="head">⟦m 崖州市调味品行业协会⟧ ⟦m 服务会员　规范行业　促进发展⟧</div>
<div class="nav">⟦m 协会首页 ｜ 协会动态 ｜ 政策法规 ｜ 会员风采 ｜ 入会指南⟧</div>
<h1>{T}</h1>
<p class="meta">⟦m 发布：秘书处　时间：2025-03-16　来源：本会⟧</p>
<div class="con">
{BODY}
</div>
<div class="side">⟦l 最新动态：协会第三届会员大会顺利召开 ｜ 2025年度会费缴纳通知⟧</div>
<div class="foot">⟦m 协会地址：崖州市香料产业园综合楼4楼　秘书处电话：028-61770318⟧<br>⟦d 崖州市调味品行业协会 版权所有⟧</div>
</body></html>
""",
        body="""
全市豆瓣酱生产企业和作坊：
豆瓣酱“翻、晒、露”的传统晾晒发酵工艺是我市调味品产业的根脉，但部分作坊晒场与道路、养殖场距离过近，防蝇防尘设施不到位，影响产品质量和行业声誉。为此，协会向全体从业者发出如下倡议。⟦a 还不是会员？点此在线申请入会⟧
一、晒场选址远离主干道、垃圾站和畜禽养殖场，晒缸统一加盖纱罩和防雨盖。
二、建立晾晒发酵记录，如实记录入缸时间、翻缸次数和出缸检验情况。
三、不使用工业用盐和非食用物质，辣椒、蚕豆等原料留存进货查验记录。
四、会员单位相互监督，发现违规行为及时向协会秘书处反映。
崖州市调味品行业协会
2025年3月15日
""",
    ),
    dict(
        slug="corp-hongqie-ketchup-factory-news",
        site="红茄食品股份有限公司 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.hongqie-food.com/news/company/2025-0916.html",
        title="红茄食品番茄酱生产线完成节水改造",
        record_title="红茄食品番茄酱生产线完成节水改造-企业新闻-红茄食品",
        date="2025-09-16",
        notes="company site; page date line; a 400 sales line in the footer; a product ad between paragraphs",
        page="""
!m 红茄食品 HONGQIE FOOD
!m 首页　关于红茄　产品中心　新闻动态　社会责任　联系我们
!m 新闻动态 > 企业新闻
!t 红茄食品番茄酱生产线完成节水改造-企业新闻-红茄食品
!m 2025-09-16　|　浏览：451
{BODY}
!l 返回列表
!l 上一条：红茄食品获评“自治区绿色工厂”
!m 全国招商热线：400-612-0909
!m Copyright © 2025 红茄食品股份有限公司　新ICP备16003318号-1
""",
        body="""
9月中旬，红茄食品位于焉支工业园的番茄酱生产线节水改造项目通过验收。改造后，每吨番茄酱耗水量由原来的11.6吨降至7.9吨，按今年榨季加工量测算，可节水约38万吨。
此次改造投资1260万元，主要对番茄清洗、破碎和蒸发浓缩工序进行升级：清洗环节采用逆流漂洗，浓缩环节的冷凝水经处理后回用于原料输送。
⟦l 【产品推荐】红茄经典番茄酱 340g×12瓶 家庭装⟧
公司生产总监哈力克介绍，今年榨季公司计划收购加工番茄21万吨，带动周边团场和村队种植户1800余户。
下一步，公司还将对包装车间实施光伏屋顶改造，进一步降低单位产品能耗。
""",
    ),
    dict(
        slug="training-hanfeng-bulldozer-operator-class",
        site="汉丰职业技能培训学校 (invented)",
        style="培训机构",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.hanfengjx.com/zsxx/56.html",
        title="2025年第四期推土机司机职业技能培训招生简章",
        record_title="2025年第四期推土机司机职业技能培训招生简章（附课程表）",
        date=None,
        notes="training school with a floating enrol box and course ads; no date in the document; schedule table and a 报名电话 kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>2025年第四期推土机司机职业技能培训招生简章_汉丰职业技能培训学校</title></head>
<body>
<div class="t">⟦m 汉丰职业技能培训学校⟧ ⟦m 学技术 找汉丰 包教包会⟧</div>
<div class="n">⟦m 网站首页 | 招生信息 | 培训专业 | 学员风采 | 联系我们⟧</div>
<h1>{T}</h1>
<p>⟦m 来源：招生办　阅读：2190次⟧</p>
<div class="c">
{BODY}
</div>
<div class="float">⟦w 免费试学 名额有限 微信/电话：139 7260 4411⟧</div>
<div class="ad">⟦l 热招专业：挖掘机 装载机 塔吊 叉车 电焊⟧</div>
<div class="f">⟦m 校址：汉丰县城东工业大道99号⟧ ⟦d 本站图文版权归汉丰职业技能培训学校所有⟧</div>
</body></html>
""",
        body="""
为满足城乡建设和矿山企业用工需求，我校开设第四期推土机司机职业技能培训班，现面向社会招生。
一、招生对象
年满18周岁、初中以上文化程度、身体健康的城乡劳动者，退役军人、脱贫户优先。
二、培训内容和课时
模块　内容　课时
理论　推土机构造、安全操作规程　40
实操　推、铲、平整作业及保养　120
考核　理论考试和实操考核　8
三、培训费用
符合条件的学员可享受职业技能培训补贴，具体以人社部门审核为准。
四、证书
考核合格者颁发推土机司机职业技能等级证书。
报名电话：0849-5621780（招生办）
""",
    ),
    dict(
        slug="fanwenapp-bixie-jetski-safety-plan",
        site="笔谐写作App分享页 (invented)",
        style="范文APP",
        genre="方案",
        kind="plan",
        form="text",
        source="https://share.bixie-app.com/doc/a1f7c9e3",
        title="湄湾景区摩托艇项目夏季安全保障方案",
        record_title="湄湾景区摩托艇项目夏季安全保障方案｜笔谐写作",
        date=None,
        notes="writing-app share page; open-app prompt on a line of its own inside the body and a member prompt glued; no date anywhere in the page",
        page="""
!m 笔谐写作 · 范文分享
!t 湄湾景区摩托艇项目夏季安全保障方案｜笔谐写作
!m 来自用户「海风拂面」的分享　·　2.3万人看过
!a 打开App，查看完整排版
{BODY}
!a 打开笔谐写作App，一键生成同类方案
!l 相似范文：水上乐园安全应急预案｜景区游船安全管理制度
!d 本内容由用户创作或AI辅助生成，仅供参考。
""",
        body="""
为确保夏季旅游旺季摩托艇项目安全运营，结合景区实际，制定本方案。
一、组织领导
成立由景区分管负责人任组长，水上项目部、安保部、医务室负责人为成员的安全保障小组，统筹项目安全工作。
二、安全措施
1.驾驶员须持有效资格证书上岗，每日出航前进行酒精测试。
2.乘客一律穿着救生衣，儿童须由成人陪同，孕妇及饮酒者不得乘坐。
⟦a 以下内容需在App内查看⟧
3.划定专用航行水域，设置浮球警戒线，与游泳区保持100米以上距离。
4.遇6级以上大风、雷雨或能见度低于500米时，立即停止运营。⟦a 开通会员可去除水印⟧
三、应急处置
配备救援快艇2艘、专职救生员4名，医务室配备急救箱和AED，发生落水事件时，救援人员须在3分钟内到达现场。
""",
    ),
    dict(
        slug="gkforum-anpo-polygonatum-essay-material",
        site="安坡公考论坛 (invented)",
        style="公考论坛",
        genre="其他",
        kind="other",
        form="text",
        source="http://bbs.anpo-gk.com/thread-22714-1-1.html",
        title="一根黄精“串”起富民产业链——凤冈县发展林下黄精种植调研",
        record_title="[申论素材] 一根黄精“串”起富民产业链——凤冈县发展林下黄精种植调研（建议收藏）",
        date="2025-10-22",
        notes="exam forum; post date is the page's date; forum junk; a points-reward prompt; decorated record title",
        page="""
!m 安坡公考论坛 » 申论 » 素材积累
!t [申论素材] 一根黄精“串”起富民产业链——凤冈县发展林下黄精种植调研（建议收藏）
!m 作者：上岸的小鹿　发表于 2025-10-22 08:40
!m 本帖最后回复 5 小时前
{BODY}
!a 回复本帖可获得 2 积分奖励！
!l 相关帖子：【申论】乡村振兴产业类素材汇总（持续更新）
!a 登录 | 注册 后可查看附件
!d 本论坛所有资料仅供学习交流，请勿用于商业用途。
""",
        junk=dict(lines=2, glued=1),
        body="""
凤冈县地处山区，森林覆盖率达67%。近年来，该县依托林下空间发展黄精种植，走出了一条“不砍树也能致富”的路子。
一、主要做法
一是科学规划。县林业局划定林下种植适宜区12.6万亩，明确不得砍伐林木、不得破坏地表植被。
二是龙头带动。引进两家中药材加工企业，与合作社签订保底收购协议，解决了农户“种了卖不掉”的顾虑。
三是技术下沉。组建“黄精技术服务队”，在每个种植村建立示范基地，手把手教农户选种、育苗和病虫害防治。
二、取得成效
全县林下黄精种植面积达3.4万亩，带动农户5200余户，户均年增收约6800元。
三、启示
发展林下经济，关键在于处理好生态保护和产业发展的关系，让绿水青山真正变成金山银山。
""",
    ),
    dict(
        slug="baike-yiwiki-guilinggao-entry",
        site="易知百科 (invented)",
        style="百科问答",
        genre="其他",
        kind="other",
        form="html",
        source="https://www.yizhibaike.com/item/龟苓膏",
        title="龟苓膏",
        record_title="龟苓膏_易知百科",
        date=None,
        notes="encyclopaedia entry; catalogue box and edit buttons; an example year inside a sentence is no date; citation list as chrome",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>龟苓膏_易知百科</title></head>
<body>
<div class="top">⟦m 易知百科⟧ ⟦a 进入词条　全站搜索　帮助⟧ ⟦a 登录 | 注册⟧</div>
<h1>{T}</h1>
<div class="tools">⟦a 编辑　讨论　收藏　赞⟧</div>
<div class="catalog">⟦l 目录 1 简介 2 制作 3 食用注意⟧</div>
<div class="para">
{BODY}
</div>
<div class="ref">⟦l 参考资料：1. 岭南传统凉品工艺调查报告 ．地方志网［引用日期2024-07-11］⟧</div>
<div class="stat">⟦m 词条统计　浏览次数：91302次　编辑次数：14次　最近更新：2025-01-08⟧</div>
<div class="foot">⟦d 易知百科内容由网友共同编辑，如您发现内容有误，欢迎纠错。⟧</div>
</body></html>
""",
        body="""
龟苓膏是流行于两广地区的一种传统凉品，以茯苓、金银花、甘草、地黄等为主要原料熬制，成品呈黑褐色胶冻状，口感爽滑，微苦回甘。
传统龟苓膏因原料中含有龟甲而得名。据当地老字号介绍，早在20世纪30年代，梧州一带已有专门售卖龟苓膏的铺子。
制作时，先将药材加水熬煮取汁，再加入适量凉粉草汁或淀粉搅匀，倒入容器冷却凝固。食用时可淋上蜂蜜或炼乳调味。
需要注意的是，龟苓膏性偏凉，脾胃虚寒者、孕妇及儿童不宜多食。
""",
    ),
    dict(
        slug="netdisk-shayu-sandboarding-emergency-plan",
        site="鲸云盘 (invented)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="text",
        source="https://pan.jingyun.example.cn/s/1kSaNdB0aRd",
        title="鸣沙湾景区滑沙项目突发事件应急预案",
        record_title="鸣沙湾景区滑沙项目突发事件应急预案.wps",
        date="2025-05-06",
        notes="cloud-drive share page: file-name title, share expiry and save buttons; preview text cut by markers of my own; Chinese-numeral 成文日期",
        page="""
!m 鲸云盘 | 分享文件
!t 鸣沙湾景区滑沙项目突发事件应急预案.wps
!m 分享者：沙湾运营部-小马　　分享时间：2025-05-08 18:02　　有效期：永久有效
!a 保存到我的网盘　　下载（1.1MB）　　举报
!m 文件预览（仅显示部分内容）
{BODY}
!a 预览仅支持前3页，完整内容请下载查看
!d 请勿分享违法违规内容，鲸云盘将依法配合有关部门调查。
""",
        pages=dict(fmt="▶第{n}◀", every=240, start=2, glue=False),
        body="""
一、总则
为及时有效处置滑沙项目运营中可能发生的游客受伤、设备故障、沙尘暴等突发事件，保障游客生命财产安全，制定本预案。
二、组织机构
景区成立滑沙项目应急处置小组，运营部经理任组长，安全员、医务人员、滑道管理员为成员，负责现场处置和信息报告。
三、处置措施
（一）游客受伤。滑道管理员立即停止发滑，医务人员3分钟内到达现场初步处置，伤情较重的及时拨打120并安排专人陪同送医。
（二）滑板或牵引设备故障。立即停止使用故障设备，疏散排队游客，待维修人员检查合格后方可恢复运营。
（三）沙尘暴等恶劣天气。收到预警后停止售票，引导游客到游客中心避险，并通过广播做好解释工作。
四、附则
本预案自印发之日起施行。
鸣沙湾景区管理有限公司
二〇二五年五月六日
""",
    ),
    dict(
        slug="snapshot-qiuyan-tibetan-pig-coop-news",
        site="秋雁搜索快照 (invented)",
        style="搜索快照",
        genre="新闻",
        kind="news",
        form="html",
        source="http://cache.qiuyan-search.com/c?u=http%3A%2F%2Fwww.cuolin.gov.cn%2Fnews%2F8812.html",
        title="措林县藏香猪合作社首批冷鲜肉发往成都",
        record_title=None,
        date="2025-12-03",
        notes="search-cache frame above a county page; snapshot stamp is no date; the page's 发布时间 is the date; missing record title",
        page="""
<html><head><meta charset="utf-8"><title>措林县藏香猪合作社首批冷鲜肉发往成都 - 秋雁快照</title></head>
<body>
<div class="cache-bar">⟦m 这是 秋雁 对 http://www.cuolin.gov.cn/news/8812.html 的缓存。⟧<br>⟦m 这是该网页在 2025年12月09日 04:17 的快照，当前页面可能已经更改。⟧<br>⟦a 查看当前页面　纯文字版本⟧</div>
<div class="orig">
<div>⟦m 措林县人民政府网⟧ ⟦m 首页 · 措林要闻 · 部门动态⟧</div>
<h2>{T}</h2>
<p>⟦m 发布时间：2025-12-03　来源：县农业农村局⟧</p>
{BODY}
<p>⟦a 【打印】【关闭】⟧</p>
<p>⟦m 措林县人民政府办公室主办　藏ICP备05001123号⟧</p>
</div>
</body></html>
""",
        body="""
12月2日，满载3.2吨藏香猪冷鲜肉的冷链运输车从措林县雪雅藏香猪养殖专业合作社出发，运往成都，这是该合作社首次实现冷鲜肉跨省销售。
雪雅合作社成立于2021年，现有社员68户，采取“合作社+农户”模式，统一供种、统一防疫、统一收购，社员散养藏香猪年出栏约4000头。
今年，县里投入资金为合作社建设了屠宰分割车间和冷库，并对接成都商超签订了长期供货协议。
合作社负责人次仁介绍，过去藏香猪主要以活猪形式卖给收购商，现在分割成冷鲜肉直供商超，每头猪可多卖300元左右。
""",
    ),
    dict(
        slug="print-changyun-skydiving-base-rules",
        site="长云航空运动俱乐部打印页 (invented)",
        style="打印页",
        genre="制度",
        kind="other",
        form="text",
        source="https://www.changyun-fly.com/about/rules/print/77",
        title="长云跳伞基地学员安全管理规定",
        record_title="打印预览 - 长云跳伞基地学员安全管理规定",
        date="2025-03-01",
        notes="print view: print header, URL and print stamp; rules whose articles speak of 打印/下载 kept; the 施行 date in the last article is the date",
        page="""
!m 长云航空运动俱乐部　www.changyun-fly.com
!t 打印预览 - 长云跳伞基地学员安全管理规定
!m 打印时间：2025/11/27 15:22:08
{T}
{BODY}
!m 本页地址：https://www.changyun-fly.com/about/rules/77
!p —1/1页—
!a [打印本页]　[返回]
""",
        body="""
第一条　为保障跳伞学员人身安全，规范基地训练秩序，制定本规定。
第二条　学员报名时须提交近三个月内的体检报告，患有心脏病、高血压、癫痫等疾病者不得参加训练。
第三条　学员须完成不少于8小时的地面理论和模拟训练，并通过考核后方可进行首次跳伞。
第四条　每次登机前，教练员须逐人检查伞具、头盔和高度表，学员不得自行调整伞具。
第五条　地面风速超过每秒8米或云底高度低于1200米时，停止一切跳伞活动。
第六条　学员训练记录由基地统一保存，学员可在会员系统下载或打印本人的训练记录。
第七条　本规定自2025年3月1日起施行。
""",
    ),
    dict(
        slug="mail-baishi-brooding-notice-forward",
        site="白石县畜牧站邮件存档 (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mailto:archive@bsxmz.example.cn?id=20250226-03",
        title="关于做好春季雏鸡育雏期保温防疫工作的通知",
        record_title="转发：关于做好春季雏鸡育雏期保温防疫工作的通知",
        date="2025-02-25",
        date_also=["2025-02-26"],
        notes="forwarded mail: mail headers and quoted-forward line; the mail's own 附件 header next to the notice's 附件 line; send date also accepted",
        page="""
!m 发件人：白石县畜牧站办公室 <bgs@bsxmz.example.cn>
!m 收件人：各乡镇畜牧兽医站
!m 发送时间：2025年2月26日（星期三）上午9:14
!t 主　题：转发：关于做好春季雏鸡育雏期保温防疫工作的通知
!m 附　件：育雏期技术要点.docx (42KB)
!m ---------- 转发的邮件 ----------
{T}
{BODY}
!d 此邮件可能包含保密信息，如您误收，请立即删除并通知发件人。
!a 回复　全部回复　转发　删除
""",
        body="""
各乡镇畜牧兽医站：
近期气温起伏较大，正值春季雏鸡集中补栏期。为减少育雏期死亡，现就有关工作通知如下。
一、做好保温。育雏第一周舍温保持在33℃至35℃，以后每周降低2℃至3℃，夜间要有专人值守，防止断电、断火。
二、通风换气。在保温的前提下，每天中午适当开窗通风，防止氨气浓度过高引起呼吸道疾病。
三、按程序免疫。7日龄前后做好新城疫、传染性支气管炎首免，14日龄做好法氏囊病首免，并如实填写免疫档案。
四、加强巡查。各站要对辖区500只以上的养殖户开展一次上门指导，发现异常死亡及时报告。
附件：育雏期技术要点
白石县畜牧站
2025年2月25日
""",
    ),
]

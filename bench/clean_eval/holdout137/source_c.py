"""holdout137, part C. Invented text; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="corp-xuerong-tremella-recall-notice",
        site="雪茸食品有限公司 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.xuerongfood.com/news/company/2024-03-28-recall.html",
        title="关于主动召回部分批次冻干银耳羹的公告",
        record_title="关于主动召回部分批次冻干银耳羹的公告 - 雪茸食品",
        date="2024-03-28",
        notes="company site; batch table; the company's customer line kept beside the site's sales hotline; a 扫码 sentence kept",
        page="""
<html><head><meta charset="utf-8"><title>关于主动召回部分批次冻干银耳羹的公告 - 雪茸食品</title></head>
<body>
<div class="head">⟦m 雪茸食品 XUERONG⟧ ⟦m 全国招商热线 400-655-2819⟧</div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 关于雪茸⟧</li><li>⟦m 产品中心⟧</li><li>⟦m 新闻动态⟧</li><li>⟦m 联系我们⟧</li></ul>
<div class="pos">⟦m 当前位置：首页 &gt; 新闻动态 &gt; 公司公告⟧</div>
<h1>{T}</h1>
<div class="time">⟦m 2024-03-28　浏览量：3096⟧</div>
{BODY}
<div class="page">⟦l 上一篇：雪茸食品通过有机产品认证复审⟧ ⟦l 下一篇：春季银耳新品上市⟧</div>
<div class="footer">⟦m Copyright © 2024 莪川县雪茸食品有限公司 All Rights Reserved　闽ICP备20011973号⟧</div>
<div class="float">⟦w 在线客服 ｜ 招商咨询 ｜ 返回顶部⟧</div>
</body></html>
""",
        body="""
尊敬的消费者：
我公司在例行自检中发现，以下批次冻干银耳羹的菌落总数检测值接近标准限值，虽未超出国家标准，但为确保消费者安全，公司决定主动召回。
产品名称　规格　生产日期　批号
冻干银耳莲子羹　15克×6袋　2024年2月6日　YE240206A
冻干银耳红枣羹　15克×6袋　2024年2月9日　YE240209B
一、已购买上述批次产品的消费者，请停止食用，凭包装或购物凭证到原购买门店办理退款，也可寄回公司，运费由公司承担。
二、网店订单可直接在平台申请退款，无需退回商品。
三、消费者可扫描包装背面的追溯码核对生产批号。
召回咨询电话：0599-6637058（每日8:00至20:00）。
对此给您带来的不便，我们深表歉意。
莪川县雪茸食品有限公司
2024年3月28日
""",
    ),
    dict(
        slug="training-chaxiang-leicha-course-price",
        site="茶香手艺学堂 (invented)",
        style="培训机构",
        genre="方案",
        kind="plan",
        form="html",
        source="https://www.chaxiangxt.com/course/leicha-basic.html",
        title="客家擂茶制作技艺培训班教学计划",
        record_title="客家擂茶制作技艺培训班教学计划｜茶香手艺学堂",
        date="2024-07-01",
        notes="training school page with price tag, trial form and testimonial; course table; a 下载 sentence is content",
        page="""
<html><head><meta charset="utf-8"><title>客家擂茶制作技艺培训班教学计划｜茶香手艺学堂</title></head>
<body>
<div class="top">⟦m 茶香手艺学堂　学一门手艺，开一家小店⟧ ⟦w 报名热线：181 2260 3375⟧</div>
<div class="nav">⟦m 首页 | 课程中心 | 师资团队 | 学员作品 | 创业扶持⟧</div>
<h2>{T}</h2>
<div class="price">⟦a 学费：￥1980　限时优惠 ￥1580　立即抢位⟧</div>
{BODY}
<div class="say">⟦l 学员评价：学完第二个月就在老家开了店，老师很耐心！——梅州 张女士⟧</div>
<div class="form">⟦a 免费试听　姓名＿＿　手机＿＿　提交预约⟧</div>
<div class="foot">⟦m 茶香手艺学堂（惠来校区）　粤ICP备21077403号⟧</div>
</body></html>
""",
        body="""
一、培训目标
学员掌握客家擂茶的选料、擂制、配菜和经营要点，结业后能独立制作咸擂茶、甜擂茶，具备开设小型擂茶店的基本能力。
二、培训时间
2024年7月15日至7月24日，共10天，每天上午9:00至12:00，下午2:30至5:30。
三、课程安排
天数　内容　课时
第1至2天　擂茶的历史、食材识别与采购　12
第3至5天　擂钵擂棍使用、茶叶芝麻花生擂制　18
第6至7天　配菜制作：炒米、花生、青菜、豆角　12
第8天　甜擂茶与创新口味　6
第9天　门店选址、成本核算、食品安全　6
第10天　实操考核与结业　6
四、结业要求
出勤率不低于90%，实操考核合格者颁发结业证书。课程讲义和配方表在结业后统一发放电子版，学员可自行下载保存。
茶香手艺学堂教务处
2024年7月1日
""",
    ),
    dict(
        slug="fanwenapp-huapao-festival-opening-speech",
        site="写作助手App (invented)",
        style="范文APP",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://m.xiezuozhushou.com/read/article?id=7730412",
        title="在第十五届花炮节开幕式上的致辞",
        record_title="在第十五届花炮节开幕式上的致辞（通用2篇）",
        date="2023-10-26",
        notes="writing app's reading mode; date under the speech title in Chinese numerals; speaker line neutral",
        page="""
!m 写作助手 · 阅读模式
!a ← 返回　　Aa 字号　　☆ 收藏　　⋯ 更多
!t 在第十五届花炮节开幕式上的致辞（通用2篇）
!m 分类：致辞讲话 · 开幕词　　热度 9.1万
!a 开通会员，去广告、无限复制
{T}
荑城县人民政府县长　覃永良
（二〇二三年十月二十六日）
{BODY}
!a 复制全文　　生成Word　　AI改写
!l 相关范文：运动会开幕式致辞 ｜ 民族节庆活动主持词 ｜ 文化旅游节讲话稿
!d 内容由平台用户提供，仅供参考学习
""",
        body="""
尊敬的各位来宾，各位运动员、教练员，父老乡亲们：
金秋时节，瑶山欢歌。今天，第十五届荑城花炮节在这里隆重开幕。我代表县人民政府，向远道而来的各位嘉宾和参赛队伍表示热烈的欢迎！
荑城花炮节起源于清代，已有三百多年历史。每年农历九月，各村寨青年聚集赛场，争抢花炮，祈求风调雨顺、五谷丰登。2008年，我县花炮节被列入省级非物质文化遗产代表性项目名录。
本届花炮节共有来自三省区的28支代表队参赛，同时举办民族服饰展演、农特产品展销和乡村旅游推介等活动，历时三天。
希望全体运动员发扬拼搏精神，赛出风格、赛出水平；希望各工作人员周到服务，确保活动安全有序。
最后，预祝本届花炮节圆满成功！祝各位来宾在荑城度过愉快的时光！
""",
    ),
    dict(
        slug="gkforum-shenlun-kam-choir-essay-junk",
        site="上岸公考论坛 (invented)",
        style="公考论坛",
        genre="范文",
        kind="other",
        form="text",
        source="http://bbs.shangan-gk.com/thread-66120-1-1.html",
        title="让古老歌声在新时代传唱",
        record_title="[申论范文] 让古老歌声在新时代传唱（附批改意见）",
        date=None,
        notes="exam forum post with junk; relative post time is not a date; signature and reply chrome",
        page="""
!m 上岸公考论坛 › 申论专区 › 大作文批改
!t [申论范文] 让古老歌声在新时代传唱（附批改意见）
!m 楼主：备考小鹿　　发表于 3天前　　阅读权限 10
!m 积分 1203　帖子 88　精华 2
{T}
{BODY}
!l 批改意见：论点清晰，分论点对仗，第三段案例可再具体。——版主 老潘
!a 附件：该帖附件需回复后才能下载
!l 回复　引用　评分　举报
!m 个性签名：每天一篇，上岸为止！
""",
        junk=dict(lines=2, glued=2),
        body="""
鼓楼之下，歌声千年。侗族大歌以无指挥、无伴奏、多声部合唱闻名于世，是民族文化的瑰宝。然而，随着年轻人外出务工、生活方式改变，大歌传承面临“老的唱不动、小的不会唱”的困境。让古老歌声在新时代传唱，需要守正与创新并举。
守护传承之根，关键在人。要完善歌师认定和补贴制度，让歌师安心教、愿意教；推动大歌进校园，把课堂建在鼓楼里，让孩子们在母语中学、在生活中唱。
激发传承之力，关键在用。要把大歌与乡村旅游、节庆活动结合起来，让歌声成为村寨的名片，让传承人在传承中得到实实在在的收益。
拓展传播之路，关键在新。要善用短视频、网络直播等新媒体，鼓励年轻人用新的方式演绎大歌，让更多人听见、听懂、爱上这古老的声音。
歌声不息，文脉不断。唯有守住根脉、用好资源、创新表达，古老的大歌才能在新时代焕发新的生机。
""",
    ),
    dict(
        slug="baike-yizhi-coix-entry-infobox",
        site="一知百科 (invented)",
        style="百科问答",
        genre="词条",
        kind="other",
        form="text",
        source="https://baike.yizhi.wiki/item/薏米种植/20417",
        title="薏米种植",
        record_title="薏米种植_一知百科",
        date=None,
        notes="encyclopaedia entry with info box and edit chrome; example dates inside sentences are not the page date; numbered headings 1.1",
        page="""
!m 一知百科
!a 编辑　　讨论　　收藏　　分享
!t 薏米种植_一知百科
{T}
!m 中文名：薏米种植　｜　所属类别：农作物栽培　｜　别名：薏苡栽培
!m 本词条由“农技小白杨”等 14 位编辑者参与编辑
!l 目录　1 概述　2 栽培技术　3 病虫害防治
{BODY}
!l 参考资料：［1］《薏苡高产栽培技术》［2］某省地方标准
!m 词条统计　浏览次数：8827　编辑次数：19　最近更新：5个月前
!d 百科词条内容由网友编辑，仅供参考，不代表本站观点。
""",
        body="""
薏米种植是指薏苡（禾本科薏苡属一年生草本植物）的栽培生产过程，其种仁即薏米，可食用和药用。
1 概述
薏苡喜温暖湿润气候，耐涝但不耐旱，适宜在海拔1000米以下、年均气温15℃以上的地区种植。我国南方多地有栽培传统。
2 栽培技术
2.1 选地整地。宜选排灌方便、土层深厚的田块，忌连作，前茬以豆类、蔬菜为好。
2.2 播种。一般在清明至谷雨间播种，例如某地2019年4月10日播种的试验田，出苗率达92%。每亩用种量3至4公斤。
2.3 田间管理。苗高10厘米时间苗定苗，分蘖期和孕穗期各追肥一次；开花期可人工辅助授粉，提高结实率。
3 病虫害防治
主要病害为黑穗病和叶枯病，主要虫害为玉米螟。应选用无病种子并进行温汤浸种，发病初期及时摘除病株，集中销毁。
""",
    ),
    dict(
        slug="netdisk-wangpan-steamer-process-rules",
        site="小云盘分享 (invented)",
        style="网盘分享",
        genre="制度",
        kind="other",
        form="text",
        source="https://pan.xiaoyun-share.com/s/1kQv8PzW3",
        title="竹蒸笼生产工艺操作规程",
        record_title="竹蒸笼生产工艺操作规程.docx",
        date="2024-04-08",
        notes="cloud-drive preview of a .docx; share time is a stamp, the date is under the signature",
        page="""
!m 小云盘 | 文件分享
!t 竹蒸笼生产工艺操作规程.docx
!m 分享者：竹**匠　　分享时间：2024-11-02 19:33　　有效期：永久
!a 保存到我的云盘　　下载(68KB)　　举报
!a 预览模式下格式可能错乱，建议下载后查看
{BODY}
!a 已到预览末尾，下载查看完整格式
!d 请勿分享违法违规内容，违者将被封禁账号。
!m 小云盘 © 2024　客服邮箱 help@xiaoyun-share.com
""",
        body="""
竹蒸笼生产工艺操作规程
1.适用范围
本规程适用于本厂竹蒸笼（笼圈、笼屉、笼盖）的生产加工。
2.原料要求
2.1 选用3至5年生的毛竹或楠竹，竹材无霉变、虫蛀、裂纹。
2.2 竹材进厂后应在三日内开片，不能及时加工的应浸水保存。
3.工艺流程
锯竹→开片→蒸煮→刨青→烘干→弯圈→编底→组装→打磨→检验→包装。
4.操作要点
4.1 蒸煮：竹片在沸水中蒸煮不少于40分钟，不得添加硫磺、漂白剂等化学物质。
4.2 烘干：烘干房温度控制在60℃以下，烘干期间每两小时巡查一次，做好记录。
4.3 弯圈：弯圈前竹片含水率应在18%至22%之间，过干易断，过湿易变形。
5.检验
成品笼圈应圆整、接口牢固，笼屉竹条间隙均匀，表面无毛刺。检验不合格的不得出厂。
6.本规程自发布之日起执行。
蒸城县竹韵蒸笼厂技术科
2024年4月8日
""",
    ),
    dict(
        slug="snapshot-cache-board-shoe-village-notice",
        site="速览快照 (invented search cache)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://cache.sulan-kz.com/c?u=http%3A%2F%2Fwww.naxiang-cun.cn%2Fgg%2F88.html",
        title="那香村关于组队参加镇板鞋竞速比赛的通知",
        record_title=None,
        date="2024-01-15",
        notes="search-cache frame over a village notice board; snapshot time is not the date; title only on the page",
        page="""
<html><head><meta charset="utf-8"><title>那香村关于组队参加镇板鞋竞速比赛的通知 - 速览快照</title></head>
<body>
<div class="cachehead" style="border:1px solid #ccc">
<p>⟦d 这是 http://www.naxiang-cun.cn/gg/88.html 的快照，是网页在 2024年3月2日 05:14 的存档版本。⟧</p>
<p>⟦d 当前页面可能已经更改，速览快照与该网页作者无关，不对其内容负责。⟧</p>
<p>⟦a 查看当前页面　｜　纯文字版⟧</p></div>
<div class="orig">
<div>⟦m 那香村村务公开栏⟧</div>
<div>⟦m 首页 村务公开 党务公开 乡风文明 联系我们⟧</div>
<h3>{T}</h3>
{BODY}
<div>⟦m 那香村村民委员会　地址：那香村文化楼一楼⟧</div>
</div>
</body></html>
""",
        body="""
各村民小组：
镇里定于2024年2月18日（正月初九）在镇中心广场举办“迎新春”板鞋竞速比赛，设男子组、女子组和混合组。为展示我村村民风采，村委会决定组队参赛，现将有关事项通知如下：
一、每个组需3名队员，另设替补1名。年满16周岁、身体健康的村民均可报名。
二、报名时间：即日起至1月31日，到村委会找村文书黄秀梅登记。
三、村委会为参赛队员统一制作板鞋和队服，春节期间每天下午在村小学操场集中训练。
四、获得名次的队员，村里另行给予奖励。
欢迎大家踊跃报名！
那香村村民委员会
2024年1月15日
""",
    ),
    dict(
        slug="print-hunqing-industry-notice-print-view",
        site="荛山县商务局 (invented print view)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="text",
        source="http://sw.raoshan.gov.cn/print.jsp?id=40217",
        title="关于规范婚庆服务市场秩序的通知",
        record_title="打印 - 关于规范婚庆服务市场秩序的通知",
        date="2024-02-22",
        notes="print view with print footer and URL line; document number neutral; 抄送 and 印发 版记 kept",
        page="""
!a 〔打印本页〕　〔关闭窗口〕
!m 荛山县商务局
{T}
荛商务〔2024〕9号
{BODY}
!m 原文地址：http://sw.raoshan.gov.cn/xxgk/tz/40217.html
!m 打印时间：2025/1/7 上午10:21:45
!p 第1页，共1页
""",
        body="""
各乡镇人民政府，县市场监管局，县婚庆行业协会，各婚庆服务企业：
近期，我局收到多起婚庆服务投诉，主要涉及服务缩水、临时加价、定金不退等问题。为规范婚庆服务市场秩序，保护消费者合法权益，现就有关事项通知如下：
一、婚庆服务企业应当与消费者签订书面合同，明确服务项目、标准、价格、时间和违约责任，推广使用县婚庆行业协会发布的示范合同文本。
二、服务价格应明码标价，不得在合同之外另行收取费用，不得以“套餐升级”等名义诱导消费。
三、收取定金的，数额不得超过合同总价款的20%。
四、县婚庆行业协会要建立会员诚信档案，对投诉较多的企业进行约谈。
五、县市场监管局要加强对婚庆服务合同格式条款的监督检查，依法查处价格违法行为。
抄送：县人民政府办公室，县消费者权益保护委员会。
荛山县商务局办公室　　2024年2月22日印发
""",
    ),
    dict(
        slug="mail-fwd-palm-fan-subsidy-request",
        site="葵乡镇政府邮箱 (invented mail)",
        style="邮件转发",
        genre="请示",
        kind="request",
        form="text",
        source="mail://kxz-zf@raoshan.gov.cn/INBOX/3385",
        title="葵乡镇人民政府关于申请蒲扇编织技艺传承补助资金的请示",
        record_title="Fwd: 葵乡镇人民政府关于申请蒲扇编织技艺传承补助资金的请示",
        date="2024-03-05",
        date_also=["2024-03-06"],
        notes="forwarded mail with headers, a forwarding note and the mail's own attachment header; request kept with its 附件 and contact",
        page="""
!m 发件人：葵乡镇党政办 <kxz-dzb@raoshan.gov.cn>
!m 收件人：县文广旅体局非遗股 <fyg@raoshan.gov.cn>
!m 时间：2024年3月6日(星期三) 上午9:47
!t 主题：Fwd: 葵乡镇人民政府关于申请蒲扇编织技艺传承补助资金的请示
王股长好，请示正文见下，盖章扫描件在附件里，麻烦查收。
!m ---------- 转发的邮件 ----------
!m 发件人：镇文化站 <kxz-whz@raoshan.gov.cn>
!m 日期：2024年3月5日 17:02
{T}
{BODY}
!m 附件（1个）：请示盖章件.pdf（612KB）
!a 下载　　预览　　存到网盘
!d 此邮件由政务邮件系统发送，如非本人请勿转发。
""",
        body="""
县文化广电旅游体育局：
蒲扇编织技艺是我镇的县级非物质文化遗产代表性项目。目前全镇能完整掌握选叶、蒸晒、压平、剪边、锁边、烙花全套工序的传承人仅有9人，平均年龄68岁，技艺传承面临断档。
为加强保护，我镇计划在2024年开展以下工作：一是在镇文化站开设蒲扇编织传习所，每周开课两次；二是组织传承人进中小学授课，全年不少于20课时；三是编印《葵乡蒲扇编织技艺图册》。预计共需资金8.6万元，镇财政可安排3万元，尚缺5.6万元。
特请求县文广旅体局给予非遗传承补助资金5.6万元。
妥否，请批示。
附件：葵乡镇蒲扇编织技艺传承项目预算表
联系人：镇文化站 钟文丽，电话：0750-5238102。
葵乡镇人民政府
2024年3月5日
""",
    ),
    dict(
        slug="gov-suancheng-bamboo-mat-spot-check-text",
        site="蒴城县市场监督管理局 (invented)",
        style="政府门户",
        genre="公告",
        kind="notice",
        form="text",
        source="http://scj.shuocheng.gov.cn/xxgk/ccgg/202407/t20240708_5521.html",
        title="蒴城县市场监督管理局关于2024年竹凉席产品质量监督抽查结果的公告",
        record_title="蒴城县市场监督管理局关于2024年竹凉席产品质量监督抽查结果的公告_抽查公告_蒴城县人民政府",
        date="2024-07-08",
        notes="text-only rendering of a portal page; 索引号 block; result table; year in the title is not the date source",
        page="""
!m 蒴城县人民政府 | 蒴城县市场监督管理局
!m 首页 > 信息公开 > 抽查公告
!m 索引号：SC-SCJ-2024-00331　　公开方式：主动公开
!m 发布日期：2024-07-08　　来源：质量监督股
!t 蒴城县市场监督管理局关于2024年竹凉席产品质量监督抽查结果的公告_抽查公告_蒴城县人民政府
{T}
{BODY}
!a 【打印】【收藏】【关闭】
!l 上一篇：关于开展夏季食品安全专项检查的通知
!m 蒴城县人民政府办公室主办　　网站标识码：3305290008
""",
        body="""
近期，我局组织对本县生产、销售的竹凉席产品质量进行了监督抽查，共抽查12家企业的20批次产品，其中合格17批次，不合格3批次，不合格发现率15%。现将结果公告如下：
序号　企业名称　产品规格　不合格项目
1　蒴城县清风竹制品厂　1.5米×1.9米　甲醛释放量
2　蒴城县翠园席业有限公司　1.8米×2.0米　二氧化硫残留量
3　蒴城县晚凉家居用品店　0.9米×1.9米　包边缝纫质量
对抽查不合格的企业，我局已责令其停止生产销售不合格产品，限期整改，并依法立案调查。
消费者如发现相关产品质量问题，可拨打12315投诉举报。
蒴城县市场监督管理局
2024年7月8日
""",
    ),
    dict(
        slug="fanwen-laotan-leicha-shop-summary-old-table",
        site="老谭范文网 (invented)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://www.laotanfw.com/Article/zongjie/202401/29715.html",
        title="擂茶文化一条街2023年度经营管理工作总结",
        record_title="擂茶文化一条街2023年度经营管理工作总结_老谭范文网",
        date="2024-01-12",
        notes="old gb2312 table layout with marquee, font-size row, QQ writing box and visitor counter",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>擂茶文化一条街2023年度经营管理工作总结_老谭范文网</title></head>
<body topmargin="0">
<table width="980" align="center"><tr><td>⟦m 老谭范文网⟧</td><td>⟦m 设为首页 | 加入收藏 | 联系站长⟧</td></tr></table>
<table width="980" align="center" bgcolor="#990000"><tr><td>⟦m 首页　总结　计划　讲话　报告　心得　演讲　合同⟧</td></tr></table>
<table width="980" align="center"><tr><td><marquee scrollamount="3">⟦m 老谭范文网提醒：范文仅供参考，切勿照抄！⟧</marquee></td></tr></table>
<table width="980" align="center"><tr><td width="700">
<div>⟦m 您现在的位置： 老谭范文网 &gt;&gt; 工作总结 &gt;&gt; 单位工作总结 &gt;&gt; 正文⟧</div>
<h1>{T}</h1>
<div>⟦m 作者：佚名　文章来源：网络　点击数：　更新时间：2024-1-12⟧</div>
<div>⟦a 【字体：小 大】⟧</div>
{BODY}
<div>⟦l 上一篇文章：景区管理处2023年工作总结⟧</div><div>⟦l 下一篇文章：农贸市场管理所年终工作总结⟧</div>
</td><td width="280" valign="top">
<div>⟦w 代写总结、讲话、汇报材料 QQ：2917730466⟧</div>
<div>⟦l 热门文章⟧</div><div>⟦l ·商业街区管理办公室年度总结⟧</div><div>⟦l ·特色小吃街创建工作汇报⟧</div>
</td></tr></table>
<table width="980" align="center"><tr><td>⟦m Copyright 2009-2024 老谭范文网 All Rights Reserved. 赣ICP备09003318号⟧</td></tr>
<tr><td>⟦m 您是本站第 1730592 位访客⟧</td></tr></table>
</body></html>
""",
        body="""
2023年，擂茶文化一条街管理办公室在镇党委、政府的领导下，围绕“擂茶+文旅”发展思路，强化街区管理，提升服务质量，较好地完成了全年目标任务。
一、基本情况
街区现有擂茶店27家、客家小吃店15家、土特产店19家。全年接待游客约46万人次，同比增长38%；街区商户营业额约5200万元，同比增长41%。
二、主要工作
（一）提升街区环境。完成街区立面改造1.2公里，新增公共厕所2座、停车位160个，统一更换店招店牌61块。
（二）规范经营秩序。制定《擂茶文化一条街商户经营公约》，开展食品安全、明码标价检查24次，处理游客投诉31件，办结率100%。
（三）打造文化品牌。举办擂茶技艺大赛、客家山歌擂台赛等活动8场，“来擂一钵茶”短视频话题播放量超过2000万次。
三、存在问题
节假日停车难、如厕难问题仍较突出；部分店铺菜品同质化严重，缺乏特色。
四、2024年工作思路
继续完善街区配套设施，引导商户差异化经营，筹办首届擂茶文化节，推动街区创建省级特色旅游街区。
擂茶文化一条街管理办公室
2024年1月12日
""",
    ),
]

"""holdout130, part B: a dog-sled guide's collection, a plum-garden Party branch, a
children's hospital on scarlet fever, a clay-pigeon shooting team, roasted-sweet-potato
stalls, a speed-skating plan, a price-monitoring centre's exam, a euphratica forest
station's tender, ornamental-stone contracts, songbird keepers and egg carvers.
Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="anthology-xueqiao-essay-wrapped-nav",
        site="雪原行记·个人文集 (invented)",
        style="个人文集",
        genre="心得体会",
        kind="insight",
        form="text",
        source="https://wenji.xueyuan.example.net/vol2/art37.html",
        title="带狗拉雪橇队十年的几点体会",
        record_title="《雪原行记》卷二·第37篇｜带狗拉雪橇队十年的几点体会",
        date="2024-12-10",
        notes="hard-wrapped at 60 columns; a collection's volume nav; the essay's own date line at the end",
        wrap=60,
        indent="　　",
        page="""
!m 雪原行记 · 老杭的文集
!l 卷一 林场旧事　｜　卷二 雪道笔记　｜　卷三 杂感
!t 《雪原行记》卷二·第37篇｜带狗拉雪橇队十年的几点体会
{BODY}
!l ← 第36篇 冬季雪道巡查日记　　第38篇 给新向导的一封信 →
!d 文集内容为作者个人记录，转载请留言告知。
""",
        body="""
我在苕水林场旅游公司带狗拉雪橇队，到今年冬天正好满十年。十年间从六条狗、两架雪橇，发展到四十多条狗、十二架雪橇，接待游客两万多人次。
第一点体会，狗比人更需要规矩。每条狗的位置、口令、作息都要固定下来，乱一次就要纠正半个月。
第二点体会，安全永远排在生意前面。雪道每天早上先由向导空跑一趟，遇到暴雪和零下三十度以下的天气一律停运。
第三点体会，游客的体验在细节里。给游客讲清楚坐姿、给狗喂一块肉干，这些小事游客最记得住。
这些年最要感谢的是几位老向导，是他们把本事一点一点教给了年轻人。
二〇二四年十二月十日于苕水林场
""",
    ),
    dict(
        slug="dangjian-meiyuan-speech-party-day-html",
        site="菖溪先锋网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.changxixianfeng.example.gov.cn/zbjs/2025/0305/3321.html",
        title="在梅园管理处党支部“赏梅护梅”主题党日活动上的讲话",
        record_title="在梅园管理处党支部“赏梅护梅”主题党日活动上的讲话_菖溪先锋网",
        date="2025-03-04",
        date_also=["2025-03-05"],
        notes="site suffix; date under the speech title; speaker line neutral; a page publish line differing; a study-points box and share bar",
        page="""
<html><head><meta charset="utf-8"><title>⟦t 在梅园管理处党支部“赏梅护梅”主题党日活动上的讲话_菖溪先锋网⟧</title></head>
<body>
<div class="head">⟦m 菖溪先锋网⟧ ⟦m 菖溪县委组织部主办⟧</div>
<div class="nav">⟦m 首页 ｜ 组工动态 ｜ 支部建设 ｜ 党员教育 ｜ 人才工作⟧</div>
<div class="loc">⟦m 首页 > 支部建设⟧</div>
<div class="art">
<h1>{T}</h1>
<div class="src">⟦m 发布时间：2025-03-05　来源：县林业局机关党委　浏览量：642⟧</div>
<p class="speaker">梅园管理处党支部书记　龚澄</p>
<p class="date">（2025年3月4日）</p>
{BODY}
</div>
<div class="box">⟦a 学习打卡：阅读满3分钟可获得1积分⟧</div>
<div class="share">⟦l 分享至：微信 朋友圈 微博⟧</div>
<div class="hot"><h4>⟦l 热点排行⟧</h4><ol><li>⟦l 全县基层党组织书记轮训班开班⟧</li><li>⟦l 党员志愿服务积分兑换办法出台⟧</li></ol></div>
<div class="foot">⟦m 中共菖溪县委组织部　地址：菖溪县府前街2号⟧ ⟦m 赣ICP备08011327号⟧</div>
</body></html>
""",
        body="""
同志们：
又到一年梅花盛开的时候。今天我们把主题党日放在梅园，就是要让大家在赏梅中体会梅花凌寒自开的品格。
梅园现有古梅一百二十七株，其中百年以上的有十九株，是全县人民的宝贵财富。
近年来，支部党员坚持开展护梅志愿服务，冬季修剪、春季施肥、夏季防虫，从未间断。
今年，支部要把古梅挂牌保护作为一件实事来办，每名党员认领一株古梅，建立一梅一档。
希望大家学梅花的品格，守护好这一园梅花，也守护好我们共产党员的初心。
""",
    ),
    dict(
        slug="hospital-ertong-scarlet-fever-html-consult",
        site="蘅山市儿童医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.hengshanchildren.example.org/news/jkkp/2025/1103.html",
        title="关于做好秋冬季猩红热防治的健康提示",
        record_title=None,
        date="2025-11-03",
        notes="no record title; a floating consult box and a booking bar; the department's 咨询电话 beside the hospital's 预约挂号 and emergency lines; a sentence telling parents to 关注 the hospital's account",
        page="""
<!doctype html><html><head><meta charset="utf-8"><title>健康科普 - 蘅山市儿童医院</title>
<script>window.kefu={pos:'right'};</script></head>
<body>
<div class="bar">⟦m 蘅山市儿童医院⟧ ⟦m 三级甲等儿童专科医院⟧ ⟦a 预约挂号⟧ ⟦a 报告查询⟧</div>
<nav>⟦m 医院概况　科室导航　专家介绍　就医指南　健康科普　党建园地⟧</nav>
<div class="here">⟦m 位置：首页 - 健康科普 - 感染科⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 来源：感染科　作者：蔡颖　发布日期：2025-11-03　阅读次数：3120⟧</div>
{BODY}
<div class="kefu">⟦w 在线咨询　导医小蘅为您服务⟧</div>
<div class="links">⟦l 上一条：儿童支原体肺炎家庭护理要点⟧ ⟦l 下一条：冬季儿童烫伤急救知识⟧</div>
<footer>⟦m 预约挂号：0734-8812000　急诊24小时：0734-8812120⟧<br>⟦m 地址：蘅山市健康路88号　湘ICP备15002219号⟧<br>⟦d 本站科普内容仅供参考，不能代替医生面诊。⟧</footer>
</body></html>
""",
        body="""
猩红热是由A组溶血性链球菌感染引起的急性呼吸道传染病，多见于五至十五岁儿童，秋冬季和春季是高发季节。
典型表现为发热、咽痛，发热后一天左右出现全身针尖大小的红色皮疹，舌头呈草莓样。
家长发现孩子出现上述症状时，应及时到医院就诊，在医生指导下足疗程使用抗生素，不要自行停药。
患儿应居家隔离，症状消失、规范治疗满二十四小时后方可返校。
学校和幼儿园要做好晨午检，教室每天通风不少于三次。
如有疑问，可拨打感染科咨询电话0734-8812367，也可关注医院公众号查看更多健康知识。
""",
    ),
    dict(
        slug="university-feidie-news-shooting-team",
        site="薜湖体育学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.xuehutiyu.example.edu.cn/info/1021/8804.htm",
        title="我院飞碟射击队在全省锦标赛中获得三金两银",
        record_title="我院飞碟射击队在全省锦标赛中获得三金两银-薜湖体育学院",
        date="2025-10-21",
        notes="a university news page; the byline's 发布时间 is the page date; a photographer line between paragraphs; a 'back to top' link and a quick-link list",
        page="""
!m 薜湖体育学院 · 新闻网
!m 首页 > 学院新闻 > 竞赛捷报
{T}
!m 发布时间：2025-10-21　作者：射击系　摄影：殷可　审核：宣传部
{BODY}
!a 【关闭】　【返回顶部】
!l 快速链接：教务处 ｜ 研究生院 ｜ 图书馆 ｜ 校友会
!m Copyright © 薜湖体育学院 党委宣传部
""",
        body="""
10月15日至19日，全省射击锦标赛飞碟项目比赛在省射击射箭运动中心举行，我院飞碟射击队派出九名运动员参赛。
经过五天激烈角逐，我院运动员获得男子多向个人、女子双向个人和男子多向团体三枚金牌，以及两枚银牌。
⟦m （射击系供稿　殷可摄）⟧
飞碟射击队组建于2019年，现有教练员三名、在训运动员二十一名，先后为省队输送了六名队员。
主教练钟永年表示，队伍将总结经验，全力备战明年的全国青年锦标赛。
""",
    ),
    dict(
        slug="localforum-kaohongshu-pledge-fire",
        site="蔺原生活圈 (invented)",
        style="地方论坛",
        genre="倡议书",
        kind="initiative",
        form="text",
        source="https://bbs.linyuanq.example.com/forum.php?mod=viewthread&tid=221307",
        title="冬季烤红薯摊点消防安全倡议书",
        record_title="【转发扩散】冬季烤红薯摊点消防安全倡议书，摊主们都看看！",
        date="2025-12-01",
        date_also=["2025-12-03"],
        notes="forum post of a fire-station initiative; post time differs; a reply quote; sentences of the document speak of 扫码; a county forum's banner ad",
        page="""
!m 蔺原生活圈 > 蔺原杂谈 > 民生话题
!t 【转发扩散】冬季烤红薯摊点消防安全倡议书，摊主们都看看！
!m 发帖人：城东老周　　2025-12-03 08:12　　来自 手机版
!a 本帖最后由 城东老周 于 2025-12-03 08:20 编辑
{BODY}
!l 2楼　吃货蔺小原：　街口那家烤炉确实离电动车太近了，支持！
!l 3楼　路过的：　顶一个
!m 广告位招租　联系电话 139****6023
""",
        body="""
各位烤红薯摊主朋友们：
天气转冷，烤红薯摊点又出现在大街小巷。烤炉多以木炭、煤炭为燃料，一旦使用不当，极易引发火灾和一氧化碳中毒。
为此，蔺原县消防救援大队向全县烤红薯摊主发出倡议：
一、烤炉要远离电动车、燃气罐和易燃杂物，保持三米以上距离。
二、营业结束后彻底熄灭炉火，不把未熄灭的烤炉推进室内过夜。
三、每个摊点配备一具灭火器，摊主可扫描大队发放的二维码学习灭火器使用方法。
平安过冬，从每一个烤炉做起。
蔺原县消防救援大队
2025年12月1日
""",
    ),
    dict(
        slug="download-suhua-plan-old-table-html",
        site="好资料下载站 (invented)",
        style="资料下载站",
        genre="方案",
        kind="plan",
        form="html",
        source="http://www.haoziliao.example.com/soft/doc/44312.html",
        title="荪湖县青少年速度滑冰冬训工作方案",
        record_title="荪湖县青少年速度滑冰冬训工作方案.doc下载",
        date="2025-11-12",
        notes="old gb2312 table layout; file-info table with mirror links and dead-link report; a marquee; data table in the body",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>⟦t 荪湖县青少年速度滑冰冬训工作方案.doc下载 - 好资料下载站⟧</title></head>
<body bgcolor="#ffffff">
<table width="960" align="center"><tr><td>⟦m 好资料下载站 www.haoziliao.example.com⟧</td><td>⟦a 加入收藏⟧ ⟦a 设为首页⟧</td></tr></table>
<marquee>⟦m 本站所有资料均经过安全检测，请放心下载！⟧</marquee>
<table width="960" align="center"><tr><td>⟦m 当前位置：首页 → 文档下载 → 体育教案⟧</td></tr></table>
<table width="960" align="center" border="1">
<tr><td>⟦m 资料大小：46 KB⟧</td><td>⟦m 资料类型：Word文档⟧</td></tr>
<tr><td>⟦m 更新时间：2025-11-20⟧</td><td>⟦m 下载次数：318⟧</td></tr>
</table>
<table width="960" align="center"><tr><td>
<b>{T}</b>
{BODY}
</td></tr></table>
<table width="960" align="center"><tr><td>⟦a 下载地址：电信下载一　联通下载二　移动下载三⟧</td></tr>
<tr><td>⟦a 下载地址无效？点此报告死链⟧</td></tr></table>
<table width="960" align="center"><tr><td>⟦d 本站资料来源于网络，仅供学习研究，版权归原作者所有。⟧</td></tr></table>
</body></html>
""",
        body="""
为提高我县青少年速度滑冰竞技水平，备战明年全省青少年冬季运动会，结合我县实际，制定本方案。
一、训练时间：2025年12月1日至2026年2月28日。
二、训练地点：荪湖县体育中心室外滑冰场。
三、参训人员及分组
组别　年龄　人数　主教练
甲组　14至16岁　12　卢振东
乙组　11至13岁　18　阮晓梅
四、保障措施：县体育局负责冰场维护和器材补充，各学校保证参训学生的文化课辅导。
荪湖县体育局
2025年11月12日
""",
    ),
    dict(
        slug="rsks-jiage-recruitment-timetable",
        site="芸坪人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.yunpingrsks.example.gov.cn/ksxx/sydw/20250603/1104.html",
        title="芸坪县价格监测中心2025年公开招聘工作人员公告",
        record_title="芸坪县价格监测中心2025年公开招聘工作人员公告",
        record_date="2025-06-03",
        date="2025-06-03",
        notes="record title and date; a timetable table; the centre's 咨询电话 beside the site's technical-support line; sentences about 打印 准考证 and 下载 the form",
        page="""
!m 芸坪人事考试网
!m 首页 ＞ 考试信息 ＞ 事业单位
!m 发布日期：2025-06-03　　信息来源：县人社局　　【大 中 小】
{BODY}
!m 报名系统技术支持：0591-2660031（工作日）
!l 相关链接：报名入口　准考证打印入口　成绩查询入口
!d 考生信息以报名系统为准，本站不承担因考生误填造成的后果。
""",
        body="""
根据工作需要，经县人社局批准，芸坪县价格监测中心面向社会公开招聘工作人员二名。
一、招聘岗位
岗位　人数　专业要求
价格监测员　1　经济学类
数据分析员　1　统计学类
二、时间安排
报名时间为6月10日至6月14日，考生须在报名系统下载并填写报名登记表。
6月26日至6月28日考生登录报名系统打印准考证，笔试时间为6月29日上午。
三、咨询电话：0591-2663705（县价格监测中心办公室）。
芸坪县人力资源和社会保障局
芸坪县价格监测中心
2025年6月3日
""",
    ),
    dict(
        slug="tender-huyang-patrol-procurement-html",
        site="莞坪公共资源交易网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://ggzy.guanping.example.gov.cn/jyxx/zfcg/cggg/20250704/55118.html",
        title="莞坪胡杨林管护站巡护车辆采购项目竞争性磋商公告",
        record_title="【政府采购】莞坪胡杨林管护站巡护车辆采购项目竞争性磋商公告",
        date="2025-07-04",
        notes="decorated title; a tender portal with its project info table; buyer and agency contacts beside a CA hotline; lot table",
        page="""
<html><head><meta charset="utf-8"><title>莞坪公共资源交易网</title></head>
<body>
<div class="hd">⟦m 莞坪公共资源交易网⟧ ⟦a 登录 注册 CA办理⟧</div>
<div class="nv">⟦m 首页 交易信息 政策法规 办事指南 诚信管理⟧</div>
<div class="ps">⟦m 交易信息 » 政府采购 » 采购公告⟧</div>
<h3>⟦t 【政府采购】莞坪胡杨林管护站巡护车辆采购项目竞争性磋商公告⟧</h3>
<p>⟦m 信息来源：莞坪县政府采购中心　发布时间：2025-07-04 16:30　浏览：227⟧</p>
{BODY}
<div>⟦a 【我要投标】⟧ ⟦a 【收藏项目】⟧</div>
<div class="ft">⟦m CA证书服务热线：400-611-0920⟧ ⟦m 新ICP备16003018号-1⟧</div>
</body></html>
""",
        body="""
项目编号：GP-ZFCG-2025-0712
一、项目概况：莞坪胡杨林管护站拟采购巡护车辆一批，预算金额一百零六万元。
包号　采购内容　数量　最高限价（万元）
1　四轮驱动巡护皮卡　3辆　78
2　沙漠巡护摩托车　6辆　28
二、供应商资格：具有独立承担民事责任的能力，近三年无重大违法记录。
三、获取磋商文件时间：2025年7月5日至7月11日。
四、联系方式
采购人：莞坪胡杨林管护站，联系人：艾尔肯，电话：0996-5130227。
采购代理机构：莞坪县政府采购中心，联系人：罗静，电话：0996-5138801。
""",
    ),
    dict(
        slug="lawfirm-qishi-lecture-stone-contracts",
        site="恒正律师事务所 (invented)",
        style="律所网站",
        genre="讲稿",
        kind="speech",
        form="text",
        source="https://www.hengzhenglaw.example.com/pufa/2025/0816.html",
        title="奇石买卖合同纠纷的法律风险与防范",
        record_title="法治讲堂丨奇石买卖合同纠纷的法律风险与防范",
        date="2025-08-16",
        notes="decorated title; a law firm's 普法 lecture; a disclaimer footer and a consult prompt; a 'not legal advice' notice between paragraphs",
        page="""
!m 恒正律师事务所　HENGZHENG LAW FIRM
!m 首页 | 律师团队 | 业务领域 | 普法讲堂 | 联系我们
!t 法治讲堂丨奇石买卖合同纠纷的法律风险与防范
!m 主讲：沈峻律师　｜　2025-08-16　｜　阅读 488
{BODY}
!w 如需法律咨询，请致电本所：0771-5589900，或在线留言预约律师。
!d 本文仅为普法交流，不构成对任何具体案件的法律意见。
!m 桂ICP备19004426号　律所执业许可证号：14501201110221
""",
        body="""
各位石友：
近年来，奇石交易日渐活跃，由此引发的合同纠纷也越来越多，今天我结合几个案例讲讲其中的法律风险。
第一，石种和产地要写进合同。不少纠纷是因为买方认为拿到的石头不是约定的产地，而合同里只写了“奇石一方”。
第二，价款较大的交易要有书面合同，并保留转账记录，不要只凭口头约定和现金交易。
⟦d 温馨提示：以上内容为律师个人观点，具体问题请咨询执业律师。⟧
第三，拍卖、网络直播购买奇石的，要保存好商品页面和直播录屏，作为日后维权的证据。
总之，签订合同时多问一句、多写一行，发生纠纷时就能少走很多弯路。
""",
    ),
    dict(
        slug="community-liuniao-notice-residents",
        site="苇塘街道幸福里社区 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.xingfuli.example.org.cn/sqgg/20250420.html",
        title="关于规范小区花园遛鸟活动的温馨提示",
        record_title=None,
        date="2025-04-20",
        notes="no record title: found as a line of the page; the residents' committee's own 联系电话 beside the site's property hotline; a neighbourhood-group QR prompt",
        page="""
!m 幸福里社区 · 邻里一家亲
!m 社区公告 >> 正文
{T}
!m 发布：社区居委会　时间：2025-04-20　阅读：511
{BODY}
!w 物业24小时服务热线：0512-6671 0080
!a 扫码加入幸福里邻里群，社区消息早知道
!l 上一条：关于开展春季灭鼠活动的通知
""",
        body="""
各位居民朋友：
近来，部分居民清晨在小区中心花园遛鸟，鸟鸣悦耳，为小区增添了生气，但也有居民反映挂鸟笼的树枝被折断、早上五点前鸟鸣影响休息。
为兼顾大家的需求，社区居委会与业委会商量，提出以下几点建议：
一、遛鸟时间请安排在早上六点以后。
二、请使用花园东侧新设的挂笼架，不要在树枝上挂鸟笼。
三、请勿饲养、交易国家保护的野生鸟类。
如有意见建议，请联系社区居委会，电话：0512-6678 3321。
幸福里社区居民委员会
2025年4月20日
""",
    ),
    dict(
        slug="association-diaodan-minutes-html",
        site="蕙川市蛋雕艺术协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://www.huichuandandiao.example.org/xhdt/2025/0228/56.html",
        title="蕙川市蛋雕艺术协会第二届理事会第三次会议纪要",
        record_title="【协会动态】蕙川市蛋雕艺术协会第二届理事会第三次会议纪要",
        date="2025-02-26",
        date_also=["2025-02-28"],
        notes="decorated title; minutes' 时间/地点/主持/出席/记录 lines; a vote count; a join-the-association button; the association's name as signature and as site name",
        page="""
<html><head><meta charset="utf-8"><title>协会动态 - 蕙川市蛋雕艺术协会</title></head>
<body>
<div class="header">⟦m 蕙川市蛋雕艺术协会⟧ ⟦m 方寸蛋壳　雕琢匠心⟧</div>
<ul class="menu"><li>⟦m 协会简介⟧</li><li>⟦m 协会动态⟧</li><li>⟦m 会员风采⟧</li><li>⟦m 作品展厅⟧</li></ul>
<div class="title">⟦t 【协会动态】蕙川市蛋雕艺术协会第二届理事会第三次会议纪要⟧</div>
<div class="info">⟦m 发布者：秘书处　日期：2025-02-28⟧</div>
<div class="content">
{BODY}
</div>
<div class="join">⟦a 我要入会⟧ ⟦a 下载入会申请表⟧</div>
<div class="footer">⟦m 协会地址：蕙川市文化路17号群艺馆三楼⟧ ⟦d 版权所有 蕙川市蛋雕艺术协会⟧</div>
</body></html>
""",
        body="""
时间：2025年2月26日下午2:30
地点：蕙川市群艺馆三楼会议室
主持：会长　聂书言
出席：理事十五人（应到十七人）
记录：秘书长　包蓓
会议审议并通过了以下事项：
一、《2025年协会工作计划》，表决结果：同意15票，反对0票，弃权0票。
二、吸收新会员十二名。
三、决定于9月举办第四届蛋雕艺术作品展，由副会长韦宁负责筹备。
蕙川市蛋雕艺术协会秘书处
""",
    ),
]

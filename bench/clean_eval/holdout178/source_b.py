"""holdout178, part B: sieves (筛子). Invented text, sites, people and places; see ../README.md."""

CASES = [
    dict(
        slug="collection-luoshi-essay-bamboo-sieve-maker-wrap",
        site="罗石文存 (invented personal collection)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="https://luoshi-wencun.example.org/juan3/17.html",
        title="编筛子的三叔公",
        record_title="卷三·人物 | 编筛子的三叔公",
        date=None,
        notes="collection chapter nav; hard-wrapped at 58 columns; year in the text is no date",
        page="""
!m 罗石文存 · 卷三 人物
!l ← 卷三目录　　上一章：渡口的哑伯　　下一章：守庙的七婆 →
{T}
{BODY}
!l 本卷共21篇　　第17篇
!a 调整字号 A- A+　　夜间模式
!d 文存内容为作者原创，未经同意请勿转载。
""",
        wrap=58,
        indent="\u3000\u3000",
        body="""
三叔公的手是我见过最巧的手。一根楠竹，到他手里劈成篾，刮得比纸还薄，编出来的米筛眼子一般大，筛米不漏一粒好米。
一九七九年，生产队分了田，家家要筛子，他一个冬天编了九十多面，手指头全是篾划的口子。
后来有了铁丝网筛、塑料筛，他的竹筛没人要了。他也不恼，照样每年编两面，挂在堂屋里，说是给孙子们留个念想。
他走的那年，我从墙上取下一面，篾色已经黄了，拿手一拍，还是嗡嗡地响。
""",
    ),
    dict(
        slug="dangjian-xiushan-speech-grain-sieve-party-branch-html",
        site="崌山县非公党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://fgdj.jushan.gov.cn/djdt/2025/0315/2207.html",
        title="在粮机筛分设备厂党支部成立大会上的讲话",
        record_title="在粮机筛分设备厂党支部成立大会上的讲话",
        date="2025-03-14",
        notes="Party-building portal; speaker line neutral; study-points line and 为党旗添彩 slogan; date under title differs from the 发布 date",
        date_also=["2025-03-15"],
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>在粮机筛分设备厂党支部成立大会上的讲话—崌山非公党建</title>
<script src="/static/js/common.js"></script></head>
<body>
<div class="banner">⟦m 崌山县非公有制经济组织和社会组织党建网⟧ ⟦m 红色引擎 强企富民⟧</div>
<div class="nav">⟦m 首页⟧ ⟦m 党建动态⟧ ⟦m 两新风采⟧ ⟦m 学习园地⟧ ⟦m 党员之家⟧</div>
<div class="where">⟦m 当前所在：首页→党建动态⟧</div>
<h1>{T}</h1>
<p>（2025年3月14日）</p>
<p>县委两新工委副书记　欧阳敏</p>
<div class="study">⟦a 阅读本文满3分钟可获学习积分1分⟧</div>
<div class="cont">
{BODY}
</div>
<div class="info">⟦m 发布：2025-03-15　来源：县委两新工委　点击：[688]⟧</div>
<div class="links">⟦l 上一条：物流园区联合党委开展志愿服务⟧<br>⟦l 下一条：律师行业党委召开组织生活会⟧</div>
<div class="copyright">⟦m 中共崌山县委两新工委主办　湘ICP备11006209号⟧</div>
</body></html>
""",
        body="""
同志们：
今天，崌山粮机筛分设备厂党支部正式成立了。我代表县委两新工委，向支部的成立表示祝贺，向当选的支委同志表示祝贺！
这个厂从做竹筛、铁筛起家，如今生产的振动清选筛卖到了十几个省。企业发展到了这一步，建立党组织，正当其时。
希望新支部做到三点：一是把党员凝聚起来，把技术骨干培养成党员；二是把党员培养成技术骨干，在新产品研发中当先锋；三是带头落实安全生产，车间里的每一台筛机都要有党员责任区。
我相信，有了党支部，企业的路会走得更稳、更远。
""",
    ),
    dict(
        slug="hospital-xiyuan-notice-sieve-injury-hand-clinic-html",
        site="嵫原县人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.ziyuanrmyy.com/news/kxdt/1702.html",
        title="手足外科开设农机具外伤绿色通道的公告",
        record_title="手足外科开设农机具外伤绿色通道的公告_嵫原县人民医院",
        date="2024-07-01",
        notes="hospital with booking float and 24-hour line; the department's own 咨询电话 kept next to the site's hotline",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>手足外科开设农机具外伤绿色通道的公告_嵫原县人民医院</title></head>
<body>
<div class="hd">⟦m 嵫原县人民医院⟧ ⟦m 二级甲等综合医院⟧ <span>⟦m 24小时急诊：0743-5122120⟧</span></div>
<div class="mn">⟦m 医院概况⟧ ⟦m 科室导航⟧ ⟦m 专家介绍⟧ ⟦m 就医指南⟧ ⟦m 健康科普⟧</div>
<div class="wz">⟦m 首页 / 新闻中心 / 科室动态⟧</div>
<h1>{T}</h1>
<div class="sj">⟦m 更新时间：2024-07-01　阅读：529⟧</div>
{BODY}
<div class="float">⟦a 预约挂号⟧ ⟦a 在线咨询⟧ ⟦a 返回顶部⟧</div>
<div class="ft">⟦d 本站健康信息仅供参考，不能代替医生面诊。⟧<br>⟦m Copyright © 嵫原县人民医院 湘ICP备13002280号⟧</div>
</body></html>
""",
        body="""
每年夏收夏种期间，我院都会接诊不少被筛谷机、脱粒机、镰刀等农机具致伤的患者，其中手指离断伤占了相当比例。
为缩短救治时间，手足外科自7月1日起开设农机具外伤绿色通道：患者到院后由急诊直接送手术室，先救治后缴费。
断指保存方法：用干净纱布包好，装入塑料袋扎紧，再放进装有冰块的容器，切勿直接泡在水里或冰里。
手足外科咨询电话：0743-5122318
嵫原县人民医院
2024年7月1日
""",
    ),
    dict(
        slug="university-nongke-notice-seed-sieve-lab-html",
        site="湘岭农业职业学院 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.xlnzy.edu.cn/info/1041/8825.htm",
        title="关于种子检验实训室标准筛具送检的通知",
        record_title=None,
        date="2024-11-18",
        notes="no record title; university office page; data table of sieves; 联系人 kept; footer address and 访问量",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于种子检验实训室标准筛具送检的通知-湘岭农业职业学院</title></head>
<body>
<div class="top">⟦m 湘岭农业职业学院⟧ ⟦m 资产与实验室管理处⟧ ⟦a 返回学校主页⟧</div>
<div class="dh">⟦m 处室概况⟧ ⟦m 通知公告⟧ ⟦m 规章制度⟧ ⟦m 下载专区⟧</div>
<h3>{T}</h3>
<div class="meta">⟦m 作者：资产处　时间：2024-11-18　点击数：214⟧</div>
<div class="v_news_content">
{BODY}
</div>
<div class="foot">⟦m 地址：湘岭市学院路33号　邮编：414100⟧ ⟦m 您是第0082617位访问者⟧</div>
</body></html>
""",
        body="""
种子科学与工程专业各实训室：
按照计量管理规定，实训室在用的标准筛须每年送检一次。请于11月29日前将以下筛具清点后送至资产处二楼：
筛具名称　规格　数量
圆孔筛　孔径2.0毫米　6套
长孔筛　1.8×20毫米　4套
编织筛　40目　5套
送检期间实训课可借用农学院备用筛具。
联系人：谭丽华　电话：0730-8862015
资产与实验室管理处
2024年11月18日
""",
    ),
    dict(
        slug="localforum-chenshan-post-sieve-hawker-junk",
        site="郴岘生活圈 (invented local forum)",
        style="地方论坛",
        genre="求助帖",
        kind="other",
        form="text",
        source="https://bbs.chenxianquan.com/forum.php?mod=viewthread&tid=991034",
        title="有谁知道城里哪里还能买到竹编米筛？",
        record_title="有谁知道城里哪里还能买到竹编米筛？-郴岘生活圈",
        date="2025-01-06",
        notes="local forum; junk glued and on a line; poster's time is the date; replies as list chrome",
        page="""
!m 郴岘生活圈 › 生活互助 › 帖子
!t [求助] 有谁知道城里哪里还能买到竹编米筛？
!m 发表于 2025-01-06 19:41　|　楼主：腊月的风　|　来自手机客户端
{BODY}
!l 2楼 渡水人：老菜市场东门有个大爷在卖，周末才来。
!l 3楼 腊月的风：谢谢！周六去看看。
!a 快速回复：请先登录后再参与讨论
!m 郴岘生活圈 版权所有 客服QQ群：63315540
""",
        title_also=["[求助] 有谁知道城里哪里还能买到竹编米筛？"],
        junk=dict(lines=1, glued=2),
        body="""
快过年了，想自己做糯米粑粑，家里老人说要用竹编米筛把浸好的米沥干才好。
超市里只有塑料的和不锈钢的，孔太密，老人说不行。
以前南门口有个编筛子的摊子，今年去看已经没了。
有知道的朋友麻烦告诉一声，孔大一点的那种，直径五十公分左右。
""",
    ),
    dict(
        slug="download-nongjuzhan-doc-sieve-standard-oldtable",
        site="农机资料站 (invented)",
        style="资料下载站",
        genre="规程",
        kind="other",
        form="html",
        source="http://www.njzlz.net/soft/3318.htm",
        title="粮食清选筛安全操作规程",
        record_title="粮食清选筛安全操作规程 免费下载 - 农机资料站",
        date=None,
        notes="old gb2312 table layout: file-info table, three mirror links, unzip password, dead-link report; the rules' own 下载/打印 sentence kept",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>粮食清选筛安全操作规程 免费下载 - 农机资料站</title></head>
<body bgcolor="#FFFFFF">
<table width="960" align="center"><tr><td>⟦m 农机资料站 www.njzlz.net⟧</td><td align="right">⟦a 设为首页⟧ ⟦a 加入收藏⟧</td></tr></table>
<table width="960" align="center"><tr><td>⟦m 当前位置：首页 &gt;&gt; 规程制度 &gt;&gt; 粮食机械⟧</td></tr></table>
<table width="960" align="center" border="1">
<tr><td>⟦m 资料大小：36 KB⟧</td><td>⟦m 资料格式：DOC⟧</td></tr>
<tr><td>⟦m 更新时间：2019-5-8⟧</td><td>⟦m 下载次数：1127⟧</td></tr>
</table>
<table width="960" align="center"><tr><td>
<b>{T}</b>
{BODY}
</td></tr></table>
<table width="960" align="center"><tr><td>⟦a 下载地址：【电信下载】【联通下载】【备用下载】⟧</td></tr>
<tr><td>⟦a 解压密码：www.njzlz.net⟧</td></tr>
<tr><td>⟦l 如遇下载地址失效，请点此报告死链⟧</td></tr></table>
<table width="960" align="center"><tr><td>⟦m Copyright 2008-2019 农机资料站 备案号：苏ICP备08120761号⟧</td></tr></table>
</body></html>
""",
        body="""
一、开机前检查筛面有无破损、筛框螺栓是否紧固，传动皮带护罩是否齐全。
二、空车运转三分钟，确认无异响后方可进料。
三、运转中严禁用手清理筛面，严禁人员站在出料口下方。
四、筛面堵塞时必须停机断电，挂“禁止合闸”牌后再清理。
五、本规程可下载打印后张贴于设备旁，操作人员须经培训合格后上岗。
""",
    ),
    dict(
        slug="rsks-xiangzhong-notice-grain-inspector-exam",
        site="湘中人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.xzrsks.org.cn/ksxx/2024/12/01/41032.html",
        title="2025年粮油质量检验员职业技能等级认定考试公告",
        record_title="2025年粮油质量检验员职业技能等级认定考试公告",
        record_date="2024-12-01",
        date="2024-12-01",
        notes="record date; maintenance banner; exam hotline of the site next to the document's 咨询电话; decimal headings",
        page="""
!m 湘中人事考试网
!d 【系统维护公告】12月3日0:00—6:00报名系统暂停服务，请合理安排时间。
!m 首页 > 考试信息 > 职业技能
{T}
!m 信息来源：考试中心　发布时间：2024-12-01　【大 中 小】
{BODY}
!l 【相关链接】报名入口　准考证打印　成绩查询
!m 考试中心技术服务热线：0731-84022671（工作日9:00—17:00）
!m 湘中人事考试网 版权所有
""",
        body="""
1 报考条件
1.1 从事粮油检验工作满2年的人员，可报考四级。
1.2 取得四级证书后从事本职业满4年的，可报考三级。
2 考试内容
2.1 理论知识：粮油标准、检验方法、安全知识。
2.2 操作技能：含用标准筛测定杂质和不完善粒，每人一套筛具，限时40分钟。
3 报名时间
2025年1月6日至1月17日，网上报名。
4 咨询方式
考务咨询电话：0731-84022659
""",
    ),
    dict(
        slug="tender-zhaocai-result-sieve-equipment-html",
        site="峤湾公共资源交易网 (invented)",
        style="招投标网",
        genre="中标公告",
        kind="notice",
        form="html",
        source="https://ggzy.qiaowan.gov.cn/jyxx/zfcg/zbgg/20240826/008811.html",
        title="峤湾县国有粮库振动清选筛采购项目中标结果公告",
        record_title="峤湾县国有粮库振动清选筛采购项目中标结果公告",
        date="2024-08-26",
        notes="procurement portal: CA and help lines, project table one row a paragraph; purchaser and agency contacts kept",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>峤湾县国有粮库振动清选筛采购项目中标结果公告</title></head>
<body>
<div class="hd">⟦m 峤湾县公共资源交易中心⟧ ⟦a 主体登录⟧ ⟦a 注册⟧ ⟦m CA办理咨询：400-660-3128⟧</div>
<div class="nv">⟦m 交易信息⟧ ⟦m 政策法规⟧ ⟦m 服务指南⟧ ⟦m 诚信体系⟧</div>
<div class="pos">⟦m 首页 » 交易信息 » 政府采购 » 中标公告⟧</div>
<h1>{T}</h1>
<div class="sub">⟦m 信息时间：2024-08-26　阅读次数：97⟧</div>
{BODY}
<div class="help">⟦m 平台技术支持：0739-8819001⟧</div>
<div class="ft">⟦m 峤湾县公共资源交易中心 主办　湘ICP备16011523号⟧</div>
</body></html>
""",
        body="""
一、项目编号：QWCG2024-0317
二、项目名称：峤湾县国有粮库振动清选筛采购项目
三、中标信息：
供应商名称　中标金额（元）　交货期
湘南粮机制造有限公司　386400.00　合同签订后45日
四、主要标的：振动清选筛4台，每台处理量不低于每小时30吨。
五、公告期限：自本公告发布之日起1个工作日。
六、联系方式：采购人：峤湾县国有粮食储备库，联系人：邓先生，电话：0739-8812230；代理机构：湘衡招标咨询有限公司，联系人：肖女士，电话：0739-8825516。
""",
    ),
    dict(
        slug="lawfirm-hengzheng-article-sieve-factory-injury",
        site="衡正律师事务所 (invented)",
        style="律所网站",
        genre="普法文章",
        kind="other",
        form="text",
        source="https://www.hengzhenglaw.cn/anli/2024/1022.html",
        title="筛选机绞伤临时工，作坊老板要担什么责？",
        record_title="筛选机绞伤临时工，作坊老板要担什么责？|衡正律师事务所",
        date="2024-10-22",
        notes="law firm with consult line and lawyer card; byline date; chrome between paragraphs (consult box)",
        page="""
!m 衡正律师事务所 | 劳动·工伤·人身损害
!m 首页 - 案例解析 - 工伤赔偿
{T}
!m 撰稿：卢晓峰律师　　2024-10-22　　浏览 803
{BODY}
!w 遇到类似问题？衡正律师免费初步评估，咨询专线 400-117-6620
!l 相关案例：装卸工摔伤是否属于工伤　｜　雇主未缴社保如何索赔
!d 本文仅为普法分享，不构成法律意见。
""",
        body="""
去年秋天，某米粉作坊雇了临时工小周帮忙筛米，小周清理筛选机时手被卷入，造成两根手指截断。老板认为小周是临时帮忙，只愿意出医药费。
⟦w 想知道自己能拿多少赔偿？在线留言，律师24小时内回复⟧
我们认为，作坊与小周之间形成了劳动关系或者雇佣关系，作坊未对设备加装防护、未进行安全培训，应承担主要赔偿责任。
最终经调解，作坊一次性赔偿小周各项损失共计13.6万元。
提醒各位经营者：设备清理必须停机，防护罩不能图省事拆掉。
""",
    ),
    dict(
        slug="community-hehua-notice-sieve-lending-html",
        site="荷花塘社区网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.hehuatang-sq.cn/sqgg/3381.html",
        title="社区“共享工具屋”新添米筛、簸箕的通知",
        record_title="社区“共享工具屋”新添米筛、簸箕的通知",
        date="2025-01-10",
        notes="residents' site with weather widget and grid box; the notice's own 扫码 sentence kept; grid phone as chrome, office phone in the body",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>社区“共享工具屋”新添米筛、簸箕的通知</title></head>
<body>
<div class="top">⟦m 荷花塘社区⟧ <span class="weather">⟦m 今日 小雨 4～9℃⟧</span></div>
<div class="nav">⟦m 社区动态⟧ ⟦m 便民服务⟧ ⟦m 党群阵地⟧ ⟦m 居民议事⟧</div>
<h2>{T}</h2>
<div class="date">⟦m 发布日期：2025-01-10　浏览量：142⟧</div>
{BODY}
<div class="grid">⟦m 网格员：第三网格 彭姐 136****2207⟧</div>
<div class="foot">⟦m 荷花塘社区居委会 主办⟧</div>
</body></html>
""",
        body="""
各位居民朋友：
临近春节，不少居民家里要做米粑、晒腊货，社区“共享工具屋”新添了竹编米筛6面、簸箕4个、晾晒竹匾3个，免费借用。
借用方法：扫码登记或到社区服务站登记，借期不超过3天，用后请洗净晾干归还。
社区服务站电话：0746-8213302
荷花塘社区居委会
2025年1月10日
""",
    ),
    dict(
        slug="association-zhubian-summary-bamboo-craft-2024",
        site="峥县竹编工艺协会 (invented)",
        style="行业协会",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.zxzbxh.org/xhdt/2025/0108/226.html",
        title="峥县竹编工艺协会2024年工作总结",
        record_title="峥县竹编工艺协会2024年工作总结-协会动态",
        date="2025-01-08",
        notes="association with member login; signature date; decimal-free numbered paragraphs; 会员登录 chrome",
        page="""
!m 峥县竹编工艺协会　ZHENGXIAN BAMBOO CRAFT ASSOCIATION
!a 会员登录 | 入会申请
!m 协会首页 · 协会动态 · 会员风采 · 技艺传承 · 联系我们
{T}
!m 发布人：秘书处　发布日期：2025-01-08
{BODY}
!l 上一条：关于缴纳2025年度会费的通知
!m 协会地址：峥县竹乡路19号　联系电话：0735-2261808
!m Copyright©峥县竹编工艺协会
""",
        body="""
2024年，协会在县文旅局指导下，围绕“传技艺、拓市场、育新人”开展工作，现将主要情况总结如下。
一、技艺传承。举办竹编米筛、簸箕制作培训班4期，培训学员96人，其中35岁以下23人。
二、市场拓展。组织会员参加省农博会等展会3次，竹筛、竹匾等产品销售额同比增长21%。
三、会员服务。新发展会员14家，为会员协调篾竹原料采购2次。
2025年，协会将争取设立竹编传习所，推动竹编米筛申报市级非遗项目。
峥县竹编工艺协会秘书处
2025年1月8日
""",
    ),
]

"""holdout56, part C: 党建网, 医院官网, 高校官网, 地方论坛, 资料下载站, 人事考试网. Invented text."""

CASES = [
    dict(
        slug="dangjian-yuchuan-html-fishermen",
        site="渔川党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://dj.yuchuan.gov.cn/djyw/202507/t20250701_7712.html",
        title="在海带养殖合作社党支部成立大会上的讲话",
        record_title="【支部建设】在海带养殖合作社党支部成立大会上的讲话",
        date="2025-06-28",
        notes="Party-building portal; date under title; speaker line neutral",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【支部建设】在海带养殖合作社党支部成立大会上的讲话</title>
<script src="/js/jquery.min.js"></script></head><body>
<div class="banner">⟦m 渔川党建网 · 凝聚海岛力量⟧</div>
<nav>⟦l 党建要闻 | 基层党建 | 党员教育 | 先锋风采⟧</nav>
<div class="local">⟦m 现在位置：首页 -&gt; 基层党建⟧</div>
<h1>{T}</h1>
<p class="sub">（2025年6月28日）</p>
<p class="sub">渔川镇党委书记　海岚</p>
{BODY}
<div class="pub">⟦m 稿源：渔川镇党委　编审：宣教科⟧</div>
<div class="side"><h4>⟦l 图片新闻⟧</h4><p>⟦l 渔川镇开展“七一”主题党日活动⟧</p></div>
<footer>⟦m 中共渔川县委组织部主办　浙ICP备09012345号⟧</footer>
</body></html>
""",
        body="""
同志们：
今天，澳湾海带养殖专业合作社党支部正式成立了，这是渔川镇“支部建在产业链上”的又一成果。
希望新成立的党支部做到三点：一要把党员培养成养殖能手，二要把养殖能手培养成党员，三要带着渔民闯市场。
镇党委将每季度到支部指导一次，帮助解决实际困难。
预祝支部工作开好局、起好步！
""",
    ),
    dict(
        slug="dangjian-taoxiang-text-lesson",
        site="陶乡先锋 (invented)",
        style="党建网",
        genre="心得体会",
        kind="insight",
        form="text",
        source="https://www.taoxiangxf.cn/xxjy/2025/0516/3304.html",
        title="参加党员冬训学习的心得体会",
        record_title="参加党员冬训学习的心得体会_陶乡先锋网",
        date=None,
        notes="no date: only a crawl stamp and the year in another line",
        page="""
!m 陶乡先锋网　陶乡先锋 党员之家
!m 首页 » 学习教育 » 心得交流
{T}
!m 作者：龙窑村 支部党员　抓取时间：2025-05-16 03:10:22
{BODY}
!a 【我要评论】【推荐给好友】
!l 上一篇：党员先锋岗申报办法
!m 主办单位：中共陶乡镇委员会
""",
        indent="\u3000\u3000",
        body="""
今年冬训，我参加了镇党委组织的三次集中学习和一次现场教学。
在窑址保护现场，老党员讲起当年带头恢复龙窑的故事，让我很受触动。
⟦a 本栏目稿件欢迎投稿⟧
作为一名年轻党员，我要把学到的东西用到陶瓷厂的技术改进中，在岗位上当好先锋。
""",
    ),
    dict(
        slug="hospital-fengbing-html-allergy",
        site="蜜岭县人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.mlxrmyy.com/news/tzgg/2025-04-08/511.html",
        title="关于开设蜂毒过敏专病门诊的通知",
        record_title="关于开设蜂毒过敏专病门诊的通知_蜜岭县人民医院",
        date="2025-04-08",
        notes="department's 咨询电话 kept next to the hospital's 预约 line; 扫码 sentence kept",
        page="""
<html><head><meta charset="utf-8"><title>关于开设蜂毒过敏专病门诊的通知_蜜岭县人民医院</title><script>var _czc=[];</script></head><body>
<div class="top">⟦m 蜜岭县人民医院 二级甲等综合医院⟧ ⟦m 预约挂号：0771-4120120⟧</div>
<nav>⟦l 医院概况 科室导航 专家介绍 就医指南 新闻中心⟧</nav>
<div class="pos">⟦m 首页 › 新闻中心 › 通知公告⟧</div>
<h2>{T}</h2>
<div class="m">⟦m 发布日期：2025-04-08　浏览次数：1290⟧</div>
{BODY}
<div class="float">⟦w 在线咨询　医生为您解答⟧</div>
<footer>⟦m 地址：蜜岭县花溪路66号⟧ ⟦d 本网站信息仅供参考，不作为诊断依据⟧</footer>
</body></html>
""",
        body="""
全县蜂农及广大群众：
为方便蜂蜇伤及蜂毒过敏患者就诊，我院皮肤科自4月15日起开设蜂毒过敏专病门诊。
门诊时间：每周二、周五上午。
门诊地点：门诊楼三楼皮肤科5诊室。
就诊前可扫码关注“蜜岭人医”服务号进行预约。
皮肤科咨询电话：0771-4123306
蜜岭县人民医院
2025年4月8日
""",
    ),
    dict(
        slug="hospital-zhongyi-text-health",
        site="桑浦中医院 (invented)",
        style="医院官网",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.sangpuzyy.cn/xw/2025/1011/876.html",
        title="我院开展蚕农职业健康义诊活动",
        record_title="我院开展蚕农职业健康义诊活动 - 桑浦县中医院",
        date="2025-10-11",
        notes="news; byline date; photo caption between paragraphs",
        page="""
!m 桑浦县中医院 — 大医精诚
!m 您的位置：首页 ＞ 医院新闻
{T}
!m 来源：医务科　作者：宋青禾　时间：2025年10月11日　点击量：301
{BODY}
!l 【上一篇】我院顺利通过二甲复审
!l 【下一篇】秋季养生讲座走进社区
!m 24小时急诊：0573-8820120
""",
        body="""
10月10日，我院组织内科、针灸科医生走进桑浦镇蚕桑基地，为蚕农开展职业健康义诊。
义诊现场，医生们为120余名蚕农测量血压血糖，重点检查手部皮炎和腰肌劳损。
⟦m （图：医生为蚕农进行针灸理疗）⟧
医务科负责人表示，下一步将把义诊纳入常态化服务，每季度开展一次。
""",
    ),
    dict(
        slug="university-haiyang-html-lab",
        site="澳湾海洋职业学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.awhyxy.edu.cn/info/1021/6620.htm",
        title="我院海藻实验室获批省级工程研究中心",
        record_title="我院海藻实验室获批省级工程研究中心-澳湾海洋职业学院",
        date="2025-12-01",
        notes="university news; byline date; editor/reviewer lines",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>我院海藻实验室获批省级工程研究中心-澳湾海洋职业学院</title>
<script src="/system/resource/js/counter.js"></script></head><body>
<header>⟦m 澳湾海洋职业学院 向海而生 逐浪而行⟧<nav>⟦l 学院概况 | 院系设置 | 招生就业 | 校园生活⟧</nav></header>
<div class="breadcrumb">⟦m 首页 &gt; 学院新闻 &gt; 正文⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 时间：2025-12-01　作者：科研处　浏览：[ 732 ]⟧</div>
{BODY}
<div class="sign">⟦m 一审：孟涛　二审：沈贝　三审：许汐⟧</div>
<footer>⟦m 地址：澳湾市滨海大道1号　邮编：351200⟧<p>⟦m Copyright © 澳湾海洋职业学院⟧</p></footer>
</body></html>
""",
        body="""
近日，省发展改革委公布新一批省级工程研究中心名单，我院海藻综合利用实验室名列其中。
该实验室成立于2019年，围绕海带、紫菜精深加工开展研究，已获授权发明专利11项。
下一步，学院将依托中心与本地企业共建中试基地，推动成果转化。
""",
    ),
    dict(
        slug="university-gongyi-text-ceramics",
        site="瓷都学院 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://jwc.cidu.edu.cn/tz/2025/0224/1810.html",
        title="关于2025年春季陶瓷工艺实训安排的通知",
        record_title="关于2025年春季陶瓷工艺实训安排的通知",
        date="2025-02-24",
        notes="schedule table kept; date under signature; chrome between paragraphs",
        page="""
!m 瓷都学院教务处
!m 首页 > 通知公告
{T}
!m 发布者：实践科　发布时间：2025-02-25 11:02
{BODY}
!a 附件下载请登录教务系统
!m 教务处地址：行政楼305　Tel：0798-8391002
""",
        body="""
各二级学院：
现将本学期陶瓷工艺实训安排通知如下。
班级　实训内容　周次
陶艺2301　拉坯成型　第3-6周
陶艺2302　釉料调配　第7-10周
⟦l 点击查看往年实训安排⟧
陶设2301　柴窑烧成　第11-14周
实训期间学生须穿工作服，遵守窑房安全规定。
教务处
2025年2月24日
""",
    ),
    dict(
        slug="localforum-juwan-text-floor",
        site="橘湾论坛 (invented)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="text",
        source="http://bbs.juwan.net/thread-88123-1-1.html",
        title="关于脐橙采摘季交通管制的通告",
        record_title="[转帖] 关于脐橙采摘季交通管制的通告 - 橘湾杂谈 - 橘湾论坛",
        date="2025-11-05",
        date_also=["2025-11-06"],
        notes="reposted notice on a county forum; floors; post date differs from document date",
        page="""
!m 橘湾论坛 › 橘湾杂谈 › 帖子详情
!t [转帖] 关于脐橙采摘季交通管制的通告 - 橘湾杂谈 - 橘湾论坛
!m 搬运工老陈 发表于 2025-11-06 07:48 | 显示全部楼层
{BODY}
!m 2楼 橘子皮 2025-11-06 08:10
!l 收到，周末去果园得绕路了
!a 登录后可查看更多回复
!m 橘湾论坛 www.juwan.net 客服电话：0797-3300118
""",
        junk=dict(lines=1, glued=1),
        body="""
为保障脐橙采摘季道路安全畅通，现将交通管制事项通告如下。
一、管制时间：2025年11月10日至12月20日。
二、管制路段：县道X312线橘香岭至果园大道段，每日7时至18时禁止货车停放。
三、运果车辆请从果园大道绕行。
橘湾县公安局交通管理大队
2025年11月5日
""",
    ),
    dict(
        slug="localforum-yanxi-html-legacy",
        site="砚溪在线 (invented)",
        style="地方论坛",
        genre="倡议书",
        kind="initiative",
        form="html",
        source="https://www.yanxizx.com/forum/view/22018.html",
        title="保护砚溪古码头倡议书",
        record_title=None,
        date="2025-08-16",
        notes="title missing, on page; posted forum with floors; document date under signature",
        page="""
<html><head><meta charset="utf-8"><title>砚溪在线 - 砚溪人自己的网上家园</title><script src="/forum.js"></script></head><body>
<div class="hd">⟦m 砚溪在线 - 砚溪人自己的网上家园⟧</div>
<div class="nav">⟦l 首页 | 砚溪杂谈 | 二手市场 | 房产 | 招聘⟧</div>
<div class="pt">⟦m 砚溪在线 › 砚溪杂谈 › 帖子⟧</div>
<h1>{T}</h1>
<div class="author">⟦m 作者：码头边长大的　发布于 2025-08-17 19:20　阅读 4412⟧</div>
{BODY}
<div class="floor">⟦m 沙发 老船工：顶！支持保护古码头⟧</div>
<div class="reply">⟦a 快速回复：请先登录⟧</div>
<div class="ft">⟦m 砚溪在线 湘ICP备13008812号⟧</div>
</body></html>
""",
        body="""
亲爱的砚溪乡亲们：
砚溪古码头建于清代，是当年砚台外运的起点，见证了砚溪的兴衰。
近来码头石阶有松动，部分栏杆被人拆走。我们倡议：
一、不在码头乱扔垃圾、乱刻乱画；
二、发现破坏行为及时劝阻并报告镇政府；
三、欢迎大家提供古码头的老照片和老故事。
砚溪镇文史爱好者协会
2025年8月16日
""",
    ),
    dict(
        slug="download-kite-html-fileinfo",
        site="风筝资料下载站 (invented)",
        style="资料下载站",
        genre="方案",
        kind="plan",
        form="html",
        source="http://www.xiazaizhan88.com/soft/41270.html",
        title="第三届风筝节活动方案",
        record_title="第三届风筝节活动方案.doc下载",
        date=None,
        notes="old gb2312 table with file info and mirror links; year only in an update stamp",
        page="""
<html><head><meta charset="gb2312"><title>第三届风筝节活动方案.doc下载</title><script>var a=1;</script></head><body>
<table width="980"><tr><td>⟦m 八八下载站 文档 软件 素材⟧</td><td>⟦a 收藏本站 | 设为首页⟧</td></tr></table>
<table width="980"><tr><td>⟦m 当前位置：首页 → 文档下载 → 活动方案⟧</td></tr></table>
<table class="info" width="980">
<tr><td>⟦m 文件大小：36KB　文件格式：.doc⟧</td><td>⟦m 更新时间：2025-02-11 14:33⟧</td></tr>
<tr><td>⟦m 下载次数：1027　授权方式：免费⟧</td><td>⟦m 运行环境：WPS/Office⟧</td></tr>
</table>
<h2>{T}</h2>
<div class="intro">
{BODY}
</div>
<table width="980"><tr><td>⟦a 电信下载1 | 联通下载2 | 备用下载3⟧</td></tr>
<tr><td>⟦a 下载地址失效？点此报错⟧</td></tr></table>
<div>⟦d 本站资源均来自网络，仅供学习研究⟧</div>
</body></html>
""",
        body="""
为丰富群众文化生活，展示风筝传统技艺，特制定本方案。
一、活动时间：4月第一个周六。
二、活动地点：河滨公园草坪。
三、活动内容：风筝制作比赛、放飞表演、亲子体验。
四、组织分工：文化站负责活动组织，派出所负责现场秩序，卫生院设立医疗点。
""",
    ),
    dict(
        slug="download-yanzi-text-rules",
        site="文档宝库下载 (invented)",
        style="资料下载站",
        genre="制度",
        kind="rules",
        form="text",
        source="https://down.wdbaoku.com/file/99128.html",
        title="制砚工坊安全管理制度",
        record_title="制砚工坊安全管理制度（2025修订版）",
        date=None,
        notes="rule articles speak of 打印/下载 as content; no date",
        page="""
!m 文档宝库下载 - 绿色资料下载
!m 资料分类：管理制度　大小：18KB　评分：★★★★☆
{T}
!a 【高速下载】【普通下载】
{BODY}
!a 此为预览片段，下载后可获取完整文件
!l 热门下载：车间安全生产责任书｜员工安全培训记录表
!d 如果本资料侵犯了您的权益，请联系站长删除
""",
        body="""
第一条　为加强工坊安全管理，制定本制度。
第二条　石料切割须在专用隔间进行，操作人员须佩戴防护用品。
第三条　设计图纸须从工坊共享盘下载，打印后由组长签字方可使用。
第四条　工坊下班前须切断电源，关闭门窗。
第五条　本制度自发布之日起施行。
""",
    ),
    dict(
        slug="exam-ruian-html-guide",
        site="菇源县人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://rsks.guyuan.gov.cn/ksgg/2025/0609/2021.html",
        title="菇源县2025年公开招聘农技人员考试公告",
        record_title="菇源县2025年公开招聘农技人员考试公告_菇源人事考试网",
        date="2025-06-09",
        notes="exam committee's 咨询电话 next to site tech line; 下载/打印 准考证 kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>菇源县2025年公开招聘农技人员考试公告_菇源人事考试网</title></head><body>
<div class="hd">⟦m 菇源人事考试网⟧ ⟦a 考生登录　报名入口⟧</div>
<nav>⟦l 考试公告 | 成绩查询 | 政策法规 | 常见问题⟧</nav>
<h1>{T}</h1>
<div class="from">⟦m 信息来源：县人社局　发布时间：2025-06-09⟧</div>
{BODY}
<div class="help">⟦m 网站技术支持电话：0599-2213456（工作日）⟧</div>
<footer>⟦m 菇源县人力资源和社会保障局 版权所有⟧</footer>
</body></html>
""",
        body="""
根据工作需要，我县公开招聘农技人员12名，现将考试有关事项公告如下。
一、报名时间：6月16日至6月20日。
二、考生须于6月28日起登录本网站下载并打印准考证。
三、笔试时间：7月5日上午9:00-11:00。
考试咨询电话：0599-2210088
菇源县事业单位公开招聘工作领导小组办公室
2025年6月9日
""",
    ),
    dict(
        slug="exam-haian-text-interview",
        site="渔川人事考试 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://rsks.yuchuan.gov.cn/tz/2025/0808/77.html",
        title="渔川县2025年海洋渔业协管员面试通知",
        record_title="【面试通知】渔川县2025年海洋渔业协管员面试通知",
        date="2025-08-08",
        notes="interview timetable kept; decorated record title",
        page="""
!m 渔川县人事考试信息网
!m 首页 >> 考试信息 >> 面试通知
!t 【面试通知】渔川县2025年海洋渔业协管员面试通知
!m 发布：考试中心　2025年08月08日　阅读：2871
{BODY}
!w 考前辅导班火热报名，咨询微信 yc_kaoshi
!l 上一篇：笔试成绩公示
!m 渔川县人事考试中心 版权所有
""",
        body="""
根据笔试成绩，现将面试有关事项通知如下。
组别　面试时间　地点
第一组　8月16日上午　县委党校201室
第二组　8月16日下午　县委党校202室
考生须携带身份证、笔试准考证于当日7:30前到达候考室。
渔川县人事考试中心
2025年8月8日
""",
    ),
]

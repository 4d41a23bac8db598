"""holdout160, part B: rice-crust (锅巴) snack workshops, brands and their regulators. Invented
sites, counties (箪州, 篾塘, 筇山 …), people, URLs and chrome wording; written by hand."""

CASES = [
    dict(
        slug="gov-danzhou-guoba-festival-wrapped",
        site="箪州市商务局 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://swj.danzhou.example.gov.cn/tzgg/2025/0902/1043.html",
        title="关于举办第三届箪州锅巴文化美食节的通知",
        record_title="关于举办第三届箪州锅巴文化美食节的通知",
        record_date="2025-09-02",
        date="2025-09-02",
        wrap=62,
        indent="　　",
        notes="record title and date; text hard-wrapped at 62 columns; a schedule table kept unwrapped rows; 附件 list; portal chrome at top and bottom",
        page="""
!m 箪州市商务局　政务公开　通知公告
!m 发布日期：2025-09-02　字号：[大 中 小]　浏览：512
{T}
{BODY}
!a [打印本页]　[关闭窗口]
!m 箪州市商务局版权所有　地址：箪州市人民路18号
""",
        body="""
各县（区）商务主管部门，各有关企业：
为擦亮箪州锅巴地方特色品牌，促进餐饮消费，市商务局定于2025年10月1日至5日在滨江广场举办第三届箪州锅巴文化美食节。现将有关事项通知如下。
一、参展对象。全市锅巴生产企业、老字号门店及农副产品加工合作社，每家企业限报一个展位。
二、报名方式。请于9月20日前将报名表发送至市商务局流通科邮箱，逾期不再受理。
三、其他要求。参展产品须具备食品生产许可证，现场加工须配备留样柜。
联系人：流通科　邓一帆　电话：0745-2231576
附件：1.参展报名表
2.展位分布示意图
箪州市商务局
2025年9月2日
""",
    ),
    dict(
        slug="blog-guoba-maker-tagcloud-html",
        site="篾塘老杜的灶台 (invented)",
        style="博客",
        genre="随笔",
        kind="other",
        form="html",
        source="https://laodu.example.blog/2025/11/guoba-fire.html",
        title="柴火锅巴，火候是最后一道工序",
        record_title="【灶边札记】柴火锅巴，火候是最后一道工序 | 篾塘老杜的灶台",
        date="2025-11-06",
        notes="blog with tag cloud, archive and comments; bracketed post time the date; a 'like' box glued after a paragraph",
        page="""
<!doctype html><html><head><meta charset="utf-8"><title>【灶边札记】柴火锅巴，火候是最后一道工序 | 篾塘老杜的灶台</title></head><body>
<header><h3>⟦m 篾塘老杜的灶台⟧</h3><p>⟦m 一口铁锅，半生烟火⟧</p></header>
<nav>⟦m 首页　灶边札记　老手艺　关于我⟧</nav>
<main>
<h2>⟦t 柴火锅巴，火候是最后一道工序⟧</h2>
<p class="time">⟦m [2025-11-06 20:31]⟧ ⟦m 分类：老手艺⟧</p>
{BODY}
<div class="tags">⟦l 标签：锅巴 柴火灶 篾塘⟧</div>
<div class="comments"><h4>⟦l 评论（3）⟧</h4><p>⟦l 山那边的阿梅：看饿了，求地址！⟧</p><p>⟦l 发表评论需要先登录⟧</p></div>
</main>
<aside><h4>⟦l 标签云⟧</h4><p>⟦l 米饭 腊肉 糍粑 锅巴 灶台 柴火⟧</p><h4>⟦l 文章归档⟧</h4><p>⟦l 2025年11月(2) 2025年10月(5)⟧</p></aside>
<footer>⟦d 本博客文字如需转载请先留言告知⟧ ⟦m Powered by SimplePress⟧</footer>
</body></html>
""",
        body="""
做锅巴的人都知道，米选对了，水放准了，最后成不成，还是看火。
我家用的是老式柴火灶，先大火把饭煮开，再撤掉一半柴，只留灶膛里的红炭慢慢烘。⟦l 👍 喜欢这篇（27）⟧
大约二十分钟，锅底会传来轻轻的噼啪声，这时候用锅铲沿锅边一撬，整张金黄的锅巴就起来了。
火大了发苦，火小了发软，这个分寸只能一锅一锅去试。
""",
    ),
    dict(
        slug="wechat-mirror-guoba-brand-story",
        site="公号文章镜像站 (invented)",
        style="公众号镜像",
        genre="新闻",
        kind="news",
        form="text",
        source="https://mp.jingxiang.example.com/a/qs-guoba-0715",
        title="一片锅巴，撑起一个村的集体经济",
        record_title="一片锅巴，撑起一个村的集体经济",
        date="2025-07-15",
        notes="WeChat mirror: account line with time taken as the date; read-the-original, in-view and reward rows; a follow prompt glued before the first line",
        page="""
!m 镜像站 · 好文转存
{T}
!m 筇山融媒　2025-07-15 18:06　湖南
{BODY}
!l 阅读原文
!l 阅读 4.1万　在看 326　赞 1028
!a 喜欢作者 → 赞赏
!d 本站仅作转存，原文版权归公众号所有
""",
        body="""
⟦a 点击上方蓝字“筇山融媒”关注我们⟧清晨六点，筇山县溪口村的锅巴加工厂已经飘出米香。
三年前，村里把闲置的村小改造成加工车间，请回在外开食品厂的能人做技术指导。
如今厂里有二十六名工人，大多是留守妇女，人均月收入三千五百元。
去年，溪口锅巴在电商平台卖出十二万袋，为村集体增收四十二万元。
村党支部书记胡国庆说，下一步要把麻辣、海苔两个新口味做成爆款。
""",
    ),
    dict(
        slug="docshare-guoba-standardization-plan-glued-markers",
        site="稻香文档 (invented)",
        style="文档分享",
        genre="工作方案",
        kind="plan",
        form="text",
        source="https://www.daoxiangdoc.example.com/p-5521083.html",
        title="篾塘县锅巴小作坊规范提升工作方案",
        record_title="篾塘县锅巴小作坊规范提升工作方案（可编辑）",
        date="2025-03-28",
        pages=dict(fmt="⧼{n}⧽", every=100, start=2, glue=True),
        notes="document-sharing reader; page markers ⧼n⧽ glued to the continuation line; decorated title （可编辑）; upload notice",
        page="""
!m 稻香文档 - 专业文档分享平台
!t 篾塘县锅巴小作坊规范提升工作方案（可编辑）
!m 贡献者：清风****　上传于 2025-04-03　5页
!a 免费预览已结束，剩余内容请下载查看
!d 稻香文档仅提供信息存储空间服务，文档内容由上传用户提供。
""".replace("!a 免费预览已结束", "{BODY}\n!a 免费预览已结束"),
        body="""
为提升全县锅巴小作坊质量安全水平，推动小作坊向规范化、品牌化发展，制定本方案。
一、工作目标
到2025年底，全县登记锅巴小作坊全部达到“三区分离、三防到位”标准，培育示范作坊十家。
二、主要任务
（一）开展摸底登记。各乡镇对辖区内锅巴小作坊逐户登记，建立一户一档。
（二）实施改造提升。对油炸区、晾凉区、包装区进行物理隔断，加装纱窗和挡鼠板。
（三）推行快检公示。每季度抽检酸价和过氧化值，结果在作坊门口公示。
三、保障措施
县市场监管局牵头，各乡镇落实属地责任，县财政安排专项补助资金八十万元。
篾塘县市场监督管理局
2025年3月28日
""",
    ),
    dict(
        slug="edu-guoba-snack-canteen-notice-html",
        site="箪州市教育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://jyj.danzhou.example.gov.cn/tzgg/2025-10/20251011_8812.shtml",
        title="关于规范中小学校园周边膨化油炸食品销售的通知",
        record_title="关于规范中小学校园周边膨化油炸食品销售的通知-箪州市教育局",
        date="2025-10-11",
        notes="education portal with 长者模式 link; a list of numbered tasks; a school contact line beside the bureau's hotline; 抄送 line",
        page="""
<html><head><meta charset="utf-8"><title>关于规范中小学校园周边膨化油炸食品销售的通知-箪州市教育局</title></head><body>
<div class="top">⟦a 长者模式⟧ ⟦a 无障碍⟧ ⟦m 箪州市教育局⟧</div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 教育动态⟧</li><li>⟦m 通知公告⟧</li><li>⟦m 招生考试⟧</li></ul>
<h1>⟦t 关于规范中小学校园周边膨化油炸食品销售的通知⟧</h1>
<div class="attr">⟦m 来源：体卫艺科　发布时间：2025-10-11　访问量：[1287]⟧</div>
{BODY}
<div class="btns">⟦a 【收藏】 【打印】 【关闭】⟧</div>
<div class="foot">⟦m 教育服务热线：0745-12345转6　地址：箪州市学府路2号⟧<br>⟦m 湘ICP备15003219号⟧</div>
</body></html>
""",
        body="""
各县（区）教育局，市直各学校：
近期有家长反映，部分学校周边小店出售散装油炸锅巴等“三无”食品。为保障学生饮食安全，现就有关事项通知如下：
1.各校要会同属地市场监管所，每月对校园周边两百米内的小卖部开展一次巡查。
2.学校小卖部不得销售散装、无标签的膨化油炸食品。
3.各校要利用班会课开展食品安全教育，引导学生不买“三无”零食。
请各校于10月25日前将巡查情况报市教育局体卫艺科，联系人：罗倩，电话：0745-2260517。
箪州市教育局
2025年10月11日
抄送：市市场监督管理局
""",
    ),
    dict(
        slug="collection-grandma-guoba-oneline",
        site="灯下集 (invented)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="https://dengxiaji.example.net/read/c17.html",
        title="外婆的锅巴",
        record_title="《灯下集》卷一·第17篇｜外婆的锅巴",
        date=None,
        oneline=True,
        indent="　　",
        notes="a collection chapter with the whole body on one line; 写于 a year only; previous/next chapter links",
        page="""
!m 灯下集 · 一个人的纸上故乡
!l 目录　上一篇：老屋的天井　下一篇：赶秋场
!t 外婆的锅巴
{BODY}
!m 写于2019年冬
!l 上一篇：老屋的天井　下一篇：赶秋场
!m 本篇字数：236　阅读：119
""",
        body="""
小时候最盼的，是外婆揭开铁锅的那一刻。
饭盛走以后，锅底剩下薄薄一层焦黄，外婆淋上一勺猪油，撒一撮盐，用锅铲压一压，再翻个面。
我和表哥守在灶门口，一人捧一块，烫得在两只手之间来回倒，也舍不得放下。
后来家家用了电饭煲，锅底再也结不出那样的锅巴。
前年在超市看到袋装锅巴，买了一包，咸是咸的，脆也是脆的，却没有外婆灶台上的那股柴火味。
""",
    ),
    dict(
        slug="dangjian-guoba-coop-speech-html",
        site="篾塘先锋网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.mtxf.example.gov.cn/jcdj/2025/0630/7719.html",
        title="在溪岸村锅巴专业合作社党支部成立大会上的讲话",
        record_title="在溪岸村锅巴专业合作社党支部成立大会上的讲话_基层党建_篾塘先锋网",
        date="2025-06-28",
        notes="Party-building portal: speaker role line and a date under the title (neutral); 字号 row; related list; the speech ends without a signature",
        page="""
<html><head><meta charset="utf-8"><title>在溪岸村锅巴专业合作社党支部成立大会上的讲话_基层党建_篾塘先锋网</title></head><body>
<div class="banner">⟦m 篾塘先锋网　中共篾塘县委组织部主办⟧</div>
<div class="nav">⟦m 首页 | 基层党建 | 干部工作 | 人才工作 | 党员教育⟧</div>
<div class="pos">⟦m 当前位置：首页 &gt; 基层党建⟧</div>
<h1>⟦t 在溪岸村锅巴专业合作社党支部成立大会上的讲话⟧</h1>
<p class="speaker">镇党委书记　汤立峰</p>
<p class="date">（2025年6月28日）</p>
<div class="font">⟦a 字号：T T T⟧ ⟦m 发布时间：2025-06-30⟧</div>
{BODY}
<div class="rel"><h4>⟦l 相关阅读⟧</h4><ul><li>⟦l 我县新建“两新”组织党支部十二个⟧</li><li>⟦l 党建引领特色产业发展经验交流会召开⟧</li></ul></div>
<div class="foot">⟦m 主办：中共篾塘县委组织部　技术支持：县融媒体中心⟧</div>
</body></html>
""",
        body="""
同志们：
今天，溪岸村锅巴专业合作社党支部正式成立了，我代表镇党委表示热烈祝贺！
合作社成立两年来，带动农户一百三十户，去年销售锅巴九十吨，是全镇产业发展的一面旗帜。
党支部成立后，要把党员培养成致富能手，把致富能手培养成党员，让党旗在产业链上高高飘扬。
希望支部一班人团结一心，带领社员把锅巴产业做大做强。
""",
    ),
    dict(
        slug="hospital-dental-hard-snack-clinic-html",
        site="箪州市口腔医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.dzkqyy.example.com/yygg/2025/1104/229.html",
        title="关于开展老年人牙齿隐裂免费筛查的通知",
        record_title="【医院公告】关于开展老年人牙齿隐裂免费筛查的通知",
        date="2025-11-04",
        notes="hospital page: 预约挂号 and 急诊 lines and a floating consult box beside the department's own phone; a screening schedule table",
        page="""
<html><head><meta charset="utf-8"><title>【医院公告】关于开展老年人牙齿隐裂免费筛查的通知</title></head><body>
<div class="hd">⟦m 箪州市口腔医院⟧ ⟦m 预约挂号：0745-2899120⟧ ⟦m 24小时急诊：0745-2899333⟧</div>
<div class="nav">⟦m 医院概况　科室导航　专家介绍　就医指南　医院公告⟧</div>
<h2>⟦t 关于开展老年人牙齿隐裂免费筛查的通知⟧</h2>
<div class="meta">⟦m 发布日期：2025-11-04　点击数：634⟧</div>
{BODY}
<div class="float">⟦w 在线咨询 点我预约⟧</div>
<div class="foot">⟦d 本站信息仅供参考，不能替代医生面诊⟧ ⟦m 湘ICP备18007742号⟧</div>
</body></html>
""",
        body="""
入冬以来，我院牙体牙髓科接诊的老年牙齿隐裂患者明显增多，不少与长期咀嚼锅巴、坚果等硬脆食物有关。
为此，我院将开展老年人牙齿隐裂免费筛查活动，安排如下：
日期　地点　服务对象
11月10日　本院门诊三楼　60岁以上市民
11月17日　城北社区卫生服务中心　60岁以上市民
参加筛查请携带身份证，咬合疼痛明显者请直接就诊。
咨询电话：牙体牙髓科　0745-2899168
箪州市口腔医院
2025年11月4日
""",
    ),
    dict(
        slug="download-guoba-line-feasibility-old-table",
        site="绿园资料下载站 (invented)",
        style="资料下载站",
        genre="可行性报告",
        kind="report",
        form="html",
        source="http://www.lvyuan-down.example.com/soft/3320.html",
        title="年产3000吨锅巴生产线项目可行性研究报告（节选）",
        record_title="年产3000吨锅巴生产线项目可行性研究报告（节选）.doc下载_绿园资料下载站",
        date=None,
        notes="old gb2312 table layout: file-info table, three mirror links, a dead-link report and an unzip password; no date (upload time only)",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>年产3000吨锅巴生产线项目可行性研究报告（节选）.doc下载_绿园资料下载站</title></head>
<body><table width="960" align="center"><tr><td>⟦m 绿园资料下载站 www.lvyuan-down.example.com⟧</td><td>⟦a 设为首页⟧ ⟦a 加入收藏⟧</td></tr></table>
<table width="960" align="center"><tr><td>⟦m 资料名称：⟧</td><td>⟦t 年产3000吨锅巴生产线项目可行性研究报告（节选）⟧</td></tr>
<tr><td>⟦m 资料大小：86KB　资料格式：DOC　更新时间：2025-02-11⟧</td></tr>
<tr><td>⟦m 资料简介：⟧</td><td>
{BODY}
</td></tr>
<tr><td>⟦a 下载地址：电信下载1　联通下载2　备用下载3⟧</td></tr>
<tr><td>⟦a 无法下载？点此报告死链⟧　⟦m 解压密码：www.lvyuan-down⟧</td></tr></table>
<table width="960" align="center"><tr><td>⟦d 本站资源均来自网络，仅供学习参考，请于下载后24小时内删除⟧</td></tr></table>
</body></html>
""",
        body="""
一、项目概况
项目拟在笪城经济开发区新建标准化厂房一万二千平方米，建设年产三千吨锅巴自动化生产线两条。
二、市场分析
近年来休闲米制食品年均增长约百分之八，区域品牌锅巴在电商渠道增长尤为明显。
三、投资估算
项目总投资一亿零五百万元，其中设备投资四千二百万元。
四、结论
项目技术成熟，原料供应充足，经济效益良好，建议尽快立项。
""",
    ),
    dict(
        slug="training-guoba-course-brochure-table",
        site="筇山巧手职业培训学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="text",
        source="https://www.qsqiaoshou.example.com/kc/guoba.html",
        title="2025年秋季米制休闲食品加工技能培训招生简章",
        record_title="2025年秋季米制休闲食品加工技能培训招生简章（名额有限）",
        date="2025-08-18",
        notes="training school: price tag, trial form and a consultant's WeChat beside the school's own 报名电话; a course table; 下载 as content",
        page="""
!m 筇山巧手职业培训学校 | 一技在手 就业无忧
!m 首页 ▸ 课程中心 ▸ 食品加工
!t 2025年秋季米制休闲食品加工技能培训招生简章（名额有限）
!a 限时特惠 ¥0 元（政府补贴）　立即报名
{BODY}
!w 招生老师微信：qsqs-2025，扫码秒回
!a 免费试听申请：姓名＿＿ 电话＿＿ 提交
!m ©筇山巧手职业培训学校　人社部门备案号：筇人社培〔2021〕7号
""",
        body="""
为帮助城乡劳动者掌握米制休闲食品加工技能，经县人社局批准，我校开设锅巴、米饼加工技能培训班。
课程安排如下：
模块　内容　课时
一　原料选配与蒸煮　16
二　成型、油炸与调味　24
三　包装、食品安全与小作坊登记　16
培训对象：年满16周岁、有就业创业意愿的城乡劳动者。
报名方式：携身份证到校报名，或在县人社局网站下载报名表填好后交至学校。
报名电话：0745-6612088
筇山巧手职业培训学校
2025年8月18日
""",
    ),
    dict(
        slug="snapshot-guoba-spotcheck-result",
        site="快搜网页快照 (invented)",
        style="搜索快照",
        genre="公告",
        kind="notice",
        form="text",
        source="http://cache.kuaisou.example.com/c?u=scj.qiongshan.example.gov.cn/cjgg/9921.html",
        title="筇山县2025年第三季度米制品食品安全监督抽检结果公告",
        record_title="筇山县2025年第三季度米制品食品安全监督抽检结果公告 - 快照",
        date="2025-10-09",
        notes="search-cache banner with a snapshot stamp (no date) above the original page's chrome; a results table; the portal's 发布日期 equals the 成文日期",
        page="""
!m 这是 http://scj.qiongshan.example.gov.cn/cjgg/9921.html 的快照，抓取于 2025年10月21日 03:12:45。
!m 原网页可能已经更改，请点击此处查看最新页面。
!d 快搜与网页内容无关，不对其内容负责。
!m 筇山县市场监督管理局 > 抽检公告
{T}
!m 发布日期：2025-10-09
{BODY}
!m 筇山县市场监督管理局主办　电话：0745-6630098
""",
        body="""
近期，我局组织抽检米制品食品四十批次，其中合格三十八批次，不合格两批次。不合格产品信息如下：
产品名称　标称生产者　不合格项目　检验结论
香辣锅巴　筇山县米香食品作坊　酸价　不合格
原味锅巴　筇山县谷丰食品厂　过氧化值　不合格
对抽检发现的不合格产品，我局已责令生产者查清原因、召回产品并依法立案调查。
筇山县市场监督管理局
2025年10月9日
""",
    ),
]

"""holdout277, part D: a county forum, download stations, personnel-exam sites, tender portals, law firms, a residents' site.

Invented text, sites, places, people, numbers and URLs; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="countyforum-xunling-library-umbrella-stand-junk",
        site="薰岭论坛 (invented county forum)",
        style="地方论坛",
        genre="论坛帖子",
        kind="other",
        form="text",
        source="http://bbs.xunling.example.com/forum.php?mod=viewthread&tid=330912",
        title="县图书馆门口的爱心伞架，借了记得还",
        record_title="薰岭论坛 » 百姓杂谈 » 【暖心】县图书馆门口的爱心伞架，借了记得还",
        date=None,
        notes="a county forum thread: the record's title is the breadcrumb plus a 【暖心】 tag; junk lines and junk "
        "glued after sentences; '前天' inside the post and a relative post time are no dates",
        page="""
!m 薰岭论坛 — 薰岭人的网上家园　　今日：阵雨 19~24℃
!m 薰岭论坛 » 百姓杂谈
!t 【暖心】县图书馆门口的爱心伞架，借了记得还
!m 楼主　雨巷里的猫　｜　3 小时前　｜　只看楼主
{BODY}
!l 沙发　老薰岭：支持，借了就要还，做人要讲诚信
!l 板凳　图书馆小陈：谢谢楼主，伞架我们每天都会整理
!a 回帖请先登录　｜　用微信扫码登录
!m 薰岭论坛　|　站务联系QQ：3318026574
""",
        junk=dict(lines=1, glued=2),
        body="""
前天下午突降暴雨，我在县图书馆看书，出门才发现没带伞，正发愁呢，门卫师傅指了指门口的伞架。
伞架上挂着十几把蓝色的雨伞，伞柄上贴着“爱心伞　用后请归还”的字条。我借了一把，第二天一早就送回去了。
师傅说，这批伞是去年几个志愿者捐的，刚开始有三十把，现在只剩十几把了，好多人借了就没再还回来。
所以发个帖子，一是谢谢捐伞的好心人，二是想跟大家说一声：家里要是有借了没还的爱心伞，有空送回图书馆门口的伞架吧。下一个淋雨的人还等着用呢。
""",
    ),
    dict(
        slug="download-jisu-plan-linen-outsourcing-gb2312",
        site="极速素材站 (invented download station, old gb2312 layout)",
        style="资料下载站",
        genre="方案",
        kind="plan",
        form="html",
        source="http://www.jisusc.example.com/soft/wendang/20250302/41867.html",
        title="宾馆客房布草洗涤外包服务方案",
        record_title="宾馆客房布草洗涤外包服务方案 [DOC] 绿色下载 - 极速素材站",
        date=None,
        notes="an old download station: a file-info table (an update stamp is no date), three mirror links, a "
        "dead-link report, an unzip password and a floating ghost-writer ad; a plan with no date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>宾馆客房布草洗涤外包服务方案 [DOC] 绿色下载 - 极速素材站</title>
<script src="/js/ad_float.js"></script></head>
<body>
<table width="980" align="center"><tr><td>⟦m 极速素材站 — 文档·模板·素材 一站下齐⟧</td><td align="right"><a>⟦a 设为主页⟧</a> <a>⟦a 加入书签⟧</a></td></tr></table>
<table width="980" align="center" class="nav"><tr><td>⟦m 首页 | 办公文档 | 合同范本 | 行业方案 | 表格模板 | 下载排行⟧</td></tr></table>
<table width="980" align="center"><tr><td>⟦m 当前位置：首页 → 行业方案 → 酒店餐饮⟧</td></tr></table>
<table width="980" align="center" border="1" class="info">
<tr><td colspan="2"><b>{T}</b></td></tr>
<tr><td>⟦m 文件大小：26KB⟧</td><td>⟦m 文件格式：DOC⟧</td></tr>
<tr><td>⟦m 更新时间：2025-03-02⟧</td><td>⟦m 下载次数：1207⟧</td></tr>
<tr><td>⟦m 运行环境：WinXP/Win7/Win10/WPS⟧</td><td>⟦m 资源等级：★★★⟧</td></tr>
</table>
<table width="980" align="center"><tr><td class="intro"><b>⟦m 资料简介：⟧</b><br>
{BODY}
</td></tr></table>
<table width="980" align="center" class="down"><tr>
<td><a>⟦a 电信高速下载⟧</a></td><td><a>⟦a 联通高速下载⟧</a></td><td><a>⟦a 备用下载地址⟧</a></td></tr>
<tr><td colspan="3">⟦m 解压密码：www.jisusc.example.com⟧　<a>⟦a 下载地址失效？点此报错⟧</a></td></tr></table>
<div id="floatad" style="position:fixed;right:0;bottom:80px">⟦w 方案代写　标书制作　QQ 1748032659⟧</div>
<table width="980" align="center"><tr><td align="center">⟦d 本站资料仅限个人学习参考，请勿用于商业用途⟧<br>⟦m 极速素材站 版权所有　粤ICP备16092730号⟧</td></tr></table>
</body></html>
""",
        p_html="{}<br>",
        body="""
为降低客房布草洗涤成本，保证洗涤质量，酒店拟将床单、被套、枕套等客房布草洗涤业务委托专业洗涤公司承担，特制定本方案。
一、外包范围：全店186间客房的布草，日均洗涤量约为床单400件、被套200件、枕套520只。
二、质量标准：洗后布草洁白无异味，无污渍、无破损、无毛发；枕套熨烫平整，折叠统一，每10只一扎。
三、交接流程：洗涤公司每日上午9时收取脏布草，次日上午9时送回洁净布草，双方当面点数，填写交接单。
四、考核办法：客房部每周抽检，枕套、床单返洗率超过2%的，按合同扣减当月费用。
五、保障措施：洗涤公司须提供营业执照和消毒设备清单，酒店每季度实地查看其洗涤车间一次。
""",
    ),
    dict(
        slug="download-chongwu-rules-litter-box-wps",
        site="宠物行业资料库 (invented download station)",
        style="资料下载站",
        genre="规程",
        kind="rule",
        form="text",
        source="http://down.chongwuzl.example.com/soft/2217.html",
        title="宠物店猫砂盆清洁消毒操作规程",
        record_title="宠物店猫砂盆清洁消毒操作规程.wps",
        date=None,
        notes="file-name title; a rule with 第N条 articles and no date; download-station header with file info, "
        "mirror links, an excerpt notice and a 24-hour delete notice",
        page="""
!m 宠物行业资料库 · 下载站
!t 宠物店猫砂盆清洁消毒操作规程.wps
!m 资源类别：行业规章　　文件大小：18.5KB　　授权：免费
!m 更新于 2 周前　　下载：642 次
!a [本地下载]　[网通镜像]　[迅雷下载]
{BODY}
!a 以上为文档节选，完整内容请下载后用WPS打开
!d 本站资源收集自网络，仅作交流，下载者请在一日内自行删除。
!l 同类资源：宠物医院消毒隔离制度.doc　猫舍日常管理规范.pdf
""",
        body="""
第一条　为规范本店寄养区猫砂盆的清洁消毒，防止疾病交叉传播，制定本规程。
第二条　寄养猫每只单独使用一个猫砂盆，不得混用，猫砂盆贴寄养编号。
第三条　每天早、晚各铲一次猫砂，结团和粪便装袋密封，投放到其他垃圾桶，严禁倒入下水道。
第四条　寄养猫离店后，猫砂全部倒掉，猫砂盆用清水冲洗后，在含氯消毒液中浸泡30分钟，再冲净晾干。
第五条　发现猫咪腹泻、尿血等异常的，其猫砂盆单独处理，并立即报告店长。
第六条　清洁消毒情况记入《寄养区卫生记录表》，由店长每周检查签字。
""",
    ),
    dict(
        slug="exam-qinhu-notice-kindergarten-roly-poly-test",
        site="衾湖人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.qhrsks.example.cn/ksgg/2025/0603/861.html",
        title="2025年衾湖县公开招聘幼儿园教师技能测试公告",
        record_title="〔技能测试公告〕2025年衾湖县公开招聘幼儿园教师技能测试公告 - 衾湖人事考试网",
        date="2025-06-03",
        notes="a personnel-exam site: a maintenance banner, an admission-ticket float, a technical line beside the "
        "exam centre's own 咨询电话; a timetable table; download-and-print the admission ticket kept as content",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>〔技能测试公告〕2025年衾湖县公开招聘幼儿园教师技能测试公告 - 衾湖人事考试网</title>
<script src="/js/notice-bar.js"></script></head><body>
<div class="maint">⟦d 系统将于本周六22:00至24:00升级，期间暂停报名与打印服务⟧</div>
<div class="head">⟦m 衾湖人事考试网⟧　⟦m 衾湖县人力资源和社会保障局主办⟧</div>
<ul class="menu"><li>⟦m 考试公告⟧</li><li>⟦m 报名入口⟧</li><li>⟦m 成绩查询⟧</li><li>⟦m 政策法规⟧</li></ul>
<div class="pos">⟦m 首页 ＞ 考试公告 ＞ 事业单位招聘⟧</div>
<div class="detail"><h3>{T}</h3>
<div class="attr">⟦m 信息来源：县人事考试中心　浏览次数：4478⟧</div>
<div class="cont">
{BODY}
</div></div>
<div class="float-ticket">⟦a 准考证打印入口 ›⟧</div>
<div class="foot">⟦m 网站技术支持：0819-3657300（仅限系统故障）⟧<br>⟦m 衾湖县人力资源和社会保障局　蜀ICP备12003174号⟧</div>
</body></html>
""",
        body="""
各位考生：
2025年衾湖县公开招聘幼儿园教师技能测试定于6月14日举行。本次测试内容为“自制玩教具”，考生须在90分钟内利用考场提供的材料制作一件不倒翁玩具，并进行3分钟说课。现将有关事项公告如下：
一、测试安排
岗位代码　测试时间　测试地点
2501—2504　6月14日上午8:30　县实验幼儿园
2505—2508　6月14日下午2:30　县实验幼儿园
二、请考生于6月10日至13日登录本网站下载并打印准考证，凭准考证和身份证参加测试。
三、考场统一提供纸杯、彩纸、橡皮泥、胶棒等材料，考生不得自带半成品。
咨询电话：0819-3657204（县人力资源和社会保障局考试中心）
衾湖县人力资源和社会保障局
2025年6月3日
""",
    ),
    dict(
        slug="exam-lixi-notice-exam-site-lunch-buckets",
        site="缡溪人事考试信息网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://rsks.lixi.example.gov.cn/kwtz/2025/0409/302.html",
        title="关于做好事业单位公开招聘笔试考点午餐配送工作的通知",
        record_title="[考点保障] 关于做好事业单位公开招聘笔试考点午餐配送工作的通知 - 缡溪人事考试信息网",
        date="2025-04-09",
        notes="an exam site's notice to exam centres: the notice's own 联系电话 beside the site's technical line; "
        "a 1-2-3 list; a views line and a print/close row",
        page="""
!m 缡溪人事考试信息网　　【适老模式】
!m 首页 > 考务动态
!t [考点保障] 关于做好事业单位公开招聘笔试考点午餐配送工作的通知 - 缡溪人事考试信息网
!m 阅读次数：317
{BODY}
!a 〖打印〗〖关闭〗
!m 系统技术咨询：0831-6679100（工作日9:00—17:00）
""",
        indent="\u3000\u3000",
        body="""
各考点：
4月19日全县事业单位公开招聘笔试上午、下午连考，为保障考务工作人员午间就餐，经研究，现就考点午餐配送有关事项通知如下：
一、午餐由县机关食堂统一制作，装入保温桶，于当天11:30前送达各考点考务办公室，由考点主考签收。
二、保温桶按考点编号，每桶标明份数，送达后由考点指定专人分发，13:00前用餐完毕。
三、考务人员不得离开考点外出就餐，不得将食品带入考场。
四、用餐后保温桶清点集中，由配送人员当日收回。
请各考点于4月15日前将考务人员人数报县人事考试中心，联系电话：0831-6679022。
缡溪县人事考试中心
2025年4月9日
""",
    ),
    dict(
        slug="tender-jinchuan-lunch-bucket-procurement",
        site="衿川县公共资源交易网 (invented)",
        style="招投标网",
        genre="招标公告",
        kind="notice",
        form="html",
        source="https://ggzy.jinchuan.example.cn/jyxx/zfcg/cggg/20250319/88416.html",
        title="衿川县农村学校学生营养餐保温桶采购项目公开招标公告",
        record_title="【政府采购·货物】衿川县农村学校学生营养餐保温桶采购项目公开招标公告 - 衿川县公共资源交易网",
        date="2025-03-18",
        date_also=["2025-03-19"],
        notes="a tender portal: a countdown, an attachment download link, CA and trading-system lines beside the "
        "purchaser's and agency's own contacts; lots table; 'download the tender documents' kept as content; the "
        "portal's posting date differs from the notice's date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>【政府采购·货物】衿川县农村学校学生营养餐保温桶采购项目公开招标公告 - 衿川县公共资源交易网</title>
<script src="/js/countdown.js"></script></head><body>
<div class="top">⟦m 衿川县公共资源交易网⟧　<a>⟦a 投标人登录⟧</a>　<a>⟦a 专家登录⟧</a></div>
<ul class="nav"><li>⟦m 交易信息⟧</li><li>⟦m 政府采购⟧</li><li>⟦m 工程建设⟧</li><li>⟦m 办事指南⟧</li></ul>
<div class="path">⟦m 交易信息 ＞ 政府采购 ＞ 采购公告⟧</div>
<div class="ann"><h2>{T}</h2>
<div class="meta">⟦m 信息时间：2025-03-19　阅读次数：602⟧</div>
<div class="cd">⟦m 距投标截止还剩：20天14时06分⟧</div>
<div class="ann-body">
{BODY}
</div>
<div class="ann-file">⟦a 招标文件（衿川营养餐保温桶）.zip　点击下载⟧</div></div>
<div class="svc"><p>⟦m CA数字证书办理：0831-6650888⟧</p><p>⟦m 电子交易系统技术支持：400-0831-112⟧</p></div>
<div class="foot">⟦m 衿川县公共资源交易中心　主办　蜀ICP备19006620号⟧</div>
</body></html>
""",
        body="""
项目编号：JCJY-2025-017
一、项目名称：衿川县农村学校学生营养餐保温桶采购项目
二、采购内容及预算
包号　货物名称　数量　预算金额
1包　不锈钢双层保温桶（12升）　420只　16.8万元
2包　保温桶专用消毒柜　31台　12.4万元
三、投标人资格：具有独立承担民事责任的能力，所投保温桶须符合食品接触用不锈钢相关国家标准。
四、获取招标文件：2025年3月19日至3月25日，在衿川县公共资源交易网免费下载招标文件。
五、投标截止时间：2025年4月9日9时30分。
采购人：衿川县教育局　联系人：钟晓岚　电话：0831-6620377
代理机构：衿川宏正招标代理有限公司　联系人：唐屹　电话：0831-6651209
2025年3月18日
""",
    ),
    dict(
        slug="tender-lanzhou-result-umbrella-stands-pdf",
        site="斓州市政府采购网 (invented)",
        style="招投标网",
        genre="结果公告",
        kind="notice",
        form="text",
        source="http://zfcg.lanzhou.example.gov.cn/cjgg/2025/0708/5531.pdf",
        title="斓州市政务服务中心不锈钢伞架采购项目成交结果公告",
        record_title="斓州市政务服务中心不锈钢伞架采购项目成交结果公告.pdf",
        record_date="2025-07-08",
        date="2025-07-08",
        notes="file-name title; the date from the record (also under the signature); a result table; purchaser and "
        "agency contacts beside the platform's hotline",
        page="""
!m 斓州市政府采购网
!m 首页 > 采购公告 > 结果公告
!t 斓州市政务服务中心不锈钢伞架采购项目成交结果公告.pdf
!a 〔下载PDF〕〔打印〕〔分享〕
{BODY}
!m 政府采购平台服务热线：0734-2200666
!d 本网站公告信息以采购人、代理机构提供的原件为准
""",
        body="""
一、项目编号：LZZW-XJ-2025-041
二、项目名称：斓州市政务服务中心不锈钢伞架采购项目
三、成交信息
供应商名称　成交金额　伞架数量
斓州金盛五金制品有限公司　3.64万元　52套
四、主要成交标的：不锈钢落地伞架（带接水盘及锁扣），单价700元，质保期3年。
五、公告期限：自本公告发布之日起1个工作日。
六、联系方式
采购人：斓州市政务服务中心　联系人：戴知微　电话：0734-2209315
采购代理机构：斓州正衡项目管理有限公司　联系人：向晨　电话：0734-2235071
斓州正衡项目管理有限公司
2025年7月8日
""",
    ),
    dict(
        slug="lawfirm-zhengyan-case-dusty-cat-litter",
        site="衿川正言律师事务所 (invented)",
        style="律所网站",
        genre="案例评析",
        kind="other",
        form="html",
        source="https://www.zhengyanlaw.example.com/anli/2025/1021.html",
        title="网购“无尘”猫砂粉尘超标，消费者能否要求三倍赔偿？",
        record_title="小案大理丨网购“无尘”猫砂粉尘超标，消费者能否要求三倍赔偿？- 衿川正言律师事务所",
        date=None,
        notes="a law firm's case note: a lawyer card, a consult float, a 400 line, a 本文链接 block and a repost "
        "notice; bracketed section heads kept; no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>小案大理丨网购“无尘”猫砂粉尘超标，消费者能否要求三倍赔偿？- 衿川正言律师事务所</title>
<script src="/js/consult-float.js"></script>
</head><body>
<div class="lf-top">⟦m 衿川正言律师事务所　以专业守护公正⟧　⟦m 全国咨询：400-066-3180⟧</div>
<ul class="lf-nav"><li>⟦m 律所简介⟧</li><li>⟦m 专业领域⟧</li><li>⟦m 律师团队⟧</li><li>⟦m 典型案例⟧</li><li>⟦m 联系我们⟧</li></ul>
<div class="lf-path">⟦m 首页 · 典型案例 · 消费维权⟧</div>
<div class="lf-art"><h1>{T}</h1>
<div class="lf-meta">⟦m 撰稿：霍嘉言律师　｜　阅读 1,582⟧</div>
<div class="lf-text">
{BODY}
</div>
<div class="lf-link">⟦m 本文链接：https://www.zhengyanlaw.example.com/anli/2025/1021.html⟧</div>
<div class="lf-copy">⟦d 本所原创文章，转载请联系授权并注明出处⟧</div></div>
<div class="lf-card"><p>⟦m 霍嘉言　专职律师　擅长：消费维权、产品责任⟧</p><p>⟦a 在线预约霍律师⟧</p></div>
<div class="lf-float">⟦w 免费法律咨询　微信：zhengyan_law66⟧</div>
<div class="lf-foot">⟦m 地址：衿川县城南路66号正言大厦8楼　蜀ICP备21055408号⟧</div>
</body></html>
""",
        body="""
【基本案情】
王女士在某网店购买了10袋“无尘除臭”膨润土猫砂，使用后发现粉尘很大，家中的猫连续几天打喷嚏、流眼泪。王女士将猫砂送检，结果显示粉尘含量明显高于商品页面宣称的标准。王女士要求商家退货并赔偿，商家只同意退还未拆封的部分。
【律师分析】
商家在商品页面宣称“无尘”，而实际产品与宣传严重不符，构成虚假宣传，侵害了消费者的知情权和公平交易权。根据消费者权益保护法的规定，经营者提供商品有欺诈行为的，消费者可以要求增加赔偿，增加赔偿的金额为商品价款的三倍，不足五百元的按五百元计算。
【律师提示】
购买猫砂等宠物用品时，请保存好商品页面截图、聊天记录和付款凭证；发现问题后先与商家协商，协商不成的，可以向市场监管部门投诉或者向法院起诉。
""",
    ),
    dict(
        slug="lawfirm-heyan-answer-roly-poly-bell-swallowed",
        site="禾言律师事务所 (invented)",
        style="律所网站",
        genre="法律问答",
        kind="other",
        form="text",
        source="http://www.heyan-law.example.com/pufa/2025/0902/77.html",
        title="孩子误吞不倒翁脱落的小铃铛，谁来担责？",
        record_title="【护童法律课】孩子误吞不倒翁脱落的小铃铛，谁来担责？｜禾言律所",
        date="2025-09-02",
        notes="a law firm's Q&A-style article: the byline's 发布时间 is the page's date; a consult hotline and a "
        "lawyer's WeChat, a disclaimer",
        page="""
!m 禾言律师事务所　|　普法园地
!t 【护童法律课】孩子误吞不倒翁脱落的小铃铛，谁来担责？｜禾言律所
!m 发布时间：2025-09-02　供稿：家事与未成年人业务部
{BODY}
!w 遇到类似问题？禾言律所免费初步咨询：0819-3381266，微信 heyan_lawyer
!d 本文仅为普法交流，不构成对具体案件的法律意见
!l 延伸阅读：儿童玩具“三无”产品如何维权　孩子在游乐场受伤谁负责
""",
        indent="\u3000\u3000",
        body="""
问：我家孩子两岁半，玩网购的塑料不倒翁时，不倒翁头顶的小铃铛脱落，孩子误吞后住院治疗。商家说是孩子自己咬下来的，不愿赔偿。我们能要求赔偿吗？
答：可以。根据国家强制性标准，供36个月以下儿童使用的玩具不得含有可被吞咽的小零件，零件须经过拉力测试不脱落。商品详情页如果标注适用年龄为“1岁以上”，商家就应保证玩具符合上述要求。
不倒翁的铃铛容易脱落，说明产品存在缺陷。根据民法典和产品质量法的规定，因产品缺陷造成他人损害的，被侵权人可以向生产者请求赔偿，也可以向销售者请求赔偿，医疗费、护理费、交通费等都在赔偿范围内。
建议您保留玩具实物、购买记录和病历，先与商家协商，协商不成可向法院起诉。
""",
    ),
    dict(
        slug="community-ruyuan-notice-umbrella-stands-rainy",
        site="襦园社区网 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://ruyuan.tianyuan-sq.example.cn/tzgg/2025/0605/62.html",
        title="关于社区便民伞架启用的通知",
        record_title="【社区提醒·雨季】关于社区便民伞架启用的通知｜襦园社区居委会",
        date="2025-06-05",
        notes="a residents' site: a weather line, a grid member's box with a mobile number, a property repair line "
        "beside the community's own 咨询电话 in the body; a 1. 2. 3. list",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>【社区提醒·雨季】关于社区便民伞架启用的通知｜襦园社区居委会</title>
<script src="/js/weather.js"></script></head><body>
<div class="sq-top">⟦m 畋原区襦园社区⟧　⟦m 今日天气：中雨转阵雨 21~26℃ 出门记得带伞⟧</div>
<ul class="sq-nav"><li>⟦m 社区首页⟧</li><li>⟦m 通知公告⟧</li><li>⟦m 便民服务⟧</li><li>⟦m 邻里活动⟧</li></ul>
<div class="sq-path">⟦m 社区首页 > 通知公告⟧</div>
<div class="sq-art"><h2>{T}</h2>
<div class="sq-meta">⟦m 发布者：襦园社区　浏览 486⟧</div>
<div class="sq-txt">
{BODY}
</div></div>
<div class="sq-grid"><h4>⟦m 我的网格员⟧</h4><p>⟦m 第三网格　柯蔓　手机 152 0734 6619⟧</p></div>
<div class="sq-wy">⟦m 物业24小时报修：0734-5270999⟧</div>
<div class="sq-foot">⟦m 襦园社区居委会　地址：畋原区襦园路37号⟧</div>
</body></html>
""",
        body="""
各位居民朋友：
入汛以来雨水较多，为方便大家雨天出行，社区在党群服务中心门口和1号楼至6号楼单元门厅各设置了一个便民伞架，共投放爱心雨伞80把，即日起启用。
1.借伞无需押金，用后请在3天内归还到任意一处伞架。
2.伞架旁放有伞套，湿伞请套好后再进入电梯，防止地面湿滑。
3.发现伞架损坏或雨伞不足的，请联系社区。
咨询电话：0734-5273316（社区居委会，工作日8:30—17:30）
襦园社区居民委员会
2025年6月5日
""",
    ),
]

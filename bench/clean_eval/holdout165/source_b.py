"""holdout165, part B: paper cups (纸杯). Invented text; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="qa-wenba-papercup-office-answer-html",
        site="问吧 (invented)",
        style="问答社区",
        genre="回答",
        kind="answer",
        form="html",
        source="https://www.wenba-qa.com/question/88120457.html",
        title="单位会议室一次性纸杯怎么减少浪费？",
        record_title=None,
        date="2025-04-02",
        notes="question as the title; 回答于 line is the date; vote bar, related questions",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>单位会议室一次性纸杯怎么减少浪费？ - 问吧</title>
<script src="/s/qa.js"></script></head><body>
<div class="hd">⟦m 问吧 · 有问题就问吧⟧ <a>⟦a 提问⟧</a> <a>⟦a 登录/注册⟧</a></div>
<div class="q"><h1>{T}</h1><p>⟦m 提问者：行政小周　｜　浏览 1.3万　｜　3个回答⟧</p></div>
<div class="ans"><div class="who">⟦m 最佳答案　后勤老邢　回答于 2025-04-02⟧</div>
{BODY}
<div class="vote">⟦l 赞同 286　　反对 4　　评论 12　　分享⟧</div></div>
<div class="rel"><h3>⟦l 相关问题⟧</h3><ul><li>⟦l 公司茶水间用什么杯子好？⟧</li><li>⟦l 会议用水怎样更环保？⟧</li></ul></div>
<div class="ft">⟦d 问吧用户回答仅代表个人观点⟧　⟦m 京ICP证0812276号⟧</div>
</body></html>
""",
        body="""
我们单位去年做过一次，纸杯用量从每月四千多只降到九百只左右，说几条实用的。
1. 会议室只放瓷杯和茶托，纸杯收进柜子，来访客人需要时再拿。
2. 内部例会提前通知大家自带水杯，会议通知里加一句话就行。
3. 每个纸杯旁放一支记号笔，让人在杯子上写名字，一场会用一个杯子。
4. 后勤每月公布一次用量，降下来的部门在月度通报里表扬。
""",
    ),
    dict(
        slug="anthology-gengyun-papercup-memoir",
        site="耕云文存 (invented)",
        style="个人文集",
        genre="随笔",
        kind="essay",
        form="text",
        source="https://gengyun-wencun.net/vol2/053.html",
        title="纸杯厂的那些年",
        record_title="《耕云文存》卷二·第53篇｜纸杯厂的那些年",
        date=None,
        notes="personal collection chapter; a 写于 year is no date; chapter navigation",
        page="""
!m 耕云文存　·　一位退休车间主任的回忆
!l 目录　｜　上一篇：学徒第一天　｜　下一篇：搬厂记
!t 《耕云文存》卷二·第53篇｜纸杯厂的那些年
{BODY}
!l 上一篇：学徒第一天　　下一篇：搬厂记
!m 本文字数：486　　阅读：212
!d 文集内容为作者原创，转载请联系作者。
""",
        indent="\u3000\u3000",
        body="""
一九九八年，我从县造纸厂调到新办的纸杯车间，全车间只有两台半自动成型机，十一个工人。
那时候纸杯还是稀罕物，县里只有邮局、银行和几家宾馆用，我们每天最多做一万只，还常常因为杯底漏水返工。
后来换了全自动机，淋膜纸也从外省进，产量一年翻一番。最忙的时候，三班倒，车间里的纸屑扫起来一天能装满一拖拉机。
如今厂子早已搬到园区，我偶尔路过老厂房，还能想起机器吱吱呀呀的声音。
写于二〇一九年冬
""",
    ),
    dict(
        slug="dangjian-papercup-branch-plastic-reduction-html",
        site="禾湾党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://www.hewan-dj.cn/zbfc/2025/0618/4471.html",
        title="在机关支部“无纸杯会议”主题党日活动上的讲话",
        record_title="【支部风采】在机关支部“无纸杯会议”主题党日活动上的讲话 - 禾湾党建网",
        date="2025-06-17",
        date_also=["2025-06-18"],
        notes="date under the speech title; speaker line neutral; Party portal template",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【支部风采】在机关支部“无纸杯会议”主题党日活动上的讲话 - 禾湾党建网</title></head><body>
<div class="banner">⟦m 禾湾党建网　不忘初心　牢记使命⟧</div>
<nav>⟦m 首页⟧ ⟦m 党建要闻⟧ ⟦m 支部风采⟧ ⟦m 学习园地⟧</nav>
<div class="loc">⟦m 当前：首页 / 支部风采⟧</div>
<div class="c"><h2>{T}</h2>
<p class="meta">⟦m 发布：2025-06-18　来源：县机关事务中心党支部⟧</p>
<p>支部书记　韩启明</p>
<p>（2025年6月17日）</p>
{BODY}
</div>
<div class="ed">⟦m 编辑：宋晓彤　审核：梁岳⟧</div>
<div class="more">⟦l 更多支部风采>>⟧</div>
<footer>⟦m 中共禾湾县委组织部主办⟧　⟦m 浙ICP备13029901号⟧</footer>
</body></html>
""",
        body="""
同志们：
今天这次主题党日，我们只做一件小事：从今天起，支部开会不再摆一次性纸杯。
去年我们机关一年用掉纸杯近两万只，算下来是一笔不小的开支，也产生了不少垃圾。党员干部带头自带水杯，是落实过紧日子要求的具体行动。
希望每名党员把自己的杯子带到会场，也带动身边同事一起做。
""",
    ),
    dict(
        slug="hospital-qianshan-papercup-infection-control",
        site="芊山县人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.qsxrmyy.com/news/hlbm/2025/0310/1552.html",
        title="关于门诊候诊区饮水纸杯管理的规定",
        record_title="关于门诊候诊区饮水纸杯管理的规定",
        date="2025-03-10",
        record_date="2025-03-10",
        notes="hospital site; department's own phone next to the booking hotline chrome",
        page="""
!m 芊山县人民医院　二级甲等综合医院
!m 预约挂号：0575-8812120（24小时）
!m 首页 > 新闻中心 > 院务公开
{T}
!m 发布时间：2025-03-10　作者：院感科
{BODY}
!a 【打印】【关闭】
!l 上一条：关于调整夜间急诊收费窗口的通知
!m 地址：芊山县人民路106号　急诊电话：0575-8812999
""",
        body="""
为预防交叉感染，门诊候诊区饮水机一律配备一次性纸杯，现规定如下。
一、纸杯由总务科统一采购，须有食品接触用纸制品的检验合格证明。
二、纸杯应放在带盖杯架内，每日由保洁员补充两次，禁止重复使用回收纸杯。
三、用过的纸杯投入其他垃圾桶，不得与医疗废物混放。
院感科联系电话：0575-8812347。
""",
    ),
    dict(
        slug="university-papercup-lab-survey-html",
        site="青淮学院新闻网 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.qhxy.edu.cn/info/1032/9917.htm",
        title="环境学院学生调研校园纸杯回收情况",
        record_title="环境学院学生调研校园纸杯回收情况-青淮学院新闻网",
        date="2025-11-05",
        notes="university news sub-site; 撰稿/审核 line glued after the last sentence; data table",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>环境学院学生调研校园纸杯回收情况-青淮学院新闻网</title></head><body>
<div class="top">⟦m 青淮学院新闻网⟧ ⟦m 学校主页⟧ ⟦a English⟧</div>
<ul class="nav"><li>⟦m 学院要闻⟧</li><li>⟦m 院系动态⟧</li><li>⟦m 校园文化⟧</li></ul>
<div class="main"><h1>{T}</h1>
<div class="info">⟦m 时间：2025-11-05　来源：环境科学与工程学院　点击：⟧<script>showHits(9917)</script></div>
{BODY}
</div>
<div class="side">⟦l 热点新闻⟧<br>⟦l 我校获批两个省级一流专业⟧<br>⟦l 秋季运动会闭幕⟧</div>
<div class="foot">⟦m 版权所有：青淮学院党委宣传部⟧ ⟦m 地址：青淮市学苑路1号⟧</div>
</body></html>
""",
        body="""
近日，环境科学与工程学院“绿杯行动”实践团对校内六个食堂和咖啡点的纸杯使用与回收情况开展调研。
调研点　日均用量（只）　回收率
第一食堂　1200　8%
图书馆咖啡点　650　31%
学生活动中心　300　12%
实践团建议在各点设置纸杯专用回收箱，并对自带杯的同学给予饮品优惠。⟦m （撰稿：林芮　审核：张立）⟧
""",
    ),
    dict(
        slug="localforum-qianshan-papercup-stall-complaint",
        site="芊山生活论坛 (invented)",
        style="地方论坛",
        genre="帖子",
        kind="post",
        form="text",
        source="http://bbs.qianshanlife.com/forum.php?mod=viewthread&tid=66120",
        title="夜市豆浆摊的纸杯一捏就软，有人管吗",
        record_title="[民生吐槽] 夜市豆浆摊的纸杯一捏就软，有人管吗 - 芊山生活论坛",
        date=None,
        notes="county forum complaint; relative times only; forum junk",
        page="""
!m 芊山生活论坛 » 民生吐槽 » 帖子
!t [民生吐槽] 夜市豆浆摊的纸杯一捏就软，有人管吗
!m 楼主：路过的阿九　　发表于 2小时前　　只看楼主
{BODY}
!l 2#　芊山老街坊：同感，上次还漏了我一手
!l 3#　版主-阿良：已转给市场监管所，请关注后续回复
!a 回帖需要登录，还没有账号？马上注册
!m 芊山生活论坛 Powered by Discuz!
""",
        junk=dict(lines=1, glued=2),
        body="""
这几天晚上去夜市买豆浆，发现好几家摊子用的纸杯特别薄，热豆浆倒进去一捏就软，还有一股怪味。
杯子上什么字都没有，不知道是哪里进的货。
想问问有没有懂的人，这种纸杯能不能装热饮？市场监管所的人会不会来查一查？
""",
    ),
    dict(
        slug="download-ziliaoge-papercup-machine-rules-old-asp",
        site="资料阁下载站 (invented)",
        style="资料下载站",
        genre="制度",
        kind="rules",
        form="html",
        source="http://www.ziliaoge.net/soft/2025/18822.asp",
        title="纸杯成型机操作与维护规程",
        record_title="纸杯成型机操作与维护规程.doc下载",
        date=None,
        notes="old ASP download station: file-info table, mirror links, error report; no date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>纸杯成型机操作与维护规程.doc下载 - 资料阁</title></head>
<body><table width="100%"><tr><td>⟦m 资料阁下载站 www.ziliaoge.net⟧</td><td>⟦a 会员登录⟧ ⟦a 注册⟧</td></tr></table>
<table><tr><td>⟦m 位置：首页 → 企业管理 → 设备制度⟧</td></tr></table>
<table border="1"><tr><td>⟦m 资料名称：纸杯成型机操作与维护规程.doc⟧</td></tr>
<tr><td>⟦m 资料大小：36KB　资料语言：简体中文　授权：免费⟧</td></tr>
<tr><td>⟦m 更新时间：2025-01-08 10:24:17⟧</td></tr></table>
<h3>{T}</h3>
{BODY}
<table><tr><td>⟦a 下载地址：⟧</td><td>⟦a 电信下载⟧</td><td>⟦a 联通下载⟧</td><td>⟦a 备用下载⟧</td></tr></table>
<p>⟦a 下载链接失效？点此报错⟧</p>
<p>⟦d 本站资料均来自互联网，仅供学习研究，请于下载后24小时内删除。⟧</p>
</body></html>
""",
        body="""
一、开机前检查纸料卷筒是否装正，加热器温度设定在280℃至320℃之间。
二、运行中不得将手伸入送纸及成型部位；出现卡纸须先按下急停按钮。
三、每班结束后清除机台纸屑，每周对齿轮和凸轮加注润滑油一次。
四、设备维修必须挂牌上锁，由维修工一人操作、一人监护。
""",
    ),
    dict(
        slug="exam-rsks-papercup-inspector-written-exam",
        site="荇原人事考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.xyrsks.gov.cn/kwgg/2025/0512/2231.html",
        title="2025年荇原县市场监管所食品包装检查员招聘笔试公告",
        record_title="【考务公告】2025年荇原县市场监管所食品包装检查员招聘笔试公告",
        date="2025-05-12",
        notes="exam site; 下载/打印准考证 sentences are body; exam centre's phone beside the site's technical line",
        page="""
!m 荇原人事考试网
!m 技术支持热线：400-618-2233（工作日9:00-17:00）
!m 首页 / 考务公告
{T}
!m 发布日期：2025-05-12　　来源：县人力资源和社会保障局
{BODY}
!l 相关公告：2025年县属事业单位招聘资格复审公告
!d 本网站为公益性网站，考生信息严格保密。
""",
        body="""
一、笔试时间：2025年5月24日上午9:00-11:00。
二、笔试地点：荇原县第一中学（学府路22号）。
三、考生请于5月20日至23日登录本网站下载并打印准考证，凭准考证和身份证参加考试。
四、笔试内容为食品相关产品（纸杯、餐盒等）质量安全基础知识。
考试咨询电话：0578-7236015。
荇原县人力资源和社会保障局
2025年5月12日
""",
    ),
    dict(
        slug="tender-papercup-canteen-procurement-html",
        site="葑阳公共资源交易平台 (invented)",
        style="招投标网",
        genre="招标公告",
        kind="tender",
        form="html",
        source="https://ggzy.fengyang.gov.cn/jyxx/zfcg/2025/77130.html",
        title="葑阳县机关事务中心可降解纸杯采购项目竞争性磋商公告",
        record_title="【采购公告】葑阳县机关事务中心可降解纸杯采购项目竞争性磋商公告",
        date="2025-09-22",
        notes="tender platform; purchaser and agency contacts beside the CA hotline; lot table",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>葑阳县机关事务中心可降解纸杯采购项目竞争性磋商公告</title></head><body>
<div class="hd">⟦m 葑阳县公共资源交易平台⟧ ⟦a 主体登录⟧ ⟦a CA办理⟧</div>
<div class="nav">⟦m 交易信息⟧ ⟦m 政策法规⟧ ⟦m 服务指南⟧</div>
<div class="pos">⟦m 当前位置：交易信息 &gt; 政府采购 &gt; 采购公告⟧</div>
<h1>{T}</h1>
<div class="inf">⟦m 信息时间：2025-09-22　阅读次数：188⟧</div>
{BODY}
<div class="ca">⟦m CA锁办理咨询：0573-8221160⟧</div>
<div class="ft">⟦m 葑阳县公共资源交易中心　版权所有⟧</div>
</body></html>
""",
        body="""
一、项目编号：FY-CG-2025-0913
二、采购内容
包号　品名　数量　最高限价
1　可降解纸杯（250ml）　30万只　4.2万元
2　杯托　2000只　0.6万元
三、供应商须在2025年9月29日前登录本平台下载磋商文件。
四、联系方式
采购人：葑阳县机关事务中心，联系人：程先生，电话：0573-8219056。
代理机构：葑阳诚信招标代理有限公司，联系人：秦女士，电话：0573-8235510。
""",
    ),
    dict(
        slug="lawfirm-papercup-label-law-lecture",
        site="泓正律师事务所 (invented)",
        style="律所网站",
        genre="讲稿",
        kind="lecture",
        form="text",
        source="https://www.hongzheng-law.cn/jiangtang/2025/112.html",
        title="纸杯生产企业常见的标签合规风险",
        record_title="律师讲堂丨纸杯生产企业常见的标签合规风险",
        date="2025-07-15",
        notes="law firm lecture; consult card; 发布于 line is the date",
        page="""
!m 泓正律师事务所　HONGZHENG LAW FIRM
!m 首页 | 律师团队 | 律师讲堂 | 联系我们
{T}
!m 发布于 2025-07-15　作者：冯卓律师
{BODY}
!w 在线咨询：扫码添加律师助理微信，首次咨询免费
!w 咨询热线：400-880-6612
!d 本文仅为一般性法律信息，不构成法律意见。
""",
        body="""
各位企业负责人：
纸杯属于食品接触用纸制品，标签不合规是我们在企业合规审查中最常见的问题。
第一，标签应标明“食品接触用”字样或专用标志，很多小厂只印了“环保纸杯”，这是不够的。
第二，执行标准号要写准确，不能写已经废止的标准。
第三，网上销售时，商品详情页的信息应与实物标签一致，否则可能被认定为虚假宣传。
""",
    ),
    dict(
        slug="community-papercup-volunteer-cleanup-oneline",
        site="荃江街道社区网 (invented)",
        style="社区网站",
        genre="倡议书",
        kind="initiative",
        form="text",
        source="http://www.quanjiang-sq.org/tongzhi/2025/0603.html",
        title="关于社区活动室自带水杯的倡议",
        record_title="【居民须知】关于社区活动室自带水杯的倡议",
        date="2025-06-03",
        notes="the body on one line; property hotline beside the community duty phone",
        page="""
!m 荃江街道·翠屏社区
!m 物业24小时服务热线：0574-8700119
!m 首页 → 社区通知
{T}
{BODY}
!l 上一条：端午节包粽子活动报名　下一条：夏季用电安全提示
!m 翠屏社区居委会　版权所有
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
各位居民朋友：
社区活动室每月举办各类活动二十余场，一次性纸杯用量很大。为减少浪费，我们倡议大家来活动室时自带水杯，社区也会在饮水机旁放置公用玻璃杯并每日消毒。
社区值班电话：0574-8703361。
翠屏社区居委会
2025年6月3日
""",
    ),
]

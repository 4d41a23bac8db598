"""holdout275, part F: 公考论坛, 百科问答, 网盘分享, 搜索快照, 打印页, 邮件转发 (one HTML and one text each).

Invented text (sites, places, people, numbers, URLs); every case written by hand. See
../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="gkforum-shangan-essay-rush-wick-jammer",
        site="上岸驿站公考论坛 (invented, Discuz-style)",
        style="公考论坛",
        genre="申论",
        kind="other",
        form="html",
        source="https://bbs.shanganyz.com/thread-440917-1-1.html",
        title="小灯芯点亮致富路",
        record_title="【申论打卡·第12天】小灯芯点亮致富路（求批改，轻喷）- 申论交流区 - 上岸驿站公考论坛",
        date=None,
        notes="exam forum: jammer-font junk in the post, a reply-to-see prompt, a QQ-group ad, a rating row; posted "
        "5 天前 (no date)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="gbk">
<title>【申论打卡·第12天】小灯芯点亮致富路（求批改，轻喷）- 申论交流区 - 上岸驿站公考论坛</title>
<script src="static/js/forum.js"></script>
</head><body>
<div id="hd">⟦m 上岸驿站公考论坛⟧ ⟦m 今天多写一篇，明天少考一年⟧ <a>⟦a 登录⟧</a> <a>⟦a 注册⟧</a></div>
<div id="pt">⟦m 上岸驿站 › 笔试专区 › 申论交流区⟧</div>
<div class="qun">⟦w 申论批改群：QQ 781260934，进群备注“驿站”⟧</div>
<h1><span id="thread_subject">{T}</span></h1>
<table><tr><td class="pls">⟦m 备考的小邛⟧<br>⟦m 积分 612　上岸值 ★★⟧</td>
<td class="plc"><div class="authi">⟦m 发表于 5 天前 | 只看楼主⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="locked">⟦a 批改意见回复后可见⟧</div>
<div class="rate">⟦l 评分：驿站币 +5 “结构清楚，论据可以再具体”⟧</div></td></tr></table>
<div class="replies"><p>⟦l 沙发　申论老猫：油、芯、罩这个比喻不错⟧</p><p>⟦l 板凳　一战必过：打卡支持⟧</p></div>
<div id="ft">⟦m 上岸驿站公考论坛 ( 湘ICP备19013370号 )⟧</div>
</body></html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=3),
        body="""
在邛溪县邙田镇，有一种草曾经家家户户都离不开：灯芯草。它的草芯点亮过无数个夜晚的油灯，如今又点亮了当地群众的致富路。
小灯芯要点亮，先得有“油”。这个“油”就是产业政策。当地设立专项资金，建起集中晾晒场，让分散的种植户抱团发展。
小灯芯要燃得久，还得有“芯”。这个“芯”就是人才和技术。合作社请来农技专家，改良品种，研发香薰灯芯、工艺灯芯等新产品，让一根草卖出了好价钱。
小灯芯要照得远，更要有“罩”。这个“罩”就是品牌和标准。统一标识、统一质量，才能防止以次充好，守住来之不易的口碑。
一根灯芯虽小，却能照亮一方天地。乡村振兴，正需要这样因地制宜、久久为功的实干精神。
""",
    ),
    dict(
        slug="gkforum-bimiantong-interview-towel-rack-refused-junk",
        site="笔面通公考论坛 (invented)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="text",
        source="http://www.bimiantong.com/bbs/thread-92016.html",
        title="社区免费为老人装毛巾架，老人却拒绝开门，你怎么办？",
        record_title="［面试每日一练］社区免费为老人装毛巾架，老人却拒绝开门，你怎么办？（本人作答，欢迎指正）- 结构化面试 - 笔面通公考论坛",
        date=None,
        notes="exam forum as text: anti-scraping junk as a line and glued after 。; the question restated in the body; "
        "posted 2 小时前 (no date); floors and a course ad",
        page="""
!m 笔面通公考论坛 › 面试专区 › 结构化面试
!t ［面试每日一练］社区免费为老人装毛巾架，老人却拒绝开门，你怎么办？（本人作答，欢迎指正）
!m 作者：社区岗冲冲冲　　发表于 2 小时前　　阅读 297　　回复 6
{BODY}
!l 1楼　面试官老林：第二点可以再展开，讲讲怎么和子女沟通
!l 2楼　楼主：谢谢老师，收到
!a 面试一对一模拟课，限时立减，戳这里了解
!m 笔面通公考论坛　粤ICP备20052816号
""",
        junk=dict(lines=1, glued=2),
        body="""
题目：社区开展适老化改造，免费为独居老人安装毛巾架和扶手，但有位老人拒绝开门，你作为社区工作人员怎么办？
我的作答：老人拒绝开门，多半是担心上当受骗，或者怕麻烦、怕收费。我会从以下几方面做工作。
第一，先找熟人搭桥。通过楼栋长或者老人的子女，说明这是社区的免费服务，并出示工作证和社区公告。
第二，耐心讲清好处。带上已安装好的照片，告诉老人毛巾架装牢了，洗澡时不用弯腰找毛巾，滑倒的风险也小了。
第三，尊重老人的意愿。如果老人仍不同意，不强求，留下联系卡片，过一段时间再上门回访。
最后，我会把这次的情况记录下来，在以后的入户宣传中提前告知，减少老人的顾虑。
""",
    ),
    dict(
        slug="wiki-zhiyuan-entry-hand-drill-h1",
        site="知源百科 (invented)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://baike.zhiyuan.wiki/item/手摇钻/60312",
        title="手摇钻",
        record_title=None,
        date=None,
        notes="encyclopaedia: no record title, the entry name as <h1> and as the body's first words (head match); "
        "edit/discuss/history tabs, an infobox, a contents box, reference markers glued after sentences, a "
        "references list; an update stamp (no date)",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>手摇钻_知源百科</title>
<script src="https://baike.zhiyuan.wiki/static/wiki.js"></script>
</head><body>
<div class="wk-top">⟦m 知源百科⟧ ⟦m 知识有源头⟧ <form><input placeholder="搜索词条"><button>⟦a 进入词条⟧</button></form> <a>⟦a 登录⟧</a></div>
<div class="wk-tabs">⟦a 词条 编辑 讨论 历史版本⟧</div>
<div class="wk-main"><h1>{T}</h1>
<div class="wk-sub">⟦m 手工钻孔工具⟧　⟦a 🔊 读词条⟧</div>
<table class="infobox">
<tr><td>⟦m 中文名：手摇钻⟧</td></tr>
<tr><td>⟦m 外文名：hand drill⟧</td></tr>
<tr><td>⟦m 类　别：手工工具⟧</td></tr>
<tr><td>⟦m 动力来源：人力⟧</td></tr></table>
<div class="toc"><p>⟦l 目录⟧</p><p>⟦l 1 结构⟧</p><p>⟦l 2 用途⟧</p><p>⟦l 3 使用注意⟧</p></div>
<div class="wk-body">
{BODY}
</div>
<div class="refs"><h3>⟦l 参考资料⟧</h3><p>⟦l 1. 《常用手工工具手册》，工具出版社⟧</p><p>⟦l 2. 《中小学劳动课程木工教学指南》⟧</p></div>
<div class="wk-stat">⟦m 浏览次数：10,482　　编辑次数：7次　　最近更新：2 周前⟧</div></div>
<div class="wk-foot">⟦d 词条内容仅供参考，知源百科不对内容的准确性负责⟧<br>⟦m ©2024 知源百科　沪ICP备21027441号⟧</div>
</body></html>
""",
        body="""
手摇钻是一种用手转动摇柄带动钻头旋转的钻孔工具，常用于木工、手工制作和野外作业。⟦l [1]⟧
结构
手摇钻主要由机身、摇柄、大齿轮、小齿轮、钻夹头和握把组成。摇柄带动大齿轮转动，大齿轮再带动与钻夹头相连的小齿轮，传动比一般在三比一左右，因此摇柄转一圈，钻头能转三圈左右。
用途
手摇钻不需要电源，噪声小，便于控制钻孔速度，适合在薄木板、塑料板上打小孔。⟦l [2]⟧土壤调查中使用的手摇土钻则是另一种工具，通过旋转钻杆采集土样。
使用注意
使用时应先定位，再匀速摇动；所用钻头的柄径不宜超过钻夹头的最大夹持直径。
""",
    ),
    dict(
        slug="wiki-zhiyuan-entry-ear-pick-text",
        site="知源百科 (invented)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="https://baike.zhiyuan.wiki/item/耳勺/71206",
        title="耳勺",
        record_title="耳勺_生活用品词条_知源百科",
        date=None,
        notes="encyclopaedia as text: the entry name after its column and site in the record title; the name opens the "
        "body (head match); section headings; an 'edit this section' link glued to a heading; no date",
        page="""
!m 知源百科 › 生活 › 日用品
{T}
!m 日常清洁用具
!a 编辑　｜　讨论　｜　收藏词条
!m 中文名：耳勺　　别名：耳挖、挖耳勺　　材质：金属、竹、塑料
{BODY}
!l 词条标签：日用品　个人护理　传统器物
!m 本词条浏览 8,317 次　　最后修订于 4 天前
!d 医疗相关内容仅供参考，不构成诊疗建议
""",
        body="""
耳勺，又称耳挖、挖耳勺，是用来清理外耳道耵聍的小型日用器具，一端为小勺状，另一端多为柄或簪。
历史⟦a 〔改写此段〕⟧
耳勺在我国使用历史悠久，古代多以金、银、铜、骨制作，常与簪子、牙签等串在一起随身佩带，既实用又可作饰物。
种类
按材质可分为金属耳勺、竹耳勺、塑料耳勺等；按形式可分为普通耳勺、弹簧耳勺、带灯耳勺和可视耳勺。采耳行业还常配合耳镊、鹅毛棒使用。
使用提示
医学界一般认为，耵聍有保护耳道的作用，多数人无需经常掏耳；不当使用耳勺可能损伤外耳道皮肤或鼓膜。
""",
    ),
    dict(
        slug="netdisk-xiazi-plan-ink-bottle-recycling-markers",
        site="匣子网盘 (invented)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="html",
        source="https://pan.xiazi.cc/s/1qLm7Ck2f",
        title="书法教室墨水瓶集中回收处置方案",
        record_title="书法教室墨水瓶集中回收处置方案（定稿）_免费高速下载_匣子网盘",
        date="2024-06-18",
        notes="cloud-drive preview: share header, VIP prompts, page-marker paragraphs ⊘ n/4 ⊘ cutting sentences; "
        "decimal headings 1–4 and 1.1–3.2; 成文日期 under the school's name; a share stamp (no date)",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>书法教室墨水瓶集中回收处置方案（定稿）_免费高速下载_匣子网盘</title>
<script src="https://pan.xiazi.cc/static/preview.js"></script>
</head><body>
<div class="pan-head">⟦m 匣子网盘⟧ <a>⟦a 登录匣子⟧</a> <a>⟦a 开通超级匣⟧</a></div>
<div class="share-info"><p>⟦m 鄹阳二中教务处 分享于 6 天前　｜　有效期：永久⟧</p>
<h2>{T}</h2>
<p>⟦m 文件大小：46.2KB　　文件类型：docx⟧</p>
<p>⟦a 保存到我的匣子⟧ ⟦a 普通下载⟧ ⟦a 超级匣极速下载⟧</p></div>
<div class="pv">
{BODY}
</div>
<div class="pv-end">⟦a 在线预览仅显示前4页，开通超级匣查看原文件⟧</div>
<div class="pan-rec">⟦l 你可能还需要：书法教室管理制度.docx　美术社活动计划.doc⟧</div>
<div class="pan-foot">⟦d 匣子网盘严厉打击侵权和违法信息传播⟧　⟦m 京ICP备20038215号⟧</div>
</body></html>
""",
        p_html='<p class="pv-line">{}</p>',
        pages=dict(fmt="⊘ {n}/4 ⊘", every=80, start=2),
        body="""
1 目的
为规范书法教室废弃墨水瓶的收集和处置，防止墨汁污染下水道，制定本方案。
1.1 适用范围：学校两间书法教室及美术社活动室。
2 回收方式
2.1 每间教室设置带盖回收箱一个，学生将用完的墨水瓶拧紧瓶盖后投入。
2.2 瓶内残留墨汁不得倒入水池，应倒入专用废液桶。
3 处置方式
3.1 塑料瓶和玻璃瓶分开存放，每月由后勤处交给有资质的回收单位。
3.2 完好的玻璃瓶经清洗后留给美术社做手工。
4 责任分工
书法教师负责课堂提醒，班长负责每周检查回收箱，后勤处负责联系回收单位并登记台账。
鄹阳县第二中学
2024年6月18日
""",
    ),
    dict(
        slug="netdisk-yunxia-instruction-soil-hand-drill-wps",
        site="云匣分享 (invented, cloud drive)",
        style="网盘分享",
        genre="作业指导书",
        kind="other",
        form="text",
        source="https://share.yunxia.net/f/9Lp2rT0a",
        title="手摇钻土壤采样作业指导书",
        record_title="手摇钻土壤采样作业指导书.wps",
        date=None,
        notes="cloud-drive share as text: file-name record title; decimal headings and numbered steps; an expiry line and "
        "a share stamp (no date); download and save buttons",
        page="""
!m 云匣分享　|　文件分享
!t 手摇钻土壤采样作业指导书.wps
!m 分享者：土普外业三队　　分享时间：3 周前　　链接 30 天后失效
!a 保存到云匣　　下载（112KB）　　举报
{T}
{BODY}
!a 文档较长，仅预览前2页，下载后查看完整内容
!d 请勿通过云匣分享传播涉密文件
!m 云匣分享 share.yunxia.net
""",
        indent="",
        body="""
1 适用范围
本指导书适用于土壤普查外业调查中使用手摇钻采集耕层和剖面土壤样品。
2 工具准备
2.1 手摇钻一套，钻头长度不少于1.2米；
2.2 土样袋、标签、记号笔、卷尺、手持定位终端各一。
3 操作步骤
3.1 清除样点表面的杂草和落叶，将钻头垂直对准地面。
3.2 双手握住摇柄匀速转动，每钻进20厘米提钻一次，按深度顺序摆放土样。
3.3 取样完成后拍照、记录坐标和深度，土样装袋并贴好标签。
4 注意事项
4.1 遇到石块不得强行下钻，应在3米范围内另选钻孔位置。
4.2 每个样点采样后用清水冲洗钻头，防止串样。
""",
    ),
    dict(
        slug="snapshot-mizhi-notice-temple-lamp-wicks",
        site="觅知搜索快照 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="https://cache.mizhi.com/c?u=http%3A%2F%2Fmzj.zouyang.gov.cn%2Ftzgg%2F2024%2F0126%2F71.html",
        title="关于加强寺庙宫观长明灯消防安全管理的通知",
        record_title="关于加强寺庙宫观长明灯消防安全管理的通知 - 鄹阳县民族宗教事务局（觅知快照）",
        date="2024-01-25",
        date_also=["2024-01-26"],
        notes="snapshot frame: capture banner with highlighted keywords, the cached portal's chrome; 成文日期 in "
        "Chinese numerals; the notice's own 抄送 line; the portal's page date differs",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>关于加强寺庙宫观长明灯消防安全管理的通知 - 鄹阳县民族宗教事务局（觅知快照）</title>
<style>.kw{background:#ff6}</style>
</head><body>
<div class="mz-banner" style="border:1px solid #ccc;background:#f5f5f5">
<p>⟦d 这是觅知搜索对 http://mzj.zouyang.gov.cn/tzgg/2024/0126/71.html 的网页快照，是网页在抓取时的样子⟧</p>
<p>⟦m 快照保存于：6 天前⟧　⟦a 查看当前网页⟧</p>
<p>⟦m 以下关键词已高亮：<span class="kw">长明灯</span> <span class="kw">灯芯</span> <span class="kw">消防</span>⟧</p></div>
<div class="orig">
<div class="mzj-top">⟦m 鄹阳县民族宗教事务局⟧</div>
<div class="mzj-nav">⟦m <a>首页</a> <a>机构职能</a> <a>政策法规</a> <a>通知公告</a> <a>宗教事务</a>⟧</div>
<h2>{T}</h2>
<div class="mzj-info">⟦m 发布日期：2024-01-26　浏览：233⟧</div>
<div class="mzj-text">
{BODY}
</div>
<div class="mzj-foot">⟦m 鄹阳县民族宗教事务局主办　联系电话：0836-7758102⟧</div>
</div>
</body></html>
""",
        body="""
各宗教活动场所：
春节临近，各寺庙宫观香客增多，长明灯、酥油灯点燃数量大幅增加。为防范火灾事故，现就有关事项通知如下：
一、长明灯应放置在不燃材料制作的灯台上，与帐幔、经幡、木质构件保持1米以上距离。
二、灯芯应选用棉质或灯芯草制灯芯，不得使用化纤材料，灯芯露出长度不超过1厘米。
三、各场所夜间须安排专人值守，每两小时巡查一次，发现灯芯结炭、火苗过高及时处理。
四、县消防救援大队将于2月上旬开展联合检查，检查中发现的隐患须立即整改。
鄹阳县民族宗教事务局
二〇二四年一月二十五日
抄送：县消防救援大队，各乡镇人民政府。
""",
    ),
    dict(
        slug="snapshot-souyixia-report-ear-cleaning-shops-text",
        site="搜一下 文本快照 (invented)",
        style="搜索快照",
        genre="调研报告",
        kind="report",
        form="text",
        source="http://txtcache.souyixia.cn/?q=采耳店调研&url=www.yhxiehui.org.cn/dybg/1130.html",
        title="关于城区采耳店经营情况的调研报告",
        record_title="关于城区采耳店经营情况的调研报告（缓存页·纯文本）- 搜一下",
        date="2024-11-28",
        notes="text-only cache: cache header with a capture stamp (no date) and the original URL; the cached site's nav "
        "and footer; 成文日期 under the consumer association",
        page="""
!d 【搜一下 · 纯文本缓存】此页为原网页的文字版本，图片与样式已略去
!m 原网址：www.yhxiehui.org.cn/dybg/1130.html　　缓存时间：昨天 03:12
!a 返回搜索结果　｜　访问原网页
!m 郓湖市消费者协会 ＞ 调查报告
{T}
{BODY}
!m 郓湖市消费者协会　投诉咨询：12315
!m 网站地图　｜　联系我们
""",
        indent="\u3000\u3000",
        body="""
今年10月，市消费者协会对城区采耳店经营情况开展了专题调研，走访采耳店38家，发放顾客问卷412份。现将调研情况报告如下。
一、基本情况
城区现有专门采耳店61家，较三年前增加了一倍多，顾客以25至40岁人群为主，单次消费多在68元至128元之间。
二、存在问题
一是工具消毒不到位，走访中有11家店的耳勺、耳镊未单独消毒存放；二是夸大宣传，有9家店宣称采耳可以“治疗耳鸣”；三是预付卡消费纠纷较多，问卷中有23%的顾客反映退卡难。
三、建议
建议卫健、市场监管部门加强联合检查，督促店铺公示消毒流程；行业协会制定服务规范；消费者理性办卡，保留消费凭证。
郓湖市消费者协会
2024年11月28日
""",
    ),
    dict(
        slug="print-jiachuan-hotel-bulletin-loose-towel-racks",
        site="郏川宾馆管理有限公司 内网打印视图 (invented)",
        style="打印页",
        genre="通报",
        kind="notice",
        form="html",
        source="http://oa.jcbinguan.com/print.aspx?doc=TB2024-019",
        title="关于客房毛巾架松动隐患排查情况的通报",
        record_title="打印此页 ▹ 关于客房毛巾架松动隐患排查情况的通报 - 郏川宾馆管理公司",
        date="2024-09-10",
        notes="print view calling window.print(): print toolbar, print stamp (no date), a print footer ⊖ 第1页／共1页 ⊖; "
        "numbered findings; 成文日期 under the company's name",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>打印此页 ▹ 关于客房毛巾架松动隐患排查情况的通报 - 郏川宾馆管理公司</title>
<style>@media print{.noprint{display:none}}</style>
<script>window.onload=function(){window.print();}</script>
</head><body>
<div class="noprint">⟦a 🖨 立即打印⟧　⟦a 返回原文⟧　⟦a 页面设置⟧</div>
<div class="print-head">⟦m 郏川宾馆管理有限公司 · 文件打印⟧　⟦m 打印人：前台主管　打印时间：刚刚⟧</div>
<h2 align="center">{T}</h2>
<p align="center">郏宾〔2024〕19号</p>
{BODY}
<div class="print-foot">⟦p ⊖ 第1页／共1页 ⊖⟧</div>
</body></html>
""",
        body="""
各部门：
8月下旬，公司工程部、客房部对宾馆236间客房的卫浴设施进行了隐患排查。现将毛巾架排查情况通报如下。
一、排查发现，共有47间客房的毛巾架存在松动，其中12间的壁座螺丝已锈蚀断裂，随时可能脱落。
二、问题主要集中在三楼、四楼，这两层客房的毛巾架已使用十年以上。
三、对存在脱落风险的12间客房，已暂停出租，待更换后再开放；其余35间由工程部在9月20日前完成紧固。
四、客房部要把毛巾架是否牢固纳入每日查房内容，发现松动立即报修。
公司将统筹安排资金，年内对全部客房毛巾架进行更换。
郏川宾馆管理有限公司
2024年9月10日
""",
    ),
    dict(
        slug="print-qiongxi-plan-hand-drill-training-wrapped",
        site="邛溪县农业农村局 打印页 (invented)",
        style="打印页",
        genre="方案",
        kind="plan",
        form="text",
        source="http://nyj.qiongxi.gov.cn/print/2024/0507/tzgg_3318.html",
        title="土壤普查外业采样人员手摇钻操作培训方案",
        record_title="〖打印专用稿〗土壤普查外业采样人员手摇钻操作培训方案（精简本）",
        date="2024-05-06",
        notes="print view as text, hard-wrapped at 68 columns: print header with the portal's URL, a print stamp, a "
        "print footer ⋔ 第1页，共1页 ⋔; 成文日期 under the signature",
        page="""
!m 邛溪县农业农村局　—　打印页面
!m 网址：http://nyj.qiongxi.gov.cn/tzgg/2024/0507/3318.html
!m 打印于：今天 10:41
{T}
{BODY}
!p ⋔ 第1页，共1页 ⋔
""",
        wrap=68,
        indent="\u3000\u3000",
        body="""
为提高第三次土壤普查外业采样质量，县土壤普查办公室决定对全县外业采样人员开展手摇钻操作培训。现制定方案如下。
一、培训对象
各外业调查队队长、采样员，共计48人。
二、培训时间和地点
5月14日至15日，理论课在县农业农村局三楼会议室，实操课在邙田镇试验田。
三、培训内容
（一）手摇钻的组装、校直和日常保养；
（二）耕层样和剖面样的采集方法，分层取土和防止串样的要点；
（三）样品装袋、标签填写和信息上传。
四、有关要求
各调查队自带手摇钻一套，实操课结束后进行考核，考核合格方可上岗采样。
邛溪县土壤普查办公室
2024年5月6日
""",
    ),
    dict(
        slug="mail-yunhu-shiyan-letter-ink-bottles-attachment-bar",
        site="郓湖实验中学 邮箱网页版 (invented webmail)",
        style="邮件转发",
        genre="函",
        kind="other",
        form="html",
        source="https://mail.yhsyzx.cn/read?mid=ZC0821-004417",
        title="关于定制书法课用小瓶墨汁的函",
        record_title="Fwd: 〔请阅〕关于定制书法课用小瓶墨汁的函",
        date="2024-08-20",
        date_also=["2024-08-21"],
        notes="webmail reading view: forwarded header with 抄送, an attachment bar beside the letter's own 附件 line, the "
        "letter's own 抄送 line and contact/mailbox; mail send date differs from 成文日期",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>Fwd: 〔请阅〕关于定制书法课用小瓶墨汁的函 - 郓湖实验中学邮箱</title>
<script src="/webmail/js/reader.js"></script>
</head><body>
<div class="wm-top">⟦m 郓湖实验中学 · 校园邮箱⟧　⟦m zongwu@yhsyzx.cn⟧　<a>⟦a 退出⟧</a></div>
<div class="wm-left">⟦m 收件箱(12) 星标邮件 草稿箱 已发送 已删除⟧</div>
<div class="wm-tools">⟦a 回复 全部回复 转发 删除 标记为 移动到⟧</div>
<div class="wm-head">
<h3>{T}</h3>
<p>⟦m 发件人：沈清秋 &lt;sqq@yhsyzx.cn&gt;⟧</p>
<p>⟦m 收件人：宋立 &lt;sales@yanchiwenju.com&gt;⟧</p>
<p>⟦m 抄　送：总务处 &lt;zongwu@yhsyzx.cn&gt;⟧</p>
<p>⟦m 时　间：2024年8月21日（周三）上午9:26⟧</p></div>
<div class="wm-body">
<p>⟦m ---------- 转发的邮件 ----------⟧</p>
{BODY}
</div>
<div class="wm-att"><p>⟦a 📎 附件 1 个：墨水瓶瓶身图样.jpg（312KB）　下载　预览　存到网盘⟧</p></div>
<div class="wm-foot">⟦m 郓湖实验中学信息中心　邮箱使用问题请拨 0835-3318600⟧</div>
</body></html>
""",
        body="""
郓湖市砚池文具有限公司：
我校本学期七年级开设书法课，共12个班、560名学生。为保证课堂安全，减少墨汁泼洒，拟向贵公司定制一批小瓶墨汁，具体要求如下：
一、墨水瓶为塑料材质，容量80毫升，瓶口带防漏内塞；
二、瓶身印“郓湖市实验中学书法课专用”字样；
三、数量600瓶，9月5日前送达学校。
请贵公司于8月28日前回复报价及样品。
附件：墨水瓶瓶身图样
联系人：沈清秋　电话：0835-3318627　邮箱：sqq@yhsyzx.cn
郓湖市实验中学
2024年8月20日
抄送：学校总务处
""",
    ),
    dict(
        slug="mail-qiongxi-notice-rush-exports-forwarded-pdf",
        site="邛溪县灯芯草协会 邮件转发 (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mail://dxc-xiehui@qiongxi.cn/inbox/20240403-0915",
        title="关于开展灯芯草制品出口质量抽检的通知",
        record_title="关于开展灯芯草制品出口质量抽检的通知.pdf",
        date="2024-04-02",
        date_also=["2024-04-03"],
        notes="a forwarded mail as text: the attachment's file name as the record title; mail headers with a send date "
        "that differs from the 成文日期; the notice's own 附件, contact, 抄送 and 印发 lines; a forwarder's note",
        page="""
!m 发件人：邛溪县灯芯草协会秘书处 <dxc-xiehui@qiongxi.cn>
!m 发送时间：2024年4月3日 星期三 9:15
!m 收件人：各会员企业
!t 主题：转发：关于开展灯芯草制品出口质量抽检的通知
!a 附件：关于开展灯芯草制品出口质量抽检的通知.pdf（1个）
!w 各位会员：县商务局通知转给大家，请按时自检。有问题打协会电话 0839-6613308。——秘书处
!m -------- 原始邮件 --------
{BODY}
!d 此邮件由邛溪县灯芯草协会邮件群发系统发出，请勿直接回复
""",
        body="""
各灯芯草制品出口企业：
为提升我县灯芯草席、灯芯草枕等出口产品质量，县商务局联合县市场监管局定于4月开展出口质量抽检。现将有关事项通知如下：
一、抽检范围为2023年以来有出口业绩的灯芯草制品企业，共27家。
二、抽检项目包括霉菌、含水率、断芯率和包装标识。
三、各企业须于4月12日前完成自检，并将自检报告报县商务局外贸股。
附件：灯芯草制品出口抽检企业名单
联系人：熊立川，电话：0839-6611725
邛溪县商务局
2024年4月2日
抄送：县市场监管局，各乡镇人民政府。
邛溪县商务局办公室　　2024年4月2日印发
""",
    ),
]

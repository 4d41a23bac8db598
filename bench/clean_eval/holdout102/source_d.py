"""holdout102, part D: Asian elephants (early warning, damage compensation, surveys) and
house numbers (doorplate renewal, naming rules, applications). Invented text."""

CASES = [
    dict(
        slug="news-mengla-elephant-warning-text",
        site="勐岚融媒 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.menglanrm.example.cn/xw/2025/0723/44102.html",
        title="勐岚县亚洲象监测预警系统上半年发布预警信息一万余条",
        record_title="勐岚县亚洲象监测预警系统上半年发布预警信息一万余条_勐岚融媒",
        date="2025-07-23",
        notes="news portal text: the title glued to the news lead, a photo caption between paragraphs, editor line at the end, a 'more news' list",
        page="""
!m 勐岚融媒　首页 > 本地新闻
!m 2025-07-23 17:05　来源：勐岚县融媒体中心　字号：A+ A-
⟦t 勐岚县亚洲象监测预警系统上半年发布预警信息一万余条⟧{BODY}
!m 责任编辑：刀玉香　校对：岩温
!l 更多新闻 >>
!l 勐岚县雨季道路安全提示
!l 县城区新增三处便民停车场
""",
        body="""
记者从县林业和草原局获悉，今年上半年，全县亚洲象监测预警系统共发布预警信息一万零三百余条，未发生一起象群伤人事件。
目前，全县共布设红外相机和智能监测杆二百一十六套，监测员一百零八名，象群出没信息可在几分钟内通过手机短信、村寨广播推送给周边群众。
⟦l 监测员在村寨入口查看象群活动实时画面（资料图）⟧
县林草局提醒，遇到野象要保持安静、迅速撤离，切勿围观、拍照、投喂。
""",
    ),
    dict(
        slug="party-xiaomeng-elephant-lecture-html",
        site="小勐镇党建网 (invented)",
        style="党建网",
        genre="讲稿",
        kind="speech",
        form="html",
        source="http://dj.xiaomeng.example.gov.cn/dkzl/2025/0618/207.html",
        title="守护象群 护佑村民——在监测员党小组专题党课上的讲稿",
        record_title="【专题党课】守护象群 护佑村民——在监测员党小组专题党课上的讲稿",
        date="2025-06-18",
        notes="Party-building page: lecture date under the title, lecturer line neutral, a study-platform banner between paragraphs, 'back' and print row",
        page="""
<html><head><meta charset="utf-8"><title>【专题党课】守护象群 护佑村民——在监测员党小组专题党课上的讲稿</title></head><body>
<div class="hd">⟦m 小勐镇党建网⟧ ⟦m 不忘初心 牢记使命⟧</div>
<div class="nav">⟦m 首页 | 党建动态 | 党课专栏 | 支部风采 | 党员教育⟧</div>
<h1>{T}</h1>
<p class="speaker">镇林业站党支部书记　岩罕</p>
<p class="date">（2025年6月18日）</p>
<div class="text">
{BODY}
</div>
<div class="op">⟦a 【返回】⟧ ⟦a 【打印】⟧</div>
<div class="ft">⟦d 中共小勐镇委员会主办⟧ ⟦m 滇ICP备19002218号-3⟧</div>
</body></html>
""",
        body="""
同志们：
我们党小组的六名党员，都是镇上的亚洲象监测员，每天跟着象群跑几十里山路。
⟦a 学习强国 · 点击进入学习平台⟧
大家记得去年雨季，象群凌晨进了曼帕村，是老党员岩保第一个发现，挨家挨户叫醒了二十多户村民。
当监测员，就是要把“人民至上”落实到每一次预警、每一条短信上。
希望大家继续发扬不怕苦、不怕累的精神，守护好象群，也守护好村民。
""",
    ),
    dict(
        slug="wiki-elephant-compensation-entry-html",
        site="林草百科 (invented)",
        style="百科问答",
        genre="词条",
        kind="other",
        form="html",
        source="https://baike.lincao.example.com/item/yexiangzhaohuo",
        title="野生亚洲象肇事公众责任保险",
        record_title="野生亚洲象肇事公众责任保险_林草百科",
        date=None,
        notes="encyclopaedia entry: edit/cite buttons, an infobox, an example date inside a sentence (no date), a 'contents' box, contributors and last-edit stamp",
        page="""
<html><head><meta charset="utf-8"><title>野生亚洲象肇事公众责任保险_林草百科</title></head><body>
<div class="top">⟦m 林草百科⟧ ⟦a 登录⟧ ⟦a 创建词条⟧</div>
<h1>{T}</h1>
<div class="tools">⟦a 编辑⟧ ⟦a 讨论⟧ ⟦a 收藏⟧ ⟦a 引用⟧</div>
<div class="catalog">⟦l 目录 1 概述 2 赔付范围 3 理赔流程⟧</div>
<div class="para">
{BODY}
</div>
<div class="info">⟦m 词条统计 浏览次数：8876 编辑次数：11次⟧ ⟦m 最近更新：2025-08-03⟧</div>
<div class="ft">⟦d 林草百科内容由用户编辑，仅供参考⟧</div>
</body></html>
""",
        body="""
野生亚洲象肇事公众责任保险，是由地方政府出资向保险公司投保，对野生亚洲象造成的人身伤亡和财产损失给予赔偿的一种政策性保险。
赔付范围一般包括人身伤亡、农作物损失、房屋及附属设施损失和家畜损失。
理赔流程通常为：受损群众报案，林业站和保险公司联合查勘，核定损失后公示，保险公司将赔款直接支付到受损户账户。
例如，某村民于2024年9月10日报案称玉米地被象群踩踏，经查勘核定损失一千六百元，十五个工作日内即获赔付。
""",
    ),
    dict(
        slug="intranet-insurer-elephant-claims-html",
        site="南疆财险勐岚支公司 内网 (invented)",
        style="企业内网",
        genre="通报",
        kind="report",
        form="html",
        source="http://oa.njcx.example.local/portal/doc/33017",
        title="关于2025年上半年野象肇事保险理赔情况的通报",
        record_title="关于2025年上半年野象肇事保险理赔情况的通报",
        date="2025-07-08",
        notes="insurer intranet document view: read counts, a 流转记录, a watermark; a claims table one row a paragraph; 抄送 line kept",
        page="""
<html><head><meta charset="utf-8"><title>公文阅读 - 南疆财险办公平台</title></head><body>
<div class="bar">⟦m 南疆财险办公平台⟧ ⟦m 欢迎您，李蔓⟧ ⟦a 退出⟧</div>
<div class="doc">
<div class="dh">⟦m 文件类型：通报　密级：内部　阅读 58 次⟧</div>
<h2>{T}</h2>
<div class="zw">
{BODY}
</div>
<div class="lz">⟦l 流转记录：理赔部 起草 2025-07-07；分管领导 审核 2025-07-08；各部门 传阅⟧</div>
<div class="btns">⟦a 下载正文⟧ ⟦a 打印⟧ ⟦a 转发⟧</div>
</div>
<div class="wm">⟦d 内部资料 注意保密 李蔓 0708⟧</div>
</body></html>
""",
        body="""
各营销服务部、理赔部：
2025年上半年，支公司共受理野生亚洲象肇事保险报案三百一十二件，已结案二百九十八件，结案率百分之九十五点五。
类别　件数　赔款（万元）
农作物损失　271　86.4
房屋设施损失　29　17.9
人身伤害　2　31.0
下半年各单位要继续落实快速查勘机制，确保报案后四十八小时内完成现场查勘。
南疆财险勐岚支公司
2025年7月8日
抄送：市分公司理赔中心
""",
    ),
    dict(
        slug="localforum-elephant-road-warning-jammer-html",
        site="勐岚生活网论坛 (invented, Discuz-like)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="http://bbs.menglanlife.example.net/thread-90217-1-1.html",
        title="扩散！象群今晚在曼岗路段活动，夜间请绕行",
        record_title="扩散！象群今晚在曼岗路段活动，夜间请绕行 - 勐岚杂谈 - 勐岚生活网",
        date="2025-09-12",
        notes="Discuz-like page with jammer fonts (junk) inside the post; 发表于 line is the page date; replies, signature, stats footer",
        page="""
<html><head><meta charset="gbk"><title>扩散！象群今晚在曼岗路段活动，夜间请绕行 - 勐岚杂谈 - 勐岚生活网</title></head><body>
<div id="hd">⟦m 勐岚生活网⟧ <a>⟦a 设为首页⟧</a> <a>⟦a 手机版⟧</a></div>
<div id="pt">⟦m 勐岚生活网 › 论坛 › 勐岚杂谈 › 查看内容⟧</div>
<table><tr><td class="pls">⟦m 雨林司机阿伟⟧<br>⟦m 积分 2218　帖子 389⟧</td>
<td class="plc"><h1>{T}</h1><div class="authi">⟦m 发表于 2025-9-12 18:44⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="sign">⟦m 跑了十年勐岚到景洪的线，路况问我⟧</div></td></tr></table>
<div class="reply">⟦l 回复 2#　竹楼小院：收到，今晚不出门了⟧</div>
<div class="login">⟦a 您需要登录后才可以回帖 登录 | 立即注册⟧</div>
<div id="ft">⟦m Powered by Discuz! X3.4　GMT+8, 2025-9-13 07:20⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=2),
        body="""
刚从县林草局监测群里看到消息，一群九头的野象今晚在曼岗至南坝路段附近活动，其中有两头小象。
监测员说象群有横穿公路的迹象，晚上八点到早上七点请尽量不要走这段路。
如果必须经过，车速放慢，遇到象群立即停车熄火，不要按喇叭、不要开远光灯、不要下车拍照。
大家帮忙扩散，注意安全。
""",
    ),
    dict(
        slug="wenku-elephant-habitat-survey-pages",
        site="知文文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://www.zhiwen.example.com/doc/77120531.html",
        title="关于亚洲象栖息地保护与村寨发展的调研报告",
        record_title="关于亚洲象栖息地保护与村寨发展的调研报告（word可编辑）",
        date="2025-04-25",
        notes="free preview with page markers 〔n〕 glued at line starts cutting sentences; preview notice and download buttons; 成文日期 at the end",
        page="""
!m 知文文库 — 专业文档分享平台
!t 关于亚洲象栖息地保护与村寨发展的调研报告（word可编辑）
!m 贡献者：林间小路　上传于 2025-05-02　4.6 分　5 页
{BODY}
!a 免费预览已结束，剩余内容请下载后阅读
!a 下载文档　打印　分享
!d 知文文库为用户提供信息存储空间，不对上传内容的准确性负责
""",
        pages=dict(fmt="〔{n}〕", every=110, start=2, glue=True),
        body="""
为了解亚洲象栖息地保护与周边村寨发展的关系，调研组于2025年3月至4月，深入五个乡镇十八个村寨开展调研。
一、基本情况
调研区域内共有亚洲象约六十头，常年活动于保护区及周边集体林地，近三年象群进入村寨、农田的频次明显增加。
二、存在问题
一是人象空间重叠，部分村寨玉米、甘蔗等作物年年受损；二是补偿标准偏低，群众对野象的容忍度下降；三是村寨发展受到保护政策限制，增收渠道较窄。
三、对策建议
建议在保护区外围建设食源地，种植象群喜食的植物，引导象群回归林地；提高补偿标准，探索“保护+旅游”的发展路子。
调研组
2025年4月25日
""",
    ),
    dict(
        slug="community-taoyuan-doorplate-renewal",
        site="桃源里社区网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.taoyuanli.example.com/tz/2025/0811.html",
        title="关于更换辖区门牌标志的通知",
        record_title="【社区公告】关于更换辖区门牌标志的通知",
        date="2025-08-11",
        notes="residents' site: the community's own 联系电话 beside the site's 服务热线; a 'share to neighbours' button glued after a line; a numbered list; comment count",
        page="""
!m 桃源里社区网　你我的家
!m 社区公告 · 2025-08-11 · 阅读 1427
!t 【社区公告】关于更换辖区门牌标志的通知
{BODY}
!l 评论（9）　我也说两句
!m 社区网服务热线：0739-5500123（工作日 9:00-17:00）
!d 桃源里社区网 © 版权所有
""",
        body="""
各位居民：
根据区民政局统一部署，我社区将对辖区内老旧、破损、缺失的门牌进行更换，现将有关事项通知如下：
1. 更换时间：8月18日至9月5日。
2. 更换范围：桃源路、杏花巷、竹林街沿街房屋及各小区楼栋牌、单元牌。⟦a 一键分享给邻居⟧
3. 新门牌由区民政局免费制作安装，任何单位和个人不得收取费用。
4. 安装期间请居民配合施工人员核对门牌号，如有疑问请致电社区居委会0739-5521087。
桃源里社区居民委员会
2025年8月11日
""",
    ),
    dict(
        slug="print-jinglan-doorplate-rules-html",
        site="景澜市民政局 打印页 (invented)",
        style="打印页",
        genre="办法",
        kind="regulation",
        form="html",
        source="http://mzj.jinglan.example.gov.cn/print/20250320_4471.html",
        title="景澜市门牌编制管理办法",
        record_title="打印 - 景澜市门牌编制管理办法",
        date="2025-03-20",
        notes="print template: print stamp, print/close buttons and a print footer page marker; regulation articles speak of 打印/下载 (kept); 成文日期 in a 发布日期 line",
        page="""
<html><head><meta charset="utf-8"><title>打印 - 景澜市门牌编制管理办法</title><style>@media print{.noprint{display:none}}</style></head><body>
<div class="noprint">⟦a 打印本页⟧ ⟦a 关闭窗口⟧</div>
<div class="ph">⟦m 景澜市民政局⟧ ⟦m 打印时间：2025/10/02 14:31⟧</div>
<h2>{T}</h2>
<div class="fb">⟦m 发布日期：2025-03-20⟧</div>
<div class="c">
{BODY}
</div>
<div class="pf">⟦p ——页 1 ／ 共 1——⟧</div>
</body></html>
""",
        body="""
第一条　为规范本市门牌编制管理，方便群众生活和公共服务，制定本办法。
第二条　门牌编号以道路、街巷为基准，按照“东单西双、南单北双”的原则从起点向终点顺序编制。
第三条　新建建筑竣工前，建设单位应当向所在地民政部门申请编制门牌号，民政部门应当在五个工作日内完成编制，并出具门牌证明。
第四条　门牌证明可由申请人登录市政务服务网自行下载打印，与窗口出具的证明具有同等效力。
第五条　任何单位和个人不得擅自设置、涂改、遮挡、损毁门牌。
第六条　本办法自发布之日起施行。
""",
    ),
    dict(
        slug="mail-webmail-doorplate-request-html",
        site="鹤皋区民政局 webmail 转发 (invented)",
        style="邮件转发",
        genre="请示",
        kind="request",
        form="html",
        source="https://mail.hegao.example.gov.cn/read?mid=7731",
        title="关于增编新城路门牌号码的请示",
        record_title="Fw: 关于增编新城路门牌号码的请示.docx",
        date="2025-05-14",
        date_also=["2025-05-15"],
        notes="webmail reader: folder list, mail headers, forward note with a phone, attachment bar; the request's own 联系人 line kept; 成文日期 expected, send date accepted",
        page="""
<html><head><meta charset="utf-8"><title>Fw: 关于增编新城路门牌号码的请示.docx - 政务邮箱</title></head><body>
<div class="left">⟦l 收件箱(12)　草稿箱　已发送　已删除⟧</div>
<div class="mailhd"><p>⟦m 主题：Fw: 关于增编新城路门牌号码的请示.docx⟧</p>
<p>⟦m 发件人：新城街道办 &lt;xincheng@hegao.example.gov.cn&gt;⟧</p><p>⟦m 时间：2025年5月15日 10:26⟧</p>
<p>⟦m 收件人：区民政局区划地名科⟧</p></div>
<div class="note">⟦w 科长您好，请示原文如下，盼复。街道办 易晓芸 18973912250⟧</div>
<div class="mailbody">
{BODY}
</div>
<div class="att">⟦a 附件：关于增编新城路门牌号码的请示.docx (31K)　下载　预览⟧</div>
</body></html>
""",
        body="""
区民政局：
新城路（东段）近两年新建住宅小区两个、商业综合体一个，现有门牌号码已编至188号，无法满足新增建筑的编号需要。
为方便群众办理户籍、快递投递和应急救援，特申请在新城路东段增编门牌号码190号至226号（双号）。
妥否，请批示。
联系人：易晓芸，电话：0731-7721906
新城街道办事处
2025年5月14日
""",
    ),
    dict(
        slug="fanwen-doorplate-cleanup-summary",
        site="第一范文屋 (invented)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.diyifanwen.example.com/zongjie/2025/88214.html",
        title="2025年地名标志和门牌整治工作总结",
        record_title="★2025年地名标志和门牌整治工作总结（热门2篇）",
        date=None,
        notes="范文 site: copy lock notice, a writing-service prompt on a line of its own between paragraphs, 'more in this category', a placeholder signature ××年×月×日 (no date)",
        page="""
!m 第一范文屋 > 工作总结 > 专项工作总结
!t ★2025年地名标志和门牌整治工作总结（热门2篇）
!m 作者：佚名　更新：2025-12-08　热度：1982℃
!a 本站内容已开启复制保护，登录会员可一键复制全文
{BODY}
!l 专项工作总结栏目更多文章
!l 2025年地名普查成果转化工作总结
!d 版权声明：本文为网友投稿，仅供参考学习
""",
        body="""
今年以来，我局按照“应设尽设、规范统一”的要求，扎实开展地名标志和门牌整治工作。
一是摸清底数。对全县城区和集镇的门牌进行拉网式排查，登记缺失、破损、错误门牌二千一百余块。
⟦w 材料写不出来？专业写手一对一代笔，QQ：3397105522⟧
二是集中整治。更换新门牌一千八百块，纠正重号、跳号门牌二百余处，新设路牌八十六块。
三是建立台账。将门牌信息录入地名信息库，实现“一牌一码”管理。
××县民政局
××年×月×日
""",
    ),
    dict(
        slug="netdisk-doorplate-plan-preview-html",
        site="蓝匣网盘 (invented)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="html",
        source="https://lanxia.example.com/s/7pQ21vZ",
        title="乡村门牌地址标准化建设实施方案",
        record_title=None,
        date="2025-02-17",
        notes="cloud-drive WPS-style preview: the title missing from the record and found as the preview heading; file-info bar, save/download buttons, a login-to-see-all prompt",
        page="""
<html><head><meta charset="utf-8"><title>蓝匣网盘 - 文件分享</title></head><body>
<div class="hd">⟦m 蓝匣网盘⟧ ⟦a 登录⟧ ⟦a 注册⟧</div>
<div class="file">⟦m 乡村门牌实施方案（定稿）.wps　46KB　分享时间：5个月前⟧</div>
<div class="btn">⟦a 保存到网盘⟧ ⟦a 下载(46KB)⟧ ⟦a 举报⟧</div>
<div class="preview">
<h3>{T}</h3>
{BODY}
</div>
<div class="mask">⟦a 登录后可预览全部内容⟧</div>
<div class="ft">⟦d 蓝匣网盘严厉打击侵权与违法内容传播⟧</div>
</body></html>
""",
        body="""
为提升农村地区地址服务水平，方便群众生产生活，决定在全县开展乡村门牌地址标准化建设，制定本方案。
一、建设范围：全县十二个乡镇一百四十六个行政村的农户住房、村级公共服务场所和企业。
二、编码规则：采用“乡镇＋行政村＋自然村＋序号”的地址结构，每户一个标准地址。
三、时间安排：2025年3月至10月完成门牌设置，11月开展检查验收。
四、经费保障：门牌制作安装经费由县财政统筹安排，不向群众收取任何费用。
芦溪县民政局
2025年2月17日
""",
    ),
    dict(
        slug="qa-how-to-apply-doorplate-html",
        site="办事通问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://ask.banshitong.example.com/q/3310927.html",
        title="自建房没有门牌号怎么办理？",
        record_title="自建房没有门牌号怎么办理？_办事通问答",
        date="2025-10-21",
        notes="Q&A answer page: asker and answerer cards, 回答于 date, a 'download the app' bar glued, up/down votes, similar questions",
        page="""
<html><head><meta charset="utf-8"><title>自建房没有门牌号怎么办理？_办事通问答</title></head><body>
<div class="hd">⟦m 办事通问答⟧ ⟦a 下载APP 办事更方便⟧</div>
<h1>{T}</h1>
<div class="ask">⟦m 提问者：农家院子　2025-10-20⟧</div>
<div class="ans">
<div class="who">⟦m 答主：区划地名小助手　认证：民政系统工作人员　回答于 2025-10-21⟧</div>
{BODY}
<div class="vote">⟦a 有用 88 · 没用 1⟧</div>
</div>
<div class="sim">⟦l 相似问题：门牌证明可以网上打印吗？ · 门牌号错了怎么改？⟧</div>
</body></html>
""",
        body="""
农村自建房没有门牌号的，可以这样办理：
1. 携带身份证、宅基地使用权证或不动产权证书，到所在村（社区）提出申请。
2. 村（社区）核实后报乡镇（街道）审核，再由县级民政部门统一编制门牌号。
3. 编制完成后，由乡镇统一安装门牌，申请人可领取门牌证明。
整个过程一般不超过十五个工作日，不收取任何费用。
""",
    ),
]

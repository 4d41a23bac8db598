"""holdout189, part D: 资料下载站, 人事考试网, 招投标网, 律所网站, 社区网站. Invented text; see ../build.py."""

CASES = [
    dict(
        slug="download-biaoge-html-rubberband-form",
        site="表格下载吧 (invented)",
        style="资料下载站",
        genre="表格",
        kind="form",
        form="html",
        source="http://www.biaogexz8.com/soft/20931.html",
        title="橡皮筋来料检验记录表填写说明",
        record_title="橡皮筋来料检验记录表填写说明.doc下载_表格下载吧",
        date=None,
        notes="old gbk table layout, file-info table, three download links, 报错 link; placeholders kept",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"><title>橡皮筋来料检验记录表填写说明.doc下载_表格下载吧</title></head>
<body>
<table width="980" align="center"><tr><td>⟦m 表格下载吧 — 办公表格一站下⟧</td></tr></table>
<table width="980" align="center"><tr><td>⟦m 软件大小：36KB⟧</td><td>⟦m 软件语言：简体中文⟧</td><td>⟦m 授权方式：免费⟧</td></tr></table>
<h1>{T}</h1>
<div class="intro">
{BODY}
</div>
<div class="down">⟦a 电信下载⟧ ⟦a 联通下载⟧ ⟦a 本地高速下载⟧ ⟦a 下载出错？点此报告⟧</div>
<div class="foot">⟦d 本站资源均收集于互联网，如侵犯您的权益请来信⟧ ⟦m 苏ICP备13022861号⟧</div>
</body></html>
""",
        body="""
1. 来料批号按供应商送货单填写，格式为“XP-20××-××××”。
2. 拉伸长度、断裂伸长率两项须实测，每批抽取5根，记录最小值。
3. 外观检查包括粘连、色差、异味三项，合格打“√”，不合格打“×”。
4. 检验员签字后，由质检主管在“____年__月__日”处填写审核日期。
""",
    ),
    dict(
        slug="download-ziliaowu-text-coaster-plan",
        site="资料屋 (invented)",
        style="资料下载站",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.ziliaowu.net/down/fangan/6610.html",
        title="社区老年手工杯垫义卖活动方案",
        record_title="社区老年手工杯垫义卖活动方案 免费下载",
        date=None,
        notes="download site chrome; a plan with no date; 扫码 as content",
        page="""
!m 资料屋 ziliaowu.net
!m 资料类别：活动方案　更新时间：2025-05-30　大小：18K
{T}
!a ▼ 点击进入下载页 ▼
{BODY}
!a 下载地址1　　下载地址2
!l 热门下载：重阳节活动方案　社区义卖主持词
!d 资料屋所有资料来自网友分享，请下载后24小时内删除。
""",
        body="""
一、活动目的：展示老年手工班成果，义卖所得全部捐给社区助老食堂。
二、活动时间：重阳节前一个周六上午。
三、活动安排：老人现场编织演示，居民扫码支付购买杯垫，每枚建议价十元。
四、人员分工：社工二人负责收款登记，志愿者四人负责布展和秩序。
""",
    ),
    dict(
        slug="exam-xuanhu-html-bookend-interview",
        site="翾湖人事考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.xhpta.gov.cn/ksxx/2025/0806/903.html",
        title="翾湖市图书馆2025年公开招聘工作人员面试通知",
        record_title="【考务公告】翾湖市图书馆2025年公开招聘工作人员面试通知",
        date="2025-08-06",
        notes="maintenance banner; exam site's technical line next to document's contact; 打印 as content; timetable",
        page="""
<html><head><meta charset="utf-8"><title>【考务公告】翾湖市图书馆2025年公开招聘工作人员面试通知</title></head>
<body>
<div class="notice-bar">⟦m 系统将于每周日0:00—6:00维护，期间暂停报名⟧</div>
<div class="hd">⟦m 翾湖市人事考试网⟧</div>
<div class="crumb">⟦m 首页 » 考试信息 » 事业单位⟧</div>
<h1>{T}</h1>
<div class="date">⟦m 发布日期：2025-08-06⟧</div>
<div class="con">
{BODY}
</div>
<footer>⟦m 报名技术咨询：0576-8992011⟧ ⟦d 翾湖市人事考试中心　版权所有⟧</footer>
</body></html>
""",
        body="""
根据招聘公告，现将面试有关事项通知如下：
岗位　面试时间　地点
古籍修复　8月16日上午　市图书馆三楼报告厅
阅读推广　8月16日下午　市图书馆三楼报告厅
考生请于8月12日起登录报名系统下载打印面试通知书，面试当天凭通知书和身份证入场。
实操环节将考查图书上架、书立摆放和破损登记，请考生提前熟悉。
咨询电话：0576-8210563（市图书馆办公室）。
""",
    ),
    dict(
        slug="exam-lingxi-text-deskcalendar-rules",
        site="瓴溪县人事考试信息网 (invented)",
        style="人事考试网",
        genre="须知",
        kind="rule",
        form="text",
        source="http://rsks.lingxi.gov.cn/kwzn/221.html",
        title="笔试考场桌面物品管理须知",
        record_title="笔试考场桌面物品管理须知_瓴溪县人事考试信息网",
        date=None,
        notes="exam rules; no date; technical line footer",
        page="""
!m 瓴溪县人事考试信息网
!m 首页 > 考务指南
{T}
!m 更新时间：2025-04-02　阅读次数：3120
{BODY}
!a 【收藏本页】【打印本页】
!m 网站维护电话：0571-88660901
""",
        body="""
一、考生桌面只允许放置准考证、身份证、黑色签字笔和2B铅笔。
二、考场内原有的台历、笔筒、桌牌等物品，由考务人员在开考前清理出场。
三、考生携带的计算器、橡皮擦须经监考员检查，不得带有文字。
四、违反以上规定的，按考试违纪处理。
""",
    ),
    dict(
        slug="bid-lingcheng-html-shoerack-result",
        site="瓴城区公共资源交易网 (invented)",
        style="招投标网",
        genre="公告",
        kind="announcement",
        form="html",
        source="https://ggzy.lingcheng.gov.cn/jyxx/zfcg/zbgg/20250922/6021.html",
        title="瓴城区第二中学宿舍鞋架采购项目中标结果公告",
        record_title="【采购公告】瓴城区第二中学宿舍鞋架采购项目中标结果公告",
        date="2025-09-22",
        notes="countdown, CA line; purchaser and agency contacts kept beside platform hotline; lot table",
        page="""
<html><head><meta charset="utf-8"><title>【采购公告】瓴城区第二中学宿舍鞋架采购项目中标结果公告</title></head>
<body>
<div class="top">⟦m 瓴城区公共资源交易网⟧ ⟦a CA数字证书办理⟧ ⟦a 交易系统登录⟧</div>
<div class="crumb">⟦m 交易信息 / 政府采购 / 结果公告⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 信息时间：2025-09-22　阅读：88⟧</div>
<div class="cd">⟦m 公示期剩余：0天23小时⟧</div>
<div class="body">
{BODY}
</div>
<footer>⟦m 平台服务热线：400-611-7006⟧ ⟦d 本网站由瓴城区公共资源交易中心主办⟧</footer>
</body></html>
""",
        body="""
一、项目编号：LC2025-ZC-0318
二、中标信息：
包号　品目　中标供应商　中标金额（元）
1　不锈钢鞋架　瓴城恒久家具有限公司　86400
2　壁挂鞋架　翾阳康居金属制品厂　31250
三、公告期限：自本公告发布之日起1个工作日。
四、联系方式：采购人瓴城区第二中学，联系人鲍老师，电话0571-86312205；代理机构瓴城正衡招标代理有限公司，联系人伍工，电话0571-86390117。
""",
    ),
    dict(
        slug="bid-xuanyang-text-deskcalendar-inquiry",
        site="翾阳县政府采购网 (invented)",
        style="招投标网",
        genre="公告",
        kind="announcement",
        form="text",
        source="http://zfcg.xuanyang.gov.cn/cggg/xjgg/2025/1015/1877.html",
        title="翾阳县气象局2026年气象科普台历印制询价公告",
        record_title="翾阳县气象局2026年气象科普台历印制询价公告 - 翾阳县政府采购网",
        date="2025-10-15",
        notes="download of inquiry file as content; 成文日期",
        page="""
!m 翾阳县政府采购网
!m 位置：采购公告 > 询价公告
{T}
!m 公告时间：2025-10-15 09:00
{BODY}
!a 附件下载需登录供应商账号
!m CA锁技术支持：400-880-1170
!l 上一条：县档案馆密集架采购询价公告
""",
        body="""
一、采购内容：气象科普台历3000本，每月配一条节气气象知识。
二、最高限价：每本18元。
三、报价截止时间：2025年10月22日17时。
四、询价文件请在本网站公告页面下载，报价单须加盖公章。
采购人联系人：冉青，电话：0576-8612340。
翾阳县气象局
2025年10月15日
""",
    ),
    dict(
        slug="law-hengjian-html-rubberband-injury",
        site="衡鉴律师事务所 (invented)",
        style="律所网站",
        genre="普法",
        kind="article",
        form="html",
        source="https://www.hengjianlaw.cn/pufa/2025/388.html",
        title="课间弹橡皮筋致同学眼伤，责任谁来担",
        record_title="律所讲堂丨课间弹橡皮筋致同学眼伤，责任谁来担",
        date=None,
        notes="law firm with consult float; article without date; decimal headings",
        page="""
<html><head><meta charset="utf-8"><title>律所讲堂丨课间弹橡皮筋致同学眼伤，责任谁来担</title></head>
<body>
<div class="hd">⟦m 衡鉴律师事务所⟧ ⟦m 专注教育与侵权纠纷⟧</div>
<nav>⟦m 首页 律师团队 业务领域 律所讲堂 联系我们⟧</nav>
<h1>{T}</h1>
<div class="author">⟦m 撰文：卫岚律师 | 阅读 906⟧</div>
<div class="post">
{BODY}
</div>
<div class="float">⟦w 免费法律咨询 400-602-3311⟧ ⟦a 在线留言⟧</div>
<footer>⟦d 本文仅供普法参考，不构成法律意见⟧</footer>
</body></html>
""",
        body="""
1. 基本案情：小学生甲课间用橡皮筋弹纸团，击中同学乙左眼，致角膜挫伤。
2. 责任分析
2.1 甲系限制民事行为能力人，其监护人应承担侵权责任。
2.2 学校未尽到管理职责的，承担相应的补充责任。
3. 律师提示：家长应教育孩子不用橡皮筋弹射物品，学校应加强课间巡查。
""",
    ),
    dict(
        slug="law-zhengyan-text-coaster-template",
        site="正言法律网 (invented)",
        style="律所网站",
        genre="律师函",
        kind="template",
        form="text",
        source="https://www.zhengyanlaw.com/fanben/4412.html",
        title="外观设计侵权律师函（杯垫类产品）",
        record_title="律所范本丨外观设计侵权律师函（杯垫类产品）",
        date=None,
        notes="template with ××× and 20××年×月×日 placeholders; no date",
        page="""
!m 正言法律网 · 律所范本库
{T}
!m 适用：知识产权　下载：412次
!a 复制范本　下载Word
{BODY}
!w 定制律师函，正言律师一对一：0571-86005566
!d 范本仅供参考，请根据实际情况修改。
""",
        body="""
×××有限公司：
本所受×××工艺品有限公司委托，就贵司销售的“竹韵”系列杯垫侵犯委托人外观设计专利权一事，致函如下：
一、委托人系专利号ZL20××3××××××.×外观设计专利的权利人。
二、贵司自20××年×月起在网店销售的杯垫与该外观设计构成近似。
请贵司于收函后七日内停止销售并下架相关产品。
××律师事务所
律师：×××
20××年×月×日
""",
    ),
    dict(
        slug="community-taoli-html-shoerack-corridor",
        site="桃李社区网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="http://taoli.huichuan-jd.cn/sqgg/2025/0612/88.html",
        title="关于清理楼道鞋架杂物的通知",
        record_title="【社区公告】关于清理楼道鞋架杂物的通知",
        date="2025-06-12",
        notes="residents' site with grid box and weather; community phone beside property line",
        page="""
<html><head><meta charset="utf-8"><title>【社区公告】关于清理楼道鞋架杂物的通知</title></head>
<body>
<div class="hd">⟦m 翙川县桃李社区⟧ ⟦m 今日 晴 27℃⟧</div>
<nav>⟦m 社区首页 | 社区公告 | 网格服务 | 办事指南⟧</nav>
<h1>{T}</h1>
<div class="content">
{BODY}
</div>
<div class="grid">⟦l 我的网格员：第3网格 汤晓 ⟧</div>
<div class="wy">⟦m 物业报修：0577-8866 5120⟧</div>
<footer>⟦d 桃李社区居委会　技术支持：翙川智慧社区平台⟧</footer>
</body></html>
""",
        body="""
各位居民：
为迎接消防安全检查，社区定于6月20日至22日集中清理楼道鞋架、纸箱等杂物。
请各户在6月19日前将楼道内的鞋架搬回家中，逾期未清理的由社区统一暂存。
如需帮助搬运，请拨打社区值班电话：0577-88612033。
桃李社区居委会
2025年6月12日
""",
    ),
    dict(
        slug="community-xiangyang-text-bookend-library",
        site="向阳里社区 (invented)",
        style="社区网站",
        genre="倡议书",
        kind="proposal",
        form="text",
        source="http://www.xiangyangli-sq.cn/news/show.asp?id=617",
        title="向阳里“楼道书角”图书捐赠倡议书",
        record_title="向阳里“楼道书角”图书捐赠倡议书-向阳里社区",
        date="2025-04-23",
        notes="initiative on 读书日; chrome between paragraphs; signature date",
        page="""
!m 向阳里社区门户
!m 首页 > 社区动态 > 倡议
{T}
!m 点击：207
{BODY}
!l 【上一篇】社区春季义诊活动圆满结束
!l 【下一篇】关于调整垃圾分类投放时间的公告
!m 社区地址：瓴城区向阳路45号
""",
        body="""
亲爱的居民朋友们：
社区将在每栋楼的一楼设置“楼道书角”，配好书架和书立，欢迎大家捐出家中闲置图书。
⟦a 〖字体：大 中 小〗⟧
捐赠图书请送至社区服务站，工作人员登记后统一上架。
让我们一起把楼道变成书香角落。
向阳里社区居委会
2025年4月23日
""",
    ),
]

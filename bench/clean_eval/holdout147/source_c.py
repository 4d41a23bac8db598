"""holdout147, part C: lilac (丁香) nurseries, parks and festivals; invented text throughout."""

CASES = [
    dict(
        slug="company-zixiang-lilac-nursery-recall-html",
        site="紫香苗木有限公司 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.zixiangmm.example.com/news/gsgg/20250410.html",
        title="关于部分批次暴马丁香容器苗退换的公告",
        record_title="【公司公告】关于部分批次暴马丁香容器苗退换的公告 - 紫香苗木",
        date="2025-04-10",
        notes="company site with online-shop button and sales hotline (chrome) beside the after-sales line in the body; a batch table",
        page="""
<html><head><meta charset="utf-8"><title>【公司公告】关于部分批次暴马丁香容器苗退换的公告 - 紫香苗木</title></head>
<body>
<div class="hd">⟦m 紫香苗木 · 北方花木专业供应商⟧ ⟦m 销售热线：400-882-0417⟧ ⟦a 进入网店⟧</div>
<nav>⟦m 首页　关于我们　产品中心　工程案例　新闻中心　联系我们⟧</nav>
<div class="crumbs">⟦m 新闻中心 / 公司公告⟧</div>
<h1>⟦t 【公司公告】关于部分批次暴马丁香容器苗退换的公告⟧</h1>
<div class="date">⟦m 2025-04-10　浏览：733⟧</div>
{BODY}
<div class="pn">⟦l 上一篇：紫香苗木参加春季花木交易会⟧ ⟦l 下一篇：丁香绿篱栽植养护要点⟧</div>
<footer>⟦d Copyright © 2025 紫香苗木有限公司⟧ ⟦m 黑ICP备17004422号⟧</footer>
</body></html>
""",
        body="""
尊敬的客户：
经公司质检部门复查，2025年3月发出的部分批次暴马丁香容器苗存在根系发育不良的问题，可能影响栽植成活率。
涉及批次如下：
批次号　规格　发货日期
BM2503-07　地径3厘米　3月12日
BM2503-11　地径4厘米　3月19日
公司承诺对上述批次苗木免费退换，运费由公司承担。请购买上述批次的客户于4月30日前联系我公司售后服务部。
售后电话：0451-8673 2290，联系人：闫经理。
由此给您带来的不便，我们深表歉意。
紫香苗木有限公司
2025年4月10日
""",
    ),
    dict(
        slug="training-yuanyi-lilac-pruning-course",
        site="园艺匠人培训学校 (invented)",
        style="培训机构",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.yyjiangren.example.com/kecheng/2025/xiujian.html",
        title="丁香等花灌木整形修剪实训课程安排",
        record_title="丁香等花灌木整形修剪实训课程安排（限额30人）",
        date=None,
        notes="training school page: a float box with 400 enrolment line and a course ad; the school's own 报名电话 in the body; a course table; no date",
        page="""
!m 园艺匠人培训学校 — 让手艺成为饭碗
!w 课程咨询 400-690-1573　微信同号
!t 丁香等花灌木整形修剪实训课程安排（限额30人）
{BODY}
!a 立即报名　|　预约试听
!w 添加班主任微信，领取《花灌木修剪图解》电子版
!l 热门课程：草坪建植与养护 · 月季嫁接实操 · 园林植物病虫害识别
""",
        body="""
本课程面向园林养护从业人员和花木爱好者，以丁香、连翘、榆叶梅等北方常见花灌木为对象，讲授整形修剪的原理和实操方法。
课时　内容　地点
第1天上午　花灌木开花习性与修剪时期　教室
第1天下午　丁香花后修剪与疏枝示范　实训基地
第2天全天　学员分组实操与点评　实训基地
学费每人一千二百元，含教材、工具使用费和午餐。
报名电话：0471-5526 083（学校教务处）。
""",
    ),
    dict(
        slug="fanwenapp-bixie-lilac-festival-host",
        site="笔写APP (invented)",
        style="范文APP",
        genre="主持词",
        kind="speech",
        form="text",
        source="https://h5.bixieapp.example.cn/share/art?id=77310452",
        title="第五届丁香文化节开幕式主持词",
        record_title="第五届丁香文化节开幕式主持词｜笔写",
        date=None,
        notes="writing-app H5 share: open-in-app prompt, a VIP-unlock line between paragraphs, template placeholders ×× kept; no date",
        page="""
!a 打开笔写APP，阅读体验更佳
!t 第五届丁香文化节开幕式主持词｜笔写
!m 笔写作者：文案小满　　3.1万人看过
{BODY}
!a 开通笔写VIP，解锁全部10万+篇范文
!l 为你推荐：花卉节闭幕式主持词 ｜ 乡村旅游节开幕词
""",
        body="""
尊敬的各位领导、各位来宾，朋友们：
大家上午好！
五月的××，丁香盛开，满城飘香。在这美好的时节，我们相聚在这里，隆重举行第五届丁香文化节开幕式。
首先，请允许我介绍出席今天开幕式的领导和嘉宾：××、××。
⟦a 剩余60%内容，开通VIP后查看⟧
下面，有请××致开幕辞。
让我们共同祝愿本届丁香文化节圆满成功！
""",
    ),
    dict(
        slug="gkforum-shenlun-lilac-city-flower-essay",
        site="上岸公考论坛 (invented)",
        style="公考论坛",
        genre="心得体会",
        kind="other",
        form="html",
        source="https://bbs.shangan-gk.example.com/thread-90721-1-1.html",
        title="以市花丁香为切口谈城市文化品牌建设",
        record_title="[申论范文] 以市花丁香为切口谈城市文化品牌建设 - 申论交流 - 上岸公考论坛",
        date="2025-06-05",
        notes="Discuz-like exam forum with jammer fonts glued in paragraphs, floor meta, a 发表于 line (page date), a sign-in row and reply box",
        junk=dict(lines=1, glued=2),
        page="""
<html><head><meta charset="utf-8"><title>[申论范文] 以市花丁香为切口谈城市文化品牌建设 - 申论交流 - 上岸公考论坛</title></head>
<body>
<div id="toptb">⟦a 签到领积分⟧ ⟦a 登录⟧ ⟦a 立即注册⟧</div>
<div id="pt">⟦m 上岸公考论坛 › 申论交流 › 范文赏析⟧</div>
<h1>⟦t [申论范文] 以市花丁香为切口谈城市文化品牌建设⟧</h1>
<table class="plhin"><tr><td class="pls">⟦m 楼主 考公第三年 UID 281734 积分 1290⟧</td>
<td class="plc"><div class="pi">⟦m 发表于 2025-6-5 22:14 | 只看该作者⟧</div>
<div class="t_f">
{BODY}
</div></td></tr></table>
<div class="pob">⟦l 回复 引用 收藏 举报⟧</div>
<div id="f_pst">⟦a 您需要登录后才可以回帖 登录 | 立即注册⟧</div>
<div id="ft">⟦m Powered by Discuz! X3.5⟧</div>
</body></html>
""",
        body="""
一座城市的文化品牌，往往从一个具体可感的符号开始。对许多北方城市来说，丁香就是这样的符号。
然而，一些城市虽然把丁香定为市花，却只停留在栽几条花街、办几天花节的层面，文化内涵挖掘不够，品牌影响力有限。
打造城市文化品牌，首先要讲好故事。要梳理丁香与城市历史、文学艺术的渊源，让市花成为市民的共同记忆。
其次要融入生活。把丁香元素融入街区设计、文创产品和公共服务，让市民在日常生活中感受城市气质。
最后要久久为功。文化品牌不是一朝一夕之功，要有长远规划和持续投入，切忌搞运动式、一阵风。
""",
    ),
    dict(
        slug="wiki-baike-lilac-entry",
        site="知农百科 (invented)",
        style="百科问答",
        genre="词条",
        kind="other",
        form="text",
        source="https://baike.zhinong.example.com/item/丁香属/20418",
        title="丁香属",
        record_title="丁香属_知农百科",
        date=None,
        notes="encyclopaedia entry: edit/collect links, contents box, references, a year inside sentences is no date",
        page="""
!m 知农百科 — 农业知识全书
!a 编辑　收藏　分享
{T}
!m 本词条由“知农百科”科学审核　浏览 12,903　更新于 2天前
!l 目录　1 形态特征　2 分布　3 栽培　4 价值
{BODY}
!l 参考资料
!l [1] 北方园林树木栽培手册（第二版）
!l 词条标签：植物　木犀科　观赏花木
""",
        body="""
丁香属是木犀科的一个属，落叶灌木或小乔木，全属约有二十种，我国产十六种左右。
形态特征：叶对生，单叶，稀为复叶；花两性，聚伞花序排列成圆锥花序，花冠紫色、淡紫色或白色，芳香。
分布：主要分布于我国西南、西北、华北和东北地区，朝鲜、日本及欧洲东南部也有分布。
栽培：喜光，稍耐阴，耐寒，耐旱，忌积水；常用播种、扦插、嫁接和分株繁殖。
价值：丁香花序硕大，开花繁茂，花色淡雅，是我国北方重要的园林观赏树种，多个城市将其定为市花。
""",
    ),
    dict(
        slug="netdisk-yunhe-lilac-survey-preview",
        site="云盒网盘 (invented)",
        style="网盘分享",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://pan.yunhe.example.com/s/1kQz8TnV",
        title="莼浦区行道树丁香生长状况调查报告",
        record_title="莼浦区行道树丁香生长状况调查报告.pdf",
        date="2025-09-30",
        notes="cloud-drive preview: share bar, expiry line, save/download buttons; page markers ◖n◗ as HTML paragraphs; a data table",
        pages=dict(fmt="◖{n}◗", every=150, start=2),
        page="""
<html><head><meta charset="utf-8"><title>莼浦区行道树丁香生长状况调查报告.pdf_免费高速下载|云盒网盘</title></head>
<body>
<div class="top">⟦m 云盒网盘⟧ ⟦a 登录⟧ ⟦a 注册⟧</div>
<div class="file">⟦t 莼浦区行道树丁香生长状况调查报告.pdf⟧</div>
<div class="info">⟦m 分享者：园林所小乔　分享时间：3天前　有效期：永久有效⟧</div>
<div class="btns">⟦a 保存到我的网盘⟧ ⟦a 下载（2.1MB）⟧</div>
<div class="preview">
{BODY}
</div>
<div class="tip">⟦a 预览仅显示部分内容，完整文件请下载查看⟧</div>
<div class="foot">⟦d 云盒网盘严禁存储、分享违法违规内容⟧ ⟦m 京ICP证160311号⟧</div>
</body></html>
""",
        body="""
为掌握全区行道树丁香生长状况，区园林绿化管理所于2025年8月至9月组织开展了专项调查，现将有关情况报告如下。
一、调查范围
本次调查覆盖全区十二条道路，共调查行道树丁香二千六百四十株。
二、调查结果
生长状况　株数　占比
良好　1980　75.0%
一般　502　19.0%
较差　158　6.0%
生长较差的主要原因是树穴过小、土壤板结和人为损伤，部分路段还存在天牛危害。
三、建议
对生长较差的植株实施扩穴换土，加强天牛监测防治，在绿化带增设护栏，减少人为损伤。
莼浦区园林绿化管理所
2025年9月30日
""",
    ),
    dict(
        slug="snapshot-sousou-lilac-park-closure",
        site="搜搜快照 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="text",
        source="http://cache.sousou.example.com/c?m=9f3e1a&u=http%3A%2F%2Fwww.xiangyuanpark.example.cn%2Ftz%2F0412.html",
        title="关于丁香园部分区域临时封闭养护的公告",
        record_title="关于丁香园部分区域临时封闭养护的公告",
        date="2025-04-12",
        notes="search-engine cache snapshot: a cache banner with the snapshot time (no date), the original page's breadcrumb and footer; highlighted-keyword notice",
        page="""
!d 这是 http://www.xiangyuanpark.example.cn/tz/0412.html 的快照，是网页在 2025-06-30 04:12:09 的存档。
!d 当前页面可能已更改，请点击这里查看最新页面。以下关键词已高亮：丁香园 封闭
!m 香苑公园管理处 › 公园公告
{T}
{BODY}
!m 香苑公园管理处 版权所有　咨询电话：0431-8650 2277
""",
        body="""
广大游客朋友：
为做好丁香花期前的养护工作，保障花期景观效果，我处定于2025年4月15日至4月25日对丁香园东区进行临时封闭，实施修剪、施肥和病虫害防治作业。
封闭期间，丁香园西区和其他游览区域正常开放，请游客朋友按照现场指示牌绕行。
由此带来的不便，敬请谅解。
香苑公园管理处
2025年4月12日
""",
    ),
    dict(
        slug="print-heyang-lilac-street-rules",
        site="禾阳市城市管理局（打印页） (invented)",
        style="打印页",
        genre="制度",
        kind="other",
        form="text",
        source="http://cgj.heyangcity.example.gov.cn/zcfg/2025/0601/print_881.html",
        title="禾阳市丁香景观街区管理办法",
        record_title="打印预览 - 禾阳市丁香景观街区管理办法",
        date="2025-06-01",
        notes="print view: print time line, page URL, print footer 〔第1页，共1页〕; articles speaking of 扫码/下载 kept",
        page="""
!m 禾阳市城市管理局
!m 打印时间：2025/07/03 15:22
!m 页面地址：http://cgj.heyangcity.example.gov.cn/zcfg/2025/0601/881.html
!t 打印预览 - 禾阳市丁香景观街区管理办法
{BODY}
!a 〔打印本页〕　〔关闭窗口〕
!p 〔第1页，共1页〕
""",
        body="""
第一条　为加强丁香景观街区管理，保护市花景观，制定本办法。
第二条　本办法所称丁香景观街区，是指市人民政府公布的以丁香为主要景观树种的街道和广场。
第三条　禁止在丁香景观街区内攀折花枝、刻划树干、在树木上悬挂物品。
第四条　每株丁香设置电子身份牌，市民可扫码查看树种信息和养护记录，发现损坏可通过“禾阳城管”应用下载上报表格反映。
第五条　违反本办法第三条规定的，由城市管理部门责令改正，造成损失的依法赔偿。
第六条　本办法自2025年6月1日起施行。
""",
    ),
    dict(
        slug="mail-fwd-lilac-seedling-allocation",
        site="紫林街道办事处邮件 (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mailto:office@zilinjd.example.gov.cn",
        title="关于领取春季义务植树丁香苗木的通知",
        record_title="Fwd: 关于领取春季义务植树丁香苗木的通知",
        date="2025-03-06",
        date_also=["2025-03-07"],
        notes="forwarded mail: header lines (发件人/收件人/时间/主题) as chrome, a mail client footer; the notice's own 附件 list and 联系人 kept; the send date differs from the 成文日期",
        page="""
!m -------- 转发的邮件 --------
!m 发件人：紫林街道办事处 <office@zilinjd.example.gov.cn>
!m 发送时间：2025年3月7日(星期五) 上午9:05
!m 收件人：各社区居委会 <sq-all@zilinjd.example.gov.cn>
!t 主题：Fwd: 关于领取春季义务植树丁香苗木的通知
{BODY}
!d 本邮件及其附件含有紫林街道办事处的保密信息，仅限发送给上面地址中列出的个人或群组。
!m 来自 雁翎企业邮箱 移动版
""",
        body="""
各社区居委会：
今年春季义务植树活动定于3月12日举行，街道统一采购了丁香苗木一千二百株，现通知各社区领取。
领取时间：3月10日至11日，每日8:30至17:00。
领取地点：街道园林站苗圃。
各社区要提前安排车辆和人员，领取时核对数量并签字确认。
联系人：滕小禾，电话：0431-8801 5267。
附件：1.各社区苗木分配表
2.植树点位示意图
紫林街道办事处
2025年3月6日
""",
    ),
    dict(
        slug="gov-chaiyuan-lilac-festival-traffic-html",
        site="柴原县人民政府 (invented)",
        style="政府门户",
        genre="通告",
        kind="notice",
        form="html",
        source="http://www.chaiyuan.example.gov.cn/xwzx/tzgg/202505/t20250507_30911.html",
        title="关于丁香节期间部分路段实行交通管制的通告",
        record_title=None,
        date="2025-05-07",
        notes="no record title; county portal with a [ 字体 大 中 小 ] row, visitor count, QR share; detour table; a 发布时间 byline equal to the 成文日期",
        page="""
<html><head><meta charset="utf-8"><title>柴原县人民政府</title></head>
<body>
<div class="top">⟦m 柴原县人民政府门户网站⟧ ⟦a 长者模式⟧ ⟦a 无障碍⟧</div>
<div class="nav">⟦m 首页 政府信息公开 政务服务 政民互动 数据开放⟧</div>
<div class="path">⟦m 首页 &gt; 新闻中心 &gt; 通知公告⟧</div>
<h1>{T}</h1>
<div class="attr">⟦m 发布时间：2025-05-07 17:30　来源：县公安局交警大队　浏览次数：3518⟧ ⟦a [ 字体 大 中 小 ]⟧</div>
{BODY}
<div class="qr">⟦l 扫一扫在手机打开当前页⟧</div>
<div class="ft">⟦m 柴原县人民政府办公室主办⟧ ⟦m 吉公网安备22030202000311号⟧</div>
</body></html>
""",
        body="""
为保障第五届丁香文化节期间道路交通安全畅通，决定对部分路段实行临时交通管制。现通告如下：
一、管制时间：2025年5月10日至5月18日，每日8时至21时。
二、管制路段及绕行线路
管制路段　管制措施　绕行线路
丁香大街（人民路至滨河路）　禁止机动车通行　经文化路绕行
公园北路　禁止大型客车驶入　经环城东路绕行
三、管制期间，持有通行证的公交车、执行任务的警车、消防车、救护车不受限制。
特此通告。
柴原县公安局交通警察大队
2025年5月7日
""",
    ),
]

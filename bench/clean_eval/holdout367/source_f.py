"""holdout367, part F: 打印页, 邮件转发, 资料下载站, 地方论坛. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="print-tingling-homestay-window-limiters-bulletin",
        site="廷岭县文化旅游广电体育局 (invented, print view)",
        style="打印页",
        genre="通报",
        kind="notice",
        form="html",
        source="http://wlgt.tingling.gov.cn/print.jsp?id=20250829_4401",
        title="关于全县民宿客房窗户限位装置检查情况的通报",
        record_title="〘付印稿〙关于全县民宿客房窗户限位装置检查情况的通报－廷岭县文旅广体局",
        date="2025-08-28",
        notes="print view calling window.print(); print and close buttons; a print footer ⯻ 1 / 1 ⯻; a data table one row a paragraph; 成文日期",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〘付印稿〙关于全县民宿客房窗户限位装置检查情况的通报－廷岭县文旅广体局</title>
<style>@media print{.noprint{display:none}}</style>
<script>window.onload=function(){window.print();};</script></head><body>
<div class="noprint">⟦a 〔直接打印〕⟧ ⟦a 〔关闭本窗口〕⟧</div>
<div class="print-head">⟦m 廷岭县文化旅游广电体育局 · 打印版⟧</div>
<h2>{T}</h2>
<p class="pinfo">⟦m 网页地址：wlgt.tingling.gov.cn/art/2025/8/29/art_4401.html⟧</p>
{BODY}
<p class="print-foot">⟦p ⯻ 1 / 1 ⯻⟧</p>
</body></html>
""",
        body="""
各镇（乡）文化站，各民宿经营单位：
为防范游客特别是儿童从客房窗户坠落，8月中旬，我局会同县住建局对全县三层及以上民宿客房的窗户限位装置进行了专项检查，共检查民宿42家、客房613间。现将检查情况通报如下。
一、总体情况
检查发现，大部分民宿已按要求安装窗户限位锁，但仍有部分民宿存在未安装、损坏未修或钥匙随意放置等问题。
二、问题较多的民宿
民宿名称　检查房间数　存在问题房间数
廷口镇云栖小院　18　7
马坪乡山月客栈　14　5
城关镇枕溪民宿　22　4
三、整改要求
存在问题的民宿须于9月10日前整改完毕，整改情况报县文旅广体局市场科。逾期未整改的，将依法责令停业整顿，并取消年度星级评定资格。
廷岭县文化旅游广电体育局
2025年8月28日
""",
    ),
    dict(
        slug="print-liaoyang-theatre-glow-stick-rules",
        site="燎阳大剧院 (invented, text print view)",
        style="打印页",
        genre="规定",
        kind="regulation",
        form="text",
        source="http://www.lydjy.com/guanli/print/0615.html",
        title="演出场所荧光棒及冷光道具管理规定",
        record_title="〔内部制度·打印件〕演出场所荧光棒及冷光道具管理规定·燎阳大剧院",
        date=None,
        notes="text print view: print-time header line (no date), a print footer ⭿ 第1页，共1页 ⭿; 第N条 articles; no date",
        page="""
!a 打印本页　　返回
!m 燎阳大剧院　演出管理部制度汇编
!m 打印时间：2025-06-15 10:47　打印人：舞台部
{T}
{BODY}
!m 本页网址：http://www.lydjy.com/guanli/zd/0615.html
!p ⭿ 第1页，共1页 ⭿
""",
        body="""
第一条　为加强演出场所荧光棒及舞台冷光道具的管理，保障观众和演职人员安全，制定本规定。
第二条　观众自带的荧光棒须为成品封装产品，安检时发现外壳破损、液体渗漏的，予以暂存。
第三条　演出期间，观众不得向舞台、乐池抛掷荧光棒；发现抛掷行为的，场务人员应当及时劝阻。
第四条　舞台部使用的冷光道具应当集中存放于道具库阴凉处，不得与易燃物品混放，领用和归还实行登记。
第五条　散场后，保洁人员应当优先清理观众席散落的荧光棒，破损的按有害垃圾单独收集处理。
第六条　本规定由演出管理部负责解释，自发布之日起施行。
""",
    ),
    dict(
        slug="mail-liaoyang-school-headphone-stand-order-letter",
        site="燎阳市实验中学邮箱 (invented, webmail reading view)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.lysyzx.edu.cn/read?mid=ZC0917-AKx2R",
        title="关于订购语音室耳机架的函",
        record_title="关于订购语音室耳机架的函.docx",
        date="2025-09-15",
        date_also=["2025-09-17"],
        notes="webmail reading view: forwarded header with its own 抄送, an attachment bar beside the letter's own 附件 list and 抄送 line; "
        "the letter's contact; mail date differs from the 成文日期",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于订购语音室耳机架的函.docx - 燎阳市实验中学邮箱</title>
<script src="/webmail/js/read.js"></script></head><body>
<div class="mail-top">⟦m 燎阳市实验中学邮箱　总务处 车云帆⟧ ⟦a 收信⟧ ⟦a 写信⟧ ⟦a 通讯录⟧</div>
<div class="mail-tools">⟦a 回复　回复全部　转发　删除　标记为未读⟧</div>
<div class="mail-head">
<p>⟦m 主　题：转发：关于订购语音室耳机架的函.docx⟧</p>
<p>⟦m 发件人：总务处 车云帆 &lt;zwc@lysyzx.edu.cn&gt;⟧</p>
<p>⟦m 收件人：sales@yinshandigital.com⟧</p>
<p>⟦m 抄　送：jiaowu@lysyzx.edu.cn⟧</p>
<p>⟦m 时　间：2025年9月17日（星期三）上午9:26⟧</p></div>
<div class="mail-body">
<p>⟦m ---------- 转发的邮件 ----------⟧</p>
<p class="t">{T}</p>
{BODY}
</div>
<div class="attach-bar">⟦a 附件（2 个）：订购清单.xlsx（12K）　安装位置示意图.pdf（340K）　全部下载　预览⟧</div>
<div class="mail-ft">⟦d 本邮件可能含有保密信息，如您误收，请删除并通知发件人。⟧</div>
</body></html>
""",
        body="""
燎阳音山数码科技有限公司：
我校新建的两间语音室将于10月投入使用，共有座位96个。经比较，我校拟向贵公司订购YS-H5型桌夹式耳机架96个，并请贵公司负责上门安装。
具体订购数量、安装位置见附件。请贵公司在收到本函后5个工作日内提供报价单和产品检测报告，并确认能否在9月30日前完成供货和安装。
联系人：总务处　车云帆，电话：0716-8847215。
附件：1.订购清单
2.安装位置示意图
燎阳市实验中学
2025年9月15日
抄送：学校教务处
""",
    ),
    dict(
        slug="mail-lunxi-sports-meet-glow-sticks-forwarded",
        site="仑溪县第二小学 (invented, forwarded mail as text)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mailto:bgs@lxdexx.edu.cn?fwd=20251022",
        title="关于运动会闭幕式荧光棒使用安全的提醒",
        record_title="［转发·德育处］关于运动会闭幕式荧光棒使用安全的提醒（请各班主任转发家长群）",
        date="2025-10-20",
        date_also=["2025-10-22"],
        notes="forwarded mail as text: forwarding headers, a signature block and a disclaimer; 转发 as content; mail date differs",
        page="""
!m 发件人: 校办公室 <bgs@lxdexx.edu.cn>
!m 发送时间: 2025年10月22日 16:05
!m 收件人: 全体班主任
!m 主题: ［转发·德育处］关于运动会闭幕式荧光棒使用安全的提醒（请各班主任转发家长群）
!m -------- 原始邮件 --------
{T}
{BODY}
!m --
!m 仑溪县第二小学办公室　电话 0550-7128806
!d 此邮件由学校邮件系统发送，请勿直接回复。
""",
        body="""
各位班主任：
本届校运动会闭幕式将于10月24日傍晚举行，闭幕式上将为每名学生发放一根荧光棒。为确保安全，请各班做好以下提醒：
一、荧光棒由体育组统一采购，均为合格产品。学生不得自带其他发光玩具。
二、请提醒学生不要咬、剪、掰断荧光棒，不要用荧光棒互相打闹。低年级班主任要重点看护。
三、如有液体沾到皮肤或眼睛，立即用清水冲洗，并报告校医室。
四、闭幕式结束后，各班收回荧光棒，统一投放到操场东侧的有害垃圾收集箱。
请各班主任今天将本提醒转发到班级家长群，请家长配合教育。
仑溪县第二小学德育处
2025年10月20日
""",
    ),
    dict(
        slug="download-sudi-wheel-cover-cleaning-procedure-gb2312",
        site="速递资料站 (invented, old gb2312 download station)",
        style="资料下载站",
        genre="操作规程",
        kind="regulation",
        form="html",
        source="http://www.sudiziliao.com/soft/jiaxiao/20931.html",
        title="驾校教练车方向盘套清洁消毒操作规程",
        record_title="驾校教练车方向盘套清洁消毒操作规程［可编辑WORD］本站高速通道_速递资料站",
        date=None,
        notes="old gb2312 download station: file-info table, three mirror links, an unzip password and a dead-link report; numbered steps; "
        "an update stamp is no date",
        page="""
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>驾校教练车方向盘套清洁消毒操作规程［可编辑WORD］本站高速通道_速递资料站</title>
<script language="javascript" src="/js/ads.js"></script>
</head><body>
<table width="980" align="center"><tr><td>⟦m 速递资料站 — 资料多 下载快⟧</td><td align="right">⟦a 设为主页⟧　⟦a 收藏本站⟧</td></tr></table>
<table width="980" align="center" bgcolor="#e8e8e8"><tr><td>⟦m 当前位置：首页 → 行业资料 → 驾校管理 → 资料详情⟧</td></tr></table>
<table width="980" align="center" border="1" cellspacing="0">
<tr><td colspan="2"><b>{T}</b></td></tr>
<tr><td>⟦m 资料大小：18 KB⟧</td><td>⟦m 资料格式：DOC⟧</td></tr>
<tr><td>⟦m 更新时间：2025-03-27⟧</td><td>⟦m 下载次数：1093⟧</td></tr>
<tr><td>⟦m 授权方式：免费资料⟧</td><td>⟦m 运行环境：WinXP/Win7/Win10/WPS⟧</td></tr>
</table>
<table width="980" align="center"><tr><td>
<div class="intro">⟦m 资料简介：⟧</div>
{BODY}
</td></tr></table>
<table width="980" align="center"><tr><td>⟦a 下载地址：【电信高速下载】【联通高速下载】【移动备用下载】⟧</td></tr>
<tr><td>⟦a 解压密码：www.sudiziliao.com⟧</td></tr>
<tr><td>⟦a 如果下载地址失效，请点此报告，我们会尽快修复⟧</td></tr></table>
<table width="980" align="center"><tr><td align="center">⟦d 本站资料均来源于网络，仅供学习交流，版权归原作者所有。⟧<br>⟦m 速递资料站 版权所有　闽ICP备08022756号⟧</td></tr></table>
</body></html>
""",
        body="""
为防止学员之间交叉感染，保持教练车整洁卫生，制定本规程。
一、清洁频次：教练车方向盘套每天收车后清洁消毒一次；遇有发热、咳嗽学员练车的，当班结束后立即消毒。
二、操作步骤：
1. 戴好一次性手套，用干毛巾擦去方向盘套表面的灰尘和汗渍。
2. 用含有效氯500毫克每升的消毒液或75%酒精擦拭方向盘套，重点擦拭手握部位。
3. 作用十分钟后，用清水毛巾擦拭一遍，自然晾干。
4. 填写教练车清洁消毒登记表，写明车号、时间和操作人。
三、更换要求：方向盘套出现破损、开胶、明显异味或打滑的，应当及时更换，更换下来的旧套不得挪作他用。
四、本规程由安全科负责监督检查，检查结果纳入教练员月度考核。
""",
    ),
    dict(
        slug="download-wenjian-night-run-glow-stick-plan-docx",
        site="文件驿站 (invented, download station text page)",
        style="资料下载站",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.wenjianyizhan.net/down/8821.html",
        title="“仑溪夜跑”活动荧光棒发放及回收方案",
        record_title="“仑溪夜跑”活动荧光棒发放及回收方案.docx",
        date="2025-08-30",
        notes="file-name record title; download-station text page: file box, mirrors, a report link; numbered list; 成文日期",
        page="""
!m 文件驿站　www.wenjianyizhan.net
!m 首页 » 方案计划 » 活动方案
!t “仑溪夜跑”活动荧光棒发放及回收方案.docx
!m 文件大小：24.6KB　|　格式：docx　|　添加日期：2025-09-04　|　人气：357
!a 本地下载一　　本地下载二　　网盘下载
{T}
{BODY}
!a 下载地址无效？点这里反馈
!l 同类资料：全民健身日活动方案　马拉松赛事志愿者招募方案　社区运动会秩序册模板
!d 本站资料收集自网络，如有侵权请联系站长删除。
""",
        body="""
为营造“仑溪夜跑”活动氛围，保障夜间跑步安全，同时避免荧光棒随意丢弃，制定本方案。
一、活动时间：2025年9月13日晚7:30，起终点设在仑溪县滨河公园南门。
二、发放安排：
1. 荧光棒由县体育总会统一采购，选用外壳加厚的手环式产品，共采购1800根。
2. 选手检录时每人领取荧光手环两根，分别佩戴在手腕和脚踝，便于车辆和工作人员识别。
3. 志愿者每人领取荧光棒一根，挂在胸前，作为身份标识。
三、回收安排：
1. 终点设荧光棒回收点三处，选手完赛后将荧光手环投入回收箱，可领取完赛纪念品。
2. 沿途发现丢弃的荧光棒，由收尾志愿者统一捡拾。
3. 回收的荧光棒由县环卫所按有害垃圾集中处理。
四、安全要求：荧光棒破损的不得继续佩戴；液体沾到皮肤的，到终点医疗点冲洗处理。
仑溪县体育总会
2025年8月30日
""",
    ),
    dict(
        slug="localforum-liaochuan-square-glow-stick-stalls-jammer",
        site="寥川论坛 (invented, county forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="http://bbs.liaochuan.example.cn/thread-338410-1-1.html",
        title="人民广场晚上卖荧光棒的小摊能不能管一管",
        record_title=None,
        date=None,
        notes="no title in the record (the thread subject has it); county forum with a weather line, medals, jammer fonts, a decoration ad "
        "and a forward-to-department link; relative times only",
        page="""
<html><head><meta charset="gbk"><title>寥川论坛 - 寥川人自己的网上家园</title>
<style>.jammer{font-size:0;color:transparent}</style></head><body>
<div id="hd">⟦m 寥川论坛 — 寥川人自己的网上家园⟧　⟦m 寥川今日：小雨 14～19℃⟧</div>
<div id="nv">⟦m 首页　民生投诉　寥川杂谈　房产家居　二手市场⟧</div>
<div id="pt">⟦m 寥川论坛 › 民生投诉 › 帖子详情⟧</div>
<div class="post"><div class="pls">⟦m 城南老街坊⟧ ⟦m 勋章：热心网友 · 爆料达人⟧</div>
<div class="plc"><h1 id="thread_subject">{T}</h1>
<p class="authi">⟦m 发表于 5 小时前　只看楼主　查看 2034　回复 58⟧</p>
<div class="t_f">
{BODY}
</div>
<div class="zj">⟦l 本帖已转交县城管局处理，查看官方回复 ›⟧</div>
<div class="po">⟦a 顶　踩　分享　举报⟧</div></div></div>
<div class="ad">⟦w 寥川本地装修团队，免费设计报价，QQ 1590226743⟧</div>
<div class="reply">⟦l 2楼 寥川小灰灰：周末尤其多，孩子老缠着要买⟧</div>
<div id="ft">⟦m 寥川论坛　赣ICP备11004417号⟧</div>
</body></html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=2),
        body="""
每天晚上七点以后，人民广场东边的台阶上就摆出四五个卖荧光棒、发光头箍的小摊，一直到十点多。我家就住对面，想说几个问题。
一是卖的东西来路不明。我买过一根给孩子，包装上什么字都没有，玩了不到半小时就漏液，孩子手上沾了一块，红了好几天。
二是占道。台阶本来是散步的人上下的地方，摊子一摆，推婴儿车的、坐轮椅的都得绕着走。
三是垃圾。每天早上广场上都能看到一地的碎荧光棒，环卫工人扫都扫不干净。
不是说不让人家做小生意，但能不能划个固定的地方，卖的东西也得有个正规来路？希望有关部门看到能管一管。
""",
    ),
    dict(
        slug="localforum-tingling-window-locks-pried-junk",
        site="廷岭家园论坛 (invented, county forum text page)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="http://www.tljiayuan.example.com/bbs/viewthread.php?tid=77103",
        title="小区一楼好几家窗户锁被撬了，大家注意",
        record_title="[邻里守望] 小区一楼好几家窗户锁被撬了，大家注意（已报警）- 廷岭家园论坛",
        date=None,
        notes="county forum: junk lines and glued junk; a decoration ad and replies; relative times only",
        page="""
!m 廷岭家园论坛　廷岭人的网上客厅
!m 论坛 » 廷岭生活 » 邻里守望
!t [邻里守望] 小区一楼好几家窗户锁被撬了，大家注意（已报警）
!m 作者：东门小区老郑　　发表于 昨天 21:36　　阅读：1507
{T}
{BODY}
!l 回复 #2 廷岭小胖：我们小区也出过，一楼一定要装防盗窗
!l 回复 #3 社区民警小安：已收到情况，今晚起加强巡逻，大家有线索请私信
!w 廷岭本地防盗窗定做，上门测量，电话 13874062219
!a 发表回复　｜　返回列表
!m 廷岭家园论坛 tljiayuan.example.com
""",
        junk=dict(lines=2, glued=2),
        body="""
跟大家说个事。我们东门小区3栋和5栋，这一周有四户一楼人家的窗户锁被撬了，其中两家丢了东西。
被撬的都是那种老式的月牙锁，从外面用薄铁片一拨就开，根本挡不住人。我家也是一楼，昨天赶紧换了带钥匙的窗户锁，又在窗框上加了一道限位器。
已经报警了，派出所的民警下午来看过，说会调监控。物业也说晚上加派保安巡逻。
提醒住一楼、二楼的邻居：晚上睡觉前检查一下窗户有没有锁好，老式月牙锁最好换掉。家里有老人的，也帮着看一看。
""",
    ),
]

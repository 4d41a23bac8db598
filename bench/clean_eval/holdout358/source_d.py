"""holdout358, part D: county forums, download stations, personnel-exam sites, tender portals, law firms.

Invented text, written by hand for this part (see ../README.md and ../build.py for the markup).
"""

CASES = [
    # ------------------------------------------------------------------ 地方论坛 (HTML, jammer fonts)
    dict(
        slug="cityforum-chunxi-sandal-buckle-warning-jammer",
        site="醇溪论坛 (invented county forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.chunxi.cc/thread-1180342-1-1.html",
        title="提醒各位家长：孩子凉鞋上的装饰扣一定要常检查",
        record_title="[家长必看] 提醒各位家长：孩子凉鞋上的装饰扣一定要常检查（附现场照片三张）- 醇溪论坛",
        date=None,
        notes="county forum with a weather line, medals, a forward-to-department link, a decoration ad with a QQ and "
        "jammer-font junk; the post time relative (no date); the poster names the bureau's 12315 line in the body",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="gbk">
<title>[家长必看] 提醒各位家长：孩子凉鞋上的装饰扣一定要常检查（附现场照片三张）- 醇溪论坛</title>
<style>.jammer{display:none}</style>
<script src="/static/js/forum.js?v=x8"></script>
</head>
<body>
<div class="cx-bar">⟦m 醇溪天气：多云 24~31℃ 东南风2级⟧　<a href="/login">⟦a 登录论坛⟧</a> <a href="/reg">⟦a 注册成为醇溪人⟧</a></div>
<div class="cx-logo">⟦m 醇溪论坛⟧<span>⟦m 醇溪人自己的网上家园⟧</span></div>
<div class="cx-nav">⟦m 醇溪论坛 › 民生杂谈 › 帖子详情⟧</div>
<h1>{T}</h1>
<table class="cx-post"><tr>
<td class="cx-user"><p>⟦m 笋溪二小家长⟧</p><p>⟦m 等级：资深居民⟧</p><p>⟦m 勋章：热心网友　曝光先锋⟧</p></td>
<td class="cx-msg">
<p>⟦m 楼主　发表于 昨天 20:17　来自手机⟧</p>
<div class="cx-text">
{BODY}
</div>
<p><a href="/zhuanjiao?tid=1180342">⟦a 把本帖转交县市场监管局⟧</a></p>
<p>⟦a 顶　踩　收藏　复制链接⟧</p>
</td></tr></table>
<div class="cx-ad">⟦w 醇溪居家装修找老魏，免费量房 QQ 3174 0582⟧</div>
<div class="cx-reply">
<p>⟦l 沙发　蒙川来的猫：我家孩子的鞋也是这种扣，马上去看⟧</p>
<p>⟦l 板凳　炎口老王：感谢提醒，已转到家长群⟧</p>
</div>
<div class="cx-foot">⟦m 醇溪论坛　Powered by Discuz!　浙ICP备14012286号-1⟧</div>
</body>
</html>
""",
        junk=dict(lines=1, glued=3),
        body="""
今天下午接孩子放学，发现她右脚凉鞋上的小花装饰扣不见了，问她，说是上课时觉得好玩抠下来了，后来也不知道丢哪儿了。吓得我一身冷汗，这么小的东西要是放进嘴里可怎么办。
回家以后我把家里几双童鞋都检查了一遍，发现有两双的装饰扣是用胶水粘上去的，用指甲一撬就松。鞋是在醇溪商城二楼一家童鞋店买的，一双一百多块。
后来我在网上查了资料，原来童鞋的鞋扣是抽检的重点，一拉就掉的就算不合格。我已经打了12315反映情况，工作人员说会去店里核查。
在这里提醒各位家长，孩子的鞋买回来先用手拉一拉扣子，松的就别给孩子穿了，三岁以下的孩子最好买没有装饰扣的。
""",
    ),
    # ------------------------------------------------------------------ 地方论坛 (text, junk, title missing)
    dict(
        slug="cityforum-mengchuan-broken-balance-board-junk",
        site="蒙川生活网论坛 (invented county forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="http://bbs.mcshenghuo.com/forum.php?mod=viewthread&tid=207718",
        title="城东健身广场的平衡板坏了两个月，到底归谁管？",
        record_title=None,
        date=None,
        notes="county forum in text, no title in the record (the thread subject line); junk lines and glued junk; "
        "official-reply link and relative times; no date",
        page="""
!m 蒙川生活网 · 论坛
!m 今日：蒙川 小雨 17~22℃
!m 首页 » 百姓呼声 » 查看主题
{T}
!m 主题作者：晨练的老周　　发表于 6 天前　　回复：17　　查看：2,604
{BODY}
!a 已有 35 人点了“同问”　　我也同问
!l 回复 #2　小区边上住：我也反映过，说是建设单位已经撤了
!l 回复 #3　【官方回复】蒙川县文化和广电旅游体育局：已安排人员现场查看，维修进度将在本帖更新。
!l 回复 #4　晨练的老周：谢谢体育局，等你们消息
!a 回复本帖需先绑定手机号
!m 蒙川生活网　客服QQ群 517 3306 98　　浙ICP备16009941号
""",
        junk=dict(lines=2, glued=2),
        body="""
城东健身广场西北角有一组平衡板器材，一共三块，中间那块从今年春节后就断了一根连接轴，板子歪在一边，一踩就翻。
我每天早上在那边锻炼，看到好几次有小孩子跑上去玩，家长都没注意。上个星期有个老太太不知道坏了，一脚踩上去差点摔倒，幸好旁边的人扶了一把。
我打过器材上贴的维修电话，是个空号。问了社区，社区说器材是体育部门配的；问了体育部门，又说要找当年的安装公司。
想问问论坛里有没有知道情况的朋友，这种公共健身器材坏了，到底该找谁？在修好之前，能不能先拉根警戒线，别让人再踩了。
""",
    ),
    # ------------------------------------------------------------------ 资料下载站 (HTML, gb2312 file-info table)
    dict(
        slug="download-feisuo-lesson-plan-seam-ripper-doc",
        site="飞梭资料下载站 (invented, old table layout)",
        style="资料下载站",
        genre="教案",
        kind="other",
        form="html",
        source="http://www.feisuo-down.com/soft/jiaoan/18823.html",
        title="服装缝制工艺实训课教案：拆线器的正确使用",
        record_title="服装缝制工艺实训课教案：拆线器的正确使用.doc",
        date=None,
        notes="download station in a gb2312 table layout: file-info table, three mirror links, an unzip password, a "
        "dead-link report and a floating ghost-writer ad; a lesson plan with numbered steps; no date",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>服装缝制工艺实训课教案：拆线器的正确使用.doc - 飞梭资料下载站</title>
<link href="/skin/fs.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/down.js"></script>
</head>
<body>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td class="logo">⟦m 飞梭资料下载站⟧</td><td class="top-ad">⟦m 教案　课件　试卷　一站下齐⟧</td></tr>
<tr><td colspan="2" class="menu">⟦m 首页 | 教案下载 | 课件下载 | 试题下载 | 职教专区⟧</td></tr>
<tr><td colspan="2" class="pos">⟦m 您的位置：首页 >> 职教专区 >> 服装类教案⟧</td></tr>
</table>
<table width="980" border="1" align="center" cellpadding="4" cellspacing="0" bordercolor="#c9d6e3" class="info">
<tr><td width="120">⟦m 资料名称⟧</td><td>{T}</td></tr>
<tr><td>⟦m 资料大小⟧</td><td>⟦m 48 KB⟧</td></tr>
<tr><td>⟦m 资料语言⟧</td><td>⟦m 简体中文⟧</td></tr>
<tr><td>⟦m 授权方式⟧</td><td>⟦m 免费共享⟧</td></tr>
<tr><td>⟦m 更新时间⟧</td><td>⟦m 2025-03-11 08:52⟧</td></tr>
<tr><td>⟦m 推荐星级⟧</td><td>⟦m ★★★★⟧</td></tr>
</table>
<table width="980" border="0" align="center" cellpadding="6" cellspacing="0">
<tr><td class="jieshao">⟦m 资料简介：⟧</td></tr>
<tr><td class="content">
{BODY}
</td></tr>
<tr><td class="down">⟦a ◎ 电信线路一　◎ 联通线路二　◎ 本地高速下载⟧</td></tr>
<tr><td>⟦a 压缩包解压密码：www.feisuo-down.com⟧</td></tr>
<tr><td>⟦a 下载不了？点此报告死链⟧</td></tr>
<tr><td>⟦l 同类资料：服装手缝针法教案.doc　|　锁边机操作实训指导书.doc⟧</td></tr>
</table>
<div id="fl_ad" style="position:fixed;left:5px;bottom:60px">⟦w 教案课件定制，代做PPT，微信 fs_jiaoan88⟧</div>
<table width="980" border="0" align="center" class="foot"><tr><td align="center">⟦m 飞梭资料下载站 版权所有 闽ICP备12019866号⟧</td></tr>
<tr><td align="center">⟦d 本站资料均收集于网络，如有侵权请与我们联系，我们将在核实后删除。⟧</td></tr></table>
</body>
</html>
""",
        p_html="{}<br>",
        body="""
课题：拆线器的正确使用
授课对象：服装设计与工艺专业一年级
课时：1课时（45分钟）
教学目标：学生能说出拆线器各部分的名称和作用，能用拆线器拆除平缝线迹而不损伤面料。
教学过程：
1.导入（5分钟）。展示一件拆坏了的衬衫，请学生找一找面料上的小洞是怎么来的。
2.讲解（10分钟）。拆线器由手柄、长尖、短尖和弯刃组成，短尖上的小球用来护布，弯刃用来割断线。
3.示范（10分钟）。教师示范两种拆法：一是从线迹中间每隔三四针挑断一针，再从反面抽出底线；二是把长尖插进两层布之间，沿缝份推过去。
4.练习（15分钟）。每人拆一段20厘米的平缝线迹，同桌互评。
5.小结（5分钟）。提醒学生拆线时刀口朝外，用完套上笔帽。
""",
    ),
    # ------------------------------------------------------------------ 资料下载站 (text, .wps)
    dict(
        slug="download-wenjianbao-hotel-dress-code-bow-tie-wps",
        site="文件宝下载 (invented)",
        style="资料下载站",
        genre="规定/制度",
        kind="rule",
        form="text",
        source="https://www.wenjianbao.cn/d/zhidu/20250815/64471.html",
        title="衔州君澜酒店员工仪容仪表规范（领结篇）",
        record_title="衔州君澜酒店员工仪容仪表规范（领结篇）.wps",
        date="2025-08-01",
        notes="file-name title (.wps); a download page as text with mirror lines and an unzip password; 第N条 articles; "
        "the 成文日期 under the signature",
        page="""
!m 文件宝下载 — 办公文档　即下即用
!m 首页 / 规章制度 / 酒店管理
{T}
!m 文件类型：WPS文字　　文件大小：33KB　　更新：2025-08-15　　下载量：126
!a ▶ 高速下载一　▶ 高速下载二　▶ 备用下载
!a 解压口令：wjb2025
!m 内容预览：
{BODY}
!a 预览只显示部分内容，完整文档请下载查看
!l 猜你需要：酒店前厅部岗位职责.wps　酒店员工手册（2025版）.docx
!d 文件宝所有资源由网友上传，本站不拥有版权，仅供学习交流。
!m 文件宝下载　沪ICP备18042239号-3
""",
        indent="\u3000\u3000",
        body="""
第一条　为统一员工仪容仪表，树立酒店良好形象，结合宴会、西餐和礼宾岗位的工作要求，制定本规范。
第二条　宴会厅、西餐厅服务员和礼宾员当班期间应佩戴酒店统一配发的领结。
第三条　领结颜色按岗位区分：宴会厅为黑色，西餐厅为酒红色，礼宾员为深蓝色。重大接待活动另行通知。
第四条　领结应端正佩戴于衬衫领口正中，两翼水平，不得歪斜、松垮，衬衫第一粒纽扣必须扣好。
第五条　领结有污渍、褪色、变形的，员工应当及时到布草房更换，不得自行购买替代。
第六条　离职员工应当将领结连同工服一并交回。
第七条　本规范自发布之日起执行，由人力资源部负责解释。
衔州君澜酒店人力资源部
2025年8月1日
""",
    ),
    # ------------------------------------------------------------------ 人事考试网 (HTML)
    dict(
        slug="exam-chunxi-pe-teacher-skill-test-balance-board",
        site="醇溪县人事考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://rsks.chunxi.gov.cn/kwgg/20250709/1176.html",
        title="2025年醇溪县公开招聘中小学体育教师技能测试须知",
        record_title="〔体育技能测试·考生必读〕2025年醇溪县公开招聘中小学体育教师技能测试须知_醇溪人事考试",
        date="2025-07-08",
        date_also=["2025-07-09"],
        notes="personnel-exam site: maintenance banner, admission-ticket float, a technical line beside the exam "
        "centre's own 咨询电话; a timetable; 准考证 to download and print as content; posting date differs",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>〔体育技能测试·考生必读〕2025年醇溪县公开招聘中小学体育教师技能测试须知_醇溪人事考试</title>
<link rel="stylesheet" href="/css/rsks.css">
<script src="/js/rsks.js"></script>
</head>
<body>
<div class="ks-notice">⟦d 系统升级提示：7月12日22:00至次日6:00暂停报名和打印服务⟧</div>
<div class="ks-head"><span>⟦m 醇溪县人事考试网⟧</span><span>⟦m 醇溪县人力资源和社会保障局主办⟧</span></div>
<div class="ks-nav">⟦m 考试网首页⟧ ⟦m 考试公告⟧ ⟦m 报名入口⟧ ⟦m 成绩查询⟧ ⟦m 政策法规⟧</div>
<div class="ks-loc">⟦m 当前：首页 → 考试公告 → 事业单位招聘⟧</div>
<div class="ks-art">
<h2>{T}</h2>
<div class="ks-info">⟦m 发布时间：2025-07-09　　来源：县人事考试中心　　阅读：3,917⟧</div>
<div class="ks-body">
{BODY}
</div>
</div>
<div class="ks-float"><a href="/zkz/">⟦a 准考证打印通道（7月10日开放）⟧</a></div>
<div class="ks-foot">
<p>⟦m 网站技术支持电话：0573-6629 8086（仅限系统故障）⟧</p>
<p>⟦m 地址：醇溪县行政中心3号楼　浙ICP备15030827号-3⟧</p>
</div>
</body>
</html>
""",
        body="""
各位考生：
2025年醇溪县公开招聘中小学体育教师笔试已结束，根据招聘公告，现将技能测试有关事项告知如下。
一、测试时间和地点
组别　时间　地点
小学体育　7月19日上午8:30　醇溪县体育中心体育馆
初中体育　7月19日下午14:00　醇溪县体育中心体育馆
二、测试内容。技能测试包括田径、球类和身体素质三项。身体素质项目为平衡板单脚站立和平衡板行走，考生须在规定时间内完成，落地一次扣2分。
三、注意事项。考生须于7月10日起登录本网站下载并打印准考证，测试当天携带准考证和身份证原件，穿运动服装和平底运动鞋。未按时报到的，视为自动放弃。
咨询电话：0573-6629 1054（县人事考试中心，工作日8:30—17:00）。
醇溪县人事考试中心
2025年7月8日
""",
    ),
    # ------------------------------------------------------------------ 人事考试网 (text)
    dict(
        slug="exam-xianzhou-concierge-interview-dress-bow-tie",
        site="衔州人事考试信息网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.xzrsks.cn/gg/2025/0520/4472.html",
        title="关于衔州市国有文旅企业礼宾岗位面试着装要求的说明",
        record_title="【面试须知·礼宾岗】关于衔州市国有文旅企业礼宾岗位面试着装要求的说明 - 衔州人事考试信息网",
        date="2025-05-19",
        date_also=["2025-05-20"],
        notes="personnel-exam site as text: a maintenance line, a ticket-printing line as chrome; the exam office's own "
        "咨询电话 beside a technical line; numbered list; 成文日期 under the signature, the posting date also accepted",
        page="""
!m 衔州人事考试信息网
!d 【公告】本站将于5月25日凌晨进行系统维护，届时暂停访问
!m 首页 > 考试动态 > 国企招聘
!t 【面试须知·礼宾岗】关于衔州市国有文旅企业礼宾岗位面试着装要求的说明
!m 发稿：考务科　　2025-05-20 16:02　　浏览 1,882
{BODY}
!a 面试通知书打印入口　→　点此进入
!m 考试系统技术支持：0577-8825 6688（工作日）
!m 衔州市人事考试院　版权所有
""",
        indent="\u3000\u3000",
        body="""
各位考生：
衔州市国有文旅企业2025年公开招聘礼宾岗位面试定于5月31日举行。面试设置现场迎宾礼仪展示环节，为保证面试公平，现将着装要求说明如下：
1.男性考生穿白色长袖衬衫、深色西裤和深色皮鞋，佩戴黑色领结，不得佩戴领带。
2.女性考生穿白色长袖衬衫、深色西裤或及膝裙，可佩戴黑色领结或领花。
3.领结由考生自备，不得有图案、文字或单位标志；面试当天未按要求着装的，在礼仪展示环节酌情扣分。
4.考生不得佩戴能够显示个人身份的饰品。
如有疑问，请于工作日拨打咨询电话：0577-8825 1230（市人事考试院考务科）。
衔州市人事考试院
2025年5月19日
""",
    ),
    # ------------------------------------------------------------------ 招投标网 (HTML, bid result)
    dict(
        slug="tender-chunxi-bid-result-balance-boards",
        site="醇溪县公共资源交易网 (invented)",
        style="招投标网",
        genre="中标结果公告",
        kind="notice",
        form="html",
        source="https://ggzy.chunxi.gov.cn/jyxx/zfcg/zbgg/20250425/9930717.html",
        title="醇溪县第二幼儿园幼儿体能器材（平衡板）采购项目中标结果公告",
        record_title="【中标（成交）结果·幼教器材】醇溪县第二幼儿园幼儿体能器材（平衡板）采购项目中标结果公告 - 政府采购 - 醇溪县公共资源交易网",
        date="2025-04-25",
        notes="tender portal: a publicity countdown, CA and trading-system lines beside the purchaser's and agency's own "
        "contacts; a lots table; the announcement date at the end",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【中标（成交）结果·幼教器材】醇溪县第二幼儿园幼儿体能器材（平衡板）采购项目中标结果公告 - 政府采购 - 醇溪县公共资源交易网</title>
<link rel="stylesheet" href="/static/jy/css/detail.css">
<script src="/static/jy/js/countdown.js"></script>
</head>
<body>
<div class="jy-head"><span>⟦m 醇溪县公共资源交易网⟧</span><span>⟦m 公开　公平　公正　诚信⟧</span></div>
<div class="jy-nav">⟦m 交易信息⟧ ⟦m 工程建设⟧ ⟦m 政府采购⟧ ⟦m 产权交易⟧ ⟦m 服务指南⟧</div>
<div class="jy-loc">⟦m 首页 > 交易信息 > 政府采购 > 结果公告⟧</div>
<div class="jy-art">
<h3>{T}</h3>
<div class="jy-info">⟦m 信息时间：2025-04-25　　浏览次数：214⟧</div>
<div class="jy-count">⟦m 公示期剩余：0天 18时 22分⟧</div>
<div class="jy-body">
{BODY}
</div>
</div>
<div class="jy-help">
<p>⟦m CA数字证书办理：0573-6620 5511⟧</p>
<p>⟦m 电子交易系统运维：400-928-7706⟧</p>
</div>
<div class="jy-foot">⟦m 醇溪县公共资源交易中心　地址：醇溪县新城大道99号　浙ICP备17018825号⟧</div>
</body>
</html>
""",
        body="""
一、项目编号：CXCG-2025-0318
二、项目名称：醇溪县第二幼儿园幼儿体能器材（平衡板）采购项目
三、中标信息
包号　货物名称　中标供应商　中标金额
1　木质摇摆平衡板（30块）　衔州童趣教玩具有限公司　11,850元
2　直线平衡板及配套软垫（20套）　藩原康健体育用品有限公司　9,460元
四、评审专家：楼建平、鲍晓雯、宁志远
五、公告期限：自本公告发布之日起1个工作日。
六、凡对本次公告内容提出询问，请按以下方式联系：
采购人：醇溪县第二幼儿园　联系人：陶老师　电话：0573-6625 3318
代理机构：衔州恒正招标代理有限公司　联系人：金工　电话：0577-8816 4402
醇溪县第二幼儿园
衔州恒正招标代理有限公司
2025年4月25日
""",
    ),
    # ------------------------------------------------------------------ 招投标网 (text, record date)
    dict(
        slug="tender-fanyuan-inquiry-sewing-supplies-record-date",
        site="藩原县政府采购网 (invented)",
        style="招投标网",
        genre="询价公告",
        kind="notice",
        form="text",
        source="http://zfcg.fanyuan.gov.cn/xjgg/2025/09/10/11825.html",
        title="藩原县职业中专服装实训耗材询价公告",
        record_title="【询价采购·实训耗材】藩原县职业中专服装实训耗材询价公告（报价截止9月17日）",
        record_date="2025-09-10",
        date="2025-09-10",
        notes="the record carries the date; inquiry with an items table, the purchaser's contact beside the platform "
        "hotline; 下载 and 扫码 as content (inquiry file, quote)",
        page="""
!m 藩原县政府采购网
!m 首页 ＞ 采购公告 ＞ 询价公告
!t 【询价采购·实训耗材】藩原县职业中专服装实训耗材询价公告（报价截止9月17日）
!m 发布日期：2025-09-10　　采购方式：询价　　项目编号：FYZZ-XJ-2025-027
{BODY}
!a 【下载询价文件】　　【我要报价】
!m 平台服务热线：0577-5801 7788　　CA证书咨询：0577-5801 7790
!m 藩原县财政局主办　　浙ICP备10031278号
""",
        indent="\u3000\u3000",
        body="""
藩原县职业中专拟采购服装专业实训耗材一批，现邀请合格供应商参加询价。
一、采购内容
品名　规格　数量
拆线器　带护球，塑料柄　200把
纱剪　12厘米　100把
划粉　三角形，四色　50盒
手缝针　混装　80包
二、报价要求。供应商应在本网站下载询价文件，填写报价单并加盖公章，扫描后于9月17日17:00前发送至采购人邮箱。
三、质量要求。拆线器刃口锋利、护球牢固，纱剪开合顺畅，须提供样品。
四、联系方式。采购人：藩原县职业中专总务处，联系人：柯老师，电话：0577-5823 1109，邮箱：fyzz_zwc@163.com。
藩原县职业中专
2025年9月10日
""",
    ),
    # ------------------------------------------------------------------ 律所网站 (HTML, case note)
    dict(
        slug="lawfirm-hengyuan-blotting-paper-tenfold-damages",
        site="衡远律师事务所 (invented)",
        style="律所网站",
        genre="案例评析",
        kind="other",
        form="html",
        source="https://www.hengyuanlaw.cn/anli/shipin/5127.html",
        title="一包吸油纸引发的索赔：商家该不该“退一赔十”？",
        record_title="消费维权微案例 ◆ 一包吸油纸引发的索赔：商家该不该“退一赔十”？｜衡远律师",
        date=None,
        notes="law firm: a lawyer card, a consult float, a 400 line, a repost notice; a case note without a date; a "
        "consult line glued after a sentence",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>消费维权微案例 ◆ 一包吸油纸引发的索赔：商家该不该“退一赔十”？｜衡远律师</title>
<link rel="stylesheet" href="/theme/law/css/site.css">
<script src="/theme/law/js/site.js"></script>
</head>
<body>
<div class="law-top"><span>⟦m 衡远律师事务所⟧</span><span>⟦m 以专业守护信任⟧</span><span>⟦m 全国咨询热线 400-018-6655⟧</span></div>
<div class="law-nav">⟦m 律所简介⟧ ⟦m 专业领域⟧ ⟦m 律师团队⟧ ⟦m 案例说法⟧ ⟦m 联系我们⟧</div>
<div class="law-crumb">⟦m 首页 / 案例说法 / 食品消费⟧</div>
<div class="law-art">
<h1>{T}</h1>
<div class="law-meta">⟦m 撰稿：聂婉清律师　　分类：食品消费纠纷　　阅读 1,173⟧</div>
<div class="law-body">
{BODY}
</div>
<div class="law-card"><p>⟦m 聂婉清　衡远律师事务所专职律师⟧</p><p>⟦m 擅长：消费者权益、食品安全纠纷⟧</p></div>
<div class="law-copy">⟦d 本文系衡远律师事务所原创，转载请联系授权并注明出处；文章不构成对具体案件的法律意见。⟧</div>
</div>
<div class="law-float">⟦w 在线律师 · 免费初步评估⟧</div>
<div class="law-foot"><p>⟦m 地址：衔州市株湾区临江路188号金汇大厦21楼⟧</p><p>⟦m 浙ICP备19026710号-1⟧</p></div>
</body>
</html>
""",
        body="""
【基本案情】王女士在一家网店购买了10包“食品级”吸油纸，单价6元，用于家庭油炸食品控油。收到货后，她发现包装上没有生产许可编号，也没有生产日期，于是将其中一包送检，结果荧光性物质检出。王女士起诉网店，要求退还货款并支付十倍赔偿。
【争议焦点】吸油纸不是食品，能否适用食品安全法的十倍赔偿？
【法院观点】法院认为，该吸油纸宣称用于直接接触食品，属于食品相关产品。网店销售不符合食品安全标准的食品相关产品，且未履行进货查验义务，应当承担赔偿责任。最终判决网店退还货款60元，并支付赔偿金1000元。⟦w 遇到类似纠纷？点右侧“在线律师”免费问⟧
【律师提醒】经营者销售吸油纸、保鲜膜等食品接触用品，同样要查验供货者的许可证和合格证明。消费者购买时要看清标识，发现问题保留购物凭证和实物，及时维权。
""",
    ),
    # ------------------------------------------------------------------ 律所网站 (text, lawyer's letter)
    dict(
        slug="lawfirm-liyan-letter-sandal-buckle-injury",
        site="砺言律师事务所 (invented)",
        style="律所网站",
        genre="函",
        kind="letter",
        form="text",
        source="http://www.liyanlawyer.com/wenshu/2025/0812/302.html",
        title="关于贵司销售的儿童凉鞋鞋扣脱落致伤事宜的律师函",
        date="2025-08-12",
        notes="record title as is; a law firm's document library page as text: a lawyer card, a 400 line and a repost "
        "notice as chrome; the letter's own 联系人/电话; 成文日期 under the signature",
        page="""
!m 砺言律师事务所　LIYAN LAW FIRM
!m 首页 ＞ 文书范例 ＞ 律师函
{T}
!m 文书编号：LY-WS-0302　　整理：砺言文书组　　阅读：648
{BODY}
!m 承办律师：鲍承泽　执业证号 13303201510887264
!w 需要律师代发律师函？拨打 400-611-3178 或在线留言
!d 本文已隐去当事人信息，仅作文书写法参考，请勿直接套用。
!m 砺言律师事务所　版权所有　浙ICP备21017754号
""",
        indent="\u3000\u3000",
        body="""
衔州童步鞋业有限公司：
砺言律师事务所接受蒙川县居民孔女士的委托，就贵司生产的儿童凉鞋鞋扣脱落致其女儿受伤一事，郑重致函如下：
2025年7月3日，孔女士在贵司直营店购买“小云朵”系列儿童凉鞋一双。7月20日，其三岁的女儿将脱落的金属装饰扣误吞，经衔州市儿童医院取出异物，产生医疗费用4,326元。
经委托人提供的检测报告，该款凉鞋装饰扣拉脱力仅为31牛，明显低于相关标准要求。贵司作为生产者，应当对产品缺陷造成的损害承担赔偿责任。
请贵司在收到本函之日起十日内与本所联系，协商赔偿事宜。逾期未予答复的，委托人将依法提起诉讼。
联系人：鲍承泽律师，电话：0577-8839 2016。
砺言律师事务所
2025年8月12日
""",
    ),
]

"""holdout217, part D: 地方论坛, 资料下载站, 人事考试网, 招投标网, 律所网站 (one HTML and one text page each).

Every page, place, person, firm, site, URL and number here is invented and written by hand;
see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="localforum-suikou-freezer-noise-jammer",
        site="濉口论坛 (invented county forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.suikou.net/forum.php?mod=viewthread&tid=88612",
        title="楼下小卖部的冰柜整夜嗡嗡响，该找谁？",
        record_title="[楼栋闲话] 楼下小卖部的冰柜整夜嗡嗡响，该找谁？（住二楼的朋友评评理）- 街坊杂谈 - 濉口论坛",
        date=None,
        notes=(
            "county forum: weather line, medals, jammer-font junk, a forward-to-department link, a decoration ad with a "
            "QQ; post time 前天: no date"
        ),
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="gbk">
<title>[楼栋闲话] 楼下小卖部的冰柜整夜嗡嗡响，该找谁？（住二楼的朋友评评理）- 街坊杂谈 - 濉口论坛</title>
<style>.jammer{color:#fff;font-size:0}</style>
</head>
<body>
<div class="top">⟦m 濉口论坛⟧ ⟦m 濉口人自己的网上家园⟧ ⟦m 今日濉口：多云 19～27℃⟧</div>
<div class="navi">⟦m 濉口论坛 » 街坊杂谈 » 正文⟧</div>
<h1 id="thread_subject">{T}</h1>
<div class="stat">⟦m 阅读 2204 · 回复 61⟧</div>
<table><tr>
<td class="pls">⟦m 新街老住户⟧<br>⟦m 勋章：热心网友 · 五年坛龄⟧</td>
<td class="plc"><div class="authi">⟦m 发表于 前天 22:13⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="po">⟦a 支持 反对 收藏 分享⟧ <a href="/zhuanjiao">⟦a 申请转交相关部门处理⟧</a></div>
</td></tr></table>
<div class="ad">⟦w 濉口老房翻新 防水补漏 QQ 1750663218⟧</div>
<div class="reply">⟦l 2楼 鸭子河边：找社区调解，比吵架管用⟧<br>⟦l 3楼 城管小李：噪声扰民可以打镇里的12345⟧</div>
<div class="ft">⟦m 濉口论坛 Powered by 论坛程序 X3.4　川ICP备17020955号⟧</div>
<script src="data/cache/common.js?v=x34"></script>
</body>
</html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
我住在濉口镇新街一栋二楼，楼下是一家小卖部，门口摆了三台卧式冰柜，压缩机一启动就嗡嗡响，一晚上要响好几十次。
开始以为过几天就好了，结果一个多月了还是这样。老婆神经衰弱，整晚睡不着，孩子马上要中考，也受影响。
上周我下楼跟老板商量，请他把冰柜往里挪一挪，或者垫个减震垫，老板嘴上答应，到现在也没动静。
想问问论坛里的朋友，这种情况是找社区、找派出所还是找城管？有没有人遇到过类似的事？先谢谢了。
""",
    ),
    dict(
        slug="localforum-yaowan-oxygen-borrow-subject",
        site="峣湾生活网 (invented county forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="http://www.yaowanlife.com/thread-30917-1-1.html",
        title="谁家有闲置的制氧机？想借给村里两位孤寡老人",
        record_title=None,
        date=None,
        notes="county forum thread without a record title: the thread subject is the title; junk lines and glued junk; 2 小时前: no date",
        page="""
!m 峣湾生活网 - 峣湾人的论坛
!m 峣湾生活网 › 爱心互助 › 帖子
{T}
!m 楼主：石桥小韩　发表于 2 小时前　查看 318　回复 9
{BODY}
!a 顶　收藏　转发到微信
!l 沙发　老街坊：我家有一台，老爷子去年走了，一直放着，晚上私信你
!l 板凳　峣湾义工联：已转给乡卫生院，看能不能协调
!a 发帖请遵守峣湾生活网版规，文明发言
!m 峣湾生活网　客服QQ群：602311874
""",
        junk=dict(lines=1, glued=2),
        body="""
我是峣湾乡石桥村的志愿者。村里有两位孤寡老人，一位肺气肿，一位心脏不好，到了冬天喘得厉害，乡卫生院的医生建议在家吸氧。
老人家里条件差，买不起制氧机。我们想问问，谁家有老人用过、现在闲置的制氧机，能不能借出来或者低价转让？
机器最好是3升以上的，能用就行。我们负责上门去取，用完后清洗干净还回去，也可以写借条。
有意向的朋友请在帖子下面回复，或者到石桥村村委会找我，我姓韩。代两位老人先谢谢大家了。
""",
    ),
    dict(
        slug="download-baiwen-rules-dashcam-doc-gb2312",
        site="百文下载站 (invented)",
        style="资料下载站",
        genre="规程",
        kind="other",
        form="html",
        source="http://www.baiwenxz.com/soft/guicheng/2024/61188.html",
        title="营运车辆行车记录仪安装调试操作规程",
        record_title="营运车辆行车记录仪安装调试操作规程.doc",
        date=None,
        notes=(
            "old gb2312 download station: file-info table, three download links, a dead-link report, unzip password, "
            "update stamp (no date); a procedure in 第N条 articles with no date"
        ),
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>营运车辆行车记录仪安装调试操作规程.doc - 百文下载站</title>
</head>
<body bgcolor="#EEF3F8">
<table width="950" align="center" cellpadding="2" cellspacing="0" border="0">
<tr><td><b>⟦m 百文下载站⟧</b> ⟦m 文档·表格·规章 一站下全⟧</td><td align="right">⟦a 加入收藏⟧ ⟦a 设为首页⟧</td></tr>
<tr bgcolor="#2F5D8A"><td colspan="2">⟦m 首页⟧ ⟦m 规章制度⟧ ⟦m 合同范本⟧ ⟦m 表格大全⟧ ⟦m 应用文⟧</td></tr>
</table>
<table width="950" align="center" border="1" bordercolor="#B7C9DB" cellspacing="0">
<tr><td colspan="4">⟦m 当前位置：百文下载站 → 规章制度 → 操作规程⟧</td></tr>
<tr><td colspan="4" align="center"><b>{T}</b></td></tr>
<tr><td>⟦m 文件大小：56 KB⟧</td><td>⟦m 文件格式：doc⟧</td><td>⟦m 更新时间：2024-05-30⟧</td><td>⟦m 下载次数：1188⟧</td></tr>
<tr><td colspan="4">⟦m 授权方式：免费　运行环境：Word/WPS⟧</td></tr>
<tr><td colspan="4">⟦l 内容预览：⟧
{BODY}
</td></tr>
<tr><td colspan="4">⟦a 本地下载一⟧ ⟦a 电信高速下载⟧ ⟦a 联通高速下载⟧</td></tr>
<tr><td colspan="4">⟦m 解压密码：www.baiwenxz.com⟧　⟦a 下载地址失效？点此报错⟧</td></tr>
</table>
<table width="950" align="center"><tr><td align="center">
⟦d 百文下载站所有资源均来源于网络，只供学习交流，下载后请在24小时内删除。⟧<br>
⟦m Copyright 2011-2024 baiwenxz.com　豫ICP备11028316号⟧
</td></tr></table>
<script language="javascript">function report_dead(id){window.open("/report.asp?id="+id);}</script>
</body>
</html>
""",
        p_html="<p>{}</p>",
        body="""
第一条 为规范营运车辆行车记录仪的安装和调试，保证设备正常工作，制定本规程。
第二条 安装前应检查设备外观、配件和合格证，核对型号与车辆登记信息是否一致。
第三条 主机应安装在前挡风玻璃上部中间位置，不得遮挡驾驶员视线；车内摄像头应能完整拍到驾驶员和车门区域。
第四条 电源线应沿车身内饰走线并固定牢靠，不得与油路、气路捆扎在一起。
第五条 安装后应通电调试，检查画面、时间、车牌号设置和卫星定位信号，并试录5分钟回放确认。
第六条 调试合格后，安装人员应填写安装记录，由驾驶员签字确认。
第七条 本规程由车队安全技术组负责解释。
""",
    ),
    dict(
        slug="download-wenhai-contract-glucose-blanks",
        site="文海资料库 (invented)",
        style="资料下载站",
        genre="合同范本",
        kind="other",
        form="text",
        source="https://www.wenhaizlk.com/hetong/caigou/22081.html",
        title="血糖仪及试纸采购合同（范本）",
        record_title="血糖仪及试纸采购合同（范本）【doc格式·含填写说明】- 文海资料库",
        date=None,
        notes="a contract template with ＿＿ blanks, ×× placeholder and ＿＿＿＿年＿＿月＿＿日: no date; download-station chrome",
        page="""
!m 文海资料库 — 合同·表格·文书
!m 位置：首页 > 合同范本 > 采购合同
!t 血糖仪及试纸采购合同（范本）【doc格式·含填写说明】
!m 大小：31KB　格式：doc　下载：2650 次　更新：2 天前
!a 【直接下载】　【网盘下载】　【下载说明】
{BODY}
!a 本页只显示正文，完整版含填写说明，请点击上方按钮下载
!l 同类范本：医疗器械采购合同　药品购销合同　设备维保合同
!d 文海资料库的范本仅供参考，签订合同前请咨询专业律师。
""",
        body="""
甲方（采购方）：＿＿＿＿＿＿＿＿
乙方（供货方）：＿＿＿＿＿＿＿＿
根据《中华人民共和国民法典》及有关规定，甲乙双方经协商一致，签订本合同。
第一条 乙方向甲方提供××型血糖仪＿＿台、配套试纸＿＿盒，合同总价人民币＿＿＿＿元。
第二条 乙方所供产品须具有医疗器械注册证，试纸有效期自交货之日起不少于12个月。
第三条 乙方应于＿＿＿＿年＿＿月＿＿日前将货物送至甲方指定地点，并负责免费培训操作人员。
第四条 血糖仪保修期为＿＿年，保修期内出现非人为故障，乙方负责免费维修或更换。
第五条 本合同一式两份，甲乙双方各执一份，自双方签字盖章之日起生效。
甲方（盖章）：　　　　乙方（盖章）：
签订日期：＿＿＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="exam-qichuan-practical-glucose-ticket",
        site="郪川人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://www.qcrsks.cn/kwgg/2024/0816/1290.html",
        title="郪川县2024年公开招聘乡镇卫生院护理人员实操考核公告",
        record_title="郪川县2024年公开招聘乡镇卫生院护理人员实操考核公告 ◇ 考务通知 ◇ 郪川人事考试网",
        date="2024-08-16",
        notes=(
            "personnel-exam site: maintenance banner, an admission-ticket float, the site's technical line beside the "
            "notice's own 咨询电话; the notice tells candidates to download and print the ticket (content)"
        ),
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>郪川县2024年公开招聘乡镇卫生院护理人员实操考核公告 ◇ 考务通知 ◇ 郪川人事考试网</title>
<script src="/js/ks.js"></script>
</head>
<body>
<div class="notice-bar">⟦d 系统维护通知：8月18日22:00至次日6:00暂停报名和查询服务⟧</div>
<div class="ks-head">⟦m 郪川人事考试网⟧ ⟦m 郪川县人力资源和社会保障局主办⟧</div>
<div class="ks-nav">⟦m 首页⟧ ⟦m 考试动态⟧ ⟦m 考务通知⟧ ⟦m 成绩查询⟧ ⟦m 政策法规⟧</div>
<div class="ks-loc">⟦m 当前位置：首页 - 考务通知⟧</div>
<div class="ks-art">
<h3>{T}</h3>
<div class="ks-info">⟦m 发布时间：2024-08-16 17:30　浏览次数：6612⟧</div>
<div class="ks-body">
{BODY}
</div>
</div>
<div class="ks-float"><a href="/zkz/">⟦a 准考证下载入口⟧</a> <a href="/cj/">⟦a 成绩查询入口⟧</a></div>
<div class="ks-foot">
<p>⟦m 网站技术支持：0836-7728800（仅受理网站使用问题）⟧</p>
<p>⟦m 郪川县人力资源和社会保障局　蜀ICP备12019078号-2⟧</p>
</div>
</body>
</html>
""",
        p_html='<p class="p1">{}</p>',
        body="""
根据《郪川县2024年公开招聘乡镇卫生院护理人员公告》，现将实操考核有关事项公告如下：
一、考核时间：2024年8月24日上午8:30开始。
二、考核地点：郪川县人民医院门诊楼五楼技能培训中心。
三、考核内容：血糖仪指尖血糖测定、雾化吸入操作两项，每项满分100分。考核所用血糖仪、试纸和消毒用品由考点统一提供，考生不得自带。
四、考生须于8月20日至23日登录本网站下载并打印准考证，凭准考证和身份证参加考核。
咨询电话：0836-7728013（县人社局事业单位人事管理股）。
郪川县人力资源和社会保障局
2024年8月16日
""",
    ),
    dict(
        slug="exam-yushui-review-oxygen-record",
        site="邘水县人事考试信息网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://rsks.yushui.gov.cn/zpgg/2025/0306/208.html",
        title="邘水县人民医院2025年招聘医用制氧设备操作人员资格复审公告",
        record_date="2025-03-06",
        date="2025-03-06",
        notes="title and date from the record; a reviewer line and a results-query prompt; the notice's 联系电话 and 邮箱 stay",
        page="""
!m 邘水县人事考试信息网
!m 首页 >> 招聘公告 >> 事业单位招聘
{T}
!m 信息来源：县人社局　录入：事业股　审核：谭明
{BODY}
!a 成绩查询请点击首页右侧“成绩查询”按钮
!l 上一条：邘水县2025年第一批公益性岗位招聘公告
!m 邘水县人力资源和社会保障局主办　地址：邘水县城关镇建设路21号
""",
        indent="\u3000\u3000",
        body="""
根据招聘工作安排，现将邘水县人民医院2025年招聘医用制氧设备操作人员资格复审有关事项公告如下：
一、复审对象。笔试成绩合格且排名在岗位招聘计划数3倍以内的人员，名单见本公告附表。
二、复审时间和地点。2025年3月12日上午9:00至11:30，邘水县人民医院行政楼三楼会议室。
三、复审材料。身份证、毕业证、特种设备作业人员证原件及复印件各1份。
四、未按时参加复审或复审不合格的，取消面试资格，空缺名额按笔试成绩从高到低依次递补。
联系电话：0836-3357216，邮箱：ysxrmyy_rs@126.com。
邘水县人力资源和社会保障局
2025年3月6日
""",
    ),
    dict(
        slug="tender-heling-inquiry-freezer-lots",
        site="郃岭县公共资源交易网 (invented)",
        style="招投标网",
        genre="询价公告",
        kind="notice",
        form="html",
        source="https://ggzy.heling.gov.cn/jyxx/zfcg/xjgg/20240520/10447.html",
        title="郃岭县中心学校食堂冰柜采购项目询价公告",
        record_title="郃岭县中心学校食堂冰柜采购项目询价公告（项目编号HL-XJ2024-017）_郃岭县公共资源交易网",
        date="2024-05-20",
        notes=(
            "tender portal: countdown, CA and trading-system lines beside the purchaser's and agency's own contacts, "
            "a lots table one row a paragraph; 成文日期 at the end"
        ),
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>郃岭县中心学校食堂冰柜采购项目询价公告（项目编号HL-XJ2024-017）_郃岭县公共资源交易网</title>
<script src="/static/countdown.js"></script>
</head>
<body>
<div class="jy-top">⟦m 郃岭县公共资源交易网⟧ <a href="/login">⟦a 交易主体登录⟧</a> <a href="/reg">⟦a 主体注册⟧</a></div>
<div class="jy-nav">⟦m 首页⟧ ⟦m 交易信息⟧ ⟦m 政府采购⟧ ⟦m 工程建设⟧ ⟦m 服务指南⟧</div>
<div class="jy-loc">⟦m 交易信息 &gt; 政府采购 &gt; 询价公告⟧</div>
<div class="jy-art">
<h2>{T}</h2>
<div class="jy-count">⟦m 距报价截止还有：6天18时22分⟧</div>
<div class="jy-body">
{BODY}
</div>
</div>
<div class="jy-help">
<p>⟦m CA证书办理咨询：400-860-3327⟧</p>
<p>⟦m 电子交易系统操作咨询：0836-2260100⟧</p>
</div>
<div class="jy-foot">⟦m 郃岭县公共资源交易中心　蜀ICP备14022790号⟧</div>
</body>
</html>
""",
        body="""
郃岭县中心学校食堂冰柜采购项目已具备采购条件，现采用询价方式进行采购，欢迎符合条件的供应商参加报价。
一、采购内容
包号　品名　数量　最高限价（元）
1　卧式冷冻冰柜（500升）　12台　43200
2　立式冷藏展示柜（400升）　6台　25800
二、供应商资格要求：具有独立承担民事责任的能力，所供产品须有3C认证和能效标识。
三、报价截止时间：2024年5月27日9时30分。
四、联系方式
采购人：郃岭县中心学校　联系人：谭老师　电话：0836-2231705
代理机构：郃岭恒远招标代理有限公司　联系人：樊工　电话：0836-2268319
郃岭恒远招标代理有限公司
2024年5月20日
""",
    ),
    dict(
        slug="tender-moxi-result-dashcam-table",
        site="鄚溪县政府采购网 (invented)",
        style="招投标网",
        genre="中标结果公告",
        kind="notice",
        form="text",
        source="http://www.mxzfcg.gov.cn/cgjg/2024/0628/3318.html",
        title="鄚溪县公交车辆行车记录仪更新项目中标结果公告",
        record_title="鄚溪县公交车辆行车记录仪更新项目中标结果公告 - 结果公示 - 鄚溪县政府采购网",
        date="2024-06-28",
        notes="bid result with two tables (one row a paragraph); the platform's hotline below; 成文日期 at the end",
        page="""
!m 鄚溪县政府采购网
!m 首页 > 采购公告 > 结果公示
!t 鄚溪县公交车辆行车记录仪更新项目中标结果公告
!m 公告类型：中标公告　发布时间：2024-06-28　浏览：905
{BODY}
!a 【收藏】　【打印】　【关闭】
!m 采购平台服务热线：0836-4400900（工作日9:00—17:00）
!m 鄚溪县财政局主办　蜀ICP备10033618号
""",
        body="""
一、项目编号：MX-CG2024-062
二、项目名称：鄚溪县公交车辆行车记录仪更新项目
三、中标信息
供应商名称　中标金额（元）　评审得分
邶湖智行电子科技有限公司　595200　91.6
四、主要标的信息
品名　数量　单价（元）
双路行车记录仪（含安装）　186套　3200
五、公告期限：自本公告发布之日起1个工作日。
六、采购人：鄚溪县公共交通有限公司，联系电话：0836-4415026。
鄚溪县政府采购中心
2024年6月28日
""",
    ),
    dict(
        slug="lawfirm-hengzhi-dashcam-evidence-card",
        site="衡直律师事务所 (invented)",
        style="律所网站",
        genre="普法文章",
        kind="other",
        form="html",
        source="https://www.hengzhilaw.cn/pufa/2024/0415/612.html",
        title="行车记录仪视频能不能作为交通事故的证据？",
        record_title="法理小课堂 ▸ 行车记录仪视频能不能作为交通事故的证据？ - 衡直律师事务所",
        date="2024-04-15",
        notes=(
            "law firm: lawyer card, consult float, a 400 line, a 本文链接 block and a repost notice; the firm's own "
            "phone in the last sentence stays; the byline's 发布时间 is the page's date"
        ),
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>法理小课堂 ▸ 行车记录仪视频能不能作为交通事故的证据？ - 衡直律师事务所</title>
<script src="/assets/law.js"></script>
</head>
<body>
<div class="law-top">⟦m 衡直律师事务所⟧ ⟦m 以法为衡　以诚为直⟧ ⟦m 法律咨询热线 400-038-5161⟧</div>
<div class="law-nav">⟦m 首页⟧ ⟦m 律所简介⟧ ⟦m 专业律师⟧ ⟦m 律师说法⟧ ⟦m 联系我们⟧</div>
<div class="law-art">
<h1>{T}</h1>
<div class="law-meta">⟦m 发布时间：2024-04-15　作者：骆振衡 律师　阅读：2310⟧</div>
<div class="law-body">
{BODY}
</div>
<div class="law-link">⟦m 本文链接：https://www.hengzhilaw.cn/pufa/2024/0415/612.html⟧</div>
<div class="law-repost">⟦d 本文系衡直律所原创普法文章，转载须注明出处及作者。⟧</div>
</div>
<div class="law-card">⟦m 骆振衡　执业证号 15112201510733481　擅长：交通事故、保险理赔⟧</div>
<div class="law-float">⟦w 免费咨询律师，在线回复快⟧</div>
<div class="law-foot">⟦m 地址：鄘城市邶湖区正义路3号衡直大厦8楼　蜀ICP备20017334号⟧</div>
</body>
</html>
""",
        body="""
在交通事故纠纷中，越来越多的当事人会拿出行车记录仪视频作为证据。那么，这类视频在法庭上能不能用？
根据民事诉讼法的规定，视听资料是法定的证据种类之一。行车记录仪视频只要来源合法、内容真实、与案件事实有关，就可以作为证据使用。
需要提醒的是，提交视频时最好保留原始存储卡或原始文件，不要剪辑、加字幕；录像中的时间与实际时间不一致的，要作出合理说明。
如果视频是在他人车内私自安装设备拍摄的，可能因侵犯他人隐私而不被采信。
遇到类似问题，可以带上相关材料到我所咨询，电话：0836-4521187。
""",
    ),
    dict(
        slug="lawfirm-chengheng-case-used-freezer",
        site="诚衡律师网 (invented)",
        style="律所网站",
        genre="案例分析",
        kind="other",
        form="text",
        source="https://www.chenghenglaw.com/anli/2291.html",
        title="二手冰柜漏电致人受伤，卖家要不要担责？",
        record_title="案例说法：二手冰柜漏电致人受伤，卖家要不要担责？｜诚衡律师网",
        date=None,
        notes="a law site's case note with 【…】 section heads; a year only inside the text: no date; consult prompt and repost notice",
        page="""
!m 诚衡律师网 · 身边的法律顾问
!m 首页 / 典型案例 / 消费维权
!t 案例说法：二手冰柜漏电致人受伤，卖家要不要担责？
!m 整理：诚衡律所消费维权团队　阅读 1877
{BODY}
!w 遇到类似纠纷？留下电话，律师助理30分钟内回电
!d 案例内容经过改编，人名均为化名，转载请注明来自诚衡律师网。
!l 相关案例：网购冰箱到货损坏，谁来赔？ ｜ 商家拒绝七天无理由退货怎么办
""",
        indent="\u3000\u3000",
        body="""
【基本案情】
2023年夏天，开小卖部的周某从二手市场商户林某处买了一台旧冰柜。使用不到一个月，周某的母亲在取冰棍时被电击受伤，花去医疗费一万余元。周某起诉林某，要求赔偿。
【法院观点】
法院经审理认为，林某作为经营者出售二手冰柜，应当保证商品符合保障人身安全的要求。经鉴定，该冰柜接地线断裂、内部线路老化，存在安全缺陷，林某应承担主要赔偿责任。周某将冰柜接在无接地的插座上，自身也有一定过错。
【律师提示】
购买二手电器时，要向卖家索要检测或维修记录，使用前请电工检查接地情况；卖家出售前也应做好检测，不能一卖了之。
""",
    ),
]

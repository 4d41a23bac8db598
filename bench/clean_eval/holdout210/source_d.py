"""holdout210, part D: county forums, download stations, personnel-exam sites, tender portals, law firms.

Every page, place, person, firm, site, URL and number here is invented; each case was
written by hand. See ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="yinping-forum-car-wash-night-noise-jammer",
        site="濦坪论坛 (invented county forum, Discuz-style)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.yinping.cc/thread-88310-1-1.html",
        title="楼下洗车店每晚十一点还在开洗车机，有没有部门管管？",
        record_title=None,
        date=None,
        notes="no title in the record: the thread subject; jammer-font junk in the post; a community's own phone in "
        "the post next to the forum's decoration ad and an official-reply link; weather line, medals; "
        "relative post time (no date)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="gbk">
<title>楼下洗车店每晚十一点还在开洗车机，有没有部门管管？-民生直通车-濦坪论坛</title>
<style>.jammer{display:none}</style>
<script src="data/cache/common.js?v9"></script>
</head><body>
<div id="toptb">⟦m 濦坪论坛 · 濦坪人自己的网上家园⟧ ⟦m 今日濦坪：多云 3℃～11℃⟧</div>
<div id="hd">⟦a 登录⟧ ⟦a 注册⟧ ⟦a 手机扫码逛论坛⟧</div>
<div class="ad">⟦w 装修找濦坪佳居装饰，免费上门量房，QQ 3317720418⟧</div>
<div id="pt">⟦m 濦坪论坛 › 民生直通车 › 查看主题⟧</div>
<table class="plhin"><tr>
<td class="pls"><p>⟦m 迎宾路的小周⟧</p><p>⟦m 用户组：濦坪居民　帖子 211⟧</p><p>⟦m 勋章：热心网友⟧</p></td>
<td class="plc">
<h1 class="ts"><span id="thread_subject">{T}</span></h1>
<div class="authi">⟦m 发表于 5 天前　|　只看该作者⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="po">⟦a 回帖　引用本楼　举报⟧ <a>⟦l 转交相关部门（官方回复）⟧</a></div>
</td></tr></table>
<div class="pl2"><p>⟦l 锦绣花园老住户：支持，我家也被吵得睡不着⟧</p><p>⟦l 濦坪论坛版主：已转交县城管局，请关注后续回复⟧</p></div>
<div id="f_pst">⟦a 登录以后才能回复本帖⟧</div>
<div id="ft">⟦m 濦坪论坛　湘ICP备16009921号⟧ ⟦d 论坛帖子仅代表网友观点，与本站立场无关⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=2),
        body="""
住在濦坪县城迎宾路锦绣花园3栋的，楼下新开了一家洗车店，白天生意好我们理解，可最近一个多月，每天晚上十一点多还在用高压洗车机冲车，水泵嗡嗡响，喷枪打在车上啪啪的，家里老人孩子根本睡不着。
上周去店里沟通过一次，老板说晚上是代驾和网约车司机来洗，生意不做不行。态度倒还客气，可第二天照样开到半夜。
后来打听到，夜间噪声可以找社区和城管反映。我已经给锦绣社区打了电话，社区说会联系店主约谈，电话是0739-8126570，有同样情况的邻居也可以打这个电话反映。
希望店家将心比心，晚上十点以后别再开洗车机了，大家都是邻居。
""",
    ),
    dict(
        slug="yinping-forum-oil-heater-leak-help",
        site="濦坪论坛 (invented county forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="https://bbs.yinping.cc/thread-89172-1-1.html",
        title="家里油汀漏油了，县城哪里能修？",
        record_title="【求修】家里油汀漏油了，县城哪里能修？ - 生活杂谈 - 濦坪论坛",
        date=None,
        notes="county-forum text: a thread with a 求修 tag, board and site suffix; replies, a repair-shop ad and a "
        "sticky notice; 3 天前 and 前天 are no dates",
        page="""
!m 濦坪论坛　›　生活杂谈
!m 【版规】发帖请选好分类，广告帖一律删除
!t 【求修】家里油汀漏油了，县城哪里能修？
!m 楼主：暖冬冬　　3 天前　　查看 862 ｜ 回复 14
{BODY}
!l 沙发　老城电器维修：漏油的不建议修了，导热油漏了补不好，安全第一
!l 板凳　濦坪小李子：滨江路菜市场旁边有家修小家电的，可以去问问
!l 3楼　暖冬冬：谢谢大家，前天已经拿去看了，师傅也说换新的吧
!w 小家电上门维修，濦坪城区半小时到，电话 139 0739 5521
!a 快速回复　　（登录后可回帖）
""",
        body="""
家里的油汀用了四个冬天，前两天发现底下有一摊油，摸着滑滑的，一开机还有股怪味，吓得赶紧拔了插头。
问了卖家，说过了保修期，寄回厂家修，运费来回就要一百多，还不如买新的。可这台油汀当初买的时候六百多，外观也好好的，扔了实在可惜。
想问问坛友，县城有没有能修油汀的店？漏油了到底还能不能修，修好了还安不安全？
先谢谢大家了。
""",
    ),
    dict(
        slug="shiwen-download-oil-filling-instruction",
        site="拾文下载站 (invented, old gb2312 layout)",
        style="资料下载站",
        genre="作业指导书",
        kind="other",
        form="html",
        source="http://www.shiwen-down.com/soft/qiye/20240518/33871.html",
        title="油汀注油工序作业指导书",
        record_title="油汀注油工序作业指导书_B版.doc",
        date=None,
        notes="file-name record title with a version tag; a download station's file-info table, three download "
        "links, an unzip password and a dead-link report; decimal headings 1–4.1; no date",
        page="""
<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>油汀注油工序作业指导书_B版.doc - 拾文下载站</title>
<script language="javascript" src="/js/dl_count.js"></script>
</head>
<body>
<table width="950" align="center"><tr><td>⟦m 拾文下载站⟧ ⟦m 企业文档·标准规范·办公模板⟧</td>
<td align="right">⟦a 设拾文为首页 | 加入收藏⟧</td></tr>
<tr><td colspan="2">⟦m 首页 | 企业管理 | 标准规范 | 办公模板 | 排行榜⟧</td></tr></table>
<table width="950" align="center"><tr><td>⟦m 当前位置：拾文下载站 → 企业管理 → 作业指导 → 详情⟧</td></tr></table>
<table width="950" align="center" border="1" cellspacing="0" cellpadding="5">
<tr><td colspan="2"><b>{T}</b></td></tr>
<tr><td>⟦m 文件大小：48 KB⟧</td><td>⟦m 文件格式：.doc⟧</td></tr>
<tr><td>⟦m 授权方式：免费资料⟧</td><td>⟦m 收录时间：2024-05-18⟧</td></tr>
<tr><td>⟦m 下载次数：1057⟧</td><td>⟦m 推荐星级：★★★★☆⟧</td></tr>
</table>
<table width="950" align="center"><tr><td>
<p><b>⟦m 资料简介：⟧</b></p>
{BODY}
</td></tr></table>
<table width="950" align="center"><tr><td>
<p>⟦a 下载地址①：电信高速下载⟧</p>
<p>⟦a 下载地址②：联通高速下载⟧</p>
<p>⟦a 下载地址③：本地备用下载⟧</p>
<p>⟦a 解压口令：www.shiwen-down.com⟧</p>
<p>⟦a 链接失效？请点此报告，我们会尽快修复⟧</p>
</td></tr></table>
<table width="950" align="center"><tr><td>⟦l 同类资料：电暖器总装工序作业指导书 | 散热片焊接检验规范⟧</td></tr></table>
<table width="950" align="center"><tr><td align="center">
⟦d 本站资料均收集自网络，仅供学习研究，请于下载后24小时内删除。⟧<br>
⟦m 拾文下载站 Copyright 2006-2024　粤ICP备06031188号⟧
</td></tr></table>
</body></html>
""",
        body="""
1　目的
1.1　规范油汀注油工序操作，保证注油量准确、密封可靠，防止产品漏油。
2　适用范围
2.1　适用于本公司各型号充油式电暖器（油汀）的注油、封口工序。
3　作业要求
3.1　注油前检查散热片总成编号与工单一致，确认内腔已完成清洁和烘干。
3.2　按工单规定的注油量注入导热油，误差不超过10毫升，注油后静置三分钟排出气泡。
3.3　封口后逐台进行倾斜试漏，倾角45度保持五分钟，无渗漏方可转入下道工序。
4　记录
4.1　操作人员每班填写《注油工序记录表》，班组长签字后交质检员存档。
""",
    ),
    dict(
        slug="shiwen-download-host-script-night-light-donation",
        site="拾文下载站 (invented)",
        style="资料下载站",
        genre="主持词",
        kind="speech",
        form="text",
        source="http://www.shiwen-down.com/soft/zhuchi/20241207/35902.html",
        title="“温暖夜归路”小夜灯捐赠仪式主持词",
        record_title="“温暖夜归路”小夜灯捐赠仪式主持词（含开场与结束语）可编辑稿下载 - 拾文下载站",
        date=None,
        notes="download-station text page around a host script; file-info lines, download links and an unzip "
        "password; a 收录 stamp is no date; no date in the script",
        page="""
!m 拾文下载站 → 办公模板 → 主持词
!t “温暖夜归路”小夜灯捐赠仪式主持词（含开场与结束语）
!m 资料大小：16 KB　　资料格式：docx　　收录：2024-12-07
!m 资料评分：★★★★★　　下载：388 次
!m 资料预览：
{BODY}
!a 【下载地址一】　【下载地址二】
!a 解压口令：shiwen2024
!l 相关资料：捐赠仪式领导致辞（社区版）｜公益活动主持词开场白大全
!d 若资料侵犯了您的权益，请来信告知，我们将在核实后删除。
""",
        indent="",
        body="""
尊敬的各位领导、各位嘉宾，亲爱的居民朋友们：
大家上午好！冬日暖阳，爱心满怀。今天，我们在这里隆重举行“温暖夜归路”小夜灯捐赠仪式，首先，请允许我介绍出席今天仪式的领导和嘉宾。
下面进行仪式第一项：请捐赠企业代表、苢城光源电器有限公司总经理裴宇航致辞。
感谢裴总的真诚致辞！下面进行仪式第二项：请受赠社区代表上台，接受捐赠的五百盏感应小夜灯。
下面进行仪式第三项：请志愿者代表宣读入户安装服务承诺。
朋友们，一盏小夜灯，点亮的是回家的路，温暖的是邻里的心。今天的捐赠仪式到此结束，谢谢大家！
""",
    ),
    dict(
        slug="cishui-exam-notice-appliance-repair-oil-heater",
        site="泚水人事考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.cishuirsks.cn/tzgg/20250227/1123.html",
        title="关于2025年第一期家用电器产品维修工职业技能等级认定考核的通知",
        record_title="关于2025年第一期家用电器产品维修工职业技能等级认定考核的通知 :: 技能认定 :: 泚水人事考试网",
        date="2025-02-26",
        date_also=["2025-02-27"],
        notes="exam site: a maintenance banner and an admission-ticket float; the centre's own 咨询电话 next to the "
        "site's technical line; a timetable one row a paragraph; candidates told to download and print the "
        "admission ticket (content); 成文日期 differs from the posting date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>关于2025年第一期家用电器产品维修工职业技能等级认定考核的通知 :: 技能认定 :: 泚水人事考试网</title>
<link rel="stylesheet" href="/static/ks/main.css">
<script src="/static/ks/notice.js"></script>
</head><body>
<div class="ks-banner">⟦d 系统维护公告：3月2日凌晨1:00至5:00暂停报名与缴费服务⟧</div>
<div class="ks-head"><span>⟦m 泚水人事考试网⟧</span> <a>⟦a 考生登录⟧</a> <a>⟦a 注册账号⟧</a></div>
<div class="ks-nav">⟦m 首页⟧ ⟦m 考试公告⟧ ⟦m 技能认定⟧ ⟦m 成绩查询⟧ ⟦m 证书办理⟧</div>
<div class="ks-pos">⟦m 首页 ▸ 技能认定 ▸ 通知公告⟧</div>
<div class="ks-art">
<h1>{T}</h1>
<div class="ks-info">⟦m 发布日期：2025-02-27　来源：市职业技能鉴定中心　阅读：5,318⟧</div>
<div class="ks-body">
{BODY}
</div>
<div class="ks-tools">⟦a 打印本文⟧ ⟦a 关闭窗口⟧</div>
</div>
<div class="ks-float"><a>⟦a 准考证打印入口⟧</a><a>⟦a 报名信息查询⟧</a></div>
<div class="ks-foot">
<p>⟦m 网站技术支持（系统问题）：0736-7419900⟧</p>
<p>⟦m 泚水市人事考试中心主办　湘ICP备14008816号-2⟧</p>
</div>
</body></html>
""",
        body="""
各有关单位、各位考生：
2025年第一期家用电器产品维修工（中级工）职业技能等级认定考核定于3月15日举行，现将有关事项通知如下。
一、考核安排
科目　时间　地点
理论知识　3月15日9:00—10:30　市职业技能鉴定中心机房
技能操作　3月15日14:00—17:00　市技师学院电器实训楼
二、技能操作内容。考生须在规定时间内完成一台油汀的温控器故障排查与更换，并完成绝缘电阻测试。
三、准考证。考生请于3月10日起登录本网站下载并打印准考证，凭准考证和身份证入场。
四、咨询方式。市职业技能鉴定中心考务科，咨询电话：0736-7419023。
泚水市职业技能鉴定中心
2025年2月26日
""",
    ),
    dict(
        slug="guiyang-exam-notice-venue-power-strips",
        site="圭阳人事考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.gyrsks.cn/kwgl/2025/0403/602.html",
        title="关于加强考点考务用电及接线板安全管理的通知",
        record_title="考场用电 ◆ 关于加强考点考务用电及接线板安全管理的通知 ◆ 圭阳人事考试网",
        date="2025-04-02",
        notes="exam-site text page: a column tag and site with diamond separators; the centre's own 值班电话 next to "
        "the site's consultation and technical lines; 成文日期 under the signature",
        page="""
!m 圭阳人事考试网　　考试信息早知道
!m 网站首页 / 考务管理 / 正文
{T}
!m 作者：考务科　　时间：2025-04-03 16:10　　浏览：1,877
!a 〔加入收藏〕〔打印〕〔关闭〕
{BODY}
!l 上一篇：圭阳县2025年事业单位公开招聘考试考点安排
!l 下一篇：关于做好考试期间无线电监测工作的通知
!m 考生咨询：0736-5830700（工作日）　　网站技术支持：0736-5830799
!m 圭阳县人事考试中心 版权所有
""",
        indent="\u3000\u3000",
        date_also=["2025-04-03"],
        body="""
各考点学校：
近期将陆续举行事业单位公开招聘笔试等多项考试。为确保考试期间考务用电安全，现就有关事项通知如下。
一、考点保密室、视频监控室和考务办公室使用的接线板，须为带过载保护和3C认证的合格产品，使用年限超过五年的一律更换。
二、考场内禁止使用接线板串接电器；无线信号屏蔽仪须就近接入墙面插座，确需使用接线板的，由考点电工统一布设并固定。
三、各考点须于考前三天完成用电安全检查，填写检查记录，由考点主考签字确认。
四、考试期间安排电工全程值守，遇有断电等突发情况，立即启用备用电源并报告县人事考试中心，值班电话：0736-5830712。
圭阳县人事考试中心
2025年4月2日
""",
    ),
    dict(
        slug="chankou-tender-inquiry-stairwell-night-lights",
        site="瀍口市公共资源交易网 (invented)",
        style="招投标网",
        genre="询价公告",
        kind="notice",
        form="html",
        source="https://ggzy.chankou.gov.cn/jyxx/zfcg/xjgg/20250408/0412.html",
        title="芣原区老旧小区楼道感应小夜灯采购项目询价公告",
        record_title="【比价采购】芣原区老旧小区楼道感应小夜灯采购项目询价公告（报价进行中）",
        record_date="2025-04-08",
        date="2025-04-08",
        notes="date given by the record; tender portal with a countdown, CA and trading-system lines next to the "
        "purchaser's and agency's own contacts; a lots table one row a paragraph",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>芣原区老旧小区楼道感应小夜灯采购项目询价公告 - 瀍口市公共资源交易网</title>
<link rel="stylesheet" href="/ggzy/css/detail.css">
<script src="/ggzy/js/countdown.js"></script>
</head><body>
<div class="gz-head">⟦m 瀍口市公共资源交易网⟧ <span>⟦m 公开 · 公平 · 公正 · 诚信⟧</span></div>
<div class="gz-nav">⟦m 首页⟧ ⟦m 交易信息⟧ ⟦m 政府采购⟧ ⟦m 工程建设⟧ ⟦m 服务指南⟧</div>
<div class="gz-loc">⟦m 交易信息 ＞ 政府采购 ＞ 询价公告⟧</div>
<div class="gz-detail">
<h2>{T}</h2>
<div class="gz-info">⟦m 信息时间：2025-04-08　阅读次数：742⟧</div>
<div class="gz-count">⟦a 距报价截止还有 6 天 20 小时⟧</div>
<div class="gz-body">
{BODY}
</div>
<div class="gz-file">⟦a 采购文件下载（须登录交易系统）⟧</div>
</div>
<div class="gz-side">
<p>⟦m CA数字证书办理咨询：400-6611-720⟧</p>
<p>⟦m 交易系统操作热线：0737-2288000⟧</p>
</div>
<div class="gz-foot">⟦m 主办：瀍口市公共资源交易中心　湘ICP备17003359号⟧</div>
</body></html>
""",
        body="""
芣原区住房和城乡建设局的老旧小区楼道感应小夜灯采购项目采用询价方式采购，欢迎符合资格条件的供应商参加报价。
一、项目编号：FY-CG-2025-0412
二、采购内容
包号　品名　数量　最高限价（元）
1　充电式人体感应小夜灯　3200盏　86400
2　安装及一年维保服务　1项　24000
三、供应商资格要求：具有独立承担民事责任的能力，所投小夜灯须具备3C认证。
四、报价截止时间：2025年4月15日9时30分，逾期提交的报价文件不予接收。
五、联系方式
采购人：芣原区住房和城乡建设局，联系人：邓泽宇，电话：0737-2630148
代理机构：瀍口衡信招标咨询有限公司，联系人：白露，电话：0737-2289307
""",
    ),
    dict(
        slug="cishui-bus-bid-result-car-washers",
        site="泚水公交集团采购平台 (invented)",
        style="招投标网",
        genre="中标结果公告",
        kind="notice",
        form="text",
        source="http://cg.csbus.com.cn/zbgg/2024/08/22/931.html",
        title="泚水公交集团公交车辆自动洗车机采购项目中标结果公告",
        date="2024-08-22",
        notes="title as in the record; a bid-result table one row a paragraph; platform lines (CA, service hotline) "
        "around the purchaser's own contact; 成文日期 under the signature",
        page="""
!m 泚水公交集团采购平台　｜　阳光采购　廉洁共建
!m 首页 > 采购公告 > 结果公示
{T}
!m 公示时间：2024-08-22　　公示期：1个工作日
!a 【下载公告】　【分享】
{BODY}
!m 平台客服热线：0736-7266000　　CA证书服务：400-6611-730
!d 对公示结果有异议的，请按采购文件规定的方式和时限提出。
!m 泚水公交集团有限公司采购管理部 维护
""",
        indent="",
        body="""
泚水公交集团有限公司公交车辆自动洗车机采购项目（项目编号：CSGJ-2024-ZB031）已完成评标工作，现将中标结果公告如下。
一、中标信息
包号　中标供应商　中标金额（元）
1　湘沅环保设备有限公司　1186000
2　泚水市洁达机电工程有限公司　342500
二、主要标的：1号包为龙门往复式公交洗车机4套；2号包为配套循环水处理设备安装工程。
三、公告期限：自本公告发布之日起1个工作日。
四、联系方式：采购人泚水公交集团有限公司，联系人：田思远，电话：0736-7266318。
泚水公交集团有限公司
2024年8月22日
""",
    ),
    dict(
        slug="hengyan-law-case-curtain-rod-falls-tenant",
        site="衡言律师事务所 (invented law-firm site)",
        style="律所网站",
        genre="案例评析",
        kind="other",
        form="html",
        source="https://www.hengyanlaw.cn/anli/zulin/2024-0520.html",
        title="窗帘杆脱落砸伤租客，谁来担责？",
        record_title="案例小课堂丨窗帘杆脱落砸伤租客，谁来担责？ — 衡言律师事务所",
        date=None,
        notes="law firm: a lawyer card, consult float, 400 line and a page-address block; a case note with bracketed "
        "headings; an update stamp two weeks ago is no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>案例小课堂丨窗帘杆脱落砸伤租客，谁来担责？ — 衡言律师事务所</title>
<link rel="stylesheet" href="/assets/hy/site.css">
<script src="/assets/hy/chat.js" async></script>
</head><body>
<header><div>⟦m 衡言律师事务所⟧</div><div>⟦m 以衡持正　以言护权⟧</div>
<nav>⟦m 首页⟧ ⟦m 律所简介⟧ ⟦m 专业领域⟧ ⟦m 案例小课堂⟧ ⟦m 联系我们⟧</nav></header>
<div class="hy-crumb">⟦m 首页 / 案例小课堂 / 房屋租赁⟧</div>
<article>
<h1>{T}</h1>
<p class="hy-meta">⟦m 衡言律所　更新于 2 周前　阅读 1,046⟧</p>
{BODY}
<div class="hy-url">⟦m 本页地址：https://www.hengyanlaw.cn/anli/zulin/2024-0520.html⟧</div>
<div class="hy-copy">⟦d 本文为衡言律所原创，引用请注明出处，文中观点不构成对具体案件的法律意见。⟧</div>
</article>
<aside class="hy-lawyer"><p>⟦m 主办律师：卓婧　执业证号 14307201910885321⟧</p><p>⟦m 擅长：房屋租赁、物业纠纷、人身损害赔偿⟧</p></aside>
<div class="hy-float"><p>⟦w 遇到租房纠纷？在线问律师，3分钟回复⟧</p><p>⟦w 全国咨询热线 400-8190-615⟧</p></div>
<footer>⟦m 衡言律师事务所　地址：瀍口市芣原区金融街8号11楼⟧　⟦m 湘ICP备20031874号⟧</footer>
</body></html>
""",
        body="""
【基本案情】租客小林租住房东王某的房屋。入住两个月后的一天晚上，小林拉窗帘时，卧室窗帘杆连同支架一起脱落，砸中其额头，缝合五针，花去医疗费三千余元。经查，窗帘杆系王某出租前自行安装，支架仅用两颗塑料膨胀钉固定在空心砖墙上。
【法院观点】出租人应当保证租赁物符合约定用途，并对房屋内自行安装的设施负有安全保障义务。本案中，窗帘杆安装方式明显不当，王某未尽到合理注意义务，应承担主要责任；小林拉拽时用力过猛，自身亦有一定过错。法院酌定王某承担百分之八十的赔偿责任。
【律师提醒】出租前，房东应对窗帘杆、吊柜、热水器等固定设施进行检查；租客入住时发现安装松动，应及时书面告知房东维修，并保留沟通记录。
""",
    ),
    dict(
        slug="dishi-law-letter-oil-heater-leak",
        site="砥石律师事务所 (invented law-firm site)",
        style="律所网站",
        genre="函",
        kind="letter",
        form="text",
        source="http://www.dishilaw.com/wenshu/lsh/0109.html",
        title="关于油汀质量纠纷致泚水市宏顺电器商行的律师函",
        record_title="【文书公开】关于油汀质量纠纷致泚水市宏顺电器商行的律师函（已隐去当事人信息）",
        date="2025-01-09",
        notes="a law firm's letter with its own contact and an 抄送 line; a consult line and a 400 hotline around it; "
        "成文日期 in Chinese numerals under the signature",
        page="""
!m 砥石律师事务所　　专注消费维权与产品责任
!m 首页 » 文书公开 » 律师函
{T}
!m 砥石律所文书组　　浏览 533
!w 商品有质量问题商家不认账？砥石律师免费初审，热线 400-8321-077
{BODY}
!l 相关文书：关于电热毯自燃致损的律师函｜关于网购家电拒不退货的律师函
!d 文书已作脱敏处理，仅供参考，请勿直接套用。
!m 砥石律师事务所　泚水市解放西路31号　湘ICP备21009012号
""",
        indent="\u3000\u3000",
        body="""
泚水市宏顺电器商行：
本所接受陶某某的委托，就其在贵商行购买的油汀质量纠纷一事，特致函如下。
2024年12月3日，陶某某在贵商行购买“暖宜”牌油汀一台，价款698元。使用第九天，该油汀底部出现漏油，并引燃地板革，造成地板及床品损失。陶某某多次与贵商行协商退货赔偿，贵商行均以“人为损坏”为由拒绝。
根据消费者权益保护法的有关规定，经营者提供的商品存在质量问题的，消费者可以要求退货并赔偿损失。为此，请贵商行于收到本函之日起七日内与本所联系，妥善处理退货及赔偿事宜。逾期未予答复的，委托人将依法向人民法院提起诉讼。
特此函告。
联系人：钟律师，电话：0736-7203845
砥石律师事务所
二〇二五年一月九日
抄送：陶某某
""",
    ),
]

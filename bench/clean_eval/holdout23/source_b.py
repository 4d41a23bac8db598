"""Holdout 23, part B: 范文 sites, paid and free previews, sharing, download and cloud-drive
pages carrying documents of kinds no earlier part names (a funeral-services centre, a
hydrological station, a surveying institute, an animal-disease control centre, a seniors'
university, a special-education school). Page markers in new forms. Invented text."""

CASES = [
    dict(
        slug="fanwen-xiangyun-old-table-binzang-plan",
        site="祥云范文网 (invented)",
        style="范文站",
        genre="工作方案",
        kind="plan",
        form="html",
        source="http://www.xiangyunfw.example.net/fangan/2025/0404/8812.html",
        title="2025年清明节文明祭扫工作方案",
        record_title="【推荐】2025年清明节文明祭扫工作方案（精选3篇）_祥云范文网",
        date=None,
        notes="old 范文 table layout with a marquee, a member-only download box glued after a paragraph, a writing-service box between paragraphs; the plan has no 成文日期 (the year in the title is no date)",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>【推荐】2025年清明节文明祭扫工作方案（精选3篇）_祥云范文网</title></head><body>
<table width="100%"><tr><td>⟦m 祥云范文网 — 写材料，来祥云⟧</td><td align="right">⟦a 设为首页⟧ ⟦a 加入收藏⟧</td></tr></table>
<table width="100%"><tr><td>⟦m 首页 ┆ 工作方案 ┆ 活动方案 ┆ 应急预案 ┆ 讲话致辞 ┆ 心得体会⟧</td></tr></table>
<table width="980"><tr><td width="700" valign="top">
<div>⟦m 您现在的位置：祥云范文网 → 工作方案 → 活动方案⟧</div>
<h1>⟦t 【推荐】2025年清明节文明祭扫工作方案（精选3篇）⟧</h1>
<div>⟦m 栏目：活动方案　时间：2025-03-28　人气：5573⟧</div>
{BODY}
<div>⟦a 本篇范文仅展示部分，开通黄金会员可一键下载Word原文⟧</div>
</td><td width="260" valign="top"><div>⟦l 本类热门：春季防火工作方案 / 学雷锋志愿服务活动方案 / 植树节活动方案⟧</div></td></tr></table>
<table width="100%"><tr><td>⟦d 本站范文均来自网络投稿，如有侵权请来信删除⟧<br>⟦m Copyright 2012-2025 xiangyunfw.example.net⟧</td></tr></table>
</body></html>
""",
        body="""
为做好2025年清明节期间群众祭扫服务保障工作，倡导文明节俭祭扫新风尚，确保祭扫活动安全有序，结合县殡葬服务中心实际，制定本方案。
一、工作时间
2025年3月29日至4月6日，其中4月4日至6日为祭扫高峰期。
二、主要措施
（一）推行预约祭扫。群众可通过“云上追思”小程序预约祭扫时段，每日设置上限人数。
⟦w 材料写不出？专业笔杆子一对一代笔，微聊：xyfw_bj2025⟧
（二）倡导文明祭扫。在陵园入口设置鲜花换纸钱服务点，免费发放菊花3000枝。
（三）强化安全保障。园区内严禁焚烧祭品和燃放鞭炮，配备消防人员和灭火器材，开通临时公交接驳线路。
三、工作要求
各工作组要坚守岗位，遇到突发情况及时报告，确保祭扫群众平安、满意。
""",
    ),
    dict(
        slug="fanwen-jinbi-text-shuiwen-summary",
        site="金笔公文网 (invented)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://m.jinbigw.example.com/zongjie/bumen/31770.html",
        title="水文站2024年度工作总结",
        record_title="水文站2024年度工作总结（通用版）",
        date="2024-12-20",
        notes="mobile 范文 text page with a 'copy is disabled, tap to unlock' line between paragraphs and a glued font-size control, a monitoring-data table",
        page="""
!m 金笔公文网 · 手机版
!m 首页 › 工作总结 › 部门总结
!t 水文站2024年度工作总结（通用版）
!m 2024-12-23 发布 · 共2156字
{BODY}
!a ⤓ 保存为文档　⇪ 发送到邮箱
!l 看了本文的人还看了：气象局年度工作总结、防汛办工作总结
!w 定制材料找客服，企鹅号：2850113764
""",
        body="""
2024年，我站在市水文局的正确领导下，以保障防汛安全和水资源管理为中心，圆满完成了各项水文测报任务。现将全年工作总结如下：
一、水文测报工作。全年共收集整理各类水文数据4.6万组，发布洪水预报18站次，预报精度全部达到甲等。
⟦a 本段内容已加密，点此解锁后可复制⟧
二、站网建设。完成3处遥测雨量站升级改造，新建地下水监测井2眼。主要监测指标如下：
指标　2023年　2024年
年降水量（毫米）　1288　1406
最高水位（米）　31.62　32.05
报汛到报率（%）　99.2　99.8
三、存在问题和明年打算。站点老化设备较多，技术人员不足。2025年将重点推进测验方式改革，提高自动化测报水平。⟦a 字号 A- A+⟧
临溪水文站
2024年12月20日
""",
    ),
    dict(
        slug="fanwen-wenhai-wrapped-xinde",
        site="文海拾贝 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://www.wenhaisb.example.cn/xinde/20250520/6602.html",
        title="参加老年大学书法班学习心得体会",
        record_title=None,
        date=None,
        notes="范文 text hard-wrapped at 58 columns with a gap between paragraphs, title missing from the record, no date anywhere but the crawl stamp",
        wrap=58,
        gap=True,
        indent="    ",
        page="""
!m 文海拾贝 >> 心得体会 >> 学习心得
{T}
!m 收录时间：2025/05/20　浏览：　次
{BODY}
!a 【评论】【推荐给好友】【打印文章】
!l 相关阅读：退休干部学习心得　｜　老年大学开学典礼发言
""",
        body="""
退休以后，我报名参加了县老年大学书法班。一年多来，在老师的悉心指导下，我从握笔姿势学起，一笔一画地临写《多宝塔碑》，不仅字写得比过去工整了，心境也比过去平和了许多。
学书法，首先要有耐心。刚开始写横画时，总是写得一头粗一头细，老师让我们每天练一百个横，坚持了一个月才有了起色。这让我体会到，做任何事都急不得，要沉下心来下笨功夫。
学书法，还要多交流。班里的同学大多是退休的老同志，大家课后互相点评作品，一起参观书法展览，结下了深厚的友谊。
今后，我将继续坚持练习，争取在县里举办的老年书画展上展出自己的作品。
""",
    ),
    dict(
        slug="wenku-yunzhang-speech-bracket-page-markers",
        site="云章文库 (invented)",
        style="文库预览",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://wenku.yunzhang.example.com/d/4d81f0a9c2.html",
        title="在全县动物防疫工作会议上的讲话",
        record_title="在全县动物防疫工作会议上的讲话.pdf",
        date="2025-03-12",
        notes="paid preview with page markers ⟪n⟫ on lines of their own cutting sentences, a speech date under the title in brackets (neutral), preview-end prompt with price",
        pages=dict(fmt="⟪{n}⟫", every=140, start=2),
        page="""
!t 在全县动物防疫工作会议上的讲话.pdf
!m 云章文库　>　党政公文　>　讲话稿
!m 页数：5　｜　大小：96.4KB　｜　贡献者：ya**12
{T}
（2025年3月12日）
{BODY}
!a 试看到此为止　付费 ¥4.90 解锁剩余3页
!d 文档由用户提供，平台仅作信息存储空间，若侵犯您的权益请联系处理
""",
        title_also=[],
        body="""
同志们：
今天召开全县动物防疫工作会议，主要任务是贯彻落实省市动物防疫工作部署，总结去年工作，安排今年春季重大动物疫病集中免疫工作。
去年以来，全县各级各部门认真履职，全年累计免疫猪、牛、羊和家禽共计386万头（只），群体免疫密度保持在90%以上，全县未发生区域性重大动物疫情。
今年春防时间紧、任务重，各乡镇要组织村级防疫员逐村逐户开展免疫，做到不漏户、不漏畜、不漏针，免疫档案要与畜禽存栏数相符。县动物疫病预防控制中心要加强抗体监测，对免疫不合格的及时补免。
同志们，动物防疫关系畜牧业发展和公共卫生安全，希望大家以高度负责的态度，抓紧抓实各项工作。
""",
    ),
    dict(
        slug="wenku-ceshi-summary-glued-markers-wrapped",
        site="测绘人文档库 (invented)",
        style="文库预览",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://doc.chp-wenku.example.com/p-55210093.html",
        title="市测绘院2024年安全生产工作总结",
        record_title="市测绘院2024年安全生产工作总结",
        date="2024-12-27",
        notes="free preview hard-wrapped at 64 columns with markers ⦇n⦈ glued to continuation lines, an outline with 1. 2. 3. items, 成文日期 under the signature",
        wrap=64,
        indent="  ",
        pages=dict(fmt="⦇{n}⦈", every=170, start=2, glue=True),
        page="""
!m 测绘人文档库 · 免费文档
!t 市测绘院2024年安全生产工作总结
!m 2025-01-04 上传 · 阅读 1,387 · 评分 4.6
{BODY}
!a 全文阅读完毕 · 加入我的书架 · 导出为PDF
!l 猜你喜欢：测绘外业安全操作规程 / 无人机航测作业安全管理办法
""",
        body="""
2024年，院安全生产领导小组认真落实“管业务必须管安全”的要求，全年未发生生产安全事故，外业作业人员安全率100%。现将主要工作总结如下。
1. 完善责任体系。院长与各生产部门负责人签订安全生产责任书12份，各部门与外业组签订安全承诺书45份，层层压实责任。
2. 加强外业安全管理。针对野外测量、无人机航测等高风险作业，修订安全操作规程4项，为外业人员配备卫星定位终端和急救包。
3. 开展教育培训。组织安全知识培训6期、应急演练2次，新入职人员安全考试合格率100%。
2025年，我院将继续深化隐患排查治理，推动安全生产标准化建设再上新台阶。
市测绘院安全生产领导小组
2024年12月27日
""",
    ),
    dict(
        slug="wenku-xinyuan-html-pages-special-school",
        site="信源文库 (invented)",
        style="文库预览",
        genre="工作计划",
        kind="plan",
        form="html",
        source="https://www.xinyuan-wk.example.com/view/e1a7723c.html",
        title="特殊教育学校2025年春季学期工作计划",
        record_title=None,
        date=None,
        notes="文库 HTML without record title: page-marker paragraphs ⦋n⦌ between the halves of cut paragraphs, VIP button, a sidebar of uploader documents; no date in the plan",
        pages=dict(fmt="⦋{n}⦌", every=160, start=2),
        page="""
<html><head><meta charset="utf-8"><title>信源文库 - 海量实用文档在线阅读</title></head><body>
<div class="hd">⟦m 信源文库⟧ ⟦a 开通VIP 畅享全站⟧ ⟦a 上传文档赚收益⟧</div>
<div class="doc"><h1>⟦t 特殊教育学校2025年春季学期工作计划⟧</h1>
<div class="doc-info">⟦m 5页 · 2.1千次阅读 · 上传于2025-02-19⟧</div>
<div class="reader">
{BODY}
</div>
<div class="more">⟦a 还剩2页未读，继续阅读⟧</div></div>
<aside><h4>⟦l 该用户的其他文档⟧</h4><ul><li>⟦l 培智班个别化教育计划模板⟧</li><li>⟦l 送教上门工作记录表⟧</li></ul></aside>
<div class="foot">⟦d 信源文库所有文档均由用户上传，本站不保证内容准确性⟧</div>
</body></html>
""",
        body="""
本学期，我校将以“让每一个特殊儿童都享有公平而有质量的教育”为目标，深入推进课程改革和康复训练，努力提升特殊教育办学水平。
一、加强教学常规管理。落实个别化教育计划，每名学生由班主任、任课教师和康复教师共同制定学期目标，每月评估一次，及时调整教学内容。
二、深化康复训练。完善言语、运动、感统三个康复室的使用制度，每周为每名学生安排不少于4课时的康复训练。
三、做好送教上门工作。对全县27名重度残疾儿童实行送教上门，每两周至少送教一次，并做好送教记录。
四、加强家校合作。每学期召开两次家长会，开办家长学校，指导家长在家开展康复训练。
""",
    ),
    dict(
        slug="docshare-fenxiangba-text-laoda-speech",
        site="分享吧文档 (invented)",
        style="文档分享",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.fenxiang8.example.com/doc/209937.html",
        title="在老年大学2025年春季开学典礼上的致辞",
        record_title="在老年大学2025年春季开学典礼上的致辞 - 分享吧文档",
        date=None,
        notes="sharing page with the title printed twice, upload notice and an 'open in app' prompt; the speech has no date (upload time is not a date)",
        page="""
!m 分享吧文档 ＞ 讲话致辞 ＞ 开学典礼
!t 在老年大学2025年春季开学典礼上的致辞 - 分享吧文档
!m 上传者：柳岸闻莺　上传时间：2025-02-26 08:31　格式：doc
{T}
{BODY}
!a 在分享吧APP中打开，阅读体验更佳
!d 声明：本文档为网友自行上传，版权归原作者所有，如需删除请发邮件至 jubao@fenxiang8.example.com
""",
        body="""
尊敬的各位学员、各位老师：
大家上午好！今天，我们在这里隆重举行老年大学2025年春季开学典礼。首先，我代表校委会，向新入学的236名学员表示热烈欢迎！
老年大学是老同志们学习知识、陶冶情操、结交朋友的重要平台。本学期，学校新开设了智能手机应用、短视频制作、中医养生三个专业，共开设班级28个。
希望各位学员快乐学习、量力而行，把老年大学作为展示风采的舞台，做到老有所学、老有所乐、老有所为。
最后，祝大家学习愉快、身体健康、阖家幸福！
""",
    ),
    dict(
        slug="docshare-doudou-html-notice-no-title",
        site="豆豆文档 (invented)",
        style="文档分享",
        genre="通知",
        kind="notice",
        form="html",
        source="https://doudou-doc.example.com/s/k2P9xQ",
        title="关于做好2025年度动物疫病强制免疫补助资金申报工作的通知",
        record_title="关于做好2025年度动物疫病强制免疫补助资金申报工作的通知.wps",
        date="2025-04-03",
        notes="sharing HTML with a file-name title (.wps), a QR 'scan to save to phone' block, bank-account line and e-mail in the body; 成文日期",
        page="""
<html><head><meta charset="utf-8"><title>关于做好2025年度动物疫病强制免疫补助资金申报工作的通知.wps - 豆豆文档</title></head><body>
<div class="bar">⟦m 豆豆文档 · 文件随手分享⟧ ⟦a 登录 / 注册⟧</div>
<div class="file"><h3>⟦t 关于做好2025年度动物疫病强制免疫补助资金申报工作的通知.wps⟧</h3>
<p>⟦m 分享人：蔡****8　文件大小：48KB　有效期：永久⟧</p></div>
<div class="preview">
{BODY}
</div>
<div class="qr">⟦a 微信扫一扫，文件存到手机⟧</div>
<div class="actions">⟦a 保存到我的文档　｜　举报⟧</div>
<div class="ft">⟦d 豆豆文档仅提供文件分享服务，文件内容由分享人负责⟧</div>
</body></html>
""",
        body="""
各乡镇畜牧兽医站，各规模养殖场：
根据省财政厅、省农业农村厅有关规定，现就做好2025年度动物疫病强制免疫补助资金申报工作通知如下：
一、补助对象为自行采购疫苗、实施“先打后补”的规模养殖场（户）。
二、申报材料包括申请表、疫苗采购票据、免疫记录和抗体检测报告，于5月10日前报送县动物疫病预防控制中心，电子版发送至 dongfang_fk@example.cn。
三、补助资金按免疫数量核定，直接拨付至养殖场（户）对公账户。
联系人：韦国庆，联系电话：0772-6120458。
县农业农村局
2025年4月3日
""",
    ),
    dict(
        slug="download-ziyuanku-html-old-fileinfo",
        site="华夏资源下载站 (invented)",
        style="资料下载站",
        genre="工作制度",
        kind="other",
        form="html",
        source="http://www.hxzyxz.example.com/soft/79021.html",
        title="殡仪馆遗体接运服务管理制度",
        record_title="殡仪馆遗体接运服务管理制度 免费下载",
        date=None,
        notes="ASP download station: file-info table, three download mirrors, a dead-link report, a rule whose article speaks of 扫码 and 打印; no date",
        page="""
<html><head><meta charset="gb2312"><title>殡仪馆遗体接运服务管理制度 免费下载_华夏资源下载站</title></head><body>
<table width="950"><tr><td>⟦m 华夏资源下载站　www.hxzyxz.example.com⟧</td></tr><tr><td>⟦m 首页 | 公文范本 | 规章制度 | 表格模板 | 合同协议⟧</td></tr></table>
<table width="950"><tr><td>⟦m 当前位置：首页 → 规章制度 → 殡葬服务⟧</td></tr>
<tr><td><h2>⟦t 殡仪馆遗体接运服务管理制度⟧</h2></td></tr>
<tr><td><table><tr><td>⟦m 文件大小：22 KB⟧</td><td>⟦m 授权方式：免费⟧</td><td>⟦m 更新时间：2025-08-14⟧</td><td>⟦m 下载次数：341⟧</td></tr></table></td></tr>
<tr><td><div class="intro">⟦m 资料简介：⟧</div>
{BODY}
</td></tr>
<tr><td><div class="dl">⟦a 下载地址：电信下载一　联通下载二　本地高速下载⟧</div><div>⟦a 链接失效？点此报告⟧</div></td></tr></table>
<table width="950"><tr><td>⟦d 本站资源仅供学习研究，请于下载后24小时内删除⟧</td></tr></table>
</body></html>
""",
        body="""
第一条　为规范遗体接运服务，维护丧属合法权益，制定本制度。
第二条　接运服务实行24小时值班制度，值班人员接到电话后应详细登记逝者姓名、地址和联系人，并在30分钟内出车。
第三条　接运人员应着统一工作服，文明礼貌，不得向丧属索要财物。
第四条　遗体入馆时，接运人员应与接收人员当面交接，扫码登记遗体信息，打印交接单一式两份，双方签字确认。
第五条　接运车辆每次使用后必须进行消毒，并填写车辆消毒记录。
第六条　本制度自发布之日起施行。
""",
    ),
    dict(
        slug="download-wendang8-text-minutes",
        site="文档八下载 (invented)",
        style="资料下载站",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="https://www.wendang8dl.example.com/file/2025/31288.html",
        title="县特殊教育资源中心第三次工作例会纪要",
        record_title="县特殊教育资源中心第三次工作例会纪要【word可编辑】",
        date="2025-05-16",
        notes="download page text: file-info lines, the minutes' 时间/地点/主持/参会/记录 lines, a points-cost prompt; the meeting date is the document date",
        page="""
!m 文档八下载 - 办公文档免费下载
!m 分类：会议纪要　|　格式：DOCX　|　所需积分：2
!t 县特殊教育资源中心第三次工作例会纪要【word可编辑】
{BODY}
!a 积分不够？签到或上传资料即可获取积分
!a 点击下载（2积分）　　加入下载篮
!d 如本资料侵犯了您的权益，请联系站长处理
""",
        body="""
时间：2025年5月16日下午3:00
地点：县特殊教育学校二楼会议室
主持：宁晓岚
参会：资源中心全体巡回指导教师、各片区随班就读联络员
记录：龚芊
会议听取了各片区随班就读工作进展汇报，研究了以下事项：
一、关于巡回指导安排。6月份巡回指导重点为城区小学，每校指导不少于2次，指导记录于月底前交资源中心。
二、关于教师培训。6月20日举办随班就读教师专题培训，各校至少派1名教师参加。
三、关于资源教室验收。新建的5个资源教室由资源中心牵头组织验收，验收结果报县教育局。
""",
    ),
    dict(
        slug="netdisk-yunhe-text-plan-share",
        site="云盒网盘 (invented)",
        style="网盘分享",
        genre="工作方案",
        kind="plan",
        form="text",
        source="https://pan.yunhe.example.com/s/1aQ7xZ-Lm",
        title="公交集团2025年春运安全保障工作方案",
        record_title="公交集团2025年春运安全保障工作方案.docx",
        date="2025-01-10",
        notes="cloud-drive text view: share-link header, expiry line, save-to-drive and open-app prompts, the file's text with an emergency-phone table in the body",
        page="""
!m 云盒网盘 | 分享链接
!t 公交集团2025年春运安全保障工作方案.docx
!m 分享者：bus_aq****　| 过期时间：7天后
!a 保存到我的云盒　　下载（需客户端）
{BODY}
!a 文件仅预览前10页，完整内容请下载查看
!d 请勿分享违法违规内容，一经发现将封禁账号
""",
        body="""
为确保2025年春运期间公交运营安全有序，结合集团实际，制定本方案。
一、时间安排：2025年1月14日至2月22日，共40天。
二、工作措施：
（一）加强车辆检查。各分公司每天出车前对刹车、灯光、灭火器等进行检查，严禁车辆带病运营。
（二）加强驾驶员管理。春运期间驾驶员连续驾驶不超过4小时，严禁疲劳驾驶。
（三）做好应急准备。各场站储备应急车辆不少于5辆，遇恶劣天气及时启动应急预案。
三、应急联系电话：
部门　值班电话
集团调度中心　0635-8211110
安全技术部　0635-8211136
集团公司安全生产委员会
2025年1月10日
""",
    ),
    dict(
        slug="netdisk-nas-text-xinde-oneline",
        site="家里云NAS分享 (invented)",
        style="网盘分享",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://nas-share.example.net:5000/sharing/Vk2mPq",
        title="参加公证员执业培训心得体会",
        record_title=None,
        date=None,
        notes="a NAS share page with the body all on one line (paragraphs apart only by the indent), title missing from the record; share stamp not a date",
        oneline=True,
        indent="　　",
        page="""
!m DiskStation · 文件共享
!m 参加公证员执业培训心得体会.txt　（3.4 KB）
!a 下载　|　在文本编辑器中打开
{BODY}
!m 共享链接由用户 lawyer_qian 于 2025/08/02 创建
""",
        body="""
九月下旬，我参加了省公证协会举办的新执业公证员岗前培训，为期十天，系统学习了公证法律法规、执业规范和典型案例。
通过培训，我深刻认识到，公证是预防性的司法证明制度，公证员出具的每一份公证书都关系当事人的切身利益，必须坚持真实、合法原则，做到审查严格、程序规范。
在今后的工作中，我将把培训所学运用到实践中，认真对待每一件公证事项，努力做一名让群众信赖的公证员。
""",
    ),
]

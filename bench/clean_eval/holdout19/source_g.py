"""holdout19, part G: download stations, cloud-drive shares, print views and forwarded mail.

Invented text (sites, places, people, numbers, URLs); see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="download-nongfeng-oldtable-feed-quality-rules",
        site="农丰资料下载站 (invented)",
        style="资料下载站",
        genre="管理制度",
        kind="other",
        form="html",
        source="http://www.nongfengdown.example.net/Soft/ShowSoft.asp?SoftID=10922",
        title="饲料生产企业产品质量安全管理制度",
        record_title="饲料生产企业产品质量安全管理制度.doc",
        date="2025-03-18",
        notes="old ASP table layout: a file-info table (size, grade, downloads), mirror links, a 'report broken link' row, a visitor counter; file-name record title; articles speaking of 留样, 打印 and 下载 stay; 印发 date at the end",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>饲料生产企业产品质量安全管理制度.doc - 农丰资料下载站</title></head>
<body bgcolor="#FFFFFF">
<table width="960" align="center" border="0"><tr><td><font size="5" color="#006600">⟦m 农丰资料下载站⟧</font>　⟦m 农业资料·表格·制度·方案 免费下⟧</td></tr>
<tr><td bgcolor="#339933">⟦m 首页 | 种植技术 | 养殖技术 | 企业制度 | 表格下载 | 农资价格⟧</td></tr></table>
<table width="960" align="center" border="1" cellspacing="0" bordercolor="#CCCCCC">
<tr><td colspan="2">⟦m 当前位置：首页 → 企业制度 → 饲料兽药⟧</td></tr>
<tr><td width="160">⟦m 资料名称：⟧</td><td><b>{T}</b></td></tr>
<tr><td>⟦m 资料大小：⟧</td><td>⟦m 38 KB⟧</td></tr>
<tr><td>⟦m 资料等级：⟧</td><td>⟦m ★★★☆☆⟧</td></tr>
<tr><td>⟦m 下载次数：⟧</td><td>⟦m 本日:3 本周:17 总计:862⟧</td></tr>
<tr><td>⟦m 运行环境：⟧</td><td>⟦m Word2003/WPS⟧</td></tr>
<tr><td valign="top">⟦m 资料简介：⟧</td><td>
{BODY}
</td></tr>
<tr><td>⟦a 下载地址：⟧</td><td>⟦a 电信下载1　电信下载2　联通下载　备用下载⟧</td></tr>
<tr><td colspan="2">⟦a 【报告错误】　【推荐给好友】　【收藏此页】⟧</td></tr>
</table>
<table width="960" align="center"><tr><td>⟦l 相关资料：兽药经营质量管理规范检查表.xls　饲料原料进货查验记录.doc⟧</td></tr>
<tr><td align="center">⟦d 本站资料均收集于互联网，仅供学习研究，请于下载后24小时内删除。⟧<br>⟦m 农丰资料下载站 2008-2025　冀ICP备08005517号　您是第 <b>0310256</b> 位访客⟧</td></tr></table>
</body></html>
""",
        p_html="{}<br>",
        body="""
第一条　为加强本公司饲料产品质量安全管理，保证产品质量，依据《饲料和饲料添加剂管理条例》等法规规章，制定本制度。
第二条　质量管理部负责原料采购验收、生产过程控制、产品检验和留样观察等质量管理工作，对产品质量安全负直接责任。
第三条　原料入库前，须查验供应商资质证明和产品合格证，按批次抽样检验，检验合格后方可入库；不合格原料一律退货，不得投入生产。
第四条　生产过程严格执行产品配方和作业指导书，投料、粉碎、混合、制粒、包装等工序须有专人记录，记录保存期不少于2年。
第五条　每批产品须经检验合格后方可出厂，并按规定留样，留样保存期不少于产品保质期满后6个月。检验报告须打印后由检验员和质量负责人签字存档。
第六条　公司质量追溯系统中的生产和检验数据每月备份一次，任何人员不得擅自下载、删除或修改系统数据。
第七条　本制度自印发之日起施行。
萩浦县禾丰饲料有限公司
2025年3月18日印发
""",
    ),
    dict(
        slug="download-ziyuanku-plan-study-base-dot-markers",
        site="资源库下载网 (invented)",
        style="资料下载站",
        genre="应急预案",
        kind="plan",
        form="text",
        source="https://www.ziyuanku-down.example.com/doc/yjya/31877.html",
        title="椿溪县青少年研学实践基地突发事件应急预案",
        record_title="[DOC]椿溪县青少年研学实践基地突发事件应急预案 免费下载",
        date=None,
        notes="download station: decorated record title ([DOC] … 免费下载); '●n●' converter markers on lines of their own cutting sentences; no date anywhere (an 'updated 2天前' line); the plan's own emergency numbers stay",
        page="""
!m 资源库下载网　|　文档 · 模板 · 素材
!t [DOC]椿溪县青少年研学实践基地突发事件应急预案 免费下载
!m 更新：2天前　　大小：52KB　　类型：应急预案
!a ⬇ 高速下载（需安装下载器）　　⬇ 普通下载
{T}
{BODY}
!a 以上为文档预览，下载完整版请点击上方按钮
!l 猜你需要：研学旅行安全责任书｜学生外出活动安全预案｜夏令营应急预案
!d 资源库下载网所有资源来自网络分享，如侵犯您的权益请来信说明。
""",
        pages=dict(fmt="●{n}●", every=200, start=2),
        body="""
一、总则
为有效预防和妥善处置研学实践活动中发生的各类突发事件，最大限度保障学生生命安全和身体健康，结合基地实际，制定本预案。本预案适用于基地内及基地组织的外出研学活动中发生的安全事故、公共卫生事件和自然灾害等突发事件。
二、组织机构
基地成立突发事件应急处置领导小组，基地主任任组长，分管安全的副主任任副组长，各部门负责人为成员。领导小组下设现场处置组、医疗救护组、后勤保障组和信息联络组。
三、预防措施
（一）每批次研学活动前，对活动场地、设施设备、交通车辆进行安全检查；
（二）对带队教师和研学导师开展安全培训，每名研学导师负责学生不超过15人；
（三）基地医务室配备常用药品和急救设备，活动期间校医全程在岗。
四、应急处置
发生突发事件后，现场人员应立即组织学生疏散避险，同时向领导小组报告。需要医疗救援的，立即拨打120急救电话；发生火灾的，立即拨打119；发生治安事件的，立即拨打110。领导小组接报后迅速启动预案，并在1小时内向县教育体育局报告，同时通知学生所在学校和家长。
五、善后工作
事件处置结束后，领导小组要做好学生心理疏导、家长沟通和事件调查工作，总结经验教训，完善防范措施。
""",
    ),
    dict(
        slug="netdisk-yunxiang-html-football-academy-brochure",
        site="云享盘 (invented cloud drive)",
        style="网盘分享",
        genre="招生简章",
        kind="notice",
        form="html",
        source="https://pan.yunxiang.example.com/s/1QfT7mZk",
        title="蒲岚青云足球俱乐部2025年青训营招生简章",
        record_title="蒲岚青云足球俱乐部2025年青训营招生简章.pdf",
        date="2025-05-08",
        notes="cloud-drive preview: file-name record title; share info (sharer, expiry, extraction code); '☆n☆' page markers as paragraphs between the halves of a cut paragraph; the brochure's own fee table, sign-up URL and phone stay",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>蒲岚青云足球俱乐部2025年青训营招生简章.pdf_免费高速下载|云享盘</title></head><body>
<div class="nav">⟦m 云享盘⟧ ⟦a 客户端⟧ ⟦a 会员中心⟧ ⟦a 登录⟧</div>
<div class="share-info">
<div class="file">⟦t 蒲岚青云足球俱乐部2025年青训营招生简章.pdf⟧</div>
<p>⟦m 分享者：青云青训小管家　　失效时间：永久有效　　1.8MB⟧</p>
<div class="btns">⟦a 保存到我的云享盘⟧ ⟦a 下载⟧ ⟦a 举报⟧</div>
</div>
<div class="preview">
<h2>{T}</h2>
{BODY}
</div>
<div class="tip">⟦a 当前为文档预览模式，下载原文件查看高清版⟧</div>
<div class="ad">⟦a 开通超级会员，享极速下载和 10T 空间⟧</div>
<div class="ft">⟦d 云享盘仅提供存储服务，分享内容由用户上传，如涉及侵权请点击举报。⟧</div>
</body></html>
""",
        pages=dict(fmt="☆{n}☆", every=230, start=2),
        body="""
为普及青少年足球运动，发现和培养足球后备人才，蒲岚青云足球俱乐部面向社会招收2025年青训营学员。现将有关事项公布如下。
一、招生对象
2013年1月1日至2019年12月31日出生、身体健康、热爱足球运动的男女学生。
二、班级设置与收费
班级　年龄段　训练时间　收费（元/学期）
启蒙班　6—7岁　每周六上午　2400
基础班　8—9岁　每周六、日上午　3600
提高班　10—12岁　每周二、四晚及周日上午　4800
三、师资力量
俱乐部现有持中国足协C级及以上教练员证书的教练14名，其中A级教练2名。训练采用分级教学、小班授课，每班不超过16人。
四、报名方式
登录俱乐部报名网站（https://qingyun-fc.example.cn/bm）填写报名信息，或到俱乐部前台现场报名。报名后安排免费试训一次，试训合格方可正式入营。
五、咨询电话
0745-2238101（周二至周日9:00—18:00）。
蒲岚青云足球俱乐部
2025年5月8日
""",
    ),
    dict(
        slug="netdisk-kuaipan-game-minors-rules-docx",
        site="快盘分享 (invented)",
        style="网盘分享",
        genre="管理制度",
        kind="other",
        form="text",
        source="https://kp.example.net/share/9b0e31d7",
        title="星屿互娱未成年人保护工作制度",
        record_title="星屿互娱未成年人保护工作制度.docx",
        date=None,
        notes="file-name record title; a cloud-drive share with an extraction code, expiry and file list; no date in the document (a share stamp and an expiry date are no dates); chapters and articles",
        page="""
!m 快盘分享 · 文件预览
!t 星屿互娱未成年人保护工作制度.docx
!m 分享时间：2025-08-21 14:06　　有效期至：2025-09-20　　提取码：x7k2
!a 💾 转存　　⬇ 下载（3.2MB）　　🔗 复制分享链接
!m 合规资料 / 制度文件 / 星屿互娱未成年人保护工作制度.docx
{T}
{BODY}
!a 预览已到底部，更多内容请下载后查看
!l 同一分享中的其他文件：防沉迷系统接入说明.pdf　｜　实名认证流程图.png　｜　退款处理台账.xlsx
!d 请勿通过快盘传播违法违规内容，违者将依法处理。
""",
        body="""
第一章　总则
第一条　为切实保护未成年人身心健康，落实网络游戏防沉迷各项要求，根据《中华人民共和国未成年人保护法》等法律法规，结合公司实际，制定本制度。
第二条　本制度适用于公司运营的全部网络游戏产品。
第二章　实名认证与防沉迷
第三条　所有游戏产品须接入国家网络游戏防沉迷实名认证系统，用户未完成实名认证的，不得进入游戏。
第四条　对未成年人用户，仅可在规定的时段提供网络游戏服务，其他时间一律不得以任何形式提供服务。
第三章　充值管理
第五条　严格执行未成年人充值限额规定，系统自动拦截超限充值。
第六条　监护人申请未成年人充值退款的，客服部门应在受理之日起7个工作日内完成审核，符合条件的依法退款。
第四章　监督与责任
第七条　公司设立未成年人保护工作小组，由分管副总裁任组长，法务、运营、客服部门负责人为成员，每季度召开工作会议。
第八条　对违反本制度的部门和个人，视情节予以通报批评、绩效扣减直至解除劳动合同。
第五章　附则
第九条　本制度由公司法务合规部负责解释，自发布之日起施行。
""",
    ),
    dict(
        slug="print-pulan-hkmo-notice-text-print-view",
        site="蒲岚市人民政府港澳事务办公室 print view (invented)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="text",
        source="http://gab.pulan.example.gov.cn/print.jsp?id=20250311-0021",
        title="关于开展2025年度因公赴港澳团组备案审核工作的通知",
        date="2025-03-11",
        notes="print view: a print header with the site name and URL, a print stamp (no date), a 'page 1 of 1' footer; the notice's own 附件, contact and 抄送 lines; 成文日期",
        page="""
!m 蒲岚市人民政府港澳事务办公室　　　　　　　　打印页面
!m http://gab.pulan.example.gov.cn/zwgk/tzgg/202503/t20250311_0021.html
{T}
{BODY}
!m 打印日期：2025年4月2日
!a ⎙ 打印　｜　✕ 关闭本页
!p 共1页　第1页
""",
        indent="\u3000\u3000",
        body="""
市直各单位，各县（市、区）人民政府港澳事务机构：
为进一步规范因公赴港澳管理，提高团组审核效率，现就2025年度因公赴港澳团组备案审核工作通知如下。
一、各单位应于每年3月31日前，将本单位年度因公赴港澳计划报市港澳办备案，未列入年度计划的团组原则上不予审核。
二、团组出访前，须至少提前20个工作日通过因公出入境管理系统提交审核申请，并上传出访任务批件、邀请函及日程安排。
三、团组人数、停留时间须严格按照有关规定执行，不得安排与出访任务无关的活动。
四、团组回国（境）后1个月内，须将出访报告报市港澳办，并在本单位内部公示。
附件：2025年度因公赴港澳计划备案表
联系人：詹一鸣，联系电话：0745-2216011。
蒲岚市人民政府港澳事务办公室
2025年3月11日
抄送：市纪委监委驻市政府办公室纪检监察组
""",
    ),
    dict(
        slug="print-qingxu-nuclear-html-open-day",
        site="青屿核电公司 print view (invented)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.qingyu-npc.example.com/news/print.aspx?id=1902",
        title="关于举办2025年青屿核电公众开放日活动的通知",
        record_title="[可打印版]关于举办2025年青屿核电公众开放日活动的通知",
        date="2025-08-28",
        notes="print template: decorated record title; a print-only header and a footer with the page address and 'page n/n'; the byline's 发布日期 is the date (no 成文日期); the notice's own booking URL and hotline stay",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>[可打印版]关于举办2025年青屿核电公众开放日活动的通知</title>
<style>@media print{.noprint{display:none}}</style></head><body>
<div class="noprint">⟦a 🖶 立即打印⟧　⟦a 返回原文⟧</div>
<div class="ph">⟦m 青屿核电有限公司 · 新闻中心⟧</div>
<h1>{T}</h1>
<p class="by">⟦m 发布日期：2025-08-28　　来源：公众沟通部⟧</p>
<hr>
<div class="txt">
{BODY}
</div>
<hr>
<div class="pf">⟦m 本页地址：https://www.qingyu-npc.example.com/news/1902.html⟧　⟦p 第 1 页 / 共 1 页⟧</div>
</body></html>
""",
        body="""
为增进公众对核电的了解，营造共建共享的良好氛围，青屿核电公司定于2025年9月20日至10月18日每周六举办公众开放日活动，欢迎社会各界人士报名参加。
一、活动内容：参观核电科技馆、模拟机培训中心和厂区环境监测站，聆听核电科普讲座，与核电工程师面对面交流。
二、报名方式：通过“青屿核电公众开放日”预约平台（https://open.qingyu-npc.example.com）实名预约，每场限额80人，每人每场限报1次。
三、参观须知：参观者须年满12周岁，未满18周岁的须由监护人陪同；参观当日须携带本人有效身份证件，配合完成安全检查；厂区内禁止拍照摄像。
四、交通安排：每场活动在青屿镇游客服务中心设集合点，统一乘坐公司安排的大巴车前往厂区。
活动咨询电话：0596-3361900。
""",
    ),
    dict(
        slug="mail-aidhq-forward-letter-roman-marker",
        site="mail forwarded from 援疆前方指挥部 (invented)",
        style="邮件转发",
        genre="函",
        kind="notice",
        form="text",
        source="mailto:zzb@qiupu.example.gov.cn?msg=20250416-0931",
        title="关于商请选派第二批援疆专业技术人才的函",
        record_title="【请阅办】关于商请选派第二批援疆专业技术人才的函",
        date="2025-04-14",
        date_also=["2025-04-15", "2025-04-16"],
        notes="forwarded mail: reply/forward headers (发件人/收件人/抄送/日期/主题) and the mail's own attachment line (chrome) above the letter's own 附件 list; a hand-copied PDF page marker '- Ⅱ -' glued inside a sentence; 成文日期; a mail signature and a legal footer",
        page="""
!m 发件人：萩浦县委组织部干部科 <gbk@qiupu.example.gov.cn>
!m 收件人：各有关单位人事科
!m 日期：2025年4月16日 星期三 09:31
!t 主题：【请阅办】关于商请选派第二批援疆专业技术人才的函
!m 附件：商请函.pdf（126KB）；人才需求表.xlsx（18KB）
!m 各单位：转发前方指挥部来函，请对照需求表于4月25日前推荐人选。
!m -------- 转发的邮件 --------
!m 发件人：援疆前方指挥部综合组 <zhb_zhz@yj-qfzhb.example.org.cn>
!m 发送时间：2025-04-15 18:02
{T}
{BODY}
!m --
!m 干部科　包清源　0792-5231007
!d 本邮件及附件仅供指定收件人使用，如误收请立即删除并告知发件人。
""",
        body="""
萩浦县委组织部：
根据对口支援工作安排和受援县卫生、教育事业发展需要，经前方指挥部研究，拟商请贵县选派第二批援疆专业技术人才。现将有关事项函告如下：
一、选派人数和岗位。拟选派专业技术人才12名，其中医疗卫生人才7名（急诊科、儿科、妇产科、影像科）、中小学教师5名（数学、物理、英语）。
二、选派条件。政治素质好，身体健康，具有中级及以上专业技术职称，年龄一般不超过50周岁，能够⟦p - Ⅱ -⟧适应高海拔地区工作生活。
三、服务期限和待遇。服务期限为一年半，自2025年8月起。援派期间工资福利、职称评聘等按照有关政策执行。
四、时间要求。请于5月10日前将推荐人选名单及相关材料报送前方指挥部综合组。
联系人：易向东，联系电话：0998-2810418，电子邮箱：zhb_zhz@yj-qfzhb.example.org.cn。
附件：1．第二批援疆专业技术人才需求表
2．援疆专业技术人才推荐表
援疆前方指挥部综合协调组
2025年4月14日
""",
    ),
    dict(
        slug="mail-huatong-auto-html-webmail-service-month",
        site="华通汽车服务集团 webmail (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="html",
        source="https://mail.huatong-auto.example.com/webmail/read?mid=ZC09-2025-0904",
        title="关于开展2025年秋季售后服务月活动的通知",
        date="2025-09-04",
        notes="webmail view: folder list, toolbar, mail headers, an external-mail banner; the notice's own activity table, 联系人 and 附件 lines stay; the mail's time and the 成文日期 agree",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>华通邮 - 读信</title></head><body>
<div class="top">⟦m 华通邮 · 企业邮箱⟧ ⟦m sales.lx@huatong-auto.example.com⟧ <a>⟦a 退出⟧</a></div>
<div class="folders"><ul><li>⟦m 收件箱 (12)⟧</li><li>⟦m 星标邮件⟧</li><li>⟦m 已发送⟧</li><li>⟦m 草稿箱⟧</li><li>⟦m 垃圾邮件⟧</li></ul></div>
<div class="read">
<div class="toolbar">⟦a 返回　回复　回复全部　转发　删除　彻底删除　标记为…　移动到…⟧</div>
<h2>{T}</h2>
<table class="hdr">
<tr><td>⟦m 发件人：集团售后服务部 &lt;aftersales@huatong-auto.example.com&gt;⟧</td></tr>
<tr><td>⟦m 收件人：各4S店总经理；各4S店售后经理⟧</td></tr>
<tr><td>⟦m 时　间：2025年9月4日（周四）16:48⟧</td></tr>
<tr><td>⟦m 附　件：2 个（服务月活动方案.pptx，客户关怀短信模板.docx）⟧</td></tr>
</table>
<div class="mailbody">
{BODY}
</div>
<div class="att">⟦a 📎 全部下载（打包）　预览⟧</div>
</div>
<div class="foot">⟦d 华通邮提示：请勿轻信邮件中要求转账、提供密码的内容。⟧</div>
</body></html>
""",
        body="""
各4S店：
为回馈广大车主，提升售后服务满意度，集团决定于2025年9月15日至10月31日在旗下各4S店开展秋季售后服务月活动。现将有关事项通知如下。
一、活动内容
项目　内容　适用车辆
免费检测　底盘、制动、空调、电瓶等28项安全检测　集团售出的全部车辆
工时优惠　保养工时费8折　车龄3年以上车辆
会员礼遇　积分双倍，赠送洗车券2张　会员车主
二、工作要求
（一）各店须于9月12日前完成活动物料布置，并通过客户关怀短信通知到店车主；
（二）免费检测项目不得捆绑销售，检测发现的问题须向车主如实说明，由车主自主决定是否维修；
（三）各店每周五前将活动进店台次和客户满意度调查结果报集团售后服务部。
联系人：集团售后服务部　凌晓东，电话：0745-2298610。
附件：1．服务月活动方案
2．客户关怀短信模板
华通汽车服务集团售后服务部
2025年9月4日
""",
    ),
]

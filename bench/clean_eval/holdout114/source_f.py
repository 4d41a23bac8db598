"""holdout114, part F: encyclopaedia Q&A, cloud drives, search snapshots, print views and
forwarded mails. Everything invented; see ../README.md."""

CASES = [
    dict(
        slug="wiki-zhishi-tujia-dance-entry",
        site="知识百科 (invented)",
        style="百科问答",
        genre="百科",
        kind="other",
        form="text",
        source="https://baike.zhishi.example.com/item/摆手舞/20771",
        title="土家族摆手舞",
        record_title="土家族摆手舞_知识百科",
        date=None,
        notes="encyclopedia entry; edit links; catalogue chrome; references; an example date inside a sentence (no date)",
        page="""
!m 知识百科 — 人人可编辑的百科全书
{T}
!a 编辑　讨论　收藏　上传视频
!l 目录　1 历史渊源　2 表演形式　3 保护传承
{BODY}
!l 参考资料：[1] 《湘西民族民间舞蹈志》
!m 词条统计：浏览次数 12,881　编辑次数 14次
!d 百科词条人人可编辑，内容仅供参考
""",
        body="""
土家族摆手舞是流传于湘、鄂、渝、黔交界地区土家族聚居区的传统舞蹈，是国家级非物质文化遗产。
历史渊源：摆手舞源于古代土家族祭祀祖先的活动，一般在农历正月举行。
表演形式：舞者随锣鼓节奏同边摆手，动作有单摆、双摆、回旋摆等，模仿狩猎、农耕等生产生活场景。
保护传承：当地把摆手舞编成广场舞和课间操推广，例如某县曾于2011年5月组织千人摆手舞展演。
""",
    ),
    dict(
        slug="wiki-wenda-brick-carving-answer-html",
        site="问答百科 (invented)",
        style="百科问答",
        genre="问答",
        kind="other",
        form="html",
        source="https://wd.wendabk.example.cn/q/6602219.html",
        title="砖雕和石雕有什么区别？",
        record_title=None,
        date=None,
        notes="HTML Q&A encyclopedia; no record title; answer card; vote; related; login prompt",
        page="""
<html><head><meta charset="utf-8"><title>砖雕和石雕有什么区别？_问答百科</title></head><body>
<div class="hd">⟦m 问答百科⟧ ⟦a 我要提问　登录⟧</div>
<h1>⟦t 砖雕和石雕有什么区别？⟧</h1>
<div class="ans"><div class="who">⟦m 古建爱好者 · 回答了 382 个问题⟧</div>
{BODY}
<div class="vote">⟦l 👍 有帮助 92　👎 没帮助 3⟧</div></div>
<div class="rel">⟦l 相关问题：徽州三雕指的是什么？　砖雕怎么保养？⟧</div>
<div class="ft">⟦d 内容来自网友回答，不代表本站立场⟧</div>
</body></html>
""",
        body="""
砖雕和石雕的主要区别在材料、工艺和用途上。
材料上，砖雕用的是青砖，质地较软；石雕用的是青石、花岗岩等，质地坚硬。
工艺上，砖雕有窑前雕和窑后雕两种，刀法细腻，适合表现繁复的人物和花鸟；石雕多用錾子凿刻，线条粗犷。
用途上，砖雕多用于门楼、影壁、墀头等建筑装饰；石雕多用于柱础、石狮、牌坊等承重或室外构件。
""",
    ),
    dict(
        slug="netdisk-yunhe-flower-arrangement-plan",
        site="云盒网盘 (invented)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="text",
        source="https://pan.yunhe.example.com/s/1xQa7Lm2",
        title="社区老年大学插花班教学计划",
        record_title="社区老年大学插花班教学计划.wps",
        date="2025-02-25",
        notes="cloud-drive share: extraction code, expiry, save-to-drive prompts; file-name title; date under signature",
        page="""
!m 云盒网盘 | 分享文件
!t 社区老年大学插花班教学计划.wps
!m 分享者：夕阳红教务　　有效期：7天　　提取码已验证
!a 保存到我的云盒　　下载（36KB）　　举报
{BODY}
!a 在线预览仅显示前3页，完整内容请下载
!d 云盒网盘提醒：请勿分享侵权、违法内容
""",
        body="""
一、教学目标：通过一个学期的学习，使学员掌握东方插花的基本花型和插作技法，陶冶情操，丰富晚年生活。
二、教学安排：
周次　内容
第1至4周　插花器具与花材认识
第5至10周　直立式、倾斜式、下垂式花型
第11至16周　节令插花与作品展评
三、学员须自备剪刀和花泥，花材由学校统一采购。
云台社区老年大学
2025年2月25日
""",
    ),
    dict(
        slug="netdisk-suiyi-monorail-safety-html",
        site="随意云盘 (invented)",
        style="网盘分享",
        genre="制度",
        kind="regulation",
        form="html",
        source="https://www.suiyipan.example.net/share/init?surl=Mr8kq",
        title="景区单轨观光车运营安全管理制度",
        record_title="景区单轨观光车运营安全管理制度.docx",
        date=None,
        notes="cloud drive HTML; file-name title; share bar; ad banner; regulation articles mention 打印 (kept); no date",
        page="""
<html><head><meta charset="utf-8"><title>景区单轨观光车运营安全管理制度.docx_免费高速下载|随意云盘</title></head><body>
<div class="top">⟦m 随意云盘　文件分享更简单⟧ ⟦a 登录　注册⟧</div>
<div class="fname">⟦t 景区单轨观光车运营安全管理制度.docx⟧</div>
<div class="finfo">⟦m 2025-03-12 14:06 分享　失效时间：永久有效⟧</div>
<div class="btn">⟦a 普通下载⟧ ⟦a 超级会员极速下载⟧</div>
<div class="preview">
{BODY}
</div>
<div class="banner">⟦a 广告：云盘会员年卡 5 折⟧</div>
</body></html>
""",
        body="""
第一条　为加强景区单轨观光车运营安全管理，保障游客安全，制定本制度。
第二条　单轨观光车每日运营前，值班人员应当对轨道、车辆、供电系统进行例行检查，并打印检查记录存档。
第三条　遇六级以上大风、雷电、暴雨等恶劣天气，应当立即停止运营，疏散站台游客。
第四条　驾驶员须持证上岗，连续驾驶不得超过两小时。
第五条　本制度由景区安全部负责解释。
""",
    ),
    dict(
        slug="snapshot-souyi-ozone-notice-cache",
        site="搜易快照 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="text",
        source="http://cache.souyi.example.com/c?u=sthj.liuchuan.example.gov.cn%2Ftz%2F1203.html",
        title="关于加强夏季臭氧污染防控工作的通知",
        record_title=None,
        date="2025-05-28",
        notes="search cache banner with crawl time (not a date); highlight note; original URL line; 成文日期 expected",
        page="""
!d 这是搜易对 http://sthj.liuchuan.example.gov.cn/tz/1203.html 的网页快照，抓取于2025年6月3日 07:12。
!d 页面可能已经更改，搜易和网页作者无关，不对其内容负责。
!m 您查询的关键词已被高亮：臭氧 防控
{T}
!m 榴川县生态环境局 > 通知公告
{BODY}
!m 榴川县生态环境局　版权所有
""",
        body="""
各乡镇人民政府，县级有关部门，各重点企业：
进入夏季，我县臭氧污染进入高发期。为减少臭氧污染天数，现就有关事项通知如下。
一、加强挥发性有机物治理。涉及喷涂、印刷的企业要在6月底前完成治污设施检修。
二、实施错峰作业。臭氧预警期间，道路划线、建筑外墙涂装等作业安排在夜间进行。
三、加强加油站管理。各加油站要确保油气回收装置正常运行。
榴川县生态环境局
2025年5月28日
""",
    ),
    dict(
        slug="snapshot-kuaisou-cold-wave-html",
        site="快搜缓存 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="https://kuaisou.example.net/snapshot?id=b71c0e&url=qx.tankou.example.gov.cn",
        title="檀口县寒潮蓝色预警及防御指引",
        record_title="檀口县寒潮蓝色预警及防御指引",
        date="2025-12-14",
        record_date="2025-12-14",
        notes="HTML snapshot frame: cache header; original site's nav; numbered guidance; snapshot footer",
        page="""
<html><head><meta charset="utf-8"><title>檀口县寒潮蓝色预警及防御指引 - 快搜缓存</title></head><body>
<div class="snap">⟦d 快搜缓存页：本页面为历史快照，保存时间 2025-12-15 03:40，仅供参考⟧ ⟦a 查看原网页⟧</div>
<div class="orig">
<div>⟦m 檀口县气象局　预警信息发布⟧</div>
<h1>⟦t 檀口县寒潮蓝色预警及防御指引⟧</h1>
{BODY}
<div>⟦m 檀口县气象局主办 气象服务电话：12121⟧</div>
</div>
</body></html>
""",
        body="""
檀口县气象台2025年12月14日16时发布寒潮蓝色预警：受强冷空气影响，预计15日至17日我县气温将下降8至10℃，最低气温降至0℃左右。
防御指引：
1. 注意添衣保暖，老弱病幼人群减少外出。
2. 做好农作物、畜禽和水产养殖的防寒防冻工作。
3. 使用煤炉取暖的，要保持室内通风，防止一氧化碳中毒。
""",
    ),
    dict(
        slug="print-yanwan-genealogy-rules",
        site="砚湾宗亲联谊会 (invented)",
        style="打印页",
        genre="制度",
        kind="regulation",
        form="text",
        source="http://www.yanwanzq.example.org/print.php?id=318",
        title="续修族谱工作规则",
        record_title="续修族谱工作规则 - 打印版",
        date="2025-03-16",
        notes="print view: print header with URL and print time (not a date), print footer page x/y; the rules' adoption date stated in their last article",
        page="""
!m 砚湾宗亲联谊会 — 打印页面
!m 原文地址：http://www.yanwanzq.example.org/show.php?id=318
{T}
{BODY}
!m 打印时间：2025/11/20 10:05
!p 第1页/共1页
""",
        body="""
第一条　为做好续修族谱工作，经理事会讨论，制定本规则。
第二条　续修族谱坚持自愿原则，入谱信息由各户据实填报，不收取入谱费用。
第三条　各支系推选一名联络员，负责收集本支系人口变动、婚嫁、迁徙等资料。
第四条　新修族谱男女同等入谱，外迁族人可通过信函或电子邮件报送信息。
第五条　本规则经2025年3月16日理事会通过，自通过之日起施行。
""",
    ),
    dict(
        slug="print-qingshi-ancient-books-survey-html",
        site="青石县图书馆 (invented)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.qslib.example.cn/print/notice_2025_27.html",
        title="关于开展民间古籍普查登记工作的公告",
        record_title=None,
        date="2025-04-08",
        notes="HTML print view: print/close buttons, print header and URL, footer page x of y; 联系人 kept",
        page="""
<html><head><meta charset="utf-8"><title>打印 - 青石县图书馆</title><style>@media print{.noprint{display:none}}</style></head><body>
<div class="noprint">⟦a 【打印】⟧ ⟦a 【关闭窗口】⟧</div>
<div class="ph">⟦m 青石县图书馆　www.qslib.example.cn⟧</div>
<h2>⟦t 关于开展民间古籍普查登记工作的公告⟧</h2>
{BODY}
<div class="pf">⟦p 第 1 页，共 1 页⟧</div>
</body></html>
""",
        body="""
为摸清我县民间古籍收藏情况，加强古籍保护，我馆即日起开展民间古籍普查登记工作。
一、登记范围：1912年以前抄写或印刷的书籍，包括家谱、医书、契约文书等。
二、登记方式：收藏者可携带古籍到馆登记，也可预约工作人员上门登记，登记不改变古籍所有权。
三、我馆为登记的古籍免费提供破损评估和修复建议。
联系人：詹老师，电话：0793-6320517。
青石县图书馆
2025年4月8日
""",
    ),
    dict(
        slug="mail-fwd-greatwall-ranger-training",
        site="邮件转发 (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mailto:list@wenwu.liuchuan.example.gov.cn",
        title="关于举办长城保护员业务培训班的通知",
        record_title="Fwd: 关于举办长城保护员业务培训班的通知",
        date="2025-09-02",
        notes="forwarded mail: headers (发件人/收件人/日期) meta; forward separator; mail's own 附件 header vs the notice's 附件 list; signature block of the forwarder",
        page="""
!m 发件人：县文物局办公室 <bgs@wenwu.liuchuan.example.gov.cn>
!m 收件人：各乡镇文化站
!m 日期：2025年9月3日 星期三 09:15
!m 主题：Fwd: 关于举办长城保护员业务培训班的通知
!m 附件：培训回执.xlsx (12KB)
请各文化站转发到每位保护员。
!m ---------- 转发的邮件 ----------
{T}
{BODY}
!l --
!l 县文物局办公室 | 电话 0838-6120071
!d 此邮件可能包含保密信息，如误收请删除并告知发件人。
""",
        body="""
各乡镇文化站：
为提升长城保护员巡查能力，县文物局定于9月16日至17日举办长城保护员业务培训班。
一、培训对象：全县聘用的长城保护员，共32人。
二、培训内容：长城本体病害识别、巡查记录填写、违法行为劝阻和报告。
三、请各文化站于9月10日前将参训人员回执报县文物局。
附件：培训回执
榴川县文物局
2025年9月2日
""",
    ),
    dict(
        slug="mail-newsletter-fibre-html",
        site="光联通讯简报 (invented)",
        style="邮件转发",
        genre="新闻",
        kind="news",
        form="html",
        source="https://newsletter.guanglian.example.com/2025/issue-42.html",
        title="乡村光纤入户工程完成年度任务",
        record_title="【光联简报 第42期】乡村光纤入户工程完成年度任务",
        date="2025-11-25",
        notes="mailed newsletter HTML: issue header, view-in-browser link, unsubscribe footer; issue number is no date; the article's 发布 line is",
        page="""
<html><head><meta charset="utf-8"><title>【光联简报 第42期】乡村光纤入户工程完成年度任务</title></head><body>
<table width="600" align="center">
<tr><td>⟦a 邮件显示不正常？点此在浏览器中查看⟧</td></tr>
<tr><td>⟦m 光联通讯简报 · 第42期⟧</td></tr>
<tr><td><h2>⟦t 乡村光纤入户工程完成年度任务⟧</h2></td></tr>
<tr><td>⟦m 发布：2025-11-25　通讯员：段志文⟧</td></tr>
<tr><td>
{BODY}
</td></tr>
<tr><td>⟦l 本期其他内容：5G基站建设进展　客户服务满意度调查结果⟧</td></tr>
<tr><td>⟦a 退订本简报⟧ ⟦d 您收到此邮件是因为您订阅了光联通讯简报⟧</td></tr>
</table></body></html>
""",
        body="""
截至11月20日，公司今年承担的乡村光纤入户工程已全部完成，新增光纤入户用户三万八千户，提前一个多月完成年度任务。
今年的工程覆盖全县86个行政村，新建光缆线路一千二百公里，行政村千兆光网通达率达到百分之百。
工程实施中，施工队克服山区地形复杂等困难，在部分村组采用架空与管道相结合的方式敷设光缆。
明年，公司将重点推进自然村光网覆盖和老旧小区光网改造。
""",
    ),
]

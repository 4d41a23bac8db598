"""holdout140, part C (invented)."""

CASES = [
    dict(
        slug="corp-tongjia-furniture-recall-html",
        site="桐嘉家具有限公司 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.tongjia-furniture.example.com/news/2025/1102.html",
        title="关于召回部分批次泡桐实木儿童床的公告",
        record_title="关于召回部分批次泡桐实木儿童床的公告 - 桐嘉家具",
        date="2025-08-12",
        notes="company site: online-shop button, customer-service line in the header (chrome) and the recall line in the body; batch table",
        page="""
<html><head><meta charset="utf-8"><title>关于召回部分批次泡桐实木儿童床的公告 - 桐嘉家具</title></head><body>
<header>⟦m 桐嘉家具 · 一棵好桐木，一件好家具⟧ ⟦a 进入官方商城⟧ ⟦w 客服热线 400-613-0707⟧</header>
<nav>⟦m 关于桐嘉　产品中心　新闻动态　售后服务　联系我们⟧</nav>
<h1>{T}</h1>
<p class="t">⟦m 新闻动态 | 2025-08-12 | 作者：品牌部⟧</p>
{BODY}
<p>⟦l 返回列表⟧</p>
<footer>⟦d Copyright 2025 桐嘉家具有限公司 保留一切权利⟧ ⟦m 豫ICP备18033127号⟧</footer>
</body></html>
""",
        body="""
我公司在质量抽检中发现，部分批次泡桐实木儿童床护栏间距偏大，存在儿童肢体卡夹风险。现决定主动召回以下批次产品：
型号　生产日期　数量
TJ-C120　2025年3月至4月　640张
TJ-C150　2025年4月　215张
请购买上述产品的消费者立即停止使用，拨打召回专线0371-6698012预约免费上门更换护栏。
桐嘉家具有限公司
2025年8月12日
""",
    ),
    dict(
        slug="training-guoqi-drill-course-syllabus",
        site="正步先锋培训中心 (invented)",
        style="培训机构",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.zbxf-peixun.example.com/course/sqs.html",
        title="校园升旗手礼仪训练课程安排",
        record_title="校园升旗手礼仪训练课程安排（暑期班火热招生）",
        date=None,
        notes="training school: enrol now, float consult box, tuition line (chrome); schedule table kept; no date",
        page="""
!m 正步先锋培训中心 · 青少年礼仪与仪仗训练
!a 立即报名　　免费试听
{T}
{BODY}
!w 咨询课程请加班主任微信：zbxf_laoshi（备注“升旗”）
!a 暑期班限额30人，报满即止，点击在线预约
!m 地址：磴原市青年路18号三楼　｜　营业时间 9:00-20:00
""",
        body="""
本课程面向中小学升旗手和护旗手，共八课时，由退役仪仗兵授课。
课时　内容
第1-2课时　站姿、军姿与持旗动作
第3-4课时　正步、齐步与行进间换步
第5-6课时　展旗、抛旗与挂旗要领
第7-8课时　整套升旗仪式合练与考核
考核合格者由中心颁发结业证书，学员可将训练视频分享给学校德育处作为选拔参考。
""",
    ),
    dict(
        slug="app-xiezuo-well-guardian-report",
        site="妙笔写作APP (invented)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://h5.miaobi.example.cn/share/doc?id=9f12ac7",
        title="村级古井管护员年度述职报告",
        record_title="村级古井管护员年度述职报告｜妙笔",
        date="2025-12-20",
        notes="writing-app share page: open-in-app prompts, VIP unlock line between paragraphs (a body line all chrome), 成文日期 in Chinese numerals",
        page="""
!a 打开妙笔APP，阅读体验更佳
!m 妙笔 · 8万+公文模板
{T}
!m 模板编号 MB-20771　｜　3.6万人用过
{BODY}
!a 复制全文需开通会员，新人首月1元
!l 同类模板：护林员述职报告　河道保洁员述职报告　村级水管员述职
""",
        body="""
各位村民代表：
我是碾盘村古井管护员雷守田，受村委会聘任，负责本村三口古井的日常巡查和保洁。
一年来，我每周巡查两次，清理井台杂物，更换破损井绳，配合镇文化站完成古井普查登记。
⟦a 以下内容为会员专享，开通会员解锁全文⟧
下一年，我将配合村里给古井安装护栏和说明牌，向来参观的游客讲好古井的故事。
述职人：雷守田
二〇二五年十二月二十日
""",
    ),
    dict(
        slug="gkforum-flag-shenlun-material",
        site="上岸公考论坛 (invented)",
        style="公考论坛",
        genre="其他",
        kind="other",
        form="text",
        source="https://bbs.shangan-gk.example.com/thread-99120-1-1.html",
        title="申论范文：让国旗护卫队成为青少年爱国教育的流动课堂",
        record_title="[申论范文] 申论范文：让国旗护卫队成为青少年爱国教育的流动课堂 - 申论交流 - 上岸公考论坛",
        date=None,
        notes="exam forum: forum junk lines, reply-to-see prompt, rating row; no date (relative post time)",
        junk=dict(lines=1, glued=1),
        page="""
!m 上岸公考论坛 › 申论交流
{T}
!m 楼主：一战上岸的阿青　　发表于 3 天前
!l 回复本帖可获取更多批改范文
{BODY}
!l 评分　参与人数 12　威望 +24　收起理由
!a 本帖最后由 一战上岸的阿青 编辑，转载请联系版主
""",
        body="""
升旗仪式是最朴素的爱国主义课堂。
近年来，不少地方的国旗护卫队走出广场、走进校园，用标准的动作和严整的队列，让孩子们近距离感受国旗的分量。
护卫队员多为退役军人，他们讲述的边防故事，比任何说教都更有感染力。
让国旗护卫队成为流动课堂，需要教育部门统筹安排，也需要社会力量持续参与。
""",
    ),
    dict(
        slug="wiki-paotong-entry-html",
        site="知林百科 (invented)",
        style="百科问答",
        genre="其他",
        kind="other",
        form="html",
        source="https://baike.zhilin.example.com/item/泡桐/3381",
        title="泡桐",
        record_title="泡桐_知林百科",
        date=None,
        notes="encyclopedia entry: edit buttons, contents box, references list as chrome, 词条统计; decimal headings kept; no date",
        page="""
<html><head><meta charset="utf-8"><title>泡桐_知林百科</title></head><body>
<div class="top">⟦m 知林百科⟧ ⟦a 登录⟧ ⟦a 创建词条⟧</div>
<h1>{T}</h1>
<div class="acts">⟦a 编辑　讨论　收藏　分享⟧</div>
<div class="toc">⟦l 目录　1 形态特征　2 分布范围　3 主要价值⟧</div>
{BODY}
<div class="ref">⟦l 参考资料　[1] 泡桐栽培学．林业出版社⟧</div>
<div class="stat">⟦m 词条统计：浏览次数 48219　编辑次数 23　最近更新：桐花落⟧</div>
<footer>⟦d 词条内容仅供参考，如需专业意见请咨询相关人员⟧</footer>
</body></html>
""",
        body="""
泡桐是玄参科泡桐属落叶乔木的统称，原产我国，栽培历史两千多年。
1 形态特征
树皮灰褐色，叶大呈心形，春季先叶开花，花冠紫色或白色，呈漏斗状。
2 分布范围
除东北北部和西北部分地区外，全国大部分地区均有分布，黄淮平原栽培最多。
3 主要价值
3.1 木材轻软、耐腐、不易变形，是制作乐器音板、家具和航空模型的良材。
3.2 根系深、树冠稀疏，适宜农桐间作，具有防风护田的作用。
""",
    ),
    dict(
        slug="netdisk-shelter-maintenance-plan",
        site="云匣网盘 (invented)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="text",
        source="https://pan.yunxia.example.com/s/1pQ7zKv",
        title="2025年候车亭日常维护保洁工作方案",
        record_title="2025年候车亭日常维护保洁工作方案.wps",
        date="2025-01-06",
        notes="cloud-drive preview: file name title, save-to-drive buttons, expiry line, share stamp not a date; 成文日期 kept",
        page="""
!m 云匣网盘　｜　文件预览
!m 2025年候车亭日常维护保洁工作方案.wps　　58.2KB
!a 保存到我的网盘　　下载（需登录）
!m 分享者：砾川公交资产科　　分享于 2025-03-02　　有效期：永久
{BODY}
!a 在线预览仅显示部分内容，完整内容请下载查看
!d 云匣网盘严禁分享违法违规内容，发现请举报。
""",
        body="""
为保持全市候车亭整洁完好，制定本方案。
一、保洁标准。顶棚无积尘，座椅无污渍，站牌无遮挡，地面无垃圾，小广告随见随清。
二、保洁频次。主城区每日一次，其他区域每周三次，雨雪天气后加清一次。
三、维修时限。玻璃破损二十四小时内更换，照明故障四十八小时内修复。
四、考核办法。资产科每月随机抽查二十座，考核结果与保洁单位服务费挂钩。
砾川公交集团资产管理科
2025年1月6日
""",
    ),
    dict(
        slug="snapshot-well-heritage-list-html",
        site="搜得快照 (invented)",
        style="搜索快照",
        genre="公告",
        kind="notice",
        form="html",
        source="http://cache.soude.example.com/c?u=www.panhu.example.gov.cn/wgj/2025/0618.html",
        title="磐湖市第二批历史文化古井名录公示",
        record_title="磐湖市第二批历史文化古井名录公示",
        date="2025-06-18",
        notes="snapshot frame: cache banner and disclaimer, highlighted query; list table; 公示 period; contact kept",
        page="""
<html><head><meta charset="utf-8"><title>磐湖市第二批历史文化古井名录公示 - 搜得快照</title></head><body>
<div class="cachebar">⟦d 这是 www.panhu.example.gov.cn/wgj/2025/0618.html 的快照，是网页在 2025-07-02 的存档。当前页面可能已经更改。⟧</div>
<div class="cachebar2">⟦a 查看最新网页⟧ ⟦m 您的关键词已被标亮：古井　名录⟧</div>
<div class="orig">⟦m 磐湖市文物局　|　首页 &gt; 公示公告⟧</div>
<h2>{T}</h2>
<div>⟦m 发布日期：2025-06-18　来源：市文物局⟧</div>
{BODY}
<div class="orig-foot">⟦m 主办：磐湖市文物局　粤ICP备13077531号⟧</div>
</body></html>
""",
        body="""
经各区县申报、专家评审，拟将下列古井列入磐湖市第二批历史文化古井名录，现予公示。
序号　名称　所在地　年代
1　龙眼井　湖东区井头村　明
2　三眼井　湖西区鼓楼街　清
3　状元井　磐北镇学宫旧址　清
公示期为2025年6月18日至6月27日。如有异议，请书面反馈至市文物局文物保护科，电话0753-2215863。
""",
    ),
    dict(
        slug="print-flag-team-rules-html",
        site="磴原市第一中学 (invented)",
        style="打印页",
        genre="制度",
        kind="other",
        form="html",
        source="https://www.dy1z.example.edu.cn/print.aspx?id=3317",
        title="国旗护卫队管理办法",
        record_title="打印预览 - 国旗护卫队管理办法",
        date="2025-03-05",
        notes="print view: print/close buttons, print footer with page count and print time; articles speak of 打印 (kept)",
        page="""
<html><head><meta charset="utf-8"><title>打印预览 - 国旗护卫队管理办法</title></head><body onload="window.print()">
<div class="noprint">⟦a 【打印本页】⟧ ⟦a 【关闭】⟧</div>
<h2>{T}</h2>
<p>⟦m 磴原市第一中学 · 德育处　2025-03-05⟧</p>
{BODY}
<p class="pf">⟦p 第1页 / 共1页⟧　⟦m 打印时间：2025-10-11 14:20⟧</p>
<p>⟦m https://www.dy1z.example.edu.cn/show.aspx?id=3317⟧</p>
</body></html>
""",
        body="""
第一条　国旗护卫队由德育处管理，队员从高一、高二学生中选拔，每届任期一年。
第二条　队员须每周训练两次，无故缺训三次者劝退。
第三条　升旗仪式流程表由德育处每学期初打印下发，队员须熟记。
第四条　旗杆、旗帜和礼服由总务处保管，每次使用后登记归还。
第五条　本办法自发布之日起施行。
""",
    ),
    dict(
        slug="mail-fwd-shelter-relocation",
        site="邮件转发 (invented mailbox)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="text",
        source="mailto:archive@beikou-bus.example.cn#msg-20250909",
        title="关于商请迁移人民路口公交候车亭的函",
        record_title="Fwd: 关于商请迁移人民路口公交候车亭的函",
        date="2025-09-08",
        date_also=["2025-09-09"],
        notes="forwarded mail: headers as meta, mail's attachment header chrome vs document's own 附件 kept; mail signature and mobile footer",
        page="""
!m ---------- 转发的邮件 ----------
!m 发件人：碚口市住建局城建科 <cjk@bk-zj.example.cn>
!m 发送时间：2025年9月9日 星期二 09:14
!m 收件人：运营部 <yyb@beikou-bus.example.cn>
!m 主题：关于商请迁移人民路口公交候车亭的函
!m 附件：迁移位置示意图.pdf (1.2MB)
{BODY}
!m --
!m 城建科 欧阳澈　座机 0775-2207310
!a 发自我的手机邮箱
""",
        body="""
碚口市公共交通集团有限公司：
因人民路与解放路交叉口改造工程需要，现有人民路口公交候车亭位于施工范围内，需向北迁移约八十米。
请贵公司于9月20日前完成候车亭拆除和新址安装，新址基础由施工单位负责浇筑。
附件：迁移位置示意图
碚口市住房和城乡建设局
2025年9月8日
""",
    ),
    dict(
        slug="fanwen-paotong-summary-html-old",
        site="好范文网 (invented)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://www.haofanwen.example.com/zongjie/2025/1205/66312.html",
        title="乡镇林业站2025年泡桐产业发展工作总结",
        record_title="乡镇林业站2025年泡桐产业发展工作总结（通用2篇）",
        date="2025-12-05",
        notes="old 范文 table layout: marquee, 阅读字号 row, hot list, visitor counter with webmaster QQ; writing-service prompt as a body line of its own",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>乡镇林业站2025年泡桐产业发展工作总结（通用2篇）_好范文网</title></head><body>
<table width="980"><tr><td>⟦m 好范文网 — 免费范文大全⟧</td></tr><tr><td><marquee>⟦l 最新更新：年终总结 述职报告 党课讲稿 心得体会⟧</marquee></td></tr></table>
<table width="980"><tr><td>⟦m 当前位置：好范文网 &gt; 工作总结 &gt; 部门工作总结⟧</td></tr>
<tr><td><h1>{T}</h1></td></tr>
<tr><td>⟦m 时间：2025-12-05　来源：网友投稿⟧　⟦a 【阅读字号：加大 标准 缩小】⟧</td></tr>
<tr><td>
{BODY}
</td></tr></table>
<table><tr><td>⟦l 本周热门：2025年个人工作总结　党支部书记述职报告　年度考核个人总结⟧</td></tr>
<tr><td>⟦m 站长QQ：3318820571　您是第 1920441 位访客⟧</td></tr></table>
</body></html>
""",
        body="""
2025年，我站围绕泡桐产业发展，重点抓了良种推广、技术服务和产销对接三项工作。
全年推广良种苗木四点二万株，新栽植泡桐一千八百亩，成活率达到百分之九十二。
⟦w 本文由好范文网整理，需要原创定制请联系客服⟧
举办林农技术培训六期，培训三百二十人次，印发修枝和病虫防治明白纸两千份。
协调三家板材企业与林农签订收购协议，全年收购桐木四千余立方米。
明年，我站将继续做好泡桐产业服务，力争新增示范基地两处。
沙埠镇林业站
2025年12月5日
""",
    ),
    dict(
        slug="gov-shixi-shelter-opinion-wrapped",
        site="石溪区人民政府 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.shixiqu.example.gov.cn/hdjl/yjzj/202504/t20250407_3312.html",
        title="石溪区公交候车亭布局优化方案（征求意见稿）意见征集",
        record_title="石溪区公交候车亭布局优化方案（征求意见稿）意见征集",
        date="2025-04-07",
        record_date="2025-04-07",
        notes="hard-wrapped at 60 columns; feedback email kept; 征集 period; site chrome with 无障碍 and 12345",
        wrap=60,
        indent="　　",
        page="""
!m 石溪区人民政府门户网站
!a 无障碍　|　关怀版　|　English
!m 首页 > 互动交流 > 意见征集
{T}
!m 征集时间：2025-04-07 至 2025-04-21
{BODY}
!a 我要提意见
!m 区政务服务热线 12345　|　网站标识码 4401130001
""",
        body="""
为方便市民出行，区交通运输局编制了《石溪区公交候车亭布局优化方案（征求意见稿）》，拟新增候车亭四十六座、迁移十二座、撤并七座，现公开征求社会意见。
意见建议请于4月21日前发送至电子邮箱sxjtj_yj@example.cn，或邮寄至石溪区新华路77号区交通运输局规划科，并注明“候车亭意见”。
感谢您的参与和支持。
""",
    ),
]

"""holdout127, part B: blogs, WeChat mirrors, document-sharing pages, education portals,
enterprise intranets. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="blog-qiaoyi-osteoporosis-html",
        site="乔医生的健康笔记 (invented)",
        style="博客",
        genre="科普",
        kind="other",
        form="html",
        source="https://qiaoyisheng.example.blog/2025/03/bone-density.html",
        title="骨质疏松不是老年人的专利",
        record_title="骨质疏松不是老年人的专利 | 乔医生的健康笔记",
        date="2025-03-18",
        notes="blog template with tag cloud, archive and reward button; bracketed post time is the page date",
        page="""
<!DOCTYPE html><html lang="zh"><head><meta charset="utf-8"><title>骨质疏松不是老年人的专利 | 乔医生的健康笔记</title>
<link rel="alternate" type="application/rss+xml" href="/feed"><script defer src="/theme/main.js"></script></head>
<body><header><div class="site-title">⟦m 乔医生的健康笔记⟧</div><div class="motto">⟦m 一个骨科医生的业余写作⟧</div>
<nav><a>⟦m 首页⟧</a> <a>⟦m 归档⟧</a> <a>⟦m 关于我⟧</a></nav></header>
<main><article><h2>{T}</h2>
<div class="post-meta">⟦m [2025-03-18 21:40]　分类：科普　阅读(642)⟧</div>
{BODY}
<div class="reward">⟦a 觉得有用？打赏一杯咖啡⟧</div>
<div class="post-nav">⟦l « 腰椎间盘突出要不要手术⟧ ⟦l 膝盖响是怎么回事 »⟧</div>
<section class="comments">⟦l 评论（3）　昵称　邮箱　提交评论⟧</section></article>
<aside><h3>⟦l 标签云⟧</h3><p>⟦l 骨科 补钙 运动损伤 体检⟧</p><h3>⟦l 文章归档⟧</h3><p>⟦l 2025年3月 (4)　2025年2月 (6)⟧</p></aside></main>
<footer>⟦d 本博客文章仅为科普，不能代替面诊。⟧ ⟦m Theme by Lumen · 京ICP备20019376号-1⟧</footer>
</body></html>
""",
        body="""
门诊里常有三四十岁的患者拿着骨密度报告问我：我这么年轻，怎么也骨量减少了？
骨量在30岁左右达到峰值，之后逐年流失。长期久坐、晒太阳少、节食减肥、喝大量浓咖啡，都会让骨量提前走下坡路。
预防其实不复杂：每天保证300毫升奶或等量奶制品，每周至少三次负重运动，比如快走、爬楼梯，每天晒太阳20分钟。
如果有过脆性骨折、长期服用激素，或者家族中有骨质疏松患者，建议40岁以后做一次骨密度检查。
""",
    ),
    dict(
        slug="blog-haiou-sailing-diary-wrap",
        site="海鸥航海日志 (invented)",
        style="博客",
        genre="随笔",
        kind="other",
        form="text",
        source="http://haiouhanghai.example.net/post/218",
        title="第一次独自驾驶帆船出海",
        record_title="第一次独自驾驶帆船出海 - 海鸥航海日志 - 博客",
        date="2024-09-22",
        notes="hard-wrapped at 70 columns; date in a bracketed blog line; archive and subscribe prompt",
        wrap=70,
        indent="    ",
        page="""
!m 海鸥航海日志
!m 风起的时候，就出发
第一次独自驾驶帆船出海
!m （2024-09-22 19:05）　标签：帆船　随笔　　阅读 318　评论 5
{BODY}
!a 订阅本博客　|　RSS
!l 上一篇：帆船俱乐部考证记　下一篇：台风季的港湾
!l 最近访客：阿蓝　浪里白条　小北
""",
        body="""
今天上午九点，我第一次独自驾驶俱乐部的J24帆船离开东沙码头。出发前照例检查了索具、救生衣和对讲机，又在航海图上把航线画了一遍。
出港时是东南风三级，我先用主帆迎风航行，船速稳定在四节左右。过了二号浮标，风突然转向，我手忙脚乱地换舷，帆杆差点扫到头，这一下才真正明白教练反复强调的“换舷前先喊口令”是为了什么，哪怕船上只有你一个人。
回港时已经是下午一点，系好缆绳，我坐在甲板上发了好一会儿呆。大海很大，人很小，但只要敬畏规律，它也会对你温柔。
""",
    ),
    dict(
        slug="wechat-jiangtun-porpoise-html",
        site="江豚守护者公众号镜像 (invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://mp.wxmirror.example.com/s/Jt7kq2HcX0aPp",
        title="守护长江的微笑：江豚保护倡议书",
        record_title="守护长江的微笑：江豚保护倡议书",
        date="2025-06-05",
        notes="WeChat mirror: account line, 阅读原文/在看/赞, follow prompt, QR caption; the document's own 扫码 sentence kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>守护长江的微笑：江豚保护倡议书</title><script>var biz="MzI2ODc";var mid="2247";</script></head>
<body><div class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="meta">⟦m 原创 江湾保护区 江豚守护者 2025年06月05日 07:30 湖北⟧</div>
<div class="rich_media_content">
<p>⟦a 点击上方蓝字“江豚守护者”关注我们⟧</p>
{BODY}
<p>⟦m 图文：保护区宣教科　审核：周启明⟧</p>
<p>⟦a 长按识别二维码，关注江豚守护者⟧</p>
</div>
<div class="tool">⟦a 阅读原文⟧ ⟦l 阅读 2.1万⟧ ⟦a 分享⟧ ⟦a 在看⟧ ⟦a 赞⟧</div>
<div class="mirror">⟦d 本页面由第三方镜像生成，内容版权归原公众号所有。⟧</div>
</div></body></html>
""",
        body="""
长江江豚被称为“长江的微笑”，是长江生态的“晴雨表”。为守护这一珍稀物种，江湾江豚自然保护区向社会发出如下倡议：
一、不在保护区核心区垂钓、游泳，不使用电鱼、迷魂阵等违法渔具。
二、发现搁浅、受伤的江豚，不围观、不驱赶，第一时间拨打保护区救护电话0716-8820017。
三、不购买、不食用长江野生鱼类，自觉抵制非法捕捞渔获。
四、欢迎扫描保护区志愿者招募码报名巡护，和我们一起记录江豚的每一次出水。
江湾江豚自然保护区管理处
2025年6月5日
""",
    ),
    dict(
        slug="wechat-huafen-pollen-allergy-text",
        site="微文存档 (invented)",
        style="公众号镜像",
        genre="科普",
        kind="other",
        form="text",
        source="http://weiwencd.example.org/a/20250408/pollen.html",
        title="花粉季来了，过敏人群请收好这份防护指南",
        record_title="花粉季来了，过敏人群请收好这份防护指南｜禾城市第二人民医院",
        date="2025-04-08",
        notes="WeChat article saved as text: account, 预计阅读时间, 往期推荐, 点赞在看 prompt",
        page="""
{T}
!m 禾城二院　禾城市第二人民医院　2025-04-08 18:00
!m 预计阅读时间 2 分钟
!a 戳蓝字关注 ↑ 健康知识每天送达
{BODY}
!l 往期推荐
!l ▶ 春季腹泻高发，这几类食物要当心
!l ▶ 孩子反复咳嗽，可能不是感冒
!a 觉得有用就点个“在看”吧～
!m 来源：变态反应科　编辑：宣传科 苏苏
""",
        body="""
每年4月至5月，杨树、柳树、松树花粉浓度上升，过敏性鼻炎、哮喘患者明显增多。变态反应科主任医师邝丽提醒，做好以下几点可以减轻症状：
1.关注花粉浓度预报，浓度高的日子尽量减少户外活动，特别是上午10点前后。
2.外出戴口罩和眼镜，回家后及时洗脸、冲洗鼻腔，更换外衣。
3.症状明显时按医嘱规范用药，不要自行停药或加量。
4.想明确过敏原的，可到医院做皮肤点刺试验或血清特异性抗体检测。
变态反应科门诊时间为周一至周六上午，可通过医院官方号预约。
""",
    ),
    dict(
        slug="docshare-hongda-steel-safety-pages",
        site="鸿达文档网 (invented)",
        style="文档分享",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.hongdadoc.example.com/doc/59301127.html",
        title="在公司2025年安全生产工作会议上的讲话",
        record_title="在公司2025年安全生产工作会议上的讲话.pdf",
        date="2025-02-12",
        notes="file-name record title; speech with date under the title and a speaker line; page markers ＜n/5＞ glued or not",
        pages=dict(fmt="＜{n}/5＞", every=130, start=2, glue="mix"),
        page="""
!m 鸿达文档网 - 免费文档分享平台
!a 下载文档　　收藏　　分享　　举报
在公司2025年安全生产工作会议上的讲话
（2025年2月12日）
总经理　程伯坚
{BODY}
!d 本文档为用户自行上传，版权归原作者所有，如有侵权请联系平台处理。
!l 相关推荐：钢铁企业安全生产讲话　安全月启动仪式讲话
""",
        body="""
同志们：
今天召开全公司安全生产工作会议，主要任务是总结去年安全工作，部署今年重点任务。
去年，公司炼铁、炼钢、轧钢三大工序实现了零死亡、零重伤的目标，但高炉煤气泄漏、天车吊物坠落等险情仍有发生，暴露出部分岗位风险辨识不到位、交接班制度执行不严等问题。
今年，我们要重点抓好三件事。第一，开展煤气区域专项整治，所有监测报警仪3月底前全部校验一遍。第二，推行作业许可电子化，动火、受限空间、高处作业一律线上审批。第三，落实全员安全生产责任制，班组长每月至少组织一次现场隐患排查。
同志们，安全是最大的效益。希望大家把安全放在心上、扛在肩上，确保全年安全生产形势持续稳定。
""",
    ),
    dict(
        slug="docshare-mufang-furniture-oneline",
        site="木坊资料库 (invented)",
        style="文档分享",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://mufangziliao.example.cn/share/d8820417",
        title="家具厂喷漆车间2024年度工作总结",
        record_title="家具厂喷漆车间2024年度工作总结",
        date="2024-12-28",
        notes="whole body on one line, paragraphs only indented; Chinese-numeral date at the end",
        oneline=True,
        indent="　　",
        page="""
!m 木坊资料库｜分享者：漆匠小周｜浏览 77｜下载 12
家具厂喷漆车间2024年度工作总结
{BODY}
!a 复制本页内容请先登录　　下载原文件（免积分）
!d 资料来源于网友分享，本站不对内容的准确性负责。
""",
        body="""
2024年，喷漆车间在厂部领导下，全年完成各类家具喷涂12.6万件，一次合格率达到98.2%。
一是推进水性漆替代，全年水性漆使用比例由35%提高到70%，车间异味明显减轻。
二是完成两条喷涂线废气治理改造，加装活性炭吸附和催化燃烧装置，排放检测全部达标。
三是加强班组管理，实行首件检验和自检互检，返工率同比下降40%。
明年，车间将继续推进自动喷涂机器人应用，进一步提高效率和质量。
喷漆车间
二〇二四年十二月二十八日
""",
    ),
    dict(
        slug="edu-tongshan-textbook-order-html",
        site="桐山县教育体育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.tongshan.example.gov.cn/tzgg/2025/0605/4412.html",
        title="关于做好2025年秋季学期教材征订工作的通知",
        record_title="关于做好2025年秋季学期教材征订工作的通知",
        date="2025-06-04",
        notes="education bureau, old ASP table layout; data table rows kept; 联系人/电话 of the notice; 附件 list; hits counter",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>关于做好2025年秋季学期教材征订工作的通知</title>
<script src="/inc/count.asp?id=4412"></script></head>
<body bgcolor="#eef3f9"><table width="980" align="center"><tr><td>⟦m 桐山教育网⟧</td><td>⟦m 教育强县　体育兴县⟧</td></tr>
<tr><td colspan="2">⟦m 首页 | 教育新闻 | 通知公告 | 教研天地 | 招生考试⟧</td></tr></table>
<table width="980" align="center"><tr><td>
<div align="center"><b>{T}</b></div>
<div align="center">⟦m 作者：教材办　来源：本站原创　点击数：398　更新时间：2025-6-5⟧</div>
<div>⟦a 【字体：小 大】⟧</div>
{BODY}
<div>⟦l 上一篇文章：关于中考期间校园安全工作的通知⟧</div><div>⟦l 下一篇文章：全县中小学暑期安全教育提醒⟧</div>
<div>⟦a 【发表评论】【加入收藏】【告诉好友】【打印此文】【关闭窗口】⟧</div>
</td></tr></table>
<table width="980" align="center"><tr><td>⟦m 版权所有：桐山县教育体育局　技术支持：县电教站⟧</td></tr><tr><td>⟦m 赣ICP备08001592号⟧</td></tr></table>
</body></html>
""",
        body="""
各中小学校、县直学校：
现将2025年秋季学期教材征订工作有关事项通知如下：
一、征订范围为义务教育阶段国家课程教材和地方课程教材，教辅材料坚持“一科一辅”、自愿征订原则。
二、各校于6月20日前将征订汇总表报县教材办，征订数据如下表（参考）：
学段　学生数　教材套数　备注
小学　18420　18600　含教师用书
初中　9315　9400　含教师用书
三、严禁学校和教师向学生推销教辅材料，一经发现严肃处理。
联系人：温海燕　电话：0793-5521064
附件：1.桐山县2025年秋季教材征订汇总表
2.义务教育教辅材料评议推荐目录
桐山县教育体育局
2025年6月4日
""",
        date_also=["2025-06-05"],
    ),
    dict(
        slug="edu-beihe-technician-school-text",
        site="北河职教网 (invented)",
        style="教育门户",
        genre="简章",
        kind="notice",
        form="text",
        source="https://www.beihezj.example.com/zsxx/2025/319.html",
        title="北河技师学院2025年招生简章",
        record_title="北河技师学院2025年招生简章（最新）",
        date=None,
        notes="a year only in the title; no document date; the school's own 招生电话 and 报名 sentence; consult box and QR prompts",
        page="""
!m 北河职教网——职业教育资讯门户
!m 位置：首页 > 招生信息 > 技工院校
{T}
!m 浏览：4528　　更新：2小时前
!w 在线报名咨询 → 点这里，招生老师一对一解答
{BODY}
!a 扫码加入2025届招生答疑群
!l 热门院校：北河高级技工学校　河西交通技师学院　北河轻工技校
!m 北河职教网　版权所有　冀ICP备12028831号
""",
        body="""
北河技师学院是省人力资源和社会保障厅主管的公办全日制技工院校，现有在校生6200人。
一、招生专业：数控加工、电气自动化设备安装与维修、汽车维修、工业机器人应用与维护、烹饪。
二、招生对象：应、往届初中毕业生和高中毕业生。
三、学制：初中起点三年制中级工、五年制高级工；高中起点三年制预备技师。
四、优惠政策：全日制在校学生享受免学费政策，家庭经济困难学生可申请国家助学金。
五、报名方式：考生可携带身份证、毕业证到学院招生办报名，也可登录学院官网在线报名。
招生电话：0311-6790215　6790216
""",
    ),
    dict(
        slug="intranet-haixin-shipyard-minutes-html",
        site="海新船舶内网 (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.haixinship.example.local/doc/view?id=20250311007",
        title="船体分段涂装质量专题会议纪要",
        record_title="【生产部纪要】船体分段涂装质量专题会议纪要",
        date="2025-03-11",
        notes="OA view with approval trail and watermark; minutes' 时间/地点/主持/参会 lines kept; 抄送 line kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【生产部纪要】船体分段涂装质量专题会议纪要</title>
<script src="/oa/static/watermark.js"></script></head>
<body><div class="oa-top">⟦m 海新船舶协同办公平台⟧ ⟦m 当前用户：涂装车间 何立平⟧ ⟦a 退出⟧</div>
<div class="oa-menu">⟦m 待办 | 已办 | 公文 | 知识库 | 通讯录⟧</div>
<div class="doc"><h2>{T}</h2>
<div class="doc-info">⟦m 文档编号：HX-SC-2025-041　密级：内部⟧</div>
{BODY}
</div>
<div class="flow"><h4>⟦l 流转记录⟧</h4><p>⟦l 2025-03-12 09:20 生产部 葛建 拟稿⟧</p><p>⟦l 2025-03-12 15:47 副总经理 卢海 已阅⟧</p></div>
<div class="wm">⟦d 内部资料 严禁外传 何立平 0312⟧</div>
<div class="oa-foot">⟦m 信息中心技术支持　分机 8008⟧</div>
</body></html>
""",
        body="""
时间：2025年3月11日14:30
地点：生产办公楼三楼会议室
主持：葛建（生产部部长）
参会：涂装车间、质量部、技术部、外包管理科负责人
会议针对近期12号船分段涂装膜厚不均、返工较多的问题进行了专题研究，纪要如下：
一、涂装车间对喷涂工重新进行资格确认，3月20日前完成实操考核，不合格者不得上岗。
二、质量部加密膜厚抽检频次，每个分段测点不少于30个，数据当日录入系统。
三、技术部修订分段涂装工艺卡，明确不同温湿度条件下的施工窗口。
抄送：公司领导，各生产车间
""",
    ),
    dict(
        slug="intranet-ranqi-pipeline-patrol-text",
        site="平川燃气内网 (invented)",
        style="企业内网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://portal.pcgas.example.local/notice/2025/0901-3.html",
        title="关于开展中压燃气管道秋季巡检的通知",
        record_title="内网资讯-关于开展中压燃气管道秋季巡检的通知",
        date="2025-09-01",
        notes="intranet notice: decimal headings 1.1/1.2; internal contact and hotline; read-receipt prompt and watermark",
        page="""
!m 平川燃气　内部信息门户
!m 首页 ＞ 公司通知 ＞ 运行管理
{T}
!m 发布部门：管网运行部　发布人：邵一鸣　阅读人数：213
{BODY}
!a 请阅读后点击“已阅”确认
!d 本页内容仅限公司员工查阅 邵一鸣 工号 00731
!l 附：最近通知　关于冬季保供值班安排的通知　关于调压站标识更新的通知
""",
        body="""
各运行所、抢修中心：
为确保秋冬季供气安全，公司决定于9月5日至10月15日开展中压燃气管道秋季巡检。
1 巡检内容
1.1 管道沿线占压、第三方施工、标志桩缺失等情况。
1.2 阀门井、凝水缸的完好情况和可燃气体浓度。
2 工作要求
2.1 巡检人员须携带检测仪，发现泄漏立即上报并设置警戒。
2.2 每日巡检记录在巡检系统中填报，不得补录。
联系人：孔令杰　内线：6215
燃气泄漏报修电话：96777（对外服务热线，24小时）
管网运行部
2025年9月1日
""",
    ),
]

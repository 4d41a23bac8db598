"""holdout146, part C: hand-written blind cases (invented sites, counties, people and chrome)."""

CASES = [
    dict(
        slug="company-guixiang-heritage-brand-news-html",
        site="桂香斋食品有限公司 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.guixiangzhai.example.com/news/company/2025/218.html",
        title="桂香斋入选第三批省级老字号名录",
        record_title="桂香斋入选第三批省级老字号名录-新闻中心-桂香斋食品有限公司",
        date="2025-01-16",
        notes="company site: -column-site title; online shop and hotline chrome; a product carousel between paragraphs; the company's own 订购热线 in a sentence kept",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>桂香斋入选第三批省级老字号名录-新闻中心-桂香斋食品有限公司</title></head>
<body>
<div class="top">⟦m 桂香斋 · 始创于清光绪年间⟧ ⟦a 官方商城⟧ ⟦a 加盟合作⟧</div>
<div class="nav">⟦m 首页　品牌故事　产品中心　新闻中心　门店查询　联系我们⟧</div>
<div class="bread">⟦m HOME / 新闻中心 / 企业新闻⟧</div>
<h1>{T}</h1>
<div class="time">⟦m 2025-01-16　来源：品牌部　热度：688⟧</div>
<div class="news-body">
{BODY}
</div>
<div class="pager">⟦l 上一条：桂香斋腊八粥公益派送活动圆满结束⟧<br>⟦l 下一条：新春礼盒预订开启⟧</div>
<div class="ft">⟦m 桂香斋食品有限公司　全国服务热线：400-616-2088⟧ ⟦d 版权所有 翻版必究⟧ ⟦m 浙ICP备11018826号-1⟧</div>
</body></html>
""",
        body="""
1月15日，省商务厅公布第三批省级老字号名录，桂香斋食品有限公司榜上有名。
桂香斋创立于清光绪年间，以桂花糕、麻酥糖等传统糕点闻名，手工制作技艺已传承五代。
⟦l 【热销】桂花糕礼盒 立即抢购 >>⟧
近年来，公司在保留传统工艺的同时，建成了标准化生产车间，产品进入省内两百余家商超。
公司负责人表示，将以入选老字号为契机，加强技艺传承和品牌保护，让老味道走进更多家庭。
团购和企业订单可拨打订购热线0575-8512239咨询。
""",
    ),
    dict(
        slug="training-longxiang-wushu-school-brochure",
        site="龙翔武术学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="notice",
        form="text",
        source="https://www.longxiangwx.example.com/zsjz/2025-summer.html",
        title="龙翔武术学校2025年秋季招生简章",
        record_title="龙翔武术学校2025年秋季招生简章【报名火热进行中】",
        date=None,
        notes="training school: a year only in the title, no date; course table one row a paragraph; the school's 报名电话 kept next to the site's 400 line and a WeChat prompt",
        page="""
!m 龙翔武术学校官网　文武兼修　强身育人
!m 网站首页 > 招生信息 > 招生简章
{T}
!w 报名咨询（微信同号）：139 7231 0846
!a 在线报名　　预约试课　　下载报名表
{BODY}
!w 全国免费咨询：400-717-6039　老师在线，立即沟通
!l 热门课程：少儿武术班 | 散打提高班 | 传统套路班
!m 版权所有：龙翔武术学校　鄂ICP备19002273号
""",
        body="""
龙翔武术学校是经县教育局批准设立的全日制武术特色学校，实行文化课与武术训练并重的教学模式。
一、招生对象：8至16周岁身体健康的男女学生。
二、开设班型：
班型　学制　训练内容　收费（元/学期）
少儿基础班　一年　基本功、少儿拳　6800
套路班　二年　长拳、南拳、器械　8200
散打班　二年　散打技术、体能　8600
三、报名须知：报名时需提供户口簿复印件和近期体检报告，入学前进行体能测试。
报名电话：0716-4238871（招生办 苗老师）
""",
    ),
    dict(
        slug="app-xiezuobao-insight-teacher-rotation",
        site="写作宝APP (invented)",
        style="范文APP",
        genre="心得体会",
        kind="insight",
        form="text",
        source="https://share.xiezuobao.example.com/s/r7T2kq",
        title="教师轮岗交流一年的心得体会",
        record_title="教师轮岗交流一年的心得体会｜写作宝",
        date=None,
        notes="app share page: open-in-app prompts top and bottom, an AI-rewrite action glued after a sentence, a 会员解锁 line between paragraphs; no date",
        page="""
!a 打开写作宝APP，阅读体验更佳
!m 写作宝 · 范文库
{T}
!m 作者：蓉城小雨　收藏 217　使用 1530 次
{BODY}
!a 一键生成同类范文　|　AI帮我改写
!l 猜你喜欢：支教心得体会 / 新教师培训总结
!a 下载APP，领取7天会员
""",
        body="""
去年秋季，我从县实验小学轮岗交流到双河乡中心小学，担任四年级语文教师和班主任。
刚到乡村学校时，我发现不少孩子是留守儿童，课外阅读量很少，作文常常无话可写。⟦a 点击AI润色本段⟧
于是，我在班里建起了图书角，每周带孩子们读一本书、写一篇读书笔记。
⟦a 以下内容为会员专享，开通会员即可解锁全文⟧
一年下来，班级的阅读氛围明显变浓，有三名学生的作文在县里的征文比赛中获奖。
轮岗让我重新认识了教育的意义：教育不只是教书，更是点亮每一个孩子的心灯。
""",
    ),
    dict(
        slug="gkforum-anzhi-returnee-entrepreneurs-junk",
        site="岸芷公考论坛 (invented)",
        style="公考论坛",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://bbs.anzhigk.example.com/thread-128806-1-1.html",
        title="关于我县返乡创业情况的调研报告",
        record_title="[申论素材] 关于我县返乡创业情况的调研报告（附写作思路） - 申论交流 - 岸芷公考论坛",
        date="2024-09-12",
        notes="exam forum: [申论素材] decoration; junk lines and glued junk; a moderator's note; post time differs, document date expected",
        junk=dict(lines=2, glued=2),
        date_also=["2024-10-08"],
        page="""
!m 岸芷公考论坛 - 上岸从这里开始
!m 论坛 › 申论交流 › 素材分享
{T}
!m 一次过的小冉　发表于 2024-10-8 22:41　|　只看楼主　|　倒序浏览
!l 本帖最后由 一次过的小冉 于 2024-10-9 08:02 编辑
{BODY}
!m 版主提示：素材仅供学习，请勿用于商业用途
!a 回复可见写作思路 ↓↓↓
!l 回复　引用　支持 32　反对 0
""",
        body="""
今年7月至8月，县人社局会同县农业农村局对全县返乡创业情况开展了专题调研，现将有关情况报告如下。
一、基本情况。截至2024年6月底，全县累计返乡创业人员3860人，创办经济实体2917个，带动就业1.4万人。
二、主要特点。一是创业领域集中在特色种养、农产品加工和电商物流；二是创业主体以35岁以下青年为主，占比达58%。
三、存在问题。融资难、用地难仍是返乡创业者反映最集中的问题，部分创业项目同质化严重，抗风险能力弱。
四、对策建议。建议设立返乡创业担保贷款风险补偿金，盘活闲置校舍和厂房，建设一批返乡创业孵化基地。
县人社局调研组
2024年9月12日
""",
    ),
    dict(
        slug="wiki-baike-unemployment-benefit-entry-html",
        site="百知百科 (invented)",
        style="百科问答",
        genre="词条",
        kind="other",
        form="html",
        source="https://baike.baizhi.example.com/item/失业保险金/10238",
        title="失业保险金",
        record_title="失业保险金_百知百科",
        date=None,
        notes="encyclopaedia entry: edit links, catalogue, references; an example date inside a sentence is no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>失业保险金_百知百科</title></head>
<body>
<div class="hd">⟦m 百知百科　全球中文知识百科⟧ <input placeholder="搜索词条"> ⟦a 进入词条⟧</div>
<h1>{T}</h1>
<div class="edit">⟦a 编辑⟧ ⟦a 讨论⟧ ⟦a 上传视频⟧ ⟦m 本词条由“社保知识”科普团队参与编辑并审核⟧</div>
<div class="catalog">⟦l 目录 1 定义 2 领取条件 3 领取期限⟧</div>
<div class="para-box">
{BODY}
</div>
<div class="ref">⟦l 参考资料：1. 失业保险条例释义［M］ 2. 社会保险法问答⟧</div>
<div class="stat">⟦m 词条统计　浏览次数：81920次　编辑次数：17次　最近更新：小橙子（3天前）⟧</div>
<div class="ft">⟦d ©2025 百知百科　使用前必读　百科协议　隐私政策⟧</div>
</body></html>
""",
        body="""
失业保险金是失业保险经办机构按规定支付给符合条件的失业人员的基本生活费用。
失业人员同时具备下列条件的，可以领取失业保险金：失业前用人单位和本人已经缴纳失业保险费满一年的；非因本人意愿中断就业的；已经进行失业登记，并有求职要求的。
失业人员失业前累计缴费满一年不足五年的，领取失业保险金的期限最长为十二个月；累计缴费满五年不足十年的，最长为十八个月；累计缴费十年以上的，最长为二十四个月。
例如，某职工于2020年3月1日参保，2024年5月被单位裁员，其累计缴费满四年，可领取失业保险金最长十二个月。
""",
    ),
    dict(
        slug="netdisk-yunbei-group-wedding-plan",
        site="云贝网盘 (invented)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="text",
        source="https://pan.yunbei.example.com/s/1Qx8JdPw",
        title="2025年“七夕”集体婚礼活动方案",
        record_title="2025年七夕集体婚礼活动方案.wps",
        date="2025-07-10",
        notes="cloud-drive share: file-name record title; share expiry, save-to-drive and report; the document's 扫码报名 and 联系人 kept",
        page="""
!m 云贝网盘 | 分享文件
!m 2025年七夕集体婚礼活动方案.wps　(42.6 KB)
!m 分享者：团委小秦　分享时间：2025-07-12 11:09　有效期：永久
!a 保存到我的网盘　　下载　　举报
{T}
{BODY}
!a 在线预览仅显示部分内容，下载后查看完整文件
!d 请勿分享违法违规内容，云贝网盘依法保护用户数据安全
""",
        body="""
为倡导婚事新办、移风易俗，团县委、县妇联、县民政局决定联合举办2025年“七夕”集体婚礼，特制定本方案。
一、活动时间：2025年8月29日（农历七月初七）上午9时。
二、活动地点：县滨江公园草坪广场。
三、参加对象：2025年内在本县登记结婚的新人，限30对。
四、报名方式：新人可扫描宣传海报上的二维码报名，或到县婚姻登记处现场报名，报名截止日期为8月15日。
五、活动流程：新人入场、证婚致辞、集体宣誓、植树纪念、合影留念。
联系人：秦雅文，电话：0838-7216513
团县委　县妇联　县民政局
2025年7月10日
""",
        title_also=["2025年七夕集体婚礼活动方案"],
    ),
    dict(
        slug="snapshot-sokuai-crop-drone-training-html",
        site="搜快网页快照 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://cache.sokuai.example.com/c?u=http%3A%2F%2Fnyj.tanshan.example.gov.cn%2Ftzgg%2F6621.html",
        title="关于举办植保无人机操作员培训班的通知",
        record_title="关于举办植保无人机操作员培训班的通知 - 搜快快照",
        date="2025-02-26",
        notes="search-cache frame: a snapshot banner with highlight legend and retrieval time; the cached page's own chrome inside; document date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于举办植保无人机操作员培训班的通知 - 搜快快照</title></head>
<body>
<div style="border:1px solid #ccc">⟦d 这是搜快网页快照，是网页在2025年3月4日 06:18:27的存档，当前页面可能已经更改。⟧<br>⟦a 点击查看当前网页⟧　⟦m 已为您高亮显示：植保 无人机 培训⟧</div>
<hr>
<div class="site">⟦m 檀山县农业农村局⟧</div>
<div class="loc">⟦m 首页 » 通知公告⟧</div>
<h3>{T}</h3>
<div class="src">⟦m 来源：县农技中心　作者：周文翰　点击：[356]⟧</div>
{BODY}
<div class="ft">⟦m 檀山县农业农村局主办　地址：檀山县农丰路12号⟧</div>
</body></html>
""",
        body="""
各乡镇农业综合服务站、各农机合作社：
为提高植保无人机安全作业水平，县农技中心定于3月10日至14日举办植保无人机操作员培训班。现将有关事项通知如下：
一、培训内容：无人机飞行原理、航线规划、农药配比与飞防作业规范、作业安全及应急处置。
二、培训对象：各乡镇从事飞防作业的农机手和合作社技术人员，每个乡镇限报5人。
三、考核发证：培训结束后进行理论和实操考核，合格者颁发培训合格证书。
请各单位于3月6日前将报名表报送县农技中心，联系电话：0745-3362091。
檀山县农业农村局
2025年2月26日
""",
    ),
    dict(
        slug="print-geothermal-heating-notice",
        site="滢川热力公司 (invented)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.yingchuanrl.example.com/print.aspx?id=5519",
        title="关于地热供暖系统试运行的通知",
        record_title="打印预览 - 关于地热供暖系统试运行的通知",
        date="2024-11-01",
        notes="print view: print/close buttons, a URL line and a print footer with page count and print time; the company's 报修电话 kept",
        page="""
!a [打印本页]　[关闭窗口]
!m 滢川热力有限责任公司
{T}
!m 发布时间：2024-11-01 08:30:00
{BODY}
!m 本文地址：https://www.yingchuanrl.example.com/news/5519.html
!m 第 1 页，共 1 页　　打印时间：2025/3/9 14:52
""",
        body="""
各热用户：
我公司承建的城北地热供暖项目已完成管网试压和换热站调试，定于2024年11月5日起进行系统试运行。
试运行期间室内温度可能出现波动，请用户关好门窗，检查家中暖气阀门是否处于开启状态。
如发现管道渗漏、暖气不热等情况，请及时拨打24小时报修电话：0317-6082115。
正式供暖时间为2024年11月15日至2025年3月15日。
滢川热力有限责任公司
2024年11月1日
""",
    ),
    dict(
        slug="mail-fwd-breast-screening-notice",
        site="邮件转发 (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mailto:list@fuxi-health.example.cn?msg=20250408-0937",
        title="关于开展2025年适龄妇女乳腺癌免费筛查工作的通知",
        record_title="Fwd: 关于开展2025年适龄妇女乳腺癌免费筛查工作的通知",
        date="2025-04-03",
        notes="forwarded mail: header block, forwarder's note, mail-client footer; the notice's own 附件 list and 联系人 kept; the mail date differs, document date expected",
        date_also=["2025-04-08"],
        page="""
!m 发件人：妇幼保健院办公室 <office@fuxi-fy.example.cn>
!m 发送时间：2025年4月8日(星期二) 上午9:37
!m 收件人：各乡镇卫生院
!m 主题：Fwd: 关于开展2025年适龄妇女乳腺癌免费筛查工作的通知
!l 各位同事：转发县卫健局通知，请认真落实，周五前回复排期。谢谢！
!m ---------- 转发的邮件 ----------
{BODY}
!m 附件（2个）：筛查方案.docx　排期表.xlsx　预览　下载
!d 此邮件由福溪政务邮箱系统发送，请勿直接回复
""",
        body="""
各乡镇卫生院、县妇幼保健院：
为做好2025年农村适龄妇女乳腺癌免费筛查工作，现将有关事项通知如下。
一、筛查对象：35至64周岁农村户籍妇女，今年全县任务数为6200人。
二、筛查内容：乳腺临床检查和乳腺彩色超声检查，异常者转县妇幼保健院进一步诊断。
三、时间安排：4月20日至10月31日，各乡镇卫生院分片组织实施。
附件：1. 2025年乳腺癌筛查工作方案
2. 各乡镇筛查任务分配表
联系人：欧阳慧，电话：0597-3278016
福溪县卫生健康局
2025年4月3日
""",
    ),
    dict(
        slug="fanwen-zhixuan-plan-break-exercise-oneline",
        site="知选范文网 (invented)",
        style="范文站",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.zhixuanfw.example.com/fangan/202409/73118.html",
        title="小学阳光大课间活动实施方案",
        record_title="小学阳光大课间活动实施方案（通用5篇）",
        date=None,
        notes="the whole body on one line separated only by indents; decorated (通用5篇) title; no date",
        oneline=True,
        indent="　　",
        page="""
!m 知选范文网　>　计划方案　>　活动方案
{T}
!m 时间：2024-09-04 整理：知选编辑
!a 复制全文　　下载Word
{BODY}
!a 想要更多？搜索“大课间方案”获取全部5篇
!l 更多相关：体育节活动方案 / 课后服务实施方案
""",
        body="""
为落实学生每天校内体育活动一小时的要求，增强学生体质，结合我校实际，制定本方案。
一、活动时间：每天上午第二节课后，时长30分钟。
二、活动内容：全校集体跑操10分钟，广播体操5分钟，分年级自主锻炼15分钟，内容包括跳绳、踢毽、拍球等。
三、组织管理：体育组负责总体安排，班主任负责本班学生组织和安全。
四、安全要求：活动前检查场地器材，遇雨雪天气改为室内活动。
""",
    ),
    dict(
        slug="wenku-xueyu-summary-antelope-station-html",
        site="雪域文库 (invented)",
        style="文库预览",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://wenku.xueyu.example.cn/d/5e7b1f9c02.html",
        title="2024年藏羚羊保护站工作总结",
        record_title="2024年藏羚羊保护站工作总结 - 雪域文库",
        date="2024-12-20",
        notes="preview reader: marker paragraphs ·第n页· between the halves of a cut paragraph; pay prompt; upload notice",
        pages=dict(fmt="·第{n}页·", every=110, start=2),
        p_html='<p class="reader-word">{}</p>',
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>2024年藏羚羊保护站工作总结 - 雪域文库</title></head>
<body>
<div class="tb">⟦m 雪域文库⟧ ⟦a 登录/注册⟧ ⟦a 开通VIP⟧</div>
<h1>{T}</h1>
<div class="docinfo">⟦m 5页　2.3万次阅读　上传于2024-12-28⟧</div>
<div class="reader">
{BODY}
</div>
<div class="end">⟦a 还剩3页未读，继续阅读⟧</div>
<div class="buy">⟦a 下载文档 ¥4.90　VIP免费⟧</div>
<div class="rel"><p>⟦l 你可能喜欢⟧</p><p>⟦l 自然保护区巡护工作总结⟧</p></div>
<div class="ft">⟦d 本文档为用户上传，仅供阅读，如有侵权请联系客服⟧</div>
</body></html>
""",
        body="""
2024年，保护站在上级林草部门的指导下，以藏羚羊迁徙保护为重点，扎实开展巡护、监测和宣传工作，全年未发生盗猎案件。
一、强化日常巡护。全站12名管护员分3个小组，全年累计巡护里程4.6万公里，清理废弃围栏和网具8.2公里。
二、做好迁徙护航。5月至8月产羔迁徙期间，在公路穿越区设置临时管控点，累计护送藏羚羊通过公路1.1万余只。
三、加强科学监测。布设红外相机36台，收集影像资料2.3万条，配合科研单位完成种群数量调查。
四、开展宣传教育。深入牧区和学校开展保护宣传18场，发放双语宣传资料5000余份。
2025年，保护站将进一步完善巡护设施，提升智能监测水平，守护好高原精灵。
卓嘎保护站
2024年12月20日
""",
    ),
]

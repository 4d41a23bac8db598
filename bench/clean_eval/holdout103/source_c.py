"""holdout103, part C: company sites, training schools, writing apps, exam forums, wikis, drives,
snapshots, print views and forwarded mails. Everything invented."""

CASES = [
    dict(
        slug="company-kugua-foods-news-text",
        site="垚川绿苦食品有限公司 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.lvkufood.example.com/news/company/2025-09-02.html",
        title="公司苦瓜茶生产线通过食品生产许可现场核查",
        record_title="公司新闻｜公司苦瓜茶生产线通过食品生产许可现场核查",
        date="2025-09-02",
        notes="company news: dotted date line, product nav, hotline footer; no signature",
        page="""
!m 绿苦食品 — 一片苦瓜的健康之旅
!m 首页　产品中心　新闻动态　合作社基地　联系我们
!t 公司新闻｜公司苦瓜茶生产线通过食品生产许可现场核查
!m 2025.09.02　　来源：综合办公室
{BODY}
!m 全国订购热线：400-820-7716
!l 返回新闻列表
!d Copyright 2025 垚川绿苦食品有限公司　版权所有
""",
        body="""
8月29日，县市场监督管理局组织专家组对公司新建的苦瓜茶生产线进行食品生产许可现场核查。
专家组查看了原料库、切片烘干车间和包装车间，抽查了进货查验记录和出厂检验记录，认为生产线布局合理、制度健全，同意通过核查。
该生产线设计年产苦瓜茶120吨，投产后每年可消化合作社鲜苦瓜约900吨。
""",
    ),
    dict(
        slug="training-tanmian-course-html-price",
        site="匠心职业技能培训学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="notice",
        form="html",
        source="https://www.jiangxinpx.example.com/kecheng/tanmian-2025.html",
        title="传统弹棉花与手工棉被制作培训班招生简章",
        record_title="【2025冬季班】传统弹棉花与手工棉被制作培训班招生简章",
        date="2025-10-28",
        notes="training school: price tag, trial form, testimonial inside body; the school's own 报名电话 kept beside a consultant WeChat",
        page="""
<html><head><meta charset="utf-8"><title>【2025冬季班】传统弹棉花与手工棉被制作培训班招生简章</title></head><body>
<div class="hd">⟦m 匠心职业技能培训学校⟧ ⟦m 学一门手艺 立一份家业⟧</div>
<div class="nav">⟦m 首页 | 热门课程 | 师资团队 | 学员风采 | 在线报名⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 发布时间：2025-10-28　招生办⟧</div>
<div class="price">⟦a 学费：¥1680　限时立减200　立即抢位⟧</div>
{BODY}
<form>⟦a 免费试听预约：姓名____ 手机____ 提交⟧</form>
<div class="kf">⟦w 课程顾问小米 微信：jxpx_xiaomi 扫码秒回⟧</div>
<div class="foot">⟦m 办学许可证号：教民1405021000213⟧ ⟦d 页面内容最终解释权归本校所有⟧</div>
</body></html>
""",
        body="""
一、培训对象：有意从事手工棉被加工的城乡劳动者，年龄不限。
二、培训内容：棉花挑选与开松、弹花机操作与保养、铺棉拉线、压磨成型、安全用电与防火。
⟦l 学员说：学完第二个月就在镇上开了小作坊——埠阳 王大姐⟧
三、培训时间：11月15日开班，共15天，理论4天，实操11天。
四、报名方式：携带身份证到学校教务处报名，报名电话：0734-8821096。
""",
    ),
    dict(
        slug="fwapp-yuliang-summary-share",
        site="笔下生花APP (invented)",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://share.bixiasheng.example.cn/doc/s/q7Kd90xa",
        title="乡镇雨量站管护员个人工作总结",
        record_title="乡镇雨量站管护员个人工作总结｜笔下生花",
        date=None,
        notes="writing-app share page: open-in-app banner, member lock line inside the body, share time relative (3天前) not a date; template placeholders kept",
        page="""
!a 打开笔下生花APP，阅读体验更佳
!t 乡镇雨量站管护员个人工作总结
!m 作者：写作达人阿成　3天前　1.2万阅读
{BODY}
!a 开通会员，解锁全部1200篇同类范文
!l 相似范文：水利站年度工作总结 | 防汛值班个人小结
!m 笔下生花 · 你的写作助手
""",
        body="""
今年以来，我负责××镇11处雨量站的日常管护，在县水文站和镇党委的指导下，较好地完成了各项任务。
一是坚持巡查。每月对所管站点巡查一遍，全年清理承雨器堵塞23次，更换蓄电池4块。
⟦a 会员专享：剩余内容已折叠，开通后查看⟧
二是做好汛期值守。主汛期每天两次查看数据平台，发现3处站点数据中断，均在当天报修。
三是存在不足。对设备原理掌握还不够，个别小故障仍需等待厂家处理。
下一步，我将加强学习，争取独立处理常见故障。
管护员：×××
20××年×月×日
""",
    ),
    dict(
        slug="gkforum-haiou-essay-junk",
        site="上岸公考论坛 (invented)",
        style="公考论坛",
        genre="申论范文",
        kind="other",
        form="text",
        source="https://bbs.shanganggk.example.com/thread-556013-1-1.html",
        title="以“人鸥和谐”为例谈城市生态治理的温度",
        record_title="[申论范文] 以“人鸥和谐”为例谈城市生态治理的温度（附阅卷点评）- 申论交流 - 上岸公考论坛",
        date="2025-11-26",
        notes="exam forum with junk lines and glued junk; course advert inside the body; 发表于 date",
        junk=dict(lines=2, glued=1),
        page="""
!m 上岸公考论坛 › 申论交流 › 范文展示
!t [申论范文] 以“人鸥和谐”为例谈城市生态治理的温度
!m 申论小白龙　发表于 2025-11-26 13:05　|　查看: 2981　回复: 41
{BODY}
!l 本帖被以下淘专辑推荐：申论高分范文合集
!l 回复　支持(58)　反对(0)
!w 2026国考申论冲刺班火热报名，加群 550198273 领资料
""",
        body="""
每年冬天，数以万计的海鸥从北方飞来，在城市的海湾、河口越冬。人鸥相处，考验的是城市生态治理的温度。
治理要有规则。一些城市划定投喂区、推广专用鸥粮，既满足了市民亲近自然的愿望，又避免了随意投喂带来的污染。
⟦w 【申论提分营】名师批改，7天提分10分⟧
治理要有科技。通过监测海鸥种群数量和活动范围，管理部门可以及时调整岸线管理措施。
治理更要有共识。只有让每一个市民都成为生态的守护者，城市才能真正成为人与自然和谐共生的家园。
""",
    ),
    dict(
        slug="wiki-diaojiaolou-entry-html",
        site="知源百科 (invented)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://baike.zhiyuan.example.com/item/吊脚楼营造/30219",
        title="吊脚楼营造技艺",
        record_title="吊脚楼营造技艺_知源百科",
        date=None,
        notes="encyclopaedia: edit links, catalogue box, reference list; an example year inside a sentence is no date",
        page="""
<html><head><meta charset="utf-8"><title>吊脚楼营造技艺_知源百科</title></head><body>
<div class="top">⟦m 知源百科⟧ ⟦a 登录⟧ ⟦a 创建词条⟧</div>
<h1>{T}</h1>
<div class="tools">⟦a 编辑⟧ ⟦a 收藏⟧ ⟦a 讨论⟧ ⟦m 浏览次数：48216　更新时间：昨天⟧</div>
<div class="catalog">⟦l 目录　1 简介　2 工艺特点　3 传承现状⟧</div>
{BODY}
<div class="ref">⟦l 参考资料：《黔东民居营造》⟧</div>
<div class="foot">⟦d 词条内容由用户编辑，仅供参考，不构成专业意见⟧ ⟦m ©2025 知源百科⟧</div>
</body></html>
""",
        body="""
吊脚楼营造技艺是西南山区少数民族建造干栏式木构民居的传统技艺，以穿斗式木构架为主，依山就势，下部架空。
其工艺特点是全部采用榫卯连接，不用铁钉。掌墨师用竹签和墨斗在木料上标注各种符号，整栋房屋的构件可以事先加工、一次立架。
该技艺的传承方式主要为师徒相传。据统计，某县在2019年的普查中仅登记掌墨师14人，多数年龄在六十岁以上。
""",
    ),
    dict(
        slug="netdisk-maocao-plan-share-page",
        site="青柚云盘 (invented)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="text",
        source="https://pan.qingyou.example.com/s/1Ab9mQzT",
        title="墩溪村传统茅草屋保护利用实施方案",
        record_title="墩溪村传统茅草屋保护利用实施方案.pdf",
        date="2025-04-15",
        notes="cloud-drive share page: file-name title, expiry and save buttons; 成文日期 under signature in Chinese numerals",
        page="""
!m 青柚云盘 · 文件分享
!m 墩溪村传统茅草屋保护利用实施方案.pdf　　1.4MB
!m 分享者：乡村规划小组　　分享时间：2025-06-02　　有效期：永久
!a 保存到我的云盘　下载　举报
!m 在线预览（第1页/共1页）
{BODY}
!a 预览仅显示前1页，下载客户端查看完整文件
!d 请勿通过云盘传播违法违规内容
""",
        body="""
为保护墩溪村现存的传统茅草屋，促进乡村旅游发展，制定本方案。
一、保护对象：村内现存茅草屋17栋，其中清末民初建造的5栋列为重点保护对象。
二、主要措施：每三年更换一次屋面茅草，所需茅草由村集体在后山划定的草场统一割取；对墙体和木构件进行防腐防虫处理。
三、利用方式：3栋改造为乡村书屋和民俗展室，其余由农户自住或经营民宿，外观不得改变。
四、资金保障：申请传统村落保护资金，村集体每年安排不少于5万元维护资金。
墩溪村民委员会
二〇二五年四月十五日
""",
    ),
    dict(
        slug="snapshot-bench-adoption-html-frame",
        site="搜问快照 (invented)",
        style="搜索快照",
        genre="公告",
        kind="notice",
        form="html",
        source="http://cache.souwen.example.com/c?m=8ab21f&u=https://www.fuyang.example.gov.cn/csgl/2025/0612/88.html",
        title="滏阳市公共座椅认捐活动公告",
        record_title="滏阳市公共座椅认捐活动公告 - 快照",
        date="2025-06-12",
        notes="search-cache frame: snapshot banner and highlight notice; crawl stamp not a date; 成文日期 in the page",
        page="""
<html><head><meta charset="utf-8"><title>滏阳市公共座椅认捐活动公告 - 快照</title></head><body>
<div class="snap">⟦d 这是 https://www.fuyang.example.gov.cn/csgl/2025/0612/88.html 的快照，是网页在 2025年7月3日 被抓取时的样子。⟧<br>⟦d 当前页面可能已更改，请点击此处查看最新页面。以下关键词已高亮：座椅 认捐⟧</div>
<hr>
<div class="site">⟦m 滏阳市城市管理局⟧</div>
<div class="nav">⟦m 首页 › 通知公告⟧</div>
<h2>{T}</h2>
{BODY}
<div class="foot">⟦m 滏阳市城市管理局主办　冀ICP备15022871号⟧</div>
</body></html>
""",
        body="""
为完善城市休憩设施，营造共建共享的城市环境，市城市管理局决定开展公共座椅认捐活动。
一、认捐范围：滨河步道、人民公园、火车站广场等12处点位，共计座椅200张。
二、认捐标准：每张座椅认捐金额2800元，含五年维护费用。认捐人可在座椅铭牌上刻写不超过20字的寄语。
三、认捐方式：个人、企业均可参加，请到市城市管理局二楼市容科办理。
联系电话：0310-3327105
滏阳市城市管理局
2025年6月12日
""",
    ),
    dict(
        slug="print-kutong-safety-letter-text",
        site="埂城县应急管理局 (invented)",
        style="打印页",
        genre="函",
        kind="letter",
        form="text",
        source="https://yjj.gengcheng.example.gov.cn/print.jsp?id=77102",
        title="关于对木桶加工作坊开展粉尘防爆检查的函",
        record_title="打印 - 关于对木桶加工作坊开展粉尘防爆检查的函",
        date="2025-07-30",
        notes="print view: print/close buttons, URL line and a print footer 〔页1·共1〕; document number neutral; 抄送 kept",
        page="""
!a 【打印】　【关闭】
!m 埂城县应急管理局
{T}
埂应急函〔2025〕58号
{BODY}
!m 本页地址：https://yjj.gengcheng.example.gov.cn/zwgk/2025/0730/77102.html
!p 〔页1·共1〕
""",
        body="""
县市场监督管理局：
近期，我县部分木桶加工作坊存在木屑粉尘堆积、除尘设备缺失等问题，存在粉尘爆炸隐患。
经研究，拟于8月中旬对全县木桶加工作坊开展联合检查，重点检查除尘系统、防爆电气和粉尘清扫制度落实情况，请贵局派员参加。
请于8月8日前将参检人员名单报我局安全生产基础股。
埂城县应急管理局
2025年7月30日
抄送：县人民政府办公室
""",
    ),
    dict(
        slug="mail-fwd-ciwei-center-request",
        site="浍川市林业局邮件系统 (invented)",
        style="邮件转发",
        genre="请示",
        kind="request",
        form="text",
        source="mail://lyj.huichuan.example.gov.cn/inbox/18823",
        title="关于设立市级野生刺猬临时救护点的请示",
        record_title="Fwd: 关于设立市级野生刺猬临时救护点的请示.docx",
        date="2025-09-05",
        date_also=["2025-09-08"],
        notes="forwarded mail: mail headers (发件人/收件人/日期) and the forwarder's note chrome; the document's own 附件 line kept; send date also accepted",
        page="""
!m 发件人："野保科 许晴" <xuqing@lyj.huichuan.example.gov.cn>
!m 收件人：局办公室
!m 日期：2025年9月8日 周一 10:12
!m 主题：Fwd: 关于设立市级野生刺猬临时救护点的请示.docx
!w 办公室同志：请示已按局长意见修改，请走签发流程，谢谢！
!m ---------- 转发的邮件 ----------
{BODY}
!d 此邮件及附件仅限收件人阅读，如误收请删除。
!m 浍川市林业局 电子邮件系统
""",
        body="""
市人民政府：
今年以来，市民送交的受伤、迷途野生刺猬明显增多，仅8月份就达到76只，现有野生动物救护中心容量不足。
为此，我局拟在市湿地公园管理站设立野生刺猬临时救护点，配备保温箱20个、兼职饲养员2名，所需经费12.6万元，拟从林业专项资金中列支。
妥否，请批示。
附件：野生刺猬临时救护点经费预算表
浍川市林业局
2025年9月5日
""",
    ),
    dict(
        slug="fanwen-oneline-bench-speech",
        site="妙笔范文网 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.miaobifw.example.com/jianghua/3390.html",
        title="在“一张座椅 一份温暖”认捐活动启动仪式上的讲话",
        record_title="在“一张座椅 一份温暖”认捐活动启动仪式上的讲话（通用版）",
        date=None,
        notes="one-line body on a 范文 page; decorated title; writing prompt and copy action around; no date",
        oneline=True,
        indent="　　",
        page="""
!m 妙笔范文网 — 讲话稿频道
!t 在“一张座椅 一份温暖”认捐活动启动仪式上的讲话（通用版）
!a 一键复制　　下载为Word
{BODY}
!w 需要定制讲话稿？妙笔写手在线，加V：miaobi_888
!l 更多讲话稿：志愿服务启动仪式讲话 | 公益活动致辞
""",
        body="""
各位市民朋友，同志们：
今天，我们在这里启动“一张座椅 一份温暖”公共座椅认捐活动。
城市的温度，往往藏在细节里。走累了有地方坐一坐，等车时能歇一歇，这是群众最朴素的需求。
这次活动面向社会认捐座椅200张，每一张座椅都会刻上认捐人的寄语，成为城市里一道温暖的风景。
希望大家积极参与，也希望每一位坐下来休息的市民，都能爱护这些座椅。
谢谢大家！
""",
    ),
    dict(
        slug="wenku-hangtu-report-html-pages",
        site="书山文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.shushanwk.example.com/doc/55102937.html",
        title="关于全县夯土民居保护与改造情况的调研报告",
        record_title="关于全县夯土民居保护与改造情况的调研报告（word可编辑）_书山文库",
        date=None,
        notes="文库 reader with page markers as HTML paragraphs (╟2╢); VIP unlock; no date",
        pages=dict(fmt="╟{n}╢", every=150, start=2),
        page="""
<html><head><meta charset="utf-8"><title>关于全县夯土民居保护与改造情况的调研报告（word可编辑）_书山文库</title></head><body>
<div class="hd">⟦m 书山文库⟧ ⟦a 开通VIP⟧ ⟦a 上传文档⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 4.8分（1032人评价）　2.1万阅读　共3页⟧</div>
<div class="reader">
{BODY}
</div>
<div class="end">⟦a 还剩1页未读，继续阅读⟧</div>
<div class="side">⟦l 相关推荐：农村危房改造调研报告⟧ ⟦l 传统村落保护调研⟧</div>
<div class="foot">⟦d 本站所有文档均为用户上传分享，如有侵权请联系删除⟧</div>
</body></html>
""",
        body="""
为摸清全县夯土民居底数，今年5月，调研组走访了8个乡镇26个行政村。
一、基本情况
全县现存夯土民居3146栋，其中有人居住的1872栋，建成50年以上的约占四成。
二、主要问题
一是安全隐患较多，墙体开裂、墙基受潮的占三成以上；二是改造成本较高，加固一栋平均需要4万元；三是传统工匠缺乏，会打夯土墙的匠人多在七十岁以上。
三、几点建议
建议将夯土民居加固纳入农房改造补助范围，编制夯土民居加固技术导则，组织老匠人开展技艺培训。
""",
    ),
]

"""holdout81, part E: pickled-cabbage (酸菜) workshops and tangram (七巧板) clubs. Invented
text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="exam-suanling-teacher-interview-notice",
        site="酸岭县人事考试信息网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://rsks.suanling.example.gov.cn/2025/0801/341.html",
        title="酸岭县2025年招聘食品检验员资格复审公告",
        record_title="酸岭县2025年招聘食品检验员资格复审公告_考务公告_酸岭县人事考试信息网",
        date="2025-08-01",
        notes="exam site: technical line; the document's own 咨询电话 kept; 打印准考证 sentence kept",
        page="""
!m 酸岭县人事考试信息网 ＞ 考务公告
{T}
!m 发布时间：2025-08-01　【大 中 小】
{BODY}
!m 网站技术支持：0453-7710023
""",
        body="""
根据笔试成绩，现将资格复审有关事项公告如下。
一、复审时间：8月6日上午8:30至11:30。
二、复审地点：县人力资源和社会保障局二楼。
三、请考生携带身份证、学历证书原件及打印的准考证参加复审。
咨询电话：0453-7710356。
""",
    ),
    dict(
        slug="tender-hanbei-html-pickled-cabbage-vat-bid-result",
        site="寒北县政府采购网 (invented)",
        style="招投标网",
        genre="中标公告",
        kind="notice",
        form="html",
        source="http://ccgp.hanbei.example.gov.cn/zbgg/2025/0918/1033.html",
        title="寒北县酸菜产业园发酵罐采购项目中标结果公告",
        record_title="寒北县酸菜产业园发酵罐采购项目中标结果公告",
        date="2025-09-18",
        notes="procurement portal with login row and CA line; bid result table kept; agency contact kept",
        page="""
<html><head><meta charset="utf-8"><title>寒北县政府采购网</title></head><body>
<div class="hd">⟦m 寒北县政府采购网⟧ ⟦a 供应商登录　专家登录⟧</div>
<div class="nav">⟦l 采购公告　中标公告　更正公告　政策法规⟧</div>
<h2>⟦t 寒北县酸菜产业园发酵罐采购项目中标结果公告⟧</h2>
<div class="time">⟦m 发布时间：2025-09-18 16:05⟧</div>
<div class="text">
{BODY}
</div>
<div class="ca">⟦w 电子投标技术服务热线：400-018-6678⟧</div>
</body></html>
""",
        body="""
一、项目编号：HBCG-2025-112
二、中标信息：
供应商名称　中标金额
北岭不锈钢设备有限公司　148.6万元
三、公告期限：自本公告发布之日起1个工作日。
四、代理机构：寒北中诚项目管理有限公司，联系人：隋丽，电话：0453-2213309。
""",
    ),
    dict(
        slug="lawfirm-beiguo-pickled-cabbage-label-case",
        site="北国律师事务所 (invented)",
        style="律所网站",
        genre="普法",
        kind="article",
        form="text",
        source="https://www.beiguolaw.example.cn/pufa/2025/1022.html",
        title="自制酸菜网上销售，需要办理哪些手续？",
        record_title="法律小课堂丨自制酸菜网上销售，需要办理哪些手续？ - 北国律师事务所",
        date="2025-10-22",
        notes="law firm: a lawyer card and a not-legal-advice notice; consult prompt glued before a paragraph",
        page="""
!m 北国律师事务所 | 法律小课堂
!t 法律小课堂丨自制酸菜网上销售，需要办理哪些手续？
!m 作者：常乐律师　2025-10-22
{BODY}
!w 常乐律师　擅长：食品安全、合同纠纷　电话咨询：155****0921
!d 以上内容仅供普法参考，具体问题请咨询专业律师。
""",
        body="""
入冬以后，不少农户把自家腌的酸菜放到网上卖，这种做法是否合法，需要注意什么？
根据食品安全法的规定，从事食品生产经营应当依法取得许可；小作坊可以按照地方规定办理登记。
⟦w 您的问题没找到答案？立即留言，律师24小时内回复⟧网店经营者还应当在页面显著位置公示营业执照和许可信息。
""",
    ),
    dict(
        slug="community-songhua-html-pickled-cabbage-vat-safety",
        site="松花社区服务网 (invented)",
        style="社区网站",
        genre="温馨提示",
        kind="notice",
        form="html",
        source="http://www.songhua-sq.example.cn/news/2025/1105/88.html",
        title="冬季腌酸菜 楼道别放缸",
        record_title=None,
        date="2025-11-05",
        notes="residents' page with a property hotline beside the document's own 网格员 phone; no record title",
        page="""
<html><head><meta charset="utf-8"><title>松花社区服务网</title></head><body>
<div class="top">⟦m 松花社区服务网　邻里守望　温暖相伴⟧</div>
<div class="nav">⟦l 社区首页　通知公告　便民服务　志愿者之家⟧</div>
<h2>⟦t 冬季腌酸菜 楼道别放缸⟧</h2>
<div class="m">⟦m 发布：2025-11-05　阅读：533⟧</div>
{BODY}
<div class="hot">⟦m 物业24小时报修：0451-5560 1188⟧</div>
</body></html>
""",
        body="""
又到了腌酸菜的季节，社区提醒各位居民：请不要把酸菜缸放在楼道和消防通道内。
楼道堆放杂物会影响疏散，一旦发生火灾后果不堪设想。
确有困难的居民，可联系网格员孟欣，电话：13946012275，社区将协调临时存放点。
""",
    ),
    dict(
        slug="assoc-tangram-html-council-minutes",
        site="七巧智力运动协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://www.qiqiao-xh.example.org/xhgg/2025/0316/41.html",
        title="七巧智力运动协会第二届理事会第三次会议纪要",
        record_title="【协会纪要】七巧智力运动协会第二届理事会第三次会议纪要",
        date="2025-03-15",
        notes="association page: member-login row; minutes' 时间/地点/主持/出席/记录 lines and a vote count kept",
        page="""
<html><head><meta charset="utf-8"><title>【协会纪要】七巧智力运动协会第二届理事会第三次会议纪要</title></head><body>
<div class="login">⟦a 会员登录　｜　入会须知⟧</div>
<div class="logo">⟦m 七巧智力运动协会⟧</div>
<h1>⟦t 【协会纪要】七巧智力运动协会第二届理事会第三次会议纪要⟧</h1>
<div class="d">⟦m 发布日期：2025-03-16⟧</div>
{BODY}
<div class="ft">⟦m 协会秘书处　地址：棠川市文体中心305室⟧</div>
</body></html>
""",
        body="""
时间：2025年3月15日下午2时
地点：协会会议室
主持：会长 江明远
出席：理事十五人
记录：杜晓
会议审议通过了《2025年全市七巧板进校园工作计划》，表决结果：同意15票，反对0票，弃权0票。
""",
        date_also=["2025-03-16"],
    ),
    dict(
        slug="company-qiaoqiao-tangram-toys-news",
        site="巧巧益智玩具 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.qiaoqiao-toys.example.com/news/2025/0710.html",
        title="巧巧益智木质七巧板通过欧盟玩具安全认证",
        record_title="巧巧益智木质七巧板通过欧盟玩具安全认证-巧巧益智玩具",
        date="2025-07-10",
        notes="company site: shop link and 400 line; a share bar",
        page="""
!m 巧巧益智玩具 ｜ 首页 ｜ 产品 ｜ 新闻 ｜ 联系
!t 巧巧益智木质七巧板通过欧盟玩具安全认证-巧巧益智玩具
!m 2025-07-10 | 企业新闻
{BODY}
!a 进入天猫旗舰店选购 ＞
!m 客服热线：400-655-7021
""",
        body="""
近日，公司生产的木质七巧板系列产品顺利通过欧盟玩具安全认证。
该系列产品采用榉木制作，使用水性漆，边角经过圆弧处理，适合三岁以上儿童使用。
取得认证后，产品将进入欧洲市场，预计全年出口额增加三百万元。
""",
    ),
    dict(
        slug="training-zhiqiao-html-tangram-course",
        site="智巧思维训练中心 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="notice",
        form="html",
        source="http://www.zhiqiao-sw.example.cn/kc/qiqiaoban.html",
        title="七巧板思维启蒙课程介绍",
        record_title="七巧板思维启蒙课程介绍（附课程表）",
        date=None,
        notes="training school: float consult box; course table kept; no date",
        page="""
<html><head><meta charset="utf-8"><title>七巧板思维启蒙课程介绍（附课程表）</title></head><body>
<div class="hd">⟦m 智巧思维训练中心⟧</div>
<h2>⟦t 七巧板思维启蒙课程介绍（附课程表）⟧</h2>
{BODY}
<div class="float">⟦w 在线咨询　预约试听　电话：0451-8767 0031⟧</div>
<div class="ft">⟦d 课程最终解释权归本中心所有⟧</div>
</body></html>
""",
        body="""
七巧板是我国传统的智力玩具，能帮助孩子建立图形概念，培养空间想象力。
课程表如下：
阶段　内容　课次
启蒙　认识七块板　8次
进阶　拼摆动物人物　12次
""",
    ),
    dict(
        slug="fanwenapp-miaobi-pickled-cabbage-coop-speech",
        site="妙笔APP (invented)",
        style="范文APP",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://m.miaobi.example.com/s/9013377",
        title="在酸菜加工合作社开工仪式上的致辞",
        record_title="在酸菜加工合作社开工仪式上的致辞（可编辑）",
        date="2024-11-08",
        notes="writing-app share; date under the title in Chinese numerals; speaker line neutral; open-in-app fold",
        page="""
!m 妙笔 · 写作助手
!t 在酸菜加工合作社开工仪式上的致辞（可编辑）
镇长　贺春阳
（二〇二四年十一月八日）
{BODY}
!a 在妙笔APP内打开，编辑更方便
""",
        body="""
各位来宾、乡亲们：
今天，我们的酸菜加工合作社正式开工了，这是全镇产业发展的一件大事。
合作社建成后，每年可加工白菜一万吨，带动三百户农户增收。
⟦a 余下内容需解锁会员后查看⟧
祝合作社生意兴隆，祝乡亲们的日子越过越红火！
""",
    ),
    dict(
        slug="gkforum-tangram-interview-question",
        site="公考驿站论坛 (invented)",
        style="公考论坛",
        genre="面试真题",
        kind="article",
        form="text",
        source="http://bbs.gkyz.example.com/thread-31206-1-1.html",
        title="社区要组织七巧板亲子比赛，你怎么组织？",
        record_title="[面试真题] 社区要组织七巧板亲子比赛，你怎么组织？（附答题思路） - 面试交流 - 公考驿站",
        date=None,
        notes="exam forum post with junk lines; relative time; no date",
        junk=dict(lines=2, glued=0),
        page="""
!m 公考驿站 › 面试交流
!t [面试真题] 社区要组织七巧板亲子比赛，你怎么组织？（附答题思路）
!m 作者：上岸小分队　5天前
{BODY}
!l 回复可见完整答题思路　|　收藏　|　分享
""",
        body="""
我会从以下几个方面来组织这次活动。
首先，做好前期调研，了解辖区有意愿参加的家庭数量，确定比赛规模和场地。
其次，制定活动方案，明确比赛规则和奖项设置，并通过社区公告栏和居民群进行宣传。
最后，活动结束后及时总结，把优秀作品在社区展示。
""",
    ),
    dict(
        slug="baike-html-tangram-entry",
        site="问百科 (invented)",
        style="百科问答",
        genre="百科词条",
        kind="entry",
        form="html",
        source="https://www.wenbaike.example.com/wiki/七巧板",
        title="七巧板",
        record_title="七巧板 - 问百科",
        date=None,
        notes="encyclopedia entry: edit links, infobox rows kept; no date (update stamp)",
        page="""
<html><head><meta charset="utf-8"><title>七巧板 - 问百科</title></head><body>
<div class="hd">⟦m 问百科⟧ ⟦a 编辑词条　｜　历史版本⟧</div>
<h1>⟦t 七巧板⟧</h1>
{BODY}
<div class="upd">⟦m 最后更新于 2025-02-18 10:22　浏览 6302 次⟧</div>
<div class="tags">⟦l 标签：益智玩具　传统文化⟧</div>
</body></html>
""",
        body="""
七巧板是一种由七块板组成的拼板玩具，用它可以拼出一千六百种以上的图形。
组成　五个三角形、一个正方形、一个平行四边形
起源　中国宋代燕几图
七巧板在十八世纪传到国外，被称为“唐图”。
""",
    ),
    dict(
        slug="netdisk-pickled-cabbage-standard",
        site="微云盘分享 (invented)",
        style="网盘分享",
        genre="标准",
        kind="rules",
        form="text",
        source="https://pan.weiyun-share.example.com/s/SuanCai2025",
        title="寒北酸菜团体标准（征求意见稿）",
        record_title="寒北酸菜团体标准（征求意见稿）.pdf",
        date=None,
        notes="cloud share: file-name title; save and download buttons; share expiry; no date",
        page="""
!m 微云盘 · 文件分享
!t 寒北酸菜团体标准（征求意见稿）.pdf
!m 分享时间：2025-09-01　过期时间：永久有效
!a 保存到网盘　下载
{BODY}
""",
        body="""
1 范围
本标准规定了寒北酸菜的术语、原料要求、加工工艺和检验方法。
2 原料要求
2.1 大白菜应新鲜、无腐烂、无病虫害。
2.2 食盐应符合食用盐国家标准。
""",
    ),
    dict(
        slug="snapshot-pickled-cabbage-festival-cache",
        site="速搜快照 (invented)",
        style="搜索快照",
        genre="新闻",
        kind="news",
        form="text",
        source="http://kz.susou.example.com/?url=news.hanbei.example.com/2025/1120",
        title="寒北县首届酸菜文化节开幕",
        record_title="寒北县首届酸菜文化节开幕",
        date="2025-11-20",
        notes="text-only cache: crawl time is no date; the original's 发布时间 line is the page date",
        page="""
!d 速搜快照：本页面为 2025-12-01 08:40 保存的网页快照，仅供参考
!m 寒北新闻网 > 本地要闻
{T}
!m 发布时间：2025-11-20
{BODY}
""",
        body="""
11月19日，寒北县首届酸菜文化节在县体育广场开幕。
文化节期间将举办渍酸菜技艺比赛、酸菜美食品鉴等活动。
县里将借助文化节，推动酸菜产业品牌化发展。
""",
    ),
    dict(
        slug="print-tangram-competition-rules-print",
        site="棠川市青少年宫 打印页 (invented)",
        style="打印页",
        genre="竞赛规则",
        kind="rules",
        form="html",
        source="http://www.tcqsng.example.cn/print.aspx?id=912",
        title="棠川市少儿七巧板创意拼图大赛规则",
        record_title="〔打印稿〕棠川市少儿七巧板创意拼图大赛规则",
        date="2025-04-02",
        notes="print view as HTML: print/close buttons and a print footer; 成文日期",
        page="""
<html><head><meta charset="utf-8"><title>打印</title></head><body>
<div class="noprint">⟦a [打印]　[关闭]⟧</div>
<h3>⟦t 〔打印稿〕棠川市少儿七巧板创意拼图大赛规则⟧</h3>
{BODY}
<div class="pf">⟦m ── 第1页 共1页 ──⟧</div>
</body></html>
""",
        body="""
一、比赛分低年级组和高年级组，每组限时二十分钟。
二、选手须使用大赛统一提供的七巧板，不得自带。
三、作品由评委按创意、完整度和讲解三项评分。
棠川市青少年宫
2025年4月2日
""",
    ),
    dict(
        slug="mail-pickled-cabbage-fwd-inspection",
        site="寒北县市场监管局 邮件转发 (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mailto:scjg@hanbei.example.gov.cn#20251012",
        title="关于开展酸菜生产小作坊专项检查的通知",
        record_title="转发：关于开展酸菜生产小作坊专项检查的通知",
        date="2025-10-10",
        date_also=["2025-10-12"],
        notes="forwarded mail with headers; the 成文日期 differs from the send date (both accepted); 附件 list kept",
        page="""
!m 发件人：县市场监管局食品科
!m 日期：2025-10-12 08:30
!t 转发：关于开展酸菜生产小作坊专项检查的通知
{BODY}
!m 本邮件及附件仅发送给指定收件人。
""",
        body="""
各市场监管所：
为保障冬季酸菜食品安全，局里决定开展酸菜生产小作坊专项检查，检查时间为10月15日至11月30日。
附件：1.检查表
2.问题清单
寒北县市场监督管理局
2025年10月10日
""",
    ),
]

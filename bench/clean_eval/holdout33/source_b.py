"""holdout33, part B: blogs, account mirrors, sharing sites, education portals, intranets, Q&A, collections. Invented text."""

CASES = [
    dict(
        slug="blog-craftsman-college-teacher",
        site="匠心札记 (invented blog of a craftsman-college teacher)",
        style="博客",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://jiangxinzhaji.blogspace.cn/post/20250718",
        title="工匠学院焊接实训班第三期教学小结",
        record_title="【教学随记】工匠学院焊接实训班第三期教学小结 | 匠心札记",
        date="2025-07-18",
        notes="blog template: bracketed post time, tag cloud, archive, reward button; the summary's own sentence about 扫码 sign-in kept",
        page="""
<html><head><meta charset="utf-8"><title>工匠学院焊接实训班第三期教学小结 | 匠心札记</title></head><body>
<div id="blog-title">⟦m 匠心札记⟧</div><div id="blog-desc">⟦m 一名焊工老师的课堂笔记⟧</div>
<div id="menu">⟦m 首页 · 归档 · 标签 · 留言板⟧</div>
<div class="post"><h2>{T}</h2>
<div class="post-meta">⟦m [2025-07-18 21:03] 作者：焊花⟧</div>
{BODY}
<div class="reward">⟦a 如果这篇对你有帮助，可以请我喝杯茶 ☕⟧</div>
<div class="post-tags">⟦l 标签：工匠学院 焊接 实训⟧</div>
<div class="post-nav">⟦l ← 第二期学员结业随想⟧ ⟦l 焊接安全十问 →⟧</div></div>
<div id="sidebar"><h4>⟦l 文章归档⟧</h4><p>⟦l 2025年07月 (4)⟧</p><p>⟦l 2025年06月 (6)⟧</p><h4>⟦l 标签云⟧</h4><p>⟦l 氩弧焊 二保焊 考证 安全⟧</p></div>
<div id="footer">⟦d © 匠心札记 保留所有权利，引用请注明出处⟧ ⟦m 由 Typecho-like 驱动⟧</div>
</body></html>
""",
        body="""
第三期焊接实训班于7月18日结业，共有学员26名，全部来自县内制造企业的一线岗位。
这一期我们把课程调整为“理论两天、实操十天、考核两天”，实操时间比上一期多了三天。每天上课前，学员用手机扫码签到，签到记录直接同步到学院的培训台账。
结业考核中，22名学员通过了中级焊工技能等级认定，通过率84.6%，比第二期提高了11个百分点。
不足之处是仰焊练习的工位偏少，有的学员排队时间较长。下一期准备和合作企业商量，借用他们车间的两个工位。
""",
    ),
    dict(
        slug="wx-mirror-parents-school",
        site="公众号文章聚合 (invented mirror of a county parents' school account)",
        style="公众号镜像",
        genre="通知",
        kind="notice",
        form="html",
        source="https://wx.juhe-read.com/s/Jl8x0Qc2mA",
        title="县家长学校2025年秋季公益课程报名通知",
        record_title="县家长学校2025年秋季公益课程报名通知",
        date="2025-09-01",
        notes="WeChat-style mirror: account line with date, follow card, 阅读原文/在看/赞赏 row, mirror's footer; the notice's own 报名 by 扫码 kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>县家长学校2025年秋季公益课程报名通知</title>
<style>.rich_media{max-width:677px}</style></head><body>
<div class="mirror-top">⟦m 聚合阅读 · 好文章都在这里⟧ ⟦a 换一批⟧</div>
<div class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta">⟦m 原创　县家庭教育指导中心　云岭家长学校　2025年9月1日 17:30　云南⟧</div>
<section class="rich_media_content">
{BODY}
</section>
<div class="bottom">⟦l 阅读原文⟧ ⟦l 阅读 2076⟧ ⟦l 分享⟧ ⟦l 在看 31⟧ ⟦a 喜欢作者 赞赏⟧</div>
<div class="profile">⟦a 长按识别二维码关注「云岭家长学校」，做智慧父母⟧</div>
</div>
<div class="mirror-foot">⟦d 本页内容来自公众号公开文章，版权归原作者，如需删除请联系我们⟧ ⟦m 聚合阅读 juhe-read.com⟧</div>
</body></html>
""",
        p_html='<p style="margin:0 8px;line-height:1.75em;"><span style="font-size:15px;">{}</span></p>',
        body="""
各位家长：
新学期开始了，县家长学校2025年秋季公益课程开始报名啦！本学期共开设四门课程，全部免费。
课程名称　授课对象　上课时间
《幼小衔接那些事》　大班幼儿家长　每周六上午
《青春期沟通课》　初中生家长　每周六下午
《隔代教养的智慧》　祖辈家长　每周日上午
《家庭阅读陪伴》　小学生家长　每周日下午
请家长扫描海报上的报名二维码填写信息，每门课程限报40人，报满即止。
咨询电话：0873-6120815（工作日）。
云岭县家庭教育指导中心
2025年9月1日
""",
    ),
    dict(
        slug="wx-mirror-embroidery-coop-text",
        site="微文存档 (invented text mirror)",
        style="公众号镜像",
        genre="新闻报道",
        kind="news",
        form="text",
        source="http://weiwencundang.net/a/3390127",
        title="绣娘合作社带动三百户增收",
        record_title=None,
        date="2025-06-16",
        notes="text mirror of an embroidery co-op account; account line with date; title missing; 'follow us' block glued to the last paragraph",
        page="""
!m 微文存档 — 公众号文章备份
{T}
!m 苗岭绣坊　2025-06-16
!m 原创　阿朵　苗岭绣坊
{BODY}
!l 往期推荐
!l 一根绣花针的非遗之路
!l 绣坊新品｜端午香囊上线
!a 点“在看”，让更多人看见山里的绣娘
!m 原文链接：http://mp.weixin-like.cn/s/abc73kq
""",
        body="""
走进苗岭县雷岗村的绣娘合作社，二十多位妇女正低头飞针走线。合作社理事长吴阿朵说，去年合作社带动全村及周边村300多户增收，绣娘人均年收入超过两万元。
合作社采取“订单+农户”模式，由合作社统一接单、统一发放绣片和丝线，绣娘在家就能完成刺绣，按件计酬。
今年以来，合作社与两家服装企业签订了长期订单，还开设了网店，端午节前推出的香囊一个月卖出八千多个。
吴阿朵说，下一步要办好刺绣培训班，让更多年轻人学会这门手艺。⟦a 关注苗岭绣坊，带你看更多非遗故事⟧
""",
    ),
    dict(
        slug="share-hydrogen-safety-rules-pages",
        site="享阅文档 (invented sharing site)",
        style="文档分享",
        genre="管理制度",
        kind="rule",
        form="text",
        source="https://www.xiangyuedoc.com/d/7719023.html",
        title="加氢站安全操作规程",
        record_title="加氢站安全操作规程（2025修订）- 享阅文档",
        date="2025-03-01",
        notes="hydrogen-energy firm's rules on a sharing site; page markers ⸜n⸝ on lines of their own cut sentences; articles speak of 打印/下载 as content; upload notice",
        page="""
!m 享阅文档 — 分享让知识流动
!t 加氢站安全操作规程（2025修订）
!m 分享者：青柠文档　上传于：2025-05-07　4页　下载：0
!d 该文件由分享者上传并对其内容负责，享阅仅提供存储服务。如发现侵权，请点击页面底部“投诉”。
{BODY}
!a 下载完整版　　加入书架
!l 相似文档：LNG加气站操作规程 | 充电站安全管理制度
!m 享阅文档 xiangyuedoc.com　京ICP备20033190号
""",
        pages=dict(fmt="⸜{n}⸝", every=150, start=2),
        body="""
第一条　为规范加氢站作业行为，防止氢气泄漏、火灾和爆炸事故，保障人员和设备安全，制定本规程。
第二条　本规程适用于公司所属各加氢站的加注、卸车、巡检和设备维护作业。
第三条　作业人员必须经安全培训考核合格，持证上岗；进入站区前应释放静电，禁止携带火种和非防爆电子设备。
第四条　加注前应核对车辆储氢瓶合格证和检验日期，确认加氢枪与车辆接口连接牢固后方可启动加注。加注过程中操作人员不得离开加注机。
第五条　每日交接班时，值班人员应从站控系统下载当班运行记录，打印后由交接双方签字存档，保存期限不少于两年。
第六条　发现氢气泄漏报警时，应立即按下紧急切断按钮，疏散站内人员和车辆，并向公司安全部报告。
第七条　本规程自2025年3月1日起施行。
""",
    ),
    dict(
        slug="share-chip-firm-training-plan-html",
        site="文件驿站 (invented document-sharing site)",
        style="文档分享",
        genre="工作计划",
        kind="plan",
        form="html",
        source="https://wenjianyizhan.cn/view/b82c61d0.html",
        title="芯源半导体公司2025年新员工培训计划",
        record_title="芯源半导体公司2025年新员工培训计划.pdf",
        date=None,
        notes="sharing reader: file-info panel, upload stamp (no date), preview-end paywall, report button; decimal headings 2.1/2.2 kept",
        page="""
<html><head><meta charset="utf-8"><title>芯源半导体公司2025年新员工培训计划.pdf-文件驿站</title><script>var pv=1;</script></head><body>
<div class="hdr">⟦m 文件驿站⟧ ⟦a 上传文档赚收益⟧ ⟦a 登录⟧</div>
<div class="fileinfo"><h1>{T}</h1><p>⟦m PDF · 3页 · 上传于2025-02-19 · 浏览 412 · 用户 芯片小白 分享⟧</p></div>
<div class="reader">
{BODY}
</div>
<div class="stop">⟦a 阅读已到达免费上限，支付1.9元继续阅读并下载⟧</div>
<div class="tools">⟦a 举报⟧ ⟦a 收藏⟧ ⟦l 分享给好友⟧</div>
<div class="rel"><h3>⟦l 你可能还需要⟧</h3><p>⟦l 晶圆厂洁净室安全培训课件⟧</p><p>⟦l 新员工入职三级安全教育记录表⟧</p></div>
<div class="ft">⟦d 平台内容由用户上传，不代表平台立场⟧ ⟦m 苏ICP备21077410号⟧</div>
</body></html>
""",
        p_html='<div class="pg-line">{}</div>',
        body="""
1．培训目标
帮助2025届新员工在三个月内了解公司文化和规章制度，掌握洁净室作业规范和岗位基本技能，顺利通过转正考核。
2．培训安排
2.1　集中培训（第1至2周）：公司概况、安全环保、洁净室行为规范、保密制度。
2.2　岗位培训（第3至8周）：由部门指定导师一对一带教，完成岗位技能清单。
2.3　轮岗实践（第9至12周）：在工艺、设备、质量三个部门各轮岗一周。
3．考核办法
集中培训结束后进行闭卷考试，成绩在80分以上为合格；岗位培训由导师按技能清单逐项评定；考核结果作为转正依据。
""",
    ),
    dict(
        slug="edu-county-portal-cheating-notice",
        site="禾岚县教育信息网 (invented education-bureau portal)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.helan.edu.cn/html/tzgg/2025/0610/3071.html",
        title="关于做好2025年初中学业水平考试考务工作的通知",
        record_title="关于做好2025年初中学业水平考试考务工作的通知-禾岚县教育信息网",
        date="2025-06-10",
        notes="education portal: schedule table, the notice's own sentence telling candidates to 下载打印 准考证 kept; the bureau's 招生咨询 line in the text beside the site's technical line",
        page="""
<html><head><meta charset="utf-8"><title>关于做好2025年初中学业水平考试考务工作的通知-禾岚县教育信息网</title></head><body>
<div class="head">⟦m 禾岚县教育信息网⟧ ⟦m 立德树人 · 办人民满意的教育⟧</div>
<div class="nav">⟦m 首页 教育动态 通知公告 招生考试 教师发展 家校共育⟧</div>
<div class="where">⟦m 当前位置：首页 &gt; 招生考试 &gt; 中考专栏⟧</div>
<div class="art"><h3>{T}</h3>
<div class="src">⟦m 作者：县招生考试中心　发布时间：2025-06-10　点击：2907⟧</div>
{BODY}
<div class="att">⟦a 附件下载：考点考场安排表.xls（已下载 311 次）⟧</div>
</div>
<div class="side">⟦l 中考专栏⟧<br>⟦l · 2025年中考体育考试须知⟧<br>⟦l · 普通高中招生计划公示⟧</div>
<div class="foot">⟦m 主办：禾岚县教育局　技术支持电话：0856-5501234⟧<br>⟦m 黔ICP备10008877号⟧</div>
</body></html>
""",
        body="""
各初级中学：
2025年初中学业水平考试将于6月24日至26日举行。为确保考试安全平稳，现将考务工作有关事项通知如下。
一、考试时间安排
日期　上午　下午
6月24日　语文　道德与法治、历史
6月25日　数学　物理、化学
6月26日　英语　生物、地理
二、准考证发放
考生须于6月18日至23日登录县招生考试中心网站下载打印准考证，学校负责核对考生信息。
三、考点管理
各考点要严格落实考务人员培训、试卷保管和考场视频监控制度，6月23日下午组织考生熟悉考场。
县招生考试中心咨询电话：0856-5502460。
禾岚县教育局
2025年6月10日
""",
    ),
    dict(
        slug="edu-kindergarten-letter-text",
        site="青枫幼教网 (invented preschool portal)",
        style="教育门户",
        genre="致家长的信",
        kind="letter",
        form="text",
        source="http://www.qingfengyoujiao.cn/jiayuan/2025/0701/884.html",
        title="暑假安全致家长的一封信",
        record_title="【家园共育】暑假安全致家长的一封信（附回执）",
        date="2025-07-01",
        notes="preschool letter with its 回执 slip (template line with blanks kept); date in Chinese numerals under the signature",
        page="""
!m 青枫幼教网　家园共育频道
!m 首页 ≫ 家园共育 ≫ 安全教育
!t 【家园共育】暑假安全致家长的一封信（附回执）
!m 发稿：园办　审核：园长室　浏览量：1532
{BODY}
!a 【大字阅读】【打印友好版】
!l 相关阅读：寒假安全提示｜防溺水安全教育
!m 青枫幼教网 版权所有
""",
        indent="\u3000\u3000",
        body="""
亲爱的家长朋友：
快乐的暑假即将到来，为了让孩子们度过一个安全、健康、愉快的假期，请您配合做好以下几件事。
一、防溺水。不让孩子独自或结伴到河塘、水库边玩耍，游泳须在有救生员的正规场所并由成人陪同。
二、防走失。外出时牵好孩子的手，教孩子记住家长的姓名和电话。
三、防意外。关好门窗，不让孩子独自在阳台玩耍；燃气、药品、刀具放在孩子够不到的地方。
四、合理作息。每天看电子屏幕不超过半小时，保证充足睡眠。
祝孩子们度过一个愉快的暑假！
青枫县实验幼儿园
二〇二五年七月一日
回执：我已认真阅读《暑假安全致家长的一封信》，将切实履行监护责任。
幼儿姓名：________　家长签名：________
""",
    ),
    dict(
        slug="intranet-railfreight-minutes-html",
        site="陆港班列公司协同办公平台 (invented intranet)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.lugang-rail.local/doc/view?id=20250415003",
        title="2025年第二季度班列组织协调会会议纪要",
        record_title=None,
        date="2025-04-16",
        date_also=["2025-04-15"],
        notes="rail-freight platform company's intranet: document view with its 流转记录 and read counts; minutes' 时间/地点/主持/参会/记录 lines kept; 印发 date expected, meeting date accepted",
        page="""
<html><head><meta charset="utf-8"><title>公文查看 - 陆港协同办公</title></head><body>
<div class="oa-top">⟦m 陆港班列协同办公平台⟧ ⟦m 欢迎您，单晓宁（运营部）⟧ ⟦a 退出⟧</div>
<div class="oa-menu">⟦m 待办(3) 已办 公文管理 会议管理 通讯录⟧</div>
<div class="doc"><div class="doc-title">{T}</div>
<div class="doc-no">陆港纪〔2025〕9号</div><div class="doc-meta">⟦m 密级：内部　阅读：47人⟧</div>
{BODY}
</div>
<div class="flow"><h4>⟦m 流转记录⟧</h4><p>⟦m 04-16 09:12 综合办 拟稿⟧</p><p>⟦m 04-16 10:40 分管副总 核稿⟧</p><p>⟦m 04-16 14:05 分发至各部门⟧</p></div>
<div class="oa-btn">⟦a 阅办完毕⟧ ⟦a 转发⟧ ⟦a 打印⟧</div>
<div class="oa-foot">⟦d 内部资料 严禁外传⟧</div>
</body></html>
""",
        body="""
时间：2025年4月15日下午3:00
地点：公司三楼调度会议室
主持：总经理　严文博
参会：运营部、市场部、安全质量部、财务部负责人
记录：单晓宁
会议听取了第一季度班列开行情况汇报，研究了第二季度班列组织工作。纪要如下：
一、第一季度共开行班列96列，同比增长18%，回程班列占比提高到41%。
二、第二季度计划开行班列110列，市场部要加大回程货源组织力度，重点对接木材、矿产和农产品进口企业。
三、安全质量部要在5月底前完成集装箱追踪系统升级，实现全程定位。
四、财务部要会同运营部梳理运费结算流程，缩短结算周期。
陆港班列运营有限公司综合办公室
2025年4月16日印发
""",
    ),
    dict(
        slug="intranet-prefab-food-park-text",
        site="鲜谷预制菜产业园内网 (invented)",
        style="企业内网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://10.8.1.20/portal/news/2025/0305/127.html",
        title="关于开展食品安全月度自查的通知",
        date=None,
        notes="pre-made food park intranet: export stamp (no date), no 成文日期; numbered list; intranet's meta lines",
        page="""
!m 鲜谷产业园门户 | 内部信息
!m 首页 > 通知公告 > 质量安全
{T}
!m 发布部门：质量安全部　阅读(213)
!m 本页由 门户系统 于 2025-03-07 14:22:09 导出
{BODY}
!a [返回列表] [收藏] [导出PDF]
!d 本信息仅限园区内部员工查阅
""",
        body="""
园区各入驻企业、各部门：
为落实食品生产企业主体责任，质量安全部决定自本月起每月开展一次食品安全自查。现将有关要求通知如下：
1．自查范围：原料验收、冷链储存、生产加工、包装标识、留样和出厂检验各环节。
2．自查时间：每月20日前完成，自查表于25日前报质量安全部。
3．问题整改：自查发现的问题要建立台账，明确整改责任人和时限，整改完成后附照片报备。
4．抽查复核：质量安全部每月随机抽取两家企业进行复核，复核结果在园区内通报。
请各企业高度重视，认真组织实施。
质量安全部
""",
    ),
    dict(
        slug="qa-used-car-market-answer",
        site="问个明白 (invented Q&A community)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.wengemingbai.com/q/5520381",
        title="二手车交易市场的商户诚信经营承诺书怎么写？",
        record_title=None,
        date="2025-04-02",
        notes="Q&A: the question as the title; answer time 回答于 is the page's date; the answer's sample pledge with ××××年××月××日 placeholder; other answers as lists",
        page="""
!m 问个明白 > 生活 > 汽车
{T}
!m 提问者：匿名用户　悬赏 20 积分　浏览 1302
!m 我们市场要求每个商户交一份，有没有范本？
!m 最佳答案
!m 车行老周　回答于 2025-04-02 10:16
{BODY}
!a 有用(56)　没用(2)　｜　举报　｜　分享
!l 其他回答（3）
!l 萝卜青菜：可以去市场管理处问问有没有统一格式 · 3天前
!l 相关问题：二手车收车协议怎么写？
!m ©2025 问个明白
""",
        body="""
我在市场做了十几年，市场管理处每年都让签，给你一个我们用的范本，改改名字就能用：
二手车商户诚信经营承诺书
为维护二手车交易市场良好秩序，本商户郑重承诺：
一、如实介绍车辆状况，不隐瞒事故、泡水、火烧和里程调整等重大瑕疵。
二、明码标价，不虚假宣传，不收取合同约定以外的费用。
三、依法办理车辆过户手续，不代办、不倒卖车辆手续。
四、自觉接受市场管理处和消费者监督，发生纠纷积极协商解决。
承诺商户（盖章）：　　　负责人签字：
××××年××月××日
""",
    ),
    dict(
        slug="qa-auction-house-html",
        site="知行问答 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://zhixing-wenda.com/question/88213",
        title="拍卖行委托拍卖合同里的保留价是什么意思？",
        record_title="拍卖行委托拍卖合同里的保留价是什么意思？ - 知行问答",
        date="2025-08-15",
        notes="Q&A page: the question as the title; answer line with 回答于 date; other answers and related questions in lists; a follow button glued after the last paragraph",
        page="""
<html><head><meta charset="utf-8"><title>拍卖行委托拍卖合同里的保留价是什么意思？ - 知行问答</title></head><body>
<div class="hd">⟦m 知行问答⟧ <input> ⟦a 提问⟧ ⟦a 登录/注册⟧</div>
<div class="q"><h1>{T}</h1><div class="qd">⟦m 家里有一批旧家具想委托县里的拍卖行拍卖，合同里有个保留价，不太懂。⟧</div><div>⟦m 关注者 12 · 被浏览 640⟧</div></div>
<div class="ans"><div class="au">⟦m 拍卖师陶明 · 从业15年⟧</div><div class="at">⟦m 回答于 2025-08-15⟧</div>
{BODY}
<div class="act">⟦a 赞同 88⟧ ⟦l 评论 6⟧ ⟦a 收藏⟧ ⟦l 分享⟧</div></div>
<div class="more">⟦l 查看全部 4 个回答⟧</div>
<div class="rel">⟦l 相关问题：拍卖佣金一般收多少？⟧ ⟦l 流拍以后还能再拍吗？⟧</div>
<div class="ft">⟦m 知行问答 © 2025　增值电信业务经营许可证：浙B2-20190033⟧</div>
</body></html>
""",
        body="""
保留价就是你作为委托人设定的最低成交价格。竞买人的最高应价没有达到保留价时，该件拍卖品不成交，也就是常说的流拍。
保留价由委托人确定，需要的话可以参考拍卖行的评估意见。拍卖行对保留价负有保密义务，拍卖前不会对外公开。
如果合同里写明“无保留价”，那么拍卖师会以最高应价成交，哪怕价格很低。所以旧家具这类价格不好把握的物品，建议还是设一个保留价。
另外要注意合同里约定的流拍后费用，有的拍卖行流拍也会收取图录费和保管费。⟦a 关注我，了解更多拍卖知识⟧
""",
    ),
    dict(
        slug="collection-retired-geothermal-engineer",
        site="汤泉旧稿 (invented personal collection)",
        style="个人文集",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://tangquanjiugao.net/wenji/juan2/37.html",
        title="在县地热公司成立二十周年座谈会上的发言",
        record_title="《汤泉旧稿》卷二·第37篇｜在县地热公司成立二十周年座谈会上的发言",
        date="2023-10-18",
        notes="retired geothermal engineer's collection; date in Chinese numerals under the speech title; speaker line neutral; collection navigation",
        page="""
!m 汤泉旧稿 · 一位地热老工程师的文集
!m 目录 ｜ 卷一 ｜ 卷二 ｜ 卷三 ｜ 后记
!m 卷二 · 第37篇
{T}
（二〇二三年十月十八日）
原县地热公司总工程师　温仲山
{BODY}
!l 【上一篇】第一口地热井的故事
!l 【下一篇】给年轻技术员的一封信
!d 文集中文字均为作者旧作，转引请联系家属。
""",
        indent="\u3000\u3000",
        body="""
各位领导，各位老同事：
二十年前，我们十几个人挤在一间板房里，对着一张地质图商量第一口井打在哪里。今天看到公司发展成为供热面积三百多万平方米的企业，我心里非常感慨。
回想这些年，最难的是第一口井。打到一千二百米还没见热水，有人说要停，大家咬牙又打了两百米，终于出水，水温五十八度。那天晚上，我们在井边吃了一顿方便面，比什么都香。
我想对年轻的同志们说三句话：一要敬畏地质规律，回灌工作一刻也不能放松；二要算好长远账，不能为了眼前的效益过度开采；三要把老一辈的技术资料整理好、传下去。
祝公司越办越好！谢谢大家。
""",
    ),
]

"""holdout182, part b: door handles (门把手) — hospital infection control, schools, hardware
makers, elderly-friendly retrofits, standards and liability pages. Everything invented."""

CASES = [
    dict(
        slug="hospital-nuoxi-door-handle-disinfection-notice",
        site="糯溪县中医医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.nxzyy.example.org.cn/yygg/2025/1103/612.html",
        title="关于加强门把手等高频接触表面清洁消毒的通知",
        record_title="【院感科】关于加强门把手等高频接触表面清洁消毒的通知 - 糯溪县中医医院",
        date="2025-11-03",
        notes="hospital site: booking float, 24-hour line vs the department's own 咨询电话 kept; schedule table kept; 成文日期",
        page="""
<html><head><meta charset="utf-8"><title>【院感科】关于加强门把手等高频接触表面清洁消毒的通知 - 糯溪县中医医院</title></head><body>
<div class="top">⟦m 糯溪县中医医院　二级甲等中医医院⟧ ⟦m 24小时急诊：0833-5120120⟧</div>
<div class="menu">⟦m 医院概况　科室导航　专家介绍　就医指南　院务公开　党建园地⟧</div>
<div class="loc">⟦m 首页 / 院务公开 / 医院公告⟧</div>
<h3>{T}</h3>
<p class="src">⟦m 发布科室：院感科　点击：421⟧</p>
{BODY}
<div class="float">⟦a 微信预约挂号 扫一扫⟧<br>⟦a 返回顶部⟧</div>
<div class="foot">⟦d Copyright © 2025 糯溪县中医医院 版权所有⟧　⟦m 地址：糯溪县杏林路9号⟧</div>
</body></html>
""",
        body="""
各科室、病区：
进入秋冬季呼吸道传染病高发期，为减少经手接触传播，院感科决定自11月5日起加强门把手、电梯按钮、扶手、挂号机触屏等高频接触表面的清洁消毒。
一、消毒频次
区域　频次　责任部门
门诊大厅及电梯　每2小时一次　后勤保障部
病区走廊及病房门把手　每日4次　各病区
发热门诊　每1小时一次　发热门诊
二、消毒方法：使用含有效氯500mg/L的消毒湿巾擦拭，作用30分钟后清水擦拭，做好登记。
三、院感科将不定期抽查采样，结果纳入科室月度考核。
咨询电话：院感科 0833-5120436。
糯溪县中医医院院感科
2025年11月3日
""",
    ),
    dict(
        slug="edu-canyuan-school-handle-wiping-rota",
        site="粲原县教育体育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.canyuan.example.gov.cn/tzgg/2025/0903/1120.html",
        title="关于做好秋季开学校园公共设施清洁消毒工作的通知",
        record_title="关于做好秋季开学校园公共设施清洁消毒工作的通知_粲原县教育体育局",
        date="2025-09-01",
        date_also=["2025-09-03"],
        notes="education bureau: 关怀版 link, the site's technical line vs the bureau's own 联系人; numbered list; sentence asking schools to 下载/打印 a register kept; date differs from 发布日期",
        page="""
<html><head><meta charset="utf-8"><title>关于做好秋季开学校园公共设施清洁消毒工作的通知_粲原县教育体育局</title></head><body>
<div class="tb">⟦a 关怀版⟧ ⟦a 无障碍浏览⟧ ⟦m 今天是：2025年9月3日 星期三⟧</div>
<div class="lg">⟦m 粲原县教育体育局　立德树人 健康第一⟧</div>
<div class="nv">⟦m 首页　机构职能　教育动态　通知公告　招生考试　体育工作⟧</div>
<h1>{T}</h1>
<div class="xx">⟦m 发布日期：2025-09-03　来源：体卫艺股　浏览：1856⟧</div>
<div class="zw">
{BODY}
</div>
<div class="xg">⟦l 上一篇：2025年秋季学期中小学校历⟧<br>⟦l 下一篇：关于开展校园足球联赛报名的通知⟧</div>
<div class="ft">⟦m 技术支持：粲原县教育信息化中心　电话：0871-3356009⟧<br>⟦m 滇ICP备10023317号⟧</div>
</body></html>
""",
        body="""
各中小学校、幼儿园：
为做好秋季开学传染病防控，现就校园公共设施清洁消毒工作通知如下：
1. 教室门把手、楼梯扶手、饮水机按钮、卫生间水龙头每天至少擦拭消毒两次，分别在早读前和午休后进行。
2. 各校要明确每个班级的值日责任人，低年级由保育员或班主任负责。
3. 请各校从县教体局网站下载《公共设施消毒登记表》，打印后张贴在各楼层，逐项签字。
4. 县教体局将于9月中旬组织开学专项督查。
联系人：体卫艺股 孟晴，电话：0871-3356118。
粲原县教育体育局
2025年9月1日
""",
    ),
    dict(
        slug="assoc-xukou-hardware-handle-quality-pledge",
        site="糈口市五金制品行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.xkwjxh.example.org/xhdt/2025/0712/88.html",
        title="门把手产品质量诚信倡议书",
        record_title="【协会倡议】门把手产品质量诚信倡议书_糈口市五金制品行业协会",
        date="2025-07-12",
        notes="association: member-login row, member hotline vs the association's own contact in the document; a pledge; date in the document",
        page="""
!m 糈口市五金制品行业协会
!a 会员登录｜入会指南｜会员单位名录
!m 协会首页 → 协会动态 → 倡议书
{T}
!m 来源：协会秘书处　2025-07-12　阅读量 532
{BODY}
!m 会员服务热线：0577-6230088（周一至周五）
!l 相关：协会召开门锁把手专委会成立大会｜2025年上半年行业运行简报
!d ©糈口市五金制品行业协会　未经许可不得转载
""",
        body="""
全市门把手生产企业：
近期，市场监管部门抽查发现部分门把手产品存在镀层厚度不足、耐腐蚀性能不达标等问题，损害了糈口五金的整体声誉。为此，协会向全体会员单位发出如下倡议：
一、严格按照国家和行业标准组织生产，不偷工减料，不以次充好。
二、建立原材料进厂检验和成品出厂检验制度，盐雾试验记录至少保存两年。
三、如实标注材质和镀层工艺，不夸大宣传，不冒用他人商标。
四、主动接受社会监督，发现质量问题及时召回。
协会联系人：潘立群，电话：0577-6230116。
糈口市五金制品行业协会
2025年7月12日
""",
    ),
    dict(
        slug="company-lintian-lever-handle-recall",
        site="粼田恒固锁业有限公司 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.hengguolock.example.com/news/notice/2025-0618.html",
        title="关于召回部分型号执手门把手的公告",
        record_title="公司公告丨关于召回部分型号执手门把手的公告",
        date="2025-06-18",
        record_date="2025-06-18",
        notes="company site: online-service float, a 400 sales line vs the recall's own 召回热线 kept; recalled batches table; a sentence to 扫码 the product label kept",
        page="""
<html><head><meta charset="utf-8"><title>公司公告丨关于召回部分型号执手门把手的公告</title></head><body>
<header>⟦m 恒固锁业 HENGGU LOCK⟧ <nav>⟦m 首页 产品中心 工程案例 新闻中心 服务支持 联系我们⟧</nav> ⟦m 全国销售热线 400-617-0808⟧</header>
<div class="bn">⟦m 新闻中心 NEWS⟧</div>
<div class="pos">⟦m 首页 > 新闻中心 > 公司公告⟧</div>
<h2>{T}</h2>
<div class="dt">⟦m 2025.06.18　浏览 688⟧</div>
{BODY}
<div class="share">⟦l 分享到：微信 微博 QQ空间⟧</div>
<div class="kf">⟦w 在线客服 点击咨询⟧</div>
<footer>⟦d 版权所有 © 粼田恒固锁业有限公司⟧ ⟦m 浙ICP备17044512号-1⟧</footer>
</body></html>
""",
        body="""
尊敬的用户：
我公司在质量回访中发现，2024年11月至2025年2月生产的部分执手门把手，因回位弹簧热处理工艺不稳定，长期使用后可能出现把手下垂、无法回位的情况。为保障用户使用安全，我公司决定主动召回上述产品。
涉及型号　生产批号　数量
HG-5108　2411A至2502C　12460套
HG-5112　2412B至2502A　6830套
用户可扫描门把手内侧标签上的二维码，查询是否属于召回范围。属于召回范围的，我公司将免费上门更换回位组件。
召回热线：0576-88216030（8:00-20:00）。
粼田恒固锁业有限公司
2025年6月18日
""",
    ),
    dict(
        slug="party-jingchuan-branch-elderly-handle-retrofit",
        site="粳川先锋网 (invented)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.jcxianfeng.example.gov.cn/dj/2025/1210/3302.html",
        title="城关社区党支部适老化“小改造”工作总结",
        record_title="【支部风采】城关社区党支部适老化“小改造”工作总结",
        date="2025-12-10",
        date_also=["2025-12-11"],
        notes="Party-building site: study-points line, 学习强国-like follow prompt glued after a sentence; editor and reviewer lines; date in the document",
        indent="\u3000\u3000",
        page="""
!m 粳川先锋网 · 全县党员干部的网上家园
!m 当前位置：首页 >> 支部风采
{T}
!m 作者：城关社区党支部　发布：2025-12-11
!a 阅读本文可获得学习积分 1 分
{BODY}
!m 责任编辑：何丹　审核：曾庆
!l 推荐阅读：党员志愿者走进敬老院｜“红色物业”让小区更和谐
""",
        body="""
今年以来，城关社区党支部把适老化改造作为“我为群众办实事”的重要内容，组织党员志愿者为辖区独居和高龄老人开展居家“小改造”。
支部先后入户走访老人186户，发现不少老人家中使用的是圆球形门把手，手腕力量弱的老人开门困难，冬天手滑更容易摔倒。⟦a 关注“粳川先锋”，学习不掉线⟧
针对这一问题，支部联系辖区五金店以成本价提供执手式门把手，党员志愿者利用周末上门更换，全年共为73户老人更换门把手142个，加装扶手39处。
下一步，支部将把改造对象扩大到残疾人家庭，让“小改造”成为党员联系群众的“连心桥”。
中共粳川县城关社区支部委员会
2025年12月10日
""",
    ),
    dict(
        slug="community-ziling-old-estate-doorway-handles",
        site="籽岭街道和园社区 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://heyuan.ziling-street.example.cn/sqgg/20250822-07.html",
        title="关于和园小区单元门更换防夹手门把手的公示",
        record_title="【社区公告】关于和园小区单元门更换防夹手门把手的公示",
        date="2025-08-22",
        notes="residents' site: weather widget, grid box with the grid worker's phone, property line vs the community's own contact; a list of buildings; a sentence to 扫码 vote kept",
        page="""
<html><head><meta charset="utf-8"><title>【社区公告】关于和园小区单元门更换防夹手门把手的公示</title></head><body>
<div class="wx">⟦m 籽岭 多云 24~31℃⟧</div>
<div class="top">⟦m 籽岭街道和园社区　邻里一家亲⟧</div>
<ul class="nav"><li>⟦m 社区首页⟧</li><li>⟦m 社区公告⟧</li><li>⟦m 便民服务⟧</li><li>⟦m 网格之窗⟧</li></ul>
<h2>{T}</h2>
<p class="by">⟦m 和园社区居委会　2025-08-22 16:30⟧</p>
{BODY}
<div class="grid">⟦m 我的网格员：罗巧云 138 0871 2264⟧<br>⟦m 物业24小时值班：0871-6510223⟧</div>
<div class="ft">⟦d 本站信息由社区居委会发布　转载请注明⟧</div>
</body></html>
""",
        body="""
各位居民：
和园小区单元门门把手使用已超过十年，多处松动、生锈，去年以来已发生两起儿童夹手事件。经居民议事会讨论，拟使用小区公共收益为全部单元门更换带防夹功能的门把手，现予公示。
更换范围：1至14栋共38个单元门。
资金来源：小区公共收益，预计支出2.28万元。
公示期为2025年8月22日至8月28日。请各位居民扫描单元门口张贴的二维码参与意见征集，也可到居委会一楼填写纸质意见表。
联系人：和园社区居委会 陈琪，电话：0871-6512047。
和园社区居民委员会
2025年8月22日
""",
    ),
    dict(
        slug="examforum-interview-door-handle-topic-junk",
        site="上岸公考论坛 (invented)",
        style="公考论坛",
        genre="帖子",
        kind="post",
        form="text",
        source="https://bbs.shangan-gk.example.com/thread-330871-1-1.html",
        title="结构化面试题：从“一个门把手”看基层服务细节（附答题思路）",
        record_title="[面试真题] 结构化面试题：从“一个门把手”看基层服务细节（附答题思路） - 面试交流 - 上岸公考论坛",
        date=None,
        notes="exam forum: junk lines and glued junk; a hidden-content prompt; floor and reply prompts; no date (post time relative)",
        junk=dict(lines=2, glued=2),
        page="""
!m 上岸公考论坛 › 面试交流 › 真题回忆
!m 发表于 5 小时前 | 只看楼主 | 倒序浏览
{T}
!m 楼主：备考小熊猫
{BODY}
!a 本帖隐藏内容：回复后可查看完整答题模板
!l 评分　收藏　分享　回复
!l 热门推荐：2026省考面试时政热点汇总｜无领导小组讨论高分技巧
""",
        body="""
题目：某政务服务大厅把入口的旋钮式门把手换成了感应门，群众纷纷点赞。有人说这是小事，对此你怎么看？
答题思路：第一，表明观点，一个门把手虽小，却体现了以人民为中心的服务理念。
第二，分析意义，老人、残疾人和抱小孩的群众开门不便，细节改进能直接提升办事体验。
第三，提出做法，政务服务要常态化开展“走流程、找堵点”，从群众视角发现问题，建立意见快速响应机制。
第四，联系自身，如果有幸成为基层工作者，我会多站在群众角度想问题，把小事办实、办好。
""",
    ),
    dict(
        slug="fanwenapp-property-staff-handle-reflection",
        site="写作帮APP (invented)",
        style="范文APP",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://h5.xiezuobang.example.com/share/art/7718342?from=wx",
        title="物业维修工作心得体会",
        record_title="物业维修工作心得体会（精选）｜写作帮",
        date=None,
        notes="writing-app share: open-in-app banner, AI-rewrite button glued after a sentence, member-unlock line between paragraphs; no date",
        page="""
!a 打开写作帮APP，查看更多范文
!m 写作帮 · 心得体会
{T}
!m 作者：写作帮编辑部　2.3万人已读
{BODY}
!a 一键复制　生成Word　收藏
!l 猜你喜欢：物业客服年度工作总结｜维修班组长述职报告
""",
        body="""
到物业公司做维修工已经三年了，每天和水管、电线、门把手打交道，我从中体会到，服务无小事。
刚来时，我觉得修门把手是最简单的活，拧几颗螺丝就行。有一次一位老人家的门把手坏了，我修好就走，没想到第二天她又打来电话，说把手太紧，她根本拧不动。⟦a AI帮我改写这段⟧
那件事让我明白，维修不只是把东西修好，更要站在住户的角度想一想怎么用着顺手。
⟦a 开通会员，解锁全文及同类范文3000篇⟧
从那以后，每次维修完，我都会请住户亲手试一试，再问一句“还有哪里不方便”。这句话虽然简单，却让很多住户记住了我。
""",
    ),
    dict(
        slug="snapshot-standards-lever-handle-drafting-note",
        site="糍江市标准化研究院 (invented)",
        style="搜索快照",
        genre="说明",
        kind="other",
        form="text",
        source="http://www.cjbzy.example.org.cn/bzzx/2025/0415/204.html",
        title="《适老化执手门把手技术要求》团体标准编制说明",
        record_title="《适老化执手门把手技术要求》团体标准编制说明 - 网页快照",
        date=None,
        notes="text-only search cache: cache header, the original URL, a snapshot time; decimal headings 2.1/2.2; no date",
        page="""
!d 这是 http://www.cjbzy.example.org.cn/bzzx/2025/0415/204.html 的快照，是网页在 2025年5月2日 14:20 的存档。
!d 当前页面可能已经更改，请点击此处访问最新页面。
!m 糍江市标准化研究院 > 标准资讯
{T}
{BODY}
!m 糍江市标准化研究院 版权所有
""",
        body="""
1 任务来源
本标准由糍江市五金商会提出，由糍江市标准化研究院牵头起草。
2 主要技术内容
2.1 把手长度不小于120毫米，操作力不大于20牛，便于手部力量较弱的老年人单手开启。
2.2 把手表面应做防滑处理，端部应为圆弧形，避免钩挂衣物。
3 征求意见情况
起草组向生产企业、养老机构和检测机构征求意见，共收到意见31条，采纳24条。
""",
    ),
    dict(
        slug="download-old-table-handle-install-plan",
        site="糅山文档下载站 (invented)",
        style="资料下载站",
        genre="方案",
        kind="plan",
        form="html",
        source="http://www.roushandown.example.net/soft/20551.html",
        title="办公楼门把手更换施工方案",
        record_title="办公楼门把手更换施工方案.doc下载",
        date=None,
        notes="old table layout download station: file-info table, three download lines and an error report; body as the description; no date (update stamp only)",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"><title>办公楼门把手更换施工方案.doc下载_糅山文档下载站</title></head>
<body><table width="950" align="center"><tr><td>
<table><tr><td>⟦m 糅山文档下载站 — 免费实用文档下载⟧</td></tr><tr><td>⟦m 首页 | 合同范本 | 施工方案 | 表格下载 | 行业资料⟧</td></tr></table>
<table class="info">
<tr><td>⟦m 文件大小：38KB⟧</td><td>⟦m 文件格式：DOC⟧</td></tr>
<tr><td>⟦m 更新时间：2025-03-09⟧</td><td>⟦m 下载次数：4127⟧</td></tr>
</table>
<h1>{T}</h1>
<div class="intro">
{BODY}
</div>
<table class="dl"><tr><td>⟦a 电信高速下载⟧</td><td>⟦a 联通高速下载⟧</td><td>⟦a 本地下载⟧</td></tr></table>
<p>⟦a 下载出错？点此报告⟧</p>
<p>⟦d 本站资源均来自网络，仅供学习参考，请于下载后24小时内删除⟧</p>
</td></tr></table></body></html>
""",
        body="""
一、工程概况：本次更换范围为办公楼一至六层所有木门门把手，共计214套，全部更换为304不锈钢执手锁。
二、施工安排：利用周末分两批施工，第一批为一至三层，第二批为四至六层，每批工期2天。
三、施工要求：拆除旧锁时应保护门面油漆，开孔偏差不超过1毫米，安装后逐一试开试锁。
四、安全措施：施工人员使用电动工具须佩戴护目镜，废旧锁具集中存放、统一回收。
""",
    ),
    dict(
        slug="netdisk-library-handle-replacement-plan",
        site="云盒网盘 (invented)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="text",
        source="https://pan.yunhe.example.com/s/1Xh7qLm2",
        title="县图书馆无障碍门把手改造工作方案",
        record_title="县图书馆无障碍门把手改造工作方案.wps",
        date="2025-04-08",
        notes="cloud-drive share: sharer line, expiry, save/download buttons, preview prompt; 成文日期 in the document",
        indent="\u3000\u3000",
        page="""
!m 云盒网盘 | 安全 高速 的文件分享
!m 分享者：lib_office　分享时间：2天前　有效期：永久
!a 保存到我的网盘　下载（218KB）　举报
!m 县图书馆无障碍门把手改造工作方案.wps
{BODY}
!a 在线预览仅显示部分内容，下载后可查看全文
!d 请勿通过网盘传播违法违规内容
""",
        body="""
为提升图书馆无障碍服务水平，方便残障读者和老年读者进出阅览室，结合省无障碍环境建设要求，制定本方案。
一、改造范围：一楼借阅大厅、二楼少儿阅览室、三楼电子阅览室及各楼层卫生间，共计门把手46个。
二、改造标准：全部更换为下压式执手，距地面高度0.9米至1.0米，卫生间门内侧加装紧急开启装置。
三、时间安排：4月下旬完成采购，5月1日至15日分区施工，施工期间相关阅览室临时闭馆。
四、经费预算：约1.6万元，从免费开放补助资金中列支。
粲原县图书馆
2025年4月8日
""",
    ),
    dict(
        slug="lawfirm-broken-handle-injury-liability",
        site="糯溪正衡律师事务所 (invented)",
        style="律所网站",
        genre="文章",
        kind="article",
        form="text",
        source="https://www.zhenghenglaw.example.com/article/show-512.html",
        title="商场门把手脱落致顾客受伤，谁来担责？",
        record_title="律所讲堂丨商场门把手脱落致顾客受伤，谁来担责？",
        date="2025-10-20",
        notes="law firm: consult float, a lawyer's card, not-legal-advice notice; byline 发布时间 taken as the date",
        page="""
!m 糯溪正衡律师事务所 · 专业 · 诚信 · 高效
!m 首页 / 律所讲堂 / 民事侵权
{T}
!m 发布时间：2025-10-20　作者：正衡律所 邹明远律师
{BODY}
!d 本文仅为普法宣传，不构成对具体案件的法律意见。
!w 免费法律咨询：0833-5288117（微信同号）
!l 上一篇：小区高空坠物，物业有没有责任？
""",
        body="""
案情：顾客李某在某商场推开卫生间门时，门把手突然脱落，李某失去平衡摔倒，导致手腕骨折。李某要求商场赔偿，商场认为是李某用力过猛。
分析：根据民法典第一千一百九十八条，商场等经营场所的经营者、管理者未尽到安全保障义务，造成他人损害的，应当承担侵权责任。
门把手属于商场的日常设施，商场负有定期检查、及时维修的义务。如果商场不能证明已尽到合理的检查维护义务，就应当承担赔偿责任。
提示：消费者受伤后应及时拍照留存现场、保留就医票据，并请商场出具事故情况说明，以便后续维权。
""",
    ),
]

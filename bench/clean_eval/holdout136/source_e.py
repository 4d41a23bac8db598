"""holdout136, part E: 培训机构, 范文APP, 公考论坛, 百科问答, 网盘分享, 搜索快照 — invented sites and documents."""

CASES = [
    dict(
        slug="training-tiaoyue-pole-vault-camp-html",
        site="跳跃者田径培训 (invented)",
        style="培训机构",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.tiaoyuezhe.example.com/news/2025/0620-camp.html",
        title="2025年暑期青少年撑竿跳高训练营招生简章",
        record_title="【火热报名】2025年暑期青少年撑竿跳高训练营招生简章 - 跳跃者田径",
        date="2025-06-20",
        notes="training school: trial-lesson CTA glued after a sentence; a course table; the school's own 报名电话 next to a 400 line",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【火热报名】2025年暑期青少年撑竿跳高训练营招生简章 - 跳跃者田径</title></head><body>
<div class="hd">⟦m 跳跃者田径培训中心　让孩子飞得更高⟧</div>
<div class="nav">⟦l 首页　课程体系　教练团队　学员风采　预约试课⟧</div>
<h1>⟦t 2025年暑期青少年撑竿跳高训练营招生简章⟧</h1>
<div class="meta">⟦m 发布于 2025-06-20　教务处⟧</div>
{BODY}
<div class="kf">⟦w 全国招生热线：400-019-6620⟧</div>
<div class="ft">⟦d 跳跃者田径培训中心 版权所有　未经许可请勿转载⟧</div>
</body></html>
""",
        body="""
为发掘和培养撑竿跳高后备人才，中心定于7月举办暑期青少年撑竿跳高训练营。
一、招生对象：10至15周岁、身体健康、有一定短跑和体操基础的青少年。⟦a 不确定孩子是否适合？点此免费预约体测⟧
二、课程安排
期次　日期　人数
第一期　7月6日—7月19日　20人
第二期　7月21日—8月3日　20人
三、安全保障。训练使用标准落地垫和分级撑竿，每六名学员配备一名持证教练，全体学员办理意外伤害保险。
报名电话：0571-8662 4150（许教练）。
""",
    ),
    dict(
        slug="training-qinyou-banjo-course-text",
        site="琴友音乐培训 (invented)",
        style="培训机构",
        genre="方案",
        kind="plan",
        form="text",
        source="http://qinyoumusic.example.cn/kc/banjo-2025-autumn.html",
        title="秋季成人班卓琴入门课程教学计划",
        record_title="秋季成人班卓琴入门课程教学计划（周末班）",
        date=None,
        notes="training text page: no date (an update stamp and 'last week' only); a lesson table; a sign-up button between paragraphs",
        page="""
!m 琴友音乐 · 成人乐器零基础培训
!t 秋季成人班卓琴入门课程教学计划（周末班）
!m 更新于 上周　浏览 341
{BODY}
!w 咨询报名：前台微信 qinyou_banjo
!d 课程安排以开班通知为准
""",
        body="""
本课程面向零基础成人学员，共十二课时，每周六下午上课，每次两课时。
课次　内容
1—2　认识班卓琴，持琴姿势，右手基本拨弦
3—6　三指拨奏基本型，简单和弦转换
7—10　练习曲两首，合奏基础
11—12　结课汇报演出
⟦a 立即报名，前十名赠送指套一副⟧
教学目标：学员结课时能够独立演奏两首简单乐曲，并参加结课汇报演出。
学员须自备乐器，也可向中心租用，租金每月八十元。
""",
    ),
    dict(
        slug="fanwen-app-bianji-chopping-board-html",
        site="笔记范文APP (invented)",
        style="范文APP",
        genre="规章制度",
        kind="rules",
        form="html",
        source="https://share.bijifanwen.example.com/a/8830291",
        title="学校食堂砧板刀具分类使用管理制度",
        record_title="学校食堂砧板刀具分类使用管理制度（可编辑）｜笔记范文",
        date=None,
        notes="app H5 share page: open-in-app banner, AI-rewrite button, member prompt; no date (share time relative)",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>学校食堂砧板刀具分类使用管理制度（可编辑）｜笔记范文</title></head><body>
<div class="open-app">⟦a 打开笔记范文APP，获取更多制度模板⟧</div>
<h1>⟦t 学校食堂砧板刀具分类使用管理制度（可编辑）⟧</h1>
<div class="from">⟦m 笔记范文用户「后勤小周」分享 · 6天前⟧</div>
{BODY}
<div class="bar">⟦a AI一键改写　｜　复制（会员）　｜　导出Word⟧</div>
<div class="tip">⟦d 模板内容来自用户整理，请结合本单位实际修改使用⟧</div>
</body></html>
""",
        body="""
一、食堂砧板、刀具实行分类使用，按生、熟、水产、果蔬四类分别标识，颜色依次为红、蓝、黄、绿。
二、各类砧板、刀具专用，不得混用，使用后立即清洗，竖立存放于专用架上。
三、砧板每天下班前用热碱水刷洗，每周用消毒液浸泡一次，出现裂纹和明显刀痕时及时更换。
四、刀具每餐使用后清洗擦干，下班后锁入刀具柜，由当班组长登记。
五、本制度由学校总务处负责监督执行。
""",
    ),
    dict(
        slug="gkforum-shangan-acorn-essay-text",
        site="上岸公考论坛 (invented)",
        style="公考论坛",
        genre="申论",
        kind="essay",
        form="text",
        source="http://bbs.shanganbang.example.com/thread-120933-1-1.html",
        title="小橡子里的大产业",
        record_title="[申论范文] 小橡子里的大产业（考场原创，求各位大佬批改）",
        date=None,
        notes="exam forum: a poster's aside in the title; the essay has no date (post shows relative time); junk lines and glued junk; floor replies",
        junk=dict(lines=1, glued=2),
        page="""
!m 上岸公考论坛 › 申论交流 › 范文批改
!t [申论范文] 小橡子里的大产业（考场原创，求各位大佬批改）
!m 楼主 小岸同学　发表于 3天前　只看楼主
{BODY}
!l 2# 申论老陈：立意不错，第三段论证再具体一点。
!l 3# 追光者：mark，明天照着练一篇
!a 回复后可查看批改视频链接
""",
        body="""
在青岭山区，漫山遍野的橡树曾经只是柴火，掉落的橡子无人问津。如今，这些小小的橡子却成了村民增收的“金豆豆”。
橡子变成产业，靠的是发现价值的眼光。当地引进加工企业，把橡子制成橡子粉、橡子凉粉，让山货走出了大山。
橡子变成产业，靠的是利益联结的机制。合作社以保底价收购，村民捡拾橡子每季可增收两千余元，护林积极性也随之提高。
橡子变成产业，更要守住生态的底线。只捡拾落果，不砍树、不摇树，才能让绿水青山持续带来金山银山。
小橡子里有大产业，关键在于因地制宜、久久为功。
""",
    ),
    dict(
        slug="gkforum-kaoyou-cotton-picking-interview-html",
        site="考友圈 (invented)",
        style="公考论坛",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://www.kaoyouquan.example.cn/post/665103",
        title="在棉区机采棉推进会上的表态发言",
        record_title="【面试热点】在棉区机采棉推进会上的表态发言（附答题思路）",
        date="2025-09-15",
        notes="exam community HTML: a member-unlock line inside the body, a course ad box; the speech's date under its title",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【面试热点】在棉区机采棉推进会上的表态发言（附答题思路） - 考友圈</title></head><body>
<div class="hd">⟦m 考友圈 · 一起上岸⟧　⟦a 登录 / 注册⟧</div>
<div class="crumb">⟦m 考友圈 > 面试 > 热点素材⟧</div>
<h1>⟦t 在棉区机采棉推进会上的表态发言⟧</h1>
<div class="author">⟦m 楼主：面试小课代表　浏览 5012　收藏 377⟧</div>
<p>团场连队党支部书记　艾合买提</p>
<p>（2025年9月15日）</p>
{BODY}
<div class="ad">⟦a 结构化面试冲刺班，今晚八点直播，点击预约⟧</div>
<div class="ft">⟦d 素材整理自公开资料，仅供备考交流⟧</div>
</body></html>
""",
        body="""
尊敬的各位领导，同志们：
今年我们连队棉花种植面积一万二千亩，机采棉比例计划提高到百分之九十五以上，任务艰巨，但我们有信心完成。
一是抓好脱叶剂喷施。严格按照技术规程适时喷施，确保脱叶率达到百分之九十以上。
⟦a 以下内容为会员专享，开通后查看完整答题思路⟧
二是抓好采收组织。提前与采棉机服务队签订合同，合理安排作业顺序，减少等待时间。
三是抓好人工补采。对机采遗漏的边角地块，组织职工及时人工补采，做到颗粒归仓。
我们表态：确保十月底前全面完成采收任务！
""",
    ),
    dict(
        slug="wiki-baizhi-wave-energy-entry-html",
        site="百知百科 (invented)",
        style="百科问答",
        genre="词条",
        kind="entry",
        form="html",
        source="https://baike.baizhi.example.com/item/波浪能发电/20931",
        title="波浪能发电",
        record_title="波浪能发电_百知百科",
        date=None,
        notes="encyclopaedia entry: edit links, catalogue box, a reference list label; an example date inside a sentence is not the date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>波浪能发电_百知百科</title></head><body>
<div class="hd">⟦m 百知百科　全球中文知识库⟧　⟦a 编辑词条　登录⟧</div>
<h1>⟦t 波浪能发电⟧</h1>
<div class="toc">⟦l 目录　1 原理　2 主要形式　3 发展现状⟧</div>
{BODY}
<div class="ref">⟦l 参考资料：[1] 海洋可再生能源导论⟧</div>
<div class="stat">⟦m 浏览次数：18841　编辑次数：12次　最近更新：海风蓝蓝⟧</div>
<div class="ft">⟦d 词条内容仅供参考，如有疑问请咨询相关专业人士⟧</div>
</body></html>
""",
        body="""
波浪能发电是利用海洋波浪的起伏运动，通过能量转换装置将其转化为电能的发电方式。
波浪能发电装置主要有振荡水柱式、振荡浮子式和越浪式等形式。
振荡水柱式装置利用波浪推动气室内的空气往复流动，驱动空气透平发电。
我国在南海和东海岛屿开展了多项示范工程，某示范电站于2020年6月8日首次并网发电。
波浪能能量密度高、分布广，但装置长期在海上运行，面临台风、腐蚀和生物附着等难题。
""",
    ),
    dict(
        slug="wiki-wenxin-zumba-entry-text",
        site="问心百科问答 (invented)",
        style="百科问答",
        genre="词条",
        kind="entry",
        form="text",
        source="http://www.wenxinbk.example.net/wiki/尊巴健身操",
        title="社区尊巴健身操活动方案怎么写",
        record_title=None,
        date=None,
        notes="wiki-Q&A text page: the question found on the page as title; a sample plan with ××× and 20××年×月×日 placeholders kept; no date",
        page="""
!m 问心百科问答 ｜ 体育健身
{T}
!m 编辑 8 次 · 最后由 跳操的阿梅 修改
!a 编辑　讨论　历史版本
{BODY}
!l 相关条目：广场舞活动方案　社区运动会主持词
!d 本条目内容为用户协作编写，仅供参考。
""",
        body="""
尊巴健身操活动方案一般包括活动目的、时间地点、参加对象、活动安排和安全保障等内容。下面是一个示例。
一、活动目的：丰富社区居民业余生活，推广科学健身。
二、活动时间：20××年×月×日晚7时30分。
三、活动地点：×××社区文化广场。
四、活动安排：由社区健身指导员带领居民学习尊巴基本步伐，每次练习四十分钟。
五、安全保障：活动前做好热身，患有心脑血管疾病的居民应量力而行。
写方案时，要把负责人、联系方式和应急措施写清楚。
""",
    ),
    dict(
        slug="netdisk-yunhe-kerosene-lamp-museum-text",
        site="云盒网盘 (invented)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="text",
        source="https://pan.yunhe.example.com/s/1kxQ8mZcT",
        title="老油灯民俗馆展陈提升方案",
        record_title="老油灯民俗馆展陈提升方案.wps",
        date="2025-02-14",
        notes="cloud-drive text preview: file-name title, share expiry and save buttons, hard-wrapped at 56 columns and cut by ⁝n⁝ markers",
        wrap=56,
        pages=dict(fmt="⁝{n}⁝", every=150, start=2),
        page="""
!m 云盒网盘 | 文件分享
!t 老油灯民俗馆展陈提升方案.wps
!m 分享者：油灯馆小文　有效期：永久　大小：88KB
!a 保存到我的云盒　　下载（需登录）
{BODY}
!d 请勿通过网盘传播违法违规内容，举报请点右上角
""",
        body="""
老油灯民俗馆现有馆藏煤油灯、菜油灯、马灯等各类灯具六百余件，展陈方式陈旧，说明文字简单。为提升参观体验，制定本方案。
一、调整展陈线索。按照“照明的变迁”分为松明火把、植物油灯、煤油灯、电灯四个单元。
二、增加互动体验。设置灯芯制作体验台，安排讲解员定时演示马灯点灯和调光。
三、完善安全措施。展厅内灯具一律不加注燃油，演示区配备灭火器和防火毯。
四、经费预算约二十八万元，申请县文化专项资金解决。
老油灯民俗馆
2025年2月14日
""",
    ),
    dict(
        slug="netdisk-diancang-doll-factory-html",
        site="点仓网盘 (invented)",
        style="网盘分享",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://www.diancang.example.cn/share/link/7Hs2qPe",
        title="布艺娃娃厂缝制车间2025年上半年工作小结",
        record_title=None,
        date="2025-07-02",
        notes="cloud-drive HTML preview: file list sidebar, share expiry, save/download buttons; title only as the file heading",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>点仓网盘 - 分享文件</title></head><body>
<div class="hd">⟦m 点仓网盘　安全存储 极速分享⟧　⟦a 登录　注册⟧</div>
<div class="sharebar">⟦m 分享人：wawa_chejian　分享时间：2025-07-05 18:02　失效时间：7天后⟧</div>
<div class="files">⟦l 文件列表：上半年小结.docx　车间排班表.xlsx　质检照片.zip⟧</div>
<h2>⟦t 布艺娃娃厂缝制车间2025年上半年工作小结⟧</h2>
<div class="preview">
{BODY}
</div>
<div class="ops">⟦a 保存到网盘　｜　普通下载　｜　超速下载（会员）⟧</div>
<div class="ft">⟦d 点仓网盘仅提供存储服务，分享内容由用户负责⟧</div>
</body></html>
""",
        body="""
上半年，缝制车间共完成布艺娃娃四十六万只，完成年度计划的百分之五十三。
一、质量方面。针对眼睛扣件拉力不足的问题，车间改用加厚垫片，拉力测试合格率由百分之九十四提高到百分之九十九点二。
二、安全方面。对全部缝纫机加装护指器，组织消防演练两次。
三、问题与打算。下半年出口订单集中，车间将增开晚班，同时加强新员工的针距和填充量培训。
缝制车间
2025年7月2日
""",
    ),
    dict(
        slug="snapshot-soukan-argali-protection-html",
        site="搜看快照 (invented)",
        style="搜索快照",
        genre="通告",
        kind="notice",
        form="html",
        source="http://cache.soukan.example.com/c?u=http://lcj.hongshan.example.gov.cn/tg/2025/0112.html",
        title="关于加强盘羊越冬期保护管理的通告",
        record_title="关于加强盘羊越冬期保护管理的通告 - 搜看快照",
        date="2025-01-12",
        notes="search-cache frame: a snapshot banner with the original URL and a crawl time (not the date); the bureau's page inside with its own chrome; the notice's 举报电话 kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于加强盘羊越冬期保护管理的通告 - 搜看快照</title></head><body>
<div class="snap">⟦m 这是搜看对 http://lcj.hongshan.example.gov.cn/tg/2025/0112.html 的缓存，是网页在 2025年2月3日 11:20 的快照。⟧<br>⟦a 查看当前页面　｜　纯文字版⟧</div>
<div class="orig">
<div>⟦m 红山县林业和草原局⟧</div>
<div>⟦m 首页 > 通知公告⟧</div>
<h1>⟦t 关于加强盘羊越冬期保护管理的通告⟧</h1>
{BODY}
<div>⟦m 主办单位：红山县林业和草原局　新ICP备15003327号⟧</div>
</div>
</body></html>
""",
        body="""
冬季是盘羊下移觅食、集中越冬的时期。为保护盘羊等野生动物，现就有关事项通告如下。
一、1月15日至3月31日，禁止任何单位和个人进入阿克塔什越冬栖息地开展拍摄、观光等活动。
二、严禁猎捕、惊扰、投喂盘羊，禁止在越冬地周边放牧和捡拾鹿角。
三、对违反本通告的行为，依法予以查处；构成犯罪的，依法追究刑事责任。
举报电话：0997-6122110。
红山县林业和草原局
2025年1月12日
""",
    ),
    dict(
        slug="snapshot-quanwang-ibex-monitoring-text",
        site="全网快照 (invented)",
        style="搜索快照",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://kuaizhao.quanwang.example.net/?id=9921730&url=www.tsbhq.example.org.cn/dt/4412.html",
        title="天山北麓保护区北山羊红外相机监测工作总结",
        record_title=None,
        date="2025-12-10",
        notes="text-only cache: a highlight note, snapshot time (not the date), the original page's breadcrumb; title missing from the record",
        page="""
!m 全网快照　您查看的是网页的历史快照，快照时间：2026-01-06 03:14
!m 以下搜索词已高亮显示：北山羊　监测
!m 天山北麓自然保护区 > 保护动态
{T}
{BODY}
!m 天山北麓自然保护区管理局　版权所有
!a 返回搜索结果
""",
        body="""
2025年，保护区在北山羊主要活动区布设红外相机六十台，全年回收有效照片一万四千余张。
监测结果显示，保护区北山羊种群数量稳定在一千二百只左右，幼仔比例较上年有所提高。
相机还记录到雪豹、猞猁等伴生物种，其中雪豹独立个体九只。
存在的问题是部分相机因低温故障，高海拔点位数据缺失较多。明年将更换耐寒电池，并增加无人机样线调查。
天山北麓自然保护区管理局
2025年12月10日
""",
    ),
]

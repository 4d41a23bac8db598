"""holdout110, part B: 博客, 公众号镜像, 文档分享, 教育门户, 企业内网, 问答社区. Invented text."""

CASES = [
    dict(
        slug="blog-maifang-html-flour-mill-notes",
        site="麦坊手记 (invented)",
        style="博客",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://maifang.example.org/2025/01/mill-shift-summary/",
        title="面粉厂制粉车间2024年安全生产小结",
        record_title="【车间随记】面粉厂制粉车间2024年安全生产小结 – 麦坊手记",
        date="2025-01-12",
        notes="WordPress-like blog with tag cloud and archive; 发布于 byline; date in the document too",
        page="""
<!DOCTYPE html><html lang="zh"><head><meta charset="utf-8"><title>【车间随记】面粉厂制粉车间2024年安全生产小结 – 麦坊手记</title>
<link rel="stylesheet" href="/wp-content/themes/plain/style.css"></head><body>
<header><p class="site-title">⟦m 麦坊手记⟧</p><p class="desc">⟦m 一个制粉工的业余记录⟧</p></header>
<main><article><h1>{T}</h1>
<div class="entry-meta">⟦m 发布于 2025-01-12 · 作者 麦穗儿 · 分类 车间⟧</div>
{BODY}
<div class="post-tags">⟦l 标签：粉尘防爆 安全 车间⟧</div>
<nav class="post-nav">⟦l ← 磨辊更换那一夜⟧ ⟦l 春节值班安排 →⟧</nav>
<section class="comments">⟦l 4 条评论⟧<p>⟦l 小麦青青：写得真细，我们厂也该学学。⟧</p><p>⟦a 发表评论请先登录⟧</p></section>
</article></main>
<aside><h3>⟦l 标签云⟧</h3><p>⟦l 磨粉 清理 配粉 检修 读书⟧</p><h3>⟦l 文章归档⟧</h3><p>⟦l 2025年1月 (2)⟧</p><p>⟦l 2024年12月 (4)⟧</p></aside>
<footer>⟦m © 2025 麦坊手记 · 由 WordPress 驱动⟧</footer></body></html>
""",
        body="""
2024年，制粉车间全年安全生产无事故，粉尘浓度检测全部达标。
一、粉尘防爆。车间对12台除尘器的泄爆片逐一检查，更换老化件5处；清扫作业改用负压吸尘，不再用压缩空气吹扫。
二、设备检修。坚持停机挂牌上锁，全年检修作业86次，未发生误启动。
三、人员培训。新进员工8人全部完成三级教育，组织粉尘爆炸应急演练2次。
2025年，车间将重点解决筛理间通风不足的问题。
制粉车间
2025年1月10日
""",
        date_also=["2025-01-10"],
    ),
    dict(
        slug="wechat-haichao-mirror-sea-turtle-pledge",
        site="海潮阅读（公众号镜像，invented）",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://read.haichao.example.com/s/9aQ3kLm0",
        title="守护海龟产卵沙滩倡议书",
        record_title="守护海龟产卵沙滩倡议书｜萁口海洋保护",
        date="2025-05-30",
        notes="WeChat mirror: account line, read-more, 在看/分享 bar; document asks readers to 扫码/关注 (kept)",
        page="""
!m 萁口海洋保护
!m 2025-05-30 19:02　广东
!t 守护海龟产卵沙滩倡议书
!a 轻触阅读原文　　↗ 分享给朋友
{BODY}
!l 👍 赞 31　　💬 在看 12　　🔁 转发
!m 原标题：《守护海龟产卵沙滩倡议书》
!a 本页面由海潮阅读转码，阅读原文请前往公众号
!d 海潮阅读仅作内容聚合，不代表原作者观点
""",
        body="""
亲爱的市民朋友们：
每年5月至9月，是绿海龟上岸产卵的季节。萁口南湾沙滩是我省为数不多的海龟产卵地之一，为保护这片沙滩，我们倡议：
一、夜间不在南湾沙滩打手电、放烟花，不使用强光手电照射海面。
二、不在沙滩上挖坑、插杆，发现海龟产卵或小龟出壳时保持距离、不要触摸。
三、发现受伤或搁浅的海龟，请扫描保护站公告牌上的二维码上报，或关注“萁口海洋保护”公众号在线报告。
让我们一起，给海龟留一片安静的沙滩。
萁口海洋保护志愿者联合会
2025年5月30日
""",
    ),
    dict(
        slug="wechat-xiaoyuan-html-guava-coop-speech",
        site="晓园号文摘 (invented)",
        style="公众号镜像",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://wx.xiaoyuanhao.example.cn/article/guava-coop-2024.html",
        title="在番石榴专业合作社成立十周年大会上的致辞",
        record_title="在番石榴专业合作社成立十周年大会上的致辞",
        date="2024-12-08",
        notes="WeChat-style mirror with mini-program card; speaker line and date under the title; title also in record",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>在番石榴专业合作社成立十周年大会上的致辞</title></head>
<body><div class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta">⟦m 芩坪发布⟧ ⟦m 2024年12月09日 07:30⟧</div>
<p>合作社理事长　钟玉梅</p>
<p>（2024年12月8日）</p>
<div class="rich_media_content">
{BODY}
</div>
<div class="mp-card">⟦a 小程序 · 芩坪农品商城 · 点击进入选购⟧</div>
<div class="tool">⟦l 阅读 1.4万　赞 206　在看 58⟧</div>
<div class="qr">⟦a 长按识别二维码，关注芩坪发布⟧</div>
<p>⟦d 本文转载自公众号“芩坪发布”，镜像站仅作存档⟧</p></div></body></html>
""",
        body="""
各位社员、各位来宾：
十年前，我们27户果农凑了9万元，成立了这个合作社。那时候番石榴一斤卖不到一块钱，还常常烂在地里。
十年来，我们统一品种、统一技术、统一销售，社员发展到318户，去年果品销售额达到2100万元。
今后，我们要把冷链仓库建起来，把果汁、果干加工做起来，让社员的腰包更鼓。
谢谢大家！
""",
    ),
    dict(
        slug="docshare-fenxiang-minutes-laundromat-dots",
        site="分享吧文档 (invented)",
        style="文档分享",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="https://www.fxba-doc.com/d/5520913.html",
        title="小区自助洗衣房设置协调会会议纪要",
        record_title="小区自助洗衣房设置协调会会议纪要（可编辑）",
        date="2025-03-21",
        notes="sharing page; minutes' 时间/地点/主持 lines kept; page markers ⸦2⸧ on lines of their own; upload notice",
        page="""
!m 分享吧文档 · 你的资料分享平台
!m 文档分类：行政公文 > 会议纪要
!t 小区自助洗衣房设置协调会会议纪要（可编辑）
!m 分享者：蓝莓果酱　　2025-03-24上传　　格式：doc　　4页
!a 下载此文档　　在线阅读　　举报
{BODY}
!a 试读结束，下载即可阅读全部4页
!d 本文档为用户自行上传，分享吧不对内容真实性负责
""",
        pages=dict(fmt="⸦{n}⸧", every=110, start=2),
        body="""
时间：2025年3月21日下午3时
地点：荪阳花园社区居委会二楼会议室
主持：社区党支部书记　黎春燕
参会：物业公司、业主委员会、净衣坊运营方代表共11人
一、会议听取了运营方关于在3号楼架空层设置自助洗衣房的方案说明，与会人员就噪声、排水、用电安全等问题进行了讨论。
二、会议议定：洗衣房营业时间为早7时至晚10时，设备须接入独立电表，排水接入污水管网，不得排入雨水井。
三、物业公司负责在一周内张贴公示，公示期满无异议后开工。
""",
    ),
    dict(
        slug="docshare-linjian-html-bamboo-charcoal-rules",
        site="林间文档 (invented)",
        style="文档分享",
        genre="制度",
        kind="other",
        form="html",
        source="https://linjiandoc.example.com/share/2f8b71",
        title="竹炭窑安全操作规程",
        record_title="竹炭窑安全操作规程.pdf",
        date=None,
        notes="file-name title; rules whose articles speak of 扫码/打印 (kept); share page chrome; no date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>竹炭窑安全操作规程.pdf - 林间文档</title></head><body>
<div class="head">⟦m 林间文档⟧ ⟦a 上传文档⟧ ⟦a 我的空间⟧</div>
<div class="file"><h2>⟦t 竹炭窑安全操作规程.pdf⟧</h2>
<p>⟦m 文件大小 312KB｜阅读 804 次｜分享于 3 个月前⟧</p>
<p>⟦a 保存到我的文档　复制分享链接⟧</p></div>
<div class="view"><h1>{T}</h1>
{BODY}
</div>
<div class="end">⟦a 喜欢就点个赞吧，下载需消耗2个积分⟧</div>
<div class="foot">⟦d 如发现侵权内容，请在文档页点击“举报”，我们将在24小时内处理⟧</div></body></html>
""",
        body="""
第一条　本规程适用于本厂机制竹炭窑的装窑、点火、炭化、出炭全过程。
第二条　作业人员上岗前须扫描窑口的二维码完成当班安全确认，未确认的不得进入窑区。
第三条　点火前检查烟道是否畅通，窑内不得有人停留。
第四条　出炭时必须待窑温降至60摄氏度以下，佩戴防尘口罩和隔热手套。
第五条　每班结束后，班长打印当班温度记录，签字后交车间存档。
""",
    ),
    dict(
        slug="edu-weiyuan-notice-sweet-corn-study-html",
        site="蔺川县教育体育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.linchuan.edu.example.cn/tzgg/2025/0603/4471.html",
        title="关于组织中小学生开展甜玉米种植劳动实践的通知",
        record_title="关于组织中小学生开展甜玉米种植劳动实践的通知 - 蔺川县教育体育局",
        date="2025-06-03",
        notes="education portal; 发布时间 byline; schedule table; contact line of the document beside the site's technical line",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于组织中小学生开展甜玉米种植劳动实践的通知 - 蔺川县教育体育局</title></head><body>
<div class="header">⟦m 蔺川县教育体育局　立德树人　教育为民⟧</div>
<div class="nav">⟦m 首页 | 教育动态 | 通知公告 | 招生考试 | 校园安全⟧</div>
<div class="where">⟦m 当前位置：首页 » 通知公告⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 发布时间：2025-06-03　发布单位：基础教育股　阅读：1102⟧</div>
<div class="content">
{BODY}
</div>
<div class="attach">⟦a 附件下载：无⟧</div>
<div class="footer">⟦m 网站技术支持电话：0739-5562000（工作日）⟧ ⟦m 蔺川县教育体育局版权所有⟧</div>
</body></html>
""",
        body="""
各中小学校：
为落实劳动教育课程要求，县教育体育局决定在全县中小学开展甜玉米种植劳动实践活动。现将有关事项通知如下。
一、各校利用校内劳动基地或结对农场，每班种植不少于半分地。
二、时间安排如下：
环节　时间　内容
播种　6月上旬　整地、点播
管理　6月至7月　浇水、除草、观察记录
采收　8月中旬　采收、称重、分享
三、各校于9月10日前报送活动总结和照片。
联系人：陶宇　电话：0739-5560218
""",
    ),
    dict(
        slug="edu-yanxi-school-letter-horseshoe-crab-text",
        site="砚溪小学校园网 (invented)",
        style="教育门户",
        genre="函",
        kind="letter",
        form="text",
        source="http://www.yxxx.example.edu.cn/xxgg/250410.html",
        title="致家长的一封信——鲎研学活动安全须知",
        record_title="【家校共育】致家长的一封信——鲎研学活动安全须知",
        date="2025-04-10",
        notes="school site; 回执 with blanks kept; Chinese-numeral date under the signature",
        page="""
!m 砚溪小学　|　学校首页 > 家校共育
{T}
!m 作者：德育处　　点击数：655　　更新时间：2025/4/10
!a 〖打印此页〗〖返回顶部〗
{BODY}
!l 相关链接：春季研学活动报名表　｜　家长学校第三讲
!m 砚溪小学 版权所有　地址：砚溪镇学府路1号
""",
        body="""
尊敬的家长：
4月18日，学校将组织四年级学生前往沙湾滩涂保护区开展鲎科普研学活动。为保证活动安全，请您配合做好以下几点。
一、为孩子准备防滑鞋、遮阳帽和饮用水。
二、提醒孩子在滩涂上听从老师和讲解员指挥，不得擅自下水，不得触摸、带走鲎和其他海洋生物。
三、请填写回执，于4月15日前交班主任。
砚溪小学
二〇二五年四月十日
回执：学生姓名______　班级______　家长签名______
""",
    ),
    dict(
        slug="oa-jinsui-flour-mill-intranet-html",
        site="金穗面业协同办公平台 (invented)",
        style="企业内网",
        genre="通知",
        kind="notice",
        form="html",
        source="http://oa.jinsui-mill.local/doc/view?id=20250227-031",
        title="关于开展小麦收购质量抽检的通知",
        record_title="内部公文-关于开展小麦收购质量抽检的通知",
        date="2025-02-27",
        notes="intranet document view with 流转记录 and read count; document number neutral; 抄送 kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>内部公文-关于开展小麦收购质量抽检的通知</title></head><body>
<div class="oa-top">⟦m 金穗面业协同办公平台⟧ ⟦m 当前用户：质检部 冯悦⟧ ⟦a 退出⟧</div>
<div class="oa-menu">⟦m 待办事项 已办事项 公文管理 通讯录 知识库⟧</div>
<div class="doc"><h2>{T}</h2>
<p>金穗质〔2025〕6号</p>
{BODY}
</div>
<div class="flow"><p>⟦m 流转记录：拟稿 质检部 王蕾 2025-02-26 → 审核 副总经理 2025-02-27 → 分发⟧</p><p>⟦m 已阅 43 人　未阅 7 人⟧</p></div>
<div class="act">⟦a 签收　转发　打印公文　关闭⟧</div>
<div class="oa-foot">⟦d 内部资料　严禁外传⟧</div></body></html>
""",
        body="""
各收购站：
为把好原粮质量关，公司决定自3月1日起对各收购站入库小麦开展质量抽检。
一、每车抽取样品不少于2公斤，检测容重、水分、杂质和不完善粒。
二、不符合收购标准的，一律不得入库，并在收购台账中注明。
三、抽检结果每周五报质检部汇总。
金穗面业有限公司
2025年2月27日
抄送：总经理办公室，财务部。
""",
    ),
    dict(
        slug="oa-lvyuan-rhubarb-report-text",
        site="绿源药业内网 (invented)",
        style="企业内网",
        genre="报告",
        kind="report",
        form="text",
        source="http://portal.lvyuanyy.intra/news/2024/1130-1.html",
        title="大黄种植基地2024年生产情况报告",
        record_title="大黄种植基地2024年生产情况报告",
        record_date="2024-11-30",
        date="2024-11-30",
        notes="date and title in the record; intranet chrome; data table kept",
        page="""
!m 绿源药业企业门户 ▏ 新闻中心 ▏ 基地动态
{T}
!m 发稿部门：种植事业部　　发稿人：石建民　　阅读：219
!a 〔收藏〕〔打印〕〔转发给同事〕
{BODY}
!l 同栏目文章：道地药材溯源系统上线｜冬季基地防冻安排
!d 本信息仅限公司内部员工浏览
""",
        body="""
2024年，公司在蕨原乡大黄种植基地完成采挖面积860亩，产干品412吨。
各地块产量情况如下：
地块　面积（亩）　干品（吨）
上坪　320　158
下坪　290　137
河湾　250　117
质量方面，抽检蒽醌含量全部高于药典标准。
2025年计划新增轮作地块200亩。
""",
    ),
    dict(
        slug="qa-wendaxing-answer-wild-boar-compensation",
        site="问答星 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.wendaxing.example.com/q/1840223.html",
        title="野猪拱了庄稼能申请赔偿吗？",
        record_title=None,
        date="2025-07-19",
        notes="Q&A: question as title, 回答于 line is the date; answer signed; vote bar; related questions",
        page="""
!m 问答星 · 有问题，就有答案
{T}
!m 提问者：匿名用户　|　2025-07-18　|　浏览 3021
!m 最佳答案　乡村法律顾问·阳律师　回答于 2025-07-19
{BODY}
!l 👍 有用(188)　👎 没用(4)　💬 追问
!l 其他回答(12) ›
!l 相关问题：猴子偷吃果子谁来赔？｜ 被蛇咬了医药费谁出？
!w 法律问题在线咨询，点此添加律师微信 yanglaw_6612
""",
        body="""
可以。野猪属于依法保护的陆生野生动物，它造成的农作物损失，可以按照当地规定申请补偿。
具体做法是：发现受损后尽快拍照留证，向村委会和乡镇林业站报告，由工作人员现场核定面积。
有些地方还为种植户统一投保了野生动物致害保险，理赔更快，可以向乡镇问一问。
注意不要自己下夹子、拉电网，那样既违法又危险。
""",
    ),
    dict(
        slug="qa-zhihai-html-snow-leopard-camera",
        site="知海问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://zhihai.example.net/question/55120938/answer/88102",
        title="红外相机拍到雪豹后，应该怎么处理照片？",
        record_title="红外相机拍到雪豹后，应该怎么处理照片？ - 知海问答",
        date="2024-12-02",
        notes="Q&A page with follow/upvote bar and side list; 编辑于 line as the date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>红外相机拍到雪豹后，应该怎么处理照片？ - 知海问答</title></head><body>
<header>⟦m 知海问答⟧ ⟦a 写回答⟧ ⟦a 登录 / 注册⟧</header>
<div class="q"><h1>{T}</h1><p>⟦l 关注问题 ＋　邀请回答　· 214 人关注⟧</p></div>
<div class="a"><div class="author">⟦m 高原守护者 · 保护区巡护员⟧</div>
{BODY}
<p class="time">⟦m 编辑于 2024-12-02 21:45⟧</p>
<div class="bar">⟦l 赞同 932　评论 47　收藏　喜欢⟧</div></div>
<aside>⟦l 相关问题⟧ ⟦l 野外遇到狼应该怎么办？⟧ ⟦l 护林员每天都做什么？⟧</aside>
<footer>⟦m © 2025 知海问答　京ICP证180772号⟧</footer></body></html>
""",
        body="""
我在保护区做了六年巡护，说说我们的做法。
第一，照片不要发朋友圈，更不要带定位。雪豹的点位信息属于敏感数据，公开后可能招来盗猎者。
第二，原始文件连同相机编号、安装点号、日期一起交给保护站，由专人录入数据库。
第三，如果是自己装的相机，最好联系当地林草部门，他们会核实并指导后续监测。
""",
    ),
]

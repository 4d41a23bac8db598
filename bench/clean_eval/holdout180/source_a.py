"""holdout180, part A: earphones (耳机) — invented sites, counties (舫川, 舸阳, 艄原 …), people and chrome wording."""

CASES = [
    dict(
        slug="fanwen-tingfeng-speech-earphone-factory",
        site="听风范文馆 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.tingfengfw.example.com/jianghua/20250416/8812.html",
        title="在舫川县声学产业园耳机装配车间质量月启动会上的讲话",
        record_title="【精选】在舫川县声学产业园耳机装配车间质量月启动会上的讲话（通用2篇）",
        date="2025-04-16",
        notes="decorated record title; date under the speech title; speaker line neutral; ghost-writer line glued after a sentence; a copy-lock prompt between paragraphs",
        page="""
!m 听风范文馆 > 讲话致辞 > 会议讲话
{T}
!m 收录：小柯　2025-04-18　被浏览 2117 次
!a 【全文复制】 【存为Word】 【加入收藏夹】
园区管委会副主任　邓启航
（2025年4月16日）
{BODY}
!l 猜你还想看：
!l ▸ 在电声元件企业安全例会上的发言提纲
!l ▸ 车间主任质量表态发言（三篇）
!d 本站文章均为网友投稿整理，仅作写作参考，如涉侵权请邮件告知，核实后即删。
""",
        body="""
同志们：
今天我们在这里启动耳机装配车间质量月活动，目的是把“每一副耳机都经得起用户的耳朵检验”落到每道工序上。
去年全园区耳机类产品出货一千一百万副，返修率降到千分之三点二，但左右声道不平衡、线控失灵两类问题仍占返修量的六成。⟦w 写材料卡壳？找听风老师一对一改稿，微信 tf_gaogao88⟧
⟦a 会员登录后可解锁复制，非会员每日限看3篇⟧
质量月期间，各班组要对照声学测试、焊点检查、包装抽检三张清单逐项过关，发现问题当班整改、当天销号。
同志们，质量是车间的饭碗，希望大家把严谨细致的作风带到每一个工位上。
""",
    ),
    dict(
        slug="wenku-yinxiang-summary-earphone-store-markers",
        site="音享文库 (invented)",
        style="文库预览",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://wenku.yinxiang.example.net/view/5c1f70a2e3.html",
        title="舸阳县数码城耳机专柜2024年度工作总结",
        record_title="舸阳县数码城耳机专柜2024年度工作总结.docx",
        date="2025-01-06",
        notes="file-name record title; page markers ⁑n⁑ glued or not cut sentences; preview-end and pay prompts at the bottom; 成文日期 under the signature",
        pages=dict(fmt="⁑{n}⁑", every=110, start=2, glue="mix"),
        page="""
!m 音享文库 · 文档预览
!m 上传者：ggz_2019　｜　共3页　｜　1.2万次阅读
!a 下载券：3　　加入文件夹　　举报
{T}
{BODY}
!a —— 预览到此为止，剩余内容需兑换下载券后查看 ——
!a 开通音享会员 · 全站文档免费下
!l 相关文档：门店销售年终总结（6页） / 数码专柜店长述职（4页）
""",
        body="""
2024年，耳机专柜在数码城运营部的带领下，全年实现销售额三百八十六万元，同比增长百分之十四。
一、销售情况
全年售出各类耳机一万二千余副，其中降噪耳机占比由去年的三成提高到四成，有线耳机销量继续下滑。
二、售后服务
专柜坚持七天无理由退换，全年受理售后一千零四十单，办结率百分之百，未发生一起消费投诉升级。
三、存在的不足
试听区卫生管理不够规范，耳套更换不及时，曾被顾客在点评平台提出意见。
2025年，专柜将增设一次性耳套，每日两次消毒试听设备，努力提升顾客满意度。
舸阳县数码城耳机专柜
2025年1月6日
""",
    ),
    dict(
        slug="gov-fangchuan-notice-earphone-spotcheck-html",
        site="舫川县市场监督管理局 (invented)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="html",
        source="http://scjg.fangchuan.example.gov.cn/zwgk/tzgg/202505/t20250512_40211.html",
        title="舫川县市场监督管理局关于2025年第一批蓝牙耳机产品质量监督抽查结果的通报",
        record_title="舫川县市场监督管理局关于2025年第一批蓝牙耳机产品质量监督抽查结果的通报_通知公告_舫川县人民政府",
        date="2025-05-12",
        record_date="2025-05-12",
        notes="HTML county portal: 索引号 table, 长辈版/无障碍 links, font-size row, a data table one row a paragraph, the document's 联系人/电话 beside the portal's 纠错 line",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>舫川县市场监督管理局关于2025年第一批蓝牙耳机产品质量监督抽查结果的通报_通知公告_舫川县人民政府</title>
<script>var _site_id="fc_gov";function changeSize(n){document.body.style.fontSize=n+"px";}</script></head>
<body>
<div class="topbar">⟦a 长辈版⟧ ⟦a 无障碍⟧ <span>⟦m 舫川县人民政府门户网站⟧</span></div>
<div class="nav"><ul><li>⟦m 首页⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政务服务⟧</li><li>⟦m 互动交流⟧</li></ul></div>
<div class="crumb">⟦m 您现在的位置：首页 » 政务公开 » 通知公告⟧</div>
<table class="meta">
<tr><td>⟦m 索 引 号：11331024MB0F23571K/2025-00418⟧</td><td>⟦m 发布机构：县市场监管局⟧</td></tr>
<tr><td>⟦m 公开方式：主动公开⟧</td><td>⟦m 成文日期：2025-05-12⟧</td></tr>
</table>
<h2>⟦t 舫川县市场监督管理局关于2025年第一批蓝牙耳机产品质量监督抽查结果的通报⟧</h2>
<div class="tools">⟦a 字号：[ 大 中 小 ]　打印本页　关闭窗口⟧</div>
<div class="content">
{BODY}
</div>
<div class="share">⟦l 分享到：微信 微博 QQ空间⟧</div>
<div class="foot">
<p>⟦m 主办：舫川县人民政府办公室　承办：县大数据发展中心⟧</p>
<p>⟦m 网站标识码：3310240012　浙ICP备05018833号-2⟧</p>
<p>⟦m 网站纠错电话：0576-87120345⟧</p>
</div>
</body></html>
""",
        body="""
各乡镇人民政府、街道办事处，县级有关单位：
近期，我局组织对全县生产、销售的蓝牙耳机产品开展质量监督抽查，共抽查12家企业的20批次产品，合格17批次，不合格3批次。
不合格产品明细如下：
序号　企业名称　产品型号　不合格项目
1　舫川县悦声电子有限公司　YS-T12　无线电发射功率
2　舫川县聆动科技有限公司　LD-Air3　电池过充保护
3　舫川县北岸数码商行　BA-09　标志和说明
对抽查不合格的生产、销售企业，我局已依法责令其停止生产、销售，限期整改，并将依法立案查处。
联系人：朱晓梅　联系电话：0576-87123360
舫川县市场监督管理局
2025年5月12日
""",
    ),
    dict(
        slug="news-geyang-earphone-volume-html",
        site="舸阳新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.geyangnews.example.cn/shehui/2025-03/03/content_77120.html",
        title="长时间戴耳机听高音量 舸阳一中学生听力门诊量上升",
        record_title=None,
        date="2025-03-03",
        notes="HTML news portal, no record title (title in h1); byline 发布时间 is the date; a photo caption between paragraphs and an editor line glued after the last sentence; related list",
        page="""
<html><head><meta charset="utf-8"><title>长时间戴耳机听高音量 舸阳一中学生听力门诊量上升-舸阳新闻网</title></head>
<body>
<header><div class="logo">⟦m 舸阳新闻网 · 舸阳县融媒体中心主办⟧</div>
<nav>⟦m 要闻 | 社会 | 民生 | 教育 | 视听 | 专题⟧</nav></header>
<div class="ad">⟦a 广告位招租 0577-6650xxxx⟧</div>
<article>
<h1>⟦t 长时间戴耳机听高音量 舸阳一中学生听力门诊量上升⟧</h1>
<div class="byline">⟦m 发布时间：2025-03-03 10:26　来源：舸阳日报　记者 周岚 通讯员 孙悦⟧</div>
{BODY}
</article>
<aside><h3>⟦l 社会热点⟧</h3><ol><li>⟦l 县医院开通周末耳鼻喉专家门诊⟧</li><li>⟦l 今年春季学期近视筛查启动⟧</li><li>⟦l 城东菜场改造完成重新开市⟧</li></ol></aside>
<footer><p>⟦d 舸阳新闻网版权所有，未经书面授权不得转载、摘编⟧</p><p>⟦m 互联网新闻信息服务许可证：33120230012⟧</p></footer>
</body></html>
""",
        body="""
记者从县人民医院耳鼻咽喉科获悉，今年寒假以来，该科接诊的青少年听力下降患者比去年同期增加近四成，其中多数有长时间戴耳机的习惯。
⟦m 图为医生为学生进行纯音测听检查。（记者 周岚 摄）⟧
科主任沈建军介绍，一名初二学生每天戴耳机上网课、听音乐超过六个小时，音量常开到最大，近期出现耳鸣和听不清老师讲课的情况。
医生建议，使用耳机应遵循“60-60”原则，即音量不超过最大音量的百分之六十，连续使用不超过60分钟。
县教育局表示，将把科学用耳知识纳入春季开学第一课，提醒家长关注孩子的用耳习惯。⟦m （责任编辑：潘一帆）⟧
""",
    ),
    dict(
        slug="forum-erji-fashao-post-junk",
        site="发烧耳机论坛 (invented)",
        style="论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="https://bbs.erjifashao.example.com/thread-339102-1-1.html",
        title="入门级有线耳机煲机到底有没有用？说说我三个月的记录",
        record_title="入门级有线耳机煲机到底有没有用？说说我三个月的记录 - 器材讨论 - 发烧耳机论坛",
        date=None,
        notes="Discuz-like text page with anti-scraping junk lines and glued junk; floor meta; relative time is no date; reply box",
        junk=dict(lines=2, glued=2),
        page="""
!m 发烧耳机论坛 » 器材讨论 » 查看帖子
!m 查看: 4082 | 回复: 57
!t [心得] 入门级有线耳机煲机到底有没有用？说说我三个月的记录
!m 楼主 老刘不听歌　发表于 3 天前　只看该作者
{BODY}
!l 回复 支持(12) 反对(3)
!l 高级模式 | 本版积分规则
!a 您需要登录后才可以回帖 登录 | 立即注册
""",
        body="""
先说结论：对我这副两百块的入门有线耳机来说，煲机前后差别很小，主要变化其实是耳朵习惯了。
我从去年十一月开始，每天用粉红噪声加音乐放四个小时，音量调到平时听歌的水平，每隔两周用同一首曲子盲听对比一次。
前两周感觉低频有点松散，一个月后好像收紧了，但让室友帮我做盲听，五次里只猜对两次。
所以我的建议是，新耳机正常听就行，没必要专门开着放，更别用大音量去冲。
各位要是有测量设备，欢迎把频响曲线发上来一起看看。
""",
    ),
    dict(
        slug="blog-aiyuan-earphone-repair-html",
        site="艄原小周的修理笔记 (invented)",
        style="博客",
        genre="随笔",
        kind="other",
        form="html",
        source="https://xiaozhou-fix.example.blog/2025/02/earphone-wire.html",
        title="给父亲修了一副用了十二年的耳机",
        record_title="给父亲修了一副用了十二年的耳机 | 艄原小周的修理笔记",
        date="2025-02-09",
        notes="HTML blog: tag cloud, archive, bracketed post time, comment box; comment prompt glued to the last line",
        page="""
<html><head><meta charset="utf-8"><title>给父亲修了一副用了十二年的耳机 | 艄原小周的修理笔记</title>
<script>window.dataLayer=window.dataLayer||[];</script></head>
<body>
<div id="header"><h3>⟦m 艄原小周的修理笔记⟧</h3><p>⟦m 拆开看看，能修就修⟧</p></div>
<div id="main">
<h1>⟦t 给父亲修了一副用了十二年的耳机⟧</h1>
<p class="meta">⟦m [2025-02-09 21:14] 分类：家电小修 ｜ 阅读(356) ｜ 评论(9)⟧</p>
{BODY}
<div class="tags">⟦l 标签：耳机 焊接 旧物⟧</div>
<div class="nav">⟦l « 上一篇：收音机换电位器记⟧ ⟦l 下一篇：电饭煲指示灯不亮 »⟧</div>
<div class="comment"><h4>⟦l 发表评论⟧</h4><p>⟦l 昵称（必填）　邮箱（不公开）　网址⟧</p></div>
</div>
<div id="side">
<h4>⟦l 标签云⟧</h4><p>⟦l 收音机 烙铁 电池 旧物 耳机 电饭煲⟧</p>
<h4>⟦l 文章归档⟧</h4><ul><li>⟦l 2025年02月 (4)⟧</li><li>⟦l 2025年01月 (6)⟧</li></ul>
</div>
<div id="footer">⟦d © 2025 小周的修理笔记 · 文字转载请注明出处⟧</div>
</body></html>
""",
        body="""
父亲那副头戴式耳机是我上大学那年给他买的，他一直用来听戏，最近说左边时响时不响。
拆开耳罩一看，问题出在线材进入壳体的地方，常年弯折，里面的漆包线断了两根。
我剪掉断的那一截，重新剥线、上锡，用热缩管包好，再在出线口多绕了一圈弹簧防折。
焊好后父亲戴上试了一段《空城计》，笑着说比新买的时候还清楚。
东西用久了就有感情，能修好的，我还是愿意多花一个晚上。⟦l 欢迎在下方留言说说你修过的老物件～⟧
""",
    ),
    dict(
        slug="wechat-lingting-letter-earphone-kids",
        site="聆听成长公众号镜像 (invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://mp.mirror.example.com/s/lingting-9f3k2",
        title="致全县家长的一封信：请为孩子的耳朵“减负”",
        record_title="致全县家长的一封信：请为孩子的耳朵“减负”",
        date="2025-04-01",
        notes="WeChat mirror: account line, follow prompt, 阅读原文/在看 row, a sentence about 扫码/关注 that is content; 成文日期 under the signature",
        page="""
!m 聆听成长 · 艄原县妇幼保健院
!m 原创　艄原妇幼　2025年04月02日 08:00　浙江
!a 👆点击上方蓝字，关注我们不迷路
{BODY}
!l 往期推荐：儿童视力筛查，家长须知五件事
!l 阅读原文　　分享　　在看 216
!a 长按识别下方二维码，加入“聆听成长”家长群
""",
        body="""
各位家长朋友：
随着网课和电子产品的普及，不少孩子每天戴耳机的时间越来越长。我院儿童听力筛查发现，去年全县小学生听力异常检出率比三年前上升了一点二个百分点。
为此，我们倡议：
1. 小学生尽量不使用入耳式耳机，确需使用时音量不超过最大音量的一半。
2. 每次连续佩戴不超过半小时，中间摘下耳机休息十分钟。
3. 发现孩子常说耳朵嗡嗡响、听不清，请及时带孩子到医院检查。
家长可关注“艄原妇幼”服务号，在“预约挂号”栏目扫码预约儿童听力筛查。
艄原县妇幼保健院
2025年4月1日
""",
    ),
    dict(
        slug="docshare-shengyun-plan-earphone-recycle-markers",
        site="声韵文档分享 (invented)",
        style="文档分享",
        genre="方案",
        kind="plan",
        form="text",
        source="https://share.shengyun.example.com/d/7730021.html",
        title="舲溪街道废旧耳机及小电子产品回收工作方案",
        record_title="舲溪街道废旧耳机及小电子产品回收工作方案（可编辑）",
        date=None,
        notes="decorated record title; page markers ⌊n⌋ on lines of their own cut sentences; upload notice; no date (upload stamp only)",
        pages=dict(fmt="⌊{n}⌋", every=100, start=2),
        page="""
!m 声韵文档分享 > 社区工作 > 方案
{T}
!m 贡献者：walnut_lin　上传于：2025-03-11　格式：DOC　页数：4
!d 本文档由用户自行上传分享，声韵文档仅提供信息存储空间服务，如有侵权请联系删除。
{BODY}
!a ▼ 点击展开全文（剩余2页）
!a 下载本文档（需5积分）
""",
        body="""
一、工作目标
在全街道十二个小区设立废旧耳机、充电线、小音箱等小电子产品回收点，年内回收量达到三吨以上，减少随意丢弃造成的污染。
二、职责分工
街道城管办负责回收点选址和日常管理，各社区负责宣传发动，签约回收企业负责定期清运和规范拆解。
三、实施步骤
（一）三月为宣传阶段，通过社区公告栏和业主群发布回收点位置；（二）四月至十一月为实施阶段，每月清运一次；（三）十二月为总结阶段。
四、工作要求
各社区要安排专人看护回收箱，发现破损及时报修，严禁将回收物品私自变卖。
""",
    ),
    dict(
        slug="edu-aiyuan-notice-exam-earphone-html",
        site="艄原县教育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.aiyuan.example.gov.cn/tzgg/2025/0520/1187.html",
        title="关于做好2025年中考英语听力考试耳机设备检测工作的通知",
        record_title="关于做好2025年中考英语听力考试耳机设备检测工作的通知",
        date="2025-05-20",
        record_date="2025-05-20",
        notes="HTML education bureau: 文号 neutral, 附件 list kept, 抄送 line kept, the document's 联系人/电话 beside the site's technical line",
        page="""
<html><head><meta charset="gb2312"><title>关于做好2025年中考英语听力考试耳机设备检测工作的通知</title></head>
<body>
<table width="980" align="center"><tr><td class="logo">⟦m 艄原县教育局 · 艄原教育信息网⟧</td><td>⟦a 关怀版⟧ ⟦a 设为首页⟧</td></tr></table>
<div class="menu">⟦m 网站首页　教育动态　通知公告　招生考试　教育督导⟧</div>
<div class="pos">⟦m 当前位置：首页 > 通知公告⟧</div>
<h1>⟦t 关于做好2025年中考英语听力考试耳机设备检测工作的通知⟧</h1>
<div class="info">⟦m 来源：县教育考试中心　时间：2025-05-20　点击：1306⟧</div>
<p class="docno">艄教考〔2025〕17号</p>
<div class="text">
{BODY}
</div>
<div class="bottom">⟦a 【打印】【关闭】【返回顶部】⟧</div>
<div class="foot"><p>⟦m 网站技术支持：艄原县教育信息中心　电话：0578-33201199⟧</p><p>⟦m 浙ICP备13009921号⟧</p></div>
</body></html>
""",
        body="""
各初中学校、考点：
为确保2025年中考英语听力考试顺利进行，现将考试用耳机设备检测工作有关事项通知如下。
一、各考点须于6月5日前完成全部考场耳机设备的逐台检测，检测内容包括音量调节、左右声道、频道接收和电池电量。
二、检测不合格的耳机应立即更换，备用耳机数量不少于考生数的百分之十。
三、考点须填写检测记录表，于6月6日前报县教育考试中心。
联系人：何立群　电话：0578-33205512
附件：1. 中考英语听力耳机设备检测记录表
2. 考点备用耳机调配申请表
艄原县教育局
2025年5月20日
抄送：县招生考试委员会办公室。
""",
    ),
    dict(
        slug="oa-shengdian-minutes-earphone-line",
        site="声典电子内网 (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://oa.shengdian.example.local/doc/view?id=20250308-031",
        title="耳机产线降本增效专题会议纪要",
        record_title="内网公告-耳机产线降本增效专题会议纪要",
        date="2025-03-07",
        notes="intranet document view: 内网公告- prefix; read count, approval trail; minutes' 时间/地点/主持/参会/记录 lines kept; 时间 line is the date",
        page="""
!m 声典电子协同办公平台 ｜ 公文 ｜ 会议纪要
{T}
!m 拟稿：行政部 程薇　　阅读 88 人次
{BODY}
!m 流转记录：程薇(拟稿) → 王曦(审核) → 林总(签发)
!a 【转发】 【下载正文】 【返回列表】
!d 本文件仅限公司内部传阅，严禁外传。
""",
        body="""
时间：2025年3月7日下午2:30
地点：二号楼三楼会议室
主持：生产副总　林东海
参会：生产部、采购部、品质部、工程部负责人
记录：程薇
会议听取了工程部关于耳机产线自动化改造的汇报，讨论了降本增效的具体措施。
一、同意在TWS耳机组装线引入自动点胶设备两台，预计节约人工六人，由工程部在四月底前完成安装调试。
二、采购部要与喇叭单元供应商重新议价，力争单价下降百分之五。
三、品质部要把声学测试不良率控制在百分之零点八以内，每周通报一次。
""",
    ),
    dict(
        slug="qa-wenting-answer-earphone-sleep",
        site="问听问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.wenting-qa.example.com/q/2219870.html",
        title="戴着耳机睡觉对耳朵有伤害吗？",
        record_title=None,
        date=None,
        notes="no record title: the question on the page; answer meta with 回答于 relative time (no date); vote bar; a sentence about 下载 as content",
        page="""
!m 问听问答 > 健康 > 耳鼻喉
{T}
!m 3 个回答　·　被浏览 9,832
!m 耳鼻喉科 刘医生 · 认证医师　回答于 2 天前
{BODY}
!l 赞同 486　|　反对　|　收藏　|　举报
!l 相关问题：降噪耳机会伤听力吗？ · 耳朵进水嗡嗡响怎么办？
!a 打开App，查看更多回答
""",
        body="""
偶尔戴着耳机入睡问题不大，但长期这样做确实有风险。
第一，耳道长时间被堵住，通风差，容易滋生细菌，引起外耳道炎；第二，睡着后无法控制音量和时长，持续声刺激会加重听觉疲劳；第三，侧睡时入耳式耳机压迫耳道，可能造成皮肤破损。
如果确实需要声音助眠，建议用外放音箱调到很小的音量，或者下载带定时关闭功能的助眠软件，设定半小时后自动停止。
""",
    ),
]

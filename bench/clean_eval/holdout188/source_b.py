"""holdout188, part B: blogs, WeChat mirrors, document sharing, education portals, intranets. Invented text."""

CASES = [
    dict(
        slug="blog-lusheng-text-insight-emu-farm",
        site="鹿笙的田野笔记 (invented blog)",
        style="博客",
        genre="心得体会",
        kind="insight",
        form="text",
        source="https://lusheng.blog.tianyeji.com/post/2024/emu-farm.html",
        title="在鸸鹋养殖场蹲点一个月的几点体会",
        record_title="【随手记】在鸸鹋养殖场蹲点一个月的几点体会 | 鹿笙的田野笔记",
        date="2024-10-20",
        notes="blog post time in brackets; tags and archive after the body; hard-wrapped text",
        page="""
!m 鹿笙的田野笔记 —— 一个驻村干部的碎碎念
!m 首页 · 归档 · 关于我 · 友链
{T}
!m [2024-10-20 22:17]　分类：驻村手记　阅读(318)　评论(6)
{BODY}
!l 标签：鸸鹋 特色养殖 驻村
!l « 上一篇：秋收后的村部夜谈　　下一篇：给村小孩子们的一节地理课 »
!d 本博客文字均为原创，转载请注明出处并保留链接。
""",
        indent="\u3000\u3000",
        wrap=62,
        body="""
九月中旬，我被派到桷溪村的鸸鹋养殖场蹲点。这一个月，我对特色养殖有了新的认识。
第一，特色养殖先要算清账。一只鸸鹋从孵化到出栏要十四个月，饲料、防疫、人工样样花钱，村集体入股前必须请专业人员测算。
第二，销路比养殖更难。鸸鹋肉、鸸鹋蛋和鸸鹋油都有市场，但客户分散，需要有人专门跑订单。
第三，技术员是宝。场里的老技术员一眼就能看出哪只鸟精神不好，这种经验书本上学不到。
蹲点结束了，我准备把这些体会整理成建议，交给村两委参考。
""",
    ),
    dict(
        slug="blog-zhiyuan-html-speech-xiangqi",
        site="知远的棋盘 (invented blog)",
        style="博客",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://zhiyuanqi.blogspot-like.cn/2024/04/xiangqi-opening.html",
        title="在全市少儿象棋公开赛开幕式上的致辞",
        record_title=None,
        date="2024-04-13",
        notes="blog template with tag cloud and archive; date under the title in Chinese numerals; title missing from the record",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>开幕式致辞存档 - 知远的棋盘</title>
<script>var disqus_config=function(){};</script></head>
<body>
<div id="blog-header">⟦m 知远的棋盘｜楚河汉界，落子无悔⟧</div>
<div id="menu">⟦l 首页 棋谱 随笔 相册 留言板⟧</div>
<div class="post">
<div class="post-date">⟦m 发表于 二〇二四年四月十四日 周日⟧</div>
<h2 class="post-title">{T}</h2>
<p class="sub">（二〇二四年四月十三日）</p>
<p class="sub">市象棋协会会长　蔡知远</p>
{BODY}
<div class="post-footer">⟦l 分类：协会事务 | 标签：象棋 少儿 公开赛⟧ ⟦a 分享 | 引用 | 收藏⟧</div>
<div class="comments">⟦l 3 条评论 · 发表你的看法⟧</div>
</div>
<div id="sidebar">⟦l 文章归档 2024年4月(5) 2024年3月(8) 2024年2月(3)⟧ ⟦l 标签云 象棋 残局 围炉夜话 少儿⟧</div>
<div id="footer">⟦m © 2024 知远的棋盘 · 由 Typecho 强力驱动⟧</div>
</body></html>
""",
        body="""
各位小棋手、各位家长、各位裁判员：
大家上午好！今天，全市少儿象棋公开赛在这里开幕。我代表市象棋协会，向前来参赛的312名小棋手表示热烈欢迎！
象棋是中华民族的传统文化瑰宝。一盘棋里，有进退，有取舍，有胜负，也有礼让。希望小棋手们赛出水平，更赛出风格，输了棋不哭鼻子，赢了棋不骄傲。
也希望家长朋友们多给孩子鼓励，比赛期间请在休息区等候，不进入对局区。
预祝本次比赛圆满成功！
""",
    ),
    dict(
        slug="wechat-mirror-text-notice-breast-screening",
        site="公号镜像站·栎阳妇幼 (invented)",
        style="公众号镜像",
        genre="通知",
        kind="notice",
        form="text",
        source="https://wx.jingxiang8.com/s/lyfy_20240308_2.html",
        title="关于开展2024年适龄妇女免费乳腺筛查的通知",
        record_title="关于开展2024年适龄妇女免费乳腺筛查的通知",
        record_date="2024-03-08",
        date="2024-03-08",
        notes="WeChat mirror: account line, follow prompts; body asks readers to 扫码 and 关注 (kept)",
        page="""
!m 栎阳县妇幼保健院　2024-03-08 17:30　发表于栎阳
!a 点击上方蓝字“栎阳妇幼”，关注我们不迷路
{T}
{BODY}
!a 觉得有用就点个“在看”吧
!l 往期推荐｜孕期营养怎么吃？｜新生儿黄疸别慌
!d 本页为公众号文章镜像，内容以原公众号为准
""",
        body="""
为提高我县妇女乳腺癌早诊早治率，我院将于3月11日至5月31日为全县35至64周岁常住妇女提供免费乳腺筛查。
一、筛查项目：乳腺临床检查、乳腺彩超，必要时加做钼靶。
二、报名方式：请扫描文末二维码填写预约信息，或关注本院公众号后在“就诊服务”栏目预约。
三、注意事项：检查当天请携带身份证，避开月经期。
咨询电话：0391-7125536（乳腺科）。
""",
    ),
    dict(
        slug="wechat-mirror-html-pledge-charity-day",
        site="微读镜像 (invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="initiative",
        form="html",
        source="https://www.weidu-mirror.com/a/8c1e5f77.html",
        title="“慈善一日捐”倡议书",
        record_title="“慈善一日捐”倡议书｜椿城慈善",
        date="2024-09-05",
        notes="mirror template: account card, read count, bottom buttons; 成文日期 at the end",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>“慈善一日捐”倡议书｜椿城慈善</title>
<script src="/js/mirror.js"></script></head>
<body>
<div class="mirror-top">⟦m 微读镜像 · 公众号文章存档⟧</div>
<div class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="meta">⟦m 椿城县慈善总会 椿城慈善 2024年09月05日 09:00 浙江⟧</div>
<div class="rich_media_content">
{BODY}
</div>
<div class="bottom">⟦m 阅读 2561⟧ ⟦a 赞 分享 推荐⟧</div>
<div class="qr">⟦a 长按识别二维码，关注椿城慈善⟧</div>
</div>
<div class="mirror-foot">⟦d 镜像内容来源于公开网络，如有侵权请联系删除⟧</div>
</body></html>
""",
        body="""
全县广大干部职工、企业家和爱心人士：
一年一度的“中华慈善日”即将到来。椿城县慈善总会倡议大家积极参加“慈善一日捐”活动，奉献一日所得，传递一份温暖。
所募善款将全部用于困难群众医疗救助、助学和助老项目，使用情况将在本会官网公示，接受社会监督。
捐款可通过单位统一组织，也可直接转账至县慈善总会账户（开户行：椿城农商银行城关支行，账号：201000219876543）。
椿城县慈善总会
2024年9月5日
""",
    ),
    dict(
        slug="docshare-daoke-text-plan-disabled-skills",
        site="道可文档分享 (invented)",
        style="文档分享",
        genre="工作方案",
        kind="plan",
        form="text",
        source="https://www.daokedoc.com/p-60931127.html",
        title="樟岭县第五届残疾人职业技能竞赛实施方案",
        record_title="樟岭县第五届残疾人职业技能竞赛实施方案.wps",
        date="2024-05-10",
        notes="file-name title; page markers ⌜n⌟ glued or not; a table kept",
        page="""
!m 道可文档分享 | 找文档上道可
!t 樟岭县第五届残疾人职业技能竞赛实施方案.wps
!m 文档格式：WPS　页数：5　贡献者：sunny樟岭　浏览 441　下载 27
!a 下载本文档（需2道可币）　　在线预览
{T}
{BODY}
!a 预览已到末尾，下载后可编辑全文
!d 道可文档所有文档均由网友分享，仅供学习参考，如有侵权请联系客服删除。
""",
        pages=dict(fmt="⌜{n}⌟", every=100, start=2, glue="mix"),
        body="""
为展示残疾人职业技能风采，促进残疾人就业创业，县残联决定举办第五届残疾人职业技能竞赛，特制定本方案。
一、竞赛时间和地点：2024年6月18日至19日，在县职业技术学校举行。
二、竞赛项目
项目　参赛对象　名额
盲人按摩　视力残疾人　12
电子商务　各类残疾人　20
手工编织　各类残疾人　16
三、奖励办法：每个项目设一等奖1名、二等奖2名、三等奖3名，获奖选手推荐参加市级竞赛。
四、工作要求：各乡镇残联要认真组织报名，做好选手往返交通和安全保障。
樟岭县残疾人联合会
2024年5月10日
""",
    ),
    dict(
        slug="docshare-huaye-html-minutes-seal-museum",
        site="画页分享网 (invented)",
        style="文档分享",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="https://huaye.share-doc.cn/d/43815.html",
        title="校史馆讲解志愿者工作协调会会议纪要",
        record_title=None,
        date="2024-11-22",
        notes="minutes with 时间/地点/主持 lines kept; title missing from the record; share page with download box",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>画页分享网_免费文档在线阅读</title></head>
<body>
<div class="hd">⟦m 画页分享网 HUAYE⟧ ⟦l 首页 分类 排行 专题⟧ ⟦a 登录⟧</div>
<div class="doc">
<h1>{T}</h1>
<div class="inf">⟦m 分享者：桐叶 | 分享于 3天前 | 共2页⟧</div>
{BODY}
</div>
<div class="dl">⟦a 免费下载 ｜ 转存到网盘 ｜ 举报⟧</div>
<div class="like">⟦l 你可能还喜欢：校园志愿服务队章程 / 讲解员培训课件 / 迎新接待方案⟧</div>
<div class="ft">⟦d 声明：本站所有文档来自用户分享，版权归原作者⟧</div>
</body></html>
""",
        body="""
时间：2024年11月22日下午3:00
地点：图书馆三楼会议室
主持：校史馆馆长 韦秋实
参会：校团委、学生处、各学院志愿者负责人
会议研究了校史馆讲解志愿者招募和培训工作，纪要如下：
一、本学期面向全校招募讲解志愿者40名，由校团委统一发布招募通知。
二、新招募志愿者须参加不少于8学时的岗前培训，考核合格后上岗。
三、志愿服务时长记入第二课堂成绩单。
""",
    ),
    dict(
        slug="edu-liyang-html-notice-graduate-retest",
        site="栎阳师范学院研究生院 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://yjs.lysfxy.edu.cn/info/1032/5517.htm",
        title="关于2025年硕士研究生复试工作安排的通知",
        record_title="关于2025年硕士研究生复试工作安排的通知-研究生院",
        date="2025-03-21",
        notes="education portal; the notice asks candidates to 下载/打印 forms (kept); a timetable",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于2025年硕士研究生复试工作安排的通知-研究生院</title>
<script src="/_js/jquery.js"></script></head>
<body>
<div class="top">⟦m 栎阳师范学院研究生院⟧ ⟦l 学院首页 English⟧</div>
<div class="nav">⟦l 首页 招生工作 培养管理 学位工作 下载中心⟧</div>
<div class="posi">⟦m 当前位置: 首页 >> 招生工作 >> 正文⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 作者：招生办　时间：2025-03-21　点击数：　5012⟧</div>
<div class="v_news_content">
{BODY}
</div>
<div class="prev">⟦l 上一条：2025年博士研究生招生拟录取名单公示⟧</div>
<div class="foot">⟦m 地址：栎阳市学府路18号　邮编：472000⟧ ⟦m 版权所有 © 栎阳师范学院⟧</div>
</body></html>
""",
        body="""
各学院、各位考生：
根据教育部有关规定，现将我校2025年硕士研究生复试工作安排通知如下。
1.复试时间
学院　资格审查　专业面试
文学院　3月28日上午　3月28日下午
数学学院　3月29日上午　3月29日下午
2.考生须登录研究生院网站下载《复试考生诚信承诺书》，打印后签字，资格审查时交验。
3.复试成绩不合格者不予录取。
联系电话：0394-8176521（招生办）。
""",
    ),
    dict(
        slug="edu-huayuan-text-letter-school-bullying",
        site="桦原县教育体育局 (invented)",
        style="教育门户",
        genre="致家长信",
        kind="letter",
        form="text",
        source="http://jyj.huayuan.gov.cn/jyxw/2024/0902/9917.html",
        title="开学安全致家长的一封信",
        record_title="开学安全致家长的一封信",
        date="2024-08-30",
        notes="text-extracted education portal page; 成文日期 in Chinese numerals",
        page="""
!m 桦原教育网 > 教育新闻 > 通知公告
{T}
!m 信息来源：县教体局　发布：2024-09-02　字号：[大 中 小]
{BODY}
!a 打印此页　关闭窗口
!m 桦原县教育体育局主办　技术支持：桦原信息中心
""",
        indent="\u3000\u3000",
        body="""
尊敬的家长朋友：
新学期即将开始，为让孩子度过一个平安、健康的学期，请您配合做好以下几件事：
一是关注孩子情绪变化，如发现孩子受到同学欺凌或有厌学表现，请及时与班主任沟通。
二是教育孩子遵守交通规则，不乘坐无牌无证车辆和超员车辆。
三是严禁孩子私自到河塘、水库游泳。
家校携手，共护成长。
桦原县教育体育局
二〇二四年八月三十日
""",
        date_also=["2024-09-02"],
    ),
    dict(
        slug="oa-ruitai-html-report-cooking-wine",
        site="瑞泰酿造内网 (invented)",
        style="企业内网",
        genre="工作报告",
        kind="report",
        form="html",
        source="http://oa.ruitai-brew.local/doc/view?id=20240711004",
        title="关于料酒车间三季度安全生产情况的报告",
        record_title="关于料酒车间三季度安全生产情况的报告",
        date="2024-10-09",
        notes="intranet document view with 流转记录 and read counts; a table kept",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>公文查看 - 瑞泰酿造协同办公</title></head>
<body>
<div class="oa-head">⟦m 瑞泰酿造协同办公平台⟧ ⟦m 当前用户：王小柯（质量部）⟧ ⟦a 退出⟧</div>
<div class="oa-nav">⟦l 待办 已办 公文 通讯录 知识库⟧</div>
<div class="doc-view">
<h2>{T}</h2>
<div class="doc-info">⟦m 拟稿：料酒车间　审核：生产部　签发：2024-10-09⟧</div>
{BODY}
</div>
<div class="flow">⟦m 流转记录：料酒车间→生产部（已阅）→安环部（已阅）→总经理办公室（待阅）⟧</div>
<div class="read">⟦m 已读 37 人　未读 5 人⟧</div>
<div class="ops">⟦a 转发 打印 归档 意见⟧</div>
<div class="oa-foot">⟦d 内部资料 严禁外传⟧</div>
</body></html>
""",
        body="""
公司安全生产委员会：
三季度，料酒车间围绕“零事故”目标，扎实开展安全生产工作，现将有关情况报告如下。
一、主要指标
指标　目标值　完成值
轻伤事故（起）　0　0
隐患整改率（%）　100　100
二、主要做法。车间对蒸煮锅、压榨机等设备实行班前点检，三季度共排查隐患19项，全部整改到位。
三、下步打算。四季度进入生产旺季，车间将加强夜班巡查，严防烫伤和机械伤害。
料酒车间
2024年10月9日
""",
    ),
    dict(
        slug="oa-haojing-text-notice-pe-pipe",
        site="浩晶管业OA (invented)",
        style="企业内网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://10.8.1.20/oa/notice/2024-118",
        title="关于开展PE给水管材质量月活动的通知",
        record_title="【公司公告】关于开展PE给水管材质量月活动的通知",
        date="2024-08-28",
        notes="OA text export; 抄送/印发 版记 kept; document number neutral",
        page="""
!m 浩晶管业协同办公 · 公告栏
!m 发布人：质量管理部　发布范围：全体员工　阅读数：212
{T}
浩晶质〔2024〕18号
{BODY}
!a 【已阅】【打印】【下载附件】
!m 系统导出时间：2024-12-01 10:44
""",
        body="""
各部门、各车间：
为进一步提升产品质量，公司决定9月在全公司开展PE给水管材质量月活动。
一、开展质量知识竞赛，9月15日前各车间报送参赛选手。
二、开展QC小组成果发布，重点围绕熔接强度和壁厚偏差攻关。
三、开展质量隐患排查，对原料仓库、挤出生产线逐一检查。
附件：1.质量知识竞赛题库
2.QC小组成果发布评分表
浙江浩晶管业有限公司
2024年8月28日
抄送：公司领导班子成员。
浙江浩晶管业有限公司综合办公室　2024年8月28日印发
""",
    ),
]

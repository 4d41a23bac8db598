"""holdout67, part E: orienteering clubs, races and map-makers (定向越野). Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="exam-sports-referee-orienteering-html",
        site="筠川市人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://rsks.yunchuan.example.gov.cn/kwgg/2025/0415/302.html",
        title="2025年筠川市定向运动二级裁判员考试报名公告",
        record_title="【考务公告】2025年筠川市定向运动二级裁判员考试报名公告",
        date="2025-04-15",
        notes="exam site: floating consult box, site's tech line vs committee's own 咨询电话; exam timetable; 下载/打印 准考证 kept",
        page="""
<html><head><meta charset="utf-8"><title>【考务公告】2025年筠川市定向运动二级裁判员考试报名公告</title></head><body>
<div class="hd">⟦m 筠川市人事考试网⟧ ⟦a 考生登录 | 注册⟧</div>
<div class="nav">⟦l 首页　考试公告　成绩查询　证书办理　政策法规⟧</div>
<h2>{T}</h2>
<div class="meta">⟦m 发布时间：2025-04-15　来源：市体育局　字号：大 中 小⟧</div>
{BODY}
<div class="float">⟦w 报名系统技术咨询：0591-8779001（工作日9:00-17:00）⟧</div>
<div class="ft">⟦m 主办：筠川市人事考试中心　ICP备案：闽ICP备08012290号⟧</div>
</body></html>
""",
        body="""
根据《体育竞赛裁判员管理办法》，现将定向运动二级裁判员考试有关事项公告如下。
科目　时间　地点
理论考试　5月17日 9:00—10:30　市体育运动学校
实践考核　5月18日 8:30—11:30　筠川森林公园
报名人员须于5月12日起登录本网站下载并打印准考证。
咨询电话：0591-8778425（市定向运动协会）
筠川市体育局
2025年4月15日
""",
    ),
    dict(
        slug="tender-orienteering-map-survey-text",
        site="篙县政府采购网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://zfcg.gaoxian.example.gov.cn/cggg/2025/0318/1109.html",
        title="篙县城市公园定向运动地图测绘服务竞争性磋商公告",
        record_title="篙县城市公园定向运动地图测绘服务竞争性磋商公告_篙县政府采购网",
        date="2025-03-18",
        notes="tender: project info lines; buyer/agency contacts kept; platform's CA line; print button",
        page="""
!m 篙县政府采购网
!m 首页 > 采购公告 > 竞争性磋商
{T}
!m 发布时间：2025年03月18日　浏览次数：128
!a 【打印】【收藏】【关闭】
{BODY}
!w 电子交易平台服务电话：400-116-8087
!m 篙县财政局主办　技术支持：云采科技
""",
        body="""
项目编号：GXCG-2025-0056
采购需求：完成城市公园、滨江绿道共三处定向运动地图测绘，比例尺1:4000。
预算金额：18.5万元。
获取磋商文件时间：2025年3月19日至3月25日。
采购人：篙县文化体育局　联系人：冉先生　电话：0591-6612387
采购代理机构：篙县恒信项目管理有限公司　联系人：彭女士　电话：0591-6630119
""",
    ),
    dict(
        slug="lawfirm-heyuan-orienteering-injury-html",
        site="合远律师事务所 (invented)",
        style="律所网站",
        genre="普法文章",
        kind="article",
        form="html",
        source="https://www.heyuanlaw.example.cn/pufa/2025/47.html",
        title="定向越野比赛中受伤，赛事组织者要担责吗",
        record_title="法律讲堂丨定向越野比赛中受伤，赛事组织者要担责吗",
        date=None,
        notes="law firm: consult QR prompt, disclaimer; numbered list; no date",
        page="""
<html><head><meta charset="utf-8"><title>法律讲堂丨定向越野比赛中受伤，赛事组织者要担责吗 - 合远律师事务所</title></head><body>
<div class="top">⟦m 合远律师事务所　HEYUAN LAW FIRM⟧</div>
<nav>⟦l 首页　律所简介　专业领域　律师团队　法律讲堂⟧</nav>
<h1>{T}</h1>
<div class="by">⟦m 文/合远律所 钱律师　浏览 662⟧</div>
{BODY}
<div class="qr">⟦a 扫码添加律师，获取一对一免费咨询⟧</div>
<div class="dis">⟦d 声明：本文仅供普法参考，具体案件请以律师意见为准。⟧</div>
<footer>⟦m 地址：筠川市东街100号国贸大厦18层⟧</footer>
</body></html>
""",
        body="""
定向越野在山林中进行，参赛者扭伤、摔伤的情况时有发生。
赛事组织者是否担责，主要看以下几点：
1.是否对危险路段设置警示或禁行标志；
2.是否配备医疗救护人员和救援预案；
3.是否如实告知赛道难度和注意事项。
组织者已尽到安全保障义务的，参赛者自愿参加风险性活动受伤，一般由其自行承担。
""",
    ),
    dict(
        slug="community-lanyuan-family-orienteering",
        site="兰苑社区服务网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="http://lanyuan.sqfw.example.cn/news/2025/0920/31.html",
        title="兰苑社区“家庭定向寻宝”活动方案",
        record_title="【社区活动】兰苑社区“家庭定向寻宝”活动方案",
        date="2025-09-20",
        notes="residents' site: weather line, volunteer button between paragraphs, own 联系电话; blank placeholders kept",
        page="""
!m 兰苑社区服务网　｜　今天 晴 18~27℃
!m 首页 / 社区动态 / 活动通知
!t 【社区活动】兰苑社区“家庭定向寻宝”活动方案
!m 发布：兰苑社区党群服务中心　2025-09-20
{BODY}
!l 邻里留言（4）　我要留言
!m 兰苑社区居委会　地址：兰苑路66号
""",
        body="""
为增进邻里交流，社区将于国庆节期间举办“家庭定向寻宝”活动。
一、活动时间：10月3日上午9:00，在社区广场集合。
二、活动规则：每个家庭领取一张社区地图，按顺序找到八个打卡点，用时最短者获胜。
⟦a 👉点我报名当志愿者⟧
三、报名表：家庭成员________　联系电话____________
报名咨询：社区服务站 0591-6650218
""",
    ),
    dict(
        slug="association-orienteering-summary-html",
        site="筠川市定向运动协会 (invented)",
        style="行业协会",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://www.ycorienteering.example.org/xhdt/2025/1230/17.html",
        title="筠川市定向运动协会2025年工作总结",
        record_title="筠川市定向运动协会2025年工作总结",
        date="2025-12-30",
        record_date="2025-12-30",
        notes="association: member login, join button; events table; title repeated in a sidebar as list",
        page="""
<html><head><meta charset="utf-8"><title>筠川市定向运动协会2025年工作总结</title></head><body>
<div class="hd">⟦m 筠川市定向运动协会⟧ ⟦a 会员登录　申请入会⟧</div>
<div class="nv">⟦l 协会概况　赛事活动　培训认证　会员风采⟧</div>
<h2>{T}</h2>
<div class="sj">⟦m 秘书处　2025-12-30⟧</div>
{BODY}
<div class="side"><h4>⟦l 最新动态⟧</h4><p>⟦l 2026年赛历征求意见⟧</p><p>⟦l 定向地图制图培训班结业⟧</p></div>
<div class="ft">⟦d 版权所有 筠川市定向运动协会 未经授权禁止转载⟧</div>
</body></html>
""",
        body="""
2025年，协会围绕普及定向运动，组织赛事、培训和进校园活动，全年工作总结如下。
赛事名称　参赛人数
城市定向公开赛　860
校园定向联赛　1240
森林公园夜跑定向　310
全年举办裁判员、制图员培训三期，新增二级裁判员四十六人。
2026年，协会将推动建设三处永久性定向运动场地。
筠川市定向运动协会
2025年12月30日
""",
    ),
    dict(
        slug="corp-huitu-map-company-news",
        site="绘途地理信息有限公司 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.huitu-gis.example.com/news/2025/0611.html",
        title="绘途公司完成省运会定向比赛用图制作",
        record_title="绘途公司完成省运会定向比赛用图制作 - 新闻中心 - 绘途地理",
        date="2025-06-11",
        notes="company: 400 hotline, quote button glued after a sentence; own 客服 line kept",
        page="""
!m 绘途地理 | 专业定向地图与户外标识
!w 咨询热线：400-021-6655
!m 首页 » 新闻中心 » 企业动态
{T}
!m 2025-06-11　浏览：87
{BODY}
!l « 上一篇　公司参加全国测绘地理信息博览会
!d © 绘途地理信息有限公司　保留一切权利
""",
        body="""
近日，公司完成省第十八届运动会定向比赛全部比赛用图的制作和印刷。
本次共制作短距离、中距离、接力三类地图，覆盖比赛场地六平方公里。⟦a 【获取报价】⟧
制图团队历时两个月实地踏勘，修正地物信息一千余处。
如需定制校园或公园定向地图，可联系公司客服，电话：0591-6677312。
""",
    ),
    dict(
        slug="training-xunzong-orienteering-camp-html",
        site="寻踪户外学校 (invented)",
        style="培训机构",
        genre="方案",
        kind="plan",
        form="html",
        source="http://www.xunzong-outdoor.example.cn/camp/2025/summer.html",
        title="寻踪户外学校2025年暑期定向营招生简章",
        record_title=None,
        date="2025-05-20",
        notes="training school: float box, trial-class button, own 报名电话 next to the 400 line; camp schedule table",
        page="""
<html><head><meta charset="utf-8"><title>寻踪户外学校2025年暑期定向营招生简章</title></head><body>
<div class="logo">⟦m 寻踪户外学校　让孩子在自然中成长⟧</div>
<div class="nav">⟦l 首页　课程体系　营地活动　师资团队　在线报名⟧</div>
<h1>{T}</h1>
<div class="d">⟦m 发布日期：2025-05-20⟧</div>
{BODY}
<div class="fx">⟦a 立即报名⟧ ⟦w 全国统一客服：400-808-5567⟧</div>
<div class="ft">⟦m 寻踪户外学校版权所有⟧</div>
</body></html>
""",
        body="""
本营面向9至15岁青少年，营期五天四晚，在篙县森林营地举行。
日期　内容
第一天　地图识读与指北针使用
第二天　公园短距离定向
第三至四天　森林定向与野外生存
第五天　结营赛与颁奖
报名电话：0591-6691027（营地教务处）
""",
    ),
    dict(
        slug="app-xiezuo-speech-orienteering-opening-html",
        site="写作猫APP (invented)",
        style="范文APP",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://m.xiezuomao.example.com/share/doc/71120",
        title="在全市中学生定向越野锦标赛开幕式上的讲话",
        record_title="在全市中学生定向越野锦标赛开幕式上的讲话｜写作猫",
        date="2025-10-18",
        notes="H5 app page: open-in-app bar, member unlock line between paragraphs; date under speech title",
        page="""
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>在全市中学生定向越野锦标赛开幕式上的讲话｜写作猫</title></head><body>
<div class="openapp">⟦a 打开写作猫APP，查看完整范文⟧</div>
<h1>{T}</h1>
<p>（2025年10月18日）</p>
{BODY}
<div class="bottom">⟦a 复制　｜　导出Word　｜　AI续写⟧</div>
<div class="rec">⟦l 相似范文：校运会开幕式讲话　青少年体育比赛致辞⟧</div>
</body></html>
""",
        body="""
各位老师、同学们：
今天，全市中学生定向越野锦标赛在筠川森林公园开幕了。
定向越野既考验体力，更考验读图和判断能力，是一项智慧型运动。
⟦a 开通会员，解锁全部高分范文⟧
希望同学们遵守规则、注意安全，赛出水平、赛出风格。
预祝本次锦标赛圆满成功！
""",
    ),
    dict(
        slug="gkforum-interview-orienteering-question",
        site="公考加油站论坛 (invented)",
        style="公考论坛",
        genre="面试题",
        kind="answer",
        form="text",
        source="http://bbs.gkjyz.example.com/thread-77002-1-1.html",
        title="单位组织职工定向越野活动，你如何策划",
        record_title="[面试真题] 单位组织职工定向越野活动，你如何策划（附答题思路）",
        date=None,
        notes="exam forum: junk lines and glued; floor meta; relative time; no date",
        junk=dict(lines=1, glued=2),
        page="""
!m 公考加油站 › 结构化面试 › 真题解析
!t [面试真题] 单位组织职工定向越野活动，你如何策划（附答题思路）
!m 楼主 面霸小鹿 | 2天前 | 查看 1502
{BODY}
!l 收藏本帖　分享　支持 23
!w 面试一对一模拟，私信我加微信 gkjyz_mianshi
""",
        body="""
题目：单位组织职工定向越野活动，领导交给你策划，你会怎么做？
第一，做好前期调研，了解职工年龄结构和身体状况，选择难度适中的公园场地。
第二，制定详细方案，包括路线设计、分组办法、安全保障和奖励设置。
第三，活动结束后及时总结，收集职工意见，为今后组织类似活动积累经验。
""",
    ),
    dict(
        slug="baike-orienteering-map-entry-html",
        site="知途百科 (invented)",
        style="百科问答",
        genre="词条",
        kind="entry",
        form="html",
        source="https://baike.zhitu.example.com/wiki/定向地图",
        title="定向地图",
        record_title="定向地图_知途百科",
        date=None,
        notes="encyclopaedia: edit links, catalogue, references; placeholder date in an example sentence; no date",
        page="""
<html><head><meta charset="utf-8"><title>定向地图_知途百科</title></head><body>
<div class="hd">⟦m 知途百科⟧ ⟦a 编辑词条　创建词条⟧</div>
<h1>{T}</h1>
<div class="cat">⟦l 目录：1 定义　2 比例尺　3 图例⟧</div>
{BODY}
<div class="ref">⟦l 参考资料：1. 定向运动地图规范⟧</div>
<div class="stat">⟦m 浏览次数：8621　最近更新：刚刚⟧</div>
</body></html>
""",
        body="""
定向地图是专门为定向运动绘制的地图，比一般地形图更详细地表示地貌和植被。
比赛地图常用比例尺为1:10000或1:15000，城市短距离赛常用1:4000。
地图上一般注明赛事名称和日期，如“××定向赛　20××年×月×日”。
""",
    ),
    dict(
        slug="netdisk-lanpan-orienteering-school-plan-html",
        site="蓝盘云分享 (invented)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="html",
        source="https://lanpan.example.cn/s/8fKq2pZ",
        title="篙县实验中学校园定向运动课程实施方案",
        record_title="篙县实验中学校园定向运动课程实施方案.docx",
        date="2025-02-28",
        notes="cloud-drive share: save/download buttons, share time, file size; 成文日期 in Chinese numerals",
        page="""
<html><head><meta charset="utf-8"><title>篙县实验中学校园定向运动课程实施方案.docx - 蓝盘云分享</title></head><body>
<div class="hd">⟦m 蓝盘云⟧ ⟦a 登录　下载客户端⟧</div>
<div class="file"><h3>⟦t 篙县实验中学校园定向运动课程实施方案.docx⟧</h3><p>⟦m 28.6KB　分享于 3天前　过期时间：永久有效⟧</p></div>
<div class="btns">⟦a 保存到网盘　下载(28.6KB)⟧</div>
<div class="preview">
{BODY}
</div>
<div class="rp">⟦a 举报⟧</div>
</body></html>
""",
        body="""
为落实体育与健康课程要求，学校决定在七、八年级开设校园定向运动课程。
课程每两周一课时，由体育组教师任教，地理组教师协助地图教学。
学校将在校园内设置二十个永久检查点，绘制校园定向地图。
篙县实验中学
二〇二五年二月二十八日
""",
    ),
    dict(
        slug="snapshot-text-orienteering-trail-closure",
        site="快搜网页快照 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="text",
        source="http://cache.kuaisou.example.com/c?id=88120&u=slgy.gaoxian.example.cn",
        title="关于森林公园定向赛道临时封闭的公告",
        record_title=None,
        date="2025-11-06",
        notes="text-only snapshot: cache banner lines; original chrome; own 咨询电话",
        page="""
!d 您查看的是快搜在2025年11月09日 08:11 抓取的网页快照，不代表被搜索网站的即时页面
!a 点此访问原始网页
!m 篙县森林公园管理处
{T}
!m 发布时间：2025-11-06
{BODY}
!m 篙县森林公园管理处　版权所有
""",
        body="""
因冬季森林防火需要，公园定向赛道自11月10日起临时封闭，预计次年3月1日恢复开放。
封闭期间，游客请勿进入赛道区域，严禁携带火种进山。
咨询电话：0591-6620095
篙县森林公园管理处
2025年11月6日
""",
    ),
]

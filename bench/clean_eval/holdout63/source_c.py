"""holdout63, part C: 党建网, 医院官网, 高校官网, 地方论坛, 资料下载站, 人事考试网. Invented text."""

CASES = [
    dict(
        slug="dangjian-yanqu-html-salt-branch-lecture",
        site="盐区党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.yanqudj.example.cn/djyw/2025/0701/5512.html",
        title="盐场党委书记在“七一”专题党课上的讲话",
        date="2025-06-30",
        notes="Party-building site; date under title; speaker line neutral; font-size row",
        page="""
<html><head><meta charset="utf-8"><title>盐场党委书记在“七一”专题党课上的讲话--盐区党建网</title></head><body>
<div class="logo">⟦m 盐区党建网　不忘初心 牢记使命⟧</div>
<div class="nav">⟦m 首页 | 党建要闻 | 基层动态 | 学习园地 | 党员之家⟧</div>
<div class="pos">⟦m 您当前的位置 : 首页 > 学习园地⟧</div>
<h1>{T}</h1>
<p class="sub">北芦盐场党委书记　严志刚</p>
<p class="sub">（2025年6月30日）</p>
<div class="zh">⟦a 【字号：大 中 小】【我要打印】⟧</div>
{BODY}
<div class="zr">⟦m （责任编辑：蒋一帆）⟧</div>
<div class="ft">⟦m 中共北芦盐场委员会主办 技术支持：滨海信息中心⟧</div>
</body></html>
""",
        body="""
同志们：
今天，我以“守好盐田、干在一线”为题，和大家一起上一堂党课。
盐场是老企业，党员大多在生产一线。越是条件艰苦，越要发挥党员先锋模范作用。
希望每个支部都把党课讲到滩头，把实事办到班组。
""",
    ),
    dict(
        slug="dangjian-luchuan-text-ferry-party-member",
        site="蓼川先锋网 (invented)",
        style="党建网",
        genre="事迹材料",
        kind="report",
        form="text",
        source="http://xianfeng.luchuan.example/sj/2025/338.html",
        title="坚守渡口二十年的党员艄公——严长林同志先进事迹",
        record_title="坚守渡口二十年的党员艄公——严长林同志先进事迹【优秀事迹】",
        date=None,
        notes="decorated title; no date in document; views line and hot list",
        page="""
!m 蓼川先锋网
!m 首页 → 先锋模范 → 事迹材料
!t 坚守渡口二十年的党员艄公——严长林同志先进事迹【优秀事迹】
!m 发布人：组织办　阅读次数：896
{BODY}
!l 热点推荐
!l ·优秀共产党员推荐材料范文
!l ·最美基层干部事迹
!m 蓼川镇党委主办　地址：蓼川镇人民路1号
""",
        indent="\u3000\u3000",
        body="""
严长林，中共党员，蓼川镇渡口村人，2005年起担任村集体渡船船工。
二十年来，他风雨无阻，安全渡运群众50多万人次，从未发生一起事故。
汛期水大，他主动增加巡查，两次救起落水群众。
村民都说，有老严在，过河就放心。
""",
    ),
    dict(
        slug="hospital-weitingrenmin-html-kite-injury",
        site="苇汀县人民医院 (invented)",
        style="医院官网",
        genre="健康提示",
        kind="news",
        form="html",
        source="https://www.wtrmyy.example.org/jkkp/2025/0415.html",
        title="放风筝被线割伤怎么办？急诊科医生提醒",
        date="2025-04-15",
        notes="hospital site; floating consult box; byline date; 挂号 hotline vs body advice",
        page="""
<!DOCTYPE html><html><head><title>放风筝被线割伤怎么办？急诊科医生提醒-苇汀县人民医院</title></head><body>
<div class="hd">⟦m 苇汀县人民医院 二级甲等综合医院⟧ ⟦m 预约挂号：0719-3210120⟧</div>
<div class="nav">⟦m 医院概况 科室导航 专家介绍 就医指南 健康科普⟧</div>
<h1>{T}</h1>
<div class="by">⟦m 发布时间：2025-04-15　作者：急诊科 葛冬⟧</div>
{BODY}
<div class="float">⟦w 在线咨询 点击与医生对话⟧</div>
<div class="ft">⟦m 地址：苇汀县健康路99号⟧ ⟦d 本站健康信息仅供参考，不能代替医生诊疗。⟧</div>
</body></html>
""",
        body="""
春季放风筝的人多，急诊科近期接诊了多例风筝线割伤的患者。
如果被割伤，先用干净纱布按压止血，伤口较深或出血不止的，要尽快到医院缝合。
放风筝时最好戴手套，不要用手直接拉线。
""",
    ),
    dict(
        slug="hospital-haibin-text-salt-worker-checkup",
        site="滨海镇卫生院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.bhwsy.example/tzgg/219.html",
        title="关于为盐场职工开展职业健康体检的通知",
        record_title="关于为盐场职工开展职业健康体检的通知",
        record_date="2025-08-18",
        date="2025-08-18",
        notes="record date; hospital text; 联系电话 in body next to site phone",
        page="""
!m 滨海镇卫生院 | 首页 | 医院动态 | 通知公告 | 便民服务
{T}
!m 浏览：211次　【关闭】
{BODY}
!m 滨海镇卫生院版权所有　急救电话：0515-8888120
""",
        body="""
北芦盐场各车间、班组：
经与场部协商，卫生院将于8月25日至29日为盐场一线职工开展职业健康体检。
体检项目包括血常规、肝功能、胸片、皮肤科和眼科检查，费用由盐场承担。
请各车间按附表时间分批前来，体检前一天晚饭后禁食。
联系电话：0515-8888306（公卫科）
""",
    ),
    dict(
        slug="university-haiyang-html-silk-research",
        site="东渚海洋大学新闻网 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.dzhu.edu.example/info/1021/7713.htm",
        title="我校蚕桑团队在家蚕抗病品种选育上取得进展",
        date="2025-09-22",
        notes="university news; byline; photo credit; related news sidebar",
        page="""
<html><head><title>我校蚕桑团队在家蚕抗病品种选育上取得进展-东渚海洋大学新闻网</title></head><body>
<div class="top">⟦m 东渚海洋大学新闻网⟧ ⟦a 学校主页 English⟧</div>
<div class="menu">⟦m 首页 综合新闻 学术动态 媒体东大 校园时讯⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 来源：生命科学学院　作者：孙蔚　摄影：柯立　日期：2025-09-22　点击：⟧</div>
{BODY}
<div class="side">⟦l 相关新闻 · 学院召开科研工作推进会 · 研究生学术论坛举行⟧</div>
<div class="ft">⟦m 东渚海洋大学党委宣传部　地址：东渚市学府路1号⟧</div>
</body></html>
""",
        body="""
近日，生命科学学院蚕桑研究团队选育的家蚕新品种“东桑3号”通过省级审定。
该品种对脓病的抵抗力比对照品种提高约40%，茧层率达到24.5%。
团队负责人表示，下一步将在桑埠、蓼川等地扩大示范饲养。
""",
    ),
    dict(
        slug="university-zhiye-text-dragon-boat-team",
        site="菱港职业技术学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.lgzy.edu.example/xyxw/2025/0603.html",
        title="学院龙舟队在全省大学生龙舟赛中获佳绩",
        record_title="学院龙舟队在全省大学生龙舟赛中获佳绩_菱港职业技术学院",
        date="2025-06-03",
        notes="vocational college; byline 发布时间; title repeated twice; results table kept",
        page="""
!m 菱港职业技术学院　厚德 强技
!m 学院首页 >> 学院新闻 >> 正文
!t 学院龙舟队在全省大学生龙舟赛中获佳绩_菱港职业技术学院
{T}
!m 发布时间：2025-06-03 15:40:12　发布者：体育部
{BODY}
!a 【打印】【关闭】
!m Copyright 菱港职业技术学院 All Rights Reserved
""",
        body="""
5月31日至6月1日，全省大学生龙舟锦标赛在榆湾河举行，我院龙舟队获得两项奖牌。
项目　名次
200米直道竞速　第二名
500米直道竞速　第三名
这是我院龙舟队建队三年来的最好成绩。
""",
    ),
    dict(
        slug="localforum-ludian-html-ferry-stop",
        site="芦堰在线论坛 (invented)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="html",
        source="http://bbs.luyanol.example/thread-9920-1-1.html",
        title="江心洲渡口停航通知",
        record_title="[转帖] 江心洲渡口停航通知",
        date="2025-07-14",
        notes="county forum; jammer fonts; repost with 成文日期",
        page="""
<html><head><title>[转帖] 江心洲渡口停航通知 - 芦堰在线</title></head><body>
<div id="hd">⟦m 芦堰在线 · 芦堰人的网上家园⟧</div>
<div id="pt">⟦m 芦堰在线 › 民生关注 › 正文⟧</div>
<div class="pi">⟦m 楼主：江边人家　发表于 昨天 18:22⟧</div>
<h1>{T}</h1>
{BODY}
<div class="sign">⟦l 顶 | 踩 | 收藏 | 回复⟧</div>
<div class="hot">⟦l 本版热帖：芦堰哪里修手机靠谱？⟧</div>
<div id="ft">⟦m 芦堰在线 皖ICP备15022130号⟧</div>
</body></html>
""",
        junk=dict(lines=1, glued=1),
        body="""
受上游来水影响，江心洲渡口水位超过安全通航水位。自7月14日12时起渡口暂停渡运，恢复时间另行通知。
请过往群众绕行长江大桥，注意出行安全。
芦堰镇交通管理站
2025年7月14日
""",
    ),
    dict(
        slug="localforum-sangbu-text-cocoon-price",
        site="桑埠生活网论坛 (invented)",
        style="地方论坛",
        genre="帖子",
        kind="post",
        form="text",
        source="http://bbs.sangbulife.example/t/20417",
        title="今年春茧收购价出来了",
        record_title=None,
        date=None,
        notes="forum post without record title; title repeated; junk lines; no date",
        page="""
!m 桑埠生活网 > 三农天地
{T}
!m 作者：茧子哥　楼主　2小时前
{BODY}
!l 2楼　桑园小王：比去年高了两块
!a 回复本帖需要登录
""",
        junk=dict(lines=2, glued=1),
        body="""
刚从茧站回来，今年春茧收购价出来了。
上等茧每斤28元，中等茧25元，下等茧按质论价。
茧站说今年收烘能力扩大了，不用排长队。大家卖茧前把茧子摊开晾一晾，别捂着。
""",
    ),
    dict(
        slug="download-ruanwen-html-pigeon-race-form",
        site="软文资料下载站 (invented)",
        style="资料下载站",
        genre="表格",
        kind="form",
        form="html",
        source="http://www.ruanwenxz.example/soft/8812.html",
        title="信鸽竞翔赛报名表及参赛须知",
        record_title="信鸽竞翔赛报名表及参赛须知 Word版免费下载",
        date=None,
        notes="download station; file info table; mirror links; template placeholders kept",
        page="""
<html><head><meta charset="gb2312"><title>信鸽竞翔赛报名表及参赛须知 Word版免费下载_软文资料下载站</title></head><body>
<table><tr><td>⟦m 软文资料下载站 - 绿色、安全、免费⟧</td></tr></table>
<div class="pos">⟦m 首页 → 文档资料 → 表格模板⟧</div>
<h1>{T}</h1>
<table class="info"><tr><td>⟦m 大小：36KB⟧</td><td>⟦m 语言：简体中文⟧</td><td>⟦m 更新：2025-03-02⟧</td></tr></table>
<div class="intro">
{BODY}
</div>
<div class="down">⟦a 下载地址：电信下载 | 联通下载 | 本地高速下载⟧</div>
<div class="err">⟦a 报告错误⟧</div>
<div class="ft">⟦d 本站资源均来自网络，如有侵权请联系删除⟧</div>
</body></html>
""",
        body="""
参赛人姓名：________　联系电话：________
足环号：________　羽色：________　雌雄：____
参赛须知：
1.每羽参赛鸽报名费100元，交棚时一次缴清。
2.参赛鸽须有当年防疫证明。
3.比赛成绩以电子踏板记录为准。
""",
    ),
    dict(
        slug="download-wenziwang-text-kite-making-guide",
        site="文字网资料库 (invented)",
        style="资料下载站",
        genre="教案",
        kind="plan",
        form="text",
        source="http://down.wenziwang.example/jiaoan/4471.html",
        title="三年级劳动课《扎风筝》教学设计",
        record_title="三年级劳动课《扎风筝》教学设计.doc",
        date=None,
        notes="file-name title; download info lines; 打印 in content kept",
        page="""
!m 文字网资料库 | 教案 | 课件 | 试卷
!m 资料类型：教学设计　授权：免费　下载次数：388
!t 三年级劳动课《扎风筝》教学设计.doc
{BODY}
!a 【立即下载】【加入下载篮】
!d 资料仅供教师备课参考，请勿用于商业用途。
""",
        body="""
教学目标：了解风筝的结构，学会用竹条扎制简单的“王”字形骨架。
教学准备：竹条、棉线、剪刀、彩纸，教师提前把风筝图样打印出来发给每组。
教学过程：
1.导入：展示几种传统风筝，请学生说说它们的形状。
2.示范：教师讲解骨架绑扎的方法。
3.实践：学生分组制作，教师巡回指导。
4.展示：各组展示作品，互相评价。
""",
    ),
    dict(
        slug="rsks-yuwan-html-ferry-crew-hiring",
        site="榆湾人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://www.ywrsks.example.cn/kszx/2025/1102.html",
        title="榆湾县交通运输局2025年公开招聘渡运安全员公告",
        date="2025-10-28",
        notes="exam site; post table; 报名电话 kept; 成文日期",
        page="""
<html><head><title>榆湾县交通运输局2025年公开招聘渡运安全员公告</title></head><body>
<div class="hd">⟦m 榆湾人事考试网⟧ ⟦m 考试咨询：0719-6601234⟧</div>
<div class="nav">⟦m 首页 考试信息 招聘公告 成绩查询 证书办理⟧</div>
<h2>{T}</h2>
<div class="src">⟦m 来源：县人社局　发布：2025-10-30⟧</div>
{BODY}
<div class="att">⟦a 相关下载：报名表.doc⟧</div>
<div class="ft">⟦m 榆湾县人力资源和社会保障局　版权所有⟧</div>
</body></html>
""",
        body="""
因工作需要，县交通运输局面向社会公开招聘渡运安全员4名。
岗位　人数　要求
渡口安全员　3　高中及以上学历
船舶检查员　1　大专及以上学历
报名时间：11月3日至7日，报名电话：0719-6602871。
榆湾县交通运输局
2025年10月28日
""",
    ),
    dict(
        slug="rsks-haidong-text-salt-exam-notice",
        site="海东人事考试信息网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://rsks.haidong.example/ks/2025/561.html",
        title="关于2025年盐业行业技能等级认定考试的通知",
        record_title="关于2025年盐业行业技能等级认定考试的通知（附报名表）",
        date="2025-04-02",
        notes="decorated title; date in Chinese numerals; 附件 list kept; 打印 准考证 content kept",
        page="""
!m 海东人事考试信息网　www.hdrsks.example
!m 首页　>　通知公告
!t 关于2025年盐业行业技能等级认定考试的通知（附报名表）
!m 访问次数：4428　【字体：小 中 大】
{BODY}
!a 分享到：
!m 主办：海东市人事考试中心
""",
        body="""
各有关单位：
2025年盐业行业技能等级认定考试定于5月17日举行，现将有关事项通知如下。
一、工种：制盐工、盐田工、卤水工。
二、考生请于5月12日起登录报名系统自行打印准考证。
附件：1.报名表
2.考点分布
海东市人事考试中心
二〇二五年四月二日
""",
    ),
]

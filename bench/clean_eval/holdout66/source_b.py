"""holdout66, part B: xiangqi (Chinese chess) clubs, tournaments, teachers and players. Invented text."""

CASES = [
    dict(
        slug="collection-laoqiao-xiangqi-essay-oneline",
        site="老乔文存 (invented)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="http://laoqiaowencun.example.org/juan2/031.html",
        title="巷口那盘棋",
        record_title="《老乔文存》卷二·巷口那盘棋",
        date=None,
        notes="collection chapter on one line; prev/next chapter; no date",
        page="""
!m 老乔文存 · 卷二 杂忆
!m 目录 | 上一篇：粮站的秤 | 下一篇：冬夜听书
{T}
{BODY}
!l ← 粮站的秤　　冬夜听书 →
!m 全集共148篇　本篇字数 312
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
小时候住在珲口老街，巷口有棵歪脖子槐树，树下常年摆着一盘象棋。
下棋的多是退休的老工人，看棋的比下棋的多，谁支了一步臭招，一圈人都跟着叹气。
我那时候只会马走日、象走田，却也蹲在旁边看得入迷。
后来槐树砍了，巷子拆了，那盘棋不知去了哪里，可那些叹气声我一直记得。
""",
    ),
    dict(
        slug="dangjian-junhe-xiangqi-party-day-html",
        site="瑾河党建网 (invented)",
        style="党建网",
        genre="新闻",
        kind="news",
        form="html",
        source="http://www.jinhedj.gov.cn/jcdj/202407/t20240705_8821.html",
        title="瑾河县机关工委举办“棋聚初心”象棋友谊赛",
        record_title="瑾河县机关工委举办“棋聚初心”象棋友谊赛_基层党建_瑾河党建网",
        date="2024-07-05",
        notes="party-building site; font-size row; byline date; QR prompt",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>瑾河县机关工委举办“棋聚初心”象棋友谊赛_基层党建_瑾河党建网</title>
<script>var pageid="8821";</script></head><body>
<div class="head">⟦m 瑾河党建网⟧ ⟦m 中共瑾河县委组织部主办⟧</div>
<div class="nav">⟦m 首页 | 要闻 | 基层党建 | 干部工作 | 人才工作 | 党员教育⟧</div>
<div class="loc">⟦m 您的位置：首页 &gt; 基层党建⟧</div>
<h2>{T}</h2>
<p class="info">⟦m 来源：县直机关工委　发布时间：2024-07-05　【字号：大 中 小】⟧</p>
{BODY}
<p class="qr">⟦a 扫一扫在手机打开当前页⟧</p>
<div class="side">⟦l 图片新闻⟧ ⟦l 七一表彰大会隆重召开⟧ ⟦l 党员志愿者走进敬老院⟧</div>
<div class="foot">⟦m 地址：瑾河县人民路18号　邮编：656300⟧ ⟦m 滇ICP备12004513号-1⟧</div>
</body></html>
""",
        body="""
7月3日，瑾河县直机关工委在县老干部活动中心举办“棋聚初心”象棋友谊赛，来自28个机关党支部的56名党员参赛。
比赛采用积分循环制，经过七轮角逐，县税务局支部赵明辉获得个人第一名，县水务局支部获得团体第一名。
机关工委负责人表示，以棋会友既丰富了党员业余生活，也增进了支部之间的交流。
""",
    ),
    dict(
        slug="hospital-qichuan-rehab-xiangqi-therapy",
        site="琪山县中医医院 (invented)",
        style="医院官网",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.qsxzyy.com/news/kszc/2024/1120/602.html",
        title="康复科引入象棋训练助力脑卒中患者认知恢复",
        record_title="康复科引入象棋训练助力脑卒中患者认知恢复-琪山县中医医院",
        date="2024-11-20",
        notes="hospital site; department's phone next to the hospital's hotline; booking chrome",
        page="""
!m 琪山县中医医院　二级甲等中医医院
!m 首页 / 新闻中心 / 科室动态
{T}
!m 发布日期：2024年11月20日　来源：康复医学科　浏览：388
{BODY}
!w 预约挂号请拨打 0878-3326120 或关注医院服务号
!l 上一条：冬季养生讲座走进社区
!l 下一条：我院顺利通过中医护理质控检查
!m 医院地址：琪山县永昌路99号　急诊电话：0878-3326999
""",
        body="""
近日，医院康复医学科在认知训练中引入象棋项目，帮助脑卒中恢复期患者锻炼注意力和记忆力。
康复治疗师根据患者情况设计残局练习，由易到难，每次训练二十分钟。三周来，参加训练的11名患者注意力评分普遍提高。
科室欢迎有需要的患者咨询，康复医学科咨询电话：0878-3326158。
""",
    ),
    dict(
        slug="university-pujin-xiangqi-elective-html",
        site="璞岭师范学院 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://jwc.plsy.edu.cn/info/1031/7720.htm",
        title="关于开设《象棋文化与对弈》公共选修课的通知",
        record_title="关于开设《象棋文化与对弈》公共选修课的通知-教务处",
        date="2025-02-24",
        notes="university page; timetable table; 撰稿/审核 line as meta",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于开设《象棋文化与对弈》公共选修课的通知-教务处</title></head><body>
<div class="top">⟦m 璞岭师范学院教务处⟧ ⟦a English⟧ ⟦a 校内门户⟧</div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 教学运行⟧</li><li>⟦m 实践教学⟧</li><li>⟦m 下载专区⟧</li></ul>
<h1>{T}</h1>
<div class="info">⟦m 发布时间：2025-02-24　点击：<span>607</span>⟧</div>
<div class="v_news_content">
{BODY}
</div>
<p class="editor">⟦m 撰稿：教务科　审核：周珂⟧</p>
<div class="pn">⟦l 上一篇：2025年春季学期补考安排⟧ ⟦l 下一篇：关于启用新版教学日历的通知⟧</div>
<div class="foot">⟦m Copyright © 璞岭师范学院 版权所有⟧</div>
</body></html>
""",
        body="""
各学院：
经学校批准，本学期新开设《象棋文化与对弈》公共选修课，1学分，限选80人。安排如下：
周次　时间　地点
3—10周　周三晚7、8节　博文楼302
11—16周　周三晚7、8节　学生活动中心棋室
请学生于3月1日前登录教务系统选课。
教务处
2025年2月24日
""",
    ),
    dict(
        slug="localforum-shanhu-xiangqi-park-post",
        site="珲口论坛 (invented)",
        style="地方论坛",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.huikouluntan.com/forum.php?mod=viewthread&tid=90412",
        title="人民公园棋友文明下棋倡议",
        record_title=None,
        date="2024-09-08",
        date_also=["2024-09-09"],
        notes="no title in record; forum junk; post time vs document date",
        page="""
!m 珲口论坛 - 珲口人自己的网上家园
!m 珲口论坛 » 百姓话题 » 帖子详情
!t 【倡议】人民公园棋友文明下棋倡议
!m 楼主 棋迷老葛　发表于 2024-9-9 08:33 | 只看楼主 | 倒序浏览
{BODY}
!l 回复本帖　　支持(15)　反对(0)
!l 沙发 小马过河：赞成，有的人围观还爱支招
!m 珲口论坛客服QQ：2810041177
""",
        junk=dict(lines=2, glued=1),
        body="""
各位棋友：
人民公园凉亭一直是大家下棋的好去处，最近游客反映有人下棋大声争吵、烟头乱扔。为此倡议：
一、观棋不语，不替人支招，输赢不争吵。
二、凉亭内不吸烟，自带垃圾袋。
三、不在亭内赌彩头，不占座过夜。
人民公园棋友会
2024年9月8日
""",
    ),
    dict(
        slug="download-ziyuanku-xiangqi-lesson-plan-html",
        site="资源库下载站 (invented)",
        style="资料下载站",
        genre="教案",
        kind="plan",
        form="html",
        source="http://www.zykxz.net/soft/jiaoan/30218.html",
        title="小学象棋兴趣课教案：炮的走法",
        record_title="小学象棋兴趣课教案：炮的走法 免费下载",
        date=None,
        notes="old table download page with file-info table and mirror links; no date (update stamp)",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"><title>小学象棋兴趣课教案：炮的走法 免费下载 - 资源库下载站</title></head>
<body><table width="960" align="center"><tr><td>⟦m 资源库下载站 www.zykxz.net⟧</td><td>⟦a 加入收藏⟧ ⟦a 设为首页⟧</td></tr></table>
<table width="960" align="center"><tr><td>⟦m 当前位置：首页 → 教案课件 → 兴趣课⟧</td></tr></table>
<table width="960" align="center" border="1">
<tr><td>⟦m 软件大小：36KB⟧</td><td>⟦m 更新时间：2024-12-01⟧</td></tr>
<tr><td>⟦m 授权方式：免费⟧</td><td>⟦m 运行环境：Win/WPS⟧</td></tr>
</table>
<h3>{T}</h3>
{BODY}
<table width="960" align="center"><tr><td>⟦a 下载地址：电信下载 联通下载 备用下载⟧</td></tr>
<tr><td>⟦a 链接失效请点此报错⟧</td></tr></table>
<div>⟦d 本站资源均来自网络，仅供学习研究，请于下载后24小时内删除。⟧</div>
</body></html>
""",
        body="""
教学目标：认识炮的走法和吃子规则，能在棋盘上正确走炮。
教学准备：大盘演示棋盘一副，学生每两人一副棋。
教学过程：
1.复习车的走法，提问车和炮有什么不同。
2.讲解“炮打隔子”：炮吃子时必须隔一个棋子。
3.分组练习：每组完成五道炮吃子题。
4.小结：炮行直线，吃子要“翻山”。
""",
    ),
    dict(
        slug="exam-chenzhou-referee-notice",
        site="琛州市人事考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.czrsks.gov.cn/kwgg/2025/0410/3317.html",
        title="琛州市2025年社会体育指导员（棋类）职业技能等级认定公告",
        record_title="【考务公告】琛州市2025年社会体育指导员（棋类）职业技能等级认定公告",
        date="2025-04-10",
        notes="exam site; 打印准考证 sentence kept; consult phone vs site tech line; schedule table",
        page="""
!m 琛州市人事考试网
!m 首页 > 考务公告 > 技能认定
{T}
!m 发布时间：2025-04-10 09:00　来源：市人事考试中心
!a 【打印】【关闭】
{BODY}
!m 技术支持电话（仅限网站报名系统故障）：0735-2270011
!l 相关公告：2025年上半年专业技术人员职业资格考试安排
""",
        body="""
一、报名时间：2025年4月15日至4月25日，网上报名。
二、考试安排：
科目　日期　时间
理论知识　5月18日　9:00—10:30
技能操作　5月18日　14:00—17:00
三、考生于5月14日起登录本网站打印准考证。
四、咨询电话：0735-2271830（工作日）。
琛州市人事考试中心
2025年4月10日
""",
    ),
    dict(
        slug="tender-zhutian-chess-tables-result-html",
        site="珈田县公共资源交易网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://ggzy.jiatian.gov.cn/jyxx/zfcg/zbgg/20240614/88214.html",
        title="珈田县老年活动中心石制棋桌采购项目中标结果公告",
        record_title="珈田县老年活动中心石制棋桌采购项目中标结果公告",
        date="2024-06-14",
        notes="tender portal; buyer and agency contacts kept beside the CA hotline",
        page="""
<html><head><meta charset="utf-8"><title>珈田县公共资源交易网</title></head><body>
<div class="hd">⟦m 珈田县公共资源交易网⟧ ⟦a 登录⟧ ⟦a 注册⟧</div>
<div class="nav">⟦m 首页 交易信息 政策法规 服务指南 信用信息⟧</div>
<div class="bread">⟦m 交易信息 ＞ 政府采购 ＞ 中标公告⟧</div>
<h3>{T}</h3>
<div class="sub">⟦m 信息时间：2024-06-14　阅读次数：92⟧</div>
{BODY}
<div class="f">⟦m CA办理及技术服务热线：400-880-5116⟧</div>
<div class="f">⟦d 本网站发布的信息仅供参考，以原件为准。⟧</div>
</body></html>
""",
        body="""
一、项目编号：JTCG-2024-0517
二、中标信息：
供应商名称　中标金额（元）
珈田县石艺工坊有限公司　86400
三、主要标的：花岗岩棋桌24套，含石凳96个。
四、采购人：珈田县老年活动中心　联系人：潘先生　电话：0879-6120035
五、代理机构：珈田诚信招标代理有限公司　联系人：卢女士　电话：0879-6130288
""",
    ),
    dict(
        slug="lawfirm-heyi-xiangqi-gambling-lecture",
        site="和益律师事务所 (invented)",
        style="律所网站",
        genre="普法文章",
        kind="other",
        form="text",
        source="https://www.heyilawyer.cn/article/2024/351.html",
        title="公园下棋“带彩头”，是否构成赌博？",
        record_title="法律讲堂丨公园下棋“带彩头”，是否构成赌博？",
        date="2024-08-16",
        notes="law firm article; consult prompt chrome; disclaimer; date only in byline",
        page="""
!m 和益律师事务所 HEYI LAW FIRM
!m 首页 ｜ 律所概况 ｜ 专业领域 ｜ 法律讲堂 ｜ 联系我们
!t 法律讲堂丨公园下棋“带彩头”，是否构成赌博？
!m 作者：戴志远律师　发布于：2024-08-16
{BODY}
!w 如需法律咨询，请致电 400-660-3291 或扫码添加律师助理
!d 本文仅为普法交流，不构成对具体案件的法律意见。
""",
        body="""
不少老人在公园下象棋时约定输一局给五块钱，这是否违法？
根据《治安管理处罚法》，以营利为目的、赌资较大的才构成赌博违法行为。小额娱乐性质的彩头一般不予处罚，但若有人专门组织、抽头获利，就可能受到处罚，情节严重的还可能涉嫌犯罪。
建议棋友们以娱乐为主，不赌钱、不押物。
""",
    ),
    dict(
        slug="community-liuxiang-xiangqi-room-html",
        site="柳巷社区网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="http://liuxiang.sqfw.example.cn/gg/2024/0305.html",
        title="柳巷社区棋牌室开放时间调整的通知",
        record_title=None,
        date="2024-03-05",
        notes="residents' site with weather widget; no record title; 扫码预约 in body",
        page="""
<html><head><meta charset="utf-8"><title>柳巷社区棋牌室开放时间调整的通知 - 柳巷社区网</title></head><body>
<div class="top">⟦m 柳巷社区网⟧ <span class="weather">⟦m 今日 多云 12~19℃⟧</span></div>
<div class="menu">⟦m 社区首页 居务公开 便民服务 志愿活动⟧</div>
<h1>{T}</h1>
{BODY}
<div class="op">⟦l 点赞 0　|　评论 0⟧</div>
<div class="foot">⟦m 柳巷社区居委会　服务电话：0871-64180022⟧</div>
</body></html>
""",
        body="""
各位居民：
因冬季取暖结束，社区棋牌室自3月11日起开放时间调整为每日8:30—11:30、14:00—17:30，周一闭馆清洁。
棋牌室只供下象棋、围棋和打扑克娱乐，严禁赌博。需要组织比赛的居民，请扫码预约场地或到居委会登记。
柳巷社区居民委员会
2024年3月5日
""",
    ),
    dict(
        slug="association-yongfu-xiangqi-council-minutes",
        site="璐溪县象棋协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://www.luxixqxh.org.cn/xhdt/2025/0112.html",
        title="璐溪县象棋协会第二届理事会第三次会议纪要",
        record_title="【协会动态】璐溪县象棋协会第二届理事会第三次会议纪要",
        date="2025-01-11",
        date_also=["2025-01-12"],
        notes="minutes' 时间/地点/主持 lines kept; member login chrome; page date vs meeting date",
        page="""
!m 璐溪县象棋协会
!a 会员登录　｜　入会申请
!m 首页 > 协会动态
!t 【协会动态】璐溪县象棋协会第二届理事会第三次会议纪要
!m 2025-01-12　秘书处
{BODY}
!l 上一篇：2024年会员等级分公示
!m 协会地址：璐溪县文化宫三楼　邮箱：lxxqxh@example.cn
""",
        body="""
时间：2025年1月11日下午3时
地点：县文化宫三楼会议室
主持：会长 宋长庚
出席：理事15人
会议审议通过了2024年工作报告和财务收支情况，研究确定2025年举办县运会象棋项目、少儿等级赛和“村村有棋盘”活动。
会议同意吸收新会员42名。
记录：邓晓
""",
    ),
]

"""holdout174, part B: fly swatters (苍蝇拍) — invented sites, counties, people and chrome."""

CASES = [
    dict(
        slug="dangjian-flyswatter-branch-speech-html",
        site="瑛川党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.ycdj.example.gov.cn/djyw/2024/0610/1920.html",
        title="在爱国卫生月“拍蝇灭蚊”志愿服务启动仪式上的讲话",
        record_title="【基层动态】在爱国卫生月“拍蝇灭蚊”志愿服务启动仪式上的讲话",
        date="2024-06-07",
        notes="Party-building site; decorated title; date under the speech title in Chinese numerals; speaker line neutral",
        page="""
<html><head><meta charset="utf-8"><title>瑛川党建网</title></head><body>
<div class="banner">⟦m 瑛川党建网⟧ ⟦m 瑛川县委组织部主办⟧</div>
<div class="menu">⟦m 首页⟧ ⟦m 党建要闻⟧ ⟦m 基层动态⟧ ⟦m 党员教育⟧ ⟦m 先锋模范⟧</div>
<div class="where">⟦m 位置：首页-基层动态⟧</div>
<h1>{T}</h1>
<p class="sub">（二〇二四年六月七日）</p>
<p class="sub">瑛川镇党委副书记　甘立群</p>
{BODY}
<div class="bar">⟦a 字体：[大] [中] [小]⟧ ⟦a 收藏本页⟧</div>
<div class="list"><b>⟦l 更多基层动态⟧</b><p>⟦l 城关社区开展党员“微心愿”认领活动⟧</p><p>⟦l 瑛川镇召开两新组织党建推进会⟧</p></div>
<div class="copy">⟦d 版权所有：中共瑛川县委组织部　未经授权不得复制⟧ ⟦m 技术支持：瑛川县信息中心⟧</div>
</body></html>
""",
        body="""
同志们、志愿者朋友们：
夏季是蚊蝇孳生的高峰期，今天我们在这里启动“拍蝇灭蚊”志愿服务，就是要发动党员和群众一起动手，清除病媒生物孳生地。
镇里为每个村、社区准备了苍蝇拍两千把、灭蚊灯一百台，请各支部组织党员带头入户发放，教会老人正确使用。
希望各党支部把这项活动与环境整治结合起来，做到垃圾日产日清、沟渠定期清淤。
让我们以实际行动守护群众健康，让党旗在爱国卫生运动中高高飘扬。
""",
    ),
    dict(
        slug="hospital-flyswatter-ward-notice-html",
        site="珏山县人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.jsxrmyy.example.com/news/hq/2024/0515/302.html",
        title="关于病区统一配置苍蝇拍和防蝇门帘的通知",
        record_title="关于病区统一配置苍蝇拍和防蝇门帘的通知-珏山县人民医院",
        date="2024-05-14",
        date_also=["2024-05-15"],
        notes="hospital site; document's 联系电话 beside the hospital's 24-hour line and 预约挂号; date under signature",
        page="""
<!DOCTYPE html><html><head><title>关于病区统一配置苍蝇拍和防蝇门帘的通知-珏山县人民医院</title></head><body>
<div class="top">⟦m 珏山县人民医院⟧ ⟦m 二级甲等综合医院⟧ ⟦m 24小时急救电话：0558-7120120⟧</div>
<ul class="nav"><li>⟦m 医院概况⟧</li><li>⟦m 科室导航⟧</li><li>⟦m 专家介绍⟧</li><li>⟦m 就医指南⟧</li><li>⟦m 院务公开⟧</li></ul>
<div class="crumb">⟦m 首页 > 院务公开 > 后勤通知⟧</div>
<h2>{T}</h2>
<div class="info">⟦m 发布：后勤保障部　2024-05-15　阅读 98 次⟧</div>
{BODY}
<div class="side">⟦a 预约挂号⟧ ⟦a 报告查询⟧ ⟦a 满意度调查⟧</div>
<div class="foot">⟦m 地址：珏山县人民路35号⟧ ⟦d Copyright © 珏山县人民医院 All Rights Reserved⟧ ⟦m 皖ICP备15003322号⟧</div>
</body></html>
""",
        body="""
各临床科室、医技科室：
为做好夏季病媒生物防制，防止蚊蝇传播疾病，后勤保障部将于5月20日前为各病区统一配置苍蝇拍和防蝇门帘。
一、每个病区配置苍蝇拍4把、防蝇门帘2幅，由护士长签字领取。
二、苍蝇拍使用后应用含氯消毒液擦拭，放置于治疗室指定位置，不得放在病人床头。
三、病区内禁止使用粘蝇纸和杀虫喷雾，发现蝇类密度较高时请及时报后勤保障部处理。
联系电话：0558-7123418（院内分机3418）。
后勤保障部
2024年5月14日
""",
    ),
    dict(
        slug="university-flyswatter-dorm-hygiene-check",
        site="瑭岭职业技术学院 (invented)",
        style="高校官网",
        genre="通报",
        kind="notice",
        form="text",
        source="https://xsc.tlvtc.example.edu.cn/info/1032/5518.htm",
        title="关于5月份学生宿舍卫生检查情况的通报",
        record_title="关于5月份学生宿舍卫生检查情况的通报-学生工作处",
        date="2024-06-03",
        notes="university student affairs page; table rows kept; the body mentions 苍蝇拍 as inspection item; footer",
        page="""
!m 瑭岭职业技术学院 学生工作处
!m 首页 » 通知公告 » 正文
{T}
!m 作者：宿管中心　　来源：学生工作处　　发布时间：2024-06-03　　点击：[377]
{BODY}
!a 【打印本页】　【关闭】
!l 上一条：关于开展毕业生离校安全教育的通知
!l 下一条：2024届毕业生宿舍退宿安排
!m 版权所有 瑭岭职业技术学院学生工作处　地址：瑭岭市大学城学府路9号
""",
        body="""
各二级学院：
5月27日至31日，宿管中心对全校学生宿舍进行了卫生检查，重点检查垃圾清理、防蝇防蚊和违规电器等情况。
检查结果如下：
学院　检查间数　优秀　合格　不合格
机电工程学院　212　96　108　8
信息工程学院　187　102　81　4
财经商贸学院　165　88　75　2
检查中发现，部分宿舍垃圾隔夜未倒，引来大量苍蝇；个别宿舍存放食物未加盖。请各学院督促学生每日清理垃圾，宿舍楼每层已配备公用苍蝇拍，学生可到值班室借用。
学生工作处
2024年6月3日
""",
    ),
    dict(
        slug="localforum-flyswatter-market-complaint-html",
        site="璟溪论坛 (invented)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="https://bbs.jingxi.example.com/forum.php?mod=viewthread&tid=118203",
        title="菜市场熟食摊苍蝇太多，谁来管管？",
        record_title="[民生求助] 菜市场熟食摊苍蝇太多，谁来管管？ - 民生热线 - 璟溪论坛",
        date="2024-07-12",
        notes="county forum (Discuz-like) with jammer fonts; floor post with an official reply; 发表于 as page date",
        junk=dict(lines=1, glued=2),
        page="""
<html><head><title>[民生求助] 菜市场熟食摊苍蝇太多，谁来管管？ - 民生热线 - 璟溪论坛</title></head><body>
<div id="hd">⟦m 璟溪论坛⟧ ⟦m 璟溪人的网上家园⟧ <a>⟦a 登录⟧</a> <a>⟦a 立即注册⟧</a></div>
<div id="pt">⟦m 璟溪论坛 › 民生热线 › 查看内容⟧</div>
<h1>{T}</h1>
<div class="authi">⟦m 楼主 溪边的鱼　发表于 2024-7-12 08:33⟧ ⟦m 只看该作者⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="rate">⟦l 回复 支持(26) 反对(0)⟧</div>
<div class="sign">⟦l 沙发 璟溪市场监管：您反映的问题已转城东所核查，感谢监督。⟧</div>
<div id="ft">⟦d 本帖仅代表网友个人观点，与本站立场无关⟧ ⟦m Powered by Discuz! X3.4⟧</div>
</body></html>
""",
        body="""
城东菜市场进门右手边那几家熟食摊，卤菜、凉拌菜都敞着放，上面爬满了苍蝇。
摊主手里拿个苍蝇拍偶尔挥两下，根本赶不过来，也没有防蝇罩。
天气这么热，这样卖出去的东西吃了拉肚子谁负责？
希望市场管理方和相关部门来看看，至少要求摊位都配上纱罩和灭蝇灯。
""",
    ),
    dict(
        slug="download-flyswatter-injection-rules-html",
        site="工控资料站 (invented)",
        style="资料下载站",
        genre="制度",
        kind="other",
        form="html",
        source="http://www.gkzlz.example.net/soft/87120.html",
        title="塑料苍蝇拍注塑车间安全操作规程",
        record_title="塑料苍蝇拍注塑车间安全操作规程.doc下载",
        date=None,
        notes="download station: file-info table, mirror links, dead-link report; numbered rules; no date (upload stamp only)",
        page="""
<html><head><meta charset="gbk"><title>塑料苍蝇拍注塑车间安全操作规程.doc下载</title></head><body>
<div class="logo">⟦m 工控资料站 - 免费工业资料下载⟧</div>
<div class="path">⟦m 当前位置：首页 → 安全管理 → 操作规程⟧</div>
<h1>{T}</h1>
<table class="info">
<tr><td>⟦m 资料大小：42KB⟧</td><td>⟦m 资料语言：简体中文⟧</td></tr>
<tr><td>⟦m 更新时间：2024-04-03⟧</td><td>⟦m 下载次数：310⟧</td></tr>
</table>
<div class="intro">
{BODY}
</div>
<div class="down">⟦a 电信下载1⟧ ⟦a 联通下载2⟧ ⟦a 备用下载3⟧ ⟦a 下载地址失效？点此报告⟧</div>
<div class="ft">⟦d 本站资料均收集于互联网，如有侵权请联系删除⟧</div>
</body></html>
""",
        body="""
1.开机前检查注塑机安全门、急停按钮和液压系统，确认安全门联锁有效后方可开机。
2.更换苍蝇拍模具时必须停机断电，并在操作箱上挂“正在检修，禁止合闸”警示牌。
3.取出制品时严禁将手伸入模具分型面之间，粘模的拍面应使用专用铜钩取出。
4.料斗加料时应佩戴防护手套，防止烫伤，烘料温度不得超过规定值。
5.下班前清理机台周边废料，关闭电源、冷却水和气源，填写交接班记录。
""",
    ),
    dict(
        slug="exam-flyswatter-cdc-vector-staff-notice",
        site="琰州人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.yzpta.example.gov.cn/ksxx/2024/0422/1180.html",
        title="琰州市疾控中心2024年公开招聘病媒生物防制岗位工作人员面试公告",
        record_title="琰州市疾控中心2024年公开招聘病媒生物防制岗位工作人员面试公告",
        record_date="2024-04-22",
        date="2024-04-22",
        notes="exam site; the document's 咨询电话 beside the site's technical line; body says to 打印 the 准考证; interview timetable",
        page="""
!m 琰州人事考试网　欢迎您！
!m 首页 ＞ 考试信息 ＞ 事业单位招聘
{T}
!m 发布日期：2024-04-22　　来源：本网　　访问量：3,840
{BODY}
!m 网站技术支持电话：0731-8820917（工作日9:00-17:00）
!l 【上一篇】琰州市2024年度公务员考试笔试成绩查询
!l 【下一篇】琰州市卫健系统招聘资格复审公告
""",
        body="""
根据琰州市疾病预防控制中心2024年公开招聘工作安排，现将病媒生物防制岗位面试有关事项公告如下。
一、面试时间和地点
岗位　面试时间　面试地点
病媒生物防制（一）　4月28日上午8:30　市疾控中心四楼会议室
病媒生物防制（二）　4月28日下午14:00　市疾控中心四楼会议室
二、面试形式
面试采取结构化面试加实操测试的方式，实操内容包括蝇类密度调查、诱蝇笼布放和苍蝇拍拍打法计数等。
三、其他事项
考生须于4月26日后登录本网打印面试准考证，面试当天凭准考证和身份证原件入场。
咨询电话：0731-8839256。
""",
    ),
    dict(
        slug="tender-flyswatter-patriotic-health-bid",
        site="珲川县公共资源交易中心 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://ggzy.huichuan.example.gov.cn/jyxx/zbgs/202406/88231.html",
        title="珲川县爱卫办病媒防制物资采购项目中标结果公告",
        record_title="【采购结果】珲川县爱卫办病媒防制物资采购项目中标结果公告",
        date="2024-06-20",
        notes="tender platform; purchaser and agency contacts kept beside the CA hotline; bid result table; date in body end",
        page="""
!m 珲川县公共资源交易中心
!m 交易信息 > 政府采购 > 中标公告
!t 【采购结果】珲川县爱卫办病媒防制物资采购项目中标结果公告
!m 发布时间：2024-06-20 10:15　　信息来源：珲川县公共资源交易中心
{BODY}
!m CA证书办理咨询：400-870-6631
!a 我要投诉　　收藏项目　　打印公告
""",
        body="""
一、项目编号：HC2024-CG-0317
二、项目名称：珲川县爱卫办病媒防制物资采购项目
三、中标信息
包号　物资名称　中标供应商　中标金额（元）
1　苍蝇拍、灭蝇笼　珲川县丰禾日用品商行　38600
2　灭蚊灯、粘鼠板　琼溪环卫器材有限公司　71250
四、公告期限：自本公告发布之日起1个工作日。
五、联系方式
采购人：珲川县爱国卫生运动委员会办公室，联系人：龙凤霞，电话：0744-4821076。
代理机构：珲川诚立招标代理有限公司，联系人：史涛，电话：0744-4830552。
""",
    ),
    dict(
        slug="lawfirm-flyswatter-injury-lecture-html",
        site="瑾诚律师事务所 (invented)",
        style="律所网站",
        genre="讲稿",
        kind="other",
        form="html",
        source="https://www.jinchenglaw.example.com/view/case/271.html",
        title="电蚊拍伤人，商家要不要担责？",
        record_title="律所讲堂丨电蚊拍伤人，商家要不要担责？",
        date="2024-08-05",
        notes="law firm site; decorated title; 发布日期 as page date; not-legal-advice notice; consult prompt",
        page="""
<html><head><title>律所讲堂丨电蚊拍伤人，商家要不要担责？</title></head><body>
<div class="hd">⟦m 瑾诚律师事务所⟧ ⟦m 专业 · 诚信 · 高效⟧ ⟦w 免费咨询热线：400-630-1185⟧</div>
<div class="nav">⟦m 首页⟧ ⟦m 律所简介⟧ ⟦m 律师团队⟧ ⟦m 案例解析⟧ ⟦m 联系我们⟧</div>
<h2>{T}</h2>
<div class="meta">⟦m 发布日期：2024-08-05　作者：卓晴律师　浏览：146⟧</div>
{BODY}
<div class="tip">⟦d 本文仅为普法交流，不作为具体案件的法律意见⟧</div>
<div class="consult">⟦w 遇到产品质量纠纷？在线留言，律师24小时内回复⟧</div>
<div class="ft">⟦m 地址：瑾浦市新华路99号金融大厦18层⟧ ⟦d ©2024 瑾诚律师事务所⟧</div>
</body></html>
""",
        body="""
夏天不少家庭会用电蚊拍，也就是带电网的苍蝇拍。近日我所代理了一起电蚊拍致人受伤的纠纷。
消费者李某在网店购买的电蚊拍，使用时网面突然脱落，导致其手指被电击灼伤。
根据产品质量法的规定，因产品存在缺陷造成人身损害的，受害人可以向生产者要求赔偿，也可以向销售者要求赔偿。
本案中，经鉴定该电蚊拍网面固定结构不符合国家标准，法院判决网店承担赔偿责任，网店赔偿后可以向生产厂家追偿。
提醒大家购买电蚊拍时注意查看3C认证标志，并保存好购物凭证。
""",
    ),
    dict(
        slug="community-flyswatter-giveaway-notice",
        site="瑞景社区网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.ruijingsq.example.com/tz/2024-06-18.html",
        title="关于领取灭蝇灭蚊“爱心包”的通知",
        record_title="【社区公告】关于领取灭蝇灭蚊“爱心包”的通知",
        date="2024-06-18",
        notes="residents' site; the document's 联系电话 beside the property hotline; chrome line between paragraphs; gap layout",
        gap=True,
        page="""
!m 瑞景社区网｜邻里守望　共建家园
!t 【社区公告】关于领取灭蝇灭蚊“爱心包”的通知
!m 社区居委会　发布于 2024/06/18
{BODY}
!m 物业24小时服务热线：0591-8776 3300
!l 邻里留言（12）　我也说两句
""",
        body="""
各位居民：
为做好夏季爱国卫生工作，社区为辖区60岁以上老人和困难家庭准备了灭蝇灭蚊“爱心包”，内含苍蝇拍1把、蚊香2盒、防蚊纱网1幅。
⟦a 想第一时间收到社区通知？点此加入居民微信群⟧
领取时间：6月20日至22日，每天9:00至17:00。
领取地点：社区党群服务中心一楼大厅，请携带身份证或户口本。
行动不便的老人可电话预约，由网格员送货上门，联系电话：0591-8776 5102。
瑞景社区居民委员会
2024年6月18日
""",
    ),
    dict(
        slug="association-flyswatter-industry-report",
        site="璩城市日用塑料制品协会 (invented)",
        style="行业协会",
        genre="调研报告",
        kind="report",
        form="text",
        source="http://www.qcrysx.example.org.cn/hydt/2024/326.html",
        title="璩城市苍蝇拍生产企业发展情况调研报告",
        record_title="【协会动态】璩城市苍蝇拍生产企业发展情况调研报告",
        date="2024-03-26",
        notes="association site; decimal headings 1.1/1.2; data table; pages markers of my own form (⁽2⁾) glued in mix",
        pages=dict(fmt="⁽{n}⁾", every=170, start=2, glue="mix"),
        page="""
!m 璩城市日用塑料制品协会
!m 协会首页 / 行业动态 / 调研报告
!t 【协会动态】璩城市苍蝇拍生产企业发展情况调研报告
!m 发布人：秘书处　日期：2024-03-26
{BODY}
!a 加入协会｜会员登录｜在线缴费
!d 本网站内容归璩城市日用塑料制品协会所有，转载请注明出处
""",
        body="""
1.基本情况
1.1 企业数量。全市现有苍蝇拍生产企业及家庭作坊37家，其中规模以上企业5家，年产苍蝇拍约1.4亿把，占全国产量的三成左右。
1.2 主要产品。以注塑一体拍、钢丝柄拍和电蚊拍为主，出口占比约45%。
2.存在问题
2.1 同质化竞争严重，单把出厂价已降至0.3元左右。
2.2 家庭作坊环保设施不足，废塑料回收利用率偏低。
3.对策建议
3.1 推动企业开发可降解材料和儿童安全款式，提升产品附加值。
3.2 建立行业团体标准，引导作坊入园集中生产。
""",
    ),
    dict(
        slug="corp-flyswatter-company-news-html",
        site="丰禾日用品有限公司 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.fenghe-daily.example.com/news/show-58.html",
        title="公司可降解苍蝇拍通过欧盟检测",
        record_title="公司可降解苍蝇拍通过欧盟检测 - 丰禾日用品有限公司",
        date="2024-09-10",
        notes="company site; dotted date as byline; language switch, product menu; body mentions 扫码 as content",
        page="""
<html><head><title>公司可降解苍蝇拍通过欧盟检测 - 丰禾日用品有限公司</title></head><body>
<div class="top">⟦m 丰禾日用品有限公司⟧ ⟦m 中文 | EN⟧ ⟦w 销售热线：0744-4829900⟧</div>
<div class="nav">⟦m 首页⟧ ⟦m 关于丰禾⟧ ⟦m 产品中心⟧ ⟦m 新闻动态⟧ ⟦m 在线留言⟧</div>
<div class="bn">⟦m 新闻动态 NEWS⟧</div>
<h3>{T}</h3>
<div class="date">⟦m 2024.09.10　丰禾日用品⟧</div>
{BODY}
<div class="pg">⟦l 上一篇：丰禾参加广交会日用品展区⟧ ⟦l 下一篇：公司开展消防安全演练⟧</div>
<div class="ft">⟦m 地址：珲川县工业园区兴业路6号⟧ ⟦d Copyright © 丰禾日用品 版权所有⟧ ⟦m 湘ICP备20011873号⟧</div>
</body></html>
""",
        body="""
近日，公司研发的玉米淀粉基可降解苍蝇拍顺利通过欧盟食品接触材料迁移测试和可堆肥认证。
该产品拍面采用淀粉与聚乳酸复合材料，废弃后在工业堆肥条件下180天内可降解90%以上。
公司技术部经理邹明介绍，新产品研发历时两年，先后调整配方30余次，解决了拍面易断裂的难题。
目前已有两家欧洲客户下达试订单，首批20万把将于10月发货。
消费者扫描包装上的追溯码，即可查看原料批次和检测报告。
""",
    ),
    dict(
        slug="training-flyswatter-pest-control-course",
        site="璐江职业技能培训学校 (invented)",
        style="培训机构",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.ljzypx.example.com/kc/bmfz-2024.html",
        title="病媒生物防制员（初级）培训实施方案",
        record_title="学员必看｜病媒生物防制员（初级）培训实施方案",
        date="2024-05-06",
        notes="training school; the school's 报名电话 kept beside a 400 line; course table; free trial prompt",
        page="""
!m 璐江职业技能培训学校　政府补贴培训定点机构
!t 学员必看｜病媒生物防制员（初级）培训实施方案
!m 课程顾问：曹老师　更新于2024-05-06
!w 全国招生咨询：400-180-2256
{BODY}
!a 免费试听一节课，立即预约>>
!l 热门课程：育婴员｜保育师｜养老护理员｜电工
""",
        body="""
一、培训对象
物业、保洁、餐饮企业从事病媒生物防制工作的人员及有意从事该职业的社会人员。
二、课程安排
模块　内容　课时
理论　蝇、蚊、鼠、蟑螂的生活习性　16
实操　苍蝇拍、粘蝇带、诱蝇笼等器械使用　24
实操　药物配制与喷洒安全　16
三、考核与补贴
培训结束后参加职业技能等级认定，取得证书的学员可按规定申领职业培训补贴。
报名电话：0574-8301617，报名地址：璐江市东湖路8号二楼。
璐江职业技能培训学校
2024年5月6日
""",
    ),
]

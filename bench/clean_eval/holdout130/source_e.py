"""holdout130, part E: a euphratica station's Party branch, an amblyopia clinic, a guohua
exhibition at an art college, winter swimmers on a county forum, a dog-sled operator's
plan, a house-safety centre's exam, an ornamental-stone museum's bid result, tiger-head
shoe makers, a residents' goldfish pond and a braised-meat association. Invented text;
see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="dangjian-huyang-report-branch-secretary",
        site="沙槐先锋网 (invented)",
        style="党建网",
        genre="述职报告",
        kind="report",
        form="text",
        source="http://www.shahuaixf.example.gov.cn/jcdj/2025/0115/7702.html",
        title="胡杨林管护站党支部书记2024年度抓基层党建工作述职报告",
        record_title="【述职评议】胡杨林管护站党支部书记2024年度抓基层党建工作述职报告",
        date="2025-01-15",
        notes="decorated title; a Party-building portal's text page; speaker line neutral; a study-platform link glued after the last paragraph; a red-banner slogan at the top",
        page="""
!m 沙槐先锋网　不忘初心　牢记使命
!m 首页 >> 基层党建 >> 述职评议
!t 【述职评议】胡杨林管护站党支部书记2024年度抓基层党建工作述职报告
!m 日期：2025-01-15　来源：县林草局党组　字号：【大】【中】【小】
胡杨林管护站党支部书记　阿不都热依木
{BODY}
!l 相关阅读：全县林草系统党建工作推进会召开
!m 中共沙槐县委组织部　版权所有
""",
        body="""
一年来，我认真履行党建工作第一责任人职责，带领支部党员扎根胡杨林，较好完成了各项任务，现将情况报告如下。
一、主要做法
（一）把支部建在巡护线上。将十四名党员编成三个巡护党小组，全年巡护四万二千公里，未发生森林火灾和盗伐案件。
（二）开展“胡杨党课”。每季度在林区现场讲一次党课，请老护林员讲守林故事。
二、存在问题
对年轻党员的教育培养还不够系统，支部活动有时形式单一。
三、下一步打算
新的一年，我将坚持把党建工作与胡杨林保护工作同谋划、同部署，努力把支部建设成为守护胡杨林的坚强战斗堡垒。⟦a 点击进入“沙槐e学堂”学习平台⟧
""",
    ),
    dict(
        slug="hospital-ruoshi-clinic-opening-notice",
        site="菱州市眼科医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.lingzhoueye.example.org/yygg/2025/0701.html",
        title="关于开设儿童弱视训练门诊的公告",
        record_title="【门诊公告】关于开设儿童弱视训练门诊的公告_菱州市眼科医院",
        date="2025-06-30",
        date_also=["2025-07-01"],
        notes="decorated title; clinic hours table; the clinic's 咨询电话 beside the hospital's booking line; a sentence telling parents to 关注 the account and 扫码 to book",
        page="""
!m 菱州市眼科医院　专注眼健康 守护好视界
!m 首页 > 医院公告
!t 【门诊公告】关于开设儿童弱视训练门诊的公告_菱州市眼科医院
!m 发布时间：2025-07-01　点击：2077
{BODY}
!w 全院统一预约电话：0570-3121114　微信预约请搜索“菱州眼科”
!l 上一篇：暑期近视防控公益讲座预告
!m 浙ICP备09033158号
""",
        body="""
为满足广大患儿家长的就诊需求，我院自2025年7月7日起开设儿童弱视训练门诊。
训练项目　时间　地点
遮盖与精细训练　周一至周五上午　门诊三楼
视觉功能训练　周一至周六下午　门诊三楼
弱视训练需坚持较长时间，请家长按医嘱定期带孩子复诊。
家长可关注医院公众号，扫码预约训练时段。
弱视训练门诊咨询电话：0570-3121367。
菱州市眼科医院
2025年6月30日
""",
    ),
    dict(
        slug="university-guohua-exhibition-speech-html",
        site="萩原美术学院 (invented)",
        style="高校官网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://www.qiuyuanart.example.edu.cn/xwzx/ldjh/2025/1018.htm",
        title="在“笔墨乡土”师生国画作品展开幕式上的致辞",
        record_title=None,
        date="2025-10-18",
        notes="no record title; a university leaders'-speech column page; speaker and date lines under the title; quick links and a footer with 地址/邮编",
        page="""
<html><head><meta charset="utf-8"><title>领导讲话-萩原美术学院</title></head>
<body>
<div class="top">⟦m 萩原美术学院⟧ ⟦m 崇美 尚德 博艺 笃行⟧ ⟦a English⟧ ⟦a 信息门户⟧</div>
<div class="nav">⟦m 学院概况　院系设置　教育教学　科学研究　招生就业⟧</div>
<div class="loc">⟦m 当前位置：首页>>新闻中心>>领导讲话⟧</div>
<h2>{T}</h2>
<p>院长　时文骞</p>
<p>（2025年10月18日）</p>
{BODY}
<div class="ql">⟦l 快速通道：图书馆 | 教务系统 | 校园邮箱 | 校历⟧</div>
<div class="ft">⟦m 地址：萩原市艺苑路9号　邮编：521700⟧ ⟦m 粤ICP备05011239号⟧</div>
</body></html>
""",
        body="""
各位来宾，老师们，同学们：
今天，“笔墨乡土”师生国画作品展在学院美术馆开幕。首先，我代表学院向参展师生表示祝贺，向前来观展的各位来宾表示欢迎。
本次展览展出的一百零八幅作品，都是师生们今年暑假深入乡村写生后创作的。
从画中，我们看到了丰收的稻田、古老的祠堂，也看到了乡亲们的笑脸。
希望同学们继续走进生活、扎根人民，用笔墨记录这个伟大的时代。
预祝展览圆满成功！
""",
    ),
    dict(
        slug="localforum-dongyong-notice-html-county",
        site="荃溪论坛 (invented)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="html",
        source="https://bbs.quanxi.example.com/t/184420",
        title="关于加强荃溪河冬泳活动安全管理的通知",
        record_title="[公告转帖] 关于加强荃溪河冬泳活动安全管理的通知",
        date="2025-11-25",
        date_also=["2025-11-26"],
        notes="county forum HTML: board nav, poster info, a moderator note between paragraphs, replies; post time differs from the 成文日期",
        page="""
<html><head><meta charset="utf-8"><title>⟦t [公告转帖] 关于加强荃溪河冬泳活动安全管理的通知 - 荃溪论坛⟧</title></head>
<body>
<div class="logo">⟦m 荃溪论坛 · 荃溪人自己的网上家园⟧</div>
<div class="bd">⟦m 论坛首页 » 荃溪资讯 » 公告转帖⟧</div>
<div class="post">
<div class="user">⟦m 河边晨练人　｜　发表于 2025-11-26 07:52⟧</div>
<h1>{T}</h1>
{BODY}
</div>
<div class="r">⟦l 回复 #2　老街坊：　冬泳的朋友注意安全啊⟧</div>
<div class="r">⟦l 回复 #3　荃溪小陈：　救生圈在哪个位置？⟧</div>
<div class="ft">⟦m 荃溪论坛　联系版主：bz@quanxi.example.com⟧</div>
</body></html>
""",
        body="""
荃溪县冬泳协会各会员：
入冬以来，气温、水温持续下降，为确保冬泳活动安全，经协会理事会研究，现就有关事项通知如下。
一、冬泳活动限定在荃溪河西码头划定水域，严禁单独下水和在非指定水域游泳。
⟦m 【版主提示】本帖为转帖，原文请以协会发布为准。⟧
二、患有心脑血管疾病的会员，须持医院体检证明方可参加。
三、每天上午7:00至9:00由协会安排两名安全员值守，岸边放置救生圈和保温毯。
荃溪县冬泳协会
2025年11月25日
""",
    ),
    dict(
        slug="download-xueqiao-plan-safety-text",
        site="资料宝库下载站 (invented)",
        style="资料下载站",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.zlbaoku.example.com/down/64017.html",
        title="狗拉雪橇项目冬季运营安全保障方案",
        record_title="狗拉雪橇项目冬季运营安全保障方案（word版）免费下载",
        date="2025-11-28",
        notes="a download station's text page: file-info lines, mirror links, dead-link report; decimal headings 1.1/2.1 in the body",
        page="""
!m 资料宝库下载站 — 文档 | 课件 | 表格
!m 位置：首页 > 文档资料 > 安全管理
!t 狗拉雪橇项目冬季运营安全保障方案（word版）免费下载
!m 文件大小：35KB　｜　授权方式：免费　｜　更新日期：2025-12-02
{BODY}
!a 下载地址：[本地下载1]　[本地下载2]　[备用下载]
!a 链接失效请点此反馈
!d 本站提供的资料均来自互联网，若有侵权请联系删除。
""",
        body="""
1 总则
1.1 为保障狗拉雪橇项目冬季运营安全，保护游客和工作人员人身安全，制定本方案。
1.2 本方案适用于北岭雪乡旅游公司雪橇营地。
2 安全措施
2.1 雪道每天开放前由安全员巡查一遍，清除断枝和暗冰。
2.2 每架雪橇限乘两名游客，由持证向导驾驶，游客须佩戴头盔。
2.3 雪橇犬每日工作不超过四小时，出现跛行、拒跑等情况的立即停用。
3 应急处置
3.1 发生翻橇、走失等情况，向导立即报告营地值班室，值班室组织救援。
北岭雪乡旅游有限公司
2025年11月28日
""",
    ),
    dict(
        slug="rsks-fangjian-exam-notice-html",
        site="蓍川人事考试信息网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://rsks.shichuan.example.gov.cn/kwgg/2025/0820/3107.html",
        title="蓍川县房屋安全鉴定中心2025年公开招聘笔试有关事项的公告",
        record_title="【考务公告】蓍川县房屋安全鉴定中心2025年公开招聘笔试有关事项的公告",
        date="2025-08-20",
        notes="decorated title; an exam site with floating consult box; exam timetable; the committee's 咨询电话 beside the site's technical line; 打印准考证 sentences",
        page="""
<html><head><meta charset="utf-8"><title>蓍川人事考试信息网</title></head>
<body>
<div class="h">⟦m 蓍川人事考试信息网⟧ ⟦a 考生登录⟧ ⟦a 注册⟧</div>
<div class="n">⟦m 首页　考试公告　报名入口　成绩查询　政策法规⟧</div>
<div class="t">⟦t 【考务公告】蓍川县房屋安全鉴定中心2025年公开招聘笔试有关事项的公告⟧</div>
<div class="m">⟦m 发布时间：2025-08-20　来源：县人事考试中心⟧</div>
{BODY}
<div class="kf">⟦w 在线客服 工作日8:30-17:30⟧</div>
<div class="f">⟦m 网站技术支持电话：0564-5108866⟧ ⟦m 皖ICP备05031177号-6⟧</div>
</body></html>
""",
        body="""
蓍川县房屋安全鉴定中心2025年公开招聘工作人员笔试定于8月30日举行，现将有关事项公告如下。
一、准考证打印：考生于8月25日9:00至8月29日17:00登录报名系统自行打印准考证。
二、笔试时间
科目　时间
综合基础知识　8月30日9:00至11:00
建筑结构专业知识　8月30日14:30至16:30
三、考生须携带准考证和有效身份证件参加考试。
考务咨询电话：0564-5109031。
蓍川县人事考试中心
2025年8月20日
""",
    ),
    dict(
        slug="tender-qishiguan-bid-result-text",
        site="苕阳政府采购网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.tiaoyangcg.example.gov.cn/zbgg/2025/0917/660.html",
        title="苕阳奇石博物馆展柜采购项目中标结果公告",
        record_title="苕阳奇石博物馆展柜采购项目中标结果公告",
        record_date="2025-09-17",
        date="2025-09-17",
        notes="record title and date; a bid-result table; purchaser and agency contacts beside a CA hotline; a sign-up button and breadcrumb",
        page="""
!m 苕阳政府采购网
!m 首页 > 采购公告 > 中标（成交）结果公告
!m 发布日期：2025-09-17　阅读：188
{BODY}
!a 【供应商注册】　【CA数字证书办理】
!m 平台服务热线：400-028-9161
""",
        body="""
一、项目编号：TYCG-2025-H118
二、项目名称：苕阳奇石博物馆展柜采购项目
三、中标结果
包号　中标供应商　中标金额（元）
1　苕阳华陈展示设备有限公司　486000
2　省城恒艺展览工程有限公司　312500
四、公告期限：自本公告发布之日起一个工作日。
五、联系方式
采购人：苕阳奇石博物馆，联系人：骆彬，电话：0713-6023321。
代理机构：苕阳正衡招标代理有限公司，联系人：司马燕，电话：0713-6051780。
""",
    ),
    dict(
        slug="lawfirm-hutouxie-ip-lecture-html",
        site="明衡知识产权律师事务所 (invented)",
        style="律所网站",
        genre="讲稿",
        kind="speech",
        form="html",
        source="https://www.minghenglaw.example.com/insights/2025/hutouxie.html",
        title="非遗手工艺品的知识产权保护——在虎头鞋制作技艺培训班上的讲座",
        record_title=None,
        date="2025-06-21",
        notes="no record title; a law firm's insights page: practice-area nav, lawyer card, a consult box inside the body, a disclaimer footer; date under the title",
        page="""
<html><head><meta charset="utf-8"><title>专业观点 | 明衡知识产权律师事务所</title></head>
<body>
<div class="hd">⟦m 明衡知识产权律师事务所⟧ ⟦m 专利 · 商标 · 版权 · 商业秘密⟧</div>
<div class="nav">⟦m 首页 / 关于明衡 / 专业领域 / 专业观点 / 加入我们⟧</div>
<h1>{T}</h1>
<p>（2025年6月21日）</p>
<div class="lawyer">⟦m 作者：贺霜 合伙人律师｜执业证号 13701201510221⟧</div>
{BODY}
<div class="tags">⟦l #非遗保护 #外观设计 #商标注册⟧</div>
<div class="ft">⟦d 本文观点仅供交流参考，不视为明衡律师事务所正式法律意见。⟧ ⟦m 鲁ICP备18021906号⟧</div>
</body></html>
""",
        body="""
各位学员：
虎头鞋是我们的传统手工艺，大家一针一线做出来的好作品，也需要用法律来保护。
第一，原创的图案和造型可以享有著作权，作品完成时就自动产生，但最好保留草图、照片等创作过程材料。
第二，有一定批量、准备长期销售的款式，可以申请外观设计专利，费用不高，保护期十五年。
⟦w 如需办理商标注册、外观设计申请，欢迎拨打明衡律所咨询热线0531-8612 0770⟧
第三，要注册自己的商标，防止别人抢注后反过来告你侵权。
希望大家既守住手艺，也守住权利。
""",
    ),
    dict(
        slug="community-jinyuchi-notice-html-residents",
        site="荷塘湾社区服务网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.hetangwan.example.org.cn/gonggao/2025/0514.html",
        title="关于小区景观池禁止放生金鱼的通知",
        record_title="【社区公告】关于小区景观池禁止放生金鱼的通知",
        date="2025-05-14",
        notes="decorated title; a residents' site with a service-hall menu, a neighbourhood QR prompt, the committee's own 联系电话 beside the property hotline",
        page="""
<html><head><meta charset="utf-8"><title>社区公告 - 荷塘湾社区服务网</title></head>
<body>
<div class="top">⟦m 荷塘湾社区服务网⟧ ⟦m 共建共治共享⟧</div>
<div class="menu">⟦m 社区首页 | 办事大厅 | 社区公告 | 志愿服务 | 居民议事⟧</div>
<h3>⟦t 【社区公告】关于小区景观池禁止放生金鱼的通知⟧</h3>
<div class="info">⟦m 发布单位：荷塘湾社区居委会　发布时间：2025-05-14⟧</div>
{BODY}
<div class="qr">⟦a 扫一扫，关注荷塘湾社区微信⟧</div>
<div class="ft">⟦w 物业客服：0571-8890 6677（24小时）⟧</div>
</body></html>
""",
        body="""
各位业主、居民：
近期，有居民在小区景观池内放生金鱼和其他观赏鱼，由于池水循环能力有限，已多次出现死鱼发臭，影响环境卫生。
经社区居委会、业委会和物业公司共同商定，自即日起，景观池内禁止放生金鱼等任何鱼类。
已放养的鱼类由物业公司统一打捞，送交附近的花鸟市场或愿意领养的居民。
如有意见，请联系社区居委会，电话：0571-8893 2105。
荷塘湾社区居民委员会
2025年5月14日
""",
    ),
    dict(
        slug="association-luwei-speech-annual",
        site="苹湖市卤味食品行业协会 (invented)",
        style="行业协会",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.pinghulw.example.org/hydt/2025/0119.html",
        title="在苹湖市卤味食品行业协会2025年年会上的讲话",
        record_title="在苹湖市卤味食品行业协会2025年年会上的讲话",
        date="2025-01-18",
        notes="speech with speaker and Chinese-numeral date lines under the title; an association's site chrome; a join button and a member-list link at the bottom",
        page="""
!m 苹湖市卤味食品行业协会
!m 首页 ｜ 协会动态 ｜ 会员单位 ｜ 行业标准 ｜ 入会指南
{T}
协会会长　晏海涛
（二〇二五年一月十八日）
{BODY}
!a 申请入会　|　会员单位名录
!m 协会秘书处电话：0736-7219900　地址：苹湖市食品工业园管委会二楼
""",
        body="""
各位会员、各位来宾：
2024年是协会成立的第五年。一年来，全市卤味行业克服原料价格上涨等困难，实现产值二十八亿元，同比增长百分之九。
协会牵头制定了《苹湖卤味团体标准》，二十三家会员企业通过了标准评价。
新的一年，协会将重点做好三件事：一是打造苹湖卤味区域公用品牌；二是开展食品安全培训全覆盖；三是组织企业抱团参加全国糖酒会。
祝大家新年快乐，生意兴隆！
""",
    ),
]

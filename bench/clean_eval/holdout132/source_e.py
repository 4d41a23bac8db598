"""holdout132, part E: residents' sites, associations, company sites, training schools, writing apps.
Invented text (sites, places, people, numbers); see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="community-liuyin-neighbour-games-plan-html",
        site="柳荫社区服务网 (invented)",
        style="社区网站",
        genre="方案",
        kind="plan",
        form="html",
        source="https://www.liuyinsq.example.com/hdyg/2025/0915/118.html",
        title="柳荫社区第三届邻里趣味运动会活动方案",
        record_title="【社区活动】柳荫社区第三届邻里趣味运动会活动方案",
        date="2025-09-15",
        notes="residents' site: grid worker's phone in the sidebar; the plan's own 报名电话 kept; events table; 扫码报名 sentence kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【社区活动】柳荫社区第三届邻里趣味运动会活动方案</title></head><body>
<div class="hd">⟦m 柳荫社区服务网　邻里守望 温暖你我⟧</div>
<div class="nav">⟦m 社区首页 · 社区公告 · 活动预告 · 便民服务 · 居民议事⟧</div>
<aside>⟦m 网格员 小邵 电话：155-1023-8871⟧ ⟦l 本周活动：书法角 · 长者饭堂菜单⟧</aside>
<h1>⟦t 柳荫社区第三届邻里趣味运动会活动方案⟧</h1>
<div class="by">⟦m 社区居委会　2025-09-15　阅读 418⟧</div>
{BODY}
<div class="like">⟦l 点赞 37　评论 5　转发⟧</div>
<div class="ft">⟦m 柳荫社区居委会　地址：江城区柳荫路36号⟧</div>
</body></html>
""",
        body="""
为丰富居民文体生活，增进邻里感情，社区决定于国庆节前举办第三届邻里趣味运动会，方案如下。
一、时间地点：2025年9月27日上午8:30，柳荫小学操场。
二、比赛项目：
项目　参赛对象　每队人数
沙包投准　亲子家庭　2人
两人三足　成年居民　2人
踩高跷接力　青少年　4人
套圈　60岁以上老人　1人
三、报名方式：居民可扫码报名，也可到社区服务站登记，报名电话：0571-6239015。
四、奖励办法：各项目设一、二、三等奖，参与者均可领取纪念品一份。
柳荫社区居民委员会
2025年9月15日
""",
    ),
    dict(
        slug="community-heshang-expired-medicine-collection-text",
        site="和尚坪社区网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.heshangping.example.cn/tz/2025-03-18.html",
        title="关于开展家庭过期药品集中回收活动的通知",
        record_title=None,
        date="2025-03-18",
        notes="no record title; 物业 and 社区 phones; a comment count and 'write a comment' box; a lone 广告 label between paragraphs",
        page="""
!m 和尚坪社区网　|　您身边的社区
!m 首页 › 社区公告
{T}
!m 发布：社区卫生服务站　2025年3月18日　围观 270
{BODY}
!l 居民评论（4）　写评论…
!l 前一条：关于单元门禁升级的通知
!m 物业24小时服务：0851-5520110
""",
        body="""
各位居民：
家中过期药品随意丢弃会污染环境，也容易被误服。社区卫生服务站联合辖区药店开展家庭过期药品集中回收活动，现将有关事项通知如下。
一、回收时间：3月22日至3月23日，每天9:00至17:00。
二、回收地点：社区服务中心一楼大厅。
⟦a 广告⟧
三、回收范围：过期或变质的片剂、胶囊、药水、药膏等，不回收针头和医疗器械。
四、凡交回过期药品的居民，可免费领取家庭小药箱一个，数量有限，发完为止。
咨询电话：0851-5521376（社区卫生服务站）。
和尚坪社区居委会
2025年3月18日
""",
    ),
    dict(
        slug="association-lanxi-lighting-pledge-html",
        site="澜溪市灯饰照明行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://www.lxlighting.example.org.cn/xhdt/2025/0410/93.html",
        title="关于规范灯饰产品能效标识的倡议书",
        record_title="[协会倡议] 关于规范灯饰产品能效标识的倡议书 - 澜溪市灯饰照明行业协会",
        date="2025-04-09",
        notes="association site with member login; a join-the-association button glued after a sentence; the association's own e-mail kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>[协会倡议] 关于规范灯饰产品能效标识的倡议书 - 澜溪市灯饰照明行业协会</title></head><body>
<div class="top">⟦m 澜溪市灯饰照明行业协会⟧ ⟦a 会员登录⟧ ⟦a 入会申请⟧</div>
<div class="nav">⟦m 首页 | 协会概况 | 协会动态 | 政策法规 | 会员风采 | 联系我们⟧</div>
<div class="pos">⟦m 位置：首页 > 协会动态⟧</div>
<h1>⟦t 关于规范灯饰产品能效标识的倡议书⟧</h1>
<div class="meta">⟦m 发布者：秘书处　时间：2025-04-10⟧</div>
{BODY}
<div class="ft">⟦m 协会秘书处电话：0760-2287100⟧ ⟦d 本网站内容版权归澜溪市灯饰照明行业协会所有⟧</div>
</body></html>
""",
        body="""
全市灯饰照明企业：
近期市场监管部门在抽查中发现，部分灯饰产品存在能效标识缺失、标注不实等问题，损害了消费者权益，也影响了我市灯饰产业的声誉。为此，协会向全体会员企业发出如下倡议：
一、严格执行照明产品能效标识管理规定，做到应贴尽贴、如实标注。
二、加强出厂检验，不生产、不销售能效不达标的产品。⟦a 点击加入协会，共建行业诚信⟧
三、积极参加协会组织的标准培训，主动接受社会监督。
对倡议有意见和建议的，请发送至协会邮箱：lxzm_xh@example.org。
澜溪市灯饰照明行业协会
2025年4月9日
""",
    ),
    dict(
        slug="association-jinshui-percussion-annual-speech-text",
        site="锦水市打击乐协会 (invented)",
        style="行业协会",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.jsdjyxh.example.com/news/2025/0112.html",
        title="在锦水市打击乐协会2025年会上的讲话",
        record_title="在锦水市打击乐协会2025年会上的讲话_协会新闻_锦水市打击乐协会",
        date="2025-01-11",
        notes="speech with a date under the title and a speaker line (neutral); a photo caption between paragraphs; association footer",
        page="""
!m 锦水市打击乐协会　Jinshui Percussion Society
!m 首页 / 协会新闻
{T}
（2025年1月11日）
协会会长　宁海涛
{BODY}
!m 本文来源：协会秘书处　编辑：姜帆
!l 下一篇：木琴、马林巴考级报名通知
!m 协会地址：锦水市文化宫三楼　电话：0772-3109228
""",
        body="""
各位会员，各位朋友：
大家晚上好！过去的一年，是协会成长很快的一年，会员从二百一十人增加到三百四十人，定音鼓、木琴、小军鼓等专业考级考生达到一千二百人次。
⟦m 图为年会现场的打击乐重奏表演⟧
这一年，我们组织了十六场进校园公益演出，让更多孩子认识了木琴、钢片琴这些不太常见的乐器。
新的一年，协会要抓好三件事：一是办好第二届打击乐艺术节，二是规范考级和培训，三是筹建青少年打击乐团。
最后，祝大家新年快乐，演奏越来越精彩！
""",
    ),
    dict(
        slug="company-muyun-wardrobe-recall-html",
        site="木韵定制家居 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.muyunhome.example.com/news/notice/2025-08-21.html",
        title="关于部分批次衣柜板材主动召回的公告",
        record_title="关于部分批次衣柜板材主动召回的公告｜木韵定制家居",
        date="2025-08-21",
        notes="company site: recalled batch table; the recall hotline kept beside a 400 sales line; online service widget; footer",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于部分批次衣柜板材主动召回的公告｜木韵定制家居</title><script src="/js/im.js"></script></head><body>
<header>⟦m 木韵定制家居　全屋定制 环保到家⟧ ⟦m 免费量房热线：400-900-1568⟧</header>
<nav>⟦m 首页　产品中心　案例展示　门店查询　新闻公告⟧</nav>
<h1>⟦t 关于部分批次衣柜板材主动召回的公告⟧</h1>
<p class="date">⟦m 2025-08-21　新闻公告⟧</p>
{BODY}
<div class="im">⟦w 在线客服　预约设计师⟧</div>
<footer>⟦m Copyright © 2025 木韵家居有限公司⟧ ⟦m 粤ICP备18029913号-1⟧</footer>
</body></html>
""",
        body="""
尊敬的客户：
我公司在例行质量抽检中发现，2025年6月生产的部分衣柜柜体板材甲醛释放量检测值接近标准上限。为对客户负责，我公司决定对相关批次产品主动召回。
涉及批次如下：
批次号　生产日期　数量（套）
MY250603　2025年6月3日　126
MY250617　2025年6月17日　98
召回期间，我公司将免费为客户更换合格板材，并承担拆装和运输费用。
召回专线：0757-2883016（每天8:30-20:00）。
木韵家居有限公司
2025年8月21日
""",
    ),
    dict(
        slug="company-fengce-instrument-annual-report-text",
        site="风测仪器有限公司 (invented)",
        style="企业官网",
        genre="工作报告",
        kind="report",
        form="text",
        source="http://www.fengce-instrument.example.cn/about/news/202501.html",
        title="风测仪器有限公司2024年度经营工作报告",
        record_title="风测仪器有限公司2024年度经营工作报告-公司新闻",
        date="2025-01-20",
        notes="one-line body (paragraphs only separated by indents); company header and footer; operating indicators inside sentences",
        oneline=True,
        indent="　　",
        page="""
!m 风测仪器有限公司 · 专注气象测量三十年
!m 首页 > 关于我们 > 公司新闻
{T}
{BODY}
!m 销售热线：0931-8706600　传真：0931-8706601
!d © 风测仪器有限公司 保留一切权利
""",
        body="""
各位股东、同事们：
2024年，公司实现营业收入一亿三千六百万元，同比增长百分之十八，其中风速仪、温湿度计等气象传感器收入占七成。
这一年，公司新研发的超声波风速风向仪通过了国家气象计量站的检定，已批量供应风电场和高速公路气象站。
公司同时加强了售后服务网络建设，在西北、华北设立了四个服务站，客户满意度达到百分之九十六。
2025年，公司将加大研发投入，力争推出能在零下四十度稳定工作的低温型温湿度计。
风测仪器有限公司
2025年1月20日
""",
    ),
    dict(
        slug="training-qinyun-oboe-bassoon-winter-camp-html",
        site="琴韵艺术培训学校 (invented)",
        style="培训机构",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.qinyun-art.example.com/zsjz/2025/1201/62.html",
        title="双簧管、大管寒假集训班招生简章",
        record_title="双簧管、大管寒假集训班招生简章（2026寒假班）",
        date="2025-12-01",
        notes="training school: course table; the school's 报名电话 kept beside a 400 line; a course-ad box between paragraphs; trial-lesson button",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>双簧管、大管寒假集训班招生简章（2026寒假班）-琴韵艺术培训学校</title></head><body>
<div class="top">⟦m 琴韵艺术培训学校　让每个孩子爱上音乐⟧ ⟦m 全国统一咨询：400-617-2290⟧</div>
<div class="nav">⟦m 首页 ｜ 课程体系 ｜ 师资团队 ｜ 招生简章 ｜ 学员风采⟧</div>
<h1>⟦t 双簧管、大管寒假集训班招生简章⟧</h1>
<div class="d">⟦m 发布时间：2025-12-01 10:00⟧</div>
{BODY}
<div class="btn">⟦a 预约免费试听课⟧</div>
<div class="ft">⟦m 校址：琴台区文艺路20号　办学许可证号：教民1401052100378号⟧</div>
</body></html>
""",
        body="""
为帮助管乐学员利用寒假系统提高演奏水平，本校开设双簧管、大管寒假集训班，现面向社会招生。
一、招生对象：学习双簧管或大管一年以上、年龄在9至18周岁的学员。
二、课程安排：
课程　课时　授课方式
双簧管技巧　20课时　一对一
大管技巧　20课时　一对一
木管重奏　12课时　小组课
⟦a 【课程推荐】长笛春季班火热报名中，立减300元⟧
三、集训时间：2026年1月20日至2月6日。
四、报名电话：0351-7218830（季老师）。
琴韵艺术培训学校
2025年12月1日
""",
    ),
    dict(
        slug="training-dingdong-kalimba-trainee-insight-text",
        site="叮咚音乐课堂 (invented)",
        style="培训机构",
        genre="心得体会",
        kind="insight",
        form="text",
        source="http://www.dingdongyinyue.example.net/xyxs/1092.html",
        title="学拇指琴的两个月",
        record_title="学员心声 | 学拇指琴的两个月",
        date=None,
        notes="a trainee's essay on a training school's site; no date (a relative time only); trial-lesson prompt and QR line; forum-like 'like' row",
        page="""
!m 叮咚音乐课堂 › 学员心声
{T}
!m 学员：晴天　5天前
{BODY}
!l 赞 12　收藏
!a 扫码领取拇指琴入门曲谱
!w 成人零基础课程咨询 微信：dingdong_kalimba
""",
        body="""
两个月前，我在网上买了一把十七音的拇指琴，自己摸索了一周，只会弹两只老虎，于是报了叮咚的成人零基础班。
第一节课，老师先教我们认简谱和琴键上的刻度，原来每个音都有对应的位置，弹起来并不难。
第二个月开始学和弦和双音，左右手要配合，刚开始手指很疼，老师说这很正常，坚持一周就好了。
现在我已经能弹《天空之城》和《小星星变奏》了。每天下班弹上二十分钟，心一下子就静下来了。
""",
    ),
    dict(
        slug="fanwenapp-xiezi-kindergarten-scald-summary-html",
        site="写字君APP (invented)",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://share.xiezijun.example.com/art/A77182001",
        title="幼儿园“防烫伤 保平安”安全教育活动总结",
        record_title="幼儿园“防烫伤 保平安”安全教育活动总结｜写字君",
        date="2025-11-07",
        notes="writing-app share page: open-app prompt, AI-rewrite button glued after a sentence, member prompt between paragraphs; 成文日期 at the end",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>幼儿园“防烫伤 保平安”安全教育活动总结｜写字君</title><meta name="viewport" content="width=device-width"></head><body>
<div class="bar">⟦a 打开写字君APP，海量范文随心改⟧</div>
<h1>⟦t 幼儿园“防烫伤 保平安”安全教育活动总结⟧</h1>
<div class="u">⟦m 写字君优选　1.9万人看过⟧</div>
{BODY}
<div class="pay">⟦a 开通VIP 免费复制全文⟧</div>
<div class="more">⟦l 更多安全教育总结 >⟧</div>
</body></html>
""",
        body="""
入冬以来，幼儿在家中被热水、热汤烫伤的情况时有发生。为增强幼儿的自我保护意识，我园于11月第一周开展了“防烫伤 保平安”安全教育活动。
一、班级教育。各班通过情景表演、图片讲解，让幼儿认识热水瓶、电饭锅、暖宝宝等容易烫伤人的物品。⟦a AI一键改写⟧
二、急救演示。园医为幼儿和家长演示了烫伤后“冲、脱、泡、盖、送”五步处理方法。
⟦a 会员专享：下载本文Word版⟧
三、家园共育。我们向家长发放了安全提示，提醒家长把热水、热汤放在孩子够不到的地方。
通过这次活动，幼儿基本掌握了预防烫伤的常识，家长的安全意识也进一步提高。
晨星幼儿园
2025年11月7日
""",
    ),
    dict(
        slug="fanwenapp-bige-sports-meet-speech-placeholders",
        site="笔阁 (invented)",
        style="范文APP",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://m.bige.example.cn/s/9q2LxT",
        title="在校园田径运动会开幕式上的致辞",
        record_title="在校园田径运动会开幕式上的致辞（通用版）",
        date=None,
        notes="writing-app share: a speech with template placeholders (××学校, 20××年) and no date; open-app line; word count and collect row",
        page="""
!a 在笔阁APP内打开
!t 在校园田径运动会开幕式上的致辞（通用版）
!m 笔阁 · 讲话致辞　字数 486　收藏 902
{BODY}
!a 复制 | 导出 | 改写
!l 猜你想写：运动员代表发言稿｜裁判员代表发言稿
""",
        body="""
各位老师、同学们：
金秋十月，丹桂飘香。今天，我们在这里隆重举行××学校20××年秋季田径运动会。我代表学校向筹备本届运动会的老师们表示感谢，向全体运动员、裁判员致以问候！
本届运动会设有跳高、跳远、跨栏、铅球、接力等二十多个项目，共有九百多名同学报名参赛。
希望全体运动员发扬顽强拼搏的精神，赛出风格，赛出水平；希望裁判员公正执裁；希望全体同学文明观赛，做好后勤服务。
最后，预祝本届运动会取得圆满成功！
""",
    ),
]

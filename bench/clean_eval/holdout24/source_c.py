"""holdout24, part C: a Q&A request for a speech, two personal collections (a bamboo-weaving
master's and a retired ENT doctor's), Party-building pages of a co-operatives' joint Party
committee and a village points scheme, an ENT hospital and a children's hospital, a
university lab-safety office and international office, two local forums and a 范文 site.
Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="qa-pingpang-opening-address-question-title",
        site="有问必答网 (invented)",
        style="问答社区",
        genre="致辞",
        kind="speech",
        form="text",
        source="https://www.youwenbida.example.com/question/7710025.html",
        title="求一篇老年乒乓球比赛开幕致辞",
        record_title=None,
        date=None,
        notes="the question is the title (no record title); the answer is a sample address with no date; 5小时前 relative time is no date; a 'also asked' list and a writing-service reply",
        page="""
!m 有问必答网　›　文体活动
!t 求一篇老年乒乓球比赛开幕致辞
!m 匿名用户　提问于 昨天 19:22　·　悬赏 20 积分
!m 满意回答　·　采纳率 92%　·　5小时前
{BODY}
!a 有用(47)　没用(2)　追问
!w 楼下回复：需要定制致辞的可以私信我，一小时出稿，微信 lw_xiezuo
!l 大家还在问：老年门球比赛闭幕词？｜重阳节文艺汇演主持词？
!m © 有问必答网　京ICP证150331号
""",
        body="""
给你写了一篇，可以根据实际改一下称呼和届次：
尊敬的各位领导、各位老同志：
金秋时节，我们在这里隆重举行全县第六届老年人乒乓球比赛。我代表县老年人体育协会，向参赛的运动员和裁判员表示热烈欢迎！
乒乓球是一项深受老年人喜爱的运动，既能强身健体，又能增进交流。希望各位运动员发扬友谊第一、比赛第二的精神，赛出水平、赛出风格。
同时提醒大家量力而行，注意安全，比赛中如有身体不适请及时向医护人员报告。
最后，预祝本次比赛圆满成功！
""",
    ),
    dict(
        slug="collection-bamboo-master-speech-cn-date-wrapped",
        site="竹影集 (invented, a bamboo-weaving master's collection)",
        style="个人文集",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://zhuyingji.example.net/wenji/23.html",
        title="在竹编技艺传习所开班仪式上的讲话",
        record_title="《竹影集》·第23篇｜在竹编技艺传习所开班仪式上的讲话",
        date="2024-11-02",
        notes="a collection chapter: volume nav, the speech hard-wrapped at 58 columns, a speaker line and a date in Chinese numerals under the title (neutral), chapter prev/next below",
        wrap=58,
        indent="\u3000\u3000",
        page="""
!m 竹影集　·　柚口篾匠钟守义文存
!l 目录　｜　卷一 手艺　｜　卷二 讲话　｜　卷三 杂记
!t 《竹影集》·第23篇｜在竹编技艺传习所开班仪式上的讲话
钟守义
（二〇二四年十一月二日）
{BODY}
!l ← 第22篇：给徒弟们的一封信　　　第24篇：篾刀的故事 →
!d 文集由家人整理，未经同意请勿转载
""",
        body="""
各位领导，各位学员：
今天，柚口竹编技艺传习所第一期培训班正式开班了。我做了五十多年篾匠，能把手艺传给年轻人，心里非常高兴。
竹编是个细活，一根竹子要经过砍、锯、剖、劈、刮、染等十几道工序，才能变成一根合格的篾丝，急不得，也省不得。
希望大家学手艺先学做人，耐得住寂寞，吃得了苦，三个月的时间，每天至少要练够六个小时。
我也会把自己压箱底的花样都拿出来，和大家一起琢磨，让老手艺在年轻人手里活起来。
""",
    ),
    dict(
        slug="collection-ent-doctor-essay-year-only-html",
        site="耳畔集 (invented, a retired ENT doctor's personal site)",
        style="个人文集",
        genre="心得体会",
        kind="article",
        form="html",
        source="http://www.erpanji.example.com/essays/ting-jian.html",
        title="听见：三十年听力门诊的一点体会",
        record_title="耳畔集 - 听见：三十年听力门诊的一点体会",
        date=None,
        notes="a personal site: chapter navigation, a 写于 line with a year only (no date), a visitor counter and a guestbook link; the essay speaks of downloading a hearing app and scanning a code as its content",
        page="""
<html><head><meta charset="utf-8"><title>耳畔集 - 听见：三十年听力门诊的一点体会</title></head><body>
<table width="800" align="center"><tr><td>⟦m 耳畔集　一位耳鼻喉科老医生的随笔⟧</td></tr>
<tr><td>⟦l 首页 | 随笔 | 病例札记 | 留言簿⟧</td></tr></table>
<h2 align="center">⟦t 听见：三十年听力门诊的一点体会⟧</h2>
<p align="center">写于2019年冬，时年六十二岁</p>
<div class="essay">
{BODY}
</div>
<p>⟦l 【上一篇】鼻窦炎的三个误区　【下一篇】给年轻医生的话⟧</p>
<p>⟦m 本站已访问 33012 次⟧　⟦a 给我留言⟧</p>
<p>⟦d 文中病例均已隐去姓名，文章仅代表个人观点，不作诊疗依据⟧</p>
</body></html>
""",
        body="""
我在县医院耳鼻喉科工作了三十年，其中二十年守在听力门诊。退休以后，常常想起那些戴上助听器后第一次听清孙子叫“爷爷”的老人。
听力下降来得很慢，很多人自己察觉不到，等到家人说他电视开得太响，往往已经错过了最佳干预时间。
现在有不少手机软件可以做简单的听力自测，我常劝老人的子女帮他们下载一个，每半年测一次。
有的医院在候诊区贴了二维码，扫码就能预约听力筛查，这比我们当年一个个登记方便多了。
医生能做的，其实就是让病人多听见一点，再多听见一点。
""",
    ),
    dict(
        slug="party-coop-union-lecture-html-speaker-date",
        site="柽原县农民专业合作社联合党委 (invented, on the county Party-building site)",
        style="党建网",
        genre="党课讲稿",
        kind="speech",
        form="html",
        source="http://djw.chengyuan.example.gov.cn/djkt/2025/0701/618.html",
        title="把党支部建在合作社上 带领群众走共同富裕路",
        record_title="【七一党课】把党支部建在合作社上 带领群众走共同富裕路_党课讲堂_柽原党建网",
        date="2025-06-30",
        notes="a Party-building template: slogan banner, nav, breadcrumb, a 来源/发布时间 line, a speaker line and a date under the title (neutral, the expected date), a study-points box and footer",
        page="""
<html><head><meta charset="utf-8"><title>【七一党课】把党支部建在合作社上 带领群众走共同富裕路_党课讲堂_柽原党建网</title></head><body>
<div class="banner">⟦m 柽原党建网　不忘初心 牢记使命⟧</div>
<div class="nav">⟦l 首页　党建要闻　组织建设　党员教育　党课讲堂　基层风采⟧</div>
<div class="crumb">⟦m 首页 » 党课讲堂 » 正文⟧</div>
<h1>⟦t 把党支部建在合作社上 带领群众走共同富裕路⟧</h1>
<p class="sub">县农民专业合作社联合党委书记　宋立华</p>
<p class="sub">（2025年6月30日）</p>
<div class="src">⟦m 来源：县委组织部　发布时间：2025-07-01 08:30　字号：大 中 小⟧</div>
<div class="article">
{BODY}
</div>
<div class="points">⟦l 学习要点：党建引领 合作社 共同富裕⟧</div>
<div class="links">⟦l 友情链接：共产党员网　省组工网　柽原县人民政府⟧</div>
<div class="foot">⟦m 中共柽原县委组织部主办　湘ICP备20250311号⟧</div>
</body></html>
""",
        body="""
同志们：
今天，我以“把党支部建在合作社上”为题，和大家交流学习体会。
全县现有农民专业合作社四百六十家，其中建立党组织的一百零八家，带动入社农户二万三千户。实践证明，合作社办到哪里，党的组织就要覆盖到哪里。
第一，支部引领方向。党支部要帮助合作社把好发展方向，防止合作社变成少数人的“空壳社”“家庭社”。
第二，党员带头示范。党员社员要带头学技术、带头闯市场，每名党员至少联系五户困难社员。
第三，利益联结共富。要完善保底收益加按股分红机制，让群众真正分享产业增值收益。
同志们，合作社是联结小农户和大市场的桥梁，希望大家把支部建强、把产业做大，带领群众走好共同富裕路。
""",
    ),
    dict(
        slug="party-village-points-scheme-study-prompt",
        site="榛川先锋网 (invented Party-building site)",
        style="党建网",
        genre="制度",
        kind="rules",
        form="text",
        source="http://www.zcxianfeng.example.cn/zzjs/2025/0315/442.html",
        title="上垄村党员积分制管理实施办法",
        record_title="上垄村党员积分制管理实施办法 - 组织建设 - 榛川先锋网",
        date="2025-03-15",
        notes="byline with 发布时间 (the page's date; no signature date); a 'study on the app' prompt between articles, a font-size row and a points table kept; a 'share to' row and footer",
        page="""
!m 榛川先锋网
!m 首页 > 组织建设 > 支部工作
!t 上垄村党员积分制管理实施办法
!m 发布时间：2025-03-15　作者：上垄村党支部　浏览量：278
!a 〖字体：大 中 小〗〖打印本页〗
{BODY}
!l 分享到：朋友圈　微博　QQ
!m 主办单位：中共榛川县委组织部　技术支持：榛川县信息中心
""",
        body="""
第一条　为加强党员日常教育管理，激发党员队伍活力，结合本村实际，制定本办法。
第二条　党员积分实行基础分和奖惩分相结合，每名党员年度基础分为一百分。
⟦a 扫码登录“先锋学习”APP，完成本期学习可得积分⟧
第三条　积分项目及分值如下：
项目　　分值　　说明
参加组织生活　　每次2分　　无故缺席每次扣5分
志愿服务　　每次3分　　全年最高30分
带头致富　　5至10分　　由支委会评定
第四条　积分情况每季度公示一次，年度积分作为评先评优和民主评议党员的重要依据。
第五条　本办法由村党支部负责解释，自公布之日起施行。
""",
    ),
    dict(
        slug="hospital-ent-hearing-screening-html-hotlines",
        site="樟汀市耳鼻咽喉医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.ztebh.example.com/news/notice/2025/0226/512.html",
        title="关于开展“爱耳日”免费听力筛查活动的公告",
        record_title=None,
        date="2025-02-26",
        notes="hospital template: booking bar, nav, a byline with 发布时间 (the date), a screening schedule, the department's own 咨询电话 beside the footer's 24-hour line and the booking bar's line; a float 'online consult' box",
        page="""
<html><head><meta charset="utf-8"><title>关于开展“爱耳日”免费听力筛查活动的公告-樟汀市耳鼻咽喉医院</title></head><body>
<div class="book">⟦a 预约挂号⟧ ⟦a 报告查询⟧ ⟦m 预约电话：0591-86330120⟧</div>
<div class="logo">⟦m 樟汀市耳鼻咽喉医院　二级专科医院⟧</div>
<ul class="nav"><li>⟦l 医院概况⟧</li><li>⟦l 科室导航⟧</li><li>⟦l 专家介绍⟧</li><li>⟦l 就医指南⟧</li><li>⟦l 新闻公告⟧</li></ul>
<div class="pos">⟦m 所在位置：首页 - 新闻公告 - 医院公告⟧</div>
<h1>⟦t 关于开展“爱耳日”免费听力筛查活动的公告⟧</h1>
<div class="meta">⟦m 发布时间：2025-02-26　来源：听力中心　阅读：1533⟧</div>
<div class="news-con">
{BODY}
</div>
<div id="kefu">⟦w 在线咨询　医生在线解答⟧</div>
<div class="foot">⟦m 地址：樟汀市鼓楼路66号　24小时急诊电话：0591-86330999⟧<br>⟦d 本网站信息仅供参考，不能作为诊断及医疗的依据⟧<br>⟦m 闽ICP备15022210号⟧</div>
</body></html>
""",
        body="""
3月3日是全国“爱耳日”。为普及听力健康知识，我院听力中心将开展免费听力筛查活动。现将有关事项公告如下。
一、活动时间和地点
日期　　时间　　地点
3月3日　　8:00-12:00　　门诊楼一楼大厅
3月4日　　8:00-12:00　　鼓楼社区卫生服务站
3月5日　　14:30-17:00　　樟汀市老年大学
二、筛查对象
六十岁以上老年人、长期在噪声环境工作的职工及有耳鸣、听力下降症状的市民。
三、注意事项
筛查前请勿佩戴耳机，活动现场提供纯音测听和耳镜检查，筛查结果异常者可预约专家进一步诊治。
活动咨询电话：0591-86330258（听力中心，工作日）。
""",
    ),
    dict(
        slug="hospital-children-night-clinic-notice",
        site="栌阳县儿童医院 (invented)",
        style="医院官网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.lyetyy.example.cn/yygg/2025/1020/88.html",
        title="关于调整儿科门诊夜诊时间的公告",
        record_title="【院务公开】关于调整儿科门诊夜诊时间的公告",
        date="2025-10-20",
        notes="a hospital notice with the signature date; booking prompts glued after the last sentence; an 'our wechat' line between paragraphs; a hospital hotline in the footer beside the notice's own 咨询电话",
        page="""
!m 栌阳县儿童医院 ｜ 守护童年每一天
!m 首页 » 院务公开 » 医院公告
!t 【院务公开】关于调整儿科门诊夜诊时间的公告
!m 作者：医务科　　2025-10-20 16:40　　阅读 2874
{BODY}
!l 相关公告：流感疫苗接种门诊开诊通知｜国庆假期门诊安排
!m 医院总机：0736-7215000　地址：栌阳县健康路9号
!d Copyright 栌阳县儿童医院 All Rights Reserved
""",
        body="""
各位家长：
进入秋冬季，儿童呼吸道疾病进入高发期，夜间就诊患儿明显增多。为方便患儿就诊，经医院研究，自2025年10月25日起调整儿科门诊夜诊时间。
一、夜诊时间由原来的18:00至21:00延长至18:00至23:00，23:00以后的患儿请到急诊科就诊。
⟦a 微信搜索“栌阳儿童医院”公众号，可查看实时候诊人数⟧
二、夜诊期间开放儿内科诊室四间、雾化室一间，检验科、药房同步延长服务时间。
三、家长可通过医院公众号提前预约夜诊号源，预约后请提前十五分钟到达分诊台签到。
咨询电话：0736-7215120（门诊部）。
栌阳县儿童医院
2025年10月20日⟦a 【预约挂号】【智能导诊】⟧
""",
    ),
    dict(
        slug="univ-lab-safety-office-notice-html",
        site="樟汀理工学院实验室与设备管理处 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://sys.ztit.example.edu.cn/info/1021/3307.htm",
        title="关于开展2025年秋季学期实验室安全准入考试的通知",
        date="2025-09-03",
        date_also=["2025-09-04"],
        notes="a university office template: nav with 'quick links', a byline with 发布者/时间 (also accepted), an exam schedule, a URL of the exam system and the office's own mailbox kept, a 'print/close' row and a campus footer",
        page="""
<html><head><meta charset="utf-8"><title>关于开展2025年秋季学期实验室安全准入考试的通知-实验室与设备管理处</title></head><body>
<div class="head">⟦m 樟汀理工学院　实验室与设备管理处⟧</div>
<div class="nav">⟦l 首页 ｜ 机构设置 ｜ 安全管理 ｜ 设备管理 ｜ 下载中心 ｜ 学校首页⟧</div>
<div class="quick">⟦l 快速通道：大型仪器共享平台　危化品管理系统　资产系统⟧</div>
<h1>⟦t 关于开展2025年秋季学期实验室安全准入考试的通知⟧</h1>
<div class="art-info">⟦m 发布者：安全科　时间：2025-09-04　点击：[ 903 ]⟧</div>
<div class="v_news_content">
{BODY}
</div>
<div class="op">⟦a 【打印】 【关闭】⟧</div>
<div class="foot">⟦m 版权所有 © 樟汀理工学院　地址：樟汀市大学城学府路1号⟧</div>
</body></html>
""",
        body="""
各学院：
为落实实验室安全准入制度，学校定于9月中旬组织2025年秋季学期实验室安全准入考试。现将有关事项通知如下。
一、参考对象：2025级研究生、进入实验室开展研究的本科生及新进实验技术人员。
二、考试安排：
批次　　日期　　范围
第一批　　9月15日　　化学化工、材料学院
第二批　　9月17日　　生命科学、环境学院
第三批　　9月19日　　其他学院
三、考试方式：登录实验室安全教育系统（https://aqks.ztit.example.edu.cn）在线考试，成绩九十分以上为合格，可打印合格证书。
四、未通过考试者不得进入实验室，学院须在9月25日前将考试情况汇总后发送至sysaq@ztit.example.edu.cn。
实验室与设备管理处
2025年9月3日
""",
    ),
    dict(
        slug="univ-intl-office-opening-speech",
        site="樟汀理工学院国际交流处 (invented)",
        style="高校官网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://gjc.ztit.example.edu.cn/xwdt/2025/0912/210.htm",
        title="在2025级国际学生开学典礼上的讲话",
        record_title="讲话｜在2025级国际学生开学典礼上的讲话",
        date="2025-09-11",
        date_also=["2025-09-12"],
        notes="a speech with a speaker line keeping the role as given and a date under the title (neutral); a publishing line (also accepted); an English language switch, a photo-gallery link between paragraphs, footer",
        page="""
!a 中文 | English
!m 国际交流处（港澳台事务办公室）
!m 首页 > 新闻动态 > 正文
!t 讲话｜在2025级国际学生开学典礼上的讲话
!m 2025-09-12　文字：国际交流处　审核：邬宁
副校长　欧阳澜
（2025年9月11日）
{BODY}
!m 地址：学府路1号行政楼五楼　邮编：350108
""",
        body="""
亲爱的国际学生同学们，老师们：
大家好！首先，我代表学校，热烈欢迎来自十九个国家的一百二十六名新同学加入樟汀理工学院大家庭。
⟦l 【图集】2025级国际学生开学典礼精彩瞬间⟧
未来几年，你们将在这里学习专业知识，也将体验中国的文化和生活。希望大家尽快适应校园环境，遇到困难及时向老师和中国同学求助。
学习语言是了解一个国家最好的钥匙。希望你们认真学好中文，多参加学校组织的文化实践活动。
同学们，欢迎你们来到樟汀，祝大家学业进步、生活愉快！
""",
    ),
    dict(
        slug="localforum-night-construction-notice-jammer-html",
        site="楸原生活网论坛 (invented county life forum)",
        style="地方论坛",
        genre="公告",
        kind="notice",
        form="html",
        source="http://bbs.qiuyuanlife.example.com/thread-556102-1-1.html",
        title="关于城区部分路段夜间施工噪声管控的公告",
        record_title="关于城区部分路段夜间施工噪声管控的公告（晚上睡不着的进来看）- 楸原生活网",
        date="2025-07-21",
        date_also=["2025-07-22"],
        notes="a life forum thread with jammer fonts inside the post, a forum hook in the title, a 发表于 line (also accepted), a complaint line of the bureau kept next to the forum's ad line; reply floors and sticky ads",
        p_html="<p>{}</p>",
        junk=dict(lines=2, glued=2),
        page="""
<html><head><meta charset="gbk"><title>关于城区部分路段夜间施工噪声管控的公告（晚上睡不着的进来看）- 楸原生活网</title></head><body>
<div class="hd">⟦m 楸原生活网⟧　⟦a 登录⟧ ⟦a 立即注册⟧</div>
<div class="ad">⟦w 装修找老吴，全包半包都能做，电话 13974060188⟧</div>
<div class="pt">⟦m 楸原生活网 › 城事热议 › 正文⟧</div>
<h1>⟦t 关于城区部分路段夜间施工噪声管控的公告⟧</h1>
<div class="authi">⟦m 楼主　夜猫子不睡觉　发表于 2025-7-22 00:41⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="floor">⟦l 2楼 滨河小区业主：终于有人管了，天天半夜打桩⟧</div>
<div class="floor">⟦l 3楼 路过打酱油：顶一个⟧</div>
<div class="ft">⟦m 楸原生活网　客服QQ群：6620881⟧　⟦m 湘ICP备16031520号⟧</div>
</body></html>
""",
        body="""
转一下分局刚发的公告，大家有问题可以直接打电话：
为保障城区居民夜间休息，根据《中华人民共和国噪声污染防治法》，现就城区部分路段夜间施工噪声管控有关事项公告如下。
一、管控路段：迎宾大道、滨河路、楸园路及周边五百米范围。
二、管控时间：每日22时至次日6时，禁止产生噪声污染的建筑施工作业。因生产工艺要求必须连续作业的，须取得证明并提前公示。
三、违反本公告的，依法予以处罚。
噪声投诉电话：0739-8216110。
楸原县生态环境分局
2025年7月21日
""",
    ),
    dict(
        slug="localforum-village-gala-call-floors",
        site="柞岭乡亲论坛 (invented township forum)",
        style="地方论坛",
        genre="启事",
        kind="notice",
        form="text",
        source="http://www.zuolingxiangqin.example.net/bbs/view.asp?id=9011",
        title="柞岭乡2026年村晚节目征集启事",
        record_title="【家乡事】柞岭乡2026年村晚节目征集启事",
        date="2025-12-01",
        notes="an old ASP township forum: a 发帖时间 line and the 启事's own date (same day); forum junk lines and glued junk; reply floors; the 启事's own contacts kept",
        junk=dict(lines=1, glued=2),
        page="""
!m 柞岭乡亲论坛 → 家乡事 → 浏览帖子
!t 【家乡事】柞岭乡2026年村晚节目征集启事
!m 发帖人：乡文化站小彭　　发帖时间：2025-12-01 9:15:22　　人气：655
{BODY}
!l 回复1：小溪流水：我们组准备了花鼓戏，报一个！
!l 回复2：外出打工的柞岭人：今年过年一定回去看
!a [回复本帖]　[引用]　[收藏到我的空间]
!m 柞岭乡亲论坛 版权所有　本站程序：动网论坛
""",
        body="""
为丰富群众春节文化生活，展示乡村振兴新风貌，乡党委、乡政府决定于2026年春节期间举办柞岭乡第三届村晚，现面向全乡征集节目。
一、节目类型：歌舞、戏曲、小品、器乐、民俗表演等，每个节目时长不超过八分钟。
二、报名方式：以村为单位报送，每村不超过三个节目，报名截止时间为12月25日。
三、节目审看：乡文化站将于2026年1月上旬组织审看，择优确定演出节目。
联系人：彭晓雨，电话：0745-3310062；报名表可到乡文化站领取。
柞岭乡人民政府
2025年12月1日
""",
    ),
    dict(
        slug="fanwen-bamboo-coop-report-glued-title",
        site="大白范文 (invented)",
        style="范文站",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://www.dabaifanwen.example.com/shuzhi/2025/88016.html",
        title="竹编专业合作社理事长年度述职报告",
        record_title="竹编专业合作社理事长年度述职报告（精选2篇）",
        date="2025-12-20",
        notes="a 范文 page: the title repeated and glued to the first sentence, a 'piece 1' label, a 'download' call between paragraphs, a writing-service line and member prompt at the bottom",
        page="""
!m 大白范文 > 述职报告 > 个人述职
!t 竹编专业合作社理事长年度述职报告（精选2篇）
!m 更新时间：2025-12-22　来源：网友投稿
!l 第一篇
{T}{BODY}
!a ……余下内容及第二篇，开通会员后可查看并下载
!w 写材料找大白：专业代写各类述职报告，微信 dabai_xiecai
!d 本站文章均来自网络或网友投稿，如有侵权请联系删除
""",
        body="""
一年来，在乡党委、政府的关心支持下，我带领合作社理事会，围绕“稳订单、强品牌、增收入”的目标开展工作。现将履职情况报告如下。
一、带领社员增收。合作社全年承接竹编订单二百八十万元，带动社员一百四十二户，户均增收一万九千元。
⟦a 点击下载本文完整Word版⟧
二、培养技术骨干。举办竹编技能培训八期，培训社员三百余人次，十二名社员取得竹编工职业技能等级证书。
三、存在不足。合作社产品设计创新不够，线上销售比重偏低。明年我将重点抓好新产品开发和电商销售。
述职人：钟晓竹
2025年12月20日
""",
    ),
]

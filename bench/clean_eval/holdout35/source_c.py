"""holdout35, part C: a toll Q&A, two personal collections (a lacquer master, a toll
collector), Party-building pages (a winery branch, an incineration plant), hospitals (a
prosthetics hospital, a schistosomiasis hospital), universities (a prosthetics-engineering
internship, a folk-music college) and local forums (a drum troupe, an umbrella market).
Everything invented; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="qa-etc-toll-letter-sample-html-relative-time",
        site="知了问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.zhiliaowd.example.com/q/1188203.html",
        title="收费站给运输公司的催缴通行费函怎么写？",
        record_title="收费站给运输公司的催缴通行费函怎么写？求一份范文 - 知了问答",
        date=None,
        notes="Q&A: decorated title; the answer's sample 函 has ××××年×月×日 placeholders; relative times (2天前, 昨天) are not dates",
        page="""
<html><head><meta charset="utf-8"><title>收费站给运输公司的催缴通行费函怎么写？求一份范文 - 知了问答</title></head><body>
<div class="nav">⟦m 知了问答⟧ ⟦l 首页　问题　话题　专栏⟧ ⟦a 提问⟧</div>
<div class="q"><h1>⟦t 收费站给运输公司的催缴通行费函怎么写？求一份范文⟧</h1><p class="qmeta">⟦m 提问于 2天前 · 浏览 418⟧</p></div>
<div class="answer"><div class="who">⟦m 高速老路政 · 回答于 昨天 16:22⟧</div>
{BODY}
<div class="ops">⟦l 赞同 23　反对　评论 4　收藏⟧</div></div>
<div class="side"><h4>⟦l 相关问题⟧</h4><p>⟦l 逃费车辆追缴流程是什么？⟧</p><p>⟦l 函和通知的区别⟧</p></div>
<div class="foot">⟦d 回答内容由用户提供，仅供参考，平台不承担由此产生的任何责任⟧</div>
</body></html>
""",
        body="""
这类函属于告知催办性质，语气要客气但事实要清楚，可以参考下面的写法：
××运输有限公司：
经核查，贵公司所属车牌号为××××的货车于××××年×月×日起多次通过我站未足额缴纳车辆通行费，累计欠缴××元。
请贵公司在收到本函之日起十五日内到我站补缴，逾期将依法移送有关部门处理。
联系人：××，电话：××××××××。
××收费站
××××年×月×日
""",
    ),
    dict(
        slug="collection-lacquer-master-speech-1998-wrapped",
        site="漆香斋文存 (invented)",
        style="个人文集",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.qixiangzhai.example.com/wencun/juan1/23.html",
        title="在漆口漆器厂建厂三十周年座谈会上的发言",
        record_title="《漆香斋文存》卷一·第23篇｜在漆口漆器厂建厂三十周年座谈会上的发言",
        date="1998-09-18",
        notes="a retired lacquer master's collection: hard-wrapped at 62 columns; the date under the title in Chinese numerals; a collection note at the bottom; prev/next chapter links",
        wrap=62,
        indent="　　",
        page="""
!m 漆香斋文存 · 覃老的文字
!l 目录 ｜ 卷一 ｜ 卷二 ｜ 卷三
!t 《漆香斋文存》卷一·第23篇｜在漆口漆器厂建厂三十周年座谈会上的发言
{T}
覃守义
（一九九八年九月十八日）
{BODY}
!m 整理者按：此文据作者手稿录入，个别字词有改动。
!l 上一篇：漆树割漆的季节　　下一篇：给学徒的十条规矩
""",
        body="""
各位领导、各位老师傅、同志们：
今天，我们在这里座谈，纪念漆口漆器厂建厂三十周年。三十年前，厂里只有九个人、两间土房，靠手工打磨做些木碗漆盘。
如今，全厂职工发展到二百四十人，产品销往十几个省市，还有一部分出口到东南亚。这些成绩，是几代漆器工人用汗水换来的。
我在厂里干了二十八年，最大的体会是，漆器这门手艺急不得。一件好的脱胎漆器要上几十道漆，每一道都要等它阴干。
希望年轻的同志们沉下心来学手艺，把漆口漆器的牌子一代一代传下去。
""",
    ),
    dict(
        slug="collection-toll-collector-essay-html-volume",
        site="路边灯火文集 (invented)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="html",
        source="https://lubiandenghuo.example.net/vol2/chapter-31.html",
        title="收费亭的最后一个夜班",
        record_title="文集 · 卷二 · 第31篇 · 收费亭的最后一个夜班",
        date="2020-01-08",
        notes="a retired toll collector's collection: chapter nav, a volume header, the post line in Chinese numerals is the date; a crawl stamp at the foot is no date",
        page="""
<html><head><meta charset="utf-8"><title>文集 · 卷二 · 第31篇 · 收费亭的最后一个夜班</title></head><body>
<div class="book">⟦m 路边灯火文集⟧ <span>⟦m 作者：鲁长河⟧</span></div>
<div class="toc">⟦l 卷一 青年时代　卷二 收费岁月　卷三 退休以后⟧</div>
<h2>{T}</h2>
<p class="post">写于二〇二〇年一月八日</p>
{BODY}
<div class="chap">⟦l 〈 上一篇：ETC来了⟧ ⟦l 下一篇：去看老同事 〉⟧</div>
<div class="stamp">⟦m 本页收录于 2024-05-03 23:11:08⟧</div>
</body></html>
""",
        body="""
那天是我在收费站的最后一个夜班，窗外飘着小雪，车道上的车比平时少了很多。
凌晨两点，一辆拉蔬菜的货车停在窗口，司机递过通行卡，说他跑这条线跑了十五年，认得我。
我告诉他，明天起这个站就要撤了，以后过省界再也不用停车。
他愣了一下，从驾驶室里拿出两根黄瓜塞给我，说留个念想。
天亮交班的时候，我把收费亭的玻璃擦得干干净净，像是要把三十年的日子都擦亮。
""",
    ),
    dict(
        slug="dangjian-winery-branch-lecture-speech-date",
        site="葡源先锋网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.pyxianfeng.example.gov.cn/dkzl/2025/0626/3321.html",
        title="以“匠心酿造”精神推动企业党建与生产深度融合——在葡源酒业党总支专题党课上的讲稿",
        record_title="【专题党课】以“匠心酿造”精神推动企业党建与生产深度融合——在葡源酒业党总支专题党课上的讲稿",
        date="2025-06-26",
        notes="Party-building site: a bracketed column prefix; speaker line and a date line under the title neutral; a 'this page's QR' prompt; a font-size row; related lectures",
        page="""
!m 葡源先锋网 — 党建引领 · 发展先锋
!m 首页 » 党课讲堂 » 专题党课
!t 【专题党课】以“匠心酿造”精神推动企业党建与生产深度融合——在葡源酒业党总支专题党课上的讲稿
{T}
葡源酒业党总支书记　甘振邦
（2025年6月26日）
!a 字号：大　中　小　|　打印　|　关闭
{BODY}
!a 用手机扫一扫，在手机上阅读本文
!l 推荐党课：
!l ● 把支部建在车间上
!l ● 新时代产业工人的担当
!m 葡源县委组织部主办
""",
        body="""
同志们：
今天我和大家交流的题目是“以匠心酿造精神推动企业党建与生产深度融合”。
一、匠心酿造是共产党员的职业操守
一瓶好酒从葡萄下树到装瓶要经过两年多时间，任何一个环节马虎都会前功尽弃，这和我们党员做事要有恒心是一样的道理。
二、把党员先锋岗设在关键工序上
今年我们在除梗破碎、发酵控温、橡木桶陈酿三个关键工序设立党员先锋岗十二个，质量抽检合格率提高了两个百分点。
三、让党建成果体现在企业发展上
希望每一名党员都成为岗位上的“酿酒师”，用实际行动为企业高质量发展添彩。
""",
    ),
    dict(
        slug="dangjian-incineration-party-committee-qiyi-html",
        site="泷溪国企党建 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://dj.lxgqdj.example.cn/ldjh/2025-07/01/c_9120.html",
        title="在庆祝建党104周年暨“两优一先”表彰大会上的讲话",
        record_title="在庆祝建党104周年暨“两优一先”表彰大会上的讲话 - 领导讲话 - 泷溪国企党建",
        date="2025-06-30",
        notes="a modern Party-building template with a 【字号 大 中 小】 row; speaker line with role neutral; date under title; an honour list kept as body",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>在庆祝建党104周年暨“两优一先”表彰大会上的讲话 - 领导讲话 - 泷溪国企党建</title>
<style>.red{color:#c00}</style><script src="/static/js/jquery.min.js"></script></head><body>
<div class="banner">⟦m 泷溪国企党建⟧ ⟦m 泷溪县国资系统党建工作门户⟧</div>
<ul class="menu"><li>⟦l 首页⟧</li><li>⟦l 党建动态⟧</li><li>⟦l 领导讲话⟧</li><li>⟦l 支部风采⟧</li></ul>
<div class="where">⟦m 位置：首页 ＞ 领导讲话⟧</div>
<div class="article"><h1>{T}</h1>
<div class="src">⟦m 来源：泷溪环能发电有限公司党委　发布：2025-07-01⟧ ⟦a 【字号 大 中 小】⟧</div>
<p class="c">泷溪环能发电有限公司党委书记、董事长　庞立诚</p>
<p class="c">（2025年6月30日）</p>
{BODY}
</div>
<div class="prevnext">⟦l 上一篇：党委理论学习中心组第五次集中学习⟧<br>⟦l 下一篇：“七一”走访慰问老党员⟧</div>
<div class="footer">⟦m 中共泷溪县国资委委员会主办　技术支持：泷溪网络⟧</div>
</body></html>
""",
        body="""
同志们：
在中国共产党成立104周年即将到来之际，我们召开大会，表彰一批优秀共产党员、优秀党务工作者和先进党支部。
受表彰的先进党支部是：运行部党支部、检修部党支部。
过去一年，公司党委坚持把党建工作融入垃圾焚烧发电生产经营全过程，全年处理生活垃圾十九万吨，各项排放指标全部达标。
希望受表彰的同志珍惜荣誉、再接再厉，希望全体党员向先进看齐，为建设清洁美丽泷溪作出新的贡献。
""",
    ),
    dict(
        slug="hospital-prosthetics-free-fitting-html-hotlines",
        site="鼓岭县康复医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.glkfyy.example.cn/yyxw/tzgg/2025/1031/562.html",
        title="关于为困难肢残人免费适配假肢的公告",
        record_title="关于为困难肢残人免费适配假肢的公告_鼓岭县康复医院",
        date="2025-10-31",
        notes="hospital template: an appointment hotline in the header and a floating consult box; the department's own 咨询电话 and address kept; a materials list",
        page="""
<html><head><meta charset="utf-8"><title>关于为困难肢残人免费适配假肢的公告_鼓岭县康复医院</title></head><body>
<div class="head">⟦m 鼓岭县康复医院⟧ ⟦m 二级康复专科医院⟧ ⟦w 预约挂号：0736-5590120⟧</div>
<div class="nav">⟦l 医院概况　科室导航　专家介绍　就医指南　新闻公告⟧</div>
<div class="loc">⟦m 当前位置：首页 - 新闻公告 - 通知公告⟧</div>
<h2>{T}</h2>
<div class="inf">⟦m 发布时间：2025-10-31　点击：811⟧</div>
{BODY}
<div class="consult">⟦w 在线咨询 · 医生在线，立即提问⟧</div>
<div class="foot">⟦m 地址：鼓岭县迎宾大道99号　急诊电话：0736-5590999⟧<br>⟦m 湘ICP备19006652号-1⟧</div>
</body></html>
""",
        body="""
为帮助困难肢残人恢复行走能力，我院受县残联委托，于11月至12月为全县困难肢残人免费适配假肢。
一、适配对象
持有第二代残疾人证、家庭经济困难的下肢截肢者。
二、申请材料
1. 残疾人证原件及复印件；
2. 低保证或特困供养证明；
3. 近期一寸免冠照片两张。
三、申请方式
符合条件者请携带以上材料到我院假肢矫形科现场登记，也可由所在乡镇残联代为申请。
假肢矫形科咨询电话：0736-5590316，地址：门诊楼一楼东侧。
鼓岭县康复医院
2025年10月31日
""",
    ),
    dict(
        slug="hospital-xuefang-specialty-news-scan-code",
        site="泷溪县血防医院 (invented)",
        style="医院官网",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.lxxfyy.example.com/news/2025/0715/219.html",
        title="我院开展晚期血吸虫病人上门随访活动",
        record_title="我院开展晚期血吸虫病人上门随访活动-泷溪县血防医院",
        date="2025-07-15",
        notes="a specialty hospital's news: a photo caption line between paragraphs; the body's 扫码 sentence kept; the hospital's service line at the bottom",
        page="""
!m 泷溪县血防医院　仁心仁术 守护健康
!m 首页 > 医院新闻
{T}
!m 作者：公卫科　发布时间：2025年7月15日　浏览次数：203
{BODY}
!l 【关闭】【打印】【返回顶部】
!m 医院服务电话：0731-8840120（24小时）
!d Copyright © 泷溪县血防医院 版权所有
""",
        body="""
7月上旬，我院组织医护人员分成四个小组，深入沿河八个乡镇，对全县六十三名晚期血吸虫病人开展上门随访。
随访中，医护人员为患者测量血压、检查腹水情况，并详细了解用药和生活情况。
⟦m 图为医护人员在南湖村为患者做腹部B超检查⟧
对行动不便的患者，医护人员手把手教家属扫码预约复诊，并留下了家庭医生的联系电话。
本次随访共发放营养包六十三份，为十一名病情变化的患者办理了住院救治手续。
""",
    ),
    dict(
        slug="university-prosthetics-major-internship-plan-decimal",
        site="南屿康复职业学院 (invented)",
        style="高校官网",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.nykfzy.example.edu.cn/kfgc/jxgl/2025/0303/71.html",
        title="假肢矫形工程专业2025届学生顶岗实习方案",
        record_title="假肢矫形工程专业2025届学生顶岗实习方案-康复工程系",
        date="2025-03-03",
        notes="decimal headings 1.1/2.1 and a placement table kept; a department site line; the body's 下载 sentence kept; a footer with a postcode",
        page="""
!m 南屿康复职业学院 康复工程系
!m 首页 » 教学管理 » 实习实训
!t 假肢矫形工程专业2025届学生顶岗实习方案-康复工程系
!m 作者：教学办　日期：2025-03-03　阅读：356次
{BODY}
!l 附件下载：（请登录校内门户后下载）
!m 学院地址：南屿市大学城学苑路18号　邮编：532100
""",
        body="""
1 实习目的
1.1 使学生系统掌握假肢取型、接受腔制作、对线调整等岗位技能。
1.2 培养学生的职业素养和与残疾人沟通的能力。
2 实习安排
2.1 实习时间为2025年3月10日至6月20日，共十五周。
2.2 实习单位及人数如下：
实习单位　人数
鼓岭县假肢矫形康复中心　8人
南屿市康复辅具中心　12人
3 实习要求
3.1 学生须每周填写实习周志，实习手册可在学院教务系统下载。
3.2 实习期间不得擅自离岗，请假须经实习单位和指导教师同意。
康复工程系
2025年3月3日
""",
    ),
    dict(
        slug="university-folkmusic-erhu-grading-html",
        site="瑶渡艺术职业学院 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.ydyz.example.edu.cn/info/1031/5527.htm",
        title="关于2025年秋季社会艺术水平考级（二胡）报名的通知",
        record_title="关于2025年秋季社会艺术水平考级（二胡）报名的通知-瑶渡艺术职业学院",
        date="2025-09-05",
        notes="university template: the college's 考级办 phone and e-mail kept beside a site 技术支持 line; a timetable; 附件 list; font size row",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于2025年秋季社会艺术水平考级（二胡）报名的通知-瑶渡艺术职业学院</title></head><body>
<header>⟦m 瑶渡艺术职业学院⟧ ⟦l 学院概况　院系设置　招生就业　社会服务⟧ ⟦a English⟧</header>
<div class="crumbs">⟦m 首页 > 通知公告⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 发布时间：2025-09-05　作者：考级办　浏览：1024⟧ ⟦a 字体：[大][中][小]⟧</div>
{BODY}
<div class="pn">⟦l 上一条：2025级新生军训安排⟧ ⟦l 下一条：图书馆国庆开放时间⟧</div>
<footer>⟦m 地址：瑶渡市文昌路200号　技术支持：信息中心⟧</footer>
</body></html>
""",
        body="""
各位考生：
我院2025年秋季社会艺术水平考级（二胡）即日起接受报名，现将有关事项通知如下。
一、考级时间安排
级别　考试日期
一级至五级　11月8日
六级至十级　11月9日
二、报名方式
考生登录学院社会服务平台填写报名信息，上传一寸照片，并缴纳考级费。
三、联系方式
考级办电话：0775-2230816，邮箱：kaoji@ydyz.example.edu.cn。
附件：1.二胡考级曲目表
2.考场规则
瑶渡艺术职业学院考级办公室
2025年9月5日
""",
    ),
    dict(
        slug="localforum-guling-drum-troupe-notice-junk",
        site="鼓岭在线 (invented)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="text",
        source="https://bbs.gulingzx.example.com/thread-90412-1-1.html",
        title="关于调整锣鼓队排练时间和场地的通知",
        record_title="【扩散】关于调整锣鼓队排练时间和场地的通知（住河边的邻居看过来）",
        date="2025-05-06",
        date_also=["2025-05-07"],
        notes="a county forum repost with junk lines and glued junk; a floor line; the post date differs from the notice's date",
        junk=dict(lines=2, glued=1),
        page="""
!m 鼓岭在线 » 鼓岭杂谈
!t 【扩散】关于调整锣鼓队排练时间和场地的通知（住河边的邻居看过来）
!m 楼主 河堤散步人　发表于 2025-5-7 12:31　查看: 1893　回复: 41
{BODY}
!l 沙发 鼓岭小米粥：终于不在河边敲了，支持
!l 板凳 老街坊：晚上八点半以后确实不该敲
!a 回帖请先登录，没有帐号？注册一个
!m 鼓岭在线 版权所有　客服QQ群 6203314
""",
        body="""
各位居民朋友：
近期，有居民反映城关镇锣鼓队在滨河公园排练影响周边休息。经社区与锣鼓队协商，决定调整排练时间和场地。
一、排练时间调整为每周二、四、六18时30分至20时，其他时间不再排练。
二、排练场地由滨河公园移至城关镇文化广场东侧。
三、排练时锣鼓音量适当控制，不使用扩音设备。
感谢广大居民的理解与支持。
城关镇滨河社区居民委员会
2025年5月6日
""",
    ),
    dict(
        slug="localforum-santang-umbrella-market-closure-jammer-html",
        site="伞塘生活网 (invented)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.santanglife.example.net/thread-31177-1-1.html",
        title="关于伞塘古镇伞艺市集期间临时交通管制的通告",
        record_title="关于伞塘古镇伞艺市集期间临时交通管制的通告 - 伞塘资讯 - 伞塘生活网",
        date="2025-09-28",
        notes="Discuz-like local forum with jammer fonts; a detour table; the police brigade's 咨询电话 kept beside the forum's 广告合作 line",
        junk=dict(lines=1, glued=2),
        page="""
<html><head><meta charset="utf-8"><title>关于伞塘古镇伞艺市集期间临时交通管制的通告 - 伞塘资讯 - 伞塘生活网</title><style>.jammer{display:none}</style></head><body>
<div id="toptb">⟦m 伞塘生活网⟧ ⟦a 设为首页⟧ ⟦a 收藏本站⟧</div>
<div id="pt">⟦m 伞塘生活网 › 伞塘资讯 › 便民公告⟧</div>
<div class="pl"><div class="pi">⟦m 管理员 伞塘小编⟧ ⟦m 发表于 2025-9-28 17:02⟧</div>
<h1>{T}</h1>
<div class="t_fsz">
{BODY}
</div></div>
<div class="ad">⟦w 广告合作请联系 139 0736 5121（微信同号）⟧</div>
<div class="fastre">⟦l 快速回复　　高级模式⟧</div>
<div id="ft">⟦m Powered by Discuz!　伞塘生活网 湘ICP备16012330号⟧</div>
</body></html>
""",
        body="""
为保障伞塘古镇伞艺市集期间交通安全和畅通，县公安局交警大队决定对部分路段实行临时交通管制。
一、管制时间：2025年10月1日至10月5日，每日8时至22时。
二、管制路段及绕行：
管制路段　绕行路线
古镇老街全段　经环镇路通行
伞塘桥至码头路　经新桥路通行
三、管制期间，除执行任务的警车、消防车、救护车外，其他机动车禁止驶入管制路段。
交通管制咨询电话：0736-5120122。
伞塘县公安局交通警察大队
2025年9月28日
""",
    ),
]

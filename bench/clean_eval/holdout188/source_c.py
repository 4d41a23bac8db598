"""holdout188, part C: Q&A sites, personal collections, Party-building, hospitals, universities. Invented text."""

CASES = [
    dict(
        slug="qa-wenjin-text-answer-daylight-rights",
        site="问津问答 (invented)",
        style="问答社区",
        genre="回答",
        kind="answer",
        form="text",
        source="https://www.wenjinqa.com/q/2291047.html",
        title="邻居加盖三楼挡住我家采光，可以起诉吗？",
        record_title="邻居加盖三楼挡住我家采光，可以起诉吗？急！！ - 问津问答",
        date="2024-07-02",
        notes="question as title; answer time is the page's date; votes and other answers are chrome",
        page="""
!m 问津问答 › 法律 › 相邻关系
{T}
!m 提问者：阳台种花的人　　2024-07-01
!m 最佳答案　律师 覃柏舟　回答于 2024-07-02 09:13
{BODY}
!l 👍 有用(86)　　👎 没用(2)　　评论(9)
!l 其他回答(3)：可以先找村委会调解……
!a 我也要提问　|　下载问津APP
!d 以上回答仅代表答主个人观点，不构成正式法律意见。
""",
        body="""
可以起诉，但建议先收集证据。
根据民法典的规定，建造建筑物不得违反国家有关工程建设标准，不得妨碍相邻建筑物的通风、采光和日照。
第一步，拍照记录加盖前后的日照变化，最好请有资质的机构出具日照分析报告；第二步，查询邻居加盖是否取得规划许可，没有许可的可向自然资源部门举报；第三步，协商不成再向法院起诉，请求排除妨碍或者赔偿损失。
""",
    ),
    dict(
        slug="qa-zhidao-html-answer-minutes-format",
        site="知道点公文问答 (invented)",
        style="问答社区",
        genre="回答",
        kind="answer",
        form="html",
        source="https://zhidaodian.cn/question/88017342.html",
        title="会议纪要和会议记录有什么区别？",
        record_title=None,
        date=None,
        notes="answer with a template placeholder date (no date); relative time is no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>会议纪要和会议记录有什么区别？_知道点</title></head>
<body>
<div class="hd">⟦m 知道点 · 有问题，点一点⟧ ⟦a 登录 提问⟧</div>
<div class="qbox"><h1>{T}</h1><span>⟦m 提问于 5天前 · 浏览 1.2万⟧</span></div>
<div class="answer">
<div class="who">⟦m 公文老兵 · 采纳率 92% · 2天前⟧</div>
{BODY}
</div>
<div class="vote">⟦l 赞同 341 · 收藏 · 举报⟧</div>
<div class="more">⟦l 相关问题：纪要开头怎么写？ · 请示和报告能混用吗？⟧</div>
<div class="ft">⟦m 知道点 © 2025 京ICP备23018461号-3⟧</div>
</body></html>
""",
        body="""
两者最主要的区别在于性质和用途。
会议记录是对会议情况的原始记载，有言必录，一般不对外发布；会议纪要是根据会议记录整理出的法定公文，只写议定事项，需要印发执行。
格式上，纪要的标题一般是“××会议纪要”，落款日期写成“××××年×月×日”，正文多用“会议认为”“会议决定”等表述。
""",
    ),
    dict(
        slug="anthology-muyi-text-essay-retired-surveyor",
        site="慕一文集 (invented)",
        style="个人文集",
        genre="散文",
        kind="essay",
        form="text",
        source="https://muyi-wenji.net/juan2/031.html",
        title="守着水塔的那些年",
        record_title="《慕一文集》卷二·第31篇｜守着水塔的那些年",
        date=None,
        notes="collection chapter nav; one-line body; no date (year inside the text only)",
        page="""
!m 慕一文集 · 卷二 · 旧厂记忆
!m 目录 ｜ 上一篇：锅炉房的冬天 ｜ 下一篇：厂区广播
{T}
{BODY}
!l ← 返回卷二目录
!d 文集文字版权归作者所有，未经同意请勿转载。
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
厂区东头的水塔，是1978年建起来的，四十多米高，刷着白漆。
我在水塔当管理员，一干就是十九年，每天早上第一件事是爬上去看水位。
后来厂里通了市政自来水，水塔就不用了，前年拆除的时候，我特意去拍了几张照片。
现在想起它，还是觉得亲切。
""",
    ),
    dict(
        slug="anthology-qiuyan-text-speech-farm-painting",
        site="秋砚堂集 (invented)",
        style="个人文集",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://qiuyantang.cn/wz/2023/12/0188.html",
        title="在农民画院成立十周年座谈会上的发言",
        record_title="在农民画院成立十周年座谈会上的发言",
        date="2023-12-09",
        notes="date under the title; a font-size toolbar and a collection footer; writer's note after body",
        page="""
!m 秋砚堂集 | 一个老画匠的旧稿
!a 〔放大字体〕〔恢复默认〕
{T}
（2023年12月9日）
{BODY}
!m 收录于：《秋砚堂集·发言卷》　录入：小满
!l 同卷文章：在乡村美育论坛上的发言 / 给学员的一封信
""",
        indent="\u3000\u3000",
        body="""
各位同仁、各位画友：
十年前，我们在老供销社的仓库里挂起了农民画院的牌子，那时只有十二个学员、两张长桌。
十年来，画院培养学员四百多人，作品三次进京展出，还有不少画作印上了本地的农产品包装。
农民画的根在田间。希望年轻画友多下地、多看看乡亲们的日子，画出有泥土味的作品。
谢谢大家！
""",
    ),
    dict(
        slug="dangjian-huaiyuan-html-speech-branch-education",
        site="槐园党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://www.huaiyuandj.gov.cn/djyw/2024/0628/30912.html",
        title="在县编办党支部“七一”专题党课上的讲话",
        record_title="在县编办党支部“七一”专题党课上的讲话_党建要闻_槐园党建网",
        date="2024-06-28",
        notes="speaker line neutral under the title; the speech's date is the byline date; reading tools",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>在县编办党支部“七一”专题党课上的讲话_党建要闻_槐园党建网</title>
<script src="/js/djw.js"></script></head>
<body>
<div class="banner">⟦m 槐园党建网 · 不忘初心 牢记使命⟧</div>
<div class="nav">⟦l 首页 党建要闻 组织建设 党员教育 廉政建设 专题专栏⟧</div>
<div class="loc">⟦m 您的位置：首页＞党建要闻⟧</div>
<h1>{T}</h1>
<p class="speaker">县委编办党支部书记　龚若川</p>
<div class="meta">⟦m 时间：2024-06-28　来源：县委编办　编辑：戴青⟧</div>
<div class="text">
{BODY}
</div>
<div class="tools">⟦a 【大】【中】【小】【打印】【关闭】⟧</div>
<div class="footer">⟦m 中共槐园县委组织部主办　晋ICP备10007412号⟧</div>
</body></html>
""",
        body="""
同志们：
今天，我们以“守纪律、讲规矩”为主题，上一堂专题党课。
编办工作天天同编制、职数打交道，每一个编制都连着公平公正。我们要带头执行机构编制纪律，不打招呼、不开口子、不搞变通。
⟦a 点击收听本文音频⟧
希望全体党员把纪律要求转化为日常习惯，以实际行动迎接党的生日。
""",
    ),
    dict(
        slug="dangjian-linjiang-text-summary-pioneer-post",
        site="临江先锋网 (invented)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.ljxianfeng.cn/zzjs/2024/1230/1182.html",
        title="县跨境电商产业园党委2024年党建工作总结",
        record_title="【组织建设】县跨境电商产业园党委2024年党建工作总结",
        date="2024-12-27",
        date_also=["2024-12-30"],
        notes="posting date differs from the 成文日期; related links between paragraphs",
        page="""
!m 临江先锋网 >> 组织建设 >> 基层党建
{T}
!m 发布时间：2024年12月30日　来源：园区党委　浏览：418
{BODY}
!l 【上一篇】物流园区“红色驿站”建设经验交流
!l 【下一篇】两新组织党组织书记培训班开班
!m 临江先锋网　主办：中共临江县委组织部
""",
        indent="\u3000\u3000",
        body="""
2024年，园区党委坚持党建引领产业发展，全年新建企业党支部6个，发展党员11名。
一是推动组织覆盖。对入驻园区的92家电商企业逐一摸排，党员3人以上的全部单独建支部。
⟦l 相关链接：园区企业党员先锋岗名单公布⟧
二是设立党员先锋岗。围绕通关、仓储、直播等岗位设立先锋岗35个，带动企业出口额增长18%。
三是服务青年员工。建成园区青年之家，组织职业技能培训12场。
中共临江县跨境电商产业园委员会
2024年12月27日
""",
    ),
    dict(
        slug="hospital-kangning-html-notice-sanfu-patch",
        site="康宁中医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.knzyy.com/news/gg/2024-07-01-1129.html",
        title="2024年三伏贴敷贴时间及注意事项",
        record_title="2024年三伏贴敷贴时间及注意事项-康宁中医院",
        date="2024-07-01",
        notes="hospital site with booking box; department phone kept beside the hospital hotline; schedule table",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>2024年三伏贴敷贴时间及注意事项-康宁中医院</title></head>
<body>
<div class="top">⟦m 康宁中医院　二级甲等中医医院⟧ ⟦m 急诊电话：0371-61128120⟧</div>
<div class="nav">⟦l 医院概况 科室导航 专家介绍 就医指南 健康科普⟧</div>
<div class="weizhi">⟦m 当前位置：首页 > 新闻中心 > 医院公告⟧</div>
<h1>{T}</h1>
<div class="date">⟦m 发布时间：2024-07-01　浏览量：3721⟧</div>
{BODY}
<div class="yuyue">⟦a 在线预约挂号 >>⟧</div>
<div class="ft">⟦m 地址：郑州市康宁路66号⟧ ⟦d 本站信息仅供参考，不能作为诊断依据⟧</div>
</body></html>
""",
        body="""
“冬病夏治”三伏贴是我院治未病科的特色项目。今年三伏贴敷贴时间安排如下：
伏次　日期
初伏　7月15日
中伏　7月25日
末伏　8月14日
一、适宜人群：慢性咳嗽、过敏性鼻炎、体虚易感冒者。
二、注意事项：孕妇、皮肤过敏者及2岁以下儿童不宜贴敷；成人每次贴敷2至4小时，出现明显灼热感应立即取下。
治未病科咨询电话：0371-61128307。
""",
    ),
    dict(
        slug="hospital-yunqiao-text-news-pharmacy-week",
        site="云桥人民医院 (invented)",
        style="医院官网",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.yqrmyy.cn/xw/yydt/6627.html",
        title="我院开展“合理用药宣传周”进社区活动",
        record_title=None,
        date="2024-09-25",
        notes="title missing from record (found on page); byline date; hard-wrapped",
        page="""
!m 云桥人民医院 · 医院动态
{T}
!m 撰稿：药学部 喻晓芃　　发布日期：2024-09-25　　点击：206
{BODY}
!a [分享到朋友圈] [打印本文]
!m Copyright 2024 云桥人民医院　陕ICP备16003294号
""",
        indent="\u3000\u3000",
        wrap=58,
        body="""
9月23日至25日，我院药学部组织药师走进城南、城北等5个社区，开展“合理用药宣传周”活动。
活动中，药师为居民免费清理家庭小药箱，回收过期药品130余盒，讲解抗生素使用常识，并为老年人建立个人用药清单。
药学部负责人表示，今后将每季度开展一次进社区用药咨询，让群众用药更安全。
""",
    ),
    dict(
        slug="university-binhai-html-news-plagiarism-check",
        site="滨海理工大学教务处 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://jwc.bhlg.edu.cn/tzgg/2025/0310/c1024a58811/page.htm",
        title="关于2025届本科毕业论文（设计）学术不端检测的通知",
        record_title="关于2025届本科毕业论文（设计）学术不端检测的通知",
        date="2025-03-10",
        record_date="2025-03-10",
        notes="university template; 检测/下载 instructions kept; numbered list",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于2025届本科毕业论文（设计）学术不端检测的通知</title></head>
<body>
<div class="head">⟦m 滨海理工大学 教务处⟧ ⟦l 学校首页 | 信息门户⟧</div>
<div class="menu">⟦l 机构设置 教学运行 考试管理 实践教学 下载专区⟧</div>
<div class="arti">
<h1 class="arti_title">{T}</h1>
<p class="arti_metas">⟦m 发布者：实践科　发布时间：2025-03-10　浏览次数：2870⟧</p>
{BODY}
</div>
<div class="ft">⟦m 滨海理工大学教务处　地址：滨海市海川大道1号⟧</div>
</body></html>
""",
        body="""
各学院：
为加强学风建设，学校将对2025届本科毕业论文（设计）进行学术不端检测，有关事项通知如下。
1.检测时间：5月6日至5月12日。
2.检测方式：学生登录检测系统上传论文终稿，每人限检测2次，检测完成后自行下载报告。
3.总文字复制比超过30%的论文，不得参加答辩。
4.指导教师应审阅检测报告并签署意见。
教务处
2025年3月10日
""",
    ),
    dict(
        slug="university-xiyuan-text-news-broadcasting-contest",
        site="西原学院新闻网 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="text",
        source="http://news.xiyuan.edu.cn/info/1002/17734.htm",
        title="我校学子在全省大学生播音主持大赛中获佳绩",
        record_title="我校学子在全省大学生播音主持大赛中获佳绩-西原学院新闻网",
        date="2024-11-18",
        notes="university news; photographer and editor lines; title repeated glued to the lead",
        page="""
!m 西原学院新闻网 | 校园动态
!m 来源：文学与传媒学院　作者：陶蔚　摄影：苗青　发布时间：2024-11-18
{BODY}
!m 责任编辑：邝言　审核：蒲海
!l 上一篇：我校召开2024年度科研工作推进会
""",
        body="""
⟦t 我校学子在全省大学生播音主持大赛中获佳绩⟧11月16日，第九届全省大学生播音主持大赛决赛落幕，我校文学与传媒学院学生获一等奖1项、二等奖2项。
本届大赛共有46所高校的380余名选手参赛，设新闻播报、即兴评述、文艺作品演播三个组别。
学院负责人表示，学院将以赛促教，进一步加强播音主持专业实践教学。
""",
    ),
]

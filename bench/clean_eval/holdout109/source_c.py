"""holdout109, part C. Invented text, sites, places and people; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="anthology-zhenggu-text-speech-apprentice-wrapped",
        site="《接骨斋杂录》个人文集 (invented)",
        style="个人文集",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.jieguzhai.net/zalu/juan2/058.html",
        title="在磲川正骨疗法第五代传承人拜师仪式上的讲话",
        record_title="《接骨斋杂录》卷二·第58篇｜在磲川正骨疗法第五代传承人拜师仪式上的讲话",
        date="2024-09-10",
        notes="personal collection, hard-wrapped at 58 columns; date in Chinese numerals under the title; collection chrome",
        page="""
!m 接骨斋杂录　·　卢济川文集
!l 目录　|　卷一　卷二　卷三
!t 《接骨斋杂录》卷二·第58篇｜在磲川正骨疗法第五代传承人拜师仪式上的讲话
{T}
（二〇二四年九月十日）
{BODY}
!l ◀ 第57篇　夹板的学问　　　第59篇　给县中医院骨伤科的一封信 ▶
!d 文集内容为作者原创，转载请征得作者同意。
""",
        indent="\u3000\u3000",
        wrap=58,
        body="""
各位同道、各位来宾：
今天，我们磲川正骨疗法又收了三位新弟子。看到年轻人愿意学这门手艺，我这个七十多岁的老头子打心眼里高兴。
我们这一门正骨，从我曾祖父算起，已经一百二十多年了。讲究的是“手摸心会、拔伸捺正、夹缚固定、动静结合”。这十六个字，说起来容易，真要做到，没有十年功夫下不来。
我对三位弟子提三点要求。第一，要先学做人，再学手艺。病人把骨头交到你手上，就是把信任交到你手上。第二，要肯下苦功。摸骨的手感全靠一次一次练出来，每天至少要摸两个小时的骨骼模型。第三，要守正创新。老祖宗的东西要传下来，现代医学的影像检查也要学会看，二者结合，才能少出差错。
最后，感谢县卫健局、县中医院对我们这门非遗项目的支持。谢谢大家！
""",
    ),
    dict(
        slug="anthology-hanqu-html-research-permafrost-road",
        site="雪线文存 (invented personal collection)",
        style="个人文集",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://xuexianwencun.org/vol3/ch07.html",
        title="关于多年冻土区县乡公路病害情况的调研报告",
        record_title="卷三 · 第七章　关于多年冻土区县乡公路病害情况的调研报告",
        date="2023-08-30",
        notes="collection chapter page with a volume nav and chapter links; decimal headings; a table one row a paragraph; date under the signature",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>卷三 · 第七章 - 雪线文存</title></head><body>
<header>⟦m 雪线文存⟧<small>⟦m 一名冻土工程师的工作笔记⟧</small></header>
<nav class="vol">⟦l 卷一　卷二　卷三　卷四⟧</nav>
<div class="chapter">
<div class="chap-no">⟦t 卷三 · 第七章　关于多年冻土区县乡公路病害情况的调研报告⟧</div>
<h1>{T}</h1>
{BODY}
</div>
<div class="pager">⟦l 上一章：冻胀丘观测手记⟧　⟦l 下一章：活动层厚度的十年变化⟧</div>
<footer>⟦d 文存所收文字均系作者旧作整理，仅供交流⟧　⟦m 联系作者：xuexian_wc@outlook.com⟧</footer>
</body></html>
""",
        body="""
2023年7月至8月，我们对硖原县境内多年冻土区6条县乡公路开展了病害调查，现将情况报告如下。
1 基本情况
1.1 调查路段总长142公里，其中穿越高含冰量冻土段38公里。
1.2 路面主要病害为纵向裂缝、不均匀沉降和冻胀翻浆。
2 病害统计
路线　　冻土段长度　　病害处数
县道X201　　12.4公里　　37
乡道Y107　　9.8公里　　22
乡道Y112　　15.8公里　　41
3 原因分析
3.1 路基填土高度不足，阻隔不了夏季热量下传，导致下伏冻土上限下移。
3.2 路侧积水长期浸泡坡脚，加速了冻土融化。
4 对策建议
4.1 对高含冰量路段采用块石路基或通风管路基，主动降低路基温度。
4.2 完善路侧排水，严禁在路基两侧50米内取土。
冻土工程调研组
2023年8月30日
""",
    ),
    dict(
        slug="dangjian-qixiang-html-plan-radar-party-day",
        site="礁原县气象局党建网 (invented)",
        style="党建网",
        genre="方案",
        kind="plan",
        form="html",
        source="http://dj.jiaoyuanqx.gov.cn/zbhd/202506/t20250623_4410.html",
        title="雷达站党支部“七一”主题党日活动方案",
        record_title="【支部活动】雷达站党支部“七一”主题党日活动方案",
        date="2025-06-23",
        notes="Party-building site; decorated record title; byline 发布日期 as page date; numbered activity list; 学习强国-style share row",
        page="""
<html><head><meta charset="utf-8"><title>【支部活动】雷达站党支部“七一”主题党日活动方案 - 礁原气象党建</title></head><body>
<div class="top">⟦m 礁原气象党建⟧<span>⟦m 风云路上党旗红⟧</span></div>
<div class="menu">⟦m 首页 | 党建要闻 | 支部活动 | 学习园地 | 廉政建设 | 党员风采⟧</div>
<div class="loc">⟦m 当前位置：首页 - 支部活动⟧</div>
<h1>{T}</h1>
<p class="meta">⟦m 发布日期：2025-06-23　信息来源：雷达站党支部　浏览量：162⟧</p>
<div class="content">
{BODY}
</div>
<div class="share">⟦l 分享到：学习强国　微信　QQ⟧</div>
<div class="ft">⟦m 中共礁原县气象局党组主办⟧　⟦m 技术支持：礁原县气象信息中心⟧</div>
</body></html>
""",
        body="""
为庆祝中国共产党成立104周年，进一步增强支部凝聚力，结合雷达站业务特点，雷达站党支部决定开展“七一”主题党日活动，方案如下。
一、活动时间
2025年6月30日上午（不影响雷达值班）。
二、活动内容
1. 重温入党誓词，由支部书记领誓。
2. 集中学习《中国共产党章程》相关内容，交流学习体会。
3. 开展“雷达开放日”志愿服务，为附近小学师生讲解天气雷达知识。
4. 为建站以来的老党员送去慰问品。
三、有关要求
值班党员做好交接，确保雷达24小时不间断运行；活动照片和学习记录由组织委员整理归档。
""",
    ),
    dict(
        slug="dangjian-jinrong-text-report-microloan-branch-secretary",
        site="磲川非公党建在线 (invented)",
        style="党建网",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://www.quchuanfgdj.cn/szbg/2025/0115/3390.html",
        title="汇融小额贷款公司党支部书记2024年度抓党建工作述职报告",
        date="2025-01-13",
        notes="non-public-sector Party site as text; date under the report title; speaker line neutral; data in the body",
        page="""
!m 磲川非公党建在线
!m 网站首页 ＞ 述职评议 ＞ 金融行业
{T}
（2025年1月13日）
汇融小额贷款公司党支部书记　潘书远
!m 编辑：非公党工委　　2025-01-15　　【字体：大 中 小】
{BODY}
!l 【相关阅读】物流企业党支部书记述职报告｜商会党委2024年工作总结
!m 中共磲川县委非公有制经济组织和社会组织工作委员会
""",
        body="""
2024年，我作为公司党支部书记，认真履行抓党建第一责任人职责，推动党建工作与业务经营深度融合。现将履职情况报告如下。
一、履职情况
（一）抓组织建设。支部现有党员9名，全年发展预备党员1名，按时召开支部党员大会4次、支委会12次，组织生活会和民主评议党员按要求完成。
（二）抓党建引领业务。组织党员组建“金融助农”服务队，走访个体工商户和种养殖户210户，发放涉农小额贷款3160万元。
（三）抓廉洁从业。与信贷、风控岗位员工签订廉洁从业承诺书，全年未发生违规放贷问题。
二、存在的不足
党建活动形式还比较单一，党员在防范化解金融风险中的先锋作用发挥得还不够充分。
三、下一步打算
2025年，我将带头落实“三会一课”制度，推动党建工作与合规经营同部署、同考核。
""",
    ),
    dict(
        slug="hospital-zhenggu-html-notice-clinic-hours-phones",
        site="磲川县正骨医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.qczgyy.com/news/tzgg/2025-0701-281.html",
        title="关于调整暑期门诊时间的通知",
        record_title="关于调整暑期门诊时间的通知-磲川县正骨医院",
        date="2025-07-01",
        notes="hospital template with an appointment float and 24-hour line; the notice's own 咨询电话 kept; schedule table one row a paragraph",
        page="""
<!doctype html><html><head><meta charset="utf-8"><title>关于调整暑期门诊时间的通知-磲川县正骨医院</title></head><body>
<div class="logo-bar">⟦m 磲川县正骨医院⟧<em>⟦m 二级甲等中医骨伤专科医院⟧</em><span class="tel">⟦m 24小时急诊：0831-7702120⟧</span></div>
<ul class="nav"><li>⟦m 医院概况⟧</li><li>⟦m 科室导航⟧</li><li>⟦m 专家介绍⟧</li><li>⟦m 就医指南⟧</li><li>⟦m 新闻中心⟧</li></ul>
<div class="path">⟦m 首页 ＞ 新闻中心 ＞ 通知公告⟧</div>
<h1>{T}</h1>
<div class="newsinfo">⟦m 发布人：医务科　发布时间：2025-07-01　阅读：1536⟧</div>
<div class="newscon">
{BODY}
</div>
<div class="float-yy">⟦a 在线预约挂号⟧</div>
<div class="foot">⟦m 地址：磲川县接骨路1号　邮编：618300⟧　⟦m 蜀ICP备14027740号-1⟧</div>
</body></html>
""",
        body="""
各位患者朋友：
为方便暑期学生和上班族就诊，自2025年7月7日至8月31日，我院门诊时间调整如下：
时段　　周一至周五　　周六、周日
上午　　7:30—12:00　　8:00—12:00
下午　　14:00—18:30　　14:00—17:30
骨伤一科、骨伤二科、小儿骨科每周六全天安排专家坐诊。急诊科、住院部实行24小时服务，不受本次调整影响。
门诊预约可通过本院微信服务号或拨打门诊咨询电话：0831-7702231。
由此给您带来的不便，敬请谅解。
磲川县正骨医院
2025年7月1日
""",
    ),
    dict(
        slug="hospital-fuyou-text-summary-midwife-training",
        site="礁原县妇幼保健院官网 (invented), text rendering",
        style="医院官网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.jyfybjy.cn/keshi/chanke/2024/1226/553.html",
        title="2024年助产士岗位能力提升培训工作总结",
        record_title="2024年助产士岗位能力提升培训工作总结_产科动态_礁原县妇幼保健院",
        date="2024-12-24",
        notes="hospital text page; decorated record title; chrome glued after a body sentence (a consult prompt); date under the signature",
        page="""
!m 礁原县妇幼保健院　Jiaoyuan Maternal and Child Health Hospital
!m 预约挂号 | 就诊指南 | 科室介绍 | 健康科普 | 院务公开
!m 当前位置：首页 > 科室介绍 > 产科 > 产科动态
{T}
!m 时间：2024-12-26　来源：产科　点击：305
{BODY}
!a 【关闭本页】　【返回顶部】
!m 礁原县妇幼保健院 版权所有　预约电话：0769-8839200
""",
        body="""
2024年，产科按照省卫健委助产技术规范化培训要求，组织开展助产士岗位能力提升培训，取得了较好效果。现总结如下。
一、培训开展情况
全年组织理论授课18次、技能工作坊10次、产科急救情景演练6次，全院31名助产士全员参训，人均培训学时96学时。⟦w 孕产咨询请添加客服微信 jyfy_kf⟧
二、培训成效
助产士理论考试平均分由年初的72.4分提高到86.1分；肩难产、产后出血等急救情景演练考核合格率100%。全年自然分娩率提高到61.3%，会阴侧切率下降至22%。
三、存在问题
个别低年资助产士临床应变能力不足，夜班时段高年资助产士配置仍偏紧。
四、下一步打算
2025年，将推行助产士分层级培训和导师制，选派骨干到省级医院进修。
礁原县妇幼保健院产科
2024年12月24日
""",
    ),
    dict(
        slug="university-nongda-html-news-anthrax-lecture",
        site="碛西农业大学动物医学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://dyxy.qxau.edu.cn/info/1033/6187.htm",
        title="我院举办“畜间炭疽防控与公共卫生”专题讲座",
        record_title=None,
        date="2025-04-18",
        notes="university department news, no record title; 发布时间 byline; photographer line and 审核 line after the text; sidebar quick links",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>我院举办“畜间炭疽防控与公共卫生”专题讲座-碛西农业大学动物医学院</title></head><body>
<div class="head">⟦m 碛西农业大学　动物医学院⟧</div>
<div class="nav">⟦m 学院首页 | 学院概况 | 师资队伍 | 本科教学 | 研究生培养 | 科学研究 | 学生工作⟧</div>
<div class="sidebar"><h3>⟦l 快速通道⟧</h3><ul><li>⟦l 信息门户⟧</li><li>⟦l 教务系统⟧</li><li>⟦l 图书馆⟧</li></ul></div>
<div class="main">
<div class="dqwz">⟦m 当前位置: 首页 >> 学院新闻 >> 正文⟧</div>
<h2>{T}</h2>
<div class="fbsj">⟦m 作者：赵一粟　发布时间：2025-04-18　点击数：［328］⟧</div>
{BODY}
<p class="sy">⟦m 摄影：马牧之　审核：钱一帆⟧</p>
</div>
<div class="foot">⟦m 版权所有©碛西农业大学动物医学院　地址：碛西市农大路6号⟧</div>
</body></html>
""",
        body="""
4月17日下午，我院在学术报告厅举办“畜间炭疽防控与公共卫生”专题讲座，邀请省动物疫病预防控制中心研究员高怀远主讲，学院300余名师生参加。
高怀远结合多年一线工作经历，介绍了炭疽的病原特点、流行规律和临床症状，重点讲解了“疑似病畜不剖检、病死畜不剥皮、污染场所严消毒”的处置原则。
讲座还通过两起基层真实案例，分析了私自屠宰病死牛羊导致人感染炭疽的教训，提醒同学们在今后的工作中要切实落实报告制度。
互动环节，同学们就炭疽疫苗免疫、环境芽孢检测等问题踊跃提问，高怀远一一作了解答。
""",
    ),
    dict(
        slug="university-zhiyuan-text-notice-auto-inspection-internship",
        site="磴川职业技术学院 (invented), text rendering",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.dcvtc.edu.cn/qcx/tzgg/2025/0428/1932.html",
        title="关于汽车检测与维修技术专业2023级学生赴检测站跟岗实习的通知",
        record_title="关于汽车检测与维修技术专业2023级学生赴检测站跟岗实习的通知 - 汽车工程系",
        date="2025-04-28",
        notes="college department page; decorated record title; the notice's 带队教师 phone and 打印 sentence kept; footer and related list",
        page="""
!m 磴川职业技术学院 · 汽车工程系
!m 首页 / 通知公告
{T}
!m 发布者：系办　发布时间：2025-04-28 15:20　阅读：241
{BODY}
!l 相关通知：2025届毕业生顶岗实习动员会的通知
!m Copyright © 磴川职业技术学院汽车工程系　黔ICP备10004431号
""",
        body="""
各班级：
经与县内三家机动车检测站协商，系里安排汽车检测与维修技术专业2023级学生于5月12日至6月6日赴检测站跟岗实习。现将有关事项通知如下：
一、实习分组：1班赴城北检测站，2班赴安通检测站，3班赴宏驰检测站，每组配带队教师1名。
二、实习内容：熟悉机动车安全技术检验流程，参与外观检验、底盘动态检验和尾气排放检测的辅助工作。
三、纪律要求：学生须穿工装、戴安全帽进入检测车间，不得擅自操作检测设备，不得进入检测线地沟。
四、请各班学生自行打印《跟岗实习安全承诺书》，签字后于5月9日前交班主任。
带队教师联系电话：石磊　13885190326。
汽车工程系
2025年4月28日
""",
    ),
    dict(
        slug="localforum-beiling-text-initiative-breakfast-stalls-junk",
        site="碑岭在线 · 家长里短版 (invented county forum)",
        style="地方论坛",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://bbs.beilingol.com/thread-209871-1-1.html",
        title="致全县早餐经营户的倡议书",
        record_title="致全县早餐经营户的倡议书（转自县市场监管局）",
        date="2025-03-20",
        notes="county forum repost with junk lines; poster's aside in the record title; relative reply times; the document's date under the signature",
        page="""
!m 碑岭在线 › 家长里短 › 民生资讯
!t 致全县早餐经营户的倡议书（转自县市场监管局）
!m 楼主　山城小满　　发表于 1 小时前　|　只看楼主
{T}
{BODY}
!l 2#　老碑岭：支持，巷子口那家油条摊该管管了
!l 3#　木子李：早餐车能不能多放几个点
!a 快速回复　　｜　　登录后才能参与讨论
!m 碑岭在线　客服QQ群：56120998
""",
        junk=dict(lines=2, glued=1),
        body="""
全县早餐经营户朋友们：
一份干净卫生的早餐，关系着千家万户的健康。为提升全县早餐供应质量，县市场监管局向全体早餐经营户发出如下倡议：
一、亮证经营。主动公示营业执照、健康证明和食品安全承诺书。
二、把好原料关。从正规渠道采购米面油、肉蛋奶，不使用来源不明的食品原料，做到索票索证。
三、规范操作。生熟分开，餐具一洗二清三消毒，从业人员佩戴口罩、帽子。
四、文明经营。不占道、不乱倒污水，收摊后清扫干净周边卫生。
让我们携起手来，让每一位顾客吃得放心、吃得舒心！
碑岭县市场监督管理局
2025年3月20日
""",
    ),
    dict(
        slug="localforum-kanjing-text-notice-village-desilting",
        site="硖原论坛 · 乡村版 (invented county forum)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.xiayuanbbs.com/forum/view/55032",
        title="阿勒泰村关于组织村民参与坎儿井春季清淤的通知",
        record_title=None,
        date="2025-03-08",
        date_also=["2025-03-09"],
        notes="no record title; forum post time differs from the notice's date (both accepted); the notice's own 联系电话 kept; sign-off bar and ads",
        page="""
!m 硖原论坛 > 乡村振兴 > 村务公开
{T}
!m 发帖人：阿勒泰村村委会　　2025-03-09 20:14　　查看 611　回复 8
!l 【置顶】乡村版版规（新人必看）
{BODY}
!l 1楼　艾力：今年我家能出两个劳力
!l 2楼　沙漠胡杨：注意安全，别下竖井
!w 推广：硖原本地二手农机买卖，认准老马农机，电话 13899537721
!a 回复　｜　点评　｜　举报
""",
        body="""
各村民小组：
为保证春灌用水，村委会决定于3月15日至3月25日组织村民对村内卡尔德坎儿井进行春季清淤。现将有关事项通知如下：
一、每户出劳力1人，自带铁锹、筐子，每天上午9点在涝坝边集合。
二、竖井掏捞和暗渠作业由县坎儿井管护站专业人员负责，村民只负责地面出土和明渠清理，任何人不得擅自下井。
三、清淤期间请村民看管好小孩，不要靠近竖井口。
有事请联系村委会，电话：0995-6280114。
阿勒泰村村民委员会
2025年3月8日
""",
    ),
    dict(
        slug="download-ziliao-text-summary-test-centre-doc",
        site="资料宝下载站 (invented)",
        style="资料下载站",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.ziliaobao.net/down/gongzuozongjie/38872.html",
        title="驾驶人考场考试员个人年度工作总结",
        record_title="驾驶人考场考试员个人年度工作总结.doc",
        date=None,
        notes="download station as text: file-info block, mirror links and dead-link report as chrome; no date in the document (year only in the text)",
        page="""
!m 资料宝下载站 - 免费文档资料下载
!m 当前位置：首页 → 工作总结 → 个人总结
!t 驾驶人考场考试员个人年度工作总结.doc
!m 文件大小：26 KB　　文件格式：doc　　更新时间：2025-01-06　　下载次数：1532
!a 下载地址：【电信下载】【联通下载】【本地高速下载】
!l 如果下载地址失效，请点此报告错误
!m 内容简介：
{BODY}
!d 本站所有资源均来源于网络，仅供学习研究，请于下载后24小时内删除。
!l 下载排行：1. 交警个人总结　2. 辅警年度考核个人总结　3. 车管所工作总结
""",
        body="""
一年来，我在考场领导的带领下，严格遵守考试工作纪律，认真履行考试员职责，全年共参与科目二考试评判4200余人次、科目三道路考试监考1800余人次，未发生一起考试投诉。
一是坚持依规评判。严格按照考试标准和评判规则执行，做到不漏判、不误判，对考生提出的异议耐心解释。
二是加强业务学习。参加市里组织的考试员培训两次，考核成绩优秀；认真研究新版评判系统，协助考场完成设备调试。
三是严守廉洁纪律。不接受考生和驾校吃请，不向任何人透露考试线路和评判细节。
不足之处是对新手考生的心理疏导做得不够。新的一年，我将继续提高业务水平，为考生提供更好的考试服务。
""",
    ),
]

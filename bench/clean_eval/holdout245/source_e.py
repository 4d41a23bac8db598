"""holdout245, part E: intranets, company sites, trade associations, hospitals, universities, training schools.

Invented text, sites, places and people; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="oa-shengtai-minutes-fax-disposal-flow",
        site="盛泰机械OA协同门户 (invented intranet)",
        style="企业内网",
        genre="会议纪要",
        kind="report",
        form="html",
        source="http://oa.shengtai-jx.local/doc/view?id=20250409-07",
        title="关于办公室传真机更新处置的专题会议纪要",
        record_title="〔专题会·纪要〕关于办公室传真机更新处置的专题会议纪要｜盛泰OA协同门户",
        date="2025-04-09",
        notes="intranet document view: 流转记录, read count, a 标记已阅 button, IT desk line; the 时间/地点/主持/参会/"
        "记录 lines stay in the body and the 时间 line gives the date; decorated record title",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〔专题会·纪要〕关于办公室传真机更新处置的专题会议纪要｜盛泰OA协同门户</title>
<script src="/oa/static/flow.js"></script></head>
<body>
<div class="oa-top">⟦m 盛泰OA协同门户⟧　⟦m 当前用户：行政部 卞小满⟧　<a>⟦a 退出系统⟧</a></div>
<div class="oa-menu">⟦m 待办事项　已办事项　公文管理　会议管理　知识库⟧</div>
<div class="oa-doc">
<div class="oa-dochead">⟦m 文档编号：ST-HY-2025-017　密级：内部　阅读次数：64⟧</div>
<h2>{T}</h2>
{BODY}
<button>⟦a 标记已阅⟧</button> <button>⟦a 转给其他同事⟧</button>
</div>
<div class="oa-flow"><h4>⟦m 流转记录⟧</h4>
<p>⟦m 卞小满 起草 2025-04-10 09:12⟧</p><p>⟦m 常立秋 审核通过 2025-04-10 15:40⟧</p><p>⟦m 行政部 分发 2025-04-11 08:55⟧</p></div>
<div class="oa-foot">⟦m 系统使用问题请拨信息中心分机 8020⟧</div>
</body></html>
""",
        body="""
时间：2025年4月9日下午3:00
地点：公司行政楼二楼小会议室
主持：副总经理　常立秋
参会：行政部、财务部、采购部、信息中心负责人
记录：行政部　卞小满
会议听取了行政部关于公司传真机使用情况的汇报。公司现有传真机9台，近一年月均收发不足20份，其中4台已无法维修。会议议定如下：
一、保留销售部、采购部各1台传真机，用于与部分仍使用传真的客户往来，其余7台停用。
二、停用设备由行政部登记后交资产管理部门统一报废处置，处置前由信息中心清除机内存储的传真记录。
三、信息中心于4月30日前开通电子传真服务，并对相关人员进行培训。
""",
    ),
    dict(
        slug="oa-jinyin-bulletin-binding-finger-injury-record",
        site="锦印科技内部信息平台 (invented intranet, text export)",
        style="企业内网",
        genre="通报",
        kind="notice",
        form="text",
        source="http://intra.jinyin-tech.local/notice/2025/0814-3",
        title="关于文印中心装订机夹伤手指事件的通报",
        record_date="2025-08-14",
        date="2025-08-14",
        notes="intranet export as text: title and date given by the record; export stamp, read receipt, "
        "confidentiality footer; numbered requirements in the body",
        page="""
!m 锦印科技内部信息平台　｜　安全管理 › 事故通报
{T}
!m 发文部门：安全管理部　　导出人：IT_admin　　导出于：今天 10:02
!a ☐ 我已阅读并知晓本通报（点击确认）
{BODY}
!m 已阅 213 人 / 未阅 17 人
!d 内部资料　注意保密　请勿外传
""",
        indent="\u3000\u3000",
        body="""
各部门：
8月11日上午，文印中心员工在使用电动打孔装订机时，为调整纸张位置将手伸入压板下方，未及时松开脚踏开关，致使左手食指被压伤，经医院处理后无大碍。
经调查，事件的直接原因是员工违反操作规程，在机器运行时将手伸入危险区域；间接原因是该装订机防护挡板拆除后未及时恢复，部门安全检查流于形式。
为吸取教训，现提出以下要求：
一、文印中心立即恢复装订机防护挡板，在设备旁张贴安全操作提示。
二、各部门对办公设备开展一次安全检查，8月22日前将检查情况报安全管理部。
三、对当事员工进行批评教育，扣减当月安全绩效分。
安全管理部
2025年8月14日
""",
    ),
    dict(
        slug="company-jinyin-news-silent-binder-cookie",
        site="锦印科技官网 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.jinyin-tech.com/news/company/2025/0708-12.html",
        title="锦印科技推出新一代静音热熔装订机",
        record_title="锦印科技推出新一代静音热熔装订机 ⁞ 新闻中心 ⁞ 锦印科技",
        date="2025-07-08",
        notes="company site: cookie notice, service float, product nav; a repeated title glued before the "
        "lead's first words; 发布日期 is the page's date; decorated record title",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>锦印科技推出新一代静音热熔装订机 ⁞ 新闻中心 ⁞ 锦印科技</title>
<script src="/assets/site.bundle.js"></script></head>
<body>
<div class="cookie">⟦d 本站使用Cookie改善浏览体验，继续访问即表示您同意我们的隐私政策⟧ <button>⟦a 我知道了⟧</button></div>
<header><a class="logo">⟦m 锦印科技 JINYIN⟧</a><nav>⟦m 首页　产品中心　解决方案　新闻中心　服务支持　联系我们⟧</nav></header>
<div class="crumbs">⟦m 首页 / 新闻中心 / 公司动态⟧</div>
<article>
<h1>{T}</h1>
<p class="date">⟦m 发布日期：2025-07-08　浏览量：892⟧</p>
{BODY}
</article>
<div class="share">⟦l 分享：微信　微博　领英⟧</div>
<div class="prevnext">⟦l 上一条：锦印科技参加全国办公设备展⟧<br>⟦l 下一条：热熔装订胶条选购小知识⟧</div>
<div class="float-kf">⟦w 在线客服　售前咨询 400-8836-517⟧</div>
<footer>⟦m 灊城锦印科技有限公司　版权所有　鄂ICP备18023355号⟧</footer>
</body></html>
""",
        body="""
⟦t 锦印科技推出新一代静音热熔装订机⟧近日，锦印科技正式发布新一代JY-S8静音热熔装订机。该机型主要面向机关档案室、学校文印室和中小企业办公场景。
与上一代产品相比，JY-S8采用陶瓷加热板，开机预热时间由5分钟缩短至90秒，工作噪声降至45分贝以下，装订厚度最大可达50毫米。
新机型还增加了防烫保护和自动断电功能，机器闲置15分钟后将自动进入休眠状态，减少能耗。
公司研发负责人表示，装订机虽是小设备，却与档案管理的规范化密切相关，下一步公司将继续围绕档案装订场景推出配套耗材。
""",
    ),
    dict(
        slug="company-dexin-brochure-certificate-folders",
        site="德信文具官网 (invented)",
        style="企业官网",
        genre="宣传册",
        kind="other",
        form="text",
        source="https://www.dexin-wenju.cn/product/zsj/custom.html",
        title="荣誉证书夹定制服务说明",
        record_title="产品中心 ⟩ 荣誉证书夹定制服务说明 · 德信文具",
        date=None,
        notes="company product page as text: the brochure's own order line and WeChat id beside the site's 400 "
        "line and service WeChat; a numbered list; an update stamp is no date; decorated record title",
        page="""
!m 德信文具 · 专注证书夹十二年
!m 首页 › 产品中心 › 证书夹定制
!t 产品中心 ⟩ 荣誉证书夹定制服务说明
!m 更新：上周
{BODY}
!a ［索取样品］　［在线下单］
!m 全国服务热线：400-6178-265　官方微信：dexin_gw
!m 灊城市德信文具有限公司　地址：灊城市阊湖区文昌路27号
""",
        body="""
德信文具专注荣誉证书夹定制十二年，为机关、学校、企业提供从设计到成品的一站式服务。
一、可选材质：绒面、PU皮面、特种纸面、布纹面四大类，颜色二十余种。
二、可选规格：6K、8K、12K，内页可配烫金证书芯或空白芯。
三、封面工艺：烫金、烫银、压凹、丝印，可加印单位徽标。
四、起订数量：50个起订，300个以上免费设计封面。
五、交货周期：确认样品后7至10个工作日。
定制咨询：0716-8354127（工作日8:30—17:30），业务微信：dexin_zsj。
""",
    ),
    dict(
        slug="assoc-qiancheng-pledge-sash-quality-head",
        site="灊城市礼仪用品行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://www.qc-liyi.org.cn/xhdt/2025/0516/118.html",
        title="关于规范礼仪绶带生产经营的倡议书",
        record_title="〔行业自律〕关于规范礼仪绶带生产经营的倡议书 ~ 灊城市礼仪用品行业协会",
        date="2025-05-16",
        notes="association site: member-login row, member hotline; the association's name is also the "
        "signature (matched as head); 分享 as content in the pledge; decorated record title; 成文日期",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〔行业自律〕关于规范礼仪绶带生产经营的倡议书 ~ 灊城市礼仪用品行业协会</title></head>
<body>
<div class="xh-top"><span class="name">⟦m 灊城市礼仪用品行业协会⟧</span> <a>⟦a 会员单位登录⟧</a> <a>⟦a 入会申请⟧</a></div>
<div class="xh-nav">⟦m 协会概况　协会动态　行业自律　会员风采　联系我们⟧</div>
<div class="xh-loc">⟦m 当前位置：协会动态⟧</div>
<h1>{T}</h1>
<div class="xh-info">⟦m 来源：协会秘书处　点击：367⟧</div>
{BODY}
<div class="xh-rel">⟦l 相关阅读：绶带面料色牢度检测方法简介⟧</div>
<div class="xh-foot"><p>⟦m 会员服务热线：0716-8257710⟧</p><p>⟦m 协会地址：灊城市阊湖区会展路9号　鄂ICP备20031187号⟧</p></div>
</body></html>
""",
        body="""
全市礼仪用品生产经营企业：
近年来，我市礼仪绶带产业发展较快，产品远销各地。但也有少数企业以次充好，使用劣质缎面和易褪色印料，绶带佩戴一次即起皱掉色，损害了行业声誉。为此，协会向全体会员企业发出如下倡议：
一、严把原料关，不使用甲醛超标、色牢度不达标的面料和印料。
二、如实标注材质、尺寸和洗涤方式，不虚标、不夸大。
三、对客户定制的字样认真校对，出现错字免费重做。
四、欢迎会员企业将本倡议分享到企业微信群，共同营造诚信经营的行业环境。
灊城市礼仪用品行业协会
2025年5月16日
""",
    ),
    dict(
        slug="assoc-office-equipment-minutes-fax-recycling",
        site="灊城市办公设备行业协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="report",
        form="text",
        source="http://www.qc-bgsb.org/xhgg/2025/0326/77.html",
        title="市办公设备行业协会第三届理事会第五次会议纪要",
        date="2025-03-21",
        date_also=["2025-03-26"],
        notes="association as text: title given by the record; the 时间/地点/主持/出席/列席/记录 lines and a vote "
        "count stay in the body; the meeting's 时间 line gives the date, the site's posting date also accepted",
        page="""
!m 灊城市办公设备行业协会
!m 首页 > 协会公告
{T}
!m 发布：秘书处　2025-03-26　浏览 158
{BODY}
!l 上一篇：关于缴纳2025年度会费的通知
!l 下一篇：2024年度优秀会员单位名单公示
!m 协会秘书处电话：0716-8241906　邮箱：mishuchu@qc-bgsb.org
""",
        body="""
时间：2025年3月21日上午9:30
地点：协会会议室
主持：会长　万远帆
出席：理事17人（应到19人）
列席：监事长　时蕾
记录：秘书处　戚悦
会议审议通过了协会2025年工作要点，并就会员单位反映的旧传真机回收问题进行了讨论。会议认为，机关和企业传真机淘汰量逐年增加，部分旧机随意丢弃，存在信息泄露和环境污染隐患。会议决定：
一、由秘书处牵头，联合三家会员单位开展旧传真机回收试点，回收前统一清除机内存储数据。
二、编制《旧办公设备回收处置指引》，6月底前印发会员单位。
会议以17票同意、0票反对、0票弃权通过上述事项。
""",
    ),
    dict(
        slug="hospital-yunyang-notice-records-no-fax",
        site="溳阳县人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.yyxrmyy.com/yygg/2025/0820/631.html",
        title="关于病案复印申请不再受理传真方式的通知",
        record_title="【病案服务】关于病案复印申请不再受理传真方式的通知 - 溳阳县人民医院",
        date="2025-08-20",
        notes="hospital: booking float, 24-hour line, experts list; the department's 咨询电话 beside the hospital's "
        "emergency and booking lines; a hospital account named as content; decorated record title; 成文日期",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【病案服务】关于病案复印申请不再受理传真方式的通知 - 溳阳县人民医院</title></head>
<body>
<div class="yy-top"><span>⟦m 溳阳县人民医院 · 二级甲等综合医院⟧</span><span>⟦m 24小时急救热线：0718-6202120⟧</span></div>
<div class="yy-nav">⟦m 医院概况　科室导航　专家介绍　就医指南　医院公告⟧</div>
<div class="yy-pos">⟦m 您现在的位置：首页 - 医院公告⟧</div>
<h1>{T}</h1>
<div class="yy-meta">⟦m 发布科室：病案管理科　浏览次数：1022⟧</div>
{BODY}
<div class="yy-float"><a>⟦a 预约挂号⟧</a><a>⟦a 报告查询⟧</a><span>⟦m 预约电话 0718-6202000⟧</span></div>
<div class="yy-side"><h3>⟦l 本周坐诊专家⟧</h3><p>⟦l 心内科　容志坚　主任医师⟧</p><p>⟦l 骨科　焦文韬　副主任医师⟧</p></div>
<div class="yy-foot">⟦m 地址：溳阳县城关镇健康大道1号　鄂ICP备10022864号⟧</div>
</body></html>
""",
        body="""
各位患者及家属：
为保护患者隐私，确保病案资料安全，自2025年9月1日起，我院病案管理科不再受理通过传真方式提交的病案复印申请。现将有关事项通知如下。
一、患者本人申请复印病案的，请持本人身份证原件到门诊楼一楼病案复印窗口办理。
二、代理人申请的，须同时提供患者和代理人身份证原件及授权委托书。
三、外地患者可通过医院微信公众号预约邮寄复印服务，复印件将以快递方式寄出。
病案管理科咨询电话：0718-6202371（工作日8:00—12:00，14:30—17:30）。
溳阳县人民医院病案管理科
2025年8月20日
""",
    ),
    dict(
        slug="hospital-qiancheng-article-badge-pin-injury",
        site="灊城市妇幼保健院 (invented)",
        style="医院官网",
        genre="科普文章",
        kind="other",
        form="text",
        source="http://www.qcfybjy.com/jkkp/ek/2025/0905/219.html",
        title="孩子被校徽别针扎伤了，家长该怎么处理？",
        record_title="【儿科科普】孩子被校徽别针扎伤了，家长该怎么处理？_灊城市妇幼保健院",
        date="2025-09-05",
        notes="hospital article as text: author and 发布时间 line (the page's date), a booking prompt between "
        "paragraphs; first/second/third steps; decorated record title",
        page="""
!m 灊城市妇幼保健院　健康科普
!t 【儿科科普】孩子被校徽别针扎伤了，家长该怎么处理？
!m 作者：儿科　苗静姝　　发布时间：2025-09-05　　阅读：2710
{BODY}
!a 关注“灊城妇幼”服务号，线上预约儿科门诊
!l 相关科普：孩子误吞纽扣电池怎么办　|　开学季如何预防手足口病
!m 灊城市妇幼保健院　咨询电话：0716-8125300
""",
        indent="\u3000\u3000",
        body="""
开学季，儿科门诊常会接诊被校徽别针扎伤手指的孩子。大多数扎伤伤口小而浅，家长不必过于紧张，但也不能不当回事。
第一步，先清洗。用流动的清水冲洗伤口，轻轻挤出少量血液，再用碘伏消毒。
第二步，看深浅。伤口浅、出血少的，消毒后保持干燥即可；如果扎得较深，或别针已经生锈，应及时到医院就诊，由医生评估是否需要注射破伤风疫苗。
⟦a 儿科门诊线上预约：点此进入⟧
第三步，勤观察。之后两三天留意伤口有无红肿、发热、流脓，出现这些情况要及时复诊。
预防比处理更重要。建议低年级孩子使用磁吸式校徽，家长每天帮孩子检查别针是否扣好。
""",
    ),
    dict(
        slug="univ-qiancheng-news-new-certificate-folders-h1",
        site="灊城理工学院新闻网 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.lcligong.edu.cn/info/1031/18277.htm",
        title="我校2025届毕业生证书夹换上新装",
        record_title=None,
        date="2025-06-30",
        notes="university news page: no record title (the <h1>); a dotted publishing date is the page's date; "
        "photo caption between paragraphs; source and reviewer line glued after the last sentence",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>灊城理工学院新闻网</title></head>
<body>
<div class="lg-head">⟦m 灊城理工学院新闻网⟧ <span>⟦m 厚德 精工⟧</span></div>
<div class="lg-nav">⟦m 首页　理工要闻　综合新闻　学院动态　媒体理工⟧</div>
<div class="lg-loc">⟦m 当前位置：首页 > 综合新闻⟧</div>
<h1>{T}</h1>
<div class="lg-meta">⟦m 发布：宣传部　2025.06.30　浏览：1288⟧</div>
{BODY}
<div class="lg-pn">⟦l 上一条：我校举行2025届毕业典礼暨学位授予仪式⟧<br>⟦l 下一条：学校召开暑期安全工作会⟧</div>
<div class="lg-foot">⟦m 灊城理工学院党委宣传部　地址：灊城市阊湖区学府路1号⟧</div>
</body></html>
""",
        body="""
6月下旬，学校2025届毕业典礼上，毕业生们领到了换上“新装”的证书夹。
新版证书夹由艺术设计学院师生共同设计，封面采用深青色布纹面料，烫印校徽和校训，内侧印有学校主楼的线描图。与往年相比，新版证书夹取消了塑料内衬，改用可降解纸板，更加环保。
⟦m 图为毕业生展示新版证书夹。（摄影：覃朗）⟧
设计团队负责人、艺术设计学院副教授秦以宁介绍，团队先后征集学生意见400余条，制作样品7版，最终确定了现在的方案。
不少毕业生表示，新证书夹“有学校的味道”，会把它和毕业证书一起好好珍藏。⟦m （文/艺术设计学院　审核/宣传部）⟧
""",
    ),
    dict(
        slug="univ-yunyang-notice-new-badge-record",
        site="溳阳职业技术学院 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.yyzyjsxy.edu.cn/tzgg/2025/0520/2041.html",
        title="关于启用新版校徽及视觉识别系统的通知",
        record_date="2025-05-20",
        date="2025-05-20",
        notes="college notice as text: title and date given by the record; 下载使用 as content; prev/next and "
        "footer",
        page="""
!m 溳阳职业技术学院 · 通知公告
{T}
!m 来源：党委宣传部　　作者：宣传部　　点击：2284
{BODY}
!l 上一篇：关于2025年端午节放假安排的通知
!l 下一篇：关于开展校园视觉形象征集活动的通知
!m 溳阳职业技术学院　地址：溳阳县溳水大道369号　邮编：431700
""",
        indent="\u3000\u3000",
        body="""
各学院、各部门：
经学校党委常委会研究决定，自2025年5月20日起启用新版校徽及视觉识别系统。现将有关事项通知如下。
一、新版校徽标准图形、标准色和组合规范见学校视觉识别系统手册，各单位可在校园网“视觉识别”栏目下载使用。
二、各单位制作横幅、展板、证书、名片等宣传品时，应使用新版校徽，不得擅自修改图形和比例。
三、原校徽金属徽章可继续佩戴至2025年12月31日，学生新版校徽徽章由学生处统一发放。
四、对外合作项目中使用校徽的，须报党委宣传部审核。
党委宣传部
2025年5月20日
""",
    ),
    dict(
        slug="training-yuanfan-brochure-binding-course",
        site="汧溪远帆职业培训学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.qx-yuanfan.com/course/dangan-zd.html",
        title="档案整理与装订实操培训班招生简章",
        record_title="【两天上手·周末班】档案整理与装订实操培训班招生简章（每期限20人）｜汧溪远帆职业培训学校",
        date=None,
        notes="training school: promo banner, consult float; the school's 报名电话 beside a 400 franchise line; "
        "扫码填写报名表 as content; a brochure with no date; decorated record title",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【两天上手·周末班】档案整理与装订实操培训班招生简章（每期限20人）｜汧溪远帆职业培训学校</title></head>
<body>
<div class="yf-banner">⟦a 暑期报名季：两人同报立减100元，名额有限⟧</div>
<div class="yf-head">⟦m 汧溪远帆职业培训学校⟧ <span>⟦m 人社部门备案 · 学技能就来远帆⟧</span></div>
<div class="yf-nav">⟦m 首页　课程中心　师资团队　学员风采　报名咨询⟧</div>
<h1>{T}</h1>
<div class="yf-meta">⟦m 课程编号：QH-DA-02　已报名 148 人⟧</div>
{BODY}
<div class="yf-float">⟦w 课程顾问在线，点我免费咨询⟧</div>
<div class="yf-join">⟦m 远帆培训全国加盟热线：400-1186-772⟧</div>
<div class="yf-foot">⟦m 地址：汧溪县陬田镇学院路18号三楼　陕ICP备21006658号⟧</div>
</body></html>
""",
        body="""
为帮助机关、企事业单位档案工作人员掌握档案整理和装订技能，我校开设档案整理与装订实操培训班，现面向社会招生。
一、培训对象：机关、企事业单位档案员、文秘人员及有意从事档案工作的人员。
二、培训内容：文书档案整理规范、卷内文件排列、手动与热熔装订机操作、装订常见问题处理。
三、培训时间：每期两天，周六、周日上课，共16课时。
四、培训费用：每人680元，含教材和实操耗材。
五、报名方式：携身份证复印件到校报名，或扫码填写报名表。报名电话：0917-4560318。
""",
    ),
    dict(
        slug="training-yayi-insight-sash-oneline",
        site="灊城雅仪礼仪培训中心 (invented)",
        style="培训机构",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://www.qc-yayi.com/xueyuan/xinde/56.html",
        title="礼仪培训学员心得：学会为别人戴好一条绶带",
        record_title="课后手记 ⟫ 礼仪培训学员心得：学会为别人戴好一条绶带 - 灊城雅仪礼仪培训中心",
        date=None,
        notes="training school as text: the whole body on one line; a trial-lesson prompt and a course ad after "
        "it; a trainee's insight with no date; decorated record title",
        page="""
!m 灊城雅仪礼仪培训中心 › 学员风采
!t 课后手记 ⟫ 礼仪培训学员心得：学会为别人戴好一条绶带
!m 学员：褚小棠（第37期礼仪服务班）
{BODY}
!a 免费试听一节礼仪课，请在下方留下手机号
!l 热门课程：商务礼仪　颁奖礼仪　会务接待
!m 雅仪礼仪培训中心　课程咨询：0716-8339102
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
参加礼仪培训之前，我以为给人戴绶带就是往肩上一挂。第一次课上，老师让我们两人一组练习，我把绶带从右肩挂下来，老师笑着提醒我方向反了。
老师讲，绶带一般由左肩斜挎至右腰，带面的字要正对观众，接头处用别针固定在腰侧，别针不能露在外面。颁奖时礼仪人员要站在受表彰者右后方，等领导接过绶带后再协助整理。
一周的课程里，我们反复练习了托盘、引导和佩戴绶带，每个人都至少给同伴戴了五十次。
结业那天，我在模拟表彰会上为“受表彰者”戴好绶带，老师说了一句“这次戴正了”。那一刻，我觉得这一周的辛苦都值了。
""",
    ),
]

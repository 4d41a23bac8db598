"""holdout33, part C: collections, Party-building, hospitals, universities, local forums, download stations, exam sites. Invented text."""

CASES = [
    dict(
        slug="collection-village-clerk-oneline",
        site="竹溪手记 (invented collection of a village clerk)",
        style="个人文集",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://zhuxishouji.cn/wj/0412.html",
        title="村传统村落保护理事会2024年工作小结",
        record_title=None,
        date="2025-01-06",
        notes="the body on one line (a paste without line breaks); title missing, then found on the page; signature date in Chinese numerals inside the line",
        page="""
!m 竹溪手记 — 村文书的文字角落
!m 文集目录 › 村务篇
{T}
{BODY}
!l ‹ 前一篇：村规民约修订说明　　后一篇：清明祭扫安全提示 ›
!m 共收文 128 篇
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
2024年，竹溪村传统村落保护理事会在村两委的领导下，围绕老屋修缮、古道保护和村史整理三件事开展工作。
全年共修缮老屋7栋，其中3栋由外出乡贤捐资修缮，修缮后2栋改为村史馆和书屋。
清理恢复古驿道1.6公里，补栽行道树120株，在古道沿线设置了说明牌。
理事会还组织老人口述村史，整理出《竹溪村史稿》初稿4万字。
明年，理事会将推动老屋活化利用，争取列入省级传统村落保护项目。
竹溪村传统村落保护理事会
二〇二五年一月六日
""",
    ),
    dict(
        slug="party-bamboo-assoc-lecture-html",
        site="篁山党建网 (invented)",
        style="党建网",
        genre="党课讲稿",
        kind="speech",
        form="html",
        source="https://dj.huangshan-bamboo.org.cn/djkt/2025/0701/552.html",
        title="“一根竹子”里的初心——在竹产业协会党支部七一党课上的讲稿",
        record_title="〔七一党课〕“一根竹子”里的初心——在竹产业协会党支部七一党课上的讲稿_篁山党建网",
        date="2025-06-30",
        date_also=["2025-07-01"],
        notes="Party-building site: lecture with its own date under the title; speaker line neutral; the page's 发布时间 differs (also accepted); study-points box and red banner",
        page="""
<html><head><meta charset="utf-8"><title>“一根竹子”里的初心_篁山党建网</title></head><body>
<div class="redbanner">⟦m 篁山党建网⟧ ⟦m 不忘初心　牢记使命⟧</div>
<div class="menu">⟦m 首页｜党建要闻｜支部风采｜党课讲堂｜学习园地｜党务公开⟧</div>
<div class="pos">⟦m 位置：首页 → 党课讲堂⟧</div>
<div class="main"><h1>{T}</h1>
<div class="sub">（2025年6月30日）</div>
<div class="sub">协会党支部书记　竺宏远</div>
<div class="info">⟦m 发布时间：2025-07-01　来源：竹产业协会党支部　浏览：395⟧</div>
{BODY}
<div class="tools">⟦a 【收藏】⟧ ⟦a 【打印】⟧ ⟦a 【关闭】⟧</div>
</div>
<div class="side">⟦l 党课讲堂⟧<br>⟦l ▪ 协会党建如何融入行业发展⟧<br>⟦l ▪ 新质生产力与竹产业⟧</div>
<div class="foot">⟦m 中共篁山县委组织部主办⟧　⟦m 桂ICP备12004319号⟧</div>
</body></html>
""",
        body="""
同志们：
今天是党的生日前夕，我想和大家聊聊“一根竹子”。
竹子有节，节是竹子的骨气。我们协会党支部37名党员，大多是竹企的负责人和技术骨干，就像一根竹子上的一个个节，撑起了全县竹产业的骨架。
竹子根深，扎根土地才能长得高。这些年，协会党支部坚持把支部建在产业链上，党员带头推广竹材深加工技术，全县竹产业产值从18亿元增长到31亿元，带动1.2万名竹农增收。
竹子空心，虚心才能进步。面对市场变化，我们要虚心向先进地区学习，在竹纤维、竹炭等新产品上下功夫。
希望每一名党员都像竹子一样，有节、有根、虚心，在产业发展中当好先锋。
""",
    ),
    dict(
        slug="party-antifraud-center-text",
        site="平安澄川党建 (invented Party-building column)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://dj.chengchuan-pa.cn/zbfc/2025/1215/1337.html",
        title="县反诈中心党支部2025年党建工作总结",
        record_title="【支部风采】县反诈中心党支部2025年党建工作总结",
        date="2025-12-15",
        notes="anti-fraud centre's Party branch; the summary's own sentence about downloading the anti-fraud app and following the account kept; site slogan line between title and body",
        page="""
!m 平安澄川党建
!m 党建引领　平安同行
!m 首页 / 支部风采 / 正文
!t 【支部风采】县反诈中心党支部2025年党建工作总结
!m 平安澄川党建　12-15　阅读 622
{BODY}
!a 点赞　转发　收藏
!l 上一篇：交警大队党支部“党员先锋岗”风采
!l 下一篇：派出所党支部开展主题党日活动
!m 本栏目由县公安局政治处维护
""",
        indent="\u3000\u3000",
        body="""
2025年，县反诈中心党支部坚持以党建引领反诈工作，支部战斗堡垒作用和党员先锋模范作用充分发挥。
一是抓学习强根基。全年开展集中学习12次、专题党课4次，党员撰写学习心得31篇。
二是抓融合促业务。设立“党员预警劝阻岗”，党员民警全年劝阻潜在受害群众2316人次，止付冻结涉案资金1860万元。
三是抓宣传进万家。党员带头进社区、进学校、进企业宣讲，引导群众下载安装国家反诈中心APP、关注“澄川反诈”公众号，全县APP注册率提高到83%。
四是抓作风树形象。严格落实中央八项规定精神，全年无违纪违法问题。
明年，支部将继续推进党建与业务深度融合，为建设平安澄川作出新的贡献。
县反诈中心党支部
2025年12月15日
""",
    ),
    dict(
        slug="hosp-tcm-gaofang-clinic-html",
        site="澄川县中医医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.ccxzyy.com/news/notice/2025-11-04/660.html",
        title="关于开设膏方门诊的通知",
        record_title="关于开设膏方门诊的通知 - 院内公告 - 澄川县中医医院",
        date="2025-11-04",
        notes="TCM hospital page: department's 预约电话 in the text beside the footer's 24小时急诊 line; a 'book now' button between paragraphs; the page's 发布时间 equals the 成文日期",
        page="""
<html><head><meta charset="utf-8"><title>关于开设膏方门诊的通知 - 院内公告 - 澄川县中医医院</title><script>var hm=1;</script></head><body>
<div class="top">⟦m 澄川县中医医院⟧ ⟦m 二级甲等中医医院⟧ ⟦a 预约挂号⟧ ⟦a 报告查询⟧</div>
<div class="nav">⟦m 医院概况 科室导航 专家介绍 就医指南 院内公告 健康科普⟧</div>
<div class="crumb">⟦m 首页 > 院内公告 > 详情⟧</div>
<h2>{T}</h2>
<div class="meta">⟦m 发布时间：2025-11-04　发布科室：医务科　浏览量：1028⟧</div>
<div class="body">
{BODY}
</div>
<div class="foot">⟦m 地址：澄川县杏林路9号　24小时急诊：0571-6350120⟧<br>⟦d 本站健康科普内容仅供参考，不能代替医生诊疗⟧<br>⟦m 浙ICP备16021093号-1⟧</div>
</body></html>
""",
        body="""
冬季是进补的好时节。为满足群众中医养生保健需求，我院决定自2025年11月10日起开设膏方门诊。
一、出诊时间：每周二、周四、周六全天。
二、出诊专家：由内科、妇科、儿科等科室的5名副主任中医师以上专家轮流出诊。
⟦a 立即预约膏方门诊 >>⟧
三、服务流程：专家面诊、辨证开方后，由医院制剂室统一熬制，熬制周期约7天，可选择到院自取或快递到家。
四、预约方式：膏方门诊预约电话0571-6358816，也可通过医院公众号预约。
澄川县中医医院
2025年11月4日
""",
    ),
    dict(
        slug="hosp-rehab-volunteer-wrap",
        site="栖霞区康复医院 (invented)",
        style="医院官网",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.qxkfyy.cn/xwzx/ywdt/2025/0305/2001.html",
        title="“康复路上有你”志愿服务倡议书",
        record_title="“康复路上有你”志愿服务倡议书_栖霞区康复医院",
        date="2025-03-05",
        notes="rehabilitation hospital's volunteer pledge; hard-wrapped at 58 columns; registration mailbox in the text kept",
        page="""
!m 栖霞区康复医院 | 医疗服务　健康咨询　志愿服务
!m 您当前的位置：首页 >> 新闻中心 >> 院务动态
{T}
!m 发布人：宣传科　发布日期：2025年03月05日　访问量：477
{BODY}
!a 【我要报名】【转发给朋友】
!m 医院总机：025-8566 3000　门诊咨询：025-8566 3001
!m 苏ICP备18003344号
""",
        wrap=58,
        indent="\u3000\u3000",
        body="""
社会各界爱心人士：
在我院康复病区，有不少因脑卒中、脊髓损伤而长期住院的患者，他们需要专业治疗，也需要陪伴和鼓励。值此学雷锋纪念日，我院向社会各界发出倡议，诚邀您加入“康复路上有你”志愿服务队。
我们需要这样的您：年满18周岁，身体健康，每月能安排至少4小时参与志愿服务；有康复、护理、心理、音乐、书画等特长者优先。
您可以参与的服务：陪伴患者进行康复步行训练，读书读报，组织手工和音乐活动，协助家属办理就医手续。
报名方式：请将个人信息发送至志愿服务邮箱qxkf_zyz@163.com，我们将在一周内与您联系并安排岗前培训。
栖霞区康复医院
2025年3月5日
""",
    ),
    dict(
        slug="univ-postgrad-quota-notice",
        site="汐江理工大学研究生院 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://gs.xjlg.edu.cn/info/1043/5821.htm",
        title="关于做好2026年推荐优秀应届本科毕业生免试攻读研究生工作的通知",
        record_title="关于做好2026年推荐优秀应届本科毕业生免试攻读研究生工作的通知-研究生院",
        date="2025-09-05",
        notes="university graduate school: schedule table, URL of the national system in the text kept, 联系人/电话 kept beside the school's switchboard in the footer",
        page="""
<html><head><meta charset="utf-8"><title>关于做好2026年推荐优秀应届本科毕业生免试攻读研究生工作的通知-研究生院</title></head><body>
<div class="hd">⟦m 汐江理工大学研究生院⟧ ⟦m Graduate School⟧ ⟦a 统一身份认证⟧</div>
<div class="nav">⟦m 首页 | 招生工作 | 培养管理 | 学位管理 | 下载中心⟧</div>
<div class="cur">⟦m 当前位置: 首页 &gt;&gt; 招生工作 &gt;&gt; 推免⟧</div>
<form name="_newscontent_fromname"><h2>{T}</h2>
<div class="info">⟦m 时间：2025-09-05　作者：招生办　点击：[ 4711 ]⟧</div>
{BODY}
</form>
<div class="prev">⟦l 上一条：2026年硕士研究生招生简章⟧</div><div class="next">⟦l 下一条：关于研究生秋季学期注册的通知⟧</div>
<div class="ft">⟦m 地址：汐江市学府大道1号　总机：0766-8800000⟧ ⟦m 版权所有 © 汐江理工大学研究生院⟧</div>
</body></html>
""",
        body="""
各学院：
根据教育部有关文件精神，现就做好我校2026年推荐优秀应届本科毕业生免试攻读研究生工作通知如下。
一、工作安排
阶段　时间　内容
学院遴选　9月8日至9月18日　学院组织考核、确定推荐名单
学校公示　9月19日至9月23日　推荐名单在研究生院网站公示
系统备案　9月24日至9月26日　推荐信息报送全国推免服务系统
二、有关要求
被推荐学生须于9月28日起登录全国推免服务系统（https://yz.chsi-like.com.cn/tm）填报志愿。各学院要严格执行推荐条件和程序，确保公开、公平、公正。
联系人：研究生招生办公室　柏老师，电话：0766-8801123。
研究生院
2025年9月5日
""",
    ),
    dict(
        slug="univ-library-print-rules-text",
        site="岭南农林学院图书馆 (invented)",
        style="高校官网",
        genre="管理制度",
        kind="rule",
        form="text",
        source="http://lib.lnnl.edu.cn/fw/gz/2025/0220.htm",
        title="图书馆自助文印服务管理办法",
        record_title="【图书馆规章】图书馆自助文印服务管理办法",
        date="2025-02-20",
        notes="college library rules whose articles speak of 打印/复印/扫描/下载 as content; short chrome labels like 打印 only in the meta lines",
        page="""
!m 岭南农林学院图书馆
!m 首页 | 资源 | 服务 | 空间 | 关于
!m 当前：服务 > 规章制度
!t 【图书馆规章】图书馆自助文印服务管理办法
!m 发布者：读者服务部　更新于 2025-02-20
!m 阅读次数：388
{BODY}
!a 【打印】【关闭】
!m 图书馆咨询台：0759-2283300　QQ群：71830592
""",
        body="""
第一条　为规范图书馆自助文印服务，满足读者打印、复印和扫描需求，制定本办法。
第二条　自助文印设备设在一楼大厅和三楼研讨区，服务时间与图书馆开放时间一致。
第三条　读者凭校园卡使用文印设备，打印和复印费用从校园卡余额中扣除，黑白每面0.1元，彩色每面0.8元，扫描免费。
第四条　读者可将电子文档上传至文印平台，在任一设备上刷卡释放打印；扫描件可发送至本人邮箱或下载到U盘。
第五条　不得利用文印设备复制、打印违反国家法律法规的内容，不得大量复印受著作权保护的图书。
第六条　本办法自发布之日起施行，由图书馆读者服务部负责解释。
""",
    ),
    dict(
        slug="localforum-ferry-notice-junk",
        site="柳湾论坛 (invented town forum)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="text",
        source="http://bbs.liuwan.net/thread-20931-1-1.html",
        title="关于柳湾码头至沙洲岛航班冬季调整的通知",
        record_title="[民生] 关于柳湾码头至沙洲岛航班冬季调整的通知（转自轮渡站）",
        date="2025-11-20",
        date_also=["2025-11-21"],
        notes="town forum reposting a fishing-port ferry station's notice; forum junk; schedule table; post date differs from the 成文日期 (both accepted)",
        page="""
!m 柳湾论坛 — 柳湾人自己的网上家园
!m 柳湾论坛 » 民生资讯 » 交通出行
!t [民生] 关于柳湾码头至沙洲岛航班冬季调整的通知（转自轮渡站）
!m 版主小柳 发布于 2025-11-21 08:03
{BODY}
!l 回复：海鸥飞：早班改到七点了，上学的孩子要注意
!l 回复：岛上阿强：最后一班提前了，赶不上怎么办
!a 本帖被版主加入“民生资讯”精华
!m 柳湾论坛 · 客服微信 liuwanbbs
""",
        junk=dict(lines=2, glued=2),
        body="""
各位旅客：
根据冬季气象和客流情况，柳湾渔港轮渡站自2025年12月1日起调整柳湾码头至沙洲岛航班时刻。调整后的时刻如下：
班次　柳湾码头开　沙洲岛开
第一班　07:00　07:40
第二班　10:30　11:10
第三班　14:00　14:40
第四班　16:30　17:10
遇大风、大雾等恶劣天气，航班将临时停航，请旅客留意码头公告。咨询电话：0596-7260118。
柳湾渔港轮渡站
2025年11月20日
""",
    ),
    dict(
        slug="localforum-fishing-port-html",
        site="海门生活网论坛 (invented county life forum)",
        style="地方论坛",
        genre="通告",
        kind="notice",
        form="html",
        source="https://bbs.haimenlife.cn/t/66102",
        title="关于渔港避风锚地船舶停泊秩序的通告",
        record_title=None,
        date="2025-07-08",
        notes="county forum thread (modern template) reposting a fishing-port management station's notice; title missing; jammer fonts; numbered list; the station's 举报电话 kept",
        page="""
<html><head><meta charset="utf-8"><title>海门生活网论坛</title></head><body>
<div class="topnav">⟦m 海门生活网⟧ ⟦m 论坛 | 招聘 | 房产 | 二手⟧ ⟦a 发帖⟧</div>
<div class="crumb">⟦m 论坛首页 / 海门资讯 / 帖子详情⟧</div>
<div class="thread"><h1>{T}</h1>
<div class="by">⟦m 渔家阿明　3小时前　来自 手机⟧</div>
<div class="msg">
{BODY}
</div>
<div class="ops">⟦a 点赞 12⟧ ⟦a 收藏⟧ ⟦l 分享给朋友⟧</div></div>
<div class="replies"><p>⟦l 全部回复 8 条⟧</p><p>⟦l 船老大：早该管管了，晚上进港都找不到位置⟧</p></div>
<div class="ad">⟦a 【广告】渔船保险找老郑，电话微信同号⟧</div>
<div class="ft">⟦m 海门生活网 版权所有 闽ICP备19002219号⟧</div>
</body></html>
""",
        junk=dict(lines=1, glued=2),
        body="""
为维护渔港避风锚地停泊秩序，保障渔船和船员安全，根据有关规定，现将有关事项通告如下：
1．进港避风船舶应服从渔港管理站统一调度，按指定区域有序停泊，不得抢占航道。
2．停泊船舶之间应保持安全距离，禁止并排超过三艘。
3．锚地内禁止明火作业，禁止向水域排放油污和倾倒垃圾。
4．违反本通告的，由渔港管理站依法处理。
举报电话：0596-2235117。
海门县渔港管理站
2025年7月8日
""",
    ),
    dict(
        slug="download-asp-seedling-quarantine",
        site="绿源资料下载站 (invented old ASP download station)",
        style="资料下载站",
        genre="工作方案",
        kind="plan",
        form="html",
        source="http://www.lvyuanxz.com/soft/Show.asp?id=13822",
        title="林业有害生物防治检疫站2025年春季苗木产地检疫工作方案",
        record_title="林业有害生物防治检疫站2025年春季苗木产地检疫工作方案 免费下载",
        date="2025-02-14",
        notes="old ASP table layout: file-info table (size, language, authorisation, update time), three mirror links, a dead-link report; forest-pest quarantine station's plan",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>林业有害生物防治检疫站2025年春季苗木产地检疫工作方案 - 绿源资料下载站</title></head><body>
<table width="778" align="center"><tr><td>⟦m 绿源资料下载站 www.lvyuanxz.com⟧</td><td>⟦a 加入收藏⟧ ⟦a 设为首页⟧</td></tr></table>
<table width="778" align="center"><tr><td>⟦m 首页 | 方案计划 | 总结汇报 | 表格模板 | 课件 | 软件⟧</td></tr></table>
<table width="778" align="center" border="1">
<tr><td colspan="2"><b>{T}</b></td></tr>
<tr><td>⟦m 资料大小：36 KB⟧</td><td>⟦m 资料语言：简体中文⟧</td></tr>
<tr><td>⟦m 授权方式：免费资料⟧</td><td>⟦m 更新时间：2025-3-2 9:41:07⟧</td></tr>
<tr><td colspan="2">⟦m 资料简介：⟧</td></tr>
<tr><td colspan="2">
{BODY}
</td></tr>
<tr><td colspan="2">⟦a 下载地址：【电信下载】【联通下载】【备用下载】⟧</td></tr>
<tr><td colspan="2">⟦a 下载地址失效？点此报告给管理员⟧</td></tr></table>
<table width="778" align="center"><tr><td>⟦d 本站资料均来源于互联网，仅供学习研究使用，请于下载后24小时内删除。⟧</td></tr></table>
</body></html>
""",
        body="""
为防止松材线虫病等林业有害生物随苗木传播扩散，保障春季造林绿化安全，制定本方案。
一、检疫对象和范围
对全县42家苗木生产经营单位的育苗地开展产地检疫，重点检查松材线虫、美国白蛾、红火蚁等检疫性有害生物。
二、时间安排
2月20日至3月20日集中开展产地检疫，3月25日前完成检疫证书签发和检疫档案整理。
三、工作要求
检疫人员实行分片包干，每块育苗地逐株或抽样检查并填写检疫记录；对检疫合格的苗木签发产地检疫合格证，不合格的监督就地除害处理。
林业有害生物防治检疫站
2025年2月14日
""",
    ),
    dict(
        slug="download-free-livestream-base-text",
        site="易下文档站 (invented download site)",
        style="资料下载站",
        genre="工作计划",
        kind="plan",
        form="text",
        source="https://www.yixiawd.com/down/20250308/4471.html",
        title="县直播电商基地2025年主播培育计划",
        record_title="县直播电商基地2025年主播培育计划.doc",
        date=None,
        notes="livestream e-commerce base's plan on a download site; file-name title; no date (upload and crawl stamps only); 'how to download' box and points price",
        page="""
!m 易下文档站 — 文档模板免费下
!m 首页 » 计划方案 » 年度计划
!t 县直播电商基地2025年主播培育计划.doc
!m 文件类型：doc　所需积分：0　收录时间：2025-03-08　采集于 2025-03-09
!m 内容预览：
{BODY}
!a ↓ 本地高速下载　↓ 网盘下载
!a 下载说明：如遇无法打开，请先安装WPS或Office。
!l 热门下载：直播带货话术大全｜电商运营年度计划表
!d 资源来自网友分享，若有侵权请邮件告知，我们会尽快处理。
""",
        body="""
一、培育目标
全年培育本地带货主播200名，其中年销售额超过百万元的骨干主播20名，打造农产品直播品牌5个。
二、培育方式
（一）分级培训。对新人主播开展为期一周的入门培训，对骨干主播开展选品、运营和数据分析进阶培训。
（二）实战孵化。基地提供直播间、设备和供应链支持，新人主播前三个月免收场地费。
（三）以赛促学。每季度举办一次直播带货大赛，对优胜者给予流量扶持和奖励。
三、保障措施
基地设立主播服务专员，建立主播成长档案，每月通报培育进展。
""",
    ),
    dict(
        slug="exam-site-craftsman-teacher-recruit",
        site="滇南人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.diannanpta.cn/ksxx/sydw/2025/0415/7720.html",
        title="滇南州工匠学院2025年公开招聘专业教师公告",
        record_title="滇南州工匠学院2025年公开招聘专业教师公告_事业单位招聘_滇南人事考试网",
        date="2025-04-15",
        notes="personnel-exam site: positions table; the announcement's 咨询电话 beside the site's technical line; 准考证 下载打印 sentence kept",
        page="""
!m 滇南人事考试网
!m 网站首页 ＞ 考试信息 ＞ 事业单位招聘
{T}
!m 发布时间：2025-04-15 16:00:00　来源：本站　浏览：12036次
{BODY}
!a 【网上报名入口】　【准考证打印入口】
!m 技术支持：0873-3126690（仅限报名系统技术问题）
!m 滇南州人事考试中心 版权所有
""",
        indent="\u3000\u3000",
        body="""
根据事业单位公开招聘有关规定，经研究，滇南州工匠学院面向社会公开招聘专业教师8名。现将有关事项公告如下。
一、招聘岗位
岗位名称　人数　专业要求
焊接技术教师　3　焊接技术与工程
数控技术教师　3　机械设计制造及其自动化
电气技术教师　2　电气工程及其自动化
二、报名时间
2025年4月21日9:00至4月27日18:00，通过滇南人事考试网报名。
三、笔试
笔试时间另行通知，报名成功的考生请于笔试前一周登录本网站下载打印准考证。
四、咨询电话
滇南州工匠学院人事处：0873-3160512。
滇南州工匠学院
2025年4月15日
""",
    ),
]

"""holdout72, part C: Party-building sites, hospital and university sites, local forums,
download stations and personnel-exam sites — a cleaning company's Party branch, a
delivery riders' Party station, a TCM hospital's qigong rehab class, a hairdressers'
association at a hospital, a university rocket-model club, a university 3D-printing lab,
a rural market fair, a wedding-photography trade notice, an origami teaching plan, a
root-carving association, a circus troupe and a fossil museum. Invented text."""

CASES = [
    dict(
        slug="dangjian-baojie-speech-date-under-title",
        site="榉原先锋网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.jyxf.example.gov.cn/fcjs/2025/0701/1502.html",
        title="在洁美保洁公司党支部七一表彰会上的讲话",
        record_title="【两新党建】在洁美保洁公司党支部七一表彰会上的讲话",
        date="2025-06-30",
        notes="a speech with the date under the title in Arabic numerals and a speaker line (neutral); a speech title keeping its role; 【两新党建】 decoration; a 'study points' counter and a share row glued after a paragraph",
        page="""
!m 榉原先锋网 · 两新组织党建
!m 首页 > 两新党建 > 支部风采
!t 【两新党建】在洁美保洁公司党支部七一表彰会上的讲话
公司党支部书记　常玉芬
（2025年6月30日）
{BODY}
!a 阅读本文可获得学习积分 1 分
!l 上一篇：物业企业党建联建推进会召开　下一篇：快递网点“流动党员之家”挂牌
!m 主办：中共榉原县委组织部　技术支持：榉原信息港
""",
        body="""
同志们：
今天，我们在这里召开表彰会，庆祝党的生日，表彰一年来涌现出的优秀共产党员和先进保洁员。
一年来，支部十四名党员带头承担医院、学校等重点保洁项目，在防汛抢险和城市环境整治中，党员突击队连续奋战，得到了服务单位的好评。⟦l 分享：微信 | 学习强国 | 复制链接⟧
我们也要看到，公司员工流动性大，发展党员难、组织生活难的问题依然存在。
下一步，支部要把党小组建在项目点上，让每一名党员在岗位上亮身份、作表率。
最后，祝同志们节日快乐，工作顺利！
""",
    ),
    dict(
        slug="dangjian-qishou-station-news-html",
        site="蒴川党建云 (invented)",
        style="党建网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://djy.shuochuan.example.gov.cn/xjy/202508/t20250805_4412.html",
        title="“骑手加油站”党群服务点投用 为外卖骑手提供歇脚充电",
        record_title="“骑手加油站”党群服务点投用 为外卖骑手提供歇脚充电_新就业群体_蒴川党建云",
        date="2025-08-05",
        notes="Party-building portal template with a column+site suffix; a byline's 发布时间; a photo caption line between paragraphs; a 'red culture' sidebar; the station's own opening hours and phone kept",
        page="""
<html><head><meta charset="utf-8"><title>“骑手加油站”党群服务点投用 为外卖骑手提供歇脚充电_新就业群体_蒴川党建云</title></head><body>
<div class="banner">⟦m 蒴川党建云⟧ ⟦m 不忘初心 牢记使命⟧</div>
<div class="menu">⟦m 首页⟧ ⟦m 党建动态⟧ ⟦m 新就业群体⟧ ⟦m 党员教育⟧ ⟦m 红色蒴川⟧</div>
<div class="bread">⟦m 首页 &gt; 新就业群体⟧</div>
<h1>⟦t “骑手加油站”党群服务点投用 为外卖骑手提供歇脚充电⟧</h1>
<div class="attr">⟦m 发布时间：2025-08-05 16:20　来源：城东街道党工委　字号：大 中 小⟧</div>
<div class="detail">
{BODY}
</div>
<div class="side"><h4>⟦l 红色蒴川⟧</h4><p>⟦l 老区精神宣讲团走进社区⟧</p><p>⟦l 革命旧址修缮工程完工⟧</p></div>
<div class="footer">⟦m 中共蒴川市委组织部主办　邮编：331200⟧</div>
</body></html>
""",
        body="""
8月4日，城东街道首个“骑手加油站”党群服务点在商业街口正式投用，附近三个外卖配送站点的一百多名骑手有了歇脚的地方。
服务点面积六十平方米，配有饮水机、微波炉、充电柜和简易药箱，还设置了党员骑手学习角。
⟦m 图为骑手在服务点为电动车电池充电⟧
街道党工委负责人介绍，服务点由街道与两家配送平台站点党支部共建，十二名党员骑手组成志愿服务队，轮流值守。
服务点开放时间为每天10:00至22:00，服务电话0795-8810246。
""",
    ),
    dict(
        slug="hospital-zhongyi-baduanjin-notice-text",
        site="桕岭县中医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.jlxzyy.example.com/yygg/2025/0310/628.html",
        title="关于开设健身气功八段锦康复班的通知",
        record_title="关于开设健身气功八段锦康复班的通知-桕岭县中医院",
        date="2025-03-10",
        notes="hospital page with -site suffix; the department's own 报名电话 kept next to the hospital's 24小时急诊 and 预约 lines in the footer; a 'scan to book' prompt; 成文日期",
        page="""
!m 桕岭县中医院　二级甲等中医医院
!m 医院首页 | 科室导航 | 专家介绍 | 就医指南 | 医院公告
!t 关于开设健身气功八段锦康复班的通知-桕岭县中医院
!m 发布：康复科　　日期：2025-03-10　　浏览量：914
{BODY}
!a 微信扫一扫，在线预约挂号
!m 急诊电话（24小时）：0716-2120120　　预约电话：0716-2128800
!m 地址：桕岭县杏林路2号　　Copyright 2025 桕岭县中医院
""",
        body="""
为帮助慢性病患者和术后康复期患者增强体质，我院康复科联合县健身气功站点，开设八段锦康复班。
一、招收对象：高血压、颈腰椎病、慢阻肺等慢性病患者，以及经主治医生评估适合练习的术后康复期患者。
二、上课时间：每周二、四、六早上7:00—8:00，每期八周。
三、上课地点：医院康复楼前广场，雨天改在康复楼四楼训练厅。
四、费用：全程免费，学员需自备平底运动鞋。
报名电话：0716-2128653（康复科护士站）
桕岭县中医院康复科
2025年3月10日
""",
    ),
    dict(
        slug="hospital-meifa-volunteers-news-html",
        site="杪溪市第二人民医院 (invented)",
        style="医院官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.msxey.example.cn/news/yydt/20250423/3381.html",
        title="美发协会志愿者走进住院部为患者义务理发",
        date="2025-04-23",
        notes="a hospital news template; record title plain; a news date line; a floating consult box and an appointment button; a photo credit glued to the last paragraph",
        page="""
<html><head><meta charset="utf-8"><title>美发协会志愿者走进住院部为患者义务理发_医院动态</title></head><body>
<div class="top">⟦m 杪溪市第二人民医院⟧ ⟦a 预约挂号⟧ ⟦a 报告查询⟧</div>
<div class="nav">⟦m 首页 · 医院概况 · 医院动态 · 科室专家 · 护理园地⟧</div>
<div class="wz">⟦m 当前位置：首页 &gt; 医院动态⟧</div>
<h1>⟦t 美发协会志愿者走进住院部为患者义务理发⟧</h1>
<div class="sub">⟦m 2025-04-23　宣传科⟧</div>
<div class="newsbody">
{BODY}
</div>
<div class="float">⟦w 在线咨询：护士在线答疑，点击对话⟧</div>
<div class="foot">⟦m 杪溪市第二人民医院 版权所有　备案号：闽ICP备14002296号⟧</div>
</body></html>
""",
        body="""
4月22日，杪溪市美发美容行业协会组织十二名理发师志愿者来到我院住院部，为行动不便的住院患者义务理发。
志愿者们带着推子、剪刀和围布，在护士的陪同下逐个病区上门服务，对卧床患者还采取了床边理发的方式。
神经内科七十六岁的患者谢大爷理完发后照了照镜子，高兴地说：“住院半个月，总算清清爽爽了。”
当天共为八十三名患者理发，协会表示今后每季度都将来院开展一次服务。⟦m （文/图　宣传科　鲍敏）⟧
""",
    ),
    dict(
        slug="university-huojian-club-report-text",
        site="槭川理工学院 (invented)",
        style="高校官网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.qclg.example.edu.cn/xsgz/2024/1230/9910.htm",
        title="火箭模型社2024年度工作总结",
        record_title="火箭模型社2024年度工作总结-学生工作-槭川理工学院",
        date="2024-12-28",
        date_also=["2024-12-30"],
        notes="university site; the 成文日期 and a 发布日期 differ (the document's expected, the page's also accepted); a hard-wrapped text at 68 columns; quick links glued under the byline",
        wrap=68,
        page="""
!m 槭川理工学院 学生工作处
!m 首页 ＞ 学生社团 ＞ 社团风采
!t 火箭模型社2024年度工作总结-学生工作-槭川理工学院
!m 发布日期：2024-12-30　作者：团委　浏览：211
{BODY}
!l 【关闭】　【返回顶部】
!m 槭川理工学院学生工作处　地址：槭川市大学城学府路1号
""",
        body="""
2024年，火箭模型社在校团委和机电工程学院的指导下，围绕航天科普和技能竞赛两条主线开展工作。
一是科普活动有声势。社团在“中国航天日”举办了模型火箭发射展示，吸引八百余名师生观看，并走进三所中学开展科普讲座。
二是竞赛成绩有突破。社团选派两支队伍参加省大学生航空航天模型竞赛，获得一等奖一项、三等奖两项。
三是安全管理有制度。社团修订了发动机领用登记和发射场地安全检查制度，全年发射一百二十余次，未发生安全事故。
新的一年，社团将争取建设固定的发射测试场地，继续扩大科普活动覆盖面。
火箭模型社
2024年12月28日
""",
    ),
    dict(
        slug="university-3dprint-lab-notice-html",
        site="蒯川大学工程训练中心 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://gcxl.kcu.example.edu.cn/info/1031/2207.htm",
        title="关于3D打印创新实验室面向全校学生开放预约的通知",
        record_title="关于3D打印创新实验室面向全校学生开放预约的通知.docx",
        date="2025-09-08",
        notes="university template with a file-name record title; a notice whose sentences speak of 打印 and 预约 and 扫码 (kept); an attachment list kept; a print/close row",
        page="""
<html><head><meta charset="utf-8"><title>关于3D打印创新实验室面向全校学生开放预约的通知-蒯川大学工程训练中心</title></head><body>
<div class="hd">⟦m 蒯川大学 工程训练中心⟧</div>
<div class="nav">⟦m 中心概况 | 通知公告 | 实践教学 | 创新竞赛 | 下载专区⟧</div>
<div class="pos">⟦m 当前位置: 首页 &gt;&gt; 通知公告 &gt;&gt; 正文⟧</div>
<h1>⟦t 关于3D打印创新实验室面向全校学生开放预约的通知⟧</h1>
<div class="meta">⟦m 作者： 　　来源：工程训练中心　　点击数：⟧</div>
{BODY}
<div class="tools">⟦a 【打印此页】⟧ ⟦a 【关闭窗口】⟧</div>
<div class="foot">⟦m 版权所有 © 蒯川大学工程训练中心⟧</div>
</body></html>
""",
        body="""
各学院、全校学生：
为支持学生开展创新实践，工程训练中心3D打印创新实验室自9月15日起面向全校学生开放预约。
一、开放时间：周一至周五14:00—21:30，周六9:00—17:00。
二、预约方式：学生扫码登录“工训预约”平台，选择机位和时段，每人每周最多预约两次，每次不超过四小时。
三、打印耗材：PLA耗材按克计费，每克0.2元；参加学校立项竞赛的项目凭立项书免费打印。
四、首次使用的同学须先参加一次安全操作培训，培训合格后方可独立上机。
附件：1.3D打印创新实验室安全操作规程
2.学生开放预约须知
工程训练中心
2025年9月8日
""",
    ),
    dict(
        slug="localforum-jishi-relocation-junk",
        site="荑湾生活网论坛 (invented)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="text",
        source="http://bbs.tiwan.example.com/thread-88231-1-1.html",
        title="关于石桥乡农历逢五集市搬迁至新场地的告知",
        record_title="【转】关于石桥乡农历逢五集市搬迁至新场地的告知",
        date="2025-02-14",
        notes="local forum repost with junk; a 【转】 prefix; a poster's aside before the document and an edit stamp after; the township office's own 咨询电话 kept",
        junk=dict(lines=1, glued=2),
        page="""
!m 荑湾生活网 › 乡镇频道 › 石桥乡
!t 【转】关于石桥乡农历逢五集市搬迁至新场地的告知
!m 发表于 2025-2-15 07:48 | 只看楼主 | 倒序浏览
!m 楼主：赶集的阿贵
!m 乡里微信群看到的，转过来给大家看看
{BODY}
!m 本帖最后由 赶集的阿贵 于 2025-2-15 07:52 编辑
!l 2楼 老街卖豆腐的：新场地离我家远了，有没有班车
!l 快速回复　　表情　　发表回复
""",
        body="""
各位赶集群众、摊主：
为缓解老街赶集日交通拥堵，消除安全隐患，经乡党委、政府研究决定，石桥乡农历逢五集市自2025年3月4日（农历二月初五）起搬迁至乡政府北侧新建集贸场地。
新场地划分蔬菜水果、农资种苗、日用百货、小吃四个区域，设固定摊位二百八十个，摊位按先登记先安排的原则分配。
老街自搬迁之日起不再设摊，请大家相互转告。
咨询电话：0735-4410326（乡市场服务站）
石桥乡人民政府
2025年2月14日
""",
        date_also=["2025-02-15"],
    ),
    dict(
        slug="localforum-hunsha-consumer-tips-html",
        site="菼塘论坛 (invented)",
        style="地方论坛",
        genre="倡议书",
        kind="pledge",
        form="html",
        source="https://www.tantangbbs.example.net/t/56120",
        title="婚纱摄影行业诚信经营承诺书",
        record_title=None,
        date="2025-05-20",
        notes="no record title; the title in a post's h2; a county forum with a sticky-ad row, jammer fonts as one paragraph, a signature strip; the association's 投诉电话 kept",
        junk=dict(lines=0, glued=1),
        page="""
<html><head><meta charset="utf-8"><title>菼塘论坛 - 本地生活</title></head><body>
<div class="hd">⟦m 菼塘论坛⟧ ⟦m 菼塘人自己的网上家园⟧</div>
<div class="ad">⟦l 【置顶广告】装修找老周，免费量房 ｜ 驾校暑期班火热报名⟧</div>
<div class="crumb">⟦m 论坛首页 › 本地生活 › 消费维权⟧</div>
<div class="post">
<div class="author">⟦m 菼塘婚纱摄影行业协会⟧ ⟦m 发表于 2025-05-20 10:12⟧</div>
<h2>⟦t 婚纱摄影行业诚信经营承诺书⟧</h2>
{BODY}
<div class="sig">⟦m 签名：好好拍照，好好生活⟧</div>
</div>
<div class="reply">⟦l 回复本帖⟧ ⟦l 顶⟧ ⟦l 踩⟧</div>
<div class="ft">⟦m 菼塘论坛 客服QQ：2870041193⟧</div>
</body></html>
""",
        body="""
为维护消费者合法权益，树立行业良好形象，全县婚纱摄影企业共同作出如下承诺：
一、明码标价。套餐内容、加选价格在签约前书面告知，不在拍摄当天临时加价。
二、合同规范。使用协会统一制定的合同文本，写明底片数量、精修张数和交付时间。
三、不强制消费。不以“不选片不给底片”等方式诱导或强迫顾客加购。
四、及时处理投诉。消费者可拨打协会投诉电话0776-3350218，协会在五个工作日内答复。
菼塘县婚纱摄影行业协会
2025年5月20日
""",
    ),
    dict(
        slug="download-zhezhi-lesson-plan-text",
        site="教案下载站 (invented)",
        style="资料下载站",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.jiaoanxz.example.com/soft/zhezhi-8812.html",
        title="社区少儿折纸兴趣班教学计划",
        record_title="社区少儿折纸兴趣班教学计划 免费下载",
        date=None,
        notes="a download station's text page: file info lines, mirror links, a 'report dead link' line; a title with 免费下载; no date (a year-free plan; the update stamp is not a date)",
        page="""
!m 教案下载站 - 免费教案课件资源
!m 当前位置：首页 > 兴趣教案 > 手工
!t 社区少儿折纸兴趣班教学计划 免费下载
!m 软件大小：38 KB　　资料类型：DOC　　更新时间：2025-04-03　　授权：免费
!m 资料简介：
{BODY}
!a 下载地址：电信下载一　　联通下载二　　本地高速下载
!a 下载失败？点此报告死链
!d 本站资料均来自网络，仅供学习研究，请于下载后24小时内删除。
""",
        body="""
本兴趣班面向社区六至十岁儿童，每周六上午上课一次，每次一小时，共十二次课。
教学目标：让孩子掌握谷折、山折、压折等基本折法，能看懂简单折纸图，培养动手能力和耐心。
第一至四次课：基础折法与小动物折纸，如小狗、青蛙和纸鹤。
第五至八次课：立体折纸，如纸盒、花球和小房子。
第九至十二次课：主题创作，分组完成“我的家园”折纸作品，并在社区活动室展出。
所需材料：十五厘米见方的彩色折纸每人每次二十张，由社区统一采购。
""",
    ),
    dict(
        slug="download-gendiao-charter-oldtable-html",
        site="协会文档下载中心 (invented)",
        style="资料下载站",
        genre="制度",
        kind="rules",
        form="html",
        source="http://www.xhwdxz.example.net/down/html/8822.html",
        title="蓍坪县根雕艺术协会章程",
        record_title="蓍坪县根雕艺术协会章程.doc",
        date="2024-09-22",
        notes="old table-layout download page with a file-info table and mirror links; a file-name title; articles kept; the 通过 date of the charter as its date; a 'net-disk' row",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>蓍坪县根雕艺术协会章程.doc - 协会文档下载中心</title></head><body>
<table width="980"><tr><td>⟦m 协会文档下载中心⟧</td><td>⟦m 首页 | 章程制度 | 工作总结 | 会议材料⟧</td></tr></table>
<table width="980" border="1">
<tr><td>⟦m 文件名称：⟧</td><td>⟦t 蓍坪县根雕艺术协会章程.doc⟧</td></tr>
<tr><td>⟦m 文件大小：⟧</td><td>⟦m 52.5 KB⟧</td></tr>
<tr><td>⟦m 下载次数：⟧</td><td>⟦m 本日:2 本周:9 本月:31⟧</td></tr>
</table>
<table width="980"><tr><td>
{BODY}
</td></tr></table>
<table width="980"><tr><td>⟦a 下载地址一：网盘下载⟧</td><td>⟦a 下载地址二：本站下载⟧</td></tr></table>
<table width="980"><tr><td>⟦d 声明：本站资源由网友提供，如有侵权请联系删除⟧</td></tr></table>
</body></html>
""",
        body="""
（2024年9月22日第一次会员大会通过）
第一条　本会名称为蓍坪县根雕艺术协会。
第二条　本会是由本县根雕艺术创作者、爱好者自愿组成的非营利性社会组织。
第三条　本会的宗旨是：传承根雕技艺，繁荣根雕创作，倡导合法取材，保护森林资源。
第四条　本会会员不得采挖古树名木和国家保护植物的根材。
第五条　本会每两年举办一次会员作品展。
第六条　本章程经会员大会表决通过之日起生效。
""",
    ),
    dict(
        slug="exam-maxituan-recruit-notice-text",
        site="薤坪市人事考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.xprsks.example.gov.cn/sydw/2025/0604/1290.html",
        title="薤坪市杂技马戏团2025年公开招聘演员公告",
        record_title="【招聘公告】薤坪市杂技马戏团2025年公开招聘演员公告",
        date="2025-06-04",
        notes="exam site; a post table kept; the troupe's own 咨询电话 next to the exam site's technical hotline; a 报名入口 button and a 'download 准考证' sentence kept; 【招聘公告】",
        page="""
!m 薤坪市人事考试网
!m 首页 >> 事业单位招聘 >> 招聘公告
!t 【招聘公告】薤坪市杂技马戏团2025年公开招聘演员公告
!m 发布时间：2025-06-04　　来源：市人社局　　【打印】【关闭】
{BODY}
!a >>>点击进入网上报名入口<<<
!m 网上报名技术咨询：0731-4499012（工作日）
!l 相关公告：市文化馆招聘公告　市图书馆招聘公告
""",
        body="""
根据事业单位公开招聘有关规定，经研究，薤坪市杂技马戏团面向社会公开招聘演员，现将有关事项公告如下：
岗位名称　招聘人数　条件
杂技演员　4　18至26周岁，具有杂技类专业中专以上学历
驯兽演员　1　18至30周岁，有两年以上动物驯养经历
一、报名时间：6月10日至6月16日，报名采取网上报名方式。
二、专业考试在马戏团排练厅进行，考生请于6月25日起登录本网站下载打印准考证。
三、咨询电话：0731-4462107（马戏团办公室）
薤坪市杂技马戏团
2025年6月4日
""",
    ),
    dict(
        slug="exam-huashi-museum-interview-html",
        site="棠坳人事考试信息网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://rsks.tangao.example.gov.cn/gg/2025/07/16/61.html",
        title="棠坳县化石博物馆2025年公开招聘讲解员面试公告",
        date="2025-07-16",
        notes="exam-portal template; the interview list table kept; a 扫码 and 下载 sentence kept; a byline and a sidebar of exam calendar links; two 附件 kept",
        page="""
<html><head><meta charset="utf-8"><title>棠坳县化石博物馆2025年公开招聘讲解员面试公告</title></head><body>
<div class="head">⟦m 棠坳人事考试信息网⟧ ⟦m 公平 公正 公开⟧</div>
<div class="menu">⟦m 首页 | 考试公告 | 成绩查询 | 政策法规⟧</div>
<h1>⟦t 棠坳县化石博物馆2025年公开招聘讲解员面试公告⟧</h1>
<div class="info">⟦m 信息来源：棠坳县化石博物馆　发布时间：2025-07-16　阅读次数：2290⟧</div>
<div class="con">
{BODY}
</div>
<div class="side"><h3>⟦l 考试日历⟧</h3><p>⟦l 7月 中小学教师招聘笔试⟧</p><p>⟦l 8月 医疗卫生类面试⟧</p></div>
<div class="ft">⟦m 主办：棠坳县人力资源和社会保障局 | 技术支持：0739-8890011⟧</div>
</body></html>
""",
        body="""
根据招聘公告，现将棠坳县化石博物馆2025年公开招聘讲解员面试有关事项公告如下：
一、面试时间：2025年7月23日上午8:30开始。
二、面试地点：化石博物馆学术报告厅。
三、进入面试人员名单
准考证号　姓名　笔试成绩
2501014　胡晓晴　78.5
2501022　侯文博　76.0
2501009　龚一帆　74.5
四、面试采取模拟讲解的方式，每人讲解时间不超过八分钟。考生须扫码填写健康承诺，并自行下载面试须知。
附件：1.面试须知
2.讲解词参考篇目
棠坳县化石博物馆
2025年7月16日
""",
    ),
]

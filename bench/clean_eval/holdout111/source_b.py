"""holdout111, part B: chili-sauce makers, white and brick tea, red beans, rice-fish paddies. Invented text."""

CASES = [
    dict(
        slug="fanwen-chili-sauce-factory-summary-cn-date",
        site="妙笔范文网 (invented)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.miaobifw.example.com/zongjie/2025/12/9031.html",
        title="栌川辣椒酱厂2025年度生产经营工作总结",
        record_title="【精选】栌川辣椒酱厂2025年度生产经营工作总结（通用3篇）",
        date="2025-12-26",
        notes="范文 page: decorated title, writing-service prompt glued after a sentence and a VIP line between paragraphs; 成文日期 in Chinese numerals",
        indent="　　",
        page="""
!m 妙笔范文网 - 您身边的写作助手
!m 当前位置：妙笔范文网 >> 工作总结 >> 企业总结
!t 【精选】栌川辣椒酱厂2025年度生产经营工作总结（通用3篇）
!m 时间：2026-01-03　栏目：企业总结　热度：4.2k
{BODY}
!a 喜欢这篇文章？点击收藏，下次查找更方便
!l 猜你喜欢：食品厂年终总结｜车间主任述职报告｜质量管理工作总结
""",
        body="""
2025年，我厂在县委县政府的关心支持下，紧紧围绕提质扩能目标，全年生产辣椒酱一万一千吨，实现销售收入一点六亿元，同比增长百分之十八。⟦w 材料写不出来？资深笔杆子一对一代笔，微信：mbfw_2020⟧
一是抓原料基地。与周边六个乡镇签订订单种植合同，带动椒农二千三百户，户均增收四千元。
⟦a 开通VIP会员，全站范文不限量复制⟧
二是抓质量安全。新建检测中心一个，全年抽检产品四百批次，合格率保持百分之百。
三是抓市场开拓。新开发线上旗舰店两家，产品进入省外四个城市的连锁超市。
栌川县辣椒酱厂
二〇二五年十二月二十六日
""",
    ),
    dict(
        slug="forum-white-tea-coop-discuz-jammer",
        site="茶友汇论坛 (invented)",
        style="论坛",
        genre="通知",
        kind="notice",
        form="html",
        source="https://bbs.chayouhui.example.com/forum.php?mod=viewthread&tid=208814",
        title="檀州白茶专业合作社关于春茶鲜叶收购标准的通知",
        record_title="[转贴] 檀州白茶专业合作社关于春茶鲜叶收购标准的通知 - 白茶版 - 茶友汇论坛",
        date="2025-03-20",
        date_also=["2025-03-22"],
        notes="Discuz-like thread: jammer fonts glued and on lines, floor bar with 发表于, a price table; the notice's own date and the post time differ",
        junk=dict(lines=1, glued=2),
        page="""
<html><head><meta charset="gbk"><title>[转贴] 檀州白茶专业合作社关于春茶鲜叶收购标准的通知 - 白茶版 - 茶友汇论坛</title></head>
<body><div id="hd">⟦m 茶友汇论坛 - 以茶会友 以友辅仁⟧</div>
<div id="pt">⟦m 茶友汇论坛 » 名茶专区 » 白茶版 » 查看内容⟧</div>
<table class="plhin"><tr><td class="pls">⟦m 茗香小筑⟧<br>⟦m 主题 56 帖子 1302 积分 4410⟧</td>
<td class="plc"><h1>⟦t 檀州白茶专业合作社关于春茶鲜叶收购标准的通知⟧</h1>
<div class="authi">⟦m 发表于 2025-3-22 21:06 | 只看该作者 | 倒序浏览⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="sign">⟦l 签名：一杯白茶，三年是宝⟧</div>
<div class="po">⟦l 回复 　支持 　反对 　举报 　分享⟧</div>
</td></tr></table>
<div class="pgs">⟦l 返回列表　发新帖⟧</div>
<div id="ft">⟦m Powered by Discuz! X3.4 　© 2001-2025 茶友汇⟧</div>
</body></html>
""",
        body="""
各社员、各茶农：
今年春茶即将开采。为保证白茶品质，经合作社理事会研究，现将春茶鲜叶收购标准通知如下。
等级　采摘标准　收购价（元/斤）
特级　单芽　68
一级　一芽一叶初展　42
二级　一芽二叶　26
雨天叶、露水叶和紫芽一律不予收购。鲜叶须用竹篓盛装，不得挤压、不得堆放过夜。
檀州白茶专业合作社
2025年3月20日
""",
    ),
    dict(
        slug="dangjian-brick-tea-party-speech-cn-date-under-title",
        site="桧原党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://dj.guiyuan.example.gov.cn/djyw/2025/0701/1288.html",
        title="在桧原茯砖茶厂党支部庆祝建党104周年大会上的讲话",
        record_title="在桧原茯砖茶厂党支部庆祝建党104周年大会上的讲话",
        date="2025-06-30",
        notes="Party-building portal: the date under the speech title in Chinese numerals; speaker line neutral; a study-points box and footer",
        page="""
!m 桧原党建网　|　旗帜引领　党建强基
!m 首页 > 基层党建 > 两新组织
{T}
桧原茯砖茶厂党支部书记　邹茂林
（二〇二五年六月三十日）
{BODY}
!a 学习本文可获积分 2 分　[我已学习]
!m 来源：县委两新工委　编辑：阮静
!d 主办：中共桧原县委组织部　本站所有内容未经许可禁止转载
""",
        body="""
同志们：
明天就是党的生日。今天我们在这里集会，重温入党誓词，表彰一年来涌现出的优秀党员。
一年来，支部把党小组建在压制车间和发花车间，党员带头攻克了发花不匀的技术难题，茯砖茶一级品率提高了九个百分点。
新的征程上，全体党员要在安全生产中当先锋，在技术革新中打头阵，在服务茶农中作表率。
""",
    ),
    dict(
        slug="hospital-chili-burn-dermatology-notice-html",
        site="栌川县人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.lcxrmyy.example.cn/kpjk/2025/0918/612.html",
        title="关于辣椒采收加工季谨防手部辣椒灼伤的健康提示",
        record_title="关于辣椒采收加工季谨防手部辣椒灼伤的健康提示-栌川县人民医院",
        date="2025-09-18",
        notes="hospital template: appointment hotline and app row, the department's own 咨询电话 kept; a 预约挂号 box; byline date",
        page="""
<!doctype html><html><head><meta charset="utf-8"><title>关于辣椒采收加工季谨防手部辣椒灼伤的健康提示-栌川县人民医院</title></head>
<body>
<div class="top">⟦m 栌川县人民医院　二级甲等综合医院⟧ <span>⟦w 24小时急诊：0739-8126120⟧</span></div>
<ul class="nav"><li>⟦l 医院概况⟧</li><li>⟦l 科室导航⟧</li><li>⟦l 专家团队⟧</li><li>⟦l 健康科普⟧</li></ul>
<div class="loc">⟦m 当前位置：首页 - 健康科普 - 皮肤科⟧</div>
<h3>⟦t 关于辣椒采收加工季谨防手部辣椒灼伤的健康提示⟧</h3>
<p class="sub">⟦m 发布日期：2025-09-18　作者：皮肤科　浏览：531⟧</p>
<div class="article">
{BODY}
</div>
<div class="yy">⟦a 在线预约挂号　｜　报告查询　｜　下载掌上医院APP⟧</div>
<div class="foot">⟦m 院址：栌川县人民路166号　邮编：422300⟧<br>⟦d Copyright © 栌川县人民医院 版权所有⟧</div>
</body></html>
""",
        body="""
每年九月至十月是我县辣椒采收和加工旺季，皮肤科门诊接诊的手部辣椒灼伤患者明显增多。
辣椒中的辣椒素会刺激皮肤，长时间徒手切剁、去蒂，可出现手部烧灼痛、发红，严重者夜间难以入睡。
预防办法很简单：加工时戴丁腈手套，不要用接触过辣椒的手揉眼睛，收工后先用食用油擦拭再用肥皂清洗。
出现灼痛时，可将手浸泡在凉牛奶或冷水中缓解，症状持续不退的请及时就医。
皮肤科咨询电话：0739-8126055（工作日8:00—17:30）
""",
    ),
    dict(
        slug="university-rice-fish-paddy-base-news",
        site="楝水农业职业学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.lsnzy.example.edu.cn/info/1032/8841.htm",
        title="我院稻渔综合种养教学实训基地迎来首季丰收",
        record_title="我院稻渔综合种养教学实训基地迎来首季丰收-楝水农业职业学院",
        date="2025-09-26",
        notes="college news page: column header, byline with 来源/作者/日期, photo credit between paragraphs, prev/next and a footer with 地址",
        page="""
!m 楝水农业职业学院 LIANSHUI AGRICULTURAL VOCATIONAL COLLEGE
!l 学院首页　学院概况　院系设置　招生就业　校园文化
!m 首页 >> 学院新闻 >> 正文
{T}
!m 来源：动物科技学院　作者：黎蔓　日期：2025-09-26　点击：[648]
{BODY}
!l 上一篇：我院举行2025级新生开学典礼
!l 下一篇：学院召开秋季安全工作会议
!m 地址：楝水市大学城西路9号　电话：0745-2331010
""",
        body="""
9月24日，我院稻渔综合种养教学实训基地迎来首季收获。基地四十亩稻田亩产稻谷五百二十公斤，每亩另产禾花鱼六十公斤。
今年春天，动物科技学院和植物科技学院联合组建教学团队，带领水产养殖专业学生开挖环沟、投放鱼苗、管护稻田。
!m （图：学生在实训基地收捕禾花鱼　摄影：龚树）
学院负责人表示，基地将面向周边农户开放，开展稻渔种养技术培训，让教学成果走进田间地头。
""",
    ),
    dict(
        slug="download-white-tea-standard-file-table",
        site="标准下载站 (invented)",
        style="资料下载站",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.bzxz.example.net/soft/33079.html",
        title="关于征求《檀州白茶加工技术规程》团体标准意见的通知",
        record_title="关于征求《檀州白茶加工技术规程》团体标准意见的通知.doc下载",
        date="2025-07-08",
        notes="download station: file-info table, mirror links and a dead-link report; the association's own e-mail for comments kept",
        page="""
<html><head><meta charset="gb2312"><title>关于征求《檀州白茶加工技术规程》团体标准意见的通知.doc下载_标准下载站</title></head>
<body><table width="980"><tr><td>⟦m 标准下载站 - 标准规范 免费获取⟧</td></tr>
<tr><td>⟦m 当前位置：首页 → 行业标准 → 食品茶叶⟧</td></tr></table>
<table class="info">
<tr><td>⟦m 文件大小：46 KB⟧</td><td>⟦m 文件格式：DOC⟧</td></tr>
<tr><td>⟦m 更新日期：2025-08-19⟧</td><td>⟦m 下载次数：377⟧</td></tr></table>
<h2>⟦t 关于征求《檀州白茶加工技术规程》团体标准意见的通知⟧</h2>
<div class="intro">
{BODY}
</div>
<div class="down"><b>⟦a 下载地址：⟧</b><a>⟦a 电信高速下载⟧</a> <a>⟦a 联通高速下载⟧</a> <a>⟦a 备用下载⟧</a></div>
<div class="bad">⟦a 链接失效？请点此报错⟧</div>
<div class="tip">⟦d 本站资源均收集于互联网，仅供学习研究，请于下载后24小时内删除⟧</div>
</body></html>
""",
        body="""
各会员单位及有关专家：
根据团体标准制修订计划，檀州市茶叶协会组织起草了《檀州白茶加工技术规程》征求意见稿，现公开征求意见。
请于2025年8月8日前将意见反馈至协会秘书处，电子邮箱：tzcx_bz@tanzhoutea.example.org。
附件：1.《檀州白茶加工技术规程》（征求意见稿）
2.团体标准征求意见反馈表
檀州市茶叶协会
2025年7月8日
""",
    ),
    dict(
        slug="exam-red-bean-station-recruitment-timetable",
        site="杞岭人事考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://rsks.qiling.example.gov.cn/ksgg/2025/1015/207.html",
        title="杞岭县红小豆种植技术推广站2025年公开招聘工作人员笔试公告",
        record_title="杞岭县红小豆种植技术推广站2025年公开招聘工作人员笔试公告",
        date="2025-10-15",
        notes="exam site: 准考证 download sentence kept, a timetable table, the exam committee's 咨询电话 beside the site's technical line",
        page="""
!m 杞岭县人事考试网
!m 首页 / 考试公告 / 事业单位招聘
!a 【打印本页】【关闭】
{T}
!m 发布单位：县人社局　　发布时间：2025-10-15 16:20
{BODY}
!w 网站技术支持电话：0743-6659900（仅受理报名系统故障）
!m 主办：杞岭县人力资源和社会保障局　　湘ICP备20011873号
""",
        body="""
经资格审查，共有一百二十七人取得笔试资格。现将笔试有关事项公告如下。
一、笔试时间和科目
日期　时间　科目
10月26日　9:00—11:00　综合基础知识
10月26日　14:00—15:30　农学专业知识
二、考生须于10月23日至25日登录杞岭县人事考试网下载并打印准考证，凭准考证和身份证参加考试。
三、考生应提前三十分钟到达考点，开考十五分钟后不得入场。
考务咨询电话：0743-6651208
杞岭县人力资源和社会保障局
2025年10月15日
""",
    ),
    dict(
        slug="tender-rice-fish-ridge-bid-notice-html",
        site="柘湖县公共资源交易网 (invented)",
        style="招投标网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://ggzy.zhehu.example.gov.cn/jyxx/zfcg/2025/0416/88.html",
        title="柘湖县稻渔综合种养示范区田埂硬化工程招标公告",
        record_title="柘湖县稻渔综合种养示范区田埂硬化工程招标公告",
        date="2025-04-16",
        notes="tender portal: info table of the page, a CA hotline and 投标须知 links; purchaser and agency contacts kept; a lots table",
        page="""
<html><head><meta charset="utf-8"><title>柘湖县公共资源交易网</title></head>
<body>
<div class="banner">⟦m 柘湖县公共资源交易网⟧</div>
<div class="menu">⟦l 交易信息　|　政策法规　|　办事指南　|　下载中心⟧</div>
<div class="pos">⟦m 首页 &gt; 交易信息 &gt; 工程建设 &gt; 招标公告⟧</div>
<h1>⟦t 柘湖县稻渔综合种养示范区田埂硬化工程招标公告⟧</h1>
<div class="attr">⟦m 信息来源：县交易中心　发布时间：2025-04-16　【我要打印】⟧</div>
<div class="ewb">
{BODY}
</div>
<div class="side"><p>⟦w CA证书办理及驱动问题咨询：400-6618-027⟧</p><p>⟦l 投标须知⟧</p><p>⟦l 常见问题⟧</p></div>
<div class="ft">⟦m 主办单位：柘湖县公共资源交易中心　网站标识码：4309230018⟧</div>
</body></html>
""",
        body="""
一、项目概况。本项目为柘湖县稻渔综合种养示范区田埂硬化工程，建设内容为田埂硬化十二点六公里、进排水渠改造三点一公里，最高投标限价三百八十六万元。
二、标段划分
标段　内容　工期
一标段　东片田埂硬化　90日历天
二标段　西片田埂及渠系　100日历天
三、投标人资格要求。具备水利水电工程施工总承包三级及以上资质，并具有有效的安全生产许可证。
四、招标文件于2025年4月17日至23日在本网站免费下载。
招标人：柘湖县农业农村局　联系人：满春华　电话：0737-5120381
招标代理机构：湘中建设咨询有限公司　联系人：侯亦凡　电话：0737-5268810
""",
    ),
    dict(
        slug="lawfirm-chili-sauce-trademark-article",
        site="衡正律师事务所 (invented)",
        style="律所网站",
        genre="心得体会",
        kind="insight",
        form="text",
        source="https://www.hengzhenglaw.example.cn/article/2025/314.html",
        title="从一起辣椒酱商标纠纷看地方特产企业的品牌保护",
        record_title="律师说法丨从一起辣椒酱商标纠纷看地方特产企业的品牌保护",
        date="2025-11-12",
        notes="law-firm page: category line, author lawyer line, a consult box with phone, a not-legal-advice disclaimer and related articles",
        page="""
!m 衡正律师事务所　HENGZHENG LAW FIRM
!l 首页　律所简介　专业领域　律师团队　律所动态　联系我们
!t 律师说法丨从一起辣椒酱商标纠纷看地方特产企业的品牌保护
!m 发布时间：2025-11-12　作者：衡正律师事务所 商标团队 闫嘉禾律师
{BODY}
!w 免费法律咨询：0731-8596 2233（工作日 9:00-18:00）
!d 本文仅为一般性法律知识介绍，不构成对具体案件的法律意见
!l 相关文章：地理标志能否注册为普通商标？｜农产品包装装潢侵权如何认定
""",
        body="""
去年，一家辣椒酱厂发现外地企业在同类产品上使用了与其近似的商标和包装，随即委托我们提起诉讼。法院最终认定构成商标侵权，判决对方停止侵权并赔偿经济损失。
这起案件给地方特产企业提了个醒：好产品要有好商标，更要有完整的保护。
第一，及时在核心类别和关联类别注册商标，不要只注册一个类别。
第二，保存好使用证据，包括销售合同、广告投放记录和获奖证书。
第三，发现侵权后尽快固定证据，必要时申请诉前保全。
""",
    ),
    dict(
        slug="community-no-chili-drying-in-corridor-notice",
        site="榉田街道椒园社区 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="http://jiaoyuan.jutian.example.gov.cn/sqgg/2025/0905/77.html",
        title="关于禁止在楼道和消防通道晾晒辣椒等农产品的通知",
        record_title="关于禁止在楼道和消防通道晾晒辣椒等农产品的通知",
        date="2025-09-05",
        notes="residents' site: service hall hours and a grid-worker line at the bottom; the notice's own 网格员 phone kept; glued view count",
        page="""
!m 椒园社区居民服务网　您身边的小管家
!m 社区首页 ＞ 社区公告
{T}
!m 社区居委会　2025-09-05　已有 412 位居民阅读
{BODY}
!m 社区党群服务中心开放时间：周一至周五 8:30-17:30
!l 邻里互助　|　办事指南　|　居民议事厅
""",
        body="""
各位居民朋友：
近期，部分居民在楼道、楼梯间和消防通道晾晒辣椒、玉米等农产品，堵塞通道，存在火灾隐患。
根据消防安全有关规定，请大家在9月10日前自行清理，晾晒可到小区东侧的公共晾晒场。
逾期未清理的，社区将会同物业统一清理。
如有困难，请联系本楼网格员，电话：13907398812。
椒园社区居民委员会
2025年9月5日
""",
    ),
]

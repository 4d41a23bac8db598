"""holdout81, part B: sea-cucumber farms, hatcheries and processors (海参). Invented text;
see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="collection-chaoshan-sea-cucumber-memoir-wrapped",
        site="潮声文存 (invented personal collection)",
        style="个人文集",
        genre="回忆录",
        kind="article",
        form="text",
        source="http://www.chaosheng-wencun.example.net/juan3/52.html",
        title="第一次下海捞参",
        record_title="《潮声文存》卷三·第52篇：第一次下海捞参",
        date=None,
        notes="a retired diver's collection; wrapped at 58 columns; a 写于 year only; chapter nav",
        wrap=58,
        indent="　　",
        page="""
!m 潮声文存 —— 一个老渔民的海边文字
!l 卷三 ｜ 上一篇：补网 ｜ 下一篇：台风夜 ｜ 返回目录
!t 《潮声文存》卷三·第52篇：第一次下海捞参
{BODY}
!m 写于1998年冬，2024年整理录入
!d 文集内容为作者原创，引用请注明出处。
""",
        body="""
那年我十七岁，跟着村里的老把头第一次下海捞参，背着铅块，穿着笨重的潜水服，心里直打鼓。
海底比我想的暗得多，礁石缝里的海参一动不动，要不是老把头用手指给我看，我根本认不出来。
那天我一共捞了十一头，回到船上，手脚冻得发紫，可心里高兴得不得了。
后来村里搞起了围堰养参，再也不用冒险下海，可我常常还会梦见那片又冷又暗的海。
""",
    ),
    dict(
        slug="dangjian-xiao-html-sea-cucumber-speech-under-title",
        site="汐岙区党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://djw.xiao.example.gov.cn/ldjh/202506/t20250620_4412.html",
        title="在全区海参产业党建联盟成立大会上的讲话",
        record_title="【领导讲话】在全区海参产业党建联盟成立大会上的讲话_汐岙区党建网",
        date="2025-06-18",
        notes="Party-building portal; speaker line and date under the title are neutral, date from under the title; a scan-to-phone prompt; a related list",
        page="""
<html><head><meta charset="utf-8"><title>【领导讲话】在全区海参产业党建联盟成立大会上的讲话_汐岙区党建网</title></head><body>
<div class="banner">⟦m 汐岙区党建网　凝心聚力　向海图强⟧</div>
<div class="nav">⟦l 首页 | 党建要闻 | 领导讲话 | 组织建设 | 党员教育⟧</div>
<div class="loc">⟦m 当前位置：首页 - 领导讲话⟧</div>
<h2>⟦t 在全区海参产业党建联盟成立大会上的讲话⟧</h2>
<div class="info">⟦m 发布时间：2025-06-20　来源：区委组织部　浏览：1,387⟧</div>
<p class="sp">区委副书记　苏海澄</p>
<p class="sp">（2025年6月18日）</p>
<div class="con">
{BODY}
</div>
<div class="qr">⟦a 用手机扫描二维码，在手机上继续阅读本文⟧</div>
<div class="more"><h4>⟦l 推荐阅读⟧</h4><li>⟦l 渔村党支部书记轮训班开班⟧</li><li>⟦l 区委召开组织工作会议⟧</li></div>
<div class="ft">⟦m 中共汐岙区委组织部主办　联系电话：0535-6628101⟧</div>
</body></html>
""",
        body="""
同志们：
今天，全区海参产业党建联盟正式成立，这是我们推动党建与产业深度融合的一项重要举措。
海参产业是我区的特色主导产业，全区养殖面积达到八万亩，从业人员一万二千余人。
联盟成立后，要发挥好党组织的引领作用，把育苗场、养殖户、加工企业和科研院所紧密联结起来。
希望各成员单位加强交流合作，共同把汐岙海参这块牌子擦得更亮。
""",
        date_also=["2025-06-20"],
    ),
    dict(
        slug="hospital-jiaoyang-html-sea-cucumber-allergy",
        site="礁阳市中心医院 (invented)",
        style="医院官网",
        genre="科普",
        kind="article",
        form="html",
        source="https://www.jiaoyanghosp.example.com/jkkp/2025/1208.html",
        title="吃海参过敏怎么办？皮肤科医生提醒",
        record_title="吃海参过敏怎么办？皮肤科医生提醒 - 礁阳市中心医院",
        date="2025-01-23",
        notes="hospital page with 24-hour line and booking box; the department's own 咨询电话 kept in the body",
        page="""
<html><head><meta charset="utf-8"><title>吃海参过敏怎么办？皮肤科医生提醒 - 礁阳市中心医院</title></head><body>
<div class="top">⟦m 礁阳市中心医院　三级甲等综合医院⟧<span>⟦m 24小时服务热线：0535-2108120⟧</span></div>
<ul class="menu"><li>⟦l 医院概况⟧</li><li>⟦l 就医指南⟧</li><li>⟦l 科室导航⟧</li><li>⟦l 健康科普⟧</li></ul>
<h3>⟦t 吃海参过敏怎么办？皮肤科医生提醒⟧</h3>
<div class="sub">⟦m 发布日期：2025-01-23　科室：皮肤科　阅读量：2903⟧</div>
<div class="detail">
{BODY}
</div>
<div class="book">⟦a 在线预约挂号 ＞ 关注医院服务号，检查报告随时查⟧</div>
<div class="foot">⟦m 地址：礁阳市滨海中路66号　鲁ICP备12030455号⟧</div>
</body></html>
""",
        body="""
春节前后，是海参消费的高峰期，皮肤科门诊因吃海参引起过敏的患者也明显增多。
海参过敏多表现为皮肤瘙痒、风团，严重时可出现呼吸困难，应立即就医。
有海鲜过敏史的市民，第一次吃海参时要少量尝试，同时不要与酒类同食。
如有疑问，可拨打皮肤科咨询电话0535-2108356，工作日8:00至17:00有医生解答。
""",
    ),
    dict(
        slug="university-haida-html-sea-cucumber-lab-news",
        site="澪川海洋学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.lcoc.example.edu.cn/info/1041/20871.htm",
        title="我校海参良种选育团队获省科技进步一等奖",
        record_title="我校海参良种选育团队获省科技进步一等奖-澪川海洋学院新闻网",
        date="2025-05-09",
        notes="college news page: 供稿/摄影/编辑 line after the text, a photo caption between paragraphs, a campus-news list",
        page="""
<html><head><meta charset="utf-8"><title>我校海参良种选育团队获省科技进步一等奖-澪川海洋学院新闻网</title></head><body>
<div class="head">⟦m 澪川海洋学院新闻网⟧</div>
<div class="nav">⟦l 学院首页　综合新闻　教学科研　院系动态　媒体海院⟧</div>
<h1>⟦t 我校海参良种选育团队获省科技进步一等奖⟧</h1>
<div class="meta">⟦m 时间：2025-05-09　点击：[ 1128 ]⟧</div>
<div class="v_news_content">
{BODY}
</div>
<div class="who">⟦m 供稿：科研处　摄影：纪帆　编辑：宋琳　审核：赵立群⟧</div>
<div class="list"><h4>⟦l 综合新闻⟧</h4><p>⟦l 学校召开2025年就业工作推进会⟧</p><p>⟦l 海洋生物专业通过国家认证⟧</p></div>
<div class="copy">⟦d Copyright © 澪川海洋学院 党委宣传部 版权所有⟧</div>
</body></html>
""",
        body="""
近日，省政府公布2024年度省科学技术奖励名单，我校海洋生物学院海参良种选育团队完成的项目获科技进步一等奖。
⟦m 团队成员在育苗车间观察海参幼体⟧
该团队历时十二年，选育出耐高温海参新品种一个，在沿海四个地市推广养殖面积五万余亩。
团队负责人表示，下一步将围绕海参种质资源保护和健康养殖继续开展攻关。
""",
    ),
    dict(
        slug="localforum-oudao-sea-cucumber-price-post",
        site="蛎岛生活网论坛 (invented)",
        style="地方论坛",
        genre="帖子",
        kind="article",
        form="text",
        source="http://bbs.lidao-life.example.com/forum.php?mod=viewthread&tid=230144",
        title="今年秋参行情怎么样？说说我们村收购点的情况",
        record_title="今年秋参行情怎么样？说说我们村收购点的情况 - 蛎岛杂谈 - 蛎岛生活网",
        date="2024-10-28",
        notes="local forum post: 发表于 line is the page date; forum junk glued after sentences; a sign-in prompt and ad in the middle",
        junk=dict(lines=1, glued=2),
        page="""
!m 蛎岛生活网 » 论坛 › 蛎岛杂谈 › 正文
!t 今年秋参行情怎么样？说说我们村收购点的情况
!m 海边阿强　发表于 2024-10-28 07:52　查看: 4471　回复: 36
{BODY}
!a 马上注册，结交更多好友，享用更多功能，让你轻松玩转社区。
!l 【蛎岛便民】二手房源　招聘求职　拼车信息
""",
        body="""
这两天村里的收购点开秤了，秋参鲜参价格比去年同期低了一些，大个的每斤六十来块。
⟦a 您需要登录后才可以回帖　登录 | 立即注册⟧
听收购点老板说，今年南方的养殖量上来了，价格压得厉害，好在我们这边的参品质好，不愁卖。
我家今年出了一千二百多斤，扣掉苗种和饲料，比去年少挣了三成左右。
各位参农今年行情怎么样，也来说说吧。
""",
    ),
    dict(
        slug="download-haibei-sea-cucumber-pond-rules-at-markers",
        site="海贝资料下载站 (invented)",
        style="资料下载站",
        genre="制度",
        kind="rules",
        form="text",
        source="http://www.haibei-down.example.cn/soft/zhidu/14728.html",
        title="海参养殖池塘安全生产管理制度",
        record_title="海参养殖池塘安全生产管理制度（word版）免费下载",
        date=None,
        notes="download station: file-info lines, three mirror links, @N@ markers glued or not; rules with no date; articles that speak of 打印/登记 kept",
        pages=dict(fmt="@{n}@", every=90, start=2, glue="mix"),
        page="""
!m 海贝资料下载站 - 专业制度范本下载
!m 当前：首页 > 规章制度 > 安全生产
!t 海参养殖池塘安全生产管理制度（word版）免费下载
!m 软件大小：36KB　更新时间：2025-02-11　下载次数：287
{BODY}
!a 下载地址：电信下载一　联通下载二　本地高速下载
!l 下载出错？点此报告失效链接
""",
        body="""
第一条　为加强海参养殖池塘安全生产管理，防止溺水、触电等事故发生，制定本制度。
第二条　池塘周边须设置警示标志和救生圈，夜间巡塘人员不得少于两人。
第三条　增氧机、水泵等电气设备须由持证电工安装维护，每月检查一次并登记。
第四条　本制度由养殖场办公室负责打印张贴在值班室，并组织全体员工学习。
""",
    ),
    dict(
        slug="exam-haiyun-html-fisheries-technician-interview",
        site="浔屿市人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://rsks.xunyu.example.gov.cn/ksgg/2025/0711/882.html",
        title="浔屿市水产技术推广站2025年公开招聘工作人员面试公告",
        record_title="浔屿市水产技术推广站2025年公开招聘工作人员面试公告",
        date="2025-07-11",
        notes="personnel-exam portal: floating consult box, technical-support line; document's own 咨询电话 kept; interview table one row a paragraph; 打印面试通知书 sentence kept",
        page="""
<html><head><meta charset="utf-8"><title>浔屿市人事考试网</title></head><body>
<div class="logo">⟦m 浔屿市人事考试网⟧</div>
<div class="bar">⟦l 首页　考试公告　报名入口　成绩查询　政策法规⟧</div>
<h2>⟦t 浔屿市水产技术推广站2025年公开招聘工作人员面试公告⟧</h2>
<div class="date">⟦m 发布日期：2025-07-11　　【字号：大 中 小】⟧</div>
<div class="body">
{BODY}
</div>
<div class="float">⟦w 考生咨询 在线客服 工作日 9:00-17:00⟧</div>
<div class="ft">⟦m 技术支持电话：0535-8890011（仅限网站技术问题）⟧</div>
</body></html>
""",
        body="""
根据招聘工作安排，现将面试有关事项公告如下。
一、面试时间和地点：7月19日上午8时，市人才服务中心三楼面试室。
二、进入面试人员名单：
岗位　姓名　准考证号
海参养殖技术员　林海波　250301012
海参养殖技术员　曲晓妍　250301027
三、请考生于7月16日至18日登录本网站下载并打印面试通知书。
咨询电话：0535-8890217。
浔屿市人力资源和社会保障局
2025年7月11日
""",
    ),
    dict(
        slug="tender-gangcheng-html-sea-cucumber-seedling-bid",
        site="港城公共资源交易平台 (invented)",
        style="招投标网",
        genre="招标公告",
        kind="notice",
        form="html",
        source="https://ggzy.gangcheng.example.gov.cn/jyxx/zfcg/20250302/6613.html",
        title="港城区海洋牧场海参苗种采购项目招标公告",
        record_title="港城区海洋牧场海参苗种采购项目招标公告 - 港城公共资源交易平台",
        date="2025-03-02",
        notes="tender platform: left menu, CA helpdesk; purchaser and agency contacts kept; lot table",
        page="""
<html><head><meta charset="utf-8"><title>港城区海洋牧场海参苗种采购项目招标公告 - 港城公共资源交易平台</title></head><body>
<div class="hd">⟦m 港城公共资源交易平台⟧ <span>⟦a 交易主体登录 | 注册⟧</span></div>
<div class="left"><ul><li>⟦l 工程建设⟧</li><li>⟦l 政府采购⟧</li><li>⟦l 产权交易⟧</li></ul></div>
<h3>⟦t 港城区海洋牧场海参苗种采购项目招标公告⟧</h3>
<div class="info">⟦m 信息时间：2025-03-02　阅读次数：513⟧</div>
<div class="content">
{BODY}
</div>
<div class="ca">⟦w CA数字证书办理及技术咨询：400-600-8123⟧</div>
<div class="foot">⟦m 港城区公共资源交易中心　地址：港城区海港路19号⟧</div>
</body></html>
""",
        body="""
港城区海洋发展局就海洋牧场海参苗种采购项目进行公开招标，欢迎合格的供应商参加投标。
一、采购内容：
标段　品名　数量　最高限价
一标段　海参苗（每斤40头）　3000斤　36万元
二标段　海参苗（每斤200头）　1500斤　24万元
二、获取招标文件时间：2025年3月3日至3月9日，登录本平台免费下载。
三、采购人：港城区海洋发展局，联系人：于成，电话：0535-3317702。
采购代理机构：港城信达招标代理有限公司，联系人：温雅，电话：0535-3326618。
""",
    ),
    dict(
        slug="lawfirm-haiyan-html-sea-cucumber-lease-dispute",
        site="海晏律师事务所 (invented)",
        style="律所网站",
        genre="案例分析",
        kind="article",
        form="html",
        source="https://www.haiyanlaw.example.com/anli/2025/0415-73.html",
        title="海域养殖承包合同到期后，海参归谁？",
        record_title="律师说案丨海域养殖承包合同到期后，海参归谁？",
        date="2025-04-15",
        notes="law-firm page: lawyer card, consult prompt glued after the last sentence, disclaimer; no legal advice notice",
        page="""
<html><head><meta charset="utf-8"><title>律师说案丨海域养殖承包合同到期后，海参归谁？</title></head><body>
<div class="top">⟦m 海晏律师事务所　专注海洋与渔业法律服务⟧</div>
<div class="nav">⟦l 首页　律所简介　专业领域　律师团队　案例分析　联系我们⟧</div>
<h1>⟦t 律师说案丨海域养殖承包合同到期后，海参归谁？⟧</h1>
<div class="by">⟦m 作者：邵文澜律师　2025-04-15⟧</div>
<div class="art">
{BODY}
</div>
<div class="card">⟦w 邵文澜　专职律师　执业证号1370***2011　预约咨询：186****5530⟧</div>
<div class="dis">⟦d 本文仅为普法交流，不构成对具体案件的法律意见。⟧</div>
</body></html>
""",
        body="""
王某承包村集体海域养殖海参，合同于2023年底到期，村委会随后将海域另行发包给李某。
双方的争议在于，池底尚未起捕的海参应当归谁所有。
法院审理认为，合同到期前投放的苗种系王某所有，应给予其合理的起捕期限，李某不得阻挠。
提醒养殖户，签订承包合同时应对到期后存塘产品的处理作出明确约定。⟦w 遇到类似纠纷？点击右下角免费咨询海晏律师⟧
""",
    ),
    dict(
        slug="community-chaoyuan-sea-cucumber-market-notice",
        site="潮源街道社区网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.chaoyuan-sq.example.cn/tzgg/2025/0118/213.html",
        title="关于春节期间海参集市临时占道经营管理的通知",
        record_title="关于春节期间海参集市临时占道经营管理的通知_潮源街道社区网",
        date="2025-01-18",
        notes="community site: grid worker's phone in the document kept beside the site's property hotline; chrome between paragraphs",
        page="""
!m 潮源街道社区网　家门口的服务站
!m 首页 / 社区公告 / 正文
{T}
!m 发布人：社区居委会　日期：2025-01-18　阅读 902
{BODY}
!m 社区服务热线：0535-6600123（24小时）
!l 上一条：关于开展冬季消防安全检查的通知
!l 下一条：社区春节文艺汇演节目征集
""",
        body="""
各位居民、商户：
春节临近，为方便居民购买年货，经街道同意，在滨河路设置临时海参集市，现将有关事项通知如下。
⟦a 点击这里订阅社区公告推送⟧
一、集市时间为1月20日至1月27日，每天7时至18时。
二、摊位由社区统一划线编号，商户须亮证经营，严禁以次充好、缺斤短两。
三、市民如发现问题，可联系网格员刘静，电话：13853561120。
潮源社区居民委员会
2025年1月18日
""",
    ),
    dict(
        slug="assoc-haishen-pledge-quality",
        site="礁湾市海参行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="letter",
        form="text",
        source="http://www.jwhsxh.example.org/xhdt/2025/0310/57.html",
        title="关于坚守海参质量诚信经营的倡议书",
        record_title="【协会倡议】关于坚守海参质量诚信经营的倡议书",
        date="2025-03-10",
        notes="association page: member-login row, join prompt inside the body, Chinese-numeral 成文日期",
        page="""
!a 会员登录　|　申请入会　|　English
!m 礁湾市海参行业协会 > 协会动态
!t 【协会倡议】关于坚守海参质量诚信经营的倡议书
{BODY}
!d 协会网站所载文章，转载请注明来源。
!m 协会秘书处电话：0535-5230678　邮箱：jwhsxh@example.org
""",
        body="""
全市海参养殖、加工和经营企业：
近期，个别商户以糖干参冒充淡干参销售，损害了消费者权益和礁湾海参的声誉。
为此，协会向全体会员单位发出如下倡议：一是坚持淡干工艺，不添加糖、盐等增重物质；二是如实标注产地和规格，主动接受市场监管。
⟦a 还不是协会会员？扫码填写入会申请，享会员专属培训⟧
让我们携起手来，共同守护礁湾海参的金字招牌。
礁湾市海参行业协会
二〇二五年三月十日
""",
    ),
]

"""holdout25, part E: an edible-fungus station, an amusement-rides exam, a data-centre
bid result, a used-car lecture, a locksmiths' volunteer service, a bakery association, a
telecom-tower notice to residents, a yacht school, a rice-noodle association's host script,
an interview post, an encyclopaedia entry on minutes and a sheep co-op's dividend plan.
Invented text throughout; see ../README.md."""

CASES = [
    dict(
        slug="download-junzhong-fungus-text-mirrors",
        site="乡村技术资料站 (invented)",
        style="资料下载站",
        genre="技术资料",
        kind="other",
        form="text",
        source="http://www.xcjszl.example.com/down/3390.html",
        title="香菇代料栽培技术要点",
        record_title="香菇代料栽培技术要点 免费下载",
        date=None,
        notes="a text download page: file info lines (size, 更新时间 stamp, 授权), mirror links, a report-dead-link line; numbered lists; no date",
        page="""
!m 乡村技术资料站 → 食用菌 → 香菇
!m 资料大小：56KB　资料类型：doc　更新时间：2025-02-14　授权方式：免费
!t 香菇代料栽培技术要点 免费下载
{BODY}
!a 下载地址①：本地高速下载　下载地址②：网通镜像
!l 链接失效请点此反馈
!d 本站所有资料均来自互联网，如有侵权请来信告知删除
""",
        body="""
1.配料：杂木屑百分之七十八、麦麸百分之二十、石膏百分之一、糖百分之一，含水量控制在百分之五十五左右。
2.装袋灭菌：当天拌料当天装袋，常压灭菌保持一百摄氏度十六小时以上。
3.接种培养：料温降至二十八摄氏度以下接种，培养室温度保持在二十四摄氏度左右，避光培养。
4.转色出菇：菌袋转色后进行温差刺激，昼夜温差八摄氏度以上，促进出菇。
5.采收：菌盖六七分开、菌膜刚破时采收，采后停水养菌五至七天。
""",
    ),
    dict(
        slug="exam-youle-rides-operator-html-byline",
        site="苋原市特种设备考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.xytzsb-ks.example.cn/ksgg/2025/0716/55.html",
        title="2025年第三批大型游乐设施作业人员考试公告",
        record_title=None,
        date="2025-07-16",
        notes="exam portal without record title: 发布时间 byline, a login box, an exam timetable table, the document's own 咨询电话 beside the site's 技术支持 line; 准考证 打印 sentence kept",
        page="""
<html><head><meta charset="utf-8"><title>苋原市特种设备考试网</title></head><body>
<div class="hd">⟦m 苋原市特种设备作业人员考试网⟧</div>
<div class="login">⟦a 考生登录　｜　注册　｜　忘记密码⟧</div>
<div class="nav">⟦m 首页　考试公告　报名入口　成绩查询　证书查询⟧</div>
<h2>⟦t 2025年第三批大型游乐设施作业人员考试公告⟧</h2>
<div class="info">⟦m 发布时间：2025-07-16 09:00　阅读次数：677⟧</div>
<div class="body">
{BODY}
</div>
<div class="ft">⟦m 网站技术支持：0735-2288070⟧　⟦d 版权所有 苋原市特种设备考试网⟧</div>
</body></html>
""",
        body="""
根据特种设备作业人员考核规则，现将2025年第三批大型游乐设施作业人员考试有关事项公告如下。
一、报名时间：7月20日至7月30日，考生在本网站注册后在线报名。
二、考试安排
项目　理论考试　实际操作
游乐设施操作　8月9日上午　8月9日下午
游乐设施修理　8月10日上午　8月10日下午
三、考生须于8月6日后登录本网站下载并打印准考证。
咨询电话：0735-2283316（考务科）
""",
    ),
    dict(
        slug="tender-idc-ups-bid-result-text",
        site="荪湖国企采购平台 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="https://cg.sunhu-gq.example.com/zbgg/20250903/1190.html",
        title="荪湖云数据中心不间断电源扩容项目中标结果公告",
        record_title="荪湖云数据中心不间断电源扩容项目中标结果公告_采购平台",
        date="2025-09-03",
        notes="procurement platform: 项目编号 (meta), a winning-bid table kept, a 公示期 sentence, a 'supplier login' row and a platform 400 line",
        page="""
!m 荪湖国企阳光采购平台
!a 供应商登录　供应商注册　CA办理
!m 采购公告 > 结果公示
{T}
!m 项目编号：SHYDC-2025-UPS02　发布时间：2025-09-03
{BODY}
!m 平台客服：400-033-9188（工作日）
""",
        body="""
荪湖云数据中心不间断电源扩容项目评标工作已经结束，现将中标结果公告如下。
序号　中标人　中标金额（万元）　工期
1　荪湖华电科技有限公司　318.60　60日历天
公示期为2025年9月4日至9月8日。对中标结果有异议的，请在公示期内以书面形式向采购人提出。
采购人：荪湖云数据中心有限公司　联系人：向东　电话：0731-87730021
荪湖云数据中心有限公司
2025年9月3日
""",
    ),
    dict(
        slug="law-ershouche-lecture-html-date-under",
        site="衡平律师事务所 (invented)",
        style="律所网站",
        genre="讲稿",
        kind="speech",
        form="html",
        source="https://www.hengping-law.example.com/lecture/2025/used-car.html",
        title="二手车交易常见纠纷及防范——在市二手车商会的讲座",
        record_title="二手车交易常见纠纷及防范——在市二手车商会的讲座 - 衡平律所",
        date="2025-05-24",
        notes="law-firm template: lecturer line (neutral) and date under the title, a consult box, a 'download the slides' CTA, a disclaimer; the lecture tells dealers to 打印 a checklist (kept)",
        page="""
<html><head><meta charset="utf-8"><title>二手车交易常见纠纷及防范——在市二手车商会的讲座 - 衡平律所</title></head><body>
<div class="hd">⟦m 衡平律师事务所 · 专业 诚信 高效⟧</div>
<div class="nav">⟦m 律所简介 | 专业领域 | 律师团队 | 法律讲堂 | 联系我们⟧</div>
<h1>⟦t 二手车交易常见纠纷及防范——在市二手车商会的讲座⟧</h1>
<p>主讲：衡平律师事务所合伙人　甘致远</p>
<p>（2025年5月24日）</p>
<div class="art">
{BODY}
</div>
<div class="cta">⟦a 点击下载本次讲座课件⟧</div>
<div class="consult">⟦w 免费咨询：400-616-7788　预约面谈⟧</div>
<div class="ft">⟦d 本站内容仅供参考，不构成法律意见⟧</div>
</body></html>
""",
        body="""
各位会员：
今天跟大家交流二手车交易中最常见的三类纠纷：车况隐瞒、里程篡改和过户迟延。
第一，关于车况。车商对事故、泡水、火烧等重大瑕疵负有如实告知义务，隐瞒的可能被认定为欺诈，承担退一赔三的责任。
第二，关于里程。建议大家在收车时就调取维修保养记录，发现里程异常的坚决不收。
第三，关于过户。合同中要写明过户期限和逾期责任，避免车辆长期挂在原车主名下。
我给大家准备了一份车况告知确认单，请会后打印出来，每卖一台车都让买家逐项签字。
""",
    ),
    dict(
        slug="community-kaisuo-locksmith-volunteer-html",
        site="蘼城社区网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.mcsq.example.cn/news/show-2215.html",
        title="关于开展“便民修锁”志愿服务的通知",
        record_title="关于开展“便民修锁”志愿服务的通知",
        date="2025-12-02",
        notes="residents' site: a weather/date widget (meta), 'my building' login, a volunteer sign-up CTA glued after a sentence, the notice's own 联系电话 beside the street's hotline, a comment box",
        page="""
<html><head><meta charset="utf-8"><title>关于开展“便民修锁”志愿服务的通知_蘼城社区网</title></head><body>
<div class="top">⟦m 蘼城社区网　今天是 星期二　晴 6℃⟧　⟦a 我的楼栋｜登录⟧</div>
<div class="nav">⟦m 社区公告 ｜ 办事指南 ｜ 邻里互助 ｜ 志愿服务⟧</div>
<h2>⟦t 关于开展“便民修锁”志愿服务的通知⟧</h2>
<div class="meta">⟦m 发布：青槐社区　浏览：356⟧</div>
<div class="txt">
{BODY}
</div>
<div class="cm">⟦l 居民留言（2）　我家防盗门锁芯能换吗？⟧</div>
<div class="ft">⟦m 街道服务热线：0739-6112345⟧</div>
</body></html>
""",
        body="""
各位居民：
为方便辖区居民，社区联合市锁具行业协会于12月6日（周六）上午在社区广场开展“便民修锁”志愿服务活动。⟦a 我要报名当志愿者⟧
活动现场免费为居民维修门锁、信报箱锁和电动车锁，更换锁芯只收取配件成本费。
协会师傅将同时讲解防盗门锁芯等级的识别方法。
联系电话：0739-6118203（社区　蒋阿姨）
青槐社区居委会
2025年12月2日
""",
    ),
    dict(
        slug="assoc-beike-bakery-pledge-text",
        site="椹川市焙烤食品行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://www.zchpxh.example.org.cn/xhgg/2025/31.html",
        title="焙烤食品行业食品安全倡议书",
        record_title="【协会倡议】焙烤食品行业食品安全倡议书",
        date="2025-04-26",
        notes="association page: a member-service row, a decorated title, the pledge's date; a footer with the association's phone and address, a 'join us' CTA",
        page="""
!m 椹川市焙烤食品行业协会
!a 会员服务 ｜ 入会指南 ｜ 会员登录
!t 【协会倡议】焙烤食品行业食品安全倡议书
!m 来源：协会秘书处　2025-04-26
{BODY}
!a 诚邀焙烤企业加入协会，共建行业诚信
!m 协会地址：椹川市食品工业园3栋201　电话：0737-4411260
""",
        body="""
全市焙烤食品生产经营企业：
为共同守护舌尖上的安全，椹川市焙烤食品行业协会向全体会员单位倡议：
一、严格执行食品添加剂使用标准，不超范围、超限量使用添加剂。
二、现烤现售的产品标明制作时间和保质期，过期产品一律下架销毁。
三、从业人员持健康证上岗，操作间做到生熟分开、定期消毒。
四、主动公开投诉电话，认真处理消费者的意见和建议。
椹川市焙烤食品行业协会
2025年4月26日
""",
    ),
    dict(
        slug="corp-tieta-residents-letter-html",
        site="通信铁塔公司苎溪分公司 (invented)",
        style="企业官网",
        genre="函",
        kind="letter",
        form="html",
        source="https://www.tt-zhuxi.example.com/news/notice/2025-0815.html",
        title="致金桂苑小区业主的一封信",
        record_title="致金桂苑小区业主的一封信 - 通信铁塔苎溪分公司",
        date="2025-08-15",
        notes="corporate template: a service-hotline banner, a news column nav, the letter's own 联系人 line kept, a 'back to list' and share row, a footer with a licence number",
        page="""
<html><head><meta charset="utf-8"><title>致金桂苑小区业主的一封信 - 通信铁塔苎溪分公司</title></head><body>
<div class="banner">⟦m 共享铁塔　连接未来⟧　⟦m 服务热线 10099-8⟧</div>
<div class="nav">⟦m 公司概况　新闻中心　业务介绍　社会责任　联系我们⟧</div>
<h1>⟦t 致金桂苑小区业主的一封信⟧</h1>
<div class="date">⟦m 2025-08-15　新闻中心⟧</div>
<div class="content">
{BODY}
</div>
<div class="tool">⟦l 返回列表　分享⟧</div>
<div class="ft">⟦m 电信业务经营许可证：A2.B1-20180066⟧</div>
</body></html>
""",
        body="""
尊敬的金桂苑小区业主：
您好！近期，不少业主反映小区地下车库和高层住户手机信号较弱。为改善通信质量，我公司拟在小区7栋楼顶建设一座美化天线通信基站。
基站采用与楼顶水箱外观一致的美化罩，发射功率符合国家电磁环境控制限值标准，对居民健康没有影响。
施工前，我们将在小区公告栏张贴施工方案和电磁辐射检测报告，并邀请业主代表现场监督。
如有疑问，欢迎联系我们。联系人：蔡工　电话：0745-3318260
通信铁塔苎溪分公司
2025年8月15日
""",
    ),
    dict(
        slug="training-youting-yacht-school-relative",
        site="蓝帆游艇驾驶培训中心 (invented)",
        style="培训机构",
        genre="简章",
        kind="other",
        form="text",
        source="https://www.lanfan-yacht.example.com/news/zs/2025-11.html",
        title="游艇驾驶证培训招生简章",
        record_title="游艇驾驶证培训招生简章（冬季班）",
        date=None,
        notes="training-centre page: a relative stamp 5天前 (no date), a 'book a trial sail' CTA glued after a sentence, a WeChat consult prompt, the centre's own 报名电话 kept",
        page="""
!m 蓝帆游艇驾驶培训中心 | 海事局认可培训机构
!t 游艇驾驶证培训招生简章（冬季班）
!m 5天前 · 招生动态
{BODY}
!w 添加课程顾问微信：lanfan-2024，领取报名优惠
!l 往期学员：一次性通过率百分之九十六
""",
        body="""
一、招生对象：年满十八周岁、不超过六十五周岁，视力和听力符合要求的人员。
二、培训类别：内河游艇驾驶和海上游艇驾驶两类，学员可任选其一。
三、培训内容：游艇驾驶理论、航行规则、气象知识、实操驾驶和应急处置，实操课在檫岭码头进行。⟦a 立即预约体验航行⟧
四、考试发证：培训结束后参加海事管理机构组织的考试，合格者取得游艇操作人员证书。
报名电话：0738-6620516（中心办公室）
""",
    ),
    dict(
        slug="app-mifen-ricenoodle-host-script-html",
        site="写作猫APP (invented)",
        style="范文APP",
        genre="主持词",
        kind="other",
        form="html",
        source="https://m.xiezuomao.example.com/share/article/90021",
        title="米粉行业协会2025年会员大会主持词",
        record_title="米粉行业协会2025年会员大会主持词（可编辑）｜写作猫",
        date=None,
        notes="app H5 share page: an open-app bar, a 'continue in app' box on a line of its own inside the body, a member prompt, related list; a year only in the title: no date",
        page="""
<html><head><meta charset="utf-8"><title>米粉行业协会2025年会员大会主持词（可编辑）｜写作猫</title></head><body>
<div class="appbar">⟦a 写作猫APP　打开⟧</div>
<h1>⟦t 米粉行业协会2025年会员大会主持词（可编辑）⟧</h1>
<div class="meta">⟦m 主持词 · 会议类　收藏 312⟧</div>
<div class="article">
{BODY}
</div>
<div class="vip">⟦a 成为会员，全部范文无限复制⟧</div>
<div class="rec">⟦l 相关范文：协会年会领导致辞　会员大会议程安排⟧</div>
</body></html>
""",
        body="""
各位会员代表、各位来宾：
大家上午好！米粉行业协会2025年会员大会现在开始。
首先，请允许我介绍出席今天大会的领导和嘉宾。
⟦a 剩余内容请在APP内查看⟧
会议进行第一项，请协会会长作年度工作报告。大家欢迎。
会议进行第二项，审议通过新修订的《行业自律公约》。
会议进行最后一项，为年度优秀会员单位颁奖。
今天的大会到此结束，谢谢大家！
""",
    ),
    dict(
        slug="examforum-xuandiao-interview-html-byline",
        site="选调生之家论坛 (invented)",
        style="公考论坛",
        genre="经验",
        kind="other",
        form="html",
        source="https://www.xdszj.example.com/thread-55821-1-1.html",
        title="选调面试热点：如何看待古树认养",
        record_title="【面试热点】选调面试热点：如何看待古树认养（附答题思路）",
        date="2025-02-27",
        notes="exam forum: 发表于 post line (the page's date), a decorated title, a 'reply to see hidden content' prompt, a moderator's stamp and a signature",
        page="""
<html><head><meta charset="utf-8"><title>【面试热点】选调面试热点：如何看待古树认养（附答题思路）-选调生之家</title></head><body>
<div id="hd">⟦m 选调生之家 — 备考选调，就上选调生之家⟧</div>
<div id="pt">⟦m 论坛首页 › 面试交流 › 热点题库⟧</div>
<h1>⟦t 【面试热点】选调面试热点：如何看待古树认养（附答题思路）⟧</h1>
<div class="pti">⟦m 楼主 上岸小分队　发表于 2025-2-27 08:12⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="locked">⟦a 本帖隐藏的内容需要回复才可以浏览⟧</div>
<div class="sign">⟦l 签名：每天一道热点题，坚持就是胜利⟧</div>
</body></html>
""",
        body="""
题目：一些地方推出古树认养活动，市民可出资认养古树并挂牌署名。对此你怎么看？
答题思路：首先肯定古树认养调动了社会力量参与生态保护，拓宽了养护资金来源。
其次要看到可能存在的问题，比如重认养轻养护、挂牌过多影响古树景观等。
最后提出对策：建立专业养护队伍，认养资金专款专用，认养信息定期公开，接受社会监督。
""",
    ),
    dict(
        slug="baike-huiyijiyao-entry-placeholder-text",
        site="机关文书百科 (invented)",
        style="百科问答",
        genre="词条",
        kind="other",
        form="text",
        source="https://www.jgwsbk.example.com/entry/会议纪要",
        title="会议纪要",
        record_title="会议纪要 - 机关文书百科",
        date=None,
        notes="encyclopaedia entry as text: an entry header with edit count, the entry's 时间/地点 example lines inside sentences, a placeholder date, a 'cite' and 'report error' row; no date",
        page="""
!m 机关文书百科 › 公文文种 › 会议纪要
!t 会议纪要 - 机关文书百科
!a 编辑词条　｜　添加义项　｜　收藏
!m 本词条由网友共同编辑，编辑次数：22
{BODY}
!l 词条标签：公文　法定文种　会议
!a 引用本词条　｜　举报错误
""",
        body="""
会议纪要是用于记载会议主要情况和议定事项的公文，是十五种法定公文文种之一。
会议纪要的正文一般包括会议概况和议定事项两部分。会议概况写明会议时间、地点、主持人、参会人员和主要议题。
例如：“时间：20××年×月×日上午；地点：×楼会议室；主持：×××。”
议定事项要逐条写明，常用“会议认为”“会议决定”“会议要求”等惯用语引出。
会议纪要一般不加盖印章，由印发机关在版记中注明印发日期。
""",
    ),
    dict(
        slug="pan-yangyang-sheep-coop-dividend-html",
        site="青禾云盘 (invented)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="html",
        source="https://pan.qinghe-cloud.example.cn/s/YangCoop2025",
        title="荪湖县草原牧歌养羊专业合作社2024年度盈余分配方案",
        record_title="荪湖县草原牧歌养羊专业合作社2024年度盈余分配方案.docx",
        date="2025-01-15",
        notes="cloud-drive preview (HTML): a file-name title, share/expiry stamps, save/download buttons, a distribution table kept; 成文日期",
        page="""
<html><head><meta charset="utf-8"><title>荪湖县草原牧歌养羊专业合作社2024年度盈余分配方案.docx - 青禾云盘</title></head><body>
<div class="hd">⟦m 青禾云盘⟧　⟦a 登录　注册⟧</div>
<div class="file">⟦m 荪湖县草原牧歌养羊专业合作社2024年度盈余分配方案.docx　27.6KB⟧</div>
<div class="share">⟦m 分享时间：2025-01-20 11:30　过期时间：7天后⟧</div>
<div class="ops">⟦a 保存到云盘⟧　⟦a 下载⟧　⟦a 举报⟧</div>
<div class="preview">
{BODY}
</div>
<div class="tip">⟦d 云盘文件由用户上传，请注意甄别⟧</div>
</body></html>
""",
        body="""
根据合作社章程和2024年度财务决算，经理事会研究，提出本年度盈余分配方案如下。
一、可分配盈余：全年经营收入一百八十六万元，扣除成本和费用后，可分配盈余三十二万元。
二、分配比例
项目　比例　金额（万元）
提取公积金　10%　3.2
按交易量返还　60%　19.2
按出资额分红　30%　9.6
三、本方案经成员大会表决通过后实施，分配款于春节前发放到成员银行账户。
荪湖县草原牧歌养羊专业合作社理事会
2025年1月15日
""",
    ),
]

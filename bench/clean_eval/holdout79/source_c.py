"""holdout79, part C: collections, Party-building, hospitals, universities, local forums, a download station.
Everything invented (see ../README.md and ../build.py)."""

CASES = [
    dict(
        slug="collection-cormorant-speech-datebelow",
        site="渔歌文存 (invented)",
        style="个人文集",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.yugewencun.example.net/juan3/41.html",
        title="在鸬鹚捕鱼技艺传承基地揭牌仪式上的讲话",
        record_title="《渔歌文存》卷三·第41篇：在鸬鹚捕鱼技艺传承基地揭牌仪式上的讲话",
        date="2024-09-27",
        notes="a personal collection: volume label before the title; a speaker line and a date line under the title (speaker neutral); a 'back to contents' row",
        page="""
!m 渔歌文存　｜　老渔民的文字
!l 目录　卷一　卷二　卷三
!t 《渔歌文存》卷三·第41篇：在鸬鹚捕鱼技艺传承基地揭牌仪式上的讲话
茆湖镇文化站站长　骆长水
（2024年9月27日）
{BODY}
!l ← 返回卷三目录　　下一篇：鱼鹰的冬天 →
!d 文存内容为作者本人整理，未经同意请勿转载。
""",
        body="""
各位领导、各位乡亲：
今天，茆湖鸬鹚捕鱼技艺传承基地正式揭牌了。
驯鸬鹚、放鸬鹚，是我们湖区祖祖辈辈传下来的手艺，如今会这门手艺的老渔民已不足十人。
基地建成后，将开设驯养、撑船、撒网三门课，每年招收二十名年轻学员。
希望老师傅们把真本事教出来，年轻人把真功夫学到手，让鸬鹚船在茆湖上一直划下去。
""",
    ),
    dict(
        slug="collection-usedclothes-essay-oneline",
        site="旧衣新语·个人文集 (invented)",
        style="个人文集",
        genre="心得体会",
        kind="reflection",
        form="text",
        source="https://wenji.jiuyi.example.org/p/0317.html",
        title="做旧衣回收志愿者的一年",
        record_title="做旧衣回收志愿者的一年.txt",
        title_in="file-name",
        date="2025-03-17",
        notes="the whole body on one line (paragraphs apart only by their indent); a .txt file name as title; a collection line and a word count",
        oneline=True,
        indent="　　",
        page="""
!m 旧衣新语·个人文集　第二辑
!t 做旧衣回收志愿者的一年.txt
!m 字数：402　写于 2025-03-17
{BODY}
!l 本辑其他篇目：衣柜里的时间　｜　一件毛衣的旅行
""",
        body="""
去年三月，我报名成了街道旧衣回收箱的志愿者，每周六上午去清点一次回收箱。
一年下来，我们小组一共分拣旧衣物四千多件，能穿的洗净消毒后送到了山区学校，不能穿的交给再生企业做成了保温棉。
最让我意外的是，很多衣服几乎是新的，吊牌都还没有剪。
这一年让我明白，一件衣服的去处，也能看出一个人的生活态度。
""",
    ),
    dict(
        slug="party-sichuanpepper-branch-speech-html",
        site="苋岭先锋网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.xianlingxf.example.gov.cn/ztdr/2025/0701/551.html",
        title="在花椒产业党建联盟主题党日活动上的讲话",
        record_title="【主题党日】在花椒产业党建联盟主题党日活动上的讲话_苋岭先锋网",
        date="2025-07-01",
        notes="Party-building portal: a speaker line (neutral) under the title, a 学习强国-style share row, a 'learning points' box between paragraphs, a footer with a Party-building slogan",
        page="""
<html><head><meta charset="utf-8"><title>【主题党日】在花椒产业党建联盟主题党日活动上的讲话_苋岭先锋网</title></head><body>
<div class="logo">⟦m 苋岭先锋网⟧ ⟦m 苋岭县委组织部主办⟧</div>
<div class="nav">⟦l 首页 组工动态 基层党建 党员教育 人才工作⟧</div>
<div class="crumb">⟦m 首页 >> 基层党建 >> 主题党日⟧</div>
<h1>{T}</h1>
<p class="speaker">苋岭县花椒产业党建联盟党委书记　杜永庆</p>
<p class="info">⟦m 日期：2025-07-01　作者：组织部　阅读：1,066⟧</p>
{BODY}
<div class="share">⟦l 分享到：微信　QQ空间　微博⟧</div>
<div class="foot">⟦m 主办：中共苋岭县委组织部　技术支持：县大数据中心⟧</div>
</body></html>
""",
        body="""
同志们：
今天是党的生日，我们在花椒基地开展主题党日活动，重温入党誓词，就是要不忘初心，把党组织建在产业链上。
联盟成立两年来，十二个村党支部和五家企业党组织抱团发展，全县花椒种植面积扩大到八万亩。
⟦m 学习要点：把支部建在产业链上⟧
下一步，联盟要抓好采摘期用工调度和烘干设备共享，让椒农的“红果果”变成“金果果”。
""",
    ),
    dict(
        slug="party-lotusroot-branch-report-text",
        site="茆湖党建 (invented)",
        style="党建网",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://dj.maohu.example.gov.cn/zbjs/2025/0115/302.html",
        title="莲藕种植基地党支部书记2024年抓党建工作述职报告",
        record_title="莲藕种植基地党支部书记2024年抓党建工作述职报告",
        record_date="2025-01-15",
        date="2025-01-15",
        notes="the record gives the date; a 学习 prompt glued before the first sentence; print and close buttons; a slogan line at the top",
        page="""
!m 茆湖党建　　不忘初心　牢记使命
!m 栏目：支部建设
{T}
!a 【打印】【关闭】
{BODY}
!l 上一条：镇机关党支部2024年工作总结
!m 中共茆湖镇委员会主办
""",
        body="""
⟦a 学习打卡请点此⟧2024年，我认真履行党支部书记抓党建第一责任人职责，带领支部十九名党员围绕莲藕产业发展开展工作。
一是建强支部。全年召开支部党员大会十二次，发展预备党员二名，支部获评镇级“五星支部”。
二是党建带产业。支部牵头成立藕农互助组，推广“藕鳅共养”模式六百亩，亩均增收一千五百元。
三是服务群众。党员认领困难户二十三户，帮助销售莲藕四十余吨。
存在的不足是理论学习方式较为单一，今后将组织党员到先进基地现场学习。
""",
    ),
    dict(
        slug="hospital-bambooraft-checkup-html",
        site="蘼溪县人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.mixirmyy.example.com/news/2025/0408/730.html",
        title="关于为竹筏漂流从业人员开展免费健康体检的通知",
        record_title="关于为竹筏漂流从业人员开展免费健康体检的通知-蘼溪县人民医院",
        date="2025-04-08",
        notes="hospital site: 预约挂号 and 24-hour emergency lines in the header/footer beside the notice's own 联系电话; a floating online-consult box; a sentence about 关注 the hospital account kept",
        page="""
<html><head><meta charset="utf-8"><title>关于为竹筏漂流从业人员开展免费健康体检的通知-蘼溪县人民医院</title></head><body>
<div class="top">⟦m 蘼溪县人民医院⟧ ⟦m 预约挂号：0797-5512120⟧ ⟦m 急诊（24小时）：0797-5512999⟧</div>
<nav>⟦l 医院概况 | 科室导航 | 专家介绍 | 就医指南 | 新闻中心⟧</nav>
<div class="bread">⟦m 新闻中心 > 医院公告⟧</div>
<h1>{T}</h1><div class="date">⟦m 发布日期：2025-04-08　浏览量：744⟧</div>
{BODY}
<div class="kf">⟦w 在线咨询　医生在线为您解答⟧</div>
<footer>⟦m 地址：蘼溪县人民路200号⟧ ⟦m 赣ICP备11007633号⟧</footer>
</body></html>
""",
        body="""
为保障漂流旺季游客和从业人员安全，受县文化广电旅游局委托，我院将为全县竹筏漂流从业人员开展免费健康体检。
一、体检时间：2025年4月15日至4月30日（周一至周五上午）。
二、体检项目：血压、心电图、视力、听力及游泳能力相关的体能评估。
三、体检人员请空腹前往门诊四楼体检中心，携带身份证和从业人员登记表。
体检结果可在关注“蘼溪县人民医院”服务号后在线查询。
联系电话：0797-5512345（体检中心）
蘼溪县人民医院
2025年4月8日
""",
    ),
    dict(
        slug="hospital-firecracker-burns-summary-text",
        site="菽田市中心医院 (invented)",
        style="医院官网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.shutianzxyy.example.cn/kswh/shaoshang/2025-02-20.html",
        title="烧伤整形科2025年春节期间烟花爆竹伤救治工作总结",
        record_title="烧伤整形科2025年春节期间烟花爆竹伤救治工作总结_科室动态_菽田市中心医院",
        date="2025-02-20",
        notes="a hospital department page: data table (one row a paragraph), a department's 咨询电话 as chrome beside nothing in the body, a 'department navigation' row",
        page="""
!m 菽田市中心医院　|　科室动态
!l 科室导航：烧伤整形科 · 手外科 · 眼科 · 急诊科
{T}
!m 发布：烧伤整形科　2025-02-20
{BODY}
!m 科室咨询电话：0729-3306512
!d 本站健康信息仅供参考，不能代替医生面诊。
""",
        body="""
2025年春节期间（1月28日至2月12日），我科共接诊烟花爆竹致伤患者四十一例，收治住院十三例，无死亡病例。
伤情分布如下：
部位　例数　占比
手部　22　53.7%
面部及眼周　11　26.8%
其他部位　8　19.5%
从年龄看，十四岁以下儿童占百分之四十四，多为燃放时近距离观看或手持燃放所致。
科室建议，明年春节前联合学校和社区开展燃放安全宣传，重点提醒家长看护好孩子。
""",
    ),
    dict(
        slug="univ-rugby-club-speech-html",
        site="蕹湾理工学院 (invented)",
        style="高校官网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://news.wwit.example.edu.cn/info/1021/6630.htm",
        title="在学院橄榄球俱乐部成立大会上的讲话",
        record_title="在学院橄榄球俱乐部成立大会上的讲话-蕹湾理工学院新闻网",
        date="2024-10-18",
        notes="university news page: a Chinese-numeral date under the title, a speaker line neutral, a photo caption, a 'return to top' link, a footer with a postcode",
        page="""
<html><head><meta charset="utf-8"><title>在学院橄榄球俱乐部成立大会上的讲话-蕹湾理工学院新闻网</title></head><body>
<div class="hd">⟦m 蕹湾理工学院新闻网⟧</div>
<div class="nav">⟦l 学院要闻 | 综合新闻 | 院系风采 | 媒体理工⟧</div>
<h1>{T}</h1>
<p>副院长　严静秋</p>
<p>（二〇二四年十月十八日）</p>
<div class="v_news_content">
{BODY}
</div>
<p>⟦m 撰稿：体育部　审核：党委宣传部⟧</p>
<a>⟦l 返回顶部⟧</a>
<footer>⟦m 地址：蕹湾市大学路9号　邮编：528400⟧</footer>
</body></html>
""",
        body="""
同学们，老师们：
今天，学院橄榄球俱乐部正式成立了，我代表学院表示热烈的祝贺。
橄榄球是一项讲究团队、勇气和规则的运动，一次达阵，需要全队十五个人的共同努力。
⟦m 图为俱乐部首批队员合影⟧
学院将为俱乐部提供训练场地和专项经费，并聘请专业教练指导训练。
希望俱乐部的同学们安全训练、文明比赛，在运动中锤炼意志，收获友谊。
""",
    ),
    dict(
        slug="univ-meteorite-lab-recruit-text",
        site="茱原大学地球科学学院 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://geo.zhuyuan.example.edu.cn/tzgg/2025/0310.htm",
        title="陨石与行星物质实验室2025年科研助理招聘启事",
        record_title="陨石与行星物质实验室2025年科研助理招聘启事",
        date="2025-03-10",
        notes="a college notice: the lab's own 邮箱 and 联系人 kept; a college switchboard and a site visit counter as chrome; a numbered list",
        page="""
!m 茱原大学地球科学学院
!m 首页 > 通知公告
{T}
!m 2025年03月10日 15:22　 作者：综合办　 点击：[ 377 ]
{BODY}
!m 学院总机：0591-8760200　版权所有 © 茱原大学地球科学学院
!m 您是本站第 0093112 位访客
""",
        body="""
因科研工作需要，陨石与行星物质实验室面向社会招聘科研助理二名。
1．岗位职责：负责陨石样品的登记、切片和保存，协助开展野外陨石搜寻。
2．应聘条件：地质学、矿物学等相关专业本科及以上学历，能适应野外工作。
3．待遇：参照学校科研助理有关规定执行，签订劳动合同，缴纳社会保险。
有意者请于3月31日前将简历发送至 meteorite_lab@example.edu.cn，邮件主题注明“应聘科研助理”。
联系人：章老师
""",
    ),
    dict(
        slug="localforum-treeprune-notice-html-jammer",
        site="藜坪在线 (invented)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.lipingol.example.com/thread-55120-1-1.html",
        title="关于城区行道树冬季修剪的公告",
        record_title="【转】关于城区行道树冬季修剪的公告 - 藜坪新鲜事 - 藜坪在线",
        date="2024-12-02",
        notes="a county forum with jammer-font junk; a repost mark, moderator stamp and a reply prompt; the post time equals the notice date",
        junk=dict(lines=1, glued=2),
        page="""
<html><head><meta charset="utf-8"><title>【转】关于城区行道树冬季修剪的公告 - 藜坪新鲜事 - 藜坪在线</title><style>.jammer{display:none}</style></head><body>
<div class="hd">⟦m 藜坪在线 · 藜坪人的网上家园⟧ ⟦a 登录　注册⟧</div>
<div class="pt">⟦m 藜坪在线 › 藜坪新鲜事 › 正文⟧</div>
<h1>⟦t 【转】关于城区行道树冬季修剪的公告⟧</h1>
<div class="auth">⟦m 老街坊 发表于 2024-12-2 08:03⟧ ⟦m 来自手机⟧</div>
<div class="msg">
{BODY}
</div>
<div class="mod">⟦m 本帖已被版主 小藜 加入本版精华⟧</div>
<div class="fastre">⟦l 发表回复　回帖后跳转到最后一页⟧</div>
</body></html>
""",
        body="""
广大市民朋友：
为消除行道树安全隐患，改善城区道路通行和照明条件，县园林绿化中心将于12月5日至明年1月20日对城区行道树进行冬季修剪。
修剪期间，作业路段将临时占道，请市民出行注意安全，车辆不要停放在作业树下。
如发现行道树枯枝、倒伏等情况，请及时向园林绿化中心反映。
藜坪县园林绿化中心
2024年12月2日
""",
    ),
    dict(
        slug="localforum-futsal-league-text",
        site="菀城论坛 (invented)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="text",
        source="http://bbs.wancheng.example.cn/viewthread.php?tid=44015",
        title="菀城县第二届五人制足球业余联赛报名通知",
        record_title="菀城县第二届五人制足球业余联赛报名通知 - 体育运动 - 菀城论坛",
        date="2025-04-20",
        date_also=["2025-04-21"],
        notes="forum junk glued; a post time one day after the notice date (both accepted); a 'hot' badge and a board rule line",
        junk=dict(lines=1, glued=1),
        page="""
!m 菀城论坛 » 体育运动
!m [热] 发帖人：绿茵小将　2025-4-21 07:55
{T}
{BODY}
!d 版规：本版禁止发布赛事竞猜等内容，违者删帖。
!l 回复本帖　|　推荐给好友　|　订阅本版
""",
        body="""
为丰富群众业余文化生活，县体育总会决定举办菀城县第二届五人制足球业余联赛。
一、参赛对象：本县机关单位、企业、村（社区）组队参加，每队报名不超过十二人。
二、比赛时间：2025年5月至7月的每周末晚上，地点在县全民健身中心室内球场。
三、报名方式：请于5月5日前到县体育总会办公室报名，报名时须提交队员身份证复印件。
菀城县体育总会
2025年4月20日
""",
    ),
    dict(
        slug="download-sisal-rules-oldtable",
        site="百川资料站 (invented)",
        style="资料下载站",
        genre="制度",
        kind="rules",
        form="html",
        source="http://www.baichuanzl.example.com/soft/33190.html",
        title="剑麻纤维厂车间安全管理制度",
        record_title="剑麻纤维厂车间安全管理制度（word版）免费下载 - 百川资料站",
        date=None,
        notes="old table layout: file-info table (size, grade, update stamp — no date), three mirror links and a dead-link report; articles that speak of 登记/复印 kept",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>剑麻纤维厂车间安全管理制度（word版）免费下载 - 百川资料站</title></head><body>
<table width="100%"><tr><td>⟦m 百川资料站⟧</td><td>⟦l 首页 | 管理制度 | 合同范本 | 表格大全⟧</td></tr></table>
<table><tr><td>⟦m 资料名称：剑麻纤维厂车间安全管理制度⟧</td></tr>
<tr><td>⟦m 资料大小：26 KB⟧</td><td>⟦m 资料等级：★★★★☆⟧</td></tr>
<tr><td>⟦m 更新时间：2025-02-14⟧</td><td>⟦m 资料语言：简体中文⟧</td></tr></table>
<div class="intro">⟦m 资料简介：⟧
{BODY}
</div>
<table><tr><td>⟦a 下载地址一：电信下载⟧</td><td>⟦a 下载地址二：联通下载⟧</td><td>⟦a 下载地址三：本地下载⟧</td></tr></table>
<p>⟦l 如果下载链接失效，请点此报告⟧</p>
<p>⟦d 本站资料来源于网络，仅供学习交流，下载后请于24小时内删除⟧</p>
</body></html>
""",
        body="""
第一条　为加强车间安全管理，保障职工生命财产安全，结合本厂剑麻纤维加工实际，制定本制度。
第二条　刮麻机、梳麻机开机前，操作人员必须检查防护罩和紧急停止装置，严禁戴手套操作旋转部位。
第三条　车间内严禁吸烟和使用明火，麻絮每班清扫，集中存放在指定地点。
第四条　外来人员进入车间须在门卫处登记，并由专人陪同。
第五条　特种作业人员须持证上岗，证件复印件交安全员存档。
第六条　本制度自发布之日起施行。
""",
    ),
]

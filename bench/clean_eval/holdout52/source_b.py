"""holdout52, part B: batik (蜡染) in an invented county, 蜡溪县 — its Party committee, hospital,
college, forum, exam office, bidding, firms and schools. Blind part; invented text throughout."""

CASES = [
    dict(
        slug="laxi-batik-party-lesson-djw",
        site="蜡溪党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.laxidj.example.gov.cn/djyw/2025/0630/6021.html",
        title="在“非遗工坊里的党课”主题党日活动上的讲话",
        record_title="在“非遗工坊里的党课”主题党日活动上的讲话_党建要闻_蜡溪党建网",
        date="2025-06-28",
        notes="Party-building portal with a study-points float; speaker and date line under the title (neutral); role kept as given; 打印/关闭 row; a 学习强国-like float",
        page="""
<html><head><title>{T}_党建要闻_蜡溪党建网</title><script src="/js/float.js"></script></head><body>
<div class="banner">⟦m 蜡溪党建网　中共蜡溪县委组织部主办⟧</div>
<div class="menu">⟦m 首页　党建要闻　组织建设　党员教育　基层风采　廉政之窗⟧</div>
<div class="pos">⟦m 您所在位置：首页 ＞ 党建要闻⟧</div>
<div class="float">⟦a 今日学习积分 +1 ｜ 点击签到⟧</div>
<h1>{T}</h1>
<p class="sub">县委常委、组织部部长　杨素琴</p>
<p class="sub">（2025年6月28日）</p>
<div class="bd">
{BODY}
</div>
<div class="tool">⟦a 【打印此页】⟧　⟦a 【关闭窗口】⟧</div>
<div class="ft">⟦m 中共蜡溪县委组织部　地址：蜡溪县凤鸣路1号　邮编：558300⟧<br>⟦m 黔ICP备2029004410号⟧</div>
</body></html>
""",
        body="""
同志们：
今天我们把主题党日搬进了蜡染工坊，就是要让大家在一针一线、一点一染中感悟传承的力量。
蜡染是我县最有代表性的非物质文化遗产，全县有近两千名绣娘、染娘靠这门手艺增收。
近年来，各基层党组织探索“支部+工坊+农户”模式，建起蜡染工坊二十三个。
希望各支部把党课讲在群众身边，把服务送到工坊门口，推动非遗保护和乡村振兴同频共振。
""",
    ),
    dict(
        slug="laxi-hospital-dye-dermatitis-clinic",
        site="蜡溪县人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.lxrmyy.example.com/news/notice/2025-0403-211.html",
        title="皮肤科开设“染料接触性皮炎”专病门诊的通知",
        record_title=None,
        date="2025-04-03",
        notes="hospital site; no record title; department's own 咨询电话 next to the hospital's 预约挂号 and 总机; clinic timetable rows; a sentence asking patients to 关注 the account to book; date under the signature",
        page="""
<!doctype html><html><head><title>{T}-蜡溪县人民医院</title></head><body>
<div class="hd">⟦m 蜡溪县人民医院　二级甲等综合医院⟧　⟦m 预约挂号：0854-7721120⟧　⟦m 医院总机：0854-7721000⟧</div>
<div class="nav">⟦m 医院概况 | 科室导航 | 专家介绍 | 就医指南 | 新闻公告⟧</div>
<div class="bc">⟦m 首页 > 新闻公告 > 通知公告⟧</div>
<h2>{T}</h2>
<div class="meta">⟦m 作者：门诊部　浏览：372⟧</div>
{BODY}
<div class="side"><h4>⟦l 就医服务⟧</h4><p>⟦l 在线预约　报告查询　住院须知　医保政策⟧</p></div>
<div class="ft">⟦d 本网站信息仅供参考，不能作为诊断及医疗的依据⟧<br>⟦m 黔ICP备2029011875号-1⟧</div>
</body></html>
""",
        body="""
为方便从事蜡染、扎染等手工印染的群众就医，我院皮肤科自2025年4月10日起开设“染料接触性皮炎”专病门诊。
门诊时间及地点如下：
星期　时间　地点
星期二　上午8:30—12:00　门诊楼二楼皮肤科3诊室
星期五　下午14:30—17:30　门诊楼二楼皮肤科3诊室
就诊时请携带所用染料或蜡料的包装，以便医生判断致敏成分。
患者可关注“蜡溪县人民医院”服务号，在“专病门诊”栏目提前预约。
皮肤科咨询电话：0854-7721236
蜡溪县人民医院门诊部
2025年4月3日
""",
    ),
    dict(
        slug="laxi-college-batik-studio-plan",
        site="黔南蜡溪职业学院艺术系 (invented)",
        style="高校官网",
        genre="方案",
        kind="plan",
        form="html",
        source="https://ys.lxvtc.example.edu.cn/info/1032/4417.htm",
        title="艺术设计系蜡染传承工作室学生实训方案",
        record_title="艺术设计系蜡染传承工作室学生实训方案",
        date="2025-03-01",
        record_date="2025-03-01",
        notes="college department page; record gives title and date; decimal headings 1. 1.1; a placement table; 'back to top' and 'share' chrome; an 'editor/reviewer' line glued after the last line",
        page="""
<html><head><title>{T}-艺术设计系</title></head><body>
<div class="top">⟦m 黔南蜡溪职业学院 · 艺术设计系⟧ ⟦a 学院主页⟧ ⟦a 信息门户⟧</div>
<div class="nav">⟦m 系部概况 教学科研 实训基地 学生工作 招生就业⟧</div>
<div class="loc">⟦m 位置：首页 - 教学科研 - 正文⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 发布者：系办公室　审核：王德清　点击数：219⟧</div>
{BODY}
<div class="shr">⟦l 分享：QQ好友 新浪微博 复制链接⟧</div>
<div class="gotop">⟦a 返回顶部⟧</div>
<div class="cp">⟦m 版权所有 © 黔南蜡溪职业学院　地址：蜡溪县职教城学府路6号⟧</div>
</body></html>
""",
        body="""
1. 实训目的
1.1 通过工作室实训，使学生掌握点蜡、染色、脱蜡等蜡染基本工序。
1.2 引导学生将传统纹样与现代设计相结合，完成一件原创作品。
2. 实训安排
班级　人数　实训时间　指导教师
视觉传达2301班　32　3月10日—3月28日　吴阿英
服装设计2302班　28　4月7日—4月25日　潘秀梅
3. 考核办法
实训成绩由过程表现和作品评定两部分组成，各占百分之五十。⟦m （编辑：罗蔓　审核：王德清）⟧
""",
    ),
    dict(
        slug="laxi-market-day-forum-oneline",
        site="蜡溪在线论坛 (invented)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="text",
        source="http://bbs.laxi.example.net/forum.php?mod=viewthread&tid=288130",
        title="关于蜡染文化周期间县城部分路段交通管制的通告",
        record_title="关于蜡染文化周期间县城部分路段交通管制的通告【蜡溪在线】",
        date="2025-07-25",
        notes="county forum; the notice body pasted on one line; decorated title; 成文日期 under the signature glued into the line; forum user chrome",
        oneline=True,
        indent="　　",
        page="""
!m 蜡溪在线 › 蜡溪杂谈 › 便民信息
!t 关于蜡染文化周期间县城部分路段交通管制的通告【蜡溪在线】
!m 楼主：城南阿吉　发表于 2025-7-26 10:14　浏览：3102　回复：41
{BODY}
!l 2楼 路过的蓝靛：收到，那几天绕行凤鸣路
!l 快速回复　高级模式
!a 点评　收藏　举报
""",
        body="""
为保障2025年蜡溪蜡染文化周活动安全有序进行，县公安局决定对县城部分路段实行临时交通管制。
一、管制时间：2025年8月1日至8月3日，每日8:00至22:00。
二、管制路段：凤鸣路（文化广场至民族中学段）禁止机动车通行。
三、请过往车辆服从现场民警指挥，给您带来的不便敬请谅解。
蜡溪县公安局
2025年7月25日
""",
    ),
    dict(
        slug="laxi-download-batik-patterns-oldtable",
        site="绿林资料下载站 (invented)",
        style="资料下载站",
        genre="总结",
        kind="summary",
        form="html",
        source="http://www.lvlinxz.example.com/soft/doc/2025/30419.html",
        title="蜡溪县非遗保护中心2024年度工作总结",
        record_title="蜡溪县非遗保护中心2024年度工作总结 Word版下载",
        date="2025-01-10",
        notes="old gb2312 table layout download station; file-info table with three mirror links and an unzip password; dead-link report; decorated title; 成文日期 under the signature",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>{T} Word版下载 - 绿林资料下载站</title></head>
<body bgcolor="#FFFFFF">
<table width="960" align="center"><tr><td>⟦m 绿林资料下载站 www.lvlinxz.example.com⟧</td><td>⟦a 设为首页⟧ ⟦a 加入收藏⟧</td></tr></table>
<table width="960"><tr><td>⟦m 首页 | 公文资料 | 表格模板 | 课件 | 软件⟧</td></tr></table>
<table width="960" class="info">
<tr><td>⟦m 资料名称：⟧</td><td>{T}</td></tr>
<tr><td>⟦m 文件大小：38 KB　资料格式：doc　授权：免费⟧</td></tr>
<tr><td>⟦m 更新：2025-02-14 08:30:12　下载次数：1047⟧</td></tr>
</table>
<table width="960"><tr><td>
{BODY}
</td></tr></table>
<table width="960"><tr><td>⟦a 电信下载一　联通下载二　备用下载三⟧</td></tr>
<tr><td>⟦a 解压密码：www.lvlinxz.example.com⟧</td></tr>
<tr><td>⟦a 下载地址失效？点此报告⟧</td></tr></table>
<table width="960"><tr><td>⟦d 本站资料均来源于网络，仅供学习研究，请于下载后24小时内删除⟧</td></tr>
<tr><td>⟦m Copyright 2008-2025 绿林资料下载站 豫ICP备09017733号⟧</td></tr></table>
</body></html>
""",
        body="""
2024年，县非遗保护中心围绕蜡染技艺保护传承，重点做了以下工作。
一是完成全县蜡染传承人普查，建立传承人档案一百一十六份，新认定县级代表性传承人九名。
二是举办蜡染技艺培训班六期，培训绣娘、染娘四百余人次。
三是推动蜡染纹样数字化，采集整理传统纹样八百余幅。
2025年，中心将着力建设蜡染纹样数据库，启动省级生产性保护示范基地申报工作。
蜡溪县非物质文化遗产保护中心
2025年1月10日
""",
    ),
    dict(
        slug="laxi-heritage-guide-exam-notice",
        site="蜡溪县人事考试信息网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://rsks.laxi.example.gov.cn/kstz/202505/t20250512_4471.html",
        title="蜡溪县2025年公开招聘非遗讲解员笔试有关事项的公告",
        record_title=None,
        date="2025-05-12",
        notes="personnel-exam site with a login row and consult float; exam timetable rows; exam office's own 咨询电话 next to the site's technical line; a sentence asking candidates to 下载打印 the admission ticket",
        page="""
<html><head><title>{T}</title><script>function toTop(){}</script></head><body>
<div class="top">⟦a 考生登录 | 注册 | 找回密码⟧</div>
<div class="logo">⟦m 蜡溪县人事考试信息网⟧</div>
<div class="nav">⟦m 首页　考试公告　成绩查询　政策法规　下载中心⟧</div>
<div class="where">⟦m 当前位置：首页 >> 考试公告⟧</div>
<h1>{T}</h1>
<div class="src">⟦m 发布时间：2025-05-12　来源：县人社局⟧</div>
{BODY}
<div class="kf">⟦w 在线咨询 ｜ 网站技术支持：0854-7730066⟧</div>
<div class="foot">⟦m 主办：蜡溪县人力资源和社会保障局⟧　⟦m 黔ICP备2029006001号⟧</div>
</body></html>
""",
        body="""
根据招聘工作安排，现将蜡溪县2025年公开招聘非遗讲解员笔试有关事项公告如下。
一、考生请于5月20日至5月23日登录本网站下载并打印准考证。
二、笔试时间安排：
科目　日期　时间
综合知识　5月24日　9:00—11:00
地方文化常识　5月24日　14:30—16:00
三、考生须凭准考证和有效身份证件进入考场。
咨询电话：0854-7730218（工作日）
蜡溪县人力资源和社会保障局
2025年5月12日
""",
    ),
    dict(
        slug="laxi-batik-center-tender-bid",
        site="蜡溪县公共资源交易中心 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://ggzy.laxi.example.gov.cn/jyxx/zfcg/cggg/20250818/9031.html",
        title="蜡溪县蜡染展示中心布展项目竞争性磋商公告",
        record_title="蜡溪县蜡染展示中心布展项目竞争性磋商公告",
        date="2025-08-18",
        record_date="2025-08-18",
        notes="tender portal; purchaser and agency contacts kept next to the CA hotline; lot table; 'download the file' sentence as content; CA/service desk chrome",
        page="""
<html><head><title>{T}_蜡溪县公共资源交易中心</title></head><body>
<div class="head">⟦m 蜡溪县公共资源交易中心⟧ ⟦a 主体登录⟧ ⟦a 电子保函⟧</div>
<div class="nav">⟦m 首页 交易信息 政策法规 办事指南 诚信管理⟧</div>
<div class="path">⟦m 交易信息 ＞ 政府采购 ＞ 采购公告⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 信息来源：采购代理机构　阅读次数：188⟧</div>
{BODY}
<div class="ca">⟦m CA证书办理热线：400-880-7612　交易大厅服务台：0854-7740100⟧</div>
<div class="copy">⟦m 蜡溪县公共资源交易中心 版权所有 黔ICP备2029006150号⟧</div>
</body></html>
""",
        body="""
项目编号：LXCG2025-0877
一、项目概况：蜡溪县蜡染展示中心布展，预算金额186万元。
包号　内容　最高限价（万元）
1　展陈设计与制作　142
2　多媒体互动设备　44
二、供应商可于2025年8月19日至8月25日在本中心网站免费下载磋商文件。
三、联系方式
采购人：蜡溪县文体广电旅游局　联系人：龙金花　电话：0854-7726633
代理机构：贵州衡远项目管理有限公司　联系人：田波　电话：0854-7758210
""",
    ),
    dict(
        slug="laxi-lawfirm-pattern-copyright-article",
        site="黔衡律师事务所 (invented)",
        style="律所网站",
        genre="普法文章",
        kind="article",
        form="text",
        source="http://www.qianhenglaw.example.com/anli/2025/0915-88.html",
        title="传统蜡染纹样能否申请著作权保护？",
        record_title="传统蜡染纹样能否申请著作权保护？|黔衡律师事务所",
        date="2025-09-15",
        notes="law-firm site; decorated title; free-consult prompt glued after a sentence; firm hotline and 400 line chrome; article date from 发布 line",
        gap=True,
        page="""
!m 黔衡律师事务所 | 知识产权 · 非遗保护法律服务
!m 首页 > 律师文集 > 知识产权
!t 传统蜡染纹样能否申请著作权保护？|黔衡律师事务所
!m 撰稿：张丽君 律师　发布：2025-09-15　阅读 402
{BODY}
!w 免费法律咨询：400-6618-920（24小时）
!l 相关文章：非遗商标被抢注怎么办 | 手工艺品网店侵权责任
!m 所址：蜡溪县凤鸣路新华大厦12层
""",
        body="""
近来不少染娘来所咨询：自己画的蜡染纹样被别人印在衣服上卖，能不能维权？
首先要区分两类纹样。世代相传的传统纹样属于公有领域，任何人都可以使用，个人难以主张著作权。
而在传统纹样基础上进行独创性改编、加入个人构思的新纹样，可以作为美术作品受到著作权法保护。⟦w 遇到类似纠纷？点此一对一免费咨询律师⟧
建议染娘们保留创作草图、完成时间等证据，必要时可办理作品登记。
""",
    ),
    dict(
        slug="laxi-community-indigo-workshop-notice",
        site="凤鸣街道蓝花社区 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.lanhuasq.example.org/gonggao/2025-0605.html",
        title="关于开展“社区蜡染小课堂”暑期公益活动的通知",
        record_title=None,
        date="2025-06-05",
        notes="community site; no record title; grid worker's own mobile next to the community service line; sentence about 扫码报名 as content; date under signature",
        page="""
!m 蓝花社区网 · 邻里守望 幸福家园
!m 社区首页 / 社区公告
{T}
!m 发布人：社区居委会　2025-06-05　浏览 156
{BODY}
!m 社区服务中心电话：0854-7712345　办公时间：周一至周五
!l 上一条：关于开展夏季用电安全检查的通知　下一条：6月份社区志愿服务安排
""",
        body="""
各位居民朋友：
为丰富青少年暑期生活，社区联合县非遗保护中心开展“社区蜡染小课堂”公益活动。
活动时间：7月8日至8月15日，每周二、周四下午3点至5点。
活动对象：辖区8至14岁青少年，每期限30人。
报名方式：扫描社区公告栏张贴的二维码报名，或联系网格员杨晓燕（13885401127）。
蓝花社区居民委员会
2025年6月5日
""",
    ),
    dict(
        slug="laxi-batik-association-pledge",
        site="蜡溪县蜡染行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="letter",
        form="html",
        source="https://www.lxlaran.example.org/xhdt/2025/1103.html",
        title="关于抵制机印仿冒蜡染产品的倡议",
        record_title="关于抵制机印仿冒蜡染产品的倡议 - 协会动态",
        date="2025-11-03",
        notes="association site with a member login; decorated title; a related-reading link between paragraphs; Chinese-numeral 成文日期",
        page="""
<html><head><title>{T} - 协会动态 - 蜡溪县蜡染行业协会</title></head><body>
<div class="t">⟦a 会员登录⟧ ⟦a 入会申请⟧</div>
<div class="logo">⟦m 蜡溪县蜡染行业协会　传承 · 诚信 · 共赢⟧</div>
<div class="nav">⟦m 协会简介 协会动态 会员风采 行业标准 联系我们⟧</div>
<h2>{T}</h2>
<div class="dt">⟦m 来源：协会秘书处　2025-11-04⟧</div>
{BODY}
<div class="ft">⟦m 协会秘书处电话：0854-7718890　邮箱：lxlaran@example.org⟧<br>⟦d © 2025 蜡溪县蜡染行业协会 未经许可不得复制⟧</div>
</body></html>
""",
        body="""
全县蜡染从业者：
近年来，市场上出现大量用机器印花冒充手工蜡染的产品，价格低廉，严重扰乱了行业秩序。
为此，协会倡议：
一、会员单位一律如实标注“手工点蜡”或“机印”，不得以机印产品冒充手工蜡染。
⟦l 延伸阅读：手工蜡染与机印蜡染的五个区别＞＞⟧
二、发现仿冒行为，及时向协会或市场监管部门反映。
三、共同维护“蜡溪蜡染”地理标志的声誉。
蜡溪县蜡染行业协会
二〇二五年十一月三日
""",
    ),
    dict(
        slug="laxi-dye-company-recall-corp",
        site="蓝韵染织有限公司 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.lanyunrz.example.com/news/gg/20250722.html",
        title="关于召回部分批次蜡染围巾的公告",
        record_title="关于召回部分批次蜡染围巾的公告",
        date="2025-07-22",
        notes="company site with a cookie bar and shop link; recall line kept next to the sales hotline; batch table; date under signature",
        page="""
<html><head><title>{T}｜蓝韵染织</title></head><body>
<div class="cookie">⟦d 本网站使用Cookie以提升浏览体验，继续浏览即表示您同意。　接受⟧</div>
<div class="hd">⟦m 蓝韵染织 LANYUN⟧　⟦a 官方商城⟧　⟦m 销售热线：400-017-6628⟧</div>
<div class="nav">⟦m 关于蓝韵 产品中心 新闻公告 社会责任⟧</div>
<h1>{T}</h1>
{BODY}
<div class="ft">⟦m 蓝韵染织有限公司　蜡溪县工业园区染织路9号⟧　⟦m 黔ICP备2030001234号⟧</div>
</body></html>
""",
        body="""
我公司在质量抽检中发现，部分批次蜡染围巾色牢度不达标，洗涤后可能出现褪色、串色。
为保障消费者权益，公司决定主动召回以下批次产品：
批号　规格　生产日期
LY250418　180×70厘米　2025年4月18日
LY250503　180×70厘米　2025年5月3日
消费者可持产品到原购买门店办理退货，或拨打召回专线0854-7769901预约上门取件。
蓝韵染织有限公司
2025年7月22日
""",
    ),
    dict(
        slug="laxi-batik-training-brochure",
        site="彩蝶手作培训学校 (invented)",
        style="培训机构",
        genre="简章",
        kind="notice",
        form="text",
        source="http://www.caidieshouzuo.example.cn/zs/2025-qiuji.html",
        title="彩蝶手作培训学校2025年秋季蜡染研修班招生简章",
        record_title="2025秋季蜡染研修班招生简章【火热报名中】",
        date=None,
        notes="training school; decorated title; a free-trial-class prompt between paragraphs; school's own 报名电话 next to the 400 line and consult WeChat; fees table; no document date",
        page="""
!m 彩蝶手作培训学校 — 让指尖留住非遗
!m 首页 › 招生信息
!t 2025秋季蜡染研修班招生简章【火热报名中】
{BODY}
!w 课程顾问微信：caidie_shouzuo　全国咨询：400-881-5200
!a 立即预约试听
!l 往期学员作品｜师资团队｜学校环境
""",
        body="""
彩蝶手作培训学校2025年秋季蜡染研修班开始招生，欢迎热爱传统手工艺的朋友报名。
一、班次与学费
班次　课时　学费
入门班　24课时　1800元
进阶班　36课时　2600元
⟦a 新学员首次到店免费体验一节课，名额有限先到先得！⟧
二、开课时间：入门班9月13日开课，进阶班9月20日开课。
三、报名地址：蜡溪县凤鸣路文化街18号二楼，报名电话：0854-7791568。
""",
    ),
]

"""holdout221, part D: county forums, download stations, personnel-exam sites, tender portals, law firms
and a residents' site.

Invented text (places, people, sites, URLs, phones); see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="localforum-suhu-shutter-noise-jammer-subject",
        site="樕湖家园论坛 (invented county forum)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="https://bbs.suhujy.example.com/thread-88214-1-1.html",
        title="樕湖路有家店的卷帘门天天半夜哗啦响，能不能管管？",
        record_title=None,
        date=None,
        notes="county forum: no record title, the thread subject is the title; jammer-font junk, a weather line, medals, a link to the district mailbox and a decoration ad; 发表于 a relative time",
        page="""
<html><head><meta charset="gbk"><title>樕湖路有家店的卷帘门天天半夜哗啦响，能不能管管？ - 民生杂谈 - 樕湖家园论坛</title>
<style>.jammer{display:none}</style></head><body>
<div id="hd">⟦m 樕湖家园论坛⟧ ⟦m 今日樕湖 晴 12~24℃ 空气良⟧ <a>⟦a 登录⟧</a> <a>⟦a 注册家园号⟧</a></div>
<div id="pt">⟦m 樕湖家园 › 民生杂谈 › 正文⟧</div>
<table><tr><td class="pls">⟦m 湖边老住户⟧<br>⟦m 勋章：热心邻居　十年老坛友⟧</td>
<td class="plc"><h1 id="thread_subject">{T}</h1>
<div class="authi">⟦m 发表于 2 天前　|　查看 2310　|　回复 46⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="mail">⟦l 民生诉求可直达 › 樕湖区长信箱⟧</div>
<div class="ad">⟦d 【广告】樕湖家装节 全屋定制低至五折⟧</div>
<div class="po">⟦a 支持　反对　收藏　回复⟧</div></td></tr></table>
<div id="ft">⟦m 樕湖家园论坛 湘ICP备19007752号⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=2),
        body="""
住在樕湖路南段的邻居应该都听到过，每天晚上十一点多，楼下那家烧烤店收摊，卷帘门拉下来“哗啦哗啦”响好一阵。
早上六点不到，隔壁早餐店又“咣当”一声拉开门，一天两次，雷打不动。
我家老人睡眠本来就不好，这半年基本没睡过整觉。之前下楼跟店主说过，对方态度还行，说门轨老了，会找人修，结果到现在也没动静。
想问问坛里有没有懂行的：卷帘门噪音这种事，找社区、城管还是环保？有没有加点润滑油就能解决的办法？
""",
    ),
    dict(
        slug="localforum-chunxi-helmet-checkpoints-repost-table",
        site="杶溪家园论坛 (invented county forum)",
        style="地方论坛",
        genre="通告",
        kind="notice",
        form="text",
        source="https://www.cxjiayuan.example.com/t/30217",
        title="杶溪县公安局交通管理大队关于设置电动自行车头盔劝导点的通告",
        record_title="〔代发〕杶溪县公安局交通管理大队关于设置电动自行车头盔劝导点的通告（附路段时段）- 杶溪家园论坛",
        date="2025-05-26",
        date_also=["2025-05-27"],
        notes="a county forum reposting a traffic-police 通告: the poster's date differs from the 成文日期; a checkpoint table one row a paragraph",
        page="""
!m 杶溪家园论坛 · 本地人的网上家园
!m 杶溪家园 > 城事播报
!t 〔代发〕杶溪县公安局交通管理大队关于设置电动自行车头盔劝导点的通告（附路段时段）
!m 楼主 杶溪老街坊　发表于 2025-5-27 08:12　只看楼主
{BODY}
!l 2# 晚风：早上送娃的注意了，一中东门有劝导点
!l 3# 杶溪老街坊：转给家里人看看
!a 回帖需先绑定手机号
!m 杶溪家园论坛　赣ICP备20015628号
""",
        body="""
为进一步提高电动自行车驾乘人员头盔佩戴率，杶溪县公安局交通管理大队决定，自2025年6月1日起在城区以下路段设置头盔劝导点：
路段　时段　责任中队
杶溪大道与楙林路口　7:00—9:00　一中队
县一中东门　16:30—18:00　二中队
农贸市场北口　8:00—10:00　三中队
对未佩戴头盔的驾乘人员，首次予以劝导教育，再次违反的依法处罚。
请广大群众自觉佩戴头盔，安全出行。
特此通告。
杶溪县公安局交通管理大队
2025年5月26日
""",
    ),
    dict(
        slug="download-yantai-shutter-rules-doc-gb2312",
        site="砚台资料下载站 (invented, gb2312 table layout)",
        style="资料下载站",
        genre="规程",
        kind="rule",
        form="html",
        source="http://www.yantaizl.example.com/soft/guizhang/20391.html",
        title="电动卷帘门安全操作规程",
        record_title="电动卷帘门安全操作规程.doc",
        date=None,
        notes="old download station: file-info table, three mirror links, dead-link report; 第N条 articles, one of which speaks of printing a record (content); no date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>电动卷帘门安全操作规程.doc 下载 - 砚台资料下载站</title></head>
<body>
<table width="980" align="center"><tr><td>⟦m 砚台资料下载站 · 规章制度专区⟧</td><td align="right">⟦a 投稿上传⟧ ⟦a 收藏本站⟧</td></tr></table>
<table width="980" align="center"><tr><td>⟦m 当前位置：首页 → 规章制度 → 安全操作规程⟧</td></tr></table>
<table width="980" align="center" border="1" cellspacing="0">
<tr><td colspan="2"><b>{T}</b></td></tr>
<tr><td>⟦m 资料大小：28 KB⟧</td><td>⟦m 资料格式：Word 97-2003⟧</td></tr>
<tr><td>⟦m 更新时间：2024-09-11⟧</td><td>⟦m 下载次数：本日 3 本周 41⟧</td></tr>
<tr><td colspan="2">⟦m 运行环境：WPS / Office 均可打开⟧</td></tr>
</table>
<table width="980" align="center"><tr><td><b>⟦m 资料简介：⟧</b><br>
{BODY}
</td></tr></table>
<table width="980" align="center"><tr><td>
⟦a 电信高速下载⟧　⟦a 联通高速下载⟧　⟦a 备用下载地址⟧<br>
⟦a 下载不了？点此报告失效链接⟧<br>
⟦d 本站资料来自网络收集，仅供学习，如有侵权请来信说明。⟧
</td></tr></table>
<table width="980" align="center"><tr><td align="center">⟦m 砚台资料下载站 yantaizl.example.com　冀ICP备16022983号⟧</td></tr></table>
</body></html>
""",
        p_html="{}<br>",
        body="""
第一条　为规范电动卷帘门的使用和管理，防止夹伤、坠落等事故，制定本规程。
第二条　本规程适用于公司仓库、车库及门面房安装的各类电动卷帘门。
第三条　卷帘门由指定人员操作，操作前应确认门下及导轨两侧无人员、车辆和杂物。
第四条　启闭过程中，操作人员不得离开控制按钮，发现异响、卡阻或偏斜，应立即按下停止键。
第五条　严禁人员在卷帘门下降过程中穿行，严禁用手脚阻挡门体。
第六条　每月由设备管理员检查一次限位开关、防坠器和遇阻回弹装置，并填写检查记录；检查记录打印后交安全科存档。
第七条　卷帘门发生故障时，应挂牌停用，由专业人员维修，不得擅自拆卸。
第八条　本规程自印发之日起施行。
""",
    ),
    dict(
        slug="download-lvya-lamp-install-spec-decimal",
        site="绿芽资料库 (invented)",
        style="资料下载站",
        genre="技术要求",
        kind="rule",
        form="text",
        source="https://www.lvyazl.example.cn/down/6618.html",
        title="教室护眼灯具安装技术要求",
        record_title="〔Word版〕教室护眼灯具安装技术要求（含验收表）- 绿芽资料库",
        date=None,
        notes="download page in text: decimal headings 1.1–4.1; file info lines and download links; update stamp no date",
        page="""
!m 绿芽资料库 — 学校管理资料一站下载
!m 位置：首页 > 后勤管理 > 照明改造
!t 〔Word版〕教室护眼灯具安装技术要求（含验收表）
!m 大小：46KB　|　格式：doc　|　更新：2025-02-28　|　授权：免费
!a ▶ 本地下载　▶ 网盘下载　▶ 扫码到手机
{BODY}
!a 以上为资料节选，完整验收表请下载附件
!l 同类资料：教室采光照明自查表　|　学生宿舍用电安全须知
!d 绿芽资料库仅提供资料存放，版权归原作者
""",
        body="""
1 适用范围
1.1 本要求适用于中小学普通教室、阅览室护眼灯具及黑板灯的安装。
1.2 宿舍书桌配备的护眼台灯参照执行。
2 技术指标
2.1 课桌面平均照度不低于300勒克斯，照度均匀度不低于0.7。
2.2 黑板面平均照度不低于500勒克斯。
2.3 灯具应为无可视频闪产品，色温在3300K至5300K之间。
3 安装要求
3.1 灯具长轴应垂直于黑板布置，距课桌面高度不低于1.7米。
3.2 护眼台灯应放置在书写手的对侧，灯头离桌面约40厘米。
4 验收
4.1 安装完成后，由学校会同施工单位逐间测量照度，填写验收记录表。
""",
    ),
    dict(
        slug="exam-yanzhou-ereader-ban-admission-ticket",
        site="檿州人事考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.yzrsks.example.cn/kwgg/2025/0512/1187.html",
        title="关于严禁携带电子书阅读器等电子设备进入考场的温馨提示",
        record_title="〔考前提醒〕关于严禁携带电子书阅读器等电子设备进入考场的温馨提示_考务公告_檿州人事考试网",
        date="2025-05-12",
        notes="personnel-exam site: maintenance banner, an admission-ticket float; the notice tells candidates to download and print the ticket (content); its 咨询电话 beside the site's technical line",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〔考前提醒〕关于严禁携带电子书阅读器等电子设备进入考场的温馨提示_考务公告_檿州人事考试网</title></head><body>
<div class="notice-bar">⟦d 系统将于每周日凌晨1:00—5:00升级维护，届时暂停访问⟧</div>
<div class="hd">⟦m 檿州人事考试网⟧ ⟦m 檿州市人事考试中心主办⟧</div>
<div class="nav">⟦m 首页　考试公告　报名入口　成绩查询　政策法规⟧</div>
<div class="loc">⟦m 首页 » 考务公告⟧</div>
<h1>{T}</h1>
<div class="time">⟦m 发布日期：2025-05-12　浏览次数：8862⟧</div>
<div class="main">
{BODY}
</div>
<div class="float-box">⟦a 准考证打印通道 ›⟧</div>
<div class="foot">⟦m 网站技术支持：0591-8712000⟧　⟦m 闽ICP备13011586号⟧</div>
</body></html>
""",
        body="""
各位考生：
2025年檿州市事业单位公开招聘笔试将于5月24日举行。近期有考生咨询能否携带电子书阅读器进入考场复习，现提示如下。
一、电子书阅读器、智能手表、电子词典等具有存储或通讯功能的电子设备，一律不得带至考场座位。
二、考生可将上述物品存放在考点设置的物品存放处，考点不负保管责任，请尽量不要携带。
三、请考生于5月19日至23日登录本网站下载并打印准考证，按准考证上的时间、地点参加考试。
四、考试中发现携带上述设备的，按违纪违规行为处理。
咨询电话：0591-8712233（工作日9:00—17:00）。
檿州市人事考试中心
2025年5月12日
""",
    ),
    dict(
        slug="exam-chunxi-helmet-persuader-recruit-schedule",
        site="杶溪县人力资源和社会保障网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://rsj.chunxi.example.cn/zkxx/2025/0528/652.html",
        title="2025年杶溪县电动自行车头盔文明劝导员招聘公告",
        record_title="【招录快讯】2025年杶溪县电动自行车头盔文明劝导员招聘公告（报名入口已开通）",
        date="2025-05-28",
        notes="personnel-exam text page: a schedule table; the announcement speaks of uploading a photo to the sign-up system (content); 咨询电话 beside the site's hotline",
        page="""
!m 杶溪县人力资源和社会保障网 · 招考信息
!m 首页 ＞ 招考信息 ＞ 事业单位及编外招聘
!t 【招录快讯】2025年杶溪县电动自行车头盔文明劝导员招聘公告（报名入口已开通）
!m 发布单位：县人社局　日期：2025-05-28　阅读：3310
{BODY}
!a 【进入报名系统】　【下载报名表】
!l 相关公告：县城管局编外协管员招聘面试公告
!m 人社服务热线：12333
""",
        indent="\u3000\u3000",
        body="""
因工作需要，杶溪县交通安全委员会办公室面向社会公开招聘电动自行车头盔文明劝导员20名，现将有关事项公告如下。
一、招聘条件：年龄18至50周岁，身体健康，具有高中及以上学历，能适应户外早晚高峰工作。
二、工作内容：在城区路口开展头盔佩戴劝导、宣传和借用头盔登记等工作。
三、招聘程序：
环节　时间　地点
网上报名　6月3日—6月9日　本网站报名系统
面试　6月15日　县政务服务中心三楼
体检　6月20日　县人民医院
四、报名方式：请登录本网站报名系统填报信息，上传近期免冠照片。
咨询电话：0593-6215508。
杶溪县人力资源和社会保障局
2025年5月28日
""",
    ),
    dict(
        slug="tender-suiling-lamp-bid-lots-countdown",
        site="檖岭县公共资源交易平台 (invented)",
        style="招投标网",
        genre="招标公告",
        kind="notice",
        form="html",
        source="https://ggzy.suiling.example.cn/jyxx/zfcg/2025/0314/20250314008.html",
        title="檖岭县中小学寄宿生护眼台灯采购项目公开招标公告",
        record_title="檖岭县中小学寄宿生护眼台灯采购项目公开招标公告-政府采购-檖岭县公共资源交易平台",
        record_date="2025-03-14",
        date="2025-03-14",
        notes="tender portal: record date; lots table; purchaser and agency contacts beside the CA and trading-system hotlines; a bid-opening countdown",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>檖岭县中小学寄宿生护眼台灯采购项目公开招标公告-政府采购-檖岭县公共资源交易平台</title></head><body>
<div class="hd">⟦m 檖岭县公共资源交易平台⟧ <a>⟦a 主体登录⟧</a> <a>⟦a 主体注册⟧</a></div>
<div class="nav">⟦m 首页　交易信息　服务指南　政策法规　信用信息⟧</div>
<div class="pos">⟦m 交易信息 › 政府采购 › 采购公告⟧</div>
<h2>{T}</h2>
<div class="attr">⟦m 信息来源：县政府采购中心　发布时间：2025-03-14 17:20⟧</div>
<div class="count">⟦m 距开标还有 23 天 16 时⟧</div>
<div class="ewb-info">
{BODY}
</div>
<div class="fj">⟦a 采购文件.zip（请登录后下载）⟧</div>
<div class="kf">⟦m CA数字证书办理热线：400-9188-6637⟧<br>⟦m 交易系统操作咨询：0596-4400188⟧</div>
<div class="ft">⟦m 檖岭县公共资源交易中心 主办⟧</div>
</body></html>
""",
        body="""
项目概况：檖岭县中小学寄宿生护眼台灯采购项目的潜在投标人应在檖岭县公共资源交易平台获取招标文件，并于2025年4月7日9时30分前递交投标文件。
一、项目基本情况
项目编号：SLZC-2025-018
采购预算：人民币68.4万元
包号　采购内容　数量
1　护眼台灯（AA级照度）　2800台
2　宿舍书桌灯具安装　120间
二、投标人资格要求：具有独立承担民事责任的能力，所投产品须具有3C认证证书。
三、获取招标文件：2025年3月14日至3月21日，登录交易平台免费下载。
四、联系方式
采购人：檖岭县教育局，联系人：邵青禾，电话：0596-4402318
代理机构：檖岭县明衡项目管理有限公司，联系人：田蕴，电话：0596-4418862
2025年3月14日
""",
    ),
    dict(
        slug="tender-chunxi-shutter-award-result-record",
        site="杶溪县政府采购网 (invented)",
        style="招投标网",
        genre="中标结果公告",
        kind="notice",
        form="text",
        source="http://zfcg.chunxi.example.cn/zbgg/2025/0616/3391.html",
        title="杶溪县农贸市场商铺卷帘门更换工程中标结果公告",
        date="2025-06-16",
        notes="record title as is; a bid result with its table and the purchaser's phone beside the platform's service line",
        page="""
!m 杶溪县政府采购网
!m 首页 > 采购公告 > 结果公告
{T}
!m 发布时间：2025-06-16　　项目类型：工程
{BODY}
!a 打印公告　　关闭
!l 上一条：杶溪县第二中学食堂设备采购成交公告
!m 平台服务电话：0593-6288011（工作日）
""",
        body="""
一、项目编号：CXGC-2025-031
二、项目名称：杶溪县农贸市场商铺卷帘门更换工程
三、中标信息
中标单位　中标金额　工期
杶溪县恒固门业有限公司　人民币47.86万元　45日历天
四、主要标的：更换电动防盗卷帘门96樘，加装防坠器和遇阻回弹装置。
五、公告期限：自本公告发布之日起1个工作日。
六、其他补充事宜：各投标人对中标结果有异议的，可在公告期限届满之日起7个工作日内以书面形式提出质疑。
七、联系方式
采购人：杶溪县市场服务中心，联系电话：0593-6238057
2025年6月16日
""",
    ),
    dict(
        slug="lawfirm-chengheng-helmet-compensation-case",
        site="澄衡律师事务所 (invented)",
        style="律所网站",
        genre="案例评析",
        kind="other",
        form="html",
        source="https://www.chenghenglaw.example.cn/anli/2025/418.html",
        title="未戴头盔被撞，赔偿会打折吗？",
        record_title="判例速览 ▪ 未戴头盔被撞，赔偿会打折吗？｜澄衡律所",
        date=None,
        notes="law firm: lawyer card, consult float, 400 line, a repost notice; an update stamp only, no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>判例速览 ▪ 未戴头盔被撞，赔偿会打折吗？｜澄衡律所</title></head><body>
<div class="hd">⟦m 澄衡律师事务所 · 交通事故与人身损害⟧ ⟦m 全国咨询：400-1087-2299⟧</div>
<div class="nav">⟦m 首页　律所简介　律师团队　判例速览　联系我们⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 栏目：判例速览　更新于 2 周前⟧</div>
<div class="card">⟦m 执业律师：葛清越　执业证号 13505202110884416⟧</div>
<div class="body">
{BODY}
</div>
<div class="repost">⟦d 转载须注明出自澄衡律所，本文不作为具体案件的法律意见⟧</div>
<div class="float">⟦w 交通事故赔偿免费评估，点此留言律师回电⟧</div>
<div class="ft">⟦m 澄衡律师事务所　地址：檿州市新港路201号12层⟧</div>
</body></html>
""",
        body="""
案情：2024年8月，市民老陈骑电动自行车在路口被一辆右转的小轿车撞倒，头部受伤住院。事发时老陈没有佩戴头盔。交警认定轿车驾驶人负事故全部责任。诉讼中，保险公司提出，老陈未戴头盔，对头部损伤的扩大也有过错，应减轻赔偿责任。
法院观点：法院审理认为，当地地方性法规已明确要求电动自行车驾乘人员佩戴安全头盔。老陈未戴头盔虽不是事故发生的原因，但与其头部损伤后果的扩大有一定关系，酌情减轻赔偿义务人百分之十的赔偿责任。
律师提示：未戴头盔不影响事故责任的认定，但可能影响赔偿数额。骑电动车戴好头盔，既是保护自己，也是保护自己的合法权益。
""",
    ),
    dict(
        slug="lawfirm-zhengheng-letter-shutter-fire-lane",
        site="楙阳正衡律师事务所 (invented)",
        style="律所网站",
        genre="律师函",
        kind="letter",
        form="text",
        source="http://www.myzhenghenglaw.example.cn/wenshu/lvshihan/77.html",
        title="关于贵店卷帘门占用小区消防通道事宜的律师函",
        record_title="文书示例 | 关于贵店卷帘门占用小区消防通道事宜的律师函 - 楙阳正衡律所",
        date="2025-01-16",
        notes="law firm text page: a lawyer's letter with its own 联系人 line beside the firm's consult hotline and WeChat; 成文日期 under the signature",
        page="""
!m 楙阳正衡律师事务所
!m 首页 / 文书示例 / 律师函
!t 文书示例 | 关于贵店卷帘门占用小区消防通道事宜的律师函
!m 整理：律所文书中心　　阅读 764
{BODY}
!d 本文已隐去当事人信息，仅作文书示例
!w 法律咨询预约：0598-5360000　微信：zhengheng_lvsuo
!m 楙阳正衡律师事务所　地址：楙阳县人民路56号
""",
        indent="\u3000\u3000",
        body="""
楙阳县绹桥镇聚福副食店：
楙阳正衡律师事务所接受葍园小区业主委员会的委托，指派本所游可律师，就贵店卷帘门占用小区消防通道事宜，郑重致函如下：
贵店自2024年10月起，将门店卷帘门外移安装至小区消防通道内约一点二米，并在门前堆放货物，严重影响消防车辆通行。经业主委员会多次沟通，贵店至今未予整改。
根据《中华人民共和国消防法》的有关规定，任何单位、个人不得占用、堵塞、封闭消防车通道。
请贵店在收到本函之日起十日内，自行拆除外移的卷帘门并清理堆放物品。逾期不整改的，委托人将依法向消防救援机构举报并提起诉讼。
联系人：游可律师，电话：0598-5360217。
楙阳正衡律师事务所
2025年1月16日
""",
    ),
    dict(
        slug="community-fuyuan-helmet-lending-grid-box",
        site="葍园社区网 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.fuyuansq.example.cn/tz/2025/0528/211.html",
        title="关于在小区出入口设置安全头盔免费借用点的通知",
        record_title="【邻里通告】关于在小区出入口设置安全头盔免费借用点的通知 - 葍园社区网",
        date="2025-05-28",
        notes="residents' site: weather line, a grid worker's box with a mobile, property repair and night lines; the community's own duty phone in the notice",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【邻里通告】关于在小区出入口设置安全头盔免费借用点的通知 - 葍园社区网</title></head><body>
<div class="hd">⟦m 葍园社区网 · 家门口的服务站⟧ ⟦m 今天 多云 19~27℃⟧</div>
<div class="nav">⟦m 社区首页　社区通知　办事指南　邻里活动　物业服务⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 社区居委会　2025-05-28　围观 402⟧</div>
<div class="txt">
{BODY}
</div>
<div class="grid"><h4>⟦m 我的网格员⟧</h4><p>⟦m 第三网格　贺晴　手机 138-5903-4417⟧</p></div>
<div class="wy">⟦m 物业报修：0592-3360876　夜间应急：0592-3360877⟧</div>
<div class="ft">⟦m 葍园社区居民委员会主办⟧</div>
</body></html>
""",
        body="""
各位居民朋友：
为方便大家养成骑电动车戴头盔的好习惯，葍园社区联合小区物业，自6月1日起在南门、西门岗亭设置安全头盔免费借用点，每处配备成人头盔二十顶、儿童头盔十顶。
一、借用方式：在岗亭登记姓名和门牌号即可借用，当天归还。
二、头盔每日由物业人员消毒，请大家爱惜使用。
三、欢迎居民将家中闲置的合格头盔捐赠到借用点。
社区值班电话：0592-3365012。
葍园社区居民委员会
2025年5月28日
""",
    ),
]

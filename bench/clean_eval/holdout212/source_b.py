"""holdout212, part B: government portals, news portals, Party-building sites, education
portals and personnel-exam sites. Every page, place, person, firm, number and URL is
invented; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="gov-jichuan-notice-pullup-bar-check-index-table",
        site="戟川县人民政府网 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.jichuan.gov.cn/zwgk/bmwj/wlty/202405/t20240513_88214.html",
        title="关于开展公共健身场所单杠等器材安全隐患排查整治的通知",
        record_title="关于开展公共健身场所单杠等器材安全隐患排查整治的通知_政务公开_戟川县人民政府网",
        date="2024-05-10",
        date_also=["2024-05-13"],
        notes="county portal: 长者模式/读屏 links, an 索引号 table (the 文号 cell unmarked, neutral), a 纠错 line; the bureau's own 联系人/电话/邮箱 and a 附件 list beside an attachment download box; a policy-reading link between paragraphs; the page's date differs from the 成文日期",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>关于开展公共健身场所单杠等器材安全隐患排查整治的通知_政务公开_戟川县人民政府网</title>
<meta name="SiteName" content="戟川县人民政府网"><meta name="ColumnName" content="部门文件">
<link rel="stylesheet" href="/images/gov2023.css">
<script src="/js/jquery.min.js"></script><script src="/js/aria-reader.js"></script>
</head><body>
<div class="gov-topbar"><span>⟦m 欢迎访问戟川县人民政府网⟧</span><a href="javascript:;">⟦a 长者模式⟧</a> <a href="javascript:;">⟦a 读屏专用⟧</a> <a href="/en/">⟦a 英文站点⟧</a></div>
<div class="gov-banner"><img src="/images/banner.png" alt=""><p>⟦m 戟川县人民政府⟧</p></div>
<ul class="gov-nav"><li>⟦m 首页⟧</li><li>⟦m 走进戟川⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政务服务⟧</li><li>⟦m 互动交流⟧</li></ul>
<div class="gov-crumb">⟦m 当前位置：首页 &gt; 政务公开 &gt; 部门文件 &gt; 县文化旅游体育局⟧</div>
<table class="xxgk-index">
<tr><td>⟦m 索引号：11431024MB1703328J/2024-00412⟧</td><td>⟦m 主题分类：文化、体育⟧</td></tr>
<tr><td>⟦m 发布机构：县文化旅游体育局⟧</td><td>⟦m 发布日期：2024-05-13⟧</td></tr>
<tr><td>文号：戟文旅体发〔2024〕19号</td><td>⟦m 有效性：现行有效⟧</td></tr>
</table>
<div class="gov-article">
<h1>{T}</h1>
<div class="gov-tools">⟦a 【字号 大 中 小】　【打印本文】　【关闭本页】⟧</div>
<div class="gov-content">
{BODY}
</div>
<div class="gov-attach"><p>⟦a 本文附件可下载：⟧</p><p><a href="/u/2024/0513/pcb.xlsx">⟦a 附件1 排查表.xlsx（18KB）⟧</a></p><p><a href="/u/2024/0513/hzb.xlsx">⟦a 附件2 汇总表.xlsx（15KB）⟧</a></p></div>
<div class="gov-share">⟦l 分享到：微信　微博　QQ空间⟧</div>
</div>
<div class="gov-foot">
<p>⟦m 主办：戟川县人民政府办公室　承办：戟川县政务数据服务中心⟧</p>
<p>⟦m 网站纠错电话：0745-3210000　政务热线：12345⟧</p>
<p>⟦m 湘ICP备05011437号　湘公网安备43122402000115号　网站标识码4312240003⟧</p>
</div>
<script>var _govStat = {siteCode: "4312240003"};</script>
</body></html>
""",
        body="""
各乡镇人民政府，县直有关单位：
近期，邻县发生一起群众在小区单杠上锻炼时立柱折断致伤事件。为切实消除我县公共健身场所器材安全隐患，经县政府同意，决定即日起至6月30日开展专项排查整治。现将有关事项通知如下。
一、排查范围。全县公园、广场和村（社区）健身点安装的单杠、双杠、吊环等悬垂类器材。
⟦l 政策解读：悬垂类健身器材排查要点图解⟧
二、排查重点。立柱是否锈蚀、松动，横杠焊点是否开裂，地面缓冲层是否缺失。
三、整治要求。对存在隐患的器材立即停用并设置警示标识，在质保期内的通知供货单位维修，超过使用年限的予以拆除。
四、报送要求。请各单位于6月20日前将排查表和汇总表报县文化旅游体育局群众体育股。
联系人：龚丽萍　联系电话：0745-3216087　邮箱：jcwlty_qt@163.com
附件：1．公共健身器材安全排查表
2．健身器材隐患整改汇总表
戟川县文化旅游体育局
2024年5月10日
""",
    ),
    dict(
        slug="gov-taozhou-bulletin-bicycle-bell-spotcheck-cc",
        site="韬州市市场监督管理局网站 (invented)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="text",
        source="http://scjg.taozhou.gov.cn/xxgk/tzgg/202410/t20241025_31177.html",
        title="韬州市市场监督管理局关于2024年自行车车铃产品质量监督抽查情况的通报",
        date="2024-10-22",
        date_also=["2024-10-25"],
        notes="record title as is; a 文号 line under the title (neutral); a data table, one row a paragraph; 抄送 and 印发 lines; the 成文日期 in Chinese numerals; a glued policy-reading link after a sentence; the page's 发布时间 differs",
        page="""
!m 韬州市市场监督管理局
!m 首页 ＞ 信息公开 ＞ 通知公告
!a 关怀版　｜　无障碍浏览　｜　简/繁
{T}
韬市监质〔2024〕37号
!m 发布时间：2024-10-25 16:03　信息来源：质量监督科　浏览量：917
{BODY}
!a 〖打印〗〖收藏〗〖关闭〗
!l 上一条：关于开展电动自行车及配件质量提升行动的通知
!l 下一条：韬州市2024年第三季度产品质量抽查结果公告
!m 韬州市市场监督管理局 主办　地址：韬州市弢城区镗岭路16号
!m 投诉举报：12315　网站纠错：0730-8861234
!m 湘ICP备06008813号-2
""",
        body="""
各县（市、区）市场监督管理局，有关企业：
为加强自行车零部件产品质量监管，市局于2024年8月至9月组织开展了自行车车铃产品质量市级监督抽查，共抽查本市生产、销售企业二十六家的车铃产品四十批次，发现不合格产品三批次，不合格发现率7.5%。不合格项目主要为声压级偏低和耐腐蚀性能不达标。⟦l 政策解读：车铃抽查五问五答⟧不合格产品情况如下：
产品名称　标称生产企业　不合格项目
弹簧拨铃　韬州叮声五金厂　声压级
铝合金转铃　弩阳县宏骑配件经营部　耐腐蚀
儿童卡通铃　韬州市弢城区乐途车行　声压级
对抽查中发现的不合格产品，各地要依法责令企业停止生产、销售，查明原因限期整改，并于11月30日前将处理情况报市局质量监督科。
韬州市市场监督管理局
二〇二四年十月二十二日
抄送：省市场监督管理局质量监督处，市人民政府办公室。
韬州市市场监督管理局办公室　2024年10月22日印发
""",
    ),
    dict(
        slug="news-nuyang-dumbbell-challenge-photo-caption",
        site="弩阳新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.nuyangnews.cn/bdyw/2024-06/16/content_40718.html",
        title="弩阳县首届全民哑铃健身挑战赛开赛",
        record_title="【县域快讯】弩阳县首届全民哑铃健身挑战赛开赛｜弩阳新闻网",
        date="2024-06-16",
        notes="county news portal: app prompt, listen button, an ad slot, a 24-hour list; a photo caption between paragraphs; an editor line glued after the last sentence; date from the byline",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>【县域快讯】弩阳县首届全民哑铃健身挑战赛开赛｜弩阳新闻网</title>
<meta name="keywords" content="哑铃,挑战赛,全民健身">
<script src="https://res.nuyangnews.cn/js/news.min.js"></script>
</head><body>
<div class="topbar">⟦a 下载“掌上弩阳”客户端，新闻早知道⟧ <a class="x">⟦a 不再提示⟧</a></div>
<div class="header"><a href="/" class="logo">⟦m 弩阳新闻网⟧</a><span>⟦m 弩阳县融媒体中心主办⟧</span></div>
<ul class="channel"><li>⟦m 本地要闻⟧</li><li>⟦m 乡镇动态⟧</li><li>⟦m 文体⟧</li><li>⟦m 民生⟧</li><li>⟦m 视频⟧</li></ul>
<div class="crumb">⟦m 首页 ＞ 本地要闻 ＞ 正文⟧</div>
<div class="article">
<h1>{T}</h1>
<div class="byline">⟦m 发布时间：2024-06-16 09:47　来源：弩阳县融媒体中心　记者：钟意⟧</div>
<div class="listen"><button>⟦a ▶ 点击收听本文⟧</button></div>
<div class="article-body">
{BODY}
</div>
<div class="ad-slot">⟦m 广告⟧ ⟦m 弩阳农商银行　家门口的好银行⟧</div>
<div class="share">⟦l 转发到：朋友圈　微博　抖音⟧</div>
</div>
<div class="rank"><h3>⟦l 24小时点击排行⟧</h3><ol>
<li>⟦l 弩阳县高考考点设置公布⟧</li><li>⟦l 埝口镇万亩油菜开镰收割⟧</li><li>⟦l 县城三条道路迎来“微改造”⟧</li></ol></div>
<div class="footer"><p>⟦d 弩阳新闻网所刊原创稿件，未经授权不得转载⟧</p><p>⟦m 互联网新闻信息服务许可证：43120190047　湘ICP备17022068号⟧</p></div>
</body></html>
""",
        body="""
6月15日上午，弩阳县首届全民哑铃健身挑战赛在县体育中心开赛，来自全县十四个乡镇和县直单位的三百一十二名选手参加比赛。
本次比赛设男子组、女子组和银发组，比赛项目为一分钟哑铃弯举和哑铃推举，选手按体重分级使用五公斤至十五公斤的哑铃。
⟦m 图为银发组选手在进行哑铃推举比赛。通讯员 晏子墨 摄⟧
“以前觉得哑铃是年轻人玩的，练了半年，爬楼都不喘了。”六十三岁的墒田镇退休教师尹桂兰获得了银发组女子第二名。
县文化旅游体育局负责人介绍，近两年全县新建社区健身驿站二十八个，均配备哑铃、瑜伽垫等小型器材，今后挑战赛将每年举办一次。⟦m （编辑：贺一鸣　审核：柯岚）⟧
""",
    ),
    dict(
        slug="news-taozhou-bell-renewal-title-line-listen-glued",
        site="韬州网 (invented, 韬州日报's news portal)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.taozhouwang.cn/news/2024-08/02/content_1183204.html",
        title="城区公共自行车完成车铃换新",
        record_title=None,
        date="2024-08-02",
        notes="no record title: the page's title line; a listen button glued before the first words of the lead; a reporter line between paragraphs; the service hotline and app inside the last sentence are the document's",
        page="""
!m 韬州网 | 韬州日报社主办
!m 首页 > 韬州新闻 > 城建交通
{T}
!m 发布时间：2024-08-02 10:21　来源：韬州日报　作者：苗可欣
{BODY}
!a 【转发】【纠错】【打印】
!l 相关新闻
!l 城区新增公共自行车站点四十个
!l 公共自行车“扫码借车”使用指南
!d 凡本网注明“来源：韬州日报”的作品，版权均属韬州日报社所有。
!m 韬州网 www.taozhouwang.cn　新闻热线：0730-8822110
""",
        body="""
⟦a 【听新闻】⟧记者从市公共自行车服务中心获悉，截至7月底，城区四百六十个站点的一万二千辆公共自行车已全部更换新款车铃。
新车铃采用拇指拨动式设计，铃盖为铝合金材质，声音比旧款清脆，按压力度也更轻，老年人使用更方便。
⟦m 韬州日报记者 苗可欣 通讯员 钱涛⟧
服务中心调度科负责人介绍，旧车铃多为塑料外壳，风吹日晒后容易开裂、卡死，去年全年收到车铃不响的报修八百多起，约占全部报修的三成。
市民如发现车铃损坏，可在借车APP中点击“故障申报”，也可关注“韬州公共自行车”微信公众号留言报修，或拨打服务热线0730-12319转2号键。
""",
    ),
    dict(
        slug="party-shuxi-summary-pullup-bar-volunteers-table",
        site="殳溪先锋网 (invented, county Party-building portal)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://www.sxxianfeng.cn/jcdj/2024/1121/6402.html",
        title="县体育中心党支部“党员护杠”志愿服务工作总结",
        record_title="【红心为民】县体育中心党支部“党员护杠”志愿服务工作总结_殳溪先锋网",
        date="2024-11-18",
        date_also=["2024-11-21"],
        notes="Party portal: study-points prompt, read-on-phone QR line, a column list; a data table; the site's posting date differs from the branch's signature date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>【红心为民】县体育中心党支部“党员护杠”志愿服务工作总结_殳溪先锋网</title>
<script src="/static/js/xianfeng.js"></script>
</head><body>
<div class="xf-head"><h2>⟦m 殳溪先锋网⟧</h2><p>⟦m 中共殳溪县委组织部主办⟧</p></div>
<ul class="xf-nav"><li>⟦m 首页⟧</li><li>⟦m 基层党建⟧</li><li>⟦m 党员教育⟧</li><li>⟦m 先锋风采⟧</li><li>⟦m 组工信息⟧</li></ul>
<div class="xf-crumb">⟦m 您所在的位置：首页 › 基层党建 › 支部工作⟧</div>
<div class="xf-art">
<h1>{T}</h1>
<p class="xf-info">⟦m 时间：2024-11-21　来源：县体育中心党支部　点击：402⟧</p>
<p class="xf-points">⟦a 登录后阅读满3分钟可得学习积分1分⟧</p>
<div class="xf-text">
{BODY}
</div>
<p class="xf-qr">⟦a 用手机扫一扫，在手机上继续阅读⟧</p>
<p class="xf-pn">⟦l 上一篇：县医保局党支部开展“医保政策进村组”活动⟧</p>
<p class="xf-pn">⟦l 下一篇：坨湾镇“党员中心户”工作法见成效⟧</p>
</div>
<div class="xf-side"><h3>⟦l 组工要闻⟧</h3><ul><li>⟦l 全县基层党组织书记轮训班开班⟧</li><li>⟦l 县委组织部部署年度发展党员工作⟧</li></ul></div>
<div class="xf-foot">⟦m 殳溪先锋网　地址：殳溪县新华路1号　邮编 418300⟧<br>⟦m 湘ICP备19004521号-1⟧</div>
</body></html>
""",
        body="""
今年以来，县体育中心党支部把“我为群众办实事”落到健身点上，组织党员志愿者对城区社区健身点的单杠开展“体检”和更换，现将有关情况总结如下。
一、摸清底数。支部党员分成五个小组，利用周末走遍城区二十三个健身点，逐根检查单杠立柱、横杠和焊点，建立问题清单。
二、分批更换。对锈蚀严重的单杠协调体育彩票公益金予以更换，对轻微锈蚀的由党员志愿者打磨刷漆。完成情况如下：
项目　数量　参与党员人次
更换单杠　14副　36
打磨刷漆　31副　58
补铺缓冲垫　9处　21
三、建立长效机制。每个健身点明确一名党员“杠长”，每月巡查一次，发现问题通过支部工作群报送。
殳溪县体育中心党支部
2024年11月18日
""",
    ),
    dict(
        slug="party-lishan-host-script-dumbbell-contest",
        site="犁山机关党建网 (invented)",
        style="党建网",
        genre="主持词",
        kind="speech",
        form="text",
        source="http://jgdj.lishan.gov.cn/gzdt/2024/0428/1907.html",
        title="县直机关“强体魄·践初心”职工哑铃健身比赛主持词",
        record_title="〖工会之家〗县直机关“强体魄·践初心”职工哑铃健身比赛主持词_犁山机关党建网",
        date="2024-04-26",
        notes="a host's script with the date under its title (neutral line, the document's date); a study-points prompt glued after the first sentence of a paragraph; a reading-counter line",
        page="""
!m 犁山机关党建网
!m 首页 > 工作动态 > 工会之家
{T}
（2024年4月26日）
!m 发布：县直机关工委　浏览：588
{BODY}
!a 本页阅读满2分钟可累计党员学习积分
!l 推荐：机关“三八”节健步走活动主持词　|　职工趣味运动会闭幕词
!m 中共犁山县直属机关工作委员会　版权所有
!m 湘ICP备10023390号
""",
        body="""
尊敬的各位领导，同志们：
大家上午好！春风送暖，正是健身好时节。今天，我们在这里举行县直机关“强体魄·践初心”职工哑铃健身比赛。
出席今天比赛的领导有：县直机关工委书记葛振邦同志，县总工会副主席池慧同志。让我们以热烈的掌声表示欢迎！
本次比赛共有县直三十二个单位的一百二十八名职工参赛，设哑铃弯举、哑铃侧平举和团体接力三个项目。⟦a 点赞本文得积分⟧比赛坚持“重在参与、安全第一”，请各位选手量力而行。
下面，请县直机关工委书记葛振邦同志致辞。
感谢葛书记的讲话。下面，我宣布：比赛开始！请各位裁判员、运动员就位。
""",
    ),
    dict(
        slug="edu-tangling-notice-equipment-check-attachments",
        site="镗岭县教育信息网 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jy.tangling.gov.cn/tzgg/202408/t20240828_5512.html",
        title="关于开展秋季开学前中小学体育器材安全排查的通知",
        record_title="〔通知公告〕关于开展秋季开学前中小学体育器材安全排查的通知-镗岭县教育信息网",
        date="2024-08-26",
        date_also=["2024-08-28"],
        notes="education portal: 适老版/读屏 links, a technical-support line beside the bureau's own 联系人/电话/邮箱; a sentence telling schools to 下载 an 附件 and 扫描上传; 附件 list beside attachment links; page date differs",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>〔通知公告〕关于开展秋季开学前中小学体育器材安全排查的通知-镗岭县教育信息网</title>
<script src="/js/edu.js"></script>
</head><body>
<div class="edu-top"><a>⟦a 适老化浏览⟧</a> <a>⟦a 屏幕朗读⟧</a> <a>⟦a 用户登录⟧</a></div>
<div class="edu-logo">⟦m 镗岭县教育信息网⟧</div>
<div class="edu-nav">⟦m 首页　教育新闻　通知公告　政策法规　教学教研　装备后勤⟧</div>
<div class="edu-crumb">⟦m 当前位置 ▸ 首页 ▸ 通知公告⟧</div>
<div class="edu-main">
<h2>{T}</h2>
<div class="edu-info">⟦m 发布者：县教育装备站　发布日期：2024-08-28　阅读：1266⟧</div>
<div class="edu-body">
{BODY}
</div>
<div class="edu-files"><p><a href="/uploads/fj1.docx">⟦a 📎 附件1.docx⟧</a></p><p><a href="/uploads/fj2.xlsx">⟦a 📎 附件2.xlsx⟧</a></p></div>
</div>
<div class="edu-foot"><p>⟦m 镗岭县教育局主办　技术支持：韬州云网科技（0737-5520999）⟧</p><p>⟦m 湘ICP备12001776号⟧</p></div>
</body></html>
""",
        body="""
各乡镇中心学校，县直各学校：
为确保秋季开学后体育教学安全，县教育局决定在开学前对全县中小学体育器材开展一次全面排查。现将有关事项通知如下。
一、排查重点为单杠、双杠、跳箱、篮球架等大型器材，重点检查立柱是否稳固、跳箱箱体是否松动、连接销是否缺失。
二、各校请下载附件1，逐件填写器材排查表，校长签字后扫描上传至县教育装备管理平台。
三、排查中发现的隐患器材一律停用，并于8月31日前完成维修或更换。
联系人：县教育装备站　阎慧　电话：0737-5521640　邮箱：tl_zbz@126.com
附件：1．中小学体育器材安全排查表
2．隐患器材整改台账
镗岭县教育局
2024年8月26日
""",
    ),
    dict(
        slug="edu-taocheng-school-notice-yoga-mat-scan-signin",
        site="弢城区教育网 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.tcqjy.cn/xxdt/syxx/2024-02-29/7718.html",
        title="关于体育课“瑜伽与柔韧”单元准备个人瑜伽垫的通知",
        record_title="【致家长】关于体育课“瑜伽与柔韧”单元准备个人瑜伽垫的通知_弢城区教育网",
        date="2024-02-28",
        notes="a school's notice to parents: numbered list; 扫码签到 as content; a scan-to-read line between paragraphs; signature date",
        page="""
!m 弢城区教育网
!m 首页 ＞ 学校动态 ＞ 实验小学
{T}
!m 来源：弢城区实验小学　时间：2 天前　点击：733
{BODY}
!a 〖分享给家长〗〖保存到相册〗
!l 本校其他通知：关于三月份午餐食谱的公示　关于春季学期校服征订的说明
!m 弢城区教育局主办　湘ICP备14012286号
""",
        body="""
各位家长：
本学期起，我校三至六年级体育课增设“瑜伽与柔韧”单元，每周一课时。为保证卫生，请家长为孩子准备一张个人瑜伽垫，具体要求如下：
1. 厚度六至八毫米，长度一百七十厘米左右，宜选无异味的TPE材质；
2. 在垫子一角贴上班级和姓名标签；
3. 瑜伽垫平时存放在班级储物柜，每周五带回家清洗晾干。
⟦a 手机扫码查看本通知⟧
学校将于3月4日下午举行家长开放课，请参加的家长到校后在校门口扫码签到。
弢城区实验小学体育组
2024年2月28日
""",
    ),
    dict(
        slug="exam-taozhou-fitness-test-pullup-print-ticket",
        site="韬州人事考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="html",
        source="http://rsks.taozhou.gov.cn/ksxx/202406/t20240604_9021.html",
        title="2024年韬州市政府专职消防员招聘体能测评通知",
        record_title="〔体测安排〕2024年韬州市政府专职消防员招聘体能测评通知_韬州人事考试网",
        date="2024-06-03",
        date_also=["2024-06-04"],
        notes="personnel-exam site: a maintenance banner, an admission-notice float, a technical line beside the brigade's own 咨询电话; a sentence telling candidates to 下载并打印 a notice; the page's date differs",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>〔体测安排〕2024年韬州市政府专职消防员招聘体能测评通知_韬州人事考试网</title>
<script src="/js/rsks.js"></script>
</head><body>
<div class="notice-bar">⟦d 系统将于每周日22:00—24:00例行维护，届时暂停报名和打印服务⟧</div>
<div class="rs-head"><span>⟦m 韬州人事考试网⟧</span><span>⟦m 韬州市人事考试院⟧</span></div>
<div class="rs-nav">⟦m 首页　考试动态　报名入口　成绩查询　证书办理⟧</div>
<div class="rs-crumb">⟦m 当前位置：首页 &gt;&gt; 考试动态 &gt;&gt; 事业单位招聘⟧</div>
<div class="rs-main">
<h1>{T}</h1>
<div class="rs-meta">⟦m 发布日期：2024-06-04　信息来源：市消防救援支队⟧</div>
<div class="rs-body">
{BODY}
</div>
<div class="rs-print"><a>⟦a 【打印此通知】⟧</a> <a>⟦a 【关闭】⟧</a></div>
</div>
<div class="float-entry"><a>⟦a 体测通知单打印入口 ›⟧</a></div>
<div class="rs-foot"><p>⟦m 韬州市人事考试院 版权所有　地址：韬州市弢城区韬光路9号⟧</p><p>⟦m 网上报名技术咨询：0730-8816000⟧</p><p>⟦m 湘ICP备08101536号⟧</p></div>
</body></html>
""",
        body="""
各位考生：
2024年韬州市政府专职消防员招聘笔试成绩已公布，现将体能测评有关事项通知如下。
一、测评时间：6月15日至16日，每天8:00开始，按准考证号分批进行。
二、测评地点：韬州市消防救援支队训练基地（弢城区坨湾路88号）。
三、测评项目：单杠引体向上、十米×四往返跑、一千米跑。单杠引体向上须在三分钟内完成十个以上方为合格。
四、考生须于6月12日起登录本网站下载并打印《体能测评通知单》，凭通知单和身份证入场。
五、请穿运动服装和运动鞋，测评前一天不得饮酒。
咨询电话：0730-8816119（工作日8:30—17:30）
韬州市消防救援支队
2024年6月3日
""",
    ),
    dict(
        slug="exam-nuyang-forest-fire-fitness-schedule-pdf",
        site="弩阳县人事考试中心网站 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.nyrsks.cn/gg/2024/0912/pdf-3318.html",
        title="弩阳县2024年森林消防专业队员招聘体能测试安排公告",
        record_title="弩阳县2024年森林消防专业队员招聘体能测试安排公告.pdf",
        date="2024-09-12",
        notes="file-name record title; a PDF viewer's text with a toolbar; a schedule table, one row a paragraph; two signatures and the date; a download-count line is no date",
        page="""
!m 弩阳县人事考试中心
!a 上一页　下一页　放大　缩小　下载PDF
{T}
!m 文件大小 212KB　下载 1,086 次
{BODY}
!l 附：往期公告　｜　报名入口　｜　成绩查询
!m 弩阳县人事考试中心　技术维护：0739-6621000
""",
        body="""
根据《弩阳县2024年森林消防专业队员招聘公告》，现将体能测试安排公告如下。
一、测试项目和标准：单杠引体向上（不少于八个）、立定跳远、一千五百米跑，单杠引体向上不合格的不再参加后续项目。
二、测试安排：
日期　时间　考生范围
9月21日　8:00—11:30　准考证号001—080
9月21日　14:30—17:30　准考证号081—156
9月22日　8:00—11:30　缺考补测及复核
三、考生请提前三十分钟到达县体育场检录，迟到十五分钟者不得参加测试。
弩阳县森林消防大队
弩阳县人事考试中心
2024年9月12日
""",
    ),
]

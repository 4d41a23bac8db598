"""holdout132, part A: 范文 sites, 文库 previews, government portals, news portals, forums.
Invented text (sites, places, people, numbers); see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="fanwen-qiaoyun-cervical-spine-plan-old-table",
        site="巧云范文网 (invented)",
        style="范文站",
        genre="方案",
        kind="plan",
        form="html",
        source="http://www.qiaoyunfw.example.com/fangan/2025/0917/5521.asp",
        title="柘原县“护颈行动”颈椎健康进机关活动实施方案",
        record_title="【精选】柘原县“护颈行动”颈椎健康进机关活动实施方案（通用2篇）_巧云范文网",
        date="2025-09-12",
        notes="old gb2312 table layout, marquee, visitor counter, font-size row, floating writing box; decorated record title; 成文日期 at the end; document's own 联系人/电话 beside the site's QQ",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【精选】柘原县“护颈行动”颈椎健康进机关活动实施方案（通用2篇）_巧云范文网</title>
<script language="javascript" src="/js/count.asp?id=5521"></script>
<style>td{font-size:12px}</style></head>
<body bgcolor="#f4f1e8">
<table width="960" align="center" border="0" cellpadding="0" cellspacing="0">
<tr><td><img src="/img/qylogo.gif"> ⟦m 巧云范文网——写材料，先来巧云⟧</td><td align="right">⟦a 设为首页⟧ | ⟦a 加入收藏⟧</td></tr>
<tr><td colspan="2"><marquee scrollamount="3">⟦m 本站新增范文八千余篇，每日更新，欢迎常来看看⟧</marquee></td></tr>
<tr><td colspan="2">⟦m 您现在的位置： 巧云范文网 &gt;&gt; 活动方案 &gt;&gt; 卫生健康方案⟧</td></tr>
</table>
<table width="960" align="center"><tr><td width="700" valign="top">
<h1>⟦t 柘原县“护颈行动”颈椎健康进机关活动实施方案⟧</h1>
<div class="info">⟦m 作者：佚名　来源：网友投稿　点击数：3107　更新时间：2025-9-17⟧</div>
<div>⟦a 【字号：超大 大 中 小】⟧ ⟦a 【双击滚屏】⟧</div>
<div id="art">
{BODY}
</div>
<div>⟦l 上一篇：社区健康小屋运行管理方案⟧<br>⟦l 下一篇：关于开展工间操推广活动的方案⟧</div>
</td><td width="240" valign="top">
<table border="1"><tr><td>⟦l 热门方案排行⟧</td></tr>
<tr><td>⟦l 1. 职工趣味运动会活动方案⟧</td></tr>
<tr><td>⟦l 2. 机关食堂减盐行动方案范文⟧</td></tr></table>
</td></tr></table>
<div id="float" style="position:fixed;right:0;top:200px">⟦w 材料代写 认准巧云 QQ：20931776⟧</div>
<table width="960" align="center"><tr><td align="center">⟦d 本站文章均由网友上传，仅供参考，如侵犯您的权益请来信告知，核实后即刻删除。⟧<br>⟦m Copyright 2009-2025 巧云范文网 湘ICP备10093581号⟧<br>⟦m 您是第 2086417 位访客⟧</td></tr></table>
</body></html>
""",
        body="""
为引导机关干部职工养成良好的工作姿势，预防和减少颈椎病的发生，县卫生健康局决定在全县机关单位开展“护颈行动”颈椎健康进机关活动，现制定如下方案。
一、活动时间
2025年9月下旬至12月底。
二、活动内容
（一）健康讲座。由县中医院康复科派出医师，到各机关单位开展颈椎病防治知识讲座，每场不少于40分钟。
（二）免费筛查。对45岁以上及长期伏案工作的职工进行颈椎活动度测评，建立个人健康档案。
（三）推广护颈操。各单位每天上午10时、下午3时组织职工做护颈操，每次约8分钟。
三、工作要求
各单位要确定一名联络员，于9月25日前将联络员名单报县卫生健康局疾控股。
联系人：罗晓岚，电话：0745-6231158。
柘原县卫生健康局
2025年9月12日
""",
    ),
    dict(
        slug="fanwen-yeshu-jiaobai-summary-text",
        site="叶书范文 (invented)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://m.yeshufanwen.example.cn/zongjie/38812.html",
        title="菰塘镇2024年茭白产业发展工作总结",
        record_title=None,
        date="2024-12-20",
        notes="no record title (found on the page); writing-service prompt glued after a sentence; member-unlock line between paragraphs; 成文日期 in Chinese numerals",
        page="""
!m 叶书范文 · 手机版
!m 首页 / 工作总结 / 农业农村总结
{T}
!m 2024-12-23 14:08　浏览 962 次　收藏 31
{BODY}
!a 点击复制全文　一键导出Word
!l 相关推荐：
!l 村集体经济发展年度总结（精选）
!l 特色种植基地建设情况汇报
!d 声明：本页内容来自会员投稿，版权归原作者所有。
""",
        body="""
今年以来，镇党委、镇政府把茭白产业作为富民强镇的主导产业来抓，全镇茭白种植面积达到一万二千亩，比上年增加一千五百亩。
一是抓基地建设。新建高标准茭白示范基地三处，完善沟渠、机耕路等设施，配套建设冷藏保鲜库两座。⟦w 写总结没头绪？叶书写手一对一帮改，加微信yeshu_fw⟧
二是抓技术服务。邀请县农技推广中心专家开展双季茭白栽培、病虫害绿色防控等培训十二期，培训茭农八百余人次。
⟦a 开通会员，解锁本篇剩余2页内容⟧
三是抓品牌营销。注册“菰塘白玉茭”商标，组织合作社参加省农博会，与两家大型商超签订长期供货协议。
明年，我们将继续扩大种植规模，延伸茭白深加工链条，力争全镇茭白产值突破两亿元。
菰塘镇人民政府
二〇二四年十二月二十日
""",
    ),
    dict(
        slug="wenku-caicha-troupe-report-pages",
        site="知行文库 (invented)",
        style="文库预览",
        genre="工作报告",
        kind="report",
        form="text",
        source="https://wenku.zhixingdoc.example.com/view/8c1d03fa.html",
        title="溇川县采茶戏剧团2024年度工作报告",
        record_title="溇川县采茶戏剧团2024年度工作报告.docx",
        date="2025-01-15",
        notes="file-name record title; page markers ⦅2⦆ cut sentences, glued or not; preview-end prompt; upload notice",
        pages=dict(fmt="⦅{n}⦆", every=150, glue="mix"),
        page="""
!m 知行文库
!t 溇川县采茶戏剧团2024年度工作报告.docx
!m 上传者：k***9　页数：4页　大小：31KB　下载券：3
!a 免费预览已结束，剩余1页可下载查看
{BODY}
!a 下载文档　｜　收藏　｜　举报
!d 本文档由用户上传，知行文库仅提供存储服务，如有侵权请联系删除。
!l 猜你喜欢：剧团演出季总结｜文艺下乡工作汇报｜非遗传承人年度报告
""",
        body="""
2024年，剧团在县委宣传部、县文化广电旅游局的领导下，坚持以人民为中心的创作导向，全年共完成各类演出一百八十六场，观众达十一万人次。
一、送戏下乡成效明显。剧团组建两支小分队，深入十四个乡镇、九十多个村开展惠民演出，把《茶山情》《三担水》等传统剧目送到群众家门口。
二、剧目创作取得突破。新编现代小戏《采茶姑娘进城记》在全市小戏小品大赛中获得一等奖，并入选省艺术节展演剧目。
三、人才培养持续加强。与县职业中专联合开办采茶戏表演班，招收学员二十四名，聘请三位老艺人担任授课教师。
四、存在的问题。一是排练场地狭小，设备老化；二是青年演员流失较多，骨干力量不足。
2025年，剧团将继续深化院团改革，争取新建排练厅，努力推出更多群众喜闻乐见的好作品。
溇川县采茶戏剧团
2025年1月15日
""",
    ),
    dict(
        slug="wenku-amblyopia-screening-plan-html-pages",
        site="墨芽文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="html",
        source="https://www.moyadoc.example.com/p-22918347.html",
        title="2025年秋季儿童弱视筛查工作方案",
        record_title="2025年秋季儿童弱视筛查工作方案 - 墨芽文库",
        date=None,
        notes="paid 文库 reader; ⟬n⟭ page paragraphs cut a paragraph; no date in the document (a year in the title only, an upload stamp); pay prompts inside and after",
        pages=dict(fmt="⟬{n}⟭", every=220),
        page="""
<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">
<title>2025年秋季儿童弱视筛查工作方案 - 墨芽文库</title>
<script src="https://static.moyadoc.example.com/reader.min.js"></script></head>
<body>
<header class="top"><span>⟦m 墨芽文库｜专业文档分享平台⟧</span><a>⟦a 登录⟧</a><a>⟦a 免费注册⟧</a></header>
<nav>⟦m 首页 › 医药卫生 › 眼科⟧</nav>
<div class="doc-head"><h1>⟦t 2025年秋季儿童弱视筛查工作方案⟧</h1>
<p>⟦m 贡献者：桑**　上传于2025-10-04　共3页　1.2万次阅读⟧</p></div>
<div class="reader">
{BODY}
</div>
<div class="paywall">⟦a 还剩1页未读，继续阅读需支付2.9元⟧</div>
<div class="tools">⟦a 下载本文档⟧ ⟦a 加入书架⟧ ⟦a 分享到微信⟧</div>
<aside><h3>⟦l 相关文档⟧</h3><ul><li>⟦l 学龄前儿童视力保护宣传方案⟧</li><li>⟦l 校园近视防控工作计划⟧</li></ul></aside>
<footer>⟦d 墨芽文库所有资源均为用户上传分享，仅供学习参考，不代表本站观点。⟧ ⟦m 浙ICP备19077251号-3⟧</footer>
</body></html>
""",
        body="""
为早期发现儿童弱视，及时进行干预治疗，根据上级有关儿童眼保健工作的要求，结合我区实际，制定本方案。
一、筛查对象
辖区内幼儿园中班、大班儿童及小学一年级学生。
二、筛查内容
视力检查、屈光筛查、眼位检查和眼外观检查。对视力低于同龄儿童正常值下限或双眼视力相差两行以上的儿童，列为疑似弱视。
三、职责分工
区妇幼保健院负责技术培训和质量控制；各社区卫生服务中心负责组织实施辖区内的筛查；教育部门负责协调幼儿园和学校配合。
四、结果反馈
筛查结束后十个工作日内，由学校或幼儿园将《儿童视力筛查结果告知书》发给家长，家长可扫码查询孩子的筛查结果和转诊建议。
五、工作要求
各单位要严格按照技术规范操作，做好筛查数据的录入和上报，确保筛查覆盖率达到百分之九十五以上。
""",
    ),
    dict(
        slug="gov-qingluo-ragweed-notice-html",
        site="青洛县人民政府 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.qingluo.example.gov.cn/zwgk/tzgg/202506/t20250610_88172.html",
        title="关于开展豚草集中清除行动的通知",
        record_title="关于开展豚草集中清除行动的通知_通知公告_青洛县人民政府",
        date="2025-06-09",
        notes="county portal with 索引号 table, 长者模式 row; document number neutral; data table one row a paragraph; 附件 list; page byline 发布日期 differs from the 成文日期 (document date expected, byline also)",
        date_also=["2025-06-10"],
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于开展豚草集中清除行动的通知_通知公告_青洛县人民政府</title>
<script>var _hmt=_hmt||[];</script></head><body>
<div class="topbar">⟦m 青洛县人民政府门户网站⟧ <a>⟦a 长者模式⟧</a> <a>⟦a 无障碍浏览⟧</a> <a>⟦a 繁體⟧</a></div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政务服务⟧</li><li>⟦m 互动交流⟧</li></ul>
<div class="loc">⟦m 当前位置：首页 ＞ 政务公开 ＞ 通知公告⟧</div>
<table class="meta"><tr><td>⟦m 索引号：11430822MB1C0427X/2025-00318⟧</td><td>⟦m 发布机构：青洛县农业农村局⟧</td></tr>
<tr><td>⟦m 发布日期：2025-06-10⟧</td><td>⟦m 主题分类：农业、畜牧业⟧</td></tr></table>
<h1>⟦t 关于开展豚草集中清除行动的通知⟧</h1>
<p class="docno">青农发〔2025〕21号</p>
<div class="fontsize">⟦a 【字号 大 中 小】⟧ ⟦a 【打印本页】⟧ ⟦a 【关闭窗口】⟧</div>
<div class="TRS_Editor">
{BODY}
</div>
<div class="share">⟦l 分享到：微信 微博 QQ空间⟧</div>
<div class="footer">⟦m 主办：青洛县人民政府办公室　承办：县政务服务和大数据中心⟧<br>⟦m 网站标识码：4308220007　湘公网安备43082202000315号⟧</div>
</body></html>
""",
        body="""
各乡镇人民政府，县直有关单位：
豚草是危害严重的外来入侵植物，其花粉可引发过敏性鼻炎和哮喘，对农业生产和群众健康威胁很大。为遏制豚草蔓延，县农业农村局决定于6月中旬至7月底在全县开展豚草集中清除行动，现将有关事项通知如下。
一、清除范围
重点清除道路两侧、河道沿岸、荒地、建筑工地和农田周边的豚草。
二、清除方法
在豚草开花结籽前，以人工拔除为主，拔除后集中晒干焚烧或深埋，严禁随意丢弃。
三、任务分解
乡镇　清除面积（亩）　完成时限
城关镇　320　7月15日
白沙乡　260　7月20日
枫林镇　410　7月31日
四、有关要求
各乡镇要于每周五前将清除进度报县农业农村局植保站，联系人：邹文斌，电话：0745-2918066，邮箱：qlzbz@example.com。
附件：1.豚草识别图谱
2.豚草清除进度统计表
青洛县农业农村局
2025年6月9日
""",
    ),
    dict(
        slug="gov-lianshui-thyroid-screening-text",
        site="涟水河县卫生健康委员会 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://wjw.lianshuihe.example.gov.cn/art/2025/4/8/art_3321_99187.html",
        title="关于开展女职工甲状腺结节免费筛查的通知",
        date="2025-04-08",
        record_date="2025-04-08",
        notes="record gives title and date; breadcrumb, an info line, print/close row glued after the last line, 抄送 版记 and 印发 line kept",
        page="""
!m 涟水河县卫生健康委员会
!m 首页 >> 信息公开 >> 通知公告
{T}
!m 信息来源：妇幼健康科　发布时间：2025-04-08 09:30　访问量：1277
{BODY}
!l 上一条：关于做好春季传染病防控工作的通知
!l 下一条：县卫健委2025年度法治政府建设工作要点
!m 联系我们｜网站地图｜隐私声明
!m 县卫健委地址：涟水河县长河路58号
""",
        body="""
各医疗卫生单位，县总工会，各机关企事业单位：
为进一步保障女职工身体健康，县卫生健康委员会联合县总工会，决定在全县开展女职工甲状腺结节免费筛查活动，现将有关事项通知如下。
一、筛查对象为全县机关、企事业单位在职女职工，每人限筛查一次。
二、筛查项目为甲状腺彩色超声检查，对发现的结节进行分级评估，并给出随访或转诊建议。
三、筛查时间为2025年4月15日至6月30日，各单位可与县人民医院体检中心预约具体时间，预约电话：0731-8812306。
四、筛查结果由体检中心统一打印后交各单位工会发放，请勿在筛查当天等候领取。
涟水河县卫生健康委员会
2025年4月8日
抄送：县总工会，县人民医院。
涟水河县卫生健康委员会办公室　2025年4月8日印发⟦a 【打印】【关闭】⟧
""",
    ),
    dict(
        slug="news-lanyang-wind-tunnel-open-day-html",
        site="岚阳新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.lanyangnews.example.cn/kj/2025-05/19/content_417762.htm",
        title="走进风洞实验室，中学生近距离感受“风”的力量",
        record_title="走进风洞实验室，中学生近距离感受“风”的力量 - 岚阳新闻网",
        date="2025-05-18",
        notes="news portal: byline's 时间 line as the page date, photo caption between paragraphs, editor line glued after the last paragraph, hot list, share bar",
        page="""
<!doctype html><html><head><meta charset="utf-8"><title>走进风洞实验室，中学生近距离感受“风”的力量 - 岚阳新闻网</title>
<script async src="/ad/loader.js"></script></head><body>
<div class="hd">⟦m 岚阳新闻网　岚阳日报社主办⟧ <span>⟦a 登录｜注册⟧</span></div>
<div class="menu">⟦m 首页 时政 民生 科教 文旅 视频⟧</div>
<div class="crumb">⟦m 岚阳新闻网 ＞ 科教⟧</div>
<h1>⟦t 走进风洞实验室，中学生近距离感受“风”的力量⟧</h1>
<div class="src">⟦m 2025-05-18 16:42　来源：岚阳日报　记者 钟一鸣 通讯员 韩晓⟧</div>
<div class="content">
{BODY}
</div>
<div class="share">⟦l 转发到：朋友圈 微博 复制链接⟧</div>
<div class="hot"><h4>⟦l 24小时热读⟧</h4><ol><li>⟦l 城南片区新增两所公办幼儿园⟧</li><li>⟦l 岚阳至枫港高速全线贯通⟧</li></ol></div>
<div class="ft">⟦d 本网稿件未经授权不得转载、摘编，违者必究。⟧ ⟦m 新闻热线：0739-5120000⟧</div>
</body></html>
""",
        body="""
5月18日，岚阳工学院低速风洞实验室迎来了一群特殊的客人——来自市第三中学的六十名学生。
在讲解员的带领下，同学们参观了风洞的收缩段、试验段和动力段，了解到风洞是通过人工产生可控气流来模拟物体周围空气流动的设备。
⟦m 图为学生们在试验段观察飞机模型的吹风试验。韩晓 摄⟧
“原来高铁车头设计成流线型，是在风洞里一次次吹出来的。”初二学生谭可欣说。
据了解，该实验室今年起每月第三个周六向中小学生免费开放，学校可提前一周通过学院官网预约参观。⟦m （责任编辑：孟雪）⟧
""",
    ),
    dict(
        slug="news-haiwan-lifejacket-text-wrapped",
        site="海湾融媒 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://app.haiwanrm.example.com/share/news?id=662910",
        title="渔区两千件新式救生衣免费发到渔民手中",
        record_title="渔区两千件新式救生衣免费发到渔民手中｜海湾融媒",
        date="2025-03-27",
        notes="news app share, hard-wrapped at 60 columns; dotted account date as the publish line; open-app prompt, a 'related' box",
        wrap=60,
        indent="　　",
        page="""
!m 海湾融媒客户端
!a 打开APP，阅读体验更佳
{T}
!m 海湾融媒　2025.03.27　阅读 3.1万
{BODY}
!m 来源：海湾区融媒体中心　编辑：庞晓
!l 相关阅读
!l 伏季休渔前渔船安全大检查启动
!l 沿海村居开展防台风应急演练
!a 下载海湾融媒APP 查看更多本地新闻
""",
        body="""
3月27日上午，海湾区农业农村局在螺洲渔港举行渔民安全防护用品发放仪式，向全区渔船船员免费发放新式救生衣两千件。
此次发放的救生衣采用气胀式设计，穿着轻便、不影响作业，落水后可在五秒内自动充气，并配有示位灯和求救哨。
区农业农村局渔政科负责人介绍，以往不少渔民嫌传统救生衣笨重，出海作业时不愿穿戴，存在较大安全隐患。新式救生衣发放后，执法人员将加强海上巡查，督促船员作业时规范穿戴。
领到救生衣的老渔民方德海说，这救生衣轻巧，干活也不碍事，以后出海一定穿上。
""",
    ),
    dict(
        slug="forum-taohe-roller-rink-post-junk",
        site="桃河论坛 (invented)",
        style="论坛",
        genre="通知",
        kind="notice",
        form="text",
        source="http://bbs.taohe.example.net/thread-209318-1-1.html",
        title="关于旱冰场暑期开放时间调整及安全须知的通知",
        record_title="[转帖] 关于旱冰场暑期开放时间调整及安全须知的通知 - 本地资讯 - 桃河论坛",
        date="2025-07-01",
        date_also=["2025-07-02"],
        notes="forum floor with anti-scraping junk (lines and glued); forum post time differs from the 成文日期 (document date expected, post also accepted); reply box",
        junk=dict(lines=2, glued=2),
        page="""
!m 桃河论坛 › 本地资讯 › 查看帖子
!m 楼主：小河边的风　发表于 2025-7-2 08:51　只看该作者
{T}
{BODY}
!l 回复　引用　举报
!l 沙发：暑假带娃去溜一圈，护具得备齐
!l 快速回复：您需要登录后才可以回帖 登录 | 注册
!m Powered by Discuz! X3.4　桃河论坛
""",
        body="""
各位市民朋友：
为满足暑期群众健身需求，市全民健身中心旱冰场自7月5日起调整开放时间，现将有关事项通知如下。
一、开放时间：每天上午9:00至11:30，下午15:00至21:30，每周一上午闭馆维护。
二、收费标准：成人每场20元，1.2米以下儿童每场10元，租赁旱冰鞋每双5元。
三、安全须知：入场人员须佩戴头盔、护膝和护肘，12岁以下儿童须有成年人陪同；场内禁止逆行、追逐打闹和手拉手滑行。
四、身体不适、饮酒后人员请勿入场。
市全民健身中心
2025年7月1日
""",
    ),
    dict(
        slug="forum-yuelin-clarinet-recruit-discuz-html",
        site="悦林乐友社区 (invented)",
        style="论坛",
        genre="方案",
        kind="plan",
        form="html",
        source="https://www.yuelinyueyou.example.com/forum.php?mod=viewthread&tid=77120",
        title="悦林市青少年单簧管重奏团2025年招新方案",
        record_title=None,
        date="2025-08-03",
        notes="Discuz-like music forum with jammer fonts; title missing from the record, found in the thread title; the poster's 发表于 as the page date; the document's own 报名电话 beside the forum's hotline",
        junk=dict(lines=1, glued=2),
        page="""
<html><head><meta charset="utf-8"><title>悦林市青少年单簧管重奏团2025年招新方案 - 管乐天地 - 悦林乐友社区</title>
<script src="static/js/common.js"></script></head><body>
<div id="hd">⟦m 悦林乐友社区 — 爱乐者的家⟧ ⟦a 登录 立即注册 找回密码⟧</div>
<div id="pt">⟦m 社区首页 › 器乐交流 › 管乐天地⟧</div>
<table class="plhin"><tr><td class="pls">⟦m 竹林清笛⟧<br>⟦m 帖子 412 精华 3 积分 2210⟧</td>
<td class="plc"><h1>⟦t 悦林市青少年单簧管重奏团2025年招新方案⟧</h1>
<div class="authi">⟦m 发表于 2025-8-3 19:26⟧ ⟦a 只看该作者⟧ ⟦a 倒序浏览⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="sign">⟦l 收藏 12　分享　点评⟧</div></td></tr></table>
<div class="fastre">⟦l 高级模式 发表回复⟧</div>
<div id="ft">⟦m 客服热线 0662-4017733（工作日9:00-18:00）⟧ ⟦m Powered by Discuz! ©2001-2025⟧</div>
</body></html>
""",
        body="""
为丰富青少年课余文化生活，培养管乐演奏人才，悦林市青少年宫单簧管重奏团现面向全市招收新团员，具体方案如下。
一、招收对象：全市10至16周岁、学习单簧管一年以上的中小学生。
二、招收名额：降B调单簧管12名，低音单簧管2名。
三、考核方式：自选乐曲一首，视奏一段，考官现场提问基本乐理。
四、训练安排：每周六下午2:00至5:00在青少年宫三楼排练厅集中训练，每学期结束举行一次汇报音乐会。
五、报名方式：8月20日前到青少年宫一楼服务台填表报名，报名电话：0662-4015896（朱老师）。
悦林市青少年宫
2025年8月3日
""",
    ),
]

"""holdout58, part D. Invented text; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="blog-xiaoli-bus-driver-diary",
        site="老李开公交 (invented)",
        style="博客",
        genre="心得体会",
        kind="reflection",
        form="text",
        source="http://laoli-gongjiao.blog.example.cn/post/2025/02/spring-festival.html",
        title="春运值守二十天的心得",
        record_title="春运值守二十天的心得 - 老李开公交 - 博客频道",
        date=None,
        notes="blog text page; relative post time no date; tag and comment chrome; hard-wrapped",
        page="""
!m 老李开公交的博客
!m 一个开了十八年公交的老司机
!m 博客首页 | 随笔 | 相册 | 留言板
!t 春运值守二十天的心得 - 老李开公交
!m 发表于 3 周前 | 分类：随笔 | 阅读(311) | 评论(4)
{BODY}
!l 标签：春运 公交 值班
!l 4 条评论 · 发表评论
!l ← 上一篇 冬天早班车的第一缕光　　下一篇 → 给新司机的十句话
!d 本博客文字原创，转载请联系博主。
""",
        wrap=70,
        body="""
今年春运，车队安排我在高铁站接驳线值守二十天。每天从早上六点到晚上十一点，跑不完的班次，接不完的旅客。
最大的体会是，乘客着急的时候，司机不能急。拖着大箱子的、抱着孩子的、第一次来这座城市的，都需要多等一等、多说一句。
第二个体会是，团队的力量。调度员王姐二十天没回家吃过一顿晚饭，维修班的小伙子半夜还在换轮胎。
春运结束那天，车队长给每个人发了一盒饺子。我觉得，这就是最好的表彰。
""",
    ),
    dict(
        slug="wxmirror-shuwen-notice-public-bike",
        site="公号文摘 (invented)",
        style="公众号镜像",
        genre="通知",
        kind="notice",
        form="html",
        source="https://gonghaowenzhai.com/mp/2025/04/28/jzbike.html",
        title="关于城区公共自行车系统升级暂停服务的通知",
        record_title="关于城区公共自行车系统升级暂停服务的通知",
        date="2025-04-27",
        notes="WeChat-style mirror page: account card, 阅读原文, 在看, 写留言; date under signature; 扫码 spoken of in document",
        page="""
<html><head><meta charset="utf-8"><title>关于城区公共自行车系统升级暂停服务的通知</title>
<meta name="viewport" content="width=device-width"></head>
<body>
<div class="rich_media">
<h1>{T}</h1>
<div class="meta">⟦m 筠州城市服务⟧ <em>⟦m 2025年04月28日 07:30⟧</em> <span>⟦m 江西⟧</span></div>
<div class="rich_media_content">
{BODY}
</div>
<div class="tail">⟦a 阅读原文⟧　⟦m 阅读 1.1万⟧　⟦a 赞 58⟧　⟦a 在看 20⟧</div>
<div class="cmt">⟦l 写留言⟧</div>
<div class="card">⟦w 筠州城市服务　微信号：jz_city_svc⟧<br>⟦w 长按二维码关注我们⟧</div>
</div>
<div class="mirror">⟦d 本页由公号文摘自动抓取，仅作存档⟧</div>
</body></html>
""",
        body="""
广大市民朋友：
为提升服务质量，城区公共自行车系统将于5月6日至5月8日进行整体升级，升级期间全部站点暂停借还车服务。
升级完成后，市民可直接使用手机扫码借车，原有IC卡仍可继续使用。
请已借车的市民于5月5日24时前就近还车。服务电话：0798-3366110。
筠州市公共自行车服务中心
2025年4月27日
""",
    ),
    dict(
        slug="docshare-fenxiangba-plan-go-tournament",
        site="分享吧文档 (invented)",
        style="文档分享",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.fenxiang8.com/doc/2025/weiqi-bisai-553.html",
        title="第七届“榕畈杯”业余围棋公开赛竞赛规程",
        record_title="第七届“榕畈杯”业余围棋公开赛竞赛规程_分享吧文档",
        date="2025-03-20",
        notes="sharing page; page markers glued to continuation lines; decimal points; Chinese-numeral date",
        page="""
!m 分享吧文档 - 专业文档分享平台
!t 第七届“榕畈杯”业余围棋公开赛竞赛规程
!m 分享者：榕城黑白　　|　　热度：★★★☆☆　　|　　3页
!a 付费文档 ¥2.00　　购买后可下载原文
{BODY}
!a 您已阅读全部预览内容，购买后可获得完整版
!d 用户上传的文档仅代表用户个人观点，平台不保证内容的准确性。
!l 热门文档推荐：围棋段位赛秩序册 | 青少年围棋比赛报名表
""",
        pages=dict(fmt="[{n}]", every=110, start=2, glue=True),
        body="""
一、主办单位：榕畈县文化广电旅游体育局
二、承办单位：榕畈县围棋协会
三、比赛时间和地点：2025年4月19日至20日，在榕畈县全民健身中心举行。
四、比赛办法：采用中国围棋规则，黑贴3又3/4子，积分编排制共7轮，每方用时40分钟，读秒3次30秒。
五、录取名次：成年组、少年组各录取前八名，颁发奖杯和证书。
六、本规程解释权归榕畈县围棋协会。
榕畈县围棋协会
二〇二五年三月二十日
""",
    ),
    dict(
        slug="edu-tangyi-notice-sanitation-practice",
        site="棠邑县教育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.tyjyj.cn/Item/4418.aspx",
        title="关于组织中小学生开展“我是城市小美容师”劳动实践活动的通知",
        record_title="关于组织中小学生开展“我是城市小美容师”劳动实践活动的通知",
        date="2025-03-05",
        notes="old ASP table layout with [ 字号 ] row and visitor count; document number neutral; 附件 list",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>棠邑县教育局--通知公告</title></head>
<body>
<table width="1000" align="center" cellpadding="0"><tr><td>⟦m 棠邑县教育局⟧</td><td>⟦m 今天是：2025年9月3日 星期三⟧</td></tr></table>
<table width="1000" align="center"><tr><td>⟦m 首 页⟧</td><td>⟦m 教育新闻⟧</td><td>⟦m 通知公告⟧</td><td>⟦m 招生考试⟧</td><td>⟦m 资料下载⟧</td></tr></table>
<table width="1000" align="center"><tr><td>
<div align="center"><b>{T}</b></div>
<div align="center">⟦m 作者：基础教育股　来源：本站原创　点击数：602　更新时间：2025-3-5⟧</div>
<div align="center">⟦a [ 字号：大 中 小 ]⟧</div>
<p align="center">棠教基〔2025〕9号</p>
{BODY}
</td></tr></table>
<table width="1000" align="center"><tr><td>⟦l 上一篇文章：2025年春季学期开学工作检查情况通报⟧</td></tr><tr><td>⟦l 下一篇文章：关于做好近视防控宣传月工作的通知⟧</td></tr></table>
<table width="1000" align="center"><tr><td>⟦m 棠邑县教育局　技术支持：棠邑网络公司⟧</td></tr></table>
</body></html>
""",
        body="""
各中小学校：
为深入开展劳动教育，经与县环卫所协商，决定在全县中小学生中开展“我是城市小美容师”劳动实践活动。
一、活动时间：3月至6月，每月第二个周六上午。
二、活动内容：在环卫工人的指导下，参与街道清扫、垃圾分类宣传、公共设施擦洗等劳动。
三、各学校要做好安全教育，每次活动须有教师带队。
附件：1.活动报名汇总表
2.安全责任告知书
棠邑县教育局
2025年3月5日
""",
    ),
    dict(
        slug="intranet-xiyou-notice-oil-unload",
        site="汐油能源内网 (invented)",
        style="企业内网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://portal.xiyou-energy.local/notice/2025/1107",
        title="关于进一步规范加油站卸油作业的通知",
        record_title="关于进一步规范加油站卸油作业的通知",
        record_date="2025-11-07",
        date="2025-11-07",
        notes="intranet text; read-receipt chrome; numbered list; 抄送 版记; meta line between paragraphs",
        page="""
!m 汐油能源门户 > 通知公告 > 安全管理
!m 当前用户：汐口三站 站长 邝明　｜　未读公文 2 件
{T}
!m 发文部门：安全数质部　发文日期：2025-11-07　阅读人数：88
{BODY}
!a 〔确认已阅〕〔下载正文〕〔打印〕
!d 本系统仅限公司内部使用，严禁截屏外传。
""",
        body="""
各加油站：
近期，个别站点存在卸油作业时无人监护、静电接地不规范等问题。为杜绝安全隐患，现通知如下：
1.卸油作业必须双人在场，一人操作、一人监护，全程不得离岗。
2.油罐车到站后须静置15分钟，连接静电接地夹后方可开始卸油。
!m 【本通知已推送至各站站长手机端】
3.卸油期间暂停该罐对应油枪的加油作业。
抄送：公司领导，各片区经理。
""",
    ),
    dict(
        slug="qa-zhihu-like-abattoir-question",
        site="知行问答 (invented)",
        style="问答社区",
        genre="说明",
        kind="answer",
        form="html",
        source="https://www.zhixingwenda.com/question/71823301/answer/2203",
        title="私人开办生猪屠宰场需要办理哪些手续",
        record_title="私人开办生猪屠宰场需要办理哪些手续？ - 知行问答",
        title_also=["私人开办生猪屠宰场需要办理哪些手续？"],
        date=None,
        notes="Q&A answer page; vote/comment bars; list of procedures kept; no date",
        page="""
<html><head><meta charset="utf-8"><title>私人开办生猪屠宰场需要办理哪些手续？ - 知行问答</title></head>
<body>
<div class="top">⟦m 知行问答⟧ ⟦a 写回答⟧ ⟦a 登录/注册⟧</div>
<h1>⟦t 私人开办生猪屠宰场需要办理哪些手续？⟧</h1>
<div class="q">⟦m 关注者 214 · 被浏览 38,002⟧</div>
<div class="author">⟦m 畜牧老周 · 县农业农村局退休干部⟧</div>
<div class="ans">
{BODY}
</div>
<div class="act">⟦l 赞同 356⟧ ⟦l 39 条评论⟧ ⟦a 分享⟧ ⟦a 收藏⟧ ⟦l 喜欢⟧</div>
<div class="side">⟦l 相关问题：屠宰场环评要多久？ · 定点屠宰证好办吗？⟧</div>
<div class="ft">⟦m © 2025 知行问答　京ICP证170013号⟧</div>
</body></html>
""",
        body="""
先说结论：生猪屠宰实行定点屠宰制度，个人不能随意开办，必须取得定点屠宰证。大致流程如下：
1.向县级农业农村部门咨询本地是否有设置规划，规划外一般不予审批；
2.办理土地、规划、环评手续；
3.向设区的市级人民政府申请定点屠宰证书和标志牌；
4.取得动物防疫条件合格证后才能投产。
建议先到当地农业农村局问清楚再投钱，别先建厂后办证。
""",
    ),
    dict(
        slug="collection-fanshi-speech-teahouse-anniv",
        site="范氏文稿 (invented)",
        style="个人文集",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://fanshi-wengao.example.net/juan2/07.htm",
        title="在城南老茶馆开业三十周年座谈会上的致辞",
        record_title="卷二·七　在城南老茶馆开业三十周年座谈会上的致辞",
        date="2024-10-08",
        notes="personal collection; volume nav; date under the title (Chinese numerals); speaker role line neutral",
        page="""
!m 范氏文稿　·　卷二　致辞与讲话
!l 〈 前一篇　　目录　　后一篇 〉
{T}
原县政协文史委主任　范守成
二〇二四年十月八日
{BODY}
!m 本篇录入：范家小女　校对：二〇二五年春
!d 文稿版权归作者家属所有。
""",
        indent="\u3000\u3000",
        body="""
各位茶友、各位老朋友：
三十年前，老茶馆开张那天，我就坐在靠窗那张桌子边上。那时候一碗茶两毛钱，现在涨到了十块，可茶的味道，人的情分，一点没变。
茶馆是个小地方，却装着一座县城的烟火气。谁家娶媳妇、谁家孩子考上大学，茶馆里最先知道。
祝愿老茶馆再开三十年，也祝愿在座各位身体健康，常来喝茶！
""",
    ),
    dict(
        slug="dangjian-chunyuan-summary-highway-branch",
        site="椿原交通党建 (invented)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://dj.cyjtj.gov.cn/zbjs/2025/0106/221.html",
        title="县公路养护中心党支部2024年党建工作总结",
        record_title="县公路养护中心党支部2024年党建工作总结",
        date="2025-01-06",
        notes="Party-building text page; title repeated twice; share bar glued after a 。; date under signature",
        page="""
!m 椿原交通党建网 — 路通人和 党旗飘扬
!m 首页 >> 支部建设 >> 工作总结
{T}
!m 文章来源：县公路养护中心　作者：党支部　更新时间：2025/1/6
!t 县公路养护中心党支部2024年党建工作总结
{BODY}
!l ↑返回顶部　｜　分享：微信 微博
!m 主办：中共椿原县交通运输局党组　技术维护：椿原信息中心
""",
        body="""
2024年，县公路养护中心党支部坚持把党建工作与养护生产深度融合，各项工作取得新进展。
一、组织建设方面，按期完成支部换届，全年发展党员2名，转正预备党员1名。⟦l 【分享到朋友圈】⟧
二、党建品牌方面，打造“路畅先锋”品牌，设立党员责任路段8段共126公里。
三、作用发挥方面，在7月强降雨期间，党员突击队连续奋战48小时抢通水毁路段3处。
四、存在不足：党员教育方式较为单一，一线班组学习时间难保证。
中共椿原县公路养护中心支部委员会
2025年1月6日
""",
    ),
    dict(
        slug="hospital-junzhou-no2-health-tips",
        site="筠州市第二人民医院 (invented)",
        style="医院官网",
        genre="科普",
        kind="article",
        form="html",
        source="https://www.jzsdermyy.com/jkkp/2025/0720/1993.html",
        title="夏季灭蚊，家庭这样做",
        record_title="夏季灭蚊，家庭这样做_健康科普_筠州市第二人民医院",
        date="2025-07-20",
        notes="hospital modern template; appointment chrome; 关注/扫码 as content; byline date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>夏季灭蚊，家庭这样做_健康科普_筠州市第二人民医院</title></head>
<body>
<div class="topbar">⟦m 筠州市第二人民医院⟧ ⟦m 三级综合医院⟧ ⟦a 预约挂号⟧ ⟦a 报告查询⟧</div>
<nav>⟦m 医院概况⟧ ⟦m 科室导航⟧ ⟦m 专家介绍⟧ ⟦m 健康科普⟧ ⟦m 招聘信息⟧</nav>
<div class="crumbs">⟦m 首页 / 健康科普⟧</div>
<article><h1>{T}</h1>
<p class="info">⟦m 作者：感染性疾病科 蒋雯　发布日期：2025-07-20　阅读：1450⟧</p>
{BODY}
</article>
<aside>⟦l 科普推荐⟧<ul><li>⟦l 登革热的早期症状⟧</li><li>⟦l 被蚊子咬后怎么办⟧</li></ul></aside>
<footer>⟦m 地址：筠州市东湖路100号　总机：0798-3339000⟧<br>⟦m 赣ICP备10003312号⟧</footer>
</body></html>
""",
        body="""
夏季是蚊虫活跃的季节，蚊子不仅扰人休息，还可能传播登革热等疾病。家庭灭蚊可以从以下几点做起：
1.翻盆倒罐，清除积水。花盆托盘、废旧轮胎、水桶等容器要每周清理一次。
2.安装纱门纱窗，睡觉时使用蚊帐。
3.合理使用蚊香、驱蚊液，注意通风，儿童使用驱蚊产品要选择适合年龄的配方。
如出现发热、头痛、皮疹等症状，请及时就医并主动告知医生近期被蚊虫叮咬情况。更多防蚊知识，可关注本院健康科普栏目。
""",
    ),
    dict(
        slug="univ-junzhou-normal-notice-bike-parking",
        site="筠州师范学院 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://hqc.jznu.edu.cn/info/1055/3316.htm",
        title="关于校园非机动车集中清理的通知",
        record_title=None,
        date="2025-09-01",
        notes="university logistics office; missing record title; byline 发布时间 date; contact line kept",
        page="""
!m 筠州师范学院后勤管理处
!m 首页 | 部门概况 | 服务指南 | 通知公告 | 下载中心
{T}
!m 发布时间：2025-09-01　作者：物业科　点击：[1210]
{BODY}
!a 【关闭】
!m 版权所有：筠州师范学院后勤管理处　地址：筠州市师院路1号
""",
        body="""
全校师生：
为改善校园环境，后勤管理处将于9月8日至9月19日对校园内长期停放的“僵尸车”进行集中清理。
请车主于9月7日前将车辆移至指定停车区域，并在车上粘贴本人联系方式。清理车辆将暂存于北区车棚，存放期限一个月。
联系人：物业科 葛老师，电话：0798-3106251。
""",
    ),
    dict(
        slug="localforum-tanwan-bus-stop-discussion",
        site="檀湾生活网 (invented)",
        style="地方论坛",
        genre="公告",
        kind="notice",
        form="html",
        source="http://www.tanwanlife.com/thread-90218-1-1.html",
        title="关于调整城区5路、9路公交线路的公告",
        record_title="[公交] 关于调整城区5路、9路公交线路的公告",
        date="2025-10-16",
        notes="Discuz-like local forum with jammer fonts; route table rows; date under signature",
        page="""
<html><head><meta charset="gbk"><title>[公交] 关于调整城区5路、9路公交线路的公告 - 檀湾生活网</title></head>
<body>
<div id="hd">⟦m 檀湾生活网⟧ <a>⟦a 登录⟧</a> <a>⟦a 立即注册⟧</a> <a>⟦a 找回密码⟧</a></div>
<div id="pt">⟦m 檀湾生活网 › 出行交通 › 查看内容⟧</div>
<div id="postlist">
<div class="authi">⟦m 檀湾公交小编 发表于 2025-10-17 09:15⟧ ⟦l 只看该作者⟧</div>
<h1>⟦t [公交] 关于调整城区5路、9路公交线路的公告⟧</h1>
<div class="t_f">
{BODY}
</div>
<div class="po">⟦l 回复⟧ ⟦l 支持 15⟧ ⟦l 反对 2⟧</div>
<div class="reply">⟦l 沙发 #2 东门的老谭：9路改了以后我家门口没站了⟧</div>
</div>
<div id="ft">⟦m Powered by Discuz! X3.5　檀湾生活网 桂ICP备11000826号⟧</div>
</body></html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=1),
        body="""
广大乘客：
因檀湾大桥维修封闭，自2025年10月20日起，城区5路、9路公交线路临时调整如下：
线路　调整内容
5路　改经滨江路，取消大桥东、大桥西两站
9路　改经建设路，增设建设路口站
大桥恢复通行后，两条线路恢复原走向。给您出行带来不便，敬请谅解。
檀湾远通公交有限公司
2025年10月16日
""",
    ),
    dict(
        slug="download-wenzhan-form-gas-station-check",
        site="文站下载 (invented)",
        style="资料下载站",
        genre="表格",
        kind="form",
        form="text",
        source="http://www.wenzhanxz.com/down/73105.html",
        title="加油站每日安全检查记录表（填写说明）",
        record_title="加油站每日安全检查记录表（填写说明）.xls",
        title_in="file-name",
        date=None,
        notes="download station text; file-info chrome; template placeholders kept; no date",
        page="""
!m 文站下载 — 办公资料免费下
!m 所在位置：首页 > 表格模板 > 安全生产
!m 软件大小：28KB　软件语言：简体中文　更新：2024-06-02　下载：3.2万
!a 点击下载：本地下载　高速下载（需安装下载器）
!t 加油站每日安全检查记录表（填写说明）.xls
{BODY}
!l 同类推荐：加油站交接班记录　油罐测量记录表　消防器材检查表
!d 本站不保证资源的完整性，下载后请用杀毒软件检查。
""",
        body="""
一、本表由当班班长每日开站前和闭站后各填写一次。
二、检查项目包括：加油机、油罐人孔井、静电接地、消防器材、配电室等。
三、填写示例：检查时间____年__月__日__时；检查人：________；发现问题及处理情况：________。
四、本表保存期限不少于一年，供上级部门检查。
""",
    ),
]

"""holdout146, part F: hand-written blind cases (invented sites, counties, people and chrome)."""

CASES = [
    dict(
        slug="snapshot-kuaizhao-airport-clearance-notice",
        site="快照搜 (invented)",
        style="搜索快照",
        genre="通告",
        kind="notice",
        form="text",
        source="http://kz.kuaizhaosou.example.com/snap?url=www.qiongan.example.gov.cn/art/2025/4/2/art_1290_66173.html",
        title="关于加强琼岸机场净空保护区域管理的通告",
        record_title="关于加强琼岸机场净空保护区域管理的通告 - 快照搜",
        date="2025-04-02",
        notes="text-only search cache: a cache banner with time, a highlight legend and the original URL; the cached portal's own chrome; the 举报电话 of the notice kept",
        page="""
!d 快照搜提示：您看到的是本页面于 2025-04-19 03:26 的缓存，原网页可能已更新。
!m 原始地址：www.qiongan.example.gov.cn/art/2025/4/2/art_1290_66173.html
!m 以下关键词已高亮：机场　净空　风筝
!m 琼岸区人民政府　>　公告公示
{T}
!m 日期：2025-04-02　来源：区交通运输局　浏览：[ 2871 ]
{BODY}
!a 【打印】【关闭】
!m 琼岸区人民政府办公室主办
""",
        body="""
为保障琼岸机场飞行安全，根据《民用机场管理条例》等规定，现就机场净空保护区域管理有关事项通告如下：
一、在机场净空保护区域内，禁止放飞影响飞行安全的风筝、无人驾驶自由气球和孔明灯。
二、未经批准，禁止在净空保护区域内操控无人机飞行。
三、禁止在净空保护区域内焚烧产生大量烟雾的农作物秸秆、垃圾等物质。
四、对违反本通告的行为，由有关部门依法处理；构成犯罪的，依法追究刑事责任。
举报电话：0898-6531110
琼岸区人民政府
2025年4月2日
""",
    ),
    dict(
        slug="print-xiyan-graduate-leaving-procedures-html",
        site="西岩师范学院学生处 (invented)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="html",
        source="https://xsc.xiyan-tc.example.edu.cn/print.jsp?wbnewsid=4418",
        title="关于办理2025届毕业生离校手续的通知",
        record_title="〔打印稿〕关于办理2025届毕业生离校手续的通知",
        date="2025-06-09",
        notes="print view page: print/close buttons, a print footer with page count; a procedure table kept; the document tells graduates to 扫码 and 下载 (kept)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〔打印稿〕关于办理2025届毕业生离校手续的通知</title>
<style>@media print{.noprint{display:none}}</style></head>
<body>
<div class="noprint">⟦a 打印本文⟧ ⟦a 关闭本页⟧</div>
<div class="hd">⟦m 西岩师范学院学生处⟧</div>
<h2>{T}</h2>
<div class="inf">⟦m 时间：2025-06-09　点击：5106次⟧</div>
{BODY}
<div class="pf">⟦m — 第1页 共1页 —⟧</div>
</body></html>
""",
        body="""
各二级学院：
2025届毕业生离校手续办理工作即将开始，现将有关事项通知如下：
一、办理时间：2025年6月20日至6月27日。
二、办理流程：
环节　办理部门　办理方式
图书归还　图书馆　线上核验
宿舍退宿　后勤处　现场办理
学费结清　财务处　线上核验
档案转递　学生处　现场确认
三、毕业生须登录学校“离校系统”或扫码进入小程序查询各环节办理进度，全部环节通过后下载电子离校单。
学生处联系电话：0817-2619031
学生处
2025年6月9日
""",
    ),
    dict(
        slug="mail-fwd-canteen-meal-card-switch",
        site="机关事务邮件转发 (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mailto:bgs@hengshui-jg.example.cn?id=0612-2031",
        title="关于机关食堂就餐卡更换为电子饭卡的通知",
        record_title="转发：关于机关食堂就餐卡更换为电子饭卡的通知",
        date="2025-06-10",
        notes="forwarded mail chain: two header blocks, the forwarder's line, the mail's own 附件 header beside the document's 附件 line; document date expected, send date also accepted",
        date_also=["2025-06-12"],
        page="""
!m 发件人：局办公室 王晓 <bgs@hengshui-jg.example.cn>
!m 日期：2025年6月12日 20:31
!m 收件人：全体干部职工
!m 主题：转发：关于机关食堂就餐卡更换为电子饭卡的通知
!l 请大家按时办理，过期实体卡将无法使用。
!m -------- 原始邮件 --------
!m 发件人：机关后勤服务中心
!m 发送时间：2025年6月10日 16:02
{BODY}
!m 附件：电子饭卡开通操作指南.pdf (1.2MB)
!d 本邮件及其附件含有内部信息，仅限收件人使用
""",
        body="""
各单位：
为方便干部职工就餐，机关食堂将于2025年7月1日起启用电子饭卡，原实体就餐卡同时停止使用。现将有关事项通知如下：
一、开通方式：干部职工通过政务办公平台“食堂服务”模块实名开通电子饭卡。
二、余额转移：实体卡余额将于6月30日自动转入电子饭卡，无需本人办理。
三、实体卡回收：请于6月25日前将实体卡交回本单位办公室统一退还押金。
附件：电子饭卡开通操作指南
联系人：韦志刚，电话：0318-2107145
机关后勤服务中心
2025年6月10日
""",
    ),
    dict(
        slug="gov-baishui-live-poultry-closure-oldtable-html",
        site="白沔县人民政府 (invented)",
        style="政府门户",
        genre="通告",
        kind="notice",
        form="html",
        source="http://www.baishui.example.gov.cn/News_View.asp?NewsID=18830",
        title="关于城区农贸市场活禽交易休市的通告",
        record_title="关于城区农贸市场活禽交易休市的通告",
        date="2025-01-20",
        notes="old ASP table layout: marquee, visitor counter, a [字体 大 中 小] row and a 【关闭窗口】 link; a 文号 neutral",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>白沔县人民政府--信息公开</title></head>
<body topmargin="0">
<table width="980" border="0" align="center"><tr><td>⟦m 白沔县人民政府　www.baishui.example.gov.cn⟧</td></tr></table>
<table width="980" align="center"><tr><td><marquee>⟦l 热烈祝贺白沔县成功创建省级卫生县城！⟧</marquee></td></tr></table>
<table width="980" align="center"><tr><td>⟦m 网站首页 | 政务公开 | 公告通知 | 办事服务 | 领导信箱⟧</td></tr></table>
<table width="980" align="center">
<tr><td align="center"><font size="4"><b>{T}</b></font></td></tr>
<tr><td align="center">⟦m 文章来源：县市场监管局　更新时间：2025-1-20 15:22:08　点击数：1644⟧</td></tr>
<tr><td align="center">⟦a [字体：大 中 小]⟧</td></tr>
<tr><td align="center">白市监通〔2025〕2号</td></tr>
<tr><td>
{BODY}
</td></tr>
<tr><td align="right">⟦a 【关闭窗口】⟧</td></tr>
</table>
<table width="980" align="center"><tr><td>⟦m 您是本站第 3028817 位访客⟧</td></tr><tr><td>⟦m 白沔县人民政府办公室　版权所有　陕ICP备06003318号⟧</td></tr></table>
</body></html>
""",
        p_html="<p>　　{}</p>",
        body="""
为防控人感染禽流感疫情，保障人民群众身体健康，经县人民政府同意，决定对城区农贸市场活禽交易实行季节性休市。现通告如下：
一、休市时间：2025年1月25日至3月31日。
二、休市范围：城区所有农贸市场及周边流动摊点的活禽交易和宰杀。
三、休市期间，市场开办者应对活禽经营区域进行彻底清洗消毒。
四、市民可选购经检验检疫合格的冰鲜禽产品，不要从非正规渠道购买活禽。
白沔县市场监督管理局
2025年1月20日
""",
    ),
    dict(
        slug="fanwen-haowen-summary-comprehensive-governance-pages",
        site="好文范文网 (invented)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.haowenfw.example.com/zongjie/2024/1229/60218.html",
        title="2024年乡镇综治中心工作总结",
        record_title="2024年乡镇综治中心工作总结范文（精选）",
        date="2024-12-28",
        notes="范文 text cut by a converter's markers «n» glued or on own lines; a writing-service prompt between paragraphs; date under the signature",
        pages=dict(fmt="«{n}»", every=90, start=2, glue="mix"),
        page="""
!m 好文范文网 www.haowenfw.example.com
!m 当前位置：首页 > 工作总结 > 乡镇工作总结
{T}
!m 更新时间：2024-12-29　来源：网友投稿　人气：3301
!a 复制本文　|　Word下载　|　收藏本页
{BODY}
!w 材料写不出来？专业团队代写各类公文，联系微信 hw_wenmi66
!l 下一篇：2024年乡镇信访工作总结
!d 本站范文仅供参考学习，禁止整篇照搬
""",
        body="""
2024年，镇综治中心在镇党委、政府的领导下，以矛盾纠纷“一站式”化解为抓手，全镇社会大局保持和谐稳定。
一、整合力量，实体化运行综治中心。中心整合司法所、派出所、信访办等力量集中办公，全年接待群众来访412人次。
⟦w 需要本文完整Word版请加客服QQ：2290617713⟧
二、排查化解矛盾纠纷。全年排查矛盾纠纷286起，化解279起，化解率97.6%，未发生民转刑案件。
三、深化网格化管理。全镇划分网格48个，配备专职网格员48名，网格员全年上报各类事件1320件。
四、明年工作打算。进一步完善中心运行机制，推动矛盾纠纷化解向村一级延伸。
镇综治中心
2024年12月28日
""",
    ),
    dict(
        slug="wenku-minghu-debrief-health-centre-director-wrapped-pages",
        site="明湖文库 (invented)",
        style="文库预览",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://www.minghuwk.example.com/p-904418.html",
        title="社区卫生服务中心主任2024年度述职报告",
        record_title=None,
        date="2025-01-06",
        notes="文库 preview hard-wrapped at 60 columns and cut by ▍n▍ markers between lines; title missing (found on the page); paywall prompt; date in Chinese numerals",
        wrap=60,
        pages=dict(fmt="▍{n}▍", every=110, start=2),
        page="""
!m 明湖文库 · 专业文档分享平台
{T}
!m 文档页数：5　阅读：1216　下载：37
!a 加入文件夹　|　分享　|　举报
{BODY}
!a 试读结束，付费 3.00 元下载完整文档
!d 文档来源于用户上传，明湖文库只提供存储空间
""",
        body="""
一年来，在街道党工委和区卫健局的领导下，我带领中心全体职工，围绕基本医疗和基本公共卫生服务两大任务，较好地完成了全年各项工作。现将履职情况报告如下。
一、抓基本医疗，提升服务能力。全年门急诊量达到9.6万人次，同比增长12%；新开设中医馆和康复理疗室，家庭医生签约服务覆盖2.3万人。
二、抓公共卫生，筑牢健康防线。全年建立居民健康档案4.1万份，老年人健康体检完成率78%，高血压、糖尿病患者规范管理率均超过70%。
三、抓队伍建设，激发内生动力。引进全科医生3名，选派5名医护人员到三级医院进修，改革绩效分配办法，向临床一线倾斜。
四、存在的不足。中心业务用房紧张，信息化水平有待提高。今后我将以更高标准要求自己，推动中心各项工作再上新台阶。
述职人：钟宁
二〇二五年一月六日
""",
    ),
    dict(
        slug="news-tianfeng-pumped-storage-station",
        site="天峰网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.tianfeng.example.cn/jingji/2025-05/30/content_881733.htm",
        title="天峰抽水蓄能电站首台机组投产发电",
        record_title="天峰抽水蓄能电站首台机组投产发电_天峰网",
        date="2025-05-30",
        notes="news text: a video prompt, a 'related' list between paragraphs, a reporter line, an app download prompt at the bottom; byline date",
        page="""
!m 天峰网 — 天峰第一新闻门户
!m 首页 > 经济 > 正文
{T}
!m 2025-05-30 19:48:02　天峰网　记者 骆鸣　通讯员 邓珊
!a ▶ 点击观看视频报道
{BODY}
!l 相关新闻：天峰风光储一体化项目开工
!a 下载“天峰新闻”客户端，随时随地看新闻
!m 天峰网违法和不良信息举报电话：0743-8213000
""",
        body="""
5月30日18时，天峰抽水蓄能电站首台30万千瓦机组顺利完成试运行，正式投产发电。
天峰抽水蓄能电站总装机容量120万千瓦，安装4台30万千瓦可逆式水泵水轮发电机组，总投资约78亿元。
⟦l 延伸阅读：抽水蓄能电站是如何“充电”“放电”的？⟧
电站全部投产后，每年可消纳富余电量约20亿千瓦时，对保障电网安全稳定运行、促进新能源消纳具有重要作用。
据了解，电站其余3台机组将于年内陆续投产。
""",
    ),
    dict(
        slug="wechat-mirror-harvest-festival-plan",
        site="微读吧 (invented)",
        style="公众号镜像",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.weiduba.example.net/mp/2025/09/05/7731.html",
        title="2025年“中国农民丰收节”庆祝活动方案",
        record_title="重磅！2025年“中国农民丰收节”庆祝活动方案来了",
        date="2025-09-05",
        notes="WeChat mirror text: clickbait record title (decorated); account line with 原创 and location; a 'share to moments' bar; a sentence of the plan about 关注/直播 kept",
        page="""
!m 微读吧 — 好文章值得被收藏
!t 重磅！2025年“中国农民丰收节”庆祝活动方案来了
!m 原创　禾川农业农村　2025年09月05日 20:15　江西
!a 👆点击上方“禾川农业农村”关注我们
{T}
{BODY}
!l 分享　收藏　👍 88　在看 21
!m 往期推荐：秋粮收购政策解读 | 农机补贴申领指南
!d 文章来源于公众号，如有侵权请联系删除
""",
        body="""
为庆祝第八个“中国农民丰收节”，展示乡村振兴成果，县农业农村局决定于9月23日在禾川镇举办丰收节庆祝活动。
一、活动主题：庆丰收　促和美。
二、主要内容：
（一）农民趣味运动会：设置挑担接力、稻田拔河、摸鱼比赛等项目。
（二）农产品展销：组织全县50家新型农业经营主体参展。
（三）丰收晚会：由各乡镇推荐节目，展示农民群众的精神风貌。
三、宣传报道：活动全程进行网络直播，请广大群众关注县融媒体中心视频号观看。
禾川县农业农村局
2025年9月5日
""",
    ),
    dict(
        slug="qa-zhidaole-annual-report-filing",
        site="知道了问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.zhidaole.example.com/question/5502176",
        title="个体工商户年报怎么填报？截止时间是什么时候？",
        record_title=None,
        date=None,
        notes="Q&A text: title missing, the question on the page; a top answer with steps; 'was this helpful' votes; a paid-agency ad; no date",
        page="""
!m 知道了问答　›　法律法规　›　工商税务
{T}
!m 3个回答　·　1.1万次浏览　·　提问于 2024年
!m 采纳答案　|　工商服务站小樊
{BODY}
!l 👍 有帮助 412　　👎 没帮助 7
!w 年报代办、异常移出，一站式服务，咨询 188-0319-4627
!l 其他回答（2）展开 ∨
""",
        body="""
个体工商户年报每年1月1日至6月30日填报，报送的是上一年度的信息。填报步骤如下：
1. 登录国家企业信用信息公示系统，选择所在省份。
2. 选择“个体户年报”，用经营者姓名和统一社会信用代码登录，或使用手机验证码登录。
3. 按提示填写经营状态、从业人数、资产状况等信息，核对无误后提交。
4. 提交后可以在系统中查询年报公示情况。
逾期未报的，会被标记为经营异常状态，补报后可以申请恢复正常。
""",
    ),
    dict(
        slug="forum-chexiang-self-drive-club-wrapped",
        site="车乡论坛 (invented)",
        style="论坛",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://www.chexiangbbs.example.com/thread-553102-1-1.html",
        title="致自驾游车友的安全文明出行倡议书",
        record_title="【车友会倡议】致自驾游车友的安全文明出行倡议书 - 自驾游板块 - 车乡论坛",
        date="2025-04-28",
        notes="forum post hard-wrapped at 62 columns; a poster signature line and reply floors; the club's own 救援电话 kept",
        wrap=62,
        page="""
!m 车乡论坛 · 汽车生活第一社区
!m 车乡论坛 » 自驾游板块 » 查看主题
{T}
!m 楼主：沁园车友会会长老甘　发表于 2025-04-28 21:00
{BODY}
!m ------------------------
!m 沁园车友会 · 有路就有我们
!l 沙发　跑山小王子　支持，五一出发的车友都看看！
!a 高级回复 | 快速回复 | 返回列表
""",
        body="""
各位车友：
“五一”假期即将到来，自驾出游的车友会越来越多。为倡导安全、文明、环保的自驾游风尚，沁园车友会向广大车友发出如下倡议：
一、出发前对车辆进行全面检查，确保轮胎、刹车、灯光状况良好。
二、严格遵守交通法规，不超速、不疲劳驾驶，坚决不酒后驾车。
三、车队行驶保持安全车距，通过山区弯道时不并排、不超车。
四、文明旅游，不在景区乱扔垃圾，不在禁止区域露营烧烤。
车友会五一期间设应急救援电话：0356-2279110，遇到困难请随时联系。
沁园车友会
2025年4月28日
""",
    ),
    dict(
        slug="edu-qinyang-fitness-test-notice",
        site="沁岚区教育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://edu.qinyangqu.example.gov.cn/art/2025/10/9/art_330_19022.html",
        title="关于做好2025年学生体质健康测试数据上报工作的通知",
        record_title="关于做好2025年学生体质健康测试数据上报工作的通知 - 沁岚区教育局",
        date="2025-10-09",
        notes="education text: a metadata block (索引号/发文机关/成文日期) as meta; test items table kept; the document's 下载 of a template kept; contact line kept",
        page="""
!m 沁岚区教育局
!m 首页 ＞ 政务公开 ＞ 通知公告
!m 索引号：QYJY-2025-01187　发文机关：区教育局　成文日期：2025-10-09
{T}
!a 【我要纠错】【打印】【关闭】
{BODY}
!l 相关链接：国家学生体质健康标准　|　学生体质健康网
!m 沁岚区教育局版权所有　浙ICP备10201773号
""",
        body="""
各中小学：
根据《国家学生体质健康标准》要求，现就做好2025年学生体质健康测试数据上报工作通知如下。
一、测试项目：
学段　必测项目　选测项目
小学　身高体重、肺活量、50米跑、坐位体前屈、一分钟跳绳　仰卧起坐
初中　身高体重、肺活量、50米跑、立定跳远、耐力跑　引体向上
二、上报时间：各校须在11月30日前完成测试，12月10日前完成数据上报。
三、上报要求：各校从区教育局网站下载数据导入模板，按模板格式整理后上报，严禁弄虚作假。
联系人：庹建平，电话：0578-6130227
沁岚区教育局
2025年10月9日
""",
    ),
    dict(
        slug="blog-muxiang-amateur-woodworking-html",
        site="木香小屋 (invented)",
        style="博客",
        genre="心得体会",
        kind="insight",
        form="html",
        source="https://muxiangxiaowu.blog.example.org/2024/08/first-stool.html",
        title="业余木工入门半年：从一张小板凳开始",
        record_title="业余木工入门半年：从一张小板凳开始 | 木香小屋",
        date="2024-08-25",
        notes="personal blog: post date in a meta line, categories and tags, a subscribe box, an archive list; the writer's own advice about 下载 drawings kept",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>业余木工入门半年：从一张小板凳开始 | 木香小屋</title></head>
<body>
<header><h1 class="site">⟦m 木香小屋⟧</h1><p>⟦m 一个上班族的周末木工坊⟧</p></header>
<article>
<h2>{T}</h2>
<p class="meta">⟦m 发表于 2024年8月25日　·　分类：木工日记　·　12 条评论⟧</p>
{BODY}
<p class="tags">⟦l 标签：木工 榫卯 周末手作⟧</p>
</article>
<aside><div>⟦l 订阅更新：输入邮箱，新文章发布时通知你⟧</div><div>⟦l 归档：2024年8月 · 2024年7月 · 2024年5月⟧</div></aside>
<footer>⟦d © 2024 木香小屋 · 文字与图片未经允许请勿转载⟧</footer>
</body></html>
""",
        body="""
今年春天，我在小区楼下的车库里搭了一个小小的木工角，半年过去，做了一张小板凳、一个置物架和两块砧板。
第一张小板凳做了整整三个周末。因为不会画线，榫头和卯眼总是对不上，最后只好用木楔子补救。
后来我学会了几件事：先在网上下载成熟的图纸照着做，不要一上来就自己设计；工具宁可少买，但凿子和手锯要买好的；每一步都要先量两次再下锯。
最重要的是安全。用电动工具一定戴护目镜，头发和袖口要收好。
做木工让我慢了下来。看着一块粗糙的木板变成家里用得上的东西，这种满足感是工作里很少有的。
""",
    ),
    dict(
        slug="dangjian-yuzhou-migrant-members-notice-html",
        site="渝岭先锋 (invented)",
        style="党建网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.yuzhouxf.example.cn/tzgg/20250226/5581.html",
        title="关于开展2025年流动党员集中排查和春季“返乡课堂”活动的通知",
        record_title="关于开展2025年流动党员集中排查和春季“返乡课堂”活动的通知-渝岭先锋",
        date="2025-02-26",
        notes="Party-building portal: a 学习积分 strip, a 'join the online Party school' button and a red QR box; the document asks members to 扫码 join an online branch (kept); 抄送 kept",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于开展2025年流动党员集中排查和春季“返乡课堂”活动的通知-渝岭先锋</title></head>
<body>
<div class="top">⟦m 渝岭先锋　中共渝岭区委组织部主办⟧</div>
<div class="nav">⟦m 首页　组工动态　党员之家　人才工作　通知公告⟧</div>
<div class="strip">⟦a 今日学习积分：0／30　去学习 ›⟧</div>
<div class="loc">⟦m 首页 ＞ 通知公告⟧</div>
<h1>{T}</h1>
<div class="src">⟦m 来源：组织二科　发布：2025-02-26　阅读：3127⟧</div>
<div class="cont">
{BODY}
</div>
<div class="qr">⟦a 扫码关注“渝岭先锋”微信公众号⟧</div>
<div class="btn">⟦a 进入网上党校 ›⟧</div>
<div class="ft">⟦m 中共渝岭区委组织部　地址：渝岭区人民路1号　电话：023-7120031⟧</div>
</body></html>
""",
        body="""
各镇（街道）党（工）委，区级各部门党组织：
为加强流动党员教育管理，利用春节前后流动党员返乡的有利时机，区委组织部决定开展2025年流动党员集中排查和春季“返乡课堂”活动。
一、集中排查。各村（社区）党组织要逐一摸清流动党员的外出地点、从业情况和联系方式，建立工作台账，3月15日前报送。
二、返乡课堂。各镇（街道）要组织返乡流动党员集中学习一次，开展一次座谈交流，听取一次意见建议。
三、线上管理。对长期在外的流动党员，组织其扫码加入“渝岭流动党员在线支部”，按时参加线上组织生活。
中共渝岭区委组织部
2025年2月26日
抄送：区委办公室。
""",
    ),
]

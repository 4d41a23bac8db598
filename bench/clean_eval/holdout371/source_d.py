"""holdout371, part D: county forums, download stations, personnel-exam sites, tender portals, law firms.

Invented text throughout (see ../README.md and ../build.py for the markup).
"""

CASES = [
    dict(
        slug="localforum-baochuan-post-rice-cup-market-jammer",
        site="褒川在线 (invented county forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.baochuanzx.com/thread-318852-1-1.html",
        title="滋口菜市场散米按“筒”卖，一筒到底多少斤？",
        record_title="[菜篮子] 滋口菜市场散米按“筒”卖，一筒到底多少斤？ - 滋口人家 - 褒川在线",
        date=None,
        notes="county forum: weather line, medals, jammer fonts in the post, a decoration ad with a QQ, a forward-to-bureau "
        "link and an official reply; relative times are no dates",
        page="""
<html><head><meta charset="gbk"><title>[菜篮子] 滋口菜市场散米按“筒”卖，一筒到底多少斤？ - 滋口人家 - 褒川在线</title>
<style>.jammer{display:none}</style><script>var tid=318852;</script></head>
<body>
<div class="bc-tq">⟦m 褒川今日　多云转晴 14～23℃　空气质量：优⟧</div>
<div class="bc-hd">⟦m 褒川在线⟧ ⟦m 褒川人自己的网上家园⟧ <a>⟦a 快捷登录⟧</a> <a>⟦a 加入褒川在线⟧</a></div>
<div class="bc-pt">⟦m 褒川在线 › 乡镇版块 › 滋口人家⟧</div>
<table><tr><td class="pls">
<p>⟦m 滋口老街坊⟧</p><p>⟦m 勋章：十年坛龄 热心市民⟧</p><p>⟦m 主题 52　回帖 1311⟧</p></td>
<td class="plc">
<h1>⟦t [菜篮子] 滋口菜市场散米按“筒”卖，一筒到底多少斤？⟧</h1>
<p class="authi">⟦m 发表于 昨天 07:52　｜　查看 6402　回复 87⟧</p>
<div class="t_f">
{BODY}
</div>
<p class="zhuanjiao">⟦a ➤ 此帖已由版主转交县市场监管局，点击查看办理进度⟧</p>
<p class="reply-gov">⟦l 官方回复：滋口市场监管所已安排执法人员到菜市场核查（3 小时前）⟧</p>
<p class="ad">⟦w 滋口匠心装饰，老房翻新免费上门量房，QQ 3105266488⟧</p>
</td></tr></table>
<div class="bc-reply">⟦l 2楼 米饭要吃饱：我也被坑过，现在只去超市买袋装的⟧</div>
<div class="bc-reply">⟦l 3楼 管理员小褒：已联系市场管理方，稍后回复大家⟧</div>
<div class="bc-ft">⟦m 褒川在线 baochuanzx.com　陕ICP备12007126号　举报邮箱：jubao@baochuanzx.com⟧</div>
</body></html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=2),
        body="""
住在滋口二十多年，今天头一回较真。早上去菜市场买散装大米，摊主不用秤，拿一个塑料量米器舀，说一筒五块，一筒就是两斤。
我回家用厨房秤一称，一筒才一斤六两多。又去另一家买了一筒对比，是一斤九两。同样是“一筒”，差了将近三两。
问了摊主，说量米器是批发市场统一拿的，哪家都一样，米粒大小不同分量就不同，不是故意少给。可买东西讲的是明码实价，散米论筒卖，本身就说不清楚。
想问问懂行的坛友：菜市场卖散米能不能只用量米器不用秤？这种情况该找哪个部门反映？
希望市场管理方能给每个摊位配上电子秤，大家买得明白，摊主也省得挨骂。
""",
    ),
    dict(
        slug="localforum-heling-post-yogurt-cups-sorting-junk",
        site="赫岭论坛 (invented county forum, text)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="http://bbs.helingren.com/t/552103",
        title="小区垃圾分类，酸奶杯到底扔哪个桶？",
        record_title=None,
        date=None,
        notes="no title in the record: the thread subject on the page; anti-scraping junk as lines and glued after 。; "
        "relative times are no dates",
        page="""
!m 赫岭论坛 › 生活杂谈 › 邻里之间
!m [求助]
{T}
!m 楼主：晴天晒被子　｜　4 天前　｜　阅读 1288　｜　回复 33
{BODY}
!a 支持(12)　反对(0)　｜　分享到朋友圈
!l 沙发 街道小陈：我们小区也是这么要求的，冲一下就行
!l 板凳 豆豆爸：用洗碗水涮杯子这个办法好
!a 回帖请遵守赫岭论坛版规，文明发言
!m 赫岭论坛 helingren.com　鄂ICP备16024417号
""",
        junk=dict(lines=2, glued=2),
        body="""
我们小区上个月开始垃圾定时定点投放，督导员大姐很认真，每袋都要翻一翻。今天我扔了一袋酸奶杯，被拦下来了，说没洗干净的酸奶杯算其他垃圾，洗干净的才算可回收物。
我有点懵。家里孩子一天两杯酸奶，每只杯子都要冲一遍吗？冲杯子用的水算不算浪费？
后来查了县里发的分类指南，上面写着：酸奶杯、饮料瓶等塑料容器，倒空、冲净后投放可回收物；残留较多、无法清洗的，投放其他垃圾。
看来督导员说得没错。现在我的办法是喝完顺手用洗碗剩下的水涮一下，倒扣晾干，攒一袋再扔，也不费事。
大家小区是怎么要求的？
""",
    ),
    dict(
        slug="download-jiuzhou-rules-egg-separator-cleaning-gb2312",
        site="久洲资料站 (invented download station, old gb2312 table layout)",
        style="资料下载站",
        genre="制度",
        kind="other",
        form="html",
        source="http://www.jiuzhouzl.com/soft/zhidu/20251103/48126.html",
        title="蛋品加工车间蛋清分离器清洗消毒制度",
        record_title="蛋品加工车间蛋清分离器清洗消毒制度.doc",
        date=None,
        notes="file-name record title; gb2312 download page with a file-info table, three mirror links, an unzip password "
        "and a dead-link report; rules with 第N条 articles and no date; update stamps are no dates",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>蛋品加工车间蛋清分离器清洗消毒制度.doc - 久洲资料站</title>
<script language="javascript" src="/js/ad_float.js"></script>
</head>
<body>
<table width="950" align="center"><tr>
<td>⟦m 久洲资料站⟧ ⟦m 文档模板一站下齐⟧</td>
<td align="right"><a href="#">⟦a 站内搜索⟧</a>　<a href="#">⟦a 会员中心⟧</a></td></tr>
<tr><td colspan="2">⟦m 当前位置：久洲资料站 → 规章制度 → 生产管理⟧</td></tr></table>
<table width="950" align="center" border="1" bordercolor="#cccccc">
<tr><td colspan="2"><b>⟦t 蛋品加工车间蛋清分离器清洗消毒制度.doc⟧</b></td></tr>
<tr><td>⟦m 资料大小：28 KB⟧</td><td>⟦m 资料格式：DOC⟧</td></tr>
<tr><td>⟦m 更新时间：2025-11-03⟧</td><td>⟦m 授权方式：免费资料⟧</td></tr>
<tr><td>⟦m 运行环境：WPS/Office⟧</td><td>⟦m 下载次数：本周 37 次⟧</td></tr>
</table>
<table width="950" align="center"><tr><td>
<p><b>⟦m 资料简介：⟧</b></p>
<p align="center"><b>{T}</b></p>
{BODY}
<p>⟦a 下载地址一：电信高速下载⟧</p>
<p>⟦a 下载地址二：联通高速下载⟧</p>
<p>⟦a 下载地址三：备用网盘下载⟧</p>
<p>⟦a 解压密码：www.jiuzhouzl.com⟧</p>
<p>⟦a 下载不了？点此报告死链⟧</p>
<p>⟦l 同类资料：蛋品车间人员卫生管理制度.doc　液蛋杀菌岗位操作规程.doc⟧</p>
</td></tr></table>
<table width="950" align="center"><tr><td align="center">
⟦d 本站资料来源于网络收集，仅供学习研究，请下载后24小时内删除。⟧<br>
⟦m 久洲资料站 Copyright 2012-2025　冀ICP备12034785号⟧
</td></tr></table>
</body>
</html>
""",
        body="""
第一条　为防止蛋液微生物污染，保证液蛋产品质量安全，根据食品生产卫生规范要求，结合本车间实际，制定本制度。
第二条　本制度适用于打蛋分离间使用的机械蛋清分离器、手工蛋清分离器及配套接液盘。
第三条　蛋清分离器每班生产前用82℃以上热水冲洗不少于3分钟，每班生产结束后拆卸清洗。
第四条　拆卸清洗按“预冲、碱洗、清水冲洗、消毒、晾干”顺序进行，碱洗液浓度和温度由质检员每班检测记录。
第五条　连续生产超过4小时的，应中途停机清洗一次。
第六条　清洗消毒后的分离器应放在专用不锈钢架上，不得落地存放，不得与生蛋壳接触。
第七条　操作人员须如实填写清洗消毒记录表，记录保存不少于两年。
第八条　本制度自印发之日起执行。
""",
    ),
    dict(
        slug="download-wendaoku-plan-cheese-tasting-wps",
        site="文道库 (invented download station, text)",
        style="资料下载站",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.wendaoku.cn/down/fangan/99217.html",
        title="第三届诸阳乳品文化节奶酪品鉴活动方案",
        record_title="第三届诸阳乳品文化节奶酪品鉴活动方案.wps",
        date="2025-08-15",
        notes="file-name record title (.wps); download station as text: file info, three download links and a points "
        "prompt; the plan's 成文日期 under the signature",
        page="""
!m 文道库 · 免费文档下载
!m 位置：首页 » 活动方案 » 节庆活动
!t 第三届诸阳乳品文化节奶酪品鉴活动方案.wps
!m 文件类型：WPS文字　｜　大小：35.6KB　｜　添加于 5 天前　｜　人气：742
{BODY}
!a ▼ 本地下载　　▼ 高速下载（需登录）　　▼ 百度网盘下载
!a 下载本文档需要1个文道币，新用户注册即送10个
!l 推荐下载：美食节活动策划方案.doc ｜ 农产品展销会安全保障方案.wps
!d 所有资料均来自网友上传，仅供交流学习，如有侵犯您的权益，请联系本站删除。
""",
        body="""
一、活动时间和地点
2025年9月20日至21日，诸阳市掖湖区会展中心2号馆。
二、活动内容
（一）奶酪品鉴区。设软质、半硬质、硬质三个品鉴台，每台配备专用奶酪刀和砧板，由乳企技术人员现场切分，每份不超过10克。
（二）切奶酪小课堂。每天上午、下午各一场，讲解不同奶酪刀的用法和切法，观众可在指导下试切。
（三）本地乳企展示区。邀请市内8家乳企展示新品。
三、安全保障
品鉴台奶酪刀一律用安全刀座固定摆放，试切环节由工作人员一对一看护，未成年人不得单独使用刀具。现场设医疗点一处。
四、职责分工
市乳品行业协会负责活动组织和参展企业邀请，会展中心负责场地和安保，市市场监管局负责食品安全指导。
诸阳市乳品行业协会
2025年8月15日
""",
    ),
    dict(
        slug="exam-baochuan-notice-cook-skills-test-seasoning",
        site="褒川县人事考试网 (invented personnel-exam site)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://rsks.baochuan.gov.cn/ksgg/2025/1031/742.html",
        title="褒川县机关事务服务中心2025年公开招聘厨师技能测试公告",
        record_title="褒川县机关事务服务中心2025年公开招聘厨师技能测试公告_考试公告_褒川县人事考试网",
        date="2025-10-30",
        date_also=["2025-10-31"],
        notes="personnel-exam site: maintenance banner, admission-ticket float; exam timetable; 下载并打印准考证 is "
        "content; the notice's 咨询电话 beside the site's technical line",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>褒川县机关事务服务中心2025年公开招聘厨师技能测试公告_考试公告_褒川县人事考试网</title>
<script src="/static/float.js"></script></head>
<body>
<div class="ks-notice">⟦d 【系统维护】报名系统将于11月2日0:00—6:00暂停服务，请考生合理安排时间。⟧</div>
<div class="ks-head">⟦m 褒川县人事考试网⟧ ⟦m 公平　公正　诚信⟧</div>
<div class="ks-nav">⟦m 网站首页　考试公告　报名入口　成绩查询　政策法规　考生服务⟧</div>
<div class="ks-loc">⟦m 首页 ▶ 考试公告 ▶ 事业单位招聘⟧</div>
<h2>{T}</h2>
<div class="ks-info">⟦m 信息来源：县人社局　发布时间：2025-10-31 11:20　浏览：3,905⟧</div>
<div class="ks-body">
{BODY}
</div>
<div class="ks-float">⟦a 准考证打印入口（11月5日开放）⟧</div>
<div class="ks-foot">⟦m 主办：褒川县人力资源和社会保障局⟧ ⟦m 系统技术支持：0916-8213900⟧ ⟦m 陕ICP备10018230号-3⟧</div>
</body></html>
""",
        body="""
根据《褒川县机关事务服务中心2025年公开招聘厨师公告》，现将技能测试有关事项公告如下。
一、测试时间和地点
测试于2025年11月8日在县机关第一食堂后厨进行，具体安排如下：
场次　时间　考生范围
第一场　8:30—10:30　准考证号0001—0020
第二场　14:00—16:00　准考证号0021—0038
二、测试内容
测试分为刀工、调味和成菜三项。调味项目中，考生须在规定时间内按配方用调味罐和限量勺完成三种复合调味汁的调配，考官按用量误差和口味评分。
三、有关要求
1.考生请于11月5日至7日登录县人事考试网下载并打印准考证。
2.考生须携带准考证和身份证提前30分钟到达，自备工作服和厨师帽，刀具、调味罐等用具由考点统一提供。
咨询电话：0916-8213376（工作日）
褒川县人力资源和社会保障局
2025年10月30日
""",
    ),
    dict(
        slug="exam-zhuyang-notice-grain-inspector-practical",
        site="诸阳人事考试信息网 (invented, text)",
        style="人事考试网",
        genre="考生须知",
        kind="notice",
        form="text",
        source="http://www.zyrsks.cn/jnjd/20250605/3310.html",
        title="2025年粮油质量检验员职业技能等级认定实操考试考生须知",
        record_title="（考务专栏·实操类）2025年粮油质量检验员职业技能等级认定实操考试考生须知",
        date="2025-06-03",
        notes="exam site as text; candidates' rules numbered 一至五 with the centre's 成文日期; an exam-info scroller "
        "and a service account line around the body",
        page="""
!m 诸阳人事考试信息网
!m ◆ 考试动态滚动：2025年度二级建造师考试成绩已发布　◆ 下半年事业单位招聘报名即将开始
!m 当前位置：首页 ＞ 职业技能鉴定 ＞ 考务通知
!t （考务专栏·实操类）2025年粮油质量检验员职业技能等级认定实操考试考生须知
!m 发布者：鉴定中心　　浏览次数：1174
{BODY}
!a 〖打印本页〗〖关闭本页〗
!m 考试咨询服务号：“诸阳人事考试”（工作日9:00—17:00人工回复）
!m 诸阳市人事考试中心　版权所有
""",
        indent="\u3000\u3000",
        body="""
一、考生须于考前20分钟凭准考证和身份证入场，迟到15分钟以上不得入场。
二、实操考试包括扦样、容重测定和不完善粒检验三个项目，考试用具由考点提供，考生不得自带量具。
三、容重测定项目使用标准量筒和量米器，考生须按规程完成装样、刮平、称量，每份样品测定两次，结果取平均值。
四、考试过程中，考生应爱惜仪器，因操作不当损坏量具的，按考场规定处理。
五、考试结束后，考生须将量具清理干净、放回原位，经考务人员检查后方可离开。
诸阳市职业技能鉴定指导中心
2025年6月3日
""",
    ),
    dict(
        slug="tender-heling-result-yogurt-cups-lots",
        site="赫岭县公共资源交易网 (invented tender portal)",
        style="招投标网",
        genre="中标公告",
        kind="notice",
        form="html",
        source="https://ggzy.heling.gov.cn/jyxx/zfcg/zbgg/20250825/88214.html",
        title="赫岭县教育后勤服务中心学生营养餐酸奶杯采购项目中标结果公告",
        record_title="〖采购结果·营养餐〗赫岭县教育后勤服务中心学生营养餐酸奶杯采购项目中标结果公告 - 赫岭县公共资源交易网",
        date="2025-08-22",
        date_also=["2025-08-25"],
        notes="tender portal: a publicity countdown, an attachment link, CA and trading-system lines beside the purchaser's "
        "and agency's own contacts; a bid-lot table",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〖采购结果·营养餐〗赫岭县教育后勤服务中心学生营养餐酸奶杯采购项目中标结果公告 - 赫岭县公共资源交易网</title>
<script>var noticeId=88214;</script></head>
<body>
<div class="gg-top">⟦m 赫岭县公共资源交易网⟧ <a>⟦a 主体库登录⟧</a> <a>⟦a 电子保函⟧</a></div>
<div class="gg-nav">⟦m 首页　交易信息　政策法规　办事指南　诚信体系⟧</div>
<div class="gg-pos">⟦m 交易信息 › 政府采购 › 中标公告⟧</div>
<h1>{T}</h1>
<div class="gg-meta">⟦m 信息时间：2025-08-25　阅读次数：517⟧ ⟦m 公示倒计时：0天18时06分⟧</div>
<div class="gg-text">
{BODY}
</div>
<div class="gg-att">⟦a 附件：中标通知书（盖章扫描件）.pdf⟧</div>
<div class="gg-help"><p>⟦m CA数字证书办理：400-827-6515⟧</p><p>⟦m 电子交易系统技术支持：0716-3321888⟧</p></div>
<div class="gg-foot">⟦m 赫岭县公共资源交易中心　地址：赫岭县政务服务中心四楼⟧ ⟦m 鄂ICP备18019652号⟧</div>
</body></html>
""",
        body="""
一、项目编号：HLZC-2025-0318
二、项目名称：赫岭县教育后勤服务中心学生营养餐酸奶杯采购项目
三、中标信息
包号　采购内容　中标供应商　中标金额（元）
第1包　100毫升聚丙烯酸奶杯（带盖）　诸阳市掖湖区洁源包装有限公司　186400.00
第2包　可重复使用不锈钢酸奶杯　赫岭县晨光厨具经营部　73250.00
四、评审专家名单：闫启明、范书妍、涂海、龚晓东、戴文澜
五、公告期限：自本公告发布之日起1个工作日。
六、联系方式
采购人：赫岭县教育后勤服务中心　联系人：包先生　电话：0716-3329105
代理机构：诸阳正远招标咨询有限公司　联系人：聂女士　电话：0728-8807761
赫岭县教育后勤服务中心
诸阳正远招标咨询有限公司
2025年8月22日
""",
    ),
    dict(
        slug="tender-zhuyang-inquiry-cheese-knives-school",
        site="诸阳市政府采购网 (invented, text)",
        style="招投标网",
        genre="询价公告",
        kind="notice",
        form="text",
        source="http://zfcg.zhuyang.gov.cn/xjgg/2025/1010/44017.html",
        title="诸阳市第二职业高级中学西餐实训室刀具询价采购公告",
        record_title="诸阳市第二职业高级中学西餐实训室刀具询价采购公告（小额询价·货物）",
        date="2025-10-10",
        notes="inquiry as text with an items table; downloading the inquiry file is content; the school's own contact "
        "beside the platform's CA line",
        page="""
!m 诸阳市政府采购网
!m 采购公告 > 询价公告
!t 诸阳市第二职业高级中学西餐实训室刀具询价采购公告（小额询价·货物）
!m 发布日期：2025-10-10　　采购方式：询价　　项目编号：ZYCG-XJ-2025-217
{BODY}
!a 【我要报价】【收藏项目】【打印公告】
!m 平台CA锁办理及报价系统咨询：0728-8600365
!m 诸阳市财政局主办　诸阳市政府采购中心承办
""",
        body="""
诸阳市第二职业高级中学西餐实训室刀具采购项目采用询价方式采购，欢迎符合条件的供应商参加报价。
一、采购内容
序号　品名　规格　数量
1　软质奶酪刀　带孔刀面，刀长13厘米　40把
2　硬质奶酪刀　双叉头，刀长12厘米　40把
3　奶酪刨刀　不锈钢，可调厚度　20把
4　奶酪砧板　榉木，30×20厘米　20块
二、报价要求：报价含运输、安装和税费，供应商须在本网下载询价文件后按格式填写报价单。
三、报价截止时间：2025年10月17日17:00。
四、联系人：总务处　韦老师　电话：0728-8619024
诸阳市第二职业高级中学
2025年10月10日
""",
    ),
    dict(
        slug="lawfirm-hengping-answer-egg-separator-injury",
        site="诸阳衡平律师事务所 (invented law firm site)",
        style="律所网站",
        genre="法律问答",
        kind="other",
        form="html",
        source="https://www.hengpinglaw.cn/ask/3327.html",
        title="网购的蛋清分离器划伤手，能向谁索赔？",
        record_title="律答 · 网购的蛋清分离器划伤手，能向谁索赔？ — 诸阳衡平律师事务所",
        date=None,
        notes="law firm: lawyer card, consult float, a 400 line and a repost notice; an answer with no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>律答 · 网购的蛋清分离器划伤手，能向谁索赔？ — 诸阳衡平律师事务所</title>
<script src="/static/consult-float.js"></script></head>
<body>
<div class="hp-top">⟦m 诸阳衡平律师事务所⟧ ⟦m 衡以持正　平以服人⟧ ⟦m 全国咨询：400-6619-312⟧</div>
<div class="hp-nav">⟦m 首页　律所简介　专业领域　律师团队　律答　联系我们⟧</div>
<div class="hp-pos">⟦m 首页 / 律答 / 消费维权⟧</div>
<h1>{T}</h1>
<div class="hp-card">⟦m 解答律师：冉乐　专业方向：消费者权益、产品责任⟧</div>
<div class="hp-ans">
{BODY}
</div>
<div class="hp-tip">⟦d 本所律答内容可转载，转载请注明出处并保留原文链接。⟧</div>
<div class="hp-float">⟦w 遇到类似问题？点此一对一免费咨询冉律师⟧</div>
<div class="hp-rel"><h3>⟦l 同类律答⟧</h3><p>⟦l 电热水壶漏电受伤，商家只肯退货怎么办？⟧</p><p>⟦l 网购刀具伤人，平台要不要担责？⟧</p></div>
<div class="hp-foot">⟦m 地址：诸阳市掖湖区滨江路77号国贸大厦21层⟧ ⟦m 鄂ICP备19041553号⟧</div>
</body></html>
""",
        body="""
问：我在网上买了一只不锈钢蛋清分离器，第一次使用时边缘的毛刺把手指划了一道口子，缝了三针。商家说是我自己用法不对，只同意退货。我能要求赔偿医药费吗？
答：可以。根据民法典和产品质量法的规定，因产品存在缺陷造成他人损害的，被侵权人可以向产品的生产者请求赔偿，也可以向销售者请求赔偿。
蛋清分离器属于与手部直接接触的厨房用具，边缘有毛刺可以认定为存在不合理的危险。您需要做好三件事：一是保留分离器实物，不要打磨或丢弃；二是保存购买记录、聊天记录和医院的病历、票据；三是对毛刺部位拍照或录像。
协商不成的，可以向平台投诉，也可以向市场监管部门投诉或直接起诉。医药费、误工费等合理损失都可以主张。
""",
    ),
    dict(
        slug="lawfirm-hengzheng-letter-seasoning-jar-injury",
        site="褒川衡正律师事务所 (invented, text)",
        style="律所网站",
        genre="律师函",
        kind="letter",
        form="text",
        source="http://www.bchengzheng.com/wenshu/2025/0623/071.html",
        title="关于要求赔偿调味罐破裂致人受伤损失的律师函",
        record_title="衡正文书柜 ▹ 关于要求赔偿调味罐破裂致人受伤损失的律师函（已隐去部分信息）",
        date="2025-06-20",
        notes="a law firm's letter as text: the date in Chinese numerals under the signature; the lawyer's own phone "
        "beside the firm's consult line",
        page="""
!m 褒川衡正律师事务所　专业·务实·守信
!m 首页 ／ 文书示例 ／ 律师函
!t 衡正文书柜 ▹ 关于要求赔偿调味罐破裂致人受伤损失的律师函（已隐去部分信息）
!m 整理：衡正律所文书组　　阅读 208
{T}
{BODY}
!w 需要起草律师函？衡正律所法律咨询专线 0916-8262000，工作日全天接听
!l 更多文书示例：催告函　｜　解除合同通知函　｜　侵权警告函
!d 示例文书仅供参考，具体事务请委托执业律师办理。
""",
        indent="\u3000\u3000",
        body="""
褒川县鸿瓷日用品厂：
本所接受褒川县滋口镇“老滋味”饭馆经营者柴丽娟女士的委托，指派本所律师就贵厂生产的玻璃调味罐破裂致人受伤一事，向贵厂致函如下：
2025年6月3日，柴丽娟女士在店内使用贵厂生产的玻璃调味罐（批号BC250117）时，罐体在正常拧盖过程中突然破裂，致其右手掌被划伤，经诊治花费医疗费3126元，误工十余日。
经初步了解，同批次调味罐已有多名消费者反映罐壁薄厚不均。根据民法典第一千二百零二条的规定，贵厂作为生产者应当承担赔偿责任。
请贵厂自收到本函之日起十日内与本所律师联系，协商赔偿事宜。逾期未予回应的，委托人将依法提起诉讼。
联系律师：庞文祺　电话：0916-8262517
褒川衡正律师事务所
二〇二五年六月二十日
""",
    ),
]

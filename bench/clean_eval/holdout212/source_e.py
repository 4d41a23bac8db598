"""holdout212, part E: enterprise intranets, company sites, trade associations, tender
portals, residents' sites and a training school. Every page, place, person, firm, number
and URL is invented; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="oa-tieqing-minutes-rubber-dumbbell-odour",
        site="铁擎协同办公平台 (invented, a dumbbell maker's OA)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.tieqing-fit.com/doc/view.do?id=20240712003",
        title="包胶哑铃异味问题专题会议纪要",
        record_title="〔专题会纪要〕包胶哑铃异味问题专题会议纪要 - 铁擎协同办公平台",
        date="2024-07-11",
        date_also=["2024-07-12"],
        notes="OA document view: a 文号 line (neutral), the 时间/地点/主持/参会/记录 lines of minutes, a 流转记录 list, a read count and a 标记已阅 button; the meeting's 时间 line is the document's date, the issue date also accepted",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〔专题会纪要〕包胶哑铃异味问题专题会议纪要 - 铁擎协同办公平台</title>
<script src="/oa/js/oa-core.js"></script><script>var docId="20240712003";</script>
</head><body class="oa">
<div class="oa-head">⟦m 铁擎协同办公平台⟧ <span>⟦m 当前用户：质量部 俞可⟧</span> <a>⟦a 退出⟧</a></div>
<div class="oa-menu">⟦m 待办事项　已办事项　公文管理　会议管理　通讯录⟧</div>
<div class="oa-doc">
<div class="oa-doc-head"><h2>{T}</h2>
<p>铁擎纪〔2024〕14号</p>
<p>⟦m 拟稿：质量部　发文日期：2024-07-12　密级：内部⟧</p></div>
<div class="oa-doc-body">
{BODY}
</div>
<div class="oa-read">⟦m 已阅 23 人　未阅 4 人⟧ <button>⟦a 标记已阅⟧</button> <button>⟦a 转发⟧</button></div>
<div class="oa-flow"><h4>⟦l 流转记录⟧</h4>
<p>⟦l 2024-07-12 09:02 质量部 俞可 拟稿⟧</p>
<p>⟦l 2024-07-12 10:15 副总经理 戴文韬 审核通过⟧</p>
<p>⟦l 2024-07-12 10:40 总经理办公室 分发⟧</p></div>
</div>
<div class="oa-foot">⟦m 韬州铁擎健身器材有限公司　信息中心维护　内线 8006⟧</div>
</body></html>
""",
        body="""
时间：2024年7月11日14:30
地点：公司三楼第二会议室
主持：副总经理 戴文韬
参会：生产部、质量部、采购部、销售部负责人
记录：质量部 俞可
会议听取了质量部关于近期包胶哑铃客户投诉异味问题的汇报，经讨论，纪要如下：
一、原因初判。异味主要来自新批次再生橡胶原料，硫化后放置时间不足七十二小时即包装出厂。
二、整改措施。采购部即日起暂停该批原料采购，改用原供应商的原生胶；生产部将成品静置时间延长至一百二十小时；质量部增加出厂前气味抽检，每批抽检不少于五只。
三、客户处置。销售部对投诉客户逐一回访，对有异味的产品予以退换。
四、以上措施由质量部跟踪落实，7月底前向总经理办公室书面报告。
""",
    ),
    dict(
        slug="intranet-mingling-report-stamping-workshop-oneline",
        site="鸣铃厂内网 (invented, a bell factory's intranet, text export)",
        style="企业内网",
        genre="述职报告",
        kind="report",
        form="text",
        source="http://10.8.1.20/portal/hr/shuzhi/2024-127.html",
        title="冲压车间主任2024年度述职报告",
        record_title="[年度述职] 冲压车间主任2024年度述职报告 - 鸣铃厂内网",
        date="2024-12-27",
        notes="an intranet export with the whole body on one line (paragraphs apart only by their indent); a publisher line and a mark-as-read row; signature date",
        page="""
!m 韬州鸣铃自行车配件厂 · 内部门户
!m 人力资源 > 年度述职 > 中层干部
{T}
!m 发布人：人力资源部　阅读 87 人
{BODY}
!a 标为已读 | 转发给同事 | 导出
!m 仅限厂内网络访问　信息科 内线 2119
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
各位领导、同事们：
2024年，我主持冲压车间全面工作，主要负责铃盖、铃座的冲压生产。现将一年来的工作述职如下。
一是完成生产任务。全年冲压铃盖三百八十万只、铃座四百一十万只，完成年度计划的百分之一百零六。
二是抓好质量改进。针对铃盖边缘毛刺问题，组织班组改进模具刃口，毛刺不良率由百分之一点二降到百分之零点三。
三是守牢安全底线。全车间冲床全部加装光电保护装置，全年未发生工伤事故。
不足之处是新员工培训跟得不够紧，明年将推行“师带徒”，每名新员工配一名老师傅。
述职人：冲压车间 郁承志
2024年12月27日
""",
    ),
    dict(
        slug="company-rouhe-recall-yoga-mat-batches-record-date",
        site="柔禾瑜伽 (invented company site)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.rouhe-yoga.com/news/recall-20240902.html",
        title="关于召回部分批次TPE瑜伽垫的公告",
        record_title="【品牌公告】关于召回部分批次TPE瑜伽垫的公告｜柔禾 ROUHE",
        record_date="2024-09-02",
        date="2024-09-02",
        notes="company site: a cookie notice, a service float with a 400 order line beside the recall line in the body; a batch table, one row a paragraph; the record gives the date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>【品牌公告】关于召回部分批次TPE瑜伽垫的公告｜柔禾 ROUHE</title>
<script src="/assets/js/site.4a1c.js" defer></script>
</head><body>
<header><a class="logo">⟦m 柔禾 ROUHE⟧</a><nav>⟦m 产品中心　品牌故事　新闻资讯　门店查询　联系我们⟧</nav><a>⟦a 官方商城⟧</a></header>
<div class="crumb">⟦m 首页 / 新闻资讯 / 品牌公告⟧</div>
<article>
<h1>{T}</h1>
<p class="date">⟦m 2024.09.02　浏览 3,518⟧</p>
{BODY}
</article>
<div class="float-service"><p>⟦w 订购热线 400-881-6620⟧</p><p>⟦a 在线客服⟧</p><p>⟦a 返回顶部⟧</p></div>
<div class="cookie">⟦d 本网站使用 Cookie 改善您的浏览体验，继续浏览即表示同意⟧ <button>⟦a 我知道了⟧</button></div>
<footer><p>⟦m 韬州柔禾瑜伽用品有限公司　地址：韬州市弢城区坨湾工业园7号⟧</p><p>⟦m 湘ICP备20011907号-1⟧</p></footer>
</body></html>
""",
        body="""
尊敬的消费者：
经我公司自查，部分批次TPE瑜伽垫因原料混配比例偏差，可能在使用三个月后出现表面起粉、防滑性能下降的情况，存在练习时滑倒的风险。为保障消费者安全，我公司决定主动召回以下批次产品：
产品型号　颜色　生产批号
RH-TPE6　雾霾蓝　20240311、20240318
RH-TPE8　燕麦色　20240402
请购买上述批次产品的消费者停止使用，并拨打召回专线0730-8890566登记，我公司将免费更换新品或全额退款，往返运费由我公司承担。
由此给您带来的不便，我们深表歉意。
韬州柔禾瑜伽用品有限公司
2024年9月2日
""",
    ),
    dict(
        slug="company-dingling-brand-story-bell-forty-years",
        site="叮铃五金 (invented company site, text)",
        style="企业官网",
        genre="企业介绍",
        kind="other",
        form="text",
        source="https://www.dingling-hw.com/about/story.html",
        title="一只车铃的四十年",
        record_title="品牌故事 ╏一只车铃的四十年 - 叮铃五金",
        date=None,
        notes="a company's brand story (years only, no date); a wholesale WeChat line and a product-ad line between paragraphs",
        page="""
!m 叮铃五金 DINGLING　|　车铃专业制造四十年
!m 首页　关于我们　产品中心　外贸合作　联系我们
!t 品牌故事 ╏一只车铃的四十年
{BODY}
!w 批发合作：0730-8867002　微信 dingling_hw
!m 韬州叮铃五金制品有限公司　地址：殳溪县工业园纬三路9号
!m Copyright © 叮铃五金　湘ICP备13005590号
""",
        body="""
1984年，叮铃五金的前身——殳溪县五金社车铃组成立，十二名工人、三台手摇冲床，一年只能做两万只铁皮车铃。
九十年代，车铃组改制为韬州叮铃五金制品有限公司，第一次从外地请来模具师傅，开发出铝合金转铃，铃声传得更远，很快卖到了全国二十多个省份。
⟦m 新品推荐：复古黄铜迷你铃，点击了解⟧
2010年以后，骑行运动兴起，我们又开发了迷你铜铃、硅胶绑带铃等新品，年产量突破六百万只，其中三成出口东南亚和欧洲。
四十年来，我们始终坚持一只铃出厂前要人工试响三次。我们相信，车铃虽小，响在路口的每一声，都关系到骑行人和行人的安全。
""",
    ),
    dict(
        slug="assoc-taozhou-fitness-pledge-dumbbell-weight-labels",
        site="韬州市健身器材行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="http://www.tzjsqc.org.cn/xhdt/2024/0315/208.html",
        title="关于规范哑铃重量标识的倡议书",
        record_title="〖自律公约倡议〗关于规范哑铃重量标识的倡议书 - 韬州市健身器材行业协会",
        date="2024-03-15",
        notes="association site: a member-login row, a member hotline beside the secretariat's own phone in the body; the association's name is also the signature (matched as head)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>〖自律公约倡议〗关于规范哑铃重量标识的倡议书 - 韬州市健身器材行业协会</title>
<script src="/js/assoc.js"></script>
</head><body>
<div class="a-top">⟦a 会员单位登录 ｜ 入会须知 ｜ 会费缴纳⟧</div>
<div class="a-logo">⟦m 韬州市健身器材行业协会⟧</div>
<div class="a-nav">⟦m 协会简介　协会动态　行业资讯　标准规范　会员名录⟧</div>
<div class="a-crumb">⟦m 您的位置：首页 » 协会动态⟧</div>
<div class="a-art">
<h1>{T}</h1>
<div class="a-info">⟦m 发布：秘书处　更新：昨天　浏览：389⟧</div>
{BODY}
</div>
<div class="a-side"><h3>⟦l 协会通知⟧</h3><p>⟦l 关于缴纳2024年度会费的通知⟧</p><p>⟦l 健身器材安全标准宣贯会报名⟧</p></div>
<div class="a-foot"><p>⟦m 会员服务热线：0730-8812700⟧</p><p>⟦m 地址：韬州市弢城区镗岭路88号商会大厦5楼⟧</p><p>⟦m 湘ICP备19020087号⟧</p></div>
</body></html>
""",
        body="""
全市健身器材生产、销售企业：
近来，部分消费者反映购买的哑铃实际重量与标称重量不符，个别产品误差超过百分之十，既损害消费者权益，也影响我市健身器材行业的声誉。为此，协会向全体会员单位和同行企业倡议：
一、如实标注。哑铃须在铃头显著位置标明单只实际重量，误差控制在百分之三以内。
二、严格检验。出厂前逐批称重抽检，检验记录保存不少于两年。
三、诚信销售。网店和门店展示的重量参数必须与实物一致，不以“约”“左右”模糊标注。
四、接受监督。欢迎消费者和社会各界监督，问题线索可拨打协会秘书处电话0730-8812730反映。
韬州市健身器材行业协会
2024年3月15日
""",
    ),
    dict(
        slug="assoc-lishan-minutes-bell-group-standard-vote",
        site="犁山车商网 (invented, a cycle chamber's site)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://www.lishanchs.cn/shjy/2024/0621/77.html",
        title="犁山县自行车行业商会三届五次理事会会议纪要",
        record_title="[商会纪要] 犁山县自行车行业商会三届五次理事会会议纪要 - 犁山车商网",
        date="2024-06-20",
        notes="minutes with 时间/地点/主持/出席/列席/记录 lines and a vote count; the 时间 line gives the date; a join-the-chamber line between paragraphs",
        page="""
!m 犁山车商网 · 犁山县自行车行业商会
!m 首页 > 商会动态 > 会议纪要
{T}
!m 秘书处　发布于 前天
{BODY}
!a 〔下载纪要PDF〕〔分享〕
!l 往期纪要：三届四次理事会会议纪要　｜　2024年会员大会纪要
!m 商会秘书处电话：0745-5130918　邮箱：lscsh@163.com
""",
        body="""
时间：2024年6月20日上午9:00
地点：商会会议室
主持：会长 邵铭远
出席：理事15人（应到17人）
列席：监事长 狄青禾
记录：秘书处 温婷
会议审议了《自行车车铃团体标准（草案）》，秘书长介绍了起草过程和主要技术指标，与会理事进行了讨论。
⟦w 欢迎车行、配件企业加入商会，入会咨询请找秘书处⟧
会议表决：同意15票，反对0票，弃权0票，草案获得通过。
会议决定：一、团体标准报县市场监督管理局备案后发布实施；二、由秘书处组织会员企业开展标准宣贯，7月底前完成；三、下次理事会于9月中旬召开。
""",
    ),
    dict(
        slug="tender-shuxi-bid-result-vaulting-box-lots",
        site="殳溪县公共资源交易网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://ggzy.shuxi.gov.cn/jyxx/zfcg/zbjg/2024/0809/10281.html",
        title="殳溪县教育局2024年中小学体育器材采购项目中标结果公告",
        record_title="【中标揭晓】殳溪县教育局2024年中小学体育器材采购项目中标结果公告_殳溪县公共资源交易网",
        date="2024-08-09",
        notes="tender portal: a countdown, CA and trading-system lines beside the purchaser's and agency's own contacts; a lots table, one row a paragraph; numbered headings; date under the signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>【中标揭晓】殳溪县教育局2024年中小学体育器材采购项目中标结果公告_殳溪县公共资源交易网</title>
<script src="/js/ggzy.js"></script>
</head><body>
<div class="g-top">⟦m 殳溪县公共资源交易网⟧ <a>⟦a 交易主体登录⟧</a> <a>⟦a 注册⟧</a></div>
<div class="g-nav">⟦m 首页　交易信息　政策法规　办事指南　信用信息⟧</div>
<div class="g-crumb">⟦m 交易信息 › 政府采购 › 中标（成交）结果⟧</div>
<div class="g-art">
<h1>{T}</h1>
<div class="g-info">⟦m 信息来源：殳溪县公共资源交易中心　浏览次数：211⟧</div>
<div class="g-count">⟦m 距公示结束还有：0天18小时⟧</div>
{BODY}
</div>
<div class="g-side"><h3>⟦l 同类项目⟧</h3><p>⟦l 殳溪县第一中学课桌椅采购项目成交公告⟧</p></div>
<div class="g-foot"><p>⟦m CA数字证书办理：0745-6230990⟧</p><p>⟦m 交易系统技术支持：400-998-1235⟧</p><p>⟦m 湘ICP备20008771号⟧</p></div>
</body></html>
""",
        body="""
一、项目编号：SXCG-2024-0617
二、项目名称：殳溪县教育局2024年中小学体育器材采购项目
三、中标信息：
包号　采购内容　中标供应商　中标金额（元）
1　实木跳箱、踏跳板　韬州跃腾体育设施有限公司　286400
2　室外单杠、双杠　戟川县坚实体育器材厂　197800
四、公告期限：自本公告发布之日起1个工作日。
五、联系方式
采购人：殳溪县教育局　联系人：邹文博　电话：0745-6231082
代理机构：韬州中衡招标代理有限公司　联系人：费晨　电话：0730-8856342
殳溪县公共资源交易中心
2024年8月9日
""",
    ),
    dict(
        slug="tender-tangling-inquiry-yoga-mats-record-date",
        site="镗岭县政府采购网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.tlzfcg.gov.cn/xjgg/2024/0305/3318.html",
        title="镗岭县老年大学瑜伽垫及训练垫采购询价公告",
        record_title="〔小额询价〕镗岭县老年大学瑜伽垫及训练垫采购询价公告 - 镗岭县政府采购网",
        record_date="2024-03-05",
        date="2024-03-05",
        notes="inquiry notice: an items table, one row a paragraph; a sentence telling suppliers to 下载 the inquiry file; the purchaser's own contact beside the site's hotline; the record gives the date",
        page="""
!m 镗岭县政府采购网
!m 首页 » 采购公告 » 询价公告
{T}
!m 发布时间：2024-03-05　项目编号：TLXJ-2024-011
!a 〖附件：询价文件.doc〗〖打印〗
{BODY}
!m 政府采购咨询热线：0737-5520110
!l 上一条：镗岭县第二中学实验器材采购更正公告
!m 镗岭县财政局主办　湘ICP备07001359号
""",
        body="""
镗岭县老年大学就瑜伽垫及训练垫采购项目进行询价采购，欢迎符合条件的供应商参加。
一、采购内容：
品名　规格　数量
TPE瑜伽垫　183×61厘米，厚6毫米　120张
加厚训练垫　190×90厘米，厚5厘米　30张
二、预算金额：二万四千元。
三、报价截止时间：2024年3月12日17:00，逾期不予受理。
四、供应商请从本网站下载询价文件，按要求填写报价单并加盖公章，密封后送至老年大学办公室。
联系人：阮秋菊　电话：0737-5528315
镗岭县老年大学
2024年3月5日
""",
    ),
    dict(
        slug="community-chengnan-notice-pullup-bar-repair-duty-phone",
        site="塍南社区网 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.chengnansq.cn/gg/2024-07-22.html",
        title="关于小区健身区单杠维修期间暂停使用的通知",
        record_title="【塍南公告】关于小区健身区单杠维修期间暂停使用的通知 - 塍南社区网",
        date="2024-07-22",
        notes="residents' site: a weather line, a grid worker's box and a property repair line beside the community's own duty phone; signature date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>【塍南公告】关于小区健身区单杠维修期间暂停使用的通知 - 塍南社区网</title>
<script src="/js/sq.js"></script>
</head><body>
<div class="sq-top">⟦m 塍南社区网⟧ ⟦m 今天 晴 26～35℃⟧</div>
<div class="sq-nav">⟦m 首页　社区公告　办事指南　邻里互动　志愿服务⟧</div>
<div class="sq-art">
<h2>{T}</h2>
<p class="sq-meta">⟦m 社区居委会　阅读 905⟧</p>
{BODY}
</div>
<div class="sq-grid"><h4>⟦m 我的网格员⟧</h4><p>⟦m 第三网格　范晓雯　13807301166⟧</p></div>
<div class="sq-wy">⟦m 物业报修：0730-8809888（24小时）⟧</div>
<div class="sq-foot">⟦m 弢城区塍南社区居民委员会　湘ICP备22005516号⟧</div>
</body></html>
""",
        body="""
各位居民朋友：
近日，社区在巡查中发现塍南小区中心花园健身区两副单杠立柱底部锈蚀，存在安全隐患。为保障大家锻炼安全，社区已联系厂家维修，现将有关事项通知如下：
一、维修期间（7月23日至7月30日），健身区单杠暂停使用，已设置围挡和警示牌，请勿翻越进入。
二、其他健身器材可正常使用，请家长看护好孩子，不要在围挡附近玩耍。
三、维修完成后，社区将在本网站和楼栋公告栏另行通知。
如有疑问，请拨打社区值班电话0730-8809215。
塍南社区居民委员会
2024年7月22日
""",
    ),
    dict(
        slug="community-wanbei-yoga-class-signup-oneline-record-title",
        site="垸北社区服务站 (invented, text page)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.wanbeisq.cn/tz/2024/0905.html",
        title="垸北社区公益瑜伽课报名通知",
        date="2024-09-05",
        notes="record title as is; the whole body on one line; scan-to-sign-up and bring-your-own yoga mat as content; signature date",
        page="""
!m 垸北社区服务站 | 家门口的服务
{T}
!m 来源：社区居委会　阅读：466
{BODY}
!a 分享到邻里圈　｜　收藏
!m 垸北社区服务站　服务时间：周一至周六 8:30—17:30
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
各位居民：
为丰富居民业余生活，社区联合弢城区全民健身中心开设公益瑜伽课，现面向辖区居民招募学员。
一、上课时间：9月10日至11月26日，每周二晚上7:00—8:00，共十二次课。
二、上课地点：社区党群服务中心二楼活动室。
三、报名方式：扫描社区公告栏上的二维码报名，也可到社区服务站现场登记，名额三十个，报满即止。
四、学员请自带瑜伽垫和饮用水，穿着宽松运动服。
垸北社区居民委员会
2024年9月5日
""",
    ),
    dict(
        slug="school-yuetong-brochure-vaulting-winter-class",
        site="跃童少儿体操馆 (invented training school)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.yuetong-gym.cn/zhaosheng/hanjia-tiaoxiang.html",
        title="跃童少儿体操寒假跳箱提高班招生简章",
        record_title="跃童少儿体操寒假跳箱提高班招生简章 ✿ 限额招生 - 跃童体操馆",
        date=None,
        notes="training school: a promo banner, a consult float with a 400 franchise line beside the school's own 报名电话; a timetable, one row a paragraph; a brochure without a date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>跃童少儿体操寒假跳箱提高班招生简章 ✿ 限额招生 - 跃童体操馆</title>
<script src="/static/main.js"></script>
</head><body>
<div class="promo">⟦a 寒假早鸟价：1月10日前报名立减200元⟧</div>
<header>⟦m 跃童少儿体操馆⟧ ⟦m 让每个孩子都敢跳⟧ <nav>⟦m 首页　课程体系　师资团队　学员风采　校区地址⟧</nav></header>
<main>
<h1>{T}</h1>
<p class="meta">⟦m 招生办　浏览 2,906⟧</p>
{BODY}
</main>
<div class="float"><p>⟦a 免费预约体验课⟧</p><p>⟦w 全国加盟热线 400-696-1133⟧</p></div>
<footer>⟦m 跃童少儿体操馆 版权所有　湘ICP备21012077号⟧</footer>
</body></html>
""",
        body="""
一、招生对象：六至十二岁、已掌握前滚翻和直腿跳的儿童。
二、课程内容：踏跳板起跳、分腿腾越、屈腿腾越和安全落地，结业时能完成三层跳箱分腿腾越。
三、课程安排：
班次　上课日期　上课时间
A班　1月20日—1月31日　9:00—10:30
B班　1月20日—1月31日　15:00—16:30
四、收费标准：每人一千二百元，含保险费和结业证书。
五、安全保障：所有跳箱周围均铺设双层落地垫，每组配备两名持证教练保护。
报名电话：0730-8878612（馆内前台）
地址：韬州市弢城区镗岭路66号跃童体操馆
""",
    ),
]

"""holdout366, part D: intranets, company sites, trade associations, tender portals and training
schools. Invented text; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="oa-langping-minutes-edge-chipping-vote",
        site="朗屏光电协同办公平台 (invented intranet)",
        style="企业内网",
        genre="会议纪要",
        kind="other",
        form="html",
        source="http://oa.langping.example.com/seeyon/collaboration.do?method=summary&affairId=-71920388",
        title="钢化膜产品边缘崩边问题质量专题会议纪要",
        record_title="〔品质专题会·已分发〕钢化膜产品边缘崩边问题质量专题会议纪要 - 朗屏协同办公平台",
        date="2025-04-09",
        notes="an OA document view: drafting/approval line, 流转记录, read counts and archive/forward buttons; the minutes' "
        "时间/地点/主持/参会/记录 lines and a vote count; the date from the 时间 line",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>钢化膜产品边缘崩边问题质量专题会议纪要 - 朗屏协同办公平台</title>
<script src="/seeyon/common/js/oa-core.js"></script>
</head>
<body class="oa">
<div class="oa-top"><span>⟦m 朗屏光电协同办公平台⟧</span> <span>⟦m 当前用户：品质部 傅小棠⟧</span> <a>⟦a 安全退出⟧</a></div>
<div class="oa-menu">⟦m 待办事项⟧ ⟦m 公文管理⟧ ⟦m 会议纪要⟧ ⟦m 知识文档⟧ ⟦m 通讯录⟧</div>
<div class="oa-path">⟦m 公文管理 ＞ 会议纪要 ＞ 查看纪要⟧</div>
<div class="oa-doc">
<h2>⟦t 〔品质专题会·已分发〕钢化膜产品边缘崩边问题质量专题会议纪要⟧</h2>
<div class="oa-sign">⟦m 拟稿：傅小棠　审核：詹慕白　签发：卢正阳⟧</div>
<div class="oa-text">
{BODY}
</div>
<div class="oa-btn"><button>⟦a 归入部门档案⟧</button> <button>⟦a 转给他人阅⟧</button> <button>⟦a 我已阅知⟧</button></div>
<div class="oa-read">⟦m 已阅 43 人　未阅 3 人⟧</div>
<div class="oa-flow"><h4>⟦l 流转记录⟧</h4>
<p>⟦l 04-10 09:02 品质部 傅小棠 发起⟧</p>
<p>⟦l 04-10 11:15 总经理办公室 卢正阳 审核通过⟧</p>
<p>⟦l 04-10 14:00 分发至生产部、研发部、销售部⟧</p></div>
</div>
<div class="oa-foot">⟦m 朗屏光电科技有限公司信息部维护　IT服务分机：6010⟧</div>
</body>
</html>
""",
        body="""
时间：2025年4月9日14:30
地点：公司二号楼三楼会议室
主持：品质部经理　詹慕白
参会：生产部、品质部、研发部、销售部负责人及相关班组长共11人
记录：品质部　傅小棠
会议听取了品质部关于3月份钢化膜产品边缘崩边问题的情况通报。3月份客户退货中，边缘崩边占比达到37%，主要集中在2.5D弧边型号。
经讨论，会议议定如下事项：
一、生产部自4月15日起将磨边砂轮更换周期由每8000片缩短为每5000片，并增加一道边缘强光检测。
二、研发部在4月底前完成边缘离子强化工艺试验，提交试验报告。
三、销售部对已发货的3批次产品进行回访，必要时启动换货。
四、会议对是否暂停2.5D弧边型号接单进行表决，参会11人，同意暂停2人，不同意9人，决定继续接单，但须在订单中注明交期顺延5天。
""",
    ),
    dict(
        slug="oa-qidi-rules-equipment-issue-articles",
        site="启镝软件内部门户 (invented intranet, text view)",
        style="企业内网",
        genre="管理规定",
        kind="other",
        form="text",
        source="http://portal.qidi.example.com/zhidu/xingzheng/31.html",
        title="研发中心办公设备领用管理规定",
        date=None,
        notes="the record title as is; 第N条 articles; an intranet's confidentiality line and IT desk extension; a rule with only an effective clause",
        page="""
!m 启镝软件 · 内部门户
!m 内部门户 › 制度汇编 › 行政类
{T}
!m 发布部门：行政组　｜　生效状态：现行有效　｜　阅读 213 次
!a ［收藏这条制度］　［导出成PDF］
{BODY}
!m 本文件仅限公司内部查阅　密级：内部
!d 未经授权，禁止将内网页面截图外传。
!m IT服务台：分机 8008　｜　信息部值班手机 136 0739 8120
""",
        body="""
第一条　为规范研发中心办公设备的领用和管理，提高设备使用效率，制定本规定。
第二条　本规定所称办公设备，是指笔记本电脑、显示器、笔记本支架、外接键盘鼠标及扩展坞等。
第三条　新入职员工凭入职通知单到行政组领取笔记本电脑1台、笔记本支架1个、键盘鼠标1套，领用时须在设备台账上签字确认。
第四条　笔记本支架为低值易耗品，正常使用损坏的，可凭旧件以旧换新；人为损坏或遗失的，按购置价的50%赔偿。
第五条　员工离职或调岗时，应将所领设备交回行政组，经检查无误后方可办理离职手续。
第六条　本规定由行政组负责解释，自印发之日起执行。
""",
    ),
    dict(
        slug="brand-qingqing-news-folding-stand-cookie",
        site="轻擎科技官网 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.qingqing.example.com/news/2025/0520/fold2.html",
        title="轻擎推出铝合金折叠笔记本支架 重量仅二百八十克",
        record_title="【轻擎新品】轻擎推出铝合金折叠笔记本支架 重量仅二百八十克｜轻擎官网 · 品牌动态",
        record_date="2025-05-20",
        date="2025-05-20",
        notes="a company site: cookie notice, a 400 order line, a service float, product links; the record carries the date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【轻擎新品】轻擎推出铝合金折叠笔记本支架 重量仅二百八十克｜轻擎官网 · 品牌动态</title>
<script src="https://www.qingqing.example.com/assets/site.4f1c.js"></script>
</head>
<body>
<div class="cookie">⟦d 本站用Cookie改善您的浏览体验，继续浏览即视为同意⟧ <button>⟦a 知道了⟧</button></div>
<header><span class="brand">⟦m 轻擎 QINGQING⟧</span>
<nav>⟦m 产品中心⟧ ⟦m 品牌动态⟧ ⟦m 服务支持⟧ ⟦m 关于轻擎⟧</nav>
<span class="tel">⟦m 订购热线 400-820-6637⟧</span></header>
<div class="bread">⟦m 首页 / 品牌动态 / 新品发布⟧</div>
<article>
<h1>{T}</h1>
<p class="date">⟦m 2025-05-20　轻擎品牌部⟧</p>
{BODY}
</article>
<div class="prod"><h4>⟦l 相关产品⟧</h4><p>⟦l QX-Lift 3 铝合金升降支架⟧</p><p>⟦l QX-Desk 桌面收纳托盘⟧</p></div>
<div class="float-kf">⟦w 在线客服 9:00—21:00，点我咨询⟧</div>
<footer>⟦m © 2025 镠州市轻擎科技有限公司　湘ICP备2022031746号⟧</footer>
</body>
</html>
""",
        body="""
5月20日，轻擎科技正式发布新款铝合金折叠笔记本支架QX-Fold 2。新品采用航空级铝合金一体折叠结构，整机重量仅280克，折叠后厚度不到1厘米，可以直接放进电脑包的侧袋。
⟦m ▲ QX-Fold 2 折叠后与一支签字笔的厚度对比⟧
支架提供六档高度调节，最高可将屏幕抬升至17厘米，适配11至16英寸笔记本电脑，承重达到8千克。底部和托面均贴有硅胶防滑垫，避免刮伤桌面和机身。
轻擎产品负责人表示，团队在研发阶段走访了两百多位经常出差的用户，“轻、稳、好收”是大家提得最多的三个要求。
新品即日起在轻擎官方商城及各大电商平台同步发售，首发价129元。
""",
    ),
    dict(
        slug="brand-jingdun-recall-privacy-film-batches",
        site="晶盾科技官网 (invented, text view)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="text",
        source="https://www.jingdun.example.com/notice/recall-2025-08.html",
        title="晶盾科技关于召回部分批次防窥钢化膜的公告",
        record_title="晶盾科技关于召回部分批次防窥钢化膜的公告｜晶盾 JINGDUN 官方网站",
        date="2025-08-05",
        notes="a recall with a batches table, a sentence about scanning a code; the recall line in the body beside the site's 400 order line",
        page="""
!m 晶盾 JINGDUN　专注屏幕防护
!m 首页 / 新闻中心 / 公司公告
!t 晶盾科技关于召回部分批次防窥钢化膜的公告｜晶盾 JINGDUN 官方网站
!m 2025-08-05　｜　阅读 3,906
{BODY}
!m 订购热线：400-106-6000（只受理批发订购）
!a 返回公告列表 ↩
!d © 2025 晶盾（镠州）科技有限公司 版权所有　本站图片未经授权不得使用
""",
        body="""
尊敬的消费者：
我公司近期在质量回溯中发现，部分批次防窥钢化膜的防窥涂层附着力不足，使用一段时间后可能出现局部脱落，影响防窥效果和显示清晰度。为保障消费者权益，我公司决定主动召回以下批次产品：
产品型号　生产批次　数量
JD-PV61　20250312至20250320　8600片
JD-PV67　20250318至20250325　5200片
消费者可查看包装盒背面的批次号，或扫描盒内卡片上的二维码查询是否属于召回范围。属于召回范围的，可到原购买门店免费更换新品或办理退款，已贴装的由门店免费重新贴装。
召回咨询电话：400-106-5289（每日9:00—20:00）
晶盾（镠州）科技有限公司
2025年8月5日
""",
    ),
    dict(
        slug="association-liuzhou-pledge-film-prices-signature",
        site="镠州市通信终端配件行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="http://www.lzpjxh.example.org.cn/xhdt/2025/0318/214.html",
        title="手机钢化膜明码标价诚信经营倡议书",
        record_title="手机钢化膜明码标价诚信经营倡议书 · 会员单位请张贴 ｜ 镠州市通信终端配件行业协会",
        date="2025-03-15",
        date_also=["2025-03-18"],
        notes="an association site: member-login row and member hotline; the association's name in the header is also the signature "
        "(matched as head); the page's date differs from the 成文日期",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>手机钢化膜明码标价诚信经营倡议书 · 会员单位请张贴 ｜ 镠州市通信终端配件行业协会</title>
<script src="/js/xh.js"></script>
</head>
<body>
<div class="xh-top"><span class="name">⟦m 镠州市通信终端配件行业协会⟧</span>
<span class="login"><a>⟦a 会员单位登录⟧</a> <a>⟦a 申请加入协会⟧</a></span></div>
<div class="xh-nav">⟦m 协会首页⟧ ⟦m 协会动态⟧ ⟦m 行业自律⟧ ⟦m 会员风采⟧ ⟦m 联系我们⟧</div>
<div class="xh-pos">⟦m 当前位置：协会首页 ＞ 行业自律⟧</div>
<div class="xh-art">
<h1>{T}</h1>
<div class="xh-info">⟦m 发布：协会秘书处　日期：2025-03-18　阅读：455⟧</div>
{BODY}
</div>
<div class="xh-side"><h4>⟦l 协会通知⟧</h4><p>⟦l 关于开展2025年度会员信用评价的通知⟧</p><p>⟦l 第三届理事会第二次会议召开⟧</p></div>
<div class="xh-foot">
<p>⟦m 会员服务热线：0739-2288516　地址：镠州市铄湖区电子城B座9楼⟧</p>
<p>⟦m 协会网站备案号：湘ICP备17002364号⟧</p>
</div>
</body>
</html>
""",
        body="""
全市手机配件经营者：
近年来，我市部分车站、商圈周边出现贴膜先报低价、后以名目加价的现象，既损害消费者权益，也让整个行业背上了“坑人”的名声。值此“3·15”国际消费者权益日，镠州市通信终端配件行业协会向全市同行发出如下倡议：
一、明码标价。在经营场所醒目位置公示钢化膜品种、品牌和价格，贴膜前主动告知总价。
二、货真价实。不以普通膜冒充“防爆”“蓝宝石”等高价产品，不夸大宣传。⟦l 【关联阅读】本会《会员诚信经营公约》全文⟧
三、文明服务。不拉客、不围堵、不强买强卖，对顾客的质疑耐心解释。
四、互相监督。发现同行违规经营的，可向协会或市场监管部门反映。
让每一张膜都贴得明白、买得放心。
镠州市通信终端配件行业协会
2025年3月15日
""",
    ),
    dict(
        slug="association-furniture-minutes-stand-standard-vote",
        site="镠州市办公家具行业协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="other",
        form="text",
        source="http://www.lzbgjj.example.org.cn/bzh/2025/0620/58.html",
        title="笔记本支架团体标准起草工作组第二次会议纪要",
        record_title="〖标准化动态〗笔记本支架团体标准起草工作组第二次会议纪要_镠州市办公家具行业协会",
        date="2025-06-18",
        notes="an association's minutes as text: 时间/地点/主持/参会/记录 lines, numbered opinions and a vote count; an update stamp (no date); "
        "the date from the 时间 line",
        page="""
!m 镠州市办公家具行业协会
!m 首页 → 协会动态 → 标准化工作
!t 〖标准化动态〗笔记本支架团体标准起草工作组第二次会议纪要
!m 信息来源：秘书处　　更新时间：2025-06-20 16:05
{BODY}
!a 会员单位登录后可下载征求意见稿全文
!l 相关阅读：《办公椅》团体标准立项公告
!m 协会地址：镠州市铄湖区创业大道88号　电话：0739-2267301
""",
        body="""
时间：2025年6月18日上午
地点：协会会议室
主持：协会副秘书长　欧阳简
参会：起草工作组成员单位代表9人，特邀专家2人
记录：协会秘书处　裘晓
会议逐条讨论了《笔记本支架》团体标准征求意见稿，形成以下意见：
1. 将静态承重试验的加载质量由5千克调整为8千克，保持时间不少于24小时。
2. 增加“折叠耐久性”指标，要求折叠与展开循环不少于5000次后无松动、无断裂。
3. 可调节式产品应在说明书中标明推荐使用高度，引导用户将屏幕上沿调至与视线平齐。
会议就是否将“散热孔开孔率”列为强制性指标进行表决，应到9人，实到9人，同意4票，反对5票，该指标列为推荐性指标。
会后由秘书处汇总修改意见，7月10日前形成送审稿。
""",
    ),
    dict(
        slug="tender-liechuan-inquiry-tablet-films-lots",
        site="冽川县公共资源交易网 (invented)",
        style="招投标网",
        genre="询价公告",
        kind="notice",
        form="html",
        source="http://ggzy.liechuan.example.gov.cn/jyxx/zfcg/xjgg/20250507/0317.html",
        title="冽川县第一中学教学平板钢化膜采购项目询价公告",
        record_title="冽川县第一中学教学平板钢化膜采购项目询价公告（项目编号：LCCG-2025-0317）｜冽川公共资源交易",
        date="2025-05-07",
        notes="a tender portal: publicity countdown, CA and trading-system lines beside the purchaser's and agency's contacts; lots table; "
        "a sentence about downloading the inquiry file; the agency's 成文日期",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>冽川县第一中学教学平板钢化膜采购项目询价公告-冽川县公共资源交易网</title>
<script src="/js/countdown.js"></script>
</head>
<body>
<div class="jy-head"><span>⟦m 冽川县公共资源交易网⟧</span> <a>⟦a 交易主体登录⟧</a> <a>⟦a 供应商注册⟧</a></div>
<div class="jy-nav">⟦m 首页⟧ ⟦m 交易信息⟧ ⟦m 政府采购⟧ ⟦m 工程建设⟧ ⟦m 政策法规⟧</div>
<div class="jy-pos">⟦m 当前位置：交易信息 ＞ 政府采购 ＞ 询价公告⟧</div>
<div class="jy-main">
<h2>{T}</h2>
<div class="jy-info">⟦m 信息来源：冽川衡信招标代理有限公司　浏览：211⟧</div>
<div class="jy-cd">⟦m 距报价截止还有：6天23小时⟧</div>
{BODY}
</div>
<div class="jy-side">
<p>⟦m CA数字证书办理：0748-6219900⟧</p>
<p>⟦m 交易系统技术支持：400-998-7321⟧</p>
</div>
<div class="jy-foot">⟦m 冽川县公共资源交易中心　地址：冽川县政务服务中心四楼⟧ ⟦m 鄂ICP备19008236号⟧</div>
</body>
</html>
""",
        body="""
受冽川县第一中学委托，冽川衡信招标代理有限公司对该校教学平板钢化膜采购项目进行询价采购，欢迎符合资格条件的供应商参加。
一、项目编号：LCCG-2025-0317
二、采购内容及预算：
包号　采购内容　数量　预算金额
1　10.9英寸教学平板钢化膜　1200片　2.4万元
2　11英寸教学平板防蓝光钢化膜　600片　1.5万元
三、供应商须于5月14日17:00前登录冽川县公共资源交易网下载询价文件，并于5月16日9:30前递交报价文件。
四、联系方式
采购人：冽川县第一中学　联系人：鲍老师　电话：0748-6210338
采购代理机构：冽川衡信招标代理有限公司　联系人：解工　电话：0748-6235170
冽川衡信招标代理有限公司
2025年5月7日
""",
    ),
    dict(
        slug="tender-liuzhou-result-stands-record-title",
        site="镠州市政府采购网 (invented, text view)",
        style="招投标网",
        genre="成交结果公告",
        kind="notice",
        form="text",
        source="http://www.lzzfcg.example.gov.cn/cggg/cjjg/202504/t20250421_5120.html",
        title="镠州市政务服务中心笔记本支架采购项目成交结果公告",
        date="2025-04-21",
        notes="the record title as is; a result table; the purchaser's contact in the body beside a CA-lock line",
        page="""
!m 镠州市政府采购网
!m 首页 >> 采购公告 >> 成交结果
{T}
!m 公告日期：2025年04月21日　　浏览：158
{BODY}
!m CA锁办理及驱动程序：0739-2119088
!a 〔打印本公告〕　〔返回上页〕
!d 镠州市政府采购网所刊公告由采购人或代理机构发布，网站不对其内容承担法律责任。
""",
        body="""
一、项目编号：LZZC-2025-0412
二、项目名称：镠州市政务服务中心笔记本支架采购项目
三、成交信息
包号　成交供应商　成交金额
1　镠州市轻擎科技有限公司　1.87万元
四、主要标的信息：铝合金可调节笔记本支架，数量220个，单价85元。
五、公告期限：自本公告发布之日起1个工作日。
六、凡对本次公告内容提出询问，请按以下方式联系：采购人镠州市政务服务中心，联系人：耿先生，电话：0739-2118650。
镠州市政务服务中心
2025年4月21日
""",
    ),
    dict(
        slug="training-jiangping-brochure-film-course-fees",
        site="匠屏技能培训学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.jiangping.example.com/zsjz/tiemo-weixiu.html",
        title="手机贴膜与屏幕维修短期班招生简章",
        record_title="手机贴膜与屏幕维修短期班招生简章（学完即可上岗·小班授课）｜匠屏技能培训学校",
        date=None,
        notes="a training school: promo banner, franchise line and consult float beside the brochure's own 报名电话; a fees table; "
        "a sentence about scanning a code to sign up; no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>手机贴膜与屏幕维修短期班招生简章（学完即可上岗·小班授课）｜匠屏技能培训学校</title>
<script src="/static/kefu-float.js"></script>
</head>
<body>
<div class="promo">⟦a 暑期报名立减200元，名额有限，先到先得⟧</div>
<header><span>⟦m 匠屏技能培训学校⟧</span><span>⟦m 一技在手，就业不愁⟧</span>
<nav>⟦m 首页⟧ ⟦m 课程设置⟧ ⟦m 招生简章⟧ ⟦m 学员风采⟧ ⟦m 联系我们⟧</nav></header>
<div class="pos">⟦m 首页 > 招生简章 > 短期技能班⟧</div>
<div class="main">
<h1>{T}</h1>
{BODY}
</div>
<div class="jm">⟦w 加盟合作热线：400-616-2275（全国招募区域合伙人）⟧</div>
<div class="kf-float">⟦w 在线咨询课程⟧</div>
<div class="side"><h4>⟦l 热门课程⟧</h4><p>⟦l 手机主板维修精品班⟧</p><p>⟦l 平板电脑维修实战班⟧</p></div>
<footer>⟦m 匠屏技能培训学校　办学许可证：教民1421023700612号⟧</footer>
</body>
</html>
""",
        body="""
为满足社会人员学习手机维修技能、灵活就业的需要，本校开设手机贴膜与屏幕维修短期班，现面向社会招生。
一、课程内容：钢化膜、水凝膜和UV膜的贴装技巧，屏幕清洁除尘，气泡与白边处理，常见机型屏幕总成更换。
二、班次与收费：
班次　学时　费用
贴膜速成班　3天　680元
屏幕维修班　10天　2600元
三、报名方式：携带身份证到校报名，也可扫描招生海报上的二维码在线报名。
四、学员结业考核合格后颁发结业证书，本校推荐实习门店。
报名电话：0745-5266873　联系人：阚老师
""",
    ),
    dict(
        slug="training-zhitu-lab-rules-numbered",
        site="职途职业技能培训 (invented, text view)",
        style="培训机构",
        genre="学员须知",
        kind="other",
        form="text",
        source="https://www.zhitupx.example.com/xueyuan/guizhang/12.html",
        title="办公软件实训室学员须知",
        record_title="【实训室守则】办公软件实训室学员须知 ∙ 职途职业技能培训",
        date=None,
        notes="a training school's rules as a numbered list; a course-adviser line and a trial-lesson prompt; a relative update time",
        page="""
!m 职途职业技能培训 · 让技能成为底气
!m 首页 ⟫ 学员服务 ⟫ 规章制度
!t 【实训室守则】办公软件实训室学员须知 ∙ 职途职业技能培训
!m 编辑：教务部　｜　更新于 2 周前
{BODY}
!w 课程咨询：曹老师 186 2734 1190（微信同号）
!a 预约免费试听课 ›
!m 职途职业技能培训学校　办学许可证号：教民1421023700598号
""",
        body="""
为保证实训教学有序进行，请各位学员遵守以下须知：
1. 实训室每个座位配有笔记本电脑、笔记本支架和外接键盘鼠标，学员入座后请核对设备，发现缺损及时告知助教。
2. 笔记本支架高度已按常用档位调好，如需调整请先把电脑取下，不要带着电脑强行扳动支架。
3. 实训期间不得在电脑上安装与课程无关的软件，不得私自拷贝教学资料。
4. 实训室内禁止饮食，水杯请放在门口储物架上。
5. 每次课后请关闭电脑，将支架折叠收好，椅子推回桌下。
感谢配合，祝学习愉快！
""",
    ),
]

"""holdout228, part D: download stations, personnel-exam sites, tender portals, law firms, residents' sites.
Invented text (sites, places, people, numbers, URLs); see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="download-xuehai-rules-ditu-ce-lending-doc",
        site="学海资料站 (invented download station, old gb2312 table layout)",
        style="资料下载站",
        genre="制度",
        kind="rule",
        form="html",
        source="http://www.xuehaizl.example.com/soft/zhidu/20871.html",
        title="中学图书室地图册借阅管理规定",
        record_title="中学图书室地图册借阅管理规定.doc",
        date=None,
        notes="download station: file-info table, three download links, an unzip password, a dead-link report, a floating ad; "
        "第N条 articles that speak of 复印/扫描/下载 as content; no date (an update stamp only)",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>中学图书室地图册借阅管理规定.doc - 学海资料站</title>
<script src="/js/ads.js"></script>
</head><body>
<table width="980" align="center"><tr><td>⟦m 学海资料站⟧ ⟦m 教师备课 · 学校管理 · 资料全免费⟧</td><td align="right"><a>⟦a 会员中心⟧</a> <a>⟦a 上传资料⟧</a></td></tr>
<tr><td colspan="2">⟦m 首页 | 教案课件 | 试卷题库 | 学校管理 | 规章制度 | 工作总结⟧</td></tr></table>
<table width="980" align="center" border="1" bordercolor="#99bbdd" cellspacing="0">
<tr><td colspan="2">⟦m 当前位置：学海资料站 → 学校管理 → 规章制度⟧</td></tr>
<tr><td width="120">⟦m 资料名称⟧</td><td>{T}</td></tr>
<tr><td>⟦m 文件大小⟧</td><td>⟦m 28 KB⟧</td></tr>
<tr><td>⟦m 资料类型⟧</td><td>⟦m Word文档 / 免费⟧</td></tr>
<tr><td>⟦m 更新时间⟧</td><td>⟦m 5 天前⟧</td></tr>
<tr><td>⟦m 下载次数⟧</td><td>⟦m 本周 41 次，总计 1377 次⟧</td></tr>
<tr><td colspan="2"><b>⟦m 资料预览：⟧</b>
{BODY}
</td></tr>
<tr><td>⟦m 下载地址⟧</td><td><a>⟦a 电信高速下载⟧</a> <a>⟦a 联通高速下载⟧</a> <a>⟦a 本地备用通道⟧</a></td></tr>
<tr><td>⟦m 解压密码⟧</td><td>⟦d 压缩包密码为 www.xuehaizl.example.com⟧</td></tr>
<tr><td colspan="2"><a>⟦a 链接打不开？点此报告失效地址⟧</a></td></tr>
</table>
<div style="position:fixed;right:0;bottom:80px">⟦w 整套学校制度汇编，加QQ 3317862045 发你⟧</div>
<table width="980" align="center"><tr><td align="center">⟦d 本站资料均来自网络收集和网友上传，仅供学习研究使用，请下载后24小时内删除。⟧<br>⟦m Copyright 2008-2025 学海资料站 赣ICP备08017256号⟧</td></tr></table>
</body></html>
""",
        p_html="<p>{}</p>",
        body="""
第一条　为加强图书室地图册的管理，提高地图册的使用效率，制定本规定。
第二条　本规定所称地图册，包括全国及分省地图册、地理教学地图册和各类专题地图册。
第三条　地图册限在阅览室内阅读；确因教学需要外借的，由任课教师办理借阅手续，借期不超过7天。
第四条　读者需要复印或扫描地图册内容的，须在登记簿上注明页码和用途，不得整册复印。
第五条　图书室提供的电子地图册仅供在校园网内在线阅览，不得下载后转发至校外。
第六条　损坏、遗失地图册的，按原价赔偿；属于绝版地图册的，按原价的三倍赔偿。
第七条　本规定自发布之日起施行。
""",
    ),
    dict(
        slug="download-jiye-contract-template-hongbao-blanks",
        site="集页下载站 (invented)",
        style="资料下载站",
        genre="合同范本",
        kind="contract",
        form="text",
        source="https://www.jiyexz.example.cn/hetong/jiagong/6120.html",
        title="红包（利是封）定制加工合同",
        record_title="【承揽合同样本】红包（利是封）定制加工合同（Word可填写）- 集页下载站",
        date=None,
        notes="a contract template with ×× placeholders and ＿＿ blanks (＿＿＿＿年＿＿月＿＿日 is no date); download "
        "buttons, a member line and a disclaimer; 第N条 articles",
        page="""
!m 集页下载站 - 合同范本 / 承揽加工
!t 【承揽合同样本】红包（利是封）定制加工合同（Word可填写）
!m 授权：免费　　大小：19KB　　更新：昨天　　评分：★★★★★
!a ▶ 立即下载（Word版）　▶ 下载PDF版　▶ 加入下载篮
{T}
{BODY}
!a 温馨提醒：下载完整可编辑版需登录，每日可免费下载 3 份
!l 同类合同：印刷品委托加工合同 ｜ 礼品定制采购合同 ｜ 广告物料制作合同
!d 合同范本仅供参考，签约前请结合实际情况咨询专业律师。
!m 集页下载站 www.jiyexz.example.cn
""",
        body="""
甲方（定作人）：＿＿＿＿＿＿＿＿
乙方（承揽人）：××印务有限公司
第一条　定作内容：红包（利是封）＿＿＿＿个，规格＿＿×＿＿厘米，纸张为＿＿克红色特种纸，烫金图案以甲方确认的样稿为准。
第二条　单价为每个＿＿元，合计金额人民币＿＿＿＿元（大写：＿＿＿＿＿＿）。
第三条　交货时间：＿＿＿＿年＿＿月＿＿日前；交货地点：＿＿＿＿＿＿。
第四条　乙方应按样稿生产，色差、烫金脱落等不合格品由乙方免费重做。
第五条　甲方提供的标志图案应当合法，因图案侵权引起的纠纷由甲方负责。
第六条　本合同一式两份，双方各执一份，自签字盖章之日起生效。
甲方（盖章）：　　　　乙方（盖章）：
签订日期：＿＿＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="pta-xiangchuan-teacher-interview-sanjiaochi-ticket",
        site="庠川人事考试信息网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://www.xcrsks.example.gov.cn/ggtz/2024/0719/633.html",
        title="庠川县2024年公开招聘中小学教师面试有关事项的公告",
        record_title="〔教招面试〕庠川县2024年公开招聘中小学教师面试有关事项的公告 - 庠川人事考试信息网",
        date="2024-07-18",
        date_also=["2024-07-19"],
        notes="personnel-exam site: candidate-service sidebar, a login float, an operations line; 准考证 to download and print "
        "as content; the exam's own 咨询电话 beside the site's technical line; 成文日期 under two signatures",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>〔教招面试〕庠川县2024年公开招聘中小学教师面试有关事项的公告 - 庠川人事考试信息网</title>
<script src="/js/notice-scroll.js"></script>
</head><body>
<div class="ks-head">⟦m 庠川人事考试信息网⟧ <span>⟦m 公平 公正 诚信 服务⟧</span></div>
<div class="ks-nav">⟦m 网站首页 | 考试公告 | 报名入口 | 成绩查询 | 政策法规⟧</div>
<div class="ks-roll">⟦a 【考生必读】网上报名请使用新版浏览器，旧版浏览器可能无法上传照片⟧</div>
<div class="ks-main"><div class="ks-art">
<div class="ks-pos">⟦m 您现在的位置：首页 > 考试公告 > 教师招聘⟧</div>
<h1>{T}</h1>
<div class="ks-info">⟦m 信息来源：县教育局　发布日期：2024-07-19　浏览次数：9108⟧</div>
{BODY}
<div class="ks-op">⟦a 【大字阅读】【打印】【关闭】⟧</div>
</div>
<div class="ks-side"><h4>⟦m 考生服务区⟧</h4><ul><li>⟦a 准考证打印入口⟧</li><li>⟦a 考试成绩查询⟧</li><li>⟦a 报名资格审核结果⟧</li></ul>
<div class="ks-float">⟦a 考生登录 ｜ 忘记密码⟧</div></div></div>
<div class="ks-foot">⟦m 主办：庠川县人力资源和社会保障局⟧<br>⟦m 网站运维电话：0736-5230999（仅受理网站故障）⟧</div>
</body></html>
""",
        body="""
一、面试时间和地点
面试定于2024年7月27日至28日在庠川县第一中学进行，考生须于当天上午7:30前到达候考室。
二、准考证打印
请考生于7月22日至26日登录本网站下载并打印面试准考证，凭准考证和有效身份证件参加面试。
三、试讲要求
面试采用试讲方式，每人12分钟。数学学科考生可自带三角尺、圆规等教具，其他学科考生不得携带任何资料。
四、咨询方式
咨询电话：0736-5230417（工作日8:30—17:30）。
庠川县教育局
庠川县人力资源和社会保障局
2024年7月18日
""",
    ),
    dict(
        slug="pta-kouxi-written-exam-rules-ditu-ce",
        site="筘溪人事考试网 (invented)",
        style="人事考试网",
        genre="考生须知",
        kind="notice",
        form="text",
        source="http://rsks.kouxi.example.gov.cn/kwgg/20250327/1024.html",
        title="筘溪县2025年事业单位公开招聘笔试考生须知",
        record_title="〈笔试考务〉筘溪县2025年事业单位公开招聘笔试考生须知（请考生务必仔细阅读）_筘溪人事考试网",
        date="2025-03-25",
        date_also=["2025-03-27"],
        notes="personnel-exam text page: the site's 发布时间 and the document's 成文日期 differ (document expected); an "
        "admission-ticket link and a technical line",
        page="""
!m 筘溪人事考试网
!m 首页 > 考务公告 > 事业单位招聘
!t 〈笔试考务〉筘溪县2025年事业单位公开招聘笔试考生须知（请考生务必仔细阅读）
!m 发布时间：2025-03-27 15:20　　来源：县人社局考试中心
!a 〔点此进入准考证打印系统〕
{BODY}
!a 【打印】【关闭】【返回顶部】
!m 报名系统技术咨询：0735-4400818（工作日）
!m 筘溪县人力资源和社会保障局主办　版权所有
""",
        indent="\u3000\u3000",
        body="""
一、考生须于开考前30分钟凭准考证和身份证进入考场，开考15分钟后不得入场。
二、考生只准携带黑色字迹签字笔、2B铅笔和橡皮。地理教师岗位的考生不得携带地图册、地球仪、填充图册等资料，考场内张贴的地图已全部遮盖。
三、手机等通讯工具须关机后放在考场指定位置，不得带至座位。
四、考试结束铃响，考生应立即停止答题，待监考人员收齐答题卡后方可离开。
五、违反考场纪律的，按照事业单位公开招聘违纪违规行为处理的有关规定处理。
筘溪县人力资源和社会保障局
2025年3月25日
""",
    ),
    dict(
        slug="tender-hushui-inquiry-ditu-ce-items-table",
        site="縠水县公共资源交易网 (invented)",
        style="招投标网",
        genre="询价公告",
        kind="notice",
        form="html",
        source="https://ggzy.hushui.example.gov.cn/jyxx/zfcg/2024/0315/XSZC-2024-0316.html",
        title="縠水县教育局中小学地理地图册采购项目询价公告",
        record_title="〖货物类·询价〗縠水县教育局中小学地理地图册采购项目询价公告 | 縠水县公共资源交易网",
        record_date="2024-03-15",
        date="2024-03-15",
        notes="tender portal: countdown, CA and trading-system lines beside the purchaser's and agency's contacts; items table "
        "one row a paragraph; '在交易系统下载询价文件' is content; record date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>〖货物类·询价〗縠水县教育局中小学地理地图册采购项目询价公告 | 縠水县公共资源交易网</title>
<script src="/static/countdown.js"></script>
</head><body>
<div class="jy-top">⟦m 縠水县公共资源交易网⟧ <a>⟦a 主体登录⟧</a> <a>⟦a 免费注册⟧</a></div>
<div class="jy-nav">⟦m 首页 交易信息 政府采购 工程建设 服务指南 下载专区⟧</div>
<div class="jy-path">⟦m 当前位置：交易信息 > 政府采购 > 询价公告⟧</div>
<div class="jy-art"><h2>{T}</h2>
<div class="jy-info">⟦m 信息时间：2024-03-15　阅读次数：488⟧</div>
<div class="jy-count">⟦m 距报价截止还剩：6 天 18 时 22 分⟧</div>
{BODY}
<div class="jy-att">⟦a 询价文件（XSZC-2024-0316）.zip 下载⟧</div>
</div>
<div class="jy-help"><h4>⟦m 服务热线⟧</h4><p>⟦m CA证书办理：0738-6699001⟧</p><p>⟦m 交易系统技术支持：400-808-7126⟧</p></div>
<div class="jy-foot">⟦m 縠水县公共资源交易中心　地址：縠水县政务服务中心四楼⟧</div>
</body></html>
""",
        body="""
一、项目编号：XSZC-2024-0316
二、采购内容
品目　数量　最高限价
《中国地图册》（中学版）　2600册　18元/册
《縠水县乡土地图册》　2600册　12元/册
中国政区挂图　120幅　45元/幅
三、报价截止时间：2024年3月22日9:30，逾期送达的报价文件不予接收。
四、供应商须在交易系统下载询价文件，并按要求上传加密报价文件。
五、联系方式
采购人：縠水县教育局，联系人：祁先生，电话：0738-6621807
代理机构：縠水县鸿禾招标代理有限公司，联系人：方女士，电话：0738-6630452
""",
    ),
    dict(
        slug="tender-kouxi-award-wulong-props-lots",
        site="筘溪县政府采购网 (invented)",
        style="招投标网",
        genre="中标结果公告",
        kind="notice",
        form="text",
        source="http://www.kouxizfcg.example.gov.cn/cggg/zbgg/20241128/5512.html",
        title="筘溪县文化馆舞龙舞狮道具采购项目中标结果公告",
        date="2024-11-28",
        notes="record title as is; a bid-lots table one row a paragraph; the purchaser's contact beside the platform's hotline; "
        "成文日期 under the signature",
        page="""
!m 筘溪县政府采购网
!m 采购公告 / 结果公告 / 中标（成交）公告
{T}
!m 公告日期：2024-11-28　　采购方式：竞争性磋商　　浏览：260
{BODY}
!a 〔导出PDF〕〔打印公告〕
!m 采购平台服务热线：0735-4499100　　CA锁办理请至政务中心二楼
!l 相关公告：筘溪县文化馆舞龙舞狮道具采购项目竞争性磋商公告
""",
        body="""
一、项目编号：KXWG-2024-11
二、中标信息
包号　名称　中标供应商　中标金额（元）
1　舞龙道具（九节龙6条）　筘溪县龙兴民俗工艺厂　84600
2　舞狮道具（南狮8头）　栊城市金鬃文体用品有限公司　57200
3　锣鼓镲配套乐器　筘溪县和鸣乐器商行　19800
三、评审专家：贺兰之、毛以宁、邹向东
四、公告期限：自本公告发布之日起1个工作日。
五、联系方式
采购人：筘溪县文化馆，联系人：覃女士，电话：0735-4412376
筘溪县文化馆
2024年11月28日
""",
    ),
    dict(
        slug="lawfirm-bingheng-case-wedding-hongbao",
        site="秉衡律师事务所 (invented)",
        style="律所网站",
        genre="案例评析",
        kind="other",
        form="html",
        source="https://www.binghenglaw.example.cn/case/2024/hunyin-0619.html",
        title="婚宴上收的红包，离婚时能分吗？",
        record_title="婚宴上收的红包，离婚时能分吗？｜案例评析 · 秉衡律师事务所",
        date=None,
        notes="law-firm page: lawyer card, consult float, a 400 line, a 本文链接 block and a repost notice; bracketed section "
        "heads; no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>婚宴上收的红包，离婚时能分吗？｜案例评析 · 秉衡律师事务所</title>
<script src="/js/consult-float.min.js"></script>
</head><body>
<div class="bh-top">⟦m 秉衡律师事务所⟧ <span>⟦m 执法如秉衡 · 专注婚姻家事⟧</span> <span>⟦m 全国咨询：400-660-3817⟧</span></div>
<div class="bh-nav">⟦m 首页 律所简介 律师团队 案例评析 法律文书 联系我们⟧</div>
<div class="bh-main"><div class="bh-art">
<h1>{T}</h1>
<div class="bh-meta">⟦m 栏目：婚姻家事　作者：邝文律师　阅读：3311⟧</div>
{BODY}
<div class="bh-link">⟦m 本文链接：https://www.binghenglaw.example.cn/case/2024/hunyin-0619.html⟧</div>
<div class="bh-repost">⟦d 本站案例均经脱敏处理，转载请保留出处及律师署名。⟧</div>
</div>
<div class="bh-card"><h4>⟦m 主办律师⟧</h4><p>⟦m 邝文　执业12年　擅长离婚财产分割⟧</p><p>⟦w 微信同号：13873680415⟧</p></div></div>
<div class="bh-float">⟦w 在线律师 · 免费评估案情⟧</div>
<div class="bh-foot">⟦m 秉衡律师事务所 版权所有　湘ICP备20019983号⟧</div>
</body></html>
""",
        body="""
【基本案情】
小周与小林于前年举行婚礼，共收到亲友红包礼金9.6万元，由小林的母亲代为保管。今年双方协议离婚，小周要求分割这笔红包礼金，小林则主张红包是自己父母的人情往来，应归女方家庭。
【法院观点】
法院审理认为，婚礼上亲友所送红包，一般应视为对新婚夫妇双方的赠与，属于夫妻共同财产；但具体到每一笔红包，还应结合送礼人与哪一方家庭往来、礼簿记载等情况综合认定。
【律师提示】
婚礼结束后，建议把礼簿和红包清点记录保存好，必要时写明由谁保管、作何用途，以免日后发生争议。
""",
    ),
    dict(
        slug="lawfirm-chengfa-qa-yuebinghe-overpacking",
        site="澄法律师事务所 (invented)",
        style="律所网站",
        genre="法律问答",
        kind="other",
        form="text",
        source="http://www.chengfalawyer.example.com/wenda/7713.html",
        title="网购月饼盒比月饼还重，能要求赔偿吗？",
        record_title="律师来答 Q&A｜网购月饼盒比月饼还重，能要求赔偿吗？- 澄法律师事务所",
        date=None,
        notes="law-firm Q&A text: a consult hotline and a free-answer prompt at the top, a not-legal-advice line and a lawyer "
        "card at the bottom; no date",
        page="""
!m 澄法律师事务所　消费维权专栏
!w 免费法律咨询热线 400-115-2290　（节假日不休）
!t 律师来答 Q&A｜网购月饼盒比月饼还重，能要求赔偿吗？
!m 解答律师：欧阳澄　　所属分类：消费维权
{BODY}
!d 以上解答仅供参考，不构成正式法律意见，具体问题请携带材料当面咨询。
!m 欧阳澄律师｜执业证号 14301201810337715｜澄法律师事务所
!a 我也要提问　　　　复制本问答链接
""",
        body="""
问：中秋前我在网上买了一盒月饼，到手发现月饼盒是红木的，里面套了四层包装，月饼只有六块。商家这样做合法吗？我能要求赔偿吗？
答：根据限制商品过度包装的有关国家标准，月饼包装层数不得超过三层，包装空隙率和包装成本也都有上限。您购买的月饼盒有四层包装，可能不符合该标准。⟦w 同类纠纷可拨打澄法消费维权专线，律师一对一解答⟧
您可以先与商家协商退货；协商不成的，可以向当地市场监管部门投诉举报。至于能否获得惩罚性赔偿，要看商家是否存在欺诈行为，仅包装超标一般不构成欺诈。
建议您保留订单截图、月饼盒实物照片和包装层数记录，作为维权证据。
""",
    ),
    dict(
        slug="community-longyuan-notice-yuebinghe-scan-register",
        site="栊园社区 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://longyuan.xunhu-sq.example.cn/tz/2024/0914/118.html",
        title="栊园社区关于设立中秋月饼盒回收点的通知",
        record_title="邻里通告｜栊园社区关于设立中秋月饼盒回收点的通知（请相互转告）",
        date="2024-09-14",
        notes="residents' site: weather line, a grid worker's box, property repair and night lines beside the community's own "
        "咨询电话; '扫描回收点的二维码登记' is content; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>邻里通告｜栊园社区关于设立中秋月饼盒回收点的通知（请相互转告）</title>
<script src="/js/weather-widget.js"></script>
</head><body>
<div class="sq-top">⟦m 栊园社区居民之家⟧ <span>⟦m 今日 晴 22～30℃ 适宜晾晒⟧</span></div>
<div class="sq-nav">⟦m 首页 · 社区公告 · 办事指南 · 志愿服务 · 邻里圈⟧</div>
<div class="sq-pos">⟦m 首页 / 社区公告⟧</div>
<div class="sq-art"><h2>{T}</h2>
<div class="sq-meta">⟦m 发布人：社区居委会　浏览 743⟧</div>
{BODY}
<div class="sq-like">⟦l 点赞 56 · 留言 9⟧</div>
</div>
<div class="sq-grid"><h4>⟦m 我的网格员⟧</h4><p>⟦m 第三网格 邵珊珊 电话 13959101762⟧</p></div>
<div class="sq-wy"><p>⟦m 物业24小时报修：0597-8365999⟧</p><p>⟦m 夜间值班（22:00后）：0597-8365888⟧</p></div>
<div class="sq-foot">⟦m 曛湖区栊园社区居民委员会 · 社区服务网站⟧</div>
</body></html>
""",
        body="""
各位居民：
为减少节日包装垃圾，社区联合辖区再生资源回收站，在中秋节后设立月饼盒回收点。现将有关事项通知如下：
一、回收时间：2024年9月18日至10月8日，每天8:00—20:00。
二、回收地点：社区西门岗亭旁。
三、回收品类：铁盒、木盒、纸盒及盒内塑料托盘，请清空并擦净油渍。
四、兑换办法：居民扫描回收点的二维码登记，每交回10个月饼盒可兑换洗衣粉一袋。回收进展请关注社区公众号“栊园邻里”。
咨询电话：社区居委会　0597-8365021。
栊园社区居民委员会
2024年9月14日
""",
    ),
    dict(
        slug="community-haoyueli-host-script-wulong-show",
        site="皓月里社区服务站 (invented residents' site)",
        style="社区网站",
        genre="主持词",
        kind="other",
        form="text",
        source="http://www.haoyueli-sq.example.cn/huodong/2025/yuanxiao-zhuchici.html",
        title="皓月里社区元宵节“龙腾邻里”舞龙展演主持词",
        record_title="皓月里社区元宵节“龙腾邻里”舞龙展演主持词 ⁄ 活动存档 ⁄ 皓月里社区服务站",
        date=None,
        notes="residents' site text: host script with 男：/女： lines; an archive note, a volunteer sign-up prompt and a photo "
        "link; no date",
        page="""
!m 皓月里社区服务站
!m 活动存档　›　节庆活动
!t 皓月里社区元宵节“龙腾邻里”舞龙展演主持词 ⁄ 活动存档
!m 整理：社区文体队　　存档于 2 周前
{BODY}
!l 📷 查看本次展演照片集（36 张）
!a 想参加明年的舞龙队？点此报名社区文体志愿者
!m 皓月里社区服务站　联系我们　|　网站地图
""",
        body="""
男：尊敬的各位居民朋友，大家晚上好！
女：正月十五闹元宵，金龙起舞迎新春。
男：欢迎大家来到皓月里社区“龙腾邻里”元宵舞龙展演现场！
女：今晚的舞龙队由社区的退休职工和中学生组成，他们利用寒假排练了整整二十天。
男：大家看到的这条金龙共有九节，龙头是请县里的老艺人亲手扎制的，龙身上的每一片龙鳞都是居民志愿者一针一线缝上去的。
女：下面，有请舞龙队入场！
男：感谢舞龙队的精彩表演！演出结束后，请大家有序离场，照看好身边的老人和孩子。
女：祝大家元宵快乐，阖家幸福！
""",
    ),
]

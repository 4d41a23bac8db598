"""holdout305, part D: download stations, personnel-exam sites, tender portals, law firms and residents' sites.

Invented text (places, people, sites, numbers); see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="download-nongziliao-rules-duck-crate-cleaning-doc-gb2312",
        site="农资料下载站 (invented, old gb2312 table layout)",
        style="资料下载站",
        genre="制度/规程",
        kind="other",
        form="html",
        source="http://www.nongziliao.com/soft/28813.html",
        title="活禽市场鸭笼清洗消毒操作规程",
        record_title="活禽市场鸭笼清洗消毒操作规程.doc",
        date=None,
        notes="old download-station page: a file-info table, three download links, an unzip password, a dead-link "
        "report and a floating ghost-writer ad; a preview of a procedure with 第N条 articles; no date (an update stamp "
        "in the file info only)",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>活禽市场鸭笼清洗消毒操作规程.doc - 农资料下载站</title>
</head>
<body>
<table width="950" align="center" border="0"><tr>
<td>⟦m 农资料下载站⟧</td><td>⟦m 种养殖资料一站下齐⟧</td><td align="right"><a href="/">⟦m 首页⟧</a> <a href="/sort/xumu/">⟦m 畜牧兽医⟧</a> <a href="/sort/shichang/">⟦m 市场监管资料⟧</a></td>
</tr></table>
<table width="950" align="center" border="1" cellspacing="0" cellpadding="3" class="softinfo">
<tr><td colspan="2"><b>⟦t 活禽市场鸭笼清洗消毒操作规程.doc⟧</b></td></tr>
<tr><td>⟦m 资料大小：38 KB⟧</td><td>⟦m 资料语言：简体中文⟧</td></tr>
<tr><td>⟦m 授权方式：免费下载⟧</td><td>⟦m 累计下载：1872⟧</td></tr>
<tr><td>⟦m 最后更新：3 个月前⟧</td><td>⟦m 运行环境：WPS/Office⟧</td></tr>
</table>
<table width="950" align="center"><tr><td class="preview">
<p><b>⟦m 资料预览：⟧</b></p>
<h3>{T}</h3>
{BODY}
</td></tr></table>
<table width="950" align="center" class="downlist"><tr>
<td>⟦a 【电信线路下载】⟧</td><td>⟦a 【联通线路下载】⟧</td><td>⟦a 【本地高速下载】⟧</td></tr>
<tr><td colspan="3">⟦m 压缩包解压口令：nongziliao⟧　⟦a 链接失效？点此告诉站长⟧</td></tr></table>
<div style="position:absolute;left:4px;top:300px;" class="float">⟦w 代写养殖场制度、应急预案，QQ 3302718456⟧</div>
<table width="950" align="center"><tr><td align="center">⟦d 本站资料来自网友提供，仅供交流学习，不得用于商业用途。⟧<br>⟦m 农资料下载站 Copyright 2009-2025⟧</td></tr></table>
</body>
</html>
""",
        body="""
第一条　本规程适用于本市场内活禽经营户使用的运输鸭笼、暂养鸭笼的清洗和消毒。
第二条　鸭笼清洗消毒实行一日一清、一车一消，每日休市后集中进行。
第三条　清洗消毒按以下步骤进行：
（一）清除笼内粪便、羽毛和饲料残渣；
（二）用高压水枪由上至下冲洗笼体，底板缝隙须冲洗干净；
（三）用有效氯含量为每升500毫克的含氯消毒液喷洒笼体内外，作用30分钟；
（四）用清水冲去残留消毒液，放置通风处晾干。
第四条　清洗废水须排入市场污水处理设施，不得直接排入雨水管网。
第五条　经营户应如实填写鸭笼清洗消毒记录，市场管理办公室每日检查签字。
第六条　本规程自发布之日起施行。
""",
    ),
    dict(
        slug="download-hetongku-template-shrimp-trap-sale",
        site="契约样本铺 (invented download site)",
        style="资料下载站",
        genre="合同范本",
        kind="other",
        form="text",
        source="https://www.qiyueyb.com/maimai/yuju/5517.html",
        title="虾笼买卖合同",
        title_also=["虾笼买卖合同范本"],
        record_title="虾笼买卖合同范本（留白版）免费拿走_契约样本铺",
        date=None,
        notes="contract template with ＿＿ blanks, ×× placeholders and ＿＿年＿＿月＿＿日 lines, 第N条 articles; "
        "download buttons and a legal-review ad; no date",
        page="""
!m 契约样本铺 · 落笔之前翻一翻
!m 当前：样本铺 › 买卖合同 › 渔具农资
!t 虾笼买卖合同范本（留白版）免费拿走
!m 格式：DOC　｜　评分：4.6　｜　被拿走 3315 次
!a ⇩ 拿走Word版　　⇩ 拿走PDF版
{T}
{BODY}
!w 条款拿不准？样本铺律师帮你审一遍，49元起，微信 qyyb_lvshi
!l 你还可以看：渔船租赁合同　｜　水产品收购合同　｜　网箱养殖承包合同
!d 模板仅供参考，具体条款请结合实际并咨询专业人士。
""",
        indent="",
        body="""
出卖人（甲方）：＿＿＿＿＿＿
买受人（乙方）：＿＿＿＿＿＿
第一条　标的物：××型折叠虾笼，规格＿＿＿＿，网目＿＿厘米，数量＿＿只，单价＿＿元，总价款人民币＿＿＿＿元。
第二条　质量要求：网目尺寸须符合××省渔具准用目录的规定；网衣无破洞、无脱线，框架无锈蚀。
第三条　交货时间和地点：甲方应于＿＿年＿＿月＿＿日前将货物送至＿＿＿＿＿＿，运费由＿＿方承担。
第四条　验收：乙方收货后3日内验收，发现质量问题的，应书面通知甲方，甲方负责调换。
第五条　违约责任：甲方逾期交货的，每逾期一日按总价款的千分之三支付违约金。
第六条　本合同一式两份，甲乙双方各执一份，自双方签字之日起生效。
甲方（签字）：＿＿＿＿　　乙方（签字）：＿＿＿＿
＿＿年＿＿月＿＿日　　＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="exam-xingshan-notice-fishery-assistant-practical-test",
        site="硎山人事考试信息网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="html",
        source="http://rsks.xingshan.gov.cn/ksap/2025/0721/2219.html",
        title="关于硎山县2025年公开招聘渔政协管员实操测试有关事项的通知",
        record_title="〔实操测试安排〕关于硎山县2025年公开招聘渔政协管员实操测试有关事项的通知 - 硎山人事考试信息网",
        date="2025-07-21",
        notes="exam site: a maintenance banner and an admission-ticket float; a timetable one row a paragraph; the "
        "notice's own 咨询电话 beside the site's technical line; a sentence telling candidates to 下载/打印 the ticket",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〔实操测试安排〕关于硎山县2025年公开招聘渔政协管员实操测试有关事项的通知 - 硎山人事考试信息网</title></head>
<body>
<div class="ks-warn">⟦d 系统将于7月27日0:00至6:00升级，其间暂停网上报名服务⟧</div>
<div class="ks-head">⟦m 硎山人事考试信息网⟧ <span>⟦m 硎山县人力资源和社会保障局⟧</span></div>
<div class="ks-nav">⟦m 首页 考试公告 考务安排 成绩查询 政策问答⟧</div>
<div class="ks-path">⟦m 首页 ▸ 考务安排⟧</div>
<h1>{T}</h1>
<p class="ks-info">⟦m 信息时间：2025-07-21 17:05　阅读次数：5120⟧</p>
<div class="ks-body">
{BODY}
</div>
<div class="ks-float"><a href="/zkz/">⟦a 渔政协管员准考证入口 →⟧</a></div>
<div class="ks-foot">⟦m 网站运行故障请联系：0745-6213999（不受理考试政策咨询）⟧<br>⟦m 湘ICP备08011542号⟧</div>
</body></html>
""",
        body="""
各位考生：
硎山县2025年公开招聘渔政协管员笔试已结束，现将实操测试有关事项通知如下：
一、测试时间和地点
组别　时间　地点
第一组　7月26日8:30　县渔政执法大队码头
第二组　7月26日14:00　县渔政执法大队码头
二、测试内容
（一）常见渔具识别：现场辨认合规与违规的虾笼、蟹笼、地笼各5种，说明判定依据；
（二）巡查实操：乘船巡查指定水域，发现并标记模拟投放的违规虾笼。
三、有关要求
请考生于7月24日起登录本网站下载并打印实操测试准考证，测试当天凭准考证和身份证入场。
咨询电话：0745-6213075（县人社局事业单位人事管理股）。
硎山县人力资源和社会保障局
2025年7月21日
""",
    ),
    dict(
        slug="exam-yuchuan-notice-bamboo-duck-crate-skill-appraisal",
        site="圉川人社考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.yuchuanrsks.cn/jnjd/2025/0318/617.html",
        title="关于举办2025年竹编工（鸭笼编织方向）职业技能等级认定的通知",
        date="2025-03-18",
        notes="record title as is (a year in the title is no date); skill-appraisal notice with fees and the centre's "
        "own phone beside the site's service line; a sentence about uploading papers (content); 成文日期 under the "
        "signature",
        page="""
!m 圉川人社考试网
!m 栏目：技能鉴定 ＞ 认定公告
{T}
!m 发布：2025-03-19　来源：县职业技能鉴定中心　阅读：721
!a 〖A+〗〖A-〗〖打印〗
{BODY}
!l 相关：2025年第一批职业技能等级认定合格人员名单
!m 网站服务：0736-5910000　　湘ICP备13013570号
""",
        indent="\u3000\u3000",
        date_also=["2025-03-19"],
        body="""
各有关单位、个人：
为传承竹编技艺，提升从业人员技能水平，经研究，定于2025年4月举办竹编工（鸭笼编织方向）职业技能等级认定。现将有关事项通知如下：
一、认定等级：五级/初级工、四级/中级工。
二、报名条件：从事竹编鸭笼、禽笼编织工作满1年，或经相关职业技能培训合格者。
三、报名时间：3月20日至4月3日，报名者登录县职业技能鉴定网填报信息，并上传身份证和从业证明。
四、认定方式：理论知识考试和技能操作考核。技能操作考核为现场编织一只标准尺寸鸭笼，限时240分钟。
五、收费标准：按省定标准执行，四级每人180元，五级每人150元。
联系电话：0736-5817302。
圉川县职业技能鉴定中心
2025年3月18日
""",
    ),
    dict(
        slug="tender-jiling-announcement-dorm-window-latches",
        site="蒺岭县公共资源交易网 (invented)",
        style="招投标网",
        genre="招标公告",
        kind="notice",
        form="html",
        source="https://ggzy.jiling.gov.cn/jyxx/zfcg/zbgg/20250804/4471.html",
        title="蒺岭县第二中学学生公寓窗户限位窗栓采购项目招标公告",
        record_title="【公开招标·货物】蒺岭县第二中学学生公寓窗户限位窗栓采购项目招标公告_蒺岭县公共资源交易网",
        date="2025-08-04",
        notes="tender portal: a countdown, CA and trading-system lines beside the purchaser's and agency's own contacts; "
        "lots table one row a paragraph; a sentence asking bidders to download the tender file (content)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【公开招标·货物】蒺岭县第二中学学生公寓窗户限位窗栓采购项目招标公告_蒺岭县公共资源交易网</title></head>
<body>
<div class="gg-top">⟦m 蒺岭县公共资源交易网⟧ <a>⟦a 主体登录⟧</a> <a>⟦a 新主体注册⟧</a></div>
<div class="gg-nav">⟦m 交易信息 政府采购 工程建设 服务指南 政策法规⟧</div>
<div class="gg-path">⟦m 交易信息 》 政府采购 》 招标公告⟧</div>
<h1>{T}</h1>
<p class="gg-info">⟦m 发布时间：2025-08-04 16:20　信息来源：豫衡工程咨询⟧</p>
<p class="gg-count">⟦m 距投标截止还有 20 天 17 时⟧</p>
<div class="gg-con">
{BODY}
</div>
<div class="gg-side"><p>⟦m 数字证书（CA）办理：0731-8851100⟧</p><p>⟦m 交易系统操作咨询：0731-8851122⟧</p></div>
<div class="gg-foot">⟦m 蒺岭县公共资源交易中心 主办　湘ICP备16015378号⟧</div>
</body></html>
""",
        body="""
一、项目概况
蒺岭县第二中学学生公寓窗户限位窗栓采购项目已具备招标条件，现进行公开招标。项目编号：JLCG-2025-0318。
二、采购内容
包号　品名　数量　最高限价（元）
1　不锈钢限位窗栓　1800套　54000
2　平开窗锁闭窗栓　1200套　30000
三、投标文件递交截止时间：2025年8月25日9时30分，逾期送达的不予受理。
四、本项目采用电子招投标，投标人须登录交易平台下载招标文件。
五、联系方式
采购人：蒺岭县第二中学，联系人：钮老师，电话：0731-8830267
代理机构：豫衡工程咨询有限公司，联系人：汤工，电话：0731-8865194
2025年8月4日
""",
    ),
    dict(
        slug="tender-puxi-result-crab-trap-clearance-service",
        site="圃溪县政府采购网 (invented)",
        style="招投标网",
        genre="中标结果公告",
        kind="notice",
        form="text",
        source="http://zfcg.puxi.gov.cn/zbgg/2025/0220/0173.html",
        title="圃湖违规蟹笼地笼清理服务项目中标结果公告",
        date="2025-02-20",
        notes="record title as is; a bid-result table one row a paragraph, the service period inside a cell; purchaser "
        "and agency contacts beside the platform hotline; the closing date of the notice",
        page="""
!m 圃溪县政府采购网
!m 采购公告 ／ 结果公告
{T}
!m 发布时间：2025-02-20　浏览：409
{BODY}
!a 〔收藏〕〔打印〕〔关闭〕
!m 平台客服热线：400-870-3320（工作日）
!m 圃溪县财政局主办　湘ICP备07022188号
""",
        indent="",
        body="""
一、项目编号：PXCG-2025-017
二、项目名称：圃湖违规蟹笼地笼清理服务项目
三、中标信息
供应商名称　中标金额（元）　服务期
圃溪县湖安水上作业服务有限公司　386000　2025年3月1日至6月30日
四、主要标的信息
服务内容：圃湖水域违规蟹笼、地笼等网具的巡查、起获、转运和集中销毁，配备作业船只不少于6艘。
五、公告期限：自本公告发布之日起1个工作日。
六、凡对本次公告内容提出询问，请按以下方式联系。
采购人：圃溪县农业农村局，联系人：阮科长，电话：0736-5830918
代理机构：荚塘恒信招标代理有限公司，联系人：卞工，电话：0736-5877025
2025年2月20日
""",
    ),
    dict(
        slug="lawfirm-mingche-case-shrimp-traps-closed-season",
        site="硎山明澈律师事务所 (invented)",
        style="律所网站",
        genre="以案说法",
        kind="other",
        form="html",
        source="https://www.mingchelaw.cn/anli/2025/0516/88.html",
        title="禁渔期下几只虾笼，也可能构成犯罪",
        record_title="律师讲案子 · 禁渔期下几只虾笼，也可能构成犯罪｜明澈律所",
        date="2025-05-16",
        notes="law firm page: a lawyer card, a consult float, a 400 line and a 'link to this article' block; the byline "
        "date is the page's date; bracketed 【案情】【评析】 headings stay in the body",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>律师讲案子 · 禁渔期下几只虾笼，也可能构成犯罪｜明澈律所</title></head>
<body>
<div class="lf-top">⟦m 硎山明澈律师事务所⟧ ⟦m 全国免费咨询 400-613-0716⟧</div>
<div class="lf-nav">⟦m 首页 律所简介 专业团队 律师讲案子 联系我们⟧</div>
<div class="lf-art">
<p class="lf-col">⟦m 律师讲案子⟧</p>
<h1>{T}</h1>
<p class="lf-by">⟦m 撰文：符一鸣 律师　日期：2025-05-16⟧</p>
{BODY}
<div class="lf-link">⟦m 本文地址：https://www.mingchelaw.cn/anli/2025/0516/88.html⟧</div>
</div>
<div class="lf-card"><p>⟦w 符一鸣 律师　擅长：环境资源、刑事辩护⟧</p><p>⟦w 手机/微信：139 0745 8127⟧</p></div>
<div class="lf-float">⟦a 在线问律师 · 3分钟回复⟧</div>
<div class="lf-foot">⟦d 本站文章系律师个人观点，不构成对具体案件的法律意见。⟧<br>⟦m 湘ICP备19024470号⟧</div>
</body></html>
""",
        body="""
【案情】2024年4月，村民周某在彬溪禁渔区内投放虾笼40余只，被渔政执法人员当场查获，起获青虾、小杂鱼共计8.6公斤。检察机关以非法捕捞水产品罪对周某提起公诉。
【争议】周某辩称，自己只是下几只笼子弄点虾吃，捕获的数量也不多，不应当构成犯罪。
【评析】根据刑法第三百四十条和有关司法解释，在禁渔区、禁渔期使用禁用工具捕捞水产品，即使数量不大，也可能被认定为情节严重。密眼虾笼对幼鱼幼虾杀伤力大，属于禁用渔具。本案中，周某的行为已构成非法捕捞水产品罪。法院最终判处周某拘役三个月，缓刑四个月，并责令其增殖放流鱼苗以修复生态。
【提示】禁渔期内，请不要抱有侥幸心理下笼捕捞。
""",
    ),
    dict(
        slug="lawfirm-jinglv-answer-duck-crates-in-stairwell",
        site="镜律在线 (invented legal-advice site)",
        style="律所网站",
        genre="法律咨询解答",
        kind="other",
        form="text",
        source="https://www.jinglvzx.com/zixun/wuye/73104.html",
        title="邻居在楼道里堆鸭笼，物业能不能管？",
        record_title="【邻里物业】邻居在楼道里堆鸭笼，物业能不能管？ - 镜律在线·律师回复",
        date=None,
        notes="a lawyer's answer with a numbered list; the question line, a lawyer line with a relative time (4 天前), "
        "a consult prompt and a 400 line; no date",
        page="""
!m 镜律在线 · 有事先问律师
!m 法律咨询 › 物业纠纷
!t 【邻里物业】邻居在楼道里堆鸭笼，物业能不能管？
{T}
!m 咨询人：匿名用户　｜　所在地：艮原市
!m 解答律师：牟晓川（执业12年）　4 天前
{BODY}
!a 对回复满意吗？　满意　一般　不满意
!w 同类问题一对一问律师，拨打 400-083-6621
!l 相似咨询：楼道堆杂物消防能罚吗 ｜ 邻居在公共区域养鸡怎么办
""",
        indent="",
        body="""
您好，根据您描述的情况，解答如下：
楼道属于业主共有部分，任何业主都不得擅自占用。《民法典》第二百七十二条规定，业主行使权利不得危及建筑物的安全，不得损害其他业主的合法权益。邻居把鸭笼长期堆放在楼道，既妨碍通行，又存在卫生和消防隐患，侵害了其他业主的共同利益。
建议您按以下顺序处理：
1. 先与邻居友好沟通，请其将鸭笼移走；
2. 沟通无果的，向物业服务企业反映，物业有义务劝阻、制止并及时报告；
3. 物业处理不力的，可以向居委会或街道反映，涉及消防通道的，可以向消防部门举报；
4. 必要时，可以依法向人民法院起诉，要求排除妨害。
以上意见仅供参考。
""",
    ),
    dict(
        slug="residents-fuli-reminder-shrimp-traps-landscape-river",
        site="甫里社区网 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="http://fuli.michengsq.cn/tzgg/2025/0714/1092.html",
        title="关于严禁在小区景观河下虾笼捕虾的温馨提示",
        record_title="【居委会提醒】关于严禁在小区景观河下虾笼捕虾的温馨提示 - 甫里社区网",
        date="2025-07-14",
        notes="residents' site: a weather line, a grid member's box with a mobile and a property duty line beside the "
        "committee's own 咨询电话; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【居委会提醒】关于严禁在小区景观河下虾笼捕虾的温馨提示 - 甫里社区网</title></head>
<body>
<div class="sq-top">⟦m 甫里社区网⟧ <span>⟦m 芈城区彬溪街道　今天 雷阵雨 27~34℃⟧</span></div>
<div class="sq-nav">⟦m 社区首页 居务公开 便民服务 邻里互助 网格之家⟧</div>
<div class="sq-path">⟦m 首页 ＞ 居务公开 ＞ 通知⟧</div>
<h2>{T}</h2>
<p class="sq-info">⟦m 居委会 · 2025-07-14 · 浏览 688⟧</p>
{BODY}
<div class="sq-grid"><b>⟦m 我的网格员⟧</b><p>⟦m 第三网格　邬小青　138 0736 2290⟧</p></div>
<div class="sq-wy">⟦m 物业夜间值班：0736-2277119⟧</div>
<div class="sq-share">⟦l 转给邻居：微信 ｜ 复制链接⟧</div>
<div class="sq-foot">⟦m 甫里社区居民委员会　湘ICP备20008172号⟧</div>
</body></html>
""",
        body="""
各位居民朋友：
近期，有居民反映小区景观河里被人下了虾笼，还有小朋友趴在河边石栏上收笼子。景观河水深1.5米以上，岸边青苔湿滑，极易发生落水事故。
为保障大家特别是孩子们的安全，现提示如下：
一、小区景观河为公共景观水体，禁止下虾笼、地笼和垂钓。物业已于7月12日清理出虾笼7只，暂存于物业服务中心，请笼主三日内认领。
二、请家长看护好孩子，暑期不要让孩子独自到河边玩耍。
三、发现有人在河边下笼或孩子在河边嬉水，请及时劝阻，并告知网格员或物业。
社区咨询电话：0736-2270913。
彬溪街道甫里社区居民委员会
2025年7月14日
""",
    ),
    dict(
        slug="residents-linhu-notice-drying-crab-traps",
        site="临湖社区在线 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="http://linhu.yantian-sq.cn/news/2025-10-20-3.html",
        title="关于规范晾晒蟹笼的通知",
        record_title="关于规范晾晒蟹笼的通知 ‖ 居务公开 ‖ 临湖社区在线",
        date="2025-10-20",
        notes="residents' site as text: weather, service links, a page-views line, prev/next; a drying-site allocation "
        "with numbered items; 成文日期 under the committee's signature",
        page="""
!m 临湖社区在线　圃溪县菸田镇
!m 今日 晴 16~24℃　湖面东北风3级
!m 居务公开　便民服务　湖区动态　办事指南
{T}
!m 发布单位：临湖社区居委会　　浏览：451
{BODY}
!l ＜前一条：临湖社区10月份党员活动日安排
!l ＞后一条：关于冬季湖堤防火巡查的提醒
!m 临湖社区服务站 · 湖滨路18号
""",
        indent="\u3000\u3000",
        body="""
各位居民：
捕蟹季以来，部分居民将蟹笼晾晒在湖堤步道、健身广场和楼栋门口，有的一堆就是几十只，既影响通行，又散发腥味，居民意见较大。为维护社区环境，经社区居民议事会讨论，现通知如下：
一、社区在湖堤东段设置了蟹笼集中晾晒点，划分为48个格位，需要晾晒的居民请到社区服务站登记领取格位号。
二、10月25日后，步道、广场和楼栋门口不得再晾晒蟹笼。对逾期未清理的，社区将协助搬至集中晾晒点。
三、破损不再使用的蟹笼，请放到晾晒点旁的回收箱，不要丢入生活垃圾桶。
感谢大家的理解和配合。
菸田镇临湖社区居民委员会
2025年10月20日
""",
    ),
]

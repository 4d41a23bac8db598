"""holdout334, part D: download stations, personnel-exam sites, tender portals, law firms, residents' sites.

Invented text (places, people, sites, URLs, phones and ids are made up); see ../README.md and
../build.py for the markup.
"""

CASES = [
    dict(
        slug="jicai-download-rules-nursing-room-gb2312",
        site="集材下载站 (invented, old gb2312 table layout)",
        style="资料下载站",
        genre="管理制度",
        kind="other",
        form="html",
        source="http://www.jicai-down.example.cn/soft/zhidu/30418.html",
        title="商场母婴室管理制度",
        record_title="商场母婴室管理制度（含尿布桶清运要求）Word版免费下载_集材下载站",
        date=None,
        notes="old download-station page: a file-info table, three mirror links, an unzip password, a dead-link "
        "report and a floating ghost-writer ad; rules with 第N条 articles; the update stamp is no date",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>商场母婴室管理制度（含尿布桶清运要求）Word版免费下载_集材下载站</title>
<script src="/js/float_ad.js"></script>
</head>
<body>
<table width="980" align="center" cellpadding="0" cellspacing="0">
<tr><td>⟦m 集材下载站 —— 材料齐全 下载飞快⟧</td><td align="right">⟦a 软件下载⟧ ⟦a 文档下载⟧ ⟦a 模板下载⟧</td></tr>
<tr><td colspan="2">⟦m 当前位置：集材下载站 → 文档资料 → 规章制度 → 商场母婴室管理制度⟧</td></tr>
</table>
<table width="980" align="center" border="1" cellpadding="4" bordercolor="#CCCCCC">
<tr><td colspan="2"><h1>{T}</h1></td></tr>
<tr><td>⟦m 资料大小：26.5 KB⟧</td><td>⟦m 资料语言：简体中文⟧</td></tr>
<tr><td>⟦m 资料格式：doc⟧</td><td>⟦m 更新时间：2025/4/17 23:05:12⟧</td></tr>
<tr><td>⟦m 授权方式：免费资料⟧</td><td>⟦m 下载次数：本周 37 次⟧</td></tr>
<tr><td colspan="2"><b>⟦m 资料简介：⟧</b></td></tr>
<tr><td colspan="2">
{BODY}
</td></tr>
<tr><td colspan="2">⟦a 下载地址一：电信高速下载⟧<br>⟦a 下载地址二：联通高速下载⟧<br>⟦a 下载地址三：移动备用下载⟧</td></tr>
<tr><td colspan="2">⟦a 解压密码：www.jicai-down.example.cn⟧　<a href="/err.asp?id=30418">⟦a 下载不了？报告死链⟧</a></td></tr>
</table>
<div id="float_l" style="position:absolute;left:2px;top:300px">⟦w 各类制度代写修改 QQ 3387712046⟧</div>
<table width="980" align="center"><tr><td align="center">⟦d 本站资料均来自网络，仅供学习交流，下载后请于24小时内删除⟧<br>⟦m Copyright 2011-2025 集材下载站 闽ICP备11022618号⟧</td></tr></table>
</body>
</html>
""",
        p_html="{}<br>",
        body="""
第一条　为给来店顾客提供干净、安全、方便的母婴护理环境，制定本制度。
第二条　母婴室开放时间与商场营业时间一致，由客服部负责日常管理，保洁部负责清洁消毒。
第三条　母婴室内配置护理台、哺乳椅、洗手池和脚踏式密封尿布桶，尿布桶张贴“仅限投放尿布”标识。
第四条　保洁员每两小时巡查一次，尿布桶内衬袋满三分之二时立即更换，每日闭店后将尿布统一清运至垃圾房，并用消毒液擦拭桶身。
第五条　护理台每次使用后由顾客铺放一次性垫纸，保洁员每日消毒不少于三次。
第六条　顾客发现设施损坏或清洁不到位，可通过服务台反映，客服部应在一小时内处理。
第七条　本制度由客服部负责解释，自印发之日起执行。
""",
    ),
    dict(
        slug="xiadekuai-contract-template-bottle-brush-doc",
        site="下得快文档站 (invented)",
        style="资料下载站",
        genre="合同范本",
        kind="other",
        form="text",
        source="https://www.xiadekuai.example.cn/doc/hetong/55127.html",
        title="奶瓶刷采购合同（范本）",
        record_title="奶瓶刷采购合同（范本）.doc",
        date=None,
        notes="file-name record title (.doc); a contract template with 第N条 articles, ×× placeholders and "
        "＿＿年＿＿月＿＿日 blanks: no date; file-info lines and download buttons around it",
        page="""
!m 下得快文档站 · 合同协议 · 采购合同
!t 奶瓶刷采购合同（范本）.doc
!m 文件大小：32KB　|　文件类型：.doc　|　上传日期：3 周前　|　下载：1208 次
!a ▶ 本地高速下载　　▶ 网盘备用地址
{BODY}
!a 以上为预览内容，完整可编辑版请下载原文件
!w 合同审核、修改请加微信 xdk_fawu（收费服务）
!l 同类合同：母婴用品代销协议　|　日用品采购框架合同　|　产品质量保证书模板
""",
        body="""
甲方（采购方）：××母婴用品有限公司
乙方（供货方）：＿＿＿＿＿＿＿＿
第一条　甲方向乙方采购奶瓶刷（型号：××）＿＿＿＿支，单价＿＿＿＿元，合同总价＿＿＿＿元。
第二条　乙方保证所供奶瓶刷刷毛拉脱力、刷柄强度等指标符合国家相关标准，每批货物随附有效检测报告。
第三条　乙方应于＿＿＿＿年＿＿月＿＿日前将货物送至甲方指定仓库，运费由乙方承担。
第四条　甲方收货后7日内抽样验收，刷毛脱落、刷头变形等不合格产品由乙方无条件退换。
第五条　本合同一式两份，甲乙双方各执一份，自双方签字盖章之日起生效。
甲方（盖章）：　　　　乙方（盖章）：
签订日期：＿＿＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="yanchuan-exam-nursery-practical-bottle-brush",
        site="颜川人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://rsks.yanchuan.example.cn/ksgg/2025/0418/412.html",
        title="颜川县2025年公办托育机构保育员招聘实操考核公告",
        record_title="【托育岗·实操考核】颜川县2025年公办托育机构保育员招聘实操考核公告_颜川人事考试网",
        date="2025-04-16",
        date_also=["2025-04-18"],
        notes="exam site: a maintenance banner, an admission-ticket float, a technical-support line beside the "
        "exam office's 咨询电话; a schedule table; 下载/打印准考证 as content; 成文日期 vs posting date",
        page="""
<!DOCTYPE html>
<html>
<head><meta charset="utf-8"><title>【托育岗·实操考核】颜川县2025年公办托育机构保育员招聘实操考核公告_颜川人事考试网</title></head>
<body>
<div class="notice-bar">⟦m 系统维护公告：4月20日0:00至6:00报名系统暂停访问⟧</div>
<div class="head">⟦m 颜川人事考试网⟧ ⟦m 公开 公平 公正 择优⟧</div>
<div class="nav">⟦m 首页⟧ ⟦m 考试公告⟧ ⟦m 成绩查询⟧ ⟦m 政策法规⟧</div>
<div class="art">
<h2>{T}</h2>
<p class="info">⟦m 发布时间：2025-04-18　来源：颜川县人事考试中心　浏览：3377⟧</p>
<div class="con">
{BODY}
</div>
</div>
<div class="float-zkz"><a href="/zkz/">⟦a 实操准考证入口⟧</a></div>
<div class="foot">⟦m 网站技术支持：0738-5290007（工作日 9:00-17:00）⟧<br>⟦m 颜川县人事考试中心　湘ICP备10031172号⟧</div>
<div class="side"><h4>⟦l 近期考试日历⟧</h4><p>⟦l 5月：县事业单位公开招聘笔试⟧</p></div>
<script src="/js/zkz-float.js"></script>
</body>
</html>
""",
        body="""
根据《颜川县2025年公办托育机构保育员招聘公告》，现将实操考核有关事项公告如下：
一、考核时间和地点
批次　时间　地点
第一批　4月26日上午8:30　县妇幼保健院培训楼三楼
第二批　4月26日下午14:00　县妇幼保健院培训楼三楼
二、考核内容
实操考核包括婴儿奶瓶清洗消毒、冲调配方奶、更换尿布三个项目，每项限时10分钟。奶瓶清洗消毒项目由考场统一提供奶瓶、奶瓶刷、奶嘴刷和消毒锅，考生不得自带用具。
⟦a 点此进入实操准考证打印系统 ›⟧
三、准考证打印
考生请于4月22日至25日登录颜川人事考试网下载并打印实操准考证，考核时须携带准考证和身份证原件。
咨询电话：0738-5290315。
颜川县人事考试中心
2025年4月16日
""",
    ),
    dict(
        slug="huoling-exam-guard-installer-wrapped",
        site="霍岭人事考试信息网 (invented, text page)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.hlrsks.example.cn/zyjn/20250602/705.html",
        title="霍岭县2025年第二批防护网安装工职业技能等级认定公告",
        record_title="〔技能鉴定·第二批〕霍岭县2025年第二批防护网安装工职业技能等级认定公告 - 霍岭人事考试信息网",
        date="2025-06-02",
        notes="text exam page hard-wrapped at 66 columns; a schedule table; 下载/打印 as content; the centre's "
        "咨询电话 beside the site's technical line; signature date",
        page="""
!m 霍岭人事考试信息网
!m 首页 ＞ 职业技能 ＞ 等级认定公告
!t 〔技能鉴定·第二批〕霍岭县2025年第二批防护网安装工职业技能等级认定公告 - 霍岭人事考试信息网
!m 发布：霍岭县职业技能鉴定中心　　阅读：906
{BODY}
!a 〔打印本页〕　〔关闭〕
!m 本网技术支持电话：0358-4165003
!m 霍岭县人力资源和社会保障局主办
""",
        indent="\u3000\u3000",
        wrap=66,
        body="""
为提升我县高层住宅隐形防护网安装人员的作业技能和安全意识，县职业技能鉴定中心定于6月下旬组织第二批防护网安装工（高处作业方向）职业技能等级认定。现将有关事项公告如下：
一、报名条件。年满18周岁、身体健康，从事防护网安装工作满1年，并持有有效高处作业证的人员，可报名参加初级认定。
二、认定安排如下：
科目　时间　地点
理论知识　6月21日9:00　县职教中心机房
实际操作　6月22日8:30　县职教中心实训楼
三、实际操作考核包括钢丝张紧、逃生口设置和安全带系挂，考生须自备安全帽和工作手套。请于6月18日起登录本网下载打印准考证。
咨询电话：0358-4168215。
霍岭县职业技能鉴定中心
2025年6月2日
""",
    ),
    dict(
        slug="pengxi-tender-window-guard-bid-result",
        site="鹏溪县公共资源交易网 (invented)",
        style="招投标网",
        genre="中标结果公告",
        kind="notice",
        form="html",
        source="https://ggzy.pengxi.example.cn/jyxx/zfcg/zbgg/2024/0823/30011.html",
        title="鹏溪县保障性住房隐形防护网安装项目中标结果公告",
        record_title="鹏溪县保障性住房隐形防护网安装项目中标结果公告_政府采购_鹏溪县公共资源交易网",
        record_date="2024-08-23",
        date="2024-08-23",
        notes="tender portal: CA and trading-system lines beside the purchaser's and agency's contacts in the body; "
        "a bid-result table; an attachment link; date from the record",
        page="""
<!DOCTYPE html>
<html>
<head><meta charset="utf-8"><title>鹏溪县保障性住房隐形防护网安装项目中标结果公告_政府采购_鹏溪县公共资源交易网</title></head>
<body>
<div class="top">⟦m 鹏溪县公共资源交易网⟧　<a>⟦a 交易主体登录⟧</a>　<a>⟦a CA锁办理指南⟧</a></div>
<div class="nav">⟦m 首页⟧ ⟦m 工程建设⟧ ⟦m 政府采购⟧ ⟦m 产权交易⟧ ⟦m 信用信息⟧</div>
<div class="loc">⟦m 您的位置：交易信息 › 政府采购 › 中标（成交）公告⟧</div>
<div class="detail">
<h3>{T}</h3>
<div class="detail-info">⟦m 信息时间：2024-08-23　阅读次数：284⟧</div>
<div class="detail-con">
{BODY}
</div>
<div class="fj">⟦a 附件：中标人投标报价明细表.pdf⟧</div>
</div>
<div class="foot">
<p>⟦m CA数字证书服务热线：400-870-6633⟧　⟦m 交易系统技术支持：0736-7130880⟧</p>
<p>⟦m 主办单位：鹏溪县公共资源交易中心　湘ICP备19004471号-1⟧</p>
</div>
<div class="side"><h4>⟦l 最新成交公告⟧</h4><p>⟦l 鹏溪县第二中学食堂改造项目成交公告⟧</p></div>
<script src="/js/ggzy.min.js"></script>
</body>
</html>
""",
        body="""
一、项目编号：PXCG-2024-0617
二、项目名称：鹏溪县保障性住房隐形防护网安装项目
三、中标信息
标包　中标人　中标金额（元）　工期
第一包（城东公租房）　鹏溪县安居门窗工程有限公司　386200　30日历天
第二包（城西公租房）　昆溪市筑安建材有限公司　297850　25日历天
四、主要标的：316不锈钢包胶钢丝隐形防护网约5200平方米，钢丝直径不小于2毫米，每户预留逃生口。
五、公告期限：自本公告发布之日起1个工作日。
六、联系方式
采购人：鹏溪县住房保障服务中心，联系人：佟海，电话：0736-7125506。
代理机构：鹏溪县正信招标代理有限公司，联系人：孟琳，电话：0736-7139012。
""",
    ),
    dict(
        slug="mengtang-tender-inquiry-nappy-bins-hospital",
        site="孟塘县政府采购网 (invented, text page)",
        style="招投标网",
        genre="询价采购公告",
        kind="notice",
        form="text",
        source="http://www.mtzfcg.example.cn/cggg/xjgg/202503/t20250305_6617.html",
        title="孟塘县妇幼保健院尿布桶等保洁用品询价采购公告",
        record_title="【询价采购·保洁用品】孟塘县妇幼保健院尿布桶等保洁用品询价采购公告",
        date="2025-03-05",
        notes="text tender page: an items table one row a paragraph, a quote to download and send back as content, "
        "purchaser contact beside a platform hotline; signature date",
        page="""
!m 孟塘县政府采购网
!m 首页 > 采购公告 > 询价公告
{T}
!m 发布日期：2025-03-05　　截止时间：剩余 6 天 3 小时
!a 【我要报价】【收藏项目】
{BODY}
!m 平台操作咨询：400-611-2860（转2）
!l 相关公告：孟塘县中医院一次性医用耗材询价公告
!m 孟塘县财政局政府采购监督管理股　版权所有
""",
        body="""
孟塘县妇幼保健院拟采购尿布桶等保洁用品一批，欢迎符合条件的供应商参加报价。
一、采购内容
品名　规格　数量
脚踏式密封尿布桶　20升，带内桶　40只
尿布桶内衬袋　与桶配套　120卷
医用垃圾桶　15升，黄色　30只
二、报价要求。供应商请在本网下载报价单，填写后加盖公章，于3月11日17:00前送至采购人或扫描发送至邮箱mtfy_cg@example.cn，逾期不予受理。
三、联系方式。采购人：孟塘县妇幼保健院，联系人：邱晓，电话：0739-6625418。
孟塘县妇幼保健院
2025年3月5日
""",
    ),
    dict(
        slug="yanheng-law-case-nappy-bin-finger",
        site="砚衡律师事务所 (invented)",
        style="律所网站",
        genre="案例评析",
        kind="other",
        form="html",
        source="https://www.yanhenglaw.example.cn/anli/minshi/338.html",
        title="商场母婴室尿布桶夹伤幼儿手指，商场要担责吗",
        record_title="商场母婴室尿布桶夹伤幼儿手指，商场要担责吗｜以案释法 - 砚衡律师事务所",
        date=None,
        notes="law firm case note: a lawyer card, a consult float, a 400 line, a repost notice and a 本文链接 "
        "block; no date",
        page="""
<!DOCTYPE html>
<html>
<head><meta charset="utf-8"><title>商场母婴室尿布桶夹伤幼儿手指，商场要担责吗｜以案释法 - 砚衡律师事务所</title></head>
<body>
<div class="law-top">⟦m 砚衡律师事务所⟧　⟦m 以专业守护公正⟧　⟦m 全国咨询热线 400-066-3188⟧</div>
<div class="law-nav">⟦m 首页⟧ ⟦m 律所简介⟧ ⟦m 律师团队⟧ ⟦m 以案释法⟧ ⟦m 联系我们⟧</div>
<div class="law-main">
<h1>{T}</h1>
<div class="law-meta">⟦m 栏目：以案释法　作者：鲍立言律师　阅读：742⟧</div>
<div class="law-body">
{BODY}
</div>
<div class="law-link">⟦m 本文链接：https://www.yanhenglaw.example.cn/anli/minshi/338.html⟧</div>
<div class="law-repost">⟦d 本所文章欢迎转载，转载请注明出处及作者⟧</div>
</div>
<div class="lawyer-card">⟦m 鲍立言　执业证号 14301201910528763　擅长：侵权纠纷、消费维权⟧</div>
<div class="consult-float">⟦w 免费咨询律师，点此留下联系方式⟧</div>
<div class="law-foot">⟦m Copyright © 砚衡律师事务所　地址：昆溪市乾湾区银杏路19号⟧</div>
<script src="/js/consult-float.js"></script>
</body>
</html>
""",
        body="""
【案情】2024年春节期间，市民郭女士带两岁的儿子在某商场母婴室换尿布。孩子趁大人不注意，把手伸进脚踏式尿布桶的盖子下面，郭女士扔尿布时一踩踏板，桶盖落下夹伤了孩子的手指。经诊断，孩子左手食指骨裂。郭女士要求商场赔偿医疗费等损失，商场认为是家长看护不力，拒绝赔偿。
【分析】根据民法典规定，商场等经营场所的经营者、管理者未尽到安全保障义务，造成他人损害的，应当承担侵权责任。本案中，母婴室是专为婴幼儿设置的场所，商场应当预见到幼儿接触尿布桶的可能，选用带缓降盖的尿布桶或采取防护措施。同时，郭女士作为监护人未尽看护职责，自身也有过错。
【结果】法院判决商场承担60%的责任，赔偿医疗费、护理费等共计4870元。
""",
    ),
    dict(
        slug="minghe-law-letter-property-door-chain",
        site="明衡律师 (invented, law firm text page)",
        style="律所网站",
        genre="律师函",
        kind="other",
        form="text",
        source="http://www.minghelawyer.example.cn/wenshu/1902.html",
        title="关于物业公司擅自拆除业主门链的律师函",
        record_title="【文书实录】关于物业公司擅自拆除业主门链的律师函 - 明衡律师",
        date="2025-02-21",
        notes="a law firm's published letter: a lawyer line, a 400 line and a consult prompt around it; the "
        "letter's own phone in the body; 成文日期 under the signature",
        page="""
!m 明衡律师 | 物业纠纷 · 邻里纠纷 · 房产纠纷
!m 首页 › 文书实录 › 律师函
!t 【文书实录】关于物业公司擅自拆除业主门链的律师函 - 明衡律师
!m 承办律师：庞子谦　　浏览：356
{BODY}
!w 遇到物业纠纷？拨打 400-809-1177 预约律师面谈
!a 收藏本页　　打印本页
!d 本站文书已隐去当事人信息，仅供参考，不构成法律意见
""",
        body="""
昆溪市俞园物业服务有限公司：
昆溪明衡律师事务所接受俞园小区7栋1203室业主颜某的委托，指派庞子谦律师就贵公司擅自拆除业主门链一事，致函如下：
2025年2月15日，贵公司工作人员以“统一更换楼道门禁”为由，未经业主同意进入其入户门内，拆除了业主自行安装的门链，并带走了拆下的门链。
本律师认为，门链系业主在专有部分自行安装的财产，贵公司无权擅自拆除。请贵公司在收到本函之日起7日内恢复原状或照价赔偿，并向业主书面致歉。逾期，本律师将依法代为提起诉讼。
联系电话：0917-3390512。
昆溪明衡律师事务所
律师：庞子谦
2025年2月21日
""",
    ),
    dict(
        slug="yuyuan-community-notice-door-chains-elderly",
        site="俞园社区服务网 (invented, residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.yuyuansq.example.cn/tzgg/2024/1015/118.html",
        title="关于为辖区独居老人免费安装门链的通知",
        record_title="关于为辖区独居老人免费安装门链的通知 - 社区公告 - 俞园社区服务网",
        date="2024-10-14",
        date_also=["2024-10-15"],
        notes="residents' site: a weather line, a grid member's box and property repair lines beside the "
        "community's own 咨询电话 in the body; 成文日期 differs from the posting date",
        page="""
<!DOCTYPE html>
<html>
<head><meta charset="utf-8"><title>关于为辖区独居老人免费安装门链的通知 - 社区公告 - 俞园社区服务网</title></head>
<body>
<div class="sq-top">⟦m 俞园社区服务网⟧　⟦m 乾湾区乾湾街道俞园社区居委会⟧　⟦m 今天 晴 8℃～19℃⟧</div>
<div class="sq-nav">⟦m 社区首页⟧ ⟦m 社区公告⟧ ⟦m 便民服务⟧ ⟦m 网格管理⟧</div>
<div class="sq-art">
<h2>{T}</h2>
<div class="sq-meta">⟦m 发布：社区居委会　2024-10-15　阅读 511⟧</div>
<div class="sq-body">
{BODY}
</div>
</div>
<div class="sq-side">
<div class="grid">⟦m 我的网格员：郭雯　手机 138 0917 4262⟧</div>
<div class="wy">⟦m 物业报修：0917-3388101（24小时）⟧</div>
</div>
<div class="sq-foot">⟦m 俞园社区居委会　地址：乾湾区俞园路6号⟧</div>
<script src="/js/weather.js"></script>
</body>
</html>
""",
        body="""
各位居民：
为进一步做好独居老人居家安全工作，社区联合乾湾区五金行业商会，为辖区65周岁以上独居老人免费安装门链。现将有关事项通知如下：
一、安装对象：本社区户籍或常住、独自居住的65周岁以上老人，共登记128户。
二、安装时间：10月21日至11月8日，由网格员提前一天电话预约上门时间。
三、注意事项：安装人员统一穿着社区志愿者马甲，持社区开具的工作证。老人开门前请先挂好门链，核对工作证后再开门。
有需要安装但未登记的老人或家属，请到社区服务大厅登记，咨询电话：0917-3381206。
俞园社区居民委员会
2024年10月14日
""",
    ),
    dict(
        slug="yakou-community-pledge-nursing-room",
        site="涯口社区网 (invented, residents' site, text page)",
        style="社区网站",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://yakou.sq.example.cn/article/2025/0520/77.html",
        title="文明使用母婴室倡议书",
        date="2025-05-20",
        notes="record title as is; residents' text page with a weather line, a property duty line and a share row "
        "around it; sharing the pledge as content; signature date",
        page="""
!m 涯口社区网　孟塘县城关镇涯口社区
!m 天气：多云转小雨　17～24℃
!m 首页 > 社区动态 > 倡议
{T}
!m 发布者：涯口社区居委会　　阅读：208　　点赞：31
{BODY}
!l 转给邻居：微信　朋友圈　QQ
!m 物业值班电话：0739-6630019
!m 涯口社区居民委员会　版权所有
""",
        body="""
社区各位居民、辖区商户：
社区党群服务中心的母婴室自今年3月开放以来，已为上千人次提供了哺乳、换尿布服务。但我们也发现，有人把用过的尿布扔在护理台上，有人把饮料瓶、果皮丢进尿布桶，还有人在母婴室里吸烟。为让母婴室干净、舒心，社区向大家倡议：
一、用过的尿布请卷好后投入尿布桶，盖好桶盖。
二、尿布桶只投放尿布和湿巾，其他垃圾请投放到门外分类垃圾桶。
三、护理台使用后请擦拭干净，方便下一位宝宝使用。
四、母婴室内禁止吸烟，请勿长时间占用。
欢迎大家把这份倡议分享给身边的宝爸宝妈。
涯口社区居民委员会
2025年5月20日
""",
    ),
]

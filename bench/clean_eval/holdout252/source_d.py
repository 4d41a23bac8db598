"""holdout252, part D: 资料下载站, 人事考试网, 招投标网, 律所网站, 社区网站. Invented text, written by hand;
see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="download-yunji-rules-copy-paper-wps-gb2312",
        site="云笈资料下载站 (invented, old gb2312 download station)",
        style="资料下载站",
        genre="规程",
        kind="other",
        form="html",
        source="http://www.yunji-down.example.com/soft/gz/20250214/33871.html",
        title="复印纸使用与保管规程",
        record_title="复印纸使用与保管规程.wps",
        date=None,
        notes="a .wps file name as the record title; an old table layout with a file-info table (an update stamp, no "
        "date), three download links, an unzip password and a dead-link report; 第N条 articles; rules with no date",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>复印纸使用与保管规程.wps - 云笈资料下载站</title>
<script src="/js/count.js"></script>
</head>
<body>
<table width="980" align="center" border="0" cellspacing="0" cellpadding="0">
<tr><td><font size="5" color="#0B4F8A">⟦m 云笈资料下载站⟧</font>　<font size="2">⟦m 办公文档 · 规章范本 · 表格模板⟧</font></td></tr>
<tr><td bgcolor="#0B4F8A"><font color="#FFFFFF">⟦m 首页 | 规章制度 | 合同范本 | 表格下载 | 排行榜⟧</font></td></tr>
<tr><td>⟦m 您所在位置：云笈资料下载站 → 规章制度 → 行政后勤⟧</td></tr>
</table>
<table width="980" align="center" border="1" cellspacing="0" cellpadding="4" bordercolor="#C6D6E8">
<tr><td colspan="2" align="center"><b>{T}</b></td></tr>
<tr><td width="120">⟦m 文件名称：⟧</td><td>⟦m 复印纸使用与保管规程.wps⟧</td></tr>
<tr><td>⟦m 文件体积：⟧</td><td>⟦m 18.4 KB⟧</td></tr>
<tr><td>⟦m 入库更新：⟧</td><td>⟦m 2025-02-14 22:07⟧</td></tr>
<tr><td>⟦m 运行环境：⟧</td><td>⟦m WPS / Office 2007以上⟧</td></tr>
<tr><td>⟦m 下载人气：⟧</td><td>⟦m 本周 57　总计 1381⟧</td></tr>
<tr><td colspan="2">⟦m 内容简介：⟧</td></tr>
<tr><td colspan="2">
{BODY}
</td></tr>
<tr><td colspan="2">⟦a 〖南方电信线路〗　〖北方联通线路〗　〖云笈本地高速〗⟧</td></tr>
<tr><td colspan="2">⟦a 压缩包开启口令：yunji2025⟧</td></tr>
<tr><td colspan="2"><a href="/err.asp?id=33871">⟦a 文件打不开或链接失效？点此告知站长⟧</a></td></tr>
</table>
<table width="980" align="center"><tr><td align="center">⟦d 本站资料均收集自网络，仅供交流学习，请于下载后24小时内自行删除⟧</td></tr>
<tr><td align="center">⟦m 站长QQ：1908826604　冀ICP备13027781号⟧</td></tr></table>
</body>
</html>
""",
        p_html="{}<br>",
        body="""
第一条 为规范复印纸的使用与保管，减少浪费，保障文印工作正常开展，制定本规程。
第二条 复印纸应存放在干燥、通风的库房内，离地不低于10厘米，离墙不低于20厘米，避免受潮卷曲。
第三条 复印纸入库时，保管员应核对规格、克重和数量，登记入账。
第四条 领用复印纸以包为单位，按先进先出的原则发放，不得拆包零散发放。
第五条 打印、复印非正式文件时，应双面使用；单面废纸统一收集，用于草稿。
第六条 涉密文件的废纸不得作为草稿纸，应按保密规定销毁。
第七条 本规程由办公室负责解释，自发布之日起执行。
""",
    ),
    dict(
        slug="download-fanbencang-contract-toner-template-blanks",
        site="范本仓 (invented, template download site)",
        style="资料下载站",
        genre="合同范本",
        kind="other",
        form="text",
        source="https://www.fanbencang.example.com/hetong/caigou/1206.html",
        title="硒鼓采购合同",
        record_title="硒鼓采购合同范本（通用版）免费下载_范本仓",
        date=None,
        notes="a contract template: ＿＿ blanks, an ×× placeholder and ＿＿年＿＿月＿＿日; 第N条 articles; a format and size "
        "line, a download button row, a 'free for members' prompt and a disclaimer; no date",
        page="""
!m 范本仓 · 合同范本 › 采购合同
!t 硒鼓采购合同范本（通用版）免费下载
!m 格式：DOCX｜页数：2｜更新：3 天前｜已下载 742 次
!a ⬇ 下载可编辑版　　☆ 加入收藏　　✉ 发送到邮箱
{BODY}
!a 范本仓会员可免费下载全站合同范本，首月仅需1元
!d 范本仅供参考，签约前请结合实际情况并咨询专业律师
""",
        body="""
甲方（采购方）：＿＿＿＿＿＿＿＿
乙方（供货方）：＿＿＿＿＿＿＿＿
经双方协商一致，就甲方向乙方采购打印机硒鼓事宜，订立本合同。
第一条 产品名称、型号和数量：＿＿型硒鼓＿＿支，单价＿＿元，合计人民币＿＿元。
第二条 质量要求：乙方提供的硒鼓应为全新原装或符合国家标准的再生产品，打印页数不低于标称值的90%。
第三条 交货时间和地点：乙方应于＿＿年＿＿月＿＿日前将货物送至甲方指定地点××。
第四条 验收：甲方收货后5个工作日内验收，发现漏粉、底灰等质量问题的，乙方应无条件更换。
第五条 付款方式：验收合格后＿＿日内，甲方一次性支付全部货款。
第六条 旧硒鼓回收：乙方负责免费回收甲方的废旧硒鼓，并交有资质的单位处置。
甲方（盖章）：　　　　乙方（盖章）：
签订日期：＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="exam-xianzhou-notice-review-copies-a4-tech-line",
        site="暹州人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.xzrsks.example.gov.cn/kwgg/2025/0429/771.html",
        title="关于2025年暹州市事业单位公开招聘资格复审材料提交要求的公告",
        record_title="〔复审须知·必读〕关于2025年暹州市事业单位公开招聘资格复审材料提交要求的公告_暹州人事考试网",
        date="2025-04-28",
        date_also=["2025-04-29"],
        notes="a personnel-exam site: a maintenance banner, an entry float, the site's technical line beside the exam "
        "centre's own 咨询电话; 下载并打印 as content; the page's date also accepted",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〔复审须知·必读〕关于2025年暹州市事业单位公开招聘资格复审材料提交要求的公告_暹州人事考试网</title>
</head>
<body>
<div class="ks-banner">⟦m 系统升级提示：5月1日0:00至6:00报名系统暂停服务⟧</div>
<div class="ks-head">⟦m 暹州人事考试网⟧　⟦m 暹州市人事考试中心⟧</div>
<div class="ks-nav">⟦m 首页⟧ ⟦m 考试动态⟧ ⟦m 考务公告⟧ ⟦m 成绩查询⟧ ⟦m 证书办理⟧</div>
<div class="ks-main">
<h2>{T}</h2>
<div class="ks-meta">⟦m 发布日期：2025-04-29　浏览次数：8832⟧</div>
<div class="ks-txt">
{BODY}
</div>
</div>
<div class="ks-float"><p>⟦a 报名入口⟧</p><p>⟦a 准考证打印入口⟧</p><p>⟦a 成绩查询入口⟧</p></div>
<div class="ks-ft"><p>⟦m 网站技术问题请致电 0716-8829100（仅受理系统故障）⟧</p><p>⟦m 主办：暹州市人力资源和社会保障局　鄂ICP备20004417号⟧</p></div>
</body>
</html>
""",
        body="""
各位考生：
2025年暹州市事业单位公开招聘资格复审将于5月10日至11日进行。为提高复审效率，现将材料提交要求公告如下：
一、考生须登录本网站下载并打印《资格复审表》，如实填写后签名。
二、身份证、毕业证、学位证等证件复印件一律使用A4复印纸单面复印，按复审表所列顺序排列，左上角装订。
三、复印件须清晰完整，不得使用热敏纸、彩色纸或缩印，材料不符合要求的，须当场重新复印。
四、资格复审地点为暹州市人力资源市场二楼，考生须本人到场，逾期未参加复审的视为自动放弃。
咨询电话：0716-8829034（工作日上午8:30-12:00，下午2:30-5:30）。
暹州市人事考试中心
2025年4月28日
""",
    ),
    dict(
        slug="exam-tuanxi-rules-printing-room-toner",
        site="疃溪人事考试网 (invented)",
        style="人事考试网",
        genre="制度",
        kind="other",
        form="text",
        source="http://rsks.tuanxi.example.gov.cn/kwgz/2024/1105/88.html",
        title="试卷印制室打印设备及硒鼓管理规定",
        record_title="【考务规章】试卷印制室打印设备及硒鼓管理规定_疃溪人事考试网",
        date=None,
        notes="an exam site's rules as text: 第N条 articles (one speaks of 录像, one of 印制), a 'related rules' box, an "
        "accessibility line; the page's crawl stamp only, so no date",
        page="""
!m 疃溪人事考试网　|　读屏　|　关怀版
!m 首页 / 考务规章
!t 【考务规章】试卷印制室打印设备及硒鼓管理规定
!m 收录：考务科　本页抓取于 2025-06-03
{BODY}
!l 相关规章：考场视频监控管理办法｜试卷保密室值守制度
!m 疃溪县人事考试中心　地址：疃溪县城关镇人和路20号
""",
        indent="\u3000\u3000",
        body="""
第一条 为确保考试试卷印制安全，规范印制室打印设备和硒鼓管理，制定本规定。
第二条 试卷印制室的打印机、复印机实行专机专用，不得联网，不得印制与考试无关的材料。
第三条 印制室使用的硒鼓由考试中心统一采购，入库时登记型号和序列号。
第四条 每次印制任务开始前，印制人员应检查硒鼓余量，确保一次印制完成，不得中途更换外来硒鼓。
第五条 更换下来的旧硒鼓，应由两名工作人员共同清理残存纸张和碳粉，登记后存放在印制室专柜。
第六条 印制室实行双人进出制度，印制期间全程录像，录像资料保存至考试结束后六个月。
第七条 本规定自印发之日起施行。
""",
    ),
    dict(
        slug="tender-zhenyang-result-copy-paper-lots-ca-line",
        site="畛阳县公共资源交易网 (invented)",
        style="招投标网",
        genre="中标公告",
        kind="notice",
        form="html",
        source="http://ggzy.zhenyang.example.gov.cn/jyxx/zfcg/zbgg/20250314/5508.html",
        title="畛阳县机关事务服务中心2025年度复印纸采购项目中标结果公告",
        record_title="【采购结果·复印纸】畛阳县机关事务服务中心2025年度复印纸采购项目中标结果公告 - 畛阳县公共资源交易网",
        date="2025-03-14",
        notes="a tender portal: a countdown line, CA and trading-system hotlines beside the purchaser's and the agency's own "
        "contacts; a lots table (one row a paragraph); the agency's signature and date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【采购结果·复印纸】畛阳县机关事务服务中心2025年度复印纸采购项目中标结果公告 - 畛阳县公共资源交易网</title>
</head>
<body>
<div class="gg-top">⟦m 畛阳县公共资源交易网⟧　<a>⟦a 主体登录⟧</a>　<a>⟦a 数字证书办理⟧</a></div>
<div class="gg-nav">⟦m 交易信息 › 政府采购 › 结果公告⟧</div>
<div class="gg-main">
<h3>{T}</h3>
<div class="gg-info">⟦m 信息时间：2025-03-14　阅读次数：316⟧　⟦m 公示剩余：0天23时41分⟧</div>
<div class="gg-con">
{BODY}
</div>
<div class="gg-att">⟦a 相关文件：中标通知书（电子版）查看⟧</div>
</div>
<div class="gg-ft"><p>⟦m CA证书办理咨询：0713-6631155⟧</p><p>⟦m 交易系统操作热线：400-806-1319（工作日）⟧</p><p>⟦m 畛阳县公共资源交易中心　地址：畛阳县行政中心东楼⟧</p></div>
</body>
</html>
""",
        body="""
一、项目编号：ZY-JG2025-017
二、项目名称：畛阳县机关事务服务中心2025年度复印纸采购项目
三、中标信息
包号　货物名称　中标供应商　中标金额（元）
1　A4复印纸（70克）　畛阳县恒彩办公用品有限公司　286400
2　A3复印纸（80克）　疃溪县雅卷纸业有限公司　73950
四、公告期限：自本公告发布之日起1个工作日。
五、联系方式
采购人：畛阳县机关事务服务中心，联系人：汤敏，电话：0713-6620841。
采购代理机构：畛阳县弘策项目管理有限公司，联系人：费晓峰，电话：0713-6638902。
畛阳县弘策项目管理有限公司
2025年3月14日
""",
    ),
    dict(
        slug="tender-tuanxi-inquiry-toner-items-record-date",
        site="疃溪采购平台 (invented, procurement platform)",
        style="招投标网",
        genre="询价公告",
        kind="notice",
        form="text",
        source="https://cg.tuanxi.example.com/xjgg/2025/0606/1349.html",
        title="疃溪县人民医院2025年度打印机硒鼓及墨粉询价采购公告",
        record_title="疃溪县人民医院2025年度打印机硒鼓及墨粉询价采购公告_询价公告_疃溪采购平台",
        record_date="2025-06-06",
        date="2025-06-06",
        notes="record gives a date and a title with _column_site; an items table (one row a paragraph); 下载询价文件 as "
        "content beside the platform's download button; the platform's service line beside the purchaser's contact",
        page="""
!m 疃溪采购平台 > 询价公告
{T}
!m 发布：2025-06-06 17:30　截止：2025-06-16 09:30　类别：货物
!a 〔一键报名〕　〔下载采购文件〕　〔提出疑问〕
{BODY}
!m 平台服务热线：400-660-7718（9:00-17:00）
!d 本平台仅提供信息发布服务，项目内容以采购人发布的文件为准
""",
        body="""
疃溪县人民医院拟对2025年度打印机硒鼓及墨粉进行询价采购，欢迎符合条件的供应商参加。
一、采购内容
序号　品名　规格型号　数量
1　硒鼓　TX-228型或同等兼容型号　120支
2　硒鼓　TX-505型或同等兼容型号　80支
3　墨粉　与上述硒鼓配套　60瓶
二、供应商资格：具有独立法人资格，近三年无重大违法记录。
三、获取询价文件：请于2025年6月9日至6月13日登录本平台下载询价文件。
四、报价截止时间：2025年6月16日9:30。
五、联系人：郑海波，电话：0713-6651220。
疃溪县人民医院
2025年6月6日
""",
    ),
    dict(
        slug="lawfirm-mingheng-case-falling-drying-pole",
        site="暹州鸣衡律师事务所 (invented, law-firm site)",
        style="律所网站",
        genre="案例评析",
        kind="other",
        form="html",
        source="https://www.minghenglaw.example.cn/alpx/0917.html",
        title="租客晾衣竿坠落砸伤路人，谁来担责？",
        record_title="【晾晒纠纷·案例】租客晾衣竿坠落砸伤路人，谁来担责？｜鸣衡律师事务所",
        date=None,
        notes="a law firm's case note: a lawyer card, a consult float, a 400 line, a 本文地址 block and a repost notice; "
        "【案情】【争议】… headings inside paragraphs; a case note with no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【晾晒纠纷·案例】租客晾衣竿坠落砸伤路人，谁来担责？｜鸣衡律师事务所</title>
</head>
<body>
<div class="mh-head">⟦m 鸣衡律师事务所⟧　⟦m 衡平之道 鸣于法庭⟧　⟦w 全国免费咨询：400-017-6688⟧</div>
<div class="mh-nav">⟦m 律所介绍⟧ ⟦m 专业领域⟧ ⟦m 律师团队⟧ ⟦m 以案说法⟧ ⟦m 联系我们⟧</div>
<div class="mh-art">
<div class="mh-col">⟦m 以案说法 / 侵权责任⟧</div>
<h1>{T}</h1>
<div class="mh-meta">⟦m 撰稿：鸣衡律所民事部　阅读 1,044⟧</div>
<div class="mh-txt">
{BODY}
</div>
<div class="mh-link">⟦m 本文地址：https://www.minghenglaw.example.cn/alpx/0917.html⟧</div>
<div class="mh-copy">⟦d 本文为鸣衡律所原创，转载请联系授权，不构成对具体案件的法律意见⟧</div>
</div>
<div class="mh-card"><p>⟦m 执业律师　石清扬⟧</p><p>⟦m 擅长：物业纠纷、人身损害赔偿⟧</p><p>⟦a 向石律师提问⟧</p></div>
<div class="mh-float">⟦w 在线律师 · 3分钟内回复⟧</div>
<div class="mh-ft">⟦m 暹州鸣衡律师事务所　暹州市江岸路208号鸣衡大厦12层⟧</div>
</body>
</html>
""",
        body="""
【案情】某小区租户王某将晾衣竿横架在窗外，一阵大风后晾衣竿连同衣物坠落，砸伤了楼下经过的李某。李某起诉要求王某和房东赔偿医药费、误工费等共计3.6万元。
【争议】房东认为房屋已出租，自己不应担责；王某则称晾衣竿是房东留下的，安装不牢固不是自己的原因。
【法院观点】法院审理认为，晾衣竿系王某实际使用和管理，其将晾衣竿伸出窗外且未采取防护措施，应承担主要责任；房东出租时未对晾衣竿的安全状况进行检查，承担次要责任。最终判决王某承担70%、房东承担30%的赔偿责任。
【律师提示】根据民法典有关规定，建筑物上的搁置物、悬挂物发生脱落、坠落造成他人损害的，所有人、管理人或者使用人不能证明自己没有过错的，应当承担侵权责任。出租人和承租人都应定期检查阳台、窗外的悬挂物，消除安全隐患。
""",
    ),
    dict(
        slug="lawfirm-mingheng-tips-stamp-buyback-scam-record-title",
        site="暹州鸣衡律师事务所 (invented, law-firm site, text copy)",
        style="律所网站",
        genre="法律提示",
        kind="notice",
        form="text",
        source="https://www.minghenglaw.example.cn/flts/0218.html",
        title="关于防范“高价回收邮票”骗局的法律风险提示",
        date="2025-02-18",
        notes="record title as is; a law firm's page as text: a column line, a consult prompt glued after a sentence, "
        "the firm's name as the signature (also the site line: matched as head), 成文日期 under it",
        page="""
!m 暹州鸣衡律师事务所
!m 法律提示 | 老年人权益
{T}
{BODY}
!w 有类似遭遇？拨打 400-017-6688，值班律师免费为您分析
!l 延伸阅读：老年人购买保健品被骗，钱还能要回来吗
!m 鸣衡律所 © 2025　暹司律备字第2018-03号
""",
        body="""
近期，我所接到多位老年人咨询，反映接到自称“收藏公司”的电话，称其家中的旧邮票可以高价回收，但需先缴纳鉴定费、拍卖服务费。为帮助大家识别此类骗局，现作如下提示：
一、正规的收藏品交易不会要求先交高额费用。凡是以“先交钱、后回收”为条件的，基本可以认定为诈骗。⟦w 具体个案可在线留言，律师助理当日回电⟧
二、不要轻易将邮票原件交给他人“鉴定”“保管”，防止被调包。
三、签订委托拍卖合同前，应核实对方的营业执照和经营范围，仔细阅读合同条款，必要时咨询律师。
四、一旦发现上当受骗，应立即保存通话记录、转账凭证等证据，及时向公安机关报案。
暹州鸣衡律师事务所
2025年2月18日
""",
    ),
    dict(
        slug="community-fenyuan-notice-stairwell-poles-grid-box",
        site="翂园社区居民之家 (invented, residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.fenyuansq.example.cn/jwgk/2024/0903/215.html",
        title="关于统一更换楼道顶层公共晾衣竿的通知",
        record_title="〔居务公告〕关于统一更换楼道顶层公共晾衣竿的通知 · 翂园社区居民之家",
        date="2024-09-03",
        notes="a residents' site: a weather line, a grid worker's box with a mobile, property repair and night lines beside "
        "the notice's own 咨询电话; 关注 as content (the community account); 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〔居务公告〕关于统一更换楼道顶层公共晾衣竿的通知 · 翂园社区居民之家</title>
</head>
<body>
<div class="sq-top">⟦m 翂园社区居民之家⟧　⟦m 今天 晴 26~33℃ 空气良⟧</div>
<div class="sq-nav">⟦m 社区首页⟧ ⟦m 居务公开⟧ ⟦m 便民服务⟧ ⟦m 邻里圈⟧ ⟦m 志愿服务⟧</div>
<div class="sq-main">
<div class="sq-tag">⟦m 〔居务公告〕⟧</div>
<h2>{T}</h2>
<div class="sq-meta">⟦m 发布人：社区居委会　阅读 402　评论 6⟧</div>
<div class="sq-body">
{BODY}
</div>
<div class="sq-cmt">⟦l 最新评论：8栋王阿姨：早该换了，谢谢社区！⟧</div>
</div>
<div class="sq-grid"><h4>⟦m 我的网格员⟧</h4><p>⟦m 第三网格　汤小满　13907136612⟧</p></div>
<div class="sq-wy"><p>⟦m 物业报修：0713-6687000⟧</p><p>⟦m 夜间值守：0713-6687009⟧</p></div>
<div class="sq-ft">⟦m 疃溪县城关镇翂园社区　主办⟧</div>
</body>
</html>
""",
        body="""
各位居民：
翂园一区5栋至12栋楼道顶层平台的公共晾衣竿已使用十余年，部分出现锈蚀、松动，存在安全隐患。经社区与物业公司商定，将于2024年9月9日至9月20日对上述楼栋的公共晾衣竿进行统一更换。
施工期间，请居民及时收回晾晒在平台上的衣物、被褥，配合施工人员进场作业。
本次更换费用由公共维修资金列支，不向居民另行收费。施工进度将在“翂园社区”公众号上每日更新，请居民关注。如有疑问，请联系社区居委会。
咨询电话：0713-6687315（工作日8:30-17:30）。
翂园社区居民委员会
2024年9月3日
""",
    ),
    dict(
        slug="community-laojie-pledge-door-knockers-oneline",
        site="畯湖县城关镇老街社区网 (invented, residents' site)",
        style="社区网站",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://laojiesq.junhu.example.cn/news/2024/1120/63.html",
        title="守护老街门环倡议书",
        record_title="【文明共建】守护老街门环倡议书 - 老街社区网",
        date="2024-11-20",
        notes="the whole body on one line (paragraphs apart only by their indent), a community account prompt glued before "
        "it and a share bar glued after it; 成文日期 at the end of the line",
        page="""
!m 老街社区网 | 首页 > 社区动态 > 文明共建
!t 【文明共建】守护老街门环倡议书
!m 社区居委会 · 阅读 288
⟦a 关注“老街社区”公众号，社区动态早知道⟧{BODY}⟦l 分享给街坊：微信｜朋友圈｜复制链接⟧
!m 老街社区居委会　地址：城关镇老街42号
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
街坊邻居们：
老街保存着一批清末民初的老宅，宅门上的铜门环、铁门环，是老街历史的见证。近年来，一些门环被盗、被卖，有的因无人照管锈蚀脱落，令人痛心。为守护老街记忆，我们倡议：
一、爱护门环，不随意拆卸、买卖老宅门环。
二、发现门环松动、脱落，及时告知社区，由社区联系文物部门修缮。
三、发现有人撬盗、收购门环的，及时制止并报警。
四、向孩子们讲一讲门环的故事，让老街文化代代相传。
畯湖县城关镇老街社区居民委员会
2024年11月20日
""",
    ),
]

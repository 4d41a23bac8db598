"""holdout380, part D: download stations, personnel-exam sites, tender portals, law firms, residents' sites.

Invented text (see ../README.md and ../build.py for the markup). Written by hand for this part.
"""

CASES = [
    # 33 ── 资料下载站 · HTML (old gb2312 table layout) · whiteboard magnets · contract template
    dict(
        slug="download-songtao-contract-magnets-template-gb2312",
        site="松涛资料下载站 (invented, old table layout, gb2312)",
        style="资料下载站",
        genre="合同范本",
        kind="other",
        form="html",
        source="http://www.songtaozl.example.com/soft/hetong/2271.html",
        title="白板磁钉采购合同",
        record_title="白板磁钉采购合同范本（Word空白可填）免费下载 - 松涛资料下载站",
        date=None,
        notes="gb2312 download page with a file-info table, three mirror links, an unzip password and a dead-link "
        "report; a contract template with ×× placeholders, ＿＿ blanks, ＿＿＿＿年＿＿月＿＿日 and 第N条; the "
        "update stamp is no date",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>白板磁钉采购合同范本（Word空白可填）免费下载 - 松涛资料下载站</title>
<script language="javascript" src="/js/down.js"></script>
</head>
<body>
<table width="980" align="center" border="0" cellspacing="0" cellpadding="0">
<tr><td>⟦m 松涛资料下载站 — 合同范本、表格模板、办公资料一站下齐⟧</td><td align="right">⟦a 加入收藏 | 设为主页⟧</td></tr>
<tr><td colspan="2">⟦m 首页 | 合同范本 | 表格模板 | 公文写作 | 教学资料 | 下载排行⟧</td></tr>
<tr><td colspan="2">⟦m 位置：松涛资料下载站 → 合同范本 → 买卖合同⟧</td></tr>
</table>
<table width="980" align="center" border="1" cellspacing="0" cellpadding="4" bordercolor="#c8d8c0">
<tr><td width="120">⟦m 资料名称⟧</td><td>{T}</td></tr>
<tr><td>⟦m 资料大小⟧</td><td>⟦m 26 KB⟧</td></tr>
<tr><td>⟦m 资料格式⟧</td><td>⟦m .doc / Word 2003⟧</td></tr>
<tr><td>⟦m 更新时间⟧</td><td>⟦m 2024-06-30 11:20:07⟧</td></tr>
<tr><td>⟦m 授权方式⟧</td><td>⟦m 免费资料⟧</td></tr>
<tr><td>⟦m 下载次数⟧</td><td>⟦m 本周 58 次　累计 3120 次⟧</td></tr>
</table>
<table width="980" align="center" border="0" cellspacing="0" cellpadding="6">
<tr><td><b>⟦m 资料预览：⟧</b></td></tr>
<tr><td class="yulan">
{BODY}
</td></tr>
<tr><td><b>⟦a 下载地址：⟧</b> <a href="#">⟦a 电信线路下载⟧</a> <a href="#">⟦a 联通线路下载⟧</a> <a href="#">⟦a 备用线路下载⟧</a></td></tr>
<tr><td>⟦a 解压密码：www.songtaozl.example.com⟧</td></tr>
<tr><td>⟦a 下载不了？点此报告死链，我们会在 24 小时内修复⟧</td></tr>
<tr><td>⟦l 相关资料：办公用品采购合同范本 | 教学设备采购合同（学校版） | 文具供货协议⟧</td></tr>
</table>
<table width="980" align="center" border="0" cellspacing="0" cellpadding="4" bgcolor="#2f5d2a">
<tr><td align="center">⟦d 本站资料来源于网络及网友上传，仅供学习参考，如有侵权请来信说明。⟧</td></tr>
<tr><td align="center">⟦m 松涛资料下载站 版权所有 2007-2024　豫ICP备07021883号⟧</td></tr>
</table>
</body>
</html>
""",
        body="""
甲方（采购方）：××学校
乙方（供货方）：××文教用品有限公司
根据《中华人民共和国民法典》及有关规定，甲乙双方经协商一致，就甲方向乙方采购白板磁钉事宜订立本合同。
第一条　产品名称、规格、数量：安全型白板磁钉，直径＿＿毫米，数量＿＿颗，单价＿＿元，合同总价＿＿元（大写：＿＿＿＿）。
第二条　质量要求：磁钉须有完整的塑料或硅胶外壳，不得有外露磁体，吸附力不低于＿＿牛；乙方须提供有效的产品检验报告。
第三条　交货时间和地点：乙方应于＿＿＿＿年＿＿月＿＿日前将货物送至甲方指定地点，运费由乙方承担。
第四条　验收：甲方收货后＿＿日内按本合同约定进行验收，不合格的乙方应无条件退换。
第五条　付款方式：验收合格后＿＿日内，甲方一次性支付全部货款。
第六条　本合同一式两份，甲乙双方各执一份，自双方签字盖章之日起生效。
甲方（盖章）：　　　　　乙方（盖章）：
代表人：　　　　　　　　代表人：
签订日期：＿＿＿＿年＿＿月＿＿日
""",
    ),
    # 34 ── 资料下载站 · text · heated insoles · operating rules (.wps file-name title)
    dict(
        slug="download-wendangcang-insole-workshop-rules-wps",
        site="文档仓下载站 (invented)",
        style="资料下载站",
        genre="规程",
        kind="other",
        form="text",
        source="https://www.wendangcang.example.net/down/gongye/30418.html",
        title="电热鞋垫生产车间安全操作规程",
        record_title="电热鞋垫生产车间安全操作规程.wps",
        date=None,
        notes="file-name record title; numbered lists under Chinese-numbered headings; only an effective clause, "
        "no date; file-info lines, mirror links and a points prompt",
        page="""
!m 文档仓下载站 ▸ 企业管理 ▸ 安全生产
!t 电热鞋垫生产车间安全操作规程.wps
!m 文件大小：31.5 KB　｜　文件格式：WPS文字　｜　收录：2 周前
!m 适用系统：Win7/Win10/Win11　｜　语言：简体中文
{T}
{BODY}
!a ▼ 本地高速下载　▼ 网盘下载（提取码 k7tq）　▼ 备用地址
!a 积分不够？邀请好友注册，每邀一人送 5 积分
!l 同类资料：注塑车间安全操作规程.wps　/　锂电池仓库管理制度.doc
!d 所有资料均由网友上传，文档仓仅做整理归类，如有版权问题请联系删除。
""",
        indent="\u3000\u3000",
        body="""
一、适用范围
本规程适用于本公司电热鞋垫生产车间发热片裁切、焊线、热压封装和成品检测各工序。
二、作业前
1.穿戴好工作服和防烫手套，长发须盘入工作帽内。
2.检查热压机、焊台的电源线和接地线是否完好，发现破损立即报修。
3.清理工位上的易燃杂物，锂电池半成品必须放入防火周转箱。
三、作业中
1.热压机工作时严禁将手伸入压板之间，更换模具必须断电并挂牌。
2.焊线时烙铁用毕放回支架，不得随意放在操作台上。
3.成品检测通电时间不得超过规定时长，发现鞋垫异常发热、冒烟，立即断电并报告班组长。
四、作业后
关闭设备电源，清点锂电池数量并入库，做好交接班记录。
五、本规程自发布之日起执行。
""",
    ),
    # 35 ── 人事考试网 · HTML · voice recorders · 考务公告 with a timetable (下载/打印 as content)
    dict(
        slug="exam-weicheng-rsks-recorder-ban-timetable",
        site="暐城市人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.wcrsks.example.cn/kwgg/2024/1105/4417.html",
        title="暐城市2024年下半年事业单位公开招聘笔试考场纪律提醒",
        record_title="〔考前必读〕暐城市2024年下半年事业单位公开招聘笔试考场纪律提醒_暐城市人事考试网",
        date="2024-11-04",
        date_also=["2024-11-05"],
        notes="personnel-exam site with a maintenance banner and an admission-ticket float; a timetable one row "
        "a paragraph; sentences about downloading and printing the 准考证 and about 录音笔 as content; the "
        "exam office's 咨询电话 beside the site's technical line; 成文日期 under the signature, the posting date "
        "also accepted",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>〔考前必读〕暐城市2024年下半年事业单位公开招聘笔试考场纪律提醒_暐城市人事考试网</title>
<script src="/js/rsks-common.js"></script>
</head>
<body>
<div class="notice-bar">⟦d 系统维护提示：11月8日22:00至次日6:00报名系统暂停服务，请合理安排时间。⟧</div>
<div class="ks-head">⟦m 暐城市人事考试网 · 暐城市人事考试中心⟧</div>
<ul class="ks-nav"><li>⟦m 考试网首页⟧</li><li>⟦m 考试公告⟧</li><li>⟦m 考务通知⟧</li><li>⟦m 成绩查询⟧</li><li>⟦m 证书办理⟧</li></ul>
<div class="ks-loc">⟦m 当前位置：首页 → 考务通知⟧</div>
<div class="ks-art">
<h2>{T}</h2>
<p class="ks-info">⟦m 发布时间：2024-11-05 10:00　信息来源：考务科　访问次数：18772⟧</p>
<div class="ks-con">
{BODY}
</div>
</div>
<div class="ks-float">⟦a 准考证打印入口（11月11日开放）⟧</div>
<div class="ks-foot">
<p>⟦m 网站技术咨询（仅限系统问题）：0796-8837299⟧</p>
<p>⟦m 暐城市人事考试中心 版权所有　赣ICP备10017745号-1⟧</p>
</div>
<script>rsks.initFloat();</script>
</body>
</html>
""",
        body="""
报考暐城市2024年下半年事业单位公开招聘的各位考生：
笔试将于11月16日举行。近年来，个别考生携带伪装成钢笔、纽扣的录音笔等设备进入考场，严重破坏考试公平。为维护考试秩序，现将有关事项公告如下。
一、考试时间
日期　时间　科目
11月16日　9:00—10:30　职业能力倾向测验
11月16日　14:00—16:00　综合应用能力
二、考生须于11月11日至15日登录本网站下载并打印准考证，凭准考证和有效居民身份证参加考试。
三、考生不得携带手机、智能手表、录音笔、耳机等任何具有通讯、存储、录放功能的电子设备进入考场。考点将使用金属探测仪逐一检查，发现携带上述设备的，按违纪违规行为处理。
四、考生须在开考前30分钟入场，开考15分钟后不得入场。
咨询电话：0796-8837205（工作日9:00—17:00）
暐城市人力资源和社会保障局
2024年11月4日
""",
    ),
    # 36 ── 人事考试网 · text · electric heating film · skills-assessment 公告 with a timetable
    dict(
        slug="exam-shichuan-skills-heating-film-installer",
        site="栻川县职业技能鉴定中心网站 (invented, text capture)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.scjnjd.example.cn/ggtz/20240716/0288.html",
        title="关于开展电热膜安装维修工职业技能等级认定考核的公告",
        record_title="【鉴定考务速递】关于开展电热膜安装维修工职业技能等级认定考核的公告 - 栻川县职业技能鉴定中心",
        date="2024-07-15",
        date_also=["2024-07-16"],
        notes="exam site text: a schedule table one row a paragraph, a sentence about 扫描 a QR code to sign up "
        "as content, the centre's 咨询电话 beside the site's technical line; 成文日期 under the signature, the "
        "posting date also accepted",
        page="""
!m 栻川县职业技能鉴定中心　｜　技能人才评价服务平台
!m 首页 ＞ 通知公告 ＞ 考核安排
{T}
!m 发布：2024-07-16　　浏览：906　　【打印】【收藏】
{BODY}
!a ☞ 报名入口：点此进入技能人才评价报名系统
!m 系统登录故障请拨技术支持：0795-7702199
!m 栻川县职业技能鉴定中心 主办　赣ICP备15006631号
""",
        indent="\u3000\u3000",
        body="""
为提升我县清洁取暖施工队伍技能水平，县职业技能鉴定中心定于2024年8月组织电热膜安装维修工（电工方向）职业技能等级认定考核，现将有关事项公告如下。
一、报考条件
从事电热膜安装、维修工作满1年，或参加县里组织的电热膜安装专项培训并取得结业证书的人员。
二、考核安排
科目　时间　地点
理论知识　8月17日9:00—10:30　县职业中专3号楼
操作技能　8月18日8:30起　县职业中专实训车间
三、报名方式
7月22日至8月2日，考生扫描本公告所附二维码在线报名，上传身份证和相关证明材料。
四、收费标准
理论和操作技能考核费共计280元，符合条件的可申请培训补贴。
咨询电话：0795-7702118
栻川县职业技能鉴定中心
2024年7月15日
""",
    ),
    # 37 ── 招投标网 · HTML · water softeners · bid result (record date; purchaser and agency contacts)
    dict(
        slug="tender-yuyang-ggzy-softener-bid-result",
        site="楀阳县公共资源交易网 (invented)",
        style="招投标网",
        genre="中标公告",
        kind="notice",
        form="html",
        source="https://ggzy.yuyang.gov.example.cn/jyxx/zfcg/zbgg/20240726/0371.html",
        title="楀阳县第一中学食堂商用软水机采购项目中标结果公告",
        record_title="楀阳县第一中学食堂商用软水机采购项目中标结果公告-采购成交公示-楀阳县公共资源交易网",
        record_date="2024-07-26",
        date="2024-07-26",
        notes="tender portal with a publicity countdown and CA/trading-system lines; a lots table one row a "
        "paragraph; purchaser and agency contacts beside the platform's hotlines; the record gives the date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>楀阳县第一中学食堂商用软水机采购项目中标结果公告-采购成交公示-楀阳县公共资源交易网</title>
<script src="/js/ggzy.js"></script>
</head>
<body>
<div class="gz-head">⟦m 楀阳县公共资源交易网⟧ <span>⟦a 主体登录 ｜ 主体注册 ｜ CA数字证书办理⟧</span></div>
<ul class="gz-nav"><li>⟦m 交易信息⟧</li><li>⟦m 采购成交公示⟧</li><li>⟦m 工程建设⟧</li><li>⟦m 交易指南⟧</li><li>⟦m 政策法规⟧</li></ul>
<div class="gz-loc">⟦m 首页 / 交易信息 / 采购成交公示 / 中标（成交）公告⟧</div>
<div class="gz-art">
<h3>{T}</h3>
<p class="gz-info">⟦m 信息时间：2024-07-26　阅读次数：245⟧</p>
<p class="gz-cd">⟦m 公示剩余：0天 06时 12分⟧</p>
<div class="gz-con">
{BODY}
</div>
</div>
<div class="gz-foot">
<p>⟦m CA证书办理及驱动咨询：0797-5530081⟧</p>
<p>⟦m 电子交易系统技术支持：400-882-6630⟧</p>
<p>⟦m 楀阳县公共资源交易中心 主办　赣ICP备17003359号⟧</p>
</div>
</body>
</html>
""",
        body="""
一、项目编号：YYZC-2024-0371
二、项目名称：楀阳县第一中学食堂商用软水机采购项目
三、中标信息
包号　中标供应商　中标金额（元）
1包（商用软水机2台）　楀阳净立水处理科技有限公司　46800.00
2包（软水盐及三年维保）　暐城清源环保设备有限公司　12600.00
四、主要标的信息：商用全自动软水机，处理水量每小时3吨，双罐交替再生。
五、公告期限：自本公告发布之日起1个工作日。
六、凡对本次公告内容提出询问，请按以下方式联系。
采购人：楀阳县第一中学　联系人：伍老师　电话：0797-5521340
采购代理机构：楀阳恒信招标咨询有限公司　联系人：牛工　电话：0797-5536618
2024年7月26日
""",
    ),
    # 38 ── 招投标网 · text · heated insoles · inquiry notice with an items table (下载 as content)
    dict(
        slug="tender-weicheng-sunshine-insoles-inquiry",
        site="暐城阳光采购平台 (invented, text capture)",
        style="招投标网",
        genre="询价公告",
        kind="notice",
        form="text",
        source="https://ygcg.weicheng.example.cn/xjgg/2024/11/21/88017.html",
        title="樛岭区城市管理局户外执勤人员冬季防寒用品采购询价公告",
        record_title="【询价·防寒用品】樛岭区城市管理局户外执勤人员冬季防寒用品采购询价公告 - 暐城阳光采购平台",
        date="2024-11-20",
        date_also=["2024-11-21"],
        notes="tender text: an items table one row a paragraph, a sentence about downloading the inquiry file as "
        "content, the purchaser's contact beside the platform's hotline; 成文日期 under the signature, the "
        "posting date also accepted",
        page="""
!m 暐城阳光采购平台　——　公开 · 公平 · 公正
!m 首页 › 采购公告 › 询价公告
{T}
!m 发布日期：2024-11-21　　截止倒计时：5天 22小时
{BODY}
!a 【下载询价文件】　【我要报价】　【收藏项目】
!m 平台客服热线：400-861-0791（工作日 8:30-17:30）
!m 暐城市财政局监制　赣ICP备19015520号
""",
        indent="\u3000\u3000",
        body="""
樛岭区城市管理局就户外执勤人员冬季防寒用品采购项目进行询价，欢迎符合条件的供应商报价。
一、采购内容
品名　规格要求　数量
电热鞋垫　5伏低压供电，三档控温，带过热保护　320副
备用充电宝　10000毫安时，带3C认证　320个
二、供应商资格：具有独立承担民事责任的能力，所供电热鞋垫须提供有效的3C认证证书和检验报告。
三、报价截止时间：2024年11月27日10:00。供应商可在本平台下载询价文件，按要求填写报价单后密封递交。
四、联系方式
采购人：樛岭区城市管理局　联系人：荀科长　电话：0791-8640275
樛岭区城市管理局
2024年11月20日
""",
    ),
    # 39 ── 律所网站 · HTML · electric heating film · lawyer's answer (no date)
    dict(
        slug="lawfirm-hengshi-heating-film-leak-landlord",
        site="衡石律师事务所 (invented)",
        style="律所网站",
        genre="法律问答",
        kind="other",
        form="html",
        source="https://www.hengshilaw.example.cn/wenda/zulin/1207.html",
        title="出租房电热膜漏电致租客受伤，房东要担责吗？",
        record_title="【衡石答疑】出租房电热膜漏电致租客受伤，房东要担责吗？｜衡石律师事务所",
        date=None,
        notes="law firm with a lawyer card, a consult float, a 400 line and a repost notice; the question and the "
        "answer are the body; no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【衡石答疑】出租房电热膜漏电致租客受伤，房东要担责吗？｜衡石律师事务所</title>
<script src="/assets/js/site.js"></script>
</head>
<body>
<div class="lf-top">⟦m 衡石律师事务所 · 持衡守正　以法为石⟧ <span>⟦m 全国咨询热线 400-870-3366⟧</span></div>
<ul class="lf-nav"><li>⟦m 律所简介⟧</li><li>⟦m 专业领域⟧</li><li>⟦m 律师团队⟧</li><li>⟦m 衡石答疑⟧</li><li>⟦m 联系衡石⟧</li></ul>
<div class="lf-loc">⟦m 首页 » 衡石答疑 » 房屋租赁⟧</div>
<div class="lf-art">
<h1>{T}</h1>
<p class="lf-meta">⟦m 解答律师：尹慕白　｜　阅读 1,102⟧</p>
<div class="lf-con">
{BODY}
</div>
<p class="lf-repost">⟦d 本文为衡石律师事务所原创，转载请注明出处；文中观点仅供参考，不构成法律意见。⟧</p>
</div>
<div class="lf-card">⟦w 尹慕白 律师｜擅长：房屋租赁、人身损害赔偿｜电话 139-7971-0264⟧</div>
<div class="lf-float">⟦a 免费咨询 · 留言后律师 30 分钟内回电⟧</div>
<div class="lf-foot">⟦m 衡石律师事务所　地址：暐城市樛岭区中山路201号金座18层　赣ICP备20008841号⟧</div>
</body>
</html>
""",
        body="""
问：我租的房子地面铺了电热膜，今年一月的一天晚上，我光脚踩在卧室地板上，突然被电了一下，摔倒后手腕骨折。房东说电热膜是上一任租客要求装的，跟他没关系。请问房东要担责吗？
答：根据民法典的规定，出租人应当履行租赁物的维修义务，并保证租赁物符合约定的用途。电热膜属于房屋的附属设施，无论当初是谁要求安装的，房东作为出租人都负有维修和保障安全的义务。
如果经鉴定，事故是电热膜老化、接地不良等原因导致漏电，房东未尽到维修义务，应当承担赔偿责任；如果施工方安装不规范，房东承担责任后可以向施工方追偿。
建议您保存好就医记录、现场照片，尽快请有资质的机构对电热膜进行检测，必要时可申请人民调解或向法院起诉。
""",
    ),
    # 40 ── 律所网站 · text · voice recorders · legal article (no date)
    dict(
        slug="lawfirm-bingzhi-secret-recording-evidence",
        site="秉直律师事务所 (invented, text capture)",
        style="律所网站",
        genre="普法文章",
        kind="other",
        form="text",
        source="https://www.bingzhilaw.example.com/article/minshi/556.html",
        title="偷偷用录音笔录下的谈话，能当证据吗？",
        record_title="偷偷用录音笔录下的谈话，能当证据吗？｜秉直说法 - 秉直律师事务所",
        date=None,
        notes="law firm article; a lawyer-consult line between paragraphs and a WeChat consult prompt glued after "
        "a sentence; no date",
        page="""
!m 秉直律师事务所　｜　民商事 · 劳动争议 · 婚姻家事
!m 首页 / 秉直说法 / 民事诉讼
{T}
!m 文 / 秉直律师事务所　戴知远律师
{BODY}
!l 延伸阅读：劳动仲裁中，聊天记录截图怎么提交才有效？
!w 案情复杂？预约戴知远律师面谈：0791-8619027
!d 转载请保留作者及出处。
!m 秉直律师事务所 © 2024　赣ICP备21003317号
""",
        indent="\u3000\u3000",
        body="""
在借款、劳动纠纷中，不少当事人会用录音笔录下与对方的谈话，打官司时拿出来当证据。那么，这种“偷录”的录音能被法院采信吗？
根据民事诉讼法司法解释的规定，以严重侵害他人合法权益、违反法律禁止性规定或者严重违背公序良俗的方法形成或者获取的证据，不得作为认定案件事实的根据。也就是说，“偷录”本身并不当然违法。⟦w 遇到类似纠纷，微信搜“秉直说法”留言，律师一对一解答⟧
⟦a 〔点击预约 · 线上30分钟律师咨询〕⟧
在自己参与的谈话中录音，没有采用窃听、私装设备等方式，也没有侵犯他人隐私的，一般可以作为证据使用。但录音内容要完整、连续，能听清双方身份和谈话内容，最好能与借条、转账记录等其他证据相互印证。
需要注意的是，录音笔里的原始文件要妥善保存，不要剪辑，开庭时法院可能要求当庭播放原始录音。
""",
    ),
    # 41 ── 社区网站 · HTML · heated insoles · 通知 (record date; 分享 as content; duty phone beside repair line)
    dict(
        slug="community-jiuyuan-insoles-giveaway-notice",
        site="樛园社区居民服务网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://jiuyuan-sq.example.cn/tzgg/20241206-01.html",
        title="关于为独居老人和环卫工人发放电热鞋垫的通知",
        record_title="【樛园暖冬季】关于为独居老人和环卫工人发放电热鞋垫的通知｜樛园社区",
        record_date="2024-12-06",
        date="2024-12-06",
        notes="residents' site with a weather line, a grid worker's box and a property repair line; the "
        "community's own duty phone kept; a sentence asking residents to share the notice as content; the "
        "record gives the date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【樛园暖冬季】关于为独居老人和环卫工人发放电热鞋垫的通知｜樛园社区</title>
<script src="/js/sq.js"></script>
</head>
<body>
<div class="sq-top">⟦m 樛园社区居民服务网⟧　⟦m 12月6日 周五　阴转小雨 2～7℃⟧</div>
<ul class="sq-nav"><li>⟦m 社区首页⟧</li><li>⟦m 通知公告⟧</li><li>⟦m 党建引领⟧</li><li>⟦m 邻里互助⟧</li><li>⟦m 办事指南⟧</li></ul>
<div class="sq-pos">⟦m 首页 › 通知公告⟧</div>
<div class="sq-art">
<h1>{T}</h1>
<p class="sq-meta">⟦m 樛园社区居委会　2024-12-06　阅读 688⟧</p>
<div class="sq-con">
{BODY}
</div>
</div>
<div class="sq-grid">
<h4>⟦m 我的网格员⟧</h4>
<p>⟦m 第三网格　庞丽娟　手机 136-1791-3302⟧</p>
</div>
<div class="sq-wy">⟦m 物业报修（悦邻物业）：0791-8655100⟧</div>
<div class="sq-foot">⟦m 樛园社区居民委员会　地址：暐城市樛岭区樛园路56号⟧ ⟦m 赣ICP备20011936号-1⟧</div>
</body>
</html>
""",
        body="""
各位居民：
为帮助辖区独居老人和环卫工人温暖过冬，社区联合辖区爱心企业开展“暖冬行动”，免费发放电热鞋垫200副。现将有关事项通知如下。
一、发放对象：辖区70周岁以上独居老人，以及负责本社区保洁的环卫工人。
二、领取时间：12月9日至12月13日，每天9:00—11:30、14:30—17:00。
三、领取地点：社区党群服务中心一楼服务大厅。
四、领取时请携带本人身份证，代领的请携带老人身份证和代领人身份证。行动不便的老人可由网格员上门送达。
社区工作人员将现场讲解充电方法和注意事项，请不要边充电边使用。欢迎居民把这条通知分享给家中老人和身边的环卫工人。
社区值班电话：0791-8655032
樛园社区居民委员会
2024年12月6日
""",
    ),
    # 42 ── 社区网站 · text · water softeners · anti-scam reminder (扫码 as content)
    dict(
        slug="community-guobin-softener-scam-reminder",
        site="漍滨社区网 (invented, text capture)",
        style="社区网站",
        genre="温馨提示",
        kind="notice",
        form="text",
        source="http://guobin.guoxi-sq.example.cn/ggl/2024/0514.html",
        title="关于谨防“免费检测水质”推销软水机的温馨提示",
        record_title="漍滨说事 ▪ 关于谨防“免费检测水质”推销软水机的温馨提示 - 漍滨社区网",
        date="2024-05-14",
        notes="residents' site text: a weather line and a grid worker's mobile at the foot; the community's own "
        "phone inside the body; a sentence telling residents not to 扫描 strangers' QR codes as content; 成文日期 "
        "under the signature",
        page="""
!m 漍滨社区网　·　家门口的服务站
!m 今天：5月14日　晴　18～29℃
!m 首页 → 漍滨说事
{T}
{BODY}
!l 转发到：小区业主群 ｜ 朋友圈
!m 本楼栋网格员：葛新月　手机 139-7938-0415
!m 漍滨社区居委会　地址：漍溪县城关镇滨江路8号
""",
        indent="\u3000\u3000",
        body="""
各位居民朋友：
近期，有居民反映，有人冒充“自来水公司”“疾控中心”工作人员上门“免费检测水质”，用试剂滴一滴自来水，水变黄变黑，就说水质不合格，借机推销价格几千元的软水机。社区提醒大家：
一、自来水公司和疾控中心不会上门推销净水、软水设备，遇到此类人员请先拨打社区电话核实身份。
二、水质变色多是试剂与水中正常矿物质发生的反应，并不代表水有问题。
三、不要扫描陌生人提供的二维码，不要随意签订分期付款合同。
四、确需安装软水机的，请到正规商家选购，索要发票和保修卡。
发现可疑人员，请及时拨打社区电话0793-4470618或报警。
漍滨社区居民委员会
2024年5月14日
""",
    ),
]

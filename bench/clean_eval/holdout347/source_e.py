"""holdout347, part E: download stations, personnel-exam sites, tender portals, law firms, residents' sites, associations. Invented text."""

CASES = [
    dict(
        slug="download-chiyuan-rules-tennis-court-rackets-gb2312",
        site="驰远资料下载 (invented, old gb2312 table layout)",
        style="资料下载站",
        genre="规定/制度",
        kind="other",
        form="html",
        source="http://www.chiyuanzl.com/soft/zhidu/2025/8806.html",
        title="阁涌社区网球场球拍及器材管理制度",
        record_title="阁涌社区网球场球拍及器材管理制度（DOC原件·无水印）免费领取 - 驰远资料下载",
        date=None,
        notes="download station in an old gb2312 table layout: file-info table, three mirror links, unzip password, dead-link report, floating ad; rules with 第N条 articles and only an effective clause: no date; an update stamp is no date",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>阁涌社区网球场球拍及器材管理制度（DOC原件·无水印）免费领取 - 驰远资料下载</title>
<script language="javascript" src="/js/down.js"></script>
</head>
<body>
<table width="980" align="center"><tr><td>⟦m 驰远资料下载 — 制度·表格·范本，一站下齐⟧</td><td align="right">⟦a 把驰远设为首页⟧　⟦a 收藏驰远⟧</td></tr></table>
<table width="980" align="center"><tr><td>⟦m 当前位置：驰远资料下载 → 规章制度 → 场馆管理⟧</td></tr></table>
<table width="980" align="center" border="1" cellspacing="0">
<tr><td colspan="2" align="center"><b>⟦t 阁涌社区网球场球拍及器材管理制度（DOC原件·无水印）免费领取⟧</b></td></tr>
<tr><td>⟦m 资料大小：28 KB⟧</td><td>⟦m 资料格式：.doc⟧</td></tr>
<tr><td>⟦m 更新日期：2025-06-14⟧</td><td>⟦m 授权方式：免费资料⟧</td></tr>
<tr><td>⟦m 下载次数：本月 311 次⟧</td><td>⟦m 解压密码：www.chiyuanzl.com⟧</td></tr>
</table>
<table width="980" align="center"><tr><td>
<h2>{T}</h2>
{BODY}
</td></tr></table>
<table width="980" align="center">
<tr><td>⟦a 下载通道：〖电信高速一〗〖联通高速二〗〖移动备用三〗⟧</td></tr>
<tr><td>⟦a 下载不了？点此报告死链，我们会在24小时内修复⟧</td></tr>
<tr><td>⟦l 同类资料：体育场馆开放管理制度｜健身器材维护保养制度｜羽毛球馆使用须知⟧</td></tr>
<tr><td>⟦d 本站资料均来源于网络，仅供学习研究，请于下载后24小时内删除。⟧</td></tr>
<tr><td>⟦m 驰远资料下载 © 2008-2025　桂ICP备08007713号⟧</td></tr>
</table>
<div style="position:absolute;left:4px;top:300px">⟦w 各类制度代写代改，驰远写手 QQ：1580023946⟧</div>
</body>
</html>
""",
        body="""
第一条　为管好用好社区网球场公共器材，方便居民开展网球运动，结合本社区实际，制定本制度。
第二条　网球场配备公用训练球拍24支、训练用球10筐、发球机1台，由社区文体专干负责日常管理。
第三条　居民凭本人身份证或社区文体活动证借用球拍，每人每次限借2支，使用时间不超过2小时，用后当日归还。
第四条　借用人应爱惜器材，不得用球拍击打围网、地面和座椅，不得将球拍带离社区。
第五条　球拍拍线断裂或拍框破损的，借用人应在归还时如实说明；因人为原因损坏的，照价赔偿。
第六条　文体专干每月检查一次球拍拍线和手胶，及时更换磨损手胶，做好器材台账。
第七条　本制度由阁涌社区居民委员会负责解释，自发布之日起施行。
""",
    ),
    dict(
        slug="download-ziliaowu-plan-high-jump-officials-wps",
        site="一格资料屋 (invented, download station, text view)",
        style="资料下载站",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.yigezlw.com/down/plan/40217.html",
        title="泰屯县第二中学第三十一届田径运动会跳高比赛裁判工作方案",
        record_title="泰屯县第二中学第三十一届田径运动会跳高比赛裁判工作方案.wps",
        date="2025-04-02",
        notes="download station as text: .wps record title; decimal headings; mirror and password lines; 成文日期",
        page="""
!m 一格资料屋 · 学校文档下载
!m 资料屋首页 > 学校体育 > 运动会方案
!t 泰屯县第二中学第三十一届田径运动会跳高比赛裁判工作方案.wps
!m 软件类别：WPS文档　语言：简体中文　大小：19KB　添加时间：2025-04-09
{T}
{BODY}
!a 本地下载一　本地下载二　网盘下载（提取码 7tq4）
!a 打不开？请先安装 WPS Office 再打开本资料
!l 您可能需要：运动会秩序册模板｜田径裁判员培训课件｜跳高记录表（可打印）
!d 资料屋所有资料由网友提供，若有侵权请告知，核实后即删。
""",
        indent="\u3000\u3000",
        body="""
为保证学校第三十一届田径运动会跳高比赛公平、安全、有序进行，特制定本方案。
1.比赛安排
1.1比赛时间：4月17日上午8:00起，初中组在前，高中组在后。
1.2比赛地点：学校田径场东侧跳高区，使用升降式跳高架两副。
2.裁判分工
2.1裁判长1名，负责比赛全面工作和成绩审核。
2.2检录裁判2名、升杆裁判2名、记录裁判1名、安全员1名。
3.器材与安全
3.1赛前一天由器材组检查跳高架立柱、横杆托和海绵包，确认底座配重到位。
3.2起跳高度由裁判长确定，初中男子组起跳高度1.10米，每轮升高5厘米。
3.3比赛中如横杆托松动或海绵包移位，升杆裁判应立即暂停比赛，排除隐患后再继续。
泰屯县第二中学体育组
2025年4月2日
""",
    ),
    dict(
        slug="pexam-changlong-pe-teacher-skills-test-high-jump",
        site="昌陇县人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://rsks.changlong.gov.cn/kwgg/2025/0709/1126.html",
        title="2025年昌陇县公开招聘中小学体育教师专业技能测试公告",
        record_title="〔招教考务〕2025年昌陇县公开招聘中小学体育教师专业技能测试公告（附测试项目表）_昌陇县人事考试网",
        date="2025-07-08",
        date_also=["2025-07-09"],
        notes="exam site: maintenance banner, admission-ticket float, technical line; the notice's own 咨询电话 in the body; a table one row a paragraph; sentences about downloading and printing the admission ticket; 成文日期 expected, publish date also",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>〔招教考务〕2025年昌陇县公开招聘中小学体育教师专业技能测试公告（附测试项目表）_昌陇县人事考试网</title>
<script src="/js/ks.js"></script>
</head>
<body>
<div class="ks-notice">⟦m 系统维护通知：7月12日22:00—24:00报名系统暂停服务，请考生错开时间登录⟧</div>
<div class="ks-head">⟦m 昌陇县人事考试网 · 公开 公平 公正⟧</div>
<ul class="ks-nav"><li>⟦m 首页⟧</li><li>⟦m 考务公告⟧</li><li>⟦m 成绩查询⟧</li><li>⟦m 政策法规⟧</li></ul>
<div class="ks-pos">⟦m 首页 » 考务公告 » 事业单位招聘⟧</div>
<div class="ks-art">
<h1>{T}</h1>
<div class="ks-meta">⟦m 发布日期：2025-07-09　信息来源：县人力资源和社会保障局　访问量：5620⟧</div>
<div class="ks-body">
{BODY}
</div>
</div>
<div class="ks-float"><a>⟦a 准考证打印入口 ▶⟧</a></div>
<div class="ks-side"><h4>⟦l 考务快讯⟧</h4><p>⟦l 教师招聘笔试成绩查询入口已开通⟧</p><p>⟦l 资格复审名单及递补说明⟧</p></div>
<div class="ks-foot"><p>⟦m 考试系统技术支持：0897-6210577（仅限系统故障）⟧</p><p>⟦m 主办：昌陇县人事考试中心　陇ICP备11003186号⟧</p></div>
</body>
</html>
""",
        body="""
根据《2025年昌陇县公开招聘中小学教师公告》安排，现将体育教师岗位专业技能测试有关事项公告如下：
一、测试对象。笔试成绩合格、进入体育教师岗位专业技能测试的考生，共46人。
二、测试项目及时间。测试安排如下：
测试项目　时间　地点
跳高（背越式）　7月19日8:00—11:30　县体育馆田径训练区
100米跑　7月19日14:30—17:00　县第一中学田径场
篮球运球上篮　7月20日8:30—11:30　县第一中学体育馆
三、注意事项。跳高测试使用电动升降跳高架，起跳高度男子1.40米、女子1.15米，每轮升高5厘米，每个高度限试跳三次。考生须自备运动服装和鞋。
四、准考证打印。考生须于7月16日至18日登录本网下载并打印专业技能测试准考证，凭准考证和身份证参加测试。
咨询电话：0897-6210593（县人社局事业单位人事管理股）。
昌陇县人力资源和社会保障局
2025年7月8日
""",
    ),
    dict(
        slug="pexam-longxiang-exam-room-water-bottle-tips",
        site="隆襄人事考试网 (invented, text view)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.lxrsks.cn/kwzx/20250620/2281.html",
        title="关于考生携带饮水用品进入考场的温馨提示",
        record_title="【考前必看】关于考生携带饮水用品进入考场的温馨提示 - 隆襄人事考试网",
        date="2025-06-20",
        notes="the date line under the title is the page's date; exam site text view with an entry float and a technical line; numbered list",
        page="""
!m 隆襄人事考试网　Longxiang Personnel Examination
!m 当前位置：首页 > 考务资讯 > 考前提醒
!t 【考前必看】关于考生携带饮水用品进入考场的温馨提示 - 隆襄人事考试网
!m 2025-06-20　来源：市人事考试院　浏览：7731
{BODY}
!a ☞ 报名入口　☞ 准考证打印　☞ 成绩查询
!m 网站技术支持：0731-85119066
!m 隆襄市人事考试院 版权所有
""",
        indent="\u3000\u3000",
        body="""
近期气温持续升高，为保障考生在考试期间正常饮水，同时维护考场秩序，现就考生携带饮水用品进入考场有关事项提示如下：
1.考生可携带一个透明、无文字、无标签的饮水杯或运动水壶进入考场，容量不超过750毫升。
2.带有保温外套、印有图案或文字、吸管可拆卸藏物的水壶，不得带入考场，请放在考点指定的物品存放处。
3.考生进入考场时，需将水壶打开接受监考人员检查，考试期间水壶应放在座位右侧地面上，不得放在桌面。
4.考试期间不得借用他人水壶，如需续水，举手示意后由监考人员协助。
预祝各位考生考试顺利！
""",
    ),
    dict(
        slug="tender-taitun-bid-result-football-goals-lots",
        site="泰屯县公共资源交易网 (invented, tender portal)",
        style="招投标网",
        genre="中标结果公告",
        kind="notice",
        form="html",
        source="https://ggzy.taitun.gov.cn/jyxx/zfcg/zbgg/2025/0516/9931.html",
        title="泰屯县体育中心足球门及配套器材采购项目中标（成交）结果公告",
        record_title="泰屯县体育中心足球门及配套器材采购项目中标（成交）结果公告 - 政府采购 - 泰屯县公共资源交易网",
        date="2025-05-16",
        notes="tender portal: publicity countdown, CA and trading-system lines; lots table one row a paragraph; purchaser and agency contacts in the body; 成文日期",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>泰屯县体育中心足球门及配套器材采购项目中标（成交）结果公告 - 政府采购 - 泰屯县公共资源交易网</title>
<script src="/js/jy.js"></script>
</head>
<body>
<div class="jy-head">⟦m 泰屯县公共资源交易网 · 阳光交易 全程留痕⟧ <a>⟦a 交易主体登录⟧</a> <a>⟦a CA证书办理⟧</a></div>
<ul class="jy-nav"><li>⟦m 交易信息⟧</li><li>⟦m 政府采购⟧</li><li>⟦m 工程建设⟧</li><li>⟦m 服务指南⟧</li></ul>
<div class="jy-pos">⟦m 首页 > 交易信息 > 政府采购 > 中标公告⟧</div>
<div class="jy-art">
<h2>{T}</h2>
<div class="jy-meta">⟦m 信息时间：2025-05-16　项目编号：TTCG-2025-0173　浏览：411⟧</div>
<div class="jy-count">⟦m 公告期剩余：0 天 12 小时 07 分⟧</div>
<div class="jy-body">
{BODY}
</div>
</div>
<div class="jy-side"><h4>⟦l 最新成交公示⟧</h4><p>⟦l 殿涌镇中心小学塑胶跑道维修项目成交公告⟧</p><p>⟦l 县体育馆照明改造项目中标候选人公示⟧</p></div>
<div class="jy-foot"><p>⟦m CA数字证书服务热线：400-860-3311⟧</p><p>⟦m 交易系统技术支持：0896-7720458⟧</p><p>⟦m 泰屯县公共资源交易中心主办　琼ICP备16001827号⟧</p></div>
</body>
</html>
""",
        body="""
一、项目编号：TTCG-2025-0173
二、项目名称：泰屯县体育中心足球门及配套器材采购项目
三、中标（成交）信息
包号　中标供应商　中标金额（元）
第一包（十一人制足球门2副）　隆襄驰冠体育设施有限公司　46800
第二包（七人制移动式足球门6副）　昌陇坤远文体器材有限公司　69300
第三包（配重底座及球网）　隆襄驰冠体育设施有限公司　18650
四、主要标的信息：足球门为铝合金材质，门框截面不小于120毫米，移动式足球门须配备不少于每侧40公斤的配重底座。
五、公告期限：自本公告发布之日起1个工作日。
六、凡对本次公告内容提出询问，请按以下方式联系：
采购人：泰屯县体育中心，联系人：冯先生，电话：0896-7719336。
采购代理机构：泰屯县宏正招标代理有限公司，联系人：倪女士，电话：0896-7725108。
泰屯县宏正招标代理有限公司
2025年5月16日
""",
    ),
    dict(
        slug="tender-changlong-inquiry-high-jump-stands",
        site="昌陇县政府采购网 (invented, text view)",
        style="招投标网",
        genre="询价公告",
        kind="notice",
        form="text",
        source="http://zfcg.changlong.gov.cn/xjgg/20250811/3308.html",
        title="昌陇县第三中学田径器材（跳高架）询价采购公告",
        record_title="【询价·教学器材】昌陇县第三中学田径器材（跳高架）询价采购公告 - 昌陇县政府采购网",
        date="2025-08-11",
        notes="tender text view: inquiry items table; sentences about downloading the inquiry file and scanning the signed quote as content; purchaser contact beside a platform line; 成文日期",
        page="""
!m 昌陇县政府采购网
!m 首页 > 采购公告 > 询价公告
!t 【询价·教学器材】昌陇县第三中学田径器材（跳高架）询价采购公告 - 昌陇县政府采购网
!m 发布时间：2025-08-11 15:20　阅读次数：96
{BODY}
!a 【我要报价】　【收藏项目】　【打印公告】
!m 平台服务电话：0897-6202200　技术支持：陇采云科技
""",
        indent="\u3000\u3000",
        body="""
昌陇县第三中学拟对田径器材（跳高架）进行询价采购，欢迎符合条件的供应商报价。
一、采购内容
品名　数量　主要参数
电动升降跳高架　1副　升降范围0.5—2.5米，调节精度1厘米
手动升降跳高架　2副　铝合金立柱，底座配重不少于30公斤
跳高海绵包　2套　规格5×3×0.5米，防水外套
二、报价要求
1.供应商须具有独立承担民事责任的能力，提供营业执照复印件。
2.报价包含运输、安装和一年质保费用，最高限价4.8万元。
三、报价方式
请供应商在本网下载询价文件，按要求填写报价单并加盖公章，扫描后于8月18日17:00前发送至邮箱cl3zhzw@quqiao.cn，逾期不予受理。
四、联系方式
采购人：昌陇县第三中学，联系人：郑老师，电话：0897-6241570。
昌陇县第三中学
2025年8月11日
""",
    ),
    dict(
        slug="lawfirm-mingyi-case-child-hurt-by-goal",
        site="明屹律师事务所 (invented)",
        style="律所网站",
        genre="案例解析",
        kind="other",
        form="html",
        source="https://www.mingyilaw.cn/anli/2025/0922/517.html",
        title="孩子攀爬小区足球门被砸伤，物业要担责吗？",
        record_title="【说案析理】孩子攀爬小区足球门被砸伤，物业要担责吗？｜明屹律师事务所",
        date=None,
        notes="law firm page: lawyer card, consult float, 400 line, repost notice; a case note with no date of its own (an update stamp is no date)",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【说案析理】孩子攀爬小区足球门被砸伤，物业要担责吗？｜明屹律师事务所</title>
<script src="/js/law.js"></script>
</head>
<body>
<div class="lw-head">⟦m 明屹律师事务所 · 明理屹立 专业为民⟧ ⟦m 全国咨询：400-822-6631⟧</div>
<ul class="lw-nav"><li>⟦m 律所简介⟧</li><li>⟦m 专业领域⟧</li><li>⟦m 律师团队⟧</li><li>⟦m 说案析理⟧</li><li>⟦m 联系我们⟧</li></ul>
<div class="lw-crumb">⟦m 首页 > 说案析理 > 人身损害⟧</div>
<div class="lw-art">
<h1>{T}</h1>
<p class="lw-meta">⟦m 撰稿：谭敏律师　最近更新：2025-09-22　阅读 1306⟧</p>
<div class="lw-body">
{BODY}
</div>
<div class="lw-card">⟦m 谭敏　专职律师　擅长：人身损害赔偿、物业纠纷　执业证号 14601202110283571⟧</div>
<p class="lw-repost">⟦d 本文系明屹律所原创，转载请注明出处，不代表对个案的法律意见。⟧</p>
</div>
<div class="lw-float">⟦w 遇到类似纠纷？点此免费问律师⟧</div>
<aside class="lw-side"><h4>⟦l 同类案例⟧</h4><p>⟦l 小区健身器材伤人，谁来赔？⟧</p><p>⟦l 学校体育课受伤的责任划分⟧</p></aside>
<footer>⟦m 明屹律师事务所　地址：隆襄市宪郊区驰郊路16号金帆大厦9层⟧</footer>
</body>
</html>
""",
        body="""
【基本案情】某小区草坪上放置了一副移动式足球门，未加配重，也未固定。9岁的小宇放学后与同伴踢球，攀爬球门横梁时球门向前翻倒，横梁砸中小宇头部，造成轻微颅骨骨折。小宇父母起诉物业公司，要求赔偿医疗费等各项损失。
【法院观点】法院认为，足球门由物业公司购置并放置在小区公共区域，物业公司对其负有管理和维护义务。该球门未采取任何固定措施，也未设置警示标识，物业公司未尽到安全保障义务，应承担主要责任。小宇已满8周岁，其监护人未尽到必要的看护和教育责任，亦应自行承担部分责任。法院最终判决物业公司承担70%的赔偿责任。
【律师提示】公共区域的移动式足球门必须配重或固定，并张贴“禁止攀爬”标识；家长也应教育孩子不要攀爬、悬挂在球门上。⟦w 人身损害纠纷可电话咨询谭律师：139 0731 5628⟧
""",
    ),
    dict(
        slug="lawfirm-jinheng-letter-counterfeit-passport-holders",
        site="金衡律师事务所 (invented, text view)",
        style="律所网站",
        genre="函",
        kind="letter",
        form="text",
        source="http://www.jinhenglawyer.com/wenshu/20251015/88.html",
        title="关于贵店销售仿冒“驰行”护照夹的律师函",
        record_title="律所文书示例丨关于贵店销售仿冒“驰行”护照夹的律师函 - 金衡律师事务所",
        date="2025-10-15",
        notes="law firm text view: a lawyer's letter with its own contact lines; a consult line and a repost notice as chrome; 成文日期",
        page="""
!m 金衡律师事务所　JINHENG LAW FIRM
!m 首页 > 律所文书 > 知识产权
!t 律所文书示例丨关于贵店销售仿冒“驰行”护照夹的律师函 - 金衡律师事务所
!m 发布：金衡律所知产部　浏览 482
{BODY}
!w 商标侵权、外观设计纠纷，金衡律师在线解答，咨询热线 400-700-5512
!d 本页文书已作脱敏处理，仅供参考，未经许可不得转载。
!m 金衡律师事务所 版权所有　湘ICP备19010344号
""",
        indent="\u3000\u3000",
        body="""
××皮具店：
金衡律师事务所受隆襄驰行旅行用品有限公司（以下简称“驰行公司”）委托，指派谭一帆律师，就贵店销售仿冒“驰行”护照夹一事，郑重致函如下：
一、驰行公司是第58830217号“驰行”注册商标的权利人，并就“折角卡扣护照夹”享有外观设计专利权，上述权利均在有效期内。
二、经委托人调查，贵店于2025年9月起在线下门店和网店销售带有“驰行”标识的护照夹，该产品在外观、标识上与驰行公司产品高度近似，但并非驰行公司生产或授权销售。
三、贵店的上述行为已涉嫌侵犯驰行公司的注册商标专用权和外观设计专利权。为此，请贵店自收到本函之日起三日内立即停止销售侵权产品，下架相关商品链接，并书面告知库存数量和进货渠道。
如贵店逾期不予处理，本所将建议委托人依法追究贵店的法律责任。
联系人：谭一帆律师，电话：0731-85290316。
金衡律师事务所
2025年10月15日
""",
    ),
    dict(
        slug="community-gechong-notice-water-bottles-outdoor-workers",
        site="阁涌社区网 (invented, residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.gechongsq.cn/tzgg/2025/0702/146.html",
        title="关于开展“夏季送清凉”为户外劳动者发放运动水壶的通知",
        record_title="【阁涌居务】关于开展“夏季送清凉”为户外劳动者发放运动水壶的通知｜阁涌社区网",
        date="2025-07-01",
        date_also=["2025-07-02"],
        notes="residents' site: weather line, grid worker's box, property repair line; the community's own duty phone in the body; 扫码 as content; 成文日期 expected, posting date also",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【阁涌居务】关于开展“夏季送清凉”为户外劳动者发放运动水壶的通知｜阁涌社区网</title>
<script src="/js/sq.js"></script>
</head>
<body>
<div class="sq-top">⟦m 阁涌社区网 · 邻里一家亲⟧ ⟦m 今日宪郊：晴 27～36℃ 高温橙色预警⟧</div>
<div class="sq-nav">⟦m 首页 ｜ 社区公告 ｜ 办事指南 ｜ 邻里活动 ｜ 党群服务⟧</div>
<div class="sq-main">
<h2>{T}</h2>
<p class="sq-info">⟦m 发布时间：2025-07-02　发布人：阁涌社区居委会　阅读 356⟧</p>
<div class="sq-txt">
{BODY}
</div>
<p>⟦l 上一条：阁涌社区关于开展夏季消防安全检查的通知⟧</p>
</div>
<div class="sq-side"><h4>⟦m 我的网格员⟧</h4><p>⟦m 第三网格　殷晓禾　电话 186 7315 2290⟧</p>
<h4>⟦m 物业服务⟧</h4><p>⟦m 坤元物业报修：0731-84990112⟧</p></div>
<div class="sq-foot">⟦m 隆襄市宪郊区阁涌社区居民委员会　湘ICP备18004456号-1⟧</div>
</body>
</html>
""",
        body="""
辖区各单位、各位居民：
入伏以来，持续高温，环卫工人、快递小哥、外卖骑手等户外劳动者十分辛苦。为传递社区温暖，阁涌社区联合辖区爱心企业开展“夏季送清凉”活动，现将有关事项通知如下：
一、发放对象：在本社区范围内工作的环卫工人、快递员、外卖骑手、保安等户外劳动者。
二、发放物品：每人1升容量运动水壶一个、藿香正气水一盒、毛巾一条，共准备300份。
三、领取时间和地点：7月5日至7月12日每天9:00—17:00，在社区党群服务中心一楼大厅领取。
四、领取方式：户外劳动者到场后扫描现场二维码登记姓名和工作单位即可领取，每人限领一份。社区“清凉驿站”同时提供免费续水服务，欢迎大家带上水壶随时来加水。
咨询电话：0731-84990267（社区值班室）。
阁涌社区居民委员会
2025年7月1日
""",
    ),
    dict(
        slug="community-kunchi-pledge-care-for-pitch-goals",
        site="坤驰社区服务网 (invented, text view)",
        style="社区网站",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://kunchi.sqfw.net/gonggao/2025/0530/62.html",
        title="爱护小区球场足球门倡议书",
        record_title="楼栋公约 · 爱护小区球场足球门倡议书 - 坤驰社区服务网",
        date="2025-05-30",
        notes="residents' site text view: weather line and property duty line; a numbered pledge; the community's name in the signature; 成文日期 in Chinese numerals",
        page="""
!m 坤驰社区服务网　今天：小雨 19～25℃
!m 社区首页 · 公告栏 · 倡议书
!t 楼栋公约 · 爱护小区球场足球门倡议书 - 坤驰社区服务网
!m 发布：社区居委会　浏览：214
{BODY}
!l 评论（3）：
!l 5栋王阿姨：支持！晚上踢球的孩子声音也小点就更好了
!m 物业24小时值班：0731-84991190
!m 坤驰社区服务网 由隆襄市宪郊区坤驰社区居委会维护
""",
        indent="\u3000\u3000",
        body="""
亲爱的居民朋友们：
今年春天，小区中心球场完成改造，新装了两副五人制足球门，成为孩子们最喜欢的活动场所。但近期我们发现，有的孩子吊在球门横梁上荡秋千，有的把球网当吊床，还有人把球门推到草坪上踢，导致一副球门底座配重丢失、球网被扯破。
为了让球场用得久、用得安全，社区居委会向全体居民发出如下倡议：
一、不攀爬、不悬挂。请教育孩子不要攀爬球门，不要吊在横梁和球网上。
二、不挪动、不拆卸。足球门底座和配重块不要随意挪动，发现松动请及时告诉物业。
三、文明使用。踢球时间为每天7:00—21:00，请控制音量，离场时带走垃圾。
爱护球场，就是爱护我们自己的家园。让我们从身边小事做起，共建文明和谐小区！
坤驰社区居民委员会
二〇二五年五月三十日
""",
    ),
    dict(
        slug="association-longxiang-sports-goods-racket-labelling-pledge",
        site="隆襄市体育用品行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://www.lxtyyp.org.cn/xhdt/2025/0320/71.html",
        title="关于规范网球拍重量和材质标注的自律倡议",
        record_title="〖标注自查·会员倡议〗关于规范网球拍重量和材质标注的自律倡议 - 隆襄市体育用品行业协会",
        record_date="2025-03-20",
        date="2025-03-20",
        notes="record date; association page with a member-login row and a member hotline; the association's name is also its signature (head match at the top); numbered pledge",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>〖标注自查·会员倡议〗关于规范网球拍重量和材质标注的自律倡议 - 隆襄市体育用品行业协会</title>
<script src="/js/xh-common.js"></script>
</head>
<body>
<div class="xh-top"><span>⟦m 隆襄市体育用品行业协会⟧</span> <span>⟦a 会员单位登录 ｜ 入会申请 ｜ 会费缴纳⟧</span></div>
<ul class="xh-nav"><li>⟦m 协会概况⟧</li><li>⟦m 协会动态⟧</li><li>⟦m 行业标准⟧</li><li>⟦m 会员风采⟧</li></ul>
<div class="xh-pos">⟦m 您的位置：首页 - 协会动态 - 自律倡议⟧</div>
<div class="xh-art">
<h1>{T}</h1>
<p class="xh-meta">⟦m 2025-03-20　协会秘书处　阅读 289⟧</p>
<div class="xh-body">
{BODY}
</div>
</div>
<div class="xh-side"><h4>⟦l 协会通知栏⟧</h4><p>⟦l 关于缴纳2025年度会费的提醒⟧</p><p>⟦l 第三届会员代表大会筹备公告⟧</p></div>
<div class="xh-foot"><p>⟦m 会员服务热线：0731-85337106⟧</p><p>⟦m 地址：隆襄市宪郊区泰和路66号体育产业大厦12楼　湘ICP备20011845号⟧</p></div>
</body>
</html>
""",
        body="""
各会员单位：
近年来，网球运动在我市快速普及，网球拍销量逐年增长。但市场上仍有少数产品存在标注重量与实际重量偏差过大、将“碳铝复合”标注为“全碳素”等问题，损害了消费者权益和行业声誉。为此，协会向全体会员单位倡议：
一、如实标注重量。球拍标注的空拍重量与实测重量偏差不超过正负7克，并注明是否含线、含手胶。
二、如实标注材质。拍框材质按实际成分标注，不使用“航空级”“黑科技”等模糊宣传用语。
三、规范儿童拍标注。儿童拍须标注适用年龄和拍长，便于家长选购。
四、接受社会监督。各会员单位于6月30日前完成在售产品标注自查，协会将组织抽查并通报结果。
隆襄市体育用品行业协会
2025年3月20日
""",
    ),
    dict(
        slug="association-outdoor-chamber-minutes-bottle-standard-vote",
        site="隆襄市户外运动用品商会 (invented, text view)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://www.lxhwsh.org/jiyao/2025/0825/19.html",
        title="《运动水壶》团体标准研讨会会议纪要",
        record_title="〖标准化工作〗《运动水壶》团体标准研讨会会议纪要 - 隆襄市户外运动用品商会",
        date="2025-08-21",
        notes="association text view: minutes with 时间/地点/主持/参会/记录 lines and a vote count; the 时间 line is the date; member-login row and member hotline",
        page="""
!m 隆襄市户外运动用品商会
!a 会员登录　|　申请入会　|　联系秘书处
!m 首页 > 标准化工作 > 会议纪要
!t 〖标准化工作〗《运动水壶》团体标准研讨会会议纪要 - 隆襄市户外运动用品商会
!m 发布者：商会秘书处　浏览次数：147
{BODY}
!l 附件下载：《运动水壶》团体标准（征求意见稿）.pdf
!m 商会会员服务热线：0731-85468820
!m 隆襄市户外运动用品商会 版权所有
""",
        indent="",
        body="""
时间：2025年8月21日上午9:30
地点：商会三楼会议室
主持：商会副会长 汪明远
参会：会员企业代表11人，隆襄市产品质量检验所专家2人
记录：商会秘书处 章可欣
会议对《运动水壶》团体标准（征求意见稿）进行了逐条研讨，纪要如下：
一、关于材质要求。与会代表同意将与饮用水接触部件的材质限定为食品接触用不锈钢、Tritan共聚酯和食品级硅胶，不得使用再生塑料。
二、关于密封性能。同意将倒置漏水试验时间由10分钟延长至30分钟，吸管式水壶应增加闭合状态跌落试验。
三、关于标识。水壶应标注容量、材质、耐温范围和清洗方法，儿童水壶须标注适用年龄。
四、表决情况。会议对征求意见稿修改后报送市市场监管局备案进行了表决：应到13人，实到13人，赞成12人，反对0人，弃权1人，表决通过。
五、后续安排。秘书处于9月10日前完成修改，面向社会公开征求意见30日。
""",
    ),
]

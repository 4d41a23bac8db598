"""holdout198, part D: county forums, download stations, personnel-exam sites, tendering
portals and law firms, each once as HTML and once as text. A county forum thread on marks
stuck beside peepholes, with jammer fonts, a weather line, a decoration ad and no record title;
a clay-pot noodle shop's move on a county forum; a kiln's safety rules as a ``.doc`` on an
old download station with its file-info table, three mirror links, an error report and an
unzip password; a first-aid-box template with ``＿＿年＿＿月＿＿日`` blanks; a teacher
recruitment's spinning-top skill test with its 准考证 sentence; a lock-fitter certification
notice whose title stands only on the page; a dressings bid result with lots and contacts
beside a CA line; an inquiry for pumps; a lawyer on a video peephole facing a neighbour's
door with a consult float; a burn from a clay pot in a law firm's case note. Invented text
(sites, places, people, numbers, URLs); see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="localforum-youxi-peephole-marks-jammer-no-title",
        site="卣溪论坛 (invented county forum)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="https://bbs.youxi-home.example.com/forum.php?mod=viewthread&tid=207715",
        title="提醒大家：看看自家门镜旁边有没有被贴小圆点",
        record_title=None,
        date=None,
        notes="county forum with no record title (the thread subject on the page is the title); a weather line, a moderator line, jammer fonts glued after sentences and as lines, a decoration ad on a line of its own between paragraphs, the community police's own phone in the post, a relative post time (no date), a 'police reply' link and a signature",
        junk=dict(lines=1, glued=3),
        page="""
<html><head><meta charset="gbk"><title>卣溪论坛 - 卣溪人的网上家园</title>
<script type="text/javascript">var discuz_uid='0';</script></head>
<body>
<div id="weather">⟦m 卣溪 今天 多云 24~31℃ 东南风2级⟧</div>
<div id="hd">⟦m 卣溪论坛 - 卣溪人的网上家园⟧　⟦a 手机版⟧ ⟦a 注册⟧ ⟦a 登录⟧</div>
<div id="pt">⟦m 卣溪论坛 › 卣溪生活 › 平安卣溪⟧</div>
<div class="modinfo">⟦m 版主：守夜人、阿亮⟧</div>
<table class="plhin"><tr>
<td class="pls">⟦m 城东小王⟧<br>⟦m 注册会员　帖子 96⟧</td>
<td class="plc">
<h1 class="ts">{T}</h1>
<div class="authi">⟦m 发表于 前天 20:14　|　只看楼主　|　阅读 8,902　回复 64⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="official">⟦l 【官方回复】卣溪县公安局城东派出所已回复本帖 ▸ 点击查看⟧</div>
<div class="sign">⟦l ——— 家住城东，热心肠一枚 ———⟧</div>
</td></tr></table>
<div class="fastpost">⟦a 回帖可获得2枚卣溪币，还没账号？立即注册⟧</div>
<div id="ft">⟦m 卣溪论坛 ( 湘ICP备14020157号-1 )⟧　⟦d 网友发言仅代表个人观点，与本站立场无关⟧</div>
</body></html>
""",
        p_html="<p>{}</p>",
        body="""
今天下午回家，发现我家门镜右边被人贴了一个红色的小圆点，指甲盖那么大，不仔细看根本发现不了。问了对门的阿姨，她家门上也有一个。
我有点担心，赶紧问了小区物业，物业说不是他们贴的，也不是抄表的。
⟦w 〖广告〗城东老杨专业装修、换锁、装门镜，微信 yangzx-2020，24小时上门⟧
后来打电话给社区民警，民警说这类记号有可能是推销、发小广告的人做的，也不排除有人踩点，建议撕掉以后拍照留存，晚上锁好门，陌生人敲门先从门镜看清楚再说。
城东社区民警的电话是0739-5587 110，大家发现类似情况可以直接打。
请住城东的朋友们都回家看一看，家里有老人的特别提醒一下。
""",
    ),
    dict(
        slug="localforum-fuchuan-clay-pot-noodle-shop-moves",
        site="釜川论坛 (invented county forum, text)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="http://bbs.fuchuan.example.net/thread-88231-1-1.html",
        title="铛湾老街那家砂锅粉要搬家了",
        record_title="[美食] 铛湾老街那家砂锅粉要搬家了 - 吃喝玩乐 - 釜川论坛",
        date=None,
        notes="county forum text page: a [分类] prefix and - board - site suffixes; a relative post time (no date); the shop's new address and phone in the post; a board path, a view/reply line, a photo placeholder line between paragraphs, the title repeated as a reply subject, a reply prompt and two replies",
        page="""
!m 釜川论坛 » 吃喝玩乐 » 正文
!t [美食] 铛湾老街那家砂锅粉要搬家了
!m 楼主：吃货阿蛮　|　3 小时前　|　查看 1,740　回复 29
{BODY}
!t 回复：[美食] 铛湾老街那家砂锅粉要搬家了
!l 沙发 ▏ 老釜川：吃了二十年了，搬到哪我都去
!l 板凳 ▏ 小鱼儿：新店有停车位吗？
!a 参与回复请先登录｜没有账号？注册一个
!m 釜川论坛　fuchuan.example.net　手机访问更方便
""",
        body="""
刚才去铛湾老街吃早餐，才知道那家开了二十多年的谭记砂锅粉下个月要搬家了。老街这一片要改造，店面租约到期，谭姐说不得不搬。
谭记的砂锅粉是我从小吃到大的，一口小砂锅，炉子上一字排开，汤是用筒骨熬的，粉下进去滚两滚，再卧一个鸡蛋，端上桌还在咕嘟咕嘟冒泡。
⟦m [图片] 店里排队的人还是那么多（点击查看大图）⟧
谭姐说，新店搬到鍪田路和河西街交叉口，面积比原来大一倍，砂锅还是原来那批，老味道不会变。新店预计下月8号开张，订餐电话13807391265。
老街改造是好事，就是以后少了点烟火气。喜欢这口的朋友，趁着这个月再去老店吃几回吧。
""",
    ),
    dict(
        slug="download-duxue-kiln-rules-doc-file-info-table",
        site="笃学资料站 (invented download station, old table layout)",
        style="资料下载站",
        genre="制度",
        kind="other",
        form="html",
        source="http://www.duxue-zl.example.com/down/zhidu/11937.html",
        title="砂锅窑炉安全操作规程",
        record_title="砂锅窑炉安全操作规程.doc",
        date=None,
        notes="old download station: a file-name record title; a file-info table (size, format, licence, date added, downloads, rating), three mirror links, a 'report a dead link' line, an unzip-password notice, a ghost-writer box; 第N条 articles; no date (rules)",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>砂锅窑炉安全操作规程.doc - 笃学资料站</title></head>
<body>
<table width="980" align="center"><tr><td>⟦m 笃学资料站 —— 规章制度、范文模板免费下⟧</td><td align="right">⟦a 加入书签⟧ ｜ ⟦a 投稿⟧</td></tr>
<tr><td colspan="2" class="nav">⟦m 首页 | 规章制度 | 合同协议 | 表格模板 | 教案课件 | 总结汇报⟧</td></tr></table>
<table width="980" align="center" class="info">
<tr><td colspan="2"><h1>{T}</h1></td></tr>
<tr><td>⟦m 资料大小：36 KB⟧</td><td>⟦m 资料格式：DOC⟧</td></tr>
<tr><td>⟦m 授权方式：免费资料⟧</td><td>⟦m 添加时间：2025-02-27⟧</td></tr>
<tr><td>⟦m 下载次数：1,302⟧</td><td>⟦m 资料评分：★★★★⟧</td></tr>
<tr><td colspan="2" class="intro">⟦m 资料简介：以下为文档预览内容，完整格式请下载⟧</td></tr>
<tr><td colspan="2" class="preview">
{BODY}
</td></tr>
<tr><td colspan="2" class="dl">⟦a 下载地址一：电信高速下载⟧　⟦a 下载地址二：联通高速下载⟧　⟦a 下载地址三：备用网盘⟧</td></tr>
<tr><td colspan="2">⟦a 下载出错？请点此报告死链，我们会尽快修复⟧</td></tr>
<tr><td colspan="2">⟦d 温馨提示：本站资料均为RAR压缩包，解压密码统一为 www.duxue-zl.example.com⟧</td></tr>
</table>
<div style="position:absolute;left:5px;top:260px" class="ad">⟦w 代写制度、方案、标书，QQ 1538006627⟧</div>
<table width="980" align="center"><tr><td class="foot">⟦m Copyright © 2010-2025 笃学资料站 鄂ICP备10041718号⟧</td></tr></table>
</body></html>
""",
        body="""
第一条 为保障砂锅烧制窑炉安全运行，防止火灾、烫伤和燃气事故，制定本规程。
第二条 窑炉操作人员须经安全培训合格后上岗，操作时穿戴隔热手套、防护面罩和工作鞋。
第三条 点火前应检查燃气管道、阀门和压力表，确认无泄漏后方可点火；点火时人员不得正对炉口。
第四条 装窑时砂锅坯体之间应留出间隙，码放高度不得超过窑车限高线。
第五条 烧制过程中，每半小时记录一次窑温和燃气压力，发现异常立即报告班长。
第六条 出窑时窑温须降至规定温度以下，严禁用冷水浇淋窑车和砂锅。
第七条 窑炉区严禁堆放纸箱、稻草等易燃包装物，灭火器材每月检查一次。
""",
    ),
    dict(
        slug="download-duxue-first-aid-box-register-template-blanks",
        site="笃学资料站 (invented, text view)",
        style="资料下载站",
        genre="范本",
        kind="other",
        form="text",
        source="http://www.duxue-zl.example.com/down/biaoge/12058.html",
        title="急救箱管理制度及物品领用登记表",
        record_title="急救箱管理制度及物品领用登记表（附表格）- 笃学资料站",
        date=None,
        notes="download station text view of a template: a （附表格） decoration and - site suffix; template blanks ＿＿年＿＿月＿＿日 and ×× placeholders kept in the body; a table header row; file-info and download lines; a 'members download free' prompt glued after a sentence; no date",
        page="""
!m 笃学资料站 › 表格模板 › 行政办公
!t 急救箱管理制度及物品领用登记表（附表格）
!m 大小：18KB ｜ 格式：DOCX ｜ 更新：7 天前 ｜ 下载：566
!a ▶ 立即下载（需登录）　▶ 收藏本资料
{BODY}
!a 【下载提示】如遇下载失败，请更换浏览器或联系客服
!l 同类资料：药品管理制度 | 办公室安全管理制度 | 员工意外伤害处理流程
!m 笃学资料站 www.duxue-zl.example.com
""",
        body="""
一、急救箱由××部门负责管理，指定专人保管，放置在醒目、便于取用的位置。
二、急救箱内配备创可贴、碘伏棉签、无菌纱布、医用胶带、一次性手套、三角巾等物品，保管人每月检查一次，及时补充用完和过期的物品。⟦a 会员可免费下载本表格Word版⟧
三、员工领用急救箱物品，应在登记表上如实填写，领用创可贴等小件物品也需登记。
四、发生较重伤害时，应立即拨打急救电话并报告部门负责人，不得仅用急救箱物品自行处理。
物品领用登记表
日期　领用物品　数量　领用人　事由
＿＿月＿＿日　　　　　　
保管人（签字）：＿＿＿＿
检查日期：＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="exam-heyang-teacher-recruit-tops-skill-test",
        site="盉阳人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://www.hyrsks.example.gov.cn/ksxx/2025/0612/2207.html",
        title="盉阳县2025年公开招聘中小学体育教师（陀螺项目）专业技能测试公告",
        record_title="【考务公告】盉阳县2025年公开招聘中小学体育教师（陀螺项目）专业技能测试公告 - 盉阳人事考试网",
        date="2025-06-12",
        notes="personnel-exam site: a maintenance banner, an entry float, a 发布日期 byline equal to the 成文日期; a test schedule table; sentences of the notice telling candidates to 打印 their 准考证 and to 扫码 sign in; the committee's own 咨询电话 beside the site's technical line",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【考务公告】盉阳县2025年公开招聘中小学体育教师（陀螺项目）专业技能测试公告 - 盉阳人事考试网</title>
<script src="/js/notice.js"></script></head>
<body>
<div class="maint">⟦d 系统维护通知：6月15日22:00至次日6:00报名系统暂停服务⟧</div>
<div class="logo">⟦m 盉阳人事考试网⟧ ⟦m 盉阳县人力资源和社会保障局主办⟧</div>
<div class="nav">⟦m 首页　考试信息　成绩查询　证书管理　政策法规⟧</div>
<div class="pos">⟦m 首页 &gt; 考试信息 &gt; 事业单位招聘⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 发布日期：2025-06-12　信息来源：县人事考试中心⟧</div>
<div class="content">
{BODY}
</div>
<div class="entry-float">⟦a 准考证打印入口⟧<br>⟦a 成绩查询入口⟧</div>
<div class="foot">⟦m 网站技术支持电话：0745-3401 999（仅限系统操作问题）⟧<br>⟦m 湘ICP备09031506号⟧</div>
</body></html>
""",
        body="""
根据《盉阳县2025年公开招聘中小学教师公告》，现将体育教师（陀螺项目）岗位专业技能测试有关事项公告如下。
一、测试对象：笔试成绩合格并通过资格复审的考生，共18人。
二、测试内容：陀螺起转与续鞭、定点控制、一分钟计时续转三项，满分100分。
三、测试安排
日期　时间　地点
6月21日　8:30—11:30　县第一中学风雨操场
6月21日　14:30—17:00　县第一中学风雨操场
四、有关要求：考生须于6月18日起登录本网站打印测试准考证，测试当天凭准考证和身份证入场，入场时扫码签到。测试用陀螺和鞭子由考点统一提供，考生不得自带。
咨询电话：0745-3402 117（县人事考试中心）。
盉阳县人事考试中心
2025年6月12日
""",
    ),
    dict(
        slug="exam-zhenhu-lock-fitter-peephole-cert-title-on-page",
        site="甄湖职业技能鉴定网 (invented, text)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="https://www.zhjnjd.example.cn/tzgg/20250805/1186.html",
        title="关于开展锁具修理工（门镜安装方向）职业技能等级认定的公告",
        record_title=None,
        date="2025-08-05",
        notes="no record title (the title stands on the page); a skill-appraisal site: a login row, a 发布日期 byline, a schedule table, the centre's own 咨询电话 beside the site's 客服 line; sentences telling candidates to 扫码 pay and 下载 forms",
        page="""
!m 甄湖职业技能鉴定网
!a 考生登录 ｜ 机构登录 ｜ 证书查验
!m 首页 > 通知公告
{T}
!m 发布日期：2025-08-05　来源：甄湖区职业技能鉴定中心
{BODY}
!m 平台客服：400-0739-516（周一至周五 9:00-17:00）
!d 本平台仅发布经审核的认定信息，请考生以本平台为准，谨防假冒网站。
""",
        body="""
为提升锁具修理从业人员技能水平，经研究，定于9月开展锁具修理工（门镜安装方向）职业技能等级认定。现将有关事项公告如下。
一、认定等级：五级（初级工）、四级（中级工）。
二、报名条件：从事锁具安装、维修工作满一年的人员，或经过相关培训的人员。
三、认定内容：理论知识考试和操作技能考核。操作技能考核包括门镜开孔、门镜安装与调校、锁具拆装等项目。
四、时间安排
项目　时间
网上报名　8月11日至8月25日
理论考试　9月13日上午
技能考核　9月13日下午至9月14日
五、报名方式：考生登录本平台填写报名信息，下载并填写《工作年限证明》，审核通过后扫码缴费。
咨询电话：0739-5520 836（区职业技能鉴定中心）。
甄湖区职业技能鉴定中心
2025年8月5日
""",
    ),
    dict(
        slug="tender-gushui-medical-dressings-bid-result-lots",
        site="觚水县公共资源交易中心 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://ggzy.gushui.example.gov.cn/jyxx/zfcg/zbgg/2025/0918/6031.html",
        title="觚水县医疗集团2025年医用敷料（创可贴等）集中采购项目中标结果公告",
        record_title="觚水县医疗集团2025年医用敷料（创可贴等）集中采购项目中标结果公告_觚水县公共资源交易中心",
        record_date="2025-09-18",
        date="2025-09-18",
        notes="tender portal: a countdown banner, a CA line and a trading-system line; record gives the date; a lots table (one row a paragraph); purchaser and agency contacts in the body beside the platform's CA hotline; a 'related' list",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>觚水县医疗集团2025年医用敷料（创可贴等）集中采购项目中标结果公告_觚水县公共资源交易中心</title>
<script src="/static/countdown.js"></script></head>
<body>
<div class="tz-top">⟦m 觚水县公共资源交易中心⟧　⟦a 交易系统登录⟧ ⟦a 主体注册⟧</div>
<div class="tz-nav">⟦m 首页　交易信息　政策法规　办事指南　信用信息⟧</div>
<div class="tz-crumb">⟦m 首页 &gt; 交易信息 &gt; 政府采购 &gt; 中标结果⟧</div>
<h2>{T}</h2>
<div class="tz-meta">⟦m 信息来源：觚水县医疗集团　发布时间：2025-09-18 17:40　浏览：219⟧</div>
<div class="tz-body">
{BODY}
</div>
<div class="tz-count">⟦a 距离质疑期截止还有 6 天⟧</div>
<div class="tz-rel"><h4>⟦l 相关公告⟧</h4><ul><li>⟦l 觚水县医疗集团医用敷料集中采购项目招标公告⟧</li><li>⟦l 觚水县人民医院消毒供应设备采购更正公告⟧</li></ul></div>
<div class="tz-foot">⟦m CA数字证书办理咨询：0731-8620 6655⟧<br>⟦m 交易系统技术支持：400-820-7155⟧<br>⟦m 湘ICP备15010094号⟧</div>
</body></html>
""",
        body="""
一、项目编号：GSYL-2025-CG-027
二、项目名称：觚水县医疗集团2025年医用敷料（创可贴等）集中采购项目
三、中标信息
包号　采购内容　中标供应商　中标金额（元）
1　创可贴（普通型、防水型、儿童型）　盉阳市康力医疗器械有限公司　186,400.00
2　无菌纱布、纱布块　甄湖区卫材供应链有限公司　243,750.00
3　医用胶带、敷贴　钫山县安普医疗用品有限公司　97,280.00
四、公告期限：自本公告发布之日起1个工作日。
五、联系方式
采购人：觚水县医疗集团　联系人：蔡文婷　电话：0731-8625 4410
采购代理机构：湘中诚信招标咨询有限公司　联系人：余泽　电话：0731-8633 7081
""",
    ),
    dict(
        slug="tender-gushui-inquiry-bike-pumps-public-bicycles",
        site="觚水县公共资源交易中心 (invented, text)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="https://ggzy.gushui.example.gov.cn/jyxx/xjgg/2025/0410/5512.html",
        title="县城公共自行车服务点打气设备采购询价公告",
        record_title="【询价公告】县城公共自行车服务点打气设备采购询价公告-觚水县公共资源交易中心",
        date="2025-04-10",
        notes="tender text page: a 【询价公告】 prefix and -site suffix; a byline with the same date as the document; an item table; purchaser contacts in the body beside the platform's hotline; sentences that speak of 下载 of the inquiry file",
        page="""
!m 觚水县公共资源交易中心 | 阳光交易 公平公正
!m 交易信息 > 询价公告
!t 【询价公告】县城公共自行车服务点打气设备采购询价公告
!m 发布时间：2025-04-10　项目编号：GSXJ-2025-041
{BODY}
!a 【我要报价】　【下载附件】　【打印】
!l 上一条：觚水县城区道路标线施划询价公告
!l 下一条：县图书馆座椅采购询价结果公示
!m 平台服务热线：0731-8620 6000　湘ICP备15010094号
""",
        body="""
觚水县城市公共交通服务中心拟对县城公共自行车服务点打气设备进行询价采购，欢迎符合条件的供应商参加报价。
一、采购内容
品名　数量　主要技术要求
落地式打气筒　40个　带气压表，适配美嘴、法嘴
立柱式公益打气机　8台　不锈钢材质，室外防雨
二、供应商资格：具有独立承担民事责任的能力，近三年经营活动中无重大违法记录。
三、报价方式：供应商于2025年4月17日16时前登录交易平台下载询价文件，并按要求上传报价文件。
四、联系方式：觚水县城市公共交通服务中心　联系人：葛建华　电话：0731-8627 3150
觚水县城市公共交通服务中心
2025年4月10日
""",
    ),
    dict(
        slug="lawfirm-yuheng-video-peephole-privacy-consult-float",
        site="昱衡律师事务所 (invented law firm site)",
        style="律所网站",
        genre="法律解读",
        kind="other",
        form="html",
        source="https://www.yuhenglaw.example.com/fzxc/2025/0826/144.html",
        title="邻居装的可视门镜正对我家门口，侵犯隐私吗？",
        record_title="【律师答疑】邻居装的可视门镜正对我家门口，侵犯隐私吗？ - 昱衡律师事务所",
        date="2025-08-26",
        notes="law firm site: a 【律师答疑】 prefix and - site suffix; a 发布于 byline (the page's date); a lawyer's card, a consult float with a 400 line, a '本文链接' block, a disclaimer and a case list",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【律师答疑】邻居装的可视门镜正对我家门口，侵犯隐私吗？ - 昱衡律师事务所</title>
<script src="/js/kefu.js"></script></head>
<body>
<div class="lf-top">⟦m 昱衡律师事务所 · 专注民商事争议解决⟧　⟦m 全国咨询热线 400-877-1305⟧</div>
<div class="lf-nav">⟦m 首页　律所简介　专业团队　法治宣传　成功案例　联系我们⟧</div>
<div class="lf-pos">⟦m 首页 › 法治宣传 › 律师答疑⟧</div>
<h1>{T}</h1>
<div class="lf-meta">⟦m 发布于 2025-08-26　作者：贺明哲律师　阅读 1,533⟧</div>
<div class="lf-body">
{BODY}
</div>
<div class="lf-link">⟦m 本文链接：https://www.yuhenglaw.example.com/fzxc/2025/0826/144.html⟧</div>
<div class="lf-disc">⟦d 以上内容为律师普法解读，不构成针对具体个案的法律意见⟧</div>
<div class="lf-card">⟦w 贺明哲 律师｜擅长相邻关系、物业纠纷｜预约面谈：139 0745 2218⟧</div>
<div class="lf-float">⟦a 在线咨询⟧<br>⟦a 免费评估案情⟧</div>
<div class="lf-case"><h4>⟦l 相关案例⟧</h4><ul><li>⟦l 业主在楼道安装摄像头被判拆除⟧</li><li>⟦l 物业泄露业主信息的责任认定⟧</li></ul></div>
<div class="lf-foot">⟦m 地址：镈城市中山路118号金融大厦16楼⟧　⟦m 湘ICP备19028830号⟧</div>
</body></html>
""",
        body="""
问：对门邻居最近把普通门镜换成了带摄像头的可视门镜，镜头正对着我家大门，我家每天谁进谁出都被拍得一清二楚。这算不算侵犯隐私？能要求他拆除吗？
答：根据民法典的规定，自然人享有隐私权，任何组织或者个人不得以刺探、侵扰、泄露、公开等方式侵害他人的隐私权；除法律另有规定或者权利人明确同意外，不得拍摄、窥视他人的住宅等私密空间。
邻居出于安全考虑安装可视门镜本身并不违法，但如果镜头长期正对您家门口，持续记录您和家人的出入情况，就可能超出合理限度，构成对隐私的侵扰。
建议您先与邻居友好沟通，请对方调整镜头角度或者开启隐私遮挡功能；沟通不成的，可以请物业或者社区调解；仍然解决不了的，可以向人民法院起诉，要求停止侵害。
""",
    ),
    dict(
        slug="lawfirm-hongzheng-clay-pot-burn-case-note",
        site="泓正律师事务所 (invented law firm, text)",
        style="律所网站",
        genre="案例分析",
        kind="other",
        form="text",
        source="http://www.hongzheng-lawyer.example.cn/anli/minshi/20250709-61.html",
        title="顾客被端上桌的砂锅烫伤，店家要担责吗？",
        record_title="案例解析：顾客被端上桌的砂锅烫伤，店家要担责吗？｜泓正律师普法",
        date=None,
        notes="law firm text page: a 案例解析： prefix and a ｜site suffix; no date (only a relative time and views); a lawyer card with a WeChat id, a consult prompt glued after the last sentence, a disclaimer, a 'more cases' list",
        page="""
!m 泓正律师事务所 HONGZHENG LAW FIRM
!m 首页 / 案例解析 / 民事侵权
!t 案例解析：顾客被端上桌的砂锅烫伤，店家要担责吗？
!m 泓正普法　·　4 天前　·　1.2万阅读
{BODY}
!w 本文作者：汤静律师，执业证号14307201810562231，微信同号 18973905521
!d 案例经过改编，人物均为化名，仅供普法参考。
!l 更多案例 ▸ 火锅店顾客滑倒摔伤谁负责 ▸ 外卖汤洒出烫伤骑手谁赔
""",
        body="""
【基本案情】顾客邹某在一家砂锅店就餐，服务员端上一锅刚出炉的砂锅鸡时，未提醒“小心烫”，也没有放置隔热垫。邹某的孩子伸手去摸，手背被烫伤，花去医疗费四千余元。邹某要求店家赔偿，店家认为是家长看管不严，拒绝赔偿。
【法院观点】法院审理认为，经营场所的经营者负有安全保障义务。砂锅上桌时温度很高，店家应当以醒目的方式提醒顾客，并采取放置隔热垫、放在远离儿童一侧等措施，店家未尽到上述义务，应当承担相应责任；邹某作为监护人未看护好孩子，自身也有过错。
【裁判结果】法院判决店家承担百分之六十的赔偿责任。
【律师提示】餐饮经营者上热菜时要主动提醒，特别注意有儿童的餐桌；家长带孩子就餐，也要看护好孩子，远离热锅热汤。⟦w 遇到类似纠纷？点此免费咨询泓正律师⟧
""",
    ),
]

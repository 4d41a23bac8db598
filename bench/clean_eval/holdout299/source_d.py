"""holdout299, part D: 地方论坛, 资料下载站, 人事考试网, 招投标网, 律所网站 (one HTML page and one
text each). Invented text; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="xunchuan-online-forum-litter-picnic-mats-jammer-subject",
        site="巽川在线论坛 (invented, county forum)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="https://bbs.xunchuanzaixian.com/thread-77310-1-1.html",
        title="巽溪河滩上扔了一地的野餐垫，谁来管管？",
        record_title=None,
        date=None,
        notes="no record title: the thread subject; a weather line, medals, jammer-font junk in the post, an ad QQ "
        "and an official-reply link; post time 前天: no date",
        page="""
<html><head><meta charset="gbk"><title>巽川在线论坛 - 巽川人自己的网上家园</title>
<style>.jammer{display:none}</style></head><body>
<div class="topbar">⟦m 巽川在线论坛⟧　⟦m 今日巽川：多云转小雨 18～24℃⟧　<a>⟦a 手机版⟧</a>　<a>⟦a 快速登录⟧</a></div>
<div class="crumb">⟦m 巽川在线 › 民生直通车 › 帖子详情⟧</div>
<table class="post"><tr>
<td class="user">⟦m 巽溪边的风⟧<br>⟦m 勋章：热心网友 · 随手拍达人⟧<br>⟦m 积分 3620⟧</td>
<td class="msg">
<h1 class="subject">{T}</h1>
<div class="ptime">⟦m 发表于 前天 22:10　｜　查看 5126　｜　回复 87⟧</div>
<div class="pmsg">
{BODY}
</div>
<div class="reply-official">⟦l 【已转交县城管局】查看官方回复 ›⟧</div>
<div class="pbtn">⟦a 顶 216　｜　踩 3　｜　分享　｜　举报⟧</div>
</td></tr></table>
<div class="reply">⟦l 2楼　亘坪老谭：上周我也看到了，垫子都泡烂了⟧</div>
<div class="reply">⟦l 3楼　柚子不甜：建议罚款，不罚不长记性⟧</div>
<div class="ad">⟦w 巽川本地装修队，免费上门量房，QQ：2870413359⟧</div>
<div class="foot">⟦m 巽川在线论坛　湘ICP备18030617号⟧　⟦d 帖子内容为网友个人观点，不代表本站立场⟧</div>
</body></html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=2),
        body="""
这个周末带孩子去巽溪河滩散步，看到的景象真让人心塞。
靠近二桥的那片草地上，至少扔了七八张野餐垫，有的被踩进泥里，有的挂在柳树枝上，旁边还散落着外卖盒、饮料瓶和竹签。有一张垫子泡在河边的浅水里，已经发臭了。
我问了旁边钓鱼的大爷，他说这些垫子很多是网上九块九包邮买的，用一次就扔，周一早上环卫工人要清理一上午。
想问问相关部门：河滩草地能不能划定野餐区、多放几个垃圾桶？能不能在入口处立个牌子提醒一下？
也想对来野餐的朋友说一句：垫子带来了，就请带走。巽溪是大家的，别让它变成垃圾场。
""",
    ),
    dict(
        slug="yushui-online-forum-palm-pot-brush-wanted-junk",
        site="聿水在线 (invented, county forum)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="https://www.yushuizaixian.net/forum/t-20931.html",
        title="县城哪里还能买到老式棕毛锅刷？",
        record_title="[找东西] 县城哪里还能买到老式棕毛锅刷？ - 生活杂谈 - 聿水在线",
        date=None,
        notes="a county-forum post with anti-scraping junk; a market-day question; post time relative: no date",
        page="""
!m 聿水在线 » 生活杂谈 » 正文
!t [找东西] 县城哪里还能买到老式棕毛锅刷？
!m 楼主：东街老住户　｜　发表于 5 小时前　｜　回复 12
{BODY}
!l 沙发　棕匠后人：亘坪镇逢三逢八有个摊子，姓岑的老头扎的
!l 板凳　不吃香菜：北门菜场二楼杂货铺好像也有
!a 回帖需先登录，没有账号？马上注册
!m 聿水在线 版权所有　客服邮箱：kf@yushuizaixian.net
""",
        junk=dict(lines=1, glued=2),
        body="""
家里老人用惯了棕毛锅刷，说塑料的刷不干净、钢丝的又伤锅。以前东街农贸市场门口有个老师傅专门扎棕刷，这两年好像不见了。
网上买了两把，棕毛稀稀拉拉，用了不到一个月就散架。老人嫌弃得很。
想问问论坛里的朋友，县城或者附近乡镇还有没有卖手工棕毛锅刷的？最好是那种棕毛扎得密、带木柄的。亘坪镇逢集的时候有没有？
有知道的麻烦回个帖，先谢过了！
""",
    ),
    dict(
        slug="gongkuwu-download-cup-brush-machine-rules-doc-old-table",
        site="工库屋资料下载站 (invented, old gb2312 table layout)",
        style="资料下载站",
        genre="规程",
        kind="other",
        form="html",
        source="http://www.gongkuwu.com/soft/zhidu/21877.html",
        title="杯刷植毛机安全操作规程",
        record_title="杯刷植毛机安全操作规程.doc",
        date=None,
        notes="an old download station: file-info table (an update stamp is no date), three download links, an "
        "unzip password, a dead-link report and a floating ad; a rule in 第N条 articles",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>杯刷植毛机安全操作规程.doc 免费下载 - 工库屋</title>
<script language="javascript" src="/ad/float_ad.js"></script></head><body>
<table width="980" align="center"><tr><td>⟦m 工库屋资料下载站⟧</td><td align="right">⟦m 规章制度 · 操作规程 · 表格模板⟧</td></tr></table>
<table width="980" align="center"><tr><td>⟦m 当前位置：工库屋 → 规章制度 → 操作规程 → 杯刷植毛机安全操作规程.doc⟧</td></tr></table>
<table width="980" align="center" border="1" cellspacing="0">
<tr>⟦t <td>资料名称：</td><td>杯刷植毛机安全操作规程.doc</td>⟧</tr>
<tr>⟦m <td>资料大小：</td><td>31 KB</td>⟧</tr>
<tr>⟦m <td>更新时间：</td><td>2025-02-26 16:44</td>⟧</tr>
<tr>⟦m <td>授权方式：</td><td>免费资料</td>⟧</tr>
<tr>⟦m <td>解压密码：</td><td>www.gongkuwu.com</td>⟧</tr>
</table>
<table width="980" align="center"><tr><td>
<b>⟦m 资料简介：⟧</b>
<p align="center"><b>{T}</b></p>
{BODY}
</td></tr></table>
<table width="980" align="center"><tr><td>
<b>⟦a 下载地址：⟧</b> <a href="/down/21877_1">⟦a 电信高速下载⟧</a>　<a href="/down/21877_2">⟦a 联通高速下载⟧</a>　<a href="/down/21877_3">⟦a 本地备用下载⟧</a><br>
⟦a 下载不了？请点此报告死链，我们会尽快修复⟧
</td></tr></table>
<div id="floatad">⟦w 各类制度规程代写定制，加QQ：1553082976⟧</div>
<table width="980" align="center"><tr><td align="center">⟦d 本站资料均来自网络，仅供学习研究，请于下载后24小时内删除。⟧<br>⟦m 工库屋 www.gongkuwu.com　皖ICP备17002358号⟧</td></tr></table>
</body></html>
""",
        body="""
第一条　本规程适用于本厂杯刷车间全自动植毛机的操作人员。
第二条　操作人员须经车间培训考核合格后方可上岗，严禁无证操作。
第三条　开机前检查：确认防护罩完好，刷丝料箱无杂物，气压表读数在0.5至0.7兆帕之间。
第四条　运行中严禁打开防护罩，严禁用手触碰植毛针和钻头；发生卡丝时，必须先按下急停按钮，再用专用钩针处理。
第五条　更换刷丝、刷坯或钻头时，必须切断电源并挂“正在检修”警示牌。
第六条　下班前清理机台落丝，填写设备运行记录，关闭电源和气源。
第七条　违反本规程造成事故的，按厂安全生产奖惩办法处理。
""",
    ),
    dict(
        slug="fanbencangku-download-drool-towel-contract-template-blanks",
        site="范本仓库 (invented, download site)",
        style="资料下载站",
        genre="合同范本",
        kind="other",
        form="text",
        source="https://www.fanbencangku.com/hetong/jiagong/6630.html",
        title="口水巾委托加工合同（范本）",
        record_title="口水巾委托加工合同（范本）【免费下载·可直接打印】",
        date=None,
        notes="a contract template with ×× placeholders, ＿＿ blanks and a ＿＿＿＿年＿＿月＿＿日 signing line: no "
        "date; 第N条 articles; download and print buttons around it",
        page="""
!m 范本仓库 — 合同协议范本下载
!m 首页 ＞ 合同范本 ＞ 加工承揽合同
!t 口水巾委托加工合同（范本）【免费下载·可直接打印】
!m 格式：DOCX　｜　下载次数：2316　｜　添加于 2025-03-02
!a ⬇ 下载此范本（Word）　　🖨 直接打印
{BODY}
!a 找不到合适的？提交需求，律师团队为您定制合同
!l 相关范本：服装来料加工合同　婴幼儿用品采购合同　OEM代工协议
!d 范本仅供参考，使用前请结合实际情况修改，本站不承担因使用范本产生的任何责任。
""",
        body="""
甲方（委托方）：××母婴用品有限公司
乙方（加工方）：××服装加工厂
根据《中华人民共和国民法典》及有关规定，甲乙双方经协商一致，就口水巾委托加工事宜订立本合同。
第一条　加工产品：双层纱布三角口水巾，数量＿＿＿＿条，加工单价＿＿＿＿元/条。
第二条　原材料由甲方提供，乙方应妥善保管，不得挪作他用。
第三条　质量要求：产品须符合婴幼儿纺织产品A类要求，车缝线迹平整，按扣牢固，拉力不低于70牛。
第四条　交货时间：乙方应于＿＿＿＿年＿＿月＿＿日前将全部产品交付甲方指定仓库。
第五条　付款方式：甲方在验收合格后＿＿日内支付全部加工费。
第六条　本合同一式两份，双方各执一份，自双方签字盖章之日起生效。
甲方（盖章）：　　　　乙方（盖章）：
签订日期：＿＿＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="xunchuan-exam-notice-written-test-kettle-sleeves-ticket",
        site="巽川人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://rsks.xunchuan.gov.cn/ksgg/2025/0610/419.html",
        title="巽川县2025年事业单位公开招聘笔试考生须知",
        record_title="【笔试公告】巽川县2025年事业单位公开招聘笔试考生须知_巽川人事考试网",
        date="2025-06-10",
        notes="a personnel-exam site: maintenance banner, admission-ticket float; telling candidates to download "
        "and print the admission ticket (content); the bureau's consultation line beside the site's technical line",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【笔试公告】巽川县2025年事业单位公开招聘笔试考生须知_巽川人事考试网</title>
<script src="/js/kswz.min.js"></script></head><body>
<div class="notice-bar">⟦a 系统将于6月15日0:00—6:00停机升级，届时暂停报名与查询服务⟧</div>
<div class="head">⟦m 巽川人事考试网⟧　⟦m 巽川县人事考试中心⟧</div>
<div class="nav">⟦m 首页　考试公告　报名入口　成绩查询　政策法规⟧</div>
<div class="where">⟦m 首页 ＞ 考试公告 ＞ 事业单位⟧</div>
<div class="detail">
<h3>{T}</h3>
<div class="src">⟦m 来源：县人社局　发布：2025-06-10 15:30　阅读 9832⟧</div>
{BODY}
</div>
<div class="float-ticket">⟦a 📄 准考证打印入口⟧</div>
<div class="foot">⟦m 报名系统技术咨询：0739-5523688（仅解答系统操作问题）⟧<br>⟦m 巽川县人事考试中心 版权所有　湘ICP备09010722号⟧</div>
</body></html>
""",
        body="""
各位报考者：
巽川县2025年事业单位公开招聘笔试定于6月21日举行。现将有关事项公告如下：
一、请考生于6月16日9:00至6月20日17:00登录巽川人事考试网下载并打印准考证，准考证须用A4纸打印。
二、考生须凭准考证和有效居民身份证进入考场，开考30分钟后不得入场。
三、考生可携带透明、无文字标签的饮水杯入场。水壶套、杯套、保温套须在安检前取下，放入考点指定的物品存放处。
四、考场内不得使用任何电子设备，手机须关机后交监考人员统一保管。
咨询电话：0739-5523190（工作日8:30—17:30）。
巽川县人力资源和社会保障局
2025年6月10日
""",
    ),
    dict(
        slug="xunchuan-skills-centre-nursery-practical-test-pdf",
        site="巽川县职业技能鉴定网 (invented)",
        style="人事考试网",
        genre="说明",
        kind="notice",
        form="text",
        source="http://zyjd.xunchuan.gov.cn/files/2025/bayuyuan_shicao.pdf",
        title="2025年保育员职业技能等级认定实操考核说明",
        record_title="2025年保育员职业技能等级认定实操考核说明.pdf",
        date="2025-09-05",
        notes="a PDF file name as the record title; numbered lists; a practical test that speaks of 口水巾 and 杯刷; "
        "成文日期 under the signature; the site's query entry and technical line",
        page="""
!m 巽川县职业技能鉴定网 ｜ 鉴定公告
!t 2025年保育员职业技能等级认定实操考核说明.pdf
!m 附件预览　共2页　下载次数：418
!a 下载原文件　｜　在线打印
{BODY}
!a 成绩查询、证书查询请点击首页“查询入口”
!m 网站维护：县人社局信息中心　0739-5523688
""",
        body="""
一、考核方式
实操考核采用现场模拟操作方式，每名考生抽取两个项目，每个项目限时15分钟，满分100分，60分及格。
二、考核项目
1.幼儿进餐照护：为幼儿佩戴口水巾或餐巾，协助进餐，餐后清洁口周。
2.幼儿饮水照护：用杯刷清洗幼儿水杯并消毒，按编号归位。
3.幼儿午睡照护：协助幼儿脱衣入睡，取下口水巾等颈部物品，巡视记录。
4.物品清洗消毒：口水巾、毛巾分类清洗，正确配制消毒液并浸泡。
三、评分要点
重点考查操作顺序、安全意识和与幼儿的沟通。午睡照护中未取下幼儿颈部物品的，该项目不得分。
四、考生须自备工作服，口水巾、杯刷、消毒液等用品由考点统一提供。
巽川县职业技能鉴定中心
2025年9月5日
""",
    ),
    dict(
        slug="xunchuan-ggzy-result-picnic-mats-lots-record-date",
        site="巽川县公共资源交易中心 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://ggzy.xunchuan.gov.cn/jyxx/zfcg/cjgg/20250618/8830.html",
        title="巽川县文化旅游局露营节野餐垫采购项目成交结果公告",
        record_title="〔采购结果〕巽川县文化旅游局露营节野餐垫采购项目成交结果公告 - 巽川县公共资源交易中心",
        record_date="2025-06-18",
        date="2025-06-18",
        notes="a tender portal: countdown, CA and trading-system lines; a lots table one row a paragraph; purchaser "
        "and agency contacts in the body; the record gives the date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〔采购结果〕巽川县文化旅游局露营节野餐垫采购项目成交结果公告 - 巽川县公共资源交易中心</title>
<script src="/static/jy/countdown.js"></script></head><body>
<div class="jy-top">⟦m 巽川县公共资源交易中心⟧　⟦a 交易主体登录⟧　⟦a 专家登录⟧</div>
<div class="jy-nav">⟦m 首页 ｜ 交易信息 ｜ 政府采购 ｜ 工程建设 ｜ 办事指南 ｜ 下载中心⟧</div>
<div class="jy-pos">⟦m 交易信息 > 政府采购 > 成交公告⟧</div>
<div class="jy-art">
<h2>{T}</h2>
<div class="jy-meta">⟦m 信息来源：巽川县文化旅游局　发布时间：2025-06-18 17:02⟧　⟦m 公示剩余：0天23时41分⟧</div>
{BODY}
<div class="jy-fj">⟦a 附件：成交结果明细表.pdf⟧</div>
</div>
<div class="jy-help">⟦m CA数字证书办理热线：400-8831-556⟧　⟦m 电子交易系统故障报修：0739-5519901⟧</div>
<div class="jy-foot">⟦m 主办：巽川县公共资源交易中心　湘ICP备19004120号⟧</div>
</body></html>
""",
        body="""
一、项目编号：XCZC-2025-0612
二、项目名称：巽川县文化旅游局“巽溪露营节”野餐垫及配套用品采购项目
三、成交信息：
包号　成交供应商　成交内容　成交金额
1　宸州市远足户外用品有限公司　防潮野餐垫1200张　68400元
2　巽川县绿野帐篷厂　遮阳天幕80顶　51200元
四、评审小组成员：邬兰亭、车子谦、聂一舟
五、公告期限：自本公告发布之日起1个工作日。
六、联系方式
采购人：巽川县文化旅游局，联系人：柏青禾，电话：0739-5507721
代理机构：宸州正衡招标代理有限公司，联系人：韦小鹿，电话：0739-8862045
巽川县文化旅游局
2025年6月18日
""",
    ),
    dict(
        slug="xunchuan-ggzy-inquiry-canteen-pot-brushes-record-title",
        site="巽川县政府采购网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.xczfcg.gov.cn/cggg/xjgg/2025/0721/3306.html",
        title="巽川县第一中学食堂清洁用品询价采购公告",
        date="2025-07-21",
        notes="record title as is; an inquiry that tells suppliers to download the inquiry file (content); the "
        "purchaser's contact beside the platform's service line",
        page="""
!m 巽川县政府采购网
!m 首页 › 采购公告 › 询价公告
{T}
!m 发布日期：2025-07-21　｜　项目类别：货物类
!a 【收藏】【打印】【分享】
{BODY}
!m 平台服务热线：0739-5519988（工作日 8:30—17:30）
!l 上一条：县实验小学课桌椅采购项目询价公告
!l 下一条：县中医院被服采购项目成交公告
""",
        body="""
巽川县第一中学食堂清洁用品采购项目现进行询价采购，欢迎符合条件的供应商参加报价。
一、采购内容：长柄锅刷300把，棕毛锅刷200把，钢丝球1000个，洗碗海绵2000块。采购预算2.6万元。
二、供应商资格：具有独立承担民事责任的能力，所供产品须符合食品接触用品相关标准。
三、获取询价文件：请于7月22日至7月25日登录巽川县公共资源交易平台下载询价文件。
四、报价截止时间：2025年7月28日10:00。
五、联系方式：采购人巽川县第一中学，联系人：孟老师，电话：0739-5541276。
巽川县第一中学
2025年7月21日
""",
    ),
    dict(
        slug="yuheng-lawfirm-case-cup-brush-bristles-consult-float",
        site="聿衡律师事务所 (invented)",
        style="律所网站",
        genre="案例分析",
        kind="other",
        form="html",
        source="https://www.yuhenglaw.cn/anli/xiaofei/2025/0417.html",
        title="网购杯刷刷毛脱落，能否要求退一赔三？",
        record_title="案件小讲堂 ▪ 网购杯刷刷毛脱落，能否要求退一赔三？－聿衡律师事务所",
        date=None,
        notes="a law firm's case note: a lawyer card, a consult float, a 400 line and a 本文链接 block; no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>案件小讲堂 ▪ 网购杯刷刷毛脱落，能否要求退一赔三？－聿衡律师事务所</title></head><body>
<div class="top">⟦m 聿衡律师事务所⟧　⟦m 专注消费维权与知识产权⟧　⟦m 全国咨询：400-6613-088⟧</div>
<div class="nav">⟦m 首页 · 律所简介 · 专业领域 · 律师团队 · 案件小讲堂 · 联系我们⟧</div>
<div class="main">
<h1>{T}</h1>
<div class="card">⟦m 撰稿律师：翟思齐　执业证号 14307201910663218⟧</div>
{BODY}
<div class="link">⟦m 本文链接：https://www.yuhenglaw.cn/anli/xiaofei/2025/0417.html⟧<br>⟦d 转载请注明出处，文章仅为普法之用，不构成对具体案件的法律意见。⟧</div>
</div>
<div class="float">⟦w 免费问律师 ▸ 在线留言，2小时内回电⟧</div>
<div class="foot">⟦m 地址：巽川县迎宾大道66号金座大厦9楼⟧　⟦m 湘ICP备20016651号⟧</div>
</body></html>
""",
        body="""
【案情】市民邝女士在网店花39元购买了一套杯刷，收货后第一次使用，刷毛就大量脱落，有几根还粘在了孩子的保温杯里。邝女士要求店家“退一赔三”，店家只同意退货退款。
【律师分析】能否适用“退一赔三”，关键看经营者是否存在欺诈。根据消费者权益保护法第五十五条，经营者提供商品有欺诈行为的，应当按照消费者的要求增加赔偿其受到的损失，增加赔偿的金额为商品价款的三倍，不足五百元的为五百元。
本案中，如果店家在商品页面宣传“刷毛永不脱落”，而实际产品明显不符，可以认定为欺诈，邝女士可主张500元赔偿；如果只是产品质量瑕疵，店家没有虚假宣传，则只能主张退货、退款。
【律师建议】消费者收到商品后，应保留商品页面截图、聊天记录和实物照片，协商不成可向平台投诉或向市场监管部门举报。
""",
    ),
    dict(
        slug="yuheng-lawfirm-letter-picnic-mat-design-patent",
        site="聿衡律师事务所 (invented)",
        style="律所网站",
        genre="函",
        kind="letter",
        form="text",
        source="https://www.yuhenglaw.cn/wenshu/lvshihan/2025/0318.html",
        title="关于停止销售侵权野餐垫产品的律师函",
        record_title="文书示例丨关于停止销售侵权野餐垫产品的律师函（当事人信息已作脱敏）",
        date="2025-03-18",
        notes="a law firm's published letter: the letter's own contact beside the firm's 400 line; a masked patent "
        "number; date under the signature",
        page="""
!m 聿衡律师事务所 · 文书示例
!t 文书示例丨关于停止销售侵权野餐垫产品的律师函（当事人信息已作脱敏）
!m 栏目：法律文书　｜　阅读 733
{BODY}
!w 需要发律师函？全国咨询热线 400-6613-088
!l 更多文书：催款律师函　解除合同通知函　商标侵权警告函
!d 文书示例仅供参考，当事人信息已作处理。
""",
        body="""
宸州市某电子商务有限公司：
聿衡律师事务所接受宸州市远足户外用品有限公司（以下简称“委托人”）的委托，就贵司销售侵犯委托人外观设计专利权产品一事，致函如下：
委托人是“折叠式铝膜野餐垫”外观设计专利的专利权人，专利号为ZL2023305××××××，该专利合法有效。经委托人核实，贵司在网店销售的“便携防潮野餐垫”与上述外观设计相近似，落入专利权保护范围。
为此，本律师郑重要求贵司：一、自收到本函之日起立即停止销售侵权产品，下架相关商品链接；二、于十日内书面告知库存数量及处理方案。
如贵司逾期不予回应，委托人将依法追究贵司的法律责任。
联系人：聿衡律师事务所 翟律师，电话：0739-8870633。
聿衡律师事务所
律师：翟思齐
2025年3月18日
""",
    ),
]

"""holdout76, part B: blueberry (蓝莓) farms, co-ops, pickers and buyers. Invented text;
see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="dangjian-tichuan-blueberry-branch-speech-html",
        site="锑川县党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://dj.tichuan.example.gov.cn/jcdj/202506/t20250620_3391.html",
        title="在蓝莓产业党建联盟成立大会上的讲话",
        record_title="在蓝莓产业党建联盟成立大会上的讲话-锑川县党建网",
        date="2025-06-18",
        date_also=["2025-06-20"],
        notes="a Party-building page: the speaker's role and a date under the title (neutral lines; the speech date expected, the page's 发布时间 accepted); scan-to-phone prompt; a 'study points' box",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>在蓝莓产业党建联盟成立大会上的讲话-锑川县党建网</title>
<script src="/static/dj.js"></script></head><body>
<div class="head"><img alt="">⟦m 锑川县党建网 · 锑川先锋⟧</div>
<div class="menu">⟦m 首页　党建要闻　基层党建　干部工作　人才工作　党员教育⟧</div>
<div class="pos">⟦m 当前位置：首页 / 基层党建 / 产业党建⟧</div>
<div class="detail"><h2>{T}</h2>
<p class="sp">县委常委、组织部部长　孔维宁</p>
<p class="sp">（2025年6月18日）</p>
<div class="info">⟦m 发布时间：2025-06-20　来源：县委组织部　浏览次数：1467⟧</div>
<div class="TRS_Editor">
{BODY}
</div>
<div class="qr">⟦a 扫一扫在手机上阅读本文⟧</div></div>
<div class="rbox"><h4>⟦l 学习园地⟧</h4><ul><li>⟦l 基层党组织书记培训课件⟧</li><li>⟦l 产业链党建典型案例选编⟧</li></ul></div>
<div class="foot">⟦m 中共锑川县委组织部主办　技术支持：锑川数字科技⟧<br>⟦m 网站标识码：4310270024⟧</div>
</body></html>
""",
        body="""
同志们：
今天，全县蓝莓产业党建联盟正式成立。联盟由三个乡镇党委、十二个村党支部和五家企业党组织组成。
成立联盟，就是要把党组织建在产业链上，让支部跟着产业走、党员围着产业转。
希望联盟各成员单位在技术共享、品牌共创、销路共拓上多下功夫，让更多群众在蓝莓产业中增收。
""",
    ),
    dict(
        slug="hospital-fancheng-blueberry-allergy-html",
        site="钒城市第二人民医院 (invented)",
        style="医院官网",
        genre="科普",
        kind="other",
        form="html",
        source="https://www.fcsey.example.com/kpzl/2025/0712/1209.html",
        title="吃蓝莓后嘴唇发麻，警惕口腔过敏综合征",
        record_title="【健康课堂】吃蓝莓后嘴唇发麻，警惕口腔过敏综合征",
        date="2025-07-12",
        notes="a hospital page: 24-hour line and an online-consult box beside the department's own 咨询电话 (kept); a 预约挂号 button row; byline date",
        page="""
<html><head><meta charset="utf-8"><title>钒城市第二人民医院</title></head><body>
<div class="top">⟦m 钒城市第二人民医院　三级综合医院⟧　⟦w 24小时服务热线：0735-8866120⟧</div>
<div class="nav">⟦m 医院概况　科室导航　专家介绍　就医指南　健康课堂⟧</div>
<div class="crumb">⟦m 首页 » 健康课堂 » 科普知识⟧</div>
<h1>⟦t 【健康课堂】吃蓝莓后嘴唇发麻，警惕口腔过敏综合征⟧</h1>
<div class="pubinfo">⟦m 发布日期：2025-07-12　作者：变态反应科 聂青⟧</div>
<div class="con">
{BODY}
</div>
<div class="btns">⟦a 预约挂号　在线问诊　返回顶部⟧</div>
<div class="float">⟦w 在线咨询：工作日8:00—17:30，点击与导医对话⟧</div>
<div class="foot">⟦m 地址：钒城市滨河路219号⟧ ⟦m 湘ICP备12007731号⟧</div>
</body></html>
""",
        body="""
近期，变态反应科接诊了多名吃蓝莓后嘴唇发麻、喉咙发痒的患者，其中多数同时对桦树花粉过敏。
这类症状多属口腔过敏综合征，一般在进食后几分钟内出现，多数能自行缓解。
如出现呼吸困难、全身皮疹，应立即就医。
有相关症状的市民可到门诊三楼变态反应科就诊，科室咨询电话：0735-8866347。
""",
    ),
    dict(
        slug="university-yihu-blueberry-lab-news",
        site="铱湖农业大学园艺学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="text",
        source="https://yyxy.yihu-agri.example.edu.cn/info/1031/5521.htm",
        title="园艺学院蓝莓育种团队选育新品种通过省级登记",
        record_title="园艺学院蓝莓育种团队选育新品种通过省级登记-铱湖农业大学园艺学院",
        date="2025-09-03",
        indent="\u3000\u3000",
        notes="a college page: the title repeated and glued to the first sentence of the lead; a 审核/供稿 line glued after the last sentence; click count",
        page="""
!m 铱湖农业大学园艺学院
!m 首页 | 学院概况 | 科学研究 | 人才培养 | 学院新闻
!m 学院新闻
!t 园艺学院蓝莓育种团队选育新品种通过省级登记-铱湖农业大学园艺学院
!m 作者：院办　时间：2025-09-03　点击：[ 684 ]
⟦t 园艺学院蓝莓育种团队选育新品种通过省级登记⟧{BODY}
!l 【关闭】　【返回顶部】
!m Copyright © 铱湖农业大学园艺学院　地址：铱湖市学苑路1号
""",
        body="""
近日，由我院蓝莓育种团队选育的南高丛蓝莓新品种“铱园1号”通过省林木品种审定委员会登记。
该品种历经九年选育，果实大、甜度高，适合在低海拔丘陵地区种植。
团队负责人表示，下一步将在省内五个县开展示范推广。⟦m （供稿：果树系　审核：谢川）⟧
""",
    ),
    dict(
        slug="localbbs-gecheng-blueberry-picking-notice",
        site="锗城在线论坛 (invented)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="text",
        source="http://bbs.gecheng-online.example.com/thread-88201-1-1.html",
        title="关于规范蓝莓采摘季道路停车的通告",
        record_title="[转帖] 关于规范蓝莓采摘季道路停车的通告 - 锗城杂谈 - 锗城在线",
        date="2025-06-05",
        date_also=["2025-06-07"],
        indent="\u3000\u3000",
        notes="a county forum repost: the poster's 发表于 date differs from the notice's 成文日期 (the document's date expected, the post date accepted); a poster's comment line; replies",
        page="""
!m 锗城在线 › 锗城杂谈 › 帖子详情
!t [转帖] 关于规范蓝莓采摘季道路停车的通告
!m 一路向东 发表于 2025-6-7 08:03 | 查看：5120 | 回复：63
!l 楼主说：周末去山里摘蓝莓的朋友注意了，交警这次是动真格的
{BODY}
!l 2# 山那边的胖子：上周去堵了两个小时，早该管了
!l 3# 阿菁：停车场收费多少？
!a 快速回复　｜　高级模式　｜　发表回复
!m 锗城在线 版权所有　客服：0734-2210086
""",
        body="""
为保障蓝莓采摘季期间道路通行安全，现就有关事项通告如下：
一、6月10日至7月20日，禁止在锗溪公路K12至K18路段两侧停放车辆。
二、前往采摘园的车辆请停放在锗溪村临时停车场，由志愿者引导进园。
三、对违法停车的，交警部门将依法处理。
锗城县公安局交通警察大队
2025年6月5日
""",
    ),
    dict(
        slug="download-yuanziliao-blueberry-plan-old-table-html",
        site="原资料下载站 (invented)",
        style="资料下载站",
        genre="方案",
        kind="plan",
        form="html",
        source="http://www.yuanziliao.example.com/soft/nongye/20250221/9930.html",
        title="钽原县蓝莓标准化种植示范基地建设方案",
        record_title="钽原县蓝莓标准化种植示范基地建设方案.doc下载",
        date="2025-02-20",
        notes="an old table layout of a download station: a file-info table, three mirror links, an error-report link; a decorated record title ending .doc下载; a 成文日期",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"><title>钽原县蓝莓标准化种植示范基地建设方案.doc下载_原资料下载站</title></head><body>
<table width="100%"><tr><td>⟦m 原资料下载站 — 免费资料天天更新⟧</td><td>⟦a 会员登录 | 免费注册⟧</td></tr></table>
<table><tr><td>⟦m 当前位置：首页 → 农业资料 → 种植方案⟧</td></tr></table>
<table class="info">
<tr><td>⟦m 资料名称：钽原县蓝莓标准化种植示范基地建设方案.doc⟧</td></tr>
<tr><td>⟦m 资料大小：46 KB⟧</td><td>⟦m 资料格式：Word⟧</td></tr>
<tr><td>⟦m 更新时间：2025-02-21 11:30⟧</td><td>⟦m 下载次数：1207⟧</td></tr>
</table>
<table><tr><td><b>资料简介：</b></td></tr><tr><td>
{BODY}
</td></tr></table>
<table><tr><td>⟦a 下载地址一：电信高速下载⟧</td></tr><tr><td>⟦a 下载地址二：联通高速下载⟧</td></tr><tr><td>⟦a 下载地址三：备用下载⟧</td></tr>
<tr><td>⟦a 下载地址无效？点此报错⟧</td></tr></table>
<table><tr><td>⟦d 本站资料均来自互联网，如有侵权请联系站长删除。⟧</td></tr></table>
</body></html>
""",
        p_html="{}<br>",
        body="""
为推动全县蓝莓产业提质增效，县农业农村局决定建设蓝莓标准化种植示范基地。
一、建设目标：2025年建成示范基地3个，面积共1200亩，带动周边农户200户以上。
二、建设内容：统一苗木、统一土壤改良、统一水肥一体化设施、统一采后冷链。
三、资金安排：县财政安排补助资金300万元，按验收面积兑付。
钽原县农业农村局
2025年2月20日
""",
    ),
    dict(
        slug="exam-lixi-agri-tech-post-notice",
        site="铼溪县人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://rsks.lixi.example.gov.cn/ksgg/20250410/2210.html",
        title="铼溪县2025年公开招聘蓝莓产业技术服务人员公告",
        record_title="铼溪县2025年公开招聘蓝莓产业技术服务人员公告_考试公告",
        date="2025-04-10",
        notes="an exam portal: a post table one row a paragraph; the announcement's own 咨询电话 beside the site's technical line; sentences telling candidates to 下载/打印 the 准考证 kept",
        page="""
!m 铼溪县人事考试网
!m 首页 ＞ 考试公告 ＞ 事业单位招聘
!t 铼溪县2025年公开招聘蓝莓产业技术服务人员公告_考试公告
!m 发布：2025-04-10　阅读量：3387
{BODY}
!w 网站技术支持电话：0736-2288001（仅限报名系统故障）
!a 【在线报名入口】　【准考证打印入口】
!l 相关公告：铼溪县2025年事业单位公开招聘工作人员简章
""",
        body="""
根据工作需要，县农业农村局所属县农业技术推广中心面向社会公开招聘蓝莓产业技术服务人员4名。
岗位代码　岗位名称　人数　学历要求
LX2501　果树栽培技术员　2　本科及以上
LX2502　植保技术员　2　大专及以上
报名时间为4月15日至4月21日，考生须于5月8日起登录本网站下载并打印准考证。
咨询电话：0736-2288134（县人社局事业单位管理股）。
铼溪县人力资源和社会保障局
2025年4月10日
""",
    ),
    dict(
        slug="tender-tichuan-coldchain-bid-result-html",
        site="锑川县公共资源交易平台 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://ggzy.tichuan.example.gov.cn/jyxx/zfcg/zbgg/20250519/881.html",
        title="锑川县蓝莓冷链仓储中心建设项目中标结果公告",
        record_title=None,
        date="2025-05-19",
        notes="a tender platform with a left menu and a CA helpdesk; no record title; a bid-result table; purchaser and agency contacts kept beside the helpdesk",
        page="""
<html><head><meta charset="utf-8"><title>锑川县公共资源交易平台</title><script>var cfg={};</script></head><body>
<div class="hd">⟦m 锑川县公共资源交易平台⟧　⟦w CA办理及技术咨询：400-822-0631⟧</div>
<div class="left"><ul><li>⟦l 交易信息⟧</li><li>⟦l 政府采购⟧</li><li>⟦l 工程建设⟧</li><li>⟦l 土地矿权⟧</li></ul></div>
<div class="main"><div class="loc">⟦m 首页 > 交易信息 > 工程建设 > 中标结果⟧</div>
<h3>{T}</h3>
<div class="time">⟦m 【信息时间：2025-05-19】　【我要打印】　【关闭】⟧</div>
<div class="ewb-info">
{BODY}
</div></div>
<div class="ft">⟦m 主办单位：锑川县公共资源交易中心⟧ ⟦d 本网站信息仅供参考，以纸质文件为准⟧</div>
</body></html>
""",
        body="""
一、项目编号：TC-GC-2025-047
二、项目名称：锑川县蓝莓冷链仓储中心建设项目
三、中标结果
中标人　中标价（万元）　工期
湘楚建设工程有限公司　1286.40　210日历天
四、公示期：2025年5月19日至5月21日。
五、联系方式
采购人：锑川县供销合作社联合社，联系人：尹先生，电话：0736-2710588
代理机构：锑川正衡招标代理有限公司，联系人：毛女士，电话：0736-2719002
""",
    ),
    dict(
        slug="lawfirm-gecheng-blueberry-picking-injury-html",
        site="锗城明理律师事务所 (invented)",
        style="律所网站",
        genre="案例评析",
        kind="other",
        form="html",
        source="https://www.mingli-law.example.cn/anli/2025/0811/307.html",
        title="游客采摘蓝莓时摔伤，园方要担责吗",
        record_title="律所说案丨游客采摘蓝莓时摔伤，园方要担责吗",
        date="2025-08-11",
        notes="a law-firm page: consult QR prompt, a 'not legal advice' notice, the lawyer's card in a side box; byline date",
        page="""
<html><head><meta charset="utf-8"><title>律所说案丨游客采摘蓝莓时摔伤，园方要担责吗_锗城明理律师事务所</title></head><body>
<div class="hd">⟦m 锗城明理律师事务所 — 专业 · 诚信 · 高效⟧</div>
<div class="nav">⟦m 首页　律所简介　专业领域　律师团队　案例评析　联系我们⟧</div>
<div class="art"><h1>{T}</h1>
<p class="by">⟦m 文／邝宇律师　2025-08-11　阅读 906⟧</p>
{BODY}
<p class="notice">⟦d 本文仅为普法交流，不构成法律意见，具体问题请咨询执业律师。⟧</p></div>
<div class="card">⟦w 邝宇　执业证号 14310201810xxxx　咨询热线 139 0736 5512⟧</div>
<div class="qr">⟦w 扫码添加律师微信，免费初步咨询⟧</div>
<div class="ft">⟦m © 2025 锗城明理律师事务所　湘ICP备19006210号⟧</div>
</body></html>
""",
        body="""
【案情】游客王某在某蓝莓采摘园采摘时，因园内步道湿滑摔倒致骨折，诉请园方赔偿医疗费等损失。
【评析】采摘园作为经营场所的经营者，负有安全保障义务。园方未在湿滑路段设置警示、未及时清理，应承担相应责任；王某雨天穿拖鞋进园，自身也有过错。
【结果】法院判决园方承担70%的赔偿责任。
""",
    ),
    dict(
        slug="community-fanxi-blueberry-volunteer-picking",
        site="钒溪社区网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.fanxisq.example.cn/sqgg/2025/0616.html",
        title="关于组织志愿者帮扶蓝莓种植户采摘的通知",
        record_title="关于组织志愿者帮扶蓝莓种植户采摘的通知",
        record_date="2025-06-16",
        date="2025-06-16",
        indent="\u3000\u3000",
        notes="a residents' site: a weather widget and grid-worker box; the record's date; the notice's own 联系人 beside the grid-worker line; a sign-up sentence with 扫码 kept",
        page="""
!m 钒溪社区网　｜　今天：晴 24～33℃
!m 社区首页 › 社区公告
{T}
!m 社区居委会　2025-06-16
{BODY}
!w 本网格网格员：胡晓婷　网格服务电话：15807361120
!l 往期公告：端午节期间社区活动安排
!d 钒溪社区居委会版权所有
""",
        body="""
各位居民朋友：
今年雨水偏多，辖区对口帮扶的钒溪村蓝莓进入集中采摘期，部分种植户人手紧张。
社区决定于6月21日、22日组织志愿者下村帮忙采摘，每天上午7:00在社区门口集合乘车。
有意参加的居民请扫描公告栏上的二维码报名，也可电话联系社区文体干事蒋洁：0736-3120567。
钒溪社区居民委员会
2025年6月16日
""",
    ),
    dict(
        slug="assoc-province-blueberry-industry-pledge",
        site="某省蓝莓产业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="letter",
        form="text",
        source="https://www.lanmei-xh.example.org.cn/xhdt/2025/0701.html",
        title="关于抵制蓝莓以次充好行为的倡议书",
        record_title="【行业自律】关于抵制蓝莓以次充好行为的倡议书",
        date="2025-07-01",
        indent="\u3000\u3000",
        gap=True,
        notes="an association page: a member-login row; a 'join the association' prompt between paragraphs on a line of its own; a disclaimer footer; the 成文日期",
        page="""
!m 省蓝莓产业协会　｜　会员登录　｜　入会申请
!m 首页 > 协会动态 > 行业自律
!t 【行业自律】关于抵制蓝莓以次充好行为的倡议书
!m 时间：2025-07-02　来源：协会秘书处
{BODY}
!l 分享：微信 | 微博 | 复制链接
!m 协会地址：省会市园艺路18号　邮箱：xh@lanmei-xh.example.org.cn
""",
        date_also=["2025-07-02"],
        body="""
全省蓝莓种植、收购、销售企业和广大种植户：
近来，个别商户把小果、软果混装冒充一级果，损害了全省蓝莓的声誉。为此，协会向全行业发出如下倡议：
一是按协会团体标准分级包装，如实标注等级和产地。
⟦w 欢迎种植大户、合作社加入协会，入会咨询请致电秘书处⟧
二是收购时明码标价，不压级压价。
三是发现以次充好行为，请向协会或市场监管部门反映。
省蓝莓产业协会
2025年7月1日
""",
    ),
    dict(
        slug="corp-lanshan-blueberry-juice-recall",
        site="蓝衫食品有限公司 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="text",
        source="https://www.lanshan-food.example.com/news/notice/20250902.html",
        title="关于主动召回部分批次蓝莓果汁饮料的公告",
        record_title="关于主动召回部分批次蓝莓果汁饮料的公告 - 蓝衫食品",
        date="2025-09-02",
        notes="a company site with a cookie banner; a recall-batch table; the company's own 召回专线 beside its sales line in the footer; a sentence asking buyers to 扫码 check the batch kept",
        page="""
!d 本网站使用Cookie以改善浏览体验，继续浏览即表示您同意。　[我知道了]
!m 蓝衫食品 LANSHAN FOODS
!m 首页　产品中心　新闻公告　加入我们
!t 关于主动召回部分批次蓝莓果汁饮料的公告 - 蓝衫食品
!m 2025.09.02　新闻公告
{BODY}
!w 全国销售热线：400-606-3388
!m 版权所有 © 蓝衫食品有限公司　浙ICP备20011765号-1
""",
        body="""
近日，我公司在自检中发现，生产日期为2025年8月12日至14日的部分批次蓝莓果汁饮料存在胀袋现象。为保障消费者健康，我公司决定主动召回上述产品。
产品名称　规格　生产日期　批号
蓝莓果汁饮料　300mL瓶装　2025-08-12　LS250812A
蓝莓果汁饮料　300mL瓶装　2025-08-14　LS250814B
消费者可扫描瓶身二维码核对批号，凭瓶身或购物凭证到原购买处办理退款。
召回专线：0571-8866 2190（工作日9:00—17:00）。
蓝衫食品有限公司
2025年9月2日
""",
    ),
    dict(
        slug="training-lanyuan-blueberry-pruning-course",
        site="兰园职业技能培训学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="notice",
        form="text",
        source="http://www.lanyuan-px.example.cn/zsjz/2025/1105.html",
        title="蓝莓冬季修剪技术培训班招生简章",
        record_title="【冬季班火热报名】蓝莓冬季修剪技术培训班招生简章（包教包会）",
        date=None,
        notes="a training school: float box and discount prompt on lines of their own inside the body; a course timetable; the school's own 报名电话 beside a 400 line; no date (an update stamp and '2天前' are not dates)",
        page="""
!m 兰园职业技能培训学校　｜　政府补贴培训定点机构
!t 【冬季班火热报名】蓝莓冬季修剪技术培训班招生简章（包教包会）
!m 更新于2天前　｜　浏览 742
{BODY}
!w 全国招生热线：400-010-7788　（免长途费）
!w 在线客服：周一至周日 8:30—21:00
!l 热门课程：果树嫁接｜设施大棚｜农村电商
""",
        body="""
一、培训对象：蓝莓种植户、合作社技术员及有意从事蓝莓种植的人员。
二、课程安排
课次　内容　形式
第1—2天　蓝莓树体结构与修剪原理　室内讲授
第3—4天　幼树与盛果期树修剪　基地实操
⟦a 本周报名立减200元，名额有限，先到先得⟧
三、报名方式：本人持身份证到校报名，报名电话：0736-4118803。
""",
    ),
]

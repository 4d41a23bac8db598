"""holdout124, part E: local forums, download stations, personnel-exam sites, tender portals. Invented text."""

CASES = [
    dict(
        slug="localbbs-shiqiao-toll-station-detour-html",
        site="石桥论坛 (invented county forum)",
        style="地方论坛",
        genre="通告",
        kind="notice",
        form="html",
        source="http://bbs.shiqiao.cc/forum.php?mod=viewthread&tid=208831",
        title="关于石桥东收费站封闭施工期间车辆绕行的通告",
        record_title="[出行提醒] 关于石桥东收费站封闭施工期间车辆绕行的通告（附绕行路线）",
        date="2025-09-02",
        date_also=["2025-09-03"],
        notes="county forum repost: detour table; the reposted notice's signature date vs the post time",
        page="""
<html><head><meta charset="utf-8"><title>[出行提醒] 关于石桥东收费站封闭施工期间车辆绕行的通告（附绕行路线） - 石桥交通 - 石桥论坛</title></head><body>
<div class="hd">⟦m 石桥论坛 — 石桥人自己的网上家园⟧ ⟦a 登录｜注册⟧</div>
<div class="pt">⟦m 石桥论坛 › 民生频道 › 石桥交通⟧</div>
<h1>⟦t [出行提醒] 关于石桥东收费站封闭施工期间车辆绕行的通告（附绕行路线）⟧</h1>
<div class="author">⟦m 路况小喇叭　发表于 2025-9-3 07:58　查看 9126 回复 87⟧</div>
<div class="msg">
{BODY}
</div>
<div class="sig">⟦m ——石桥论坛交通版版主，欢迎爆料路况⟧</div>
<div class="rp">⟦l 2# 老街坊：这下去市里得多绕二十分钟了⟧<br>⟦l 3# 半岛铁盒：施工早点完吧⟧</div>
<div class="ft">⟦m 石桥论坛 bbs.shiqiao.cc　客服QQ群：31207745⟧</div>
</body></html>
""",
        body="""
因高速公路改扩建工程需要，石桥东收费站将于2025年9月8日0时至10月31日24时封闭施工，期间车辆禁止从该收费站驶入驶出。请过往车辆按以下路线绕行：
方向　绕行路线　增加里程
往市区方向　经石桥西收费站上高速　约9公里
往港区方向　经国道G327至白鹭收费站　约14公里
货车　经省道S216至龙湾收费站　约17公里
施工期间，请广大驾驶人注意沿线交通标志，服从现场交通管理人员指挥。由此带来的不便，敬请谅解。
石桥市公安局交通警察支队
石桥市交通运输局
2025年9月2日
""",
    ),
    dict(
        slug="localbbs-guanting-pumpkin-festival-junk",
        site="官亭生活网 (invented local forum)",
        style="地方论坛",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://www.guantinglife.com/thread-55127-1-1.html",
        title="首届南瓜丰收节文明参节倡议书",
        record_title=None,
        date="2025-10-08",
        notes="local forum text page with anti-scraping junk glued and on lines; no record title",
        page="""
!m 官亭生活网 › 乡镇热点 › 查看帖子
!m 楼主　东坡南瓜王　｜　发表于 2025-10-8 16:44　｜　看帖 2210　｜　回帖 19
{T}
{BODY}
!a 支持(41)　反对(0)　回复　收藏
!l 沙发：瓜田老李 —— 去年的大南瓜有三百多斤！
!l 板凳：官亭小妹 —— 我家娃要去看南瓜灯
!m 官亭生活网｜网络110报警服务｜皖ICP备16022514号
""",
        junk=dict(lines=1, glued=3),
        body="""
广大游客和村民朋友们：
10月12日至14日，首届南瓜丰收节将在东坡村举行。为办好这次节会，我们向大家发出如下倡议：
一、文明出行。节会期间游客较多，请尽量乘坐接驳车，自驾车辆按指引停放到临时停车场。
二、爱护瓜田。南瓜地是村民一年的收成，请不要随意采摘、踩踏，拍照请走田间步道。
三、垃圾不落地。请把垃圾带到分类垃圾桶，共同保持村容整洁。
四、热情好客。村民朋友们要诚信经营农产品，明码标价，不欺客、不宰客。
让我们共同办好这次丰收节！
东坡村村民委员会
2025年10月8日
""",
    ),
    dict(
        slug="download-ziyuanku-hazchem-rules-oldtable",
        site="资源e库下载站 (invented, old ASP table layout)",
        style="资料下载站",
        genre="制度",
        kind="other",
        form="html",
        source="http://www.ziyuanek.com/soft/guizhang/2025/30518.html",
        title="危险化学品道路运输车辆动态监控管理制度",
        record_title="危险化学品道路运输车辆动态监控管理制度.doc下载",
        date=None,
        notes="old download station: file-info table, mirror links, dead-link report; articles speak of 打印/下载 (kept); no date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>危险化学品道路运输车辆动态监控管理制度.doc下载_资源e库</title></head><body>
<table width="100%"><tr><td>⟦m 资源e库 www.ziyuanek.com⟧</td><td>⟦a 加入收藏｜设为首页⟧</td></tr></table>
<table><tr><td>⟦m 当前位置：资源e库 → 规章制度 → 运输物流⟧</td></tr></table>
<table class="softinfo">
<tr><td>⟦m 资料名称：危险化学品道路运输车辆动态监控管理制度.doc⟧</td></tr>
<tr><td>⟦m 文件大小：38 KB⟧</td><td>⟦m 资料语言：简体中文⟧</td></tr>
<tr><td>⟦m 更新时间：2025-04-11 09:31:22⟧</td><td>⟦m 下载次数：本日:6 本周:41⟧</td></tr>
<tr><td>⟦m 运行环境：WinXP/Win7/Win10/WPS⟧</td></tr></table>
<h3>⟦m 资料简介⟧</h3>
<h2>{T}</h2>
{BODY}
<table><tr><td>⟦a 下载地址：电信高速下载⟧</td><td>⟦a 联通高速下载⟧</td><td>⟦a 移动下载通道⟧</td></tr>
<tr><td>⟦a 如果下载地址失效，请点此报告错误⟧</td></tr></table>
<table><tr><td>⟦d 本站资源均来源于网络，仅供学习交流，请下载后24小时内删除。⟧</td></tr><tr><td>⟦m Copyright 2008-2025 资源e库 冀ICP备08102299号⟧</td></tr></table>
</body></html>
""",
        body="""
第一条　为加强公司危险化学品道路运输车辆动态监控，预防和减少道路运输事故，制定本制度。
第二条　公司所有危险货物运输车辆必须安装符合标准的卫星定位装置和智能视频监控装置，并保持正常使用。
第三条　监控中心实行24小时值班制度，监控人员应实时掌握车辆运行状态，发现超速、疲劳驾驶、偏离路线等情况立即提醒驾驶员纠正。
第四条　监控人员每日打印车辆运行报警汇总表，交安全管理部门审核签字后存档，保存期不少于6个月。
第五条　驾驶员出车前须通过手机终端下载当日运输路线和装卸点信息，不得擅自改变行驶路线。
第六条　对屡次违规的驾驶员，公司按照安全生产考核办法给予处罚，情节严重的调离驾驶岗位。
""",
    ),
    dict(
        slug="download-xuexi8-melon-technique-filename",
        site="学习吧资料站 (invented)",
        style="资料下载站",
        genre="技术规程",
        kind="other",
        form="text",
        source="https://down.xuexi8zl.com/nongye/20250219/6637.html",
        title="哈密瓜大棚吊蔓栽培技术要点",
        record_title="哈密瓜大棚吊蔓栽培技术要点.doc",
        date=None,
        notes="file-name record title; download-station text page; no date (upload time only)",
        page="""
!m 学习吧资料站 — 免费资料下载
!m 位置：首页 > 农业技术 > 瓜果种植
!t 哈密瓜大棚吊蔓栽培技术要点.doc
!m 授权：免费　　大小：27KB　　上传时间：2025-02-19　　评分：★★★★☆
!a ↓↓↓ 资料预览 ↓↓↓
{BODY}
!a 下载通道一（推荐）　｜　下载通道二　｜　百度网盘下载
!d 声明：本站资料来自网友投稿，如有侵权请发邮件告知删除。
!l 相关资料：西瓜嫁接育苗技术｜甜瓜病虫害防治月历
""",
        body="""
一、品种选择：选择早熟、抗病、耐低温弱光的品种，如西州蜜系列。
二、育苗：采用穴盘育苗，苗龄30天左右、三叶一心时定植。
三、定植：每亩定植1800株左右，株距40厘米，大小行种植。
四、吊蔓整枝：主蔓长到30厘米时吊蔓，采用单蔓整枝，在第11至13节选留结果枝，每株留1个瓜。
五、授粉：开花当天上午9时至11时人工授粉，并挂牌标记授粉日期。
六、水肥管理：膨瓜期每亩追施高钾水溶肥10公斤，采收前7天停止浇水。
七、采收：授粉后45天左右、果皮网纹清晰时采收。
""",
    ),
    dict(
        slug="rsks-jinhe-vaccination-staff-exam-html",
        site="锦禾市人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://www.jhrsks.cn/kwgg/2025/0605/3318.html",
        title="锦禾市疾病预防控制中心2025年公开招聘预防接种专业技术人员笔试公告",
        record_title="【考务公告】锦禾市疾病预防控制中心2025年公开招聘预防接种专业技术人员笔试公告",
        date="2025-06-05",
        notes="exam site: 准考证 打印 and the exam committee's 咨询电话 in the body beside the site's technical line; timetable",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>锦禾市疾病预防控制中心2025年公开招聘预防接种专业技术人员笔试公告_锦禾市人事考试网</title></head><body>
<div class="top">⟦m 锦禾市人事考试网⟧ ⟦m 锦禾市人事考试中心主办⟧</div>
<div class="nav">⟦m 首页　考试公告　报名入口　成绩查询　政策法规⟧</div>
<div class="pos">⟦m 当前位置：首页 &gt; 考务公告⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 发布时间：2025-06-05 16:00　　来源：考务科⟧</div>
{BODY}
<div class="tip">⟦m 网站技术支持电话：0736-7126600（仅限报名系统问题）⟧</div>
<div class="foot">⟦m 锦禾市人事考试中心　湘ICP备10020451号⟧</div>
</body></html>
""",
        body="""
锦禾市疾病预防控制中心2025年公开招聘预防接种专业技术人员笔试定于6月15日举行，现将有关事项公告如下。
一、考试时间安排
日期　时间　科目
6月15日上午　9:00—11:00　公共基础知识
6月15日下午　14:30—16:30　预防医学专业知识
二、准考证打印：请考生于6月10日9:00至6月14日17:00登录报名系统自行下载打印准考证。
三、考生须持本人有效身份证和准考证，提前30分钟进入考点，开考15分钟后不得入场。
四、考试咨询电话：0736-7138025（市疾控中心人事科）。
锦禾市疾病预防控制中心
2025年6月5日
""",
    ),
    dict(
        slug="rsks-dongling-120-dispatch-interview-text",
        site="东岭县人力资源和社会保障局 人事考试专栏 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="https://rsj.dongling.gov.cn/rsks/msgg/2025/7719.html",
        title="东岭县急救指挥调度中心2025年招聘调度员面试公告",
        record_title="东岭县急救指挥调度中心2025年招聘调度员面试公告",
        date="2025-07-18",
        notes="interview notice: candidates table by exam number; 面试通知书 下载 in the body; signature date",
        page="""
!m 东岭县人力资源和社会保障局
!m 人事考试 ＞ 面试公告
{T}
!m [日期：2025-07-18]　[来源：人事考试股]　[字体：大 中 小]
{BODY}
!a 打印此页｜关闭窗口
!l 下一篇：东岭县2025年公开招聘教师资格复审公告
!m 主办单位：东岭县人力资源和社会保障局　技术支持：东岭县信息中心
""",
        body="""
根据《东岭县急救指挥调度中心2025年公开招聘调度员公告》，现将面试有关事项公告如下。
一、进入面试人员名单
准考证号　笔试成绩　岗位
250601003　76.5　调度员1
250601011　74.0　调度员1
250601027　71.5　调度员2
二、面试时间：2025年7月26日上午8:30。
三、面试形式：结构化面试加模拟调度情景测试，满分100分。
四、请面试人员于7月24日前登录本网站下载面试通知书，面试当天携带身份证原件到县急救中心三楼报到。
东岭县急救指挥调度中心
2025年7月18日
""",
    ),
    dict(
        slug="tender-linyuan-irrigation-canal-html",
        site="林源县公共资源交易中心 (invented)",
        style="招投标网",
        genre="招标公告",
        kind="notice",
        form="html",
        source="https://ggzy.linyuan.gov.cn/jyxx/gcjs/zbgg/2025/8120.html",
        title="林源县红旗灌区续建配套与节水改造工程（2025年度）施工招标公告",
        record_title="林源县红旗灌区续建配套与节水改造工程（2025年度）施工招标公告",
        record_date="2025-03-14",
        date="2025-03-14",
        notes="tender portal: buyer and agency contacts kept beside the platform's CA hotline; lots table",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>林源县红旗灌区续建配套与节水改造工程（2025年度）施工招标公告</title></head><body>
<div class="top">⟦m 林源县公共资源交易中心⟧　⟦a 用户登录⟧　⟦a CA锁办理⟧</div>
<div class="nav">⟦m 首页 | 交易信息 | 政策法规 | 办事指南 | 专家管理⟧</div>
<div class="loc">⟦m 交易信息 &gt; 工程建设 &gt; 招标公告⟧</div>
<h2>{T}</h2>
<p class="sub">⟦m 【信息时间：2025-03-14】【阅读次数：604】⟧</p>
{BODY}
<div class="hot">⟦m CA证书办理及平台操作咨询：400-011-6677⟧</div>
<div class="foot">⟦m 林源县公共资源交易中心　地址：林源县政务服务中心五楼⟧</div>
</body></html>
""",
        body="""
1. 招标条件
本招标项目已由林源县发展和改革局批准建设，建设资金来自中央和县级财政资金，项目已具备招标条件，现对该项目的施工进行公开招标。
2. 项目概况与招标范围
标段　主要内容　最高投标限价（万元）
一标段　干渠衬砌8.6公里　1136.42
二标段　支渠改造及量水设施　742.18
3. 投标人资格要求
投标人须具备水利水电工程施工总承包三级及以上资质，并具有有效的安全生产许可证。
4. 招标文件的获取
请于2025年3月15日至3月21日登录交易平台下载招标文件。
5. 联系方式
招标人：林源县红旗灌区管理所　联系人：卞工　电话：0728-6612039
招标代理机构：林源恒信工程咨询有限公司　联系人：骆女士　电话：0728-6630177
""",
    ),
    dict(
        slug="tender-qiaocheng-science-museum-result-text",
        site="桥城市政府采购网 (invented)",
        style="招投标网",
        genre="中标公告",
        kind="notice",
        form="text",
        source="http://www.qccgw.gov.cn/cggg/zbgg/2025/11/55127.html",
        title="桥城市科技馆常设展区展品更新采购项目中标结果公告",
        record_title="桥城市科技馆常设展区展品更新采购项目中标结果公告-桥城市政府采购网",
        date="2025-11-06",
        notes="result table; 公告期限; the purchaser's contacts kept; site footer and related list",
        page="""
!m 桥城市政府采购网
!m 首页 » 采购公告 » 中标（成交）公告
{T}
!m 发布时间：2025年11月06日 10:15　　浏览次数：188
{BODY}
!l 相关公告：桥城市科技馆常设展区展品更新采购项目招标公告｜更正公告（一）
!m 桥城市财政局主办　　政府采购咨询：0712-3312000
""",
        body="""
一、项目编号：QCCG-2025-0917
二、项目名称：桥城市科技馆常设展区展品更新采购项目
三、中标信息
包号　中标供应商　中标金额（元）
1　桥城星河科教设备有限公司　2,386,500.00
2　南湖博创展示工程有限公司　1,712,000.00
四、公告期限：自本公告发布之日起1个工作日。
五、采购人：桥城市科技馆，联系人：甘老师，联系电话：0712-3380516。
""",
    ),
]

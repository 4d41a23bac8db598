"""holdout161, part D. Invented text (sites, places, people, numbers)."""

CASES = [
    dict(
        slug="download-asp-rosemary-cutting-manual",
        site="农资下载站 (invented)",
        style="资料下载站",
        genre="技术规程",
        kind="rule",
        form="html",
        source="http://www.nongzixz.example.com/soft/ShowSoft.asp?SoftID=21877",
        title="迷迭香扦插育苗技术规程",
        record_title="迷迭香扦插育苗技术规程.doc下载",
        date="2025-02-26",
        notes="old ASP download station: file-info table, three mirror links, dead-link report; 成文日期 under the issuer",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>迷迭香扦插育苗技术规程.doc下载 - 农资下载站</title></head><body>
<table width="100%"><tr><td>⟦m 农资下载站 — 种养技术资料免费下⟧</td><td>⟦a 设为首页⟧ ⟦a 加入收藏⟧</td></tr></table>
<table><tr><td>⟦m 您的位置：首页 → 种植技术 → 香料作物⟧</td></tr></table>
<table class="info">
<tr><td>⟦m 资料名称：迷迭香扦插育苗技术规程.doc⟧</td><td>⟦m 资料大小：46 KB⟧</td></tr>
<tr><td>⟦m 更新时间：2025-03-02⟧</td><td>⟦m 下载次数：本日 3 总计 417⟧</td></tr>
<tr><td>⟦m 授权方式：免费资料⟧</td><td>⟦m 运行环境：WPS / Word⟧</td></tr>
</table>
<h3>⟦t 迷迭香扦插育苗技术规程⟧</h3>
<div class="intro">
{BODY}
</div>
<table><tr><td>⟦a 下载地址：电信下载1⟧</td><td>⟦a 联通下载2⟧</td><td>⟦a 备用下载3⟧</td></tr></table>
<div>⟦a 如果下载地址失效，请点此报告错误⟧</div>
<div>⟦d 本站资料均搜集于互联网，仅供学习研究之用，请于下载后24小时内删除。⟧</div>
</body></html>
""",
        body="""
1 范围　本规程规定了迷迭香扦插育苗的插穗选择、苗床准备、扦插和苗期管理要求。
2 插穗选择　选取生长健壮、无病虫害的一年生半木质化枝条，截成长八至十厘米的插穗，保留上部三至四片叶。
3 苗床准备　苗床用珍珠岩与泥炭按一比一混合，扦插前一天浇透水。
4 扦插　插穗下端蘸生根剂后插入基质三至四厘米，株行距五厘米乘五厘米。
5 苗期管理　保持基质湿润不积水，棚内温度控制在十八至二十五摄氏度，二十五天左右生根后逐步通风炼苗。
鹂山县农业技术推广中心
2025年2月26日
""",
    ),
    dict(
        slug="download-text-checkers-rulebook",
        site="棋友资料屋 (invented)",
        style="资料下载站",
        genre="规则",
        kind="rule",
        form="text",
        source="https://www.qiyouziliao.example.net/down/tq-guize.html",
        title="社区跳棋比赛竞赛规则",
        record_title="社区跳棋比赛竞赛规则.wps",
        date=None,
        notes="file-name title (.wps); numbered rules; download buttons and an unzip-password line; no date",
        page="""
!m 棋友资料屋 - 棋类规则/教案/赛事表格下载
!m 资料分类：跳棋 | 文件格式：WPS | 评分：★★★★☆
!t 社区跳棋比赛竞赛规则.wps
!m 收录时间：2025-06-14　下载：892次
{BODY}
!a ↓ 高速下载　↓ 普通下载
!a 解压密码：www.qiyouziliao.example.net
!l 同类资料：象棋比赛秩序册模板 | 围棋段位赛报名表
""",
        body="""
第一条　比赛采用六角星形棋盘，每方十颗棋子，二人对局时双方棋子摆在相对的两个角。
第二条　棋子可以一步走到相邻空位，也可以跳过相邻的一颗棋子落到其后的空位，跳跃可以连续进行。
第三条　先将全部棋子走进对面角区的一方获胜。
第四条　每局限时二十分钟，超时一方判负；对局中不得悔棋，触子必须走子。
第五条　比赛采用积分循环制，胜一局得二分，负一局得零分。
""",
    ),
    dict(
        slug="exam-text-pigeon-whistle-heritage-recruit",
        site="鸬川人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.lcrsks.example.gov.cn/sydw/2025/0415/1209.html",
        title="鸬川区非遗保护中心2025年公开招聘工作人员公告",
        record_title="【考务公告】鸬川区非遗保护中心2025年公开招聘工作人员公告",
        date="2025-04-15",
        notes="personnel-exam site; the document's 咨询电话 beside the site's technical line; 打印准考证 sentence kept; table of posts",
        page="""
!m 鸬川人事考试网
!m 当前位置：首页 > 事业单位招聘 > 招聘公告
{T}
!m 发布时间：2025-04-15　信息来源：区人社局
{BODY}
!m 网站技术支持电话：0571-26010909（工作日）
!l 【关闭窗口】　【返回顶部】
""",
        body="""
因工作需要，鸬川区非遗保护中心面向社会公开招聘工作人员二名，现将有关事项公告如下。
岗位　人数　专业要求
非遗传承保护　1　民俗学、艺术学类
传习活动组织　1　不限，有鸽哨等传统技艺基础者优先
报名时间为2025年4月21日至4月25日，采取网上报名方式。
请报考人员于5月9日至5月10日登录本网站下载打印准考证。
咨询电话：0571-26018327（区人社局事业单位人事管理科）。
鸬川区人力资源和社会保障局
2025年4月15日
""",
    ),
    dict(
        slug="exam-html-handkerchief-factory-skill-test",
        site="鸸口职业技能鉴定网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.erkouzjjd.example.cn/ksap/2025/0602/318.html",
        title="关于2025年上半年缝纫工职业技能等级认定考试安排的通知",
        record_title="关于2025年上半年缝纫工职业技能等级认定考试安排的通知",
        date="2025-06-02",
        notes="exam site: timetable rows as paragraphs, the document's 扫码 sentence kept, floating consult box",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于2025年上半年缝纫工职业技能等级认定考试安排的通知</title></head><body>
<div class="header">⟦m 鸸口职业技能鉴定网⟧ ⟦a 考生登录⟧ ⟦a 成绩查询⟧ ⟦a 证书查询⟧</div>
<div class="crumb">⟦m 首页 / 考试安排⟧</div>
<h1>⟦t 关于2025年上半年缝纫工职业技能等级认定考试安排的通知⟧</h1>
<p class="meta">⟦m 发布日期：2025-06-02　浏览量：1877⟧</p>
{BODY}
<div class="kefu">⟦w 报考咨询 在线客服 9:00-17:00⟧</div>
<div class="footer">⟦m 主办：鸸口镇人力资源和社会保障服务站⟧<br>⟦m 苏ICP备18073390号-1⟧</div>
</body></html>
""",
        body="""
各相关企业、各位考生：
2025年上半年缝纫工（手帕加工方向）职业技能等级认定考试定于6月中旬举行，现将安排通知如下。
科目　时间　地点
理论知识　6月14日9:00-10:30　镇职业培训学校201室
操作技能　6月14日14:00-17:00　锦帕纺织实训车间
考生须携带身份证原件，提前三十分钟到达考点。
考试成绩将于6月25日公布，考生可扫描准考证上的二维码查询。
鸸口镇人力资源和社会保障服务站
2025年6月2日
""",
    ),
    dict(
        slug="tender-html-walking-stick-procurement",
        site="鹬湾县公共资源交易平台 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://ggzy.yuwan.example.gov.cn/jyxx/zfcg/cggg/20250715/7731.html",
        title="鹬湾县民政局助行拐杖采购项目公开招标公告",
        record_title="【招标公告】鹬湾县民政局助行拐杖采购项目公开招标公告",
        date="2025-07-15",
        notes="tender platform; purchaser and agency contacts kept beside a CA hotline; lot table",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>鹬湾县民政局助行拐杖采购项目公开招标公告</title></head><body>
<div class="top">⟦m 鹬湾县公共资源交易平台⟧ ⟦a 投标人登录⟧ ⟦a CA办理⟧</div>
<div class="nav">⟦m 交易信息　政策法规　服务指南　下载中心⟧</div>
<div class="loc">⟦m 首页 > 交易信息 > 政府采购 > 采购公告⟧</div>
<h2>⟦t 鹬湾县民政局助行拐杖采购项目公开招标公告⟧</h2>
<div class="date">⟦m 【信息时间：2025-07-15】【阅读次数：233】⟧</div>
{BODY}
<div class="help">⟦m CA证书服务热线：400-880-1617⟧</div>
<div class="foot">⟦m 鹬湾县公共资源交易中心 版权所有⟧</div>
</body></html>
""",
        body="""
项目编号：YWZC-2025-0412
一、项目名称：鹬湾县民政局助行拐杖采购项目
二、采购内容及预算
包号　名称　数量　预算（万元）
1　四脚助行拐杖　3000根　27
2　伸缩单脚拐杖　5000根　25
三、投标截止时间：2025年8月5日9时30分。
四、联系方式
采购人：鹬湾县民政局，联系人：钟先生，电话：0573-86107315
代理机构：鹬湾信诚招标代理有限公司，联系人：柴女士，电话：0573-86233170
""",
    ),
    dict(
        slug="tender-text-handkerchief-gift-bid-result",
        site="鹟田采购信息网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.wtcgxx.example.cn/zbgg/2025/1120/5512.html",
        title="鹟田区文旅局文创手帕采购项目中标结果公告",
        record_title="鹟田区文旅局文创手帕采购项目中标结果公告 - 鹟田采购信息网",
        date="2025-11-20",
        notes="bid result with a table; publicity period; the site's 投诉 line in footer",
        page="""
!m 鹟田采购信息网
!m 首页 → 中标公告
{T}
!m 发布时间：2025年11月20日　来源：区政府采购中心
{BODY}
!l 上一篇：区人民医院病床采购项目更正公告
!m 网站投诉受理：0573-87612345
""",
        body="""
一、项目编号：WTCG2025-318
二、项目名称：鹟田区文旅局文创手帕采购项目
三、中标信息
供应商名称　中标金额（元）
鸸口锦帕纺织有限公司　186400
四、公告期限：自本公告发布之日起1个工作日。
鹟田区政府采购中心
2025年11月20日
""",
    ),
    dict(
        slug="lawfirm-html-handkerchief-trademark-case",
        site="鸲坪明衡律师事务所 (invented)",
        style="律所网站",
        genre="案例",
        kind="other",
        form="html",
        source="https://www.minghenglaw.example.com/anli/2025/0909.html",
        title="手帕花样被仿冒，小厂如何维权",
        record_title="法律讲堂丨手帕花样被仿冒，小厂如何维权",
        date="2025-09-09",
        notes="law-firm site with a consult card and a not-legal-advice notice; column prefix 法律讲堂丨 dropped from the title",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>法律讲堂丨手帕花样被仿冒，小厂如何维权 - 明衡律师事务所</title></head><body>
<div class="brand">⟦m 明衡律师事务所　专业 · 务实 · 守信⟧</div>
<nav>⟦m 律所简介　专业领域　律师团队　典型案例　联系我们⟧</nav>
<h1>⟦t 法律讲堂丨手帕花样被仿冒，小厂如何维权⟧</h1>
<div class="byline">⟦m 作者：明衡律所 知识产权部　日期：2025-09-09⟧</div>
{BODY}
<div class="card">⟦w 免费咨询热线 400-106-2218　微信同号⟧</div>
<div class="note">⟦d 本文仅为普法之用，不构成对具体案件的法律意见。⟧</div>
<div class="foot">⟦m 地址：鸲坪区会展路88号金融大厦17层⟧</div>
</body></html>
""",
        body="""
去年，鸸口一家手帕厂设计的“小雏菊”系列花样上市不久，就在网上发现了大量相同图案的低价仿品。
我们建议企业从三个方面着手。第一，及时对原创花样进行作品著作权登记，必要时申请外观设计专利。
第二，发现侵权后立即公证保全网店页面和购买过程，保存好设计稿、打样单等创作底稿。
第三，先向平台投诉下架，再视情况发律师函或提起诉讼。
本案中，企业凭借完整的设计底稿，最终获得了八万元赔偿。
""",
    ),
    dict(
        slug="lawfirm-text-pigeon-loft-dispute",
        site="鹭原正言律师事务所 (invented)",
        style="律所网站",
        genre="法律问答",
        kind="other",
        form="text",
        source="https://www.zhengyanlaw.example.cn/flwd/331.html",
        title="在楼顶搭鸽棚放飞鸽哨，邻居能否要求拆除？",
        record_title="律师说法丨在楼顶搭鸽棚放飞鸽哨，邻居能否要求拆除？",
        date="2025-06-18",
        notes="law-firm Q&A; 律师说法丨 prefix removed; consult prompt; 发布日期 date",
        page="""
!m 正言律师事务所 · 鹭原
!m 首页 / 法律问答 / 相邻关系
{T}
!m 解答律师：庞文韬　发布日期：2025-06-18
{BODY}
!w 遇到相邻纠纷？预约律师面谈：0579-85336021
!d 以上解答基于一般情形，仅供参考。
!l 相关问答：楼上漏水损坏我家吊顶怎么索赔？
""",
        body="""
问：楼上住户在屋顶平台搭了鸽棚，每天放飞带鸽哨的鸽子，其他住户能要求拆除吗？
答：屋顶平台一般属于全体业主共有部分，个人未经同意在其上搭建鸽棚，属于擅自占用共有部分。
其他业主可以依据民法典的规定，请求其停止侵害、排除妨碍，也可以请求业主委员会或物业服务企业依照管理规约处理。
至于鸽哨的声音，若持续在休息时间产生噪声，影响正常生活，受影响的住户也可以主张停止侵害。
""",
    ),
    dict(
        slug="community-html-checkers-tournament-notice",
        site="鸲坪区东篱社区 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.donglisq.example.com/notice/2025-08-18.html",
        title="东篱社区“邻里杯”跳棋赛报名啦",
        record_title="【居民须知】东篱社区“邻里杯”跳棋赛报名啦",
        date="2025-08-18",
        notes="residents' site; the community's duty phone kept beside the property hotline; the document's 扫码 sentence",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【居民须知】东篱社区“邻里杯”跳棋赛报名啦</title></head><body>
<div class="top">⟦m 东篱社区居民之家⟧ ⟦m 物业24小时热线：0591-63365000⟧</div>
<nav>⟦m 社区公告　邻里活动　便民服务　党群服务⟧</nav>
<h1>⟦t 东篱社区“邻里杯”跳棋赛报名啦⟧</h1>
<p class="time">⟦m 社区居委会 · 2025-08-18 · 阅读 406⟧</p>
{BODY}
<div class="like">⟦l 点赞 28 · 评论 3⟧</div>
<div class="foot">⟦m 东篱社区居民委员会　地址：东篱路17号⟧</div>
</body></html>
""",
        body="""
各位居民朋友：
为丰富居民文化生活，社区将于9月6日上午在党群服务中心举办“邻里杯”跳棋赛，欢迎老少居民踊跃参加。
比赛分少儿组、成人组和长者组，每组取前三名，颁发奖品。
报名方式：扫描社区公告栏上的二维码填写报名信息，或到社区居委会现场报名，截止时间为9月1日。
社区值班电话：0591-63368017。
东篱社区居民委员会
2025年8月18日
""",
    ),
    dict(
        slug="community-text-cane-lending-station",
        site="鹡岭街道桃园社区网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.taoyuansq.example.cn/bmfw/0422.html",
        title="桃园社区助老器具借用站开放啦",
        record_title="桃园社区助老器具借用站开放啦",
        date="2025-04-22",
        notes="residents' site; numbered list kept; date under signature only",
        page="""
!m 桃园社区网——咱们自己的家
!m 首页 > 便民服务
{T}
!m 浏览：308次
{BODY}
!l ◀ 上一条：四月份免费理发日安排
!l ▶ 下一条：关于清理楼道杂物的提醒
!m 桃园社区居委会　电话：0596-2338811
""",
        body="""
为方便辖区老人和伤病居民，社区助老器具借用站在党群服务中心一楼正式开放。
借用站现有拐杖、助行器、轮椅、坐便椅等器具六十余件，居民可免费借用。
借用须知：
1.凭身份证登记，每户同时借用不超过两件。
2.借用期限一般为一个月，到期可续借一次。
3.归还时请保持器具清洁完好，如有损坏请照实说明。
桃园社区居民委员会
2025年4月22日
""",
    ),
]

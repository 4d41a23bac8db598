"""holdout329, part D: county forums, download stations, personnel-exam sites, tender portals, law firms.

Invented text (places, people, firms, sites, URLs, phones); see ../README.md and ../build.py
for the markup. Every case written by hand.
"""

CASES = [
    dict(
        slug="localforum-bingyang-dyed-bamboo-pillows-subject-jammer",
        site="炳阳论坛 (invented county forum)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="https://bbs.bingyang.example.cn/thread-662104-1-1.html",
        title="提醒一下：廓田集上有人卖刷了色的“老竹枕”，大家别上当",
        record_title=None,
        date=None,
        notes="county forum: no record title, the thread subject is the title; a weather line, medals, jammer fonts inside the post, a relative 发表于 time (no date), a 转交官方回复 link, a decoration ad with a QQ and replies",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="gbk">
<title>提醒一下：廓田集上有人卖刷了色的“老竹枕”，大家别上当 - 民生杂谈 - 炳阳论坛</title>
<style>.jammer{display:none}</style>
<script src="static/js/forum.js"></script>
</head>
<body>
<div class="tq">⟦m 炳阳今日：多云转小雨 22～29℃⟧</div>
<div id="hd">⟦m 炳阳论坛 · 炳阳人自己的网上家园⟧ ⟦a 登录　快速注册⟧</div>
<div id="pt">⟦m 炳阳论坛 › 民生杂谈 › 查看内容⟧</div>
<div class="ad">⟦w 炳阳装修找安居：全包半包免费量房，QQ 3021784566⟧</div>
<div id="postlist">
<h1><span id="thread_subject">{T}</span></h1>
<div class="authi">⟦m 竹篾匠人老何　发表于 5 天前⟧ ⟦m 勋章：热心网友 本地通⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="official">⟦a 【转交官方回复】已转交廓田乡市场监管所⟧</div>
<div class="po">⟦a 支持(56)　反对(0)　分享　收藏⟧</div>
<div class="reply">⟦l 2#　廓田小妹：上周我妈也差点买了，谢谢提醒⟧</div>
<div class="reply">⟦l 3#　老街茶客：那个摊子前天又在城关出现了⟧</div>
</div>
<div id="ft">⟦m 炳阳论坛 湘ICP备13009127号⟧ ⟦d 网友言论仅代表其个人观点⟧</div>
</body>
</html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=2),
        body="""
上周日在廓田集上，看见一个外地摊贩卖“老竹枕”，颜色黄里透红，说是用了几十年的老货，一只要一百八。
我家就是编竹枕的，一眼看出不对：真正用久了的竹枕，颜色是慢慢养出来的，篾片边缘磨得圆润；他那几只颜色浮在表面，用湿纸巾一擦就掉色，篾片边上还有新刀口。
回来问了乡里的市场监管所，说这种刷色的竹枕可能用了工业染料，贴着皮肤睡不安全。
大家赶集买竹枕，认准本地合作社的摊位，包装上有合作社名字和电话。已经买了的，可以拿湿毛巾擦擦试试，掉色的就别给孩子用了。
""",
    ),
    dict(
        slug="localforum-shaxi-repost-mould-museum-hours",
        site="莎溪在线 (invented county forum)",
        style="地方论坛",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.shaxizx.example.com/forum/t-20813.html",
        title="憩湾镇月饼模陈列馆中秋国庆假期开放时间公告",
        record_title="【转】憩湾镇月饼模陈列馆中秋国庆假期开放时间公告【附预约方式】 - 憩湾茶馆版 - 莎溪在线",
        date="2024-09-12",
        date_also=["2024-09-13"],
        notes="a county forum's repost: the post's date (2024-09-13) and the notice's own date (2024-09-12) differ; a schedule table one row a paragraph; 关注/扫描 as content; the museum's own phone beside the forum's ad line; floors and a reply prompt",
        page="""
!m 莎溪在线 › 憩湾茶馆版
!t 【转】憩湾镇月饼模陈列馆中秋国庆假期开放时间公告【附预约方式】
!m 楼主：憩湾阿福　发表于 2024-09-13 08:16　只看楼主
!m 转自“憩湾文旅”
{T}
{BODY}
!l 沙发　莎溪老吴：去年去过，老饼模真多，推荐
!l 板凳　小鹿乱撞：国庆带娃去，先收藏
!a 发帖回帖请先绑定手机
!w 本版广告位招租 联系版主 139 7360 2281
""",
        body="""
为方便群众和游客节日参观，憩湾镇月饼模陈列馆中秋、国庆假期开放安排如下：
日期　开放时间　备注
9月15日至17日　8:30—17:30　中秋假期
10月1日至7日　8:30—18:00　国庆假期
陈列馆实行免费预约参观，每日限流800人。游客可关注“憩湾文旅”公众号预约，也可以到馆门口扫描二维码登记。
馆内展出月饼模、糕模、饼印等老物件一千余件，每天10:00和15:00有讲解员免费讲解。
咨询电话：0736-4561208。
莎溪县憩湾镇文化站
2024年9月12日
""",
    ),
    dict(
        slug="download-ziliao-rules-chopstick-rest-workshop-doc",
        site="资料屋下载站 (invented, old table layout)",
        style="资料下载站",
        genre="制度",
        kind="other",
        form="html",
        source="http://www.ziliaowu.example.com/soft/zhidu/40921.html",
        title="瞻州青篾工艺品厂筷子架生产车间卫生管理制度",
        record_title="瞻州青篾工艺品厂筷子架生产车间卫生管理制度.doc",
        date=None,
        notes="old gb2312 download station: file-info table (size, language, update stamp), three download links, an unzip password, a dead-link report, a floating ghost-writer ad; file-name record title; rules with numbered items, no date",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>瞻州青篾工艺品厂筷子架生产车间卫生管理制度.doc - 资料屋下载站</title>
<script language="javascript">document.write('<div id=floatAd></div>');</script>
</head>
<body>
<table width="950" align="center"><tr><td>⟦m 资料屋下载站 —— 免费实用的文档资料库⟧</td><td align="right">⟦a 加入收藏⟧ ⟦a 设为首页⟧</td></tr></table>
<table width="950" align="center" bgcolor="#336699"><tr><td>⟦m 首页 | 规章制度 | 合同范本 | 表格下载 | 总结报告⟧</td></tr></table>
<table width="950" align="center"><tr><td>⟦m 当前位置：资料屋 → 规章制度 → 企业制度⟧</td></tr></table>
<table width="950" align="center" border="1" cellspacing="0">
<tr><td colspan="2" align="center"><b>{T}</b></td></tr>
<tr><td>⟦m 文件大小：24 KB⟧</td><td>⟦m 文件语言：简体中文⟧</td></tr>
<tr><td>⟦m 更新时间：2024-05-30 11:02⟧</td><td>⟦m 下载次数：1308⟧</td></tr>
<tr><td colspan="2">⟦m 资料简介：⟧</td></tr>
<tr><td colspan="2">
{BODY}
</td></tr>
<tr><td colspan="2">⟦a 下载地址：电信下载一　联通下载二　本地高速下载⟧</td></tr>
<tr><td colspan="2">⟦a 解压密码：www.ziliaowu.example.com⟧</td></tr>
<tr><td colspan="2">⟦a 下载不了？点此报告死链⟧</td></tr>
</table>
<div id="floatAd" style="position:absolute;right:5px">⟦w 制度汇编代写代改，QQ：1739025518⟧</div>
<table width="950" align="center"><tr><td align="center">⟦d 本站资料均收集于网络，仅供学习交流，请于下载后24小时内删除。⟧<br>⟦m 资料屋下载站 Copyright 2009-2024⟧</td></tr></table>
</body>
</html>
""",
        p_html="{}<br>",
        body="""
为保证筷子架产品卫生安全，根据食品接触用竹木制品的有关要求，结合本厂实际，制定本制度。
一、员工进入车间前必须更换工作服、戴工作帽，洗手消毒，不得佩戴首饰。
二、竹料蒸煮、碳化后应在专用区域晾干，晾晒架离地不低于30厘米，严禁与化学品混放。
三、打磨、抛光工序每班结束后清扫粉尘，设备每周清洁一次。
四、上漆筷子架只能使用食品级水性漆，涂漆后须在晾干房内放置48小时方可包装。
五、成品筷子架包装前逐件检查，有霉点、裂纹、毛刺的一律剔除。
六、车间主任每日检查卫生情况并做好记录，违反本制度的，按厂规处理。
""",
    ),
    dict(
        slug="download-yizhan-plan-baking-class-decimal-headings",
        site="资料驿站 (invented)",
        style="资料下载站",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.ziliaoyz.example.cn/down/fa/20240705_3312.html",
        title="宵月社区“亲子烘焙课堂”实施方案",
        record_title="宵月社区“亲子烘焙课堂”实施方案[doc可编辑] - 资料驿站",
        date="2024-07-05",
        notes="a download station's preview text: decimal headings 1–3 with 1.1–3.1; a size line, download buttons, a password line and a report link; 成文日期 under the signature",
        page="""
!m 资料驿站 — 文档模板下载
!m 首页 / 方案计划 / 社区活动方案
!t 宵月社区“亲子烘焙课堂”实施方案[doc可编辑]
!m 格式：DOC　大小：19KB　授权：免费　添加：上周
!a 立即下载　|　备用下载　|　网盘下载
{BODY}
!a 文档打不开？请先升级您的Office版本
!a 报告错误
!d 资料驿站所有资源均来自网友分享，仅作交流使用。
""",
        body="""
1 活动目标
1.1 利用暑假组织辖区亲子家庭学习简单烘焙，增进亲子交流。
1.2 普及蛋糕模具的安全使用和清洁常识。
2 课程安排
2.1 时间：7月13日至8月17日，每周六上午9:00—11:00，共6次课。
2.2 内容：认识活底和固底蛋糕模、纸杯蛋糕、戚风蛋糕、脱模与装饰。
2.3 每期招收亲子家庭12组，每组一名家长一名儿童。
3 保障措施
3.1 社区提供烤箱6台、六寸蛋糕模12只，食材费由社区公益金列支。
3.2 邀请烘焙志愿者授课，课前检查烤箱和电源线路，防止烫伤。
宵月社区居民委员会
2024年7月5日
""",
    ),
    dict(
        slug="exam-zhanzhou-notice-pastry-skill-test-bring-cake-tins",
        site="瞻州人事考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.zzrsks.example.gov.cn/zyjn/2024/1021/1733.html",
        title="关于2024年第二批西式面点师职业技能等级认定实操考核有关事项的通知",
        record_title="〔考务通知〕关于2024年第二批西式面点师职业技能等级认定实操考核有关事项的通知_瞻州人事考试网",
        date="2024-10-21",
        notes="personnel-exam site: a maintenance banner and an entry float; a timetable one row a paragraph; 准考证 to 下载/打印 as content; the centre's own 咨询电话 beside the site's technical line; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〔考务通知〕关于2024年第二批西式面点师职业技能等级认定实操考核有关事项的通知_瞻州人事考试网</title>
<script src="/js/notice-float.js"></script>
</head>
<body>
<div class="warn">⟦d 系统升级公告：本网将于每周日凌晨2:00—4:00进行维护，期间暂停访问⟧</div>
<div class="logo">⟦m 瞻州人事考试网⟧</div>
<div class="nav">⟦m 首页　考试公告　职业技能　成绩查询　证书办理⟧</div>
<div class="where">⟦m 首页 › 职业技能 › 考务通知⟧</div>
<h2>{T}</h2>
<p class="date">⟦m 发布时间：2024-10-21　来源：市职业技能鉴定中心⟧</p>
<div class="zw">
{BODY}
</div>
<div class="float">⟦a 准考证打印入口⟧ ⟦a 成绩查询入口⟧</div>
<div class="footer">⟦m 主办：瞻州市人力资源和社会保障局⟧ ⟦m 网站技术支持电话：0736-2261930（仅限网站访问问题）⟧</div>
</body>
</html>
""",
        body="""
各位考生：
2024年第二批西式面点师（四级、三级）职业技能等级认定实操考核定于11月上旬举行，现将有关事项通知如下：
一、考核安排
等级　考核日期　考核时间
四级　11月2日　8:30—11:30
三级　11月3日　8:30—12:00
二、考生须于10月28日起登录本网下载并打印准考证，凭准考证和身份证进入考场。
三、考生须自带六寸、八寸圆形蛋糕模各一只，裱花嘴、刮板等工具自备；烤箱、原料由考点统一提供。
四、考核地点：瞻州职业技术学院焙烤实训中心。
咨询电话：0736-2263417（市职业技能鉴定中心）
瞻州市职业技能鉴定中心
2024年10月21日
""",
    ),
    dict(
        slug="exam-bingyang-notice-bamboo-pillow-weaving-assessment",
        site="炳阳人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://rsks.bingyang.example.gov.cn/zxgg/2025/0304/517.html",
        title="炳阳县2025年竹编（竹枕制作）专项职业能力考核公告",
        record_title="炳阳县2025年竹编（竹枕制作）专项职业能力考核公告 - 炳阳人事考试网",
        date="2025-03-04",
        notes="a county exam site's text: an entry float line, a technical-support line beside the centre's own phone; a schedule table one row a paragraph; 扫码报名 as content; 成文日期",
        page="""
!m 炳阳人事考试网
!m 首页 > 最新公告
!t 炳阳县2025年竹编（竹枕制作）专项职业能力考核公告 - 炳阳人事考试网
!m 发布者：县人社局职业能力建设股　　访问量：663
!a 〖报名入口〗〖打印准考证〗
{BODY}
!m 技术支持：炳阳县信息中心　0736-5509920
""",
        body="""
为提高竹枕编织从业人员技能水平，县人社局定于2025年3月下旬组织竹编（竹枕制作）专项职业能力考核。现将有关事项公告如下：
一、报考条件：从事竹编或竹枕加工工作满一年的劳动者均可报考，不限年龄和学历。
二、考核安排：
批次　日期　地点
第一批　3月22日　廓田乡竹枕产业园
第二批　3月29日　县职业中专实训楼
三、报名方式：考生扫描县人社局公众号菜单中的报名二维码在线报名，也可到乡镇社保所现场报名。
四、考核合格的，颁发专项职业能力证书，并按规定申领职业技能培训补贴。
咨询电话：0736-5508217
炳阳县人力资源和社会保障局
2025年3月4日
""",
    ),
    dict(
        slug="tender-shaxi-inquiry-school-chopstick-rests-lots",
        site="莎溪县公共资源交易网 (invented)",
        style="招投标网",
        genre="采购公告",
        kind="notice",
        form="html",
        source="https://ggzy.shaxi.example.gov.cn/jyxx/zfcg/cggg/2024/0812/7780.html",
        title="莎溪县第二中学食堂不锈钢筷子架及餐具询价采购公告",
        record_title="〖采购公告〗莎溪县第二中学食堂不锈钢筷子架及餐具询价采购公告_莎溪县公共资源交易网",
        date="2024-08-12",
        notes="tender portal: a countdown, CA and trading-system hotlines beside the purchaser's and agency's own contacts; a lots table one row a paragraph; an inquiry file to 下载 as content; 成文日期",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〖采购公告〗莎溪县第二中学食堂不锈钢筷子架及餐具询价采购公告_莎溪县公共资源交易网</title>
<script src="/js/countdown.js"></script>
</head>
<body>
<div class="top">⟦m 莎溪县公共资源交易网⟧ ⟦a 主体登录⟧ ⟦a CA锁驱动下载⟧</div>
<div class="nav">⟦m 首页　交易信息　政府采购　工程建设　服务指南⟧</div>
<div class="crumb">⟦m 交易信息 / 政府采购 / 采购公告⟧</div>
<h3>{T}</h3>
<div class="meta">⟦m 信息时间：2024-08-12　阅读次数：317⟧</div>
<div class="cd">⟦m 距报价截止还剩：06天 21时 14分⟧</div>
<div class="ewb-article">
{BODY}
</div>
<div class="help">⟦m CA证书办理热线：400-628-7710　交易系统服务电话：0736-4470066⟧</div>
<div class="foot">⟦m 莎溪县公共资源交易中心 版权所有⟧</div>
</body>
</html>
""",
        body="""
莎溪县第二中学食堂不锈钢筷子架及餐具采购项目已具备采购条件，现采用询价方式采购，欢迎合格供应商参加报价。
一、采购内容
包号　货物名称　数量　最高限价
1　不锈钢筷子架　1600个　9600元
2　不锈钢餐盘　1600个　41600元
3　不锈钢汤勺　1600把　6400元
二、供应商资格：具有独立承担民事责任的能力，所供餐具须符合食品接触用不锈钢制品标准。
三、获取询价文件：请于8月13日至8月19日登录本网下载询价文件。
四、报价截止时间：2024年8月19日17:00。
采购人：莎溪县第二中学，联系人：宋老师，电话：0736-4429083
代理机构：瞻州诚标招标代理有限公司，联系人：顾宁，电话：0736-2217754
2024年8月12日
""",
    ),
    dict(
        slug="tender-zhanzhou-bid-result-welfare-bamboo-pillows-pdf",
        site="瞻州市政府采购网 (invented)",
        style="招投标网",
        genre="中标公告",
        kind="notice",
        form="text",
        source="http://www.zzzfcg.example.gov.cn/zbgg/2024/0620/ZZCG-2024-0318.html",
        title="瞻州市社会福利院竹枕及凉席采购项目中标结果公告",
        record_title="瞻州市社会福利院竹枕及凉席采购项目中标结果公告.pdf",
        record_date="2024-06-20",
        date="2024-06-20",
        notes="a file-name record title and a record date; a bid-result table one row a paragraph; purchaser and agency contacts; the portal's service hotline; a PDF viewer's toolbar line",
        page="""
!m 瞻州市政府采购网　结果公告
!a 下载PDF　｜　打印　｜　适应页面
!m 项目编号：ZZCG-2024-0318
{T}
{BODY}
!m 政府采购服务热线：0736-2201188
!d 本公告内容以采购人发布的原件为准。
""",
        body="""
一、项目名称：瞻州市社会福利院竹枕及凉席采购项目
二、中标信息
包号　中标供应商　中标金额
1（竹枕）　炳阳县廓田乡竹枕专业合作社　38600元
2（竹凉席）　瞻州清竹家纺有限公司　52400元
三、主要标的：竹枕420只，规格50cm×30cm；竹凉席260床，规格1.2m×1.9m。
四、公告期限：自本公告发布之日起1个工作日。
五、联系方式
采购人：瞻州市社会福利院，联系人：尹红梅，电话：0736-2245160
代理机构：瞻州正源项目管理有限公司，联系人：孔杰，电话：0736-2219043
2024年6月20日
""",
    ),
    dict(
        slug="lawfirm-zhanheng-case-can-opener-product-liability",
        site="瞻衡律师事务所 (invented)",
        style="律所网站",
        genre="案例",
        kind="other",
        form="html",
        source="https://www.zhanhenglaw.example.com/anli/sw/2024-1107.html",
        title="开罐器崩齿割伤手，商家和厂家谁来赔？",
        record_title="律师说法｜开罐器崩齿割伤手，商家和厂家谁来赔？ - 瞻衡律师事务所",
        date=None,
        notes="law-firm case note: a lawyer card, a consult float, a 400 line, a 本文链接 block and a repost notice; no date on the page",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>律师说法｜开罐器崩齿割伤手，商家和厂家谁来赔？ - 瞻衡律师事务所</title>
<script src="/js/kefu.js"></script>
</head>
<body>
<div class="hd">⟦m 瞻衡律师事务所⟧ ⟦m 全国免费咨询：400-113-5020⟧</div>
<div class="nav">⟦m 首页　律所简介　专业领域　律师团队　典型案例　联系我们⟧</div>
<div class="crumb">⟦m 首页 &gt; 典型案例 &gt; 消费维权⟧</div>
<h1>{T}</h1>
<div class="lawyer">⟦m 承办律师：马逸舟　执业证号：14312201910487654⟧</div>
<div class="article">
{BODY}
</div>
<div class="link">⟦m 本文链接：https://www.zhanhenglaw.example.com/anli/sw/2024-1107.html⟧</div>
<div class="notice">⟦d 转载请注明来自瞻衡律师事务所，案例细节已作隐名处理。⟧</div>
<div class="float">⟦w 遇到类似纠纷？点我免费咨询值班律师⟧</div>
<div class="ft">⟦m 瞻衡律师事务所 版权所有 湘ICP备20028866号⟧</div>
</body>
</html>
""",
        body="""
【基本案情】王女士在某超市购买了一把旋转开罐器，第三次使用时刀轮齿片突然崩裂，将她的右手食指割伤，缝合五针，花去医药费、误工费等共计4300余元。王女士要求超市赔偿，超市称产品质量问题应找厂家。
【律师分析】根据《民法典》第一千二百零三条，因产品存在缺陷造成他人损害的，被侵权人可以向产品的生产者请求赔偿，也可以向产品的销售者请求赔偿。销售者赔偿后，可以向生产者追偿。
【处理结果】经我所律师与超市协商，超市先行赔偿王女士各项损失4300元，再自行向厂家追偿。
【律师提示】购买刀具类厨房工具要留好购物小票，受伤后及时就医并保存病历和票据。
""",
    ),
    dict(
        slug="lawfirm-zhanheng-letter-mooncake-mould-pattern",
        site="瞻衡律师事务所 (invented)",
        style="律所网站",
        genre="函",
        kind="letter",
        form="text",
        source="https://www.zhanhenglaw.example.com/gonggao/2024-0906.html",
        title="关于停止侵犯“福禄寿喜”月饼模图案著作权的律师函",
        record_title="[律所公告] 关于停止侵犯“福禄寿喜”月饼模图案著作权的律师函 | 瞻衡律师事务所",
        date="2024-09-05",
        notes="a law firm's public letter as text: a consult line, a 400 line and a repost notice around it; the lawyer's own phone in the letter; the letter's date under the signature",
        page="""
!m 瞻衡律师事务所 ｜ 专业 · 稳健 · 高效
!m 首页 ＞ 律所公告
!t [律所公告] 关于停止侵犯“福禄寿喜”月饼模图案著作权的律师函
!m 浏览：1056　　分享到：微信 微博
{BODY}
!w 知识产权维权咨询：400-113-5020（全年无休）
!d 本函已送达相关当事人，现予公开，转载须经本所书面同意。
""",
        body="""
瞻州市巧点食品有限公司：
瞻衡律师事务所受莎溪县憩湾镇木雕艺人苏长庚先生委托，就贵公司侵犯其月饼模图案著作权一事，致函如下：
苏长庚先生于2019年创作完成“福禄寿喜”系列月饼模雕刻图案，依法享有著作权。经查，贵公司自2024年8月起在其生产的月饼包装及饼面上使用与上述图案实质相同的图案，未经许可，亦未支付报酬。
为此，本所律师郑重要求贵公司自收到本函之日起立即停止使用上述图案，并于十日内与本所联系协商赔偿事宜。
联系人：马逸舟律师，电话：0736-2283366。
瞻衡律师事务所
2024年9月5日
""",
    ),
]

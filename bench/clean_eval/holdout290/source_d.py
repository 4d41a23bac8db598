"""holdout290, part D: county forums, download stations, personnel-exam sites, tender portals, law firms.

Every page, site, place, person, number and URL here is invented; each case written by hand.
"""

CASES = [
    dict(
        slug="localforum-dachuan-curing-rack-grease-thread-subject",
        site="褡川论坛 (invented county forum)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="https://bbs.dachuan.cc/thread-402218-1-1.html",
        title="楼上腊肉架的油滴到我家窗台上了，该找谁？",
        record_title=None,
        date=None,
        notes="county forum: no title in the record, the thread subject; a weather line, medals, jammer fonts, a decoration ad between paragraphs, an official-reply link; a poster's own mention of the community's phone stays; 2 小时前 is no date",
        page="""
<html><head><meta charset="gbk">
<title>⟦m 褡川论坛 - 褡川人的网上家园⟧</title>
<script src="data/cache/common.js"></script>
<style>.jammer{display:none}</style>
</head><body>
<div class="tq">⟦m 褡川 今天 阴转小雨 3～9℃⟧ ⟦a 签到领铜钱⟧</div>
<div id="hd">⟦m 褡川论坛⟧ ⟦m 首页 › 褡川杂谈 › 邻里纠纷⟧</div>
<div class="thread">
<h1 id="thread_subject">{T}</h1>
<div class="authi">⟦m 窗台上的猫 发表于 2 小时前 ｜ 查看 3370 ｜ 回复 58⟧</div>
<div class="medal">⟦m 勋章：热心网友 老褡川⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="gov">⟦a 网友诉求已转交相关部门 ▸ 查看官方回复⟧</div>
<div class="po">⟦a 回复 支持(86) 反对(2) 收藏⟧</div>
</div>
<div class="floor">⟦l 2# 老街坊：我们小区也这样，物业根本不管⟧</div>
<div class="floor">⟦l 3# 褡川小陈：可以拍照发给社区网格员⟧</div>
<div id="ft">⟦m 褡川论坛 bbs.dachuan.cc　黔ICP备14008312号-1⟧</div>
</body></html>
""",
        junk=dict(lines=1, glued=2),
        body="""
我住三楼，楼上四楼的邻居今年在阳台外面挂了一个大腊肉架，挂了二十多块腊肉。这几天出太阳，油一滴一滴往下掉，我家窗台、空调外机上全是油点子，晾的被子也沾上了。
上去敲过两次门，邻居说腊肉不晒不香，过了年就收，让我忍一忍。
⟦m 【广告】褡川好居装饰　老房翻新找小满　电话 13907395528⟧
打物业电话，物业说阳台外挂东西归社区管；打社区电话0739-6627815，一直占线。
想问问大家，这种情况到底该找谁？腊肉架能不能让他往里挪一挪？
""",
    ),
    dict(
        slug="localforum-naxi-bamboo-food-cover-stall-junk",
        site="衲溪生活网 (invented county forum)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="https://www.naxilife.com/forum.php?mod=viewthread&tid=98833",
        title="早市路口卖竹菜罩的陈伯今年还出摊吗",
        record_title="[陈年旧巷] 早市路口卖竹菜罩的陈伯今年还出摊吗 - 旧巷记忆 - 衲溪生活网",
        date=None,
        notes="a county-forum memory thread with junk lines and junk glued after 。; replies and a weather line; 前天 is no date",
        page="""
!m 衲溪生活网 · 本地人的生活圈　　今日：小雨转晴
!m 衲溪生活网 › 旧巷记忆 › 帖子
!t [陈年旧巷] 早市路口卖竹菜罩的陈伯今年还出摊吗
!m 楼主：衩河老三　　前天 06:52　　阅读 1688　回复 37
{BODY}
!l 1楼 阿秀：还在！上周我还见他了
!l 2楼 小马过河：他孙子说今年编的少了
!a 回复楼主　｜　只看楼主　｜　收藏帖子
!m 衲溪生活网 手机客户端 · 湘ICP备16031190号
""",
        junk=dict(lines=2, glued=2),
        body="""
早市路口那个卖竹菜罩的陈伯，不知道大家还记不记得。他的摊子就是一块塑料布，上面摆着大大小小十几个竹菜罩，最大的能罩住一张八仙桌。
我家那个菜罩就是十年前在他那里买的，二十块钱，到现在一根篾都没断。
去年冬天以后，好像就没见他出摊了。听说他年纪大了，手抖，编不动了。
有知道的朋友说一声，老人家身体还好吗？家里的菜罩口子松了，想找他修一修。
""",
    ),
    dict(
        slug="download-ziliao-rules-smokehouse-curing-racks-wps",
        site="资料驿下载站 (invented, gb2312 table layout)",
        style="资料下载站",
        genre="规程",
        kind="other",
        form="html",
        source="http://www.ziliaoyi.com/soft/41207.html",
        title="腊肉熏制车间腊肉架安全操作规程",
        record_title="腊肉熏制车间腊肉架安全操作规程（2024试行稿）.wps",
        date=None,
        notes="an old download station: a file-info table, three download links, an unzip password, a dead-link report; file-name record title with a version tag; articles that speak of 扫码 and 打印; no date",
        page="""
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>腊肉熏制车间腊肉架安全操作规程（2024试行稿）.wps 免费下载 - 资料驿</title>
<script language="javascript" src="/js/ads.js"></script>
</head>
<body>
<table width="980" align="center"><tr><td>⟦m 资料驿 · 办公资料一站下⟧</td><td align="right">⟦a 会员中心⟧ ⟦a 上传资料⟧</td></tr>
<tr><td colspan="2">⟦m <a href="/">首页</a> → <a href="/zhidu/">规章制度</a> → <a href="/zhidu/anquan/">安全规程</a>⟧</td></tr></table>
<table width="980" align="center" border="1" class="info">
<tr><td>⟦m 资料名称：腊肉熏制车间腊肉架安全操作规程（2024试行稿）.wps⟧</td><td>⟦m 资料大小：28 KB⟧</td></tr>
<tr><td>⟦m 资料格式：WPS文字⟧</td><td>⟦m 更新时间：2024-10-30⟧</td></tr>
<tr><td>⟦m 下载次数：本周 41 / 总计 933⟧</td><td>⟦m 授权方式：免费共享⟧</td></tr>
</table>
<table width="980" align="center"><tr><td class="intro">
<h3>{T}</h3>
{BODY}
</td></tr></table>
<table width="980" align="center" class="down">
<tr><td>⟦a ◎ 电信线路下载⟧　⟦a ◎ 联通线路下载⟧　⟦a ◎ 备用线路下载⟧</td></tr>
<tr><td>⟦a 解压密码：www.ziliaoyi.com⟧</td></tr>
<tr><td>⟦a 下不了？点这里报告死链⟧</td></tr>
</table>
<div style="position:absolute;right:10px;top:300px">⟦w 规章制度代编 微信 zly_zhidu⟧</div>
<table width="980" align="center"><tr><td align="center">⟦d 站内资料来自网络收集与网友上传，仅供学习研究，请于下载后24小时内删除⟧<br>⟦m 资料驿 ziliaoyi.com 版权所有　皖ICP备09027711号⟧</td></tr></table>
</body></html>
""",
        body="""
第一条　本规程适用于熏制车间腊肉架的搬运、挂料、熏制和清洗作业。
第二条　腊肉架进入熏房前，操作人员应检查架体焊点、挂钩和滚轮，发现开焊、变形的不得使用。
第三条　每层挂料不超过40公斤，挂料时由下往上，取料时由上往下，防止架体倾倒。
第四条　推送腊肉架进出熏房须两人配合，熏房内温度高于60℃时不得入内。
第五条　每批熏制结束后，腊肉架应推至清洗间用热碱水清洗，晾干后方可再次使用。
第六条　操作人员每次作业前扫码登记，车间每周打印一次腊肉架使用和清洗记录存档。
""",
    ),
    dict(
        slug="download-gongwen-request-stainless-spice-boxes-cn-date",
        site="公文材料仓 (invented download station)",
        style="资料下载站",
        genre="请示",
        kind="notice",
        form="text",
        source="https://www.gwcailiaocang.com/down/qingshi/7720.html",
        title="关于购置学校食堂不锈钢调料盒的请示",
        record_title="关于购置学校食堂不锈钢调料盒的请示 免费下载 - 公文材料仓",
        date="2025-02-17",
        notes="a request dated in Chinese numerals under the signature; the station's add stamp is no date; download links and a report link",
        page="""
!m 公文材料仓 — 请示报告 — 学校后勤
{T}
!m 文件格式：DOCX　　文件大小：19KB　　收录于 3 个月前
!a 【本地下载】　【网盘下载】　【下载说明】
{BODY}
!a 下载出错？请点此反馈，我们会尽快修复
!l 热门下载：学校食堂管理制度汇编 ／ 关于增设校园饮水机的请示
!d 声明：本站资料均来自网络，仅供交流学习，商用请联系原作者
""",
        indent="\u3000\u3000",
        body="""
县教育局：
我校食堂现有调料盒为塑料制品，已使用五年，多数出现开裂、变色，盒盖合不严，今年春季食品安全检查中被指出存在安全隐患。
为保障师生饮食安全，我校拟购置食品级不锈钢分格调料盒60套，每套单价约85元，共需资金5100元，从学校公用经费中列支。
购置后，旧调料盒统一交后勤处登记报废。
妥否，请批示。
联系人：司马红英，电话：0743-5136620。
裰岭县第三中学
二〇二五年二月十七日
""",
    ),
    dict(
        slug="exam-yeyang-notice-chef-practical-spice-boxes",
        site="袼阳市人事考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://rsks.yeyang.gov.cn/kwgg/2025/0509/1308.html",
        title="关于2025年中式烹调师职业技能等级认定实操考核有关事项的通知",
        record_title="【实操考务】关于2025年中式烹调师职业技能等级认定实操考核有关事项的通知_袼阳市人事考试网",
        date="2025-05-08",
        date_also=["2025-05-09"],
        notes="exam site: a maintenance banner, an admission-ticket float; the exam centre's 咨询电话 beside the site's technical line; 下载/打印 准考证 as content; a posting date that differs from the 成文日期",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>【实操考务】关于2025年中式烹调师职业技能等级认定实操考核有关事项的通知_袼阳市人事考试网</title>
<script src="/js/exam.js"></script>
</head><body>
<div class="notice-bar">⟦a 系统将于每周日凌晨1:00至5:00停机维护，请错开时段办理⟧</div>
<div class="logo">⟦m 袼阳市人事考试网⟧</div>
<div class="nav">⟦m 首页 考试计划 考务通知 成绩查询 证书办理⟧</div>
<div class="loc">⟦m 位置：首页 » 考务通知⟧</div>
<div class="con"><h2>{T}</h2>
<div class="rq">⟦m 发布：2025-05-09 09:30　来源：市职业技能鉴定中心⟧</div>
<div class="txt">
{BODY}
</div></div>
<div class="fl">⟦a 准考证入口 ▸⟧</div>
<div class="foot">⟦m 网站技术支持：0747-2288019（仅限网站故障）⟧<br>⟦m 袼阳市人事考试网 主办：袼阳市人力资源和社会保障局⟧</div>
</body></html>
""",
        body="""
各报考人员：
2025年上半年中式烹调师（四级、三级）职业技能等级认定实操考核定于5月24日至25日在袼阳市技师学院烹饪实训楼举行。现将有关事项通知如下。
一、考生须于5月20日起登录本网下载并自行打印准考证，凭准考证和身份证入场。
二、考场统一提供灶具、锅具和主料。考生须自带刀具、工作服和调料盒，调料盒内只准盛放盐、糖、味精、胡椒粉等基础调料，不得预先调好复合调味汁。
三、入场时监考人员将逐一查验调料盒，发现违规调料的，按违纪处理。
考务咨询电话：0747-2290311（工作日8:30-17:30）。
袼阳市职业技能鉴定中心
2025年5月8日
""",
    ),
    dict(
        slug="exam-duoling-announcement-waiter-placemats",
        site="裰岭人事考试信息网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.dlrsks.cn/ksdt/20250603/517.html",
        title="关于餐厅服务员技能考核摆台项目考场物品配备的公告",
        record_title="关于餐厅服务员技能考核摆台项目考场物品配备的公告-考试动态-裰岭人事考试信息网",
        date="2025-06-02",
        notes="exam announcement with its items table one row a paragraph; signature date; the site's posting stamp a day later (also accepted)",
        page="""
!m 裰岭人事考试信息网
!m 首页 ＞ 考试动态
{T}
!m 2025-06-03　　来源：县职业技能鉴定所　　浏览 612
!a 〔大字〕〔标准〕　〔打印〕
{BODY}
!l 下一篇：2025年下半年职业技能等级认定计划
!m 版权所有：裰岭县人力资源和社会保障局　技术服务 0743-5102266
""",
        date_also=["2025-06-03"],
        indent="\u3000\u3000",
        body="""
2025年餐厅服务员（五级、四级）技能考核将于6月14日举行。为统一考核标准，现将摆台项目考场物品配备公告如下：
物品　规格　每台数量
圆形布艺餐垫　直径33厘米　10张
骨碟　7寸　10个
口汤碗　4寸　10个
餐巾　50厘米见方　10块
考生须在规定时间内完成铺台布、摆放餐垫、餐具和折餐巾。餐垫须居中摆放，距桌边1.5厘米，花纹朝向客人。考场物品由鉴定所统一提供，考生不得自带。
裰岭县职业技能鉴定所
2025年6月2日
""",
    ),
    dict(
        slug="tender-jianshui-inquiry-canteen-food-covers",
        site="裥水县公共资源交易网 (invented)",
        style="招投标网",
        genre="询价公告",
        kind="notice",
        form="html",
        source="https://ggzy.jianshui.gov.cn/jyxx/zfcg/xjgg/202409/t20240910_6631.html",
        title="裥水县第二中学食堂不锈钢菜罩采购询价公告",
        record_title="〖询价·食堂〗裥水县第二中学食堂不锈钢菜罩采购询价公告｜裥水县公共资源交易网",
        date="2024-09-10",
        notes="tender portal: a countdown, CA and trading-system hotlines; the buyer's and agency's contacts in the body; an items table; 下载 as content; signature date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>〖询价·食堂〗裥水县第二中学食堂不锈钢菜罩采购询价公告｜裥水县公共资源交易网</title>
<script src="/static/jy.js"></script>
</head><body>
<div class="top">⟦m 裥水县公共资源交易网⟧ ⟦a 主体注册⟧ ⟦a 交易系统登录⟧</div>
<div class="nav">⟦m 首页 交易信息 政策法规 服务指南 监督投诉⟧</div>
<div class="loc">⟦m 当前位置：交易信息 > 政府采购 > 询价公告⟧</div>
<div class="detail"><h3>{T}</h3>
<div class="info">⟦m 信息时间：2024-09-10　阅读次数：88⟧</div>
<div class="count">⟦m 距报价截止还有 6天 04时 17分⟧</div>
<div class="ewb-article">
{BODY}
</div></div>
<div class="help">⟦m CA证书办理：400-6617-2203⟧<br>⟦m 交易系统操作咨询：0747-3325106⟧</div>
<div class="foot">⟦m 主办：裥水县公共资源交易中心　湘ICP备17004421号⟧</div>
</body></html>
""",
        body="""
裥水县第二中学食堂不锈钢菜罩采购项目采用询价方式采购，欢迎符合条件的供应商报价。
一、采购内容
品目　规格　数量
不锈钢菜罩（大）　直径60厘米　80个
不锈钢菜罩（小）　直径40厘米　120个
二、最高限价：人民币14600元。
三、报价截止时间：2024年9月17日上午9时30分。供应商请在交易系统下载询价文件，按要求上传报价文件。
四、联系方式
采购人：裥水县第二中学，联系人：衡建伟，电话：0747-3341027
代理机构：裥水恒通招标代理有限公司，联系人：卜晓雯，电话：0747-3356610
裥水恒通招标代理有限公司
2024年9月10日
""",
    ),
    dict(
        slug="tender-sihu-result-silicone-placemats-lots",
        site="缌湖区政府采购网 (invented)",
        style="招投标网",
        genre="中标结果公告",
        kind="notice",
        form="text",
        source="http://zfcg.sihu.gov.cn/cggg/zbgg/20250327/2290.html",
        title="缌湖区机关食堂硅胶餐垫采购项目中标结果公告",
        date="2025-03-27",
        notes="the record gives the title as is; bid result with lots one row a paragraph; signature date; CA and platform lines at the bottom",
        page="""
!m 缌湖区政府采购网　｜　采购公告　｜　中标（成交）结果
{T}
!m 公告类型：中标结果　　发布时间：2025-03-27 17:02
!a 【打印本公告】【关闭】
{BODY}
!m 平台客服：400-8810-3376　CA数字证书：0747-2235560
!m 缌湖区财政局主办　湘ICP备18007212号-2
""",
        body="""
一、项目编号：SHCG-2025-0118
二、项目名称：缌湖区机关食堂硅胶餐垫采购项目
三、中标信息
包号　中标供应商　中标金额
第1包　袼阳市益家硅胶制品有限公司　38600元
第2包　缌湖区木棉布艺厂　21450元
四、主要标的：食品级硅胶餐垫2400张、棉麻餐垫1200张，交货期为合同签订后20日内。
五、公告期限：自本公告发布之日起1个工作日。
六、采购人：缌湖区机关事务服务中心，联系人：冼明辉，电话：0747-2210835。
缌湖区机关事务服务中心
2025年3月27日
""",
    ),
    dict(
        slug="lawfirm-bingzhi-case-falling-curing-rack-car",
        site="秉直律师事务所网 (invented)",
        style="律所网站",
        genre="案例评析",
        kind="other",
        form="html",
        source="https://www.bingzhilaw.cn/anli/2211.html",
        title="阳台腊肉架坠落砸坏车辆，谁来赔？",
        record_title="腊月说法｜阳台腊肉架坠落砸坏车辆，谁来赔？ - 秉直律师事务所",
        date=None,
        notes="law-firm case note with no date: a lawyer card, a consult float, a 400 line and a reprint block; 2 周前 is no date; a consult prompt glued after a sentence",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>腊月说法｜阳台腊肉架坠落砸坏车辆，谁来赔？ - 秉直律师事务所</title>
<script src="/js/law.js"></script>
</head><body>
<div class="hd">⟦m 秉直律师事务所⟧ ⟦m 秉公持正 直道而行⟧ ⟦m 全国咨询 400-660-2817⟧</div>
<div class="nav">⟦m 首页 律所介绍 专业律师 案例评析 联系我们⟧</div>
<div class="post"><h1>{T}</h1>
<div class="m">⟦m 撰稿：何律师　更新于 2 周前　阅读 2310⟧</div>
<div class="c">
{BODY}
</div>
<div class="copy">⟦d 转载本所文章请注明出处，本文仅为普法交流，不构成法律意见⟧<br>⟦m 原文地址：https://www.bingzhilaw.cn/anli/2211.html⟧</div>
</div>
<div class="card">⟦m 何清远 律师　执业证号 14305202110866771　擅长：侵权纠纷 物业纠纷⟧</div>
<div class="float">⟦a 在线留言 律师两小时内回复⟧</div>
<div class="foot">⟦m 秉直律师事务所　地址：袼阳市缌湖区中山路201号⟧</div>
</body></html>
""",
        body="""
【基本案情】去年腊月，某小区五楼住户王某在阳台外侧支起一个铁制腊肉架。一天夜里刮大风，腊肉架连同十多块腊肉从五楼坠落，把停在楼下的一辆轿车前挡风玻璃砸碎。车主李某要求王某赔偿，王某认为是大风造成的，拒绝赔偿。
【法院判决】法院认为，腊肉架系王某搭设，王某未能证明自己没有过错，大风天气也不属于不可抗力，判决王某赔偿车辆维修费6800元。
【律师评析】根据民法典第一千二百五十三条，建筑物上的搁置物、悬挂物脱落造成他人损害，所有人、管理人或者使用人不能证明自己没有过错的，应当承担侵权责任。⟦a 类似纠纷可点右侧留言，律师免费初步分析⟧在阳台外挂腊肉架，务必固定牢靠，刮风下雨及时收回。
""",
    ),
    dict(
        slug="lawfirm-bingzhi-letter-counterfeit-button-boxes",
        site="秉直律师事务所网 (invented)",
        style="律所网站",
        genre="律师函",
        kind="notice",
        form="text",
        source="https://www.bingzhilaw.cn/gongshi/0411.html",
        title="关于停止销售仿冒“襞口”牌纽扣盒的律师函",
        record_title="律师函公示丨关于停止销售仿冒“襞口”牌纽扣盒的律师函",
        date="2025-04-11",
        notes="a law firm's letter with its own phone beside the firm's 400 line; signature date",
        page="""
!m 秉直律师事务所 · 律师函公示
!m 全国咨询 400-660-2817　｜　微信咨询 bzlaw_zixun
{T}
!m 栏目：律师函公示　　公示日期：2025-04-14
{BODY}
!a ◆ 免费评估您的维权案件，点击预约律师 ◆
!l 往期公示：关于停止使用“绁坪”字号的律师函
!m © 秉直律师事务所　湘ICP备20015538号
""",
        date_also=["2025-04-14"],
        indent="\u3000\u3000",
        body="""
袼阳市缌湖区某日用品商行：
秉直律师事务所受襞口纽扣盒厂（以下简称委托人）委托，指派何清远律师就贵商行销售仿冒“襞口”牌纽扣盒一事，致函如下：
“襞口”是委托人的注册商标。经查，贵商行在网店销售的多款纽扣盒，外观、包装和商标标识与委托人产品高度近似，足以使消费者混淆。
请贵商行自收到本函之日起七日内，下架全部仿冒纽扣盒，并与本律师联系协商赔偿事宜。逾期不予理会的，委托人将依法追究贵商行的法律责任。
联系电话：0747-2218063
秉直律师事务所
律师：何清远
2025年4月11日
""",
    ),
]

"""holdout247, part D: local forums, download stations, personnel-exam sites, tender portals, law firms.

Invented text, sites, places and people; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="jinghu-forum-falling-flowerpot-jammer",
        site="澋湖论坛 (invented county forum)",
        style="地方论坛",
        genre="论坛帖子",
        kind="other",
        form="html",
        source="https://bbs.jinghu.example.cn/thread-902261-1-1.html",
        title="高层阳台的花盆掉下来，差点砸到楼下的孩子",
        record_title=None,
        date=None,
        notes="county forum: weather line, medals, jammer fonts, a decoration ad on a line of its own between paragraphs, 转交/官方回复 links; the thread subject is the title; relative post time (no date)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="gbk">
<title>澋湖论坛 - 澋湖人的网上客厅</title>
<style>.jammer{display:none}</style>
<script src="data/cache/common.js?v=3"></script>
</head><body>
<div id="toptb">⟦m 今日澋湖：多云 12~21℃ 东南风3级⟧ ⟦a 登录⟧ ⟦a 注册⟧</div>
<div id="hd">⟦m 澋湖论坛⟧ ⟦m 澋湖人的网上客厅⟧</div>
<div id="pt">⟦m 澋湖论坛 › 民生热线 › 帖子⟧</div>
<div class="pl"><div class="pls">⟦m 小满妈妈⟧<br>⟦m 勋章：热心邻居 · 三年老友⟧</div>
<div class="plc">
<h1><span id="thread_subject">{T}</span></h1>
<div class="authi">⟦m 发表于 昨天 07:52 · 来自手机⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="zj">⟦a 转交职能部门处理⟧　⟦a 等待官方回复⟧</div>
<div class="rt">⟦l 回复 87　查看 5230　收藏 12⟧</div>
</div></div>
<div class="ad">⟦w 阳台封窗防坠网，澋湖本地师傅上门量尺，QQ 2760381194⟧</div>
<div id="ft">⟦m 澋湖论坛 ( 赣ICP备18006215号 )⟧ ⟦d 帖子仅代表网友个人观点，不代表论坛立场⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=2),
        body="""
今天早上七点多，我送孩子上学，刚走到8号楼楼下，“啪”的一声，一个花盆砸在离我们不到两米的地方，碎片溅了一地。
抬头一看，是十几层的一户人家，阳台护栏外面还摆着好几个花盆。我当时腿都软了，孩子吓得直哭。
⟦w 装修找澋湖家装联盟，免费出图，微信 jhjz0795⟧
后来物业上去敲门，那家人说是昨晚风大，花盆被吹下来的，态度倒还好，答应把外面的花盆都搬进去。
想提醒一下各位邻居：花盆千万别放在阳台护栏外沿和窗台外面，真掉下来就是大事。也希望物业多巡查，发现了及时提醒。
""",
    ),
    dict(
        slug="xishan-forum-gong-team-recruit-junk",
        site="嶍山人论坛 (invented county forum)",
        style="地方论坛",
        genre="论坛帖子",
        kind="other",
        form="text",
        source="http://www.xishanren.example.com/bbs/t/48812.html",
        title="正月十五锣鼓队还差几个人，会敲镲的来",
        record_title="〔找搭子〕正月十五锣鼓队还差几个人，会敲镲的来！ - 邻里互助 - 嶍山人论坛",
        date=None,
        notes="county forum text with anti-scraping junk; the poster's own phone in the post beside the forum's ad line; relative post time (no date)",
        page="""
!m 嶍山人论坛 › 邻里互助
!t 〔找搭子〕正月十五锣鼓队还差几个人，会敲镲的来！ - 邻里互助 - 嶍山人论坛
!m 楼主 棬溪老卢　｜　5 天前　｜　浏览 1287　回复 19
{BODY}
!l 1楼 山茶花开：我爸会敲锣，回去问问他
!l 2楼 嶍山小马：今年踩街几点开始？
!w 论坛广告位，商家入驻请加QQ 3117829406
!m 嶍山人论坛　版权所有　滇ICP备16007731号
""",
        junk=dict(lines=1, glued=2),
        body="""
棬溪镇锣鼓队今年正月十五要去县城参加踩街，现在还差几个人，特别缺会敲镲和小锣的。
要求不高：年龄十八到六十岁，身体好，能坚持每天晚上排练两个小时。没基础也没关系，老队员手把手教，一个星期就能跟上。
排练地点在镇文化站后面的院子里，每晚七点开始，九点结束，不耽误白天干活。
踩街那天镇里管午饭，还发一套演出服。
有兴趣的直接到文化站找我，或者打电话：卢师傅 13887703512。
""",
    ),
    dict(
        slug="jiangan-download-match-factory-rules",
        site="匠安资料库 (invented, old gb2312 download station)",
        style="资料下载站",
        genre="操作规程",
        kind="other",
        form="html",
        source="http://www.jianganzl.com/soft/aq/20877.html",
        title="火柴生产企业安全操作规程",
        record_title="火柴生产企业安全操作规程.doc",
        date=None,
        notes="old gb2312 download station: file-info table, three mirror links, an unzip password, a dead-link report and a floating ad; articles 第N条; no date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>火柴生产企业安全操作规程.doc - 匠安资料库</title>
<script language="javascript" src="/js/float_ad.js"></script>
</head><body>
<table width="980" align="center"><tr><td><b>⟦m 匠安资料库⟧</b> ⟦m 安全生产资料免费分享⟧</td><td align="right">⟦a 加入收藏 | 会员中心⟧</td></tr>
<tr><td colspan="2">⟦m 首页 → 安全资料 → 操作规程 → 轻工行业⟧</td></tr></table>
<table width="980" align="center" border="1" cellspacing="0">
<tr><td>⟦t 火柴生产企业安全操作规程.doc⟧</td></tr>
<tr><td>⟦m 资料大小：41 KB⟧</td><td>⟦m 资料类别：规程制度⟧</td></tr>
<tr><td>⟦m 资料语言：简体中文⟧</td><td>⟦m 更新：2 个月前⟧</td></tr>
<tr><td>⟦m 解压密码：www.jianganzl.com⟧</td><td>⟦m 下载次数：本周 63⟧</td></tr>
</table>
<table width="980" align="center"><tr><td>
<h3>⟦m 资料预览：⟧</h3>
{BODY}
</td></tr>
<tr><td>⟦a 下载地址一：电信高速⟧　⟦a 下载地址二：联通高速⟧　⟦a 下载地址三：本地下载⟧</td></tr>
<tr><td>⟦a 下载不了？点这里报告死链⟧</td></tr></table>
<div id="float_ad">⟦w 安全台账代做，全套模板打包送，QQ 1592048836⟧</div>
<table width="980" align="center"><tr><td align="center">⟦d 本库资料收集自网络，只供学习参考，不得用于商业用途⟧<br>⟦m Copyright © 2012-2025 匠安资料库 粤ICP备12077410号⟧</td></tr></table>
</body></html>
""",
        p_html="<p>{}</p>",
        body="""
第一条　为规范火柴生产过程中的安全操作，预防火灾、爆炸事故，制定本规程。
第二条　本规程适用于火柴梗片加工、药头调制、蘸药、烘干、装盒等工序。
第三条　药头调制间内严禁明火，严禁穿带铁钉的鞋和化纤服装进入。
第四条　药料应随用随配，当班剩余药料不得过夜存放。
第五条　烘干房温度不得超过规定上限，操作人员每两小时记录一次温度。
第六条　成品火柴应分垛存放，垛高不超过1.8米，垛间距不小于0.8米。
第七条　各工序下班前，班组长应检查断电、关窗，填写交接班记录。
""",
    ),
    dict(
        slug="jiangxin-download-host-script-paddle-opening",
        site="匠心资料站 (invented download station)",
        style="资料下载站",
        genre="主持词",
        kind="other",
        form="text",
        source="https://www.jiangxinzl.net/zcc/2025/66721.html",
        title="槎头村龙舟开桨仪式主持词",
        record_title="槎头村龙舟开桨仪式主持词〔DOC可改〕- 匠心资料站",
        date=None,
        notes="a download station's text page: file info, download buttons, a points prompt; a host script with no date",
        page="""
!m 匠心资料站 — 活动方案 · 主持词 · 致辞
!t 槎头村龙舟开桨仪式主持词〔DOC可改〕- 匠心资料站
!m 格式：DOC　｜　大小：16KB　｜　更新：前天　｜　人气：804
!a ⇩ 立即下载（扣1积分）　⇩ 备用下载
{BODY}
!a 以上为预览，下载后可编辑全文
!l 同类资料：龙舟赛开幕式主持词　｜　端午诗会串词　｜　龙舟点睛仪式流程
!m 匠心资料站 jiangxinzl.net 站长邮箱 zhanzhang@jiangxinzl.net
""",
        indent="\u3000\u3000",
        body="""
尊敬的各位领导、各位来宾，乡亲们：
大家上午好！锣鼓响，龙舟开。今天，我们相聚在槎头河畔，隆重举行槎头村龙舟开桨仪式。
现在进行仪式第一项：请村里最年长的老船工方守田为新桨系红绸。
仪式第二项：请龙舟队队长带领全体桨手宣誓。
仪式第三项：请领导为龙舟点睛。
下面，我宣布：开桨！请各队龙舟依次下水试划。
乡亲们，今年的龙舟赛将于端午节当天举行，欢迎大家到时来河边加油助威。开桨仪式到此结束，谢谢大家！
""",
    ),
    dict(
        slug="tianchuan-exam-interview-gong-players",
        site="湉川人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://rsks.tianchuan.gov.example.cn/ksgg/2025/0428/3302.html",
        title="湉川县文化馆2025年公开招聘锣鼓演奏专业人员面试公告",
        record_title="〔面试通告〕湉川县文化馆2025年公开招聘锣鼓演奏专业人员面试公告_湉川人事考试网",
        date="2025-04-28",
        notes="personnel-exam site: maintenance banner, an admission-ticket float, the site's technical line beside the notice's own 考务咨询电话; a timetable one row a paragraph; 下载并打印 is content",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>〔面试通告〕湉川县文化馆2025年公开招聘锣鼓演奏专业人员面试公告_湉川人事考试网</title>
<script src="/js/notice-float.js"></script>
</head><body>
<div class="maint">⟦d 系统将于每周日凌晨1:00至5:00例行维护，期间暂停报名与打印⟧</div>
<div class="hd">⟦m 湉川人事考试网⟧ ⟦m 湉川县人力资源和社会保障局⟧</div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 考试公告⟧</li><li>⟦m 报名入口⟧</li><li>⟦m 成绩查询⟧</li><li>⟦m 政策法规⟧</li></ul>
<div class="pos">⟦m 首页 &gt;&gt; 考试公告 &gt;&gt; 事业单位⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 发布：考试中心　日期：2025-04-28　阅读：2671⟧</div>
<div class="content">
{BODY}
</div>
<div class="float-zkz">⟦a 🎫 面试通知书打印入口⟧</div>
<div class="links">⟦l 相关公告：湉川县文化馆2025年公开招聘工作人员简章⟧</div>
<div class="ft"><p>⟦m 主办：湉川县人力资源和社会保障局⟧</p><p>⟦m 网站技术支持：0871-6628000⟧</p></div>
</body></html>
""",
        body="""
根据《湉川县文化馆2025年公开招聘工作人员简章》，现将锣鼓演奏专业人员面试有关事项公告如下。
一、面试人员。笔试成绩合格、按1:3比例确定的9名考生。
二、面试时间和地点安排如下：
项目　时间　地点
资格复审　5月10日上午　县文化馆二楼
专业技能测试　5月11日上午　县文化馆排练厅
结构化面试　5月11日下午　县文化馆三楼
三、专业技能测试内容为大鼓、大锣独奏各一首，曲目自选，乐器由考点统一提供。
四、考生请于5月8日起登录本网下载并打印面试通知书，面试时携带本人身份证。
考务咨询电话：0871-6628315（工作日）。
湉川县人力资源和社会保障局
2025年4月28日
""",
    ),
    dict(
        slug="weiyang-skills-exam-flowerpot-repotting",
        site="溦阳职业技能鉴定网 (invented)",
        style="人事考试网",
        genre="须知",
        kind="notice",
        form="text",
        source="http://www.wyjnjd.example.cn/kwtz/2025/0603/118.html",
        title="2025年溦阳县园林绿化工职业技能等级认定实操考核须知",
        record_title="【考前必读】2025年溦阳县园林绿化工职业技能等级认定实操考核须知 - 溦阳职业技能鉴定网",
        date="2025-06-03",
        notes="a skills-exam site's text page: candidates bring their own shears, 扫码签到 as content, the centre's own 咨询电话 beside the site's service line",
        page="""
!m 溦阳职业技能鉴定网　｜　服务电话：0792-6620001
!m 首页 › 考务通知
!t 【考前必读】2025年溦阳县园林绿化工职业技能等级认定实操考核须知 - 溦阳职业技能鉴定网
!m 信息来源：鉴定中心　时间：2025-06-03
{BODY}
!a 准考证打印 ｜ 成绩查询 ｜ 证书查验
!m 溦阳县职业技能鉴定中心主办　技术维护：溦阳网联科技
""",
        body="""
一、考核时间：2025年6月14日8:30开始，分三批进行。
二、考核地点：溦阳县农业技术学校实训基地。
三、考核内容：盆栽植物换盆与养护，限时40分钟。考生需将一株绿萝从小号塑料花盆移栽到陶制花盆中，完成配土、脱盆、修根、上盆、浇水等操作。
四、考生须知
1.花盆、营养土、陶粒由考点统一提供，考生需自带园艺剪和手套。
2.考生凭身份证和准考证入场，入场时扫码签到。
3.考核中损坏花盆的，由考评员记录，不影响继续考核。
五、咨询电话：0792-6623708。
溦阳县职业技能鉴定中心
2025年6月3日
""",
    ),
    dict(
        slug="jinghu-trading-inquiry-folding-stools",
        site="澋湖区公共资源交易网 (invented)",
        style="招投标网",
        genre="询价公告",
        kind="notice",
        form="html",
        source="https://ggzy.jinghu.gov.example.cn/jyxx/zfcg/xjgg/20250407/5521.html",
        title="澋湖区应急物资储备库折叠马扎采购项目询价公告",
        record_title="［询价·物资］澋湖区应急物资储备库折叠马扎采购项目询价公告｜澋湖区公共资源交易网",
        date="2025-04-07",
        notes="tender portal: countdown, CA and trading-system lines beside purchaser and agency contacts, an items table one row a paragraph, 下载询价文件 as content, an attachment link",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>［询价·物资］澋湖区应急物资储备库折叠马扎采购项目询价公告｜澋湖区公共资源交易网</title>
<script src="/js/countdown.js"></script>
</head><body>
<div class="top">⟦m 澋湖区公共资源交易网⟧ <a>⟦a 主体登录⟧</a> <a>⟦a 专家登录⟧</a></div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 交易信息⟧</li><li>⟦m 政府采购⟧</li><li>⟦m 工程建设⟧</li><li>⟦m 服务指南⟧</li></ul>
<div class="crumb">⟦m 首页 ＞ 交易信息 ＞ 政府采购 ＞ 询价公告⟧</div>
<h2>{T}</h2>
<div class="info">⟦m 信息时间：2025-04-07　浏览：392⟧</div>
<div class="cd">⟦m 距报价截止还剩：6天 14时 22分⟧</div>
<div class="detail">
{BODY}
</div>
<div class="att">⟦a 附件：询价文件（JHCG-2025-0317）.zip⟧</div>
<div class="svc"><p>⟦m CA数字证书办理：0795-8800365⟧</p><p>⟦m 交易系统操作咨询：0795-8800366⟧</p></div>
<div class="ft">⟦m 澋湖区公共资源交易中心　版权所有⟧</div>
</body></html>
""",
        body="""
一、项目编号：JHCG-2025-0317
二、采购内容：
品目　规格　数量　最高限价
折叠马扎　铝合金框架，承重120公斤以上　800把　60元/把
收纳袋　防水牛津布，每袋装10把　80个　25元/个
三、供应商资格要求：具有独立承担民事责任的能力，近三年无重大违法记录。
四、获取询价文件：2025年4月7日至4月11日，在本网下载询价文件。
五、报价截止时间：2025年4月14日9时30分。
六、联系方式
采购人：澋湖区应急管理局　联系人：龚澄　电话：0795-8830217
代理机构：沘城诚信招标咨询有限公司　联系人：梅远山　电话：0795-8862104
2025年4月7日
""",
    ),
    dict(
        slug="wuchuan-procurement-award-paddles",
        site="浯川县政府采购网 (invented)",
        style="招投标网",
        genre="中标公告",
        kind="notice",
        form="text",
        source="http://zfcg.wuchuan.gov.example.cn/zbgg/2025/0509/770.html",
        title="浯川县龙舟训练基地桨具采购项目中标结果公告",
        record_title="浯川县龙舟训练基地桨具采购项目中标结果公告（成交公示）",
        record_date="2025-05-09",
        date="2025-05-09",
        notes="the record gives the date; a procurement site's text page: lots table one row a paragraph, the purchaser's contact beside the platform's service line",
        page="""
!m 浯川县政府采购网
!m 当前位置：采购公告 / 结果公告
!t 浯川县龙舟训练基地桨具采购项目中标结果公告（成交公示）
!m 发布日期：2025-05-09　来源：县政府采购中心
{BODY}
!l 上一条：浯川县城区路灯维修服务采购竞争性磋商公告
!m 平台服务热线：400-0793-118（8:30-17:30）
!m 浯川县财政局主办
""",
        body="""
一、项目编号：WCZC-2025-041
二、项目名称：浯川县龙舟训练基地桨具采购项目
三、中标结果：
包号　中标供应商　中标金额（元）
1（比赛桨）　鹏舟体育器材有限公司　86400
2（训练桨）　浯川县槎头木器厂　37800
四、评审专家：邝启明、吕望舒、叶秋澄
五、公告期限：自本公告发布之日起1个工作日。
六、采购人：浯川县文化广电旅游体育局　联系人：蔡一帆　电话：0793-7702516
浯川县政府采购中心
2025年5月9日
""",
    ),
    dict(
        slug="hengping-lawfirm-case-flowerpot-car",
        site="衡平律师事务所 (invented)",
        style="律所网站",
        genre="案例评析",
        kind="other",
        form="html",
        source="https://www.hengpinglaw.example.cn/alfx/2025/1288.html",
        title="阳台花盆坠落砸坏车辆，谁来赔？",
        record_title="【坠物说法】阳台花盆坠落砸坏车辆，谁来赔？ ｜ 衡平律师事务所",
        date=None,
        notes="law firm page: lawyer card, consult float, a 400 line, a 本文链接 block and a repost notice; the case note has no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>【坠物说法】阳台花盆坠落砸坏车辆，谁来赔？ ｜ 衡平律师事务所</title>
<script src="/static/kefu.js"></script>
</head><body>
<div class="top">⟦m 衡平律师事务所⟧ ⟦m 衡法持平 以诚待人⟧ ⟦m 全国服务热线 400-6017-889⟧</div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 律所简介⟧</li><li>⟦m 专业领域⟧</li><li>⟦m 以案释法⟧</li><li>⟦m 联系我们⟧</li></ul>
<div class="crumb">⟦m 首页 / 以案释法 / 侵权纠纷⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 作者：衡平律所 侵权团队　阅读 1406⟧</div>
<div class="article">
{BODY}
</div>
<div class="link">⟦m 本文链接：https://www.hengpinglaw.example.cn/alfx/2025/1288.html⟧</div>
<div class="card"><p>⟦m 主办律师：夏闻溪　执业证号 13607201811520963⟧</p><p>⟦a 向夏律师提问⟧</p></div>
<div class="float">⟦w 遇到坠物纠纷？在线留言，律师半小时内回电⟧</div>
<div class="ft">⟦d 本站文章为律所原创，转载须注明来源；文中观点不构成对具体案件的法律意见。⟧</div>
</body></html>
""",
        body="""
【案情】澋湖区某小区业主周先生的轿车停在楼下，被楼上阳台坠落的花盆砸坏前挡风玻璃和引擎盖，维修花费一万二千余元。经物业调取监控，花盆系12楼住户阎某摆放在阳台护栏外沿，因大风坠落。
【分析】根据民法典第一千二百五十三条，建筑物或者其他设施及其搁置物、悬挂物发生脱落、坠落造成他人损害，所有人、管理人或者使用人不能证明自己没有过错的，应当承担侵权责任。阎某将花盆放在护栏外沿，未采取任何固定措施，存在明显过错。
【结果】经调解，阎某赔偿周先生维修费及交通费共一万二千八百元。
【律师提示】花盆等物品不要放在阳台外沿；万一发生坠物损害，受害人应及时报警，保存监控和维修票据。
""",
    ),
    dict(
        slug="shouzheng-lawfirm-answer-gong-drum-noise",
        site="守正律师事务所 (invented)",
        style="律所网站",
        genre="法律问答",
        kind="other",
        form="text",
        source="http://www.shouzhenglaw.example.com/zxjd/20250320/447.html",
        title="锣鼓队排练扰民，邻居能要求赔偿吗？",
        record_title="律师说法 ‖ 锣鼓队排练扰民，邻居能要求赔偿吗？ - 守正律师事务所",
        date="2025-03-20",
        notes="a law firm's text page: consult line, the page's 发布时间 is the date, a lawyer's signature line and a 400 line below",
        page="""
!m 守正律师事务所 · 咨询解答
!t 律师说法 ‖ 锣鼓队排练扰民，邻居能要求赔偿吗？ - 守正律师事务所
!m 发布时间：2025-03-20　解答律师：庞思远
!w 免费法律咨询：拨打 400-0871-626 或在线留言
{BODY}
!m 解答律师：庞思远，守正律师事务所专职律师
!d 以上解答依据提问者所述情况作出，仅供参考
!l 相关问答：广场舞音响太吵可以报警吗？　｜　楼上装修噪声怎么维权？
""",
        wrap=66,
        indent="　　",
        body="""
问：我家楼下的广场每天晚上都有锣鼓队排练，一直敲到十点多，孩子没法写作业，老人睡不着觉。多次沟通没有结果，我能要求他们赔偿吗？
答：可以依法维权。根据噪声污染防治法，在街道、广场、公园等公共场所组织娱乐、健身等活动，应当遵守公共场所管理者有关活动区域、时段、音量等规定，不得超过规定音量影响他人。
建议您先向广场管理方、社区居委会反映，请他们协调调整排练时间和音量；协调不成的，可以向当地公安机关报告，由其依法处理。
如果噪声确实对家人造成了损害，比如导致家人患病并有就医记录，您可以收集录音录像、噪声检测结果和病历等证据，向人民法院起诉，要求停止侵害、赔偿损失。
""",
    ),
]

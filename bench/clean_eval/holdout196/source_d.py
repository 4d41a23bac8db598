"""holdout196, part D: county forums, download stations, personnel-exam sites, tender portals and
law-firm sites. Invented text (subjects: door peepholes, tyre pumps, oven mitts, ice-cube
trays, lint rollers); see ../README.md and ../build.py.
"""

CASES = [
    dict(
        slug="localforum-zhishan-post-peephole-stickers-jammer",
        site="觯山论坛 (invented, county forum)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="https://bbs.zhishan.example.com/thread-1187306-1-1.html",
        title="楼道里好几家的猫眼被贴了小纸片，大家注意一下",
        record_title="[提个醒] 楼道里好几家的猫眼被贴了小纸片，大家注意一下 - 觯山百事通 - 觯山论坛",
        date=None,
        notes="a county forum: level badge and medals, jammer fonts glued and as a line, an ad QQ line in the "
        "sidebar, a relative post time (no date); replies with a quoted floor; a poster's own phone line kept",
        page="""
<html><head><meta charset="gbk"><title>[提个醒] 楼道里好几家的猫眼被贴了小纸片，大家注意一下 - 觯山百事通 - 觯山论坛</title></head>
<body>
<div id="hd">⟦m 觯山论坛 — 觯山人自己的网上家园⟧　⟦m 今日：2130　昨日：2688　会员：41万⟧</div>
<div id="pt">⟦m 觯山论坛 › 觯山百事通 › 正文⟧</div>
<div class="weather">⟦m 觯山 今天 多云 24~31℃⟧</div>
<h1 class="ts">⟦t [提个醒] 楼道里好几家的猫眼被贴了小纸片，大家注意一下⟧</h1>
<table><tr><td class="pls">⟦m 滨河老住户⟧<br>⟦m Lv.6 资深街坊　勋章：热心肠⟧</td>
<td class="plc"><div class="authi">⟦m 发表于 前天 22:13⟧　⟦a 只看楼主⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="po">⟦a 顶　收藏　分享　举报⟧</div></td></tr></table>
<div class="reply">⟦l 2#　觚川小胖：我们小区也有，已经报给物业了⟧</div>
<div class="reply">⟦l 3#　城关老周：回复 2# 谢谢提醒，晚上回去看看⟧</div>
<div class="side">⟦w 论坛广告位招租 QQ：80731266⟧</div>
<div id="ft">⟦m 觯山论坛　湘ICP备12003319号　违法和不良信息举报：0736-5128800⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=2),
        body="""
今天下班回家，发现我家和对门的猫眼上都被贴了一小块透明胶纸，上面还用笔点了个黑点。问了楼上楼下，三楼、五楼也有好几家被贴了。
听派出所的朋友说，这种多半是有人在踩点，看你家有没有人：胶纸贴上去以后，里面的人一开灯，外面就看得出来；过几天胶纸还在，说明家里可能长期没人。
建议大家回家看看自家猫眼，发现了就撕掉，拍照后告诉物业和社区。家里有老人独居的，记得提醒他们晚上反锁门。
我们楼栋已经建了个微信群，需要进群的邻居可以打我电话：139 0736 5521（白天）。
""",
    ),
    dict(
        slug="localforum-xuyang-snapshot-free-pump-stall",
        site="盨阳论坛 (invented, county forum text)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="http://www.xuyangbbs.example.net/read.php?tid=552071",
        title="城北菜市场门口修车的陈师傅，免费给人打气打了十几年",
        date=None,
        notes="title from the record as is; a county forum text page with junk lines and junk glued after "
        "sentences; floor numbers and a relative time (no date); a signature and a reply box",
        page="""
!m 盨阳论坛 · 随手拍
!m 盨阳论坛 >> 随手拍 >> 查看帖子
{T}
!m 楼主：清水河边　　5 小时前　　浏览 2046　回复 58
{BODY}
!m ——————签名：家住城北，爱拍身边事——————
!l 沙发　盨阳小李：陈师傅人真好，我上学那会儿就在他那儿打气
!l 板凳　一碗米粉：给陈师傅点赞！
!a 快速回复　｜　登录后才能发帖哦
!m 盨阳论坛 www.xuyangbbs.example.net　客服电话：0738-2216600
""",
        junk=dict(lines=2, glued=2),
        body="""
每天早上路过城北菜市场，都能看到门口修车摊的陈师傅在给人打气。摊子上挂着一块纸板，写着“免费打气”四个大字。
陈师傅今年六十七岁了，在这儿摆摊修车十几年。他说，打气就是顺手的事，街坊骑车来买菜，车胎瘪了推着走不方便，打两下就好了。
我算了一下，早上七点到九点，来打气的有二十多个人，有骑自行车的学生，也有骑电动车的老人。陈师傅那台老打气筒的把手都磨得发亮了。
有人过意不去要给钱，他摆摆手说不要。这样的好人，值得给大家说一说。
""",
    ),
    dict(
        slug="download-jiangxin-instruction-mitt-test-doc-gb2312",
        site="匠心资料下载站 (invented, old gb2312 download station)",
        style="资料下载站",
        genre="作业指导书",
        kind="other",
        form="html",
        source="http://www.jiangxinzl.example.cn/soft/zhiliang/20250311/9072.html",
        title="隔热手套耐热性能检验作业指导书",
        record_title="隔热手套耐热性能检验作业指导书.doc",
        date=None,
        notes="file-name record title; an old download station: a file-info table (size, language, grade, update "
        "stamp), three mirror links, an unzip password and a dead-link report; the preview text with decimal "
        "headings 2.1/3.1 and a table; no date (a work instruction; update stamp no date)",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>隔热手套耐热性能检验作业指导书.doc - 匠心资料下载站</title></head>
<body>
<table width="960" align="center"><tr><td>⟦m 匠心资料下载站 —— 质量管理资料免费下⟧</td><td>⟦a 会员登录⟧ ⟦a 免费注册⟧</td></tr></table>
<table width="960" align="center"><tr><td>⟦m 当前位置：首页 → 质量管理 → 作业指导书⟧</td></tr></table>
<table width="960" align="center" class="info">
<tr><td colspan="2"><b>⟦t 隔热手套耐热性能检验作业指导书.doc⟧</b></td></tr>
<tr><td>⟦m 资料大小：46 KB⟧</td><td>⟦m 资料语言：简体中文⟧</td></tr>
<tr><td>⟦m 资料等级：★★★⟧</td><td>⟦m 更新时间：2025-03-11⟧</td></tr>
<tr><td>⟦m 下载次数：本日 3 本周 28 总计 611⟧</td><td>⟦m 资料类型：Word 文档⟧</td></tr>
</table>
<table width="960" align="center"><tr><td><b>⟦m 资料简介：⟧</b></td></tr><tr><td class="jj">
{BODY}
</td></tr></table>
<table width="960" align="center"><tr><td>⟦a 下载地址：电信下载一　联通下载二　备用下载三⟧</td></tr>
<tr><td>⟦a 解压密码：www.jiangxinzl.example.cn⟧</td></tr>
<tr><td>⟦a 下载不了？点此报告死链⟧</td></tr></table>
<table width="960" align="center"><tr><td>⟦d 本站资料来源于网络，仅供学习研究，请于下载后24小时内删除⟧<br>⟦m Copyright 2008-2025 匠心资料下载站　粤ICP备08112307号⟧</td></tr></table>
</body></html>
""",
        p_html="{}<br>",
        body="""
1　目的
规范隔热手套成品耐热性能的检验方法，确保出厂产品符合企业标准要求。
2　检验准备
2.1　每批次随机抽取样品3副，在温度20℃左右的环境中放置24小时。
2.2　检查热板温度计、秒表是否在检定有效期内。
3　检验步骤
3.1　将热板加热至设定温度并保持稳定，把手套掌心部位平放在热板上，加压后开始计时。
3.2　记录手套内侧温度升高10℃所用的时间。
检验温度　合格要求
100℃　不少于15秒
250℃　不少于8秒
4　判定
3副样品均达到要求的判为合格；有1副不合格的，加倍抽样复检。
""",
    ),
    dict(
        slug="download-wendang-template-ice-tray-oem-contract-blanks",
        site="范本下载吧 (invented, text)",
        style="资料下载站",
        genre="合同范本",
        kind="other",
        form="text",
        source="https://www.fanbenxiazaiba.example.com/hetong/jiagong/20250602-3318.html",
        title="硅胶冰格委托加工合同（范本）",
        record_title="硅胶冰格委托加工合同（范本）[Word可编辑] - 范本下载吧",
        date=None,
        notes="a template with ×× placeholders and ＿＿年＿＿月＿＿日 blanks (no date); decorated record title; "
        "download counter and format line at the top, a download button row and a disclaimer at the end",
        page="""
!m 范本下载吧｜合同 · 协议 · 文书 · 表格
!m 首页 > 合同范本 > 加工承揽合同
!t 硅胶冰格委托加工合同（范本）[Word可编辑]
!m 格式：docx　大小：21KB　已下载 1,406 次　更新：2025-06-02
{BODY}
!a 〖立即下载Word版〗　〖下载PDF版〗　〖加入收藏〗
!d 本站提供的合同范本仅供参考，使用前请根据实际情况修改，必要时咨询专业律师。
!m 范本下载吧 fanbenxiazaiba.example.com
""",
        body="""
委托方（甲方）：××日用品有限公司
加工方（乙方）：××硅胶制品厂
甲、乙双方经协商，就乙方为甲方加工硅胶冰格产品事宜，订立本合同。
第一条　产品名称、规格和数量：硅胶冰格，规格××格，数量＿＿＿＿只。
第二条　质量要求：产品应使用食品级硅橡胶原料，经二次硫化处理，符合食品接触用橡胶材料及制品的国家标准；每批产品出厂时附检验报告。
第三条　交货时间和地点：乙方应于＿＿年＿＿月＿＿日前将产品送至甲方指定仓库。
第四条　模具归属：本合同所用模具由甲方出资开制，所有权归甲方，乙方不得用该模具为第三方生产。
第五条　本合同一式两份，甲乙双方各执一份，自双方签字盖章之日起生效。
甲方（盖章）：　　　　乙方（盖章）：
签订日期：＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="exam-jiayuan-notice-pastry-skill-test-mitts",
        site="斝原县人事考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://rsks.jiayuan.example.gov.cn/zyjn/2025/0815/2236.html",
        title="关于2025年第三期西式面点师职业技能等级认定实操考核有关事项的通知",
        record_title="关于2025年第三期西式面点师职业技能等级认定实操考核有关事项的通知-斝原县人事考试网",
        date="2025-08-14",
        date_also=["2025-08-15"],
        notes="a personnel-exam site: maintenance banner, an entry float and the site's technical line; the "
        "center's own 咨询电话 in the body; sentences telling candidates to 下载打印 the 准考证 kept; 发布时间 the "
        "day after the 成文日期 (also accepted)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于2025年第三期西式面点师职业技能等级认定实操考核有关事项的通知-斝原县人事考试网</title></head>
<body>
<div class="notice-bar">⟦d 系统维护公告：本网站将于8月17日0:00—6:00进行升级维护，期间暂停访问⟧</div>
<div class="logo">⟦m 斝原县人事考试网⟧　⟦m 斝原县人力资源考试中心主办⟧</div>
<div class="nav">⟦m 首页　考试通知　职业技能　成绩查询　证书领取　政策法规⟧</div>
<div class="pos">⟦m 您所在的位置：首页 > 职业技能⟧</div>
<h2>{T}</h2>
<div class="info">⟦m 发布时间：2025-08-15 16:20　来源：县人力资源考试中心⟧</div>
<div class="con">
{BODY}
</div>
<div class="entry">⟦a 准考证打印入口⟧　⟦a 成绩查询入口⟧</div>
<div class="foot">⟦m 网站技术支持电话：0745-7265050（仅解答网站使用问题）⟧<br>⟦m 主办单位：斝原县人力资源和社会保障局　湘ICP备16002275号⟧</div>
</body></html>
""",
        body="""
各位考生：
2025年第三期西式面点师（四级、五级）职业技能等级认定实操考核定于8月23日至24日在县职业中专烘焙实训室举行。现将有关事项通知如下。
一、准考证打印
考生请于8月20日9:00至22日17:00登录本网站下载并打印准考证，凭准考证和身份证原件参加考核。
二、考生自备物品
考生须自带工作服、工作帽、口罩和隔热手套一副；隔热手套应为五指或连指款，不得以毛巾、抹布代替。未按要求自备的，不得进入操作区。
三、考场纪律
考生应提前30分钟到达考场；操作中使用烤箱、醒发箱等设备时，须服从考评员指挥。
咨询电话：0745-7263318（县人力资源考试中心职业技能鉴定科）
斝原县人力资源考试中心
2025年8月14日
""",
    ),
    dict(
        slug="exam-xuyang-rules-bike-repair-practical-pump",
        site="盨阳人事考试网 (invented, text)",
        style="人事考试网",
        genre="须知",
        kind="notice",
        form="text",
        source="http://www.xyrsks.example.cn/news/2025/0521/1490.html",
        title="2025年自行车与电动车修理工职业技能等级认定实操考核须知",
        record_title="【考务通知】2025年自行车与电动车修理工职业技能等级认定实操考核须知 - 盨阳人事考试网",
        date="2025-05-21",
        notes="decorated record title; 发布时间 byline (the page's date; the rules carry no date of their own); a "
        "table of test items; a 'scan to check the seat' sentence kept; an entry line and site footer",
        page="""
!m 盨阳人事考试网
!m 首页 ＞ 考务通知 ＞ 职业技能
!t 【考务通知】2025年自行车与电动车修理工职业技能等级认定实操考核须知
!m 发布时间：2025-05-21　浏览次数：874
{BODY}
!a 〔报名入口〕　〔准考证打印〕　〔成绩查询〕
!l 相关通知：2025年上半年职业技能等级认定计划表
!m 盨阳县人力资源考试中心　地址：盨阳县府前路6号　湘ICP备17008821号
""",
        body="""
一、考核项目
本次实操考核共设三个项目，总分100分，60分及以上为合格。
考核项目　时间　分值
轮胎拆装与补胎　30分钟　40
打气与气压检测　15分钟　20
刹车系统调整　25分钟　40
二、工具使用
考场统一提供打气筒、气压表、撬胎棒等工具，考生不得自带。打气项目中，考生须按轮胎侧壁标注的气压范围充气，超压或气压不足均扣分。
三、其他事项
考生可扫描准考证上的二维码查询考场位置；考核当天须携带身份证和准考证，迟到15分钟以上的不得进入考场。
""",
    ),
    dict(
        slug="tender-lianwan-result-pump-stations-lots-ca",
        site="琏湾区公共资源交易中心 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://ggzy.lianwan.example.gov.cn/jyxx/zfcg/zbgg/20250805/8830124.html",
        title="琏湾区城区公共自行车站点智能打气设施采购项目中标（成交）结果公告",
        record_title="琏湾区城区公共自行车站点智能打气设施采购项目中标（成交）结果公告_琏湾区公共资源交易中心",
        date="2025-08-05",
        notes="a tender portal: CA-certificate and trading-system lines, a countdown box; the result table one row "
        "a paragraph; purchaser and agency contacts in the body beside the platform's service line; the notice's "
        "own 公告日期 at the end",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>琏湾区城区公共自行车站点智能打气设施采购项目中标（成交）结果公告_琏湾区公共资源交易中心</title></head>
<body>
<div class="top">⟦m 琏湾区公共资源交易中心⟧　⟦a CA证书办理⟧　⟦a 电子交易系统登录⟧</div>
<div class="nav">⟦m 首页　交易信息　政策法规　服务指南　诚信体系　下载中心⟧</div>
<div class="crumb">⟦m 首页 » 交易信息 » 政府采购 » 中标公告⟧</div>
<div class="art"><h3>{T}</h3>
<div class="meta">⟦m 信息来源：琏湾区公共资源交易中心　浏览：219⟧</div>
<div class="countdown">⟦m 公示期剩余：0天⟧</div>
<div class="cont">
{BODY}
</div></div>
<div class="help">⟦m 交易平台服务热线：0731-8866 5000　CA证书咨询：400-080-1188⟧</div>
<div class="foot">⟦m 主办：琏湾区公共资源交易中心　湘ICP备19012230号-1⟧</div>
</body></html>
""",
        body="""
一、项目编号：LWCG-2025-0417
二、项目名称：琏湾区城区公共自行车站点智能打气设施采购项目
三、中标（成交）信息
包号　中标供应商　中标金额（元）
第一包（站点智能打气柱40套）　簠城市捷驰机电设备有限公司　316000.00
第二包（手动立式打气筒120台）　琏湾区众兴五金交电有限公司　41760.00
四、公告期限：自本公告发布之日起1个工作日。
五、联系方式
采购人：琏湾区城市管理局　联系人：田伟　电话：0731-8861 2047
代理机构：湖南衡源项目管理有限公司　联系人：蔡小婷　电话：0731-8875 3316
2025年8月5日
""",
    ),
    dict(
        slug="tender-dengtian-inquiry-hotel-linen-lint-roller",
        site="豋田镇政府采购信息网 (invented, text)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://zfcg.dengtian.example.gov.cn/xjgg/2025/0912/106.html",
        title="豋田镇接待中心客房用品采购询价公告",
        record_title="〔询价公告〕豋田镇接待中心客房用品采购询价公告",
        date="2025-09-12",
        notes="decorated record title; an inquiry notice with an items table, purchaser and agency contacts "
        "beside the site's help line, a sentence telling suppliers to 下载 the inquiry file kept; 成文日期 at the end",
        page="""
!m 豋田镇政府采购信息网
!m 首页 / 采购公告 / 询价公告
!t 〔询价公告〕豋田镇接待中心客房用品采购询价公告
!m 项目编号：DTXJ-2025-09　｜　阅读：97
{BODY}
!a 下载询价文件　｜　在线报价
!m 平台使用帮助：0738-5120776（工作日）
!m 豋田镇人民政府 主办
""",
        body="""
豋田镇接待中心拟采购一批客房用品，欢迎符合条件的供应商参加报价。
一、采购内容
品名　规格　数量
粘毛器（带替换粘纸）　手柄式，粘纸宽16厘米　60套
替换粘纸　60张/卷　300卷
一次性拖鞋　酒店通用款　2000双
二、报价要求
供应商请于9月19日17时前将报价单密封送达镇接待中心，逾期不予受理。询价文件请在本网站下载。
三、联系方式
采购人：豋田镇接待中心　联系人：邹敏　电话：0738-5126692
豋田镇接待中心
2025年9月12日
""",
    ),
    dict(
        slug="lawfirm-hengzheng-case-smart-peephole-privacy",
        site="衡正律师事务所 (invented)",
        style="律所网站",
        genre="案例",
        kind="other",
        form="html",
        source="https://www.hengzhenglaw.example.com/alfx/2025/1120/591.html",
        title="邻居的可视门镜对着我家门口，能要求拆除吗",
        record_title="律案速递｜邻居的可视门镜对着我家门口，能要求拆除吗-衡正律师事务所",
        date="2025-11-20",
        notes="a law firm: lawyer card, a consult float with a 400 line, 发布时间 byline (the page's date); a "
        "'not legal advice' notice; a sentence about 分享 the article kept as content; no date in the text",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>律案速递｜邻居的可视门镜对着我家门口，能要求拆除吗-衡正律师事务所</title></head>
<body>
<div class="hd">⟦m 衡正律师事务所⟧　⟦m 公正 专业 诚信⟧　⟦w 全国免费咨询：400-660-7158⟧</div>
<div class="nav">⟦m 首页 | 律所简介 | 律师团队 | 业务领域 | 案例分析 | 联系我们⟧</div>
<div class="pos">⟦m 首页 > 案例分析 > 民事纠纷⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 发布时间：2025-11-20　作者：衡正律师事务所　阅读：1,032⟧</div>
<div class="card">⟦m 承办律师：江明远　执业年限 12 年　擅长：相邻关系、物业纠纷⟧</div>
<div class="content">
{BODY}
</div>
<div class="tip">⟦d 本文仅为普法宣传，不构成对具体案件的法律意见⟧</div>
<div class="float">⟦w 在线咨询⟧ ⟦w 电话预约⟧ ⟦a 返回顶部⟧</div>
<div class="ft">⟦m 地址：琏湾区湘江中路288号财富大厦21楼⟧　⟦m 湘ICP备21007793号⟧</div>
</body></html>
""",
        body="""
【案情】业主甲在入户门上安装了带录像功能的可视门镜，镜头正对业主乙的家门。乙认为自己的出行规律被长期记录，多次协商未果，诉至法院，要求甲拆除或调整门镜。
【审理】法院审理认为，甲安装可视门镜有防盗的合理需要，但该门镜可自动录像并上传云端，拍摄范围覆盖乙家门口，长期记录乙及其家人、访客的出入情况，侵害了乙的隐私权。
【结果】判决甲调整门镜拍摄角度，使其不再拍摄乙家门口，并删除已存储的相关录像。
【律师说法】安装可视门镜、智能门铃本身并不违法，但要注意拍摄范围，避免对着邻居门口长期录像。遇到类似纠纷，可先找物业或人民调解委员会协调。觉得这篇文章有用，欢迎分享给邻居和家人。
""",
    ),
    dict(
        slug="lawfirm-shouzheng-answer-pump-burst-injury",
        site="守正律师事务所 (invented, text)",
        style="律所网站",
        genre="问答",
        kind="other",
        form="text",
        source="http://www.shouzhenglaw.example.cn/dayi/3372.html",
        title="在修车铺打气时轮胎爆了被炸伤，谁来赔？",
        record_title="律师答疑丨在修车铺打气时轮胎爆了被炸伤，谁来赔？",
        date=None,
        notes="decorated record title; a law firm's Q&A page: the asker's question unmarked (neutral), a lawyer card, a consult prompt with a "
        "WeChat id and a 400 line glued after the last sentence, related questions; no date (an answer)",
        page="""
!m 守正律师事务所 · 律师答疑
!t 律师答疑丨在修车铺打气时轮胎爆了被炸伤，谁来赔？
网友提问：我在路边修车铺给电动车打气，老板用打气泵打的时候轮胎突然爆了，我手臂被划伤，花了两千多医药费，老板说是轮胎质量问题不管。
!m 解答律师：汤慧　守正律师事务所专职律师
{BODY}
!l 相关问答：电动车在店里充电起火，店主要担责吗？｜共享单车刹车失灵摔伤怎么索赔？
!m 守正律师事务所　地址：盨阳县文昌路99号
""",
        body="""
您好，根据您描述的情况，修车铺老板可能需要承担赔偿责任。
第一，您到修车铺打气，与老板之间形成了服务合同关系，不论是否收费，老板都负有保障顾客人身安全的义务。
第二，给轮胎充气时应当控制气压，避免超压。如果老板使用打气泵时没有看气压、充气过量导致爆胎，属于操作不当，应当赔偿您的医药费、误工费等损失。
第三，如果老板认为是轮胎本身的质量问题，应由其举证；即使确有质量问题，您也可以先要求老板赔偿，再由其向轮胎生产者追偿。
建议您保存好就医票据和现场照片，先与老板协商，协商不成可以向消费者协会投诉或向法院起诉。⟦w 案情复杂可加律师助理微信 shouzheng_zx，或致电 400-878-2206⟧
""",
    ),
]

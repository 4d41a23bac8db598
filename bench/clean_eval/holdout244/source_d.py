"""holdout244, part D: 地方论坛, 资料下载站, 人事考试网, 招投标网, 律所网站 (one HTML and one text each).

Invented text, sites, places and people; every case written by hand.
"""

CASES = [
    dict(
        slug="xuanhu-forum-lost-card-jammer",
        site="谖湖论坛 (invented county forum)",
        style="地方论坛",
        genre="论坛帖子",
        kind="other",
        form="html",
        source="https://bbs.xuanhu.cc/thread-208816-1-1.html",
        title="寄给外婆的贺卡一个月没到，邮局说平信查不到",
        record_title="【邮路求助】寄给外婆的贺卡一个月没到，邮局说平信查不到 - 家长里短 - 谖湖论坛",
        date=None,
        notes="county forum with a weather line, medals, an official-reply link and a decoration ad; jammer fonts in the "
        "post; the community post office's phone in the post beside the forum's ad line; '昨天 19:02' is no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="gbk"><title>【邮路求助】寄给外婆的贺卡一个月没到，邮局说平信查不到 - 家长里短 - 谖湖论坛</title>
<style>font.jammer{font-size:0;color:transparent}</style></head>
<body>
<div class="weather">⟦m 谖湖 今天 多云 6℃~14℃ 东北风2级⟧</div>
<div id="hd">⟦m 谖湖论坛 · 谖湖人自己的网上家园⟧ ⟦a 登录⟧ ⟦a 注册⟧</div>
<div id="pt">⟦m 谖湖论坛 › 民生百态 › 家长里短⟧</div>
<div class="ad">⟦w 谖湖本地装修，免费上门量房设计，热线 0728-5560998⟧</div>
<table><tr><td class="pls">⟦m 蔷溪的风⟧<br>⟦m 勋章：热心网友 十年老友⟧</td>
<td class="plc"><h1>{T}</h1>
<div class="authi">⟦m 发表于 昨天 19:02 ｜ 只看该作者⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="gf">⟦a 已转交相关部门，查看官方回复 ›⟧</div>
<div class="po">⟦a 回帖 顶(12) 踩(0) 举报⟧</div></td></tr></table>
<div class="reply">⟦l 沙发 荭塘老邮差：平信没有单号，只能等，一般春节前邮路慢。⟧</div>
<div id="f_pst">⟦a 登录后才可以发表回复，没有账号？点此注册⟧</div>
<div id="ft">⟦m 谖湖论坛 xuanhu.cc　鄂ICP备19055201号　举报邮箱：jubao@xuanhu.cc⟧</div>
<script src="static/js/forum.js?R9x"></script>
</body></html>
""",
        junk=dict(lines=1, glued=3),
        body="""
元旦前我在外地给外婆寄了一张贺卡，贴的是平信邮票，寄到谖湖县荭塘镇外婆家，到现在一个多月了还没收到。
外婆今年八十六岁，不会用手机，每年就盼着这张贺卡。我打电话问了寄出地的邮局，说平信没有单号，没法查。
又打了荭塘邮政支局的电话0728-5571026，工作人员很耐心，说帮我问问投递员，让我留了外婆家的地址。
想问问论坛里的朋友，有没有遇到过类似情况？平信寄贺卡一般要多久？要是真丢了，以后是不是只能寄挂号信？
""",
    ),
    dict(
        slug="qianyang-forum-old-certificate-1983",
        site="椠阳生活网 (invented county forum)",
        style="地方论坛",
        genre="论坛帖子",
        kind="other",
        form="text",
        source="https://www.qianyanglife.com/thread-77315-1-1.html",
        title="整理老屋翻出一张1983年的奖状，有人认识上面的老师吗",
        record_title="[老照片] 整理老屋翻出一张1983年的奖状，有人认识上面的老师吗 - 椠阳往事 - 椠阳生活网",
        date=None,
        notes="county forum text page: weather line, medal line, replies; a year in the title alone is no date; "
        "'3 天前' is no date",
        page="""
!m 椠阳生活网 — 椠阳人的网上家园
!m 晴 9~17℃　空气质量 良
!m 椠阳生活网 » 椠阳往事 » 老照片
!t [老照片] 整理老屋翻出一张1983年的奖状，有人认识上面的老师吗
!m 楼主　荻花白　　发表于 3 天前　　只看楼主
{BODY}
!m 荻花白　勋章：椠阳老网友
!l 1楼 老街坊：落款的苗校长我认识，后来调到县教育局了。
!l 2楼 青梅竹马：这奖状纸现在可买不到了，好好留着！
!a 回复本帖　｜　收藏　｜　分享给好友
!m 椠阳生活网客服QQ：2285510367　广告合作：0735-6670021
""",
        indent="",
        body="""
周末回老屋收拾东西，在一个旧书包里翻出一张奖状，是我父亲小学五年级时得的“学习积极分子”。
奖状纸是那种黄底红边的，中间印着五角星和麦穗，落款是“椠阳县城关第二小学”，盖着红章，右下角有个“苗”字的签名。
父亲说当年的班主任姓孔，教语文，字写得特别好，这张奖状上的字应该就是孔老师写的。
想问问论坛里的老椠阳，有没有人知道城关二小当年的孔老师现在在哪里？父亲一直想去看看他。
""",
    ),
    dict(
        slug="lvyin-download-rules-certificate-printing",
        site="绿荫资料站 (invented download station, old table layout)",
        style="资料下载站",
        genre="规程",
        kind="other",
        form="html",
        source="http://www.lvyinzl.net/soft/jiaowu/2025/5518.html",
        title="葆原县第一中学奖状印制与发放规程",
        record_title="【规章】葆原县第一中学奖状印制与发放规程｜doc格式 · 绿荫资料站",
        date=None,
        notes="download station's file-info table, three mirror links, an unzip password and a dead-link report; 第N条 "
        "articles speaking of 打印 and a printed register; no date (an effective clause only)",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【规章】葆原县第一中学奖状印制与发放规程｜doc格式 · 绿荫资料站</title></head>
<body>
<table width="900" align="center"><tr><td>⟦m 绿荫资料站 —— 教师的资料宝库⟧</td><td align="right">⟦a 收藏本站⟧ ⟦a 投稿中心⟧</td></tr></table>
<table width="900" align="center"><tr><td>⟦m 当前位置：绿荫资料站 → 教务管理 → 规章制度⟧</td></tr></table>
<table width="900" align="center" border="1" class="info">
<tr><td colspan="2"><h2>{T}</h2></td></tr>
<tr><td>⟦m 资料大小：36 KB⟧</td><td>⟦m 资料类别：规章制度⟧</td></tr>
<tr><td>⟦m 授权方式：免费共享⟧</td><td>⟦m 添加日期：2025-03-11⟧</td></tr>
<tr><td>⟦m 下载次数：本日 4　总计 691⟧</td><td>⟦m 运行平台：Word / WPS⟧</td></tr></table>
<table width="900" align="center"><tr><td>
{BODY}
</td></tr></table>
<table width="900" align="center" class="down"><tr><td>
⟦a ▼ 电信下载一⟧　⟦a ▼ 联通下载二⟧　⟦a ▼ 备用下载三⟧<br>
⟦a 解压密码：www.lvyinzl.net⟧<br>
⟦a 下载不了？点此报告死链，我们尽快修复⟧</td></tr></table>
<table width="900" align="center"><tr><td>⟦d 本站资料来自网络或网友上传，仅供教学研究使用，请下载后24小时内删除。⟧<br>⟦m Copyright © 2006-2025 绿荫资料站　粤ICP备06047731号⟧</td></tr></table>
<script language="javascript">var softid=5518;</script>
</body></html>
""",
        body="""
第一条　为规范学校奖状的印制和发放，维护奖状的严肃性，制定本规程。
第二条　学校奖状由政教处统一设计，教务处负责联系印制，各年级不得自行印制。
第三条　奖状内容须经政教处审核后打印，获奖学生姓名、奖项名称和日期不得手写涂改。
第四条　奖状加盖学校公章，由政教处专人用印，并在用印登记本上记录。
第五条　奖状发放后，班主任将获奖名单打印一份交政教处存档，存档期限不少于五年。
第六条　本规程自印发之日起施行，由政教处负责解释。
""",
    ),
    dict(
        slug="jianpu-download-letterhead-rules-doc",
        site="笺谱下载站 (invented)",
        style="资料下载站",
        genre="制度",
        kind="other",
        form="text",
        source="https://www.jianpuxz.com/down/zhidu/41906.html",
        title="公司信纸信封使用管理规定",
        record_title="公司信纸信封使用管理规定.doc",
        date=None,
        notes="file-name record title; download page as text with a file-info block, mirror links and an unzip password; "
        "第N条 articles; no date",
        page="""
!m 笺谱下载站　办公文档免费下
!m 位置：首页 > 行政文书 > 规章制度
!t 公司信纸信封使用管理规定.doc
!m 文件大小：28KB　|　语言：简体中文　|　更新：2024-11-05　|　评分：★★★★
!a 本地高速下载　|　镜像下载　|　网盘下载（提取码 jp7x）
{BODY}
!a 以上为在线预览内容，完整排版请下载原文件
!d 友情提示：本站资源均收集自互联网，若侵犯您的权益，请来信告知，核实后立即删除。
!m 笺谱下载站 jianpuxz.com　闽ICP备20071458号
""",
        indent="",
        body="""
第一条　为规范公司信纸、信封的使用，维护公司形象，节约办公成本，制定本规定。
第二条　公司信纸分为公函信纸和便笺两种。公函信纸印有公司全称、标志和地址，用于对外公函和正式信函；便笺用于内部便条。
第三条　信纸、信封由行政部统一设计、统一印制，各部门不得自行印制或变更样式。
第四条　各部门按月向行政部申领，填写领用登记表，每次领用公函信纸不超过五本。
第五条　禁止使用公函信纸打印草稿、书写私人信件，作废的公函信纸须交行政部统一销毁。
第六条　本规定由行政部负责解释，自发布之日起执行。
""",
    ),
    dict(
        slug="xuanhu-exam-notice-appointment-letters",
        site="谖湖人事考试网 (invented personnel-exam site)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.xhrsks.gov.cn/sydw/2025/0812/2231.html",
        title="关于2025年事业单位新进人员办理聘用手续并领取聘书的通知",
        record_title="【人事动态】关于2025年事业单位新进人员办理聘用手续并领取聘书的通知（请务必按时办理）_谖湖人事考试网",
        date="2025-08-11",
        date_also=["2025-08-12"],
        notes="personnel-exam site with a maintenance banner and an entry float; 下载打印 as content; the bureau's 咨询电话 "
        "beside the site's technical line; 成文日期 differs from the page's date (also accepted)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【人事动态】关于2025年事业单位新进人员办理聘用手续并领取聘书的通知（请务必按时办理）_谖湖人事考试网</title></head>
<body>
<div class="notice-bar">⟦d 系统维护公告：本周六22:00至次日6:00报名系统暂停访问，请合理安排时间。⟧</div>
<div class="head">⟦m 谖湖人事考试网⟧ ⟦m 谖湖县人力资源和社会保障局主办⟧</div>
<nav>⟦m 首页⟧ ⟦m 考试动态⟧ ⟦m 事业单位招考⟧ ⟦m 职称评审⟧ ⟦m 成绩查询⟧</nav>
<div class="loc">⟦m 首页 &gt;&gt; 事业单位招聘 &gt;&gt; 聘用管理⟧</div>
<h1>{T}</h1>
<div class="date">⟦m 发布日期：2025-08-12　浏览：6620⟧</div>
<div class="body">
{BODY}
</div>
<div class="float">⟦a 报名入口⟧ ⟦a 准考证打印入口⟧ ⟦a 成绩查询入口⟧</div>
<aside><h4>⟦l 考试日历⟧</h4><ul><li>⟦l 9月 三支一扶招募笔试⟧</li><li>⟦l 10月 事业单位补充招聘⟧</li></ul></aside>
<footer>⟦m 网站技术支持电话：0728-5389001（仅限系统操作问题）⟧<br>⟦m 鄂ICP备10042283号⟧</footer>
<script src="/js/float-entry.js"></script>
</body></html>
""",
        body="""
各有关单位、各位新进人员：
2025年全县事业单位公开招聘体检、考察和公示工作已结束。现将办理聘用手续有关事项通知如下。
一、请新进人员登录本网下载《事业单位聘用合同》，打印一式三份，于8月20日至22日到县人社局事业单位管理股办理。
二、办理时须携带身份证、毕业证、学位证原件及复印件。
三、聘用手续办结后，由主管部门统一组织颁发聘书，试用期从报到之日起计算。
逾期不办理的，视为自动放弃聘用资格。
咨询电话：0728-5381167（县人社局事业单位管理股）。
谖湖县人力资源和社会保障局
2025年8月11日
""",
    ),
    dict(
        slug="qianyang-exam-bulletin-examsite-awards",
        site="椠阳人事考试网 (invented)",
        style="人事考试网",
        genre="通报",
        kind="notice",
        form="text",
        source="http://rsks.qianyang.gov.cn/kwgl/2025/0716/1120.html",
        title="关于表扬2025年上半年考务工作先进考点的通报",
        record_title="〔考务通报〕关于表扬2025年上半年考务工作先进考点的通报_椠阳人事考试网",
        date="2025-07-15",
        notes="personnel-exam text page with a maintenance line and entry links; 成文日期 under the signature",
        page="""
!d 温馨提示：考试报名系统将于7月20日凌晨升级，期间暂停服务。
!m 椠阳人事考试网
!m 首页 | 考试公告 | 考务管理 | 证书领取 | 常见问题
{T}
!m 时间：2025-07-16　来源：县人事考试中心
!a 报名入口 ▸　准考证入口 ▸
{BODY}
!l 上一篇：2025年下半年全县人事考试计划
!m 技术咨询：0735-6680117（工作日9:00—17:00）
""",
        date_also=["2025-07-16"],
        indent="\u3000\u3000",
        body="""
各考点：
2025年上半年，全县共组织各类人事考试6次，参考人数1.4万人次。各考点认真履行职责，考务组织规范有序，未发生考试安全事故。
经考点自评、巡视组评议，县人事考试中心决定对椠阳县第一中学、城关中学、椠阳职业中专3个考务工作先进考点予以通报表扬，并颁发奖状；对考务工作表现突出的16名主考和监考人员一并通报表扬。
希望受表扬的考点珍惜荣誉，其他考点要学习先进经验，共同维护考试的公平公正。
椠阳县人事考试中心
2025年7月15日
""",
    ),
    dict(
        slug="ruixi-tender-result-badges-lots",
        site="蕊溪公共资源交易网 (invented tender portal)",
        style="招投标网",
        genre="中标公告",
        kind="notice",
        form="html",
        source="https://ggzy.ruixi.gov.cn/jyxx/zfcg/zbgg/20250605/88213.html",
        title="蕊溪县文化馆建馆五十周年纪念章制作项目中标结果公告",
        record_date="2025-06-05",
        date="2025-06-05",
        notes="tender portal with a countdown, CA and trading-system hotlines; purchaser and agency contacts in the body; "
        "a lots table one row a paragraph; title and date from the record",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>蕊溪县文化馆建馆五十周年纪念章制作项目中标结果公告</title></head>
<body>
<div class="top">⟦m 蕊溪县公共资源交易中心⟧ ⟦a 主体登录⟧ ⟦a 专家登录⟧</div>
<nav>⟦m 首页⟧ ⟦m 交易信息⟧ ⟦m 政策法规⟧ ⟦m 服务指南⟧</nav>
<div class="loc">⟦m 首页 › 交易信息 › 政府采购 › 中标公告⟧</div>
<h2>{T}</h2>
<div class="meta">⟦m 信息来源：蕊溪县公共资源交易中心　发布时间：2025-06-05　浏览次数：211⟧</div>
<div class="countdown">⟦m 质疑期剩余：6天 23时 14分⟧</div>
<div class="ewb-article">
{BODY}
</div>
<div class="links">⟦a 【我要质疑】⟧ ⟦a 【收藏】⟧</div>
<aside><h4>⟦l 最新公告⟧</h4><ul><li>⟦l 蕊溪县第二中学课桌椅采购项目招标公告⟧</li><li>⟦l 县图书馆古籍修复服务询价结果⟧</li></ul></aside>
<footer>⟦m CA证书办理咨询：400-0318-665⟧<br>⟦m 交易系统运维热线：0745-2223316⟧<br>⟦m 主办单位：蕊溪县公共资源交易中心　湘ICP备17024103号⟧</footer>
<script src="/js/countdown.js"></script>
</body></html>
""",
        body="""
一、项目编号：RXCG-2025-0417
二、项目名称：蕊溪县文化馆建馆五十周年纪念章制作项目
三、中标结果：
包号　中标供应商　中标金额（元）
1包　祯州铭礼工艺品有限公司　86400
2包　葚口华章徽章厂　41200
四、主要标的：纪念章（铜质，直径45毫米）1200枚，包装盒1200个。
五、公告期限：自本公告发布之日起1个工作日。
六、联系方式
采购人：蕊溪县文化馆，联系人：蒋芷若，电话：0745-2218061。
采购代理机构：湘衡项目管理有限公司，联系人：石磊，电话：0745-2239958。
""",
    ),
    dict(
        slug="ruixi-tender-inquiry-greeting-cards",
        site="蕊溪公共资源交易网 (invented)",
        style="招投标网",
        genre="询价公告",
        kind="notice",
        form="text",
        source="https://ggzy.ruixi.gov.cn/jyxx/xjcg/20241015/80117.html",
        title="蕊溪县总工会2025年新春慰问贺卡印制询价公告",
        record_title="【询价·印制】蕊溪县总工会2025年新春慰问贺卡印制询价公告（报价截止10月24日）- 蕊溪公共资源交易网",
        date="2024-10-15",
        notes="tender portal text page; an items table one row a paragraph; 下载 and 扫码 spoken of in the body; the "
        "purchaser's contact beside the portal's CA line; 附件; the notice's date at the end",
        page="""
!m 蕊溪公共资源交易网
!m 交易信息 ＞ 询价采购 ＞ 询价公告
{T}
!m 发布时间：2024-10-15 17:46　阅读：96
!m 报价剩余时间：8天
{BODY}
!a 【下载公告】　【打印】
!m CA数字证书服务：400-0318-665　交易平台客服：0745-2223316
!d 本网站发布的公告信息以原件为准。
""",
        indent="",
        body="""
蕊溪县总工会拟对2025年新春慰问贺卡印制项目进行询价采购，欢迎符合条件的供应商参加。
一、采购内容
品名　规格　数量
对折贺卡　210×140毫米，300克特种纸　6000张
信封　220×150毫米，印工会徽标　6000个
二、报价要求：报价文件请在交易网下载，填写后加盖公章，于10月24日17:00前扫码上传或送达县总工会206室。
三、联系方式：蕊溪县总工会，联系人：傅怡然，电话：0745-2210433。
附件：报价单
蕊溪县总工会
2024年10月15日
""",
    ),
    dict(
        slug="liheng-lawfirm-answer-appointment-term",
        site="砺衡律师事务所 (invented law firm site)",
        style="律所网站",
        genre="法律问答",
        kind="other",
        form="html",
        source="https://www.lihenglaw.cn/wenda/1174.html",
        title="聘书上的聘期到了，单位不再续聘要给补偿吗？",
        record_title="每周一问｜聘书上的聘期到了，单位不再续聘要给补偿吗？ - 砺衡律师事务所",
        date=None,
        notes="law-firm Q&A with a lawyer card, consult float, 400 line and a repost notice; no date ('2 周前')",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>每周一问｜聘书上的聘期到了，单位不再续聘要给补偿吗？ - 砺衡律师事务所</title></head>
<body>
<div class="top">⟦m 砺衡律师事务所 · 专注劳动与人事争议⟧ ⟦m 全国咨询热线：400-8820-315⟧</div>
<nav>⟦m 首页⟧ ⟦m 律所简介⟧ ⟦m 专业团队⟧ ⟦m 法律问答⟧ ⟦m 联系我们⟧</nav>
<div class="loc">⟦m 首页 / 法律问答 / 劳动人事⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 解答律师：邵清衡　｜　2 周前　｜　阅读 845⟧</div>
<div class="qa">
{BODY}
</div>
<div class="card">⟦m 邵清衡 律师 · 执业十二年 · 擅长劳动争议、人事争议⟧ ⟦a 向TA咨询⟧</div>
<div class="repost">⟦d 本文为砺衡律所原创普法内容，转载须注明来源并保留律师署名。⟧</div>
<div class="float">⟦w 在线律师 · 3分钟回复⟧ ⟦w 留言咨询⟧</div>
<aside><h4>⟦l 热门问答⟧</h4><ul><li>⟦l 试用期被辞退能拿补偿吗？⟧</li><li>⟦l 返聘人员受伤算工伤吗？⟧</li></ul></aside>
<footer>⟦m 砺衡律师事务所　地址：祯州市筵湖区书院街28号金座12楼⟧<br>⟦m 苏ICP备19011860号⟧</footer>
<script src="https://kf.lihenglaw.cn/chat.js" async></script>
</body></html>
""",
        body="""
问：我在一家民办学校工作，入职时学校发了一份为期两年的聘书，现在聘期满了，学校说不再续聘，我能要求补偿吗？
答：关键要看您和学校之间是劳动关系还是聘用关系。民办学校与教职工之间一般属于劳动关系，聘书在这种情况下可以视为劳动合同的一种书面形式。
依照劳动合同法，固定期限劳动合同期满，用人单位维持或者提高原条件续订而劳动者不同意的，不支付经济补偿；除此之外，用人单位不再续订的，应当支付经济补偿，按工作年限每满一年支付一个月工资。
因此，如果学校没有提出续聘，您可以要求学校支付两个月工资的经济补偿。建议保存好聘书、工资流水等材料，协商不成可申请劳动仲裁。
""",
    ),
    dict(
        slug="minghe-lawfirm-letter-counterfeit-badges",
        site="明衡律师事务所 (invented)",
        style="律所网站",
        genre="函",
        kind="other",
        form="text",
        source="http://www.minghelaw.com/anli/hanjian/2025/0603.html",
        title="关于立即停止销售仿冒“莺湾马拉松”完赛纪念章的律师函",
        date="2025-06-03",
        notes="law-firm text page; title as the record gives it; the letter's date in Chinese numerals; the firm's 400 "
        "line and a consult prompt around it; the letter's own phone",
        page="""
!m 明衡律师事务所　知识产权 · 商事争议
!m 首页 > 案例文书 > 律师函选登
{T}
!m 文书类别：律师函　｜　承办律师：蒲一帆　｜　浏览：372
{BODY}
!d 注：本文书已做脱敏处理，仅作展示，不构成法律意见。
!w 需要发送律师函？明衡律师免费评估，咨询热线 400-6670-129
!m 明衡律师事务所 minghelaw.com　粤ICP备18066210号
""",
        indent="\u3000\u3000",
        body="""
祯州市某工艺品网店：
明衡律师事务所受莺湾马拉松组委会委托，就贵方销售仿冒“莺湾马拉松”完赛纪念章一事，郑重函告如下：
“莺湾马拉松”完赛纪念章图案系我委托人委托设计，著作权归我委托人所有，且仅向完赛选手颁发，从未授权任何单位或个人对外销售。
经查，贵方在网店销售与该纪念章图案基本相同的商品，已侵犯我委托人的合法权益。
请贵方自收到本函之日起三日内下架全部仿冒商品，并书面说明销售数量。逾期不予处理的，我委托人将依法追究贵方法律责任。
联系电话：0719-8851130。
明衡律师事务所
律师：蒲一帆
二〇二五年六月三日
""",
    ),
]

"""holdout320, part D: 地方论坛, 资料下载站, 人事考试网, 招投标网, 律所网站 (one HTML and one text page each).

Invented text (places, people, firms, sites, URLs, phones, ids); written by hand, one case at a
time; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="county-forum-piyuan-trunking-cover-jammer",
        site="邳原论坛 (invented county forum)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="https://bbs.piyuanluntan.com/thread-993047-1-1.html",
        title="楼道线槽盖板掉了半年，电线就这么露着没人管？",
        record_title=None,
        date=None,
        notes="county forum, no record title: the thread subject is the title; jammer fonts in the post, a weather line, medals, a 转交部门/官方回复 link, a decoration ad with a QQ; posted 前天 (no date)",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk">
<title>邳原论坛 - 邳原人自己的网上家园</title>
<link rel="stylesheet" href="data/cache/style_5_forum_viewthread.css">
<script src="static/js/forum.js"></script>
<style>.jammer{display:none}</style>
</head>
<body>
<div id="qmenu">⟦m 今日邳原：多云　19℃～27℃　东南风2级⟧</div>
<div id="hd">⟦m 邳原论坛⟧ ⟦m 邳原人自己的网上家园⟧ <a href="member.php">⟦a 登录⟧</a> <a href="reg.php">⟦a 注册⟧</a></div>
<div id="nv">⟦m 首页　民生直通车　二手　招聘　房产　美食⟧</div>
<div id="pt">⟦m 邳原论坛 › 民生直通车 › 查看内容⟧</div>
<div class="ts"><span id="thread_subject">{T}</span></div>
<table class="plhin"><tr>
<td class="pls">⟦m 蹊口老住户⟧<br>⟦m 勋章：热心网友　老会员⟧</td>
<td class="plc">
<div class="authi">⟦m 发表于 前天 19:22 | 查看: 3012 | 回复: 41⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="zj">⟦a 本帖已转交县住建局　查看官方回复 »⟧</div>
<div class="po">⟦a 支持(52)　反对(1)　收藏　分享⟧</div>
</td></tr></table>
<div class="ad">⟦w 老房水电改造找邳原顺达装饰，免费上门看房 QQ：3561207749⟧</div>
<div class="reply">⟦l 沙发　邳原小马哥：我们楼也一样，报了几次都说排队⟧</div>
<div class="reply">⟦l 板凳　莓莓：顶上去，让有关部门看到⟧</div>
<div id="ft">⟦m 邳原论坛　Powered by Discuz! X3.5　苏ICP备13038820号-1⟧ ⟦m 联系版主：bz@piyuanluntan.com⟧</div>
<script>discuz_uid='0',cookiepre='pyl_';</script>
</body>
</html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=2),
        body="""
我住蹊口镇老粮站宿舍三号楼。二单元楼道里的电线槽盖板去年冬天就掉了，到现在快半年了，一排电线就这么露在墙上。
楼里老人多，孩子也多，小孩放学经常在楼道里追着玩，伸手就能摸到电线，看着真揪心。
前后给物业打了三次电话，说要等统一改造；又打了社区电话，说会反映上去，结果一直没动静。
想问问有没有人知道老旧小区改造什么时候轮到我们？实在不行，几家凑钱先把盖板换上也行，就是不知道该找谁。
""",
    ),
    dict(
        slug="county-forum-jutang-magnetic-tiebacks",
        site="莒塘论坛 (invented county forum)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="http://www.jutangbbs.com/forum.php?mod=viewthread&tid=571204",
        title="县城哪里能买到磁吸窗帘扣？顺便说说我家装的经验",
        record_title="[本地问一问] 县城哪里能买到磁吸窗帘扣？顺便说说我家装的经验 - 莒塘生活圈 - 莒塘论坛",
        date=None,
        notes="county forum thread as text: a board suffix in the record title, a weather line and medals; the post time is relative (3 天前), no date; replies below",
        page="""
!m 莒塘论坛 · 莒塘生活圈
!m 今天 晴 12～24℃　空气质量 良
!t [本地问一问] 县城哪里能买到磁吸窗帘扣？顺便说说我家装的经验
!m 楼主　柚子不是橘子　｜　3 天前　｜　查看 1,208　回复 19
{BODY}
!l 2# 莒塘老陈：步行街北头那家布艺店有，二十块一对
!l 3# 小雨点：网上买更便宜，就是要等几天
!l 4# 柚子不是橘子：谢谢，周末去看看
!a 快速回复　｜　登录后才能回帖
!m 莒塘论坛　客服QQ群：71830564
""",
        body="""
家里客厅的窗帘原来用的是布绑带，每次都要系半天，孩子还老拽着玩。
上个月在网上买了一对磁吸窗帘扣，两头是磁铁，往窗帘上一合就吸住了，不用打孔，也没有垂下来的带子，用着挺方便。
卧室也想换，可这回网店一直缺货。想问问县城有没有实体店卖？最好是金属外壳的，塑料的吸力小，窗帘厚一点就掉。
另外提醒有孩子的家庭，磁吸扣一定要选大一点的，小的要是掉下来被孩子吞了很危险。
""",
    ),
    dict(
        slug="download-xiazaiba-plan-socket-cover-doc-gb2312",
        site="文稿下载吧 (invented download station, old table layout)",
        style="资料下载站",
        genre="方案",
        kind="plan",
        form="html",
        source="http://www.wengaoxz8.com/soft/fangan/21774.html",
        title="幼儿园插座保护盖更换安装工作方案",
        record_title="幼儿园插座保护盖更换安装工作方案.doc",
        date="2025-02-20",
        notes="download station in an old gb2312 table layout: a file-info table, three download links, an unzip password and a dead-link report; the record title is a file name; decimal headings 1.1/2.1; 成文日期 under the signature",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>幼儿园插座保护盖更换安装工作方案.doc免费下载_文稿下载吧</title>
<link href="/css/down.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/down.js"></script>
</head>
<body>
<table width="980" align="center" border="0" cellspacing="0" cellpadding="0">
<tr><td class="logo">⟦m 文稿下载吧⟧</td><td class="slogan">⟦m 海量范文　一点就下⟧</td></tr>
<tr><td colspan="2" class="nav">⟦m 首页 | 方案计划 | 总结报告 | 讲话致辞 | 表格模板 | 下载排行⟧</td></tr>
<tr><td colspan="2" class="pos">⟦m 当前位置：文稿下载吧 → 方案计划 → 教育方案⟧</td></tr>
</table>
<table width="980" align="center" border="1" cellspacing="0" cellpadding="4" class="info">
<tr><td>⟦m 文件名称：⟧</td><td>⟦t 幼儿园插座保护盖更换安装工作方案.doc⟧</td></tr>
<tr><td>⟦m 文件大小：28.5 KB⟧</td><td>⟦m 文件格式：Word⟧</td></tr>
<tr><td>⟦m 更新时间：2025-03-02⟧</td><td>⟦m 下载次数：417⟧</td></tr>
<tr><td>⟦m 运行环境：WinXP/Win7/Win10/WPS⟧</td><td>⟦m 授权方式：免费⟧</td></tr>
</table>
<table width="980" align="center" border="0">
<tr><td><h2>{T}</h2></td></tr>
<tr><td class="intro">
{BODY}
</td></tr>
<tr><td class="downlist">⟦a 电信高速下载⟧　⟦a 联通高速下载⟧　⟦a 本地下载⟧</td></tr>
<tr><td>⟦m 解压密码：www.wengaoxz8.com⟧</td></tr>
<tr><td>⟦a 下载不了？点此报告死链⟧</td></tr>
<tr><td class="hot">⟦l 下载排行：幼儿园安全工作计划.doc｜幼儿园消防应急预案.doc｜班级安全检查表.xls⟧</td></tr>
<tr><td class="foot">⟦d 本站资源均来自网络，仅供学习研究，请在下载后24小时内删除。⟧</td></tr>
<tr><td class="foot">⟦m Copyright © 2011-2025 文稿下载吧　豫ICP备11021537号⟧</td></tr>
</table>
</body>
</html>
""",
        body="""
为进一步消除幼儿在园用电安全隐患，园务会研究决定，对全园插座保护盖进行统一更换安装，特制定本方案。
1 工作目标
1.1 三月底前，幼儿可触及高度（一米六以下）的插座全部加装旋转式保护盖。
1.2 更换后保护盖完好率保持百分之百。
2 实施步骤
2.1 摸底登记（2月24日—2月28日）：后勤组逐室登记插座位置、数量和现有保护盖情况。
2.2 采购安装（3月3日—3月21日）：按登记数量采购，由园内电工统一安装。
2.3 检查验收（3月24日—3月28日）：保健医生和班主任共同验收，逐个试拔。
3 日常管理
各班每天晨检时查看保护盖，发现缺失、松动立即报修。
邳原县实验幼儿园
2025年2月20日
""",
    ),
    dict(
        slug="download-tuwen-procedure-radiator-cover-articles",
        site="图文资料站 (invented download station)",
        style="资料下载站",
        genre="规程",
        kind="other",
        form="text",
        source="https://www.tuwenzlz.net/down/zhidu/8840.html",
        title="暖气罩安装作业规程",
        record_title="暖气罩安装作业规程（可改好用）★免费下载 - 图文资料站",
        date=None,
        notes="download station as text: file-info lines, download buttons, an unzip password; a procedure with 第N条 articles and no date; an update stamp is no date",
        page="""
!m 图文资料站 - 实用资料免费下载
!m 资料分类：规章制度 ＞ 施工规程
!t 暖气罩安装作业规程（可改好用）★免费下载
!m 资料大小：19KB　　资料格式：.docx　　更新：2025-01-16　　人气：733
!a ▼ 普通下载　▼ 高速下载（需安装下载器）
{BODY}
!m 解压密码：tuwenzlz
!a 链接失效？请点这里反馈
!d 声明：本站资料收集自互联网，版权归原作者所有，仅供交流学习。
""",
        body="""
第一条　本规程适用于住宅和公共建筑中暖气罩的现场安装作业。
第二条　安装前应检查暖气片及管道有无渗漏，发现渗漏须先维修，不得直接封罩。
第三条　暖气罩与暖气片之间的距离不小于五厘米，顶部和底部均须留出通风口，散热孔面积不少于罩体正面面积的三成。
第四条　罩体应与墙体牢固连接，固定点不少于四个，不得仅靠搁置或胶粘固定。
第五条　幼儿园、学校、养老机构安装的暖气罩，外露边角须全部倒圆。
第六条　安装完毕后，应通暖试运行两小时，检查有无变形、异味。
""",
    ),
    dict(
        slug="exam-meichuan-notice-exam-room-trunking",
        site="郿川县人事考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="html",
        source="http://rsks.meichuan.gov.cn/kwgl/2025/0318/2207.html",
        title="关于做好2025年事业单位招聘笔试考点电源线槽规范敷设工作的通知",
        record_title="〖考点设施〗关于做好2025年事业单位招聘笔试考点电源线槽规范敷设工作的通知_郿川县人事考试网",
        date="2025-03-17",
        date_also=["2025-03-18"],
        notes="personnel-exam site: a maintenance banner, an admission-ticket float, the notice's own 咨询电话 beside the site's technical-support line; posting date differs from the 成文日期",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>〖考点设施〗关于做好2025年事业单位招聘笔试考点电源线槽规范敷设工作的通知_郿川县人事考试网</title>
<link rel="stylesheet" href="/css/rsks.css">
<script src="/js/rsks.js"></script>
</head>
<body>
<div class="notice-bar">⟦d 系统升级提示：3月22日0:00至6:00网上报名系统暂停服务，请错峰操作。⟧</div>
<div class="head">⟦m 郿川县人事考试网⟧ ⟦m 郿川县人事考试中心主办⟧</div>
<div class="nav">⟦m 首页　考试公告　考务管理　成绩查询　政策法规　联系我们⟧</div>
<div class="loc">⟦m 当前位置：首页 &gt; 考务管理⟧</div>
<div class="detail">
<h2>{T}</h2>
<div class="attr">⟦m 发布时间：2025-03-18　来源：考务科　浏览：2216⟧</div>
<div class="content">
{BODY}
</div>
<div class="tools">⟦a 【打印本文】　【关闭】⟧</div>
</div>
<div class="float-r"><a href="/zkz/">⟦a 准考证打印入口⟧</a><br><a href="/cj/">⟦a 成绩查询入口⟧</a></div>
<div class="foot">
<p>⟦m 郿川县人事考试中心　地址：郿川县郿源西路21号⟧</p>
<p>⟦m 网站技术支持：0916-6629 7788（仅限网站故障）⟧</p>
</div>
<script>rsks.float("float-r");</script>
</body>
</html>
""",
        body="""
各考点：
2025年上半年事业单位公开招聘笔试定于4月12日举行。往年部分考场的屏蔽仪、监控设备电源线沿地面散放，考生进出时容易绊倒。为保障考试安全，现就考点电源线槽敷设有关事项通知如下：
一、各考场屏蔽仪、监控设备的电源线一律收入电线槽，线槽沿墙根敷设，过门处使用地面压线槽。
二、考点应于4月8日前完成敷设，并由考点主考逐室检查。
三、县人事考试中心将于4月9日、10日组织考前巡查，未按要求整改的考点予以通报。
咨询电话：0916-6629 3015
郿川县人事考试中心
2025年3月17日
""",
    ),
    dict(
        slug="exam-jutang-announce-towel-quilt-skills-timetable",
        site="莒塘人事考试信息网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.jtrsks.cn/jnrd/2025/0605/986.html",
        title="关于开展毛巾被织造企业职工职业技能等级认定的公告",
        record_title="【技能评价公告】关于开展毛巾被织造企业职工职业技能等级认定的公告 / 技能评价 / 莒塘人事考试信息网",
        date="2025-06-05",
        date_also=["2025-06-06"],
        notes="personnel-exam site as text: a timetable one row a paragraph, 准考证 to download and print as content, the notice's own contact beside the site's technical line; 成文日期 under the signature, the posting date differs (date_also)",
        page="""
!m 莒塘人事考试信息网
!m 首页 / 技能评价 / 公告
!t 【技能评价公告】关于开展毛巾被织造企业职工职业技能等级认定的公告
!m 发布日期：2025-06-06　点击：874
!a ⌂ 返回首页　　⎙ 打印
{BODY}
!l 相关公告：2025年第二批养老护理员技能等级认定公告
!m 莒塘县人力资源和社会保障局主办　技术支持：0539-5236 118
""",
        body="""
为提升我县纺织产业职工技能水平，经研究，定于7月开展毛巾被织造企业职工职业技能等级认定。有关事项公告如下：
一、认定职业（工种）及时间
职业（工种）　等级　理论考试时间
织布工　四级　7月12日上午
纺织纤维检验员　四级　7月12日下午
挡车工　五级　7月13日上午
二、报名方式。由企业统一组织报名，6月25日前将报名表报县职业技能鉴定所。
三、考生须于7月8日起登录本网站下载并打印准考证，凭准考证和身份证参加考试。
咨询电话：0539-5236 407（县职业技能鉴定所）
莒塘县人力资源和社会保障局
2025年6月5日
""",
    ),
    dict(
        slug="tender-jutang-inquiry-radiator-covers-kindergarten",
        site="莒塘县公共资源交易网 (invented)",
        style="招投标网",
        genre="询价公告",
        kind="notice",
        form="html",
        source="http://ggzy.jutang.gov.cn/jyxx/zfcg/cggg/20241015/0071.html",
        title="莒塘县第二幼儿园暖气罩采购项目询价公告",
        record_title="〖询价公告·货物〗莒塘县第二幼儿园暖气罩采购项目询价公告 - 莒塘县公共资源交易网",
        record_date="2024-10-15",
        date="2024-10-15",
        notes="tender portal: countdown, an inquiry-file download link, CA and trading-system hotlines beside the purchaser's and agency's own contacts; an items table one row a paragraph; the record gives the date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>〖询价公告·货物〗莒塘县第二幼儿园暖气罩采购项目询价公告 - 莒塘县公共资源交易网</title>
<link rel="stylesheet" href="/ggzy/css/detail.css">
<script src="/ggzy/js/countdown.js"></script>
</head>
<body>
<div class="top">⟦m 莒塘县公共资源交易网⟧ <span>⟦m 莒塘县公共资源交易中心⟧</span> <a href="/login">⟦a 主体登录⟧</a></div>
<div class="nav">⟦m 首页　交易信息　政府采购　工程建设　服务指南　信用信息⟧</div>
<div class="loc">⟦m 当前位置：交易信息 ＞ 政府采购 ＞ 采购公告⟧</div>
<div class="detail">
<h1>{T}</h1>
<div class="info">⟦m 信息时间：2024-10-15　项目编号：JTCG-2024-0871　阅读次数：306⟧</div>
<div class="cd">⟦m 距报价截止还剩：<span id="cd">06天 21时 14分</span>⟧</div>
<div class="text">
{BODY}
</div>
<div class="att">⟦a 📄 询价文件（莒塘二幼暖气罩）.zip　点击下载⟧</div>
</div>
<div class="side">
<p>⟦m CA证书办理：400-6158-010⟧</p>
<p>⟦m 交易系统技术支持：0539-5215 909⟧</p>
<p>⟦l 最新公告：县城乡供水管网维修工程招标公告⟧</p>
</div>
<div class="foot">⟦m 主办：莒塘县公共资源交易中心　皖ICP备12009318号⟧</div>
<script>countdown("cd","2024-10-22 09:30");</script>
</body>
</html>
""",
        body="""
莒塘县第二幼儿园暖气罩采购项目已具备采购条件，现采用询价方式进行采购，欢迎符合条件的供应商参加报价。
一、采购内容
品目　数量　主要要求
活动室暖气罩　32组　防火板材，圆角，散热孔径不大于八毫米
走廊暖气罩　10组　同上，高度不低于九十厘米
二、最高限价：人民币五万四千元。
三、报价截止时间：2024年10月22日9时30分，供应商须下载询价文件，按要求密封报价。
四、联系方式
采购人：莒塘县第二幼儿园　联系人：丁老师　电话：0539-5218 602
代理机构：莒塘正衡项目管理有限公司　联系人：蔡工　电话：0539-5211 736
""",
    ),
    dict(
        slug="tender-piyuan-result-towel-quilts-welfare-home",
        site="邳原县政府采购网 (invented)",
        style="招投标网",
        genre="结果公告",
        kind="notice",
        form="text",
        source="http://zfcg.piyuan.gov.cn/cjgg/2025/0620/3318.html",
        title="邳原县社会福利院毛巾被采购项目成交结果公告",
        date="2025-06-19",
        notes="tender portal as text: the record gives the title as is; a bid-lots table one row a paragraph; the 成文日期 under the signature; the page's posting date differs (date_also)",
        date_also=["2025-06-20"],
        page="""
!m 邳原县政府采购网
!m 首页 ＞ 采购结果 ＞ 成交公告
{T}
!m 发布时间：2025-06-20 09:05　浏览次数：188
!a 〔打印〕〔关闭〕〔分享〕
{BODY}
!l 上一条：邳原县第三中学课桌椅采购项目中标公告
!l 下一条：邳原县敬老院空调维修服务项目成交公告
!m 政府采购监督电话：0516-8835 6612　　平台客服：400-8835-100
""",
        body="""
一、项目编号：PYCG-2025-0415
二、项目名称：邳原县社会福利院毛巾被采购项目
三、成交信息
包号　成交供应商　成交金额（元）
1　邳原锦禾纺织品有限公司　38600
2　莒塘恒绵纺织有限公司　27450
四、主要标的：纯棉毛巾被八百条、竹纤维毛巾被五百条。
五、公告期限：自本公告发布之日起一个工作日。
六、采购人：邳原县社会福利院　联系人：任女士　电话：0516-8837 5503
邳原县社会福利院
2025年6月19日
""",
    ),
    dict(
        slug="lawfirm-zhengmin-case-socket-cover-mall",
        site="正敏律师事务所 (invented)",
        style="律所网站",
        genre="案例",
        kind="other",
        form="html",
        source="https://www.zhengminlaw.cn/anli/20250410/315.html",
        title="商场插座无保护盖致儿童触电，商场该不该担责？",
        record_title="判例慢读 ‣ 商场插座无保护盖致儿童触电，商场该不该担责？ - 正敏律师事务所",
        date="2025-04-10",
        notes="law firm: a lawyer card, a consult float, a 400 line, a repost notice; the 发布时间 byline is the page's date; a consult prompt glued after a 。",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>判例慢读 ‣ 商场插座无保护盖致儿童触电，商场该不该担责？ - 正敏律师事务所</title>
<link rel="stylesheet" href="/theme/zm/css/style.css">
<script src="/theme/zm/js/main.js"></script>
</head>
<body>
<div class="top">⟦m 正敏律师事务所⟧ ⟦m 专业·务实·守信⟧ ⟦m 全国咨询热线：400-0516-148⟧</div>
<div class="nav">⟦m 首页　律所简介　专业领域　律师团队　判例慢读　联系我们⟧</div>
<div class="pos">⟦m 首页 ＞ 判例慢读 ＞ 侵权责任⟧</div>
<div class="art">
<h1>{T}</h1>
<div class="meta">⟦m 发布时间：2025-04-10　作者：韩静律师　阅读：512⟧</div>
<div class="body">
{BODY}
</div>
<div class="lawyer-card">⟦m 韩静　执业证号 13203201810927714　擅长：人身损害赔偿、消费者权益⟧</div>
<div class="statement">⟦d 本文为本所律师原创，转载请注明出处；文中观点仅供参考，不构成法律意见。⟧</div>
</div>
<div class="float">⟦w 在线律师　免费咨询⟧</div>
<div class="foot">⟦m 地址：邳原县人民路88号金座大厦12楼　苏ICP备19004471号⟧</div>
<script>zm.float();</script>
</body>
</html>
""",
        body="""
【案情】四岁的小宇随母亲在某商场购物，趁大人不注意，把发卡插进了儿童游乐区墙上的插座，手指被电击受伤。经查，该插座未安装任何保护盖。小宇的父母起诉商场，要求赔偿医疗费等损失。
【法院观点】法院认为，商场作为公共场所的经营者，负有安全保障义务。儿童游乐区是儿童集中活动的场所，商场应当预见儿童可能触碰插座，却未采取安装保护盖等防护措施，应承担主要责任；母亲未尽看护义务，自行承担部分责任。⟦w 类似纠纷可点右侧免费咨询⟧
【律师提示】经营者在儿童活动区域应使用带保护门的安全插座或加装保护盖，家长也要时刻看护好孩子。
""",
    ),
    dict(
        slug="lawfirm-heyan-letter-tieback-defect",
        site="禾言律师事务所 (invented)",
        style="律所网站",
        genre="函",
        kind="letter",
        form="text",
        source="http://www.heyanlawyer.com/wenshu/2025/0514/77.html",
        title="关于贵司销售的窗帘绑带扣产品存在安全隐患的律师函",
        record_title="文书示范 ▏关于贵司销售的窗帘绑带扣产品存在安全隐患的律师函（当事人信息已作处理） - 禾言律师事务所",
        date="2025-05-14",
        notes="law firm site as text: a lawyer's letter with the lawyer's own phone beside the firm's 400 line; 成文日期 under the signature; a repost notice",
        page="""
!m 禾言律师事务所 | 以言守正
!m 首页 › 文书示范 › 律师函
!t 文书示范 ▏关于贵司销售的窗帘绑带扣产品存在安全隐患的律师函
!m 整理：律所办公室　阅读：291
!w 法律咨询热线 400-0394-255（工作日 9:00—17:30）
{BODY}
!d 本文当事人信息已作处理，转载请联系本所。
!l 相关文书：关于商品房延期交付的律师函｜关于拖欠货款的催告函
!m 禾言律师事务所　荥岭市荥兴路166号
""",
        body="""
××家居用品有限公司：
禾言律师事务所受委托人吕某某委托，就贵司在网店销售的“儿童房窗帘绑带扣”产品有关事宜，致函如下：
委托人于今年四月购买该产品，使用中发现绑带长约四十五厘米，扣件松脱后绑带垂落，其两岁的孩子曾将绑带缠绕在颈部，幸被及时发现。
该产品标称适用于儿童房，却未设置断开装置，也未标注警示说明。请贵司在收到本函后七日内下架该产品，并与委托人协商赔偿事宜。
联系人：戚律师　电话：0394-7628 031
禾言律师事务所
2025年5月14日
""",
    ),
]

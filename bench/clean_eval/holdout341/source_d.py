"""holdout341, part D: 地方论坛, 资料下载站, 人事考试网, 招投标网, 律所网站. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="county-forum-liuyang-homestay-chair-fell-jammer",
        site="嵧阳在线论坛 (invented county forum)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="https://bbs.liuyang-zaixian.example.cn/thread-221907-1-1.html",
        title="带娃去山里民宿玩，吊椅突然掉下来了",
        record_title=None,
        date=None,
        notes="county forum: no record title, the thread subject; jammer-font junk; a weather line, medals, a decoration ad with its phone beside the market-supervision office's phone quoted by the poster; an official-reply link; relative post time (no date)",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="gbk">
<title>带娃去山里民宿玩，吊椅突然掉下来了 - 嵧阳百事通 - 嵧阳在线论坛</title>
<style>.jammer{display:none}</style>
<script src="data/cache/common.js?Vb2"></script>
</head>
<body>
<div id="toptb">⟦m 嵧阳在线论坛　嵧阳人自己的网上家园⟧ <span>⟦m 今日嵧阳：多云 9～18℃ 东南风2级⟧</span> <a>⟦a 登录⟧</a> <a>⟦a 注册⟧</a></div>
<div id="nv">⟦m 首页　嵧阳百事通　民生热线　二手市场　房产家居　招聘求职⟧</div>
<div id="pt">⟦m 嵧阳在线论坛 › 嵧阳百事通 › 查看帖子⟧</div>
<div class="ad-banner">⟦m 【广告】嵧阳恒美装饰　老房翻新全包　热线 0874-8806688⟧</div>
<table class="plhin"><tr>
<td class="pls"><p>⟦m 豆豆妈在嵧阳⟧</p><p>⟦m 勋章：热心网友　亲子达人⟧</p><p>⟦m 帖子 86　积分 612⟧</p></td>
<td class="plc">
<h1><span id="thread_subject">{T}</span></h1>
<div class="authi">⟦m 发表于 6 天前　|　只看该作者　|　倒序浏览⟧</div>
<div class="t_f" id="postmessage_7701352">
{BODY}
</div>
<div class="po">⟦a 支持 12　反对 0　分享　收藏⟧</div>
<div class="official">⟦l 【转交职能部门】本帖已转县市场监管局，查看官方回复＞＞⟧</div>
</td></tr></table>
<div class="reply">⟦l 2# 城南老李：这种民宿就该好好查查⟧</div>
<div class="reply">⟦l 3# 小雨点点：孩子没事吧？下次出门真得小心⟧</div>
<div id="ft">⟦m 嵧阳在线论坛　黔ICP备17002851号　广告合作：0874-8806000⟧</div>
<script>showJammer(false);</script>
</body>
</html>
""",
        junk=dict(lines=1, glued=2),
        body="""
上周末带孩子去城郊一家民宿住了一晚，院子里挂着几把藤吊椅，孩子坐上去没两分钟，挂钩连着一截木梁一起掉了下来，孩子后脑勺磕了个包。
当时老板说木梁是新换的，不肯认账，只愿意退一晚房费。我查了一下，那根木梁其实已经被虫蛀空了。
后来我打了12315，县市场监管局城关所的工作人员很快回了电话，说会去现场核查，他们的电话是0874-8821307，遇到类似情况的可以打。
想提醒大家，带孩子出去玩，坐吊椅前先晃一晃挂点，看看是挂在哪里的。
""",
    ),
    dict(
        slug="town-forum-hantian-repost-park-chairs-junk",
        site="垾田人论坛 (invented town forum)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.hantianren.example.com/forum/t-30441.html",
        title="关于河滨公园吊椅暂停使用的通知",
        record_title="[镇务转帖] 关于河滨公园吊椅暂停使用的通知（附恢复时间）- 垾田家园 - 垾田人论坛",
        date="2024-08-19",
        date_also=["2024-08-20"],
        notes="a town forum reposting the town's notice: anti-scraping junk as lines and glued after 。; the post time (发表于) differs from the notice's own date under its signature",
        page="""
!m 垾田人论坛 » 垾田家园 » 镇务转帖
!t [镇务转帖] 关于河滨公园吊椅暂停使用的通知（附恢复时间）
!m 楼主：垾田小喇叭　发表于 2024-8-20 07:55　查看 1733　回复 9
!m 转自：垾田镇规划建设办公室公示栏
{BODY}
!l 沙发　河边钓鱼翁：早该修了，链子锈得吱吱响
!l 板凳　田螺姑娘：9月5号前能修好吗，孩子天天念叨
!a 回复本帖需先绑定手机　｜　发帖规矩必读
!m 垾田人论坛　Powered by Discuz!　ICP备案：湘ICP备19033120号
""",
        junk=dict(lines=1, glued=2),
        body="""
广大市民朋友：
近日，镇规划建设办在巡查中发现，河滨公园休闲廊架下的8把吊椅有3把挂链锈蚀、1把座板开裂。为确保游园安全，自8月20日起，河滨公园全部吊椅暂停使用，进行检修更换。
检修期间，请市民朋友不要攀爬、坐靠已拆除挂链的廊架，看护好随行儿童。检修工作预计于9月5日前完成，恢复使用时间另行通知。
给大家带来的不便，敬请谅解。
垾田镇规划建设办公室
2024年8月19日
""",
    ),
    dict(
        slug="download-haoliao-rules-cotton-pad-workshop-doc",
        site="好料下载站 (invented, gb2312 download station)",
        style="资料下载站",
        genre="制度",
        kind="other",
        form="html",
        source="http://www.haoliao-down.example.com/soft/zhidu/30872.html",
        title="卸妆棉生产车间安全操作规程",
        record_title="卸妆棉生产车间安全操作规程.doc",
        date=None,
        notes="old download station: a file-info table, three download links, an unzip password, a dead-link report; 第N条 articles, one speaking of 扫描/打印 as content; a rule with only an effect clause (no date)",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>卸妆棉生产车间安全操作规程.doc - 好料下载站</title>
<script language="javascript" src="/js/down_ad.js"></script>
</head>
<body>
<table width="950" align="center"><tr><td>⟦m 好料下载站 — 制度表格一站下全⟧</td><td align="right">⟦a 把好料设为首页⟧ ⟦a 收藏好料⟧</td></tr></table>
<table width="950" align="center" bgcolor="#2F5F8F"><tr><td>⟦m 首页 | 规章制度 | 合同协议 | 表格模板 | 行政公文 | 排行榜⟧</td></tr></table>
<table width="950" align="center"><tr><td>⟦m 你在这里：好料下载站 → 规章制度 → 生产安全⟧</td></tr></table>
<table width="950" align="center" border="1" class="info">
<tr><td colspan="2"><b>{T}</b></td></tr>
<tr><td>⟦m 文件大小：36KB⟧</td><td>⟦m 文件格式：Word文档⟧</td></tr>
<tr><td>⟦m 更新时间：2025-02-17⟧</td><td>⟦m 下载次数：927⟧</td></tr>
<tr><td>⟦m 授权方式：免费资料⟧</td><td>⟦m 运行环境：Office/WPS⟧</td></tr>
</table>
<table width="950" align="center"><tr><td class="intro">⟦m 内容预览：⟧
{BODY}
</td></tr></table>
<table width="950" align="center"><tr><td>
⟦a 〖电信高速下载〗⟧ ⟦a 〖联通高速下载〗⟧ ⟦a 〖本地直连下载〗⟧<br>
⟦a 解压密码：www.haoliao-down.example.com⟧<br>
⟦a 下载链接失效？点这里告诉站长⟧
</td></tr></table>
<table width="950" align="center"><tr><td>⟦l 同类推荐：无纺布分切机操作规程　化妆品车间卫生管理制度　员工三级安全教育卡⟧</td></tr></table>
<table width="950" align="center"><tr><td align="center">⟦d 本站资料来源于网络收集整理，仅供学习参考，版权归原作者所有。⟧<br>⟦m 好料下载站　闽ICP备09031174号⟧</td></tr></table>
</body>
</html>
""",
        p_html="{}<br>",
        body="""
第一条　为规范卸妆棉生产车间作业，保障员工安全和产品卫生，制定本规程。
第二条　员工进入车间前须更换洁净工作服、戴发帽和口罩，经风淋后方可进入。
第三条　开机前检查梳棉机、压切机防护罩是否完好，严禁在防护罩打开的状态下开机。
第四条　清理压切模具上的棉絮时必须停机断电，并挂“正在检修”警示牌。
第五条　每班结束后，班组长扫描设备二维码填写点检记录，每月打印汇总后交生产部存档。
第六条　本规程自发布之日起执行，由生产部负责解释。
""",
    ),
    dict(
        slug="download-fanbencang-contract-hanging-chairs-wps",
        site="范本仓下载 (invented)",
        style="资料下载站",
        genre="合同范本",
        kind="other",
        form="text",
        source="https://fanbencang.example.com/hetong/caigou/6127.html",
        title="休闲吊椅采购合同",
        record_title="休闲吊椅采购合同.wps",
        date=None,
        notes="a contract template on a download page: file-name title, ×× placeholders, ＿＿ blanks and ＿＿＿＿年＿＿月＿＿日, 第N条 articles; the download page's info and buttons; no date",
        page="""
!m 范本仓下载｜合同范本·表格模板·公文素材
!m 当前位置：首页 > 合同范本 > 采购合同
!t 休闲吊椅采购合同.wps
!m 格式：WPS　大小：22KB　更新：上周　下载：218次
!a ▼ 立即下载（需登录）　｜　◆ 加入下载清单
{BODY}
!a 预览为纯文字版，下载后可获得带表格的完整排版
!l 相关范本：户外家具采购合同　园林设施维修协议　藤编制品购销合同
!d 范本仅供参考，使用前请结合实际并咨询专业人士。
""",
        body="""
甲方（采购方）：××××××
乙方（供货方）：××××××
第一条　产品名称、规格及数量：藤编休闲吊椅＿＿把，型号＿＿，单价＿＿元，合计金额（大写）＿＿＿＿元。
第二条　质量要求：产品应附合格证，单把额定承重不低于＿＿千克，挂钩、链条须经防锈处理。
第三条　交货及安装：乙方于＿＿年＿＿月＿＿日前将产品送至甲方指定地点并负责安装，安装挂点由双方共同确认。
第四条　验收：甲方在安装完成后＿＿日内组织验收，验收不合格的，乙方应免费更换。
第五条　质保期：自验收合格之日起＿＿个月，质保期内非人为损坏由乙方免费维修。
第六条　本合同一式两份，双方各执一份，自双方签字盖章之日起生效。
甲方（盖章）：　　　　乙方（盖章）：
签订日期：＿＿＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="exam-quecheng-appraisal-beautician-mask-bowl",
        site="碏城人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.qcrsks.example.cn/jnjd/202411/t20241105_2093.html",
        title="2024年第四期美容师（五级）职业技能等级认定实操考试公告",
        record_title="〔美容师认定·考务〕2024年第四期美容师（五级）职业技能等级认定实操考试公告（考生必读） - 碏城人事考试网",
        date="2024-11-04",
        notes="personnel-exam site: a maintenance banner, an admission-ticket float, the exam centre's own 咨询电话 beside the site's technical line; a timetable one row a paragraph; sentences asking candidates to bring a mask bowl and to 下载/打印 the admission ticket (content); date under the signature, the site's posting date differs",
        date_also=["2024-11-05"],
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>〔美容师认定·考务〕2024年第四期美容师（五级）职业技能等级认定实操考试公告（考生必读） - 碏城人事考试网</title>
<script src="/assets/js/exam-site.js"></script>
</head>
<body>
<div class="ks-notice">⟦d 系统升级：11月9日0:00至6:00报名系统暂停服务，请考生错峰操作⟧</div>
<div class="ks-head">⟦m 碏城人事考试网　碏城市人事考试中心⟧</div>
<ul class="ks-nav"><li>⟦m 首页⟧</li><li>⟦m 考试动态⟧</li><li>⟦m 技能鉴定⟧</li><li>⟦m 成绩查询⟧</li><li>⟦m 证书领取⟧</li></ul>
<div class="ks-crumb">⟦m 位置：首页 › 技能鉴定 › 鉴定公告⟧</div>
<div class="ks-art">
<h1>{T}</h1>
<p class="ks-meta">⟦m 来源：市职业技能鉴定指导中心　发布：2024-11-05　阅读：6620⟧</p>
{BODY}
</div>
<div class="ks-float"><a>⟦a 准考证入口⟧</a><br><a>⟦a 成绩速查⟧</a></div>
<div class="ks-foot">⟦m 技术支持：碏城数联科技　网站技术问题：0872-3128000⟧<br>⟦m 碏城市人事考试中心　滇ICP备10002739号⟧</div>
<script>examSite.float();</script>
</body>
</html>
""",
        body="""
各位考生：
2024年第四期美容师（五级）职业技能等级认定实操考试定于11月23日至24日举行。现将有关事项公告如下：
一、考试安排
场次　日期　时间
第一场　11月23日　8:30—11:30
第二场　11月23日　14:00—17:00
第三场　11月24日　8:30—11:30
二、考生自备用品
考生须自备面膜碗、调膜棒、卸妆棉、洗脸巾、毛巾各一套，以及模特一名。面膜碗须清洗消毒后带入考场。
三、准考证打印
考生请于11月18日起登录本网站下载并打印准考证，凭准考证和身份证入场。
咨询电话：0872-3128840（工作日）
碏城市职业技能鉴定指导中心
2024年11月4日
""",
    ),
    dict(
        slug="exam-guiyang-housekeeping-contest-slipper-racks",
        site="溎阳县人事考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://rsks.guiyang.gov.example.cn/jnjs/2024/0605/311.html",
        title="关于举办2024年溎阳县客房服务员职业技能竞赛的通知",
        record_title="【技能竞赛】关于举办2024年溎阳县客房服务员职业技能竞赛的通知 ◇ 溎阳县人事考试网",
        date="2024-06-03",
        date_also=["2024-06-05"],
        notes="an exam site's notice: the bureau's own mailbox in the body beside the site's service line; the site's posting date differs from the date under the signature",
        page="""
!m 溎阳县人事考试网
!m 首页 ｜ 公务员考试 ｜ 事业单位 ｜ 职业技能 ｜ 成绩查询
!t 【技能竞赛】关于举办2024年溎阳县客房服务员职业技能竞赛的通知
!m 发布单位：县人社局职业能力建设股　发布日期：2024-06-05
{BODY}
!a 〔打印〕〔收藏〕〔关闭〕
!l 相关链接：2024年溎阳县职业技能竞赛总体方案
!m 网站服务电话：0874-6233100（周一至周五）
""",
        indent="\u3000\u3000",
        body="""
各有关旅游饭店：
为提升全县旅游饭店服务水平，县人力资源和社会保障局、县文化和旅游局决定举办2024年客房服务员职业技能竞赛。现将有关事项通知如下：
一、竞赛项目。设中式铺床、客房清扫和物品摆放三个项目。物品摆放项目要求选手在10分钟内按标准摆放拖鞋架、拖鞋、洗漱用品等14类物品。
二、参赛对象。全县星级饭店和品质民宿在岗客房服务员，每家单位限报2人。
三、报名方式。请各单位于6月20日前将报名表报送县人社局职业能力建设股，邮箱：gyrs_nljs@example.cn。
竞赛前三名由县人社局颁发证书，符合条件的可按规定晋升相应职业技能等级。
溎阳县人力资源和社会保障局
2024年6月3日
""",
    ),
    dict(
        slug="tender-kanshan-bid-result-park-hanging-chairs",
        site="崁山县公共资源交易网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://ggzy.kanshan.gov.example.cn/jyxx/zfcg/zbgg/20240426/5531.html",
        title="崁山县滨江公园休闲吊椅采购项目中标结果公告",
        record_title="【结果公示·政府采购】崁山县滨江公园休闲吊椅采购项目中标结果公告-崁山县公共资源交易中心",
        record_date="2024-04-26",
        date="2024-04-26",
        notes="tender portal: a countdown, CA and trading-system lines beside the purchaser's and agency's own contacts; a lots table one row a paragraph; the record's date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【结果公示·政府采购】崁山县滨江公园休闲吊椅采购项目中标结果公告-崁山县公共资源交易中心</title>
<script src="/js/ggzy-portal.js"></script>
</head>
<body>
<div class="gz-head">⟦m 崁山县公共资源交易网⟧ <span>⟦m 阳光交易　廉洁高效⟧</span> <a>⟦a 投标人登录⟧</a></div>
<ul class="gz-nav"><li>⟦m 首页⟧</li><li>⟦m 交易信息⟧</li><li>⟦m 政府采购⟧</li><li>⟦m 工程建设⟧</li><li>⟦m 服务指南⟧</li></ul>
<div class="gz-crumb">⟦m 首页 > 交易信息 > 政府采购 > 中标公告⟧</div>
<div class="gz-art">
<h2>{T}</h2>
<p class="gz-meta">⟦m 信息时间：2024-04-26　阅读次数：187⟧</p>
<p class="gz-count">⟦m 公示剩余：0天6小时12分⟧</p>
{BODY}
</div>
<div class="gz-help">⟦m CA证书办理热线：0876-5129955⟧<br>⟦m 交易系统技术支持：400-706-1218⟧</div>
<div class="gz-foot">⟦m 崁山县公共资源交易中心　版权所有　黔ICP备16004290号-2⟧</div>
<script>ggzy.countdown();</script>
</body>
</html>
""",
        body="""
一、项目编号：KSGZ-2024-0318
二、项目名称：崁山县滨江公园休闲吊椅采购项目
三、中标信息
包号　中标供应商　中标金额
1包（藤编吊椅60把）　崁山县逸藤家居有限公司　187200元
2包（钢架吊椅40把）　碏城市恒固户外用品有限公司　132600元
四、公告期限：自本公告发布之日起1个工作日。
五、联系方式
采购人：崁山县城市管理局，联系人：晏楚，电话：0876-5123690
代理机构：崁山正岚招标咨询有限公司，联系人：莫娴，电话：0876-5130872
2024年4月26日
""",
    ),
    dict(
        slug="tender-nanxi-inquiry-face-towels-hospital-record",
        site="湳溪县政府采购网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://zfcg.nanxi-xian.gov.example.cn/xjgg/2024/0222/918.html",
        title="湳溪县人民医院一次性洗脸巾采购询价公告",
        date="2024-02-22",
        notes="the record gives the title as is; an items table one row a paragraph, a sentence asking suppliers to 下载 the inquiry file (content), the purchaser's own phone beside the platform's hotline; date under the signature",
        page="""
!m 湳溪县政府采购网
!m 首页 > 采购公告 > 询价公告
{T}
!m 发布时间：2024-02-22 16:05　浏览：143
!a 【询价文件下载】【我要报价】
{BODY}
!m 平台客服热线：400-831-6605　（工作日 8:30-17:30）
!m 湳溪县财政局政府采购监督管理股主办
""",
        body="""
湳溪县人民医院拟采购住院患者用一次性洗脸巾一批，现邀请符合条件的供应商参加询价。
一、采购内容
品名　规格　数量
一次性洗脸巾（抽取式）　20×20厘米，80抽　3000包
一次性洗脸巾（卷筒式）　20×24厘米，60节　1200卷
二、报价要求：报价含运输、装卸等全部费用，产品须提供有效检验报告。
三、报价方式：请于3月1日17:00前在本平台下载询价文件，按要求填写报价单后密封递交至医院采购办。
四、联系方式：采购办　冉素秋，电话：0871-66235018
湳溪县人民医院
2024年2月22日
""",
    ),
    dict(
        slug="lawfirm-hengzhou-case-homestay-chair-injury",
        site="衡舟律师事务所 (invented)",
        style="律所网站",
        genre="案例分析",
        kind="other",
        form="html",
        source="https://www.hengzhou-law.example.cn/cases/2025/0112.html",
        title="民宿吊椅脱落致游客受伤，谁来担责？",
        record_title="民宿案例拆解 ◈ 民宿吊椅脱落致游客受伤，谁来担责？— 衡舟律师事务所",
        date=None,
        notes="law firm: a lawyer card, a consult float, a 400 line, a repost notice; a case note with no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>民宿案例拆解 ◈ 民宿吊椅脱落致游客受伤，谁来担责？— 衡舟律师事务所</title>
<script src="/static/js/consult-float.js"></script>
</head>
<body>
<div class="lf-head">⟦m 衡舟律师事务所　专注侵权与消费纠纷⟧ <span>⟦w 法律咨询 400-668-3120⟧</span></div>
<ul class="lf-nav"><li>⟦m 首页⟧</li><li>⟦m 律所简介⟧</li><li>⟦m 专业律师⟧</li><li>⟦m 以案说法⟧</li><li>⟦m 联系我们⟧</li></ul>
<div class="lf-crumb">⟦m 首页 / 以案说法 / 侵权责任⟧</div>
<div class="lf-art">
<h1>{T}</h1>
<p class="lf-meta">⟦m 撰文：周以衡律师　阅读 741⟧</p>
{BODY}
<div class="lf-card">⟦m 周以衡　衡舟律师事务所合伙人　擅长：人身损害赔偿、消费者权益纠纷⟧ <a>⟦a 向TA咨询⟧</a></div>
<p class="lf-repost">⟦d 本文为衡舟原创，转载须经书面同意并注明作者。⟧</p>
</div>
<div class="lf-float">⟦w 在线律师 · 免费初步评估案情⟧</div>
<div class="lf-foot">⟦m 地址：崁山县锦绣大道88号金融中心17层　黔ICP备20011936号⟧</div>
<script>consultFloat.show();</script>
</body>
</html>
""",
        body="""
【基本案情】游客林某入住某民宿，在院内藤编吊椅上休息时，吊椅挂钩突然脱落，林某摔伤腰部，花去医疗费2.3万元。民宿经营者认为林某坐姿不当，拒绝赔偿。
【法院观点】法院审理认为，民宿经营者作为经营场所的管理人，对其提供的设施负有安全保障义务。经鉴定，挂钩固定螺栓严重锈蚀，经营者未定期检查维护，未尽到安全保障义务，应承担主要责任；林某在吊椅上大幅摇荡，自身亦有一定过错。法院判决经营者承担80%的赔偿责任。
【律师提示】经营者应定期检查吊椅等设施并留存记录，在显著位置张贴使用须知；消费者受伤后应及时拍照取证，保留就医票据。
""",
    ),
    dict(
        slug="lawfirm-minghe-answer-reused-cotton-pads",
        site="澫江明禾律师事务所 (invented)",
        style="律所网站",
        genre="问答",
        kind="other",
        form="text",
        source="http://www.minghe-lawyer.example.cn/zixun/1844.html",
        title="美容院重复使用卸妆棉，消费者如何维权",
        record_title="律师在线解答 ｜ 美容院重复使用卸妆棉，消费者如何维权 ｜ 澫江明禾律师事务所",
        date=None,
        notes="a law firm's answer page: a consult prompt glued after a sentence, a lawyer line, a service line; no date",
        page="""
!m 澫江明禾律师事务所　MINGHE LAW FIRM
!m 首页 · 律师团队 · 在线解答 · 典型案例 · 联系方式
!t 律师在线解答 ｜ 美容院重复使用卸妆棉，消费者如何维权
!m 解答律师：叶知秋　执业证号：15307201910******
{BODY}
!w 遇到类似纠纷？拨打 0877-4201188，明禾律师一对一帮您梳理证据
!d 以上解答仅为一般性法律意见，具体案件请以律师面谈意见为准。
!m 澫江明禾律师事务所　滇ICP备18003952号
""",
        body="""
按照公共场所卫生管理的要求，美容美发场所使用的卸妆棉等一次性用品应当一客一用，不得重复使用。
如果发现美容院把用过的卸妆棉回收再用，消费者可以这样做：
第一，固定证据。对现场的回收容器、使用过程拍照录像，保留消费凭证和聊天记录。⟦w 证据怎么留才有效？点此免费问律师⟧
第二，及时投诉。可以向当地卫生健康部门或市场监管部门反映，也可以拨打12345政务服务热线。
第三，主张赔偿。如果因此引发皮肤感染，可以要求美容院承担医疗费、误工费等损失；美容院存在欺诈行为的，还可依法主张惩罚性赔偿。
""",
    ),
]

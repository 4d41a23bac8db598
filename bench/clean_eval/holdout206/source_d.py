"""holdout206, part D: 地方论坛, 资料下载站, 人事考试网, 招投标网, 律所网站. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="localforum-liantang-purifier-kiosk-thread-subject",
        site="栱湖在线 (invented county forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.gonghuzx.com/thread-248310-1-1.html",
        title="鲢塘社区门口的自助净水机，水有股怪味谁来管？",
        record_title=None,
        date=None,
        notes="county forum: no title in the record, the thread subject holds it; a weather line, medals, jammer-font junk, a decoration ad and an official-reply link; 发表于 2 天前 (no date)",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="gbk">
<title>栱湖在线 - 栱湖人自己的论坛</title>
<style>.jammer{display:none}</style>
<script src="static/js/forum.js"></script>
</head>
<body>
<div id="qmenu">⟦m 栱湖在线⟧ <span>⟦m 今日栱湖：小雨转阴 9～14℃⟧</span> <a>⟦a 登录⟧</a> <a>⟦a 注册新账号⟧</a></div>
<div id="pt">⟦m 栱湖在线 › 民生百事 › 问政留言⟧</div>
<div class="ts"><h1><span id="thread_subject">{T}</span></h1> <a>⟦a [复制本帖地址]⟧</a></div>
<table class="plhin"><tr>
<td class="pls">
<p>⟦m 楹苑老住户⟧</p>
<p>⟦m 勋章：热心网友 · 老街坊⟧</p>
</td>
<td class="plc">
<div class="authi">⟦m 发表于 2 天前 | 只看该作者⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="ad">⟦m 栱湖装修找安家居，整装全包 0766-3370088⟧</div>
<div class="official">⟦l 此帖已转交区市场监管局 › 查看官方回复⟧</div>
<div class="po">⟦a 支持 16　反对　收藏　分享⟧</div>
</td></tr></table>
<div class="reply">
<p>⟦l 2#　鲢塘小卖部：我家也是，现在都买桶装水了。⟧</p>
<p>⟦l 3#　楹苑网格员小孔：已上报社区，明天联系运营方。⟧</p>
</div>
<div id="ft">⟦m 栱湖在线 gonghuzx.com　湘ICP备15007203号⟧</div>
</body>
</html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=2),
        body="""
住在鲢塘社区快十年了，社区门口那台自助净水机一直是我们几栋楼打水的地方，五毛钱一桶，方便又便宜。
可最近半个月，打回来的水烧开后有一股说不出的怪味，水壶底还结了一层黄色的垢。我问了几个邻居，大家都有同感。
机器上贴的运营电话打了好几次都没人接，上面的滤芯更换记录还停在去年八月。
想问一下，这种设在路边的净水机归哪个部门管？有没有定期检测？附近住的多是老人，天天喝这个水，大家心里都不踏实。
希望有关部门能来看一看。
""",
    ),
    dict(
        slug="localforum-yintian-airfryer-refund-runaround",
        site="骃田在线 (invented town forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="http://www.yintianzx.com/forum/view/55918",
        title="镇上超市买的空气炸锅用了三天就不加热，售后互相推",
        record_title="[消费维权] 镇上超市买的空气炸锅用了三天就不加热，售后互相推 - 民生热线 - 骃田在线",
        date=None,
        notes="town forum as text: a weather line, a poster line with 今天 08:12 (no date), an edited aside, replies with a merchant's ad, a 12315 line as content",
        page="""
!m 骃田在线 · 镇上的事大家说　　今天 多云 6～15℃
!m 骃田在线 » 民生热线 » 浏览帖子
!t [消费维权] 镇上超市买的空气炸锅用了三天就不加热，售后互相推
!m 骃田老六　　今天 08:12　　浏览 1,027　　回复 8
{BODY}
!m 该帖于 今天 08:40 被作者编辑过
!l 2楼　镇消协小陈：七日内性能故障可以要求退换，带上发票来镇市场监管所，我们帮你协调。
!l 3楼　骃田电器行：本店空气炸锅包换包修，欢迎来看，电话 0739-6577312
!l 4楼　路过的：支持楼主，发票收好是关键。
!a 回帖需先登录，新用户注册送10枚骃币
!m 骃田在线 版权所有　　举报邮箱：jb@yintianzx.com
""",
        body="""
上周六在镇上一家超市买了台五升的空气炸锅，一百六十九元，用了三天就只转风扇不加热了。
拿回超市，店员说质量问题要找厂家；打厂家电话，客服又说是超市进的货，要超市先出检测报告才能换。
包装盒和发票都还在，保修卡上写着“一年保修，七日包换”。我觉得七天之内坏了就该直接换，怎么变成了我来回跑？
请问大家遇到这种情况怎么办？打12315管不管用？
镇上的朋友买东西也留个心眼，发票一定要收好。
""",
    ),
    dict(
        slug="download-sucaicang-rules-cabinet-fileinfo",
        site="素材仓 (invented download station, old table layout)",
        style="资料下载站",
        genre="制度",
        kind="other",
        form="html",
        source="http://www.sucaicang.com/soft/zhidu/20931.html",
        title="餐饮单位餐具消毒柜使用管理制度",
        record_title="餐饮单位餐具消毒柜使用管理制度（Word版可改）点击下载_素材仓",
        date=None,
        notes="download station in a table layout: a file-info table, three download links, an unzip password and a dead-link report; 第N条 articles; an update stamp is no date",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>餐饮单位餐具消毒柜使用管理制度（Word版可改）点击下载_素材仓</title>
<script language="javascript" src="/js/down.js"></script>
</head>
<body>
<table width="980" align="center"><tr><td>⟦m 素材仓 - 办公资料一仓装⟧</td><td align="right">⟦a 收藏素材仓⟧ ⟦a 投稿赚钱⟧</td></tr></table>
<table width="980" align="center"><tr><td>⟦m 首页 | 规章制度 | 合同范本 | 表格模板 | 工作总结⟧</td></tr></table>
<table width="980" align="center"><tr><td>⟦m 当前位置：素材仓 → 规章制度 → 餐饮管理⟧</td></tr></table>
<table width="980" align="center" class="info">
<tr><td colspan="2"><b>{T}</b></td></tr>
<tr><td>⟦m 资料大小：26 KB⟧</td><td>⟦m 资料格式：.docx⟧</td></tr>
<tr><td>⟦m 更新时间：半年前⟧</td><td>⟦m 资料语言：简体中文⟧</td></tr>
<tr><td>⟦m 下载次数：3012⟧</td><td>⟦m 推荐星级：★★★★☆⟧</td></tr>
</table>
<table width="980" align="center" class="jieshao">
<tr><td>⟦m 资料简介：⟧</td></tr>
<tr><td>
{BODY}
</td></tr>
</table>
<table width="980" align="center" class="down">
<tr><td>⟦a 电信高速下载⟧</td><td>⟦a 联通高速下载⟧</td><td>⟦a 本地备用下载⟧</td></tr>
<tr><td colspan="3">⟦a 解压口令：www.sucaicang.com⟧</td></tr>
<tr><td colspan="3">⟦a 链接打不开？点这里告诉我们⟧</td></tr>
</table>
<table width="980" align="center"><tr><td>⟦d 素材仓资料均来自网络收集和网友上传，仅供参考，请于下载后24小时内删除。⟧<br>⟦m Copyright © 素材仓 苏ICP备16034519号⟧</td></tr></table>
</body>
</html>
""",
        p_html="{}<br>",
        body="""
第一条　为规范本单位餐具消毒工作，预防食源性疾病，制定本制度。
第二条　消毒柜由厨房主管指定专人负责操作和日常管理。
第三条　餐具应先清洗干净、沥干水分后再放入消毒柜，按类别分层摆放，不得堆叠。
第四条　高温消毒柜消毒温度不低于一百二十摄氏度，持续时间不少于十五分钟；臭氧消毒柜按说明书规定时间运行。
第五条　消毒结束后，餐具应在柜内保洁存放，取用时使用专用夹具，不得用手直接接触餐具内表面。
第六条　每次消毒均应填写消毒记录，记录保存不少于六个月。
第七条　消毒柜每周清洁一次，每月检查一次门封条、加热管和臭氧发生器。
第八条　本制度自公布之日起执行。
""",
    ),
    dict(
        slug="download-banshiku-contract-soymilk-template-doc",
        site="办事库资料站 (invented)",
        style="资料下载站",
        genre="合同范本",
        kind="other",
        form="text",
        source="https://www.banshiku.net/hetong/caigou/7716.html",
        title="商用豆浆机采购合同（范本）",
        record_title="商用豆浆机采购合同（范本）.doc",
        date=None,
        notes="file-name record title; a contract template with ×× placeholders, ＿＿ blanks and ＿＿年＿＿月＿＿日; 第N条 articles; an addition stamp is no date",
        page="""
!m 办事库资料站 — 合同、表格、制度随手下
!m 合同范本 ＞ 采购合同 ＞ 设备采购
!t 商用豆浆机采购合同（范本）.doc
!m 添加时间：上周　　文件大小：31KB　　授权：免费　　下载：1688
!a 【立即下载】　【网盘备用】　【报告错误】
{BODY}
!a 下载后请用WPS或Word打开，可直接填写
!l 相关范本：食堂设备采购合同｜厨具安装合同｜设备维保合同
!d 本站范本仅供参考，签订合同前请咨询专业律师。
""",
        body="""
甲方（采购方）：××学校
乙方（供货方）：××商贸有限公司
第一条　货物名称、型号及数量：商用豆浆机＿＿台，型号＿＿＿＿，单价＿＿元，合计人民币＿＿＿＿元。
第二条　乙方应于合同签订后＿＿日内将货物送至甲方指定地点，并负责安装调试和操作培训。
第三条　货物质量应符合国家有关标准，随机提供产品合格证、说明书和检测报告。
第四条　质保期为验收合格之日起＿＿个月，质保期内非人为损坏的，乙方免费维修或更换。
第五条　甲方在验收合格后＿＿日内支付全部货款。
第六条　任何一方违约，应按合同总价的百分之＿＿向对方支付违约金。
第七条　本合同一式两份，双方各执一份，自双方签字盖章之日起生效。
甲方（盖章）：　　　　乙方（盖章）：
签订日期：＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="exam-meicheng-appraisal-purifier-repair-timetable",
        site="楣城人事考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.mcrsks.cn/zyjn/2025/1110/3304.html",
        title="关于2025年第二批家用电器产品维修工（净水设备方向）职业技能等级认定考试安排的通知",
        record_title="〖认定公告〗关于2025年第二批家用电器产品维修工（净水设备方向）职业技能等级认定考试安排的通知_楣城人事考试网",
        date="2025-11-10",
        notes="personnel-exam site: a maintenance banner, an admission-ticket float and a technical line next to the notice's 考务咨询电话; a timetable one row a paragraph; downloading and printing 准考证 as content; signature date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〖认定公告〗关于2025年第二批家用电器产品维修工（净水设备方向）职业技能等级认定考试安排的通知_楣城人事考试网</title>
<script src="/js/ks-main.js"></script>
</head>
<body>
<div class="notice-bar">⟦m 系统升级提示：本网站将于11月16日凌晨1:00—5:00暂停访问⟧</div>
<div class="head">⟦m 楣城人事考试网⟧ <span>⟦m 楣城市人事考试院主办⟧</span></div>
<div class="nav"><a>⟦m 首页⟧</a> <a>⟦m 公务员录用⟧</a> <a>⟦m 事业单位⟧</a> <a>⟦m 职业技能⟧</a> <a>⟦m 成绩查询⟧</a></div>
<div class="loc">⟦m 位置：首页 › 职业技能 › 考试安排⟧</div>
<div class="main">
<h1>{T}</h1>
<div class="attr">⟦m 来源：市职业技能鉴定指导中心　　时间：2025-11-10 15:22⟧</div>
<div class="txt">
{BODY}
</div>
</div>
<div class="float-zkz"><a>⟦a 准考证打印入口⟧</a> <a>⟦a 成绩查询入口⟧</a></div>
<div class="foot">
<p>⟦m 网站技术支持：0766-3218000（工作日 9:00-17:00）⟧</p>
<p>⟦m 楣城市人事考试院 版权所有　湘ICP备08012274号⟧</p>
</div>
</body>
</html>
""",
        body="""
各位考生：
2025年第二批家用电器产品维修工（净水设备方向）职业技能等级认定考试定于11月22日举行，现将有关事项通知如下。
一、考试安排
科目　时间　地点
理论知识　11月22日9:00—10:30　楣城技师学院一号楼
技能操作　11月22日13:30—17:30　楣城技师学院实训楼
二、准考证打印。考生请于11月18日至21日登录本网站下载并打印准考证。
三、考试要求。考生须携带准考证和身份证原件，技能操作考试自带万用表、扳手等常用工具，考场提供净水器整机和配件。
考务咨询电话：0766-3218564
楣城市职业技能鉴定指导中心
2025年11月10日
""",
    ),
    dict(
        slug="exam-cuiling-recruit-blanket-test-practical",
        site="榱岭人事考试信息网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://rsks.cuiling.gov.cn/zpks/20251128/619.html",
        title="关于榱岭县产品质量检验所检验员岗位实操考核有关事项的通知",
        record_title="【考录动态】关于榱岭县产品质量检验所检验员岗位实操考核有关事项的通知_榱岭人事考试信息网",
        date="2025-11-28",
        notes="exam site as text: a 考录动态 column prefix in the record title; the notice's own 咨询电话 beside the site's 技术咨询 line; an examinee test on an electric blanket; signature date",
        page="""
!m 榱岭人事考试信息网　|　公平公正　服务考生
!m 首页 » 考录动态 » 事业单位招聘
{T}
!m 信息来源：县人社局　　发布时间：2025-11-28　　浏览：3417
!a 〔打印〕〔收藏〕〔关闭〕
{BODY}
!l 上一条：榱岭县2025年事业单位公开招聘笔试成绩公示
!l 下一条：关于进入体检人员名单的公告
!m 网站技术咨询：0739-6600500　　考生服务邮箱：ksfw_cl@163.com
!m 主办：榱岭县人力资源和社会保障局
""",
        indent="\u3000\u3000",
        body="""
各位考生：
根据榱岭县产品质量检验所2025年公开招聘工作安排，现将检验员岗位实操考核有关事项通知如下：
一、考核时间：2025年12月6日上午8:30。
二、考核地点：榱岭县产品质量检验所电器检测室。
三、考核内容：考生按照国家标准对一条电热毯样品进行输入功率、泄漏电流和温控器动作温度三项检测，并填写原始记录。考核时间六十分钟。
四、注意事项：考生须提前三十分钟到达，凭身份证和笔试准考证入场；检测仪器由考点提供，考生不得自带工具。
咨询电话：0739-6603215
榱岭县人力资源和社会保障局
2025年11月28日
""",
    ),
    dict(
        slug="tender-fangchuan-bid-result-cabinets-lots",
        site="枋川县公共资源交易网 (invented)",
        style="招投标网",
        genre="中标公告",
        kind="notice",
        form="html",
        source="https://ggzy.fangchuan.gov.cn/jyxx/zfcg/zbgg/20250620/1190.html",
        title="枋川县中小学食堂消毒柜采购项目中标结果公告",
        record_title="[结果公示] 枋川县中小学食堂消毒柜采购项目中标结果公告 - 枋川县公共资源交易网",
        date="2025-06-20",
        notes="tender portal: a clock, a challenge-period countdown, CA and trading-system lines next to purchaser and agency contacts; a lots table one row a paragraph; the closing date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>[结果公示] 枋川县中小学食堂消毒柜采购项目中标结果公告 - 枋川县公共资源交易网</title>
<script src="/js/clock.js"></script>
</head>
<body>
<div class="top">⟦m 枋川县公共资源交易网⟧ <span id="clock">⟦m 北京时间 09:41:27⟧</span></div>
<div class="menu"><a>⟦m 首页⟧</a> <a>⟦m 交易信息⟧</a> <a>⟦m 政策法规⟧</a> <a>⟦m 服务指南⟧</a> <a>⟦m 诚信体系⟧</a></div>
<div class="crumb">⟦m 交易信息 / 政府采购 / 中标结果⟧</div>
<div class="detail">
<h3>{T}</h3>
<p class="sub">⟦m 发布时间：2025-06-20　信息来源：枋川县政府采购中心　访问次数：517⟧</p>
<p class="countdown">⟦m 质疑期剩余：6天 23时 18分⟧</p>
<div class="detail-body">
{BODY}
</div>
<p>⟦a 附件：中标结果公告（盖章版）.pdf⟧</p>
</div>
<div class="foot">
<p>⟦m CA数字证书办理：0739-6708800　交易系统使用咨询：0739-6708811⟧</p>
<p>⟦m 枋川县公共资源交易中心 主办　湘ICP备19012873号⟧</p>
</div>
</body>
</html>
""",
        body="""
一、项目编号：FCZC-2025-0418
二、项目名称：枋川县中小学食堂消毒柜采购项目
三、中标信息
包号　中标供应商　中标金额（元）
一包　楣城厨安设备有限公司　286400
二包　枋川县洁餐商贸有限公司　173900
四、主要标的：一包为大容量热风循环消毒柜四十台，二包为双门高温消毒柜三十台。
五、公告期限：自本公告发布之日起一个工作日。
六、联系方式
采购人：枋川县教育局　联系人：苗仲岳　电话：0739-6708143
代理机构：楣城诚标招标代理有限公司　联系人：甘若溪　电话：0766-3502216
2025年6月20日
""",
    ),
    dict(
        slug="tender-doushui-inquiry-purifiers-record-date",
        site="枓水县公共资源交易网 (invented)",
        style="招投标网",
        genre="询价公告",
        kind="notice",
        form="text",
        source="http://jyzx.doushui.gov.cn/cgxx/xjgg/20250804/0427.html",
        title="枓水县社区卫生服务中心净水设备采购询价公告",
        record_title="【询价·小额采购】枓水县社区卫生服务中心净水设备采购询价公告-枓水县公共资源交易网",
        record_date="2025-08-04",
        date="2025-08-04",
        notes="the record gives the date; an items table one row a paragraph; downloading the inquiry file as content; a CA line and a platform service line after the body",
        page="""
!m 枓水县公共资源交易网
!m 交易信息 > 政府采购 > 询价公告
{T}
!m 【信息时间：2025-08-04】　【阅读次数：182】　【我要打印】　【关闭】
{BODY}
!a 询价文件下载（登录后可见）
!m CA锁办理与续期：0739-6800200　　平台客服：0739-6800211
!m 枓水县公共资源交易中心　　地址：枓水县政务服务中心三楼
""",
        body="""
枓水县社区卫生服务中心拟采购净水设备一批，现邀请符合条件的供应商参加询价。
一、采购内容
名称　数量　最高限价（元）
商用反渗透净水器　4台　36000
壁挂式饮水净水机　10台　28000
二、供应商资格：具有独立法人资格，近三年内无重大违法记录。
三、询价文件获取：请于8月5日至8月9日在本网站下载询价文件。
四、报价截止时间：2025年8月11日17:00，逾期不予受理。
五、联系方式：采购人联系人　谷晴川　0739-6812475
枓水县社区卫生服务中心
2025年8月4日
""",
    ),
    dict(
        slug="lawfirm-hengzheng-case-airfryer-window-burst",
        site="楣城衡正律师事务所 (invented)",
        style="律所网站",
        genre="案例评析",
        kind="other",
        form="html",
        source="https://www.hengzhenglaw.cn/anli/cpzr/215.html",
        title="空气炸锅视窗爆裂伤人，生产者和销售者谁来赔？",
        record_title="【律师评案】空气炸锅视窗爆裂伤人，生产者和销售者谁来赔？｜楣城衡正律师事务所",
        date=None,
        notes="law firm: a 400 line, a lawyer card, a consult float, a page-address block and a repost notice; a consult prompt glued after a sentence; a case note with no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【律师评案】空气炸锅视窗爆裂伤人，生产者和销售者谁来赔？｜楣城衡正律师事务所</title>
<script src="/js/kefu.js"></script>
</head>
<body>
<div class="top">⟦m 楣城衡正律师事务所⟧ <span>⟦m 全国咨询热线：400-618-9277⟧</span></div>
<div class="nav"><a>⟦m 首页⟧</a> <a>⟦m 律所简介⟧</a> <a>⟦m 专业领域⟧</a> <a>⟦m 律师评案⟧</a> <a>⟦m 联系我们⟧</a></div>
<div class="crumbs">⟦m 首页 › 律师评案 › 产品责任⟧</div>
<div class="case">
<h1>{T}</h1>
<p class="meta">⟦m 作者：戚慕白律师　　阅读 1,204⟧</p>
{BODY}
<div class="link-box">⟦m 本页地址：https://www.hengzhenglaw.cn/anli/cpzr/215.html⟧</div>
<div class="repost">⟦d 本文系衡正律所原创普法内容，转载请联系授权并注明出处。⟧</div>
</div>
<div class="lawyer-card">
<p>⟦m 戚慕白　执业律师⟧</p>
<p>⟦m 擅长：产品责任、消费纠纷、人身损害赔偿⟧</p>
<p>⟦w 微信同号：138 7390 2615⟧</p>
</div>
<div class="float-zixun">⟦w 在线律师一对一⟧</div>
<div class="foot">⟦m 楣城衡正律师事务所　地址：楣城市栱湖区法苑路8号　湘ICP备20008163号⟧</div>
</body>
</html>
""",
        body="""
案情：消费者吴女士在家中使用一台带可视窗口的空气炸锅烤鸡翅，机器运行约十分钟后，玻璃视窗突然爆裂，碎片划伤了她的手臂。吴女士起诉生产企业和销售商，要求赔偿医疗费、误工费等共计一万二千元。
审理：法院委托鉴定后认定，该批次产品视窗玻璃未经钢化处理，存在设计缺陷。依照民法典和产品质量法的规定，判决生产企业承担赔偿责任，销售商承担连带责任。⟦w 遇到产品纠纷？戳这里免费问律师⟧
律师提示：因产品缺陷造成人身伤害的，消费者既可以向生产者要求赔偿，也可以向销售者要求赔偿。发生类似事故后，要保留好产品、购物凭证和就医记录，必要时申请鉴定。
""",
    ),
    dict(
        slug="lawfirm-shouzhong-letter-rental-blanket-fire-record-title",
        site="榱岭守中律师事务所 (invented)",
        style="律所网站",
        genre="律师函",
        kind="notice",
        form="text",
        source="http://www.shouzhonglaw.com/wenshu/lsh/0312.html",
        title="关于出租房电热毯起火致损一事的律师函",
        notes="title given by the record as is; a sample letter on a law firm's page: the letter's own 联系人/电话 beside the firm's hotline and a consult prompt; signature date",
        date="2025-02-14",
        page="""
!m 榱岭守中律师事务所　　守法之中，护你周全
!m 首页 | 文书示例 | 律师团队 | 在线咨询
!m 当前：文书示例 > 律师函
{T}
!m 整理：守中律所文书组　　阅读 355
{BODY}
!w 需要起草律师函？拨打守中律所咨询热线 0739-6690999
!d 以上文书示例已隐去当事人真实信息，仅供参考，不构成法律意见。
!l 相关文书：催告函｜解除租赁合同通知书｜房屋损坏赔偿协议
""",
        indent="\u3000\u3000",
        body="""
朱建国先生：
榱岭守中律师事务所接受翁丽华女士委托，指派本律师就您承租的楹苑小区3栋502室火灾损失一事，向您致函如下：
2025年1月9日晚，上述房屋因您使用的电热毯长时间通电过热引发火灾，烧毁屋内床铺、衣柜等家具家电，并熏黑墙面，经评估损失共计二万三千六百元。
根据双方签订的租赁合同第八条约定，承租人应安全使用电器，因承租人过错造成房屋损坏的，应承担赔偿责任。
请您于收到本函之日起十日内与我所联系，协商赔偿事宜。逾期未联系的，委托人将依法提起诉讼。
联系人：戴鸣远律师　电话：0739-6690417
榱岭守中律师事务所
2025年2月14日
""",
    ),
]

"""holdout199, part D: county forums, download stations, personnel-exam sites, tender portals and
law firms. Invented text (sites, places, people, numbers, URLs); see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="localforum-guancheng-smoke-alarm-chirp-jammer",
        site="瓘城论坛 (invented county forum, Discuz-like)",
        style="地方论坛",
        genre="论坛帖子",
        kind="other",
        form="html",
        source="https://bbs.guancheng.example.net/thread-1190432-1-1.html",
        title="楼道里的烟感半夜老是叫，物业说不归他们管？",
        record_title=None,
        date=None,
        notes="county forum, no record title: the thread subject; jammer-font junk; a weather line, medals, a decoration ad, an official-reply link; posted 2 天前 (no date); the poster's own mention of the community's phone stays in the body",
        page="""
<html><head><meta charset="utf-8"><title>瓘城论坛 - 瓘城人的网上家园</title>
<style>.jammer{display:none}</style></head>
<body>
<div id="hd">⟦m 瓘城论坛⟧ ⟦m 今日瓘城：小雨转阴 18~24℃⟧ <a>⟦a 快捷登录⟧</a></div>
<div id="pt">⟦m 瓘城论坛 › 民生热线 › 小区物业⟧</div>
<div class="ad">⟦a 【广告】瓘城安居装饰 全包装修每平398起 点击咨询⟧</div>
<table class="plhin"><tr><td class="pls">⟦m 瑫园老住户⟧<br>⟦m 勋章：热心网友 瓘城通⟧</td>
<td class="plc"><h1 id="thread_subject">{T}</h1>
<div class="authi">⟦m 楼主　发表于 2 天前　|　只看楼主⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="reply-official"><a>⟦l 【已转交】本帖已转交瓘城区应急管理局，点此查看回复⟧</a></div>
<div class="po">⟦a 回复　引用　收藏　分享　举报⟧</div></td></tr></table>
<div class="fl">⟦l 2楼　老街坊：我们楼也是，后来自己换了电池就好了⟧</div>
<div class="fl">⟦l 3楼　瓘城小编：已联系相关部门，请楼主留意回复⟧</div>
<div id="ft">⟦m 瓘城论坛 · 瓘城区网络文化协会指导⟧ ⟦m 湘公网安备43110202000311号⟧</div>
</body></html>
""",
        junk=dict(lines=1, glued=2),
        body="""
我住瑫园社区7栋三单元，楼道里去年统一装了烟感报警器。最近一个星期，三楼那只每到半夜就“嘀”一声，隔一分钟又一声，整栋楼都睡不好。
我先找了物业，物业说报警器是社区统一装的，不归他们管。我又打了社区电话0739-6631207，工作人员说要登记后安排人来，到现在还没来。
我查了一下，这种叫声多半是电池没电了。问题是报警器装在楼道顶上，老人根本够不着，也不敢自己乱拆。
想问问大家：楼道公共区域的烟感报警器到底谁负责维护？换个电池要等多久？
""",
    ),
    dict(
        slug="localforum-hanxi-kettle-tradein-junk",
        site="琀溪论坛 (invented county forum)",
        style="地方论坛",
        genre="论坛帖子",
        kind="other",
        form="text",
        source="http://www.hanxiluntan.example.cn/thread-402218-1-1.html",
        title="商场电热水壶以旧换新，旧壶最多抵60元",
        record_title="[便民资讯] 商场电热水壶以旧换新，旧壶最多抵60元 - 琀溪生活圈 - 琀溪论坛",
        date=None,
        notes="county forum as text: junk lines and junk glued after 。; posted 前天 (no date); weather line, replies, QQ group ad",
        page="""
!m 琀溪论坛　　琀溪人的生活圈　　今天：晴 11~20℃
!m 琀溪论坛 » 琀溪生活圈 » 便民资讯
!t [便民资讯] 商场电热水壶以旧换新，旧壶最多抵60元
!m 楼主：溪边阿满　　发表于 前天 09:12　　浏览 1407　回复 23
{BODY}
!a 顶　　踩　　收藏　　举报
!l 沙发　晒太阳的猫：铝壶也能换吗？
!l 板凳　溪边阿满：回楼上，铝壶也算，只要是烧水壶就行
!l 地板　琀溪小胖：已换，送了个杯子
!w 琀溪便民群：QQ 6620471288，进群看更多优惠
!m 琀溪论坛　Powered by Discuz!
""",
        junk=dict(lines=2, glued=2),
        body="""
今天去县百货大楼三楼家电区，看到电热水壶在搞以旧换新，跟大家说一下。
不管什么牌子的旧烧水壶，能通电的抵60元，不能通电的抵30元，一人限换一台。新壶有好几款，都是带防干烧的，最便宜的换完只要四十多块。
活动到这个月底结束，要带身份证登记。店员说旧壶统一拉去回收，不会再卖。
我家那个壶用了七八年，底下都锈了，正好换掉。家里有老壶的可以去看看。
""",
    ),
    dict(
        slug="download-dingding-rules-cooker-canteen",
        site="鼎鼎下载站 (invented, old gb2312 download station)",
        style="资料下载站",
        genre="规程",
        kind="other",
        form="html",
        source="http://www.dingdingxz.example.com/soft/wendang/41872.html",
        title="食堂高压锅安全操作规程",
        record_title="食堂高压锅安全操作规程 DOC版｜鼎鼎下载站",
        date=None,
        notes="old gb2312 download station: file-info table, three download links, an unzip password, a dead-link report, a floating ghost-writer ad; 第N条 articles speak of 打印 and 扫码 as content; no date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>食堂高压锅安全操作规程 DOC版｜鼎鼎下载站</title>
<script language="javascript" src="/js/down.js"></script>
</head><body>
<table width="980" align="center"><tr><td>⟦m 鼎鼎下载站⟧　⟦m 绿色·安全·高速⟧</td><td align="right"><a>⟦a 设为主页⟧</a> <a>⟦a 收藏本站⟧</a></td></tr></table>
<table width="980" align="center"><tr><td>⟦m 首页 | 软件下载 | 文档资料 | 合同范本 | 规章制度⟧</td></tr></table>
<table width="980" align="center"><tr><td>⟦m 当前位置：首页 → 文档资料 → 规章制度 → 食堂高压锅安全操作规程⟧</td></tr></table>
<table width="980" align="center" border="1" cellspacing="0">
<tr><td>⟦m 资料名称：⟧</td><td>{T}</td></tr>
<tr><td>⟦m 资料大小：⟧</td><td>⟦m 26 KB⟧</td></tr>
<tr><td>⟦m 资料格式：⟧</td><td>⟦m .doc⟧</td></tr>
<tr><td>⟦m 资料更新于：⟧</td><td>⟦m 2025-02-17⟧</td></tr>
<tr><td>⟦m 运行环境：⟧</td><td>⟦m WPS/Office⟧</td></tr></table>
<table width="980" align="center"><tr><td><b>⟦m 资料简介：⟧</b></td></tr><tr><td>
{BODY}
</td></tr></table>
<table width="980" align="center"><tr><td>⟦a 下载地址：⟧ <a>⟦a 电信高速下载⟧</a> <a>⟦a 联通高速下载⟧</a> <a>⟦a 本地备用下载⟧</a></td></tr>
<tr><td>⟦a 解压密码：www.dingdingxz.example.com⟧</td></tr>
<tr><td><a>⟦a 下载不了？点这里报告死链⟧</a></td></tr></table>
<div id="floatad" style="position:absolute;left:2px;top:260px">⟦w 食堂制度代编 QQ 1376620918⟧</div>
<table width="980" align="center"><tr><td align="center">⟦d 本站资料均来自网络收集，仅供学习研究，下载后请于24小时内删除⟧<br>⟦m 鄂ICP备08019963号⟧</td></tr></table>
</body></html>
""",
        body="""
第一条　本规程适用于学校、机关食堂使用的商用高压锅。
第二条　高压锅操作人员须经培训合格后上岗，非操作人员不得使用。
第三条　使用前检查密封圈是否完好、排气孔和安全阀是否畅通，锅盖未扣合到位不得加热。
第四条　锅内食物和水不得超过锅容积的三分之二，豆类等易膨胀食物不得超过二分之一。
第五条　加热过程中操作人员不得离开，发现排气异常立即关火。
第六条　烹饪结束后须待锅内压力完全释放、浮子阀落下方可开盖，严禁强行开盖或用冷水浇淋锅盖。
第七条　每口高压锅建立使用和检查台账，由食堂管理员每周打印一份存档；锅身粘贴设备二维码，检查人员扫码登记检查结果。
第八条　高压锅使用满八年或锅体变形的，必须报废更换。
""",
    ),
    dict(
        slug="download-xiazai-host-script-inkpad-apprentice",
        site="文档下载吧 (invented)",
        style="资料下载站",
        genre="主持词",
        kind="speech",
        form="text",
        source="https://www.wendangxzb.example.cn/d/zhuchici/55302.html",
        title="印泥制作技艺传承人收徒仪式主持词",
        record_title="印泥制作技艺传承人收徒仪式主持词.doc",
        date=None,
        notes="download station as text, file-name record title: a host script with numbered steps; file-info lines, download links and an unzip password; no date",
        page="""
!m 文档下载吧　　免费资料下载
!m 首页 > 主持词 > 仪式主持词
!m 文件名：印泥制作技艺传承人收徒仪式主持词.doc
!m 大小：18.5KB　　格式：doc　　添加时间：3 天前　　下载次数：87
!m 资料简介：
{BODY}
!a 下载地址①：本地下载　　下载地址②：网盘下载
!a 解压密码见压缩包注释
!l 同类资料：拜师仪式主持词（3篇）　非遗进校园活动主持词
!d 如发现资料侵权，请发送邮件至本站删除
""",
        indent="",
        body="""
尊敬的各位领导、各位来宾，朋友们：
大家上午好！今天，我们相聚在瑳田镇非遗传习所，隆重举行县级非物质文化遗产“瑳田朱砂印泥制作技艺”代表性传承人马秉坤先生收徒仪式。我是今天的主持人。
出席今天仪式的有县文化馆、瑳田镇政府的领导，以及马老先生的家人和印泥作坊的师傅们。让我们以热烈的掌声表示欢迎！
仪式进行第一项：请马秉坤先生介绍瑳田朱砂印泥的制作技艺。
仪式进行第二项：请三位徒弟向师傅行拜师礼、敬茶，递交拜师帖。
仪式进行第三项：请马秉坤先生向徒弟赠送晒油瓶和揉泥刀。
仪式进行第四项：请县文化馆领导讲话。
一盒好印泥，要晒三年油、揉千百遍。希望各位徒弟跟着师傅，把这门手艺学到手、传下去。收徒仪式到此结束，谢谢大家！
""",
    ),
    dict(
        slug="pta-fanshan-notice-ranger-practical-binoculars",
        site="璠山县人事考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="html",
        source="http://rsks.fanshan.example.gov.cn/ksxx/tzgg/202505/t20250521_2219.html",
        title="关于璠山县2025年湿地巡护员招聘实操考核有关事项的公告",
        record_title="【实操考核】关于璠山县2025年湿地巡护员招聘实操考核有关事项的公告 - 考试公告 - 璠山县人事考试网",
        date="2025-05-20",
        date_also=["2025-05-21"],
        notes="personnel-exam site: a maintenance banner and an admission-ticket float; the committee's 考务咨询电话 beside the site's technical line; 下载并打印准考证 is body; 成文日期 differs from the page's date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【实操考核】关于璠山县2025年湿地巡护员招聘实操考核有关事项的公告 - 考试公告 - 璠山县人事考试网</title>
<script src="/js/notice-float.js"></script></head>
<body>
<div class="banner">⟦d 系统通知：5月24日0:00-6:00报名系统升级，期间暂停访问⟧</div>
<div class="top">⟦m 璠山县人事考试网⟧ ⟦m 璠山县人力资源和社会保障局主办⟧</div>
<div class="nav">⟦m 首页 · 考试公告 · 报名入口 · 成绩查询 · 考生须知⟧</div>
<div class="pos">⟦m 首页 > 考试公告⟧</div>
<div class="article"><h2>{T}</h2>
<div class="meta">⟦m 发布日期：2025-05-21　　来源：县人事考试中心⟧</div>
{BODY}
</div>
<div class="float-right">⟦a 准考证打印入口 ›⟧</div>
<div class="foot">⟦w 报名系统技术咨询：0739-6650800（仅解答系统操作问题）⟧<br>⟦m 主办单位：璠山县人力资源和社会保障局　湘ICP备12003391号⟧</div>
</body></html>
""",
        body="""
根据《璠山县2025年湿地巡护员招聘公告》，现将实操考核有关事项公告如下：
一、考核时间和地点。2025年5月31日8:00开始，在琎河湿地公园观鸟站集中，分批进行。
二、考核内容。实操考核包括鸟类识别和野外巡护记录两项。鸟类识别使用统一配发的8×42双筒望远镜，在规定时间内识别并记录指定样区内的鸟种和数量；考生不得自带望远镜和电子设备。
三、有关要求。请考生于5月27日9:00后登录报名系统下载并打印准考证，考核当天凭准考证和身份证入场。考核在户外进行，请考生穿着防滑鞋、自备雨具。
考务咨询电话：0739-6650736（工作日8:30-17:30）。
璠山县人力资源和社会保障局
2025年5月20日
""",
    ),
    dict(
        slug="pta-xuanzhou-notice-fire-operator-timetable",
        site="璿州人事考试信息网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="https://www.xzrsks.example.cn/zyjn/2025/0812/5530.html",
        title="2025年第二批消防设施操作员（初级）职业技能等级认定考试安排公告",
        record_title="〔技能认定〕2025年第二批消防设施操作员（初级）职业技能等级认定考试安排公告_璿州人事考试信息网",
        date="2025-08-12",
        notes="exam site as text: a timetable table (one row a paragraph with ideographic spaces) including a smoke-detector practical item; 成文日期 under the signature; admission-ticket prompt, technical line",
        page="""
!m 璿州人事考试信息网
!m 首页 >> 职业技能 >> 考试安排
{T}
!m 时间：2025-08-12　　点击：4460
!a 〖考生服务大厅〗　〖准考证打印〗　〖成绩查询〗
{BODY}
!w 网站技术支持：0739-2860020
!l 相关链接：消防设施操作员报名条件说明
!m 主办：璿州市人事考试中心　湘ICP备08004410号
""",
        indent="\u3000\u3000",
        body="""
各报考人员：
2025年第二批消防设施操作员（初级）职业技能等级认定考试定于9月举行，现将考试安排公告如下：
考试科目　考试时间　考试地点
理论知识　9月6日9:00-10:30　璿州技师学院理论考场
技能操作（烟感报警器功能测试）　9月7日8:30起分批　璿州技师学院实训楼二楼
技能操作（消防控制室操作）　9月7日13:30起分批　璿州技师学院实训楼三楼
技能操作考试中，考生须在规定时间内完成点型感烟火灾探测器的外观检查、功能试验和故障排除，并如实填写记录表。
考生须于9月1日后自行打印准考证，凭准考证和身份证参加考试。
璿州市人事考试中心
2025年8月12日
""",
    ),
    dict(
        slug="tender-qiuchuan-bid-result-smoke-alarms",
        site="璆川县公共资源交易中心 (invented)",
        style="招投标网",
        genre="中标结果公告",
        kind="notice",
        form="html",
        source="http://ggzy.qiuchuan.example.gov.cn/jyxx/zfcg/zbgg/20250613/6611.html",
        title="璆川县独居老人家庭独立式烟感报警器采购项目中标结果公告",
        record_date="2025-06-13",
        date="2025-06-13",
        notes="tender portal, record gives title and date: a bid table, purchaser and agency contacts in the body beside CA and trading-system lines, a countdown",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>璆川县独居老人家庭独立式烟感报警器采购项目中标结果公告</title></head>
<body>
<div class="jy-top">⟦m 璆川县公共资源交易中心⟧ <span id="clock">⟦m 北京时间 2025-06-13 09:41:07⟧</span></div>
<div class="jy-nav">⟦m 首页 交易信息 政府采购 工程建设 办事指南 下载中心⟧</div>
<div class="jy-pos">⟦m 交易信息 › 政府采购 › 中标（成交）结果⟧</div>
<h3 class="jy-title">{T}</h3>
<div class="jy-meta">⟦m 信息时间：2025-06-13　　浏览：203⟧</div>
<div class="jy-count">⟦m 距质疑期截止还有 6 天⟧</div>
<div class="jy-body">
{BODY}
</div>
<div class="jy-help">⟦w CA数字证书办理：0739-6103388⟧ ⟦w 交易系统操作咨询：0739-6103399⟧</div>
<div class="jy-foot">⟦m 璆川县公共资源交易中心　版权所有⟧ ⟦m 网站标识码4312310042⟧</div>
</body></html>
""",
        body="""
一、项目编号：QCCG-2025-0417
二、项目名称：璆川县独居老人家庭独立式烟感报警器采购项目
三、中标信息
包号　中标供应商　中标金额（元）　数量（只）
第1包　璿州安泰消防设备有限公司　128760　2146
第2包　瑨湖县平安电子科技有限公司　42900　安装服务2146户
四、公告期限：自本公告发布之日起1个工作日。
五、凡对本次公告内容提出询问，请按以下方式联系。
采购人：璆川县应急管理局，联系人：柏沐阳，电话：0739-6128405。
采购代理机构：璿州正信招标咨询有限公司，联系人：祁向晚，电话：0739-2251776。
""",
    ),
    dict(
        slug="tender-jinhu-inquiry-kettles-elderly-centre",
        site="瑨湖县政府采购网 (invented)",
        style="招投标网",
        genre="询价公告",
        kind="notice",
        form="text",
        source="https://zfcg.jinhu.example.gov.cn/cggg/xjgg/2025/0305/1773.html",
        title="瑨湖县养老服务中心电热水壶等生活用品询价采购公告",
        record_title="[询价] 瑨湖县养老服务中心电热水壶等生活用品询价采购公告｜瑨湖县政府采购网",
        date="2025-03-05",
        notes="procurement portal as text: an items table, a sentence asking suppliers to 下载 the inquiry file and a 附件 list are body; purchaser contact beside the platform hotline; 成文日期 under the signature",
        page="""
!m 瑨湖县政府采购网
!m 首页 ＞ 采购公告 ＞ 询价公告
{T}
!m 发布时间：2025-03-05 15:02　　采购方式：询价
!a 〔下载公告〕　〔关注此项目〕
{BODY}
!w 平台服务热线：400-860-1166（9:00-17:00）
!l 同类公告：瑨湖县敬老院床上用品询价公告
!m 瑨湖县财政局主办　技术支持：璿州政采云
""",
        indent="\u3000\u3000",
        body="""
瑨湖县养老服务中心就电热水壶等生活用品进行询价采购，欢迎符合条件的供应商报价。
一、采购内容
品名　规格要求　数量
电热水壶　1.5升，不锈钢内胆，防干烧，3C认证　120台
保温水瓶　3.2升　80个
防滑拖鞋　均码　200双
二、报价要求：请有意向的供应商登录本网下载询价文件，于3月12日17:00前将盖章的报价单密封送达采购人。
三、采购人：瑨湖县养老服务中心，联系人：蔡晚晴，电话：0739-6527018。
附件：1.询价文件
2.报价单格式
瑨湖县养老服务中心
2025年3月5日
""",
    ),
    dict(
        slug="law-zhengming-case-cooker-explosion",
        site="璿州正明律师事务所 (invented)",
        style="律所网站",
        genre="案例分析",
        kind="other",
        form="html",
        source="https://www.zhengminglaw.example.cn/anli/chanpin/1058.html",
        title="高压锅爆开致人受伤，商家和厂家谁来赔？",
        record_title="判例小讲堂｜高压锅爆开致人受伤，商家和厂家谁来赔？—正明律所",
        date=None,
        notes="law firm: a lawyer card, a consult float, a 400 line, a 本文链接 block, a consult prompt glued after a sentence; no date (updated 2 周前)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>判例小讲堂｜高压锅爆开致人受伤，商家和厂家谁来赔？—正明律所</title>
<script src="/js/kefu.js"></script></head>
<body>
<div class="lf-top">⟦m 璿州正明律师事务所⟧ ⟦m 专注产品责任与消费维权⟧ <span>⟦w 全国咨询热线 400-877-1590⟧</span></div>
<div class="lf-nav">⟦m 首页 律所简介 律师团队 判例小讲堂 联系我们⟧</div>
<div class="lf-art"><h1>{T}</h1>
<div class="lf-meta">⟦m 栏目：判例小讲堂　　作者：诸葛晴律师　　更新于 2 周前⟧</div>
{BODY}
<div class="lf-link">⟦m 本文链接：https://www.zhengminglaw.example.cn/anli/chanpin/1058.html⟧</div>
<div class="lf-card">⟦m 诸葛晴　专职律师　执业证号14302201911087654⟧ ⟦w 预约面谈请拨 0739-2217788⟧</div>
</div>
<div class="lf-float">⟦w 律师在线 · 免费评估您的案件⟧</div>
<div class="lf-foot">⟦d 本站文章仅为普法之用，不作为具体案件的法律意见⟧ ⟦m 湘ICP备20011845号⟧</div>
</body></html>
""",
        body="""
【案情】李女士在琀溪县一家超市购买了一口高压锅，使用不到半年，某天炖汤时锅盖突然冲开，李女士面部和手臂被烫伤，花去医疗费两万余元。超市称应找厂家，厂家称李女士操作不当，双方互相推诿。
【分析】根据民法典和产品质量法的规定，因产品存在缺陷造成他人损害的，被侵权人可以向产品的生产者请求赔偿，也可以向产品的销售者请求赔偿。也就是说，李女士可以自由选择起诉超市或厂家，也可以一并起诉。⟦w 遇到类似纠纷？点此一键咨询律师⟧
本案中，经鉴定，该高压锅的安全泄压装置不符合国家标准，属于产品缺陷。厂家主张操作不当，但未能举证，法院不予采信。
【提示】发生此类事故后，要保存好锅具、购物小票和就医记录，不要自行丢弃或维修涉事产品，以便日后鉴定。
""",
    ),
    dict(
        slug="law-xinhe-letter-kettle-dealers-risk",
        site="瑽阳信和律师事务所 (invented)",
        style="律所网站",
        genre="函",
        kind="letter",
        form="text",
        source="http://www.xinhelawyer.example.com/news/falvtishi/2025/0410/332.html",
        title="致全市电热水壶经销商的法律风险提示函",
        record_title="【风险提示函】致全市电热水壶经销商的法律风险提示函 - 信和律所",
        date="2025-04-10",
        notes="law firm page as text: a 函 with its own 联系电话 in the body beside the firm's 400 line; 成文日期 under the signature; a lawyer card and a repost notice",
        page="""
!m 瑽阳信和律师事务所　　诚信　专业　和为贵
!m 首页 / 新闻资讯 / 法律提示
{T}
!m 发布人：信和律所　　浏览量：618
{BODY}
!w 24小时法律咨询热线：400-096-1818
!m 承办律师：晏怀川　执业证号：14301201510098821
!d 转载请注明出处“信和律所”，违者必究
!l 推荐阅读：小家电网店销售的七个合规要点
""",
        indent="\u3000\u3000",
        body="""
全市各电热水壶经销商：
近期，瑽阳市市场监督管理局在流通领域抽检中发现，部分经销商销售的电热水壶存在无3C认证、防干烧装置失效等问题。受瑽阳市家用电器商会委托，本所就相关法律风险提示如下：
一、销售未经强制性产品认证的电热水壶，依法可能被没收违法所得、处以罚款。
二、因产品缺陷造成消费者人身、财产损害的，销售者应当依法承担赔偿责任，不能以“厂家负责”为由推脱。
三、明知产品存在缺陷仍然销售，造成严重损害的，消费者可以请求惩罚性赔偿。
建议各经销商立即自查库存，下架无认证产品，保存好进货票据和检验报告。
如有疑问，请与本所联系，联系电话：0739-5201366。
瑽阳信和律师事务所
2025年4月10日
""",
    ),
]

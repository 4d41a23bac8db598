"""holdout257, part D: 地方论坛, 资料下载站, 人事考试网, 招投标网, 律所网站. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="cityforum-lihu-post-slipper-stalls-jammer-subject",
        site="漹湖论坛 (invented county forum, Discuz-like)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="https://bbs.yanhu-life.com/forum.php?mod=viewthread&tid=2290415",
        title="淰桥菜市场门口的拖鞋摊占了半条路，有人管吗？",
        record_title=None,
        date=None,
        notes="county forum: no title in the record (the thread subject); weather line, medals, a decoration ad, an "
        "official-reply link, jammer-font junk; the poster's 12345 mention is content; '发表于 5 天前' is no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="gbk">
<title>漹湖论坛 - 漹湖人自己的网上家园</title>
<style>.jammer{display:none}</style>
<script src="data/cache/common.js"></script>
</head>
<body>
<div id="toptb">⟦m 今天是周二　漹湖 多云 12~19℃⟧　<a>⟦a 登录⟧</a>　<a>⟦a 注册漹湖通行证⟧</a></div>
<div id="hd">⟦m 漹湖论坛⟧　⟦m 漹湖人自己的网上家园⟧</div>
<div id="nv">⟦m 首页　漹湖杂谈　民生热线　房产家居　二手市场　同城活动⟧</div>
<div class="ad">⟦m 广告｜澂园装饰 老房翻新免费量房 138-1736-4402⟧</div>
<div id="pt">⟦m 漹湖论坛 › 民生热线 › 帖子⟧</div>
<div class="pl">
<div class="pls">⟦m 淰桥老住户⟧<br>⟦m 勋章：热心网友　十年老坛友⟧<br>⟦m 帖子 311　积分 2045⟧</div>
<div class="plc">
<h1><span id="thread_subject">{T}</span></h1>
<div class="authi">⟦m 发表于 5 天前　|　只看该作者　|　查看：5871　回复：64⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="reply-official"><a>⟦l 【已转交】本帖已转交漹湖区淰桥街道办事处，点此查看官方回复⟧</a></div>
<div class="po">⟦a 回复　支持(138)　反对(2)　分享　举报⟧</div>
</div>
</div>
<div class="reply">⟦l 2楼　路过的猫：早该管了，下雨天更挤⟧</div>
<div class="reply">⟦l 3楼　淰桥人家：西侧空地那个建议好⟧</div>
<div id="ft">⟦m 漹湖论坛 bbs.yanhu-life.com　浙ICP备13029518号⟧<br>⟦d 网友发言仅代表个人观点，与本站立场无关⟧</div>
</body>
</html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=2),
        body="""
每天早上七点多送孩子上学都要经过淰桥菜市场东门，门口那几个卖拖鞋的摊子越摆越宽，塑料拖鞋、棉拖鞋一直铺到马路中间，电动车只能从缝里挤过去。
前天早上一个老人骑三轮车躲摊子，差点和一辆小车撞上，吓得我一身汗。
我不是说不让人家摆摊，小本生意也不容易。但能不能划个线，让摊子往里收一收？菜市场西侧那块空地一直空着，完全可以规划成临时摊位。
已经在12345反映过一次，说转给街道了，到现在没看到变化。希望论坛帮忙转给相关部门，也请城管和街道的同志来看看。
地址：漹湖区淰桥路菜市场东门，早上七点到九点最堵。
""",
    ),
    dict(
        slug="cityforum-jieyang-post-bathhouse-reopens-junk",
        site="湝阳生活网 (invented county forum), text",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="http://www.jieyang-shenghuo.com/thread-88136-1-1.html",
        title="漤溪老澡堂重新开张，旧搓澡巾能免费换新",
        record_title="[家乡新鲜事] 漤溪老澡堂重新开张，旧搓澡巾能免费换新 - 漤溪茶馆 - 湝阳生活网",
        date=None,
        notes="a county forum thread as text with junk lines and junk glued after sentences; prices and opening "
        "hours in the post; '昨天 20:13' is no date",
        page="""
!m 湝阳生活网 — 湝阳人的生活论坛
!m 首页 › 乡镇版块 › 漤溪茶馆
!t [家乡新鲜事] 漤溪老澡堂重新开张，旧搓澡巾能免费换新
!m 楼主 漤溪水边　　昨天 20:13　　浏览 2210　回复 37
!a 电梯直达　　只看楼主　　收藏帖子
{BODY}
!l 沙发 老街坊：周一休息记住了，上回白跑一趟
!l 板凳 小芋头：带娃能进吗？
!m 湝阳生活网 · 漤溪茶馆版主：茶壶嘴
!a 您还未登录，登录后即可回复和点评
""",
        junk=dict(lines=2, glued=3),
        body="""
好消息！漤溪镇供销社后面那家老澡堂，装修了小半年，这个月重新开张了。
我昨天下午去泡了一回，变化挺大：池子重新贴了瓷砖，更衣柜换成了带锁的，地面铺了防滑垫，还加装了排风扇，没那么闷了。
最让我意外的是，老板在门口放了一个筐，老顾客可以拿旧搓澡巾来免费换一条新的，说是开业头一个月都有效。我那条用了快一年，边都磨毛了，正好换了。
价格没涨，大人还是十五块，六十岁以上的老人十块。搓澡另算，二十块。
营业时间是下午一点到晚上十点，每周一休息。想去的乡亲们可以去看看。
""",
    ),
    dict(
        slug="download-dezi-rules-powder-dust-gb2312-fileinfo",
        site="得资源下载站 (invented, old gb2312 table layout)",
        style="资料下载站",
        genre="制度",
        kind="other",
        form="html",
        source="http://www.dezy8.com/soft/zhidu/41275.html",
        title="洗衣粉车间粉尘防爆安全管理制度",
        record_title="洗衣粉车间粉尘防爆安全管理制度 [doc格式] 本地高速下载 - 得资源下载站",
        date=None,
        notes="old table layout of a download station: file-info table, three download links, an unzip password, a "
        "dead-link report and a floating ad; a rule with 第N条 articles and no date",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>洗衣粉车间粉尘防爆安全管理制度 [doc格式] 本地高速下载 - 得资源下载站</title>
<link rel="stylesheet" href="/skin/dezy.css">
<script language="javascript" src="/js/down.js"></script>
</head>
<body>
<table width="980" align="center" border="0" cellspacing="0">
<tr><td><img src="/skin/logo.gif"></td><td>⟦m 得资源下载站 — 办公资料一站下齐⟧</td><td align="right">⟦a 设为首页⟧</td></tr>
<tr><td colspan="3" class="nav">⟦m 首页 | 规章制度 | 合同范本 | 表格模板 | 培训课件 | 安全资料⟧</td></tr>
</table>
<table width="980" align="center" border="1" cellspacing="0" class="info">
<tr><td colspan="2">⟦m 当前位置：首页 → 规章制度 → 安全生产制度⟧</td></tr>
<tr><td colspan="2" align="center"><b>{T}</b></td></tr>
<tr><td>⟦m 资料大小：31 KB⟧</td><td>⟦m 资料格式：.doc⟧</td></tr>
<tr><td>⟦m 资料语言：简体中文⟧</td><td>⟦m 授权方式：免费资料⟧</td></tr>
<tr><td>⟦m 收录时间：3 天前⟧</td><td>⟦m 下载次数：2931⟧</td></tr>
</table>
<table width="980" align="center" border="0">
<tr><td class="jianjie">⟦m 资料简介：⟧</td></tr>
<tr><td class="neirong">
{BODY}
</td></tr>
</table>
<table width="980" align="center" border="1" cellspacing="0" class="down">
<tr><td>⟦a 下载地址一：电信高速下载⟧</td><td>⟦a 下载地址二：联通高速下载⟧</td><td>⟦a 下载地址三：备用下载⟧</td></tr>
<tr><td colspan="3">⟦a 解压密码：www.dezy8.com⟧　⟦a 链接失效？点此报错⟧</td></tr>
</table>
<div id="floatad" style="position:absolute;left:2px;top:300px">⟦w 企业安全制度定制编写，QQ 2865130947⟧</div>
<table width="980" align="center"><tr><td align="center">
⟦d 本站资料均来自网络收集整理，仅供学习研究，请于下载后24小时内删除。⟧<br>
⟦m Copyright © 2010-2025 得资源下载站 dezy8.com　鲁ICP备11029380号⟧
</td></tr></table>
</body>
</html>
""",
        p_html="{}<br>",
        body="""
第一条　为防范洗衣粉生产过程中的粉尘爆炸事故，保障职工生命和财产安全，制定本制度。
第二条　本制度适用于喷粉塔、后配料、包装等产生粉尘的车间和岗位。
第三条　车间内严禁吸烟和使用明火，确需动火作业的，必须办理动火作业审批手续。
第四条　除尘系统每班开机前检查一次，滤袋每周清灰一次，设备表面积尘厚度不得超过1毫米。
第五条　车间内电气设备必须使用防爆型，电工每月检查一次并做好记录。
第六条　新员工上岗前必须接受粉尘防爆培训，考试合格后方可上岗。
第七条　违反本制度的，按照公司安全生产奖惩办法处理。
第八条　本制度自印发之日起执行。
""",
    ),
    dict(
        slug="download-wenku88-host-script-soap-dish-sale-doc",
        site="资料八八下载站 (invented), text",
        style="资料下载站",
        genre="主持词",
        kind="speech",
        form="text",
        source="http://www.ziliao88.net/down/zhuchici/20931.html",
        title="香皂盒手工义卖活动主持词",
        record_title="香皂盒手工义卖活动主持词.doc",
        date=None,
        notes="file-name record title; a download page as text: file info, download buttons, an unzip password "
        "and a report link; a host script with 甲/乙/合 lines; no date",
        page="""
!m 资料八八下载站　www.ziliao88.net
!m 首页 » 主持词 » 校园活动主持词
!t 香皂盒手工义卖活动主持词.doc
!m 文件大小：18K　　更新：2 天前　　下载：736 次　　评级：★★★★
!a [本地下载]　[网盘下载]　[迅雷下载]
!m 内容预览：
{BODY}
!a 下载后若无法打开，请先安装WPS或Office 2007以上版本
!a 解压码：ziliao88　　下载报错
!l 同类资料：“六一”义卖活动主持稿　｜　爱心义卖开幕主持词（双人）
!m ziliao88.net 版权所有　晋ICP备16008812号
""",
        body="""
甲：尊敬的各位来宾、亲爱的家长们，
乙：亲爱的同学们，
合：大家下午好！
甲：欢迎来到沕口镇中心小学“小小香皂盒，爱心大传递”手工义卖活动现场。
乙：这次活动，同学们用废旧塑料瓶、冰棒棍、贝壳等材料，亲手制作了三百多个香皂盒。
甲：每一个香皂盒，都凝聚着同学们的巧思和汗水。
乙：义卖所得的全部款项，将捐给湲塘乡敬老院，为老人们添置洗漱用品。
甲：下面，有请刁校长致辞，大家掌声欢迎！
乙：感谢刁校长。现在，我宣布，义卖活动正式开始！请各位来宾和家长到各班摊位前选购，每个香皂盒售价五元。
甲：义卖时间为一个小时，四点整请大家回到操场，我们将公布义卖结果。
合：谢谢大家！
""",
    ),
    dict(
        slug="exam-licheng-notice-bath-attendant-practical-html",
        site="浰城人事考试网 (invented personnel-exam site)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.lcrsks.cn/jnjd/2025/0311/6620.html",
        title="关于2025年第一批沐浴服务员职业技能等级认定实操考核的通知",
        record_title="【实操考核安排】关于2025年第一批沐浴服务员职业技能等级认定实操考核的通知｜浰城人事考试网",
        date="2025-03-10",
        date_also=["2025-03-11"],
        notes="personnel-exam site: a maintenance banner, an admission-ticket float, a technical line next to the "
        "centre's own 咨询电话; a timetable table; 下载/打印 准考证 as content; 成文日期 vs the page date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【实操考核安排】关于2025年第一批沐浴服务员职业技能等级认定实操考核的通知｜浰城人事考试网</title>
<link rel="stylesheet" href="/css/ks.css">
<script src="/js/ks.js"></script>
</head>
<body>
<div class="ks-warn">⟦d 报名系统将于本周六 0:00-6:00 升级维护，期间暂停登录⟧</div>
<div class="ks-head">⟦m 浰城人事考试网⟧　⟦m 浰城市人事考试和职业技能鉴定中心⟧</div>
<div class="ks-nav">⟦m 首页　考试动态　公务员考试　事业单位　职业技能鉴定　成绩查询⟧</div>
<div class="ks-pos">⟦m 首页 > 职业技能鉴定 > 考务通知⟧</div>
<div class="ks-art">
<h2>{T}</h2>
<div class="ks-info">⟦m 发布时间：2025-03-11　信息来源：鉴定科　字号：大 中 小⟧</div>
<div class="ks-txt">
{BODY}
</div>
</div>
<div class="ks-float"><a>⟦a 准考证打印入口 ›⟧</a><a>⟦a 成绩查询入口 ›⟧</a></div>
<div class="ks-foot">
<p>⟦m 网上报名技术支持：0736-8850000（工作日9:00-17:00）⟧</p>
<p>⟦m 浰城人事考试网 lcrsks.cn　浙ICP备16037726号⟧</p>
</div>
</body>
</html>
""",
        body="""
各位考生：
2025年第一批沐浴服务员（搓澡方向）职业技能等级认定理论考试已经结束，现将实操考核有关事项通知如下。
一、考核安排
等级　考核日期　考核地点
五级/初级工　3月22日上午　浰城技师学院实训楼
四级/中级工　3月22日下午　浰城技师学院实训楼
二、准考证打印
考生请于3月18日至21日登录本网站下载并打印准考证，凭准考证和身份证参加考核。
三、考核用品
考生须自带搓澡巾两条、毛巾一条，并穿着防滑拖鞋；按摩床、模拟人等设备由考点提供。
四、咨询电话
浰城市职业技能鉴定中心：0736-8850617（工作日）
浰城市人事考试和职业技能鉴定中心
2025年3月10日
""",
    ),
    dict(
        slug="exam-yishui-announcement-interview-powder-record",
        site="洢水人事考试信息网 (invented), text",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://rsks.yishuixian.gov.cn/gqzp/20250509/1180.html",
        title="洢水县洁源日化有限公司2025年公开招聘工作人员面试公告",
        record_date="2025-05-09",
        date="2025-05-09",
        notes="record gives title and date; exam site as text: an interview table, the company's own 咨询电话 beside "
        "the site's hotline; a 'print this page' link",
        page="""
!m 洢水人事考试信息网
!m 首页 > 国企招聘 > 面试公告
{T}
!m 来源：洢水县人力资源和社会保障局　时间：2025-05-09　访问量：3104
!a 〔打印本页〕〔关闭〕
{BODY}
!l 相关链接：洢水县洁源日化有限公司2025年公开招聘工作人员公告
!m 考试服务热线：0743-6600012　　网站管理：洢水县人社局信息中心
""",
        indent="\u3000\u3000",
        body="""
根据《洢水县洁源日化有限公司2025年公开招聘工作人员公告》，经笔试和资格复审，现将面试有关事项公告如下：
一、面试人员及时间
岗位　面试人数　面试时间
洗衣粉生产技术员　6　5月17日上午
质量检验员　4　5月17日下午
二、面试地点
洢水县沕口镇工业园区洁源日化公司综合楼四楼。
三、面试方式
采取结构化面试，每人15分钟，满分100分，合格分数线为60分。
四、其他事项
考生须于面试当天提前30分钟到达，凭身份证和笔试准考证进入候考室，逾期未到视为自动放弃。
咨询电话：0743-6601826
洢水县洁源日化有限公司
2025年5月9日
""",
    ),
    dict(
        slug="tender-jieyang-inquiry-tooth-mugs-items-html",
        site="湝阳县公共资源交易平台 (invented)",
        style="招投标网",
        genre="询价公告",
        kind="notice",
        form="html",
        source="https://ggzy.jieyangxian.gov.cn/jyxx/zfcg/xjgg/20240812/5509.html",
        title="湝阳县寄宿制学校学生牙缸采购项目询价公告",
        record_title="（询价）湝阳县寄宿制学校学生牙缸采购项目询价公告-采购公告-湝阳县公共资源交易平台",
        date="2024-08-12",
        notes="tender portal: countdown, CA and trading-system lines beside purchaser and agency contacts; an items "
        "table; 下载询价文件 as content; the agency's signature date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>（询价）湝阳县寄宿制学校学生牙缸采购项目询价公告-采购公告-湝阳县公共资源交易平台</title>
<link rel="stylesheet" href="/css/jy.css">
<script src="/js/countdown.js"></script>
</head>
<body>
<div class="jy-top">⟦m 湝阳县公共资源交易平台⟧　⟦a 主体注册⟧　⟦a 投标人登录⟧</div>
<div class="jy-nav">⟦m 首页　交易信息　政府采购　工程建设　服务指南　信用信息⟧</div>
<div class="jy-pos">⟦m 交易信息 › 政府采购 › 采购公告⟧</div>
<div class="jy-detail">
<h3>{T}</h3>
<div class="jy-meta">⟦m 信息时间：2024-08-12　阅读次数：211⟧</div>
<div class="jy-count">⟦m 距报价截止还有：07天 23时 41分⟧</div>
<div class="jy-body">
{BODY}
</div>
<div class="jy-att">⟦l 附件：询价文件（JYHX-2024-117）.zip⟧</div>
</div>
<div class="jy-foot">
<p>⟦m CA数字证书办理咨询：0738-5531000⟧</p>
<p>⟦m 交易系统技术支持：400-880-2317⟧</p>
<p>⟦m 湝阳县公共资源交易中心主办　湘ICP备18020617号⟧</p>
</div>
</body>
</html>
""",
        body="""
湝阳县教育局委托湝阳恒信招标代理有限公司，对寄宿制学校学生牙缸采购项目进行询价采购，欢迎符合条件的供应商参加报价。
一、项目编号：JYHX-2024-117
二、采购内容
品目　规格　数量　最高限价
不锈钢牙缸　304材质，容量350毫升　6800只　9元/只
塑料牙缸　食品级PP，带挂钩　3200只　3元/只
三、报价要求：供应商请于8月13日至8月19日登录湝阳县公共资源交易平台下载询价文件，于8月20日9时前提交报价。
四、联系方式
采购人：湝阳县教育局，联系人：盛老师，电话：0738-5520733
代理机构：湝阳恒信招标代理有限公司，联系人：满工，电话：0738-5538162
湝阳恒信招标代理有限公司
2024年8月12日
""",
    ),
    dict(
        slug="tender-haochuan-result-slippers-lots-text",
        site="淏川县政府采购网 (invented), text",
        style="招投标网",
        genre="中标结果公告",
        kind="notice",
        form="text",
        source="http://www.hczfcg.gov.cn/cggg/zbgg/202406/t20240628_3316.html",
        title="淏川县养老机构防滑拖鞋采购项目中标结果公告",
        record_title="[中标结果公示] 淏川县养老机构防滑拖鞋采购项目中标结果公告 - 淏川县政府采购网",
        date="2024-06-28",
        notes="a bid-result page as text: a lots table, purchaser and agency contacts beside the platform's service "
        "line; the agency's signature date",
        page="""
!m 淏川县政府采购网
!m 首页　采购公告　结果公告　更正公告　政策法规
!m 当前位置：首页 > 结果公告 > 中标（成交）公告
{T}
!m 发布日期：2024-06-28　浏览：98
{BODY}
!a 〖打印〗　〖关闭〗
!m 政府采购服务热线：0739-6649000（工作日）
!m 淏川县财政局主办　湘ICP备09015517号-3
""",
        body="""
一、项目名称：淏川县养老机构防滑拖鞋采购项目
二、项目编号：HCCG-2024-0632
三、中标信息
包号　中标供应商　中标金额
第一包（棉拖鞋）　淏川县暖步鞋业有限公司　39600元
第二包（浴室防滑拖鞋）　滗田镇安行塑胶制品厂　27450元
四、评审专家：缪秋生、童晓岚、洪振邦
五、公告期限：自本公告发布之日起1个工作日。
六、联系方式
采购人：淏川县民政局，联系人：阎主任，电话：0739-6642210
采购代理机构：淏川县政府采购中心，联系人：柏工，电话：0739-6649903
淏川县政府采购中心
2024年6月28日
""",
    ),
    dict(
        slug="lawfirm-hanzheng-case-soap-dish-injury-html",
        site="瀚正律师事务所 (invented law-firm site)",
        style="律所网站",
        genre="案例评析",
        kind="other",
        form="html",
        source="https://www.hanzhenglaw.cn/anli/qinquan/1187.html",
        title="酒店香皂盒脱落划伤住客，谁来担责？",
        record_title="【酒店纠纷·以案说理】酒店香皂盒脱落划伤住客，谁来担责？（附裁判要点）- 瀚正律师事务所",
        date=None,
        notes="law-firm site: a lawyer card, a consult float, a 400 line and a repost notice; a case note with "
        "bracketed section heads; no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【酒店纠纷·以案说理】酒店香皂盒脱落划伤住客，谁来担责？（附裁判要点）- 瀚正律师事务所</title>
<link rel="stylesheet" href="/assets/law.css">
<script src="/assets/kefu.js"></script>
</head>
<body>
<div class="law-head">⟦m 瀚正律师事务所⟧　⟦m 专注侵权与消费纠纷⟧　⟦w 全国咨询热线 400-617-8230⟧</div>
<div class="law-nav">⟦m 首页　律所介绍　专业律师　经典案例　法律文书　联系我们⟧</div>
<div class="law-pos">⟦m 首页 / 经典案例 / 侵权责任⟧</div>
<div class="law-art">
<h1>{T}</h1>
<div class="law-meta">⟦m 整理：瀚正律所侵权业务部　浏览 1,026⟧</div>
<div class="law-body">
{BODY}
</div>
<div class="law-card">⟦m 承办律师：巩思远　执业证号 14301201810237714⟧</div>
<p class="law-repost">⟦d 本文为瀚正律所原创，转载请注明来源，不构成对具体个案的法律意见。⟧</p>
</div>
<div class="law-float">⟦w 在线咨询　律师10分钟内回复⟧</div>
<div class="law-foot">⟦m 地址：浰城市漹湖区溁西大道168号汇景大厦9楼⟧<br>⟦m 湘ICP备20028831号⟧</div>
</body>
</html>
""",
        body="""
【基本案情】2023年夏天，游客蔡某入住某酒店，洗澡时伸手去拿墙上的玻璃香皂盒，香皂盒突然脱落碎裂，将其手腕划伤，缝了六针。蔡某要求酒店赔偿医疗费、误工费等共计1.2万元，酒店以“客人自己用力过猛”为由拒绝，蔡某遂诉至法院。
【法院观点】法院审理认为，酒店作为经营者，对客房内设施负有安全保障义务。该香皂盒的固定螺丝已经锈蚀松动，酒店未及时检查更换，存在过错，应当承担赔偿责任。蔡某使用时并无明显不当，不应减轻酒店的责任。法院最终判决酒店赔偿蔡某各项损失1.08万元。
【律师提示】酒店、宾馆应定期检查客房内香皂盒、毛巾架等壁挂设施是否牢固，玻璃材质的设施最好更换为不易碎裂的材质。消费者受伤后，要及时拍照留存证据，保留就医票据。
""",
    ),
    dict(
        slug="lawfirm-bingheng-letter-counterfeit-powder-text",
        site="淏川秉衡律师事务所 (invented law-firm site), text",
        style="律所网站",
        genre="律师函",
        kind="letter",
        form="text",
        source="http://www.binghenglaw.com/news/yw/2024-10-16/77.html",
        title="关于停止销售仿冒“净朗”牌洗衣粉的律师函",
        record_title="关于停止销售仿冒“净朗”牌洗衣粉的律师函_业务动态_淏川秉衡律师事务所",
        date="2024-10-15",
        notes="a law firm's page as text: the letter's own 联系律师/电话 beside the firm's 400 line and a consult "
        "prompt; 成文日期 under the signature",
        page="""
!m 淏川秉衡律师事务所　BINGHENG LAW FIRM
!m 首页 | 本所概况 | 业务领域 | 业务动态 | 律师团队
!m 全国免费咨询：400-860-3317
{T}
!m 业务动态　　2024-10-16 发布　　阅读 207
{BODY}
!w 企业商标维权、合同审查，欢迎来电预约律师面谈
!l 上一篇：劳动合同到期不续签，经济补偿怎么算
!l 下一篇：本所律师为滗田镇商户开展知识产权讲座
!m 地址：淏川县滗田镇政通路26号　湘ICP备19046610号
""",
        indent="\u3000\u3000",
        body="""
淏川县滗田镇惠家超市：
淏川秉衡律师事务所接受洢水县洁源日化有限公司（以下简称“委托人”）的委托，就贵店销售仿冒“净朗”牌洗衣粉一事，郑重致函如下：
委托人依法享有“净朗”注册商标专用权。经委托人调查，贵店货架上销售的“净郎”牌洗衣粉，在包装颜色、图案和文字排列上与委托人产品高度近似，容易使消费者混淆，已涉嫌侵犯委托人的注册商标专用权。
为此，本所律师特函告贵店：
一、自收到本函之日起立即停止销售上述洗衣粉，并下架全部库存；
二、于7日内书面告知进货来源。
如贵店置之不理，委托人将依法追究贵店的法律责任。
联系律师：莫沛舟，电话：0739-6615520
淏川秉衡律师事务所
2024年10月15日
""",
    ),
]

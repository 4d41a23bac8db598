"""holdout203, part D: county forums, download stations, personnel-exam sites, tender portals, law firms.

Invented text, sites, places and people; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="localbbs-gushan-till-price-complaint-jammer",
        site="鲴山在线论坛 (invented, county forum)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="https://bbs.gushanzaixian.com/thread-88210-1-1.html",
        title="县城这家超市收银机上的价格和货架标价对不上，谁来管管？",
        record_title=None,
        date=None,
        notes="county forum: no record title, the thread subject; a weather line, medals, an official-reply link, an ad "
        "QQ and jammer fonts; '5 天前' is no date",
        page="""
<html>
<head>
<meta charset="utf-8">
<title>鲴山在线论坛 - 鲴山人的网上家园</title>
<style>font.jammer{font-size:0}</style>
</head>
<body>
<div class="top">⟦m 鲴山在线论坛⟧　⟦m 今日鲴山：多云转小雨 19～26℃⟧　<a>⟦a 登录⟧</a> <a>⟦a 注册⟧</a></div>
<div class="bread">⟦m 鲴山在线 › 民生百态 › 消费维权⟧</div>
<div class="subject"><h1 id="thread_subject">{T}</h1></div>
<div class="stat">⟦m 查看：2977　回复：64⟧</div>
<div class="post">
<div class="author">⟦m 楼主：鲴水人家　UID 60127　勋章：🏅热心网友 🏅老会员⟧</div>
<div class="time">⟦m 发表于 5 天前⟧</div>
<div class="msg">
{BODY}
</div>
<div class="reply-gov"><a href="/gov/transfer?tid=88210">⟦a 转交县市场监管局回复 ›⟧</a></div>
</div>
<div class="floor">⟦l 2#　鳑岭小芳：同一家吧？我上次买洗衣液也是这样⟧</div>
<div class="floor">⟦l 3#　鲴山吃瓜群众：支持楼主，拍了小票就是证据⟧</div>
<div class="ad">⟦w 鲴山本地广告投放请联系 QQ：1839026547⟧</div>
<div class="foot">⟦m 鲴山在线 © 2008-2025　湘ICP备11003942号⟧</div>
</body>
</html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=3),
        body="""
上周六在县城东门那家超市买东西，货架上酸奶标的是二十九块九两板，到收银台一扫，收银机上显示的是三十四块八。
我当场问收银员，她说系统里的价格就是这样，货架上的标签是上个月的，让我要么按收银机的价格付，要么不买。
回家一看小票，另外两样东西也比货架标价贵了一两块。我已经把小票和货架标签都拍了照。
想问问大家，超市收银机的价格和标价不一致，是不是应该按标价结算？这种情况该找哪个部门反映？
""",
    ),
    dict(
        slug="localbbs-xiangqiao-park-buoys-taken-junk",
        site="鲞桥论坛 (invented, county forum)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="http://www.xiangqiaobbs.net/t/51093",
        title="獭溪公园湖边的救生圈又被人拿走了",
        record_title="〔曝光台〕獭溪公园湖边的救生圈又被人拿走了（有图）- 鲞桥论坛",
        date=None,
        notes="county forum text: junk lines and junk glued after sentences; the park office's phone quoted by the "
        "poster stays; a forum ad line; '前天 19:42' is no date",
        page="""
!m 鲞桥论坛　|　鲞桥人自己的论坛
!m 首页 › 曝光台 › 帖子详情
!t 〔曝光台〕獭溪公园湖边的救生圈又被人拿走了（有图）
!m 发帖人：晨跑的老周　　前天 19:42　　来自 手机版
{BODY}
!m [图片] [图片]
!a 顶帖（23）　　转发　　举报
!l 1楼　湖边住户：上个月就少了一个，一直没补
!l 2楼　鲞桥网友7720：建议装个摄像头
!m 本地装修、家政广告请找论坛客服：微信 xqbbs_kf
""",
        junk=dict(lines=2, glued=2),
        body="""
今天傍晚在獭溪公园跑步，发现湖边步道上的救生圈箱又空了，箱门开着，里面只剩一截绳子。
这已经是今年第三次了。前两次我都打电话告诉了公园管理处，过了一个多星期才补上。
湖边天天有人钓鱼，夏天还有小孩在浅滩玩水，万一有人落水，救生圈箱是空的，后果不敢想。
拿走救生圈的人，不管是拿去钓鱼垫屁股还是给孩子玩，请还回来。也建议公园在箱子上加个提示牌，写明救生器材，拿走要担责。
公园管理处的电话是0756-6203188，大家看到救生圈缺了也可以打过去反映。
""",
    ),
    dict(
        slug="download-ruanjian-shredder-rules-gb2312-filetable",
        site="办公资源下载站 (invented, gb2312 tables)",
        style="资料下载站",
        genre="制度",
        kind="other",
        form="html",
        source="http://www.bgzyxz.com/soft/doc/22107.html",
        title="碎纸机安全操作规程",
        record_title="碎纸机安全操作规程（Word版）免费下载_办公资源下载站",
        date=None,
        notes="old gb2312 download page: a file-info table, three download links, an unzip password and a dead-link "
        "report; 第N条 articles that speak of 打印 as content; the update stamp is no date",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>碎纸机安全操作规程（Word版）免费下载_办公资源下载站</title>
</head>
<body>
<table width="950" align="center"><tr>
<td>⟦m 办公资源下载站⟧</td><td>⟦m 绿色 · 免费 · 无插件⟧</td>
</tr></table>
<table width="950" align="center" class="nav"><tr><td>⟦m 首页 ｜ 办公文档 ｜ 规章制度 ｜ 表格模板 ｜ 常用软件⟧</td></tr></table>
<table width="950" align="center"><tr><td>⟦m 您现在的位置：首页 &gt; 规章制度 &gt; 安全规程⟧</td></tr></table>
<table width="950" align="center" border="1" class="info">
<tr><td colspan="2"><b>⟦t 碎纸机安全操作规程（Word版）⟧</b></td></tr>
<tr><td>⟦m 文件大小：18 KB⟧</td><td>⟦m 文件格式：.doc⟧</td></tr>
<tr><td>⟦m 更新时间：2025-05-09⟧</td><td>⟦m 授权方式：免费⟧</td></tr>
<tr><td>⟦m 运行环境：Word 2007 及以上 / WPS⟧</td><td>⟦m 下载次数：1427⟧</td></tr>
</table>
<table width="950" align="center"><tr><td>
<div class="intro">⟦m 资料简介：⟧</div>
{BODY}
</td></tr></table>
<table width="950" align="center" class="down"><tr>
<td>⟦a ◆ 电信高速下载⟧</td><td>⟦a ◆ 联通高速下载⟧</td><td>⟦a ◆ 本地普通下载⟧</td>
</tr></table>
<p align="center">⟦a 解压口令：bgzy2025⟧　<a href="/report.asp?id=22107">⟦a 下载链接失效？点此反馈⟧</a></p>
<table width="950" align="center"><tr><td>⟦d 本站资料均收集自网络，只供研究学习，请于下载后24小时内删除⟧<br>⟦m Copyright 2010-2025 办公资源下载站 冀ICP备10021973号⟧</td></tr></table>
</body>
</html>
""",
        body="""
第一条 为保证碎纸机安全使用，防止人身伤害和设备损坏，制定本规程。
第二条 使用前检查电源线、插头有无破损，纸屑箱是否已满，机头是否放稳。
第三条 每次投纸不得超过设备标定的张数。打印用纸以外的硬卡、光盘、塑料封套，须换用相应档位或专用设备粉碎。
第四条 投纸时手指、领带、长发、首饰等应远离进纸口，严禁用手把纸往里推。
第五条 连续工作不得超过设备规定的时间，机身发烫时应停机冷却。
第六条 发生卡纸时，先按退纸键；仍不能排除的，必须拔掉电源后再处理。
第七条 本规程自印发之日起施行。
""",
    ),
    dict(
        slug="download-xiazaiba-rain-gauge-instruction-pdf",
        site="标准文库下载吧 (invented)",
        style="资料下载站",
        genre="作业指导书",
        kind="other",
        form="text",
        source="https://www.bzwkxzb.com/down/rain-gauge-install-41172.html",
        title="翻斗式雨量计安装与维护作业指导书",
        record_title="翻斗式雨量计安装与维护作业指导书.pdf",
        date=None,
        notes="download page text: file-name title, a file-info block, download buttons and a password line; decimal "
        "headings 1.1–3.2 stay; a version line is no date",
        page="""
!m 标准文库下载吧 — 技术文档免费下
!m 首页 > 技术规范 > 水文气象
{T}
!m 格式：PDF　|　大小：412KB　|　页数：6　|　语言：简体中文
!m 资料评级：★★★★☆　　热度：1095
!a 【高速下载】　【普通下载】　【网盘下载】
{BODY}
!a 如解压需要密码，请输入：xzb666
!l 同类资料：称重式雨量计检定规程.pdf｜自动气象站维护手册.pdf
!d 声明：资料来源于网络，仅供学习参考，版权归原作者所有
""",
        body="""
1 适用范围
1.1 本指导书适用于本单位所属自动雨量站翻斗式雨量计的安装和日常维护。
1.2 称重式、虹吸式雨量计参照执行。
2 安装要求
2.1 雨量计应安装在四周空旷、平坦的场地，周围障碍物与仪器的距离不小于障碍物高度的两倍。
2.2 承雨口应保持水平，口沿距地面高度为70厘米，用水平尺校正后固定底座。
2.3 信号线应穿管保护，接入采集器前做好防水处理。
3 维护要求
3.1 每月清理一次承雨口、过滤网和翻斗，清除树叶、泥沙和虫巢。
3.2 每年汛前用量杯注水检查翻斗计量误差，误差超过±4%时应调整或送检。
""",
    ),
    dict(
        slug="exam-lingjiang-hydrology-skills-test-notice-html",
        site="鲮江人事考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.ljrsks.cn/kwtz/2025/0805/3312.html",
        title="鲮江市水文中心2025年公开招聘编外人员技能测试的通知",
        record_title="〘考录动态〙鲮江市水文中心2025年公开招聘编外人员技能测试的通知_鲮江人事考试网",
        date="2025-08-04",
        date_also=["2025-08-05"],
        notes="personnel-exam site: a maintenance banner, an admission-ticket float, the site's technical line beside "
        "the notice's own 咨询电话; 准考证 to download and print as content; a timetable one row a paragraph",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〘考录动态〙鲮江市水文中心2025年公开招聘编外人员技能测试的通知_鲮江人事考试网</title>
</head>
<body>
<div class="notice-bar">⟦d 系统维护公告：8月9日22:00至次日6:00网上报名系统暂停服务⟧</div>
<div class="head">⟦m 鲮江人事考试网⟧ ⟦m 鲮江市人事考试中心主办⟧</div>
<div class="nav">⟦m 首页　考录动态　报名入口　成绩查询　政策法规⟧</div>
<div class="pos">⟦m 首页 → 考录动态⟧</div>
<div class="art">
<h1>{T}</h1>
<div class="info">⟦m 发布时间：2025-08-05 16:00　来源：市水文中心⟧</div>
<div class="con">
{BODY}
</div>
</div>
<div class="float-r"><a href="/zkz/">⟦a 准考证打印入口⟧</a><br><a>⟦a 关闭 ×⟧</a></div>
<div class="foot">⟦m 技术支持电话：0756-2119056（工作日 9:00-17:00）⟧<br>⟦m 粤ICP备08101152号-1⟧</div>
</body>
</html>
""",
        body="""
各位考生：
鲮江市水文中心2025年公开招聘编外人员技能测试定于8月16日举行。现将有关事项通知如下：
一、测试内容。技能测试包括雨量计读数与记录、水位观测和仪器日常维护三项，满分100分。
二、测试安排
岗位　时间　地点
水文勘测员　8月16日上午　市水文中心观测场
资料整编员　8月16日下午　市水文中心三楼机房
三、准考证打印。请考生于8月12日至15日登录鲮江人事考试网下载并打印准考证，凭准考证和身份证参加测试。
咨询电话：0756-2237710。
鲮江市水文中心
2025年8月4日
""",
    ),
    dict(
        slug="exam-ganhu-cashier-skill-certification-record",
        site="鳡湖人才考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.ghrcks.cn/jnjd/2025/0901/188.html",
        title="关于开展2025年第三批收银员职业技能等级认定的通知",
        date="2025-09-01",
        notes="exam site text: record title as is; an exam timetable one row a paragraph, a numbered list; 打印 and "
        "扫码 as content; the site's service line beside the notice's 咨询电话; 成文日期 under the signature",
        page="""
!m 鳡湖人才考试网　技能评价专栏
!m 当前：首页 › 技能评价 › 认定公告
{T}
!m 浏览：604　｜　文字：【大】【中】【小】
{BODY}
!a 扫一扫，在手机上继续阅读
!m 网站服务热线：0797-5560012　工作时间 8:30-17:30
!m 鳡湖县人力资源和社会保障局主办
""",
        body="""
各有关单位、各位考生：
根据年度工作安排，县职业技能鉴定所定于9月下旬开展第三批收银员（五级、四级）职业技能等级认定。现将有关事项通知如下：
1. 报名时间：9月3日至9月12日，考生扫描本通知下方的二维码在线报名。
2. 认定安排：
级别　理论知识　操作技能
五级　9月21日9:00　9月21日14:00
四级　9月22日9:00　9月22日14:00
3. 操作技能考核在收银机和扫码枪上进行，内容包括商品录入、收款找零、退货处理和日结打印。
4. 请考生于9月18日后自行打印准考证。
咨询电话：0797-5561208。
鳡湖县职业技能鉴定所
2025年9月1日
""",
    ),
    dict(
        slug="tender-baixi-inquiry-shredders-countdown",
        site="鲌溪县公共资源交易服务网 (invented)",
        style="招投标网",
        genre="询价公告",
        kind="notice",
        form="html",
        source="https://ggzy.baixi.gov.cn/jyxx/zfcg/xjgg/20250314/0071.html",
        title="鲌溪县政务服务中心碎纸机采购项目询价公告",
        record_title="询价公告｜鲌溪县政务服务中心碎纸机采购项目询价公告 - 鲌溪县公共资源交易服务网",
        date="2025-03-14",
        notes="tender portal: a countdown, an attachment link, CA and trading-system lines beside the purchaser's and "
        "agency's own contacts; an inquiry table one row a paragraph; 下载 as content; 公告日期 at the end",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>询价公告｜鲌溪县政务服务中心碎纸机采购项目询价公告 - 鲌溪县公共资源交易服务网</title>
</head>
<body>
<div class="hd">⟦m 鲌溪县公共资源交易服务网⟧　<a>⟦a 交易主体登录⟧</a></div>
<div class="nav">⟦m 首页　交易信息　政府采购　工程建设　服务指南⟧</div>
<div class="crumb">⟦m 交易信息 ＞ 政府采购 ＞ 询价公告⟧</div>
<div class="detail">
<h3>{T}</h3>
<div class="countdown">⟦a 距响应截止还剩：06天 21时 14分⟧</div>
<div class="detail-info">⟦m 信息来源：鲌溪县政府采购中心　阅读次数：288⟧</div>
<div class="detail-body">
{BODY}
</div>
<div class="attach"><a href="/attach/xj0071.zip">⟦a 询价文件.zip（点击下载）⟧</a></div>
</div>
<div class="service">
<p>⟦m CA数字证书办理：0793-6812266⟧</p>
<p>⟦m 交易系统技术支持：400-928-0793⟧</p>
</div>
<div class="ft">⟦m 主办：鲌溪县公共资源交易中心　赣ICP备14010288号⟧</div>
</body>
</html>
""",
        body="""
项目编号：BXZC-2025-XJ-019
一、采购内容
品目　数量　最高限价（元）
四级保密碎纸机　6台　2600
大容量办公碎纸机　2台　5200
二、供应商资格要求。具有独立承担民事责任的能力，所投碎纸机须取得国家保密产品检测证书。
三、询价文件获取。有意参加的供应商请于3月14日至3月20日登录交易系统下载询价文件。
四、响应文件递交截止时间：2025年3月21日9时30分。
五、联系方式
采购人：鲌溪县政务服务中心　联系人：龚晓岚　电话：0793-6810472
代理机构：赣鲌招标咨询有限公司　联系人：尹博　电话：0793-6837915
公告日期：2025年3月14日
""",
    ),
    dict(
        slug="tender-ganhu-bid-result-rain-gauges",
        site="鳡湖县政府采购网 (invented)",
        style="招投标网",
        genre="中标公告",
        kind="notice",
        form="text",
        source="http://zfcg.ganhu.gov.cn/zbgg/2025/0428/5519.html",
        title="鳡湖县水利局山洪灾害自动雨量站设备采购项目中标结果公告",
        record_title="鳡湖县水利局山洪灾害自动雨量站设备采购项目中标结果公告（项目编号：GHSL-2025-011）",
        date="2025-04-28",
        notes="procurement text page: a bid result with a lots table one row a paragraph; the platform's service line "
        "beside the purchaser's contact; 成文日期 at the end",
        page="""
!m 鳡湖县政府采购网
!m 首页 ＞ 采购公告 ＞ 结果公告
!t 鳡湖县水利局山洪灾害自动雨量站设备采购项目中标结果公告（项目编号：GHSL-2025-011）
!m 发布单位：鳡湖县水利局　　浏览：417
{BODY}
!a 【我要质疑】　【打印公告】
!m 平台客服：400-106-0797　工作日 8:00-18:00
!d 本网站发布的信息由采购人、代理机构负责，内容如有出入以纸质文件为准。
""",
        body="""
一、项目编号：GHSL-2025-011
二、项目名称：鳡湖县水利局山洪灾害自动雨量站设备采购
三、中标信息
包号　内容　中标供应商　中标金额（万元）
1　翻斗式雨量计60套　鲮江华测仪器有限公司　38.40
2　数据采集终端60套　鳢城天衡电子科技有限公司　27.95
四、公告期限：自本公告发布之日起1个工作日。
五、联系方式：采购人 鳡湖县水利局，联系人 彭立群，电话 0797-5531276。
鳡湖县水利局
2025年4月28日
""",
    ),
    dict(
        slug="lawfirm-zhenghong-double-charge-scanner",
        site="正泓律师事务所 (invented)",
        style="律所网站",
        genre="普法文章",
        kind="other",
        form="html",
        source="https://www.zhenghonglaw.com/wenzhang/2025/1174.html",
        title="扫码枪重复扣款，商家拒不退还怎么办？",
        record_title="维权问答丨扫码枪重复扣款，商家拒不退还怎么办？｜正泓律所",
        date=None,
        notes="law firm page: a lawyer card, a consult float, a 400 line and a 本文标题/本文网址 block; a numbered "
        "list; no date (an update stamp only)",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>维权问答丨扫码枪重复扣款，商家拒不退还怎么办？｜正泓律所</title>
</head>
<body>
<div class="top">⟦m 正泓律师事务所⟧ ⟦m 专注消费维权与合同纠纷⟧ <span>⟦m 全国咨询：400-877-6213⟧</span></div>
<div class="nav">⟦m 首页 · 律所简介 · 律师团队 · 维权问答 · 成功案例 · 联系我们⟧</div>
<div class="art">
<h1>{T}</h1>
<div class="info">⟦m 栏目：维权问答　更新于 2 周前　阅读 1316⟧</div>
<div class="lawyer">⟦m 执笔律师：罗澄　执业证号 14407202111482063⟧</div>
<div class="txt">
{BODY}
</div>
<div class="copy">
<p>⟦m 本文标题：扫码枪重复扣款，商家拒不退还怎么办？⟧</p>
<p>⟦m 本文网址：https://www.zhenghonglaw.com/wenzhang/2025/1174.html⟧</p>
</div>
</div>
<div class="float-consult">⟦w 律师在线 · 免费初步评估⟧ <a>⟦a 立即咨询⟧</a></div>
<div class="footer">⟦m 正泓律师事务所 粤ICP备19061144号⟧</div>
</body>
</html>
""",
        body="""
不少读者问：在商店结账时，收银员用扫码枪扫了两次付款码，手机被扣了两笔钱，商家却说系统里只收到一笔，不肯退，怎么办？
我们的建议是：
1. 当场保留证据。截图保存两笔扣款的付款记录，注意交易时间、商户名称和订单号，同时保留购物小票。
2. 先与商家核对。商家可以在收款后台按订单号查询，重复收取的款项属于不当得利，商家应当返还。
3. 向支付平台申诉。在付款记录页面发起“交易投诉”，平台核实后通常会协调退款。
4. 向市场监管部门投诉。协商不成的，可拨打12315投诉，必要时也可以向法院起诉。
""",
    ),
    dict(
        slug="lawfirm-minheng-boat-no-buoy-case-note",
        site="民衡律师事务所 (invented)",
        style="律所网站",
        genre="案例分析",
        kind="other",
        form="text",
        source="http://www.minhenglawyer.cn/anli/442.html",
        title="游船未配救生圈致游客溺亡，经营者要担什么责任",
        record_title="【以案释责】游船未配救生圈致游客溺亡，经营者要担什么责任 - 民衡律师事务所",
        date="2025-08-21",
        notes="law firm text: a lawyer's case note dated only by the byline's 发布时间 (the page's date); a free-consult "
        "prompt glued after a sentence; a 400 line and a reprint notice in the footer",
        page="""
!m 民衡律师事务所　·　人身损害赔偿专业团队
!m 首页 / 典型案例 / 人身损害
!t 【以案释责】游船未配救生圈致游客溺亡，经营者要担什么责任
!m 主办律师：谭映秋　　发布时间：2025-08-21　　阅读 892 次
{BODY}
!w 遇到类似纠纷？民衡律师 24 小时在线解答：400-660-7731
!d 本文为民衡律师事务所原创，转载须注明出处并保留作者信息。
!l 相关案例：农家乐鱼塘垂钓落水，谁来担责
""",
        body="""
【基本案情】某景区游船公司在湖上经营自驾小游船，船上没有配备救生圈，也未要求游客穿救生衣。一名游客在游船侧翻后落水溺亡，家属起诉游船公司赔偿。
【法院观点】法院认为，游船公司作为经营者，负有安全保障义务。按照相关规定，游船应当按载客人数配备救生圈、救生衣，游船公司未配备救生设备，也未进行安全提示，对损害的发生存在过错，应当承担主要责任；游客本人未注意自身安全，亦有一定过错。最终判决游船公司承担百分之八十的赔偿责任。⟦w 家属维权可先找民衡律师免费评估案情⟧
【律师提示】经营游船、漂流、水上乐园的单位，应当按规定配齐救生圈等救生设备，定期检查，并在游客登船前做好安全提示。
""",
    ),
]

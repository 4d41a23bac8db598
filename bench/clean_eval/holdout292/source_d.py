"""holdout292, part D: county forums, download stations, personnel-exam sites, tender portals and
law firms. Every page, site, place, person, number and URL here is invented."""

CASES = [
    dict(
        slug="localforum-qiaoling-post-bianlan-thread-subject",
        site="硗岭在线 (invented county forum)",
        style="地方论坛",
        genre="论坛帖子",
        kind="other",
        form="html",
        source="https://bbs.qiaolingzx.com/thread-208815-1-1.html",
        title="硗岭菜市场不让老人提扁篮摆摊了，这样合理吗",
        record_title=None,
        date=None,
        notes="county forum: no record title (the thread subject), a weather line, medals, a 'pass to the department' link and an official-reply count, a decoration ad with a QQ number between the post and the replies; relative post time; no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>硗岭在线 - 民生杂谈 - 硗岭人的网上家园</title>
<script src="/static/js/forum.js?v=3.4"></script>
</head>
<body>
<div class="topbar">⟦m 菝湖 今天 晴 6~15℃ 空气良⟧　<a>⟦a 登录⟧</a> <a>⟦a 注册硗岭通行证⟧</a></div>
<div class="hd"><a href="/">⟦m 硗岭在线⟧</a>　⟦m 硗岭人的网上家园⟧</div>
<div class="nv">⟦m 首页　民生杂谈　房产家居　二手集市　便民信息⟧</div>
<div class="pt">⟦m 硗岭在线 » 民生杂谈 » 正文⟧</div>
<div class="thread">
<h1 id="thread_subject">{T}</h1>
<div class="poster">⟦m 菜篮子大姐　Lv.6 老乡⟧　⟦m 勋章：热心乡亲　民生观察员⟧</div>
<div class="posttime">⟦m 发表于 2 小时前　来自 手机客户端⟧</div>
<div class="message">
{BODY}
</div>
<div class="ops"><a>⟦a 提交职能部门跟进⟧</a>　<a>⟦l 官方回复（1）⟧</a>　⟦a 点赞 64　踩 2⟧</div>
</div>
<div class="ad">⟦w 旧房翻新找阿强，水电木瓦全包，QQ 2758310446⟧</div>
<div class="replies">
<p>⟦l 沙发　老街坊：支持划一块早市，老人也不容易。⟧</p>
<p>⟦l 板凳　硗岭市场服务中心（官方）：已收到，正在研究设置临时便民区。⟧</p>
</div>
<div class="reply-box">⟦a 发表回复需先绑定手机号⟧</div>
<div class="ft">⟦m 硗岭在线 qiaolingzx.com　湘ICP备16007732号⟧　⟦d 网友言论仅代表个人观点⟧</div>
</body>
</html>
""",
        body="""
今天早上去硗岭菜市场买菜，看见门口几个提着扁篮卖菜的老人被市场管理员劝走了，说是影响市容，要进场就得租摊位。
这些老人大多是附近村里的，扁篮里就是自家种的青菜、土鸡蛋，一天也卖不了几十块钱。一个摊位一个月要三百块，他们哪里舍得？
我不是说市场管理不对，门口确实有点挤。但能不能在市场边上划一块地方，早上六点到九点让老人们提着扁篮来卖？城里人想吃口自家种的菜，老人也能有点零花钱，两全其美。
希望有关部门能看到，也请大家说说自己的看法。
""",
    ),
    dict(
        slug="localforum-sihe-post-liangyigan-junk",
        site="澌河论坛 (invented county forum)",
        style="地方论坛",
        genre="论坛帖子",
        kind="other",
        form="text",
        source="http://www.sihebbs.example.cn/forum.php?mod=viewthread&tid=93317",
        title="澌河路有住户晾衣杆伸到人行道上方，路过请当心",
        record_title="[出行当心] 澌河路有住户晾衣杆伸到人行道上方，路过请当心 - 民生热线 - 澌河论坛",
        date=None,
        notes="county forum text: anti-scraping junk as a line and glued after 。; 发表于 昨天 is no date; floor replies including a grid worker",
        page="""
!m 澌河论坛 - 澌河人自己的家园
!m 澌河论坛 » 民生热线 » 帖子
!t [出行当心] 澌河路有住户晾衣杆伸到人行道上方，路过请当心
!m 楼主 河边放牛娃 | 发表于 昨天 17:42 | 查看 1608 | 回复 23
{BODY}
!m 来自 澌河论坛手机版
!l 2# 老城小张：上周我也看到了，确实吓人
!l 3# 社区网格员小郑：已收到，明天上门
!a 回帖需要先登录　｜　三秒注册
!m 澌河论坛　湘ICP备17005219号
""",
        junk=dict(lines=1, glued=2),
        body="""
今天下午路过澌河路菜场对面那几栋老楼，抬头一看吓一跳，二楼三楼有好几户把晾衣杆从窗户伸出来一米多，正好在人行道上方，杆子上挂满了被子。
其中一根竹竿是用铁丝绑在防盗窗上的，风一吹就晃。下面是学生上学放学的必经之路，真掉下来后果不堪设想。
已经打了社区电话，工作人员说会上门提醒。在这里也跟大家说一声，路过时尽量走马路对面，家里有外伸晾衣杆的也检查一下，别等出了事再后悔。
""",
    ),
    dict(
        slug="download-baichuan-rule-kangzhuo-file-table",
        site="百川资料下载站 (invented, gb2312 table layout)",
        style="资料下载站",
        genre="工艺规程",
        kind="other",
        form="html",
        source="http://www.bczlz.com/soft/gongyi/2024/3302.html",
        title="炕桌榫卯制作工艺规程",
        record_title="炕桌榫卯制作工艺规程.doc",
        date=None,
        notes="old download station: file-info table with an update stamp (no date), three download links, an unzip password, a dead-link report and a material-finding QQ; the rule's 第N条 articles in a preview cell",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>炕桌榫卯制作工艺规程.doc - 百川资料下载站</title>
<link href="/skin/default.css" rel="stylesheet">
<script src="/js/down.js"></script>
</head>
<body>
<table width="950" align="center"><tr><td>⟦m 百川资料下载站 — 各类文档 随手可得⟧</td><td align="right"><a>⟦a 加入书签⟧</a></td></tr></table>
<table width="950" align="center" bgcolor="#336699"><tr><td>⟦m 首页 | 公文资料 | 规章制度 | 工艺文件 | 合同范本 | 表格模板⟧</td></tr></table>
<table width="950" align="center"><tr><td>⟦m 当前位置：首页 → 工艺文件 → 木工家具⟧</td></tr></table>
<table width="950" align="center" border="1" bordercolor="#B5C7DE" cellpadding="5">
<tr><td colspan="2"><b>{T}</b></td></tr>
<tr><td>⟦m 文件大小：36 KB⟧</td><td>⟦m 文件类型：.doc⟧</td></tr>
<tr><td>⟦m 授权方式：免费资料⟧</td><td>⟦m 更新时间：2024-03-02⟧</td></tr>
<tr><td>⟦m 资料语言：简体中文⟧</td><td>⟦m 下载次数：本周 41 次⟧</td></tr>
<tr><td colspan="2">⟦m 资料预览：⟧</td></tr>
<tr><td colspan="2">
{BODY}
</td></tr>
<tr><td colspan="2">⟦a 下载地址：电信下载　联通下载　本地下载⟧</td></tr>
<tr><td colspan="2">⟦a 解压密码：www.bczlz.com⟧　<a>⟦a 报告死链⟧</a></td></tr>
</table>
<table width="950" align="center"><tr><td>⟦l 相关资料：实木家具涂装工艺守则.doc　木工房安全管理制度.doc⟧</td></tr></table>
<div style="position:fixed;right:0;bottom:80px">⟦w 本站代找各类资料，找不到留QQ：1840552693⟧</div>
<table width="950" align="center"><tr><td align="center">⟦d 本站资料均收集于网络，仅供学习交流，请于下载后24小时内删除⟧<br>⟦m Copyright 2008-2024 百川资料下载站 闽ICP备08026614号⟧</td></tr></table>
</body>
</html>
""",
        p_html="{}<br>",
        body="""
第一条　为统一炕桌制作质量，传承传统榫卯工艺，结合本合作社实际，制定本规程。
第二条　选料。桌面、桌腿选用含水率不高于12%的榆木或水曲柳，不得使用有虫眼、死节和裂纹的板材。
第三条　下料。按图纸尺寸留足加工余量，桌面板拼接不超过三块，相邻板材纹理方向一致。
第四条　开榫。桌腿与牙板采用抱肩榫，桌面与边框采用格角榫，榫头与卯眼配合以手推入、不晃不紧为准，严禁用铁钉代替榫卯。
第五条　组装。组装前试装一次，确认无误后上胶，用夹具固定二十四小时。
第六条　打磨上漆。先用粗砂纸后用细砂纸顺纹打磨，上漆不少于三遍，每遍干透后再上下一遍。
第七条　检验。成品桌面放在平台上四角不翘，桌腿受力不晃，方可入库。
第八条　本规程自发布之日起执行，由合作社技术组负责解释。
""",
    ),
    dict(
        slug="download-zhumu-rule-shangu-workshop-scan",
        site="竹木资料网 (invented)",
        style="资料下载站",
        genre="安全操作规程",
        kind="other",
        form="text",
        source="https://www.zhumuziliao.com/aq/cjgc/20317.html",
        title="扇骨车间安全操作规程",
        record_title="扇骨车间安全操作规程（doc原版）免费下载 - 竹木资料网",
        date=None,
        notes="download page text: a collection stamp (no date), an unzip password, a ghost-writer WeChat line; 第N条 articles speaking of 扫描岗位二维码 and 打印汇总 as content",
        page="""
!m 竹木资料网 › 安全制度 › 车间规程
!t 扇骨车间安全操作规程（doc原版）免费下载
!m 资料编号：ZM-20317　｜　格式：doc　｜　收录于 2024-01-22
!a ▼ 立即下载（免积分）　　▼ 网盘下载
!m 解压密码：zmzl2024
{BODY}
!a 下载次数：1,207　｜　觉得有用就分享给同事吧
!w 找不到需要的制度？在线定制各类规程，微信：zmzl-kefu
!d 本站资料均来自网络，仅供学习参考，若有侵权请来信删除
!l 同类资料：竹材加工车间防火制度｜木工机械安全操作规程
""",
        body="""
第一条　进入车间必须穿工作服、戴防尘口罩，刮青、打磨岗位须戴防割手套。
第二条　开机前检查劈片机、砂带机的防护罩和急停按钮，确认完好后方可启动。
第三条　劈片时竹材须用推料板送料，严禁用手直接推送，手与刀口距离不得小于二十厘米。
第四条　煮竹锅炉由持证人员操作，其他人员不得擅自调节火力和压力。
第五条　烘房内严禁吸烟和使用明火，竹屑每班清扫，集中存放于指定地点。
第六条　设备发生故障时，应立即停机断电，挂“正在检修”牌，由设备科人员维修。
第七条　每班结束后，班组长扫描岗位二维码填报安全检查记录，车间每周打印汇总后交安全办。
""",
    ),
    dict(
        slug="exam-qishan-notice-zhubian-skills-ticket",
        site="葜山人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://www.qsrsks.cn/zyjn/2024/1010/402.html",
        title="2024年葜山县竹匾编织专项职业能力考核公告",
        record_title="〔技能考评〕2024年葜山县竹匾编织专项职业能力考核公告_葜山人事考试网",
        date="2024-10-09",
        date_also=["2024-10-10"],
        notes="personnel-exam site: a maintenance banner, an entry float, a technical line beside the appraisal office's own 咨询电话; an exam timetable one row a paragraph; a sentence telling candidates to download and print the admission ticket; the site's posting date differs",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>〔技能考评〕2024年葜山县竹匾编织专项职业能力考核公告_葜山人事考试网</title>
<link rel="stylesheet" href="/css/rsks.css">
<script src="/js/jquery.min.js"></script>
</head>
<body>
<div class="notice-bar">⟦d 系统将于本周六22:00至次日6:00升级维护，其间暂停网上报名⟧</div>
<div class="head"><span>⟦m 葜山人事考试网⟧</span><span>⟦m 公开透明 · 择优录用⟧</span></div>
<div class="menu">⟦m 首页　考试公告　职业技能　成绩查询　政策法规　常见问题⟧</div>
<div class="where">⟦m 首页 > 职业技能 > 考核公告⟧</div>
<div class="main">
<h2>{T}</h2>
<div class="attr">⟦m 发布时间：2024-10-10　来源：县职业技能鉴定所⟧　⟦a 字体调整：大号 中号 小号⟧</div>
<div class="text">
{BODY}
</div>
</div>
<div class="float-r"><a>⟦a 网上报名入口⟧</a><a>⟦a 准考证打印入口⟧</a></div>
<div class="foot">⟦m 网站技术支持：0733-3310999（仅受理系统故障）⟧<br>⟦m 葜山县人力资源和社会保障局主办　湘ICP备13009912号⟧</div>
</body>
</html>
""",
        body="""
为弘扬传统竹编技艺，提升从业人员技能水平，经县人力资源和社会保障局同意，定于2024年11月开展竹匾编织专项职业能力考核。现将有关事项公告如下：
一、考核对象：本县从事竹编生产的农村劳动者、返乡创业人员和在校职业院校学生。
二、报名时间及方式：10月14日至10月25日，在葜山人事考试网报名。
三、考核安排
科目　时间　地点
理论知识　11月9日9:00-10:00　县职业中专教学楼
实际操作　11月9日14:00-17:00　县职业中专竹编实训室
四、考生须于11月6日起登录报名系统下载并打印准考证，凭准考证和身份证参加考核。实际操作考核需现场编织直径60厘米竹匾一只，篾刀等工具自备。
五、考核合格者颁发专项职业能力证书。
咨询电话：0733-3310526（县职业技能鉴定所）
葜山县职业技能鉴定所
2024年10月9日
""",
    ),
    dict(
        slug="exam-fachuan-notice-shangu-carving-record",
        site="垡川县人事考试信息网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.fcrsks.example.gov.cn/zyjn/tzgg/2024/0422/77.html",
        title="关于扇骨雕刻专项职业能力考核报名的通知",
        record_date="2024-04-22",
        date="2024-04-22",
        notes="record title and date as is; numbered list 1. … 5.; the notice's own 报名咨询 line beside the exam site's technical line",
        page="""
!m 垡川县人事考试信息网
!m 首页 > 职业技能 > 通知公告
{T}
!m 来源：县就业服务中心　阅读：823
!a 〖收进收藏夹〗〖打印〗
{BODY}
!m 考试网技术咨询：0734-7216000（仅限系统问题）
!l 上一篇：2024年上半年职业技能等级认定计划
!l 下一篇：竹编工专项能力考核合格人员名单公示
!m 主办：垡川县人力资源和社会保障局
""",
        indent="\u3000\u3000",
        body="""
各有关单位、广大从业人员：
为培养扇骨雕刻技能人才，经研究，决定于2024年5月举办扇骨雕刻专项职业能力考核。现将报名有关事项通知如下：
1.报名条件：年满16周岁，从事扇骨制作或雕刻工作，身体健康。
2.报名时间：4月25日至5月8日，工作日上午8:30至11:30、下午2:30至5:30。
3.报名地点：垡川县就业服务中心一楼3号窗口。
4.报名材料：身份证原件及复印件、近期一寸免冠照片2张。
5.考核内容：在扇骨上完成规定图案的阴刻和阳刻各一件，考核时长3小时。
报名咨询：0734-7216058
垡川县就业服务中心
2024年4月22日
""",
    ),
    dict(
        slug="tender-qishan-inquiry-liangyigan-lots",
        site="葜山县公共资源交易平台 (invented)",
        style="招投标网",
        genre="询价公告",
        kind="notice",
        form="html",
        source="https://ggzy.qishan.example.gov.cn/jyxx/zfcg/xjgg/2024/0805/1187.html",
        title="葜山县第二中学学生宿舍晾衣杆采购项目询价公告",
        record_title="〔宿舍改造·询价〕葜山县第二中学学生宿舍晾衣杆采购项目询价公告 - 葜山县公共资源交易平台",
        date="2024-08-05",
        notes="tender portal: a countdown, an attachment link, CA and trading-system lines beside the purchaser's and agency's own contacts; a lots table one row a paragraph; 下载 of the inquiry file as content",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>〔宿舍改造·询价〕葜山县第二中学学生宿舍晾衣杆采购项目询价公告 - 葜山县公共资源交易平台</title>
<link rel="stylesheet" href="/css/ggzy.css">
<script src="/js/countdown.js"></script>
</head>
<body>
<div class="g-head">⟦m 葜山县公共资源交易平台⟧　⟦a 主体登录⟧　⟦a 主体注册⟧</div>
<div class="g-nav">⟦m 首页　交易信息　政府采购　工程建设　服务指南⟧</div>
<div class="g-pos">⟦m 交易信息 / 政府采购 / 询价公告⟧</div>
<div class="g-art">
<h3>{T}</h3>
<p class="g-info">⟦m 信息时间：2024-08-05　阅读次数：211⟧</p>
<p class="g-count">⟦a 距离响应文件递交截止还有 6天13时22分⟧</p>
<div class="g-con">
{BODY}
</div>
<p class="g-att"><a>⟦a 询价文件.zip（点击获取）⟧</a></p>
</div>
<div class="g-side">⟦m CA数字证书办理：400-880-7712⟧<br>⟦m 交易系统技术支持：0733-3350000⟧</div>
<div class="g-foot">⟦m 葜山县公共资源交易中心　地址：葜山县政务服务中心五楼⟧<br>⟦d 平台所发信息以采购人、代理机构上传原件为准⟧</div>
</body>
</html>
""",
        body="""
项目概况：葜山县第二中学学生宿舍晾衣杆采购项目采用询价方式采购，潜在供应商应在葜山县公共资源交易平台获取询价文件，并于2024年8月12日9时30分前提交响应文件。
一、项目基本情况
项目编号：QSCG-2024-0187
预算金额：18.6万元
采购需求：
品目　数量　技术要求
升降晾衣架　420套　不锈钢杆体，承重不低于20公斤
固定晾衣杆　180根　直径32毫米，壁厚不低于1毫米
二、申请人资格要求：具有独立承担民事责任的能力，本项目不接受联合体。
三、获取询价文件：8月6日至8月9日，在交易平台免费下载。
四、联系方式
采购人：葜山县第二中学，联系人：彭老师，电话：0733-3382106
代理机构：蕞城正衡招标咨询有限公司，联系人：陆工，电话：0733-3356612
葜山县第二中学
2024年8月5日
""",
    ),
    dict(
        slug="tender-bahu-result-zhubian-pdf",
        site="菝湖县公共资源交易网 (invented)",
        style="招投标网",
        genre="成交结果公告",
        kind="notice",
        form="text",
        source="http://ggzy.bahu.example.gov.cn/jyxx/jggg/2024/0227/330.html",
        title="菝湖县蚕桑专业合作社竹匾采购项目成交结果公告",
        record_title="菝湖县蚕桑专业合作社竹匾采购项目成交结果公告.pdf",
        date="2024-02-27",
        notes="file-name record title (the page shows the attachment's name); a result table one row a paragraph; purchaser and agency contacts beside a platform hotline and a CA line",
        page="""
!m 菝湖县公共资源交易网
!m 交易信息 > 政府采购 > 结果公告
!t 菝湖县蚕桑专业合作社竹匾采购项目成交结果公告.pdf
!m 发布时间：2024-02-27 16:20　浏览：64
!a 【原件下载】【打印预览】
{BODY}
!m 平台客服热线：400-877-6650　CA服务：0737-5520000
!l 同类公告：菝湖县职业中专实训耗材采购成交公告
!d 本平台发布的信息由采购人或代理机构负责，平台不承担审核责任
""",
        body="""
一、项目编号：BHCG-2024-0033
二、项目名称：菝湖县蚕桑专业合作社竹匾采购项目
三、成交信息
包号　成交供应商　成交金额（元）
1　菝湖县竹香竹制品厂　46800
2　硗岭镇篾匠坊竹编专业合作社　39200
四、主要标的：直径1.2米蚕用竹匾共2200只，交货期30天。
五、评审专家：刘伟民、苏静、何振川。
六、公告期限：自本公告发布之日起1个工作日。
七、联系方式
采购人：菝湖县蚕桑专业合作社，联系人：黄先生，电话：0737-5538016
采购代理机构：蕞城诚立项目管理有限公司，联系人：方女士，电话：0737-5520881
菝湖县蚕桑专业合作社
2024年2月27日
""",
    ),
    dict(
        slug="lawfirm-zhengze-case-liangyigan-falling",
        site="正则律师事务所 (invented)",
        style="律所网站",
        genre="案例评析",
        kind="other",
        form="html",
        source="https://www.zhengze-law.cn/anli/2311.html",
        title="楼上晾衣杆坠落砸坏楼下车辆，责任由谁承担",
        record_title="物业纠纷案例丨楼上晾衣杆坠落砸坏楼下车辆，责任由谁承担 - 正则律师事务所",
        date=None,
        notes="law firm: a lawyer card, a consult float, a 400 line, a 本文链接 block and a not-legal-advice notice; a case note with bracketed section heads; no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>物业纠纷案例丨楼上晾衣杆坠落砸坏楼下车辆，责任由谁承担 - 正则律师事务所</title>
<link rel="stylesheet" href="/assets/law.css">
<script src="/assets/kefu.js" async></script>
</head>
<body>
<header class="lh"><a class="logo">⟦m 正则律师事务所⟧</a><span>⟦m 专注侵权与物业纠纷⟧</span><span class="tel">⟦w 免费法律咨询 400-106-8822⟧</span></header>
<nav class="ln">⟦m 首页　律所简介　专业律师　案例评析　法律法规　联系我们⟧</nav>
<div class="lpos">⟦m 首页 › 案例评析 › 物业与相邻关系⟧</div>
<div class="lbody">
<h1>{T}</h1>
<div class="lcard">⟦m 撰稿：童一帆律师　执业证号 14301201910236644　阅读 912⟧</div>
<div class="lcon">
{BODY}
</div>
<div class="llink">⟦m 本文链接：https://www.zhengze-law.cn/anli/2311.html⟧</div>
<div class="lnote">⟦d 本文仅用于普法宣传，不作为具体案件的处理依据⟧</div>
<div class="lrel">⟦l 相关案例：空调外机坠落伤人案｜小区花盆坠落物业担责吗⟧</div>
</div>
<div class="lfloat">⟦w 律师在线 · 免费评估您的案件⟧</div>
<footer>⟦m 正则律师事务所　鞒西区澌河路88号金澌大厦9层⟧　⟦m 湘ICP备20031786号⟧</footer>
</body>
</html>
""",
        body="""
【案情】2023年夏天，鞒西区某小区五楼住户王某在阳台外侧安装的晾衣杆因支架锈蚀断裂坠落，砸中楼下停放的轿车，造成车辆前挡风玻璃和引擎盖损坏，维修费用共计6800元。车主李某要求王某赔偿，王某以“大风导致、属于意外”为由拒绝。
【分析】《民法典》第一千二百五十三条规定，建筑物、构筑物或者其他设施及其搁置物、悬挂物发生脱落、坠落造成他人损害，所有人、管理人或者使用人不能证明自己没有过错的，应当承担侵权责任。本案中，晾衣杆属于王某安装使用的悬挂物，支架锈蚀说明王某未尽到检查维护义务，大风并非不可预见的不可抗力，王某不能证明自己没有过错。
【结果】经法院调解，王某赔偿李某车辆维修费6800元。
【提示】外伸式晾衣杆要定期检查，大风天气及时收回；一旦造成损害，使用人很难以“意外”为由免责。
""",
    ),
    dict(
        slug="lawfirm-hengyan-answer-kangzhuo-refund",
        site="恒言律师事务所 (invented)",
        style="律所网站",
        genre="法律问答",
        kind="other",
        form="text",
        source="http://www.hengyanlaw.example.cn/wenda/xfwq/5512.html",
        title="定制的炕桌收货后开裂，商家拒绝退款怎么办",
        record_title="【律师帮你拆解】定制的炕桌收货后开裂，商家拒绝退款怎么办｜恒言律师事务所",
        date=None,
        notes="law firm Q&A as text: the question and the lawyer's answer as the body; 解答于 4 天前 is no date; the firm's hotline prompt and address",
        page="""
!m 恒言律师事务所 · 民商事法律服务
!m 首页 › 律师问答 › 消费维权
!t 【律师帮你拆解】定制的炕桌收货后开裂，商家拒绝退款怎么办
!m 解答律师：江予安（执业12年）　｜　解答于 4 天前
{BODY}
!w 遇到类似纠纷？拨打恒言热线 400-902-5170，首次咨询不收费
!d 以上解答只针对提问内容，具体案件请以律师面谈意见为准。
!l 相关问答：网购家具尺寸不符能退吗？｜定金和订金有什么区别？
!m 恒言律师事务所　鞒西区澌河路199号汇金大厦12层
""",
        body="""
网友提问：在网上定制了一张实木炕桌，收货一周桌面就裂了一道缝，联系商家，对方说定制商品不退不换，只肯补偿五十元。我该怎么办？
律师解答：
定制商品依法可以不适用七日无理由退货，但这不等于商家可以不承担质量责任。桌面收货一周就开裂，多半是木材含水率过高或者工艺不合格，属于产品质量问题。
根据《民法典》关于承揽合同的规定，定作物不符合质量要求的，定作人可以要求承揽人修理、重作、减少报酬或者赔偿损失。您可以先保存好聊天记录、订单页面和开裂照片，向商家提出重做或退款；协商不成的，可以向平台投诉，或向当地消费者协会、市场监管部门投诉，必要时提起诉讼。
""",
    ),
]

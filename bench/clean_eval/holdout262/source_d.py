"""holdout262, part D: 地方论坛, 资料下载站, 人事考试网, 招投标网, 律所网站 (one HTML and one text page each).

Every case written by hand; all names, places, numbers and URLs are invented.
"""

CASES = [
    dict(
        slug="localforum-yuchuan-tongs-wanted-jammer",
        site="鄅川论坛 (invented county forum)",
        style="地方论坛",
        genre="论坛帖子",
        kind="other",
        form="html",
        source="https://bbs.yuchuan.net/forum.php?mod=viewthread&tid=771302",
        title="谁家还有老式长火钳？想给老屋的壁炉配一把",
        record_title=None,
        date=None,
        notes="no title in the record: the thread subject; county forum with a weather line, medals, jammer "
        "fonts in the post, a decoration ad, a 'pass to the official' link; posted 6 小时前 (no date)",
        page="""
<html>
<head>
<meta charset="utf-8">
<title>谁家还有老式长火钳？想给老屋的壁炉配一把 - 鄅川论坛</title>
<script src="data/cache/common.js?K2m"></script>
<script src="source/plugin/weather/tq.js"></script>
<style>.jammer{position:absolute;left:-9999px}</style>
</head>
<body>
<div id="toptb">⟦m 鄅川论坛 · 鄅川人的网上家园⟧ ⟦m 今日鄅川：多云转晴 3℃～11℃⟧ <a>⟦a 快速登录⟧</a></div>
<div id="pt">⟦m 鄅川论坛 › 鄅川杂谈 › 求助问答⟧</div>
<div class="ad-top">⟦a 【广告】老屋翻新找匠心装饰，免费上门量房 0745-8860066⟧</div>
<table class="post"><tr>
<td class="pls">⟦m 城南老顽童⟧<br>⟦m 勋章：老乡 · 热心人⟧</td>
<td class="plc">
<h1><span id="thread_subject">{T}</span></h1>
<div class="authi">⟦m 发表于 6 小时前　只看该作者⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="official">⟦a 此帖已转交相关部门？点此查看官方回复⟧</div>
<div class="po">⟦a 回复　引用　收藏　举报⟧</div>
</td></tr></table>
<div class="replies">⟦l 沿河路王记：錞田镇传习所有卖，一把一百出头⟧<br>⟦l 山雀：我家有一把，私信⟧</div>
<div id="ft">⟦m 鄅川论坛　站务QQ群：302118847　湘ICP备11013305号⟧</div>
</body>
</html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=3),
        body="""
去年把老家的旧屋翻修了一下，堂屋里砌了个烧柴的壁炉，现在就差一把像样的火钳。
网上买的火钳都太短太轻，夹块木柴手都打颤，钳口还合不拢。我记得小时候奶奶用的那种，一米来长，熟铁打的，钳口有齿，夹煤夹柴都稳当。
想问问本地的朋友：县城或者镇上还有没有铁匠铺在打这种火钳？听说錞田镇有个锻打传习所，有没有人去买过？价格大概多少？
要是谁家有闲置的老火钳，也可以转让给我。价钱好商量，我自己上门去拿。
""",
    ),
    dict(
        slug="localforum-zengyang-vat-smashed-junk",
        site="鄫阳百事通论坛 (invented county forum)",
        style="地方论坛",
        genre="论坛帖子",
        kind="other",
        form="text",
        source="http://www.zybaishitong.com/thread-220914-1-1.html",
        title="老街城隍庙门前那口太平缸被人砸了个豁口",
        record_title="『随手拍』老街城隍庙门前那口太平缸被人砸了个豁口【多图】｜鄫阳百事通论坛",
        date=None,
        notes="county forum text with anti-scraping junk (a line and glued after 。); posted 2 小时前 (no "
        "date); a weather line, a moderator note and replies",
        page="""
!m 鄫阳百事通论坛　　今天 晴 18～27℃
!m 首页 › 鄫阳杂谈 › 随手拍
!t 『随手拍』老街城隍庙门前那口太平缸被人砸了个豁口【多图】
!m 老街坊阿葵　　2 小时前　　浏览 1322　回复 41
{BODY}
!m 〔版主提示：已联系城管和街道，请大家提供线索〕
!l 板凳 ｜ 城隍庙隔壁：昨晚十一点多听到响声，还以为是放鞭炮
!l 地板 ｜ 石匠老魏：能补，用环氧树脂加石粉
!a 回帖请先登录　｜　我要发帖
""",
        junk=dict(lines=1, glued=2),
        body="""
今天早上路过老街口，发现城隍庙门前那口太平缸被人砸了个豁口。缸里的水漏了一地，边上还扔着半块砖头。
这口缸听老人说是清朝时候留下来的，青石凿的，缸沿上刻着“防火”两个字。老街的人每年都要给它换水，前两年县里修老街，还专门给它做了个石座子。
不知道是谁干的，也可能是晚上喝多了的人。希望有关部门查一查监控，也请街坊们留意一下，别再让人糟蹋了。
另外想问一下，这种石缸能不能补？要是补不好，老街就又少了一样老物件。
""",
    ),
    dict(
        slug="download-qiancai-rules-canteen-ladles-gb2312",
        site="千材下载 (invented download station, old table layout)",
        style="资料下载站",
        genre="制度",
        kind="notice",
        form="html",
        source="http://www.qiancaixz.com/soft/zhidu/38216.html",
        title="学校食堂餐具清洗消毒管理制度",
        record_title="【食堂制度】学校食堂餐具清洗消毒管理制度 [DOC] - 千材下载",
        date=None,
        notes="download station in an old table layout: file-info table, three download links, unzip "
        "password, dead-link report, a ghost-writer float; 第N条 articles; a rule with only an effective clause "
        "(no date)",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【食堂制度】学校食堂餐具清洗消毒管理制度 [DOC] - 千材下载</title>
<script language="javascript" src="/js/ad_float.js"></script>
</head>
<body>
<table width="980" align="center"><tr><td>⟦m 千材下载⟧</td><td>⟦m 千份材料 一键到手⟧</td><td>⟦a 会员登录⟧ ⟦a 免费注册⟧</td></tr></table>
<table width="980" align="center"><tr><td>⟦m 首页 ┃ 规章制度 ┃ 合同协议 ┃ 表格模板 ┃ 公文写作⟧</td></tr></table>
<table width="980" align="center"><tr><td>⟦m 当前位置：首页 → 规章制度 → 学校管理⟧</td></tr></table>
<table width="980" align="center" border="1" class="info">
<tr><td>⟦m 资料名称：学校食堂餐具清洗消毒管理制度⟧</td><td>⟦m 资料大小：28 KB⟧</td></tr>
<tr><td>⟦m 资料格式：DOC⟧</td><td>⟦m 更新时间：2024-03-30⟧</td></tr>
<tr><td>⟦m 下载次数：3407⟧</td><td>⟦m 推荐星级：★★★★☆⟧</td></tr>
</table>
<table width="980" align="center"><tr><td><b>{T}</b></td></tr>
<tr><td>⟦m 【资料预览】⟧</td></tr>
<tr><td class="yulan">
{BODY}
</td></tr></table>
<table width="980" align="center" class="down">
<tr><td>⟦a ◎ 电信高速下载⟧</td><td>⟦a ◎ 联通高速下载⟧</td><td>⟦a ◎ 本地直连下载⟧</td></tr>
<tr><td colspan="3">⟦a 解压密码：www.qiancaixz.com⟧</td></tr>
<tr><td colspan="3">⟦a 下载失败？点此告诉我们⟧</td></tr>
</table>
<div id="float_ad" style="position:fixed;right:0;bottom:60px">⟦w 制度定制、材料代笔，QQ 1462 8807 35⟧</div>
<table width="980" align="center"><tr><td>⟦d 本站资料来自网络收集整理，仅供学习交流，商用请自行核实授权。⟧</td></tr>
<tr><td>⟦m Copyright © 2011-2024 千材下载 豫ICP备11027640号⟧</td></tr></table>
</body>
</html>
""",
        body="""
第一条　为规范学校食堂餐具清洗消毒工作，预防食源性疾病，结合本校实际，制定本制度。
第二条　本制度所称餐具，包括碗、盘、筷子、汤勺、公勺、餐盒等直接接触入口食品的器具。
第三条　餐具清洗消毒实行“一刮、二洗、三冲、四消毒、五保洁”流程，消毒后的餐具应存放在专用保洁柜内。
第四条　公用汤勺、公勺每餐使用后必须单独清洗消毒，不得与生食加工用具混放。
第五条　采用热力消毒的，煮沸或蒸汽消毒时间不少于十分钟；采用化学消毒的，须按说明配比浓度，消毒后用清水冲净。
第六条　食堂管理员每日检查消毒记录，发现未按规定消毒的，当餐餐具不得使用。
第七条　本制度自发布之日起执行。
""",
    ),
    dict(
        slug="download-zhucai-instruction-inkline-hatch-markers",
        site="筑材资料网 (invented download station)",
        style="资料下载站",
        genre="作业指导书",
        kind="other",
        form="text",
        source="https://www.zhucaiziliao.com/doc/55817.html",
        title="木工墨斗弹线作业指导书",
        record_title="木工墨斗弹线作业指导书.doc",
        date=None,
        notes="download page text: a .doc preview cut by ▨ n ▨ markers, glued to the continuation with a "
        "space or on lines of their own; decimal headings 3.1–4.3; file-name title; an update stamp (no date)",
        page="""
!m 筑材资料网 > 施工资料 > 作业指导书
!t 木工墨斗弹线作业指导书.doc
!m 格式：doc　　大小：36KB　　更新：2024-06-18　　下载：1186 次
!a ⇩ 立即下载（普通用户 3 筑币／VIP 免费）
{BODY}
!a 〔预览仅显示部分内容，下载后可查看全文〕
!l 相关资料：木工放线作业指导书｜木门窗安装技术交底｜木作班组安全交底
!d 筑材资料网所有资料均由网友分享，如侵犯您的权益，请发邮件至 jubao@zhucaiziliao.com
""",
        pages=dict(fmt="▨ {n} ▨", every=120, start=2, glue="mix", sep=" "),
        body="""
1 目的
规范墨斗弹线作业方法，保证放线准确，防止返工。
2 适用范围
适用于木门窗、木楼梯及木结构构件制作中的划线、放线作业。
3 作业准备
3.1 检查墨斗线轮转动灵活，线绳无断股、无结头。
3.2 墨仓内棉絮应吸墨均匀，墨汁不足时及时添加，不得加水稀释。
4 作业方法
4.1 在材料两端确定控制点，用铅笔做出标记。
4.2 将墨线一端固定在控制点上，拉线至另一端控制点，保持线绳绷直并贴紧材面。
4.3 垂直提起墨线中部后迅速放开，使墨线弹落在材面上，一次成线。
5 质量要求
弹出的墨线应清晰、连续、粗细均匀，线宽不大于1毫米，直线度偏差每米不大于0.5毫米。
""",
    ),
    dict(
        slug="exam-zengyang-skill-test-tongs-forging",
        site="鄫阳县人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://rsks.zengyang.gov.cn/ksgg/2024/0806/915.html",
        title="鄫阳县文化馆2024年公开招聘非遗传承岗位技能测试公告",
        record_title="【非遗岗位测试】鄫阳县文化馆2024年公开招聘非遗传承岗位技能测试公告 - 鄫阳县人事考试网",
        date="2024-08-05",
        date_also=["2024-08-06"],
        notes="personnel-exam site: a maintenance banner, an admission-ticket float, the site's technical line "
        "beside the 文化馆's own 咨询电话 in the body; a sentence telling candidates to 下载并打印 准考证 stays; "
        "the 发布时间 differs from the 成文日期",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【非遗岗位测试】鄫阳县文化馆2024年公开招聘非遗传承岗位技能测试公告 - 鄫阳县人事考试网</title>
<script src="/js/jquery.min.js"></script>
<script>var siteId="rsks_zengyang";</script>
</head>
<body>
<div class="notice-bar">⟦d 系统将于8月10日22:00—24:00停机维护，届时暂停报名和打印服务⟧</div>
<div class="head">⟦m 鄫阳县人事考试网⟧ ⟦m 鄫阳县人力资源和社会保障局主办⟧</div>
<div class="nav">⟦m 首页 | 考试公告 | 报名入口 | 成绩查询 | 政策法规⟧</div>
<div class="pos">⟦m 首页 &gt;&gt; 考试公告 &gt;&gt; 事业单位招聘⟧</div>
<div class="news">
<h1>{T}</h1>
<div class="meta">⟦m 发布时间：2024-08-06 10:30:12　信息来源：县人社局　访问次数：4411⟧</div>
<div class="con">
{BODY}
</div>
</div>
<div class="side"><h4>⟦l 近期考试日历⟧</h4><p>⟦l 08-17　文化馆非遗岗位技能测试⟧</p><p>⟦l 08-24　县直事业单位统一笔试⟧</p></div>
<div class="float-entry" style="position:fixed;right:10px;top:300px">⟦a 准考证打印入口 ›⟧</div>
<div class="foot">⟦m 网站技术支持：0736-5230888（仅受理系统操作问题）⟧<br>⟦m 鄫阳县人力资源和社会保障局　湘ICP备13011928号⟧</div>
</body>
</html>
""",
        body="""
根据《鄫阳县文化馆2024年公开招聘工作人员公告》，现将非遗传承岗位（铁器锻打方向）技能测试有关事项公告如下。
一、测试时间：2024年8月17日上午8:30。
二、测试地点：鄫阳县文化馆非遗工坊（城关镇文昌路45号）。
三、测试内容：考生在九十分钟内，使用工坊提供的炉具和铁料，独立打制一把火钳。考官从外形、钳口咬合、手柄牢固程度和操作规范四个方面评分，满分100分。
四、考生须于8月12日至8月16日登录本网下载并打印准考证，测试当天凭准考证和身份证入场。
五、考生须自备长袖工作服和劳保手套，工坊提供护目镜。
咨询电话：0736-5238017（县文化馆办公室）
鄫阳县人力资源和社会保障局
2024年8月5日
""",
    ),
    dict(
        slug="exam-yuchuan-strawcraft-practical-timetable",
        site="鄅川人事考试信息网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="https://www.ycrsks.cn/gonggao/20240423/1607.html",
        title="鄅川县非遗保护中心2024年公开招聘草编技艺岗位实操考核安排公告",
        record_title="鄅川县非遗保护中心2024年公开招聘草编技艺岗位实操考核安排公告_事业单位招聘_鄅川人事考试信息网",
        date="2024-04-22",
        notes="exam site text: a timetable one row a paragraph; the candidate rules stay; a 'results query' "
        "link and a WeChat-follow line in the chrome; 成文日期 under the signature",
        page="""
!m 鄅川人事考试信息网　　〔今天是2024年4月23日　星期二〕
!m 首页 ＞ 事业单位招聘 ＞ 公告详情
{T}
!m 文章来源：县人社局事业单位人事管理股　　阅读次数：2590
{BODY}
!a ☞ 成绩查询入口　　☞ 资格复审名单
!w 考试动态早知道：微信搜“鄅川人社”
!m 主办：鄅川县人力资源和社会保障局　技术支持：鄅川县信息中心
""",
        indent="\u3000\u3000",
        body="""
经资格复审，共有9名考生进入草编技艺岗位实操考核。现将考核安排公告如下。
一、考核内容：现场编织草鞋一双，限时120分钟，稻草和工具由考点统一提供。
二、考核安排：
组别　考核时间　考生人数
第一组　4月27日8:30—10:30　5人
第二组　4月27日14:30—16:30　4人
三、考核地点：枹桥镇草编合作社实训室。
四、考生须提前30分钟到达考点，迟到15分钟以上的，视为自动放弃。
五、考核成绩当场公布，并于4月29日在本网公示。
鄅川县人力资源和社会保障局
2024年4月22日
""",
    ),
    dict(
        slug="tender-leishan-inquiry-canteen-ladles",
        site="藟山县公共资源交易网 (invented)",
        style="招投标网",
        genre="询价公告",
        kind="notice",
        form="html",
        source="https://ggzy.leishan.gov.cn/jyxx/zfcg/cggg/20240812/0871.html",
        title="藟山县第一中学食堂餐具采购项目询价公告",
        record_title="〔询价项目〕藟山县第一中学食堂餐具采购项目询价公告 - 政府采购 - 藟山县公共资源交易网",
        date="2024-08-12",
        notes="tender portal: a countdown, a CA hotline and a trading-system line beside the purchaser's and "
        "agency's contacts; an items table one row a paragraph; a sentence telling suppliers to 下载询价文件 "
        "stays; the 公告 date closes the body",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>〔询价项目〕藟山县第一中学食堂餐具采购项目询价公告 - 政府采购 - 藟山县公共资源交易网</title>
<script src="/js/countdown.js"></script>
<script src="/js/ca-check.js"></script>
</head>
<body>
<div class="top">⟦m 藟山县公共资源交易网⟧ <a>⟦a 供应商登录⟧</a> <a>⟦a CA证书办理⟧</a></div>
<div class="nav">⟦m 首页　交易信息　政府采购　工程建设　服务指南⟧</div>
<div class="loc">⟦m 首页 &gt; 交易信息 &gt; 政府采购 &gt; 采购公告⟧</div>
<div class="detail">
<h2>{T}</h2>
<div class="meta">⟦m 信息时间：2024-08-12　　浏览：388⟧</div>
<div class="countdown">⟦m 距响应截止还剩：09天 17时 22分⟧</div>
<div class="content">
{BODY}
</div>
<div class="att">⟦a 📄 询价文件（LSZC-2024-0871）.zip　点击下载⟧</div>
</div>
<div class="side"><h4>⟦l 同类采购公告⟧</h4><p>⟦l 藟山县第二中学食堂设备采购询价公告⟧</p><p>⟦l 县实验小学学生课桌椅采购项目⟧</p></div>
<div class="service">⟦m CA办理及驱动咨询：400-017-6626⟧<br>⟦m 电子交易系统操作咨询：0746-6790012⟧</div>
<div class="foot">⟦m 藟山县公共资源交易中心 主办　湘ICP备15002261号⟧</div>
</body>
</html>
""",
        body="""
项目编号：LSZC-2024-0871
藟山县第一中学食堂餐具采购项目采用询价方式采购，欢迎符合条件的供应商参加。
一、采购内容
品目　规格　数量
不锈钢长柄汤勺　304材质，长28厘米　600把
不锈钢公用汤勺　304材质，长22厘米　1200把
不锈钢餐盘　五格，304材质　2400个
二、最高限价：人民币九万二千元。
三、获取询价文件：2024年8月12日至8月16日，在藟山县公共资源交易网下载询价文件。
四、响应文件提交截止时间：2024年8月22日9:30。
五、联系方式
采购人：藟山县第一中学　联系人：阮老师　电话：0746-6712208
代理机构：藟山县恒信招标代理有限公司　联系人：包琪　电话：0746-6729315
2024年8月12日
""",
    ),
    dict(
        slug="tender-zengyang-award-fire-vats",
        site="鄫阳县政府采购网 (invented)",
        style="招投标网",
        genre="中标结果公告",
        kind="notice",
        form="text",
        source="http://www.zengyangcg.gov.cn/zbgg/2024/1030/316.html",
        title="鄫阳县传统村落消防水缸采购项目中标结果公告",
        record_date="2024-10-30",
        date="2024-10-30",
        notes="title and date from the record; a bid-result table one row a paragraph; purchaser and agency "
        "phones beside the platform's CA line and the site's hotline",
        page="""
!m 鄫阳县政府采购网
!m 首页 › 采购公告 › 结果公告
{T}
!m 发布日期：2024-10-30　　来源：鄫阳县正和项目管理有限公司
{BODY}
!a 【收藏】　【打印】　【字号：大 中 小】
!m CA数字证书服务热线：400-188-0736
!m 鄫阳县财政局 主办　　网站服务热线：0736-5299100
""",
        body="""
一、项目编号：ZYCG-2024-316
二、项目名称：鄫阳县传统村落消防水缸采购项目
三、中标信息
包号　中标供应商　中标金额（元）
第一包（青石水缸40口）　鄫阳县石韵石材加工厂　172800
第二包（陶制水缸25口）　枲原县古窑陶业有限公司　86500
四、评审专家：胥明、樊国栋、伍素云
五、公告期限：自本公告发布之日起1个工作日。
六、联系方式
采购人：鄫阳县文物保护中心　电话：0736-5267731
代理机构：鄫阳县正和项目管理有限公司　电话：0736-5290106
""",
    ),
    dict(
        slug="lawfirm-diping-corridor-vat-article",
        site="砥平律师事务所 (invented)",
        style="律所网站",
        genre="普法文章",
        kind="other",
        form="html",
        source="https://www.dipinglaw.cn/news/falv/2024-06-20/318.html",
        title="楼道里放水缸养鱼，邻居能要求搬走吗？",
        record_title="律师说物业｜楼道里放水缸养鱼，邻居能要求搬走吗？ - 砥平律师事务所",
        date="2024-06-20",
        notes="law firm page: a lawyer card, a consult float, a 400 line, a 本文链接 block and a repost notice; "
        "the byline's 发布时间 is the date; the article cites 第二百七十一条",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>律师说物业｜楼道里放水缸养鱼，邻居能要求搬走吗？ - 砥平律师事务所</title>
<script src="https://kf.dipinglaw.cn/chat.js" async></script>
</head>
<body>
<header>⟦m 砥平律师事务所⟧ ⟦m 砥柱中流　持平守正⟧ ⟦m 全国咨询热线 400-651-2080⟧</header>
<nav>⟦m 首页　关于砥平　专业领域　律师团队　律师说法　联系我们⟧</nav>
<div class="crumb">⟦m 首页 / 律师说法 / 物业邻里⟧</div>
<article>
<h1>{T}</h1>
<div class="meta">⟦m 发布时间：2024-06-20　作者：砥平律师事务所 尤思远律师⟧</div>
<div class="text">
{BODY}
</div>
<div class="permalink">⟦m 本文链接：https://www.dipinglaw.cn/news/falv/2024-06-20/318.html⟧</div>
<div class="repost">⟦d 本文为砥平原创，转载须保留作者及出处，商业转载请联系授权。⟧</div>
</article>
<aside class="lawyer-card"><p>⟦m 尤思远　执业律师　擅长：物业纠纷、相邻关系⟧</p><p>⟦w 预约面谈：139 7281 0564（微信同号）⟧</p></aside>
<div class="float-consult">⟦a 在线咨询　律师 5 分钟内回复⟧</div>
<footer>⟦m 砥平律师事务所　地址：鄀州市龠湖区中山大道603号金融大厦17楼⟧</footer>
</body>
</html>
""",
        body="""
近日，我所律师接到龠湖区一位居民的咨询：楼上邻居在楼道转角处放了一口大水缸养锦鲤，缸边还堆着鱼食和水管，上下楼常被绊到，夏天还招蚊子，多次沟通无果。
律师认为，楼道属于业主共有部分，任何业主不得擅自占用。《民法典》第二百七十一条规定，业主对建筑物内的住宅、经营性用房等专有部分享有所有权，对专有部分以外的共有部分享有共有和共同管理的权利。在楼道放置水缸，既妨碍他人通行，也可能堵塞消防通道，邻居有权要求其搬离。
建议当事人先与邻居协商；协商不成的，可以向物业服务企业反映，由物业进行劝阻；必要时可向消防救援机构举报，或者向人民法院提起诉讼，请求排除妨害。
""",
    ),
    dict(
        slug="lawfirm-mingheng-case-ladle-scald",
        site="明衡律所 (invented law firm)",
        style="律所网站",
        genre="案例评析",
        kind="other",
        form="text",
        source="https://minghenglawyer.com/cases/2218.html",
        title="服务员盛汤时汤勺滑落烫伤顾客，餐馆要担责吗",
        record_title="〔以案说法〕服务员盛汤时汤勺滑落烫伤顾客，餐馆要担责吗 · 明衡律所",
        date=None,
        notes="law firm case note: 【案情】【评析】【提醒】 sections stay; a consult line and a 400 line, a "
        "disclaimer; only a relative time (no date)",
        page="""
!m 明衡律所 · 案例库
!t 〔以案说法〕服务员盛汤时汤勺滑落烫伤顾客，餐馆要担责吗
!m 明衡律所人身损害团队　　3 天前　　阅读 1207
{BODY}
!d 以上内容仅为一般性法律分析，不构成针对具体案件的法律意见。
!w 遇到类似问题？免费咨询明衡律师：400-808-6651
!l 同类案例：顾客在餐厅滑倒受伤谁负责｜火锅店锅底炸裂致人受伤
""",
        body="""
【案情】顾客刘女士在某火锅店就餐，服务员用汤勺为她添汤时，汤勺把手松脱，勺头连同热汤一起落在她的手背上，造成二级烫伤，花去医疗费三千余元。餐馆认为是汤勺质量问题，应当找厂家赔。
【评析】根据《民法典》第一千一百九十一条，用人单位的工作人员因执行工作任务造成他人损害的，由用人单位承担侵权责任。服务员添汤属于执行工作任务，餐馆应当先行赔偿刘女士的损失。至于汤勺是否存在质量缺陷，餐馆赔偿后可以另行向生产者、销售者追偿，但不能以此为由拒绝赔偿顾客。
【提醒】餐饮经营者应定期检查汤勺、汤锅等器具，发现手柄松动的，及时更换。
""",
    ),
]

"""holdout340, part D: 地方论坛, 资料下载站, 人事考试网, 招投标网, 律所网站 (one HTML and one text case each).

Invented text, sites, places and people; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="localforum-laihu-nail-lamp-burn-thread",
        site="睐湖论坛 (invented county forum)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="https://bbs.laihu.example.cn/thread-1190342-1-1.html",
        title="学府路那家美甲店的灯把我手指烫起泡，店家一句“正常现象”就打发了？",
        record_title=None,
        date=None,
        notes="no record title: the thread subject; jammer fonts; a weather line, a decoration ad, an official-reply link "
        "and medals; 发表于 前天, so no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="gbk">
<title>睐湖论坛 - 睐湖人自己的网上家园</title>
<style>.jammer{display:none}</style>
<script src="/static/js/forum.js"></script>
</head><body>
<div class="hd">⟦m 睐湖论坛⟧ ⟦m 今日睐湖：晴 12~21℃ 东北风2级⟧ <a>⟦a 登录⟧</a> <a>⟦a 注册⟧</a></div>
<div class="ad-top">⟦d 推广⟧ ⟦l 睐湖装修找家和 全包立减8000 咨询 0734-7736688⟧</div>
<div class="pt">⟦m 睐湖论坛 › 民生百事 › 投诉维权⟧</div>
<table><tr><td class="pls"><div>⟦m 青柚柚⟧</div><p>⟦m 帖子 86 积分 422⟧</p><p>⟦m 勋章：热心市民⟧</p></td>
<td class="plc">
<h1 id="thread_subject">{T}</h1>
<div class="authi">⟦m 发表于 前天 20:13 | 只看该作者 | 阅读模式⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="reply-official">⟦l ➤ 县市场监管局已回复，点击查看官方回复⟧</div>
<div class="po">⟦a 回复⟧ ⟦a 支持 38⟧ ⟦a 反对 1⟧ ⟦a 分享⟧</div>
</td></tr></table>
<div class="next">⟦l 下一主题：学府路早高峰又堵了，红绿灯能不能调一调⟧</div>
<div class="ft">⟦m 睐湖论坛 ( 湘ICP备10026513号 )⟧ ⟦m 站务QQ群：416092731⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
上周五晚上在学府路一家美甲店做了个纯色，技师让我把手伸进灯里，说照一分钟就好。刚放进去十几秒，右手食指和中指就开始发烫，我说疼，她说忍一下，新灯功率大，都这样。
结果第二天，两个指尖都起了小水泡，指甲边上红了一圈。我拿着照片回去找店家，老板说这是“正常现象”，过两天就好，最多给我免单。
我去药店问了，店员说可能是灯的功率太大或者照得太久。我不是要讹钱，只是想问问，美甲店用的灯有没有标准？这种情况该找谁？
已经打了12315，工作人员说会转给辖区市场监管所。有同样经历的朋友可以在下面留言，大家一起反映。
""",
    ),
    dict(
        slug="localforum-pinshan-chahe-brow-master-junk",
        site="颦山论坛 (invented county forum)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="http://www.pinshanbbs.example.net/forum.php?mod=viewthread&tid=220481",
        title="姹河老街还有会用刮眉刀开脸修眉的老师傅吗？",
        record_title="[姹河身边事] 姹河老街还有会用刮眉刀开脸修眉的老师傅吗？ - 姹河板块 - 颦山论坛",
        date=None,
        notes="county-forum text with junk lines and glued junk; 3 天前 is no date; replies below",
        page="""
!m 颦山论坛 · 颦山第一社区
!m 首页 › 乡镇板块 › 姹河板块
!t [姹河身边事] 姹河老街还有会用刮眉刀开脸修眉的老师傅吗？ - 姹河板块 - 颦山论坛
!m 查看 1287　回复 19
!m 蓝莓酸奶 发表于 3 天前　只看该作者
{BODY}
!l 沙发　老街坊：以前粮站对面有个吴师傅，好多年没见了。
!l 板凳　晴天：镇卫生院后面巷子里好像还有一家，周末开门。
!a 登录后才能回帖 | 还没有账号？马上注册
!m 颦山论坛　手机版　湘ICP备14030178号
""",
        junk=dict(lines=2, glued=2),
        body="""
我家妹妹下个月出嫁，奶奶一定要按老规矩给她开脸，说新娘子出门前要把脸上的汗毛和眉毛修一修，图个干净利落。
以前姹河老街的剃头铺都会这门手艺，用细线绞脸，再用一把窄窄的刮眉刀把眉形修出来。这几年老街改造，剃头铺一家家关了，我问了好几个人都说找不到了。
想请问大家，姹河镇或者县城还有没有会这个的老师傅？最好是用自己的刀，刀要消过毒的那种。价格好商量，能上门更好。
实在找不到的话，美容店修眉也行，但奶奶说不是那个味道。先谢谢各位了！
""",
    ),
    dict(
        slug="download-youziliao-nail-salon-rules-gb2312",
        site="优资料下载站 (invented, old gb2312 file-info layout)",
        style="资料下载站",
        genre="规程",
        kind="other",
        form="html",
        source="http://www.youziliao.example.com/soft/zhidu/20240418/39017.html",
        title="美甲店卫生与安全操作规程",
        record_title="美甲店卫生与安全操作规程（Word版·直接打印）免费下载 - 优资料下载站",
        date=None,
        notes="download station: file-info table, three download links, an unzip password, a dead-link report and a "
        "floating ad; 第N条 articles that speak of 打印 and 下载 as content; no date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>美甲店卫生与安全操作规程（Word版·直接打印）免费下载 - 优资料下载站</title>
<script language="javascript" src="/js/float_ad.js"></script>
</head><body>
<table width="980" align="center" border="0"><tr>
<td>⟦m 优资料下载站⟧ ⟦m 资料多 下载快 不收费⟧</td>
<td align="right">⟦a 加入收藏⟧  ⟦a 设为首页⟧</td></tr>
<tr><td colspan="2">⟦m 首页 → 管理制度 → 行业规程 → 美甲店卫生与安全操作规程⟧</td></tr></table>
<table width="980" align="center" border="1" cellspacing="0" bordercolor="#c9c9c9">
<tr><td width="120">⟦m 资料名称⟧</td><td>{T}</td></tr>
<tr><td>⟦m 资料大小⟧</td><td>⟦m 24.5 KB⟧</td></tr>
<tr><td>⟦m 资料格式⟧</td><td>⟦m DOC / RAR压缩⟧</td></tr>
<tr><td>⟦m 更新时间⟧</td><td>⟦m 三周前⟧</td></tr>
<tr><td>⟦m 下载次数⟧</td><td>⟦m 2731⟧</td></tr>
<tr><td>⟦m 解压密码⟧</td><td>⟦m www.youziliao.example.com⟧</td></tr>
</table>
<table width="980" align="center"><tr><td>
<b>⟦m 资料简介：⟧</b><br>
{BODY}
</td></tr></table>
<table width="980" align="center"><tr><td>
<b>⟦a 下载地址：⟧</b> <a href="#">⟦a 电信高速下载⟧</a>  <a href="#">⟦a 联通高速下载⟧</a>  <a href="#">⟦a 本地备用下载⟧</a><br>
<a href="/report.asp?id=39017">⟦a 下载不了？点这里报告死链⟧</a>
</td></tr></table>
<div id="floatad" style="position:absolute;left:2px;top:300px">⟦w 企业制度定制 QQ 1920447365⟧</div>
<table width="980" align="center"><tr><td align="center">⟦d 本站资料来自网络收集，仅供学习参考，版权归原作者⟧<br>⟦m 优资料下载站 2008-2024　冀ICP备08120336号⟧</td></tr></table>
</body></html>
""",
        p_html="{}<br>",
        body="""
第一条　为保障顾客健康和门店安全，规范美甲服务操作，制定本规程。
第二条　技师上岗前应洗手、戴口罩；为每位顾客服务前，美甲工具须经清洗、消毒，锉条、海绵块等一次性用品一客一换。
第三条　美甲灯应有产品合格证，使用前检查电线和灯珠，每层照射时间按说明书执行，并为顾客提供防晒手套。
第四条　洗甲水等易燃用品随用随取，工作台上只放一小瓶，其余存放在远离火源和电源的专柜中。
第五条　门店应将消毒记录表打印出来张贴在工作台旁，每日填写。
第六条　顾客可以下载门店公示的服务价目表，门店不得另行加价。
第七条　本规程由店长负责组织实施，自公布之日起执行。
""",
    ),
    dict(
        slug="download-ziliaoku-contract-lash-processing-template",
        site="资料库下载 (invented)",
        style="资料下载站",
        genre="合同范本",
        kind="other",
        form="text",
        source="https://www.ziliaoku-dl.example.net/htfb/9931.html",
        title="假睫毛委托加工合同",
        record_title="假睫毛委托加工合同（范本·填空版）[DOCX可改] - 资料库下载",
        date=None,
        notes="contract template with ＿＿ blanks, ×× placeholders and ＿＿年＿＿月＿＿日; 第N条 articles; download "
        "links and a mirror list; no date",
        page="""
!m 资料库下载 - 合同范本频道
!m 当前：首页 / 合同范本 / 加工承揽
!t 假睫毛委托加工合同（范本·填空版）[DOCX可改] - 资料库下载
!m 文件大小：31K　|　授权：免费　|　添加：一个月前　|　人气：915
!a ⇩ 本地下载　⇩ 网盘下载（提取码 7x3k）
{BODY}
!a 下载失效？请在评论区留言，管理员24小时内补链
!l 同类范本：手工艺品来料加工合同　家庭作坊计件用工协议　化妆品代加工合同
!d 范本仅供参考，签订前请咨询专业律师。
""",
        indent="\u3000\u3000",
        body="""
委托方（甲方）：＿＿＿＿＿＿＿＿　加工方（乙方）：＿＿＿＿＿＿＿＿
第一条　甲方委托乙方加工××型号假睫毛，数量＿＿＿＿盒，计件单价＿＿＿＿元/盒。
第二条　原材料（纤维、托板、睫毛胶）由甲方提供，乙方应妥善保管，不得挪作他用。
第三条　乙方应按甲方提供的样品加工，每批次交货时由甲方验收，弧度、长度与样品不符的，乙方负责返工。
第四条　乙方应保持加工场所通风，睫毛胶、洗甲水等易燃物品远离火源；因乙方保管不当造成损失的，由乙方承担。
第五条　加工费每月结算一次，甲方于次月××日前支付。
第六条　本合同一式两份，甲乙双方各执一份，自双方签字之日起生效。
甲方（签字）：＿＿＿＿　乙方（签字）：＿＿＿＿
＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="exam-wuzhou-notice-nail-tech-appraisal",
        site="妩州人事考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.wzpta.example.cn/jdtz/2024/0827/5512.html",
        title="关于2024年下半年美甲师职业技能等级认定考核有关事项的通知",
        record_title="〔技能认定·考务须知〕关于2024年下半年美甲师职业技能等级认定考核有关事项的通知（附日程表）_妩州人事考试网",
        date="2024-08-26",
        date_also=["2024-08-27"],
        notes="personnel-exam site with a maintenance banner and an admission-ticket float; a timetable one row a paragraph; "
        "sentences telling candidates to download and print 准考证; the centre's 咨询电话 beside the site's technical line",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>〔技能认定·考务须知〕关于2024年下半年美甲师职业技能等级认定考核有关事项的通知（附日程表）_妩州人事考试网</title>
<script src="/js/pta.min.js"></script>
</head><body>
<div class="notice-bar">⟦d 系统升级公告：8月31日22:00至次日6:00报名系统暂停服务⟧</div>
<div class="logo">⟦m 妩州人事考试网⟧ ⟦m 妩州市人事考试中心主办⟧</div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 考试公告⟧</li><li>⟦m 技能认定⟧</li><li>⟦m 成绩查询⟧</li><li>⟦m 证书领取⟧</li></ul>
<div class="pos">⟦m 首页 > 技能认定 > 认定公告⟧</div>
<div class="article">
<h1>{T}</h1>
<div class="info">⟦m 发布时间：2024-08-27 10:00　来源：市人事考试中心　阅读 4,112⟧</div>
<div class="content">
{BODY}
</div>
</div>
<div class="float-r">⟦a 准考证打印入口⟧ ⟦a 成绩查询入口⟧ ⟦a 关闭⟧</div>
<div class="foot">⟦m 妩州市人事考试中心　地址：妩州市翅湖区人民西路88号⟧<br>⟦m 网站技术支持：0736-2238021（仅限网站故障）⟧<br>⟦m 湘ICP备11006690号-2⟧</div>
</body></html>
""",
        body="""
各有关考生：
2024年下半年美甲师职业技能等级认定考核定于9月21日至22日在妩州职业技术学院举行，现将有关事项通知如下：
日期　时间　科目
9月21日　9:00-10:30　理论知识（机考）
9月21日　14:00-17:00　操作技能（五级、四级）
9月22日　9:00-12:00　操作技能（三级）
考生须于9月18日起登录本网站下载并打印准考证，考试时携带准考证和身份证原件。操作技能考核需自带美甲灯、甲油胶、手模及工具，美甲灯须有产品合格证；考场内禁止使用喷雾类产品。
咨询电话：0736-2238155（工作日）
妩州市人事考试中心
2024年8月26日
""",
    ),
    dict(
        slug="exam-shengpei-lash-tech-toolkit-list",
        site="瞳岭人才考评网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.tlkp.example.cn/news/2024/0312/880.html",
        title="美睫师（四级）操作技能考核考生自备工具清单",
        date="2024-03-11",
        notes="record title as is; a bulleted tool list with numbers; 成文日期; the site's service line at the bottom",
        page="""
!m 瞳岭人才考评网
!m 首页 ＞ 考评动态 ＞ 考务须知
{T}
!m 来源：县职业技能鉴定所　　日期：一周前
!a 〔收藏〕　〔打印〕　〔分享到微信〕
{BODY}
!m 考评网服务电话：0746-8826600　　工作时间：周一至周五 8:30-17:30
!l 相关链接：美甲师考核工具清单　|　美容师考核评分细则
!m 瞳岭人才考评网 版权所有
""",
        indent="\u3000\u3000",
        body="""
参加美睫师（四级）操作技能考核的考生，请按以下清单自备工具，考场不提供借用：
1. 睫毛夹1把（金属或塑料均可，胶垫完好）；
2. 嫁接用假睫毛，粗细0.07毫米、0.10毫米各1盒，长度不限；
3. 睫毛胶1瓶（须在保质期内），胶托、胶珠片若干；
4. 直头、弯头镊子各1把，睫毛梳1把，眼贴、胶带若干；
5. 仿真头模1个，须提前贴好考生编号。
考生所带物品须无品牌标识，睫毛胶不得提前开封。考核当天7:50前入场检查工具，迟到15分钟不得入场。
瞳岭县职业技能鉴定所
2024年3月11日
""",
    ),
    dict(
        slug="tender-yuanjing-nail-lamp-procurement",
        site="鬒川县公共资源交易中心 (invented)",
        style="招投标网",
        genre="采购公告",
        kind="notice",
        form="html",
        source="https://ggzy.zhenchuan.gov.example.cn/jyxx/zfcg/cggg/20240611/882390.html",
        title="鬒川县职业中专学校美容实训设备采购项目竞争性磋商公告",
        record_title="【磋商公告·货物类】鬒川县职业中专学校美容实训设备采购项目竞争性磋商公告 - 鬒川县公共资源交易中心",
        record_date="2024-06-11",
        date="2024-06-11",
        notes="tender portal with a countdown and CA/trading-system lines; lots one row a paragraph; purchaser and agency "
        "contacts stay in the body; the record gives the date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>【磋商公告·货物类】鬒川县职业中专学校美容实训设备采购项目竞争性磋商公告 - 鬒川县公共资源交易中心</title>
<script src="/js/countdown.js"></script>
</head><body>
<div class="top">⟦m 鬒川县公共资源交易中心⟧ ⟦a 交易主体登录⟧ ⟦a 专家登录⟧</div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 交易信息⟧</li><li>⟦m 政策法规⟧</li><li>⟦m 服务指南⟧</li></ul>
<div class="crumb">⟦m 交易信息 ＞ 政府采购 ＞ 采购公告⟧</div>
<div class="art">
<h2>{T}</h2>
<div class="meta">⟦m 信息时间：2024-06-11　访问次数：302⟧</div>
<div class="cd">⟦m 距响应文件递交截止还有：<span id="cd">13天06时41分</span>⟧</div>
<div class="ct">
{BODY}
</div>
<div class="attach">⟦a 磋商文件（鬒职中2024-07）.zip 点击下载⟧</div>
</div>
<div class="foot">⟦m CA证书办理咨询：0736-5521870⟧ ⟦m 交易系统运维：400-870-3355⟧<br>⟦m 鬒川县公共资源交易中心　湘ICP备17011940号⟧</div>
<script>countdown("2024-06-25 09:30");</script>
</body></html>
""",
        body="""
项目编号：ZCZC-2024-07　采购方式：竞争性磋商　预算金额：18.6万元
采购需求：
包号　品名　数量
1　LED/UV双光源美甲灯　40台
2　美睫实训套装（含睫毛夹、练习假睫毛）　60套
3　美甲实训耗材（含洗甲水、甲油胶）　1批
供应商须具备独立承担民事责任的能力，本项目不接受联合体。响应文件递交截止时间：2024年6月25日9时30分。
采购人：鬒川县职业中专学校　联系人：雷老师　电话：0736-5530218
代理机构：鬒川县恒正招标代理有限公司　联系人：程工　电话：0736-5527741
""",
    ),
    dict(
        slug="tender-shunda-bid-result-hotel-amenities",
        site="婀城县政府采购网 (invented)",
        style="招投标网",
        genre="中标公告",
        kind="notice",
        form="text",
        source="http://zfcg.echeng.gov.example.cn/zbgg/2024/0718/30177.html",
        title="婀城县机关事务服务中心接待用品采购项目成交结果公告",
        record_title="婀城县机关事务服务中心接待用品采购项目成交结果公告【成交公示·服务类】_婀城县政府采购网",
        date="2024-07-17",
        date_also=["2024-07-18"],
        notes="result notice with lots one row a paragraph (刮眉刀 among the items); a platform hotline at the bottom; "
        "成文日期 differs from the site's posting date",
        page="""
!m 婀城县政府采购网
!m 首页 >> 采购结果 >> 成交公告
!t 婀城县机关事务服务中心接待用品采购项目成交结果公告【成交公示·服务类】_婀城县政府采购网
!m 发布日期：2024-07-18　　浏览：188
!a 〖打印〗〖关闭〗
{BODY}
!m 采购平台服务热线：400-661-0739
!l 相关公告：婀城县机关事务服务中心办公家具采购项目公告
!m 主办：婀城县财政局　　湘ICP备15004418号
""",
        indent="\u3000\u3000",
        body="""
一、项目编号：ECCG-2024-0315
二、项目名称：婀城县机关事务服务中心接待用品采购项目
三、成交信息
品目　成交供应商　成交金额（元）
一次性洗漱包（含刮眉刀、梳子）　婀城县洁雅日用品商行　23600
客房布草　妩州市棉语纺织有限公司　41800
四、公告期限：自本公告发布之日起1个工作日。
五、联系方式：采购人婀城县机关事务服务中心，联系人谭女士，电话0731-8712046。
婀城县机关事务服务中心
2024年7月17日
""",
    ),
    dict(
        slug="lawfirm-hengxin-answer-nail-lamp-burn",
        site="恒信律师事务所 (invented)",
        style="律所网站",
        genre="法律问答",
        kind="other",
        form="html",
        source="https://www.hengxinlaw.example.cn/wenda/2024/3317.html",
        title="做美甲时手指被美甲灯烫伤，店家要不要赔？",
        record_title="律所答客问 ❘ 做美甲时手指被美甲灯烫伤，店家要不要赔？ ❘ 恒信律师事务所",
        date=None,
        notes="law-firm answer with a lawyer card, a consult float, a 400 line and a 本文链接 block; no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>律所答客问 ❘ 做美甲时手指被美甲灯烫伤，店家要不要赔？ ❘ 恒信律师事务所</title>
<script src="/js/kefu.js"></script>
</head><body>
<div class="top">⟦m 恒信律师事务所⟧ ⟦m 专业 · 守信 · 尽责⟧ ⟦w 全国咨询热线 400-086-1717⟧</div>
<ul class="nav"><li>⟦m 律所简介⟧</li><li>⟦m 律师团队⟧</li><li>⟦m 业务领域⟧</li><li>⟦m 律所答客问⟧</li></ul>
<div class="pos">⟦m 首页 › 律所答客问 › 消费维权⟧</div>
<div class="qa">
<h1>{T}</h1>
<div class="lawyer">⟦m 解答律师：庞晓岚　执业证号 14301201910******⟧</div>
<div class="answer">
{BODY}
</div>
<div class="link">⟦m 本文链接：https://www.hengxinlaw.example.cn/wenda/2024/3317.html⟧</div>
<div class="copy">⟦d 转载请注明出处，文章内容仅供参考，具体问题请咨询执业律师⟧</div>
</div>
<div class="side"><h4>⟦l 同类问答⟧</h4><p>⟦l 美容院做项目过敏，能退款吗？⟧</p><p>⟦l 理发店烫坏头发怎么维权⟧</p></div>
<div class="float">⟦w 在线咨询⟧ ⟦w 律师微信：hengxin_pang⟧</div>
<div class="foot">⟦m 恒信律师事务所 地址：妩州市翅湖区中山路210号⟧ ⟦m 湘ICP备19004436号⟧</div>
</body></html>
""",
        body="""
从法律上看，美甲店提供服务，应当保障消费者的人身安全。技师使用美甲灯照射时间过长、功率不合适，或者在顾客喊疼后仍要求继续照射，导致手指烫伤的，店家存在过错，应当承担赔偿责任。
赔偿范围一般包括医疗费、交通费，伤情影响工作的还有误工费；服务费也可以要求退还。
建议您做好三件事：一是及时就医，保留病历和票据；二是拍下伤处照片、付款记录，必要时和店家的对话要录音；三是先与店家协商，协商不成可以拨打12315投诉，或者向法院起诉。
需要提醒的是，如果店家已经提示风险、照射时间符合说明书，而您隐瞒了皮肤过敏等情况，法院可能会适当减轻店家的责任。
""",
    ),
    dict(
        slug="lawfirm-zhengyi-case-brow-razor-cut",
        site="正弈律师事务所 (invented)",
        style="律所网站",
        genre="案例评析",
        kind="other",
        form="text",
        source="http://www.zhengyi-lawyer.example.net/case/1187.html",
        title="修眉被刮眉刀划伤留疤，美容店赔偿1.2万元",
        record_title="维权案例｜修眉被刮眉刀划伤留疤，美容店赔偿1.2万元｜正弈律师事务所",
        date=None,
        notes="law-firm case note: a consult prompt glued after a sentence, a lawyer card and a 400 line; no date",
        page="""
!m 正弈律师事务所　ZHENGYI LAW FIRM
!m 首页 / 经典案例 / 消费维权
!t 维权案例｜修眉被刮眉刀划伤留疤，美容店赔偿1.2万元｜正弈律师事务所
!m 承办律师：贺彦秋　　浏览：612
{BODY}
!w 遇到类似纠纷？免费咨询热线 400-161-2285
!l 更多案例：染发过敏起诉理发店胜诉　｜　纹眉失败退费纠纷
!d 案例已隐去当事人信息，仅供参考。
!m 正弈律师事务所 © 2024
""",
        indent="\u3000\u3000",
        body="""
【基本案情】2023年5月，消费者李女士在翅湖区一家美容店修眉。美容师用刮眉刀修眉尾时手滑，在李女士左眉上方划了一道约1厘米的口子，后经治疗仍留下浅疤。双方协商赔偿未果，李女士诉至法院。
【法院判决】法院认为，美容店在提供服务过程中未尽到安全保障义务，应当承担赔偿责任。判决美容店赔偿李女士医疗费、误工费、精神损害抚慰金等共计1.2万元，并退还服务费。⟦w 想知道自己能赔多少？点右侧头像一对一问律师⟧
【律师评析】刮眉刀属于锋利工具，美容店应当确保从业人员经过培训，操作时提醒顾客保持不动。消费者在遇到类似情况时，要及时就医，保存好病历、票据和付款记录，为维权留下证据。
""",
    ),
]

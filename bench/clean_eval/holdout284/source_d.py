"""holdout284, part D: county forums, download stations, personnel-exam sites, tender portals, law firms.

Invented text, sites, places, people and numbers; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="localforum-junchuan-felt-cloak-tailor-jammer",
        site="峻川论坛 (invented, county forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.junchuan.example.net/thread-770213-1-1.html",
        title="县城哪里还有老师傅会做毡斗篷？想给父亲做一件",
        record_title=None,
        date=None,
        notes="county forum without a record title: the thread subject; weather line, medals, jammer fonts in the post, a decoration ad between paragraphs, an official-reply link; relative post time (no date)",
        page="""
<html><head><meta charset="gbk"><title>峻川论坛 - 峻川人自己的网上家园</title>
<style>.jammer{display:none}</style></head><body>
<div class="top">⟦m 峻川论坛⟧　⟦m 今日峻川：小雪转阴 -3℃～2℃⟧　<a>⟦a 快捷登录⟧</a>　<a>⟦a 手机逛论坛⟧</a></div>
<div class="crumb">⟦m 峻川论坛 › 百姓生活 › 求助问答⟧</div>
<div class="thread-head"><h1 id="thread_subject">{T}</h1>
<span>⟦m 查看 3,588 ｜ 回复 26⟧</span></div>
<table><tr><td class="pls"><p>⟦m 城关老三⟧</p><p>⟦m 勋章：老乡 热心肠⟧</p></td>
<td class="plc"><p class="authi">⟦m 发表于 2 天前 ｜ 只看该作者⟧</p>
<div class="t_f">
{BODY}
</div>
<p class="zf">⟦a 转给县文旅局，请求官方回复⟧</p></td></tr></table>
<div class="reply">⟦l 沙发 玺园路口的张：城西老街原来有个缝纫铺，不知道还在不在⟧</div>
<div class="reply">⟦l 板凳 雒塘人：我们乡有个姓魏的老太太会擀毡，可以去问问⟧</div>
<div class="fp">⟦a 还没登录？登录后发言更方便⟧</div>
<div class="ft">⟦m 峻川论坛 版权所有　客服QQ群：620118734⟧　⟦m 蜀ICP备15021093号-1⟧</div>
<script src="/static/js/stat.js?v=20250301"></script>
</body></html>
""",
        junk=dict(lines=1, glued=2),
        body="""
父亲今年八十一了，年轻时在雒塘乡放羊，冬天总披一件羊毛擀的毡斗篷，说比什么棉袄都挡风。那件斗篷前些年被虫蛀坏了，他一直念叨着想再要一件。
我在网上搜了搜，卖的大多是化纤的，样子像，摸着完全不是那回事。老人要的是那种厚实的、带点羊膻味的老毡子，领口用皮绳系的。
⟦m 【广告】城东装修一条龙，全屋定制找峻川匠心装饰 138 0836 7712⟧
想问问县里的朋友，城里或者乡下还有没有会擀毡、会做毡斗篷的老师傅？价钱好商量，主要是想了却老人一个心愿。
有线索的麻烦留个言，或者私信我，先谢谢大家了！
""",
    ),
    dict(
        slug="localforum-ningxi-teacake-market-moves",
        site="甯溪论坛 (invented, county forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="http://www.ningxibbs.example.com/forum.php?mod=viewthread&tid=128806",
        title="坻口镇茶饼集市下月起搬到新农贸市场",
        record_title="[便民资讯] 坻口镇茶饼集市下月起搬到新农贸市场（附新址和开市时间）- 乡镇频道 - 甯溪论坛",
        date=None,
        notes="county forum as text: board prefix, aside and board/site suffixes; the post's relative time (no date); replies and footer",
        page="""
!m 甯溪论坛　甯溪人的网上茶馆
!m 首页 › 乡镇频道 › 坻口镇
!t [便民资讯] 坻口镇茶饼集市下月起搬到新农贸市场（附新址和开市时间）
!m 楼主：坻口小茶　　发表于 前天 08:12
{BODY}
!a 支持(41)　反对(0)　│　收藏　│　分享
!l 2楼　茶山老杨：早该搬了，老街那边停车太难
!l 3楼　路过的游客：外地人想去买饼，周几最热闹？
!a 回帖请先登录，没有账号？立即注册
!m 甯溪论坛 © 2010-2025　滇ICP备12007730号
""",
        indent="",
        gap=True,
        body="""
坻口镇的茶饼集市在老街开了二十多年，每逢农历三、六、九赶集，附近几个乡的茶农都挑着茶饼来卖。
昨天去镇上办事，在镇政府门口看到了公告：因老街改造，茶饼集市下个月起整体搬到镇东的新农贸市场二楼，赶集日子不变，开市时间改为早上7点到下午2点。
新市场我去看了，二楼一共规划了86个摊位，每个摊位都有货架和遮阳棚，比老街宽敞多了。一楼有停车场，外地开车来买茶饼的也方便停车。
摊位按报名先后分配，要摆摊的茶农带上身份证到市场管理办公室登记，前三个月免收摊位费。
大家互相转告一下，别下个月还往老街跑。
""",
    ),
    dict(
        slug="download-xiazaiku-rules-teacake-pressing-doc",
        site="公文下载库 (invented, old download station)",
        style="资料下载站",
        genre="规程",
        kind="other",
        form="html",
        source="http://www.gwxiazaiku.example.com/soft/20417.html",
        title="茶饼压制加工技术规程",
        record_title="茶饼压制加工技术规程.doc",
        date=None,
        notes="old download station: a file-info table, three download links, an unzip password, a dead-link report and a floating ghost-writer ad; a rule with 第N条 and only an effective clause (no date)",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>茶饼压制加工技术规程.doc_公文下载库</title>
<script src="/js/down.js"></script></head><body>
<table width="960" align="center"><tr><td>⟦m 公文下载库 — 规章制度免费下⟧</td><td align="right"><a>⟦a 收藏本站⟧</a> <a>⟦a 设为主页⟧</a></td></tr></table>
<table width="960" align="center"><tr><td>⟦m 当前位置：首页 → 规章制度 → 生产技术规程⟧</td></tr></table>
<table width="960" align="center" border="1" cellspacing="0">
<tr><td colspan="2" align="center"><b>{T}</b></td></tr>
<tr><td>⟦m 文件大小：46 KB⟧</td><td>⟦m 文件格式：doc⟧</td></tr>
<tr><td>⟦m 更新：5 天前⟧</td><td>⟦m 下载次数：1263⟧</td></tr>
<tr><td>⟦m 授权方式：免费资料⟧</td><td>⟦m 运行环境：WPS/Office⟧</td></tr>
</table>
<table width="960" align="center"><tr><td>
<div class="jianjie">
{BODY}
</div>
<p>⟦a 下载通道一（电信高速）⟧　⟦a 下载通道二（联通高速）⟧　⟦a 下载通道三（备用）⟧</p>
<p>⟦a 压缩包解压密码：www.gwxiazaiku.example.com⟧</p>
<p>⟦a 链接失效？点此告知站长⟧</p>
</td></tr></table>
<div style="position:fixed;right:0;top:200px">⟦w 规章制度定制修改，联系QQ 1398820465⟧</div>
<table width="960" align="center"><tr><td align="center">⟦d 本站资料收集自网络，如有侵权请告知删除⟧　⟦m 鄂ICP备09042186号⟧</td></tr></table>
</body></html>
""",
        body="""
第一条　为规范茶饼压制加工，保证产品质量和卫生安全，结合本厂实际，制定本规程。
第二条　原料要求。压制用毛茶含水量不超过10%，无霉变、无异味、无非茶类夹杂物，不同批次原料分别存放。
第三条　蒸茶。每饼称取毛茶357克，放入蒸桶蒸制30至40秒，以茶叶变软、有黏性为度，不得蒸制过度。
第四条　压制。蒸好的茶叶装入布袋，揉成圆形后放入石模或压饼机，压制时间不少于5分钟，饼面应紧实、边缘整齐。
第五条　干燥。压好的茶饼放在晾架上自然摊凉，或送入烘房在40℃以下干燥，干燥后含水量不超过13%。
第六条　包装。干燥合格的茶饼用棉纸包装，每7饼为一提，标明品名、重量和生产日期。
第七条　本规程自发布之日起施行。
""",
    ),
    dict(
        slug="download-ziliao-rules-plumb-bob-wps",
        site="资料百宝箱 (invented, download station as text)",
        style="资料下载站",
        genre="制度",
        kind="other",
        form="text",
        source="https://www.zlbaibaoxiang.example.cn/down/77120.html",
        title="砌筑工程铅锤使用管理规定",
        record_title="砌筑工程铅锤使用管理规定.wps",
        date=None,
        notes="file-name title (.wps); file facts, mirrors and a points prompt around a rule with 第N条 that speaks of 打印 as content (no date)",
        page="""
!m 资料百宝箱 · 施工资料频道
!m 首页 ＞ 施工管理 ＞ 质量制度
!m 资料名称：砌筑工程铅锤使用管理规定.wps
!m 资料大小：29KB　|　资料格式：WPS　|　入库时间：上周
!a ▼ 本地高速下载　　▼ 网盘镜像下载
{BODY}
!a 积分不足？邀请好友注册，每邀请一人得10积分
!l 同类资料：砌筑工程技术交底记录表.xls｜墙体垂直度检查表.doc
!d 资料百宝箱仅提供资料检索与存储，文字内容由上传者负责
""",
        indent="",
        body="""
第一条　为保证砌体垂直度，规范铅锤的领用、使用和保管，制定本规定。
第二条　砌筑班组每个作业面至少配备铅锤一个，铅锤重量不小于400克，锤尖应与吊线在同一直线上。
第三条　铅锤由项目部材料员统一发放，领用人在领用台账上签字，调离时交回。
第四条　砌体每砌高500毫米，应挂铅锤检查一次垂直度，墙角、门窗洞口两侧必须检查。
第五条　检查结果由质量员填入检查记录表，记录表每周打印一份交技术负责人签字存档。
第六条　铅锤不得用于撬、砸等其他用途，锤尖磨损、吊线打结的应及时更换。
第七条　本规定由项目技术部负责解释。
""",
    ),
    dict(
        slug="exam-zhucheng-notice-bricklayer-appraisal-table",
        site="邾城人事考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.zcrsks.example.cn/zyjn/2025/0402/5528.html",
        title="关于2025年上半年砌筑工职业技能等级认定的通知",
        record_title="【认定公告】关于2025年上半年砌筑工职业技能等级认定的通知 - 邾城人事考试网",
        date="2025-04-02",
        notes="personnel-exam site: maintenance banner, an admission-ticket float and a technical line beside the appraisal centre's 咨询电话; a timetable table; 下载并打印准考证 and 自备铅锤 kept",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【认定公告】关于2025年上半年砌筑工职业技能等级认定的通知 - 邾城人事考试网</title></head>
<body>
<div class="notice-bar">⟦d 系统维护通告：本站将于周六22:00至次日6:00停机升级，期间暂停报名⟧</div>
<div class="logo">⟦m 邾城人事考试网⟧ <span>⟦m 邾城市人事考试中心⟧</span></div>
<div class="nav">⟦m 网站首页 ｜ 考试动态 ｜ 职业技能 ｜ 成绩查询 ｜ 证书领取⟧</div>
<div class="loc">⟦m 位置：网站首页 ＞ 职业技能 ＞ 通知公告⟧</div>
<h1>{T}</h1>
<div class="attr">⟦m 发布时间：2025-04-03 10:00　来源：职业技能鉴定所⟧</div>
<div class="cnt">
{BODY}
</div>
<div class="side"><h4>⟦l 考试日历⟧</h4><p>⟦l 4月26日 砌筑工技能认定⟧</p><p>⟦l 5月17日 电工技能认定⟧</p></div>
<div class="float-zkz">⟦a 准考证打印入口 ⟩⟩⟧</div>
<div class="foot">⟦m 邾城市人事考试中心　网站技术服务：0797-8201566（不受理考务咨询）⟧<br>⟦m 赣ICP备13006152号⟧</div>
<script>(function(){var s=document.createElement("script");s.src="//tj.example.net/c.js";document.body.appendChild(s);})();</script>
</body></html>
""",
        body="""
各有关单位、各位考生：
2025年上半年砌筑工（四级、三级）职业技能等级认定定于4月26日至27日在邾城市建设职业培训学校举行。现将有关事项通知如下：
一、认定安排
科目　日期　时间
理论知识　4月26日　9:00—10:30
操作技能（四级）　4月26日　14:00—17:00
操作技能（三级）　4月27日　9:00—12:00
二、准考证。请考生于4月22日起登录本网站下载并打印准考证，凭准考证和身份证参加认定。
三、考生自备工具。操作技能考核须自备瓦刀、铅锤（线坠）、靠尺和卷尺，铅锤重量不小于0.3千克，考点不提供借用。
四、咨询方式。邾城市职业技能鉴定所，咨询电话：0797-8201732。
邾城市人事考试中心
2025年4月2日
""",
    ),
    dict(
        slug="exam-zhiyuan-notice-tea-processing-practical",
        site="郅原人事考试信息网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://rsks.zhiyuan.example.cn/tzgg/20250812/3318.html",
        title="关于茶叶加工工（紧压茶方向）操作技能考核有关事项的公告",
        record_title="〔考务公告〕关于茶叶加工工（紧压茶方向）操作技能考核有关事项的公告",
        date="2025-08-12",
        notes="exam site text: bracketed column prefix; scan-to-check-in and print-the-ticket sentences kept; the centre's phone beside the site's service line; 成文日期 under the signature",
        page="""
!m 郅原人事考试信息网　｜　考试有温度，服务零距离
!m 首页 >> 考试公告 >> 职业技能
{T}
!m 信息来源：县人事考试中心　　更新日期：2025-08-12　　浏览：2261
{BODY}
!a 〖打印此页〗〖关闭窗口〗
!l 最新公告：2025年下半年事业单位招聘笔试成绩查询
!m 网站服务热线：0871-6632000（工作日）
""",
        indent="\u3000\u3000",
        body="""
2025年茶叶加工工（紧压茶方向）操作技能考核定于8月23日在菟湾镇茶叶交易中心实训车间举行。现将有关事项公告如下：
一、考核内容。考生须在60分钟内独立完成称茶、蒸茶、装袋揉形和压制茶饼4道工序，压制成品茶饼2饼，由考评员对饼形、松紧度和重量误差进行评分。
二、考前准备。请考生于8月18日后自行下载打印准考证；考核当天须提前30分钟到达，在考场门口扫码签到，并更换考点提供的工作服。
三、注意事项。考生不得携带压饼模具及茶叶进入考场，原料和设备由考点统一提供。
咨询电话：郅原县职业技能鉴定中心，0871-6632415。
郅原县人事考试中心
2025年8月12日
""",
    ),
    dict(
        slug="tender-zhiyuan-consultation-dorm-nightstands",
        site="郅原县公共资源交易中心 (invented, tender portal)",
        style="招投标网",
        genre="采购公告",
        kind="notice",
        form="html",
        source="https://ggzy.zhiyuan.example.cn/jyxx/zfcg/cggg/20250210/007713.html",
        title="郅原职业技术学院学生公寓床头柜采购项目竞争性磋商公告",
        record_title="【磋商公告】郅原职业技术学院学生公寓床头柜采购项目竞争性磋商公告｜郅原县公共资源交易中心",
        date="2025-02-10",
        notes="tender portal: countdown, CA and trading-system hotlines beside the purchaser's and agency's contacts; a lots table one row a paragraph; 附件 line and 下载磋商文件 kept",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【磋商公告】郅原职业技术学院学生公寓床头柜采购项目竞争性磋商公告｜郅原县公共资源交易中心</title></head>
<body>
<div class="hd">⟦m 郅原县公共资源交易中心⟧　<a>⟦a 主体登录⟧</a>　<a>⟦a 专家入口⟧</a></div>
<div class="nav">⟦m 首页　交易信息　政府采购　工程建设　服务指南　诚信体系⟧</div>
<div class="crumb">⟦m 交易信息 ＞ 政府采购 ＞ 采购公告⟧</div>
<h2>{T}</h2>
<div class="time">⟦m 信息时间：2025-02-10　阅读次数：309⟧</div>
<div class="countdown">⟦a 距离响应文件递交截止还有 12 天 06 时 41 分⟧</div>
<div class="content">
{BODY}
</div>
<div class="side"><h4>⟦l 交易公告排行⟧</h4><p>⟦l 县第一中学食堂设备采购项目⟧</p><p>⟦l 城区路灯维修服务采购项目⟧</p></div>
<div class="att">⟦a 【附件】磋商文件（正式版）.zip⟧</div>
<div class="ft">
<p>⟦m CA证书办理及数字证书问题：400-6010-217⟧</p>
<p>⟦m 电子交易系统技术支持：0871-6619900⟧</p>
<p>⟦m 郅原县公共资源交易中心　滇ICP备18003329号⟧</p></div>
<script>window.dataLayer=window.dataLayer||[];</script>
</body></html>
""",
        body="""
项目编号：ZYZC-2025-0087
一、项目概况。采购人：郅原职业技术学院。本项目采购学生公寓床头柜2360个，分两个包组，预算总金额70.8万元。
包组　品目　数量　预算金额（万元）
第1包　钢木床头柜（带抽屉）　1400个　42.0
第2包　钢木床头柜（开放格）　960个　28.8
二、获取磋商文件。时间为2025年2月11日至2月17日，供应商登录郅原县公共资源交易电子平台免费下载磋商文件。
三、响应文件递交截止时间：2025年2月24日9:30。
四、联系方式。采购人：郅原职业技术学院，联系人：乔立民，电话：0871-6651208。采购代理机构：滇中恒信招标咨询有限公司，联系人：殷小棠，电话：0871-6680317。
附件：磋商文件
2025年2月10日
""",
    ),
    dict(
        slug="tender-junchuan-award-sanitation-cloaks",
        site="峻川县政府采购网 (invented)",
        style="招投标网",
        genre="中标公告",
        kind="notice",
        form="text",
        source="http://zfcg.junchuan.example.cn/zbgg/2025/0528/1640.html",
        title="峻川县城市管理局环卫工人防雨斗篷采购项目中标结果公告",
        date="2025-05-28",
        notes="tender text page: record title as is; bid result with its figures; the agency's contact beside the platform hotline; the announcement's date at the end",
        page="""
!m 峻川县政府采购网
!m 首页 / 采购公告 / 结果公告
{T}
!m 公告类型：中标（成交）结果　　浏览：188
!a 【打印公告】【关闭】
{BODY}
!l 相关公告：峻川县城市管理局环卫工人防雨斗篷采购项目公开招标公告
!m 平台服务热线：0836-5500666　蜀ICP备16011208号
""",
        indent="",
        body="""
一、项目编号：JCCG-2025-046
二、项目名称：峻川县城市管理局环卫工人防雨斗篷采购项目
三、中标信息
中标供应商：蜀南劳保用品有限公司
中标金额：人民币13.74万元（防雨斗篷2252件，单价61元）
四、主要标的信息：防雨斗篷，面料为涤纶牛津布涂层，前后均设反光条，领口为魔术贴，不设抽绳。
五、评审专家名单：吕晓峰、邬春来、桂英（采购人代表）
六、公告期限：自本公告发布之日起1个工作日。
七、联系方式：采购代理机构：峻川县政府采购服务中心，联系人：鲍立新，电话：0836-5521790。
峻川县政府采购服务中心
2025年5月28日
""",
    ),
    dict(
        slug="law-ningzheng-case-nightstand-tipping",
        site="甯正律师事务所 (invented)",
        style="律所网站",
        genre="案例评析",
        kind="other",
        form="html",
        source="https://www.ningzhenglaw.example.cn/anli/3307.html",
        title="床头柜倾倒砸伤儿童，商家要担责吗？",
        record_title="案例评析 ∥ 床头柜倾倒砸伤儿童，商家要担责吗？— 甯正律师事务所",
        date=None,
        notes="law firm: lawyer card, consult float, a 400 line and a 本文链接 block; a case note without a date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>案例评析 ∥ 床头柜倾倒砸伤儿童，商家要担责吗？— 甯正律师事务所</title></head>
<body>
<div class="hd">⟦m 甯正律师事务所⟧ <span>⟦m 专业 · 审慎 · 守正⟧</span>　⟦m 全国咨询热线：400-862-0791⟧</div>
<div class="nav">⟦m 首页　律所简介　专业团队　案例评析　法律文书　联系我们⟧</div>
<div class="path">⟦m 首页 → 案例评析 → 消费维权⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 文 / 甯正律所 裴一鸣律师　阅读 1,406⟧</div>
<div class="article">
{BODY}
</div>
<div class="side"><h4>⟦l 热门法律文章⟧</h4><p>⟦l 装修合同纠纷怎么维权⟧</p><p>⟦l 网购家具货不对板如何退货⟧</p></div>
<div class="lawyer-card">⟦w 裴一鸣律师　擅长：消费维权、人身损害　手机：139 8752 0416⟧</div>
<div class="link">⟦m 本文链接：https://www.ningzhenglaw.example.cn/anli/3307.html⟧</div>
<div class="float">⟦w 在线免费咨询 · 律师5分钟内回复⟧</div>
<div class="ft">⟦d 本站案例仅供参考，具体案件请咨询专业律师⟧　⟦m 滇ICP备19015270号⟧</div>
<script type="text/javascript" src="/js/share.min.js"></script>
</body></html>
""",
        body="""
【案情】2024年，张女士在某家具店购买了一只床头柜，店员送货安装时未按说明书安装防倾倒装置。三个月后，张女士4岁的儿子拉开床头柜抽屉攀爬，床头柜倾倒，孩子额头被砸伤缝了6针。张女士起诉家具店，要求赔偿医疗费等损失。
【裁判】法院认为，防倾倒装置是该床头柜说明书明确要求安装的安全配件，家具店负责送货安装却未安装，存在过错，应承担主要责任；张女士作为监护人未尽到看护义务，自担部分责任。最终判决家具店承担70%的赔偿责任。
【律师提示】商家提供安装服务的，应按照说明书安装防倾倒等安全装置；消费者自行安装的，也不要省略这一步。家里有幼儿的，建议将床头柜等家具固定在墙上，并教育孩子不要攀爬抽屉。
""",
    ),
    dict(
        slug="law-zhiheng-answer-teacake-investment-scam",
        site="致衡律师事务所 (invented)",
        style="律所网站",
        genre="法律问答",
        kind="other",
        form="text",
        source="http://www.zhihenglawyer.example.com/wenda/1882.html",
        title="花8万元买“升值茶饼”被骗，钱还能要回来吗？",
        record_title="律师说法 ▸ 花8万元买“升值茶饼”被骗，钱还能要回来吗？（附维权步骤）",
        date=None,
        notes="law firm text page: column prefix and an aside; the lawyer's answer without a date; consult prompts and a phone line around it",
        page="""
!m 致衡律师事务所　ZHIHENG LAW FIRM
!m 首页 ＞ 律师说法 ＞ 消费维权
!t 律师说法 ▸ 花8万元买“升值茶饼”被骗，钱还能要回来吗？（附维权步骤）
!m 解答律师：栾海宁　执业证号：15301201910xxxxx
{BODY}
!w 遇到类似问题？拨打 0871-6617735 预约律师当面咨询
!w 添加律师微信 zhiheng_lawyer 发送案情，免费初步评估
!d 以上解答仅供参考，不构成正式法律意见
!m 致衡律师事务所 版权所有
""",
        indent="\u3000\u3000",
        body="""
问：去年有人拉我进了一个茶友群，群里天天说某款古树茶饼两年能翻三倍，我前后花了8万元买了40饼。现在对方说要我再交“仓储费”才能回购，我觉得被骗了，钱还能要回来吗？
答：从你描述的情况看，对方以茶饼升值、保证回购为诱饵，事后又以各种名目收费，涉嫌诈骗或者虚假宣传。建议按以下步骤维权：
一、保存证据。聊天记录、转账记录、购买合同、宣传资料都要保存好，茶饼实物不要拆封。
二、向市场监管部门投诉，同时委托有资质的机构检测茶饼的实际价值。
三、如果对方拒不退款且金额较大，可以向公安机关报案；也可以依据合同向法院起诉，要求退还货款并赔偿损失。
注意不要再向对方转任何钱，也不要轻信所谓“代理维权”的陌生人。
""",
    ),
]

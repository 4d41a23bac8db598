"""holdout376, part D: county forums, download stations, personnel-exam sites, tender portals, law
firms and a residents' site.

Invented text throughout (see ../README.md and ../build.py for the markup).
"""

CASES = [
    dict(
        slug="countyforum-cipingzaixian-found-corgi-dog-tag-jammer",
        site="慈坪在线 (invented county forum, Discuz-like)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.cipingzx.com/thread-771342-1-1.html",
        title="在兹湖菜市场门口捡到一只挂狗牌的柯基，主人快来领",
        record_title=None,
        date=None,
        notes="no title in the record: the thread subject; jammer fonts; weather line, medals, a decoration ad and "
        "a forward-to-department link; community police mentioned in the post; posted 3 小时前 (no date)",
        page="""
<html>
<head>
<meta charset="gbk">
<title>慈坪在线 - 慈坪人自己的网上家园</title>
<style>.jammer{display:none}</style>
<script src="data/cache/common.js?Xk2"></script>
</head>
<body>
<div id="top">⟦m 慈坪在线⟧　⟦m 今日慈坪：多云 4~13℃ 东北风2级⟧　<a>⟦a 登录⟧</a> <a>⟦a 注册⟧</a></div>
<div id="nv">⟦m <a>门户</a> <a>慈坪杂谈</a> <a>寻人寻物</a> <a>二手市场</a> <a>房产家居</a>⟧</div>
<div id="pt">⟦m 慈坪在线 › 寻人寻物 › 帖子⟧</div>
<div class="ad">⟦m 慈坪安居装饰 整装特惠季 免费量房 0918-4299188⟧</div>
<table class="pl"><tr>
<td class="pls">⟦m 兹湖老街坊⟧<br>⟦m 勋章：热心市民 寻物达人⟧<br>⟦m 积分 1288⟧</td>
<td class="plc">
<h1 id="thread_subject">{T}</h1>
<div class="authi">⟦m 发表于 3 小时前　|　查看 2206　|　回复 37⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="po">⟦a 点赞 45　转发　收藏　举报⟧</div>
<div class="to-gov">⟦a 本帖已转交：慈坪县公安局兹湖派出所（点击查看办理进度）⟧</div>
</td></tr></table>
<div class="reply">⟦l 1楼 宰山小刘：好像是我们小区三单元那家的，帮你问问！⟧</div>
<div class="reply">⟦l 2楼 慈坪小飞侠：楼主好人，顶上去⟧</div>
<div id="ft">⟦m 慈坪在线 cipingzx.com 黔ICP备13005207号　Discuz! X3.5⟧</div>
</body>
</html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=3),
        body="""
今天早上七点多，在兹湖菜市场门口看到一只柯基，黄白色，公的，脖子上挂着一块蓝色的狗牌，一直在卖菜的摊位边转悠，看样子是走丢了。
狗牌上的字磨得看不太清，只认出编号开头是“CP2024”，后面几位看不清，电话那一行被泥糊住了。我用手机扫了背面的二维码，显示“登记信息已过期”，估计主人换了号码没去更新。
狗狗现在在我家，喂了点水和火腿肠，很乖，不咬人。主人看到后请私信我，说出狗狗的名字和身上的特征就能领回去。
也提醒各位养狗的朋友，狗牌的信息一定要及时更新，不然真走丢了，牌子挂着也白挂。
已经给兹湖派出所打过电话报备了。民警说如果三天没人认领，可以带狗到派出所查一下登记底档。
""",
    ),
    dict(
        slug="countyforum-wushan-gym-battle-rope-noise-junk",
        site="吾山生活网 (invented county forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="http://www.wushanlife.net/forum/view/193820",
        title="楼下新开的健身房天天甩战绳，震得我家窗户响",
        record_title="『民生求助』楼下新开的健身房天天甩战绳，震得我家窗户响 - 吾山杂谈 - 吾山生活网",
        date=None,
        notes="county forum post with junk lines and junk glued after sentences; posted 前天 (no date); "
        "a moderator's note and replies below; a decoration ad",
        page="""
!m 吾山生活网 · 吾山人的生活圈
!m 天气：吾山县 晴 -2~9℃
!m 论坛首页 ＞ 吾山杂谈 ＞ 民生求助
!t 『民生求助』楼下新开的健身房天天甩战绳，震得我家窗户响 - 吾山杂谈 - 吾山生活网
!m 锦绣花园二楼住户　发表于 前天 22:31　楼主　|　阅读 3127　回复 58
{BODY}
!m 版主批注：已私信楼主，建议同时向县生态环境局和市场监管部门反映。
!l 沙发　江边钓鱼翁：振动的问题确实闹心，我们小区也有个舞蹈室
!l 板凳　吾山小百科：可以打12345，会派单给相关部门
!m 【广告】吾山鸿运隔音门窗，包安装包售后，电话0917-5267770
!a 登录后参与回复
!m 吾山生活网 wushanlife.net　黔ICP备11007351号
""",
        junk=dict(lines=2, glued=2),
        body="""
住在吾山县城锦绣花园3栋，一楼上个月开了家健身房。别的都还好，就是晚上那个战绳训练，咚咚咚地砸地板，我家在二楼，窗户玻璃都跟着响。
我去找过老板两次，老板态度挺好，说会给战绳区加厚地垫。可加了以后声音是小了点，震动还在，特别是晚上八点到十点，正是孩子写作业的时候。
我查了一下，健身房开在住宅楼底商，噪声和振动应该有标准管着。想问问坛里有没有懂行的朋友，这种情况找哪个部门比较合适？
也不是要让人家关门，做生意不容易。只希望能把战绳区挪到不挨着住户的那一侧，或者晚上九点以后别再甩了。
""",
    ),
    dict(
        slug="download-lanjing-kettlebell-safety-procedure-wps-gb2312",
        site="蓝鲸资料下载站 (invented download station, old table layout)",
        style="资料下载站",
        genre="规程",
        kind="other",
        form="html",
        source="http://www.lanjingzl.com/soft/jianshen/20250417/3391.html",
        title="壶铃训练区安全操作规程",
        record_title="壶铃训练区安全操作规程（健身房通用）.wps",
        date=None,
        notes="file-name record title; gb2312 download page with a file-info table, three download links, an unzip "
        "password and a dead-link report; decimal headings; a procedure to print and post as content; update stamp "
        "is no date",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>壶铃训练区安全操作规程（健身房通用）.wps - 蓝鲸资料下载站</title>
<script language="javascript" src="/js/lj_count.js"></script>
</head>
<body>
<table width="950" align="center" cellpadding="3" cellspacing="0" border="0">
<tr><td>⟦m 蓝鲸资料下载站⟧　⟦m 好资料一键拿走⟧</td><td align="right"><a>⟦a 投稿⟧</a> <a>⟦a 会员中心⟧</a></td></tr>
<tr><td colspan="2">⟦m 下载首页 → 行业资料 → 体育健身 → 管理制度⟧</td></tr>
</table>
<table width="950" align="center" border="1" cellpadding="3" cellspacing="0" bordercolor="#9ec1e2">
<tr><td colspan="2"><b>⟦t 壶铃训练区安全操作规程（健身房通用）.wps⟧</b></td></tr>
<tr><td>⟦m 资料大小：18 KB⟧</td><td>⟦m 资料格式：WPS文字⟧</td></tr>
<tr><td>⟦m 更新时间：2025-04-17⟧</td><td>⟦m 运行环境：WPS/Office⟧</td></tr>
<tr><td>⟦m 资料评级：★★★☆☆⟧</td><td>⟦m 下载次数：本周 61 次⟧</td></tr>
</table>
<table width="950" align="center" cellpadding="8"><tr><td>
<b>⟦m 资料简介：⟧</b><br>
{BODY}
</td></tr></table>
<table width="950" align="center" cellpadding="4"><tr><td>
<b>⟦a 下载地址：⟧</b> <a>⟦a 电信高速下载⟧</a>　<a>⟦a 联通高速下载⟧</a>　<a>⟦a 备用网盘下载⟧</a><br>
⟦a 解压口令：www.lanjingzl.com⟧<br>
<a href="/report.asp?id=3391">⟦a 下载不了？点这里反馈失效链接⟧</a>
</td></tr></table>
<table width="950" align="center"><tr><td align="center">
⟦d 本站资料来自网络收集整理，仅供交流学习，请于下载后24小时内删除。⟧<br>
⟦m 蓝鲸资料下载站 版权所有　皖ICP备10028413号⟧
</td></tr></table>
</body>
</html>
""",
        p_html="{}<br>",
        body="""
1 目的
为规范壶铃训练操作，防止训练中发生砸伤、扭伤等事故，制定本规程。
2 适用范围
本规程适用于本馆壶铃训练区的会员自主训练和教练带课。
3 训练前
3.1 检查壶铃把手有无裂纹、毛刺，地面有无积水和杂物。
3.2 按教练指导进行不少于5分钟的热身，初次训练者须在教练陪同下进行。
4 训练中
4.1 训练者之间保持不少于2米的间距，摇摆动作的前后方不得站人。
4.2 出现头晕、胸闷、关节疼痛时，应立即停止训练，将壶铃平稳放回地面。
5 训练后
5.1 壶铃按重量放回专用架，不得随地摆放。
5.2 本规程打印后张贴在训练区入口，由值班教练负责监督执行。
""",
    ),
    dict(
        slug="download-sucai-host-script-pommel-horse-markers",
        site="素材驿站 (invented download station)",
        style="资料下载站",
        genre="主持词",
        kind="speech",
        form="text",
        source="https://www.sucaiyz.com/zhuchici/tiyu/88126.html",
        title="少儿体操鞍马邀请赛开幕式主持词",
        record_title="少儿体操鞍马邀请赛开幕式主持词（男女双主持·可直接念）- 素材驿站",
        date=None,
        notes="host script from a converted preview: page markers cut sentences, some glued to the continuation "
        "line, some on their own lines; no date; download box and related list",
        page="""
!m 素材驿站 — 主持词 · 串词 · 发言稿
!m 您的位置：素材驿站 / 主持词 / 体育赛事
!t 少儿体操鞍马邀请赛开幕式主持词（男女双主持·可直接念）- 素材驿站
!m 大小：15K　类型：DOC转文本预览　人气：677　收录于 2 周前
{BODY}
!a 点此下载原版DOC（VIP免费，普通用户2驿币）
!l 同类素材：校运会开幕式主持词｜篮球友谊赛主持稿｜少儿武术比赛颁奖串词
!d 预览文本由系统自动转换，版式可能与原文件不同。
!m 素材驿站 sucaiyz.com　豫ICP备20016684号
""",
        pages=dict(fmt="⫇{n}⫈", every=110, start=2, glue="mix"),
        body="""
女：尊敬的各位领导、各位教练员、裁判员，亲爱的小运动员们：
男：大家上午好！
女：金秋送爽，丹桂飘香。今天，我们相聚在慈坪县全民健身中心体操馆，共同迎来首届少儿体操鞍马邀请赛。
男：本次比赛由慈坪县文化旅游体育局主办，来自周边五个县的十二支代表队、九十六名小运动员将在这里一展风采。
女：鞍马是一项讲究力量、节奏和胆量的运动。小小的鞍环之上，凝结着孩子们日复一日的汗水。
男：下面，我宣布开幕式正式开始！首先，请全体起立，奏唱国歌。
女：请坐。下面有请慈坪县文化旅游体育局副局长龙晓军致辞，大家欢迎！
男：感谢龙局长的讲话。下面，请裁判员代表、运动员代表宣誓。
女：最后，让我们预祝本次邀请赛圆满成功！祝小运动员们赛出风格、赛出水平！
男：开幕式到此结束，请各代表队有序退场，准备参加比赛。
""",
    ),
    dict(
        slug="exam-jianxi-pe-teacher-skills-test-agility-ladder",
        site="剑溪人事考试网 (invented personnel-exam site)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.jxrsks.cn/ksgg/2025/1128/6610.html",
        title="2025年奇峰区公开招聘中小学体育教师专业技能测试公告",
        record_title="〖技能测试·体育岗〗2025年奇峰区公开招聘中小学体育教师专业技能测试公告_剑溪人事考试网",
        date="2025-11-28",
        notes="exam site: maintenance banner, admission-ticket float and technical-support line; the notice's own "
        "咨询电话 in the body; a timetable table; downloading and printing the admission ticket as content; "
        "two signatures and a 成文日期",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〖技能测试·体育岗〗2025年奇峰区公开招聘中小学体育教师专业技能测试公告_剑溪人事考试网</title>
<script src="/js/ks-float.js"></script>
</head>
<body>
<div class="ks-warn">⟦d 系统维护通知：本网站将于每周日凌晨1:00—5:00进行例行维护，期间暂停报名和查询服务。⟧</div>
<div class="ks-head">⟦m 剑溪人事考试网⟧ ⟦m 剑溪市人事考试中心主办⟧</div>
<div class="ks-nav">⟦m <a>首页</a> <a>考试公告</a> <a>报名入口</a> <a>成绩查询</a> <a>证书领取</a>⟧</div>
<div class="ks-path">⟦m 首页 ＞ 考试公告 ＞ 事业单位招聘⟧</div>
<div class="ks-art">
<h2>{T}</h2>
<div class="ks-meta">⟦m 发布日期：2025-11-28　字号：[大 中 小]　浏览：5590⟧</div>
{BODY}
</div>
<div class="ks-float"><a>⟦a 准考证打印入口⟧</a><a>⟦a 成绩查询入口⟧</a></div>
<div class="ks-side"><h4>⟦l 近期考试安排⟧</h4><p>⟦l 2026年度会计专业技术资格考试报名时间预告⟧</p></div>
<div class="ks-foot">⟦m 剑溪市人事考试中心　网站技术支持：0916-8300921（仅限系统故障）⟧<br>⟦m 陇ICP备15001473号-2⟧</div>
</body>
</html>
""",
        body="""
根据《2025年剑溪市奇峰区公开招聘中小学教师公告》，现将体育教师岗位专业技能测试有关事项公告如下：
一、测试对象。笔试成绩合格并通过资格复审的体育教师岗位考生，共42人。
二、测试内容。专业技能测试包括敏捷梯灵敏步法、篮球运球上篮和一分钟跳绳三项，满分100分。
三、时间安排如下：
日期　时段　测试项目　考生范围
12月6日　8:30—11:30　敏捷梯灵敏步法　全部考生
12月6日　14:30—17:00　篮球运球上篮　全部考生
12月7日　8:30—10:30　一分钟跳绳　全部考生
四、其他事项。考生须于12月3日至5日登录剑溪人事考试网下载并打印准考证，测试当天凭准考证和身份证入场，自备运动服装和运动鞋。
咨询电话：0916-8357731（奇峰区教育局人事科）
剑溪市奇峰区人力资源和社会保障局
剑溪市奇峰区教育局
2025年11月28日
""",
    ),
    dict(
        slug="exam-huling-firefighter-fitness-test-battle-rope",
        site="狐岭县人事考试信息网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://rsks.huling.gov.cn/gg/20250708/2281.html",
        title="狐岭县2025年政府专职消防员招录体能测试公告",
        record_title="狐岭县2025年政府专职消防员招录体能测试公告（含战绳项目）- 考试公告 - 狐岭县人事考试信息网",
        date="2025-07-08",
        notes="exam site as text: a numbered list of test items; downloading and printing the admission ticket as "
        "content; the notice's 咨询电话 beside the site's technical line; 成文日期 under the signature",
        page="""
!m 狐岭县人事考试信息网
!m 报名系统故障请拨技术支持：0915-6600231
!m 首页 > 考试公告 > 招录公告
!t 狐岭县2025年政府专职消防员招录体能测试公告（含战绳项目）- 考试公告 - 狐岭县人事考试信息网
!m 发布人：考试中心　发布时间：2025-07-08 15:20
{BODY}
!a ↓ 附件下载：体能测试安全承诺书.docx
!a 【打印本页】【关闭】
!l 相关公告：狐岭县2025年政府专职消防员招录报名情况统计
!m 狐岭县人事考试中心　地址：狐岭县青枫大道88号　滇ICP备20004418号
""",
        indent="\u3000\u3000",
        body="""
经报名、资格审查，现将狐岭县2025年政府专职消防员招录体能测试有关事项公布如下：
一、测试时间：2025年7月19日（星期六）上午8:00开始。
二、测试地点：狐岭县消防救援大队训练场。
三、测试项目：
1.战绳60秒连续波浪甩动，中途停顿不得超过3秒；
2.负重25公斤往返跑100米；
3.单杠引体向上。
每项测试满分100分，任何一项不合格即为体能测试不合格。
四、注意事项：考生须携带身份证、准考证参加测试，准考证请于7月15日后登录本网自行下载打印；测试前须签署安全承诺书。
咨询电话：0915-6691190（工作日9:00—17:00）
狐岭县消防救援大队
2025年7月8日
""",
    ),
    dict(
        slug="tender-jiantang-pommel-horse-award-lots-record-date",
        site="箭塘县公共资源交易网 (invented tender portal)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://ggzy.jiantang.gov.cn/zfcg/cjgg/20250812/009413.html",
        title="箭塘县体育运动学校体操器材采购项目成交结果公告",
        record_title="箭塘县体育运动学校体操器材采购项目成交结果公告_采购结果公示_箭塘县公共资源交易网",
        record_date="2025-08-12",
        date="2025-08-12",
        notes="date in the record; tender portal with a publicity countdown and CA/trading-system lines; a lots table; "
        "purchaser and agency contacts inside the body",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>箭塘县体育运动学校体操器材采购项目成交结果公告_采购结果公示_箭塘县公共资源交易网</title>
<script src="/ggzy/js/countdown.js"></script>
</head>
<body>
<div class="jy-top">⟦m 箭塘县公共资源交易网⟧ <a>⟦a 交易主体登录⟧</a> <a>⟦a CA数字证书办理⟧</a></div>
<div class="jy-nav">⟦m <a>首页</a> <a>工程建设</a> <a>政府采购</a> <a>产权交易</a> <a>信用信息</a>⟧</div>
<div class="jy-crumb">⟦m 政府采购 › 采购结果公示⟧</div>
<div class="jy-main">
<h3>{T}</h3>
<div class="jy-info">⟦m 信息时间：2025-08-12　来源：箭塘县政府采购中心⟧</div>
<div class="jy-count">⟦m 公示倒计时：0天21时14分⟧</div>
{BODY}
</div>
<div class="jy-side"><h4>⟦l 最新成交公告⟧</h4><p>⟦l 箭塘县第一中学食堂设备采购成交公告⟧</p><p>⟦l 县人民医院病床采购项目结果公示⟧</p></div>
<div class="jy-help">⟦m CA证书服务热线：400-870-3322　交易系统操作咨询：0915-3319900⟧</div>
<div class="jy-foot">⟦m 主办：箭塘县公共资源交易中心　滇ICP备16008832号-5⟧</div>
</body>
</html>
""",
        body="""
一、项目编号：JTZC-2025-0617
二、项目名称：箭塘县体育运动学校体操器材采购项目
三、成交信息如下：
包号　货物名称　数量　成交供应商　成交金额（元）
1　比赛型鞍马　2台　剑溪纵力体育用品有限公司　51600
2　少儿训练鞍马　3台　剑溪纵力体育用品有限公司　26400
3　体操保护垫　30块　吾山县安达运动器材厂　43500
四、公告期限：自本公告发布之日起1个工作日。
五、联系方式
采购人：箭塘县体育运动学校，联系人：鲁立新，电话：0915-3318026
采购代理机构：剑溪公诚招标咨询有限公司，联系人：甄雨，电话：0916-8766319
2025年8月12日
""",
    ),
    dict(
        slug="tender-ciping-inquiry-agility-ladders-school",
        site="慈坪县阳光采购平台 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="https://ygcg.ciping.gov.cn/xjgg/2025-04-28/1173.html",
        title="慈坪县实验小学体育器材询价公告",
        date="2025-04-28",
        notes="record title as is; inquiry notice: downloading the inquiry file and scanning the quote as content; "
        "the purchaser's contact beside the platform's hotline and CA line",
        page="""
!m 慈坪县阳光采购平台
!m 平台服务热线：0918-4200111　CA锁办理：400-655-0190
!m 首页 / 采购公告 / 询价公告
{T}
!m 公告类型：询价　发布时间：2025-04-28　截止时间：2025-05-09 17:00
{BODY}
!a 〔我要报价〕〔收藏项目〕〔打印公告〕
!l 最新公告：慈坪县第二中学课桌椅采购询价｜兹湖镇卫生院办公设备询价
!m 慈坪县财政局监制　黔ICP备19002763号-4
""",
        body="""
慈坪县实验小学拟采购一批体育器材，欢迎符合条件的供应商参加报价。
一、采购内容：敏捷梯40副（12节，每节间距45厘米，可调），标志桶200个，软式跨栏架20副。
二、最高限价：人民币2.36万元。
三、供应商资格：具有独立承担民事责任的能力，近三年经营活动中没有重大违法记录。
四、报价方式：供应商请于2025年5月9日前登录慈坪县阳光采购平台下载询价文件，按要求填写报价单并加盖公章，扫描后上传至平台，逾期不予受理。
五、联系方式：采购人慈坪县实验小学，联系人：谷晓燕，电话：0918-4235067。
慈坪县实验小学
2025年4月28日
""",
    ),
    dict(
        slug="lawfirm-hengxian-unregistered-dog-bite-answer",
        site="衡弦律师事务所 (invented law firm site)",
        style="律所网站",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.hengxianlaw.com/answer/20250916/771.html",
        title="狗没挂狗牌咬伤路人，狗主人要担什么责任？",
        record_title="【律师答疑·养犬纠纷】狗没挂狗牌咬伤路人，狗主人要担什么责任？｜衡弦律师事务所",
        date=None,
        notes="law firm Q&A: a lawyer card, a consult float, a 400 line and a repost notice; no date anywhere "
        "except an edit stamp",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【律师答疑·养犬纠纷】狗没挂狗牌咬伤路人，狗主人要担什么责任？｜衡弦律师事务所</title>
<script src="/static/js/hx-consult.js" defer></script>
</head>
<body>
<div class="hx-top">⟦m 衡弦律师事务所⟧ ⟦m 持衡守正　以弦定音⟧ <span>⟦w 免费法律咨询：400-017-6638⟧</span></div>
<div class="hx-nav">⟦m <a>首页</a> <a>律所简介</a> <a>专业领域</a> <a>律师团队</a> <a>律师答疑</a> <a>联系我们</a>⟧</div>
<div class="hx-path">⟦m 首页 › 律师答疑 › 侵权纠纷⟧</div>
<div class="hx-art">
<h1>{T}</h1>
<div class="hx-meta">⟦m 解答律师：葛青岚　最近编辑：2025-09-16　阅读 1840⟧</div>
{BODY}
<div class="hx-repost">⟦d 本文系衡弦律所原创法律解答，转载须取得书面授权并注明出处。⟧</div>
</div>
<div class="hx-side"><h4>⟦l 热门解答⟧</h4><p>⟦l 宠物店洗澡时狗狗受伤，店家要赔吗？⟧</p><p>⟦l 小区禁止养大型犬的规定有效吗？⟧</p></div>
<div class="hx-card">⟦m 葛青岚 律师　执业证号 16501202110387265　擅长：侵权责任、物业纠纷⟧ <a>⟦w 在线咨询她⟧</a></div>
<div class="hx-float">⟦w 遇到类似问题？留下电话，律师15分钟内回电⟧</div>
<div class="hx-foot">⟦m 衡弦律师事务所　地址：剑溪市奇峰区文理路9号衡弦大厦12层　陇ICP备21002284号⟧</div>
</body>
</html>
""",
        body="""
问：我家邻居的狗平时不拴绳、也没挂狗牌，上周把一位路过的老人咬伤了。邻居说狗不是他的，是流浪狗，这种情况怎么办？
答：根据民法典第一千二百四十五条，饲养的动物造成他人损害的，动物饲养人或者管理人应当承担侵权责任。违反管理规定，未对动物采取安全措施造成他人损害的，同样应当承担侵权责任。
本案中，狗没挂狗牌，给认定饲养人带来一定困难，但并非无法证明。受害人可以收集邻居平时喂养、遛狗的视频、照片和其他邻居的证言，也可以请社区、物业出具情况说明。
同时，养犬人不按规定办理登记、佩戴犬牌，本身就违反了当地养犬管理规定，可能被公安机关处以罚款。
建议受害人及时就医，保留病历和票据，先与邻居协商赔偿；协商不成的，可以向人民法院起诉，要求赔偿医疗费、误工费等损失。
""",
    ),
    dict(
        slug="lawfirm-zhiyan-case-kettlebell-gym-liability",
        site="直言律所 (invented law firm site)",
        style="律所网站",
        genre="案例",
        kind="other",
        form="text",
        source="http://www.zhiyanlawyer.cn/anli/qinquan/2291.html",
        title="健身房壶铃脱手砸伤会员，健身房担责三成",
        record_title="判例速读 ⟫ 健身房壶铃脱手砸伤会员，健身房担责三成｜直言律所",
        date=None,
        notes="law firm case note as text: bracketed section heads inside paragraphs; a lawyer-consult line glued "
        "after a sentence; no date",
        page="""
!m 直言律所 · 专注人身损害与消费维权
!m 首页 ＞ 判例速读 ＞ 人身损害
!t 判例速读 ⟫ 健身房壶铃脱手砸伤会员，健身房担责三成｜直言律所
!m 整理：直言律所诉讼部　标签：健身房 安全保障义务 壶铃
{BODY}
!l 上一则：商场扶梯夹伤儿童，商场与维保公司如何分责
!l 下一则：游泳馆未配救生员，溺水事故谁来担
!w 咨询热线 400-636-1180（工作日9:00—18:00）
!d 本栏目案例均经改编，当事人信息已作匿名处理，仅供学习参考，不构成法律意见。
""",
        body="""
【基本案情】会员孙某在某健身房自行进行壶铃摇摆训练，因手心出汗，16公斤的壶铃脱手飞出，砸中正在旁边拉伸的会员柳某的右脚，致其脚趾骨折。柳某将孙某和健身房一并诉至法院。
【法院观点】法院认为，孙某未擦干手汗、在人员密集区域进行摇摆训练，对损害的发生存在主要过错，应承担主要责任。健身房作为经营场所的管理者，未划定壶铃训练专区，也未安排教练巡场提醒，未尽到安全保障义务，应承担相应责任。最终判决孙某承担70%的赔偿责任，健身房承担30%。⟦w 类似纠纷可点此预约律师面谈⟧
【律师提示】健身房应当为壶铃、杠铃等自由重量器材设置独立训练区，配备防滑粉和毛巾，并在显著位置张贴安全提示；会员训练时也要注意周围环境，量力而行。
""",
    ),
    dict(
        slug="community-wangyouli-dog-tag-registration-day",
        site="矢溪街道忘忧里社区 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.wangyouli-sq.cn/tzgg/2025/1205/318.html",
        title="关于集中办理犬只登记和狗牌年检的通知",
        record_title="【犬管告知】关于集中办理犬只登记和狗牌年检的通知——忘忧里社区",
        date="2025-12-05",
        notes="residents' site: weather, a grid worker's box and the property's repair line beside the community's "
        "own duty phone in the body; scanning a code to register as content; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【犬管告知】关于集中办理犬只登记和狗牌年检的通知——忘忧里社区</title>
<script src="/js/sq-weather.js"></script>
</head>
<body>
<div class="sq-top">⟦m 忘忧里社区⟧ ⟦m 矢溪街道　邻里一家亲⟧ <span>⟦m 今日 晴转多云 2~11℃⟧</span></div>
<div class="sq-nav">⟦m <a>社区首页</a> <a>通知公告</a> <a>便民服务</a> <a>邻里活动</a> <a>党建园地</a>⟧</div>
<div class="sq-main">
<h2>{T}</h2>
<div class="sq-info">⟦m 发布：居委会　时间：2025-12-05　浏览：466⟧</div>
{BODY}
<div class="sq-share">⟦l 转给邻居：微信　朋友圈　复制链接⟧</div>
</div>
<div class="sq-side">
<div class="grid">⟦m 本网格网格员：谷敏　手机 139 0916 6217⟧</div>
<div class="wuye">⟦m 物业服务中心报修：0916-8372299（24小时）⟧</div>
</div>
<div class="sq-foot">⟦m 矢溪街道忘忧里社区居民委员会　地址：忘忧里12号⟧</div>
</body>
</html>
""",
        body="""
各位居民朋友：
为做好辖区犬只管理工作，社区联合矢溪派出所，将于12月13日（星期六）上午9:00至下午4:00，在社区党群服务中心一楼大厅集中办理犬只登记和狗牌年检。
一、办理对象：辖区内尚未登记的犬只，以及狗牌有效期至2025年12月31日的犬只。
二、需携带材料：养犬人身份证、犬只当年度狂犬病免疫证明；办理年检的，还需带上原狗牌。
三、办理流程：现场扫码填写登记信息，民警审核后当场发放新狗牌，不收取任何费用。
四、温馨提示：请养犬人牵好犬链、带好拾便袋，行动不便的老人可提前联系网格员预约上门服务。
咨询电话：社区值班室 0916-8372215
忘忧里社区居民委员会
2025年12月5日
""",
    ),
]

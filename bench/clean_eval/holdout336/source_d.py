"""holdout336, part D: 地方论坛, 资料下载站, 人事考试网, 招投标网, 律所网站 (each once as HTML, once as text).

Invented text; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="localforum-guling-complaint-highchair-jammer",
        site="沽岭在线论坛 (invented county forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.gulingol.com/thread-338120-1-1.html",
        title="带娃吃饭，餐厅的儿童椅卡扣是坏的",
        record_title="[沽岭吐槽] 带娃吃饭，餐厅的儿童椅卡扣是坏的 - 消费曝光台 - 沽岭在线论坛",
        date=None,
        notes="county forum: weather line, medals, a decoration ad with a QQ, an official-reply link and jammer fonts in the post; posted 昨天: no date; a 12315 sentence stays",
        page="""
<html><head><meta charset="gbk"><title>[沽岭吐槽] 带娃吃饭，餐厅的儿童椅卡扣是坏的 - 消费曝光台 - 沽岭在线论坛</title>
<style>.jammer{display:none}</style><script src="static/js/forum_viewthread.js"></script></head><body>
<div class="tb">⟦m 沽岭在线论坛⟧ ⟦m 沽岭 今天 多云 12℃~21℃⟧ <a>⟦a 快捷登录⟧</a></div>
<div class="ad">⟦w 老房翻新找沽岭家美装饰，QQ 3302198841 免费量房⟧</div>
<div id="pt">⟦m 沽岭在线 › 民生大事 › 消费曝光台⟧</div>
<table><tr><td class="pls">⟦m 磊口老余⟧<br>⟦m 勋章：热心市民 ｜ 老乡认证⟧<br>⟦m 帖子 882　威望 61⟧</td>
<td class="plc"><h1>⟦t [沽岭吐槽] 带娃吃饭，餐厅的儿童椅卡扣是坏的⟧</h1>
<div class="authi">⟦m 楼主 ｜ 发表于 昨天 20:31 ｜ 电梯直达⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="official">⟦l 已邀请【沽岭县市场监管局】官方账号回复本帖⟧</div>
<div class="po">⟦a 支持 ｜ 反对 ｜ 回复 ｜ 转发给朋友⟧</div></td></tr></table>
<div class="reply">⟦l 2楼 浩塘阿芳：同遇到过，那家店的椅子确实该换了⟧</div>
<div id="ft">⟦m 沽岭在线论坛 ｜ 违法和不良信息举报：0793-5290110⟧</div>
</body></html>
""",
        p_html="{}<br>",
        junk=dict(lines=1, glued=3),
        body="""
周六晚上带两岁的儿子去磊口镇新开的那家火锅店吃饭，服务员拿来一把儿童餐椅。我把孩子放进去一扣安全带，卡扣根本扣不上，一拉就开。
跟服务员说了，她又换了一把。这把倒是能扣上，可是椅子一条腿明显短一截，孩子一动就晃。最后我们只好轮流抱着孩子吃完了这顿饭。
不是要针对哪家店，就是想提醒一下各位带娃的家长：在外面吃饭用儿童餐椅，先试试卡扣、晃一晃椅子。也希望店家定期检查，几百块钱的事，别等出了事再后悔。
已经打了12315反映，等有回复了再来更新。
""",
    ),
    dict(
        slug="localforum-haotang-thread-dispenser-subject-title",
        site="浩塘论坛 (invented town forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="http://www.haotangbbs.net/viewthread.php?tid=51873",
        title="团购的奶粉格盖子老是松，大家有遇到吗",
        record_title=None,
        date=None,
        notes="no record title: the thread subject is the title; posted 4 天前: no date; a moderator line, replies and a reply prompt",
        page="""
!m 浩塘论坛 · 浩塘人自己的网上家园
!m 浩塘论坛 » 生活消费 » 查看帖子
!m 本版版主：河边柳
{T}
!m 楼主：小鱼儿妈　发表于 4 天前　查看：1276　回复：19
{BODY}
!l 1楼　米粒儿：我家也是团的，盖子第二周就松了
!l 2楼　浩塘老周：可以打12315，或者直接去镇上的市场监管所
!a 回帖请先登录　没有账号？点这里注册
!m 浩塘论坛　赣ICP备15002716号-1
""",
        body="""
上个月在小区群里跟团买了个四层奶粉格，四十多块，当时看着挺结实。用了不到三个礼拜，最上面那层的盖子就拧不紧了，出门放包里，到了地方一打开，奶粉撒了半包。
找团长，团长说是我拧得太用力，把螺纹拧坏了，让我自己找厂家。包装上印的厂家电话打过去是空号。
想问问浩塘这边的宝妈，你们的奶粉格都是在哪买的？有没有用着靠谱的，推荐一下。另外这种情况能不能找市场监管所，有没有人处理过？
""",
    ),
    dict(
        slug="download-yide-rules-helmet-fileinfo-gb2312",
        site="易得资料站 (invented, old gb2312 download station)",
        style="资料下载站",
        genre="规程",
        kind="regulation",
        form="html",
        source="http://www.yideziliao.com/soft/tuoyu/8120.html",
        title="托育机构婴幼儿防撞头盔使用管理规程",
        record_title="托育机构婴幼儿防撞头盔使用管理规程【doc格式】下载_易得资料站",
        date=None,
        notes="old table layout with a file-info table, three download links and a dead-link report; rules with 第N条 articles, one speaking of 扫码; the file's update stamp is no date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>托育机构婴幼儿防撞头盔使用管理规程【doc格式】下载_易得资料站</title>
<script language="javascript" src="/js/ad_top.js"></script></head>
<body>
<table width="980" align="center"><tr><td>⟦m 易得资料站 — 资料易得，用心分享⟧</td><td align="right">⟦a 加入收藏夹 ｜ 设为首页⟧</td></tr></table>
<table width="980" align="center"><tr><td>⟦m 首页 ＞ 规章制度 ＞ 托育管理 ＞ 资料详情⟧</td></tr></table>
<table width="980" align="center" border="1" cellspacing="0">
<tr><td colspan="4" align="center"><b>⟦t 托育机构婴幼儿防撞头盔使用管理规程【doc格式】⟧</b></td></tr>
<tr><td>⟦m 资料大小：36KB⟧</td><td>⟦m 资料格式：DOC⟧</td><td>⟦m 更新：2025-03-30⟧</td><td>⟦m 人气：2231⟧</td></tr>
<tr><td colspan="4">⟦m 授权方式：免费共享　运行环境：WPS/Office⟧</td></tr>
<tr><td colspan="4"><b>⟦m 资料简介：⟧</b>
{BODY}
</td></tr>
<tr><td colspan="4">⟦a 下载地址：【电信高速】【联通高速】【本站直连】⟧</td></tr>
<tr><td colspan="4">⟦a 链接打不开？点这里告诉站长⟧</td></tr>
</table>
<table width="980" align="center"><tr><td>⟦l 同类资料：托育机构保育人员岗位职责.doc｜托育机构消毒隔离制度.doc｜婴幼儿午睡巡视制度.doc⟧</td></tr>
<tr><td align="center">⟦d 本站资料均来源于网络，仅供交流学习，请于下载后24小时内删除⟧<br>⟦m 易得资料站 yideziliao.com　蜀ICP备12033917号⟧</td></tr></table>
</body></html>
""",
        p_html="<p>{}</p>",
        body="""
第一条　为规范托育机构婴幼儿防撞头盔的使用和管理，预防学步期婴幼儿头部磕碰伤害，制定本规程。
第二条　本规程适用于本机构乳儿班、托小班的日常活动。
第三条　防撞头盔由保健室统一采购，须有中文标识、合格证和检验报告，按婴幼儿头围分号发放，一人一盔，不得混用。
第四条　婴幼儿在户外活动、学步练习时佩戴头盔，进餐、午睡时必须摘下。系带松紧以能伸进一指为宜。
第五条　头盔每周清洗一次，发现海绵破损、系带开线的，应当停止使用并登记更换。
第六条　保育人员应当每天检查头盔使用情况，家长可扫码查看本班头盔清洗记录。
第七条　本规程自印发之日起施行。
""",
    ),
    dict(
        slug="download-wenquan-procedure-teether-doc",
        site="文泉资料下载 (invented)",
        style="资料下载站",
        genre="规程",
        kind="regulation",
        form="text",
        source="https://www.wenquanxz.com/down/qiye/44718.html",
        title="母婴门店牙胶陈列与消毒操作规程",
        record_title="母婴门店牙胶陈列与消毒操作规程.doc",
        date="2025-04-02",
        notes="file-name record title; decimal headings 1–4 and 3.1–3.4; the date under the signature; download counts and a points line are chrome",
        page="""
!m 文泉资料下载 — 企业管理资料库
!m 位置：首页 → 企业管理 → 门店运营
!t 母婴门店牙胶陈列与消毒操作规程.doc
!m 大小：28KB　类型：Word　下载量：146　评分：4.5
!a 【本地下载】　【网盘下载】　下载需消耗1泉币
{BODY}
!l 下载过本资料的人还下载了：母婴门店收银管理制度.doc　门店陈列标准手册.pdf
!d 资料由网友提供，仅供参考，如有侵权请联系站长删除
!m 文泉资料下载 wenquanxz.com　豫ICP备18019320号
""",
        body="""
1 目的
规范门店牙胶类商品的陈列、试用和消毒，防止交叉污染。
2 适用范围
本规程适用于贝禾母婴连锁各门店。
3 操作要求
3.1 牙胶应陈列在货架中上层，与洗护用品分区摆放，未拆封商品不得拆包展示。
3.2 门店只设一件样品供顾客触摸，样品不得让婴幼儿放入口中试咬。
3.3 样品每天营业前用食品级消毒湿巾擦拭一遍，并在《样品消毒登记表》上签字。
3.4 顾客退回的牙胶一律不再上架销售，统一登记后退回仓库。
4 检查
区域督导每月检查一次执行情况，检查结果纳入门店考核。
贝禾母婴连锁运营部
2025年4月2日
""",
    ),
    dict(
        slug="exam-mijiang-notice-dispenser-ticket-print",
        site="弥江人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://www.mjrsks.gov.cn/zyjn/2025/0709/3381.html",
        title="关于2025年第二期保育师职业技能等级认定实操考核安排的公告",
        record_title="〔保育师认定〕关于2025年第二期保育师职业技能等级认定实操考核安排的公告_弥江人事考试网",
        date="2025-07-08",
        date_also=["2025-07-09"],
        notes="personnel-exam site with a maintenance banner and an admission-ticket float; the centre's own 咨询电话 beside the site's technical line; sentences on downloading and printing 准考证 stay; page date differs",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〔保育师认定〕关于2025年第二期保育师职业技能等级认定实操考核安排的公告_弥江人事考试网</title>
<script src="/js/float-entry.js"></script></head>
<body>
<div class="notice-bar">⟦d 系统维护提示：每周日0:00—6:00暂停报名与缴费服务⟧</div>
<div class="logo">⟦m 弥江人事考试网⟧ ⟦m 公平 公正 便民⟧</div>
<div class="nav">⟦m 网站首页⟧ ⟦m 考试动态⟧ ⟦m 技能评价⟧ ⟦m 成绩查询⟧ ⟦m 证书领取⟧</div>
<div class="loc">⟦m 您在这里：首页 / 职业技能 / 认定公告⟧</div>
<div class="con"><h3>{T}</h3>
<div class="sub">⟦m 发布日期：2025-07-09　信息来源：市职业技能鉴定指导中心⟧</div>
{BODY}
</div>
<div class="float">⟦a 准考证打印入口 ＞＞⟧</div>
<div class="foot">⟦m 网站技术支持：0796-8235000（仅受理系统故障）⟧<br>⟦m 主办：弥江市人力资源和社会保障局　赣ICP备09012288号⟧</div>
</body></html>
""",
        body="""
各位考生：
2025年第二期保育师（四级）职业技能等级认定实操考核定于7月19日举行，现将有关事项公告如下：
一、考核时间和地点
7月19日上午8:30开始，地点为弥江市职业技能实训中心（煌溪区学府路21号）。
二、考核内容
实操考核共三个项目：婴幼儿生活照料（含使用奶粉格分装、冲调配方奶）、婴幼儿安全防护、环境创设，每名考生随机抽取两项。
三、准考证打印
考生请于7月14日至18日登录本网站下载并打印准考证，考试时须携带准考证和身份证原件。
四、注意事项
考生须穿平底鞋、不佩戴首饰，考核所用器具由考点统一提供，不得自带。
咨询电话：0796-8235167
弥江市职业技能鉴定指导中心
2025年7月8日
""",
    ),
    dict(
        slug="exam-mijiang-notice-sleepsack-skill-test",
        site="弥江人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.mjrsks.gov.cn/sydw/2025/0905/3602.html",
        title="煌溪区公办托育中心2025年公开招聘保育员技能测试公告",
        record_title="【保育员招聘】煌溪区公办托育中心2025年公开招聘保育员技能测试公告 - 考试资讯 - 弥江人事考试网",
        date="2025-09-05",
        notes="exam site as text: column and site suffix and a bracket tag in the record title; a numbered notice whose test is dressing a baby model in a sleep sack; date under the signature",
        page="""
!m 弥江人事考试网
!m 首页 > 考试资讯 > 事业单位招聘
{T}
!m 时间：2025-09-05 16:20　点击：3012
!a 【字体：小 中 大】【打印本页】
{BODY}
!a 考生服务QQ群：门户首页右侧扫码进群
!l 相关公告：煌溪区公办托育中心2025年公开招聘资格复审合格人员名单
!m 弥江市人事考试院　考务咨询：0796-8235100
""",
        body="""
根据招聘工作安排，现将技能测试有关事项公告如下：
一、测试对象：资格复审合格的考生，名单见本网站公示。
二、测试时间：2025年9月13日（星期六）上午9:00。
三、测试地点：煌溪区托育综合服务中心三楼实训室。
四、测试内容：婴幼儿午睡照护实操，考生须在8分钟内完成为婴儿模型穿着防踢被、调整室温、检查睡姿等操作，并口述照护要点。
五、成绩计算：测试满分100分，60分以下的不得进入体检环节。
考生须携带身份证，于8:30前到达候考室，迟到15分钟以上的视为自动放弃。
煌溪区卫生健康委员会
2025年9月5日
""",
    ),
    dict(
        slug="tender-guling-notice-highchair-lots-ca",
        site="沽岭县公共资源交易网 (invented)",
        style="招投标网",
        genre="采购公告",
        kind="notice",
        form="html",
        source="http://ggzy.guling.gov.cn/jyxx/zfcg/cggg/2025/0613/14420.html",
        title="沽岭县公办托育园儿童餐椅及配套设备采购项目竞争性磋商公告",
        record_title="〖磋商公告〗沽岭县公办托育园儿童餐椅及配套设备采购项目竞争性磋商公告｜沽岭县公共资源交易网",
        date="2025-06-13",
        notes="tender portal with a countdown, CA and trading-system hotlines beside the purchaser's and agency's own contacts; a lots table; a download sentence stays",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〖磋商公告〗沽岭县公办托育园儿童餐椅及配套设备采购项目竞争性磋商公告｜沽岭县公共资源交易网</title>
<script src="/js/countdown.js"></script></head>
<body>
<div class="top">⟦m 沽岭县公共资源交易网⟧ <a>⟦a 投标人登录⟧</a> <a>⟦a CA办理指南⟧</a></div>
<div class="nav">⟦m 首页⟧ ⟦m 交易信息⟧ ⟦m 政府采购⟧ ⟦m 工程建设⟧ ⟦m 政策法规⟧</div>
<div class="crumb">⟦m 交易信息 ＞ 政府采购 ＞ 采购公告⟧</div>
<h2>{T}</h2>
<div class="meta">⟦m 信息来源：沽岭县教育体育局　浏览次数：77⟧</div>
<div class="countdown">⟦a 距离获取文件截止还剩 3 天 06 时⟧</div>
<div class="ggnr">
{BODY}
</div>
<div class="btn">⟦a 我要参与｜收藏本项目⟧</div>
<div class="ft">⟦m CA证书办理及锁具咨询：400-880-6611⟧<br>⟦m 交易系统技术支持：0793-5200088⟧<br>⟦m 沽岭县公共资源交易中心　赣ICP备16008820号⟧</div>
</body></html>
""",
        body="""
项目编号：GLCG-2025-0614
一、采购需求
本项目分两个包，具体如下：
包号　采购内容　数量　最高限价
1　可调节儿童餐椅　180把　5.4万元
2　餐椅配套托盘及安全带　200套　1.2万元
二、供应商资格要求
具有独立承担民事责任的能力；所投儿童餐椅须提供具有资质的检验机构出具的检验报告。
三、获取磋商文件
请于2025年6月16日至6月20日登录交易平台下载磋商文件。
四、联系方式
采购人：沽岭县教育体育局　联系人：侯敏　电话：0793-5226031
代理机构：弥江正衡项目管理有限公司　联系人：尹涛　电话：0796-8197745
沽岭县教育体育局
2025年6月13日
""",
    ),
    dict(
        slug="tender-yichuan-result-sleepsack-record-date",
        site="屹川公共资源交易网 (invented)",
        style="招投标网",
        genre="中标公告",
        kind="notice",
        form="text",
        source="http://ggzy.yichuan.gov.cn/zbjg/2025/1022/7781.html",
        title="屹川县托育服务中心婴幼儿防踢被采购项目中标结果公告",
        record_title="屹川县托育服务中心婴幼儿防踢被采购项目中标结果公告 - 结果公示 - 屹川公共资源交易网",
        record_date="2025-10-22",
        date="2025-10-22",
        notes="bid result as text with a record date; a results table one row a paragraph; the purchaser's own contact line stays beside the platform's hotline",
        page="""
!m 屹川公共资源交易网
!m 当前位置：首页 > 政府采购 > 结果公示
{T}
!m 发布日期：2025-10-22　阅读：58
{BODY}
!m 平台服务热线：0795-3300123（工作日）
!l 上一条：屹川县第二小学课桌椅采购项目中标结果公告
!l 下一条：屹川县人民医院被服采购项目更正公告
""",
        body="""
一、项目编号：YCZC-2025-0931
二、项目名称：屹川县托育服务中心婴幼儿防踢被采购项目
三、中标信息
包号　中标供应商　中标金额
1　弥江童暖纺织有限公司　3.86万元
2　屹川县乐贝母婴用品商行　1.42万元
四、主要标的信息：分腿式防踢被（S、M、L码）共420件，带袖式防踢被共150件，交货期为合同签订后20日内。
五、公告期限：自本公告发布之日起1个工作日。
六、联系方式：采购人屹川县托育服务中心，联系人邵欣，电话0795-3352210。
屹川县托育服务中心
2025年10月22日
""",
    ),
    dict(
        slug="law-mingqian-case-helmet-strap",
        site="屹川明谦律师事务所 (invented)",
        style="律所网站",
        genre="案例分析",
        kind="other",
        form="html",
        source="https://www.mingqianlaw.cn/anli/chanpin/2025-0417.html",
        title="宝宝戴的防撞头盔系带断了，商家要担责吗",
        record_title="明谦说案丨宝宝戴的防撞头盔系带断了，商家要担责吗 - 明谦律师事务所",
        date=None,
        notes="law firm: a lawyer card, a consult float with a 400 line and a repost notice; a case note with bracketed headings; no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>明谦说案丨宝宝戴的防撞头盔系带断了，商家要担责吗 - 明谦律师事务所</title>
<script src="/static/js/consult.js"></script></head>
<body>
<div class="hd">⟦m 屹川明谦律师事务所⟧ ⟦m 明理 谦和 守信⟧</div>
<div class="nav">⟦m 律所首页⟧ ⟦m 专业领域⟧ ⟦m 律师团队⟧ ⟦m 案例评析⟧ ⟦m 联系我们⟧</div>
<div class="post"><h1>{T}</h1>
<div class="card">⟦m 撰稿：庞雪律师　专业方向：消费者权益、产品责任⟧</div>
<div class="text">
{BODY}
</div>
<div class="copy">⟦d 本文为明谦律所原创，转载请联系授权；文中观点不作为具体个案的法律意见⟧</div></div>
<div class="consult">⟦w 遇到类似纠纷？明谦律师在线解答 400-716-2085⟧</div>
<div class="more">⟦l 更多产品责任案例 ＞⟧</div>
<div class="ft">⟦m 地址：屹川县沫河大道66号金谷大厦9楼⟧ ⟦m 赣ICP备20009314号⟧</div>
</body></html>
""",
        body="""
【基本案情】2024年春，家住沽岭县的倪女士在某网店购买了一顶婴幼儿防撞头盔。使用不到一个月，孩子在学步时摔倒，头盔系带从缝合处断开，头盔脱落，孩子额头磕伤。倪女士要求商家赔偿医疗费，商家以“头盔只是辅助用品”为由拒绝。
【律师分析】根据产品质量法和民法典的规定，因产品存在缺陷造成他人损害的，被侵权人可以向产品的生产者请求赔偿，也可以向销售者请求赔偿。本案中，系带在正常使用中断开，可以委托检验机构鉴定是否存在缺陷。
【处理结果】经调解，商家退还货款，并承担医疗费1860元。
【律师提醒】家长网购婴幼儿用品时，应保存好订单截图、聊天记录和产品包装，发生纠纷时这些都是重要证据。
""",
    ),
    dict(
        slug="law-hengping-template-dispenser-consignment",
        site="弥江衡平律师事务所 (invented)",
        style="律所网站",
        genre="合同范本",
        kind="other",
        form="text",
        source="http://www.hengpinglaw.com/fanben/maoyi/318.html",
        title="婴幼儿喂养用品（奶粉格）代销合同",
        record_title="【代销范本】婴幼儿喂养用品（奶粉格）代销合同（律师审定稿）- 衡平律所",
        date=None,
        notes="a contract template with ×× placeholders, ＿＿ blanks, 第N条 articles and a ＿＿年＿＿月＿＿日 line: no date; a paid-download line and a consult prompt",
        page="""
!m 衡平律所 · 合同范本库
!m 范本库 › 买卖与代销 › 正文
!t 【代销范本】婴幼儿喂养用品（奶粉格）代销合同（律师审定稿）
!m 整理：衡平律所商事部　适用：母婴用品代销
!a 下载可编辑版（9.9元）　｜　加入我的范本夹
{BODY}
!d 本范本仅供参考，签约前请结合具体交易由律师审查修改
!w 需要律师定制合同？微信咨询 hengping_law
!m 弥江衡平律师事务所　赣ICP备19011235号
""",
        body="""
甲方（委托方）：××母婴用品有限公司
乙方（代销方）：××母婴用品店
第一条　甲方委托乙方代销甲方生产的奶粉格产品，规格型号、数量、代销价格以双方签字的供货单为准。
第二条　甲方应保证所供产品符合食品接触用塑料制品的国家标准，并随货提供产品检验报告复印件。
第三条　乙方应按甲方确定的价格销售，不得擅自提价或降价。代销手续费为销售额的＿＿%。
第四条　双方每月＿＿日前对账结算一次，乙方在对账后＿＿日内将货款汇入甲方指定账户。
第五条　因产品质量问题引起的退换货及赔偿，由甲方承担。
第六条　本合同一式两份，甲乙双方各执一份，自双方签字盖章之日起生效。
甲方（盖章）：＿＿＿＿　乙方（盖章）：＿＿＿＿
签订日期：＿＿年＿＿月＿＿日
""",
    ),
]

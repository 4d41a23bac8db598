"""holdout333, part D: county forums, download stations, personnel-exam sites, tender portals, law firms.

Invented text, sites, places, people and numbers; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="localforum-fenhu-mosquito-band-rash-thread",
        site="芬湖论坛 (invented county forum, Discuz-like)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.fenhu.cc/thread-771204-1-1.html",
        title="小区门口地摊卖的驱蚊手环，孩子戴了一天手腕起红疹",
        record_title=None,
        date=None,
        notes="county forum without a record title: the thread subject gives it; a weather line, medals, a "
        "decoration ad, an official-reply link, jammer-font junk; the community police's phone the poster quotes "
        "stays; 发表于 昨天 is no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="gbk">
<title>小区门口地摊卖的驱蚊手环，孩子戴了一天手腕起红疹 - 芬湖杂谈 - 芬湖论坛</title>
<style>.jammer{display:none}</style>
<script src="data/cache/common.js?Vx2"></script>
</head>
<body>
<div id="toptb">⟦m 芬湖论坛 · 芬湖人自己的网上家园⟧　⟦m 芬湖今日 多云 24~31℃⟧　<a href="member.php?mod=register">⟦a 注册⟧</a> <a href="member.php?mod=logging">⟦a 登录⟧</a></div>
<div class="ad_top">⟦m 【广告】卉口装饰 旧房翻新 全包价每平米680元起 电话 0931-5889012⟧</div>
<div id="pt">⟦m 芬湖论坛 › 民生百态 › 芬湖杂谈⟧</div>
<div class="pls"><div class="authi">⟦m 楼主：卉口老蒋⟧</div><p>⟦m 勋章：热心网友　论坛元老⟧</p></div>
<div class="plc">
<h1 class="ts"><span id="thread_subject">{T}</span></h1>
<p class="authi">⟦m 发表于 昨天 20:17 | 只看该作者 | 查看 8932 | 回复 64⟧</p>
<div class="t_fsz"><table><tr><td class="t_f" id="postmessage_1120388">
{BODY}
</td></tr></table></div>
<div class="gov-reply"><a href="forum.php?mod=gov&amp;tid=771204">⟦l 📮 此帖已转交卉口镇市场监管所，点此查看官方回复⟧</a></div>
<div class="po">⟦a 支持(213)　反对(2)　回复　举报⟧</div>
</div>
<div class="replies">⟦l 沙发　卉口小丁：我家也买过，味道冲得很，直接扔了⟧</div>
<div id="ft">⟦m 芬湖论坛 fenhu.cc　陇ICP备16004433号　站长QQ：418820771⟧</div>
<script>$(".jammer").remove();</script>
</body>
</html>
""",
        p_html="{}<br />",
        junk=dict(lines=2, glued=3),
        body="""
前天在卉泉小区门口的地摊上，花5块钱给儿子买了个卡通驱蚊手环，老板说是纯植物的。
儿子戴了一天，晚上洗澡时发现手腕一圈全是小红疹，又痒又红，抓得直哭。赶紧摘了，用清水冲了好几遍，第二天带去卫生院，医生说是接触性皮炎，开了炉甘石。
回来我仔细看了包装，没有厂名、没有成分、没有登记证号，连个生产日期都没有。
已经打了社区民警电话0931-5230110反映，民警说会联系市场监管所去查。提醒各位家长，驱蚊手环别在地摊上买，买之前看看包装上有没有农药登记证号。
""",
    ),
    dict(
        slug="localforum-yichuan-remote-repair-shop-junk",
        site="颐川在线论坛 (invented county forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="http://bbs.yichuanol.com/forum.php?mod=viewthread&tid=330951",
        title="菜市场二楼那家修遥控器的小店，顺便卖遥控器套，真良心",
        record_title="[颐川生活] 菜市场二楼那家修遥控器的小店，顺便卖遥控器套，真良心 - 吃喝玩乐 - 颐川在线论坛",
        date=None,
        notes="county forum as text: anti-scraping junk as lines and glued; floor replies, a forum ad, a moderator "
        "line; a relative time is no date",
        page="""
!m 颐川在线论坛　»　颐川生活　»　吃喝玩乐
!t [颐川生活] 菜市场二楼那家修遥控器的小店，顺便卖遥控器套，真良心 - 吃喝玩乐 - 颐川在线论坛
!m 作者：薛家二妹　　发表于 5 天前　　查看 2204　回复 31
!m 本帖最后由 薛家二妹 于 4 天前 编辑
{BODY}
!a 顶　　踩　　收藏　　回复
!l 沙发 颐川小潘：是不是那个戴眼镜的大叔？我家空调遥控器也是他修好的
!l 板凳 吃货老宋：地址发一下，具体哪个门？
!m 【论坛广告位】颐川家电清洗 空调油烟机深度清洗 微信 yc_qingxi88
!m 版主提醒：本版禁止发布商业广告，违者删帖
""",
        junk=dict(lines=2, glued=2),
        body="""
家里电视遥控器摔了一下，有几个键按不动。本来想网上再买一个，同事说菜市场二楼有家修遥控器的小店，抱着试试的心态去了。
店不大，就一个柜台，老板是个五十来岁的大叔。他拆开看了看，说是导电胶老化了，换了一块，前后不到十分钟，只收了8块钱。
柜台上还挂着各种尺寸的遥控器套，硅胶的、透明的都有。我顺手买了个透明的，老板帮我量好尺寸才拿货，套上严丝合缝，才5块钱。
现在这种小修小补的店越来越少了，大家有需要可以去看看。
""",
    ),
    dict(
        slug="download-lvye-work-instruction-cockroach-gb2312",
        site="绿叶资料站 (invented, old gb2312 download station)",
        style="资料下载站",
        genre="作业指导书",
        kind="other",
        form="html",
        source="http://www.lvyezl.com/soft/2025/31782.html",
        title="灭蟑药投放作业指导书",
        record_title="灭蟑药投放作业指导书（Word版）免费下载 - 绿叶资料站",
        date=None,
        notes="old gb2312 download page: file-info table, three download links, an unzip password, a dead-link "
        "report and a floating ad; a work instruction with decimal headings 1.1–3.2; an add stamp is no date",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>灭蟑药投放作业指导书（Word版）免费下载 - 绿叶资料站</title>
<script language="javascript" src="/js/ad_float.js"></script>
</head>
<body>
<table width="950" align="center"><tr><td>⟦m 绿叶资料站 —— 专注实用文档下载⟧</td><td align="right">⟦m <a href="/">站点首页</a> | <a href="/soft/">文档分类</a> | <a href="/top.html">下载排行</a>⟧</td></tr></table>
<table width="950" align="center"><tr><td>⟦m 您当前位置：绿叶资料站 → 行业文档 → 有害生物防制⟧</td></tr></table>
<table width="950" align="center" border="1" cellspacing="0">
<tr><td colspan="2" align="center"><h1>{T}</h1></td></tr>
<tr><td>⟦m 文件大小：46 KB⟧</td><td>⟦m 文件格式：.doc⟧</td></tr>
<tr><td>⟦m 添加时间：半年前⟧</td><td>⟦m 下载人气：3217⟧</td></tr>
<tr><td>⟦m 授权方式：免费资料⟧</td><td>⟦m 运行环境：WPS/Office⟧</td></tr>
<tr><td colspan="2">⟦m 内容简介：⟧</td></tr>
<tr><td colspan="2">
{BODY}
</td></tr>
<tr><td colspan="2">⟦a 下载地址一：电信高速⟧　⟦a 下载地址二：联通高速⟧　⟦a 下载地址三：本地直链⟧</td></tr>
<tr><td colspan="2">⟦m 解压密码：www.lvyezl.com⟧</td></tr>
<tr><td colspan="2"><a href="/report.asp?id=31782">⟦a 下载失效？点此向站长报告⟧</a></td></tr>
</table>
<div id="float_ad" style="position:absolute;left:2px;top:300px">⟦w 专业代写各类作业指导书 QQ 2230 9187⟧</div>
<table width="950" align="center"><tr><td align="center">⟦d 本站资料均收集于网络，只供交流学习，请于下载后24小时内删除⟧</td></tr>
<tr><td align="center">⟦m Copyright © 2008-2025 lvyezl.com 苏ICP备08021466号⟧</td></tr></table>
</body>
</html>
""",
        p_html="<p>{}</p>",
        body="""
1 目的
1.1 规范灭蟑药的投放操作，保证投放效果和人员、食品安全。
2 投放前准备
2.1 作业人员穿戴工作服、一次性手套和口罩。
2.2 核对药剂名称、农药登记证号和有效期，过期药剂不得使用。
2.3 清除投放点周围的油污、食物残渣和杂物。
3 投放操作
3.1 胶饵采用点状投放，每点约0.2克，点间距20至30厘米，重点投放于缝隙、孔洞、电器底部等隐蔽处。
3.2 毒饵盒放置于墙角、柜底等干燥位置，不得放在食品加工台面及餐具附近。
3.3 投放完成后填写投放记录，注明时间、地点、药剂和用量，7天后复查补投。
""",
    ),
    dict(
        slug="download-ziliao-rules-workshop-fly-paper-doc",
        site="资料仓 (invented download station)",
        style="资料下载站",
        genre="制度",
        kind="other",
        form="text",
        source="https://www.ziliaocang.net/down/883105.html",
        title="食品加工车间防蝇设施管理规定",
        record_title="食品加工车间防蝇设施管理规定.doc",
        date=None,
        notes="file-name record title; a download station's text page; articles 第N条 that speak of 打印 and 下载 as "
        "content; an update stamp is no date",
        page="""
!m 资料仓 | 管理制度 | 食品企业
!t 食品加工车间防蝇设施管理规定.doc
!m 资料编号：ZLC-883105　　大小：38KB　　更新：3 周前　　星级：★★★★
!a 【普通下载】　【高速下载】　【收藏资料】
{BODY}
!a 该资料共3页，以上为部分预览，完整版请下载
!l 同类资料：车间虫害控制程序.doc　　仓库防鼠管理制度.doc　　来料检验规程.docx
!d 资料仓所收录资料来自网友上传，若侵犯了您的权益，请联系我们删除。
""",
        indent="\u3000\u3000",
        body="""
第一条　为防止蝇类污染食品，规范车间防蝇设施的设置和管理，制定本规定。
第二条　车间入口设置风幕机和防蝇门帘，原料库、成品库窗户安装纱网，破损的应在当班修复。
第三条　车间内禁止使用杀虫喷雾。确需灭蝇的，可在更衣室、缓冲间等非加工区悬挂粘蝇纸，加工区只准使用灭蝇灯。
第四条　粘蝇纸和灭蝇灯接虫盘每周更换或清理一次，由品控员记录捕获数量。
第五条　品控员每月从系统中下载捕获数量统计表，打印后交生产经理签字，作为虫害趋势分析的依据。
第六条　本规定由品控部负责解释。
""",
    ),
    dict(
        slug="exam-yaocheng-skill-test-diffuser-repair",
        site="尧城人事考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.ycrsks.gov.cn/zyjn/202511/t20251111_4117.html",
        title="关于香薰机装调维修专项职业能力考核有关事项的通知",
        record_title="〔技能考核〕关于香薰机装调维修专项职业能力考核有关事项的通知 - 尧城人事考试网",
        date="2025-11-10",
        date_also=["2025-11-11"],
        notes="personnel-exam site: a maintenance banner, an admission-ticket float; a timetable one row a "
        "paragraph; sentences telling candidates to 下载 and 打印 准考证; the centre's own 咨询电话 next to the "
        "site's technical line; 成文日期 under the signature expected, the site's date also accepted",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〔技能考核〕关于香薰机装调维修专项职业能力考核有关事项的通知 - 尧城人事考试网</title>
<script src="/js/common.js"></script>
</head>
<body>
<div class="notice-bar">⟦d 系统维护公告：11月15日 0:00—6:00 报名系统暂停服务⟧</div>
<div class="head">⟦m 尧城人事考试网⟧ ⟦m 尧城市人事考试中心主办⟧</div>
<div class="nav"><a href="/">⟦m 首页⟧</a> <a href="/gwy/">⟦m 公考招录⟧</a> <a href="/sydw/">⟦m 事业单位⟧</a> <a href="/zyjn/">⟦m 职业技能⟧</a> <a href="/cjcx/">⟦m 成绩查询⟧</a></div>
<div class="here">⟦m 首页 &gt; 职业技能 &gt; 考务通知⟧</div>
<div class="article">
<h3>{T}</h3>
<div class="attr">⟦m 来源：市职业技能鉴定指导中心　发布日期：2025-11-11　浏览：1956⟧</div>
<div class="text">
{BODY}
</div>
</div>
<div class="float-right">⟦a 准考证打印入口⟧<br>⟦a 成绩查询入口⟧</div>
<div class="foot">⟦m 技术支持热线：0931-8860123（仅限网站使用问题）⟧<br>⟦m 尧城市人事考试中心　甘ICP备11000871号⟧</div>
</body>
</html>
""",
        body="""
各有关单位、各位考生：
2025年第二批香薰机装调维修专项职业能力考核定于11月22日举行，现将有关事项通知如下。
一、考核安排
科目　时间　地点
理论知识　11月22日9:00—10:30　尧城技师学院实训楼301
实际操作　11月22日14:00—16:00　尧城技师学院电器实训室
二、准考证
考生请于11月18日至21日登录报名系统下载准考证，用A4纸打印，考试时携带准考证和身份证。
三、注意事项
实际操作考核包括更换雾化片、检修水位开关和排查漏电故障，考生须自带螺丝刀和万用表。
咨询电话：0931-8866372（市职业技能鉴定指导中心）。
尧城市职业技能鉴定指导中心
2025年11月10日
""",
    ),
    dict(
        slug="exam-yichuan-ranger-fitness-test-bands",
        site="颐川人事考试信息网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://rsks.yichuan.gov.cn/kwxx/20250812/2206.html",
        title="颐川县2025年生态护林员招聘体能测试公告",
        record_title="【体测须知】颐川县2025年生态护林员招聘体能测试公告 - 考务信息 - 颐川人事考试信息网",
        date="2025-08-11",
        date_also=["2025-08-12"],
        notes="exam site as text: a countdown line, a prompt to log in; the announcement lets candidates bring "
        "驱蚊手环; a list of items; 成文日期 expected, the site's posting date also accepted",
        page="""
!m 颐川人事考试信息网 ｜ 考务信息
!m 距体能测试还有 9 天
{T}
!m 发布时间：2025-08-12 10:00　　发布单位：县人社局
!a 报考人员请先登录个人中心，查看本人测试分组
{BODY}
!l 相关公告：颐川县2025年生态护林员招聘资格审查合格人员名单
!m 考务咨询请在工作日拨打 0934-6618123（系统技术问题）
""",
        indent="\u3000\u3000",
        body="""
根据《颐川县2025年生态护林员招聘简章》，现将体能测试有关事项公告如下。
一、测试时间和地点：8月21日上午7:30，穆塘林场场部集合，测试在林场防火道进行。
二、测试项目：负重3公里山地行走、攀爬坡道。
三、注意事项：
1.测试地点在林区，蚊虫较多，考生可自备驱蚊液、驱蚊手环，着长袖长裤和防滑鞋。
2.测试当天气温较高，请考生自带饮用水，身体不适的应及时向考务人员报告。
3.考生须携带身份证，迟到15分钟以上的视为自动放弃。
颐川县人力资源和社会保障局
颐川县林业和草原局
2025年8月11日
""",
    ),
    dict(
        slug="tender-qingyang-inquiry-fly-paper-lots",
        site="卿阳公共资源交易网 (invented)",
        style="招投标网",
        genre="询价公告",
        kind="notice",
        form="html",
        source="https://ggzy.qingyang-x.gov.cn/jyxx/zfcg/xjgg/20250418/0091.html",
        title="卿阳县疾病预防控制中心病媒防制物资采购项目询价公告",
        record_title="〔询价函〕卿阳县疾病预防控制中心病媒防制物资采购项目询价公告｜卿阳公共资源交易网",
        date="2025-04-18",
        notes="tender portal: a countdown, CA and trading-system lines, an attachment link; a lots table; the "
        "purchaser's and the agency's contacts in the body next to the portal's CA hotline; 附件 list; date "
        "under the signatures",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〔询价函〕卿阳县疾病预防控制中心病媒防制物资采购项目询价公告｜卿阳公共资源交易网</title>
<script src="/static/jyxx/countdown.js"></script>
</head>
<body>
<div class="top">⟦m 卿阳公共资源交易网⟧ <a href="/login">⟦a 交易主体登录⟧</a> <a href="/reg">⟦a 主体注册⟧</a></div>
<div class="nav"><a href="/">⟦m 首页⟧</a> <a href="/jyxx/">⟦m 交易信息⟧</a> <a href="/zcfg/">⟦m 政策法规⟧</a> <a href="/fwzn/">⟦m 服务指南⟧</a></div>
<div class="loc">⟦m 交易信息 » 政府采购 » 询价公告⟧</div>
<div class="detail">
<h2>{T}</h2>
<div class="sub">⟦m 信息来源：卿阳县政府采购中心　发布时间：2025-04-18 16:20⟧</div>
<div class="countdown">⟦m 距报价截止还有：6天 17时 39分⟧</div>
<div class="con">
{BODY}
</div>
<div class="fj"><a href="/files/xj0091.zip">⟦a 询价文件（电子版）点击下载⟧</a></div>
</div>
<div class="service">⟦m CA证书办理及驱动咨询：400-780-3366⟧　⟦m 交易系统客服：0936-4455100⟧</div>
<div class="foot">⟦m 卿阳县公共资源交易中心 主办　陕ICP备19000456号⟧</div>
<script>Countdown.run("2025-04-25 09:00");</script>
</body>
</html>
""",
        body="""
卿阳县政府采购中心受卿阳县疾病预防控制中心委托，对病媒防制物资采购项目进行询价采购，欢迎符合条件的供应商参加。
一、项目编号：QYCG-2025-XJ031
二、采购内容：
包号　品名　数量　最高限价（元）
1　粘蝇纸（30×20厘米）　20000张　16000
2　粘蝇带（卷式）　5000卷　9000
3　灭蟑胶饵（10克装）　3000支　21000
三、报价截止时间：2025年4月25日9时00分。
采购人：卿阳县疾病预防控制中心，联系人：聂工，电话：0936-4412019。
采购代理机构：卿阳县政府采购中心，联系人：潘女士，电话：0936-4455167。
附件：询价文件
卿阳县政府采购中心
2025年4月18日
""",
    ),
    dict(
        slug="tender-shunhe-bid-result-pest-service-record",
        site="尧城市政府采购网 (invented)",
        style="招投标网",
        genre="中标公告",
        kind="notice",
        form="text",
        source="http://zfcg.yaocheng.gov.cn/cggg/zbgg/2025/0617/1551.html",
        title="舜河区老旧小区病媒生物防制服务项目中标结果公告",
        record_date="2025-06-17",
        date="2025-06-17",
        notes="title and date from the record; a procurement text page: a CA line, a disclaimer; the bid result as "
        "a table one row a paragraph",
        page="""
!m 尧城市政府采购网 > 采购公告 > 中标（成交）结果公告
{T}
!m 发布日期：2025-06-17　　阅读次数：318
{BODY}
!a 【打印公告】　【收藏公告】
!d 本网站公告信息由采购人或代理机构提供，其真实性由发布者负责。
!m 数字证书服务：0931-8880766　　尧城市财政局主办
""",
        indent="\u3000\u3000",
        body="""
一、项目编号：YCSH-2025-0447
二、项目名称：舜河区老旧小区病媒生物防制服务项目
三、中标信息
包号　服务范围　中标单位　中标金额（万元）
1　颐景、卉泉等8个社区　尧城市洁安有害生物防制有限公司　38.6
2　穆家巷等6个社区　尧城卫康环境服务有限公司　29.4
四、主要服务内容：楼道及公共区域灭蟑、灭鼠，每月投放灭蟑胶饵和毒饵盒一次，每季度开展一次密度监测。
五、公告期限：自本公告发布之日起1个工作日。
六、采购人：尧城市舜河区爱国卫生运动委员会办公室，联系电话：0931-8623105。
""",
    ),
    dict(
        slug="lawfirm-jiangxing-universal-remote-gift-answer",
        site="蒋邢律师事务所 (invented)",
        style="律所网站",
        genre="法律问答",
        kind="other",
        form="html",
        source="https://www.jiangxinglaw.com/dayi/20251029-66.html",
        title="买遥控器套送的“万能遥控器”用不了，商家要担责吗？",
        record_title="律师信箱丨买遥控器套送的“万能遥控器”用不了，商家要担责吗？—蒋邢律师事务所",
        date=None,
        notes="law firm: a lawyer card, a consult float, a 400 line and a 本文链接 block; a lawyer's answer with no "
        "date (an update stamp only)",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>律师信箱丨买遥控器套送的“万能遥控器”用不了，商家要担责吗？—蒋邢律师事务所</title>
<script src="/assets/js/site.js"></script>
</head>
<body>
<header>⟦m 蒋邢律师事务所 · 消费维权与合同纠纷⟧ ⟦m 全国咨询热线 400-866-2170⟧</header>
<nav><a href="/">⟦m 首页⟧</a> <a href="/team/">⟦m 律师团队⟧</a> <a href="/dayi/">⟦m 律师答疑⟧</a> <a href="/anli/">⟦m 成功案例⟧</a> <a href="/lianxi/">⟦m 联系我们⟧</a></nav>
<main>
<h1>{T}</h1>
<p class="meta">⟦m 栏目：律师答疑　更新：上月　阅读 1147⟧</p>
<div class="lawyer-card">⟦m 解答律师：邢卓然　执业证号 16201201810476⟧</div>
<div class="answer">
{BODY}
</div>
<div class="permalink">⟦m 本文地址：https://www.jiangxinglaw.com/dayi/20251029-66.html⟧</div>
<div class="more">⟦l 相关答疑：网购商品与描述不符，七天无理由能退吗？⟧</div>
</main>
<div class="consult-float">⟦w 遇到消费纠纷？留下手机号，律师15分钟内回电⟧</div>
<footer>⟦d 答疑内容仅为一般性法律信息，不构成对具体案件的法律意见⟧　⟦m 蒋邢律师事务所 版权所有 甘ICP备20007731号⟧</footer>
</body>
</html>
""",
        body="""
问：我在网店买了一套遥控器套，页面写着“加购即送万能遥控器，家中空调电视通用”。收到后送的遥控器和我家空调根本对不上码，商家说赠品不保修，这合理吗？
答：不合理。赠品虽然是免费的，但它是商家为促销而提供的，同样属于经营者提供的商品。按照《消费者权益保护法》和有关网络交易规定，经营者对赠品的质量同样负有保证义务，不能以“赠品不保修”为由免责。
本案中，商家宣称“空调电视通用”，实际却无法使用，还可能构成虚假宣传。建议您保留商品页面截图和聊天记录，先与商家协商退换；协商不成的，可以向平台投诉，或者拨打12315反映。
""",
    ),
    dict(
        slug="lawfirm-yinzhuo-risk-letter-band-labels",
        site="殷卓律师事务所 (invented)",
        style="律所网站",
        genre="函",
        kind="letter",
        form="text",
        source="https://www.yinzhuolaw.cn/article/risk/2025/0530.html",
        title="关于驱蚊手环标签标识合规的风险提示函",
        record_title="【合规提示】关于驱蚊手环标签标识合规的风险提示函 - 殷卓律师事务所",
        date="2025-05-28",
        notes="a law firm's letter to retailers as text: the firm's 400 line and consult prompt in the chrome; a "
        "numbered list; 成文日期 under the firm's signature; the firm's name also opens the page (head)",
        page="""
!m 殷卓律师事务所
!m 首页 > 合规观察 > 风险提示
{T}
!m 作者：殷卓律师事务所消费品合规团队　　阅读：782
!w 需要一对一合规审查？拨打 400-118-6230 预约合伙人面谈
{BODY}
!l 推荐阅读：电商平台“极限词”处罚案例汇编
!d 本文仅供一般参考，不构成正式法律意见；转载请注明出处。
!m 殷卓律师事务所 版权所有 ©2025
""",
        indent="\u3000\u3000",
        body="""
致尧城市各母婴用品经营者：
近期，市场监管部门在抽检中发现多批次驱蚊手环标签不规范。为帮助各经营者防范法律风险，本所提示如下：
一、驱蚊手环属于卫生杀虫剂，应当取得农药登记证，标签上须标明登记证号、有效成分及含量、生产企业和使用方法。
二、不得使用“纯天然”“零刺激”“婴儿可用”等无法证明的用语。
三、进货时应查验供货商资质和产品登记证，并保存进货票据不少于两年。
如对标签合规有疑问，可与本所联系。
殷卓律师事务所
2025年5月28日
""",
    ),
]

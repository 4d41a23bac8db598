"""holdout356, part D: 地方论坛, 资料下载站, 人事考试网, 招投标网, 律所网站 (one HTML and one text page each).

Invented text, sites, places and chrome; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="localforum-rongchuan-hotpot-corner-jammer-no-title",
        site="戎川生活网 (invented county forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.rcshw.com/thread-1180442-1-1.html",
        title="尹桥路一家火锅店桌角太尖，孩子眉骨磕破了",
        record_title=None,
        date=None,
        notes="county forum with jammer-font junk; no title in the record (the thread subject); weather line, medals, a decoration ad with a QQ and a forward-to-bureau link; relative post time (no date)",
        page="""
<html><head><meta charset="gbk">
<title>戎川生活网 - 戎川人自己的论坛</title>
<style>.jammer{display:none}</style>
<script src="/data/cache/rcshw_forum.js?Qz7"></script>
</head><body>
<div class="top">⟦m 戎川生活网⟧　⟦m 今日戎川 多云转晴 14～23℃⟧　<a>⟦a 登录⟧</a> <a>⟦a 注册⟧</a></div>
<div class="nav">⟦m 戎川生活网 › 百姓话题 › 投诉曝光⟧</div>
<h1 id="thread_subject">{T}</h1>
<table class="post"><tr>
<td class="author"><p>⟦m 尹桥老汉⟧</p><p>⟦m 勋章：热心网友 · 十年老友⟧</p><p>⟦m 帖子 1203　金币 3870⟧</p></td>
<td class="msg"><div class="time">⟦m 发表于 6 天前　来自手机⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="reply">⟦a 已有 58 人回复　我也说两句⟧</div>
<div class="zhuanjiao">⟦a 本帖已转交戎川县市场监督管理局处理 ▸ 查看办理进度⟧</div>
</td></tr></table>
<div class="ad">⟦w 家装找雄峰装饰，老房翻新整体报价 QQ 309218771⟧</div>
<div class="hot">⟦l 本版热帖：尹桥路夜市占道又回来了？ ｜ 县医院停车难谁来管⟧</div>
<div class="ft">⟦m 戎川生活网 rcshw.com　蜀ICP备15008817号　站务QQ群 71830562⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=2),
        body="""
上周六晚上带孩子去尹桥路一家火锅店吃饭，店里的桌子是新换的大理石台面，四个角又方又尖。孩子三岁，吃完饭在桌边转了一圈，脚下一滑，眉骨正好磕在桌角上，当场就流了血。
连夜去县医院缝了三针。医生说再往下一点就伤到眼睛了，想起来都后怕。
事后我找店里，老板态度还算可以，出了医药费，也答应给桌角装上保护套。可是我转了一圈发现，尹桥路上好几家饭店都是这种尖角桌，没有一家装了防护。
希望有关部门管一管，也提醒各位家长，带小孩在外面吃饭一定要盯紧点。
""",
    ),
    dict(
        slug="localforum-taowan-tart-shop-new-moulds-junk",
        site="萄湾在线 (invented township forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="http://www.taowanzx.com/bbs/thread-30917-1-1.html",
        title="萄湾老街那家蛋挞铺换了新模具，味道还是原来的味道吗？",
        record_title="[吃在萄湾] 萄湾老街那家蛋挞铺换了新模具，味道还是原来的味道吗？ - 美食版 - 萄湾在线",
        date=None,
        notes="township forum thread with junk lines and junk glued after 。; relative time only; replies and a local ad",
        page="""
!m 萄湾在线 — 萄湾人的网上家园
!m 萄湾在线 › 美食版 › 帖子详情
!t [吃在萄湾] 萄湾老街那家蛋挞铺换了新模具，味道还是原来的味道吗？
!m 楼主 蘑坪小萄　前天 19:05　浏览 2230
{BODY}
!a 回复本帖　分享到朋友圈
!l 2# 老街口的风：味道没变，就是个头小了一圈
!l 3# 仟岭来的：周末专门开车去买，排了半小时队
!l 4# 萄湾吃货团：下次约起来
!w 萄湾同城跑腿代买，微信 twpaotui8 随叫随到
!m 萄湾在线 站长信箱 admin@taowanzx.com
""",
        junk=dict(lines=1, glued=3),
        body="""
老街口那家开了快三十年的蛋挞铺，上个月重新装修了。老板说原来的铁皮模子都锈得不成样子，这次全换成了不锈钢的新模具，烤炉也换了电的。
我昨天特意去买了一盒。挞皮还是那么酥，一咬掉渣，蛋浆也还是以前的嫩。不过个头比以前小了一点，价格从两块五涨到了三块。
老板娘说，新模具受热更均匀，烤出来的挞底不容易焦，就是口径比老模子小了两毫米。她还说，老模子舍不得扔，挑了几只好的挂在店里墙上做个念想。
大家最近去买过没有？觉得味道变了没？
""",
    ),
    dict(
        slug="download-wenjiang-contract-template-grinders-gb2312",
        site="文匠下载站 (invented download station, old table layout)",
        style="资料下载站",
        genre="合同范本",
        kind="other",
        form="html",
        source="http://www.wenjiangxz.com/soft/hetong/20417.html",
        title="调味研磨器采购合同",
        title_also=["调味研磨器采购合同（范本）"],
        record_title="调味研磨器采购合同（范本）｜Word可直接填写_文匠下载站",
        date=None,
        notes="download station's file-info table, three download links, unzip password and dead-link report; a contract template with ×× placeholders, ＿＿ blanks, ＿＿＿＿年＿＿月＿＿日 and 第N条 articles; no date",
        page="""
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>调味研磨器采购合同（范本）｜Word可直接填写_文匠下载站</title>
<script src="/js/down.js"></script>
</head><body>
<table width="980" align="center"><tr>
<td>⟦m 文匠下载站⟧</td><td>⟦m 合同文书 · 表格模板 · 办公软件一站下载⟧</td><td>⟦a 加入收藏⟧ ⟦a 设为主页⟧</td></tr></table>
<table width="980" align="center"><tr><td>⟦m 当前位置：文匠下载站 → 合同文书 → 买卖合同⟧</td></tr></table>
<table width="980" align="center" class="info">
<tr><td colspan="2"><h1>{T}</h1></td></tr>
<tr><td>⟦m 资料大小：27.6 KB⟧</td><td>⟦m 资料语言：简体中文⟧</td></tr>
<tr><td>⟦m 授权方式：免费资料⟧</td><td>⟦m 更新时间：2 天前⟧</td></tr>
<tr><td>⟦m 运行环境：WPS / Office⟧</td><td>⟦m 下载热度：★★★★☆⟧</td></tr>
</table>
<table width="980" align="center"><tr><td class="jianjie">
<div>⟦m 资料简介：⟧</div>
{BODY}
</td></tr></table>
<table width="980" align="center" class="down"><tr><td>
⟦a 下载地址一：电信高速下载⟧<br>⟦a 下载地址二：联通高速下载⟧<br>⟦a 下载地址三：文匠本地下载⟧<br>
⟦m 解压密码：www.wenjiangxz.com⟧<br>
⟦a 下载链接失效？点此报告死链⟧
</td></tr></table>
<table width="980" align="center"><tr><td>
⟦d 本站资料均来自网络收集，仅供学习交流，如需商用请自行修改完善⟧<br>
⟦m Copyright 2011-2025 文匠下载站 浙ICP备11036721号⟧
</td></tr></table>
</body></html>
""",
        body="""
甲方（采购方）：××××××××
乙方（供货方）：××××××××
根据《中华人民共和国民法典》及有关法律法规，甲乙双方经平等协商，就甲方向乙方采购调味研磨器事宜，订立本合同。
第一条　产品名称、规格、数量和价格：手动调味研磨器，磨芯材质为＿＿＿＿，数量＿＿＿＿只，单价＿＿＿＿元，合同总价人民币＿＿＿＿＿＿元（大写：＿＿＿＿＿＿＿＿）。
第二条　质量要求：产品应符合食品接触用材料及制品有关国家标准，乙方交货时应提供同批次产品检验合格报告。
第三条　交货时间和地点：乙方应于＿＿＿＿年＿＿月＿＿日前将产品送至××××××，运费由乙方承担。
第四条　验收：甲方收货后＿＿日内进行验收，发现磨芯崩裂、调节失灵或异味的，乙方应无条件更换。
第五条　付款方式：验收合格后＿＿个工作日内，甲方一次性支付合同款。
第六条　违约责任：乙方逾期交货的，每逾期一日按合同总价的＿＿%支付违约金。
第七条　本合同一式两份，甲乙双方各执一份，自双方签字盖章之日起生效。
甲方（盖章）：＿＿＿＿＿＿　　乙方（盖章）：＿＿＿＿＿＿
签订日期：＿＿＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="download-bangong-plan-napkin-training-doc-glued-markers",
        site="办公素材站 (invented download station, text view)",
        style="资料下载站",
        genre="工作方案",
        kind="plan",
        form="text",
        source="https://www.bgsucai.com/fangan/peixun/11872.html",
        title="酒店宴会摆台技能培训方案",
        record_title="酒店宴会摆台技能培训方案.doc",
        date="2025-04-02",
        notes="file name as the record title; page markers ⇍n⇏ glued to the continuation line cut sentences; signature date; download buttons and a points prompt",
        page="""
!m 办公素材站 - 方案·表格·PPT素材免费下
!m 首页 / 方案范文 / 培训方案
!t 酒店宴会摆台技能培训方案.doc
!m 文件类型：DOC　大小：41KB　下载积分：2　更新：昨天
!a ↓ 立即下载（普通会员） ↓ 高速下载（VIP会员）
!m 内容预览：
{BODY}
!a 预览只显示部分页面，完整内容请下载后查看
!l 猜你需要：酒店前厅服务培训计划.doc｜客房部新员工培训方案.doc
!d 素材版权归原作者所有，如有侵权请联系站长删除。
""",
        indent="\u3000\u3000",
        pages=dict(fmt="⇍{n}⇏", every=100, start=2, glue=True),
        body="""
为提升餐饮部员工宴会服务水平，迎接下半年的婚宴和会议接待旺季，餐饮部决定组织开展宴会摆台技能培训，特制定本方案。
一、培训对象。餐饮部宴会厅、中餐厅全体服务员及领班，共计46人。
二、培训内容。一是中餐宴会摆台的标准流程，包括铺台布、摆骨碟、摆餐具和酒具；二是餐巾折花和餐巾环的摆放规范，要求整桌餐巾环的店徽朝向一致、与骨碟中线对齐；三是席间服务和撤台要求。
三、培训安排。4月8日至4月30日，每周二、周四下午2:30至4:30在宴会厅集中培训，共7次；5月上旬组织实操考核，考核成绩与岗位等级挂钩。
四、有关要求。各班组要合理排班，确保参训人员按时参加；培训期间使用的餐巾环、台布等物品由管事部统一发放，培训结束后清点归还。
亨阳饭店餐饮部
2025年4月2日
""",
    ),
    dict(
        slug="exam-hengyang-skills-notice-napkin-timetable-ticket",
        site="亨阳市人事考试网 (invented personnel-exam site)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.hyrsks.cn/ksxx/zyjn/202505/t20250507_6613.html",
        title="关于2025年上半年餐厅服务员职业技能等级认定实操考核有关事项的通知",
        record_title="〔技能认定·考务〕关于2025年上半年餐厅服务员职业技能等级认定实操考核有关事项的通知_亨阳市人事考试网",
        date="2025-05-06",
        date_also=["2025-05-07"],
        notes="exam site: maintenance banner and admission-ticket float; a timetable one row a paragraph; downloading and printing the 准考证 spoken of as content; the centre's own 咨询电话 beside the site's system line; portal date differs (also accepted)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>〔技能认定·考务〕关于2025年上半年餐厅服务员职业技能等级认定实操考核有关事项的通知_亨阳市人事考试网</title>
<script src="/js/ks-float.js"></script>
</head><body>
<div class="ks-banner">⟦d 系统升级提示：5月10日0:00至6:00报名系统暂停服务，给您带来不便敬请谅解⟧</div>
<div class="ks-head">⟦m 亨阳市人事考试网⟧ ⟦m 亨阳市人事考试中心主办⟧</div>
<div class="ks-nav">⟦m 首页　考试信息　报名入口　成绩查询　证书领取⟧</div>
<div class="ks-pos">⟦m 您现在的位置：首页 » 考试信息 » 职业技能⟧</div>
<h2>{T}</h2>
<div class="ks-date">⟦m 发布日期：2025-05-07　信息来源：考务科⟧</div>
<div class="ks-body">
{BODY}
</div>
<div class="ks-float">⟦a 准考证打印入口 ›⟧</div>
<div class="ks-share">⟦l 分享：微信 | QQ | 复制本页地址⟧</div>
<div class="ks-foot">⟦m 亨阳市人事考试中心　地址：昼湖区文华路21号⟧<br>⟦m 报名系统技术支持：0836-2268090（仅解答系统操作问题）⟧</div>
</body></html>
""",
        body="""
各有关考生：
2025年上半年餐厅服务员职业技能等级认定实操考核定于5月24日至25日举行。现将有关事项通知如下。
一、考核安排。
级别　日期　时间　考核内容
五级（初级）　5月24日　8:30—11:30　中餐摆台（含餐巾折花、餐巾环摆放）
四级（中级）　5月24日　14:00—17:00　中餐宴会摆台与斟酒服务
三级（高级）　5月25日　8:30—11:30　主题宴会台面设计
二、准考证。考生请于5月20日至23日登录报名系统下载并打印准考证，凭准考证和身份证参加考核。
三、考核地点。亨阳职业技术学院实训楼三楼中餐宴会实训室。
四、注意事项。考生须着工作服、黑色平底鞋，长发盘起；考核所需台布、餐具、餐巾和餐巾环由考点统一提供，考生不得自带。
咨询电话：0836-2268311（工作日9:00—17:00）。
亨阳市人事考试中心
2025年5月6日
""",
    ),
    dict(
        slug="exam-rongchuan-canteen-recruit-riceball-practical",
        site="戎川县人事考试中心 (invented personnel-exam site, text view)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://rsks.rongchuan.gov.cn/gg/2025/0613/117.html",
        title="戎川县2025年公开招聘中小学食堂工作人员实操考核公告",
        date="2025-06-13",
        notes="title as the record gives it; a practical test that asks candidates to make rice balls with moulds; the centre's own 咨询电话; signature date; a maintenance banner and entry float",
        page="""
!d 【提示】因机房搬迁，6月15日晚间本网站可能短时无法访问
!m 戎川县人事考试中心
!m 首页 > 公告公示
{T}
!m 日期：2025-06-13　点击：3028
!a 【打印公告】【关掉本页】
{BODY}
!a ▶ 实操考核准考证下载入口
!l 相关公告：戎川县2025年公开招聘中小学食堂工作人员资格复审结果公示
!m 戎川县人力资源和社会保障局主办　蜀ICP备08024413号-6
""",
        indent="\u3000\u3000",
        body="""
根据《戎川县2025年公开招聘中小学食堂工作人员公告》，经资格复审，现将实操考核有关事项公告如下。
一、考核时间和地点。6月21日上午8:30开始，在戎川县职业中专烹饪实训楼进行。考生须于8:00前到达考点，凭身份证和准考证进入考场。
二、考核内容。考核时间40分钟，满分100分。考生使用考点提供的大米、馅料和饭团模具，现场完成米饭蒸制、馅料装填和饭团压制，制作三角饭团和圆形饭团各10个，并按要求装盒。评分重点为操作规范、卫生要求、成品大小一致和出品速度。
三、其他事项。考生须自备工作帽和口罩，不得携带手机进入考场。实操考核成绩在考核结束后3个工作日内公布。
咨询电话：0836-4171025。
戎川县人力资源和社会保障局
2025年6月13日
""",
    ),
    dict(
        slug="tender-hengyang-bid-result-baking-lab-lots",
        site="亨阳市公共资源交易网 (invented tender platform)",
        style="招投标网",
        genre="中标结果公告",
        kind="notice",
        form="html",
        source="https://ggzy.hengyang-city.cn/jyxx/zfcg/zbgg/20250709/88120.html",
        title="亨阳职业技术学院烘焙实训室器具采购项目中标结果公告",
        record_title="【中标·结果】亨阳职业技术学院烘焙实训室器具采购项目中标结果公告-亨阳市公共资源交易网",
        date="2025-07-09",
        notes="tender platform: publicity countdown, CA and trading-system lines; a lots table one row a paragraph; purchaser and agency contacts beside the platform's lines; signature date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>【中标·结果】亨阳职业技术学院烘焙实训室器具采购项目中标结果公告-亨阳市公共资源交易网</title>
<script src="/static/js/countdown.js"></script>
</head><body>
<div class="jy-top">⟦m 亨阳市公共资源交易网⟧ ⟦a 主体登录⟧ ⟦a CA证书办理⟧</div>
<div class="jy-nav">⟦m 首页　交易信息　政府采购　工程建设　服务指南⟧</div>
<div class="jy-pos">⟦m 交易信息 > 政府采购 > 中标（成交）结果⟧</div>
<h3>{T}</h3>
<div class="jy-meta">⟦m 信息时间：2025-07-09　浏览：316　项目编号：HYCG-2025-0712⟧</div>
<div class="jy-cd">⟦m 公示期剩余：6天 03时 41分⟧</div>
<div class="jy-body">
{BODY}
</div>
<div class="jy-help">⟦m CA数字证书服务热线：0836-2239666⟧<br>⟦m 交易系统操作咨询：0836-2239555（工作日）⟧</div>
<div class="jy-foot">⟦m 亨阳市公共资源交易中心　版权所有⟧</div>
</body></html>
""",
        body="""
一、项目编号：HYCG-2025-0712
二、项目名称：亨阳职业技术学院烘焙实训室器具采购项目
三、中标结果：
包号　货物名称　中标供应商　中标金额（元）
1　蛋挞模、蛋糕模等烘焙模具　亨阳汉桥厨具有限公司　86,400.00
2　商用烤箱及醒发箱　丕山县萄湾焙器有限公司　312,800.00
3　操作台及货架　亨阳昼湖钢制家具厂　97,500.00
四、主要标的信息：第1包含不锈钢蛋挞模600只、硅胶蛋挞模400只、阳极氧化蛋糕模120只，交货期为合同签订后20日内。
五、公告期限：自本公告发布之日起1个工作日。
六、联系方式：
采购人：亨阳职业技术学院，联系人：萄老师，电话：0836-2251306。
采购代理机构：亨阳恒信招标代理有限公司，联系人：雄工，电话：0836-2237718。
亨阳恒信招标代理有限公司
2025年7月9日
""",
    ),
    dict(
        slug="tender-pishan-inquiry-corner-guards-kindergarten",
        site="丕山县政府采购网 (invented procurement site, text view)",
        style="招投标网",
        genre="询价公告",
        kind="notice",
        form="text",
        source="http://zfcg.pishan.gov.cn/cggg/xjgg/202504/t20250415_2280.html",
        title="丕山县机关幼儿园桌角防护套询价采购公告",
        date="2025-04-15",
        notes="title as the record gives it; downloading the inquiry file spoken of as content; purchaser and agency contacts beside the platform's CA line; signature date",
        page="""
!m 丕山县政府采购网
!m 首页 >> 采购公告 >> 询价公告
{T}
!m 发布时间：2025-04-15　阅读次数：188
{BODY}
!a 〖附件〗询价文件（丕山机幼桌角防护）.zip　点击下载
!m 电子卖场CA办理及驱动问题请致电：0836-7300880
!m 丕山县财政局主办　丕山县政府采购网维护
""",
        indent="\u3000\u3000",
        body="""
丕山县机关幼儿园拟对幼儿活动室桌角防护套进行询价采购，欢迎符合资格条件的供应商参加报价。
一、项目编号：PSCG-XJ-2025-031。
二、采购内容：食品级硅胶桌角防护套2600个，要求无异味、粘贴牢固、边缘圆润，颜色为浅灰或米白；并负责上门安装。
三、预算金额：1.56万元。
四、报价要求：供应商请于4月16日起在本网站下载询价文件，按要求填写报价单，于4月22日上午10:00前密封送达丕山县机关幼儿园总务室，逾期不予受理。
五、联系方式：
采购人：丕山县机关幼儿园，联系人：汉老师，电话：0836-7321806。
采购代理机构：丕山县公共采购服务中心，联系人：尹工，电话：0836-7301277。
丕山县公共采购服务中心
2025年4月15日
""",
    ),
    dict(
        slug="lawfirm-hengzheng-letter-grinder-false-claims",
        site="亨正律师事务所 (invented law-firm site)",
        style="律所网站",
        genre="律师函",
        kind="other",
        form="html",
        source="https://www.hengzhenglaw.cn/wenshu/2025/0618/lsh-77.html",
        title="关于停止使用“全陶瓷磨芯”不实宣传用语的律师函",
        record_title="【发函参考】关于停止使用“全陶瓷磨芯”不实宣传用语的律师函｜亨正律所",
        date="2025-06-18",
        notes="law firm: lawyer card, consult float, a 400 line and a repost notice; the letter's signature date; a consult prompt glued after a sentence",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>【发函参考】关于停止使用“全陶瓷磨芯”不实宣传用语的律师函｜亨正律所</title>
<script src="/assets/js/consult-float.js"></script>
</head><body>
<div class="hz-top">⟦m 亨正律师事务所⟧ ⟦m 公司法务 · 产品责任 · 知识产权⟧ ⟦w 全国咨询热线 400-812-6630⟧</div>
<div class="hz-nav">⟦m 首页　律所介绍　专业团队　文书参考　典型案例　联系我们⟧</div>
<div class="hz-pos">⟦m 首页 > 文书参考 > 律师函⟧</div>
<h1>{T}</h1>
<div class="hz-info">⟦m 整理：亨正律所产品责任团队　阅读 1,082⟧</div>
<div class="hz-con">
{BODY}
</div>
<div class="hz-card">⟦m 承办律师：尹思远　执业证号 15106202010443218　擅长：产品质量与消费纠纷⟧</div>
<div class="hz-float">⟦w 在线律师　5分钟内回复⟧</div>
<div class="hz-note">⟦d 本站文书经脱敏处理，仅供参考，转载请注明出自亨正律所⟧</div>
<div class="hz-foot">⟦m 亨正律师事务所　地址：亨阳市昼湖区金融街8号⟧</div>
</body></html>
""",
        body="""
致：亨阳市昼湖区某某厨具经营部
亨正律师事务所接受亨阳汉桥厨具有限公司（以下简称“委托人”）的委托，指派本所尹思远律师，就贵方在网店销售研磨器时使用不实宣传用语一事，郑重致函如下：
经委托人核实，贵方在网店商品页面中宣称所售手动研磨器为“全陶瓷磨芯，一百年不磨损”，并使用委托人的产品检测报告作为宣传图片。经委托人购买样品拆解，该研磨器磨芯实为塑料外圈嵌陶瓷片，与宣传不符。⟦w 遇到类似纠纷？点此免费咨询产品责任律师⟧
贵方上述行为涉嫌构成虚假宣传，并侵害委托人的合法权益。请贵方自收到本函之日起三日内删除上述宣传用语和图片，并书面回复本所。逾期未处理的，委托人将依法追究贵方法律责任。
特此函告。
亨正律师事务所
律师：尹思远
2025年6月18日
""",
    ),
    dict(
        slug="lawfirm-wayang-answer-restaurant-corner-injury",
        site="娲阳律师在线 (invented law-firm consulting site)",
        style="律所网站",
        genre="法律问答",
        kind="other",
        form="text",
        source="https://www.walvshi.com/wenda/389120.html",
        title="孩子在餐厅撞到桌角受伤，商家要担责吗？",
        record_title="普法问答 · 孩子在餐厅撞到桌角受伤，商家要担责吗？｜娲阳律师在线",
        date=None,
        notes="a law firm's answer; no date (relative time only); lawyer card, consult prompts and a not-legal-advice notice",
        page="""
!m 娲阳律师在线 · 娲阳县明衡律师事务所
!m 首页 › 普法问答 › 人身损害
!t 普法问答 · 孩子在餐厅撞到桌角受伤，商家要担责吗？
!m 网友提问于 3 周前　｜　1 位律师解答
!m 明衡所 邯静律师　执业9年　已帮助 2,100 人
{BODY}
!w 案情不一样？一对一咨询邯律师：0836-6620519
!a 我也要提问　　查看更多人身损害问答
!d 以上解答基于提问者描述，不构成正式法律意见。
""",
        indent="\u3000\u3000",
        body="""
您好，根据您描述的情况，商家可能需要承担一部分责任，但要看具体情形。
餐厅作为经营场所的管理者，对进店消费的顾客负有安全保障义务。如果餐桌桌角明显尖锐，又是在儿童经常活动的区域，商家没有加装保护套、也没有提醒，可以认为其未尽到合理的安全保障义务，应当承担相应的赔偿责任。
同时，家长作为孩子的监护人，也有看护义务。如果孩子是在无人看管的情况下奔跑撞伤的，家长也要承担一部分责任，法院一般会根据双方过错大小确定比例。
建议您保留好就诊病历、医疗费票据和事发现场的照片，先与商家协商；协商不成的，可以向当地消费者协会投诉，或者向法院起诉。
""",
    ),
]

"""holdout337, part D: 地方论坛, 资料下载站, 人事考试网, 招投标网, 律所网站. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="localforum-wankou-feeding-point-boards-jammer-html",
        site="涴口论坛 (invented county forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.wankou.net/forum.php?mod=viewthread&tid=1170443",
        title="小区喂猫点的猫抓板又被人扔了，到底碍着谁了？",
        record_title=None,
        date=None,
        notes="no title in the record: the thread subject; county forum with a weather line, medals, a decoration ad, "
        "an official-reply link and jammer-font junk; '2 天前' is no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="gbk"><title>涴口论坛 - 涴口人自己的网上家园</title>
<style>.jammer{display:none}</style><script src="data/cache/common.js?v=Wk2"></script></head>
<body>
<div id="toptb">⟦m 涴口论坛⟧ ⟦m 今天 涴口镇 多云 9~17℃ 空气良⟧ ⟦a 登录⟧ ⟦a 快速注册⟧</div>
<div id="pt">⟦m 涴口论坛 › 家长里短 › 小区那些事⟧</div>
<div class="ad-top">⟦w 涴口安居装饰：老房翻新 免费上门量房 0597-7739966⟧</div>
<div class="thread"><h1 id="thread_subject">{T}</h1>
<div class="authi">⟦m 东门老许　发表于 2 天前　查看 2404　回复 63⟧ ⟦m 勋章：热心网友 · 十年老坛友⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="official">⟦l 【官方回复】本帖已转交涴口镇社区事务办，点此查看处理进度⟧</div>
<div class="po">⟦a 支持 反对 收藏 分享到朋友圈⟧</div></div>
<div class="replies"><p>⟦l 2楼 豆豆爸：支持楼主，扔东西确实过分⟧</p><p>⟦l 3楼 匿名：猫多了晚上叫春也烦啊⟧</p></div>
<div id="fastpost">⟦a 发表回复前请先登录，文明发言，理性讨论⟧</div>
<div id="ft">⟦m 涴口论坛 Powered by Discuz!　茚ICP备13009287号-1⟧</div>
</body></html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=2),
        body="""
我们小区东门绿化带里有个喂猫点，是几个志愿者凑钱弄的，放了两个猫窝、三块猫抓板。
这个月已经是第二次了，猫抓板被人连窝一起扔进了垃圾桶。我问了保洁阿姨，她说是有业主投诉，说猫抓板招猫，物业就让清走了。
我想说几句。第一，喂猫点是跟物业报备过的，位置也是物业指定的，离单元门有二十多米。第二，猫抓板放在那里，猫才不去挠大家的电动车坐垫和门口的地垫。第三，有意见可以在业主群里说，直接扔东西算怎么回事？
希望物业出来说明一下，也希望大家能坐下来商量个办法。
""",
    ),
    dict(
        slug="localforum-yinchuan-night-market-nets-junk",
        site="茚川在线论坛 (invented county forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="https://bbs.yinchuan-online.com/t-338102.html",
        title="夜市捞鱼摊的网一碰就破，孩子哭了一路",
        record_title="[茚川杂谈] 夜市捞鱼摊的网一碰就破，孩子哭了一路 - 民生吐槽 - 茚川在线",
        date=None,
        notes="county forum post with junk lines and junk glued after 。; '前天' is no date; a weather line and an "
        "official-account reply; board and site suffixes in the record title",
        page="""
!m 茚川在线 · 茚川人的网上客厅
!m 今日茚川：小雨转阴　14~19℃
!m 茚川在线 › 民生吐槽 › 帖子
!t [茚川杂谈] 夜市捞鱼摊的网一碰就破，孩子哭了一路
!m 作者：小满她爸　发表于 前天 21:08　浏览 1688
{BODY}
!l 茚川在线官方号 回复：已转滨河夜市管理方核实，请留意后续回复。
!l 4楼　芒果不吃：去年我家也被坑过，网就跟卫生纸一样
!a 回复本帖需先绑定手机号
!m 茚川在线 yinchuan-online.com 客服QQ：80066231
""",
        junk=dict(lines=2, glued=2),
        body="""
周六带孩子去滨河夜市，孩子非要玩捞鱼。十块钱一把小鱼缸网，说好捞到几条带走几条。
结果网一沾水就软了，孩子刚兜住一条小金鱼，网底就破了个洞。连着买了三把，一把比一把薄，一条鱼也没捞上来，孩子哭了一路。
回来仔细看，网布是那种一扯就开的纸浆布，根本不是正常的尼龙网。我觉得这就是故意的，让你多买几把。
已经在12345上反映了，也提醒各位家长，玩之前先看看网，不结实的别买。
""",
    ),
    dict(
        slug="download-qianfan-procedure-heaters-doc-html",
        site="千帆资料下载站 (invented, old gb2312 table layout)",
        style="资料下载站",
        genre="操作规程",
        kind="other",
        form="html",
        source="http://www.qianfan-down.com/soft/2025/8807.html",
        title="观赏鱼养殖场温控棒安装与巡检操作规程",
        record_title="观赏鱼养殖场温控棒安装与巡检操作规程.doc",
        date=None,
        notes="download station in an old table layout: file-info table, three mirror links, an unzip password and a "
        "dead-link report; the procedure (decimal headings) is the 资料预览; no date",
        page="""
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>观赏鱼养殖场温控棒安装与巡检操作规程.doc - 千帆资料下载站</title>
<script language="javascript" src="/js/down.js"></script>
</head>
<body>
<table width="980" align="center" cellpadding="0" cellspacing="0">
<tr><td><font size="5" color="#0b4f8a"><b>⟦m 千帆资料下载站⟧</b></font> ⟦m 千帆过尽，资料都在⟧</td><td align="right">⟦a 设为首页⟧　⟦a 加入收藏⟧</td></tr>
<tr><td colspan="2" bgcolor="#0b4f8a">⟦m 首页 | 公文资料 | 规章制度 | 表格模板 | 合同范本 | 软件下载⟧</td></tr>
</table>
<table width="980" align="center" border="1" bordercolor="#cccccc" cellspacing="0">
<tr><td colspan="2" bgcolor="#eef4fb"><b>⟦t 观赏鱼养殖场温控棒安装与巡检操作规程.doc⟧</b></td></tr>
<tr>⟦m <td width="120">资料大小：</td><td>46 KB</td>⟧</tr>
<tr>⟦m <td>资料语言：</td><td>简体中文</td>⟧</tr>
<tr>⟦m <td>更新时间：</td><td>2 周前</td>⟧</tr>
<tr>⟦m <td>运行环境：</td><td>WPS / Word 2007 以上</td>⟧</tr>
<tr>⟦m <td>下载次数：</td><td>本周 58　总计 1409</td>⟧</tr>
<tr><td colspan="2"><b>⟦m 资料预览：⟧</b><br>
{BODY}
</td></tr>
<tr><td colspan="2">⟦a 下载地址：千帆电信下载　千帆联通下载　千帆备用下载⟧</td></tr>
<tr><td colspan="2"><font color="red">⟦a 解压密码：www.qianfan-down.com⟧</font>　⟦a 链接打不开？点这里报告死链⟧</td></tr>
</table>
<table width="980" align="center"><tr><td align="center">⟦d 本站资料均收集于网络，版权归原作者，仅供学习研究，下载后请于24小时内删除。⟧<br>⟦m 千帆资料下载站　湘ICP备11008204号⟧</td></tr></table>
</body></html>
""",
        p_html="{}<br>",
        body="""
1 适用范围
本规程适用于观赏鱼养殖场室内养殖池、暂养缸使用的温控棒的安装、巡检和更换。
2 安装
2.1 温控棒功率按水体选配，每100升水配备100瓦至150瓦。
2.2 温控棒应斜放或横放在水流经过处，棒体全部没入水中，距池底不少于5厘米。
2.3 电源须接入带漏电保护的专用回路，插头位置高于水面。
3 巡检
3.1 值班人员每日早晚各巡检一次，核对温度计读数与设定温度，误差超过1℃的及时报告。
3.2 发现棒体破裂、进水或指示灯异常的，先断电后取出。
4 更换
温控棒连续使用满两年应当更换，旧棒登记后交设备管理员统一处理。
""",
    ),
    dict(
        slug="download-fanbencang-contract-toothbrush-blanks",
        site="范本仓下载站 (invented)",
        style="资料下载站",
        genre="合同范本",
        kind="other",
        form="text",
        source="https://www.fanbencang.com/hetong/shangwu/50913.html",
        title="狗牙刷采购合同",
        record_title="〔商务合同·可填空〕狗牙刷采购合同 - 范本仓下载站",
        date=None,
        notes="a contract template with ×× placeholders, ＿＿ blanks and ＿＿＿＿年＿＿月＿＿日, 第N条 articles; "
        "file-info lines and a download button; no date",
        page="""
!m 范本仓下载站 — 合同范本 · 表格模板 · 规章制度
!m 当前：首页 > 合同范本 > 商务合同
!t 〔商务合同·可填空〕狗牙刷采购合同
!m 格式：DOCX　大小：18KB　授权：免费　添加：上周
!a ▼ 本地下载（Word版）　▼ 备用下载
{T}
{BODY}
!d 合同范本仅供参考，签订前请结合实际情况并咨询专业人士。
!l 相关范本：宠物食品经销合同　｜　宠物用品代加工协议　｜　电商平台供货合同
""",
        body="""
甲方（采购方）：××宠物用品有限公司
乙方（供货方）：＿＿＿＿＿＿＿＿
第一条　产品名称、规格、数量：双头狗牙刷，规格××型，数量＿＿＿＿支，单价＿＿＿＿元。
第二条　质量要求：刷毛应为软质尼龙丝，植毛拉力不低于××牛，刷柄无毛刺、无异味。
第三条　交货时间和地点：乙方应于＿＿＿＿年＿＿月＿＿日前将货物送至甲方指定仓库。
第四条　验收：甲方在收货后××日内按本合同约定验收，不合格产品由乙方负责退换。
第五条　付款方式：验收合格后＿＿日内，甲方支付全部货款。
第六条　本合同一式两份，甲乙双方各执一份，自双方签字盖章之日起生效。
甲方（盖章）：　　　　乙方（盖章）：
签订日期：＿＿＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="exam-xuzhou-aquarium-keeper-practical-html",
        site="勖州人事考试网 (invented personnel-exam site)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://www.xzrsks.gov.cn/ksgg/sydw/202507/t20250715_6120.html",
        title="2025年勖州市海洋馆公开招聘水族饲养员实操考核公告",
        record_title="〖实操考核〗2025年勖州市海洋馆公开招聘水族饲养员实操考核公告_勖州人事考试网",
        date="2025-07-14",
        date_also=["2025-07-15"],
        notes="personnel-exam site with a maintenance banner and an admission-ticket float; the announcement asks "
        "candidates to download and print the ticket (content); its 咨询电话 beside the site's technical line; page "
        "date differs from the 成文日期",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〖实操考核〗2025年勖州市海洋馆公开招聘水族饲养员实操考核公告_勖州人事考试网</title>
<script src="/res/js/ks.js"></script></head>
<body>
<div class="banner">⟦d 系统升级提示：本网站将于7月20日0:00—6:00停机维护，期间报名与打印功能暂停。⟧</div>
<div class="head">⟦m 勖州人事考试网⟧ ⟦m 勖州市人事考试中心⟧</div>
<div class="nav">⟦m 首页　考试公告　报名入口　成绩查询　政策法规⟧</div>
<div class="pos">⟦m 首页 &gt; 考试公告 &gt; 事业单位招聘⟧</div>
<div class="detail"><h2>{T}</h2>
<div class="info">⟦m 发布日期：2025-07-15　信息来源：勖州市海洋馆　浏览：4410⟧</div>
<div class="con">
{BODY}
</div></div>
<div class="float-zkz">⟦a 准考证打印入口 ›⟧</div>
<div class="foot">⟦m 勖州市人事考试中心　网站技术支持电话：0597-8811900（仅限网站故障）⟧<br>⟦m 闽ICP备07030455号-2⟧</div>
</body></html>
""",
        body="""
根据《2025年勖州市海洋馆公开招聘工作人员公告》，现将水族饲养员岗位实操考核有关事项公告如下：
一、考核时间：2025年7月26日上午8:30开始，按准考证上的分组时间入场。
二、考核地点：勖州市海洋馆后场培训中心。
三、考核内容：（一）使用鱼缸网在规定时间内将指定观赏鱼转移至暂养缸，考察操作规范和鱼体损伤情况；（二）增氧泵和温控棒的检查与安装；（三）水质简易检测。
四、考生须于7月22日至25日登录本网站下载并打印准考证，考核当天携带准考证和身份证原件。
五、考核用具由考点统一提供，考生不得自带网具。
咨询电话：0597-8811026（工作日）
勖州市海洋馆
2025年7月14日
""",
    ),
    dict(
        slug="exam-wenxi-scores-pump-practical-table",
        site="阌溪县人事考试信息网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://rsks.wenxi.gov.cn/cjgb/2025/0802/1033.html",
        title="阌溪县水产技术推广站招聘专业技术人员实操考核成绩公告",
        record_title="【成绩发布】阌溪县水产技术推广站招聘专业技术人员实操考核成绩公告 - 阌溪人事考试",
        date="2025-08-02",
        notes="a score table (one row a paragraph, cells apart by ideographic spaces); the task is an air-pump fault "
        "check; 成文日期 under the signature; score-query button and technical line as chrome",
        page="""
!m 阌溪县人事考试信息网
!m 首页 > 成绩公布
{T}
!m 发布人：考务科　发布于：2025-08-02　已阅 902 次
!a [成绩查询入口]　[打印公告]
{BODY}
!l 相关公告：阌溪县水产技术推广站招聘面试公告　｜　阌溪县2025年事业单位招聘体检通知
!m 阌溪县人事考试中心　网站技术电话：0597-5580012
""",
        indent="\u3000\u3000",
        body="""
根据招聘工作安排，阌溪县水产技术推广站专业技术岗位实操考核已于7月30日完成。考核内容为增氧泵故障排查与气路连接，满分100分。现将成绩公告如下：
准考证号　姓名　实操成绩
20250301　闵嘉树　86.5
20250302　卓以恒　79.0
20250304　韩沐青　91.0
20250305　缪亦舟　缺考
对成绩有异议的，请于公告之日起3个工作日内向阌溪县人力资源和社会保障局提出书面复核申请。
阌溪县人力资源和社会保障局
2025年8月2日
""",
    ),
    dict(
        slug="tender-linshui-bid-result-heaters-pumps-html",
        site="潾水县公共资源交易网 (invented tender portal)",
        style="招投标网",
        genre="中标结果公告",
        kind="notice",
        form="html",
        source="https://ggzy.linshui.gov.cn/jyxx/zfcg/zbgg/20250919/00913.html",
        title="潾水县中小学生物实验室器材采购项目（温控棒、增氧泵）中标结果公告",
        record_date="2025-09-19",
        date="2025-09-19",
        notes="tender portal with a countdown, CA and trading-system hotlines beside the purchaser's and agency's "
        "contacts; a result table; record title and date as given",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>潾水县中小学生物实验室器材采购项目（温控棒、增氧泵）中标结果公告</title>
<script src="/static/js/countdown.js"></script></head>
<body>
<div class="top">⟦m 潾水县公共资源交易网⟧ ⟦a 主体登录⟧ ⟦a 数字证书办理⟧</div>
<div class="menu">⟦m 首页　交易信息　政策法规　办事指南　诚信管理⟧</div>
<div class="loc">⟦m 交易信息 / 政府采购 / 中标（成交）结果⟧</div>
<div class="detail"><h3>{T}</h3>
<div class="info">⟦m 信息时间：2025-09-19　阅读次数：377⟧ ⟦m 公示剩余：0天 21小时 14分⟧</div>
<div class="content">
{BODY}
</div>
<div class="attach">⟦a 查看原公告及采购文件⟧</div></div>
<div class="help">⟦m CA锁办理及使用咨询：400-0597-118⟧ ⟦m 交易系统操作热线：0597-6600119⟧</div>
<div class="foot">⟦m 潾水县公共资源交易中心主办　闽ICP备17022651号⟧</div>
</body></html>
""",
        body="""
一、项目编号：LSCG-2025-0917
二、项目名称：潾水县中小学生物实验室器材采购项目（温控棒、增氧泵）
三、中标信息
包号　中标供应商　中标金额（元）
1包（温控棒）　勖州澜汐水族电器有限公司　86400.00
2包（增氧泵）　茚川澜泡电器有限公司　52800.00
四、公告期限：自本公告发布之日起1个工作日。
五、联系方式
采购人：潾水县教育局　联系人：鲍老师　电话：0597-6602130
采购代理机构：潾水正衡招标代理有限公司　联系人：晏工　电话：0597-6619087
潾水正衡招标代理有限公司
2025年9月19日
""",
    ),
    dict(
        slug="tender-yinchuan-inquiry-cat-boards-download",
        site="茚川采购信息网 (invented)",
        style="招投标网",
        genre="询价公告",
        kind="notice",
        form="text",
        source="http://cg.yinchuan.gov.cn/xjgg/2025/1009/5521.html",
        title="茚川县流浪动物救助站猫抓板及猫窝采购询价公告",
        record_title="〖询价·小额采购〗茚川县流浪动物救助站猫抓板及猫窝采购询价公告 - 茚川采购信息网",
        date="2025-10-09",
        notes="an items table, a sentence asking suppliers to download the inquiry file (content), the station's own "
        "contact beside the platform hotline; 成文日期 under the signature",
        page="""
!m 茚川采购信息网　|　阳光采购　公开透明
!m 首页 » 询价公告 » 服务类/货物类
!t 〖询价·小额采购〗茚川县流浪动物救助站猫抓板及猫窝采购询价公告
!m 发布时间：2025-10-09 15:20　截止还剩：6天
{BODY}
!a 【下载询价文件】【在线报价】
!m 平台服务热线：0597-7700116（工作日 8:30-17:30）
!m 茚川县财政局政府采购监督管理股 主办
""",
        body="""
茚川县流浪动物救助站就猫抓板及猫窝采购项目进行询价采购，欢迎合格供应商参加。
一、采购内容
品名　规格　数量
瓦楞纸猫抓板　45×25厘米　300块
剑麻立式猫抓柱　高80厘米　20个
防雨猫窝　中号　60个
二、供应商资格：具有独立承担民事责任的能力，近三年无重大违法记录。
三、报价时间：2025年10月10日至10月16日17:00前，逾期不予受理。
四、请有意向的供应商下载询价文件，按要求填写报价单后密封递交。
五、联系人：符女士，电话：0597-7720519
茚川县流浪动物救助站
2025年10月9日
""",
    ),
    dict(
        slug="lawfirm-diping-shared-toothbrush-case-html",
        site="砥平律师事务所 (invented law firm site)",
        style="律所网站",
        genre="案例分析",
        kind="other",
        form="html",
        source="https://www.diping-law.com/anli/xiaofei/2025/148.html",
        title="宠物店混用牙刷致狗狗感染，店家要担责吗？",
        record_title="宠物服务纠纷 ➤ 宠物店混用牙刷致狗狗感染，店家要担责吗？｜砥平律师事务所",
        date=None,
        notes="law firm case note: lawyer card, consult float, a 400 line, a 本文链接 block and a repost notice; "
        "bracketed section heads stay in the body; '更新于 2 天前' is no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>宠物服务纠纷 ➤ 宠物店混用牙刷致狗狗感染，店家要担责吗？｜砥平律师事务所</title>
<script src="/js/zx-float.js"></script></head>
<body>
<div class="hd">⟦m 砥平律师事务所⟧ ⟦m 砥砺执业 · 平正为民⟧ ⟦m 全国咨询热线：400-870-5597⟧</div>
<div class="nav">⟦m 首页　律所简介　律师团队　典型案例　普法文章　联系我们⟧</div>
<div class="crumb">⟦m 典型案例 &gt; 消费纠纷⟧</div>
<div class="art"><h1>{T}</h1>
<div class="meta">⟦m 更新于 2 天前　阅读 731⟧</div>
<div class="txt">
{BODY}
</div>
<div class="link">⟦m 本文链接：https://www.diping-law.com/anli/xiaofei/2025/148.html⟧</div>
<div class="zz">⟦d 本文由砥平律师事务所原创，转载请注明来源并保留链接。⟧</div></div>
<div class="card">⟦m 承办律师：付清越　执业证号：13509202010233457⟧ ⟦w 手机/微信：139-5977-0412⟧</div>
<div class="float-zx">⟦w 遇到类似纠纷？律师免费答疑，点我咨询⟧</div>
<div class="ft">⟦m 砥平律师事务所　地址：勖州市颍湄区江滨中路30号⟧ ⟦m 闽ICP备20031122号⟧</div>
</body></html>
""",
        body="""
【基本案情】市民郑女士将爱犬送到一家宠物店洗护，店员在洗护时用店里的公用狗牙刷给狗狗刷了牙。几天后，狗狗牙龈红肿、发热，经宠物医院诊断为口腔细菌感染，郑女士花去诊疗费2300元。她认为感染是宠物店混用牙刷造成的，要求赔偿，店家则称刷牙是免费赠送的服务。
【律师分析】宠物店提供洗护服务，与顾客之间成立服务合同关系。即便刷牙是“赠送”项目，店家也应尽到合理的卫生和安全义务。多只宠物混用同一把牙刷，明显违反行业通行的“一宠一刷”做法。如果郑女士能够证明感染与混用牙刷之间存在因果关系，店家应承担相应的赔偿责任。
【律师提示】消费者送宠洗护时，可以留存服务单据，必要时要求店家出示消毒记录。
""",
    ),
    dict(
        slug="lawfirm-mingheng-letter-infringing-boards",
        site="明衡律师事务所 (invented law firm site)",
        style="律所网站",
        genre="函",
        kind="other",
        form="text",
        source="http://www.mingheng-law.cn/wenshu/lvshihan/77.html",
        title="关于要求停止销售侵权猫抓板产品的律师函",
        record_title="〔函件示例〕关于要求停止销售侵权猫抓板产品的律师函｜明衡律所",
        date="2025-04-21",
        notes="a lawyer's letter published as an example: the firm's name is also the signature (head label); "
        "a consult prompt glued after a 。; 成文日期 under the signature",
        page="""
!m 明衡律师事务所
!m 文书示例 / 律师函
{T}
!m 整理：明衡律所知识产权部　浏览：1,106
{BODY}
!w 收到或需要发律师函？拨打 0597-8876602 找明衡律师
!l 上一篇：商标侵权警告函怎么写　｜　下一篇：收到律师函后该怎么办
!m 明衡律师事务所 版权所有　地址：勖州市颍湄区中山路118号
""",
        body="""
颍湄区喵趣宠物用品商行：
本所受蒇阳喵垫纸品有限公司（以下简称委托人）委托，就贵商行销售侵犯委托人外观设计专利权的猫抓板产品一事，致函如下：
委托人系“波浪形双层猫抓板”外观设计专利的权利人，该专利目前合法有效。经委托人调查，贵商行在网店销售的“云朵猫抓板”与上述专利外观高度近似。⟦w 侵权维权、专利咨询，请点右侧在线律师⟧
现特函告贵商行：自收到本函之日起五日内，停止销售上述产品，下架全部相关链接，并与本所联系协商后续事宜。否则，委托人将依法追究贵商行的法律责任。
特此函告。
明衡律师事务所
律师：严知微
2025年4月21日
""",
    ),
]

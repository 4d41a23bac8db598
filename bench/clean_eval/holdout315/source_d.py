"""holdout315, part D: 地方论坛, 资料下载站, 人事考试网, 招投标网, 律所网站 (one HTML and one text each).

Invented text, sites, places, people and numbers; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="localforum-ningping-egg-rack-maker-thread-subject",
        site="柠坪在线论坛 (invented, county forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="post",
        form="html",
        source="https://bbs.ningpingzx.com/thread-661027-1-1.html",
        title="沐田菜市场门口编竹蛋架的老爷子搬到哪去了",
        record_title=None,
        date=None,
        notes="county forum: no title in the record, the thread subject on the page; weather line, medals, "
        "a decoration ad QQ, an official-reply link; jammer fonts glued and as a line; posted 5 天前: no date",
        page="""
<html><head><meta charset="gbk"><title>柠坪在线论坛 - 柠坪人自己的网上家园</title></head><body>
<div class="weather">⟦m 柠坪今天 多云转晴 18~26℃ 空气良⟧</div>
<div id="hd">⟦m 柠坪在线论坛⟧ ⟦m 柠坪人自己的网上家园⟧ <a>⟦a 登录 ｜ 注册新账号⟧</a></div>
<div id="pt">⟦m 柠坪在线 › 柠坪杂谈 › 寻人寻物⟧</div>
<div class="ad">⟦w 旧房翻新、防水补漏找阿强　QQ 3318827⟧</div>
<table class="plhin"><tr>
<td class="pls"><p>⟦m 东门老街坊⟧</p><p>⟦m 勋章：老柠坪　热心坛友⟧</p></td>
<td class="plc">
<h1 class="ts"><span id="thread_subject">{T}</span></h1>
<div class="authi">⟦m 发表于 5 天前 ｜ 只看该作者 ｜ 查看 1836 ｜ 回复 27⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="gf">⟦l 申请官方回复⟧</div>
<div class="po">⟦a 回复　支持　收藏　分享　举报⟧</div>
</td></tr></table>
<div class="reply">⟦l 2楼 梧桐巷小李：好像在羚口桥头那边见过⟧</div>
<div id="ft">⟦m 柠坪在线论坛　赣ICP备12002281号　违法和不良信息举报：0795-7200110⟧</div>
<script src="data/cache/common.js"></script>
<script>var fid=37,tid=661027;</script>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=2),
        body="""
以前沐田菜市场东门口有位老爷子，天天坐在小板凳上编竹蛋架，一个十二格的卖十五块，编得又密又结实，我家那个用了快十年。
前几天想再买两个送人，去了发现门口改成了停车位，老爷子不见了。问了旁边卖豆腐的大姐，说是菜市场改造以后，流动摊位都不让摆了，老爷子好像搬到了羚口那边。
有没有哪位坛友知道他现在在哪里摆摊？或者县城里还有谁会编这种竹蛋架？先谢过了。
""",
    ),
    dict(
        slug="localforum-ningping-property-drain-plug-backflow-junk",
        site="柠坪在线论坛·业主之家 (invented)",
        style="地方论坛",
        genre="情况说明",
        kind="notice",
        form="text",
        source="http://bbs.ningpingzx.com/viewthread.php?tid=662218",
        title="关于一楼住户下水返水问题的情况说明",
        record_title="[物业说明] 关于一楼住户下水返水问题的情况说明（物业原文照登） - 业主之家 - 柠坪在线",
        date="2025-08-18",
        date_also=["2025-08-19"],
        notes="a property company's statement reposted on a county forum: junk lines and junk glued after 。; "
        "the company's own phone in the body; the signature's date differs from the post's 发表于",
        page="""
!m 柠坪在线 — 业主之家
!m 首页 » 业主之家 » 小区动态
!t [物业说明] 关于一楼住户下水返水问题的情况说明（物业原文照登）
!m 枫林苑业委会 发表于 2025-8-19 10:06　|　只看楼主　|　阅读 2410
{BODY}
!l 1# 5栋老黄：早该加装了，上次暴雨我家淹了半屋
!l 2# 枫林苑小王：登记的时候要带什么？
!a 回复本帖需先绑定手机号　｜　快速回复
!m 柠坪在线 Powered by Discuz!　业主之家版主：小区通
""",
        junk=dict(lines=1, glued=2),
        indent="\u3000\u3000",
        body="""
各位业主：
8月16日晚暴雨，枫林苑小区3栋、5栋一楼部分住户出现卫生间地漏、洗衣机下水口返水。经排查，主要原因是排水主管被装修垃圾堵塞，部分住户又自行拆掉了地漏下水塞，雨水倒灌时无法阻挡。
物业已于8月17日完成主管疏通。为防止再次返水，物业将为一楼住户免费加装防返水下水塞，请有需要的业主到物业服务中心登记。
请各位业主不要私自拆除地漏和下水塞，装修垃圾不要倒入下水道。
联系电话：物业服务中心 0795-7263318
柠坪县安居物业服务有限公司枫林苑项目部
2025年8月18日
""",
    ),
    dict(
        slug="download-tiangong-rules-steamer-rack-cleaning-doc",
        site="天工资料下载站 (invented)",
        style="资料下载站",
        genre="规程",
        kind="rules",
        form="html",
        source="http://www.tiangongzl.com/soft/doc/20418.html",
        title="中央厨房蒸箱蒸架清洗消毒操作规程",
        record_title="中央厨房蒸箱蒸架清洗消毒操作规程.doc",
        date=None,
        notes="old gb2312 download station: file-info table (with an update stamp), three download links, an unzip "
        "password, a dead-link report; the file name as the record title; numbered steps; no date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>中央厨房蒸箱蒸架清洗消毒操作规程.doc 免费下载 - 天工资料下载站</title></head>
<body><table width="950" align="center"><tr><td>⟦m 天工资料下载站⟧</td><td>⟦m 办公文档·行业规程·表格模板⟧</td></tr></table>
<table width="950" align="center"><tr><td>⟦m 当前：首页 ＞＞ 行业规程 ＞＞ 餐饮后厨⟧</td></tr></table>
<table width="950" align="center" class="softinfo">
<tr><td colspan="2"><b>⟦t 中央厨房蒸箱蒸架清洗消毒操作规程.doc⟧</b></td></tr>
<tr><td>⟦m 文件大小：38 KB⟧</td><td>⟦m 文件格式：Word文档⟧</td></tr>
<tr><td>⟦m 更新时间：2025-02-27⟧</td><td>⟦m 下载次数：1172⟧</td></tr>
<tr><td>⟦m 授权方式：免费共享⟧</td><td>⟦m 星级评价：★★★★☆⟧</td></tr>
</table>
<table width="950" align="center"><tr><td class="intro"><b>⟦m 文档预览：⟧</b><br>
{BODY}
</td></tr></table>
<table width="950" align="center" class="down"><tr>
<td>⟦a 电信高速下载⟧</td><td>⟦a 联通高速下载⟧</td><td>⟦a 本地备用下载⟧</td></tr>
<tr><td colspan="3">⟦a 解压密码：www.tiangongzl.com⟧　⟦a 下载失效请点此报错⟧</td></tr></table>
<table width="950" align="center"><tr><td>⟦d 本站资源均来自网络收集，仅供研究学习，请于下载后24小时内删除⟧<br>⟦m Copyright 2008-2025 天工资料下载站　冀ICP备09031745号⟧</td></tr></table>
<script language="javascript" src="/js/softdown.js"></script>
</body></html>
""",
        body="""
一、适用范围。本规程适用于中央厨房蒸箱配套的不锈钢蒸架、蒸盘。
二、清洗频次。每班次使用结束后清洗一次，每日下班前消毒一次。
三、操作步骤。
1.蒸箱断电冷却后取出蒸架，刮除残渣；
2.放入清洗池，用40℃左右的温水加中性洗涤剂浸泡10分钟，用软毛刷刷洗网格和焊点；
3.清水冲净后放入消毒柜，120℃保持15分钟；
4.消毒后的蒸架放在专用架上沥干，不得叠放在地面。
四、记录要求。清洗消毒人员填写《蒸架清洗消毒记录表》，由厨师长每日核查签字。
""",
    ),
    dict(
        slug="download-sucai-plan-sushi-mat-acceptance-docx",
        site="素材下载坊 (invented)",
        style="资料下载站",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.sucaixzf.cn/word/caigou/7719.html",
        title="日料门店寿司帘采购验收方案",
        record_title="日料门店寿司帘采购验收方案.docx",
        date="2025-07-08",
        notes="download page as text: file-info lines, download buttons, decompression note; the .docx file name "
        "as the record title; 成文日期 under the signature",
        page="""
!m 素材下载坊 — 文档、表格、模板免费下
!m 首页 > Word文档 > 采购管理
!t 日料门店寿司帘采购验收方案.docx
!m 大小：22.6KB　　类型：docx　　收录：昨天　　人气：84
!m 内容预览：
{BODY}
!a 【立即下载】　【网盘下载】　【下载帮助】
!d 说明：本站文档由网友提供，若侵犯了您的权利，请发邮件至 jubao@sucaixzf.cn，我们会尽快处理。
!l 相关下载：餐饮门店食品接触材料索证索票制度.docx　门店厨具验收单.xls
""",
        indent="",
        body="""
为规范各门店寿司帘采购，保证食品接触用品安全，制定本方案。
一、采购标准。竹制寿司帘须为天然竹材，不得上漆、着色，穿线为食品级棉线；硅胶寿司帘须提供食品接触材料检测报告。
二、采购方式。由采购部统一向合格供应商采购，门店不得自行购买。
三、验收要求。到货后由门店厨师长和采购员共同验收，逐张检查竹条是否开裂、有无毛刺、有无异味，抽取5%浸泡热水检查是否掉色。
四、更换周期。竹制寿司帘每两周更换一次，发现霉斑立即更换。
聆川和风餐饮管理有限公司采购部
2025年7月8日
""",
    ),
    dict(
        slug="pta-ningping-exam-pastry-cook-steamer-racks",
        site="柠坪县人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://rsks.ningping.gov.cn/ksgg/2025/1103/5120.html",
        title="柠坪县2025年工勤技能岗位中式面点师技能考核实操须知",
        record_title="〔考生必读〕柠坪县2025年工勤技能岗位中式面点师技能考核实操须知_柠坪县人事考试网",
        date="2025-11-03",
        date_also=["2025-11-04"],
        notes="personnel-exam site: maintenance banner, admission-ticket float; a timetable one row a paragraph; "
        "the exam office's 咨询电话 next to the site's technical line; downloading and printing the admission "
        "ticket is content; 成文日期 differs from the page date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>〔考生必读〕柠坪县2025年工勤技能岗位中式面点师技能考核实操须知_柠坪县人事考试网</title></head><body>
<div class="notice-bar">⟦d 系统将于每周日22:00至次日6:00进行例行维护，届时暂停报名服务⟧</div>
<div class="ks-head">⟦m 柠坪县人事考试网⟧ ⟦m 公开 公平 公正 择优⟧</div>
<div class="ks-nav">⟦m 首页⟧ ⟦m 考试公告⟧ ⟦m 网上报名⟧ ⟦m 成绩查询⟧ ⟦m 政策法规⟧</div>
<div class="ks-loc">⟦m 您所在的位置：首页 ＞ 考试公告⟧</div>
<h2>{T}</h2>
<div class="ks-meta">⟦m 发布日期：2025-11-04　作者：县人社局考务股　阅读：3620⟧</div>
<div class="ks-body">
{BODY}
</div>
<div class="float">⟦a 准考证打印入口 ＞＞⟧</div>
<div class="ks-foot">⟦m 柠坪县人力资源和社会保障局主办　网站技术支持：0795-7210886⟧</div>
<script src="/js/float-zkz.js"></script>
</body></html>
""",
        body="""
各位考生：
柠坪县2025年工勤技能岗位中式面点师技能考核实操考试将于11月15日举行，现将有关事项告知如下。
一、考试安排
场次　时间　内容
第一场　8:30—10:30　发酵面团蒸制
第二场　14:00—16:00　花色蒸饺蒸制
二、考场设备。每个工位配备双层蒸锅一口、不锈钢蒸架两个，考生不得自带蒸架和蒸笼。开考前请检查蒸架是否平稳，如有变形请举手更换。
三、考生须于11月10日至14日登录本网站下载并打印准考证，凭准考证和身份证入场。
咨询电话：0795-7218806（县人社局考务股）
柠坪县人力资源和社会保障局
2025年11月3日
""",
    ),
    dict(
        slug="pta-chengxi-childcare-exam-safety-gate-station",
        site="橙溪人事考试网 (invented)",
        style="人事考试网",
        genre="考试说明",
        kind="notice",
        form="text",
        source="https://www.cxrsks.cn/kwxx/2025-10-20/883.html",
        title="2025年托育机构保育人员技能考核实操考核说明",
        record_title="【实操考核指南】2025年托育机构保育人员技能考核实操考核说明 - 橙溪人事考试网",
        date="2025-10-20",
        notes="exam site as text: column prefix in the title; a numbered list; the appraisal centre's 咨询电话 kept "
        "in the body next to the site's technical support line; 成文日期 under the signature",
        page="""
!m 橙溪人事考试网
!m 技术支持热线：0793-6100025（仅受理网站故障）
!m 首页 ＞ 考务信息 ＞ 技能考核
!t 【实操考核指南】2025年托育机构保育人员技能考核实操考核说明
!m 来源：县职业技能鉴定中心　更新：2025-10-20　浏览 1152
{BODY}
!a 【加入收藏】【打印本文】【返回列表】
!l 相关信息：保育人员技能考核报名结果查询　｜　考场示意图
!m 版权所有：橙溪县人力资源和社会保障局
""",
        indent="\u3000\u3000",
        body="""
一、实操考核共设三个项目：婴幼儿进餐照料、睡眠照料和环境安全检查，每个项目10分钟。
二、环境安全检查项目在模拟活动室进行。考场内设有楼梯口、阳台门两处安全门栏，考生须在规定时间内检查门栏的高度、栏杆间距、锁扣和固定件，指出存在的隐患并口述整改方法。
三、考生不得推拉、拆卸考场门栏的固定件，损坏设备的扣减相应分数。
四、考核结束后，考生须在检查记录单上签名，交监考人员后离场。
咨询电话：0793-6127730
橙溪县职业技能鉴定中心
2025年10月20日
""",
    ),
    dict(
        slug="tender-meigang-inquiry-kindergarten-safety-gates",
        site="聆川市公共资源交易网 (invented)",
        style="招投标网",
        genre="询价公告",
        kind="notice",
        form="html",
        source="https://ggzy.lingchuan.gov.cn/jyxx/zfcg/xjgg/20250811/0371.html",
        title="玫冈区第一幼儿园安全门栏采购项目询价公告",
        record_title="〖询比价〗玫冈区第一幼儿园安全门栏采购项目询价公告｜聆川市公共资源交易网",
        date="2025-08-11",
        notes="tender portal: countdown, CA and trading-system hotlines; lots one row a paragraph; purchaser and "
        "agency contacts kept next to the portal's lines; a closing time inside the body is not the date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>〖询比价〗玫冈区第一幼儿园安全门栏采购项目询价公告｜聆川市公共资源交易网</title></head><body>
<div class="jy-top">⟦m 聆川市公共资源交易网⟧ ⟦a 主体登录　｜　CA办理⟧</div>
<div class="jy-nav">⟦m 交易信息⟧ ⟦m 政府采购⟧ ⟦m 工程建设⟧ ⟦m 服务指南⟧</div>
<div class="jy-loc">⟦m 交易信息 ＞ 政府采购 ＞ 询价公告⟧</div>
<h3>{T}</h3>
<div class="jy-meta">⟦m 信息时间：2025-08-11　阅读次数：208⟧</div>
<div class="jy-count">⟦m 距报价截止还剩 6天 23时 14分⟧</div>
<div class="jy-con">
{BODY}
</div>
<div class="jy-fj">⟦l 采购文件：玫冈一幼安全门栏询价文件.pdf⟧</div>
<div class="jy-help">⟦m CA证书服务热线：400-880-3172⟧<br>⟦m 交易系统操作咨询：0791-8860021⟧</div>
<div class="jy-foot">⟦m 聆川市公共资源交易中心　版权所有⟧</div>
<script>countdown("2025-08-18 09:30:00","#jy-count");</script>
</body></html>
""",
        body="""
项目编号：MGCG-2025-0371
一、采购内容
包号　品名　数量　最高限价
1　楼梯口打孔式安全门栏　24套　14400元
2　活动室压力式安全门栏　36套　12600元
二、供应商资格要求：具有独立承担民事责任的能力，所供产品须提供儿童安全门栏相关检测报告。
三、报价截止时间：2025年8月18日9时30分，逾期不予受理。
四、联系方式
采购人：玫冈区第一幼儿园　联系人：伍老师　电话：0791-8830512
代理机构：聆川衡正招标代理有限公司　联系人：甘工　电话：0791-8861237
2025年8月11日
""",
    ),
    dict(
        slug="tender-ningping-award-canteen-steamer-racks",
        site="柠坪县公共资源交易中心 (invented)",
        style="招投标网",
        genre="中标公告",
        kind="notice",
        form="text",
        source="http://ggzy.ningping.gov.cn/zbgg/20250416/019.html",
        title="柠坪县教育局学校食堂蒸架采购项目中标结果公告",
        date="2025-04-16",
        notes="tender portal as text: the record gives the title as is (also repeated in the body's project name, "
        "so the repeated title is matched before the body); a bid-result table one row a paragraph; the "
        "purchaser's phone kept next to the portal's service line",
        page="""
!m 柠坪县公共资源交易中心
!m 服务热线：0795-7201888　　CA在线客服
!m 首页 > 交易公告 > 政府采购 > 结果公告
{T}
!m 发布时间：2025-04-16　　来源：本站
{BODY}
!l 【上一条】柠坪县中医院病房家具采购项目更正公告
!l 【下一条】柠坪县第二中学运动场维修工程招标公告
!m 主办单位：柠坪县公共资源交易中心　地址：柠坪县政务服务中心四楼
""",
        indent="",
        body="""
一、项目编号：NPJY-2025-019
二、项目名称：柠坪县教育局学校食堂蒸架采购项目
三、中标信息
包号　中标供应商　中标金额
1　柠坪县鸿泰厨具有限公司　186400元
2　聆川市恒顺不锈钢制品厂　97250元
四、主要标的：304不锈钢多层蒸架、单层蒸架，共计1130个，交货期为合同签订后20日内。
五、公告期限：自本公告发布之日起1个工作日。
六、采购人：柠坪县教育局，联系电话：0795-7211730
柠坪县公共资源交易中心
2025年4月16日
""",
    ),
    dict(
        slug="lawfirm-mingzheng-case-supermarket-egg-rack",
        site="翌阳明正律师事务所 (invented)",
        style="律所网站",
        genre="案例解析",
        kind="article",
        form="html",
        source="https://www.mingzhenglaw.cn/anli/2025/0327/218.html",
        title="超市蛋架倒塌砸伤顾客，谁来担责？",
        record_title="以案明理丨超市蛋架倒塌砸伤顾客，谁来担责？｜明正律师事务所",
        record_date="2025-03-27",
        date="2025-03-27",
        notes="law firm page: lawyer card, consult float, 400 line, a 本文链接 block; the record gives the date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>以案明理丨超市蛋架倒塌砸伤顾客，谁来担责？｜明正律师事务所</title></head><body>
<div class="law-top">⟦m 翌阳明正律师事务所⟧ ⟦m 专业·诚信·尽责⟧ ⟦m 法律咨询：400-017-6629⟧</div>
<div class="law-nav">⟦m 律所概况⟧ ⟦m 专业领域⟧ ⟦m 律师团队⟧ ⟦m 典型案例⟧ ⟦m 联系我们⟧</div>
<div class="law-loc">⟦m 首页 ＞ 典型案例 ＞ 侵权纠纷⟧</div>
<h1>{T}</h1>
<div class="law-meta">⟦m 2025-03-27　编辑：明正律所　阅读 655⟧</div>
<div class="law-body">
{BODY}
</div>
<div class="law-card">⟦w 承办律师：柯正言　执业证号 13607201810xxxxxx　点击在线咨询⟧</div>
<div class="law-link">⟦m 本文链接：https://www.mingzhenglaw.cn/anli/2025/0327/218.html⟧<br>⟦d 转载请注明来源，文章仅供参考，不构成法律意见⟧</div>
<div class="law-float">⟦w 免费咨询　律师5分钟内回电⟧</div>
<div class="law-foot">⟦m 地址：翌阳县文昌路29号鼎盛大厦8楼　赣ICP备21004418号⟧</div>
<script src="//kf.mingzhenglaw.cn/float.js"></script>
</body></html>
""",
        body="""
【案情】顾客钟女士在沐田镇一家超市挑选鸡蛋时，摆在过道旁的三层铁质蛋架突然倾倒，蛋架砸中她的左脚，造成骨裂。钟女士要求超市赔偿，超市以“蛋架是供货商摆放的”为由拒绝。
【分析】根据民法典第一千一百九十八条，商场、超市等经营场所的经营者未尽到安全保障义务，造成他人损害的，应当承担侵权责任。蛋架虽由供货商提供，但摆放在超市经营场所内，超市负有日常检查、加固的义务。
【结果】经调解，超市赔偿钟女士医疗费、误工费等共计2.3万元，超市可另行向供货商追偿。
律师提示：经营者应定期检查货架、蛋架是否稳固；顾客受伤后应及时保留现场照片和就医凭证。
""",
    ),
    dict(
        slug="lawfirm-mingzheng-letter-mouldy-sushi-mats",
        site="翌阳明正律师事务所 (invented)",
        style="律所网站",
        genre="律师函",
        kind="letter",
        form="text",
        source="http://www.mingzhenglaw.cn/wenshu/lsh/0915.html",
        title="关于贵司所供寿司帘存在霉变问题的律师函",
        record_title="【函件范例】关于贵司所供寿司帘存在霉变问题的律师函 - 明正律所·文书中心",
        date="2025-09-15",
        notes="law firm page as text: column prefix and site suffix in the title; a lawyer's letter with the "
        "firm's name as signature (the header's firm name is matched before the body); 成文日期 at the end",
        page="""
!m 翌阳明正律师事务所
!m 400-017-6629　｜　工作日 8:30—18:00
!m 文书中心 / 律师函
!t 【函件范例】关于贵司所供寿司帘存在霉变问题的律师函
!m 整理：明正律所文书组　阅读：214
{BODY}
!w 需要起草律师函？添加律师助理微信 mzls_zhuli 预约
!d 声明：本页文书已隐去当事人信息，仅作示范，不得直接套用。
!m 版权所有 © 翌阳明正律师事务所
""",
        indent="\u3000\u3000",
        body="""
翌阳县竹语竹制品有限公司：
翌阳明正律师事务所受聆川和风餐饮管理有限公司（以下简称“委托人”）委托，就贵司所供寿司帘质量问题致函如下：
2025年8月，贵司向委托人供应竹制寿司帘2000张。委托人各门店在使用中发现，其中约三分之一的寿司帘在启用一周内出现霉斑，经第三方检测，竹材含水率明显超标，不符合双方合同约定的质量标准。
请贵司于收到本函之日起十日内更换全部不合格寿司帘，并赔偿委托人因此产生的损失。逾期不予处理的，委托人将依法追究贵司的违约责任。
特此函告。
翌阳明正律师事务所
律师：柯正言
二〇二五年九月十五日
""",
    ),
]

"""holdout317, part D: county forums, download stations, personnel-exam sites, tender portals, law firms.

Invented text, places, people, sites and chrome; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="countyforum-taichuan-noodle-racks-on-road-jammer",
        site="骀川在线论坛 (invented county forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.taichuanol.example.com/thread-991205-1-1.html",
        title="骀河镇老街的面条架摆到马路中间了，晚上骑车差点撞上",
        record_title=None,
        date=None,
        notes="county forum: no title in the record, the thread subject holds it; weather line, medals, an "
        "official-reply link, an ad QQ; jammer-font junk; '2 小时前' is no date",
        page="""
<html><head><meta charset="gbk"><title>骀川在线论坛 - 骀川人自己的网上家园</title>
<style>.jammer{display:none}</style></head><body>
<div class="toptb">⟦m 骀川在线论坛⟧　⟦m 今天 骀川 多云 14~23℃⟧　⟦a <a>登录</a>｜<a>注册</a>⟧</div>
<div class="nv">⟦m 首页　骀川杂谈　民生热线　房产家居　二手市场⟧</div>
<div class="bm">⟦m 骀川在线论坛 › 民生热线 › 帖子详情⟧</div>
<div class="ad">⟦w 老街装修一条龙，全包半包都能谈，QQ 118630552⟧</div>
<table class="plhin"><tr><td class="pls">⟦m 夜骑小毛驴⟧<br>⟦m 勋章：热心网友 骀川老乡⟧</td>
<td class="plc"><h1><span id="thread_subject">{T}</span></h1>
<div class="authi">⟦m 发表于 2 小时前　｜　只看该作者⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="reply-official"><a>⟦a 转交相关部门　｜　查看官方回复⟧</a></div>
<div class="po">⟦a 支持 14　反对 0　｜　回复　｜　分享⟧</div></td></tr></table>
<div class="floor">⟦l 沙发　面香满街：作坊也不容易，但确实该管管⟧</div>
<div class="floor">⟦l 板凳　老街住户：我家门口也被挡过好几回⟧</div>
<div id="ft">⟦m 骀川在线论坛　违法和不良信息举报：0541-6216600⟧</div>
</body></html>
""",
        junk=dict(lines=1, glued=3),
        body="""
昨晚九点多骑电动车从骀河镇老街经过，拐弯处一排面条架横在路中间，架子上还挂着没收的面条。路灯又暗，我一个急刹车差点摔倒，后面的车也跟着按喇叭。
我理解挂面作坊要赶工期，天好的时候多晒一点是一点。但是面条架摆到马路中间，白天挡路，晚上更危险。何况老街是去镇中学的必经之路，早上学生骑车上学特别多。
听说县里开会要求划定集中晾晒区，不知道骀河镇的晾晒场什么时候能建好？希望镇里和相关部门管一管，也希望作坊老板们晒面时往路边靠一靠，收面后把架子一起收走。
""",
    ),
    dict(
        slug="countyforum-zhishui-drying-pole-at-window-junk",
        site="祗水论坛 (invented county forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="http://www.zhishuibbs.example.net/forum.php?mod=viewthread&tid=447120",
        title="对面楼的晒衣竿快伸到我家窗口了",
        record_title="[楼宇烦心事] 对面楼的晒衣竿快伸到我家窗口了 - 家长里短 - 祗水论坛",
        date=None,
        notes="county forum thread: junk lines and junk glued after 。; board suffix in the record title; "
        "'4 天前' is no date",
        page="""
!m 祗水论坛 › 家长里短 › 邻里吐槽
!t [楼宇烦心事] 对面楼的晒衣竿快伸到我家窗口了
!m 楼主　南苑三楼　发表于 4 天前　阅读 3902　回复 58
{BODY}
!l 1#　祗水老张：打12345，比找物业管用
!l 2#　晒被子的猫：先找社区调解吧，别把关系闹僵
!a 回帖请遵守祗水论坛版规，文明发言
!m 祗水论坛　祗水人的网上客厅
""",
        junk=dict(lines=2, glued=2),
        body="""
我家住祗水县城南苑小区5栋三楼，对面6栋的一户人家上个月在窗外装了一根四米多长的晒衣竿。竿子伸出去老远，离我家窗户不到一米。
每天早上，他家被单、床罩一晾出来，我家客厅就暗了一半。下雨天更糟，竿子上的水直往我家窗台上滴。
我去敲过两次门，家里都是老人，说儿子装的，他们做不了主。物业说私人装的晒衣竿他们不好管，让我找社区。
想问问论坛里的朋友，这种情况找哪个部门最管用？有没有遇到过类似情况的，最后是怎么解决的？
""",
    ),
    dict(
        slug="download-zhizhou-rules-enamel-mug-glazing-firing",
        site="黹州资料站 (invented download station, gb2312 table layout)",
        style="资料下载站",
        genre="规程",
        kind="rule",
        form="html",
        source="http://www.zzziliao.example.com/soft/anquan/20417.html",
        title="搪瓷饭缸喷釉烧成工序安全操作规程",
        record_title="搪瓷饭缸喷釉烧成工序安全操作规程（可编辑Word）下载 - 黹州资料站",
        date=None,
        notes="old download station: file-info table with an update stamp, three download links, an unzip password, "
        "a dead-link report, a floating ad; a rule in 第N条 articles with no date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>搪瓷饭缸喷釉烧成工序安全操作规程（可编辑Word）下载 - 黹州资料站</title></head><body>
<table width="980" align="center"><tr><td>⟦m 黹州资料站⟧</td><td>⟦m 安全规程 · 制度范本 · 表格模板 免费下载⟧</td></tr>
<tr><td colspan="2">⟦m 首页 | 安全生产 | 管理制度 | 表格大全 | 合同范本 | 下载排行⟧</td></tr></table>
<table width="980" align="center"><tr><td colspan="2">⟦m 当前位置：黹州资料站 → 安全生产 → 操作规程⟧</td></tr>
<tr><td colspan="2"><h1>{T}</h1></td></tr>
<tr>⟦m <td>文件大小：</td><td>31 KB</td>⟧</tr>
<tr>⟦m <td>文件格式：</td><td>DOC</td>⟧</tr>
<tr>⟦m <td>更新时间：</td><td>上月底</td>⟧</tr>
<tr>⟦m <td>下载次数：</td><td>677</td>⟧</tr>
<tr><td colspan="2"><b>⟦m 资料简介：⟧</b></td></tr>
<tr><td colspan="2">
{BODY}
</td></tr>
<tr><td colspan="2">⟦a ◆ 电信高速下载⟧　⟦a ◆ 联通高速下载⟧　⟦a ◆ 本站本地下载⟧</td></tr>
<tr><td colspan="2">⟦a 解压密码：www.zzziliao.example.com⟧</td></tr>
<tr><td colspan="2">⟦a 下载地址失效？点此报告死链⟧</td></tr>
</table>
<div style="position:absolute;right:10px;top:300px">⟦w 安全资料定制编写 微信 zzzl_anquan⟧</div>
<table width="980" align="center"><tr><td>⟦d 本站资料来源于网络，仅供学习交流，请于下载后24小时内删除。⟧<br>⟦m 黹州资料站 版权所有　湘ICP备09031147号⟧</td></tr></table>
</body></html>
""",
        body="""
第一条　为保障搪瓷饭缸喷釉、烧成工序作业人员安全，预防粉尘危害和烫伤事故，制定本规程。
第二条　作业人员上岗前必须穿戴防尘口罩、防护眼镜、隔热手套和工作服，长发须盘入工作帽内。
第三条　喷釉作业应在通风除尘设备正常运行后进行，喷枪不得对人，停止作业时关闭气源。
第四条　饭缸坯件装窑时，应轻拿轻放，挂架间距不少于5厘米，严禁超高、超重装载。
第五条　窑炉升温期间，非当班人员不得进入窑炉作业区；出窑后的饭缸须在冷却区自然冷却30分钟以上，方可用手接触。
第六条　发生烫伤时，应立即用流动冷水冲洗伤处，并报告班组长送医处理。
""",
    ),
    dict(
        slug="download-wenmo-contract-template-noodle-racks-doc",
        site="文墨资料下载 (invented)",
        style="资料下载站",
        genre="合同范本",
        kind="other",
        form="text",
        source="https://down.wenmo-ziliao.example.cn/hetong/maimai/6183.html",
        title="不锈钢面条架买卖合同（范本）",
        record_title="不锈钢面条架买卖合同（范本）.doc",
        date=None,
        notes="file-name record title; a contract template with ×× placeholders, ＿＿ blanks and ＿＿年＿＿月＿＿日; "
        "download box and a points line; no date",
        page="""
!m 文墨资料下载 — 合同范本频道
!t 不锈钢面条架买卖合同（范本）.doc
!m 资料类型：合同范本　｜　大小：19KB　｜　添加：前天
!a 【立即下载】【加入下载篮】【纠错】
{BODY}
!a 本资料下载需1个文墨点，新用户注册即送5个
!l 同类资料：挂面加工设备租赁合同｜农产品购销合同（通用）｜小额设备采购合同
!d 合同范本仅供参考，签约前请结合实际情况咨询专业人士。
""",
        body="""
甲方（买方）：××挂面专业合作社
乙方（卖方）：××不锈钢制品有限公司
第一条　产品名称、规格及数量：304不锈钢面条架＿＿副，每副规格为＿＿米×＿＿米，单价＿＿元，合计金额＿＿元。
第二条　质量要求：面条架焊点应平整光滑、无毛刺，架杆表面不得有锈点，符合食品接触用不锈钢的相关标准。
第三条　交货时间及地点：乙方应于＿＿年＿＿月＿＿日前将货物送至甲方指定地点，运费由乙方承担。
第四条　验收与付款：甲方收货后3日内验收，验收合格后＿＿日内付清全部货款。
第五条　违约责任：乙方逾期交货的，每逾期一日按合同总金额的＿＿%支付违约金。
甲方（签章）：　　　　乙方（签章）：
签订日期：＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="exam-qiangchuan-notice-pastry-cook-dumpling-mat",
        site="嫱川人事考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.qcrsks.example.gov.cn/zyjn/2025/0805/3361.html",
        title="关于2025年第二批中式面点师职业技能等级认定考核的通知",
        record_title="〖技能认定·面点〗关于2025年第二批中式面点师职业技能等级认定考核的通知 - 嫱川人事考试网",
        date="2025-08-04",
        date_also=["2025-08-05"],
        notes="personnel-exam site: a maintenance banner, an admission-ticket float, a technical line beside the "
        "centre's own 咨询电话; a timetable table; 下载并打印准考证 is body; the page date differs",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8">
<title>〖技能认定·面点〗关于2025年第二批中式面点师职业技能等级认定考核的通知 - 嫱川人事考试网</title></head><body>
<div class="notice-bar">⟦d 系统升级公告：8月9日0:00—6:00嫱川人事考试网暂停报名服务⟧</div>
<div class="head">⟦m 嫱川人事考试网⟧　⟦m 嫱川市人力资源和社会保障局主办⟧</div>
<div class="nav">⟦m 首页　考试公告　职业技能认定　成绩查询　证书查询⟧</div>
<div class="crumb">⟦m 首页 &gt; 职业技能认定 &gt; 通知公告⟧</div>
<div class="content"><h2>{T}</h2>
<p class="sub">⟦m 发布日期：2025-08-05　信息来源：市职业技能鉴定指导中心⟧</p>
{BODY}
</div>
<div class="float-zkz">⟦a 准考证打印入口⟧<br>⟦a 成绩查询入口⟧</div>
<div class="foot">⟦m 报名系统技术咨询：0736-3318999（9:00-17:00）⟧<br>⟦m 嫱川人事考试网　湘ICP备11007208号-2⟧</div>
</body></html>
""",
        body="""
各有关考生：
2025年第二批中式面点师职业技能等级认定考核将于8月23日至24日在嫱川市技师学院举行。现将有关事项通知如下：
一、考核安排
等级　科目　时间
初级工　理论知识　8月23日9:00—10:30
初级工　操作技能　8月23日14:00—16:00
中级工　理论知识　8月24日9:00—10:30
中级工　操作技能　8月24日14:00—16:30
二、准考证打印。考生请于8月18日至22日登录本网站下载并打印准考证，凭准考证和有效身份证件参加考核。
三、操作技能考核须知。操作技能考核内容为水饺制作，考生须自备工作服、工作帽、擀面杖和饺子帘一张，面粉、馅料由考点统一提供。
咨询电话：0736-3318520（工作日）
嫱川市职业技能鉴定指导中心
2025年8月4日
""",
    ),
    dict(
        slug="exam-zhizhou-notice-exam-calendar-printable-stand",
        site="黹州人事考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.zzrsks.example.gov.cn/ksgg/2025/1215/902.html",
        title="关于发布2026年度人事考试日历的通知",
        record_title="关于发布2026年度人事考试日历的通知（附可打印日历牌）_黹州人事考试网",
        date="2025-12-15",
        notes="exam site: a table of the year's exams; 下载后自行打印、折叠成台式日历牌 is body; a WeChat-service "
        "line and a technical line around it; signature date",
        page="""
!m 黹州人事考试网　公平 公正 公开
!m 首页 » 考试公告 » 综合通知
{T}
!m 来源：市人事考试院　　浏览次数：12083
!a 【日历牌PDF下载】　【打印】　【关闭】
{BODY}
!m 关注“黹州人事考试”服务号，考试提醒不错过
!m 考试院技术服务电话：0735-8860077
!m 黹州市人事考试院主办　湘ICP备11019934号
""",
        indent="\u3000\u3000",
        body="""
各有关单位、广大考生：
为方便考生合理安排备考时间，现将我市2026年度人事考试日历予以发布。
考试项目　报名时间　考试时间
公务员录用考试（笔试）　2月上旬　3月中旬
事业单位公开招聘（笔试）　4月上旬　5月下旬
中小学教师公开招聘　5月中旬　6月下旬
“三支一扶”计划招募　5月下旬　7月上旬
考试具体安排以届时发布的公告为准。为方便考生随时查看，本网站同步提供了桌面日历牌版式，考生可下载后自行打印、折叠成台式日历牌。
黹州市人事考试院
2025年12月15日
""",
    ),
    dict(
        slug="tender-zhizhou-consultation-dorm-drying-poles-lots",
        site="黹州公共资源交易网 (invented)",
        style="招投标网",
        genre="采购公告",
        kind="notice",
        form="html",
        source="https://ggzy.zhizhou.example.gov.cn/jyxx/zfcg/cggg/20250115/0117.html",
        title="黹州职业技术学院学生公寓阳台晒衣竿更换采购项目竞争性磋商公告",
        record_title="【竞争性磋商】黹州职业技术学院学生公寓阳台晒衣竿更换采购项目竞争性磋商公告_黹州公共资源交易网",
        date="2025-01-15",
        notes="tender portal: a countdown, CA and trading-system lines beside the purchaser's and agency's own contacts; "
        "a lots table; 附件 line beside a download link; 下载磋商文件 is body",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8">
<title>【竞争性磋商】黹州职业技术学院学生公寓阳台晒衣竿更换采购项目竞争性磋商公告_黹州公共资源交易网</title></head><body>
<div class="top">⟦m 黹州公共资源交易网⟧　⟦a 交易主体登录⟧　⟦a CA数字证书办理⟧</div>
<div class="nav">⟦m 首页　交易信息　政府采购　工程建设　服务指南　信用信息⟧</div>
<div class="crumb">⟦m 交易信息 › 政府采购 › 采购公告⟧</div>
<div class="ggbox"><h3>{T}</h3>
<p>⟦m 信息来源：黹州诚衡招标代理有限公司　阅读：458⟧</p>
<p class="count">⟦m 距响应文件提交截止还有 11天 06时 21分⟧</p>
<div class="ggcon">
{BODY}
</div>
<p class="fj">⟦a 附件：磋商文件（ZZCG-2025-0117）.zip　点击下载⟧</p></div>
<div class="foot">⟦m CA证书办理咨询：400-6180-2025　交易系统技术支持：0735-2200123⟧<br>⟦m 黹州市公共资源交易中心 主办⟧</div>
</body></html>
""",
        body="""
一、项目基本情况
项目编号：ZZCG-2025-0117
项目名称：黹州职业技术学院学生公寓阳台晒衣竿更换采购项目
预算金额：38.6万元
采购需求：
包号　内容　数量　最高限价
1　不锈钢伸缩晒衣竿（含安装）　1260套　25.2万元
2　旧晒衣竿拆除及墙面修补　1260处　13.4万元
二、获取磋商文件：2025年1月16日至1月22日，请潜在供应商登录交易平台下载磋商文件。
三、响应文件提交截止时间：2025年1月27日9时30分。
四、联系方式
采购人：黹州职业技术学院　联系人：宁涛　电话：0735-2281406
采购代理机构：黹州诚衡招标代理有限公司　联系人：冉静　电话：0735-2239017
附件：磋商文件
黹州诚衡招标代理有限公司
2025年1月15日
""",
    ),
    dict(
        slug="tender-zhishui-result-canteen-enamel-mugs",
        site="祗水县政府采购网 (invented)",
        style="招投标网",
        genre="成交结果公告",
        kind="notice",
        form="text",
        source="http://zfcg.zhishui.example.gov.cn/cjgg/2025/0331/C009.html",
        title="祗水县机关事务服务中心机关食堂搪瓷饭缸采购项目成交结果公告",
        record_date="2025-03-31",
        date="2025-03-31",
        notes="record title and date as is; a result table; purchaser and agency contacts beside a platform "
        "hotline; no signature date in the text",
        page="""
!m 祗水县政府采购网
!m 首页 > 采购公告 > 成交结果
{T}
!m 发布人：祗水县政府采购服务中心　浏览：211
!a 〖打印〗〖关闭〗〖收藏本页〗
{BODY}
!l 上一篇：祗水县第一中学实验耗材采购项目询价公告
!l 下一篇：祗水县城区路灯维护服务项目成交公告
!m 平台服务热线：400-7799-135　监督电话：0739-6125100
""",
        body="""
一、项目编号：ZSJG-2025-C009
二、项目名称：祗水县机关事务服务中心机关食堂搪瓷饭缸采购项目
三、成交信息
供应商名称　成交内容　成交金额
嫱川市婕湾搪瓷制品有限公司　带盖搪瓷饭缸1500只　2.85万元
四、评审专家名单：罗一鸣、韦兰、邹建华
五、公告期限：自本公告发布之日起1个工作日。
六、联系方式
采购人：祗水县机关事务服务中心　联系人：唐悦　电话：0739-6125530
采购代理机构：祗水县政府采购服务中心　联系电话：0739-6125008
""",
    ),
    dict(
        slug="lawfirm-hengtuo-case-falling-drying-pole",
        site="衡柝律师事务所 (invented)",
        style="律所网站",
        genre="案例评析",
        kind="other",
        form="html",
        source="https://www.hengtuo-law.example.cn/anli/qinquan/2025/318.html",
        title="晒衣竿坠落砸伤路人，谁来担责？",
        record_title="以案说法 ▹ 晒衣竿坠落砸伤路人，谁来担责？- 衡柝律师事务所",
        date=None,
        notes="law firm: a lawyer card, a consult float, a 400 line, a consult prompt glued after a 。 inside the "
        "case note, a repost notice; a case note with no date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8">
<title>以案说法 ▹ 晒衣竿坠落砸伤路人，谁来担责？- 衡柝律师事务所</title></head><body>
<div class="hd">⟦m 衡柝律师事务所⟧　⟦m 专注民商事争议解决⟧　⟦m 全国咨询热线 400-023-6608⟧</div>
<div class="nav">⟦m 首页　律所简介　专业团队　以案说法　联系我们⟧</div>
<div class="case"><h1>{T}</h1>
<p class="meta">⟦m 栏目：以案说法　整理：衡柝民事部　阅读 1,532⟧</p>
{BODY}
<p class="cp">⟦d 本文为衡柝律师事务所原创，转载须注明出处；文中案例已作化名处理。⟧</p></div>
<div class="lawyer-card">⟦m 承办律师：祁远　执业证号 14301201810219873⟧</div>
<div class="float-zx">⟦a 在线咨询⟧<br>⟦a 预约面谈⟧</div>
<div class="ft">⟦m 地址：黹州市芙蓉中路二段66号衡柝大厦12层⟧<br>⟦m © 衡柝律师事务所　湘ICP备18016629号⟧</div>
</body></html>
""",
        body="""
【案情】家住某小区4楼的张某在窗外架设了一根竹晒衣竿。一天刮起大风，晒衣竿连同衣物一起坠落，砸伤了正在楼下经过的李某，造成其右肩骨折。李某起诉要求张某赔偿医疗费、误工费等共计4.3万元。
【争议】张某辩称，晒衣竿是被大风刮落的，属于不可抗力，自己不应承担责任。
【裁判】法院审理认为，张某在窗外架设晒衣竿，应当确保其牢固安全。事发当日的大风并未达到不可预见的程度，晒衣竿坠落系固定不当所致。张某作为所有人、管理人不能证明自己没有过错，应当承担侵权责任。⟦w 遇到类似纠纷？点击右下角免费咨询衡柝律师⟧最终，法院判决张某赔偿李某各项损失4.1万元。
【律师提示】窗外晒衣竿虽小，责任不小。住户应定期检查晒衣竿的固定情况，大风天气及时收回，避免给他人造成损害。
""",
    ),
    dict(
        slug="lawfirm-zhengze-risk-letter-noodle-workshops",
        site="婳溪正则律师事务所 (invented)",
        style="律所网站",
        genre="函",
        kind="notice",
        form="text",
        source="http://www.zhengze-lawyer.example.com/news/tishi/2025/0913/77.html",
        title="致婳口镇手工挂面经营户的法律风险提示函",
        record_title="【风险提示】致婳口镇手工挂面经营户的法律风险提示函｜婳溪正则律师事务所",
        date="2025-09-12",
        notes="law firm page: the letter's own lawyer phone beside the firm's 400 line; the firm's name is also the "
        "signature (head); signature date",
        page="""
!m 婳溪正则律师事务所
!m 正则守法　诚信为民
!m 首页 / 律所动态 / 法律提示
{T}
!m 发布者：正则律所办公室　阅读：609
{BODY}
!l 上一篇：农村宅基地纠纷常见问题解答
!l 下一篇：正则律所律师走进婳口镇开展普法讲座
!m 免费咨询热线：400-060-9911
!m 婳溪正则律师事务所 版权所有　地址：婳溪县解放路21号
""",
        indent="\u3000\u3000",
        body="""
婳口镇手工挂面协会及各挂面经营户：
本所受婳口镇人民政府委托，担任镇法律顾问。晾晒旺季将至，针对挂面晾晒中可能出现的法律风险，特作如下提示：
一、占道晾晒的风险。在公路、村道上摆放面条架影响通行的，可能被责令改正并处罚；因面条架导致他人受伤、车辆受损的，经营户须承担赔偿责任。
二、食品安全的风险。面条架不清洁、晾晒区无防尘设施，导致产品不符合食品安全标准的，可能面临行政处罚，情节严重的还将承担刑事责任。
三、雇工安全的风险。雇人上架挑面、搬运面条架的，应为雇工购买意外伤害保险，避免发生事故后承担全部赔偿责任。
如需进一步咨询，请联系本所承办律师许韬，电话：0737-5208816。
婳溪正则律师事务所
2025年9月12日
""",
    ),
]

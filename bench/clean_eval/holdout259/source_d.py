"""holdout259, part D: 资料下载站, 人事考试网, 招投标网, 律所网站, 社区网站 (HTML and text). Invented text."""

CASES = [
    dict(
        slug="download-steampot-rules-html",
        site="百川资料下载站 (invented)",
        style="资料下载站",
        genre="规程",
        kind="rules",
        form="html",
        source="http://www.baichuanxz.example.com/soft/33108.html",
        title="食堂蒸锅安全操作规程",
        record_title="食堂蒸锅安全操作规程.doc",
        date=None,
        notes="an old gb2312 download station: a file-info table, mirror links, a dead-link report and an unzip password; a file-name title; rules with 第N条",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>食堂蒸锅安全操作规程.doc - 百川资料下载站</title></head><body>
<table width="900" align="center"><tr><td>⟦m 百川资料下载站 — 海量文档免费取⟧</td></tr></table>
<table width="900" align="center" border="1">
<tr><td>⟦m 文件名称：食堂蒸锅安全操作规程.doc⟧</td><td>⟦m 文件大小：36KB⟧</td></tr>
<tr><td>⟦m 授权方式：共享版⟧</td><td>⟦m 更新时间：2025-02-17⟧</td></tr></table>
<div>⟦l 内容预览：⟧</div>
{BODY}
<table width="900" align="center"><tr><td>⟦a 电信高速下载　联通高速下载　备用下载点⟧</td></tr>
<tr><td>⟦a 链接失效？点此报错⟧</td></tr>
<tr><td>⟦m 解压口令：www.baichuanxz.example.com⟧</td></tr></table>
</body></html>
""",
        body="""
第一条　蒸锅操作人员须经培训，熟悉设备性能后方可上岗。
第二条　开机前检查水位计、安全阀、压力表是否完好，水位不得低于最低水位线。
第三条　蒸制过程中，操作人员不得离开岗位，发现压力异常应立即关闭热源。
第四条　开启蒸锅门或锅盖时，人员应站在侧面，待蒸汽散尽后再取放食物。
第五条　每班结束后，排尽锅内余水，清洗蒸屉，填写设备运行记录。
第六条　安全阀每年校验一次，校验记录由后勤部门存档。
""",
    ),
    dict(
        slug="download-tray-plan-text",
        site="小满文档下载 (invented)",
        style="资料下载站",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.xiaomandoc.example.net/down/5512.html",
        title="村级农耕文化体验园建设方案",
        record_title="村级农耕文化体验园建设方案（簸箩扬谷体验区）免费下载",
        date="2025-04-02",
        notes="a download text with a file-info block and a download button; the plan's 成文日期 under the signature",
        page="""
!m 小满文档下载 > 方案计划 > 乡村振兴
!t 村级农耕文化体验园建设方案（簸箩扬谷体验区）
!m 资料格式：DOCX　资料大小：28KB　收录时间：2周前
{BODY}
!a 立即下载（本地高速）
!d 资料来源于互联网收集整理，如有侵权请联系删除
""",
        body="""
为传承农耕文化，丰富研学内容，箸坪村拟建设农耕文化体验园，方案如下。
一、建设内容。体验园设犁耙展示区、簸箩扬谷体验区、石磨碾米区三个区域，占地约八亩。
二、簸箩扬谷体验区。配置大小簸箩二十只、风车一架，由村里老农现场示范，游客可亲手用簸箩扬谷，体验“簸去糠秕留好谷”。
三、资金来源。申请乡村振兴衔接资金三十万元，村集体自筹五万元。
四、进度安排。5月完成场地平整，7月完成布展，8月对外开放。
箸坪村村民委员会
2025年4月2日
""",
    ),
    dict(
        slug="exam-puttee-fitness-html",
        site="簰口市人事考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.pkrsks.example.gov.cn/tzgg/2025/0722/3310.html",
        title="关于2025年度森林消防队员招录体能测试有关事项的通知",
        record_title="【考务公告】关于2025年度森林消防队员招录体能测试有关事项的通知-簰口市人事考试网",
        date="2025-07-22",
        notes="an exam site with a maintenance banner and an entry float; an exam timetable; 准考证 to download and print; the exam committee's 咨询电话 beside a technical line",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【考务公告】关于2025年度森林消防队员招录体能测试有关事项的通知-簰口市人事考试网</title></head><body>
<div class="banner">⟦d 系统将于每周日凌晨2时至4时例行维护⟧</div>
<div class="hd">⟦m 簰口市人事考试网⟧</div>
<div class="crumb">⟦m 首页 >> 考试公告⟧</div>
<h1>⟦t 关于2025年度森林消防队员招录体能测试有关事项的通知⟧</h1>
<div class="meta">⟦m 发布日期：2025-07-22　浏览：5630⟧</div>
{BODY}
<div class="float">⟦a 报名入口 >>⟧</div>
<div class="ft">⟦m 报名系统技术咨询：0739-3380167（工作日）⟧</div>
</body></html>
""",
        body="""
各位考生：
2025年度森林消防队员招录体能测试定于8月2日至3日在市体育中心进行。测试中的负重行军项目，考生须按规定打好绑腿，由考官检查后出发。
日期　项目
8月2日　3000米跑、引体向上
8月3日　负重5公里行军（打绑腿）
请考生于7月28日起登录本网下载并打印准考证，凭准考证和身份证参加测试。
咨询电话：0739-3382201（市森林消防招录工作领导小组办公室）。
簰口市森林消防招录工作领导小组办公室
2025年7月22日
""",
    ),
    dict(
        slug="exam-bucket-interview-text",
        site="箦阳人事考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://rsks.zeyang.example.gov.cn/ksxx/1103/882.html",
        title="2025年箦阳市应急技能岗位实操考核公告",
        record_title="2025年箦阳市应急技能岗位实操考核公告",
        date="2025-11-03",
        notes="record title as is; an exam text with an exam-site line, the candidate's 准考证 to print; an online service line at the bottom",
        page="""
!m 箦阳人事考试网 · 考试信息
{T}
!m 信息来源：市人力资源考试院　阅读：2140
{BODY}
!m 在线客服工作时间：周一至周五 8:30-17:30
!d 本网所载考试信息以正式文件为准
""",
        body="""
根据招聘工作安排，现将应急技能岗位实操考核有关事项公告如下。
一、考核时间：2025年11月15日上午8时30分。
二、考核地点：市应急救援训练基地。
三、考核内容：提水灭火实操。考生须手提两只装满水的铁皮桶，在规定时间内跑完六十米并将水倒入指定水槽，计时计分。
四、考生须自行打印准考证，着运动服装参加考核。
咨询电话：0739-2218706。
箦阳市人力资源考试院
2025年11月3日
""",
    ),
    dict(
        slug="tender-sieve-bid-html",
        site="笕水县公共资源交易网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://ggzy.jianshui.example.gov.cn/jyxx/zfcg/2025/0514/2291.html",
        title="笕水县学校食堂竹制筲箕及蒸笼采购项目询价公告",
        record_title="[询价] 笕水县学校食堂竹制筲箕及蒸笼采购项目询价公告｜笕水县公共资源交易网",
        date="2025-05-14",
        notes="a tender portal with a countdown and CA/trading-system lines; purchaser and agency contacts kept; a lots table; the inquiry file to download as content",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>[询价] 笕水县学校食堂竹制筲箕及蒸笼采购项目询价公告｜笕水县公共资源交易网</title></head><body>
<div class="hd">⟦m 笕水县公共资源交易网⟧</div>
<div class="nav">⟦m 交易信息　政府采购　询价公告⟧</div>
<h1>⟦t 笕水县学校食堂竹制筲箕及蒸笼采购项目询价公告⟧</h1>
<div class="meta">⟦m 发布时间：2025-05-14 10:00　项目编号：JSCG-2025-0517⟧</div>
<div class="count">⟦m 距报价截止还剩：06天 22时 15分⟧</div>
{BODY}
<div class="ft">⟦m CA数字证书办理热线：0739-8890012⟧<br>⟦m 交易系统运维电话：0739-8890036⟧</div>
</body></html>
""",
        body="""
笕水县教育局学校食堂竹制筲箕及蒸笼采购项目已具备采购条件，现进行询价采购。
包号　品名　数量
1　竹制筲箕（大号）　600只
2　竹制蒸笼（五层）　120套
供应商请于5月21日17时前登录交易系统下载询价文件，按要求报价。
采购人：笕水县教育局，联系人：顾文澜，电话：0739-8821043。
代理机构：笕水恒信招标代理有限公司，联系人：程雁，电话：0739-8835170。
""",
    ),
    dict(
        slug="tender-bucket-result-text",
        site="簏山县采购网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://cg.lushan.example.gov.cn/zbgg/2025/0826/118.html",
        title="簏山县消防铁皮水桶采购项目成交结果公告",
        record_title="簏山县消防铁皮水桶采购项目成交结果公告 - 成交公告 - 簏山县采购网",
        date="2025-08-26",
        notes="a bid result text with a results table, a 公示期 sentence; platform hotline at the bottom",
        page="""
!m 簏山县采购网 | 成交公告
!t 簏山县消防铁皮水桶采购项目成交结果公告
!m 发布日期：2025-08-26　访问次数：97
{BODY}
!m 平台服务热线：400-839-2217
!l 上一条：簏山县乡镇卫生院被服采购询价公告
""",
        body="""
一、项目编号：LSCG-2025-088。
二、项目名称：簏山县消防铁皮水桶采购项目。
三、成交信息：
供应商　成交金额　数量
簏山县宏固五金制品厂　46800元　1200只
四、公示期限：自本公告发布之日起一个工作日。
五、采购人：簏山县消防救援大队，联系人：包思远，电话：0739-4402316。
六、代理机构：簏山诚立项目管理有限公司，联系人：彭宁，电话：0739-4418025。
""",
    ),
    dict(
        slug="lawfirm-steampot-case-html",
        site="衡正律师事务所 (invented)",
        style="律所网站",
        genre="案例",
        kind="article",
        form="html",
        source="https://www.hengzhenglaw.example.com/al/2025/0930/61.html",
        title="蒸锅爆盖致人受伤，商家要不要担责？",
        record_title="案例评析｜蒸锅爆盖致人受伤，商家要不要担责？—衡正律所",
        date=None,
        notes="a law firm with a lawyer card, a consult float, a 400 line and a 本文链接 block; no date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>案例评析｜蒸锅爆盖致人受伤，商家要不要担责？—衡正律所</title></head><body>
<div class="hd">⟦m 衡正律师事务所　专业·诚信·高效⟧</div>
<div class="nav">⟦m 律所简介　专业领域　案例评析　联系我们⟧</div>
<h1>⟦t 蒸锅爆盖致人受伤，商家要不要担责？⟧</h1>
{BODY}
<div class="card">⟦m 执业律师 覃书瑜　擅长：产品责任、消费维权⟧</div>
<div class="float">⟦w 免费咨询律师 点击留言⟧</div>
<div class="link">⟦m 本文链接：https://www.hengzhenglaw.example.com/al/61⟧</div>
<div class="ft">⟦m 全国咨询热线：400-773-1508⟧</div>
</body></html>
""",
        body="""
王女士在某商场购买了一口压力蒸锅，使用第三次时锅盖突然弹开，蒸汽喷出，造成她面部和手臂烫伤。
经鉴定，事故原因是蒸锅安全阀存在设计缺陷，超压时无法正常泄压。王女士起诉商场和生产厂家，要求赔偿医疗费、误工费等共计四万余元。
法院认为，因产品存在缺陷造成他人损害的，被侵权人可以向生产者请求赔偿，也可以向销售者请求赔偿。最终判决商场与厂家共同承担赔偿责任。
提醒消费者，购买蒸锅时注意查看产品合格证，保留购物凭证。
""",
    ),
    dict(
        slug="lawfirm-contract-tray-template-text",
        site="簰口民泰律师事务所 (invented)",
        style="律所网站",
        genre="合同范本",
        kind="template",
        form="text",
        source="http://www.mintailaw.example.cn/fb/2025/17.html",
        title="竹编簸箩委托加工合同（范本）",
        record_title="【律师范本】竹编簸箩委托加工合同（范本）- 民泰律所",
        date=None,
        notes="a contract template with 第N条, ×× placeholders and ＿＿年＿＿月＿＿日 blanks; no date",
        page="""
!m 民泰律师事务所 › 合同范本
!t 【律师范本】竹编簸箩委托加工合同（范本）
!m 浏览：312　本范本仅供参考
{BODY}
!w 合同审查请预约民泰律师 0739-3356021
!d 范本不构成法律意见，使用前请咨询专业律师
""",
        body="""
委托方（甲方）：××合作社
加工方（乙方）：××竹编厂
第一条　乙方为甲方加工竹编簸箩＿＿只，规格为直径＿＿厘米。
第二条　乙方应使用当年生毛竹，篾片厚薄均匀，收口牢固，不得有霉变。
第三条　加工费每只＿＿元，甲方于验收合格后十日内付清。
第四条　乙方应于＿＿年＿＿月＿＿日前交货。
第五条　本合同一式两份，双方各执一份，自签字之日起生效。
甲方签字：＿＿　乙方签字：＿＿
""",
    ),
    dict(
        slug="community-bucket-notice-html",
        site="簟苑社区网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.dianyuan-sq.example.cn/tz/2025/0612/45.html",
        title="关于收集居民闲置铁皮桶改作花箱的通知",
        record_title="【邻里共建】关于收集居民闲置铁皮桶改作花箱的通知｜簟苑社区",
        date="2025-06-12",
        notes="a residents' site with weather and a grid member's box; the community's 咨询电话 beside a property duty line; a scan-to-register sentence kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【邻里共建】关于收集居民闲置铁皮桶改作花箱的通知｜簟苑社区</title></head><body>
<div class="top">⟦m 簟苑社区网　今日 晴 25℃⟧</div>
<div class="nav">⟦m 社区动态　便民服务　邻里之间⟧</div>
<h1>⟦t 关于收集居民闲置铁皮桶改作花箱的通知⟧</h1>
{BODY}
<div class="grid">⟦m 网格员 田小满 手机 13874390215⟧</div>
<div class="prop">⟦m 物业24小时值班：0739-8906611⟧</div>
</body></html>
""",
        body="""
各位居民朋友：
为美化小区环境，社区将收集居民家中闲置的铁皮桶，由志愿者清洗、打磨、刷漆后改作花箱，摆放在各单元门口。
收集时间：6月15日至6月22日，每天上午九点至十一点。
收集地点：社区服务站门前。
有意捐赠的居民，请扫描服务站门口的二维码登记。漏底、锈穿的桶也可以，志愿者会处理。
咨询电话：0739-8902147。
簟苑社区居民委员会
2025年6月12日
""",
    ),
    dict(
        slug="community-steampot-pledge-text",
        site="筻口镇河畔社区 (invented)",
        style="社区网站",
        genre="倡议书",
        kind="pledge",
        form="text",
        source="http://hepan.gangkou.example.cn/news/88.html",
        title="“年夜饭蒸锅不离人”安全倡议书",
        record_title="“年夜饭蒸锅不离人”安全倡议书（请转给家里老人）",
        date="2025-01-20",
        notes="a community pledge with a sharing sentence as content; 成文日期 under the signature",
        page="""
!m 河畔社区 ｜ 平安创建
!t “年夜饭蒸锅不离人”安全倡议书（请转给家里老人）
!m 发布：社区居委会　阅读 512
{BODY}
!l 点赞　转发　评论(6)
!m 社区服务站地址：筻口镇河畔路66号
""",
        body="""
亲爱的居民朋友们：
春节将至，家家户户都要蒸扣肉、蒸年糕，蒸锅一开就是几个小时。往年我们社区就发生过因蒸锅干烧引起的险情。为此，社区向大家发出倡议。
一、蒸锅不离人。蒸东西时人不要离开厨房，更不要外出。
二、水要加够。蒸制时间长的，中途及时补水，防止干烧。
三、用完关阀。用完燃气灶，记得关闭燃气总阀。
请大家把这份倡议分享给家里的老人，共同过一个平安年。
河畔社区居民委员会
2025年1月20日
""",
    ),
]

"""Holdout7 cases, part A: agencies no earlier part imitated — a market-regulation bureau, a
fire-and-rescue brigade, an emergency-management bureau, a veterans-affairs bureau, a
housing-and-construction bureau, a rural-revitalisation portal, an ecology bureau, a
civil-affairs bureau, a local-gazetteer office, an archives, a disabled persons' federation and
a government service hall's guide page. Invented text (sites, places, people, numbers,
URLs, chrome wording); see ../README.md and ../build.py. Styles are the build's labels
nearest to each kind of site."""

CASES = [
    dict(
        slug="scjg-zhechuan-notice-own-contact",
        site="柘川县市场监督管理局 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://scjgj.zhechuan.example.gov.cn/tzgg/2025/0714/5521.html",
        title="关于开展2025年度食品小作坊专项检查的通知",
        record_title="关于开展2025年度食品小作坊专项检查的通知",
        date="2025-07-14",
        record_date="2025-07-14",
        notes="the notice's own 联系人/电话 next to the bureau's 投诉举报 hotline in the footer; a 字号 row glued before the body; 附件 lines kept",
        page="""
!m 柘川县市场监督管理局 ｜ 守护舌尖安全
!m 您所在的位置：首页 ⇒ 通知公告
{T}
!m 发文单位：县市场监管局食品生产科　成文：2025-07-14　点击：203
!a 【字号　特大　标准　偏小】
{BODY}
!l 【上一则】关于公布第二批放心消费示范单位名单的通告
!l 【下一则】县市场监管局2025年上半年行政处罚信息汇总
!m 投诉举报热线：12315　地址：柘川县滨河东路71号
!d 柘川县市场监督管理局主办　未经许可不得转载本站信息
""",
        body="""
各市场监管所、局机关相关股室：
为进一步规范食品小作坊生产经营行为，防范化解食品安全风险，局党组研究决定，自7月下旬起在全县开展食品小作坊专项检查。
一、检查对象
全县已登记的食品小作坊共一百一十七家，重点是米粉、豆制品、糕点、酱腌菜四类小作坊。
二、检查内容
（一）登记证是否在有效期内，生产场所与登记信息是否一致；
（二）原料进货查验记录是否完整，是否使用非食用物质和超范围超限量使用食品添加剂；
（三）从业人员健康证明是否齐全，生产环境是否符合卫生要求。
三、工作要求
各所要于8月20日前完成辖区内全部小作坊的检查，发现问题依法处置，检查情况表于8月25日前报食品生产科。
联系人：谭晓岚　联系电话：0743-5216088
附件：1.食品小作坊专项检查表
2.专项检查情况汇总表
柘川县市场监督管理局
2025年7月14日
""",
    ),
    dict(
        slug="fire-lanshui-news-html-video-box",
        site="澜水区消防救援大队 (invented)",
        style="政府门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.lanshui119.example.gov.cn/xfdt/20250606/883.html",
        title="区消防救援大队走进澜水二中开展“消防安全第一课”",
        record_title="区消防救援大队走进澜水二中开展“消防安全第一课”-澜水消防",
        date="2025-06-06",
        record_date="2025-06-06",
        notes="HTML: a 119 banner, a video-player box with its duration, a 扫码报火警 QR prompt, a 火灾隐患举报 line and footer; record title with -site suffix",
        page="""
<html><head><meta charset="utf-8"><title>区消防救援大队走进澜水二中开展“消防安全第一课”-澜水消防</title></head><body>
<div class="banner">⟦m 澜水消防　全民消防 生命至上⟧</div>
<div class="crumb">⟦m 消防动态 ＞ 宣传进校园⟧</div>
<h1>⟦t 区消防救援大队走进澜水二中开展“消防安全第一课”⟧</h1>
<div class="info">⟦m 时间：2025年06月06日　供稿：防火监督科　浏览量：1,047⟧</div>
<div class="video">⟦a ▶ 播放视频　时长 02:36　全屏⟧</div>
<div class="content">
{BODY}
</div>
<div class="qr">⟦a 微信扫一扫，一键报火警定位⟧</div>
<div class="foot"><p>⟦m 火灾隐患举报投诉电话：96119⟧</p><p>⟦d 澜水区消防救援大队 版权所有 ©2025⟧</p></div>
</body></html>
""",
        body="""
6月5日上午，区消防救援大队宣传员走进澜水二中，为全校一千四百余名师生讲授“消防安全第一课”。
宣传员结合近年来发生的校园火灾案例，讲解了电动自行车进楼入户充电、在宿舍使用大功率电器等行为的危害。
随后，全校师生开展了应急疏散演练，从警报响起到全部撤离到操场，用时两分十八秒。
大队负责人表示，今年将对辖区四十六所中小学逐一开展消防宣传，推动消防安全知识进课堂、进家庭。
""",
    ),
    dict(
        slug="yjgl-fengshan-plan-decimal-wrapped",
        site="枫山县应急管理局 (invented)",
        style="政府门户",
        genre="应急预案",
        kind="plan",
        form="text",
        source="http://yjj.fengshan.example.gov.cn/yjya/2025/0410/1207.html",
        title="枫山县地质灾害应急预案",
        record_title=None,
        date="2025-04-10",
        record_date="2025-04-10",
        notes="no record title; hard-wrapped at 70 columns; decimal headings 1 / 1.1 / 1.2 / 2.1 kept; the 24小时值班电话 inside the plan is body, the site's 值班 line is chrome",
        wrap=70,
        page="""
!m 枫山县应急管理局
!m 网站首页 / 应急预案 / 县级专项预案
{T}
!m 发布机构：县应急管理局　生成日期：2025-04-10　索引号：FS-YJ-2025-0032
{BODY}
!a 【打印本页】　【关闭窗口】
!m 本站值班电话：0745-3301110（非应急事项请拨打12345）
""",
        body="""
1 总则
1.1 编制目的
为高效有序做好地质灾害应急处置工作，最大限度减少人员伤亡和财产损失，维护社会稳定，制定本预案。
1.2 适用范围
本预案适用于本县行政区域内因自然因素或者人为活动引发的崩塌、滑坡、泥石流、地面塌陷等地质灾害的应对工作。
2 组织体系
2.1 县地质灾害应急指挥部
县人民政府成立县地质灾害应急指挥部，由分管副县长任指挥长，县应急管理局、县自然资源局主要负责人任副指挥长。
2.2 指挥部办公室
指挥部办公室设在县应急管理局，24小时值班电话：0745-3309110，负责指挥部日常工作。
3 预警与响应
3.1 地质灾害气象风险预警分为蓝色、黄色、橙色、红色四级，分别对应四级至一级应急响应。
3.2 发布橙色以上预警时，各乡镇要立即组织受威胁群众撤离到安全区域，并落实专人值守。
4 附则
本预案由县应急管理局负责解释，自印发之日起施行。
""",
    ),
    dict(
        slug="tyjr-pingxi-notice-attachments-banji",
        site="平溪市退役军人事务局 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://tyjrswj.pingxi.example.gov.cn/zcwj/2025/0301/266.html",
        title="关于做好2025年度退役士兵安置工作的通知",
        record_title="【通知公告】关于做好2025年度退役士兵安置工作的通知",
        date="2025-03-01",
        notes="decorated record title; a document number line (neutral); 附件 list, 抄送 and 印发 版记 kept in the body; a 政策咨询 box and 拥军优属 slogan as chrome",
        page="""
!m 平溪市退役军人事务局　〔拥军优属　尊崇关爱〕
!m 首页 > 政策文件 > 市局文件
!t 【通知公告】关于做好2025年度退役士兵安置工作的通知
平退役军人发〔2025〕6号
!m 发布时间：2025年03月01日 15:22　信息来源：安置就业科
{BODY}
!l 政策咨询｜在线留言｜办事指南
!w 退役军人服务热线：0739-12345转7号键
!m 主办：平溪市退役军人事务局　承办：市政务信息中心
""",
        body="""
各县（市、区）退役军人事务局，市直有关单位：
为认真落实退役士兵安置政策，确保今年接收安置工作顺利完成，现将有关事项通知如下。
一、精准掌握安置对象底数，4月15日前完成档案审核和安置计划编制。
二、规范开展考核选岗，坚持阳光安置，考核成绩、岗位计划和选岗结果一律公示。
三、做好自主就业退役士兵的技能培训和就业推荐，组织专场招聘会不少于两场。
附件：1.2025年度退役士兵安置计划表
2.退役士兵考核选岗量化评分标准
平溪市退役军人事务局
2025年3月1日
抄送：市人力资源和社会保障局，市财政局。
平溪市退役军人事务局办公室　2025年3月1日印发
""",
    ),
    dict(
        slug="zjj-yunmeng-reply-banji-html",
        site="云梦县住房和城乡建设局 (invented)",
        style="政府门户",
        genre="批复",
        kind="other",
        form="html",
        source="https://zjj.yunmeng.example.gov.cn/xxgk/pf/2025/0522/90.html",
        title="关于同意城关镇老旧小区改造项目实施方案的批复",
        record_title="关于同意城关镇老旧小区改造项目实施方案的批复",
        date="2025-05-22",
        record_date="2025-05-22",
        notes="HTML reply: a 信息公开 index table (meta), the 批复's own 抄送 line and its number kept, a 相关稿件 box and an 意见征集 float",
        page="""
<html><head><meta charset="utf-8"><title>关于同意城关镇老旧小区改造项目实施方案的批复</title></head><body>
<div class="top">⟦m 云梦县住房和城乡建设局政务公开⟧</div>
<table class="idx"><tr><td>⟦m 索引号：431127-YM-0522-009⟧</td><td>⟦m 主题分类：城乡建设⟧</td></tr>
<tr><td>⟦m 发布机构：县住建局⟧</td><td>⟦m 公开方式：主动公开⟧</td></tr></table>
<h2>⟦t 关于同意城关镇老旧小区改造项目实施方案的批复⟧</h2>
<p class="wh">云建复〔2025〕14号</p>
<div class="zw">
{BODY}
</div>
<div class="xg"><h4>⟦l 相关稿件⟧</h4><ul><li>⟦l 县住建局2025年城镇老旧小区改造计划公示⟧</li></ul></div>
<div class="float">⟦a 我要纠错⟧ ⟦a 意见征集⟧</div>
</body></html>
""",
        body="""
城关镇人民政府：
你镇《关于报请审批城关镇老旧小区改造项目实施方案的请示》收悉。经研究，现批复如下：
一、原则同意城关镇老旧小区改造项目实施方案。项目涉及小区九个、住户一千零六十户，总投资三千二百万元。
二、项目实施中要充分尊重居民意愿，改造内容应经居民议事会议讨论通过。
三、要严格落实质量安全责任，工程竣工后及时组织验收，并将资料报我局备案。
此复。
云梦县住房和城乡建设局
2025年5月22日
抄送：县发展和改革局，县财政局。
""",
    ),
    dict(
        slug="xczx-chenxi-plan-table-html",
        site="辰溪乡村振兴网 (invented)",
        style="政府门户",
        genre="实施方案",
        kind="plan",
        form="html",
        source="https://www.chenxixczx.example.cn/zcwj/2025/0228/31.html",
        title="辰溪县2025年庭院经济发展实施方案",
        record_title="辰溪县2025年庭院经济发展实施方案_政策文件_辰溪乡村振兴网",
        date="2025-02-28",
        record_date="2025-02-28",
        notes="a rural-revitalisation portal: a 助农直播 banner, a data table inside the plan (body, one row a paragraph), a 农产品推荐 box and a 帮扶热线 in the footer",
        page="""
<html><head><meta charset="utf-8"><title>辰溪县2025年庭院经济发展实施方案_政策文件_辰溪乡村振兴网</title></head><body>
<div class="hd">⟦m 辰溪乡村振兴网⟧ ⟦a 助农直播间正在直播，点击进入⟧</div>
<div class="pos">⟦m 位置：首页 >> 政策文件⟧</div>
<h1>⟦t 辰溪县2025年庭院经济发展实施方案⟧</h1>
<div class="src">⟦m 2025-02-28　来源：县农业农村局　字数：约1100字⟧</div>
<div class="txt">
{BODY}
</div>
<div class="box"><h3>⟦l 农产品推荐⟧</h3><p>⟦l 辰溪椪柑 10斤装 ¥39.9⟧</p><p>⟦l 土家腊肉 2斤 ¥78⟧</p></div>
<div class="ft">⟦m 帮扶热线：0745-5220168　湘ICP备2023019876号⟧</div>
</body></html>
""",
        body="""
为充分利用农户房前屋后闲置资源，发展庭院经济，促进农民增收，制定本方案。
一、目标任务
全年培育庭院经济示范户五百户，带动农户户均增收三千元以上。
二、发展模式
重点发展庭院种植、庭院养殖、庭院加工和庭院民宿四种模式，因户施策，不搞一刀切。
三、资金安排
县财政安排补助资金一百五十万元，对验收合格的示范户每户补助三千元，各乡镇示范户和资金分配如下：
乡镇　示范户（户）　补助资金（万元）
黄溪口镇　120　36
潭湾镇　95　28.5
各乡镇要在3月底前完成示范户遴选，并将名单报县乡村振兴工作领导小组办公室。
""",
    ),
    dict(
        slug="sthj-qingtan-bulletin-cn-date",
        site="青潭市生态环境局 (invented)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="text",
        source="http://sthjj.qingtan.example.gov.cn/hjjc/2025/0816/402.html",
        title="关于2025年第二季度重点排污单位自行监测情况的通报",
        record_title=None,
        date="2025-08-15",
        notes="no record title; the 成文日期 in Chinese numerals under the signature; a 分享到 row and an 环保举报 line; a 12369 hotline glued to the last footer line",
        page="""
!m 青潭市生态环境局
!m 首页 - 环境监测 - 监测通报
{T}
!a 分享到：微信　QQ空间　微博　【打印】
{BODY}
!l ◇ 相关链接：全市空气质量月报（2025年7月）
!m 环保举报请拨打12369　网站标识码：4312000031
""",
        body="""
各区县分局，各重点排污单位：
根据全市重点排污单位自行监测工作安排，我局对第二季度二百零六家单位的自行监测信息公开情况进行了检查，现将有关情况通报如下。
一、总体情况
二百零六家单位中，按要求完成自行监测并公开数据的有一百九十一家，公开率为百分之九十二点七，比上季度提高三点四个百分点。
二、存在问题
有十五家单位存在监测频次不足、数据公开不及时等问题，其中三家单位连续两个季度未公开监测数据。
三、下一步要求
对存在问题的单位，各分局要督促其在9月15日前完成整改，整改情况纳入企业环境信用评价。
青潭市生态环境局
二〇二五年八月十五日
""",
    ),
    dict(
        slug="mzj-hexi-request-no-title-signature",
        site="河西区民政局 (invented)",
        style="政府门户",
        genre="请示",
        kind="other",
        form="text",
        source="http://mzj.hexiqu.example.gov.cn/gzdt/2025/0903/77.html",
        title="关于增设社区养老服务站的请示",
        record_title="hexi_mzj_2025_077.html",
        title_in="file-name",
        date="2025-09-02",
        notes="record title is a page file name; a 民政服务 nav row and a 联系人 line of the request itself kept; a 网站地图｜联系我们 row and a 适老化 mode switch",
        page="""
!a 适老化模式　无障碍阅读　简体｜繁體
!m 河西区民政局　民政为民　民政爱民
!l 网站地图｜联系我们｜民政服务
{T}
{BODY}
!l 上一篇：区民政局召开社会组织年检工作部署会
!l 下一篇：（无）
!m 本站地址：http://mzj.hexiqu.example.gov.cn
""",
        body="""
区人民政府：
我区现有六十周岁以上老年人四万二千余人，占户籍人口的百分之二十二，居家和社区养老服务需求日益增长。
目前全区已建成社区养老服务站十四个，尚有七个社区未覆盖。为此，我局拟在2025年内新增社区养老服务站七个，每站建设补助资金二十万元，共计一百四十万元，从福利彩票公益金中列支。
妥否，请批示。
联系人：覃卫东　电话：0736-2278031
河西区民政局
2025年9月2日
""",
    ),
    dict(
        slug="difangzhi-lushan-research-footnotes",
        site="芦山县地方志编纂室 (invented)",
        style="政府门户",
        genre="调研报告",
        kind="report",
        form="text",
        source="http://szb.lushan.example.gov.cn/fzyj/2024/1120/58.html",
        title="关于全县村志编纂工作情况的调研报告",
        record_title="关于全县村志编纂工作情况的调研报告（芦山史志网）",
        date="2024-11-20",
        record_date="2024-11-20",
        notes="a local-gazetteer office: a 读志用志 slogan, an 作者 line, footnote-like 注 lines kept in the body; a 方志馆开放时间 box between body paragraphs",
        page="""
!m 芦山史志网　存史　资政　育人
!t 关于全县村志编纂工作情况的调研报告（芦山史志网）
!m 作者：县地方志编纂室课题组　日期：2024-11-20　阅读：96
{BODY}
!l 【方志动态】县志（2001—2020）评审稿通过终审
!d 本网所载文章仅代表作者观点，引用请注明出处。
""",
        body="""
为摸清全县村志编纂工作底数，今年九月至十月，县地方志编纂室组成课题组，深入十一个乡镇三十二个村开展专题调研。
一、基本情况
全县一百八十六个行政村中，已出版村志十九部，正在编纂的二十七部，其余村尚未启动。
⟦l 【温馨提示】县方志馆开放时间：周二至周日 9:00—17:00，周一闭馆⟧
二、主要问题
一是编纂力量薄弱，多数村依靠退休教师个人编写；二是资料收集困难，早期档案散失严重；三是经费保障不足。
三、对策建议
建议将村志编纂纳入乡村文化振兴考核，建立县级专家指导组，对列入名村志工程的村每村给予五万元补助。
注：本报告数据截至2024年10月31日。
""",
    ),
    dict(
        slug="archives-shaling-rules-print-words",
        site="沙陵市档案馆 (invented)",
        style="政府门户",
        genre="规章制度",
        kind="other",
        form="text",
        source="http://www.shalingda.example.gov.cn/dagl/zd/2025/0107/12.html",
        title="沙陵市档案馆档案查阅利用规定",
        record_title="沙陵市档案馆档案查阅利用规定",
        date="2025-01-07",
        record_date="2025-01-07",
        notes="a regulation whose articles speak of 复制/打印/拍照/下载 (body); the site's own 打印/收藏 buttons and a 预约查档 prompt are chrome; numbered 第X条 lines",
        page="""
!m 沙陵市档案馆　城市记忆
!m 当前位置：档案管理 › 规章制度
{T}
!m 2025-01-07　档案利用部
!a 🖨 打印　☆ 收藏　✉ 转发
{BODY}
!w 预约查档请拨打 0737-6601263 或登录“沙陵档案”小程序
!d Copyright 2025 沙陵市档案馆　所有
""",
        body="""
第一条　为规范档案查阅利用工作，保护档案安全，根据《中华人民共和国档案法》及其实施条例，结合本馆实际，制定本规定。
第二条　公民和组织持有效身份证明，可以查阅本馆已向社会开放的档案。
第三条　查阅档案原则上提供复制件或者数字副本，珍贵档案原件一律不予借出。
第四条　利用者需要复制、打印档案的，应当填写复制申请单，经利用部审核后由工作人员办理，不得自行拍照。
第五条　本馆网站提供开放档案目录的在线检索，目录可以下载，档案全文不提供下载。
第六条　本规定自2025年2月1日起施行。
""",
    ),
    dict(
        slug="canlian-biyang-initiative-oneline",
        site="碧阳县残疾人联合会 (invented)",
        style="社区网站",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.biyangdpf.example.org.cn/tzgg/20250515/19.html",
        title="全国助残日倡议书",
        record_title="全国助残日倡议书 | 碧阳县残联",
        date="2025-05-15",
        notes="the whole body on one line with ideographic indents; a 手语视频 action and a 无障碍浏览 switch above; the signature and date inside the one line",
        oneline=True,
        indent="\u3000\u3000",
        page="""
!a 无障碍浏览　语音朗读　手语视频
!m 碧阳县残疾人联合会 > 通知公告
!t 全国助残日倡议书 | 碧阳县残联
{BODY}
!l 扫码关注“碧阳残联”，了解更多助残政策
""",
        body="""
全县广大干部群众：
5月18日是第三十五次全国助残日。残疾人是社会大家庭的平等成员，理应共享经济社会发展成果。
我们倡议：每一个单位都能为残疾人就业提供岗位，每一个家庭都能尊重和关爱身边的残疾人，每一位市民都能自觉维护无障碍设施，不占用盲道和无障碍车位。
让我们携起手来，扶残助残，共建共享美好生活。
碧阳县残疾人联合会
2025年5月15日
""",
    ),
    dict(
        slug="zwfw-jinhe-guide-steps-list",
        site="金禾区政务服务网 (invented)",
        style="政府门户",
        genre="办事指南",
        kind="other",
        form="text",
        source="https://zwfw.jinhe.example.gov.cn/bszn/item/3301.html",
        title="个体工商户设立登记办事指南",
        record_title="个体工商户设立登记办事指南-金禾区政务服务网",
        date=None,
        notes="a service-hall guide: 在线办理/预约/收藏 buttons, a 办事评价 star box, numbered steps and the guide's own 咨询电话 kept; no date anywhere",
        page="""
!m 金禾区政务服务网　一网通办
!t 个体工商户设立登记办事指南-金禾区政务服务网
!a 【在线办理】【预约办理】【收藏事项】
!m 事项编码：11430105MB1C22031X4000117001　办件类型：即办件
{BODY}
!l 办事评价：☆☆☆☆☆ 非常满意 满意 基本满意 不满意
!m 技术支持：金禾区大数据中心
""",
        body="""
一、办理依据
《促进个体工商户发展条例》《中华人民共和国市场主体登记管理条例》。
二、申请材料
1.个体工商户登记（备案）申请书；
2.经营者身份证明；
3.经营场所使用证明。
三、办理流程
1.申请人通过网上办理或者到政务服务中心市场监管窗口提交申请；
2.窗口工作人员当场审核，材料齐全、符合法定形式的，当场予以登记；
3.申请人领取营业执照，或者选择免费邮寄送达。
四、办理时限
即时办结，收费标准为不收费。
五、咨询电话
0731-8890126（区政务服务中心市场监管窗口）
""",
    ),
]

"""holdout126, part B: a coast-guard workstation and a chemical industrial park. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="party-coastguard-station-theme-day",
        site="玳湾先锋网 (invented)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://www.daiwanxf.gov.cn/jcdj/2024/0705/9921.html",
        title="玳湾海警工作站党支部“守护蓝色国土”主题党日活动总结",
        record_title="【支部风采】玳湾海警工作站党支部“守护蓝色国土”主题党日活动总结",
        date="2024-07-04",
        notes="Party-building site: red banner, study-platform links, byline 发布时间 a day after the summary's own date, photo captions, a 学习强国 QR block and footer",
        date_also=["2024-07-05"],
        page="""
<html><head><meta charset="utf-8"><title>玳湾海警工作站党支部“守护蓝色国土”主题党日活动总结 - 玳湾先锋网</title></head>
<body>
<div class="red-top">⟦m 玳湾先锋网 —— 中共玳湾县委组织部主办⟧</div>
<div class="menu">⟦m 首页⟧ ⟦m 党建要闻⟧ ⟦m 基层党建⟧ ⟦m 党员教育⟧ ⟦m 组工信息⟧</div>
<div class="position">⟦m 位置：首页→基层党建→支部风采⟧</div>
<div class="detail"><h1>{T}</h1>
<div class="src">⟦m 发布时间：2024年07月05日　信息来源：玳湾海警工作站　作者：柯一鸣⟧</div>
<div class="con">
{BODY}
</div>
<div class="font">⟦a 【字体：大 中 小】⟧ ⟦a 【收藏】⟧ ⟦a 【打印】⟧</div></div>
<div class="right"><div class="qr">⟦a 扫一扫 关注“玳湾先锋”⟧</div>
<ul><li>⟦l 推荐：渔港党建联盟年中推进会召开⟧</li><li>⟦l 推荐：“海上枫桥”调解室揭牌⟧</li></ul></div>
<div class="bottom">⟦m 中共玳湾县委组织部 版权所有　技术支持：玳湾融媒科技⟧</div>
</body></html>
""",
        body="""
7月3日，玳湾海警工作站党支部联合渔港社区党支部，开展“守护蓝色国土”主题党日活动，12名党员和8名渔民代表参加。
活动分三个环节进行。一是重温入党誓词，全体党员面向党旗庄严宣誓。二是开展海上巡查，党员分两组登临6艘在港渔船，检查救生衣、消防器材和北斗终端配备情况。⟦m 图为党员登临渔船检查救生设备⟧
三是召开座谈会，听取渔民对海上执法服务的意见建议，现场解答伏季休渔政策问题11个。
通过此次活动，党员们进一步增强了守海护渔的责任意识。下一步，工作站党支部将把主题党日与服务渔民结合起来，推动党建工作与海上执法深度融合。
玳湾海警工作站党支部
2024年7月4日
""",
    ),
    dict(
        slug="qa-coastguard-fishing-boat-alarm",
        site="知否问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="qa",
        form="text",
        source="https://www.zhifou-wenda.com/question/58832017",
        title="出海打渔遇到险情，除了110还能打哪个电话求助？",
        record_title=None,
        date="2024-05-20",
        notes="Q&A: question as the title (missing from the record), answer dated 回答于, a quoted workstation reminder in the answer with its own 报警电话 next to the site's report line, vote bar and related questions",
        page="""
!m 知否问答 › 生活 › 渔业
{T}
!m 关注问题　　写回答　　邀请回答
!m 3 个回答　·　浏览 4812
!m 海边长大的阿洋　渔业合作社会计
!m 回答于 2024-05-20
{BODY}
!l 赞同 326　　反对　　评论 14　　收藏　　举报
!l 相关问题：伏季休渔期间能不能钓鱼？
!l 相关问题：渔船北斗终端坏了找谁修？
!m 违法和不良信息举报：400-669-0715
""",
        body="""
除了110，海上遇险最直接的是拨打海上搜救专用电话12395，另外我们这边的海警工作站也给每条船发过提醒卡，内容我抄在下面，供大家参考。
一、出海前检查救生衣、救生筏、灭火器，确认北斗终端、AIS设备正常开启。
二、遇到碰撞、火灾、进水、人员落水等险情，第一时间拨打12395或110，说清船名、位置和遇险人数。
三、附近渔船发现险情，在保证自身安全的前提下就近施救，并及时报告。
四、不听劝阻冒险出海的，依法予以处罚。
玳湾海警工作站报警电话：0596-7315110
总之，记住12395，关键时候能救命。
""",
    ),
    dict(
        slug="snapshot-coastguard-summer-fishing-ban",
        site="搜得快照 (invented)",
        style="搜索快照",
        genre="通告",
        kind="notice",
        form="text",
        source="http://cache.soude.cn/snap?u=http%3A%2F%2Fwww.daiwan.gov.cn%2Fhj%2F2024%2F0428.htm",
        title="关于2024年伏季休渔期间加强海上执法检查的通告",
        date="2024-04-28",
        notes="search snapshot: cache banner with a crawl stamp (not a date), highlighted terms line, the original page's chrome inside the snapshot",
        page="""
!m 这是 http://www.daiwan.gov.cn/hj/2024/0428.htm 的快照，是该网页在 2024年6月30日 09:12 的样子。
!d 搜得快照仅作为网页无法访问时的备份，与原网页无关，以原网页内容为准。
!m 以下搜索词已高亮显示：伏季休渔　执法检查
!m 玳湾县人民政府 >> 海洋渔业 >> 通知通告
{T}
{BODY}
!m 【打印】 【关闭】
!m 玳湾县人民政府办公室主办　闽ICP备05004418号
""",
        body="""
根据国家伏季休渔制度和省海洋与渔业部门有关规定，为保护海洋渔业资源，维护休渔秩序，现就2024年伏季休渔期间加强海上执法检查有关事项通告如下。
一、休渔时间：2024年5月1日12时至8月16日12时。
二、休渔期间，除钓具外的所有作业类型渔船一律回港休渔，不得擅自出海作业。
三、海警工作站联合渔业执法部门，对辖区港口、锚地和重点海域实行不间断巡查，对违规出海、偷捕、收购和销售违规渔获的行为依法查处。
四、欢迎社会各界监督举报，举报电话：0596-7312268。
玳湾海警工作站
玳湾县海洋与渔业局
2024年4月28日
""",
    ),
    dict(
        slug="localforum-coastguard-fisherman-letter",
        site="玳湾生活圈 (invented)",
        style="地方论坛",
        genre="公开信",
        kind="letter",
        form="text",
        source="https://bbs.daiwanq.com/forum.php?mod=viewthread&tid=118204",
        title="致全县渔民朋友的一封信",
        record_title="[港口资讯] 海警站给咱们渔民的一封信，大家都看看",
        date="2024-08-12",
        notes="local forum: board path, poster aside, 发表于 the same day as the letter, signature block and reply box",
        page="""
!m 玳湾生活圈 › 渔港人家 › 港口资讯
!m [港口资讯] 海警站给咱们渔民的一封信，大家都看看
!m 渔港阿华　发表于 2024-8-12 19:40
转给大家，开海了都注意安全。
{T}
{BODY}
!l 收藏(5)　　分享　　支持(22)　　反对
!l 最新回复　海风吹　前天 20:11　开海大吉！
!a 发表回复　|　高级模式　|　上传图片
!m 玳湾生活圈 ©2009-2024　客服微信：dwshq2009
""",
        body="""
全县渔民朋友们：
8月16日起，伏季休渔即将结束，渔船陆续开海生产。为保障大家出海安全，玳湾海警工作站提醒如下。
一、出海前务必检查船体、机器和通导设备，按规定配齐救生衣，一人一件，不准超员出海。
二、关注气象预报，风力达到7级以上或有台风预警时，不得冒险出海。
三、严禁涉渔“三无”船舶出海作业，严禁使用电鱼、炸鱼等违法方式捕捞。
四、遇到险情及时拨打12395，海警工作站24小时值守。
祝愿大家开海顺利、满载而归！
玳湾海警工作站
2024年8月12日
""",
    ),
    dict(
        slug="gov-yanxi-chem-park-emergency-drill-plan",
        site="琰溪化工园区管理委员会 (invented)",
        style="政府门户",
        genre="方案",
        kind="plan",
        form="text",
        source="http://hgyq.yanxi.gov.cn/aqhb/yjgl/202403/t20240321_4172.html",
        title="琰溪化工园区2024年危险化学品事故应急演练方案",
        record_title="琰溪化工园区2024年危险化学品事故应急演练方案_琰溪化工园区管理委员会",
        date="2024-03-20",
        notes="park committee portal (text page): font row, index line, decimal headings 2.1/2.2, a drill schedule table, 联系人 of the plan vs the park's duty line",
        page="""
!m 琰溪化工园区管理委员会　　今天是：2024年11月2日 星期六
!m 首页 | 园区概况 | 安全环保 | 招商引资 | 政务公开
!m 当前位置：首页 > 安全环保 > 应急管理
{T}
!m 发布日期：2024-03-21　　来源：园区安全监管局
!a [ 字号 放大 还原 缩小 ]
{BODY}
!l 上一篇：园区企业双重预防机制建设推进会召开
!l 下一篇：关于开展2024年“安全生产月”活动的通知
!m 园区24小时值班电话：0392-7119000
!m 琰溪化工园区管理委员会　版权所有　地址：琰溪县滨河大道88号
""",
        date_also=["2024-03-21"],
        body="""
为检验园区危险化学品事故应急预案的可操作性，提高园区、企业和救援队伍协同处置能力，制定本方案。
1 演练目的
1.1 检验应急预案中信息报告、先期处置、联动响应等环节的衔接情况。
1.2 锻炼园区专职消防队和企业应急队伍的实战能力。
2 演练安排
2.1 演练时间：2024年4月中旬，具体以园区通知为准。
2.2 演练地点：园区东区罐区及周边道路。
2.3 演练科目
序号　科目　牵头单位
1　储罐泄漏初期处置　瑞丰化工公司
2　人员疏散和交通管制　园区安全监管局
3　环境应急监测　县生态环境分局
3 工作要求
各参演单位要按照方案细化分工，演练结束后3个工作日内提交书面总结。
联系人：园区安全监管局　崔晨　电话：0392-7119032
琰溪化工园区管理委员会
2024年3月20日
""",
    ),
    dict(
        slug="intranet-ruifeng-chem-safety-meeting-minutes",
        site="瑞丰化工 协同办公平台 (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.ruifengchem.local/doc/view.do?id=20240612031",
        title="瑞丰化工有限公司2024年第二季度安全生产例会纪要",
        record_title="内部文档 | 瑞丰化工有限公司2024年第二季度安全生产例会纪要",
        date="2024-06-12",
        notes="intranet document view: system menu, document-info table, minutes' 时间/地点/主持/参会/记录 lines kept, approval trail and read count as chrome",
        page="""
<html><head><meta charset="gbk"><title>文档查看 - 瑞丰化工协同办公平台</title></head>
<body>
<div id="sys">⟦m 瑞丰化工协同办公平台 V6.2⟧ ⟦m 当前用户：安环部 孟涛⟧ <a>⟦a 退出⟧</a></div>
<div id="leftmenu"><ul><li>⟦m 待办事项(3)⟧</li><li>⟦m 公文管理⟧</li><li>⟦m 会议纪要⟧</li><li>⟦m 知识文库⟧</li></ul></div>
<table class="docinfo"><tr><td>⟦m 文档编号：RF-AH-2024-067⟧</td><td>⟦m 密级：内部⟧</td></tr><tr><td>⟦m 起草部门：安全环保部⟧</td><td>⟦m 阅读次数：214⟧</td></tr></table>
<h2>{T}</h2>
<div class="doc">
{BODY}
</div>
<div class="flow"><p>⟦m 流转记录：安全环保部 起草 → 分管副总 审核 → 总经理 签发⟧</p><p>⟦a 导出PDF　打印　转发⟧</p></div>
<div class="copyright">⟦d 本平台信息仅限公司内部使用，严禁截屏外传。⟧</div>
</body></html>
""",
        body="""
时间：2024年6月12日14:30
地点：公司办公楼三楼会议室
主持：副总经理 严立军
参会：各车间主任、安全员，安全环保部、设备部、生产部负责人
记录：安全环保部 童佳
会议通报了第二季度安全检查情况，研究部署了下一阶段重点工作。纪要如下。
一、第二季度共排查隐患47项，已整改43项，其余4项须于6月30日前完成整改，由设备部负责跟踪。
二、进入夏季高温期，各车间要加强反应釜温度、压力监控，严格执行交接班巡检制度。
三、动火、受限空间等特殊作业一律实行作业票管理，未办票的一律不得作业。
四、7月上旬配合园区开展应急演练，安全环保部牵头制定公司参演方案。
""",
    ),
    dict(
        slug="assoc-chem-industry-responsible-care-initiative",
        site="琰溪市化工行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="letter",
        form="html",
        source="https://www.yxchemia.org.cn/xhdt/2024/0915/312.html",
        title="关于践行“责任关怀”推动化工行业绿色安全发展的倡议书",
        record_title="【协会倡议】关于践行“责任关怀”推动化工行业绿色安全发展的倡议书",
        date="2024-09-12",
        date_also=["2024-09-15"],
        notes="association site: member login, column tabs, a join-us box glued after a line, 发布于 line, footer with secretariat phone",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>倡议书 - 琰溪市化工行业协会</title></head>
<body>
<div class="head">⟦m 琰溪市化工行业协会 Yanxi Chemical Industry Association⟧ <span>⟦a 会员入口⟧</span></div>
<div class="nav">⟦m 协会首页⟧ ⟦m 协会动态⟧ ⟦m 政策法规⟧ ⟦m 会员风采⟧ ⟦m 联系我们⟧</div>
<div class="here">⟦m 首页 » 协会动态 » 倡议⟧</div>
<h1>{T}</h1>
<p class="pub">⟦m 发布于 2024-09-15　浏览 673 次⟧</p>
<div class="body">
{BODY}
</div>
<div class="join">⟦a 申请加入协会，请点击“会员入口”在线填报⟧</div>
<div class="ft">⟦m 协会秘书处电话：0392-7200516　传真：0392-7200517⟧ ⟦d 本站内容未经协会书面授权不得转载⟧</div>
</body></html>
""",
        body="""
全市化工企业：
化工产业是我市的支柱产业。为推动行业高质量发展，琰溪市化工行业协会向全市化工企业发出如下倡议。
一、坚守安全底线。严格落实企业安全生产主体责任，主要负责人带头履职，全面推行双重预防机制。
二、推进绿色转型。加快工艺装备升级改造，降低单位产品能耗和污染物排放，积极创建绿色工厂。
三、履行社会责任。定期开展“工厂开放日”活动，主动向周边社区公开安全环保信息，接受社会监督。
四、加强行业自律。不恶意压价，不违规转包，共同维护公平竞争的市场秩序。
琰溪市化工行业协会
2024年9月12日
""",
    ),
    dict(
        slug="download-chem-park-safety-responsibility-table",
        site="安全资料下载站 (invented)",
        style="资料下载站",
        genre="制度",
        kind="regulation",
        form="html",
        source="http://www.anquanziliao.net/soft/20417.html",
        title="化工园区企业全员安全生产责任制",
        record_title="化工园区企业全员安全生产责任制.doc下载",
        date=None,
        notes="old table-layout download station (gb2312): marquee, file-info table with size/grade/update stamp (not a date), mirror links, dead-link report, visitor counter",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>化工园区企业全员安全生产责任制.doc下载_安全资料下载站</title></head>
<body bgcolor="#FFFFFF">
<table width="960" align="center"><tr><td>⟦m 安全资料下载站 www.anquanziliao.net⟧</td><td><marquee>⟦m 欢迎光临本站！每日更新安全管理资料⟧</marquee></td></tr></table>
<table width="960" align="center"><tr><td>⟦m 首页⟧</td><td>⟦m 安全制度⟧</td><td>⟦m 应急预案⟧</td><td>⟦m 操作规程⟧</td><td>⟦m 培训课件⟧</td></tr></table>
<table width="960" align="center" class="info">
<tr><td>⟦m 资料名称：化工园区企业全员安全生产责任制.doc⟧</td></tr>
<tr><td>⟦m 文件大小：58KB　资料等级：★★★★☆　更新时间：2024-03-02⟧</td></tr>
<tr><td>⟦m 下载次数：1328⟧</td></tr>
</table>
<table width="960" align="center"><tr><td>
<b>{T}</b>
{BODY}
</td></tr></table>
<table width="960" align="center"><tr><td>⟦a 下载地址：电信下载1　联通下载2　备用下载3⟧</td></tr><tr><td>⟦a 下载不了？点此报告死链⟧</td></tr></table>
<table width="960" align="center"><tr><td>⟦d 本站资料均来自网络，仅供学习参考，如有侵权请联系删除。⟧</td></tr><tr><td>⟦m 您是第 0428117 位访客⟧</td></tr></table>
</body></html>
""",
        body="""
第一章　总则
第一条　为落实企业安全生产主体责任，建立健全全员安全生产责任制，根据《中华人民共和国安全生产法》，结合园区企业实际，制定本制度。
第二条　本制度适用于园区内危险化学品生产、储存和使用企业的全体从业人员。
第二章　主要负责人职责
第三条　主要负责人是本单位安全生产第一责任人，对本单位安全生产工作全面负责。
第四条　主要负责人应当组织制定并实施本单位安全生产规章制度和操作规程，保证安全生产投入的有效实施。
第三章　岗位人员职责
第五条　岗位操作人员应当严格遵守操作规程，正确佩戴和使用劳动防护用品，发现事故隐患立即报告。
第六条　本制度由企业安全管理部门负责解释，自印发之日起施行。
""",
    ),
    dict(
        slug="training-chem-operator-class-notice",
        site="琰溪安达职业技能培训学校 (invented)",
        style="培训机构",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.yxandapx.com/zsxx/2024/0819.html",
        title="关于举办化工总控工（四级）职业技能培训班的通知",
        record_title="关于举办化工总控工（四级）职业技能培训班的通知_安达培训",
        date="2024-08-19",
        notes="training school: floating consult box and course ads between paragraphs, the school's 报名电话 in the notice beside a 400 line, a fee table",
        page="""
!m 安达职业技能培训学校 — 技能改变命运
!m 首页　招生信息　课程介绍　师资力量　在线报名
!w 在线咨询　课程顾问微信：andapx_kf01（扫码立减100元）
{T}
!m 发布：招生办　　时间：2024-08-19　　点击：946
{BODY}
!w 全国招生热线：400-115-7721
!l 热门课程：危化品安全管理人员取证班 ｜ 特种作业电工证 ｜ 叉车司机
!m 琰溪安达职业技能培训学校　地址：琰溪县工业路16号
""",
        body="""
园区各企业：
为提升化工企业一线操作人员技能水平，经县人力资源和社会保障局备案，我校定于2024年9月举办化工总控工（四级）职业技能培训班。
一、培训对象
园区企业从事化工总控操作的在岗职工，具有初中以上学历。
⟦a 报名通道已开启，立即抢占名额→⟧
二、培训内容和时间
理论培训40课时，实操培训56课时，培训时间为9月9日至10月18日，利用周末集中授课。
三、费用
项目　标准　说明
培训费　1800元/人　符合条件的可申领职业技能提升补贴
鉴定费　300元/人　统一组织鉴定
四、报名方式
各企业汇总报名表，于9月2日前报送我校教务处。
报名电话：0392-7125566　联系人：金老师
琰溪安达职业技能培训学校
2024年8月19日
""",
    ),
    dict(
        slug="wiki-chem-park-closed-management-entry",
        site="百知百科 (invented)",
        style="百科问答",
        genre="百科",
        kind="wiki",
        form="text",
        source="https://baike.baizhi.cn/item/化工园区封闭化管理/66120",
        title="化工园区封闭化管理",
        record_title="化工园区封闭化管理_百知百科",
        date=None,
        notes="encyclopaedia entry: edit/lock chrome, a template placeholder date ××××年××月××日 and example numbers inside sentences (no date), catalogue box, references, a 'last edited' stamp",
        page="""
!m 百知百科 — 全球中文知识百科
!a 编辑　　讨论　　上传视频　　收藏
{T}
!m 本词条由“百知·化工安全”科普团队参与编辑并审核
!l 目录　1 定义　2 主要内容　3 申报材料
{BODY}
!l 参考资料：1.《化工园区安全风险排查治理导则》解读
!l 词条标签：安全生产　化工园区　行政管理
!m 浏览次数：12037次　　编辑次数：9次　　最近更新：ys_hxaq（6天前）
!d 百知百科内容由网友共同编辑，如您认为本词条存在问题，请点击申诉。
""",
        body="""
化工园区封闭化管理是指通过设置实体围墙、门禁系统和视频监控，对进出化工园区的人员、车辆和危险化学品实行全过程管控的管理方式。
主要内容
一是物理隔离，园区边界设置连续封闭的围墙或隔离设施；二是出入口管控，设置人员、车辆分流通道；三是危险化学品运输车辆实行预约登记和专用停车场管理。
申报材料
园区申请封闭化管理验收时，一般需提交验收申请书，申请书落款日期按“××××年××月××日”格式填写，并附封闭化建设方案、视频监控点位图等材料。
""",
    ),
    dict(
        slug="netdisk-chem-park-rectification-report",
        site="云樽网盘 (invented)",
        style="网盘分享",
        genre="报告",
        kind="report",
        form="text",
        source="https://pan.yunzun.cn/s/1xQ9cT4vRrA",
        title="关于琰溪化工园区环保督察反馈问题整改情况的报告",
        record_title="关于琰溪化工园区环保督察反馈问题整改情况的报告.pdf",
        date="2024-10-30",
        notes="cloud-drive share page: file-name record title, share info with expiry, save/download buttons, preview limit line, report with a numbered list and a Chinese-numeral date",
        page="""
!m 云樽网盘 | 分享文件
!m 关于琰溪化工园区环保督察反馈问题整改情况的报告.pdf　　1.2M
!m 分享者：y***6　　分享时间：2024-11-04　　有效期：永久有效
!a 保存到我的网盘　　下载（1.2M）　　举报
{T}
{BODY}
!a 仅预览前3页，完整文件请下载后查看
!a 打开云樽APP，大文件极速下载
""",
        date_also=["2024-11-04"],
        body="""
县人民政府：
按照省生态环境保护督察反馈意见要求，园区管委会对涉及园区的3个问题逐项制定整改措施，现将整改情况报告如下。
一、关于污水处理厂提标改造滞后问题。已完成提标改造工程，出水水质稳定达到一级A标准，9月通过竣工环保验收。
二、关于部分企业VOCs收集效率不高问题。督促11家企业完成废气收集系统改造，委托第三方开展监测，排放浓度全部达标。
三、关于园区雨污分流不彻底问题。新建雨水管网3.6公里，改造混接点27处，整改已全部完成。
下一步，园区将建立长效监管机制，防止问题反弹。
琰溪化工园区管理委员会
二〇二四年十月三十日
""",
        title_in="file-name",
    ),
]

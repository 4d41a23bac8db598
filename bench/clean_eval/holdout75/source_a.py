"""holdout75, part A: a highway-maintenance station, a coin collectors' society, a children's
welfare home, a postnatal-care centre, a relief station for the homeless, a drug-rehabilitation
centre's Party branch, a blind-massage association, a power-supply station's intranet, a grain
depot's tender, a dragon-boat association's account and a waist-drum team on a town forum.
Everything invented (see ../README.md and ../build.py)."""

CASES = [
    dict(
        slug="highway-station-linchuan-snow-notice-html",
        site="蔺川县公路养护中心 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://glyh.linchuan.example.gov.cn/tzgg/2025/1203/5521.html",
        title="关于做好2025—2026年冬季公路除雪保通工作的通知",
        record_title="关于做好2025—2026年冬季公路除雪保通工作的通知_通知公告_蔺川县公路养护中心",
        date="2025-12-02",
        date_also=["2025-12-03"],
        notes="modern county template; a font-size row and a share bar glued after a sentence; 联系人 beside the site's 12122 footer; 附件 list",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于做好2025—2026年冬季公路除雪保通工作的通知_通知公告_蔺川县公路养护中心</title>
<script>var _stat = 'glyh';</script></head><body>
<header><div class="logo">⟦m 蔺川县公路养护中心⟧</div><nav>⟦m 首页 | 中心概况 | 养护动态 | 通知公告 | 路况信息 | 互动交流⟧</nav></header>
<div class="crumb">⟦m 您所在的位置：首页 » 通知公告 » 正文⟧</div>
<div class="main"><h2>⟦t 关于做好2025—2026年冬季公路除雪保通工作的通知⟧</h2>
<div class="meta">⟦m 发文时间：2025-12-03 16:20　　浏览量：[ 412 ]⟧　⟦a 字体：[大] [中] [小]⟧</div>
<div class="content">
{BODY}
</div>
<div class="share">⟦l 分享到：微信 微博 QQ空间⟧</div>
<div class="pn">⟦l 上一条：县道X307线路面修补施工期间交通管制的公告⟧<br>⟦l 下一条：中心开展桥梁汛后检查⟧</div></div>
<aside><h4>⟦l 路况快报⟧</h4><ul><li>⟦l G1513蔺川段今晨团雾已消散⟧</li><li>⟦l 省道S226沙坪至河口段恢复通行⟧</li></ul></aside>
<footer><p>⟦m 主办：蔺川县公路养护中心　地址：蔺川县城南大道9号⟧</p><p>⟦m 路况服务热线：12122（24小时）⟧</p><p>⟦m 蔺ICP备18004213号-1⟧</p></footer>
</body></html>
""",
        body="""
各养护站、机械化养护队：
今冬明春气象部门预测我县降雪偏多，为确保国省干线和重点县乡道路安全畅通，现就做好冬季除雪保通工作通知如下。
一、落实责任。各养护站要按照“分段包干、责任到人”的要求，将除雪路段落实到班组和个人，12月10日前将责任分工表报中心养护科。
二、备足物资。融雪剂、防滑料要在12月15日前储备到位，堆放点须设置警示标志，并做好防潮防流失措施。⟦a 【打印本页】【关闭窗口】⟧
三、强化值守。降雪期间实行24小时值班，养护站负责人带班，路况信息每两小时报送一次。
四、及时处置。雪停路通前，各站不得撤离机械和人员；出现阻断的，须在30分钟内报告中心调度室。
联系人：养护科　覃晓东　电话：0739-6523018
附件：1.冬季除雪保通责任分工表
2.除雪机械设备统计表
蔺川县公路养护中心
2025年12月2日
""",
    ),
    dict(
        slug="coin-society-fuyuan-minutes-text",
        site="菰原市钱币收藏协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="https://www.fyqbxh.example.org/news/2025/03/0117.html",
        title="菰原市钱币收藏协会第三届理事会第四次会议纪要",
        record_title="【协会纪要】菰原市钱币收藏协会第三届理事会第四次会议纪要",
        date="2025-03-14",
        notes="minutes with 时间/地点/主持/出席/记录 lines kept; a members-only prompt between paragraphs; a QQ-group prompt at the bottom",
        page="""
!m 菰原市钱币收藏协会 —— 以泉会友 以藏养德
!m 协会首页 / 会务公开 / 会议纪要
{T}
!m 编辑：秘书处　　2025年03月17日　　点击：96次
{BODY}
!l 【相关会务】第三届理事会第三次会议纪要
!l 【相关会务】关于举办“古泉今韵”藏品交流展的通知
!w 入会咨询请加协会QQ群：71390264（验证信息：姓名+藏龄）
!d 本站文字仅供会员交流，转载请注明出处，图片版权归原作者。
""",
        body="""
时间：2025年3月14日下午2:30
地点：协会活动室（菰原市文化宫三楼）
主持：协会会长 阮承志
出席：理事11人，监事2人
记录：秘书处 程晓岚
会议听取了秘书处关于2024年度会务和财务情况的报告，审议通过了2025年度工作计划。
会议决定，4月下旬在市文化宫举办“古泉今韵”藏品交流展，由副会长邬立新牵头，各理事负责征集本区域会员展品。
⟦a 以下内容仅对登录会员开放，游客请先登录⟧
会议强调，交流展期间严禁买卖来路不明的出土钱币，对违反协会章程的会员，按章程规定予以处理。
会议同意吸收吕兆丰等7人为新会员。
""",
    ),
    dict(
        slug="welfare-home-shishan-letter-wechat",
        site="蓍山县儿童福利院公众号镜像 (invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://wx.mirror-read.example.com/s/Qm7xPz02ssH",
        title="“冬日暖童心”爱心衣物募集倡议书",
        record_title=None,
        date="2025-11-20",
        notes="WeChat mirror; title missing from the record, found on the page; account line; 扫码 inside the document kept; 在看/阅读原文 bar",
        page="""
!t “冬日暖童心”爱心衣物募集倡议书
!m 原创　蓍山儿福　蓍山县儿童福利院　2025-11-20 18:05　发表于湖北
{BODY}
!l 阅读原文
!l 阅读 1.2万　　分享　　在看 87
!a 微信扫一扫，关注该公众号
!l 写留言
""",
        body="""
亲爱的社会各界爱心人士：
冬季将至，院内目前在院儿童共96名，其中学龄前儿童41名，冬季衣物尚有较大缺口。
为让孩子们温暖过冬，我院即日起至12月20日开展“冬日暖童心”爱心衣物募集活动。
募集物品以全新或九成新以上的冬季外套、毛衣、棉鞋为主，尺码为90至160。
捐赠前请扫描下方二维码登记捐赠物品和数量，以便我们统一分配，避免重复。
接收地址：蓍山县城关镇福康路12号儿童福利院门卫室，联系电话：0716-8832106。
每一件衣物都是一份温暖，感谢您的关心与支持！
蓍山县儿童福利院
2025年11月20日
""",
    ),
    dict(
        slug="postnatal-centre-fengwan-rules-html-oldtable",
        site="葑湾县安馨月子中心 (invented)",
        style="企业官网",
        genre="制度",
        kind="other",
        form="html",
        source="http://www.anxin-yuezi.example.cn/news_view.asp?id=218",
        title="安馨月子中心母婴探视管理规定",
        record_title="安馨月子中心母婴探视管理规定--葑湾县安馨月子中心",
        date=None,
        notes="old gb2312 table layout with marquee, visitor counter and a floating consult box; a rule whose articles speak of 扫码/登记; no date (a 更新时间 stamp only as 3天前)",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>安馨月子中心母婴探视管理规定--葑湾县安馨月子中心</title>
<style>td{font-size:12px}</style></head><body>
<table width="960" align="center"><tr><td>⟦m 葑湾县安馨月子中心　专业母婴护理　预约热线：0755-2790-6611⟧</td></tr>
<tr><td><marquee>⟦m 热烈祝贺我中心荣获葑湾县“放心母婴服务机构”称号！⟧</marquee></td></tr>
<tr><td>⟦m 网站首页 ｜ 中心介绍 ｜ 套餐服务 ｜ 新闻动态 ｜ 在线预约⟧</td></tr></table>
<table width="960" align="center"><tr><td width="200" valign="top">
<p>⟦l 服务项目⟧</p><p>⟦l ·产后修复⟧</p><p>⟦l ·新生儿护理⟧</p><p>⟦l ·月子膳食⟧</p>
</td><td valign="top">
<p align="center"><b>⟦t 安馨月子中心母婴探视管理规定⟧</b></p>
<p align="center">⟦m 更新：3天前　　人气：1208⟧</p>
{BODY}
</td></tr></table>
<div id="float">⟦w 在线客服 点击咨询 微信：anxin_yz88⟧</div>
<table width="960" align="center"><tr><td>⟦d Copyright 2019-2025 葑湾县安馨月子中心 版权所有⟧</td></tr>
<tr><td>⟦m 您是本站第 0048213 位访客⟧</td></tr></table>
</body></html>
""",
        body="""
第一条　为保障产妇和新生儿健康，防止交叉感染，结合本中心实际，制定本规定。
第二条　每日探视时间为上午10:00至11:30、下午15:00至17:00，其余时间谢绝探视。
第三条　探视人员进入前须在前台扫码登记姓名、电话和体温，每次探视每间房不超过2人。
第四条　患有感冒、发热等症状的人员不得探视；12岁以下儿童不得进入母婴区。
第五条　探视人员须穿戴鞋套和口罩，未经护理人员同意不得抱新生儿。
第六条　本规定自公布之日起施行，由中心护理部负责解释。
""",
    ),
    dict(
        slug="relief-station-shaoling-summary-wenku",
        site="文汇库在线预览 (invented)",
        style="文库预览",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.wenhuiku.example.com/p-88210734.html",
        title="苫岭县救助管理站2024年工作总结",
        record_title="苫岭县救助管理站2024年工作总结（可编辑）.docx",
        title_in="file-name",
        date="2025-01-06",
        notes="文库 preview, page markers ▤2▤ cutting sentences; file-name title; preview-end prompt; upload notice",
        pages=dict(fmt="▤{n}▤", every=100, start=2, glue=False),
        page="""
!m 文汇库 — 海量文档在线阅读
!t 苫岭县救助管理站2024年工作总结（可编辑）.docx
!m 页数：4页　　上传者：wx_8821s　　上传于：2025-02-11
!a 立即下载　　加入收藏　　举报
{BODY}
!a 剩余2页未读，开通文汇卡免费下载全文
!d 本文档由用户自行上传，文汇库仅提供存储和展示服务，如有侵权请联系删除。
!l 猜你喜欢：救助站年度工作计划　街面巡查工作制度　寒冬送温暖活动方案
""",
        body="""
2024年，我站在县民政局的领导下，坚持“应救尽救、应助尽助”，全年共救助流浪乞讨人员217人次，其中护送返乡63人次。
一、主动救助常态化。组建街面巡查小组，每周开展巡查不少于三次，寒冷天气和高温天气期间实行每日巡查。
二、寻亲服务精准化。借助人脸识别比对和寻亲公告，为11名长期滞留人员找到亲人，其中一人离家已有二十三年。
三、站内管理规范化。修订完善受助人员入站登记、物品保管、医疗救治等制度九项，全年未发生安全责任事故。
四、存在的不足。救助站专业社工人员偏少，与公安、医院的信息共享机制还不够顺畅。
2025年，我站将加大购买社工服务力度，进一步提升救助管理服务水平。
苫岭县救助管理站
2025年1月6日
""",
    ),
    dict(
        slug="rehab-centre-jiangcheng-party-lecture-html",
        site="茳城强制隔离戒毒所党建园地 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://www.jcjds.example.gov.cn/djyd/2025/0701/318.html",
        title="在戒毒所庆祝建党104周年暨“七一”表彰大会上的讲话",
        record_title=None,
        date="2025-06-30",
        notes="Party-building template; speaker and date lines under the speech title (neutral); 点赞/收藏 row; prev/next; title missing from the record",
        page="""
<html><head><meta charset="utf-8"><title>党建园地 - 茳城强制隔离戒毒所</title></head><body>
<div class="banner">⟦m 茳城强制隔离戒毒所 · 党建园地⟧</div>
<ul class="nav"><li>⟦m 支部动态⟧</li><li>⟦m 学习园地⟧</li><li>⟦m 党员风采⟧</li><li>⟦m 廉政建设⟧</li></ul>
<div class="position">⟦m 当前位置：党建园地 &gt; 支部动态⟧</div>
<h1>⟦t 在戒毒所庆祝建党104周年暨“七一”表彰大会上的讲话⟧</h1>
<p class="sub">所党委书记、所长　宁振华</p>
<p class="sub">（2025年6月30日）</p>
<div class="txt">
{BODY}
</div>
<div class="tools">⟦a 点赞(36)　收藏　打印⟧</div>
<div class="near">⟦l 上一篇：第二党支部开展“戒毒民警讲党课”活动⟧<br>⟦l 下一篇：所党委召开理论学习中心组会议⟧</div>
<div class="foot">⟦d 本栏目内容由所政治处负责维护⟧ ⟦m 电话：0725-3318100⟧</div>
</body></html>
""",
        body="""
同志们：
今天，我们隆重集会，庆祝中国共产党成立104周年，表彰一年来涌现出的先进基层党组织、优秀共产党员和优秀党务工作者。
过去一年，全所各级党组织坚持党建引领，推动戒毒工作与党建工作深度融合，连续八年实现“六无”目标。
一要坚定理想信念，把政治建设摆在首位，始终做到对党忠诚。
二要锤炼过硬作风，在教育矫治一线当先锋、作表率，努力让每一名戒毒人员都能重新回归社会。
三要严守纪律规矩，常怀敬畏之心，筑牢拒腐防变的思想防线。
同志们，让我们以受表彰的同志为榜样，为建设平安茳城作出新的更大贡献！
""",
    ),
    dict(
        slug="blind-massage-assoc-qianxi-pledge-text",
        site="荨溪县盲人按摩协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.qxmram.example.org.cn/show.php?id=77",
        title="荨溪县盲人按摩行业诚信服务倡议书",
        record_title="荨溪县盲人按摩行业诚信服务倡议书 | 荨溪县盲人按摩协会",
        date="2025-05-18",
        notes="association page; breadcrumbs with ›; a 无障碍 button row; a 读屏 prompt; the document's own 监督电话 beside the site's phone line",
        page="""
!m 荨溪县盲人按摩协会
!a 无障碍浏览　｜　长者模式　｜　语音朗读
!m 首页 › 协会公告 › 倡议书
{T}
!m 来源：协会办公室　日期：2025-05-19　阅读：233
{BODY}
!a 【朗读全文】【放大字体】【返回顶部】
!m 协会办公电话：0738-5120339　地址：荨溪县残联大楼二楼
!d 本站由荨溪县残疾人联合会指导，内容仅供会员参考。
""",
        body="""
全县各盲人按摩机构、全体从业人员：
盲人按摩是广大视障朋友就业增收的重要途径，行业的声誉靠我们每一个人来维护。
在第35次全国助残日来临之际，协会向全体会员发出如下倡议：
1.明码标价，服务项目和收费标准在店内醒目位置公示，不巧立名目、不诱导消费。
2.规范服务，严格按照操作规范提供保健按摩，不夸大宣传保健功效。
3.持证上岗，积极参加协会组织的技能培训和等级考核。
4.热情待客，主动接受顾客监督，顾客投诉可拨打协会监督电话0738-5120887。
让我们携起手来，共同擦亮荨溪盲人按摩的诚信招牌！
荨溪县盲人按摩协会
2025年5月18日
""",
    ),
    dict(
        slug="power-station-hanchuan-oa-plan",
        site="蔊川供电所协同办公平台 (invented)",
        style="企业内网",
        genre="方案",
        kind="plan",
        form="html",
        source="http://oa.hcgds.example.local/doc/view?docid=20250611-044",
        title="蔊川供电所2025年迎峰度夏保供电工作方案",
        record_title="蔊川供电所2025年迎峰度夏保供电工作方案",
        date="2025-06-11",
        record_date="2025-06-11",
        notes="intranet document view with 流转记录 and read count; a data table one row a paragraph; decimal headings 2.1/2.2; 抄送 版记 kept",
        page="""
<html><head><meta charset="utf-8"><title>公文查看 - 协同办公平台</title></head><body>
<div class="topbar">⟦m 蔊川供电所协同办公平台⟧　⟦a 待办(5)　已办　退出登录⟧</div>
<div class="tabs">⟦m 公文管理 / 收文 / 公文查看⟧</div>
<h3>⟦t 蔊川供电所2025年迎峰度夏保供电工作方案⟧</h3>
<div class="docinfo">⟦m 拟稿人：付雪梅　　核稿：郑涛　　密级：内部⟧</div>
<div class="doc">
{BODY}
</div>
<div class="flow"><h4>⟦l 流转记录⟧</h4><p>⟦l 2025-06-11 09:12 付雪梅 提交 → 郑涛 审核通过⟧</p><p>⟦l 2025-06-11 15:40 所长 龙建明 签发⟧</p></div>
<div class="read">⟦m 已阅 27 人　未阅 4 人⟧</div>
<div class="ft">⟦d 内部资料 严禁外传⟧</div>
</body></html>
""",
        body="""
为确保今夏用电高峰期间辖区电网安全稳定运行，结合我所实际，制定本方案。
一、工作目标
确保不发生因设备过载引起的大面积停电，重要用户和民生用电可靠供应。
二、重点措施
2.1 负荷预测。各供电班组于6月20日前完成所辖台区负荷测算，对重过载台区逐一制定改造或调荷措施。
2.2 设备巡视。对10千伏线路开展特巡，高温期间每周不少于两次，发现缺陷及时消除。
2.3 应急准备。应急发电车、抢修物资和抢修队伍实行24小时待命。
三、重过载台区清单
序号　台区名称　最大负载率　整改措施
1　河口街2号台区　112%　增容至400千伏安
2　柳塘村3号台区　97%　切改负荷
3　新桥工业园1号台区　103%　新增布点
抄送：县供电公司运维检修部、安全监察部。
蔊川供电所
2025年6月11日
""",
    ),
    dict(
        slug="grain-depot-chunling-tender-result-html",
        site="莼岭县粮食储备库采购平台 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://cg.clgrain.example.com/gg/zbjg/2025/0909/1107.html",
        title="莼岭县粮食储备库仓房屋面防水改造项目中标结果公告",
        record_title="莼岭县粮食储备库仓房屋面防水改造项目中标结果公告 - 采购平台",
        date="2025-09-09",
        notes="tender platform; bid-result table kept; purchaser and agency contacts beside a CA helpdesk line; 公示期 sentence kept",
        page="""
<html><head><meta charset="utf-8"><title>莼岭县粮食储备库仓房屋面防水改造项目中标结果公告 - 采购平台</title></head><body>
<div class="hd">⟦m 莼岭县粮食储备库采购平台⟧ ⟦a 供应商注册 | 登录⟧</div>
<div class="nav">⟦m 采购公告　变更公告　结果公告　合同公示⟧</div>
<div class="bread">⟦m 首页 &gt;&gt; 结果公告⟧</div>
<div class="tt">⟦t 莼岭县粮食储备库仓房屋面防水改造项目中标结果公告⟧</div>
<div class="tm">⟦m 发布时间：2025-09-09 10:00:00　　项目编号：CLLK-2025-017⟧</div>
<div class="bd">
{BODY}
</div>
<div class="ca">⟦m CA证书办理及技术支持：400-106-8899（工作日8:30-17:30）⟧</div>
<div class="related"><p>⟦l 相关公告⟧</p><p>⟦l 仓房屋面防水改造项目招标公告⟧</p><p>⟦l 仓房屋面防水改造项目答疑澄清⟧</p></div>
<div class="ft">⟦d 本平台公告信息仅供参考，以采购人书面文件为准⟧</div>
</body></html>
""",
        body="""
一、项目名称：莼岭县粮食储备库仓房屋面防水改造项目
二、中标信息
中标候选人排序　单位名称　投标报价（元）
第一名　湘安建设工程有限公司　1,286,400.00
第二名　莼岭县宏达防水工程有限公司　1,302,950.00
第三名　南岳建筑安装有限公司　1,318,000.00
三、公示期限：自本公告发布之日起1个工作日。
四、对本公告如有异议，请在公示期内以书面形式向采购人提出。
五、联系方式
采购人：莼岭县粮食储备库　联系人：龚建国　电话：0744-6021135
代理机构：莼岭公诚招标代理有限公司　联系人：戴敏　电话：0744-6028840
""",
    ),
    dict(
        slug="dragonboat-assoc-shuoyuan-plan-mirror",
        site="蒴原龙舟协会公众号镜像 (invented)",
        style="公众号镜像",
        genre="方案",
        kind="plan",
        form="html",
        source="https://mp.wxreader.example.net/a/dragonboat-sy-0601",
        title="2025年蒴原端午龙舟邀请赛活动方案",
        record_title="龙舟竞渡｜2025年蒴原端午龙舟邀请赛活动方案",
        date="2025-05-12",
        notes="WeChat-style mirror page; account header with 发布时间 (the page's date); a follow card glued to the first paragraph; schedule table; 关注/扫码 as part of the document kept",
        page="""
<html><head><meta charset="utf-8"><title>龙舟竞渡｜2025年蒴原端午龙舟邀请赛活动方案</title></head><body>
<div class="rich_media">
<h1>⟦t 龙舟竞渡｜2025年蒴原端午龙舟邀请赛活动方案⟧</h1>
<div class="meta">⟦m 蒴原龙舟协会⟧ ⟦m 2025年05月12日 20:31⟧</div>
<div class="content">
{BODY}
</div>
<div class="bottom">⟦l 喜欢此内容的人还喜欢⟧<br>⟦l 往届龙舟赛精彩瞬间回顾⟧<br>⟦l 龙舟划手招募令⟧</div>
<div class="tool">⟦a 分享　收藏　点赞 211　在看⟧</div>
<div class="mirror">⟦d 本页面由第三方阅读器生成，版权归原公众号所有⟧</div>
</div></body></html>
""",
        body="""
⟦a 点击上方蓝字关注我们⟧为传承端午民俗文化，丰富群众节日生活，协会定于端午节当天在蒴水河城区段举办龙舟邀请赛。
一、时间地点：2025年5月31日上午8:30，蒴水河文昌桥至望江亭河段。
二、参赛队伍：邀请县内各乡镇及周边县市龙舟队共16支，每队划手22人、鼓手1人、舵手1人。
三、赛程安排
时间　项目　备注
8:30　开幕式　文昌桥广场
9:00　200米直道预赛　分四组
10:30　200米直道决赛　前八名
四、安全保障。每支队伍须为全体队员购买意外伤害保险，比赛全程须穿戴救生衣。
市民可关注本公众号，扫码预约观赛区座位，每个账号限约2席。
蒴原龙舟协会
2025年5月12日
""",
    ),
    dict(
        slug="waist-drum-hanshui-forum-post-junk",
        site="菡水生活论坛 (invented)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="text",
        source="https://bbs.hanshuilife.example.com/thread-55031-1-1.html",
        title="城东社区腰鼓队招募新队员的通知",
        record_title="[社团招募] 城东社区腰鼓队招募新队员的通知 - 菡水生活论坛",
        date="2025-08-26",
        date_also=["2025-08-27"],
        notes="local forum: anti-scraping junk glued and on lines; 楼主/发表于 lines; a quoted reply and signature at the bottom",
        junk=dict(lines=3, glued=2),
        page="""
!m 菡水生活论坛 › 社区邻里 › 兴趣社团
!t [社团招募] 城东社区腰鼓队招募新队员的通知
!m 楼主：鼓乐老周　发表于 2025-8-27 07:42　只看该作者
{BODY}
!l 回复 沙发 小米粒儿：我妈想报名，五十八岁可以吗？
!l 回复 板凳 鼓乐老周：可以的，欢迎阿姨来！
!m 签名：晨练一小时，健康一辈子
!a 高级模式　｜　发表回复　｜　收藏本帖
""",
        body="""
各位街坊邻居：
城东社区腰鼓队成立已有六年，现有队员38人，多次参加区里的文艺汇演。
为壮大队伍，现面向辖区居民招募新队员15名，年龄在45至65岁之间，身体健康、热爱腰鼓艺术即可，零基础也欢迎。
训练时间为每周二、四、六早上6:30至7:30，地点在城东社区文化广场，腰鼓和服装由社区统一配发。
报名请于9月10日前到社区居委会一楼服务台登记，联系人：周桂兰，电话：13907361522。
城东社区居委会
2025年8月26日
""",
    ),
]

"""holdout186, part C: charging and data cables (数据线). Invented text; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="company-lianxin-cable-recall-notice",
        site="联芯线缆科技 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="text",
        source="https://www.lianxin-cable.com/news/gonggao/2024-10-12.html",
        title="关于召回部分批次Type-C快充数据线的公告",
        record_title="公司公告丨关于召回部分批次Type-C快充数据线的公告",
        date="2024-10-12",
        notes="company site text; online-service float; the recall line kept beside a 400 sales line; recalled batches table",
        page="""
!m 联芯线缆科技　连接每一次充电
!m 首页 / 新闻中心 / 公司公告
{T}
!m 2024.10.12　　浏览 1406
{BODY}
!w 在线客服　工作日 9:00-18:00　点击咨询
!m 产品销售热线：400-716-2288
!m ©2024 箦溪县联芯线缆科技有限公司　浙ICP备20018806号
""",
        body="""
尊敬的用户：
我公司在产品跟踪检测中发现，2024年7月生产的部分Type-C快充数据线，在反复弯折后接头处可能出现局部过热，存在安全隐患。为保障用户安全，我公司决定主动召回以下批次产品：
型号　生产批号　数量
LX-C65　20240703、20240711　12400条
LX-C100　20240718　5300条
请持有上述批次产品的用户立即停止使用，凭产品或购物凭证到原购买门店免费更换，也可拨打召回专线0576-86651029预约上门取件。
由此给您带来的不便，我们深表歉意。
箦溪县联芯线缆科技有限公司
2024年10月12日
""",
    ),
    dict(
        slug="training-jiyuan-cable-welding-course",
        site="技源职业培训学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="brochure",
        form="html",
        source="https://www.jiyuanpx.com/kecheng/hanjie-shujuxian.html",
        title="数据线焊接与检测实操班招生简章",
        record_title="学员必看｜数据线焊接与检测实操班招生简章",
        date=None,
        notes="training school with a floating consult box; enrolment phone kept beside a 400 line; fee table; no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>学员必看｜数据线焊接与检测实操班招生简章 - 技源职业培训学校</title>
<script>window._kf={pos:'right'};</script></head>
<body>
<div class="top">⟦m 技源职业培训学校⟧ ⟦m 学一门手艺 端一个饭碗⟧</div>
<div class="nav">⟦m 首页 · 课程中心 · 师资力量 · 学员风采 · 联系我们⟧</div>
<div class="kf-float">⟦w 课程顾问在线 · 免费试听 · 微信 jiyuan_px88⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 课程中心 &gt; 电子技能 &gt; 本页更新于 3 天前⟧</div>
{BODY}
<div class="apply">⟦a 立即报名⟧ ⟦a 领取试听券⟧</div>
<div class="rel">⟦l 你可能还想学：手机维修入门班 ｜ 电工上岗证培训⟧</div>
<div class="foot">⟦m 全国招生热线：400-833-1975⟧ ⟦m 技源职业培训学校 版权所有⟧</div>
</body></html>
""",
        body="""
一、培训对象
线缆厂、电子厂在岗工人，以及有意从事电子装配工作的社会人员，初中以上文化程度。
二、培训内容
数据线结构与材料识别、端子焊接、注塑护套、导通与耐压检测、常见不良分析。
三、班次与费用
班次　上课时间　学时　费用
白天班　周一至周五　60学时　1800元
晚班　周一至周五19:00-21:30　60学时　1980元
四、结业后参加考核，合格者颁发培训合格证书，可推荐到合作企业就业。
报名电话：0576-86330512（教务处 巫老师）
""",
    ),
    dict(
        slug="app-bixie-cable-worker-xinde",
        site="笔写APP (invented)",
        style="范文APP",
        genre="心得体会",
        kind="reflection",
        form="text",
        source="https://m.bixie.app/share/article/61833920",
        title="数据线车间一线员工学习“工匠精神”心得体会",
        record_title="数据线车间一线员工学习“工匠精神”心得体会（精选）｜笔写",
        date=None,
        notes="writing app H5 share; member unlock and AI rewrite lines; no date",
        page="""
!m 笔写 · 写作好帮手
!a 打开App，阅读体验更佳
{T}
!m 笔写精选　｜　1.2w人阅读
{BODY}
!a 开通会员解锁全部8篇范文
!a AI帮我改写　｜　一键复制　｜　导出Word
!l 相关范文：工匠精神演讲稿　车间员工年终个人总结
!d 本文由笔写用户创作，仅供参考
""",
        body="""
前段时间车间组织我们学习“工匠精神”，我一开始觉得这离我们很远，我们每天就是剥线、焊线、测线，有什么工匠不工匠的。
后来班长给我们看了一批退回来的数据线，毛病都出在焊点上：有的焊锡太少，有的芯线露了一丝铜。班长说，一根线几块钱，可用户插上去充不进电，骂的是整个牌子。
从那以后，我每焊一根线都会多看一眼焊点，发现不饱满的就重焊。这个月我们组的一次合格率从97.2%提到了99.1%。
我体会到，工匠精神不是什么大道理，就是把手里的每一件活做好。
""",
    ),
    dict(
        slug="examforum-gongkaoba-cable-essay-jammer",
        site="公考吧 (invented)",
        style="公考论坛",
        genre="申论范文",
        kind="essay",
        form="html",
        source="http://bbs.gongkaoba.net/thread-559014-1-1.html",
        title="小小数据线，连着标准和民生",
        record_title="[申论范文] 小小数据线，连着标准和民生 - 申论交流 - 公考吧",
        date=None,
        notes="exam forum with jammer fonts and a reply-to-see prompt; relative time",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>[申论范文] 小小数据线，连着标准和民生 - 申论交流 - 公考吧</title>
<style>.jammer{display:none}</style></head>
<body>
<div id="hd">⟦m 公考吧 — 上岸路上不孤单⟧ ⟦a 登录⟧ ⟦a 注册⟧</div>
<div id="pt">⟦m 公考吧 › 申论交流 › 范文分享⟧</div>
<h1>{T}</h1>
<div class="authi">⟦m 楼主 岸上见_2025 发表于 昨天 23:12⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="locked">⟦a 本帖隐藏的内容：回复后可查看批改意见⟧</div>
<div class="rate">⟦l 评分 参与人数 6 威望 +12⟧</div>
<div id="ft">⟦m Powered by Discuz! X3.4⟧ ⟦m 公考吧 gongkaoba.net⟧</div>
</body></html>
""",
        junk=dict(lines=1, glued=2),
        body="""
一根数据线，看似不起眼，却连着千家万户的日常生活。充电口从五花八门到逐步统一，背后是标准的力量。
标准统一，方便的是群众。过去换一部手机，抽屉里就多几根用不上的线；接口统一以后，一根线可以给多台设备充电，既省钱又减少电子垃圾。
标准统一，倒逼的是企业。过去一些小作坊用劣质铜线、偷工减料，出了问题难追责；统一标准后，质量门槛清清楚楚，好产品才能站得住。
小小数据线告诉我们，民生无小事，把标准这件“小事”做实做细，群众的获得感就会实实在在。
""",
    ),
    dict(
        slug="baike-zhishi-usb-cable-entry",
        site="知识树百科 (invented)",
        style="百科问答",
        genre="百科",
        kind="entry",
        form="text",
        source="https://baike.zhishishu.com/item/数据线/10338",
        title="数据线",
        record_title="数据线_知识树百科",
        date=None,
        notes="encyclopaedia text: infobox lines, contents and history tabs; edit stamp no date",
        page="""
!m 知识树百科　|　词条
!a 编辑　讨论　历史版本
{T}
!m 中文名：数据线　　外文名：data cable　　用途：数据传输、充电
!l 目录　1 简介　2 分类　3 选购
{BODY}
!m 本词条最近更新于 2 个月前，由 3 位用户共同编辑
!d 词条内容仅供参考，如有错误欢迎指正
!l 相关词条：充电器　Type-C　快充协议
""",
        body="""
数据线是用于连接电子设备、传输数据和供电的线缆，通常由导体、绝缘层、屏蔽层、外护套和两端接头组成。
按接头分类，常见的有Micro-USB、Type-C和Lightning等；按用途分类，有仅能充电的充电线和可同时传输数据的数据线。
选购时应注意线芯材质和截面积、接头是否牢固，以及是否支持所用设备的快充协议。线材过细会导致充电发热、速度变慢。
""",
    ),
    dict(
        slug="netdisk-kuaiyun-cable-warehouse-plan",
        site="快云盘 (invented)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="html",
        source="https://pan.kuaiyun.example.com/s/1aZx9Qw7Lm",
        title="数据线成品仓库5S整改方案",
        record_title="数据线成品仓库5S整改方案.pdf",
        date="2024-08-06",
        notes="cloud drive preview; file name record title; share stamp and expiry are no date; date under the signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>数据线成品仓库5S整改方案.pdf_免费高速下载|快云盘</title></head>
<body>
<div class="hd">⟦m 快云盘 · 好文件一起分享⟧ ⟦a 登录⟧</div>
<div class="share-info">⟦m 分享者：cangguan_lin　分享时间：2024-08-09 10:42　有效期：永久⟧</div>
<h2>{T}</h2>
<div class="fileinfo">⟦m 数据线成品仓库5S整改方案.pdf　286KB⟧</div>
<div class="preview">
{BODY}
</div>
<div class="btns">⟦a 保存到我的网盘⟧ ⟦a 普通下载⟧ ⟦a 超级会员极速下载⟧</div>
<div class="ad">⟦a 开通超级会员，享受不限速下载特权⟧</div>
<div class="ft">⟦d 请勿分享违法违规内容，如发现侵权请举报。⟧ ⟦m © 2024 快云盘⟧</div>
</body></html>
""",
        body="""
为解决成品仓库物料摆放混乱、出库错发等问题，制定本方案。
一、整理：8月15日前清理呆滞库存，超过一年未出库的数据线成品列出清单，报公司处理。
二、整顿：按型号划分货位，货架贴标签，同一型号不同颜色分层摆放；每个货位设“先进先出”标识。
三、清扫：每天下班前清扫通道，每周五大扫除一次。
四、清洁和素养：仓库主管每周检查打分，连续两周不达标的班组在早会上说明原因。
成品仓库
2024年8月6日
""",
    ),
    dict(
        slug="snapshot-sousou-cable-safety-tips",
        site="搜搜网页快照 (invented)",
        style="搜索快照",
        genre="提示",
        kind="notice",
        form="text",
        source="http://cache.sousou.example.com/c?m=9f2e6d1a&p=shujuxian",
        title="夏季充电安全提示：别让数据线“带病上岗”",
        record_title="夏季充电安全提示：别让数据线“带病上岗” - 网页快照",
        date="2024-07-02",
        notes="search-cache text; snapshot stamp no date; the fire brigade page's 发布时间 kept as the page date",
        page="""
!m 这是 http://www.zxxfjy.example.cn/aqts/2024/0702.html 的网页快照，是网页在 2024年8月1日 的存档。
!m 当前页面可能已更改，请点击这里查看最新页面。
!m 以下搜索词已高亮显示：数据线　充电
!m 箦溪县消防救援大队　首页 > 安全提示
{T}
!m 发布时间：2024-07-02
{BODY}
!m 箦溪县消防救援大队　举报电话：0576-86211119
""",
        body="""
夏季气温高，手机、电动工具充电频繁，数据线和充电器引发的火情时有发生。消防部门提醒：
1.数据线外皮破损、接头松动发热的，要立即更换，不要用胶布缠一缠继续用。
2.不要把充电线压在枕头、被子下面，充电时远离沙发、窗帘等易燃物。
3.充满电后及时拔下充电器，不要整夜充电。
4.选购有3C认证标志的充电器和数据线，不贪便宜买“三无”产品。
""",
    ),
    dict(
        slug="print-lianxin-cable-storeroom-rule",
        site="联芯线缆科技内部制度 打印页 (invented)",
        style="打印页",
        genre="制度",
        kind="rule",
        form="html",
        source="http://oa.lianxin.local/zhidu/print.aspx?id=117",
        title="线材库房收发管理规定",
        record_title="打印预览 - 线材库房收发管理规定",
        date=None,
        notes="print view calling window.print(); print stamp and print footer no date; 第N条 articles",
        page="""
<html><head><meta charset="utf-8"><title>打印预览 - 线材库房收发管理规定</title>
<style>@media print{.noprint{display:none}}</style></head>
<body onload="window.print()">
<div class="noprint">⟦a [ 打印 ]　[ 关闭 ]⟧</div>
<h2 align="center">{T}</h2>
<div align="right">⟦m 打印人：库管 祁菲　打印时间：2024-09-27 16:08⟧</div>
{BODY}
<div align="center">⟦p · 1 ∕ 1 ·⟧</div>
</body></html>
""",
        body="""
第一条 为规范线材库房管理，保证铜线、护套料和端子的收发准确，制定本规定。
第二条 物料入库须凭送货单和检验合格单，库管员核对规格、数量无误后方可入账。
第三条 车间领料须填写领料单，经班组长签字，库管员按单发放，不得口头领料。
第四条 铜线按线径分区存放，离地不少于15厘米，防止受潮氧化。
第五条 库房每月最后一个工作日盘点一次，账实不符的，库管员须查明原因并书面说明。
第六条 本规定自发布之日起执行。
""",
    ),
    dict(
        slug="mail-fwd-cable-sample-request",
        site="邮件转发 (invented)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="text",
        source="mailto:fwd-20240523-0416@mail.example.com",
        title="关于提供编织数据线样品的函",
        record_title="Fwd: 关于提供编织数据线样品的函",
        date="2024-05-22",
        date_also=["2024-05-23"],
        notes="forwarded mail; mail header lines meta; the letter's own contact kept; 附件 line kept beside the mail attachment bar",
        page="""
!m ---------- Forwarded message ---------
!m 发件人：采购部 宁欣 <ningxin@haorun-trade.example.com>
!m 日期：2024年5月23日 周四 09:16
!m 主题：Fwd: 关于提供编织数据线样品的函
!m 收件人：<sales@lianxin-cable.com>
!m 附件：样品要求.xlsx（18 KB）
各位好，转发客户来函，请业务部跟进。
{T}
{BODY}
!d 此邮件及其附件可能包含保密信息，如您误收本邮件，请立即删除并通知发件人。
""",
        body="""
箦溪县联芯线缆科技有限公司：
我公司拟采购一批编织外皮数据线用于出口，现请贵公司提供样品，具体要求如下：
一、型号：Type-C转Type-C，长度1米和2米各一种，支持60W快充。
二、数量：每种样品各10条，颜色为黑、灰两色。
三、请于6月5日前寄达我公司，并附检测报告复印件。
联系人：宁欣，电话：0571-87620913，邮箱：ningxin@haorun-trade.example.com。
附件：样品要求
浩润国际贸易有限公司
2024年5月22日
""",
    ),
    dict(
        slug="fanwen-daxie-cable-sales-report-oneline",
        site="大写范文网 (invented)",
        style="范文站",
        genre="述职报告",
        kind="report",
        form="text",
        source="http://www.daxiefw.com/shuzhi/xiaoshou/58213.html",
        title="数据线销售主管述职报告",
        record_title="数据线销售主管述职报告_大写范文网",
        date=None,
        notes="whole body on one line, paragraphs separated only by their indent; no date",
        page="""
!m 大写范文网　www.daxiefw.com
!m 首页 - 述职报告 - 销售述职
{T}
!m 时间：去年　来源：网友投稿　人气：2306
{BODY}
!w 需要原创定制？资深笔杆帮你写，微信：daxie_fw
!l 上一篇：电子产品销售员述职报告　　下一篇：门店店长年度述职
!m 大写范文网 ©2015-2024
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
各位领导、同事：
我自去年3月担任数据线产品线销售主管以来，带领6人团队负责华东地区的经销商渠道。一年来，团队完成销售额3260万元，完成年度任务的108%，新开发县级经销商27家。
在工作中，我注重把产品卖点讲清楚，针对快充线、编织线、磁吸线分别编写了销售话术，组织经销商培训12场。
不足之处是线上渠道开拓不够，直播带货尝试较晚。今后我将加强学习，努力把线上渠道做起来。
以上述职，请予评议。
""",
    ),
]

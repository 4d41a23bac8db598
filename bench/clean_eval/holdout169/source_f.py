"""holdout169, part F: walkie-talkies (对讲机), earplugs (耳塞) and de-icing agents (融雪剂) —
a radio maker, a security-guard school, a writing app, an exam forum, an encyclopaedia, a
cloud drive, a text-only cache, a print view and a mail reply chain. Invented text; see
../README.md."""

CASES = [
    dict(
        slug="company-walkie-talkie-firmware-notice-html",
        site="讯通无线电子有限公司 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.xuntong-radio.example.com/service/notice/2025/1120.html",
        title="关于XT-360系列对讲机固件升级的服务公告",
        record_title="关于XT-360系列对讲机固件升级的服务公告 | 讯通无线",
        date="2025-11-20",
        notes="company site: online-service float, a 400 sales line beside the after-sales line in the body; a download sentence in the body; a serial table",
        page="""
<html><head><meta charset="utf-8"><title>关于XT-360系列对讲机固件升级的服务公告 | 讯通无线</title></head><body>
<header>⟦m 讯通无线　专业对讲 通达四方⟧ <nav>⟦l 产品⟧ ⟦l 解决方案⟧ ⟦l 服务支持⟧ ⟦l 关于讯通⟧</nav></header>
<div class="bc">⟦m 首页 / 服务支持 / 服务公告⟧</div>
<h1>⟦t 关于XT-360系列对讲机固件升级的服务公告⟧</h1>
<div class="d">⟦m 2025.11.20 · 服务中心⟧</div>
<article>
{BODY}
</article>
<div class="kf">⟦w 销售咨询 400-699-3600 · 在线客服⟧</div>
<footer>⟦d Copyright © 2025 讯通无线电子有限公司⟧ ⟦m 粤ICP备2023106612号-1⟧</footer>
<script>loadKf();</script>
</body></html>
""",
        body="""
近期部分用户反映，XT-360系列对讲机在低电量时偶发信道跳变。经技术部门分析，该问题可通过固件升级解决。
涉及范围如下：
型号　序列号区间
XT-360　X36A2401000—X36A2406999
XT-360P　X36P2403000—X36P2405999
用户可在本公司官网“服务支持—下载中心”下载升级工具，按说明自行升级，也可送至各地授权服务网点免费升级。
售后服务电话：020-3391 8801（周一至周日 9:00—18:00）。
""",
    ),
    dict(
        slug="training-security-guard-radio-course-html",
        site="卫安保安培训学校 (invented)",
        style="培训机构",
        genre="教案",
        kind="plan",
        form="html",
        source="https://www.weian-baoan.example.com/course/duijiangji.html",
        title="保安员对讲机通话规范课程教案",
        record_title="保安员对讲机通话规范课程教案（附课程表）",
        date=None,
        notes="training school HTML: promo box, a free-trial float, a consult line; course table; no date",
        page="""
<html><head><meta charset="utf-8"><title>保安员对讲机通话规范课程教案（附课程表）- 卫安保安培训学校</title></head><body>
<div class="top">⟦m 卫安保安培训学校 · 公安机关备案⟧ ⟦a 在线报名⟧</div>
<div class="promo">⟦a 本月报名立减200元，名额有限⟧</div>
<h1>⟦t 保安员对讲机通话规范课程教案⟧</h1>
{BODY}
<div class="float">⟦w 报名咨询：王老师 139-0734-2216⟧</div>
<div class="rel">⟦l 热门课程：保安员证考前培训　消防设施操作员⟧</div>
<div class="ft">⟦d 卫安保安培训学校 版权所有⟧</div>
</body></html>
""",
        body="""
一、教学目标：使学员掌握对讲机的基本操作和规范通话用语，能在突发情况下准确报告。
二、教学内容：
课时　内容
第1课时　对讲机开关机、信道选择和音量调节
第2课时　呼叫与应答用语，“收到”“完毕”的使用
第3课时　突发事件报告要素：时间、地点、情况、需要的支援
三、教学方法：讲授与分组模拟通话相结合，每名学员至少完成三次模拟报告。
""",
    ),
    dict(
        slug="app-factory-earplug-safety-speech-glued-markers",
        site="写作猫范文APP (invented)",
        style="范文APP",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://m.xiezuomao.example.com/share/s/66f1c2",
        title="在车间听力保护专题安全会上的讲话",
        record_title="在车间听力保护专题安全会上的讲话（可编辑）｜写作猫",
        date=None,
        notes="writing-app share: open-app banners, a VIP unlock line; preview page markers 〖N〗 glued or not; no date",
        pages=dict(fmt="〖{n}〗", every=100, start=2, glue="mix"),
        page="""
!a 在写作猫APP内打开，一键改写
!t 在车间听力保护专题安全会上的讲话（可编辑）
!m 写作猫 · 讲话稿 · 8.6千次使用
{BODY}
!a 解锁完整版 · 会员免费下载Word
!l 相似范文：安全生产月启动仪式讲话　职业健康培训开班讲话
""",
        body="""
同志们：
我们冲压车间的噪声常年在九十分贝以上，去年职业健康体检，有七名员工听力出现了不同程度的下降。
听力一旦损伤，很难恢复。耳塞发下去了，可有些同志嫌闷、嫌麻烦，挂在脖子上当摆设。
从下周起，班组长每班开工前检查耳塞佩戴情况，不戴的一律不准上岗。
希望大家对自己的耳朵负责，也对家人负责。
""",
    ),
    dict(
        slug="gkforum-shenlun-deicing-essay-floors",
        site="公考驿站论坛 (invented)",
        style="公考论坛",
        genre="申论",
        kind="essay",
        form="text",
        source="http://bbs.gkyizhan.example.com/thread-215508-1-1.html",
        title="融雪剂用与不用，考验城市治理的精细度",
        record_title="[申论范文] 融雪剂用与不用，考验城市治理的精细度 - 申论批改 - 公考驿站论坛",
        date=None,
        notes="exam forum: floors, a grading line, an ad for a class between paragraphs, forum junk; relative time; no date",
        junk=dict(lines=1, glued=1),
        page="""
!m 公考驿站论坛 » 申论天地 » 申论批改
!t [申论范文] 融雪剂用与不用，考验城市治理的精细度 - 申论批改
!m 楼主 岸边等风　发表于 5 天前
{BODY}
!l 2楼 阅卷老师阿杜：立意准确，论证层次清楚，可打24分
!a 回复　评分　收藏本帖
""",
        body="""
每逢大雪，融雪剂用与不用，总会引发争论：用多了伤树伤路，不用又怕路滑出事故。
其实，问题不在于用不用，而在于怎么用。
精细化治理，就是要分清路段，桥梁坡道重点用，平路以机械清扫为主，绿化带周边坚决不用。
⟦w 申论精品小班开课，扫码添加助教领取资料⟧
城市治理没有一劳永逸的答案，只有把每一个细节做实，才能让群众出行既安全又放心。
""",
    ),
    dict(
        slug="wiki-foam-earplug-entry-html",
        site="问知百科 (invented)",
        style="百科问答",
        genre="百科",
        kind="entry",
        form="html",
        source="https://www.wenzhibk.example.com/wiki/泡沫耳塞",
        title="泡沫耳塞",
        record_title="泡沫耳塞 - 问知百科",
        date=None,
        notes="encyclopaedia HTML: contents box, edit links, references box; placeholder ××分贝 in the text; no date",
        page="""
<html><head><meta charset="utf-8"><title>泡沫耳塞 - 问知百科</title></head><body>
<div class="top">⟦m 问知百科⟧ ⟦a 创建词条⟧ ⟦a 登录⟧</div>
<h1>⟦t 泡沫耳塞⟧</h1>
<div class="toc">⟦l 目录 1 结构 2 降噪值 3 佩戴方法⟧</div>
<div class="ops">⟦a 编辑⟧ ⟦a 讨论⟧ ⟦a 收藏⟧</div>
{BODY}
<div class="ref">⟦l 参考资料：个体防护装备选用规范⟧</div>
<div class="stat">⟦m 本词条浏览 8.2万次 · 最近更新于 4个月前⟧</div>
</body></html>
""",
        body="""
泡沫耳塞是用慢回弹聚氨酯泡沫制成的一次性或短期使用的护耳器，广泛用于工厂、交通工具和睡眠降噪。
1 结构：多为圆柱形或子弹形，受压后缓慢回弹，贴合耳道。
2 降噪值：包装上一般标注“SNR ××分贝”，数值越大，隔音效果越好。
3 佩戴方法：将耳塞搓细，另一只手向后上方拉耳廓，迅速塞入耳道，用手指按住约二十秒待其回弹。
""",
    ),
    dict(
        slug="netdisk-walkie-channel-plan-html",
        site="茴云盘 (invented)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="html",
        source="https://pan.huiyun.example.com/share/init?surl=Zp9kT",
        title="马拉松赛事通信保障方案",
        record_title="马拉松赛事通信保障方案.docx",
        date="2025-03-02",
        notes="cloud-drive preview HTML: share owner, expiry, save buttons, a login prompt; channel table; 成文日期 under the signature",
        page="""
<html><head><meta charset="utf-8"><title>马拉松赛事通信保障方案.docx_免费高速下载|茴云盘</title></head><body>
<div class="hd">⟦m 茴云盘⟧ ⟦a 登录⟧ ⟦a 注册⟧</div>
<div class="file">⟦t 马拉松赛事通信保障方案.docx⟧</div>
<div class="fmeta">⟦m 分享者：赛事志愿部　分享时间：2天前　失效时间：永久有效⟧</div>
<div class="btns">⟦a 保存到网盘⟧ ⟦a 下载(48.2KB)⟧</div>
<div class="preview">
{BODY}
</div>
<div class="tip">⟦d 请勿分享违法违规内容，茴云盘将依法处理⟧</div>
</body></html>
""",
        body="""
为保障赛事期间各点位联络畅通，制定本方案。
一、通信方式：以数字对讲机为主，手机为辅；赛事指挥部设固定中继台一座。
二、信道分配：
信道　使用单位
1　赛事指挥部
2　医疗救护组
3　补给站及志愿者
4　交通管制组
三、纪律要求：非紧急情况不占用1号信道，各组每半小时向指挥部报告一次。
赛事组委会志愿服务部
2025年3月2日
""",
    ),
    dict(
        slug="snapshot-textonly-deicing-usage-notice",
        site="快寻网页快照 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="text",
        source="http://kx.kuaixun.example.com/cache?u=zgj.fanzhou.example.gov.cn/tz/1208.html",
        title="关于规范使用融雪剂保护城市绿化的通知",
        record_title="关于规范使用融雪剂保护城市绿化的通知_快寻快照",
        date="2025-12-08",
        notes="text-only cache: snapshot lines and highlighted terms at the top; the original page's meta; hard-wrapped at 60 columns",
        wrap=60,
        page="""
!d 快寻快照：本页是 zgj.fanzhou.example.gov.cn/tz/1208.html 于 2025-12-20 的文字版快照。
!d 快寻与网页作者无关，不对其内容负责。查看完整版本
!m 蘩州市城市管理局 — 通知公告
!t 关于规范使用融雪剂保护城市绿化的通知
{BODY}
!m 网站地图 | 联系我们 | 蘩州市城市管理局主办
""",
        body="""
各区城管局，市园林绿化中心，各环卫作业公司：
为减少融雪剂对行道树和绿地的伤害，现就规范使用融雪剂有关事项通知如下。
一、融雪剂只在桥梁、匝道、坡道和重要路口使用，严格控制撒布量。
二、严禁将含融雪剂的积雪推入绿化带、树池和河道。
三、园林部门在降雪前对重点路段行道树加装防护挡板。
蘩州市城市管理局
2025年12月8日
""",
    ),
    dict(
        slug="print-library-quiet-zone-earplug-html",
        site="苜原县图书馆 (invented)",
        style="打印页",
        genre="制度",
        kind="rule",
        form="html",
        source="http://www.muyuanlib.example.org.cn/print.aspx?nid=417",
        title="苜原县图书馆自习区静音管理规定",
        record_title="〖打印〗苜原县图书馆自习区静音管理规定",
        date=None,
        notes="print view with window.print(), a print footer; rules speaking of 打印 and 扫码 as content; effective clause only, no date",
        page="""
<html><head><meta charset="utf-8"><title>〖打印〗苜原县图书馆自习区静音管理规定</title></head><body onload="window.print()">
<div class="pbar">⟦a 〖打印本页〗⟧ ⟦a 〖关闭窗口〗⟧</div>
<h2>⟦t 苜原县图书馆自习区静音管理规定⟧</h2>
{BODY}
<hr><div>⟦m 本页网址：http://www.muyuanlib.example.org.cn/show.aspx?nid=417⟧</div>
<div>⟦m ⟨ 页 1 ／ 1 ⟩⟧</div>
</body></html>
""",
        body="""
一、自习区为静音区，读者进入前请将手机调至静音，接听电话请到走廊。
二、服务台免费提供一次性耳塞，读者扫码登记后领取，每人每日限领一副。
三、需要打印、复印资料的，请到一楼文印室办理，自习区不设打印设备。
四、本规定自公布之日起施行。
""",
    ),
    dict(
        slug="mail-reply-chain-walkie-talkie-request",
        site="萸川县应急局邮件系统 (invented)",
        style="邮件转发",
        genre="请示",
        kind="request",
        form="text",
        source="mailto:bgs@ycyjj.example.gov.cn#thread-0714",
        title="关于为乡镇应急队伍配发对讲机的请示",
        record_title="回复：Re: 关于为乡镇应急队伍配发对讲机的请示.docx",
        date="2025-07-10",
        date_also=["2025-07-14"],
        notes="mail reply chain: quoted headers, a reply above the document, the document's own 附件 and contact; send date differs from 成文日期",
        page="""
!m 发件人：县财政局经建股 <jjg@ycczj.example.gov.cn>
!m 时间：2025年7月14日 15:02
!m 主题：回复：Re: 关于为乡镇应急队伍配发对讲机的请示.docx
!m 收到，已转分管领导阅示，经费安排另行函复。
!m ------------------ 原始邮件 ------------------
!m 发件人：县应急管理局办公室
!m 附件：关于为乡镇应急队伍配发对讲机的请示.docx (32K)
{BODY}
!d 本邮件由政务邮箱系统发送，请勿直接回复系统地址
""",
        body="""
县财政局：
今年入汛以来，我县山区乡镇多次出现暴雨导致公网通信中断，乡镇应急队伍无法及时上报险情。
为提升基层应急通信保障能力，我局拟为全县十四个乡镇应急队伍各配发数字对讲机十台、车载台一台，共需经费二十三万八千元。
妥否，请批示。
附件：乡镇应急对讲机配置清单
联系人：葛斌，电话：0719-5230914。
萸川县应急管理局
2025年7月10日
""",
    ),
]

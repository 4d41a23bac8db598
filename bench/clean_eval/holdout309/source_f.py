"""holdout309, part F: 百科问答, 网盘分享, 搜索快照, 打印页, 邮件转发 (one HTML and one text case each).

Written by hand for this part; every place, person, firm, site, URL and number is invented.
"""

CASES = [
    dict(
        slug="wiki-bolan-entry-shoe-brush-rack",
        site="博览知典 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://baike.bolanzd.com/item/鞋刷架/52071",
        title="鞋刷架",
        record_title="鞋刷架（清洁用具）- 博览知典",
        date=None,
        notes="encyclopaedia: edit/discuss/history tabs, an infobox, a contents box, reference markers glued after "
        "sentences, an edit-section link glued to a heading; the entry name opens the body (matched as head); "
        "an example date inside a sentence is no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>鞋刷架（清洁用具）- 博览知典</title>
<script src="/static/lemma.min.js"></script></head>
<body>
<div class="top">⟦m 博览知典⟧ ⟦m 人人可编辑的知识库⟧ <a>⟦a 登录⟧</a></div>
<div class="tabs">⟦a 词条⟧ ⟦a 编辑⟧ ⟦a 讨论⟧ ⟦a 历史版本⟧</div>
<h1 class="entry">{T}</h1>
<p class="sub">⟦m 清洁用具⟧ ⟦a 收藏词条⟧ ⟦a 分享⟧</p>
<table class="infobox"><tr><td>⟦m 中文名⟧</td><td>⟦m 鞋刷架⟧</td></tr><tr><td>⟦m 用　途⟧</td><td>⟦m 清除鞋底泥沙⟧</td></tr><tr><td>⟦m 常见材质⟧</td><td>⟦m 不锈钢、木、塑料⟧</td></tr></table>
<div class="toc">⟦l 目录　1 简介　2 类型　3 使用与维护⟧</div>
<div class="content">
{BODY}
</div>
<div class="ref">⟦l 参考资料　[1] 家居清洁用具选购指南　[2] 公共建筑入口防滑设计要点⟧</div>
<p class="edit-info">⟦m 词条最近更新：8 天前　浏览 3.1万次⟧</p>
<footer>⟦d 博览知典内容由网友共同编辑，如有错误欢迎指正⟧ ⟦m © 2024 博览知典⟧</footer>
</body></html>
""",
        body="""
鞋刷架是一种放置在建筑入口处、用来刷除鞋底泥沙的清洁用具，通常由底座和两到三组刷头构成，人站在上面左右蹭动即可清理鞋底和鞋帮。⟦l [1]⟧
类型⟦a [编辑本段]⟧
按安装方式，鞋刷架可分为落地式、嵌入式和吸盘式三类。落地式多见于农家院门和学校门口；嵌入式与地面齐平，常用于商场和医院入口；吸盘式体积小，适合家庭玄关。⟦l [2]⟧
使用与维护
鞋刷架应放在门外有遮挡的位置，下方留出排水空间。刷毛磨损后应及时更换刷头，底座要定期冲洗。
有的地方把安装鞋刷架写进村规民约，例如某村规定“自2024年5月1日起，新建院门一律配套鞋刷架”。
""",
    ),
    dict(
        slug="wiki-wenzhi-entry-seal-box-oneline",
        site="问知百科 (invented)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="http://www.wenzhibk.com/view/yinzhanghe.html",
        title="印章盒",
        record_title="印章盒 - 词条详解 - 问知百科",
        date=None,
        notes="encyclopaedia text with the whole entry on one line; an edit stamp, a contents line and references; "
        "the entry name as a repeated title; no date",
        page="""
!m 问知百科　|　词条
{T}
!a 编辑　　讨论　　收藏
!m 本词条由网友“砢山印人”创建，最后修订于 4 个月前
!l 目录：释义 · 种类 · 保管
{BODY}
!l 参考资料：［1］印章管理实务　［2］篆刻入门
!d 问知百科词条内容仅供参考
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
印章盒，指存放印章的盒子，既包括机关、企事业单位保管公章用的带锁盒具，也包括书画篆刻爱好者收藏私章用的锦盒、木盒。
单位用的印章盒多为金属或工程塑料制成，配有钥匙锁或密码锁，近年来出现了可以远程审批、自动记录用印影像的智能印章盒。
收藏用的印章盒讲究材质和做工，常见红木、楠木和织锦面盒，盒内按印章大小挖出凹槽，防止印章相互磕碰。
保管印章时，印面应朝上或侧放，盒内放置防潮剂，避免印泥残留污染盒内衬布。
""",
    ),
    dict(
        slug="netdisk-yunxiang-plan-yarn-volunteers-pdf",
        site="云享网盘 (invented cloud drive)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="html",
        source="https://pan.yunxiang.cn/s/1kQx7mW2",
        title="2024年“银发织暖”编织志愿服务活动方案",
        record_title="2024年“银发织暖”编织志愿服务活动方案.pdf",
        date="2024-03-28",
        notes="cloud-drive preview: share header with an expiry, VIP prompts, a save-to-drive button; file-name record "
        "title; a schedule table and decimal headings; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>2024年“银发织暖”编织志愿服务活动方案.pdf_云享网盘</title>
<script>var SHARE={surl:"1kQx7mW2",vip:0}</script></head>
<body>
<div class="hd">⟦m 云享网盘⟧ <a>⟦a 登录⟧</a> <a>⟦a 客户端下载⟧</a></div>
<div class="share-info"><h2>{T}</h2>
<p>⟦m 分享者：堃园社区小沬　｜　分享于 3 天前　｜　有效期：永久⟧</p>
<p>⟦a 转存至我的云享盘⟧ ⟦a 下载(318KB)⟧</p></div>
<div class="preview">
<p class="tip">⟦a 非会员预览画质已压缩，开通超级会员查看高清原文⟧</p>
{BODY}
</div>
<div class="vip">⟦a 超级会员享极速下载，首月仅需6元⟧</div>
<footer>⟦d 云享网盘仅提供存储服务，请勿分享违法违规内容⟧ ⟦m © 云享网盘 2024⟧</footer>
</body></html>
""",
        body="""
为组织社区老年志愿者开展编织助学活动，制定本方案。
1 活动安排
1.1 活动时间：2024年4月至12月，每周三下午集中编织。
1.2 活动地点：堃园社区活动室。
2 分工
2.1 社区党委负责毛线采购和与学校对接。
2.2 志愿服务队队长负责领取、登记毛线球，统计完成作品。
3 进度
阶段　时间　任务
启动　4月　招募队员，开展编织培训
编织　5—11月　完成围巾、手套等作品300件
捐赠　12月　送至隗家坪村小学
堃园社区党委
2024年3月28日
""",
    ),
    dict(
        slug="netdisk-panku-instruction-window-wiper-wps-line-markers",
        site="盘库分享 (invented cloud drive)",
        style="网盘分享",
        genre="作业指导书",
        kind="other",
        form="text",
        source="http://www.panku-share.com/s/9TfR20",
        title="幕墙玻璃擦窗器具使用作业指导书",
        record_title="幕墙玻璃擦窗器具使用作业指导书.wps",
        date="2024-05-15",
        notes="cloud-drive text preview: file-name record title; page markers ⸼第n页⸼ on lines of their own cutting "
        "sentences; a preview-limit line; 编制日期 under the signature",
        page="""
!m 盘库分享　—　文件预览
!m 幕墙玻璃擦窗器具使用作业指导书.wps　　42KB　　分享于 上周
!a 保存到盘库　　下载　　举报
{BODY}
!a 预览仅显示前3页，完整内容请下载查看
!d 盘库分享不对用户上传文件的内容负责
""",
        indent="\u3000\u3000",
        pages=dict(fmt="⸼第{n}页⸼", every=70, start=2),
        body="""
一、适用范围：本指导书适用于本公司保洁人员使用伸缩杆擦窗器、双面磁吸擦窗器清洁幕墙内外侧玻璃的作业。
二、作业前准备：检查伸缩杆锁扣是否牢固，磁吸擦窗器内外片是否与玻璃厚度匹配，安全绳有无磨损、断股。
三、作业要求：使用双面磁吸擦窗器时，先将安全绳一端系在室内固定点，再将外片贴合玻璃；移动内片时速度要慢，不得猛拉。五层以上外侧玻璃须由持证人员乘吊篮作业。
四、作业后：收回器具，清洗擦布，检查安全绳并登记。
榰城市洁亮物业服务有限公司品质部
2024年5月15日
""",
    ),
    dict(
        slug="snapshot-suji-notice-ink-rest-workshop",
        site="溯迹搜索 (invented search engine, cached page of a county cultural centre)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://cache.sujisou.com/c?u=www.tcwhg.cn/tzgg/2024/1108.html",
        title="关于举办“一方墨床”非遗竹刻体验课的通知",
        record_title="关于举办“一方墨床”非遗竹刻体验课的通知 - 渟川县文化馆（溯迹快照）",
        date="2024-11-06",
        date_also=["2024-11-08"],
        notes="search-cache frame: a capture banner with the capture time and search terms; the cached portal's own "
        "header and posting date (differs); a sign-up by scanning is content; 成文日期 under the signature",
        page="""
<html><head><meta charset="utf-8"><title>关于举办“一方墨床”非遗竹刻体验课的通知 - 渟川县文化馆（溯迹快照）</title>
<base href="http://www.tcwhg.cn/tzgg/2024/1108.html"><script src="http://www.tcwhg.cn/js/main.js"></script></head>
<body>
<div class="xj-banner" style="background:#fffbe6">⟦d 这是溯迹搜索对 http://www.tcwhg.cn/tzgg/2024/1108.html 的缓存，是网页在 2 天前 的快照。⟧<br>
⟦m 您检索的词已标出：<b>墨床</b> <b>竹刻</b>⟧ <a>⟦a 查看当前页面⟧</a></div>
<hr>
<div class="whg-top">⟦m 渟川县文化馆⟧ ⟦m 首页 | 场馆预约 | 非遗保护 | 通知公告⟧</div>
<div class="whg-art"><h3>{T}</h3>
<p>⟦m 发布日期：2024-11-08　阅读：164⟧</p>
{BODY}
</div>
<div class="whg-foot">⟦m 渟川县文化馆　电话：0871-6726 1003⟧</div>
</body></html>
""",
        body="""
广大市民朋友：
为传承竹刻技艺，县文化馆将于11月16日、23日举办两期“一方墨床”非遗竹刻体验课，由县级非遗传承人隗怀谷老师授课，带领学员用竹节雕刻一方小墨床。
一、对象：12周岁以上市民，每期20人，报满为止。
二、费用：免费，材料由文化馆提供。
三、报名方式：关注“渟川县文化馆”公众号，在菜单栏“活动报名”中填写信息，或到文化馆一楼服务台登记。
渟川县文化馆
2024年11月6日
""",
    ),
    dict(
        slug="snapshot-wenzi-cache-notice-seal-box-handover",
        site="拾寻文字快照 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="text",
        source="http://txtcache.shixun.cn/s?q=印章盒+交接&u=xzfw.keshan.gov.cn/tz/612",
        title="关于开展乡镇便民服务中心印章盒交接核查的通知",
        record_title="［正文快存］关于开展乡镇便民服务中心印章盒交接核查的通知｜砢山县政务服务管理局",
        date="2024-06-07",
        date_also=["2024-06-12"],
        notes="text-only cache: the capture line, the cached page's header and posting date (differs); a 文号 line "
        "(neutral); numbered items; 成文日期 under the signature",
        page="""
!d 〔拾寻文字快照〕以下为 xzfw.keshan.gov.cn/tz/612 于 一周前 的纯文本存档，原网页可能已更新
!m 检索词：印章盒　交接
!m 砢山县政务服务管理局 — 通知公告
{T}
!m 发布时间：2024-06-12　来源：综合股
砢政服〔2024〕14号
{BODY}
!m 砢山县政务服务管理局　地址：砢山县政务服务中心四楼
""",
        indent="",
        body="""
各乡镇便民服务中心：
近期部分乡镇便民服务中心负责人调整，为防止印章在交接中出现漏洞，决定对各中心印章盒交接情况开展一次核查。现将有关事项通知如下：
1.核查内容：印章数量与登记是否一致，印章盒锁具是否完好，用印登记是否连续完整。
2.核查方式：各中心先行自查，县局6月下旬组织抽查。
3.工作要求：新旧负责人须当面清点、共同签字，交接清单一式两份。
砢山县政务服务管理局
2024年6月7日
""",
    ),
    dict(
        slug="print-keshan-circular-seal-boxes-cn-date-footer",
        site="砢山县机关事务管理局 (invented, print view)",
        style="打印页",
        genre="通报",
        kind="notice",
        form="html",
        source="http://jgsw.keshan.gov.cn/print.jsp?id=3307",
        title="关于县直机关印章保管情况检查的通报",
        record_title="【纸质归档版】关于县直机关印章保管情况检查的通报 ◇ 砢山县机关事务管理局",
        date="2024-07-22",
        notes="print view calling window.print(): a print/close bar, the print URL and time, a print footer "
        "〄 第1页／共1页 〄; 抄送 and 印发 lines; 成文日期 in Chinese numerals",
        page="""
<html><head><meta charset="utf-8"><title>【纸质归档版】关于县直机关印章保管情况检查的通报 ◇ 砢山县机关事务管理局</title>
<script>window.onload=function(){window.print()}</script>
<style>@media print{.noprint{display:none}}</style></head>
<body>
<div class="noprint">⟦a 〔立即打印〕⟧ ⟦a 〔关闭本窗口〕⟧</div>
<p class="src">⟦m 打印自：砢山县机关事务管理局网站　打印时间：刚刚⟧</p>
<h2>{T}</h2>
{BODY}
<p>⟦m 网址：http://jgsw.keshan.gov.cn/xxgk/3307.html⟧</p>
<p class="pf">⟦p 〄 第1页／共1页 〄⟧</p>
</body></html>
""",
        body="""
县直各单位：
6月下旬，县机关事务管理局对县直42个单位的印章保管情况进行了检查。总体看，多数单位能够做到印章专人保管、用印登记，31个单位已配置带锁印章盒。
检查也发现，有7个单位印章放在办公桌抽屉内，有4个单位印章盒钥匙与印章由同一人保管且无人监督。
请上述单位于8月15日前完成整改，配齐带锁印章盒，落实钥匙与印章分人保管制度。
砢山县机关事务管理局
二〇二四年七月二十二日
抄送：县委办公室，县政府办公室。
砢山县机关事务管理局办公室　　2024年7月22日印发
""",
    ),
    dict(
        slug="print-jieliang-notice-window-wipers-owners-footer",
        site="洁亮物业 (invented, print text)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.jieliangwy.com/print/notice/241.html",
        title="关于业主自行擦窗务必使用安全绳的温馨通知",
        record_title="纸面打印版｜关于业主自行擦窗务必使用安全绳的温馨通知（礴山苑项目）",
        date="2024-03-25",
        notes="a print text: the print header with the URL and a relative print time, a print footer ⩋ 1 / 1 ⩋; "
        "the property office's phone inside the body; 成文日期 under the signature",
        page="""
!m 榰城市洁亮物业服务有限公司　·　打印版
!m 原文地址：http://www.jieliangwy.com/notice/241.html　　打印于 1 小时前
{T}
{BODY}
!p ⩋ 1 / 1 ⩋
""",
        indent="\u3000\u3000",
        body="""
尊敬的礴山苑各位业主：
近期天气转暖，不少业主在家擦窗。3月20日，小区7栋一户业主擦窗时，磁吸擦窗器外片从16楼坠落，所幸未造成人员受伤。为保障大家安全，物业服务中心提醒如下：
一、使用磁吸擦窗器擦外侧玻璃时，务必系好安全绳，并固定在室内牢固位置。
二、不要站上窗台，不要让孩子单独擦窗。
三、大风天气请暂停擦窗。需要专业擦窗服务的业主，可到物业服务中心预约，电话：0872-6648 1200。
感谢您的理解与配合！
礴山苑物业服务中心
2024年3月25日
""",
    ),
    dict(
        slug="mail-webmail-letter-order-shoe-racks-attachment-bar",
        site="渟川县第一中学 webmail (invented)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.tc1z.edu.cn/read?mid=20240311-0442",
        title="关于订购教学楼入口鞋刷架的函",
        record_title="转发：【后勤采购】关于订购教学楼入口鞋刷架的函.docx",
        date="2024-03-08",
        date_also=["2024-03-11"],
        notes="a webmail reading view: forwarded headers (发件人/收件人/抄送/时间), an attachment bar beside the letter's "
        "own 附件 list, the letter's own 抄送 line beside the mail header's 抄送; file-name record title; the mail "
        "date differs from the letter's",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>转发：【后勤采购】关于订购教学楼入口鞋刷架的函.docx - 渟川一中邮件系统</title>
<script src="/coremail/js/read.js"></script></head>
<body>
<div class="mail-top">⟦m 渟川一中邮件系统⟧ ⟦a 写信⟧ ⟦a 收信⟧ ⟦a 通讯录⟧</div>
<div class="toolbar">⟦a 回复⟧ ⟦a 回复全部⟧ ⟦a 转发⟧ ⟦a 删除⟧ ⟦a 标记为未读⟧</div>
<div class="mail-head">
<h2>⟦t 转发：【后勤采购】关于订购教学楼入口鞋刷架的函.docx⟧</h2>
<p>⟦m 发件人：总务处 沬建华 &lt;zwc@tc1z.edu.cn&gt;⟧</p>
<p>⟦m 收件人：榰城汇祥家居销售部 &lt;sales@huixiang-home.cn&gt;⟧</p>
<p>⟦m 抄　送：校长办公室 &lt;xzb@tc1z.edu.cn&gt;⟧</p>
<p>⟦m 时　间：2024年3月11日（星期一）上午9:42⟧</p>
<p>⟦m -------- 转发的邮件 --------⟧</p></div>
<div class="mail-body">
{BODY}
</div>
<div class="attach"><p>⟦a 📎 附件（2 个）⟧</p><p>⟦a 订购清单.xlsx　15.2KB　预览　下载⟧</p><p>⟦a 安装位置示意图.pdf　410KB　预览　下载⟧</p><p>⟦a 打包下载全部附件⟧</p></div>
<div class="mail-foot">⟦d 本邮件系统由渟川县教育城域网提供⟧</div>
</body></html>
""",
        body="""
榰城市汇祥家居用品有限公司：
我校新教学楼即将投入使用，为减少雨天泥水带入楼内，拟向贵公司订购不锈钢落地式鞋刷架12组，安装在教学楼东西两个入口。具体要求如下：
一、规格为每组长60厘米、宽40厘米，刷头可拆换；
二、请于3月25日前送货并安装，安装位置见附件；
三、货到验收合格后15个工作日内付款。
请贵公司收函后报价回复。
联系人：沬建华，电话：0871-6716 3002，邮箱：zwc@tc1z.edu.cn。
附件：1.订购清单
2.安装位置示意图
渟川县第一中学
2024年3月8日
抄送：学校财务室。
""",
    ),
    dict(
        slug="mail-forward-letter-borrow-ink-rests-museum",
        site="榰城市博物馆 mail (invented, forwarded as text)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="text",
        source="mail://zcbwg.org.cn/export/20240402-1130",
        title="关于商借馆藏墨床参加“方寸承墨”特展的函",
        record_title="Fw: 关于商借馆藏墨床参加“方寸承墨”特展的函（请查收）",
        date="2024-03-29",
        date_also=["2024-04-02"],
        notes="a forwarded mail as text: forward headers, a sender's note before the letter, a mail signature and a "
        "confidentiality footer; the letter's own contact; the mail date differs",
        page="""
!m 发件人：陈列部 隗颖 <clb@zcbwg.org.cn>
!m 发送时间：2024年4月2日 11:30
!m 收件人：渟川县文化馆 <tcwhg@163.com>
!t 主题：Fw: 关于商借馆藏墨床参加“方寸承墨”特展的函（请查收）
!m ---------- 转发邮件信息 ----------
!w 隗老师您好，函件正文如下，盖章扫描件见附件，请查收。
{BODY}
!m --
!m 隗颖 | 榰城市博物馆陈列部 | 0872-6610 2231
!d 本邮件及附件仅供指定收件人使用，如误收请删除。
""",
        indent="",
        body="""
渟川县文化馆：
我馆定于5月18日至8月31日举办“方寸承墨——古今墨床特展”。贵馆收藏的清代竹雕卧牛墨床和民国铜质墨床造型独特，与本次展览主题契合，特商借上述两件藏品参展。
借展期间，我馆负责藏品的包装、运输、保险和安全保卫，展览结束后10日内完好归还。
盼予支持为感。
联系人：隗颖，电话：0872-6610 2231。
榰城市博物馆
2024年3月29日
""",
    ),
]

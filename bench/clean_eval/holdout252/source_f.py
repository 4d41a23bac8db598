"""holdout252, part F: 百科问答, 网盘分享, 搜索快照, 打印页, 邮件转发. Invented text, written by hand;
see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="wiki-zhiyuan-entry-door-knocker-infobox-h1",
        site="知源百科 (invented, encyclopaedia)",
        style="百科问答",
        genre="词条",
        kind="other",
        form="html",
        source="https://baike.zhiyuan.example.com/item/门环/40712",
        title="门环",
        record_title=None,
        date=None,
        notes="no record title: the entry's <h1> (a one-word title that also opens the body: matched as head); "
        "edit/discuss/history tabs, an infobox, a contents box, reference markers glued after sentences, an "
        "'edit this section' link glued to a section heading; an entry with no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>知源百科</title>
</head>
<body>
<div class="zy-top">⟦m 知源百科 · 求知有源⟧　<form><input placeholder="搜词条"><button>⟦a 进入词条⟧</button></form></div>
<div class="zy-tabs"><a>⟦a 词条正文⟧</a> <a>⟦a 修订此词条⟧</a> <a>⟦a 讨论区⟧</a> <a>⟦a 版本记录⟧</a></div>
<div class="zy-entry">
<h1>{T}</h1>
<div class="zy-sub">⟦m 传统建筑门饰构件⟧</div>
<table class="zy-infobox">
<tr><td>⟦m 中文名　门环⟧</td></tr>
<tr><td>⟦m 别　名　门钹、铺首衔环⟧</td></tr>
<tr><td>⟦m 材　质　铜、铁⟧</td></tr>
<tr><td>⟦m 用　途　叩门、拉门⟧</td></tr>
</table>
<div class="zy-toc"><p>⟦l 目录⟧</p><p>⟦l 1 形制⟧</p><p>⟦l 2 用途⟧</p><p>⟦l 3 文化寓意⟧</p></div>
<div class="zy-text">
{BODY}
</div>
<div class="zy-ref"><p>⟦l 参考资料⟧</p><p>⟦l [1] 畯湖县博物馆．畯湖传统民居门饰图录．内部资料⟧</p><p>⟦l [2] 民俗器物小考．知源出版社⟧</p></div>
<div class="zy-stat">⟦m 浏览 36,108 次　编辑 14 次　最近修订：上周⟧</div>
</div>
<div class="zy-ft">⟦d 知源百科词条由网友协作编写，内容仅供参考⟧</div>
</body>
</html>
""",
        body="""
门环，是安装在传统建筑大门上的金属环，供来客叩门和开关门时拉手之用，多与铺首配合使用。⟦l [1]⟧
形制
门环一般由底座和环两部分组成。底座常做成兽面，称为铺首；环多为圆形，也有椭圆形、葫芦形和如意形。材质以铜、铁为主。
用途⟦a ✎ 修订本节⟧
门环的主要用途是叩门。来访者握环叩击底座或门板发出声响，主人闻声开门。关门时，人们也常拉住门环把门带上。
文化寓意
传统上，门环的大小、材质和样式与主人的身份有关。兽面铺首寓意镇宅辟邪，如意门环则寓意吉祥如意。⟦l [2]⟧如今，门环多作为装饰出现在仿古建筑和园林中。
""",
    ),
    dict(
        slug="wiki-wuzhi-entry-toner-cartridge-text",
        site="物知百科 (invented, encyclopaedia, text copy)",
        style="百科问答",
        genre="词条",
        kind="other",
        form="text",
        source="https://www.wuzhibaike.example.com/wiki/硒鼓",
        title="硒鼓",
        record_title="硒鼓（激光打印成像部件）- 物知百科",
        date=None,
        notes="an encyclopaedia entry as text: the entry name with a gloss and the site, an 'add to my list' row, a contents "
        "line, section headings, a 'same-name entries' line and a contributors line; no date",
        page="""
!m 物知百科 > 科技 > 办公设备
!t 硒鼓（激光打印成像部件）- 物知百科
!a ＋放入我的词单　　✐ 我来完善
!l 目录：1 结构　2 工作原理　3 使用与保养
{BODY}
!l 同名词条：硒鼓（化学元素硒的制品）
!m 本词条由 37 位知友共同完善　最近更新于 5 天前
""",
        body="""
硒鼓，也称感光鼓组件，是激光打印机、复印机中的主要成像部件，因早期感光材料多用硒而得名。
结构
一支完整的硒鼓通常包括感光鼓、充电辊、显影辊、粉仓和废粉仓等部分。有的机型将感光鼓与粉盒分开，称为分体式；合为一体的称为一体式。
工作原理
打印时，充电辊使感光鼓表面均匀带电，激光按图文信息照射鼓面形成静电潜像，显影辊把碳粉吸附到潜像上，再转印到纸张上，经加热定影形成图文。
使用与保养
硒鼓应避光、防潮保存，安装时不要用手触摸感光鼓表面。打印出现底灰、竖线等问题时，多与感光鼓磨损或充电辊脏污有关。废旧硒鼓含有残余碳粉，应交专业机构回收处理。
""",
    ),
    dict(
        slug="netdisk-yunzhou-rules-stamp-storage-pdf-preview",
        site="云舟网盘 (invented, cloud-drive share page)",
        style="网盘分享",
        genre="规程",
        kind="other",
        form="html",
        source="https://pan.yunzhou.example.com/s/7Qk2vLx9",
        title="馆藏邮票保管操作规程",
        record_title="馆藏邮票保管操作规程.pdf",
        date=None,
        notes="a .pdf file name as the record title; a cloud-drive preview: sharer, validity, extraction code, VIP speed "
        "prompts, a save button row and a report link; decimal headings 1–5 with 2.1–4.2; a work procedure with no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>馆藏邮票保管操作规程.pdf_免费高速下载|云舟网盘</title>
</head>
<body>
<div class="yz-head">⟦m 云舟网盘⟧　<a>⟦a 登录云舟⟧</a>　<a>⟦a 下载客户端⟧</a></div>
<div class="yz-file">
<div class="yz-name">⟦t 馆藏邮票保管操作规程.pdf⟧</div>
<div class="yz-info">⟦m 312.6KB　｜　分享者：档案小馆员　｜　有效期：永久⟧</div>
<div class="yz-btn"><a>⟦a 存入我的云舟⟧</a>　<a>⟦a 下载（VIP极速）⟧</a>　<a>⟦a 举报分享⟧</a></div>
</div>
<div class="yz-preview">
<div class="yz-pvtip">⟦a 预览模式：仅显示文档文字，排版以原文件为准⟧</div>
{BODY}
</div>
<div class="yz-vip">⟦a 开通云舟超级会员，预览不限页、下载不限速⟧</div>
<div class="yz-ft">⟦d 分享内容由用户上传，云舟网盘不对其合法性负责，如发现违规请举报⟧</div>
</body>
</html>
""",
        body="""
1 适用范围
本规程适用于本馆馆藏邮票、实寄封及相关邮品的日常保管。
2 保管环境
2.1 库房温度保持在16℃至22℃，相对湿度保持在45%至55%。
2.2 库房应避光，照明采用无紫外线光源，邮品不得长时间暴露在光线下。
3 存放要求
3.1 邮票应装入无酸护邮袋后插入邮册，邮册竖立存放，不得堆压。
3.2 实寄封应单独装袋平放，不得折叠。
4 取用要求
4.1 取用邮票须佩戴手套，使用邮票镊，不得用手直接接触票面。
4.2 邮品出库、入库均应登记，写明用途、经手人和归还时间。
5 检查
保管人员每季度对馆藏邮品进行一次全面检查，发现霉变、褪色等情况及时报告。
""",
    ),
    dict(
        slug="netdisk-yunzhou-plan-copy-paper-pdf-own-line-markers",
        site="云舟网盘 (invented, cloud-drive share page, text copy)",
        style="网盘分享",
        genre="方案",
        kind="other",
        form="text",
        source="https://pan.yunzhou.example.com/s/3mTq8Wd1",
        title="机关节约使用复印纸实施方案",
        record_title="机关节约使用复印纸实施方案.pdf",
        date="2025-01-08",
        notes="a .pdf file name as the record title; a PDF-to-text preview cut by ⧴ 第n页 ⧴ markers on lines of their own; "
        "a save prompt, an extraction code; 成文日期 under the signature",
        page="""
!t 机关节约使用复印纸实施方案.pdf
!m 文件大小 96KB　分享于 1 个月前　浏览 73
!m 提取码：q8zk
!a 存入网盘　|　普通下载　|　VIP极速下载
{BODY}
!a 文字预览已结束，保存到网盘后可查看原版排版
!d 云舟网盘：用户分享文件，由分享者承担责任
""",
        pages=dict(fmt="⧴ 第{n}页 ⧴", every=110, start=2),
        body="""
为深入推进节约型机关建设，减少办公用纸消耗，制定本方案。
一、目标任务
2025年全局复印纸用量比2024年下降15%以上，内部文件无纸化流转率达到90%。
二、具体措施
（一）推行电子公文。除需报送上级和存档的文件外，内部请示、通知、报表一律通过协同办公系统办理。
（二）规范打印行为。非正式材料默认双面打印，会议材料按实际参会人数印制，不得多印。
（三）实行定额管理。按科室人数核定复印纸月用量，每月公布各科室用量排名。
（四）做好回收利用。各科室设置废纸收集盒，单面废纸用于打印草稿，双面废纸统一交售。
三、组织保障
办公室负责方案的组织实施和督促检查，每半年通报一次执行情况。
疃溪县统计局办公室
2025年1月8日
""",
    ),
    dict(
        slug="snapshot-shiye-letter-museum-knockers-cn-date",
        site="拾页快照 of 畯湖县博物馆 (invented)",
        style="搜索快照",
        genre="函",
        kind="letter",
        form="html",
        source="http://kuaizhao.shiye.example.com/c?u=junhu-museum-2024-1022&k=门环",
        title="关于商请协助征集老式门环实物的函",
        record_title="关于商请协助征集老式门环实物的函 — 畯湖县博物馆 · 拾页快照",
        date="2024-10-22",
        notes="a search-cache frame: a capture banner with its own time (no date), highlighted keywords, the museum page's "
        "header and footer inside; the letter's own 联系人/电话; 成文日期 in Chinese numerals",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>关于商请协助征集老式门环实物的函 — 畯湖县博物馆 · 拾页快照</title>
</head>
<body>
<div class="sy-frame">
<p>⟦d 拾页快照：本页为原网页于2025-01-17 03:46的存档，原网页可能已变更⟧</p>
<p>⟦a 访问原网页⟧　⟦a 关闭快照条⟧</p>
<p>⟦d 已为您标亮搜索词：门环 征集⟧</p>
</div>
<div class="bwg-head">⟦m 畯湖县博物馆⟧　⟦m 开放时间：周二至周日 9:00-17:00⟧</div>
<div class="bwg-nav">⟦m 本馆概况⟧ ⟦m 展览资讯⟧ ⟦m 藏品征集⟧ ⟦m 社会教育⟧</div>
<div class="bwg-art">
<h2>{T}</h2>
<div class="bwg-meta">⟦m 藏品征集　|　本馆编辑⟧</div>
<div class="bwg-txt">
{BODY}
</div>
</div>
<div class="bwg-ft">⟦m 畯湖县博物馆　预约参观：0713-6601700⟧　⟦m 晋ICP备18030621号⟧</div>
</body>
</html>
""",
        body="""
畯湖县住房和城乡建设局：
为做好全县传统民居文化的保护与展示，我馆拟于明年举办“门户之美——畯湖传统门饰专题展”，现面向社会征集老式门环、铺首等实物及相关资料。
据了解，贵局在老旧小区改造和危房拆除工作中，可能接触到一批被拆除的老式门环。为避免这些文物流失，恳请贵局协助做好以下工作：
一、在拆除、改造施工前告知我馆，由我馆派员现场甄别；
二、对拆下的老式门环暂予保管，移交我馆登记入藏；
三、提供相关老宅的位置、年代等资料。
专此函商，盼予支持。
联系人：骆文衡，电话：0713-6601736。
畯湖县博物馆
二〇二四年十月二十二日
""",
    ),
    dict(
        slug="snapshot-soulu-bulletin-drying-poles-text-cache",
        site="搜罗快照 of 疃溪县城市管理局 (invented, text-only cache)",
        style="搜索快照",
        genre="通报",
        kind="notice",
        form="text",
        source="http://cache.soulu.example.net/text?u=tuanxi-cgj-2025-0714",
        title="关于城区临街阳台外挑晾衣竿整改情况的通报",
        record_title="关于城区临街阳台外挑晾衣竿整改情况的通报_疃溪县城市管理局 - 搜罗快照（纯文本）",
        date="2025-07-14",
        notes="a text-only cache: a capture line with its own time, a 'view with images' link, the original site's lines; "
        "成文日期 under the signature",
        page="""
!d 〔搜罗快照·纯文本〕抓取时间 2025-08-02 11:20，内容以原网页为准
!a 查看带图片的版本　｜　查看原网页
!m 疃溪县城市管理局 > 工作动态
{T}
{BODY}
!m 疃溪县城市管理局　监督电话：0713-6655012
""",
        body="""
各街道办事处、各物业服务企业：
《关于规范临街建筑外挑晾衣竿设置的通告》发布以来，各街道和物业服务企业积极开展宣传劝导，截至7月10日，城区主次干道两侧共拆除外挑晾衣竿1364处，整改率达到91%。
从检查情况看，城东街道、河滨街道行动快、措施实，整改率均超过95%；城西街道部分老旧小区进展较慢，尚有68处未整改。
下一步，各街道要对未整改的住户逐户上门，讲清安全隐患和法律责任，帮助有困难的老年住户改装阳台内侧晾衣竿。7月31日后仍未整改的，由县城市管理局依法处理。
疃溪县城市管理局
2025年7月14日
""",
    ),
    dict(
        slug="print-xiaochuan-request-acid-free-paper-window-print",
        site="翛川县档案馆 (invented, print view)",
        style="打印页",
        genre="请示",
        kind="request",
        form="html",
        source="http://www.xcda.example.gov.cn/print.aspx?id=2025032101",
        title="关于购置档案室专用无酸复印纸的请示",
        record_title="［打印预览］关于购置档案室专用无酸复印纸的请示 - 翛川县档案馆",
        date="2025-03-21",
        notes="a print view calling window.print(): a print-time line and the page address at the top, a print/close row, "
        "a print footer ⧷ 第1页 共1页 ⧷ closing the page; the request's own 联系人/电话; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>［打印预览］关于购置档案室专用无酸复印纸的请示 - 翛川县档案馆</title>
<style>@media print{.noprint{display:none}}</style>
<script>window.onload=function(){window.print();}</script>
</head>
<body>
<div class="noprint">⟦a 〔立即打印〕　〔关闭预览〕⟧</div>
<div class="ph">⟦m 翛川县档案馆　打印于 2025-03-24 15:02⟧</div>
<div class="ph">⟦m 原文地址：http://www.xcda.example.gov.cn/gzdt/2025/0321/93.html⟧</div>
<h2 align="center">{T}</h2>
{BODY}
<div class="pf">⟦p ⧷ 第1页 共1页 ⧷⟧</div>
</body>
</html>
""",
        body="""
县财政局：
我馆承担全县重要档案的接收和保管工作。按照档案保护有关要求，用于档案复制件和永久保存文件的纸张，应使用无酸复印纸，以防止纸张酸化、发黄变脆。
目前我馆使用的是普通复印纸，经检测，部分五年前的复印件已出现明显泛黄。为确保档案长期安全保存，我馆拟购置无酸复印纸200包，约需经费1.6万元。
妥否，请批示。
联系人：姬海燕，电话：0713-6615270。
翛川县档案馆
2025年3月21日
""",
    ),
    dict(
        slug="print-zhenyang-rules-mail-stamps-print-footer",
        site="畛阳县机关事务服务中心 (invented, print view as text)",
        style="打印页",
        genre="制度",
        kind="other",
        form="text",
        source="http://jgsw.zhenyang.example.gov.cn/zcwj/print/0611.html",
        title="机关邮件收发及邮票使用管理办法",
        record_title="〈打印留存稿〉机关邮件收发及邮票使用管理办法｜畛阳机关事务",
        date=None,
        notes="a print view as text: the title with 〈打印留存稿〉, a print stamp, the page address, 第N条 articles, a print footer "
        "◹ 1／1 ◺ closing the page; rules with no date",
        page="""
!m 畛阳县机关事务服务中心
!m 打印时间：2025/06/11 10:37　打印人：访客
!m http://jgsw.zhenyang.example.gov.cn/zcwj/0611.html
!t 〈打印留存稿〉机关邮件收发及邮票使用管理办法
{BODY}
!p ◹ 1／1 ◺
""",
        body="""
第一条 为规范机关邮件收发工作，加强邮票管理，制定本办法。
第二条 机关对外寄发的公文、信函，由办公室统一登记、统一寄发。
第三条 办公室按季度申领邮票，设专人保管，建立邮票领用登记簿，写明寄件日期、收件单位、邮资金额和经办人。
第四条 邮票只能用于公务邮件，不得私用、不得转赠。
第五条 挂号信、特快专递应保存邮寄凭证，凭证随登记簿一并存档。
第六条 退回的邮件应及时查明原因，重新核对地址后寄发。
第七条 本办法自印发之日起施行。
""",
    ),
    dict(
        slug="mail-xianzhou-letter-custom-stamps-attachment-bar",
        site="暹州学院邮件系统 (invented, webmail reading view)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.xzxy.example.edu.cn/read?mid=ZL0612-8830",
        title="关于订制建校六十周年个性化纪念邮票的函",
        record_title="Fwd: 关于订制建校六十周年个性化纪念邮票的函",
        date="2025-06-12",
        date_also=["2025-06-13"],
        notes="a webmail reading view: folder list, From/To/Date headers with the forward date (also accepted), an attachment "
        "bar beside the letter's own 附件 list and contact line; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>Fwd: 关于订制建校六十周年个性化纪念邮票的函 - 暹州学院邮件系统</title>
</head>
<body>
<div class="wm-top">⟦m 暹州学院邮件系统⟧　⟦m xqb@xzxy.example.edu.cn⟧　<a>⟦a 退出⟧</a></div>
<div class="wm-left"><p>⟦a 写信⟧</p><p>⟦m 收件箱(3)⟧</p><p>⟦m 已发送⟧</p><p>⟦m 草稿箱⟧</p></div>
<div class="wm-read">
<div class="wm-tools">⟦a 回复　回复全部　转发　删除　标为未读⟧</div>
<div class="wm-subj">⟦t Fwd: 关于订制建校六十周年个性化纪念邮票的函⟧</div>
<div class="wm-hdr"><p>⟦m 发件人：校庆办 卓雅琳 &lt;xqb@xzxy.example.edu.cn&gt;⟧</p><p>⟦m 收件人：市邮政分公司集邮业务部 &lt;jiyou@xzpost.example.cn&gt;⟧</p><p>⟦m 时间：2025年6月13日（周五）09:14⟧</p></div>
<div class="wm-fwd">⟦m ---------- 转发的邮件 ----------⟧</div>
<div class="wm-body">
<p>{T}</p>
{BODY}
</div>
<div class="wm-att"><p>⟦a 📎 附件 2 个（共 3.1MB）　全部打包下载⟧</p><p>⟦a 个性化邮票附图.jpg　2.8MB　预览｜下载⟧</p><p>⟦a 校庆标识使用说明.pdf　0.3MB　预览｜下载⟧</p></div>
</div>
<div class="wm-ft">⟦m 暹州学院网络信息中心　邮件系统服务电话：0716-8820199⟧</div>
</body>
</html>
""",
        body="""
暹州市邮政分公司：
为纪念我校建校六十周年，我校拟订制一版个性化纪念邮票，用于校庆纪念册和校友联络。现将有关事项函告如下：
一、邮票主图拟采用学校老校门和新图书馆图片，附图由我校提供，具体版式请贵公司设计后报我校确认。
二、订制数量为800版，每版12枚，请于2025年9月20日前交付。
三、相关费用按贵公司标准报价，经双方确认后签订协议。
联系人：卓雅琳，电话：0716-8837412，邮箱：xqb@xzxy.example.edu.cn。
附件：1.个性化邮票附图
2.校庆标识使用说明
暹州学院校庆工作办公室
2025年6月12日
""",
    ),
    dict(
        slug="mail-forward-notice-toner-bins-docx-cc-headers",
        site="forwarded mail (invented, saved as text)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mail://intra.hengyue-wl.example.com/inbox/20250507-0032",
        title="关于调整废旧硒鼓回收箱投放点的通知",
        record_title="转发：关于调整废旧硒鼓回收箱投放点的通知.docx",
        date="2025-05-06",
        date_also=["2025-05-07"],
        notes="a .docx file name after 转发： as the record title; mail headers with their own 抄送 line beside the notice's "
        "own 抄送 at the end; the send date also accepted; a mail signature with a phone and a confidentiality footer",
        page="""
!m 发件人：行政部 许晴 <xuqing@hengyue-wl.example.com>
!m 发送时间：2025年5月7日 星期三 08:52
!m 收件人：全体员工
!m 抄送：蒲文涛; 信息中心
!t 主题：转发：关于调整废旧硒鼓回收箱投放点的通知.docx
!m 附件：关于调整废旧硒鼓回收箱投放点的通知.docx（26KB）
!m 各位同事，请见附件通知，下周起按新点位投放。
{T}
{BODY}
!m --
!m 许晴 | 行政部 | 分机 8012
!d 本邮件及附件仅限收件人使用，如误收请删除并告知发件人
""",
        body="""
各部门：
为方便各部门送交废旧硒鼓，经研究，决定自2025年5月12日起调整废旧硒鼓回收箱投放点。现将有关事项通知如下：
一、取消行政楼一楼大厅回收点，在行政楼二楼、业务楼三楼文印室门口各设回收箱1个。
二、回收箱只收废旧硒鼓和墨盒，请勿投放纸张、包装盒等其他物品。
三、投放前请将硒鼓装入原包装袋或塑料袋，防止碳粉洒漏。
四、回收箱由行政部每周五清理一次，回收的硒鼓统一交有资质的企业处置。
行政部
2025年5月6日
抄送：集团后勤服务中心
""",
    ),
]

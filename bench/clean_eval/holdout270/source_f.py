"""holdout270, part F: encyclopaedias, cloud drives, search snapshots, print views and forwarded
mails. Every page, place, person, number and URL is invented; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="wiki-zhiyuan-entry-fish-spear-infobox",
        site="知渊百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://baike.zhiyuan.wiki/item/鱼叉/20931",
        title="鱼叉",
        record_title="鱼叉（捕鱼工具）_知渊百科",
        date=None,
        notes="encyclopaedia: infobox, contents box, edit/discuss/history tabs, reference markers glued after sentences, an 'edit this section' link glued to a heading; the one-word title also opens the body (matched as head)",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>鱼叉（捕鱼工具）_知渊百科</title>
<script src="/static/wiki.js"></script>
</head>
<body>
<div class="top">⟦m 知渊百科⟧ <input placeholder="搜词条"> ⟦a 进入词条⟧ ⟦a 创建词条⟧</div>
<div class="tabs">⟦a 编辑⟧ ⟦a 讨论⟧ ⟦a 历史版本⟧ ⟦l 收藏 · 分享 · 赞 288⟧</div>
<div class="entry">
<h1>{T}</h1>
<p class="poly">⟦m 捕鱼工具 · 本词条由“知渊渔猎文化小组”参与编辑⟧</p>
<table class="infobox">
<tr><td>⟦m 中文名　鱼叉⟧</td></tr>
<tr><td>⟦m 类　别　渔具、刺具⟧</td></tr>
<tr><td>⟦m 材　质　铁、竹木⟧</td></tr>
</table>
<div class="toc">⟦l 目录　1 形制　2 历史　3 现状⟧</div>
<div class="para">
{BODY}
</div>
<div class="refs">⟦l 参考资料　1. 《鲙河流域渔具调查》　2. 《鲉川县志·物产卷》⟧</div>
<div class="edit-info">⟦m 词条统计：浏览 14,602 次　编辑 23 次　最近更新：2 个月前⟧</div>
</div>
<footer>⟦d 知渊百科内容由网友协作编辑，仅供参考⟧ ⟦m ©2024 知渊百科⟧</footer>
</body>
</html>
""",
        body="""
鱼叉，一种用于刺取鱼类的传统渔具，一般由铁制叉头和竹木长柄组成。
形制⟦a ［改写本节］⟧
鱼叉按叉齿数量分为单股、三股、五股等，叉齿末端常带倒钩，以防刺中的鱼脱落。⟦l [1]⟧叉柄长一至三米不等，浅水叉鱼多用短柄，船上使用多用长柄，有的柄尾系绳，掷出后可以收回。
历史
用尖头器具刺鱼是最古老的捕鱼方法之一，新石器时代遗址中已出土骨制鱼叉。明清以后，沿河渔民普遍使用铁匠锻打的铁鱼叉，鱼叉也是许多渔家的传家之物。⟦l [2]⟧
现状
由于鱼叉捕捞对产卵亲鱼和幼鱼伤害较大，许多地方已将其列为禁渔期或禁渔区内的禁用渔具。老鱼叉如今更多作为民俗文物被博物馆和收藏者保存。
""",
    ),
    dict(
        slug="wiki-baiwen-entry-sewing-basket-text",
        site="百问百科 (invented)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="https://www.baiwenbaike.com/view/882043.html",
        title="针线笸箩",
        record_title="针线笸箩 - 老家什 - 百问百科",
        date=None,
        notes="encyclopaedia text: entry tabs, infobox lines, contents line, reference line; a modification stamp is no date; the one-word title also stands in the body",
        page="""
!m 百问百科　　首页　分类　特色词条　帮助
!a 编辑词条　　添加义项　　历史记录
{T}
!m 中文名：针线笸箩　　类别：民间生活用具　　常用材料：柳条、麦秸、竹篾
!l 目录：1 形制与用途　2 制作　3 文化意义
{BODY}
!l 参考资料：[1] 北方民间器具图录
!m 本词条最近修改于 5 天前　　浏览 8,215 次
!d 百问百科词条由网友共同编写，如有错误欢迎纠正。
""",
        body="""
针线笸箩是旧时家庭中盛放针线、顶针、剪刀、布头等缝纫用品的浅口编织容器，多放在炕头、床头或窗台上，是妇女做针线活时的必备之物。
形制与用途
针线笸箩多为圆形或椭圆形，口径二三十厘米，深十厘米左右，沿口常用布条或皮条包边。北方多用柳条、麦秸编制，南方多用竹篾编制，也有用硬纸板糊成后裱上花布的。
制作
编制竹篾笸箩一般要经过破竹、劈篾、刮篾、起底、编帮、锁口等工序。麦秸笸箩则用麦秸编成草辫，再一圈圈盘绕缝合成形。
文化意义
在不少地方，针线笸箩是姑娘出嫁时的陪嫁之物，寓意心灵手巧、勤俭持家。如今，针线笸箩编制技艺已被一些地方列入非物质文化遗产代表性项目名录。
""",
    ),
    dict(
        slug="clouddrive-yucang-plan-cloth-nappies-decimal-vip",
        site="鱼仓网盘 (invented cloud drive)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="html",
        source="https://pan.yucangyun.com/s/1Kq7fT2m",
        title="布尿布循环使用示范项目实施方案",
        record_title="布尿布循环使用示范项目实施方案（终版）｜鱼仓网盘",
        date="2024-03-15",
        notes="cloud-drive preview: file name, share validity, save and VIP prompts; decimal headings 1.1–3.2; the 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>布尿布循环使用示范项目实施方案（终版）｜鱼仓网盘</title>
<script>window.shareInfo={fid:"1Kq7fT2m",expire:7};</script>
</head>
<body>
<div class="nav">⟦m 鱼仓网盘⟧ ⟦a 登录鱼仓⟧ ⟦a 客户端下载⟧</div>
<div class="share-head">
<p class="fname">⟦t 布尿布循环使用示范项目实施方案（终版）.docx⟧</p>
<p class="sharer">⟦m 分享者：鳀江妇幼小周　有效期：剩 6 天　文件 48KB⟧</p>
<p class="ops">⟦a 保存到我的鱼仓⟧ ⟦a 普通下载⟧ ⟦a 鱼仓会员极速下载⟧</p>
</div>
<div class="preview">
<h2>{T}</h2>
{BODY}
</div>
<div class="vip">⟦a 在线预览仅显示前3页，开通鱼仓会员预览全文⟧</div>
<div class="footer">⟦d 请勿通过鱼仓网盘分享违法违规内容，一经发现将取消分享⟧ ⟦m © 鱼仓云科技⟧</div>
</body>
</html>
""",
        body="""
为倡导绿色育儿，减少一次性纸尿裤使用，鳀江区妇幼保健院联合区妇联在蓇园、楛坡两个社区开展布尿布循环使用示范项目。
1.项目目标
1.1 一年内招募示范家庭一百户，示范家庭日均使用纸尿裤数量减少一半以上。
1.2 建立社区布尿布回收、消毒、再分发机制。
2.主要内容
2.1 入户指导。保健院护士上门讲解布尿布的折法、更换频次和清洗方法，每户发放布尿布二十条。
2.2 回收再用。宝宝用不上的布尿布交社区妇女之家，经高温消毒后转给有需要的家庭。
2.3 跟踪评估。每季度随访一次，记录婴儿红臀发生情况和家长满意度。
3.保障措施
3.1 区妇联安排项目经费四万元，用于采购布尿布和消毒设备。
3.2 保健院指定一名护士长负责项目技术指导。
鳀江区妇幼保健院
2024年3月15日
""",
    ),
    dict(
        slug="clouddrive-lanpan-handout-nappy-change-marker-lines",
        site="澜盘分享 (invented)",
        style="网盘分享",
        genre="培训讲义",
        kind="other",
        form="text",
        source="https://share.lanpan.cc/f/nnXv82",
        title="育婴员培训讲义：尿布更换与臀部护理",
        record_title="育婴员培训讲义：尿布更换与臀部护理.pdf",
        date=None,
        notes="file-name record title (.pdf); share page with extraction code and save prompts; ◵ 第n页 ◵ markers on lines of their own cut sentences; a handout with no date",
        page="""
!m 澜盘分享　｜　大文件，随手传
!m 育婴员培训讲义：尿布更换与臀部护理.pdf　　2.1MB
!m 分享于 2 天前　　提取码：7kqe　　浏览 214
!a 转存到澜盘　　下载　　澜盘SVIP倍速下载
{T}
{BODY}
!a 预览已结束，完整讲义请下载后查看
!d 该文件由用户分享，澜盘分享不对文件内容负责
""",
        indent="\u3000\u3000",
        pages=dict(fmt="◵ 第{n}页 ◵", every=95, start=2),
        body="""
一、更换尿布前的准备
准备好干净的尿布、温水、小毛巾和护臀膏，洗净双手。冬季要关好门窗，室温保持在二十四至二十六摄氏度。
二、更换步骤
1.解开脏尿布，用尿布前端干净的部分由前向后擦去大便。女婴一定要从前往后擦，防止污染尿道口。
2.用温水清洗臀部和皮肤皱褶处，再用干毛巾轻轻蘸干，不要来回擦。
3.待皮肤晾干后，薄薄涂一层护臀膏，垫上干净尿布，松紧以能伸进一指为宜。
三、臀部护理要点
尿布要勤换，新生儿一般每两到三小时检查一次。布尿布洗后要用开水烫过并在阳光下晒干。如果臀部出现发红、破皮，要增加换尿布的次数，必要时请医生诊治。
""",
    ),
    dict(
        slug="snapshot-yingzhao-notice-spear-ban-h1-capture",
        site="萤照搜索快照 (invented search cache of a township site)",
        style="搜索快照",
        genre="通告",
        kind="notice",
        form="html",
        source="http://cache.yingzhao.com/c?u=http%3A%2F%2Fwww.guiwan.gov.cn%2Ftzgg%2F0428.html",
        title="鲪湾镇人民政府关于禁止在鲒溪使用鱼叉等禁用渔具捕捞的通告",
        record_title=None,
        date="2024-04-26",
        date_also=["2024-04-28"],
        notes="search-cache frame: no record title, the snapshot's <h1>; a capture banner with its capture time, highlighted search terms; the town site's posting date also accepted",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>萤照快照</title>
<style>.hl{background:#ff6}</style>
</head>
<body>
<div class="cache-banner">⟦m 这是萤照为您保存的网页快照，截取于 2024-05-02 14:37，当前页面可能已经更新⟧<br>⟦a 查看最新网页⟧　⟦m 搜索词已标黄：鱼叉 鲒溪⟧</div>
<div class="orig">
<div class="town-head">⟦m 鲯阳县鲪湾镇人民政府⟧</div>
<div class="town-nav">⟦m 首页　镇务公开　通知公告　便民服务⟧</div>
<h1>{T}</h1>
<p class="pub">⟦m 来源：鲪湾镇农业服务中心　发布日期：2024-04-28⟧</p>
{BODY}
<p class="tools">⟦a 【打印此页】【关掉】⟧</p>
<p class="town-foot">⟦m 鲪湾镇人民政府主办　赣ICP备12019430号⟧</p>
</div>
</body>
</html>
""",
        p_html="<p>{}</p>",
        body="""
为保护鲒溪水生生物资源，根据有关法律法规和县人民政府关于禁渔工作的规定，现就禁止在鲒溪使用禁用渔具捕捞有关事项通告如下：
一、自2024年5月1日起，禁止任何单位和个人在鲒溪鲪湾镇段使用鱼叉、电鱼器具、地笼网、拦河网等禁用渔具和方法进行捕捞。
二、群众家中存放的鱼叉等渔具，可自愿交所在村委会登记保管，镇政府给予每把二十元的交售补助。
三、对违反本通告的，由渔政部门依法查处；构成犯罪的，依法追究刑事责任。
四、欢迎群众举报违法捕捞行为，举报电话：0795-7352110。
特此通告。
鲪湾镇人民政府
2024年4月26日
""",
    ),
    dict(
        slug="snapshot-kuaizhao-letter-collect-old-baskets-text",
        site="快照搜搜 (invented text-only search cache)",
        style="搜索快照",
        genre="函",
        kind="letter",
        form="text",
        source="http://kz.sousoucache.cn/text?url=www.xiyuanfl.org.cn/tzgg/0910.html",
        title="菥原县妇女联合会关于征集老式针线笸箩展品的函",
        record_title="【缓存页】菥原县妇女联合会关于征集老式针线笸箩展品的函 ‹ 快照搜搜",
        record_date="2024-09-10",
        date="2024-09-10",
        notes="text-only cache hard-wrapped at 56 columns: the cache header and capture time, the cached site's nav; the record gives the date, which is also the 成文日期; the letter's own 联系人/电话/邮箱",
        page="""
!m 【快照搜搜 · 纯文字版】本页为 www.xiyuanfl.org.cn/tzgg/0910.html 于 2024-10-03 02:11 的文字快照
!a 显示原网页样式　　返回搜索结果
!m 菥原县妇女联合会　｜　首页 · 妇联要闻 · 通知公告 · 巾帼风采
{T}
{BODY}
!m 菥原县妇女联合会版权所有　地址：菥原县城关镇解放路21号
""",
        wrap=56,
        indent="\u3000\u3000",
        body="""
各乡镇妇联、县直各单位妇委会：
为办好“巧手传家——菥原巾帼手工艺展”，留住老一辈妇女勤俭持家的记忆，县妇联决定面向全县征集老式针线笸箩展品。现将有关事项函告如下：
一、征集范围：上世纪八十年代以前制作和使用的针线笸箩，材质不限，柳编、竹编、麦秸编、纸糊均可；笸箩里原有的顶针、线板、鞋样等物品一并征集更佳。
二、征集方式：以借展为主，展览结束后原物归还；愿意捐赠的，由县妇联颁发收藏证书。
三、征集时间：即日起至10月20日。
请各单位协助做好宣传和登记工作，将展品信息表于10月20日前报县妇联。
联系人：县妇联宣传部　陆晓婷，电话：0774-6210338，邮箱：xyfl_xcb@126.com。
菥原县妇女联合会
2024年9月10日
""",
    ),
    dict(
        slug="print-weishan-bulletin-foot-soak-scald-window-print",
        site="薳山县民政局 (invented print view)",
        style="打印页",
        genre="通报",
        kind="notice",
        form="html",
        source="http://mzj.weishan.gov.cn/print.jsp?id=10472",
        title="关于薳山县社会福利中心一起老人泡脚烫伤事件的通报",
        record_title="〘纸面版〙关于薳山县社会福利中心一起老人泡脚烫伤事件的通报 — 薳山民政",
        date="2024-01-22",
        notes="print view calling window.print(): a print toolbar, the 文号 line neutral, a print stamp and a print footer ⍊ 第1页　共1页 ⍊; 印发 line in the body; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〘纸面版〙关于薳山县社会福利中心一起老人泡脚烫伤事件的通报 — 薳山民政</title>
<style>@media print{.noprint{display:none}}</style>
<script>window.onload=function(){window.print();};</script>
</head>
<body>
<div class="noprint">⟦a 🖨 立即打印⟧ ⟦a 关闭窗口⟧ ⟦a 调整页边距⟧</div>
<div class="print-head">⟦m 薳山县民政局　打印时间：2024-02-01 09:15⟧</div>
<h2 align="center">{T}</h2>
<p align="center">薳民发〔2024〕5号</p>
{BODY}
<div class="print-foot">⟦p ⍊ 第1页　共1页 ⍊⟧</div>
<div class="print-url">⟦m http://mzj.weishan.gov.cn/art/2024/1/24/art_10472.html⟧</div>
</body>
</html>
""",
        body="""
各乡镇敬老院、县社会福利中心：
1月15日晚，县社会福利中心一名护理员为一名八十二岁的失能老人泡脚时，未测试水温，直接将开水兑入脚盆，导致老人双足二度烫伤。事件发生后，中心及时将老人送医救治，目前老人伤情稳定。
经调查，这起事件暴露出护理员操作不规范、夜班人手不足、护理制度落实不到位等问题。县民政局决定对县社会福利中心予以通报批评，责成中心对相关责任人严肃处理。
各养老机构要引以为戒，立即做到：
一、为老人泡脚、洗浴前，必须使用水温计测温，水温不超过四十摄氏度，对失能、糖尿病老人不超过三十七摄氏度。
二、暖水瓶、开水壶不得放在老人床边和脚盆旁。
三、1月31日前开展一次护理安全自查，结果报县民政局养老服务股。
薳山县民政局
2024年1月22日
薳山县民政局办公室　2024年1月22日印发
""",
    ),
    dict(
        slug="print-shiqiao-plan-home-visits-walkers-footer",
        site="鸤桥社区便民服务站 (invented print view)",
        style="打印页",
        genre="方案",
        kind="plan",
        form="text",
        source="http://shiqiao.sq-yuhu.cn/print/?aid=338",
        title="鸤桥社区婴幼儿家庭安全入户宣传方案",
        record_title="［入户打印稿］鸤桥社区婴幼儿家庭安全入户宣传方案（入户用）",
        date="2024-05-06",
        notes="text print view: a print-time stamp is no date, the print footer ⛫ 1 / 1 ⛫ closes the page; a numbered list; 成文日期 under the signature",
        page="""
!m 鸤桥社区便民服务站　·　打印版
!m 打印时间：2024-05-20 10:32　　打印人：网格员
{T}
{BODY}
!p ⛫ 1 / 1 ⛫
!m 原文地址：http://shiqiao.sq-yuhu.cn/art/338.html
""",
        body="""
为减少辖区婴幼儿居家意外伤害，社区决定在5月至6月开展婴幼儿家庭安全入户宣传，特制定本方案。
一、宣传对象。辖区内有三岁以下婴幼儿的家庭，共一百三十六户。
二、宣传内容。
1.学步车的风险：不建议使用学步车，已在使用的要远离楼梯、门槛和厨房。
2.防跌落：窗户加装限位器，床边加护栏。
3.防烫伤：热水、热汤放在孩子够不着的地方，给孩子洗澡先放冷水再放热水。
三、工作安排。网格员和社区卫生服务站医生两人一组，每组负责一个网格，每户入户不少于二十分钟，并发放宣传手册和防撞条。
四、时间要求。6月30日前完成全部入户，网格员每周五向社区报告进度。
鸤桥社区居民委员会
2024年5月6日
""",
    ),
    dict(
        slug="mail-museum-letter-borrow-spears-webmail-attachments",
        site="鲬湖学院邮箱网页版 (invented webmail)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.yuhuxy.edu.cn/read?mid=ZL2901-250108-0041",
        title="关于商借传统鱼叉参加“鲙河渔事”专题展的函",
        record_title="Fwd: 关于商借传统鱼叉参加“鲙河渔事”专题展的函",
        date="2025-01-06",
        date_also=["2025-01-08"],
        notes="webmail reading view: forwarded header lines, an attachment bar beside the letter's own 附件 list, the letter's contact and mailbox; the mail's send date also accepted",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>Fwd: 关于商借传统鱼叉参加“鲙河渔事”专题展的函 - 鲬湖学院邮箱</title>
<script src="/webmail/js/reader.js"></script>
</head>
<body>
<div class="mail-top">⟦m 鲬湖学院邮箱⟧ ⟦m 谭文涛 tanwt@yuhuxy.edu.cn⟧ ⟦a 退出⟧</div>
<div class="mail-side">⟦m 收件箱(12)⟧ ⟦m 已发送⟧ ⟦m 草稿箱⟧ ⟦m 垃圾邮件⟧</div>
<div class="mail-toolbar">⟦a 回复⟧ ⟦a 全部回复⟧ ⟦a 转发⟧ ⟦a 删除⟧ ⟦a 标记为⟧</div>
<div class="mail-head">
<h3>⟦t Fwd: 关于商借传统鱼叉参加“鲙河渔事”专题展的函⟧</h3>
<p>⟦m 发件人：陈曦 &lt;chenxi@yuhuxy.edu.cn&gt;⟧</p>
<p>⟦m 收件人：鲉川县文化馆 &lt;ycwhg@163.com&gt;⟧</p>
<p>⟦m 时　间：2025年1月8日（星期三）上午10:26⟧</p>
</div>
<div class="mail-body">
<p>⟦m -------- 转发的邮件 --------⟧</p>
<p>⟦m 主题：关于商借传统鱼叉参加“鲙河渔事”专题展的函⟧</p>
<h2>{T}</h2>
{BODY}
</div>
<div class="attach-bar">⟦a 📎 2 个附件（共 1.6MB）　全部下载　预览⟧<br>⟦a 借展清单.xlsx（22KB）⟧<br>⟦a 借展协议（样本）.pdf（1.5MB）⟧</div>
<div class="mail-foot">⟦d 本邮件及附件可能含有保密信息，如误收请删除⟧</div>
</body>
</html>
""",
        body="""
鲉川县文化馆：
我校民俗博物馆拟于2025年4月至10月举办“鲙河渔事”专题展，集中展示鲙河流域传统渔具和渔家生活。贵馆收藏的鲾口镇退捕渔民上交的一批老鱼叉，形制完整、来源清楚，是反映鲙河渔猎习俗的珍贵实物。经研究，我馆拟商借其中十二把鱼叉参展，借展期间的运输、保险和安保由我馆负责，展览结束后原件完好归还。
恳请贵馆予以支持。
附件：1.借展清单
2.借展协议（样本）
联系人：陈曦，电话：0730-8316127，邮箱：chenxi@yuhuxy.edu.cn。
鲬湖学院民俗博物馆
2025年1月6日
""",
    ),
    dict(
        slug="mail-xiyuan-notice-winter-nappies-forwarded-cc",
        site="菥原县妇联工作邮箱 (invented, forwarded mail as text)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mail://xyfl-work/2024-12-04/fw-0193",
        title="关于做好冬季困境儿童布尿布等物资发放工作的通知",
        record_title="转发：关于做好冬季困境儿童布尿布等物资发放工作的通知.docx",
        date="2024-12-02",
        date_also=["2024-12-04"],
        notes="file-name record title in a forwarded mail; the mail header's 抄送 beside the notice's own 抄送 line; a goods table; the send date also accepted",
        page="""
!m 发件人：菥原县妇联办公室 <xyfl_bgs@126.com>
!m 收件人：各乡镇妇联
!m 抄　送：县民政局儿童福利股
!m 发送时间：2024年12月4日 15:48
!t 主　题：转发：关于做好冬季困境儿童布尿布等物资发放工作的通知.docx
!m 附　件：关于做好冬季困境儿童布尿布等物资发放工作的通知.docx（28KB）
!m ---------- 以下为附件正文 ----------
{T}
{BODY}
!d 此邮件由菥原县妇联办公室发出，请勿直接回复
!a 手机查看邮件请下载“政务邮”客户端
""",
        body="""
各乡镇妇联：
寒冬将至，为让困境儿童家庭温暖过冬，县妇联联合县民政局筹集了一批冬季物资，现将发放工作有关事项通知如下：
一、物资情况
物资名称　数量　发放对象
纯棉布尿布　800条　三岁以下困境儿童
婴儿棉衣　150套　三岁以下困境儿童
儿童羽绒服　260件　四至十六岁困境儿童
二、发放要求。各乡镇妇联于12月10日前到县妇联仓库领取物资，12月20日前送到每一户困境儿童家庭，并拍照留存发放记录。
三、布尿布请提醒家长首次使用前用开水烫洗、晒干。
菥原县妇女联合会
2024年12月2日
抄送：县民政局。
""",
    ),
]

"""holdout344, part F: encyclopaedias, cloud-drive shares, search-cache snapshots, print views and
forwarded mails. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="wiki-zhiwu-entry-umbrella-bag",
        site="知物百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://baike.zhiwu.wiki/item/雨伞套/50217",
        title="雨伞套",
        record_title="雨伞套（生活用品）- 知物百科",
        date=None,
        notes="encyclopaedia: 阅读/编辑/讨论/历史 tabs, infobox, contents box, reference markers glued after "
        "sentences, an 'edit this section' link; the entry name opens the body (head match); an edit stamp is no date",
        page="""
<!DOCTYPE html>
<html>
<head><meta charset="utf-8"><title>雨伞套（生活用品）- 知物百科</title></head>
<body>
<div class="zw-head">⟦m 知物百科 · 万物皆有来历⟧　<input placeholder="搜索词条">　<a>⟦a 创建词条⟧</a></div>
<div class="zw-tabs">⟦a 阅读　编辑　讨论　历史版本⟧</div>
<h1 class="zw-name">{T}</h1>
<div class="zw-sub">⟦m 生活用品 · 雨具配件⟧</div>
<table class="zw-infobox">
<tr><td>⟦m 中文名：雨伞套⟧</td></tr>
<tr><td>⟦m 别　名：伞袋、伞套⟧</td></tr>
<tr><td>⟦m 常见材质：聚乙烯薄膜、涤纶布⟧</td></tr>
<tr><td>⟦m 用　途：防止湿伞滴水⟧</td></tr>
</table>
<div class="zw-toc">⟦l 目录　1 概述　2 类型　3 环保问题⟧</div>
<div class="zw-text">
{BODY}
</div>
<div class="zw-ref"><h3>⟦l 参考资料⟧</h3><p>⟦l [1] 咏川市城市管理协会．公共场所雨伞套使用情况调研．⟧</p><p>⟦l [2] 日用塑料制品手册（第三版）．⟧</p></div>
<div class="zw-edit">⟦m 本词条由 31 位编辑者共同完善，最近编辑于 2 个月前⟧</div>
<div class="zw-foot">⟦d 词条内容仅供参考，如需专业意见请咨询相关人士⟧　⟦m ©2025 知物百科⟧</div>
</body>
</html>
""",
        body="""
雨伞套是用来包裹湿雨伞、防止雨水滴落的套子，常见于商场、医院、银行等公共场所的入口。
概述
雨天进入室内时，湿伞上的雨水会滴落在地面，造成地面湿滑。雨伞套能把雨水兜住，保持室内地面干燥。⟦l [1]⟧
类型⟦a ［编辑本段］⟧
一次性雨伞套多用聚乙烯薄膜制成，常配合伞套机使用，把伞插入后拉出即可套好；可重复使用的雨伞套多用涤纶布或防水布缝制，可以折叠随身携带。
环保问题
一次性雨伞套用后多被直接丢弃，一个雨天一处大型商场可消耗数千只。⟦l [2]⟧近年来，一些城市提倡以滴水伞架、可重复使用伞套代替一次性伞套。
""",
    ),
    dict(
        slug="wiki-text-entry-tape-dispenser-record",
        site="问通百科 (invented encyclopaedia Q&A, text)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="http://www.wentongbaike.com/wiki/78103.html",
        title="胶带座",
        date=None,
        notes="encyclopaedia entry as text: title as in the record; the entry name opens the body and stands "
        "alone above it (head match); a 'last updated 3 months ago' stamp is no date; related entries and a "
        "'was this helpful' row at the foot",
        page="""
!m 问通百科 · 百科
!m 百科首页 > 办公用品 > 文具
{T}
!m 浏览 6,214 次　｜　最近更新：3 个月前　｜　编辑 9 次
!a 编辑词条　｜　收藏　｜　纠错
{BODY}
!a 这个词条对你有帮助吗？　有用　没用
!l 相关词条：订书机　｜　裁纸刀　｜　封箱器
!m 问通百科 wentongbaike.com　津ICP备20003142号
""",
        indent="",
        body="""
胶带座，又称胶带切割器、胶纸座，是用来放置胶带卷并切断胶带的文具，广泛用于办公室、学校和家庭。
结构
胶带座一般由底座、转轴和切刀三部分组成。底座多用铸铁、塑料或树脂制成，较重的底座可以保证单手拉胶带时不移动；转轴用于套装胶带卷；切刀通常为锯齿状金属片，安装在出胶口一侧。
分类
按用途分，胶带座可分为桌面胶带座和手持封箱器，前者适用于透明胶带、文具胶带，后者适用于宽幅封箱胶带。
使用注意
切刀较为锋利，儿童使用时应有成人看护；部分新款产品加装了切刀防护盖。
""",
    ),
    dict(
        slug="netdisk-yunge-instruction-dish-brushes-pdf",
        site="云格网盘 (invented cloud drive)",
        style="网盘分享",
        genre="作业指导书",
        kind="other",
        form="html",
        source="https://pan.yunge.cc/s/1aQ7rTx9LmKp",
        title="洗碗刷清洗消毒作业指导书",
        record_title="洗碗刷清洗消毒作业指导书.pdf",
        date=None,
        notes="cloud-drive preview: file name as the record's title, save/download buttons, VIP speed prompts, "
        "a share stamp and expiry line (no date); numbered steps",
        page="""
<!DOCTYPE html>
<html>
<head><meta charset="utf-8"><title>洗碗刷清洗消毒作业指导书.pdf_免费高速下载|云格网盘</title></head>
<body>
<div class="yg-top">⟦m 云格网盘⟧　<a>⟦a 登录⟧</a>　<a>⟦a 开通超级会员⟧</a></div>
<div class="yg-share">
<div class="yg-file">⟦t 洗碗刷清洗消毒作业指导书.pdf⟧</div>
<div class="yg-info">⟦m 分享者：后厨老冉　｜　412KB　｜　分享于 1 周前　｜　有效期：永久⟧</div>
<div class="yg-btn"><a>⟦a 保存到我的云格⟧</a> <a>⟦a 下载⟧</a></div>
<div class="yg-preview">
{BODY}
</div>
<div class="yg-vip">⟦a 普通用户下载限速，开通超级会员享极速通道⟧</div>
</div>
<div class="yg-foot">⟦d 请勿分享违法违规文件，云格网盘将依法配合监管⟧　⟦m © 2025 云格网盘⟧</div>
</body>
</html>
""",
        p_html='<div class="pg-line">{}</div>',
        body="""
1　适用范围：本指导书适用于食堂洗碗间各类洗碗刷的日常清洗、消毒和更换。
2　职责：洗碗间当班人员负责执行，领班负责检查。
3　作业步骤
3.1　每班使用结束后，用流动水冲净洗碗刷上的食物残渣和油污。
3.2　将洗碗刷放入有效氯浓度为250mg/L的消毒液中浸泡30分钟。
3.3　取出后用清水冲洗，挂在指定挂钩上沥干，刷头朝下。
4　更换要求：刷毛脱落、变形、发黑或每满一个月，应更换新刷，并在更换记录表上签字。
5　注意事项：不同颜色的洗碗刷分开浸泡，消毒液现配现用。
""",
    ),
    dict(
        slug="netdisk-text-cutlery-box-points-lone-markers",
        site="箱盒云盘 (invented cloud drive, text preview)",
        style="网盘分享",
        genre="操作要点",
        kind="other",
        form="text",
        source="http://www.xianghepan.com/share/cjh-zydian",
        title="集体用餐餐具盒清洗消毒操作要点",
        record_title="集体用餐餐具盒清洗消毒操作要点（食堂培训用）- 箱盒云盘分享",
        date=None,
        notes="cloud-drive text preview cut by page markers ⬻ n ⬻ on lines of their own; no date (a share "
        "stamp and a relative time only); save and download prompts",
        page="""
!m 箱盒云盘 — 文件分享
!t 集体用餐餐具盒清洗消毒操作要点（食堂培训用）.docx
!m 来自：汪师傅的分享　　分享时间：5 天前　　浏览 73 次
!a 【转存】　【下载】　【举报】
{BODY}
!a 在线预览仅显示部分页面，转存后可查看原文件
!m xianghepan.com
""",
        indent="\u3000\u3000",
        pages=dict(fmt="⬻ {n} ⬻", every=90, start=2),
        body="""
一、回收
餐具盒回收后应立即清除残渣，按大小分类码放，不得长时间堆积，发现破损、变形的餐具盒单独放置。
二、清洗
先用温水浸泡，再用洗涤剂逐只刷洗内壁、格子和盒盖密封槽，最后用流动水冲净。盒盖密封槽是最容易藏污的地方，要重点刷洗。
三、消毒
清洗后的餐具盒优先采用热力消毒，蒸汽消毒温度100℃、时间不少于10分钟；采用化学消毒的，消毒后须用清水冲净残留消毒液。
四、保洁
消毒后的餐具盒倒扣沥干，放入专用保洁柜，柜门保持关闭，保洁柜每周清洁一次。
""",
    ),
    dict(
        slug="snapshot-soujian-notice-rinse-cups-health-bureau",
        site="搜见快照 (invented search-cache frame)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://cache.soujian.com/c?u=http%3A%2F%2Fwjj.chuwan.gov.cn%2Ftzgg%2F20240410_0311.html",
        title="滁湾县卫生健康局关于口腔诊疗机构规范使用一次性漱口杯的通知",
        record_title="滁湾县卫生健康局关于口腔诊疗机构规范使用一次性漱口杯的通知_搜见快照",
        date="2024-04-09",
        date_also=["2024-04-10"],
        notes="search-cache frame: capture banner with the capture time (no date), highlighted terms; the cached "
        "portal's posting date differs from the 成文日期; 抄送 line kept",
        page="""
<!DOCTYPE html>
<html>
<head><meta charset="utf-8"><title>滁湾县卫生健康局关于口腔诊疗机构规范使用一次性漱口杯的通知_搜见快照</title>
<style>.hl{background:#ff9}</style></head>
<body>
<div class="sj-banner">
<p>⟦d 这是搜见对 http://wjj.chuwan.gov.cn/tzgg/20240410_0311.html 的缓存，抓取于 2024-12-02 04:16⟧</p>
<p>⟦d 网页可能已经更新，请点击查看最新页面⟧</p>
<p>⟦m 以下搜索词已高亮：<span class="hl">漱口杯</span> <span class="hl">口腔</span>⟧</p>
</div>
<div class="orig">
<div class="top">⟦m 滁湾县卫生健康局⟧</div>
<div class="path">⟦m 卫健首页 › 公示公告⟧</div>
<h2>{T}</h2>
<div class="date">⟦m 发布时间：2024-04-10⟧</div>
<div class="cont">
{BODY}
</div>
<div class="foot">⟦m 滁湾县卫生健康局　地址：滁湾县健康路8号⟧</div>
</div>
</body>
</html>
""",
        body="""
各乡镇卫生院，县直各医疗卫生单位，各口腔诊所：
近期，我局在口腔诊疗机构感染防控检查中发现，个别诊所存在漱口杯提前接水摆放、一次性漱口杯重复使用等问题。为进一步规范口腔诊疗感染防控工作，现就有关要求通知如下：
一、各机构应当为每位患者提供一次性漱口杯，一人一用，用后按医疗废物处理，严禁重复使用。
二、漱口杯应存放在清洁干燥处，诊前当面取用，不得提前接水放置。
三、各机构于4月30日前完成自查整改，县卫生监督所将于5月开展专项检查。
滁湾县卫生健康局
2024年4月9日
抄送：县卫生监督所。
""",
    ),
    dict(
        slug="snapshot-text-letter-tape-dispensers-oneline",
        site="寻页缓存 (invented text-only cache)",
        style="搜索快照",
        genre="函",
        kind="letter",
        form="text",
        source="http://txt.xunye.cn/cache/8d21f0c6",
        title="冉溪县邮政分公司关于商请支持营业网点胶带座更新改造的函",
        date="2024-05-28",
        notes="text-only cache with a capture banner (no date); the letter on one line (paragraphs separated "
        "only by their indent); title as in the record; the letter's own contact kept",
        page="""
!d 寻页缓存 · 纯文本模式　本页保存于 3 天前，原网页可能已变更
!m 原网址：http://www.rxyz.com.cn/gsgg/2024/0528.html
{T}
{BODY}
!d 寻页缓存仅保存网页文字，图片与链接已去除
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
冉溪县文具行业联谊会：
我分公司现有营业网点11个，包装台使用的胶带座多为十年前配备的塑料产品，切刀磨损、底座松动，影响封箱质量。为推进邮件包装规范化，我分公司拟于今年下半年对各网点胶带座进行更新改造。
贵会会员企业在胶带座研发生产方面经验丰富，特商请贵会推荐两至三家会员企业，为我分公司提供胶带座选型建议和样品试用支持。
联系人：汪晓梅，电话：0739-6618204。
冉溪县邮政分公司
2024年5月28日
""",
    ),
    dict(
        slug="print-view-bulletin-cutlery-boxes-spot-check",
        site="冉溪县市场监督管理局 (invented, print view)",
        style="打印页",
        genre="通报",
        kind="notice",
        form="html",
        source="http://scjg.ranxi.gov.cn/print.jsp?id=20241115_0926",
        title="冉溪县市场监督管理局关于全县中小学食堂餐具盒抽检情况的通报",
        record_title="清样打印 ∣ 冉溪县市场监督管理局关于全县中小学食堂餐具盒抽检情况的通报",
        date="2024-11-15",
        notes="print view calling window.print(): print/close buttons, a source-URL line, a print footer "
        "⤷ 第1页，共1页 ⤶; a data table; 印发 line kept",
        page="""
<!DOCTYPE html>
<html>
<head><meta charset="utf-8"><title>清样打印 ∣ 冉溪县市场监督管理局关于全县中小学食堂餐具盒抽检情况的通报</title>
<script>window.onload=function(){window.print();}</script>
<style>@media print{.noprint{display:none}}</style></head>
<body>
<div class="noprint">⟦a 【立即打印】　【关闭本窗口】⟧</div>
<div class="pr-src">⟦m 本页来自：冉溪县市场监督管理局网站 scjg.ranxi.gov.cn⟧</div>
<div class="pr-who">⟦m 打印人：游客　｜　打印于 1 分钟前⟧</div>
<h2 style="text-align:center">{T}</h2>
<div class="pr-body">
{BODY}
</div>
<div class="pr-foot">⟦p ⤷ 第1页，共1页 ⤶⟧</div>
</body>
</html>
""",
        body="""
各乡镇市场监管所，各中小学校：
10月下旬，县市场监督管理局对全县28所中小学食堂的餐具盒清洗消毒情况进行了抽检，共抽取餐具盒样品84份，合格79份，合格率94.0%。现将抽检情况通报如下：
学校类型　抽检学校数　抽检样品数　合格数
城区学校　9　27　27
乡镇中学　11　33　31
村级小学　8　24　21
不合格样品主要问题为大肠菌群检出，原因是餐具盒消毒后未进保洁柜、在操作台上长时间敞放。
请存在问题的学校于11月30日前完成整改，县局将适时组织复查。
冉溪县市场监督管理局
2024年11月15日
冉溪县市场监督管理局办公室　2024年11月15日印发
""",
    ),
    dict(
        slug="print-text-rules-umbrella-bags-building",
        site="咏川国际大厦物业服务中心 (invented, print view as text)",
        style="打印页",
        genre="规定",
        kind="other",
        form="text",
        source="http://wy.ycgjds.com/gd/print/0007",
        title="咏川国际大厦雨天雨伞套使用管理规定",
        record_title="【大厦管理规约】咏川国际大厦雨天雨伞套使用管理规定",
        date="2024-06-03",
        notes="print view as text: print header with the source URL and a print stamp ('刚刚', no date), 第N条 "
        "articles and a dated signature, a print footer ⤹ 1／1 ⤸",
        page="""
!m 咏川国际大厦物业服务中心　·　制度文件打印稿
!m 来源：http://wy.ycgjds.com/gd/0007
!m 打印时间：刚刚
{T}
{BODY}
!p ⤹ 1／1 ⤸
""",
        indent="\u3000\u3000",
        body="""
第一条　为保持大厦雨天出入口及公共区域地面干燥，防止人员滑倒，制定本规定。
第二条　雨天时，物业服务中心在大厦各入口设置雨伞套机和滴水伞架，并安排秩序维护员引导。
第三条　进入大厦的人员应将湿雨伞套好或放入伞架，不得将滴水雨伞带入电梯和办公区域。
第四条　用过的雨伞套应投入入口处的回收箱，不得随地丢弃。
第五条　物业服务中心负责伞套机的补袋和维护，每两小时巡查一次入口地面，发现积水及时清理。
第六条　本规定自公布之日起执行。
咏川国际大厦物业服务中心
2024年6月3日
""",
    ),
    dict(
        slug="webmail-forward-quote-letter-tape-dispensers",
        site="咏川师范学院邮件系统 (invented webmail reading view)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.ycsfxy.edu.cn/read?mid=1730428841-0093",
        title="关于胶带座采购报价的函",
        record_title="转交资产科｜关于胶带座采购报价的函（请核对报价单）",
        date="2024-10-30",
        date_also=["2024-11-01"],
        notes="webmail reading view: forwarded header (from/to/date/subject), attachment bar beside the letter's "
        "own 附件 list and 抄送 line; the send date differs from the letter's date",
        page="""
<!DOCTYPE html>
<html>
<head><meta charset="utf-8"><title>转交资产科｜关于胶带座采购报价的函（请核对报价单） - 咏川师范学院邮件系统</title></head>
<body>
<div class="ml-top">⟦m 咏川师范学院邮件系统⟧　⟦m 后勤处 汪琳（wanglin@ycsfxy.edu.cn）⟧　<a>⟦a 退出⟧</a></div>
<div class="ml-tool">⟦a 回复　全部回复　转发　删除　标记为未读⟧</div>
<div class="ml-head">
<h3>⟦t 转交资产科｜关于胶带座采购报价的函（请核对报价单）⟧</h3>
<p>⟦m 发件人：汪琳 &lt;wanglin@ycsfxy.edu.cn&gt;⟧</p>
<p>⟦m 收件人：资产科 &lt;zichan@ycsfxy.edu.cn&gt;⟧</p>
<p>⟦m 时　间：2024年11月1日（周五）10:42⟧</p>
</div>
<div class="ml-fwd">⟦m ---------- 转发的邮件 ----------⟧<br>⟦m 发件人：鲸口文具销售部 &lt;sales@jingkouwenju.com&gt;⟧</div>
<div class="ml-body">
{BODY}
</div>
<div class="ml-att">⟦a 附件（2个）：报价单.pdf　样品图片.zip　｜　全部下载⟧</div>
<div class="ml-foot">⟦m 咏川师范学院网络中心　技术支持⟧</div>
</body>
</html>
""",
        body="""
咏川师范学院后勤处：
贵处10月25日询价函收悉。根据贵处需求，我公司现就胶带座采购报价如下：
一、产品：鲸口单手切胶带座（带防护盖），数量120台，单价46元，合计5520元。
二、供货期：合同签订后10日内送货到校，免费安装调试。
三、质保：整机保修一年，切刀终身免费更换。
如有疑问，请与我公司销售部联系。联系人：冉明，电话：0739-8259016。
附件：1．报价单
2．样品图片
轩岭县鲸口文具制造有限公司
2024年10月30日
抄送：咏川师范学院资产管理科
""",
    ),
    dict(
        slug="mail-text-forward-feedback-dish-brushes",
        site="轩岭县餐饮协会邮件通讯 (invented, forwarded mail as text)",
        style="邮件转发",
        genre="总结",
        kind="summary",
        form="text",
        source="mailto:tongxun@xlcyxh.org",
        title="新型洗碗刷试用情况反馈汇总",
        record_title="Fw｜新型洗碗刷试用情况反馈汇总（供各会员单位参考）",
        date="2024-12-20",
        date_also=["2024-12-23"],
        notes="forwarded mail as text: mail headers and a forward line before the body, a signature block after "
        "it; the summary's own 附件 line kept; the send date differs from the summary's date",
        page="""
!m 发件人：轩岭县餐饮协会秘书处 <mishuchu@xlcyxh.org>
!m 收件人：全体会员单位
!m 日期：2024年12月23日 星期一 09:15
!t 主题：Fw｜新型洗碗刷试用情况反馈汇总（供各会员单位参考）
!m ——— 以下为转发内容 ———
{T}
{BODY}
!m ——
!m 轩岭县餐饮协会秘书处　电话：0739-8245076
!d 此邮件由协会邮件通讯系统发出，请勿直接回复
""",
        indent="\u3000\u3000",
        body="""
11月至12月，协会组织8家会员单位试用了长柄可换头洗碗刷，现将试用反馈汇总如下：
一、总体评价。8家单位均认为新型洗碗刷手柄长、握感好，清洗深口锅具和餐具盒更省力；其中6家认为可换刷头设计节省成本。
二、存在问题。有3家单位反映刷头卡扣偏紧，更换刷头不方便；2家单位反映刷毛较软，清洗焦糊锅底效果一般。
三、建议。建议生产企业改进刷头卡扣，增加硬毛刷头款式；建议会员单位按生熟分开的要求配备不同颜色的刷头。
附件：各单位试用反馈表
轩岭县餐饮协会
2024年12月20日
""",
    ),
]

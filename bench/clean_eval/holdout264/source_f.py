"""holdout264, part F: encyclopaedias, cloud drives, search caches, print views and
forwarded mails. Every case written by hand; invented text, places, people, sites,
URLs and phones; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="wiki-bowen-entry-kerosene-stove-h1",
        site="博闻百科 (invented)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://www.bowenbaike.com/item/煤油炉/20417",
        title="煤油炉",
        record_title=None,
        date=None,
        notes="no record title: the entry's <h1>, which also opens the body (matched as head); edit/discuss/history tabs, an infobox, a contents box, reference markers glued after sentences, an 'edit' link glued to a section heading; no date (an edit stamp is none)",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>博闻百科</title>
<script src="/static/bk/lemma.js"></script>
</head><body>
<div class="bk-top">⟦m 博闻百科 · 人人可编的知识库⟧　⟦a 登录　创建词条⟧</div>
<div class="bk-tabs">⟦a 词条　讨论　编辑　历史版本⟧</div>
<div class="bk-lemma">
<h1>{T}</h1>
<div class="bk-sub">⟦m 以煤油为燃料的炊事取暖器具⟧</div>
<table class="bk-info">
<tr><td>⟦m 中文名：煤油炉⟧</td><td>⟦m 燃料：煤油（灯用煤油）⟧</td></tr>
<tr><td>⟦m 主要结构：油箱、芯管、灯芯、炉圈⟧</td><td>⟦m 流行年代：20世纪中后期⟧</td></tr>
</table>
<div class="bk-toc">⟦l 目录　1 结构　2 使用与安全　3 现状　4 参考资料⟧</div>
<div class="bk-para">
{BODY}
</div>
<div class="bk-ref"><h3>⟦l 参考资料⟧</h3><ol><li>⟦l [1] 《家用燃具简史》，轻工出版社⟧</li><li>⟦l [2] 《居家防火百问》，消防知识丛书⟧</li></ol></div>
<div class="bk-edit">⟦m 本词条由 21 位用户共同编辑，最近更新：3 个月前⟧</div>
</div>
<div class="bk-foot">⟦d 博闻百科内容仅供参考，如涉及医疗、法律等专业问题，请咨询专业人士。⟧　⟦m ©2024 博闻百科⟧</div>
</body></html>
""",
        body="""
煤油炉是以煤油为燃料的小型炊事和取暖器具，20世纪中后期在我国城镇家庭中较为常见。
结构⟦a ✎编辑⟧
常见的芯式煤油炉由油箱、芯管、灯芯、调芯机构和炉圈组成。灯芯下端浸在油箱内，煤油沿灯芯上升，在芯管顶部汽化燃烧，转动调芯旋钮可升降灯芯以调节火力。⟦m [1]⟧
使用与安全
煤油炉应放置在平稳、不可燃的台面上，加油前必须熄火冷却，不得在燃烧时添油。燃烧不充分时会产生一氧化碳，室内使用应保持通风。⟦m [2]⟧
现状
随着液化气和电炊具的普及，煤油炉在城镇家庭中已基本退出使用，目前多见于户外露营和部分偏远地区，一些老式煤油炉成为收藏品。
""",
    ),
    dict(
        slug="wiki-zhiwu-entry-chopstick-holder",
        site="知物百科 (invented)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="https://zhiwu.baike-zw.cn/entry/kuailong",
        title="筷笼",
        record_title="筷笼（厨房用具）_词条_知物百科",
        date=None,
        notes="an encyclopaedia text: the entry name with a sense aside and a site suffix; the entry name also opens the body (matched as head); a 'cite this entry' line and a contributors line; no date",
        page="""
!m 知物百科　｜　首页　分类　随便看看
!t 筷笼（厨房用具）
!m 同义词：筷筒、筷篓
!a 编辑词条　｜　收藏　｜　纠错
{BODY}
!l 词条分类：厨房用具 · 竹编制品 · 民俗
!a 引用本词条：复制规范引文
!m 贡献者：竹影、阿木、厨事小记等 9 人　｜　浏览 6,102 次
!d 知物百科词条由网友协作编写，内容仅供参考。
""",
        body="""
筷笼，又称筷筒、筷篓，是用来存放筷子的厨房用具，多悬挂于墙面或放置在灶台、餐桌上。
材质
传统筷笼多用竹篾编制或竹筒制作，也有陶瓷、木制的；现代家庭和餐饮单位多使用不锈钢、塑料筷笼。
卫生要求
筷笼底部容易积水，是厨房中容易滋生霉菌的部位之一。一般建议选用底部镂空、通风沥水的筷笼，筷子沥干后再放入，并定期清洗消毒。餐饮服务单位的筷笼应与筷子一同清洗消毒。
民俗
在一些地方，筷笼因“筷”与“快”谐音，常作为婚嫁陪嫁物品，寓意“快生贵子”。
""",
    ),
    dict(
        slug="netdisk-jianyun-instruction-spittoons-decimal-docx",
        site="简云盘 (invented)",
        style="网盘分享",
        genre="作业指导书",
        kind="other",
        form="html",
        source="https://pan.jianyunpan.com/s/7rQk2WmX9a",
        title="候车室痰盂清洗消毒作业指导书",
        record_title="候车室痰盂清洗消毒作业指导书（2024版）.docx",
        date=None,
        notes="a cloud-drive preview: share header with an expiry, VIP speed and save prompts, a preview-limit line between sections; decimal headings 1–4 with clauses 1.1–4.1; a year only in the file name; no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>候车室痰盂清洗消毒作业指导书（2024版）.docx_免费高速下载|简云盘</title>
<script src="https://pan.jianyunpan.com/static/share.js"></script>
</head><body>
<div class="jy-head">⟦m 简云盘⟧　⟦a 登录　注册送20G空间⟧</div>
<div class="jy-share">
<div class="jy-user">⟦m 客运站后勤组 分享于 5 天前　｜　有效期：永久⟧</div>
<h2 class="jy-file">{T}</h2>
<div class="jy-size">⟦m 文件大小：38.6KB⟧</div>
<div class="jy-op">⟦a 保存到我的简云盘　｜　普通下载　｜　SVIP极速下载⟧</div>
</div>
<div class="jy-preview">
{BODY}
</div>
<div class="jy-tip">⟦a 在线预览仅显示前2页，完整文件请保存后查看⟧</div>
<div class="jy-report">⟦a 举报该分享⟧</div>
<div class="jy-foot">⟦d 请勿通过简云盘分享违法违规内容⟧　⟦m 简云盘 © 2024　苏ICP备22008871号⟧</div>
</body></html>
""",
        body="""
1　适用范围
1.1　本指导书适用于客运站候车室、售票厅保留痰盂的日常清洗消毒。
2　作业要求
2.1　保洁员作业时应穿戴防水围裙、橡胶手套和口罩。
2.2　痰盂每日清倒不少于3次，旅客高峰期间每2小时巡查一次。
⟦a 🔒 开通SVIP，无限制预览全部页面⟧
3　作业步骤
3.1　将痰盂内容物倒入指定的污物池，不得倒入洗手池或雨水井。
3.2　用专用刷具刷洗内外壁，清水冲净。
3.3　放入有效氯1000mg/L的消毒液中浸泡30分钟，取出冲净、晾干。
3.4　痰盂放回原位前，内盛少量清水，以免痰液黏附。
4　记录
4.1　每次清倒消毒后在作业记录表上签名，班组长每日检查。
""",
    ),
    dict(
        slug="netdisk-xiazi-rules-wine-cup-glazing-markers",
        site="匣子网盘 (invented)",
        style="网盘分享",
        genre="规程",
        kind="other",
        form="text",
        source="https://www.xiazipan.cn/share/init?surl=Kq83jZ",
        title="酒盅施釉工序安全操作规程",
        record_title="酒盅施釉工序安全操作规程（车间上墙版）_在线预览 - 匣子网盘",
        date=None,
        notes="a cloud-drive text preview cut by ❚ 第n页 ❚ markers on lines of their own; 第N条 articles; share and expiry lines; no date",
        page="""
!m 匣子网盘 · 分享的文件
!m 分享人：施釉班老曾　｜　过期时间：7天后
!t 酒盅施釉工序安全操作规程（车间上墙版）
!a 保存到匣子　｜　下载（8.2KB）　｜　开通超级会员，下载不限速
{BODY}
!a 预览已到底，登录后查看完整文件
!d 匣子网盘提醒：请勿下载、传播来源不明的文件。
""",
        indent="\u3000\u3000",
        pages=dict(fmt="❚ 第{n}页 ❚", every=110, start=2),
        body="""
第一条　本规程适用于公司酒盅车间浸釉、喷釉、荡釉各工位。
第二条　上岗前应穿戴工作服、防尘口罩和防护手套，长发须盘入工作帽内。
第三条　釉料配制由专人负责，领用时核对釉料编号，内壁釉与外壁彩釉分区存放，不得混用。
第四条　荡釉时每次取坯不超过两只，酒盅口沿朝下轻放于釉架，严禁叠压。
第五条　喷釉柜工作时必须开启抽风装置，抽风故障时立即停止作业并报告班长。
第六条　作业结束后清洗釉桶和工具，洗釉废水排入沉淀池，不得直接排放。
第七条　违反本规程的，按公司《安全生产奖惩办法》处理。
""",
    ),
    dict(
        slug="snapshot-mixing-bulletin-restaurant-chopstick-holders",
        site="觅星搜索快照 of 甔湖区市场监督管理局 (invented)",
        style="搜索快照",
        genre="通报",
        kind="notice",
        form="html",
        source="https://cache.mixing-so.com/c?u=http%3A%2F%2Fscjgj.danhu.gov.cn%2Ftzgg%2F20240705%2F1182.html",
        title="关于全区餐饮单位筷笼卫生专项检查情况的通报",
        record_title="关于全区餐饮单位筷笼卫生专项检查情况的通报 - 甔湖区市场监督管理局 - 觅星快照",
        date="2024-07-03",
        date_also=["2024-07-05"],
        notes="a search-cache frame: a capture banner with the capture time (no date), highlighted search terms, the original page's nav and footer; an inspection table one row a paragraph; 成文日期 expected, the portal's 发布日期 also accepted",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>关于全区餐饮单位筷笼卫生专项检查情况的通报 - 甔湖区市场监督管理局 - 觅星快照</title>
<base href="http://scjgj.danhu.gov.cn/tzgg/20240705/1182.html">
<script src="https://cache.mixing-so.com/static/hl.js"></script>
</head><body>
<div class="mx-banner" style="background:#fffbe6">
<p>⟦d 这是觅星搜索保存的网页快照，抓取于 2024-09-30 04:12，页面可能已经更新。⟧</p>
<p>⟦a 查看原网页 ›⟧　⟦m 您查询的关键词已高亮：筷笼　霉斑⟧</p>
</div>
<div class="org-head">⟦m 甔湖区市场监督管理局⟧</div>
<div class="org-nav">⟦m 首页　机构职能　通知公告　执法公示　消费维权⟧</div>
<div class="org-art">
<h2>{T}</h2>
<div class="org-meta">⟦m 发布日期：2024-07-05　来源：食品经营安全监管科⟧</div>
<div class="org-con">
{BODY}
</div>
</div>
<div class="org-foot">⟦m 甔湖区市场监督管理局　投诉举报：12315⟧</div>
</body></html>
""",
        body="""
各市场监管所，各餐饮服务单位：
6月10日至28日，区市场监管局对辖区128家餐饮服务单位的筷子、筷笼卫生状况开展专项检查。现将检查情况通报如下：
一、检查结果
检查项目　问题单位数　占比
筷笼底部积水　23家　18.0%
筷笼有霉斑　14家　10.9%
筷子未消毒　9家　7.0%
二、处理情况。对存在问题的单位，已当场责令更换筷笼、整改消毒流程，其中3家拒不整改的已立案调查。
三、工作要求。各餐饮单位要使用底部镂空、易沥水的筷笼，筷子筷笼同步清洗消毒。各所要在8月底前开展“回头看”。
甔湖区市场监督管理局
2024年7月3日
""",
    ),
    dict(
        slug="snapshot-souzhi-textcache-railway-oil-can-essay",
        site="搜知文字快照 of 乘风随笔 (invented)",
        style="搜索快照",
        genre="散文",
        kind="other",
        form="text",
        source="https://kz.souzhi.cn/text?url=chengfeng-suibi.net%2Fp%2F318",
        title="老检车员的长嘴油壶",
        record_title="〔快照·仅文字〕老检车员的长嘴油壶 - 乘风随笔",
        date=None,
        notes="a text-only search cache of a retired railway worker's essay: a cache banner with a capture time (no date), the original blog's head and tail; no date",
        page="""
!d 搜知文字快照：本页为 chengfeng-suibi.net/p/318 于 2024-10-02 保存的纯文字版本，与原页面可能不一致。
!a 查看原始网页　|　查看图片版快照
!m 乘风随笔 — 一个老铁路的退休日子
!m 首页 / 铁路往事
{T}
!m 乘风　·　阅读 377　·　评论 6
{BODY}
!l 上一篇：第一次跟车去省城　下一篇：车辆段的澡堂子
!m 乘风随笔 © 2019-2024
""",
        indent="\u3000\u3000",
        gap=True,
        body="""
在车辆段干了三十多年检车员，陪我最久的不是检车锤，而是一把长嘴油壶。
那是一把铁皮油壶，壶身像个扁馒头，壶嘴足有一尺长，专门伸进轴箱、车钩这些够不着的地方加油。
老师傅教我的第一件事就是“看油壶”：壶嘴要擦得干干净净，不然沙子跟着油进了轴承，跑不了几百公里就得热轴。
冬天夜里接车，油冻得发稠，我们就把油壶揣在棉袄里焐着，焐热了再去给车轴加油。
后来车辆段换了自动注油设备，长嘴油壶用不上了。退休那天，我把它擦得锃亮，带回了家。
""",
    ),
    dict(
        slug="print-wukou-urgent-notice-kerosene-stoves-footer",
        site="醑川县焐口镇人民政府网 print view (invented)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.xcwukou.gov.cn/print.jsp?id=20231128_5571",
        title="焐口镇关于做好冬季取暖用火安全工作的紧急通知",
        record_title="[打印版面] 焐口镇关于做好冬季取暖用火安全工作的紧急通知 · 焐口镇人民政府",
        date="2023-11-28",
        notes="a town site's print view calling window.print(): a print/close bar, a short header, a printed-on stamp (no date) and a print footer 第1页 ⚹ 共1页; the notice's own 值班电话; 成文日期 expected",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>[打印版面] 焐口镇关于做好冬季取暖用火安全工作的紧急通知 · 焐口镇人民政府</title>
<style>@media print{.noprint{display:none}}</style>
<script>window.onload=function(){window.print();}</script>
</head><body>
<div class="noprint">⟦a 〔开始打印〕　〔关掉本页〕⟧</div>
<div class="ph">⟦m 醑川县焐口镇人民政府　www.xcwukou.gov.cn⟧</div>
<h2>{T}</h2>
<div class="pinfo">⟦m 信息来源：镇应急管理办公室　打印时间：2024-01-09 08:47⟧</div>
<div class="pcon">
{BODY}
</div>
<div class="pfoot">⟦p 第1页 ⚹ 共1页⟧</div>
</body></html>
""",
        body="""
各村（社区）、镇属各单位：
近日气温骤降，群众取暖用火增多。据统计，全镇仍有200余户老人使用煤油炉、火盆取暖，火灾和一氧化碳中毒风险明显上升。现就做好冬季取暖用火安全工作紧急通知如下：
一、各村（社区）要在12月5日前对辖区使用煤油炉、火盆的农户逐户上门检查，重点查看炉具摆放、燃料存放和通风情况，建立台账。
二、对独居、留守老人，落实“一对一”联系人，寒潮期间每天电话问候一次。
三、镇应急办为每个村配发灭火毯10条、一氧化碳报警器20个，由村委会发放到重点户。
四、发生火情或中毒事故的，立即拨打119、120，并报告镇应急办，值班电话：0797-6658010。
焐口镇应急管理办公室
2023年11月28日
""",
    ),
    dict(
        slug="print-zunshan-bulletin-patriotic-health-spittoons-footer",
        site="罇山县卫生健康委员会 print view (invented)",
        style="打印页",
        genre="通报",
        kind="notice",
        form="text",
        source="http://wjw.zunshan.gov.cn/print/2024/0507/3310.html",
        title="关于2024年春季爱国卫生运动检查情况的通报",
        record_title="关于2024年春季爱国卫生运动检查情况的通报 [打印页面·A4]",
        date="2024-05-06",
        notes="a print view as text: a print header with the site's address, a print-this line, a print footer — 1 ⚷ 1 — at the end; 成文日期 expected; a year in the title is not the date",
        page="""
!a ⎙ 打印本页　　✕ 关闭
!m 罇山县卫生健康委员会　http://wjw.zunshan.gov.cn
{T}
!m 发布机构：县爱卫办　　发布日期：2024-05-07
{BODY}
!m 本页地址：http://wjw.zunshan.gov.cn/zwgk/2024/0507/3310.html
!p — 1 ⚷ 1 —
""",
        date_also=["2024-05-07"],
        indent="\u3000\u3000",
        body="""
各乡镇、县直各单位：
4月15日至26日，县爱卫会组织对全县18个乡镇、42家县直单位和16个公共场所开展了春季爱国卫生运动检查。现将检查情况通报如下：
一、总体情况。全县城乡环境卫生明显改善，县汽车站、人民医院等公共场所撤除敞口痰盂后，改设带盖垃圾桶和洗手设施，群众反映良好。
二、存在问题。农贸市场卫生死角较多；部分老年活动场所仍使用敞口痰盂，清洗消毒不及时；个别单位病媒生物防制台账不全。
三、下一步要求。各单位要对照问题清单于5月20日前完成整改，县爱卫办将组织复查。
罇山县爱国卫生运动委员会办公室
2024年5月6日
""",
    ),
    dict(
        slug="mail-chunhe-webmail-letter-custom-wine-cups-attachments",
        site="醇和陶瓷企业邮箱 webmail (invented)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.chunhe-ceramic.com/webmail/read?mid=ZC3104-0812-771",
        title="关于定制婚宴小酒盅的函",
        record_title="转发：关于定制婚宴小酒盅的函.docx",
        date="2024-08-09",
        date_also=["2024-08-12"],
        notes="a webmail reading view: folder list, a forwarded header with its own send time (also accepted), an attachment bar beside the letter's own 附件 list and the hotel's 联系人/电话/邮箱; a forwarding note above the letter; file-name record title with a 转发： prefix",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>转发：关于定制婚宴小酒盅的函.docx - 醇和陶瓷企业邮箱</title>
<script src="/webmail/js/reader.js"></script>
</head><body>
<div class="wm-top">⟦m 醇和陶瓷企业邮箱⟧　⟦m xiaoshou@chunhe-ceramic.com⟧　⟦a 设置 | 退出⟧</div>
<div class="wm-folders">⟦m 收件箱(14)　星标邮件　草稿箱　已发送　已删除⟧</div>
<div class="wm-bar">⟦a 回复　回复全部　转发　删除　标记为 ▾⟧</div>
<div class="wm-head">
<h3>⟦t 转发：关于定制婚宴小酒盅的函.docx⟧</h3>
<p>⟦m 发件人：阮敏 &lt;ruanmin@chunhe-ceramic.com&gt;⟧</p>
<p>⟦m 收件人：销售部 &lt;xiaoshou@chunhe-ceramic.com&gt;⟧</p>
<p>⟦m 时　间：2024年8月12日 (周一) 10:26⟧</p>
</div>
<div class="wm-body">
<p>⟦m 各位，酒店的定制需求转给大家，请按函里的时间准备样品。⟧</p>
<p>⟦m ---------- 转发邮件 ----------⟧</p>
<p>⟦m 发件人：柯敏 &lt;kemin_sxhotel@163.com&gt;　发送时间：2024-08-09 17:40⟧</p>
{BODY}
</div>
<div class="wm-att">⟦a 📎 附件（2 个，共 1.3MB）：标识稿-终版.jpg　套餐预估.xlsx　打包下载⟧</div>
<div class="wm-foot">⟦d 此邮件来自外部发件人，请谨慎打开链接和附件。⟧</div>
</body></html>
""",
        body="""
醑川县醇和陶瓷有限公司：
我酒店拟于今年第四季度推出“文明婚宴”套餐，需定制一批带酒店标识的小酒盅。经比较，贵公司的产品质量和交货周期符合我方要求，现将有关需求函告如下：
一、规格：白瓷小酒盅，容量10毫升，外壁印“蔌溪大酒店”字样及喜字图案，内壁为无铅白釉。
二、数量：3000只，分两批交货，第一批1500只于9月30日前交付。
三、请贵公司于8月20日前提供样品两只及报价单，并附铅、镉溶出量检测报告。
联系人：酒店采购部柯敏，电话：0756-3356012，邮箱：kemin_sxhotel@163.com。
附件：1.酒盅标识设计稿
2.婚宴套餐数量预估表
酾江市蔌溪大酒店
2024年8月9日
""",
    ),
    dict(
        slug="mail-fwd-request-forest-posts-kerosene-stoves",
        site="forwarded mail as text (invented)",
        style="邮件转发",
        genre="请示",
        kind="letter",
        form="text",
        source="mailto:forward/2023-10-18/gouwan-lyz",
        title="关于为高山护林点更换煤油炉的请示",
        record_title="Fwd: [林业站来文] 关于为高山护林点更换煤油炉的请示（请阅处）",
        date="2023-10-16",
        date_also=["2023-10-18"],
        notes="a forwarded mail as text: forwarding headers with a send date (also accepted), a forwarder's note, a mail signature and a confidentiality footer; the request's own 联系人/电话; 成文日期 expected",
        page="""
!m 发件人: 燔岭县林业局办公室 <lyjbgs@fanling.gov.cn>
!m 日期: 2023年10月18日 周三 09:14
!m 收件人: 资源保护股 <zybh@fanling.gov.cn>
!t 主题: Fwd: [林业站来文] 关于为高山护林点更换煤油炉的请示（请阅处）
!m 请资源保护股提出办理意见，周五前报局长。——办公室 苏芸
!m ---------- Forwarded message ---------
!m From: 篝湾镇林业站 <gwlyz2016@163.com>
!m Date: 2023年10月16日 周一 16:52
{T}
{BODY}
!m --
!m 燔岭县林业局办公室　电话：0739-6601231
!d 本邮件及附件仅供指定收件人使用，如误收请立即删除。
""",
        indent="\u3000\u3000",
        body="""
县林业局：
我镇辖区共有高山护林点5处，护林员常年驻守，做饭、烧水主要靠煤油炉。现有煤油炉大多使用十年以上，油箱锈蚀、调芯失灵，今年已发生两次炉具漏油起火，幸未酿成事故。同时，护林点地处林区，使用明火本身存在森林火灾隐患。
为保障护林员安全、消除林区火灾隐患，我站拟为5处护林点各配备一套小型太阳能发电系统和电炊具，替换现有煤油炉，预算共计4.6万元。
妥否，请批示。
联系人：俞青松，电话：0739-6673052。
燔岭县篝湾镇林业站
2023年10月16日
""",
    ),
]

"""holdout289, part F: encyclopaedias, cloud drives, search snapshots, print views and forwarded mail.

Invented text (sites, places, people, numbers, URLs); see ../README.md and ../build.py.
"""

CASES = [
    dict(
        slug="wiki-wuzhi-entry-letter-holder-infobox",
        site="鹜知百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://wuzhibaike.example.com/item/信插/60213",
        title="信插",
        record_title="信插 - 鹜知百科",
        date=None,
        notes="an encyclopaedia with edit/discuss/history tabs, an infobox and a contents box; the entry name (also the body's first word) matched as head; reference marks glued after sentences; an example date inside a sentence (no date)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>信插 - 鹜知百科</title></head><body>
<header>⟦m 鹜知百科 · 大家编的百科⟧ <form><input placeholder="搜索词条"><button>⟦a 进入词条⟧</button></form></header>
<div class="tabs">⟦a 编辑⟧ ⟦a 讨论⟧ ⟦a 历史版本⟧</div>
<h1>{T}</h1>
<div class="lemma-desc">⟦m 收纳信件报刊的用品⟧</div>
<table class="infobox">
<tr><td>⟦m 中文名：信插⟧</td><td>⟦m 别称：插信架、信件插袋⟧</td></tr>
<tr><td>⟦m 类别：办公及家居收纳用品⟧</td><td>⟦m 常见材质：竹、木、金属、亚克力⟧</td></tr></table>
<div class="catalog">⟦l 目录 1 分类 2 使用 3 现状⟧</div>
<div class="para-box">
{BODY}
</div>
<div class="ref"><h3>⟦l 参考资料⟧</h3><ol><li>⟦l 《鹜洲市志·邮电篇》，鹜洲市地方志办公室编⟧</li></ol></div>
<div class="stat">⟦m 浏览次数：8714　编辑次数：6次　最近更新：3个月前⟧</div>
<footer>⟦d 词条内容由网友协作编写，仅供参考⟧ ⟦m ©2025 鹜知百科⟧</footer>
<script src="/static/js/lemma.js"></script>
</body></html>
""",
        body="""
信插，又称信件插袋、插信架，是用于临时存放信件、报刊和票据的收纳用品，常见于机关收发室、住宅楼道、学校和医院病区。⟦l [1]⟧
按安装方式，信插可分为壁挂式和落地式；按材质，可分为竹编、木制、铁皮、不锈钢和亚克力等。传统农家多用竹篾编成三格或五格的信插，挂在堂屋墙上。
使用时，信插一般按单位、房号或床号分格，并在格口贴标签。部分单位要求收发员在信件上加盖收件日期章，如“2024年3月5日收”，以便日后查询。⟦l [2]⟧
随着电子邮件和快递柜的普及，信插的使用逐渐减少，但在机关收发和老旧小区中仍较常见。
""",
    ),
    dict(
        slug="wiki-baixiao-entry-noodle-rack-title-line",
        site="百晓词条 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="https://www.baixiaocitiao.example.com/wiki/guamianjia",
        title="挂面架",
        record_title=None,
        date=None,
        notes="no record title: the entry name on a title line of its own (also the body's first word, matched as head); an edit row, references and tags under the entry; an update time 5个月前 (no date)",
        page="""
!m 百晓词条 · 开放的知识库
!m 词条 > 饮食 > 面食器具
{T}
!m 本词条由“面食文化”编辑组审核　最近更新：5个月前
!a 改词条　　补义项　　加入书签
{BODY}
!l 参考资料：［1］《雉川县志·物产》
!l 词条标签：饮食器具　手工挂面　非物质文化遗产
!d 词条内容仅供参考，专业问题请咨询相关人士
""",
        body="""
挂面架是手工挂面晾晒时用来悬挂面条的架子，又称晾面架、面架子，由立柱、横杆和底座组成。
传统挂面架多用杉木或竹竿搭建，高二至三米，横杆上钻有小孔，用于插放挂面签。近年来，食品级不锈钢挂面架逐渐普及，具有不生锈、易清洁、可拆装等优点。
晾面时，面匠先把绕好面条的面签挂上横杆，再用另一根面签从下方缓缓拉伸，使面条达到所需长度。晾晒时间一般为四至八小时，视天气而定。
挂面架应每日清洁，避免残留面屑发霉。雉川县等地的手工挂面制作技艺已被列入地方非物质文化遗产名录。
""",
    ),
    dict(
        slug="netdisk-feihong-rules-cat-cafe-docx",
        site="飞鸿网盘 (invented cloud drive)",
        style="网盘分享",
        genre="制度",
        kind="other",
        form="html",
        source="https://pan.feihong.example.com/s/7Qm2xKc9",
        title="猫咖啡馆卫生管理制度",
        record_title="猫咖啡馆卫生管理制度.docx",
        date=None,
        notes="a cloud-drive preview: the record's title is a .docx file name (the page shows only the file name); 第N条 articles, one speaking of 扫描二维码 as content; share time 3天前; save/download buttons, a VIP preview prompt and an anti-fraud notice; a rule with no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>猫咖啡馆卫生管理制度.docx_免费高速下载_飞鸿网盘</title></head><body>
<div class="nav">⟦m 飞鸿网盘⟧ <a>⟦a 登录⟧</a> <a>⟦a 客户端下载⟧</a></div>
<div class="file-bar"><span class="fname">⟦m 猫咖啡馆卫生管理制度.docx⟧</span>
<span>⟦m 分享者：猫岛店长　分享于 3天前　有效期：永久⟧</span>
⟦a 转存至我的飞鸿⟧ ⟦a 下载（1.2MB）⟧</div>
<div class="preview">
{BODY}
</div>
<div class="vip">⟦a 开通超级会员，在线预览不限页数⟧</div>
<div class="warn">⟦d 请勿轻信网盘文件中的中奖、返利、刷单信息⟧</div>
<footer>⟦m ©2025 飞鸿网盘　京ICP备19052201号⟧</footer>
<script src="https://static.feihong.example.com/preview/viewer.js"></script>
</body></html>
""",
        body="""
第一条　为保障顾客和猫咪健康，规范本店卫生管理，制定本制度。
第二条　店内猫爬架、猫窝、食盆每日清洁一次，每周消毒一次，消毒记录张贴在吧台旁。
第三条　顾客进入猫咪活动区前须洗手、穿戴鞋套，不得携带外来宠物入内。
第四条　猫咪每季度驱虫一次，每年接种疫苗一次，健康档案由店长保管，顾客可扫描墙上二维码查看。
第五条　发现猫咪精神不振、拒食的，立即隔离并送宠物医院就诊。
第六条　本制度自公布之日起执行。
""",
    ),
    dict(
        slug="netdisk-fuyun-rules-shelter-kennels-marker-lines-pdf",
        site="凫云网盘 (invented cloud drive)",
        style="网盘分享",
        genre="规程",
        kind="other",
        form="text",
        source="https://www.fuyunpan.example.com/share/p/2c90a71e",
        title="鹃山区流浪动物救助站狗窝清洗消毒规程",
        record_title="鹃山区流浪动物救助站狗窝清洗消毒规程.pdf",
        date="2025-01-08",
        notes="a cloud-drive text preview: the record's title is a .pdf file name; page markers ⦱第n页⦱ on lines of their own cut sentences; the 成文日期 in Chinese numerals under the signature; share time 2天前 (no date)",
        page="""
!m 凫云网盘 · 文件预览
!m 鹃山区流浪动物救助站狗窝清洗消毒规程.pdf　（286KB）
!m 分享者：救助站小陶　分享于 2天前
!a 存进凫云盘　｜　下载
{BODY}
!a 非会员仅可预览前3页，开通会员查看全部
!l 该用户的其他分享：领养协议模板.docx｜志愿者排班表.xlsx
!d 网盘文件由用户自行上传，与本站立场无关
""",
        pages=dict(fmt="⦱第{n}页⦱", every=110, start=2),
        body="""
一、适用范围。本规程适用于救助站犬舍区所有狗窝、垫料及周边地面的清洗消毒。
二、日常清洁。每日上午喂食后清除狗窝内粪便、剩食和污染垫料，用清水冲洗狗窝底板，待晾干后铺放干净垫料。
三、定期消毒。每周三对全部狗窝进行一次消毒，使用含氯消毒液按说明书比例稀释，喷洒后作用三十分钟再用清水冲净。新入站犬只使用过的狗窝须单独消毒。
四、垫料管理。旧棉被、稻草等垫料每周更换一次，污染严重的立即更换，换下的垫料集中暴晒或焚烧处理。
五、人员防护。消毒人员须佩戴口罩、手套和防护靴，消毒液不得与其他清洁剂混用。
六、消毒记录。每次消毒后填写消毒记录表，注明时间、范围和操作人。
鹃山区流浪动物救助站
二〇二五年一月八日
""",
    ),
    dict(
        slug="snapshot-queying-village-notice-letter-holders",
        site="鹊影搜索快照 of 鹘口镇人民政府 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://cache.queying.example.com/c?u=hukou-town-2024-0903&k=%E4%BF%A1%E6%8F%92",
        title="雉尾村村民委员会关于在村部设立邮件代收信插的通知",
        record_title="雉尾村村民委员会关于在村部设立邮件代收信插的通知（鹊影存页）",
        date="2024-09-03",
        notes="a search-cache frame: a capture banner with its save time (no date) and a highlighted-terms line above the original town site's header and footer; the notice's own 联系人/电话; the 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>雉尾村村民委员会关于在村部设立邮件代收信插的通知（鹊影存页）</title></head><body>
<div class="qy-banner">⟦d 鹊影存页：此为2024年10月21日抓取时的网页副本，原网页可能已改动⟧ <a>⟦a 打开原网页⟧</a></div>
<div class="qy-hl">⟦d 已为您标亮的搜索词：信插 代收⟧</div>
<div class="origin">
<div class="top">⟦m 鹘口镇人民政府⟧ ⟦m 雉川县鹘口镇人民政府主办⟧</div>
<div class="nav">⟦m 首页 镇务公开 村务公开 便民服务⟧</div>
<div class="pos">⟦m 当前位置：首页 &gt; 村务公开 &gt; 雉尾村⟧</div>
<h3>{T}</h3>
<div class="view">
{BODY}
</div>
<div class="foot">⟦m 鹘口镇人民政府 版权所有　技术支持：雉川县融媒体中心⟧</div>
</div>
<script>/* 鹊影快照：原页面脚本已移除 */</script>
</body></html>
""",
        body="""
各村民小组、全体村民：
为解决外出务工人员家中信件无人签收的问题，村委会决定在村部一楼设立邮件代收信插，自9月10日起启用。
一、信插按村民小组分格，共十二格，由村委会文书负责每日整理。
二、村民凭身份证到村部领取信件，代领须出示委托人身份证复印件。
三、包裹和快递仍由快递员送至村部登记，村民接到短信后领取。
联系人：村文书黎小芸，电话：0713-6671052。
雉川县鹘口镇雉尾村村民委员会
2024年9月3日
""",
    ),
    dict(
        slug="snapshot-queying-text-consumer-tips-cat-trees-oneline",
        site="鹊影搜索文本快照 of 鹜洲市消费者协会 (invented)",
        style="搜索快照",
        genre="消费提示",
        kind="notice",
        form="text",
        source="http://cache.queying.example.com/t?u=wzxf-2025-0611",
        title="鹜洲市消费者协会发布猫爬架消费提示",
        record_title="鹜洲市消费者协会发布猫爬架消费提示 [鹊影缓存·文本版]",
        date="2025-06-11",
        notes="a text-only cache with the whole body on one line; a save time (no date) above the original site's lines; the 发布日期 and the signature date agree",
        page="""
!d 鹊影文本快照：本页只保留文字，保存于 2025年7月02日 06:41
!a 查看原网页　｜　快照说明
!m 鹜洲市消费者协会
!m 消费警示 > 正文
{T}
!m 发布日期：2025-06-11　来源：投诉部
{BODY}
!m 地址：鹃山区民主路5号　邮编 436000
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
近期，我会接到多起关于猫爬架的消费投诉，主要反映产品倾倒、剑麻绳脱落和异味较重等问题。为此，提醒广大消费者：
一、选购时注意查看产品的最大承重、适用猫只体重等标识，优先选择底盘宽大、重量较沉的产品。
二、安装后轻推顶层平台检查是否晃动，螺丝须拧紧，靠墙放置更稳固。
三、收货后如发现刺鼻异味，应拍照留证，及时与商家协商退换。
四、因产品质量问题导致宠物受伤的，可拨打12315或向我会投诉。
鹜洲市消费者协会
2025年6月11日
""",
    ),
    dict(
        slug="print-wuzhou-market-bulletin-shoe-cloths-footer",
        site="鹜洲市市场监督管理局 (invented, print view)",
        style="打印页",
        genre="通报",
        kind="notice",
        form="html",
        source="https://scjg.wuzhou.example.gov.cn/print/tzgg/2025/0718/3051.html",
        title="鹜洲市市场监督管理局关于2025年第二季度宾馆客房一次性用品抽检情况的通报",
        record_title="〔打印稿式〕鹜洲市市场监督管理局关于2025年第二季度宾馆客房一次性用品抽检情况的通报 - 鹜洲市市场监督管理局",
        date="2025-07-18",
        notes="a print view calling window.print(): a print time (no date) and the original address above, a print/close row, a print footer; a spot-check table; an 印发 line",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〔打印稿式〕鹜洲市市场监督管理局关于2025年第二季度宾馆客房一次性用品抽检情况的通报 - 鹜洲市市场监督管理局</title>
<style>@media print{.noprint{display:none}}</style></head>
<body onload="window.print()">
<div class="noprint">⟦a 打印 ｜ 关闭⟧</div>
<div class="ph">⟦m 鹜洲市市场监督管理局⟧</div>
<div class="pm">⟦m 打印时间：2025-08-02 15:20⟧　⟦m 原文地址：https://scjg.wuzhou.example.gov.cn/tzgg/2025/0718/3051.html⟧</div>
<h2>{T}</h2>
<div class="pc">
{BODY}
</div>
<div class="pf">⟦p ⏺ 第1页 共1页 ⏺⟧</div>
<script>function doPrint(){window.print();}</script>
</body></html>
""",
        body="""
各县（区）市场监督管理局，各有关单位：
2025年第二季度，我局对全市二十家宾馆酒店客房提供的一次性用品开展了监督抽检，共抽检牙刷、拖鞋、擦鞋布等五类产品一百批次，合格九十四批次。现将不合格情况通报如下：
产品　抽检批次　不合格批次　主要问题
一次性拖鞋　30　2　标识不全
擦鞋布　20　3　掉色、检出荧光增白剂
一次性梳子　20　1　毛刺超标
对抽检不合格的产品，各县（区）局要督促相关宾馆立即下架，并追溯供货来源。
鹜洲市市场监督管理局
2025年7月18日
鹜洲市市场监督管理局办公室　2025年7月18日印发
""",
    ),
    dict(
        slug="print-wzvtu-letter-shoe-cloth-samples-footer",
        site="鹜洲职业技术大学公文系统 (invented, print view)",
        style="打印页",
        genre="函",
        kind="letter",
        form="text",
        source="https://oa.wzvtu.example.edu.cn/gw/fw/2025/0321-09/print",
        title="关于商请提供擦鞋布样品的函",
        record_title="⎙ 便于打印的版本 ▸ 关于商请提供擦鞋布样品的函",
        date="2025-03-21",
        notes="a print view as text: a print time and printer id (no date), the page's address under the text and a print footer; a 函 with its own 联系人/电话 and the 成文日期 under the signature",
        page="""
!m 鹜洲职业技术大学 · 公文打印
!m 打印时间：2025-06-30 10:12　打印人：lsh_0713
!t ⎙ 便于打印的版本 ▸ 关于商请提供擦鞋布样品的函
!a [打印本页]　[关闭]
{BODY}
!m 本页地址：https://oa.wzvtu.example.edu.cn/gw/fw/2025/0321-09
!p ▬ 页码 1/1 ▬
""",
        body="""
雀湾纺织有限公司：
我院旅游管理学院拟于4月下旬举办客房服务技能大赛，擦鞋服务是比赛项目之一。经了解，贵公司生产的擦鞋布在本地酒店使用较多，为使比赛用品贴近行业实际，特商请贵公司提供擦鞋布样品五十片，用于赛前训练和正式比赛。
样品请于4月10日前寄送至我院实训中心。如蒙支持，我院将在比赛现场对贵公司表示感谢。
联系人：实训中心　林杉，电话：0713-8892261。
鹜洲职业技术大学旅游管理学院
2025年3月21日
""",
    ),
    dict(
        slug="mail-hongyan-inquiry-noodle-racks-attachment-bar",
        site="鸿雁企业邮箱 (invented webmail)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.hongyanmail.example.com/read?mid=ZL2407030941",
        title="关于不锈钢挂面架的询价函",
        record_title="Fwd: 关于不锈钢挂面架的询价函.docx",
        date="2024-07-02",
        date_also=["2024-07-03"],
        notes="a webmail reading view with a forwarded header and an attachment bar; the mail subject (the record's title) is the letter's file name; the letter's own 联系人/电话/邮箱 under the mail headers; a 附件 list next to the attachment bar; the mail's send date differs from the letter's date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>鸿雁企业邮箱 - 读信</title></head><body>
<div class="hy-top">⟦m 鸿雁企业邮箱⟧ ⟦m sales@xinda-ss.example.com⟧ <a>⟦a 退出⟧</a></div>
<ul class="folders">⟦m <li>收件箱(12)</li><li>草稿箱</li><li>已发送</li><li>垃圾箱</li>⟧</ul>
<div class="toolbar">⟦a 回复 全部回复 转发 删除 标记⟧</div>
<div class="readhead">
<p>⟦m 主题：Fwd: 关于不锈钢挂面架的询价函.docx⟧</p>
<p>⟦m 发件人：冯大勇 &lt;hkmj_coop@example.com&gt;⟧</p>
<p>⟦m 收件人：sales@xinda-ss.example.com⟧</p>
<p>⟦m 时间：2024年7月3日(星期三) 上午9:41⟧</p></div>
<div class="attbar">⟦a 附件(2)：挂面架规格示意图.jpg (412K)　报价单格式.xlsx (19K)　全部下载⟧</div>
<div class="mailbody">
<p>⟦m ---------- 转发的邮件 ----------⟧</p>
{BODY}
</div>
<footer>⟦d 鸿雁企业邮箱提醒：请勿点击陌生邮件中的链接⟧</footer>
<script src="/webmail/js/readmail.js"></script>
</body></html>
""",
        body="""
鹜洲鑫达不锈钢制品有限公司：
我社拟为社员作坊统一采购食品级不锈钢挂面架一批，现向贵公司询价，具体要求如下：
一、规格：高2.2米、宽3米，横杆间距40厘米，底座可调平。
二、数量：八十副，分两批交货。
三、材质：304不锈钢，须提供材质检测报告。
请于7月12日前将报价单盖章后扫描发至我社邮箱，并注明交货期和质保期。
联系人：冯大勇，电话：13907130518，邮箱：hkmj_coop@example.com。
附件：1.挂面架规格示意图
2.报价单格式
雉川县鹘口镇面匠专业合作社
2024年7月2日
""",
    ),
    dict(
        slug="mail-library-forward-museum-letter-holders-wrapped",
        site="鹜洲市图书馆邮件 (invented, forwarded as text)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="text",
        source="mailto:guanyuan@wzlib.example.cn?msg=20250814-1602",
        title="关于征集老式信插藏品的函",
        record_title="转发：关于征集老式信插藏品的函（请各馆员周知）",
        date="2025-08-12",
        date_also=["2025-08-14"],
        notes="a forwarded mail as text, hard-wrapped at 70 columns: outer and original headers (the forwarder's note unmarked, neutral); the letter's own 联系人/电话/邮箱 and 抄送 line next to the mail headers' 抄送; the send date differs from the letter's date",
        page="""
!m 发件人：陶然 <taoran@wzlib.example.cn>
!m 发送时间：2025年8月14日 16:02
!m 收件人：馆员组 <guanyuan@wzlib.example.cn>
!m 抄送：办公室 <bgs@wzlib.example.cn>
!t 主题：转发：关于征集老式信插藏品的函（请各馆员周知）
各位同事：转给大家，家里有老信插的可以联系博物馆。
!m ---------- 原始邮件 ----------
!m 发件人：柏青 <dianzang@wzmsbwg.example.cn>
!m 日期：2025年8月12日 10:20
{BODY}
!d 此邮件及附件可能含保密信息，误收请立即删除
!a 回复　｜　转发　｜　打印
""",
        wrap=70,
        body="""
各有关单位、各位收藏爱好者：
为筹办“书信里的鹜洲”主题展览，我馆现面向社会征集老式信插藏品，有关事项函告如下：
一、征集范围：二十世纪五十年代至九十年代使用过的竹编、木制、铁皮等各类信插，以及与之相关的信件、照片和口述故事。
二、征集方式：捐赠或借展均可，捐赠者由我馆颁发收藏证书，借展物品展后归还。
三、征集时间：即日起至2025年10月31日。
联系人：鹜洲市民俗博物馆典藏部　柏青，电话：0713-8820476，邮箱：dianzang@wzmsbwg.example.cn。
鹜洲市民俗博物馆
2025年8月12日
抄送：鹜洲市文化和旅游局
""",
    ),
]

"""holdout362, part F: 百科问答, 网盘分享, 搜索快照, 打印页, 邮件转发 (one HTML page and one text page each).
Invented text, places, people, sites and chrome; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="wiki-zhile-entry-capo-infobox-missing-title",
        site="知乐百科 (invented music encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://baike.zhile.com/item/%E5%8F%98%E8%B0%83%E5%A4%B9/60217",
        title="变调夹",
        record_title=None,
        date=None,
        notes="an encyclopaedia entry with no record title: the entry name is the <h1> and opens the body (matched as head); "
        "阅读/编辑/讨论/历史版本 tabs, an infobox, a contents box, reference markers glued after sentences, an "
        "'edit this section' link; the update stamp is no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>知乐百科 — 懂音乐的百科</title>
<link rel="stylesheet" href="/static/wiki.css">
<script src="/static/wiki.js"></script>
</head>
<body>
<div class="zl-top">⟦m 知乐百科 — 懂音乐的百科⟧ <a>⟦a 创建词条⟧</a> <a>⟦a 编者登录⟧</a></div>
<div class="zl-tabs">⟦a 阅读　编辑　讨论　历史版本⟧</div>
<h1 class="zl-title">{T}</h1>
<p class="zl-sub">⟦m 吉他配件　｜　最后修订于 5 天前　｜　浏览 8,412⟧</p>
<table class="infobox">
<tr><td>⟦m 中文名　变调夹⟧</td></tr>
<tr><td>⟦m 外文名　Capo⟧</td></tr>
<tr><td>⟦m 类　别　弦乐器配件⟧</td></tr>
</table>
<div class="toc">⟦l 目录　1 概述　2 类型　3 使用方法⟧</div>
<div class="zl-body">
{BODY}
</div>
<div class="refs"><h3>⟦l 参考资料⟧</h3>
<p>⟦l [1] 《吉他配件手册》，黾川乐器出版社⟧</p>
<p>⟦l [2] 韵弦乐器配件公司产品说明⟧</p></div>
<div class="zl-tags">⟦l 词条标签：乐器配件　吉他　民谣⟧</div>
<div class="zl-foot">⟦d 知乐百科词条内容由网友协作编辑，仅供参考。⟧ ⟦m ©2025 知乐百科⟧</div>
</body>
</html>
""",
        body="""
变调夹是一种夹在吉他、尤克里里等弦乐器指板上的配件，用来整体提高琴弦的音高，使演奏者不改变指法就能弹奏不同调的乐曲。⟦l [1]⟧
变调夹夹在第几品，琴弦的音高就整体升高几个半音。例如夹在第二品，按C调指法弹奏，实际发出的是D调。
按结构不同，变调夹主要分为弹簧式、螺旋式和滑杆式三种。弹簧式换调快，适合演出；螺旋式可以调节夹力，音准较稳定；滑杆式多用于古典吉他。⟦l [2]⟧⟦a 编辑本段⟧
使用变调夹时，应将其夹在品丝后方靠近品丝的位置，夹好后需重新检查音准。
""",
    ),
    dict(
        slug="wiki-wanxiang-entry-pop-filter-text",
        site="万象词典网 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="http://www.wanxiangcd.com/ci/fangpenzhao.html",
        title="防喷罩",
        record_title="防喷罩 —— 万象词典·声学器材分册",
        date=None,
        notes="an encyclopaedia entry as text: the entry name with a volume aside; edit and favourite actions, an entry "
        "counter, a contents line and contributor lines; no date",
        page="""
!m 万象词典网　查一词，知万象
!t 防喷罩 —— 万象词典·声学器材分册
!a 编辑　｜　收进词本　｜　纠错
!m 本词条已被查阅 12,907 次　共有 14 位编者
!l 目录：释义 · 分类 · 使用与保养
{BODY}
!l 相关词条：监听耳机　电容麦克风　吸音棉
!m 本词条最后编者：声学爱好者老冯
""",
        body="""
防喷罩，又称防喷网、pop filter，是安装在麦克风前方的一种录音配件，用于阻挡人在发声时呼出的气流，减少录音中的爆破音和喷麦现象。⟦d 〔释义仅供参考，引用请核对原始文献〕⟧
防喷罩一般由网面、边框和固定夹具组成。按网面材质可分为尼龙网防喷罩和金属网防喷罩：尼龙网通常为双层，透声性好；金属网多为单层打孔结构，耐用且易于清洗。
使用时，防喷罩应置于麦克风与声源之间，距麦克风约5至10厘米。防喷罩还能防止唾液溅到麦克风振膜上，起到一定的保护作用。
""",
    ),
    dict(
        slug="netdisk-feige-contract-template-music-stands-docx",
        site="飞鸽云盘 (invented cloud-drive share page)",
        style="网盘分享",
        genre="合同范本",
        kind="other",
        form="html",
        source="https://pan.feigeyun.com/s/8Kq3xTmR2w",
        title="乐谱架采购合同（范本）",
        record_title="乐谱架采购合同（范本）.docx",
        date=None,
        notes="a cloud-drive preview of a contract template: save/download buttons and VIP speed prompts; 第N条 articles, "
        "×× placeholders, ＿＿ blanks and a ＿＿＿＿年＿＿月＿＿日 line; a share stamp is no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>乐谱架采购合同（范本）.docx_免费高速下载|飞鸽云盘-分享无限制</title>
<link rel="stylesheet" href="//static.feigeyun.com/share/index.css">
<script src="//static.feigeyun.com/share/preview.js"></script>
</head>
<body>
<div class="fg-top">⟦m 飞鸽云盘 · 文件飞快送达⟧ <a>⟦a 登录飞鸽⟧</a></div>
<div class="fg-file">
<h2>{T}</h2>
<p>⟦m 分享者：采购小助手　分享于 3 天前　有效期：永久⟧</p>
<p>⟦m 大小 19.4KB　浏览 366　保存 41⟧</p>
<p>⟦a 保存到我的飞鸽　下载⟧</p>
</div>
<div class="fg-preview">
{BODY}
</div>
<div class="fg-vip">⟦a 非会员下载限速100KB/s，开通飞鸽超级会员享极速通道⟧</div>
<div class="fg-report">⟦a 举报此分享⟧</div>
<div class="fg-foot">⟦d 请勿通过飞鸽云盘分享违法违规内容，文件由用户自行上传。⟧ ⟦m 飞鸽云盘 feigeyun.com⟧</div>
</body>
</html>
""",
        body="""
甲方（采购人）：××学校
乙方（供应商）：××乐器有限公司
根据《中华人民共和国民法典》及有关法律法规，甲乙双方经协商一致，就甲方采购乐谱架事宜订立本合同。
第一条　标的。乙方向甲方提供可升降折叠式乐谱架＿＿个，单价＿＿元，合同总价＿＿元（大写：＿＿＿＿）。
第二条　质量要求。乐谱架升降杆应能在＿＿厘米至＿＿厘米之间调节并可靠锁定，谱托承重不低于＿＿千克，质保期＿＿年。
第三条　交货。乙方应于合同签订后＿＿日内将货物送至甲方指定地点，并负责卸货。
第四条　验收与付款。甲方在收货后＿＿日内验收，验收合格后＿＿日内支付全部货款。
甲方（盖章）：　　　　乙方（盖章）：
签订日期：＿＿＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="netdisk-chuwuguan-waffle-cleaning-procedure-lone-markers",
        site="储物罐网盘 (invented cloud-drive share page, text view)",
        style="网盘分享",
        genre="操作规程",
        kind="other",
        form="text",
        source="https://chuwuguan.net/share/f/KD72mx90",
        title="华夫饼机清洁保养操作规程",
        record_title="【后厨SOP】华夫饼机清洁保养操作规程（门店通用版）",
        date=None,
        notes="a cloud drive's text preview cut by page markers 🞛 n 🞛 on lines of their own; a sentence about printing "
        "the record sheet is content; save/download and speed prompts; no date",
        page="""
!m 储物罐网盘 · 什么都能装
!t 【后厨SOP】华夫饼机清洁保养操作规程（门店通用版）
!m 文件大小：14KB　来自：门店运营部小温　分享于 1 周前
!a 存入我的罐子　｜　普通下载　｜　极速下载（罐子会员）
{BODY}
!a 预览仅显示文档前3页
!d 储物罐网盘不对用户分享的内容承担责任
""",
        indent="\u3000\u3000",
        pages=dict(fmt="🞛 {n} 🞛", every=100, start=2),
        body="""
一、适用范围。本规程适用于各门店使用的商用华夫饼机的日常清洁和定期保养。
二、每日清洁。营业结束后关闭电源，待烤盘温度降至温热时，用软毛刷清除烤盘纹路中的残渣，再用湿布擦拭上下烤盘和外壳。严禁用水直接冲洗机身，严禁使用钢丝球。
三、每周保养。每周一检查电源线、插头有无破损，检查铰链是否松动；烤盘涂层出现明显划痕或脱落的，及时报门店运营部更换。
四、记录要求。各门店须将《华夫饼机清洁保养记录表》打印后张贴在设备旁，每次清洁保养后由操作人签字。
""",
    ),
    dict(
        slug="snapshot-weilan-township-notice-audio-reading-pop-filter",
        site="微澜搜索 网页快照 (invented search cache) / 屼岭镇人民政府",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://cache.weilanss.com/snapshot?u=http%3A%2F%2Fwww.wuling.cuanshan.gov.cn%2Ftzgg%2F3301.html",
        title="关于开展农家书屋“有声阅读”录制活动的通知",
        record_title="关于开展农家书屋“有声阅读”录制活动的通知 - 屼岭镇人民政府（微澜留底页）",
        date="2025-04-21",
        date_also=["2025-04-23"],
        notes="a search-cache frame with a capture banner and highlighted terms around a township portal page; the "
        "portal's posting date and the notice's date differ; a capture stamp is no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>关于开展农家书屋“有声阅读”录制活动的通知 - 屼岭镇人民政府（微澜留底页）</title>
<style>.hl{background:#ffef7a}</style>
</head>
<body>
<div class="wl-banner">
<p>⟦d 这是微澜搜索保存的网页快照，抓取于 2025-05-02 06:14，原网页可能已经更新或删除。⟧</p>
<p>⟦a 查看原网页 ｜ 只看文字版⟧</p>
<p>⟦m 以下词语已高亮：<span class="hl">农家书屋</span> <span class="hl">有声阅读</span>⟧</p>
</div>
<div class="orig">
<div class="gov-head">⟦m 屼岭镇人民政府　巑山县屼岭镇⟧</div>
<div class="gov-nav">⟦m 首页 | 政务公开 | 镇情概况 | 便民服务⟧</div>
<h2>{T}</h2>
<p class="gov-meta">⟦m 发布时间：2025-04-23　来源：镇综合文化站⟧</p>
<div class="gov-txt">
{BODY}
</div>
<p class="gov-foot">⟦m 屼岭镇人民政府主办　地址：屼岭镇正街1号⟧</p>
</div>
</body>
</html>
""",
        body="""
各村（社区）：
为丰富农家书屋服务内容，方便老年人和视力障碍群众“听书”，镇综合文化站决定在全镇开展农家书屋“有声阅读”录制活动。现将有关事项通知如下。
一、录制内容。以本地民间故事、农技知识和政策宣传为主，每村推荐朗读者2至3名。
二、录制安排。5月至6月，镇文化站录音小组携带麦克风、防喷罩等设备轮流到各村书屋上门录制，每村半天。
三、成果使用。录制的音频经审核后，上传到县图书馆有声书库，并在各村广播中播放。
请各村于4月30日前将朗读者名单报镇综合文化站。
屼岭镇综合文化站
2025年4月21日
""",
    ),
    dict(
        slug="snapshot-suwen-text-cache-letter-capo-oneline",
        site="溯文搜索 文字快照 (invented text-only cache)",
        style="搜索快照",
        genre="函",
        kind="letter",
        form="text",
        source="http://kz.suwenss.cn/text?id=b71c52e08fa4&url=www.shikou-zx.cn/tzgg/2025/0304.html",
        title="关于商请支持校园吉他社团器材的函",
        record_title="关于商请支持校园吉他社团器材的函_溮口镇中心小学（溯文文字快照）",
        date="2025-03-04",
        notes="a text-only cache: the capture banner and a 'view original' line; the whole letter on one line; "
        "the letter's own contact line inside; the 成文日期 at its end",
        page="""
!d 溯文搜索文字快照：本页保存于 2025年3月9日，仅显示文字内容。
!a 查看原始网页　｜　查看带图版本
!t 关于商请支持校园吉他社团器材的函_溮口镇中心小学
!m 快照命中词：吉他社团 ／ 变调夹
{BODY}
!m 原网址：www.shikou-zx.cn/tzgg/2025/0304.html
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
黾川县韵弦乐器配件有限公司：
我校吉他社团成立于2023年，现有社员52名，均为四至六年级学生。由于经费有限，社团现有的变调夹大多已使用多年，弹簧松弛、橡胶垫老化，影响学生练习效果。
贵公司长期热心公益、支持乡村教育。为此，我校特商请贵公司捐赠或以成本价提供弹簧式变调夹30只、调音器10个，帮助社团改善练习条件。
如蒙支持，不胜感激。联系人：肖老师，电话：0745-5568021。
溮口镇中心小学
2025年3月4日
""",
    ),
    dict(
        slug="print-lunwan-commerce-notice-waffle-stalls-footer",
        site="蓨城市棆湾区商务局 (invented, print view)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="html",
        source="http://swj.lunwan.tiaocheng.gov.cn/print.jsp?id=20250711-0093",
        title="关于加强商场儿童游乐区周边餐饮摊位用电安全管理的通知",
        record_title="【纸质打印格式】关于加强商场儿童游乐区周边餐饮摊位用电安全管理的通知 · 棆湾区商务局",
        date="2025-07-11",
        notes="a print view calling window.print(): a print/close row, the page's URL line and a print footer "
        "⸈ 第1页 / 共1页 ⸈; a numbered notice mentioning waffle makers; the 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【纸质打印格式】关于加强商场儿童游乐区周边餐饮摊位用电安全管理的通知 · 棆湾区商务局</title>
<style>@media print{.noprint{display:none}}</style>
<script>window.onload=function(){window.print();}</script>
</head>
<body>
<div class="noprint">⟦a 〔开始打印〕〔关闭本窗口〕⟧</div>
<div class="print-head">⟦m 蓨城市棆湾区商务局⟧ ⟦m 打印时间：2025-07-14 15:02　打印人：办公室⟧</div>
<h2>{T}</h2>
<div class="print-body">
{BODY}
</div>
<div class="print-url">⟦m 本页地址：http://swj.lunwan.tiaocheng.gov.cn/tzgg/20250711-0093.html⟧</div>
<div class="print-foot">⟦p ⸈ 第1页 / 共1页 ⸈⟧</div>
</body>
</html>
""",
        body="""
各大型商场、综合体运营单位：
近期，部分商场在儿童游乐区周边设置华夫饼、爆米花等现做食品摊位，存在私拉电线、多台电热设备共用一个插座等隐患。为保障儿童和顾客安全，现就有关事项通知如下：
1.儿童游乐区周边5米范围内不得设置使用明火和大功率电热设备的摊位。
2.华夫饼机等电热设备须使用独立插座，严禁私拉乱接电线，电线须穿管或加装护槽。
3.摊位须配备灭火器，营业结束后切断电源。
4.各运营单位于7月20日前完成自查整改，区商务局将会同消防部门开展联合检查。
蓨城市棆湾区商务局
2025年7月11日
""",
    ),
    dict(
        slug="print-mianchuan-no1-school-bulletin-music-stands-footer",
        site="黾川县第一中学 (invented, print view as text)",
        style="打印页",
        genre="通报",
        kind="notice",
        form="text",
        source="http://www.mcyz.edu.cn/print/?aid=3372",
        title="关于管乐团乐谱架损坏情况的通报",
        record_title="〔纸面输出〕关于管乐团乐谱架损坏情况的通报 — 黾川一中",
        date="2025-11-20",
        notes="a school's print view as text: a print/close row and a URL line; a print footer ⹏ 1 / 1 ⹏ closes it; "
        "印发 line after the signature",
        page="""
!a ［打印本页］　［返回原文］
!m 黾川县第一中学　校务公开　　打印于 2025-11-24 08:40
!m 栏目：校务公开 › 后勤管理
{T}
{BODY}
!m 原文链接：http://www.mcyz.edu.cn/xwgk/2025/3372.html
!p ⹏ 1 / 1 ⹏
""",
        indent="\u3000\u3000",
        body="""
各班级、管乐团全体团员：
11月中旬，学校后勤处对管乐团排练厅的器材进行了清点，发现乐谱架损坏14个，其中升降杆弯折6个、谱托断裂5个、底座缺失3个。经了解，部分损坏是排练结束后学生将乐谱架当作扶手、坐具造成的。
为爱护公共财物，学校决定：
一、管乐团各声部长负责本声部乐谱架的收放，排练结束后统一降到最低位置。
二、人为损坏乐谱架的，由责任人按价赔偿。
三、后勤处于12月上旬前补齐乐谱架。
黾川县第一中学
2025年11月20日
黾川县第一中学办公室　2025年11月20日印发
""",
    ),
    dict(
        slug="mail-yiyou-forward-capo-order-letter-attachments",
        site="易邮企业邮箱 (invented webmail reading view) / 溮口镇中心小学",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.yiyou.cn/js6/main.jsp?sid=Qx7&func=mbox:readMessage&mid=ZC1420-kq9",
        title="关于订购吉他变调夹的函",
        record_title="答复并转发：关于订购吉他变调夹的函.docx",
        date="2025-03-18",
        date_also=["2025-03-19"],
        notes="a webmail reading view with a forwarded header and an attachment bar; the letter's own 附件 list, contact "
        "and mailbox in the body; the mail's send date differs from the letter's date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>易邮企业邮箱 - 读信</title>
<link rel="stylesheet" href="/js6/css/read.css">
<script src="/js6/js/read.js"></script>
</head>
<body>
<div class="yy-top">⟦m 易邮企业邮箱　shikou-zx.cn⟧ ⟦m xiaoyan@shikou-zx.cn⟧ <a>⟦a 退出⟧</a></div>
<div class="yy-tool">⟦a 回复　回复全部　转发　删除　标记为 ▼⟧</div>
<div class="yy-head">
<p>⟦m 主　题：答复并转发：关于订购吉他变调夹的函.docx⟧</p>
<p>⟦m 发件人：肖雁 &lt;xiaoyan@shikou-zx.cn&gt;⟧</p>
<p>⟦m 收件人：韵弦乐器配件 &lt;sales@yunxian-pj.com&gt;⟧</p>
<p>⟦m 时　间：2025年3月19日（星期三）上午10:26⟧</p>
</div>
<div class="yy-fwd">⟦m ---------- 转发的邮件 ----------⟧</div>
<div class="yy-body">
<h3>{T}</h3>
{BODY}
</div>
<div class="yy-att">
<p>⟦a 附件（2 个）　全部下载⟧</p>
<p>⟦a 关于订购吉他变调夹的函.docx（36.2K）　预览　下载⟧</p>
<p>⟦a 订购清单.xlsx（11.8K）　预览　下载⟧</p>
</div>
<div class="yy-foot">⟦d 此邮件已经过易邮安全中心扫描⟧ ⟦m 易邮企业邮箱 © 2025⟧</div>
</body>
</html>
""",
        body="""
黾川县韵弦乐器配件有限公司：
感谢贵公司对我校吉他社团的支持。经学校研究，决定以贵公司提供的优惠价格订购吉他变调夹等器材，具体如下：
一、订购弹簧式变调夹30只、调音器10个，总价1260元。
二、请于3月31日前送货到校，货到验收合格后10个工作日内付款。
三、请随货提供产品合格证和发票。
附件：1.订购清单
2.学校开票信息
联系人：肖雁　电话：0745-5568021　邮箱：xiaoyan@shikou-zx.cn
溮口镇中心小学
2025年3月18日
""",
    ),
    dict(
        slug="mail-forward-podcast-studio-inquiry-pop-filters",
        site="转发的邮件 (invented, a forwarded mail saved as text) / 黾川县融媒体中心",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="text",
        source="file:///mail/export/2025-08/inquiry-pop-filter.eml.txt",
        title="关于采购麦克风防喷罩的询价函",
        record_title="FW（内部转达）：关于采购麦克风防喷罩的询价函（请于周五前报价）",
        date="2025-08-12",
        date_also=["2025-08-13"],
        notes="a forwarded mail as text: forward headers, a mail signature and a mobile-client line; the letter's own "
        "contact and mailbox in the body; the mail's date differs from the letter's",
        page="""
!m 发件人: 邵宁 <shaoning@mcrm.cn>
!m 发送时间: 2025年8月13日 9:47
!m 收件人: 声澜电声销售部 <sales@shenglan-audio.com>
!m 主题: FW（内部转达）：关于采购麦克风防喷罩的询价函（请于周五前报价）
!m -------- 原始邮件 --------
{T}
{BODY}
!m 邵宁 | 黾川县融媒体中心 技术部
!m 从我的易邮手机版发送
""",
        body="""
蓨城市声澜电声科技有限公司：
我中心因新建有声读物录音室和改造直播间的需要，拟采购麦克风防喷罩一批，现向贵公司询价。具体要求如下：
一、双层尼龙网防喷罩，直径15厘米，带鹅颈软管和夹具，12个。
二、金属网防喷罩，直径15厘米，8个。
三、报价请包含运费和三年质保，并注明供货周期。
请于8月15日前将加盖公章的报价单发至下列邮箱。
联系人：邵宁　电话：0746-7712408　邮箱：shaoning@mcrm.cn
黾川县融媒体中心
2025年8月12日
""",
    ),
]

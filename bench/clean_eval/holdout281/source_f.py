"""holdout281, part F: 百科问答, 网盘分享, 搜索快照, 打印页, 邮件转发 (one HTML and one text each).

Invented text, written by hand; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="wiki-yuzhi-entry-pewter-pot-h1",
        site="燠知百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://baike.yuzhi.example.com/item/锡壶/20871",
        title="锡壶",
        record_title=None,
        date=None,
        notes="no title in the record: the entry name in the <h1> (a one-word title that opens the body, matched as head); "
        "infobox, contents box, edit/discuss/history tabs, reference markers glued after sentences; no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>锡壶_燠知百科</title></head>
<body>
<div class="bk-top">⟦m 燠知百科 · 人人可编的知识库⟧ ⟦a 登录⟧ ⟦a 创建词条⟧</div>
<div class="bk-tabs">⟦a 编辑词条⟧ ⟦a 讨论⟧ ⟦a 历史版本⟧ ⟦a 收藏⟧</div>
<h1 class="bk-title">{T}</h1>
<div class="bk-sub">⟦m 盛酒或泡茶用的锡制器皿⟧</div>
<table class="bk-info">
<tr><td>⟦m 中文名：锡壶⟧</td><td>⟦m 类别：金属器皿⟧</td></tr>
<tr><td>⟦m 主要材料：锡⟧</td><td>⟦m 非遗项目：臧湾锡器制作技艺⟧</td></tr></table>
<div class="bk-toc">⟦l 目录　1 简介　2 制作工艺　3 使用与安全　4 产地⟧</div>
<div class="bk-body">
{BODY}
</div>
<div class="bk-ref"><h3>⟦l 参考资料⟧</h3><ol><li>⟦l 燠川县文化馆.燠川锡器调查（内部资料）⟧</li><li>⟦l 臧湾锡艺传习所.锡壶打制工序说明⟧</li></ol></div>
<div class="bk-edit">⟦m 本词条由 27 位编者共同编辑，最近更新于 5 个月前⟧</div>
<div class="bk-foot">⟦d 词条内容仅供参考，如需专业意见请咨询相关机构⟧ ⟦m ©2025 燠知百科⟧</div>
</body></html>
""",
        body="""
锡壶是用锡或以锡为主的合金制成的壶，常见的有酒壶、茶壶和温酒用的执壶。
锡的熔点较低，质地柔软，容易加工成形。传统锡壶多由手工打制，主要工序有化锡、压片、裁料、成形、焊接和抛光等。⟦l [1]⟧
旧时民间认为锡壶盛酒不易变味，多用来温酒。由于过去的锡料中常含有铅，长期用旧锡壶盛放酒、醋等酸性饮品，可能造成铅溶出。现代锡壶一般采用高纯锡料，并按食品接触材料标准检测。⟦l [2]⟧
燠川县臧湾镇的手工锡壶制作技艺，已列入县级非物质文化遗产名录。
""",
    ),
    dict(
        slug="wiki-wanxiang-entry-door-gods-text",
        site="万象知库 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="http://www.wanxiangzk.example.net/entry/menshen",
        title="门神",
        record_title="门神 - 民俗词条 - 万象知库",
        date=None,
        notes="encyclopaedia text page: entry name repeated, an 'edit this section' link glued to a section heading line, "
        "infobox lines, revision stamp; no date",
        page="""
!m 万象知库 › 民俗 › 岁时节令
{T}
!m 拼音：mén shén　　类别：民间信仰、年画题材
!a 编辑　｜　讨论　｜　查看修订记录
{BODY}
!l 词条标签：年画　春节　民俗
!m 最近修订：3 周前（第14版）
!d 万象知库内容由网友协作编写，不代表本站观点。
""",
        body="""
门神是旧时春节贴在门上的神像，民间用来驱邪避灾、祈福迎祥，是木版年画中最常见的题材之一。
形象演变⟦a 〔改写本段〕⟧
早期的门神是神荼、郁垒两位神将，后来多为唐代名将秦琼和尉迟恭。按照习俗，两位门神要面对面贴在左右两扇门上。
制作工艺
门神年画多采用木版套色印刷，先刻线版，再按颜色分刻色版，逐色套印。各地门神风格不同，有的色彩浓艳，有的线条粗犷。
澉水县耆山镇的门神木版年画已有三百多年历史，2019年列入县级非物质文化遗产代表性项目名录。
""",
    ),
    dict(
        slug="netdisk-yunxia-plan-pewter-school-decimal-doc",
        site="云匣网盘 preview (invented)",
        style="网盘分享",
        genre="方案",
        kind="other",
        form="html",
        source="https://pan.yunxia.example.com/s/1aQ7vZkT?preview=1",
        title="臧湾镇中心小学锡器非遗进校园实施方案",
        record_title="臧湾镇中心小学锡器非遗进校园实施方案.doc",
        date="2025-02-20",
        notes="file-name record title; cloud-drive preview with VIP prompts and a file list; decimal headings 1.1–3.2; "
        "share stamp and expiry are no dates",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>臧湾镇中心小学锡器非遗进校园实施方案.doc - 云匣网盘</title></head>
<body>
<div class="yx-head">⟦m 云匣网盘 · 你的文件随身匣⟧ ⟦a 登录⟧ ⟦a 下载客户端⟧</div>
<div class="yx-share"><p>⟦t 臧湾镇中心小学锡器非遗进校园实施方案.doc⟧</p>
<p>⟦m 分享者：臧湾小学-教务处　分享时间：2025-02-27 08:15　有效期：永久⟧</p>
<p>⟦a 保存到我的云匣⟧ ⟦a 普通下载⟧ ⟦a 会员极速下载⟧</p></div>
<div class="yx-preview">
<h2>{T}</h2>
{BODY}
</div>
<div class="yx-vip">⟦a 预览仅显示部分版式，开通云匣会员查看原始排版⟧</div>
<div class="yx-list"><h4>⟦l 该分享者的其他文件⟧</h4><ul><li>⟦l 2025春季课后服务课程表.xlsx⟧</li><li>⟦l 锡器进校园课件.pptx⟧</li></ul></div>
<div class="yx-foot">⟦d 请勿通过云匣传播违法违规内容，发现请举报⟧ ⟦m 云匣网盘 ©2025⟧</div>
</body></html>
""",
        body="""
1 目标任务
1.1 通过一学期的课程，让五、六年级学生了解燠川锡器的历史和锡壶制作的基本工序。
1.2 每名学生在老师指导下完成一件小锡器作品。
2 实施内容
2.1 课堂讲授：每月邀请锡器传承人进校授课一次，讲解锡壶的选料、打制和焊接。
2.2 参观体验：组织学生到臧湾锡艺传习所参观，观看锡壶制作全过程。
2.3 成果展示：学期末举办锡器作品展，评选优秀作品。
3 安全保障
3.1 化锡、焊接等高温工序只由传承人演示，学生不得操作。
3.2 每次活动安排两名以上教师全程看护。
臧湾镇中心小学
2025年2月20日
""",
    ),
    dict(
        slug="netdisk-panlan-plan-silver-contest-wps-markers",
        site="盘蓝云盘 text preview (invented)",
        style="网盘分享",
        genre="方案",
        kind="other",
        form="text",
        source="https://www.panlan.example.cn/share/init?surl=Yx8fJ2q",
        title="斐溪镇银饰錾刻技能比武活动方案",
        record_title="斐溪镇银饰錾刻技能比武活动方案.wps",
        date="2025-08-11",
        notes="file-name record title; cloud-drive text preview cut by page markers ✠第n页✠ on lines of their own; "
        "成文日期 under the signature",
        page="""
!m 盘蓝云盘 — 文件预览
!t 斐溪镇银饰錾刻技能比武活动方案.wps
!m 大小 36KB　·　分享于 2 天前　·　浏览 58 次
!a 转存到我的盘蓝　　下载（需登录）
{BODY}
!a 在线预览仅支持前3页，完整内容请下载查看
!d 文件由用户分享，盘蓝云盘不对内容负责
""",
        pages=dict(fmt="✠第{n}页✠", every=75, start=2),
        body="""
为传承银饰錾刻技艺，提高银匠技能水平，镇里决定举办首届银饰錾刻技能比武，特制定本方案。
一、比武时间：2025年9月20日。
二、比武地点：斐溪镇银饰文化广场。
三、参赛对象：全镇银饰加工户及从业人员，每户限报1人。
四、比武内容：现场制作银镯一只，限时4小时，银料由组委会统一提供，重量50克。评委从造型、錾刻、抛光和含银量标注四个方面评分。
五、奖项设置：设一等奖1名、二等奖3名、三等奖5名，颁发证书和奖金。
六、报名方式：请于9月10日前到镇文化站报名。
斐溪镇人民政府
2025年8月11日
""",
    ),
    dict(
        slug="snapshot-xundu-notice-sedan-census-frame",
        site="寻渡快照 of the 澉水县文化和旅游局 site (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://cache.xundu.example.com/c?u=wlj.ganshui.gov.example.cn/tzgg/20250321_5.html",
        title="关于开展全县民间花轿普查登记工作的通知",
        record_title="关于开展全县民间花轿普查登记工作的通知 - 澉水县文化和旅游局（寻渡快照）",
        date="2025-03-20",
        date_also=["2025-03-21"],
        notes="snapshot frame with a capture banner and highlighted keywords around the cached page; the cached portal's 发布日期 "
        "differs from the 成文日期; the capture time is no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于开展全县民间花轿普查登记工作的通知 - 澉水县文化和旅游局（寻渡快照）</title></head>
<body>
<div class="xd-banner" style="background:#fffbe6;border:1px solid #e8d9a0">
<p>⟦m 这是寻渡对 wlj.ganshui.gov.example.cn/tzgg/20250321_5.html 的网页快照，抓取于 2025-04-02 03:11:27⟧</p>
<p>⟦a 该页面可能已更新，点此访问最新页面⟧</p>
<p>⟦m 以下词语已高亮：<b style="background:#ff9">花轿</b> <b style="background:#9ff">普查</b>⟧</p></div>
<div class="cached">
<div class="gw-head">⟦m 澉水县文化和旅游局⟧ ⟦a 无障碍⟧ ⟦a 关怀模式⟧</div>
<div class="gw-pos">⟦m 网站首页 &gt; 通知公告 &gt; 正文⟧</div>
<h2>{T}</h2>
<div class="gw-meta">⟦m 发布日期：2025-03-21　来源：非遗科⟧</div>
{BODY}
<div class="gw-foot">⟦m 澉水县文化和旅游局主办　网站标识码：4331290021⟧</div>
</div>
</body></html>
""",
        body="""
各镇人民政府，县直有关单位：
为全面掌握全县民间花轿保存情况，根据《澉水县花轿婚俗保护传承工作方案》，决定在全县开展民间花轿普查登记工作。现将有关事项通知如下。
一、普查范围：全县民间个人、村集体及企业收藏的各类花轿，包括轿身、轿衣、轿杠等附件。
二、普查内容：花轿的制作年代、尺寸、材质、雕刻题材、保存状况和收藏人信息。
三、时间安排：4月30日前完成登记，5月15日前由各镇汇总报县文化馆。
请各镇高度重视，安排专人负责，确保不漏一顶。
澉水县文化和旅游局
2025年3月20日
""",
    ),
    dict(
        slug="snapshot-textcache-parents-letter-beaker-safety",
        site="text-only cache of the 旖溪县第二中学 site (invented)",
        style="搜索快照",
        genre="告家长书",
        kind="letter",
        form="text",
        source="http://textcache.example.net/view?q=yxez.example.cn/tz/0224.html",
        title="致初三学生家长的一封信——化学实验课安全须知",
        record_title="〔文字版缓存页〕致初三学生家长的一封信——化学实验课安全须知 - 旖溪县第二中学",
        date="2025-02-24",
        notes="text-only cache with a capture banner; the school's own lines; 成文日期 under the signature; capture stamp is no date",
        page="""
!m 【纯文字缓存】本页保存于 2025-03-09 22:40，原网页可能已变化
!a 查看原网页　｜　查看图片版缓存
!m 旖溪县第二中学 > 家校通知
{T}
{BODY}
!m 旖溪县第二中学　校办电话：0717-4430218
!m 湘ICP备16022804号
""",
        body="""
尊敬的家长：
本学期起，初三学生将开始化学分组实验。实验中会用到烧杯、酒精灯和一些化学试剂，为保障孩子安全，请您配合做好以下几点：
一、提醒孩子进实验室前扎好长发，不穿拖鞋，实验时按要求佩戴护目镜。
二、教育孩子听从老师指挥，不擅自加热烧杯，不品尝、不闻嗅试剂。
三、如孩子在实验中打碎烧杯，请不要责怪，学校不要求赔偿，但要让孩子学会报告和正确处理碎片。
四、孩子如有皮肤过敏等情况，请提前告知班主任。
感谢您的理解和支持！
旖溪县第二中学
2025年2月24日
""",
    ),
    dict(
        slug="print-yuchuan-bulletin-pewter-lead-footer",
        site="燠川县市场监督管理局 print view (invented)",
        style="打印页",
        genre="通报",
        kind="notice",
        form="html",
        source="http://scjgj.yuchuan.gov.example.cn/print.jsp?id=20250627_14",
        title="关于茶馆酒肆在用锡壶铅含量抽检情况的通报",
        record_title="〔打印存档版〕关于茶馆酒肆在用锡壶铅含量抽检情况的通报",
        date="2025-06-26",
        notes="print view calling window.print(), a print-stamp line and a print footer ✑ 第 1 页，共 1 页 ✑; 抄送 and 印发 lines stay in the body",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〔打印存档版〕关于茶馆酒肆在用锡壶铅含量抽检情况的通报</title>
<script>window.onload=function(){window.print();}</script>
<style>@media print{.noprint{display:none}}</style></head>
<body>
<div class="noprint">⟦a 〖开始打印〗〖返回原文〗〖关闭本窗口〗⟧</div>
<div class="pr-head">⟦m 燠川县市场监督管理局　政务公开⟧</div>
<h2 style="text-align:center">{T}</h2>
<div class="pr-stamp">⟦m 打印时间：2025-07-01 10:26　打印人：访客⟧</div>
{BODY}
<div class="pr-url">⟦m 原文地址：http://scjgj.yuchuan.gov.example.cn/zwgk/tb/20250627_14.html⟧</div>
<div class="pr-foot">⟦p ✑ 第 1 页，共 1 页 ✑⟧</div>
</body></html>
""",
        body="""
各镇（街道）市场监管所：
5月下旬，县局对县城和臧湾镇28家茶馆、酒肆在用的锡壶开展了铅含量抽检，共抽取锡壶56把。现将有关情况通报如下。
一、抽检结果：合格49把，不合格7把，不合格锡壶均为使用多年的旧锡壶，铅迁移量超过标准限值。
二、处理措施：已责令相关经营者立即停止使用不合格锡壶，并对其他在用锡器进行自查。
三、工作要求：各所要加大宣传，提醒经营者不得使用来源不明的旧锡壶盛放酒水、茶水。
燠川县市场监督管理局
2025年6月26日
抄送：县卫生健康局。
燠川县市场监督管理局办公室　2025年6月27日印发
""",
    ),
    dict(
        slug="print-ganshui-plan-door-god-exhibition-footer",
        site="澉水县文化馆 print view (invented)",
        style="打印页",
        genre="方案",
        kind="other",
        form="text",
        source="http://www.gswhg.example.cn/print/?id=2024123001",
        title="澉水县文化馆2025年“守门迎春”门神年画展布展方案",
        record_title="打印样张 ▸ 澉水县文化馆2025年“守门迎春”门神年画展布展方案",
        date="2024-12-30",
        notes="print view text with a print stamp and a footer ⬌ 1／1 ⬌; numbered list; 成文日期 under the signature",
        page="""
!a ［打印］　［另存为PDF］　［关闭］
!m 澉水县文化馆　·　打印样张
{T}
!m 打印于 2025-01-03 15:02
{BODY}
!m 本页地址：http://www.gswhg.example.cn/zl/2024123001.html
!p ⬌ 1／1 ⬌
""",
        indent="\u3000\u3000",
        body="""
一、展览主题：守门迎春——澉水门神年画展。
二、展览时间：2025年1月20日至2月28日。
三、展览地点：县文化馆一楼展厅，面积约400平方米。
四、展陈内容：分为“门神溯源”“老版新印”“刀下春秋”三个单元，展出门神老版32块、年画作品120幅。
五、布展分工：
1.陈列部负责展板设计和展品摆放；
2.非遗部负责老版借展和传承人现场演示；
3.办公室负责安保、保洁和开幕式筹备。
六、布展时间：1月13日至1月19日，1月19日下午完成验收。
澉水县文化馆
2024年12月30日
""",
    ),
    dict(
        slug="mail-museum-letter-borrow-sedan-attachment-bar",
        site="禊州市博物馆 webmail reading view (invented)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.xzmuseum.example.cn/read?mid=ZC2025040301&folder=sent",
        title="关于商借清代八抬花轿参加“婚俗里的中国”联展的函",
        record_title="转发：关于商借清代八抬花轿参加“婚俗里的中国”联展的函",
        date="2025-04-01",
        date_also=["2025-04-03"],
        notes="webmail reading view with forwarded headers (发件人/收件人/抄送/时间) and an attachment bar; the letter's own 附件 list "
        "and 抄送 line stay in the body; the mail's send date differs from the 成文日期",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>转发：关于商借清代八抬花轿参加“婚俗里的中国”联展的函 - 禊州市博物馆邮件系统</title></head>
<body>
<div class="wm-top">⟦m 禊州市博物馆邮件系统⟧ ⟦m niews@xzmuseum.cn⟧ ⟦a 退出⟧</div>
<div class="wm-tool">⟦a 回复 回复全部 转发 删除 标记为未读⟧</div>
<div class="wm-head">
<h3>⟦t 转发：关于商借清代八抬花轿参加“婚俗里的中国”联展的函⟧</h3>
<p>⟦m 发件人：聂文舒 &lt;niews@xzmuseum.cn&gt;⟧</p>
<p>⟦m 收件人：澉水县文化馆 &lt;gswhg@ganshui-wh.cn&gt;⟧</p>
<p>⟦m 抄　送：陈列部 &lt;clb@xzmuseum.cn&gt;⟧</p>
<p>⟦m 时　间：2025年4月3日 (星期四) 上午10:12⟧</p></div>
<div class="wm-fwd">⟦m ---------- 转发的邮件 ----------⟧</div>
<div class="wm-body">
{BODY}
</div>
<div class="wm-att"><p>⟦a 📎 2 个附件（共 1.3 MB）　全部下载　打包预览⟧</p>
<p>⟦a 展览大纲.pdf（812 KB）　预览 下载⟧</p><p>⟦a 借展协议（草稿）.docx（46 KB）　预览 下载⟧</p></div>
<div class="wm-foot">⟦d 本邮件及附件含有保密信息，如误收请删除并告知发件人⟧</div>
</body></html>
""",
        body="""
澉水县文化馆：
我馆拟于2025年6月1日至8月31日举办“婚俗里的中国”联展。贵馆收藏的清代八抬花轿造型完整、雕刻精美，是展示传统婚俗的珍贵实物，特商借参展。
一、借展期限：2025年5月20日至9月10日，含布撤展时间。
二、运输和保险：由我馆委托专业文物运输公司负责包装运输，并按贵馆确定的估价办理全程保险。
三、安全保障：展厅实行24小时监控，花轿单独设置展台和隔离带。
如蒙同意，请于4月20日前函复。
联系人：聂文舒　电话：0719-8240631　邮箱：niews@xzmuseum.cn
附件：1.展览大纲
2.借展协议（草稿）
禊州市博物馆
2025年4月1日
抄送：禊州市文物局。
""",
    ),
    dict(
        slug="mail-fwd-inquiry-centenarian-silver-bangles-table",
        site="forwarded mail as text (invented)",
        style="邮件转发",
        genre="询价函",
        kind="letter",
        form="text",
        source="mail://yxlnxh/inbox/2025-08-06/fwd-0317",
        title="关于定制“百岁银镯”纪念品的询价函",
        record_title="Fwd: 关于定制“百岁银镯”纪念品的询价函",
        date="2025-08-05",
        date_also=["2025-08-06"],
        notes="forwarded mail text: headers and a forward line as chrome, items table, the association's own contact and mailbox; "
        "the mail's send date differs from the 成文日期; a mail-client signature",
        page="""
!m ---------- Forwarded message ----------
!m From: 旖溪县老年人协会 <yxlnxh@yxln.org.cn>
!m Date: 2025年8月6日 周三 09:41
!m To: 斐溪镇银饰合作社 <fxyshzs@example-mail.cn>
!t Subject: Fwd: 关于定制“百岁银镯”纪念品的询价函
{BODY}
!m 发自我的手机邮箱
!d 此邮件可能包含机密信息，非指定收件人请勿阅读、转发或使用
""",
        body="""
斐溪镇各银饰加工户：
为给全县百岁老人送上重阳节祝福，我会拟定制一批“百岁银镯”作为纪念品，现诚邀各加工户报价。
一、定制要求：
品名　数量　重量　含银量
百岁寿纹银镯　38只　每只约40克　不低于990‰
二、工艺要求：外圈錾刻寿字纹，内圈刻“百岁安康”四字及含银量印记。
三、交货时间：2025年10月10日前。
四、报价方式：请于8月20日前将报价单发送至邮箱yxlnxh@yxln.org.cn，或送至县老年人协会办公室。
联系人：郝静宜　电话：0717-4419082
旖溪县老年人协会
2025年8月5日
""",
    ),
]

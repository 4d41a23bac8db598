"""holdout196, part F: encyclopaedias, cloud-drive shares, search caches, print views and
forwarded mails. Invented text (subjects: ice-cube trays, oven mitts, lint rollers, door
peepholes, tyre pumps); see ../README.md and ../build.py.
"""

CASES = [
    dict(
        slug="wiki-gewu-entry-ice-tray-infobox-h1",
        site="格物百科 (invented)",
        style="百科问答",
        genre="词条",
        kind="other",
        form="html",
        source="https://baike.gewu.example.org/item/冰格/30418",
        title="冰格",
        record_title=None,
        date=None,
        notes="no record title: the entry name is the page's <h1> (a one-word label also in the body, matched as "
        "head); infobox, contents box, edit/discuss/history tabs, references and a last-edit stamp (no date)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>格物百科 - 人人可编辑的知识库</title></head>
<body>
<div class="top">⟦m 格物百科⟧<input placeholder="搜索词条"><a>⟦a 进入词条⟧</a><a>⟦a 创建词条⟧</a></div>
<div class="tabs">⟦a 编辑　讨论　历史版本⟧</div>
<h1>{T}</h1>
<div class="tags">⟦m 日用品 · 厨房用具⟧</div>
<table class="infobox">
<tr><td>⟦m 中文名：冰格⟧</td><td>⟦m 外文名：ice cube tray⟧</td></tr>
<tr><td>⟦m 常见材质：硅胶、塑料、不锈钢⟧</td><td>⟦m 用途：冷冻制冰⟧</td></tr>
</table>
<div class="toc">⟦l 目录　1 简介　2 材质　3 使用与保养⟧</div>
<div class="entry">
{BODY}
</div>
<div class="ref">⟦l 参考资料：[1] 家庭厨房用具使用手册[M]. 簠城：簠城科技出版社⟧</div>
<div class="stat">⟦m 浏览次数：5802　编辑次数：7次　最近更新：格物用户_ice 于 2 天前⟧</div>
<div class="ft">⟦d 格物百科词条内容由网友共同编辑，仅供参考，如有错误欢迎指正⟧</div>
</body></html>
""",
        p_html="<p>{}</p>",
        body="""
冰格是一种用于在冰箱冷冻室中制作冰块的容器，通常由若干个大小相同的小格组成，注水冷冻后即可得到形状一致的冰块。
材质
早期的冰格多为铝制，配有可抽出的隔板；后来塑料冰格逐渐普及。目前市面上常见的是硅胶冰格，质地柔软，按压底部即可取出冰块。
使用与保养
冰格应使用凉白开或纯净水制冰，每次使用后清洗晾干。硅胶冰格首次使用前宜用沸水烫洗，塑料冰格不宜用沸水烫洗。冷冻时最好加盖，以免冰块吸附冷冻室内其他食物的气味。
""",
    ),
    dict(
        slug="wiki-zhishishu-entry-oven-mitts-decorated",
        site="知识树百科 (invented, text)",
        style="百科问答",
        genre="词条",
        kind="other",
        form="text",
        source="http://www.zhishishu.example.net/wiki/geresh_shoutao",
        title="隔热手套",
        record_title="隔热手套 - 百科词条 - 知识树",
        date=None,
        notes="decorated record title (entry name with a site suffix); an entry with section headings and an "
        "infobox in lines; an edit/cite row; a 'last revised' stamp (no date)",
        page="""
!m 知识树百科 ▸ 生活 ▸ 厨房用品
{T}
!a [编辑]　[引用本词条]　[纠错]
!m 中文名：隔热手套｜类别：防护用品｜相关词条：防烫围裙、烤箱
{BODY}
!m 本词条最后修订于 6 天前，共 4 位贡献者
!l 相关词条：烤盘　隔热垫　防烫夹
!d 词条内容仅供参考，不构成专业建议
""",
        body="""
隔热手套，是用于接触高温物品时保护手部、防止烫伤的手套，常用于家庭厨房、餐饮后厨、烘焙以及玻璃、冶金等高温作业场所。
种类
按材质分，常见的有棉布隔热手套、硅胶隔热手套、芳纶隔热手套和铝箔隔热手套等。家用多为棉布或硅胶材质，工业用多为芳纶、铝箔等耐高温材料。
使用注意
隔热手套受潮后隔热性能明显下降，应保持干燥；出现破损、变薄、硬化时应及时更换。不同手套的耐温范围不同，使用前应查看产品标注的耐温等级。
""",
    ),
    dict(
        slug="netdisk-qizhou-rule-shop-cleaning-wps-markers",
        site="轻舟网盘 (invented, cloud-drive preview)",
        style="网盘分享",
        genre="制度",
        kind="other",
        form="html",
        source="https://pan.qingzhou.example.com/s/1Kx9vT3mQ#preview",
        title="锦衣坊服饰门店陈列与清洁管理办法",
        record_title="锦衣坊服饰门店陈列与清洁管理办法.wps",
        date="2025-02-10",
        notes="file-name record title; a cloud-drive preview: file info (size, sharer, expiry), save/download "
        "buttons, page markers ☗n☗ as paragraphs cutting sentences; 第N条 articles; the company's 印发 date at the end",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>锦衣坊服饰门店陈列与清洁管理办法.wps_免费高速下载|轻舟网盘</title></head>
<body>
<div class="nav">⟦m 轻舟网盘⟧<a>⟦a 登录⟧</a><a>⟦a 注册送 2T 空间⟧</a></div>
<div class="file-hd"><h2>⟦t 锦衣坊服饰门店陈列与清洁管理办法.wps⟧</h2>
<p>⟦m 分享者：店务部-阿秋　文件大小：31.2 KB　分享时间：2025-02-14 18:02　有效期：永久⟧</p>
<div class="btns"><a>⟦a 保存到我的网盘⟧</a><a>⟦a 普通下载⟧</a><a>⟦a 超级会员极速下载⟧</a></div></div>
<div class="preview-box">
{BODY}
</div>
<div class="tip">⟦a 在线预览仅显示部分内容，完整文件请下载后查看⟧</div>
<div class="ft">⟦d 请勿分享违法违规内容，发现请举报⟧　⟦m © 轻舟网盘　沪ICP备2021022087号⟧</div>
</body></html>
""",
        p_html='<div class="pv-line">{}</div>',
        pages=dict(fmt="☗{n}☗", every=140, start=2),
        body="""
第一条　为统一各门店陈列标准，保持商品和店面整洁，制定本办法。
第二条　门店每日开门营业前，店长应组织店员完成地面、试衣间、收银台的清洁，并检查陈列商品的整洁情况。
第三条　深色外套、针织衫、西装等易沾毛絮的商品，上架前和每日营业前应使用粘毛器清理表面浮毛、线头，试穿后退回的商品应重新清理后再上架。
第四条　每个门店应配备粘毛器不少于3个，替换粘纸由门店按月申领，不得用胶带代替。
第五条　区域督导每周对门店陈列和清洁情况进行一次检查，检查结果纳入门店月度考核。
第六条　本办法自印发之日起施行。
锦衣坊服饰有限公司店务部
2025年2月10日
""",
    ),
    dict(
        slug="netdisk-yunxia-plan-rental-safety-peephole-docx-glued-markers",
        site="云匣分享 (invented, cloud-drive text share)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="text",
        source="https://share.yunxia.example.cn/f/8e2Lq0ZpA",
        title="城西街道出租屋安全隐患排查整治工作方案",
        record_title="城西街道出租屋安全隐患排查整治工作方案（定稿）.docx",
        date="2025-05-06",
        notes="file-name record title; a cloud-drive text share: file line with a share stamp, an extraction code, "
        "save/download prompts; page markers ⩹n⩺ glued to the continuation or on their own line; a check table "
        "one row a paragraph; 成文日期 under the signature",
        indent="\u3000\u3000",
        pages=dict(fmt="⩹{n}⩺", every=95, start=2, glue="mix"),
        page="""
!m 云匣分享 · 文件分享
!t 城西街道出租屋安全隐患排查整治工作方案（定稿）.docx
!m 41.6KB　｜　分享于 2025-05-08　｜　提取码：7q2m
!a 保存到云匣　　下载（需登录）
{BODY}
!a 预览仅支持前3页，更多内容请下载原文件
!d 分享内容由用户上传，云匣不对其内容负责
""",
        body="""
为切实消除辖区出租屋安全隐患，保障承租人生命财产安全，街道决定自5月中旬起开展出租屋安全隐患排查整治工作，制定本方案。
一、排查范围和时间
辖区内所有出租屋，重点是城中村自建房和群租房。排查从5月15日开始，6月30日前完成，7月进行抽查复核。
二、工作要求
各社区要组织网格员逐户排查、建立台账，发现隐患当场告知房东限期整改；对门镜可从外部拆卸的，督促房东在两周内更换防撬门镜。对拒不整改的，由街道联合派出所、消防救援站上门督办。
三、排查内容
检查项目　检查要点
消防设施　灭火器、烟感报警器是否配备有效
电气线路　有无私拉乱接、电动车入户充电
门锁门镜　入户门锁是否完好，门镜能否从外部拆卸，是否加装防护盖
城西街道办事处
2025年5月6日
""",
    ),
    dict(
        slug="snapshot-xunye-rule-cssd-mitts-frame-highlight",
        site="寻页搜索快照 (invented, search-cache frame)",
        style="搜索快照",
        genre="制度",
        kind="other",
        form="html",
        source="http://cache.xunye.example.com/c?u=http%3A%2F%2Fwww.yhzyy.example.org%2Fzd%2F221.html&k=隔热手套",
        title="消毒供应中心高温作业防护规定",
        record_title="消毒供应中心高温作业防护规定_卣湖县中医医院 - 网页缓存",
        date=None,
        notes="a search cache: the snapshot banner with the original address, crawl time and highlighted search "
        "terms above a framed copy of a hospital page; 第N条 articles; no date (a rule; the crawl stamp is no date)",
        page="""
<html><head><meta charset="utf-8"><title>消毒供应中心高温作业防护规定_卣湖县中医医院 - 网页缓存</title></head>
<body>
<div class="cache-banner">
<p>⟦d 这是寻页搜索对 http://www.yhzyy.example.org/zd/221.html 的缓存，是网页在 2025年9月3日 07:15 被抓取时的样子。⟧</p>
<p>⟦d 当前页面可能已经更改，请点击这里查看最新页面。⟧</p>
<p>⟦m 已为您标出以下关键词：隔热手套 高温⟧</p></div>
<div class="frame">
<div class="hd">⟦m 卣湖县中医医院⟧　⟦m 首页 | 医院概况 | 护理园地 | 规章制度⟧</div>
<h3>{T}</h3>
<div class="meta">⟦m 所属栏目：规章制度　点击：77⟧</div>
{BODY}
<div class="ft">⟦m 卣湖县中医医院 地址：卣湖县东风路52号⟧</div>
</div>
</body></html>
""",
        p_html="<p>{}</p>",
        body="""
第一条　为防止消毒供应中心工作人员在高温作业中发生烫伤，制定本规定。
第二条　从压力蒸汽灭菌器中取出灭菌物品时，必须佩戴隔热手套，并待灭菌器门完全打开、蒸汽散尽后再操作。
第三条　隔热手套应选用耐温150℃以上、五指分开的款式，每个灭菌器旁至少放置两副。
第四条　隔热手套沾湿后不得继续使用，应晾干或更换；出现破损、变硬的，由护士长登记报废。
第五条　发生烫伤时，应立即用流动冷水冲洗患处，并报告护士长，必要时到烧伤科就诊。
""",
    ),
    dict(
        slug="snapshot-souluo-notice-bus-stop-pumps-text-wrapped",
        site="搜罗搜索 (invented, text-only cache)",
        style="搜索快照",
        genre="公告",
        kind="notice",
        form="text",
        source="http://kuaizhao.souluo.example.cn/text?id=5c0e88a1&q=公共自行车+打气",
        title="关于在城区公交站点设置公共自行车打气点的公告",
        record_title="快照｜关于在城区公交站点设置公共自行车打气点的公告",
        date="2025-09-01",
        notes="a text-only cache hard-wrapped at 64 columns: a cache banner with a crawl time, the original "
        "address and a 'text only' note; the bureau's own 联系电话 kept; 成文日期 under the signature",
        wrap=64,
        indent="\u3000\u3000",
        page="""
!d 搜罗快照　纯文本模式　抓取于 2025-09-06 22:41:09
!m 原网页：http://jtj.bucheng.example.gov.cn/tzgg/20250901/1142.html
!d 本快照仅保留文字内容，与原网页无关，若有不符以原网页为准
{T}
{BODY}
!m 簠城市交通运输局 主办　网站标识码 4301000044
""",
        body="""
为方便市民骑行出行，市交通运输局决定在城区30个公共自行车和公交换乘站点设置公共打气点，现将有关事项公告如下：
一、打气点设在公交站台一侧的公共自行车停放区内，每处安装立式打气筒一台，配美式、法式气嘴，免费使用。
二、打气点由市公共交通集团负责日常维护，每周巡检一次；设施损坏的，市民可通过站牌上的服务电话报修。
三、请市民文明使用，不得拆卸、损坏打气设施，用后请将气管挂回原处。
联系电话：0731-8825 1346（市交通运输局运输服务科）
簠城市交通运输局
2025年9月1日
""",
    ),
    dict(
        slug="print-hotel-rule-ice-room-window-print",
        site="卣湖宾馆内部网站 (invented, print view)",
        style="打印页",
        genre="制度",
        kind="other",
        form="html",
        source="http://www.yhbg-hotel.example.com/gl/zhidu/print.aspx?id=63",
        title="餐饮部制冰间卫生管理制度",
        record_title="[适合打印] 餐饮部制冰间卫生管理制度",
        date=None,
        notes="a print view that calls window.print(): print header with the site name and a print stamp, a "
        "print/close button row, a print footer ◆ 第 1 页 · 共 1 页 ◆; numbered articles; no date",
        page="""
<html><head><meta charset="utf-8"><title>[适合打印] 餐饮部制冰间卫生管理制度</title>
<script>window.onload=function(){window.print();}</script>
<style>@media print{.noprint{display:none}}</style></head>
<body>
<div class="noprint">⟦a [ 打印 ]　[ 关闭 ]⟧</div>
<div class="ph">⟦m 卣湖宾馆 · 管理制度汇编⟧　⟦m 打印于 2025-08-02 10:26⟧</div>
<h2>{T}</h2>
{BODY}
<div class="pf">⟦p ◆ 第 1 页 · 共 1 页 ◆⟧</div>
<div class="url">⟦m 页面地址：http://www.yhbg-hotel.example.com/gl/zhidu/show.aspx?id=63⟧</div>
</body></html>
""",
        p_html="<p>{}</p>",
        body="""
一、制冰间由餐饮部酒水组专人管理，非工作人员不得入内。
二、制冰机每周清洗消毒一次，滤芯按说明书规定期限更换，清洗、换芯情况记入登记表。
三、冰格、冰铲、冰桶为制冰专用工具，使用后清洗消毒并放入专用保洁柜，不得挪作他用。冰铲不得插放在冰块中。
四、用冰格制作的冰球、大方冰应加盖冷冻，标明制作日期，存放不超过三天。
五、制冰间严禁存放食品原料和杂物，工作人员进入时应洗手、戴口罩。
""",
    ),
    dict(
        slug="print-apartment-notice-peephole-covers-print-stamp",
        site="簠城青年人才公寓服务中心 (invented, print view text)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.bcrcgy.example.cn/tzgg/print/0318.html",
        title="关于为公寓入户门统一加装门镜防窥盖的通知",
        record_title="打印版 · 关于为公寓入户门统一加装门镜防窥盖的通知",
        date="2025-03-18",
        notes="decorated record title; a print view: site line, print stamp and page address at the top, a print "
        "footer 〔1／1〕 and a close link at the bottom; the centre's own 联系电话 kept; 成文日期",
        page="""
!m 簠城青年人才公寓服务中心
!m 打印时间：2025-03-25 14:07
!m 本页地址：https://www.bcrcgy.example.cn/tzgg/0318.html
{T}
{BODY}
!p 〔1／1〕
!a 关闭本页
""",
        body="""
各位住户：
近期有住户反映，公寓入户门门镜可从门外反向窥视室内。为保护住户隐私，中心决定为全部公寓入户门统一加装门镜防窥盖，现将有关事项通知如下：
一、安装时间：3月24日至4月4日，每天9:00—17:30，按楼栋顺序进行。
二、防窥盖安装在门镜内侧，不看门外时合上即可，安装费用由中心承担。
三、安装时需住户在家或委托他人在场，不便的住户请提前与中心预约其他时间。
联系电话：0731-8836 2210（公寓服务中心前台）
簠城青年人才公寓服务中心
2025年3月18日
""",
    ),
    dict(
        slug="mail-webmail-letter-lint-roller-inquiry-attachment-bar",
        site="燕语邮 (invented, webmail reading view)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.yanyu.example.com/read?mid=ZL0928-44617&fid=1",
        title="关于采购粘毛器及替换粘纸的询价函",
        record_title="Fwd: 关于采购粘毛器及替换粘纸的询价函",
        date="2025-09-26",
        date_also=["2025-09-28"],
        notes="a webmail reading view: folder list, mail header (from/to/date/subject) and an attachment bar; "
        "the letter's own 附件 list and contacts kept; the mail's send date (also accepted) differs from the "
        "letter's date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Fwd: 关于采购粘毛器及替换粘纸的询价函 - 燕语邮</title></head>
<body>
<div class="side">⟦m 收件箱(12)　星标邮件　已发送　草稿箱　垃圾邮件⟧</div>
<div class="toolbar">⟦a 回复　回复全部　转发　删除　标记为未读⟧</div>
<div class="mail-hd">
<h2>⟦t Fwd: 关于采购粘毛器及替换粘纸的询价函⟧</h2>
<p>⟦m 发件人：采购部 许丹 &lt;xudan@jinlun-tex.example.com&gt;⟧</p>
<p>⟦m 收件人：sales@jingsi-daily.example.cn⟧</p>
<p>⟦m 时　间：2025年9月28日(星期日) 上午9:41⟧</p></div>
<div class="fwd">⟦m ---------- 转发的邮件 ----------⟧</div>
<div class="mail-bd">
{BODY}
</div>
<div class="att">⟦a 附件（1 个）询价单.xlsx 14.2K　下载　预览　存网盘⟧</div>
<div class="ft">⟦m 燕语邮 — 您的随身邮箱⟧</div>
</body></html>
""",
        p_html="<div>{}</div>",
        body="""
琏湾净丝日用品有限公司：
我公司成品车间因生产需要，拟采购一批粘毛器及替换粘纸，现向贵公司询价，具体要求如下：
一、采购内容：工业用粘毛器（粘纸宽度不小于16厘米）60套，替换粘纸600卷。
二、质量要求：粘纸黏性适中，撕取后不残胶，不得在针织面料上留下胶痕。
三、报价要求：请于10月10日前将含税报价、交货期及样品寄送我公司采购部。
联系人：许丹　电话：0738-2261 5509　邮箱：xudan@jinlun-tex.example.com
附件：询价单
锦纶纺织集团有限公司采购部
2025年9月26日
""",
    ),
    dict(
        slug="mail-fwd-request-canteen-mitts-cc-headers",
        site="学校邮件系统 (invented, forwarded mail text)",
        style="邮件转发",
        genre="请示",
        kind="other",
        form="text",
        source="mailto:zwc@hxez.example.edu.cn#fwd-20251017",
        title="关于为学校食堂增配隔热手套等防护用品的请示",
        record_title="转发：关于为学校食堂增配隔热手套等防护用品的请示",
        date="2025-10-16",
        date_also=["2025-10-17"],
        notes="a forwarded mail: the forwarder's note, a header block with its own 抄送 line (chrome) and the "
        "request's own 抄送 line in the body (kept); the mail date (also accepted) one day after the request's "
        "date; an items table; a mail signature and a confidentiality footer",
        page="""
!m 发件人：盉溪县第二中学总务处 <zwc@hxez.example.edu.cn>
!m 收件人：校长办公室 <xzb@hxez.example.edu.cn>
!m 抄送：财务室 <cws@hxez.example.edu.cn>
!m 发送时间：2025-10-17 08:52
!t 主题：转发：关于为学校食堂增配隔热手套等防护用品的请示
!m 王校长：请示全文如下，附件为报价单，请审阅。——总务处 欧阳军
!m -------- 原始邮件 --------
{BODY}
!m ——
!m 盉溪县第二中学总务处　内线 8016
!d 本邮件仅供收件人使用，如误收请删除并告知发件人。
""",
        body="""
学校：
学校食堂现有蒸柜4台、烤箱2台，目前配备的隔热手套多为棉布材质，已使用两年以上，部分磨损严重。上月有一名厨师在取蒸盘时手部被烫伤。为保障从业人员安全，拟增配以下防护用品：
品名　数量　预算（元）
硅胶隔热手套　12副　960
防烫围裙　8件　480
合计　　1440
所需经费拟从学校后勤维修经费中列支。
妥否，请批示。
盉溪县第二中学总务处
2025年10月16日
抄送：学校财务室
""",
    ),
]

"""holdout214, part F: 公考论坛 (text), 百科问答, 网盘分享, 搜索快照, 打印页, 邮件转发 (one HTML and one text case each).

Every page, site, place, person, number and URL here is invented; see ../README.md and ../build.py.
"""

CASES = [
    dict(
        slug="gkforum-gongkao-yizhan-essay-fair-scale-junk",
        site="公考驿站 (invented civil-service-exam forum)",
        style="公考论坛",
        genre="申论",
        kind="other",
        form="text",
        source="https://bbs.gkyizhan.example.net/forum.php?mod=viewthread&tid=51802",
        title="一台公平秤，称出民心向背",
        record_title="〔申论范文〕一台公平秤，称出民心向背（求拍砖轻点）- 申论天地 - 公考驿站",
        date=None,
        notes="exam forum as text: a 申论 essay with junk lines and junk glued after 。; an essay-marking ad, a reply-to-see "
        "prompt; relative post time (no date)",
        page="""
!m 公考驿站 — 一起备考，一起上岸
!m 公考驿站 › 申论天地 › 大作文练笔
!t 〔申论范文〕一台公平秤，称出民心向背（求拍砖轻点）- 申论天地 - 公考驿站
!m 楼主：鹿鸣呦呦　发表于 2 小时前　只看该作者
{BODY}
!a 回复本帖可见阅卷老师的批改意见
!w 申论精批：一篇39元，24小时返稿，加微信 gkyz_pigai
!l 沙发　上岸进行时：结构很清楚，分论点可以再凝练一点
!m 公考驿站　Powered by Discuz!
""",
        junk=dict(lines=2, glued=2),
        body="""
在不少农贸市场门口，都立着一台不起眼的公平秤。它不收费、不说话，却像一面镜子，照出市场的诚信，也照出治理的温度。
公平秤称的是斤两，守的是诚信。短斤少两看似是几两菜、几钱肉的小事，伤害的却是群众对市场的信任。一台准确的电子秤，让买卖双方都吃下“定心丸”，是市场秩序最朴素的基石。
公平秤的背后，是监管的担当。近年来，各地市场监管部门开展电子秤免费检定，严查遥控作弊秤，让“鬼秤”无处藏身。监管越到位，公平秤就越“清闲”，这才是治理的理想状态。
公平秤更称出了民心向背。群众心里也有一杆秤，称的是干部作风，量的是为民实效。只有把群众的小事当成自己的大事，才能赢得群众的真心拥护。
""",
    ),
    dict(
        slug="wiki-zhijia-wireless-microphone-entry-h1",
        site="知家百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://baike.zhijia.example.com/item/无线话筒/30917",
        title="无线话筒",
        record_title=None,
        date=None,
        notes="an encyclopaedia entry: no record title (the <h1>, a one-word title that opens the body, matched as head), "
        "edit/discuss/history tabs, an infobox, a contents box, reference markers glued after 。 and an edit link glued to a "
        "section heading; the last-edit stamp is no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>知家百科</title>
<link rel="stylesheet" href="/static/wiki.css">
<script src="/static/wiki.js"></script>
</head><body>
<div class="wiki-top">⟦m 知家百科 · 家里的事，百科都知道⟧　⟦a <a>创建词条</a> <a>个人中心</a>⟧</div>
<div class="tabs">⟦a 词条　讨论　编辑　历史版本⟧</div>
<h1>{T}</h1>
<div class="lemma-desc">⟦m 音频设备⟧</div>
<div class="infobox"><table>
<tr><td>⟦m 中文名：无线话筒⟧</td></tr>
<tr><td>⟦m 外文名：Wireless Microphone⟧</td></tr>
<tr><td>⟦m 常见频段：UHF、2.4GHz⟧</td></tr>
<tr><td>⟦m 主要类型：手持式、领夹式、头戴式⟧</td></tr></table></div>
<div class="catalog"><h4>⟦l 目录⟧</h4><p>⟦l 1 工作原理　2 主要类型　3 使用注意⟧</p></div>
<div class="para">
{BODY}
</div>
<div class="refs"><h4>⟦l 参考资料⟧</h4><p>⟦l 1.《音频设备使用手册》，知家出版部⟧</p><p>⟦l 2. 无线话筒频率使用常识，犨城市无线电监测站⟧</p></div>
<div class="lemma-foot">⟦m 本词条最近更新：3 周前　编辑次数 18 次⟧</div>
<div class="foot">⟦d 知家百科内容由网友共同编辑，如有错误欢迎指正⟧　⟦m © 2025 知家百科⟧</div>
</body></html>
""",
        body="""
无线话筒是一种通过无线电波传送声音信号的话筒，由话筒发射器和接收机两部分组成，广泛用于会议、演出、教学和广播等场合。⟦l [1]⟧
工作原理⟦a ［改写本节］⟧
话筒把声音转换为电信号，发射器将其调制到一定频率的载波上发射出去，接收机接收后还原为音频信号，送入调音台或扩音设备。
主要类型
按使用方式可分为手持式、领夹式和头戴式三种。手持式适合主持和演唱，领夹式、头戴式适合授课和演讲，可以解放双手。
使用注意
多只无线话筒同时使用时，应为每只话筒设置不同的频点，避免互相串音；使用前检查电池电量；话筒不要靠近扬声器，防止产生啸叫。⟦l [2]⟧
""",
    ),
    dict(
        slug="wiki-zhijia-shoe-cabinet-entry-text",
        site="知家百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="https://baike.zhijia.example.com/item/鞋柜/11824",
        title="鞋柜",
        record_title="鞋柜（家居收纳家具）_知家百科",
        date=None,
        notes="an encyclopaedia entry as text: a decorated one-word title; tabs, a summary box, a contents box, reference "
        "markers glued after 。; no date",
        page="""
!m 知家百科
!a 编辑　｜　讨论　｜　历史版本　｜　收藏词条
!t 鞋柜（家居收纳家具）_知家百科
!m 浏览 12,774　｜　编辑 9 次
!l 目录：1 简介　2 常见类型　3 选购与摆放
{BODY}
!l 参考资料：1.《家具收纳设计》；2.《住宅设计规范》相关条文解读
!l 词条标签：家具　收纳　玄关
!d 本词条内容仅供参考，如需专业意见请咨询相关专业人士
""",
        body="""
鞋柜是用于存放鞋子的柜类家具，一般摆放在住宅入户玄关处，兼具收纳、换鞋和装饰等功能。⟦l [1]⟧
常见类型
按开启方式可分为平开门鞋柜、翻斗鞋柜和推拉门鞋柜。翻斗鞋柜深度较小，一般在17至24厘米之间，适合玄关狭窄的住宅；平开门鞋柜容量较大，可放置靴子等较高的鞋。
选购与摆放
选购时应注意板材的环保等级和柜体的透气性，底部宜留出通风孔，防止鞋子受潮发霉。鞋柜应放在户内，不宜摆放在公共楼道内，以免占用疏散通道。⟦l [2]⟧
""",
    ),
    dict(
        slug="netdisk-feiyun-sewing-maintenance-notice-pdf-markers",
        site="飞云盘 (invented cloud drive)",
        style="网盘分享",
        genre="通知",
        kind="notice",
        form="html",
        source="https://pan.feiyunpan.example.com/s/1qXk8RmZ",
        title="关于做好缝纫设备春季保养工作的通知",
        record_title="关于做好缝纫设备春季保养工作的通知.pdf",
        date="2025-03-05",
        notes="a cloud-drive preview of a .pdf: VIP prompts, marker paragraphs ⏆ p.n ⏆ between the halves of cut paragraphs, "
        "a share-expiry line (no date); the 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于做好缝纫设备春季保养工作的通知.pdf_免费高速下载|飞云盘</title>
<link rel="stylesheet" href="//s.feiyunpan.example.com/share/pc.css">
<script src="//s.feiyunpan.example.com/share/pdfview.js"></script>
</head><body>
<div class="hd">⟦m 飞云盘⟧　⟦a 下载客户端⟧　⟦a 开通超级会员⟧　⟦a 登录⟧</div>
<div class="share-info"><h2>{T}</h2>
<p>⟦m 分享者：华缝设备科　｜　大小 214KB　｜　有效期：剩余 6 天⟧</p>
<p>⟦a 保存到我的飞云盘⟧　⟦a 普通下载⟧　⟦a 会员极速下载⟧</p></div>
<div class="pdf-view">
{BODY}
</div>
<div class="vip-tip">⟦a 非会员仅可预览前3页，开通超级会员查看全部⟧</div>
<div class="ft">⟦d 请勿通过飞云盘分享违法违规内容，举报邮箱 jubao@feiyunpan.example.com⟧<br>⟦m © 2025 飞云盘⟧</div>
</body></html>
""",
        p_html='<div class="pdf-line">{}</div>',
        pages=dict(fmt="⏆ p.{n} ⏆", every=90, start=2),
        body="""
各车间、设备科：
春季空气潮湿，缝纫设备容易出现电机受潮、针杆生锈、皮带打滑等问题。为保证生产旺季设备正常运转，现就做好缝纫设备春季保养工作通知如下。
一、全面清洁。各车间于3月15日前对全部平缝机、包缝机进行一次清洁，清除机头内的线头、布屑和旧油污。
二、加油润滑。按设备说明书要求在各油孔加注缝纫机专用油，严禁使用其他油品代替；自动供油机型检查油窗油位。
三、检查电气。设备科对电机、电控箱和电源线逐台检查，发现绝缘老化的及时更换，并做好记录。
四、建立台账。保养完成后由车间主任签字确认，设备科汇总后报生产部。
华缝服饰有限公司生产部
2025年3月5日
""",
    ),
    dict(
        slug="netdisk-nas-router-replacement-plan-docx-wrapped",
        site="星联私有云分享页 (invented NAS share)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="text",
        source="http://nas.xinglian.example.local:5000/sharing/Rk82mQp",
        title="门店路由器统一更换工作实施方案",
        record_title="门店路由器统一更换工作实施方案.docx",
        date="2024-11-20",
        notes="a NAS share page's text preview of a .docx hard-wrapped at 66 columns; a link-expiry line and a download-count "
        "line; the 成文日期 under the signature",
        page="""
!m 星联私有云 · 文件分享
!t 门店路由器统一更换工作实施方案.docx
!m 分享人：运维部　链接有效期至：7 天后
!a 下载　　另存到我的云盘　　在线预览
{BODY}
!m 已下载 37 次
!d 本链接仅限公司内部人员使用，请勿外传
""",
        wrap=66,
        indent="\u3000\u3000",
        body="""
为解决门店网络设备老化、故障频发的问题，公司决定于2024年12月至2025年2月对全市门店路由器进行统一更换。为确保工作有序推进，制定本方案。
一、更换范围。使用满5年或型号已停产的门店路由器，共计1120台，清单由运维部另行下发。
二、实施步骤。（一）12月上旬完成设备招标和批量配置；（二）12月中旬至次年1月底分片区上门更换，每日不超过20家门店，避开营业高峰；（三）2月完成旧设备回收、数据清除和报废登记。
三、工作要求。更换前要备份原设备配置，更换后现场测试收银和监控系统，门店店长签字确认；旧路由器一律恢复出厂设置后再回收，严禁私自处置。
运维部
2024年11月20日
""",
    ),
    dict(
        slug="snapshot-langkou-school-shoe-cabinets-frame",
        site="搜寻引擎快照 of 塱口镇中心小学 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://cache.soxun.example.com/c?u=langkou-xx.example.edu.cn/tz/0228.html",
        title="关于启用教学楼学生鞋柜的通知",
        record_title="快照 ⇢ 关于启用教学楼学生鞋柜的通知_塱口镇中心小学",
        date="2025-02-26",
        notes="a search-snapshot frame: a capture banner with its capture time (no date), highlighted terms; the school's "
        "own header and footer inside; the school office's phone beside the notice's own contact; the 成文日期",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>快照 ⇢ 关于启用教学楼学生鞋柜的通知_塱口镇中心小学</title>
<style>.hl{background:#ff0}</style>
</head><body>
<div class="snap-banner"><p>⟦d 搜寻快照：本页为 2025-03-04 07:16 抓取的副本，原网页可能已更改⟧</p>
<p>⟦d 已为您标出以下检索词：<span class="hl">学生</span> <span class="hl">鞋柜</span>⟧　⟦a 访问原网页⟧</p></div>
<div class="orig">
<div class="school-head">⟦m 塱口镇中心小学⟧　⟦m 崇德 尚美 乐学⟧</div>
<div class="school-nav">⟦m <a>首页</a> <a>学校概况</a> <a>德育园地</a> <a>通知公告</a> <a>家校共育</a>⟧</div>
<h2>{T}</h2>
<p class="meta">⟦m 发布者：学校办公室　发布时间：2025-02-27⟧</p>
{BODY}
<div class="school-foot">⟦m 学校办公室电话：0739-6631002⟧　⟦m 地址：塱口镇学府路9号⟧</div>
</div>
</body></html>
""",
        date_also=["2025-02-27"],
        body="""
各班班主任、各位家长：
为保持教室整洁，养成良好卫生习惯，学校在教学楼各楼层走廊安装了学生鞋柜，每名学生一格，本学期起启用。现将有关事项通知如下：
1.学生进入教室前在走廊换穿室内鞋，室外鞋放入本人鞋柜，格门上贴有班级和姓名。
2.室内鞋请家长准备软底、防滑的布鞋或运动鞋，并写上孩子的名字。
3.各班每周五安排值日生擦拭鞋柜，班主任检查；学生不得在鞋柜内存放食品和贵重物品。
4.鞋柜如有损坏，请告知班主任，由总务处统一维修。
联系人：总务处 俞老师，电话：0739-6631018。
塱口镇中心小学
2025年2月26日
""",
    ),
    dict(
        slug="snapshot-text-zhangnan-archives-microphone-request",
        site="无图快照 of 鄣南县档案馆 (invented)",
        style="搜索快照",
        genre="请示",
        kind="other",
        form="text",
        source="http://cache.soxun.example.com/text?u=danan-daj.example.gov.cn/xxgk/0415",
        title="关于购置会议室无线话筒系统的请示",
        record_title="关于购置会议室无线话筒系统的请示_鄣南县档案馆 · 无图快照",
        date="2025-04-15",
        notes="a text-only cache: a capture banner (no date), a 文号 line under the title (neutral), the archive's site lines; "
        "the 成文日期 under the signature",
        page="""
!d 〔无图快照〕 以下为网页的纯文字版本，抓取时间 2025-05-20 03:41
!a 查看原网页　|　查看带图快照
!m 鄣南县档案馆　>　信息公开　>　请示报告
{T}
鄣档〔2025〕9号
{BODY}
!m 鄣南县档案馆　版权所有　地址：鄣南县府前街3号
""",
        body="""
县财政局：
我馆现有会议室承担档案业务培训、查档接待和馆内会议等任务，原有有线话筒系统于2012年安装，线路老化严重，近一年来多次出现断音、啸叫，影响会议和培训效果。
为保障工作正常开展，拟购置会议室无线话筒系统一套，包括无线主席话筒1只、列席话筒12只、接收主机1台及配套线材，经市场询价，预算约3.6万元。
妥否，请批示。
联系人：郚晓梅，电话：0738-4412026。
鄣南县档案馆
2025年4月15日
""",
    ),
    dict(
        slug="print-zhangnan-letter-mic-interference-window-print",
        site="鄣南县档案馆 (invented) — print view",
        style="打印页",
        genre="函",
        kind="letter",
        form="html",
        source="http://danan-daj.example.gov.cn/xxgk/hj/print.jsp?id=2025-0506",
        title="关于商请协助检测无线话筒频段干扰的函",
        record_title="打印就绪｜关于商请协助检测无线话筒频段干扰的函",
        date="2025-05-06",
        notes="a print view calling window.print(): a print-time line and the page address (no dates as such), a print/close "
        "row, a print footer ⏍ 第1页 丨 共1页 ⏍; the letter's own contact; the 成文日期",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>打印就绪｜关于商请协助检测无线话筒频段干扰的函</title>
<style>@media print{.noprint{display:none}}</style>
<script>window.onload=function(){window.print();}</script>
</head><body class="print">
<div class="noprint">⟦a [立即打印]　[关掉本窗口]⟧</div>
<div class="p-head">⟦m 鄣南县档案馆门户网站⟧</div>
<div class="p-url">⟦m 网页地址：http://danan-daj.example.gov.cn/xxgk/hj/2025-0506.html⟧</div>
<h2>{T}</h2>
<div class="p-body">
{BODY}
</div>
<div class="p-time">⟦m 打印于：2025-05-12 16:03⟧</div>
<div class="p-foot">⟦p ⏍ 第1页 丨 共1页 ⏍⟧</div>
</body></html>
""",
        body="""
犨城市无线电监测站：
我馆新购置的会议室无线话筒系统于4月底安装调试，使用中发现每天上午9时至11时前后，部分话筒会间歇出现杂音和断音，更换频点后仍未明显改善。经厂家初步排查，怀疑周边存在同频段信号干扰。
为保证会议和培训正常进行，特商请贵站派员协助检测我馆周边无线电频段使用情况，帮助查明干扰来源。
联系人：郚晓梅，电话：0738-4412026，邮箱：dangan_zn@example.gov.cn。
鄣南县档案馆
2025年5月6日
""",
    ),
    dict(
        slug="print-ziyang-bulletin-sewing-workshops-power-safety",
        site="鄑阳县应急管理局 (invented) — print view",
        style="打印页",
        genre="通报",
        kind="notice",
        form="text",
        source="http://yjj.ziyang.example.gov.cn/tzgg/print/2025-0618.html",
        title="关于服装加工小作坊缝纫机用电安全检查情况的通报",
        record_title="打印排版｜关于服装加工小作坊缝纫机用电安全检查情况的通报 - 鄑阳县应急管理局",
        date="2025-06-16",
        notes="a print view as text: a 文号 line (neutral), a problems table, 抄送 and 印发 lines in the body; print-time line; "
        "a print footer ⏂ 页 1 ／ 1 ⏂ closes the page",
        page="""
!a 打印　关闭
!m 鄑阳县应急管理局
!t 打印排版｜关于服装加工小作坊缝纫机用电安全检查情况的通报 - 鄑阳县应急管理局
鄑应急〔2025〕33号
{BODY}
!m 打印时间：2025-06-20 10:12:47
!p ⏂ 页 1 ／ 1 ⏂
""",
        indent="\u3000\u3000",
        body="""
各乡镇人民政府，县直有关单位：
5月下旬至6月上旬，县安委办组织对全县服装加工小作坊开展了用电安全专项检查，共检查小作坊64家，发现隐患131处，已整改98处。现将有关情况通报如下。
一、主要问题
问题类型　隐患数　典型表现
私拉乱接电线　47处　缝纫机电源线缠绕在金属架上
插座超负荷　36处　一个插排带动六台以上缝纫机
电机积尘　29处　缝纫机电机布满线头、布屑
其他　19处　灭火器过期、通道堆放布料
二、工作要求
各乡镇要督促小作坊于7月15日前完成整改，逾期未整改的依法责令停产整顿。
鄑阳县安全生产委员会办公室
2025年6月16日
抄送：县委办公室，县政府办公室。
鄑阳县应急管理局办公室　2025年6月16日印发
""",
    ),
    dict(
        slug="webmail-jiangwan-shoe-cabinet-inquiry-attachment-bar",
        site="犨城职业技术学院邮件系统 (invented webmail)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.chouzhiyuan.example.edu.cn/webmail/read?mid=2025091800771",
        title="关于采购学生公寓鞋柜的询价函",
        record_title="Fwd: 关于采购学生公寓鞋柜的询价函（烦请周五前回复）",
        date="2025-09-16",
        date_also=["2025-09-18"],
        notes="a webmail reading view: forwarded headers (from/to/cc/date, the header's 抄送 is chrome), an attachment bar beside "
        "the letter's own 附件 list, the letter's contact and mailbox; the mail's date differs from the 成文日期",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Fwd: 关于采购学生公寓鞋柜的询价函（烦请周五前回复） - 犨城职院邮件系统</title>
<link rel="stylesheet" href="/webmail/css/read.css">
<script src="/webmail/js/read.js"></script>
</head><body>
<div class="mail-top">⟦m 犨城职业技术学院邮件系统⟧　⟦a 收信　写信　通讯录　设置　退出⟧</div>
<div class="mail-tools">⟦a 返回　回复　回复全部　转发　删除　标记为⟧</div>
<div class="mail-head">
<h3>{T}</h3>
<p>⟦m 发件人：后勤处 蒋禾苗 &lt;jiangzhb@chouzhiyuan.example.edu.cn&gt;⟧</p>
<p>⟦m 收件人：犨城市鑫居家具有限公司 &lt;xinju_sales@example.com&gt;⟧</p>
<p>⟦m 抄　送：资产处 林一苇⟧</p>
<p>⟦m 时　间：2025年9月18日（星期四）上午9:26⟧</p>
</div>
<div class="mail-body">
<p>⟦m ---------- 转发的邮件 ----------⟧</p>
{BODY}
</div>
<div class="attach-bar">⟦a 📎 2 个附件（共 1.1MB）　鞋柜需求清单.xlsx　预览　下载⟧<br>⟦a 报价单模板.docx　预览　下载　全部打包下载⟧</div>
<div class="mail-foot">⟦d 本邮件系统仅供学院公务使用，请勿点击来历不明的链接⟧</div>
</body></html>
""",
        body="""
犨城市鑫居家具有限公司：
我院拟为新建的7号、8号学生公寓采购学生鞋柜一批，现邀请贵公司报价。有关事项如下：
一、采购需求：钢制十二格学生鞋柜220组，每格配通风孔和名牌卡槽，颜色为浅灰色，含运输和安装。
二、报价要求：请按附件格式填写报价单，加盖公章后于9月26日前扫描发送至联系邮箱。
三、其他：供货期为合同签订后20日内，质保期不少于三年。
联系人：蒋禾苗，电话：0739-8830266，邮箱：jiangzhb@chouzhiyuan.example.edu.cn。
附件：1.鞋柜需求清单
2.报价单模板
犨城职业技术学院后勤处
2025年9月16日
抄送：学院资产管理处。
""",
    ),
    dict(
        slug="mail-forward-ziyang-borrow-microphones-docx",
        site="鄑阳县文化馆 (invented) — mail forwarded as text",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="text",
        source="mail://forward/2025-10-09/ziyang-whg",
        title="关于借用会场话筒设备的函",
        record_title="转发：关于借用会场话筒设备的函.docx",
        date="2025-10-08",
        date_also=["2025-10-09"],
        notes="a mail forwarded as text: forwarded headers (the header's 附件 line is chrome), the letter with its own contact; "
        "the send date differs from the 成文日期; a mobile-client signature",
        page="""
!m -------- 转发邮件信息 --------
!m 发件人："鄑阳县文化馆" <whg_ziyang@example.cn>
!m 发送时间：2025年10月9日 8:47
!m 收件人："鄑阳县融媒体中心办公室" <rmt_bgs@example.cn>
!m 主题：转发：关于借用会场话筒设备的函.docx
!m 附件：关于借用会场话筒设备的函.docx (31.2 KB)
{BODY}
!m 发自我的手机邮箱
""",
        body="""
鄑阳县融媒体中心：
我馆定于10月18日晚在县文化广场举办“金秋鄑阳”群众文艺汇演，现有音响设备中的无线话筒数量不足，且部分话筒电池仓损坏。经研究，拟向贵中心借用以下设备：
一、无线手持话筒8只，领夹话筒4只；
二、话筒接收机3台及配套天线。
借用时间为10月17日至10月19日，我馆安排专人负责领取、保管和归还，如有损坏照价赔偿。
恳请予以支持为盼。
联系人：鄢若溪，电话：0736-2120358。
鄑阳县文化馆
2025年10月8日
""",
    ),
]

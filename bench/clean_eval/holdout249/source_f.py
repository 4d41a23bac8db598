"""holdout249, part F: encyclopaedias, cloud-drive shares, search snapshots, print views, forwarded mails.
Invented text, written case by case; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="wiki-zhiwu-entry-rope-ladder-tabs",
        site="知物百科 (invented)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://baike.zhiwu.cn/item/绳梯/20417",
        title="绳梯",
        record_title="绳梯（攀登与救援器具）_知物百科",
        date=None,
        notes="encyclopaedia: edit/discuss/history tabs, infobox, contents box, reference markers glued after sentences, "
        "an 'edit this section' link glued to a heading; the entry name opens the body (head match); no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>绳梯（攀登与救援器具）_知物百科</title>
<link rel="stylesheet" href="/static/wiki.css">
<script src="/static/wiki.js"></script>
</head>
<body>
<div class="w-top"><a href="/">⟦m 知物百科⟧</a> <input placeholder="搜词条"> <a>⟦a 进入词条⟧</a> <a>⟦a 登录后可编辑⟧</a></div>
<div class="w-tabs">⟦a 词条　讨论　编辑　历史版本⟧</div>
<h1 class="w-title">{T}</h1>
<div class="w-sub">⟦m 本词条由“知物科普”团队审核　·　最近更新：10 天前⟧</div>
<table class="w-infobox">
<tr><td>⟦m 中文名：绳梯⟧</td><td>⟦m 外文名：rope ladder⟧</td></tr>
<tr><td>⟦m 类　别：攀登器具⟧</td><td>⟦m 常见材质：尼龙、芳纶、铝合金⟧</td></tr>
</table>
<div class="w-toc">⟦l 目录　1 构造　2 用途　3 使用注意⟧</div>
<div class="w-con">
{BODY}
</div>
<div class="w-ref"><h3>⟦l 参考资料⟧</h3><p>⟦l [1] 《攀登与救援器材手册》，知物科普编，第41页⟧</p><p>⟦l [2] 引航员登离船设施相关规范解读⟧</p></div>
<div class="w-foot">⟦d 词条内容仅供参考，如有疑问请咨询专业人士。⟧ ⟦m 知物百科 ©2024⟧</div>
</body>
</html>
""",
        body="""
绳梯是以两根绳索为边、中间等距连接若干横档而成的软质梯子，可卷起携带，展开后悬挂使用。
构造⟦a ✎修改此节⟧
传统绳梯多用棕绳、麻绳作边，木棍或竹片作横档；现代绳梯多采用尼龙绳、芳纶绳或钢丝绳作边，横档为铝合金或工程塑料踏板，顶端设有挂钩。⟦m [1]⟧
用途
绳梯广泛用于消防救援、高层住宅逃生、船舶引航员登轮、洞穴探险和园林修剪等场合。船舶使用的引航员软梯有专门的技术标准，对踏板尺寸、间距和强度都有明确要求。⟦m [2]⟧
使用注意
攀爬绳梯时身体应贴近梯面，手脚交替用力；使用前应检查绳索有无断股、踏板有无开裂，下方宜设置保护绳。
""",
    ),
    dict(
        slug="wiki-zhiwu-text-entry-gunny-sack",
        site="知物百科 (invented, text copy)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="https://m.baike.zhiwu.cn/item/麻袋/8812",
        title="麻袋",
        record_title=None,
        date=None,
        notes="no title in the record: the entry's title line; the entry name opens the body (head match); a see-also "
        "line and a contributor line; no date",
        page="""
!m 知物百科 · 手机版
{T}
!m 包装用品　｜　浏览 6.2万　｜　编辑次数 14
!a 收藏词条　　分享词条
{BODY}
!l 相关词条：编织袋　黄麻　防汛沙袋
!m 词条贡献者：粮仓老把式 等 9 人
!d 知物百科词条内容由网友编辑，如有错误欢迎纠正。
""",
        body="""
麻袋，用黄麻、红麻等麻类纤维织成的袋子，是粮食、食糖、咖啡豆、化肥等大宗物品的传统包装材料。
麻袋透气性好、强度高、不易打滑，堆码稳定，且可自然降解。缺点是容易受潮霉变，纤维易脱落。
常见规格有100×70厘米、107×74厘米等，单条重量一般在700克至1000克之间。
二十世纪后期，塑料编织袋因价格低廉逐渐取代了麻袋的大部分用途。近年来，随着限塑政策推行，可循环使用的麻袋重新受到重视。在防汛抢险中，麻袋装土后可用于堵口、筑坝。
""",
    ),
    dict(
        slug="clouddrive-jingpan-plan-handcarts-docx-markers",
        site="鲸盘 (invented cloud drive)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="html",
        source="https://pan.jingpan.cn/s/1Hq7Zb2xW",
        title="农贸市场板车搬运服务规范化管理方案",
        record_title="农贸市场板车搬运服务规范化管理方案.docx",
        date="2024-07-01",
        notes="file-name record title; a cloud-drive preview cut by '⬧ n ⬧' marker paragraphs; VIP and save prompts; "
        "a complaint phone in the body; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>农贸市场板车搬运服务规范化管理方案.docx_免费高速下载|鲸盘</title>
<link rel="stylesheet" href="https://s.jingpan.cn/share/preview.css">
<script src="https://s.jingpan.cn/share/preview.js"></script>
</head>
<body>
<div class="jp-head">⟦m 鲸盘　大文件也能游得快⟧ <a>⟦a 登录鲸盘⟧</a></div>
<div class="jp-share">⟦m 来自：市场办小喻 的分享　有效期：永久⟧</div>
<div class="jp-file">
<h2>{T}</h2>
<p>⟦m 文件大小：42.6KB　分享时间：3 天前⟧</p>
<p>⟦a 保存到我的鲸盘⟧ ⟦a 普通下载⟧ ⟦a 鲸盘会员极速下载⟧</p>
</div>
<div class="jp-preview">
{BODY}
</div>
<div class="jp-more">⟦a 预览仅显示部分内容，开通会员查看完整文档⟧</div>
<div class="jp-foot">⟦d 请勿通过鲸盘分享违法违规内容，一经发现立即处理。⟧ ⟦m 鲸盘 © 2024　粤ICP备21044108号⟧</div>
</body>
</html>
""",
        p_html='<div class="pv-line">{}</div>',
        pages=dict(fmt="⬧ {n} ⬧", every=130, start=2),
        body="""
为规范槎溪镇农贸市场板车搬运服务秩序，保障市场通道畅通和搬运人员合法权益，制定本方案。
一、登记管理。市场内从事板车搬运的人员实行登记备案，统一发放编号马甲和板车号牌，目前已登记搬运人员38名、板车41辆。
二、划定区域。在市场东门外划设板车停放区，设置停放线；早6时至8时卸货高峰期间，板车卸货后须在10分钟内驶离通道。
三、收费公示。搬运收费标准由市场管理方会同搬运人员协商确定，在市场入口公示，不得强行搬运、坐地起价。
四、安全保障。市场为登记的搬运人员统一购买意外伤害保险，每季度组织一次安全培训。
五、监督考核。设立投诉电话0739-5238011，对违规人员实行扣分管理，一年内扣满12分的取消登记。
槎溪镇农贸市场管理办公室
2024年7月1日
""",
    ),
    dict(
        slug="clouddrive-jingpan-text-summary-banner-wall-pdf",
        site="鲸盘 (invented cloud drive, text preview)",
        style="网盘分享",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://pan.jingpan.cn/s/1Kx0Lm8Tq",
        title="门诊大厅锦旗展示墙建设工作小结",
        record_title="门诊大厅锦旗展示墙建设工作小结.pdf",
        date="2024-08-30",
        notes="file-name record title; a text preview of a shared PDF with share and save lines; a VIP line on a line "
        "of its own between paragraphs; 成文日期 under the signature",
        page="""
!m 鲸盘 · 文件预览
!m 门诊大厅锦旗展示墙建设工作小结.pdf　　218KB　　分享于 昨天
!a 保存到鲸盘　　下载（需登录）
{BODY}
!a 文档预览结束，剩余内容请下载查看
!m 分享者：行风办小戚　　提取码：x7kd
""",
        body="""
按照院党委关于加强医德医风文化建设的部署，行风办于今年5月启动门诊大厅锦旗展示墙建设，现将工作情况小结如下。
一、基本情况。展示墙位于门诊大厅东侧，长12米，分“患者心声”“科室风采”“典型故事”三个板块，共展示近三年群众赠送的锦旗86面。
二、主要做法。一是精选锦旗，每面锦旗配一张故事卡，写明赠旗患者的就医经历；二是定期更换，每季度更新一次；三是线上同步，展示内容同步到医院服务号。
⟦a 鲸盘会员可在线查看高清原图⟧
三、取得成效。展示墙建成后，成为患者候诊时驻足最多的地方，不少医务人员说，看到锦旗背后的故事，更加明白了这份职业的分量。
四、下步打算。增设“患者留言”二维码，让更多就医感受被看见。
洎阳县人民医院行风办
2024年8月30日
""",
    ),
    dict(
        slug="snapshot-tanxun-notice-marathon-bunting",
        site="探寻快照 (invented search cache of a city sports bureau)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="https://cache.tanxun.com/c?u=http%3A%2F%2Ftyj.xucheng.gov.cn%2Ftzgg%2F20241104%2F331.html",
        title="关于栩城马拉松赛道沿线彩旗布设的通知",
        record_title="关于栩城马拉松赛道沿线彩旗布设的通知_栩城市体育局 · 探寻快照",
        date="2024-11-01",
        date_also=["2024-11-04"],
        notes="snapshot frame: capture banner with its stamp (no date), highlighted search words, the cached portal's "
        "own chrome; the cached portal's posting date differs from the 成文日期 and is also accepted",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>关于栩城马拉松赛道沿线彩旗布设的通知_栩城市体育局 · 探寻快照</title>
<style>.hl{background:#ff0}</style>
</head>
<body>
<div class="cache-banner">
<p>⟦d 您正在查看的是探寻保存的网页副本，抓取于 2024-11-06 03:12，原网页可能已更改⟧</p>
<p>⟦m 原始地址：http://tyj.xucheng.gov.cn/tzgg/20241104/331.html⟧</p>
<p>⟦m 已为您标亮：<span class="hl">彩旗</span> <span class="hl">马拉松</span>⟧</p>
</div>
<div class="cached">
<div class="gov-top">⟦m 栩城市体育局⟧ ⟦m 首页　体育新闻　通知公告　全民健身　竞技体育⟧</div>
<div class="gov-pos">⟦m 首页 &gt; 赛事通知⟧</div>
<h2>{T}</h2>
<p class="gov-meta">⟦m 发布时间：2024-11-04　来源：群体科⟧</p>
<div class="gov-con">
{BODY}
</div>
<div class="gov-foot">⟦m 栩城市体育局主办　湘ICP备13004451号⟧</div>
</div>
</body>
</html>
""",
        body="""
各有关单位：
2024栩城马拉松将于11月17日鸣枪开跑。为营造热烈的赛事氛围，确保赛道安全，现就赛道沿线彩旗布设有关事项通知如下：
一、布设范围。赛道全程42.195公里沿线，起终点、各补给站和医疗站周边重点布设。
二、布设标准。彩旗统一使用赛事标识旗，旗杆高度不低于2.5米，间距20米；彩旗不得伸入赛道上方，不得遮挡里程牌和指示牌。
三、时间要求。11月14日前完成布设，赛后三日内全部撤除。
四、责任分工。各区按属地负责，市城市管理局负责验收。
栩城市体育局
2024年11月1日
""",
    ),
    dict(
        slug="snapshot-tanxun-text-sack-recycling-points",
        site="探寻快照 (invented text-only cache of a county co-op)",
        style="搜索快照",
        genre="公告",
        kind="notice",
        form="text",
        source="https://cache.tanxun.com/t?u=http%3A%2F%2Fwww.hsgxs.cn%2Fgg%2F0312.html",
        title="关于在各乡镇设立旧麻袋回收点的公告",
        record_title="关于在各乡镇设立旧麻袋回收点的公告 ‖ 潢水县供销合作社（无图文字版缓存）",
        date="2024-03-12",
        notes="text-only cache: capture line (no date), original address, the co-op's phone in the body; 成文日期 under "
        "the signature",
        page="""
!d 【探寻快照·文字版】本页为原网页的文字副本，保存于 2024-04-02，仅供参考
!m 原网址：http://www.hsgxs.cn/gg/0312.html
!m 潢水县供销合作社 ＞ 通知公告
{T}
{BODY}
!m 潢水县供销合作社　地址：潢水县解放路40号
!a 查看原网页　｜　关闭快照
""",
        body="""
为推动麻袋循环利用，减少资源浪费，县供销合作社决定在各乡镇设立旧麻袋回收点，现公告如下：
一、回收点设在各乡镇供销社农资门市部，共11个。
二、回收对象为完整无破洞的旧麻袋，每条按新旧程度收购价0.8元至2元；破损麻袋按重量回收，每公斤0.6元。
三、霉变、沾染农药化肥的麻袋不予回收。
四、回收时间为每月1日至10日，上午8时至下午5时。
咨询电话：0931-8837015。
潢水县供销合作社
2024年3月12日
""",
    ),
    dict(
        slug="print-xucheng-bulletin-banners-window-print",
        site="栩城市政务服务中心 (invented, print view)",
        style="打印页",
        genre="通报",
        kind="notice",
        form="html",
        source="http://zwfw.xucheng.gov.cn/print.jsp?id=40731",
        title="关于政务服务窗口收受锦旗情况的通报",
        record_title="〔待打印〕关于政务服务窗口收受锦旗情况的通报 — 栩城市政务服务中心",
        date="2024-06-28",
        notes="print view calling window.print(): print/close buttons, a source line, a print footer '⚍ 第1页／共1页 ⚍' "
        "closing it; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>〔待打印〕关于政务服务窗口收受锦旗情况的通报 — 栩城市政务服务中心</title>
<style>@media print{.noprint{display:none}}</style>
<script>window.onload=function(){window.print();}</script>
</head>
<body>
<div class="noprint">⟦a 立即打印⟧ ⟦a 关闭预览⟧</div>
<div class="p-src">⟦m 栩城市政务服务中心网站　zwfw.xucheng.gov.cn⟧</div>
<h2>{T}</h2>
<div class="p-con">
{BODY}
</div>
<div class="p-url">⟦m 本文地址：http://zwfw.xucheng.gov.cn/tzgg/40731.html⟧</div>
<div class="p-foot">⟦p ⚍ 第1页／共1页 ⚍⟧</div>
</body>
</html>
""",
        body="""
各进驻部门窗口：
今年以来，市政务服务中心各窗口共收到群众赠送锦旗57面、感谢信23封。为弘扬先进，规范管理，现将有关情况通报如下：
一、受到群众赠旗较多的窗口有：不动产登记窗口9面，社保医保窗口8面，公积金窗口6面，予以通报表扬。
二、检查中发现，个别窗口将锦旗长期堆放在柜台下，个别工作人员收受群众赠送的土特产。对此，中心已责令整改，相关人员作出书面检讨。
三、各窗口收到锦旗后须在3日内交中心综合科登记，由中心统一展示，不得私自留存，不得收受锦旗以外的任何物品。
栩城市政务服务中心
2024年6月28日
""",
    ),
    dict(
        slug="print-huangshui-instruction-pilot-ladder",
        site="潢水港引航站 (invented, print preview as text)",
        style="打印页",
        genre="作业指导书",
        kind="other",
        form="text",
        source="http://www.hsyhz.com/zhidu/print/ruanti-jc.html",
        title="引航员登轮绳梯检查作业指导书",
        record_title="引航员登轮绳梯检查作业指导书（打印留存版）",
        date=None,
        notes="print preview: print/close line, a print stamp (no date), decimal headings, a print footer '⛃ 1 / 1 ⛃' "
        "closing it; a work instruction with no date",
        page="""
!a 打印　｜　返回原页
!m 潢水港引航站 · 安全管理文件
{T}
!m 打印时间：2024-09-19 08:03　打印人：调度室
{BODY}
!m 文件来源：http://www.hsyhz.com/zhidu/ruanti-jc.html
!p ⛃ 1 / 1 ⛃
""",
        body="""
1.适用范围
本指导书适用于引航员登离船舶前对船方所放绳梯（引航员软梯）的检查。
2.检查项目
2.1 边绳：无断股、无霉烂，直径不小于18毫米。
2.2 踏板：无裂纹、无松动，踏板间距31至35厘米，保持水平。
2.3 防转板：绳梯长度超过5级踏板的，应设置防转板。
2.4 固定：绳梯顶端固定在船舶甲板的强力点上，不得固定在栏杆上。
3.不合格处理
发现任一项不合格，引航员应拒绝登轮，通知船方更换，并报告调度室记录。
""",
    ),
    dict(
        slug="mail-webmail-letter-borrow-bunting",
        site="潢水一中邮箱 (invented webmail reading view)",
        style="邮件转发",
        genre="函",
        kind="other",
        form="html",
        source="https://mail.hsyz.edu.cn/read?mid=ZC2410-1288",
        title="关于商借运动会彩旗的函",
        record_title="FW：关于商借运动会彩旗的函（签章扫描件）.pdf",
        date="2024-10-11",
        date_also=["2024-10-12"],
        notes="webmail view: forwarded header with its own 抄送 beside the letter's 抄送 line, an attachment bar beside "
        "the letter's 附件 line, the letter's contact and mailbox in the body; file-name title; mail date also accepted",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>FW：关于商借运动会彩旗的函（签章扫描件）.pdf - 潢水一中邮箱</title>
<link rel="stylesheet" href="/webmail/css/read.css">
<script src="/webmail/js/read.js"></script>
</head>
<body>
<div class="wm-top">⟦m 潢水一中邮箱⟧ ⟦m song_zg@hsyz.edu.cn⟧ <a>⟦a 退出⟧</a></div>
<div class="wm-left">⟦m 收件箱(12)　星标邮件　草稿箱　已发送　已删除⟧</div>
<div class="wm-tool">⟦a 回复　回复全部　转发　删除　标记为未读⟧</div>
<div class="wm-head">
<h2>{T}</h2>
<p>⟦m 发件人：宋志刚 &lt;song_zg@hsyz.edu.cn&gt;⟧</p>
<p>⟦m 收件人：潢水师范学院体育学院 &lt;tyxy@hsnu.edu.cn&gt;⟧</p>
<p>⟦m 抄　送：办公室 &lt;bgs@hsyz.edu.cn&gt;⟧</p>
<p>⟦m 时　间：2024年10月12日（星期六）上午9:41⟧</p>
</div>
<div class="wm-fw">⟦m -------- 转来的邮件正文如下 --------⟧</div>
<div class="wm-body">
{BODY}
</div>
<div class="wm-att">⟦a 附件（2个）：关于商借运动会彩旗的函（签章扫描件）.pdf 326K　彩旗借用清单.xlsx 18K　打包下载⟧</div>
<div class="wm-foot">⟦m 潢水一中邮件系统 · 技术支持 0931-8851000⟧</div>
</body>
</html>
""",
        body="""
潢水师范学院体育学院：
我校定于10月25日举办第三十二届田径运动会。因今年参赛班级增加，现有彩旗不足，经了解，贵院存有运动会彩旗约300面。为节约经费，拟向贵院商借彩旗200面、旗杆200根，借用期限为10月22日至10月28日。
借用期间，我校负责彩旗的运输、保管和清洗，如有损坏、遗失，照价赔偿。
如蒙同意，请与我校体育组联系。
联系人：宋志刚，电话：0931-8851276，邮箱：song_zg@hsyz.edu.cn。
附件：彩旗借用清单
潢水县第一中学
2024年10月11日
抄送：潢水师范学院资产管理处
""",
    ),
    dict(
        slug="mail-fwd-text-notice-corridor-handcarts",
        site="鹆塘社区邮件群发 (invented, forwarded mail as text)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mailto:loudongzhang@yutangsq.cn?msg=20240521-0815",
        title="关于清理楼道板车和杂物的通知",
        record_title="Fwd: [楼长请转] 关于清理楼道板车和杂物的通知",
        date="2024-05-20",
        date_also=["2024-05-21"],
        notes="a forwarded mail as text: the forwarder's note, forwarded headers with the send date (also accepted), "
        "the property office's own phone in the body; 成文日期 under the signature; a system footer",
        page="""
!m 主题：Fwd: [楼长请转] 关于清理楼道板车和杂物的通知
!m 各位楼栋长：物业的通知转给大家，麻烦在各楼栋群里提醒一下。——社区小任
!m ------ 以下为转发内容 ------
!m 发件人：鹆塘小区物业服务中心 <wy@yutangxq.com>
!m 日期：2024年5月21日 周二 08:15
!m 收件人：全体楼栋长 <loudongzhang@yutangsq.cn>
{T}
{BODY}
!d 本邮件由鹆塘社区邮件群发系统自动发出，请勿直接回复。
""",
        body="""
各楼栋住户：
近期检查发现，小区部分楼道内长期停放板车、三轮车和废旧家具，占用消防通道，存在严重安全隐患。根据消防安全有关规定，现通知如下：
一、请各住户于5月31日前自行清理楼道内停放的板车及其他杂物。
二、确有需要存放板车的，可停放到小区北门车棚内的指定区域。
三、逾期未清理的，物业将会同社区统一清运，暂存于车棚，住户凭有效证明认领。
联系电话：物业服务中心0739-5142266。
鹆塘小区物业服务中心
2024年5月20日
""",
    ),
]

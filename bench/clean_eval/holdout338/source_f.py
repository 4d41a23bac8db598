"""holdout338, part F: 百科问答, 网盘分享, 搜索快照, 打印页 and 邮件转发 (HTML and text each).

Invented text, sites, places and people; written by hand, case by case.
"""

CASES = [
    dict(
        slug="wiki-gengzhi-entry-crampons-infobox",
        site="庚知百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://baike.gengzhi.com/item/冰爪/40211",
        title="冰爪",
        record_title=None,
        date=None,
        notes="encyclopaedia entry, no title in the record: the <h1> (a one-word title that also opens the body, "
        "so matched as head); edit/discuss/history tabs, infobox, contents box, 'edit' links glued to section "
        "headings, reference markers glued after 。; an update stamp (3 个月前) is no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>庚知百科</title>
<script src="//s.gengzhi.com/baike/lemma.js"></script>
</head>
<body>
<div class="hd">⟦m 庚知百科⟧ <input placeholder="搜索词条"> <a>⟦a 进入词条⟧</a></div>
<div class="tabs"><a>⟦a 编辑⟧</a> <a>⟦a 讨论⟧</a> <a>⟦a 历史版本⟧</a></div>
<div class="lemma">
<h1>{T}</h1>
<p class="syn">⟦l 同义词：防滑冰爪、冰抓⟧</p>
<table class="infobox">
<tr><td>⟦m 中文名：冰爪⟧</td><td>⟦m 外文名：crampon⟧</td></tr>
<tr><td>⟦m 类　别：登山装备⟧</td><td>⟦m 材　质：不锈钢、铬钼钢⟧</td></tr>
</table>
<div class="catalog">⟦l 目录　1 类型　2 使用与保养⟧</div>
{BODY}
<div class="refs"><h3>⟦l 参考资料⟧</h3>
<p>⟦l [1] 庚溪县登山协会.冬季登山装备手册⟧</p>
<p>⟦l [2] 户外装备选购指南编写组.户外装备选购指南⟧</p></div>
<p class="stat">⟦m 词条统计：浏览 8021 次　编辑 12 次　最近更新：3 个月前⟧</p>
</div>
<div class="ft">⟦d 百科词条内容由网友协作编辑，如需专业意见请咨询专业人士。⟧</div>
</body>
</html>
""",
        body="""
冰爪是一种绑在登山鞋或普通鞋底上的金属齿具，用于在冰面、硬雪坡和结冰路面上行走时增加抓地力，防止滑倒。⟦m [1]⟧
类型⟦a ✎编辑⟧
按结构可分为三类：链式冰爪由橡胶套和短链、短齿组成，适合城市结冰路面和徒步栈道；绑带式冰爪用尼龙绑带固定，适用范围较广；卡扣式冰爪需配合带前后卡槽的硬底高山靴，多用于技术攀登。⟦m [2]⟧
按齿数又有四齿、十齿、十二齿等之分，齿数越多，在陡峭冰坡上越稳定。十二齿冰爪通常带有两颗向前伸出的前齿，可以踢入冰壁。
使用与保养⟦a ✎编辑⟧
使用冰爪时应注意：穿戴前检查齿尖和连接件；行走时双脚略分开，避免齿尖钩挂裤腿；进入室内或木质地板前应取下，防止损坏地面。冰爪使用后应擦干存放，防止生锈。
""",
    ),
    dict(
        slug="wiki-nongshi-entry-insect-lamp-text",
        site="农事通百科 (invented farming encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="http://baike.nongshitong.cn/view/buchongdeng.html",
        title="捕虫灯",
        record_title="捕虫灯（农业器械）- 农事通百科",
        date=None,
        notes="encyclopaedia text: an entry name with a category aside and site suffix; the one-word title also "
        "opens the body (head); a certification line and tags; no date",
        page="""
!m 农事通百科 — 种养殖知识库
!m 词条 › 农业机械 › 植保器械
{T}
!m 本词条由“戊岭植保”认证 ｜ 编辑次数：6 ｜ 浏览：3512
!a 参与编辑　新增义项　收藏词条
{BODY}
!l 词条标签：农业机械　植保　绿色防控
!l 相关词条：粘虫板　性诱剂　防虫网
!d 本词条内容仅供参考，具体用法请以产品说明书为准
""",
        body="""
捕虫灯，又称杀虫灯、诱虫灯，是利用害虫的趋光性，用特定波长的光源把害虫引诱过来，再通过电击、风吸或粘捕等方式将其杀灭的装置，是农作物病虫害绿色防控的常用器械。
常见类型有频振式、太阳能式和风吸式。频振式捕虫灯用高压电网击杀害虫；太阳能捕虫灯白天用太阳能板充电，夜间自动开灯，适合没有电源的田间果园；风吸式捕虫灯用风扇把害虫吸入集虫袋，不会伤及体型较大的益虫。
捕虫灯对夜间活动、趋光性强的鳞翅目、鞘翅目害虫效果较好，如卷叶蛾、金龟子等，对蚜虫、螨类基本无效。田间一般每20至40亩安装一盏，灯管离地1.2至2米。
""",
    ),
    dict(
        slug="clouddrive-yunxia-plan-hanging-planters-wps",
        site="云匣网盘 (invented cloud drive)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="html",
        source="https://pan.yunxia.cn/s/1Gk7QwZ8mPe",
        title="庚园社区公共区域吊挂花卉安装方案",
        record_title="庚园社区公共区域吊挂花卉安装方案.wps",
        date="2025-03-25",
        notes="cloud-drive preview: file-name title, share stamp (2天前) no date, save/download buttons, VIP preview "
        "and speed prompts; decimal headings 1 / 1.1 … 4.1; signature date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>庚园社区公共区域吊挂花卉安装方案.wps_免费高速下载|云匣网盘</title>
<script src="https://pan.yunxia.cn/static/share.js"></script>
</head>
<body>
<div class="top">⟦m 云匣网盘⟧ <a>⟦a 登录⟧</a> <a>⟦a 客户端下载⟧</a></div>
<div class="file-head">
<h2>⟦t 庚园社区公共区域吊挂花卉安装方案.wps⟧</h2>
<p>⟦m 分享者：庚园社区小周　分享时间：2天前　有效期：永久⟧</p>
<a class="btn">⟦a 存入我的云匣⟧</a> <a class="btn">⟦a 下载（82KB）⟧</a> <a>⟦l 举报⟧</a>
</div>
<div class="preview">
<p class="doc-title">{T}</p>
{BODY}
<p class="limit">⟦a 在线预览仅显示前2页，开通超级会员预览全部⟧</p>
</div>
<div class="speed">⟦a 非会员下载限速，开通会员立享极速⟧</div>
<div class="ft">⟦d 请勿通过云匣分享违法违规内容，发现请举报⟧ ⟦m ©2025 云匣网盘⟧</div>
</body>
</html>
""",
        body="""
1 项目概况
1.1 为美化社区环境，社区计划在庚园小区12栋楼的单元门廊和文化长廊安装吊挂花卉，共设吊挂点96处。
2 安装标准
2.1 吊兰钩统一采用不锈钢旋转钩，单钩标称承重不低于20公斤。
2.2 门廊顶部为现浇混凝土的，用M8膨胀螺栓固定；文化长廊为木结构的，用自攻螺丝固定在主梁上，不得固定在装饰板上。
2.3 吊盆选用轻质树脂盆，装土浇水后单盆重量不超过6公斤。
3 进度安排
3.1 4月10日前完成采购，4月20日前完成安装。
3.2 安装完成后由物业公司逐个做拉拔试验，合格后再挂盆。
4 后期管护
4.1 物业公司每月检查一次吊钩，台风、暴雨预警发布后24小时内将吊盆全部取下。
庚园社区居民委员会
2025年3月25日
""",
    ),
    dict(
        slug="clouddrive-maisui-request-fishing-stools-pdf-markers",
        site="麦穗网盘 (invented cloud drive)",
        style="网盘分享",
        genre="请示",
        kind="other",
        form="text",
        source="https://www.maisuipan.com/s/8Hh2LqYv",
        title="关于购置钓鱼平台和钓鱼凳的请示",
        record_title="关于购置钓鱼平台和钓鱼凳的请示.pdf",
        date="2025-03-03",
        notes="cloud-drive text preview: file-name title, page markers '⩸ n ⩸' cutting sentences, glued with a "
        "space to the start of the continuation line; the request's own contact beside the drive's service WeChat",
        page="""
!m 麦穗网盘 · 文件预览
!t 关于购置钓鱼平台和钓鱼凳的请示.pdf
!m 来自：酉田镇农业服务中心 分享　｜　大小 216KB　｜　3页
!a 保存到网盘　下载　转存到手机
{T}
{BODY}
!a 非会员仅可预览前3页
!w 网盘客服：微信 maisui_pan
!d 文件由用户分享，麦穗网盘不对其内容负责
""",
        pages=dict(fmt="⩸ {n} ⩸", every=110, start=2, glue="mix", sep=" "),
        body="""
县农业农村局：
酉田镇丙渡村休闲渔业园自去年开园以来，周末日均接待垂钓游客300余人次。目前园内只有简易土坡钓位，游客自带的钓椅在雨后泥地上容易倾倒，今年已发生2起游客滑倒落水事件。为改善垂钓条件、消除安全隐患，我镇拟为渔业园购置设备，具体如下：
一、建设木质钓鱼平台20个，每个平台约4平方米，预算8.6万元；
二、购置四腿可调钓鱼凳80张，带宽底脚垫，预算1.92万元；
三、配备救生圈、救生绳各20套，预算0.6万元。
以上合计11.12万元，恳请县农业农村局从休闲渔业发展资金中给予支持。
妥否，请批示。
联系人：戴明远，电话：0716-6652318。
酉田镇人民政府
2025年3月3日
""",
    ),
    dict(
        slug="snapshot-suyuan-park-notice-pegs-frame",
        site="溯源快照 (invented search cache) of 丙湖公园管理处",
        style="搜索快照",
        genre="公告",
        kind="notice",
        form="html",
        source="http://cache.suyuan-so.com/c?u=http%3A%2F%2Fwww.binghupark.cn%2Fgg%2F0430.html",
        title="丙湖公园关于露营区限用帐篷钉的公告",
        record_title="丙湖公园关于露营区限用帐篷钉的公告 - 溯源快照",
        date="2025-04-30",
        notes="snapshot frame: capture banner with a relative time, a view-original link and highlighted terms "
        "above the park's own page chrome; the park's service line below",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>丙湖公园关于露营区限用帐篷钉的公告 - 溯源快照</title>
<script src="//cache.suyuan-so.com/js/highlight.js"></script>
</head>
<body>
<div class="snap-banner">
<p>⟦m 溯源快照 · 本页保存于 6 天前，可能与原网页有出入⟧ <a>⟦a 查看原网页⟧</a></p>
<p>⟦m 已为您标亮以下关键词：<b style="background:#ff0">露营区</b> <b style="background:#0ff">帐篷钉</b>⟧</p>
</div>
<hr>
<div class="site-head">⟦m 丙湖公园管理处⟧ <span>⟦m 公园概况⟧ ⟦m 游园公告⟧ ⟦m 活动预约⟧</span></div>
<div class="con">
<h2>{T}</h2>
<p class="info">⟦m 发布：2025-04-30　管理处办公室⟧</p>
{BODY}
</div>
<div class="site-foot">⟦w 游园服务电话：0716-8375500⟧ ⟦m 丙湖公园管理处 版权所有⟧</div>
</body>
</html>
""",
        body="""
广大游客：
丙湖公园东草坪露营区开放以来，深受市民欢迎。近期园方检查发现，草坪下的喷灌管和照明电缆多次被长钢钉打穿，个别区域还出现草皮大面积破损。为保护公园设施和绿地，现将有关事项公告如下：
一、露营区内只能使用长度15厘米以下的塑料或铝合金帐篷钉，禁止使用钢钉、螺纹钉。
二、服务亭免费借用合格的帐篷钉和沙袋，借用时登记，离园时归还。
三、露营区每周一全天封闭养护。
四、对违规使用长钢钉造成设施损坏的，园方将依法要求赔偿。
感谢广大游客的理解和支持。
丙湖公园管理处
2025年4月30日
""",
    ),
    dict(
        slug="snapshot-qingniao-text-cache-hook-buying-tips",
        site="青鸟搜索 (invented search cache) of 花意家",
        style="搜索快照",
        genre="经验",
        kind="other",
        form="text",
        source="http://kuaizhao.qingniaoso.cn/txt?u=huayijia.cn/yangtai/guagou-xuanze.html",
        title="吊兰钩怎么选？这3个细节很多人忽略了",
        record_title="【缓存·纯文字】吊兰钩怎么选？这3个细节很多人忽略了 - 花意家",
        date=None,
        notes="text-only cache: capture line with a relative time, the original URL, the cached site's "
        "breadcrumb and slogan; a buying tip with no date",
        page="""
!m 青鸟搜索快照 | 纯文本模式
!m 原网址：https://www.huayijia.cn/yangtai/guagou-xuanze.html
!m 快照时间：3 天前　原网页可能已经更新
!m 花意家 › 阳台园艺 › 工具选购
!t 【缓存·纯文字】吊兰钩怎么选？这3个细节很多人忽略了
{BODY}
!l 猜你还想看：吊兰黄叶怎么办｜阳台花架承重怎么算
!m 花意家 · 让阳台开满花
""",
        indent="\u3000\u3000",
        body="""
阳台挂一盆吊兰，钩子虽小，却决定了花盆挂得稳不稳。选吊兰钩时，下面三个细节最容易被忽略。
第一，看材质。市面上便宜的吊兰钩多是镀锌铁，一两年就生锈，锈到一定程度会突然断裂。建议选304不锈钢的，用磁铁吸一下，吸不住或吸力很弱的更可靠。
第二，看固定方式。带木螺纹的钩子只适合木梁，水泥楼板要选配膨胀螺栓的，石膏板吊顶则要找到龙骨再装。
第三，看钩口。普通开口钩在大风天容易把吊绳晃出来，带弹簧卡扣的防脱钩更安全。
最后提醒一句，花盆浇透水后重量会翻倍，挂之前按湿盆的重量估算，别让钩子超载。
""",
    ),
    dict(
        slug="print-wuling-bulletin-lamp-check-window-print",
        site="戊岭县农业农村局 (invented, print view)",
        style="打印页",
        genre="通报",
        kind="notice",
        form="html",
        source="http://nyj.wuling.gov.cn/xxgk/tzgg/202507/t20250716_3317.html?print=1",
        title="关于全县果园捕虫灯运行情况检查的通报",
        record_title="打印稿 · 关于全县果园捕虫灯运行情况检查的通报",
        date="2025-07-15",
        date_also=["2025-07-16"],
        notes="print view calling window.print(): print/close buttons, the page URL, a 发布日期 a day after the "
        "signature, a 抄送 line in the body and a print footer '第1页 ♨ 共1页'",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>打印稿 · 关于全县果园捕虫灯运行情况检查的通报</title>
<style>@media print{.noprint{display:none}}</style>
</head>
<body onload="window.print()">
<div class="noprint">⟦a 打印本页⟧ ⟦a 关闭⟧</div>
<div class="ph">⟦m 戊岭县农业农村局　信息公开⟧</div>
<h2 align="center">{T}</h2>
<p align="center">⟦m 发布日期：2025-07-16　信息来源：种植业股⟧</p>
{BODY}
<p>⟦m 网址：http://nyj.wuling.gov.cn/xxgk/tzgg/202507/t20250716_3317.html⟧</p>
<p align="center">⟦p 第1页 ♨ 共1页⟧</p>
<script>window.onafterprint=function(){window.close();};</script>
</body>
</html>
""",
        body="""
各乡镇人民政府：
7月上旬，县农业农村局组织对全县620盏果园捕虫灯的运行情况进行了抽查，共抽查186盏，正常运行161盏，运行率86.6%。
检查发现的主要问题：一是部分灯具太阳能板被果树枝叶遮挡，充电不足，夜间亮灯不到2小时；二是一些农户长期不清理接虫袋，虫体堆积影响诱杀效果；三是亥岗乡有7盏灯被挪作院子照明。
其中，丑坪镇运行率最高，达到95.2%；亥岗乡运行率最低，仅为71.4%。
请各乡镇于7月31日前完成整改：组织修剪遮挡枝条，督促农户每周清理接虫袋，对挪用灯具的一律收回重新安装。县农业农村局将在8月组织复查。
戊岭县农业农村局
2025年7月15日
抄送：县农业技术推广中心。
""",
    ),
    dict(
        slug="print-gengxi-plan-crampon-lending-points",
        site="庚溪县人民政府门户网站 (invented, print view)",
        style="打印页",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.gengxi.gov.cn/zwgk/ghjh/202412/t20241203_2189021.html?print=yes",
        title="庚溪县冰雪季步道防滑冰爪租借点设置工作方案",
        record_title="打印视图｜庚溪县冰雪季步道防滑冰爪租借点设置工作方案",
        date="2024-12-02",
        date_also=["2024-12-03"],
        notes="print view text: print/close row, the page address and a print footer '⬳ 1 / 1 ⬳'; the site's "
        "发布日期 a day after the signature; a date range inside the plan is no date",
        page="""
!m 庚溪县人民政府 · 打印视图
!a [ 送往打印机 ]　[ 关掉此页 ]
{T}
!m 文章来源：县文化广电和旅游局　发布日期：2024-12-03
{BODY}
!m 本页地址：http://www.gengxi.gov.cn/zwgk/ghjh/202412/t20241203_2189021.html
!p ⬳ 1 / 1 ⬳
""",
        indent="\u3000\u3000",
        body="""
为保障冰雪季游客步道通行安全，县文旅局决定在主要景区步道入口设置防滑冰爪租借点，特制定本方案。
一、设置地点。在庚岭冰瀑景区游客中心、戌峰草甸北入口、戌口古镇游客服务站各设1个租借点。
二、运行时间。2024年12月15日至2025年2月28日，每日8:00至17:00。
三、物资配备。每个租借点配备链式冰爪200副，按鞋码分为小、中、大三档，另备绑带、消毒喷壶和登记本。
四、租借规则。游客凭身份证件免押金租借，当日归还；冰爪归还后逐副检查、消毒，损坏的及时报废补充。
五、责任分工。景区管委会负责场地和人员，县文旅局负责物资采购，县应急管理局负责安全检查。
庚溪县文化广电和旅游局
2024年12月2日
""",
    ),
    dict(
        slug="mail-yule-fwd-order-letter-stools-attachment-bar",
        site="鱼乐钓具厂企业邮箱 (invented webmail reading view)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.yule-diaoju.com/read?mid=ZL2505080941",
        title="关于订购钓鱼凳的函",
        record_title="Fwd: 关于订购钓鱼凳的函",
        date="2025-05-06",
        date_also=["2025-05-08"],
        notes="webmail reading view: toolbar, header block with the mail's 抄送 beside the letter's own 抄送 line, "
        "a forward note (neutral), an attachment bar beside the letter's 附件 list; its contact and mailbox; "
        "the mail's send date differs",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>Fwd: 关于订购钓鱼凳的函 - 鱼乐钓具厂企业邮箱</title>
<script src="/webmail/js/read.js"></script>
</head>
<body>
<div class="mail-top">⟦m 鱼乐钓具厂企业邮箱⟧ <span>⟦m bu@yule-diaoju.com⟧</span> <a>⟦a 退出⟧</a></div>
<div class="toolbar">⟦a 返回　回复　回复全部　转发　删除　标记为⟧</div>
<div class="mail-head">
<h3>⟦t Fwd: 关于订购钓鱼凳的函⟧</h3>
<p>⟦m 发件人：鱼乐钓具厂销售部 &lt;sales@yule-diaoju.com&gt;⟧</p>
<p>⟦m 收件人：卜振华 &lt;bu@yule-diaoju.com&gt;⟧</p>
<p>⟦m 抄送：财务室 &lt;cw@yule-diaoju.com&gt;⟧</p>
<p>⟦m 时　间：2025年5月8日(星期四) 上午9:41⟧</p>
</div>
<div class="mail-body">
<p>卜厂长：水库管理站的订货函转给您，请审阅。</p>
<p>⟦m ---------- 转发的邮件 ----------⟧</p>
<p>⟦m 发件人：丑山水库管理站 &lt;choushan_sk@renchuan.gov.cn&gt;⟧</p>
<p>{T}</p>
{BODY}
</div>
<div class="attach-bar">⟦a 附件（2 个）　钓鱼凳订购确认单.docx (26K)　钓鱼凳技术要求.pdf (148K)　全部下载　预览⟧</div>
<div class="mail-foot">⟦d 本邮件系统由亥阳数联科技提供技术支持⟧</div>
</body>
</html>
""",
        body="""
壬川县鱼乐钓具厂：
为办好第四届丑山水库垂钓邀请赛，我站拟向贵厂订购四腿可调钓鱼凳160张，型号YL-45，单价118元，总价18880元。具体要求如下：
一、每张钓鱼凳腿部须加装宽底脚垫，静态承重不低于150公斤；
二、请于6月5日前送至丑山水库管理站，随货提供产品检验报告；
三、货到验收合格后10日内付清货款。
如无异议，请在订购确认单上盖章后回传我站。
联系人：阎立平，电话：0716-6630781，邮箱：choushan_sk@renchuan.gov.cn。
附件：1.钓鱼凳订购确认单
2.钓鱼凳技术要求
壬川县丑山水库管理站
2025年5月6日
抄送：壬川县体育事业发展中心
""",
    ),
    dict(
        slug="mail-shanye-fwd-crampon-notice-docx-subject",
        site="庚溪山野俱乐部邮件 (invented, forwarded mail as text)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mailto:lingdui@gxsy-club.cn?msg=20241122201533",
        title="关于冬季登山活动必须携带冰爪的通知",
        record_title="转发：关于冬季登山活动必须携带冰爪的通知.docx",
        date="2024-11-20",
        date_also=["2024-11-22"],
        notes="forwarded mail as text: the subject is a file name with 转发：; header lines, a forward note "
        "(neutral), an attachment line and a client signature; the send date differs from the notice's date",
        page="""
!m ---------- 转发邮件信息 ----------
!m 发件人："庚溪山野俱乐部-老殷" <laoyin@gxsy-club.cn>
!m 发送时间：2024年11月22日 20:15
!m 收件人："俱乐部领队群" <lingdui@gxsy-club.cn>
!t 主题：转发：关于冬季登山活动必须携带冰爪的通知.docx
各位领队：协会的通知转给大家，周末活动开始执行。——老殷
{T}
{BODY}
!a 附件：关于冬季登山活动必须携带冰爪的通知.docx（32.5KB）
!d 此邮件由庚溪山野俱乐部邮件系统群发，请勿直接回复
!m 发自我的手机邮箱
""",
        body="""
各会员俱乐部：
进入冬季，庚岭、戌峰等线路海拔1200米以上路段已出现积雪和冰面。为防止滑坠事故，现就冬季登山活动装备要求通知如下：
一、自12月1日起至次年3月15日，各俱乐部组织的庚岭、戌峰线路活动，领队和队员必须携带冰爪，海拔1200米以上路段必须穿戴。
二、简易链式冰爪只能用于缓坡步道，冰瀑、冰坡路段须使用十齿以上绑带式冰爪。
三、出发前由领队逐人检查冰爪，未携带或不合格的不得随队出发。
四、各俱乐部于11月30日前将冬季活动计划和领队名单报协会备案。
亥阳市登山户外运动协会
2024年11月20日
""",
    ),
]

"""holdout342, part B: county portals, news portals, Party-building sites, education portals
and personnel-exam sites. Every page, site, place, person, number and URL is invented; each
case written by hand. See ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="gov-zaoxi-notice-posture-index-table",
        site="璪溪县人民政府 (invented county portal)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.zaoxi.example.gov.cn/zwgk/bmwj/scjgj/202504/t20250410_88213.html",
        title="关于开展儿童坐姿矫正器产品质量专项抽查的通知",
        record_title="关于开展儿童坐姿矫正器产品质量专项抽查的通知_局属文件_璪溪县人民政府",
        date="2025-04-08",
        date_also=["2025-04-10"],
        notes="county portal: 长者模式/读屏 links, 索引号 table (the 文号 cell unmarked, neutral), a font row, "
        "a scan-to-read line, 纠错 line and a hotline beside the notice's own 联系人/电话; 附件 list, 抄送 and 印发 "
        "lines in the body; the page's 发布日期 differs from the 成文日期",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>关于开展儿童坐姿矫正器产品质量专项抽查的通知_局属文件_璪溪县人民政府</title>
<meta name="SiteName" content="璪溪县人民政府"><meta name="ColumnName" content="局属文件">
<script src="/static/js/jquery.min.js"></script><script src="/static/js/zoom.js"></script>
</head><body>
<div class="topbar"><span>⟦m 欢迎访问璪溪县人民政府门户网站⟧</span>
<a href="/elder/">⟦a 长者模式⟧</a> <a href="javascript:;" id="readscreen">⟦a 读屏专用⟧</a> <a href="/m/">⟦a 手机版⟧</a></div>
<div class="banner"><h2>⟦m 璪溪县人民政府⟧</h2><form><input placeholder="请输入关键词"><button>⟦a 站内搜索⟧</button></form></div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 走进璪溪⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政务服务⟧</li><li>⟦m 互动交流⟧</li></ul>
<div class="loc">⟦m 当前位置：<a>首页</a> &gt; <a>政务公开</a> &gt; <a>部门文件</a> &gt; <a>县市场监管局</a>⟧</div>
<table class="xxgk"><tr><td>⟦m 索引号：11431023MB1C52870X/2025-00413⟧</td><td>⟦m 发布机构：璪溪县市场监督管理局⟧</td></tr>
<tr><td>⟦m 主题分类：市场监管、安全生产监管⟧</td><td>⟦m 公开方式：主动公开⟧</td></tr>
<tr><td>璪市监〔2025〕19号</td><td>⟦m 有效性：有效⟧</td></tr></table>
<h1 class="title">{T}</h1>
<div class="info">⟦m 发布日期：2025-04-10　来源：县市场监管局　浏览量：<span id="pv">276</span>⟧</div>
<div class="tools">⟦a 【字号：大 中 小】【打印本页】【关闭窗口】⟧</div>
<div class="TRS_Editor">
{BODY}
</div>
<div class="attach">⟦a 附件下载：璪溪县儿童坐姿矫正器抽查记录表.xlsx⟧</div>
<div class="qr">⟦a 用手机扫一扫，在掌上璪溪继续阅读本页⟧</div>
<div class="related"><h4>⟦l 相关文件⟧</h4><ul><li>⟦l 璪溪县2025年产品质量监督抽查计划⟧</li><li>⟦l 关于开展校园周边文具玩具专项整治的通知⟧</li></ul></div>
<div class="footer">
<p>⟦m 主办：璪溪县人民政府办公室　承办：璪溪县大数据中心⟧</p>
<p>⟦m 网站纠错：0739-6210000　县长公开电话：12345⟧</p>
<p>⟦m 湘ICP备06011523号-1　湘公网安备43102302000166号　网站标识码4310230005⟧</p>
</div>
</body></html>
""",
        body="""
各乡镇市场监管所，局机关各股室：
近期，一些商家以“矫正驼背”“预防近视”为卖点，在校园周边和网络平台销售儿童坐姿矫正器，部分产品的材质和宣传存在隐患。为保障儿童健康，局党组决定在全县开展一次专项抽查。现将有关事项通知如下。
一、抽查范围：全县中小学校周边文具店、母婴店和在本县注册的网店。
二、抽查重点：产品标识、材质安全和“治疗”“矫正”等虚假宣传用语。
三、时间安排：4月15日至5月31日，6月10日前将抽查情况汇总报局产品质量安全股。
联系人：苗启程　电话：0739-6218445
附件：1．儿童坐姿矫正器抽查记录表
2．抽查工作进度统计表
璪溪县市场监督管理局
2025年4月8日
抄送：县教育局、县卫生健康局。
璪溪县市场监督管理局办公室　2025年4月8日印发
""",
    ),
    dict(
        slug="gov-yanshan-bulletin-puzzle-mats-wrapped",
        site="巘山县人民政府门户网站 (invented)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="text",
        source="http://www.yanshan.example.gov.cn/xxgk/zlcj/202504/t20250421_40716.html",
        title="关于2025年第一季度儿童拼图垫质量抽检情况的通报",
        date="2025-04-18",
        date_also=["2025-04-21"],
        notes="portal text hard-wrapped at 56 columns; the record title as is; the page's 发布日期 differs from the "
        "成文日期; an accessibility row, a views line and a footer with 地址/邮编",
        page="""
!a 无障碍阅读　｜　关怀版　｜　English
!m 巘山县人民政府门户网站
!m 首页 > 政务公开 > 重点领域 > 质量抽检
{T}
!m 发布日期：2025-04-21　信息来源：县市场监督管理局　浏览次数：318
!a 分享到：微信　微博　　【打印】【关闭】
{BODY}
!l 上一条：巘山县2024年度食品安全抽检结果汇总
!l 下一条：关于校园周边文具质量抽检情况的通报
!m 地址：巘山县政和路18号　邮编：418600　联系电话：0739-4512301
!m 巘山县人民政府办公室主办　版权所有
""",
        wrap=56,
        indent="\u3000\u3000",
        body="""
各镇（街道）市场监管所：
今年第一季度，县局对全县商场、母婴店、网店销售的儿童拼图垫开展了质量抽检，共抽取样品48批次，检出不合格11批次，不合格率22.9%。现将有关情况通报如下。
一、主要问题。一是甲酰胺等有害物质含量超标，共7批次；二是产品标识不全，未标注生产厂家和执行标准，共3批次；三是边缘切口毛糙，存在划伤风险，共1批次。
二、处置情况。对抽检不合格的产品，县局已责令销售者立即下架，依法立案调查，不合格产品信息已在县政府网站公布。
三、工作要求。各所要督促辖区经营者落实进货查验制度，对本次通报的问题产品开展“回头看”，防止不合格拼图垫换个包装再上柜台。
巘山县市场监督管理局
2025年4月18日
""",
    ),
    dict(
        slug="news-zaoxi-online-book-racks-caption",
        site="璪溪在线 (invented county news portal)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.zaoxionline.cn/news/bdxw/2025-04/24/content_271906.html",
        title="璪溪县首批50个“家门口绘本架”在村（社区）投用",
        record_title=None,
        date="2025-04-24",
        notes="no record title: the <h1> gives it; an app prompt glued before the lead, a photo caption between "
        "paragraphs, an editor line glued after the last paragraph; the byline's 发布时间 is the page's date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>璪溪在线</title>
<script async src="https://ad.zaoxionline.cn/slot.js"></script></head>
<body>
<header><a class="logo">⟦m 璪溪在线⟧</a><span>⟦m 璪溪县融媒体中心主办⟧</span>
<nav>⟦m 首页⟧ ⟦m 本地新闻⟧ ⟦m 乡镇动态⟧ ⟦m 民生⟧ ⟦m 视频⟧</nav></header>
<div class="crumb">⟦m 璪溪在线 » 本地新闻 » 正文⟧</div>
<article><h1>{T}</h1>
<div class="byline">⟦m 发布时间：2025-04-24 08:15　来源：璪溪日报⟧ <a class="listen">⟦a ▶ 听新闻⟧</a></div>
{BODY}
<div class="share">⟦a 分享：朋友圈　微信好友　QQ　复制链接⟧</div>
</article>
<aside><h3>⟦l 24小时热文⟧</h3><ol>
<li>⟦l 县城区新增三处口袋公园⟧</li>
<li>⟦l 厍口镇油菜花节下周开幕⟧</li>
<li>⟦l 璪溪至颂阳城际公交试运行⟧</li></ol>
<div class="ad">⟦l 广告｜璪溪农商银行 · 助农贷款利率下调⟧</div></aside>
<footer><p>⟦d 未经璪溪在线书面授权，不得转载、摘编本网原创新闻。⟧</p><p>⟦m 互联网新闻信息服务许可证 43120230011　湘ICP备18006124号⟧</p></footer>
</body></html>
""",
        body="""
⟦a 下载“璪溪在线”客户端，看更多家门口的新闻⟧本报讯（记者 甘露 通讯员 庞一鸣）4月23日，随着最后一批绘本在厍口镇桤坪村党群服务中心上架，璪溪县首批50个“家门口绘本架”全部投入使用。
⟦m 图为桤坪村的孩子们在绘本架前挑选图书。甘露 摄⟧
这批绘本架由县图书馆统一设计，采用正面展示、低层取阅的结构，最高一层不超过1米，三四岁的孩子也能自己取书。每个绘本架首批配书120册，县图书馆每季度轮换一次。
“以前带孩子看绘本要跑到县城，现在家门口就有。”桤坪村村民何秀兰说。
据悉，县图书馆还将招募“绘本志愿者”，每周末在各点位开展亲子共读活动，今年内计划再建设30个点位。⟦m （责任编辑：姚子衿　审核：黎川）⟧
""",
    ),
    dict(
        slug="news-songyang-evening-magnetic-tiles-record",
        site="颂阳晚报网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.syeveningnews.cn/minsheng/2025-05/12/c_603318.html",
        title="颂阳市消保委提醒：小颗粒磁力片谨防儿童误吞",
        record_date="2025-05-12",
        date="2025-05-12",
        notes="news text: the record gives title and date; a related-reading link between paragraphs, a share "
        "row and an editor line under the text, a hot list and a footer",
        page="""
!m 颂阳晚报网　｜　颂阳人的新闻客户端
!m 首页 > 民生 > 消费提醒
{T}
!m 2025-05-12 07:40　来源：颂阳晚报　作者：记者 岑可 通讯员 戚雨
!a 字号：A+　A-
{BODY}
!m 责任编辑：闻涛
!a 分享至：朋友圈　微博　QQ空间　复制本文链接
!l 热点排行
!l 1　颂阳地铁3号线二期进入联调
!l 2　婉湖区“口袋菜场”月底开业
!l 3　高温来袭，市区新增12处纳凉点
!d 颂阳晚报网原创稿件，转载请注明出处。
!m 颂阳晚报社主办　新闻热线：0739-8600110
""",
        indent="\u3000\u3000",
        body="""
近日，颂阳市消费者权益保护委员会接到多起家长投诉，反映部分低价磁力片玩具边框开裂后磁粒脱落。市消保委提醒广大家长，选购磁力片时要注意以下几点。
一是看标识。正规产品应标明生产企业、执行标准和适用年龄，并有3C标志。
⟦l 【相关阅读】婴幼儿玩具抽检：3批次小零件不合格⟧
二是看做工。片体拼接处要严密，用手用力掰不应开裂，摇晃时里面的磁粒不能有松动声。
三是勤检查。孩子玩耍后家长要清点数量，发现破损片体立即收起丢弃。
市消保委特别提醒，多颗磁粒被误吞后可能在肠道内相互吸引，造成穿孔。一旦发现孩子误吞，应立即就医，不要自行催吐。
""",
    ),
    dict(
        slug="party-shuochuan-summary-posture-volunteers",
        site="朔川机关党建网 (invented)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://www.scjgdj.example.gov.cn/zbfc/2024/1226/3317.html",
        title="机关党支部“正姿护苗”志愿服务工作总结",
        record_title="【先锋行动·正姿护苗】机关党支部“正姿护苗”志愿服务工作总结_朔川机关党建网",
        date="2024-12-20",
        date_also=["2024-12-26"],
        notes="Party portal: study-points prompt, a read-on-phone QR line, a 'recommended' line glued after a "
        "sentence and a branch-activity photo caption between paragraphs; the posting date differs from the 成文日期",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【先锋行动·正姿护苗】机关党支部“正姿护苗”志愿服务工作总结_朔川机关党建网</title></head>
<body>
<div class="head"><h2>⟦m 朔川机关党建网⟧</h2><p>⟦m 中共朔川县直属机关工作委员会主办⟧</p></div>
<div class="menu">⟦m 首页 | 机关动态 | 支部风采 | 党员教育 | 清风朔川⟧</div>
<div class="pos">⟦m 您现在的位置：首页 >> 支部风采 >> 志愿服务⟧</div>
<div class="art"><h1>{T}</h1>
<p class="src">⟦m 发布时间：2024-12-26　作者：县卫健局机关支部　阅读：<b>589</b>⟧</p>
<p class="study">⟦a 登录党员学习平台阅读本文，满60秒可记学习积分1分⟧</p>
{BODY}
<p class="qr">⟦a 扫描右侧二维码，手机上接着读⟧</p>
</div>
<div class="side"><h4>⟦l 支部风采推荐⟧</h4>
<p>⟦l 县水利局党支部开展防汛志愿服务⟧</p><p>⟦l 县税务局“春风行动”走进企业⟧</p></div>
<div class="foot">⟦m 朔川机关党建网版权所有　湘ICP备11029034号-2⟧<br>⟦m 技术维护：朔川县融媒体中心⟧</div>
</body></html>
""",
        body="""
2024年，县卫健局机关党支部围绕青少年近视和脊柱侧弯防控，组织党员开展“正姿护苗”志愿服务，现将工作情况总结如下。
一、主要做法
（一）进校园筛查。支部联合县疾控中心，组织党员医生走进8所小学，为3460名学生进行坐姿和脊柱筛查。
⟦m 党员医生在朔川县实验小学为学生检查脊柱（支部供图）⟧
（二）讲科学用法。针对家长盲目购买坐姿矫正器的情况，支部党员录制了5期科普短视频，讲清矫正器“辅助提醒、不能治病”的道理。⟦l 推荐阅读：县疾控中心发布学生脊柱健康提示⟧
（三）帮困难家庭。为42名筛查异常的困难家庭学生免费配备桌面坐姿提醒支架，并定期回访。
二、取得成效
全年开展志愿服务26场次，参与党员312人次，服务群众5800余人次。
三、下步打算
明年，支部将把“正姿护苗”打造成服务品牌，推动筛查覆盖全县所有小学。
中共朔川县卫生健康局机关支部委员会
2024年12月20日
""",
    ),
    dict(
        slug="party-yanshan-speech-book-racks-cn-date",
        site="巘山先锋网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.ysxianfeng.example.gov.cn/sjjh/2025/0428/1182.html",
        title="在“绘本漂流进农家”活动启动仪式上的讲话",
        record_title="〔书记讲话〕在“绘本漂流进农家”活动启动仪式上的讲话 - 巘山先锋网",
        date="2025-04-23",
        date_also=["2025-04-28"],
        notes="Party site: speaker line and a date in Chinese numerals under the title (neutral); study-points "
        "and font rows; a reprint notice and previous/next links; the posting date differs",
        page="""
!m 巘山先锋网　·　巘山县委组织部主办
!m 当前位置：首页 > 书记讲话
!m 发布时间：2025-04-28　来源：棱溪镇党委　点击：402
!a 学习积分 +1（停留满30秒自动计入）
!t 〔书记讲话〕在“绘本漂流进农家”活动启动仪式上的讲话
!a 【字号 大 中 小】【打印】【关闭】
{T}
棱溪镇党委书记　符晓川
（二〇二五年四月二十三日）
{BODY}
!d 本网稿件转载请注明“来源：巘山先锋网”。
!l 上一篇：在全镇农村党员冬训动员会上的讲话
!l 下一篇：棱溪镇党委“书香支部”建设情况汇报
!m 巘山先锋网　湘ICP备13008802号
""",
        indent="\u3000\u3000",
        body="""
同志们、乡亲们、小朋友们：
今天是世界读书日。我们在这里启动“绘本漂流进农家”活动，把一个个绘本架搬进村里的党群服务中心、农家书屋和留守儿童之家。
全镇14个村，每个村都配了两组绘本架、300册绘本。绘本架不上锁，孩子们可以借回家，看完再送回来，也可以换到别的村去看，让一本书在全镇“漂流”起来。
在这里，我对各村党支部提三点要求：一要有人管，每个点位明确一名党员当“架长”；二要常更新，每月至少轮换一批书；三要多陪伴，组织党员志愿者和大学生每周开展一次亲子共读。
孩子们今天捧起的绘本，就是明天的希望。希望大家共同把这件好事办好！
""",
    ),
    dict(
        slug="edu-shuochuan-notice-posture-attachment-link",
        site="朔川县教育局 (invented education portal)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.shuochuan.example.gov.cn/tzgg/2025/0512/6620.html",
        title="关于规范校园内坐姿矫正器推介行为的通知",
        record_title="关于规范校园内坐姿矫正器推介行为的通知 - 文件通知 - 朔川县教育局",
        date="2025-05-09",
        date_also=["2025-05-12"],
        notes="education portal: 适老/读屏 links, an attachment download link beside the 附件 list, the notice's "
        "own 联系人/电话/邮箱 beside a technical-support line; a sentence telling schools to download the "
        "attachment stays body; page date differs",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于规范校园内坐姿矫正器推介行为的通知 - 文件通知 - 朔川县教育局</title></head>
<body>
<div class="top">⟦m 朔川县教育局⟧ <a>⟦a 适老版⟧</a> <a>⟦a 读屏模式⟧</a> <a>⟦a 邮箱登录⟧</a></div>
<div class="nav">⟦m 首页⟧ ⟦m 教育要闻⟧ ⟦m 文件通知⟧ ⟦m 招生考试⟧ ⟦m 办事指南⟧</div>
<div class="where">⟦m 首页 › 文件通知 › 正文⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 发布日期：2025年05月12日　发布科室：基础教育股　阅读次数：1733⟧</div>
<div class="content">
{BODY}
</div>
<div class="fj"><p>⟦a 附件1：规范推介行为自查表.docx（点击下载）⟧</p><p>⟦a 附件2：学生读写姿势教育要点.pdf（点击下载）⟧</p></div>
<div class="pn">⟦l 上一篇：关于做好2025年中考体育考试工作的通知⟧<br>⟦l 下一篇：朔川县中小学近视防控宣传月活动安排⟧</div>
<div class="foot"><p>⟦m 朔川县教育局主办　地址：朔川县育才路6号⟧</p><p>⟦m 网站技术支持：0739-7350099（工作日）⟧</p><p>⟦m 湘ICP备15004471号⟧</p></div>
</body></html>
""",
        body="""
各中小学、幼儿园：
近期，有家长反映个别学校在家长会上推荐购买指定品牌的坐姿矫正器。为规范办学行为，切实减轻家长负担，现就有关事项通知如下。
一、任何学校和教师不得向学生、家长推销或变相推销坐姿矫正器等商品，不得组织商家进校园开展产品宣传。
二、学校开展读写姿势教育，应以课堂提醒、课间活动和健康教育为主，不得把购买矫正器作为要求。
三、各校要在5月20日前完成自查。请各校下载附件1，填写后加盖公章，扫描发送至指定邮箱。
联系人：戴明睿　电话：0739-7352068　邮箱：scjyj_jjk@163.com
附件：1．规范推介行为自查表
2．学生读写姿势教育要点
朔川县教育局
2025年5月9日
""",
    ),
    dict(
        slug="edu-zaoxi-plan-pencil-caps-decimal",
        site="璪溪县教育信息网 (invented)",
        style="教育门户",
        genre="方案",
        kind="other",
        form="text",
        source="http://www.zxjyxx.example.cn/dyzx/2025/0303/2214.html",
        title="厍口镇中心小学“一支铅笔用到底”节约习惯养成活动方案",
        record_title="【德育园地】厍口镇中心小学“一支铅笔用到底”节约习惯养成活动方案（附评比细则）",
        date="2025-02-27",
        notes="education site text: decimal headings 1.1–4.1 in the body; a school's submission line and "
        "views; a 'return to column' link; 成文日期 under the signature",
        page="""
!m 璪溪县教育信息网
!m 首页 ／ 德育园地 ／ 学校德育
!t 【德育园地】厍口镇中心小学“一支铅笔用到底”节约习惯养成活动方案（附评比细则）
!m 投稿单位：厍口镇中心小学　审核：县教育局德育股　浏览：96
{BODY}
!a 【返回德育园地】　【打印此页】
!m 璪溪县教育局信息中心维护　投稿邮箱：zxjyxx@163.com
""",
        body="""
1．活动目标
1.1 引导学生爱惜文具，养成勤俭节约的习惯。
1.2 减少铅笔浪费，每名学生每学期铅笔用量比上学期减少三分之一。
2．活动内容
2.1 “给铅笔穿外衣”：各班统一为学生配发铅笔套，铅笔用短后套上笔套继续使用。
2.2 “短铅笔博物馆”：每班设一个展示盒，学期末评比谁的铅笔用得最短。
2.3 “节约小故事”：每周班会课请两名学生讲一讲自己节约文具的故事。
3．时间安排
3.1 3月为宣传发动阶段，4月至6月为实施阶段，7月初进行总结表彰。
4．工作要求
4.1 各班主任要及时掌握学生用笔情况，不得要求学生购买指定品牌的笔套。
厍口镇中心小学德育处
2025年2月27日
""",
    ),
    dict(
        slug="exam-songyang-notice-magnetic-tiles-timetable",
        site="颂阳人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.syrsks.cn/jszg/2025/0430/1067.html",
        title="关于2025年上半年幼儿园教师资格面试考生自带教具的公告",
        record_title="【面试考务·幼儿园类】关于2025年上半年幼儿园教师资格面试考生自带教具的公告_颂阳人事考试网",
        date="2025-04-30",
        notes="exam site: maintenance banner, an admission-ticket float, a timetable (one row a paragraph, cells "
        "apart by ideographic spaces), a sentence telling candidates to download and print the ticket, the "
        "notice's 咨询电话 beside the site's technical line",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【面试考务·幼儿园类】关于2025年上半年幼儿园教师资格面试考生自带教具的公告_颂阳人事考试网</title></head>
<body>
<div class="notice-bar">⟦d 系统升级：5月3日22:00至次日6:00暂停报名及缴费服务，请错峰操作⟧</div>
<div class="hd"><b>⟦m 颂阳人事考试网⟧</b> <span>⟦m 颂阳市人事考试中心⟧</span></div>
<div class="nav">⟦m 首页⟧ ⟦m 公务员⟧ ⟦m 事业单位⟧ ⟦m 教师资格⟧ ⟦m 职称考试⟧ ⟦m 成绩查询⟧</div>
<div class="path">⟦m 当前位置：首页 > 教师资格 > 考务通知⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 来源：颂阳市教育考试院　阅读：12,406⟧</div>
<div class="con">
{BODY}
</div>
<div class="float-zkz"><a>⟦a 准考证打印入口 ›⟧</a></div>
<div class="rel"><h3>⟦l 相关考务⟧</h3><p>⟦l 2025年上半年教师资格面试报名常见问题解答⟧</p><p>⟦l 教师资格面试考场规则⟧</p></div>
<div class="ft"><p>⟦m 网站技术支持：0739-8211999（仅限系统故障）⟧</p><p>⟦d 本网站发布的考试信息以正式文件为准。⟧</p><p>⟦m 湘ICP备16021178号-1⟧</p></div>
</body></html>
""",
        body="""
各位考生：
2025年上半年中小学教师资格考试面试将于5月17日至18日举行。现就幼儿园类别考生自带教具的有关事项公告如下。
一、幼儿园类别考生在试讲环节可自带磁力片、彩色积木等简易教具，每人不超过一盒，入场时交监考员检查。
二、磁力片须完整无破损，不得带有电子元件和文字提示。
三、考试时间安排如下：
日期　上午　下午
5月17日　8:30—11:30　14:00—17:30
5月18日　8:30—11:30　14:00—17:30
四、请考生于5月12日起登录本网站下载并打印准考证，按准考证上的时间和地点参加考试。
咨询电话：0739-8211306（工作日8:30—17:00）
颂阳市教育考试院
2025年4月30日
""",
    ),
    dict(
        slug="exam-yanshan-tip-pencil-caps-byline",
        site="巘山人事考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://rsks.yanshan.example.gov.cn/kwtz/2025/0603/507.html",
        title="关于笔试考生铅笔及铅笔套使用的温馨提示",
        record_title="〖笔试须知〗关于笔试考生铅笔及铅笔套使用的温馨提示 - 考务动态 - 巘山人事考试网",
        date="2025-06-03",
        notes="exam site text: the byline's 发布时间 is the only date; a numbered list; a login row, a QR "
        "follow line and a technical-support footer",
        page="""
!m 巘山人事考试网
!a 考生登录　｜　注册新账号　｜　找回密码
!m 您所在的位置：首页 » 考务动态
{T}
!m 发布时间：2025-06-03 10:20　来源：考务科　浏览量：4532
{BODY}
!a 扫码关注“巘山人事考试”，考试提醒早知道
!l 往期提示：考生防暑降温小贴士　｜　考场禁带物品清单
!m 系统技术支持：0739-4561188　版权所有：巘山县人事考试中心
""",
        body="""
近期有考生咨询，笔试答题卡填涂能否使用带铅笔套的铅笔。现提示如下：
1．考生应自备2B铅笔，可以使用铅笔套，但铅笔套上不得印有文字、公式或图案。
2．进入考场前，监考员将逐一检查文具，带有字迹的铅笔套一律放在考场前方的指定位置。
3．自动铅笔、带橡皮头的卡通铅笔套同样需要接受检查，建议考生使用普通木质铅笔。
4．考生不得在考场内互相借用文具。
请广大考生提前做好准备，预祝考试顺利。
""",
    ),
]

"""holdout115, part A: a refuse transfer station, an emergency-broadcast plan, a bearing works,
a fasteners association, a lighter maker, a shoe factory, a marionette troupe, a tuina school,
an anchovy fishing co-op, a mackerel processor, a bricklayers' contest and a stonemason's blog.
Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="gov-qiaoshan-transfer-station-html-notice",
        site="峤山县城市管理局 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://cgj.qiaoshan.example.gov.cn/tzgg/2025/0612/3391.html",
        title="关于城西垃圾中转站提标改造期间调整收运路线的通告",
        record_title=None,
        date="2025-06-12",
        notes="modern county portal, no record title; a 索引号 table, a font row, a share bar and a related list; the notice's own 联系人/电话 next to the site's 12319 line",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>关于城西垃圾中转站提标改造期间调整收运路线的通告_峤山县城市管理局</title>
<link rel="stylesheet" href="/css/main.css"><script>var _hmt=_hmt||[];</script></head>
<body>
<div class="top"><span>⟦m 峤山县城市管理局　干净整洁 有序安全⟧</span><a>⟦a 无障碍⟧</a><a>⟦a 长者模式⟧</a></div>
<nav><ul><li>⟦l 首页⟧</li><li>⟦l 机构概况⟧</li><li>⟦l 政务公开⟧</li><li>⟦l 办事服务⟧</li><li>⟦l 互动交流⟧</li></ul></nav>
<div class="pos">⟦m 您当前所在：首页 » 政务公开 » 通知公告⟧</div>
<table class="idx"><tr><td>⟦m 索引号：11330726MB0Q12-03-2025-0047⟧</td><td>⟦m 发文机构：县城市管理局⟧</td></tr>
<tr><td>⟦m 成文日期：2025-06-12⟧</td><td>⟦m 公开方式：主动公开⟧</td></tr></table>
<h1>⟦t 关于城西垃圾中转站提标改造期间调整收运路线的通告⟧</h1>
<div class="tools">⟦a 【字号 大 中 小】⟧ ⟦a 【打印本页】⟧ ⟦a 【关闭窗口】⟧</div>
<div class="art">
{BODY}
</div>
<div class="share">⟦l 转发到：微信 微博 QQ空间⟧</div>
<div class="rel"><h3>⟦l 相关信息⟧</h3><ul>
<li>⟦l 县城区环卫作业时间调整的公告 06-03⟧</li><li>⟦l 2025年第二季度市容环境考评结果 05-30⟧</li></ul></div>
<aside><div>⟦m 城管服务热线：12319⟧</div><div>⟦a 扫码关注“峤山城管”⟧</div></aside>
<footer><p>⟦m 主办：峤山县城市管理局　地址：峤山县环城北路86号⟧</p><p>⟦m 浙ICP备0581227号-2　政府网站标识码：3307260031⟧</p><p>⟦d 本站文字图片版权归主办单位所有，未经许可不得转载⟧</p></footer>
<script src="/js/stat.js"></script>
</body></html>
""",
        body="""
为提升城西片区生活垃圾转运能力，减少臭气和噪声对周边居民的影响，县城市管理局决定对城西垃圾中转站实施提标改造。现将有关事项通告如下：
一、改造时间。自2025年6月20日起至2025年9月30日止，施工期间中转站暂停接收生活垃圾。
二、收运调整。原送城西中转站的垃圾，改由压缩式收运车直运县生活垃圾焚烧发电厂，收运时间调整为每日5时至8时、16时至19时。
三、居民配合事项。请沿线居民和商户按时将垃圾投放至指定收集点，不得在中转站周边堆放。
联系人：叶立群，电话：0579-8821436。
峤山县城市管理局
2025年6月12日
""",
    ),
    dict(
        slug="fanwen-emergency-broadcast-plan-decorated",
        site="公文范本阁 (invented)",
        style="范文站",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.gwfbg.example.com/fangan/48312.html",
        title="乡镇应急广播体系建设实施方案",
        record_title="乡镇应急广播体系建设实施方案（通用3篇）-公文范本阁",
        date=None,
        notes="a 范文 page: decorated record title, a 目录 of three pieces, only the first shown; a writing-service prompt between paragraphs; a numbered list and a 下载 sentence of the document; no date",
        page="""
!m 公文范本阁 > 工作方案 > 实施方案
!t 乡镇应急广播体系建设实施方案（通用3篇）
!m 更新：2小时前　浏览：1187次
!l 目录：篇一 乡镇应急广播体系建设实施方案　篇二 村级应急广播管理办法　篇三 应急广播维护方案
!t 篇一：乡镇应急广播体系建设实施方案
{BODY}
!a 下载本篇（Word格式）　　加入收藏
!l 上一篇：村级防汛应急预案范本
!l 下一篇：乡镇安全生产大检查方案
!d 声明：本站范文均由会员投稿，仅供参考，如有侵权请联系删除。
""",
        body="""
为打通突发事件预警信息发布“最后一公里”，结合本镇实际，制定本方案。
一、建设目标。到年底，实现镇、村、组三级应急广播全覆盖，预警信息在十分钟内传达到户。
二、主要任务。
1.建设镇级应急广播平台，与县级平台对接。
2.在各行政村新建或改造高音喇叭，每村不少于四只。
3.为独居老人、残疾人家庭配发应急收音终端。
⟦w 材料写不出来？资深笔杆子一对一代笔，微信同号 fbg_2088⟧
三、运行维护。各村明确一名管理员，负责日常开机检测，村民可通过镇政府网站下载《应急广播收听指南》。
四、保障措施。镇财政安排专项资金，纳入年度考核。
""",
    ),
    dict(
        slug="oa-hengtong-bearing-safety-summary",
        site="恒通轴承有限公司办公平台 (invented)",
        style="企业内网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://oa.hengtong-brg.example.com/doc/view?id=20250108-77",
        title="热处理车间2024年安全生产工作总结",
        record_title="热处理车间2024年安全生产工作总结",
        record_date="2025-01-08",
        date="2025-01-08",
        notes="an intranet document view: the approval trail and read count around the text; a data table one row a paragraph; the date from the record",
        page="""
!m 恒通轴承协同办公 ▸ 公文管理 ▸ 收文查看
!m 拟稿：热处理车间 贺文斌　　审核：安环部 曹敏　　签发：罗振东
!m 阅读次数：64　　密级：内部
{T}
{BODY}
!l 【流转记录】安环部已阅（01-08 14:22）→ 生产部已阅（01-08 16:05）→ 总经理办公室待阅
!a 导出PDF　|　打印正文　|　返回列表
!d 本文件仅限公司内部使用，严禁外传
""",
        body="""
2024年，热处理车间坚持“安全第一、预防为主”，全年未发生轻伤以上事故，现将工作总结如下。
一、主要指标完成情况
项目　目标值　完成值
隐患整改率　100%　100%
特种作业持证率　100%　100%
职业健康体检率　98%　100%
二、重点工作。车间完成了三台渗碳炉的燃气泄漏报警装置更换，开展淬火油槽火灾应急演练两次。
三、存在问题。部分新员工对可控气氛炉的操作规程掌握不牢，夜班巡检记录不够规范。
2025年，车间将把班组安全活动纳入绩效，确保全年安全生产形势稳定。
""",
    ),
    dict(
        slug="assoc-zheyuan-fastener-html-initiative",
        site="浙源市紧固件行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="letter",
        form="html",
        source="https://www.zyfastener.example.org.cn/news/show-2213.html",
        title="关于规范紧固件产品标识的倡议书",
        record_title="关于规范紧固件产品标识的倡议书 - 浙源市紧固件行业协会",
        date="2025-03-18",
        notes="old table layout of an association: a marquee, a member login box, a visitor counter; a site suffix in the record title; the date only under the signature",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>关于规范紧固件产品标识的倡议书 - 浙源市紧固件行业协会</title></head>
<body bgcolor="#ffffff">
<table width="960" align="center"><tr><td>⟦m 浙源市紧固件行业协会⟧</td><td>⟦m 会员热线：0573-86051120⟧</td></tr></table>
<table width="960" align="center"><tr>
<td>⟦l 协会首页⟧</td><td>⟦l 协会简介⟧</td><td>⟦l 行业动态⟧</td><td>⟦l 会员风采⟧</td><td>⟦l 标准法规⟧</td></tr></table>
<marquee>⟦l 热烈祝贺第六届螺丝螺母质量擂台赛圆满落幕！⟧</marquee>
<table width="960" align="center"><tr><td width="220" valign="top">
<div>⟦a 会员登录　用户名　密码　登录　注册⟧</div>
<div>⟦l 通知公告 | 理事会议纪要 | 会费缴纳办法⟧</div>
</td><td valign="top">
<div>⟦m 您的位置：首页 >> 协会公告⟧</div>
<h3>⟦t 关于规范紧固件产品标识的倡议书⟧</h3>
<div>⟦m 作者：秘书处　来源：本站　点击数：412⟧</div>
{BODY}
<div>⟦a 【打印此文】【关闭】⟧</div>
</td></tr></table>
<table width="960" align="center"><tr><td>⟦m 版权所有：浙源市紧固件行业协会　地址：浙源市东栅路17号⟧<br>⟦m 您是本站第 0028716 位访客⟧</td></tr></table>
</body></html>
""",
        body="""
全市紧固件生产企业：
近年来，部分产品包装标识不全、强度等级标注不清，既损害了用户利益，也影响了浙源紧固件的整体声誉。为此，协会向全体会员企业发出如下倡议：
一是严格按照国家标准在螺栓头部标注强度等级和厂家标志。
二是在外包装上完整标明规格、材质、表面处理方式和生产批号。
三是不为无资质企业贴牌代工，不使用来源不明的线材。
让我们携起手来，共同擦亮“浙源造”这块金字招牌。
浙源市紧固件行业协会
2025年3月18日
""",
    ),
    dict(
        slug="corp-huoyan-lighter-recall-letter",
        site="火焰牌打火机制造有限公司 (invented)",
        style="企业官网",
        genre="函",
        kind="letter",
        form="text",
        source="https://www.huoyan-lighter.example.com/news/recall-2025.html",
        title="关于召回部分批次充气式打火机的致客户函",
        record_title="关于召回部分批次充气式打火机的致客户函.docx",
        date="2025-04-09",
        notes="a maker's site; a file-name record title; the letter's own 联系人/电话/邮箱 next to the site's customer hotline; chrome glued after a 。",
        page="""
!m 火焰牌 · 专注点火具三十年
!l 首页 | 产品中心 | 新闻动态 | 联系我们
!m 新闻动态 > 公司公告　　2025-04-09
{T}
{BODY}
!w 全国客服：400-612-0839（工作日 8:30-17:30）
!m Copyright © 2025 火焰牌打火机制造有限公司　湘ICP备0931127号
""",
        body="""
尊敬的客户：
我公司在例行抽检中发现，2025年1月生产的批号为HY2501A至HY2501D的充气式打火机，部分产品的调节阀在低温下存在漏气可能。⟦a 分享到朋友圈⟧
为保障使用安全，我公司决定自即日起主动召回上述批次产品，已售出的产品一律免费更换。
请各经销商立即停止销售并清点库存，填写《召回登记表》后寄回我公司售后部。
联系人：莫晓岚，电话：0731-82260417，邮箱：recall@huoyan-lighter.example.com。
由此给您带来的不便，我们深表歉意。
火焰牌打火机制造有限公司
2025年4月9日
""",
    ),
    dict(
        slug="wenku-shoe-factory-speech-bullet-markers",
        site="知页文库 (invented)",
        style="文库预览",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://wenku.zhiye.example.cn/view/8a1f02cc7d.html",
        title="在鞋厂质量月启动大会上的讲话",
        record_title="在鞋厂质量月启动大会上的讲话.pdf",
        date=None,
        notes="a 文库 preview: page markers '• 2 •' cutting sentences; a preview-end prompt and a pay button; a file-name title; a speaker line neutral; no date",
        pages=dict(fmt="• {n} •", every=60, start=2),
        page="""
!m 知页文库 › 企业管理 › 质量管理
!t 在鞋厂质量月启动大会上的讲话.pdf
!m 页数：4　大小：86KB　上传者：wx_ba72
生产副厂长　龚建平
{BODY}
!a 试读结束，还剩2页未读，开通知页会员畅读全文
!a ¥3.00 立即下载
!d 文档内容由用户上传，知页文库仅提供存储服务。
""",
        body="""
同志们：
今天我们召开质量月启动大会，目的是动员全厂干部职工把质量意识落实到每一道工序、每一双鞋上。
去年我厂出口订单返修率为千分之六，比前年下降了两个千分点，但开胶、断底等问题仍时有发生。
今年质量月的主题是“一针一线见匠心”，各车间要围绕帮面缝制、成型刷胶、底部压合三个关键环节开展质量攻关。
质检部要加大巡检频次，对连续三次出现同类问题的班组，要停线整改、追溯到人。
同志们，质量是企业的生命，让我们从现在做起，从每一双鞋做起。
""",
    ),
    dict(
        slug="news-taoyuan-marionette-troupe-html",
        site="陶源新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.taoyuan.example.com.cn/wh/2025-05/21/c_60317.htm",
        title="陶源提线木偶剧团新编剧目进校园",
        record_title="陶源提线木偶剧团新编剧目进校园_文化频道_陶源新闻网",
        date="2025-05-21",
        notes="modern news portal: a channel suffix in the record title; byline with 发布时间 (the page's date); photo caption as neutral; editor line; hot list and a comment box",
        page="""
<!doctype html><html><head><meta charset="utf-8"><title>陶源提线木偶剧团新编剧目进校园_文化频道_陶源新闻网</title>
<script>window.adConfig={slot:3};</script></head><body>
<header><div class="logo">⟦m 陶源新闻网⟧</div><nav>⟦l 首页　时政　社会　文化　体育　视频⟧</nav></header>
<div class="crumb">⟦m 首页 > 文化频道 > 正文⟧</div>
<article>
<h1>⟦t 陶源提线木偶剧团新编剧目进校园⟧</h1>
<div class="info">⟦m 发布时间：2025-05-21 09:14　来源：陶源日报　记者：梁紫涵⟧</div>
<figure><img src="/pic/mo0521.jpg"><figcaption>演员在校园里表演提线木偶</figcaption></figure>
{BODY}
<div class="editor">⟦m [责任编辑：单蕾]⟧</div>
</article>
<div class="cmt">⟦l 网友评论　已有0条评论　我来说两句⟧</div>
<aside><h4>⟦l 24小时热文⟧</h4><ol><li>⟦l 陶源港新航线开通⟧</li><li>⟦l 城南片区学位分配方案出炉⟧</li></ol></aside>
<footer>⟦m 陶源新闻网版权所有　违法和不良信息举报电话：0599-3318000⟧</footer>
</body></html>
""",
        body="""
5月20日上午，陶源提线木偶剧团走进城关第二小学，为六百多名师生带来新编木偶剧《小小护河员》。
这部剧目讲述了一个孩子和一只白鹭一起守护家乡小河的故事，三十六根提线操控下的木偶动作细腻，引得孩子们阵阵欢呼。
演出结束后，演员们还教孩子们操作简易木偶，讲解提线木偶的历史和表演技巧。
据介绍，今年剧团计划完成“非遗进校园”演出四十场，覆盖全市所有乡镇中心小学。
""",
    ),
    dict(
        slug="training-jingyi-tuina-course-plan",
        site="敬医推拿职业培训学校 (invented)",
        style="培训机构",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.jingyi-tn.example.com/kcap/2025q3.html",
        title="2025年第三期小儿推拿技能培训教学方案",
        record_title="【热招】2025年第三期小儿推拿技能培训教学方案",
        date="2025-06-30",
        notes="a training school: a decorated record title; a 报名咨询 box and an enrolment banner between paragraphs; a schedule table one row a paragraph; the date under the text",
        page="""
!m 敬医推拿培训学校｜人社部门备案职业培训机构
!l 首页　课程设置　师资力量　学员风采　在线报名
!t 【热招】2025年第三期小儿推拿技能培训教学方案
{BODY}
!w 报名咨询：李老师 139 0736 2218（微信同号）
!a 立即在线报名 ＞＞
!m 校址：衡阳市蒸湘区立新大道309号 3楼
""",
        body="""
一、培训对象。具有初中以上文化程度、有志从事小儿推拿工作的人员。
二、培训时间。2025年7月14日至8月22日，共六周，每周上课五天。
⟦a 限时优惠：前20名报名立减600元⟧
三、课程安排
周次　内容　课时
第1周　小儿生理病理特点　30
第2至3周　常用穴位与手法　60
第4至5周　常见病调理　60
第6周　实操考核　30
四、考核发证。学员经理论和实操考核合格，颁发结业证书，并可参加专项职业能力考核。
2025年6月30日
""",
    ),
    dict(
        slug="wechat-haiwan-anchovy-coop-mirror",
        site="微读汇 (invented WeChat mirror)",
        style="公众号镜像",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.weiduhui.example.com/a/9c2e77d0a1.html",
        title="关于伏季休渔期间鳀鱼捕捞船只管理的通知",
        record_title=None,
        date="2025-04-25",
        notes="a WeChat mirror: account line, 原创 mark, the mirror's read/like row and its own 'open in WeChat' prompt; the title missing from the record; a 关注 sentence of the document kept; date under the signature in Chinese numerals",
        page="""
!m 海湾渔业合作社　　微读汇收录
{T}
!m 原创　海湾鳀鱼合作社　2025-04-25 18:02　浙江
{BODY}
!l 阅读 2391　　赞 47　　推荐 12
!a 微信扫一扫，使用小程序打开
!d 本页面由微读汇自动抓取，版权归原公众号所有，如需删除请联系我们。
""",
        body="""
各社员船主：
根据上级渔业主管部门关于海洋伏季休渔的规定，今年伏季休渔自5月1日12时起至8月1日12时止，现将合作社鳀鱼捕捞船只管理事项通知如下。
一、所有鳀鱼拖网船只须于4月30日前回港停泊，并到合作社登记船名、船号和停靠码头。
二、休渔期间船只实行集中停泊、专人看管，严禁私自出海作业。
三、请社员及时关注本公众号，合作社将通过公众号发布休渔补贴申领通知。
海湾鳀鱼专业合作社
二〇二五年四月二十五日
""",
    ),
    dict(
        slug="docshare-mackerel-plant-report-upload",
        site="共享文档站 (invented)",
        style="文档分享",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://www.gxwendang.example.net/doc/5510726.html",
        title="鲐鱼加工企业冷链运行情况调研报告",
        record_title="鲐鱼加工企业冷链运行情况调研报告（可编辑）",
        date="2024-11-27",
        notes="a sharing page: 可编辑 decoration, an upload notice and a 'similar documents' list; decimal headings; a 下载 control glued before a paragraph's first sentence",
        page="""
!m 共享文档站 | 海量文档 免费分享
!t 鲐鱼加工企业冷链运行情况调研报告（可编辑）
!m 贡献者：haiyang_lin　2024-11-27 上传　7页
!d 本文档由用户自行上传，其内容的真实性由上传者负责，本站不承担相关责任。
{BODY}
!l 相似文档：水产品冷库安全管理制度 | 冷链物流发展调研报告 | 水产加工厂质量手册
!a 全文下载（积分 5）
""",
        body="""
1 调研背景
今年以来，全市鲐鱼加工量增长较快，冷链环节成为影响产品品质的关键因素。市渔业局组织调研组对十二家加工企业开展了专题调研。
1.1 调研方法
调研采取实地察看、座谈交流和查阅台账相结合的方式进行。
⟦a 下载文档⟧2 主要发现
2.1 冷库容量不足。旺季时有五家企业冷库满负荷运行，部分原料只能露天临时堆放。
2.2 温控记录不全。三家企业未安装温度自动记录仪，靠人工填写，记录存在补写现象。
3 对策建议
建议引导企业共建共享冷库，推广温度在线监测，将冷链记录纳入日常监管。
""",
    ),
    dict(
        slug="rsks-linchuan-bricklaying-contest-notice",
        site="临川市人事考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.lcrsks.example.gov.cn/jnjs/2025/0703/101.html",
        title="关于举办全市砌筑工职业技能竞赛的通知",
        record_title="关于举办全市砌筑工职业技能竞赛的通知",
        date="2025-07-03",
        notes="a personnel-exam site: a 考生服务 box, a 温馨提示 disclaimer, a 附件 list of the document kept; 文号 neutral; 发布时间 line",
        page="""
!m 临川市人事考试网
!l 考试动态 | 报名入口 | 成绩查询 | 证书领取
!m 当前位置：首页 / 技能竞赛
{T}
临人社字〔2025〕31号
!m 发布时间：2025-07-03　　浏览次数：928
{BODY}
!l 考生服务：准考证打印 | 成绩复核申请 | 常见问题
!d 温馨提示：本网发布的考试信息以正式文件为准。
!m 临川市人事考试中心　　咨询电话：0794-8261507
""",
        body="""
各县（区）人力资源和社会保障局，各有关企业：
为弘扬工匠精神，提高建筑行业砌筑工技能水平，市人社局决定举办全市砌筑工职业技能竞赛。
一、竞赛时间地点。2025年8月15日至16日，在市建筑技工学校实训基地举行。
二、参赛条件。在本市从事砌筑工作满两年、年龄在五十五周岁以下的在职职工。
三、奖励办法。获得第一名的选手，按程序申报“临川市技术能手”称号。
附件：1.砌筑工竞赛报名表
2.竞赛技术文件
临川市人力资源和社会保障局
2025年7月3日
""",
    ),
    dict(
        slug="blog-laoshijiang-stonemason-html",
        site="石头记·老石匠的博客 (invented)",
        style="博客",
        genre="心得体会",
        kind="insight",
        form="html",
        source="https://blog.shitouji.example.com/post/2025/02/stone-thirty-years.html",
        title="打了三十年石头的一点体会",
        record_title="打了三十年石头的一点体会 | 石头记",
        date="2025-02-16",
        notes="a personal blog: a tag cloud, an archive, a 'read more' and a comment form; the date in a post-meta line; a reader's reply not in the body",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>打了三十年石头的一点体会 | 石头记</title>
<style>.post{max-width:680px}</style></head><body>
<header><h2>⟦m 石头记⟧</h2><p>⟦m 一个乡村石匠的手记⟧</p></header>
<nav>⟦l 首页　随笔　手艺　关于我⟧</nav>
<main class="post">
<h1>⟦t 打了三十年石头的一点体会⟧</h1>
<p class="meta">⟦m 2025年02月16日 · 分类：手艺 · 阅读 356⟧</p>
{BODY}
<p class="tags">⟦l 标签：石匠 手艺 乡村⟧</p>
<div class="nav">⟦l « 过年打的那对石狮子⟧　⟦l 给徒弟的三句话 »⟧</div>
<section class="comments"><h3>⟦l 3 条评论⟧</h3>
<p>⟦l 山里人：看哭了，我爷爷也是石匠。⟧</p>
<form>⟦l 发表评论　昵称　邮箱　提交⟧</form></section>
</main>
<aside><h4>⟦l 标签云⟧</h4><p>⟦l 石磨 碑刻 门墩 石桥 工具⟧</p><h4>⟦l 文章归档⟧</h4><p>⟦l 2025年2月 (3)　2025年1月 (5)⟧</p></aside>
<footer>⟦d © 石头记 · 本站文章转载请注明出处⟧　⟦m Powered by 轻博⟧</footer>
</body></html>
""",
        body="""
十六岁那年跟着舅舅学打石头，一晃三十年过去了。
石匠这门手艺，最要紧的是看石头。同一块青石，顺着纹路走錾子，事半功倍；逆着纹路硬来，一锤下去就废了。
第二是磨性子。一对门墩要打半个月，急不得，也省不得，哪一錾偷了懒，日后都看得出来。
这些年村里盖房都用上了水泥，找我打石头的人少了，但修老桥、补老墙的活还有。
我想，只要还有人要，这门手艺就不能在我手里断了。
""",
    ),
]

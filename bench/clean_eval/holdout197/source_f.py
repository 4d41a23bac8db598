"""holdout197, part F: intranets, company sites, trade associations, cloud drives, print views and forwarded mails.

Invented text throughout; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="oa-warehouse-minutes-cold-store-mats-approval-trail",
        site="钹川冷链物流协同办公平台 (invented intranet)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.bcll.local/doc/view?id=20241115-0087",
        title="关于仓储中心通道防滑垫更换的专题会议纪要",
        record_title="〔待阅〕关于仓储中心通道防滑垫更换的专题会议纪要 - 协同办公平台",
        date="2024-11-14",
        notes="OA document view with its 流转记录 (approval trail), read count and a 'mark as read' button; the "
        "minutes' 时间/地点/主持/参会/记录 lines kept (the 时间 line gives the date); a 印发 stamp in the trail",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〔待阅〕关于仓储中心通道防滑垫更换的专题会议纪要 - 协同办公平台</title>
<script src="/static/oa/seal.js"></script></head>
<body>
<div class="oa-top">⟦m 钹川冷链物流 · 协同办公平台⟧　⟦m 当前用户：阮海峰（仓储中心）⟧　⟦a 退出⟧</div>
<div class="oa-menu">⟦m 待办(3)　待阅(12)　已办　公文查询　通讯录⟧</div>
<div class="oa-doc">
<div class="oa-docinfo">⟦m 文件类型：会议纪要　密级：内部　紧急程度：平件⟧</div>
<h2>{T}</h2>
<div class="oa-content">
{BODY}
</div>
<div class="oa-btns">⟦a 标记已阅　｜　转发　｜　下载正文　｜　打印稿纸⟧</div>
<div class="oa-flow"><h4>⟦m 流转记录⟧</h4>
<p>⟦m 林晓（行政部）　拟稿　2024-11-14 17:02⟧</p>
<p>⟦m 阮海峰（仓储中心）　审核　同意印发　2024-11-15 09:20⟧</p>
<p>⟦m 系统　分发至 14 人　已阅 9 人⟧</p></div>
</div>
<div class="oa-foot">⟦d 内部资料，严禁外传。如需帮助请联系信息中心 分机 8000⟧</div>
</body></html>
""",
        body="""
时间：2024年11月14日下午3:00
地点：仓储中心二楼会议室
主持：阮海峰（仓储中心副主任）
参会：安全环保部、行政部、仓储一组至三组组长
记录：林晓
会议听取了仓储中心关于近期通道滑倒事件的情况汇报。10月以来，冷库出入口和装卸平台因冷凝水结露，已发生员工滑倒2起，其中1人轻伤。
会议议定：
一、12月1日前，将冷库出入口、装卸平台现有橡胶垫全部更换为耐低温镂空防滑垫，由行政部负责采购，费用从安全生产费用中列支。
二、仓储各组每班交接时检查防滑垫，发现积水、结冰及时清理。
三、安全环保部在事故多发点位张贴“小心地滑”警示标识。
""",
    ),
    dict(
        slug="oa-workshop-notice-handheld-megaphones-extension",
        site="阮江机械协同门户 (invented intranet, text export)",
        style="企业内网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://portal.rjjx.local/notice/2024/0422-17",
        title="关于规范生产车间手持扩音器使用的通知",
        date="2024-04-22",
        notes="record title as is; intranet export with a read receipt and an IT desk line beside the notice's "
        "own 分机 line; numbered list 1. 2. 3.; 成文日期 under the signature",
        page="""
!m 阮江机械 · 协同门户 ＞ 通知公告 ＞ 安全生产
{T}
!m 发文部门：安全环保部　　阅读范围：全体员工　　已读 311 / 未读 46
{BODY}
!a [确认已读]　[导出PDF]　[返回列表]
!m IT服务台：分机 8000　　门户使用问题请提交工单
""",
        body="""
各生产车间：
近期发现，部分班组长在车间内使用手持扩音器喊话时音量过大，个别员工反映耳朵不适；另有员工私自用扩音器播放音乐。为规范使用，现通知如下：
1.手持扩音器仅限于班前会、应急疏散和设备故障指挥时使用，其他时间不得开启。
2.在噪声超过85分贝的区域使用扩音器喊话时，员工须佩戴耳塞，喊话人应避免对准他人耳部。
3.扩音器由各车间统一登记保管，损坏的到设备部以旧换新。
如有疑问请联系安全环保部，分机8213。
安全环保部
2024年4月22日
""",
    ),
    dict(
        slug="mingjiang-tools-company-news-insulated-pliers-cookie",
        site="钹川铭匠工具有限公司 (invented company site)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.mingjiangtools.com/news/company/2024-08-08-96.html",
        title="公司发布护手型绝缘钳系列新品",
        record_title="新闻动态 › 公司发布护手型绝缘钳系列新品 - 铭匠工具",
        record_date="2024-08-08",
        date="2024-08-08",
        notes="company site with a cookie notice and an online-service float; the site name is also in the body "
        "(matched as head); a product-ad line between paragraphs; date from the record",
        page="""
<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8"><title>新闻动态 › 公司发布护手型绝缘钳系列新品 - 铭匠工具</title>
<script>window.dataLayer=window.dataLayer||[];</script></head>
<body>
<div class="cookie">⟦d 本网站使用Cookie以改善浏览体验，继续访问即表示您同意我们的隐私政策。⟧ <button>⟦a 接受⟧</button></div>
<header><span class="brand">⟦m 铭匠工具⟧</span><nav>⟦m 首页 产品中心 新闻动态 经销网络 关于我们⟧</nav><span>⟦a 中文 | EN⟧</span></header>
<div class="news-loc">⟦m 首页 / 新闻动态 / 公司新闻⟧</div>
<article>
<h1>{T}</h1>
<div class="news-date">⟦m 2024-08-08　｜　浏览 402⟧</div>
{BODY}
</article>
<div class="pn">⟦l 上一篇：铭匠工具通过质量管理体系复审⟧　⟦l 下一篇：第二届“铭匠杯”电工技能赛落幕⟧</div>
<div class="kf">⟦w 在线客服｜经销合作热线 400-860-2271⟧</div>
<footer>⟦m © 2024 钹川铭匠工具有限公司　浙ICP备18036620号-1⟧</footer>
</body></html>
""",
        body="""
8月6日，钹川铭匠工具有限公司在华东五金工具展上发布了护手型绝缘钳系列新品，包括绝缘钢丝钳、尖嘴钳和斜口钳三款产品。
新品采用双色双层绝缘柄，外层为防滑软胶，内层为高强度绝缘材料，通过了1000伏耐压检测。钳柄根部设计了护手挡，可防止手指滑向钳口。
⟦a 【新品直达】护手型绝缘钳三件套，点击进入天猫旗舰店⟧
公司技术负责人介绍，新品的研发历时一年半，针对的是一线电工反映较多的“手汗打滑”问题。新品将于9月起陆续在各地经销商处上市。
""",
    ),
    dict(
        slug="caihong-stationery-recall-highlighters-batches",
        site="阮江彩虹文具有限公司 (invented company site, text)",
        style="企业官网",
        genre="召回公告",
        kind="notice",
        form="text",
        source="http://www.rjcaihong.com/news/gonggao/0730.html",
        title="关于召回部分批次儿童荧光笔的公告",
        record_title="关于召回部分批次儿童荧光笔的公告 - 企业资讯 - 彩虹文具",
        date="2024-07-30",
        notes="company text page: a recall table one row a paragraph, the recall line in the body beside a 400 "
        "sales line in the header; company name also in the footer; 成文日期 under the signature",
        page="""
!m 彩虹文具　｜　订购热线 400-700-3388
!m 首页 › 新闻中心 › 公司公告
{T}
!m 来源：质量部　｜　浏览 1,877
{BODY}
!l 相关阅读：彩虹文具产品安全承诺　｜　如何辨别正品彩虹荧光笔
!m 阮江彩虹文具有限公司 版权所有　苏ICP备17022945号
""",
        body="""
近日，我公司在产品质量自查中发现，2024年3月至5月生产的部分批次“彩虹豆”儿童荧光笔笔帽通气孔尺寸偏小，存在儿童误吞后窒息的风险。为保障消费者安全，我公司决定主动召回以下批次产品：
产品型号　生产批号　数量（支）
HG-06六色装　20240318　12600
HG-06六色装　20240409　9800
HG-12十二色装　20240522　7400
消费者可凭产品包装或购买凭证到原购买网点免费退换，也可拨打召回专线0731-8842016，我公司将安排上门回收。
给广大消费者带来的不便，我们深表歉意。
阮江彩虹文具有限公司
2024年7月30日
""",
    ),
    dict(
        slug="hardware-association-pledge-pliers-voltage-labels",
        site="钹川县五金工具行业协会 (invented association site)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="http://www.bcwjxh.org.cn/xhgg/2024/1012/136.html",
        title="关于规范钳类工具产品耐压标识的倡议书",
        record_title="〖自律倡议〗关于规范钳类工具产品耐压标识的倡议书 - 钹川县五金工具行业协会",
        date="2024-10-12",
        notes="association site with member login and a member hotline beside the association's own phone in "
        "the body; the association's name is also the signature (matched as head); 成文日期 under it",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〖自律倡议〗关于规范钳类工具产品耐压标识的倡议书 - 钹川县五金工具行业协会</title></head>
<body>
<div class="xh-top">⟦a 会员登录　｜　入会申请　｜　会员服务热线：0736-5233900⟧</div>
<div class="xh-logo">⟦m 钹川县五金工具行业协会⟧</div>
<div class="xh-nav">⟦m 协会首页　协会公告　行业动态　会员风采　政策法规⟧</div>
<div class="xh-art">
<div class="xh-loc">⟦m 协会首页 &gt; 协会公告⟧</div>
<h2>{T}</h2>
<div class="xh-meta">⟦m 发布：秘书处　｜　浏览 297⟧</div>
{BODY}
<div class="xh-ops">⟦a 【打印】【收藏】【返回】⟧</div>
</div>
<div class="xh-foot">⟦m 协会地址：钹川县五金城管理大楼4楼　邮箱：bcwjxh@126.com⟧<br>⟦m 浙ICP备19027731号⟧</div>
</body></html>
""",
        body="""
全体会员单位：
近期，市场监管部门在抽查中发现，部分钳类工具产品标称“绝缘”却未标注耐压等级，个别产品绝缘柄仅为普通塑料套，给使用者带来安全隐患。为维护行业信誉，协会向全体会员单位倡议：
一、如实标识。绝缘钳类产品须在钳柄显著位置标注额定耐压等级和执行标准，不得以“防滑柄”“护手柄”冒充绝缘柄。
二、严格出厂检验。每批次产品均应进行耐压抽检，检验记录保存不少于三年。
三、相互监督。发现虚假标识的，可向协会秘书处反映，电话0736-5233918。
钹川县五金工具行业协会
2024年10月12日
""",
    ),
    dict(
        slug="audio-chamber-council-minutes-loudhailer-pact-vote",
        site="阮江市音响扩声设备商会 (invented association site, text)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://www.rjyxsh.org/dongtai/2024-06-21.html",
        title="阮江市音响扩声设备商会二届三次理事会会议纪要",
        record_title="[会议纪要] 阮江市音响扩声设备商会二届三次理事会会议纪要 - 商会动态",
        date="2024-06-21",
        notes="association minutes with 时间/地点/主持/出席/列席/记录 lines and a vote count; a join-the-chamber "
        "line on a line of its own between paragraphs; the chamber's name as the page header",
        page="""
!m 阮江市音响扩声设备商会
!m 商会动态 ＞ 会议纪要
!t [会议纪要] 阮江市音响扩声设备商会二届三次理事会会议纪要
!m 发布者：商会秘书处　　阅读：158
{BODY}
!a 【返回上页】　【打印本文】
!m 商会秘书处电话：0731-8873560　地址：阮江市电子城B座6楼
""",
        indent="\u3000\u3000",
        body="""
时间：2024年6月21日上午
地点：商会会议室
主持：钟明远（会长）
出席：理事23人（应到27人）
列席：监事会成员2人
记录：阮琪
会议审议并通过了以下事项：
⟦a 欢迎音响、扩声设备经营企业加入商会，入会指南请点此查看⟧
一、《关于会员单位不销售超标高音喇叭的自律公约》，表决结果：同意22票，反对0票，弃权1票。
二、同意吸收阮江声达电子有限公司等3家单位为会员。
三、商会将配合市生态环境局开展社会生活噪声宣传，向会员门店发放“文明用声”提示牌。
""",
    ),
    dict(
        slug="cloud-drive-preview-armband-rules-pdf-marker-paras",
        site="云匣网盘 (invented cloud drive)",
        style="网盘分享",
        genre="制度",
        kind="other",
        form="html",
        source="https://pan.yunxiapan.com/s/1Rk7vQm2#list/path=%2F",
        title="平安巡防队员红袖章管理办法",
        record_title="平安巡防队员红袖章管理办法.pdf",
        date=None,
        notes="cloud-drive preview of a PDF cut by page-marker paragraphs (⍚ n ⍚); extraction-code and expiry "
        "lines, a save/download bar; 第N条 articles; rules with only an effective clause (no date)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>平安巡防队员红袖章管理办法.pdf_免费高速下载|云匣网盘</title>
<script>var yx_share={sid:"1Rk7vQm2",size:"212KB"};</script></head>
<body>
<div class="yx-head">⟦m 云匣网盘 · 你的文件随身匣⟧　⟦a 登录　注册　客户端下载⟧</div>
<div class="yx-file">
<h3>{T}</h3>
<p>⟦m 分享者：鹤鸣街道平安办　文件大小：212KB　有效期：永久有效⟧</p>
<p>⟦m 提取码已自动填写：k7vq⟧</p>
<div class="yx-bar">⟦a 保存到我的网盘　｜　下载(212KB)　｜　举报⟧</div>
</div>
<div class="yx-preview">
{BODY}
</div>
<div class="yx-more">⟦a 预览仅显示部分页面，完整内容请下载后查看⟧</div>
<div class="yx-foot">⟦d 请勿通过云匣网盘分享违法违规内容，一经发现将依法处理。⟧<br>⟦m ©2024 云匣网盘　京ICP备22016409号⟧</div>
</body></html>
""",
        p_html='<div class="pv-line">{}</div>',
        pages=dict(fmt="⍚ {n} ⍚", every=90, start=2),
        body="""
第一条　为规范平安巡防队员红袖章的发放、佩戴和管理，维护巡防队伍形象，制定本办法。
第二条　红袖章由街道平安建设办公室统一制作、编号和发放，每名队员一枚，编号与队员证一致。
第三条　队员执行巡防、劝导任务时应佩戴红袖章，佩戴于左臂上端，保持整洁，不得佩戴红袖章从事与巡防无关的活动。
第四条　红袖章遗失的，应在三日内向所在社区报告，经登记后补发；损坏的以旧换新。
第五条　队员退出巡防队的，应交回红袖章和队员证。对冒用、借用红袖章的，一经发现，取消队员资格。
第六条　本办法由鹤鸣街道平安建设办公室负责解释，自印发之日起施行。
""",
    ),
    dict(
        slug="netdisk-share-mat-acceptance-points-docx-markers",
        site="速传盘 (invented cloud drive, text preview)",
        style="网盘分享",
        genre="标准",
        kind="other",
        form="text",
        source="http://www.suchuanpan.cn/f/9TQx2w",
        title="防滑垫铺设验收要点",
        record_title="防滑垫铺设验收要点.docx",
        date=None,
        notes="file-name record title (.docx); a text preview cut by page markers ✣第n页✣ on lines of their own; "
        "decimal headings 1 / 2.1 / 4.2; a sharer line and a save prompt; no date",
        page="""
!m 速传盘　|　文件分享
!t 防滑垫铺设验收要点.docx
!m 分享人：钹口社区适老改造组　　大小：18.6KB　　分享于 3 天前
!a 保存到速传盘　　普通下载　　会员极速下载
{BODY}
!a 在线预览到此结束，下载后可查看批注
!d 速传盘仅提供存储服务，文件内容由分享者负责。
""",
        pages=dict(fmt="✣第{n}页✣", every=80, start=2),
        body="""
1 适用范围
本要点适用于居家适老化改造中卫生间、厨房及床边防滑垫的铺设验收。
2 材料要求
2.1 防滑垫应无刺激性气味，产品合格证、检验报告齐全。
2.2 背面吸盘或防滑颗粒分布均匀，颗粒不得一碰即掉。
3 铺设要求
3.1 淋浴区防滑垫应覆盖站立区域，边缘距墙不大于5厘米，不得遮挡地漏。
3.2 门口吸水地垫背面须有防滑胶层，铺设后用脚推动不移位。
4 验收方法
4.1 验收人员穿普通拖鞋在湿润状态下踩踏、转身，垫面不打滑、不移动为合格。
4.2 验收合格后，由老人或家属在验收单上签字，一份交社区存档。
""",
    ),
    dict(
        slug="print-view-flood-office-loudhailer-repair-window-print",
        site="钹川县人民政府网 (invented, print view)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.bochuan.gov.cn/print.jsp?id=88231",
        title="关于开展汛前应急广播和手持扩音喇叭检修的通知",
        record_title="打印视窗：关于开展汛前应急广播和手持扩音喇叭检修的通知",
        date="2025-04-08",
        notes="print view calling window.print(): the page URL and print time at the top, a print footer "
        "⌭ 第1页 · 共1页 ⌭ at the bottom; the notice's own 联系人/电话; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>打印视窗：关于开展汛前应急广播和手持扩音喇叭检修的通知</title>
<style>@media print{.noprint{display:none}}</style>
<script>window.onload=function(){window.print();};</script></head>
<body>
<div class="noprint">⟦a [确认打印]　[关闭本页]⟧</div>
<div class="ph">⟦m 钹川县人民政府网　http://www.bochuan.gov.cn/zwgk/tzgg/88231.html⟧</div>
<div class="ph">⟦m 打印时间：2025/4/15 10:26⟧</div>
<h2 align="center">{T}</h2>
{BODY}
<div class="pf">⟦p ⌭ 第1页 · 共1页 ⌭⟧</div>
</body></html>
""",
        body="""
各乡镇人民政府：
为确保汛期预警信息传得出、听得到，县防汛抗旱指挥部办公室决定在汛前对全县应急广播和手持扩音喇叭开展一次集中检修。现将有关事项通知如下：
一、检修范围：村级应急广播终端、防汛手持扩音喇叭、手摇报警器。
二、检修要求：逐台试播、试喊，检查电池和充电线，更换老化设备，4月30日前完成。
三、报送要求：各乡镇于5月6日前将检修情况汇总表报县防办。
联系人：阮国梁　电话：0736-5219031
钹川县防汛抗旱指挥部办公室
2025年4月8日
""",
    ),
    dict(
        slug="print-preview-traffic-armband-plan-footer",
        site="瑟溪文明网 (invented, print preview text)",
        style="打印页",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.sxwmw.cn/print/2024/0918/405.html",
        title="关于开展“红袖章”文明交通劝导的工作方案",
        record_title="【打印版式】关于开展“红袖章”文明交通劝导的工作方案（简版）",
        date="2024-09-18",
        notes="print preview text: the site line and print URL at the top, a print footer ⧗ 1 / 1 ⧗ at the "
        "bottom; a numbered list inside the plan; 成文日期 under the signature",
        page="""
!m 瑟溪文明网 — 打印预览
!m 网址：http://www.sxwmw.cn/gzdt/2024/0918/405.html
!t 【打印版式】关于开展“红袖章”文明交通劝导的工作方案（简版）
{BODY}
!p ⧗ 1 / 1 ⧗
!a [打印]　[返回正文]
""",
        indent="\u3000\u3000",
        body="""
为改善城区主要路口交通秩序，县文明办、县公安局交警大队决定在城区开展“红袖章”文明交通劝导活动，特制定本方案。
一、时间安排：2024年10月至12月，每个工作日早晚高峰各1小时。
二、劝导点位：人民路与中山路交叉口、县一中路口、汽车站路口等8个点位。
三、人员组成：各县直单位志愿者，每个点位每班2人，佩戴红袖章，手持小旗。
四、劝导内容：
1.劝导行人不闯红灯、不翻越护栏；
2.劝导电动车驾乘人员佩戴头盔、不逆行；
3.劝导机动车礼让斑马线。
五、工作要求：志愿者只劝导、不执法，遇到纠纷及时报告执勤交警。
瑟溪县精神文明建设指导委员会办公室
2024年9月18日
""",
    ),
    dict(
        slug="webmail-library-letter-custom-markers-attachment-bar",
        site="鹤鸣图书馆 政务邮箱 (invented webmail view)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.hmlib.org.cn/webmail/read?mid=20240516-3302",
        title="关于订购定制记号笔的函",
        record_title="[外部邮件] 转发：关于订购定制记号笔的函",
        date="2024-05-15",
        date_also=["2024-05-16"],
        notes="webmail reading view with a forwarded header block and an attachment bar beside the letter's own "
        "附件 list and 联系人/电话; the mail's send date differs from the letter's date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>[外部邮件] 转发：关于订购定制记号笔的函</title></head>
<body>
<div class="wm-top">⟦m 鹤鸣图书馆邮件系统⟧　⟦a 收信　写信　通讯录　设置　退出⟧</div>
<div class="wm-toolbar">⟦a 回复　回复全部　转发　删除　标记为未读　更多⟧</div>
<div class="wm-head">
<h3>{T}</h3>
<p>⟦m 发件人：阮晴 &lt;ruanqing@hmlib.org.cn&gt;⟧</p>
<p>⟦m 收件人：sales@rjcaihong.com⟧</p>
<p>⟦m 时　间：2024年5月16日（星期四）上午9:14⟧</p>
<p>⟦d 外部邮件提醒：此邮件发往外部域，请注意信息安全。⟧</p>
</div>
<div class="wm-fwd">⟦m ---------- 转发的邮件 ---------- 发件人：办公室 &lt;office@hmlib.org.cn&gt;　主题：定制记号笔函（定稿）⟧</div>
<div class="wm-body">
{BODY}
</div>
<div class="wm-att">⟦a 📎 2 个附件（共 1.3MB）　印字样稿.jpg　活动简介.docx　全部下载⟧</div>
<div class="wm-foot">⟦m 鹤鸣图书馆　地址：鹤鸣路88号⟧</div>
</body></html>
""",
        body="""
阮江彩虹文具有限公司：
我馆将于6月举办“鹤鸣古籍修复体验周”活动，需订购一批定制记号笔，用于参与者在修复练习纸上做标记。现将有关需求函告如下：
一、数量及规格：细头水性记号笔600支，笔杆印“鹤鸣图书馆”字样，颜色为黑、红两色各半。
二、质量要求：墨水无异味、不渗纸，须提供有效期内的检验报告。
三、交货时间：6月5日前送达我馆。
请贵公司于5月22日前回复报价及样品寄送安排。
附件：1.笔杆印字样稿
2.活动简介
联系人：阮晴　电话：0731-8810726
鹤鸣图书馆
2024年5月15日
""",
    ),
    dict(
        slug="fw-mail-property-inquiry-wire-strippers-cc",
        site="城投物业企业邮箱 (invented, forwarded mail as text)",
        style="邮件转发",
        genre="询价函",
        kind="letter",
        form="text",
        source="mailto:wxb@bltwy.cn?subject=FW",
        title="关于采购剥线钳等维修工具的询价函",
        record_title="FW: 答复: 关于采购剥线钳等维修工具的询价函",
        date="2025-02-26",
        date_also=["2025-02-27"],
        notes="forwarded mail: mail headers (发件人/发送时间/收件人/抄送/主题) as meta; the letter's own 抄送 line "
        "at its end kept in the body; an items table; the forwarder's note and a mail signature",
        page="""
!m 发件人: 筚岭城投物业 维修部 <wxb@bltwy.cn>
!m 发送时间: 2025年2月27日 星期四 10:05
!m 收件人: 供应商群发组
!m 抄　送: cgb@bltwy.cn
!t 主题: FW: 答复: 关于采购剥线钳等维修工具的询价函
!m 各位好，附上询价函正文，请按要求报价，谢谢！
!m ---------- 原始邮件 ----------
{BODY}
!m ——
!m 维修部 阮工 | 筚岭县城投物业服务有限公司
!d 本邮件及附件含保密信息，仅供指定收件人使用。
""",
        body="""
各供应商：
我公司物业维修部拟采购一批维修工具，现进行询价，欢迎报价。
序号　名称　规格　数量
1　自动剥线钳　0.2—6平方毫米　10把
2　绝缘钢丝钳　8寸，1000V　10把
3　水泵钳　10寸　6把
报价须含税含运费，有效期30天。请于3月5日前将报价单盖章扫描后发送至本邮箱。
联系人：阮工　电话：0739-7346012
筚岭县城投物业服务有限公司
2025年2月26日
抄送：公司财务部
""",
    ),
]

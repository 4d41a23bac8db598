"""holdout75, part F: a fan-making workshop's heritage application on a cloud drive, a hot-pot
association's pledge in a snapshot frame, a camel-ride team's rules in a print view, a lusheng
festival's invitation in a webmail reader, a night-lighting plan on an old 范文 site, a card-room
clean-up plan on a 文库 preview, a demolition tender, a street-light notice on a county forum, a
carton factory's minutes, a tattoo-parlour notice in a text cache and a popcorn-stall letter on a
WeChat mirror. Everything invented (see ../README.md and ../build.py)."""

CASES = [
    dict(
        slug="fan-workshop-heritage-report-netdisk-html",
        site="青鸟云盘 (invented)",
        style="网盘分享",
        genre="报告",
        kind="report",
        form="html",
        source="https://yun.qingniao.example.com/share/init?surl=Fx82kPq",
        title="芗溪竹骨绢扇制作技艺申报县级非物质文化遗产代表性项目的报告",
        record_title="芗溪竹骨绢扇制作技艺申报报告（定稿）.pdf",
        date="2025-05-08",
        notes="cloud-drive preview HTML: sharer, share and expiry stamps (not the date), save/download buttons, a login-to-preview prompt; 附件 list and the document's 联系人 kept",
        page="""
<html><head><meta charset="utf-8"><title>芗溪竹骨绢扇制作技艺申报报告（定稿）.pdf_免费高速下载|青鸟云盘</title></head><body>
<div class="hd">⟦m 青鸟云盘⟧ ⟦a 登录　注册　客户端下载⟧</div>
<div class="share">⟦m 扇坊老林 分享于 2025-05-20 08:41　失效时间：永久有效⟧</div>
<div class="file">⟦t 芗溪竹骨绢扇制作技艺申报报告（定稿）.pdf⟧ ⟦m 1.6M⟧</div>
<div class="btns">⟦a 保存到网盘　下载　分享⟧</div>
<div class="preview">
{BODY}
</div>
<div class="tip">⟦a 文件较大，仅预览前3页，登录后可查看全部⟧</div>
<div class="ft">⟦d 严禁利用青鸟云盘传播违法违规内容⟧ ⟦m 青鸟云盘 ©2025⟧</div>
</body></html>
""",
        body="""
芗溪县文化馆：
芗溪竹骨绢扇制作技艺起源于清代中期，至今已传承六代，是我县具有代表性的传统手工技艺。
一、项目基本情况。竹骨绢扇以本地毛竹为扇骨，以素绢为扇面，须经选竹、劈骨、打磨、裱绢、绘画等二十余道工序制成。
二、传承现状。目前掌握全套技艺的仅有林守义等3人，作坊年产绢扇约2000把。
三、保护计划。拟建立传习所，每年招收学徒不少于5名，并编写技艺图册。
附件：1.传承谱系表
2.项目视频资料目录
联系人：林秀芬，电话：0596-3312870
芗溪县林记扇坊
2025年5月8日
""",
    ),
    dict(
        slug="hotpot-assoc-pledge-snapshot-frame-html",
        site="快搜网页快照 (invented)",
        style="搜索快照",
        genre="倡议书",
        kind="other",
        form="html",
        source="http://snapshot.kuaisou.example.com/?url=www.yxhgxh.example.org/news/210.html",
        title="萸溪县火锅行业协会“光盘行动”倡议书",
        record_title="萸溪县火锅行业协会“光盘行动”倡议书 - 快搜快照",
        date="2025-10-16",
        notes="snapshot frame HTML: cache banner with a snapshot time (not the date), highlight legend, then the source site's own nav and footer; numbered list",
        page="""
<html><head><meta charset="utf-8"><title>萸溪县火锅行业协会“光盘行动”倡议书 - 快搜快照</title></head><body>
<div class="cachebar">⟦d 快搜快照：本页是 www.yxhgxh.example.org/news/210.html 于 2025-11-03 02:47:19 的存档，可能已变化。快搜与网页作者无关，不对其内容负责。⟧</div>
<div class="legend">⟦m 您查询的关键词已被标亮：火锅　光盘⟧ ⟦a 查看当前网页⟧</div>
<div class="site">⟦m 萸溪县火锅行业协会⟧ ⟦m 首页 | 协会简介 | 行业资讯 | 会员单位⟧</div>
<h2>⟦t 萸溪县火锅行业协会“光盘行动”倡议书⟧</h2>
<div class="a">
{BODY}
</div>
<div class="sf">⟦m 协会地址：萸溪县美食街88号　电话：0818-2205116⟧</div>
</body></html>
""",
        body="""
全县火锅餐饮企业和广大消费者：
为深入践行节约粮食、反对浪费的要求，萸溪县火锅行业协会向全县火锅企业和广大消费者发出倡议：
1.推出小份菜、半份菜，提供拼盘服务，引导顾客按需点餐。
2.服务员主动提醒适量点菜，对剩余菜品提供免费打包服务。
3.广大消费者文明就餐，吃多少点多少，争做“光盘族”。
节约一粒米，从每一桌火锅做起。
萸溪县火锅行业协会
2025年10月16日
""",
    ),
    dict(
        slug="camel-ride-team-rules-print-html",
        site="沙湾景区管理处 (invented)",
        style="打印页",
        genre="制度",
        kind="other",
        form="html",
        source="https://www.shawanjq.example.com/print.php?aid=117",
        title="鸣沙湾景区骆驼骑乘服务安全管理规定",
        record_title="打印预览 - 鸣沙湾景区骆驼骑乘服务安全管理规定",
        date="2025-04-28",
        notes="print template: print buttons, a print-time stamp and URL, a print footer with its own wording; numbered articles; the team's 救援电话 kept",
        page="""
<html><head><meta charset="utf-8"><title>打印预览 - 鸣沙湾景区骆驼骑乘服务安全管理规定</title>
<style>@media print{.noprint{display:none}}</style></head><body>
<div class="noprint">⟦a 🖨 打印本页　✕ 关闭⟧</div>
<p>⟦m 鸣沙湾景区管理处　https://www.shawanjq.example.com/show.php?aid=117⟧</p>
<p>⟦m 打印于：2025年06月12日 星期四⟧</p>
<h2>⟦t 鸣沙湾景区骆驼骑乘服务安全管理规定⟧</h2>
{BODY}
<p class="pf">⟦p －共1页·第1页－⟧</p>
</body></html>
""",
        body="""
第一条　为保障游客骑乘安全，规范骆驼骑乘服务，制定本规定。
第二条　驼工须经景区培训考核合格后持证上岗，每名驼工牵引骆驼不得超过5峰。
第三条　骆驼须每年进行健康检查和驱虫，患病或处于发情期的骆驼不得载客。
第四条　游客骑乘前须听取安全讲解，孕妇、70岁以上老人及身高不足1.2米的儿童不得单独骑乘。
第五条　遇沙尘暴、高温红色预警等天气，立即停止骑乘服务。
第六条　骑乘途中发生意外，驼工应立即拨打驼队救援电话0937-8819120并原地等待救援。
鸣沙湾景区管理处
2025年4月28日
""",
    ),
    dict(
        slug="lusheng-festival-invite-webmail-html",
        site="蘘水县文旅局政务邮箱 (invented)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.rangshui.example.gov.cn/read?mid=ZL20251019-77",
        title="关于邀请参加第十届蘘水芦笙节的函",
        record_title="Fw: 关于邀请参加第十届蘘水芦笙节的函",
        date="2025-10-15",
        date_also=["2025-10-19"],
        notes="webmail reader HTML: folder list, mail headers (发件人/收件人/时间), the forwarder's line, the mail's own attachment bar beside the letter's 附件; a schedule table",
        page="""
<html><head><meta charset="utf-8"><title>Fw: 关于邀请参加第十届蘘水芦笙节的函 - 政务邮箱</title></head><body>
<div class="side">⟦l 收件箱(12)　草稿箱　已发送　已删除　垃圾邮件⟧</div>
<div class="bar">⟦a 回复　转发　删除　移动到▼　更多⟧</div>
<div class="head">
<p>⟦m 主题：Fw: 关于邀请参加第十届蘘水芦笙节的函⟧</p>
<p>⟦m 发件人：县文旅局办公室&lt;wlj_bgs@rangshui.example.gov.cn&gt;⟧</p>
<p>⟦m 时　间：2025年10月19日(周日) 上午10:05⟧</p>
<p>⟦m 收件人：各乡镇文化站⟧</p>
</div>
<div class="fwd">⟦m 请各文化站按函件要求组队报名，谢谢！⟧</div>
<div class="mailbody">
{BODY}
</div>
<div class="att">⟦m 附件(1)：芦笙节参赛报名表.xlsx (18K)　预览　下载⟧</div>
</body></html>
""",
        body="""
各兄弟县文化馆：
为传承和弘扬芦笙文化，蘘水县定于2025年11月8日至9日举办第十届芦笙节，诚邀贵单位组队参加。
一、活动安排
日期　活动内容　地点
11月8日　芦笙踩堂展演　芦笙广场
11月9日　芦笙吹奏比赛　民族体育场
二、参赛要求：每队不超过30人，须有芦笙手不少于10人，请于10月31日前报送报名表。
三、参赛队伍食宿由主办方负责，往返交通费自理。
附件：芦笙节参赛报名表
联系人：吴晓芦，电话：0855-5221603
蘘水县文化和旅游局
2025年10月15日
""",
    ),
    dict(
        slug="night-lighting-plan-fanwen-oldtable-html",
        site="好范文网 (invented)",
        style="范文站",
        genre="方案",
        kind="plan",
        form="html",
        source="http://www.haofanwen.example.net/fangan/shishi/20250310_4418.html",
        title="城区主干道夜景亮化提升工程实施方案",
        record_title="城区主干道夜景亮化提升工程实施方案（通用版）_好范文网",
        date="2025-03-10",
        notes="old table-layout 范文 site: marquee, visitor counter, a 【字体：大 中 小】 row, a writing-service prompt glued after a sentence, a hot list; document's 成文日期",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>城区主干道夜景亮化提升工程实施方案（通用版）_好范文网</title></head><body>
<table width="100%"><tr><td>⟦m 好范文网 www.haofanwen.example.net⟧</td><td>⟦a 加入收藏 | 设为首页⟧</td></tr></table>
<marquee>⟦m 好范文网，您身边的公文写作顾问，每日更新精品范文！⟧</marquee>
<table><tr><td>⟦m 您现在的位置：好范文网 &gt;&gt; 方案大全 &gt;&gt; 实施方案⟧</td></tr></table>
<table><tr><td align="center"><h3>⟦t 城区主干道夜景亮化提升工程实施方案（通用版）⟧</h3></td></tr>
<tr><td>⟦m 作者：佚名　文章来源：网络　点击数：2931⟧ ⟦a 【字体：大 中 小】⟧</td></tr>
<tr><td>
{BODY}
</td></tr></table>
<table><tr><td>⟦l 热门范文：⟧</td><td>⟦l 老旧小区改造实施方案⟧</td><td>⟦l 城市管理工作总结⟧</td></tr></table>
<table><tr><td>⟦m 本站访问人数：0221357⟧</td><td>⟦d 好范文网 版权所有⟧</td></tr></table>
</body></html>
""",
        body="""
为提升城市形象，丰富群众夜间生活，根据县委县政府工作部署，制定本方案。
一、实施范围：人民路、滨江路、迎宾大道三条主干道两侧建筑立面及沿线桥梁。⟦w 写材料找好范文，专业代笔QQ 20190817⟧
二、建设标准：坚持节能环保，全部采用LED光源，严禁使用大功率探照灯和激光灯，避免光污染。
三、时间安排：3月完成设计，4月至8月施工，9月底前全部亮灯。
四、运行管理：平日亮灯时间为19:00至22:30，节假日延长至23:30。
城区夜景亮化提升工程指挥部
2025年3月10日
""",
    ),
    dict(
        slug="card-room-cleanup-plan-wenku-wrapped-markers",
        site="千页文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.qianyewenku.example.com/view/8a1f2c0b.html",
        title="葶苈镇棋牌室专项整治工作方案",
        record_title="葶苈镇棋牌室专项整治工作方案_千页文库",
        date="2025-03-26",
        notes="文库 preview text hard-wrapped at 58 columns and cut by page markers 〖P·2〗 glued or not; preview-end and VIP prompts; upload notice",
        wrap=58,
        pages=dict(fmt="〖P·{n}〗", every=110, start=2, glue="mix"),
        page="""
!m 千页文库
!t 葶苈镇棋牌室专项整治工作方案_千页文库
!m 上传人：zf_xiaoli　上传时间：2025-04-03　浏览：661　下载：37
{BODY}
!a ——试读结束，剩余内容请下载后阅读——
!a 开通文库会员，本文免费下载
!d 本文档来源于用户上传，千页文库不对其内容的准确性负责。
""",
        body="""
为净化社会风气，维护群众财产安全，经镇党委政府研究，决定在全镇开展棋牌室专项整治，制定本方案。
一、整治目标。全面摸清辖区棋牌室底数，依法取缔无证经营和以棋牌娱乐为名的赌博场所，做到发现一起、查处一起。
二、整治内容。重点整治无证无照经营、超时营业、接纳未成年人进入、消防设施不达标等问题。
三、工作步骤。4月上旬为摸底排查阶段，4月中旬至5月底为集中整治阶段，6月为总结验收阶段。
四、工作要求。各村（社区）要落实属地责任，每周报送一次整治进展情况。
葶苈镇人民政府
2025年3月26日
""",
    ),
    dict(
        slug="demolition-tender-announcement-text",
        site="蓼湄县公共资源交易中心 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://ggzy.liaomei.example.gov.cn/jsgc/zbgg/2025/1104/3317.html",
        title="蓼湄县老粮站旧仓房拆除工程招标公告",
        record_title="蓼湄县老粮站旧仓房拆除工程招标公告",
        date="2025-11-04",
        record_date="2025-11-04",
        notes="tender portal text: project numbers, 下载 of the bidding documents as part of the document, buyer and agency contacts beside the center's CA helpdesk; a 我要投标 button",
        page="""
!m 蓼湄县公共资源交易中心
!m 建设工程 ＞ 招标公告
{T}
!m 【信息时间：2025-11-04　阅读次数：147】　【我要打印】【关闭】
{BODY}
!a 我要投标　　收藏项目
!m 交易系统技术支持热线：0736-3290028
!l 相关项目：蓼湄县老粮站地块土方平整工程
""",
        body="""
1.招标条件
本招标项目蓼湄县老粮站旧仓房拆除工程已由县发改局批准，资金来自县财政，招标人为蓼湄县城市建设投资有限公司。
2.项目概况
拆除旧仓房5栋，建筑面积约6200平方米，计划工期45日历天。
3.投标人资格要求
投标人须具备建筑工程施工总承包三级及以上资质或特种工程（结构补强）专业承包资质。
4.招标文件的获取
请于2025年11月5日至11月11日登录交易中心网站下载招标文件。
5.联系方式
招标人：蓼湄县城市建设投资有限公司　联系人：胡立平　电话：0736-3212081
招标代理：湘南建信工程咨询有限公司　联系人：陶倩　电话：0736-3256630
""",
    ),
    dict(
        slug="streetlight-repair-county-forum-junk",
        site="蒿川论坛 (invented)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.haochuan-bbs.example.com/thread-118724-1-1.html",
        title="关于城东片区路灯集中检修的通告",
        record_title="【转帖】关于城东片区路灯集中检修的通告 - 蒿川论坛",
        date="2025-12-15",
        notes="county forum text repost: junk glued after sentences and on lines; reposter note, 'source: county streetlight office' line; the office's 报修电话 kept",
        junk=dict(lines=2, glued=2),
        page="""
!m 蒿川论坛 › 蒿川资讯 › 便民信息
!t 【转帖】关于城东片区路灯集中检修的通告
!m 发帖人 城东小王　｜　2小时前　｜　来自 手机版
!m 转自：县路灯管理所
{BODY}
!l 回复：终于修了，东门桥那段黑了半个月
!a 回复　引用　点赞(14)
""",
        body="""
广大市民朋友：
近期城东片区部分路灯出现不亮、闪烁等故障，为保障市民夜间出行安全，我所定于12月17日至12月26日对城东片区路灯进行集中检修。
检修期间，部分路段将临时占用非机动车道，请过往车辆和行人注意避让。
市民发现路灯故障，可拨打路灯报修电话0311-8832345，我们将在24小时内安排人员处理。
蒿川县路灯管理所
2025年12月15日
""",
    ),
    dict(
        slug="carton-factory-minutes-intranet-text",
        site="恒纸包装OA (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://oa.hengzhi-pack.example.local/meeting/2025/0923",
        title="恒纸包装公司2025年第三季度安全生产例会纪要",
        record_title="恒纸包装公司2025年第三季度安全生产例会纪要",
        date="2025-09-24",
        date_also=["2025-09-23"],
        notes="intranet minutes text: an export header (导出 stamp, not the date), a 签收 status box; 时间/地点/主持/参会/记录 lines; 印发 line with its date; numbered decisions",
        page="""
!m 恒纸包装协同办公系统　—　会议管理
!m 导出人：行政部 钟敏　导出时间：2025-10-08 15:12
!t 恒纸包装公司2025年第三季度安全生产例会纪要
{BODY}
!l 签收情况：已签收 9 ／ 未签收 2
!a 【导出PDF】【下载附件】【返回列表】
!d 本系统信息属公司内部资料，未经许可不得外传
""",
        body="""
时间：2025年9月23日上午9:00
地点：公司二楼会议室
主持：副总经理 汤国栋
参会：各车间主任、安全员
记录：钟敏
会议通报了第三季度安全生产情况，三季度未发生工伤事故，但瓦楞纸板生产线存在违规清理辊筒的现象。
会议议定以下事项：
1.各车间要在设备清理作业时严格执行停机挂牌上锁制度，安全员每天抽查不少于两次。
2.原纸仓库于10月10日前完成喷淋系统检测，检测报告报行政部备案。
3.四季度组织一次全员消防疏散演练，由行政部牵头。
印发：各车间、行政部　2025年9月24日印发
""",
    ),
    dict(
        slug="tattoo-minors-notice-text-cache",
        site="搜狸文字快照 (invented)",
        style="搜索快照",
        genre="通告",
        kind="notice",
        form="text",
        source="http://textcache.souli.example.com/t?q=wenshen&u=scj.heyuan.example.gov.cn/tzgg/77.html",
        title="关于严禁为未成年人提供文身服务的通告",
        record_title=None,
        date="2025-06-30",
        notes="text-only cache: a plain banner with a capture time, 'full version' link; no record title; the source site's breadcrumb; the bureau's 举报电话 (document) beside the site's 12315 footer",
        page="""
!d 【文字快照】此为网页纯文字版本，抓取于2025-07-21 06:02，图片与样式已略去。
!a 显示完整版本　|　返回搜索结果
!m 荷原县市场监督管理局 › 通知公告
{T}
{BODY}
!m 投诉举报请拨打12315　地址：荷原县政务中心B座
""",
        body="""
为保护未成年人身心健康，根据《中华人民共和国未成年人保护法》等规定，现就有关事项通告如下：
一、任何文身服务提供者不得为未成年人提供文身服务，不得诱导、强迫未成年人接受文身服务。
二、文身服务提供者应当在经营场所显著位置张贴不为未成年人文身的标志，对难以判明是否成年的，应当要求其出示身份证件。
三、对违反本通告的经营者，将依法依规严肃处理。
举报电话：0738-3826071
荷原县市场监督管理局
2025年6月30日
""",
    ),
    dict(
        slug="popcorn-stall-letter-wechat-text",
        site="菖坪社区公众号镜像 (invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://wxread.mirror.example.org/s/hj2_KrUv0",
        title="致校门口流动摊贩的一封信",
        record_title="致校门口流动摊贩的一封信",
        date="2025-09-01",
        notes="WeChat mirror text: account line with date, a 'tap to follow' prompt glued at the start of the first paragraph, 在看/点赞 bar, a mirror disclaimer; the letter's own 扫码 sentence",
        page="""
{T}
!m 菖坪社区　菖坪社区居委会　2025年9月1日 07:58
{BODY}
!l 预览时标签不可点
!a 阅读 2803　　赞 45　　在看 9
!d 本文转载自微信公众号，如有侵权请联系删除
""",
        body="""
⟦a 戳蓝字“菖坪社区”关注我们⟧各位经营爆米花、烤肠、糖葫芦等小吃的摊主朋友们：
新学期开始了，校门口每天上下学时段人流密集，流动摊点占道经营容易造成拥堵，也存在食品安全和用火用气隐患。
为此，社区倡议：请大家到社区设置的便民疏导点（菖坪小学东侧50米）规范经营，使用燃气设备的须配备灭火器，不使用来源不明的食材。
需要办理疏导点摊位登记的摊主，可扫描疏导点公示牌上的二维码登记。
让我们共同守护孩子们的上学路！
菖坪社区居民委员会
2025年9月1日
""",
    ),
]

"""holdout149, part F: encyclopaedia Q&A, cloud drives, search caches, print views, forwarded mails. Invented text."""

CASES = [
    dict(
        slug="baike-danjieshi-text-diet-answer",
        site="健康百问 (invented)",
        style="百科问答",
        genre="科普",
        kind="other",
        form="text",
        source="https://www.jiankangbaiwen.example.com/wenda/38120.html",
        title="胆结石患者日常饮食要注意什么？",
        record_title="胆结石患者日常饮食要注意什么？_健康百问",
        date=None,
        notes="health Q&A entry; doctor card and review line as chrome; numbered advice; relative time is no date",
        page="""
!m 健康百问 > 消化内科 > 胆结石
{T}
!m 栝溪县人民医院　肝胆外科　副主任医师　柏文涛
!m 已审核　｜　3个月前更新　｜　12.4万人看过
{BODY}
!d 本回答仅作健康科普，不能代替医生面诊，身体不适请及时就医。
!l 这个回答对您有帮助吗？　有帮助(821)　没帮助(19)
!l 相关问题：胆囊息肉需要手术吗？｜ 胆结石会遗传吗？
!a 免费问医生 >>
""",
        body="""
胆结石患者的饮食，核心是规律、清淡、少油。具体可以注意以下几点：
1.三餐定时，尤其要吃早餐。长时间空腹会使胆汁在胆囊内淤积，增加结石形成的机会。
2.减少高脂肪、高胆固醇食物，如肥肉、动物内脏、油炸食品，烹调多用蒸、煮、炖。
3.适量增加膳食纤维，多吃蔬菜、水果和粗粮，有助于减少胆固醇吸收。
4.多喝水，每天饮水1500至2000毫升。
5.控制体重，但不要过快减重，快速减肥反而可能诱发结石。
如果出现右上腹剧烈疼痛、发热或皮肤发黄，应及时到医院就诊。
""",
    ),
    dict(
        slug="baike-lanwei-html-entry-edit",
        site="知识万象百科 (invented)",
        style="百科问答",
        genre="词条",
        kind="other",
        form="html",
        source="https://baike.wanxiang.example.org/item/急性阑尾炎/55102",
        title="急性阑尾炎",
        record_title="急性阑尾炎_知识万象百科",
        date=None,
        notes="encyclopaedia HTML: edit links, catalogue, references box; no date (edit time relative)",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>急性阑尾炎_知识万象百科</title><script src="/static/lemma.js"></script></head><body>
<div class="hd">⟦m 知识万象百科⟧ ⟦a 进入词条⟧ ⟦a 全站搜索⟧ ⟦a 帮助⟧</div>
<h1>{T}</h1>
<div class="lemma-tools">⟦a 编辑⟧ ⟦a 讨论⟧ ⟦l 收藏 1.2万⟧ ⟦l 赞 3307⟧</div>
<div class="catalog">⟦l 目录：1 病因　2 症状　3 治疗⟧</div>
{BODY}
<div class="ref">⟦l 参考资料：外科学（第9版）⟧</div>
<div class="stat">⟦m 浏览次数：86万次　编辑次数：41次　最近更新：两周前⟧</div>
<div class="ft">⟦d 词条内容仅供参考，如需就医请咨询专业医生⟧ ⟦m ©2024 知识万象⟧</div>
</body></html>
""",
        body="""
急性阑尾炎是外科最常见的急腹症之一，多见于青壮年，男性略多于女性。
病因：阑尾管腔阻塞是最主要的原因，常见的阻塞物为粪石、淋巴滤泡增生和异物；阻塞后细菌繁殖，引起阑尾发炎。
症状：典型表现为转移性右下腹痛，即疼痛开始于上腹部或脐周，数小时后转移并固定于右下腹，可伴有恶心、呕吐和发热。
治疗：绝大多数急性阑尾炎一经确诊，应早期行阑尾切除术；目前腹腔镜手术已广泛应用，创伤小、恢复快。
""",
    ),
    dict(
        slug="netdisk-pengsha-text-annual-plan",
        site="云盒网盘分享 (invented)",
        style="网盘分享",
        genre="工作计划",
        kind="plan",
        form="text",
        source="https://pan.yunhe.example.com/s/1Bx9KpQ",
        title="硼砂厂2024年工作计划",
        record_title="硼砂厂2024年工作计划.wps",
        date="2024-01-04",
        notes="cloud-drive share text; file-name title; expiry and save prompts; date in signature",
        page="""
!m 云盒网盘　|　分享文件
!t 硼砂厂2024年工作计划.wps
!m 分享者：老宁的云盒　　分享时间：2024-01-05 08:12　　有效期：永久有效
!a 保存到我的云盒　　下载(47KB)　　举报
!a 在线预览仅显示文字，排版以下载文件为准
{BODY}
!a 开通云盒超级会员，下载提速、预览不限页数
!m 云盒网盘 © 2024
""",
        date_also=["2024-01-05"],
        body="""
2024年是我厂技术改造完成后的第一个完整生产年。根据公司下达的任务，结合我厂实际，制定本年度工作计划。
一、生产目标：全年生产十水硼砂4.2万吨、五水硼砂1.5万吨，产品一级品率不低于98%。
二、安全环保：实现零死亡、零重伤、零环境污染事件；完成母液回收系统升级，废水回用率提高到90%以上。
三、降本增效：吨产品综合能耗比上年下降5%，原料硼矿石单耗控制在2.6吨以内。
四、队伍建设：开展岗位练兵和技能比武，全年培训职工不少于1200人次。
五、保障措施：实行目标责任制，将各项指标分解到车间、班组，按月考核兑现。
硼砂厂
2024年1月4日
""",
    ),
    dict(
        slug="netdisk-heimai-html-trial-report",
        site="麦田云盘 (invented)",
        style="网盘分享",
        genre="报告",
        kind="report",
        form="html",
        source="https://share.maitianpan.example.cn/f/rye-trial-2024",
        title="2024年黑麦新品种区域试验总结报告",
        record_title="2024年黑麦新品种区域试验总结报告.pdf",
        date="2024-08-30",
        notes="cloud-drive HTML preview with page marker; data table; file-name title; date in signature",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>2024年黑麦新品种区域试验总结报告.pdf - 麦田云盘</title><script src="/viewer/pdf.js"></script></head><body>
<div class="bar">⟦m 麦田云盘⟧ ⟦a 登录⟧ ⟦a 客户端下载⟧</div>
<div class="file"><h2>{T}</h2><p>⟦m 1.2MB · 2024-09-02 分享 · 浏览 66 次⟧</p><p>⟦a 保存到网盘⟧ ⟦a 普通下载⟧</p></div>
<div class="viewer">
{BODY}
</div>
<div class="tip">⟦a 预览仅显示前3页，下载查看全部⟧</div>
<div class="ft">⟦d 请勿分享侵权内容，违者将被封禁⟧</div>
</body></html>
""",
        pages=dict(fmt="3", every=250, start=3),
        body="""
根据省农作物品种审定委员会安排，2024年我站在高海拔冷凉区承担了黑麦新品种区域试验，现将试验结果总结如下。
一、试验概况。参试品种5个，以当地主栽品种为对照，随机区组排列，3次重复，小区面积20平方米，2023年9月25日播种，2024年7月18日收获。
二、试验结果
品种　亩产（公斤）　比对照增减　生育期（天）
冷黑1号　312.4　+9.8%　296
高原黑麦7号　298.1　+4.8%　299
对照　284.5　—　298
三、结论。冷黑1号产量高、抗倒伏性好，建议进入生产试验。
高寒农业试验站
2024年8月30日
""",
    ),
    dict(
        slug="snapshot-naochong-text-kindergarten-notice",
        site="搜一搜网页快照 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="text",
        source="http://cache.souyisou.example.com/c?m=8a71e2&u=http://www.xiaomiao-yey.cn/tz/2024/33.html",
        title="关于开展幼儿蛲虫感染筛查的通知",
        record_title=None,
        date="2024-03-18",
        notes="search cache with highlight banner; no record title; 回执 and template line kept; date in signature",
        page="""
!d 这是 http://www.xiaomiao-yey.cn/tz/2024/33.html 的快照，是该网页在 2024年5月2日 的存档。当前页面可能已更改。
!m 以下搜索词已高亮显示：蛲虫 筛查
!m 小苗幼儿园 - 家园共育 - 园所通知
{T}
{BODY}
!m 小苗幼儿园　地址：樗城市东关路22号
!a 返回原网页
""",
        body="""
各位家长：
蛲虫病是儿童常见的肠道寄生虫病，主要表现为夜间肛周瘙痒、睡眠不安。为保障幼儿健康，经与市疾控中心协商，我园定于3月25日至27日对全园幼儿开展蛲虫感染筛查。
筛查采用透明胶纸肛拭法，须在幼儿早晨起床后、排便和清洗前由家长采样。幼儿园将于3月22日统一发放采样材料和操作说明。
筛查结果阳性的幼儿，由疾控中心免费提供驱虫药物，家长须配合做好家庭环境清洁。
请家长填写回执，于3月22日前交班主任。
回执：本人已知晓筛查事宜，同意孩子____（姓名）参加。家长签名：________
小苗幼儿园
2024年3月18日
""",
    ),
    dict(
        slug="snapshot-renxingdao-html-travelator-inspection",
        site="寻迹快照 (invented)",
        style="搜索快照",
        genre="通报",
        kind="notice",
        form="html",
        source="https://snap.xunji.example.net/cache?id=c31a77&url=scjg.zhukou.gov.cn/tzgg/2024/1105.html",
        title="槠口市市场监管局关于全市自动人行道专项检查情况的通报",
        record_title="槠口市市场监管局关于全市自动人行道专项检查情况的通报",
        record_date="2024-11-05",
        date="2024-11-05",
        notes="cache frame HTML around an old bureau page; data table; record date",
        page="""
<html><head><meta charset="utf-8"><title>槠口市市场监管局关于全市自动人行道专项检查情况的通报 - 寻迹快照</title></head><body>
<div class="snap-banner">⟦d 寻迹快照：本页为 2024-11-20 抓取的网页副本，仅供参考，不代表原网站最新内容。⟧ ⟦a 查看原网页⟧</div>
<div class="orig">
<div class="site">⟦m 槠口市市场监督管理局⟧</div>
<div class="loc">⟦m 当前位置：首页 &gt; 通知公告⟧</div>
<h2>{T}</h2>
<p>⟦m 发布时间：2024-11-05　来源：特种设备安全监察科⟧</p>
{BODY}
<p>⟦a 【打印】⟧ ⟦a 【关闭】⟧</p>
<p>⟦m 槠口市市场监督管理局主办⟧</p>
</div></body></html>
""",
        body="""
各县（区）市场监管局：
10月份，市局组织对全市商场、交通枢纽在用自动人行道开展了专项检查，现将检查情况通报如下。
县区　检查台数　发现隐患　已整改
中心城区　46　19　17
槠东区　21　8　8
石门县　7　3　2
检查发现的主要问题有：梳齿板缺齿、扶手带速度偏差超标、紧急停止按钮标识不清、维保记录填写不规范等。
请各地督促使用单位于11月30日前完成全部整改，逾期未整改的，依法予以查处。
槠口市市场监督管理局
2024年11月5日
""",
    ),
    dict(
        slug="print-chuanwu-text-boatyard-rules",
        site="栎川船艇修造厂 打印版 (invented)",
        style="打印页",
        genre="制度",
        kind="other",
        form="text",
        source="http://www.lcchuanting.example.com/print.php?id=71",
        title="船艇修造厂船台区安全管理规定",
        record_title="船艇修造厂船台区安全管理规定（打印版）",
        date="2024-05-15",
        notes="print view: URL and print-time stamps (not dates), page footer; date in the document's last line",
        page="""
!m 栎川船艇修造厂
!m http://www.lcchuanting.example.com/print.php?id=71
{T}
{BODY}
!m 打印时间：2025/1/9 14:22:07
!m 第 1 页 / 共 1 页
!a [关闭打印窗口]
""",
        body="""
第一条　为加强船台区安全管理，防止高处坠落、物体打击和火灾事故，制定本规定。
第二条　进入船台区人员必须佩戴安全帽，高处作业必须系挂安全带，脚手架搭设须经验收合格后方可使用。
第三条　船台区严禁吸烟。动火作业须办理动火证，清除周边可燃物，配备灭火器并设专人监护。
第四条　船舶下水前，由生产部组织检查滑道、绞车和止滑装置，确认无误后方可下水。
第五条　本规定自2024年5月15日起施行。
""",
    ),
    dict(
        slug="print-gu-html-cobalt-refinery-notice",
        site="钴业公司新闻中心打印页 (invented)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.gyecobalt.example.com/news/print/20240603.html",
        title="关于开展2024年“安全生产月”活动的通知",
        record_title="关于开展2024年“安全生产月”活动的通知-打印",
        date="2024-06-03",
        notes="print HTML: script print(), URL and print stamp; doc number neutral; 抄送/印发 版记 kept",
        page="""
<html><head><meta charset="utf-8"><title>关于开展2024年“安全生产月”活动的通知-打印</title>
<script>window.onload=function(){window.print();}</script><style>@media print{.noprint{display:none}}</style></head><body>
<div class="noprint">⟦a 打印本页⟧ ⟦a 关闭⟧</div>
<div>⟦m 柘原钴业有限公司 · 新闻中心⟧</div>
<h2>{T}</h2>
<p>柘钴安〔2024〕15号</p>
{BODY}
<div>⟦m 本文地址：https://www.gyecobalt.example.com/news/20240603.html⟧</div>
<div>⟦m 打印日期：2024年6月20日⟧</div>
</body></html>
""",
        body="""
各部门、各分厂：
今年6月是全国第23个“安全生产月”。为切实增强全员安全意识，公司决定在全公司开展“安全生产月”活动。现将有关事项通知如下。
一、开展一次隐患大排查。各分厂重点排查酸浸、萃取、电积工序的设备设施和危险化学品储存场所。
二、组织一次应急演练。钴冶炼分厂组织硫酸泄漏应急演练，其他分厂结合实际开展火灾疏散演练。
三、举办一次安全知识竞赛。各部门选派3名职工组队参赛。
各单位请于6月28日前将活动总结报安全环保部。
柘原钴业有限公司
2024年6月3日
抄送：公司领导班子成员。
柘原钴业有限公司办公室　2024年6月3日印发
""",
    ),
    dict(
        slug="mail-tingzhang-text-hearing-dog-forward",
        site="邮件转发 (invented)",
        style="邮件转发",
        genre="倡议书",
        kind="other",
        form="text",
        source="mailto:forward/20240425-hearingdog",
        title="关于为听障辅助犬进入公共场所提供便利的倡议书",
        record_title="Fw: 关于为听障辅助犬进入公共场所提供便利的倡议书",
        date="2024-04-25",
        notes="forwarded mail; mail headers and quoted forward lines as chrome; the document's own 附件 kept; date in signature",
        page="""
!m 发件人：栎川县残疾人服务中心 <cjrfwzx@lichuan.example.gov.cn>
!m 发送时间：2024年4月26日 9:15
!m 收件人：各社区工作站
!m 主题：Fw: 关于为听障辅助犬进入公共场所提供便利的倡议书
!m ---------- 转发的邮件 ----------
{T}
{BODY}
!d 此邮件及其附件可能包含内部信息，如误收请删除并告知发件人。
!m 栎川县残疾人服务中心　综合科
""",
        date_also=["2024-04-26"],
        body="""
全县各公共场所经营管理单位：
听障辅助犬经过专业训练，能够提醒听障人士门铃、闹钟、火警等声音，是他们日常生活的重要帮手。目前，我县已有6名听障人士配备了辅助犬。
为此，我们倡议：
一、商场、超市、医院、银行、公交车等公共场所和交通工具，对佩戴专用标识的听障辅助犬给予通行便利。
二、工作人员遇到辅助犬时，不呼唤、不投喂、不抚摸，以免干扰其工作。
三、广大市民理解和支持辅助犬使用者，共同营造包容友善的社会环境。
附件：听障辅助犬标识样式
栎川县残疾人服务中心
2024年4月25日
""",
    ),
    dict(
        slug="mail-gongjiao-html-bus-lane-bulletin",
        site="交警邮件简报 (invented)",
        style="邮件转发",
        genre="简报",
        kind="other",
        form="html",
        source="https://mail.example-web.cn/read?mid=20240815-0931",
        title="关于公交专用道违法占用情况的通报",
        record_title="回复：转发：关于公交专用道违法占用情况的通报",
        date="2024-08-15",
        notes="webmail HTML with reply chain headers and a reply line; table; unsubscribe footer; date in signature",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>回复：转发：关于公交专用道违法占用情况的通报 - 网页邮箱</title><script src="/mail/ui.js"></script></head><body>
<div class="mailbar">⟦a 回复⟧ ⟦a 全部回复⟧ ⟦a 转发⟧ ⟦a 删除⟧ ⟦a 标记为未读⟧</div>
<div class="hdr"><p>⟦m 发件人：樗城交警支队秩序科 &lt;zxk@cctj.example.cn&gt;⟧</p><p>⟦m 时间：2024年8月16日（星期五）上午10:02⟧</p><p>⟦m 收件人：公交集团安全部⟧</p></div>
<div class="reply"><p>⟦l 收到，已转各车队落实。——公交集团安全部 吕⟧</p></div>
<div class="quote"><p>⟦m ------------------ 原始邮件 ------------------⟧</p>
<h3>{T}</h3>
{BODY}
</div>
<div class="mailfoot">⟦d 如不希望再收到此类简报，请回复“退订”⟧</div>
</body></html>
""",
        date_also=["2024-08-16"],
        body="""
公交集团、各交警大队：
7月份，支队通过电子警察和路面巡查，共查处违法占用公交专用道行为3126起，比上月增加12%。主要路段情况如下。
路段　查处起数　主要时段
人民路（东关至火车站）　1187　早高峰
滨河大道　864　晚高峰
建设南路　613　全天
下一步，支队将在上述路段增设抓拍设备，公交集团要发动驾驶员通过车载视频及时提供违法线索。
樗城市公安局交通警察支队
2024年8月15日
""",
    ),
]

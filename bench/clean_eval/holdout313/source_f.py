"""holdout313, part F: encyclopaedias, cloud drives, search caches, print views, forwarded mail.

Invented text, sites, places and people; see ../README.md and ../build.py for the markup.
Every case written by hand.
"""

CASES = [
    dict(
        slug="zhiyuan-baike-entry-thermos-stopper",
        site="知源百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://baike.zhiyuan.wiki/item/暖瓶塞/40771",
        title="暖瓶塞",
        record_title="暖瓶塞（日用品）_知源百科",
        date=None,
        notes="encyclopaedia entry: infobox, contents box, edit/discuss/history tabs, an edit-section link glued to a "
        "section heading, reference markers glued after sentences; no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>暖瓶塞（日用品）_知源百科</title>
</head><body>
<div class="top">⟦m 知源百科⟧ <input placeholder="搜索词条"> <a>⟦a 进入词条⟧</a> <a>⟦a 登录⟧</a></div>
<div class="tabs">⟦a 改写词条⟧ ⟦a 讨论区⟧ ⟦a 修订记录⟧</div>
<h1>{T}</h1>
<div class="subtitle">⟦m 日用品⟧</div>
<div class="infobox"><dl>
<dt>⟦m 中文名⟧</dt><dd>⟦m 暖瓶塞⟧</dd>
<dt>⟦m 别　名⟧</dt><dd>⟦m 热水瓶塞、暖壶塞⟧</dd>
<dt>⟦m 常见材质⟧</dt><dd>⟦m 软木、塑料、硅胶⟧</dd></dl></div>
<div class="toc">⟦l 目录 1 简介 2 材质 3 使用与保养⟧</div>
<div class="content">
{BODY}
</div>
<div class="refs">⟦l 参考来源：[1] 《日用杂品常识》，婷州科技出版社⟧</div>
<div class="stat">⟦m 词条浏览 52,118 次　最近由 知源编辑组 修订于 3 个月前⟧</div>
<div class="ft">⟦d 知源百科词条内容由网友协作编辑，仅供参考⟧ ⟦m © 2024 知源百科⟧</div>
</body></html>
""",
        body="""
暖瓶塞是塞在暖水瓶瓶口、用于减少热量散失和防止热水溢出的塞子，是暖水瓶的配件之一。
材质⟦a ✎改写此节⟧
早期的暖瓶塞多用软木制成，软木质轻、有弹性、隔热性好，但用久了容易开裂、发霉。⟦l [1]⟧后来出现了塑料瓶塞，价格低、不易开裂，但密封性和耐热性稍差。近年来，食品级硅胶瓶塞逐渐普及，耐高温、密封好，部分产品还带有泄压孔。
使用与保养
灌水不宜过满，一般到瓶颈下方为宜，瓶塞轻轻盖上即可，不要用力塞紧，以免瓶内蒸汽把瓶塞顶出伤人。软木塞应定期晾干，发现开裂、发霉时要及时更换。⟦l [2]⟧
""",
    ),
    dict(
        slug="baishitong-baike-entry-mop-bucket-text",
        site="百事通百科 (invented)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="http://www.baishitong-baike.com/citiao/tuobatong.html",
        title="拖把桶",
        record_title="拖把桶 - 清洁用品 - 百事通百科",
        date=None,
        notes="encyclopaedia entry as text: infobox lines, contents, edit links; the entry name also opens the body "
        "(a short title label matched as head); no date",
        page="""
!m 百事通百科　|　清洁用品
!a 编辑　　收藏　　分享词条
{T}
!m 中文名：拖把桶　｜　类别：清洁用品　｜　常见材质：PP塑料、不锈钢
!l 目录：定义　种类　选购
{BODY}
!l 相关词条：平板拖把　挤水拖把　清洁推车
!m 本词条由百事通百科用户“洁净生活家”创建，最近更新：5 天前
!d 百事通百科内容仅供参考，如需专业意见请咨询相关人士
""",
        body="""
拖把桶是盛放清水或清洁液、用于清洗和挤干拖把的桶，是家庭和公共场所常用的清洁用品。
种类
按挤水方式，拖把桶可分为手拧式、压板挤水式和旋转甩干式。手拧式结构最简单；压板挤水式在桶口装有挤水篮，拖把放入后下压即可挤干；旋转甩干式配合旋转拖把使用，踩动踏板或按压拖把杆即可甩干。
公共场所常用带滑轮的双桶拖把车，一桶盛清水、一桶装污水，并按颜色区分使用区域，防止交叉污染。
选购
选购时应注意桶体厚实、无异味，挤水装置灵活，底部有防滑设计。家中有老人和儿童的，宜选用桶口带盖或重心较低的款式。
""",
    ),
    dict(
        slug="yunxia-drive-instruction-hotel-mop-bucket-markers",
        site="云匣网盘 (invented cloud drive, preview)",
        style="网盘分享",
        genre="作业指导书",
        kind="regulation",
        form="html",
        source="https://pan.yunxia.cc/s/8kQe2TwM",
        title="客房保洁拖把桶使用作业指导书",
        record_title="【组内共享】客房保洁拖把桶使用作业指导书_云匣网盘",
        date=None,
        notes="cloud-drive preview cut by ⁎ n/3 ⁎ marker paragraphs; decimal headings 1.1–3.2; VIP prompts and a "
        "preview limit; no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>【组内共享】客房保洁拖把桶使用作业指导书_云匣网盘</title>
<script src="/static/preview.js"></script>
</head><body>
<div class="hd">⟦m 云匣网盘⟧ <a>⟦a 登录云匣⟧</a> <a>⟦a 下载客户端⟧</a></div>
<div class="share">⟦m 分享者：hotel_hk_2021　　分享于 2 周前　　有效期：永久⟧</div>
<div class="file"><h2>{T}</h2>
<div class="fmeta">⟦m 客房保洁拖把桶使用作业指导书.pdf　·　312KB⟧</div>
<div class="bar">⟦a 保存到我的云匣⟧ ⟦a 普通下载⟧ ⟦a 超级会员极速下载⟧</div></div>
<div class="preview">
{BODY}
</div>
<div class="limit">⟦a 非会员仅可预览前3页，开通超级会员查看全部⟧</div>
<div class="ft">⟦d 请勿通过云匣传播违法违规内容，一经发现将取消分享⟧ ⟦m © 云匣网盘 2024⟧</div>
</body></html>
""",
        p_html='<p class="pv">{}</p>',
        pages=dict(fmt="⁎ {n}/3 ⁎", every=130, start=2),
        body="""
1.目的
1.1 规范客房保洁拖把桶的使用、清洗和存放，防止客房与公共区域交叉污染。
2.操作要求
2.1 客房地面使用蓝色拖把桶，卫生间使用红色拖把桶，公共走廊使用绿色拖把桶，不得混用。
2.2 每清洁完三间客房更换一次桶内清水；清洁液按1:200稀释，不得凭经验随意添加。
2.3 拖把放入挤水篮下压两次，挤至不滴水后方可拖地，地面不得留有明显水迹。
3.清洗与存放
3.1 每班结束后将污水倒入工作间污水池，拖把桶用清水冲洗后以含氯消毒液浸泡15分钟。
3.2 拖把桶倒扣存放于工作间货架，挤水篮单独悬挂晾干。
""",
    ),
    dict(
        slug="pan-share-contract-template-compression-bags-docx",
        site="度盘搜 (invented cloud-drive search/share page)",
        style="网盘分享",
        genre="合同范本",
        kind="contract",
        form="text",
        source="https://www.dupansou.net/file/9e71c3a0b2",
        title="真空压缩袋采购合同（范本）",
        record_title="真空压缩袋采购合同（范本）.docx",
        date=None,
        notes="file-name record title; a contract template with 第N条 articles, ×× placeholders, ＿＿ blanks and "
        "＿＿＿＿年＿＿月＿＿日; share-page chrome; no date",
        page="""
!m 度盘搜 · 网盘资源分享
!t 真空压缩袋采购合同（范本）.docx
!m 分享人：合同模板君　｜　分享时间：昨天　｜　大小：19KB
!a 转存到网盘　　在线预览　　举报
{BODY}
!a 预览到此为止，转存后可编辑全文
!l 该用户还分享了：收纳用品经销协议.docx　日用品买卖合同（通用版）.doc
!d 度盘搜仅提供网盘链接索引，文件由用户自行分享
""",
        body="""
甲方（采购方）：××××有限公司
乙方（供货方）：××××有限公司
第一条　产品名称、规格和数量：真空压缩袋，规格＿＿＿＿，数量＿＿＿＿只，单价＿＿＿＿元，合计＿＿＿＿元。
第二条　质量要求：乙方所供产品应符合国家有关标准，抽气后24小时内不得明显回气，每批次提供检验合格报告。
第三条　交货时间和地点：乙方应于＿＿＿＿年＿＿月＿＿日前将货物送至甲方指定地点×××。
第四条　验收：甲方收货后＿＿日内抽样验收，不合格的，乙方负责无偿更换。
第五条　付款方式：验收合格后＿＿日内，甲方支付全部货款。
第六条　本合同一式两份，甲乙双方各执一份，自双方签字盖章之日起生效。
甲方（盖章）：　　　　乙方（盖章）：
签订日期：＿＿＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="jianwei-snapshot-school-toothbrush-cup-notice",
        site="鉴微搜索快照 (invented search cache)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://cache.jianwei.cn/c?u=www.qlyz.edu.cn/xxgg/2023/1030_447.html",
        title="关于住校生牙刷杯统一更换的通知",
        record_title="锵岭一中 | 关于住校生牙刷杯统一更换的通知 - 鉴微搜索快照",
        date="2023-10-27",
        date_also=["2023-10-30"],
        notes="search-cache frame: capture banner, highlighted keywords line, the cached school page's own chrome; "
        "the notice's contact beside the school office's line; 成文日期 under the signature, page date also",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>锵岭一中 | 关于住校生牙刷杯统一更换的通知 - 鉴微搜索快照</title>
</head><body>
<div class="snap-head">⟦d 这是鉴微搜索于 3 天前 抓取的网页存档，原网页可能已经更新或删除⟧<br>
⟦m 原始网址：www.qlyz.edu.cn/xxgg/2023/1030_447.html⟧<br>
⟦m 已为您标亮：牙刷杯　住校生⟧</div>
<div class="orig">
<div class="s-hd">⟦m 锵岭县第一中学⟧ ⟦m 厚德　博学　笃志⟧</div>
<div class="s-nav">⟦m 学校首页⟧ ⟦m 学校公告⟧ ⟦m 德育天地⟧ ⟦m 后勤服务⟧</div>
<h1>{T}</h1>
<div class="s-meta">⟦m 发布日期：2023-10-30　发布者：总务处⟧</div>
{BODY}
<div class="s-ft">⟦m 校长办公室：0745-6230001　地址：锵岭县文昌路2号⟧</div>
</div>
</body></html>
""",
        body="""
各班主任、全体住校生：
经总务处检查，学生宿舍现用的牙刷杯颜色、规格不一，部分杯子已破损发黄。为统一宿舍内务标准，学校决定为全体住校生统一更换牙刷杯。
一、学校统一采购带沥水孔的牙刷杯，每人一只，费用由学校承担。
二、11月1日晚自习前，各班生活委员到总务处领取，按床号贴好姓名标签后发放。
三、旧牙刷杯由学生自行带回家或投放到宿舍楼下的回收箱，不得留在宿舍。
联系人：总务处梁老师，电话：0745-6230017。
锵岭县第一中学总务处
2023年10月27日
""",
    ),
    dict(
        slug="textcache-office-canteen-cutlery-disinfection",
        site="萤窗网页缓存 (invented text-only search cache)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="text",
        source="http://yingchuang-cache.com/text?url=jgswj.yichuan.gov.cn/tzgg/2024/0603/212.html",
        title="关于加强机关食堂餐具清洗消毒工作的通知",
        record_title="关于加强机关食堂餐具清洗消毒工作的通知（萤窗纯文字缓存）",
        date="2024-06-03",
        notes="a text-only cache: capture line, source URL, the cached portal's chrome; 成文日期 under the signature",
        page="""
!d 萤窗网页缓存：本页为纯文字版本，抓取于 2 个月前，内容以原网页为准
!m 原网页：jgswj.yichuan.gov.cn/tzgg/2024/0603/212.html
!m 奕川县机关事务服务中心　>　通知公告
{T}
!m 来源：机关事务服务中心　点击：173
{BODY}
!l 上一篇：关于做好机关大院夏季用电管理的通知
!m 奕川县机关事务服务中心　电话：0736-5501120
""",
        body="""
县直各单位机关食堂：
近期，在食堂卫生检查中发现，个别食堂刀叉勺清洗后直接放入抽屉存放，消毒柜长期未开启。为保障就餐人员饮食安全，现就加强餐具清洗消毒工作通知如下：
一、刀叉、勺子、筷子等餐具使用后，须按“一刮、二洗、三冲、四消毒、五保洁”的程序处理，消毒后存放在密闭保洁柜内。
二、消毒柜每餐使用，并做好消毒记录，记录保存不少于6个月。
三、自助餐区的公用刀叉应每30分钟更换一次。
四、县机关事务服务中心将于6月下旬开展抽查，抽查结果在县直单位通报。
奕川县机关事务服务中心
2024年6月3日
""",
    ),
    dict(
        slug="jiaotian-print-bulletin-shelter-supplies-compression-bags",
        site="姣田镇人民政府 (invented, print view)",
        style="打印页",
        genre="通报",
        kind="notice",
        form="html",
        source="http://www.jiaotian.gov.cn/print.aspx?id=30519",
        title="关于汛前临时安置点物资储备检查情况的通报",
        record_title="打印本页›› 关于汛前临时安置点物资储备检查情况的通报｜姣田镇人民政府",
        date="2024-04-26",
        notes="a print view calling window.print(): print toolbar, print time line, and a print footer ⁚ 第1页　共1页 ⁚; "
        "a 通报 with its table; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>打印本页›› 关于汛前临时安置点物资储备检查情况的通报｜姣田镇人民政府</title>
<script>window.onload=function(){window.print();}</script>
<style>@media print{.noprint{display:none}}</style>
</head><body>
<div class="noprint">⟦a 【立即打印】⟧ ⟦a 【关掉打印页】⟧</div>
<div class="ph">⟦m 姣田镇人民政府网　www.jiaotian.gov.cn⟧</div>
<h2>{T}</h2>
<div class="pm">⟦m 打印时间：今天 10:41⟧</div>
{BODY}
<div class="pf">⟦p ⁚ 第1页　共1页 ⁚⟧</div>
</body></html>
""",
        body="""
各村（社区）、镇直各单位：
4月22日至24日，镇防汛办对全镇9个临时安置点的物资储备情况进行了检查。现将检查情况通报如下。
检查发现，大部分安置点物资储备充足、管理规范，但也存在一些问题：
安置点　存在问题
铿溪村小学　棉被未做防潮处理，部分发霉
姣塘社区活动中心　压缩袋封存的棉被未贴标签
胤桥村委会　物资台账与实物不符
请上述单位于5月10日前完成整改：棉被一律晾晒后用真空压缩袋封存，袋外贴明数量和入库日期，台账与实物逐一核对。镇防汛办将于5月中旬复查。
姣田镇防汛抗旱指挥部办公室
2024年4月26日
""",
    ),
    dict(
        slug="ganxiu-print-plan-stopper-replacement-record-date",
        site="胤阳县干休所 (invented, print view as text)",
        style="打印页",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.yyganxiusuo.cn/print/2023/112.html",
        title="干休所老干部家庭暖水瓶瓶塞更换实施方案",
        record_title="〔打印用〕干休所老干部家庭暖水瓶瓶塞更换实施方案（会前分发版）",
        record_date="2023-11-20",
        date="2023-11-20",
        notes="print view as text with a print stamp and a print footer ⧡ 页 1 ∕ 1 ⧡; record date",
        page="""
!a 〔打印〕　〔返回原文〕
!m 胤阳县干休所　—　打印稿
!t 〔打印用〕干休所老干部家庭暖水瓶瓶塞更换实施方案（会前分发版）
!m 打印人：综合科　打印于 2023-12-01 15:20
{BODY}
!p ⧡ 页 1 ∕ 1 ⧡
""",
        indent="\u3000\u3000",
        body="""
为解决老干部家庭暖水瓶瓶塞老化、倒水易烫手的问题，所里决定为老干部家庭统一更换暖水瓶瓶塞，现制定实施方案如下。
一、更换范围。干休所在册老干部及遗属家庭共37户。
二、更换标准。统一更换为带提手的防烫硅胶瓶塞，每户按实际使用暖水瓶数量更换，每户不超过3个。
三、实施步骤。11月下旬由医务室和综合科工作人员入户登记暖水瓶口径；12月上旬统一采购；12月中旬上门更换，并向老干部讲解正确的倒水方法。
四、工作要求。入户时要耐心细致，尊重老干部的生活习惯，不愿更换的不得勉强。
""",
    ),
    dict(
        slug="webmail-forward-letter-custom-toothbrush-cups",
        site="婷州职院教师邮箱 (invented webmail reading view)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.tzvtc.edu.cn/read?mid=ZC2310-00481",
        title="关于定制学生宿舍牙刷杯的函",
        record_title="转发：关于定制学生宿舍牙刷杯的函.docx",
        date="2023-10-09",
        date_also=["2023-10-10"],
        notes="webmail reading view: toolbar, forwarded header, attachment bar beside the letter's own 附件 list; "
        "the letter's contact and mailbox; 成文日期 under the signature, the send date also accepted",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>转发：关于定制学生宿舍牙刷杯的函.docx - 婷州职院邮件系统</title>
</head><body>
<div class="mail-top">⟦m 婷州职院邮件系统⟧ ⟦m 收件箱(23)⟧ ⟦m 已发送⟧ ⟦m 通讯录⟧</div>
<div class="mail-tool">⟦a 回复　回复全部　转发　删除　标为未读　更多操作⟧</div>
<div class="mail-head">
<h3>{T}</h3>
<p>⟦m 发件人：学生处 宋芃芃 &lt;songpp@tzvtc.edu.cn&gt;⟧</p>
<p>⟦m 收件人：后勤服务中心采购科⟧</p>
<p>⟦m 时　间：2023年10月10日（星期二）上午9:12⟧</p></div>
<div class="mail-fwd">⟦m ---------- 转发的邮件 ----------⟧<br>⟦m 发件人：婷州市巧艺塑料制品有限公司 &lt;qiaoyi_sales@163.com&gt;⟧</div>
<div class="mail-body">
{BODY}
</div>
<div class="mail-att">⟦a 附件（2个）：报价单.xlsx（21KB） 样品图.jpg（1.3MB）　全部打包下载⟧</div>
<div class="mail-ft">⟦d 本邮件系统仅限学校公务使用，请勿转发涉密信息⟧</div>
</body></html>
""",
        body="""
婷州职业技术学院学生处：
贵处来电咨询定制学生宿舍牙刷杯事宜，现将有关情况函告如下：
一、产品。我公司可定制食品级PP材质牙刷杯，杯底带沥水孔，杯身可印学校校徽和宿舍编号，颜色可选蓝、绿、白三种。
二、价格和数量。起订量1000只，单价3.2元（含印刷）；5000只以上单价2.8元。
三、交货时间。确认样品后15个工作日内交货，送货上门。
请贵处确认数量和印刷内容后回复我公司，我们将按要求寄送样品。
附件：1.报价单
2.样品图
联系人：覃晓光，电话：0733-2279156，邮箱：qiaoyi_sales@163.com。
婷州市巧艺塑料制品有限公司
2023年10月9日
""",
    ),
    dict(
        slug="mail-forward-text-cutlery-supply-letter",
        site="焱溪县机关食堂管理科邮箱 (invented, forwarded mail as text)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="text",
        source="mailto:shitang@yanxi.gov.cn#msg-2024-0415",
        title="关于调整机关食堂刀叉供货规格的函",
        record_title="FW: 回复：关于调整机关食堂刀叉供货规格的函",
        date="2024-04-12",
        date_also=["2024-04-15"],
        notes="forwarded mail as text: mail headers with their own 抄送 line beside the letter's own 抄送 line; "
        "成文日期 under the signature, the send date also accepted",
        page="""
!m 发件人：焱溪县机关事务中心 食堂管理科 <shitang@yanxi.gov.cn>
!m 发送时间：2024年4月15日 星期一 08:47
!m 收件人：各机关食堂负责人
!m 抄　送：中心办公室
!t FW: 回复：关于调整机关食堂刀叉供货规格的函
!m -------- 原始邮件 --------
!m 发件人：焱溪县恒锵餐具有限公司 销售部
{BODY}
!d 此邮件由焱溪县政务邮箱发出，如误收请删除并告知发件人
""",
        body="""
焱溪县机关事务中心：
贵中心《关于机关食堂餐具采购有关问题的函》收悉。经研究，现就刀叉供货规格调整事项函复如下：
一、根据贵中心意见，自5月起，供应机关食堂的餐刀由圆头锯齿刀改为圆头平口刀，餐叉齿长由4厘米缩短为3.5厘米，以减少使用中的划伤。
二、新规格刀叉均采用304不锈钢，每批次随货附镍含量检测报告。
三、原规格刀叉库存约600套，可按原价回收或免费调换。
特此函复。
焱溪县恒锵餐具有限公司
2024年4月12日
抄送：铿口镇餐具产业服务中心
""",
    ),
]

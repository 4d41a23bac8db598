"""holdout154, part F: encyclopaedia/Q&A, cloud drives, search caches, print views, forwarded mails. Invented text."""

CASES = [
    dict(
        slug="wiki-zhishi-html-entry-pledge-shepherds-purse",
        site="知识树百科 (invented)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://baike.zhishishu.com/item/倡议书写法/20931",
        title="倡议书写法",
        record_title="倡议书写法_知识树百科",
        date=None,
        notes="encyclopaedia entry: example pledge with a template placeholder date and an example date inside sentences (no date); edit/cite chrome",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>倡议书写法_知识树百科</title>
<script src="/static/baike.js"></script></head><body>
<div class="hd">⟦m 知识树百科⟧ ⟦a 编辑词条⟧ ⟦a 登录⟧</div>
<div class="lemma"><h1>{T}</h1> ⟦a 收藏⟧ ⟦a 分享⟧</div>
<div class="summary">
{BODY}
</div>
<div class="ref">⟦l 参考资料：1. 应用写作教程（第三版）⟧</div>
<div class="stat">⟦m 词条统计：浏览次数 20417 次　编辑次数 9 次　最近更新：半年前⟧</div>
<div class="ft">⟦d 词条内容仅供参考，如需专业意见请咨询相关人士。⟧ ⟦m ©2024 知识树百科⟧</div>
</body></html>
""",
        body="""
倡议书是个人或集体为倡导某项活动、号召公众共同参与而使用的一种书信体文书。
一、结构
倡议书一般由标题、称呼、正文、结尾和落款五部分组成。标题可以直接写“倡议书”，也可以写明倡议内容，如“关于文明参加荠菜节的倡议书”。
二、正文写法
正文先写倡议的背景和目的，再分条列出倡议的具体内容，最后发出号召。例如：“荠菜节期间，请游客朋友们挖菜留根、不踩麦苗，共同守护春天的田野。”
三、落款
落款写倡议单位名称和日期，日期通常写作“××××年××月××日”。如某镇在2023年3月发布的倡议书，落款即写明该镇人民政府和具体日期。
四、注意事项
倡议书的内容要切实可行，语言要有感召力，不宜使用命令式的语气。
""",
    ),
    dict(
        slug="qa-wenwen-text-prostate-lecture-notice",
        site="问问吧 (invented)",
        style="百科问答",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.wenwenba.net/q/60271833.html",
        title="关于举办男性前列腺健康公益讲座的通知",
        record_title="社区医院要发个前列腺健康讲座的通知，求一篇范文！！",
        date="2024-11-02",
        notes="Q&A: the question as the record title; the answer is a ready notice with a date; answer time as byline",
        page="""
!m 问问吧 > 健康 > 男科
!m 社区医院要发个前列腺健康讲座的通知，求一篇范文！！
!m 提问者：社区小护士　　悬赏 20 积分
!m 最佳回答　　回答于 2024-11-03 10:26
{T}
{BODY}
!m 回答者：健康管理师阿杰　　｜　LV7
!a 👍 有帮助 (44)　　评论 (3)　　分享
!l 相关问题：健康讲座的主持词怎么写？
!d 问问吧提醒：回答仅供参考，不能代替医生面诊。
""",
        date_also=["2024-11-03"],
        body="""
各位居民朋友：
为普及前列腺疾病防治知识，提高中老年男性健康意识，社区卫生服务中心定于2024年11月9日（周六）上午9:00在社区党群服务中心三楼会议室举办前列腺健康公益讲座。
一、主讲人：县人民医院泌尿外科副主任医师 邝志明
二、讲座内容：前列腺增生、前列腺炎的早期症状，日常饮食和生活习惯注意事项，什么情况需要及时就医。
三、参加对象：辖区50岁以上男性居民及家属，讲座后可免费测量血压、咨询用药。
报名电话：0771-5537210（社区卫生服务中心公卫科）。
青山社区卫生服务中心
2024年11月2日
""",
    ),
    dict(
        slug="pan-xunlei-text-plan-salted-fish-yard",
        site="迅存网盘 (invented)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="text",
        source="https://pan.xuncun.com/s/1qWx9Lm7Pz",
        title="渔港咸鱼晒场环境卫生整治方案",
        record_title="渔港咸鱼晒场环境卫生整治方案.docx",
        date="2024-06-03",
        notes="cloud-drive preview with extract code and save buttons; file-name title; page markers ⁌n⁍ on lines of their own",
        page="""
!m 迅存网盘 | 文件分享
!t 渔港咸鱼晒场环境卫生整治方案.docx
!m 分享者：渔港办小杨　　分享时间：2024-06-05 11:20　　有效期：永久
!a 提取码：k7wd　　保存到我的网盘　　下载（21.6KB）
!a 在线预览仅显示前3页，超大文件请使用客户端
{BODY}
!a 开通超级会员，享极速下载
!d 请勿分享违法违规内容，迅存网盘依法对分享内容进行审核
""",
        date_also=["2024-06-05"],
        pages=dict(fmt="⁌{n}⁍", every=240, start=2, glue=False),
        indent="\u3000\u3000",
        body="""
为改善渔港周边人居环境，解决咸鱼晒场蚊蝇滋生、污水横流等问题，结合创建卫生乡镇工作，制定本方案。
一、整治范围。渔港东侧、北侧共7处咸鱼晒场，面积约1.8万平方米，涉及加工户63户。
二、整治内容。1.晒场地面全部硬化，设置排水沟和集水池，腌制污水经预处理后接入镇污水管网。2.晒架统一更换为不锈钢或防腐木材质，离地高度不低于80厘米。3.设置防蝇网和垃圾收集点，鱼内脏、鱼鳞等废弃物日产日清。
三、时间安排。6月10日至7月31日完成硬化和排水改造，8月底前完成晒架更换和验收。
四、保障措施。镇渔港办牵头，镇环卫所、市场监管所配合，对整治到位的加工户给予每户2000元补助。
石塘镇渔港管理办公室
2024年6月3日
""",
    ),
    dict(
        slug="pan-baiyun-html-summary-camel-milk",
        site="白云盘 (invented)",
        style="网盘分享",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://www.baiyunpan.cn/share/preview?id=c19e0a77",
        title="戈壁驼奶专业合作社2023年度工作总结",
        record_title=None,
        date="2023-12-26",
        notes="cloud-drive preview page: file name shown with extension, title found in the heading; 成文日期; save/download chrome",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>白云盘 - 文件预览</title>
<script src="/js/preview.bundle.js"></script></head><body>
<div class="nav">⟦m 白云盘⟧ ⟦a 登录⟧ ⟦a 下载客户端⟧</div>
<div class="file">⟦m 戈壁驼奶专业合作社2023年度工作总结.docx　34.2KB⟧ ⟦m 分享于 2024-01-04⟧</div>
<div class="btns">⟦a 保存到网盘⟧ ⟦a 普通下载⟧</div>
<div class="preview">
<h2>{T}</h2>
{BODY}
</div>
<div class="report">⟦a 举报⟧ ⟦d 本文件由用户上传，白云盘不对文件内容负责⟧</div>
</body></html>
""",
        body="""
2023年，合作社在镇党委、政府的支持下，以“养好骆驼、做好驼奶”为目标，全体社员共同努力，合作社发展迈上了新台阶。
一、基本情况。合作社现有社员56户，存栏双峰驼1280峰，其中泌乳母驼410峰，全年收购鲜驼奶620吨，比上年增长18%。
二、主要工作。建成标准化挤奶厅一座，配备冷藏罐4台，实现鲜奶两小时内冷却；与乳品企业签订长期收购合同，保底价每公斤28元；组织社员参加兽医防疫和挤奶卫生培训5期。
三、社员收益。全年向社员返还盈余96万元，户均增收1.7万元。
四、明年打算。争取建设驼奶粉初加工车间，申请绿色食品认证，进一步提高产品附加值。
戈壁驼奶专业合作社
2023年12月26日
""",
    ),
    dict(
        slug="cache-kuaizhao-html-notice-sea-squirt",
        site="搜索快照 · 拾页 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://cache.shiye.com/c?u=http%3A%2F%2Fhyj.langwan.gov.cn%2Ftzgg%2F2024%2F0410%2F77.html",
        title="关于规范海鞘筏式养殖用海管理的通知",
        record_title="关于规范海鞘筏式养殖用海管理的通知 - 琅湾区海洋与渔业局",
        date="2024-04-10",
        notes="snapshot frame: cache banner with crawl time (not a date); original page chrome inside; document's contact line",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于规范海鞘筏式养殖用海管理的通知 - 琅湾区海洋与渔业局</title></head><body>
<div class="cache-banner">⟦m 这是 http://hyj.langwan.gov.cn/tzgg/2024/0410/77.html 的快照，是网页在 2024年5月2日 03:11 的存档。⟧ ⟦d 拾页与网页内容无关，页面可能已经更改。⟧ ⟦a 查看当前页面⟧</div>
<div class="orig">
<div>⟦m 琅湾区海洋与渔业局⟧</div>
<div>⟦m 首页 > 通知公告⟧</div>
<h3>{T}</h3>
<div>⟦m 发布日期：2024-04-10　文章来源：养殖渔业科⟧</div>
{BODY}
<div>⟦a 【打印】【关闭】⟧</div>
<div>⟦m 琅湾区海洋与渔业局 主办　地址：琅湾区海滨大道199号⟧</div>
</div>
</body></html>
""",
        body="""
各街道、镇，各养殖单位和养殖户：
为规范海鞘筏式养殖秩序，保护海域生态环境和航道安全，现就有关事项通知如下：
一、养殖单位和个人须依法取得海域使用权和水域滩涂养殖证后方可养殖，严禁超范围、超面积养殖。
二、养殖筏架须按照批准的布局设置，与航道边线保持200米以上距离，夜间须设置警示灯。
三、养殖使用的浮球须采用环保型材料，废旧浮球和网绳由养殖户回收上岸，不得丢弃入海。
四、对违规养殖的，依法责令限期拆除并予以处罚。
联系人：养殖渔业科 卓海峰，电话：0532-8771264。
琅湾区海洋与渔业局
2024年4月10日
""",
    ),
    dict(
        slug="cache-textonly-text-gluten-workshop",
        site="网页快照（纯文本） (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="text",
        source="http://snapshot.souyi.cn/text?url=scjg.jinshui.gov.cn%2Fxxgk%2F2024%2F1109.html",
        title="金水县市场监管局关于烤麸生产小作坊专项整治情况的通报",
        record_title=None,
        date="2024-11-05",
        notes="text-only cache: crawl stamp no date; title missing; 成文日期; table",
        page="""
!m 搜易快照 · 纯文本版　原始网址：scjg.jinshui.gov.cn/xxgk/2024/1109.html
!m 快照抓取时间：2024-11-20 06:48:13
!d 本快照仅供参考，内容以原网页为准。
!m 金水县市场监督管理局 > 信息公开 > 工作动态
{T}
{BODY}
!m 【网站地图】【联系我们】【隐私声明】
""",
        body="""
各市场监管所：
10月份，县局在全县开展了烤麸生产小作坊专项整治，现将有关情况通报如下：
一、检查情况
检查项目　数量
检查小作坊　27家
责令整改　11家
立案查处　2家
二、主要问题
部分小作坊生产区与生活区未分开，发酵池清洗消毒不到位；个别作坊超范围使用防腐剂，未建立原料进货台账。
三、下一步要求
各所要对责令整改的小作坊逐户复查，12月15日前将复查结果报县局食品生产科。
金水县市场监督管理局
2024年11月5日
""",
    ),
    dict(
        slug="print-nongke-text-report-amaranth-trial",
        site="农科院信息网打印页 (invented)",
        style="打印页",
        genre="报告",
        kind="report",
        form="text",
        source="http://www.hnnky.cn/print.aspx?id=40172",
        title="红苋菜新品种比较试验报告",
        record_title="〔打印稿〕红苋菜新品种比较试验报告",
        date="2024-09-25",
        notes="print view: URL and print time at the top, print footer; table; date under the signature",
        page="""
!m 打印时间：2024/10/08 15:02:37
!m http://www.hnnky.cn/print.aspx?id=40172
!t 〔打印稿〕红苋菜新品种比较试验报告
{T}
!m 蔬菜研究所　　2024-09-26
{BODY}
!a 【打印】　【关闭本窗口】
!p ～ 1 / 1 ～
""",
        date_also=["2024-09-26"],
        body="""
为筛选适合本地种植的红苋菜品种，蔬菜研究所于2024年5月至8月在所内试验基地开展了红苋菜新品种比较试验。现将结果报告如下。
一、试验设计：参试品种5个，以当地主栽品种为对照，随机区组排列，3次重复，小区面积10平方米。
二、试验结果
品种　亩产（公斤）　比对照增减
红霞1号　1860　＋12.4%
紫玉　1745　＋5.4%
对照　1655　—
三、结论：红霞1号产量高、叶色鲜红、抽薹晚，适宜在本地春夏季推广种植。
蔬菜研究所
2024年9月25日
""",
    ),
    dict(
        slug="print-xumu-html-notice-ear-tags",
        site="岚原县畜牧兽医服务中心 (invented)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.lyxmsy.cn/article/print/2024/0708/291",
        title="关于做好牛羊耳标佩戴和信息登记工作的通知",
        record_title="打印 - 关于做好牛羊耳标佩戴和信息登记工作的通知",
        date="2024-07-08",
        notes="print view with window.print button and print footer; a regulation article mentions 扫码 as content; 附件 list",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>打印 - 关于做好牛羊耳标佩戴和信息登记工作的通知</title>
<style>@media print{.noprint{display:none}}</style></head><body onload="">
<div class="noprint">⟦a 打印本页⟧ ⟦a 关闭⟧</div>
<div class="print-head">⟦m 岚原县畜牧兽医服务中心⟧</div>
<h2>{T}</h2>
<div>⟦m 发布时间：2024-07-08 打印次数：23⟧</div>
{BODY}
<div class="print-foot">⟦p 第1页　共1页⟧</div>
<script>function doPrint(){window.print();}</script>
</body></html>
""",
        body="""
各乡镇畜牧兽医站，各规模养殖场：
为落实畜禽标识和养殖档案管理规定，加强牛羊疫病追溯管理，现就耳标佩戴和信息登记工作通知如下：
一、新生犊牛、羔羊在出生后30日内加施耳标，耳标佩戴在左耳中部，脱落的要及时补戴。
二、佩戴耳标后，防疫员须使用移动终端扫码录入耳标编号、畜主信息和免疫情况，确保“一畜一标、标档一致”。
三、牛羊调运前，产地检疫人员要逐头核对耳标，无标或标识不全的不得出具检疫证明。
附件：牛羊耳标佩戴登记表
岚原县畜牧兽医服务中心
2024年7月8日
""",
    ),
    dict(
        slug="mail-laoqu-text-fwd-old-area-promotion",
        site="邮件转发（县老区建设促进会） (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mailto:laoqucjh@jxmail.cn?msgid=20240422-0931",
        title="关于开展革命老区村红色资源普查登记的通知",
        record_title="Fwd: 关于开展革命老区村红色资源普查登记的通知",
        date="2024-04-19",
        date_also=["2024-04-22"],
        notes="forwarded mail: header lines, forwarding note, signature of the forwarder; document's own 附件 lines and contact next to the mail's",
        page="""
!m 发件人：县老区建设促进会秘书处 <laoqucjh@jxmail.cn>
!m 发送时间：2024年4月22日 星期一 09:31
!m 收件人：各乡镇老促会联络员
!t 主题：Fwd: 关于开展革命老区村红色资源普查登记的通知
!m 附件：红色资源登记表.xlsx (18KB)
各位联络员：转发市老促会通知，请按要求办理，4月30日前反馈。
!m ---------- 转发的邮件 ----------
!m 发件人：市老区建设促进会 <sjlqcjh@jxmail.cn>
!m 日期：2024年4月19日 16:05
{BODY}
!m --
!m 县老区建设促进会秘书处 戴秋生
!m 电话：0797-4312870
!d 此邮件及其附件可能包含保密信息，如非指定收件人，请立即删除。
""",
        body="""
各县（市、区）老区建设促进会：
为摸清全市革命老区村红色资源家底，更好地保护利用红色资源，市老促会决定在全市开展革命老区村红色资源普查登记工作。现将有关事项通知如下。
一、普查内容：革命旧址、纪念设施、革命文物、革命先辈事迹和口述史料等。
二、工作步骤：4月下旬至6月底为普查登记阶段，7月为汇总审核阶段。
三、工作要求：各地要组织熟悉情况的老同志参与，做到不漏村、不漏项，照片和文字资料要真实准确。
附件：1.革命老区村红色资源登记表
2.填表说明
联系人：市老促会办公室 邬兰芳，电话：0797-8216533。
市老区建设促进会
2024年4月19日
""",
    ),
    dict(
        slug="mail-xiangmao-text-reply-lemongrass",
        site="邮件转发（香茅种植示范园） (invented)",
        style="邮件转发",
        genre="请示",
        kind="request",
        form="text",
        source="mailto:xmsfy@ynmail.cn?thread=xm2024-0915",
        title="关于香茅精油提炼车间扩建资金补助的请示",
        record_title="回复：Re: 关于香茅精油提炼车间扩建资金补助的请示.docx",
        date="2024-09-12",
        date_also=["2024-09-15"],
        notes="mail reply chain: quoted replies above the forwarded document; mail's attachment header beside the document's 附件; file-name title",
        page="""
!m 发件人：勐腊镇农业服务中心 <nyfwzx@ynmail.cn>
!m 时间：2024-09-15 10:44
!t 主题：回复：Re: 关于香茅精油提炼车间扩建资金补助的请示.docx
!m 收到，已转县农业农村局计财股，请等候审核意见。
!m > 在 2024-09-13 08:20，香茅种植示范园 写道：
!m > 请示已按要求修改，请查收附件。
!m 附件：关于香茅精油提炼车间扩建资金补助的请示.docx (26KB)　预览　下载
{BODY}
!m 此邮件由 云邮 发送
!a 回复　回复全部　转发　删除
""",
        body="""
勐腊镇农业服务中心：
我园现有香茅种植基地2300亩，配套精油提炼车间一座，年处理鲜草能力4000吨。近两年，随着香茅种植面积扩大，鲜草收获期车间满负荷运转仍无法及时加工，部分鲜草积压霉变，给种植户造成损失。
为此，我园拟扩建提炼车间800平方米，新增蒸馏设备两套，项目总投资380万元，扩建后年处理鲜草能力可提高到9000吨。
特请求给予项目建设资金补助100万元。
妥否，请批示。
附件：项目可行性研究报告
联系人：岩温香，电话：0691-8123307。
勐腊香茅种植示范园
2024年9月12日
""",
    ),
]

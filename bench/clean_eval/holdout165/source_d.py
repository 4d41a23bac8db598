"""holdout165, part D: fingertip pulse oximeters (指夹式血氧仪). Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="wenku-html-oximeter-village-clinic-report-pages",
        site="知卷文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.zhijuan-wk.com/doc/31c8a0e77.html",
        title="关于村卫生室指夹式血氧仪配备和使用情况的调研报告",
        record_title="关于村卫生室指夹式血氧仪配备和使用情况的调研报告.pdf",
        date="2025-04-25",
        notes="文库 reader with page-marker paragraphs cutting a paragraph and a pay lock",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于村卫生室指夹式血氧仪配备和使用情况的调研报告.pdf - 知卷文库</title></head><body>
<div class="hd">⟦m 知卷文库⟧ ⟦a 上传文档⟧ ⟦a 开通VIP⟧</div>
<div class="fi">⟦m 页数：4　　大小：420KB　　上传：2025-05-02⟧</div>
<h1>{T}</h1>
<div class="reader">
{BODY}
</div>
<div class="lock">⟦a 剩余2页未读，开通VIP立享全文⟧ ⟦a 下载文档（8知卷币）⟧</div>
<div class="rel">⟦l 相似文档⟧ ⟦l 基层医疗设备配置调研报告⟧ ⟦l 乡村医生培训需求分析⟧</div>
<footer>⟦d 知卷文库所有资源均是用户自行上传分享，仅供网友学习交流。⟧</footer>
</body></html>
""",
        pages=dict(fmt="⋘{n}⋙", every=140, start=2),
        p_html='<div class="pg">{}</div>',
        body="""
为了解全县村卫生室指夹式血氧仪配备和使用情况，县卫健局于今年3月至4月对14个乡镇的98个村卫生室开展了调研。
一、配备情况。98个村卫生室中，配有血氧仪的91个，配备率92.9%；其中能正常使用的83台，7台电池仓锈蚀、1台显示屏损坏。
二、使用情况。村医主要在慢病随访、发热病人初诊时使用血氧仪，但部分村医对读数偏低时的处置流程不熟悉，转诊标准掌握不一。
三、建议。一是由乡镇卫生院统一开展血氧仪校验和维修；二是将血氧读数判读纳入村医年度培训；三是把血氧仪纳入村卫生室设备台账动态管理。
县卫生健康局调研组
2025年4月25日
""",
    ),
    dict(
        slug="gov-heyuan-oximeter-elderly-distribution-text",
        site="荷原县人民政府 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.heyuan-xian.gov.cn/art/2025/1/8/art_1207_88121.html",
        title="关于为80周岁以上独居老人发放指夹式血氧仪的通知",
        record_title="关于为80周岁以上独居老人发放指夹式血氧仪的通知_荷原县人民政府",
        date="2025-01-07",
        date_also=["2025-01-08"],
        notes="county portal text; index lines; document's contact line beside the portal's correction phone",
        page="""
!m 荷原县人民政府　　长者模式｜无障碍
!m 首页 > 信息公开 > 通知公告
!m 索引号：002931-0104-2025-00006　　公开方式：主动公开
{T}
!m 发布时间：2025-01-08　　信息来源：县民政局
!a 【字体：大 中 小】　【打印】
{BODY}
!m 网站纠错电话：0578-7120345
!m 荷原县人民政府办公室主办　　网站标识码：3311270007
""",
        body="""
各乡镇人民政府、街道办事处：
为做好冬春季老年人健康服务，县民政局决定为全县80周岁以上独居老人每人发放指夹式血氧仪一台，现将有关事项通知如下。
一、发放对象以1月1日在册的独居老人名单为准，共计1846人。
二、各乡镇于1月20日前组织村（社区）干部上门发放，并现场教会老人和家属使用。
三、发放时请老人或家属签字确认，签收表于1月25日前报县民政局养老服务股。
联系人：邓若溪，电话：0578-7125530。
荷原县民政局
2025年1月7日
""",
    ),
    dict(
        slug="news-html-oximeter-market-check",
        site="蓍阳晚报网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.shiyang-wb.com/content/2025-12/19/c_551203.html",
        title="蓍阳抽检药店血氧仪　这三类问题最突出",
        record_title="蓍阳抽检药店血氧仪　这三类问题最突出 - 蓍阳晚报网",
        date="2025-12-19",
        notes="news portal with photo caption between paragraphs and an editor line glued after the last sentence",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>蓍阳抽检药店血氧仪　这三类问题最突出 - 蓍阳晚报网</title></head><body>
<div class="top">⟦m 蓍阳晚报网　城市的声音⟧ ⟦a 数字报⟧ ⟦a 客户端下载⟧</div>
<nav>⟦m 首页⟧ ⟦m 本地⟧ ⟦m 民生⟧ ⟦m 健康⟧</nav>
<h1>{T}</h1>
<div class="by">⟦m 2025年12月19日 08:20　来源：蓍阳晚报　记者 宁初夏⟧</div>
{BODY}
<div class="share">⟦l 分享到：微信朋友圈 新浪微博⟧</div>
<div class="hot">⟦l 24小时热文⟧ ⟦l 城区新增三条公交线路⟧ ⟦l 冬季流感高发，这样预防⟧</div>
<footer>⟦m 蓍阳晚报社主办　新闻热线：0576-96001⟧</footer>
</body></html>
""",
        body="""
记者昨日从市市场监管局获悉，今年第四季度全市共抽检药店、医疗器械店销售的指夹式血氧仪54批次，不合格9批次。
不合格问题主要集中在三类：一是血氧饱和度测量误差超标；二是说明书未标注适用人群和禁忌；三是部分产品未取得医疗器械注册证，以“家用监测仪”名义销售。
⟦m 执法人员在一家药店检查血氧仪标签。记者 宁初夏 摄⟧
市场监管部门提醒，购买血氧仪时应查看产品注册证编号，出现胸闷气短等症状应及时就医，不能只看仪器读数。⟦m （编辑：于朗）⟧
""",
    ),
    dict(
        slug="forum-html-oximeter-runners-jammer",
        site="跑者驿站论坛 (invented)",
        style="论坛",
        genre="帖子",
        kind="post",
        form="html",
        source="http://bbs.paozheyz.com/thread-22187-1-1.html",
        title="高原跑前后用血氧仪自测的一点记录",
        record_title="[高原跑] 高原跑前后用血氧仪自测的一点记录 - 装备交流 - 跑者驿站论坛",
        date="2025-08-11",
        notes="Discuz-like forum with jammer fonts in HTML; 发表于 line is the date",
        page="""
<!DOCTYPE html><html><head><meta charset="gbk"><title>[高原跑] 高原跑前后用血氧仪自测的一点记录 - 装备交流 - 跑者驿站论坛</title><style>.jammer{display:none}</style></head><body>
<div id="hd">⟦m 跑者驿站论坛⟧ ⟦a 登录⟧ ⟦a 立即注册⟧</div>
<div id="pt">⟦m 跑者驿站论坛 › 装备交流 › 帖子⟧</div>
<div class="ts">⟦t [高原跑] 高原跑前后用血氧仪自测的一点记录⟧</div>
<div class="pi">⟦m 楼主　山风不语　发表于 2025-8-11 22:06⟧ ⟦m 查看: 1588 | 回复: 21⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="po">⟦l 回复　引用　支持 13　反对 0⟧</div>
<div class="reply">⟦l 沙发　雪线跑者：有参考价值，谢谢分享⟧</div>
<div id="ft">⟦m Powered by Discuz! X3.4⟧ ⟦m 跑者驿站 版权所有⟧</div>
</body></html>
""",
        junk=dict(lines=1, glued=2),
        body="""
上周去海拔3600米的赛事跑了个半马，赛前赛后用指夹式血氧仪测了几次，记录一下供大家参考。
到达当晚静息血氧92%，第二天早上94%，适应了一天多才稳定。
赛后即刻测到88%，休息二十分钟回到93%。
我不是医生，只能说个人感受：读数低又伴有头痛恶心时一定要停跑，别硬撑。
""",
    ),
    dict(
        slug="blog-oximeter-nurse-diary-text",
        site="小满护理手记 (invented)",
        style="博客",
        genre="随笔",
        kind="essay",
        form="text",
        source="https://xiaoman-hl.blogsite.cn/post/2025-03-02",
        title="教外婆用血氧仪的那个下午",
        record_title="【随记】教外婆用血氧仪的那个下午 – 小满护理手记",
        date="2025-03-02",
        notes="blog text; bracketed post time; tags and archive at the end",
        page="""
!m 小满护理手记　——　一个社区护士的日常
!m 首页　｜　随记　｜　关于
{T}
!m [2025-03-02 21:15]　分类：随记
{BODY}
!l 标签：血氧仪　老人　家庭护理
!l 上一篇：夜班杂记　　下一篇：社区义诊小记
!l 评论(4)　　我要评论
""",
        body="""
周末回家，发现妈妈给外婆买了一台血氧仪，说明书却一直没拆。
我教外婆把手指伸进夹子，安静坐一会儿再看数字，上面一个是血氧，下面一个是心率。
外婆记不住，我就在一张硬纸板上写了大字：“上面九十五以上放心，九十三以下打电话。”
纸板贴在冰箱上，外婆说这下踏实了。
""",
    ),
    dict(
        slug="wechat-html-oximeter-pharmacy-tips",
        site="公号存档馆 (invented mirror)",
        style="公众号镜像",
        genre="科普",
        kind="article",
        form="html",
        source="https://www.gzhcundang.com/s/jiankangqingyang/884102",
        title="血氧仪读数偏低？先别慌，检查这几点",
        record_title="血氧仪读数偏低？先别慌，检查这几点 | 公号存档馆",
        date="2025-02-14",
        notes="WeChat mirror with 阅读原文/在看 bars; 关注 sentence is body",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>血氧仪读数偏低？先别慌，检查这几点 | 公号存档馆</title></head><body>
<div class="site">⟦m 公号存档馆⟧ ⟦a 搜索公众号⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 青阳健康　2025-02-14 18:00⟧</div>
<div class="follow">⟦a ↑点击上方“青阳健康”关注我们⟧</div>
<div id="js_content">
{BODY}
</div>
<div class="bar">⟦a 阅读原文⟧ ⟦a 分享⟧ ⟦a 点赞 88⟧ ⟦a 在看 21⟧</div>
<footer>⟦d 本站仅做公众号文章存档，如有侵权请联系删除⟧</footer>
</body></html>
""",
        body="""
不少人买了血氧仪，一测读数九十出头就紧张。县人民医院呼吸科护士长提醒，先检查以下几点。
第一，手指是否冰凉。手凉时末梢循环差，读数会偏低，先搓热双手再测。
第二，是否涂了指甲油。深色指甲油会影响光线穿透，测量前应卸掉。
第三，是否坐着静息。走路、说话时测量，数值会波动。
排除以上情况后读数仍低于93%，并伴有气促、胸闷，应及时就医。
关注本公众号，回复“血氧”可查看完整的测量示意图。
""",
    ),
    dict(
        slug="docshare-oximeter-procurement-summary-markers-glued",
        site="文享网 (invented)",
        style="文档分享",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.wenxiang-share.net/doc/77120931.html",
        title="蘅水镇卫生院2024年家庭医生签约服务设备配置工作总结",
        record_title="蘅水镇卫生院2024年家庭医生签约服务设备配置工作总结 免费下载",
        date="2024-12-30",
        notes="page markers glued to the continuation in a wrapped text; upload notice",
        page="""
!m 文享网 - 文档分享平台
!m 上传时间：2025-01-05　　浏览：301　　格式：DOC
!t 蘅水镇卫生院2024年家庭医生签约服务设备配置工作总结 免费下载
{BODY}
!a 本文档共4页，当前仅展示2页，下载后可查看全文
!d 文档由会员“卫院小韦”上传，文享网仅提供存储空间。
""",
        wrap=62,
        pages=dict(fmt="┆{n}┆", every=160, start=2, glue=True),
        body="""
2024年，我院围绕家庭医生签约服务“设备进家门”要求，为12个家庭医生团队配置了随访工具包，现总结如下。
一、配置情况。每个团队配备指夹式血氧仪4台、电子血压计2台、血糖仪2台，全年共配置血氧仪48台，全部登记入账。
二、使用成效。团队入户随访时为慢阻肺、心衰签约居民测量血氧3260人次，发现读数异常及时转诊27人。
三、存在问题。部分血氧仪电池消耗快，个别团队随访记录填写不完整。2025年将建立设备定期检查制度。
蘅水镇卫生院
2024年12月30日
""",
    ),
    dict(
        slug="edu-oximeter-campus-clinic-notice-text",
        site="漓山县教育信息网 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.lishan-edu.cn/tzgg/20251104/3310.html",
        title="关于为寄宿制学校医务室补充配备血氧仪等设备的通知",
        record_title="关于为寄宿制学校医务室补充配备血氧仪等设备的通知-漓山县教育信息网",
        date="2025-11-04",
        notes="education portal text; 文号 neutral; numbered list and attachment",
        page="""
!m 漓山县教育信息网
!m 首页 ＞ 通知公告 ＞ 正文
{T}
漓教体〔2025〕77号
!m 发布时间：2025-11-04　来源：县教育体育局
{BODY}
!a 【收藏】【打印】【关闭】
!m 主办单位：漓山县教育体育局　　桂ICP备10025581号
""",
        body="""
各寄宿制中小学：
为提升学校卫生应急处置能力，县教育体育局为全县23所寄宿制学校医务室补充配备指夹式血氧仪、电子体温计和急救箱。
1. 各校于11月15日前到县教育装备站领取设备。
2. 校医须参加11月20日的设备使用培训。
3. 设备纳入学校固定资产管理，不得挪作他用。
附件：设备领取清单
漓山县教育体育局
2025年11月4日
""",
    ),
    dict(
        slug="oa-html-oximeter-medtech-qc-report",
        site="康朔医疗器械OA (invented)",
        style="企业内网",
        genre="报告",
        kind="report",
        form="html",
        source="http://oa.kangshuo-med.local/flow/doc?id=QC-2025-118",
        title="关于FX-20型血氧仪批次返修情况的报告",
        record_title="内部文件-关于FX-20型血氧仪批次返修情况的报告",
        date="2025-06-20",
        notes="intranet document view with 流转记录 and read count; data table",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>内部文件-关于FX-20型血氧仪批次返修情况的报告</title></head><body>
<div class="bar">⟦m 康朔医疗协同办公⟧ ⟦m 当前用户：质量部 秦川⟧ ⟦a 退出⟧</div>
<div class="menu">⟦m 待办⟧ ⟦m 已办⟧ ⟦m 公文⟧ ⟦m 通讯录⟧</div>
<h2>{T}</h2>
<table class="doc"><tr><td>⟦m 拟稿部门：质量部⟧</td><td>⟦m 密级：内部⟧</td><td>⟦m 已读：37人⟧</td></tr></table>
{BODY}
<div class="flow">⟦l 流转记录：质量部 秦川 提交 → 生产部 已阅 → 总经理 批示⟧</div>
<div class="ops">⟦a 打印⟧ ⟦a 下载正文⟧ ⟦a 转办⟧</div>
</body></html>
""",
        body="""
公司领导：
5月下旬，客户反馈FX-20型血氧仪部分批次开机后显示不稳定。质量部组织排查，现将返修情况报告如下。
批次　出货数量　返修数量　主要原因
2504A　3000　41　排线虚焊
2504B　2800　12　电池触片氧化
返修产品已全部完成更换，生产部已调整焊接工艺参数。
质量部
2025年6月20日
""",
    ),
    dict(
        slug="qa-oximeter-which-finger-answer-text",
        site="家医问答 (invented)",
        style="问答社区",
        genre="回答",
        kind="answer",
        form="text",
        source="https://www.jiayi-wenda.com/q/551870",
        title="指夹式血氧仪夹哪个手指测得准？",
        record_title=None,
        date="2025-10-21",
        notes="question as title; 回答于 is the date; expert card and vote bar",
        page="""
!m 家医问答 — 医生在线答疑
{T}
!m 提问时间：2025-10-20　　3人回答
!m 全科医生 聂晓岚　主治医师　回答于 2025-10-21
{BODY}
!l 有帮助(126)　　没帮助(3)　　追问
!w 想要一对一咨询？图文问诊19元起，点击立即咨询
!d 回答仅供参考，不能替代医生面诊。
""",
        date_also=["2025-10-20"],
        body="""
一般建议夹在食指或中指上，手指要完全伸进夹子里，指甲朝上。
测量时手放在与心脏大致同一高度，保持不动，等数值稳定十秒左右再读数。
如果某个手指有灰指甲或外伤，可以换另一只手测。
""",
    ),
    dict(
        slug="anthology-html-oximeter-doctor-notes",
        site="杏林闲笔 (invented)",
        style="个人文集",
        genre="随笔",
        kind="essay",
        form="html",
        source="https://xinglin-xianbi.cn/juan3/041.html",
        title="一台血氧仪的三次出诊",
        record_title="《杏林闲笔》卷三·第41篇｜一台血氧仪的三次出诊",
        date=None,
        notes="collection reader with chapter nav; 写于 a year is no date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>《杏林闲笔》卷三·第41篇｜一台血氧仪的三次出诊</title></head><body>
<div class="hd">⟦m 杏林闲笔　一位乡村医生的出诊笔记⟧</div>
<div class="nav">⟦l 目录⟧ ⟦l 上一篇：雪夜接生⟧ ⟦l 下一篇：药箱⟧</div>
<h1>{T}</h1>
{BODY}
<div class="nav">⟦l « 雪夜接生⟧ ⟦l 返回目录⟧ ⟦l 药箱 »⟧</div>
<div class="ft">⟦d 本文集文字版权归作者所有，未经许可不得转载⟧</div>
</body></html>
""",
        body="""
那台血氧仪是县里配发的，巴掌大，装在我出诊箱最上层。
第一次用它，是给后山的老周头看喘病，读数八十九，我当即联系了镇卫生院的车。
第二次是在村小学，一个孩子发烧，读数正常，我才放心让家长带回家观察。
第三次是给我自己测，那天爬坡爬急了，九十六，我笑着把它收回了箱子。
写于二〇二三年秋
""",
    ),
]

"""holdout364, part F: 百科问答, 网盘分享, 搜索快照, 打印页, 邮件转发 (one HTML and one text page each).

Invented text, sites, places, people and chrome; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="wiki-baishi-entry-nasal-irrigator",
        site="百识百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://www.baishibaike.com/item/洗鼻器/30611",
        title="洗鼻器",
        record_title="洗鼻器_家用护理器具词条_百识百科",
        date=None,
        notes="an encyclopaedia: 阅读/编辑/讨论/历史 tabs, an infobox, a contents box, reference markers glued after "
        "sentences and a references list; the entry name opens the body (head match); no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>洗鼻器_家用护理器具词条_百识百科</title>
<script src="/static/wiki/item.js"></script>
</head>
<body>
<div class="bs-top">⟦m 百识百科 · 人人都能写的知识库⟧ ⟦a 登录 ｜ 创建词条⟧</div>
<div class="bs-tabs">⟦a 阅读 · 编辑 · 讨论 · 历史版本⟧</div>
<div class="bs-entry">
<h1>{T}</h1>
<div class="bs-sub">⟦m 家用护理器具 ｜ 本词条由百识医学编辑组审阅⟧</div>
<table class="infobox">
<tr><td>⟦m 中文名：洗鼻器⟧</td></tr>
<tr><td>⟦m 别　名：鼻腔冲洗器⟧</td></tr>
<tr><td>⟦m 类　别：家用护理器具⟧</td></tr>
<tr><td>⟦m 常见类型：挤压瓶式、电动脉冲式⟧</td></tr>
</table>
<div class="toc">⟦l 目录 1 结构 2 使用方法 3 注意事项 4 参考资料⟧</div>
<div class="bs-body">
{BODY}
</div>
<div class="refs"><h3>⟦l 参考资料⟧</h3>
<p>⟦l [1] 耳鼻咽喉科护理常规. 誉州：誉州医学出版社⟧</p>
<p>⟦l [2] 百识医学编辑组. 家庭鼻腔护理手册⟧</p></div>
<div class="bs-edit">⟦m 词条统计：浏览 18,422 次 ｜ 编辑 23 次 ｜ 最近更新 4 天前⟧</div>
</div>
<div class="bs-ft">⟦d 百识百科词条内容仅供参考，如有健康问题请咨询专业医生⟧ ⟦m © 百识百科 baishibaike.com⟧</div>
</body>
</html>
""",
        body="""
洗鼻器，又称鼻腔冲洗器，是用盐水冲洗鼻腔、清除鼻腔分泌物和过敏原的家用护理器具，常用于过敏性鼻炎、慢性鼻窦炎的辅助治疗和鼻腔手术后的护理。⟦m [1]⟧
结构
常见的挤压瓶式洗鼻器由瓶体、导管和喷头组成，瓶体多为软质塑料，用手挤压产生压力；电动脉冲式洗鼻器由电机驱动，可以调节冲洗压力和水流频率。儿童用洗鼻器一般压力较小，喷头更柔软。
使用方法
使用时将洗鼻盐溶于温水配成生理盐水，身体前倾、张口呼吸，把喷头对准一侧鼻孔，让盐水从另一侧鼻孔流出，再换另一侧冲洗。⟦m [2]⟧
注意事项
不宜使用自来水直接冲洗；冲洗时不要说话或吞咽，以免盐水进入中耳；急性中耳炎、鼻出血期间应暂停使用。洗鼻器应专人专用，每次用后清洗晾干，定期更换。
""",
    ),
    dict(
        slug="wiki-zhiyuan-text-entry-usb-hub-missing",
        site="知源百科 (invented encyclopaedia, text copy)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="http://www.zhiyuanbaike.cn/wiki/USB集线器",
        title="USB集线器",
        record_title=None,
        date=None,
        notes="an encyclopaedia entry copied as text with no title in the record: the entry name on a line of its "
        "own and again opening the body (head match); edit links, a contents line and a 'last edited' stamp",
        page="""
!m 知源百科　—　查得到、看得懂
!a 编辑词条　｜　添加义项　｜　收藏
{T}
!m 所属分类：计算机外部设备　｜　浏览：9,506
!l 目录：概述　分类　选购要点　相关词条
{BODY}
!l 相关词条：USB接口　扩展坞　移动硬盘
!m 本词条最后由“硬件老杨”编辑于 2 个月前
!d 知源百科内容由网友共同编辑，如有错误欢迎指正
""",
        body="""
USB集线器，又称USB分线器，是一种将一个USB接口扩展为多个接口的计算机外部设备，常用于笔记本电脑、台式机接口不足时连接键盘、鼠标、U盘、移动硬盘等设备。
分类
按供电方式，USB集线器可分为无源集线器和有源集线器。无源集线器只能从电脑接口取电，适合连接鼠标、键盘等耗电较小的设备；有源集线器带有外接电源，可以同时为多个大功率设备供电。按接口数量，常见的有四口、七口和十口集线器。
选购要点
选购时应注意接口版本和传输速率是否满足需要，多口集线器最好选择带独立供电的产品；连接移动硬盘等耗电较大的设备时，应注意集线器的总输出功率。此外，还应选择有过流保护、散热良好的产品。
""",
    ),
    dict(
        slug="netdisk-jingpan-pump-cleaning-spec-pdf",
        site="鲸盘 (invented cloud drive, shared-file preview)",
        style="网盘分享",
        genre="操作规范",
        kind="rule",
        form="html",
        source="https://pan.jingpan.cn/s/1Qe7vM2xK",
        title="母婴室吸奶器清洗消毒操作规范",
        record_title="母婴室吸奶器清洗消毒操作规范.pdf",
        date=None,
        notes="a cloud-drive preview: save/download buttons, VIP speed prompts, a share stamp and an expiry line; a "
        "procedure with numbered steps and no date; the file name as the record title",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>母婴室吸奶器清洗消毒操作规范.pdf_免费高速下载|鲸盘</title>
<script src="//static.jingpan.cn/share/preview.js"></script>
</head>
<body>
<div class="jp-top">⟦m 鲸盘 · 装得下你的全部资料⟧ ⟦a 登录 ｜ 注册送10G⟧</div>
<div class="jp-share">⟦m 分享者：女工委小周　分享于 2026-03-02 14:21　有效期：永久⟧</div>
<div class="jp-file">
<h2>{T}</h2>
<div class="jp-fm">⟦m PDF　236KB　2页⟧</div>
<div class="jp-btn">⟦a 保存到我的鲸盘　　普通下载　　超级会员极速下载⟧</div>
</div>
<div class="jp-preview">
{BODY}
</div>
<div class="jp-vip">⟦a 开通超级会员，下载速度提升30倍，首月仅需6元⟧</div>
<div class="jp-report">⟦d 如发现分享内容侵权或违规，请点击举报，鲸盘将依法处理⟧</div>
<div class="jp-ft">⟦m ©2026 鲸盘 jingpan.cn　粤ICP备20055318号⟧</div>
</body>
</html>
""",
        body="""
一、适用范围
本规范适用于单位母婴室配备的医用吸奶器及其配件的日常清洗、消毒和保管。
二、职责分工
母婴室管理员负责吸奶器主机的清洁消毒和使用登记；使用者负责本人吸奶配件的清洗和保管。
三、主机清洁消毒
1. 每次使用后，用75%酒精棉片擦拭主机外壳、按键和电源线。
2. 每天下班前对主机进行一次全面擦拭，并检查吸力是否正常。
四、配件清洗消毒
1. 与乳汁接触的喇叭罩、鸭嘴阀、连接头和储奶瓶，每次使用后立即拆开，用流动的温水和专用清洗剂清洗。
2. 清洗后的配件放入消毒柜或用沸水煮沸5分钟消毒，晾干后放入个人收纳盒。
3. 配件实行一人一套，不得混用；出现裂纹、变形的配件应及时更换。
五、使用登记
使用者每次使用后在登记本上填写使用时间和姓名，管理员每周检查一次登记情况。
""",
    ),
    dict(
        slug="netdisk-tunpan-contract-template-plates-wps",
        site="囤盘 (invented cloud drive, text preview)",
        style="网盘分享",
        genre="合同范本",
        kind="other",
        form="text",
        source="https://www.tunpan.com/f/8c2ab71e",
        title="学生分格餐盘采购合同（范本）",
        record_title="学生分格餐盘采购合同（范本）.wps",
        date=None,
        notes="a contract template on a cloud drive: ×× placeholders, ＿＿ blanks and ＿＿＿＿年＿＿月＿＿日; 第N条 "
        "articles; save and VIP prompts and a share stamp around it; no date",
        page="""
!m 囤盘 TUNPAN　文件预览
!m 文件名：学生分格餐盘采购合同（范本）.wps　　大小：31KB
!m 由 采购小能手 分享　　3 天前
!a 【转存到囤盘】【下载】【用WPS打开】
{T}
{BODY}
!a 预览仅显示部分页面，开通囤盘VIP可在线预览全部内容
!d 囤盘提醒：请勿分享违法违规内容，一经发现将删除并封号
""",
        body="""
甲方（采购人）：××学校
乙方（供应商）：××厨具有限公司
根据《中华人民共和国民法典》及相关法律法规，甲乙双方经协商一致，就甲方采购学生分格餐盘事宜订立本合同。
第一条　货物名称、数量及价格
货物名称：不锈钢学生分格餐盘；规格：五格，材质为304食品级不锈钢；数量：＿＿只；单价：＿＿元；合同总价：人民币＿＿元（大写：＿＿＿＿）。
第二条　质量要求
乙方提供的餐盘须符合食品接触用不锈钢制品国家标准，并在交货时提供产品合格证明和检测报告。
第三条　交货时间及地点
乙方应于＿＿＿＿年＿＿月＿＿日前将货物送至甲方指定地点：××学校食堂。
第四条　验收及付款
甲方在收货后＿＿日内组织验收，验收合格后＿＿日内支付合同总价的＿＿%，余款在质保期满后付清。
第五条　质量保证
质保期为＿＿个月，质保期内出现变形、生锈、焊点开裂等质量问题的，乙方负责免费更换。
第六条　争议解决
因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
甲方（盖章）：＿＿＿＿　乙方（盖章）：＿＿＿＿
签订日期：＿＿＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="snapshot-yisou-health-bureau-bed-rail-bulletin",
        site="一搜即得 (invented search engine's snapshot of a county health bureau page)",
        style="搜索快照",
        genre="通报",
        kind="notice",
        form="html",
        source="https://cache.yisoujide.com/c?u=http%3A%2F%2Fwjj.lanxi.gov.cn%2Fart%2F2026%2F10%2F30%2Fart_77_3021.html",
        title="关于全县医疗机构病床护栏安全检查情况的通报",
        record_title="关于全县医疗机构病床护栏安全检查情况的通报_阑溪县卫生健康局（一搜即得网页快照）",
        date="2026-10-28",
        date_also=["2026-10-30"],
        notes="a search-cache frame: a capture banner with highlighted terms, the original portal's chrome inside the "
        "frame; the notice's 成文日期 differs from the portal's posting date; a capture stamp is no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>关于全县医疗机构病床护栏安全检查情况的通报_阑溪县卫生健康局（一搜即得网页快照）</title>
</head>
<body>
<div class="cache-bar">⟦d 这是一搜即得于 2026-11-03 09:27 抓取的网页快照，当前页面可能已经更新。⟧ ⟦a 查看最新网页⟧</div>
<div class="cache-hl">⟦m 以下关键词已高亮：<b style="background:#ff6">病床</b> <b style="background:#6ff">护栏</b> <b style="background:#f9f">通报</b>⟧</div>
<div class="cache-frame">
<div class="o-head">⟦m 阑溪县卫生健康局⟧</div>
<div class="o-nav">⟦m 首页 机构职能 政务公开 卫生监督 健康教育⟧</div>
<div class="o-pos">⟦m 当前位置：首页 - 政务公开 - 工作动态⟧</div>
<h2>{T}</h2>
<div class="o-meta">⟦m 发布时间：2026-10-30　发布者：医政医管科⟧</div>
<div class="o-body">
{BODY}
</div>
<div class="o-ft">⟦m 阑溪县卫生健康局主办　浙ICP备11047236号⟧</div>
</div>
</body>
</html>
""",
        body="""
各乡镇卫生院、县级医疗机构：
为防范住院患者坠床事件，10月中旬，县卫生健康局组织对全县23家医疗机构的病床护栏进行了专项检查。现将检查情况通报如下：
一、总体情况。此次共抽查病床1184张，护栏完好率为93.2%。县人民医院、县中医院等单位建立了病床护栏日检制度，护理人员交班时逐床检查，做法值得推广。
二、存在问题。一是部分乡镇卫生院病床使用年限长，护栏卡扣磨损、升降不灵；二是个别病区夜间未按规定为高危患者升起护栏；三是少数单位坠床风险评估流于形式，评估单填写不完整。
三、整改要求。各单位要在11月30日前完成护栏维修更换，对坠床高危患者落实床头警示标识和护栏升起制度，并将整改情况报县卫生健康局医政医管科。
阑溪县卫生健康局
2026年10月28日
""",
    ),
    dict(
        slug="snapshot-text-letter-borrow-hubs-oneline",
        site="一搜即得 (invented search engine, text-only snapshot)",
        style="搜索快照",
        genre="函",
        kind="letter",
        form="text",
        source="https://cache.yisoujide.com/t?u=http%3A%2F%2Fwww.kcyz.net%2Fxxgk%2F2026%2F1119.html",
        title="旷川县第一中学关于商借USB集线器的函",
        record_title="旷川县第一中学关于商借USB集线器的函 —— 纯文字快照（一搜即得）",
        date="2026-11-19",
        notes="a text-only cache with the whole letter on one line; a capture banner and the original URL at the "
        "top; the letter's own contact; 成文日期 at the end",
        page="""
!d 【纯文字快照】一搜即得 2026-11-25 抓取，仅保留文字内容
!m 原网址：http://www.kcyz.net/xxgk/2026/1119.html
!m 旷川县第一中学　信息公开
{T}
{BODY}
!m 旷川县第一中学版权所有　技术支持：旷川县电化教育馆
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
旷川县职业中等专业学校：
我校定于11月28日至30日举办全县中学生信息技术创新大赛，比赛需要同时使用计算机120台。因我校计算机教室的部分USB集线器正在维修，现有设备无法满足比赛需要。
经研究，拟向贵校商借七口带独立供电USB集线器40个，借用时间为11月27日至12月1日。借用期间，我校安排专人负责保管，比赛结束后按时归还；如有损坏，照价赔偿。
恳请贵校予以支持。
联系人：信息中心　许砚舟，电话：0579-88017206。
旷川县第一中学
2026年11月19日
""",
    ),
    dict(
        slug="print-yuzhou-no2-school-nasal-rinser-notice",
        site="誉州市第二中学 (invented school site, print view)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.yzez.net/print.aspx?id=6120",
        title="关于学生在校使用洗鼻器有关事项的通知",
        record_title="打印预览 ▪ 关于学生在校使用洗鼻器有关事项的通知 · 誉州二中",
        date="2026-11-30",
        notes="a print view calling window.print(): a print toolbar, the source URL and a print footer; the school's "
        "own contact kept; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>打印预览 ▪ 关于学生在校使用洗鼻器有关事项的通知 · 誉州二中</title>
<style>@media print{.noprint{display:none}}</style>
<script>window.onload=function(){window.print();};</script>
</head>
<body>
<div class="noprint">⟦a 🖨 立即打印　｜　关闭本页⟧</div>
<div class="p-head">⟦m 誉州市第二中学 · 校务通知⟧</div>
<h2>{T}</h2>
<div class="p-src">⟦m 页面地址：https://www.yzez.net/news.aspx?id=6120　打印时间：2026-12-02 07:45⟧</div>
<div class="p-body">
{BODY}
</div>
<div class="p-foot">⟦p ╘ 第 1 页 ╪ 共 1 页 ╛⟧</div>
</body>
</html>
""",
        body="""
各班主任、各位家长：
入冬以来，我校患过敏性鼻炎、鼻窦炎的学生增多，部分学生遵医嘱需要在校期间进行鼻腔冲洗。为保障学生健康和校园卫生，现就学生在校使用洗鼻器的有关事项通知如下：
一、需要在校使用洗鼻器的学生，由家长向班主任提交医生建议或病历复印件，班主任汇总后报校医室。
二、学生应自带洗鼻器和洗鼻盐，洗鼻器上贴好姓名标签，不得与他人共用。
三、鼻腔冲洗统一在校医室进行，校医室提供温开水，每天中午12:10至12:40开放。不得在教室、宿舍卫生间冲洗。
四、洗鼻器使用后由学生本人清洗，放回校医室的个人储物格，周五带回家彻底清洁。
如有疑问，请联系校医室　沈医生，电话：0579-85301127。
誉州市第二中学
2026年11月30日
""",
    ),
    dict(
        slug="print-lanxi-kindergarten-plate-disinfection-rules",
        site="阑溪县实验幼儿园 (invented kindergarten site, print view as text)",
        style="打印页",
        genre="制度",
        kind="rule",
        form="text",
        source="http://www.lxsyyey.cn/print/zhidu/45.html",
        title="幼儿分格餐盘清洗消毒制度",
        record_title="〔A4打印版〕幼儿分格餐盘清洗消毒制度 - 阑溪县实验幼儿园",
        date=None,
        notes="a kindergarten's rules as a print view in text: the print header with the source URL and print "
        "time, numbered rules, a print footer; rules with no date",
        page="""
!m 阑溪县实验幼儿园　规章制度
!m 来源网址：http://www.lxsyyey.cn/zhidu/45.html　　打印于 2026-09-01 16:20
{T}
{BODY}
!p ⤒ 共1页 当前第1页 ⤓
""",
        indent="\u3000\u3000",
        body="""
为保障幼儿饮食卫生安全，规范分格餐盘的清洗消毒工作，结合本园实际，制定本制度。
一、幼儿分格餐盘实行“一餐一洗一消毒”，未经消毒的餐盘不得使用。
二、清洗消毒按以下流程进行：
1. 去残渣：餐后将餐盘内剩余饭菜倒入泔水桶，分格拐角处用软刷清理干净。
2. 洗涤：用食品级洗涤剂在第一个水池中逐格刷洗。
3. 清洗：在第二个水池中用流动清水冲净洗涤剂残留。
4. 消毒：放入高温消毒柜，温度不低于120℃，时间不少于15分钟。
5. 保洁：消毒后的餐盘放入专用保洁柜，保洁柜每天擦拭一次。
三、保育员每餐清洗消毒后在消毒记录表上签字，保健医生每天检查一次。
四、餐盘出现变形、划痕较深或焊点开裂的，应及时更换，不得继续使用。
五、本制度由园保健室负责监督执行。
""",
    ),
    dict(
        slug="mail-yuzhou-library-fwd-hub-purchase-letter",
        site="誉州市图书馆 (invented webmail reading view)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.yzlib.org.cn/webmail/read?mid=20261014-7720",
        title="誉州市图书馆关于采购USB集线器的函",
        record_title="转发给信息部：誉州市图书馆关于采购USB集线器的函.docx",
        date="2026-10-12",
        date_also=["2026-10-14"],
        notes="a webmail reading view: forwarded headers, an attachment bar beside the letter's own 附件 line, reply "
        "and forward buttons; the letter's contact and mailbox; the mail date differs from the letter's date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>转发给信息部：誉州市图书馆关于采购USB集线器的函.docx - 誉州市图书馆邮件系统</title>
</head>
<body>
<div class="wm-top">⟦m 誉州市图书馆邮件系统⟧ ⟦m 收件箱(12)　草稿箱　已发送　已删除⟧</div>
<div class="wm-btns">⟦a 回复 ｜ 回复全部 ｜ 转发 ｜ 删除 ｜ 标记为未读⟧</div>
<div class="wm-head">
<h3>⟦t 转发给信息部：誉州市图书馆关于采购USB集线器的函.docx⟧</h3>
<p>⟦m 发件人：采编部 鲁闻笛 &lt;luwendi@yzlib.org.cn&gt;⟧</p>
<p>⟦m 收件人：sales@lianshu-tech.com⟧</p>
<p>⟦m 时　间：2026年10月14日（星期三）上午10:26⟧</p>
</div>
<div class="wm-fwd">⟦m -------- 转发的邮件 --------⟧</div>
<div class="wm-body">
<h4>{T}</h4>
{BODY}
</div>
<div class="wm-att">⟦a 📎 附件（1个）：USB集线器采购需求清单.xlsx　18KB　下载 ｜ 预览 ｜ 存网盘⟧</div>
<div class="wm-ft">⟦m 誉州市图书馆信息技术部 提供技术支持⟧</div>
</body>
</html>
""",
        body="""
誉州联枢电子有限公司：
为改善读者在电子阅览室和研修间使用自带设备的条件，我馆拟采购一批七口带独立供电USB集线器。经了解，贵公司新近发布的HB-770型号集线器性能符合我馆需求，现就有关事项函告如下：
一、采购数量为60个，需配套电源适配器，交货期不晚于2026年11月20日。
二、请贵公司于10月25日前提供产品报价、3C认证证书和检测报告，并注明质保期限和售后服务承诺。
三、具体技术要求详见附件《USB集线器采购需求清单》。
联系人：采编部　鲁闻笛，电话：0579-85330562，邮箱：luwendi@yzlib.org.cn。
附件：USB集线器采购需求清单
誉州市图书馆
2026年10月12日
""",
    ),
    dict(
        slug="mail-text-fwd-bed-rail-test-reply",
        site="旷川县养老服务中心 (invented mail forwarded as text)",
        style="邮件转发",
        genre="复函",
        kind="letter",
        form="text",
        source="mailto:kcylfw@163.com?msg=2026-06-29",
        title="关于床护栏样品检测结果的复函",
        record_title="FWD｜回复：关于床护栏样品检测结果的复函（请各院参阅）",
        date="2026-06-24",
        date_also=["2026-06-29"],
        notes="a forwarded mail in text: forwarding and original headers, the sender's note and a signature block; "
        "the reply letter's own 联系人/电话 kept; the letter's date differs from the mail dates",
        page="""
!m 发件人：旷川县养老服务中心 <kcylfw@163.com>
!m 发送时间：2026年6月29日 星期一 下午3:12
!m 收件人：各乡镇敬老院
!t 主　题：FWD｜回复：关于床护栏样品检测结果的复函（请各院参阅）
!m 各院：转发检测所复函，请对照检查本院在用床护栏。——中心 翁主任
!m ———— 原始邮件 ————
!m 发件人：誉州市产品质量检验所 <zjs_yz@163.com>
!m 日期：2026年6月24日 16:40
{T}
{BODY}
!d 此邮件由163邮箱发出，如非本人收件请删除
!a [回复] [转发] [打印此邮件]
""",
        body="""
旷川县养老服务中心：
贵中心《关于委托检测床护栏样品的函》收悉。我所已于6月10日至6月20日对送检的3个型号床护栏样品进行了检测，现将结果函复如下：
一、A型（折叠式铝合金护栏）：承重、升降耐久性、栏杆间隙等项目均符合要求。
二、B型（插床垫式钢管护栏）：栏杆间隙为8.5厘米，大于6厘米的要求，存在老人肢体卡入风险，判定为不合格。
三、C型（螺栓固定式木质护栏）：护栏高度为28厘米，低于床垫面以上32厘米的要求，判定为不合格。
建议贵中心及各敬老院停止采购B型、C型护栏，对已在用的同型号护栏进行排查更换。详细数据见检测报告。
联系人：检验二室　霍清泽，电话：0579-85243390。
誉州市产品质量检验所
2026年6月24日
""",
    ),
]

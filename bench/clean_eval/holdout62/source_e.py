"""holdout62, part E: 范文APP, 公考论坛, 百科问答, 网盘分享, 搜索快照, 打印页, 邮件转发. Invented text."""

CASES = [
    dict(
        slug="app-bixia-speech-ostrich-coop-placeholders",
        site="笔下生花APP分享页 (invented)",
        style="范文APP",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://m.bixiasheng.com/share/art?id=66120934&from=wx",
        title="在××县特禽养殖合作社成立大会上的讲话",
        record_title="在××县特禽养殖合作社成立大会上的讲话（可编辑）",
        date=None,
        page="""
!a 打开笔下生花APP，阅读体验更佳 ›
!t 在××县特禽养殖合作社成立大会上的讲话（可编辑）
!m 笔下生花 · 会员专享范文　　2.1k人已读
{BODY}
!a 复制全文需开通会员，首月仅需9.9元
!l 你可能还需要：合作社理事长就职表态发言
!m 来自「笔下生花」APP
""",
        oneline=False,
        body="""
各位社员、同志们：
今天，××县特禽养殖合作社正式成立了。首先，我代表××镇党委、政府表示热烈祝贺！
合作社成立后，要做到统一购苗、统一防疫、统一收购、统一品牌，让散户抱团闯市场。
希望理事会带好头，把合作社办成社员信得过的“自家人”。
××年××月××日
""",
    ),
    dict(
        slug="app-wenmiao-html-summary-sled-park",
        site="文妙写作APP (invented)",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://h5.wenmiao.cn/doc/share/9a2c771b",
        title="雪橇乐园2024—2025雪季运营工作总结",
        record_title="雪橇乐园2024—2025雪季运营工作总结【精选】",
        date="2025-03-20",
        page="""
<!DOCTYPE html><html><head><meta name="viewport" content="width=device-width"><title>雪橇乐园2024—2025雪季运营工作总结【精选】</title></head><body>
<div class="app-banner">⟦a 文妙写作 · AI帮你写总结　立即打开⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 文妙精选 · 1,024人收藏⟧</div>
<div class="doc">
{BODY}
</div>
<div class="mask">⟦a 展开剩余70%⟧</div>
<div class="bottom-bar">⟦a 一键改写⟧ ⟦a 导出Word⟧ ⟦a 分享给好友⟧</div>
</body></html>
""",
        body="""
2024—2025雪季，雪橇乐园共运营96天，接待游客18.7万人次，营业收入2260万元，同比增长17%。
一、安全运营零事故。每日开园前检测滑道和制动装置，全季未发生安全责任事故。
二、服务质量有提升。新增儿童雪橇区和温暖驿站，游客满意度达到96.3%。
三、存在的不足：雪季后期降雪偏少，人工造雪成本偏高。
雪橇乐园运营部
2025年3月20日
""",
    ),
    dict(
        slug="gkforum-shanggan-html-interview-liquor",
        site="上岸公考论坛 (invented)",
        style="公考论坛",
        genre="心得体会",
        kind="insight",
        form="html",
        source="http://bbs.shangan-gk.com/thread-330217-1-1.html",
        title="结构化面试真题：如何看待“老字号酒坊进直播间”",
        record_title="结构化面试真题：如何看待“老字号酒坊进直播间” - 面试交流 - 上岸公考论坛",
        date=None,
        page="""
<html><head><meta charset="utf-8"><title>结构化面试真题：如何看待“老字号酒坊进直播间” - 面试交流 - 上岸公考论坛</title></head><body>
<div id="hd">⟦m 上岸公考论坛 — 一起上岸⟧ ⟦a 签到领积分⟧</div>
<div id="pt">⟦m 上岸公考 › 面试交流 › 真题解析⟧</div>
<h1>{T}</h1>
<div class="authi">⟦m 一次上岸的小粱　发表于 2025-6-2 22:08⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="locked">⟦a 本帖隐藏的内容需要回复才可以浏览⟧</div>
<div class="post">⟦l 回复　浩哥冲鸭：马克，明天模考用得上⟧</div>
<div id="ft">⟦m Archiver｜手机版｜小黑屋｜上岸公考论坛⟧</div>
</body></html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=1),
        body="""
题目：某县老字号酒坊负责人走进直播间卖酒，一晚销售额超过百万元。对此你怎么看？
参考思路：
第一，肯定积极意义。老字号借助直播拓宽了销路，也让更多年轻人了解传统酿造技艺。
第二，指出潜在问题。直播带货要防止虚假宣传，还要落实未成年人禁止饮酒的要求。
第三，提出对策。政府部门加强监管和培训，企业坚守品质，让老字号走得更远。
""",
    ),
    dict(
        slug="gkforum-kaoyou-text-shenlun-hotspring",
        site="考友会公考论坛 (invented)",
        style="公考论坛",
        genre="范文",
        kind="essay",
        form="text",
        source="https://www.kaoyouhui.net/t/88410",
        title="申论范文：让温泉小镇“热”得更持久",
        record_title="申论范文：让温泉小镇“热”得更持久【附点评】",
        date=None,
        page="""
!m 考友会 ▸ 申论板块 ▸ 范文赏析
!t 申论范文：让温泉小镇“热”得更持久【附点评】
!m 楼主：申论阿泉　|　2024-11-03 19:40　|　回复 41　|　查看 2877
{BODY}
!d 本帖最后由 申论阿泉 于 2024-11-03 19:52 编辑
!l 2楼　小雨点：点评在哪里？求私发
!l 3楼　上岸许愿池：文章结构很清晰
!a 回帖后可下载本帖附件
""",
        junk=dict(lines=2, glued=1),
        body="""
冬日的汤泉小镇，热气氤氲，游人如织。然而，一些温泉小镇“火”了一阵便归于冷清。如何让温泉小镇“热”得更持久？
要在特色上下功夫。温泉资源各地都有，只有挖掘本地文化，才能让游客记得住、愿意来。
要在服务上下功夫。停车、餐饮、住宿等配套跟上了，游客才愿意多住几天。
要在保护上下功夫。地热资源不是取之不尽的，只有科学开采，小镇才能长久发展。
""",
    ),
    dict(
        slug="wiki-baike-html-entry-pomegranate",
        site="百知百科 (invented)",
        style="百科问答",
        genre="词条",
        kind="entry",
        form="html",
        source="https://baike.baizhi.cn/item/丹榴石榴/40182",
        title="丹榴石榴",
        record_title="丹榴石榴_百知百科",
        date=None,
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>丹榴石榴_百知百科</title></head><body>
<div class="top">⟦m 百知百科 · 全球中文知识库⟧ ⟦a 进入词条⟧ ⟦a 帮助⟧</div>
<h1>{T}</h1>
<div class="edit">⟦a 编辑　讨论　上传视频⟧</div>
<div class="summary">
{BODY}
</div>
<div class="stat">⟦m 浏览次数：6822次　编辑次数：4次　最近更新：榴乡客⟧</div>
<div class="ref">⟦l 参考资料：1. 丹榴县志·物产卷⟧</div>
<footer>⟦d ©2026 百知百科　使用百科前必读⟧</footer>
</body></html>
""",
        body="""
丹榴石榴，四川省丹榴县特产，中国国家地理标志产品。
丹榴石榴果实圆形，果皮薄，呈红黄色，籽粒大，味甜多汁，可溶性固形物含量一般在15%以上。
当地种植石榴已有三百多年历史，主要分布在丹榴镇、红岩乡等地，每年9月上旬至10月上旬为采收期。
""",
    ),
    dict(
        slug="wiki-zhidao-text-yam-storage-answer",
        site="知道一点百科问答 (invented)",
        style="百科问答",
        genre="问答",
        kind="answer",
        form="text",
        source="http://zhidao.yidian-baike.com/question/1299031.html",
        title="铁棍山药怎样储存不容易坏？",
        date=None,
        page="""
!m 知道一点 > 生活 > 美食/烹饪
{T}
!m 匿名用户 | 浏览 3512 次 | 2024-12-08 发布
!m 推荐于2024-12-09　10:22:15　　最佳答案
{BODY}
!l 本回答由提问者推荐
!a 已赞过　已踩过　＜　你对这个回答的评价是？
!l 其他类似问题：山药发黑还能吃吗 / 山药皮过敏怎么办
""",
        body="""
铁棍山药储存注意三点：
1. 不要水洗。买回来带着泥土存放，放在阴凉通风处，一般能放一个月左右。
2. 温度要合适。最好在5℃左右，不要直接放进冰箱冷冻室。
3. 切开的山药可以在切口涂一层白醋，用保鲜膜包好放冷藏，尽快吃完。
""",
    ),
    dict(
        slug="netdisk-yunpan-text-donkey-plan-preview",
        site="小鹿网盘 (invented)",
        style="网盘分享",
        genre="工作方案",
        kind="plan",
        form="text",
        source="https://pan.xiaolu-cloud.com/s/1aQ7Dk2pL",
        title="驴河镇黑毛驴养殖小区建设实施方案",
        record_title="驴河镇黑毛驴养殖小区建设实施方案(2).wps",
        title_in="file-name",
        date="2025-02-17",
        page="""
!m 小鹿网盘 | 文件分享
!t 驴河镇黑毛驴养殖小区建设实施方案(2).wps
!m 分享者：驴河农服　分享时间：2025-02-19 17:44　有效期：永久
!a 保存到我的网盘　　普通下载　　超速下载（会员）
!m 文件预览：
{BODY}
!a 预览仅显示前2页，下载后可查看全部内容
!d 请勿分享违法违规内容，一经发现将封禁账号
""",
        pages=dict(fmt="— {n} —", every=60, start=2, glue=True),
        body="""
为推动黑毛驴产业规模化发展，镇政府决定在后营村建设黑毛驴标准化养殖小区。
一、建设规模：新建标准化圈舍12栋，配套青贮窖、粪污处理池，设计存栏1200头。
二、资金筹措：争取上级项目资金300万元，村集体和养殖户自筹150万元。
三、进度安排：3月底前完成选址和设计，6月底前主体完工，9月底前投入使用。
驴河镇人民政府
2025年2月17日
""",
    ),
    dict(
        slug="netdisk-fenxiang-html-deer-training-slides",
        site="享存云盘 (invented)",
        style="网盘分享",
        genre="讲稿",
        kind="lecture",
        form="html",
        source="https://www.xiangcun-yun.com/share/init?surl=Rz81kq",
        title="梅花鹿常见疾病防治讲稿",
        record_title="梅花鹿常见疾病防治讲稿.pdf",
        date=None,
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>梅花鹿常见疾病防治讲稿.pdf_免费高速下载|享存云盘</title></head><body>
<div class="nav">⟦m 享存云盘⟧ ⟦a 客户端下载⟧ ⟦a 登录⟧</div>
<div class="file"><h2>{T}</h2><span>⟦m 2.4M　2024-03-11 08:15　失效时间：永久有效⟧</span></div>
<div class="code">⟦m 提取码：k7dw⟧</div>
<div class="preview">
{BODY}
</div>
<div class="btn">⟦a 保存到网盘⟧ ⟦a 下载(2.4M)⟧</div>
<div class="report">⟦a 举报⟧</div>
</body></html>
""",
        pages=dict(fmt="〔第{n}张〕", every=60, start=2),
        body="""
第一讲　梅花鹿常见疾病概述
梅花鹿常见疾病主要有坏死杆菌病、肠毒血症和寄生虫病，春秋两季发病较多。
第二讲　预防措施
1. 圈舍每周清扫消毒一次，保持干燥通风。
2. 每年春秋两次驱虫，定期接种疫苗。
3. 发现病鹿及时隔离，请兽医诊治。
""",
    ),
    dict(
        slug="snapshot-kuaizhao-html-ginkgo-notice",
        site="搜来快照 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://cache.soulai.com/c?m=9d78d513d9&u=http://www.xingping.gov.cn/art/2024/10/21/art_3310_8822.html",
        title="关于银杏观赏季期间古树景区实行预约游览的通知",
        date="2024-10-21",
        record_date="2024-10-21",
        page="""
<html><head><meta charset="utf-8"><title>关于银杏观赏季期间古树景区实行预约游览的通知</title></head><body>
<div class="snap-head" style="background:#ffffe0">⟦m 这是 http://www.xingping.gov.cn/art/2024/10/21/art_3310_8822.html 的快照，是网页在 2024年10月25日 的存档⟧<br>
⟦m 您搜索的关键词已被高亮：⟧ ⟦m 银杏 预约⟧<br>⟦d 搜来快照与该网页的作者无关，不对其内容负责⟧</div>
<div class="orig-head">⟦m 杏坪区文化和旅游局⟧</div>
<h1>{T}</h1>
<div class="orig-meta">⟦m 发布时间：2024-10-21 09:00⟧</div>
<div class="orig-body">
{BODY}
</div>
<div class="orig-foot">⟦m 杏坪区文化和旅游局 版权所有⟧</div>
</body></html>
""",
        body="""
每年11月是杏坪区古银杏林观赏的最佳时节。为保障游客安全和古树保护，11月1日至30日，千年银杏林景区实行实名预约游览。
游客可通过“杏坪文旅”小程序预约，每日限量8000人，预约成功后凭身份证入园。
景区内禁止攀爬、摇晃银杏树，禁止采摘银杏果。
""",
    ),
    dict(
        slug="snapshot-wenben-text-lotus-festival",
        site="网页快照（纯文本） (invented)",
        style="搜索快照",
        genre="工作方案",
        kind="plan",
        form="text",
        source="http://webcache.kanbaidu.net/search?q=cache:outang.gov.cn/zwgk/1290.html",
        title="2025年藕塘乡荷花节活动方案",
        record_title=None,
        date="2025-06-05",
        page="""
!m 快照时间：2025/06/12 03:41:07 GMT　原始网址：outang.gov.cn/zwgk/1290.html
!d 当前页面为纯文本版本，图片和样式已去除
!m 藕塘乡人民政府 > 政务公开 > 计划规划
{T}
{BODY}
!m 【完整版本】【纯文本版本】【查看源代码】
""",
        body="""
为展示乡村振兴成果，带动莲藕产业和乡村旅游发展，定于2025年7月5日至8月5日举办藕塘乡荷花节。
一、活动内容：荷塘摄影大赛、挖藕体验、莲藕美食评选、农特产品展销。
二、职责分工：乡文化站负责活动组织，乡派出所负责安全保卫，各村负责环境整治。
三、经费预算：活动经费18万元，由乡财政和赞助企业共同承担。
藕塘乡人民政府
2025年6月5日
""",
    ),
    dict(
        slug="print-tangquan-html-service-standard",
        site="汤泉旅游度假区管委会 (invented)",
        style="打印页",
        genre="规范",
        kind="rules",
        form="html",
        source="http://www.tqdjq.gov.cn/print.jsp?id=55103",
        title="汤泉旅游度假区温泉服务质量规范",
        date="2024-08-01",
        page="""
<html><head><meta charset="utf-8"><title>打印页面</title><style>@media print{.noprint{display:none}}</style></head><body onload="window.print()">
<div class="noprint">⟦a 【打印本页】　【关闭窗口】⟧</div>
<div class="ptitle">{T}</div>
<div class="pmeta">⟦m 发布日期：2024-08-01　来源：度假区管委会⟧</div>
<div class="pcontent">
{BODY}
</div>
<div class="purl">⟦m 本文网址：http://www.tqdjq.gov.cn/art/55103.html⟧</div>
<div class="pdate">⟦m 打印时间：2026-12-05 10:31⟧</div>
</body></html>
""",
        body="""
1　适用范围
本规范适用于度假区内各温泉经营单位。
2　服务要求
2.1　温泉池区应公示水温、水质检测结果和泡浴须知。
2.2　每个池区至少配备1名持证救生员。
2.3　游客可扫码查询当日水质检测报告，也可要求工作人员打印纸质报告。
3　监督检查
度假区管委会每季度组织一次服务质量检查。
""",
    ),
    dict(
        slug="print-liangjiu-text-safety-rules",
        site="粱城县应急管理局 (invented)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="text",
        source="http://yjj.liangcheng.gov.cn/print/2024/1105/331",
        title="关于开展白酒生产企业粉尘防爆专项检查的通知",
        date="2024-11-05",
        page="""
!m 粱城县应急管理局 - 打印版
{T}
粱应急〔2024〕42号
{BODY}
!m 原文地址：yjj.liangcheng.gov.cn/art/2024/1105/331.html
!m 打印日期：2025年1月7日
!a [打印]　[关闭]
""",
        body="""
各白酒生产企业：
为防范粉碎车间粉尘爆炸事故，县应急管理局决定于11月10日至30日开展白酒生产企业粉尘防爆专项检查。
重点检查：粉碎、制曲车间除尘设施运行情况，电气设备防爆等级，清扫制度落实情况。
请各企业对照检查表开展自查，并于11月9日前将自查报告报送县应急管理局。
粱城县应急管理局
2024年11月5日
""",
    ),
    dict(
        slug="mail-fwd-text-cobbler-subsidy",
        site="蕖阳市人社局工作邮箱 (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mailto:jiuye@quyang-rsj.gov.cn?msg=20250305-0031",
        title="关于开展传统修补手艺人灵活就业补贴申报的通知",
        record_title="Fwd: 关于开展传统修补手艺人灵活就业补贴申报的通知",
        date="2025-03-04",
        page="""
!m 发件人：市就业服务中心 <jiuye@quyang-rsj.gov.cn>
!m 收件人：各街道劳动保障所
!m 日期：2025年3月5日 周三 09:12
!t Fwd: 关于开展传统修补手艺人灵活就业补贴申报的通知
!m ---------- 转发的邮件 ----------
{BODY}
!m 附件：(1) 补贴申报表.xlsx　24KB
!d 此邮件由政务邮箱系统发出，如非本人请勿阅读
""",
        body="""
各街道劳动保障所：
为支持修鞋、修表、缝补等传统修补手艺人稳定就业，现开展灵活就业社会保险补贴申报工作。
1. 补贴对象：在本市从事传统修补手艺、年满40周岁的灵活就业人员。
2. 补贴标准：按实际缴纳养老保险费的三分之二给予补贴。
3. 申报时间：3月10日至3月31日。
附件：补贴申报表
抄送：市财政局
蕖阳市就业服务中心
2025年3月4日
""",
    ),
    dict(
        slug="mail-reply-html-sled-park-request",
        site="雪岭镇政府邮箱 (invented)",
        style="邮件转发",
        genre="请示",
        kind="request",
        form="html",
        source="https://mail.xueling.gov.cn/read?mid=ZL2025011403",
        title="关于雪橇乐园增设应急救护点的请示",
        record_title="回复：关于雪橇乐园增设应急救护点的请示",
        date="2025-01-13",
        page="""
<html><head><meta charset="utf-8"><title>回复：关于雪橇乐园增设应急救护点的请示 - 雪岭镇政务邮箱</title></head><body>
<div class="mailbar">⟦a 回复　回复全部　转发　删除　标记为未读⟧</div>
<div class="hdr">⟦m 发件人：镇卫生院 张晓蕾⟧<br>⟦m 时间：2025-01-14 11:26⟧</div>
<div class="reply">⟦m 已收到，院里同意派员，具体等镇里批复。⟧</div>
<div class="quote">⟦m ------------------ 原始邮件 ------------------⟧<br>⟦m 发件人：雪橇乐园运营部⟧<br>⟦m 主题：关于雪橇乐园增设应急救护点的请示⟧</div>
<h3>{T}</h3>
<div class="orig">
{BODY}
</div>
<div class="mailfoot">⟦d 雪岭镇政务邮箱　请勿通过本邮箱传输涉密信息⟧</div>
</body></html>
""",
        body="""
雪岭镇人民政府：
雪季以来，雪橇乐园日均接待游客2000余人，偶有游客擦伤、扭伤。为及时处置意外伤害，我园拟在滑道终点增设应急救护点，请镇卫生院每天派驻医护人员1名。
所需场地和设备由我园提供。
妥否，请批示。
雪橇乐园运营部
2025年1月13日
""",
    ),
]

"""holdout108, part C: an okra exporter's news, a stuttering-correction school's plan, a
wild-mushroom speech in a writing app, an exam-forum essay on zebra crossings, an encyclopaedia
entry on sesame-cake craft, a poker factory's training plan on a cloud drive, a sea-turtle rescue
station in a snapshot frame, a carrot co-op's report in a print view, a forwarded boat-building
notice, a crocodile-farm notice on a county portal and a roof-tile workshop essay on an old 范文
site. Invented text; see ../README.md."""

CASES = [
    dict(
        slug="corp-lvjia-okra-export-news-html",
        site="绿荚农业科技有限公司 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.lvjia-agri.example.com/news/company/20260726-88.html",
        title="首批二百吨速冻秋葵发往日本",
        record_title="首批二百吨速冻秋葵发往日本 | 绿荚农业",
        date="2026-07-26",
        notes="company site: | site title; a dotted date in the byline; a language switch and product menu; a photo caption between paragraphs; an online-service prompt",
        page="""
<html><head><meta charset="utf-8"><title>首批二百吨速冻秋葵发往日本 | 绿荚农业</title></head><body>
<header>⟦m 绿荚农业 LVJIA AGRI⟧ ⟦a 中文 | EN | 日本語⟧
<nav>⟦m 首页 产品中心 种植基地 新闻动态 加入我们⟧</nav></header>
<section><h2>{T}</h2>
<p class="d">⟦m 2026.07.26　｜　公司新闻　｜　浏览 512⟧</p>
{BODY}
</section>
<div class="kf">⟦w 在线客服 · 订货热线 400-877-2026⟧</div>
<footer>⟦d Copyright 2026 绿荚农业科技有限公司 版权所有⟧ ⟦m 苏ICP备26031177号-2⟧</footer>
</body></html>
""",
        body="""
7月25日，满载二百吨速冻秋葵的冷藏集装箱从公司加工厂驶出，经港口发往日本大阪，这是公司今年首批出口秋葵。
今年公司在沭阳基地推广秋葵标准化种植一千二百亩，带动周边三百多户农户增收。
⟦m 图为工人正在分拣装箱速冻秋葵⟧
公司负责人介绍，出口秋葵从采摘到速冻不超过四小时，全程冷链运输，每批产品均附有可追溯二维码。
预计全年出口秋葵将超过一千五百吨。
""",
    ),
    dict(
        slug="training-liuchang-stutter-course-plan",
        site="流畅语言训练中心 (invented)",
        style="培训机构",
        genre="计划",
        kind="plan",
        form="text",
        source="https://www.liuchangyuyan.example.com/kecheng/2026-summer.html",
        title="2026年暑期青少年口吃矫正训练营课程计划",
        record_title="2026年暑期青少年口吃矫正训练营课程计划-流畅语言训练中心",
        date=None,
        notes="training school: the course's own class-teacher phone (kept) beside the school's 400 line; an enrol button, a giveaway prompt; a schedule table; no date",
        page="""
!m 流畅语言训练中心 · 开口说话不再难
!m 首页 / 课程设置 / 暑期训练营
!t 2026年暑期青少年口吃矫正训练营课程计划-流畅语言训练中心
!w 全国咨询热线：400-690-8123　立即报名享早鸟价
{BODY}
!a 【在线报名】　【免费试听一节】
!w 扫码添加课程顾问，领取《家长必读》电子版
!d ©流畅语言训练中心　部分图文来自网络，侵删
""",
        body="""
一、训练对象：8至16岁有不同程度口吃问题的青少年。
二、训练周期：21天，每天上午9:00至11:30、下午2:30至4:30。
三、课程安排
阶段　内容　天数
第一阶段　呼吸放松与发声训练　7天
第二阶段　慢速朗读与对话练习　7天
第三阶段　公众演讲与情景实践　7天
四、注意事项：家长需每周参加一次家长课堂，学习在家中如何配合训练。
训练营班主任：杜老师，电话：13907318852。
""",
    ),
    dict(
        slug="fanwenapp-miaobi-wild-mushroom-speech-cn-date",
        site="妙笔范文App (invented)",
        style="范文APP",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://share.miaobiapp.example.com/doc/9f31c2?from=app",
        title="在全县预防野生菌中毒工作部署会上的讲话",
        record_title="在全县预防野生菌中毒工作部署会上的讲话（可编辑）",
        date="2026-06-05",
        notes="writing-app share page: decorated title (可编辑); the date under the speech title in Chinese numerals; speaker line neutral; open-in-app and AI-rewrite prompts; member unlock between paragraphs",
        page="""
!a 打开妙笔App，查看完整文档 >
!t 在全县预防野生菌中毒工作部署会上的讲话（可编辑）
县卫生健康局局长　阮秋实
（二〇二六年六月五日）
{BODY}
!a ✨ AI一键改写　｜　📋 复制全文
!m 来自妙笔范文App · 已有3.2万人使用
""",
        body="""
同志们：
每年六月到九月是野生菌生长旺季，也是野生菌中毒的高发期。去年全县共报告野生菌中毒事件九起，造成两人死亡，教训十分深刻。
第一，要把宣传做到家家户户。各乡镇要组织村医、网格员入户宣传，讲清“不采、不买、不卖、不食”不认识的野生菌。
⟦a 剩余60%内容，开通会员即可解锁⟧
第二，要把市场管住管严。市场监管部门要加强对农贸市场、餐馆的检查，严禁销售来源不明的野生菌。
第三，要把救治准备做实。各医疗机构要储备解毒药品，畅通转诊绿色通道。
同志们，人命关天，希望大家迅速行动，坚决遏制野生菌中毒死亡事件发生。
""",
    ),
    dict(
        slug="gkforum-shangan-zebra-essay-junk",
        site="上岸公考论坛 (invented)",
        style="公考论坛",
        genre="心得体会",
        kind="insight",
        form="text",
        source="https://bbs.shangangk.example.com/thread-118207-1-1.html",
        title="礼让斑马线，让城市更有温度",
        record_title="[申论范文] 礼让斑马线，让城市更有温度（附点评）",
        date="2026-05-19",
        notes="exam forum: decorated title; a post time (the page's date); forum junk lines and glued junk; a reply-to-view prompt and a moderator's score line; floor meta",
        junk=dict(lines=2, glued=1),
        page="""
!m 上岸公考论坛 › 申论交流 › 范文赏析
!t [申论范文] 礼让斑马线，让城市更有温度（附点评）
!m 楼主：行测冲刺中　发表于 2026-05-19 22:07
{BODY}
!a 【回复本帖可见老师点评】
!m 版主评分：+5 贡献值
!l 上一主题：社区治理类范文合集　下一主题：2026省考面试真题回忆
""",
        body="""
斑马线是城市道路上最朴素的标线，也是检验城市文明程度的一把标尺。
近年来，不少城市推行“礼让斑马线”，机动车在斑马线前停车让行逐渐成为习惯，行人过马路的安全感明显增强。
礼让斑马线，礼让的是生命。每一次停车让行，都是对行人生命权的尊重。
礼让斑马线，也需要双向奔赴。行人过马路同样应当遵守信号灯，不闯红灯、不翻越护栏。
让斑马线成为“安全线”，需要制度约束，更需要每个人的自觉。
""",
    ),
    dict(
        slug="baike-zhishu-sesame-cake-craft-entry",
        site="知树百科 (invented)",
        style="百科问答",
        genre="词条",
        kind="other",
        form="html",
        source="https://baike.zhishu.example.com/item/荇城烧饼制作技艺",
        title="荇城烧饼制作技艺",
        record_title="荇城烧饼制作技艺_知树百科",
        date=None,
        notes="encyclopaedia entry: _site title; edit links and a catalogue box; a 'basic information' table (kept as body); reference list; a last-edited stamp (no date); example year inside sentences",
        page="""
<html><head><meta charset="utf-8"><title>荇城烧饼制作技艺_知树百科</title></head><body>
<div class="hd">⟦m 知树百科⟧ ⟦a 登录 | 创建词条 | 我的百科⟧</div>
<h1>{T}</h1>
<div class="edit">⟦a 编辑　讨论　收藏　👍 赞 64⟧</div>
<div class="catalog">⟦l 目录　1 基本信息　2 历史渊源　3 工艺流程　4 传承保护⟧</div>
{BODY}
<div class="ref">⟦l 参考资料：[1] 荇城县志·物产卷⟧</div>
<div class="stat">⟦m 词条统计　浏览次数：20367　编辑次数：14次历史版本　最近更新：小麦香（2026-01-07）⟧</div>
<div class="ft">⟦d ©2026 知树百科　使用百科前必读　百科协议⟧</div>
</body></html>
""",
        body="""
荇城烧饼制作技艺是流传于荇城县一带的传统面食制作技艺，2019年被列入省级非物质文化遗产代表性项目名录。
名称　荇城烧饼制作技艺
类别　传统技艺
申报地区　荇城县
荇城烧饼以面粉、芝麻、猪油为主要原料，经和面、醒面、包酥、擀制、刷糖稀、撒芝麻等十余道工序制成，贴在炭火炉壁上烤制。
成品外皮酥脆、层次分明，当地有“一口十八层”的说法。
目前，该技艺的代表性传承人在县城开设传习所，每年培训学徒三十余人。
""",
    ),
    dict(
        slug="netdisk-feiyun-poker-factory-training-plan",
        site="飞云网盘 (invented)",
        style="网盘分享",
        genre="计划",
        kind="plan",
        form="text",
        source="https://pan.feiyun.example.com/s/1xTq9Wm3Lk",
        title="鸿牌扑克厂2026年新员工安全培训计划",
        record_title="鸿牌扑克厂2026年新员工安全培训计划.wps",
        date="2026-02-20",
        notes="cloud-drive share page: file-name title; share and expiry lines; a save-to-drive button; an extraction-code hint; a 'preview only first page' prompt; a training table",
        page="""
!m 飞云网盘 | 文件分享
!t 鸿牌扑克厂2026年新员工安全培训计划.wps
!m 分享者：h***p　分享时间：2026-02-24 10:12　有效期：永久有效
!a 保存到我的网盘　　下载(58KB)　　举报
{BODY}
!a 在线预览仅显示部分内容，完整文件请下载后查看
!m 提取码已自动填写
""",
        body="""
一、培训目的：使新入职员工掌握印刷、裁切、覆膜等工序的安全操作规程，提高安全防范意识。
二、培训安排
项目　学时　授课人
厂级安全教育　8　安全科
车间安全教育　8　车间主任
班组岗位培训　16　班组长
三、考核方式：培训结束后进行书面考试和实际操作考核，成绩合格方可上岗。
四、培训资料由安全科统一编印，员工不得带出厂区。
鸿牌扑克厂安全科
2026年2月20日
""",
    ),
    dict(
        slug="snapshot-souyi-sea-turtle-release-frame",
        site="搜易网页快照 (invented)",
        style="搜索快照",
        genre="新闻",
        kind="news",
        form="html",
        source="http://cache.souyi.example.com/c?m=2f7a19&u=www.haiguijz.example.org/news/712.html",
        title="海龟救护站放流三只康复绿海龟",
        record_title="海龟救护站放流三只康复绿海龟",
        date="2026-06-16",
        notes="a snapshot frame: a highlight banner with the snapshot time and the original address; the station's news page inside with a byline date; nav and footer of the inner page",
        page="""
<html><head><meta charset="utf-8"><title>海龟救护站放流三只康复绿海龟</title></head><body>
<div class="snap">⟦m 这是 http://www.haiguijz.example.org/news/712.html 的快照，是网页在 2026年7月2日 14:55 的存档。⟧<br>⟦d 搜易与网页内容无关，页面可能已经变化，点此查看当前页面⟧</div>
<div class="inner">
<div class="nav">⟦m 鲛湾海龟救护站　首页 | 救护动态 | 科普园地 | 志愿服务⟧</div>
<h3>{T}</h3>
<div class="t">⟦m 发布时间：2026年6月16日　来源：救护站办公室⟧</div>
{BODY}
<div class="v">⟦a 我要当志愿者 >>⟧</div>
<div class="ft">⟦m 鲛湾海龟救护站 版权所有 电话：0898-6637 1280⟧</div>
</div></body></html>
""",
        body="""
6月16日是世界海龟日，鲛湾海龟救护站在海湾自然保护区放流了三只经过救治康复的绿海龟。
这三只绿海龟是去年渔民在近海作业时发现的，被发现时有的被渔网缠绕，有的误食了塑料垃圾。
经过近一年的治疗和野化训练，三只海龟体重均恢复正常，放流前工作人员为它们安装了卫星追踪器。
救护站提醒，市民在海边发现受伤海龟，请不要私自处置，应及时联系救护站或渔政部门。
""",
    ),
    dict(
        slug="print-hongluobo-carrot-coop-report-stamp",
        site="丹垅胡萝卜专业合作社 (invented)",
        style="打印页",
        genre="工作报告",
        kind="report",
        form="text",
        source="http://www.danlonghlb.example.com/print.php?id=58",
        title="丹垅胡萝卜专业合作社2025年度工作报告",
        record_title="打印预览 - 丹垅胡萝卜专业合作社2025年度工作报告",
        date="2026-01-20",
        notes="print view: decorated title with 打印预览 prefix; a print timestamp and the page address at the top; a print footer with page of total; the report's own date at the end; a member table",
        page="""
!m 丹垅胡萝卜专业合作社 — 打印预览
!m 打印时间：2026/03/09 16:40
!m 页面地址：http://www.danlonghlb.example.com/show.php?id=58
{T}
{BODY}
!p 第 1 页，共 1 页
!a [打印本页]　[关闭窗口]
""",
        body="""
各位社员代表：
2025年，合作社在镇党委、镇政府的关心支持下，胡萝卜种植、加工、销售各项工作取得新进展。
一、生产情况。全年种植胡萝卜四千六百亩，总产量一万八千吨，比上年增长百分之十二。
二、销售情况。新开拓商超客户五家，出口韩国胡萝卜二千一百吨，实现销售收入五千三百万元。
三、分红情况
项目　金额（万元）
按交易量返还　412
按股金分红　136
2026年，合作社将建设一座胡萝卜汁加工车间，延长产业链，让社员得到更多实惠。
丹垅胡萝卜专业合作社理事会
2026年1月20日
""",
    ),
    dict(
        slug="mail-fwd-muchuan-boat-building-notice",
        site="蓬州木船制造技艺传习所邮件 (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mailto:archive@pengzhou-muchuan.example.org#msg-20260415",
        title="关于举办木船制造技艺传习班的通知",
        record_title="Fw: 关于举办木船制造技艺传习班的通知",
        date="2026-04-12",
        date_also=["2026-04-15"],
        notes="forwarded mail: From/To/Sent headers and a forwarding note as chrome; the notice's own 附件 and 抄送 lines kept; a mail-client footer; send date differs from the 成文日期 (both accepted)",
        page="""
!m 发件人：蓬州市非遗保护中心 <fybh@pengzhou.example.gov.cn>
!m 发送时间：2026年4月15日(星期三) 上午9:26
!m 收件人：各乡镇文化站
!m 主题：Fw: 关于举办木船制造技艺传习班的通知
!m 请各站转发辖区内有意向的船工和青年，谢谢。——非遗中心 小钱
!m ---------- 转发的邮件 ----------
{BODY}
!d 此邮件由“蓬邮”企业邮箱发送，如非本人收件请删除。
""",
        body="""
各乡镇文化站：
为传承国家级非物质文化遗产木船制造技艺，蓬州市非遗保护中心定于5月6日至6月5日在石码头船坞举办木船制造技艺传习班。
一、招收对象：年满十八周岁、身体健康、热爱传统技艺的青年，共招收二十名。
二、学习内容：选材、放样、拼板、捻缝、上桐油等传统工序。
三、报名方式：请于4月30日前将报名表发送至中心邮箱。
附件：传习班报名表
蓬州市非物质文化遗产保护中心
2026年4月12日
抄送：市文化广电旅游局
""",
    ),
    dict(
        slug="gov-eshui-crocodile-breeding-notice-text",
        site="鄂水县林业局网站 (invented)",
        style="政府门户",
        genre="公示",
        kind="notice",
        form="text",
        source="http://lyj.eshui.example.gov.cn/gsgg/2026/0522/2044.html",
        title="关于暹罗鳄人工繁育许可申请的公示",
        record_title="关于暹罗鳄人工繁育许可申请的公示",
        record_date="2026-05-22",
        date="2026-05-22",
        notes="bureau page as text: the record gives the date; a document number line (neutral); an index-table of 信息公开 fields as meta; the bureau's objection phone in the notice",
        page="""
!m 鄂水县林业局
!m 索引号：11429006MB1L23-0207-2026-0041　分类：行政许可　发布机构：县林业局
!m 生成日期：2026-05-22　　有效性：有效
{T}
鄂林许〔2026〕17号
{BODY}
!a 【字体：大 中 小】【打印】【关闭】
!m 鄂水县林业局主办　网站标识码：4290060019
""",
        body="""
鄂水县南湾特种养殖有限公司向我局申请暹罗鳄人工繁育许可，经审查，该公司养殖场地、设施和技术人员基本符合要求。
现将有关情况予以公示，公示期为2026年5月22日至5月28日。
公示期间，任何单位和个人对公示内容有异议的，可以书面形式向我局反映，联系电话：0714-7318406。
鄂水县林业局
2026年5月22日
""",
    ),
    dict(
        slug="fanwen-oldasp-qingwa-roof-tile-insight",
        site="范文阁 (invented)",
        style="范文站",
        genre="心得体会",
        kind="insight",
        form="html",
        source="http://www.fanwenge.example.com/xinde/2026/0419/31806.asp",
        title="青瓦烧制技艺研学活动心得体会",
        record_title="青瓦烧制技艺研学活动心得体会（精选范本）_范文阁",
        date=None,
        notes="old gb2312 table layout: a 阅读字号 row, a hot list, a floating consult box with a QQ number; decorated title; an update stamp only in the sidebar (no date); a writing-service prompt between paragraphs",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>青瓦烧制技艺研学活动心得体会（精选范本）_范文阁</title></head><body>
<table width="990" border="0"><tr><td>⟦m 范文阁 www.fanwenge.example.com　海量范文免费参考⟧</td></tr>
<tr><td>⟦m 首页 | 心得体会 | 工作总结 | 演讲稿 | 申请书 | 合同范本⟧</td></tr></table>
<table><tr><td valign="top" width="700">
<h1>{T}</h1>
<div>⟦a 【阅读字号：大 中 小】⟧</div>
{BODY}
</td><td valign="top">
<div>⟦l 本周热门：⟧<br>⟦l 1.社会实践心得体会800字⟧<br>⟦l 2.非遗进校园活动总结⟧</div>
<div>⟦m 更新于 2026-04-19⟧</div>
</td></tr></table>
<div id="float">⟦w 在线咨询 QQ：2718863051⟧</div>
<div>⟦d 本站范文均来自网友投稿，版权归原作者所有⟧</div>
</body></html>
""",
        body="""
这个春天，我随学校研学小组来到蒲溪村的百年瓦窑，跟着老窑工学习青瓦烧制技艺。
制瓦的第一步是练泥，老师傅把黄泥反复踩踏，直到泥料柔韧有劲，他说泥练不透，瓦就会开裂。
⟦w 需要原创心得请联系小编，三小时出稿⟧
最让我震撼的是出窑。窑门打开的那一刻，一片片青瓦泛着幽蓝的光泽，每一片都凝结着窑工们几天几夜的守候。
这次研学让我明白，一门手艺能够流传百年，靠的是一代代匠人的耐心和坚守。
""",
    ),
]

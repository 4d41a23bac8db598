"""holdout120, part C: a veterinary-drug maker's recall, an orthotic-insole fitting course, orchard
frost protection, village courier stations, fruit bagging, an ancient-tomb patrol, an ancient road's
repair, clean cooking stoves, firewood safety in forest villages, mine reclamation and a hometown
chamber. Everything invented; see ../build.py."""

CASES = [
    dict(
        slug="corp-kangmu-vet-drug-recall-html",
        site="康牧动物药业有限公司 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.kangmu-vet.example.com/news/company/2025-0825.html",
        title="关于主动召回部分批次兽用注射液的公告",
        record_title="关于主动召回部分批次兽用注射液的公告｜康牧动物药业",
        date="2025-08-25",
        notes="company site: product menu, a hotline banner, the recall's own 召回联系电话 kept, a batch table, a WeChat QR caption and a copyright footer",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于主动召回部分批次兽用注射液的公告｜康牧动物药业</title></head><body>
<header><div class="logo">⟦m 康牧动物药业　守护动物健康⟧</div>
<nav>⟦m 关于康牧 | 产品中心 | 技术服务 | 新闻资讯 | 招贤纳士 | 联系我们⟧</nav>
<div class="tel">⟦w 全国服务热线 400-611-7288⟧</div></header>
<section class="news">
<div class="crumb">⟦m 首页 / 新闻资讯 / 公司公告⟧</div>
<h1>{T}</h1>
<p class="date">⟦m 2025-08-25　|　浏览：1320⟧</p>
{BODY}
<p class="pn">⟦l 上一篇：康牧药业通过兽药GMP复查验收⟧</p><p class="pn">⟦l 下一篇：秋季猪场防疫技术讲座走进榉岭⟧</p>
</section>
<footer><p>⟦a 扫码关注康牧官方微信⟧</p><p>⟦d Copyright © 2025 康牧动物药业有限公司 版权所有⟧</p><p>⟦m 兽药生产许可证号：（2023）兽药生产证字18029号⟧</p></footer>
</body></html>
""",
        body="""
尊敬的客户：
我公司在产品留样稳定性考察中发现，部分批次的氟苯尼考注射液可见异物检查结果不符合规定。为保障用药安全，我公司决定对下列批次产品实施主动召回。
产品名称　规格　批号
氟苯尼考注射液　100毫升：30克　250611
氟苯尼考注射液　100毫升：30克　250613
请各经销商和养殖场户立即停止销售、使用上述批次产品，并与当地业务人员联系办理退货，我公司将全额退款并承担运费。
其他批次产品经检验合格，可以正常使用。由此给您带来的不便，我们深表歉意。
召回联系人：黎浩　召回联系电话：0733-2689401
康牧动物药业有限公司
2025年8月25日
""",
    ),
    dict(
        slug="training-buxing-insole-fitting-brochure",
        site="步行者康复培训学校 (invented)",
        style="培训机构",
        genre="简章",
        kind="other",
        form="text",
        source="https://www.buxing-edu.example.cn/course/insole-2025.html",
        title="足部矫形鞋垫验配技术培训班招生简章",
        record_title="足部矫形鞋垫验配技术培训班招生简章（2026春季班）",
        date=None,
        notes="training school: decorated title, consult and WeChat prompts between paragraphs and at the end, a course table, 报名电话 of the school kept; no date (a year only in the title)",
        page="""
!m 步行者康复培训 | 专注康复辅具技术教育十二年
!m 首页 > 课程中心 > 辅具验配
!t 足部矫形鞋垫验配技术培训班招生简章（2026春季班）
!a ★ 限时优惠：前20名报名立减600元 ★
{BODY}
!w 课程顾问在线：周老师 微信 buxing_zhou（备注“鞋垫”）
!a 【立即报名】　【免费试听】
!l 热门课程：儿童脊柱侧弯评估　|　假肢装配基础　|　康复治疗师考前冲刺
!m 步行者康复培训学校　办学许可证：教民143010570001234号
""",
        body="""
足部问题影响着许多人的行走和生活。矫形鞋垫通过改善足部受力，可以缓解扁平足、足底筋膜炎等问题。为培养专业的验配人员，我校开设足部矫形鞋垫验配技术培训班。
一、招生对象
康复治疗师、骨科和运动医学从业人员，以及有志从事辅具验配工作的人员。
二、课程安排
模块　内容　课时
基础理论　足部解剖与生物力学　16
评估技术　步态分析与足底压力检测　24
制作实训　取模、热塑成型与调整　32
⟦w 想了解学费分期？添加课程顾问微信咨询⟧
三、考核与证书
学员完成全部课程并通过实操考核，颁发培训结业证书。
四、报名方式
报名电话：0731-8456 2277（教务处），报名截止后根据人数开班，每班不超过二十人。
""",
    ),
    dict(
        slug="fanwenapp-xiezi-orchard-frost-insight",
        site="写字宝 App (invented)",
        style="范文APP",
        genre="心得体会",
        kind="insight",
        form="text",
        source="https://share.xiezibao.example.com/p/9c1e0e7f",
        title="参加果园防霜冻技术培训的心得体会",
        record_title="参加果园防霜冻技术培训的心得体会（可编辑）",
        date=None,
        notes="writing-app share page: (可编辑) decoration, word count and AI-rewrite button, an open-app prompt glued after a sentence, a vip prompt at the end; no date",
        page="""
!m 写字宝 · 你的写作好搭档
!t 参加果园防霜冻技术培训的心得体会（可编辑）
!m 字数 621　|　已被 88 人使用　|　作者：青杏
!a AI一键改写　　复制全文　　导出Word
{BODY}
!a 打开写字宝App，解锁3000+同类范文
!a 开通超级会员，无限次导出
!d 内容由用户创作，平台仅提供分享服务
""",
        body="""
三月初，我参加了县林果站举办的果园防霜冻技术培训。两天的学习让我对晚霜危害有了新的认识，也学到了不少实用办法。
一是认识到防霜要靠“早”。过去我们总是等霜冻来了才想办法，这次老师讲到，花期前就要关注天气预报，提前准备熏烟材料和防霜机，临到降温再动手就来不及了。⟦a 打开App阅读全文⟧
二是认识到方法要组合用。灌水、熏烟、喷施防冻剂、覆盖防霜网各有适用条件，几种方法配合使用效果最好。
三是认识到管理要跟上。霜冻过后要及时人工授粉，疏除受冻花果，增施叶面肥，尽量把损失降到最低。
回到村里，我把学到的方法讲给了合作社的社员们。今年我们计划在果园里安装两台防霜机，再试一试熏烟的效果。
""",
    ),
    dict(
        slug="gkforum-anlan-courier-station-material-junk",
        site="岸澜公考论坛 (invented)",
        style="公考论坛",
        genre="申论素材",
        kind="other",
        form="text",
        source="http://www.anlangk.example.com/bbs/thread-88120-1-1.html",
        title="村级快递驿站建设的做法与启示",
        record_title="[申论素材] 村级快递驿站建设的做法与启示（附答题思路）",
        date=None,
        notes="exam forum: decorated title, floor header, forum junk glued and on a line, a reply-to-see prompt and a course ad; no date",
        page="""
!m 岸澜公考论坛 » 申论交流 » 热点素材
!t [申论素材] 村级快递驿站建设的做法与启示（附答题思路）
!m 楼主　上岸的小橘子　|　发表于 昨天 22:14　|　只看楼主
{BODY}
!a 答题思路隐藏内容：回复本帖后可见
!a 申论系统班开课啦，报名领取历年真题解析
!l 回复　引用　收藏　评分
""",
        junk=dict(lines=2, glued=2),
        body="""
背景：长期以来，农村快递“最后一公里”成本高、速度慢，不少村民要跑到镇上取件。
做法一：整合资源建站点。某县依托村级便民服务中心、供销社网点和村超市，建成村级快递驿站二百余个，多家快递企业共用一个站点。
做法二：统一配送降成本。县里组建共同配送中心，各快递企业的包裹在县城统一分拣，由一辆车送到各村驿站。
做法三：一站多能增收入。驿站同时承担农产品收寄、代缴水电费等业务，驿站经营者每月增收千元左右。
启示：推进农村寄递物流建设，要坚持资源共享，发挥政府统筹作用，让快递进村与农产品出村双向发力。
""",
    ),
    dict(
        slug="baike-nongzhi-fruit-bagging-entry",
        site="农知百科 (invented)",
        style="百科问答",
        genre="词条",
        kind="other",
        form="text",
        source="https://baike.nongzhi.example.com/item/果实套袋",
        title="果实套袋",
        record_title="果实套袋_农知百科",
        date=None,
        notes="encyclopaedia entry: entry name with _site, edit and contents chrome, an example date inside a sentence (no date), reference and contributor lines",
        page="""
!m 农知百科　农业知识人人编
!a 编辑　|　讨论　|　收藏　|　上传视频
{T}
!m 本词条由农知百科专业团队审核　浏览次数：12,094　最近更新：农技小哥
!l 目录：1 简介 2 作用 3 方法 4 注意事项
{BODY}
!l 参考资料：［1］果树栽培技术手册　［2］县林果站技术资料
!l 词条标签：果树　栽培技术　绿色防控
!d 百科词条内容由网友共同编辑，如有错误请点击纠错
""",
        body="""
果实套袋是在果实生长的一定时期，用专用纸袋或塑料膜袋将果实套住的一项栽培技术，常用于苹果、梨、葡萄、桃等果树。
作用
套袋可以减少病虫危害和农药残留，防止果面日灼和擦伤，使果面光洁、着色均匀，提高果品的商品价值。
方法
套袋前应先疏果定果，并全园喷施一次杀虫杀菌剂，药液干后即可套袋。套袋时将袋口撑开，使果实位于袋的中央，再把袋口折叠扎紧。
注意事项
套袋时间因树种和地区而异，如某果园记录的苹果套袋时间为某年6月5日前后，各地应根据当地物候期确定，不可照搬。采收前要适时去袋，使果实着色。
""",
    ),
    dict(
        slug="netdisk-miaoyun-ancient-tomb-patrol-wps",
        site="喵云盘 (invented)",
        style="网盘分享",
        genre="方案",
        kind="other",
        form="text",
        source="https://pan.miaoyun.example.com/s/1xQp7Kd0aL",
        title="古墓葬安全巡查工作方案",
        record_title="古墓葬安全巡查工作方案.wps",
        date="2025-03-03",
        notes="cloud-drive share page: file-name title, sharer and expiry lines, a save-to-drive button, an extraction-code line, 成文日期 under the signature",
        page="""
!m 喵云盘 | 分享无限制
!t 古墓葬安全巡查工作方案.wps
!m 分享者：文保所-小舒　　分享时间：2025-03-05 16:20　　有效期：永久有效
!a 保存到我的云盘　　下载（86KB）　　举报
!m 提取码：k7mx
{BODY}
!a 当前为在线预览，完整格式请下载后使用WPS打开
!d 请勿分享违法违规内容，一经发现将永久封禁账号
!l 同一分享者的其他文件：文物保护单位“四有”档案目录.xlsx　田野文物安全责任书.docx
""",
        body="""
为切实加强全县古墓葬安全保护，严厉打击盗掘古墓葬违法犯罪行为，制定本方案。
一、巡查范围
全县已公布的各级文物保护单位中的古墓葬四十三处，以及第三次全国文物普查登记的古墓葬点。
二、巡查方式
（一）日常巡查。各乡镇文物保护员每周至少巡查一次所负责的古墓葬，填写巡查日志。
（二）重点巡查。县文物保护所每月组织一次重点巡查，对位置偏僻、曾被盗掘的古墓葬加密巡查频次。
（三）技术防范。在重点古墓葬安装视频监控和震动报警装置，接入县文物安全监管平台。
三、工作要求
巡查中发现盗掘痕迹的，要保护好现场，立即报告县文物保护所和当地派出所。
苌原县文物保护所
2025年3月3日
""",
    ),
    dict(
        slug="snapshot-souyi-ancient-road-html-frame",
        site="搜易快照 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://cache.souyi.example.com/c?u=http%3A%2F%2Fwlj.qiushan.example.gov.cn%2Ftzgg%2F2025%2F0918%2F771.html",
        title="关于青石古道修缮期间暂停开放的通告",
        record_title="关于青石古道修缮期间暂停开放的通告_秋山县文化和旅游局",
        date="2025-09-18",
        notes="search-cache frame: the cache banner with the original URL and snapshot time (not a date), highlight legend, the original page's chrome, a detour route kept",
        page="""
<html><head><meta charset="utf-8"><title>关于青石古道修缮期间暂停开放的通告_秋山县文化和旅游局</title></head><body>
<div class="cachebar">⟦m 这是 http://wlj.qiushan.example.gov.cn/tzgg/2025/0918/771.html 的快照，是网页在 2025年10月2日 06:17 的存档。⟧<br>⟦d 搜易快照与网页作者无关，不对其内容负责。⟧<br>⟦m 以下关键词已高亮：古道 修缮⟧</div>
<hr>
<div class="orig">
<div class="top">⟦m 秋山县文化和旅游局⟧</div>
<div class="nav">⟦m 首页　文旅资讯　通知公告　政务公开　办事服务⟧</div>
<h2>{T}</h2>
<p class="info">⟦m 时间：2025-09-18　来源：文物股⟧</p>
{BODY}
<p>⟦a 【打印】【关闭】⟧</p>
<p class="foot">⟦m 秋山县文化和旅游局 版权所有　桂ICP备16002233号-1⟧</p>
</div>
</body></html>
""",
        body="""
各位游客：
青石古道是县级文物保护单位。受今年汛期强降雨影响，古道部分路段出现石阶松动、路基塌陷，存在安全隐患。经研究，决定对古道实施抢救性修缮。现将有关事项通告如下。
一、自2025年9月22日至12月31日，古道岭脚至茶亭段暂停开放，修缮期间禁止游客进入施工区域。
二、需前往茶亭至岭头段游览的游客，可由梅岭村停车场经新修便道绕行，全程约三公里。
三、修缮工作将严格遵循不改变文物原状的原则，尽量使用原有石料。
因修缮给您带来的不便，敬请谅解。
秋山县文化和旅游局
2025年9月18日
""",
    ),
    dict(
        slug="print-yonghe-clean-stove-plan",
        site="永禾县人民政府 打印页 (invented)",
        style="打印页",
        genre="方案",
        kind="other",
        form="text",
        source="http://www.yonghe.example.gov.cn/zwgk/print.jsp?id=64120",
        title="永禾县农村清洁炉灶改造实施方案",
        record_title="打印 - 永禾县农村清洁炉灶改造实施方案",
        date="2025-05-06",
        notes="print view: 打印 - prefix, print/close buttons, URL and print time lines, a page footer 第1页 / 共1页 (print footer), the plan's own 联系电话 kept",
        page="""
!a [打印本页]　　[关闭窗口]
!m 永禾县人民政府门户网站
{T}
!m 发布机构：县农业农村局　　成文日期：2025-05-06
{BODY}
!m 本页地址：http://www.yonghe.example.gov.cn/zwgk/content_64120.html
!m 打印时间：2025/11/12 15:40
!p 第 1 页 ／ 共 1 页
""",
        body="""
为改善农村人居环境，减少散煤和秸秆直接燃烧带来的污染，县政府决定在全县实施农村清洁炉灶改造。现制定实施方案如下。
一、目标任务
2025年完成农村清洁炉灶改造三千户，2026年底前基本完成有改造意愿农户的改造任务。
二、改造方式
农户可选择节能柴灶、生物质炉具或电炊具三种方式，由乡镇统一组织采购和安装。
三、补助标准
每户补助炉具购置费用的百分之七十，最高不超过一千二百元，脱贫户和低保户全额补助。
四、工作要求
各乡镇要做好政策宣传，尊重农户意愿，不搞强迫命令；安装完成后组织验收，验收合格后兑现补助。
政策咨询电话：0745-3310268（县农业农村局能源站）
""",
    ),
    dict(
        slug="mail-fwd-songshan-firewood-safety",
        site="松杉林场 邮件转发 (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mailto-archive://lc-songshan/2025/11/0012.eml",
        title="关于做好冬季林区居民烧柴取暖安全工作的通知",
        record_title="Fwd: 关于做好冬季林区居民烧柴取暖安全工作的通知",
        date="2025-11-10",
        date_also=["2025-11-11"],
        notes="forwarded mail: Fwd: title, mail headers, the forwarder's note, the notice's own 附件 list under the mail's attachment header, a mail client footer and a confidentiality note; the forwarded text hard-wrapped at 72 columns",
        page="""
!m 发件人：林场办公室 <office@songshan-lc.example.cn>
!m 收件人：各护林站 <stations@songshan-lc.example.cn>
!m 日期：2025年11月11日 星期二 09:02
!m 主题：Fwd: 关于做好冬季林区居民烧柴取暖安全工作的通知
!m 附件：烧柴取暖安全检查表.xlsx（18KB）
各站长：转发县林业局通知，请认真落实，周五前反馈检查情况。——办公室 欧阳
!m -------- 转发的邮件 --------
!t 关于做好冬季林区居民烧柴取暖安全工作的通知
{BODY}
!d 此邮件及附件仅供指定收件人使用，如误收请立即删除。
!a 发自我的手机邮箱客户端
""",
        wrap=72,
        body="""
各林场、各乡镇林业站：
入冬以来，林区居民烧柴取暖进入高峰期，因火炉、火炕引发的火灾风险明显增加。为切实做好冬季林区居民烧柴取暖安全工作，现就有关事项通知如下。
一、开展入户排查。各单位要组织护林员逐户检查火炉、烟囱和柴垛，烟囱穿过木质结构处必须加装防火套管，柴垛与房屋保持安全距离。
二、规范烧柴来源。居民烧柴应使用抚育剪下的枝丫材和经批准采伐的薪材，严禁乱砍滥伐。
三、加强宣传提醒。利用村广播、微信群提醒居民睡前封好炉火，做好通风，防止一氧化碳中毒。
附件：烧柴取暖安全检查表
苌原县林业局
2025年11月10日
""",
    ),
    dict(
        slug="gov-quxi-mine-reclamation-report-wrapped-markers",
        site="渠溪县自然资源局 (invented)",
        style="政府门户",
        genre="报告",
        kind="report",
        form="text",
        source="http://zrzyj.quxi.example.gov.cn/xxgk/ghjh/2025/1120/3308.html",
        title="渠溪县废弃矿山生态修复工作情况报告",
        record_title="渠溪县废弃矿山生态修复工作情况报告",
        record_date="2025-11-20",
        date="2025-11-20",
        notes="text-extracted portal page: record gives title and date; body hard-wrapped at 64 columns and cut by ⁅n⁆ markers glued to the continuation line; a data table kept",
        page="""
!m 渠溪县自然资源局 — 信息公开 — 规划计划
!m 信息索引号：QX-ZR-2025-0317　　公开日期：2025-11-20
{T}
{BODY}
!a [ 打印 ]　[ 关闭 ]
!m 渠溪县自然资源局主办　联系电话：0760-7721305
""",
        indent="\u3000\u3000",
        wrap=64,
        pages=dict(fmt="⁅{n}⁆", every=170, start=2, glue=True),
        body="""
县人大常委会：
现将我县废弃矿山生态修复工作情况报告如下。
一、基本情况
全县共排查出历史遗留废弃矿山六十八处，损毁土地面积四千二百亩。截至今年十月底，已完成修复四十九处，修复面积三千一百亩。
二、主要做法
（一）分类施策。对位于交通干线两侧的矿山实施削坡复绿，对远离村庄的矿山以自然恢复为主，对条件较好的矿山复垦为耕地或建设用地。
（二）多元投入。争取中央和省级资金一点二亿元，引入社会资本参与修复，修复后新增的耕地指标收益用于后续修复。
（三）长效管护。修复完成后移交乡镇管护，三年内补植补种，确保植被成活率不低于百分之八十五。
三、存在问题
部分矿山坡度大、土层薄，复绿难度大；个别项目后期管护不到位，出现植被退化。
下一步，我们将加快剩余矿山修复进度，力争明年底前全部完成修复任务。
""",
    ),
    dict(
        slug="fanwen-gucheng-hometown-chamber-speech-old-table",
        site="古城范文网 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.guchengfw.example.cn/jianghua/shanghui/20250215_3321.asp",
        title="在异地商会新春联谊会上的致辞",
        record_title="在异地商会新春联谊会上的致辞（精选范本）_古城范文网",
        date="2025-02-15",
        notes="old gb2312 table layout: marquee, visitor counter, a 【字体：大 中 小】 row, a writing-service float box and a hot list; a template with ××× placeholders; the byline's 时间 is the page's date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>在异地商会新春联谊会上的致辞（精选范本）_古城范文网</title></head>
<body>
<table width="980" border="0" align="center"><tr><td>⟦m 古城范文网 —— 公文写作第一站⟧</td><td>⟦a 会员中心｜投稿⟧</td></tr></table>
<marquee scrollamount="3">⟦a 新用户注册即送VIP三天，海量范文免费下载！⟧</marquee>
<table width="980" align="center"><tr><td>⟦m 您的位置：古城范文网 ＞＞ 讲话致辞 ＞＞ 商会致辞⟧</td></tr></table>
<table width="980" align="center"><tr><td valign="top" width="700">
<h3>{T}</h3>
<div>⟦m 时间：2025-02-15　来源：本站原创　人气：⟧⟦m 2381⟧　⟦a 【字体：大 中 小】⟧</div>
{BODY}
<div>⟦a 【复制本文】【下载Word】⟧</div>
</td><td valign="top" width="280">
<div>⟦l 热门范文排行⟧</div><div>⟦l 1. 商会年会主持词⟧</div><div>⟦l 2. 商会会长就职演讲⟧</div><div>⟦l 3. 新春团拜会致辞⟧</div>
<div class="float">⟦w 代写讲话稿 QQ：2987106634⟧</div>
</td></tr></table>
<table width="980" align="center"><tr><td>⟦m 您是本站第 1,203,772 位访客⟧</td></tr><tr><td>⟦d 古城范文网 版权所有 未经许可不得转载⟧</td></tr></table>
</body></html>
""",
        p_html='<p style="text-indent:2em">{}</p>',
        body="""
各位乡贤、各位企业家朋友：
大家好！岁序更替，华章日新。在这辞旧迎新的美好时刻，我们在这里欢聚一堂，共叙乡情、共谋发展。我谨代表×××商会，向一年来关心支持商会工作的各位乡亲，致以新春的美好祝福！
过去的一年，商会会员企业克服市场下行的压力，稳住了经营，扩大了就业。商会组织会员回乡考察三次，促成回乡投资项目×个，捐资助学、扶贫济困累计×万元。
新的一年，商会将继续当好家乡与在外乡亲之间的桥梁，搭建信息交流、抱团发展的平台，为家乡建设多出一份力。
最后，祝大家新春快乐、阖家幸福、事业兴旺！
""",
    ),
]

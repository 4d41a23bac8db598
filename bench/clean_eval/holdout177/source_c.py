"""holdout177, part C: tweezers (镊子) — an SMT team leader's 述职 on one line in a writing
app, an interview essay on an exam forum, an encyclopaedia entry, a lab rule on a cloud
drive, a beauty-salon instrument notice in a snapshot, a school lab notice in print view, a
forwarded procurement mail, a clinic-instrument 通报, an instrument nurse's 心得 on an old
范文 site, a cluster survey on a 文库, an industry news item and a miniature-scene thread.
Everything invented."""

CASES = [
    dict(
        slug="fanwenapp-tweezers-smt-leader-report-oneline",
        site="妙笔范文 App 分享页 (invented)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://h5.miaobi-app.example.com/share/doc/88310472",
        title="SMT车间班组长个人述职报告",
        record_title="SMT车间班组长个人述职报告（可编辑）｜妙笔范文",
        date=None,
        notes="writing-app share: whole body on one line, open-app prompts, share stamp (no date), VIP copy prompt",
        oneline=True,
        indent="\u3000\u3000",
        page="""
!a 打开妙笔范文App，阅读体验更佳
!t SMT车间班组长个人述职报告（可编辑）｜妙笔范文
!m 分享自 妙笔用户_6621 · 2小时前
{BODY}
!a 开通超级会员，全文一键复制
!l 相关范文：生产线组长年终总结　品质班长述职
!a 立即打开App
""",
        body="""
各位领导、同事们：我自2023年起担任SMT车间贴片二组班组长，现将一年来的工作述职如下。
一是抓好静电防护。我组坚持每班点检防静电镊子和腕带，全年更换磨损镊子一百二十把，未发生静电击伤元件事故。
二是提升返修技能。组织组员练习用镊子拾取0402封装元件，返修一次合格率由百分之八十八提高到百分之九十六。
三是存在不足。我在成本管控方面办法不多，辅料消耗仍偏高，明年将建立辅料领用台账。
以上述职，请大家评议。
""",
    ),
    dict(
        slug="gkforum-tweezers-interview-essay-hidden-answer",
        site="上岸吧公考论坛 (invented)",
        style="公考论坛",
        genre="申论范文",
        kind="other",
        form="html",
        source="https://bbs.shanganba.example.com/thread-661093-1-1.html",
        title="拿起“镊子”做好基层治理的细活",
        record_title="[申论范文] 拿起“镊子”做好基层治理的细活 - 申论交流 - 上岸吧公考论坛",
        date="2025-03-30",
        notes="exam forum: record title [申论范文] … - board - site, 回复可见 prompt, poster's stats, 发表于 gives the date, thread nav",
        page="""
<html><head><meta charset="utf-8"><title>[申论范文] 拿起“镊子”做好基层治理的细活 - 申论交流 - 上岸吧公考论坛</title></head><body>
<div class="hd">⟦m 上岸吧公考论坛⟧ ⟦m 省考｜国考｜事业单位｜选调⟧</div>
<div class="pt">⟦m 论坛 › 申论交流 › 帖子⟧</div>
<div class="post"><div class="author">⟦m 千帆过尽2025⟧ ⟦m 上岸学员　精华 3⟧</div>
<h1>{T}</h1>
<div class="authi">⟦m 发表于 2025-3-30 22:15⟧</div>
<div class="msg">
{BODY}
</div>
<div class="locked">⟦a 本帖隐藏的批改意见需回复后才能查看⟧</div>
<div class="btns">⟦l 收藏 · 分享 · 评分⟧</div></div>
<div class="nav2">⟦l 上一主题：2025省考申论大作文高频话题⟧</div>
<div class="ft">⟦m Powered by 上岸吧 © 2016-2025⟧</div>
</body></html>
""",
        body="""
基层治理千头万绪，既需要“大刀阔斧”的魄力，也需要“拿起镊子”的细心。
所谓“镊子功夫”，就是把群众身边的小事当成大事来办，像用镊子夹取细小零件一样，精准、耐心、不放过一个细节。
一些地方在老旧小区改造中，挨家挨户听取意见，连一个晾衣架的位置都与居民商量着定，这正是细活做到位的体现。
治理无小事，唯有俯下身子、拿起“镊子”，才能把民生实事办到群众心坎上。
""",
    ),
    dict(
        slug="wiki-tweezers-entry-types-contents-box",
        site="知库百科 (invented)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="https://baike.zhiku.example.com/item/镊子/30771",
        title="镊子",
        record_title="镊子_知库百科",
        date=None,
        notes="encyclopaedia entry: contents box, edit links, reference notes, contributors count and a last-edited stamp (no date); decimal-like sections",
        page="""
!m 知库百科　|　让知识更有温度
!a 编辑　收藏　分享
!t 镊子_知库百科
!l 目录：1 概述　2 分类　3 使用与保养　4 参考资料
{BODY}
!l 参考资料：[1] 《常用手工工具手册》，2018
!m 词条贡献者 37 人　最近更新：2025-06-02
!d 本词条内容由网友共同编辑，如有错误欢迎指正
""",
        body="""
镊子是用于夹取细小物品的手工工具，由两片有弹性的金属或塑料片在尾端固定而成。
1 分类
按用途可分为医用镊子、电子镊子、美容镊子和实验室镊子等；按材质可分为不锈钢、钛合金、陶瓷头和防静电塑料镊子。
2 使用与保养
使用时以拇指和食指、中指捏住镊身中部，用力均匀；医用镊子使用后应清洗、干燥并按规范灭菌。
电子镊子尖端较细，不宜用来撬动物品，以免尖端变形、合拢不齐。
""",
    ),
    dict(
        slug="netdisk-tweezers-lab-rule-html-markers",
        site="云格网盘 (invented)",
        style="网盘分享",
        genre="制度",
        kind="other",
        form="html",
        source="https://pan.yunge.example.com/s/1hQ8x7Zk",
        title="生物实验室镊子使用与消毒规程",
        record_title="生物实验室镊子使用与消毒规程.pdf",
        date=None,
        notes="cloud-drive preview: file-name record title, save/download buttons, expiry line, page markers ◈n◈ as HTML paragraphs cut sentences; articles in 第N条 form; no date",
        pages=dict(fmt="◈{n}◈", every=120, start=2),
        page="""
<html><head><meta charset="utf-8"><title>生物实验室镊子使用与消毒规程.pdf_免费高速下载_云格网盘</title></head><body>
<div class="bar">⟦m 云格网盘⟧ ⟦a 登录⟧ ⟦a 注册⟧</div>
<div class="file">⟦t 生物实验室镊子使用与消毒规程.pdf⟧ <span>⟦m 312KB⟧</span> <span>⟦m 分享者：实验中心小刘⟧</span></div>
<div class="ops">⟦a 保存到我的网盘⟧ ⟦a 普通下载⟧ ⟦a 会员极速下载⟧</div>
<div class="exp">⟦m 分享于 2025-02-11　失效时间：永久有效⟧</div>
<div class="preview">
{BODY}
</div>
<div class="more">⟦a 在线预览仅显示前3页⟧</div>
<div class="foot">⟦d 请勿分享违法违规内容，举报请点击此处⟧</div>
</body></html>
""",
        body="""
第一条　为规范实验室镊子的使用与管理，防止交叉污染，保障实验结果准确，制定本规程。
第二条　实验室镊子分为无菌操作用镊子和一般用途镊子，两类镊子应分开存放，并用不同颜色的标签标识。
第三条　无菌操作用镊子每次使用前应在酒精灯火焰上灼烧灭菌，冷却后方可夹取样品，严禁用手触碰镊子尖端。
第四条　实验结束后，镊子应浸泡在百分之七十五的酒精中消毒，再用清水冲洗并晾干。
第五条　本规程由实验中心负责解释，自发布之日起施行。
""",
    ),
    dict(
        slug="snapshot-tweezers-salon-instrument-notice",
        site="搜见快照 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="https://cache.soujian.example.com/c?u=scjgj.yihu.example.gov.cn/tzgg/4417.html",
        title="关于加强美容美发场所镊子等公共用品用具消毒管理的通知",
        record_title="关于加强美容美发场所镊子等公共用品用具消毒管理的通知 - 快照",
        date="2025-05-09",
        notes="search-cache frame: snapshot banner with capture time (not the date), highlighted terms line, the page's own nav inside, signature date",
        page="""
<html><head><meta charset="utf-8"><title>关于加强美容美发场所镊子等公共用品用具消毒管理的通知 - 快照</title></head><body>
<div class="cache-banner">⟦m 这是 scjgj.yihu.example.gov.cn/tzgg/4417.html 的快照，是网页在 2025-06-30 04:12 的存档。⟧<br>⟦a 查看当前网页⟧ ⟦m 已为您高亮显示：镊子 消毒⟧</div>
<div class="orig">
<div class="top">⟦m 峄湖县卫生健康局⟧</div>
<div class="crumb">⟦m 首页 > 通知公告⟧</div>
<h2>{T}</h2>
<div class="article">
{BODY}
</div>
<div class="bottom">⟦m 峄湖县卫生健康局　地址：峄湖县新华路12号⟧</div>
</div>
<div class="cache-foot">⟦d 搜见快照不代表被收录网站的观点，页面内容以原网站为准⟧</div>
</body></html>
""",
        body="""
各乡镇卫生院，县卫生监督所，各美容美发场所：
近期检查发现，部分美容美发场所修眉用镊子、修甲工具存在一客一用未落实、消毒记录不全等问题。现就有关事项通知如下。
一、镊子、修眉刀等直接接触顾客皮肤的用品用具，应做到一客一换一消毒。
二、各场所应配备专用消毒柜，建立消毒登记本，登记内容包括消毒时间、方法和操作人员。
三、县卫生监督所将于6月开展专项抽查，发现问题依法处理。
峄湖县卫生健康局
2025年5月9日
""",
    ),
    dict(
        slug="print-tweezers-school-lab-notice-footer",
        site="崧浦实验中学 打印页 (invented)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.spsyzx.example.edu.cn/print.aspx?id=3021",
        title="关于规范初中物理实验课器材使用的通知",
        record_title="打印预览 - 关于规范初中物理实验课器材使用的通知",
        date="2025-09-05",
        notes="print view: 打印预览 - prefix, print time and URL lines, a print footer ［1/1］, numbered rules speaking of 镊子; signature date",
        page="""
!m 崧浦实验中学
!m 打印时间：2025/9/12 15:07
!m https://www.spsyzx.example.edu.cn/news/3021.html
!t 关于规范初中物理实验课器材使用的通知
{BODY}
!a 【打印此页】　【关闭窗口】
!p ［1/1］
""",
        body="""
各年级组、物理教研组：
为保证实验课安全有序开展，现对实验器材使用提出以下要求。
1. 使用天平时，必须用镊子夹取砝码，不得用手直接拿取，用完后放回砝码盒。
2. 移动游码也应使用镊子，动作要轻，防止游码脱落。
3. 实验结束后，由实验员清点镊子、砝码数量，发现缺失及时登记。
教务处
2025年9月5日
""",
    ),
    dict(
        slug="mail-tweezers-antistatic-procurement-forward",
        site="瀚芯电子 企业邮箱 (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="https://mail.hanxin-ee.example.com/read?mid=AB7710",
        title="关于统一采购防静电镊子的通知",
        record_title="转发：关于统一采购防静电镊子的通知",
        date="2025-10-14",
        date_also=["2025-10-16"],
        notes="forwarded mail: mail headers (发件人/收件人/时间/附件 of the mail) before the document; the document's own 附件 line; the mail's send date differs from the document's date",
        page="""
!m 发件人：采购部 王晴 <wangqing@hanxin-ee.example.com>
!m 收件人：各生产车间主任
!m 发送时间：2025年10月16日 星期四 上午9:02
!t 主题：转发：关于统一采购防静电镊子的通知
!m 附件：防静电镊子需求表.xlsx (18KB)
!m ---------- 转发的邮件 ----------
{BODY}
!a 回复　回复全部　转发　删除
!d 本邮件及其附件含有瀚芯电子的保密信息，仅限于发送给上面地址中列出的个人或群组。
""",
        body="""
各车间：
为统一工具标准、降低采购成本，公司决定第四季度集中采购防静电镊子。请各车间按以下要求报送需求。
一、规格：尖头、弯头、平头三种，表面电阻十的六次方至十的九次方欧姆。
二、报送时间：10月24日前将需求表发至采购部邮箱。
三、旧镊子经品质部检测不合格的，以旧换新。
附件：防静电镊子需求表
采购部
2025年10月14日
""",
    ),
    dict(
        slug="gov-tweezers-clinic-instrument-circular-wrapped",
        site="嵛江县卫生健康局 (invented)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="text",
        source="http://wjj.yujiangxian.example.gov.cn/xxgk/tzgg/202506/t20250620_5512.html",
        title="关于村卫生室医疗器械消毒情况检查的通报",
        record_title="关于村卫生室医疗器械消毒情况检查的通报",
        date="2025-06-20",
        notes="county bureau page as text hard-wrapped at 70 columns; 索引号/文号 (neutral 文号 line), Chinese-numeral signature date, results table kept",
        wrap=70,
        indent="\u3000\u3000",
        page="""
!m 嵛江县卫生健康局　信息公开
!m 索引号：431123-WJ-2025-0091　　公开方式：主动公开
{T}
嵛卫通〔2025〕21号
{BODY}
!l 【打印】【关闭】
!m 嵛江县卫生健康局主办　湘ICP备10092244号
""",
        body="""
各乡镇卫生院：
5月中旬，县卫健局组织对全县四十六个村卫生室的医疗器械消毒情况进行了检查，重点检查换药用镊子、止血钳、剪刀等器械的清洗、消毒和存放情况。
检查发现，大部分村卫生室能够按照规范做好器械消毒，但仍有部分卫生室存在镊子未做到一人一用、消毒罐未按时更换消毒液等问题。
乡镇　检查数　存在问题数
峤原乡　八　二
崮阳镇　十二　三
嵋溪镇　十　一
请各乡镇卫生院于七月十日前督促整改到位，并将整改情况书面报县卫健局医政股。
嵛江县卫生健康局
二〇二五年六月二十日
""",
    ),
    dict(
        slug="fanwen-tweezers-scrub-nurse-insight-old-table",
        site="好文苑范文网 (invented)",
        style="范文站",
        genre="心得体会",
        kind="insight",
        form="html",
        source="http://www.haowenyuan.example.com/xdth/hl/20250412_3398.html",
        title="手术室器械护士传递镊子的一点体会",
        record_title="手术室器械护士传递镊子的一点体会（精选3篇）",
        date=None,
        notes="old gb2312 table layout: 【阅读字号：大 中 小】 row, marquee, a writing-service line glued after a sentence, a 'login to read more' line between paragraphs, hot list, visitor counter; no date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>手术室器械护士传递镊子的一点体会（精选3篇）_好文苑范文网</title></head>
<body><table width="100%"><tr><td>⟦m 好文苑范文网⟧</td><td><marquee>⟦m 好文苑：每天更新上千篇优质范文，欢迎投稿！⟧</marquee></td></tr></table>
<table width="980" align="center"><tr><td>⟦m 您现在的位置：好文苑 >> 心得体会 >> 护理心得⟧</td></tr>
<tr><td align="center"><h1>{T}</h1></td></tr>
<tr><td align="center">⟦a 【阅读字号：大 中 小】⟧　⟦m 时间：不详　来源：网友投稿⟧</td></tr>
<tr><td class="art">
{BODY}
</td></tr>
<tr><td>⟦l 热门范文：护士长年终述职　手术室护理工作总结　新护士岗前培训心得⟧</td></tr></table>
<table width="980" align="center"><tr><td>⟦m 您是本站第 00392817 位访客⟧　⟦d 好文苑版权所有，请勿镜像⟧</td></tr></table>
</body></html>
""",
        body="""
到手术室工作三年，我最大的体会是：器械护士递出的每一把镊子，都关系着手术的节奏和病人的安全。
刚上台时，我常常分不清有齿镊和无齿镊的用途，带教老师告诉我，缝皮用有齿镊，夹持血管、肠管要用无齿镊，递错一次就会耽误医生的操作。⟦w 想要同款原创心得？加写手QQ：3302811956⟧
⟦a 登录会员后阅读剩余2篇⟧
后来我养成了术前默记手术步骤的习惯，医生伸手之前，合适的镊子已经递到他手里。
递镊子时要把镊柄朝向医生，尖端朝下，既方便接取，也避免刺伤。
这些细节让我明白，护理工作没有小事，只有把每个动作练熟练准，才能成为医生放心的搭档。
""",
    ),
    dict(
        slug="wenku-tweezers-cluster-survey-wrapped-markers",
        site="博览文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://www.bolanwenku.example.com/doc/2f9e117ac3.html",
        title="关于峄湖镇镊子产业集群发展情况的调研报告",
        record_title="关于峄湖镇镊子产业集群发展情况的调研报告 - 博览文库",
        date="2025-08-18",
        notes="文库 preview: hard-wrapped at 64 columns and cut by markers ▹n◃ (glued or not), signature date in Chinese numerals, paywall and VIP prompts",
        wrap=64,
        indent="\u3000\u3000",
        pages=dict(fmt="▹{n}◃", every=130, start=2, glue="mix"),
        page="""
!m 博览文库 > 调研报告 > 产业经济
!t 关于峄湖镇镊子产业集群发展情况的调研报告 - 博览文库
!m 文档页数：5　阅读：902　上传于：2025-09-01
{BODY}
!a 还剩2页未读，继续阅读
!a 付费下载 ¥3.90　　VIP免费下载
!d 博览文库仅提供信息存储空间，不拥有所有权
""",
        body="""
峄湖镇是全省重要的镊子生产基地，现有镊子生产及配套企业八十七家，从业人员四千余人，年产各类镊子一亿二千万把，产品远销东南亚和中东地区。
一、主要特点。产业链条较为完整，从不锈钢带材分切、冲压成型到热处理、抛光、包装均可在镇内完成。
二、存在问题。一是企业规模偏小，年产值超过两千万元的企业仅有六家；二是产品以中低端为主，医用和电子精密镊子依赖外地；三是抛光环节粉尘治理压力较大。
三、对策建议。引导企业联合组建抛光中心，集中治理粉尘；支持龙头企业开发钛合金和陶瓷头镊子，提高产品附加值。
县政协经济委员会调研组
二〇二五年八月十八日
""",
    ),
    dict(
        slug="news-tweezers-town-output-title-glued-lead",
        site="峤原融媒 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.qiaoyuanrm.example.cn/xw/bd/2025-12/08/content_7790.html",
        title="小镊子夹出亿元大产业",
        record_title="小镊子夹出亿元大产业_本地新闻_峤原融媒",
        date="2025-12-08",
        record_date="2025-12-08",
        notes="county media text page: the title repeated and glued to the lead; 来源/编辑/审核 lines; 发布时间 the page's date; a 'download the app' line; related list",
        page="""
!m 峤原融媒　峤原县融媒体中心
!m 首页 / 本地新闻
{T}
!m 发布时间：2025-12-08 17:40　来源：峤原县融媒体中心
⟦t 小镊子夹出亿元大产业⟧{BODY}
!m 编辑：宋颖　审核：杜衡
!a 下载峤原融媒客户端，看更多本地新闻
!l 相关新闻：峄湖镇举办首届五金小商品博览会
""",
        body="""
记者从县工信局获悉，今年前十一个月，全县镊子产业实现产值一亿零六百万元，首次突破亿元大关。
走进峤原工业园区的精工镊业车间，机械手正在把冲压好的镊子坯件送进热处理炉，一旁的工人在灯下逐把检查尖端的咬合度。
企业负责人介绍，公司今年新开发的眉镊和睫毛镊通过跨境电商销往海外，订单已排到明年三月。
""",
    ),
    dict(
        slug="forum-tweezers-miniature-scene-jammer",
        site="拾趣手作论坛 (invented)",
        style="论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="https://www.shiqu-diy.example.com/bbs/viewthread.php?tid=10442",
        title="用镊子做微缩厨房，三个月终于完工",
        record_title="用镊子做微缩厨房，三个月终于完工 - 微缩模型区 - 拾趣手作论坛",
        date="2025-07-22",
        notes="Discuz-like hobby forum with jammer fonts; 楼主 stats; 发表于 gives the date; rating and reply boxes",
        page="""
<html><head><meta charset="utf-8"><title>用镊子做微缩厨房，三个月终于完工 - 微缩模型区 - 拾趣手作论坛</title></head><body>
<div class="hd">⟦m 拾趣手作论坛 —— 手作人的家⟧</div>
<div class="pt">⟦m 首页 › 微缩模型区 › 正文⟧</div>
<div class="pls">⟦m 楼主：纸片小匠⟧ ⟦m 主题 46　积分 5308⟧</div>
<h1>{T}</h1>
<div class="authi">⟦m 发表于 2025-07-22 21:33⟧ ⟦a 倒序浏览⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="rate">⟦l 参与人数 9　手作币 +27　收起理由⟧</div>
<div class="reply">⟦a 高级模式　发表回复⟧</div>
<div class="ft">⟦m 拾趣手作论坛 版权所有⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=2),
        body="""
这个一比十二的微缩厨房从四月开始做，今天终于装上最后一个小吊柜。
整个过程最离不开的就是镊子，我准备了直头、弯头和反向镊三把，碗碟、筷子、小调料瓶都是用镊子一件件摆上去的。
最难的是灶台上的小铁锅，直径只有一厘米，用弯头镊夹着粘锅柄，手一抖就歪了，前后返工了五次。
下一个打算做微缩书房，有经验的朋友欢迎交流。
""",
    ),
]

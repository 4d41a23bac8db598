"""holdout242, part F: 公考论坛, 百科问答, 网盘分享, 搜索快照, 打印页, 邮件转发. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="examforum-shangan-essay-mats-jammer-reply-to-see",
        site="上岸驿站论坛 (invented civil-service-exam forum, Discuz-like)",
        style="公考论坛",
        genre="申论文章",
        kind="other",
        form="html",
        source="https://bbs.shangan-yz.com/thread-66120-1-1.html",
        title="一床凉席里的民生温度",
        record_title="〔大作文互评·第7轮〕一床凉席里的民生温度 - 申论专区 - 上岸驿站论坛",
        date=None,
        notes="exam forum thread with jammer fonts (a junk line and junk glued after 。), a reply-to-see prompt above the "
        "post, rating row and a QQ-group ad below; an essay has no date (发表于 4 天前)",
        junk=dict(lines=1, glued=2),
        page="""
<html><head><meta charset="utf-8">
<title>〔大作文互评·第7轮〕一床凉席里的民生温度 - 申论专区 - 上岸驿站论坛</title>
<style>.jammer{font-size:0;color:transparent}</style></head><body>
<div id="toptb">⟦a 登录⟧ ⟦a 注册⟧ ⟦m 手机版⟧</div>
<div id="hd">⟦m 上岸驿站论坛⟧ ⟦m 公考人互助成长的地方⟧</div>
<div id="pt">⟦m 上岸驿站论坛 › 申论专区 › 大作文互评⟧</div>
<table class="plhin"><tr>
<td class="pls"><p>⟦m 晨读不迟到⟧</p><p>⟦m 上岸币 520　帖子 96⟧</p></td>
<td class="plc"><h1>⟦t 〔大作文互评·第7轮〕一床凉席里的民生温度⟧</h1>
<div class="authi">⟦m 发表于 4 天前⟧ ⟦a 只看楼主⟧</div>
<div class="locked">⟦a 以下内容回复本帖即可查看全文（你已回复）⟧</div>
<div class="t_f">
<p style="text-align:center">{T}</p>
{BODY}
</div>
<div class="rate">⟦l 评分 参与人数 5 上岸币 +15 理由：立意准、结构稳⟧</div>
<div class="po">⟦a 回复 收藏 点评 举报⟧</div>
</td></tr></table>
<div class="ad">⟦w 申论批改群 QQ 660218473，每晚八点在线讲评⟧</div>
<div id="ft">⟦m 上岸驿站论坛 Powered by Discuz! X3.5　皖ICP备20015542号⟧</div>
<script src="data/cache/common.js?Xy2"></script>
</body></html>
""",
        body="""
夏天到了，不少城市的社区给独居老人送去凉席和电扇。一床凉席不过几十元，却能让老人睡个安稳觉。
民生无小事。群众的冷暖，往往就藏在凉席、电扇这样的小物件里。一些地方在送温暖时只重数量、不问需求，给卧床老人送去硬邦邦的竹席，反而容易压伤皮肤。可见，办好民生实事，既要有热心，更要有细心。
办好小事，首先要摸清需求。社区干部多走几户人家，多问一句“需要什么”，送去的东西才能用得上。其次要盯住质量。采购的凉席是否合格、有没有异味，都应严格把关。再次要跟踪反馈，东西送到了，还要回访用得好不好。
把一床凉席送到心坎上，群众才能真切感受到温度。以小见大，民生工作正是由无数这样的细节组成的。
""",
    ),
    dict(
        slug="examforum-yantu-interview-stretcher-drill-junk",
        site="研途公考论坛 (invented civil-service-exam forum)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="text",
        source="https://www.yantugk.com/forum/t/33071",
        title="社区组织担架搬运应急演练，居民参与不积极，你作为工作人员怎么办？",
        record_title="【结构化·组织管理】社区组织担架搬运应急演练，居民参与不积极，你作为工作人员怎么办？ - 面试交流 - 研途公考论坛",
        date=None,
        notes="an interview answer as text with anti-scraping junk lines and junk glued after 。; reply-to-see note, rating "
        "row, QQ-group ad; no date (发表于 4 天前)",
        junk=dict(lines=2, glued=2),
        page="""
!m 研途公考论坛 › 面试交流 › 结构化练兵
!t 【结构化·组织管理】社区组织担架搬运应急演练，居民参与不积极，你作为工作人员怎么办？
!m 楼主：一战上岸中　｜　发表于 4 天前　｜　查看 2208　回复 41
!a 本帖部分内容回复可见（你已回复，已为你展开）
{BODY}
!l 评分　参与人数 4　积分 +8　理由：思路清晰
!l 2楼 考编人阿宁：第二点很好，加上“联系物业”会更全
!w 面试冲刺群：QQ 780215563，进群领近三年真题
!m 研途公考论坛 Powered by Discuz! X3.5
""",
        body="""
我的答题思路如下，请各位研友指点。
第一，找准原因。居民不积极，可能是觉得演练和自己关系不大，也可能是时间安排在工作日，上班族来不了。我会通过楼栋群发问卷、入户走访，了解大家的想法。
第二，调整方式。把演练时间改到周末上午，邀请社区卫生服务站的医生现场讲解担架搬运要领，再设置家庭组队体验环节，让老人和孩子也能参与。
第三，做好宣传。用居民身边的真实案例说明，楼道窄、电梯小，掌握正确的担架搬运方法，关键时刻能帮上家人和邻居。
第四，总结提升。演练结束后收集意见，把好的做法固定下来，每半年组织一次。
""",
    ),
    dict(
        slug="wiki-luzhi-entry-convex-mirror-infobox-refs",
        site="路知百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://baike.luzhi.cn/item/凸面反光镜/10773",
        title="凸面反光镜",
        record_title="凸面反光镜_路知百科",
        date=None,
        notes="encyclopaedia entry: edit/discuss/history tabs, infobox, contents box, reference markers glued after 。, "
        "references list, relative update time; the entry name, which opens the body, is matched as head",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>凸面反光镜_路知百科</title></head><body>
<div class="top">⟦m 路知百科⟧ ⟦m 交通知识，一查就懂⟧ <a>⟦a 登录⟧</a></div>
<div class="tabs">⟦a 编辑⟧ ⟦a 讨论⟧ ⟦a 历史版本⟧</div>
<h1>{T}</h1>
<div class="infobox"><table>
<tr><td>⟦m 中文名：凸面反光镜⟧</td><td>⟦m 外文名：convex mirror⟧</td></tr>
<tr><td>⟦m 类别：交通安全设施⟧</td><td>⟦m 常见直径：60～120厘米⟧</td></tr>
</table></div>
<div class="toc">⟦m 目录　1 作用原理　2 镜面材料　3 设置与维护⟧</div>
<div class="para">
{BODY}
</div>
<div class="refs"><h3>⟦l 参考资料⟧</h3><ol><li>⟦l 道路交通安全设施设置手册．交通出版社⟧</li><li>⟦l 凸面镜成像与视距估计．光学通讯⟧</li></ol></div>
<div class="tags">⟦l 词条标签：交通设施 ｜ 光学器件⟧</div>
<div class="stat">⟦m 浏览 5.2万　｜　最近更新：2 个月前⟧</div>
<div class="foot">⟦d 词条内容由网友协作编辑，仅供参考⟧ ⟦m ©2025 路知百科⟧</div>
<script src="//baike.luzhi.cn/static/lemma.js"></script>
</body></html>
""",
        body="""
凸面反光镜，又称广角镜、道路转角镜，是一种镜面向外凸起的反光镜，主要设置在道路急弯、丁字路口、地下车库出入口和厂区拐角等视线受阻的地方。⟦m [1]⟧
凸面镜能扩大视野，使驾驶人和行人提前看到对向来车。由于凸面镜成缩小的虚像，镜中车辆看起来比实际距离更远，使用时应减速观察。⟦m [2]⟧
常见的镜面材料有亚克力、聚碳酸酯和不锈钢。亚克力镜面成像清晰、价格适中；聚碳酸酯抗冲击性能好；不锈钢镜面不易破碎，多用于室内和厂区。
室外凸面反光镜的直径一般为60厘米至120厘米，镜面下沿离地不宜低于1.8米。日常维护主要是清洁镜面、紧固立柱和调整角度。
""",
    ),
    dict(
        slug="wiki-yingji-entry-scoop-stretcher-text",
        site="应急百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="https://www.yingjibaike.cn/entry/chanshidanjia",
        title="铲式担架",
        record_title="铲式担架 - 应急百科",
        date=None,
        notes="an encyclopaedia entry as text: edit links, infobox and contents lines above, references, tags and an update "
        "line below; the entry name, which opens the body, is matched as head",
        page="""
!m 应急百科 › 救护器材 › 担架类
!t 铲式担架 - 应急百科
!a 编辑词条　｜　添加义项　｜　收藏
!m 中文名：铲式担架　别称：分离式担架　用途：伤员搬运
!m 目录：1 结构　2 使用方法　3 注意事项
{BODY}
!l 参考资料：［1］院前急救器材使用手册
!l 词条标签：急救器材　担架　伤员搬运
!m 本词条最近更新于 4 天前　｜　浏览 2.7万
!d 百科内容仅供参考，实际急救请听从专业医务人员指导。
""",
        body="""
铲式担架是一种可以从中间纵向分成左右两半的担架，因插入伤员身下的方式类似铲子而得名，多用于脊柱、骨盆损伤和多发伤伤员的搬运。
使用时，先将担架调至与伤员身高相近的长度，再把两半分别从伤员身体两侧插入，在头端和脚端扣合锁紧，即可整体抬起，避免翻动伤员身体造成二次损伤。
铲式担架一般由铝合金或工程塑料制成，重量约8至10千克，承重不低于150千克。使用后应拆开清洁消毒，检查锁扣是否灵活。
需要注意的是，铲式担架不适合长距离转运，伤员抬起后通常还要转移到真空固定担架或上车担架上。
""",
    ),
    dict(
        slug="netdisk-zhanqiao-instruction-mat-carbonising-wps-markers",
        site="栈桥云盘 (invented cloud drive)",
        style="网盘分享",
        genre="作业指导书",
        kind="other",
        form="html",
        source="https://pan.zhanqiao.cn/s/1kXq82Tm",
        title="竹凉席碳化工序作业指导书",
        record_title="竹凉席碳化工序作业指导书.wps",
        date=None,
        notes="cloud-drive preview: file-name title, sharer line with 3 天前, save/download buttons and VIP prompts; page "
        "markers ✫ n ✫ as paragraphs cutting sentences; decimal headings 2.1–3.3; a work instruction has no date",
        pages=dict(fmt="✫ {n} ✫", every=100, start=2),
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>竹凉席碳化工序作业指导书.wps_免费高速下载|栈桥云盘</title></head><body>
<div class="nav">⟦m 栈桥云盘⟧ <a>⟦a 登录⟧</a> <a>⟦a 开通超级会员⟧</a></div>
<div class="file-head"><h2>⟦t 竹凉席碳化工序作业指导书.wps⟧</h2>
<p>⟦m 分享者：竹乡老覃　分享于 3 天前　有效期：永久⟧</p>
<p><button>⟦a 保存到我的云盘⟧</button> <button>⟦a 下载（限速）⟧</button> <button>⟦a 会员极速下载⟧</button></p></div>
<div class="preview">
{BODY}
</div>
<div class="vip">⟦a 非会员只能预览前 3 页，开通会员看全部⟧</div>
<div class="report">⟦d 如发现分享内容违规，请点举报，我们会尽快处理⟧</div>
<div class="foot">⟦m 栈桥云盘 zhanqiao.cn　粤ICP备20071152号⟧</div>
<script src="//pan.zhanqiao.cn/static/share-preview.js"></script>
</body></html>
""",
        body="""
1.适用范围
本指导书适用于本厂碳化竹凉席生产线的蒸煮、碳化和干燥工序。
2.作业准备
2.1 开机前检查碳化炉压力表、温度计和安全阀，确认完好并做好点检记录。
2.2 竹片按厚度分拣，同一批次厚度差不超过0.3毫米，装炉量不超过额定容量的九成。
3.作业步骤
3.1 升温：炉温在40分钟内升至160℃，保持压力稳定。
3.2 碳化：保温保压90分钟，期间每15分钟记录一次温度和压力。
3.3 降压出炉：缓慢泄压至零后方可开炉门，出炉竹片送干燥房，含水率降到10%以下。
4.注意事项
作业人员须戴隔热手套和护目镜；碳化炉运行时严禁打开炉门；发现压力异常立即停炉并报告班长。
""",
    ),
    dict(
        slug="netdisk-zhanqiao-text-acceptance-hose-cabinets-pdf",
        site="栈桥云盘 (invented cloud drive, text preview)",
        style="网盘分享",
        genre="验收要点",
        kind="other",
        form="text",
        source="https://pan.zhanqiao.cn/s/9mPq41Xa",
        title="消防箱安装验收要点",
        record_title="消防箱安装验收要点.pdf",
        date=None,
        notes="cloud-drive text preview: file-name title, sharer line with 3 天前, save/download buttons, member prompt; "
        "numbered items under headings; no date",
        page="""
!m 栈桥云盘 · 文件预览
!t 消防箱安装验收要点.pdf
!m 分享者：消防安装老钟　｜　分享于 3 天前　｜　有效期：7 天
!a 保存到我的云盘　｜　普通下载（限速）　｜　超级会员极速下载
{BODY}
!a 预览仅显示前 2 页，开通会员查看全部 6 页
!d 请勿分享违法违规内容，一经发现将永久封禁
!m 栈桥云盘 zhanqiao.cn
""",
        body="""
一、箱体安装
1.箱体应垂直安装，箱门开启角度不小于160°，开启后不得影响疏散通道。
2.箱体底部距地面宜为0.85米至1.1米，与墙面固定牢固，无晃动。
二、箱内器材
1.水带长度、口径与消火栓接口匹配，水带卷盘整齐，无破损、霉变。
2.水枪、接口、报警按钮齐全完好，报警按钮能正常动作并反馈至消防控制室。
三、标识与检查
1.箱门正面应有明显的“消火栓”标识，箱门内侧粘贴使用说明和检查记录卡。
2.验收时逐箱试开箱门、试按报警按钮，并抽取不少于10%的消火栓进行试射。
""",
    ),
    dict(
        slug="snapshot-xunsuo-township-mirror-notice-frame",
        site="寻梭快照 (invented search cache) of 濯田镇人民政府",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://cache.xunsuo.cn/c?u=zhuotian.zhenyang.gov.cn/tzgg/3317.html",
        title="濯田镇关于开展辖区道路反光镜维护检修的通知",
        record_title="濯田镇关于开展辖区道路反光镜维护检修的通知（寻梭网页快照）",
        date="2025-09-10",
        date_also=["2025-09-11"],
        notes="a snapshot frame: capture banner with its time (no date), highlighted search terms, the town portal's own chrome "
        "inside; the town's contact line beside its office phone; the page's date differs from the 成文日期",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>濯田镇关于开展辖区道路反光镜维护检修的通知（寻梭网页快照）</title></head><body>
<div class="xs-banner"><p>⟦m 寻梭快照：这是 zhuotian.zhenyang.gov.cn/tzgg/3317.html 在 2025年10月9日 03:17 被抓取时的样子⟧</p>
<p>⟦a 网页可能已更新，查看原网页 »⟧</p><p>⟦m 已高亮的搜索词：<b>反光镜</b> <b>检修</b>⟧</p></div>
<div class="orig">
<div class="head">⟦m 濯田镇人民政府⟧ ⟦m 桢阳县濯田镇人民政府主办⟧</div>
<div class="nav">⟦m 首页 ｜ 政务公开 ｜ 镇情概况 ｜ 便民服务⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 发布日期：2025-09-11　来源：镇交管站　点击：205⟧</div>
{BODY}
<div class="tools">⟦a 〖打印〗〖关闭〗⟧</div>
<div class="foot">⟦m 濯田镇人民政府办公室　电话：0735-4671001⟧</div>
</div>
<script>/* xunsuo cache frame */var hl=["反光镜","检修"];</script>
</body></html>
""",
        body="""
各村（社区）、镇直有关单位：
为消除道路交通安全隐患，镇政府决定于9月15日至10月15日对辖区村道反光镜开展集中维护检修。现将有关事项通知如下。
一、各村对本村道路上的反光镜进行全面排查，对镜面破损、立柱倾斜、角度偏移和被树木遮挡的，逐一登记。
二、镇交管站负责统一维修，更换镜面所需经费由镇财政统筹解决。
三、各村要明确一名反光镜管护员，每月巡查一次，发现问题及时上报。
联系人：濯田镇交管站 蒋立，电话：0735-4671230。
濯田镇人民政府
2025年9月10日
""",
    ),
    dict(
        slug="snapshot-xunsuo-text-child-kit-record-title",
        site="寻梭快照 (invented text-only cache) of 桢阳县妇幼保健院",
        style="搜索快照",
        genre="科普文章",
        kind="other",
        form="text",
        source="http://cache.xunsuo.cn/t?u=www.zyfybj.cn/jkxj/0630.html",
        title="夏季儿童意外伤害多 家庭急救箱这样配",
        date="2025-06-30",
        notes="the record's title as is; a text-only cache: capture line (no date), view-original links, the hospital's "
        "breadcrumb and date line; the department's own 急诊电话 in the body beside the booking line below",
        page="""
!m 【寻梭文字快照】本页为 www.zyfybj.cn 的纯文本缓存，抓取于 2025-07-14 06:02
!a 查看原网页　｜　带图片的快照
!m 桢阳县妇幼保健院 > 健康宣教 > 儿童保健
{T}
!m 发布日期：2025-06-30　作者：儿科　阅读：1432
{BODY}
!m 预约挂号请拨：0736-5233000
!m 寻梭 · 只做快照，不改原文
""",
        body="""
暑假来临，儿童跌倒、烫伤、异物卡喉等意外伤害明显增多。县妇幼保健院儿科提醒，有孩子的家庭最好备一个儿童专用急救箱。
箱内建议放置：儿童退热贴、电子体温计、生理盐水、碘伏棉签、无菌纱布、创口敷料、弹力绷带和冰袋。儿童用药要按体重和年龄选用，不要把成人药品放进儿童急救箱。
急救箱应放在孩子拿不到的高处，并在箱盖上写明家长电话和就近医院急诊电话。
如孩子出现呼吸困难、大面积烫伤或意识不清，应立即拨打120。妇幼保健院儿科急诊电话：0736-5233120。
""",
    ),
    dict(
        slug="print-zhenyang-school-letter-stretchers-window-print",
        site="桢阳县第一中学校园网 (invented, print view)",
        style="打印页",
        genre="函",
        kind="letter",
        form="html",
        source="http://www.zyyz.edu.cn/print.asp?id=2291",
        title="关于商借担架保障校运动会的函",
        record_title="〔打印稿·公函〕关于商借担架保障校运动会的函",
        date="2025-10-13",
        notes="a print view calling window.print(): print toolbar, URL and print-time lines (no date), a print footer "
        "⟼ 第1页 · 共1页 ⟻; the letter's own contact and 成文日期",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〔打印稿·公函〕关于商借担架保障校运动会的函</title>
<style>@media print{.noprint{display:none}}</style>
<script>window.onload=function(){window.print();}</script>
</head><body>
<div class="noprint">⟦a 打印 ｜ 关闭 ｜ 纸张：A4⟧</div>
<div class="ph">⟦m 桢阳县第一中学校园网 · 打印稿⟧</div>
<div class="url">⟦m 网址：http://www.zyyz.edu.cn/show.asp?id=2291⟧</div>
<h2>{T}</h2>
{BODY}
<div class="pt">⟦m 打印时间：2025-10-16 09:41⟧</div>
<div class="pf">⟦p ⟼ 第1页 · 共1页 ⟻⟧</div>
</body></html>
""",
        body="""
桢阳县人民医院：
我校定于10月23日至24日举办第四十一届田径运动会，参赛师生约2100人。为做好赛事医疗保障，特商请贵院借用折叠担架4副、铲式担架1副，并派急诊科医护人员2名到场值守。
借用期间，我校指定专人保管担架，赛后及时清洁并如数归还；如有损坏，照价赔偿。
请予支持为盼。
联系人：学校体卫艺处 骆文涛，电话：0736-5217703。
桢阳县第一中学
2025年10月13日
""",
    ),
    dict(
        slug="print-anxi-school-inquiry-mats-table-footer",
        site="桉溪县第一中学门户网站 (invented, print view as text)",
        style="打印页",
        genre="询价公告",
        kind="notice",
        form="text",
        source="http://www.axyz.edu.cn/print/zbcg/88.html",
        title="桉溪县第一中学学生宿舍凉席采购询价公告",
        record_title="〈打印版〉桉溪县第一中学学生宿舍凉席采购询价公告",
        record_date="2025-05-19",
        date="2025-05-19",
        notes="a print view as text: print buttons, page URL and print stamp lines, a print footer ⎺⎺ 第1页／共1页 ⎺⎺; an "
        "inquiry with its items table; the record gives the date",
        page="""
!m 打印预览 — 桉溪县第一中学门户网站
!a [打印] [关闭] [A4纵向]
{T}
!m 发布时间：2025-05-19　来源：总务处
{BODY}
!m 本页地址：http://www.axyz.edu.cn/zbcg/2025/0519/88.html
!m 打印于 2025-05-20 08:12
!p ⎺⎺ 第1页／共1页 ⎺⎺
""",
        body="""
一、采购项目：学生宿舍凉席采购
二、采购需求
品名　规格　数量　备注
碳化竹席　0.9米×1.9米　800床　无霉变、无异味
藤席　0.9米×1.9米　120床　边缘包布
三、报价要求：报价含运输、装卸和税费，请于5月26日17:00前将加盖公章的报价单密封送至学校总务处。
四、联系人：总务处 贺晓岚，电话：0734-5530127。
桉溪县第一中学
2025年5月19日
""",
    ),
    dict(
        slug="mail-yangshui-webmail-letter-kits-attachment-bar",
        site="泱水政务邮箱 (invented webmail)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.yangshui.gov.cn/read?mid=20250806091200",
        title="关于补充更新景区急救箱物品的函",
        record_title="转发：关于补充更新景区急救箱物品的函（请景区科阅办）",
        date="2025-08-05",
        date_also=["2025-08-06"],
        notes="a webmail reading view: folder list, toolbar, forward header lines, an attachment bar beside the letter's own 附件 "
        "list; the letter's 联系人/电话/邮箱, downloading the form as content, the letter's own 抄送; the mail's send date "
        "differs from the letter's",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>泱水政务邮箱 - 读信</title></head><body>
<div class="mail-top">⟦m 泱水政务邮箱⟧ ⟦m wenlvju@yangshui.gov.cn⟧ <a>⟦a 退出⟧</a></div>
<ul class="folders"><li>⟦m 收件箱(12)⟧</li><li>⟦m 草稿箱⟧</li><li>⟦m 已发送⟧</li><li>⟦m 已删除⟧</li></ul>
<div class="toolbar">⟦a 回复 全部回复 转发 删除 标为未读⟧</div>
<div class="mail-head">
<p>⟦m 主题：转发：关于补充更新景区急救箱物品的函（请景区科阅办）⟧</p>
<p>⟦m 发件人：局办公室 &lt;bgs@yangshui.gov.cn&gt;⟧</p>
<p>⟦m 收件人：景区管理科 &lt;jqk@yangshui.gov.cn&gt;⟧</p>
<p>⟦m 时间：2025年8月6日（星期三）上午9:12⟧</p>
</div>
<div class="mail-body">
<p>⟦m -------- 转发的邮件 --------⟧</p>
<p>⟦m 发件人：泱水县红十字会 &lt;hszh@yangshui.gov.cn&gt;⟧</p>
<p>⟦m 发送时间：2025年8月5日 17:30⟧</p>
{BODY}
</div>
<div class="attach-bar"><p>⟦m 附件（2 个）⟧</p>
<p>⟦a 景区急救箱物品补充清单.xlsx（18K）下载 预览⟧</p>
<p>⟦a 景区急救箱检查登记表.docx（22K）下载 预览⟧</p></div>
<div class="mail-foot">⟦m 泱水县政务邮件系统　技术支持：县大数据中心⟧</div>
<script src="/webmail/js/readmail.js?v=5.1"></script>
</body></html>
""",
        body="""
县文化旅游广电体育局：
2023年我会在全县12个A级景区配置的公共急救箱，部分物品即将到期。经8月初抽查，有5个景区的急救箱存在纱布受潮、碘伏过期、体温计缺失等问题。
为确保游客突发伤病时得到及时处置，请贵局协调各景区于8月31日前完成急救箱物品补充更新，所需物品可按附件清单向我会申领。请各景区下载附件中的登记表，填写后随申领单一并报送。
联系人：县红十字会 覃晓禾，电话：0733-2851106，邮箱：hszh@yangshui.gov.cn
附件：1.景区急救箱物品补充清单
2.景区急救箱检查登记表
泱水县红十字会
2025年8月5日
抄送：县卫生健康局。
""",
    ),
    dict(
        slug="mail-anxi-forwarded-request-stretchers-fwd-text",
        site="桉溪县人民医院邮件系统 (invented, forwarded mail as text)",
        style="邮件转发",
        genre="请示",
        kind="request",
        form="text",
        source="mail://axrmyy.cn/inbox/2025-03-04/0017",
        title="关于购置急救转运担架的请示",
        record_title="Fwd: 关于购置急救转运担架的请示（加急·请阅）",
        date="2025-03-03",
        date_also=["2025-03-04"],
        notes="a forwarded mail as text: header lines with a mail 抄送 beside the request's own 抄送 line, the forwarder's note "
        "left unmarked (neutral), a forward separator, signature and confidentiality notice; the mail date differs",
        page="""
!m 发件人："院办 符小雨" <fuxy@axrmyy.cn>
!m 收件人：设备科全体 <sbk@axrmyy.cn>
!m 抄送：财务科 <cwk@axrmyy.cn>
!m 日期：2025年3月4日 星期二 10:26
!m 主题：Fwd: 关于购置急救转运担架的请示（加急·请阅）

各位：请示昨天已报县卫健局，请设备科先准备参数。

!m ---------- 转发的邮件 ----------
!m 发件人：院办 <yb@axrmyy.cn>
!m 日期：2025年3月3日 16:40
!m 主题：关于购置急救转运担架的请示
{BODY}
!m --
!m 桉溪县人民医院院办　内线 8801
!d 本邮件及附件可能含保密信息，如误收请删除并告知发件人。
""",
        body="""
县卫生健康局：
我院现有担架9副，多为2015年前购置的帆布担架和老式折叠担架，部分卡扣松动、帆布老化，已不能满足急诊转运和院前急救需要。今年以来，因担架故障延误转运的情况发生过2次。
为保障患者转运安全，我院拟购置铲式担架4副、真空固定担架2副、上车担架2副，预算约9.6万元，资金从医院业务收入中列支。
妥否，请批示。
联系人：院办 符小雨，电话：0734-5128801。
桉溪县人民医院
2025年3月3日
抄送：县财政局。
""",
    ),
]

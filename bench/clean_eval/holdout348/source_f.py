"""holdout348, part F: exam forums, encyclopaedias, cloud drives, search caches, print views, forwarded mail.

Everything here is invented; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="shangan-exam-forum-essay-skirting-jammer",
        site="上岸驿站公考论坛 (invented exam forum)",
        style="公考论坛",
        genre="申论文章",
        kind="other",
        form="html",
        source="https://bbs.shanganyz.com/thread-661902-1-1.html",
        title="从一条踢脚线看基层治理的“细功夫”",
        record_title="[大作文限时写] 从一条踢脚线看基层治理的“细功夫”（限时55分钟完成）- 申论写作区 - 上岸驿站公考论坛",
        date=None,
        notes="exam forum: jammer-font junk, a reply-to-see prompt, a rating row and a QQ-group ad; a relative post "
        "time (no date)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="gbk">
<title>[大作文限时写] 从一条踢脚线看基层治理的“细功夫”（限时55分钟完成）- 申论写作区 - 上岸驿站公考论坛</title>
<style>font.jammer{font-size:0px;color:#FFFFFF}</style>
<script src="data/cache/common.js"></script>
</head><body>
<div id="hd">⟦m 上岸驿站公考论坛⟧ ⟦m 笔试面试，一站歇脚⟧ ⟦a 登录⟧ ⟦a 注册⟧</div>
<div id="pt">⟦m 上岸驿站 › 申论交流 › 申论写作区⟧</div>
<div class="pls">⟦m 稳住能上岸⟧<br>⟦m 积分 812 ｜ 上岸币 95⟧</div>
<div class="plc"><h1>{T}</h1>
<p>⟦m 发表于 6 天前 ｜ 只看楼主 ｜ 阅读 1,733⟧</p>
<div class="t_f">
{BODY}
</div>
<div class="locked">⟦a 本帖隐藏的批改意见需回复后才能查看⟧</div>
<div class="rate">⟦l 评分　参与人数 4　上岸币 +8　收起理由⟧</div>
<div class="po">⟦a 回复 ｜ 收藏 ｜ 举报⟧</div></div>
<div class="ad">⟦w 申论批改互助群：QQ 720915633，备考路上一起走⟧</div>
<div class="reply">⟦l 2楼　小镇做题家：第三段的例子可以再具体些。⟧</div>
<div id="ft">⟦m 上岸驿站公考论坛 ｜ Archiver ｜ 手机版⟧</div>
</body></html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=3),
        body="""
一条踢脚线，高不过十几厘米，却常常是老人摔倒、孩子磕伤的“暗角”。某地在适老化改造中，专门把敬老院的直角踢脚线换成圆弧防撞款，这件小事赢得了群众的一片叫好。它启示我们：基层治理，功夫在细处。
细功夫来自俯下身子的调研。踢脚线翘边、脱落，坐在办公室里看不见，只有走进楼道、蹲下身子，才能发现问题。基层干部要多走一走、多看一看，把群众身边的“小隐患”摸清楚、记下来。
细功夫来自精益求精的标准。换什么材质、做多高、颜色怎样与地面区分，每一个细节都关系到使用效果。制定标准时要多听使用者的意见，而不是简单地“一换了之”。
细功夫更来自久久为功的坚持。改造完成不是终点，后续的巡查、维护同样重要。只有把每一件小事办扎实，群众的获得感才会一点点积累起来。
治大国若烹小鲜。把踢脚线这样的小事做细做实，正是对“以人民为中心”最朴素的诠释。
""",
    ),
    dict(
        slug="kaogong-teahouse-interview-tongs-text-junk",
        site="考公茶馆 (invented exam forum)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="text",
        source="https://www.kaogongchaguan.com/t/239180",
        title="驻村干部如何做好独居老人冬季用炭安全？",
        record_title="〈情境题·驻村篇〉驻村干部如何做好独居老人冬季用炭安全？（附答题思路）- 结构化面试 - 考公茶馆",
        date=None,
        notes="exam forum answer as text: anti-scraping junk lines and glued junk, a reply-to-see prompt, a tutor's "
        "WeChat ad; a relative post time (no date)",
        page="""
!m 考公茶馆 — 一壶茶，陪你考上岸
!m 考公茶馆 » 面试交流 » 结构化面试
!t 〈情境题·驻村篇〉驻村干部如何做好独居老人冬季用炭安全？（附答题思路）
!m 茶友_上岸ing　发表于 1 周前　阅读 3,402　回复 21
{BODY}
!a 回复本帖可查看老师点评 ↓
!l 沙发　面试官老K：第二点很加分，体现了解决实际问题的能力。
!l 板凳　今年必上岸：收藏了，思路清楚。
!w 【面试一对一】真题模拟＋逐句点评，咨询微信 kgcg_2025
!m 考公茶馆 ｜ 手机版 ｜ 小黑屋
""",
        junk=dict(lines=2, glued=3),
        body="""
作为驻村干部，我会把这件事当作冬季工作的头等大事来抓，具体从以下几个方面入手。
第一，摸清底数。我会和村“两委”干部、网格员一起，逐户走访独居、空巢老人，重点查看炭盆摆放位置、房屋通风情况、有没有长柄炭夹和一氧化碳报警器。同时建立一户一档的台账。
第二，解决实际困难。对没有炭夹或只能用短火钳、筷子夹炭的老人，协调乡镇和爱心企业统一采购长柄炭夹。对通风条件差的房屋，请村里的电工帮忙加装排风扇。
第三，讲清安全知识。利用村广播、院坝会，用方言讲清“炭盆不进卧室、睡前熄火、门窗留缝”的道理。还要请老人的子女在电话里多叮嘱。
第四，建立长效机制。安排党员、志愿者与独居老人结对，寒潮期间每天上门或电话问候一次，发现问题及时处置。
通过以上措施，让老人温暖过冬、安全过冬。
""",
    ),
    dict(
        slug="bocai-wiki-pizza-cutter-entry-infobox",
        site="博采百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://baike.bocai-wiki.cn/item/披萨刀/20871",
        title="披萨刀",
        record_title="披萨刀（切分披萨的厨房刀具）_博采百科",
        date=None,
        notes="encyclopaedia: 词条/修订/讨论页/历次修改 tabs, an infobox, a contents box, reference markers glued "
        "after a 。, a 'revise this section' link glued to a heading; the entry name opens the body (head)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>披萨刀（切分披萨的厨房刀具）_博采百科</title>
<link rel="stylesheet" href="/static/wiki/item.css">
<script src="/static/wiki/item.js"></script>
</head><body>
<div class="wk-top">⟦m 博采百科⟧ ⟦m 博采众长，条条有据⟧ <input placeholder="搜索词条"> ⟦a 进入词条⟧</div>
<div class="wk-tabs">⟦a 词条 ｜ 修订 ｜ 讨论页 ｜ 历次修改⟧</div>
<div class="wk-title"><h1>{T}</h1><span>⟦m （切分披萨的厨房刀具）⟧</span></div>
<table class="infobox">
<tr><td>⟦m 中文名：披萨刀⟧</td><td>⟦m 外文名：pizza cutter⟧</td></tr>
<tr><td>⟦m 类　别：厨房刀具⟧</td><td>⟦m 常见材质：不锈钢、塑料、木⟧</td></tr>
</table>
<div class="toc">⟦l 目录　1 历史　2 结构　3 使用与保养⟧</div>
<div class="wk-body">
{BODY}
</div>
<div class="refs"><h3>⟦m 参考资料⟧</h3><p>⟦m [1] 《西式厨房器具图鉴》，昳州轻工出版社⟧</p><p>⟦m [2] 《家用刀具选购与保养》，祎川科技出版社⟧</p></div>
<div class="wk-stat">⟦m 浏览次数：18,240　编辑次数：9　最近更新：4 个月前⟧</div>
<div class="wk-foot">⟦d 博采百科词条内容由网友协作编写，仅供参考。⟧ ⟦m © 2025 博采百科⟧</div>
</body></html>
""",
        body="""
披萨刀是用于切分披萨的厨房刀具，常见的有滚轮式和摇摆式两类。⟦m [1]⟧
历史⟦a [修订本节]⟧
滚轮式披萨刀在二十世纪中期开始在西餐厨房中普及，此前人们多用长刃厨刀切分披萨。随着家庭烘焙兴起，披萨刀逐渐进入普通家庭厨房。
结构
滚轮式披萨刀由圆形刀轮、刀架和手柄组成，刀轮直径多在六至十厘米，部分产品在手柄与刀架之间设有护手挡板；摇摆式披萨刀为半月形长刃，两端装有握把，使用时双手下压并左右摇动。⟦m [2]⟧
使用与保养
切分时应将披萨放在稳定的砧板或托盘上，刀轮从中心向边缘推动。使用后应及时清洗刀轮与刀架间的缝隙，擦干后存放，儿童不宜单独使用。
""",
    ),
    dict(
        slug="gongju-cidian-entry-putty-knife-text",
        site="工具词典网 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="https://www.gjcidian.com/ciku/nizidao.html",
        title="腻子刀",
        record_title="腻子刀 - 泥瓦工具词条 - 工具词典网",
        date=None,
        notes="encyclopaedia as text: the entry name as the title line (head), an alias line, a revision stamp with "
        "a relative time, related entries",
        page="""
!m 工具词典网 · 百工器具一查就懂
!m 首页 › 手动工具 › 泥瓦工具
{T}
!m 别名：刮刀、批刀、铲刀
!m 词条浏览 5,902 次 · 最近修订：4 个月前 · 编辑者：匠心词客
!a 编辑词条　收藏词条　内容纠错
{BODY}
!l 相关词条：抹子 ｜ 托灰板 ｜ 阴阳角器
!d 词条内容由网友编辑，仅供参考。
!m 工具词典网 gjcidian.com
""",
        body="""
腻子刀，又称刮刀、批刀，是墙面施工中用于调和、批刮腻子的手动工具，由刀片和手柄组成。
刀片多采用弹簧钢或不锈钢制成，宽度常见有一寸至八寸多种规格。宽刀片适合大面积批刮，窄刀片适合修补墙角、阴阳角和细小裂缝。
使用时，刀片与墙面一般保持二十至四十度夹角，从下向上或从左向右推刮，收刀时减小角度，使腻子层平整无棱。
腻子刀用后应及时清除刀片上的残留腻子，擦干后涂少量防锈油保存。刃口卷边或出现缺口时，应在磨石上修磨后再用。
""",
    ),
    dict(
        slug="yunxia-drive-work-instruction-skirting-docx",
        site="云匣网盘 (invented cloud drive)",
        style="网盘分享",
        genre="作业指导书",
        kind="other",
        form="html",
        source="https://pan.yunxia.cn/s/1Qk7ZpW3rT",
        title="铝合金踢脚线安装作业指导书",
        record_title="铝合金踢脚线安装作业指导书（WI-ZS-012）.docx",
        date=None,
        notes="cloud-drive preview: the file name repeated, save/download buttons, a VIP speed prompt, a share stamp "
        "with a relative time, a login-to-continue line; decimal headings 2.1–3.3; no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>铝合金踢脚线安装作业指导书（WI-ZS-012）.docx_免费高速下载｜云匣网盘</title>
<link rel="stylesheet" href="https://s.yunxia.cn/share/v3/share.css">
<script src="https://s.yunxia.cn/share/v3/share.js"></script>
</head><body>
<div class="yx-head">⟦m 云匣网盘⟧ ⟦a 登录⟧ ⟦a 下载客户端⟧</div>
<div class="yx-file"><p class="fname">⟦t 铝合金踢脚线安装作业指导书（WI-ZS-012）.docx⟧</p>
<p>⟦m 分享者：施工技术部·老庞　分享时间：5 个月前　有效期：永久⟧</p>
<p><button>⟦a 保存到我的云匣⟧</button> <button>⟦a 下载（1.2MB）⟧</button></p>
<p>⟦a 开通超级会员，下载提速到满速⟧</p></div>
<div class="yx-preview"><h2>{T}</h2>
{BODY}
</div>
<div class="yx-more">⟦a 预览已到第3页，登录后继续预览⟧</div>
<div class="yx-foot">⟦d 请勿通过云匣网盘分享违法违规内容，一经发现将依法处理。⟧ ⟦m © 云匣网盘　粤ICP备22011876号⟧</div>
</body></html>
""",
        body="""
1 适用范围
本指导书适用于公司承接的住宅及公共建筑室内铝合金踢脚线安装作业。
2 施工准备
2.1 墙面基层应平整、干燥，墙根处无空鼓、无浮灰，地面面层已完成。
2.2 材料进场时核对踢脚线型号、高度和颜色，检查表面有无划伤、变形。
3 安装工艺
3.1 弹线定位：沿地面向上量出踢脚线高度，弹出水平控制线。
3.2 安装卡扣：按间距不大于四十厘米在墙面安装固定卡扣，卡扣应与控制线平齐。
3.3 扣装踢脚线：阳角、阴角处用专用转角件连接，切口应平直，接缝宽度不大于0.5毫米。
4 质量检查
安装完成后用两米靠尺检查上口平直度，偏差不大于两毫米；逐段按压检查有无松动。
""",
    ),
    dict(
        slug="qingxiang-drive-plan-canteen-pizza-markers",
        site="青箱云盘 (invented cloud drive)",
        style="网盘分享",
        genre="方案",
        kind="other",
        form="text",
        source="https://www.qxpan.cn/f/8Ka2mQ0v",
        title="学校食堂西式简餐窗口开设实施方案",
        record_title="学校食堂西式简餐窗口开设实施方案.pdf",
        date="2025-08-25",
        notes="file-name record title; a PDF preview cut by page markers ⋸n⋸ on lines of their own; a share stamp "
        "with a relative time; 成文日期 under the signature",
        page="""
!m 青箱云盘 · 文件分享
!t 学校食堂西式简餐窗口开设实施方案.pdf
!m 分享者：yy一中总务　文件大小：486KB　分享于 3 周前
!a 保存到青箱　下载　举报
!a 当前为预览模式，最多预览前 3 页
{BODY}
!a 开通青箱会员，享不限速下载与在线全文预览
!l 该用户的其他分享：食堂从业人员健康管理制度.pdf ｜ 2025秋季学期学生就餐须知.docx
!d 请勿分享违法违规内容，青箱云盘保留处理权利。
!m 青箱云盘 qxpan.cn
""",
        pages=dict(fmt="⋸{n}⋸", every=110, start=2),
        body="""
为丰富学生就餐选择，经学校膳食委员会研究，决定自2025年秋季学期起在第二食堂开设西式简餐窗口，供应披萨、意面等餐品。现制定本方案。
一、供应安排。窗口每天午餐、晚餐时段开放，披萨由食堂后厨按份现烤，每份切成六块，学生不得自行切分。
二、刀具管理。窗口配备滚轮披萨刀四把、分切砧板两块，披萨刀由当班厨师专人保管，使用后立即清洗消毒并放入带锁刀具柜，每班次交接时清点签字。
三、食品安全。披萨原料须从学校定点供应商采购，芝士、火腿等冷藏原料在规定温度下储存，每餐留样不少于一百二十五克，留样时间不少于四十八小时。
四、价格监督。窗口餐品价格报学校膳食委员会审核后公示，每学期组织学生代表开展一次满意度测评。
矞阳县第一中学总务处
2025年8月25日
""",
    ),
    dict(
        slug="wenjing-cache-housing-bureau-training-putty",
        site="闻径搜索快照 (invented search cache) / 昺溪县住房和城乡建设局 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://cache.wenjing-so.com/c?u=zjj.bingxi.gov.cn%2Ftzgg%2F2025%2F0408%2F771.html",
        title="关于举办2025年家装从业人员安全与技能培训班的通知",
        record_title="关于举办2025年家装从业人员安全与技能培训班的通知 - 昺溪县住建局（闻径快照）",
        date="2025-04-07",
        date_also=["2025-04-08"],
        notes="search-cache frame: a capture banner with the capture time (no date), highlighted terms, a link to "
        "the live page; the cached portal's posting date also accepted; the notice's contact beside the portal's line",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>关于举办2025年家装从业人员安全与技能培训班的通知 - 昺溪县住建局（闻径快照）</title>
<style>.snap{background:#fffbe6;border:1px solid #e8d9a0} b.hl{background:#ffff66}</style>
</head><body>
<div class="snap">
<p>⟦m 这是闻径搜索对 http://zjj.bingxi.gov.cn/tzgg/2025/0408/771.html 的存档，抓取于 2025年5月2日 10:14。⟧</p>
<p>⟦a 网页可能已有更新，点此访问当前页面⟧</p>
<p>⟦m 以下查询词已用黄色标出：<b class="hl">腻子刀</b> <b class="hl">培训班</b>⟧</p>
</div>
<div class="cached">
<div class="gov-top">⟦m 昺溪县住房和城乡建设局⟧</div>
<div class="gov-nav">⟦m 首页　机构概况　政务公开　建筑市场　房地产　城建动态⟧</div>
<div class="gov-pos">⟦m 当前位置：首页 &gt; 政务公开 &gt; 通知公告⟧</div>
<h2>{T}</h2>
<p class="gov-info">⟦m 发布日期：2025-04-08　来源：建筑业管理股　阅读次数：349⟧</p>
<div class="gov-con">
{BODY}
</div>
<div class="gov-foot">⟦m 昺溪县住房和城乡建设局　地址：昺溪县昺兴路12号　电话：0578-7228000⟧</div>
</div>
</body></html>
""",
        body="""
各家装企业、装饰装修从业人员：
为提升我县家装从业人员安全意识和操作技能，县住房和城乡建设局定于4月15日至17日在县职业技术学校举办2025年家装从业人员安全与技能培训班。现将有关事项通知如下：
一、培训内容：装修施工现场用电、高处作业和消防安全知识；腻子批刮、墙面打磨等基层处理工艺；腻子刀、铲刀等刃口工具的安全使用与收纳。
二、培训对象：各家装企业项目经理、施工班组长及泥瓦、油漆工种从业人员，每家企业不少于3人。
三、报名方式：请于4月11日前将报名表报县住建局建筑业管理股，培训免收费用。
联系人：邵一帆，电话：0578-7228415。
昺溪县住房和城乡建设局
2025年4月7日
""",
    ),
    dict(
        slug="xunchuan-text-cache-letter-rollers-oneline",
        site="寻川搜索 (invented search cache, text-only)",
        style="搜索快照",
        genre="函",
        kind="notice",
        form="text",
        source="http://kz.xunchuan.com/text?url=www.dldgjd.gov.cn/tzgg/3371.html",
        title="关于商请支持“刷新老楼道”志愿活动粉刷工具的函",
        date="2025-05-26",
        notes="record title as is; a text-only cache: the whole body on one line (paragraphs apart only by their "
        "indent); the capture stamp is relative (no date); the letter's own contact inside the line",
        page="""
!m 寻川搜索　白底文字存档
!m 快照抓取：3 天前　原网址：http://www.dldgjd.gov.cn/tzgg/3371.html
!a 查看原网页　|　带图版快照
{T}
{BODY}
!m 东关街道办事处　地址：镫岭区东关路8号
!d 寻川搜索仅保存网页快照，不对快照内容负责。
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
昳州匠漆刷具有限公司：
为改善辖区老旧小区居住环境，我街道今年将组织党员志愿者粉刷21栋老旧住宅楼的楼道。贵公司长期热心公益，特商请贵公司在以下方面给予支持：
一、捐赠或以成本价提供九英寸防掉毛滚筒刷100把、伸缩杆30根；
二、选派一名技术人员，于6月7日上午到东关街道新时代文明实践所为志愿者讲解滚筒刷使用和清洗方法。
如蒙支持，我们将在活动现场和街道公众号对贵公司的公益行为予以宣传。
联系人：祁南星，电话：0736-5201437。
镫岭区东关街道办事处
2025年5月26日
""",
    ),
    dict(
        slug="yuyang-print-view-pizzeria-inspection-bulletin",
        site="矞阳县人民政府门户网站 (invented, print view)",
        style="打印页",
        genre="通报",
        kind="notice",
        form="html",
        source="http://www.yuyang.gov.cn/print.jsp?id=118820",
        title="矞阳县市场监督管理局关于城区披萨店后厨食品安全专项检查情况的通报",
        record_title="【打印输出】矞阳县市场监督管理局关于城区披萨店后厨食品安全专项检查情况的通报（单页打印）",
        date="2025-04-02",
        date_also=["2025-04-03"],
        notes="print view calling window.print(): print/close buttons, the page URL, and a print footer ┿ 第1页 · "
        "共1页 ┿ at the end; numbered problems 1. 2. 3.; the portal's posting date also accepted",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>【打印输出】矞阳县市场监督管理局关于城区披萨店后厨食品安全专项检查情况的通报（单页打印）</title>
<style>@media print{.noprint{display:none}} body{width:680px;margin:0 auto}</style>
<script>window.onload=function(){window.print();}</script>
</head><body>
<div class="noprint">⟦a 〔立即打印〕⟧ ⟦a 〔关掉此窗〕⟧</div>
<div class="ph">⟦m 矞阳县人民政府门户网站 · 打印页⟧</div>
<h2>{T}</h2>
<p class="pm">⟦m 来源：县市场监督管理局　发布时间：2025-04-03⟧</p>
<div class="pc">
{BODY}
</div>
<p class="pu">⟦m 本页网址：http://www.yuyang.gov.cn/art/2025/4/3/art_2211_118820.html⟧</p>
<p class="pf">⟦p ┿ 第1页 · 共1页 ┿⟧</p>
</body></html>
""",
        body="""
各市场监管所，各披萨、西式快餐经营单位：
3月下旬，县市场监管局对城区23家披萨店、西式快餐店后厨开展了食品安全专项检查，发现问题门店9家，已全部责令限期整改。现将有关情况通报如下：
一、主要问题
1.刀具生熟不分。5家门店的披萨刀既用于分切成品披萨，又用于切割生肉、生菜，未做区分标识。
2.刀具清洗消毒不到位。4家门店的滚轮披萨刀刀轮缝隙残留食物残渣，未按规定清洗消毒。
3.原料储存不规范。3家门店冷藏芝士、火腿等原料超过保质期或未标注开封日期。
二、整改要求
各门店要配备专用成品披萨刀并加以标识，每次使用后清洗消毒、保洁存放；建立原料进货查验和开封记录。各市场监管所要在4月30日前完成复查。
矞阳县市场监督管理局
2025年4月2日
""",
    ),
    dict(
        slug="bingxi-print-view-flyer-cleanup-rollers",
        site="昺溪县城市管理局 (invented, print view as text)",
        style="打印页",
        genre="通报",
        kind="notice",
        form="text",
        source="http://cgj.bingxi.gov.cn/print/tzgg/202507/t20250716_5521.html",
        title="昺溪县城市管理局关于城区“牛皮癣”小广告集中清理行动情况的通报",
        record_title="打印稿面｜昺溪县城市管理局关于城区“牛皮癣”小广告集中清理行动情况的通报",
        date="2025-07-15",
        date_also=["2025-07-16"],
        notes="print view as text: print/close buttons, the page address, a print footer ⊌ 第1页／共1页 ⊌ closing "
        "the page; rollers used to paint over sprayed flyers; the posting date also accepted",
        page="""
!a 【送去打印】　【关掉本窗】
!m 昺溪县城市管理局 — 打印稿面
{T}
!m 来源：县城市管理局　发布时间：2025-07-16
{BODY}
!m 本页地址：http://cgj.bingxi.gov.cn/tzgg/202507/t20250716_5521.html
!p ⊌ 第1页／共1页 ⊌
""",
        indent="\u3000\u3000",
        body="""
各城管中队、各环卫作业单位：
6月16日至7月10日，县城市管理局组织开展了城区“牛皮癣”小广告集中清理行动，现将有关情况通报如下。
一、总体情况
行动共出动执法和环卫人员620人次，清理墙面、电杆、楼道小广告4.7万处，其中对无法铲除的喷涂类小广告，采用滚筒刷调色覆盖的办法处理，覆盖面积约3800平方米。
二、主要做法
一是分片包干，将城区划为12个网格，每个网格配备铲刀、滚筒刷、涂料等清理工具；二是调色覆盖，按原墙面颜色调配涂料，用滚筒刷整片覆盖，避免出现“补丁墙”；三是源头治理，对小广告上的联系电话依法予以停机处理。
三、存在问题
部分老旧小区楼道清理后又被重新张贴，个别作业单位覆盖涂料颜色与原墙面差别较大。
四、下一步要求
各中队要建立常态巡查机制，发现一处清理一处；环卫作业单位要对色差明显的墙面重新覆盖。
昺溪县城市管理局
2025年7月15日
""",
    ),
    dict(
        slug="yunjian-webmail-order-letter-putty-knives",
        site="云笺邮箱 (invented webmail)",
        style="邮件转发",
        genre="函",
        kind="notice",
        form="html",
        source="https://mail.yunjian.cn/js6/read.jsp?mid=1307:xtbB0Qk9rA&mode=fwd",
        title="关于订购实训用腻子刀等手动工具的函",
        record_title="转交阅办：关于订购实训用腻子刀等手动工具的函.docx",
        date="2025-09-05",
        date_also=["2025-09-08"],
        notes="webmail reading view: mail headers with their own 抄送 beside the letter's 抄送 line, a forwarded "
        "marker, an attachment bar beside the letter's 附件 list, an order table, the letter's contact and mailbox; "
        "the mail's send date also accepted",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>转交阅办：关于订购实训用腻子刀等手动工具的函.docx - 云笺邮箱</title>
<link rel="stylesheet" href="https://mimg.yunjian.cn/read/v7/read.css">
<script src="https://mimg.yunjian.cn/read/v7/read.js"></script>
</head><body>
<div class="yj-top">⟦m 云笺邮箱⟧ ⟦m sales@yzliren.com⟧ ⟦a 退出⟧</div>
<div class="yj-left">⟦a 写信⟧ ⟦m 收件箱（12）　星标邮件　草稿箱　已发送⟧</div>
<div class="yj-bar">⟦a 回复　全部回复　转发　删除　举报⟧</div>
<div class="yj-head">
<h3>⟦t 转交阅办：关于订购实训用腻子刀等手动工具的函.docx⟧</h3>
<p>⟦m 发件人：蒋知秋 &lt;yzcjsx@163.com&gt;⟧</p>
<p>⟦m 收件人：销售部 &lt;sales@yzliren.com&gt;⟧</p>
<p>⟦m 抄　送：采购组 &lt;cg_yzcj@163.com&gt;⟧</p>
<p>⟦m 时　间：2025年9月8日（星期一）上午10:26⟧</p>
</div>
<div class="yj-body">
<p>⟦m ---------- 转发的邮件 ----------⟧</p>
<h2>{T}</h2>
{BODY}
</div>
<div class="yj-att">⟦a 附件（2个）：实训工具订购清单.xlsx（14K）　收货地址及开票信息.docx（11K）　全部打包下载⟧</div>
<div class="yj-foot">⟦d 云笺邮箱提醒：涉及汇款、转账的邮件，请先电话核实对方身份。⟧</div>
</body></html>
""",
        body="""
昳州利刃工具有限公司：
因我校建筑装饰专业实训教学需要，经学校采购小组研究，拟向贵公司订购以下实训工具：
品名　规格　数量　单价（元）
弹簧钢腻子刀　4寸　200把　9.50
弹簧钢腻子刀　6寸　200把　11.00
不锈钢阴阳角抹子　阴角、阳角各半　80把　16.00
请贵公司于9月20日前将货物送至我校实训中心，随货提供产品合格证；货到验收合格后，我校在十五个工作日内付款。
联系人：蒋知秋，电话：0795-8841062，邮箱：yzcjsx@163.com。
附件：1.实训工具订购清单
2.收货地址及开票信息
昳州城建职业学院实训中心
2025年9月5日
抄送：学校财务处
""",
    ),
    dict(
        slug="forwarded-mail-test-letter-charcoal-tongs",
        site="祎川县政务邮箱 (invented, forwarded mail as text)",
        style="邮件转发",
        genre="函",
        kind="notice",
        form="text",
        source="mailto:ycyjzb@yichuan.gov.cn?msgid=20241120140512.7731",
        title="关于长柄炭夹样品检测结果的函",
        record_title="[转自外部] 关于长柄炭夹样品检测结果的函",
        date="2024-11-18",
        date_also=["2024-11-20"],
        notes="forwarded mail as text: a forwarder's note above the headers (neutral), the forwarded headers, a "
        "test table one row a paragraph, the letter's contact and mailbox, an attachment line; the mail date also "
        "accepted",
        page="""
符科长：检测所的函转给您，耐腐蚀那一项需要跟供货方再沟通。——小吴
!m ---------- 已转发邮件 ----------
!m 发件人：雷青禾 <ycjcs_lqh@126.com>
!m 日期：2024年11月20日 周三 14:05
!t 主题：[转自外部] 关于长柄炭夹样品检测结果的函
!m 收件人：县应急管理局装备科 <ycyjzb@yichuan.gov.cn>
{T}
{BODY}
!a 附件：检测报告YC2024-1187.pdf（236KB）　预览　下载
!d 此邮件经祎川县政务邮箱系统转发，如非指定收件人请立即删除。
""",
        body="""
祎川县应急管理局：
受贵局委托，我所于2024年11月12日至15日对贵局拟采购发放的长柄炭夹样品（送样3把，型号CJ-40）进行了检测，现将结果函告如下：
检测项目　技术要求　检测结果　单项判定
总长度　不小于400毫米　402毫米　合格
夹口闭合间隙　不大于1毫米　0.6毫米　合格
手柄表面温升（夹持红炭3分钟）　不大于25℃　19℃　合格
耐腐蚀（盐雾24小时）　无明显锈蚀　轻微点锈　不合格
综合判定：该样品耐腐蚀项目不符合委托方技术要求，建议供货方改进表面处理工艺后重新送检。
联系人：雷青禾，电话：0579-6858206，邮箱：ycjcs_lqh@126.com。
祎川县产品质量检验所
2024年11月18日
""",
    ),
]

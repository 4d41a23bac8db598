"""holdout256, part F: exam forums, encyclopaedias, cloud-drive previews, search snapshots, print
views and forwarded mails (one HTML page and one text page each). Written by hand; everything
is invented. See ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="examforum-anzhi-interview-fly-traps-html",
        site="岸芷公考论坛 (invented exam forum)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="html",
        source="https://bbs.anzhigk.com/thread-602117-1-1.html",
        title="社区推广捕蝇笼群众不买账，你怎么办？",
        record_title="〔面试模拟题〕社区推广捕蝇笼群众不买账，你怎么办？（我的作答，求点评）- 面试交流 - 岸芷公考论坛",
        date=None,
        notes=(
            "an exam forum: a reply-to-see prompt, a rating row, a QQ-group ad, replies; a question and an answer "
            "with 第一/第二/第三 points; relative post time (no date)"
        ),
        page="""
<html><head><meta charset="utf-8"><title>〔面试模拟题〕社区推广捕蝇笼群众不买账，你怎么办？（我的作答，求点评）- 面试交流 - 岸芷公考论坛</title></head><body>
<div id="hd">⟦m 岸芷公考论坛⟧ ⟦m 岸芷汀兰，一战上岸⟧ <a>⟦a 登录⟧</a> <a>⟦a 注册⟧</a></div>
<div id="pt">⟦m 岸芷公考论坛 › 面试交流 › 结构化练习⟧</div>
<div class="tl">
<h1>⟦t 〔面试模拟题〕社区推广捕蝇笼群众不买账，你怎么办？（我的作答，求点评）⟧</h1>
<div class="authi">⟦m 楼主：今年一定上岸　发表于 4 天前　｜　查看 1653　回复 22⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="locked">⟦a 【本帖还有参考答案，回复后刷新可见】⟧</div>
<div class="rate">⟦l 评分人数 5　金币 +8　收起理由⟧</div>
<div class="pl">⟦l 2楼 考公小白：第二点很实在，学到了⟧</div>
<div class="pl">⟦l 3楼 汀兰：可以再加一条长效机制⟧</div>
</div>
<div class="ad">⟦w 面试一对一模拟，加群 605217734 领真题⟧</div>
<div id="ft">⟦m 岸芷公考论坛 Powered by Discuz!　粤ICP备19055021号⟧</div>
<script src="static/js/forum_viewthread.js?R3x"></script>
</body></html>
""",
        body="""
题目：你所在社区为改善环境卫生，免费发放捕蝇笼并倡导居民放置在楼道口，但不少居民嫌难看、有异味，不愿配合。作为社区工作人员，你怎么办？
答：推广捕蝇笼是为了居民的健康，群众不买账，说明我们前期的宣传和方式方法还有欠缺，我会从以下几方面做好工作。
第一，摸清原因。通过走访楼栋、发放问卷，弄清楚居民到底是嫌外观、嫌异味，还是对灭蝇效果有疑虑。
第二，改进方法。对异味问题，选用无臭诱饵并缩短更换周期；对外观问题，和物业商量统一放在垃圾桶旁的隐蔽位置，而不是楼道口。
第三，示范带动。先请楼栋长、党员家庭带头试用，一个月后公布苍蝇密度对比数据，让效果说话。
总之，为民办事要尊重群众意愿，把好事办好、把实事办实。
""",
    ),
    dict(
        slug="examforum-anzhi-essay-padded-jacket-junk",
        site="岸芷公考论坛 (invented exam forum, text copy)",
        style="公考论坛",
        genre="申论文章",
        kind="other",
        form="text",
        source="https://bbs.anzhigk.com/thread-598803-1-1.html",
        title="一件棉袄里的民生温度",
        record_title="[申论习作·第12篇] 一件棉袄里的民生温度（写得粗糙，轻拍）- 申论写作 - 岸芷公考论坛",
        date=None,
        notes="an exam forum thread's text: forum junk glued after 。 and on a line of its own, replies, a QQ-group ad; relative post time (no date)",
        page="""
!m 岸芷公考论坛 » 申论写作 » 范文点评
!t [申论习作·第12篇] 一件棉袄里的民生温度（写得粗糙，轻拍）
!m 楼主：笔耕2025　　积分 1273　　发表于 5 天前
{BODY}
!l 2楼 晨曦微光：立意不错，第三段可以再展开
!l 3楼 上岸必胜：收藏学习
!a 本帖已被收藏 46 次　｜　点评　｜　回复
!w 申论一对一批改，加QQ群 731066284
""",
        junk=dict(lines=1, glued=3),
        body="""
一件棉袄，看似寻常，却能丈量民生的温度。
冬天里，环卫工人凌晨四点上岗，手上的扫帚一握就是几个小时；独居老人守着空荡荡的屋子，一件厚实的棉袄就是他们过冬最大的依靠。给他们送去一件棉袄，送去的是党和政府的关怀，也是社会的温情。
然而，送温暖不能只停留在“送”上。有的地方年年送棉袄，却不问尺码合不合身、面料耐不耐穿，甚至出现“一件棉袄拍三次照”的形式主义做法，让好事变了味。
民生无小事。要让每一件棉袄都穿在需要的人身上，就要俯下身子摸清需求，建立困难群众动态台账，让关怀从“一阵子”变成“一辈子”。
衣暖人心，政暖民心。把群众的冷暖放在心上，这件棉袄才能真正暖到群众心里。
""",
    ),
    dict(
        slug="wiki-zhiwu-entry-curtain-hook-html",
        site="知物百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://baike.zhiwu.wiki/item/门帘钩",
        title="门帘钩",
        record_title="门帘钩（家居五金）- 知物百科",
        date=None,
        notes=(
            "an encyclopaedia entry: edit/discuss/history tabs, an infobox, a contents box, reference markers glued "
            "after 。; the entry name repeated above the body is also its first word (matched as head); no date"
        ),
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>门帘钩（家居五金）- 知物百科</title></head><body>
<div class="top">⟦m 知物百科⟧ ⟦m 万物皆有来历⟧ <input placeholder="搜索词条"> <a>⟦a 登录⟧</a></div>
<div class="tabs">⟦a 词条　编辑　讨论　历史⟧</div>
<h1>{T}</h1>
<div class="infobox">
<p>⟦m 中文名：门帘钩⟧</p><p>⟦m 类　别：家居五金⟧</p><p>⟦m 材　质：铁、铜、不锈钢、塑料⟧</p>
</div>
<div class="toc">⟦l 目录　1 用途　2 材质与形制　3 地域差异　4 新型门帘钩⟧</div>
<div class="entry">
{BODY}
</div>
<div class="refs"><h3>⟦l 参考资料⟧</h3><p>⟦l [1] 《北方民居小五金图录》，浞河出版社⟧</p><p>⟦l [2] 《家居五金选购手册》⟧</p></div>
<div class="foot">⟦m 词条浏览 6,207 次　｜　最近编辑于 3 周前⟧<br>⟦d 知物百科的词条由网友协作编写，内容仅供参考⟧</div>
<script src="/static/wiki/toc.js"></script>
</body></html>
""",
        body="""
门帘钩是用于悬挂门帘的小型五金件，一端挂在门框上方的横杆或钉子上，另一端穿过门帘上沿的布环或孔眼。⟦m [1]⟧
门帘钩多用铁、铜、不锈钢或塑料制成，常见形状有S形、问号形和带卡扣的防脱形。传统铁艺门帘钩常在钩尾锻出如意、云头等纹样，兼具装饰作用。
在北方地区，冬季人们在门口挂厚重的棉门帘防风保暖，门帘钩需承受较大重量，多选用粗铁丝或扁铁打制；南方夏季挂竹帘、纱帘，门帘钩则以轻巧的铜钩和塑料钩为主。⟦m [2]⟧
近年来出现了免钉胶粘式和磁吸式门帘钩，安装时无需在门框上打孔，适合租房人群使用。
""",
    ),
    dict(
        slug="wiki-wanxiang-entry-clothes-clip",
        site="万象百科 (invented encyclopaedia, text page)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="https://www.wanxiangbaike.org/wiki/晒衣夹",
        title="晒衣夹",
        record_title="晒衣夹 - 万象百科·日用品",
        date=None,
        notes="an encyclopaedia text page: edit/discuss/history row, an infobox line, a contents line; the entry name above the body is its first word (head); an update time '2 个月前' (no date)",
        page="""
!m 万象百科 — 开放的中文知识库
!a 编辑　|　讨论　|　历史版本　|　收藏词条
{T}
!m 中文名：晒衣夹　　别称：衣夹、晾衣夹　　分类：日用品
!l 目录：1 结构与材质　2 使用方法　3 安全提示
{BODY}
!m 词条统计：浏览 8,932 次　编辑 11 次　最近更新于 2 个月前
!d 本词条内容由网友协作编辑，仅供参考。
""",
        body="""
晒衣夹，又称衣夹、晾衣夹，是晾晒衣物时用来将衣物固定在晾衣绳或衣架上的夹子。
常见的晒衣夹由两片夹臂和一根弹簧组成，按材质可分为木质、竹质、塑料和不锈钢等类型。木质和竹质晒衣夹价格低廉、手感温润，但受潮后容易发霉；塑料晒衣夹色彩丰富，长期日晒易老化变脆；不锈钢晒衣夹耐用防锈，价格相对较高。
使用晒衣夹时，宜将夹子夹在衣物的下摆、裤腰等较厚实处，避免在衣物正面留下夹痕。高层住户晾晒时应防止晒衣夹坠落伤人。
""",
    ),
    dict(
        slug="netdisk-zhanqiao-instruction-jar-sealing-html",
        site="栈桥云盘 (invented cloud drive, preview page)",
        style="网盘分享",
        genre="作业指导书",
        kind="other",
        form="html",
        source="https://pan.zhanqiaoyun.com/s/7kQm2xVd",
        title="酒坛封口作业指导书",
        record_title="酒坛封口作业指导书.docx",
        date=None,
        notes=(
            "a cloud-drive preview: a .docx file name as the record title, size/sharer/validity line, save and "
            "download buttons, a super-member preview prompt and a report link; decimal headings 3.1–3.4; no date"
        ),
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>酒坛封口作业指导书.docx_免费高速下载|栈桥云盘</title></head><body>
<div class="nav">⟦m 栈桥云盘⟧ <a>⟦a 客户端下载⟧</a> <a>⟦a 登录⟧</a></div>
<div class="file-head"><h2>⟦t 酒坛封口作业指导书.docx⟧</h2>
<p>⟦m 22.4 KB　｜　分享者：坛坛罐罐　｜　有效期：永久⟧</p>
<p><a>⟦a 存一份到我的栈桥⟧</a> <a>⟦a 普通下载⟧</a> <a>⟦a 举报⟧</a></p></div>
<div class="preview">
{BODY}
</div>
<div class="vip">⟦a 预览仅供前2页，超级会员在线看全文⟧</div>
<div class="foot">⟦d 栈桥云盘不对用户分享内容负责，发现侵权请点举报⟧</div>
<script src="https://static.zhanqiaoyun.com/preview/docx-viewer.js"></script>
</body></html>
""",
        p_html='<div class="line">{}</div>',
        body="""
1 目的
规范酒坛封口操作，防止原酒渗漏、跑香和污染。
2 适用范围
本指导书适用于原酒车间酒坛入库前的封口作业。
3 作业步骤
3.1 清洁坛口：用75%酒精擦拭坛口内外沿，晾干后方可封口。
3.2 覆盖封材：依次覆盖食品级硅胶垫、荷叶两层和油纸一层，四周下垂不少于5厘米。
3.3 捆扎：用麻绳在坛颈处缠绕三圈后打死结，绳结朝向坛身标签一侧。
3.4 抹泥：封泥厚度控制在2至3厘米，表面抹平压实，不得有裂缝。
4 检查与记录
封口完成后由质检员逐坛检查，在封坛记录表上签字，记录封坛日期、坛号和操作人。
""",
    ),
    dict(
        slug="netdisk-zhanqiao-fly-trap-points-markers",
        site="栈桥云盘 (invented cloud drive, text preview)",
        style="网盘分享",
        genre="技术要点",
        kind="other",
        form="text",
        source="https://pan.zhanqiaoyun.com/s/3bWn8pLs",
        title="捕蝇笼制作与投放技术要点",
        record_title="捕蝇笼制作与投放技术要点.pdf",
        date=None,
        notes="a cloud-drive text preview: a .pdf file name, a share time '2 周前' (no date), page markers ⌹ n ⌹ on lines of their own cutting sentences; no date",
        page="""
!m 栈桥云盘 · 文件分享
!t 捕蝇笼制作与投放技术要点.pdf
!m 文件大小 1.3 MB　|　分享时间 2 周前　|　过期时间：永久
!a 转存到云盘　　下载（需登录）　　举报
{BODY}
!a 非会员只能看前 3 页，开通超级会员解锁全部页面
!d 本文件由分享者上传，云盘不对文件内容负责，如有侵权请投诉。
""",
        pages=dict(fmt="⌹ {n} ⌹", every=95, start=2),
        body="""
一、捕蝇笼的结构
常用的捕蝇笼由笼体、倒锥形进蝇口和诱饵盘三部分组成。笼体一般用孔径不大于2毫米的纱网围成圆柱形，进蝇口上小下大，苍蝇从底部飞入后很难找到出口。
二、诱饵配制
推荐使用红糖、食醋和发酵淘米水按1比2比10的比例调配，也可用腐烂的鱼虾内脏，但后者气味较大，不宜在居民区使用。
三、投放要点
捕蝇笼应放在苍蝇活动频繁的背风、向阳处，离地面约1米，与食品加工区保持5米以上距离。投放初期每2至3天检查一次，根据捕获量调整数量和位置。
四、清理与维护
笼内苍蝇达到三分之一时应及时清理，可连笼浸入热水中杀灭后倒出，纱网破损的要及时修补。
""",
    ),
    dict(
        slug="snapshot-xunjing-publicity-padded-jackets-html",
        site="寻径搜索 snapshot of 萆溪镇人民政府 (invented)",
        style="搜索快照",
        genre="公示",
        kind="notice",
        form="html",
        source="http://snapshot.xunjing.com/c?u=http%3A%2F%2Fwww.bixi.chiling.gov.cn%2Fgsgg%2F20241205%2F77.html",
        title="萆溪镇2024年冬季第一批棉袄发放对象公示",
        record_title="〔寻径存档〕萆溪镇2024年冬季第一批棉袄发放对象公示_萆溪镇人民政府",
        date="2024-12-05",
        notes=(
            "a search engine's snapshot frame: a capture banner with its time (no date), a highlighted-terms line, "
            "the township site's header and footer inside; a recipients table with masked names (鲁××); the "
            "publicity period's dates inside a sentence; 成文日期 under the signature"
        ),
        page="""
<html><head><meta charset="utf-8"><title>萆溪镇2024年冬季第一批棉袄发放对象公示_萆溪镇人民政府</title></head><body>
<div class="snap-banner" style="background:#ffd">⟦d 寻径快照：本页为 2024-12-09 03:18 抓取的存档副本，原页面可能已改动，点此访问原网页⟧</div>
<div class="snap-hl">⟦d 已为您标亮以下词：棉袄　公示⟧</div>
<hr>
<div class="orig">
<div class="top">⟦m 茌岭县萆溪镇人民政府⟧</div>
<div class="nav">⟦m 首页　镇情概况　政务公开　便民服务⟧</div>
<h2>{T}</h2>
<div class="info">⟦m 发布时间：2024-12-05　浏览次数：88⟧</div>
{BODY}
<div class="foot">⟦m 萆溪镇人民政府主办　地址：萆溪镇新街1号⟧</div>
</div>
<script>/* 快照页高亮脚本 */ hl(["棉袄","公示"]);</script>
</body></html>
""",
        body="""
根据县民政局2024年冬季为困难群众发放棉袄工作安排，经村（社区）初审、镇民政办审核，现将萆溪镇第一批棉袄发放对象予以公示。
村（社区）　户主姓名　类别　棉袄（件）
石门村　鲁××　特困供养　1
石门村　邬××　低保　2
柳湾村　邓××　特困供养　1
萆溪社区　甘××　重度残疾　1
公示期为2024年12月6日至12月12日。公示期间，如对公示对象有异议，可向镇民政办反映，监督电话：0731-6571023。
茌岭县萆溪镇人民政府
2024年12月5日
""",
    ),
    dict(
        slug="snapshot-xunjing-textcache-wine-jar-heritage",
        site="寻径搜索 text cache of 浐阳县人民政府网 (invented)",
        style="搜索快照",
        genre="新闻",
        kind="news",
        form="text",
        source="http://snapshot.xunjing.com/t?u=http%3A%2F%2Fwww.chanyang.gov.cn%2Fxwdt%2F2025%2F0110%2F5512.html",
        title="浐阳老窑酒坛制作技艺入选市级非遗",
        record_title="〖纯文字缓存〗浐阳老窑酒坛制作技艺入选市级非遗 - 寻径",
        record_date="2025-01-10",
        date="2025-01-10",
        notes="a text-only cache: a capture line (no date) and the original URL above, the county site's header, byline and footer; record date",
        page="""
!d 【纯文字缓存】本页只保留原网页文字，抓取于 2025-01-14 06:40，图片与样式已省略。
!m 原网址：http://www.chanyang.gov.cn/xwdt/2025/0110/5512.html
!m 浐阳县人民政府网
{T}
!m 发布日期：2025-01-10　　信息来源：县文化旅游广电局
{BODY}
!m 浐阳县人民政府办公室主办　网站标识码4312250003
""",
        body="""
近日，灏城市人民政府公布第六批市级非物质文化遗产代表性项目名录，浐阳县申报的“浐阳老窑酒坛制作技艺”成功入选。
浐阳老窑酒坛制作技艺已有两百余年历史，从选泥、练泥、拉坯、上釉到柴窑烧制，共有二十多道工序。用老窑烧出的酒坛胎体厚实、气孔细密，储酒时既能透气又不渗漏，深受周边酒坊青睐。
目前，该技艺有代表性传承人3名，县里已在浞河镇建成老窑酒坛传习所，定期开展技艺培训和研学活动。
县文化馆负责人表示，将以此次入选为契机，加强技艺记录和传承人培养，推动老窑酒坛与文旅产业融合发展。
""",
    ),
    dict(
        slug="print-langchuan-bulletin-fly-control-html",
        site="崀川县市场监督管理局 print view (invented)",
        style="打印页",
        genre="通报",
        kind="notice",
        form="html",
        source="http://scjgj.langchuan.gov.cn/print.jsp?id=44917",
        title="关于部分餐饮单位防蝇设施配置不到位情况的通报",
        record_title="「打印视图」关于部分餐饮单位防蝇设施配置不到位情况的通报",
        date="2025-07-30",
        notes=(
            "a print view that calls window.print(): a print-date line (no date), print/close buttons, a print "
            "footer ✰ 第1页，共1页 ✰; a 抄送 line in the body; 成文日期 under the signature"
        ),
        page="""
<html><head><meta charset="utf-8"><title>打印 - 崀川县市场监督管理局</title>
<style>@media print{.noprint{display:none}}</style>
<script>window.onload=function(){window.print();}</script></head><body>
<div class="noprint">⟦a [ 开始打印 ]⟧　⟦a [ 关闭本页 ]⟧</div>
<div class="ph">⟦m 崀川县市场监督管理局　打印日期：2025-08-02⟧</div>
<h2 align="center">{T}</h2>
{BODY}
<div class="pf" align="center">⟦p ✰ 第1页，共1页 ✰⟧</div>
</body></html>
""",
        body="""
各乡镇（街道）市场监管所：
7月15日至25日，县局组织对城区和郛口镇的86家餐饮单位防蝇设施配置情况进行了专项检查。检查发现，有14家餐饮单位存在防蝇设施缺失或失效问题，主要表现为：后厨未设置捕蝇笼或灭蝇灯，捕蝇笼长期不清理、诱饵霉变，操作间门口防蝇门帘破损等。
对上述问题，县局已责令相关单位限期整改，对其中3家拒不整改的单位依法立案查处。
各所要举一反三，在8月底前完成辖区餐饮单位防蝇设施全覆盖检查，督促捕蝇笼、灭蝇灯等设施规范配置、正常使用。
崀川县市场监督管理局
2025年7月30日
抄送：县卫生健康局，县爱卫办。
""",
    ),
    dict(
        slug="print-waizi-plan-curtain-hook-replacement",
        site="崴子社区网 print view (invented)",
        style="打印页",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.waizishequ.cn/print.php?aid=112",
        title="崴子社区独居老人门帘钩更换工作方案",
        record_title="〔便于打印·精简〕崴子社区独居老人门帘钩更换工作方案",
        date="2025-08-25",
        notes="a community site's print view: a printed-at line (no date), print/back buttons, a print footer ⍑ 1 / 1 ⍑; decimal headings 1.1–2.3 kept apart; 成文日期 under the signature",
        page="""
!m 崴子社区网 - 打印视图
!m 打印于 2025-09-03 16:22　打印人：访客
{T}
{BODY}
!a [ 打印本页 ]　[ 返回原文 ]
!p ⍑ 1 / 1 ⍑
""",
        body="""
为消除辖区独居老人居家安全隐患，社区决定为独居老人免费更换防脱门帘钩。特制定本方案。
1 工作目标
1.1 10月底前，完成辖区68户独居老人家庭门帘钩的排查更换。
1.2 更换后的门帘钩牢固不脱落，门帘开合顺畅。
2 实施步骤
2.1 排查登记（9月1日至9月15日）：网格员逐户上门，登记门帘钩松动、锈蚀、脱落情况。
2.2 集中更换（9月16日至10月20日）：志愿者服务队携带工具上门更换，旧钩一并回收。
2.3 回访验收（10月21日至10月31日）：社区工作人员电话回访，抽查更换质量。
3 保障措施
社区从党组织服务群众经费中列支所需费用，志愿者上门须佩戴工作证，做好服务记录。
崴子社区居民委员会
2025年8月25日
""",
    ),
    dict(
        slug="mail-qihe-letter-clip-test-report-webmail-html",
        site="栖禾家居 webmail reading view (invented)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.qihe-home.cn/read?mid=ZL3012-7715",
        title="关于商请提供晒衣夹样品检测报告的函",
        record_title="转发 ▸ 关于商请提供晒衣夹样品检测报告的函（请协助办理）",
        date="2025-06-16",
        date_also=["2025-06-17"],
        notes=(
            "a webmail reading view: forwarded header lines, a send time (the mail's date differs from the "
            "letter's), an attachment bar next to the letter's own 附件 list and 联系人/电话/邮箱, reply/forward "
            "buttons and the mail system's footer"
        ),
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>转发 ▸ 关于商请提供晒衣夹样品检测报告的函（请协助办理） - 栖禾企业邮箱</title></head><body>
<div class="mbar">⟦m 栖禾企业邮箱⟧　⟦a 收信　写信　通讯录⟧　⟦m yuting@qihe-home.cn⟧</div>
<div class="tools">⟦a 回复　回复全部　转发　删除　标记为未读⟧</div>
<div class="mhead">
<h3>⟦t 转发 ▸ 关于商请提供晒衣夹样品检测报告的函（请协助办理）⟧</h3>
<p>⟦m 发件人：郁婷 &lt;yuting@qihe-home.cn&gt;⟧</p>
<p>⟦m 收件人：业务科 &lt;ywk@hcpqi.org.cn&gt;⟧</p>
<p>⟦m 时　间：2025年6月17日（星期二）上午9:41⟧</p>
</div>
<div class="attbar">⟦a 附件（2 个）　检验委托书.pdf　营业执照.jpg　预览　下载　全部打包⟧</div>
<div class="mbody">
<p>⟦m ------------------ 转发的原邮件 ------------------⟧</p>
{BODY}
</div>
<div class="mfoot">⟦d 本邮件由栖禾企业邮箱发送，请勿向陌生人透露验证码⟧</div>
<script src="/webmail/js/read.min.js"></script>
<script>MailRead.init({mid:"ZL3012-7715"});</script>
</body></html>
""",
        body="""
灏城市产品质量监督检验所：
我公司于2025年5月送检的不锈钢防风晒衣夹（型号QH-J40）已完成检验。因参加市场推广活动需要，特商请贵所提供该批样品检测报告纸质版一式三份，并加盖检验专用章。
贵所如有收费或需我公司补充材料，请告知。报告可邮寄至：灏城市灏北区栖霞路27号栖禾家居有限公司品质部，收件人：郁婷。
附件：1.检验委托书复印件
2.营业执照复印件
联系人：郁婷，电话：0730-8470216，邮箱：yuting@qihe-home.cn
栖禾家居有限公司
2025年6月16日
""",
    ),
    dict(
        slug="mail-zhuohe-water-notice-work-jackets-forwarded",
        site="浞河水务 forwarded mail (invented, text)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mailto:banzuzhang@zhuohe-water.cn?mid=20241209-0031",
        title="关于领取冬季工作棉袄的通知",
        record_title="Fwd: 转：关于领取冬季工作棉袄的通知",
        date="2024-12-06",
        date_also=["2024-12-09"],
        notes="a forwarded mail as text: forward headers with the forwarder's send time (differs from the 成文日期), the original mail's header, a sender's signature block and a confidentiality footer",
        page="""
!m 发件人：综合部 万倩 <wanqian@zhuohe-water.cn>
!m 发送时间：2024年12月9日 星期一 08:58
!m 收件人：各班组长
!t 主题：Fwd: 转：关于领取冬季工作棉袄的通知
!m ---------- 下面是转发的邮件 ----------
!m From: 综合部 <zhb@zhuohe-water.cn>
!m Date: 2024年12月6日 14:20
{T}
{BODY}
!m --
!m 万倩 | 浞河水务有限公司综合部 | 分机 6011
!d 此邮件及附件仅发给上列收件人，如误收请立即删除并告知发件人。
""",
        body="""
各班组：
根据公司劳动保护用品发放标准，今年冬季为一线户外岗位职工每人配发防寒工作棉袄一件。现将有关事项通知如下：
一、发放范围：装卸、巡线、绿化养护等户外岗位在岗职工，共计214人。
二、领取时间：12月9日至12月13日，每天8:30-11:30。
三、领取方式：由各班组长持本班组人员名单到物资库统一领取，并在发放登记表上签字。尺码不合适的，可在12月20日前到物资库调换一次。
联系人：物资库 辜建军，内线：6032。
浞河水务有限公司综合部
2024年12月6日
""",
    ),
]

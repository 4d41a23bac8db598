"""holdout356, part F: 公考论坛, 百科问答, 网盘分享, 搜索快照, 打印页, 邮件转发 (one HTML and one text page each).

Invented text, sites, places and chrome; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="gkforum-chengfeng-interview-riceball-breakfast-jammer",
        site="乘风公考论坛 (invented civil-service-exam forum)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="html",
        source="https://bbs.chengfenggk.com/thread-592207-1-1.html",
        title="学校推行“饭团早餐”，有家长质疑不如馒头稀饭管饱，你怎么看？",
        record_title="〔结构化·民生类〕学校推行“饭团早餐”，有家长质疑不如馒头稀饭管饱，你怎么看？ - 面试交流 - 乘风公考论坛",
        date=None,
        notes="exam forum with jammer-font junk, a reply-to-see prompt, a rating row and a QQ-group ad; an interview answer with no date (relative time only)",
        page="""
<html><head><meta charset="utf-8">
<title>〔结构化·民生类〕学校推行“饭团早餐”，有家长质疑不如馒头稀饭管饱，你怎么看？ - 面试交流 - 乘风公考论坛</title>
<style>.jammer{font-size:0;color:transparent}</style>
<script>var discuz_uid='0', STYLEID='3';</script>
</head><body>
<div id="hd">⟦m 乘风公考论坛⟧ ⟦m 乘风破浪，一起上岸⟧ <a>⟦a 登录论坛⟧</a></div>
<div id="pt">⟦m 乘风公考论坛 › 面试交流 › 结构化真题⟧</div>
<h1>⟦m 〔结构化·民生类〕⟧{T}</h1>
<div class="authi">⟦m 上岸小尹　发表于 4 天前　|　只看楼主⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="hide">⟦a 本帖隐藏的参考答案要点需回复后才能查看⟧</div>
<div class="rate">⟦l 评分人数 7　学分 +14　“思路清晰”⟧</div>
<div class="ad">⟦w 2025面试冲刺群：QQ群 718206533，进群送真题100道⟧</div>
<div class="pn">⟦l 上一帖：社区团购进校园，你怎么看⟧ ⟦l 下一帖：组织一次食品安全宣传，你怎么做⟧</div>
<div id="ft">⟦m 乘风公考论坛 © 2025 Powered by Discuz!⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=2),
        body="""
我认为，家长的质疑出于对孩子的关心，值得重视，但不能因此否定“饭团早餐”这一改进举措。
首先，学校推行饭团早餐，初衷是好的。饭团便于携带、分量统一，用模具压制也方便食堂批量制作，解决了部分走读学生早餐来不及吃的问题。
其次，家长担心吃不饱，也反映出推行过程中沟通不够。饭团的分量、营养搭配是否合理，学校应当主动说明，而不是一推了之。
如果我是学校的工作人员，我会这样做：一是召开家长座谈会，介绍饭团的用料和分量；二是实行饭团和馒头稀饭两种套餐自选，让学生按需选择；三是定期开展满意度调查，根据反馈调整分量和品种。
总之，只要把好事办实、把实事办细，家长的疑虑自然会消除。
""",
    ),
    dict(
        slug="gkforum-shenlun-essay-grinder-regulation-junk",
        site="申论研习社 (invented exam forum, text view)",
        style="公考论坛",
        genre="申论文章",
        kind="other",
        form="text",
        source="http://www.shenlunyxs.com/bbs/thread-44718.html",
        title="小小研磨器里的“大”监管",
        record_title="[申论日练·第37篇] 小小研磨器里的“大”监管（跪求批改）",
        date=None,
        notes="exam-forum essay with junk lines and junk glued after 。; no date; replies with marks below",
        page="""
!m 申论研习社 — 每天一篇，笔下生花
!m 首页 » 申论练笔 » 大作文
!t [申论日练·第37篇] 小小研磨器里的“大”监管（跪求批改）
!m 作者：仟岭考鸭　时间：2 天前　回复：9
{BODY}
!l 1楼 批改老师汉老师：立意准确，第三段论证稍弱，给32分。
!l 2楼 雄关漫道：标题很抓人，学习了
!a 回复可见本帖批改细则，点此回复
!m 申论研习社 · 公考交流平台　鄂ICP备21008830号
""",
        junk=dict(lines=2, glued=2),
        body="""
一只调味研磨器，价格不过几十元，却连着餐桌上的安全。近期，某市对餐饮门店的调研发现，不少研磨器长期不清洗、磨芯材质说不清，暴露出食品接触用具监管中的“盲区”。
小器具背后是大民生。研磨器直接接触食物，磨芯一旦崩裂、塑料一旦老化，碎屑就可能进入菜品。这类器具单价低、数量多、分布散，恰恰容易被监管忽视。
补齐监管短板，需要多方发力。监管部门要把研磨器等小型器具纳入日常检查，生产企业要守住材质和标识的底线，行业协会要发挥自律作用，消费者也要增强维权意识。
监管无小事，细节见担当。只有把每一件小器具都管好，才能让群众吃得放心、吃得安心。
""",
    ),
    dict(
        slug="wiki-xunzhi-entry-grinder-infobox-refs",
        site="寻知百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://baike.xunzhi.com/item/研磨器/60213",
        title="研磨器",
        record_title="研磨器_厨具词条_寻知百科",
        date=None,
        notes="encyclopaedia: 阅读/编辑/讨论/历史 tabs, infobox, contents box and reference markers glued after sentences; the entry name opens the body (head); no date (an edit stamp only)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>研磨器_厨具词条_寻知百科</title>
<script src="//static.xunzhi.com/baike/item.js"></script>
</head><body>
<div class="bk-head">⟦m 寻知百科⟧ ⟦m 寻一物，知其详⟧ <a>⟦a 进入词条⟧</a></div>
<div class="bk-tabs">⟦a 阅读　编辑　讨论　历史版本⟧</div>
<h1>{T}</h1>
<div class="bk-info">⟦m 中文名：研磨器　外文名：grinder　类别：厨房器具　常见材质：陶瓷、不锈钢、塑料⟧</div>
<div class="bk-toc">⟦l 目录　1 概述　2 结构　3 使用与保养⟧</div>
<div class="bk-con">
{BODY}
</div>
<div class="bk-ref"><h3>⟦l 参考资料⟧</h3><p>⟦l [1] 《家用厨房器具手册》，亨阳轻工出版社⟧</p><p>⟦l [2] 亨阳市厨具行业协会年报⟧</p></div>
<div class="bk-edit">⟦m 词条最近编辑：5 个月前　浏览 18,227 次⟧</div>
<div class="bk-foot">⟦d 寻知百科词条由网友协作编辑，内容仅供参考⟧</div>
</body></html>
""",
        body="""
研磨器是把胡椒、花椒、海盐等颗粒状调料磨成粉末或碎粒的厨房器具，多在烹饪和用餐时现磨现用。⟦l [1]⟧
按驱动方式，研磨器分为手动和电动两类。手动研磨器通过旋转顶部或扭动器身带动磨芯转动；电动研磨器由电池或电机驱动，按下按钮即可出粉。
研磨器的核心部件是磨芯，常见的有陶瓷磨芯、不锈钢磨芯和塑料磨芯。陶瓷磨芯耐腐蚀，适合研磨海盐；不锈钢磨芯锋利，适合研磨胡椒。⟦l [2]⟧
使用研磨器时应专器专用，避免不同调料串味；磨芯宜定期拆下用软毛刷清理，并保持干燥，防止调料受潮结块。
""",
    ),
    dict(
        slug="wiki-baiqilu-entry-tart-mould-edit-links",
        site="百器录 (invented encyclopaedia, text view)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="https://www.baiqilu.net/wiki/蛋挞模",
        title="蛋挞模",
        record_title="蛋挞模（烘焙器具）- 百器录",
        date=None,
        notes="encyclopaedia as text: edit-section links glued to headings' lines, a contents line and a discussion tab; the entry name opens the body (head); no date",
        page="""
!m 百器录 · 万物有来历
!a 条目　讨论　编辑　查看历史
{T}
!m 本条目由 42 位编者共同完成
!l 目录：1 简介　2 种类　3 使用
{BODY}
!l 分类：烘焙器具 ｜ 厨房用品 ｜ 模具
!m 本页面最后修订于 11 周前
!d 百器录内容采用知识共享署名协议，转载请注明出处。
""",
        body="""
蛋挞模是烘焙蛋挞时用于承装挞皮和挞液的模具，一般为上口大、底部小的浅杯形，口径多在6至8厘米之间。
种类⟦a [编辑本段]⟧
按材质，蛋挞模可分为铝合金蛋挞模、不锈钢蛋挞模、硅胶蛋挞模和一次性铝箔蛋挞托。铝合金蛋挞模导热快，烤出的挞皮上色均匀；硅胶蛋挞模易脱模，但挞底不易烤脆；铝箔蛋挞托多用于商业批量生产，按规定只能使用一次。
按形式，蛋挞模有单只和连体两种，连体的常见6连、12连，适合批量制作。
使用⟦a [编辑本段]⟧
金属蛋挞模首次使用前应清洗并空烤，每次使用前刷薄油或撒少量面粉，使用后及时清洗擦干，防止生锈。
""",
    ),
    dict(
        slug="netdisk-pandou-report-napkin-rings-docx-vip",
        site="盘兜网盘 (invented cloud drive, share preview)",
        style="网盘分享",
        genre="述职报告",
        kind="report",
        form="html",
        source="https://pan.pandou.cn/s/1Hx7qWmZ0rT",
        title="餐饮部主管2024年度述职报告",
        record_title="餐饮部主管2024年度述职报告.docx",
        date="2025-01-10",
        notes="file name as the record title; cloud-drive preview with save/download buttons and VIP speed prompts; a share stamp that is no date; signature date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>餐饮部主管2024年度述职报告.docx_免费高速下载|盘兜网盘</title>
<script src="//pan.pandou.cn/static/preview.js"></script>
</head><body>
<div class="pd-top">⟦m 盘兜网盘⟧ ⟦m 你的文件，随身兜着⟧ ⟦a 登录⟧</div>
<div class="pd-share">⟦m 分享者：萄萄不吃葡萄　分享于 1 个月前　有效期：永久⟧</div>
<div class="pd-file"><h2>{T}</h2>⟦m 文件大小：33.4KB⟧</div>
<div class="pd-btn">⟦a 保存到我的盘兜⟧ ⟦a 普通下载⟧ ⟦a 开通超级兜会员，下载提速10倍⟧</div>
<div class="pd-preview">
{BODY}
</div>
<div class="pd-vip">⟦a 预览仅显示前3页，超级兜会员可在线预览全文⟧</div>
<div class="pd-foot">⟦d 请勿分享侵权及违法内容，盘兜网盘将依法配合处理⟧<br>⟦m 盘兜网盘 pandou.cn⟧</div>
</body></html>
""",
        body="""
尊敬的各位领导、同事们：
2024年，我担任亨阳饭店餐饮部主管，负责宴会厅和中餐厅的服务管理工作。现将一年来的履职情况报告如下。
一、完成经营任务。全年餐饮部接待宴会1126场，营业收入比上年增长12.6%，宾客满意度保持在96%以上。
二、抓好服务规范。修订宴会摆台标准，统一餐具、餐巾和餐巾环的摆放要求，组织技能培训14次，部门3名员工在市级服务技能比赛中获奖。
三、推进节约降耗。用可重复使用的棉质餐巾和竹编餐巾环替代一次性纸巾和塑料餐巾扣，全年节约易耗品支出约8.3万元。
四、存在的不足。一是新员工流动较大，服务水平参差不齐；二是宴会高峰期人手紧张。新的一年，我将进一步加强队伍建设，努力把餐饮服务做得更好。
述职人：尹丽君
2025年1月10日
""",
    ),
    dict(
        slug="netdisk-woniu-rules-corner-bumps-pdf-line-markers",
        site="蜗牛盘 (invented cloud drive, text preview)",
        style="网盘分享",
        genre="规章制度",
        kind="other",
        form="text",
        source="https://www.woniupan.com/s/kG4p2a",
        title="幼儿园室内设施防磕碰管理规定",
        record_title="幼儿园室内设施防磕碰管理规定.pdf",
        date=None,
        notes="file name as the record title; page markers ⫉ n ⫊ on lines of their own cut sentences; 第N条 articles; no date (an effective clause only); VIP and save prompts",
        page="""
!m 蜗牛盘 · 慢慢存，稳稳取
!m 幼儿园室内设施防磕碰管理规定.pdf　｜　328KB　｜　分享于 6 天前
!a 转存到我的蜗牛盘　　下载（需登录）
!a 开通蜗牛VIP，PDF在线预览不限页数
{BODY}
!a 以下内容需下载后查看
!d 蜗牛盘仅提供存储服务，文件内容由分享者负责。
""",
        pages=dict(fmt="⫉ {n} ⫊", every=90, start=2),
        body="""
第一条　为预防幼儿在园内因碰撞桌角、柜角等尖锐部位受伤，保障幼儿身体健康，结合本园实际，制定本规定。
第二条　幼儿活动室、午睡室、盥洗室和走廊内，高度在1.2米以下的桌角、柜角、窗台角、门框角，均应加装防磕碰保护套或采用圆角设计。
第三条　保护套应选用无毒无味的硅胶或软质材料，颜色宜与家具相近，不得使用易撕扯、易脱落的泡棉条。
第四条　保育员每日晨检时检查本班保护套，发现松动、破损、脱落的，当日报总务室更换；总务室每月组织一次全园检查并做好记录。
第五条　新购置的桌柜，由总务室验收时一并检查边角防护情况，不符合要求的不得投入使用。
第六条　本规定自发布之日起施行。
""",
    ),
    dict(
        slug="snapshot-jingcha-notice-riceball-canteens-banji",
        site="鲸查快照 (invented search cache) / 戎川县市场监督管理局",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://cache.jingcha.com/c?u=http%3A%2F%2Fscjgj.rongchuan.gov.cn%2Ftzgg%2F2025%2F0327.html",
        title="关于加强学校食堂饭团类早餐食品安全管理的通知",
        record_title="关于加强学校食堂饭团类早餐食品安全管理的通知 - 戎川县市场监督管理局（鲸查快照）",
        date="2025-03-26",
        date_also=["2025-03-27"],
        notes="search-cache frame with a capture banner and highlighted terms; 抄送 and 印发 lines; signature date differs from the cached portal's date (also accepted)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>关于加强学校食堂饭团类早餐食品安全管理的通知 - 戎川县市场监督管理局（鲸查快照）</title>
<script src="//cache.jingcha.com/js/highlight.js"></script>
</head><body>
<div class="jc-banner">⟦d 这是鲸查对 http://scjgj.rongchuan.gov.cn/tzgg/2025/0327.html 的网页快照，抓取于 9 天前，页面可能已经更新⟧</div>
<div class="jc-kw">⟦m 以下关键词已高亮：饭团 食堂 早餐⟧ <a>⟦a 取消高亮⟧</a> <a>⟦a 访问原网页⟧</a></div>
<hr>
<div class="orig-head">⟦m 戎川县市场监督管理局⟧</div>
<div class="orig-nav">⟦m 首页 / 通知公告⟧</div>
<h2>{T}</h2>
<div class="orig-info">⟦m 发布日期：2025-03-27　来源：食品安全协调股⟧</div>
<div class="orig-con">
{BODY}
</div>
<div class="orig-foot">⟦m 戎川县市场监督管理局 版权所有⟧</div>
</body></html>
""",
        p_html='<p style="text-indent:2em;line-height:1.8">{}</p>',
        body="""
各乡镇市场监管所，县教育局，各中小学校、幼儿园：
近期，全县部分学校食堂陆续推出饭团类早餐。饭团属于即食食品，制作环节多、手接触多，如果操作不规范，容易引发食品安全问题。现就加强饭团类早餐食品安全管理通知如下。
一、规范制作。饭团模具应为食品级材质，使用前后清洗消毒；制作人员须戴口罩、手套，不得直接用手接触熟米饭和馅料。
二、控制时间。饭团制作完成后应在2小时内售完，超过时间的一律废弃，不得留到午餐再用。
三、做好留样。每餐饭团按品种留样，每个品种不少于125克，冷藏保存48小时。
四、加强检查。各乡镇市场监管所要在4月底前对辖区学校食堂饭团制作情况开展一次全覆盖检查。
戎川县市场监督管理局
2025年3月26日
抄送：县教育局，县卫生健康局。
戎川县市场监督管理局办公室　2025年3月26日印发
""",
    ),
    dict(
        slug="snapshot-tanlu-letter-bamboo-napkin-samples-oneline",
        site="探路搜索 (invented search cache, text-only) / 亨阳饭店",
        style="搜索快照",
        genre="函",
        kind="other",
        form="text",
        source="http://kz.tanlu.cn/text?url=www.hengyanghotel.com/news/2025/0415.html",
        title="关于商请提供竹编餐巾环样品的函",
        record_title="〔探路·文字版快照〕关于商请提供竹编餐巾环样品的函",
        date="2025-04-15",
        notes="text-only cache with the whole letter on one line; capture banner; the letter's own contact; signature date",
        page="""
!d 〔探路文字快照〕本页为 www.hengyanghotel.com/news/2025/0415.html 的纯文本存档，存档时间为 12 天前
!a 查看图文版快照 ｜ 访问当前页面
!m 亨阳饭店 › 新闻公告
{T}
{BODY}
!m 亨阳饭店 地址：亨阳市昼湖区汉江路1号 总机：0836-2200888
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
娲阳县仟岭镇竹编产业园：
我店计划在宴会厅和中餐厅统一更换餐巾环，拟选用竹编材质。从报道中得知贵园生产的竹编餐巾环工艺精良，特商请贵园提供样品，以便我店比选。
一、样品要求：直径4.5厘米左右的圆形竹编餐巾环，本色和深色各5只；如有可烙印店徽的款式，请一并提供。
二、请随样品附上报价单、产品检测报告和供货周期说明。
三、样品请于4月30日前寄至亨阳饭店采购部。
联系人：衙晓东，电话：0836-2200916，邮箱：hyfd_cgb@163.com。
盼予支持为感。
亨阳饭店
2025年4月15日
""",
    ),
    dict(
        slug="print-hengyang-bulletin-grinders-window-print",
        site="亨阳市市场监督管理局 (invented, print view)",
        style="打印页",
        genre="通报",
        kind="notice",
        form="html",
        source="http://scjgj.hengyang-city.cn/print.jsp?id=20250709117",
        title="关于全市餐饮门店调味研磨器专项检查情况的通报",
        record_title="打印样式 · 关于全市餐饮门店调味研磨器专项检查情况的通报（A4）- 亨阳市市场监督管理局",
        date="2025-07-08",
        notes="print view calling window.print(); a print footer ≔ 1 / 1 页 ≕ closes the page; signature date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>打印样式 · 关于全市餐饮门店调味研磨器专项检查情况的通报（A4）- 亨阳市市场监督管理局</title>
<script>window.onload=function(){window.print();}</script>
<style>@media print{.noprint{display:none}}</style>
</head><body>
<div class="noprint">⟦a 🖨 确认打印⟧ ⟦a ✕ 关闭此窗口⟧</div>
<div class="p-head">⟦m 亨阳市市场监督管理局⟧</div>
<h2>{T}</h2>
<div class="p-url">⟦m 原文地址：http://scjgj.hengyang-city.cn/zwgk/tzgg/202507/t20250709_117.html⟧</div>
<div class="p-body">
{BODY}
</div>
<div class="p-foot">⟦p ≔ 1 / 1 页 ≕⟧</div>
</body></html>
""",
        body="""
各区县市场监督管理局：
根据市局工作安排，5月至6月，全市开展了餐饮门店调味研磨器专项检查。现将检查情况通报如下。
一、检查总体情况。全市共检查餐饮门店1362家，其中使用调味研磨器的门店917家。检查发现存在问题的门店143家，已全部责令整改。
二、发现的主要问题。一是研磨器长期不清洗，磨芯残留物受潮霉变，共58家；二是不同调料混用一个研磨器，共49家；三是研磨器无合格证明、来源不明，共36家。
三、下一步工作。各区县局要于7月底前完成问题门店复查，并把调味研磨器纳入餐饮服务日常检查表；市局将在9月组织抽查。
亨阳市市场监督管理局
2025年7月8日
""",
    ),
    dict(
        slug="print-rongchuan-voc-summary-tart-training-table-footer",
        site="戎川县职业中专 (invented school site, print view as text)",
        style="打印页",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.rczz.edu.cn/print.asp?id=2025011408",
        title="戎川县职业中专烘焙专业2024年实训工作总结",
        record_title="〔纸质归档版〕戎川县职业中专烘焙专业2024年实训工作总结",
        date="2025-01-14",
        notes="print view as text: a data table one row a paragraph; a print footer ⊦ 第1页 共1页 ⊦ closes the page",
        page="""
!m 戎川县职业中专 — 打印页面
!a [打印] [返回原页]
!m 网址：http://www.rczz.edu.cn/news/show.asp?id=2025011408
{T}
{BODY}
!p ⊦ 第1页 共1页 ⊦
""",
        indent="\u3000\u3000",
        body="""
2024年，学校烘焙专业围绕“岗位需要什么，实训就练什么”的思路，扎实推进实训教学改革，现将全年实训工作总结如下。
一、实训条件持续改善。全年新增商用烤箱4台、醒发箱2台，补充不锈钢蛋挞模300只、硅胶蛋挞模200只，实训工位由48个增加到72个。
二、实训项目更加贴近岗位。与萄湾镇、尹桥镇的6家烘焙店合作开发实训项目，全年完成实训课时情况如下：
项目　课时　参训人次
面包制作　96　1440
蛋挞与酥点　64　960
蛋糕装饰　80　1200
三、技能水平明显提升。学生参加市级烘焙技能比赛，获一等奖1项、二等奖3项；烘焙专业学生职业技能等级证书取证率达到92%。
四、存在问题。实训耗材成本偏高，部分模具老化需要更新。2025年，学校将争取专项资金，进一步改善实训条件。
戎川县职业中专
2025年1月14日
""",
    ),
    dict(
        slug="mail-webmail-letter-corner-guards-order-attachment-bar",
        site="尹桥镇中心幼儿园邮箱 (invented webmail reading view)",
        style="邮件转发",
        genre="函",
        kind="other",
        form="html",
        source="https://mail.yqzxyey.cn/read?mid=ZC2503250931",
        title="关于订购桌角保护套的函",
        record_title="[已转发] 请阅：关于订购桌角保护套的函",
        date="2025-03-24",
        date_also=["2025-03-25"],
        notes="webmail reading view: forwarded header, attachment bar beside the letter's own 附件 list; the letter's own contact and mailbox; the mail's send date differs (also accepted)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>[已转发] 请阅：关于订购桌角保护套的函 - 尹桥镇中心幼儿园邮箱</title>
<script src="/webmail/js/reader.js"></script>
</head><body>
<div class="wm-top">⟦m 尹桥镇中心幼儿园 · 企业邮箱⟧ ⟦m yqzxyey@yqzxyey.cn⟧ ⟦a 退出⟧</div>
<div class="wm-tool">⟦a 回复　全部回复　转发　删除　标记为未读⟧</div>
<div class="wm-head">
<h3>{T}</h3>
<p>⟦m 发件人：总务处 汉老师 &lt;zongwu@yqzxyey.cn&gt;⟧</p>
<p>⟦m 收件人：rongchuan_hx@163.com⟧</p>
<p>⟦m 时　间：2025年3月25日（星期二）上午9:31⟧</p>
<p>⟦m ---------- 转发的邮件 ----------⟧</p>
</div>
<div class="wm-body">
{BODY}
</div>
<div class="wm-att">⟦a 📎 附件（1个）：桌角保护套订购明细.xlsx　12.6KB　下载　预览⟧</div>
<div class="wm-foot">⟦m 本邮件由戎川县教育城域网邮件系统发送⟧</div>
</body></html>
""",
        body="""
戎川恒欣母婴用品商行：
为做好幼儿在园安全防护，我园拟向贵商行订购硅胶桌角保护套一批，具体事项函告如下：
一、订购数量：L形桌角保护套800个，U形柜角保护套300个，颜色为米白色。
二、质量要求：产品无异味，粘贴牢固，随货提供产品检测报告。
三、交货时间：请于4月3日前送货至我园总务处，并负责指导安装。
四、结算方式：验收合格后凭发票对公转账结算。
联系人：汉老师，电话：0836-4169127，邮箱：zongwu@yqzxyey.cn。
附件：桌角保护套订购明细
戎川县尹桥镇中心幼儿园
2025年3月24日
""",
    ),
    dict(
        slug="mail-forward-text-riceball-mould-trial-feedback-docx",
        site="forwarded mail (invented, plain text)",
        style="邮件转发",
        genre="函",
        kind="other",
        form="text",
        source="file:///mail/export/fwd-20250219.eml.txt",
        title="关于饭团模具试用情况的反馈函",
        record_title="Fwd(2): 关于饭团模具试用情况的反馈函.docx",
        date="2025-02-18",
        date_also=["2025-02-19"],
        notes="a forwarded mail as text: the subject is a file name; mail headers and a forwarding note above, a mail signature below; the letter's own contact; the send date differs from the letter's date (also accepted)",
        page="""
!m 发件人：萄湾镇敬老院 <twjly2019@163.com>
!m 发送时间：2025年2月19日 星期三 14:06
!m 收件人：汉桥厨具客服部 <kefu@hanqiao-kitchen.com>
!t 主题：Fwd(2): 关于饭团模具试用情况的反馈函.docx
!m 附件：关于饭团模具试用情况的反馈函.docx (18 KB)
!l 汉经理您好，反馈函正文贴在下面，原件见附件，请查收。
!m ——— 以下为转发内容 ———
{BODY}
!m ——————————
!m 此邮件由网易163邮箱发送，移动端查看更方便
""",
        body="""
亨阳汉桥厨具有限公司：
贵公司1月赠送我院试用的饭团模具20套，我院已在老人餐中试用一个月。现将试用情况反馈如下：
一、总体评价。模具为食品级塑料，压出的饭团大小均匀，脱模顺畅，食堂师傅普遍反映好用，老人也愿意吃。
二、存在问题。一是模具卡扣在反复蒸汽消毒后有3套出现发白、变松；二是模具内壁棱角较多，清洗时米粒容易残留。
三、改进建议。建议卡扣改用耐高温材料，内壁改为圆角设计，并在包装上注明可耐受的消毒温度。
感谢贵公司对我院的支持。
联系人：萄小满，电话：0836-7352018。
萄湾镇敬老院
2025年2月18日
""",
    ),
]

"""holdout337, part F: 公考论坛, 百科问答, 网盘分享, 搜索快照, 打印页, 邮件转发. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="examforum-anshang-interview-pump-noise-jammer-html",
        site="岸上公考论坛 (invented exam forum)",
        style="公考论坛",
        genre="面试题",
        kind="other",
        form="html",
        source="https://bbs.anshang-gk.com/thread-90214-1-1.html",
        title="楼上鱼缸增氧泵深夜噪声扰民，作为网格员你怎么处理？",
        record_title="【情景应对·每日练】楼上鱼缸增氧泵深夜噪声扰民，作为网格员你怎么处理？｜面试交流区｜岸上公考论坛",
        date=None,
        notes="exam-forum thread: reply-to-see prompt, QQ-group ad, jammer-font junk in the post; the question and "
        "a model answer form the body; '4 天前' is no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="gbk"><title>【情景应对·每日练】楼上鱼缸增氧泵深夜噪声扰民，作为网格员你怎么处理？｜面试交流区｜岸上公考论坛</title>
<style>font.jammer{font-size:0px;color:transparent}</style></head>
<body>
<div id="hd">⟦m 岸上公考论坛⟧ ⟦m 一起上岸，不负韶华⟧ ⟦a 登录丨注册账号⟧</div>
<div id="pt">⟦m 岸上公考论坛 › 面试交流区 › 结构化面试⟧</div>
<div class="qun">⟦w 面试冲刺抱团群：QQ 736602918，进群领真题本⟧</div>
<div class="post"><h1>⟦t 【情景应对·每日练】楼上鱼缸增氧泵深夜噪声扰民，作为网格员你怎么处理？⟧</h1>
<div class="authi">⟦m 上岸小分队　发表于 4 天前　查看 3371　回复 88⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="locked">⟦a 本帖另有“高分答题框架”，回复后方可查看⟧</div>
<div class="po">⟦a 支持 收藏 分享⟧</div></div>
<div class="reply"><p>⟦l 沙发 申论苦手：打卡，第三点写得好⟧</p></div>
<div id="ft">⟦m 岸上公考论坛　Powered by Discuz!　苏ICP备20041170号⟧</div>
</body></html>
""",
        junk=dict(lines=1, glued=2),
        body="""
题目：某小区居民反映，楼上住户家中鱼缸的增氧泵整夜嗡嗡作响，影响休息，双方多次争吵。你作为社区网格员，如何处理？
参考作答：
首先，及时上门了解情况。我会先到投诉居民家中倾听诉求，在夜间实地感受噪声大小，再到楼上住户家中了解鱼缸和增氧泵的使用情况，避免偏听偏信。
其次，提出切实可行的办法。可以建议楼上住户在增氧泵下面垫减震垫，或更换静音增氧泵，把泵放到离地板远一点的柜子上；必要时可以请物业帮助检测噪声。
再次，促成双方沟通。组织双方坐下来面对面交流，讲清邻里相处之道，促成双方达成共识。
最后，做好回访。一周后再回访投诉居民，确认问题是否解决。
""",
    ),
    dict(
        slug="examforum-shenlun-essay-pet-economy-junk",
        site="申论研习社论坛 (invented exam forum)",
        style="公考论坛",
        genre="申论文章",
        kind="other",
        form="text",
        source="http://bbs.shenlun-yxs.com/t/120433",
        title="小小狗牙刷，照见“它经济”的成长烦恼",
        record_title="〖大作文互改〗小小狗牙刷，照见“它经济”的成长烦恼 · 第12期互改帖",
        date=None,
        notes="申论 essay posted for peer correction, junk lines and junk glued after 。; the poster's aside in the record "
        "title; '发表于 6 天前' is no date; grading replies below",
        page="""
!m 申论研习社论坛
!m 首页 › 大作文互改区
!t 〖大作文互改〗小小狗牙刷，照见“它经济”的成长烦恼 · 第12期互改帖
!m 楼主：阿蛮想上岸　发表于 6 天前　|　只看楼主
{BODY}
!l 2楼 批改员老徐：立意准确，第三段论证可再加一个数据，估分24/40
!l 3楼 阿蛮想上岸：谢谢老师！
!a 登录后可参与互改，每批改一篇得 5 研习币
!m 申论研习社 shenlun-yxs.com
""",
        junk=dict(lines=1, glued=3),
        body="""
一把狗牙刷，售价不过十几元，却折射出宠物经济的成长轨迹。
宠物经济发展迅速，带来了新的消费和就业。从宠物食品到洗护用品，从宠物医院到美容培训，“它经济”已经成为不少县域的新增长点。勖州一地，就有上百家企业生产宠物牙刷，产品销往几十个国家。
然而，成长也伴随着烦恼。有的产品标识不清，有的拿人用牙刷改头换面，有的宠物店混用工具引发纠纷。这些问题说明，新业态的规范还跟不上发展的脚步。
规范“它经济”，需要多方发力。监管部门要加快制定宠物用品标准；行业协会要引导企业诚信经营；消费者也要提高辨别能力。
小牙刷连着大民生。只有在规范中发展，“它经济”才能行稳致远。
""",
    ),
    dict(
        slug="wiki-qianxiang-entry-cat-board-h1-html",
        site="千象百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://baike.qianxiang.wiki/item/猫抓板/20931",
        title="猫抓板",
        record_title=None,
        date=None,
        notes="no title in the record: the entry's <h1>, which also opens the body (head label); infobox, contents box, "
        "edit/discuss/history tabs, reference markers glued after 。; no date ('最近更新：昨天')",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>千象百科</title>
<script src="/static/wiki.min.js"></script></head>
<body>
<div class="top">⟦m 千象百科 · 万象皆可查⟧ <form>⟦a 进入词条　全站搜索⟧</form></div>
<div class="tabs">⟦a 编辑词条　讨论　历史版本⟧</div>
<h1 class="lemma-title">{T}</h1>
<div class="lemma-meta">⟦m 最近更新：昨天　编辑次数：23次⟧</div>
<div class="infobox"><table>
<tr><td>⟦m 中文名：猫抓板⟧</td><td>⟦m 外文名：cat scratcher⟧</td></tr>
<tr><td>⟦m 类　别：宠物用品⟧</td><td>⟦m 常见材质：瓦楞纸、剑麻⟧</td></tr></table></div>
<div class="catalog"><h3>⟦l 目录⟧</h3>⟦l 1 用途　2 分类　3 选用与更换⟧</div>
<div class="lemma-body">
{BODY}
</div>
<div class="refs"><h3>⟦l 参考资料⟧</h3><ol><li>⟦l 家猫行为与环境丰容，《伴侣动物》2021年第4期⟧</li><li>⟦l 宠物用品分类与术语，团体标准草案⟧</li></ol></div>
<div class="foot">⟦d 词条内容由网友协作编辑，仅供参考；如涉及专业问题请咨询相关人士。⟧ ⟦m ©2025 千象百科⟧</div>
</body></html>
""",
        body="""
猫抓板是供家猫磨爪、伸展身体的宠物用品，多用瓦楞纸、剑麻绳、木材或地毯布制成。⟦l [1]⟧
猫在抓挠时可以去除爪子外层老化的角质，同时借助爪垫上的腺体留下气味，标记自己的领地。家中没有合适的抓挠物时，猫往往会去抓沙发、床垫和门框。
常见的猫抓板按形态可分为平板式、斜坡式、立柱式和组合式。瓦楞纸猫抓板价格低、更换方便，是最常见的一种；剑麻立柱较耐用，适合喜欢站立抓挠的猫。⟦l [2]⟧
选用时，应根据猫的抓挠习惯选择形态，并将猫抓板放在猫经常活动的位置。瓦楞纸猫抓板被抓出明显凹坑或大量掉屑时，应及时更换。
""",
    ),
    dict(
        slug="wiki-zhiwu-entry-heater-text",
        site="知物百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="https://www.zhiwu-baike.com/entry/wenkongbang",
        title="温控棒",
        record_title="温控棒 - 知物百科 · 水族器材词条",
        date=None,
        notes="an entry whose one-word title opens the body (head label); tabs, infobox lines and a 'cite this entry' "
        "line as chrome; no date",
        page="""
!m 知物百科
!a 编辑　|　收藏词条　|　引用本词条
{T}
!m 中文名：温控棒　别名：加热棒、恒温加热器　所属类别：水族器材
!l 目录：1 结构原理　2 选用　3 使用注意
{BODY}
!l 词条标签：水族器材　观赏鱼　电器
!m 本词条浏览 9,031 次　最近修订：3 天前
!d 知物百科词条由用户共同编写，内容仅供参考。
""",
        body="""
温控棒，又称加热棒、恒温加热器，是观赏鱼饲养中用于加热水体并保持水温稳定的电器。
温控棒通常由石英玻璃管或不锈钢管、电热丝、双金属片或电子温控器组成。水温低于设定值时，电路接通加热；达到设定值后自动断开，从而使水温保持在设定范围内。
选用温控棒时，一般按每升水1瓦至1.5瓦配置功率。使用时棒体应全部没入水中，避免离水干烧；换水或清洁前应先断电，待冷却后再取出。部分产品带有防干烧、防爆保护功能。
温控棒属于长期浸水工作的电器，一般建议使用两至三年后更换。
""",
    ),
    dict(
        slug="clouddrive-yunxia-plan-pumps-wps-markers-html",
        site="云匣网盘 (invented cloud drive)",
        style="网盘分享",
        genre="方案",
        kind="other",
        form="html",
        source="https://pan.yunxia.cn/s/1Qm7tRx0",
        title="学校水族角增氧设备维护保养方案",
        record_title="学校水族角增氧设备维护保养方案.wps",
        date="2025-03-03",
        notes="cloud-drive preview cut by page-marker paragraphs '⚀ n/4'; VIP prompts and a save-to-drive button; "
        "decimal headings; share time is no date; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>学校水族角增氧设备维护保养方案.wps_免费高速下载|云匣网盘</title>
<script>var shareInfo={expire:"7天后过期",size:"36KB"};</script></head>
<body>
<div class="hd">⟦m 云匣网盘⟧ ⟦a 登录云匣⟧ ⟦a 下载客户端⟧</div>
<div class="share-info"><h2>⟦t 学校水族角增氧设备维护保养方案.wps⟧</h2>
<p>⟦m 分享者：三小总务　分享时间：1 个月前　有效期：永久⟧</p>
<p>⟦a 保存到我的云匣　　普通下载　　超级会员极速下载⟧</p></div>
<div class="preview">
{BODY}
</div>
<div class="vip">⟦a 在线预览仅显示前 4 页，开通超级会员查看原文件⟧</div>
<div class="ft">⟦d 云匣网盘严禁分享违法违规内容，发现请举报。⟧ ⟦m © 2025 云匣网盘⟧</div>
</body></html>
""",
        pages=dict(fmt="⚀ {n}/4", every=80, start=2),
        body="""
为保证学校水族角观赏鱼正常生长，延长增氧设备使用寿命，特制定本方案。
1 设备情况
1.1 学校现有水族缸8个，配备增氧泵8台、备用电池增氧泵2台。
1.2 增氧泵由总务处统一管理，各班科学老师负责日常查看。
2 日常维护
2.1 每周检查一次气管有无老化、脱落，气石有无堵塞。
2.2 每月清洗一次气石，用清水刷洗后晾干再用。
2.3 每学期更换一次增氧泵气囊和过滤棉。
3 应急处置
停电时，值班人员应在30分钟内启用电池增氧泵；发现增氧泵漏电、异响的，立即断电并报总务处维修。
茚川县第三小学总务处
2025年3月3日
""",
    ),
    dict(
        slug="clouddrive-fangzhou-points-net-disinfection-pdf-markers",
        site="方舟云盘 (invented cloud drive)",
        style="网盘分享",
        genre="操作要点",
        kind="other",
        form="text",
        source="https://fangzhou-pan.com/share/Ab72kP",
        title="观赏鱼检疫捞网消毒操作要点",
        record_title="观赏鱼检疫捞网消毒操作要点.pdf",
        date=None,
        notes="file-name record title; a text preview cut by page markers '☓第n页☓' on lines of their own; share stamp "
        "and expiry line as chrome; no date",
        page="""
!m 方舟云盘 · 文件预览
!t 观赏鱼检疫捞网消毒操作要点.pdf
!m 大小：212KB　分享于：3 天前　过期时间：永久有效
!a 下载　|　转存　|　举报
{BODY}
!a 预览到此为止，下载后查看完整PDF
!d 方舟云盘仅提供存储服务，文件内容由分享者负责。
""",
        pages=dict(fmt="☓第{n}页☓", every=90, start=2),
        body="""
一、适用范围
本要点适用于观赏鱼批发市场、水族店检疫区使用的鱼缸网（捞网）的消毒。
二、消毒要求
（一）检疫区捞网专网专用，用红色网柄标识，不得带出检疫区。
（二）每次捞鱼后，捞网先用清水冲去黏液和杂物，再放入浓度为20毫克每升的高锰酸钾溶液中浸泡30分钟。
（三）浸泡后用清水冲洗干净，挂在通风处晾干，晾干前不得再次使用。
（四）发现病鱼的，所用捞网应当单独浸泡消毒，并延长浸泡时间至1小时。
三、更换要求
捞网网布破损、发硬或颜色明显变深的，应当及时更换。更换下来的旧网剪碎后按其他垃圾处理。
""",
    ),
    dict(
        slug="snapshot-xunji-vet-station-notice-toothbrush-html",
        site="寻迹搜索快照 of 蒇阳县畜牧兽医站 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://cache.xunji-so.com/c?u=http%3A%2F%2Fxmsy.chanyang.gov.cn%2Ftzgg%2F2025%2F0319.html",
        title="关于开展“爱牙护齿”宠物口腔健康义诊活动的通知",
        record_title="关于开展“爱牙护齿”宠物口腔健康义诊活动的通知 - 蒇阳县畜牧兽医站 ‹快照›",
        date="2025-03-18",
        date_also=["2025-03-19"],
        notes="search-cache frame: capture banner with highlighted search terms and capture time (no date); the cached "
        "page's 发布日期 differs from the 成文日期; the station's nav and footer inside the frame",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于开展“爱牙护齿”宠物口腔健康义诊活动的通知 - 蒇阳县畜牧兽医站 ‹快照›</title>
<style>.hl{background:#ff0}</style></head>
<body>
<div class="xj-banner">⟦d 这是寻迹搜索保存的网页副本，抓取于 2025-04-06 03:12，原网页可能已经更改。⟧<br>
⟦m 已为您标亮这些搜索词：<b class="hl">宠物</b> <b class="hl">义诊</b> <b class="hl">牙刷</b>⟧<br>⟦a 打开原网页⟧　⟦a 只看文字⟧</div>
<hr>
<div class="orig">
<div class="head">⟦m 蒇阳县畜牧兽医站⟧</div>
<div class="nav">⟦m 首页　站内动态　通知公告　动物防疫　办事服务⟧</div>
<h3>{T}</h3>
<div class="sub">⟦m 发布日期：2025-03-19　来源：本站⟧</div>
<div class="content">
{BODY}
</div>
<div class="foot">⟦m 蒇阳县畜牧兽医站　电话：0597-5322080⟧</div>
</div>
</body></html>
""",
        body="""
各乡镇畜牧兽医站，各宠物诊疗机构：
为普及宠物口腔保健知识，引导养宠市民科学护理，县畜牧兽医站定于3月23日在县城人民广场开展“爱牙护齿”宠物口腔健康义诊活动。现将有关事项通知如下：
一、活动内容：免费为犬猫检查口腔，现场演示狗牙刷、指套牙刷的使用方法，发放口腔护理宣传手册。
二、参加单位：城区6家宠物诊疗机构各派1至2名执业兽医参加。
三、有关要求：各单位请于3月21日前将参加人员名单报县畜牧兽医站，并自备口腔检查器械。
蒇阳县畜牧兽医站
2025年3月18日
""",
    ),
    dict(
        slug="snapshot-laode-text-shelter-minutes-boards",
        site="捞得 text-only cache of 茚川县流浪动物救助站 (invented)",
        style="搜索快照",
        genre="会议纪要",
        kind="other",
        form="text",
        source="http://kuaizhao.laode-so.cn/text?id=88f21a03",
        title="流浪猫救助站志愿者例会纪要",
        record_title="流浪猫救助站志愿者例会纪要 — 捞得快照·纯文字版",
        date="2025-04-12",
        notes="text-only cache: capture banner and original-link line; minutes with 时间/地点/主持/参会/记录 lines; "
        "the date is the 时间 line's; the capture time is no date",
        page="""
!d 【捞得快照·纯文字版】本页是捞得于 2025-05-02 抓取的文字副本，内容以原网页为准。
!m 原网页：http://www.yc-jiuzhu.org/news/2025/0414.html
!m 茚川县流浪动物救助站 > 站务公开
{T}
!m 发布者：站务组　浏览：156
{BODY}
!l 上一条：4月领养日活动预告　下一条：救助站接收捐赠物资清单（4月）
!m 茚川县流浪动物救助站　志愿者报名：每周三、周六站内登记
""",
        body="""
时间：2025年4月12日上午10:00
地点：茚川县流浪动物救助站办公室
主持：站长 宁素秋
参会：志愿者代表9人
记录：陶语
会议讨论了猫舍猫抓板更换问题。目前救助站在养猫92只，猫抓板平均20天就被抓坏，每月消耗约60块，采购费用偏高。
会议商定：一、联系竑园社区，把社区亲子活动制作的猫抓板统一收集到站；二、志愿者每周六下午集中制作猫抓板，纸箱由附近超市捐赠；三、抓坏的猫抓板拆下剑麻绳继续利用，纸板送去回收。
下次例会定于5月10日召开。
""",
    ),
    dict(
        slug="print-fire-bulletin-pumps-window-print-html",
        site="勖州市消防救援支队 print view (invented)",
        style="打印页",
        genre="通报",
        kind="notice",
        form="html",
        source="http://xf.xuzhou-gov.cn/tzgg/202512/t20251208_3307.html?print=1",
        title="关于花鸟市场水族商户增氧泵用电隐患排查情况的通报",
        record_title="［打印本页］关于花鸟市场水族商户增氧泵用电隐患排查情况的通报 - 勖州市消防救援支队",
        date="2025-12-05",
        notes="print view calling window.print(): print/close buttons, a print-time stamp (no date), the page URL, and "
        "a print footer '☡ 第1页／共1页 ☡'; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>［打印本页］关于花鸟市场水族商户增氧泵用电隐患排查情况的通报 - 勖州市消防救援支队</title>
<style>@media print{.noprint{display:none}}</style>
<script>window.onload=function(){window.print();}</script></head>
<body>
<div class="noprint">⟦a 〖开始打印〗⟧ ⟦a 〖关闭窗口〗⟧</div>
<div class="print-head">⟦m 勖州市消防救援支队　·　通知公告⟧</div>
<h2 align="center">{T}</h2>
<div class="print-body">
{BODY}
</div>
<div class="print-foot">⟦m 打印时间：2025-12-09 15:22⟧<br>⟦m 页面地址：http://xf.xuzhou-gov.cn/tzgg/202512/t20251208_3307.html⟧<br>⟦p ☡ 第1页／共1页 ☡⟧</div>
</body></html>
""",
        body="""
各县（市、区）消防救援大队：
11月中旬，支队组织对全市5个花鸟市场的水族商户开展了用电安全专项排查，共检查商户143家，发现隐患217处，当场整改189处。
排查发现，主要问题有：一是增氧泵、温控棒插头直接插在地面接线板上，接线板被水浸泡；二是多台增氧泵共用一个插座，超负荷运行；三是部分商户夜间离店不断电，无人看管。
其中，颍湄区花鸟市场问题较为突出，共发现隐患64处，请颍湄区大队督促市场主办方限期整改。
各大队要将水族商户纳入冬春火灾防控重点，每月至少开展一次检查。
勖州市消防救援支队
2025年12月5日
""",
    ),
    dict(
        slug="print-wenxi-letter-net-spotcheck-footer",
        site="阌溪县市场监督管理局 print view (invented)",
        style="打印页",
        genre="函",
        kind="notice",
        form="text",
        source="http://scjg.wenxi.gov.cn/xxgk/2025/0528/661.html?view=print",
        title="关于商请协助开展观赏鱼捞网质量抽检的函",
        record_title="打印稿 ▪ 关于商请协助开展观赏鱼捞网质量抽检的函 [简洁打印版]",
        date="2025-05-27",
        notes="print view as text: print prefix and a bracketed aside in the record title; a numbered list of requests, "
        "the letter's own 联系人/电话 and 抄送 line in the body; a print footer '⏫ 1 / 1 ⏫'; 成文日期 under the signature",
        page="""
!a [打印此函]　[关闭]
!m 阌溪县市场监督管理局 — 信息公开
{T}
!m 索引号：WX-SCJG-2025-0661　生成打印页：2025-06-04 09:40
{BODY}
!m 本页地址：http://scjg.wenxi.gov.cn/xxgk/2025/0528/661.html
!p ⏫ 1 / 1 ⏫
""",
        body="""
阌溪县花鸟市场管理服务中心：
近期，我局接到多起消费者投诉，反映部分摊位销售的鱼缸网网布易破、网框掉漆。为维护消费者合法权益，我局拟于6月上旬对市场内销售的鱼缸网开展质量抽检，抽检样品约30批次。
为顺利开展抽检工作，特商请贵中心给予以下协助：
1.提供市场内销售水族用品摊位的名单及联系方式；
2.抽检当日安排一名工作人员陪同；
3.督促经营户配合抽样，如实提供进货票据。
联系人：洪晓岚，电话：0597-5530218
阌溪县市场监督管理局
2025年5月27日
抄送：县消费者协会
""",
    ),
    dict(
        slug="mail-youyi-webmail-finger-brush-letter-html",
        site="邮驿企业邮 webmail (invented)",
        style="邮件转发",
        genre="函",
        kind="other",
        form="html",
        source="https://mail.youyi-qiye.com/js6/read.jsp?mid=1751%3A1tbiAQ0&fid=1",
        title="关于确认宠物指套牙刷样品的函",
        record_title="转发：答复：关于确认宠物指套牙刷样品的函（请于本周内反馈）",
        date="2025-06-10",
        date_also=["2025-06-11"],
        notes="webmail reading view: forwarded header (发件人/收件人/抄送/时间), an attachment bar beside the letter's own "
        "附件 list and 抄送 line, the letter's contact and mailbox; the mail's send date differs from the 成文日期",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>邮驿企业邮 - 读信</title>
<script src="/js6/mailread.js"></script></head>
<body>
<div class="mail-top">⟦m 邮驿企业邮⟧ ⟦m caigou@zhuazhua-pet.com⟧ ⟦a 写信　收信　通讯录⟧</div>
<div class="mail-tool">⟦a 回复　回复全部　转发　删除　标记为未读⟧</div>
<div class="mail-head">
<h2>⟦t 转发：答复：关于确认宠物指套牙刷样品的函（请于本周内反馈）⟧</h2>
<p>⟦m 发件人：邱采薇 &lt;qiucaiwei@zhuazhua-pet.com&gt;⟧</p>
<p>⟦m 收件人：采购部全体⟧</p>
<p>⟦m 抄　送：质量部 &lt;zhiliang@zhuazhua-pet.com&gt;⟧</p>
<p>⟦m 时　间：2025年6月11日（星期三）上午10:26⟧</p></div>
<div class="mail-body">
<p>⟦m -------- 转发的邮件 --------⟧</p>
{BODY}
</div>
<div class="attach-bar">⟦a 附件（2 个）：样品改进说明.pdf　样品检测报告.pdf　全部下载　在线预览⟧</div>
<div class="mail-foot">⟦m 邮驿企业邮 · 安全 · 稳定 · 专业⟧</div>
</body></html>
""",
        body="""
勖州爪爪宠物连锁有限公司：
贵公司5月28日来函收悉。根据贵公司提出的要求，我公司已完成硅胶指套牙刷样品的改进：一是将刷毛高度由3毫米调整为4毫米；二是指套内侧增加防滑纹；三是外包装增加“一宠一刷”使用提示。
现将改进后样品3套寄送贵公司，请于6月20日前确认样品并回函。确认后，我公司将在25个工作日内完成首批2万支的生产。
联系人：钟雨，邮箱：zhongyu@hszs-pet.cn
附件：1.样品改进说明
2.样品检测报告
竑山宠友日用品有限公司
2025年6月10日
抄送：竑山宠友日用品有限公司质量部
""",
    ),
    dict(
        slug="mail-forward-association-noise-test-docx-text",
        site="forwarded mail as text (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="eml://inbox/2025-10-21/fw-noise-test",
        title="关于组织会员企业参加增氧泵噪声比对试验的通知",
        record_title="Fw：关于组织会员企业参加增氧泵噪声比对试验的通知.docx",
        date="2025-10-20",
        date_also=["2025-10-21"],
        notes="a forwarded mail saved as text: Fw header lines, a forwarding note and a mail-client signature as chrome; "
        "the association's e-mail and contact stay in the body; the record title is the forwarded attachment name; "
        "the mail date differs from the 成文日期",
        page="""
!m 发件人: 澜泡电器 市场部 <market@lanpao-dq.com>
!m 发送时间: 2025年10月21日 星期二 8:47
!m 收件人: 技术部; 生产部
!t 主题: Fw：关于组织会员企业参加增氧泵噪声比对试验的通知.docx
!m 各位，协会通知转给大家，技术部牵头报名，周五前定型号。——市场部 喻青
!m ---------- Forwarded message ----------
!m From: 勖州市水族器材行业协会秘书处 <mishu@xzszqx.org.cn>
{BODY}
!m 发自我的邮驿移动版
""",
        body="""
各会员单位：
为摸清我市增氧泵产品噪声水平，推动行业提质升级，协会定于11月中旬联合勖州市产品质量检验所开展增氧泵噪声比对试验。现将有关事项通知如下：
一、参加范围：自愿报名的会员单位，每家可送样2个型号，每个型号3台。
二、送样时间：11月3日至7日，送至勖州市产品质量检验所收样室。
三、试验方法：在半消声室内测量距泵体1米处的A计权声压级，结果仅向送样单位反馈，协会汇总后发布行业平均水平。
四、报名方式：请于10月31日前将报名表发送至协会邮箱mishu@xzszqx.org.cn。
联系人：秘书处 季晓，电话：0597-8807734
勖州市水族器材行业协会
2025年10月20日
""",
    ),
]

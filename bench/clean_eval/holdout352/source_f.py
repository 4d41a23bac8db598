"""holdout352, part F: exam forums, encyclopaedias, cloud drives, search caches, print views, forwarded mail. Invented text."""

CASES = [
    dict(
        slug="gkforum-shangan-interview-door-organisers-jammer",
        site="上岸驿站论坛 (invented civil-service-exam forum)",
        style="公考论坛",
        genre="面试题",
        kind="other",
        form="html",
        source="https://bbs.shanganyizhan.com/thread-1209934-1-1.html",
        title="学校统一收走宿舍门后挂袋引发学生不满，你作为宿管负责人怎么处理？",
        record_title="〔面试题卡·突发应对〕学校统一收走宿舍门后挂袋引发学生不满，你作为宿管负责人怎么处理？（附我的答题思路） - 面试交流 - 上岸驿站论坛",
        date=None,
        notes="exam forum: jammer fonts inside the post, reply-to-see prompt, rating row, a QQ-group ad; relative post "
        "time; no date",
        page="""
<html><head><meta charset="utf-8"><title>〔面试题卡·突发应对〕学校统一收走宿舍门后挂袋引发学生不满，你作为宿管负责人怎么处理？（附我的答题思路） - 面试交流 - 上岸驿站论坛</title>
<style>font.jammer{color:transparent;font-size:1px}</style></head><body>
<div class="hd">⟦m 上岸驿站论坛 — 同路人，一起上岸⟧ <a>⟦a 登录⟧</a> <a>⟦a 立即注册⟧</a></div>
<div class="pt">⟦m 上岸驿站 › 面试交流 › 结构化题目⟧</div>
<h1>⟦t 〔面试题卡·突发应对〕学校统一收走宿舍门后挂袋引发学生不满，你作为宿管负责人怎么处理？（附我的答题思路）⟧</h1>
<div class="post">
<div class="pls">⟦m 岸边等风来⟧ ⟦m 帖子 316 · 上岸币 1420⟧</div>
<div class="pi">⟦m 发表于 3 天前 · 楼主⟧</div>
<div class="t_f">
<p>题目：{T}</p>
{BODY}
</div>
<div class="locked">⟦a 本帖隐藏的参考答案需回复后才能查看⟧</div>
<div class="rate">⟦l 评分 5 人　上岸币 +15　思路清楚，赞⟧</div>
</div>
<div class="ad">⟦w 面试模拟互助，入群先看群公告：QQ群 712 880 436⟧</div>
<div class="reply">⟦l 考上为止：开头先表态这个好，学到了⟧</div>
<div class="ft">⟦m 上岸驿站论坛　Powered by Discuz! X3.4　湘ICP备20019305号⟧</div>
</body></html>
""",
        junk=dict(lines=1, glued=2),
        body="""
我的思路如下，请大家指正。
首先，稳定情绪、表明态度。我会第一时间到学生中去，告诉大家学校收走挂袋不是针对个人，而是出于安全考虑，同时也承认事先沟通不够，让大家感到突然，向同学们诚恳道歉。
其次，说明原因、听取意见。我会把前段时间检查中发现的挂钩脱落、挂袋里藏充电宝等隐患讲清楚，再请每个楼层推选两名学生代表座谈，听听大家对宿舍收纳的实际需求。
再次，拿出替代方案。对符合安全要求的挂袋，登记后发还学生；同时向学校建议统一采购带软垫挂钩、阻燃面料的挂袋，明确只能存放轻软物品。
最后，总结反思。今后出台涉及学生切身利益的管理措施时，要先调研、再公示、后执行，把工作做在前面。
""",
    ),
    dict(
        slug="gkforum-lijian-shenlun-watchbox-craft-junk",
        site="公考砺剑论坛 (invented), text view",
        style="公考论坛",
        genre="申论文章",
        kind="other",
        form="text",
        source="http://www.gklijian.com/forum/shenlun/t-55281.html",
        title="一只手表盒里的匠心",
        record_title="〔申论随手练之十二〕一只手表盒里的匠心（求各位指点一二） - 大作文练兵场 - 公考砺剑论坛",
        date=None,
        notes="exam forum saved as text: junk lines and junk glued after 。; a teacher's comment and relative times; no date",
        page="""
!m 公考砺剑论坛　|　磨一剑，上一岸
!m 首页 > 大作文练兵场 > 主题
!t 〔申论随手练之十二〕一只手表盒里的匠心（求各位指点一二）
!m 作者：晨读的阿禾　|　4 天前　|　浏览 906　|　回复 14
{BODY}
!l 1# 申论老周：立意不错，第三段论证可以再加一个正面案例。
!l 2# 一战成硕：文采好好，收藏了
!a 回复本帖需先绑定手机号
!m 公考砺剑论坛 gklijian.com
""",
        junk=dict(lines=2, glued=2),
        indent="\u3000\u3000",
        body="""
在沈桥镇的一间小作坊里，匠人为一只手表盒反复打磨榫口，直到盒盖合上时严丝合缝。小小的手表盒，盛放的不只是手表，更是一份对品质的执着。
匠心在于专注。一只好的手表盒，从选料、开料到打磨、上漆，要经过二十多道工序。正是这种心无旁骛的专注，让小作坊的产品走出了县城，走向了海外。
匠心在于创新。面对消费者越来越高的要求，匠人们没有固守老手艺，而是改进工艺、调整设计，让表枕能按表径调节松紧。守正而不守旧，传统手艺才能焕发新的生机。
匠心更需要环境的滋养。地方政府搭建电商平台、对接职业院校，为小作坊提供技术和市场支持，才让一门小手艺成长为富民的产业。
于细微处见精神。把一件小事做到极致，本身就是一种了不起的力量。
""",
    ),
    dict(
        slug="wiki-wanwu-entry-drawer-divider",
        site="万物百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://www.wanwubaike.com/item/抽屉分隔板/88710",
        title="抽屉分隔板",
        record_title="抽屉分隔板_收纳器具词条_万物百科",
        date=None,
        notes="encyclopaedia: 阅读/编辑/讨论/历史 tabs, infobox, contents box, reference markers glued after sentences, an "
        "edit-section link; the entry's name opens the body (head match); no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>抽屉分隔板_收纳器具词条_万物百科</title>
<script src="/static/wiki.min.js"></script></head><body>
<div class="wk-top">⟦m 万物百科 · 人人可编的知识库⟧ <a>⟦a 创建词条⟧</a> <a>⟦a 个人中心⟧</a></div>
<div class="tabs">⟦a 阅读⟧ ⟦a 编辑⟧ ⟦a 讨论⟧ ⟦a 历史版本⟧</div>
<h1>{T}</h1>
<div class="lemma-sub">⟦m 家居收纳器具⟧</div>
<table class="infobox"><tr><td>⟦m 中文名：抽屉分隔板⟧</td></tr><tr><td>⟦m 外文名：drawer divider⟧</td></tr>
<tr><td>⟦m 常见材质：聚丙烯、竹、实木、亚克力⟧</td></tr><tr><td>⟦m 所属类别：家居收纳⟧</td></tr></table>
<div class="toc">⟦l 目录　1 概述　2 类型　3 选购与使用⟧</div>
<div class="lemma">
{BODY}
</div>
<div class="refs">⟦l 参考资料：[1] 钦阳市家居收纳用品协会．家居收纳器具分类指南．2023⟧</div>
<div class="stat">⟦m 本词条浏览 12408 次，最近编辑于 9 天前⟧</div>
<div class="foot">⟦d 万物百科内容由网友共同编辑，如涉及专业问题请咨询相关人士。⟧ ⟦m 万物百科 wanwubaike.com 京ICP备23011902号⟧</div>
</body></html>
""",
        body="""
抽屉分隔板是放置在抽屉内部、把抽屉空间分成若干格的收纳器具，用于分类存放餐具、文具、衣物和杂物，使物品取放方便、不易混杂。⟦l [1]⟧
类型⟦a [编辑本段]⟧
按结构可分为固定式、插槽式和伸缩式三类。固定式分隔板尺寸不可调，通常与抽屉一同定制；插槽式由若干长短板互相插接，可按需组合；伸缩式依靠套管或弹簧调节长度，两端顶住抽屉侧壁固定，适用面较广。
选购与使用
选购时应先测量抽屉的内径长、宽和深度，分隔板高度一般比抽屉深度低1至2厘米，以免推拉时卡住。存放餐具的分隔板宜选用食品级材料。⟦l [2]⟧使用中应定期取出清洗，竹木分隔板清洗后要晾干，防止发霉。
""",
    ),
    dict(
        slug="wiki-jujia-entry-door-organiser-text",
        site="居家百科 (invented), text view",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="http://www.jujiabaike.cn/wiki/menhouguadai.html",
        title="门后挂袋",
        record_title="门后挂袋 · 居家百科 · 生活用品分类",
        date=None,
        notes="encyclopaedia as text: the entry's name opens the body (head match), infobox lines, reference markers and "
        "an edit count; no date",
        page="""
!m 居家百科　过日子的知识都在这
!a 编辑　讨论　收藏本词条
!t 门后挂袋 · 居家百科 · 生活用品分类
{T}
!m 中文名：门后挂袋　别称：门背挂袋、挂门收纳袋　用途：收纳小件物品
{BODY}
!l 词条标签：收纳用品　布艺　家居
!m 本词条由 37 位编者共同完善，最后一次修订在 1 个月前
!d 居家百科词条内容仅供参考。
""",
        body="""
门后挂袋是一种挂在门板背面使用的布艺或塑料收纳袋，袋面上缝有多个口袋，通过挂钩挂在门的上沿，不占用地面和墙面空间。⟦l [1]⟧
门后挂袋常见的有六格、八格、十二格等规格，多用帆布、牛津布或透明PVC制作。透明款便于看清袋内物品，帆布款则更耐用、可以水洗。
门后挂袋适合存放毛巾、袜子、手套、清洁布等轻软物品，多见于卧室、卫生间和小户型出租屋。使用时应注意控制重量，挂钩最好带有软垫，以免磨损门框；挂在入户门后的，不宜过厚，以免门关不严。⟦l [2]⟧
""",
    ),
    dict(
        slug="netdisk-chengzi-liner-points-docx-markers",
        site="橙子网盘 (invented cloud drive preview)",
        style="网盘分享",
        genre="工作要点",
        kind="other",
        form="html",
        source="https://pan.chengzi.cn/s/1Tq7RkLw9v",
        title="抽屉垫铺设与清洁要点",
        record_title="抽屉垫铺设与清洁要点.docx",
        date=None,
        notes="cloud-drive preview: save/download buttons, VIP speed prompts, a share expiry line (no date), page-marker "
        "paragraphs cutting sentences; numbered list; no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>抽屉垫铺设与清洁要点.docx_免费高速下载|橙子网盘</title>
<script src="//pan.chengzi.cn/static/preview.js"></script></head><body>
<div class="top">⟦m 橙子网盘⟧ ⟦a 登录后可保存到我的网盘⟧</div>
<div class="share-info">⟦t 抽屉垫铺设与清洁要点.docx⟧<br>⟦m 分享者：家政部小林　文件大小：22.4KB⟧<br>⟦m 本链接 7 天后失效⟧</div>
<div class="btns">⟦a 保存到网盘⟧ ⟦a 普通下载⟧ ⟦a 超级会员极速下载⟧</div>
<div class="preview">
{BODY}
</div>
<div class="vip">⟦a 预览仅展示部分内容，开通会员可在线查看全部页面⟧</div>
<div class="foot">⟦d 请勿分享违法违规内容，发现请举报⟧ ⟦m 橙子网盘 © 2025 苏ICP备21009966号⟧</div>
</body></html>
""",
        p_html='<p class="pv">{}</p>',
        pages=dict(fmt="≬ {n} ≬", every=90, start=2),
        body="""
为统一家政服务人员上门铺设、清洁抽屉垫的操作，现将有关要点整理如下。
1. 测量。铺设前清空抽屉，用卷尺量出抽屉内径的长和宽，每边各减去2毫米作为裁剪尺寸，避免垫子起拱。
2. 清洁底板。用半干的抹布擦净抽屉底板，木质抽屉不要用湿布反复擦拭，待完全干燥后再铺垫。
3. 裁剪铺设。把垫子光面朝上、防滑面朝下，用直尺和美工刀沿画线裁切，铺入后从中间向四周抚平。
4. 日常清洁。每两周取出擦拭一次，油污处可用稀释的洗洁精擦洗，清水过净后晾干，不要放在阳光下暴晒。
5. 更换。垫子出现发硬、开裂或明显异味时应及时更换，厨房抽屉的垫子一般一年左右更换一次。
""",
    ),
    dict(
        slug="netdisk-yunchu-watchbox-inspection-standard-pdf",
        site="云橱网盘 (invented), text view",
        style="网盘分享",
        genre="标准",
        kind="other",
        form="text",
        source="https://www.yunchupan.com/share/p8JxQ2",
        title="手表盒成品出厂检验标准",
        record_title="手表盒成品出厂检验标准.pdf",
        date="2025-06-03",
        notes="cloud drive preview as text: page markers on lines of their own cutting sentences; decimal headings; the "
        "issuing line with its date at the end; a save-to-drive and a speed-up prompt",
        page="""
!m 云橱网盘 · 分享预览
!t 手表盒成品出厂检验标准.pdf
!m 来自 sx_qc 的分享　｜　3.1MB　｜　已被保存 41 次
!a 保存到我的云橱　　下载（非会员限速）
{BODY}
!a 开通云橱会员，下载提速10倍
!d 云橱网盘仅提供存储服务，分享内容由用户自行负责。
""",
        pages=dict(fmt="〻{n}〻", every=100, start=2),
        body="""
1 适用范围
本标准适用于本公司生产的木质、皮质手表盒成品的出厂检验。
2 抽样
2.1 每批按交货数量的2%随机抽样，最少不低于20只。
2.2 出口订单按客户要求的抽样方案执行，客户无要求的按2.1执行。
3 检验项目
3.1 外观：盒面无划伤、无鼓包、无开胶，五金件无锈迹，漆面平整无流挂。
3.2 结构：盒盖开合顺畅，开合50次后铰链无松动；锁扣扣合可靠。
3.3 内衬：绒布平整无褶皱，表枕松紧适中，套入直径60毫米的模拟表环后不滑落。
3.4 气味：开盒后距盒口10厘米处嗅辨，应无明显刺激性气味。
4 判定
抽检样品中有1只结构不合格，或外观不合格超过3只的，整批判为不合格，退回车间返工后重新抽检。
沈桥时匣包装有限公司质量管理部
2025年6月3日发布
""",
    ),
    dict(
        slug="snapshot-suxi-consumer-tip-drawer-liners",
        site="搜悉快照 of 禄原县消费者协会 (invented)",
        style="搜索快照",
        genre="消费提示",
        kind="notice",
        form="html",
        source="http://cache.suxi.com/c?u=www.lyxxh.org.cn/xfts/2025/0315/126.html",
        title="关于选购和使用抽屉垫的消费提示",
        record_title="关于选购和使用抽屉垫的消费提示_禄原县消费者协会 - 搜悉快照",
        date="2025-03-14",
        date_also=["2025-03-15"],
        notes="search-cache frame: capture banner, highlighted search terms; the cached page's publish line differs from "
        "the 成文日期 under the signature; the capture time is no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于选购和使用抽屉垫的消费提示_禄原县消费者协会 - 搜悉快照</title>
<style>.hl{background:#ff0}</style></head><body>
<div class="cache-banner">⟦m 搜悉快照：这是网页在 2 天前被搜悉抓取时的样子，当前页面可能已有变化。⟧<br>⟦a 访问原网页⟧ ⟦a 只看文字⟧<br>⟦m 已为您标出以下搜索词：<span class="hl">抽屉垫</span> <span class="hl">消费提示</span>⟧</div>
<hr>
<div class="orig">
<div class="hd">⟦m 禄原县消费者协会⟧ ⟦m 首页 维权指南 消费提示 投诉公示 12315⟧</div>
<div class="crumb">⟦m 首页 >> 消费提示⟧</div>
<h2>{T}</h2>
<div class="meta">⟦m 发布日期：2025-03-15　点击：413⟧</div>
<div class="con">
{BODY}
</div>
<div class="foot">⟦m 禄原县消费者协会　投诉电话：12315　地址：禄原县城南大道9号⟧</div>
</div>
</body></html>
""",
        body="""
广大消费者：
春季是家庭大扫除和居家整理的高峰期，抽屉垫的销量明显上升。近期，县消协接到多起关于抽屉垫气味刺鼻、遇热变形的投诉。为此，县消协提醒消费者：
一、看标识。选购时查看产品是否标明材质、生产企业和执行标准，尽量选择有检测报告的产品，不买“三无”产品。
二、闻气味。拆开包装后如有刺鼻气味，且通风数日仍不消散，应停止使用，并保留购物凭证及时维权。
三、分场合使用。存放餐具、食物的抽屉，应选用标明可接触食品的抽屉垫；靠近灶台、烤箱的抽屉，不宜使用不耐热的发泡垫。
四、勤清洁。抽屉垫应定期擦洗、晾干，发现发霉、开裂及时更换。
消费者如遇质量问题，可拨打12315或到县消协投诉。
禄原县消费者协会
2025年3月14日
""",
    ),
    dict(
        slug="snapshot-xunsou-letter-liner-testing-oneline",
        site="搜悉快照 of 滔坪镇敬老院 (invented), text-only cache",
        style="搜索快照",
        genre="函",
        kind="notice",
        form="text",
        source="http://cache.suxi.com/text?u=www.luyuan.gov.cn/tpz/xxgk/202503/t20250318_3301.html",
        title="滔坪镇敬老院关于商请检测捐赠抽屉垫的函",
        record_date="2025-03-18",
        date="2025-03-18",
        notes="text-only cache: the record gives title and date; the whole body on one line (paragraphs separated only by "
        "their indent); the letter's own contact line; capture banner",
        page="""
!m 搜悉快照（纯文字版）：本页于 5 天前抓取，仅保留文字，原网页可能已更新或删除
!a 查看带图版本
!m 原网址：www.luyuan.gov.cn/tpz/xxgk/202503/t20250318_3301.html
{T}
{BODY}
!m 禄原县滔坪镇人民政府主办
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
禄原县产品质量检验所：
3月10日，禄原县家居收纳用品商会向我院捐赠了抽屉垫2000片。为确保老人使用安全，特商请贵所对这批抽屉垫进行检测，主要检测甲酰胺、邻苯二甲酸酯类增塑剂等有害物质含量。
我院将于3月21日前送样，样品数量按贵所要求准备。检测费用由商会承担，检测报告请一式两份，分送我院和商会。
联系人：梁宏　电话：0558-5586 720
特此函达，盼予支持。
滔坪镇敬老院
2025年3月18日
""",
    ),
    dict(
        slug="print-zhaochuan-school-bulletin-dividers",
        site="诏川县第二中学 (invented), print view",
        style="打印页",
        genre="通报",
        kind="notice",
        form="html",
        source="http://www.zcez.net/print.aspx?id=2741",
        title="关于学生宿舍抽屉分隔板损坏情况的通报",
        record_title="〔打印排版视图〕关于学生宿舍抽屉分隔板损坏情况的通报 ∣ 诏川二中",
        date="2025-11-20",
        notes="print view calling window.print(): print header lines, a print footer closing the page; 成文日期 under the "
        "signature in Chinese numerals; data table one row a paragraph",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〔打印排版视图〕关于学生宿舍抽屉分隔板损坏情况的通报 ∣ 诏川二中</title>
<style>@media print{.noprint{display:none}}</style>
<script>window.onload=function(){window.print();};</script></head><body>
<div class="noprint">⟦a 🖨 立即打印⟧　⟦a 关闭预览⟧</div>
<div class="ph">⟦m 诏川县第二中学 · 校务公开⟧</div>
<h3>{T}</h3>
<div class="pm">⟦m 打印时间：刚刚　页面地址：www.zcez.net/show.aspx?id=2741⟧</div>
<div class="pc">
{BODY}
</div>
<div class="pf">⟦p ∵ 第1页（共1页）∵⟧</div>
</body></html>
""",
        body="""
各年级、各班级：
开学初，学校为每间学生宿舍配备了抽屉分隔板。11月中旬，政教处和后勤处对全校96间宿舍进行了检查，发现部分宿舍分隔板损坏、丢失较多。现将情况通报如下：
年级　检查宿舍数　分隔板完好率
七年级　34　96.2%
八年级　32　88.5%
九年级　30　79.3%
其中，九年级有4间宿舍分隔板被拆下当作尺子、垫板使用，损坏率超过三成。
希望各班主任加强教育，引导学生爱护公物。对故意损坏的，按学校公物管理规定照价赔偿。
诏川县第二中学政教处
二〇二五年十一月二十日
""",
    ),
    dict(
        slug="print-jiqing-mall-plan-mirror-rectification",
        site="吉庆商厦 (invented), print view as text",
        style="打印页",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.jiqingshangsha.com/notice/print/118.html",
        title="吉庆商厦试衣区落地镜安全整改工作方案",
        record_title="纸上版丨吉庆商厦试衣区落地镜安全整改工作方案（物业部印）",
        date="2025-06-20",
        notes="print view as text: print header and a print footer closing the page; 成文日期 under the signature; "
        "numbered steps",
        page="""
!m 吉庆商厦　物业管理部
!a 本页为打印格式，按 Ctrl+P 打印
{T}
!m 页面生成：1 小时前　文档编号：WY-2025-118
{BODY}
!p ⍴ 1 / 1 ⍴
""",
        body="""
为落实区市场监管局关于落地试衣镜安全隐患排查的要求，消除商厦试衣区落地镜倾倒伤人隐患，特制定本方案。
一、整改范围：商厦二至五层服装区92户商户设置的全部落地试衣镜。
二、整改标准：落地镜须加装防倾倒连接件与墙体或柜体固定；镜片背面贴防爆膜；镜框破损的一律更换。
三、时间安排
（一）6月23日至30日，各商户自查，填写《试衣镜安全自查表》交物业部。
（二）7月1日至15日，商户按标准完成整改，物业部提供连接件和安装服务。
（三）7月16日至20日，物业部逐户验收，对未整改的商户暂停试衣区使用。
四、工作要求：各楼层主管要逐户督促，整改情况每周报物业部汇总。
吉庆商厦物业管理部
2025年6月20日
""",
    ),
    dict(
        slug="mail-youyi-quote-letter-retirement-watchboxes",
        site="邮驿企业邮箱 (invented webmail)",
        style="邮件转发",
        genre="函",
        kind="notice",
        form="html",
        source="https://mail.youyi-qiye.com/read?mid=ZC250912A0037&folder=inbox",
        title="关于定制退休纪念手表盒的报价函",
        record_title="转给你看：回复：关于定制退休纪念手表盒的报价函",
        date="2025-09-10",
        date_also=["2025-09-12"],
        notes="webmail reading view: forwarded header, attachment bar beside the letter's own 附件 list and contact; the mail "
        "send date differs from the 成文日期",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>邮驿企业邮箱 - 读信</title>
<script src="/webmail/js/read.js"></script></head><body>
<div class="mailbar">⟦m 邮驿企业邮箱⟧ ⟦m 收件箱(23)　草稿箱　已发送　通讯录⟧ <a>⟦a 退出⟧</a></div>
<div class="readtools">⟦a 回复　回复全部　转发　删除　标记为未读⟧</div>
<div class="readhead">
<div class="subject">⟦t 转给你看：回复：关于定制退休纪念手表盒的报价函⟧</div>
<div>⟦m 发件人：工会办公室 罗敏 &lt;luomin@zcjt-gh.cn&gt;⟧</div>
<div>⟦m 收件人：办公室 章蕾⟧</div>
<div>⟦m 时　间：2025年9月12日（星期五）上午10:16⟧</div>
</div>
<div class="fwd">⟦m ------------------ 转发的邮件 ------------------⟧<br>⟦m 发件人：沈桥时匣包装有限公司 业务部⟧<br>⟦m 主　题：回复：关于定制退休纪念手表盒的询价⟧</div>
<div class="mailbody">
<p>{T}</p>
{BODY}
</div>
<div class="attbar">⟦a 附件 2 个（共 1.8M）　全部下载　在线预览⟧</div>
<div class="att">⟦a 退休纪念手表盒报价单.xlsx　预览　下载⟧</div>
<div class="att">⟦a 样品效果图.jpg　预览　下载⟧</div>
<div class="foot">⟦d 此邮件来自外部发件人，请谨慎点击其中的链接与附件。⟧</div>
</body></html>
""",
        body="""
诏川县交通建设集团工会：
贵会《关于定制退休纪念手表盒的询价函》收悉，感谢对我公司的信任。根据贵会提出的要求，现就有关事项报价如下：
一、产品：单位胡桃木双位手表盒，盒盖激光雕刻集团标志和“光荣退休”字样，内衬为深蓝色绒布，附烫金纪念卡一张。
二、数量及价格：120只，单价168元（含税），合计20160元。
三、交货期：确认样品后25个工作日内交货，送货至贵会指定地点。
四、付款方式：合同签订后预付30%，验收合格后付清余款。
本报价有效期为30日。
附件：1.退休纪念手表盒报价单
2.样品效果图
联系人：钱晓雯　电话：0556-7723 906　邮箱：qianxw@shixiabz.com
沈桥时匣包装有限公司
2025年9月10日
""",
    ),
    dict(
        slug="mail-forward-mirror-trial-feedback-docx",
        site="forwarded mail saved as text (invented)",
        style="邮件转发",
        genre="函",
        kind="notice",
        form="text",
        source="mailto:caigou@jiqingshangsha.com?mid=20250716-2217",
        title="吉庆商厦关于嵌墙式试衣镜试用情况的反馈函",
        record_title="代转：吉庆商厦关于嵌墙式试衣镜试用情况的反馈函.docx",
        date="2025-07-14",
        date_also=["2025-07-16"],
        notes="forwarded mail as text: mail headers, a forwarding note and an attachment line; the letter's own 抄送 line and "
        "contact; the mail send date differs from the 成文日期",
        page="""
!m 发件人：吉庆商厦采购部 <caigou@jiqingshangsha.com>
!m 收件人：明澈镜业销售部 张舒
!m 抄送：吉庆商厦物业管理部
!m 发送时间：2025年7月16日 星期三 15:42
!t 主题：代转：吉庆商厦关于嵌墙式试衣镜试用情况的反馈函.docx
!m 张经理好，反馈函全文贴在下面，正式文件见附件，请查收。
!m ---------- 转发邮件内容 ----------
{T}
{BODY}
!a 📎 吉庆商厦关于嵌墙式试衣镜试用情况的反馈函.docx（36KB）
!m 此邮件由邮驿企业邮箱发送
""",
        body="""
钦阳明澈镜业有限公司：
贵公司6月提供的10面嵌墙式安全试衣镜，已在我商厦三层女装区试用一个月。现将试用情况反馈如下：
一、安装方面。嵌墙式设计不占通道，镜面与墙体齐平，商户和顾客普遍反映比原来的落地镜安全、整洁。但有2处墙体为轻质隔墙，安装时需加装背板，耗时较长。
二、使用方面。镜面成像清晰，无明显畸变；防爆膜贴合良好，试用期间未出现破损。部分商户希望镜框颜色能增加浅木色可选。
三、建议。请贵公司提供轻质隔墙的安装方案及报价，以便我商厦在下一阶段整改中统一采购。
联系人：采购部 邵倩　电话：0379-6271 5580
吉庆商厦
2025年7月14日
抄送：吉庆商厦物业管理部。
""",
    ),
]

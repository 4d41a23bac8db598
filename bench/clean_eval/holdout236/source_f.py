"""holdout236, part F: exam forums, encyclopaedias, cloud drives, search snapshots, print views and forwarded mail.

Everything invented; see ../README.md and ../build.py for the markup. Each case written by hand.
"""

CASES = [
    dict(
        slug="gkbbs-wending-essay-buscard-city-warmth",
        site="问鼎公考论坛 (invented exam forum)",
        style="公考论坛",
        genre="申论文章",
        kind="other",
        form="html",
        source="https://bbs.wendinggk.com/thread-71208-1-1.html",
        title="一张公交卡里的城市温度",
        record_title="[申论习作晒一晒] 一张公交卡里的城市温度（请大佬指点）- 申论专区 - 问鼎公考论坛",
        date=None,
        notes="exam forum: a reply-to-see prompt, a rating row, a QQ-group ad of its own between paragraphs, a moderator's aside glued after a sentence, a signature; no date",
        page="""
<html><head><meta charset="utf-8"><title>[申论习作晒一晒] 一张公交卡里的城市温度（请大佬指点）- 申论专区 - 问鼎公考论坛</title>
<script src="static/js/forum_viewthread.js"></script></head>
<body>
<div id="hd">⟦m 问鼎公考论坛⟧ <span>⟦m 一起上岸，不负韶华⟧</span> <a>⟦a 登录⟧</a> <a>⟦a 注册⟧</a></div>
<div id="pt">⟦m 问鼎公考 › 申论专区 › 范文交流⟧</div>
<div class="post">
<h1>⟦t [申论习作晒一晒] 一张公交卡里的城市温度（请大佬指点）⟧</h1>
<div class="authi">⟦m 楼主 备考的小鹿　|　4 天前　|　查看 3309⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="locked">⟦a 本帖附有批改意见，回复后方可查看⟧</div>
<div class="rate">⟦l 评分人数 12　问鼎币 +30⟧</div>
<div class="sign">⟦m 三战上岸，愿你也是⟧</div>
</div>
<div id="ft">⟦m 问鼎公考论坛 wendinggk.com　鄂ICP备20019947号⟧</div>
</body></html>
""",
        body="""
清晨六点半，一位白发老人刷了一下老年公交卡，读卡机“嘀”的一声，屏幕上跳出“免费乘车”四个字。这一声轻响，折射出一座城市的温度。
一张公交卡，承载的是公共服务的均等。从老年卡、学生卡到残疾人卡，不同的卡种对应着不同群体的出行需求，让每个人都能平等地享有城市发展的成果。
⟦w 申论一对一批改，进问鼎公考交流群：Q群 613305827⟧
一张公交卡，也考验着治理的精细。充值点撤并、年审要跑远路，看似小事，却可能成为老年人的出行“堵点”。线上充值、社区代办，正是把服务送到群众身边的有益探索。⟦m （版主注：此段论证可再展开）⟧
一张公交卡，更连着城市的未来。推动交通一卡通互联互通，让一张卡走遍全国，是便民之举，也是城市开放的姿态。
城市的温度，就藏在这一张张小小的公交卡里。
""",
    ),
    dict(
        slug="gkbbs-wending-interview-file-pocket-misfiled",
        site="问鼎公考论坛 (invented exam forum)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="text",
        source="https://bbs.wendinggk.com/thread-71544-1-1.html",
        title="单位档案袋错装引发群众投诉，你作为经办人怎么处理？",
        record_title="【面试题复盘】单位档案袋错装引发群众投诉，你作为经办人怎么处理？（附我的答题框架） - 面试交流 - 问鼎公考论坛",
        date=None,
        notes="exam forum text: a long decorated title; forum junk lines and glued; floors below; a reply-to-see line; no date",
        page="""
!m 问鼎公考论坛 › 面试交流 › 结构化真题
!t 【面试题复盘】单位档案袋错装引发群众投诉，你作为经办人怎么处理？（附我的答题框架）
!m 楼主：面霸老李　发表于 6 天前　|　查看 1877　|　回复 44
{BODY}
!a 回复可见完整评分标准
!l 2# 小白上岸记：思路很清晰，收藏了
!l 3# 雨后春笋：第三点加上建立复核机制会更好
!m 问鼎公考论坛 wendinggk.com
""",
        junk=dict(lines=1, glued=2),
        body="""
这道题考查的是应急应变和群众工作能力。我的作答如下，供大家参考。
首先，真诚致歉，稳定情绪。群众来投诉，说明错装给他带来了麻烦。我会第一时间向他道歉，请他坐下慢慢说，了解清楚是哪份材料错装进了哪个档案袋。
其次，立即核查，尽快纠正。我会在群众在场的情况下，按程序调出相关档案袋，逐页核对，把错装的材料取出，补装正确材料，重新封装后请他当场确认。同时联系另一位当事人，说明情况、一并纠正。
再次，查找原因，向领导汇报。错装往往是装袋时没有逐页核对造成的。我会把事情经过和处理结果如实向领导汇报，主动承担责任。
最后，举一反三，完善制度。建议单位建立档案袋装袋“双人复核”制度，避免类似问题再次发生。
""",
    ),
    dict(
        slug="wiki-wanxiang-entry-tripod-infobox",
        site="万象百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://www.wanxiangbk.com/item/三脚架/55102",
        title="三脚架",
        record_title=None,
        date=None,
        notes="encyclopaedia: no record title, the entry name in the <h1> that also opens the body (matched at the head); edit/discuss/history tabs, an infobox, a contents box, reference markers glued after sentences, an 'edit this section' link glued to a heading",
        page="""
<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8"><title>三脚架_万象百科</title>
<script src="https://s.wanxiangbk.com/lemma/lemma.js"></script></head>
<body>
<div class="top">⟦m 万象百科⟧ <span>⟦m 万物有条目⟧</span> <a>⟦a 创建词条⟧</a> <a>⟦a 登录⟧</a></div>
<div class="tabs">⟦a 编辑　讨论　历史版本⟧</div>
<div class="lemma">
<h1>{T}</h1>
<div class="poly">⟦m 摄影器材用语⟧</div>
<table class="infobox">
<tr><td>⟦m 中文名：三脚架⟧</td></tr><tr><td>⟦m 外文名：tripod⟧</td></tr><tr><td>⟦m 材　质：铝合金、碳纤维等⟧</td></tr><tr><td>⟦m 用　途：稳定相机和摄像机⟧</td></tr>
</table>
<div class="catalog">⟦l 目录　1 结构　2 分类　3 使用⟧</div>
<div class="para">
{BODY}
</div>
<div class="refs">⟦l 参考资料：[1] 《摄影器材手册》第3版　[2] 万象百科摄影分类⟧</div>
<div class="stat">⟦m 词条浏览 40,218 次　编辑 23 次　最近更新 5 天前⟧</div>
</div>
<div class="foot">⟦d 万象百科条目由网友协作编写，内容仅供参考⟧　⟦m 万象百科 wanxiangbk.com⟧</div>
</body></html>
""",
        body="""
三脚架是一种用来稳定照相机、摄像机等设备的支撑器材，由三条可伸缩的脚管、中轴和云台组成，因有三条腿而得名。⟦l [1]⟧
结构⟦a [编辑本段]⟧
三脚架的脚管一般分为三到五节，节与节之间用扳扣锁或旋钮锁固定。中轴可以升降，用来微调高度；云台安装在顶部，用于固定设备并调整拍摄角度。
分类
按材质可分为铝合金三脚架和碳纤维三脚架。铝合金三脚架价格较低、结实耐用；碳纤维三脚架重量轻、减震性好，但价格较高。⟦l [2]⟧按用途还可分为摄影三脚架、摄像三脚架和测量用三脚架等。
使用
使用三脚架时，应先将脚管拉开并锁紧，再调整中轴和云台，使设备保持水平。在风大的户外，可在中轴挂钩上悬挂重物，以增加稳定性。
""",
    ),
    dict(
        slug="wiki-bowen-entry-file-pocket-edit",
        site="博闻百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="http://www.bowenbaike.cn/view/dangandai.html",
        title="档案袋",
        record_title="档案袋（办公用品） - 博闻百科",
        date=None,
        notes="encyclopaedia text: the entry name with a sense and site suffix; an infobox, a contents line, a short sense line; the entry name opening the body (head); a 'related entries' list; an update stamp is no date",
        page="""
!m 博闻百科 · 让知识博而闻之
!t 档案袋
!m 办公用品　|　本词条由“博闻办公百科”编辑审核
!m 中文名：档案袋　类别：办公用品　常见规格：A4、B4
!l 目录：1 简介　2 规格　3 使用
{BODY}
!l 相关词条：档案盒　文件袋　牛皮纸
!m 最后更新：前天　浏览次数：8,927
!d 博闻百科提醒：词条内容由用户共同编辑，如需专业意见请咨询档案管理部门。
""",
        body="""
档案袋是用来装存档案材料的纸质袋子，多用牛皮纸或无酸纸制成，是机关、学校、企业日常档案管理中最常用的装具之一。
常见的档案袋为A4规格，袋面印有编号、姓名、单位、页数等栏目，袋口有线绳缠绕式、按扣式和粘贴式等封口方式。用于长期保存的档案，宜选用无酸纸档案袋，以减少纸张酸化。
人事档案、学籍档案装袋后，一般要在封口处加贴封条并加盖骑缝章。已密封的档案袋不得由本人私自拆封，否则可能影响档案的效力。
档案袋应存放在干燥、通风、避光的档案柜内，并定期检查是否破损、受潮。
""",
    ),
    dict(
        slug="netdisk-feige-contract-laptop-lease-markers",
        site="飞鸽云盘 (invented cloud drive)",
        style="网盘分享",
        genre="合同范本",
        kind="contract",
        form="html",
        source="https://pan.feigeyun.com/s/1xQv7LaptopLease",
        title="笔记本电脑租赁合同（范本）",
        record_title="笔记本电脑租赁合同（范本）.doc",
        date=None,
        notes="cloud-drive preview: file name as the record title, VIP prompts, a share expiry line, marker paragraphs ⯐ n ⯐ cutting the text; a contract template with ×× placeholders, ＿＿ blanks and ＿＿年＿＿月＿＿日",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>笔记本电脑租赁合同（范本）.doc - 飞鸽云盘分享</title>
<script src="https://pan.feigeyun.com/static/preview.js"></script></head>
<body>
<div class="bar">⟦m 飞鸽云盘⟧ <a>⟦a 保存到我的云盘⟧</a> <a>⟦a 下载（需飞鸽超级会员）⟧</a></div>
<div class="file">⟦t 笔记本电脑租赁合同（范本）.doc⟧</div>
<div class="info">⟦m 分享者：鸽友_7730　文件大小 41KB　链接有效期还剩 6 天⟧</div>
<div class="preview">
{BODY}
</div>
<div class="limit">⟦a 普通用户仅可预览前2页，升级超级会员看完整文件⟧</div>
<div class="foot">⟦d 请勿通过飞鸽云盘分享违法违规内容，发现请举报⟧　⟦m 飞鸽云盘 feigeyun.com⟧</div>
</body></html>
""",
        p_html='<p class="docx-line">{}</p>',
        pages=dict(fmt="⯐ {n} ⯐", every=110, start=2),
        body="""
出租方（甲方）：××科技有限公司
承租方（乙方）：＿＿＿＿＿＿＿＿＿＿
甲、乙双方经协商一致，就乙方租赁甲方笔记本电脑事宜，订立本合同。
第一条　租赁物。笔记本电脑＿＿台，品牌型号为＿＿＿＿＿＿，配件包括电源适配器、鼠标和电脑包，具体以交接清单为准。
第二条　租赁期限。自＿＿年＿＿月＿＿日起至＿＿年＿＿月＿＿日止。
第三条　租金及押金。每台每月租金＿＿元，押金每台＿＿元，乙方于签订合同之日一次性付清首月租金和押金。
第四条　使用与维护。乙方应合理使用笔记本电脑，不得转租、抵押，不得擅自拆机。因乙方使用不当造成损坏的，由乙方承担维修费用。
第五条　归还。租期届满，乙方应将笔记本电脑及配件完好归还，甲方验收无误后退还押金。
甲方（盖章）：　　　　乙方（签字）：
签订日期：＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="netdisk-baiyun-procedure-camcorder-care-markers",
        site="白云共享盘 (invented cloud drive)",
        style="网盘分享",
        genre="规程",
        kind="rule",
        form="text",
        source="https://share.baiyunpan.cn/f/9c41e0d2",
        title="摄像机日常维护保养规程",
        record_title="〔技术部共享〕摄像机日常维护保养规程 - 白云共享盘",
        date=None,
        notes="cloud-drive text preview: page markers ⫑n⫒ on lines of their own cutting paragraphs; a folder path and share stamp; a save-to-drive line; numbered clauses; no date",
        page="""
!m 白云共享盘 › 技术部资料 › 设备管理
!t 〔技术部共享〕摄像机日常维护保养规程.docx
!m 分享时间：1 周前　　有效期：永久　　提取次数 57
!a 转存到我的共享盘　　|　　打包下载
{BODY}
!a 登录后可预览剩余页面
!d 白云共享盘仅提供文件存储与分享，文件内容由分享者负责。
""",
        indent="\u3000\u3000",
        pages=dict(fmt="⫑{n}⫒", every=95, start=2),
        body="""
为延长摄像机使用寿命，保证拍摄质量，结合县融媒体中心设备使用实际，制定本规程。
一、每次拍摄结束后，摄像人员应用吹气球和镜头纸清洁镜头，用干软布擦拭机身，不得用酒精直接擦拭机身外壳。
二、电池使用后应及时充电，长期不用的电池每月至少充放电一次，存放时保持半电状态，不得与金属物品混放。
三、雨天外拍须加装防雨罩。摄像机受潮的，应立即关机，放入防潮箱干燥24小时后再开机检查。
四、存储卡拍摄完毕须当天导出素材并格式化，禁止在摄像机之间随意互换使用未格式化的存储卡。
五、摄像机及三脚架每月由技术部集中检查保养一次，检查结果记入设备保养台账。
六、设备出现故障时，不得自行拆机，应填写报修单交技术部处理。
""",
    ),
    dict(
        slug="snapshot-suying-notice-laptop-recycling",
        site="溯影页面留存 (invented search cache)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://cache.suying.com/c?u=www.eryuansq.example.cn/tzgg/2025/1020/77.html",
        title="关于开展废旧笔记本电脑集中回收活动的通知",
        record_title="关于开展废旧笔记本电脑集中回收活动的通知 - 溯影页面留存",
        date="2025-10-20",
        notes="search-cache frame: a capture banner with highlighted terms and a capture stamp (no date), the original page's own chrome inside the frame; 扫码预约 as content; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于开展废旧笔记本电脑集中回收活动的通知 - 溯影页面留存</title>
<script>var cacheHighlight=["废旧","笔记本电脑","回收"];</script></head>
<body>
<div class="cache-banner">⟦m 这是溯影对原网页的留存副本，留存于 4 天前⟧<br>⟦m 原网页可能已改动，请以原网址为准：www.eryuansq.example.cn/tzgg/2025/1020/77.html⟧<br>⟦m 已为您标亮以下检索词：<b style="background:#ff6">废旧</b> <b style="background:#9cf">笔记本电脑</b> <b style="background:#f9c">回收</b>⟧</div>
<div class="orig">
<div class="top">⟦m 樲园社区居委会⟧</div>
<div class="crumb">⟦m 社区首页 > 社区公告⟧</div>
<h2>{T}</h2>
<div class="body">
{BODY}
</div>
<div class="foot">⟦m 皖ICP备18027741号-3⟧</div>
</div>
</body></html>
""",
        body="""
各位居民：
家中的废旧笔记本电脑随意丢弃，不仅浪费资源，电池和电路板还可能污染环境。为此，社区联合县再生资源回收公司，于10月25日至26日在社区广场开展废旧笔记本电脑集中回收活动。现将有关事项通知如下。
一、回收范围：各品牌废旧笔记本电脑、平板电脑及电源适配器。
二、回收方式：现场评估，按成色折价回收，无使用价值的免费回收处理。
三、数据安全：回收公司现场提供硬盘数据消除服务，居民也可自行拆下硬盘后交回。
四、预约方式：居民可扫描社区公告栏上的二维码预约回收时段，避免现场排队。
樲园社区居民委员会
2025年10月20日
""",
    ),
    dict(
        slug="snapshot-huimou-guide-student-buscard-text",
        site="回眸快照 (invented search cache, text only)",
        style="搜索快照",
        genre="办事指南",
        kind="other",
        form="text",
        source="http://kz.huimou.cn/text?url=bus.quchuan.example.cn/bszn/xsk.html",
        title="鼩川县学生公交卡办理指南",
        record_title="鼩川县学生公交卡办理指南 — 回眸快照（纯文本版）",
        date="2025-08-18",
        record_date="2025-08-18",
        notes="text-only cache: the record gives the date; a capture banner with a capture stamp; the original page's navigation and footer in the text; a numbered list; 下载/打印 as content",
        page="""
!m 〔回眸快照·纯文本〕本页为原网页的文字留存，图片和样式已略去
!m 原地址：bus.quchuan.example.cn/bszn/xsk.html　收录于：上个月
!m 鼩川公交集团 | 首页 | 线路查询 | 卡务服务 | 办事指南
{T}
{BODY}
!m 鼩川公交集团卡务中心　服务时间：周一至周日 8:30-17:30
!m 湘ICP备16002871号
""",
        body="""
一、办理对象：在鼩川县就读的全日制中小学生。
二、所需材料：
1.学生本人户口簿或身份证复印件；
2.学校开具的在读证明；
3.近期一寸免冠照片一张。
三、办理流程：申请人可在本网站“下载中心”下载《学生公交卡申请表》，打印后如实填写，由学校盖章，连同上述材料交到县公交公司卡务大厅。审核通过后，7个工作日内领卡。
四、乘车优惠：学生卡在县城区公交和城乡公交线路乘车享受五折优惠，寒暑假期间正常使用。
五、注意事项：学生卡仅限本人使用，发现转借的，公交公司将收回卡片。
""",
    ),
    dict(
        slug="print-suhu-bulletin-tripods-viewpoint-footer",
        site="鹔湖区文化旅游局 (invented, print view)",
        style="打印页",
        genre="通报",
        kind="notice",
        form="html",
        source="http://wlj.suhu.example.gov.cn/print.jsp?id=4410",
        title="关于观景台违规架设三脚架影响游客通行情况的通报",
        record_title="打印样张 — 关于观景台违规架设三脚架影响游客通行情况的通报 · 鹔湖区文化旅游局",
        date="2025-10-09",
        notes="print view calling window.print(): a print/close bar, the source URL line, a print footer ⧭ 页 1／1 ⧭; 抄送 line; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>打印样张 — 关于观景台违规架设三脚架影响游客通行情况的通报 · 鹔湖区文化旅游局</title>
<style>@media print{.noprint{display:none}}</style>
<script>window.onload=function(){window.print();};</script></head>
<body>
<div class="noprint">⟦a 〔发送到打印机〕〔关掉这个窗口〕⟧</div>
<div class="print-head">⟦m 鹔湖区文化旅游局 · 通知公告⟧</div>
<h2>{T}</h2>
<div class="print-body">
{BODY}
</div>
<div class="print-url">⟦m 原文地址：http://wlj.suhu.example.gov.cn/tzgg/2025/1009/4410.html⟧</div>
<div class="print-foot">⟦p ⧭ 页 1／1 ⧭⟧</div>
</body></html>
""",
        body="""
各A级旅游景区：
国庆假期，区文化旅游局在巡查中发现，鹔湖湿地公园、貆口古镇等景区观景台先后出现摄影爱好者违规架设三脚架、长时间占用观景位置的情况，其中鹔湖湿地公园北观景台因三脚架堵塞通道，造成游客拥挤，一名游客被三脚架绊倒受伤。现将有关情况通报如下。
一、存在问题。部分景区对观景台承载量和拍摄行为缺乏管理，节假日高峰期未安排专人值守，对占位、挡道行为劝阻不及时。
二、整改要求。各景区要在观景台醒目位置设置文明拍摄提示牌，高峰时段限制使用三脚架，安排工作人员巡查疏导；对游客受伤事件，鹔湖湿地公园要妥善做好善后处理。
请各景区于10月20日前将整改情况报区文化旅游局。
鹔湖区文化旅游局
2025年10月9日
抄送：区应急管理局，区市场监管局。
""",
    ),
    dict(
        slug="print-moxi-request-file-pockets-cn-date",
        site="貘溪县档案馆 (invented, print view as text)",
        style="打印页",
        genre="请示",
        kind="request",
        form="text",
        source="http://daj.moxi.example.gov.cn/print/2025/0303-12.html",
        title="关于购置档案袋和档案盒的请示",
        record_title="打印专用稿：关于购置档案袋和档案盒的请示",
        date="2025-03-03",
        notes="print view as text: a print button line, the print date stamp (no date), a print footer ⎄ 1 / 1 ⎄; a document number line (neutral); 成文日期 in Chinese numerals; the document's own 联系人/电话",
        page="""
!a ［打印］　［返回原页面］
!m 貘溪县档案馆 — 文档打印
!m 打印时间：今天 10:42
{T}
貘档〔2025〕4号
{BODY}
!p ⎄ 1 / 1 ⎄
""",
        body="""
县财政局：
我馆现有馆藏档案11.6万卷。近年来，机构改革和撤并单位移交进馆档案逐年增多，原有档案袋、档案盒多数已使用十五年以上，破损、酸化严重，急需更换。
根据馆藏档案整理计划，2025年需购置无酸纸档案袋20000个、无酸纸档案盒6000个，经市场询价，共需资金6.8万元。
为确保馆藏档案安全，恳请县财政局予以安排专项经费。
妥否，请批示。
联系人：宁书平，电话：0562-7133018。
貘溪县档案馆
二〇二五年三月三日
""",
    ),
    dict(
        slug="mail-yunxiang-letter-camcorder-loan-attachbar",
        site="云巷企业邮箱 (invented webmail)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.yunxiangmail.com/read?mid=7702&folder=inbox",
        title="关于商借高清摄像机的函",
        record_title="Fwd: [外来函件] 关于商借高清摄像机的函",
        date="2025-04-08",
        date_also=["2025-04-09"],
        notes="webmail reading view: the forwarded header (发件人/收件人/抄送/时间), an attachment bar, reply/forward buttons; the letter's own 附件 list and contact below the mail chrome; 成文日期 differs from the send date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Fwd: [外来函件] 关于商借高清摄像机的函 - 云巷企业邮箱</title>
<script src="/mail/js/reader.js"></script></head>
<body>
<div class="mbar">⟦m 云巷企业邮箱⟧　⟦a 收信　写信　通讯录⟧</div>
<div class="ops">⟦a 回复　回复全部　转发　删除　标记为未读⟧</div>
<div class="mhead">
<h3>⟦t Fwd: [外来函件] 关于商借高清摄像机的函⟧</h3>
<p>⟦m 发件人：办公室 蒙晓岚 &lt;office@mxrmt.example.cn&gt;⟧</p>
<p>⟦m 收件人：技术部 贺鸣⟧</p>
<p>⟦m 时　间：2025年4月9日 周三 11:26⟧</p>
</div>
<div class="attbar">⟦a 📎 2个附件：借用设备清单.xlsx (18K)　借用承诺书.pdf (96K)　全部下载⟧</div>
<div class="mbody">
<p>⟦m ---------- 转发的邮件 ----------⟧</p>
<p>⟦m 主题：关于商借高清摄像机的函⟧</p>
{BODY}
</div>
<div class="mfoot">⟦d 本邮件可能含有保密信息，如误收请删除并告知发件人⟧</div>
</body></html>
""",
        body="""
貘溪县融媒体中心：
我单位拟于4月下旬拍摄“貘溪非遗传承人”系列专题片，因拍摄任务集中，现有摄像设备不足。经研究，拟向贵中心商借高清摄像机2台及配套三脚架2副，借用时间为4月20日至5月10日。
借用期间，我单位指定专人保管使用，如有损坏照价赔偿，用毕按时归还。
附件：1.借用设备清单
2.借用承诺书
联系人：林芃，电话：0562-7150243。
貘溪县文化馆
2025年4月8日
""",
    ),
    dict(
        slug="mail-forward-letter-tripod-test-results-docx",
        site="县质检所转发邮件 (invented, forwarded mail as text)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="text",
        source="mail://inbox/2025-07-03/fwd-tripod-test.eml",
        title="关于三脚架产品送检结果的函",
        record_title="转发：关于三脚架产品送检结果的函.docx",
        date="2025-07-01",
        date_also=["2025-07-03"],
        notes="forwarded mail as text: file-name record title with a forward prefix; mail headers (发件人/日期/收件人/抄送) and an attachment line are chrome, the letter's own 抄送 line and contact are body; a table one row a paragraph; 成文日期 differs from the send date",
        page="""
!m 发件人：驎影光学质量部 <quality@linyingoptics.com>
!m 日期：2025年7月3日 星期四 09:12
!m 收件人：各经销商
!m 抄送：售后服务部
!t 转发：关于三脚架产品送检结果的函.docx
!a 附件：关于三脚架产品送检结果的函.docx（1个，32KB）
!m -------- 原始邮件内容如下 --------
{BODY}
!d 此邮件由驎影光学邮件系统发送，请勿直接回复。
""",
        body="""
各经销商：
6月，我公司将T-225、T300两个型号的三脚架送蚨江市产品质量检验所进行检测，检测结果均为合格。现将主要检测项目函告如下：
检测项目　T-225　T300
最大承重　合格　合格
扳扣锁低温冲击　合格　合格
脚管锁紧力　合格　合格
盐雾腐蚀　合格　合格
请各经销商向顾客做好解释工作。顾客如需查看检测报告，可联系我公司质量部，电话：0591-2273096。
驎影光学科技有限公司质量部
2025年7月1日
抄送：蚨江市产品质量检验所
""",
    ),
]

"""holdout301, part F: 公考论坛, 百科问答, 网盘分享, 搜索快照, 打印页, 邮件转发 (one HTML and one text case each).

Everything here is invented; each case was written by hand. See ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="examforum-lixing-essay-rice-bag-thrift-jammer",
        site="砺行公考社区 (invented exam forum)",
        style="公考论坛",
        genre="申论文章",
        kind="other",
        form="html",
        source="https://bbs.lixinggk.com/thread-660218-1-1.html",
        title="一只米袋里的节约之道",
        record_title="〔申论随笔〕一只米袋里的节约之道（第一次发帖，轻拍）- 申论批改区 - 砺行公考社区",
        date=None,
        notes="exam forum thread: jammer fonts as a line and glued after 。, a reply-to-see prompt, a rating row and a QQ-group ad; "
        "the post time is relative: no date",
        page="""
<html><head><meta charset="utf-8"><title>〔申论随笔〕一只米袋里的节约之道（第一次发帖，轻拍）- 申论批改区 - 砺行公考社区</title>
<style>font.jammer{font-size:0px;color:#fdfdfd}</style></head><body>
<div id="hd">⟦m 砺行公考社区⟧ ⟦m 一起上岸，不负韶华⟧ <a>⟦a 登录⟧</a> <a>⟦a 注册领资料包⟧</a></div>
<div id="pt">⟦m 砺行公考社区 › 笔试交流 › 申论批改区⟧</div>
<div class="ad-bar">⟦w 申论一对一精批，加QQ群 715306282 领真题⟧</div>
<table><tr><td class="pls">⟦m 上岸小米粒⟧<br>⟦m 等级：备考新兵⟧</td>
<td class="plc"><h1><span>⟦m 〔申论随笔〕⟧</span><span id="thread_subject">{T}</span><span>⟦m （第一次发帖，轻拍）⟧</span></h1>
<div class="authi">⟦m 发表于 5 天前⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="locked">⟦a 本帖附带的范文批注需回复后可见⟧</div>
<div class="rate">⟦l 评分人数 7　积分 +14　理由：结构清楚，再练练论证⟧</div>
</td></tr></table>
<div id="ft">⟦m 砺行公考社区 © 2018-2024⟧</div>
</body></html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=2),
        body="""
米袋是再普通不过的东西。可就是这样一只米袋，装着一个国家的粮食安全，也照见一个社会的节约风尚。
米袋里装的是“粒粒皆辛苦”。从播种到收割，从烘干到加工，一袋米要经过几十道工序。然而在一些餐馆和食堂，半碗米饭被随手倒掉的情景仍不少见。节约粮食，首先要从珍惜碗里的每一粒米做起。
米袋本身也是资源。一些地方的粮站开始回收旧米袋，清洗消毒后重复使用，既减少了塑料污染，又降低了包装成本。这提醒我们，节约不只是少吃少用，更是让每一样东西物尽其用。
小米袋，大文章。只有把节约意识融入日常生活的细节，才能让“光盘”成为习惯，让浪费无处藏身。
""",
    ),
    dict(
        slug="examforum-mianjing-interview-answer-shoddy-hair-ties-junk",
        site="面经驿站论坛 (invented)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="text",
        source="http://www.mianjingyizhan.com/t/41877.html",
        title="社区居民反映流动摊贩售卖劣质儿童头绳，你作为社区工作人员怎么处理？",
        record_title="［面试真题］社区居民反映流动摊贩售卖劣质儿童头绳，你作为社区工作人员怎么处理？（求指点）",
        date=None,
        notes="exam-forum post: a structured-interview answer with junk as lines and glued after 。; a points prompt and replies below; no date",
        page="""
!m 面经驿站论坛 › 结构化面试 › 应急应变
!t ［面试真题］社区居民反映流动摊贩售卖劣质儿童头绳，你作为社区工作人员怎么处理？（求指点）
!m 作者：冲鸭备考人　|　2 小时前　|　回复 9
{BODY}
!a 觉得有帮助？送楼主一朵小红花 🌸
!l 1#　面试官老周：思路完整，第二点可以再具体些
!l 2#　四战上岸：最后一点提升得不错
!m 面经驿站论坛　备考交流QQ群：802615539
""",
        junk=dict(lines=2, glued=2),
        body="""
我的回答思路如下，请各位指点。
首先，我会第一时间到现场了解情况。找到反映问题的居民，问清楚摊贩的位置、售卖的头绳有什么问题，比如是否有珠子易脱落、气味刺鼻等情况，同时拍照留存。
其次，及时联系有关部门。流动摊贩售卖不合格儿童用品，属于市场监管部门的职责范围，我会把情况报告社区负责人，并联系辖区市场监管所上门处理，配合做好取证工作。
再次，做好居民的宣传提醒。通过社区微信群和宣传栏，提醒家长不要购买三无头绳，已经买了的，注意检查装饰物是否牢固。
最后，举一反三。建议社区联合市场监管所开展一次儿童用品安全宣传，从源头上减少类似问题。
""",
    ),
    dict(
        slug="wiki-bowutong-entry-pot-rack-infobox",
        site="博物通百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://baike.bowutong.com/item/锅架/20931",
        title="锅架",
        record_title="锅架（炊事器具）- 博物通百科",
        date=None,
        notes="encyclopaedia entry: edit/discuss/history tabs, an infobox, a contents box, reference markers glued after 。, "
        "an edit link glued to a section heading; the entry name is the <h1> and opens the body (head); no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>锅架（炊事器具）- 博物通百科</title></head><body>
<div class="top">⟦m 博物通百科⟧ ⟦m 万物有来历⟧ <input placeholder="搜词条"> <a>⟦a 进入词条⟧</a></div>
<div class="tabs">⟦a 编辑词条⟧ ⟦a 讨论⟧ ⟦a 历史版本⟧</div>
<div class="lemma">
<h1>{T}</h1>
<div class="polysemant">⟦m 炊事器具⟧</div>
<div class="basic-info">
<dl><dt>⟦m 中文名⟧</dt><dd>⟦m 锅架⟧</dd><dt>⟦m 外文名⟧</dt><dd>⟦m pot stand⟧</dd>
<dt>⟦m 类别⟧</dt><dd>⟦m 厨房用具⟧</dd><dt>⟦m 常见材质⟧</dt><dd>⟦m 铸铁、不锈钢、竹木⟧</dd></dl></div>
<div class="catalog">⟦l 目录　1 类型　2 使用与保养⟧</div>
<div class="para">
{BODY}
</div>
<div class="refs"><h3>⟦l 参考资料⟧</h3><ol><li>⟦l 《家用炊具图说》，岭南器物出版社⟧</li><li>⟦l 山区民居火塘调查笔记⟧</li></ol></div>
<div class="lemma-stat">⟦m 浏览次数：8,106　编辑次数：14　最近更新：9 天前⟧</div>
</div>
<div class="foot">⟦d 词条内容由网友协作编辑，仅供参考⟧ ⟦m ©2024 博物通百科⟧</div>
</body></html>
""",
        body="""
锅架是放置锅具的支架，常见于灶台、火塘和餐桌，用来托稳锅具、隔开火焰或保护桌面。⟦m [1]⟧
类型⟦a ✎ 编辑⟧
按用途，锅架可分为灶台锅架、火塘锅架和餐桌锅垫架三类。灶台锅架多为铸铁或不锈钢制成，架在灶眼上方；火塘锅架常见三脚和四脚两种，旧时南方山区农家多用三脚铁锅架。⟦m [2]⟧餐桌锅垫架用来放置刚离火的砂锅、火锅，多为竹木或金属材质。
使用与保养
灶台锅架应定期清除油污，铸铁锅架清洗后要擦干防锈。锅架出现变形、开焊时应及时更换，以免锅具倾覆造成烫伤。
""",
    ),
    dict(
        slug="wiki-zhiyuan-entry-rice-bag-example-date",
        site="知源百科 (invented)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="https://www.zhiyuanbaike.cn/wiki/米袋",
        title="米袋",
        record_title="米袋（粮食包装）_知源百科",
        date=None,
        notes="text entry: tabs, an update stamp, a contents line; an example production date inside a sentence is no date; the entry name opens the body (head)",
        page="""
!m 知源百科 · 自由的知识库
!a 编辑　|　讨论　|　查看历史
{T}
!m 同义词：粮食包装袋　|　最近更新于 2 个月前
!l 目录：1 历史　2 标注　3 回收利用
{BODY}
!l 词条分类：日用品　包装材料　粮食
!d 知源百科词条由用户共同编写，不代表本站观点
""",
        body="""
米袋是用于盛装大米的包装袋，按材质可分为麻袋、布袋、编织袋、真空复合袋等。
历史
上世纪八十年代以前，粮站收购和调运稻谷多用麻袋，城镇居民买米多自带布袋。九十年代起，聚丙烯编织袋因价格低、耐用，逐渐成为米袋的主流。
标注
按照食品标签的有关要求，米袋上应标注产品名称、净含量、生产者名称和地址、生产日期和保质期等内容。例如，生产日期标注为“2024年10月15日”的大米，应同时标明保质期。
回收利用
完好的编织米袋可清洗消毒后重复使用，破损的可回收加工成再生塑料颗粒。
""",
    ),
    dict(
        slug="netdisk-yunxia-plan-hotel-hook-replacement-pdf-markers",
        site="云匣网盘 (invented cloud drive, preview page)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="html",
        source="https://pan.yunxia.cn/s/1kHqT2wZ",
        title="礞湖宾馆客房衣钩更换施工方案",
        record_title="礞湖宾馆客房衣钩更换施工方案.pdf",
        date="2024-03-18",
        notes="cloud-drive preview: VIP prompts, a save button, page markers ⋜ n/3 ⋝ as paragraphs cutting sentences; decimal headings; "
        "a file-name record title; the 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>礞湖宾馆客房衣钩更换施工方案.pdf_免费高速下载|云匣网盘</title></head><body>
<div class="header">⟦m 云匣网盘⟧ <a>⟦a 登录⟧</a> <a>⟦a 开通超级会员⟧</a></div>
<div class="share-info">
<h2>⟦t 礞湖宾馆客房衣钩更换施工方案.pdf⟧</h2>
<p>⟦m 分享者：礞湖宾馆工程部　文件大小：612KB　有效期：永久⟧</p>
<div class="btns">⟦a 保存到我的云匣⟧ ⟦a 普通下载⟧ ⟦a 超级会员极速下载⟧</div></div>
<div class="preview">
<p class="pv-tip">⟦a 在线预览仅展示前3页，完整文件请保存后查看⟧</p>
{BODY}
</div>
<div class="vip">⟦a 开通超级会员，预览不限页数、下载不限速⟧</div>
<div class="foot">⟦d 云匣网盘仅提供文件存储，分享内容由用户自行上传⟧ ⟦m © 云匣网盘 沪ICP备19027766号⟧</div>
</body></html>
""",
        p_html='<div class="pv-line">{}</div>',
        pages=dict(fmt="⋜ {n}/3 ⋝", every=120, start=2),
        body="""
1 工程概况
1.1 本次施工范围为礞湖宾馆主楼3至8层客房共132间，更换门后衣钩、卫生间浴巾钩各1套。
1.2 原衣钩为锌合金材质，使用已满十年，部分出现断裂和松动。
2 施工安排
2.1 按楼层分6批施工，每批22间，每批工期2天，施工期间该楼层停止售房。
2.2 施工时间为每日9:00至17:00，午间12:00至14:00停止打孔作业。
3 质量和安全要求
3.1 新衣钩为304不锈钢材质，单钩承重不低于10公斤，安装后逐个做挂重试验。
3.2 打孔时做好防尘覆盖，施工完毕当日清理干净，由客房部验收签字。
礞湖宾馆工程部
2024年3月18日
""",
    ),
    dict(
        slug="netdisk-xiaojing-instruction-candy-box-lidding-pdf-markers",
        site="小鲸盘 (invented cloud drive)",
        style="网盘分享",
        genre="作业指导书",
        kind="other",
        form="text",
        source="https://www.xiaojingpan.com/share/8f41c2",
        title="铁皮糖盒封盖包装作业指导书",
        record_title="铁皮糖盒封盖包装作业指导书.pdf",
        date=None,
        notes="cloud-drive text preview cut by page markers ⚪第n页⚪ on lines of their own; a share line, a speed-limit prompt; a work instruction has no date",
        page="""
!m 小鲸盘 · 文件分享
!t 铁皮糖盒封盖包装作业指导书.pdf
!m 分享者：甜源包装-质检部　|　1.2MB　|　7天后过期
!a 保存到我的小鲸盘　　下载（非会员限速）
!a 在线预览为文字提取版，排版以原文件为准
{BODY}
!a 开通鲸享会员，下载速度提升10倍
!m 该文件已被分享 41 次
!d 请勿分享违法违规内容，小鲸盘将依法配合调查
""",
        pages=dict(fmt="⚪第{n}页⚪", every=90, start=2),
        body="""
一、适用范围
本指导书适用于包装车间铁皮糖盒的装糖、封盖和装箱工序。
二、作业步骤
1.装糖前检查糖盒内壁有无划痕、锈点和毛刺，不合格的放入红色周转箱。
2.按工单规定的品种和克数装糖，每盒装糖后放上电子秤复核，误差不超过正负5克。
3.盖盒时先对准盒盖与盒身的定位点，再用双手拇指均匀按压四角，听到“咔”声即封盖到位。
4.封盖后贴上防伪封口贴，封口贴不得歪斜、起皱。
5.每12盒装一箱，箱内糖盒之间放置纸隔板，防止运输中碰撞变形。
三、注意事项
作业时必须佩戴防割手套和口罩，手套破损应立即更换；糖盒边缘有毛刺的，不得用手直接抹除。
""",
    ),
    dict(
        slug="snapshot-kuibao-notice-hair-accessory-spot-checks",
        site="窥豹搜索快照 of 霰岭县市场监督管理局 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://cache.kuibao.com/c?u=scjg.xianling.gov.cn/tzgg/202407/t20240709_21507.html",
        title="关于开展儿童发饰（头绳）产品质量专项抽查的通知",
        record_title="关于开展儿童发饰（头绳）产品质量专项抽查的通知_霰岭县市场监督管理局（窥豹快照）",
        date="2024-07-08",
        date_also=["2024-07-09"],
        notes="a search-cache frame: a capture banner with a capture stamp (no date) and the highlighted terms, then the portal's own chrome; "
        "the notice's contact stays; the 成文日期 and the portal's date differ",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于开展儿童发饰（头绳）产品质量专项抽查的通知_霰岭县市场监督管理局（窥豹快照）</title></head><body>
<div class="cache-banner">
<p>⟦d 这是窥豹搜索保存的网页快照，抓取于 2024-07-12 06:31，当前页面可能已更新⟧</p>
<p>⟦a 查看当前网页⟧ ⟦m 已高亮显示：儿童　头绳　抽查⟧</p></div>
<div class="orig">
<div class="gov-top">⟦m 霰岭县市场监督管理局⟧ ⟦m 首页 / 通知公告⟧</div>
<h2>{T}</h2>
<div class="gov-info">⟦m 发布日期：2024-07-09　来源：产品质量安全股⟧</div>
<div class="gov-text">
{BODY}
</div>
<div class="gov-foot">⟦m 霰岭县市场监督管理局 版权所有　网站识别码4311280023⟧</div>
</div>
</body></html>
""",
        body="""
各市场监管所：
暑期是儿童发饰销售旺季。为加强儿童用品质量安全监管，县局决定7月中旬至8月底在全县开展儿童发饰（头绳）产品质量专项抽查。现将有关事项通知如下：
一、抽查范围：县城及各乡镇小商品店、文具店、母婴店和流动摊点销售的儿童头绳、发圈、发夹。
二、抽查重点：装饰物是否牢固、小零件是否易脱落，以及产品标识是否齐全。
三、工作要求：各所要建立抽查台账，发现不合格产品依法处置，8月30日前将抽查情况报局产品质量安全股。
联系人：邬文涛　电话：0736-5210338
霰岭县市场监督管理局
2024年7月8日
""",
    ),
    dict(
        slug="snapshot-souyue-text-camping-pot-rack-tips",
        site="搜悦快照 (invented text-only cache) of 觏州市消费者协会",
        style="搜索快照",
        genre="消费提示",
        kind="notice",
        form="text",
        source="http://kz.souyue.cn/t?url=www.gzxfzxh.org.cn/xfts/2024/0425/77.html",
        title="户外露营锅架选购与使用消费提示",
        record_date="2024-04-25",
        date="2024-04-25",
        notes="a text-only cache: the record gives title and date as they are; the cache header with a capture stamp and the original "
        "address, a return link; the association's signature date equals the record's",
        page="""
!d 搜悦快照（纯文本版）：仅保留网页文字，图片、样式和链接均已去除
!m 原网址：http://www.gzxfzxh.org.cn/xfts/2024/0425/77.html
!m 快照生成：2024-05-03 22:15
!a 【返回原网页】
!m 觏州市消费者协会 › 消费提示
{T}
{BODY}
!m 觏州市消费者协会　投诉咨询：12315
""",
        body="""
天气转暖，外出露营的人多了起来，便携锅架成为不少露营爱好者的必备装备。觏州市消费者协会提醒消费者，选购和使用露营锅架要注意以下几点：
一、看材质。优先选择不锈钢或铝合金材质的锅架，表面不应有明显毛刺和焊渣。
二、看承重。选购时查看产品标注的承重范围，锅具和食物的总重量不要超过锅架额定承重。
三、看稳定性。支脚要能完全展开并锁定，放置时选择平整、不易燃的地面，远离帐篷和草丛。
四、用后处理。待锅架完全冷却后再收纳，防止烫伤或引燃背包。
消费者在购买和使用中遇到质量问题，可拨打12315投诉。
觏州市消费者协会
2024年4月25日
""",
    ),
    dict(
        slug="print-mingxi-bulletin-canteen-pot-rack-check",
        site="暝溪县教育体育局 (invented), print view",
        style="打印页",
        genre="通报",
        kind="notice",
        form="html",
        source="http://jyt.mingxi.gov.cn/tzgg/202411/t20241122_5520.html?print=1",
        title="关于全县学校食堂锅架安全检查情况的通报",
        record_title="〈打印友好〉关于全县学校食堂锅架安全检查情况的通报（暝溪县教育体育局）",
        date="2024-11-22",
        notes="a print view calling window.print(): a print-time line, the page address, print/close buttons and a print footer ⍸ 第1页，共1页 ⍸; "
        "the print time is no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〈打印友好〉关于全县学校食堂锅架安全检查情况的通报（暝溪县教育体育局）</title>
<script>window.onload=function(){window.print();}</script>
<style>@media print{.noprint{display:none}}</style></head><body>
<div class="noprint">⟦a [打印这一页]⟧ ⟦a [关掉本窗]⟧</div>
<div class="print-head">⟦m 暝溪县教育体育局　打印时间：2024-11-25 10:14⟧</div>
<div class="print-url">⟦m 本页地址：http://jyt.mingxi.gov.cn/tzgg/202411/t20241122_5520.html⟧</div>
<h2>{T}</h2>
<div class="print-body">
{BODY}
</div>
<div class="print-foot">⟦p ⍸ 第1页，共1页 ⍸⟧</div>
</body></html>
""",
        body="""
各中小学校、幼儿园：
11月中旬，县教育体育局对全县47所学校食堂锅架及炊具整治情况进行了抽查，共抽查学校16所。现将检查情况通报如下：
一、总体情况。16所学校均已完成锅架更换或加固，建立了锅架和炊具台账。旰田镇中心小学、暝溪县第二中学整改措施扎实，锅架底座全部加装限位卡槽，予以通报表扬。
二、存在问题。3所学校台账记录不完整，2所学校报废大锅未及时清出后厨，1所幼儿园锅架周边堆放杂物。
三、整改要求。存在问题的学校要于12月6日前整改到位，并将整改情况报县教育体育局后勤管理股。
暝溪县教育体育局
2024年11月22日
""",
    ),
    dict(
        slug="print-hetongzhijia-contract-template-candy-boxes",
        site="合同之家 (invented), print view",
        style="打印页",
        genre="合同范本",
        kind="other",
        form="text",
        source="https://www.hetongzhijia.cn/fanben/jiagong/2231.html?act=print",
        title="糖盒定制加工合同",
        record_title="合同之家 · 存档打印｜糖盒定制加工合同（范本）",
        date=None,
        notes="a print view of a contract template: ＿＿ blanks, ×× placeholders, 第N条 articles and a ＿＿＿＿年＿＿月＿＿日 signing line; "
        "a print-time line and a print footer ⊍ 共1页 · 第1页 ⊍; a template has no date",
        page="""
!m 合同之家 hetongzhijia.cn　打印于 2024-12-02 15:40
!a 〔打印〕〔返回原页〕
!t 糖盒定制加工合同（范本）
{BODY}
!d 本范本仅供参考，签约前请结合实际修改并咨询专业人士
!p ⊍ 共1页 · 第1页 ⊍
""",
        body="""
甲方（定作方）：＿＿＿＿＿＿＿＿
乙方（承揽方）：××包装制品有限公司
第一条　定作物：甲方委托乙方加工马口铁糖盒，规格为＿＿厘米×＿＿厘米×＿＿厘米，数量＿＿＿＿只，单价＿＿元，合同总价＿＿＿＿元。
第二条　质量要求：糖盒内壁涂层应符合食品接触材料安全标准，卷边平整、无毛刺，盒盖开合顺畅。
第三条　交货：乙方应于＿＿年＿＿月＿＿日前将糖盒送至甲方指定仓库，运费由乙方承担。
第四条　验收：甲方收货后3日内按样盒验收，不合格的由乙方无偿返工或更换。
第五条　付款：合同签订后甲方预付30%，验收合格后10日内付清余款。
第六条　本合同一式两份，双方各执一份，自签字盖章之日起生效。
甲方（盖章）：　　　　乙方（盖章）：××包装制品有限公司
签订日期：＿＿＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="mail-youyi-letter-rice-bag-samples-attachment-bar",
        site="邮驿企业邮箱 (invented webmail), reading view",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.youyi-qiye.com/read?mid=ZL3108-240515-0906",
        title="关于商请提供编织米袋样品的函",
        record_title="Fwd:［协会函件］关于商请提供编织米袋样品的函",
        date="2024-05-14",
        date_also=["2024-05-15"],
        notes="webmail reading view: folder list, mail headers (their 抄送 line is chrome, the letter's own 抄送 line stays), a forwarded header, "
        "an attachment bar beside the letter's 附件 list, the letter's contact and mailbox; the send date differs from the 成文日期",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>邮驿企业邮箱 - 读信</title></head><body>
<div class="mail-top">⟦m 邮驿企业邮箱⟧ ⟦m 锦织公司 · 企业邮⟧ <a>⟦a 退出⟧</a></div>
<div class="folders">⟦l 收件箱(12)　星标邮件　草稿箱　已发送　已删除⟧</div>
<div class="read">
<div class="subject">⟦t Fwd:［协会函件］关于商请提供编织米袋样品的函⟧</div>
<table class="hdr">
<tr><td>⟦m 发件人：蒉城市粮食行业协会秘书处 &lt;kcls_xh@163.com&gt;⟧</td></tr>
<tr><td>⟦m 收件人：销售部 &lt;xiaoshou@jinzhi-bz.com&gt;⟧</td></tr>
<tr><td>⟦m 抄　送：总经理办公室 &lt;zjb@jinzhi-bz.com&gt;⟧</td></tr>
<tr><td>⟦m 时　间：2024年5月15日（周三）09:06⟧</td></tr>
</table>
<div class="mail-body">
<p>⟦m ---------- 转发的邮件 ----------⟧</p>
<p>{T}</p>
{BODY}
</div>
<div class="attach-bar">⟦a 📎 附件 2 个：样品技术要求.docx（18K）　报价单格式.xlsx（11K）　打包下载⟧</div>
<div class="ops">⟦a 回复　回复全部　转发　标记未读　删除⟧</div>
</div>
<div class="mail-foot">⟦d 安全提示：涉及转账汇款的邮件，请先电话核实对方身份⟧</div>
</body></html>
""",
        body="""
觏州市锦织塑料编织有限公司：
为做好今年夏粮收购的包装准备，我协会拟组织会员粮食企业统一选用符合标准的编织米袋。经了解，贵公司生产的25公斤装编织米袋质量稳定，特商请提供样品，以便组织会员单位比选。具体事项如下：
一、样品规格：25公斤装、50公斤装编织米袋各10条，需附产品检验报告。
二、寄送时间：5月24日前寄至我协会秘书处。
三、样品费用由我协会承担，请随样品附上报价单。
联系人：时若兰　电话：0738-8160524　邮箱：kcls_xh@163.com
附件：1.样品技术要求
2.报价单格式
蒉城市粮食行业协会
2024年5月14日
抄送：协会各副会长单位
""",
    ),
    dict(
        slug="mail-text-forwarded-notice-festival-candy-boxes-docx",
        site="氲川县政务邮箱 (invented), forwarded as text",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mailto:ltxk@yclyj.gov.cn?msg=20250121-0847",
        title="关于领取春节慰问糖盒的通知",
        record_title="关于领取春节慰问糖盒的通知.docx",
        date="2025-01-20",
        date_also=["2025-01-21"],
        notes="a mail forwarded as text: original-mail headers, the forwarder's note (neutral), an attachment line; a file-name record title; "
        "the send date differs from the 成文日期",
        page="""
!m -------- 原始邮件 --------
!m 发件人：离退休干部科 <ltxk@yclyj.gov.cn>
!m 发送时间：2025年1月21日 8:47
!m 收件人：各支部联络员
!t 主题：转发：关于领取春节慰问糖盒的通知
!a 附件：关于领取春节慰问糖盒的通知.docx（16KB）
各位联络员：请将下面的通知转告本支部的老同志，谢谢！
{T}
{BODY}
!d 本邮件由氲川县政务邮箱系统发出，请勿直接回复
!m 发自我的手机
""",
        body="""
各位离退休老同志：
春节将至，局党组向全体离退休老同志致以节日的问候。今年的春节慰问品为无糖糕点和什锦糖果铁皮糖盒各一份，现将领取事项通知如下：
一、领取时间：1月22日至1月24日，上午9:00至11:30。
二、领取地点：局机关一楼老干部活动室。
三、行动不便的老同志，可委托家属凭本人退休证代领，也可电话预约，由工作人员送上门。
联系人：离退休干部科　鲍清和　电话：0739-6219043
氲川县林业局离退休干部科
2025年1月20日
""",
    ),
]

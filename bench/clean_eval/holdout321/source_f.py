"""holdout321, part F: an exam forum, encyclopaedias, cloud drives, search snapshots, print views and
forwarded mails.

Invented text, sites, places and people; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="examforum-jiayou-interview-mouldy-holders-junk",
        site="考公加油站 (invented exam forum, text)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="text",
        source="http://www.kaogongjyz.com/bbs/mianshi/t-30417.html",
        title="社区食堂竹筷筒发霉被居民拍照投诉，你作为负责人怎么处理？",
        record_title="〔面试题·民生服务类〕社区食堂竹筷筒发霉被居民拍照投诉，你作为负责人怎么处理？（作答要点已整理）- 面试备考 - 考公加油站",
        date=None,
        notes="exam forum text: anti-scraping junk lines and glued junk; a structured-interview answer with no date; "
        "relative post time",
        page="""
!m 考公加油站 · 面试备考
!m 版块：结构化面试 › 应急应变
{T}
!m 楼主 上岸小分队　发表于 2 天前　查看 906　回复 21
{BODY}
!a 支持　反对　收藏本帖
!l 2楼　面霸养成中：第三点写得好，很多人只会道歉不会整改
!l 3楼　小岸：建议加一句向上级汇报
!w 面试一对一模拟，真人考官点评，加微信 kgjyz_ms
!m 考公加油站 | 手机版 | 联系我们
""",
        junk=dict(lines=2, glued=2),
        body="""
作为社区食堂负责人，我会本着对居民负责的态度，立即、诚恳地处理这件事。
第一，马上核实，立行立改。第一时间到食堂查看，把发霉的竹筷筒全部撤下，所有筷子重新高温消毒，当天换上底部镂空的不锈钢筷筒。
第二，公开回应，赢得理解。在居民群和食堂门口发布情况说明，感谢居民监督，说明整改措施，并邀请投诉的居民到食堂后厨实地查看。
第三，查找原因，建章立制。这次问题出在筷筒清洗不及时、放在潮湿的水池边。我会修订餐具清洗消毒制度，明确每日清洗、每周检查，责任落实到人。
第四，举一反三，长效监督。聘请几位居民担任食堂监督员，每月开放一次后厨。
通过这些措施，把一次投诉变成改进服务的契机。
""",
    ),
    dict(
        slug="wiki-zhiyuan-entry-chamber-pot-infobox",
        site="知源百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://baike.zhiyuan.cn/item/yehu/40271",
        title="夜壶",
        record_title="夜壶（盛尿器具）- 知源百科",
        date=None,
        notes="encyclopaedia entry: edit/discuss/history tabs, an infobox and a contents box; reference markers glued "
        "after sentences; an 'edit this section' link glued to a section heading; the entry name opens the body "
        "(matched as head)",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>夜壶（盛尿器具）- 知源百科</title></head>
<body>
<div class="top">⟦m 知源百科⟧ <span>⟦m 人人可编的知识源⟧</span> <a>⟦a 进入词条⟧</a> <a>⟦a 帮助⟧</a></div>
<div class="tabs">⟦a 词条　改写　议一议　修订记录⟧</div>
<h1>{T}</h1>
<div class="infobox">
<p>⟦m 中文名　夜壶⟧</p>
<p>⟦m 别　名　便壶、尿壶⟧</p>
<p>⟦m 用　途　夜间小便⟧</p>
<p>⟦m 常见材质　陶、瓷、铜、锡、搪瓷、塑料⟧</p>
</div>
<div class="toc">⟦l 目录　1 材质　2 形制　3 现状⟧</div>
<div class="lemma">
{BODY}
</div>
<div class="refs"><h3>⟦l 参考资料⟧</h3><p>⟦l 1. 《敉阳风俗志》，民俗出版社，第211页⟧</p><p>⟦l 2. 《旧时日用器物图说》，第58页⟧</p></div>
<div class="stat">⟦m 本词条浏览 21,904 次　编辑 17 次　最近更新：上周⟧</div>
<div class="foot">⟦d 知源百科内容由网友协作编辑，不代表本站观点，如有错漏欢迎改写。⟧</div>
<script src="https://baike.zhiyuan.cn/static/lemma.9d0e.js"></script>
</body>
</html>
""",
        body="""
夜壶，又称便壶、尿壶，是旧时人们夜间在室内小便用的器具，多放在床下或床边，清晨倒掉洗净。⟦l [1]⟧
材质
夜壶的材质随时代和家境而不同。农村多用陶制、瓷制夜壶，讲究的人家用铜、锡夜壶，二十世纪中叶以后，搪瓷夜壶逐渐普及。⟦l [2]⟧
形制⟦a ✎改写本段⟧
常见的夜壶壶身扁圆或呈卧式，侧面开一斜口，背上有提梁，便于夜间摸黑取用。男用与女用夜壶形制不同，女用者口部较宽扁。
现状
随着城乡住房普遍设有卫生间，夜壶在日常生活中已很少使用，但在医院和养老机构中，塑料便壶仍是卧床病人常用的护理用品。一些地方的民俗博物馆收藏有旧式夜壶，作为反映民间生活的实物。
""",
    ),
    dict(
        slug="wiki-baiwen-entry-lunch-bag-text",
        site="百问网·生活百科 (invented encyclopaedia, text)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="http://www.baiwenw.com/shenghuo/fanbao.html",
        title="饭包",
        record_title="饭包_生活百科_百问网",
        date=None,
        notes="encyclopaedia text: the entry name opens the body (head match); edit/collect row, contents line, tags; "
        "an update stamp in relative time (no date)",
        page="""
!m 百问网 · 生活百科
!a 编辑词条　|　添加义项　|　收藏
{T}
!m 本词条由网友共同编辑　浏览次数：6,211　更新：2 个月前
!l 目录：1 结构　2 分类　3 使用与清洁
{BODY}
!l 词条标签：生活用品　餐具　收纳
!d 百问网百科内容由网友编辑，只作一般参考。
""",
        body="""
饭包，指用来盛放、携带饭盒的袋子，常见于上班族和学生带饭，也称便当包、午餐袋。
结构
饭包一般由外层面料、中间保温层和内衬组成。外层多用牛津布、帆布，保温层为珍珠棉或保温棉，内衬多为铝箔复合膜，便于擦洗。
分类
按用途可分为普通饭包、保温饭包和保冷饭包；按形状可分为手提式、斜挎式和双肩式。
使用与清洁
饭包内衬应每周清洗一次，洗后翻面晾干，避免霉变和异味。装热饭时不宜密封过久，装凉菜时可放入冰袋。
""",
    ),
    dict(
        slug="clouddrive-yunxia-checklist-dough-basins-markers",
        site="云匣网盘 (invented cloud drive, preview page)",
        style="网盘分享",
        genre="工作要点",
        kind="other",
        form="html",
        source="https://pan.yunxia.cn/s/1Qm7vXc0",
        title="和面盆进货验收要点",
        record_title="和面盆进货验收要点.pdf",
        date=None,
        notes="cloud-drive preview: file-name record title; page-marker paragraphs '⦟ n ⦠' cut sentences; VIP "
        "prompts and a share-validity line; no date",
        page="""
<!DOCTYPE html>
<html>
<head><meta charset="utf-8"><title>和面盆进货验收要点.pdf_免费高速下载|云匣网盘</title></head>
<body>
<div class="hd">⟦m 云匣网盘⟧ <a>⟦a 登录⟧</a> <a>⟦a 开通超级会员⟧</a></div>
<div class="share-info">
<h2>{T}</h2>
<p>⟦m 分享者：鑫厨小刘　有效期：永久有效　大小：1.1MB⟧</p>
<p><button>⟦a 转存进我的云匣⟧</button> <button>⟦a 下载（1.1MB）⟧</button></p>
</div>
<div class="preview">
{BODY}
</div>
<div class="vip-tip">⟦a 普通用户仅可预览前 3 页，开通超级会员预览不限页数⟧</div>
<div class="foot">⟦d 请勿通过云匣网盘分享违法违规内容，一经发现将取消分享。⟧</div>
<script>var shareId="1Qm7vXc0",previewPages=3;</script>
<script src="https://pan.yunxia.cn/static/preview.js"></script>
</body>
</html>
""",
        p_html='<p class="pv">{}</p>',
        pages=dict(fmt="⦟ {n} ⦠", every=100, start=2),
        body="""
一、查证件。供货商应提供营业执照、产品合格证和食品接触材料检测报告，报告中的检测项目应包括铅、镉、铬、镍的迁移量。
二、看标识。盆底或包装上应有“食品接触用”字样或汤勺筷子标志，注明材质，如304不锈钢、食品级聚丙烯等。
三、验外观。不锈钢盆表面光滑，无毛刺、凹坑和焊缝开裂；搪瓷盆瓷面完整，无爆瓷、露铁；塑料盆无异味、无裂纹。
四、试用量。盛满清水放置半小时，检查是否渗漏；用手按压盆沿，检查是否变形。
五、做记录。验收合格的，在进货台账上登记品名、规格、数量、供货商和验收人；不合格的，当场退货。
""",
    ),
    dict(
        slug="clouddrive-pansousou-instruction-coasters-marker-lines",
        site="盘搜搜 (invented cloud-drive resource page, text)",
        style="网盘分享",
        genre="作业指导书",
        kind="other",
        form="text",
        source="https://www.pansousou.net/res/88102735.html",
        title="茶杯垫编织作业指导书",
        record_title="茶杯垫编织作业指导书.docx",
        date="2024-05-08",
        notes="cloud-drive text: file-name record title; page markers '⫕第n页⫖' on lines of their own cutting "
        "sentences; decimal headings; the date under the compiler's name (the share time is relative)",
        page="""
!m 盘搜搜 · 网盘资源分享
!m 文件名：茶杯垫编织作业指导书.docx　大小：86KB　分享时间：3 天前
!a 保存到网盘　普通下载　高速下载（会员）
{T}
{BODY}
!d 资源来自网友分享，盘搜搜只提供链接索引，不存储任何文件。
!l 相关资源：草编工艺品出口检验规程.pdf｜蔺草收购标准.doc
""",
        pages=dict(fmt="⫕第{n}页⫖", every=90, start=2),
        body="""
1 适用范围
本指导书适用于合作社六角形、圆形草编茶杯垫的编织作业。
2 材料要求
蔺草选用当年收割、长度60厘米以上、无霉变的二级以上草，使用前用温水浸泡10分钟，捞出用湿布包好备用。
3 操作步骤
3.1 起底：取8根草十字交叉，压挑编织至直径3厘米。
3.2 编身：逐圈加草，保持经纬间距均匀，圆形杯垫编至直径11厘米，六角形杯垫编至对边10厘米。
3.3 收边：采用绕边收口，剪去余草，草头藏入背面。
4 质量要求
成品平整，不翘边，不露草头，直径误差不超过3毫米。
沏河草编专业合作社技术组
2024年5月8日
""",
    ),
    dict(
        slug="snapshot-yeji-frame-chopstick-holder-tips",
        site="页迹 (invented search-cache frame)",
        style="搜索快照",
        genre="提示",
        kind="notice",
        form="html",
        source="https://cache.yeji.com/c?u=www.ganchuan.gov.cn%2Fscjg%2F20240604_118.html",
        title="关于餐饮单位规范使用竹筷筒的提示",
        record_title="〈页面旧照〉关于餐饮单位规范使用竹筷筒的提示｜泔川县市场监督管理局",
        date="2024-06-03",
        date_also=["2024-06-04"],
        notes="search-cache frame: a capture banner (the capture date is no date) and highlighted keywords over a "
        "county bureau's page; 12315 in the body; the bureau's page date differs from the 成文日期",
        page="""
<!DOCTYPE html>
<html>
<head><meta charset="utf-8"><title>〈页面旧照〉关于餐饮单位规范使用竹筷筒的提示｜泔川县市场监督管理局</title></head>
<body>
<div class="cache-banner" style="background:#f2f2f2">
<p>⟦d 页迹保存了该网页在 2024年7月2日 的样子，原网页可能已经改版或删除。⟧</p>
<p>⟦a 看原网页⟧　⟦a 只看文字⟧</p>
<p>⟦m 已为您标出检索词：竹筷筒　提示⟧</p>
<p>⟦d 页迹与该网页作者无关，不对网页内容负责。⟧</p>
</div>
<div class="origin">
<div class="head">⟦m 泔川县市场监督管理局⟧ <span>⟦m 首页　机构职能　政务公开　消费维权⟧</span></div>
<div class="pos">⟦m 当前位置：首页 » 政务公开 » 监管提示⟧</div>
<h2>{T}</h2>
<p class="t">⟦m 发布时间：2024-06-04　来源：食品经营科⟧</p>
{BODY}
<div class="foot">⟦m 泔川县市场监督管理局 主办　地址：泔川县府前路3号⟧</div>
</div>
<script>var cacheTs="20240702";highlight(["竹筷筒","提示"]);</script>
</body>
</html>
""",
        body="""
各餐饮服务单位：
入夏以来，气温升高、湿度增大，竹筷筒容易积水发霉。为保障消费者用餐安全，现提示如下：
一、竹筷筒应放在通风干燥处，不要紧贴水池、灶台摆放。
二、筷子清洗消毒后沥干再放入筷筒，筷头朝上，不得倒插。
三、竹筷筒每天清洗一次，每周用开水烫洗或暴晒一次；发现霉斑、开裂、异味的，立即更换。
四、提倡使用底部镂空的沥水筷筒，或用消毒柜存放筷子。
消费者发现餐饮单位餐具不洁的，可拨打12315投诉举报。
泔川县市场监督管理局
2024年6月3日
""",
    ),
    dict(
        slug="snapshot-yeji-text-school-lunch-bag-tags-wrapped",
        site="页迹 (invented search cache, text-only view)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="text",
        source="https://cache.yeji.com/t?u=www.myxsyxx.cn%2Fxygg%2F0304.html",
        title="关于统一学生饭包标识的通知",
        record_title="关于统一学生饭包标识的通知 · 页迹缓存正文",
        record_date="2024-03-04",
        date="2024-03-04",
        notes="text-only cache hard-wrapped at 64 columns; the record gives the date; a capture line (no date) and "
        "keyword line above the school page's own chrome; the school's phone in the body",
        page="""
!d 页迹缓存正文｜以下是 www.myxsyxx.cn/xygg/0304.html 的纯文字版本，抓取于 2024-03-20
!m 检索词：饭包　标识
!a 看原网页　|　看完整缓存
!m 敉阳县实验小学
!m 首页 > 校园公告
{T}
!m 发布时间：2024-03-04　点击：655
{BODY}
!m 敉阳县实验小学　版权所有　地址：敉阳县学府路5号
""",
        wrap=64,
        indent="\u3000\u3000",
        body="""
各班班主任、各位家长：
为避免学生午餐饭包拿错、混放，学校决定从3月11日起统一学生饭包标识。具体要求如下：
一、学校为每名学生免费发放饭包挂牌一个，正面写班级、姓名，背面写家长联系电话。
二、请家长将挂牌系在饭包提手上，不要另挂其他装饰物。
三、饭包统一放在各班门口的存放架上，按学号一人一格。
四、饭包内请勿放置汤汁多的饭菜，防止洒漏弄脏其他同学的饭包。
如有疑问，请联系各班班主任或学校德育处，电话：0738-3325103。
敉阳县实验小学
2024年3月4日
""",
    ),
    dict(
        slug="print-heshan-civil-notice-commodes-urinals",
        site="阖山县民政局 (invented, print view)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="html",
        source="http://mzj.heshan.gov.cn/print.jsp?id=20241126_07",
        title="关于为居家失能老人配发便携式坐便器和便壶的通知",
        record_title="关于为居家失能老人配发便携式坐便器和便壶的通知（打印本）｜阖山县民政局",
        date="2024-11-25",
        date_also=["2024-11-26"],
        notes="print view calling window.print(): print/close buttons, a page-address line and a print footer "
        "'〽 1 / 1 〽'; the notice's own 联系人/电话; the page's 发布时间 differs from the 成文日期",
        page="""
<!DOCTYPE html>
<html>
<head><meta charset="utf-8"><title>关于为居家失能老人配发便携式坐便器和便壶的通知（打印本）｜阖山县民政局</title>
<style>@media print{.noprint{display:none}}</style>
<script>window.onload=function(){window.print();}</script></head>
<body>
<div class="noprint"><button onclick="window.print()">⟦a 打印本页⟧</button> <button onclick="window.close()">⟦a 关闭窗口⟧</button></div>
<div class="print-head">⟦m 阖山县民政局⟧</div>
<h2>{T}</h2>
<p class="info">⟦m 发布时间：2024-11-26　信息来源：养老服务股⟧</p>
{BODY}
<p class="url">⟦m 本页地址：http://mzj.heshan.gov.cn/art/2024/11/26/art_3017_07.html⟧</p>
<div class="print-foot">⟦p 〽 1 / 1 〽⟧</div>
</body>
</html>
""",
        body="""
各乡镇人民政府、街道办事处：
为提升居家失能老人生活照护水平，县民政局将为全县经评估认定的居家失能老人免费配发便携式坐便器和便壶各一件。现将有关事项通知如下。
一、配发对象为2024年度照护需求评估结果为中度、重度失能的居家老人，共计583人。
二、各乡镇（街道）于12月10日前完成入户核对，确认老人性别和使用需求，男性老人配发男式便壶，女性老人配发女式便壶。
三、物资由县民政局统一送达各乡镇（街道），由村（社区）工作人员送货上门，并指导家属正确使用和清洗。
四、发放情况请于12月31日前报县民政局养老服务股，联系人：柯雨桐，电话：0735-4133052。
阖山县民政局
2024年11月25日
""",
    ),
    dict(
        slug="print-tea-assoc-letter-custom-coasters",
        site="酽川市茶叶协会 (invented, print view, text)",
        style="打印页",
        genre="函",
        kind="letter",
        form="text",
        source="http://www.ycchaxie.org/print/2024/0902.html",
        title="关于定制会议用草编茶杯垫的函",
        record_title="〔存档打印〕关于定制会议用草编茶杯垫的函",
        date="2024-09-02",
        notes="print view text: print/back buttons, a print-time stamp (no date) and a print footer '➬ 第1页 共1页 ➬'; "
        "the letter's own 联系人/电话; the date under the association's name",
        page="""
!m 酽川市茶叶协会 · 文件打印
!a [打印] [返回]
!m 打印时刻：2024-09-20 15:31
{T}
{BODY}
!p ➬ 第1页 共1页 ➬
""",
        indent="\u3000\u3000",
        body="""
沏河草编专业合作社：
我会定于2024年10月在酽川举办第五届茶文化交流会，拟向贵社定制会议用草编茶杯垫。现将有关事项函告如下：
一、数量：六角形草编茶杯垫600只，每6只配一个牛皮纸盒。
二、图案：杯垫正面编入“茶会”字样，具体样式以我会确认的样品为准。
三、交货时间：9月30日前送至酽川市饔城区茶博路12号协会办公室。
四、价格：每只9元，合计5400元，货到验收后一次付清。
请贵社于9月6日前回函确认。
联系人：韦青，电话：0733-6219330。
酽川市茶叶协会
2024年9月2日
""",
    ),
    dict(
        slug="mail-anyou-webmail-inquiry-dough-basins-attachments",
        site="岸邮企业邮箱 (invented webmail)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.anyou.cn/app/read?mid=ZL0409-2231",
        title="关于采购不锈钢和面盆的询价函",
        record_title="〔已转发〕Fwd: 关于采购不锈钢和面盆的询价函（请各供应商报价）",
        date="2024-04-08",
        date_also=["2024-04-09"],
        notes="webmail reading view: folders, action row, forwarded header with the mail's own 抄送 next to the "
        "letter's 抄送 line, an attachment bar next to the letter's 附件 list; the letter's contact and mailbox; "
        "扫描 as content; the send date differs from the letter's date",
        page="""
<!DOCTYPE html>
<html>
<head><meta charset="utf-8"><title>岸邮 - 读信</title></head>
<body>
<div class="topbar">⟦m 岸邮 企业邮箱⟧ <span>⟦m xinchu_py@xinchu-trade.cn⟧</span> <a>⟦a 退出⟧</a></div>
<div class="folders">⟦m 收件箱(12)　草稿箱　已发送　已删除　垃圾邮件⟧</div>
<div class="actions">⟦a 回复　回复全部　转发　删除　标记为⟧</div>
<div class="mail-head">
<p>⟦m 主题：Fwd: 关于采购不锈钢和面盆的询价函⟧</p>
<p>⟦m 发件人：鲁建国 &lt;zwc@pyzz.edu.cn&gt;⟧</p>
<p>⟦m 时间：2024年4月9日(星期二) 上午8:46⟧</p>
<p>⟦m 收件人：鑫厨商贸 &lt;xinchu_py@xinchu-trade.cn&gt;⟧</p>
<p>⟦m 抄送：采购组 &lt;cgz@pyzz.edu.cn&gt;⟧</p>
</div>
<div class="mail-body">
<p>⟦m ---------- 转发的邮件 ----------⟧</p>
<h3>{T}</h3>
{BODY}
</div>
<div class="attach-bar">⟦a 附件(2个)　和面盆报价单.xlsx (18K)　供应商资格声明.docx (25K)　全部下载⟧</div>
<div class="mail-foot">⟦d 岸邮提醒：请勿轻信邮件中索要账号密码的链接。⟧</div>
<script src="https://mail.anyou.cn/app/js/readmail.e21b.js"></script>
<script>markRead("ZL0409-2231");</script>
</body>
</html>
""",
        body="""
各供应商：
我校食堂拟采购不锈钢和面盆一批，现邀请贵单位报价，具体要求如下：
一、品名及数量：304不锈钢和面盆，直径50厘米40只、直径60厘米20只。
二、质量要求：盆体一次拉伸成型，盆沿卷边光滑，附食品接触材料检测报告。
三、报价要求：请填写附件中的报价单，注明单价、总价和交货期，加盖公章后扫描发送至本邮箱。
四、报价截止时间：2024年4月15日17:00。
联系人：总务处鲁建国，电话：0739-8840317，邮箱：zwc@pyzz.edu.cn。
附件：1．和面盆报价单
2．供应商资格声明
庖阳县职业中专学校总务处
2024年4月8日
抄送：学校纪检监察室
""",
    ),
    dict(
        slug="mail-hengda-forward-request-night-shift-lunch-bags",
        site="恒达纸业邮件系统 (invented, forwarded mail as text)",
        style="邮件转发",
        genre="请示",
        kind="other",
        form="text",
        source="mailto:gh@hengda-paper.cn?msg=20241119-1012",
        title="关于为夜班职工配发保温饭包的请示",
        record_title="转发：关于为夜班职工配发保温饭包的请示（急件）",
        date="2024-11-18",
        date_also=["2024-11-19"],
        notes="forwarded mail as text: the forwarder's note, forwarded headers with a send date different from the "
        "请示's date, an attachment line; the request's own extension number",
        page="""
!m 工会办公室 <gh@hengda-paper.cn>　2024年11月19日 14:05
!m 王主席：邹组长的请示转给您，请审阅。——工会办 小柯
!m ---------- 转发邮件信息 ----------
!m 发件人："邹海波" <zouhb@hengda-paper.cn>
!m 发送时间：2024年11月19日 星期二 10:12
!m 收件人："工会办公室" <gh@hengda-paper.cn>
!m 主题：关于为夜班职工配发保温饭包的请示
{BODY}
!a 附件：保温饭包样品图.jpg (236K)　下载　预览
!a 回复 | 转发 | 打印
""",
        body="""
公司工会委员会：
我车间实行三班倒，夜班职工凌晨两点在车间就餐，食堂送来的饭菜经过厂区运送，到车间时多已变凉，职工反映较多。为改善夜班职工就餐条件，我车间拟为夜班职工每人配发保温饭包一个。
一、配发人数：夜班职工共86人。
二、经费预算：保温饭包每个约38元，共计3268元，申请从工会职工福利经费中列支。
三、采购方式：由车间提出规格要求，工会统一采购。
妥否，请批示。
联系人：车间工会小组长邹海波，电话：8031（内线）。
敉阳县恒达纸业有限公司造纸车间
2024年11月18日
""",
    ),
]
